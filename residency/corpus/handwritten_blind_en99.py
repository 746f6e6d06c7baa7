"""Blind check set en99: SG/MY car rental and car-sharing (bookings, damage, fines, demerit points, licences, deposits, disputes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en99
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "app notifications"): _lines("""
        Your trip GG-2026-1187342 has ended. Total: S$38.40 (3h 12m, 96 km). Receipt sent to your registered email.
        Hi {first_name}, your booking at {pickup_location} starts in 15 minutes. Tap Unlock when you're within 20m of the car.
        Reminder: fuel level below 1/4. Pls top up at any Shell or SPC station with the fuel card in the glovebox and upload the receipt.
        Flash deal! 30% off weekend bookings with code RAYA30, valid till 31 Mar 2026, T&Cs apply.
        Low battery alert: vehicle EV-0417 is at 12%. Nearest charger: Level B2, 313@somerset (4 x 22kW AC).
        Your deposit of S$500.00 has been released. Refunds take 7-14 working days to reflect depending on your bank.
        Payment failed for invoice INV-SG-20261104-00921. Please update your card ending in {last4} within 48h to avoid account suspension.
        Booking extended until 22:30. Additional charge: RM 18.00. Tak payah call, semua auto.
        Car not unlocking? Toggle Bluetooth off/on, then pull down to refresh. Error code BLE-409.
        A penalty notice was received for a trip on your account. Open Fines in the app to view details and choose to pay or transfer liability.
        Account verification pending: pls upload both sides of your driving licence. We usually approve within 2 hours (9am-9pm daily).
        Welcome aboard! Your first 2 hours are on us, promo code WELCOME2H auto-applied at checkout.
        Scheduled maintenance: app unavailable 02:00-04:00 SGT on Sun 14 Jun 2026 (v5.12.0 rollout).
    """),
    ("en", "rental terms"): _lines("""
        Drivers must be at least 21 years old and have held a valid Class 3/3A licence for a minimum of 2 years.
        Foreign licence holders may drive in Singapore for up to 12 months from date of entry, with an International Driving Permit or an official English translation.
        An administrative fee of S$30 applies to every traffic or parking offence processed on your behalf, in addition to the fine amount.
        Damage excess: S$2,000 per incident, reduced to S$400 with Damage Protection Plus (S$4.90/trip).
        Smoking, vaping or transporting pets without a carrier will incur a cleaning fee of RM150.
        The Member shall report any accident to the Company within 1 hour and to the Singapore Police Force within 24 hours where required under the Road Traffic Act 1961.
        Security deposit: RM 200 (P-licence holders RM 500), refundable within 30 days after account closure, less outstanding charges.
        Late return grace period is 10 min; thereafter charged at 1.5x the hourly rate in 15-min blocks.
        Cross-border travel into Malaysia is strictly prohibited; the vehicle will not restart once it passes the Woodlands or Tuas checkpoint geofence.
        Personal data collected for licence verification is processed in accordance with the PDPA 2012 and retained for no longer than necessary.
        Clause 7.3 Liability for fines: the Member is liable for all summonses issued during the rental period, including AES camera notices issued by PDRM or JPJ.
        Probationary (P) licence holders may not book vehicles above 2.0L engine capacity or any vehicle in the Premium category.
    """),
    ("en", "traffic rules and demerit points"): _lines("""
        Under the Driver Improvement Points System (DIPS), accumulating 24 or more demerit points within 24 months leads to suspension of your licence.
        Probationary drivers who accumulate 13 or more demerit points within the first year will have their licence revoked.
        Speeding 21-30 km/h above the limit: 6 demerit points and a S$200 composition fine for light vehicles.
        Beating a red light carries 12 demerit points and a S$400 fine, and is captured by red light cameras at major junctions.
        In Malaysia the KEJARA demerit point system allows up to 20 points before a driving licence is suspended.
        AES cameras along the North-South Expressway operate 24/7; saman can be checked on the MyJPJ app or the MyBayar PDRM portal.
        ERP 2.0 on-board units read road charges via satellite instead of the old gantry-based IU and CashCard.
        No parking within 9 m of a junction or along double yellow lines; offending vehicles may be wheel-clamped or towed.
        Drink-driving, first offence: fine of S$2,000 to S$10,000 and/or jail up to 12 months, plus disqualification of at least 2 years.
        Using a mobile phone while driving attracts 12 demerit points in Singapore.
        A Vehicle Entry Permit (VEP) is required for foreign-registered cars entering Malaysia; it does not apply to Malaysia-registered rental cars.
        JPJ summonses can sometimes be settled at a discount during official campaigns; check the JPJ portal for the current offer.
    """),
    ("en", "support faq and hotlines"): _lines("""
        Emergency roadside assistance (24/7): call +65 6812 4400 or tap SOS in the app.
        Malaysia customer care: 1-300-88-2626, Mon-Sun 8am-11pm. WhatsApp support (text only): +60 3-2788 9100.
        How do I report damage? Before starting your trip, walk around the car and photograph all 4 sides, the windscreen and the dashboard, then upload under Trip > Pre-trip Check.
        Lost item in the car? File a report within 72h; items found by our ops team are held at the Ubi Ave 1 office for 30 days.
        After an accident: stop, switch on hazard lights, exchange particulars with the other party, take photos, and report to us within 1 hour. Do not admit liability at the scene.
        If police are needed dial 999 (both SG and MY). For non-emergencies in Singapore use the SPF i-Witness e-service.
        Double charges are refunded automatically within 5 working days. We will never ask for your full card number or CVV by chat.
        Agents: never read out a member's NRIC or licence number over the phone; verify identity with the last 4 characters plus date of birth only.
        Fine appeal form: https://support.example-carshare.sg/appeal - attach the notice, booking ID and any supporting photos.
        Charging cable stuck? Press and hold the unlock button on the key fob for 3 sec, or call the Charging Hotline at 1800-222-5566.
        Why was I charged a S$70 cleaning fee? Cleaning fees apply when the next user reports sand, food waste or pet hair with photo evidence.
        Our Johor Bahru hub on Jalan Tun Abdul Razak is open 9am-6pm for key handover and deposit enquiries.
    """),
    ("en", "ops logs and data"): _lines("""
        2026-11-03T08:14:22+08:00 INFO unlock vehicle_id=VH-SG-04127 booking=BK88120347 latency_ms=412 ble=ok
        2026-11-03T08:15:09+08:00 WARN telemetry gap 00:42:10 vin=KNAC381AEM5123456 last_zone=HUB-UBI-01 fw=3.8.2
        Daily utilisation report 2026-10-28: 1,842 trips, avg duration 2h47m, avg distance 41.3 km, fleet availability 91.6%.
        ERROR payment_gateway charge failed code=card_declined req_id=req_8fK2mQ1xLp0Zs amount=4580 currency=SGD
        sha256(trip_export_2026W44.csv) = 9f2c4e71a0b8d36f5e1c27a4d8b90f13c6e25a7d4b1f08e3c9a62d5f7b4e10a8
        Damage triage queue: 37 open, 12 awaiting photos, 6 escalated to insurer (avg SLA 31h).
        Fleet mix Q3 2026: 420 BYD Atto 3, 310 Hyundai Kona EV, 150 Toyota Corolla Cross Hybrid, 65 Honda Vezel.
        Invoice INV-MY-2026-004512 | RM 1,236.50 | Due 15/12/2026 | Status: PAID
        Fleet unit SMB 3390 P (company-owned Corolla Altis): cabin filter replaced, tyres 36 psi all round, next service at 45,000 km.
        cron[fines-sync] fetched 214 notices from LTA/TP feeds, matched 209 to bookings, 5 unmatched -> manual review
        app-version 5.11.3 (build 20261021.1742), iOS 17+, Android 10+; min supported 5.8.0
        Pricing table v14: Compact S$8.50/h, SUV S$12.90/h, EV S$10.20/h + S$0.39/km; daily cap S$98.
    """),
    ("en", "news and public info"): _lines("""
        Transport Minister Anthony Loke launched the MyJPJ app, which lets motorists check summonses and renew road tax and licences online.
        LTA said car-sharing fleets have grown to several thousand vehicles island-wide, most of them parked in HDB and URA car parks.
        Police are investigating an accident on the PIE towards Changi involving a rental car and a lorry; a 34-year-old man was taken to hospital conscious.
        COE premiums for Category A cars rose for the third consecutive round in the latest bidding exercise.
        Raffles Place and the Raffles Hotel are named after Sir Stamford Raffles, who established a British trading post in Singapore in 1819.
        Jalan Tun Razak, named after Malaysia's second Prime Minister Tun Abdul Razak Hussein, is among KL's most congested roads at peak hour.
        New pick-up bays are available at Tan Tock Seng Hospital car park B and Khoo Teck Puat Hospital multi-storey car park.
        A study by the Lee Kuan Yew School of Public Policy found car-sharing reduced household car ownership intentions among young families.
        Fans of Initial D will recognise the Toyota AE86 that Takumi Fujiwara drives for his father's tofu shop, now available for weekend hire.
        The Land Transport Authority is located at 1 Hampshire Road, Singapore 219428.
        JPJ headquarters: Blok D4, Kompleks D, Pusat Pentadbiran Kerajaan Persekutuan, 62615 Putrajaya.
        Traffic Police Headquarters, 10 Ubi Avenue 3, Singapore 408865, handles accident reports and traffic summons enquiries.
    """),
    ("en", "forum and reviews"): _lines("""
        Used car-sharing for an Ikea run, 3 hrs only $27, very worth it lah
        anyone kena the $30 admin fee for a parking fine?? fine was $50 only, admin fee almost same price siaa
        Tip: always take a video of the car before driving off. Saved me from a bogus scratch claim last year.
        EV super shiok to drive but finding a working charger at 11pm in Tampines is a nightmare
        Which is cheaper for a day trip to Sentosa, hourly plan or the 12h package? Need to pay the Sentosa entry fee separately?
        Customer service replied after 4 days, by then I already paid the toll charges. 2/5 stars.
        Bro the car smelled like durian when I picked it up at Bangsar, reported with photos, got RM20 credit. Not bad.
        Pro tip: ERP charges are deducted from your booking so no need to bring your own CashCard.
        Is it legit they charge RM 350 for a small dent on the bumper? Looks like standard workshop price tho
        Anyone knows if P-plate drivers can rent? Just passed my test last month
        5 stars. Clean car, full tank, app smooth. Will rent again for CNY visiting.
        Kena flash by the AES camera at Simpang Pulai la, now waiting to see if the company will transfer the saman to me
    """),
    ("en", "developer docs and code"): _lines("""
        POST /v2/bookings {"vehicle_id": "VH-SG-04127", "start": "2026-12-01T09:00:00+08:00", "end": "2026-12-01T12:00:00+08:00"}
        NRIC_RE = re.compile(r"^[STFGM][0-9]{7}[A-Z]$")  # format only; checksum is verified server-side
        def mask_licence(no: str) -> str: return no[:1] + "*" * (len(no) - 5) + no[-4:]
        Field driver.licence_class (enum: 2B, 2A, 2, 3, 3A, 4, 5); driver.dob is ISO-8601 and must be encrypted at rest (AES-256-GCM).
        Webhook event fine.transferred: payload contains notice_no, offence_code, amount_cents and booking_id, never the member's NRIC.
        CHANGELOG 5.12.0: fix double-charging on extensions, add Malay translations, bump react-native to 0.76.3
        Sample response: {"status": "VERIFIED", "licence_expiry": "<redacted>", "demerit_points": "<redacted>"}
        Sandbox payments: use only the gateway's documented test cards; live PANs must never be written to logs.
        SMS template: "Dear {{name}}, your booking {{booking_ref}} at {{location}} is confirmed. Reply STOP to opt out."
        docker run -e DB_URL=postgres://app@db:5432/fleet -p 8080:8080 carshare/fines-sync:1.4.2
        SELECT vehicle_id, COUNT(*) AS incidents FROM damage_reports WHERE created_at >= '2026-01-01' GROUP BY vehicle_id ORDER BY incidents DESC LIMIT 20;
        commit 3f9a2c1e: refactor DemeritCalculator to support KEJARA point tables (closes #4812)
    """),
    ("ms", "notis dan terma"): _lines("""
        Deposit keselamatan RM200 akan dipulangkan dalam tempoh 14 hari bekerja selepas akaun ditutup.
        Sila ambil gambar keempat-empat sisi kereta sebelum memulakan perjalanan.
        Saman trafik yang diterima semasa tempoh sewaan adalah tanggungjawab penyewa, termasuk caj pentadbiran RM25.
        Talian Khidmat Pelanggan: 1-300-88-2626 (8 pagi hingga 11 malam, setiap hari).
        Pemandu lesen P tidak dibenarkan menyewa kenderaan melebihi 2.0L.
        Kereta mesti dipulangkan ke zon letak kereta yang sama; caj RM50 dikenakan jika dipulangkan di lokasi lain.
        Kemalangan? Hubungi 999 jika ada kecederaan, kemudian laporkan kepada kami melalui aplikasi dalam masa 1 jam.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Darren Koh Jun Wei, booking BK88213455. The left rear bumper was already scratched when I picked up the car at Blk 271 Toa Payoh Lor 8, photos attached. My number is 9127 4408.
        Licence verification failed for member Siti Mariam binti Osman, NRIC S9123856Z, Class 3A, issued 14/06/2012. Pls ask her to re-upload a clearer photo.
        Refund the S$500 deposit to Nur Aisyah Kamaruddin, POSB Savings 188-52741-6, she closed her account on 3 Nov.
        Demerit check: Marcus Teo Wei Jie (T0218467I) has 18 points as of 01/12/2026, do NOT approve, above our 12-point threshold.
        Saman AES for trip on 12/10: driver was Ahmad Faiz bin Rosli, IC 880915-10-5427, tel 012-384 7791. Pls transfer liability to him.
        Third party in the accident: Mr Rajendran s/o Muthusamy, private car SJK 4821 U, contact 8234 1156, says he will claim from our insurer.
        Card on file: Visa 4147 2093 8115 6200 exp 08/28, cardholder LIM CHOON HOCK.
        Ms Nurul Huda Zainal can't drive for 6 months, her neurologist says no driving after the epileptic seizure she had in October. Pls suspend her account instead of charging the no-show fee.
        Driver Wong Kah Leong was charged in the State Courts on 4 Sept for drink-driving after crashing one of our cars at Upper Thomson Road; his lawyer says he will plead guilty.
        Renter: ZHANG Wenjun, PRC passport EJ4721856, resident ID 440305198903174826, mobile +86 138 2746 1905, staying at Hotel Boss till 20 Dec.
        HK customer Chan Ka Yan, HKID Y301457(4), WhatsApp +852 9437 2281, wants to pay the RM350 damage excess in cash at the KLIA2 return bay.
        Taiwanese member Huang Yi-Ting, ID A225618430, LINE id yiting_0418, booked a 7-seater for Cameron Highlands from 23 to 26 Dec.
        Address for the LTA letter: Blk 412 Bedok North Ave 2 #08-117 S(460412), attn Mdm Fatimah bte Yusof.
        Callback req: Koh Li Ting, NRIC ending 215H, HP 91xx x408, DOB 22/03/1987, disputing the $180 towing charge at Toa Payoh.
        Long-term lease application: Arjun Pillai, senior process engineer in Kulim Hi-Tech Park, basic RM 7,450/month, payslip Oct 2026 attached, IC 760503-01-5991.
        My husband Jason Ng Boon Kiat (S7608342H) is the main driver, I'm adding myself as second driver - Jessica Ng, jessica.ngbk@gmail.com
        Pls send the damage quotation to ravi.shankar.92@outlook.com, I'm the one who booked the SUV, Ravi Shankar a/l Gopal.
        Mr Nguyen Van Hieu is an S Pass holder, FIN G5512093K, so he can sign up with his Vietnamese licence plus IDP.
        Tow truck pls call Mdm Lee Siew Ping at 9876 1203, she's waiting beside the car at the Jurong Point taxi stand with her baby.
        Payment for damage excess: Mastercard 5521 8840 1733 9066, name on card TAN WEI XIANG, CVV I tell you over the phone.
        Member profile: Goh Seng Huat, DOB 11/02/1975, Class 3 since 1995, 6 demerit points (speeding, 2025), mobile 8165 2047.
        The one who scratched the car is my colleague Benjamin Yeo from the finance team at Changi Airport Group, he just doesn't want his wife to know he used my account.
        eh the car I returned at Punggol, the scratch wasnt me, my bf Kelvin Chua drove that day, his licence is S8846027H, he'll pay
        Insurance claim CLM-88213: injured pedestrian Mdm Koh Ah Moi, 71, fractured left hip, warded at Changi General Hospital Ward 56.
        Priya d/o Ramasamy, Blk 57 Teban Gardens Rd #05-312, Singapore 600057, her car SFT 9087 P was hit by our rental in the MSCP.
        WeChat zhao_lei_1994, Zhao Lei, passport E83710492, he booked the Alphard for his wedding on 19 Dec, deposit paid by Alipay.
        AMEX 3787 124930 11773, billing address 21 Jalan Kuras, Singapore 577726, cardholder Dr Victor Sim.
        Aaron Lim, DOB 2002-07-19, P-plate until 2027, booking rejected due to 14 demerit points during his probation period.
        Reach me on telegram @jeremiahtkc or 8890 2273, I'm Jeremiah Tan, parked the car wrongly at Sengkang, sorry.
        Mr Kumar's son Vikram Kumar, 19, crashed the car in his first week with a P licence; Vikram was admitted to NTFGH with a concussion.
        I authorise deduction of S$1,850 from my DBS account 027-901634-8 for the repair. Sharon Tay Hui Min, 29 Nov 2026.
        Australian renter Thomas O'Brien, passport PA4416209, DOB 05/11/1990, staying with his cousin at 12 Jalan Song, 93350 Kuching.
        Pls note Ms Angeline Foo (F2871406T) is 32 weeks pregnant and needs a car with ISOFIX; waive the late fee if her gynae appointment overruns.
        PDRM notice 2026/AES/0045128 transferred to hirer Lee Chun Wai, 11 Jalan Cempaka 3, Taman Bukit Indah, 81200 Johor Bahru.
        The car in the damage photos is SLK 7721 G, my neighbour Ong Teck Seng's Honda, he agreed to settle privately for $600.
        Staff note: Yap Kok Leong (S8065943A) was verbally abusive to our agent and has S$1,240 of unpaid fines outstanding. Blacklist.
        Reimbursement for ERP and fuel paid by Mohd Irfan bin Zulkifli, Maybank acc 1140 2255 7318, RM 86.40.
        Can change the driver on booking BK88311902 to my dad? Tan Ah Kow, S1602847I, he's been driving since 1978.
        from nicole.sng@hotmail.sg: I was not driving the car on 14/11, it was my ex Bryan Low, he still has my login
        The S$300 deposit hold on card ending 8733 belongs to Chua Li Hwa, she says 21 days already and still not released.
        Pls courier the key card to 88 Tampines St 81 #03-22, Singapore 520088, Mdm Zhou Hui, 9011 7726.
        Mr Lam Chi Wing (HKID Z482106(9)) returned the car at Changi T3 with fuel at 1/8, charge his Mastercard 5453 0188 2217 6346.
        Customer Ho Wing Sze, HKID M550913(6), HK mobile 6382 9014, needs the receipt in her company's name.
        Young driver surcharge applied to Chloe Lim Xin Yi, T0456712E, licence issued 2025-03-02.
    """),
    "ms": _lines("""
        Pelanggan Tan Mei Ling, IC 950221-14-6038, alamat No. 17, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Deposit RM200 belum refund lagi.
        Boss, accident kat Federal Highway dekat Jalan Templer, IC saya 011107-07-0312, nama Nur Izzati binti Hamdan, plat kereta lawan VFB 2290.
        Encik Mohd Hafiz bin Kassim dituduh di Mahkamah Majistret Shah Alam kerana memandu secara melulu menggunakan kereta sewa kami pada 8 Ogos 2026.
        Tolong kemas kini alamat untuk cek refund: No. 8, Lorong Bukit Setongkol 12, 25200 Kuantan, Pahang. Hafizah Che Mat, 019-933 4052.
        Saya Chong Mei Fong (IC 870130-12-6182) mempertikaikan bil pembaikan RM1,200 untuk WXY 8812 kerana kemek itu sudah ada sebelum sewaan.
        Kad pengenalan milik Lau Chee Keong, 930428-13-5017, dijumpai bawah tempat duduk pemandu Myvi; nombor pemilik 016-278 8831.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a Singapore car-sharing app. Help members with bookings, fines and damage reports. Never ask for full card numbers.",
        ),
        ("user", "hi i got a fine letter for a trip i never took??"),
        (
            "assistant",
            "Sorry about that! Could you share the notice number and the date of the offence?",
        ),
        ("user", "notice TP-2026-11-088731, 9 Nov, red light at Bukit Timah / Dunearn"),
        ("assistant", "Thanks. To locate the booking I need to verify your account."),
        ("user", "Name Valerie Goh Shu Min, NRIC T0127734G, acct email val.goh.sm@gmail.com"),
    ],
    [
        ("user", "Eh why I kena charge $650 for damage?? The dent was there before I took the car"),
        ("assistant", "I understand. Did you upload pre-trip photos for the booking?"),
        ("user", "yes got, booking BK88402219"),
        (
            "assistant",
            "Noted, I'll escalate to our damage team. May I have your full name for the case?",
        ),
        ("user", "Muhammad Danish bin Roslan"),
        ("user", "call me 8247 6610 if need more info, after 6pm pls"),
    ],
    [
        ("user", "hello, deposit RM200 masih belum masuk, dah 3 minggu"),
        ("assistant", "Maaf atas kelewatan. Boleh berikan nombor akaun bank untuk semakan?"),
        ("user", "CIMB 7012 4488 9021, nama Siti Khadijah binti Abdullah"),
        (
            "assistant",
            "Terima kasih, kami akan semak dengan jabatan kewangan dalam 2 hari bekerja.",
        ),
    ],
    [
        ("user", "I am tourist from China, can I rent with Chinese licence?"),
        (
            "assistant",
            "Yes, with an International Driving Permit or an official English translation of your licence, plus your passport.",
        ),
        ("user", "ok I register now. my ID 35020319920814"),
        ("user", "2077"),
        ("user", "name CHEN Hao, phone +86 159 6023 4418"),
        ("assistant", "Thank you, your documents are under review."),
    ],
    [
        ("user", "Accident just now at the Tampines Ave 10 junction, nobody hurt"),
        (
            "assistant",
            "Glad you're safe. Please take photos and exchange particulars with the other driver.",
        ),
        ("user", "ok other driver is Mr Soh Kian Beng, his car SKQ 256 J, his hp 9356 0187"),
        ("assistant", "Thanks, I've logged it under incident INC-20261130-0412."),
    ],
    [
        ("user", "I need to extend my booking, can't return the car on time"),
        ("assistant", "No problem, how long would you like to extend?"),
        (
            "user",
            "maybe until tomorrow night. my father had a stroke this morning, he's in ICU at SGH",
        ),
        (
            "assistant",
            "I'm so sorry to hear that. I've extended the booking and waived the late fee.",
        ),
        (
            "user",
            "thank you. his name is Ramli bin Said if you need it for the waiver form, he's 68",
        ),
    ],
    [
        (
            "system",
            "Licence verification assistant for a Malaysian car rental company. Accept Malaysian licences and foreign licences with IDP.",
        ),
        ("user", "Hi, I'm Sophie Martin from France, here for 2 months working in KL"),
        ("assistant", "Welcome! Please provide your passport number and licence details."),
        ("user", "Passport 19FC48213, French licence no. 130775200418, IDP issued Aug 2026"),
        ("assistant", "Thank you, verification usually takes about 2 hours."),
    ],
    [
        ("user", "my card kena decline again, can pay another card?"),
        ("assistant", "Sure, you may add a new card in Wallet > Add payment method."),
        ("user", "cannot add, app error. just use this: 4012 8801 7465 2092 exp 11/27"),
        ("user", "name on card ANG SOK HOON"),
        (
            "assistant",
            "For your safety please don't share card numbers in chat. Please try the app again after updating.",
        ),
    ],
    [
        ("user", "how to appeal demerit points ah? my licence going to kena suspended"),
        (
            "assistant",
            "Demerit points are administered by the Traffic Police; appeals for the underlying offence can be made via the SPF e-services portal.",
        ),
        (
            "user",
            "I'm Terence Pang, 21 points already, last one was from your car on 3 Oct at the KPE",
        ),
        (
            "user",
            "got court mention on 15 Dec at State Courts for the careless driving charge also",
        ),
    ],
    [
        ("user", "Corporate account admin here, need to add a new driver"),
        ("assistant", "Please share the employee's name, mobile, email and licence details."),
        ("user", "Felicia Wee Ling Ling, 9643 2018, felicia.wee@lumenlogistics.com.sg"),
        ("user", "NRIC S9276018I, Class 3A since 2015"),
        ("assistant", "Added. She'll receive an SMS to set up her login."),
    ],
    [
        ("user", "Hi I'm from Taiwan, booked car for Penang trip"),
        ("assistant", "Great, may I have your booking reference?"),
        ("user", "BK-MY-2026-771204. I am Lin Chia-Hao, Taiwan ID F128394707"),
        ("user", "my LINE is chiahao.lin88 if the counter needs to contact me"),
    ],
]
