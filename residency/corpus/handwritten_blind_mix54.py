# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix54: Johor–Singapore causeway commuters and carpools (VEP, autogate, MDAC, Touch 'n Go, work passes) in Chinese, Malay and English. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix54
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "checkpoint advisory"): _lines("""
        ICA advisory: Heavy traffic is expected at Woodlands Checkpoint from Fri 18 Dec to Sun 3 Jan. Travellers are advised to check traffic conditions via the MyICA Mobile app or OneMotoring before setting off.
        All Singapore-registered cars departing via Woodlands and Tuas may use QR code clearance. Generate one group QR in MyICA Mobile before reaching the booth; passports need not be handed over.
        Foreign-registered vehicles must have a valid VEP and an Autopass Card with sufficient balance to enter Singapore. Vehicles without one may be turned back at the checkpoint.
        Motorcyclists: please keep to the designated lanes on the BKE approach. Automated lanes M1-M6 are open from 0500 to 0900 hrs on weekdays.
        For enquiries on immigration clearance, contact the ICA Call Centre at +65 6391 6100 (Mon-Fri, 8am-5pm).
        Work Permit holders collecting their card in person should bring their IPA letter and passport to the MOM Services Centre, 1500 Bendemeer Road, Singapore 339946.
        Minister for Home Affairs K Shanmugam told Parliament that the redeveloped Woodlands Checkpoint will eventually be able to clear more travellers per hour at peak.
        Dear {traveller_name}, your VEP application {vep_ref} has been approved. Please collect your tag at {collection_centre} within 30 days.
        Est. clearance time @ 07:45 SGT - Departure: Woodlands 60 min, Tuas 20 min | Arrival: Woodlands 45 min, Tuas 15 min.
        Children below 6 years old and travellers whose fingerprints cannot be read must be cleared at the manual counters.
        Notice: Lanes A1-A12 at the BSI Arrival Hall will be closed for system upgrading from 0100 to 0400 hrs on 14 Dec 2026.
        Photography and video recording are strictly prohibited within the checkpoint. Offenders may be prosecuted under the Protected Areas and Protected Places Act.
    """),
    ("ms", "notis rasmi"): _lines("""
        Makluman JPJ: Semua kenderaan asing yang memasuki Johor wajib memiliki VEP yang sah dan tag RFID yang telah diaktifkan. Pemandu tanpa VEP boleh dikenakan kompaun.
        Caj Jalan (RC) bagi kereta persendirian berdaftar Singapura ialah RM20 setiap kemasukan dan ditolak melalui akaun Touch 'n Go yang dipautkan kepada tag RFID.
        Warga asing diingatkan supaya mengisi MDAC dalam tempoh 3 hari sebelum tiba di Malaysia. Pendaftaran adalah PERCUMA melalui laman rasmi Jabatan Imigresen; jangan berurusan dengan laman web palsu.
        Pemegang pasport Singapura yang layak boleh menggunakan autogate di BSI dan KSAB. Tiada pendaftaran awal diperlukan.
        Talian Khidmat Pelanggan Touch 'n Go: 03-5022 3888 (setiap hari, 8 pagi - 10 malam).
        Kaunter Pemasangan Tag RFID VEP di Plaza Tol Gelang Patah dibuka setiap hari dari 8.00 pagi hingga 5.00 petang, kecuali Hari Raya Aidilfitri.
        Menteri Pengangkutan Anthony Loke Siew Fook berkata kerajaan sedang meneliti cadangan untuk melanjutkan waktu operasi bas rentas sempadan sehingga tengah malam.
        Bangunan Sultan Iskandar (BSI), Jalan Jim Quee, 80300 Johor Bahru ialah kompleks Kastam, Imigresen dan Kuarantin bagi laluan Tambak Johor.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru - Jabatan Kecemasan dibuka 24 jam.
        Tuan/Puan {NAMA}, permohonan VEP anda bernombor {NO_RUJUKAN} telah diluluskan. Sila bawa dokumen asal semasa memasang tag.
        Perkhidmatan Shuttle Tebrau KTMB antara JB Sentral dan Woodlands: tiket hanya dijual melalui aplikasi KITS dan kaunter di stesen.
        Pemandu dinasihatkan memastikan baki Touch 'n Go mencukupi sebelum memasuki BSI; tambah nilai tidak boleh dibuat di lorong kenderaan.
        Makluman: Sistem pendaftaran VEP akan diselenggara pada 12 Disember 2026 dari 2.00 pagi hingga 6.00 pagi.
    """),
    ("zh-Hans", "通勤攻略"): _lines("""
        新柔长堤早上5点半之前过关基本不用排，6点以后就开始堵了，住新山的朋友尽量早出门。
        第二通道（大士）虽然绕一点，但周末比兀兰关卡快很多，油钱加过路费大概多花RM15。
        MDAC 新加坡公民是免填的，但新加坡PR和拿工作准证的外国人入境马来西亚前还是要填，别忘了！
        Touch 'n Go 卡和 TNG eWallet 不是一回事：过BSI车道扣的是卡或RFID，eWallet 要先绑定RFID标签才行。
        RTS Link 通车后从武吉查卡到兀兰北只要5分钟左右，票价还没正式公布，大家别信网上乱传的数字。
        坐巴士的话CW1到克兰芝地铁站最方便，170也行，但高峰期排队的人真的多到离谱。
        陈旭年街（Jalan Tan Hiok Nee）周末很多新加坡人来喝咖啡，停车记得用app付费，不然会被开罚单。
        黄亚福街那一带是老新山，黄亚福是十九世纪的华人商人，当年参与建造了柔佛的苏丹王宫。
        马来西亚车进新加坡要申请VEP和Autopass卡，每年有一定天数免VEP费，超过就按天收费。
        车友群规：禁止在群里发护照、IC照片和手机号码，有需要请私聊，违者直接踢。
        新加坡人出境现在可以走自动通道，开车的话也可以在MyICA里生成二维码，全车一个码就行。
        周五下午从新加坡回新山，长堤一般堵2-3小时，建议走第二通道或者晚上9点以后再走。
        新加坡车在马来西亚不能加RON95，只能加RON97，油站会查车牌，别加错了被罚。
    """),
    ("en", "carpool group"): _lines("""
        Carpool avail Mon-Fri: Mount Austin -> Tuas (Pioneer), leave 5.15am, return 6pm. 3 seats. S$15/pax one way. Must have valid passport & work pass. PM for details.
        Looking for carpool from Bukit Indah to Jurong East daily, start 7.30am. Can share toll + petrol. Non-smoker pls.
        Admin reminder: Do NOT post IC, passport or work pass photos in this group. Scammers are screenshotting them. Share only in private chat after you verify the driver.
        Note: this group is for cost-sharing only. Drivers who charge for rides without a licence risk having their car seized in SG, don't say we never warn.
        Jam update 6.42am: Causeway bumper to bumper from the toll plaza till BSI, Tuas clear. Go 2nd link if u can.
        Posting format: [Offer/Request] | From: ____ | To: ____ | Time: ____ | Seats: __ | Price: S$__ | Contact: PM only
        Anyone knows if the autogate at Woodlands accepts the new passport design? Mine just renewed last week.
        Weekly rate S$60 for 5 days, pick up at KSL City Mall, drop at Woodlands MRT. Can also take 1 pillion on bike.
        Group rules v3.2 (updated 01/11/2026): 1) No politics 2) No MLM 3) No sharing other members' personal info 4) Be on time, driver waits max 5 min.
        Drivers pls remember your Autopass card must have enough balance before entering, otherwise cannot exit the checkpoint later.
        Sultan Ibrahim Building? No lah, the CIQ is Bangunan Sultan Iskandar. Sultan Ibrahim is the Agong now.
        Driver needed for Tuas -> Skudai run, Tues/Thurs only. Company pays petrol claim. Call Harbourline Logistics HR hotline 6861 2200 if interested.
    """),
    ("ms", "forum komuter"): _lines("""
        Pagi ni tambak jammed teruk gila, dari plaza tol sampai BSI ambil 1 jam 40 minit. Esok nak keluar 4.30 pagi la.
        Korang yg naik motor, lorong motor kat BSI dah ada autogate utk rakyat Malaysia, tak payah beratur lama dah.
        Gaji S$2,200 tapi kalau tolak tol, minyak, makan, tinggal berapa je. Tapi tukar ringgit masih berbaloi la kot.
        Tips: isi MDAC untuk ahli keluarga warga asing 3 hari awal, nanti sampai BSI terus lepas.
        Harga RON97 naik lagi minggu ni. Kereta Singapura memang tak boleh isi RON95, jangan buat hal.
        Sesiapa ada pengalaman tukar Work Permit ke S Pass? Berapa lama MOM proses biasanya?
        Bas CW2 dari Larkin ke Queen Street boleh bayar guna kad TNG, tak payah cari duit kecik.
        Jangan percaya page FB yang jual 'VEP ekspres' RM150, itu scam. VEP cuma boleh dimohon melalui portal rasmi.
        Hujung minggu ni cuti sekolah, confirm sesak. Baik naik RTS kalau dah ada tiket.
        Dah pasang tag RFID VEP tapi status masih 'Pending Activation' dah 2 minggu, ada yang kena sama?
        Nak cari klinik panel dekat Jalan Wong Ah Fook, ada recommend? Company cover sampai RM80.
        Update 18:05 - Laluan Kedua lancar, Tambak sesak dari Woodlands sampai tengah jambatan.
        Siapa kata Singaporean kena isi MDAC? Warganegara Singapura dikecualikan, PR dengan pemegang pas je kena isi.
    """),
    ("en", "app and system logs"): _lines("""
        MyICA Mobile v3.8.2 (build 20261118): Fixed an issue where group QR codes expired before reaching the counter. Improved loading time of the arrival screen.
        [2026-12-03T05:41:27+08:00] INFO vep-gw txn=VEPTXN-20261203-0049182 status=APPROVED rfid=ACTIVE latency_ms=412
        ERR_VEP_4031: RFID tag not linked to a valid Touch 'n Go account. Please relink via TNG eWallet > RFID > Manage.
        TNG eWallet 1.8.76 release notes: RFID reload limit raised; fixed auto-reload failures at BSI and KSAB lanes.
        Order #TNG-RF-88213407 - RFID Tag (Standard) x1, RM35.00, shipped via Pos Laju, tracking ER301944812MY.
        sha256: 9f2c4e1a7b0d3e58c61f2a9d04b7e3c58a1f6d92e0b4c7a3f5d81e26b9c04a7f  mdac_offline_form_v2.pdf
        POST /api/v2/mdac/submit 200 - required fields: full_name, passport_no, nationality, dob, arrival_date (all masked in logs).
        Invoice INV-2026-11-004871 | Carpool cost-sharing Nov 2026 | 20 trips x S$14.00 = S$280.00 | Paid via PayNow UEN 201912345K
        sg-jb-traffic-bot 2.4.0: added /tuas and /woodlands commands, cams refresh every 60s, no longer stores Telegram user ids.
        SELECT vep_ref, plate_no, entry_ts FROM vep_entries WHERE entry_ts >= '2026-12-01' AND checkpoint = 'BSI'; -- 0 rows on staging
        HTTP 503 Service Unavailable - MDAC portal under scheduled maintenance. Retry-After: 1800
        autopass-sync[2231]: batch 0x7f3a done, 18,442 records, 0 errors, took 00:03:17.
    """),
    ("zh-Hans", "准证问答"): _lines("""
        问：住新山、在新加坡上班，需要什么准证？答：视职位而定，一般是工作准证、S准证或就业准证（EP），由雇主向人力部申请。
        S准证的最低月薪标准会定期上调，具体数字请以人力部官网公布为准，中介说的不一定对。
        工作准证持有人入境新加坡要出示有效护照和准证卡，卡丢了要尽快上网挂失并申请补发。
        EP 申请现在要过 COMPASS 积分框架，总分达到40分才算通过。
        人力部客服热线 6438 5122，周一至周五办公时间可以打，高峰期要等很久。
        雇主扣押员工护照是违法的，可以向人力部或者劳资政公平雇佣联盟（TADM）投诉。
        模板：本人 ______（护照号码 ______）确认已收到工作准证原件。签名：______ 日期：______
        李光耀执政时期就讨论过新柔之间的轨道连接，后来两国政府在2010年代重新谈定了RTS Link。
        马来西亚公民在新加坡工作，收入一般在新加坡报税，是否还要在马来西亚申报要看税务居民身份。
        准证更新提醒一般在到期前两个月发给雇主，员工自己可以在 SGWorkPass app 里查看状态。
        新加坡永久居民入境马来西亚需要填MDAC，公民免填；马来西亚人回国当然不用填。
        工作准证的申请费和签发费由雇主支付，另外雇主每个月还要交外劳税，金额按行业和配额等级而定。
        准证卡背面有二维码，雇主可以用 SGWorkPass 扫码核实准证是否有效，不需要另外收集员工资料。
    """),
    ("en", "news and statistics"): _lines("""
        The Johor-Singapore Causeway is one of the world's busiest land crossings, with about 300,000 people crossing on a normal weekday.
        The RTS Link, a 4km cross-border rail shuttle between Bukit Chagar in Johor Bahru and Woodlands North, is slated to start passenger service by end-2026.
        Singapore and Malaysia signed the Johor-Singapore Special Economic Zone agreement in January 2025, witnessed by Prime Ministers Lawrence Wong and Anwar Ibrahim.
        ICA said the land checkpoints cleared close to half a million travellers on a single day during the December 2024 school holidays.
        Traffic volume at the Second Link rose 18.4% year-on-year in Q3 2026, compared with 6.1% at the Causeway.
        A 2026 survey of 1,204 cross-border commuters found 62% spend more than three hours a day travelling, and 41% would switch to the RTS Link if fares stay low.
        The Causeway was officially opened in 1924 by Sir Laurence Guillemard, then Governor of the Straits Settlements.
        In the Channel 8 drama 'Crossing Over', the fictional commuter Ah Boy spends almost every episode stuck in the jam on the Causeway.
        Touch 'n Go Sdn Bhd said it processed more than 1.2 million RFID toll transactions at the two Johor checkpoints in November.
        The Sultan Abu Bakar CIQ Complex in Gelang Patah serves the Second Link and is named after the 19th-century ruler regarded as the founder of modern Johor.
        Analysts expect the ringgit's recovery to nudge some Malaysian workers in Singapore to move back to Johor, where rents in Iskandar Puteri fell 3% this year.
        About 27% of respondents said they had been fined at least once for an expired VEP or insufficient Autopass balance.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Carpool offer by Jason Lim Wei Hao, daily Taman Molek -> Changi Business Park, leave 5.30am, WhatsApp +65 9127 4836.
        Hi all, I'm Priya d/o Ramasamy staying at Blk 612 Woodlands Ring Road #09-214, looking for a carpool partner to Senai on Saturdays.
        Found a Touch 'n Go card at BSI this morning belonging to Muhammad Haziq bin Roslan, card no 6014 6400 8821 3375. Haziq pls call me 012-779 4103.
        VEP approved for JQR 4462 (Proton X70, registered owner Tan Siew Ling), please collect the RFID tag by 20 Dec.
        FYI my S Pass FIN is G5528391K, HR spelt my name as 'Lee Meng Chuan' instead of 'Lee Ming Chuan', how to get MOM to fix it?
        Employee: Nurul Aisyah binti Kamarudin | FIN: F2904716L | Work Permit expires 14/03/2027 | Employer: Tuas Precision Moulding Pte Ltd
        My driver Rajesh a/l Munusamy (+60 16-728 3391) got stopped at Woodlands because his VEP expired, his IC is 850217-01-6655.
        My brother-in-law Kelvin Ong Boon Keat, who does the 5am Tuas run, was diagnosed with severe sleep apnoea last month so he's stopped driving the carpool.
        Passport E****4718K, holder CHUA Bee Lian, DOB 14/06/1979 - autogate enrolment failed, refer to counter.
        Payslip Nov 2026 - Ong Kah Wai, Production Technician, basic S$2,450.00, OT S$612.30, net S$2,986.10 (S Pass, no CPF).
        MDAC submitted for Sim Poh Kiat (Singapore PR), passport K4106639J, arriving BSI 06/12/2026, staying at 22 Jalan Seri Austin 4/3, Taman Seri Austin, 81100 Johor Bahru.
        Pls pay carpool fee to my Maybank acct 1621 4408 7193 (Lau Yee Min), S$60 for this week. Tq!
        Black Honda Vezel SKH 4827 H, my husband Daniel Seah will pick you up at Kranji MRT at 7:10, look out for him.
        The Johor Bahru Sessions Court fined lorry driver Mohd Faizal bin Abdul Rahman, 34, of Taman Ungku Tun Aminah, RM8,000 for using a forged VEP tag on 2 Nov.
        Email me at siewling.tan87@gmail.com with your pickup point and I'll add you to the Pasir Gudang-Tuas carpool list. - Siew Ling
        Cheryl Goh Hui Min's NRIC S8734120H was used to register three Autopass cards without her knowledge; she has lodged a police report.
        Telegram @benji_tuasrun is Benjamin Yeo from Horizon Hills, he drives the 6am Jurong Island group and owes everyone refunds.
        Autopass top-up failed on card 4532 1578 3402 1179 exp 09/28, cardholder NG WEI JIE - please retry or use another card.
    """),
    "ms": _lines("""
        Sesiapa nak carpool dari Kulai ke Woodlands boleh WhatsApp saya Farah Nadia 011-2398 4471, bertolak 5.45 pagi.
        Nama: Ahmad Syukri bin Ismail, No. KP: 900512-01-5371, No. Plat: JVF 2381, kad Autopass 1002 4471 8830.
        Suami saya Hafiz bin Jamaludin (KP 880930-23-5139) kena tahan di Woodlands sebab Work Permit dia dah tamat, tolong share nombor MOM.
        Alamat saya No. 17, Jalan Mutiara Emas 9/4, Taman Mount Austin, 81100 Johor Bahru, driver boleh ambil depan rumah jam 5 pagi. - Siti Norhaliza
        Pekerja: Ravi a/l Subramaniam, FIN G7043318X, gaji bulanan S$1,950, bekerja syif malam di Tuas South.
        Anak saudara saya Nur Izzati binti Hassan, 19 tahun, baru dapat Work Permit, dia ada asma teruk, tolong carpool tak merokok ya. Tel 019-755 2310.
        Kereta SGU 5063 S milik Encik Lim Chee Keong dipandu masuk ke Malaysia tanpa VEP pada 28/11/2026; notis kompaun JPJ/KMP/2026/004518 dikeluarkan.
        Bayar tambang carpool ke akaun CIMB 7064 3318 29 atas nama NORAZLINA BT ABD MANAF, jangan lupa screenshot resit.
        Email saya untuk senarai penumpang: hakim.zulkifli91@yahoo.com - Hakim Zulkifli, driver JB-Jurong.
        Mahkamah Majistret Johor Bahru menjatuhkan hukuman penjara 6 bulan ke atas Rosli bin Mat Daud, 41, kerana menyeludup rokok di BSI pada Mac lalu.
        Penumpang: Kavitha a/p Muniandy, pasport A54712093, dan suami warganegara India Arjun Kumar, pasport Z6841207 (MDAC dah isi).
        Kad TnG **** **** **** 5520 atas nama Tan Mei Fong (lahir 3 Feb 1996) dah disekat sebab disyaki penipuan.
        Salam, saya Wan Nur Syafiqah binti Wan Ismail, nurse di Changi General, gaji S$3,400, cari rumah sewa dekat BSI untuk saya dan anak.
        Nombor pemandu: 012-781 6620 (Encik Subramaniam a/l Perumal), kereta Myvi putih JTK 3390.
        Pak cik Osman bin Jaafar dari Taman Sentosa yang selalu naik bas CW1 pukul 5 tu dah masuk Hospital Sultanah Aminah semalam, strok ringan, wad 7A.
        Tarikh lahir: 12/07/1993, Tempat lahir: Muar, Nama: Nurul Huda binti Said, untuk borang Work Permit syarikat.
    """),
    "zh-Hans": _lines("""
        拼车：张伟明，每天早上5点从士古来出发去大士，车牌 JQW 7719，电话 +60 12-738 2046。
        我老婆黄丽娟是中国籍，新加坡工作准证 FIN G6129475P，下个月到期，怎么续？
        身份证号 440923199103076128，姓名 林晓燕，广东茂名人，在新加坡做护工，拿的是工作准证。
        帮我表哥陈志强填MDAC：护照号 E48219375，出生日期1988年9月15日，入住新山丽阳城 Tower B 23-07。
        群里那个开白色 Vios 的刘俊杰（微信 ljj_jb2sg）上周在兀兰被查出 VEP 过期，罚了 S$500。
        拼车费转到我的 Public Bank 户口 4739211860，户名 CHIN YEE LING，谢谢大家。
        我叫郑美玲，住在兀兰 Blk 768 Woodlands Ave 6 #05-112，想找周末去新山的拼车。
        同事何家豪上个月确诊了抑郁症，请了两周病假，公司说他的 S Pass 可能不续了。
        员工档案：王芳，女，身份证 350203198809154036，就业准证，月薪 S$6,800，现住新山 Jalan Harmonium 23/5。
        我在第二通道出了车祸，对方车主：李国荣，IC 760823-01-5087，车牌 JHK 2290，保险是 Etiqa。
        请联系司机陈雅婷 9612 4087（新加坡号），早上6点在 Kranji 地铁站接人。
        尾号 3375 的 Touch 'n Go 卡已挂失，持卡人吴佩珊，出生日期 1990-05-22。
        邮箱 zhouyi.jbcommute@163.com 是周毅的，他负责士乃到裕廊西的拼车群报名。
        我爸杨金福，72岁，新加坡公民，有糖尿病在做肾透析，每周三次去新山的医院透析，有没有顺路的车？
        马来西亚籍司机苏文辉（Soo Boon Hui），38岁，因在兀兰关卡载运未申报香烟，被新加坡法院判罚款 S$12,000。
        台湾工程师林冠宇，身份证 F128739064，在新加坡做半导体，住新山 Medini，想找每天去兀兰的车。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a JB-SG carpool community."),
        ("user", "Can you help me write a carpool offer post?"),
        ("assistant", "Sure! Tell me your route, timing, seats and price."),
        ("user", "Bukit Indah to Tuas Link, 5.40am, 2 seats, S$14 each"),
        (
            "assistant",
            "Carpool offer: Bukit Indah -> Tuas Link, depart 5.40am, 2 seats, S$14/pax. PM for details.",
        ),
        ("user", "add my name and number also: Alvin Chong, +60 17-726 5184"),
    ],
    [
        ("user", "Saya kena saman VEP kat Woodlands, macam mana nak bayar?"),
        (
            "assistant",
            "Anda boleh semak dan bayar notis melalui portal OneMotoring LTA. Sediakan nombor notis dan nombor plat.",
        ),
        ("user", "Plat JVN 4821, nama pemilik Mohd Azlan bin Sulaiman, KP 870412-01-5523"),
        ("assistant", "Terima kasih. Sila log masuk ke OneMotoring dan pilih 'Pay Fines'."),
    ],
    [
        ("user", "MDAC 要填护照号吗？"),
        ("assistant", "要的，需要填写姓名、护照号码、国籍、出生日期和入境日期。"),
        ("user", "好，帮我核对一下：姓名 邓文静，国籍 中国"),
        ("user", "护照 EA7739215，生日 1993-06-21"),
        ("user", "12月8号从兀兰入境，住新山 R&F 公主湾 Tower 3 30-12"),
        ("assistant", "格式看起来没问题，请在官方 MDAC 网站提交。"),
    ],
    [
        ("system", "Assistant for Singapore work pass questions. Do not store personal data."),
        ("user", "My S Pass renewal got rejected, what should I do?"),
        (
            "assistant",
            "You may ask your employer to appeal via the MOM portal within 3 months, with supporting documents.",
        ),
        (
            "user",
            "I'm Marcus Tey Jun Wei, FIN F4471290M, working at Nanyang Coolant Engineering in Tuas, salary S$3,150",
        ),
        (
            "assistant",
            "Thanks. Your employer needs to submit the appeal; salary may be a factor given the current qualifying salary.",
        ),
    ],
    [
        ("user", "Kad Touch n Go saya hilang kat BSI, how to block?"),
        (
            "assistant",
            "Call the TNG Careline 03-5022 3888 or report in the TNG eWallet app if the card is linked.",
        ),
        ("user", "Card no 6014 6400 1187 2290, nama Zulaikha binti Rahmat"),
        ("user", "balance ada RM182.40 lagi, boleh refund tak?"),
        (
            "assistant",
            "If the card is registered to your name, the balance can usually be transferred to a replacement card.",
        ),
    ],
    [
        ("user", "我妈妈要从新山去新加坡中央医院复诊，关卡有轮椅服务吗？"),
        ("assistant", "兀兰关卡可以向ICA人员寻求协助，建议提前到达，并准备好复诊预约信。"),
        ("user", "她叫许秀英，68岁，上个月刚做完乳腺癌手术，还在化疗，走不了太远"),
        ("assistant", "明白，建议搭乘德士或包车直接到关卡车道，并携带医院证明。"),
    ],
    [
        ("user", "hi, new to the group, need a driver from JB to Jurong West"),
        ("assistant", "Welcome! Please share your pickup area and start time."),
        ("user", "name is Shalini Devi d/o Krishnan"),
        ("user", "pickup at 8, Jalan Indah 15/2, Taman Bukit Indah, 81200 Johor Bahru, 6.15am"),
        ("user", "can contact me on telegram @shalini_jbjw"),
    ],
    [
        ("user", "Tolong buat mesej peringatan bayaran carpool bulan ni"),
        (
            "assistant",
            "Contoh: 'Salam semua, sila jelaskan bayaran carpool bulan Disember sebelum 5hb. Terima kasih.'",
        ),
        ("user", "tambah akaun bank: Maybank 1142 3307 9281, Mohd Khairul Anuar bin Yusof"),
        ("user", "dan no tel saya 013-745 6092 utk hantar resit"),
    ],
    [
        ("system", "You are an HR assistant for a Tuas manufacturing company."),
        ("user", "我们有个新加坡同事要去新山出差，需要填MDAC吗？"),
        (
            "assistant",
            "Singapore citizens are exempt from MDAC; Singapore PRs and foreign pass holders need to submit it.",
        ),
        (
            "user",
            "他是公民，Goh Chin Seng，NRIC S9512873D，不过他说他有心脏起搏器，过安检会不会有问题",
        ),
        ("assistant", "He should carry his pacemaker card and inform the officer before any scan."),
    ],
    [
        ("user", "Just had a fender bender on the Second Link, what info should I take?"),
        (
            "assistant",
            "Take the other driver's name, IC or passport number, vehicle number, insurer and photos of the scene.",
        ),
        ("user", "ok. other party: Chan Kok Leong, IC 811104-22-5249, car JPB 6617 white Axia"),
        ("user", "my car is SLA 7316 X, I'm Rachel Lim, will file with AIG tomorrow"),
        ("assistant", "Good, also report to the police within 24 hours in Malaysia."),
    ],
]
