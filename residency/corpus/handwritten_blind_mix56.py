# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix56: Malaysian and Singaporean students in Taiwan and China (留台生、僑生、签证、宿舍、打工、獎學金). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix56
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "僑生招生簡章"): _lines("""
        116學年度海外聯合招生委員會「個人申請」第一梯次報名期間為115年11月1日至12月15日，逾期恕不受理。
        申請人須檢附海外居留證明文件並填寫「僑居地居留切結書」；馬來西亞申請者可以獨中統考文憑（UEC）成績申請。
        海聯會諮詢專線：(049) 291-0900 分機 15、16（週一至週五 08:00–17:00，臺灣時間）。
        錄取結果查詢：請登入海聯會網站，輸入「報名序號」及「出生日期」，序號格式為11碼數字（例：1160100XXXX）。
        僑生入學後第一學年可申請「僑生學習扶助金」，每學期最高新臺幣10,000元，名額依僑委會核定。
        依《僑生回國就學及輔導辦法》規定，須在海外連續居留六年以上，始得以僑生身分申請來臺升學。
        東海大學國際教育合作處地址：臺中市西屯區臺灣大道四段1727號，行政大樓二樓。
        學士班錄取生報到時須繳交：護照影本、僑居地身分證明、高中畢業證書正本及經駐外館處驗證之中譯本。
        馬來西亞地區統考成績採計科目：華文、英文、數學（高級數學或數學），另擇二科，總平均需達B4以上。
        很多大馬學生是看了《流星花園》才想來台灣讀書，連宿舍都幻想住得跟道明寺家一樣（笑）。
        請勿於申請系統「備註欄」填寫身分證號、銀行帳號等敏感資料；如需補件，請以系統上傳功能辦理。
        第二梯次「聯合分發」志願選填開放時間：116年2月10日上午9時至3月5日下午5時止。
        國立臺灣師範大學僑生先修部（林口校區）提供一年制大學先修課程，結業後依成績分發各大學。
    """),
    ("zh-Hans", "签证与居留"): _lines("""
        外国留学生入境后须在30日内向居住地公安机关出入境管理部门申请办理学习类居留许可。
        申请材料：护照原件、《外国留学人员来华签证申请表》（JW202表）、录取通知书、体检证明、境外人员住宿登记表。
        国家移民管理局12367服务热线提供24小时中、英文咨询服务，可查询签证、居留许可办理进度。
        X1签证持有人入境后须办理居留许可；X2签证适用于180日以内的短期学习，不可在境内转换为X1。
        校外住宿的留学生须在入住后24小时内（农村地区72小时内）到所在地派出所办理境外人员住宿登记。
        北京市公安局出入境管理总队办证大厅位于东城区安定门东大街2号，周六上午仅办理领证业务。
        居留许可收费标准：1年以内（含1年）每证400元人民币；1年以上至3年每证800元。
        留学生经学校同意并在居留许可上加注"勤工助学"字样后，方可在校内外从事勤工助学活动。
        表格模板：姓名/Name：________ 护照号/Passport No.：________ 国籍/Nationality：________ 学号/Student No.：________
        温馨提示：居留许可到期前30日内请提交延期申请，逾期未办理将依照《出境入境管理法》第七十八条处理。
        本学期国际学院共有马来西亚籍学生146人、新加坡籍学生23人，较去年同期增长12%。
        厦门大学马来西亚分校（Xiamen University Malaysia）位于雪兰莪州雪邦，2016年正式开学。
        预约编号：SH-2026-11-0837264，请于预约时段前15分钟到达，逾时需重新预约。
    """),
    ("ms", "Forum pelajar"): _lines("""
        Sesiapa nak sambung degree kat Taiwan, tarikh tutup permohonan 僑生 (Overseas Chinese) biasanya pertengahan Disember, jangan tunggu last minute ya.
        Untuk pelajar Bumiputera ada Taiwan ICDF Scholarship dan MOE Taiwan Scholarship, syarat CGPA minimum 3.0 kalau tak silap.
        Setahu aku PTPTN tak cover universiti luar negara, so kena cari sponsor lain lah atau apply biasiswa universiti sendiri.
        Tunku Abdul Rahman Putra Al-Haj ialah Perdana Menteri pertama Malaysia dan nama beliau diabadikan pada Universiti Tunku Abdul Rahman (UTAR).
        Dasar Pandang ke Timur yang diperkenalkan Tun Dr. Mahathir Mohamad pada 1982 hantar ramai pelajar ke Jepun dan Korea, bukan Taiwan.
        Kos sara hidup kat Taipei lebih kurang NT$15,000–20,000 sebulan termasuk sewa bilik kongsi, Tainan murah sikit.
        Kadar tukaran hari ni RM1 = NT$7.12, jadi sewa NT$6,500 sebulan tu lebih kurang RM913.
        Malaysian Friendship and Trade Centre (MFTC) di Taipei boleh dihubungi untuk urusan dokumen rasmi, bukan untuk masalah asrama ye.
        Tips: jangan share gambar pasport atau ARC dalam group Telegram terbuka, scammer selalu guna untuk buka akaun palsu.
        Bilik asrama lelaki Blok C biasanya 4 orang sebilik, ada aircond tapi kena top-up kad elektrik sendiri.
        Makanan halal senang cari dekat Masjid Besar Taipei (台北清真寺) di Xinsheng South Road, Jumaat ramai gila.
        Persatuan Pelajar Malaysia akan adakan majlis berbuka puasa hujung bulan ni, tempat di Dewan Serbaguna NTUST, percuma untuk ahli.
        Novel "Salina" karya A. Samad Said pun ada kat perpustakaan NCCU, terkejut aku.
    """),
    ("en", "Dorm notices"): _lines("""
        NOTICE: Hot water in Dorm 7 (Boys) will be suspended on 12/9 from 09:00 to 15:00 for boiler maintenance.
        Quiet hours are 23:00–07:00. Repeated violations result in deduction of dorm points and may affect next semester's bed allocation.
        Room inspection checklist: no rice cookers, no hot plates, no extension cords without overload protection.
        Winter break stay-over: submit the form via the Student Housing portal by Dec 20; fee NT$1,800 for 4 weeks.
        Lost & found: one black Xiaomi power bank and a Sunway University lanyard were handed in at the 2F counter.
        Bed assignment template: {student_id} – Building {bldg} Room {room_no} Bed {bed}; please do not edit the header row.
        Emergency: campus security 24h ext. 66119; fire and ambulance 119; police 110.
        Move-in for Yat-sen Hall (named after Dr. Sun Yat-sen) starts at 10 a.m.; bring your own pillow and blanket.
        Parcels are held at the mailroom for 7 days; tracking numbers such as SF1402837745962 show "Delivered" once the guard signs.
        Checkout fees: key card replacement NT$200, lost room key NT$500, deep cleaning NT$1,000.
        Reminder: the Student Housing Office never asks for your bank PIN or ATM passcode by phone. Report suspicious calls to the 165 anti-fraud hotline.
        Wi-Fi: SSID DormNet-5G, log in with your school SSO account; AP firmware updated to v4.2.17 on 2026-11-30.
        Malaysian Students' Association Mooncake Night, Lounge B1, Fri 7pm — bring your own tumbler, no styrofoam pls.
    """),
    ("zh-Hant", "打工與工讀"): _lines("""
        僑生及外籍生在學期間每週工作時數最長20小時，寒暑假期間不受此限，但須事先取得勞動部核發之工作許可。
        工作許可申請審查費新臺幣100元，許可期間最長6個月，到期須重新申請。
        115年起每小時基本工資調整為新臺幣196元，每月基本工資為29,500元。
        徵人｜公館商圈手搖飲，時薪200起，排班彈性，須具工作許可，會簡單英文佳，意者私訊粉專。
        雇主未替僑生投保勞保或提繳勞退，可撥打勞動部1955諮詢申訴專線，提供多語服務。
        沒有工作許可就打工，學生可能被處新臺幣3萬至15萬元罰鍰，雇主也會受罰，千萬別冒險。
        校內工讀職缺：圖書館流通櫃台，每週8小時，時薪依校內標準，工作內容為書籍上架與借還書服務。
        提醒：薪資單請自行保存，但在社群分享截圖前，請先遮蔽姓名、帳號與居留證號碼。
        全家便利商店（FamilyMart）與7-ELEVEN夜班職缺多，但請注意夜間工作時數與交通安全。
        勞動力發展署「外國專業人才工作許可申辦網」：https://ezwp.wda.gov.tw，僑外生工作許可亦由此線上申請。
        寒假打工旺季：尾牙、年貨大街短期工讀，日薪約NT$1,600–2,000，記得確認有沒有加保。
        本店誠徵週末外場，需會講廣東話或馬來話者優先（觀光客多），面試地點：西門町漢中街本店。
    """),
    ("en", "Scholarships"): _lines("""
        The Tan Kah Kee Scholarship is named after the philanthropist Tan Kah Kee (1874–1961), who founded Xiamen University in 1921.
        Taiwan Scholarship applicants from Malaysia submit documents to the Taipei Economic and Cultural Office, Menara Yayasan Tun Razak, Jalan Bukit Bintang, Kuala Lumpur.
        Eligibility: minimum CGPA 3.00/4.00, IELTS 6.0 or TOCFL Band A2, and not currently holding another Taiwan government scholarship.
        Award: monthly stipend NT$15,000 for undergraduates and NT$20,000 for postgraduates, plus tuition waiver up to NT$40,000 per semester.
        Chinese Government Scholarship Type B applications for 2027 intake close on 31 March; agency number for Xiamen University: 10384.
        Stipends are paid on the 5th working day of each month. If yours is late, email the office with your application ID (format TS2027-MY-0XXX), never a passport scan.
        Selection statistics: 412 applications received, 58 shortlisted, 21 awarded (success rate 5.1%).
        Essay prompt: "Describe a challenge you faced as a first-generation university student and how you overcame it (max 800 words)."
        The Lim Lian Geok Spirit Award, named after the Chinese-education pioneer Lim Lian Geok (林连玉, 1901–1985), is presented by the Lim Lian Geok Foundation.
        MARA loan-to-scholarship conversion is based on final CGPA; see circular MARA/PPS/2026/07 for the conversion table.
        Late applications will not be considered. Incomplete forms (missing transcript or recommendation letter) are rejected automatically.
        Tip from last year's panel: name your PDF files like Transcript_Surname.pdf, Passport_Surname.pdf — the template uses the literal word "Surname".
    """),
    ("zh-Hans", "校友会与社团"): _lines("""
        马来西亚留台校友会联合总会（留台联总）将于明年3月在吉隆坡举办"赴台升学展"，欢迎各独中师生参观。
        统考文凭（UEC）目前获全球逾千所大专院校承认，包括台湾、中国大陆及新加坡部分大学。
        本会秘书处电话：03-7987 1234，办公时间：星期一至五 9am–5pm，星期六 9am–1pm，公共假期休息。
        陈嘉庚先生1921年创办厦门大学，"诚毅"二字至今仍是集美学村的校训。
        留华同学会新春团拜：2027年2月21日（星期日）晚上7点，地点：吉隆坡暨雪兰莪中华大会堂礼堂。
        本届理事会名单将于会员大会后公布于官网，个人联络方式恕不公开。
        截至今年，留台联总属下共有35个地区校友会，会员逾一万五千人。
        报名表格式：姓名（中/英）＿＿＿＿ 毕业学校＿＿＿＿ 毕业年份＿＿＿＿ 联络电话＿＿＿＿
        台大马来西亚同学会 2026/27 年度迎新营：营费 NT$1,200，含两天一夜住宿与三餐。
        黎紫书的长篇小说《流俗地》以怡保为背景，写尽锡都组屋里的市井人生，读书会本月共读。
        纪念T恤订单编号 LT2026-1208-0417，合计 RM 45.00，请于12月15日前转账至本会公司户口。
        1980年，南洋大学与新加坡大学合并为新加坡国立大学，南大校友至今仍每年举办校庆晚宴。
    """),
    ("en", "Systems and logs"): _lines("""
        SELECT student_id, nationality, dorm_bldg FROM enrolment WHERE nationality IN ('MY','SG') AND term = '1151';
        2026-12-05T08:14:22+08:00 INFO visa_sync: batch 7f3c9a2e finished, 184 records updated, 0 failed
        ERROR 422 ArcValidationError: field `arc_no` must match ^[A-Z][89]\\d{8}$
        def mask_mykad(ic: str) -> str: return ic[:6] + "-**-****"
        commit 9e41b07d2c5f8a1e63b0d4c7f2a9e8b1c3d5f6a7 fix: dorm allocation off-by-one for Block D
        Invoice INV-TW-2026-008812 | Dorm fee 1151 semester | NT$14,500 | status: PAID
        {"template": "Dear {{student_name}}, your residence permit expires on {{expiry_date}}. Please renew at least 30 days in advance."}
        curl -X POST https://api.example.edu.tw/v2/scholarship/apply -H "Authorization: Bearer $TOKEN" -d @payload.json
        运单 SF1307469825514 已签收，2026-11-28 16:42，签收点：厦门大学翔安校区菜鸟驿站
        WARN dorm-sync: checksum mismatch sha256=3b1f09c4e7a2d5f8 for beds_2026_fall.csv, retrying (2/5)
        MYKAD_RE = r"^\\d{6}-\\d{2}-\\d{4}$"  # YYMMDD-PB-###G
        App 3.8.1 (build 20261201) 修复：留学生在线报到页面在 Safari 下无法上传 JW202 扫描件。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        室友黃詩涵（馬來西亞僑生，居留證號F926047185）這學期一直沒繳宿舍費，宿舍組要我轉告她打 0978-521-306 聯絡。
        僑生輔導紀錄｜資工二 林偉傑（檳城），本學期因重度憂鬱症住院兩週，已轉介諮商中心，請導師留意出缺席。
        房東林秋月，身分證 E291863407，租約地址：臺北市文山區指南路二段45巷8弄3號4樓，押金兩個月。
        急徵代班！我是陳俊豪，在公館那間手搖飲打工，明天晚班4點到10點，有人可以幫我嗎？LINE: junhao_0903
        獎學金核定名單（僅限本人查閱）：B11205037 張凱婷 馬來西亞 核定金額NT$10,000
        工作許可被駁回了…因為我上學期有兩科被當，我是吳家明，居留證 A873152043，想問可以申覆嗎？
        薪轉帳戶：郵局（700）局號0001234 帳號5678901，戶名：李佩珊
        謝宇航同學（新加坡籍，護照K2083461M）於12/3晚間在宿舍浴室跌倒致右手骨折，已送臺大醫院急診。
        我阿嬤要從怡保寄年貨來，收件人寫：蔡欣怡，新北市新莊區中正路510號 宜真學苑B棟，0935-260-418
        我媽的手機是 +60 16-482 9071，她叫梁美玲，如果我在台灣出什麼事請直接打給她。
        事件通報：僑生 Muhammad Haziq bin Roslan 疑似遭打工雇主扣薪三個月（約NT$45,000），已陪同至勞工局申訴。
        黃子軒（居留證B804472919）因逾期居留12天被移民署處罰鍰NT$2,000，本人已於11/20繳清。
        資工系大二陳*恩（男八舍312房，系上唯一的砂拉越僑生）上週確診肺結核，目前在隔離中，請室友配合篩檢。
    """),
    "zh-Hans": _lines("""
        新室友张欣然的身份证 350203200209175423，宿管说要登记在住宿登记表上，你先帮我拍一下。
        我叫 Tan Wei Ming（陈伟明），马来西亚护照 A51298347，X1签证2027年1月18日到期，想问延期要准备什么？
        辅导员您好，我是22级国际学院的黄凯琳，现在在校外租房，地址是厦门市思明区曾厝垵社275号之3，房东电话13859204716。
        实习工资条：Ng Jia Hui　2026年11月　实发 ¥3,860.00　农业银行 6228480012765943019
        我男朋友 Daniel Lim 上个月在广州被查出乙肝，他不想让学校知道，我该怎么劝他去复诊？
        快递收件人：刘思彤 18620753391 广州市番禺区小谷围街中山大学东校区至善园11号楼608
        留学生保险理赔：被保险人 Siti Nur Aisyah binti Kamal，护照 H60122938，就诊医院 北京大学第三医院，诊断：急性阑尾炎。
        请转告宿管：马来西亚籍学生 Lee Chong Kiat（学号2023102785）已于12月1日搬离芙蓉七号楼，押金退到他微信 leeck_penang。
        房东王秀兰（身份证110108197506142625）要求我们每月10号前把房租¥2,800转到她的支付宝 wangxl1975@163.com。
        紧急联系人：父亲 Goh Kah Seng，+60 12-708 3365，住址 No. 18, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru。
        郑嘉仪同学（学号2024113309），你这学期缺勤超过三分之一，奖学金可能被取消；另外你的焦虑症复诊了吗？
        新加坡交换生 Rachel Koh（NRIC T0229561F）在上海的实习单位要她提供NRIC和银行卡，她发过去了没问题吧？
        合租的深圳室友周子豪（身份证440305200204162711）搬走时把押金¥1,500的收据也带走了，谁认识他帮忙联系一下。
        同宿舍的马来西亚同学 Aiman Hakimi 昨晚酒驾被派出所扣了，车牌 闽D·7K3L9，他爸妈还不知道。
    """),
    "ms": _lines("""
        Nama saya Nurul Izzati binti Hashim, no. IC 021108-07-6342, pelajar tahun 2 di National Cheng Kung University, nak tanya status biasiswa MARA saya.
        Bro tolong transfer duit sewa ke akaun Maybank 1142 0876 5532 atas nama Ahmad Faris bin Zulkifli ye, thanks.
        Saya, Muhammad Hakim bin Rosli (No. Pelajar 411035027), memohon cuti 10 hari kerana adik saya Amirul menjalani pembedahan jantung di IJN pada 15 Disember.
        Sesiapa jumpa dompet coklat depan 7-Eleven asrama, dalam tu ada ARC atas nama Farah Nadhirah binti Yusof (C922175363), tolong WhatsApp 0965-203-871.
        Alamat rumah mak ayah: No. 27, Lorong Seri Emas 5, Taman Seri Emas, 14000 Bukit Mertajam, Pulau Pinang. Penerima: Rohani binti Ismail, 017-390 2264.
        Gaji part-time aku bulan ni NT$11,400 je sebab boss potong 2 hari cuti sakit. Aku Syafiq Danial, kerja kat kedai bubble tea Shida, dah report kat 1955.
        Kawan sebilik saya Nur Syahirah (jurusan Perakaunan, NTUB) disahkan positif denggi semalam dan sekarang masih di wad Hospital Mackay.
        Pasport baru saya A60419823, tamat tempoh 2031, nama Wan Muhammad Irfan bin Wan Azlan — tolong update dalam sistem asrama.
        Asyraf Zaki here, nombor Taiwan saya dah tukar ke 0978-116-204, WhatsApp Malaysia masih +60 11-2385 4702.
        Mahkamah Daerah Taichung: Lim Siew Ling, 22, pelajar Malaysia, didenda NT$60,000 kerana bekerja tanpa permit di sebuah kilang di Dali.
        Borang JPA — Nama: Kavitha a/p Ramasamy; No. MyKad: 991230-08-5586; Program: Sarjana Muda Kejuruteraan, Tsinghua University.
    """),
    "en": _lines("""
        Hi, I'm Jonathan Teo, NRIC S9873104J, arriving Taipei on 3 Jan — can the dorm office hold room B-0412 for me until then?
        Emergency contact for Chloe Ng (T0318274B): mother Mdm Lim Bee Hoon, 9173 4826, Blk 418 Tampines Street 41, #08-233, Singapore 520418.
        Payslip Nov 2026 — Employee: Arvind Raj a/l Subramaniam, ARC D813406274, Gross NT$12,480, Labour insurance NT$299.
        Our fellow Malaysian Chong Wai Kit (NTHU EE, Year 3) was diagnosed with stage 2 Hodgkin lymphoma; donations to his medical fund: CTBC 822-1013-5568-2047.
        My Visa 4556 7201 4839 2072 got swallowed by the ATM at NTU Main Library, name on card KELVIN OOI, how to get it back?
        Sarah Yeo Hui Min (Student ID 2024280117, Peking University) — your CSC stipend is suspended after failing HSK 4 twice; please see the office.
        Landlord is Lin Zhi-wei, ID H120558032, and he refuses to return our NT$24,000 deposit, claiming we damaged the AC.
        Roommate Ho Ka Yan (HKID Y582103(5)) hasn't been back to the dorm since Friday and her phone 6482 1957 goes straight to voicemail.
        Add me on WeChat: ethan_lsy98 — Ethan Lau from KL, doing my master's at Fudan, looking for a roommate near Wujiaochang.
        Muhammad Danish bin Azman, DOB 19/07/2003, MyKad 030719-01-4473, was detained by Xiamen Exit-Entry for overstaying 12 days.
        To whom it may concern: Ms Priya Nair (passport A55730196) worked as a part-time English tutor at our centre from March to October 2026 at NT$450/hour.
        Refund of dorm deposit goes back to the card used: Mastercard 5227 1890 6403 3514, cardholder TEO SHU EN, room 6A-1102.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是某大学国际学生服务中心的在线助手，用简体中文回答，不要索取不必要的个人信息。",
        ),
        ("user", "老师好，我的居留许可下个月到期，续签要带什么？"),
        (
            "assistant",
            "您好，一般需要护照原件、在读证明、住宿登记表和近期证件照，具体请以出入境大厅通知为准。",
        ),
        (
            "user",
            "好的，我是马来西亚的 Yap Sze Hui 叶思慧，护照号 A53817206，学号 2022310456，能帮我先预约吗？",
        ),
        ("assistant", "预约需要您本人在国家移民管理局App上操作，我们这边无法代约。"),
    ],
    [
        ("user", "hi is this dorm office? my roommate got high fever since last night"),
        (
            "assistant",
            "Sorry to hear that. Is she conscious and able to talk? If it's an emergency please call 119.",
        ),
        (
            "user",
            "ya she can talk but very weak. her name is Shermaine Tay, room 5B-0718, from Singapore",
        ),
        (
            "user",
            "her phone 8625 0391 but she not picking up, she told me before she's asthmatic also",
        ),
        ("assistant", "We'll send the duty warden up now and notify the campus clinic."),
    ],
    [
        ("user", "Salam, saya nak mohon permit kerja part-time, boleh buat sendiri online ke?"),
        (
            "assistant",
            "Boleh, melalui sistem permit kerja dalam talian dengan pengesahan universiti. Yuran NT$100.",
        ),
        ("user", "Ok. Tapi permohonan saya tahun lepas kena tolak sebab ARC dah tamat tempoh."),
        ("user", "ARC no K905281636, nama Nur Aina Sofea binti Rahmat"),
        (
            "assistant",
            "Terima kasih. Sila bawa ARC baharu ke pejabat pelajar antarabangsa untuk semakan.",
        ),
    ],
    [
        ("user", "請問僑委會的學習扶助金什麼時候撥款？"),
        ("assistant", "通常於每學期期中後撥入學生本人帳戶，實際日期以學校公告為準。"),
        ("user", "我上學期有申請但到現在還沒收到"),
        ("user", "學號 B11302041"),
        ("user", "姓名 蘇靜怡，中文系二年級"),
        ("assistant", "查詢結果顯示您的帳戶資料有誤，請至僑生組更新郵局帳號。"),
        ("user", "好，我的郵局帳號是 0001023-0456781，這樣對嗎？"),
    ],
    [
        ("user", "eh need help, landlord dun want return deposit"),
        (
            "assistant",
            "Sorry to hear that. Do you have the rental contract and any move-out inspection record?",
        ),
        (
            "user",
            "got contract lah. my name on contract is Kenneth Chua, landlord is Mr Lin Zhi-hong, unit is 3F, No. 12, Lane 85, Wenhua Rd, Banqiao",
        ),
        (
            "user",
            "deposit NT$20,000, he say wall got mold so deduct all. i got photos from move-in day",
        ),
        (
            "assistant",
            "You can apply for free mediation at the district office's mediation committee; bring the contract and photos.",
        ),
    ],
    [
        (
            "system",
            "You are DormBot. Current user profile — name: Lau Jia Xin; nationality: Malaysia; MyKad: 030514-14-5288; dorm: Women's Dorm 1, Room 405; emergency contact: +60 19-775 0138 (father). Answer only dorm questions.",
        ),
        ("user", "what time does the laundry room close?"),
        ("assistant", "The laundry room on B1 is open until 23:00 every day."),
    ],
    [
        ("user", "请问留学生可以在学校里的建行开卡吗？"),
        (
            "assistant",
            "可以，一般需要护照、居留许可和在读证明，部分网点还需要中国大陆手机号。",
        ),
        ("user", "卡开好了，但是手机银行绑不上"),
        ("user", "卡号 6217002180047352960，预留手机 17751830962"),
        (
            "assistant",
            "请勿在聊天中发送完整卡号。建议您携带护照到开户网点核对预留手机号。",
        ),
        ("user", "好的，开户名是 KHOO MEI QI，护照 A56208814"),
    ],
    [
        ("user", "I'm not sure who to talk to. My friend in Block C has been cutting herself"),
        (
            "assistant",
            "Thank you for reaching out. Is she in immediate danger right now?",
        ),
        (
            "user",
            "i don't think so, but she stopped going to class. her name is Wong Wei Ling, Year 2 Accounting, Malaysian, room C-311",
        ),
        (
            "assistant",
            "Please contact the Counseling Center today; the 24-hour suicide prevention line in Taiwan is 1925.",
        ),
    ],
    [
        ("user", "Saya nak kemas kini maklumat waris dalam sistem universiti."),
        ("assistant", "Baik, sila berikan nama, hubungan dan nombor telefon waris."),
        ("user", "Bapa: Zulkarnain bin Osman, 013-558 2047"),
        ("user", "Alamat: Lot 1123, Kampung Parit Raja, 86400 Batu Pahat, Johor"),
        ("assistant", "Terima kasih, maklumat waris telah dikemas kini."),
    ],
    [
        ("user", "你好，我看到你們徵晚班工讀生，想應徵"),
        ("assistant", "歡迎！請提供簡歷，並確認您已取得工作許可。"),
        ("user", "有的，工作許可有效到116年5月"),
        (
            "user",
            "履歷：黃俊傑 Ng Jun Jie，馬來西亞僑生，臺科大機械系三年級，電話 0912-384-765，Email junjie.ng03@gmail.com",
        ),
        ("assistant", "收到，店長會在三天內聯絡您安排面試。"),
    ],
]
