# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en148: SG/MY cinemas and film festivals (bookings, ratings, lost items, membership, incidents, volunteers). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en148
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_confirmation"): _lines("""
        Booking confirmed! Ref: GVX-4T8R2K | Hall 5 | Dune: Part Two | Sat 14 Nov 2026, 9:40pm | Seats F11, F12 | Total S$31.00 (incl. S$1.50 booking fee)
        Your e-ticket is attached. Please show the QR code at the entrance. Booking ID: 8837120445 / Transaction no. TXN-20261114-00917 / Payment: Visa ending XXXX
        Reminder: Doors open 15 minutes before showtime. Hall 3 is on Level 4, take the lift beside the popcorn counter.
        Seat map legend: A–C recliner (S$22), D–K standard (S$13.50), L wheelchair bays L1, L2 with companion seats L3, L4.
        Combo upgrade: Regular popcorn + 2 drinks add S$9.90; Nachos set S$11.50. Prices effective 01/02/2026.
        Order #GSC-2026-0417-118834 cancelled. Refund of RM36.00 will be credited to your original payment method within 7–14 working days.
        Booking reference format: 3 letters + 6 digits (e.g. TGV123456). Do not share your booking QR code on social media.
        Group booking enquiry template: Name of school: ____ / No. of students: ____ / Teacher-in-charge: ____ / Preferred date: ____ / Contact no.: ____
        SGIFF 2026 Festival Pass: 10 tickets for S$120, redeemable for any Standard Screening subject to availability. Pass code must be redeemed by 7 Dec.
        Sold out: Opening Film, 27 Nov, 7.30pm, Capitol Theatre. Rush line opens 1 hour before; 20 tickets released to walk-ins, cashless payment only.
        Your booking 44-9081-7723 has been changed to the 8:15pm show. No extra charge was applied.
        Student price applies Mon–Fri before 6pm with valid student card; polytechnic, ITE and university cards accepted.
        Senior citizen tickets (55 and above) at S$5 for weekday shows before 6pm. Proof of age may be requested at the door.
        MIFFest Kuala Lumpur: screening at GSC Pavilion KL Hall 8, 4:30pm, runtime 128 min, Q&A with the director after the film.
        Error 402: Payment declined by issuer. Your seats are held for 5 more minutes. Please try another card.
        Booking summary — Tickets: 2 x Adult @ RM18.00, 1 x Child @ RM12.00, E-combo x1 @ RM15.90 / Subtotal RM63.90 / Entertainment tax included
    """),
    ("en", "age_rating_notice"): _lines("""
        This film is rated NC16 (Some Coarse Language). No admission for persons below 16. Patrons may be asked to show photo ID.
        R21 films are only shown at licensed venues. Admission is restricted to persons aged 21 and above; school EZ-link cards are not accepted as proof of age.
        IMDA classification: M18 – Sexual Scenes and Nudity. Parents are reminded that M18 tickets cannot be purchased for minors.
        PG13 – Some Violence. Parental guidance strongly advised for children below 13.
        Age check SOP: 1) Check ID for any patron who looks under 25 at NC16/M18/R21 shows. 2) Accepted: NRIC, student pass, driving licence, passport. 3) Do not record ID numbers.
        Rated 18 by the Film Censorship Board of Malaysia (LPF). Only patrons aged 18 and above will be admitted; tickets are non-refundable if entry is refused.
        Q: My 15-year-old wants to watch an NC16 movie with me. Can he come in if I'm there? A: No. NC16 is a strict age restriction; parental accompaniment does not apply.
        Festival note: films screened under the festival exemption may carry a provisional rating; check the programme page for the final classification.
        Consumer advice on poster: 'Violence and Coarse Language'. Rating stickers must be displayed at the box office and hall entrance.
        Trailers shown before a PG film must themselves be rated PG or G. Projection team to check the playlist before each session.
        Dear parents, the school excursion film 'The Little Prince' is rated G and suitable for all ages.
        How do I appeal a film rating in Singapore? Distributors may appeal to the Films Appeal Committee within the stipulated period.
        Refused entry log template: Date | Show | Rating | Reason (no ID / underage) | Staff initials — do not write patron names or ID numbers.
        Why does the same film get P13 in Malaysia but NC16 in Singapore? The two censorship boards apply different guidelines and cuts.
    """),
    ("en", "lost_and_found"): _lines("""
        Found: black Uniqlo umbrella, Hall 2 row H, 10 Jan 9pm show. Kept at concierge, item tag LF-0110-07.
        Lost & Found policy: items kept for 30 days; valuables (phones, wallets, IC) handed to the nearest Neighbourhood Police Post after 3 days.
        Item LF-2026-0388: kid's water bottle (Frozen design), found under seat C7, Hall 6. Status: unclaimed.
        To claim a lost item, please bring a photo ID and describe the item, the movie, hall and seat number.
        Found in Hall 4 after the 11.50pm show: 1 x AirPods Pro case (no earbuds), 1 x blue cardigan, 1 x adult EZ-link card (no name).
        Wallet found with IC — DO NOT post photos of the IC in the group. Seal in envelope and pass to the Duty Manager.
        Weekly unclaimed list sent to donation partner: 14 umbrellas, 6 jackets, 3 caps, 2 power banks.
        Lost something at the festival? Email lostandfound@festival-office.example with the date, venue and item description.
        Phone found at Hall 1 is locked; screen shows 'Mum calling'. Keeping at counter till someone calls it.
        Found: car key with Proton fob and Hello Kitty keychain, carpark B2 lift lobby, handed to security 8.40pm.
        Unclaimed items will be disposed of after 30 days. The cinema is not responsible for personal belongings left in the hall.
        Handover checklist: item tag no., description, location found, time, finder (staff ID), storage shelf.
        Power bank (Xiaomi 10000mAh, white) found at Row J — if no one claims by Sunday, send to HQ.
        Item LF-1203-15 (pink Hydro Flask) returned to owner 03/12 after ID check; record closed.
    """),
    ("en", "membership_terms"): _lines("""
        Members earn 1 point per S$1 spent on tickets and F&B; points expire 12 months after they are earned.
        Free birthday ticket is credited to your account at the start of your birthday month and valid for 30 days.
        To update your mobile number, log in to the app > Profile > Edit. Staff cannot change account details over the counter.
        Membership tier: Classic (0–999 pts), Gold (1,000–2,999 pts), Platinum (3,000+ pts). Tier reviewed every 1 Jan.
        We will never ask for your OTP or password. Report suspicious SMS to the ScamShield Helpline at 1799.
        Student membership requires a valid institution email ending in .edu.sg or .edu.my; verification within 3 working days.
        Asian Film Archive Friends membership S$40/year: priority booking, 10% off Oldham Theatre screenings, monthly newsletter.
        Member promo code MOVIE2026 gives 1-for-1 tickets on Tuesdays, excluding blockbusters and premium halls.
        PDPA notice: we collect your name, contact details and date of birth to manage your membership. You may withdraw consent by writing to our Data Protection Officer.
        Account merge requests take 5–7 working days. Points from the secondary account will be transferred once verified.
        The member number on the back of your card starts with 6012; key in all 16 digits without spaces when logging in.
        Why is my member price not showing? Make sure you are logged in before selecting seats; member price applies to max 2 tickets per show.
        Family Bundle membership covers 2 adults and up to 3 children under 12 living at the same address.
        Membership fee is non-refundable and non-transferable.
    """),
    ("en", "incident_report"): _lines("""
        Incident #IR-2026-0412: Fire alarm activated in Hall 7 at 21:13 due to smoke machine at fan event. Hall evacuated, SCDF not required, resumed 21:40.
        Projector lamp failure Hall 3, 7.10pm show, 25 min delay. All 86 patrons offered complimentary passes.
        Near-miss: spilled drink on stairs between row E and F, Hall 9. Wet floor sign placed, cleaned 16:05. No injury.
        Monthly summary: 3 recording-device detections, 2 medical cases (both referred), 1 aircon fault, 0 security escalations.
        Patron reported using phone camera during film; usher issued verbal warning per policy; patron complied; no further action.
        Incident report form: Date/Time ___ Location ___ Description ___ Persons involved (name, contact) ___ Action taken ___ Reported by ___
        Power trip at 15:42 affecting Halls 1–4; generator not triggered. TNB notified, supply restored 16:20.
        Bed bug complaint in Hall 5 seats G8–G10; pest control (vendor ref PC-77821) scheduled Mon 6am before first show.
        Child separated from family in lobby for approx. 5 minutes, reunited at concierge. No further action needed.
        Rat sighting near Hall 2 exit reported by usher, logged for NEA follow-up. Area sealed until checked.
        Print of 'Bujang Lapok' (1957) jammed during the P. Ramlee retrospective; reel 3 replaced, 12 min downtime.
        Escalation matrix: Duty Manager > Operations Manager > Head of Security. Police 999, SCDF 995.
    """),
    ("en", "volunteer_roster"): _lines("""
        SGIFF Volunteer Roster Week 2 — Shift A 10:00–15:00: Ticket scanning x4, Usher x3, Info counter x2 / Shift B 15:00–23:00: same.
        Volunteers please report to the Volunteer Lounge, Level 2, National Museum, 30 min before shift. Wear your festival tee and lanyard.
        Roster template: Name | Role | Shift | Venue | Contact — fill in via the shared form only, not this chat.
        Meal allowance: S$10 per shift above 5 hours, claim with receipt by 15 Dec.
        Venue codes: Capitol Theatre (VL-01), Oldham Theatre (VL-02), The Projector (VL-03), Shaw Lido (VL-04).
        Briefing for ushers: count walk-ins, close doors 10 min after start, latecomers escorted with dim torch.
        Swap requests must be made 48h before the shift via the volunteer portal; no direct swaps on WhatsApp.
        Total volunteers: 142 registered, 118 trained, 96 rostered for opening weekend.
        Q&A runner role: pass the mic, time questions (max 20 min), escort the filmmaker back to the green room.
        Freedom Film Festival 2026 volunteer call: translators (BM/Tamil/Mandarin), ushers and photographers needed for Penang and KL.
        Certificates of appreciation will be emailed to volunteers who completed at least 3 shifts.
    """),
    ("ms", "notis_pawagam"): _lines("""
        Klasifikasi LPF: P13 — kanak-kanak bawah 13 tahun mesti ditemani ibu bapa atau penjaga.
        Barang hilang: cermin mata hitam ditemui di Dewan 3 selepas tayangan jam 4.30 petang. Sila tuntut di kaunter tiket.
        Tiket yang telah dibeli tidak boleh dipulangkan atau ditukar kecuali tayangan dibatalkan oleh pihak pawagam.
        Dilarang membawa makanan dan minuman dari luar ke dalam dewan tayangan.
        Sila matikan telefon bimbit anda. Merakam filem di dalam pawagam adalah satu kesalahan di bawah Akta Hakcipta 1987.
        Tayangan 18: penonton di bawah 18 tahun tidak dibenarkan masuk. Sila bawa MyKad atau pasport untuk semakan.
        Sukarelawan festival: taklimat wajib pada hari Sabtu, 9 pagi, di Auditorium P. Ramlee, FINAS.
        Ahli boleh menebus tiket percuma menggunakan 500 mata ganjaran melalui aplikasi.
        Nombor tempahan anda ialah TGV-ML-558102. Sila tunjukkan kod QR di pintu masuk.
        Laporan insiden: lampu kecemasan Dewan 6 tidak berfungsi semasa ujian bulanan; juruteknik telah dipanggil.
    """),
    ("zh-Hans", "cinema_notice"): _lines("""
        影院公告：本周六（12月13日）第5号厅设备检修，上午场次暂停，已购票观众可全额退款。
        失物招领：在3号厅F排拾获黑色雨伞一把，请失主凭描述到服务台认领。
        本片为NC16级，未满16岁观众谢绝入场，请携带身份证件以备查验。
        会员积分规则：每消费1新元累积1分，积分有效期为12个月。
        新加坡华语电影节志愿者简报会：周日下午2点，地点为艺术之家，请提前15分钟签到。
        订单号：CN20261121-004417，已成功取消，退款将在7至14个工作日内退回原支付方式。
        事故记录：4号厅空调故障，放映延迟20分钟，现场观众获赠观影券一张。
        导演邱金海将在放映后出席映后交流环节，欢迎观众提问。
    """),
    ("mixed", "group_chat"): _lines("""
        Eh guys the 9.40pm show at Hall 5 cancelled already, projector rosak. Counter staff say can refund or change to tmr.
        Anyone knows if GV Vivo got the Dolby hall or not? Wanna book for Sat lah
        Wah the queue for rush tickets damn long sia, already until the escalator.
        Reminder for ushers: tonight R21 screening, check IC at door ok, no IC no entry, don't play play.
        Tolong check lost & found got any blue water bottle from Hall 2 or not, tag LF-0221 something.
        Volunteer group: shift B pls bring own jacket, the hall aircon super cold one 冷到死.
        Bos, popcorn machine at counter 2 spoil again, already call vendor, ticket no. SR-558201.
        明天 the opening film got Q&A with Royston Tan, volunteers pls standby mic by 9.15.
        Guys GSC app down since 6pm, tell customers can walk in buy at counter, cash or card ok.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking under TAN WEI MING, HP 9734 2218, 4 tix for Sat 8pm Hall 3 row G, paid by Visa 4556 2047 2409 0590 — customer asked to split bill at counter.
        Lost & Found claim LF-2026-0412: grey Samsung phone, Hall 6 seat D9. Claimed by Nurul Aina binti Zulkifli, NRIC S9361045H, contact 8126 5590. Verified via lockscreen photo.
        Refused entry (NC16) — Hall 2, 7.15pm. Boy with student card from Bedok Green Sec, name Ryan Lim Jun Hao, born 2011; mother came to counter later and asked for refund, S$27 refunded to card.
        Incident IR-0917: patron Mdm Lee Siew Lan (approx. 70s) slipped on stairs Hall 4 row K, complained of left knee pain, ambulance called 21:05, son Jonathan Chua (9651 0427) informed.
        Volunteer roster SGIFF — Capitol Theatre, 28 Nov Shift B: Aisyah Rahman (usher, 8893 1174), Karthik s/o Muthusamy (scanner, 9188 6302), Chloe Fernandez (info desk, 8204 7715).
        Hi, I'm writing to complain about the staff at your Jurong Point outlet. My name is Priyaa Devi d/o Ramasamy and on 3 Nov my elderly father was shouted at for bringing his own water. Pls reply to priyaa.devi@hotmail.com.
        Member account update: MS JASMINE TAN HUI MIN | DOB 12/05/1988 | NRIC S8834127I | new mobile 9310 6648 | email jasminetan.88@gmail.com | Tier: Gold
        Customer called re double charge: card 5200 4142 1922 6693, 2 x RM18 charged twice on 14/11, booking TGV771204. Name on card: Mohd Hafiz bin Razali. Escalated to finance.
        Festival pass holders needing access: Mr Goh Teck Seng — wheelchair user, needs aisle seat + companion; Ms Farah Nabila Ismail — hearing impaired, captioned sessions only.
        CCTV review request from SPF: IO asked for footage of Hall 8, 2 Dec 22:00–23:30, re suspect Lim Chee Keong, NRIC S7942218E, alleged theft of a handbag from a patron.
        Carpark complaint: car SKH 4821 Z blocked the loading bay for 3 hrs during the 7pm screening; owner came out at 10.40pm, patron named Daniel Koh, apologised and moved it.
        Lost IC found in Hall 1: GURPREET KAUR D/O HARBHAJAN SINGH, T0318872D. Keep in safe and call the number on her member account.
        School excursion booking — Teacher-in-charge: Mr Muhammad Irfan bin Salleh, HP 9123 4780, 2 classes Sec 2, 78 students, film rated PG. Invoice to school.
        Patron feedback: 'Aircon too cold, my daughter got fever after the show' — from Siti Hajar Mohamed, siti.hajar.87@gmail.com, booking 44-9081-7788.
        Refund approved for Wong Kah Mun (MyKad 950923-10-6284), show cancelled due to flood at IOI Mall Puchong, RM54 to Maybank acct 1621 4488 0937.
        Usher Nathaniel D'Cruz — 2nd late clock-in this month (Sat 19:22, Sun 19:35). Verbal warning given by DM. Next one = written warning.
        Vol sign-up: Name: Arjun a/l Selvam / Age: 20 / School: Sunway University / IC: 060817-10-0832 / T-shirt: M / Availability: weekends only
        Note to self: call back Mrs Kavitha Nair at 8765 2093 about her son's lost spectacles (Hall 7, Sun 3pm show).
        Complaint log #C-3321 | Customer: CHEN MEI LING | Tel: 9847 3306 | Issue: seat J14 broken; she is 5 months pregnant and could not sit through the film | Resolution: 2 passes + refund
        Card payment dispute: Visa 4319 4088 1513 6638 exp 09/28, cardholder Benjamin Ho, disputes S$96 charge for Shaw Lido IMAX booking on 21 Oct.
        Birthday treat redeemed: member Lakshmi Priya Suresh, birthday 18 Dec, free ticket used at Shaw Waterway Point on 16 Dec with her 2 kids.
        Dear Ong Hui Ling, thank you for volunteering at SGIFF 2026. Your NRIC (S8507764C) has been submitted for the venue access pass; please confirm your shirt size by Friday.
        Medical incident: Ms Nur Syafiqah binti Ahmad, ~20s, fainted in Hall 3 during the 4pm show, known asthmatic per her friend, given water, left with friend 16:50, declined ambulance.
        Banned patron list (internal): 1) Tay Boon Huat — recorded films on phone, caught 3x in 2025–26. 2) Ravi a/l Krishnan — abusive to staff at Tampines 1 outlet, Jun 2026.
        Passport found in Hall 9 after midnight show: PRC passport E48821637, holder ZHANG YUQI, tourist. Called her hotel on Orchard Road, she will collect tomorrow 11am.
        Member flagged for reselling: LIM ZHI WEI, mobile 9022 4417, bought 40 opening gala tickets within 2 min, reselling at 3x via Telegram @zwlim_tix. Account suspended.
        Shift swap approved: Tan Jia Xuan (Sat AM, Oldham Theatre) ↔ Muhammad Danial Roslan (Sun PM, Capitol). Both confirmed by SMS.
        Lost wallet report — owner Mr Francis Pereira, 62, lives at Blk 412 Bedok North Ave 2 #08-115, S(460412); brown leather wallet with POSB card and CPF letter, last seen Hall 5 seat B3.
        Staff statement (ID 0442): at 22:15 patron Jeremy Seah (Hall 6, seat H7) was drunk and shouted at the couple in front; police called, patron escorted out by SPF officers.
        Walk-in refund for Chinese tourist LIU JIAYI, ID no. 440304199308172154, paid via Alipay, show cancelled; refunded in full, signed receipt kept in file.
        Member export row: 10088214, HARVINDER SINGH S/O GURDEV SINGH, hsingh.1976@gmail.com, +65 8472 9915, Platinum, 3,412 pts, last visit 02/12/2026
        Please note my son Ethan Tay (Primary 5, Rosyth School) has a severe peanut allergy — can the kids' film workshop on Sat make sure there are no nuts in the snack pack? Thanks, Grace Tay
    """),
    "ms": _lines("""
        Semakan umur tayangan 18: remaja bernama Amirul Hakim bin Rosli, MyKad 090311-14-5217, ditolak masuk di GSC Mid Valley. Ibunya telefon kaunter dari 016-229 8071.
        Tuntutan barang hilang: beg sandang hitam, Dewan 4. Pemilik: Puan Rosnah binti Yusof, no. tel 012-738 4416, alamat No. 27, Jalan SS 2/64, 47300 Petaling Jaya.
        Jadual sukarelawan Freedom Film Fest (Pulau Pinang): Sabtu 10 pg–3 ptg — Lim Wei Ling (019-552 3310), Thivya a/p Ganesan (011-2608 4195).
        Aduan pelanggan: Encik Azlan bin Hamid mengadu kerusi D5 patah dan anaknya cedera di lutut, minta pampasan RM200. No. KP 760304-01-5563.
        Permohonan keahlian: Nama: NUR IZZATI BINTI KAMARUDDIN / No. KP: 990706-12-5548 / Tel: 013-406 7712 / E-mel: izzati.kmr99@gmail.com
        Laporan insiden: penonton bernama Raju a/l Subramaniam, tempat duduk F10 Dewan 2, didapati merakam filem dengan telefon dan diserahkan kepada pengawal keselamatan jam 10.20 malam.
        Bayaran balik RM42.00 kepada Cik Chong Mei Yee ke akaun CIMB 7006338291 untuk tayangan yang dibatalkan pada 9 Dis.
    """),
    "zh-Hans": _lines("""
        失物认领记录：黑色钱包一个，3号厅C排。失主：陈嘉怡，电话 8390 1126，已核对身份证 S9126503F 后交还。
        会员资料修改：姓名 黄志强，手机号 +86 138 1627 4450，身份证号 310115198804020365，申请将积分转入新账户。
        华语电影节志愿者名单（周六 艺术之家）：林佳慧 8735 6612，负责检票；郑伟杰 9266 0183，负责引座。
        投诉：我是李淑芬，昨晚在Bugis看电影时邻座观众一直用手机，工作人员态度很差。请回复 lsf_1975@163.com。
        事故报告：观众吴国栋先生（约60岁）在5号厅散场时胸口不适，已由救护车送往陈笃生医院，其妻子陪同。
    """),
    "mixed": _lines("""
        guys the aunty who lost her handphone at Hall 3 just called, her name Mdm Koh Ah Lian, HP 9561 2874, pls check under seat E12 again thx
        eh sharifah pls cover my shift sat at Oldham, i got exam. my no. changed to 8902 3157 btw — izzah
        bro the kid kena refused at NC16 door just now, his IC T1225907C, he 14 only lah, mother scolding us at counter now
        Boss, this customer Mr Vincent Lau keep calling say we charge his card twice, he gave full no. 5498 3411 9385 5034, I put in ticket liao
        welcome new joiner Deepa d/o Rajendran 👋 she'll be at Shaw Lido info counter every Fri, contact her at 9475 0382
        tmr tiket untuk family Encik Faizal bin Osman dah confirm, 5 orang, seat H1–H5, dia call from 017-884 2236, nanti collect at counter ya
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer support assistant for StarScreen Cinemas Singapore."),
        ("user", "hi, I booked 2 tickets for tonight but the app charged me 3 times"),
        (
            "assistant",
            "Sorry about that! Could you share your booking reference and the name on the booking so I can check?",
        ),
        (
            "user",
            "Booking ref SSC-884120, name Lim Pei Shan, mobile 9022 7781. Pls refund the extra 2 charges.",
        ),
    ],
    [
        ("user", "I left my son's school bag at Hall 6 yesterday, the 5pm Frozen show"),
        (
            "assistant",
            "I'm sorry to hear that. Could you describe the bag and leave a contact number for the Lost & Found team?",
        ),
        (
            "user",
            "Blue Smiggle bag, name tag says Aiden Ng, P3 Henry Park Primary. My number is 8412 9063.",
        ),
    ],
    [
        (
            "user",
            "My daughter turns 16 next month, can she watch an NC16 movie with me this Saturday?",
        ),
        (
            "assistant",
            "Unfortunately NC16 is a strict age restriction, so she needs to be 16 on the day of the screening, even with a parent.",
        ),
        (
            "user",
            "ok fine. then can you at least check her member points? account is under Rachel Goh, IC T1054733J",
        ),
    ],
    [
        ("user", "Saya nak daftar jadi sukarelawan MIFFest tahun ni"),
        (
            "assistant",
            "Terima kasih! Sila berikan nama penuh, no. kad pengenalan dan no. telefon anda.",
        ),
        (
            "user",
            "Nama saya Muhammad Haziq bin Abdullah, IC 011130-07-0457, tel 011-2345 8816. Boleh kerja hujung minggu je.",
        ),
    ],
    [
        ("user", "I have two member accounts, can you merge them?"),
        (
            "assistant",
            "Sure. Please provide the full name and the e-mail addresses registered on both accounts.",
        ),
        (
            "user",
            "Kelvin Ong Jia Hui, first one kelvin_ong1992@gmail.com and the old one kelvin.ojh@yahoo.com.sg",
        ),
    ],
    [
        (
            "user",
            "I'm the lady who fell in Hall 2 on Sunday night. I need a copy of the incident report for my insurance claim.",
        ),
        (
            "assistant",
            "I hope you are recovering. May I have your full name and the date and time of the incident?",
        ),
        (
            "user",
            "Shanti Arumugam, 7 Dec around 9.30pm. I fractured my right wrist and the claim is with my insurer, policy ref GE-77120394.",
        ),
    ],
    [
        (
            "user",
            "tayangan saya kat TGV Sunway Pyramid kena cancel sebab banjir, macam mana nak refund?",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Refund akan dibuat ke kaedah bayaran asal. Boleh kongsi nombor tempahan?",
        ),
        (
            "user",
            "TGV-SP-662019. Tapi kad tu dah expired, boleh masuk akaun bank? Nama Hidayah binti Mansor, Public Bank 3187312290",
        ),
    ],
    [
        (
            "user",
            "help me write a complaint to the cinema, I was charged S$14 for a 3D glasses deposit and never got it back",
        ),
        (
            "assistant",
            "Of course. What name and contact details should I put at the end of the letter?",
        ),
        (
            "user",
            "Derrick Chan Wai Keong, derrickcwk@gmail.com, 9836 1470. It was at the Bishan outlet on 30 Nov, 7.45pm show.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Customer Service, on 30 Nov I attended the 7.45pm show at your Bishan outlet and paid a S$14 deposit for 3D glasses, which was not refunded... Regards, Derrick Chan Wai Keong",
        ),
    ],
    [
        ("user", "你好，我在电影节当志愿者，想把周六的班改到周日。"),
        ("assistant", "好的，请提供您的姓名和志愿者编号，以及联系电话。"),
        ("user", "我叫许慧敏，编号V-2207，电话 9173 5520。"),
    ],
    [
        ("user", "I'm on a Student's Pass, can I use it for the R21 ID check at the festival?"),
        (
            "assistant",
            "Yes, a valid Student's Pass with your photo and date of birth is accepted as proof of age.",
        ),
        (
            "user",
            "great. my name is Nguyen Thi Lan, 22, NTU student, FIN G5508129N. can you note it on my booking so they won't stop me?",
        ),
    ],
    [
        ("user", "Please transfer my festival pass to my friend, I can't make it anymore"),
        (
            "assistant",
            "Sure. I need the current pass holder's name and the recipient's name and e-mail.",
        ),
        (
            "user",
            "Pass holder Tay Li Ting. Recipient Ahmad Syukri bin Yahya, syukri.ahmad@outlook.com",
        ),
    ],
]
