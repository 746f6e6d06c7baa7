# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix82: telco shops and mobile plans in SG/MY/HK/TW (SIM registration, porting, bills, roaming, instalments, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix82
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notice"): _lines("""
        NOTICE: From 1 Jan 2027, all prepaid SIM cards must be registered in person with an original NRIC, FIN card or passport. Photocopies and phone photos will not be accepted. | Shop Management
        Number porting requests submitted after 5pm on a working day are processed on the next working day. Your old line stays active until the port completes.
        Roaming Day Pass S$15/day covers 3GB in 40+ destinations incl. Malaysia, Hong Kong and Taiwan. It renews daily while you are abroad unless you turn it off in the app.
        Device instalment: iPhone 17 Pro 256GB, 0% interest, 24 months at S$68.29/mth with a 5G Max plan. An early termination fee applies if the contract ends before month 24.
        Kindly take a queue number at the kiosk. Numbers starting with B are for bill payment, C for new lines and porting, D for device repair and warranty.
        Lost or stolen phone? Singtel customers call 1688, StarHub 1633 and M1 1627 to suspend the line immediately; the hotlines run 24 hours.
        Shop hours at Level 2, Tampines Mall: Mon to Sun 11am to 9pm. Closed on the first day of Chinese New Year.
        Please note: the SIM replacement fee is S$10.70 (incl. GST). eSIM re-download is free once per quarter.
        Prices shown are before 9% GST. Plan code 5GMX-120 is available for new sign-ups and recontracts only, while stocks of bundled devices last.
        Customers below 18 years old must be accompanied by a parent or legal guardian to sign up for a postpaid line.
        Trade-in values are indicative and subject to on-site assessment. Devices with Find My / Google account lock still switched on cannot be accepted.
        Bills unpaid 30 days after the due date will have outgoing calls barred; service is restored within 4 hours of full payment.
        Maxis Centre Mid Valley: walk-in porting counter closes at 8.30pm. Please bring your MyKad and the SIM card of your existing line.
        Hong Kong store notice: real-name registration of SIM cards is mandatory; SIM cards not registered by 23 Feb 2023 were deregistered on 24 Feb 2023.
    """),
    ("en", "faq"): _lines("""
        How long does it take to port my number from StarHub to M1, and will I lose mobile data in between?
        Can I register a prepaid SIM in Malaysia with a foreign passport, or do I need a MyKad?
        Is it cheaper to buy a roaming add-on or get a local SIM when travelling to Taipei for a week?
        What happens to my remaining device instalments if I terminate my contract early?
        Does eSIM transfer work between an Android phone and an iPhone, or do I need a new QR code from the shop?
        Why is my bill showing a 'Premium SMS' charge of $4.28 when I never subscribed to anything?
        Q: Can I keep my number if I move from postpaid to prepaid? A: Yes. Within the same operator it is a plan change, not a port; a SIM swap may be needed.
        What's the difference between a FIN and an NRIC for registering a line, and which documents does the shop need from a work-pass holder?
        How do I dispute a roaming charge that was billed after I had already come back to Singapore?
        Do Hong Kong carriers require an HKID for prepaid SIMs bought by tourists, or is a passport enough?
        Tip: switch off data roaming and use Wi-Fi calling overseas; calls over Wi-Fi to local numbers are charged as local usage on most plans.
        How many prepaid SIMs can one person register under the same ID in Singapore? I heard the limit is three.
        If the telco does not resolve your complaint in Malaysia, you can escalate it to the Consumer Forum of Malaysia (CFM) or to the MCMC complaint portal.
    """),
    ("en", "news"): _lines("""
        Martin Cooper of Motorola made the first public call from a handheld cellular phone on a New York street in April 1973.
        Steve Jobs unveiled the first iPhone at Macworld in January 2007; in the US it launched exclusively with AT&T that June.
        Singapore introduced full mobile number portability in 2008, allowing subscribers to keep their numbers when they switch operators.
        Hong Kong's four mobile network operators rolled out commercial 5G services in the spring of 2020.
        Taiwan's first 5G spectrum auction closed in early 2020 after raising a record of about NT$138 billion.
        Malaysia's Celcom and Digi completed their merger in late 2022, creating CelcomDigi, the country's largest mobile operator by subscribers.
    """),
    ("zh-Hant", "hk_forum"): _lines("""
        想問下攜號轉台由 3HK 轉去 CSL 要幾耐？會唔會斷線成日？
        ching 們，而家上台 5G plan 送機定自己買機抵啲？睇咗 SmarTone 個 $298 plan 又好似唔係好抵
        實名登記咗嘅儲值卡，如果張卡過咗期冇增值，係咪要重新登記？
        去台灣旅行用漫遊日費定喺機場買當地卡好？7 日左右，主要用 Google Map 同 IG
        個 bill 成日多咗 $18「增值服務」費，打去問 CS 話係我自己訂咗，但我冇訂過，點投訴好？
        可以去通訊事務管理局辦公室投訴，或者搵消委會，不過建議先 keep 住同電訊商嘅對話紀錄同個案編號。
        上台 24 個月仲有半年先約滿，而家轉台會唔會俾好多罰款？
        eSIM 轉機原來要喺門市或者 app 重新下載 QR code，唔可以好似實體卡咁拔出嚟插入新機。
        分享：一卡兩號可以收大陸短信驗證碼，經常返深圳嘅話幾方便，月費加 $18 咋。
        攜號轉台申請喺平日下晝 3 點前遞交，通常第二個工作天完成，中間可能有幾粒鐘收唔到短訊。
        遊客買儲值卡都要實名登記，用護照就得，唔使身份證。
        各大電訊商都有 24 小時熱線，遺失電話記得即刻打去停用張卡，唔好等到第二日。
        旺角信和啲水貨機有冇保養㗎？定係去原廠門市買好啲？
    """),
    ("zh-Hant", "tw_notice"): _lines("""
        【公告】自 2027 年 1 月 1 日起，預付卡申辦須出示雙證件正本，外籍人士請攜帶護照及居留證。
        攜碼移轉申請送件後，約需 1 至 3 個工作天完成，移轉當日原門號將短暫無法使用。
        資費代碼 5G-1399 專案：月租 1,399 元，網路吃到飽，合約期 30 個月，提前解約需按比例繳交專案補貼款。
        請問中華電信跟台灣大哥大的日本漫遊哪個比較划算？下個月去東京五天。
        手機分期 0 利率 24 期，每期 1,250 元，限以申辦人本人信用卡分期。
        帳單逾期未繳，將於繳費期限後第 7 日起限制撥出，全額繳清後約 2 小時恢復。
        門號申辦時未滿 18 歲者，須由法定代理人陪同並出示身分證明文件。
        電信消費爭議可向 NCC 國家通訊傳播委員會申訴，請先保留與業者往來紀錄及受理編號。
        遠傳門市營業時間：週一至週日 11:00–21:30，國定假日照常營業。
        請問 eSIM 換新手機要重新申請嗎？會另外收費嗎？
        預付卡儲值後有效期限 180 天，逾期未再儲值之門號將被收回。
        您的客訴單號 TW-2026-114392 已受理，將於三個工作天內由專人回覆。
    """),
    ("zh-Hans", "customer_query"): _lines("""
        请问在新加坡用工作准证办 postpaid 需要什么文件？听说要 FIN 卡正本和公司信。
        马来西亚 Hotlink 预付卡怎样转成 postpaid？号码可以保留吗？
        新加坡几家电信公司的 SIM only 配套现在大概多少钱一个月？
        携号转网期间银行 OTP 会不会收不到？要等多久？
        去香港出差五天，开漫游日包还是在机场买当地卡比较划算？
        账单上有一笔 IDD 018 的费用，是什么意思？我没有打过国际电话。
        手机分期还没付完，想提前解约，剩下的期数要一次付清吗？
        温馨提示：本店暂停办理携号转网业务，系统维护至 12 月 8 日 18:00。
        投诉电信公司服务态度差，在新加坡可以找 IMDA 吗？
        吉隆坡哪家 CelcomDigi 门市可以当天换 eSIM？
        为什么我的 5G 手机在马来西亚漫游时只显示 4G？
        外籍人士在马来西亚登记预付卡，每本护照最多可以登记几张？
    """),
    ("ms", "notis_sms"): _lines("""
        RM0. Maxis: Permohonan MNP anda telah diterima. Proses pemindahan nombor akan selesai dalam masa 2 hari bekerja.
        Peringatan: Bil anda bagi bulan November belum dijelaskan. Sila bayar sebelum 15/12/2026 untuk mengelakkan talian digantung. Abaikan jika telah dibayar.
        Pelan Pascabayar 5G RM99/bulan: data tanpa had, panggilan tanpa had, kontrak 24 bulan bersama peranti.
        Pengguna prabayar wajib mendaftar dengan MyKad atau pasport yang sah. Kad SIM yang tidak berdaftar akan ditamatkan.
        Pas Perayauan Asia RM38 untuk 7 hari, 5GB, sah di Singapura, Thailand, Indonesia dan Hong Kong.
        Macam mana nak semak berapa nombor prabayar yang didaftarkan atas nama saya? Ada portal MCMC ke?
        Kedai tutup awal pada 24 Disember, jam 5 petang. Kaunter bayaran bil dibuka seperti biasa.
        Aduan anda dengan nombor rujukan CS-2611-48273 sedang disiasat. Kami akan menghubungi anda dalam 3 hari bekerja.
        Tips: Sebelum tukar telco, pastikan tiada baki ansuran peranti atau kontrak yang masih berjalan, kalau tidak permohonan port-out boleh ditolak.
        Promosi ansuran telefon: Samsung Galaxy S26 dengan 0% faedah, 36 bulan, RM115 sebulan melalui kad kredit bank terpilih.
        Jika telefon hilang, hubungi 123 dari talian Maxis lain atau 1800-82-1123 untuk menyekat SIM anda.
        Nak tanya, roaming kat Singapura untuk unifi Mobile kena aktifkan dulu ke atau automatik?
        Notis penyelenggaraan: Sistem pendaftaran SIM tidak dapat diakses pada 7 Dis 2026, 1:00 pagi hingga 4:00 pagi.
    """),
    ("mixed", "group_chat"): _lines("""
        eh the M1 shop at Bugis sia queue damn long, waited 45 min just to swap SIM lol
        wah roaming bill this month $86, siao liao, forgot to off data roaming in JB
        guys which telco got the best plan for Msia + SG? 我经常两边跑
        本来想 port 去 Singtel, 但 contract 还有 4 个月, kena pay early termination fee leh
        Maxis 那个 postpaid 98 plan ok 吗？ Coverage kat kampung aku teruk gila
        我哋公司 team 全部用 corporate plan，每個月 $128 有 50GB，幾抵
        Confirm ah, HK 儲值卡一定要實名登記？ I'm landing next Tue
        Sis, beli phone ansuran dengan Digi tu 0% betul ke or ada hidden charges?
        台灣 SIM 卡機場就有得買 la, 中華電信 counter 好快 settle
        Anyone know why my bill got 'Content Services' $9.90? I never subscribe anything one
        Kalau nak port number dari Celcom ke U Mobile berapa lama? Need OTP for bank tomorrow
        今日 StarHub 個 app down 咗成朝, can't even check bill 😤
        Reminder for tomorrow's team trip to Taipei: buy the roaming pass before boarding, 台灣 3 日 pass 才 $12
    """),
    ("en", "ops_log"): _lines("""
        2026-11-30T14:22:07+08:00 INFO mnp.port_in status=COMPLETED ref=MNP-SG-26113000417 donor=STH recipient=M1 duration_s=5421
        [WARN] billing.run cycle=2026-11 accounts_processed=184233 failed=17 retry_queue=bill-retry-02
        Template SMS_PORT_OK: Hi {first_name}, your number {msisdn} has been moved to {operator}. Please restart your phone to start using the new SIM.
        roaming_zones: {zone1: [MY, ID, TH], zone2: [HK, TW, MO, CN], zone3: [JP, KR, AU]}
        Order #SO-77120843 | Item: SIM-ONLY-5G-30GB | Qty 1 | Amount S$0.00 | Status: Awaiting KYC
        Case 00482913 closed: customer advised to reset APN to default; issue resolved after restart.
        Invoice INV-2026-11-0093817 | Due 21 Dec 2026 | Total S$48.15 | Payment mode: GIRO
        SELECT COUNT(*) FROM sim_registration WHERE id_type IN ('NRIC','FIN','PASSPORT') AND created_at >= '2026-11-01';
        Device SKU APL-IP17P-256-DSRT | Instalment plan INST24-0 | RRP S$1,888.00 | Subsidy S$600.00
        Tracking no. SGP8812733904 | Courier: Ninja Van | Parcel: SIM card pack (1 pc) | Est. delivery 09 Dec
        KYC rule v3.2: reject if id_expiry < today; flag if > 3 active prepaid lines per id_hash; id_hash = sha256(id_no + salt)
        Firmware 26.1.3 (build 4A2219) fixes VoLTE call drops on Band 28 when roaming in Malaysia.
        Port-out rejected: reason_code=R07 (outstanding contract). Ticket TKT-2026-558201 assigned to queue MNP-L2.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SIM REGISTRATION FORM | Name: TAN JUN HAO, MARCUS | NRIC: S8721242D | DOB: 14/03/1987 | Mobile: 9734 2186 | Address: Blk 512 Bedok North Ave 2 #08-417 S460512 | Plan: 5G Max 120
        Port-in request for Nur Aisyah binti Zulkifli, current no. 8265 0913 (donor: StarHub), ID S9526434D, preferred cutover 12 Dec after 10pm.
        Complaint ticket 61204: Mr Rajesh Kumar s/o Subramaniam says he was charged S$312.40 for roaming in Batam although his Roaming Day Pass was active; wants a full waiver, very upset, threatened to go to CASE.
        Customer Chloe Ng (hp 9088 4172) collected her replacement SIM at the ION Orchard shop, old SIM deactivated 3:42pm.
        Collections note: account holder LEONG KAH WAI, FIN G6664641L, owes S$1,046.80 incl. instalments for a Galaxy S25; 3 missed payments, line barred 02/11, says he lost his job at a logistics firm in Tuas.
        hi, I'm Priya d/o Ramasamy, my phone was stolen yesterday at Mustafa, pls suspend 8841 3307 and courier the replacement SIM to Blk 88 Dawson Road #12-23, S142088
        Auto-debit form: Cardholder Daniel Lim Wei Jie, Visa 4532 5419 2939 4452, exp 08/29, for monthly mobile bill.
        Roaming waiver approved for Mdm Goh Siew Lan (78); she did not know how to switch off data roaming on her trip to Hong Kong. Her son called on her behalf from 9612 5580.
        Instalment agreement | Customer: SHAUN MICHAEL PEREIRA | NRIC S7080601J | Device: iPhone 17 Pro Max 512GB | 24 x S$91.62 | Signed at Jurong Point 29/11/2026
        Call notes: Mr Arjun Menon (+65 8139 6624) keeps calling about bill shock; his daughter used 38GB of roaming data in Taiwan on a school trip and he cannot afford the S$760.
        Email to complaints: My name is Farah Hanim binti Azman, account holder for 011-2384 6650. Your shop at Sunway Pyramid sold me a phone on a 36-month instalment without explaining the RM1,200 early termination fee.
        Delivery: SIM pack for WONG MEI QI to 18 Jalan SS 2/24, 47300 Petaling Jaya, Selangor; contact 016-521 7738; leave with guard if not home.
    """),
    "zh-Hans": _lines("""
        实名登记：周一帆，内地居民身份证 310115198711022935，办理一卡两号，香港号码 6234 8810。
        客户陈丽娟（手机 138 2654 7193）投诉在深圳换机后香港储值卡收不到短信，要求退回 HK$88 充值费。
        林志伟，NRIC S7704824C，携号转网由 Singtel 转到 SIMBA，号码 8426 5190，预约 12 月 10 日生效。
        欠费催收：吴佳怡，马来西亚身份证 910715-14-5634，Maxis 账户欠款 RM 684.20，分期手机尚余 14 期。
        王梓涵的妈妈：我儿子在华侨中学读中三，他的手机号 9081 6627 是挂在我名下的，今天在学校被偷了，麻烦帮忙停机。
        退款申请｜姓名：郑海燕｜银行卡号：5204 7320 3586 7697｜退款原因：重复扣费 RM59｜日期：2026-11-18
        员工备注：顾客李俊杰上周来店里闹事，说漫游账单多扣了两百多块，还骂哭了店员，已在系统里加了黑名单备注。
        深圳来港客户刘思敏，身份证 440305199006177888，购买储值卡，登记地址：深圳市南山区海天二路 18 号 3 栋 1202
        账单寄送地址更改：张伟明 → Blk 231 Ang Mo Kio Ave 3 #05-1126, Singapore 560231，联系电话 9455 2038
    """),
    "zh-Hant": _lines("""
        客戶資料｜姓名：陳嘉欣 CHAN KA YAN｜香港身份證：Y892027(1)｜手提：9168 2753｜上台計劃：5G $298/月 24個月｜送機：iPhone 17
        黃sir 老婆李淑芬打嚟投訴，話將軍澳屋企條寬頻成日斷，佢要 cancel 埋兩條手機 plan，回電 6128 4409
        攜號轉台申請表：申請人 梁志偉，身份證 E853987(5)，現有號碼 5147 3926（由 SmarTone 轉至 3HK），生效日期 2026年12月15日
        Memo：何美玲話佢個仔何俊朗喺大學宿舍用咗佢張信用卡 4543 1292 6829 1179 買咗成 $4,000 嘅 in-app purchase，要求退款。
        逾期賬單追收：客戶 麥志強，賬戶欠款 HK$2,316.50，地址：九龍深水埗長沙灣道 233 號 4 樓 B 室，已三次未能聯絡。
        門號申辦資料｜姓名：林怡君｜身分證字號：F201186632｜行動電話：0931-562-804｜地址：新北市板橋區文化路一段 188 巷 22 號 5 樓｜資費：5G 999 型
        客訴紀錄：張家豪先生反映 10 月帳單多收日本漫遊費 NT$3,480，他說當時人在高雄沒出國，要求調閱基地台紀錄。電話 0978-215-336
        攜碼移轉：蔡佩珊 H276928204，原門號 0921-604-773 從遠傳轉至中華電信，預計 12/9 移轉。
        分期付款申請書 申請人：黃柏翰 身分證 A145498692 信用卡 5523 4336 8173 6963 分期 24 期 每期 NT$1,833
        店長交接：下午大吵的客人是許志明，說我們擅自幫他升級資費，已答應主管明天回電 0955-318-027。
    """),
    "ms": _lines("""
        Borang Pendaftaran Prabayar | Nama: MUHAMMAD HAFIZ BIN ROSLI | No. MyKad: 900312-01-6033 | No. Telefon: 012-448 3917 | Alamat: No. 14, Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor
        Aduan: Puan Nurul Ain binti Kamarudin (951108-14-5226) mendakwa bil Oktober RM487 termasuk caj perayauan Thailand walaupun dia tidak ke luar negara.
        Encik Saravanan a/l Muniandy minta tangguh bayaran ansuran iPhone sebab baru diberhentikan kerja, baki 11 bulan lagi. Boleh dihubungi di 019-762 0583.
        Kak Siti Khadijah dari Kota Bharu, IC 990430-03-5048, nak port nombor 013-880 4162 dari Celcom ke Maxis tapi tertangguh sebab ada kontrak lama.
        Permohonan tukar milik talian daripada arwah bapa, Haji Ismail bin Daud, kepada anak, Khairul Anwar bin Ismail, MyKad 880921-10-5573, talian 012-905 3381.
        Kavitha a/p Raman, 930122-05-5870, kad kredit 4761 7355 5382 0764, setuju debit automatik bil pascabayar setiap 5 haribulan.
        Penghantaran SIM: Jessica anak Jimbun, Lot 1127, Kampung Tabuan Jaya, 93350 Kuching, Sarawak. Tel 017-309 2214.
        Nota kaunter: Pelanggan Lim Chee Keong (MyKad 760903-10-5317) tinggalkan telefon Oppo untuk dibaiki, katanya skrin pecah sebab anak dia jatuhkan.
        Rekod panggilan: Wong Kah Meng dari Sandakan mengadu liputan 5G lemah di rumahnya di Taman Mawar, Batu 4; minta tukar ke pelan lebih murah sebab pendapatan berkurang.
    """),
    "mixed": _lines("""
        Eh bro, Ahmad Faizal bin Hashim tu still belum bayar installment phone dia, dah 3 bulan, 我帮他 guarantee 的 leh, sekarang Maxis call aku pulak
        Boss, customer Tan Wei Ling IC 870225-07-5582 nak upgrade plan, tapi system 说她有 outstanding RM230, boleh proceed ke?
        @Kelvin Chua 你個 roaming bill 幾多？mine $420 lol / Kelvin Chua: 大佬 $1,280 啊, HR 話唔 claim 得 😭
        Staff WhatsApp: 今日 Tampines 店有个 auntie 叫 Lee Ah Moi, 带了 NRIC S6028095I 来 register 3 张 prepaid 给她的 foreign worker, 我 reject 了
        Hi 我係 Karen Yip, HKID K716505(6), 想問我張 contract 幾時約滿？我個 number 係 9832 0417
        Reminder: 阿伟 Ng Wai Keong 下星期 port out 去 Celcom, his no 011-5720 3348, remember 叫他先 settle device balance RM540
        台北門市群組：那位 陳冠宇 先生說他 LINE ID 是 jason_cgy0812，請我們加他傳帳單截圖，他說上個月被多扣 NT$699
        Customer Farid Iskandar bin Osman, FIN F5540314R, Malaysian working in Woodlands, nak sign up postpaid tapi work pass expiring Feb, 所以 boss 说只能 12-month contract
        Telegram @mei_ling_tsw 話佢部 phone 喺沙田 repair 咗三個月都未拎返, 佢係 SmarTone customer, real name 曾美玲, tel 6418 2275
        Ops sheet | 2026-12-03 | Siew Hui Min (S9377461B) | port-in from Singtel | 9623 8841 | status: 卡住 pending donor release | remark: customer 很急, 明天出国
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a Singapore mobile operator. Verify identity before any account change.",
        ),
        ("user", "hi my sim card spoilt, phone keep say no SIM. can replace?"),
        (
            "assistant",
            "Sorry to hear that! I can arrange a replacement SIM. May I have your full name and NRIC as registered on the line?",
        ),
        ("user", "Ong Boon Kiat, S7220522G. the number is 9247 6618"),
        (
            "assistant",
            "Thank you, Mr Ong. A replacement SIM can be collected at any of our shops; please bring your NRIC. The fee is S$10.70.",
        ),
    ],
    [
        ("user", "你好，我想攜號轉台，由 CSL 轉過嚟你哋度，要準備啲咩？"),
        (
            "assistant",
            "你好！請準備香港身份證正本、現有號碼同埋確認張卡係用你名登記。方便提供資料，我幫你預先填表？",
        ),
        ("user", "我叫鄭偉強，身份證 D226676(9)，號碼 9576 1043"),
        (
            "assistant",
            "多謝鄭先生，已為你預填申請，轉台預計喺兩個工作天內完成，期間請保持手機開機。",
        ),
    ],
    [
        ("user", "請問我上個月的帳單為什麼多了韓國漫遊費 NT$2,150？我根本沒有出國"),
        ("assistant", "很抱歉造成困擾，為了查詢帳單明細，請提供門號申請人姓名及身分證字號。"),
        ("user", "王淑惠 E234771177，門號 0919-442-650"),
        (
            "assistant",
            "王小姐您好，系統顯示 11 月 3 日有一筆韓國數據漫遊紀錄，我們已開立查詢單，會在三個工作天內回覆您。",
        ),
        ("user", "好，那段時間我一直都在台中上班，請幫我全部退掉。"),
    ],
    [
        ("user", "Assalamualaikum, saya nak tanya baki ansuran telefon Samsung saya. Boleh semak?"),
        (
            "assistant",
            "Waalaikumussalam. Boleh, sila berikan nama penuh dan nombor MyKad pemegang akaun.",
        ),
        ("user", "Siti Nur Hidayah binti Abdullah, 971219-11-5348"),
        (
            "assistant",
            "Terima kasih Puan Siti. Baki ansuran anda ialah RM1,254 untuk 11 bulan lagi. Bayaran seterusnya pada 20 Disember.",
        ),
    ],
    [
        ("user", "我是中国来的，在新加坡读书，想办一张 prepaid 卡，用护照可以吗？"),
        (
            "assistant",
            "可以的，学生准证持有人可以用护照或学生准证办理预付卡。需要我帮您先登记资料吗？",
        ),
        ("user", "好的。我叫邓雨桐，护照号 EH4829175，学生准证 FIN F2085375K，在 NUS 读研一"),
        ("assistant", "谢谢邓同学，资料已预登记。请带护照和学生准证到任何门市领取 SIM 卡即可。"),
    ],
    [
        (
            "user",
            "hello, my son's line is under my name, he is 14, can I check his usage? He says he never used so much data",
        ),
        (
            "assistant",
            "Of course. As the account holder you can view usage for every line. Could you confirm the account holder's name and the line number?",
        ),
        (
            "user",
            "account holder Rachel Teo Hui Xin, his line is 8732 1945, he's Jayden Teo, sec 2 at Bedok View Secondary",
        ),
        (
            "assistant",
            "Thanks Ms Teo. Jayden's line used 21GB this month, most of it on a gaming app between 11pm and 2am.",
        ),
        ("user", "omg. ok please cap his data at 5GB from now on"),
    ],
    [
        ("user", "I want to complain about your staff at the Causeway Point shop."),
        ("assistant", "I'm sorry about your experience. Could you tell me what happened?"),
        (
            "user",
            "The promoter signed me up for 2 lines I didn't ask for. My name is Muthu Krishnan s/o Velu, NRIC S7170008I. Now I'm billed S$76 extra every month",
        ),
        (
            "assistant",
            "Thank you, Mr Muthu. I have logged complaint CMP-2026-30318 and requested a review of both lines and a refund of the extra charges.",
        ),
    ],
    [
        ("system", "Internal helpdesk bot for shop staff. Summarise cases for the back office."),
        (
            "user",
            "summarise: cust Yap Siew Ping, HKID A345761(6), mobile 6592 4471, bought iPhone on 24-month instalment at our Causeway Bay shop, phone stolen in Mong Kok on 1 Dec, wants to keep paying but needs a loaner",
        ),
        (
            "assistant",
            "Case summary: Yap Siew Ping (HKID A345761(6), 6592 4471), 24-month instalment from the Causeway Bay shop; device reported stolen in Mong Kok on 1 Dec; requests a loaner phone and will continue instalments.",
        ),
    ],
    [
        ("user", "我想將我阿媽個 plan 轉去我名下，佢入咗老人院，用唔到電話喇"),
        ("assistant", "明白，轉名需要雙方身份證明文件同埋授權書。請問原本登記人同新登記人嘅姓名？"),
        (
            "user",
            "我阿媽叫 羅金好，住緊屯門嗰間安老院；我叫 羅家明，身份證 G725261(6)，電話 5283 9106",
        ),
        ("assistant", "多謝羅先生，我哋會寄轉名表格俾你，簽好之後連同授權書交返門市就得。"),
    ],
    [
        ("user", "can help me pay my bill using my card? the app keep fail"),
        (
            "assistant",
            "I can take the payment here. Please provide the name on the card and the card number; it will be processed securely.",
        ),
        (
            "user",
            "Nicholas Chong Kar Hoe, 5413 2319 9402 2615, exp 04/28. account under same name, no 012-671 8825",
        ),
        (
            "assistant",
            "Payment of RM138.00 received for the line ending 8825. Thank you, Mr Chong.",
        ),
    ],
    [
        ("user", "Hi, nak hantar telefon baru yang dibeli secara ansuran ke rumah, boleh?"),
        (
            "assistant",
            "Boleh, penghantaran percuma dalam Semenanjung. Sila beri nama penerima, alamat dan nombor telefon.",
        ),
        (
            "user",
            "Nama: Kavin a/l Selvam. Alamat: 22, Lorong Kenari 5, Taman Bukit Mertajam Jaya, 14000 Bukit Mertajam, Pulau Pinang. Tel: 016-738 2290",
        ),
        (
            "assistant",
            "Terima kasih Encik Kavin. Telefon anda akan dihantar dalam 3 hari bekerja dan perlu ditandatangani oleh penerima.",
        ),
    ],
]
