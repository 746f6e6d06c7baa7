# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en260: SG/MY magicians, clowns, balloon artists and children's party entertainers (party bookings, deposits, venue notes, child safety incidents, agent contracts). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en260
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "package_price_list"): _lines("""
        Package A Balloon Twisting: 1 artiste x 2 hrs, up to 30 kids, single-balloon animals & swords, S$280 nett (Sat/Sun/PH add S$40).
        Package B Magic Show + Balloons: 45-min stage magic, live rabbit optional (+S$60), 1 hr balloon sculpting after show, S$520 before 9% GST.
        Clown Meet & Greet (30 min, full costume, bubbles + face paint stickers) S$180; 2nd clown same slot S$150. Transport within CBD included.
        Balloon Arch 3m organic style, 2 colours from our chart (Pastel Pink P-12, Mint M-07), setup 60 min, S$210. Helium column pair S$165.
        Face Painting per artist per hour RM180 (Klang Valley), RM220 (Seremban, Rawang, Semenyih). Hypoallergenic Snazaroo and Diamond FX paints only.
        Add-ons: bubble machine S$45, foam party 20 mins S$350, magic kit goodie bags S$8.50/pc (min 20 pcs), unicorn pinata with candy S$68.
        Corporate Family Day rate: 3 clowns + 2 balloon artists + 1 emcee, 4 hrs, from S$2,480. Quote valid 30 days, ref QT-2026-0412.
        JB / Johor Bahru outstation surcharge RM120 per artiste; Penang & Ipoh require 50% of flight or bus cost plus RM250 per diem per team.
        Birthday Bash Deluxe (SKU BB-DLX-03): magician 60 min, 2 balloon twisters, mascot appearance, photo props. Promo RM1,599 till 31 Dec.
        Late night surcharge after 9.30pm: +25%. Cancellation less than 72 hrs before event: deposit forfeited. Rescheduling 1x free within 60 days.
        Helium tank rental (Size M, approx 120 x 11-inch balloons) S$95 + refundable tank deposit S$150; self-collection at our Ubi warehouse only.
        Hari Raya open house package: caricature sketch artist + balloon artist, 3 hrs, RM1,150; Deepavali & CNY packages same price, lion dance not included.
        School assembly magic show (anti-bullying / road safety themes) S$650 per show, 2nd show same morning S$400. MOE vendor code available on request.
    """),
    ("en", "booking_faq"): _lines("""
        Q: How much deposit do I need to pay? A: 50% of the package price secures your date. Balance is payable by PayNow to UEN 201834567K on the event day.
        Q: Do your magicians use real fire or knives? A: No open flame indoors for audiences under 8. Flash paper only with venue approval and a CO2 extinguisher on hand.
        Q: Are latex balloons safe for toddlers? A: Burst balloon pieces are a choking hazard for under-3s. We recommend foil balloons for baby showers and 1st birthdays.
        Q: Can you perform at a HDB void deck? A: Yes, but the Town Council permit must be obtained first. We need 4m x 3m of flat floor and a power point within 10m.
        Q: What if it rains at my condo BBQ pit party? A: We will shift to any sheltered area nearby; if none is available we offer a one-time free reschedule.
        Q: Do you have halal-certified goodie bags? A: Yes, our candy supplier holds JAKIM certification and every item is listed on the packing slip.
        Q: How do I contact you after office hours? A: WhatsApp our events hotline +65 8123 4400 (9am-10pm daily) or email bookings@funfairyparty.sg.
        Q: Is the magician okay with kids on stage? A: Volunteers are picked with parents' consent. Our artistes never lift children or go into bedrooms or toilets with them.
        Q: Do you issue invoices for company events? A: Yes, tax invoices show our GST reg no. M90-0456789-1 and are emailed within 3 working days after the event.
        Q: How early does the team arrive? A: Balloon decor crew 90 minutes before; the magician 30 minutes before showtime to set up the table and sound system.
        Q: Can I cancel for a full refund? A: Cancellations more than 14 days out get a full refund less a S$30 admin fee. Within 14 days the deposit is non-refundable.
        Q: Do you travel to Malaysia? A: We cover Johor Bahru and Iskandar Puteri. Our Malaysian entity, Fun Fairy Events Sdn Bhd (202101012345), issues ringgit invoices.
        Q: Are your performers background-checked? A: All artistes working with children hold a current police clearance and complete our child safeguarding course yearly.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-11-14T10:02:17+08:00 INFO booking.created id=BK-20261114-0087 pkg=MAGIC_BALLOON_B venue_type=condo_function_room pax=25 deposit_due=260.00 SGD
        2026-11-14T10:05:44+08:00 INFO payment.received ref=PN-7F3A9C21 booking=BK-20261114-0087 amount=260.00 method=PAYNOW status=SETTLED
        2026-11-15T18:40:02+08:00 WARN scheduler.conflict slot=SAT-1400 booking_a=BK-20261122-0031 booking_b=BK-20261122-0044 overlap_min=45
        2026-11-16 09:12:55 ERROR sms.gateway timeout after 30000ms provider=twilio template=DEPOSIT_REMINDER_V3 retry=2/5 job=1c9e7b20
        2026-11-18 14:22:10 INFO invoice.issued no=INV-MY-2026-01187 currency=MYR subtotal=1450.00 sst=0.00 total=1450.00 entity=SSM-202101012345
        [inventory] 2026-11-19 07:58 helium_tank=HT-M-03 pressure_bar=112 balloons_est=118 location=UBI-WH-2 next_refill=2026-11-26
        2026-11-20T21:15:33+08:00 INFO incident.logged id=INC-0412 category=minor_injury severity=LOW venue=VN-0335 first_aid=yes guardian_notified=yes report_due=24h
        2026-11-21 11:03:47 DEBUG pricing.calc pkg=BB-DLX-03 base=1599.00 weekend=+0 outstation=+120.00 promo=XMAS26 final=1719.00 MYR
        2026-11-22 16:45:01 INFO venue.capacity_check venue=VN-0335 type=community_club hall_area_sqm=180 max_pax=120 helium_allowed=true ok=true
        2026-11-23 08:00:00 INFO cron.reminders sent=42 failed=1 queue=deposit_balance_due window=48h duration_ms=3187
        2026-11-24 13:30:12 WARN stock.low sku=BLN-260Q-ASST-100 on_hand=4 reorder_point=10 supplier=qualatex_dist_sg po_draft=PO-2026-0719
        2026-11-25T19:02:48+08:00 INFO contract.signed contract=AGC-2026-019 template=v4.2 commission_pct=20 term_months=12 sha1=9f2c4e71ab03d5e8
        2026-11-26 10:10:10 INFO refund.processed booking=BK-20261101-0012 reason=WEATHER_RESCHEDULE_DECLINED amount=-140.00 SGD ref=RF-55810
    """),
    ("en", "app_config_and_code"): _lines("""
        BOOKING_DEPOSIT_PCT=50  # percent of package price, applies to both the SG and MY entities
        sms: {sender_id: FUNFAIRY, provider: twilio, from_number: "+6580000000", template_dir: ./templates/sms}
        contact_email = os.getenv("BOOKINGS_EMAIL", "bookings@example.com")  # fallback for local dev only
        booking_id,event_date,package_code,venue_type,pax,deposit_sgd,balance_sgd,artiste_code,status
        def late_fee(minutes: int) -> float: return 0.0 if minutes <= 15 else round(minutes / 30) * 50.0  # S$50 per half hour
        SELECT package_code, COUNT(*) AS n, SUM(total_myr) FROM bookings WHERE event_date >= DATE '2026-01-01' GROUP BY 1;
        venue_rules: {max_helium_balloons_indoor: 150, confetti_cannon: false, candle_fountain: requires_mgmt_approval, noise_curfew: "22:00"}
        POSTAL_RE = {"SG": "^[0-9]{6}$", "MY": "^[0-9]{5}$"}  # used only to validate venue addresses in the quote form
        test_booking = {"id": "BK-TEST-0001", "pkg": "CLOWN_MG_30", "pax": 20, "date": "2026-12-24", "venue": "Sample Hall 1"}
        PAYNOW_UEN = "201834567K"  # company UEN shown on the QR code; do not confuse with NRIC fields
        v3.8.1 (build 2611) - fix: deposit reminder sent twice for rescheduled bookings; add: MYR DuitNow QR on invoices
        ALTER TABLE incidents ADD COLUMN first_aid_given BOOLEAN NOT NULL DEFAULT false, ADD COLUMN reviewed_by_role VARCHAR(32);
        schedule: "0 9 * * *" -> send_balance_reminders(window_hours=48, channel="whatsapp", template="BAL_DUE_EN_MS_ZH")
    """),
    ("en", "magic_history_and_news"): _lines("""
        Harry Houdini, born Erik Weisz in Budapest in 1874, made his name with handcuff escapes before his Chinese Water Torture Cell debuted in 1912.
        Singapore illusionist J.C. Sum and his partner Magic Babe Ning are known for large-scale stage illusions performed at events across Asia.
        Joseph Grimaldi, the Regency-era English performer, is credited with shaping the modern whiteface clown; clowns are still called Joeys in his honour.
        Patch Adams, the American doctor played by Robin Williams in the 1998 film, inspired many of the hospital clown programmes now running in children's wards.
        Mark Wilson's Complete Course in Magic (1975) remains the first book many young magicians in Kuala Lumpur and Singapore borrow from the library.
        The Chinese linking rings trace back to street conjurors in Qing-dynasty China; Ching Ling Foo toured America around 1898 with his bowl production.
        Penn & Teller: Fool Us has featured several Asian magicians; the format rewards tricks that the duo cannot explain on stage.
        David Copperfield made the Statue of Liberty vanish on live American television in 1983, an illusion still studied by stage magicians worldwide.
        Upin & Ipin, the Les' Copaque animated twins, remain one of the most requested mascot themes for Malaysian kindergarten year-end concerts.
        The International Brotherhood of Magicians, founded in 1922, has local rings that organise lectures and conventions for hobbyists and professionals.
        Jean-Eugene Robert-Houdin, the French clockmaker turned conjuror, is often called the father of modern magic; Houdini took his stage name from him.
        Pencil balloons sized 260 (2 inches by 60 inches when inflated) remain the standard for twisting dogs, swords and flowers at parties across the region.
        Bozo the Clown, the TV character first voiced by Pinto Colvig in 1946, was franchised to local stations across the United States for decades.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Eh team, Sat 2pm Punggol CC booking the hall only got 1 power point, balloon crew bring extension cord ah, the 10m one in the blue box.
        Helium tank HT-M-03 almost empty liao, whoever passing Ubi warehouse tmr morning pls swap, supplier closing early for Deepavali.
        Reminder: all artistes must wear lanyard + company tee at school shows, the school complained last term that cannot tell who is staff.
        Magic kit for tomorrow's Bukit Timah show: linking rings, zombie ball, dove pan (NO real dove, condo MCST don't allow animals in function room).
        From Dec onwards deposit screenshot must upload to the booking system, don't send in this group anymore, PDPA issue ok.
        JB show Sunday, meet at Woodlands Checkpoint 8am, passport must have 6 months validity ok, last time got people kena turn back.
        Latex balloons finished for pastel pink, ordered 5 bags of 260Q from supplier, ETA Thursday. Use mint + white for the arch first can?
        Sudah confirm with venue Mont Kiara clubhouse, loading bay only until 5pm, after that kena carry through lobby. Bring trolley ya.
        Incident form INC-0412 sudah submit, minor scratch from balloon sword, first aid done on site, guardian OK. Ops pls file by Monday.
        Who can cover the 4pm clown slot at Tampines Hub? Slot released back to the pool, same rate S$120/hr, reply here before 9pm.
        小心 the new bubble solution very slippery on marble floor, put mat first. Last week at Sentosa Cove clubhouse almost got kid slip.
        Jom lunch after the Shah Alam show? Got nasi kandar shop opposite the hall, then we drive back to KL together, toll split 4 ways.
        Price list v7 uploaded to shared drive, the RM package got typo (RM1,599 not RM1,699), sales team pls re-send quotes from this morning.
    """),
    ("ms", "notis_dan_terma_tempahan"): _lines("""
        Deposit sebanyak 50% perlu dibayar dalam tempoh 3 hari selepas sebut harga dikeluarkan. Tempahan tidak sah sehingga bayaran diterima.
        Pembayaran boleh dibuat melalui DuitNow QR atau pindahan bank ke akaun syarikat Fun Fairy Events Sdn Bhd, Maybank 5140-1234-5678.
        Notis Keselamatan: Kanak-kanak bawah 3 tahun tidak dibenarkan bermain dengan belon lateks. Sila awasi anak anda sepanjang persembahan.
        Badut dan ahli silap mata kami tidak akan membawa kanak-kanak keluar dari kawasan majlis atau masuk ke bilik tanpa kehadiran ibu bapa.
        Pembatalan kurang daripada 7 hari sebelum majlis: deposit tidak akan dikembalikan. Penangguhan tarikh dibenarkan sekali sahaja tanpa caj.
        Caj perjalanan luar Lembah Klang: RM1.20 sekilometer dari pejabat kami di Jalan Klang Lama, Kuala Lumpur, termasuk tol pergi dan balik.
        Pihak penganjur perlu menyediakan ruang lantai rata sekurang-kurangnya 3m x 3m, satu soket elektrik dan tempat teduh untuk majlis luar.
        Hubungi talian tempahan kami di 03-7781 2200 (Isnin hingga Sabtu, 9 pagi - 6 petang) atau e-mel tempahan@funfairyevents.my.
        Semua artis kami telah menjalani saringan rekod jenayah dan kursus pertolongan cemas asas sebelum dibenarkan membuat persembahan.
        Kami tidak menggunakan api terbuka, burung merpati hidup atau haiwan lain dalam persembahan di tadika, sekolah dan pusat jagaan kanak-kanak.
        Harga yang dipaparkan belum termasuk cukai perkhidmatan jika berkenaan. Invois rasmi akan dikeluarkan dalam masa 3 hari bekerja.
        Pakej Majlis Hari Jadi Ceria: silap mata 45 minit, belon arca untuk 30 kanak-kanak, lukisan muka 1 jam. Harga RM1,280 (hujung minggu).
        Sebarang kemalangan atau kecederaan semasa majlis mesti dilaporkan kepada penyelia dalam tempoh 24 jam menggunakan Borang Insiden BI-02.
    """),
    ("zh-Hans", "商家点评"): _lines("""
        这家位于牛车水附近的气球派对工作室布置效率很高，两个小时就搞定了三米有机气球拱门，颜色和报价单上的色卡一模一样，价格也透明，整体推荐，四星半。
        魔术表演节目编排不错，45分钟里有互动也有大型道具，孩子们全程尖叫。唯一扣分的是音响太大声，在组屋楼下表演时邻居有点意见，建议带小一点的喇叭。
        店家在吉隆坡旧巴生路的门市可以现场挑气球颜色，店员很耐心介绍氦气和普通空气气球的区别，还提醒三岁以下孩子不要玩乳胶气球，很专业。
        订金要求付50%，通过PayNow付给公司UEN，收据当天就发到邮箱。活动结束后余款也可以用DuitNow付，对新马两地的客户来说都很方便。
        小丑的服装很干净，妆容不会太吓人，对两三岁的小朋友也友好。泡泡机效果一般，半小时后就没有泡泡液了，希望下次多带一瓶备用。
        新山分店的服务比新加坡总店稍慢，回复WhatsApp要等半天，但价格便宜大概三成，过关的交通费也写得清清楚楚，没有隐藏收费。
        公司年终家庭日请了他们三个小丑加两个气球师，四个小时不停做造型，排队的小朋友很多但秩序很好，发票上有公司注册号，报销很方便。
        面部彩绘用的是低敏颜料，开画前有先问孩子有没有过敏，值得点赞。但是彩绘师只有一位，三十个孩子排了一个多小时，建议多派人手。
        这家儿童派对公司的官网价目表更新很及时，圣诞节套餐1,599令吉包括魔术师、两个气球师和吉祥物出场，性价比在巴生谷算是比较高的。
        在圣淘沙会所办的派对，场地经理规定不能用彩纸炮，店家事先就知道并改成了泡沫派对，沟通很顺畅，下次公司办活动还会继续找他们，五星好评。
        客服热线6123 4500接听很快，改期手续简单，一次免费改期写在合同条款里，没有被额外收费。美中不足是网站的英文和中文价格不一致。
        槟城的派对服务选择不多，这家从吉隆坡派团队上来，路费按人头另加250令吉，虽然贵但是表演质量确实比本地其他几家好不少，值得这个价钱。
        魔术道具店卖的中国连环套和吸铁石硬币质量还行，店主讲解得很仔细，但是价格比网购贵一倍，适合想当场试玩、顺便请教手法的新手魔术爱好者。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Customer: Tan Siew Lan (mother), 9147 2281, Blk 417 Bedok North Ave 2 #08-153, party for son Ethan turning 6 on 14 Dec, deposit S$260 paid.
        Hi, this is Priya Raman, I booked the clown for my daughter's party on Saturday. She was just diagnosed with epilepsy so please no strobe lights or flashing props.
        Incident INC-0418: child Aiden Koh, age 5, fell off the stage step during the magic show at 3.20pm, cut on chin, mother Jessica Koh took him to KKH A&E.
        Artiste payout: Muhammad Hafiz bin Rosli, NRIC S9234517F, POSB savings 188-45231-7, 6 shows in Nov, total S$1,140 less agent fee 20%.
        Please refund to my PayLah 8362 9014, name Lim Wei Jie. The balloon guy never turned up and my kids were crying for an hour.
        The magician we hired, Kelvin Ong, asked my 9-year-old for our home address and her Instagram handle. I've made a police report (ref E/20261203/4471).
        Agent contract AGC-2026-021 between StarKids Talent Pte Ltd and performer Nur Aisyah binte Kamal (FIN G7715230N), stage name Bubbly Bella, commission 25%.
        Note for balloon team: birthday girl Chloe Ng is allergic to latex (anaphylaxis, carries an EpiPen). Foil balloons ONLY. Mum's mobile 9688 3120.
        Deposit chase: Mr Rajesh Kumar s/o Muthu still owes S$340 balance for the Nov 2 party, 3 reminders ignored, sending to collections agency next week.
        Venue: 23 Jalan Kemuning 5, Taman Sri Kemuning, 47810 Petaling Jaya (private home, gate code 4412#), host Mrs Chong, guard dog in the back yard.
        BK-20261130-0019,2026-12-20,MAGIC_BALLOON_B,condo,30,Grace Teo,grace.teo88@gmail.com,+65 9012 7735,deposit_paid
        Please send the invoice to s.balakrishnan.family@yahoo.com.sg and not to my office address, my company doesn't need to know about this party.
        Call back Mrs Wong about tomorrow's show, her mobile is 012-338 7702, she says her husband is in ICU so she may need to postpone.
        Clown performer Darren Lee is off roster until Jan: he was arrested last Friday for drink driving and his licence is suspended, do not assign him.
        My ex-husband Marcus Yeo is not allowed at Sophie's party, there's a court order. If he shows up at the condo please don't let him take photos of her.
        Photo consent form: parent Hidayah binte Salleh DOES NOT consent to photos of her son Irfan, 7, being posted on the company's Facebook or TikTok.
        Car plate SMK 4812 G belongs to the magician's helper, please register it with the condo guardhouse for Sat 2-6pm visitor parking.
        Payslip Nov 2026: Jasmine Kaur, balloon artist (part-time), 42 hours x S$18, gross S$756, CPF employee S$151.20, net S$604.80.
        Just a heads up, the host mum Angela Sim is 7 months pregnant and asked that the foam party stay far from the patio where she'll be sitting.
        Hi boss, can I take an advance of S$800 on my December pay? My mother's dialysis bill came in, I'll do extra weekend shows to cover it. - Faizal
        Parent feedback #2281: Name: Cheryl Lau; Child: Ryan Lau (4); Postal code 560417; Rating 2/5; Comment: the clown scared my son, he has autism and was overwhelmed.
        Customer MyKad 870923-10-5546 (Siti Aminah binti Yusof) for the RM1,280 package; balance RM640 to be paid in cash on the day at her Subang Jaya home.
        Our driver for the JB trip is Ahmad Zaki, passport A51283477, car JQP 7731, he will wait at Woodlands checkpoint at 7.45am.
        Bank transfer received from DBS 027-904318-2 (HOW MEI LING) S$520, ref 'Jayden bday 7 Dec'. Match to booking BK-20261207-0005.
        If the balloon artist gets lost, call me directly at 8822 4619, don't call the condo management office, they won't pick up on weekends.
        Agent Melvin Chua took S$2,000 of my deposits from three parties and disappeared; I'm the performer and I'm filing a claim at the Small Claims Tribunals.
        Our emcee Benjamin Goh has been struggling since his depression diagnosis, please keep him on small birthday parties only, no corporate events.
        Staff record: Lee Hui Min, DOB 14/03/1998, NRIC S9812346J, emergency contact father Lee Boon Keng 9456 1178, blood type O+, shellfish allergy.
    """),
    "mixed": _lines("""
        Eh bro, the uncle at Blk 612 Jurong West St 65 #12-418 never pay balance S$260 leh, his name Mr Goh Teck Seng, HP 9274 0815, can help chase?
        Tadi the birthday boy Haziq punya mak, Puan Rohana, call me crying, she said husband lost his job so cannot pay full amount, minta installment 3 bulan.
        Aiyo the clown Ah Boy kena MC again, dengue positive, warded at Ng Teng Fong, so Saturday show at Sengkang I take over lah.
        林太 from Tampines say her daughter 小美 got nut allergy, so goodie bag cannot have any peanut candy ok, she will check one by one.
        Boss, Mr Kumar's cheque bounce already, OCBC cheque no. 004518, S$650, I WhatsApp him at 9012 3345 but he blue tick never reply.
        Customer Chan Mei Fong, HKID Y573210(4), booked us for her son's party at her flat in Tai Koo Shing, Block 9, 18/F, Flat C, HK$4,800 deposit paid via FPS.
        Ms Farah dia complain the magician touched her daughter's shoulder too long during the trick, she want to report to police, pls call her 013-772 5016.
        Jason's mum say she divorcing already, pickup after party is the dad, name Kenneth Tay, IC ends 567H, must show IC before we release the kid ah.
    """),
    "ms": _lines("""
        Nama pelanggan: Nor Azlina binti Hashim, No. KP 900215-08-6624, alamat No. 14, Jalan Mawar 3, Taman Bunga Raya, 30100 Ipoh, Perak. Deposit RM400.
        Encik Zulkifli masih berhutang RM750 untuk majlis hari jadi anaknya bulan lepas, dia kata gaji lambat masuk, minta tangguh sampai 25 Disember.
        Laporan insiden: kanak-kanak bernama Adam Harraz, 6 tahun, tercekik serpihan belon dan dibawa ke Hospital Sungai Buloh oleh bapanya, En. Faris.
        Sila pindahkan bayaran artis ke akaun Maybank 1620 5578 3341 atas nama Mohd Syafiq bin Ismail untuk tiga persembahan di Shah Alam.
        Hubungi Puan Salmah di talian 019-455 8120 jika ada perubahan masa, dia tak boleh terima panggilan selepas 10 malam.
        Badut kami, Hairul, sedang menjalani rawatan kemoterapi, jadi dia hanya boleh buat persembahan waktu pagi sahaja sehingga bulan Mac.
    """),
    "zh-Hans": _lines("""
        客户资料：王丽华，身份证号 440305198607124528，手机 13826541107，为女儿在深圳南山区蛇口花园城五栋1203室预订小丑表演，已付订金800元。
        陈先生上周在新加坡办派对的尾款还没付，他说最近在打离婚官司，钱都被冻结了，请财务先别催。
        魔术师阿杰的工资卡是中国银行 6217 8501 0000 4412 357，请把十一月的演出费5,600元转过去。
        昨天派对上那个叫李思涵的小女孩对气球过敏，起了一身红疹，她妈妈电话 +60 16-228 9031，要求我们赔偿医药费。
    """),
    "zh-Hant": _lines("""
        客戶：黃志強先生，電話 9632 1457，地址 新界沙田第一城 32座 15樓 G室，兒子生日派對 12月21日，魔術師加扭氣球，訂金 HK$1,500 已收。
        台北的家長張雅婷小姐，身分證字號 F223456789，要求我們把她女兒在派對上的照片全部刪除，不可放在粉絲專頁。
        小丑表演者阿豪上月在澳門氹仔的派對喝醉鬧事，被治安警拘留一晚，經理人決定暫停他的合約。
        林太話個仔有自閉症，聽到氣球爆會好驚，請扭氣球師傅唔好喺佢面前打爆氣球，佢會坐喺最後一行。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a Singapore children's party entertainment company. Be polite and concise.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to Grace Teo (+65 9012 7735) that her balance of S$260 for the magic show on 20 Dec at her condo is due 48 hours before the event.",
        ),
        (
            "assistant",
            "Hi Grace, friendly reminder from the party team! The balance of S$260 for your magic show on 20 Dec is due by 18 Dec. You can PayNow to our UEN shown on your invoice. Thank you and see you soon!",
        ),
        ("user", "Make it a bit warmer and mention her son Ethan by name."),
        (
            "assistant",
            "Hi Grace! We're so excited for Ethan's big day on 20 Dec. Just a gentle reminder that the S$260 balance is due by 18 Dec via PayNow. Let us know if you have any questions. See you and Ethan soon!",
        ),
    ],
    [
        (
            "user",
            "I need to write an incident report. At a party in Bishan yesterday, a 5-year-old boy called Aiden Koh tripped on the stage step during our magician's show and cut his chin. His mum Jessica took him to KKH. How should I write it?",
        ),
        (
            "assistant",
            "Keep it factual: date, time and venue; the child's name and age (Aiden Koh, 5); what happened (tripped on stage step during show, cut on chin); first aid given on site; parent informed (Jessica Koh) and that she brought him to KKH; witnesses; and corrective action such as taping the step edge.",
        ),
        (
            "user",
            "Should I include that the step had no tape marking? I don't want the venue to blame us.",
        ),
        (
            "assistant",
            "Yes, record it as an observed fact without assigning blame, for example: the stage step edge was not marked. This helps both your company and the venue improve safety and shows you reported honestly.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk sebuah agensi badut dan ahli silap mata di Kuala Lumpur.",
        ),
        (
            "user",
            "Tolong sediakan draf perjanjian ejen untuk artis baru kami, Mohd Syafiq bin Ismail, No. KP 950611-14-5233, komisen 20%, tempoh 12 bulan.",
        ),
        (
            "assistant",
            "Baik. Draf ringkas: Perjanjian ini dibuat antara Agensi (selepas ini disebut Ejen) dan Mohd Syafiq bin Ismail (No. KP 950611-14-5233). Ejen berhak kepada komisen 20% daripada setiap bayaran persembahan. Tempoh perjanjian 12 bulan dari tarikh tandatangan, boleh ditamatkan dengan notis 30 hari secara bertulis.",
        ),
        ("user", "Tambah fasal keselamatan kanak-kanak juga."),
        (
            "assistant",
            "Fasal tambahan: Artis tidak boleh bersendirian dengan mana-mana kanak-kanak, tidak boleh mengambil atau menyiarkan gambar kanak-kanak tanpa kebenaran ibu bapa, dan mesti melaporkan sebarang insiden kepada Ejen dalam tempoh 24 jam.",
        ),
    ],
    [
        (
            "user",
            "我是新加坡一家气球派对公司的老板。客户陈国强先生（电话 9123 7788）上个月的派对尾款S$480一直没付，他说最近在打离婚官司，我该怎么处理比较好？",
        ),
        (
            "assistant",
            "建议先用书面方式（WhatsApp或电子邮件）礼貌提醒陈先生尾款金额和到期日，并提出可以分期支付。如果仍然没有回应，可以发出正式催款信，最后再考虑向小额索偿庭（Small Claims Tribunals）提出申请。",
        ),
        ("user", "我可以在店里的群组里提醒其他同行不要接他的单吗？"),
        (
            "assistant",
            "不建议这样做。在群组里公开客户的姓名、电话和个人纠纷，可能违反新加坡《个人资料保护法》（PDPA），也可能引起诽谤纠纷。最好只通过正式渠道追讨欠款。",
        ),
    ],
    [
        (
            "user",
            "Eh help me write complaint leh. The magician from the agency, his name Kelvin Ong, asked my girl Sophie for our home address and her IG. We stay at 8 Lorong Chuan, #05-12. I very worried.",
        ),
        (
            "assistant",
            "I'm sorry, that sounds worrying. Here is a draft: Dear Agency, On 3 Dec your magician Kelvin Ong asked my 9-year-old daughter for our home address and her Instagram account during her party. This is inappropriate and I request that you investigate, remove him from children's events and confirm in writing what action you have taken. I have also made a police report.",
        ),
        ("user", "Should I put my address inside the complaint?"),
        (
            "assistant",
            "No need. The agency already has your booking details. Leave the address out of the complaint so it isn't shared any further than necessary, and keep only your name, booking number and contact number.",
        ),
    ],
    [
        (
            "system",
            "CRM record for context: Customer Angela Sim, mobile 9388 2145, email angela.sim.home@gmail.com, 7 months pregnant, party on 21 Dec at 36 Jalan Rumia, foam party booked, asked for seating away from foam area.",
        ),
        ("user", "Summarise what the crew needs to know for this Sunday's party."),
        (
            "assistant",
            "Crew notes for 21 Dec: host Angela Sim is pregnant and should be seated away from the foam area; keep the foam machine on the far side of the garden, lay non-slip mats on the path and brief the team to keep walkways clear. Contact the host on 9388 2145 on arrival.",
        ),
    ],
    [
        (
            "user",
            "你好，我想幫兒子訂生日派對，12月21號下晝三點，地址係沙田第一城32座15樓G室，想要魔術師同扭氣球，大約20個小朋友。我叫黃志強，電話 9632 1457。",
        ),
        (
            "assistant",
            "黃先生你好！已記低：12月21日下午3時，沙田第一城，約20位小朋友，魔術表演加扭氣球。建議選擇魔術45分鐘加扭氣球一小時的套餐，需要先付訂金確認檔期。請問大廈管理處是否容許使用氦氣氣球？",
        ),
        ("user", "管理處話可以，不過唔准用彩紙炮。"),
        (
            "assistant",
            "明白，我們會改用泡泡機，不使用彩紙炮。確認後會把報價單和付款方法發到你的電話，謝謝！",
        ),
    ],
    [
        (
            "user",
            "I'm a freelance balloon artist in Singapore. Last year I earned about S$38,400 from parties. My NRIC is S8823471D. Do I need to pay CPF MediSave as a self-employed person?",
        ),
        (
            "assistant",
            "If your net trade income is above S$6,000 a year, self-employed persons in Singapore generally need to make MediSave contributions, computed on net trade income after business expenses. Check your IRAS notice of assessment and the CPF Board's MediSave calculator. Please avoid sharing your NRIC number in chats like this.",
        ),
        ("user", "Oh ok. Can I deduct my helium and balloon costs?"),
        (
            "assistant",
            "Yes, expenses wholly and exclusively incurred for your business, such as helium, balloons, pumps and transport to events, can usually be deducted. Keep receipts and a simple log of each job.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for parents planning children's parties in Malaysia.",
        ),
        (
            "user",
            "My daughter Chloe Ng, 6, has a serious latex allergy and carries an EpiPen. We're having her birthday at our home in Cheras. What should I tell the balloon artist?",
        ),
        (
            "assistant",
            "Tell the artist in writing that Chloe has a latex allergy and that only foil or latex-free balloons may be used, including for the arch and goodie bags. Ask them not to bring latex gloves, keep the EpiPen within reach of an adult and inform other parents so guests don't bring latex balloons as gifts.",
        ),
        ("user", "Can you write that as a short message I can forward?"),
        (
            "assistant",
            "Hi, for Chloe's party: she has a serious latex allergy (carries an EpiPen). Please use FOIL or latex-free balloons only, no latex gloves, and no latex balloons in gifts or decorations. Thank you for helping us keep her safe!",
        ),
    ],
    [
        (
            "user",
            "Tolong translate to English: Puan Rohana, ibu kepada Haziq, minta bayar baki RM600 secara ansuran 3 bulan sebab suami dia baru hilang kerja. No telefon dia 017-662 4091.",
        ),
        (
            "assistant",
            "English translation: Mrs Rohana, Haziq's mother, has asked to pay the RM600 balance in 3 monthly instalments because her husband recently lost his job. Her phone number is 017-662 4091.",
        ),
        ("user", "Ok thanks. Boleh buat jadual ansuran sekali?"),
        (
            "assistant",
            "Boleh. Cadangan jadual: RM200 pada 15 Januari, RM200 pada 15 Februari dan RM200 pada 15 Mac. Hantar kepada Puan Rohana untuk pengesahan dan simpan rekod setiap bayaran.",
        ),
    ],
]
