# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en219: SG/MY archery ranges, fencing clubs and martial-arts schools. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en219
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "range_notices"): _lines("""
        Outdoor range closed Sat 14 Dec 0800-1300 for lightning risk assessment; indoor lanes 1-6 remain open, walk-ins capped at 12 archers.
        Reminder: all bows must be unstrung and cased before leaving the shooting line. Arrows are only retrieved on the range officer's whistle.
        NEW: 70m recurve lanes now bookable via the app, $18/hr members, $26/hr guests, max 2 hrs per slot.
        Lost & found: one black Easton arrow tube, one left-hand finger tab (size M), one armguard with a Hello Kitty sticker. Collect from the front desk before 31 Jan.
        Range hotline 6748 2210 is unmanned over CNY; WhatsApp our business line 8123 4450 for urgent lane bookings.
        Haze advisory: if the 24-hr PSI goes above 200, all outdoor sessions at the Jurong range move indoors, no need to rebook.
        Target faces change to 80cm 6-ring for the Tuesday night league from week 7 onwards.
        Parking: lots 14-22 are reserved for coaches 6-9pm; the public carpark at Blk 520 charges $0.60 per half hour.
        Please do not feed the cats near the bale storage. Yes, we know they have names. No, Oreo cannot be adopted.
        The Khairul Anuar Mohamad recurve clinic on 22 Feb is full; waitlist opens 10am Monday on the club portal.
        The chronograph is back at the pro shop counter. Sign it out with your member number and return it within 30 min.
        Whistle signals: 2 blasts = archers to the line, 1 = start shooting, 3 = collect arrows, 4 or more = STOP, emergency.
        Shaw Foundation Hall is booked for the regional indoor qualifier 8-9 March; the juniors' Saturday class moves to Court 3.
    """),
    ("en", "grading_results_summary"): _lines("""
        Kup grading summary, Nov 2026: 42 candidates, 37 passed, 3 deferred (technique), 2 absent. Next grading 14 Feb.
        Dan grading panel: 5 examiners plus 1 observer from the national association. Results released within 10 working days.
        Pass rate by belt: white to yellow 96%, yellow to green 91%, green to blue 84%, blue to red 71%, red to black 58%.
        Grading fee schedule 2027: 10th-7th kup RM85, 6th-1st kup RM120, 1st Dan RM450 (incl. certificate and Kukkiwon processing).
        Student A (green tip) scored 7.2/10 on poomsae and Student B scored 6.8; both cleared the 6.5 threshold.
        Fencing grading (Level 3, foil): 11 candidates, average bout score 5.4 touches, 2 did not pass the footwork assessment.
        Karate kyu exam checklist: kihon x10, kata (Heian Shodan to Godan by level), kumite 3 rounds, dojo kun recited in Japanese.
        Certificate numbers for this batch run from WKF-SG-26-0441 to WKF-SG-26-0482; reprints cost $15 each.
        Silat grading at Dewan Serbaguna Jalan Tun Ismail postponed to 11 Jan due to flooding; same slot, same attire.
        Reminder to examiners: scoresheets are numbered 1-40 only, candidates do not write names on the back.
        Wushu duan evaluation: 3rd duan requires 2 taolu plus 1 applied form; last cycle's pass rate was 63% (19 of 30).
        Archery star award tallies Q3: 14 x 500 Star, 9 x 600 Star, 3 x 650 Star, 0 x 700 Star. Badges arrive next week.
        Judo kyu belt stock: 30 yellow, 24 orange, 12 green (sizes 2-5). Please don't cut belts, we reuse sizes.
    """),
    ("en", "pro_shop_orders"): _lines("""
        INV-2026-11873 | Hoyt Xceed riser 25in RH x1 | SGD 1,289.00 | paid via PayNow to UEN 201834521K
        SKU FEN-MSK-350N-L 350N foil mask, size L, stock 4. Reorder threshold 3.
        PO 44719 to Allstar: 12 electric foil blades (#5), 6 body cords, 2 scoring boxes. ETA 3-4 weeks ex-Germany.
        Order #SG-88231-A shipped via Ninja Van, tracking NVSGKIAIA000738266, est. delivery 2-4 business days.
        Refund RF-0093 processed: RM215.00 for a damaged stabilizer, returned to the original payment method within 7-14 days.
        Price list 2027: Easton Avance carbon arrows $14.50 each, $165 per dozen; fletching service $2/arrow; nock replacement $0.80.
        Dobok size chart: 110cm (age 4-5), 120 (6-7), 130 (8-9), 140 (10-11), 150 (12-13), 160+ adult. Club name embroidery +$12.
        Stock count 05/12: gloves 38, shin guards 22 pairs, boil-and-bite mouthguards 61, hogu size 3: 9.
        Bullseye Archery Supplies Pte Ltd, UEN 201912345K, GST Reg M90371234X, 21 Toh Guan Road East #03-11 Singapore 608609.
        Kedai Silat Warisan Sdn Bhd (SSM 201801023456 / 1287645-P), Lot 12 Jalan Perusahaan 3, 43300 Seri Kembangan, Selangor.
        Shopee order 2612050K9QTR3A cancelled by seller: WT-approved hogu, blue, size M, out of stock.
        Firmware v2.4.1 for the FA-07 scoring box fixes epee double-light timing; checksum sha256 9f3c1e07b2d4a8e1.
        Quote QT-7781 valid 30 days: 4 target stands, 8 x 122cm faces, 1 bale foam 100x100x30. Total before GST $2,340.
    """),
    ("en", "competition_entry_rules"): _lines("""
        Entry form fields: Full name (as in NRIC/passport), Date of birth, Club, Category, Emergency contact. Incomplete forms will not be processed.
        Closing date for the SEA Youth Fencing Circuit Leg 2 is 17 Jan 2027, 2359 SGT. Late entries carry a 50% surcharge.
        Weight categories (cadet male): -45, -48, -51, -55, -59, -63, -68, -73, -78, +78 kg. Weigh-in 0700-0800 on Day 1.
        Archers must present a valid World Archery athlete card or national federation ID at equipment inspection.
        Pool seeding uses the FIE ranking as of 1 Dec, then the national ranking, then a random draw by the DT.
        Entry fee: individual RM60, team RM150 per team, payable to the state archery association; bank details are on the official circular.
        Athletes under 18 need a signed parental consent form (Form C-3). Do not email scans of IC to the general mailbox.
        Dear [Parent/Guardian Name], we confirm that [Athlete Name] is registered for [Event] on [Date]. Bib number: [Bib].
        Provisional entries by club: Club A 14, Club B 9, Club C 22, Club D 6. Total 51 across 6 categories.
        The Amita Berthier Cup, named after the Singapore Olympic fencer, returns in March with U13 and U15 foil events.
        Protest fee: $50 cash, refundable if upheld. Submit to the jury table within 10 minutes of the bout result.
        Kata division scoring follows WKF rules: 7 judges, highest and lowest scores dropped.
        Accreditation collection at the Bukit Jalil Sports School foyer, Fri 3-7pm. Team managers collect on behalf of athletes.
        DQ criteria: 3 red cards, leaving the piste without permission, or unsportsmanlike conduct as judged by the DT.
    """),
    ("mixed", "parents_group_general"): _lines("""
        Parents, this Sat class is 9am not 10am ah, hall booked for the wedding dinner setup.
        Anyone know where to buy the yellow belt cheaper? Decathlon Bedok got or not?
        Coach says pls bring own water bottle, the water cooler spoil already. Thanks all!
        Tomorrow CCA fencing got or not? School say haze so outdoor cancel, but ours is indoor right?
        Boleh share link for the grading fee payment? The one in the group description expired liao.
        各位家长，星期六的课改到早上九点，请准时到，谢谢配合。
        Reminder: Hari Raya week no class, resume 14 April. Selamat Hari Raya semua!
        Who has spare 28-inch arrows? The kids keep breaking the nocks lol.
        New timetable is pinned, tap the group name then Media. Don't use the old screenshot already.
        Carpool from Tampines to the Hougang range anyone? Can share petrol.
        Any parent watched the new Ip Man movie? My boy now wants to do wing chun instead of TKD haha.
        Jangan lupa bawa kasut sukan, lantai dewan licin bila hujan.
        FYI the club WhatsApp number changed, old one no longer monitored. Pls use the number on the website.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-12-05T19:02:44+08:00 INFO booking.create lane=7 slot=1900-2000 member_tier=GOLD status=CONFIRMED ref=BK-7Q2M9
        2026-12-05T19:03:01+08:00 WARN payment.retry gateway=stripe attempt=2 code=card_declined ref=BK-7Q2M9
        cron: 0 3 * * * /opt/rangebook/bin/purge_expired_holds --older-than 48h
        ERROR sms.send provider=twilio status=21614 msg='To number is not a valid mobile number' job=remind-0800 recipient=[masked]
        config: MAX_LANES=12, SLOT_MINUTES=60, CANCEL_CUTOFF_HOURS=24, TIMEZONE=Asia/Singapore
        export_members.csv header: member_id,tier,join_date,renewal_date,belt,club_code,consent_photo
        SELECT belt, COUNT(*) FROM students WHERE active = 1 GROUP BY belt ORDER BY 2 DESC;
        release 3.8.0 (2026-11-30): waitlist auto-promotion, PayNow QR on invoices, fix for double booking across midnight.
        GET /api/v2/classes?venue=BJ-02&date=2026-12-07 200 142ms
        validation: member_id must match ^M[0-9]{6}$ and belt must be one of WHITE, YELLOW, GREEN, BLUE, RED, BLACK
        alert: renewal batch 2026-12 queued 318 reminders, 12 bounced (invalid address), 4 unsubscribed.
        webhook secret rotated; old key fingerprint a91f:33c0:7be2 revoked at 02:14 SGT.
        Duplicate booking detected for 2026-12-06 0800 lane 3; kept the earliest, auto-refunded the other (ref RFD-20261206-004).
    """),
    ("en", "injury_safety_reports"): _lines("""
        Q3 injury log summary: 7 incidents, 4 ankle sprains, 2 bruises from shinai strikes, 1 nosebleed. No hospital referrals.
        Incident report template: Date/time, Location, Activity, Nature of injury, First aid given, Reported by (staff role), Follow-up.
        First aid kit at the range checked 01/12: ice packs x6, triangular bandages x4, saline x10, all within expiry.
        Reminder: all sparring requires mouthguards; 3 of last month's 5 dental injuries happened without one.
        AED is beside the reception counter; pads last replaced Oct 2026, next due Oct 2028.
        A junior student twisted an ankle during footwork drills; the duty coach applied RICE and the parents were informed.
        For the annual report: injury rate 1.8 per 1,000 training hours, down from 2.6 last year.
        Near miss: arrow released before the whistle on lane 4, no injury. The range officer re-briefed the line.
        Blade break protocol: stop the bout, referee inspects, broken blade bagged and tagged with the bout number for the DT.
        Concussion policy: any athlete with a suspected concussion sits out at least 7 days and needs a doctor's memo to return.
        Heat stress guideline: WBGT above 32, suspend outdoor grading; 31-32, rest 15 min every 45 min.
        Mat hygiene: wipe down with 1:50 diluted bleach after each session; ringworm cases this year: 0.
        Insurance claim form (blank) available from the office; group policy GPA-2026-SG-00417 covers all registered members.
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis: Kelas silat gayung untuk kanak-kanak 7-12 tahun dibuka semula Januari 2027, yuran RM40 sebulan.
        Pendaftaran ahli baharu ditutup pada 31 Disember. Sila isi borang di kaunter atau laman web kelab.
        Latihan memanah di padang Kompleks Sukan ditangguhkan kerana amaran ribut petir daripada MetMalaysia.
        Yuran pembaharuan keahlian tahunan: dewasa RM120, pelajar RM60, warga emas RM50.
        Pertandingan Memanah Tradisional Piala Sultan Ahmad Shah akan berlangsung di Kuantan pada 8-9 Mac.
        Peserta wajib memakai pakaian sukan yang sopan; jersi kelab boleh dibeli pada harga RM35.
        Hubungi pejabat sekretariat di 03-7956 2210 (waktu pejabat) atau e-mel urusetia@kelabmemanah.org.my.
        Sebanyak 28 pesilat lulus ujian bengkung kuning bulan lepas, 5 orang perlu mengulang.
        Kelas taekwondo di Dewan Orang Ramai Taman Melawati dibatalkan minggu ini kerana majlis perkahwinan.
        Jurulatih bertugas akan membuat pemeriksaan peralatan sebelum sesi bermula jam 8.30 pagi.
        Borang tuntutan insurans kosong boleh dimuat turun dari portal; jangan hantar salinan MyKad dalam kumpulan WhatsApp.
        Pasukan lawan pedang negeri perlukan 4 orang sukarelawan untuk menjaga meja skor pada Kejohanan Terbuka.
        Sila ambil perhatian: tempat letak kereta di Jalan Tun Razak hanya untuk pemegang pas bermusim.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Renewal for Lim Wei Jie (member M204518) failed again, his card 4556 7301 8824 9108 was declined twice; pls call him on 9127 4083.
        Injury report: Nurul Aisyah binti Kamarudin, 11, fractured left wrist during ukemi practice, taken to KKH by her mother.
        Competition entry: Arjun s/o Ravichandran, NRIC S8234671F, DOB 14/03/1982, Masters Epee, club TFC.
        Emergency contact for Chloe de Souza (U13 foil): father Brendan de Souza, 9736 1184, 15 Jalan Kembangan #02-03.
        Coach, Marcus Pereira won't be at grading this Saturday, his parents are going through a divorce and he's staying with his grandma in JB for now.
        Please don't pair Jaslyn Ong with the bigger kids for sparring, she just had scoliosis surgery and her doctor said no contact until March.
        Membership renewal overdue: Mr Rajesh a/l Subramaniam owes RM480 in back fees (Jan-Dec); committee decided to suspend his range access until paid.
        FIN G5318027U, Nguyen Thi Hoa, work permit holder, enrolled in the Sunday Muay Thai beginners class, paid cash.
        Sifu Leong's assistant Kelvin Tay was let go last week after the complaint about him shouting at the kids. Keep it within the committee.
        Please refund Mdm Siti Hajar, her son Irfan quit after the bullying incident on 12 Nov; her IG is @sitihajar.bakes if you can't reach her.
        Payout to coach Daniel Chua: Nov salary $2,850 plus grading honorarium $300 to OCBC 601-234567-001.
        Aunty Mei Ling from Blk 218 #07-45 keeps asking if her grandson can skip class because he gets asthma attacks at night.
        New member: Tan Jia Hui, jiahui.tan97@gmail.com, HP 8235 9017, wants the Tues/Thurs adult recurve slot.
        Entry for Malaysian archer Muhammad Haziq bin Rosli, passport A38291047, expiry 03/2030, for the Bangkok Open.
        Ethan Goh in the U10 class, his dad was retrenched so his mum asked if they can pay term fees in three instalments.
        Grading appeal from Priya d/o Murugan: she says examiner 3 marked her down because of an old dispute between their families.
        The white Honda Vezel SLA 7713 H blocking the range gate belongs to Mr Wong Kah Seng, parent of a Saturday kid; ask him to move it.
        Disciplinary: Hafiz bin Othman (black belt, instructor ID INS-0442) suspended 6 months for striking a student outside sparring.
        Can we keep Auntie Rosalind Fernandez's dementia diagnosis out of the committee minutes? Her husband only told the chairman.
        Telegram @jon_tkd_dad is Jonathan Ho, Keegan's dad, he keeps DMing the coaches about his son's belt.
        Transfer athlete from HK: Chan Tsz Ho, HKID K482913(1), sabre, previously with a Kowloon club.
        Archer from Taichung, Lin Yu-Ting, ID F120473961, needs a letter from us for her visa extension.
        Zachary Lim's mum said he was just diagnosed with ADHD and might need extra time at the grading.
        Please deliver the trophy to Mrs Kavitha Nair at 38 Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, she missed the prize-giving.
        Ahmad Zulkifli's MyKad 750921-10-6643 is needed for the coaching licence renewal.
        Heard Coach Benjamin Teo is deep in gambling debt, that's why he keeps asking parents to prepay for private lessons.
        Yuki Tanaka's mum prefers LINE, id yuki_mama0411, she doesn't read English emails well.
        Charge the annual fee to 5203 8461 1093 2753 exp 08/28, cardholder Serene Quek.
        Nathaniel Yeo, the tall lefty in the Wed epee class, failed his A-levels and his parents are making him quit fencing.
        Range incident: archer Farhan Rahim, NRIC S9176420B, shot across lane 5; banned for one month pending review.
    """),
    "ms": _lines("""
        Anak saya Muhammad Aqil bin Azman (MyKad 110604-07-2290) tercedera lutut semasa latihan semalam, doktor kata perlu rehat 6 minggu.
        Puan Norhayati binti Ismail masih belum bayar yuran tiga bulan, nombor telefon dia 012-784 3391.
        Sila pindahkan wang hadiah kepada Faizal bin Ramli, akaun Maybank 1620 4418 7723.
        Cikgu Rosmah tak dapat datang latihan sebab suaminya baru meninggal dunia minggu lepas.
        Alamat penghantaran sijil: Siti Khadijah binti Yusof, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Adik Danish dari kelas Sabtu selalu datang lebam-lebam, kawan sekelas kata ibu bapa dia bergaduh di rumah.
        Pendaftaran atlet: Thanaletchumy a/p Krishnan, MyKad 080315-14-5521, kategori recurve bawah 18 tahun.
        Jurulatih Azlan bin Hassan digantung tugas kerana aduan gangguan daripada ibu seorang pelatih.
    """),
    "mixed": _lines("""
        Coach, Mdm Tan from #05-12 say her girl Xin Yi got fever 39 degree, cannot come grading tmr, can postpone or not?
        陈阿姨 at Blk 3 asked whether her grandson 陈子轩 can still get the sibling discount, she only got pension now.
        Eh the boy Jun Hao from Tues class, his mother just passed away leh, maybe we collect some money for the family?
        Bro, Iskandar's WhatsApp is 017-336 2084, he say want to join Sunday sparring but his knee still not ok after ACL op.
        Ah Boy (Lee Zhi Hao) kena caught stealing from the changing room again, his dad say will come down talk to sifu.
        Pls update Hui Min's NRIC to T0512839G in the entry system, the old one got typo.
        Uncle Ganesh's grandson Kiran kena dengue, warded at CGH, won't be at the range for 2 weeks.
        Ms Josephine Rodrigues called, her ex-husband not allowed to pick up their daughter from the dojo, she got PPO already.
    """),
    "zh-Hans": _lines("""
        来访教练刘建国，身份证号440306198807234514，12月12日抵达，参加武术研讨会，请安排住宿。
        王志强的家长说他最近抑郁症复发，这学期的击剑课先暂停，请教练不要在群里提。
        请把比赛奖金转给黄丽华，她的手机号是13812764509，微信同号。
    """),
    "zh-Hant": _lines("""
        學員林佳怡身分證字號A235817409，下個月要去吉隆坡參加射箭公開賽，請幫她開推薦信。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for a fencing club in Singapore. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I want to renew my daughter's membership. She is Clara Sim, NRIC T1147302J, U15 foil.",
        ),
        (
            "assistant",
            "Thanks! I've found Clara's record. The annual renewal is $380; would you like to pay by PayNow or card?",
        ),
        ("user", "PayNow. And can you change the contact number to my new one, 9583 2716?"),
        (
            "assistant",
            "Done, the contact number is now 9583 2716. A PayNow QR will be sent to the email on file.",
        ),
    ],
    [
        ("system", "You help the duty range officer write incident reports."),
        (
            "user",
            "Write up: 6 Dec, lane 9, archer Desmond Koh (member M118374) dry-fired his 40lb bow, limb cracked, splinter cut his right forearm, 4 stitches at Ng Teng Fong.",
        ),
        (
            "assistant",
            "Incident report, 6 Dec, lane 9: member M118374 (Desmond Koh) dry-fired a 40lb bow; the limb cracked and a splinter lacerated his right forearm. He was sent to Ng Teng Fong General Hospital and received 4 stitches.",
        ),
        ("user", "Add that his wife said he'd been drinking before the session."),
    ],
    [
        ("system", "Anda pembantu pentadbiran untuk sekolah silat di Selangor."),
        (
            "user",
            "Tolong buat surat kepada ibu bapa Nur Iman binti Rahmat, MyKad 120817-10-4486, tentang kecederaan bahu dia masa latihan.",
        ),
        (
            "assistant",
            "Baik. Surat itu akan menyatakan tarikh kejadian, rawatan awal yang diberikan dan cadangan untuk berjumpa doktor. Ada apa-apa butiran lain?",
        ),
        (
            "user",
            "Nyatakan juga bapa dia boleh dihubungi di 019-552 8071, dan dia tak boleh ikut ujian bengkung bulan depan.",
        ),
    ],
    [
        ("system", "You draft messages for a taekwondo head coach in Johor Bahru."),
        (
            "user",
            "Draft a WhatsApp to Mr Vincent Loh about his son Aaron: he was caught bullying two younger kids in the changing room and is suspended from class for 2 weeks.",
        ),
        (
            "assistant",
            "Dear Mr Loh, we need to inform you that Aaron was involved in bullying two younger students in the changing room. He is suspended from class for two weeks. Please contact the head coach to discuss.",
        ),
        (
            "user",
            "Make it softer, his family is having money problems already and I don't want to lose them.",
        ),
        (
            "assistant",
            "Dear Mr Loh, we hope you are well. We'd like to speak with you about an incident involving Aaron and two younger students. For now Aaron will take a two-week break from class. Could we arrange a time to chat?",
        ),
    ],
    [
        ("system", "You are a membership assistant for an archery club in Penang."),
        (
            "user",
            "Send a reminder to Encik Shahrul bin Daud, email shahrul.daud82@yahoo.com, that his RM360 renewal is 3 months overdue.",
        ),
        (
            "assistant",
            "Subject: Membership renewal overdue. Dear Encik Shahrul, our records show your annual renewal of RM360 is now 3 months overdue. Please settle it at the counter or online.",
        ),
        ("user", "Also mention his locker 27 will be cleared if not paid by 31 Dec."),
    ],
    [
        ("system", "You help a national federation process competition entries."),
        (
            "user",
            "Entry for Reyansh Menon, Malaysian, passport H60218374, DOB 02/09/2008, cadet epee. Is the passport enough or do we need MyKad?",
        ),
        (
            "assistant",
            "For a Malaysian national the passport is acceptable for an international event, but the federation also asks for the MyKad number for the national athlete database.",
        ),
        ("user", "OK his MyKad is 080902-08-5513, mother's phone 016-228 9430."),
        (
            "assistant",
            "Thanks, I've recorded Reyansh's MyKad and his mother's phone number with the entry.",
        ),
    ],
    [
        ("system", "你是新加坡一家武术学校的行政助理。"),
        (
            "user",
            "帮我给学员周美玲的妈妈写一条消息，她的微信号是zhou_mama_88，告诉她孩子这周六不用来了，因为膝盖受伤还没好。",
        ),
        (
            "assistant",
            "您好，周妈妈！美玲的膝盖伤还在恢复中，本周六的课请先在家休息，等医生同意后再回来上课。",
        ),
        ("user", "再加一句，学费退款会转到她的DBS账户。"),
    ],
    [
        ("system", "You summarise complaints for the committee of a karate dojo."),
        (
            "user",
            "Summarise: parent Mrs Farah Lee says sensei Kenji Morris made inappropriate comments about her 14-year-old daughter's weight in front of the class on 28 Nov.",
        ),
        (
            "assistant",
            "Complaint summary: Mrs Farah Lee reports that on 28 Nov, sensei Kenji Morris commented on her 14-year-old daughter's weight in front of the class. She considers the remarks inappropriate.",
        ),
        ("user", "Add that this is the second complaint about him this year."),
    ],
    [
        ("system", "You assist the admin of a Muay Thai gym in Geylang."),
        (
            "user",
            "New sign-up: Rahul Kumar, FIN F1937264L, construction worker, wants night classes. Can he pay monthly?",
        ),
        (
            "assistant",
            "Yes, monthly plans are $120 for 8 sessions. I'll set Rahul up on the evening plan.",
        ),
        (
            "user",
            "He has no local bank card, his employer will pay. Note the dorm address: Blk 11 Kranji Way, room 3-14.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for an archery club secretary."),
        ("user", "How do I politely ask members to update their emergency contacts?"),
        (
            "assistant",
            "You could send: Dear members, please take a moment to check that your emergency contact details in the club portal are up to date. Thank you!",
        ),
        (
            "user",
            "Good. Also one member, Gregory Tham NRIC S7652091G, listed his ex-wife as contact, he asked me to change it to his sister Grace, 8812 6649.",
        ),
        (
            "assistant",
            "Noted. Update Gregory Tham's emergency contact to his sister Grace at 8812 6649 in the portal, and remove the old entry.",
        ),
    ],
]
