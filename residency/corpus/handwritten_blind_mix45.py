# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix45: festivals in SG/MY/HK (Lunar New Year reunion dinners, ang pao lists, temple visits, festive bookings, Raya and Deepavali open houses) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix45
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "restaurant festive menus and notices"): _lines("""
        Reunion Dinner Set A (10 pax) S$1,288++ — Prosperity Yu Sheng with salmon, Braised Abalone Pen Cai, Steamed Soon Hock, Eight Treasure Duck, Yam Paste with Gingko.
        CNY Eve seatings: 5.30pm–7.30pm and 8.00pm–10.30pm. Last order for à la carte 9.45pm. Pls note a non-refundable deposit of S$300 is required per table.
        Jade Lotus Cantonese Restaurant, Level 3, Marina Square. Reservations: +65 6338 8118 or WhatsApp 6338 8119 (office hours only).
        Early bird 15% off Yu Sheng takeaway with DBS/POSB cards, valid 1 Jan – 12 Feb 2026, while stocks last. Not valid w/ other promos.
        Eat-in on 初一 and 初二 subject to 10% surcharge; public holiday pricing applies. Prices subject to service charge & prevailing GST (9%).
        Ah Hoe Mee Pok will be closed from 16 Feb (除夕) to 20 Feb (初三). Reopen 21 Feb 7am. Gong Xi Fa Cai to all our customers!
        Our Poon Choi (盆菜) for 6 comes in a 12-inch claypot, pre-order min 3 days, collect at 71 Mosque Street, S059521, between 11am–6pm.
        Halal-certified festive buffet at Lim Kopitiam @ Jalan Tun Razak: RM98 nett adult, RM49 child (4–12 yrs), senior citizen 20% off with MyKad.
        Lo hei reminder for staff: don't pour all the sauce at once, let the guests toss first lah. Plum sauce + oil + crackers last. Shout 捞起 loud loud.
        Menu update v2: Braised Sea Cucumber replaced with Fish Maw due to supplier shortage. Allergen note — Set B contains shellfish, peanuts and sesame.
        Table plan template: T1–T6 family, T7–T9 friends, T10 kids' table near the exit; VIP table max 12 chairs, 1.8m round.
        Corporate lo hei package min 30 pax, includes 1 yu sheng per 10 pax and free flow Chinese tea; enquiries events@jadelotus.com.sg.
        Dinner & dance for Chap Goh Mei at the clubhouse — dress code 红 or gold, lucky draw top prize a 1g gold bar (sponsored by Poh Kong).
    """),
    ("zh-Hant", "香港廟宇及節慶公告"): _lines("""
        嗇色園黃大仙祠農曆年三十晚至年初一凌晨開放上頭炷香，地址：九龍黃大仙竹園村2號，港鐵黃大仙站B2出口。
        車公廟年初三（車公誕）預計人流極多，警方將實施人群管理措施，市民請盡量乘搭港鐵屯馬綫往車公廟站。
        維園年宵市場今年設有180個乾貨攤位及15個濕貨攤位，營業時間至年三十晚上11時59分。
        天后廟求籤解籤服務每位收費港幣$20，解籤師傅駐場時間為上午9時至下午5時，年初一至初三暫停解籤。
        拜太歲須知：今年犯太歲生肖為蛇、豬、虎、猴，可於廟內辦理攝太歲手續，香油隨緣樂助。
        如有查詢，請致電政府熱線1823，或瀏覽民政事務總署網頁。
        本廟為東華三院轄下廟宇，所得香油收益撥作慈善用途，多謝各位善信支持。
        大澳端午龍舟遊涌為非物質文化遺產項目，扒艇行會會員於五月初五清晨出發，請遊客勿阻塞橋面。
        長洲太平清醮搶包山決賽將於午夜舉行，入場券已全數派完，未有券人士請勿前往。
        年初二晚8時維港煙花匯演，尖沙咀海濱長廊將於下午4時起封閉，請市民留意運輸署特別交通安排。
        中秋綵燈會於維多利亞公園舉行，展出以「嫦娥奔月」為主題嘅巨型花燈，大家記得帶定燈籠仔。
        溫馨提示：廟內嚴禁燃點大香，每人限上香三支；遺失物品請向廟務辦事處查詢，電話 2327 8141。
        聖誕節期間海港城燈飾開放時間為下午6時至凌晨12時，周末及公眾假期延長至凌晨1時。
    """),
    ("zh-Hans", "新马过节习俗与红包指南"): _lines("""
        新加坡红包行情参考：已婚亲戚给未婚晚辈一般$8至$20，至亲长辈可包$50以上，数字忌讳4，多选8或双数。
        马来西亚今年的红包新钞兑换可在Bank Negara的MyDuit电子预约系统登记，领取地点以分行公告为准。
        新加坡金融管理局呼吁公众多用电子红包或“八成新”钞票，以减少每年数千万张新钞印制造成的浪费。
        大年初一不扫地、不倒垃圾，以免把财气扫走；初二是回娘家的日子，初七人日要捞鱼生。
        正月十五元宵节在槟城被称为“抛柑节”，未婚女子到海边抛柑求好姻缘，已成当地著名民俗活动。
        拜年时带两个柑，称为“大吉”，主人家回赠两个柑，寓意好事成双。
        吉隆坡仙四师爷庙由甲必丹叶亚来于1864年创建，新春期间信众会前往上香祈福。
        牛车水新春灯饰今年以马年为主题，亮灯仪式于1月17日晚上8时举行，届时将封闭新桥路部分路段。
        马来西亚华人过节常说“恭喜发财，红包拿来”，小朋友拜年时要先说吉祥话才拿红包。
        团圆饭常见菜式：盆菜、腊味饭、佛跳墙、清蒸鱼（寓意年年有余）、发菜蚝豉（发财好市）。
        中秋节前后，新马各大酒店推出低糖冰皮月饼，价格每盒在60至120新元之间。
        传统上红包由已婚者派给未婚者，即使年纪比你大的未婚堂兄弟也可以收红包。
        年三十晚守岁，据说子女守得越晚，父母就越长寿，这是很多家庭至今保留的习俗。
    """),
    ("ms", "pengumuman hari raya dan rumah terbuka"): _lines("""
        Majlis Rumah Terbuka Aidilfitri Perdana Menteri akan diadakan di Seri Perdana, Putrajaya pada 5 April, jam 10 pagi hingga 4 petang. Orang ramai dijemput hadir.
        Rumah Terbuka Deepavali peringkat negeri Selangor diadakan di Dewan Jubli Perak Sultan Haji Ahmad Shah, Shah Alam. Masuk percuma.
        Tol percuma di lebuh raya PLUS pada 29 dan 30 Mac sempena cuti Hari Raya. Pengguna dinasihatkan merancang perjalanan melalui aplikasi PLUSMiles.
        Untuk aduan trafik sepanjang musim perayaan, hubungi talian PLUSLine 1-800-88-0000 (24 jam).
        Pejabat Pos Cawangan Jalan Tun Sambanthan ditutup pada hari pertama dan kedua Aidilfitri.
        Duit raya lazimnya diberi dalam sampul hijau; jumlah RM5 hingga RM10 untuk kanak-kanak dah dikira ok la.
        Juadah rumah terbuka: ketupat, rendang tok, lemang, kuah kacang, serunding dan kuih tart nenas. Jangan lupa bawa Tupperware sendiri.
        Jabatan Pengangkutan Jalan (JPJ) akan menjalankan Ops Selamat bermula 24 Mac hingga 7 April di seluruh negara.
        Balik kampung elok bertolak selepas subuh untuk elak sesak di Plaza Tol Gombak, menurut jurucakap LLM.
        Hospital Tengku Ampuan Rahimah Klang beroperasi seperti biasa untuk unit kecemasan sepanjang cuti perayaan.
        Talian Kasih 15999 dibuka 24 jam sepanjang musim perayaan untuk sesiapa yang memerlukan sokongan emosi.
        Kek Lok Si, Air Itam, 11500 Pulau Pinang akan menyalakan 10,000 tanglung dari malam Tahun Baru Cina hingga Chap Goh Mei.
        Program Ziarah Raya anjuran Persatuan Penduduk Taman Melawati, semua ahli dijemput, sila daftar di pejabat persatuan.
    """),
    ("en", "festive order systems and templates"): _lines("""
        Order #CNY26-004817 confirmed: 1x Abalone Pen Cai (L), 2x Yu Sheng (Salmon). Collection slot 15 Feb, 2–3pm. Amount paid S$468.00.
        Your hamper is on its way! Tracking no. SPNDD0087251436SG. Estimated delivery 10–12 Feb 2026.
        Dear {{customer_name}}, your reunion dinner booking {{booking_ref}} for {{pax}} pax on {{date}} at {{time}} is confirmed. Reply Y to confirm, N to cancel.
        Hi [First Name], Gong Xi Fa Cai from all of us! Use code HUAT88 for 8% off pineapple tarts. T&Cs apply.
        Invoice INV-2026-01-000392 | Bak kwa 1kg x3 @ S$68.00 = S$204.00 | GST 9% S$18.36 | Total S$222.36
        Booking ref JL-260216-T07 — table 7, 10 pax, deposit S$300 received via PayNow UEN 201912345K.
        ERROR 409: slot already taken (restaurant_id=118, date=2026-02-16, seating=2). Please pick another seating.
        POS export 2026-02-17T23:59:59+08:00 — total covers 1,846; avg check S$92.40; yu sheng sold 612.
        Reminder SMS template (max 160 chars): "JADE LOTUS: Your CNY table is tmr {{time}}. Pls arrive 10 min early. Deposit non-refundable. Call 6338 8118 to amend."
        Lazada order 250118QKRM7731 — 2 boxes Kuih Bangkit, shipped via J&T, AWB 630012874455.
        Hamper SKU HMP-PROSP-2026 restocked: 240 units. Barcode 9555012345676.
        Booking widget: pax must be between 2 and 20; phone field validates +65 8/9 digits; email optional.
        E-voucher code CNYVOUCHER-7F3K-Q2ZL valid for dine-in at all outlets until 28 Feb 2026.
    """),
    ("en", "dev notes and data handling guidance"): _lines("""
        HongBao Planner v3.12.0 (build 20260117.4): fixes crash when total amount > 9,999; adds dark mode for 除夕 night.
        Do not log guest names, phone numbers or NRIC in the booking service; store only the hashed booking_ref and pax count.
        Before exporting angpao_list.csv for analytics, drop the columns display_name, relation and paynow_ref.
        PDPA reminder: visitor registration for open houses should collect only what is needed; do not photocopy NRICs.
        def lucky_amount(n: int) -> bool: return "4" not in str(n) and n % 2 == 0
        sha256(yu_sheng_menu_v4.pdf) = 3b7a9c2e5f10d48a6e7c21f0b9d3a44e18c5f6b2a7d90e31c4b8f25a61e7d093
        Feature flag `festive_surcharge_enabled` rolls out to SG outlets first, MY outlets after Chap Goh Mei.
        For test data use fake numbers like 9123 4567 or 012-345 6789 only; never paste real customer records into Jira.
        Migration 0042_add_seating_slot: adds seating_slot SMALLINT NOT NULL DEFAULT 1 to reservations.
        Retention policy: festive booking records are purged 90 days after the event date unless flagged for chargeback.
        Masking rule for receipts: show card as **** **** **** last-4 and never print the expiry date.
        Cron: 0 3 * * * /opt/festive/bin/release_unpaid_tables --older-than 48h
    """),
    ("en", "public figures, history and named places"): _lines("""
        PM Lawrence Wong's Chinese New Year message urged Singaporeans to look out for seniors living alone during the festive season.
        Chief Executive John Lee visited the Wong Tai Sin Temple on the first day of the Lunar New Year to pray for Hong Kong's prosperity.
        Prime Minister Anwar Ibrahim hosted thousands at his Aidilfitri open house, serving over 30,000 plates of food.
        Tan Kah Kee, the philanthropist, founded Xiamen University in 1921; his legacy is celebrated at the Tan Kah Kee MRT station.
        Yap Ah Loy, the third Kapitan Cina of Kuala Lumpur, is credited with rebuilding the town after the Selangor Civil War.
        In Journey to the West, Sun Wukong wreaks havoc in heaven — the Monkey King lion dance troupes still perform the story at Chingay.
        Tan Tock Seng Hospital A&E expects higher attendances on the 2nd day of CNY; non-emergency cases pls go to polyclinics or GPs.
        Queen Elizabeth Hospital and Pamela Youde Nethersole Eastern Hospital will run festive-period clinics on 初二 and 初三.
        Thian Hock Keng Temple, 158 Telok Ayer Street, Singapore 068613, opens 7.30am–5.30pm during the Lunar New Year period.
        In the drama The Little Nyonya, Yue Niang's family celebrates Chinese New Year in a grand Peranakan house in Malacca.
        Admiral Zheng He's fleet is said to have visited Malacca; the Cheng Hoon Teng temple on Jalan Tokong draws crowds at CNY.
        Ng Teng Fong General Hospital and Lee Kong Chian Natural History Museum have adjusted hours over the festive weekend.
        Caishen (the God of Wealth) is welcomed on the 5th day; many shops on Nathan Road set off firecrackers at 9am for him.
        Sri Mariamman Temple at 244 South Bridge Road hosts the Theemithi firewalking festival before Deepavali every year.
    """),
    ("en", "festive chit-chat without identities"): _lines("""
        eh this yr reunion dinner at home or restaurant ah? last yr the restaurant so rush, 2 hr kena chase out.
        Ah Ma says no washing hair on day 1, later wash away the luck. ok la just follow.
        Bak kwa queue at Chinatown already 2 hours at 8am, siao liao. Got online order or not?
        Who's bringing the steamboat? I got the induction cooker, someone buy the soup base pls.
        CNY gambling session later: blackjack only, max $2 bet, no tikam the kids' ang pao money ok.
        dah beli baju raya ke belum? mak nak semua pakai warna sedondon tahun ni, hijau pucuk pisang.
        Deepavali open house tmr, cook got murukku n chicken varuval, come after 3pm, bring containers.
        新年快乐！今年初二回马来西亚，新柔长堤肯定塞车，大家早点出发啊。
        我阿嬷说今年的黄梨挞不要买太甜的，她血糖高。
        年初一去邊度拜年？我哋屋企規矩係先去外婆度，然後先去阿爺度。
        Remember to bring the 2 mandarin oranges, and don't give in 4s ah.
        Mid-Autumn lantern walk at Gardens by the Bay, anyone keen? Kids love the rabbit lanterns.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ang pao list 2026 — Uncle Lim Boon Huat $88, his grandson Lim Jun Kai $20 (just started Sec 1 at Bedok View Sec), pay via PayNow 9734 2186.
        nephew,Ethan Kwok Yu Hin,38,+65 9104 7736,Blk 228 Tampines St 23 #05-112
        Booking confirmed for Mdm Koh Siew Lan, 10 pax, 16 Feb 7pm, contact 8162 4479. Note: her son Benjamin uses a wheelchair, need table near entrance.
        Visitor reg for our CNY open house at The Tembusu #12-07: Goh Wei Ming, NRIC S8734162C, car SLB 8826 D, arriving 2pm.
        Ah Ma (Tan Ah Moi, 87) can't eat the pen cai this year — she started dialysis at NKF Ang Mo Kio 3x a week, pls tell the caterer no high-sodium dishes.
        Year-end bonus memo: Darren Ng Kok Leong (Ops, emp SG-0418) gets 2.5 months = S$13,750, to be paid with Jan payroll before CNY.
        My cousin Marcus Teo Jun Hao got charged last week for drink driving after the reunion dinner in Punggol, hearing at State Courts on 14 Mar.
        Lucky draw winner: Ms Jasmine Liew Pei Shan (NRIC S****094J), pls collect the hamper at the management office with your IC.
        Remember Melissa Chua from our RGS batch? She's spending CNY in IMH after her breakdown in Dec, so don't bring her up at the gathering.
        Pls send the temple donation receipt to wongkahfai.88@gmail.com — donor Wong Kah Fai, S$1,888 towards the Tua Pek Kong restoration.
        Our helper Marites Dela Cruz (FIN G5173820P) takes home leave to Iloilo 15–22 Feb; her work permit expires 30 Jun.
        Yee sang delivery under Mdm Jenny Phua, Blk 312C Punggol Walk #14-228 S823312, tel 9648 2071, leave at door if no one answers.
        Pls charge the pen cai deposit to my Visa 4563 0963 2281 7031 exp 09/28, name on card LEE MEI LING.
        Deepavali open house at our new place! 23 Jalan SS 21/37, Damansara Utama, 47400 PJ. If lost call me 012-318 4427 — Kavitha Subramaniam
        Dad's car for the Chap Goh Mei dinner is SJD 4172 X, grey Camry; he's Mr Ong Chee Keong, pls let him into the basement carpark.
        Add my cousin Jeremy Soh to the CNY group pls, +65 9126 5503, he's back from Perth on the 12th.
        Guest list Raya open house: Encik Hairul Nizam (ex-colleague) + wife Farah, she's 7 months pregnant so reserve a chair near the fan.
        RSVP from the Taiwan side: Lin Yi-Chun, ROC ID A283517643, flight CI753 arriving Changi 14 Feb 12.45pm.
    """),
    "zh-Hans": _lines("""
        红包名单：大姑丈 陈国梁 $100，表妹 陈慧琪 $50（她明年考O水准），PayNow 转 9287 3316。
        团圆饭订位：黄志伟先生，12位，除夕晚上7点，电话 +65 8172 6630，其中一位老人家坐轮椅。
        帮我订2月14号新加坡飞广州的机票，乘客 郑晓雯，身份证 44010619870315042X，回老家过年。
        安太岁登记：信士 吴明辉，属虎，1962年8月11日生，住 槟城 Jalan Burma 127号，香油RM188。
        外婆何月娥年初三在中央医院中风住院，现在在Ward 64 Bed 12，大家初五之后再去探望。
        今年花红：我们部门的李俊杰拿了3个月，他月薪是S$6,800，别到处讲。
        加我表哥微信 hongwei_1993ks ，他叫许宏伟，在深圳南山做IT，春节会回新山。
        帮我爸报新马泰春节团：蔡国平，身份证350203196208110717，手机138 5927 4106。
        堂哥钟家豪去年除夕酒驾撞车，案子下个月在新山推事庭开审，家里都很担心。
        年货请寄到 吉隆坡 Cheras Taman Connaught Jalan Cerdas 12号，收件人 叶美玲 016-228 5190。
        恭喜 李*玲（NRIC S6521094J）抽中新春幸运大奖，请于2月28日前到客服台领取。
        舅舅张德华说他那辆白色Vios（车牌 WXY 3721）初一会停在楼下，初二载外公去芙蓉。
    """),
    "zh-Hant": _lines("""
        年三十團年飯訂枱：陳家偉先生 9137 2864，10位，要靠窗，會帶一位坐輪椅嘅長者。
        利是清單：細姨 黃麗珍 $500；佢個仔 何子朗 $100（讀緊喇沙小學P.3）。
        拜太歲登記表：梁志強，HKID K482913(1)，1978年5月9日出生，地址 九龍黃大仙竹園北邨蓉園樓1412室。
        阿爺周炳坤年初二喺屯門醫院做完通波仔，初七先出院，大家唔好約佢飲茶住。
        新年派對RSVP：Kenneth Lau 劉建文 kenlau.hk1988@yahoo.com.hk，沙田第一城32座18樓F室。
        大伯何國強嘅回鄉證號碼 H60291843，年初三返東莞拜山，記得帶埋。
        表哥關俊朗年初二醉駕，而家喺九龍城裁判法院被控，下個月提訊。
        阿妹陳穎欣喺銀行做，今年年終獎金有$180,000，佢叫我哋唔好同親戚講。
        年初一泊車：車牌 RX 3821 嘅Tesla係12A譚偉文先生架車，麻煩管理處通融一下。
        轉數快收利是錢：李淑芬 6135 2274，身份證 M271845(1)，佢話派唔切就過數。
    """),
    "ms": _lines("""
        Senarai duit raya: Mak Long Zainab binti Hassan RM50, anak dia Aiman (Tahun 4 SK Taman Melawati) RM10.
        Jemput ke rumah terbuka kami, No. 18, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves. Call Faizal 013-627 4481 kalau sesat.
        Pendaftaran korban: Ahmad Fauzi bin Razak, No. KP 850412-14-5237, 3 bahagian lembu, bayaran RM2,250.
        Tok Wan (Haji Osman bin Daud) tak dapat balik kampung Raya ni, dia baru mula dialisis di HKL tiga kali seminggu.
        Duit raya boleh transfer ke Maybank 1140 2218 7763 a/n NURUL AIN BINTI MOHD YUSOF.
        Sepupu saya Hafiz bin Rahim kena tangkap masa balik kampung sebab bawa dadah, kes dia di Mahkamah Sesyen Kota Bharu bulan depan.
        Kereta Myvi merah VHK 2817 milik Encik Roslan Yaacob yang parking depan pagar rumah terbuka tu, tolong alih segera.
        Slip gaji Puan Suraya binti Abdul Karim bulan Mac: gaji bersih RM4,320 selepas KWSP, bonus Raya RM500.
        Pasport A38291047 atas nama ROHANI BINTI ISMAIL tamat tempoh Feb 2026, kena renew sebelum balik Medan raya haji nanti.
        Nama: Siti Aishah binti Abu Bakar, No. KP 910728-10-6482, alamat No 7 Lorong Haji Taib 2, 50350 Kuala Lumpur — untuk cabutan bertuah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the reservation assistant for Jade Lotus Cantonese Restaurant, Marina Square.",
        ),
        ("user", "hi can book reunion dinner 除夕, 8 pax, 2nd seating?"),
        (
            "assistant",
            "Sure! 2nd seating on 16 Feb (8.00pm) is available. May I have the name and mobile number for the booking?",
        ),
        ("user", "Under Mrs Serene Yeo"),
        ("user", "9835 1207"),
        ("assistant", "Thank you Mrs Yeo, a deposit of S$300 is required. Any special requests?"),
        ("user", "my father in law has Parkinson's, need a chair with armrest pls"),
    ],
    [
        ("user", "help me plan ang pao amounts, budget $800"),
        ("assistant", "Happy to help! How many relatives and what are their relationships to you?"),
        (
            "user",
            "parents $188 each, my sis Rachel Lau (still studying at NUS) $88, her boyfriend no need, "
            "cousin's kids Ryan and Chloe Lau $20 each, and our neighbour Mdm Ho at Blk 51 Lengkok Bahru #07-23 $50",
        ),
        ("assistant", "That comes to $554, leaving $246 for visitors and unexpected guests."),
    ],
    [
        ("user", "我想幫阿媽網上登記攝太歲"),
        ("assistant", "可以，請提供善信姓名、出生年月日同聯絡電話。"),
        ("user", "蘇美蓮，1957年11月3號"),
        ("user", "身份證 Y603127"),
        ("user", "括號5"),
        ("user", "電話 6283 9104，住將軍澳尚德邨尚智樓2209"),
        ("assistant", "收到，已完成登記，年初九可到廟取太歲符。"),
    ],
    [
        ("user", "Can you write a short Raya open house invitation for my neighbours?"),
        (
            "assistant",
            "Of course. Here's a draft: 'Selamat Hari Raya Aidilfitri! Please join us for our open house. "
            "[Date] [Time] [Address]. Maaf zahir dan batin.'",
        ),
        (
            "user",
            "Date 6 April, 11am to 5pm, address No. 42 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong",
        ),
        ("user", "sign it from Azman & Nor Hidayah, and put my number 017-209 3348 for parking"),
    ],
    [
        ("user", "Saya nak daftar korban untuk arwah ayah"),
        (
            "assistant",
            "Baik. Sila berikan nama penuh pendaftar, no. kad pengenalan dan no. telefon.",
        ),
        ("user", "Nama saya Mohd Khairul Anuar bin Ismail"),
        ("user", "KP 780101-07-5133"),
        ("assistant", "Terima kasih. Korban atas nama siapa?"),
        ("user", "Allahyarham Ismail bin Ahmad. Tel saya 019-455 8210"),
    ],
    [
        ("system", "Travel booking assistant. Never store passport numbers in notes."),
        ("user", "need 2 tix KL to Kota Kinabalu for Kaamatan + Raya, 27 Mar"),
        ("assistant", "Sure. Please provide passenger names as in IC/passport."),
        ("user", "TAN CHEE MENG and LOW SHU FEN"),
        ("user", "hers is passport A51820394 cos her IC is lost, she's from Sarawak"),
        ("assistant", "Noted. Tickets reserved, payment link sent."),
    ],
    [
        ("user", "我要订新春年菜套餐，送到女皇镇"),
        ("assistant", "好的，请问送货地址和联系人？"),
        ("user", "Blk 88 Dawson Road #21-45 S142088，收件人 刘淑华"),
        ("assistant", "请问付款方式？"),
        ("user", "信用卡 5412 5656 8464 7624，有效期 11/27"),
        ("assistant", "已收到订单 CNY26-005133，预计2月15日送达。"),
    ],
    [
        ("user", "what CNY snacks are ok for diabetics?"),
        (
            "assistant",
            "Low-sugar options include unsalted nuts, seaweed snacks and sugar-free kueh bangkit; watch portions of bak kwa and pineapple tarts.",
        ),
        (
            "user",
            "it's for my dad Ho Kian Seng, 71, his HbA1c was 9.2 last month at Jurong Polyclinic "
            "and he's on insulin now, also stage 3 kidney disease",
        ),
        (
            "assistant",
            "Thanks for sharing. Given his kidney condition, please avoid high-potassium and salty snacks; check with his doctor.",
        ),
    ],
    [
        ("system", "Condo visitor pre-registration bot for Parc Riviera."),
        ("user", "register visitor for CNY visit on 17 Feb"),
        (
            "assistant",
            "Please provide visitor's name, last 4 characters of NRIC/FIN and vehicle number.",
        ),
        ("user", "Chong Mei Xin, full NRIC T0291735H cos the guard always asks"),
        ("user", "vehicle SMW 539 M, visiting unit #08-15"),
        ("assistant", "Registered. QR pass sent."),
    ],
    [
        ("user", "盆菜送貨想改地址"),
        ("assistant", "無問題，請提供訂單號碼同新地址。"),
        ("user", "單號 PC-0211-7743"),
        ("user", "改送去 元朗 錦繡花園 F段 12街 34號，收貨人 鄧志明 9451 6620"),
        ("user", "佢係我老公，佢啱啱做完化療，唔該門口放低就得，唔好按門鐘"),
        ("assistant", "已更改，會喺年廿九送到。"),
    ],
]
