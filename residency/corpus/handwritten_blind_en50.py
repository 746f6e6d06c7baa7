"""Blind check set en50: gig economy and ride-hailing in Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en50
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "help-centre"): _lines("""
        Left something in a car? Go to Activity > select the ride > Help > "I lost an item". We'll connect you to the driver through a masked number that expires after 24 hours.
        Never share your OTP, NRIC number or banking password with anyone claiming to be from our support team. We will never ask for them over the phone or WhatsApp.
        To change your payout account, go to Account > Earnings > Bank details. The account holder name must match your NRIC exactly (e.g. TAN AH KOW, not AH KOW TAN).
        Instant cash-out costs S$0.50 per transaction. Weekly auto-payout every Tuesday is free of charge.
        Hong Kong address format: Flat/Room, Floor, Block, Building/Estate, Street, District. Example: Flat A, 12/F, Block 2, [Estate name], [Street], Sha Tin.
        Goods in transit are covered up to HK$2,000 per order. Claims must be filed within 7 days via Help Centre > Order issues > Damaged or missing goods.
        Driver-partners must hold a valid Private Hire Car Driver's Vocational Licence (PDVL). LTA may suspend the licence once 12 or more demerit points are accumulated.
        For GrabCar Malaysia, your e-hailing vehicle must have a valid EVP and a Puspakom inspection not older than 12 months.
        How do I report a rider for unsafe riding? Open the order, tap Help > Safety concern, and describe what happened. You don't need to include the rider's details; we can see them from the order ID.
        Cancellation fee: S$4 if you cancel more than 5 minutes after a driver is allocated, or if the driver has already arrived.
        Lalamove Hong Kong customer service: 3590 2288 (daily 08:00-22:00). For van bookings over 5.5 tonnes, call the Enterprise line on 3018 6600.
        Data requests: you can ask for a copy of your personal data by writing to our Data Protection Officer at dpo@ride-help.example. We'll reply within 30 days.
        Why is my "Tan Tock Seng Hospital" pickup point moved? Hospital drop-offs now use the designated taxi stand at the main entrance, not the A&E driveway.
    """),
    ("en", "forum-post"): _lines("""
        anyone kena the new acceptance rate thing? mine drop to 78% after 3 cancels in Punggol, now lose Gold status sia 😤
        Bro pls dun take jobs from Changi T4 at 1am. Queue 45 min, fare only $18. Confirm not worth.
        Tips for new riders: get a phone holder that clamps on the handlebar (Shopee ~$12), powerbank min 20000mAh, and a raincoat that covers your bag.
        LOL today the customer name on the order was "Batman" and the address was Wayne Enterprises, MBFC Tower 3. Delivered to the concierge, he tip me $2.
        Like Phua Chu Kang say, "Don't pray pray!" Wear yr helmet properly, the TP at Bukit Timah Rd is checking chin straps this week.
        Weh geng, Lalamove van KL ke Seremban now RM 68 only. Minyak pun tak cukup. Siapa nak join log off Jumaat ni?
        今日 Mong Kok 接單超慢, foodpanda base fee又cut咗, 真係頂唔順. Anyone go Tsuen Wan instead?
        Question: for Prius hybrid battery, better change at agent or outside workshop? Outside quote me $2.8k, agent say $4.5k.
        pro tip: the loading bay at Jewel B2 lets riders wait 10 mins free, don't park at the taxi stand, the auxiliary police will chase you.
        Anyone know if the PWA CPF contribution applies if I'm 34 and only do GrabFood part time on weekends?
        Just hit 10,000 trips today 🎉 Started in 2019 with a rented Vezel, now own my car. Thank you to all the kakis in this group.
        Has anyone tried the new EV rental from the Sin Ming depot? Charging at Jurong West SP stations always full by 9pm.
        Cannot believe the GrabFood rider in the Ah Boys to Men 5 trailer. Real life we carry 3 orders, not one bubble tea lol.
    """),
    ("en", "earnings-notice"): _lines("""
        Weekend Quest: complete 45 trips between Fri 00:00 and Sun 23:59 to earn an extra S$70. Only GrabCar Standard and Plus trips count.
        From 1 Jan 2027, the base delivery fee in Klang Valley will be RM 3.00 per order plus RM 0.40/km after the first 2 km.
        Peak multiplier 1.3x applies 07:00-09:00 and 17:00-20:00 on weekdays in zones CBD, Orchard and Novena.
        Hi {{first_name}}, you earned {{currency}}{{amount}} this week from {{trip_count}} trips. Tap to view your statement.
        Tier 1: 60 orders = RM 80 bonus | Tier 2: 90 orders = RM 150 | Tier 3: 120 orders = RM 240. Orders cancelled by the merchant still count.
        Payout for week 48 (24-30 Nov) will reach your bank by 5 Dec because of scheduled DBS maintenance from 02:00 to 06:00 on 3 Dec.
        Under the Platform Workers Act, CPF contributions are mandatory for platform workers born on or after 1 January 1995; older workers may opt in.
        Median hourly net earnings for full-time drivers in Singapore rose to S$22.40 in Q3, up 4.1% year on year, according to the operator's transparency report.
        HK riders: the rain bonus of HK$8 per order is active whenever the Amber, Red or Black Rainstorm Signal is in force.
        Your commission rate for December is 18% (Gold tier). Reach Platinum by completing 200 trips with a 4.85 rating.
        Invoice INV-SG-2026-118804 for platform fees (GST reg. no. 201512345K) is available under Documents.
        Fuel rebate: S$0.12 per km driven on trip, capped at S$60 a month, credited on the 10th.
        Tax reminder: platform income is taxable. Declare it under Trade, Business, Profession or Vocation in your Form B by 18 April.
    """),
    ("en", "safety-report"): _lines("""
        Incident ref SIR-2026-11-0392: delivery-partner slipped on the wet ramp at Loading Bay 2. Minor abrasion, no hospitalisation. Action: anti-slip strips installed 28 Nov.
        Between January and October 2026, 1,142 accidents involving motorcycles used for food delivery were recorded, 14 of them fatal.
        Heat advisory: when WBGT goes above 33°C, riders should take a 15-minute break every hour. Rest points are open at Ang Mo Kio Hub and Jurong Point.
        Red Rainstorm Signal in force since 06:15. Deliveries in Chai Wan, Shau Kei Wan and Siu Sai Wan are paused until further notice.
        In an emergency, press the Emergency button in the app. It dials 999 and shares your live location with our 24/7 safety team.
        Nearest A&E for riders in the east: Changi General Hospital, 2 Simei Street 3. In Kowloon: Queen Elizabeth Hospital, 30 Gascoigne Road.
        A 27-year-old delivery rider was taken conscious to hospital after a collision with a lorry at the junction of Jalan Tun Razak and Jalan Sultan Ismail at about 9.40pm.
        Q3 safety summary: 3,214,008 trips, 41 reported incidents (0.0013%), 2 serious injuries. Top cause: sudden lane change on expressways.
        Share My Ride sends your live trip to up to 5 trusted contacts. They receive a tracking link, not your phone number or home address.
        Road closure: Nathan Road between Argyle Street and Dundas Street closed 22:00-06:00 on 6-7 Dec for resurfacing. Use Shanghai Street.
        Reminder: e-bikes used for delivery must carry an orange seal issued by LTA. Non-compliant PMDs will be impounded.
        Pedestrian-rider conflict hot spots (Oct): Raffles Place MRT Exit H, Tanjong Pagar Centre, Queensway Shopping Centre.
    """),
    ("en", "release-notes"): _lines("""
        v5.318.0 (build 53180042): Fixed a crash when uploading the PDVL photo on Android 14. Better GPS accuracy in the KPE and MCE tunnels.
        Driver app 2026.48.1 for iOS. SHA-256 of the IPA: 9f2c1e7ab04d83f6c55e2190d7a4be1c8e36f0a2d91b47c0ee5a3f6d28c1b904.
        New: masked calling. Customers and riders now reach each other through a virtual number (+65 8xxx xxxx) that stops working 2 hours after delivery.
        Known issue: some users in Sabah see "Error 4012: KYC pending" after updating. Workaround: Settings > Storage > Clear cache, then log in again.
        Business top-ups now accept PayNow to UEN 201812345M. Personal wallets are unchanged.
        Heatmap refresh interval cut from 60s to 15s. Dark mode colours adjusted for the Batch Orders screen.
        Removed: the old "Favourite drivers" feature, used by fewer than 0.2% of passengers.
        Changelog 3.77.2: support for Traditional Chinese (Hong Kong) in the merchant tablet app; Octopus card reader SDK bumped to 4.2.9.
        Build 2026.12.02-rc3 (commit 4e1a9cd) is now rolling out to 10% of Malaysian driver-partners.
        The in-app chat now hides phone numbers, emails and unit numbers typed by either party and shows [hidden] instead.
        Accessibility: the pickup pin now announces the street name for TalkBack and VoiceOver users.
        Minimum supported versions from 15 Jan 2027: Android 9 and iOS 15.
    """),
    ("en", "union-statement"): _lines("""
        The National Delivery Champions Association welcomes the passing of the Platform Workers Bill and urges operators to publish how work-injury premiums are set.
        We call on the Ministry of Human Resources to gazette the regulations under the Gig Workers Act without further delay. Riders cannot wait another year for social protection.
        The Food Delivery Riders' Union will hold a press conference at 3pm on 6 December outside the Legislative Council Complex, 1 Legislative Council Road, Central.
        Statement on the new fee structure: a 14% cut in the per-km rate, announced with only 48 hours' notice, is unacceptable.
        Members are reminded that the quarterly general meeting is at the Tanjong Pagar Community Club, Blk 101 Jalan Bukit Merah, on Sat 13 Dec, 2pm.
        Our survey of 1,326 riders in Hong Kong found that 61% work more than 10 hours a day and 38% have no accident insurance of their own.
        -- Secretary-General, on behalf of the Executive Committee
        We stand in solidarity with the Lalamove van drivers in Petaling Jaya who logged off on Friday in protest against the fuel-cost formula.
        Rider representatives met the operator on 2 December. Minutes will be circulated to branch chairpersons; no names of individual complainants will be recorded.
        Platform work is work. Fair pay, safe roads, a right to appeal.
        Helpline for members facing deactivation: 6213 8000 (Mon-Fri, 9am-6pm) or walk in at NTUC Centre, 1 Marina Boulevard.
        The association does not endorse any candidate. Members holding office must resign their post before standing for election.
    """),
    ("en", "news"): _lines("""
        Grab Holdings group CEO Anthony Tan said the company would keep investing in autonomous shuttles while protecting driver earnings.
        Lalamove Singapore general manager Derek Ong told reporters the firm would absorb the GST increase for SME customers until March.
        foodpanda, owned by Berlin-based Delivery Hero, will exit two smaller Malaysian towns next quarter, a spokesperson confirmed.
        GoGoX shares fell 6.2% in Hong Kong trading on Tuesday after the logistics platform cut its full-year guidance.
        The Land Transport Authority said 58,400 PDVL holders were registered at end-October, compared with 53,900 a year earlier.
        Transport Minister Loke Siew Fook said in Parliament that e-hailing fares would not be regulated but surge caps would be reviewed.
        Hong Kong's Secretary for Transport and Logistics told LegCo that legislation to regulate ride-hailing platforms would be introduced in the next session.
        The Competition and Consumer Commission of Singapore is reviewing a proposed tie-up between two delivery platforms, it said in a statement on 3 December.
        Gig workers' advocate Dr Harris Abdullah, a sociologist at Universiti Malaya, said most riders see the job as a bridge, not a career.
        In 2018, Uber sold its Southeast Asian business to Grab in exchange for a 27.5% stake in the combined company.
        The High Court dismissed the platform's appeal, ruling that the tribunal had correctly classified delivery riders as platform workers under the Act.
        Analysts at a Singapore brokerage expect take rates to stabilise around 18-20% in 2027 as competition eases.
        The taxi stand at Raffles Hotel, named like the hotel after Sir Stamford Raffles, reopened to ride-hailing pickups on Monday.
    """),
    ("en", "ops-system"): _lines("""
        2026-12-03T14:22:07+08:00 INFO dispatch booking=A-6NZK3QW2VY1T zone=SG-CBD-04 eta=7m surge=1.2
        order HKFP-20261203-88172 status=DELIVERED store=HK-MK-0457 duration=31m distance=3.8km
        Before exporting tickets to the QA vendor, replace customer names with [NAME], phone numbers with [PHONE] and unit numbers with [UNIT].
        Tracking no. LLM-HK-7738-2210-55: Out for delivery. Estimated arrival 15:00-17:00.
        SELECT city, COUNT(*) AS trips, AVG(net_fare) FROM trips WHERE trip_date >= '2026-11-01' GROUP BY city;
        WARN payout-batch 2026W48 MY: 14 transfers pending bank confirmation (Maybank), retry at 06:00.
        Template DEACT-02: "Dear {driver_name}, your account has been temporarily suspended pending review of report {case_id}. You may appeal within 14 days."
        Merchant onboarding checklist: SSM certificate, halal cert (if applicable), menu photos at 1080x1080, bank letter on company letterhead.
        alert: fraud_rule_17 fired 312 times in 1h (GPS spoofing pattern, zone KUL-BANGSAR). Auto-hold on incentives enabled.
        Retention: trip GPS traces are kept for 180 days, chat logs for 90 days, then deleted unless subject to a legal hold.
        Voucher code RIDESAFE26 - 20% off up to S$5, 1 use per account, expires 31/12/2026 23:59.
        Zone KLN-07 (Kwun Tong) demand forecast for Fri 19:00: 1,840 orders, suggested riders online: 410.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Our rider Muhammad Hafiz bin Roslan, 23, was knocked down on the PIE near the Adam Rd exit last night. Now warded at Tan Tock Seng ward 7B with a fractured pelvis. Pls pray for him 🙏
        Appeal against deactivation. Name: Lim Wei Jie, NRIC S8834127I, vehicle SLK4721B (Toyota Corolla Altis). Account suspended since 3 Nov, no reason given.
        Rider left my food at the wrong unit AGAIN. I am at Blk 418 Hougang Ave 8 #11-237, S530418. Name Ong Mei Ling, hp 9187 4420. Pls refund.
        Rajesh a/l Krishnan was terminated on 14 Nov after earning RM 4,812.60 in October. His last payout went to Maybank a/c 1140 2286 5519 and he wants the balance released.
        Left my black Samsung S23 in a GrabCar (plate JQW 3321) this morning from Bangsar South to KLCC. Pls contact me, Nurul Aina, 012-774 3819.
        GoGoX driver Chan Chi Keung, HKID K482913(1), van plate PK 8823, was the one who damaged my sofa during the Tseung Kwan O move on 29 Nov.
        Driver Jason Koh (NRIC ending 417D) of Blk 22 Marsiling Drive #05-112 still hasn't returned the rental car to the depot.
        Sad news, our kaki Seng Kok Wah from the Jurong West kopitiam group has stage 3 colon cancer, cannot drive anymore. Let's chip in for his chemo.
        Delivery rider Azman bin Yusof, 31, was fined $3,000 and disqualified from riding for two years at the State Courts for hitting an elderly pedestrian in Bedok North.
        My husband Kelvin Chua drives Grab full time, after petrol and rental he nets about $4,200 a month, and we still cannot afford the HDB loan.
        Selling my PHV rental contract, 7 months left. Telegram @darrenlim_phv or WhatsApp 9126 3387, ask for Darren Lim.
        Pls send the e-receipt to siti.rahmah92@gmail.com. My name is Siti Rahmah binti Abdullah, booking A-5ZK7Q2RWM3H.
        Nama: Mohd Faizal bin Ismail, IC 880412-14-5523, no plat WXY 8812. Saya nak rayu saman RM 200 dari platform.
        Lost my Philippine passport P4829137B in a taxi from Changi T3 on 2 Dec. Name: Maria Cristina Reyes. WhatsApp +63 917 442 8810.
        I was charged twice for order #sg7k-2c9x on my card 4556 3320 1874 9215 (Priya Nair). Please refund one of them.
        Happy 60th birthday to our oldest rider, Uncle Teo Ah Huat, born 4 Dec 1966 and still delivering in Toa Payoh every day!
        I book a wheelchair-accessible car every Tuesday for my mum, Madam Koh Siew Lan, 74, for her dialysis at NUH. Can you assign the same driver?
        The guy who rear-ended me in SNB8803X turned out to be a Gojek driver, Eric Tay. His insurer's claim ref is MX-22817 and he admitted fault.
        Mainland customer Huang Siyuan (ID 440305199203152815) filed a complaint that the Lalamove driver overcharged him HK$450 on the Lok Ma Chau run.
        Customer address for the re-delivery: Flat 12B, 14/F, Block 3, Kwai Chung Estate, Kwai Chung, contact Mr Leung 6238 4417.
        Rider FIN G5521907P, Nguyen Thi Hoa, work permit expired 30 Nov, account must be blocked until she uploads a new pass.
        Deactivated driver Ahmad Zulkifli (IC 920715-10-6381) says his earnings of RM 2,960 for Nov were frozen without notice.
        Please refund to POSB savings 188-43217-5 under the name Goh Bee Lian, the cash was overpaid to the driver.
        Foodpanda rider Tang Siu Ming, 19, was hospitalised at Prince of Wales Hospital with a head injury after falling on Tai Po Road. His mother says he had no insurance.
        Driver Suresh Pillay, SKQ619X, got 3 complaints this week; his wife told the hub he's on antidepressants and shouldn't be driving nights.
        Passenger Mr Daniel Hughes left a laptop bag in car SLA5583D. Contact +44 7700 900 314 or d.hughes.sg@outlook.com.
        Hi pls deliver to 28 Jalan SS 2/64, 47300 Petaling Jaya, call Wong Kar Seng at 016-338 2071 when reach, dog at the gate.
        For the insurance claim: rider Kumar s/o Ramasamy, NRIC S7612053F, accident on 18 Nov, MC for 21 days from Changi General Hospital.
        My cousin Tan Jia Hui got deactivated because her account rating fell to 4.6. Her NRIC is T0219846G and she drives SKV2290U, can the union help?
        Dear Sir, I, Chong Yee Mun (MyKad 850923-07-5220), a full-time Lalamove driver based in Georgetown, hereby appeal the 7-day suspension.
        Lost item: a brown Longchamp bag with my HKID card inside. Name on card: Ho Wing Sze, Z640093(1). Please call 9315 2804.
        Deliver to Blk 305C Anchorvale Link #14-522, Singapore 543305. Receiver: Farah Nadia (87720415). Leave at the door, baby sleeping.
        The rider who crashed at Jalan Klang Lama last night is Izzat Danial, 20, from Kampung Kerinchi. He's still in ICU at PPUM.
        Ms Cheryl Lau (S9317462C) was injured when her GrabCar braked suddenly on the ECP on 1 Dec and is claiming for 2 weeks of physio.
        Payout failed: account holder Muthu Velu, OCBC 601-234567-001, returned by bank because name mismatch.
        Can the hub confirm that rider Lee Chun Hei, HKID M235711(4), still owes HK$3,200 for the leased e-bike? He lives in Sham Shui Po, Un Chau Estate, Block 5.
        Taiwanese tourist Lin Yi-chun (ID F226043816) reported that her driver took a longer route from the airport and charged S$78.
        Hi, I'm Aisyah Rahman, the customer from order 55120-MY. My allergy is peanut, severe anaphylaxis. Please make sure the restaurant knows.
        Driver Wong Kah Fai, born 12/03/1979, licence class 3, PDVL expired last month. His HP is 9812 6640.
        My account name is Benjamin Lee Zhi Wei, account email benleezw@gmail.com, I was charged for a ride to Sentosa I never took.
        Rider Ravi Chandran has been off for 3 weeks, dengue, still at Ng Teng Fong General Hospital; his wife Latha can be reached at 8346 1172.
        I, Yap Siew Ching, FIN F7730264Q, request deletion of all my trip history and my home address at 17 Lorong 5 Toa Payoh #08-33.
        Please update my bank card: 5377 6144 0918 2732, exp 09/29, name on card SHARMILA DEVI. The old card was lost.
        To the driver of SMF2156K, Mr Ang Boon Hock: you left your wallet in my car. I have passed it to Bedok Police Division.
        Foreign worker rider Md Rafiqul Islam (passport BD EB0473829) was injured at Tuas South Ave 2, warded at NTFGH, employer refusing to pay.
        Wife of driver Tengku Azlan rang the hotline: he collapsed at the wheel near Bukit Jalil, suspected heart attack, now at IJN.
        Customer Mrs Jennifer Tse, 6 Broadcast Drive, Kowloon Tong, tel 9271 6650, keeps getting her groceries delivered to the wrong house.
        Urgent: 4-year-old Evan Loh left his inhaler in the car SNG907G after being dropped at KK Hospital. Father Loh Jun Ming 9662 0185.
        My salary slip from the fleet company: Mohd Syafiq bin Kamal, basic RM 1,700, commission RM 1,214.50, EPF no. 18839421, SOCSO deducted.
        Chief of rider ops, pls note: rider Ng Kai Lok (HKID P118806(6)) admitted he was drink-riding when he hit the bus in Yuen Long. Police case ref YLDIST 2611-0042.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a support assistant for a ride-hailing app in Singapore."),
        ("user", "hi i left my spectacles in the car just now"),
        (
            "assistant",
            "Sorry to hear that! Could you share the booking ID or the time of the trip?",
        ),
        ("user", "A-6QWX2LZ8P4TR, around 8.15pm from Bishan to Novena"),
        ("user", "my name is Hannah Goh, you can call me at 9024 7713"),
        ("assistant", "Thanks Hannah, we've passed your request to the driver."),
    ],
    [
        ("user", "Boleh tolong semak kenapa akaun saya digantung?"),
        ("assistant", "Boleh. Sila berikan nama penuh dan nombor MyKad untuk pengesahan."),
        ("user", "Nor Azlina binti Hassan"),
        ("user", "910228-08-5382"),
        ("assistant", "Terima kasih. Akaun anda digantung kerana dokumen EVP telah tamat tempoh."),
    ],
    [
        ("user", "How do I claim insurance after a rider accident?"),
        (
            "assistant",
            "You can file through Help > Safety > Accident claim. Please have the police report and medical certificate ready.",
        ),
        ("user", "It's for my brother, he's still at Queen Elizabeth Hospital"),
        (
            "user",
            "his name is Cheung Ka Wai, broke his left leg in Jordan on Sunday, HKID R661308(9)",
        ),
        ("assistant", "I'm sorry to hear that. I've opened claim CLM-HK-558210 for him."),
    ],
    [
        ("user", "driver never came, still charged $12"),
        ("assistant", "Apologies. Which card was charged?"),
        ("user", "visa ending 1277"),
        ("user", "full no is 4012 8865 0033 1277, name Samuel Chia"),
        ("assistant", "Please don't send full card numbers in chat. A refund has been raised."),
    ],
    [
        ("system", "Summarise the rider's incident for the insurance desk."),
        (
            "user",
            "Rider: Siti Zubaidah bte Osman, NRIC S8061539F. On 27 Nov at 13:10 she skidded at Woodlands Ave 3 in the rain. Treated at Khoo Teck Puat Hospital, 2 stitches on chin, MC 5 days.",
        ),
        (
            "assistant",
            "Summary: delivery-partner skidded in wet conditions at Woodlands Ave 3 on 27 Nov; chin laceration, 2 stitches; 5 days' MC.",
        ),
    ],
    [
        ("user", "wanna change my delivery address for the next order"),
        ("assistant", "Sure, what's the new address?"),
        ("user", "Blk 682A Jurong West Central 1"),
        ("user", "#12-118, 641682"),
        ("assistant", "Got it. Who should the rider ask for?"),
        ("user", "Vanessa Ho, 8512 3076"),
    ],
    [
        ("user", "My dad drives for Lalamove, he got hurt unloading a fridge at Ampang"),
        ("assistant", "I'm sorry. Is he receiving treatment?"),
        ("user", "Yes, Hospital Ampang, slipped disc. His name Lau Chee Meng, 58"),
        ("user", "can the company cover his income? he earned around RM 3,400 last month"),
        (
            "assistant",
            "Please submit the medical report via the Driver Help Centre so we can review.",
        ),
    ],
    [
        ("user", "I want to know what data you keep about me"),
        ("assistant", "You can request a copy via Settings > Privacy > Download my data."),
        ("user", "I already did. My account is under jeremy.tan.wk@gmail.com"),
        ("user", "and the home address on it is wrong, it should be 41 Jalan Kembangan, 419130"),
        ("assistant", "Thanks, we've updated your saved home address."),
    ],
    [
        ("user", "幫我查下單, order HKFP-20261130-55781"),
        ("assistant", "Sure. The order was delivered at 19:42 to Tsz Wan Shan."),
        ("user", "唔係我收, I'm Mak Hoi Yan, I live in Wing Fat House Room 1508, Tsz Man Estate"),
        ("user", "my phone 6427 9051, rider never called"),
        ("assistant", "Apologies, we will arrange a refund to your original payment method."),
    ],
    [
        ("user", "Can I get a driver's contact? He hit my car at a carpark in Bukit Timah"),
        (
            "assistant",
            "We can't share drivers' personal details, but we can pass your contact to our claims team.",
        ),
        ("user", "ok. Plate SJH7042Y, the driver said his name was Marcus Yeo"),
        ("user", "I'm Dr Rachel Sim, 9773 2518, my car is a white Mazda 3"),
        ("assistant", "Thank you, the claims team will reach out within 2 working days."),
    ],
]
