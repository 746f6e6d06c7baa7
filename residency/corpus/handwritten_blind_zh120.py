# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh120: Hong Kong kindergartens and child care centres (admission, KES, parent notices, fee remission, pick-up). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh120
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "家長通告"): _lines("""
        家長通告（2026-27）第 014 號：本園將於 12 月 18 日（星期五）舉行聖誕聯歡會，K1 至 K3 學生當日可穿便服回校，請家長於 12 月 12 日前交回回條。
        各位家長：因應天文台發出寒冷天氣警告，請為幼兒多備一件外套及一套後備衣物，並在衣物上寫上班別。
        通告 2026/27-031｜題目：流感疫苗注射日｜日期：2026年11月7日（星期六）上午9時至12時｜地點：本園禮堂｜費用全免，由衞生署學校外展隊負責，請於回條上選擇「同意」或「不同意」。
        如八號或以上熱帶氣旋警告信號或黑色暴雨警告信號於上午 6 時 30 分後仍然生效，上午班暫停；詳情請留意教育局宣布，毋須致電校務處查詢。
        本園家長教師會將於 1 月 10 日舉行周年大會暨選舉，歡迎家長自薦成為家長委員，提名表格可於校務處索取。
        下學期學費已於 2 月份開始收取，請家長於每月 10 日前經繳費靈（商戶編號 6872）或轉數快繳交，逾期請致電校務處 2719 3456。
        溫馨提示：本園為「無花生校園」，請勿讓幼兒攜帶含花生或果仁的小食回校，多謝合作。
        親子旅行報名：日期 2027年3月14日，目的地：大埔農莊，成人每位 $168、幼兒每位 $128、兩歲以下免費，名額 120 個，先到先得。
        家長講座通知：「如何幫助幼兒順利過渡至小一」，由本園教育心理學家主講，4月17日晚上7時於網上（Zoom）進行，會議編號將於講座前一天以電子通告發放。
        因本園將進行全面消毒清潔，11 月 20 日（星期五）下午停課，全日班幼兒請於中午 12 時 30 分前接回，如有困難請聯絡班主任安排。
        如幼兒出現發燒（體溫 37.5°C 或以上）、咳嗽或腹瀉，請留家休息，並於病癒復課時交回病假紙副本。
        本學年畢業典禮將於 2027 年 7 月 9 日（星期五）假荃灣大會堂演奏廳舉行，每名畢業生可獲派兩張家長入場券。
        電子通告已透過 eClass App 發出，請家長於 3 日內簽署；未安裝 App 的家長可到校務處索取紙本。
        回條：本人 ______（家長姓名）之子女 ______（班別 ____）□ 參加 □ 不參加 親子旅行，家長簽署：______ 日期：______
        校曆更新：2026-27 年度農曆新年假期為 2 月 4 日至 2 月 13 日，2 月 15 日（星期一）復課。
        本園 K2 級出現兩宗懷疑手足口病個案，已按衞生防護中心指引通報及加強消毒，請家長每日為幼兒量度體溫並記錄於手冊。
        K3 級參觀活動：香港科學館及孫中山紀念館，3 月 5 日上午出發，費用全免，由本園安排旅遊巴接送。
    """),
    ("zh-Hant", "入學申請指引"): _lines("""
        2027/28 學年 K1 入學申請：本園將於 9 月 1 日至 9 月 30 日接受申請，報名費 $40，申請表可於本園網頁下載或到校務處索取。
        申請時請附上幼兒出生證明書副本、近照兩張及家長身份證副本；報名表上的個人資料只會用作處理入學申請。
        「幼稚園入學註冊證」須由家長向教育局申請，並於統一註冊日期內向已獲取錄的幼稚園繳交以辦理註冊。
        問：我個仔 2024 年 3 月出世，2027 年 9 月可以讀 K1 嗎？答：可以，2027/28 學年 K1 收生對象為 2024 年出生的幼兒。
        面試安排：本園會以小組形式與幼兒進行約 15 分鐘的遊戲活動，家長毋須為幼兒準備任何面試技巧。
        取錄結果將於 12 月上旬以郵寄及電郵通知，未獲取錄的申請人將列入候補名單，本園不會個別致電通知。
        申請編號：K1-2027-0412｜狀態：已收到，待安排面試｜如有查詢請於辦公時間致電 2719 3456。
        幼稚園入學註冊證申請表格可於教育局網頁下載，填妥後可郵寄或親身交回教育局指定辦事處。
        報名表格欄位：幼兒中文姓名｜英文姓名（須與出生證明書相同）｜性別｜出生日期｜出生證明書號碼｜家長聯絡電話｜電郵地址（請以正楷填寫）
        非華語學童家長可申請傳譯服務，本園可安排烏爾都語、尼泊爾語或印地語傳譯員陪同出席面試及簡介會。
        同一名幼兒可同時向多於一間幼稚園報名，但只可以在一間幼稚園使用註冊證辦理註冊。
        幼兒中心（0-3 歲）入學查詢：本中心設有嬰兒組（0-2 歲）及幼兒組（2-3 歲），輪候時間約六至九個月，請於辦公時間致電中心查詢。
        如幼兒有特殊教育需要，歡迎家長在申請表「其他資料」一欄註明，本園會在面試前與家長了解支援需要。
        註冊費：半日制及全日制均為 $1,030（已獲教育局批核），如幼兒最終入讀本園，註冊費將撥作九月份學費。
        開放日：10 月 31 日（星期六）上午 10 時至下午 1 時，無須預約，歡迎家長與幼兒一同參觀課室及戶外遊樂場。
    """),
    ("zh-Hant", "幼稚園教育計劃及學費減免"): _lines("""
        幼稚園教育計劃自 2017/18 學年起實施，政府向合資格非牟利幼稚園提供基本資助，讓半日制服務學費基本上免費。
        參加計劃的幼稚園須公布學費、收生程序及教師薪酬等資料，並接受教育局質素評核。
        幼稚園及幼兒中心學費減免計劃由在職家庭及學生資助事務處負責，按家庭經調整入息及家庭成員人數評定減免幅度為全額或半額。
        學費減免申請一般於學年開始前接受，已遞交申請的家庭在審批期間仍須按時繳交學費，獲批後會按比例發還。
        入息審查時，家庭收入包括受僱收入、自僱收入、退休金及租金收入，但不包括綜援金額。
        職津處查詢熱線：2802 2345（辦公時間），申請表格亦可於各區民政事務處諮詢服務中心索取。
        全港約有一千所幼稚園，其中大部分已參加幼稚園教育計劃；近年受出生率下降影響，K1 學生人數持續減少。
        全日制及長全日制學額可獲額外資助，資助額分別為半日制單位資助的三成及六成。
        「鄰里支援幼兒照顧計劃」為 9 歲以下兒童提供具彈性的照顧服務，家長可按入息申請減免服務費用。
        社會福利署資助的幼兒中心為初生至三歲以下幼兒提供照顧服務，部分中心設有延長時間服務及暫託服務。
        學費減免個案編號格式為 KC 加八位數字，例如 KC26093318，查詢時請提供個案編號而非身份證號碼。
        幼稚園須每年向教育局申請調整下學年學費，獲批的學費資料會上載至《幼稚園概覽》。
        「幼稚園及幼兒中心駐校社工服務」由非政府機構營辦，為有需要的家庭提供輔導及轉介。
        根據《幼兒服務條例》（第 243 章），幼兒中心須向社會福利署幼兒中心督導組註冊，並符合人手及空間要求。
        參加計劃的幼稚園如取錄八名或以上非華語學生，可獲額外資助聘請教師或購買支援服務。
    """),
    ("zh-Hant", "家長群組"): _lines("""
        請問聽日親子活動係咪要著運動服？定係校服都得？
        各位家長早晨☀️ 提提大家今個禮拜五要交手工作業，主題係「我的家」，用環保物料整就得。
        有冇人知 K1 註冊證幾時截止申請？我睇教育局網頁好似寫緊 11 月尾。
        校車今朝喺屯門公路塞車，遲咗 20 分鐘，校務處話已經通知晒各站家長，唔使擔心。
        搵緊二手 K2 校服，size 110，如果有家長唔要可以 PM 我 🙏
        想問下學費減免嗰份表要唔要每年都交過？定係一次過就得？
        提提大家聽日早上 8:45 前返到學校，因為有消防演習。
        聖誕聯歡會嘅禮物上限係 $50，記得寫返「男仔」或者「女仔」喺包裝紙上面。
        我哋班 group 只用嚟傳學校通告同功課提示，請大家唔好 forward 其他廣告，thank you!
        有冇家長試過申請鄰里支援幼兒照顧計劃？排隊要幾耐？
        今日學校派咗流感針同意書，記得簽名，星期三前交返俾班主任。
        下個月親子旅行去大埔農莊，有冇人想夾車？可以喺群組度講下邊區出發。
        啲小朋友話今日午餐有麥兜最鍾意嘅菠蘿油😂 學校真係好有心思
        請問點樣喺 eClass App 改接送人資料？我搵唔到個 setting。
    """),
    ("zh-Hant", "接送安排"): _lines("""
        接送安排：上午班放學時間為 11:45，家長請於地下大堂排隊接回幼兒，並出示本園發出的「接送證」。
        如由家長以外人士（例如外傭或親友）代接，請預先填寫「代接授權書」並交予班主任，未經授權人士一律不獲接走幼兒。
        保姆車路線 B3：屯門市中心 → 兆康 → 本園，上午 7:50 開出，每月車費 $880，車費按學期繳交。
        保姆車服務由持牌公司提供，車上設有隨車保姆及安全帶，家長如需更改上落車站請提前三個工作天通知。
        代接授權書（範本）：本人 ______（家長）授權 ______（代接人）於 ____ 年 __ 月 __ 日接回敝子女 ______，代接人須出示身份證明文件正本。
        惡劣天氣下，學校如宣布停課，已返抵學校的幼兒會留校照顧，直至家長或獲授權人士安全接回。
        遲接安排：如家長於放學後 30 分鐘仍未到達，本園會將幼兒安排在校務處等候，並按接送表聯絡緊急聯絡人。
        接送證遺失補領費用為 $20，補領需時約三個工作天，期間請攜同家長身份證到校務處登記。
        長全日班幼兒可於下午 6:00 至 6:30 期間接回；延長時間服務須另行申請，每小時收費 $25。
        請勿在校門外雙行停車，交通警於放學時段會加強巡查；建議家長使用附近的公共運輸交匯處上落。
        跨境學童接送：深圳灣口岸專用保姆車上午 7:10 開出，學童須持有效的「跨境學童禁區紙」及回鄉證方可使用。
        保姆車登記編號 SB-26-118｜司機及保姆資料已上載至家長專區，更換人員時會另行通知。
        家長可透過 eClass App 的「接送」功能預先登記代接人士，系統會在接送時段自動核對。
    """),
    ("en", "circulars"): _lines("""
        Circular No. 2026/27-022: The school will be closed on 1 October (National Day). Classes resume on Friday, 2 October.
        Parents are reminded to label all water bottles, lunch boxes and spare clothes with the child's class (e.g. K2A).
        Under the Kindergarten Education Scheme, half-day programmes in participating kindergartens are basically free of charge.
        Applications for the Kindergarten and Child Care Centre Fee Remission Scheme are assessed by the Working Family and Student Financial Assistance Agency (WFSFAA).
        K1 Admission 2027/28: application forms will be available from 1 September; the application fee is HK$40 and is non-refundable.
        Pick-up authorisation form: I, ________ (parent/guardian), authorise ________ (ID document type: ________) to collect my child ________ on ________.
        Enquiries about support for non-Chinese speaking students can be directed to the school office at 2719 3456 or office@singwah-kg.edu.hk.
        Please note that the school bus fee for Route A2 (Tsuen Wan – Kwai Chung) will be adjusted to HK$920 per month from January 2027.
        Enquiry ref. EDB-KGA-2026-118734 has been closed; no further action is required.
        Parent Workshop: 'Supporting Speech and Language Development at Home', Saturday 13 March, 10:00-11:30, run by the school's speech therapist. Free admission, 40 seats.
        The Children's Day carnival will feature characters from Peppa Pig and McDull; children may come in costume.
        Fee payment via FPS: please transfer to the school's FPS ID 1627458 and write the class and student number (not the child's name) in the remark.
    """),
    ("mixed", "家長查詢"): _lines("""
        請問 K1 interview 係咪要帶 portfolio？定係 just 小朋友同家長去就得？
        想問 KES 學校同 non-KES 學校嘅 school fee 差幾多？我哋 budget 有限。
        Fee remission 份 form 要填 family income，係咪計 before tax 定 after MPF？
        個 school bus 係咪 door-to-door？定係要去 pick-up point 等？
        Any tips for helping a 3-year-old settle in K1? 佢每朝返學都喊，點算好？
        我哋係 non-Chinese speaking family，school 有冇 English-speaking teacher 可以 communicate？
        聽講 whole-day 同 half-day 嘅 registration fee 唔同，有冇 reference？
        FAQ: Can a domestic helper pick up my child? 可以，只要家長事先遞交代接授權書同登記 helper 嘅資料。
        Reminder: 下星期一 school photo day，請小朋友著 summer uniform，頭髮整齊 please。
        想問 eClass 入面 "Student Pick-up Record" 會保留幾耐？私隱方面 school 有冇 policy？
        邊間幼稚園有 long whole-day 同埋 extended hours service？我兩公婆都係 shift work。
    """),
    ("zh-Hans", "内地家长查询"): _lines("""
        请问深圳的孩子在香港读幼稚园，需要办理什么证件？是不是要先办港澳通行证？
        跨境学童每天过关需要多长时间？早上七点从福田口岸出发来得及吗？
        非香港永久居民的孩子可以享受幼稚园教育计划的资助吗？
        学费减免是不是只有香港居民才能申请？在内地工作的家长收入怎么计算？
        请问幼稚园入学注册证在哪里申请？可以网上办理吗？
        我们下个月搬到香港，孩子三岁半，插班 K2 还有学位吗？一般要排多久？
        幼稚园面试一般问什么问题？需要准备普通话还是粤语？
        保姆车是按学期收费还是按月收费？如果只坐单程能不能便宜一点？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        入學申請表｜幼兒姓名：陳芷晴（CHAN TSZ CHING）｜出生日期：2024-03-18｜出生證明書號碼：Y482913(A)｜父親：陳家豪｜聯絡電話：9386 2147｜住址：屯門兆康苑兆順閣 18 樓 G 室
        學費減免申請｜申請人：黃麗芬｜香港身份證：Z615207(5)｜家庭成員 4 人｜每月入息 $21,800｜子女：李卓軒（K2B）｜退款戶口：滙豐銀行 512-376948-833
        代接授權書：本人林美儀授權外傭 Siti Rahmawati（印尼護照號碼 C4817265）於 11 月 3 日至 7 日接送女兒何穎彤（K1A）放學。
        班主任記錄：K2C 張子朗（Jayden）對雞蛋及花生嚴重過敏，書包內備有 EpiPen，午膳須由廚房另備餐單。
        校務處電話記錄 10/11 14:20：家長吳詠詩（6128 4530）來電，表示正與丈夫辦理離婚，法庭已頒令兒子吳浩然只可由母親接送，要求學校不可讓父親接走。
        面試時段確認：梁嘉欣小朋友（申請編號 K1-2027-0388）面試時間為 11 月 16 日上午 10:15，請梁先生準時帶同出生證明書正本到達。
        跨境學童資料：李沐恩，回鄉證 H20476815，父親李建華，內地身份證 440304198907143529，住深圳市福田區景田北路景田花園 7 棟 1203。
        各位家長，我係 K1B 譚凱晴媽媽，凱晴今日喺學校跌親撞到額頭腫咗，有冇家長聽小朋友講過係點發生？
        言語治療轉介：K3A 區俊熙經駐校言語治療師評估為中度語言發展遲緩，建議轉介衞生署兒童體能智力測驗服務，家長已簽同意書。
        欠交學費（只供內部）：K2A 麥曉琳 9 月至 11 月學費 $4,950 未繳，已兩次致電母親 5374 9021 未有回覆，下週再跟進。
        社工個案摘要：K1C 何俊希，父親失業三個月，家庭正申請綜援，母親透露近期情緒低落，已轉介綜合家庭服務中心。
        保姆車名單 B3 路線：① 7:50 兆康站 — 周樂謙（K2）、周樂瑤（K1）② 8:02 屯門市中心 — 鄧凱文（K3），家長緊急電話 9671 0385
        失物認領：K1A 黃子晴嘅粉紅色 Hello Kitty 水壺喺校車搵返，媽媽今日 6 點前可以嚟校務處拎。
        註冊記錄：幼兒 PANG HOI YAN 彭凱欣，註冊證編號 RC/27/0583214，已於 2027-01-08 繳交註冊費 $1,030，收據號碼 R-0004417。
        信用卡繳費授權：持卡人 CHEUNG WAI MAN，卡號 5413 6684 3938 6891，有效期至 09/29，用於繳交女兒張曉彤 2026/27 全年午膳費 $6,300。
        緊急聯絡人：何志強（祖父）9170 2846，住葵涌邨碧葵樓 1508 室，平日下午負責接孫女何曉晴放學。
        轉校通知：K2 鍾浩賢將於 12 月底隨家人移居英國曼徹斯特，父親鍾浩然（chung.hoyin88@gmail.com）要求學校發出在學證明。
        投訴記錄：家長羅嘉欣投訴 11 月 5 日保姆車遲到 40 分鐘，令兒子羅子朗錯過早餐，要求退回當月部分車費。
        病假記錄：K1B 馮梓晴 11/12 至 11/14 確診甲型流感，已交醫生紙，復課當日須先到醫療室量體溫。
        家訪安排：社工將於 3 月 6 日下午 3 時到訪 K3A 蔡卓謙家中（將軍澳尚德邨尚禮樓 2211 室），與祖母傾談照顧安排。
        我係 K2A 莫梓晴媽媽 Karen，電話 6035 8817，想搵人夾保姆車由大埔去學校，有興趣 WhatsApp 我 😊
        職津處來信：黃家樂先生，你的學費減免申請（個案編號 KC26104587）已獲批全額減免，子女黃芊芊 2026/27 學年學費 $28,600 將直接發放予學校。
        學生資料卡：姓名 關穎琳｜性別 女｜出生日期 2023年7月2日｜出生證明書號碼 R903418(7)｜血型 O｜長期病患：哮喘，須隨身攜帶噴霧。
        教職員內部通報：K1C 新生葉思朗的母親為家暴受害人，已申請禁制令，如有陌生男子要求接走葉思朗，請即報警並通知校長。
        候補通知：梁卓琳小朋友（申請編號 K1-2027-0519），你已被列入候補名單第 7 位，如有學位空缺本園會致電 5912 6473 通知家長。
        特殊教育需要記錄：K2B 伍皓軒已確診自閉症譜系障礙，正輪候到校學前康復服務，每星期二上午由治療師到校訓練。
        捐款收據：茲收到譚志明先生捐款港幣 $5,000 予本園家長教師會，以支持「親子閱讀計劃」，收據編號 PTA-2026-061。
        接送記錄 2026-11-20 16:42：K3B 溫子謙由舅父溫國強（身份證 V127364(7)）接走，已核對授權書。
        入學申請 ‖ 幼兒：AHMED Zara ‖ 父親：Ahmed Imran Khan ‖ 國籍：巴基斯坦 ‖ 住址：油麻地上海街 312 號 5 樓 B 室 ‖ 電話 6472 1980 ‖ 需要烏爾都語傳譯
        行為記錄：K3C 冼浩然本週三次咬傷同學，已與家長冼太面談，建議參加行為管理小組。
        補交文件通知：申請人何秀英女士，請於 12 月 15 日前補交丈夫林志偉最近三個月的糧單及強積金月結單，否則學費減免申請將被擱置。
        幼兒中心輪候名單 嬰兒組 第 3 位：鄭樂兒（2026年5月出生），母親聯絡電話 9248 6730，預計 2027 年 1 月入托。
        新生家長資料：母親林佳蓉（台灣身分證 A234518096，手機 0912 457 306），女兒許芯瑜入讀 K1 上午班，需申請學費減免。
    """),
    "en": _lines("""
        Pick-up authorisation: I, Rachel Gomes-Lau, authorise our helper Maria Cristina Dela Cruz (Philippine passport P4827163A) to collect my son Ryan Gomes-Lau (K2A) every Tuesday and Thursday.
        Incident report 14/11: Arjun Rajesh Kumar (K1C) fell from the climbing frame at 10:20, small cut on chin, first aid given; mother Mrs Priya Rajesh informed at 9734 2081.
        FEE REMISSION APPEAL – Applicant: MS LEUNG SIU FONG, HKID A563821(9). Household income dropped after her husband's stroke in August; requesting full remission for daughter Chloe Leung (K3B).
        Hi Ms Wong, this is Daniel Ho, Ethan's dad (K1B). Ethan has a mild fever today so he'll stay home. Please call me at +852 6219 7405 if you need anything.
        Waitlist offer: Nurul Aisyah binti Ahmad Faizal (DOB 12/05/2024) offered a K1 PM place; father Ahmad Faizal bin Rosli (MyKad 880412-14-5273) to confirm by 20 Dec via aisyah.faizal.mum@yahoo.com.
        Child care centre registration – Baby Olivia Tan Hui Min, born 03/02/2026; mother Tan Mei Ling, Singapore NRIC S8734219J, working in Admiralty, requests the 8am-7pm extended hours slot.
        SEN note: Joshua Fernandes (K2C) referred for occupational therapy assessment; parents separated, father Mark Fernandes may only collect him on Saturdays.
        School bus A2 change from Monday: Sophia Yip now boards at Discovery Park at 7:40 instead of Nina Tower; emergency contact Mr Kelvin Yip 5617 3092.
    """),
    "mixed": _lines("""
        hi 各位K2B家長，我係 Kayla 媽媽陳詩敏，Kayla 今朝喺校車上面唔見咗個 Snoopy 水壺，如果有人見到請 WhatsApp 我 9453 0628 thx 🙏
        ms lee 唔好意思，蘇綺琪 (K1A) 聽日要去瑪嘉烈覆診睇心臟，請一日假 thx — 綺琪媽媽
        FYI 今朝接 Lucas Yeung (K3A) 嘅人唔係平時個 helper，係佢 aunt Joyce Yeung，有 authorisation form，HKID 頭四位 K350。
        Payment record｜Student: WONG Hei Tung 王希彤 (K2A)｜Lunch fee Jan $580｜Paid by Visa 4761 9683 0333 3982, cardholder WONG KA WAI
        Note to self：週五同 Ayaan Sharma 爸爸 Mr Vikram Sharma 傾 K3 升小一選校，佢哋諗住報 ESF，Ayaan 仲未識寫中文名，要提下家長。
    """),
    "zh-Hans": _lines("""
        跨境学童登记：家长刘晓燕，身份证 440106199202031283，往来港澳通行证 C58217364，手机 138 2647 1953，孩子郑子轩（K1，深圳湾线保姆车）。
        老师好，我是 K2 班陈一诺的妈妈周倩，一诺这周在深圳做了扁桃体手术，下周一才能回校，医生证明稍后补交。
        学费减免资料：申请人吴建平（内地身份证 350203198709304615），在香港从事物流工作，月薪 18,500 港元，配偶无收入，女儿吴雨桐就读 K3。
        幼儿中心报名：孩子谢沐阳（2025年10月出生），父亲谢志远在湾仔上班，妈妈的 QQ 号 2839176450，想了解婴儿组轮候情况。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是「星華幼稚園」校務處的查詢助理，請用廣東話簡潔回覆家長。"),
        ("user", "你好，我想幫個女報 K1，佢叫黃凱琳，2024 年 6 月出世，仲有冇位？"),
        (
            "assistant",
            "多謝查詢！2027/28 學年 K1 報名期為 9 月 1 日至 30 日，2024 年出生的幼兒符合資格。申請表可於網頁下載，或由校務處寄出。",
        ),
        ("user", "我電話係 9172 3648，住沙田第一城 38 座 12 樓 F，可唔可以寄份表俾我？"),
    ],
    [
        (
            "user",
            "我老公失咗業，想幫囝囝劉俊希（K2）申請學費減免，我哋屋企四個人，而家得我一份糧 $16,000，夠唔夠資格？",
        ),
        (
            "assistant",
            "以四人家庭計，月入 $16,000 一般有機會獲得減免，實際幅度由職津處按經調整入息評定。建議盡快遞交申請並附上入息證明。",
        ),
        ("user", "我身份證係 C774120(9)，你可唔可以幫我 check 下申請進度？"),
        ("assistant", "抱歉，我無法查閱職津處個案。請致電職津處查詢熱線，並提供個案編號。"),
    ],
    [
        (
            "user",
            "Hi, I'm the mum of Mia Chow in K1A. She was diagnosed with hand, foot and mouth disease at Tseung Kwan O Hospital yesterday.",
        ),
        (
            "assistant",
            "Sorry to hear that. Please keep her at home until all blisters have dried up and she has no fever, and let the class teacher know.",
        ),
        (
            "user",
            "Thanks. Our helper Lorna Bautista will drop off the doctor's note tomorrow morning. How long will Mia usually need to stay home?",
        ),
    ],
    [
        (
            "user",
            "想寫一封代接授權信：授權我阿媽張玉蓮（身份證 K350962(1)）下星期一至五接我個仔麥子樂放學，佢讀 K3B，我叫麥志豪。",
        ),
        (
            "assistant",
            "範本如下：「敬啟者：本人麥志豪（K3B 麥子樂家長）現授權張玉蓮女士（身份證 K350962(1)）於下星期一至五代為接送麥子樂放學。家長簽署：______ 日期：______」",
        ),
    ],
    [
        (
            "user",
            "帮我写一条请假短信给幼稚园老师：孩子叫许安琪，K2B 班，明天要去深圳儿童医院打疫苗。",
        ),
        (
            "assistant",
            "好的：「老师您好，我是 K2B 许安琪的家长，安琪明天需要到深圳儿童医院接种疫苗，特此请假一天，谢谢！」",
        ),
        ("user", "落款写我的名字许立新，再加上电话 139 2851 6074。"),
    ],
    [
        (
            "user",
            "我係 K2C Hayden 媽咪 Tiffany Kwok，Hayden 好似畀班上面某個同學蝦，我應該點同學校講好？",
        ),
        (
            "assistant",
            "建議先記下 Hayden 提到的日期同情況，然後約班主任面談，請學校了解同跟進，避免喺家長群組公開討論。",
        ),
        ("user", "另外佢最近瞓唔好，成日發惡夢，需唔需要見 school social worker？"),
        ("assistant", "可以的，駐校社工可以同你同 Hayden 傾下，你可以透過班主任預約。"),
    ],
    [
        (
            "user",
            "Can you format this bus list into a table? Lam Tsz Hin K1 Tai Wai 7:35; Cheng Hoi Ching K2 Sha Tin Wai 7:42; Ng Yan Ting K3 City One 7:50",
        ),
        (
            "assistant",
            "Name | Class | Stop | Time / Lam Tsz Hin | K1 | Tai Wai | 7:35 / Cheng Hoi Ching | K2 | Sha Tin Wai | 7:42 / Ng Yan Ting | K3 | City One | 7:50",
        ),
    ],
    [
        (
            "user",
            "幫我整理份會議紀錄重點：今日同 K3A 李嘉俊家長開會，爸爸話屋企經濟有困難，想延遲交 12 月學費，另外嘉俊有過度活躍症，正食緊藥。",
        ),
        (
            "assistant",
            "重點：1. K3A 李嘉俊家庭經濟困難，家長要求延遲繳交 12 月學費；2. 李嘉俊已確診過度活躍症並正接受藥物治療；3. 跟進：轉介駐校社工及提供學費減免資料。",
        ),
    ],
    [
        (
            "user",
            "請幫我核對這張學費減免表格有沒有漏填：申請人：鄭家樂，身份證 P681035(0)，住址：深水埗富昌邨富怡樓 906 室，子女：鄭芷欣（K2）。",
        ),
        ("assistant", "表格尚欠家庭成員資料、每月入息及簽署日期，請補填後再遞交。"),
        ("user", "收入證明用滙豐戶口 523-814705-838 嘅月結單得唔得？"),
    ],
    [
        (
            "user",
            "Draft a short note to the class teacher: my daughter Amara Okafor (K1B) must not be picked up by anyone except me or her grandmother Mrs Grace Lee, phone 5308 2719.",
        ),
        (
            "assistant",
            "Dear Teacher, please note that Amara Okafor (K1B) may only be collected by me or her grandmother, Mrs Grace Lee (5308 2719). Please contact me if anyone else arrives. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我想 set up 個 WhatsApp broadcast 通知 K2 家長委員開會，名單係 Jason Lui 9613 4408、Winnie Tse 6582 0931，點樣 set？",
        ),
        (
            "assistant",
            "喺 WhatsApp 揀「新廣播」，加入 Jason Lui 同 Winnie Tse 兩個聯絡人，對方要儲咗你個號碼先收到訊息。",
        ),
    ],
]
