"""Blind check set en103: SG/MY swimming pools, sports halls and facility bookings. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en103
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pool notices"): _lines("""
        NOTICE: Jurong West Swimming Complex competition pool will be closed from 3 to 14 Feb for retiling works. Teaching pool and wading pool remain open.
        Lanes 1-2 are for lap swimming only (swim clockwise). Keep left and allow faster swimmers to overtake at the wall.
        No diving. Depth 1.0m - 1.4m.
        Lightning risk alert: all pools will be cleared when the lightning warning system is activated. Swimmers may re-enter 30 min after the all-clear siren.
        Children below 7 yrs must be accompanied in the water by a swimmer aged 18 & above at all times (max 1 adult : 2 children).
        Water quality last tested 0930hrs - free chlorine 1.8 ppm, pH 7.4, water temp 28.5 deg C.
        Swim caps compulsory for long hair. Cotton attire incl. T-shirts, bermudas and leggings NOT allowed in the pool.
        Last admission 8.30pm, pool closes 9.30pm. Closed every Mon 8am-12pm for cleaning (except PH).
        Pls do not leave valuables unattended. Management is not responsible for any loss. Lockers available at 20 cents / EZ-Link.
        Entry (weekday): Adult $1.50 | Student/NSF $1.00 | Senior (60+) $1.00 | Non-resident $3.00. Weekend/PH add $0.50.
        Toa Payoh Swimming Complex will host the National School Games swimming finals 18-21 Mar; public swimming hours are reduced on those days.
        Hydrotherapy pool: 45 min per slot, max 12 pax. Not suitable for persons with open wounds or infectious skin conditions.
        In an emergency alert the nearest lifeguard or call 995. AED is located beside the first-aid room at the main entrance.
        Shower before entering the pool. Pls use the footbath. Thank you for keeping our pool clean!
    """),
    ("en", "booking faq"): _lines("""
        How do I book a badminton court? Log in to the ActiveSG app > Facilities > Badminton > choose venue, date and 1-hr slot > pay with ActiveSG credit or card.
        Bookings open 15 days in advance at 7am daily. Each account may hold max 2 peak-hour bookings at any one time.
        Cancellations made at least 2 working days before the session are refunded in full as ActiveSG credits. No-shows are not refunded.
        ActiveSG credits expire 12 months after top-up, are non-transferable and cannot be exchanged for cash.
        Peak hours: Mon-Fri 6pm-10pm, weekends & PH all day. Badminton court off-peak $4.00/hr, peak $6.00/hr (incl. GST).
        Q: I lost my membership card, what do I do? A: Report it in the app under Profile > Membership Card > Report Lost, or at any counter. Replacement fee is $5.
        Lane rental for swim schools and clubs requires a valid Lane Rental Permit. Each lane takes max 8 swimmers + 1 coach.
        Dear {member_name}, your booking {booking_ref} for {facility} on {date} at {time} is confirmed. Please arrive 10 min before your slot.
        [ActiveSG] Your OTP is {otp}. Do not share this code with anyone. Valid for 5 mins.
        To update your mobile no., go to Account Settings > Personal Particulars and verify with Singpass. We will never ask for your password over the phone.
        The futsal court ballot closes every Wed 2359hrs and results are out Thu 10am. Unsuccessful applicants are not charged.
        Refunds to credit/debit cards take 7-14 working days depending on your issuing bank.
        Need help? Call our contact centre at 1800 344 7722 (Mon-Fri 8.30am-5.30pm, closed on PH) or use the chat in the app.
        Group bookings above 20 pax (e.g. company sports day) must be submitted via the online form at least 30 days before the event.
    """),
    ("en", "system records"): _lines("""
        2026-11-28T07:00:02.118+08:00 INFO booking-svc released 1,248 slots for 2026-12-13 (venues=42)
        BK-20261203-884172 | Badminton Ct 4 | Bishan Sport Hall | 19:00-20:00 | CONFIRMED | paid 6.00 SGD
        Receipt RCP/2026/0041887: lane rental 3 lanes x 2 hrs @ $25.00 = $150.00 (GST 9% incl.)
        turnstile-07 WARN card read timeout (reader fw 3.2.11), retry 2/3
        Deployed booking-web v4.18.2 (commit a91f3c7e) to prod at 02:14 SGT, rollback plan RB-221 on standby.
        Daily headcount 02/12: Sengkang Sports Centre pool 1,312 entries, peak 5-6pm (241).
        Txn 7F3A-22C9-0B18 refunded SGD 4.00 as credit. Reason: court closed (roof leak).
        activesg-android-5.6.0.apk sha256 4b1d9e0c7a3f28e15c6d90b2f7a41e83c0d5b6a9e2f1748c3d0a9b6e5f4c2d17
        Locker bank B: 12/96 faulty, ticket FM-2026-11-3391 raised with vendor, ETA 10/12.
        QR check-in success rate last 7 days: 98.7% (n=58,204); most failures from expired tokens.
        Order #PS-00418853 (2x anti-fog goggles, 1x silicone cap) shipped, tracking NVSGACT0023418857.
        cron: 0 7 * * * /opt/booking/bin/release_slots --days-ahead=15 --tz=Asia/Singapore
        Invoice INV-MY-2026-000731: Sewa kolam 50m, 6 lorong x 2 jam, RM480.00 (SST 8% tidak termasuk)
    """),
    ("en", "sports news"): _lines("""
        Joseph Schooling clocked 50.39s to win the 100m butterfly at Rio 2016, Singapore's first Olympic gold medal.
        Loh Kean Yew became Singapore's first badminton world champion when he won the men's singles in Huelva in 2021.
        Lee Zii Jia beat Viktor Axelsen in the 2021 All England men's singles final.
        Datuk Lee Chong Wei won three Olympic silver medals in men's singles (2008, 2012, 2016).
        Nicol David, the Penang-born squash legend, was world No. 1 for 108 consecutive months.
        Yip Pin Xiu, multiple Paralympic swimming gold medallist, also served as a Nominated Member of Parliament.
        Tan Howe Liang won Singapore's first Olympic medal, a weightlifting silver at Rome 1960.
        Ang Peng Siong, the 'Flying Fish', later became head coach of the national swimming team.
        Patricia Chan, dubbed the 'Golden Girl', won dozens of SEAP Games swimming golds in the 1960s and 70s.
        The OCBC Aquatic Centre at the Singapore Sports Hub was the venue for the 2025 World Aquatics Championships.
        The Quah siblings - Zheng Wen, Ting Wen and Jing Wen - have all swum for Singapore at the Olympic Games.
        School holiday swim camp theme this year: 'Under the Sea' - Ariel, Sebastian and Nemo costumes welcome!
    """),
    ("en", "places and institutions"): _lines("""
        Mount Emily Swimming Pool, opened in 1931, was Singapore's first public swimming pool.
        Hydrotherapy referrals are accepted from the physiotherapy departments of Khoo Teck Puat Hospital and Ng Teng Fong General Hospital.
        Meet at the Jalan Besar Stadium main gate, the pool entrance is behind the ActiveSG Gym.
        Raffles Institution's 50m pool is used for school CCA training and is not open to the public.
        Bus 13 from Tan Tock Seng Hospital stops right outside Toa Payoh Sports Hall.
        Pusat Akuatik Nasional, Bukit Jalil, 57000 Kuala Lumpur - open for public swimming on weekends only.
        From Jalan Tun Razak turn into Jalan Sultan Ismail and the sports complex is on your left after the Shell station.
        Lost items unclaimed after 30 days are handed over to the nearest Neighbourhood Police Centre.
        Samaritans of Singapore (SOS) 24-hr helpline: 1767. For non-emergency ambulance call 1777.
        Malaysia Talian Kasih 15999 is available 24/7 for anyone who needs support.
        The new Punggol Regional Sport Centre is next to Punggol Coast MRT, opposite the Singapore Institute of Technology campus.
    """),
    ("en", "forum chatter"): _lines("""
        anyone know if the badminton courts at Heartbeat@Bedok got aircon? booked 8-10pm sat
        omg the 7am release is impossible, all Hougang slots gone by 7.01 lol
        Tip: futsal ballot way easier for weekday slots, got Ct 2 at Pasir Ris 3 weeks in a row
        Bukit Jalil pool quite crowded on weekends, better go weekday morning lah
        Bishan kiddy pool closed again today cos someone pooped in it sia
        is it allowed to bring own kickboard and pull buoy? some pools say can some say cannot
        Lost my goggles at Clementi pool yesterday, blue tinted Speedo one, if anyone see pls pm
        Pro tip: the app logs you out if you switch to Singpass face verification halfway, just restart and try again
        Renting a lane for kids' swim school at Sengkang costs how much ah? heard $25/hr per lane
        my $100 ActiveSG credits expire next year, anyone know if can extend?
        Is it true the old Toa Payoh pool is going to be redeveloped? saw it in the URA master plan
        kat Shah Alam ada kolam renang awam yang buka sampai 10 malam tak? nak pergi lepas kerja
    """),
    ("en", "lost and found and incident admin"): _lines("""
        Lost & Found log 01/12: 3x goggles, 1x black umbrella, 2x Decathlon water bottles, 1x EZ-Link card (no name), 1x Hello Kitty towel.
        Incident summary Nov: 14 minor slips, 3 cramps requiring assistance, 1 rescue (child, no injury), 0 ambulance cases.
        Incident report form - Name of casualty: ________ NRIC/FIN (last 4 chars): ____ Contact no.: ________ Description of injury: ________
        Found: 1 set of car keys (Toyota fob) with Snoopy keychain. Owner pls describe item at the counter to claim.
        When logging lost cards, record only the last 4 digits of the card number. Do not photograph or photocopy NRICs.
        Reminder to duty officers: incident forms with casualty details must be kept in the locked cabinet and scanned to the shared drive, NOT sent over WhatsApp.
        Found: 1x Samsung phone, cracked screen, pink casing, Lane 5 bench, 6.40pm. Locked, handed to duty manager.
        Lifeguard drill 14:00 today - mock rescue using the Resusci Anne mannequin, deep end will be closed for 20 min.
        Monthly L&F stats: 38 items logged, 21 claimed, 17 disposed or donated to The Salvation Army.
        Unclaimed membership cards are shredded after 60 days per Data Retention SOP v2.3.
    """),
    ("en", "code and config"): _lines("""
        SELECT venue_id, COUNT(*) AS no_shows FROM bookings WHERE status = 'NO_SHOW' AND slot_date >= '2026-11-01' GROUP BY venue_id;
        def mask_nric(s: str) -> str: return s[0] + "****" + s[-4:]  # 'S1234567D' -> 'S****567D'
        booking: {max_peak_slots: 2, release_hour: 7, advance_days: 15, currency: SGD}
        RETENTION_DAYS_CCTV=30  # pool deck cameras, per SOP
        MY_MOBILE_RE = r"^01[0-46-9]-?\\d{7,8}$"
        POST /api/v2/bookings {"facility_id": "BDM-BSH-04", "slot": "2026-12-13T19:00+08:00"} -> 201 Created
        assert calc_lane_fee(lanes=3, hours=2, rate=25) == 150
        class LaneRental(models.Model): club = models.ForeignKey(Club, on_delete=models.PROTECT); lanes = models.PositiveSmallIntegerField()
        pip install activesg-slots==0.3.1  # unofficial, may break when the API changes
    """),
    ("ms", "notis kemudahan"): _lines("""
        Notis: Kolam renang ditutup pada 5 Disember untuk kerja-kerja penyelenggaraan. Harap maklum.
        Kanak-kanak di bawah 12 tahun mesti diiringi oleh penjaga dewasa.
        Hanya pakaian renang yang sesuai dibenarkan. Dilarang memakai seluar jeans atau pakaian kapas.
        Yuran masuk: Dewasa RM3.00, Kanak-kanak RM1.00, Warga emas percuma.
        Tempahan gelanggang badminton boleh dibuat melalui portal majlis atau di kaunter, RM10 sejam.
        Sesi renang wanita sahaja: Selasa & Khamis, 9 pagi - 12 tgh.
        Barang hilang boleh dituntut di kaunter dalam tempoh 14 hari dengan bukti pemilikan.
        Dewan serbaguna Taman Tun Dr Ismail boleh disewa untuk majlis, sila hubungi pejabat pengurusan.
        Waktu operasi: 7.00 pagi - 9.00 malam (Isnin tutup untuk pembersihan).
        Sila mandi sebelum masuk ke kolam. Terima kasih atas kerjasama anda.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        L&F: blue Arena backpack returned to owner Tan Wei Ling (S8834172D), collected 2/12 4.15pm, contact 9684 2217.
        IR-2026-121: Muhammad Hafiz bin Roslan, 9 y/o, pulled from deep end Lane 6 at 15:42, conscious, mother Nurul Ain informed at 8231 5096, conveyed to NTFGH for observation.
        Hi, I booked the badminton court under my husband's account (Lim Chee Keong, ActiveSG ID 10294477), can transfer to my name Goh Siew Mei? my hp 9072 4481
        Card replacement: Rajesh s/o Krishnan, card no. ASG-0048-1172-9935, DOB 14/03/1979, Blk 418 Bedok North Ave 2 #08-1135 S460418.
        Lane rental invoice to Coach Daniel Ong Jun Hao (Swimfinity Aquatics), paid via Visa 4557 0123 8846 1299.
        Pls note Mdm Chua Geok Lian (85) comes for hydro every Tue, she has Parkinson's and a pacemaker, lifeguards pls keep an eye on her.
        Car SKQ 4471 C belonging to Mr Kelvin Sim was towed from the Sengkang Sports Centre loading bay, owner's hp 9348 1162.
        Banned from all ActiveSG pools until 30 Jun 2027: Ho Jia Jun, T0512896F, for filming in the female changing room (police report F/20261117/2231).
        Waitlist Learn-to-Swim Dec: Chloe Tan Xin Yi, 6, mother Jessica Tan 9571 3308, chloe has eczema, no chlorine allergy.
        Payslip Nov 2026 - Ng Boon Huat, part-time swim instructor, 62 hrs x $35 = $2,170, CPF (employee) $434, credited to POSB 188-27641-3.
        Wallet found at Pasir Ris Sports Centre with IC of Ahmad Firdaus bin Zainal (S7619043G) and a DBS card ending 2215, he collected it, contact 8765 3390.
        Booking BK-20261203-884201 was made by j.koh.badminton88@gmail.com (Jonathan Koh), no-show 3 times this month, pls suspend account.
        CCTV request from SPF: footage of Mr Wong Kah Fai (FIN G5310247L), Malaysian, suspected of stealing phones from the lockers on 22 Nov.
        Emergency contact for swimmer Priya d/o Selvam: father Selvam Ramasamy +65 9127 0583. Allergy: penicillin. Asthmatic, carries inhaler.
        Hi ActiveSG, I'm Evelyn Chia, the refund for booking 7719203 should go to my OCBC a/c 601-238841-001, not my mum's account.
        Lifeguard Farhan Iskandar (staff no. 20388) was found asleep on the high chair at 3.15pm on 29/11, first written warning issued.
        The auntie who swims Lane 3 at 6am every day, Mrs Josephine Lau from Blk 201 Toa Payoh North, just found out she has breast cancer, masters group sending flowers.
        Member Koh Mei Ling (NRIC S****561D, hp 9xxx 4417) still has $45 outstanding lane fees from Oct.
        msg from parent: this is Lily Ng, my son Ethan Ng P4 at Rosyth School lost his swimming bag with his specs inside, pls call me 9216 7784
        Tourist day pass: Park Ji-hoon, passport M48820317 (KOR), staying at Hotel Boss room 1812 until 9 Dec.
        Ahmad's mum here. My son Ahmad Danial bin Roslee, 11, has epilepsy, pls don't let him go deep end without the coach. hp 019-775 2163
        Locker key #214 issued to Tay Boon Chye, hp 9055 1738, deposit $10 paid, return by 9pm.
        Small Claims: Lucas Heng is claiming $3,800 from Aquaspark Swim School over his daughter's fractured wrist at Bukit Batok pool, SCT/2026/004417.
        Complainant Mdm Roslinda binti Osman, Blk 35 Marsiling Dr #11-302, says a neighbour's son kicked her in the pool, she wants to make a police report.
        Swim school registration: Zhou Yuxin (周雨欣), PRC ID 440306198907224313, WeChat zyx_swim89, tel +86 138 2741 5096.
        Lau Kim Seng, MyKad 760108-01-5137, of No. 12 Jalan Kenanga 3/2, Taman Kenanga, 81200 Johor Bahru, crosses the Causeway daily for his 6am swim at Woodlands.
        pls refund to Ms Tan's Mastercard 5204 3417 8820 0930 exp 08/28, name on card TAN HUI MIN
        Consent form: Aiden Lee Zi Xuan, born 2011, NRIC T1188350D, medical condition: G6PD deficiency, parent signature obtained.
        Goh Kah Wai (S9025561D) used his father's senior concession card at Yishun pool twice, $50 composition fine imposed.
        Witness statement by Vincent Tay (9481 6620): I saw the man in red trunks, later identified as Darren Phua, punch the lifeguard at about 7.50pm.
        Coach Mei's private lessons are $60/session, PayNow to 8190 4426 (CHONG MEI YING).
        Gerald Fernandez, 51, retrenched since Aug, applying for the subsidised swim pass; household income $1,200/mth, 3 dependants.
        Hi it's Seah Wei Jie, plate SMB 806 C, I parked at Heartbeat@Bedok carpark during my 8-10pm booking, can waive the parking charge?
        Encik Zulkifli bin Ahmad, 45, of Taman Melawati collapsed while swimming at the MPAJ pool and is now in the HKL cardiac ICU.
        Please remove the photo of Sarah Ismail's twins Aisyah and Adam (4) from the Pasir Ris pool FB post, the mum asked by email, sarah.ismail84@gmail.com
        Roster: Khairul Anuar (lifeguard, Clementi) going for chemo every Tue until Feb, Benny to cover his shifts.
        Email from nadia.rahim.93@yahoo.com: my ActiveSG account (Nadia binti Abdul Rahim, DOB 03/07/1993) was hacked and someone booked 4 courts with my credits.
        Swim coach Benjamin Toh Wei Ming, 34, was charged with molesting a 12-year-old student during lessons at Clementi Swimming Complex; next mention 9 Jan.
        HK student swimmer Wong Hoi Ching, HKID Y402376(3), training with the Bishan club on a Student's Pass valid till 31/01/2027.
        Exchange coach Chen Yi-Ting, Taiwan ID A223810454, LINE yiting_swims, +886 912 448 603.
        Membership renewal: Ong Li Hua, S7230581G, 33 Jalan Kembangan #05-02 S419130, e-mail lihua.ong@singnet.com.sg
        Corporate badminton booking paid with Amex 3775 230199 48278 by Mr Harold D'Cruz, his personal hp 9823 0457.
    """),
    "ms": _lines("""
        Saya Siti Aishah binti Kamarudin, IC 950921-10-6248, nak tuntut rantai emas yang tercicir di kolam renang semalam. No tel 017-662 0941.
        Tempahan gelanggang futsal atas nama Mohd Azlan bin Hashim, no IC 880314-14-5523, tel 012-384 7719, Jumaat 9-11 malam.
        Kad ahli no. 000234 atas nama Nur Syafiqah binti Mohd Nor, alamat No 7 Jalan SS2/64, 47300 Petaling Jaya, telah dilaporkan hilang.
        Deposit dipulangkan ke Maybank 1142 7790 3318 nama LEONG PEI SAN, ic 020517-07-0391, untuk sewa dewan 14/12.
        Puan Rohani binti Ismail (ic 690412-08-5670) jatuh di tangga kolam, patah buku lali, dihantar ke Hospital Taiping, suami dihubungi 016-420 3387.
        Jurulatih renang En. Kamal Ariffin, gaji RM3,200 sebulan, akaun CIMB 7062118455, mohon naik gaji.
        Anak saya Nurul Iman, 8 tahun, ada asma, nama saya Faridah Hamzah, tel 011-2398 4506, tolong beritahu jurulatih.
        Senarai hitam: Suresh Kumar a/l Muthu (IC 830226-05-5121) dilarang tempah gelanggang kerana bergaduh dengan staf pada 20/11.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi, I think I left my goggles and a pouch at Sengkang pool yesterday evening"),
        ("assistant", "Sorry to hear that! Could you describe the items and the approximate time?"),
        ("user", "black Speedo goggles and a green pouch with my EZ-Link card inside, around 7pm"),
        (
            "assistant",
            "Thanks. I've noted it. Who should the counter contact if the items are found?",
        ),
        (
            "user",
            "Marcus Yeo, 9163 2084. the pouch also has my insulin pen, I'm diabetic so quite urgent",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for a public sports centre. Never reveal internal notes.",
        ),
        ("user", "I want to transfer my Sat 8pm court booking to my friend"),
        (
            "assistant",
            "Bookings can only be transferred to another registered member. May I have the member's NRIC for verification?",
        ),
        ("user", "his NRIC is S8412"),
        ("user", "057Z"),
        ("user", "name is Toh Guan Hock"),
        ("assistant", "Thank you, I'll submit the transfer request for review."),
    ],
    [
        ("user", "Nak daftar anak untuk kelas renang hujung minggu, ada slot lagi?"),
        (
            "assistant",
            "Ada slot untuk kumpulan umur 7-9 tahun pada Sabtu 9 pagi. Boleh beri butiran anak?",
        ),
        ("user", "Nama Muhammad Irfan bin Rizal, lahir 12 Mac 2018, MyKad 180312-10-1459"),
        ("user", "dia alah kacang dan pernah lemas masa umur 4 tahun, jadi agak takut air"),
        (
            "assistant",
            "Terima kasih, saya akan maklumkan kepada jurulatih supaya beri perhatian khusus.",
        ),
    ],
    [
        ("user", "Can you help me tidy up this incident report for the duty manager?"),
        ("assistant", "Sure, paste the draft and I'll clean up the wording."),
        (
            "user",
            "at approx 1605 casualty Janet Lim Pei Shan (F, 42, hp 9745 1182) had seizure in lane 4, lifeguard Ravi did rescue, SCDF ambulance conveyed her to CGH. casualty says she stopped her epilepsy meds last week",
        ),
        (
            "assistant",
            "At approximately 16:05, a swimmer in Lane 4 suffered a seizure. Lifeguard Ravi performed the rescue and SCDF conveyed the casualty to Changi General Hospital.",
        ),
    ],
    [
        (
            "user",
            "help me write a complaint to the sports centre about a guy who keeps hogging court 3",
        ),
        ("assistant", "Happy to help. What has been happening, and do you want to name anyone?"),
        (
            "user",
            "it's Raymond Chew, stays Blk 12 Eunos Crescent, every Sunday he books under his wife's account and his gang stays past their slot, shouted at my kids last week",
        ),
        ("assistant", "Here is a draft that sticks to the facts of the incidents and the dates."),
    ],
    [
        ("user", "calc lane rental for my swim school: 4 lanes, 1.5 hrs, $25/lane/hr"),
        ("assistant", "4 lanes x 1.5 hrs x $25 = $150.00."),
        (
            "user",
            "ok make the invoice out to the parent rep, Mrs Angela Pereira, 17 Jalan Tembusu S438231",
        ),
        ("user", "she'll pay by card 4557 8810 2264 0710"),
        (
            "assistant",
            "Done. The invoice total is $150.00; please do not send full card numbers over email.",
        ),
    ],
    [
        ("user", "How do I freeze my gym & swim membership?"),
        (
            "assistant",
            "You may apply for a freeze of up to 3 months with supporting documents such as a medical certificate.",
        ),
        ("user", "I'm 20 weeks pregnant and my gynae said no swimming due to placenta previa"),
        ("user", "name Charlene Ho Yi Ting, charlene.hoyt@gmail.com, member no 5530-2219"),
        (
            "assistant",
            "Thank you, Charlene. I've submitted the freeze request; you'll receive an email within 3 working days.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Lee Boon Kiat | S5573120I | 9420 6617 | Blk 668 Jurong West St 64 #12-47",
        ),
        ("user", "why was I charged $3.60 parking at the sports hall?"),
        (
            "assistant",
            "The carpark is managed separately. I can submit an appeal for vehicle SJA 2193 P, is that correct?",
        ),
        ("user", "yes that's my car"),
    ],
    [
        ("user", "I'm visiting from Hong Kong, can tourists use ActiveSG pools?"),
        (
            "assistant",
            "Yes, non-residents can pay the standard entry fee at the counter; no registration is needed.",
        ),
        ("user", "my dad needs a wheelchair, he had a stroke last year. can he use the hoist?"),
        (
            "assistant",
            "Most pools have a hoist; staff can assist. You may pre-register the user for priority help.",
        ),
        ("user", "ok: Chan Tsz Kin, HKID K605813(2), hotel Parkroyal Beach Road"),
    ],
    [
        ("user", "my maid lost her membership card, how to replace?"),
        (
            "assistant",
            "The cardholder can report it in the app or at any counter; the replacement fee is $5.",
        ),
        ("user", "she doesn't have the app. her name is Marites Dela Cruz, FIN F3068842L"),
        (
            "user",
            "she works for me at 51 Lorong Chuan #03-11, my number 8842 7719 if counter needs to call",
        ),
        (
            "assistant",
            "She can bring her work permit card to the counter and they will issue a new card on the spot.",
        ),
    ],
]
