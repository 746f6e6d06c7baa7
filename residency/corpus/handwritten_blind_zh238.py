# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh238: Hong Kong domestic-helper employment agencies and nanny services (contracts, visas, salaries, complaints, terminations, helper and employer groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh238
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "僱傭中心告示"): _lines("""
        【通告】本中心由2025年1月2日起遷往旺角彌敦道580號恒利商業大廈12樓1203室，查詢電話2388 6120照舊，WhatsApp 5130 8866只處理預約。
        農曆新年假期（1月29日至31日）本中心暫停辦公，續約及簽證申請請於1月24日前遞交文件。
        根據《職業介紹所實務守則》，本中心向求職外傭收取之佣金不得超過其第一個月工資的10%，如有違規請向勞工處職業介紹所事務科舉報。
        僱主請注意：ID 407標準僱傭合約必須由僱主及外傭雙方親筆簽署，影印本或電子簽名恕不受理。
        八號風球或黑色暴雨警告生效期間，本中心所有面試及簽約安排順延，客戶毋須另行致電。
        新到印尼姐姐資料冊已上載至本中心網站，編號IN-2503-001至IN-2503-048，有興趣僱主可預約視像面試。
        本公司提供「一年內免費更換一次」服務，條款細則請參閱合約附件B第4.2條。
        溫馨提示：僱主須為外傭購買僱員補償保險，本中心合作保險計劃年費由HK$950起，詳情可向櫃檯查詢。
        防騙通告：本中心從不透過私人Facebook帳戶收取訂金，所有付款只接受轉賬至公司戶口或門市刷卡。
        由2024年9月30日起簽訂之合約，最低可接納工資為每月HK$4,990，膳食津貼不少於HK$1,236。
        本中心已獲勞工處發出職業介紹所牌照（牌照號碼：58721），牌照副本展示於門市接待處。
        外傭假期培訓班：逢星期日上午10時至12時，教授港式家常菜及照顧長者技巧，地點為本中心培訓室，名額20人。
        如對本中心服務有任何意見，歡迎電郵至feedback@happyhomeagency.com.hk，我們會於5個工作天內回覆。
    """),
    ("en", "contract_visa_faq"): _lines("""
        Q: Can my helper work part-time for a friend on her rest day? A: No. Under the Standard Employment Contract she may only perform domestic duties for the employer at the address stated in the contract.
        Q: How long does a visa extension for a contract renewal take? A: Once documents are complete, the Immigration Department usually takes about four to six weeks to process a renewal.
        Q: What happens if I terminate the contract early? A: Either party may end it with one month's notice or one month's wages in lieu, and the helper must normally leave Hong Kong within two weeks unless a new visa is approved.
        Q: Is the employer responsible for the return flight? A: Yes, the employer must provide free return passage to the helper's place of origin when the contract ends or is terminated.
        Q: Does my helper get statutory holidays? A: Yes, she is entitled to every statutory holiday under the Employment Ordinance, and the number of days is being increased in stages.
        Q: Can I deduct breakages from her salary? A: Deductions for damage or loss are capped at HK$300 per incident, and the total in one wage period may not exceed a quarter of her wages.
        Q: What documents do I need for a first-time hire? A: Forms ID 407, ID 988A and ID 988B, a copy of your HKID, proof of address, and proof of household income of at least HK$15,000 a month.
        Q: Where should a helper go if she is not being paid? A: She can call the Labour Department enquiry hotline 2717 1771 or visit any Labour Relations Division branch for free conciliation.
        Q: Is a rest day really 24 hours? A: Yes, a rest day is a continuous period of not less than 24 hours, and the employer cannot require her to work on it.
        Q: Can a helper change employers before the contract ends? A: Immigration normally does not approve it except in special circumstances such as the employer's death, emigration, financial hardship or proven abuse.
        Q: Do I need to pay MPF for my helper? A: No, foreign domestic helpers are exempt from the Mandatory Provident Fund scheme.
        Q: What is the food allowance if I don't provide free food? A: Not less than HK$1,236 per month for contracts signed on or after 30 September 2024.
        Q: Can my helper live out? A: No, the Standard Employment Contract requires the helper to live in the employer's residence.
    """),
    ("mixed", "僱主群組帖子"): _lines("""
        想問下各位僱主，long service payment點計？係咪做滿5年先要俾？Thanks in advance 🙏
        分享：我哋用過「安心家傭」呢間agency兩次，手續快，不過佣金貴咗少少，大家自己衡量。
        新手僱主求教：姐姐day off返嚟好夜，係咪可以set curfew？定係佢休息日嘅時間完全屬於佢自己？
        PSA: 入境處網上服務今晚11點至聽朝7點系統維修，要交文件嘅朋友留意返。
        有冇人試過direct hire唔經agency？聽講DIY都幾順利，不過表格要自己填好多份。
        Admin提提：本group禁止張貼任何外傭個人資料、相片或護照，違者即刻remove，唔該合作。
        尋求推介：北角一帶有冇教菲傭煮中菜嘅課程？最好星期日上堂，學費$1,500以內。
        大家有冇覺得今年印尼姐姐嘅agency fee加咗好多？見到有間報$16,800，以前一萬頭左右。
        Reminder：打風落大雨請唔好叫姐姐出去買餸，勞工處指引寫明惡劣天氣要確保僱員安全。
        請問有冇人用過WeCare保險plan？claim住院定門診方唔方便？
        分享一個good practice：我寫咗張中英對照嘅daily schedule貼喺雪櫃，姐姐話清楚好多。
        Lost & found：今日喺中環遮打道見到一個紫色銀包，已交俾附近警崗，失主請自行聯絡警方。
        有冇僱主知道外傭體檢邊度做平啲？聽講九龍城有間化驗所$380有齊基本項目。
    """),
    ("zh-Hant", "收費單據"): _lines("""
        發票編號 INV-2025-004318｜開單日期 2025-03-14｜服務：菲律賓外傭新聘（全套）｜金額 HK$12,800｜已付訂金 HK$3,000｜尚欠 HK$9,800
        收款公司：恒信僱傭服務有限公司｜商業登記號碼 71234567-000-03-25-4｜請將款項存入恒生銀行 024-388-123456-001（公司戶口）
        項目明細：簽證申請代辦 $1,200；合約認證費 $380；保險（一年）$1,050；體檢 $450；小計 $3,080。
        收據 No. R88127｜付款方式：轉數快 FPS ID 1234567（恒信僱傭服務）｜備註：請保留收據作退款憑證。
        報價單 QT-250402-17：印尼外傭轉約服務 HK$8,500，有效期至2025年4月30日，價錢已包括行政費。
        退款通知：根據合約條款，試用期內外傭未能到港，本公司將於14個工作天內退回已付款項之80%。
        月結單（2025年5月）｜公司帳戶 CORP-0192｜到期日 2025-06-10｜逾期每月收取1.5%行政費
        貨品：外傭制服（灰色，M碼）x2 @ $88；圍裙 x1 @ $35；合計 $211；SKU UNI-G-M / APR-01
        信用卡交易 VISA ****4417｜授權碼 083215｜商戶編號 400812345678｜金額 HK$1,200.00
        家務助理培訓課程（長者照顧證書）學費 $2,200，課程編號 ERB-HC-2507，名額先到先得。
        單據條款：除合約另有註明外，所有已繳付之服務費一概不設退還，亦不可轉讓他人。
        電子發票已寄至 accounts@hengshun-agency.hk，如需紙本請於門市（荃灣沙咀道68號8樓）索取。
        總計 HK$15,380（含外傭機票 $2,650、菲律賓移工部文件費 $1,830），結欠 $0，多謝惠顧。
    """),
    ("en", "agency_crm_logs_config"): _lines("""
        2025-04-11T09:32:07+08:00 INFO visa_tracker: batch sync completed, 42 cases updated, 3 pending ImmD response, duration=4.2s
        ERROR sms_gateway: failed to send template RENEWAL_REMINDER to {{employer_phone}} (provider timeout 30000ms), retry 2/5
        config.yaml -> maw_monthly_hkd: 4990, food_allowance_hkd: 1236, contract_term_months: 24, notice_days: 30
        SELECT case_id, status FROM contracts WHERE status = 'PENDING_VISA' AND submitted_at < NOW() - INTERVAL '45 days';
        def mask_hkid(v): return v[:1] + '*' * (len(v) - 4) + v[-3:]  # renders like A******(3)
        WARN document_upload: file passport_scan_<CASE_ID>.pdf exceeds 10 MB limit, rejected (client build 3.8.1)
        Release 2.14.0: added Indonesian-language contract preview, fixed date picker for rest-day calendar, bumped pdfkit to 0.13.
        {"case":"FDH-2025-00731","stage":"medical_check","clinic_code":"KLN-07","eta_days":5,"status":"waiting_report"}
        GET /api/v2/candidates?nationality=PH&experience_min=3&skills=elderly_care,cooking 200 OK 118ms
        cron: 0 8 * * 1 python manage.py send_contract_expiry_alerts --days-ahead 60 --dry-run=false
        test fixture: employer_name="Test Employer", phone="+852 0000 0000", email="employer@example.com", hkid="X000000(0)"
        sha256(contract_pdf)=9f2b6c1ea47d03b85e1c6f0d2a7e3b94c58d10f6a2e7b3c9d4f5a6b7c8d9e0f1 verified against e-sign audit trail
        Matched 17 candidates for job order JO-25-0418 (live-in, 2 children, Cantonese preferred); ranking model v0.9.3
    """),
    ("zh-Hant", "職員內部對話"): _lines("""
        今日有三份續約文件未齊，僱主收入證明要再追，下晝我逐個打電話提佢哋。
        入境處話而家補交文件可以用網上平台，唔使再寄信，大家記住同客講。
        有個新客問點解印傭要等三個月，我解釋咗要培訓同埋驗身，佢話明白。
        聽日九點開會講下季度推廣，負責marketing嗰位準備埋上個月成交數字，大約四十單。
        打印機又卡紙，IT話星期五先嚟整，急用嘅話去二樓影。
        提提大家：客人身份證影印本用完要放返入碎紙機嗰格，唔好擺喺枱面。
        今朝有個姐姐嚟問rest day可唔可以換日，我叫佢同僱主傾，我哋唔好直接答應。
        菲律賓領事館下星期一放假，嗰日唔好約人去做合約認證。
        上個月投訴個案有5宗，主要係試用期退換問題，老闆想我哋改下條款寫清楚啲。
        周末門市得兩個人當值，如果太多walk-in就派籌，叫人下晝再嚟。
        勞工處巡查話我哋張收費表要貼喺當眼位置，我已經重新過膠貼返門口。
        系統share drive滿咗，舊年嘅掃描檔我搬咗去archive folder，有需要自己搵。
        新嚟嘅同事下星期開始跟單，大家教下佢點填ID 988B同埋查簽證進度。
    """),
    ("zh-Hans", "内地家政资讯"): _lines("""
        香港请菲佣全攻略：雇主家庭月收入需不少于1.5万港币，合约期两年，每周至少休息一天。
        不少内地家庭问在香港能否请内地阿姨做住家保姆，答案是内地居民目前不能以外籍家庭佣工身份来港工作。
        金牌月嫂服务套餐：26天住家照护，含新生儿护理及产妇餐，价格18,800港元起，详情咨询客服热线。
        小红书热帖整理：第一次请印尼姐姐要注意饮食禁忌，很多人不吃猪肉，提前沟通很重要。
        据统计，2024年底在港外籍家庭佣工约有36万人，其中菲律宾籍占一半以上。
        家政服务合同范本第七条：甲方不得扣留乙方护照及身份证件，违反者承担相应法律责任。
        育儿嫂与保洁阿姨的区别：前者侧重婴幼儿照护，后者主要负责清洁，薪资相差约三成。
        深圳前海某家政公司推出“跨境保姆”咨询服务，提供香港法规讲解但不代办签证。
        友情提示：网上自称可“包签证”的中介多为骗局，正规机构必须持有劳工处发出的牌照。
        《家政服务员国家职业技能标准》将家政服务员分为五个等级，各级对培训学时有不同要求。
        订单号 JZ20250517008823 已完成支付，阿姨将于5月20日上午9点上门，请保持电话畅通。
        热门问答：外佣在香港生病谁付医药费？答：雇主须承担合约期内的免费医疗，包括住院及牙科急诊。
        参考话术：“您好，我们是持牌家政机构，雇主资料仅用于签证申请，不会向第三方披露。”
    """),
    ("zh-Hant", "歷史及政策"): _lines("""
        香港自1970年代開始輸入外籍家庭傭工，最初以菲律賓人為主，至1990年代印尼籍人數顯著上升。
        「兩星期規則」於1987年實施，規定外傭合約終止後須於十四日內離境，除非獲批轉換僱主。
        2013年終審法院就Vallejos案裁定，外傭在港居住不屬「通常居住」，不能據此取得永久居留權。
        2014年印尼外傭Erwiana遭虐案引起國際關注，她其後成為移工權益倡議者，政府亦加強規管職業介紹所。
        勞工處於2017年發出《職業介紹所實務守則》，其後修例將超收佣金的最高罰款提高至35萬元。
        根據《個人資料（私隱）條例》，職業介紹所收集外傭資料時須告知收集目的，並不得保留超過所需時間。
        勞工及福利局局長孫玉菡曾表示，政府會定期檢討外傭最低可接納工資，並公布調整結果。
        菲律賓政府規定，經持牌中介聘請的菲傭須取得海外就業證明（OEC），出境時於機場出示。
        外傭每逢星期日聚集於中環皇后像廣場及維多利亞公園，成為香港獨特的城市景觀。
        根據《僱傭條例》，連續受僱滿五年的僱員在被解僱時可獲發長期服務金，外傭同樣適用。
        2017年起，標準僱傭合約加入條款，禁止僱主要求外傭在沒有安全保障下清潔窗戶外側。
        Most wage disputes involving helpers are settled through conciliation at the Labour Relations Division before reaching the Minor Employment Claims Adjudication Board.
        研究指出，香港不少有幼童的雙職家庭依賴外傭照顧子女，外傭對本地婦女勞動參與率有顯著貢獻。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        僱主陳美玲（電話9426 3817）投訴外傭Rosalinda試用期第三日已要求轉工，要求本中心即時安排替補。
        外傭Siti Aminah Rahayu的香港身份證號碼WX183642(9)，簽證將於2025年8月21日到期，請提早通知僱主黃先生續約。
        新僱主資料：何志強先生，香港身份證K382917(0)，住址沙田第一城38座22樓G室，家庭成員四人。
        李太話佢屋企姐姐Maricel Dacanay上個月驗出乳癌二期，想問可唔可以提早終止合約，聽完真係好心酸。
        跟進個案：Dewi Kartika Sari於4月3日向勞工處投訴僱主梁家豪拖欠兩個月工資共HK$9,980，調解會面定於5月9日。
        外傭Jennifer Dela Cruz Ramos的菲律賓護照號碼P4829173B，出生日期1989年11月4日，原籍Nueva Ecija。
        僱主鄧詠欣小姐話佢懷孕五個月，想請一個識照顧初生嬰兒嘅姐姐，預產期係今年十月，聯絡WhatsApp 6351 0482。
        外傭Lorna Bautista在觀塘秀茂坪邨寶明樓2216室僱主家中跌倒，右手腕骨折，已送聯合醫院。
        轉數記錄：僱主周偉倫經匯豐銀行戶口 004-512-398472-838 支付外傭Analyn Reyes四月薪金HK$4,990。
        本中心黑名單：外傭Yuliani Susanti（印尼護照C2874901）曾三次無故離職，暫停轉介。
        家長群組：麥太個姐姐Grace同管理處報咗話被太古城金星閣18樓H室嗰個姓鄺嘅伯伯騷擾，大家小心。
        申請表｜僱主姓名：黃家樂｜身份證：Y204856(4)｜出生日期：1982-06-15｜月入：HK$62,000｜地址：將軍澳日出康城領都3座41樓B室
        外傭Marites Aquino手提 +852 5938 2614，Facebook: marites.aquino.hk，星期日多數喺中環。
        林國華先生話佢媽媽認知障礙症越嚟越嚴重，要搵個識廣東話、照顧過腦退化長者嘅印傭，屋企喺大埔廣福邨廣仁樓。
        終止合約通知：僱主許文傑於2025年2月28日以一個月代通知金終止外傭Rowena Santos之合約，原因為僱主移民加拿大。
        勞資審裁處案件：外傭Nur Hidayah控告僱主蕭敏儀剋扣假期工資，要求賠償HK$23,400。
        姐姐Evelyn Tolentino話佢喺菲律賓嘅老公欠咗高利貸50萬披索，問我哋可唔可以預支薪水，佢電話5217 9043。
        僱主余錦華先生嘅電郵 kamwah.yu1976@gmail.com，請將合約副本PDF寄俾佢簽。
        外傭Elvie Mendoza涉嫌偷竊僱主首飾被警方拘捕，現正保釋候查，僱主係住紅磡黃埔花園第8期嘅區太。
        姐姐Sri Wahyuni係回教徒，佢僱主羅先生唔俾佢齋戒月期間早啲休息，佢WhatsApp 9721 3358。
        FDH-2025-00912,Maria Theresa Gonzales,PH,P7351028C,僱主:鄭淑儀,9108 6627,西環卑路乍街68號7樓A室
        陳俊傑先生個仔喺聖保羅男女中學附屬小學讀四年級，佢請嘅姐姐Josie每日三點半喺校門口接佢放學。
        外傭Novi Andriani去年因子宮肌瘤喺瑪麗醫院做手術，僱主馮太而家要求我哋提供佢嘅醫療紀錄副本。
        僱主覃志明先生揸住車牌VN 8237嘅私家車送外傭Cherry Mae Lim嚟辦轉約手續，佢話Cherry下個月合約完。
    """),
    "en": _lines("""
        Employer Mr. Raymond Tsang (HKID R517023(A)) has requested a replacement helper after his previous helper, Gina Villanueva, left on 12 March.
        Helper profile: Rachelle Tan Manalo, 34, Filipino, two children in Batangas, formerly with the Leung family in Discovery Bay, contact +63 917 482 5530.
        Complaint received from helper Sumiati Wulandari: she says her employer, Mrs. Patricia Ho of Happy Valley, keeps her passport locked in a drawer.
        Please refund HK$3,200 to the employer's account at Bank of China (Hong Kong), 012-875-1-093846-2, account name Wong Siu Fong.
        Ms. Kathleen Mok told us she was diagnosed with severe postnatal depression and needs a live-in nanny urgently; reach her at kathleen.mok.hk@outlook.com.
        Helper Jocelyn Paras has been on sick leave since 2 May with a herniated disc; her employer, Dr. Alan Chiu of Tai Hang, disputes the sick pay claim.
        Visa status: Ramona Lacson, HKID M629304(8), employer Cheung Ka Wai, visa approved 2025-04-16, arriving on flight CX906 on 28 April.
        Our new employer, Mr. Daniel Fung, lives at Flat 15C, Tower 2, The Belcher's, 89 Pok Fu Lam Road; the helper should be brought there on Saturday at 10am.
        Nanny applicant: Priya Ramasamy, Malaysian, MyKad 880612-14-5528, previously worked six years for a family in Bangsar.
        Termination record: helper Analiza Cortez was summarily dismissed by employer Mrs. Vivian Lai on 3 January for alleged theft; she denies it and has filed a claim.
        Helper Wati Ningsih (WhatsApp +62 812 3974 6021) wants to know if her employer can still deduct the agency loan from her salary.
        Mr. Goh Wei Jie, NRIC S8734215H, mobile 9126 4408, is relocating from Singapore to Hong Kong in June and wants to bring his helper along.
    """),
    "mixed": _lines("""
        僱主Mrs. Sharon Lau話佢helper Joy成日半夜用電話同男朋友傾計，想問可唔可以收咗佢部phone，佢哋住紅磡海逸豪園。
        請幫手update：helper Rosemarie Ocampo新手機號碼係5643 1097，舊號碼已經cancel咗。
        Case note：employer 劉嘉欣（內地身份證 440304198503174628）係深圳人嚟港工作，佢嘅專才簽證副本要夾埋ID 988B。
        姐姐Imelda Cabrera個女喺Cebu讀nursing，佢每月匯15,000 peso返去，最近話學費唔夠想借錢。
        FYI 僱主Kelvin Chow上星期正式離婚，而家一個人湊兩個仔，佢想要helper識drive。
        Interview schedule：10:30 Mrs. Yip Wing Sze x helper Ernalyn Pascual（Zoom ID 845 2291 7730）；11:15 Mr. & Mrs. Choi Tak Ming x helper Sulastri。
        {"employer":"Yvonne Kwok","hkid":"Z740185(0)","helper":"Cristina Lopez","salary":5200,"address":"Flat 8A, 23 Fessenden Road, Kowloon Tong"}
        Employer係台灣嚟嘅吳佩珊小姐，身份證字號F228035714，想請helper照顧佢喺九龍塘嘅阿嬤。
        Helper Merlyn Aguilar同我講佢employer屋企嘅阿婆成日打佢，手臂有瘀傷，佢唔敢報警，employer住屯門黃金海岸。
    """),
    "zh-Hans": _lines("""
        雇主张国栋，身份证号440106199208241038，手机138 2619 4475，拟为在港独居的父亲聘请菲佣。
        客户推荐的男护工黄伟鸿（身份证350203198806115015）想来港照顾长者，但他不符合外佣计划资格。
        月嫂李桂芬在雇主孙女士家照顾新生儿期间被指摇晃婴儿，孙女士已报警，李桂芬电话159 1872 3306。
        保姆群里说：住在沙田帝都廊的何太太上个月流产了，心情很差，她家的印佣准备提前解约。
        微信号 helen_nanny_hk 的陈海燕阿姨，52岁，湖南人，持受养人签证在港，私下接做钟点保姆。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是「安心家傭僱傭中心」的客服助理，用廣東話回答僱主查詢。"),
        ("user", "你好，想問續約要準備啲咩文件？"),
        (
            "assistant",
            "你好！續約一般要準備新簽嘅ID 407合約、外傭填寫嘅ID 988A、僱主填寫嘅ID 988B、僱主身份證副本同最近嘅入息證明。你想我幫你預約遞交時間嗎？",
        ),
        (
            "user",
            "好呀。我個姐姐叫Lilibeth Garcia，佢身份證G458201(1)，簽證下個月15號到期，我叫吳慧敏，電話9832 6170，聽日下晝得唔得？",
        ),
        (
            "assistant",
            "收到，吳小姐。我已經幫你預留聽日下午3點，會WhatsApp確認俾你，記得帶齊正本文件。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for employers of domestic helpers in Hong Kong."),
        (
            "user",
            "Our helper Nining Rahmawati has been crying every night since her mother passed away in Central Java last month. She barely eats and said she can't sleep. We live in Mei Foo and I don't know what to do.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Grief can hit hard when someone is far from home. You could offer her some paid leave to go home, and encourage her to talk to a counsellor; groups such as Christian Action or the Indonesian Consulate can refer her to support in Bahasa Indonesia.",
        ),
        (
            "user",
            "Thanks. She also mentioned she's been thinking about hurting herself, so I'm worried.",
        ),
        (
            "assistant",
            "That is serious. Please stay with her, remove anything she could use to harm herself, and call 999 or take her to the nearest A&E if she is in immediate danger. The Samaritans 24-hour hotline 2896 0000 also takes calls in English.",
        ),
    ],
    [
        ("system", "你是僱傭法例小助手，用繁體中文回答，可夾雜英文。"),
        ("user", "想問如果僱主想提早終止外傭合約，要俾啲咩錢？"),
        (
            "assistant",
            "一般要俾一個月通知或一個月代通知金、未放嘅年假、按比例嘅雙糧（如合約有寫）、回程機票同旅費津貼；如果做滿五年仲可能涉及長期服務金。",
        ),
        (
            "user",
            "其實係咁，我老公蕭家偉上個月心臟病發入咗屯門醫院，而家冇得返工，屋企冇收入，我真係冇辦法再請姐姐Rhodora。",
        ),
        (
            "assistant",
            "明白，呢個情況屬於經濟困難，你可以按合約俾一個月通知。建議你同姐姐坦白傾，並寫明終止原因，方便佢向入境處申請轉換僱主。",
        ),
    ],
    [
        ("system", "你是香港家政中介的普通话客服。"),
        ("user", "你好，我刚从北京来香港工作，想请一个菲佣照顾孩子，需要什么条件？"),
        (
            "assistant",
            "您好！雇主家庭月收入一般需不少于15,000港元，并需要提供住宿。请问您是以什么签证来港的？",
        ),
        (
            "user",
            "我是高才通，身份证号110108198703152317，香港身份证C671390(2)，手机139 1066 2845，家住九龙站天玺月座32楼。",
        ),
        ("assistant", "好的，已记录您的资料。我们会把菲佣候选人简历发到您的手机，请留意查收。"),
    ],
    [
        (
            "system",
            "You are a volunteer helpline assistant for migrant domestic workers in Hong Kong.",
        ),
        (
            "user",
            "Hello po. I work for Mrs. Ng in Kennedy Town, the flat near the tram terminus. For three months she has not given me any day off and she says I must pay back HK$8,000 for the agency.",
        ),
        (
            "assistant",
            "I'm sorry you are going through this. Your employer must give you one rest day every week and cannot make you repay agency fees beyond the legal limit. You can call the Labour Department hotline 2717 1771, or visit the Mission for Migrant Workers for free advice.",
        ),
        (
            "user",
            "I am scared she will terminate me. My name is Gemma, I came from Ilocos last year and my kids need the money.",
        ),
        (
            "assistant",
            "Your fear is understandable. Keep a written record of the dates you worked without rest, and keep copies of your contract and payslips. If she terminates you, you are still entitled to your wages in lieu of notice and your return ticket.",
        ),
    ],
    [
        (
            "system",
            "You are the internal CRM assistant of Evergreen Domestic Helper Agency. Staff may ask for case records.",
        ),
        ("user", "Pull up the contact details for helper ref HP-20931, please."),
        (
            "assistant",
            "HP-20931 is Marjorie Dizon, mobile 6148 2975, currently placed with employer Mr. Alvin Kwan at Flat 27D, Block 5, Park Central, Tseung Kwan O. Contract ends 2025-11-30.",
        ),
        ("user", "Thanks, any notes on her file?"),
        (
            "assistant",
            "One note from March: she reported a thyroid condition and takes daily medication; employer was informed and agreed to cover check-ups.",
        ),
    ],
    [
        ("system", "你是保姆服務公司嘅客服，用廣東話回答。"),
        ("user", "想問請一個陪月或者湊BB嘅姐姐大概要幾錢？"),
        (
            "assistant",
            "陪月一般按日計，28日套餐大約由HK$20,000起；如果想長期請外傭湊BB，就係每月最低可接納工資加膳食津貼。",
        ),
        (
            "user",
            "我個女陳澄早產咗七個星期，而家仲喺威爾斯親王醫院NICU，醫生話佢有少少肺部問題，出院之後要特別照顧。我哋住火炭駿景園。",
        ),
        (
            "assistant",
            "明白，早產BB需要有經驗嘅陪月員。我哋有受過早產嬰兒護理訓練嘅同事，可以安排佢出院前同你傾一傾照顧安排。",
        ),
    ],
    [
        (
            "system",
            "You help admins of a Hong Kong employers' Facebook group check whether posts follow group rules.",
        ),
        (
            "user",
            "呢個post可唔可以出？「Blacklist warning!! helper Rhea Santos, passport P5529318A, 上星期由我太古城屋企走咗，仲偷咗我條金鏈，大家唔好請佢！」",
        ),
        (
            "assistant",
            "唔建議出。呢個post公開咗一位外傭嘅全名同護照號碼，仲指控佢偷嘢但未經證實，可能違反私隱條例同構成誹謗。如果真係有失竊，應該報警處理。",
        ),
        ("user", "OK，咁我叫個member自己去報警。"),
    ],
    [
        (
            "system",
            "You are an assistant for a nanny placement service serving Malaysian and Hong Kong families.",
        ),
        ("user", "Can a Malaysian citizen work as a live-in nanny in Hong Kong?"),
        (
            "assistant",
            "Yes, Malaysia is not excluded from the foreign domestic helper scheme, so a Malaysian can be hired on the Standard Employment Contract if the employer meets the income requirement.",
        ),
        (
            "user",
            "Great. It's for my sister-in-law, Tan Mei Ling, MyKad 900214-10-6284. She's currently in Klang, and her number is 012-738 4190.",
        ),
        (
            "assistant",
            "Thanks. I'll prepare the ID 988A form with her details and send a checklist to that number. She will also need a passport valid for at least two years.",
        ),
    ],
    [
        ("system", "你是一個社區支援熱線嘅助理。"),
        (
            "user",
            "我樓下單位嘅姐姐叫Ani，成日喺後樓梯喊。我聽到佢話僱主扣起佢護照，仲唔俾佢食飽飯。我哋住油塘大本型，佢屋企係我正下面嗰層。",
        ),
        (
            "assistant",
            "多謝你關心佢。扣留外傭護照同唔提供足夠膳食都可能違法。你可以鼓勵佢聯絡勞工處2717 1771或印尼駐港總領事館，如果有即時危險就打999。",
        ),
        ("user", "我試下靜靜雞俾張卡片佢。"),
        ("assistant", "好主意，記得喺安全情況下先俾，唔好令佢同僱主起衝突。"),
    ],
]
