# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en113: SG/MY scuba diving and water sports (dive logs, medical declarations, C-cards, boat manifests, incident reports). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en113
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dive site guide"): _lines("""
        Pulau Hantu is a 20-min boat ride from West Coast Pier; vis is usually 2-5 m so bring a good torch and stay close to the reef slope.
        Barracuda Point, Sipadan: strong currents on the outgoing tide, reef hooks recommended, max depth 40 m.
        Sipadan permits are capped at a daily quota set by Sabah Parks and are allocated per operator, not per resort.
        North-east monsoon: most dive centres on the east coast of Peninsular Malaysia close from November to February.
        Tun Sakaran Marine Park covers Bohey Dulang, Mantabuan and Sibuan, and is named after the former Sabah governor Tun Sakaran Dandai.
        Tunku Abdul Rahman Park off Kota Kinabalu is good for try-dives: Sapi and Manukan have sandy shore entries and depths under 12 m.
        Sisters' Islands Marine Park has two dive trails; guided public dives must be booked in advance and only run on selected weekends.
        Layang-Layang: hammerhead season is roughly Mar-May, there is one resort on the atoll and everyone flies in on the same charter.
        Pulau Aur is 3-4 hrs by boat from Mersing, most trips are 2D1N and you sleep on the boat itself.
        Raffles Lighthouse on Pulau Satumu marks the southern tip of Singapore; recreational diving near the fairway is not allowed.
        Perhentian Kecil - Temple of the Sea pinnacle, 18-24 m, occasional bumphead parrotfish and blacktip reef sharks at the top.
        Mabul muck diving: frogfish, flamboyant cuttlefish, and mandarinfish mating at dusk under the jetty.
        Redang Marine Park conservation fee is collected at the jetty counter, card payment not always available so bring cash.
    """),
    ("en", "training material"): _lines("""
        Boyle's law: at 10 m the absolute pressure is 2 bar, so the gas in your BCD takes up half the volume it did at the surface.
        Open Water divers are certified to 18 m; Advanced Open Water extends this to 30 m once you complete the Deep Adventure Dive.
        Never hold your breath on ascent. Ascend no faster than 9-10 m/min and do a 3-minute safety stop at 5 m.
        EAN32 MOD at PO2 1.4 is 33.8 m; at 1.6 it is 40 m. Always analyse your own cylinder and write the O2% on the tag yourself.
        Example: Diver A spends 42 min at 18 m and surfaces in pressure group P; after a 60-min surface interval Diver A is in group D.
        Skill 14 - Alternate air source ascent: student signals out of air, buddy donates the octopus, both ascend together holding on.
        In Jules Verne's novel, Captain Nemo leads Professor Aronnax on a walk across the sea floor off Crespo Island.
        DCS type I: joint pain, skin marbling (cutis marmorata), fatigue. Type II: numbness, weakness, visual disturbance, breathing difficulty.
        Emergency O2: give 100% oxygen via non-rebreather mask at 15 L/min and arrange evacuation to the nearest chamber.
        Rule of thirds for overhead environments: one third of your gas in, one third out, one third in reserve.
        Equalise early and often (Valsalva, Frenzel, Toynbee). If it hurts, stop, ascend a little and try again.
        A YES answer on the diver medical questionnaire means a physician must sign the form before any in-water training.
    """),
    ("en", "booking and operator notices"): _lines("""
        Weekend Tioman trip 14-16 Mar: S$598 incl. coach from Golden Mile Complex, 5 boat dives, 2 nights resort. Nitrox +S$12/tank.
        Payment ref INV-2025-004418 received, thank you! Please bring your C-card & logbook on the day.
        Shop hotline +65 6291 7730 (Mon-Sat 10am-7pm). For trip enquiries you can also WhatsApp our shop line +65 8123 4400.
        Boat departs Semporna jetty 07:30 sharp. Late = no refund. Collect your wetsuits at the counter by 07:00.
        Rental rates: full set RM120/day, dive computer RM30/day, torch RM20/day. Deposit required for computers.
        Visit our retail counter at 1 Maritime Square #02-45, HarbourFront Centre, next to the ferry terminal.
        Gift voucher code DIVE25-XMAS-8841 valid till 31/12/2025, not exchangeable for cash.
        Your mask order has shipped! Tracking no. SPXSG0317728419 via Shopee Express, ETA 2-3 working days.
        Cancellation policy: 100% refund >14 days before departure, 50% for 7-14 days, no refund within 7 days.
        General enquiries: bookings@bluefin-divers.example.sg - we reply within 1 working day.
        The Hans Hass Dive Academy in Johor Bahru now runs the Instructor Development Course in Bahasa Malaysia.
        Price list (SGD): Open Water $680 | AOW $520 | Rescue $560 | EFR $220 | Nitrox specialty $250. Prices incl. GST.
    """),
    ("en", "form templates"): _lines("""
        PARTICIPANT NAME: ______________________   NRIC/FIN/PASSPORT NO: ______________
        Have you ever had asthma, or wheezing with breathing, or wheezing with exercise?  [ ] YES  [ ] NO
        If you answered YES to any question in Box A, please go to page 2 and answer the questions in Box A.
        Emergency contact name: {emergency_name} / Relationship: {relationship} / Mobile: {emergency_phone}
        I, ________________ (participant), understand and agree that scuba diving has inherent risks which may result in serious injury or death.
        Manifest columns: No | Full Name | ID/Passport No. | Nationality | Cert Level | Last Dive Date | Signature
        Date of birth (DD/MM/YYYY): __ / __ / ____    Age: ___    Sex: M / F
        Physician's signature and clinic stamp: ______________   MCR No.: ________
        Medical forms are kept by the centre for 2 years and then shredded. Do NOT email scans to instructors' personal addresses.
        Dear {{ diver.first_name }}, your booking {{ booking.ref }} for {{ trip.name }} on {{ trip.date }} is confirmed.
        Sample (for illustration only): Name: JOHN DOE   Passport: X0000000   Cert: OW   Last dive: DD/MM/YYYY
        Are you over 45 years of age AND do you currently smoke a pipe, cigars or cigarettes?  [ ] YES  [ ] NO
    """),
    ("en", "news and history"): _lines("""
        Jacques-Yves Cousteau filmed at Sipadan in 1989 and famously called the island "an untouched piece of art".
        Pandelela Rinong won Malaysia's first Olympic diving medal, a bronze in the women's 10 m platform at London 2012.
        Joseph Schooling's 100 m butterfly win at Rio 2016 gave Singapore its first ever Olympic gold medal.
        The International Court of Justice ruled in 2002 that sovereignty over Sipadan and Ligitan belongs to Malaysia.
        Hans and Lotte Hass were among the first to film coral reefs with underwater cameras in the 1940s and 1950s.
        Singapore's first marine park, at the Sisters' Islands, was announced in 2014 and covers about 40 hectares.
        State officials said the reef-restoration project at Pulau Mantanani will run until 2027 with a RM2.4 million grant.
        Organisers said this year's dive expo at Suntec drew about 12,000 visitors over three days, up 18% from last year.
        In Finding Nemo, Marlin crosses the ocean to find his son Nemo with the help of Dory, a forgetful blue tang.
    """),
    ("en", "safety bulletins"): _lines("""
        Case study (anonymised): a diver in his 40s with ~30 logged dives ran low on gas at 24 m, made a rapid ascent and reported shoulder pain two hours later.
        DAN Asia-Pacific 24/7 diving emergency hotline: +61-8-8212 9242. Save it in your phone before every trip.
        2024 summary: 3,412 dives logged, 2 minor incidents (1 ear barotrauma, 1 jellyfish sting), 0 DCS cases.
        Emergencies at sea: Singapore Police Coast Guard - dial 999. In Malaysian waters call 999 and ask for the maritime agency.
        Box jellyfish have been reported off Langkawi. Carry vinegar on the boat and do NOT rub the sting.
        US Navy Treatment Table 6 runs 4 h 45 min with a maximum depth of 18 msw (60 fsw).
        Incident form guide: describe what happened, not who was at fault. Names go in Section C only, which is never shared outside the centre.
        No flying for 18 h after repetitive or multi-day diving; minimum 12 h after a single no-decompression dive.
        Near-miss NM-2025-017: engine failure 2 nm off Pulau Tioman, all 14 divers recovered by the second boat, no injuries.
        Of 46 DCS cases reported to regional chambers last year, 61% followed dives deeper than 30 m and 22% involved flying within 24 h.
        Lightning policy: if thunder follows the flash within 10 s, all divers out of the water and the boat returns to the jetty.
    """),
    ("en", "device logs and systems"): _lines("""
        Dive #214 | 2025-03-14 09:42 | Max 28.4 m | Avg 14.1 m | 46 min | 29 °C | EAN32 | 200 -> 60 bar
        Peregrine firmware v96 (2024-11-20): fixes GF99 display bug in 3-gas mode, improves compass calibration.
        sha256:4f9a2c1e7b3d8e0a6c5f91d2b47e803a1c6d9f5e2b8a7c40d13e6f95a2b7c8d1  divelog-export-2.3.1.tar.gz
        <dive id="d-0a91f3"><datetime>2024-08-02T10:15:00+08:00</datetime><greatestdepth>22.6</greatestdepth></dive>
        ERROR 2025-06-01T07:12:44Z sync failed: device SN 4A21-88F0-3C17 not paired (code BLE_TIMEOUT), retry 3/3
        dive_no,date,time_in,max_depth_m,bottom_time_min,gas,o2_pct,site,buddy_id
        Cylinder LX-77219 (AL80): hydro test 03/2025, next due 03/2030, visual inspection VIP-2025-0611 passed.
        POST /v2/bookings {"trip_id": "TIO-250614", "pax": 4, "nitrox": true} -> 201 Created, booking_ref "BK7Q2M9"
        Site waypoint: 4.1149 N, 118.6288 E (Barracuda Point), mooring buoy #3.
        Compressor log: filter cartridge changed at 1,240 hrs, next change 1,290 hrs. CO 0.4 ppm, moisture OK.
        divelogs-sync 4.12.0-rc3 (build 20250911.1742, commit 9c1e7ab)
        Imported 37 dives from EON Core, 2 duplicates skipped, 0 errors.
    """),
    ("ms", "notis dan sembang"): _lines("""
        Semua peserta wajib bawa sijil selam (C-card) dan buku log. Tiada sijil = tiada selaman.
        Bot bertolak dari jeti Mersing pukul 8 pagi, sila sampai 30 minit awal untuk check-in.
        Pakej Redang 3H2M: RM1,150 seorang, termasuk 6 selaman, makan & penginapan. Nitrox caj tambahan.
        Esok ada amaran laut bergelora kategori kedua dari MetMalaysia, so trip kita tunda ke minggu depan.
        Sesiapa nak sewa wetsuit 3mm boleh PM page kedai, stok size M & L masih ada.
        Yuran pemuliharaan taman laut dikutip di kaunter jeti, sila sediakan duit tunai.
        Guys vis kat Perhentian minggu ni power gila, 20m+. Jom dive weekend ni!
        Jangan sentuh karang, jangan bagi makan ikan. Boleh kena denda bawah Akta Perikanan 1985.
        Kursus Open Water dalam BM: 4 hari, teori + kolam + 4 selaman laut. Hubungi talian kedai 07-223 5810.
        Untuk borang perubatan, jangan hantar gambar IC dalam group WhatsApp. Guna portal tempahan sahaja ya.
    """),
    ("en", "forum chatter"): _lines("""
        Anyone know if Tioman vis ok this weekend? Last trip was like 5m, super murky
        lobang for cheap nitrox fills in SG? my usual place raised to $15/fill liao
        Just got my AOW!! Night dive was scary at first but saw a Spanish dancer, worth it 🙏
        Descent Mk3 vs Teric - which one for a new diver? budget ~S$1.5k
        PSA: ferry from Tanjung Gemok changed schedule, check the operator's FB page before you book
        Is it me or is Finding Dory more about Hank the octopus than Dory lol
        Mask squeeze tip: exhale through your nose on descent. Learned it the hard way, red eyes for a week
        rating Sipadan resorts from my 3 trips: food 8/10, boats 9/10, permit luck 5/10 haha
        any1 dove Layang2 in Apr? thinking of going but flight+package ~RM6k eh
        does the usual dive insurance cover dives below 40m? asking for tech course
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Log 15/04/2025 Pulau Hantu, buddy Marcus Chia (PADI #2104SG0937) had a free-flow at 12 m, I donated octo and we did a controlled ascent.
        MEDICAL DECLARATION - Name: Lim Shu Fen | NRIC: S8512364E | DOB: 22/03/1985 | Q3 (asthma): YES - uses Ventolin inhaler before exercise.
        PADI Advanced Open Water Diver | TEO WEI JIE KELVIN | Diver No. 2207K11583 | Birth Date 09 Nov 1990 | Cert Date 12 Jul 2022
        03 | NURUL AIN BINTI ZAKARIA | 920815-10-6284 | MALAYSIAN | AOW | Emerg: husband Hafiz 013-772 4819
        Incident report 2025-IR-009: Mr Rajesh s/o Kumaran (S8834127I), 37, surfaced at Tokong Laut with nosebleed and vertigo after a rapid ascent; O2 given, evacuated to Kuala Terengganu.
        Pick-up at Blk 412 Bedok North Ave 2 #08-117, S(460412) - ask for Mdm Ho, she's the mum of our junior diver Ethan Ho (11).
        Card for the Sipadan deposit: 4556 7321 8840 1226, exp 08/27, name on card CHEONG MEI LING, CVV I'll tell you by phone.
        Instructor note: Jason Ong disclosed a PFO found on echo in 2023, closed Jan 2024, cleared by his cardiologist for recreational depths only.
        Hi, this is Priya Ramasamy, I booked the Tioman trip. My email is priya.ramasamy88@gmail.com, pls send the invoice there.
        Re DM internship: Aiman Hakimi bin Roslan (IC 010203-07-0457) gets RM1,200/month allowance plus free fills, starting 1 Feb.
        Liveaboard manifest MV Dewi Laut: CHEN XIAOYU, PRC passport E84120937, resident ID 110108199509035613, mobile +86 139 1027 4486.
        Claim form: insured HO KA YAN, HKID K385172(9), recompression treatment after Sipadan trip, amount claimed HK$82,400.
        Taiwanese guest Lin Yi-Chun, ID F228419372, LINE id yichun_dive0417, arriving Tawau 22 Jun on the 14:05 flight.
        The grey Freed SKJ4821M is my dad's car (Mr Goh Boon Huat), he'll pick me and my tank up at West Coast Pier at 5pm.
        Hey bro Farhan here, send me the Perhentian pics at 9127 4406 ya, thanks!
        Our student Siti Khadijah told me she's 14 weeks pregnant, so we refunded her OW course and moved her to the snorkel group.
        Boat skipper Jumadi bin Sulaiman, 38, of Kampung Bangau-Bangau, pleaded guilty at the Tawau Sessions Court to negligence over the death of a snorkeller; sentencing on 3 Dec.
        Medical form received from Tan Chee Meng (NRIC S****846Z), DOB 04/1993 - Q7 diabetes YES, on insulin, needs physician sign-off.
        Emergency contact for Yvonne Koh: mother, Mrs Koh Bee Lian, +65 9734 2268, 27 Jalan Kembangan, Singapore 419130.
        My buddy Darren Lee got bent after the 3rd dive at Aur - shoulder pain and numb fingers - now doing TT6 at the chamber, pls pray for him 🙏
        EFR attendance 12/10: Wong Kah Mun Jessica, FIN G3318960K, F, 29 - passed adult CPR & AED assessment.
        Rescue Diver final exam: Kenneth Seah scored 62/100 - FAIL, remedial session booked 19 Oct, pls don't share with the rest of the class.
        Instructor contract - Karen Teo: basic S$4,800/month, 8% commission per course, 1-month notice, start 2 Jan 2026.
        Found on the Mabul boat: a Garmin dive computer engraved "If found call Wei Hao 8245 1193" on the back.
        Booking for the Lee family: Lee Hock Chye, Tan Mei Xin and kids Caleb (9) & Chloe (7), No. 27, Jalan SS 2/64, 47300 Petaling Jaya.
        Junior OW: Ryan Tay, NRIC T0816527G, 17, parental consent signed by father Tay Kok Wah (9470 2285).
        Sabah Parks permit list 12/05 - 7. MOHD FIRDAUS B. ISMAIL | 870312-12-5523 | MY | OW | Scuba Junkie boat 2
        Refund S$350 to POSB savings 188-52731-6, account holder Goh Pei Shan, for the cancelled Redang trip.
        Note for DM: Mr Alvin Chua (S7248015E), 53, is on warfarin - keep him shallow, max 18 m, no deep dive.
        Zhou Lingling, resident ID 320502199202281046, cert SSI OWD, allergic to penicillin - please note on the liveaboard medical sheet.
        Amanda Lau from Sat's OW class just texted: ENT says perforated left eardrum, no diving for 6 weeks.
        11 | GOVINDASAMY ARUN | S7719304I | SG | Rescue | 9652 0314 | last dive 02/2025
        Someone uploaded Ng Sze Ki's Malaysian passport (A51938274, exp 2029) to the shared trip folder, pls delete asap.
        Telegram @ryan_bubbles_sg is Ryan Phua from my OW class, he lives at Blk 265C Punggol Way #12-44.
        The family of Mr Lee Chong Hup, 61, a retired teacher from Muar who died diving off Pulau Aur in March, has filed a negligence suit against the operator.
        Logbook signature: verified by instructor Daniel Kwok, PADI #453821, tel +60 12-889 0427.
        The girl stung yesterday is Melissa Tan Hui Wen, room 214 at Mabul Reef Lodge; her mum's number is 9381 6072.
        Paid by VISA ending 7448 (cardholder Nicholas Yeo), auth code 09312B, S$1,240 for the Layang-Layang package.
    """),
    "ms": _lines("""
        Nama: Muhammad Haziq bin Azman, No. KP: 980611-01-5347, umur 27, ada sejarah lelah (asma) masa kecil.
        Saya Nur Izzati, nak tanya pasal refund trip Tioman. No tel saya 011-2384 9917.
        Alamat hantar sijil: Aisyah Rahman, No. 14, Jalan Bukit Beruang 3, Taman Bukit Beruang, 75450 Melaka.
        Abang Zul (Zulkifli bin Hassan) tekong bot kita tu kena tuduh bawa lebih penumpang, kes dia sebut lagi di Mahkamah Majistret Kuala Terengganu 20hb ni.
        Pelajar OW: Adam Danish, 14 thn, penjaga: bapa, Encik Danial bin Rahim, 019-447 2301.
        Deposit masuk dari akaun Maybank 1140 2236 8817 atas nama FARAH NADIA BT KAMAL.
        Kak Yati (Suryati binti Osman) tak boleh dive minggu ni, doktor kata tekanan darah dia 170/100.
        Kereta WXY 3821 Honda City putih tu Encik Lim Chee Keong punya, dia parking depan kedai tak bagitau.
        Penyelam hilang: Encik Tan Boon Kiat, 45, wetsuit hitam-kuning, kali terakhir dilihat di Pulau Dayang jam 11 pagi. Isteri: 012-665 3018.
        Borang perubatan Faizal bin Othman: pernah pembedahan paru-paru (pneumothorax) 2019. TIDAK LAYAK menyelam.
        Sijil Advanced: Nurul Huda binti Ramli, No. Sijil SSI 1284-5573-0921, tarikh lahir 03/08/1996.
        Gaji DM baru, Amirul Hakim bin Yusof - RM1,800 sebulan + elaun makan, mula 1 Jan.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for Blue Fin Divers, Singapore."),
        ("user", "can someone dive 3 months after appendix surgery?"),
        (
            "assistant",
            "Usually yes once the wound has fully healed, but a doctor needs to sign the medical form first.",
        ),
        (
            "user",
            "ok it's for my husband Terence Lau, NRIC S8176205H, he also has high blood pressure on amlodipine. book him for Pulau Hantu 8 Mar pls",
        ),
    ],
    [
        ("user", "Hi, want to book the Tioman weekend trip for 2 pax"),
        ("assistant", "Sure! May I have the full names as per passport and a contact number?"),
        ("user", "Chloe Ng Xin Yi and Bryan Ng Jun Hao"),
        ("user", "contact 9542 7183, we're siblings, Bryan's passport K2841937P"),
        ("assistant", "Thanks, I've held two spots. Payment link will be sent by SMS."),
    ],
    [
        ("user", "Please turn this manifest into a table with columns no, name, id, cert"),
        ("assistant", "Sure, paste the manifest and I'll format it."),
        (
            "user",
            "1 Daniel Loh S9542718I OW\n2 Faridah binti Musa 850927-13-6642 AOW\n3 Kim Soo-jin (Korea) passport M48217365 Rescue",
        ),
        (
            "assistant",
            "| no | name | id | cert |\n|---|---|---|---|\n| 1 | Daniel Loh | S9542718I | OW |\n| 2 | Faridah binti Musa | 850927-13-6642 | AOW |\n| 3 | Kim Soo-jin | M48217365 | Rescue |",
        ),
    ],
    [
        ("system", "Help dive instructors write incident reports in clear English."),
        ("user", "Need to write up what happened on the 2nd dive at Tenggol yesterday"),
        ("assistant", "Go ahead and describe the sequence of events, I'll structure it for you."),
        (
            "user",
            "student Wong Jia Hui (F, 24) panicked at 14m, bolted to surface, coughed up pink froth. we put her on O2 and drove her to Hospital Sultanah Nur Zahirah, doc suspects lung overexpansion",
        ),
        ("user", "her dad Wong Siew Keong is flying in from Ipoh, his no is 016-552 8093"),
    ],
    [
        ("user", "can a 15 year old with epilepsy do the open water course?"),
        (
            "assistant",
            "Epilepsy is generally a contraindication for scuba; a diving medicine doctor has to assess each case.",
        ),
        (
            "user",
            "it's my daughter Chloe Tan, last seizure was 2022, she's on Keppra. we live in Sengkang, Blk 308A Anchorvale Link #05-21",
        ),
        ("assistant", "Thanks. I'd suggest a consultation before we enrol her."),
    ],
    [
        ("user", "I left my dive computer on your boat yesterday at Redang"),
        ("assistant", "Sorry to hear that! Can you describe it and tell us how to reach you?"),
        ("user", "black Suunto, strap a bit torn"),
        ("user", "name is Hafizuddin Rosli, can call or WhatsApp 017-309 6621"),
    ],
    [
        ("user", "nak daftar kursus OW bulan depan"),
        ("assistant", "Boleh! Sila beri nama penuh dan No. KP untuk pendaftaran."),
        ("user", "Mohd Syukri bin Abdullah"),
        ("user", "KP 950117-03-"),
        ("user", "5581. alamat Lot 2231 Kampung Pulau Melaka, 15400 Kota Bharu"),
        ("assistant", "Terima kasih, pendaftaran diterima."),
    ],
    [
        (
            "system",
            "You translate customer messages from Chinese to English for a Sipadan dive resort.",
        ),
        (
            "user",
            "我叫黄志强，下个月带老婆来仙本那潜水。微信号 zqhuang_1987，手机 13957204418，身份证 330106198707224515。",
        ),
        (
            "assistant",
            "My name is Huang Zhiqiang; next month I'm bringing my wife to dive in Semporna. WeChat: zqhuang_1987, mobile 13957204418, ID 330106198707224515.",
        ),
    ],
    [
        ("user", "What documents do I need for a dive insurance claim?"),
        (
            "assistant",
            "Typically the claim form, medical reports, chamber treatment records and receipts.",
        ),
        ("user", "ok. insured is Chan Wing Sze, HKID R917043"),
        ("user", "(9) sorry cut off. she was treated in the chamber at KK for 2 days"),
        ("assistant", "Noted. Please attach the discharge summary with the claim form."),
    ],
    [
        ("user", "help me fill my logbook from this note"),
        (
            "user",
            "26/7 Sipadan Drop-off 32m 41min EAN28, buddy Aaron Sim (SSI 5521-0098-3371), we saw 3 turtles. signed by DM Jenny Ooi, Borneo Sea Sports, tel 019-884 2270",
        ),
        (
            "assistant",
            "Dive: 26/07, Sipadan Drop-off | Max 32 m | 41 min | EAN28 | Buddy: Aaron Sim (SSI 5521-0098-3371) | Notes: 3 turtles | Verified: DM Jenny Ooi",
        ),
    ],
]
