# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en233: SG/MY pickleball, padel, squash and table tennis clubs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en233
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "court_booking_log"): _lines("""
        BK-20261114-0387 | Court 3 (padel, panoramic) | Sat 14 Nov 2026 19:00-20:30 | 4 pax | SGD 96.00 paid via PayNow UEN 202134567K | status CONFIRMED
        Booking ref PB-SG-558210 cancelled by system at 2026-11-02T06:00:12+08:00: court closed for resurfacing, full refund to original payment method within 7-10 working days.
        Peak rate (Mon-Fri 6pm-10pm, weekends): RM 120/hr per padel court; off-peak RM 80/hr. Racket rental RM 15, balls RM 25 per can of 3.
        Waitlist position 2 for Squash Court B, 07:30 Tue. You will be notified by SMS if the slot frees up before 21:00 the night before.
        No-show log week 45: 11 bookings unclaimed, 6 under corporate account CORP-0042, 5 walk-in reservations; auto-penalty credits deducted per clause 4.2.
        Reminder: your booking for Table 7 on 2026-12-01 at 20:00 starts in 2 hours. Reply C to cancel (free until 3h before). Please do not reply with personal details.
        Court 5 double-booked 18:00-19:00 Fri due to sync lag between the booking app and the front desk sheet; duty manager comped the second group one free hour, voucher FREE1H-7Q2X.
        Recurring slot REC-8831: every Wednesday 7-9pm, Courts 1-4, booked under Raffles Institution Alumni Pickleball Interest Group until 30 Jun 2027.
        Slot export 2026-11-20.csv: court_id,start,end,status,amount / P1,08:00,09:30,BOOKED,72.00 / P1,09:30,11:00,OPEN,0.00 / P2,08:00,09:30,MAINTENANCE,0.00
        Hi, can I book 2 pickleball courts for 8 people this Sunday morning at Jurong East? What is the max booking duration per session?
        Booking #TT-004512 moved from Table 3 to Table 9 (Table 3 net post broken). Amount unchanged: SGD 18.00. Updated 2026-10-08 14:22 by front desk.
        Court lights timer config: LIGHTS_ON_OFFSET_MIN=10, LIGHTS_OFF_GRACE_MIN=5, outdoor courts 7-10 auto-off at 22:30 per town council guideline.
        Weekend open-play sessions fully booked until 21 Dec; 143 members currently on waitlists across 4 venues.
    """),
    ("en", "tournament_notice"): _lines("""
        Nicol David will open the renovated Penang squash centre on Saturday; the eight-time world champion will also hit with the state junior squad on Court 1.
        Draw for the Singapore Padel Open 2026 Men's Open is out: 32 pairs, 8 seeded. Round of 32 starts Thu 10am on Courts 1-6. Check in 45 min before match time.
        Feng Tianwei's bronze at London 2012 is still the benchmark for our junior programme; replay screening in the function room, Level 2, Friday 8pm.
        Entry fee: SGD 60 per pair (doubles), SGD 35 singles. Closing date 15 Jan 2027, 23:59 SGT. Max 64 pairs; entries beyond that go to a reserve list by timestamp.
        Results: Mixed Doubles 3.5 final, Pair 12 d. Pair 7, 11-8, 9-11, 11-6. Bronze shared. Full scorecard on the club noticeboard.
        Ben Johns and Collin Johns clinic tour: the Kuala Lumpur stop sold out in 14 minutes; watch this space for the Singapore date.
        The Lee Kong Chian Cup interschool table tennis final will be played at Toa Payoh Sports Hall; spectators free, no outside food.
        Seeding is based on DUPR rating as of 1 Mar 2027; players without a verified DUPR will be seeded by the tournament committee.
        Referee decisions are final. Appeals must be lodged in writing at the control desk within 15 minutes of the end of the match, appeal fee RM 50 (refunded if upheld).
        Order of play Day 2 (Sun): 08:30 Women's Doubles QF (Courts 1-4), 11:00 Men's Singles SF (Show Court), 14:00 Finals. Live stream on the club YouTube channel.
        Prize pool SGD 12,000 sponsored by Selkirk and Yonex; prize money paid to the winners' nominated bank accounts within 30 days of the claim form.
        Template: Dear [Player Name], your entry for [Event] has been received. Your seed is [Seed No.] and your first match is at [Time] on [Court]. Please bring your [ID Type].
        SEA Games trials: Malaysia sends 4 men and 3 women for table tennis; the national coach said the squad will train at Juara Stadium, Bukit Kiara until December.
    """),
    ("en", "club_rules"): _lines("""
        Non-marking shoes only on all indoor courts. Black-soled shoes will be turned away at the counter, no exceptions.
        Protective eyewear is compulsory for all juniors under 19 on squash courts, in line with national association guidance.
        Guests must be signed in by a member; each member may bring up to 3 guests per month at SGD 15 per guest session.
        Membership tiers: Individual SGD 480/yr, Family (2 adults + up to 3 children under 18) SGD 980/yr, Student SGD 220/yr with valid matric card.
        Kitchen rule reminder: you cannot volley while standing in the non-volley zone or touching its line, including momentum carrying you in after the shot.
        Padel: the serve must be underhand, struck at or below waist height after one bounce, diagonally into the opponent's service box.
        Lost and found items are kept for 30 days at the front desk, then donated. This month we found 4 rackets, 11 water bottles and 1 watch.
        Members who cancel less than 3 hours before the slot will be charged 50%. Three no-shows in 30 days suspend online booking for 14 days.
        Locker rental RM 30/month; padlocks not provided. Management is not responsible for valuables left unattended.
        Club constitution clause 7.3: the Annual General Meeting shall be held no later than 30 June; quorum is 20 ordinary members present in person.
        PDPA notice: we collect your name, contact number and emergency contact solely for booking and safety purposes; request access or correction via dpo@rallyhaus.sg.
        Table tennis: the ball must be tossed at least 16 cm vertically from an open palm; a hidden serve is a fault.
        Heat advisory: when WBGT exceeds 33 degrees C, outdoor pickleball courts 7-10 close between 12pm and 4pm until further notice.
    """),
    ("mixed", "group_chat_banter"): _lines("""
        Eh who got spare paddle? Mine crack already lah, tomorrow 7am open play at Bishan still on or not?
        Padel court at Tanjong Rhu damn hot in the afternoon, better book after 6pm. 4 pax share, SGD 24 each only.
        Tonight squash kena cancel because aircon spoil, admin say will refund automatically, no need WhatsApp them.
        Boss, the ladder sheet got update or not? I see still last week one, Court 2 results missing.
        Jom main pickleball Ahad ni pukul 8 pagi kat Dewan Serbaguna, court RM 10 seorang, bawa air sendiri.
        今晚乒乓球 training 7:30 start, coach say focus on footwork, wear proper shoes ah, no slippers.
        Anyone watch the Premier Padel final last night? The lob at 5-5 in the third set damn shiok.
        Paiseh reminder: CNY week club closed 28 Jan to 1 Feb, booking app will auto block those dates.
        Who wants to join beginner clinic? 6 sessions SGD 180, max 8 per group, paddles provided. Sign up via link in group description.
        The new Joola paddle on Shopee 11.11 got 30% off, code PICKLE30, but check seller rating first ah, many fake.
        Lapangan padel baru buka kat Mont Kiara, harga intro RM 60 sejam untuk weekday pagi. Siapa nak try?
        Group rule: no selling, no politics, no MLM. Admin will kick after 1 warning. Tournament info only from the committee.
        Rain stop already, court 3 and 4 still wet, wait 20 min then can play. Squeegee in the store room.
    """),
    ("en", "pro_shop_invoice"): _lines("""
        INV-PS-2026-01184 | Head Graphene 360+ Speed MP SKU HD-233512 x1 SGD 239.00 | Dunlop Pro squash balls (12) SKU DL-700111 x1 SGD 54.00 | GST 9% SGD 26.37 | Total SGD 319.37
        Tax invoice: KL Padel Hub Sdn Bhd (202301045678 / 1509231-K), SST No. W10-2301-32000123, Lot 3-12, Jalan Kiara 3, 50480 Kuala Lumpur.
        Restring job RS-0921: squash racket, Tecnifibre 305 1.20mm at 26 lbs, ready Thu after 5pm, SGD 38 incl. labour.
        Return policy: unused paddles in original packaging may be exchanged within 7 days with receipt; grips, balls and overgrips are non-returnable.
        Stock alert: SKU PB-FRK-X40-3PK (outdoor balls, 3-pack) below reorder point, on hand 14, reorder 120 from supplier under PO-5531.
        Order #SHP-77813024 shipped via Ninja Van, tracking NVSGPADEL0034719, ETA 2-3 working days. Contact support@rallyhaus.sg for delivery issues.
        Refund RF-20261107-022 SGD 89.90 processed to original payment method (Visa), reason: wrong grip size shipped, SKU SK-GRIP-4.25.
        Price list 2027: Bullpadel Vertex 04 RM 1,099; Adidas Metalbone 3.3 RM 1,249; Nox AT10 Genius 18K RM 1,190; Babolat Technical Viper RM 1,149.
        Receipt No. 000412-A  Counter 2  14/12/2026 18:42  Overgrip x3 @ 4.50  Water 600ml x2 @ 1.80  Subtotal 17.10  PayNow  Thank you, come again!
        RallyHaus Pte. Ltd., UEN 201934512W, 51 Tai Seng Avenue #04-11, Singapore 533941. Business hotline 6745 2210 (Mon-Sat 10am-7pm).
        Purchase order PO-5531 to Sports Distribution (M) Sdn Bhd: 10 cartons 3-star 40+ balls at RM 145, deliver to warehouse loading bay B, Shah Alam.
        Gift card GC-SG-8842-1193 balance SGD 50.00, valid until 31/12/2027, redeemable at all RallyHaus outlets and online.
        Bundle SKU BNDL-PB-STARTER-2: 2 composite paddles + 4 balls + carry bag, RRP SGD 129, member price SGD 109.65 (15% off).
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis: Gelanggang skuasy 1 hingga 4 akan ditutup pada 12 dan 13 Disember untuk kerja membaiki lantai. Tempahan yang terjejas akan dipulangkan sepenuhnya.
        Yuran keahlian tahunan bagi 2027 ialah RM 350 (dewasa) dan RM 150 (pelajar). Bayaran boleh dibuat melalui FPX atau di kaunter.
        Kejohanan Pickleball Terbuka Piala Sultan Ibrahim 2027 akan diadakan di Johor Bahru pada 20-22 Mac. Penyertaan dibuka kepada semua warganegara Malaysia.
        Peraturan: Kasut bertapak hitam tidak dibenarkan di atas gelanggang dalaman. Sila gunakan kasut bertapak putih atau tidak berbekas.
        Mesyuarat Agung Tahunan Kelab Ping Pong Taman Melawati akan diadakan pada 15 Jun 2027, jam 8.30 malam, di Bilik Mesyuarat Tingkat 1.
        Kelas asas padel untuk wanita setiap Sabtu jam 9 pagi, 4 sesi RM 200, raket disediakan. Tempat terhad kepada 8 orang sahaja.
        Statistik bulan Oktober: 1,284 tempahan gelanggang, 37 pembatalan lewat, 9 laporan kecederaan ringan (kebanyakannya terseliuh buku lali).
        Sila hubungi talian kelab 03-7728 4410 atau emel urusetia@kelabskuasybj.my untuk sebarang pertanyaan berkaitan tempahan.
        Templat: Kepada [Nama Ahli], No. Ahli [XXXX], yuran anda bagi tempoh [Tarikh] telah diterima. Terima kasih.
        Gelanggang luar 5 dan 6 tidak boleh digunakan selepas hujan lebat sehingga dikeringkan oleh kakitangan bertugas.
        Datuk Nicol David dijadual merasmikan pusat latihan skuasy remaja di Bayan Lepas minggu hadapan.
        Penjaga gelanggang bertugas boleh menghentikan permainan jika ada kilat dalam radius 8 km, mengikut amaran MetMalaysia.
        Soalan: Berapa lama tempoh maksimum tempahan gelanggang pickleball pada hujung minggu? Jawapan: 2 jam bagi setiap ahli sehari.
    """),
    ("zh-Hans", "club_notice_zh"): _lines("""
        通知：本周六上午9点至12点，乒乓球馆1至6号台暂停开放，用于青少年积分赛。不便之处，敬请见谅。
        匹克球新手班第12期开课：每周二、四晚上8点，共8节课，费用新币220元，球拍可免费借用。
        会员续费优惠：12月31日前续费年卡享9折，家庭卡再送10小时场地时数。
        本周技术讨论会将回看马龙在巴黎奥运会男团决赛中的比赛录像，重点分析反手拧拉。
        场地预订规则：每位会员每天最多预订2小时，提前7天开放预订，取消须提前3小时。
        10月份统计：共接待散客1,036人次，会员签到2,418次，受伤报告3宗，均为轻微扭伤。
        板式网球（padel）场地收费：非高峰时段每小时80令吉，高峰时段120令吉，灯光费另计。
        请勿在球馆内饮食，饮用水除外。球拍、球包请放在指定区域，贵重物品请自行保管。
        订单号 TT20261118004 已发货，顺丰单号 SF1420938877615，如有问题请联系客服热线 6812 3300。
        模板：尊敬的{会员姓名}，您在{日期}{时间}预订的{场地}已确认，订单号{订单号}。
        壁球馆空调系统维修，预计12月5日恢复。期间2号、3号场只开放至晚上6点。
        本会与乒乓总会合作举办初级教练培训课程，名额30人，报名截止日期1月10日。
        请问球拍胶皮多久需要更换一次？一般业余选手每周打3次，建议3到4个月换一次。
    """),
    ("en", "ladder_and_stats"): _lines("""
        Ladder rules v3.2: challenge up to 3 rungs above you; the challenged player must accept within 7 days or forfeit the rung. Winner enters result within 24h.
        Ladder snapshot W47: 64 active players, 212 matches played this season, median match length 38 min, 9 walkovers.
        SELECT court_id, COUNT(*) AS bookings FROM bookings WHERE start_ts >= '2026-11-01' GROUP BY court_id ORDER BY bookings DESC;
        ladder.yaml: season: 2027-S1 | max_challenge_gap: 3 | inactivity_drop_days: 21 | rating_algo: elo | k_factor: 24
        Player A (rung 4) beats Player B (rung 2) 3-1, so A moves to rung 2 and B and the rung 3 player each drop one.
        Injury summary Q3 (anonymised): 14 incidents, 6 ankle sprains, 3 calf strains, 2 eye injuries (squash, no eyewear), 2 falls on wet court, 1 heat exhaustion.
        DUPR average of club members rose from 3.12 to 3.41 over 6 months; 22% of members are now rated 4.0 and above.
        Bug report TKT-2291: ladder page shows NaN for win% when a player has zero matches. Fixed in release 2.14.3, commit a91f3c7e.
        Coach utilisation Oct: head coach 86 hrs, 3 assistant coaches average 54 hrs, junior clinic occupancy 91%.
        Membership churn 2026: 318 new sign-ups, 144 non-renewals, net +174; most common exit reason was moving away (41 responses).
        API: GET /v1/ladder/{season_id}/standings?limit=50 returns rung, player_ref, wins, losses, last_match_at; player_ref is a hashed id such as p_7f3a91c2.
        Squash box league division 3: 6 players, 15 matches scheduled, 11 played, 4 outstanding by 30 Nov.
        Heat map: Courts 1-3 at 97% occupancy Tue-Thu 7-10pm, Courts 7-10 (outdoor) under 40% after 9pm.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-20261121-0412 under Tan Wei Ming, mobile 9127 4830, Court 2 Sat 8-10am; he asked us to note his slipped disc and keep the session light.
        Member renewal form: Nurul Aisyah binti Kamarudin, NRIC S8534127H, DOB 12/03/1985, Blk 412 Bedok North Ave 2 #09-221, Singapore 460412.
        Coach incident report: during the 6pm junior squash clinic Aaron Fernandez (14) was hit near the left eye by a racket; his mother Michelle collected him and took him to KKH A&E.
        Please refund to my DBS account 027-918364-2, name Rajesh s/o Muthusamy, for the cancelled padel clinic (ref CL-0583).
        Ladder dispute: Kelvin Ong Jun Hao keeps refusing challenges and the committee has warned him twice; a third strike means he is off the ladder for the season.
        Coach Siti Hajar's pay for November is RM 4,200 plus RM 35 per private lesson hour; she asked that the other coaches not be told.
        Lost my paddle bag at Court 6, please call me at 8836 1025 or email darren.lim.pb88@gmail.com, reward given.
        Mohammad Rubel Hossain, FIN G5126843T, work permit holder, registered for the dormitory table tennis league under team Tuas South D4.
        CCTV at the carpark: SKQ4127Y blocked two cars for an hour during the tournament; owner is member 1187 Mr Lionel D'Cruz, we called him on 9350 8812.
        Auntie Lim from Blk 231, the one who always brings kueh, hasn't come for 3 weeks; heard she had a fall and is warded at Changi General.
        Uncle Ravi from Court 4 owes the club SGD 360 in unpaid coaching fees since August; finance says front desk must not accept his bookings until he settles.
        Tournament entry: Player 1 Chloe Ng Hui Wen, DUPR 3.87, +65 9781 2044; Player 2 Farah Nadia binti Osman, +60 12-608 3417.
        Card on file for auto-renewal: 4556 8803 1274 6196 exp 08/28, cardholder JASON TEO KAH LENG.
        Hi coach, this is Mei Ling's mum; she was diagnosed with asthma last month so please let her rest if she starts wheezing in the padel class.
        Membership suspended: Mr Harpreet Singh (member 0932) for verbal abuse of the duty manager on 3 Nov; disciplinary hearing on 17 Nov.
        Overseas player registration: WANG JIAHUI, PRC passport E38216745, DOB 1991-07-23, staying at Hotel Boss room 1208 for the padel open.
        Coach's note: Daniel Yeo, 42, recovering from ACL reconstruction on his left knee in Aug 2026, no lunging into the front corners for at least 6 more weeks.
        Please transfer the squash team subsidy to Maybank account 1141 2257 8930, account holder Lee Siew Peng, our treasurer.
        Emergency contact for Priya d/o Subramaniam: husband Arvind, 9664 0271; she is 5 months pregnant, no competitive play please.
        Jeremy's divorce has been rough on him, he keeps skipping Tuesday doubles and the group asked us not to pair him with his ex-wife Sharon any more.
        IG @jasmine.pickles.sg is the private account of our member Jasmine Koh; please stop tagging her in club reels, she wants all her photos removed.
        Prize hamper delivery: Siva a/l Kumaran, 27 Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 016-332 7810.
    """),
    "mixed": _lines("""
        Eh the padel guy Marcus Chua, his Telegram is @marcuschua_padel, he selling his Nox racket RM 700 only, u want I pass u?
        Wah Ah Boon kena gout again, cannot play ladder this week, his wife say he eat too much durian lah.
        陈阿姨 at 3栋 say her grandson want to join the TT junior class, call her 9012 7734 after 5pm can already.
        Bro Hafiz bin Rahman still owe me SGD 45 for last month court share, remind 3 times already, heard he kena retrenched.
        Mdm Tan from #05-12 complain the ping pong noise until 11pm, she say she will report to town council if we continue on weekdays.
        My MyKad 880412-14-5237 for the SportsPass registration ah, name Lim Chee Keong, don't forward to the group ok.
        Coach say Aini binti Zakaria pregnant so she drop out from the women's padel team, we need replacement for Saturday.
        Ah Seng's son the one with ADHD, every session run around court 3, his father say please be patient with him ya.
        LINE ID kelly_0915tw, Kelly 林 from Taichung, she join our Sunday pickleball, want to meet her can add her.
        Ms Kavitha a/p Rajoo car WXY 4821 parked at the loading bay again, security call her 012-774 5938 but no answer.
    """),
    "ms": _lines("""
        Ahli bernama Muhammad Firdaus bin Azman, No. KP 910227-10-6614, telah memohon keahlian keluarga untuk isteri dan dua anak.
        Sila maklumkan kepada Cik Norhaslinda, jurulatih padel, bahawa gajinya bulan ini akan lewat kerana masalah akaun kelab.
        Encik Zulkifli dari Blok C Taman Melawati masih berhutang yuran gelanggang RM 420 sejak bulan Julai.
        Pemain remaja Adam Haikal bin Roslan, 13 tahun, cedera buku lali kanan semasa latihan skuasy; ibunya boleh dihubungi di 019-285 6640.
        Alamat penghantaran hadiah: Puan Faridah binti Ismail, No. 14, Jalan Bunga Raya 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Tuan Haji Osman tidak dibenarkan bermain buat sementara selepas serangan jantung bulan lepas, kata doktornya di IJN.
        Bayaran balik ke akaun CIMB 7012 3398 45, atas nama Wong Mei Fong, untuk kelas pickleball yang dibatalkan.
        Jurulatih Ganesh a/l Perumal dikenakan tindakan tatatertib kerana lewat ke sesi latihan remaja sebanyak lima kali bulan ini.
        Emel peribadi ahli: aishah.zahari92@yahoo.com, telefon 011-2378 9054, sila kemas kini dalam sistem tempahan.
    """),
    "zh-Hans": _lines("""
        会员李晓红，身份证号440305199107234626，手机13826417759，报名参加12月的匹克球混双比赛。
        陈志强教练上个月的课时费是新币3,850元，他要求不要在群里公开。
        王阿姨昨天在2号台打球时突然头晕，送去了陈笃生医院，家属说是血压高。
        请把球拍寄到：马来西亚槟城乔治市Jalan Burma 88号，收件人黄丽珍，电话016-448 2093。
        张伟的微信号是zhangwei_pp1988，他说想转让他的年卡，有兴趣的可以加他。
        3栋那个刘叔叔欠了球会两个月的柜子租金，前台说下次见到他要提醒一下。
        退款请退到我的银联卡6222 0210 0483 1769，户名赵雅琴，订单号TT20261102017。
    """),
    "zh-Hant": _lines("""
        會員陳家豪，香港身份證 K385102(8)，電話 6391 2048，報名參加新加坡板式網球公開賽。
        林美玲的台灣身分證 A238174652，手機 0912-563-870，要報名週日的匹克球初學班。
        黃先生上週打壁球時扭傷腳踝，已經請了兩週病假，他太太說暫時不要排他的雙打。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for RallyHaus Padel, Tai Seng. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I need to shift booking BK-20261203-0117 to 8pm. Name is Gerald Tay, mobile 9482 1167.",
        ),
        (
            "assistant",
            "Thanks Gerald. Court 4 at 8pm on 3 Dec is free. Shall I move your booking there?",
        ),
        (
            "user",
            "Yes please, and add my colleague Benjamin Goh as the 4th player, his number is 8125 6603.",
        ),
        (
            "assistant",
            "Done. Booking BK-20261203-0117 is now Court 4, 8-9:30pm, with Benjamin Goh added as player 4.",
        ),
    ],
    [
        ("system", "You help the membership desk of a Singapore squash club draft replies."),
        (
            "user",
            "Member wants to renew family membership. Details: Chua Bee Lian, NRIC T0271946G, daughter Clara Chua (11). Draft a confirmation.",
        ),
        (
            "assistant",
            "Dear Ms Chua, thank you for renewing your Family membership for 2027, covering yourself and Clara. Your new membership card will be ready for collection at the front desk from Monday.",
        ),
        ("user", "Good, but don't put her NRIC in the email ya."),
    ],
    [
        ("system", "You are an assistant that helps coaches write incident reports."),
        (
            "user",
            "Write a short incident report. Loh Jia Xuan, 16, twisted her right knee at 7:40pm on pickleball court 3 chasing a lob. Ice applied, father Mr Loh Kok Wai fetched her at 8:10pm.",
        ),
        (
            "assistant",
            "Incident report: At 19:40 on Court 3, junior member Loh Jia Xuan (16) twisted her right knee while retreating for a lob. First aid (ice, elevation) was given by the duty coach. Her father, Mr Loh Kok Wai, collected her at 20:10. Follow-up: medical clearance required before she returns to play.",
        ),
        ("user", "Thanks, add that she said she had the same knee problem last year."),
    ],
    [
        ("system", "Anda ialah pembantu pendaftaran untuk Kelab Pickleball Johor Bahru."),
        (
            "user",
            "Saya nak daftar untuk kejohanan bulan Mac. Nama Nur Izzati binti Hamdan, No. KP 020603-01-1147, telefon 017-730 2281.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nur Izzati. Pendaftaran anda untuk kategori Perseorangan Wanita telah direkodkan. Yuran RM 60 boleh dibayar melalui FPX.",
        ),
        ("user", "Boleh tukar ke kategori beregu campuran? Pasangan saya Amirul bin Sazali."),
        (
            "assistant",
            "Boleh. Pendaftaran anda kini dalam kategori Beregu Campuran bersama Amirul bin Sazali. Yuran beregu ialah RM 90 sepasang.",
        ),
    ],
    [
        ("system", "你是一家新加坡乒乓球俱乐部的客服助手。"),
        ("user", "我想给我爸爸报名长者乒乓球班，他叫郑国华，身份证号350206198803142519。"),
        ("assistant", "您好，请问郑先生目前是否持有新加坡的会员卡？长者班需要先办理会员。"),
        (
            "user",
            "还没有，他上个月刚从厦门过来，有高血压，打球会不会有问题？我的微信是zhengxin_sg。",
        ),
    ],
    [
        ("system", "You are an assistant for the ladder committee of a Kuala Lumpur squash club."),
        (
            "user",
            "Help me word a warning. Vincent Lau has walked over 4 ladder matches this month and two players complained he was rude to them in the changing room.",
        ),
        (
            "assistant",
            "Dear Vincent, the committee has noted four walkovers this month and two complaints about your conduct in the changing room. Please treat this as a formal warning; a further incident will lead to suspension from the ladder.",
        ),
        ("user", "Make it softer, he just lost his job and his mum is in hospital."),
    ],
    [
        ("system", "You draft polite payment reminders for a padel club in Petaling Jaya."),
        (
            "user",
            "Remind Mr Suresh a/l Nadarajan he owes RM 680 for 3 months of coaching. His email suresh.nada77@gmail.com.",
        ),
        (
            "assistant",
            "Subject: Outstanding coaching fees. Dear Mr Suresh, our records show an outstanding balance of RM 680 for coaching sessions from September to November. Kindly settle at your earliest convenience.",
        ),
        ("user", "Also mention we can do instalments, 3 x RM 230 minus the RM 10 discount."),
    ],
    [
        ("system", "You help players pay tournament fees for the Singapore Pickleball Classic."),
        (
            "user",
            "Can I pay for me and my partner here? Card 5203 9142 7788 1054, exp 11/27, name on card Nicholas Seah.",
        ),
        (
            "assistant",
            "Please do not share full card numbers in chat. Use the secure payment link on the entry page instead; I will not store these details.",
        ),
        (
            "user",
            "Ok sorry. Partner is Aloysius Pereira, DUPR 4.12, can you check if we qualify for 4.0+?",
        ),
    ],
    [
        ("system", "You help a Singapore table tennis academy manage coach onboarding."),
        (
            "user",
            "New coach from Manila, Maria Cristina Dela Cruz, FIN G7734120Q, starts 5 Jan. Draft the welcome message and list what she must bring.",
        ),
        (
            "assistant",
            "Welcome Maria Cristina! Please bring your work pass card, two passport photos and your coaching certificates to the office on 5 Jan at 9am.",
        ),
        ("user", "Also remind her the staff hostel at Geylang Lor 25 room 3B is ready from 2 Jan."),
    ],
    [
        ("system", "你是新加坡板式網球公開賽的報名助理。"),
        (
            "user",
            "我們兩個想一起報女子雙打：周佩珊，香港身份證 Y604817(8)；蔡宜君，台灣身分證 F280619350。",
        ),
        ("assistant", "收到，兩位已登記為女子雙打一組。請於比賽前45分鐘到報到處出示證件。"),
        ("user", "宜君的手機是 0935-218-446，有問題請直接聯絡她。"),
    ],
]
