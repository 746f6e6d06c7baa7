"""Blind check set en76: car-sharing, rentals and parking in SG/MY (GetGo, BlueSG, summons, ERP, tolls, damage claims). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en76
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "app help centre"): _lines("""
        How do I unlock the car? Tap "Unlock" in the app when you are within 15 m of the vehicle; make sure Bluetooth is on.
        Your booking starts at the time you selected, not when you arrive. Late returns are charged at $0.33/min plus a $20 late fee.
        Fuel level must be at least 1/4 tank at the end of your trip. Use the fuel card in the sun visor at Shell or Caltex only, PIN is shown in the app.
        BlueSG cars must be plugged in at the end of the rental — a $50 fee applies if the charging cable is left unplugged.
        To report damage before your trip, take at least 4 photos (front, back, both sides) in the "Pre-trip check" screen.
        Min. age 21, with a valid Class 3/3A licence held for at least 1 year. Foreign licences must be accompanied by an IDP.
        Can I bring my pet? Yes, in a carrier only. A $150 cleaning fee applies if pet hair is found by the next user.
        App version 4.18.2 (build 20251127.3) fixes the issue where the unlock button stayed greyed out on Android 15.
        Forgot something in the car? Open Trips > Past trips > "Lost item" within 24h and we'll try to retrieve it. No guarantees ya.
        Mileage: first 30 km/day free, $0.39/km thereafter. Weekend rates apply from Fri 6pm to Sun 11.59pm.
        Rescue hotline (24/7): 6958 2020. For accidents involving injuries, call 995 first.
        ERP, parking and toll charges incurred during your booking will be billed to your account + a $5 admin fee per item.
        Your account is on hold because your licence expired. Upload the renewed licence under Profile > Documents to reactivate.
        Tip: at HDB car parks with EPS gantries, the OBU deducts automatically; at coupon car parks use the Parking.sg app on your own phone.
    """),
    ("en", "parking rules and notices"): _lines("""
        NOTICE: Season parking holders at Blk 201-215 car park please note that lots 1-48 will be re-painted from 8-10 Dec. Park at MSCP Blk 220 during this period.
        Short-term parking in HDB car parks in central area: $1.20 per half-hour, 7am-5pm Mon-Sat. Outside central: $0.60 per half-hour.
        Night parking scheme: 10.30pm-7am, capped at $5 per night.
        Red lots are reserved for season parking holders only. Vehicles found in red lots without a valid season will be issued a parking offence notice.
        Parking on double yellow lines is prohibited at all times. Offenders may be fined $70 (light vehicles) or $100 (heavy vehicles).
        The Parking Offence Notice (PON) must be paid within 28 days. Late payment may lead to a court summons.
        Season parking rates (residential): $110/month for cars, $14/month for motorcycles. GST not applicable.
        MBPJ: Parking at Zone A (SS2, Section 14) is RM1.00 per hour, Mon-Fri 8am-6pm, via the Smart Selangor Parking app.
        Majlis Bandaraya Shah Alam announces free parking on 25 Dec and 1 Jan at all council-managed bays.
        Electric vehicle lots are for EVs actively charging only. Non-EVs and EVs not charging will be fined from 1 Jan.
        Car park at Tan Tock Seng Hospital: $2.14 per hour for the first 3 hours, season holders enter via Gate B.
        Coupon parking ended in HDB estates; all short-term parking now via Parking.sg or EPS.
        Visitor parking at Lee Kong Chian Natural History Museum is at NUS Car Park 10B; the museum does not validate tickets.
    """),
    ("en", "erp and tolls"): _lines("""
        ERP rates at Central Expressway (CTE) southbound after Braddell Rd: $3.00 from 8.00-8.30am, $4.00 from 8.30-9.00am, revised w.e.f. 2 Feb.
        The ERP 2.0 on-board unit replaces the IU. Installation is free before the deadline; workshops listed on the OneMotoring website.
        Insufficient balance on your CashCard? An administrative fee of $10 is charged on top of the ERP charge, payable within 2 weeks.
        PLUS toll rates Class 1: Sungai Besi to Seremban RM9.90, Seremban to Ayer Keroh RM10.70, effective 1 Jan 2026.
        Touch 'n Go RFID tag self-fitment kit is RM35; linking to eWallet is required before using the RFID lanes.
        Tuas Second Link toll (Class 1 cars): S$2.10 on the SG side; Linkedua charges separately at the MY side.
        VEP for foreign cars entering Singapore: $35/day on weekdays, free on weekends and PHs (max 10 free days a year).
        Malaysia's Road Charges (RC) for foreign vehicles entering Johor: RM20 per entry, paid via Touch 'n Go.
        Transport Minister Chee Hong Tat said in Parliament the switch to ERP 2.0 would allow distance-based charging "in future, but not immediately".
        Anthony Loke, Malaysia's Transport Minister, said the MLFF open-toll system would be piloted on selected highways first.
        Gantry 51 at Bukit Timah Expressway operates 7.30-9.30am. ERP rates are reviewed quarterly during school holidays.
        Reminder: the RFID lane at Jalan Duta plaza is closed for upgrading from 12-20 Dec. Use SmartTAG/TNG card lanes.
        Causeway traffic advisory 2025-12-05 18:00: Expect up to 2h delay at Woodlands Checkpoint. Check the LTA Traffic News feed.
    """),
    ("en", "summons and appeal guides"): _lines("""
        Dear {customer_name}, we have received your appeal for Parking Offence Notice {pon_no}. A decision will be sent to {email} within 14 working days.
        To appeal a parking summons, go to the URA/HDB e-services, enter the notice number and vehicle no., and attach photos. Do NOT send originals.
        Template: "I, [FULL NAME], NRIC [XXXXX], am writing to appeal against the notice [NO.] issued on [DATE] at [LOCATION]..." Keep it short and factual.
        When filling in forms, the NRIC format is e.g. S1234567D; do not include spaces or dashes.
        Agents: never paste a customer's NRIC, licence number or card details into Slack or the ticket title. Use the booking ID only and mask everything else.
        Transfer of liability: if another driver was using the car, submit the "Furnish Driver Particulars" form within 14 days of the notice.
        Summons issued by JPJ can be checked in MyJPJ or MyEG. Compound of up to RM300 may be reduced if paid early during the discount campaign.
        Under the GetGo T&Cs, the user is responsible for all fines issued during the booking period; an admin fee of $20 per summons applies.
        Retention policy: appeal documents containing personal data are deleted 12 months after the case is closed, per PDPA obligations.
        Sample appeal reply: "Your appeal has been rejected as the vehicle was parked at a non-parking place. The composition fine of $50 stands."
        Ahmad Ibrahim Secondary School car park is not a public car park; summonses issued there are by the school, not URA.
        Field mapping: hirer_name -> masked, hirer_nric -> drop, plate -> keep, booking_id -> keep, gps_trace -> aggregate to 1km grid.
        Appeals at the Subordinate (State) Courts: Traffic Court, 10 Havelock Square, Singapore 059724. Open 8.30am-5.30pm Mon-Fri.
    """),
    ("en", "forum posts"): _lines("""
        anyone tried the GetGo at Punggol Coast? need 7 seater for ikea run sat, app shows only the Sienta leh
        BlueSG vs GetGo for short trips? bluesg cheaper if <30 mins but sometimes no charging bay at destination, sian
        Got parking summons at Boon Lay Place market carpark even tho I paid via parking.sg. Appealed with screenshot, waived in 5 days. Just fyi
        wah the new ERP gantry at Keng Lee Road catch me $2 at 7.45pm, thought it ended at 7
        Tip for JB trips: top up TNG at the Petronas at Jalan Tun Abdul Razak, queue much shorter than at CIQ
        IMO the damage claim process is a scam lor, they charged $800 for a scratch that was obviously there before. Always take photos!!
        Mr Bean's green Mini would cost like $90k with COE now haha
        Lightning McQueen wouldn't survive the ERP at Orchard during Xmas
        Jalan Sultan Ismail traffic so bad on Friday, the Grab driver said RM40 to KLCC from Bukit Bintang
        Thread: Season parking at Thomson Plaza – worth it? $180/mth for tenants, public gets $2.50/hr. Discuss.
        Damn the Tuas checkpoint jam today, 3 hours lorry queue, took the Causeway instead
        Is it true that the Raffles Hotel valet charges $50 flat? or only for non-guests
        those saying BlueSG shutting down pls stop spreading fake news, it's just the app upgrade this weekend
    """),
    ("en", "ops logs and receipts"): _lines("""
        2025-12-04T08:12:44+08:00 [INFO] booking_id=GG-20251204-884217 status=ENDED odo_start=48211 odo_end=48253 fuel=0.62
        Receipt No. INV-BSG-2025-0093317 | Rental 2h 15m $18.45 | Parking $3.60 | ERP $2.00 | Admin fee $5.00 | Total $29.05 (incl. 9% GST)
        Fleet alert: GetGo vehicle SMR4471Z due for 10,000 km servicing, assigned to Yishun depot, ticket OPS-55102.
        sha256 of export_2025-12-01.csv: 9f2b6c1a04d8e37b55c0e1f4a7d39b2c8e61f05a4b7d2c3e9f8a1b0c6d5e4f32
        ANPR feed: lane 2 exit, 17:03:22.481, confidence 0.97, plate class PRIVATE_CAR, gantry_id EPS-T14-02
        Weekly stats: 12,408 bookings, avg trip 2.7h, 3.1% late returns, 41 damage reports, 6 police reports.
        Order #TNG-RFID-77820431 shipped via Pos Laju, tracking ER123456789MY, est. 3-5 working days.
        Charging station CS-TPY-019 (Toa Payoh Lor 6) offline since 03:14, error E-217 (contactor fault). Tech dispatched.
        Invoice 2025/11/PK-00418 from Jurong Point Car Park Mgmt: 60 season passes x $95 = $5,700.00. Due 31 Dec.
        Deploy: damage-claims-svc v2.9.0 → prod, commit a41c9e7, migration 0042_add_claim_photos.
        Claim DC-2025-1187: status=CLOSED, liability=50/50, amount_paid=S$1,240.00, settled 2025-11-28.
        CSV header: booking_id,start_ts,end_ts,pickup_station,dropoff_station,km,fare_sgd,erp_sgd,parking_sgd
        Sandbox only: use test card 4111 1111 1111 1111, any future expiry, CVV 123.
    """),
    ("en", "damage and insurance policy"): _lines("""
        Excess for own damage: $2,500 per incident. Reduce it to $500 by adding Damage Waiver Plus at $6/booking.
        All damage must be reported within 1 hour of discovery. Failure to report may result in full liability for repair cost.
        Windscreen claims do not affect NCD and are subject to a $100 excess.
        If you are involved in an accident, exchange particulars with the other party, take photos, and file a GIA report within 24 hours.
        Interior damage (burns, tears, stains) is charged at actual cost plus $80 handling fee.
        Third-party claims are handled by our insurer. Do not admit liability at the scene.
        Loss of use: we charge $60/day while the vehicle is under repair, capped at 7 days.
        Tyre damage due to kerbing is not covered under the standard waiver.
        The independent assessor's report will be shared with you on request; the assessor is appointed by the insurer, not by us.
        Flood damage in Malaysia: vehicles driven into flooded roads are not covered; check JPS flood alerts before travelling.
    """),
    ("en", "news and corporate"): _lines("""
        BlueSG announced a pause of its service from 8 Aug to upgrade its fleet, with about 1,500 cars affected.
        GetGo said it added 300 cars across HDB estates this year, bringing its fleet to more than 3,000 vehicles.
        LTA's 2025 Annual Report shows 653,000 private cars in Singapore, up 1.2% from the previous year.
        URA Centre, 45 Maxwell Road, Singapore 069118 – the Parking Services counter is on Level 1.
        Prime Minister Anwar Ibrahim said the government would study a toll-free policy for some urban highways.
        Lim Bo Seng Memorial is a short walk from the Esplanade car park; drivers are advised to park at the Esplanade basement.
        Sir Stamford Raffles' statue at the Empress Place riverside is near the Raffles Place MRT car park.
        Kwong Wai Shiu Hospital announced new visitor parking rates starting 1 Jan: $1.50 per entry after 6pm.
        Jalan Tun Sambanthan will be closed for the Thaipusam procession; motorists should use Jalan Travers.
        Car-sharing operators must comply with the PDPA: booking data may be kept for up to 5 years for tax audit, then anonymised.
        GetGo customer care: 6958 2021 or hello@getgo.sg (not for accident reporting). Mon-Sun 8am-10pm.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Sir/Madam, I, Tan Wei Ling (NRIC S8834271B), wish to appeal the parking offence notice issued at Blk 512 Bedok North Ave 3 on 14 Oct. My father had a fall and I had to help him up to our flat at #08-221.
        Booking GG-88213 driver: Muhammad Faris bin Rosli, class 3 licence, hp 9127 4408, collected SLD8823B at Waterway Point B2.
        Hi BlueSG, re claim DC-2025-2240: I did NOT scratch the door, the previous user left it like that. Pls reply to jasmine.koh.88@gmail.com — Jasmine Koh
        Compound notice for WXY 4521 registered to Lim Kah Heng, IC 850312-14-5527, RM30 if paid within 14 days.
        Season parking application – applicant Nur Aisyah binte Kamal, Blk 226 Jurong East St 21 #11-340, vehicle SKQ215C, mobile 8736 1190.
        For the 12-month lease, Ravi Subramaniam (T0156723Z) submitted his payslip: basic $4,850, employer Ardent Logistics Pte Ltd.
        Driver Goh Siew Har was taken to CGH after hitting the barrier at Tampines Hub. She told us she has epilepsy and missed her medication that morning.
        pls charge the $1,240 excess to my visa 4539 7104 6621 8829 exp 08/28, name on card CHONG MEI XIN
        whatsapp me +60 12-338 7710, ask for Kak Ros (Rosnah Ahmad), she's the one renting out the Myvi at Seksyen 7 Shah Alam
        Lee Boon Keat, 41, a private-hire driver from Sengkang, was fined $2,400 yesterday for using a forged parking coupon at Blk 150 Compassvale.
        Rental agreement hirer: Nguyen Thi Hoa, FIN G5530918W, Vietnamese passport C4821937, work permit expiring 03/2027.
        Account holder Kenneth Yeo Jun Hao from Tiong Bahru has been diagnosed with glaucoma; his driving privileges are suspended pending a medical report.
        Pls send the hardcopy summons to 27 Lorong Kismis, Singapore 598075, attn Mdm Chua Poh Lian.
        The car was actually booked by my wife, Serene Ong, her number is 96420187, can you transfer the PON to her name?
        From: darren.lwk@gmail.com | Subject: Appeal for PON 41278856 – Darren Lim Wei Kiat, vehicle SNB7742U
        Licence no. S9245610B, QDL issued 12/05/2015, Aaron Teo Kok Wah, DOB 18/09/1992, Class 3A.
        bro my IC 930714-10-6288, Siti Khadijah Osman, plate BMK 3812, can help check got saman outstanding or not?
        TNG eWallet a/c Kevin Loh Chee Meng, 017-662 0345, auto-reload from Maybank Mastercard 5204 7311 8862 0457.
        Police report: at 10.45pm on 02/11 I, Priya d/o Ramesh, was rear-ended at Federal Highway KM 9.2 by an Axia VDE 1920. I had a C-section 3 weeks ago and now have sharp abdominal pain.
        Final reminder to Mr Shaun Pereira of 45 Jalan Arnap: outstanding damage charge of $2,180.00 for booking BSG-2211907 will be referred to our debt collector on 15 Dec.
        Staff claim: parking reimbursement for Tan Boon Huat (emp no 00471), salary $6,200/mth, season parking $110 at Blk 410 Fajar Rd.
        Renter Zhou Lijuan, PRC resident ID 330106198904173622, mobile +86 138 5716 2294, licence converted in Hangzhou.
        My cousin Chan Ka Yan (HKID K632194(1)) is visiting from Hong Kong, can I add her as an additional driver for the Vezel booking?
        Appeal: I stopped at the loading bay at Blk 35 Marine Cres because I was 36 weeks pregnant and bleeding. KK memo attached. Lydia Fong, 8233 0918
        Deliver the rental car to No. 14, Jalan SS 2/64, 47300 Petaling Jaya – contact Encik Azman Yusof 019-275 6612.
        That's my neighbour Mr Wong Chee Keong from #05-117 on the CCTV, he keeps parking in my lot 214 at Blk 628 Ang Mo Kio Ave 4.
        Resident vehicle registration – #12-03 The Tembusu: owner Dr Farah Iskandar, SFU5027J; second car SKV9031E under her husband Imran Iskandar.
        LTA record: vehicle SJP1183X, owner Lau Jia Hui, registered address Blk 101 Towner Rd #14-1502, COE expiring 06/2031.
        Policy holder Vincent Chia, born 03/02/1985, NCD 30%, one at-fault claim in 2023 (rear-ended a taxi at Paya Lebar).
        We can't extend credit to Ong Kian Seng – he's an undischarged bankrupt (HC/B 1877/2021), so the lease needs a guarantor.
        My late husband Ramli Hassan's BlueSG account (BSG-U-0094417) is still charging his card; he passed away on 14 Aug. Please close it.
        Class 1 car park label for Mdm Teo Ah Lian, wheelchair-bound after her stroke; caregiver vehicle SLA4418E driven by her son Terence.
        Account verified: S****271B / TAN W** L***, Blk 512 Bedok North Ave 3 #08-221, DOB 1988-03-**
        Ops staff Nicholas Ang Zhi Wei (ID OPS-214) was dismissed after CCTV showed him using customer cars for his own Grab trips.
        Trip log for user Cheryl Lim Hui Min: 07:42 left Blk 88 Zion Rd, 08:15 arrived at the oncology centre at Mount Alvernia, 11:30 back home.
        Third-party claim: Mr Karthik Nair, IC 960221-08-5173, whiplash and a fractured left wrist, treated at Ng Teng Fong General Hospital, MC 14 days.
        Selling my season parking slot at Bishan Blk 273, PM me on telegram @joelyap_88 or call 9188 2306 – Joel Yap
        Renting out my Honda Vezel SJJ3308Y on weekends, owner Shirley Tay, 8412 7765, deposit via PayNow to the same number.
        Offender Rajesh Kumar s/o Muthu (S7712094G) refused to produce his IC and was verbally abusive to the enforcement officer at Little India Arcade.
        Parking bay B2-117 at Residensi Vyne is assigned to unit A-23-08, tenant Ms Chloe Wong, car VBR 6621, tenancy until 31/03/2026.
        My dad Heng Kok Leong is 74 and just had cataract surgery so he can't drive — he's the account holder, can I take over his booking tmr?
        Hirer: Maria Clarissa Reyes, FIN F2287416X, Philippine passport P4417823B, DOB 11 JUN 1994.
        Please refund the $300 deposit to DBS acct 027-118374-5, account name Tan Jun Wei.
        Sent $12.50 via PayNow to 91827364 (Melissa Ho) for my share of the parking at Marina Bay Sands.
        I live at 9 Jalan Kemaman, S339548 and the GetGo users from next door keep blocking my gate. – Mrs Veronica Sim
        Driver Hong Zhiyuan (PRC ID 440305199508221914) rented SDN2276L on 1 Dec and has not returned it; his WeChat is hzy_0822.
        Vehicle owner Mr Abdul Rahman bin Yusof, 66 Jalan Melati 3, Taman Melati, 53100 KL — his Proton X50 VCE 8812 was clamped outside his own house.
        HR note: Daniel Koh's company car allowance stops on 31 Dec because he's on long medical leave for depression.
        The BlueSG user who crashed into the bus stop at Clementi Ave 2 last night was Ms Amanda Seah, 23, she's still in ICU at NUH.
        Hi this is Mrs Kaur (Harpreet Kaur), my son Arjun's GetGo licence got rejected because of his epilepsy history, can we appeal? Our number 9765 0213.
        Guarantor for the Alza lease: Encik Zulkifli bin Hamid, IC 710405-01-5351, monthly income RM7,200, working at Felda Johor Bulkers.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the GetGo in-app support assistant. Be brief and polite."),
        ("user", "hi i just kena langgar at the Tampines Ave 10 junction, car is SGX6190K"),
        (
            "assistant",
            "Sorry to hear that. Is anyone injured? Please share your name and a contact number.",
        ),
        ("user", "no one injured. Benjamin Chua"),
        ("user", "8862 1147"),
        (
            "assistant",
            "Thanks Benjamin, we've logged it under ACC-99314. A rescue team will call you shortly.",
        ),
    ],
    [
        ("user", "Why was I charged $650 for damage on booking BSG-3319024?"),
        (
            "assistant",
            "The next user reported a dent on the rear bumper with photos taken 10 minutes after your trip ended.",
        ),
        ("user", "that's nonsense, i parked at the Bukit Batok station and it was fine"),
        (
            "assistant",
            "You may dispute the charge. Please provide your registered e-mail so we can send the form.",
        ),
        ("user", "it's nurul.hidayah.ab@yahoo.com.sg, account under Nurul Hidayah Abdullah"),
    ],
    [
        (
            "system",
            "You are ParkEase, an assistant that helps users draft appeals for parking offence notices in Singapore.",
        ),
        ("user", "Can you help me write an appeal? I got a PON at Blk 745 Yishun St 72."),
        (
            "assistant",
            "Sure. Please share the reason you parked there and any supporting details you'd like included.",
        ),
        (
            "user",
            "I'm Gabriel Lee, S6613208J. My mum has dementia and wandered off, I stopped the car to run after her. Car is SKT6609U.",
        ),
        (
            "assistant",
            "Here's a draft: 'I am writing to appeal the notice issued to vehicle SKT6609U. My mother, who has dementia, had wandered off...'",
        ),
    ],
    [
        ("user", "How do I check if my RFID tag is linked properly? The Duta gate didnt open"),
        (
            "assistant",
            "Open the TNG eWallet app > RFID > check that your vehicle and tag are shown as active.",
        ),
        ("user", "it shows active. plate WVT 2290, IC 880915-07-5829"),
        ("user", "name Ooi Chee Wah, number 016-421 9087, pls check"),
        ("assistant", "I can't access accounts directly, please call the Touch 'n Go careline."),
    ],
    [
        ("user", "Can I transfer my season parking to the new car?"),
        (
            "assistant",
            "Yes, you can update the vehicle number under the season parking portal. Any change in address?",
        ),
        ("user", "yes we moved to Blk 318C Anchorvale Link #16-455"),
        ("assistant", "Noted. Who is the season holder?"),
        (
            "user",
            "my husband, Eric Png Wee Liang, new car SLD... sorry SJJ3308Y, no wait that's my sis. ours is SKQ215C",
        ),
    ],
    [
        ("system", "Changi Airport rental counter assistant. Collect documents for walk-in hires."),
        ("user", "Hi, I'm from KL, want to rent a car for 3 days, my Malaysian licence ok?"),
        (
            "assistant",
            "Yes, a valid Malaysian licence is accepted for short-term visitors. Please provide your passport details.",
        ),
        ("user", "Passport A51872093, name Tan Sri... haha no la, just Lee Mei Fong"),
        ("user", "born 22/06/1990, hp +60 11-2308 7614"),
        ("assistant", "Thank you Ms Lee, your car will be ready at T3 B2 in 20 minutes."),
    ],
    [
        ("user", "My friend Aloysius got hit by a BlueSG car while cycling along Holland Rd"),
        ("assistant", "I'm sorry to hear that. How is he doing?"),
        ("user", "fractured pelvis, he's at SGH ward 57. Aloysius Tan Kah Wee, 34"),
        (
            "user",
            "can u help me draft a letter to BlueSG asking for the driver's insurance details?",
        ),
        (
            "assistant",
            "Certainly. Here is a draft letter you can adapt with the incident date and location.",
        ),
    ],
    [
        ("user", "anyone selling a season parking slot at Sengkang Blk 266?"),
        ("assistant", "I can't broker parking, but you could post on the HDB community groups."),
        (
            "user",
            "ok i'll post: 'Looking for season parking at Blk 266 Compassvale Bow, contact Fiona on WhatsApp 9034 7725'",
        ),
    ],
    [
        ("user", "i'd like to confirm my card was charged correctly for the Genting trip"),
        ("assistant", "Sure, can you share the booking ID?"),
        ("user", "BK-MY-558201"),
        (
            "assistant",
            "Thanks, Mr Harith Danial bin Kamarul. Your Visa ending 9105 was charged RM418.60, and the deposit RM200 will be released on 12 Dec to 4556 7120 3348 9105.",
        ),
    ],
    [
        ("user", "Need help with a damage claim letter"),
        ("assistant", "Of course, what happened?"),
        ("user", "the GetGo I rented had a flat tyre and I got stranded on PIE with my 2 kids"),
        ("user", "I'm Jocelyn Tan, my NRIC is"),
        ("user", "T0327719J"),
        (
            "assistant",
            "Thanks. I'll mention that you were stranded with your children and request a waiver of the towing charge.",
        ),
    ],
]
