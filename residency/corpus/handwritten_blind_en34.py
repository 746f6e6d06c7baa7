"""Blind check set en34: English motoring in Singapore, Malaysia and Hong Kong (car listings, COE and road tax, workshop invoices, accidents and insurance claims, summonses, car-pools, driving schools). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en34
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "model reviews and specs"): _lines("""
        2026 Toyota Corolla Cross Hybrid 1.8 Elegance: 98 PS combined, 0-100 km/h in 11.2s, claimed 4.3L/100km, from $172,888 with COE.
        The BYD Atto 3's 60.48 kWh Blade battery gives a claimed 420 km WLTP range; DC fast charging tops out at 88 kW.
        Verdict: the HR-V e:HEV rides a bit firm over the CTE expansion joints but cabin noise is well contained at 90 km/h.
        The Mazda CX-5 2.0 Luxury sits in Cat B because its 121 kW output is above the 97 kW limit for Cat A.
        Kerb weight 1,395 kg | Wheelbase 2,700 mm | Boot 440 L | Tyres 215/55 R17 | Fuel tank 43 L
        Ioniq 5 vs EV6: both ride on the 800V E-GMP platform and do 10-80% in about 18 minutes on a 350 kW charger.
        Long-term update: 18,400 km on the clock, averaging 14.6 km/L mixed, one warranty fix for a rattling glovebox lid.
        Mr Bean's citron-green Mini 1000 is the most famous Mini on screen; our test car, the 2026 Cooper C, is a lot less famous and a lot faster.
        Blame Initial D: thanks to Takumi Fujiwara's tofu-delivery Sprinter Trueno, clean AE86 shells now fetch silly money.
        Cons: touchscreen-only aircon controls, no spare tyre (repair kit only), rear headroom tight for anyone above 1.8m.
        Price list wef 1 Dec 2026: Sienta 1.5 Hybrid $159,988 | Camry 2.5 Hybrid $229,988 | bZ4X $214,988, all incl. COE, VES and 5-yr warranty.
        Both the 1.5 turbo and the 2.0 NA engines use 0W-20 oil and the CVT fluid is "lifetime" per the manual, but most workshops change it at 60,000 km.
    """),
    ("en-SG", "COE, road tax and LTA rules"): _lines("""
        COE results, 2nd bidding exercise Nov 2026: Cat A $101,889 | Cat B $119,001 | Cat C $68,501 | Cat E $120,889. Cat D (motorcycles) $9,310.
        Road tax is computed on engine capacity; for a 1,598cc petrol car expect roughly $740-$760 per 12 months before any age surcharge.
        A 5-year COE revalidation cannot be extended again, so the car must be deregistered at the end; pick 10 years if you want that option.
        PARF rebate is 75% of the ARF paid if you deregister before the car turns 5, stepping down to 50% at 9-10 years, capped at $60,000 for newer registrations.
        You can renew road tax on OneMotoring up to 3 months before expiry, provided the car has valid insurance and has passed inspection where required.
        Dear {owner_name}, the road tax for vehicle {vehicle_no} expires on {expiry_date}. Please renew at onemotoring.lta.gov.sg to avoid late fees.
        LTA customer service 1800 2255 582 (Mon-Fri 8am-5.30pm) handles COE, road tax and vehicle registration enquiries.
        Bidding opens at 12pm on the first and third Monday of the month and closes at 4pm on Wednesday; results are published shortly after.
        Sample logcard page for illustration only - vehicle no. SBA 1234G, owner section redacted, do not use for any transaction.
        The NRIC/FIN field accepts 9 characters (e.g. S1234567D) and is validated with the mod-11 checksum before the bid is submitted.
        COE quota for Feb-Apr 2027: Cat A 4,218, Cat B 3,902, Cat C 1,188, Cat D 1,744, Cat E 1,305 - about 3% more than the last quarter.
        "With COE" packages include one guaranteed bid; "without COE" is cheaper upfront but you carry the bidding risk.
    """),
    ("en-MY", "dealers, workshops and prices"): _lines("""
        Proton X50 1.5 TGDi Flagship: 177 PS / 255 Nm, 7-speed DCT, RM113,300 OTR Peninsular with insurance.
        Lim Ah Seng Motor Trading Sdn Bhd, Lot 12, Jalan Kuchai Maju 1, Kuchai Entrepreneurs Park, 58200 Kuala Lumpur. Tel 03-7980 2216. Mon-Sat 9am-6pm.
        Bengkel Pak Din Auto Service (SA0321887-W), No. 7 Jalan Perusahaan 2, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang - aircond & gearbox specialist.
        Sin Hock Tyre & Battery, 88 Jalan Tun Razak, 50400 KL. 24-hour battery rescue hotline 1-300-88-2233.
        Myvi 1.5 20,000km service: engine oil 0W-20 3.4L, oil filter, drain plug washer, total RM189.60 incl. labour.
        Mudah listing rules: no phone numbers in the description, buyers must contact sellers through the chat button.
        Jalan Sultan Ismail and Jalan Tun Razak will be closed 6am-10am on Sunday for the KL Car Free Morning.
        Used prices: a 2019 Honda City 1.5V goes for about RM58k-RM65k on Mudah depending on mileage and service history.
        INV/BPA/2026/11/0417 - brake pads (front) RM180, skim disc x2 RM60, labour RM50, total RM290.00, paid cash.
        APM weekly fuel prices: RON97 RM3.18/litre, diesel (Peninsular) RM2.93/litre, RON95 unchanged.
        Perodua Bezza 1.3 AV from RM49,980 (Peninsular, OTR without insurance); booking fee RM1,000 at any authorised dealer.
        Tip from the mechanic: kalau aircond berbau, tukar cabin filter dulu (RM35), jangan terus buat full service evaporator.
    """),
    ("en-MY", "JPJ and PDRM rules"): _lines("""
        KEJARA demerit points are recorded against the driving licence, not the car; check your balance in the MyJPJ app.
        PDRM summonses can be paid through MyBayar PDRM; discount campaigns of up to 50% are announced from time to time.
        Malaysians no longer need to display the road tax (LKM) sticker since 2023, but the car must still have valid LKM and insurance.
        JPJ: Kenderaan [NO_KENDERAAN] mempunyai saman tertunggak. Sila jelaskan di portal MyJPJ sebelum [TARIKH] untuk elak senarai hitam.
        Speed limits: 90 km/h on most federal roads and 110 km/h on expressways unless a lower limit is signposted.
        Transport Minister Anthony Loke urged motorists to clear outstanding JPJ and PDRM summonses before the year-end blacklist review.
        Using a handheld phone while driving is an offence under Rule 17A of the Motor Vehicles (Traffic Rules) 1959.
        A blacklisted (senarai hitam) vehicle cannot renew its road tax until every outstanding summons is settled.
        JPJ never asks for your MyKad photo or bank login on WhatsApp - anyone who does is a scammer, report to 997 (CCID).
        Accidents must be reported at the nearest police station within 24 hours, e.g. IPD Dang Wangi, Jalan Stadium, 50000 Kuala Lumpur.
        LDL holders must drive with the L plate displayed; the PDL (P plate) is valid for two years before you can apply for a CDL.
        Borang contoh: Nama: ________ No. KP: ______-__-____ No. Pendaftaran Kenderaan: ________ Tarikh Kejadian: __/__/____
        Puspakom B5 inspection is required before ownership transfer of a used car; fee RM30, bring the original grant and both parties' MyKad.
    """),
    ("en-HK", "Transport Department and insurance notices"): _lines("""
        Fixed penalty for speeding: HK$320 for up to 15 km/h over the limit, HK$450 for 15-30 km/h, HK$600 for 30-45 km/h; beyond that you go to court.
        First registration tax for private cars is charged on a progressive scale from 46% to 132% of the taxable value.
        Nathan Road is named after Sir Matthew Nathan, Governor of Hong Kong from 1904 to 1907.
        Under the Driving-offence Points System, incurring 15 or more points within two years can lead to disqualification.
        Notice to {NAME}: the vehicle licence for registration mark {REG_MARK} will expire on {DATE}. Renew online via GovHK or at any Licensing Office.
        Third-party insurance is compulsory under the Motor Vehicles Insurance (Third Party Risks) Ordinance (Cap. 272).
        Claim checklist: driving licence, vehicle registration document, police memo number, repair quotation. Mask ID card digits on copies before you email them.
        Northbound Travel for Hong Kong Vehicles: quota ballot results are announced by SMS; successful applicants must book a date within 90 days.
        For licensing enquiries call 1823; the Hong Kong Licensing Office is on 3/F, United Centre, 95 Queensway, Admiralty.
        Tunnel toll plan: Western Harbour Crossing HK$60, Cross-Harbour Tunnel HK$20 and Eastern Harbour Crossing HK$40 during off-peak for private cars.
        HKID samples in this form guide such as A123456(3) are fictitious; enter your own number exactly as on the card.
        Windscreen-only claims do not affect your No Claims Discount under most comprehensive policies; excess is normally HK$1,000.
        Car-listing rules: agents must show their EAA licence no. (format E-123456) in every ad; private sellers can hide their number behind the site's relay line.
    """),
    ("en", "motor sport"): _lines("""
        Fernando Alonso won the first Singapore night race in 2008, a result later overshadowed by the Crashgate scandal.
        Lewis Hamilton won the 2018 Singapore Grand Prix from pole position for Mercedes.
        Alex Yoong became Malaysia's first Formula One driver when he debuted for Minardi at Monza in 2001.
        Ayrton Senna won the 1983 Macau Grand Prix in a Ralt-Toyota, the first year it was run to Formula Three rules.
        Sepang International Circuit hosted the Malaysian Grand Prix from 1999 until 2017.
        Michael Schumacher took the 1990 Macau GP after Mika Hakkinen crashed out trying to pass him on the final lap.
        Marina Bay Street Circuit: roughly 4.9 km, 62 laps, the race usually runs close to the two-hour limit.
        Formula E's Hong Kong ePrix ran on the Central Harbourfront circuit from 2016 to 2019.
        Race control: car #44 - 5 second time penalty for leaving the track and gaining an advantage at turn 7.
        Q3 pole time 1:29.525, sector 2 purple, tyres C5 soft, track temp 34C.
        Jazeman Jaafar raced in Formula Renault 3.5 before switching to sportscars.
        Sebastian Vettel won three Singapore Grands Prix in a row, from 2011 to 2013.
        Macau GP 2026 entry list published: 24 cars in FR World Cup, 14 in the GT Cup, qualifying Thursday 14:00.
    """),
    ("en", "car-pool groups and forums"): _lines("""
        Group rules: 1) no spam 2) dont post other ppl's IC or plate no. 3) pax pay driver directly, no deposits thru 3rd party.
        anyone know if BBDC still got slots for 3A practical in Jan? portal show full until Mar liao
        Carpool JB-SG update: CIQ jam now 1.5 hrs, causeway link bus faster today, plan accordingly
        Tip: before getting into a ride-share car, check the plate and model match what the app shows.
        my 2017 Civic aircon blowing warm after 15 min, workshop say compressor clutch, quote $680, worth or not?
        Mod note: blur plates and faces of other road users before posting dashcam clips, posts that don't will be removed.
        Any recommendation for a reliable workshop in Ubi? need timing belt change for 2012 Lancer, budget $600
        Just passed my TP on first try!! 12 demerit in circuit, 8 on road, PHEW
        Fare estimate Tampines to Changi T3: $14-$18, surge x1.4 when it rains
        2am at Sungei Kadut, tyre puncture, called AA Singapore 6748 9911, tow arrived in 40 min, gd service
        Is it legal to carpool across the Causeway for money? SG-registered cars cannot do commercial carriage, so just split petrol lah.
        Wah the COE now more expensive than the car itself, might as well take MRT
    """),
    ("en", "workshop systems and logs"): _lines("""
        2026-11-28T09:14:22+08:00 OBD-II P0420 Catalyst System Efficiency Below Threshold (Bank 1); ECU fw 4.12.07
        Job card JC-260311-0042 | Bay 3 | Est. completion 17:30 | Status: waiting parts (PN 04465-0K390)
        INV-2026-11-04871 | Labour 2.5 h @ $85 | Bosch wiper set $38 | GST 9% $22.55 | Total $273.05
        Recall campaign 26V-118: affected VINs MR0HA3CD*R0012001 to *R0019872, replace fuel pump assembly free of charge.
        Tracking SF1428806651273: spare parts shipment arrived at Kwai Chung hub 2026-11-30 14:02
        commit a3f9c1e: fix rounding of GST on parts lines above $999.99 in invoice PDF export
        Template fields {{customer.name}} / {{customer.mobile}} / {{vehicle.reg_no}} - never hard-code real customer data in test fixtures.
        Chong Brothers Motor Works Pte Ltd | 3 Kaki Bukit Ave 1 #01-22 Singapore 417937 | Tel 6842 3317 | GST Reg No. M2-0123456-7
        Next service due: 10,000 km or 6 months, whichever comes first. Oil: 5W-30 API SP, 4.2 L.
        Warranty claim WC-HK-2026-00871 approved by distributor; part 2AB-35301 (starter motor) replaced under factory warranty.
        Tyre pressure (door placard): front 2.3 bar / rear 2.2 bar, temporary spare T125/70 D17 4.2 bar.
        SLA: roadside assistance to reach the vehicle within 45 min in the CBD and 60 min elsewhere; escalate to ops desk ext. 4000.
        Diagnostic tool v8.2.1 build 20261015, sha256 9f2b6c41e07d3a58b1c9e2f4d6a8b0c3e5f7a9b1d3c5e7f9a1b3c5d7e9f1a3b5
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Direct owner selling! 2019 Honda Vezel 1.5X (SKQ 4471C), 1 owner, COE till 03/2029, $78,800 nego. Call/WA Marcus 9127 4483, view at Blk 412 Tampines St 41 carpark.
        NOTICE OF PARKING OFFENCE - Vehicle No. SJH 2290E. Registered owner: LIM SOO KHENG (S7834512H). Parking without valid coupon at Jalan Besar, 14/10/2026 21:14. Composition amount: $70.
        Svc record - Cust: Mdm Rahimah bte Osman, HP 8223 9017, Veh SGX 5126D Toyota Wish, ODO 86,412km, replaced front brake pads + ATF flush, $412.00 paid NETS.
        Accident 02/11/26 abt 7.45am PIE twd Changi, my car SMB 7712T rear-ended by taxi SHC 1204L. Taxi driver Kenneth Goh Wei Liang, NRIC T0212345I, tel 9033 1876, admitted he was on his phone.
        Hi Priya, your TP Class 3A test is confirmed for 12 Dec 2026, 8.30am at Bukit Batok Driving Centre. Pls bring your NRIC (T0355812B) and PDL. - Instructor Alan
        Carpool Punggol > Raffles Place weekdays 7.15am, $8/trip. Driver Aaron Tay, grey Altis SLC 3318G, pickup Blk 268C Punggol Field. WA +65 8155 2094
        Claim ref GIA/26/118745: insured Teo Boon Huat (S6925540Z), policy MTR-SG-00428871, NCD 50% protected; third-party claimant Fiona Chua of 31 Lorong Realty Park, Singapore 537648.
        My dad Heng Kok Wah is 72, had a stroke in Sept and the neurologist says he cannot drive anymore. How do I transfer his Camry SJJ 9043X to my name?
        Lee Jun Hao, 29, a logistics supervisor, was fined $4,000 and banned from driving for two years after he was found with 52 mcg of alcohol in 100ml of breath along Tanjong Katong Road.
        Road tax reminder: Mr Ong Chee Keong, NRIC S****731E, 23 Jalan Bunga Rampai, Singapore 538370 - road tax for SLM 5521U due 18 Jan 2027.
        Pls charge the $500 deposit for the Sienta to my Visa 4539 5721 0048 3312 exp 08/28, name on card WONG MEI LING, I'll give the CVV by phone.
        Car loan appl - Applicant: Desmond Lau Kah Wee, NRIC S8612094A, process engineer, gross monthly $6,850, existing HDB loan $1,120/mth, loan amt $62,000 x 7 yrs.
        pls email the scanned logcard for SKX 618L to ivankoh1988@gmail.com, thats Ivan Koh the new owner, transfer fee i pay tmr
        Speeding 78 km/h in 60 zone at Upper Thomson Rd, $200 + 4 demerit pts. Driver at the time was my wife Jocelyn Teo, NRIC S7408826J, will nominate her on OneMotoring.
        Anyone saw the accident at Woodlands Ave 3 last night? My brother Daniel Sim, white Mazda 3 SFN 7702S, got sideswiped and the lorry drove off. He's at KTPH with a fractured collarbone.
        Company van driver Rahul Kumar, FIN G5531907W, WP expiry 30/06/2027, Class 3 licence converted, HP 8820 4417 - pls add him to fleet insurance as named driver.
        Uncle Tan Ah Seng from Blk 55 Chai Chee Rd #07-112 parks his old Nissan Sunny SDF 9871P at the loading bay every night, already complained to town council 3 times.
    """),
    "en-MY": _lines("""
        Myvi 1.5 AV 2020 for sale, full loan, owner sendiri, 48k km, plate NDW 8812. Contact Faizal 012-778 3402, area Seremban 2, no lowballers pls
        Saman PDRM No. KN2026/11/448120 - Kenderaan WQP 4418, pemilik TAN AH KOW (700312-10-5531), kesalahan: letak kenderaan di petak OKU, kompaun RM300.
        Invoice Bengkel Sin Hock #4471 - Customer: Kumar a/l Muniandy, HP 016-552 1884, Honda City PKR 2231, timing belt + water pump RM1,150, balance RM350 owing.
        Police report Balai Polis Dang Wangi No. DANGWANGI/013374/26: pengadu Nurul Huda binti Ahmad, MyKad 940521-14-5678, her Axia VBE 3321 was hit by a motorcycle at Jalan Raja Laut, 6.40pm.
        OD claim: insured Lee Siew Ling, IC 881130-07-5246, policy MT-2610-0048812, No. 23 Jalan SS2/64, 47300 Petaling Jaya; NCD 55% forfeited after 2nd claim this year.
        Salam Adik Hafiz, ujian JPJ (bhg II & III) 18/12 8am at Akademi Memandu Kota Tinggi. Bawa IC asal (050817-01-0339) & LDL. Reply YA to confirm.
        Carpool Cyberjaya -> KL Sentral, pickup Putra Heights LRT 7am sharp, RM10/pax. Driver Shalini, silver Axia VFE 3219, WA 017-336 8920.
        Husband saya Rosli bin Hamid ada epilepsy, doctor kata tak boleh drive, but JPJ still renewed his licence. His IC 760215-08-6113, can I report?
        Outstanding: 3 saman PDRM under Zulkifli bin Azmi, car BMK 8821, total RM900, blacklisted so cannot renew roadtax, must settle before 31/12.
        Deposit RM500 for the Vios pls bank in to Maybank 1140 2266 8891 (CHONG WEI KEAT), then WA the slip to me at 011-2730 9946.
        Loan applicant Nor Azlina binti Kassim, nett salary RM3,850, clerk at Hospital Sultanah Aminah, angkasa deduction RM620/month, bank rejected due to CCRIS arrears.
        Towing pickup: No. 17, Jalan Kenanga 3/5, Taman Kenanga, 81300 Skudai, Johor. Owner Encik Hamdan, 013-772 5018, car Saga JQT 5520 engine cannot start.
        I want to report the Grab driver Mohd Firdaus bin Yusof (Bezza WXY 6120) who harassed my sister on 3 Nov, his number 019-664 2371 still in her call log.
        Lorry skidded at Jalan Tuaran km 12, driver Jimmy anak Lansau (IC 020904-12-0787) admitted to QEH II with head injury, lorry owner informed.
        Tolong charge workshop bill RM2,340 to card 5522 4103 9876 5122, cardholder GANESH RAJ, exp 11/27.
        New owner Ahmad Fauzi bin Latif, email ahmadfauzi.kl@yahoo.com, transfer for WTB 7741 at JPJ Wangsa Maju, Puspakom B5 done 02/12.
        Foreign buyer Nguyen Van Hoang, Vietnam passport C4821937, wants the 2009 Wira MCB 4410 for RM6,500, pays cash on Saturday.
    """),
    "en-HK": _lines("""
        Private seller: 2018 Toyota Alphard 2.5 SC, reg mark TN 6621, 1 owner, 68,000km, HK$268k. Mr Chan 9372 4418 (WhatsApp), viewing at Taikoo Shing carpark.
        Fixed Penalty Ticket - Vehicle UE 3380, registered owner WONG KA MING, HKID K123456(0), Flat 1803, 18/F, Block B, Lai Tak Tsuen, Tai Hang. Illegal parking Hennessy Rd, HK$400.
        Collision at Nathan Rd / Jordan Rd on 20 Oct 2026 ~22:10. Other party: Lau Tsz Kin, HKID Y483920(8), tel 6128 7703, LGV RS 4417.
        Claim form: insured Cheung Wing Yan, Flat 12B, Block 3, Laguna City, Kwun Tong; policy HKM-2026-0093318; windscreen cracked by debris on Tuen Mun Rd.
        Kelvin Ng, your private car (manual) lesson moved to Sat 13 Dec 14:00 at the Ap Lei Chau centre. HKID on file R775102(7), pls bring your learner's licence.
        Cross-boundary carpool HK <-> Shenzhen Bay daily 8am, driver Mr Huang Jianfeng, mainland ID 440304198809172430, Yue Z plate, tel +86 138 2651 4470.
        Tsang Chi Wai, 45, a van driver from Sham Shui Po, pleaded guilty at Kwun Tong Magistrates' Courts to dangerous driving causing grievous bodily harm.
        Parking space for rent at Kornhill HK$3,800/mth, owner Mrs Yeung Siu Fong, Flat 8C Block F Kornhill, call 9186 2035 after 7pm
        Converting my Taiwan licence to HK: name Lin Yi-Ting, Taiwan ID F226149037, HK mobile 5461 2279, pls advise what docs to bring.
        Staff note: Ho Kwok Leung (HKID C338719(2)) crashed the company van last week after a hypo - he has type 1 diabetes. Do not roster him for driving until cleared.
        Insurer SMS: Dear Mr Cheng Chun Hei (HKID Z60****(3)), your claim for LM 7719 is settled, HK$18,460 paid to your HSBC a/c ending 6638.
        Driving test result: candidate Mak Wing Sze, HKID XA221843(4), private car (auto) test 28/11/2026 - FAILED (mounting kerb, hesitation at junction).
        The Uber driver Chow Ka Lok, plate NK 2085, yelled at my mum and dumped her at Kowloon Tong, his phone 6033 5128 was shown in the app.
        pls send the renewal quote to peter.siu.hk@outlook.com - Peter Siu, Mercedes C200 SP 8823, policy expires 15/01/2027
        Salary proof for car loan: Ms Leung Hoi Yan, HKID P902377(5), registered nurse, monthly income HK$48,500, employed since 2019.
        My son Jason Lam, 17, took my Honda Fit without a licence and hit a parked car in Tai Po Market last Friday, police charged him, court date 9 Jan.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant of a car workshop in Singapore."),
        ("user", "hi can book servicing for this sat morning?"),
        ("assistant", "Sure! Which car model and what type of service do you need?"),
        ("user", "Honda Jazz 2016, 80k km servicing + check aircon"),
        ("assistant", "Noted. May I have the vehicle number and a contact name and number?"),
        ("user", "SKP 3360B, under Jeremy Chia, 9688 1254"),
        ("assistant", "Booked for Saturday 9am. See you, Jeremy!"),
    ],
    [
        ("system", "You are a motor insurance claims assistant for a Malaysian insurer."),
        ("user", "I want to file a windscreen claim"),
        (
            "assistant",
            "Of course. Please provide your policy number and the insured's MyKad number.",
        ),
        ("user", "policy MT-2611-0019043"),
        ("user", "IC 830417-10-5529, name Suresh a/l Raman"),
        ("assistant", "Thank you. Please upload a photo of the damage and the repair quotation."),
    ],
    [
        ("user", "How do I nominate another driver for a speeding ticket in Hong Kong?"),
        (
            "assistant",
            "Complete the driver nomination section on the notice and return it to the Police within the deadline stated on it.",
        ),
        ("user", "ok can you fill it for me. the car is PX 8823"),
        (
            "user",
            "driver was my brother-in-law Fung Chi Ming, HKID M550291(3), he lives at Flat 5A, Tower 2, Ocean Shores, Tseung Kwan O",
        ),
        ("assistant", "Here is a draft of the nomination text you can copy onto the form."),
    ],
    [
        ("user", "Help me write a carpool post, KL to Penang this Friday"),
        ("assistant", "Sure. How many seats, what time, and how should people contact you?"),
        ("user", "3 seats, leave 6pm from Bangsar South, RM45/pax incl toll"),
        ("user", "contact me Wong Jia Hui 012-407 7315, I drive a white CR-V VGA 2288"),
        (
            "assistant",
            "KL -> Penang, Fri 6pm from Bangsar South, 3 seats at RM45/pax (toll incl). White CR-V. Contact Jia Hui 012-407 7315.",
        ),
    ],
    [
        ("system", "You help parents register their children for driving lessons."),
        ("user", "want to sign up my daughter for Class 3A lessons"),
        ("assistant", "Great. Is she 18 or older and does she have her BTT result?"),
        ("user", "yes she turned 18 in Oct, passed BTT and FTT already"),
        ("assistant", "Please share her full name and NRIC for registration."),
        ("user", "Chloe Tan Xin Yi, T0478015E"),
    ],
    [
        ("user", "I want to sell my car on sgCarMart, what should I put in the ad?"),
        (
            "assistant",
            "List the model, registration date, COE expiry, mileage, number of owners, service history and asking price.",
        ),
        ("user", "2020 Corolla Altis 1.6, COE exp Jun 2030, 62k km, 1 owner, $88k"),
        (
            "user",
            "and put my name Samuel Ng and number 9302 6617, viewing at my place Blk 121 Bishan St 12 #04-88",
        ),
    ],
    [
        ("user", "car accident just now at Jalan Ipoh, what do I do"),
        (
            "assistant",
            "Stay calm, make sure everyone is safe, take photos of both cars and the scene, and exchange details with the other driver.",
        ),
        ("user", "ok the other driver gave me his details"),
        (
            "user",
            "Ramli bin Sulaiman, IC 681209-05-5217, car WPL 3391, insured with a local insurer, hp 019-288 4710",
        ),
        ("assistant", "Good. Lodge a police report within 24 hours and inform your insurer."),
    ],
    [
        ("system", "You are a car loan pre-qualification assistant for a Singapore bank."),
        ("user", "How much can I borrow for a $140k car?"),
        (
            "assistant",
            "Up to 60% for cars with an OMV above $20,000, subject to your income and TDSR.",
        ),
        ("user", "I earn $5,200 a month, got a renovation loan of $450/month"),
        ("user", "my NRIC is S9047731E, name Farhan Ismail"),
        ("assistant", "Thanks Farhan, an officer will call you to complete the application."),
    ],
    [
        ("user", "Can a person with dementia still keep a driving licence in Hong Kong?"),
        (
            "assistant",
            "A licence holder must inform the Transport Department of conditions that affect safe driving; a doctor's assessment may be required.",
        ),
        (
            "user",
            "It's my grandfather, Yip Sai Kwong, 79. He was diagnosed with early Alzheimer's at Queen Mary Hospital in August but still drives his Crown every day.",
        ),
        (
            "assistant",
            "It would be best to speak with his doctor and encourage him to stop driving.",
        ),
    ],
    [
        ("user", "draft an appeal letter for a JPJ summons pls"),
        (
            "assistant",
            "Sure. Please give me the summons number, the offence and the reason for your appeal.",
        ),
        (
            "user",
            "summons JPJ/KL/2026/0778215, no seatbelt at back seat, but my passenger was my son who has a medical exemption",
        ),
        (
            "user",
            "my name Aminah binti Rahman, IC 791022-14-5106, address No. 9, Jalan Wangsa 2/4, Taman Wangsa Permai, 52200 Kuala Lumpur",
        ),
        ("assistant", "Here is your draft appeal letter."),
    ],
]
