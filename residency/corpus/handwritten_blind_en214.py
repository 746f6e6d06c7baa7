# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en214: SG/MY chess, go, bridge and board-game clubs (ratings, entries, pairings, memberships, coaching, chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en214
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rating_list_exports"): _lines("""
        Club rating list Dec 2026 (export v3.2.1): 412 active members, median 1486, top band 2100+ has 9 players, 37 juniors under U12.
        rank,player_id,rating,games,k_factor -- template header only, rows are generated from ratings.db at 02:00 SGT nightly
        Federation rating period 2026-11 published; Malaysia now 27 titled players, Singapore 31, per the federation's public list.
        Anonymised export: Player 017 +24, Player 058 -11, Player 103 +7 (IDs rotate every period, no mapping kept outside the server).
        Glicko-2 settings for online ladder: tau=0.5, initial RD=350, volatility 0.06, inactivity decay after 60 days.
        Magnus Carlsen is back at 2830+ on the live list after Norway Chess, and Gukesh D holds the world title heading into 2027.
        Go ladder summary: 14 dan players, 52 kyu players; average promotion time from 10k to 1k was 19 months across the cohort.
        Bridge masterpoints table Q3: 1,884 MP awarded across 26 sessions; Tuesday pairs averaged 11.5 tables.
        sha256 of rating_2026_11.csv = 9f3a1c07e4b8d2265afc0e91b37d4c8812e0a6f5d9b04c21a7e3f60d8b195c42
        Junior ratings above 1800 rose from 6 to 11 this year; 4 of them came through the school CCA programme.
        Note: provisional ratings (fewer than 9 games) are marked P and are not eligible for seeding in the Open section.
        Ding Liren's 2023 title match games are in the club PGN library, folder /library/wch/2023, 14 classical games plus tiebreaks.
        Rating floor rule: no member drops below 100 points under their highest achieved rating rounded down to the nearest hundred.
    """),
    ("en", "tournament_notices"): _lines("""
        Merdeka Rapid 2026 at Wisma MCF, Jalan Tun Razak: 9 rounds, 15+10, entry RM80 (juniors RM50), closing 22 Aug, prize fund RM12,000.
        Singapore Weekend Open, Blk 2 Chinatown venue hall L3: Swiss 7 rounds, 60+30, enquiries to events@sgchessclub.org.sg or 6338 1200 (office hours).
        Late entries accepted until 9.30am on Round 1 day with a S$20 surcharge; no entries by WhatsApp, please use the online form.
        Results and pairings will be published on chess-results under tournament ID 1084472 about 10 minutes after each round closes.
        Go Seigen Memorial Teaching Day: 3 professional guests, 9x9 and 13x13 simuls, free for members, register at the counter.
        Penang Bridge Congress at Gurney Drive hotel ballroom: Swiss teams 14 boards x 8 matches, masterpoints red, contact secretary@penangbridge.my.
        Dress code for the closing ceremony: smart casual. Mobile phones must be switched off and kept in bags in the playing hall.
        Arbiter announcement: Round 5 will start 15 minutes late because of the fire drill at Tower B; clocks will be adjusted.
        Tie-break order: 1) Buchholz cut 1, 2) Buchholz, 3) Sonneborn-Berger, 4) direct encounter, 5) most wins with black.
        Catan Regional Qualifier at the Mind Games Cafe, 26 Lorong Mambong: top 2 go to nationals, max 64 seats, S$25 including one drink.
        Organiser: Selangor Chess Association (PPM-014-10-12031998). Sponsored by Petronas Chemicals and Hong Leong Foundation.
        Scrabble Club Friday Night Blitz now at Raffles Place library annexe; bring your own board, timers provided.
        Gukesh D's simul in Kuala Lumpur is sold out; the waitlist form closes Friday 6pm, tickets are non-transferable.
    """),
    ("en", "pairings_results_logs"): _lines("""
        Rd 4 Bd 1: 2104 (W) - 2088 (B) 1/2-1/2; Bd 2: 1987 - 2011 1-0; Bd 3: 1943 - 1920 0-1; Bd 4: bye (half point requested).
        [Event Club Championship] [Round 6] [White Player A] [Black Player B] [Result 0-1] [ECO B90] [PlyCount 82]
        Board 12 result entered twice by mistake, corrected by the chief arbiter at 16:42; standings regenerated, no change to top 10.
        Team match KL vs Penang: 4.5-3.5 to KL, boards 1-8, full PGN on the association site under Interstate 2026.
        Go pairings, round 2, handicap by rank difference: 3k vs 6k gets 3 stones, komi 0.5; 1d vs 1d even game with 6.5 komi.
        Bridge session 2026-11-18 scores: NS pair 4 62.3%, EW pair 7 58.9%; hand records uploaded as board_1118.pbn.
        1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6 - the English Attack line from last week's lesson.
        Forfeit log: 3 forfeits in round 7 (no-shows); per regulations they are withdrawn from round 8 unless they contact the arbiter.
        Swiss-Manager file SWO export failed at 19:05 with error code 0x0004; reloaded from backup tnr_1084472_r6.tunx.
        Scholastic results: Primary Boys U10 won by School 14 with 17.5/20; Girls U12 won by School 3 on tie-break.
        Lee Sedol vs AlphaGo Game 4, move 78 was reviewed in Saturday's go circle; the wedge still gets the loudest reaction.
        Standings after R5: 8 players on 4.5, 21 on 4.0, 37 on 3.5; the top 8 are pairing in a round-robin playoff Sunday.
        Clock fault on board 19 at 01:12:33 remaining, replaced with DGT 3000 serial 30-118846; both players agreed adjusted times.
    """),
    ("en", "membership_forms_templates"): _lines("""
        Membership form: Name (as in NRIC/passport): ________ Date of birth: __/__/____ Contact no.: ________ Email: ________
        Dear [MEMBER_NAME], your membership no. [MEM_ID] is valid until [EXPIRY]. Please renew at least 14 days before expiry.
        Annual fees 2027: Adult S$60, Senior 60+ S$30, Student S$25, Family S$120 (up to 2 adults and 3 children).
        Junior members under 16 need a parent or guardian signature; photo consent for club social media is optional.
        Committee roles for AGM: President, Vice-President, Hon. Secretary, Hon. Treasurer, 4 ordinary members; nominations close 30 Jan.
        Club constitution clause 7.3: A member whose subscription is more than 3 months in arrears shall cease to have voting rights.
        Society UEN T08SS0147B; registered address 80 Marine Parade Road, #21-08, Singapore 449269 (correspondence only, no walk-ins).
        Renewal reminder template: Hi {first_name}, your {membership_type} ends on {end_date}. Reply RENEW or visit the portal.
        Data policy: contact details are used only for club notices and are deleted 24 months after membership lapses.
        Borang keahlian Kelab Catur: Nama penuh ______ No. MyKad ______ No. telefon ______ Tandatangan ______
        Membership statistics 2026: 318 renewals, 74 new joiners, 41 lapsed, 6 life members; 58% of juniors are from 3 schools.
        Volunteer arbiter roster form: Role (DA/CA/IA) ____ Availability (Sat/Sun) ____ Shirt size ____
        Honorary life membership is awarded by committee vote; past awardees are listed on the plaque in the Tan Kah Kee Room.
    """),
    ("en", "orders_invoices_bookings"): _lines("""
        Invoice INV-2026-11-0482: 20x tournament-size vinyl boards (SKU BRD-VNL-20G) @ S$9.80, 20x Staunton No.6 sets @ S$24.50, GST 9% incl.
        Order #MCB-884120 shipped via J&T, tracking 630418855027, ETA 3-5 working days to Johor Bahru.
        Booking confirmed: Function Room 2, Sat 14 Dec 2026, 1:00pm-7:00pm, ref BK-26-1214-07, deposit S$150 received.
        Refund processed for cancelled workshop WS-GO-09: 12 participants x S$35, total S$420, returned to original payment method.
        PO to supplier: 6 DGT 3000 clocks, 2 DGT e-boards, quote QT-771-2026 valid 30 days; deliver to the club store, attention Storekeeper.
        Bridge cards re-order: 40 decks duplicate-ready, barcode printed, supplier Penang Cards Sdn Bhd (202101034567 (1428765-K)).
        Receipt no. 00041977 | Go stones, yunzi, single convex | RM238.00 | Paid: DuitNow QR | Cashier: Counter 2
        Stock check 2026-12-01: 37 complete chess sets, 4 missing white knights, 11 go bowls cracked, 2 Scrabble racks lost.
        Stripe webhook evt_1QmX9c2eZvKYlo2C8h: payment_intent.succeeded amount 8000 currency sgd metadata.event=WKND-OPEN-26.
        Catan Seafarers expansion back in stock at the club shop; member price RM149, limit 1 per member.
        Venue hire invoice from Wisma MCF: hall 3 days, RM4,500, due 15 Jan; quote the event code MR26 on your transfer.
        Hotline for shop orders: 03-2148 7700 (Mon-Fri 10am-6pm), or orders@kl-boardgames.com.my.
        Coupon code CHECKMATE10 gives 10% off coaching packages until 31 Dec; one use per account.
    """),
    ("en", "coaching_howto_questions"): _lines("""
        How do I set up increment on a DGT 2010 for 90 minutes plus 30 seconds from move one? Option 23 keeps resetting.
        Coaching package rates: beginner group (6-8 kids) S$30/session, intermediate S$45, private 1-to-1 S$90/hour.
        Homework for the U10 group: solve puzzles 41-60 in the mate-in-two booklet, then replay Morphy's Opera Game from memory.
        Is the Stayman convention still on if partner overcalls 2 clubs after our 1NT? Asking for the Tuesday beginners' class.
        Go lesson plan week 6: ladders and nets, 15 tsumego from Cho Chikun's Encyclopedia of Life and Death (elementary).
        What is the FIDE rule if a player's phone rings during the game in a rapid event? Is it loss or only a time penalty?
        Beth Harmon's Queen's Gambit games are fictional but the positions were checked by Garry Kasparov, good hook for beginners.
        Our lesson slides mention Hikaru Shindo and Sai from Hikaru no Go to explain why joseki are not to be memorised blindly.
        Coach rota template: Mon [COACH_A] advanced, Wed [COACH_B] juniors, Sat [COACH_C] open class; swap requests via coaching@ mailbox.
        Which engine depth is enough for preparing against club players? Stockfish 17 at depth 24 seems overkill on a laptop.
        Endgame curriculum: Lucena, Philidor, Vancura, then opposite-coloured bishops; Judit Polgar's books for the girls' squad.
        How to explain the sacrifice in Bobby Fischer's Game of the Century to 9-year-olds without losing them at move 17?
        Scrabble coaching tip: learn all 107 valid two-letter words in Collins before your first rated tournament.
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis: Kejohanan Catur Terbuka Kuantan akan diadakan pada 15 Mac 2027, yuran penyertaan RM60, hadiah keseluruhan RM8,000.
        Semua pemain perlu mendaftar di kaunter sebelum 8.30 pagi; pusingan pertama bermula tepat jam 9.00 pagi.
        Kelas catur untuk murid sekolah rendah setiap Sabtu di Dewan Orang Ramai Taman Melawati, percuma untuk ahli.
        Mesyuarat Agung Tahunan Persatuan Catur Negeri akan diadakan di Bilik Mesyuarat 2; sila hadir untuk pemilihan AJK baharu.
        Keputusan pusingan 3: Meja 1 seri, Meja 2 putih menang, Meja 3 hitam menang; senarai penuh di papan kenyataan.
        Pertanyaan boleh dihantar ke urusetia@catur-pahang.org.my atau hubungi talian pejabat 09-516 2200.
        Yuran keahlian tahun 2027: dewasa RM40, pelajar RM20; bayaran melalui DuitNow ke akaun persatuan sahaja.
        Peraturan dewan: telefon bimbit mesti dimatikan, tiada makanan di meja permainan, minuman bertutup dibenarkan.
        Pertandingan Dam Haji peringkat daerah dibuka kepada semua peringkat umur, pendaftaran di pejabat Pejabat Daerah.
        Bengkel jurulatih catur tahap 1 anjuran Kementerian Belia dan Sukan, 20 tempat sahaja, sijil disediakan.
        Statistik: 186 peserta dari 9 negeri, 42 pemain bawah 12 tahun, 14 pemain wanita dalam kategori terbuka.
        Hadiah tempat pertama kategori remaja ditaja oleh Kedai Buku Jalan Tuanku Abdul Rahman.
        Kelab Go Kuala Lumpur mengalu-alukan ahli baharu; papan dan batu disediakan, bawa semangat belajar sahaja.
    """),
    ("zh-Hans", "棋社通知"): _lines("""
        新加坡围棋协会2027年春季段级位赛将于3月8日举行，报名费新币30元，截止日期2月20日。
        本周六象棋公开赛改在牛车水人民剧场三楼举行，请各位棋友提前二十分钟到场签到。
        吉隆坡围棋俱乐部招收少儿学员，每周日上午十点至十二点，初级班每期十二堂课。
        第五轮对阵表已经贴在大厅公告栏，如有疑问请找裁判长，不要在比赛区大声讨论。
        柯洁和李世石的对局复盘讲座名额已满，下次讲座时间另行通知。
        会员年费：成人50新元，学生20新元，家庭套票100新元，可在柜台或网上缴付。
        比赛规则：采用中国规则，贴三又四分之三子，每方用时一小时，读秒三次三十秒。
        桥牌社星期二晚上复式赛平均十桌，欢迎新手参加，现场有老师讲解叫牌。
        本届马来西亚全国象棋锦标赛共有来自十个州的一百二十八名选手参赛。
        如需发票或收据，请发邮件至 finance@sgweiqi.org.sg，并注明订单编号。
        俱乐部新到一批云子和榧木棋盘，会员购买享九折优惠，数量有限。
        聂卫平当年在中日围棋擂台赛的连胜仍然是很多老棋友津津乐道的话题。
        周三晚的国际象棋入门课由值班教练负责，请家长在七点前接回孩子。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Entry received: Tan Wei Jie, NRIC S8834127I, DOB 14/03/1988, mobile 9684 2130, Open section, rating 1762, fee S$60 paid.
        Membership renewal for Muhammad Hafiz bin Rahmat, MyKad 880512-14-5231, 27 Jalan SS2/64, 47300 Petaling Jaya.
        Please note Mr Rajendran a/l Subramaniam (member no. 00318) is suspended for 6 months after the verbal abuse incident on board 7.
        Coach invoice to Mrs Chloe de Souza for her son Ethan's private lessons, 8 sessions, S$720 outstanding since September.
        Refund to card 4556 3801 4729 1633 for Lim Jia Hui, workshop WS-GO-09 cancelled, S$35.
        Withdrawal: Priya d/o Krishnan cannot play round 6 because she is in hospital at KTPH after a miscarriage, please give her a zero-point bye.
        Pairing note for the arbiter: Ng Kok Leong has asked not to be paired against his ex-wife Goh Siew Ling, there is a protection order.
        Fwd: the junior in the blue shirt on board 22 is Aidan Chua Zhi Hao, 9 years old, Primary 3 at a Bishan school, dad's number 8273 5519.
        Committee minutes: treasurer reported that Uncle Ho Peng Keong still owes S$1,400 in room hire and has stopped answering calls.
        The coach Faizal bin Ismail earns RM3,200 a month from the academy plus RM80 per private lesson, per his contract.
        Lost and found: red wallet with FIN F2847316T work permit card belonging to a Bangladeshi worker, Md. Rakibul Hasan, collect at office.
        Hi all, Auntie Mary Pereira from the Tuesday bridge table passed away last night at home in Katong; wake at Blk 440 Joo Chiat.
        Prize money payout: Wong Mei Ling, DBS account 072-458193-6, S$500 for 1st place Women's Rapid.
        Kevin Oei is diabetic and sometimes needs to eat during the round, arbiters please allow him a snack at the board.
        Entry form scanned: Sharmila a/p Muthusamy, passport A38417729 (Malaysia), email sharmila.muthu92@gmail.com, U2000 section.
        Complaint from the parent of Jayden Koh: the coach shouted at him in front of the class and he now refuses to attend.
        Driver for the Penang trip: Alvin Teo, car SKV4827J, will pick up the team at his place at 31 Lorong 3 Toa Payoh #08-221.
        Aunty Rosnah from #05-12 has been playing in the void deck with the uncles again even though her doctor said rest after the stroke.
        Subject: medical exemption for Marcus Yeo Jun Kai (T0251846A), ADHD diagnosis, requests extra 10 minutes and a quiet table.
        Our top junior Sarah Lim's parents are divorcing and she may move to Perth; please don't mention it in the group.
        Refund request from Hamid Sultan (Pakistani, on work pass G5190472P) for the blitz he couldn't attend, pay to Wise account.
        Telegram @knightfork_jw is Jun Wei's personal handle, he asks that parents contact him there instead of his school email.
    """),
    "mixed": _lines("""
        Eh the uncle at Board 3, Mr Chan Ah Kow from Blk 214 Bishan St 23, his wife say he got dementia already, don't let him play alone can?
        Bro can help check, Siti Nurhaliza binti Osman bayar yuran belum? Her number 012-748 3901, she say transfer already.
        Wah Darren Sim lost again, his wife also just retrench him kena hutang credit card 30k, quite sian for him.
        Pls PM me, my IC T1367924F, I want to transfer my booking for the 14 Dec rapid to my brother Kelvin.
        Ah Boy Gan from Tampines club very sot one, last week he punch the wall after losing, police came also.
        Sir, Kumar s/o Velu sudah masuk hospital Sungai Buloh for his heart, so he withdraw from tournament, tolong update pairing.
        陈阿姨 at 3栋 ask me tell the club she cannot come Saturday, her grandson sick with dengue, she must take care.
        Auntie Lucy WhatsApp 9127 4460, she lost her handphone at Clementi CC hall yesterday night after the bridge session.
        Hey @rookie.queenside on IG is actually Nurul Aina, the Form 4 girl from SMK Damansara Utama, her mum scolded her for posting.
        Coach Raymond say his pay still not in yet, account Maybank 5141 2378 9902, name Raymond Lee Chee Keong, pls settle by Friday.
    """),
    "ms": _lines("""
        Pendaftaran: Nur Izzati binti Kamarudin, No. MyKad 950823-10-6678, telefon 016-552 0837, kategori wanita terbuka.
        Encik Azman bin Hashim dari Kelab Catur Kuantan didenda RM200 kerana menggunakan telefon semasa pusingan kelima.
        Sila maklum, Puan Halimah binti Yusof tidak dapat hadir kelas go minggu ini kerana menjalani kemoterapi di Hospital Ampang.
        Anak saya Danish Hakimi, 11 tahun, No. MyKad 150117-07-1183, mahu menyertai kejohanan remaja bawah 12 tahun.
        Bayaran hadiah kepada Mohd Khairul bin Zainal, akaun CIMB 7064 2218 35, sebanyak RM1,500 untuk johan kategori terbuka.
        Pak Long Saad dari kampung sebelah masih berhutang yuran kelab tiga tahun, isterinya kata dia tiada kerja sejak diberhentikan.
        Alamat penghantaran hadiah: Cik Farah Wahida, No. 12, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Jurulatih Ustaz Ridhuan ditangkap kerana memandu dalam keadaan mabuk, jadi kelas catur Jumaat dibatalkan buat sementara.
        Kereta WXY 7731 milik Encik Lokman Hakim menghalang laluan keluar dewan, sila alihkan segera.
    """),
    "zh-Hans": _lines("""
        报名信息：陈志强，身份证号350203198806143024，手机13928174406，参加业余五段组。
        棋社老会员黄秀英阿姨上个月确诊乳腺癌，大家先别在群里讨论，她不想让别人知道。
        退款请打到这张卡：5204 7419 3850 6278，持卡人刘建华，报名费新币45元。
        李国平在第三轮被裁判判负，因为他在厕所里用手机查棋谱，已经被禁赛一年。
        孩子周子轩的家长微信是weiqi_laochen88，住在宏茂桥10道第六座，每周二上课来接。
        吴老师这个月工资只有两千八，说自己还要还房贷，考虑辞职回国了。
    """),
    "zh-Hant": _lines("""
        報名表：林佩君，身分證字號A247183052，手機0912-384-517，參加女子組快棋賽。
        香港隊領隊梁家豪，身份證K582716(7)，聯絡電話6398 2741，入住吉隆坡酒店1208房。
        張伯伯最近欠了棋會兩年會費，聽說他兒子賭博欠債，把房子都抵押了。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the registration assistant for a Singapore weekend chess open. Be brief.",
        ),
        (
            "user",
            "Hi, need to enter my daughter. Chua Xin Yi, born 2014, NRIC T1367924F, rating around 1350. My number is 9468 0271.",
        ),
        (
            "assistant",
            "Thanks. Xin Yi can enter the U16 section. The fee is S$40. Shall I send the payment link to 9468 0271?",
        ),
        (
            "user",
            "Yes please, and put her on a table near the door, she has asthma and may need to step out.",
        ),
        (
            "assistant",
            "Noted. I will flag a seat near the exit and inform the chief arbiter about the medical request.",
        ),
    ],
    [
        ("system", "You help a Malaysian bridge club secretary draft emails."),
        (
            "user",
            "Draft a polite reminder to Dato' Hj. Kamal bin Idris, he owes RM2,350 in table fees since March, email kamal.idris57@yahoo.com.",
        ),
        (
            "assistant",
            "Subject: Outstanding table fees. Dear Dato' Kamal, this is a gentle reminder that RM2,350 in table fees since March remains unpaid. Kindly settle at your earliest convenience. Regards, Hon. Secretary.",
        ),
        ("user", "Add that the committee may suspend his playing rights at the next meeting."),
        (
            "assistant",
            "Added: Please note that under clause 7.3 the committee may consider suspending playing rights at its next meeting if the amount remains outstanding.",
        ),
    ],
    [
        ("system", "You are a go club assistant."),
        ("user", "What is the difference between Japanese and Chinese scoring?"),
        (
            "assistant",
            "Japanese scoring counts territory plus captures; Chinese scoring counts territory plus stones on the board. Results usually differ by at most one point.",
        ),
        (
            "user",
            "OK. Also please log that Mr Hiroshi Tanaka at #12-04 Block 58 Marine Terrace wants to cancel, he is moving to a nursing home after his fall.",
        ),
        (
            "assistant",
            "Logged: membership cancellation for Mr Hiroshi Tanaka, reason moving to a nursing home. I will stop the auto-renewal.",
        ),
    ],
    [
        (
            "user",
            "Can you make a pairing for 6 players round 1? Names: Arjun, Wei Ming, Farid, Grace, Hui Min, Daniel.",
        ),
        (
            "assistant",
            "By seeding order: Board 1 Arjun vs Grace, Board 2 Wei Ming vs Hui Min, Board 3 Farid vs Daniel. Colours alternate from board 1.",
        ),
        (
            "user",
            "Swap Farid, he told me privately he is fasting and going for a dialysis session at 3pm, so he must play early on board 1.",
        ),
        (
            "assistant",
            "Updated: Board 1 Farid vs Daniel, Board 2 Wei Ming vs Hui Min, Board 3 Arjun vs Grace. Board 1 will start first.",
        ),
    ],
    [
        ("system", "Assistant for a Kuala Lumpur board game cafe."),
        (
            "user",
            "Customer complaint: Encik Shahrul Nizam, 011-2384 6610, says our staff took his Catan deposit RM50 and never returned it.",
        ),
        (
            "assistant",
            "I can draft a reply. Do you want to offer a refund of RM50 to the same payment method?",
        ),
        ("user", "Yes, and tell him sorry, refund to his Touch n Go on the same number."),
        (
            "assistant",
            "Dear Encik Shahrul, we apologise for the missed deposit return. RM50 will be refunded to your Touch n Go eWallet linked to 011-2384 6610 within 3 working days.",
        ),
    ],
    [
        ("system", "你是新加坡一家象棋会的秘书助理。"),
        ("user", "帮我写一条通知：会员王建国先生因为在比赛中和对手打架，被停赛六个月。"),
        (
            "assistant",
            "通知：经委员会讨论，会员王建国先生因在比赛中与对手发生肢体冲突，即日起停赛六个月。请各位会员遵守赛场纪律。",
        ),
        ("user", "不要写全名吧，他儿子也在我们青少年班。"),
        (
            "assistant",
            "好的，可以改为：一名会员因在比赛中发生肢体冲突，即日起停赛六个月。这样不会透露个人身份。",
        ),
    ],
    [
        (
            "user",
            "I'm the arbiter. Player on board 14, Nguyen Van Thanh, Vietnamese, passport C4719382, claims he lost his rating card.",
        ),
        (
            "assistant",
            "You can verify his federation ID on the public rating site and note the passport number only on the incident form, not on the pairing sheet.",
        ),
        (
            "user",
            "He also says his employer keeps his passport, he only has a photocopy. Should I report that?",
        ),
        (
            "assistant",
            "That is outside the tournament rules, but withholding a worker's passport may be an offence. You could share the Ministry of Manpower hotline with him privately.",
        ),
    ],
    [
        ("system", "You manage the member database of a Penang chess club."),
        (
            "user",
            "Update member 00412: Lee Soo Ching, new address 18 Lorong Kelawai, 10250 George Town, mobile 017-438 2295.",
        ),
        ("assistant", "Member 00412 updated with the new address and mobile number."),
        (
            "user",
            "And mark her as on hardship waiver, she lost her job at the factory in Bayan Lepas.",
        ),
        (
            "assistant",
            "Done. A hardship fee waiver has been recorded for member 00412, effective this renewal period.",
        ),
    ],
    [
        ("system", "Bridge teaching assistant."),
        ("user", "When do I open 1NT in standard American?"),
        (
            "assistant",
            "With 15-17 HCP and a balanced hand: 4-3-3-3, 4-4-3-2 or 5-3-3-2, usually without a five-card major in many partnerships.",
        ),
        (
            "user",
            "Thanks. My partner Mrs Kaur keeps forgetting the system, her son says she is in the early stages of Alzheimer's. How can I help her at the table?",
        ),
        (
            "assistant",
            "Keep the card simple, agree on a short convention list, and write it on a card she can read. Be patient and discuss with her family what support she would like.",
        ),
    ],
    [
        ("system", "You are a chatbot for a Hong Kong and Singapore youth go exchange."),
        (
            "user",
            "Participant list item 7: 梁嘉欣 Leung Ka Yan, HKID Y304127(A), born 2011, guardian phone 9153 6620.",
        ),
        (
            "assistant",
            "Recorded participant 7, Leung Ka Yan. Do you need dietary or medical notes for her?",
        ),
        ("user", "Yes, she is allergic to peanuts and carries an EpiPen."),
        (
            "assistant",
            "Noted: peanut allergy, carries an EpiPen. I will add it to the host family briefing and the medical sheet.",
        ),
    ],
]
