# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en249: SG/MY buskers, street performers and their licensing and event bookings (busking permits, pitch rosters, gig payments, complaints, performer groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en249
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "permit_notices"): _lines("""
        NOTICE TO ALL CARDHOLDERS: Busking at Orchard Road pitches 3A to 3F is suspended from 14 to 16 Dec 2026 for the Christmas light-up works. Please check the updated pitch map.
        Amplifiers at Esplanade outdoor pitches must not exceed 70 dB(A) measured 3 m from the speaker; readings are taken by duty officers between 6pm and 10pm.
        Busker Card applications with incomplete audition videos will be returned. Upload a 3-minute MP4 (max 200 MB) showing your full act, not a highlight reel.
        Collection boxes must stay within the marked pitch. Card readers and PayNow QR standees are allowed if they do not block the walkway (min. 1.5 m clear).
        Pasar Seni performance zone, Jalan Hang Kasturi: permit holders must display the DBKL-issued lanyard at all times. Enquiries: 03-2691 4488 (office hours only).
        George Town weekend busking lane at Lebuh Armenian runs 5pm-11pm Fri-Sun. Fire acts, unicycles taller than 1.2 m and drones are not permitted in the lane.
        Reminder from the Busking Scheme secretariat: pitch swaps must be logged on the portal at least 24 hours before the slot. WhatsApp swaps between performers are not recognised.
        From 1 Jan 2027 the replacement fee for a lost Busker Card is S$15, payable by PayNow to UEN T08GB0032G. New applications remain free of charge.
        Performers who receive three written warnings within 12 months will have their card suspended for 3 months. Appeals go to appeals@buskingscheme.sg within 14 days.
        Kuching Waterfront Friday Night Busk: 24 slots of 45 min each, 6.30pm to 11pm. Registration desk at the Sarawak Steamship Building, Level 1.
        Orchard pitch O-07 outside Ngee Ann City is closed until further notice due to MRT station works; affected slots have been moved to O-11 and O-12.
        Melaka Jonker Walk night market: street performers must end their sets by 11.30pm on Fri and Sat. Night market secretariat hotline 06-288 4010.
        Children under 16 may perform only with a cardholder parent or guardian present on pitch; weekday slots after 9pm during school term are not open to minors.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-12-05T18:02:11+08:00 INFO roster.publish week=2026-W50 pitches=86 slots=1,204 conflicts=0 duration_ms=842
        2026-12-05T18:02:13+08:00 WARN pitch O-07 status=CLOSED reason=site_works reassigned_slots=14 target=O-11,O-12
        pitch_id,zone,lat,lng,max_db,power_socket,shade,allowed_acts,night_only,last_inspected
        O-11,Orchard,1.30261,103.83471,70,N,Y,"music|magic|living_statue",N,2026-11-28
        PS-03,Pasar Seni,3.14245,101.69531,75,Y,N,"music|dance|caricature",Y,2026-11-30
        2026-12-06 21:14:07 ERROR payout.batch id=PB-20261206-03 provider=PayNow failed=2 retry_in=900s msg="proxy not found"
        2026-12-06 21:30:55 INFO booking.confirmed ref=BK-7Q2X-0915 venue="Clarke Quay Central Fountain" slot=19:30-20:15 fee_sgd=180.00
        booking_ref,event_name,venue,slot_start,slot_end,fee,currency,deposit_paid,invoice_no,status
        BK-7Q2X-0916,Deepavali Carnival,Little India Arcade,2026-10-24 18:00,2026-10-24 19:00,250.00,SGD,Y,INV-26-0481,completed
        2026-12-07T09:00:00Z DEBUG sms.gateway sender_id=BUSKSG template=slot_reminder_v3 queued=312 rate_limit=50/s
        sha256(audition_2026_batch7.zip)=9f2c41e07ab3d58e6c1190fb2ad4471c0e9b6d35a8f7c2e1b40d93a6f5e8c712 size=1.8GB
        2026-12-07 10:12:44 WARN decibel.sensor pitch=E-02 avg_dba=78.4 limit=70 window=5m action=notify_duty_officer
        GT-LA-05,George Town,5.41712,100.33689,72,N,Y,"acoustic|juggling|shadow_puppet",Y,2026-12-01
    """),
    ("en", "faq"): _lines("""
        Q: Do I need a Busker Card to play at a private mall event? A: No. Mall atriums are private property; you need the mall's written booking, not a Busker Card.
        Q: Can I sell CDs or merch at my pitch? A: Only recordings of your own act may be sold, and prices must be clearly shown. No other retail is allowed.
        Q: How are pitches allocated? A: Weekly by ballot on the portal, opening Mondays 10am. Each cardholder may hold at most 6 slots per week.
        Q: Is busking income taxable? A: Yes. Tips and gig fees count as trade income; keep a simple record and declare it as self-employed income when you file with IRAS.
        Q: Can I cover songs by Jay Chou or Siti Nurhaliza? A: Live covers on public pitches are generally fine; recording and uploading them may need a licence from COMPASS.
        Q: What happens if it rains? A: Slots cancelled for weather are not refunded but can be rebooked within 7 days at no charge.
        Q: Do duo or band acts need one card each? A: One group card covers up to 5 members; every member must be listed at the time of application.
        Q: Who do I call if a pitch is blocked by a kiosk? A: Contact the precinct operations hotline 6737 1560 (Orchard) or email pitches@orchardprecinct.sg.
        Q: Are fire acts allowed in KL? A: Not on DBKL street pitches. Fire and pyrotechnic acts need a separate Bomba clearance and an event permit.
        Q: Is a living statue act considered busking? A: Yes, under category C (visual and physical performance). Costumes must not resemble police or army uniforms.
        Q: How much does a corporate booking usually pay? A: Our guide rate is S$150-S$300 per 45-minute set for solo acts and S$400-S$900 for bands, before GST.
        Q: Can I use a portable generator? A: No. Only battery-powered amplifiers up to 30 W are permitted on pitches without a power socket.
        Q: Can I perform inside MRT stations? A: No. MRT and LRT stations are not part of the scheme; the rail operators run their own station events programme.
    """),
    ("en", "event_invoices"): _lines("""
        TAX INVOICE INV-2026-1142 | Tiger Lane Entertainment Pte Ltd (UEN 201718245M) | GST Reg No. 201718245M | Date: 02/12/2026 | Terms: 30 days
        Bill to: Marina Bay Events Management, 10 Bayfront Avenue, Singapore 018956 | Attn: Accounts Payable | PO No. MBE-PO-77310
        Item 1: Roving stilt walkers x 2, 3 hrs, Christmas on a Great Street, Orchard Road, 19/12/2026 ... S$1,260.00
        Item 2: Balloon sculpting station incl. 400 balloons and setup, 4 hrs ... S$680.00 | Item 3: Transport and parking ... S$85.00
        Subtotal S$2,025.00 | GST 9% S$182.25 | Total S$2,207.25 | Deposit received 50% (S$1,103.63) | Balance due S$1,103.62
        Payment by PayNow to UEN 201718245M or transfer to DBS Bank Ltd, account name Tiger Lane Entertainment Pte Ltd, current account 072-901234-5.
        INVOIS No. PSK/2026/0388 | Persatuan Seniman Kaki Lima Kuala Lumpur (PPM-016-14-22082019) | Kepada: Pavilion KL Mall Management Sdn Bhd
        Description: 3 x acoustic busking sets (45 min), Pavilion KL main entrance fountain, 20-22 Dec 2026 @ RM450 per set = RM1,350.00; SST not applicable.
        Late payment interest of 1.5% per month applies after the due date. Cheques payable to "Five-Foot Way Arts Sdn Bhd" (SSM 202101034567 (1418866-K)).
        CREDIT NOTE CN-0042 against INV-2026-1098: slot cancelled due to thunderstorm, Sentosa Siloso Beach, 29/11/2026. Amount credited S$240.00.
        Remit to: Maybank Berhad, Jalan Tun Perak branch, A/C 5141 2033 7789 (Five-Foot Way Arts Sdn Bhd), SWIFT MBBEMYKL. Please quote the invoice number.
        Quotation QT-26-219 valid 14 days: Chinese New Year lion dance + 24 Festive Drums combo, 15 min, Chinatown Point atrium, S$1,888 (auspicious rate) excl. GST.
        Receipt RC-880154 | Received from Jewel Changi Airport Trust Pte Ltd the sum of S$3,300.00 for the Rain Vortex roving performers package, Nov 2026.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Ops team pls note: Clarke Quay fountain pitch tonight shifted to 7.45pm, the bar there got private event. Update roster on the portal, don't just WhatsApp.
        Eh the PayNow batch for Week 49 fail again lah, 2 payouts bounced. Finance says by Tuesday can settle, tell the performers sabar sikit.
        Pitch E-02 sensor kena trigger 78 dB just now, the drum group there. Duty officer on the way, nobody go argue with them first ok.
        明天Bugis Street 2 个slot still kosong, anyone from the roster free can take? Must confirm before 6pm today hor.
        Boss said the Deepavali carnival invoice INV-26-0481 already paid, can close the booking. Receipts pls upload to shared drive /Finance/2026/Oct.
        Hujan lebat kat Pasar Seni now, all 8pm slots cancel. Those affected can rebook free within 7 days, send the template message ya.
        The new lanyards from DBKL sampai already, 60 pieces, kept in the grey cabinet at the Jalan Hang Kasturi office. Collect with your card only.
        Reminder: no more free passes for the Chingay rehearsal, the organiser only gave us 20 passes this year. First come first serve at the office.
        Can someone check why the booking form on the website hanging? Error 502 since 3pm, clients calling the office line 6221 0937 asking where to pay.
        George Town lane tonight quite sibuk, the night market extended to 12am. MBPP says buskers can stay until 11.30 max, not later.
        大家注意，Orchard O-07 still closed, don't allocate anyone there. The system should auto block but double check lah.
        Client from Jewel wants 2 more stilt walkers for 24 Dec, rate same as last time S$210 per hour. Who can handle the costume fitting?
        Sound check at Esplanade Outdoor Theatre 5pm sharp. Bring own XLR cables, the venue ones all spoil already, jangan lupa.
    """),
    ("ms", "notis_peraturan"): _lines("""
        NOTIS: Permit persembahan jalanan bagi tahun 2027 boleh diperbaharui mulai 4 Januari 2027 di kaunter Menara DBKL 1, Jalan Raja Laut, 50350 Kuala Lumpur.
        Setiap pemegang permit hanya dibenarkan membuat persembahan di lokasi yang dinyatakan dalam permit. Persembahan di luar zon boleh dikenakan kompaun sehingga RM500.
        Penggunaan pembesar suara melebihi 30 watt tidak dibenarkan di kawasan Bukit Bintang selepas jam 10 malam demi keselesaan penduduk dan peniaga.
        Yuran permohonan permit busking ialah RM50 setahun. Bayaran boleh dibuat secara FPX atau di kaunter hasil, dan resit rasmi mesti disimpan.
        Kumpulan persembahan melebihi 5 orang perlu mendaftar sebagai kumpulan dan mengemukakan senarai ahli bersama salinan sijil SSM atau ROS.
        Aduan awam berkaitan bunyi bising atau halangan laluan pejalan kaki boleh dibuat melalui talian bebas tol 1-800-88-3255 atau aplikasi aduan rasmi.
        Jadual uji bakat Busking KL: Sabtu, 16 Januari 2027, 10 pagi hingga 5 petang, Dewan Serbaguna Pasar Seni. Sila bawa alat muzik sendiri.
        Persembahan api, senjata tajam dan haiwan hidup adalah dilarang di semua lokasi busking tanpa kelulusan bertulis Jabatan Bomba dan Penyelamat Malaysia.
        Kanak-kanak di bawah umur 18 tahun mesti disertai penjaga dan tidak dibenarkan membuat persembahan selepas jam 10 malam pada hari persekolahan.
        Majlis Bandaraya Pulau Pinang: lorong persembahan di Lebuh Armenian dibuka Jumaat hingga Ahad, 5 petang hingga 11 malam, kecuali pada hari perayaan tertentu.
        Sumbangan orang ramai hendaklah dikutip menggunakan bekas terbuka atau kod QR DuitNow sahaja. Meminta wang secara paksa adalah satu kesalahan.
        Sejarah ringkas: seni jalanan di Pasar Seni berkembang sejak pertengahan 1980-an apabila bekas pasar basah Kuala Lumpur ditukar menjadi pusat kraf dan budaya.
        Lagu-lagu klasik P. Ramlee seperti "Getaran Jiwa" dan "Azizah" kekal menjadi pilihan popular pemuzik jalanan di sepanjang Jalan Bukit Bintang.
    """),
    ("zh-Hans", "新闻与行业资讯"): _lines("""
        新加坡的街头艺人证制度已实行二十多年，乌节路、滨海艺术中心和牛车水一直是最受欢迎的表演地点，周末黄金时段的抽签竞争尤其激烈。
        林俊杰在新加坡国家体育场举行演唱会当晚，乌节路多个表演点的街头艺人都选了他的《江南》作为翻唱曲目，吸引不少歌迷驻足合唱。
        台北市文化局的街头艺人证照采用审议制，通过审议者可在捷运站出口、公园等公告地点表演，证照有效期一般为三年，每年举办多场审议。
        香港旺角西洋菜南街行人专用区于2018年8月正式取消，此前这里是全港街头表演最密集的地方，也曾因噪音问题引发大量居民投诉。
        马来西亚歌手黄明志（Namewee）早年的作品大多在网络发布，他的《Negarakuku》曾引起广泛争议，至今仍是大马华语乐坛常被提起的话题。
        槟城乔治市艺术节期间，亚美尼亚街一带的街头表演和墙绘吸引大量游客，主办单位每年都会在官网公布完整节目单和街头演出时间表。
        邓丽君的《月亮代表我的心》是牛车水街头艺人最常被点唱的歌曲之一，不少二胡和萨克斯风演奏者都把它放在每晚的固定曲目里，游客点歌时也最常提到它。
        据主办方公布，2026年滨海湾跨年倒数活动将设置12个街头表演点，每个表演点每晚安排4组艺人，演出时间为晚上8点至11点半。
        吉隆坡茨厂街（Petaling Street）的街头表演以传统乐器为主，古筝、二胡与扬琴常在周末夜市时段出现，游客多在晚上9点后聚集。
        新加坡国家艺术理事会表示，街头艺人可通过网上系统申请表演时段，每周一上午10点开放抽签，结果于周三中午前公布，未中签的时段会在周四释出供候补申请。
        孙悟空造型的活体雕像表演在圣淘沙名胜世界外颇受游客欢迎，表演者全身涂成金色，大约每十分钟才变换一次动作，常有小朋友排队合照。
        澳门大三巴牌坊前的石阶一直是街头艺人聚集的地方，文化局对在世界遗产范围内表演另设规定，扩音器音量和表演时长都受到限制，节庆期间还需另行申请。
        价格参考：企业活动邀请街头魔术师，45分钟一场约新币250至400元；杂技或高跷表演另加交通费新币50元，节假日价格上浮20%。
    """),
    ("en", "config_and_code"): _lines("""
        BOOKING_API_BASE=https://api.buskbook.example.com/v2  # staging: https://staging.buskbook.example.com/v2
        PAYNOW_PROXY_TYPE=UEN  PAYNOW_PROXY_VALUE=201718245M  PAYNOW_MERCHANT_NAME="TIGER LANE ENTERTAINMENT"
        def slot_minutes(start: str, end: str) -> int: return int((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() // 60)
        MAX_SLOTS_PER_WEEK = 6; MAX_DB_DEFAULT = 70; QUIET_HOURS = ("22:00", "07:00")  # per-precinct overrides live in pitches.yaml
        pitches.yaml -> O-11: {zone: Orchard, max_db: 70, power: false, acts: [music, magic, living_statue], night_only: false}
        SELECT pitch_id, COUNT(*) AS slots FROM bookings WHERE week = '2026-W50' AND status = 'confirmed' GROUP BY pitch_id ORDER BY slots DESC;
        test_performer = {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+65 6000 0000"}  # fixture only, not a real performer
        0 10 * * MON /opt/buskbook/bin/run_ballot --week next --seed-from-hash --notify sms,email >> /var/log/buskbook/ballot.log 2>&1
        SMS_TEMPLATE_SLOT_REMINDER = "Reminder: your slot at {pitch_name} starts {start_time}. Reply STOP to opt out. -BuskSG"
        version: 3.4.1 | build 20261204.7 | commit a41f9c2e | min_ios 15.0 | min_android 9 | changelog: fix DuitNow QR timeout on slow 4G
        if decibel_avg > pitch.max_db and window_minutes >= 5: notify(duty_officer_channel, pitch.id, round(decibel_avg, 1))
        CREATE TABLE pitch_rates (zone TEXT, act_category CHAR(1), weekday_rate NUMERIC(8,2), weekend_rate NUMERIC(8,2), currency CHAR(3));
        INSERT INTO pitch_rates VALUES ('Bukit Bintang','A',0.00,0.00,'MYR'), ('Sentosa Siloso','C',25.00,40.00,'SGD');
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Busker Card BC-2026-0817 holder: Muhammad Hafiz bin Roslan, NRIC S8734162C, act: beatbox + loop pedal, pitches O-11/E-02, contact 9128 4407.
        Complaint ref CP-26-1193: the guitarist at Bugis Junction, Desmond Teo, shouted at a shopper and refused to lower his volume; shopper wants him banned.
        Pls don't put Priya Ramasamy on the Friday slots anymore, she's 7 months pregnant and her gynae told her no standing more than an hour.
        Stilt walker Kenneth Loh fell at the Jewel gig on 19/11 and fractured his left wrist; he's on 6 weeks MC so take him off the Dec roster.
        Payout to performer: Tan Wei Ling, POSB Savings 188-52731-4, S$420.00 for 3 sets at Clarke Quay, PayNow mobile +65 9733 1862.
        Just the number for the magician, can call him directly: 8246 5190.
        Lost & found: a Busker Card with photo, name Joel Fernandez, card no. BC-2025-3302, found at Esplanade pitch E-04 on Sunday night.
        Performer application form | Name: Nur Aisyah binti Kamarul | MyKad: 990412-14-5568 | DOB: 12/04/1999 | Address: 17, Jalan SS 2/64, 47300 Petaling Jaya | Act: Malay folk songs with ukulele
        Siva's wife called the office, she says he owes the sound rental shop about RM3,800 and Ah Long keep calling their house. Please handle sensitively.
        FYI the juggler we booked for Chingay, Marcus Ong, was arrested last month for drink driving, the organiser wants to know if he is still on our list.
        Email from the fire-poi performer: rachel.sim.firepoi@gmail.com, she wants the invoice addressed to her home at 42 Lorong Marzuki, Singapore 416997.
        BC-2026-1042,Lim Chee Keong,S7809915A,+6597721304,acoustic_guitar,O-12,active,2026-03-14
        The old uncle who plays erhu at Chinatown, Mr Goh Ah Seng, has early dementia; his daughter asks us to call her at 9460 2283 if he looks lost.
        Vehicle for load-in at Sentosa: SLE 4471 K, driver Ravi Chandran, grey Honda Freed, arriving 5.15pm via Siloso Road.
        Performer 'DJ Bonbon' (real name Lee Jia Hui) says her ex-husband keeps turning up at her pitch after the divorce; she asked us not to publish her schedule.
        Withholding note: non-resident performer Kim Min-jun, passport M38194672, gig fee S$1,500, 15% withholding tax to be filed by 15 Jan.
        Pitch photo IMG_20261205_2031.jpg shows Farhan Ismail's face clearly together with his two kids, he asked us to remove it from the Instagram post.
        Payslip Dec 2026 - event crew Benjamin Chua Kok Wee, basic S$2,450, OT S$380, CPF employee S$566, net pay S$2,264.
        Call log 2026-12-06 19:22 inbound +60 12-338 5071 (caller: Azman, pitch PS-03 permit holder) re: enforcement officer confiscated his amplifier.
        Reference letter request: Mdm Chong Siew Mei, FIN G5521937R, 5 years busking as balloon artist at Bugis, needs the letter for her PR application.
        Harpist Clara Wee's mum emailed: Clara has epilepsy and must not be near strobe lights; please tell the Christmas lighting vendor before 19 Dec.
        Bank transfer failed for acc no 501-456789-001 (Jessie Koh, OCBC), please re-send S$360 once she confirms the correct number.
    """),
    "mixed": _lines("""
        Eh the saxophone uncle at Orchard, 阿強, his wife just passed away last week, don't schedule him this weekend lah, let him rest.
        黄先生 the lion dance troupe leader, his HP 9015 3678, call him before 6pm to confirm the CNY booking at Chinatown Point ok.
        Bro, Faizal kena saman RM300 for busking outside zone at Bukit Bintang, he cannot pay now, boleh pinjam from the group fund?
        Tolong update: Kavitha a/p Murugan, IC 010823-10-6642, HP 016-772 3815, new member of Kumpulan Gamelan Jalanan, start perform Jan.
        The Pasar Seni 魔术师 Jason Yap got hospitalised for dengue, platelet very low, his slots this week kosong, anyone can cover?
        林太 called again, she stays at Blk 8 Tanjong Pagar Plaza #12-214 and says the drummer below her unit too loud every night, she wants his name and card no.
        Pay Ah Boy's gig fee into his Maybank 1620 3318 4471 ok, don't use cash, he say his brother always take the cash from him.
        小美 the hula hoop girl, her HKID K305718(6), need for the Macau gig entry list, send to the agent today before 5pm.
        Boss, the beatboxer Darren aka Dazzbeatz owe us RM1,200 deposit since October, still tak bayar, his email dazzbeatz.official@gmail.com, chase him.
        Uncle Lau (puppet show) tak sihat, kena stroke last month, his son Lau Jun Hao will take over the bookings, number 012-645 2290.
    """),
    "ms": _lines("""
        Permohonan permit: Nama Mohd Amirul Hakim bin Zainal, No. KP 950317-08-5213, alamat No. 8, Lorong Cempaka 3, Taman Sri Rampai, 53300 Kuala Lumpur.
        Aduan: penyanyi jalanan bernama Zulkifli di Jalan Alor selalu mabuk dan mengganggu pelanggan restoran, sila ambil tindakan segera.
        Bayaran persembahan kepada Siti Nabilah binti Ahmad, akaun CIMB 7062 1184 93, jumlah RM550 untuk 5 slot di Pasar Seni.
        Encik Rosli pemain gambus di Kuching Waterfront sedang menjalani rawatan kanser paru-paru, beliau mohon cuti tanpa gaji tiga bulan.
        Nombor telefon pengurus kumpulan dikir barat, Puan Normah: 019-983 4416, hubungi selepas jam 2 petang sahaja.
        Kenderaan membawa peralatan bunyi: WXY 8312, pemandu Hairul Anuar, akan tiba di Menara DBKL pada jam 4 petang.
        Saudara Danial Haikal ditahan polis semalam di Bukit Bintang kerana bergaduh dengan pemegang permit lain; permitnya digantung sementara.
        Borang penjaga: Anak saya Aqil Iskandar (12 tahun) akan membuat persembahan biola di Lebuh Armenian. Penjaga: Farah Diana, e-mel farahdiana.k@yahoo.com.
    """),
    "zh-Hans": _lines("""
        街头艺人证申请：陈志明，身份证号440304199208172632，手机13826457190，表演类别：魔术，申请地点：牛车水。
        王阿姨在滨海艺术中心唱粤曲已经十年了，最近她查出乳腺癌，家人希望我们暂停她接下来的所有排班。
        请把演出费转到刘晓峰的招商银行卡6214 8320 1157 4903，他说新币转人民币按当天的汇率算就可以。
        投诉：牛车水弹吉他的那个小伙子叫周杰（艺名阿杰），他欠房东三个月房租，房东天天跑到表演点来找他。
        福建来的杂技演员郑丽娟，身份证350203198803054122，护照E83920157，要办新加坡短期工作准证。
        李老师的联系邮箱 lilaoshi.guzheng@163.com，她教古筝也接商场活动，家住大巴窑8巷那一带。
    """),
    "zh-Hant": _lines("""
        旺角街頭歌手何嘉欣，香港身份證Y662041(6)，報名澳門大三巴街頭表演活動，聯絡電話 6283 1947。
        台北市街頭藝人證照持有人許志豪，身分證字號F120455730，表演項目：氣球造型，通訊地址新北市板橋區文化路一段188巷5號3樓。
        林美玲小姐（身分證A233186045）因為車禍受傷，本月在西門町的表演全部取消，她的經紀人請大家不要到醫院探望。
        澳門的陳先生說他女兒在議事亭前地表演時被遊客偷拍，照片被放上網，他要求我們協助刪除，電話 6688 2417。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an invoicing assistant for freelance street performers in Singapore. Keep invoices simple and GST-free unless the user says they are GST-registered.",
        ),
        (
            "user",
            "Can you draft an invoice for me? I'm Sharon Tay Hui Min, sole prop 'Sharon Tay Balloon Art', UEN 53412876X. Bill Clarke Quay management for 2 balloon sets on 30 Nov, S$220 each. My PayNow is 9184 6620 and my address is 55 Jurong West St 42, #08-311, Singapore 640055.",
        ),
        (
            "assistant",
            "Here is a draft: | INVOICE SBA-2026-014 | From: Sharon Tay Hui Min (Sharon Tay Balloon Art, UEN 53412876X), 55 Jurong West St 42, #08-311, Singapore 640055 | To: Clarke Quay Management | Item: Balloon sculpting sets x 2 (30 Nov 2026) @ S$220 = S$440.00 | Payment: PayNow 9184 6620 within 14 days. | You may want to use only your UEN for PayNow instead of your mobile number.",
        ),
        (
            "user",
            "Good idea, change it to PayNow UEN and remove my home address, put just the UEN.",
        ),
        (
            "assistant",
            "Updated: From: Sharon Tay Balloon Art (UEN 53412876X). Payment: PayNow to UEN 53412876X within 14 days. The home address has been removed.",
        ),
    ],
    [
        (
            "user",
            "There's this busker at Tampines Hub named Alvin Seah, plays drums on buckets every night until 10.30pm. I live at Blk 512 Tampines Central 1 #09-77 and my baby cannot sleep. Who do I complain to ah?",
        ),
        (
            "assistant",
            "Sorry to hear that. For a licensed busker, you can report the pitch, date and time to the busking scheme's feedback channel, or to the town council or the managing agent of the hub if it is private property. You don't need to give the performer's name; the pitch and time are enough for them to check.",
        ),
        (
            "user",
            "Ok but can help me write the message? Say my name is Mdm Nadia Rahman, contact 9371 2085.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am Mdm Nadia Rahman (9371 2085), a resident of Tampines Central 1. A bucket-drum performer at Tampines Hub plays loudly until about 10.30pm nightly, which disturbs my infant's sleep. I would appreciate it if the volume and ending time could be reviewed. Thank you.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya untuk pemohon permit persembahan jalanan di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak renew permit busking. Nama saya Ahmad Syafiq bin Nordin, IC 920705-14-6231, permit lama no. DBKL/PJ/2025/0442. Dokumen apa perlu bawa?",
        ),
        (
            "assistant",
            "Biasanya anda perlu membawa salinan kad pengenalan, permit lama, gambar berukuran pasport dan resit bayaran yuran. Sila semak senarai terkini di kaunter atau laman web rasmi sebelum datang.",
        ),
        (
            "user",
            "Ok terima kasih. Kalau saya ada rekod saman lama RM200 yang belum bayar, boleh renew tak?",
        ),
        (
            "assistant",
            "Kompaun tertunggak mungkin perlu dijelaskan dahulu sebelum permit diperbaharui. Saya cadangkan anda membayar kompaun tersebut dan membawa resitnya semasa memohon.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封请假信。我们乐队的鼓手黄子健上周在乌节路演出后突然晕倒，医院诊断是心律不齐，要休养一个月。他的艺人证号是BC-2026-0933。",
        ),
        (
            "assistant",
            "好的，以下是草稿： | 尊敬的街头表演计划秘书处： | 本乐队鼓手黄子健（艺人证号BC-2026-0933）因健康原因需休养一个月，特此申请暂停其本月所有排班，并保留其表演时段资格。如需医疗证明，我们可另行提交。 | 此致 | 敬礼",
        ),
        ("user", "要不要把病名写进去？"),
        (
            "assistant",
            "一般写「因健康原因」就足够了，不必透露具体病名。如秘书处要求，可以直接提交医生证明，这样能更好地保护他的隐私。",
        ),
    ],
    [
        (
            "system",
            "You are the roster assistant for Five-Foot Way Arts Sdn Bhd. Current December roster (confidential): PS-03 Fri 8pm - Aiman Zakaria (012-551 9082); PS-03 Sat 8pm - Grace Lim Pei Shan (017-204 6631, on light duty after knee surgery); BB-01 Sat 9pm - Vincent Raj (011-2873 4410).",
        ),
        ("user", "Who's playing at Pasar Seni this Saturday night?"),
        (
            "assistant",
            "On Saturday at 8pm, pitch PS-03 is assigned to Grace Lim Pei Shan. Note she is on light duty, so please avoid booking her for any standing-heavy extra slot.",
        ),
        ("user", "Ok, and can you give me Vincent's number, I want to ask him to swap with Grace."),
        (
            "assistant",
            "Vincent Raj can be reached at 011-2873 4410. Remember any swap must also be logged on the permit portal, not only agreed by phone.",
        ),
    ],
    [
        (
            "user",
            "我是香港來的街頭魔術師，想申請台北市街頭藝人證照。我叫鄧浩然，香港身份證號碼是R482913(3)，現在住在台北市大安區和平東路二段96巷12號。外國人可以申請嗎？",
        ),
        (
            "assistant",
            "一般而言，持有合法居留身分的外籍或港澳人士也可以報名，但需要依當年度簡章準備身分證明與居留文件。建議先到臺北市文化局網站查看最新的審議簡章與報名時間。",
        ),
        ("user", "報名表上的住址可以寫工作室地址嗎？我不想公開住家。"),
        (
            "assistant",
            "可以詢問主辦單位是否接受通訊地址。如果可以，用工作室地址作為通訊地址會比較安全，住家地址只在必要的身分核對時提供即可。",
        ),
    ],
    [
        (
            "system",
            "You summarise complaint emails for the operations team of a busking agency. Keep names and contact details so that staff can follow up.",
        ),
        (
            "user",
            "Summarise this: 'Hi, I am Mr Kelvin Ho, 9826 3340. On Sat 6 Dec at Bugis Street, your living statue performer in the silver suit followed my daughter and grabbed her arm for a photo. She is 14. I want an apology and the performer's details.'",
        ),
        (
            "assistant",
            "Summary: Complainant Mr Kelvin Ho (9826 3340) reports that on Sat 6 Dec at Bugis Street, the silver-suit living statue performer followed his 14-year-old daughter and grabbed her arm for a photo. He requests an apology and the performer's details. Suggested action: identify the performer from the roster, call Mr Ho within 24 hours, and do not release the performer's personal details without review.",
        ),
    ],
    [
        (
            "user",
            "Can help me clean up this roster lah, got duplicates: | BB-01,Sat,21:00,Nurul Izzah Hamdan,013-882 4519 | BB-01,Sat,21:00,Nurul Izzah Hamdan,013-882 4519 | PS-03,Sun,20:00,Teo Boon Kiat,016-330 7784",
        ),
        (
            "assistant",
            "Cleaned roster: | BB-01,Sat,21:00,Nurul Izzah Hamdan,013-882 4519 | PS-03,Sun,20:00,Teo Boon Kiat,016-330 7784 | One duplicate row was removed.",
        ),
        (
            "user",
            "Thanks. Teo Boon Kiat actually cannot play Sunday, his court case for the divorce is on Monday morning, so shift him to the following week.",
        ),
        (
            "assistant",
            "Done: PS-03,Sun (following week),20:00,Teo Boon Kiat,016-330 7784. You may want to record the reason only as 'personal matter' in the shared roster.",
        ),
    ],
    [
        (
            "system",
            "You help community performer groups in Singapore with admin, finance and conflict questions.",
        ),
        (
            "user",
            "Our kompang group treasurer, Encik Hisham Yusof, borrowed S$2,000 from the group fund in June for his mother's hospital bill and hasn't paid back. How should the committee handle this?",
        ),
        (
            "assistant",
            "Start with a private, documented conversation with Encik Hisham about a repayment plan, for example monthly instalments. Record the agreement in writing, signed by him and two committee members, and report the outstanding amount at the next AGM without disclosing the medical reason.",
        ),
        (
            "user",
            "He says he can pay S$200 a month from his Grab driver income. Can you draft the agreement?",
        ),
        (
            "assistant",
            "Repayment Agreement: I, Hisham Yusof, acknowledge owing S$2,000 to the group fund and agree to repay S$200 per month from January 2027 until fully settled. Signed: ______ (Hisham Yusof) Witnessed: ______ (Chairperson) ______ (Secretary).",
        ),
    ],
    [
        (
            "user",
            "Saya busker sepenuh masa di Bukit Bintang, nama Mei Ling Wong, pendapatan tahun ni lebih kurang RM38,000 termasuk tips dan gig korporat. Do I need to file tax with LHDN?",
        ),
        (
            "assistant",
            "Ya, pendapatan daripada persembahan dan tips dikira sebagai pendapatan perniagaan atau profesion. Dengan pendapatan sekitar RM38,000 setahun, anda perlu mendaftar fail cukai dan mengisytiharkannya dalam Borang B.",
        ),
        ("user", "My IC is 880214-07-5520, can you check my tax number?"),
        (
            "assistant",
            "Saya tidak dapat menyemak rekod LHDN. Anda boleh menyemak nombor cukai melalui portal MyTax atau di kaunter LHDN dengan membawa kad pengenalan anda. Elakkan berkongsi nombor IC di saluran yang tidak rasmi.",
        ),
    ],
]
