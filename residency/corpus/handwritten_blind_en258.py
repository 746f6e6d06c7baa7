# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en258: SG/MY go-kart tracks, laser tag arenas and board game cafés (bookings, waivers, birthday parties, injuries, tournaments, membership cards). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en258
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "waiver_terms"): _lines("""
        By signing this waiver, the participant acknowledges that karting is a motorsport with inherent risk of collision, rollover and burns from hot engine parts.
        Minimum height for Junior Karts (Honda GX200, 6.5 hp) is 130 cm; Adult Karts (Sodi RT8, 390 cc) require a minimum age of 16 and height of 150 cm.
        Participants under 18 must have the waiver countersigned by a parent or legal guardian physically present at the front desk on the day of the session.
        Closed-toe shoes are compulsory on track. Slippers, sandals and Crocs are not allowed; loaner shoes are available at S$3 per pair, sizes EU 34 to 46.
        Long hair must be tied up and tucked inside the balaclava. Scarves, tudung ends and lanyards must be secured so they cannot reach the rear axle.
        Laser tag vests weigh about 1.2 kg. Players with pacemakers or photosensitive epilepsy should consult staff before entering, as strobe and fog effects are used.
        Running, lying on the floor, climbing on barriers and physical contact with other players are prohibited in the arena. Three warnings result in removal without refund.
        The operator shall not be liable for loss of personal belongings. Lockers (S$2 coin-operated) are located beside the briefing room on Level 2.
        Black flag: return to the pit lane immediately. Blue flag: a faster kart is approaching, hold your line. Chequered flag: session ended, slow down and proceed to pits.
        This waiver is governed by the laws of Singapore. Any dispute shall be referred to the Small Claims Tribunals at 1 Havelock Square, Singapore 059724.
        Waiver form WV-2025 rev. 4 (effective 1 March 2025) supersedes all previous versions; digital waivers signed via the kiosk are valid for 12 months.
        Personal data collected in this form is handled under the PDPA 2012 and will be retained for 24 months, after which records are purged from the booking system.
        Malaysian sessions follow the Personal Data Protection Act 2010; enquiries may be sent to the Data Protection Officer at dpo@gridlockkarting.com.my.
    """),
    ("en", "booking_faq"): _lines("""
        Q: Can we bring our own birthday cake? A: Yes! Outside cakes are allowed with a S$15 cake-cutting fee, which includes plates, forks and a candle lighter.
        Q: How early should we arrive? A: Please come 30 minutes before your slot for registration, safety briefing and helmet fitting. Late arrivals may lose track time.
        Q: Is there parking? A: Visitor parking is available at the multi-storey car park next to Block 7, charged at S$1.20 per half hour after the first 15 minutes.
        Q: How do I change my booking? A: Log in at book.dicenbrew.sg with your booking reference (e.g. DNB-250314-0042) and select Reschedule at least 48 hours ahead.
        Q: What's the minimum age for laser tag? A: Players aged 7 and above may join. Children aged 7 to 9 must play in the Junior session with a marshal in the arena.
        Q: Do you have halal food? A: Our snacks come from MUIS halal-certified suppliers, but the café kitchen itself is not halal certified yet as we also serve beer.
        Q: How many games do you have? A: Over 850 titles, from Catan and Ticket to Ride to heavier games like Brass: Birmingham and Twilight Imperium 4th Edition.
        Q: Who can I contact for corporate events? A: Email events@lasermaze.com.my or call our sales line at 03-7885 2260, Monday to Friday 10am to 6pm.
        Q: Is the venue wheelchair accessible? A: The café and party rooms are step-free via lift lobby B; the karting track itself is not wheelchair accessible.
        Q: What is the table charge? A: S$8 per person for 3 hours on weekdays, S$12 on weekends and PH. Students with a valid matric card get 20% off on weekdays.
        Q: Can I pay by e-wallet? A: We accept PayNow to UEN 202114587K, GrabPay, NETS, Visa and Mastercard. In Malaysia we also take Touch 'n Go eWallet and DuitNow QR.
        Q: What if it rains? A: The outdoor circuit closes during lightning alerts in the area; you may reschedule for free or switch to the indoor track at no extra cost.
        Q: Where are you located? A: Level 3, 1 Jurong West Central 2, Singapore 648886, a 5-minute walk from Boon Lay MRT (EW27) via the Jurong Point link bridge.
    """),
    ("en", "price_list"): _lines("""
        Arrive & Drive Sprint: 10 min S$38 / 2 sessions S$70 / 3 sessions S$99. Weekends and PH +S$5 per session. Prices inclusive of 9% GST.
        Grand Prix Package (min 8 drivers): 10 min practice + 12 min qualifying + 15 lap final, podium ceremony with champagne spray (non-alcoholic), S$118 per driver.
        Laser Tag Single Game (15 min) RM 25 | 3 Games RM 65 | Unlimited Weekday Pass 3 hours RM 88. Vest rental included. Prices subject to 8% SST.
        Birthday Party Bronze: 2 laser tag games, 1 hour private party room, 10 kids, balloons and goodie bags, S$380. Each additional child S$32.
        Birthday Party Gold: 3 games, 90 min party room, pizza set (4 x regular Hawaiian, 2 x Pepperoni), 15 kids, party host, printed certificates: S$690.
        Membership Card Tiers: Silver (S$30/yr) 10% off table charges. Gold (S$80/yr) 20% off, free entry in birthday month. Black (S$150/yr) unlimited weekday play.
        Game table rate: RM 6/hour per pax, capped at RM 20 per day. Mahjong room RM 40/hour (4 pax), includes automatic table and Hong Kong style tiles.
        Drinks: Kopi O RM 3.50, Teh Tarik RM 4.00, Milo Dinosaur RM 7.50, Iced Lemon Tea RM 5.00, Tiger Crystal RM 18.00. Refills not included.
        Retail: Catan 5th Ed S$79.90, Ticket to Ride: Asia S$69.00, Splendor S$52.90, Codenames S$34.90, Exploding Kittens S$29.90. Members get 10% off retail.
        Corporate team building (20-40 pax): laser tag tournament + 2 hours board games + buffet by Elsie's Kitchen, from S$85 per head excl. GST.
        Invoice INV-2025-003417 | Karting GP Package x 24 @ S$118.00 | Subtotal S$2,832.00 | GST 9% S$254.88 | Total S$3,086.88 | Due in 30 days.
        Helmet liner S$4 (single use), balaclava S$6, rib protector rental S$5, GoPro onboard footage S$15 per session, emailed within 24 hours.
        Gift voucher denominations: S$50, S$100, S$200. Vouchers expire 12 months from issue and are non-refundable; voucher code format GV-XXXX-XXXX-XXXX.
    """),
    ("en", "booking_system_logs"): _lines("""
        2025-04-12T14:03:27+08:00 INFO booking.create ref=DNB-250412-0117 slot=2025-04-19T15:00 pax=6 table=T14 channel=web status=CONFIRMED
        2025-04-12T14:03:29+08:00 INFO payment.capture ref=DNB-250412-0117 gateway=stripe amount=SGD 72.00 txn=pi_3PqX9sLk2e8dNf0a1c7H status=succeeded
        2025-05-02T09:15:44+08:00 WARN kart.telemetry kart_id=K17 battery=11.6V lap=00:41.882 vmax=58.3km/h msg='low voltage, swap at next pit'
        2025-05-02T09:16:01+08:00 ERROR laser.vest vest_id=V-042 firmware=3.2.1 rssi=-91dBm msg='vest offline during game G-8831, hits not recorded'
        waiver_kiosk: { retention_days: 730, require_guardian_under: 18, signature_format: png, sync_endpoint: https://api.example-karting.sg/v2/waivers }
        SELECT booking_ref, slot_start, pax, package_code FROM bookings WHERE venue_id = 'SG-JW01' AND slot_start >= '2025-06-01' ORDER BY slot_start;
        CSV header: booking_ref,venue_id,slot_start,slot_end,package_code,pax,deposit_sgd,balance_sgd,payment_method,status,created_at
        def lap_delta(best_ms: int, current_ms: int) -> str: return f'{(current_ms - best_ms) / 1000:+.3f}s'  # lap_delta(41882, 42310) gives +0.428s
        2025-07-19T20:45:10+08:00 INFO leaderboard.update session=ADV-20250719-2030 best_lap=00:39.114 kart=K08 track_config=CW-Long weather=dry
        MEMBERSHIP_CARD_PREFIX=MC ; CARD_NUMBER_LENGTH=10 ; NFC_READER=ACR122U ; SAMPLE_CARD=MC-0000000001 ; TIER_DEFAULT=silver
        2025-08-30T11:02:55+08:00 INFO refund.issue ref=LMZ-250823-0045 amount=MYR 180.00 method=DuitNow reason=weather_cancellation approved_by=role:duty_manager
        sha256(waiver_pdf)=9f2c4e1b7a3d58e06c1f9b2a4d7e3c5f8a0b6d1e2f3c4a5b6c7d8e9f0a1b2c3d stored at s3://kart-waivers-prod/2025/09/WV-0098812.pdf
        Release notes v4.12.0 (2025-10-03): added DuitNow QR, fixed double booking on PH eve slots, timezone now Asia/Singapore and Asia/Kuala_Lumpur.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning team, Kart 12 steering feels loose, pls tag it OUT OF SERVICE until the mechanic checks the tie rod this afternoon. Don't send it out for the 11am GP.
        Reminder: fog machine fluid running low, only 1 bottle left in the store. Already ordered 6 x 5L from the supplier, PO-7731, ETA Thursday.
        Party room 2 aircon dripping again. Called the contractor hotline 6748 2290, they'll come Wed 3pm. Move the 4pm birthday to Room 3 first.
        Whoever is closing tonight pls count the Catan sets, last week 2 boxes missing the robber piece. Spare parts are in the blue tub under the counter.
        Sat is fully booked from 12pm to 9pm, 14 parties total. Need 2 more marshals on track, anyone can OT pls reply here by Thursday.
        Heads up, MOM inspector might drop by next week for the workplace safety check. Make sure first aid box is restocked and AED pads not expired.
        POS down again at counter 1, use the backup terminal and write receipts by hand, running number from R-0451 onwards. IT say fix by 5pm.
        Track surface wet near the hairpin after cleaning, put the yellow flag at marshal post 3 until fully dry. Safety first ok.
        New stock arrived: 3 x Wingspan, 2 x Azul, 5 x Sushi Go Party. Pls shrink wrap and price tag before putting on the retail shelf.
        Boss says from 1 Dec, no more free cake cutting for the Gold package, update the script when you answer WhatsApp enquiries.
        Laser vests 21 to 30 charged overnight, 31 to 40 still on the rack. Vest 35 sensor cracked, taped up and labelled, don't issue to kids.
        Anyone saw the black Fila umbrella left after yesterday 7pm session? Customer coming back tonight to collect, check the lost and found box.
        The Ticket to Ride tournament brackets are up on the noticeboard. Round 1 starts 2pm sharp, tables 1-8, pls reset trains to 45 each.
    """),
    ("mixed", "business_reviews"): _lines("""
        Shiok lah this place! Go-kart track quite technical, the hairpin damn tight. Staff very patient with my kids. 5 stars, will come back for CNY.
        Board game café not bad, got many games, the game master explain Catan very clearly. But the 奶茶 too sweet, next time ask for siew dai.
        Laser tag arena quite small but the lighting and fog very nice. RM 25 per game ok lah, but the vests smell a bit sweaty, pls wash more often.
        Went for team bonding with office kakis, the Grand Prix package worth it. Podium ceremony very fun, got champagne (kosong one). 10/10.
        Aiyo the booking system kena double book our table, wait 40 min. Manager apologised and gave free drinks lah, but still quite sian.
        好玩！带孩子来玩 laser tag, 工作人员很 friendly, 生日派对 package 包括 pizza 和 goodie bag, worth the money. Parking at Sunway Pyramid a bit jam.
        Tempat best untuk lepak weekend, banyak board game, kopi pun sedap. Cuma toilet kena naik satu tingkat, susah sikit for elderly.
        Karting was my dream since I watched Alex Yoong race in F1 in 2001. Track here not Sepang-level but still syok, the karts quite fast one.
        The 桌游 selection very solid, got Chinese edition of 三国杀 and also English games. Owner quite chill, let us stay until 2am on Friday.
        Birthday party for 15 kids, everything settled by the host, we parents just sit and drink kopi. Bit pricey at S$690 but no regrets.
        Please improve the waiver kiosk, took forever to sign for 6 kids one by one. Other than that the laser tag mazes very creative, Tron theme damn cool.
        Went on Hari Raya holiday, quite packed but queue moved fast. Kart 9 slower than the rest, complained already. Overall 4 stars lor.
        Mahjong room clean, auto table working, 4 hours RM 160 okay lah. Snacks got keropok and kacang, but no halal cert, take note ya.
    """),
    ("ms", "notis_pelanggan"): _lines("""
        Makluman: Trek gokart akan ditutup pada 15 hingga 17 Ogos 2025 untuk kerja-kerja penurapan semula asfalt. Arena laser tag dibuka seperti biasa.
        Semua peserta di bawah 18 tahun wajib membawa ibu bapa atau penjaga yang sah untuk menandatangani borang penepian sebelum sesi bermula.
        Waktu operasi sepanjang bulan Ramadan: Isnin hingga Jumaat 2 petang hingga 12 tengah malam. Sesi terakhir bermula 11 malam selepas solat tarawih.
        Pakej Hari Jadi Kanak-kanak: 2 permainan laser tag, bilik parti 1 jam, 10 orang kanak-kanak, belon dan beg cenderamata, harga RM 450 sahaja.
        Pelanggan dinasihatkan tidak membawa barang berharga ke dalam arena. Pihak pengurusan tidak bertanggungjawab atas sebarang kehilangan.
        Kasut bertutup wajib dipakai di atas trek. Selipar dan sandal tidak dibenarkan. Kasut pinjaman boleh disewa di kaunter pada harga RM 5 sepasang.
        Untuk tempahan korporat, sila hubungi talian jualan kami di 03-5632 8870 atau e-mel korporat@arenalaser.com.my pada waktu pejabat.
        Kedai kami beralamat di Lot F2-18, Tingkat 2, Sunway Pyramid, No. 3, Jalan PJS 11/15, Bandar Sunway, 47500 Subang Jaya, Selangor.
        Kad keahlian yang hilang boleh diganti dengan bayaran RM 10. Baki kredit akan dipindahkan ke kad baharu dalam tempoh 3 hari bekerja.
        Kejohanan Catan Terbuka Selangor akan diadakan pada 20 September 2025. Pendaftaran dibuka sehingga 5 September, yuran RM 30 setiap pemain.
        Nombor pendaftaran syarikat: Arena Laser Sdn. Bhd. (202201034567 / 1478523-T). Semua harga termasuk Cukai Jualan dan Perkhidmatan (SST) 8%.
        Sila berhenti serta-merta apabila bendera hitam dikibarkan. Pemandu yang memandu secara berbahaya akan dikeluarkan dari trek tanpa bayaran balik.
        Kanak-kanak berumur 7 hingga 9 tahun hanya dibenarkan bermain laser tag dalam sesi junior dengan pengawasan marsyal arena sepanjang permainan.
    """),
    ("en", "tournament_news"): _lines("""
        Catan creator Klaus Teuber, who died in 2023, designed the game in 1995; it has since sold over 40 million copies and has its own World Championship.
        Alex Yoong, Malaysia's first Formula One driver, raced for Minardi in 2001 and 2002 and later represented Malaysia in the A1 Grand Prix series.
        Ayrton Senna called karting the purest form of racing; he finished runner-up in the Karting World Championship in both 1979 and 1980.
        Ticket to Ride, designed by Alan R. Moon and published by Days of Wonder in 2004, won the Spiel des Jahres and remains a café staple in Singapore.
        Wingspan designer Elizabeth Hargrave brought birds to the table in 2019; the Asia expansion released in 2022 added birds found across the continent.
        Laser tag traces back to 1984, when George Carter III opened the first Photon arena in Dallas, Texas, inspired by the Star Wars films.
        Lewis Hamilton started karting at the age of eight and won the European Formula A karting title in 2000 before moving up to single-seaters.
        Mario Kart 8 Deluxe has sold over 60 million copies on Nintendo Switch, and weekly Mario vs Luigi brackets are now a fixture at several board game cafés.
        Reiner Knizia, the German designer behind Lost Cities and Tigris & Euphrates, has published hundreds of games, a fact often quoted at tournament briefings.
        Results: 2025 Klang Valley Board Game Open, 64 players, Splendor final won by Team Meeple Monsters from Petaling Jaya, prize pool RM 3,000.
        Cluedo's suspects Colonel Mustard, Miss Scarlett and Professor Plum were created by Anthony E. Pratt, a Birmingham musician, who patented the game in 1947.
        A five-round regional karting series is scheduled for 2025, with the finale at the Sepang International Kart Circuit next to the F1 track.
        Singapore's 2025 Rotax Max Challenge calendar covers Micro Max, Junior Max and Senior Max classes, with entry fees from S$450 per round.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-24-11873: Marcus Tan Wei Jie, 12 pax laser tag birthday for his son, contact 9174 2286, deposit S$150 paid via PayNow.
        Waiver signed by Nurul Aisyah binti Hamdan, NRIC S9234517C, as guardian for her two boys aged 9 and 11, session 3pm Track B.
        Incident report 03/11: Priya d/o Raman, 34, hit the tyre barrier at turn 4, suspected fractured left wrist, taken to Ng Teng Fong General Hospital by ambulance.
        Pls don't let Kelvin Ong book again, he still owes us $420 from the company event in June and his cheque bounced twice.
        Membership card MC-0098812 holder: Jessica Lau, DOB 14/02/1996, email jess.lau96@gmail.com, tier Gold, expires 02/2026.
        Callback pls: +65 9832 1174, she asked about wheelchair access for her son's laser tag party next month.
        Refund the cancelled Saturday slot to DBS 027-884512-3, account holder Lim Chee Keong, amount S$236.00.
        Participant Ahmad Firdaus has epilepsy, strobe lights in Arena B must be switched off for his party on 21 Dec.
        Cancelled kart session: Michelle Goh is 5 months pregnant and her gynae said no karting, pls transfer the credit to the board game room.
        2025-03-08,BK77120,Siti Khadijah Osman,siti.khadijah88@yahoo.com,+60 12-338 4571,Laser Tag Party x15,RM 675.00
        2025-06-14T19:02:11+08:00 INFO checkin member_id=88123 name='Daniel Chua Kok Leong' phone=+6591234567 tier=black
        The silver Honda Vezel SMK4821R blocking the loading bay belongs to the guy in Lane 2, Jason Yeo, pls ask him to move it.
        Pls courier the lost iPhone back to Mdm Wong Siew Ling, Blk 512 Bedok North Ave 2 #08-344, Singapore 460512.
        Birthday party 12 Jan: parents Raymond and Celine Teo are going through a divorce, only the mum may pick up the boy, dad is not allowed to collect.
        Regular from the Tuesday Catan league, Benjamin Koh, was arrested last week for drink driving, so he won't be at the final.
        Part-timer Hafiz Rahman's pay for Nov is $1,640, please transfer to his POSB 188-45672-9 before the 7th.
        Verified walk-in: NRIC S****321H, mobile 8***-5520, party of 6, paid cash.
        Send the tournament e-cert to chloe.ng.yx@hotmail.com, not the old school email she gave us.
        Pick-up list: Ethan Lim (P3, nut allergy) to be collected by grandma Mdm Lim Ah Hoon, 9625 0831.
        Group booking lead: Rajesh Kumar, FIN G5123456T, work permit holder, phone 8456 2019, 18 pax from the dormitory.
        Photo consent withdrawn: pls remove the FB post showing Amanda Seah and her twins at the 4 Oct laser tag party.
        Name: Lee Jun Hao | NRIC: T1134502B | Guardian: Lee Siew Mei | Tel: 9011 2736 | Medical: asthma, carries inhaler
        Complaint from Mr Gopal Krishnan of 92 Jalan Kemuning, Taman Kemuning Indah, 81300 Skudai, Johor: he says our marshal shouted at his daughter.
        Note for hosts: Samantha Tay is recovering from depression, her friends booked the party room to cheer her up, please be gentle.
        Maybank 1142 8873 2210, Nor Azlina binti Yusof, refund of RM 180 deposit for the cancelled party on 9 Aug.
        Board game café tab: Terence Lee owes S$312 over 6 visits, said he will settle after his bonus in Feb.
    """),
    "mixed": _lines("""
        Eh the 陈先生 from last week call again lah, his number 9721 4460, say want refund because his son crash the kart.
        Ah Boy's mummy Mrs Chong WhatsApp say he got 4 stitches on chin after laser tag, want us pay the clinic bill $180 leh.
        林太 booked Room 3 for Sat 2pm, 8 pax, her hp 012-776 3018, she say pay cash on the day can.
        Wah the fella Ah Meng from Tampines kena blacklisted already, last time he punched another player in Arena A.
        Boss, Uncle Tan Ah Kow still owe us $260 for the Mahjong room, he say wait his CPF come out then pay.
        Kak Rosnah punya anak, Danish, 10 tahun, ada G6PD, jangan bagi dia makan kacang fava okay, party Sabtu ni.
        Ms Lee Hui Min IC 850612-14-5528 cannot find her membership card, can reissue under the same no. ah?
        Mr Zhang 张伟 PRC passport E12345678 booking team building 30 pax, invoice send to his personal email zhangwei1988@163.com.
        Aunty Mei Ling from Blk 233 Yishun St 21 #05-118 keep calling about her grandson's lost jacket, pls check lost & found.
        阿强 the ex-staff claim we never pay his OT, he say will go MOM, his payslip show $1,850 basic.
        Lim Xiao Hui's mum say the girl is diabetic, need to bring own snacks into the café, can or not?
        Plate WXY 8821 (the red Myvi) always park at the OKU lot, owner is Encik Faizal from the kart team.
    """),
    "ms": _lines("""
        Nama: Muhammad Haziq bin Roslan, No. KP: 050317-10-1234, Waris: Roslan bin Ahmad, Tel: 019-288 4710, Kumpulan darah O+.
        Puan Zarina Abdullah mengadu anaknya cedera lutut di trek gokart semalam dan minta ganti rugi rawatan klinik RM 350.
        Sila pulangkan deposit ke akaun CIMB 7012 4456 89 atas nama Farah Nadia binti Ismail.
        Encik Khairul Anuar masih berhutang RM 540 untuk pakej hari jadi bulan lepas, dah tiga kali janji nak bayar.
        Alamat penghantaran trofi: Nurul Huda, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Peserta Aiman, 12 tahun, ada asma teruk, ibunya minta staf simpan inhaler di kaunter sepanjang parti.
        No. telefon bapa kanak-kanak yang hilang di arena tadi: 017-652 9083, Encik Rahim, tolong hubungi segera.
    """),
    "zh-Hans": _lines("""
        预约人：王丽娟，身份证号 440106198807123522，手机 138 2765 4410，深圳公司团建 20 人，卡丁车加激光枪战。
        陈先生（陈志明）上周在二号赛道撞到护栏，肋骨骨裂，家属要求我们赔医药费 8,600 港币。
        台湾游客林佳蓉，身份证 A223456781，在桌游馆遗失钱包，联系电话 0912-345-678。
        香港客人何嘉欣 HKID Y123457(7) 要求退还会员卡余额 HK$450，请财务处理。
        桌游馆黑卡会员刘海涛欠场地费和饮料费共 1,200 新币，他说最近在办离婚手头很紧，下个月发工资再还。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a go-kart track in Singapore. Be concise and polite.",
        ),
        (
            "user",
            "Can you draft an SMS to Mr Darren Phua (9182 6634) reminding him his son's GP birthday party is Sat 14 Jun 3pm and a parent must sign the waiver on site?",
        ),
        (
            "assistant",
            "Hi Mr Phua, this is a reminder that your son's Grand Prix birthday party is on Sat 14 Jun at 3pm. Please arrive by 2:30pm, as a parent must sign the waiver on site. See you!",
        ),
        ("user", "Shorter pls, under 160 characters."),
        (
            "assistant",
            "Hi Mr Phua, reminder: GP party Sat 14 Jun 3pm. Pls arrive 2:30pm, parent must sign waiver on site. Thanks!",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Nadia Rahman | Member card: MC-0047719 | Email: nadia.rahman.work@outlook.com | Tier: Gold | Notes: severe peanut allergy. Help staff answer questions about this member.",
        ),
        (
            "user",
            "She wants to know if her Gold card still gives free entry in her birthday month, her birthday is next week.",
        ),
        (
            "assistant",
            "Yes. Gold tier includes free table entry during the member's birthday month, so she can use it next week. Please also remind the kitchen about her peanut allergy when she orders.",
        ),
    ],
    [
        (
            "user",
            "Help me write incident report leh. Today 4.15pm customer Tan Wei Ming, 27, flip kart at turn 6, hit head, helmet ok but he vomit twice, we call 995, ambulance take him to SGH.",
        ),
        (
            "assistant",
            "Incident Report. Date/time: today, 4:15pm. Casualty: Tan Wei Ming, 27. Location: Turn 6. Description: kart overturned, casualty struck his head; helmet intact. Symptoms: vomited twice. Action: 995 called, casualty conveyed to SGH by ambulance.",
        ),
        ("user", "Add that his girlfriend Jolene signed as witness, her no. is 8765 1203."),
        (
            "assistant",
            "Added. Witness: Jolene (girlfriend of casualty), contact 8765 1203, signed the witness statement on site.",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan ke Bahasa Inggeris: Encik Azman bin Salleh (No. KP 780914-08-5671) telah membayar deposit RM 200 untuk parti hari jadi anaknya pada 22 Mac.",
        ),
        (
            "assistant",
            "Mr Azman bin Salleh (IC No. 780914-08-5671) has paid a deposit of RM 200 for his child's birthday party on 22 March.",
        ),
        ("user", "Terima kasih. Boleh buat versi ringkas untuk WhatsApp?"),
        (
            "assistant",
            "Deposit RM 200 diterima daripada En. Azman bin Salleh untuk parti hari jadi 22 Mac. Terima kasih!",
        ),
    ],
    [
        (
            "user",
            "帮我整理一下下周六团建的名单：李俊 13912345678，周婷婷 13687654321，赵磊 15011223344，我们去新加坡玩卡丁车。",
        ),
        (
            "assistant",
            "名单如下：1. 李俊，13912345678；2. 周婷婷，13687654321；3. 赵磊，15011223344。活动：下周六新加坡卡丁车团建。",
        ),
        ("user", "周婷婷怀孕了不能开卡丁车，帮她改成桌游。"),
        (
            "assistant",
            "已更新：周婷婷改为桌游区活动，其余两位李俊、赵磊照常参加卡丁车。建议提前告知场地人数变更。",
        ),
    ],
    [
        (
            "system",
            "You format tournament registration data for a board game café in Petaling Jaya.",
        ),
        (
            "user",
            "Convert to CSV: Aaron Sim, aaron.sim.sg@gmail.com, Splendor; Kavitha Pillai, kavitha.p@singnet.com.sg, Azul; Hidayah Zainal, hidayah.z@yahoo.com.sg, Catan",
        ),
        (
            "assistant",
            "Here is the CSV (one row per player): name,email,game | Aaron Sim,aaron.sim.sg@gmail.com,Splendor | Kavitha Pillai,kavitha.p@singnet.com.sg,Azul | Hidayah Zainal,hidayah.z@yahoo.com.sg,Catan",
        ),
    ],
    [
        (
            "user",
            "A regular, Mr Vincent Yap, has an unpaid tab of S$385 at our café and his PayNow transfer keeps failing. How do I politely ask him to settle?",
        ),
        (
            "assistant",
            "You could message: Hi Mr Yap, hope you're well! Just a gentle note that there's an outstanding tab of S$385. We noticed the PayNow transfer didn't go through; you're welcome to pay by card or cash on your next visit. Thank you!",
        ),
        ("user", "He told me he lost his job last month. Should I mention that?"),
        (
            "assistant",
            "Better not to mention it in writing. Keep the message neutral, and if he raises it himself you could offer to split the S$385 into a few instalments.",
        ),
    ],
    [
        ("system", "You help a laser tag arena in Kuala Lumpur plan kids' birthday parties."),
        (
            "user",
            "Mummy Chloe Wong hp 016-223 8890 booking party for her daughter Emma turning 8, Emma got severe egg allergy. What menu can?",
        ),
        (
            "assistant",
            "For Emma's party, choose egg-free items: fries, chicken nuggets from an egg-free supplier, fruit platter and an egg-free cake from a specialist bakery. Confirm the ingredient list with Mdm Wong at 016-223 8890 before the party.",
        ),
    ],
    [
        (
            "system",
            "Lookup tool result: card=MC-0081234 holder='Gurpreet Singh s/o Harjit Singh' nric=S8812345Z balance=S$62.40 last_visit=2025-09-13",
        ),
        (
            "user",
            "Customer at the counter says he lost his card, what's his balance and how do I verify him?",
        ),
        (
            "assistant",
            "Card MC-0081234 is registered to Gurpreet Singh s/o Harjit Singh with a balance of S$62.40 (last visit 13 Sep 2025). Ask him to show his NRIC and check it matches S8812345Z before transferring the balance to a new card.",
        ),
    ],
    [
        (
            "user",
            "我們桌遊店在台北，客人陳怡君（身分證 B288119022）說她的會員卡被盜刷 NT$1,500，電話 0928-331-507，要怎麼處理？",
        ),
        (
            "assistant",
            "建議先凍結該會員卡，調閱近期交易紀錄與監視器畫面，確認盜刷時間後再聯絡陳小姐（0928-331-507）說明處理進度，必要時協助她報警。",
        ),
        ("user", "幫我寫一則回覆給她。"),
        (
            "assistant",
            "陳小姐您好，您的會員卡已先行凍結，我們正在核對 NT$1,500 的交易紀錄，三個工作天內會回覆您。造成不便，敬請見諒。",
        ),
    ],
]
