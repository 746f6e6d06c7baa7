"""Blind check set en62: English (Singapore, Malaysia, Hong Kong) airlines and airports (bookings, boarding passes, lost baggage, loyalty, crew notices, travel insurance, announcements). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en62
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "airport announcements"): _lines("""
        Good evening ladies and gentlemen, this is the final call for Singapore Airlines flight SQ 638 to Tokyo Narita. Passengers please proceed immediately to Gate B6. Gate B6.
        Attention please: Scoot flight TR 280 to Bangkok Don Mueang has been delayed. New departure time 23:45. We apologise for any inconvenience caused.
        Passengers are reminded not to leave their baggage unattended. Unattended baggage will be removed and may be destroyed.
        Transfer passengers to Jakarta on SQ 958, pls note your gate has changed to A18. Kindly proceed to the Transfer Counter near Gate E2 if you need assistance.
        Skytrain service between T3 and T1 is suspended for maintenance from 0100 to 0430hrs. Free shuttle bus available at Door 2, Arrival Hall.
        The Jewel Rain Vortex light and sound show runs nightly at 7.30pm, 8.30pm, 9.30pm, 10.30pm and 11.30pm.
        Kallang Airport opened in 1937 and was once called the finest airport in the British Empire; its old terminal building still stands off Old Airport Road.
        For lost items within the terminal, please approach any Information Counter or call Changi Airport Lost & Found at +65 6595 6868.
        Paging template: "Will passenger [NAME] travelling to [DESTINATION] on flight [FLIGHT NO.] please contact the nearest information counter." Never read out passport or seat numbers over the PA.
        Due to lightning risk in the vicinity (Lightning Warning RED), all ramp operations are suspended. Boarding via aerobridge continues as normal.
        The Raffles Medical clinic at Terminal 3, Basement 2 is open 24 hours for travellers and airport staff.
        Liquids, aerosols and gels above 100ml are not allowed in hand-carry. Security screening is done at the gate holdroom for all departing flights.
        Gate close 20 min before departure leh, if you reach after that the system will auto offload you, cannot argue one.
    """),
    ("en-HK", "bookings and fare rules"): _lines("""
        Fare rules (Economy Light HKG-TPE): changes not permitted; refund not permitted; no-show fee HKD 800; checked baggage not included.
        Booking reference = 6 alphanumeric characters, e.g. "ABC123" on our help pages. Letters I and O are never issued to avoid confusion with 1 and 0.
        Cathay Pacific reservations hotline: +852 2747 3333 (24 hours). For HK Express bookings, please use the live chat on the website.
        Invoice no. CX-INV-2026-0048813 | Fare HKD 4,962.00 | Fuel surcharge YQ HKD 1,120.00 | Passenger Security Charge HKD 45.00 | Airport Construction Fee HKD 180.00 | Total HKD 6,307.00
        Ticket number format: 160-XXXXXXXXXX (3-digit airline prefix + 10 digits). When processing refunds, ask for the 13-digit e-ticket number, not the booking ref.
        Promo fare HKG-OSA from HK$1,988 return all-in, travel 10 Jan - 28 Mar 2027, book by 15 Dec. T&Cs apply, limited seats.
        Name change is not allowed after ticketing; a correction of up to 3 characters is permitted free of charge if it is the same passenger.
        Dear {{title}} {{surname}}, thank you for booking with us. Your booking reference is {{pnr}}. Online check-in opens 48 hours before departure.
        Cathay Pacific CEO Ronald Lam told a media briefing that the airline aims to return to full pre-pandemic flight capacity.
        Infant (under 2) pays 10% of adult fare without a seat; children aged 2-11 pay 75% of the applicable adult fare.
        Seat map 77W: rows 40 and 60 are bassinet rows; exit rows 30 and 49 are not available to passengers under 15 or needing assistance.
        ok so fare basis VLOWHK is non-endorsable, cannot move pax to another carrier even under IRROPS, noted?
        Sample form only - Name: CHAN Tai Man, HKID: A123456(3). Please replace with the applicant's own details.
    """),
    ("en-MY", "baggage services"): _lines("""
        Property Irregularity Report (PIR) reference format: station code + airline code + 5 digits, e.g. KULMH12345. Keep it for all follow-ups with Lost & Found.
        To track a delayed bag, enter your file reference and surname on the WorldTracer Self Service page. File ref example: KULAK00000.
        Delayed bags are delivered free of charge within the Klang Valley; outside this area delivery is by Pos Laju, 2-3 working days.
        Interim expense allowance for delayed baggage: up to RM 150 per day for max 3 days, upon submission of original receipts.
        KLIA Lost & Found is at Level 3, Main Terminal Building, open daily 7am - 11pm.
        Bag tag licence plate = 10 digits: leading 0 + 3-digit airline code (232 for MH) + 6-digit serial. Tag 0232 000000 is a test tag, do not load.
        Bro belt 7 for MH 1161 from Kuching damn slow today, ground staff say conveyor rosak, expect another 45 min.
        Damaged baggage must be reported within 7 days of receipt; under the Montreal Convention liability is limited to 1,519 SDR per passenger.
        Sultan Abdul Aziz Shah Airport in Subang handles turboprop and business aviation traffic; Firefly's ATR 72-600 fleet is based there.
        Prohibited in checked baggage: power banks, e-cigarettes, spare lithium batteries. Batteries 100-160Wh need airline approval.
        Oversized items like golf bags and surfboards must be checked in at Row J; sports equipment fee RM 120 per sector.
        SITA reported a global mishandled baggage rate of 6.3 bags per 1,000 passengers in 2024, the lowest in years.
        Sorting system upgrade at KLIA Terminal 1 completed; early bag store capacity increased to 2,600 bags.
    """),
    ("en-SG", "loyalty programme"): _lines("""
        KrisFlyer miles are valid for 3 years; Elite Gold status requires 50,000 Elite miles within 12 consecutive months.
        Membership numbers are 10 digits. Never share your PIN or OTP with anyone, including our staff.
        Redeem from 27,500 miles one-way Saver Economy SIN-NRT; taxes and carrier charges payable separately (approx. S$62.40).
        Miles earned through partner credit cards will be credited within 6-8 weeks after your card statement date.
        PPS Club membership is based on a PPS Value of S$25,000 accumulated within 12 months.
        Hi {{member_first_name}}, you have {{miles_balance}} miles expiring on {{expiry_date}}. Log in to extend them with Miles Expiry Extension.
        Partner airlines include Lufthansa, ANA, United, Air India, Thai Airways and EVA Air.
        The Singapore Girl sarong kebaya uniform was designed by French couturier Pierre Balmain in 1968.
        KrisFlyer service centre: +65 6223 8888, Mon-Sun 8am-8pm SGT.
        Q4 promo: earn 2x miles on flights to Australia booked by 31 Dec 2026. Promo code KF2XAU. Not valid on Saver awards.
        eh anyone know if can transfer miles to my wife account or not? heard got fee S$30 per 10k miles
        Staff note: members requesting statement reprints must be verified via OTP to the registered mobile. Do not read out the mobile number over the phone.
        KrisShop order KS-2026-11-088371 shipped via SingPost, tracking RR123456789SG, est. delivery 3-5 working days.
    """),
    ("en-HK", "crew notices"): _lines("""
        CREW NOTICE 26/114: effective 01DEC26, all A350 crew to carry the updated Medical Kit inventory card rev. 7.
        Min rest for long-haul crew: 12 hrs or preceding duty length, whichever is greater, per FTL scheme CAD 371.
        NOTAM A1234/26 VHHH RWY 07L/25R CLSD 1600-2200 DAILY DUE MAINT.
        Briefing: moderate turbulence forecast FL350-390 over the Bay of Bengal. Seat belt sign on during service, suspend hot drinks.
        Crew are reminded not to post photos of passengers, boarding passes or manifests on social media. Any breach will lead to disciplinary action.
        Roster bid window for Feb 2027 opens 10 Dec 0900 HKT and closes 17 Dec 2359 HKT via CrewLink v5.2.1.
        Duty-free sales report: Flight {FLT} / Sector {DEP}-{ARR} / Cart seal nos {SEAL_OUT} / {SEAL_IN} / Cash HKD ___ / Card ___
        Catering: Hong Kong style milk tea and pineapple buns now served on all regional flights as part of the Q1 menu refresh.
        New safety video starring McDull, the cartoon piglet, to be shown on all HKG departures from January.
        SEP refresher training for cabin crew now held at Cathay City, 8 Scenic Road, Hong Kong International Airport, Lantau.
        DG occurrence ref DGR-HKG-2026-0331: smoke from lithium battery in overhead bin at row 54, extinguished with water, no injuries.
        Sick calls must reach Crew Control at least 4 hours before sign-on. Medical certificates go directly to Occupational Health, not to the Inflight Manager.
    """),
    ("en-MY", "travel insurance"): _lines("""
        Claims must be submitted within 30 days of return with original receipts, boarding passes and the PIR (for baggage claims).
        Flight delay benefit: RM 200 for every 6 consecutive hours of delay, up to RM 1,000.
        Overseas medical expenses covered up to RM 500,000. Pre-existing conditions are excluded unless declared and accepted.
        Policy wording v2026.03, section 4.2(b): "Insured Person" means the person named in the Schedule.
        24h claims hotline 1-300-88-1899; overseas emergency assistance +603 7628 3888.
        Annual plan premium: RM 389 (individual), RM 799 (family). Stamp duty RM 10 applies.
        Claim form Part B - to be completed by attending physician: Diagnosis ______ ICD-10 code ______ Date of first consultation ______
        Takaful travel plan: Shariah-compliant, contributions managed under a Wakalah model.
        Reminder: pls don't email copies of your MyKad or passport as normal attachments, upload via the secure claims portal only ya.
        Panel hospitals for direct billing include Prince Court Medical Centre, Sunway Medical Centre and Gleneagles Kuala Lumpur.
        Claim ref TRV-MY-26-0092214 status: Approved. Payment will be credited in 5-7 working days.
        Exclusions: war, nuclear risks, extreme sports without rider, travel against a Wisma Putra advisory.
    """),
    ("en-SG", "systems and code"): _lines("""
        SELECT pnr, seg_no, dep_utc FROM bookings WHERE status = 'HK' AND dep_utc < NOW() - INTERVAL '2 days';
        NRIC_RE = re.compile(r"^[STFGM][0-9]{7}[A-Z]$")  # format check only; checksum is validated server-side
        BCBP field 1 is the format code 'M'; the passenger name field is 20 characters, left-justified, SURNAME/GIVEN.
        2026-11-30T02:15:07+08:00 INFO dcs-checkin v4.18.2 build 9f3c2ab deployed to prod-sin-2 (47/47 pods healthy)
        Error APIS-412: passport expiry must be at least 6 months after date of return for destination ID. Passenger record rejected.
        PNR history: RF-WEB; ER; SSR WCHR SQ HK1 SINLHR0322Y; OSI SQ CTCE EMAIL ON FILE
        MVT SQ322/30.9VSKB.SIN AD0215/0227 EA0935 LHR
        Retention policy: APIS data purged 72 hours after arrival; passport scans must never be written to application logs.
        Mock data for unit tests: surname='TESTPAX', given='ALPHA', passport='X0000000', dob='1900-01-01'
        SSR DOCS format: SSR DOCS SQ HK1/P/{nationality}/{passport_no}/{issuing_country}/{dob}/{gender}/{expiry}/{surname}/{given}
        sha256(release-4.18.2.tar.gz) = 3b7e9a0c4f12d8e6a5b1c0f9e2d74a38c6b15f0e9d2a7c4b8e1f3a6d0c9b2e54
        fix(checkin): boarding pass PDF no longer truncates given names longer than 18 chars (#4412)
    """),
    ("en-MY", "aviation news"): _lines("""
        AirAsia co-founder Tony Fernandes said the group will take delivery of more A321neo aircraft next year.
        Transport Minister Anthony Loke said the new KLIA Aerotrain would run every three minutes during peak hours.
        MH370 disappeared on 8 March 2014 with 239 people on board; the search remains one of the largest in aviation history.
        Sultan Ismail Petra Airport in Kota Bharu will get an expanded terminal under the 13th Malaysia Plan.
        Firefly CEO Philip See said fares on the resumed Penang-Seletar route start from RM 99 one-way.
        CAAM fined an airline RM 50,000 for failing to comply with the Consumer Protection Code on refunds.
    """),
    ("en-HK", "history and culture"): _lines("""
        Kai Tak's checkerboard hill guided pilots through the famous 47-degree right turn onto Runway 13.
        Chek Lap Kok replaced Kai Tak on 6 July 1998, and the old runway is now the Kai Tak Cruise Terminal.
        In Wong Kar-wai's Chungking Express, Faye dreams of California at a snack bar and later returns as a flight attendant.
        The name Kai Tak comes from Sir Kai Ho Kai and Au Tak, the two investors behind the original reclamation in the 1910s.
        Cathay Pacific was founded in 1946 by American Roy Farrell and Australian Sydney de Kantzow.
        North Lantau Hospital, 8 Chung Yan Road, Tung Chung, is the nearest public hospital to the airport.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi can help me change my flight? Booking ref K7QZ4M, passenger Tan Wei Ming, NRIC S8734562I, want to move from 12 Dec to 14 Dec SQ 856.
        WCHC request for Mdm Koh Ah Lian, 81 yrs, post-stroke and on dialysis 3x a week, flying SIN-PEN 18/12. NOK: daughter Koh Siew Ling 9127 4408.
        M1LIM/JIAHUIMS        EK7QZ5P SINHKGSQ 0890 343Y032A0117 100
        Lost bag delivery addr: Blk 412 Tampines St 41 #08-233 S(520412), contact Nurul Huda 8352 6190. Bag is black Samsonite with pink ribbon.
        Paging Mr Ravi Chandran s/o Murugesan travelling to Chennai on 6E 1002, your checked bag has been offloaded, please report to Gate A2 immediately.
        KrisFlyer member 8817254093, Ms Cheryl Ang Hui Min (cheryl.ang.hm@gmail.com), requests reinstatement of 41,200 expired miles.
        Passenger Darren Goh Jun Hao, 31, was sentenced to six weeks' jail for molesting a stewardess on a flight from Bali; the court heard he was drunk.
        insurance claim for my son Ethan Lee, NRIC T0219847E, he broke his arm skiing in Niseko, hospital bill JPY 412,000
        Refund to card 4557 0123 4567 8910, cardholder LOW KAH SENG, exp 08/28 - pls process the S$1,246.30 for cancelled TR 12.
        Season parking T2 carpark - IU holder Bernard Yeo, vehicle SKP 4827 R, mobile 9368 2751, renewal due 1 Jan.
        FIN F2345671X, Nguyen Thi Lan, passport C4829173, was denied boarding because her work permit was cancelled by her employer.
        Crew member Siti Rahmah Bte Jamal (staff no. 72193) is grounded pending results of a drug test after the 3 Dec incident.
        Mdm Yeo Bee Hoon, DOB 14/02/1958, declared pre-existing Type 2 diabetes and hypertension at purchase of policy TRV-SG-553812.
        pls call my husband Marcus Chia at +65 9735 0184 if I miss the connection, he is picking up the kids at T1 Arrival Hall
        UM form: Chloe Tan Yu Xuan, 9 yrs, SIN-PER on SQ 225. Drop-off: father Tan Kok Wee, S7621093D. Pick-up: grandma Lee Mui Eng, +61 412 558 903.
        E-ticket 618-2419038875 issued to SHARMA/PRIYA MRS, passport E8812047L, DOB 22MAR1990.
        Hi I'm Joanne, Lim Pei Shan's colleague - she's 32 weeks pregnant and her fit-to-fly cert from KKH is attached, can she still board tmr's flight to Perth?
    """),
    "en-MY": _lines("""
        Nama: Muhammad Haziq bin Abdullah, MyKad 880314-14-5523, phone 012-388 4127 - nak tukar tarikh flight AK 6128 ke 20 Dis.
        Bag hilang kat KLIA2, PIR KULAK48219. Deliver to No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Contact Mr Lee Chee Keong 016-772 9043.
        Trip cancellation claim: my mother Puan Zaleha binti Osman passed away on 2 Nov 2026, death cert attached. Insured is me, Nor Azlina binti Kamal, IC 920705-10-6218.
        Insured person Vinod a/l Ramasamy was admitted to Bumrungrad Hospital Bangkok for dengue fever from 3-7 Oct; bill THB 186,400.
        First Officer Ahmad Faizal bin Rosli, basic RM 14,800/month, has resigned to join another carrier - pls update payroll and stop his housing allowance.
        Enrich member MH 300 418 2276, Ms Wong Mei Ling, Platinum, address 8-3-12 Sri Bayu Apartment, Jalan Tun Dr Awang, 11900 Bayan Lepas, Penang.
        Pls refund to my Maybank acc 1640 2288 1904, name TAN SOO HUAT, the RM 1,127 for cancelled MH 2614.
        Pax JOHARI/MOHDAZRULMR offloaded from AK 5108 after being drunk and abusive; police report SEPANG/004512/26 lodged.
        Car at KLIA long-term parking: Perodua Myvi WXY 4821, owner Farah Nadia binti Hussin, 011-2384 9917, ticket lost.
        Umrah group list row 14: ROSNAH BINTI IDRIS, passport A38827164, DOB 12/06/1961, mahram: husband Hassan bin Yusof.
        My grandson Daniel Lim Jun Kai, 6 years old, has severe peanut allergy - can confirm nut-free meal on MH 52 seat 23C? Booking under me, Lim Ah Chai.
        Visa card ending 2440 charged twice, cardholder Rajeswari a/p Subramaniam, booking XJ8B2Q, pls check.
        Hi Kak Ros here, WhatsApp 019-655 2038, my son Amir lost his luggage at Penang airport, his IC 011129-07-0847.
        Cabin crew Nurul Syafiqah binti Hamzah was diagnosed with major depressive disorder and is on 3 months medical leave; pls exclude from roster.
        Bagasi rosak, penumpang Chong Wai Kit, tel +60 12-509 3318, email waikit.chong88@yahoo.com, tag MH 618034.
        Passenger Jugah anak Lanyau, IC 750418-13-5291, requires stretcher (STCR) from Miri to KL for cancer treatment at IKN.
        Hi may I know status of claim for my dad Mr Goh Teck Seng? He fell at the airport escalator and fractured his hip, now at Hospital Pulau Pinang ward 12.
    """),
    "en-HK": _lines("""
        CHEUNG/KA WING MS, HKID Y508821(4), booking 6PXQ2T, requests seat change to aisle, Asia Miles 1782 3349 05.
        iPad left in seat pocket 44K on CX 543, owner Ms Tsang Hoi Yan, 9234 7718, pls send to Flat D, 17/F, Tower 2, Laguna Verde, Hung Hom.
        Mr Lau Chi Keung, HKID K372914(1), was hospitalised in Sapporo for acute pancreatitis for 5 nights; claim submitted under policy TI-HK-778204.
        Crew member Vanessa Ho (staff ID 418826) received a written warning after failing an alcohol breath test before CX 888.
        Pax ZHANG/WEIQIANG, PRC resident ID 440106198609221535, transit HKG to YVR, mobile +86 138 2745 9031.
        My wife Winnie Leung is flying HX 608 alone with our 2 kids, she has epilepsy, pls ask crew to keep an eye on her
        LIN/YA-TING MS, Taiwan ID F225813949, lost her passport at HKG T1, police report RN 26123456, needs a travel document to TPE.
        Refund to UnionPay 6214 8390 5512 7039, name Kwok Siu Fung, for cancelled UO 688.
        Pay slip Dec: Cabin Crew Grade 2 Li Wing Sze, basic HK$18,400, flying allowance HK$6,210, MPF 5% deducted.
        WhatsApp me at +852 6138 2290 if my bag arrives, I'm Fung Tsz Ching, staying in Room 2316 Harbour Grand Kowloon till Sun.
        Mr Yip Chun Hei, 42, a logistics manager, pleaded guilty in the District Court to smuggling 3kg of cocaine through HKIA in his checked luggage.
        Passport K5******3 of Mr Ng Ho Yin expires 02/2027, he must renew before his Japan trip on 20 Jan, booking ref 4TQW8N.
        Asia Miles 1724 998 301, holder Dr Andrew Poon Kwok Leung, email apoon.kl@netvigator.com, DOB 07/09/1971.
        Pax in 61A, Mr Sze Man Chun, HKID R246107(1), is a deportee (DEPU) escorted by Immigration - do not serve alcohol.
        NAME WONG/KAHEI MR  FLIGHT UO 862  SEAT 14F  GATE 511  BOOKING REF Q3RZ8L  SEQ 087
        Domestic helper Maria Santos Dela Cruz, HKID XA118230(4), flying to Manila on PR 311, has a hearing impairment, pls assist at boarding.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a virtual assistant for a low-cost airline. Be brief and friendly."),
        ("user", "hi what is the cabin bag allowance for economy"),
        (
            "assistant",
            "You can bring up to 10kg in total across 2 pieces, including one personal item.",
        ),
        ("user", "ok then I want to add 20kg checked bag to my booking"),
        ("assistant", "Sure, may I have your booking reference and the passenger's full name?"),
        ("user", "ref T8MN2K, name Ong Jia Hui"),
        ("user", "NRIC S9012385H if you need"),
    ],
    [
        ("user", "My suitcase didn't come out at HKG, flight CX 715 from Singapore"),
        ("assistant", "Sorry to hear that. Did you file a PIR at the baggage services counter?"),
        ("user", "yes HKGCX40217"),
        ("assistant", "Thanks. Where should we deliver the bag once it is located?"),
        ("user", "Flat 9C, 22/F, Block 5, Kingsford Terrace, 2 Tai Hang Road, Causeway Bay"),
        ("user", "name on the file is Chow Man Yee, 9471 3068"),
    ],
    [
        ("user", "Saya nak claim travel insurance untuk ayah saya"),
        ("assistant", "Boleh. What happened during the trip?"),
        ("user", "he had a heart attack in Melbourne, stented at Royal Melbourne Hospital"),
        ("assistant", "I'm sorry. Please provide the insured person's name and IC number."),
        ("user", "Ismail bin Hashim, IC 6504"),
        ("user", "12-08-5117"),
        (
            "assistant",
            "Thank you, I've noted the claim. A case officer will contact you within 2 working days.",
        ),
    ],
    [
        ("user", "can I pool KrisFlyer miles with my family?"),
        ("assistant", "Yes, with a Family Account you can pool miles with up to 5 family members."),
        (
            "user",
            "ok add my wife Gwendolyn Sim, her email gwen.sim.ky@hotmail.com, my member no is 8824 519 307",
        ),
        ("assistant", "An invitation will be sent to the email provided."),
    ],
    [
        ("system", "Internal crew scheduling helpdesk. Staff only."),
        ("user", "need to swap Jasmine Teo off the SQ 12 pairing on Fri"),
        ("assistant", "Noted. What is the reason for the change?"),
        ("user", "she had a miscarriage last night, on MC for 2 weeks, keep it confidential pls"),
    ],
    [
        ("user", "need wheelchair for my grandmother, flight MH 2735 KUL to Kota Kinabalu"),
        ("assistant", "Certainly. Can she walk short distances or climb stairs?"),
        ("user", "cannot, she has advanced Parkinson's"),
        ("assistant", "We'll request WCHC. Please share her name as on the ticket."),
        ("user", "Chin Siew Moi, 84, travelling with me (Chin Ka Lok, 012-774 3195)"),
    ],
    [
        ("system", "Summarise customer complaints for the service recovery team."),
        ("user", "Summarise the attached complaint."),
        (
            "assistant",
            "Summary: Mr Harpreet Singh Gill (Enrich no. MH 301 552 8841, +60 17-336 5520) complains that his 78-year-old mother was left unattended at KLIA Gate C21 for 2 hours despite a pre-booked wheelchair. He requests a written apology and compensation.",
        ),
    ],
    [
        ("user", "I'm transiting HKG to London, mainland passport, need transit visa?"),
        (
            "assistant",
            "PRC passport holders on a through ticket with confirmed onward travel generally may transit airside without a visa.",
        ),
        ("user", "ok pls put my documents into booking"),
        ("user", "CHEN/XIAOYU, passport EA4829176"),
        ("user", "ID card 350203199208171046, mobile +86 159 0217 6638"),
    ],
    [
        ("user", "I was charged but booking failed"),
        (
            "assistant",
            "Sorry about that. Could you share the card details used for payment so we can trace it?",
        ),
        ("user", "4572 6300"),
        ("user", "9918 2440 exp 11/29"),
        ("user", "cardholder Pang Wai Leng"),
        ("assistant", "Thank you. The hold will be released by your bank within 7-14 days."),
    ],
    [
        ("user", "help, my father wandered off at Changi T2 departure hall"),
        (
            "assistant",
            "Please stay calm. I will alert airport police and the information counter. Can you describe him?",
        ),
        (
            "user",
            "Mr Sim Boon Kiat, 79, has dementia, wearing blue polo and grey pants, no phone with him",
        ),
        ("user", "my number is 8126 4473, I'm at Door 6"),
    ],
]
