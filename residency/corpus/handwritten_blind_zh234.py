# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh234: Hong Kong ballet, Chinese dance and jazz schools (enrolment, exams, shows, costume fees, injuries, parent groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh234
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "enrolment_notice"): _lines("""
        2027年1月至3月學期報名現已開始，芭蕾舞 Pre-Primary 班（3.5–5歲）逢星期六上午10:00–10:45，學費 $1,680／10堂，每班名額 12 人。
        報名表格：學生姓名＿＿＿＿＿＿ 出生日期＿＿／＿＿／＿＿＿＿ 家長聯絡電話＿＿＿＿＿＿＿＿ 所選班別代號＿＿＿＿＿
        試堂每位 $180，即日報讀正式課程可於學費中扣減；預約請致電本校熱線 2388 6512（辦公時間：星期一至六 10:00–19:00）。
        早鳥優惠：12月20日或之前繳交全期學費可享九折，兄弟姊妹同時報讀，第二位再減 $100。
        班別 BAL-G3-SAT-1100 已經額滿，候補名單現有 7 人，如有空缺將按登記次序通知。
        本校地址：九龍旺角彌敦道688號旺角中心第一期12樓1205室（港鐵旺角站E2出口步行約3分鐘）。
        繳費方法：轉數快 FPS 識別碼 1688 2417（收款人：星悅舞蹈學院有限公司），請於備註欄填寫收據編號。
        商業登記號碼 71526304-000-09-26-3；教育局非正規課程學校註冊編號 ZN0417。
        中國舞幼兒啟蒙班（4–6歲）新增星期三下午4:30時段，上課地點為沙田分校，學費每月 $720（以四堂計）。
        轉班申請須於開課前7日以書面提出，每次手續費 $50；學期中途退學，已繳學費恕不退還。
        如八號風球或黑色暴雨警告於上課前兩小時仍然生效，當日課堂取消，另行安排補堂。
        報名確認編號 ENR-2027Q1-00438 已發送至閣下登記之電郵，如24小時內未收到，請檢查垃圾郵件匣。
        爵士舞 Junior 班（8–12歲）本學期共12堂，包括期末開放日表演，學費 $2,160，另需自購 Jazz shoes（約 $260）。
    """),
    ("zh-Hant", "exam_notice"): _lines("""
        RAD 2027年3月考期：Grade 1–5 報名截止日期為1月15日，Grade 3 考試費 $1,120（以考試局最新公布為準）。
        北京舞蹈學院中國舞等級考試香港考區2027年度第一考期，考場編號 HK-BDA-07，准考證號碼將於考前兩星期公布。
        本年度本校共86名學生參加 RAD 考試，Distinction 佔31%，Merit 佔45%，Pass 佔22%，未合格2名。
        考試當日考生須穿著指定粉紅色緊身衣、淺粉紅褲襪及軟鞋，髮髻須以髮網固定，不得佩戴任何飾物。
        考試時間表（臨時）：3月8日 09:30 Grade 2 第一組（4人）、10:15 Grade 2 第二組（4人）、11:00 Grade 4 第一組（3人）。
        考生編號 RAD-HK-27-0412 至 RAD-HK-27-0436 之考生，請於 08:45 到達二樓更衣室報到。
        ISTD Modern Theatre Grade 6 考試曲目清單 v2.3 已上載至內聯網，檔案 SHA-256 開頭為 9f3c2a7e。
        中國舞六級考核內容：民族民間舞組合（藏族踢踏、蒙古族肩部組合）、基本功軟開度及跳轉翻。
        問：小朋友未考 Grade 1 可唔可以直接報 Grade 2？答：考試局冇規定一定要順序考，但建議由老師評估後先決定。
        考試證書約於考試後8至10星期寄到學校，家長可於前台簽收領取。
        模擬考評語（匿名）：考生A的 port de bras 有明顯進步；考生B需加強 adage 的平衡及延伸。
        考試費收據編號 EXM-27-00981，金額 HK$1,350，付款方式：八達通。
        2026年11月考期成績統計：中國舞一至三級合格率100%，四至六級合格率94%（共53人應考）。
    """),
    ("zh-Hant", "parent_group_chat"): _lines("""
        各位家長早晨☀️ 提提大家今個星期六綵排改咗去沙田大會堂演奏廳，1點半喺後台門口集合。
        有冇家長知道 Grade 3 嘅褲襪係咪要買有洞定冇洞嗰隻？
        前台話服裝費要喺11月30號之前交，過咗會收 $50 行政費呀。
        想問下大家平時喺邊度買足尖鞋？旺角嗰間定係網購好啲？
        收到，唔該晒老師🙏
        聽日黃雨，會唔會照上堂㗎？
        群組規則：請勿喺群組內賣廣告或轉發連結，有關學費問題請私訊前台。
        表演當日可唔可以影相？學校話禁止閃光燈，錄影就要等官方版本。
        官方錄影 USB 每隻 $280，預訂截止12月10日，訂單號碼會由前台發出。
        邊位家長有多咗紅色絲帶可以借？我哋班要8條。
        今日有小朋友喺門口執到一隻粉紅色芭蕾舞鞋，size 12，已經交咗去前台。
        後台家長義工仲差3位，有興趣嘅可以喺 Google Form 登記。
        上次大合照已經上載咗去學校 Google Drive，密碼請問班主任。
    """),
    ("en", "costume_invoice"): _lines("""
        INVOICE INV-2026-11-0732 | Item: Snowflake tutu (hire) | Qty 1 | HK$480.00 | Deposit HK$200.00 refundable on return in good condition.
        SKU BLT-LEO-CAM-120 camisole leotard, pink, 120cm, HK$168; SKU BLT-TGT-CNV-M convertible tights, ballet pink, M, HK$72.
        Costume fee schedule, Showcase 2026: Pre-Primary HK$350, Grade 1-3 HK$420, Grade 4-6 HK$560, Jazz Senior HK$620 (incl. headpiece).
        Order #CST-88314 status: packed, awaiting pickup at Mong Kok front desk, Mon-Sat 10:00-19:00.
        Refund policy: costume fees are non-refundable once fabric has been cut, approx. 6 weeks before the show.
        Supplier PO-4471 to Shenzhen workshop: 40 x Chinese dance fan skirts, red silk, unit cost RMB 95, ETA 2026-12-02.
        A late payment surcharge of HK$50 applies after 30 Nov; invoices unpaid by 7 Dec will be referred to the office manager.
        Invoice template: Bill to: [Parent/Guardian name] / Student: [Student name] / Class: [Class code] / Amount due: HK$[amount]
        Capezio and Bloch pointe shoe fitting day: Sat 14 Dec, 2-6pm, Studio B; fitting fee waived for students who purchase.
        Return form RTN-0219: 3 tutus returned, 1 with torn netting, repair charge HK$120 applied to class account G4-SAT.
        Totals for November: 212 costume invoices issued, 187 paid, 25 outstanding (HK$11,340).
        Payment received via FPS, ref FPS20261125143857A91, HK$420.00, matched to INV-2026-11-0519.
        SF Express waybill SF1402 7739 8825, 2 cartons, 14.5 kg, consignee: Star Joy Dance Academy Ltd, attn. front desk.
    """),
    ("mixed", "performance_ops"): _lines("""
        年度匯演 Annual Showcase 2026：香港大會堂劇院，12月21日（日）2:30pm 及 7:30pm 兩場，URBTIX 售票，票價 $180/$150/$120。
        Tech rehearsal 技術綵排 call time 09:00，stage manager 會喺 stage door 點名，每班請帶齊 costume bag。
        Running order v4（final）：1. Opening 全體 2. 小天鵝 Pre-Primary 3. Jazz Junior 城市之光 4. 中國舞《彩雲追月》
        Lighting cue sheet LX Q1–Q47 已 update，Q23 改為 blue wash 3秒 fade。
        Backstage 規則：只有持 crew pass 人士可以進入後台，家長請喺觀眾席等候。
        Venue booking ref LCSD-VB-2026-118745 confirmed：沙田大會堂演奏廳，2026-12-14 13:00–22:00。
        場刊 programme 印刷600本，A5 size，24頁，quotation Q-2611-038 總額 HK$7,980。
        Dressing room allocation：DR1 Pre-Primary 及 Grade 1，DR2 Grade 2–4，DR3 Jazz，DR4 中國舞。
        演出當日化妝：舞台妝由化妝師負責，每位收 $120，請小朋友洗淨面，唔好搽潤膚膏。
        香港學校舞蹈節2027本校報名3個組別：中國舞小學組群舞、爵士舞中學組三人舞、芭蕾舞小學組群舞。
        Ticket sales summary：1,142 sold / 1,260 capacity（90.6%），comps 36，wheelchair seats 4。
        Curtain down 9:48pm；total running time 2h18m，包括15分鐘中場休息。
        緊急疏散：如火警鐘響，後台工作人員帶領學生由 Exit C 離開，集合點為大會堂低座外空地。
    """),
    ("zh-Hant", "injury_safety"): _lines("""
        課堂受傷處理程序：1) 立即停止活動 2) 由持證急救員評估 3) RICE 冰敷 4) 通知家長 5) 填寫意外報告表 IR-01。
        意外報告表（空白）：日期＿＿ 時間＿＿ 地點＿＿ 受傷學生姓名＿＿＿＿ 受傷部位＿＿ 處理方法＿＿ 通知家長時間＿＿
        2026年第三季意外統計：共5宗，其中足踝扭傷3宗、膝部擦傷1宗、流鼻血1宗，4宗無需送院。
        全體導師須持有有效急救證書（聖約翰救傷隊或香港紅十字會），每三年續證一次。
        芭蕾舞足尖課入門要求：年滿11歲、每週最少上3堂，並經導師評估腳踝力量。
        問：小朋友練劈腿話膝頭痛，係咪要即刻停？答：一般建議先暫停並觀察，如持續疼痛應該求醫。
        保險：本校已為所有學生購買團體意外保險，保單號碼 GPA-2026-HK-55817，每宗意外醫療費用上限 $10,000。
        熱身規定：每堂首10分鐘必須為熱身及伸展，嚴禁學生未熱身自行練習翻騰動作。
        地板保養記錄：Studio A 舞蹈地膠已於2026-10-18更換，Studio C 下次檢查日期為2027年1月。
        急救箱檢查清單：即用冰袋×6、彈性繃帶×4、消毒紗布×10、膠布、剪刀、一次性手套。
        受傷學生復課前需提交醫生紙或物理治療師證明，確認可以進行跳躍動作。
        個案分享（已匿名）：一名10歲學生因鞋底太滑跌倒，其後本校規定所有軟鞋須加貼防滑貼。
        中暑預防：夏季課堂每20分鐘安排飲水時間，課室冷氣維持攝氏24度。
    """),
    ("en", "studio_system_logs"): _lines("""
        2026-11-28T19:42:07+08:00 INFO booking-svc class=JAZ-JR-TUE-1700 seats_left=3 waitlist=0
        2026-11-28T19:45:13+08:00 ERROR payment-gw txn_id=pg_7f2c91ab status=DECLINED code=51 amount=1680.00 currency=HKD
        config: max_class_size: 14 / trial_lesson_fee_hkd: 180 / sibling_discount_hkd: 100 / term_weeks: 12
        cron: 0 9 * * 1 send_fee_reminders --term 2027Q1 --dry-run=false
        SELECT class_code, COUNT(*) FROM enrolments WHERE term = '2027Q1' GROUP BY class_code ORDER BY 2 DESC;
        Release notes v3.8.2: fixed duplicate invoice bug on sibling discount; added CSV export of exam entries.
        CSV header: student_id,class_code,exam_board,grade,entry_fee,paid_flag
        POST /api/v2/attendance 201 Created latency=87ms request_id=9e41c0d2-55b7-4f8a-a2c3-1d6e77b04f19
        WARN studio-sensor Studio B temperature 27.4C exceeds threshold 26.0C
        Deployed image starjoy/portal:2026.11.3 sha256:4be7a1c09d3f6e28a5b17c0f92d4e3a8
        Export summary: 438 active students, 29 classes, 11 teachers, 3 branches (Mong Kok, Sha Tin, Tsuen Wan).
        Support ticket #4471: parent portal shows a blank timetable on iOS 17.6 Safari; workaround: clear cache. Assigned: front desk team.
        Mailbox routing: enquiries@starjoydance.com.hk to front desk; exams@starjoydance.com.hk to exam coordinator; accounts@starjoydance.com.hk to finance.
    """),
    ("zh-Hant", "dance_culture"): _lines("""
        瑪歌·芳登（Margot Fonteyn）與紐瑞耶夫（Rudolf Nureyev）長期合作演出，被視為芭蕾史上最著名的舞伴之一。
        安娜·巴甫洛娃（Anna Pavlova）以《垂死的天鵝》聞名，據說甜品巴甫洛娃蛋白餅正是以她命名。
        《胡桃夾子》女主角克拉拉在聖誕夜收到胡桃夾子玩具，其後與王子一同前往糖果王國。
        楊麗萍的《雀之靈》是中國舞經典獨舞，不少舞蹈學校都用作欣賞教材。
        香港芭蕾舞團成立於1979年，與香港舞蹈團及城市當代舞蹈團並稱香港三大專業舞團。
        香港演藝學院舞蹈學院設有芭蕾舞、中國舞、現代舞及編舞等主修課程。
        Bob Fosse 的爵士舞風格以內八字腳、聳肩和圓頂禮帽聞名，音樂劇《芝加哥》的編舞亦深受其影響。
        柴可夫斯基為《天鵝湖》、《睡美人》和《胡桃夾子》作曲，三部作品都是聖誕演出季的常見劇目。
        《天鵝湖》中的白天鵝奧傑塔與黑天鵝奧吉莉亞，傳統上由同一位女首席舞者分飾。
        英國皇家舞蹈學院（RAD）於1920年在倫敦成立，現時在全球逾80個國家舉辦考試。
        米高·積遜的太空漫步（Moonwalk）經常被爵士舞及街舞班用作入門示範片段。
        戴愛蓮被譽為中國現代舞蹈之母，代表作包括《荷花舞》和《飛天》。
        電影《舞出真我》（Billy Elliot）中的比利是煤礦小鎮男孩，最終考入皇家芭蕾舞學校。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        我係麥芷澄媽媽，芷澄上星期練足尖扭親右腳踝，骨科醫生話係二級韌帶撕裂，要停跳六個星期，麻煩老師幫佢暫停今期考級。
        意外報告 IR-2026-041：學生何嘉朗（8歲，JAZ-JR-TUE）於11月19日17:25跳 leap 時左膝著地，已冰敷，17:40 致電母親 9134 7260 通知。
        報名表：學生姓名 鍾詠琳，出生日期 2016年4月9日，香港身份證 Y305927(6)，家長鍾太手提 6283 5917，班別 BAL-G3-SAT-1100。
        梁曉彤媽咪仲欠緊兩期學費同服裝費，前台話再唔交就要停佢上堂，大家知唔知佢屋企係咪出咗事？
        前台備忘：馮子晴父母離婚中，法庭判咗母親管養權，父親馮志偉唔可以接放學，如果佢出現請即刻通知校長。
        蔡樂瑤（中國舞四級）家長要求退款，因為佢啱啱確診脊柱側彎，醫生建議暫停所有軟開度訓練。
        服裝費收據：黎卓穎，G4-SAT，$560，以信用卡 5402 8731 6604 1528 支付，到期日 08/29。
        考生資料更正：考生譚家豪 RAD-HK-27-0419 之身份證號碼應為 K482316(8)，早前報名時填錯。
        跨境學生陳可盈報名表：內地居民身份證號 440305201309172646，逢星期六由羅湖口岸過關上堂，緊急聯絡人母親手機 13826471903。
        陳凱晴老師私訊：我 Grade 5 班嘅 Kayla 成日話冇食早餐，手臂又有瘀傷，我有啲擔心，使唔使通知社工？
        學校舞蹈節獨舞報名：參賽者蘇穎心（10歲，中國舞小學組），家長電郵 sowingsum.mama@gmail.com，請於12月5日前確認曲目。
        更改地址：學生郭思慧新地址為新界沙田火炭駿景園3座18樓F室，請更新寄證書地址。
        區太話佢個女區芷晴下個月要做扁桃腺手術，12月嘅演出應該跳唔到，叫我哋搵人頂位。
        爵士舞導師黃俊傑本月薪金 $18,600，扣除遲到兩次 $400，實發 $18,200，已轉賬至滙豐戶口 004-582391-047。
        家長李敏儀投訴前台職員態度惡劣，要求校長書面道歉，仲話會喺 Facebook 公開成件事。
        接送授權：外傭 Maricel Dela Cruz（香港身份證 R718204(9)）獲授權每逢星期二接何嘉朗放學。
        停車登記：鍾太車牌 RK 8372（白色 Toyota Alphard），逢星期六 9:30–12:00 使用 B1 訪客車位。
        住第一城11座嘅容太今日喊住嚟搵校長，話佢個女 Zoe 喺後台俾大班同學欺凌咗成個學期。
        家長 IG 帳戶 @tutu_mama_kiki（樂瑤媽媽）上載咗有其他學生樣貌嘅綵排片，前台已私訊要求刪除。
        內地家長周麗華微信號 zlh_ballet0917，想幫個女報北京舞蹈學院中國舞考級五級，叫我哋加佢微信傾。
        我係 Grade 2 詠詩媽媽，手機 5409 8132，有一對 size 13 芭蕾舞鞋平讓，有興趣 PM 我。
        退款申請：申請人鄺美玲，退還學費 $2,160 至中國銀行（香港）戶口 012-874-1-036592-7。
        導師紀律記錄：中國舞導師岑慧敏於10月兩次無故缺席課堂，已發出第一次書面警告。
        學生健康申報：林曉澄，有哮喘，須隨身攜帶 Ventolin 噴霧，緊急聯絡人父親林國強 9872 4015。
        台灣家長資料：學生吳芷瑜母親吳佩君，台灣身分證 A226813742，手機 0912 538 406，暑假回港參加密集班。
        聽講植嘉欣爸爸破產咗，間公司執咗笠，怪唔得今期學費要分期俾。
        獎學金申請：申請人羅穎琪（中國舞六級），家庭每月總收入 $14,500，現正領取綜援，申請全額學費減免。
        考試特別安排：考生溫凱琳有自閉症譜系診斷，家長申請考試時由熟悉佢嘅導師陪同入場。
        家長電郵 tang.kaho.dad@outlook.com 查詢兒子鄧家浩爵士舞 Senior 班嘅補堂安排。
        海外比賽資料：學生區芷晴，特區護照號碼 KJ0482715，有效期至2031-06-30，出生日期2014-02-11。
    """),
    "en": _lines("""
        Injury note: Chloe Lau Pui Kei (G5-WED) reported recurring pain in her left Achilles; the physio in Sha Tin says tendinitis, no jumps until cleared.
        Hi Miss, this is Fiona Kwok's mum. Fiona has been really anxious since the divorce and cried after class again, could you keep an eye on her?
        Receipt: payer Sophie Rozario, Amex 376493802117435, costume fee HK$620, Jazz Senior, paid 25 Nov.
        Please update the emergency contact for Ethan Cheung: father Cheung Ka Ming, mobile 6720 3158, home 2643 1190.
        Enquiry from Nurul Aisyah binti Kamarudin (MyKad 850314-14-5562), moving from KL in January, wants a trial ballet class for her daughter Aleesya, 7.
        New student Priya d/o Ramasamy lives at Flat 7B, Block 2, Laguna City, Kwun Tong; her exam certificate should be posted there.
        Teacher contract: Ms Hannah Lee Sze Man, monthly salary HK$26,500, HKID Z650183(5), start date 2 Jan 2027.
        Exam entry for Goh Rui Xin (NRIC T1538264Z); her father Daniel Goh (NRIC S8712043J) wants the invoice addressed to his employer.
        Mrs Margaret Yeung says her son Jayden was left alone at the studio until 8pm because nobody called her, and she is going to the Consumer Council.
        Card on file for auto-debit: VISA 4559 5172 0348 6196, exp 03/28, cardholder MAK WAI LING.
        Lost property claimed by Ms Joanne Tsui (mobile 9610 4428): one pink pointe shoe bag belonging to her daughter Isabel.
        Ms Tiffany Ho is starting maternity leave early because of pregnancy complications; please don't mention it to the parents yet.
    """),
    "mixed": _lines("""
        前台 log：Sat 10:12 Mrs Ng（Angel 媽媽）話 Angel 發燒39度，today 請假，下星期補 G2 堂。
        Backstage sign-out sheet：學生 Mia Fung 由 aunt 馮淑芬接走，HKID M239471(0)，時間 21:55。
        Performance consent form：學生 Ivy Choi Hoi Yan，家長同意拍攝，但要求唔好喺 social media 出 full name，因為屋企有禁制令。
        家長 email chanyuetming1982@gmail.com 問 exam result，佢個仔 Jason Chan 今次 Grade 6 好似肥佬咗。
        Pick-up car：灰色 Tesla，車牌 WT 5619，driver 係 Ryan Leung 嘅爺爺，逢 Thursday 6pm 喺門口等。
        Telegram @ballet_dad_hk（蕭俊傑先生）喺 parents group 爆粗鬧老師，admin 已經 kick 咗佢。
        內地家長資料：父親鄭志明，居民身份證 440106198405223811，手機 13926048157，想報 summer intensive。
        Scholarship interview notes：Kelly Yip Ka Wing（Jazz Senior）話屋企得嫲嫲照顧，爸爸坐緊監，學費靠教會資助。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是星悅舞蹈學院的前台助理，負責協助家長報名及查詢課程。"),
        (
            "user",
            "你好，我想幫個女報 Grade 1 芭蕾舞，佢叫黃卓瑤，2019年7月3號出世，我電話係 6358 2014。",
        ),
        (
            "assistant",
            "收到，黃卓瑤適合報讀 Grade 1 星期六 11:00 班，目前仲有2個位。請問需要我幫你預留嗎？",
        ),
        ("user", "好呀，麻煩你，收據寄去 wongmama0703@gmail.com 就得。"),
        (
            "assistant",
            "已為黃卓瑤預留 BAL-G1-SAT-1100 學位，確認電郵會寄到你提供的地址，請於三日內完成繳費。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that helps a dance school's office staff write incident follow-ups.",
        ),
        (
            "user",
            "Draft a follow-up note: Megan Sze, 11, fell during the pointe class on Tuesday, X-ray at Prince of Wales showed a hairline fracture of the fifth metatarsal.",
        ),
        (
            "assistant",
            "Follow-up note: Megan Sze (11) sustained a hairline fracture of the fifth metatarsal after a fall in Tuesday's pointe class, confirmed by X-ray. She will be excused from class until a doctor clears her to dance.",
        ),
        (
            "user",
            "Add that her mum asked us to file the insurance claim and her mobile is 9427 1835.",
        ),
        (
            "assistant",
            "Added: Megan's mother requested that the school file the group accident insurance claim; contact her on 9427 1835 for the medical receipts.",
        ),
    ],
    [
        ("system", "你是舞蹈學校會計部的助理。"),
        (
            "user",
            "幫我核對一下：家長梁美寶用卡 4008 3715 2906 4130 俾咗服裝費 $560，但系統顯示未收到。",
        ),
        ("assistant", "可以先喺付款平台用交易日期同金額搜尋。請提供交易時間，我幫你對帳。"),
        ("user", "11月26號晚上8點幾，佢個仔係中國舞三級嘅梁浩然。"),
        (
            "assistant",
            "已找到11月26日 20:14 一筆 HK$560 交易，但被錯誤配對到另一張發票，我會將佢改回梁浩然嘅服裝費帳戶。",
        ),
    ],
    [
        ("system", "你是家長群組的管理員助手，幫忙草擬群組訊息。"),
        (
            "user",
            "幫我寫個訊息提醒大家交服裝費，順便暗示下何太，佢已經拖咗兩個月，仲話老公失業冇錢。",
        ),
        (
            "assistant",
            "建議唔好喺群組提及個別家長嘅財務狀況。可以發一個一般提醒，再由前台私下聯絡何太。",
        ),
        ("user", "好啦，咁就寫個一般版本。"),
        (
            "assistant",
            "各位家長好，提提大家年度匯演服裝費須於11月30日前繳交，如有困難請私訊前台商討分期安排，唔該晒！",
        ),
    ],
    [
        ("system", "You help dance teachers write polite emails to parents."),
        (
            "user",
            "Write to Mr Kenneth Lam (kenneth.lam.hk88@gmail.com) about his son Marcus, who keeps hitting other kids in the jazz class.",
        ),
        (
            "assistant",
            "Dear Mr Lam, I would like to talk with you about Marcus. In recent jazz classes he has had some difficulty keeping his hands to himself during group work, and a few classmates have been hurt. Could we arrange a short call this week?",
        ),
        (
            "user",
            "Good, also mention he was suspended from his primary school last month, the mum told me.",
        ),
        (
            "assistant",
            "I would leave the school suspension out of the email, since it was shared with you privately; you could raise it gently during the call if Mr Lam brings it up.",
        ),
    ],
    [
        ("system", "你是考級報名助理，協助整理考生資料。"),
        ("user", "考生：張凱欣，RAD Grade 4，香港身份證 C615029(0)，出生日期 2015年12月2日。"),
        ("assistant", "已記錄張凱欣的 Grade 4 報名資料。請問需要特別考試安排嗎？"),
        ("user", "要，佢有癲癇，考試當日媽媽要喺門口等，有事即刻叫佢。"),
        (
            "assistant",
            "明白，會在考生備註加上醫療需要，並安排母親在考室外等候，同時通知考官及當值急救員。",
        ),
    ],
    [
        ("system", "你是一間香港中國舞學校的客服助理，回覆內地家長查詢。"),
        (
            "user",
            "你好，我是深圳的家长刘晓燕，想给女儿报暑期中国舞集训班，我手机 15813627094，微信 lxy_dance2012。",
        ),
        (
            "assistant",
            "劉女士您好，暑期集訓班7月14日開課，共20堂，學費 HK$6,800。請問小朋友現時考到幾級？",
        ),
        ("user", "她叫陈思彤，已经考过北舞五级，港澳通行证号码 C58273914。"),
        (
            "assistant",
            "收到，陳思彤可以報讀六級集訓組。我們會透過微信發送報名表，請填妥後連同通行證副本回傳。",
        ),
    ],
    [
        ("system", "你是校長助理，協助處理家長投訴信。"),
        (
            "user",
            "幫我覆封信畀張國燊先生，佢住將軍澳唐明街 8 號富康花園 5 座 22 樓 B 室，投訴佢個女張晞晴喺演出被安排企後排。",
        ),
        (
            "assistant",
            "可以。信件會解釋站位是按整體編排決定，並非針對個別學生。需要提供下一次演出的安排嗎？",
        ),
        ("user", "要，講明下次會畀佢企前排，但唔好寫得好似承認錯誤。"),
        (
            "assistant",
            "張先生您好：感謝來信。匯演站位由導師按隊形及高度整體編排，並非針對晞晴。下學期開放日，我們會安排她於前排演出。星悅舞蹈學院校長室謹啟。",
        ),
    ],
    [
        ("system", "You are a payroll assistant for a small dance studio."),
        (
            "user",
            "Prepare the December payslip for our ballet teacher Ms Rachel Chow Wai Kwan, HKID P803746(2), 62 teaching hours at HK$420.",
        ),
        (
            "assistant",
            "Gross pay: 62 x HK$420 = HK$26,040. MPF employee contribution 5% capped at HK$1,500, so net pay is HK$24,540.",
        ),
        ("user", "Pay it to her Hang Seng account 024-389-572016-882."),
        (
            "assistant",
            "Noted: net pay HK$24,540 to Hang Seng account 024-389-572016-882 for Ms Rachel Chow Wai Kwan, December 2026.",
        ),
    ],
    [
        ("system", "你是翻譯助手，把中文文件翻譯成英文。"),
        (
            "user",
            "翻譯：本人鄧綺雯授權家傭 Siti Rahayu（香港身份證 G174582(3)）於每星期四下午六時到星悅舞蹈學院接女兒鄧芷晴放學。",
        ),
        (
            "assistant",
            "I, Tang Yee Man, authorise my domestic helper Siti Rahayu (HKID G174582(3)) to pick up my daughter Tang Tsz Ching from Star Joy Dance Academy at 6pm every Thursday.",
        ),
        ("user", "再加一句：如有需要請致電本人手機 6871 4392。"),
        ("assistant", "If necessary, please contact me on my mobile, 6871 4392."),
    ],
]
