# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en307: SG/MY locksmiths, key-cutting and door/gate installers (lockout call-outs, proof-of-residence checks, home addresses, digital-lock PINs, invoices, complaints, technicians' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en307
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Lockout call-out (HDB/condo, 9am-9pm): from S$60; after 9pm and on Sundays/PH add S$30 night surcharge. All prices before 9% GST.
        Key duplication: standard house key S$4, Abloy / Mul-T-Lock dimple key S$25 to S$45, car transponder key quoted on the spot after scanning.
        Digital lock package: Samsung SHP-DP609 S$789 incl. installation, 2-year warranty, free 1st-year servicing, removal of old lockset included.
        Replace HDB main door lockset (Yale or equivalent): S$120 labour + parts. Grille gate padlock-to-digital conversion from S$350.
        Safe opening, non-destructive: from RM280 (Klang Valley). Drill-and-repair: RM450 onwards. Outside Klang Valley transport RM1.20/km.
        Mailbox key made from code (HDB letterbox, Lowe & Fletcher type): S$15 each, ready in 10 minutes at the counter, bring the letterbox number plate photo.
        Auto gate motor service (swing arm, DC 24V): RM180 per visit; backup battery 12V 7.2Ah RM95; remote control cloning RM35 per unit.
        Rekey cylinder (5-pin) S$45 per cylinder; master-key system design for offices from S$600. Site survey S$50, waived if you confirm the job.
        Door viewer 200 deg supply & install S$38; door closer Dorma TS68 supply & install S$165; heavy-duty floor door stopper S$12.
        Sliding gate rollers replacement (set of 2, 100mm V-groove): RM220 installed. Rusty track re-welding quoted only after site visit.
        Transport: Zone A (Central) free, Zone B (Jurong, Tuas, Pasir Ris) S$15, Sentosa and offshore islands by quotation only.
        Emergency 24h rate card v2025.3: call-out fee is payable even if the door is opened before our technician arrives. No hidden charges.
        Broken key extraction S$40 (if it comes out in one piece we cut a new copy at S$4). Jammed HDB gate padlock cut-off S$25.
    """),
    ("en", "proof_of_residence_faq"): _lines("""
        Q: Why do you ask for ID before opening my door? A: We only open a lock for the registered occupant or someone they authorise in writing.
        Q: What counts as proof of residence? A: Any of: NRIC/MyKad showing the same address, stamped tenancy agreement, a recent utilities bill, or HDB/strata letter.
        Q: I'm a tenant and my IC shows my old address. A: Show the stamped tenancy agreement plus the landlord's written go-ahead sent to our hotline 6100 7788.
        Q: Do you keep a copy of my IC? A: No. The technician sights it and records only that it was verified. Photos of documents are never stored on staff phones.
        Q: Can the condo guard vouch for me? A: Many MCSTs issue a resident access letter; a call from the management office is accepted for common-area doors.
        Q: What if I cannot prove I live there? A: The technician will decline and may call the Police Hotline 1800 255 0000 if the situation looks suspicious.
        Q: Do you open car doors? A: Yes, with the vehicle log card (VRC/geran) or the LTA ownership record shown in the owner's Singpass app.
        Q: How long does a lockout take? A: Most HDB main doors are opened in 10 to 25 minutes without damage. Older mortice locks may take longer.
        Q: Will opening damage my digital lock? A: We use the 9V emergency terminal on the outside; no drilling unless the unit has a mechanical fault.
        Q: Can I get a receipt for my insurer? A: Yes, an e-invoice is sent from accounts@kuncimaster.com.my within 24 hours, quoting the job reference number.
        Q: Do you cover landed homes in Johor Bahru? A: Our JB branch on Jalan Wong Ah Fook covers Iskandar Puteri, Skudai and Masai, tel 07-223 5810.
        Q: Is the call-out fee refundable? A: Only if we cancel, or if we arrive more than 45 minutes later than the ETA given by the dispatcher.
        Q: Why must the owner be present at handover? A: New PINs and RFID cards are enrolled in front of the owner, so no technician ever knows the final code.
    """),
    ("en", "dispatch_log_and_config"): _lines("""
        2025-03-14T22:41:07+08:00 INFO dispatch job=LK-250314-0087 zone=SG-W type=lockout_hdb eta_min=35 status=ASSIGNED van=V03
        2025-03-14T23:18:52+08:00 WARN job=LK-250314-0087 verify_residence=PENDING reason=doc_address_mismatch action=escalate_supervisor
        lock_profile: {model: 'Yale YDM7116A', firmware: '2.3.11', default_master_pin: '12345678', auto_relock_sec: 5, wrong_pin_lockout: 5}
        DEFAULT_PIN_LENGTH = 6; MAX_USER_CODES = 100  # never log entered codes, keep only sha256 digests, e.g. 9f86d081884c7d65
        INSERT INTO jobs (job_ref, zone, job_type, quoted_sgd) VALUES ('LK-250402-0012', 'SG-E', 'gate_install', 1280.00);
        invoice_no,job_ref,issue_date,subtotal_sgd,gst_9pct,total_sgd,payment_method,technician_code,van_id
        INV-SG-2025-004417,LK-250402-0012,2025-04-05,1174.31,105.69,1280.00,PayNow-UEN,T07,V02
        tracking: Ninja Van NVSGLKPRO00048817, 20 pcs KW1 key blanks + 5 pcs SC1, dispatched from warehouse 2025-04-07 10:02
        cron: 0 3 * * * /opt/lockdesk/bin/purge_id_photos --older-than 7d --dry-run=false >> /var/log/lockdesk/purge.log
        ERROR gate_ctrl fw=1.0.8 dev=ACG-SL600 code=E21 msg='limit switch not detected' site=WH-Tuas-B2 retry=3
        sku=DL-PHI-9300-BLK name='Philips EasyKey 9300 Push-Pull' stock_sg=14 stock_my=6 price_sgd=899 price_myr=2599
        2025-05-02 09:15:22 INFO sms_gateway template=ETA_NOTICE vars={job_ref: 'LK-250502-0031', eta: '09:50'} sent=1 resp=202
        POST /api/v2/jobs/LK-250502-0031/close {'result': 'opened_non_destructive', 'duration_min': 18, 'parts': []}
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Van 2 going Yishun Ring Rd now, HDB main door jam. Anyone got spare KW1 blanks? Mine finish already lah.
        Boss say tonight after 10pm all lockout jobs must take before-and-after photo of the door only, don't snap the customer IC ok.
        Condo guardhouse at Tampines St 86 need us sign in with company UEN 201834567K, bring the authorisation letter from office ya.
        Pasar malam tonight near Bedok North, road block, I reroute via PIE, ETA +15 min. Dispatcher pls update job card LK-250611-0044.
        Samsung DP609 at site showing low battery but new battery just put in. Contact plate corroded, I bring contact cleaner tomorrow.
        Stock count: KW1 x 120, UL050 x 80, SC4 x 35, Abloy blanks zero. Order from supplier Monday, PO-2025-0619, pls approve.
        Gate job at the Jalan Ampang office block done, Nice Robus 600 motor installed, client PIC signed off, invoice kena send by email today.
        Reminder new SOP v4: if cannot verify residence, call back office 6100 7788 before open. Don't simply open, nanti kena police case.
        Wah today 3 jobs in a row all at Punggol, the new BTO all same Yale model. Got template for the strike plate adjustment or not?
        Aiyo the grinder battery die halfway, anybody near Ubi Ave 1 can pass me one? I at our workshop loading bay until 4pm.
        Customer cancel the 3pm job at Clementi, still charge call-out S$60 as per T&C. Admin pls generate CN-2025-0142 for the deposit.
        Tomorrow PH, only 2 vans on duty: Van 1 (North/East), Van 3 (West/Central). Hotline auto-transfer to duty line from 6pm.
        Fyi the Dorma closer batch lot 24B-117 got oil leak issue, supplier agree RMA. Don't install the remaining 6 pcs, keep in store first.
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars KeyKing Locksmith Geylang: locked out at 1am, they reached in 20 min, opened the door without damage, charged exactly as quoted. Solid lah.
        2 stars for Kedai Kunci Ah Seng, Chow Kit. Key cut cheap but 2 out of 3 copies cannot turn. Went back they recut free, but waste my time lor.
        4/5 for Mr Lock & Key at Sim Lim Square, digital lock selection very wide, staff explain patiently. Install queue 2 weeks though.
        1 star. Booked gate install with Pintu Jaya Enterprise in Shah Alam, installer came 3 hours late and no apology. Gate alignment also senget.
        Very professional, Lockforce SG asked for proof of address before opening. At first annoyed, but actually good for safety. Recommended!
        Good service from 锁王 Key Master (Jalan Imbi). Boss speaks Cantonese, Mandarin, Malay and English. Transponder key RM250, cheaper than dealer.
        Owner reply: Thank you for the feedback. We have retrained our team on punctuality. Please email hello@pintujaya.com.my for a goodwill voucher.
        3 stars. Price ok but the technician keep on the phone while working. Lock works fine after 2 months. Shop: Sentosa Lock Centre, Bukit Merah.
        Tried the Mister Minit counter at the mall for car key battery change, 10 minutes done. Staff very friendly, price RM35 only.
        Don't go to this one la, they quote S$80 on phone then say high security lock and charge S$380. Already report to CASE.
        Review for Tan Brothers Gate & Grille Works (Kallang): grille gate for my HDB done neatly, welding clean, paint colour matched. 5 stars.
        Gerai kunci kat Pasar Seni memang laju, potong kunci rumah RM5 satu, tunggu 5 minit je. Pakcik kat situ peramah. Recommended!
        Authorised digital lock dealer in Kallang Bahru replaced my DP609 mortise under warranty, no charge at all. Took 3 working days.
    """),
    ("ms", "notis_dan_terma"): _lines("""
        NOTIS: Kedai akan ditutup pada 31 Mac sempena Hari Raya Aidilfitri. Perkhidmatan kecemasan 24 jam tetap beroperasi melalui talian 1300-88-5624.
        Syarat perkhidmatan: Juruteknik hanya akan membuka pintu selepas pemilik menunjukkan MyKad atau dokumen bukti alamat yang sah.
        Bayaran panggilan RM80 tetap dikenakan walaupun pelanggan membatalkan tempahan selepas juruteknik bertolak dari cawangan.
        Waranti pemasangan pagar automatik: 12 bulan untuk motor, 6 bulan untuk alat kawalan jauh. Kerosakan akibat banjir tidak dilindungi.
        Harga potong kunci: kunci biasa RM6, kunci dimple RM30, kunci kereta dengan cip dari RM180. Harga belum termasuk SST 8%.
        Alamat cawangan: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Buka Isnin hingga Sabtu, 9 pagi hingga 7 petang.
        Pendaftaran syarikat: Kunci Maju Enterprise (SSM 202003154821 / JM0891234-T). Lesen perniagaan Majlis Bandaraya Petaling Jaya.
        Peringatan: Jangan kongsi kod PIN kunci digital dengan sesiapa, termasuk juruteknik kami. Kami tidak akan meminta kod anda melalui telefon.
        Untuk tempahan grill pintu, sila WhatsApp gambar bingkai pintu ke talian perniagaan kami +60 11-5120 8833 (waktu pejabat sahaja).
        Pembayaran melalui DuitNow QR, FPX atau tunai. Akaun syarikat: Maybank 5142 8800 3176 atas nama Kunci Maju Enterprise.
        Pusat latihan kami menawarkan kursus asas tukang kunci selama 5 hari, yuran RM1,200 termasuk set alat. Sijil diiktiraf oleh persatuan.
        Makluman: Pemasangan kunci digital pada pintu kayu nipis (kurang 38mm) tidak disyorkan kerana boleh merosakkan struktur pintu.
        Invois INV-MY-2025-01288 telah dikeluarkan. Jumlah RM1,944.00 termasuk SST. Sila jelaskan bayaran dalam tempoh 14 hari.
    """),
    ("zh-Hans", "产品列表"): _lines("""
        【新品】三星 SHP-DP609 推拉式智能门锁，支持指纹、密码、蓝牙和卡片四种开锁方式，适用于新加坡组屋木门，含安装价 S$789。
        耶鲁 Yale YDM4109+ 智能锁马来西亚行货，两年保修，附送两张 RFID 卡，带 9V 应急供电口，适用门厚 40-80mm，售价 RM1,599。
        飞利浦 Philips EasyKey 702 电子锁，半导体指纹识别，虚位密码防偷窥，低电量提醒，SKU: PH-702-SLV，现货 12 台，新加坡仓发货。
        凯迪仕 Kaadas K20 全自动人脸识别门锁，带可视猫眼，可用 App 远程查看，适用于公寓防火门，下单前请先确认门厚与开门方向。
        德国多玛 Dorma TS68 闭门器，EN 2-4 力度可调，适合 70 公斤以下的门扇，银色款，单价 S$120，批量 10 个以上价格另议。
        不锈钢 304 挂锁 50mm，防剪锁梁，附三把钥匙，适合组屋铁闸和储物间使用，零售价 S$18.90，批发价请致电门市查询。
        空白钥匙坯 KW1 型号（100 支/盒），黄铜镀镍，适用于 Kwikset 系列锁芯，各品牌配钥机通用，每盒 RM95，满五盒包邮。
        全自动平移门电机 600kg 套装，含两个遥控器、光电安全传感器和四米齿条，马来西亚半独立式住宅常用，安装费另计，巴生谷以外地区需加收交通费。
        智能锁专用 5 号碱性电池 8 粒装，建议每 8 至 12 个月更换一次，更换时请勿同时取出全部电池，以免时间设置丢失。
        型号对比：DP609 与 DP738 的区别在于后者增加了人脸识别和 Wi-Fi 模块，但耗电较大，电池寿命约缩短三成，请按需选购。
        防盗门铰链 4 寸不锈钢（2 片装），承重 60 公斤，配自攻螺丝，订单满 S$50 免运费，预计 2 至 3 个工作日送达。
        保险箱 Eagle Safes 电子密码款 45 升，出厂默认密码 159，收货后请立即修改；售价 RM860，不含上楼搬运费用。
        商品编号 GT-ARM-24V-DUO：双臂式平开门开门机套装，24V 直流，带备用电池接口，适用于单扇宽度 3 米以内的铁门。
    """),
    ("zh-Hant", "鎖具歷史"): _lines("""
        1784 年英國發明家約瑟夫·布拉馬（Joseph Bramah）在倫敦店鋪櫥窗展示一把「挑戰鎖」，懸賞 200 畿尼給任何能打開它的人。
        這把布拉馬鎖直到 1851 年才被美國鎖匠阿爾弗雷德·查爾斯·霍布斯（Alfred Charles Hobbs）在萬國工業博覽會期間花了 51 小時打開。
        1818 年，查布兄弟（Jeremiah Chubb 與 Charles Chubb）的「偵測鎖」取得專利，鎖被撬動後會卡住，必須用原鑰匙重設才能再用。
        美國人小萊納斯·耶魯（Linus Yale Jr.）於 1860 年代改良彈子鎖並取得專利，其設計至今仍是多數住家門鎖鎖芯的基本結構。
        香港早年的配匙檔多設於唐樓樓梯底或街邊鐵皮檔，師傅以手銼配製銅匙，到七十年代才普遍使用電動配匙機，配一條鎖匙由半小時縮短至幾分鐘。
        古埃及的木製銷子鎖被認為是最早的機械鎖之一，距今約四千年，原理與現代彈子鎖相似，只是鑰匙的體積大得多，長度有時可達半米，需要扛在肩上攜帶。
        中國古代的簧片鎖（又稱廣鎖）以銅或鐵製成，鎖內有彈性銅片，鑰匙插入後壓合簧片才能抽出鎖梁，常見於箱櫃、衣櫥與大門門環，現多見於博物館收藏。
        二十世紀初，哈利·索雷夫（Harry Soref）在美國密爾沃基創辦 Master Lock，以層疊鋼片製造的挂鎖聞名於世，沿用至今。
        1920 年代，華特·施拉格（Walter Schlage）取得按鈕鎖的專利，後來以他命名的 Schlage 品牌成為北美最常見的門鎖之一。
        澳門舊區營地大街一帶曾聚集多家五金及配匙店，部分老店至今仍保留手搖配匙機作為店內擺設，吸引遊客駐足拍照，也有店家兼營修理雨傘和磨刀服務。
        台灣的電子鎖市場在 2010 年後快速成長，指紋鎖與密碼鎖逐漸取代傳統喇叭鎖，成為新建大樓住宅常見的標準配備，建商多與品牌簽訂整批採購合約。
        新加坡組屋早期多採用木門加鐵閘的設計，鐵閘常以掛鎖鎖上，這種「雙重門」的形式至今仍是組屋住宅的特色之一，新一代組屋則多改用防火門。
        常見的 9V 應急供電設計，讓住戶在電子鎖內置電池耗盡時可透過外部端子臨時供電並輸入密碼開門，是選購時的重要功能，建議家中常備一粒 9V 電池。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lockout job LK-250314-0087: occupant Mr Muthu Krishnan s/o Rajan, Blk 418 Bedok North Ave 2 #07-231, NRIC S7834512H, verified via tenancy agreement.
        Pls call Mdm Goh Siew Lan at 9684 2217 before reaching, she is 82 and hard of hearing, the neighbour will open the gate for you.
        Customer Nurul Aisyah binti Kamarudin, 24 Jalan Setia Murni U13/52, Setia Alam, 40170 Shah Alam, gate motor replacement, balance RM1,150 owing since March.
        New PIN for Mr Daniel Ong's door at The Sail @ Marina Bay unit 43-07 is 730519, master card reset; he asked us not to tell his ex-wife, who still has the old code.
        Complaint from Ms Priya Devi Suppiah (priya.suppiah88@gmail.com): technician cut her spare key and she believes a copy was kept; wants CCTV from 12 May.
        Just the number pls: 8132 0947, that's the lady at Sengkang who locked her toddler inside, call her back first thing.
        Residence verified for FIN G5123487T (domestic helper), employer's letter sighted, access granted only to the service yard gate.
        Mr Lee Kok Wah is behind on his mortgage and the bank is repossessing his Serangoon terrace; he wants all locks changed before the bailiffs come Friday.
        Invoice to: Tan Ah Kow, 17 Lorong Melayu, Singapore 416912, mobile +65 9023 6641, supply & install grille gate S$1,480 less deposit S$500.
        Caller says her husband Mr Ravi Chandran was arrested last week and she needs every lock rekeyed today; paying by PayNow, ref her mobile 9177 5320.
        Mdm Zhang Li (Blk 6 Toa Payoh Lor 7 #11-84) is recovering from a stroke and cannot reach the keypad; install the fingerprint lock at waist height please.
        job_ref=LK-250620-0112 name='Farhan Iskandar' nric=S9512038E addr='Blk 201C Punggol Field #12-455' pin_set=1 card_uid=04:A2:6F:1B:33:80
        Car lockout: Honda Vezel SMF 4281 K, owner Ms Jasmine Koh, keys locked inside with her baby, parked at Bishan Junction 8 carpark B2.
        Hi Aunty Mei, your new gate remote is ready, the code we paired is 7-3-3-1, pls don't share. Collect at shop or we send to your place at 55 Jalan Kembangan?
        Landlord Mr Jeffrey Sim (S7045881J) authorised us by WhatsApp to change the locks at his unit after tenant Mr Arun Nair failed to pay 3 months' rent.
        Bank transfer received from OCBC 601-234567-001 (KHOO BEE LENG) S$265.00 for job LK-250701-0009, pls match to the Sembawang lockout.
        She's pregnant and stuck outside since 2am: Mrs Amanda Fernandez, 21 Jalan Chempaka Kuning, please go there first.
        'LK-250715-0033','Wong Kah Mun','012-688 4150','kahmun.wong@yahoo.com','15, Jalan Anggerik 3, Taman Anggerik, 81300 Skudai, Johor','Yale YDM4109'
    """),
    "mixed": _lines("""
        Eh bro the Bukit Batok job, customer Mr Azman bin Yusof say he got diabetes, leg swollen cannot stand long, so do fast fast ok. Address Blk 238 #04-112.
        陈先生 call again about the invoice, he say cannot pay now because 公司裁员 lost his job, ask can pay RM300 per month. His no. 016-772 3918.
        Boss, 林太 at the Jalan Bukit Bintang condo want change PIN to 208814 because her son keep sneaking out at night, she dowan him know the new one.
        Customer IC 880612-10-5527 ok already, nama dalam IC sama dengan geran rumah, alamat No 8 Jalan Mawar 2, Taman Sri Muda, Shah Alam. Boleh proceed.
        阿明 the one at Sengkang keep WhatsApp me personally, he drunk every night and lose keys, today 3rd time this month, his wife also complain to us.
        Photo of Ms Chua Pei Shan's passport K2093851C and her NRIC back side uploaded to job folder, pls delete after verify. She stays Blk 115 Rivervale Dr.
        Uncle Ah Huat from Ang Mo Kio Ave 10 blk 530 say he going hospital for dialysis Tues and Thurs, install the gate lock Wed only, can?
        Mdm Siti Rohani bt Abdullah punya rumah di Blk 12 Marsiling Dr #03-19, she divorced already, ex-husband still got key, tukar cylinder hari ini juga.
        黄小姐 email winnie.huang.sg@outlook.com ask for e-invoice, I ask put company name ah, she say no, personal claim for her insurance, name Huang Wen Ni.
        Tech log: opened door for Mr Loh Chee Keong 9:40pm, MyKad 750203-07-5119 shows Penang address but tenancy letter ok, he just discharged from Penang GH.
    """),
    "ms": _lines("""
        Pelanggan: Encik Hafiz bin Osman, No. Tel 013-459 2087, alamat Lot 1123 Kampung Sungai Pusu, 53100 Gombak. Kerja: pasang pagar besi dan kunci mangga.
        Puan Rosnah binti Ahmad (No. KP 690411-03-5842) telah mengesahkan pemilikan rumah melalui bil TNB; pintu dibuka tanpa kerosakan pada jam 11.20 malam.
        Cik Nadia beritahu ibunya Puan Rosnah baru keluar hospital selepas pembedahan jantung dan tak boleh naik tangga, jadi tolong pasang kunci digital di pintu belakang.
        Encik Lim Boon Hock masih berhutang RM2,300 untuk kerja pagar automatik sejak Januari; sudah tiga kali WhatsApp 012-390 6618 tapi tiada jawapan.
        Nombor akaun pelanggan untuk bayaran balik deposit: CIMB 8011 4529 63, nama Mohd Khairul Anuar bin Zainal, jumlah RM150.
        Kod PIN baharu rumah Puan Kavitha di 33 Jalan Teratai 5, Taman Johor Jaya ialah 551903; sila padam mesej ini selepas dia sahkan.
        Aduan: Encik Syed Faizal mendakwa juruteknik kami mengambil gambar bilik tidurnya semasa memasang kunci di rumahnya di Bangsar; dia mahu laporan bertulis.
        Borang: Nama: Aminah binti Hassan | MyKad: 820925-14-6270 | Telefon: 019-221 7045 | Alamat: 7-3A, Pangsapuri Seri Cempaka, Jalan Cempaka, Cheras
        Isteri pelanggan, Puan Farah, hamil lapan bulan dan terkunci di luar rumah bersama anak kecil; suaminya Encik Redzuan dalam perjalanan dari Seremban.
    """),
    "zh-Hans": _lines("""
        开锁登记：王建国，居民身份证 440305198803072312，住址新加坡金文泰 Blk 328 Clementi Ave 2 #09-17，已出示租约核实居住。
        李太太说她老公欠了大耳窿的钱，天天有人来泼油漆，要把铁闸和门锁全部换掉，电话 9345 1187，住宏茂桥 5 道。
        刘女士的指纹锁密码是 605218，她女儿刘欣怡也录了右手食指指纹，家住新山 Taman Molek 的双层排屋。
        师傅请注意：张伯伯有老年痴呆，常忘记密码，家人要求改用指纹开锁，联系人是他儿子张志强 +65 8826 4410。
        发票抬头：周慧琳个人，邮箱 zhou.huilin1991@163.com，地址：吉隆坡 Mont Kiara 某公寓 B-21-06，金额 RM2,380。
        黄先生离婚后搬出去了，前妻要求我们今天把锁芯换掉，不让他再进屋，地址是义顺 Blk 745 Yishun St 72 #06-330。
        客户投诉记录：陈美玲，手机 +60 12-905 3317，称我司技工在她家安装时偷拍了她的银行卡，要求退款并已报警。
    """),
    "zh-Hant": _lines("""
        客戶：何家明先生，香港身份證 K512384(4)，住址：九龍觀塘協和街 88 號 8 樓 B 室，更換大門電子鎖及鐵閘鎖。
        台北市大安區的林小姐，身分證字號 A227315843，電話 0928-613-552，要求今晚換鎖，因為前男友還留有鑰匙。
        澳門陳生話佢氹仔屋企上個禮拜俾人爆格，想裝返把好啲嘅鎖，電話 6628 1937，叫師傅聽日朝早上門。
        梁太話佢老公中風之後行動唔方便，想將閘門改做遙控開關，地址係沙田大圍美田路 12 號 3 樓。
        陳志偉，HKID Y623817(1)，轉數快 FPS 電話 6392 1748，已付訂金 HK$500，尚欠 HK$2,300。
        技師備註：蔡媽媽一個人住，有輕度失智，成日唔記得大門密碼 482093，兒子要求每月上門檢查一次。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a 24-hour locksmith in Singapore. Collect address, contact and proof-of-residence details before dispatch.",
        ),
        (
            "user",
            "Hi I'm locked out!! Blk 512 Jurong West St 52 #08-1147. Name Kelvin Teo, my number 9781 2263. Keys inside, phone at 20% battery.",
        ),
        (
            "assistant",
            "Sorry to hear that, Kelvin. A technician can reach Blk 512 Jurong West St 52 in about 35 minutes. Please have your NRIC or a document showing this address ready.",
        ),
        (
            "user",
            "My NRIC is S8216490A but the address on it is my parents' place in Bedok. I have the tenancy agreement in my email though.",
        ),
        (
            "assistant",
            "That works. Please show the technician the tenancy agreement on your phone together with NRIC S8216490A. We will call 9781 2263 when we are 5 minutes away.",
        ),
    ],
    [
        ("system", "你是一家马来西亚锁匠公司的行政助理，帮忙起草催款和客服信息。"),
        (
            "user",
            "帮我写一条 WhatsApp 给陈国辉先生，他电话 012-771 4036，去年 11 月装自动门的尾款 RM1,850 还没付，他说最近生意失败。",
        ),
        (
            "assistant",
            "陈先生您好，这里是锁匠公司行政部。关于去年11月在您府上安装自动门的尾款 RM1,850，我们理解您近期生意上的困难，如需分期付款请随时告知，我们可以商量每月金额。谢谢！",
        ),
        (
            "user",
            "好，再加一句说如果月底前没回复，我们会寄律师信到他家 No. 14, Jalan Kenari 7, Bandar Puchong Jaya。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk syarikat pemasangan pagar dan grill di Selangor."),
        (
            "user",
            "Tolong buat sebut harga untuk Puan Salmah binti Yaakob, rumah teres di No. 9 Jalan Kenanga 4, Taman Kenanga, 43000 Kajang. Telefon 017-334 8210.",
        ),
        (
            "assistant",
            "Sebut Harga SQ-2025-0311. Kepada: Puan Salmah binti Yaakob, No. 9 Jalan Kenanga 4, Taman Kenanga, 43000 Kajang (017-334 8210). Pagar gelongsor besi hitam 16 kaki dengan motor: RM4,200. Grill pintu utama: RM950.",
        ),
        (
            "user",
            "Dia minta diskaun sebab suami baru meninggal dunia bulan lepas dan dia seorang sara tiga anak. Boleh tambah diskaun 10%?",
        ),
        (
            "assistant",
            "Boleh. Jumlah asal RM5,150 ditolak diskaun 10% (RM515) menjadi RM4,635. Saya cadangkan catatan ringkas: diskaun ihsan, tanpa menyebut hal peribadi pelanggan dalam dokumen.",
        ),
    ],
    [
        (
            "system",
            "Internal assistant for technicians. Current job card: LK-250808-0021, customer Mdm Rahimah Said, Blk 77 Commonwealth Dr #05-14, tel 9460 3385, note: wheelchair user, lives alone.",
        ),
        (
            "user",
            "Reaching in 10 min. Door is a Yale YDM3109, customer says the keypad is dead. Anything I should know?",
        ),
        (
            "assistant",
            "Mdm Rahimah Said uses a wheelchair and lives alone, so she may take time to reach the door. Try the 9V emergency terminal first. If you need to call her, the number on the job card is 9460 3385.",
        ),
        ("user", "Ok opened. She asked to set PIN 190455 and mount the handle lower. Log it."),
        (
            "assistant",
            "Logged for LK-250808-0021: battery replaced, user PIN updated at the customer's request, handle height adjustment requested. For security I have not stored the PIN itself in the job notes.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me write complaint to the locksmith company? Their guy come my house at Blk 402 Sembawang Dr #10-219 and overcharge me S$420 for simple lockout.",
        ),
        (
            "assistant",
            "Sure. Could you share the company name, date of the job, and the amount quoted before the work started?",
        ),
        (
            "user",
            "Company call Quick Unlock SG, 3 July, phone quote was S$80. My name Nicholas Poh, email nick.poh.77@gmail.com, can put inside.",
        ),
        (
            "assistant",
            "Dear Quick Unlock SG, I am writing about the lockout service on 3 July at Blk 402 Sembawang Dr #10-219. I was quoted S$80 by phone but charged S$420. Please explain or refund the difference. Regards, Nicholas Poh (nick.poh.77@gmail.com)",
        ),
    ],
    [
        ("system", "你是香港一間鎖匙店的客服助理，以廣東話書面語回覆。"),
        (
            "user",
            "我部電子鎖突然唔認我密碼 260817，我住荃灣沙咀道 203 號 15 樓 C 室，叫區太，電話 9123 4806，幾時有師傅上嚟？",
        ),
        (
            "assistant",
            "區太你好，密碼失效可能係電池電量不足。師傅今日下午 3 點至 5 點可以上荃灣沙咀道 203 號 15 樓 C 室，屆時會先用 9V 應急供電試開。為安全起見，之後建議你重設密碼。",
        ),
        ("user", "好，記住我個仔有自閉症，見到陌生人會好驚，師傅入嚟之前請先打電話通知我。"),
    ],
    [
        (
            "user",
            "Can you clean up this CSV row for my job tracker? LK-250902-0004,Ong Siew Hwa,Blk 19 Eunos Crescent #02-63,S6609214C,9822 7150,rekey 2 cylinders,paid",
        ),
        (
            "assistant",
            "Here it is with headers: job_ref,customer,address,nric,mobile,work,status / LK-250902-0004,Ong Siew Hwa,Blk 19 Eunos Crescent #02-63,S6609214C,9822 7150,rekey 2 cylinders,paid. Consider dropping the NRIC column; you usually only need to record that ID was sighted.",
        ),
        ("user", "Good point. Remove NRIC and give me a formula to flag unpaid jobs."),
        (
            "assistant",
            "Updated row: LK-250902-0004,Ong Siew Hwa,Blk 19 Eunos Crescent #02-63,9822 7150,rekey 2 cylinders,paid. In a new column use =IF(G2<>'paid','CHASE','') assuming status is column G.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a locksmith business in Penang."),
        (
            "user",
            "A customer, Mrs Deborah Cheah, wants me to change the locks at 8 Lorong Burmah 5, George Town. She says she is separating from her husband Mr Alvin Cheah, both names are on the title. Is it OK?",
        ),
        (
            "assistant",
            "Be careful. If both spouses are registered owners, changing locks to exclude one may lead to a dispute. Ask Mrs Cheah for a court order or written consent from Mr Alvin Cheah, or advise her to consult a lawyer first.",
        ),
        (
            "user",
            "She showed me an interim protection order from the court, says he hit her. Her MyKad is 830517-07-5290.",
        ),
        (
            "assistant",
            "An interim protection order changes things. Sight the order, note the case reference and MyKad 830517-07-5290 in your records, then proceed, and give the new keys only to Mrs Cheah.",
        ),
    ],
    [
        (
            "system",
            "Pembantu untuk juruteknik pagar automatik. Jawab dalam bahasa campuran Melayu-Inggeris.",
        ),
        (
            "user",
            "Customer Encik Zulkifli bin Mansor, 45 Jalan Delima 2, Taman Delima, Klang, dia OKU, guna kerusi roda. Nak pasang auto gate yang boleh buka guna phone. Model apa sesuai?",
        ),
        (
            "assistant",
            "Untuk Encik Zulkifli, cadangan: motor swing arm 24V dengan modul Wi-Fi/GSM supaya boleh buka guna app, plus backup battery in case blackout. Pastikan button manual dipasang pada ketinggian kerusi roda, lebih kurang 90cm.",
        ),
        ("user", "Ok. Nombor dia 012-550 7291, dia nak appointment Sabtu pagi. Boleh draft SMS?"),
        (
            "assistant",
            "SMS: Salam Encik Zulkifli, juruteknik kami akan datang ke 45 Jalan Delima 2, Taman Delima, Klang pada Sabtu jam 10 pagi untuk survey auto gate. Sila balas YA untuk sahkan. Terima kasih.",
        ),
    ],
    [
        ("system", "你是新加坡一家开锁公司的数据助理。"),
        (
            "user",
            "把今天的开锁单整理一下：第一单 19:20 兀兰 Blk 681 Woodlands Dr 62 #07-105，客户苏志豪，电话 8734 9102，身份证 T0312876D，已核实。",
        ),
        (
            "assistant",
            "整理如下：时间 19:20；地址 Blk 681 Woodlands Dr 62 #07-105；客户 苏志豪；电话 8734 9102；证件 T0312876D（已核实）；状态：待填写工作结果。",
        ),
        (
            "user",
            "工作结果是无损开锁，收了 S$90，客户说他刚做完化疗身体很虚，所以帮他把电子锁改成指纹。",
        ),
        (
            "assistant",
            "已更新：苏志豪（Blk 681 Woodlands Dr 62 #07-105）无损开锁，收费 S$90，并按客户要求改为指纹开锁。建议健康原因不写入正式工单，只备注“客户要求改指纹”。",
        ),
    ],
]
