# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en223: SG/MY golf clubs, driving ranges and coaches (tee times, handicaps, caddies, transfers, incidents). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en223
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tee_time_booking"): _lines("""
        Booking TT-240918-0457 confirmed: Sat 21 Sep, 07:12 tee-off, Serapong course, 4 pax, 2 buggies. Please arrive 30 min before your tee time.
        Slot release: unclaimed weekend member tee times are released to guests at 12:00 noon every Thursday. Golf office 6466 2911 or teetime@palmhillgolf.com.sg.
        Visitor green fee (weekday) SGD 265.00 incl. buggy; weekend SGD 385.00; 9% GST applies to all rates.
        Error 409: slot 2024-10-05T06:48+08:00 already held by another booking session (hold expires in 00:04:59).
        Reminder: ballot results for the November Sunday tee times are out. Log in to Member Portal > Tee Time > Ballot History to view your allocation.
        Can I book a tee time for 3 guests under my membership if I am not playing myself? Asking for friends visiting from Perth.
        Booking Ref: {booking_ref} | Date: {date} | Tee: {tee_time} | Player 1: {member_name} | Player 2: {guest_name} | Buggy: Y/N
        Rain check voucher RC-0032915 valid until 31/12; redeemable for 18 holes on weekdays before 12pm, not transferable for cash.
        Twilight rate from 3.30pm: RM 180 walking, RM 230 with buggy, caddie fee RM 60 separate (tip not included).
        Cancellations within 48 hours of tee-off incur a forfeiture of SGD 80 per player; no-shows are recorded against the booking member's account.
        Tee sheet export 2024-09-14: 212 rounds played, 38 no-shows, 4.6% cancellation rate, average round time 4h 41m.
        Hi, what time does the last flight go out on Fridays? And is the Lakes nine open again after the aeration work?
        Flight 3B on the Island course will be re-sequenced after the 08:15 weather hold; starter will call groups in tee-sheet order.
    """),
    ("en", "handicap_records"): _lines("""
        WHS reminder: your Handicap Index is calculated from the average of the best 8 of your most recent 20 score differentials.
        Score Differential = (113 / Slope Rating) x (Adjusted Gross Score - Course Rating - PCC). Blue tees: CR 72.4, SR 131.
        Course Handicap for HI 14.2 off the White tees (CR 70.9 / SR 127, Par 72) works out to 15.
        Playing Conditions Calculation for 15 Sep: +1 applied to all acceptable scores returned, due to heavy rain from 0900.
        Net Double Bogey is the maximum hole score for handicap purposes: par + 2 + any handicap strokes received on that hole.
        Handicap portal maintenance: 02:00-05:00 SGT Sunday, score posting and lookups disabled during the window.
        Club stats Q3: 1,284 members hold an active Handicap Index; median 17.8; 61 members below 5.0; 9 scores flagged for committee review.
        Exceptional Score Reduction: when a differential is 7.0 or more below the Handicap Index a -1 adjustment applies; 10.0 or more, -2.
        Why does my HI only update the day after I post? Posted at 6pm yesterday and the app still shows the old number.
        Player ID format for the national handicap system: MY-XXXXXXX (7 digits). Never share your login PIN with anyone, including pro shop staff.
        CSV header: player_id,club_code,date_played,tee,gross,adj_gross,cr,sr,pcc,differential
        Handicap Committee minutes: 3 members warned for not posting away scores; no suspensions this quarter; next meeting 4 Nov.
        Ladies' section: maximum Handicap Index for the Monthly Medal is capped at 36.0; higher indexes play off 36.
    """),
    ("en", "caddie_roster"): _lines("""
        Caddie roster week 38: 46 caddies rostered across 3 shifts (0600, 0930, 1230); 5 on standby; Block C lockers closed for painting.
        Caddie fee schedule: 18 holes SGD 70 (single bag), SGD 110 (double bag); tipping is at the player's discretion.
        Caddie master hotline +60 3-7960 1122 ext 214, 6am-7pm daily. Email caddiemaster@sungaibesigolf.com.my.
        Roster template: Date | Shift | Caddie No. | Bag Tag | Flight | Tee Time | Remarks
        All caddies must wear the numbered bib; the caddie master will not assign bags to anyone without a valid pass.
        Foreign caddie work permit renewal batch: 12 permits due in October, HR to submit the batch application by 30 Sep.
        Reminder to all caddies: raise the red flag on the buggy if a player feels unwell; radio channel 3 reaches the first-aid buggy.
        Caddie grading: Grade A (5+ years, 2 languages), Grade B, Trainee. Grade A surcharge RM 20 per round.
        Kitchen will provide lunch boxes for caddies on double shift on tournament days (est. 60 packs).
        Roster shortfall Sunday: need 8 more caddies for the 7am shotgun; priority to those who did not work last Sunday.
        Caddie training: bunker raking, pin tending, reading the yardage book, basic English and Mandarin phrases. 3-day course starts 14 Oct.
        Caddie shed aircon unit faulty since Tuesday, facilities ticket FAC-20931 opened, contractor ETA Thursday.
        Caddie service survey: 4.3/5 average from 812 responses; most common complaint is slow play on holes 7-9.
    """),
    ("en", "tournament_results"): _lines("""
        The Els Club Desaru Coast is named after Ernie Els, who designed both its Ocean and Valley courses.
        Monthly Medal results (Men's Div 1): winner net 68 on countback; 142 players; competition scratch score adjusted +1.
        Club Championship 2024: gross and net champions will be announced at the prize giving, Sat 7pm, Bunker Bar.
        Leaderboard export: POS,PLAYER,TOTAL,THRU | T1,Player A,-6,F | T1,Player B,-6,F | 3,Player C,-4,16
        Arnold Palmer, Gary Player and Jack Nicklaus, the Big Three, turned golf into a television sport in the 1960s.
        Shotgun start 12:30pm; format 4BBB Stableford; nearest-to-pin on holes 3, 8, 12 and 17; longest drive on hole 9.
        Hole-in-one insurance for the corporate day covers a prize up to RM 50,000; policy no. HIO-MY-2024-00871.
        Interclub final (Penang vs Perak): 7.5 - 4.5; return leg at home on 16 Nov, teams to be posted on the notice board.
        Former Singapore Open champion Adam Scott's swing is still the one junior coaches put on the big screen.
        Tiger Woods won the 1997 Masters by 12 strokes, and the club's junior program still shows the final round on DVD.
        Course record on the East course remains 62, set during a 1998 qualifier; the card hangs outside the Men's locker room.
        Team event result: Team Kingfisher 86 pts, Team Hornbill 84 pts, Team Merbok 81 pts (team Stableford, best 2 of 4).
        Scoring app v3.8.2 fixes a bug where countback was applied to the back 9 before the last 6 holes.
    """),
    ("en", "lightning_and_incidents"): _lines("""
        Lightning warning: red alert issued at 15:42. All play is suspended. Return to the clubhouse or nearest shelter; do not shelter under trees.
        Siren signals: one prolonged blast = stop play immediately; three consecutive blasts = discontinue; two short blasts = resume play.
        Lightning detector SN TG-1145-0082 firmware updated to 4.2.1; battery backup tested OK by the facilities team.
        Incident log summary 2023: 14 play suspensions due to lightning, 2 heat-related first-aid cases, 1 buggy overturn on hole 11; no fatalities.
        Under the club safety policy, play may only resume 30 minutes after the last strike detected within 8 km.
        Q: If I'm mid-putt when the siren sounds can I finish the hole? A: No. When the committee suspends play for danger, stop immediately.
        Thunderstorm forecast for western Singapore from 2pm; outdoor bays at the range will close when the lightning risk indicator turns red.
        Lightning shelters are at holes 4, 9 (halfway house), 13 and 16. Each shelter has a first-aid kit and an AED cabinet.
        AED inspection checklist: pads expiry 2026-03, battery 87%, cabinet alarm tested, signed off by the facilities supervisor.
        Heat advisory: WBGT above 32°C, buggies mandatory for players aged 65 and above from 11am to 3pm.
        Incident report template: Date/Time: ___ Location (hole/bay): ___ Nature of injury: ___ Name of injured: ___ NRIC/Passport: ___ Witness: ___
        Driving range bays 1-20 (upper tier) reopened at 17:05 after the all-clear; ball dispensers reset.
        Did anyone else's golf app show lightning 3 km away but the club siren never went off? Happened twice this month.
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis: Padang ditutup untuk kerja penyelenggaraan greens (hollow tining) pada 14-18 Oktober. Tempahan sedia ada akan dipindahkan secara automatik.
        Yuran ahli bulanan RM 350 perlu dijelaskan sebelum 7 haribulan; caj lewat RM 25 akan dikenakan.
        Ahli dan tetamu dikehendaki berpakaian sopan: baju berkolar dan seluar golf; jeans tidak dibenarkan di padang.
        Amaran petir: permainan digantung serta-merta. Sila ke tempat perlindungan terdekat dan tunggu isyarat siren.
        Pertandingan Bulanan Oktober: format Stableford, tee-off serentak 7.30 pagi, cabutan bertuah untuk semua peserta.
        Kadar driving range: RM 12 untuk 50 bola, RM 20 untuk 100 bola; pemegang kad ahli mendapat diskaun 10%.
        Pemindahan keahlian: yuran pindah milik RM 8,000 + SST; borang boleh dimuat turun dari portal ahli.
        Kedai pro dibuka 6.30 pagi hingga 7 malam; hubungi talian utama 03-7846 2211 untuk sebarang pertanyaan.
        Jadual caddie minggu ini: 38 caddie bertugas, 4 dalam latihan, syif pagi bermula jam 6.00 pagi.
        Laporan insiden suku tahun: 3 kes kecederaan ringan di kawasan range, 1 kes kereta golf terbalik, tiada kemalangan serius.
        Bagaimana nak kira handicap selepas bermain di kelab lain? Perlu hantar kad skor ke pejabat golf ke?
        Kelas golf junior setiap Sabtu 9-11 pagi, umur 8-15 tahun, yuran RM 180 sebulan, kayu golf disediakan.
        Surau dan bilik persalinan di bangunan kelab ditutup sementara untuk kerja-kerja pengubahsuaian.
    """),
    ("mixed", "range_and_coaching"): _lines("""
        Bay 17 ball machine jam again lah, token kena telan, can someone from the range counter reset ah?
        Range POS export 2024-10-02: SKU BALL-50 x 412, BALL-100 x 188, TOKEN-VIP x 41; total RM 11,846.00
        Coach, my slice still there leh, after 3 lessons already. Grip too strong or too weak ah?
        Lesson package: 5 x 45 min with PGA-certified coach SGD 450; 10 x 45 min SGD 850; 打球费另计 (range balls extra).
        Range 今晚营业到11点, last bucket 10:30pm, Bay 1-10 有 TrackMan, walk-in only.
        TrackMan session export: club=7i, carry=152.3 yd, ball speed=112 mph, spin=6840 rpm, launch=17.8°, side=-4.2
        Junior clinic on Sat full house already, 24 kids, next intake Jan. Parents please don't park at the loading bay ya.
        Anyone selling second-hand 4-PW irons? Budget around RM 1.5k, regular flex, Klang Valley area COD.
        Coach 说 takeaway too inside, need to feel club face square until waist height. Drill: towel under armpit, 20 balls.
        Promo Merdeka: beli 2 bakul bola, free 1; valid 31 Aug only, semua bay termasuk upper deck.
        Ball picker kereta rosak, so upper deck bays ditutup sampai 3pm, sorry for the inconvenience.
        Lost & found at range counter: 1 black umbrella, 2 golf gloves (size M), 1 Bushnell rangefinder. Claim within 30 days.
        Tiger Woods 那个 stinger shot, coach 有 drill 吗? Want to learn for windy days at the coastal course.
    """),
    ("en", "membership_transfer"): _lines("""
        Transfer fee for Ordinary Membership: SGD 32,100 (incl. GST) payable by the transferee; processing takes 6-8 weeks.
        Listing: Individual Term membership, 12 yrs remaining, asking SGD 48,000 nett, monthly subs SGD 321. Enquiries: Fairway Brokers 6225 0099.
        Nominee change for corporate membership (UEN 201533418R): submit Form CM-3, the board resolution and the new nominee's particulars.
        Form MT-1 Section B: Transferee's Full Name (as in NRIC/Passport): ____ Date of Birth: __/__/____ Contact No.: ____
        Membership price index Q3: average transacted price SGD 62,500 (+4.2% QoQ), 37 transfers recorded across 9 clubs.
        Transfers are approved at the monthly Membership Committee meeting; applicants are notified in writing within 7 working days.
        RM 45,000 for a Sports Ordinary membership at a Subang club, worth it or just pay green fees? I play about twice a month.
        Entrance fee RM 60,000 (lifetime), monthly subscription RM 420; foreign members pay a 20% surcharge.
        Invoice INV-MBR-2024-03318: transfer fee SGD 32,100.00, GST 9% included; pay by PayNow to UEN 196800255C.
        A deceased member's membership may be transferred to a nominated family member at 50% of the prevailing transfer fee (By-Law 14.3).
        Status workflow: SUBMITTED -> KYC_CHECK -> COMMITTEE_REVIEW -> APPROVED -> FEE_PAID -> ACTIVE
        Members with outstanding balances above SGD 500 are not eligible to transfer until the account is cleared.
        Reciprocal privileges: 4 rounds per year at 23 partner clubs in Malaysia, Thailand and Indonesia at member rates.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking TT-241002-0318 confirmed for Mr Lim Wei Jie, 4 pax, Sat 07:20 Serapong. SMS sent to 9123 4867.
        Hi, this is Priya d/o Ramasamy, member no. 4471, please cancel my Sunday 7am slot, my knee surgery got moved to this Friday.
        Handicap Committee: Mr Tan Kok Meng's Handicap Index frozen at 12.4 pending review of 6 unattested scores posted from overseas.
        Caddie roster change: Nurul Ain binti Kamaruddin swapped to afternoon shift because her son is warded at Hospital Serdang.
        Incident 14 Sep 15:50, hole 13: Mr Goh Chee Keong (NRIC S8734512B) hit by a falling branch during the storm, taken to hospital by ambulance, fractured left forearm.
        Membership transfer MT-2024-0217: transferor Dr Arjun s/o Pillai, transferee Ms Chloe Fernandez, DOB 11/03/1988, chloe.fernandez88@gmail.com.
        Please refund the lesson deposit to my DBS account 027-381694-2, name Ng Hui Min, the coach didn't turn up twice.
        Caddie Mohd Faizal bin Ismail (MyKad 870514-14-5521) suspended 2 weeks for taking cash from a member's bag.
        Visitor green fee paid by card 4556 0123 7814 9020 exp 09/27, cardholder Raymond Chua, ref GF-88812.
        Buggy accident hole 11: Mr Harjit Singh a/l Gurdev Singh, 67, buggy overturned on the slope, suspected rib fracture, wife informed at 012-558 9031.
        Coach said Aunty Mei Ling from the Tuesday ladies' clinic stopped coming after her divorce, so don't bring it up when she's back.
        Marcus de Souza, the coach at bay 40, is on MC till Friday with a gastric bleed; the head pro will cover his juniors.
        Mr Rajendran from the Thursday flight owes the bar RM 2,340 and is barred from booking until he settles.
        Tee time waitlist: Mdm Tan from #05-12 Blk 231 Bishan St 22 wants any weekday slot before 8am, call her at 9728 4413.
        Please update my address for the club magazine: 18 Jalan Setiabakti 5, Bukit Damansara, 50490 Kuala Lumpur. Datin Rohana Yusof.
        Foreign caddie file: Nguyen Thi Lan, passport C4829157, work permit expires 03/2025, hostel Block C bed 14.
        Member 1182 Kevin Ong Jun Hao handicap record: 18.3 raised to 21.6 after shoulder surgery; medical cert attached.
        Car park: SJK 4418 B parked in the disabled lot again, it's Mr Yeo's car, the one from the Saturday 7am flight.
        WhatsApp to coach: Hi coach, I'm Aisyah, 15, my mum's number is 019-332 7716, can I join the Saturday junior clinic?
        Net champion Mr Low Boon Heng's prize money of SGD 1,500 to be credited to OCBC 601-234567-001.
        HR note: caddie Lakshmi a/p Subramaniam requested a salary advance of RM 800 for her father's dialysis; approved by the caddie master.
        Overseas membership application: Mr Ho Jia Le, HKID K482913(1), sponsor member no. 2290.
        Coach contract: Mr Jason Teo, monthly retainer SGD 4,800 + 70% of private lesson fees, CPF paid by the club.
        Please don't pair Uncle Ah Seng with the Wednesday group anymore, his dementia is getting worse and he wandered onto the 5th fairway last week.
        Lost phone at bay 23 belongs to Mr Benjamin Koh, member 3318; notified him at ben.koh.golf@outlook.com.
        Tee-off Sat 7:04 #1: Tan Ah Kow / Lee Siew Ling / Muthu a/l Krishnan / Francis Pereira, handicaps 14/22/9/18.
        Telegram @golfgeraldine_sg: Geraldine Sim says she was charged twice for the Sentosa twilight round.
        The new caddie, Ah Hua, told the caddie master she's pregnant and can't carry double bags any more.
        Junior membership: Ethan Lim, NRIC T0245871Z, DOB 02/07/2002, parent's mobile 8846 3320.
        Injury claim: Mr Wong Siu Fai (HKID Y305726(5)) slipped on the range stairs, claiming physio costs HKD 6,800.
    """),
    "ms": _lines("""
        Encik Zulkifli bin Hassan, no. ahli 5521, masih belum jelaskan yuran tertunggak RM 3,150; tempahan tee-off beliau dibekukan.
        Caddie Rosnah binti Omar cuti sakit 3 hari, disahkan denggi, sila cari pengganti untuk syif pagi.
        Tolong hubungi Puan Haslinda di 013-774 2086 berkenaan bayaran balik kelas junior anaknya.
        Insiden petir 22/3: En. Azman bin Yusof (KP 790902-07-5128) cedera ringan di lubang 6, dihantar ke Hospital Pulau Pinang.
        Pemindahan keahlian kepada Cik Nur Aisyah binti Rahim, alamat No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
        Jurulatih Hafiz bergaduh dengan isterinya di tempat letak kereta semalam, pengurus suruh dia ambil cuti seminggu.
        Hadiah pertandingan bulanan dibayar ke akaun Maybank 164022338791 atas nama Kamal bin Idris.
        Caddie asing Rahim Uddin, pasport EA0482716, permit kerja tamat bulan depan, tinggal di asrama Blok B.
    """),
    "mixed": _lines("""
        Coach Aaron 讲 Mr Chan 的 back problem 很严重, slipped disc, 不能再 full swing already, cancel all his lessons this month.
        Eh the uncle at bay 12 la, Mr Subramaniam, his wife called the counter crying, say he never go home since Friday.
        PayNow refund to 8234 1176 (Jolene Tay) for the cancelled Sentosa booking, amount SGD 385.
        WeChat golfer_lijun88, 李俊 from Shenzhen, wants tee time Sat, passport E73920415, pay by Alipay.
        Caddie Ah Kiat 的 IC 是 S7612093E, 他要 borrow advance $500 for his mother's operation leh.
        Bay 30 regular Kenji Watanabe, his EP kena cancel so he's selling his membership cheap, email kenji.w.golf@yahoo.co.jp
        Lesson invoice Ms Kavitha a/p Muniandy, 7 Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, 10 lessons RM 1,200 belum bayar.
    """),
    "zh-Hans": _lines("""
        会员陈志明（身份证440304198507132417）申请把会籍转让给弟弟陈志华，手机13826457719。
        球童黄丽娟上周在第9洞被球击中头部，至今仍在住院，家属要求俱乐部赔偿。
        3栋的陈阿姨每周二上午在练习场上课，她说最近血压高，教练把课程缩短到30分钟。
        台湾球友林佳蓉（身份证A234187653）报名新加坡业余锦标赛，联系电话0912 345 678。
        厦门来的王建国先生（350203199202281535）订了周六早上7点开球，押金用卡5218 9300 4471 2664支付。
        教练李伟的月薪是8,500新币，另加私教课收入的60%，合同明年三月到期。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a Singapore golf club. Be brief and polite."),
        (
            "user",
            "Hi, need to change my Saturday tee time. Booking TT-241019-0733 under Lim Shu Fen, mobile 9346 1208.",
        ),
        (
            "assistant",
            "Thanks, Ms Lim. I can see TT-241019-0733 for Sat 07:36. Would you like an earlier or later slot?",
        ),
        ("user", "Later, around 9. And add my husband Daniel Lim as the 4th player please."),
        (
            "assistant",
            "Done: moved to 09:04 with Daniel Lim added as player 4. A confirmation SMS has gone to 9346 1208.",
        ),
    ],
    [
        ("system", "You help the duty manager of a Singapore golf club write incident reports."),
        (
            "user",
            "Draft a report: lightning siren at 4.10pm, one player didn't come in, Ms Tan Pei Shan, FIN F6120457K, found sheltering under a tree at hole 8, complained of numbness in her right arm.",
        ),
        (
            "assistant",
            "Incident Report. 16:10 siren sounded for lightning. Player Ms Tan Pei Shan (FIN F6120457K) did not return to shelter and was found under a tree at hole 8 reporting numbness in the right arm. First aid given; medical review recommended.",
        ),
        (
            "user",
            "Add that her husband picked her up at 5pm and took her to Ng Teng Fong hospital.",
        ),
    ],
    [
        ("system", "You are a handicap-rules assistant."),
        (
            "user",
            "My name is Farid bin Osman, member 2207. The committee cut my Handicap Index from 16.1 to 11.0 after I won the club champs. Is that allowed?",
        ),
        (
            "assistant",
            "Under WHS a Handicap Committee can make an adjustment if it believes the index doesn't reflect demonstrated ability, but it should explain its reasons and you can ask for a review.",
        ),
        (
            "user",
            "Can you write an appeal letter for me? They also mentioned my bank statement showed bets on the game, which is embarrassing.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Handicap Committee, I, Farid bin Osman (member 2207), respectfully request a review of the adjustment to my Handicap Index...",
        ),
    ],
    [
        ("system", "You are a writing assistant for a junior golf coach in Singapore."),
        (
            "user",
            "Help me message a parent. Her son Ryan Chia, 11, was diagnosed with ADHD last month and keeps wandering off during the clinic.",
        ),
        (
            "assistant",
            "Sure. Suggested message: Hi Mrs Chia, thank you for sharing about Ryan's diagnosis. We'd like to try shorter drills and a buddy system on Saturdays. Could we chat after class?",
        ),
        ("user", "Make it softer, she was upset when she told me."),
    ],
    [
        ("system", "You draft membership transfer letters for a Singapore country club."),
        (
            "user",
            "Transferor: Mr Kelvin Sng Boon Kiat, NRIC S9027316G, 41 Jalan Kembangan, Singapore 419126. Transferee is his company nominee.",
        ),
        (
            "assistant",
            "Draft: I, Kelvin Sng Boon Kiat (NRIC S9027316G), of 41 Jalan Kembangan, Singapore 419126, hereby apply to transfer my Ordinary Membership...",
        ),
        ("user", "Good. Leave the transferee blank for now."),
        (
            "assistant",
            "Updated: the transferee section now reads Name: ____ NRIC/Passport: ____ Nominating company: ____.",
        ),
    ],
    [
        ("system", "You assist the HR executive of a golf resort in Johor."),
        (
            "user",
            "Need a warning letter for caddie Mary Joseph, absent 4 days without leave this month. Her phone 016-289 5530 not answering.",
        ),
        (
            "assistant",
            "Draft: Dear Ms Mary Joseph, records show you were absent without approved leave on 4 occasions this month. This is a first written warning...",
        ),
        (
            "user",
            "Actually her neighbour said she's been in hospital, so maybe change to a welfare check first.",
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran kelab golf di Selangor."),
        (
            "user",
            "Tolong tulis surat peringatan untuk Encik Shahrul Nizam bin Ahmad, no. ahli 3087, tunggakan yuran RM 4,620 sejak Mac.",
        ),
        (
            "assistant",
            "Draf: Tuan, rekod kami menunjukkan akaun ahli 3087 atas nama Encik Shahrul Nizam bin Ahmad mempunyai tunggakan sebanyak RM 4,620...",
        ),
        ("user", "Tambah yang dia boleh bayar ansuran, dia baru kena buang kerja."),
    ],
    [
        ("system", "你是马来西亚一家高尔夫俱乐部的客服助手。"),
        ("user", "会员张美玲要退上周取消的比赛报名费RM 350，退到她的卡4321 8765 0912 7749。"),
        (
            "assistant",
            "好的，已记录：张美玲女士的报名费RM 350将退回尾号7749的卡，预计7至14个工作日到账。",
        ),
        ("user", "顺便帮她把下个月的教练课也取消，她说要做化疗。"),
        (
            "assistant",
            "明白，已为张美玲女士取消下个月的全部教练课，并备注原因为健康原因，不收取取消费。",
        ),
    ],
    [
        ("system", "You write press releases for an amateur golf association."),
        (
            "user",
            "Winner of the Seniors Cup is Mr Patrick Rozario, 63. Mention that he only finished chemotherapy for colon cancer in March.",
        ),
        (
            "assistant",
            "Draft: Patrick Rozario, 63, lifted the Seniors Cup on Sunday with a gross 74, just months after completing treatment for colon cancer in March...",
        ),
        ("user", "Hmm, check with him first whether he's ok with the cancer part going public."),
    ],
    [
        ("system", "You help a driving range operator in Kuala Lumpur handle customer complaints."),
        (
            "user",
            "A ball from bay 5 cracked a windscreen in the car park. Car is WXY 8821, owner Mr Vincent Lau, he wants RM 1,900 for the repair.",
        ),
        (
            "assistant",
            "Suggested reply: Dear Mr Lau, we're sorry about the damage to WXY 8821. Please send the workshop quotation and photos so we can process the claim with our insurer.",
        ),
        ("user", "He also gave his IC, 920318-10-6634, for the insurance form. Where do I put it?"),
        (
            "assistant",
            "Put it only in the insurer's claim form under Claimant ID, and keep the copy in the locked incident file rather than in email threads.",
        ),
    ],
]
