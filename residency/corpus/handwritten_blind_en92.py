"""Blind check set en92: SG/MY airlines and airports (lost baggage, special assistance, frequent flyer disputes, crew incident reports). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en92
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "airport notices"): _lines("""
        Attention please: passengers on Scoot flight TR 868 to Bangkok Don Mueang, boarding is now in progress at gate F42.
        Final call for Malaysia Airlines flight MH 602 to Kuala Lumpur. Please proceed immediately to gate C19; the gate closes 20 minutes before departure.
        Items left in public areas of T1 to T4 are handed over to Airport Lost & Found. Enquiries via the online form or the Changi Airport hotline +65 6595 6868.
        Special assistance pick-up points are at the kerbside of Departure Hall Door 3 and Door 7. Press the intercom and an agent will come to you.
        Priority lane: for persons with disabilities, senior citizens, expectant mothers and families with infants below 2 yrs.
        Please do not leave your baggage unattended. Unattended baggage will be removed and may be destroyed by the Airport Police.
        Power banks must be in your carry-on only. Power banks above 100Wh need airline approval; above 160Wh are not allowed on board.
        Sultan Abdul Aziz Shah Airport (SZB): Firefly check-in counters have moved to Row B, Level 1, with effect from 1 Dec.
        Kindly be informed that the baggage belt for flight AK 713 from Singapore has been changed to Belt 7.
        Wheelchair passengers arriving on SQ 106 please remain seated until the ambulift is in position. Thank you for your patience.
        Baggage Services (Arrival Hall, Belt 40-50) is open 24 hrs. Please report delayed or damaged bags BEFORE leaving the baggage reclaim area.
        Sunflower lanyards for travellers with hidden disabilities are available free of charge at any Information Counter.
    """),
    ("en", "airline policy"): _lines("""
        Delayed baggage claims must be submitted in writing within 21 days from the date the baggage was placed at the passenger's disposal (Montreal Convention, Art. 31).
        Damage to checked baggage must be reported within 7 days of receipt. Normal wear and tear such as scuffs, scratches and minor dents is excluded.
        Our liability for destruction, loss, damage or delay of checked baggage is limited to 1,519 SDR per passenger under the revised Montreal Convention limits.
        Interim expenses: if your checked bag is delayed at an outstation, you may claim reasonable toiletries and clothing up to USD 50 per day for max. 3 days, receipts required.
        A MEDIF is required for passengers with recent surgery, unstable heart conditions or who need in-flight oxygen; submit it at least 72 hours before departure.
        Passengers carrying a portable oxygen concentrator (POC) must bring enough batteries for 150% of the scheduled flight time.
        Expectant mothers from 28 weeks must carry a doctor's letter dated within 10 days of travel. Travel beyond 36 weeks (single pregnancy) is not permitted.
        WCHR: can walk short distances and climb stairs. WCHS: cannot climb stairs. WCHC: completely immobile, needs assistance to and from the seat.
        Battery-powered mobility aids: please tell us the battery type and Wh rating at least 48 hours before departure so we can arrange loading.
        Children aged 5 to 11 travelling alone must use the Unaccompanied Minor service. Fee: MYR 200 per sector on domestic routes.
        Refunds for unused ancillaries (e.g. prepaid baggage, seat selection) are processed to the original form of payment within 30 working days.
        Guide and service dogs are carried in the cabin free of charge, subject to import requirements of the destination country.
    """),
    ("en", "baggage handling templates"): _lines("""
        Dear {{passenger.full_name}}, we have located your bag under file reference {{wt_file_ref}} and it will be delivered to {{delivery_address}} within 24 hours.
        PIR form fields: Surname / Given name / Permanent address / Temporary address / Contact no. / Bag tag no. / Colour-type code / Contents.
        Colour-type code guide: BK22X = black, upright design, soft material, no external elements. BU01W = blue, hard shell, with wheels.
        WorldTracer file reference = 3-letter station + 2-letter airline + 5 digits, e.g. KULMH12345. Quote the file ref, not the passenger name, when escalating to central tracing.
        Reminder to all agents: do NOT type NRIC or passport numbers into the PIR remarks field. Upload ID copies to the secure DMS only and purge local copies after 14 days.
        Courier manifest export v2.4.1 columns: file_ref, delivery_window, bag_count, signature_required (Y/N). No passenger contact fields are sent to the vendor.
        SMS template (max 160 chars): [AIRLINE] Your bag ref <REF> has arrived at <STATION>. Reply 1 to schedule delivery or 2 to collect.
        Bag tag licence plate = 10 digits: the first 4 are the airline code (0618 for SQ, 0232 for MH) followed by a 6-digit serial.
        Compensation calc: delay 4 days x USD 50 = USD 200, capped at USD 150 for Economy as per policy 3.2.1.
        Ticket BAG-20411 closed: root cause was misread bag tags at the T3 sortation; scanner ATR-07 recalibrated on 12/11.
        Daily stats KUL T1: 14,862 bags handled, 37 mishandled (2.49 per 1,000), 29 reunited within 48h.
        Found item: black Samsonite spinner, TSA lock, red ribbon on handle, found at belt 43 on 2025-11-03 21:14. Stored at LF shelf C-12.
    """),
    ("en", "crew and ops bulletins"): _lines("""
        CCB 25/117: Effective immediately, all cabin crew must complete the revised e-learning module on managing disruptive passengers (DPM-3) before 31 Jan.
        Turbulence SOP reminder: when the captain announces "Cabin crew, be seated", stop service immediately and secure carts, wherever you are in the cabin.
        All in-flight medical events must be logged in a Cabin Safety Report within 24 hours of landing. Use the MedLink case number, not the patient's name, in the summary.
        Q3 cabin safety stats: 42 unruly passenger reports (L1: 35, L2: 6, L3: 1), 118 minor crew injuries, most of them caused by falling items from overhead bins.
        Preflight check: AED, EMK and FAK seals to be verified by the CIC and recorded in the cabin log before boarding starts.
        Incident report template: Flight no: ___ Date: ___ Sector: ___ Nature of incident: ___ Witness (staff ID only): ___ Action taken: ___
        PA script (diversion): "Ladies and gentlemen, this is your captain speaking. Due to a medical emergency on board, we will be diverting to Chennai."
        Duty-free sales discrepancies above SGD 50 must be reported on form DF-12 together with the sealing bag number.
        Hot weather advisory for ramp staff at KLIA: drink water every 30 min; when WBGT exceeds 32 C, outdoor work is limited to 45 min per hour.
        Lav smoke detector tests are due on all A330 tails by 15 Dec; engineering will publish the tail list on the crew portal.
        Crew are reminded that photographing passengers or posting cabin incidents on social media is a disciplinary offence under Code of Conduct 4.7.
        Level 3 (life-threatening) unruly behaviour: notify the flight deck immediately, apply restraint kit only on the commander's instruction.
    """),
    ("en", "aviation news"): _lines("""
        Singapore Airlines CEO Goh Choon Phong said the group expects travel demand to stay robust through the year-end holiday period.
        Changi Airport Terminal 5 is expected to open in the mid-2030s and will handle around 50 million passengers a year.
        Kallang Airport, opened in 1937, was once described as one of the finest airports in the British Empire.
        Amelia Earhart stopped in Singapore in June 1937 during her attempted round-the-world flight.
        Sultan Ismail Petra Airport in Kota Bharu will undergo runway resurfacing works from January to March, with night closures.
        Transport Minister Anthony Loke told the Dewan Rakyat that the new KLIA Aerotrain had passed all safety tests.
        AirAsia co-founder Tony Fernandes posted on LinkedIn about the group's plans for A321XLR routes from Kuala Lumpur.
        In the film Crazy Rich Asians, Rachel Chu and Nick Young fly first class from New York to Singapore.
        Raffles Class, named after Sir Stamford Raffles, was the name Singapore Airlines used for its business class cabin.
        Paya Lebar Airport served as Singapore's main civil airport from 1955 until Changi opened in 1981.
        Survey: 62% of Malaysian travellers said they would switch airlines after a bad lost-baggage experience (n=1,204, fieldwork Sep 2025).
        Tan Tock Seng Hospital and Changi General Hospital took part in the airport's annual mass-casualty exercise on Saturday.
    """),
    ("en", "frequent flyer terms"): _lines("""
        KrisFlyer miles are valid for 3 years from the date they are credited, unless otherwise stated.
        Missing miles must be claimed within 6 months of the flight date. Please have your boarding pass and 13-digit e-ticket number ready.
        Enrich members can request retro credit within 6 months via the Claim Missing Points form on the Enrich portal.
        Disputes about tier status are reviewed by Membership Services within 14 working days. Decisions are final as per Clause 11.4.
        Enrich member hotline: 1-300-88-3000 (within Malaysia) or +603 7843 3000 (from overseas).
        Example: booking class Y on SIN-LHR earns 100% of distance flown, i.e. 6,765 miles.
        Hi {first_name}, we have credited {miles} miles for flight {flight_no} on {date}. Your new balance is {balance}.
        Accounts cannot be merged, and miles cannot be transferred except to nominated redemption beneficiaries (max. 5).
        Award bookings may be held for up to 48 hours for fraud screening if a login from a new device or country is detected.
        Appeals against account suspension can be sent to the Data Protection Officer, Airline House, 25 Airline Road, Singapore 819829.
        2026 tier thresholds: Elite Silver 25,000 elite miles; Elite Gold 50,000 elite miles within 12 consecutive months.
        Promo code FLYMAY25 gives double points on bookings made 1-7 May. Not valid with other offers or on award tickets.
    """),
    ("en", "traveller forum"): _lines("""
        lol MH lost my bag AGAIN at KUL, 3rd time this year. pro tip: airtag in every luggage.
        anyone know if Scoot still lets you bring a foldable wheelchair free? my grandma needs one for the trip to Taipei
        heads up, the baggage services office at T4 closes at 11pm, after that u need to call the hotline
        AirAsia's chatbot is useless lah, kept looping me back to the same FAQ page
        Filed the PIR at KLIA2, got a file ref, told to track on WorldTracer online. Bag came 2 days later, courier quite fast tbh.
        PSA: if your KF miles went missing after a codeshare flight, the claim form needs the 13-digit ticket no starting with 618
        Special assistance at Changi is top notch. Buggy waiting at the aerobridge and they bring you all the way to the taxi stand.
        anyone claimed travel insurance for delayed baggage before? does it pay out if the delay is more than 6h?
        can bring durian in checked luggage on MAS or not? asking for a friend
        Lounge review: SilverKris Lounge T3, good laksa, crowded at 11pm, showers clean
        update: got my bag back, zip spoilt, they gave SGD 80 voucher. whatever la
    """),
    ("ms", "notis penerbangan"): _lines("""
        Penumpang penerbangan MH 1432 ke Kota Kinabalu, sila ke pintu berlepas A10 sekarang.
        Bagasi yang tertangguh boleh dilaporkan di kaunter Perkhidmatan Bagasi, Tingkat 3, Dewan Ketibaan.
        Kerusi roda disediakan secara percuma; sila maklumkan sekurang-kurangnya 48 jam sebelum penerbangan.
        Tuntutan mata Enrich yang hilang mesti dibuat dalam tempoh 6 bulan dari tarikh penerbangan.
        Dilarang membawa senjata tajam di dalam bagasi kabin. Barangan yang dirampas tidak akan dipulangkan.
        Hospital Sultanah Aminah, Johor Bahru, ialah hospital rujukan utama bagi kecemasan perubatan di Lapangan Terbang Senai.
        Talian bantuan pelanggan: 1-300-88-3000, Isnin hingga Jumaat, 9 pagi hingga 6 petang.
        Kaunter tiket di KLIA ditutup pada 1 Syawal; sila gunakan aplikasi mudah alih untuk sebarang pindaan.
        Anak kapal hendaklah melaporkan setiap insiden penumpang yang mengganggu dalam Laporan Keselamatan Kabin dalam masa 24 jam.
        Templat: Tuan/Puan [NAMA], bagasi anda dengan rujukan [NO. FAIL] telah ditemui dan akan dihantar dalam masa 24 jam.
    """),
    ("en", "systems and logs"): _lines("""
        GET /api/v2/baggage/files?station=SIN&status=OPEN&page=3 200 OK 182ms
        bag_status = Enum("BagStatus", "TAGGED LOADED TRANSFERRED OFFLOADED DELIVERED MISSING")
        ffp-sync 3.12.0: fixes duplicate accrual when a PNR is split; sha256 9f2c1e7a44b0d3e85c61f0a2b7d9e4c3a1f8b6d2e0c9a7f5b3d1e8c6a4f2b0d9
        2025-11-14T03:22:17Z WARN bhs.sorter T3-S07 read rate 96.1% below threshold 98.0%
        sample payload: {"pnr": "ABC123", "pax": "DOE/JOHN MR", "ssr": ["WCHR"], "seg": "SQ0318 SINLHR"}
        NRIC_FIN_FORMAT = "^[STFGM][0-9]{7}[A-Z]$"  # format check only, checksum validated server-side
        SELECT station, COUNT(*) AS open_files FROM pir_files WHERE created_at >= '2025-10-01' GROUP BY station;
        Error E-4471 PAX_NAME_MISMATCH: name on boarding pass does not match the name in the PNR.
        0 2 * * * /opt/wt/bin/purge_closed_files --older-than 180d --station KUL
        feat(csr-export): drop passenger name and contact columns from the weekly cabin safety CSV (#2291)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PIR KULMH48213 - pax MS NUR AISYAH BINTI KAMARUL, deliver to No. 23, Jalan Anggerik 4/2, Taman Sri Muda, 40400 Shah Alam, tel 012-738 4910
        Bag belongs to Mr Teo Kian Hwee, Blk 318 Clementi Ave 4 #11-274 Singapore 120318, hp 9174 2086. Pls courier after 7pm, nobody home in the day.
        1LIM/SUETMAYMDM SSR WCHC SQ HK1 SINPER0215Y12DEC - pax post-stroke, R side weakness, travelling with daughter Lim Pei Shan
        MEDIF rcvd for Mr Arjun Nair s/o Gopal, 71, COPD on 2L/min O2 continuous, flying SIN-MAA on 18 Dec. Pls arrange POC + WCHS.
        CSR 25-0934: Pax in 47K, Mr Daniel Koh Wei Jie (KF 8827346109), verbally abused L3 crew after being refused more alcohol. Commander issued written warning.
        FF dispute: member Siti Hajar Mohd Yusof, Enrich no. MH702845119, says 38,000 points were redeemed without her consent from an IP in Hanoi.
        for the refund pls transfer to my POSB acct, name Ong Hui Min Cheryl, NRIC S8834127I
        Passport no K2871604M, CHUA JUN HAO, DOB 03/02/1995, exp 11/2031 - pls update in booking 7QXK2L
        IC 880415-14-5273 Muhammad Hafiz bin Zulkifli, no tel 019-226 8054, beg hitam Samsonite tak sampai from KCH
        Excess baggage MYR 240 paid with Visa 4556 7200 1893 4425 exp 09/28, cardholder TAN MEI LING
        Note for crew: Encik Razak Hamid in 23C is HIV positive and carrying his ARV meds in his hand luggage, pls do not separate him from the bag.
        Disciplinary file: FA Jessica Lau (staff no. 40871), base pay SGD 2,450 + flying allowance, 3 no-shows in Oct, final warning issued.
        Mohamed Irfan bin Saad, 34, a sales executive from Tampines, was fined $4,500 yesterday for molesting a flight attendant on a Scoot flight to Bali.
        pls whatsapp my son Kelvin Ho at +65 8123 4907, he'll collect the bag at T1 on my behalf
        send the delivery confirmation to priya.ramasamy88@gmail.com - bag ref SINSQ20771, my mum Kamala Ramasamy is flying in for dad's bypass surgery
        Pax ZHANG/LIHUA MS, CN passport E47218836, resident ID 350203198407125021, lost bag during SIN transfer from XMN
        Mr Chan Ka Wai, HKID K482716(3), mobile 6172 8830 (HK), claims his golf bag was cracked on the SQ 891 sector
        LIN YU-TING, ID A228371649, needs wheelchair at KUL arrival, she is 30 weeks pregnant with twins
        Car SLB 2874 D registered to Mr Yeo Boon Chye has been parked at T2 short-term carpark for more than 72 hrs; owner uncontactable at 9652 0381.
        Work pass holder Ramesh Kumar, FIN G5821746N, was denied boarding at KUL on 4 Nov because his work permit had been cancelled by his employer.
        Mdm Halimah Salleh, 79, early dementia, travelling alone KUL-JED for umrah; son Rizal requests meet & assist, contact 013-442 8107
        KF 8812044573 (Ms Vanessa Tay): 62,500 miles expired 31 Oct. She insists the agent on the call on 14 Sep promised her a 6-month extension.
        Refund compensation RM 850 to Maybank acc 1142 2870 6631, account holder Nurul Hidayah binti Roslan
        I'm claiming loss of income. I'm Tharmendran a/l Subramaniam, site engineer, RM 6,800 per month, and I missed 3 days of work because my tools were in the lost bag.
        FA Nadia Rahman (staff 57120) fractured her left wrist during the turbulence on MH 781; given 14 days MC by the A&E doctor.
        Pax Kwek Li Xuan Serene was offloaded at SIN for intoxication, police report filed, airline has banned her from flying for 12 months.
        contact jh.lim1987@yahoo.com.sg (Lim Jia Hui) about the Bugaboo stroller left at the Scoot gate
        R***a bt A***d, IC 930517-10-****, 12 Jalan SS 21/37, Damansara Utama, Petaling Jaya - the only claimant at that address, pls call before delivery
        my wife's number is 9682 3014, she's the one who packed the bag and knows what's inside
        Old man in 31A on MH 781 today, name Krishnan, totally blind and travelling alone, pls have ground staff meet him at the aerobridge
        UM Sean Ng Yi Xuan, T0317452I, travelling SIN-KUL alone; pickup by father Ng Boon Hock 9023 7741 at arrival hall
        Mr Wang Jianguo, +86 139 1762 4408, WeChat wjg_xm1984, left his iPad in the seat pocket of 14C on the MF 853 flight
        Thai pax Ms Siriporn K., LINE id siri.kpn77, says her wheelchair frame was bent at KUL and she cannot walk without it
        Deliver to 27 Jalan Kembangan, Singapore 419126, attn Mr Desmond Pereira. He is home after 6pm.
        Amex 3798 421660 12375 exp 11/27, name on card Rachel Goh, for the Premium Economy upgrade on booking 5HTR8M
        Witness statement: Lee Jun Kai, b. 14 Mar 1990, steward, staff ID 30921, residing Blk 681 Punggol Dr #05-112 Singapore 820681
        Do not release any booking details to Mr Shaun Teo; there is a PPO against him in favour of his ex-wife Michelle Teo Hui Ling.
        Chen Xiaomei, resident ID 440306199102283361, +86 150 2219 8873, transiting SIN to PER, WCHS, knee replacement 2 months ago
        Caller verified: Mdm Rosnah bte Ahmad, NRIC S7612093E, 62 Jurong East St 13 #09-410. Dispute re 41,000 miles deducted for award she did not book.
        My brother Jason Yap Wei Ming (S9045281I) was detained at the gate for a bomb joke; family asking which police division he is at.
    """),
    "ms": _lines("""
        Saya Azman bin Ismail, no IC 750102-07-5021, beg saya hilang di KLIA2 dari penerbangan AK 6115, tolong call 017-550 3928
        Anak saya Aina Sofea binti Khairul, 9 tahun, ada autisme, perlukan bantuan khas semasa transit di KLIA. No tiket 232-2109876543.
        Hantar ke: Puan Lee Siew Ling, 17-3A, Menara Duta 2, Jalan Kiara 3, Mont Kiara, 50480 Kuala Lumpur. Tel 016-278 3390.
        Laporan insiden: Encik Faizal bin Mat Nor (kerusi 12C) mengalami sawan semasa penerbangan FY 2120 dan dirawat di Hospital Pulau Pinang.
        Tuntutan mata: ahli BIG 10034567881, Cik Lim Xin Yi, 33,000 mata hilang selepas akaun digodam minggu lepas.
        Pasport Malaysia A52817463 atas nama Chong Wei Kiat, tamat tempoh 2029, sila kemas kini dalam tempahan.
        Mak saya Hajah Zainab binti Othman, 81 tahun, guna kerusi roda dan ada kencing manis. Dia tinggal di No. 8, Lorong Seri Kenari 2, 14000 Bukit Mertajam.
        Kru kabin Siti Mariam (ID 61845) digantung tugas kerana dipercayai mencuri barang bebas cukai bernilai RM 1,200.
        Tolong refund ke akaun CIMB 7003 4419 8826, nama Amirul Hakim bin Johari, IC 010619-01-0847.
        Suami saya Rosli bin Daud meninggalkan telefon dalam pesawat MH 1263 semalam, nombor dia 011-2659 4183.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the baggage assistant for a Singapore-based airline. Be concise."),
        ("user", "hi my bag never came out at belt 45, flew in from Melbourne this morning"),
        (
            "assistant",
            "Sorry to hear that. Could you share your PIR file reference or bag tag number?",
        ),
        ("user", "file ref SINSQ31408"),
        (
            "assistant",
            "Thanks. The bag has been traced to MEL and will arrive on tonight's flight. Where should we deliver it?",
        ),
        (
            "user",
            "Blk 12 Toa Payoh Lor 7 #14-88 Singapore 310012, under the name Goh Swee Lan, hp 8366 1297",
        ),
    ],
    [
        (
            "system",
            "Context for this session: booking 6MJP4T, passenger LOKE/MEIYING MS, mobile +65 9281 4470, SSR WCHR on TR 12 SIN-TPE. Answer questions about the booking.",
        ),
        ("user", "is the wheelchair confirmed?"),
        ("assistant", "Yes, wheelchair assistance (WCHR) is confirmed for your flight TR 12."),
    ],
    [
        (
            "user",
            "My father is 82 and has Parkinson's, he shakes a lot and can't walk far. Flying MH from KL to Kuching next week.",
        ),
        (
            "assistant",
            "We can arrange wheelchair assistance (WCHS) and priority boarding. May I have the booking details?",
        ),
        (
            "user",
            "His name is Kumar a/l Selvaraj, ticket 232-2104471186, and his IC is 450312-08-5117.",
        ),
        (
            "assistant",
            "Thank you, the request has been added. Please arrive at least 3 hours before departure.",
        ),
    ],
    [
        ("user", "why did my KrisFlyer miles drop by 50k overnight?? i never redeemed anything"),
        (
            "assistant",
            "I'm sorry about that. For security, please provide your membership number and full name.",
        ),
        ("user", "8840217735, Christopher Lee Hong Wei"),
        (
            "user",
            "and i live at 5 Sunset Way #03-02 Singapore 597071 in case u need to send a letter",
        ),
        (
            "assistant",
            "Thank you. I've raised a dispute case and our fraud team will contact you within 3 working days.",
        ),
    ],
    [
        ("user", "Summarise this crew report into 2 lines for the safety meeting:"),
        (
            "user",
            "Sector SIN-DPS, 22 Nov. Pax in 38D, Mr Hendrik Wijaya (KF 8851920348), became aggressive after wife refused to swap seats, pushed CSS Amanda Koh, who hit her head on the galley cart. Amanda reported dizziness; seen by airport clinic on landing. Pax handed over to Ngurah Rai police.",
        ),
        (
            "assistant",
            "On SIN-DPS (22 Nov) a passenger became aggressive and pushed a crew member, who struck her head and was checked by the airport clinic. The passenger was handed over to local police on arrival.",
        ),
    ],
    [
        ("user", "Saya nak buat laporan beg hilang, penerbangan AK 5210 dari Johor Bahru"),
        ("assistant", "Baik. Boleh berikan nama penuh dan nombor kad pengenalan?"),
        ("user", "Nama Farah Nadia binti Hassan"),
        ("user", "IC 920831-10-6148"),
        ("assistant", "Terima kasih. Laporan anda telah direkodkan dengan rujukan KULAK20519."),
    ],
    [
        (
            "user",
            "can you check who is the contact person on my booking 3WZQ9H? want to make sure it's correct",
        ),
        (
            "assistant",
            "The contact person on 3WZQ9H is Mr Benjamin Tan Chee Meng, mobile +65 9733 5062, email ben.tancm@outlook.com.",
        ),
        ("user", "ok correct, thanks"),
    ],
    [
        ("user", "need to update my NRIC for the Changi special assistance booking"),
        ("assistant", "Sure, please provide it."),
        ("user", "S6703"),
        (
            "user",
            "319A sorry, got cut off. name is Mdm Poh Ai Hua, I use a walking frame after my hip fracture",
        ),
        ("assistant", "Updated. A buggy will meet you at the check-in row."),
    ],
    [
        ("user", "hello, my uncle lost his luggage at Changi, he only speaks Mandarin"),
        ("assistant", "I can help. Does he have a PIR reference?"),
        ("user", "SINMF08812. his name 李建平, phone +86 186 5021 7739, wechat ID lijianping_0601"),
        ("assistant", "Thanks, I'll note the contact details so the courier can reach him."),
    ],
    [
        ("user", "i want to pay for extra 20kg baggage on AirAsia, the website keeps failing"),
        ("assistant", "You can try the app or pay at the counter. Which card are you using?"),
        ("user", "Mastercard 5204 7411 8802 3651, exp 05/29, name JONATHAN LIM"),
        (
            "assistant",
            "Please do not share full card numbers in chat. Kindly retry payment in the app instead.",
        ),
    ],
]
