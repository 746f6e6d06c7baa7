# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en221: SG/MY party and event rentals (bouncy castles, tents, chairs, sound, permits). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en221
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_confirmations"): _lines("""
        Booking BK-SG-240817-0093 confirmed: 1x Castle Combo (Princess Palace 4m x 4m), 1x 3kW blower, 2x safety mats. Setup window 0800-1000, teardown after 2200.
        Order #PR-58213 | 40x white chiavari chairs, 5x 6ft round tables with skirting, 1x 10x20 arabian tent | Delivery: Sat 14 Sep 2024 | Total S$1,284.00 incl. 9% GST
        Your deposit of RM500.00 for booking JB-2310-0441 has been received. Balance RM1,150.00 due 3 days before the event.
        Reminder from Lompat Lompat Party Rentals: your event on 21/12 is 5 days away. Reply 1 to confirm, 2 to reschedule. Hotline 6743 2210 (office hours).
        Quote Q2024-1187 valid 14 days. Canopy 20ft x 40ft (white, with side curtains) S$680, lighting set S$150, transport & labour S$120. Weekend surcharge 15%.
        Booking status: PENDING_PERMIT. We will release the slot if the town council approval is not uploaded 48h before setup.
        Thank you for choosing Kampung Fun Hire Sdn Bhd (Reg. No. 201801034562 / 1287733-K). Invoice INV-KFH-009812 is attached.
        Confirmed: Sound package B (2x 12-inch active speakers, 16ch mixer, 2x wireless mics), self-pickup from our warehouse at 55 Ubi Ave 1 #06-08 Singapore 408935, Friday after 3pm.
        Order PR-60077 amended: chairs 80 -> 120, tables 10 -> 15, add 2 industrial fans. New total S$1,912.50. Deposit unchanged.
        Your booking was cancelled more than 7 days before the event; 100% of the deposit will be refunded to the original payment method within 5-7 working days.
        Tracking DEL-7781234: Lorry 2 departed warehouse 07:42, ETA Punggol 08:30, crew of 3.
        Booking BK-SG-241102-0211: Ngee Ann Polytechnic open house, 2 obstacle-course inflatables, 6 canopies, PA system with 4 mics, invoice to the school finance office.
        Booking BK-MY-2405-1120: bouncy castle Upin & Ipin theme, 1 day, Shah Alam Seksyen 13 community hall, RM450 + RM80 delivery.
    """),
    ("en", "terms_and_deposit_rules"): _lines("""
        Security deposit is 30% of rental value or S$200, whichever is higher, refundable within 7 working days after inspection.
        Bouncy castles must not be used when wind exceeds 38 km/h or during lightning alerts; the crew will deflate the unit when a lightning risk warning is in effect.
        Maximum 6 children at one time on the 3m x 3m unit, and an adult supervisor must be present at all times. No shoes, no food, no silly string.
        Stains from curry, rendang or red wine on table linen are charged S$15 per piece for specialist cleaning.
        Chairs must be returned stacked and counted. Missing items billed at replacement cost: chiavari chair S$85, plastic foldable S$18, round table 5ft S$160.
        Tent pegs cannot be driven into HDB void deck tiles; we use water weights (4 x 25kg per leg) on hard surfaces.
        Late teardown after 11pm attracts a S$100/hour surcharge in residential estates.
        Generators are not permitted inside enclosed multi-purpose halls. Please book a hall with a 13A or 15A outlet within 20m of the stage.
        Cancellation within 72 hours of delivery: 50% of deposit forfeited. Within 24 hours: full deposit forfeited. Rain-affected outdoor castle bookings may be rescheduled once free of charge.
        The hirer is responsible for lift access. Where no service lift is available, a staircase carrying fee of S$5 per item per floor applies.
        Deposit refunds are paid by PayNow or bank transfer only; we do not refund in cash at the door.
        Amplified sound is limited to 65 dB at the nearest residential facade after 10.30pm and the crew will set the limiter accordingly.
        All inflatables are cleaned and sanitised after every hire and inspected to EN 14960 before going out again.
    """),
    ("en", "dispatch_log"): _lines("""
        2024-09-14 06:55 | LORRY-1 | crew lead + 2 helpers | loaded: 1 castle, 1 blower, 4 mats | dest: Tampines St 81 void deck | status: EN_ROUTE
        07:48 arrived site, RC rep not present, waited 12 min, void deck clear, setup start 08:03
        Crew lead note: 2 chairs with cracked legs pulled from batch CH-W-0412, tagged red, returned to QC.
        Job 4471 teardown done 22:41. Counted 120/120 chairs, 15/15 tables, tent 1/1. Ground sheet muddy, needs wash.
        Lorry 3 stuck in BKE jam before the Woodlands exit, ETA +25 min, customer service informed to call the client.
        Driver reported side mirror clipped at loading bay B2, minor scratch, no third party involved. Photo uploaded to ticket OPS-2291.
        Shift summary Sat: 17 deliveries, 15 collections, 2 postponed due to rain, 1 blower swapped (fault code E3).
        Helper count short by 1 for the afternoon slot; ops manager to pull one helper from Lorry 2 after 2pm.
        Site check: ground slope over 5 deg at the Pasir Ris Park pavilion, castle moved 10m to level grass per SOP-07.
        Dispatch board 15/09: JB runs via Second Link only, Causeway jam reported at 06:10.
        Returned to Kaki Bukit WH 23:58. Fuel 3/4. Keys dropped in key box slot 3.
        Tent 6x12m setup took 1h20m with 4 pax; base plates checked, all 12 legs weighted.
        Blower BL-1500-07 tripped the RCCB twice at the Yishun void deck; switched to a separate outlet, stable after 09:10.
    """),
    ("mixed", "permits_and_notices"): _lines("""
        Notice: void deck bookings for private functions (weddings, birthdays, funerals) must be made through the Town Council e-services portal at least 7 days in advance. Tentage on grass verges needs a separate permit.
        RC notice: Mid-Autumn lantern walk at the Blk 300s zone, Sat 7pm. Bouncy castle and popcorn stand sponsored by the CC. Semua dijemput, 欢迎大家!
        Permit checklist: 1) approved booking slip 2) tentage layout plan 3) PE endorsement for tents above 6m span 4) public liability insurance certificate S$1m.
        Town Council reminder: no nailing, taping or drilling on void deck pillars; use free-standing banner stands only.
        Permit khemah tepi jalan: sila mohon 14 hari sebelum majlis, bayaran RM50 sehari, deposit RM200 ya.
        Kenduri kahwin di dewan orang ramai Taman Sri Muda: kerusi maksimum 300, kanopi tak boleh halang laluan bomba.
        Funeral wake tentage at the void deck allowed up to 7 days; keep the sound low after 10.30pm and bring the town council approval letter for the crew.
        Letter template: Dear Sir/Madam, we, [Company Name] (UEN [_____]), seek approval to erect a [size] canopy at [Blk/Location] on [date] from [time] to [time] for [event type].
        A police permit is needed for amplified music at outdoor public events above 200 pax; processing takes about 14 working days.
        Notis: penggunaan padang permainan untuk istana lompat perlu kebenaran PBT. Gagal mematuhi boleh dikompaun sehingga RM2,000.
        CNY lohei at the CC: tentage 20 x 40, 50 round tables, lion dance slot 11am, 醒狮 team arranged by the CC, MP expected to attend.
        Tentage along Jalan Tun Razak for the charity run needs DBKL approval and a traffic management plan, lah, not just the organiser's letter.
        Carpark lots cannot be used for tents without a carpark permit; lorry loading at the drop-off point max 30 minutes, 谢谢合作.
    """),
    ("en", "inventory_and_config"): _lines("""
        SKU CAS-PRN-4x4-PNK | Princess Palace castle 4x4m | qty 3 | 2 available, 1 repair (seam tear left turret)
        SKU TBL-RND-5FT | round table 5ft | qty 140 | location WH-A rack 4 | last audit 2024-08-30
        inventory.yaml: blower_models: [BL-1100, BL-1500]; max_runtime_h: 12; rccb_required: true
        SELECT sku, SUM(qty_out) FROM rentals WHERE event_date BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY sku ORDER BY 2 DESC;
        booking-api v2.7.3: fix deposit rounding for RM amounts ending .005; add GST 9% line on SG invoices dated after 1 Jan 2024.
        commit 9f3c2ab: permit_status enum now includes AWAITING_TC, AWAITING_POLICE, APPROVED, REJECTED
        PA kit SPK-KIT-B: 2x QSC K12.2, 1x Yamaha MG16XU, 2x Shure BLX24/SM58, 2x stands, 4x XLR 10m, 1x power strip.
        Stock alert: tent side curtains (white, 3m) below reorder level 20; current 14.
        CSV header: booking_id,event_date,postcode,item_sku,qty,deposit_amt,deposit_status,crew_id
        crew_id values are internal codes CR-01 to CR-24 and must not be exported to partners.
        SHA256 of price list v2024.11: 4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce
        Delivery zones by postcode prefix: 01-08 Central S$40, 38-41 East S$50, 60-64 West S$55, 73-76 North S$55; JB flat RM120.
        ERROR 2024-11-02T19:22:07+08:00 payment-gw: PayNow QR expired for invoice INV-LLP-24-03318, retry scheduled.
    """),
    ("en", "claims_templates_and_stats"): _lines("""
        Damage claim form - Booking ID: ____ Item SKU: ____ Description of damage: ____ Photos attached (Y/N): ____ Hirer signature: ________
        Q3 damage summary: 41 claims raised, 29 settled from deposit, 8 waived, 4 disputed. Top cause: vinyl punctures from sharp toys (14).
        Customer A returned 6 tablecloths with candle wax; Customer B returned a mic with a cracked grille. Both deducted per rate card.
        Claim CLM-2024-0188: castle seam tear 30cm, vendor repair quote S$220, deducted S$150 (cap per T&C 8.3), balance absorbed.
        Of 312 bookings in November, 18% were HDB void deck events, 9% were funeral wakes and 7% were corporate D&Ds.
        Template SMS: Hi [Name], we found [damage] on [item] after your event on [date]. Deduction: [amount]. Reply within 3 days to dispute.
        Dispute outcomes 2023: 61% upheld for the company, 27% partially refunded, 12% fully refunded.
        Insurance claim for the tent blown over at the Changi Business Park family day: insurer ref PL-0987231, loss adjuster visit on Tuesday.
        Damage rate per 100 rentals: bouncy castles 4.2, chairs 1.1, speakers 0.6, tents 2.8.
        Three families reported minor grazes on the slide lane last month, so lane padding was increased from 5cm to 10cm.
        Claim review SOP: photos within 2 hours of collection, timestamped; crew lead signs off; finance approves any deduction above S$300.
        Corporate family day for Tan Tock Seng Hospital staff: 300 pax, 4 castles, 1 claim (broken mic stand) closed without charge.
        Claim CLM-MY-0412 rejected: damage photos taken 3 days after collection, outside the 24h window.
    """),
    ("ms", "iklan_dan_soalan"): _lines("""
        Sewa istana lompat murah Lembah Klang! Dari RM350 sehari termasuk penghantaran dalam 15km. Hubungi pejabat 03-5521 8890.
        Pakej kenduri: kanopi 20x20 + 100 kerusi + 10 meja bulat + alas meja = RM1,200. Harga belum termasuk SST.
        Soalan: berapa lama masa pasang kanopi besar untuk majlis perkahwinan? Jawapan: lebih kurang 2 jam untuk 3 unit.
        Macam mana nak mohon permit khemah dari majlis perbandaran? Perlu ke pelan lokasi?
        Promosi Hari Raya: sewa sistem PA dengan 2 mikrofon wayarles RM250 sahaja, sah sehingga 30 April.
        Istana lompat tema Ultraman ada lagi untuk hujung minggu Disember, tempah awal!
        Deposit RM300 dipulangkan dalam 3 hari bekerja selepas barang diperiksa. Kerosakan akan ditolak daripada deposit.
        Syarikat kami berdaftar SSM 201501023456 (1150234-A). Kami melayani Johor Bahru, Kulai dan Pasir Gudang.
        Nota: kanopi tidak boleh dipasang di atas longkang atau laluan kecemasan.
        Berapa harga sewa meja banquet untuk 500 tetamu di Dewan Jubli Intan Sultan Ibrahim?
        Jadual penghantaran Sabtu: 4 lori, 22 tempahan, 3 pemasangan kanopi di Bangi.
        Apa beza blower 1HP dan 1.5HP untuk istana lompat 5 meter?
        Majlis tahlil dan kenduri arwah: kami sediakan kanopi, kerusi dan kipas air dengan harga istimewa.
    """),
    ("zh-Hans", "租赁通知与问答"): _lines("""
        充气城堡出租，新加坡全岛配送，周末价S$380起，含鼓风机和安全垫。
        订单号PR-61204：圆桌15张、椅子150张、帐篷一顶，押金S$300已收到。
        请问组屋楼下办喜事，帐篷要提前多久跟市镇理事会申请？
        音响套装包括两只音箱、一台调音台、两支无线麦克风，租金每天S$220。
        雷暴警报生效时，充气城堡必须放气，工作人员会在现场处理。
        损坏赔偿：椅子S$18一张，圆桌S$160一张，桌布污渍清洗费S$15一条。
        中秋节社区活动：提灯笼、猜灯谜、玩充气城堡，欢迎居民参加。
        本公司注册号UEN 201634578W，客服热线6281 7730，办公时间上午9点至晚上7点。
        十一月共有312笔订单，其中丧事帐篷占9%，生日派对占35%。
        新山送货另收RM120，关卡排队时间另计。
        取消政策：活动前72小时内取消，押金扣一半。
        怎么计算帐篷需要多少水桶压重？每根柱子至少100公斤。
        孙悟空主题充气城堡已上架，适合4到10岁小朋友。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Deposit form: Name: Jaslyn Ong Hui Min, NRIC S8812345Z, mobile 9134 5827, event 12 Oct, 2x castles. Refund by PayNow to the same mobile.
        Crew roster Sat: Md Rafiqul Islam (FIN F2198437W), Thet Naing Oo, driver Suresh a/l Maniam. Rafiqul's work permit expires 30 Nov, HR to renew.
        Hi, this is Gerald de Souza, I booked the 20x40 tent for my dad's wake at the Blk 417 Bedok North Ave 2 void deck. Can your crew come after 9pm? My number is 8726 1043.
        Complaint from Mdm Tan at #05-12: the blower noise kept her awake, she says she is on dialysis and needs rest before 7am. Ops pls follow up gently.
        Refund to DBS account 027-915843-6 under the name Nurul Aisyah binti Kamarudin, booking BK-SG-240903-0077, amount S$260.
        Card on file: VISA 4556 7201 8834 0197 exp 08/27, cardholder Rajesh s/o Kumar. Charge S$150 damage deduction.
        Please deliver to Blk 512 Jurong West St 52 #08-114 Singapore 640512, contact Priya (9682 4150), use lift lobby B.
        Pls don't assign Kelvin Teo to the Woodlands jobs anymore, he's on MC for depression and HR said light duties only.
        Auntie Rosnah from the Tampines kenduri still owes us S$480, she said her husband lost his job so she will pay in three instalments.
        Lost and found: IC found under the tent after the event, Ahmad Zulkifli bin Hassan, MyKad 850612-10-5523. Holding at the office till Friday.
        Expat client Mr Wong Ka Fai, HKID K482913(1), renting the sound system for a condo function at The Sail; passport copy on file.
        Wedding booking for Ms Lin Yi-Ting from Taipei, ID A234567811, LINE id tingting_0815, wants a pink canopy and 80 chairs.
        Client from Shenzhen, Zhou Xiaomei, resident ID 44030519880317452X, mobile 139 2874 5610, deposit paid by Alipay.
        Our lorry scraped a Honda Vezel SLA4821Z at the Sengkang condo drop-off; the owner Mr Jeremy Chia wants us to pay his workshop directly.
        Crew lead Vijay draws S$2,850 a month but asked for a S$600 advance for his mother's heart surgery in Chennai.
        IG customer @mummy.shirlyn.bakes asked for castle photos; she is hosting at her house, 23 Jalan Kembangan Singapore 419119.
        Hafiz from the afternoon crew got a written warning today for turning up drunk at the Punggol job, second time this month.
        Please email the invoice to melissa.pereira76@gmail.com, not the office one, it's for my son Ethan's 6th birthday at home.
        Claim CLM-2024-0203: hirer Lim Boon Huat (S7534908D) disputes the S$220 deduction, says the tear was there before, threatening to go to the Small Claims Tribunal.
        Mrs Chandrasekaran in Sembawang cancelled the castle, her daughter Divya was admitted for dengue yesterday. Waive the cancellation fee.
        New helper Ramesh Karki, Nepal passport 10293847, joins the crew Monday, staying at the Tuas South dorm.
        Booking under Mr Ganesh a/l Velu, 012-387 6421, house no. 18 Jalan Nyiur 7, Taman Daya, Johor Bahru: 2 canopies for his father's 70th.
        Don't send Aaron Yeo's crew to the Bishan job, the client there is his ex-wife and there is a PPO between them.
        Card declined for cardholder Siti Hajar binti Osman, Mastercard 5204 7339 1284 5566; she asked to pay cash on delivery instead.
        Old Mr Goh at Blk 88 Toa Payoh is wheelchair-bound and lives alone, crew pls carry the tables into his flat for his grandson's party.
        SMS from +65 9046 7713: hi it's Wei Jie, can u bring the castle to my mum's place at 7 Lorong Kismis instead, my wife is due any day so i cant drive.
        Resident Mr Tay from #12-07 Blk 301 Ang Mo Kio Ave 3 complained again about our sound at the void deck wedding; he has filed police reports against the RC twice.
        Our part-timer Chloe Seah Jia Yi is only 15, pls don't roster her past 10pm, her mother called the office about it.
        HR file: Mohd Faizal bin Rahman, delivery driver, NRIC T0276541H, medical leave 3-9 Sep for a slipped disc, back on light duties.
        Transfer proof: Maybank 1142 8830 5671, name Tan Siew Ling, reference castle balance for Aisyah birthday.
    """),
    "mixed": _lines("""
        Boss, that Ah Huat from Yishun still haven't pay the deposit leh, his handphone 9785 3321 keep going voicemail, cancel or not?
        陈阿姨 at 3栋 say the tent block her grandson's wheelchair ramp, she very angry, pls shift first thing tomorrow.
        Kak Yati yang book kanopi for her anak's majlis bertandang, Blk 622 Yishun Ring Rd #04-1380, call 9367 2208 before sampai.
        Uncle Lim 林国强 the chair supplier say his son kena retrenched, ask if we can take him as driver, got Class 4 licence.
        Pls PayNow refund to 8234 6619 (Kumar s/o Periasamy) S$120, he paid double lah.
        Customer WeChat id xiaoyu_sg1993, 她叫 Zhang Xiaoyu, 住在 Blk 155 Serangoon North Ave 1 #07-201, 周六生日派对.
        Tell Ravi dun need to come tmr, his wife miscarried last night, we give him 3 days off can?
        Driver Azman punya kereta JHB 4412 kena saman at Woodlands checkpoint, he ask company cover RM300 or not.
    """),
    "ms": _lines("""
        Pelanggan Nor Azlina binti Ismail, No. KP 910223-14-6087, tempah istana lompat untuk 14 Disember di Setapak. Baki RM450 belum dibayar.
        Tolong hubungi Encik Hairul di 019-336 7180, dia nak tukar tarikh kenduri sebab ibunya masuk wad di HKL.
        Pekerja baru kita, Firdaus, rupanya baru keluar penjara bulan lepas. Pengurus minta rahsiakan daripada pelanggan.
        Alamat penghantaran: No. 27, Jalan Mawar 3, Taman Seri Indah, 81300 Skudai, Johor. Penerima: Puan Salmah binti Yusof.
        Akaun CIMB 7009 4412 8836 atas nama Muhammad Iqbal bin Zainal untuk pemulangan deposit RM300.
        Makcik Jamilah di Kampung Baru tak mampu bayar sewa kanopi untuk tahlil arwah suaminya, bos kata bagi percuma.
    """),
    "zh-Hans": _lines("""
        客户陈美玲，手机9126 4807，押金S$200，要求退款到她的PayLah。
        林志豪的身份证号350203199207042365，厦门来的客户，租音响给公司年会用。
        搬运工阿明上个月从卡车上摔下来，腿骨折了，到现在还没拿到工伤赔偿。
        台湾客人黄志明，身份证F120496375，手机0912 345 678，婚礼在圣淘沙办。
        请把发票寄到王丽华女士家：Blk 208 Bishan St 23 #10-445，她说不要寄到公司。
        李建国先生投诉我们的员工在他家门口抽烟，他的邮箱是li.jianguo1975@163.com，请经理亲自回复。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a Singapore bouncy castle rental company."),
        (
            "user",
            "Hi, I want to book the Jungle castle for 9 Nov. My name is Sharon Lee Pei Shan, address Blk 268 Compassvale Bow #11-352 Singapore 540268, hp 9451 2086.",
        ),
        (
            "assistant",
            "Thanks Sharon. The Jungle castle is available on 9 Nov. Is the party at your flat's void deck or inside a function room? Void deck use needs town council approval.",
        ),
        ("user", "Void deck. Can you send the quote to my phone?"),
        (
            "assistant",
            "Sure, I will send the quote by SMS to 9451 2086 shortly, including the S$200 deposit.",
        ),
    ],
    [
        ("system", "You help the operations manager of a party rental company write HR letters."),
        (
            "user",
            "Draft a warning letter for our helper Mohammad Alamgir, FIN G6023815X. He damaged a client's lift door at Clementi and lied about it.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Mohammad Alamgir, this letter is a formal warning regarding the lift door damage at the Clementi job and the inaccurate report you gave afterwards...",
        ),
        ("user", "Make it firmer and mention his work permit could be affected."),
    ],
    [
        ("system", "Anda pembantu tempahan syarikat sewa kanopi di Pulau Pinang."),
        (
            "user",
            "Saya nak sewa 3 kanopi untuk kenduri kahwin anak saya. Nama saya Rohani binti Abdul Latif, KP 780930-07-5412, alamat 14 Lorong Delima 6, Bayan Lepas.",
        ),
        (
            "assistant",
            "Terima kasih Puan Rohani. Untuk 3 kanopi 20x20 beserta 150 kerusi, harganya RM1,650. Deposit RM500 diperlukan.",
        ),
        ("user", "Boleh bayar deposit minggu depan? Gaji suami saya lambat bulan ni."),
    ],
    [
        ("system", "You are a customer service assistant handling damage disputes."),
        (
            "user",
            "I'm disputing the S$180 charge on my card 4123 4567 8901 2349. The speaker was already crackling when your crew delivered it.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you share the booking number and any photos or videos taken at delivery?",
        ),
        (
            "user",
            "Booking PR-59130. I'm Darren Fernandez, email darren.fdz.88@yahoo.com. I have a video from 6.05pm.",
        ),
        (
            "assistant",
            "Thank you, Darren. I have logged the dispute under PR-59130 and our claims team will reply to darren.fdz.88@yahoo.com within 3 working days.",
        ),
    ],
    [
        ("system", "你是新加坡一家帐篷出租公司的中文客服助手。"),
        (
            "user",
            "你好，我是周建平，原本订了下周六的帐篷和椅子，可是我爸爸昨天中风住院了，想改期。",
        ),
        ("assistant", "周先生，很抱歉听到这个消息。我们可以免费帮您改期一次，请问新的日期是哪天？"),
        ("user", "还不确定，你先打我手机138 1762 4093，我在中国陪他。"),
    ],
    [
        ("system", "You summarise finance notes for a rental company."),
        (
            "user",
            "Summarise: refund S$300 to Chua Wen Hao, OCBC 601-234567-001; refund RM250 to Kavitha a/p Ganesan, Public Bank 3198 7720 15; hold refund for booking PR-60002 pending claim.",
        ),
        (
            "assistant",
            "Two refunds to process: S$300 to Chua Wen Hao (OCBC 601-234567-001) and RM250 to Kavitha a/p Ganesan (Public Bank 3198 7720 15). One refund on hold: PR-60002, pending the damage claim.",
        ),
    ],
    [
        ("system", "You assist the HR executive of an events logistics company."),
        (
            "user",
            "How many days of hospitalisation leave does a full-time driver get in Singapore?",
        ),
        (
            "assistant",
            "Under the Employment Act, eligible employees get up to 60 days of hospitalisation leave a year, which includes the 14 days of outpatient sick leave.",
        ),
        (
            "user",
            "OK. Our driver Samuel Ng Kok Leong has used 41 days already because of his chemo. His pay is S$3,100. Can we cut his allowance?",
        ),
        (
            "assistant",
            "Before changing his allowance, check his contract and the company's policy; cutting pay because of a medical condition could expose the company to a claim. It is best to speak with him privately first.",
        ),
    ],
    [
        ("system", "You are the booking assistant for a funeral tentage supplier."),
        (
            "user",
            "My mother Mdm Leong Ah Moi passed away this morning. We need a wake tent at Blk 36 Telok Blangah Rise void deck from tonight.",
        ),
        (
            "assistant",
            "My condolences. We can set up a standard wake tent with 60 chairs and 8 tables tonight. May I have the next-of-kin details for the town council form?",
        ),
        ("user", "Ng Chee Wai, NRIC S9046172I, hp 9812 0537. I'm her son."),
    ],
    [
        ("system", "You help a Singapore party rental company answer overseas enquiries."),
        (
            "user",
            "Hi, I'm Cheung Hoi Yan from Hong Kong, organising my sister's surprise birthday at a Sentosa villa. My phone is +852 6123 8845.",
        ),
        (
            "assistant",
            "Hello! We deliver to Sentosa. What date is the party and which items do you need, castles, tables, or a sound system?",
        ),
        (
            "user",
            "20 Dec, a small sound system and fairy lights. Please keep it secret, she doesn't know yet.",
        ),
        (
            "assistant",
            "Noted, 20 Dec, compact PA and fairy lights. We will only contact you at +852 6123 8845 about this booking.",
        ),
    ],
    [
        ("system", "You draft replies for a party rental company's social media team."),
        (
            "user",
            "A neighbour left an angry comment on our post about the castle at Blk 720 Woodlands. Her Telegram is @aunty_meiling_720 and she says her son has autism and the noise triggered a meltdown.",
        ),
        (
            "assistant",
            "Suggested reply: We're very sorry for the disturbance caused. We have reached out to you privately to understand what happened and how we can do better at future events.",
        ),
        ("user", "Should we message her on Telegram directly?"),
        (
            "assistant",
            "Yes, a private message is better than discussing her son's condition in public comments. Keep it short and apologetic.",
        ),
    ],
]
