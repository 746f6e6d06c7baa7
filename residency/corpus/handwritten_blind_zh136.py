# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh136: 香港補習社與學生活動（報名表、導師資料、家長WhatsApp、考試成績、獎學金、興趣班）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh136
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "報名表範本"): _lines("""
        學生姓名（中）：__________ 英文姓名（須與身份證明文件相同）：__________ 性別：M / F 就讀學校：__________ 年級：__________
        家長／監護人姓名：________ 關係：父／母／其他 ________ 聯絡電話（手提）：________ WhatsApp：同上 □
        緊急聯絡人（非家長）：姓名 ____ 電話 ____ 與學生關係 ____ | 如學生有長期病患或過敏，請於下欄註明：________
        香港身份證／出世紙號碼：只需填寫英文字母及首三位數字（例：A123XXX(X)），本中心不收集完整號碼。
        報名表編號：ENR-2026-S-0417 | 課程代號：M5-MATH-CORE-TUE | 上課時段：逢星期二 19:00-20:30 | 學費：$1,280/月（4堂）
        付款方式：□ 現金 □ 支票（抬頭請寫「星譽教育中心有限公司」）□ 轉數快 FPS（識別碼 1682 5573，收款人：星譽教育中心有限公司）
        家長聲明：本人同意貴中心為教學及行政用途收集上述個人資料，並明白可隨時以書面要求查閱或更正。簽署：________ 日期：____/____/20____
        收集個人資料聲明（PICS）：根據《個人資料（私隱）條例》（第486章），閣下提供的資料只用於處理報名、編班及聯絡家長，不會轉交第三方作直接促銷用途。
        轉班／退班申請表：學生編號 S________ 原班別 ________ 申請轉往 ________ 原因 □時間不合 □程度不合 □其他 ________ 經手職員 ________
        相片及影片使用同意書：□ 同意 □ 不同意 ｜ 本中心於社交平台發佈活動照片時，學生樣貌可能被拍攝，請家長勾選。
        體驗班登記：年級 ____ 科目 □中 □英 □數 □公社 □物理 □化學 ｜ 如何得知本中心：□ Facebook □ IG □ 街招 □ 朋友介紹
        獎學金申請表（第二部分）：申請人 2025/26 學年校內考試成績（請附成績表副本）、課外活動紀錄、推薦人（須為現任老師）姓名及職位：________
    """),
    ("zh-Hant", "補習社通告"): _lines("""
        【停課通知】天文台已於上午 10:40 發出八號烈風或暴風信號，今日（9月17日）所有課堂取消，補課安排稍後公佈，請留意中心 WhatsApp 廣播。
        【黑雨安排】如上課前兩小時仍懸掛黑色暴雨警告信號，該節課堂將改為 Zoom 網上授課，會議連結會於 Google Classroom 發佈。
        中心地址：旺角彌敦道 688 號旺角中心一期 15 樓 1503 室（近旺角站 E2 出口）｜辦公時間：星期一至六 14:00-21:30｜查詢：2388 6120 ／ WhatsApp 5118 6120（中心辦公室）
        十二月份學費請於 12月5日 或之前繳交，逾期需付行政費 $50。已繳費家長可忽略此訊息，收據編號以 RC26 開頭。
        中六 DSE 衝刺班 Final Sprint 由 1 月 6 日開始，每星期 3 堂，名額 24 人，額滿即止。舊生 9 折，兄弟姊妹同時報讀再減 $100。
        失物認領：上星期六 A 室遺下藍色水樽一個、Casio fx-50FH II 計數機一部，請於辦公時間到接待處認領。
        家長講座：「中一派位與升中面試攻略」，講者為本中心升學顧問團隊，11月23日（日）下午3時，免費參加，須預先登記。
        本中心已於教育局註冊（學校註冊編號 598731），所有導師均已通過性罪行定罪紀錄查核。
        由於冷氣維修，B 室本星期四及五暫停使用，相關班別改於 C 室上課，時間不變。
        中心將於農曆新年（2月5日至2月11日）休息，2月12日照常上課，期間 WhatsApp 查詢會於復課後回覆。
        提提大家：教材費 $180 已包含全年筆記及模擬試卷，不設退款；遺失筆記可於接待處以每份 $20 補印。
        溫馨提示：學生請勿於中心內進食，並請家長準時接放學，下課後 15 分鐘內未有家長接送的初小學生會留在接待處等候。
        防騙提示：本中心職員不會透過 WhatsApp 要求家長提供信用卡號碼或網上銀行密碼，如有懷疑請致電 2388 6120 核實，或致電警方防騙易熱線 18222。
        新學年學費表：小一至小三 $980/月，小四至小六 $1,080/月，中一至中三 $1,200/月，中四至中六（單科）$1,380/月。
    """),
    ("mixed", "家長群組訊息"): _lines("""
        各位家長早晨☀️ 今日數學堂會派返上星期嘅小測，請小朋友記得帶文件夾返嚟。
        想問下星期六嘅英文班係咪照常？天文台話可能會掛三號波喎🤔
        提提各位，下星期一係公眾假期，中心休息，補堂會喺群組另行通知，唔使私訊問住🙏
        請問有冇家長知道 Pre-S1 英文試通常考咩？小朋友好驚😅
        收到，thx！
        想問下中心有冇得用 PayMe 俾學費？定係只可以 FPS？
        Admin：各位家長，本群只用作發放通告，有關個別學生嘅查詢請直接 WhatsApp 中心熱線，唔好喺群組討論小朋友成績，多謝合作！
        有冇人知道屯門區邊間補習社有 IB Chinese B？朋友托我問，唔該晒🙏
        中心今日停電，所有堂改 Zoom，link 已經放咗喺 Google Classroom，Meeting ID 832 4417 9065，passcode 喺 Classroom 入面。
        各位，今個 term 嘅 report card 會喺 12 月 20 號前 send 到各位 registered email，未收到請 check 埋 junk mail folder。
        我個仔都話功課太多😂 大家點 handle？
        唔好意思想問，中三 Physics 係用邊本書？係咪 Aristo 嗰套？
        Reminder：聖誕聯歡會 12/23（三）6pm，每位小朋友帶一份 $50 以內嘅禮物交換🎁
        請勿喺群組轉發未經證實嘅「考試貼士」，尤其係標明「DSE 內部消息」嗰啲，全部都係假嘅。
    """),
    ("zh-Hant", "考試與成績資訊"): _lines("""
        文憑試等級由高至低為 5**、5*、5、4、3、2、1 及「不予評級」，本地大學一般入學要求為中英數公社「3322」加一科選修科 2 級。
        校內考試成績分佈（中四 數學 必修部分）：平均分 58.7，中位數 61，標準差 14.2，最高分 96，最低分 17，共 142 人應考。
        成績表說明：「全級名次」以總分計算，同分者以中文、英文、數學三科總和決定次序；名次並不代表升班或留級。
        呈分試（小五下學期、小六上學期及下學期）成績會用作中一派位計算，全港學生的成績按學校水平調整。
        數學延伸部分單元一（M1）與單元二（M2）只可二選一，M2 內容較著重代數及微積分證明。
        英文卷三聆聽及綜合能力考核的 Part B 分為 B1（較淺）及 B2（較深），選 B1 最高只可考獲 4 級。
        中文科指定文言經典精選共十二篇，包括《論仁、論孝、論君子》、《魚我所欲也》、〈出師表〉、〈師說〉、〈岳陽樓記〉、〈六國論〉等。
        〈岳陽樓記〉作者范仲淹提出「先天下之憂而憂，後天下之樂而樂」，是閱讀卷常考的主旨句。
        模擬試成績查詢：成績會於考試後兩星期內上載至學生平台，學生須以個人學生編號及密碼登入，中心職員不會於電話中讀出成績。
        考生須於文憑試每一節考試攜帶准考證及香港身份證正本，遺失准考證應盡快聯絡考評局補領。
        公民與社會發展科（公社科）取代通識教育科，評級只分「達標」與「不達標」，不計入最佳五科總分。
        去年本中心中六學生（共 86 人）英文科考獲 5 級或以上的比率為 21%，數學科為 27%。
        大學聯招（JUPAS）計分：部分院校採用 5** = 8.5 分、5* = 7 分、5 = 5.5 分、4 = 4 分的換算，各院校換算表可能不同。
        中三全級中文科平均分由上學期 55.2 升至下學期 61.8，閱讀理解部分進步最明顯，寫作部分仍需加強。
    """),
    ("zh-Hant", "獎學金章程"): _lines("""
        「勵學獎學金」每年名額 10 個，每名得獎者可獲 $5,000 學費資助，申請人須為本中心連續就讀最少兩個學期的學生。
        甄選準則：學業成績（50%）、進步幅度（30%）、課外活動及服務（20%）；評審委員會的決定為最終決定。
        申請截止日期：2027 年 1 月 15 日（星期五）下午 6 時，逾期或資料不全的申請恕不受理。
        得獎名單將以學生編號公佈，不會公開學生姓名，得獎者家長會另獲專人通知。
        李嘉誠基金會、邵氏基金等大型基金會亦設有大專獎學金，詳情請瀏覽各基金會網站。
        中學生可留意「尤德爵士紀念基金」的中學生獎項，以及各區扶輪社舉辦的傑出學生選舉。
        「明德進步獎」每年頒發予進步最大的三位初中學生，每位獎金 $1,000，以全學年兩次統一測驗平均分升幅計算。
        得獎者須出席 3 月 20 日頒獎典禮並上台領獎，如未能出席須預先以書面通知，獎學金將以劃線支票形式發放。
        申請文件清單：□ 申請表 □ 最近一次成績表副本 □ 推薦信一封 □ 300 字個人陳述（中文或英文） □ 家庭入息證明（只適用於經濟援助類別）
        經濟援助類別：申請家庭每月入息須低於全港家庭住戶每月入息中位數的 75%，可參考政府統計處最新數字。
        所有申請資料只會用於評審，評審完成後六個月內銷毀，未獲選者的文件不會退還。
        常見問題：Q：兄弟姊妹可否同時申請？A：可以，但同一家庭每年最多獲發一個經濟援助類別獎項。
    """),
    ("en", "tutor recruitment and course info"): _lines("""
        We are hiring! Part-time English tutors (P1–S6), HKD 250–400/hr depending on experience. Degree holders with IELTS 7.5+ preferred. Send your CV to careers@brightpath-edu.hk.
        Job ref: BPT-2026-EN-07 | Location: Tseung Kwan O branch | Hours: Mon & Wed 4:30–8:30pm | Start date: 5 January 2027
        All tutors must complete a Sexual Conviction Record Check (SCRC) before their first lesson; the centre reimburses the application fee.
        Course outline – S3 Science Bridging: Unit 1 Measurement & Units; Unit 2 Forces; Unit 3 Acids & Alkalis; Unit 4 Cells. 12 lessons, 90 minutes each.
        Our Summer Debate Camp follows the British Parliamentary format; past motions include "This House would ban homework in primary schools."
        Reading list for the S2 literature circle: Roald Dahl's Matilda, Louis Sachar's Holes and R.J. Palacio's Wonder – students will discuss why Miss Trunchbull is such a memorable villain.
        Tutor handbook, section 4.2: never share a student's grades or contact details in group chats; use the centre's CRM for all parent communication.
        Invoice INV-26-11-0932 | Item: S4 Chemistry (Nov) x 4 lessons | Amount: HKD 1,380.00 | Status: PAID | Payment ref FPS-20261104-7731
        Refund policy: tuition fees are non-refundable after the first lesson of the month, except where the centre cancels a class and cannot offer a make-up.
        Holiday notice: the centre will be closed on 25–26 December and 1 January. Happy holidays from the BrightPath team!
        Q: My child is in P5 and struggles with English grammar. Should we focus on grammar drills or reading? A: Both matter, but at P5 a daily 20-minute reading habit usually helps more.
        Emergency Contact Form – Student name: ______ Class: ______ Parent mobile: +852 ____ ____ Preferred language: Chinese / English
        Trial lesson booking TRL-0871 confirmed for Sat 13 Dec, 11:00, Room C (P4 Maths). Please arrive 10 minutes early.
    """),
    ("mixed", "系統設定與匯出"): _lines("""
        CSV header: student_id,name_zh,name_en,dob,school,form,guardian_name,guardian_phone,consent_photo,created_at
        WHATSAPP_TEMPLATE_FEE_REMINDER = "親愛的家長，{student_name}（{class_code}）{month}月學費 ${amount} 尚未繳交，請於 {due_date} 前完成付款。"
        SELECT class_code, AVG(score) AS avg_score FROM mock_exam WHERE form = 'S6' AND subject = 'MATH' GROUP BY class_code;
        {"class_code": "S5-ENG-A", "room": "B", "capacity": 18, "enrolled": 16, "tutor_id": "T-0042", "fee_hkd": 1380}
        commit 9f2c1e7a4b: 修正成績表 PDF 匯出時「全級名次」欄位錯位
        錯誤 E1042：上傳的成績檔案欄數不符（預期 12 欄，實際 11 欄），請檢查係咪刪除咗「缺席」欄。
        cron: 0 9 * * 1  python send_reminders.py --branch=TKO --dry-run
        電話號碼欄位驗證 regex：^([+]852)?[569][0-9]{7}$  # 只接受香港手提號碼
        Backup file: enrolment_export_2026-11-30.xlsx.gpg | SHA-256: afb808608810e1da29d82cd17d356bcfba487c6a54d77a55808c6f30892484c8
        Zoom webhook: meeting.ended → update attendance table; meeting_id 846 2219 0573 係 S6 中文班嘅固定會議室。
        收據範本 v2.3：收據編號 {receipt_no} ／ 學生編號 {student_no} ／ 金額 HK${amount} ／ 經手人 {staff_initials}
        pdf_footer: "星譽教育中心 Star Honour Education Centre | 商業登記號碼 71862453 | 教育局學校註冊編號 598731"
    """),
    ("zh-Hant", "興趣班與活動"): _lines("""
        暑期興趣班：Scratch 編程（8-11歲）、機械人 LEGO SPIKE Prime（9-12歲）、中國書法（7歲以上）、奧數（P3-P6），每期 8 堂。
        詠春入門班：課程會介紹葉問及李小龍對詠春拳在香港普及的影響，逢星期日 10:00-11:30，地點：九龍公園體育館活動室。
        閱讀興趣小組本月共讀金庸《射鵰英雄傳》節錄，討論郭靖與黃蓉的性格對比，適合中二至中四同學。
        英文話劇班將演出《Charlie and the Chocolate Factory》改編版，角色包括 Willy Wonka、Charlie Bucket 及 Veruca Salt，試鏡日期為 10 月 12 日。
        鋼琴班備考 ABRSM 三級，考試費用由家長自行向 ABRSM 繳交，中心只負責代為安排報名時間。
        戶外考察：11 月 29 日 西貢地質公園，集合地點：西貢碼頭海濱公園，8:45 集合，雨天延期。
        活動保險由中心統一購買（保單編號 PA-HK-2026-558120），涵蓋參加者意外醫療費用最高 $20,000。
        聖誕手工班材料費 $120，包括薑餅屋套裝一盒；對雞蛋、小麥或花生過敏的學生請預先通知導師。
        校際朗誦節（普通話獨誦）訓練班：指定篇目為朱自清〈背影〉節錄，導師會指導發聲與台風。
        攝影班以何藩的香港街頭攝影作品為例，講解光影與構圖，學員須自備相機或手機。
        興趣班報名編號 HOB-26W-0381 已確認，請於第一堂前 15 分鐘到達填寫簽到表。
        太空科學工作坊：介紹楊利偉乘神舟五號升空，以及香港理工大學參與研發的太空儀器，適合小四至中二。
        圍棋班分級：25級至1級、初段；學生升段需參加香港圍棋協會舉辦的段位賽。
        活動相簿已上載至中心 Facebook 專頁，只包含已簽署相片同意書學生的照片，如需移除請聯絡中心。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        報名表｜學生姓名：陳凱晴 英文：CHAN HOI CHING 性別：F 出生日期：2012-04-19 就讀：聖保祿學校 中二 家長：陳太 手提：6187 2943
        Miss 你好，我係5C黃梓軒媽媽，佢今日發燒39度，要請假唔返數學堂，唔該晒🙏
        導師資料卡｜姓名：林詠詩 Lam Wing Sze｜HKID：Y583126(A)｜港大教育學士四年級｜可教科目：中文、中史｜時薪 $280｜滙豐戶口 582-316074-838
        模擬試成績｜S6A｜何卓霖 HO CHEUK LAM｜中文 4｜英文 3｜數學 5*｜M2 5｜物理 4｜化學 5｜備註：英文卷二未完成，需跟進。
        請假紀錄：11月14日 李思穎（P5，逢星期三英文班）因參加學校游泳比賽請假，家長要求補堂，已安排11月21日 17:00。
        獎學金得獎名單（內部，勿外傳）：一等 鄭希彤（中三，英華女學校）$5,000／二等 蘇柏然（中二，喇沙書院）$3,000／三等 馮曉澄（中一）$1,000
        欠款提示：張家俊（中四化學）10月及11月學費共 $2,760 未繳，家長張先生（9254 7718）話月尾出糧先俾，已記錄。
        家長投訴 CASE-1127：投訴人區太（電話 5136 0482）指導師 Mr 袁於堂上大聲責罵其女兒區芷晴，要求轉班及道歉，經理已致電跟進。
        接送授權書：本人 羅美玲（香港身份證 M402715(4)）授權家傭 Maricel Dela Cruz 於逢星期二、四下午 6 時接送女兒 梁子悅 放學。
        特殊學習需要備忘：黃浩然（P4）已確診讀寫障礙及 ADHD，學校有提供功課調適，導師出功課時請減少抄寫量，測驗需延長 25% 時間。
        舊生升學紀錄：2026 年 DSE 陳樂怡 最佳五科 29 分，獲中大醫學院錄取；家長同意於宣傳單張使用其姓名及照片。
        地址更改：學生 鄧子朗 新住址為 沙田第一城 38座 21樓 H室，郵寄成績表請寄新地址。
        興趣班報名｜芭蕾舞初班｜學員：周芊妤（6歲）｜過敏：花生、貝殼類｜緊急聯絡：周先生 9802 3316／周太 6743 9105
        轉數快付款確認：收款人 星譽教育中心；付款人 MAK KIN FUNG；備註：麥家琪 12月學費；金額 HK$1,280；交易編號 FRN20261203PAYC0104839217
        導師內部評語：歐陽子謙上堂成日玩手機，今個月測驗由 72 跌到 45，建議同家長傾下，佢屋企最近好似有啲事（父母鬧離婚）。
        S3 英文班家長廣播名單：Ms Lee 6035 7741、Kelvin Chow 9368 1250、Mrs Tang 5419 8827、梁太 6298 4013
        提提大家：Miss Cheung 私人 IG 係 @cheung.missy_teaches，唔係中心官方帳戶，學生唔好 follow 或者 DM 佢。
        跨境學童登記｜姓名：劉浩宇｜內地居民身份證 441900201008052319｜每日經羅湖口岸返學，校巴站：上水站 B 出口
        收據 RC26-120457｜學生：SO YAT HEI 蘇逸希｜課程：P6 呈分試數學｜金額 $1,080｜付款：Visa 4532 0987 1264 0351
        升中面試模擬紀錄：鍾曉彤表現緊張，自我介紹時講唔到家庭背景（單親，同外婆住），建議面試前再練兩次。
        今日 5 點班 江樂晴 遺留咗一個粉紅色書包，入面有佢嘅八達通同學生證，已交接待處，請家長（6521 8074）嚟攞。
        警告信：學生 麥子軒（S2B）於 12月2日 在中心洗手間吸電子煙，屬嚴重違規，如再次違規將被終止學位。
        學生健康申報：區家朗 有哮喘，書包內有 Ventolin 噴劑，如發作請讓佢即時使用並通知媽媽（+852 5972 4418）。
        導師薪金單 2026年11月｜莫凱文 MOK HOI MAN｜課時 46 小時 × $260 = $11,960｜強積金僱員供款 $598｜實收 $11,362｜入數：恒生 381-226541-882
        獎學金個人陳述節錄：「我叫葉晴朗，爸爸兩年前失業，媽媽做清潔工，我想用獎學金報讀 DSE 英文衝刺班。」
        家長會預約：12月10日 19:30｜學生：冼卓男（中五）｜家長：冼太（WhatsApp 9147 3360）｜主題：文憑試選科及是否轉讀 IB
        核對身份證：z6910387，出生日期 2009-11-02，同報名表一致，已影印存檔。
    """),
    "zh-Hans": _lines("""
        您好，我是王梓涵的妈妈，孩子明年九月从深圳转来香港读中一，身份证号 440305201103183622，想问英文摸底测试几号考？我微信是 wzh_mama_2011
        跨境家长登记：林晓燕，身份证 440106198309275144，手机 138 2651 7904，孩子何俊熙在上水读小六，每周六来上奥数班。
        夏令营学员：陈思远（身份证 310115200906142830），紧急联系人 陈父 159 1873 4420，过敏史：青霉素。
        退费申请：学员 郑雅琪（S4 化学），家长 郑先生，银联卡号 6250 9431 8270 0463，申请退还十二月学费 HK$1,380，原因：孩子回内地读书。
    """),
    "en": _lines("""
        Tutor application – Name: PRIYA D/O RAMASAMY | NRIC: S8823164C | Subject: IB English Literature | currently MA student at HKU | HK mobile 6402 8817
        Dear Mr and Mrs Gurung, we regret to inform you that Anisha Gurung (S3) has been absent from 5 consecutive Saturday lessons without notice. Please contact us at your earliest convenience.
        Incident report 2026-11-18: Ethan Lau Chun Hei (P3) tripped on the stairs at 5:40pm, minor graze on left knee, first aid applied by tutor Ms Fok; mother (Mrs Lau, 9062 5513) informed at 5:50pm.
        Scholarship interviews: 14:00 Muhammad Hamza Khan (S4, Delia Memorial School) / 14:20 Chloe Ho Wing Sze (S3) / 14:40 Sebastian Ho-Lambert (S5)
        Exchange student file: NUR AISYAH BINTI AHMAD FAUZI | MyKad 090317-14-0526 | homestay: Flat 12B, Block 3, Laguna City, Kwun Tong | host parent: Mrs Wendy Yip
        pls call Jayden's dad back re overdue fee – Jayden Wong, S1 maths, dad's no. 6930 2284, says he'll pay by Fri
        To whom it may concern: Ms Rachel Tsang Hiu Tung tutored at our Yuen Long branch from 2022 to 2025 and was dismissed in August 2025 after repeated lateness.
        Report card comment – KWOK Yan Yi, Megan (S2C): Megan's essays have improved but she still mixes up her tenses. Term grade B-, attendance 92%.
        From rita.cheng.hk@gmail.com: Hi, my son Marcus Cheng (P6) will miss class next week because he's having his appendix removed. Can he join the Thursday make-up?
        Refund of HK$960 to cardholder KWAN TSZ CHING, Mastercard 5425 3180 4977 2611, for cancelled Robotics course (booking HOB-26S-0114).
        New transfer from Singapore: Tan Wei Ling (NRIC T0912457D), joining S5 Maths in January; mum's SG number is 9127 4583 until they move.
    """),
    "mixed": _lines("""
        hi miss, 我係 jasper 媽媽 (jasper leung 4B), 佢今日睇牙醫覆診所以會 late 半個鐘, sorry!
        導師 roster：Mr Raj Kumar a/l Subramaniam 教 S4-6 Maths，手機 5630 7724，住東涌，只可以 weekday 夜晚。
        FYI 5A 嘅 Kayden Tse 今日喺 lesson 同 classmate 打交，已經 call 咗佢爸爸，下星期 suspend 一堂。
        [Tutor group] 邊個可以 cover 我 Sat 10am 班？我 Karen Yu 要去瑪麗醫院做化療，唔好同學生講 thx
        PayMe 截圖：from Fiona So 蘇慧敏 to 星譽教育中心 HK$2,560，memo「Kelly + Kenny 蘇 12月學費」
        獎學金申請 HKID copy：CHEUNG LOK YIN 張樂言 R3608521 DOB 11-07-2010
        pls update contact：Ashley Wan 尹曉晴 (S6 Econ) 新電話 6348 2195，舊 number 已經唔用，email ashleywan.0629@outlook.com
        台灣交換生 林品妤（身分證 A203451879）參加冬令營 Dec 27-30，住 Y Loft 青年旅舍，手機 0912 384 756
        交通費報銷：Miss Chan Man Yee 11月帶 field trip 車費 $186.4，請 transfer 去佢中銀 a/c 012-652-0-018394-7
        remark：學生 Kim Do-yun 金度允（韓國籍，中二）爸爸 transfer 咗去 Singapore 返工，下個月開始退班。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係星譽教育中心嘅 WhatsApp 客服助手，負責解答課程及報名查詢。"),
        (
            "user",
            "你好，我想幫個女報 P4 數學，佢叫蔡凱晴 Chloe，讀瑪利諾修院學校，我手機 6178 5509",
        ),
        ("assistant", "你好！P4 數學班逢星期三 17:00 及星期六 11:00 都有位，想揀邊一個時段呢？"),
        ("user", "星期六啦。另外佢有輕微自閉症，上堂可唔可以安排佢坐前面？"),
    ],
    [
        (
            "user",
            "幫我寫份 progress report 俾家長：學生黃梓軒 Wong Tsz Hin (S2)，測驗由 48 升到 71，但係經常遲到，佢媽媽話佢夜晚打機打到三點。",
        ),
        (
            "assistant",
            "黃梓軒同學本學期數學測驗成績由 48 分進步至 71 分，表現值得肯定；惟近月經常遲到，建議家長協助調整作息。",
        ),
        ("user", "加埋一句：下個月開始轉去逢星期五 7pm 班。"),
    ],
    [
        (
            "system",
            "You screen scholarship applications against the centre's financial-aid criteria.",
        ),
        (
            "user",
            "申請人：吳芷澄，中四，身份證 K725493(8)，四人家庭，每月入息 $14,500，住天水圍天晴邨晴碧樓 2315 室。符唔符合經濟援助類別？",
        ),
        (
            "assistant",
            "四人家庭每月入息 $14,500 低於入息中位數的 75%，符合經濟援助類別，請再核對入息證明文件。",
        ),
    ],
    [
        (
            "user",
            "你好，我是深圳的家长，孩子叫刘子墨，明年想来香港读国际学校的预备班，我的微信是 liuzimo_dad88，手机 159 2036 8814，请问怎么报名？",
        ),
        (
            "assistant",
            "您好！请先填写网上报名表，并预约入学评估，我们的同事会于两个工作日内联络您。",
        ),
    ],
    [
        ("system", "You help the admin team draft polite WhatsApp reminders."),
        (
            "user",
            "Draft a fee reminder for Mr Vikram Sharma, his son Aarav Sharma (P6, Eng & Maths) owes HK$2,160 for November, his number is 9486 2271.",
        ),
        (
            "assistant",
            "Dear Mr Sharma, this is a friendly reminder that Aarav's November tuition (HK$2,160) is still outstanding. Kindly settle it by 12 Dec. Thank you!",
        ),
    ],
    [
        (
            "user",
            "我係補習老師，今日學生麥樂言（P5，大家叫佢 Lok Lok）同我講佢成日俾爸爸用衣架打，手臂有瘀傷，我應該點做？",
        ),
        (
            "assistant",
            "請先保持冷靜、記錄學生原話及傷勢，並盡快通知中心負責人，按程序聯絡社會福利署保護家庭及兒童服務課。",
        ),
        ("user", "佢求我唔好話俾佢媽媽知，我應唔應該答應佢？"),
    ],
    [
        (
            "user",
            "幫我將呢行轉做正確嘅 CSV 欄位：S2026-0418 何卓霖 HO CHEUK LAM G148907(A) 2010-05-12 喇沙書院 S6 家長 何太 6025 3391",
        ),
        (
            "assistant",
            "S2026-0418,何卓霖,HO CHEUK LAM,G148907(A),2010-05-12,喇沙書院,S6,何太,6025 3391",
        ),
    ],
    [
        (
            "user",
            "Please draft a reference letter for our former tutor Mr Daniel Kwok Chi Wai. He has a BSc from HKU and taught S4-S6 Physics with us from 2021 to 2025.",
        ),
        (
            "assistant",
            "Of course. Is there anything you would like me to mention about his teaching record or any gaps in service?",
        ),
        (
            "user",
            "Mention he took six months off in 2023 to care for his mother after her stroke, but don't make it sound negative.",
        ),
    ],
    [
        ("user", "我想查下我個仔上次模擬試成績"),
        ("assistant", "請提供學生姓名、學生編號及登記嘅家長電話，方便我哋核實身份。"),
        ("user", "梁浩天，S2025-0932，手機 9735 4108"),
        ("assistant", "多謝！梁浩天同學中文 4、英文 3、數學 5，詳細成績表已經上載到學生平台。"),
    ],
    [
        ("system", "你係補習社行政助理，協助處理家長投訴。"),
        (
            "user",
            "有家長投訴 Miss 何曉琪 私下 WhatsApp 佢個女江詠心（S1），約佢出街私人補習收平啲，佢個女手機係 6124 8830，點回覆好？",
        ),
        (
            "assistant",
            "建議先向家長致歉並感謝通報，表示中心會即時調查，同時提醒導師不得私下聯絡學生或接私人補習。",
        ),
    ],
]
