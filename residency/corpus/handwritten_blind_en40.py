"""Blind check set en40: English hotel and hospitality operations in Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en40
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "house rules"): _lines("""
        Check-in time is 3pm and check-out is 12 noon. Late check-out until 4pm is subject to availability and charged at 50% of the prevailing room rate.
        All guests aged 18 and above must produce a valid NRIC, FIN card or passport at check-in, as required under the Hotels Act.
        Durians and other strong-smelling fruits are strictly not allowed in the rooms. A deep-cleaning fee of S$300 will be charged.
        Smoking is prohibited in all rooms, corridors and indoor areas. The designated smoking point is at the B1 loading bay, next to the Shell station.
        Visitors must leave the guest rooms by 11pm. Overnight visitors have to be registered at the Front Desk with photo ID.
        A pre-authorisation of S$150 per night will be held on your card for incidentals and released by your bank within 14 working days after check-out.
        Cancellations received less than 48 hours before arrival will incur a one-night charge; no-shows are charged for the full stay.
        Pool hours: 7am - 10pm. Children under 12 must be accompanied by an adult at all times. No lifeguard on duty after 7pm.
        Complimentary shuttle to Orchard Road (drop-off at Ngee Ann City taxi stand) departs hourly from 10am to 9pm, first come first served.
        Pets are not permitted on the premises, with the exception of certified guide dogs.
        Lost property unclaimed after 3 months will be donated to charity; cash, jewellery and ID documents are handed to the Singapore Police Force.
        We only collect your ID details because the law requires us to. For any PDPA query, please write to our Data Protection Officer at dpo@straitsorchid.com.sg.
    """),
    ("en-MY", "room types and rates"): _lines("""
        Deluxe King, 32 sqm, city view - RM 420++ per night, breakfast for 2 at Selera Cafe included.
        Executive Suite, 68 sqm, KLCC view, with Club Lounge access (6.30am-10.30pm): RM 1,180 nett.
        All rates are subject to 10% service charge, prevailing SST and Tourism Tax of RM10 per room per night for non-Malaysian guests.
        Family Room (2 Queen + sofa bed) - max 3 adults + 1 child. Extra bed RM 90 nett/night incl. breakfast.
        Ramadan Buka Puasa buffet: RM 168 nett per adult, RM 84 per child (6-12 yrs), senior citizens 50% off upon showing MyKad.
        Corporate code CORP26: Superior Twin RM 298 nett incl. 1 breakfast, valid 1 Jan - 30 Jun 2026, blackout 14-18 Feb (CNY).
        Day-use rooms 9am-6pm at RM 180 nett, subject to availability. Popular with transit pax from KLIA.
        Stay 3 Pay 2 at the Heritage Wing, George Town - book by 31 Mar with promo code GEORGETOWN3.
        Connecting rooms can be requested for Deluxe categories only and are not guaranteed.
        Children below 6 stay free using existing bedding; breakfast for kids 6-11 is RM 45 nett.
        Merdeka weekend special: Premier Room RM 331 nett (31 Aug) incl. welcome drink & late check-out 2pm.
    """),
    ("en-HK", "guest templates"): _lines("""
        Dear {{guest_title}} {{guest_last_name}}, thank you for choosing The Kowloon Pearl. Your reservation {{conf_no}} for a {{room_type}} from {{arrival}} to {{departure}} is confirmed.
        Hi [First Name], your room [Room No.] is ready! Please collect your keys at the lobby counter on G/F.
        Dear Guest, we are pleased to extend your check-out to <TIME>. A charge of HK$<AMOUNT> will be posted to your folio.
        Registration card: Surname / Given Name / Nationality / Passport or HKID No. / Date of Birth / Address / Signature - all fields in BLOCK LETTERS please.
        Form IR-07  Date/Time: ______  Location: ______  Person(s) involved: ______ (do NOT write HKID numbers on this form)  Description: ______
        [HotelName] Your mobile key for room %ROOM% is active from %START% to %END%. Reply STOP to opt out.
        Dear Valued Member, your tier status will be reviewed on 31 December. Earn 15 more qualifying nights to reach Pearl Gold.
        Hi XXXX, it looks like you left an item in your room. Please contact lostandfound@kowloonpearl.com.hk quoting your booking reference.
        Shift | Duty Manager | Occ % | Arr | Dep | VIP | Complaints | Remarks
        Welcome back, Mr./Ms. ________. We have prepared your preferred pillow type as noted in your guest profile.
        Dear {salutation}, please note the Harbour Pool will be closed on {date} as Typhoon Signal No. 8 is in force.
    """),
    ("en-HK", "PMS and interface logs"): _lines("""
        [2026-11-28 03:12:44 HKT] NightAudit ENDED rc=0, 412 folios rolled, business date advanced to 2026-11-29.
        OPERA Cloud 24.5.0.0 deployed to property HKGKP; rollback tag ops-2026-11-27-r2.
        IFC8 -> POS: posting 00482913 rejected, outlet code 0310 not mapped (check table REV_CTR).
        Invoice INV-HK-2026-004417 issued to Acme Logistics (HK) Ltd for MICE block ACMELOG26, HK$486,200.00, due 30 days.
        Replacement keycard encoder shipped by supplier, SF Express tracking SF1423987705512, ETA Monday.
        Channel manager sync failed for rate plan BAR-RO 2026-12-20..2026-12-31: HTTP 429 from OTA API, retry in 300s.
        ERR E-4012 keycard encoder offline at FO terminal 3 (10.24.8.113) - call Engineering ext 4400.
        HSK status 14:00 - VC 312 / VD 48 / OC 27 / OOO 6 (1208, 1514, 2201, 2203, 2605, 3110).
        nightly_pms_dump.tar.gz 14.2 GB completed 02:41, md5 3b1f0e9c7a4d22e18f6b5a90cd47e1a2
        GET /v2/reservations?status=DUE_IN&date=2026-12-05 -> 200, 187 records, 1.8s
        rate_code,room_type,start_date,end_date,single,double,extra_bed,currency
        FACP log: Zone 14 (L21 corridor) smoke detector fault 02:17, reset 02:25 by FCC, no evacuation.
    """),
    ("en-SG", "concierge and local info"): _lines("""
        Nearest A&E: Singapore General Hospital, Outram Road, Singapore 169608 - about 10 min by taxi.
        Tan Tock Seng Hospital is at 11 Jalan Tan Tock Seng, Singapore 308433, a short walk from Novena MRT (NS20).
        Police emergency: 999. Ambulance & fire (SCDF): 995. Non-emergency ambulance: 1777.
        Sun Yat Sen Nanyang Memorial Hall, 12 Tai Gin Road - open Tue to Sun 10am-5pm, closed on Mondays.
        Raffles Hotel was opened in 1887 by the Armenian Sarkies brothers and is named after Sir Stamford Raffles.
        The Singapore Sling was created around 1915 by Hainanese bartender Ngiam Tong Boon at the Long Bar.
        Haw Par Villa, 262 Pasir Panjang Road, was built in 1937 by Aw Boon Haw and Aw Boon Par, the brothers behind Tiger Balm.
        Garden Rhapsody light show at the Supertree Grove runs nightly at 7.45pm and 8.45pm, free admission.
        Concierge tip: Tian Tian Hainanese Chicken Rice at Maxwell Food Centre, go before 11am to avoid the queue.
        Our concierge desk is reachable 24 hrs at +65 6338 1212 ext 2 or concierge@straitsorchid.com.sg.
        For Changi T3, Grab and Gojek pick-ups are at the Arrival Pickup Point, Basement 2 - allow 45 min to the hotel in peak hours.
    """),
    ("en", "industry news"): _lines("""
        The Peninsula Hong Kong, opened in 1928, remains the oldest hotel in Hong Kong.
        Chief Executive John Lee officiated at the opening of Kai Tak Sports Park, which hotel groups expect to lift weekend demand in Kowloon East.
        The Visit Malaysia 2026 campaign is targeting 35.6 million international tourist arrivals, the tourism ministry said.
        Capital A chief executive Tony Fernandes told reporters that more transit traffic through KLIA Terminal 2 would benefit airport hotels.
        Q3 occupancy across the group's five Malaysian properties rose to 76.4%, with ADR up 5.2% year-on-year to RM 412 and RevPAR at RM 315.
        The Kowloon Pearl's new bar, Room 2046, nods to Wong Kar-wai's film in which the writer Chow Mo-wan rents the room next to 2046.
        Fans of Crazy Rich Asians can book a Rachel Chu & Nick Young package, with a Singapore Sling at the Long Bar and a hawker food trail.
        Marina Bay Sands, 10 Bayfront Avenue, Singapore 018956, has around 2,560 rooms across its three towers.
        An industry survey found that 61% of hotels in Hong Kong still face shortages of housekeeping and F&B staff.
        Singapore hotel room revenue for the Formula 1 weekend was up 18% compared with an average September weekend.
        Penang's Eastern & Oriental Hotel was founded in 1885 by the Sarkies brothers, who later opened Raffles in Singapore.
    """),
    ("en-MY", "housekeeping and engineering"): _lines("""
        Rm 1208 aircon leaking, OOO until FCU replaced. Pls block in PMS and inform FO.
        Top up minibar on L15-L18 before 2pm, VIP group arrival from Petronas delegation.
        Linen par level is 3.5 sets per bed, current stock only 2.8 - raise PO to laundry vendor (PO 45001827).
        Checklist: strip bed, sanitise remote + switches, replace glasses, vacuum under bed, check safe is open & empty.
        Bedbug protocol: room OOO 72 hrs, heat treatment by pest vendor, all linen to be bagged in RED bags and sent separately.
        Room attendant quota: 14 rooms/shift for Deluxe, 10 for suites. OT claim use form HK-OT-03.
        Level 7 carpet shampoo Tuesday 10pm-2am, kindly inform night duty manager & front office.
        Pool reading 0800: pH 7.4, free chlorine 2.0 ppm - within range. Next backwash Friday.
        Gas leak drill at Selera kitchen 15/12 3pm, all F&B staff assemble at Assembly Point B (staff car park).
        Service lift L3 under maintenance by Schindler 9am-1pm, pls use L4 for trolleys.
        Reminder: room attendants must NOT take photos of guest belongings, passports or documents. Report lost items via HotSOS only.
    """),
    ("en-SG", "reviews and replies"): _lines("""
        Room was clean but the aircon was super loud, couldn't sleep. Breakfast so-so. Location near MRT is the only plus. 3/5
        Staff very friendly!! The lady at reception upgraded us for our anniversary, thank you so much!!
        Dear valued guest, thank you for taking the time to share your feedback. We are sorry the air-conditioning disturbed your rest and have asked our engineering team to service the unit.
        Stayed 2 nights for the F1 weekend, worth the $$$. Rooftop view of the track was shiok.
        Terrible. Booked sea view, got a view of the car park. Front desk just said fully booked, sorry lor.
        Rated 8.6/10 from 1,284 verified reviews - cleanliness 9.1, location 9.4, value for money 7.8.
        Hi there, we're sorry your stay didn't meet expectations. Please email feedback@straitsorchid.com.sg quoting your booking reference so we can look into it.
        Bring your own slippers, the ones provided are paper thin lol. Otherwise ok for the price.
        Don't stay here during CNY, the lion dance at 7am woke up the whole floor haha but tbh quite fun
        Tip: ask for a high floor facing Marina Bay, the National Day fireworks are amazing from there.
        Spa was pricey (S$220 for 60 min) but the therapist was really good, my back pain gone.
    """),
    ("en", "data-protection training"): _lines("""
        Never send a guest's passport scan over WhatsApp. Upload it to the PMS document vault and delete any local copy.
        If a caller asks which room a guest is in, do not confirm the room number - offer to put the call through instead.
        Under the PDPC advisory guidelines, collect full NRIC numbers only where the law requires it; otherwise record at most the last 3 digits and the letter.
        Mask card numbers to the last 4 digits on all printed folios, e.g. XXXX XXXX XXXX 1234.
        PDPO Data Protection Principle 3: personal data must not be used for a new purpose without the data subject's prescribed consent.
        Sandbox payment gateway test card: 4111 1111 1111 1111, any future expiry, CVV 123. Never use it in production.
        The HKID shown in our training slides, A123456(3), is a specimen number and does not belong to any real person.
        Retention: registration cards 12 months, CCTV footage 30 days, incident reports 7 years, then shred or purge.
        Data access requests from guests must be forwarded to the DPO within 1 working day; the hotel has 30 days to respond.
        Do not post about VIP or celebrity stays on social media, even after they have checked out.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        2315hrs Rm 1417 Mr Lim Wei Jie came down to lobby drunk, shouted at NA and kicked the brochure stand. Sec escorted him up, DM gave verbal warning - pls note in guest profile.
        Folio 88213 | Ms Priya d/o Ramasamy | Rm 2209 | NRIC S8734215H | Arr 03/12 Dep 06/12 | BAR-BB S$289++ | Visa ending 2659
        HK note - 806 Mdm Tan Siew Lan has severe asthma, NO air freshener / fragrance pls, use hypoallergenic pillow + duvet. AHK informed.
        Payroll adj eff. 1 Jan: Nurul Ain bte Rahmat (room attendant, staff ID 40218) basic from S$1,980 to S$2,150 plus S$120 shift allowance.
        IR-2026-117: approx 1640hrs guest Mr Daniel Koh Boon Hock (Rm 1902, 52 yo) collapsed at pool deck. Lifeguard performed CPR + AED, SCDF conveyed him to SGH. Wife Mrs Koh (hp 9123 8847) accompanied.
        Hi Jasmine, thanks for being an Orchid Circle Gold member! Member no. OC 7721 0394 now has 48,210 pts. Your voucher will be sent to jasmine.ong88@gmail.com and by SMS to 8156 2047.
        Work permit staff Rahman Md Shahidul, FIN G5172038K, steward, now staying at dorm Blk 12 Kranji Way #03-17, pls update address in HRIS.
        Pls call back Mrs Wong re lost diamond earring, she was in rm 1103 last Sat (29/11), hp 8765 3102.
        Guest Aaron Sim forgot his laptop charger - courier to Blk 456 Ang Mo Kio Ave 10 #08-1123 S(560456), he already paid S$12 via PayNow.
        Mr Goh Chee Keong (T0318842B) blacklisted - 2 chargebacks in 2025 and damaged TV in rm 1520. Do NOT accept booking, alert DM.
        Her name is Michelle, surname Tay. She stayed in 903 on 14 Nov and claims our housekeeper took her Rolex from the safe, police report made at Tanglin NPC.
        Crew list 05/12: CSS Marcus Teo rm 1611, LS Vanessa Lee rm 1612, FS Hafiz Rahim rm 1614 - pick-up 0320 at lobby.
        Mrs Charmaine Yeo (rm 2812, 34 weeks pregnant) had some bleeding this morning, taxi arranged to KKH at 0715, husband Jonathan informed.
        Staff complaint: CDP Ravindran s/o Muthu alleges sous chef Benjamin Low pushed him against the hot pass on 2 Dec. HR investigating, both on notice.
        Resv Ms Evelyn Chia 24-27 Dec Premier Room, guaranteed with MC 5223 1800 4467 2905 exp 09/27, mobile +65 9732 0518.
        Guest Tay Yong Hui, NRIC xxxxx307Z, rm 1005, wants the invoice addressed to his home at 21 Jalan Kembangan, S419105.
        CCTV shows Mr Bryan Ho (rm 711) bringing a female visitor up at 0210 without registering; became abusive when Security approached. Banned from property w.e.f. today.
    """),
    "en-MY": _lines("""
        Tetamu: Encik Mohd Faizal bin Othman, IC 870512-14-5283, bilik 1203, check in 2/12 utk 2 malam, bayar cash RM 840, deposit RM 200.
        Pls call guest Ms Chong Mei Ling 012-338 4712, she left her passport A38201746 in the room safe rm 517. Keep at FO safe until she collects.
        Tour guide for grp TYO-1205: Ravi a/l Subramaniam, tourist guide badge no. KPK/LN 7731, hp 016-772 9013, pick up at lobby 0830.
        Staff Siti Hajar binti Kamarudin (F&B) on MC 5 days, dengue positive (Hosp Ampang). Pls arrange cover for breakfast shift.
        Guarantee card Mr Tan Kok Leong 5524 1387 0301 5747 exp 08/28, pre-auth RM 1,500 for 3 nights.
        Reg card: Lee Ah Kow, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 03-7875 2291. Car plate BKL 4821.
        MH crew tonight: FO Amirul Hakim (staff no 58213) rm 1021, SFA Jessica Teoh rm 1023, FA Nurul Izzah rm 1025, wake-up call 0330.
        Complaint from Puan Rohana Abdullah rm 908: room attendant Maria (Indonesian, on 9th floor section) was rude and refused to make up the room. Pls counsel Maria.
        Mr Vincent Lau Chee Wai from 1511 slipped in the bathtub, cut on forehead, 4 stitches at Gleneagles Penang. He says he will claim from the hotel.
        L&F: MyKad belonging to NUR AISYAH BINTI ZAINAL 930224-10-6148 found in Ballroom after Sat wedding, kept in FO safe.
        Banquet part-timers this wk: Haziq 011-2765 3380, Kavitha 017-448 1926, Wei Ming 012-901 7755 - RM 12/hr, pay Friday.
        Pls refund RM 320 to Ms Loh Pei Shan, Maybank acc 1142 6638 2017 - she was double charged for rm 1610.
        Guest in 2104 Mr Arjun Menon asked that we don't disclose his stay to anyone, esp his ex-wife, there is a protection order. Flag profile NO INFO.
        Chinese guest Ms Zhou Lina, ID 310105199203281043, WeChat zhoulina_0328, tel +86 139 1746 2280, needs airport transfer to KLIA at 5am.
        Night auditor Hafizuddin caught on CCTV taking RM 400 from the cash float on 28/11, suspended without pay pending DI.
        Spa booking Mrs Gan Siew Peng, 62, rm 1402 - hypertension and recent knee replacement, therapist pls avoid deep pressure on legs.
        WhatsApp from Mr Ong (rm 311, 019-355 8204): my wife lost her gold bracelet at your pool, pls check CCTV.
    """),
    "en-HK": _lines("""
        Check-in: Mr Leung Ka Wai, HKID K482193(9), Rm 2608, 2N staycation, mob 9317 4482, deposit paid by Octopus.
        Mainland guest Liu Jianhua, PRC ID 110108198502132379, mob +86 138 2745 6610, asked to split the folio between himself and his company.
        Concierge: Mrs Wong Yuk Ling (rm 1805) needs a wheelchair + taxi to Queen Mary Hospital 9am every Tue/Thu for her chemo, pls prebook.
        Ms Karen Yip of Flat B, 6/F, Block 3, Laguna City, Kwun Tong wrote in - bed bug bites all over her arms after staying in rm 1217 on 22 Nov, demands full refund + HK$3,800 medical costs.
        Guest from Taiwan Chen Yi-ting, ID A214839067, LINE id yiting_chen88, booked Harbour View Twin 18-21 Dec.
        AMEX 3772 184092 35614 exp 11/29 - Mr Simon Tsang, no-show charge HK$2,680 per T&C.
        Labour Tribunal: ex-banquet captain Cheung Wing Kei claims HK$86,400 unpaid OT and wages in lieu of notice, hearing 14 Jan, HR to prepare his rosters.
        CX crew: Purser Angela Fung (staff 33712) rm 1408, FA Kenny Lo rm 1410, FA Grace Ip rm 1412 - Grace asked for extra pillows due to back injury.
        0320 Ms Ho Lok Yan (rm 2315) called saying a man followed her from the lift. Sec checked CCTV, man is non-resident, police called (TST Div).
        Loyalty enrolment: Mr Kwok Chun Hei, DOB 14/03/1985, email chkwok1403@yahoo.com.hk, mob 6128 5930.
        Mr Wong Chi Ming lost his HKSAR passport K18273645 and HKID Y630257(0) on the Airport Express, we issued a letter for ImmD.
        Pls post the invoice to Mrs Lam at Flat 12C, Tower 2, The Belcher's, 89 Pok Fu Lam Road.
        Room attendant Tse Hoi Yan, salary HK$17,500 + service charge, resigning eff. 31/12 because of pregnancy - do not announce yet.
        Ms Vivian Mak (rm 3002) asked us to block all calls from her estranged husband Ryan Chow, she has a non-molestation order against him.
        Pls remove from the review reply: Mr Edmund Siu, who complained of food poisoning after our buffet, was treated at Kwong Wah Hospital for norovirus on 3 Dec.
        WhatsApp +852 5403 7719 (Mr Yuen, rm 1706) keeps asking staff for company at night, Security logged 3 incidents, consider refusing future stays.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of The Straits Orchid Hotel Singapore. Be concise and polite.",
        ),
        ("user", "hi can i extend checkout to 3pm tmr"),
        ("assistant", "Certainly, let me check. May I have your name and room number?"),
        ("user", "Nicholas Tan, room 1709"),
        (
            "assistant",
            "Thank you Mr Tan, late check-out until 3pm is approved at S$95. Shall I post it to your room?",
        ),
        ("user", "ok. also my daughter Chloe has a peanut allergy, pls tell the breakfast team"),
    ],
    [
        (
            "user",
            "Help me turn my notes into a formal incident report: 0215 rm 1921 guest slipped in shower, bleeding from chin, conscious",
        ),
        ("assistant", "Sure. Could you share the guest's details and the actions taken?"),
        (
            "user",
            "Ms Anita Chau, 67, HKID C337810(A). Ambulance to Queen Elizabeth Hospital, daughter Fiona (9482 6610) informed",
        ),
        (
            "assistant",
            "Incident Report - At approximately 02:15, the guest in Room 1921 slipped in the shower and sustained a laceration to the chin. She remained conscious. An ambulance conveyed her to Queen Elizabeth Hospital and her daughter was notified.",
        ),
    ],
    [
        ("system", "Booking assistant for Harbourview Sentosa. Never store card numbers."),
        ("user", "I want to book the staycation package at the member rate"),
        (
            "assistant",
            "Sure! For the member rate, please provide your full name as per NRIC and your NRIC number for verification.",
        ),
        ("user", "Teo Hui Min"),
        ("user", "S9502"),
        ("user", "148D"),
        ("assistant", "Thank you, Ms Teo. Your member rate has been applied."),
    ],
    [
        ("user", "My points from my Nov stay at the KL hotel never got credited"),
        ("assistant", "Sorry about that! Could you share your membership number and stay dates?"),
        ("user", "OC 6630 1187, Farah Nadia binti Ismail, stayed 12-14 Nov room 1806"),
        (
            "assistant",
            "Thank you, I have raised a missing points claim. It usually takes 5-7 working days.",
        ),
        ("user", "pls update me at farahnadia.ismail@outlook.my or call 013-662 4408"),
    ],
    [
        ("system", "You help hotel managers write responses to online reviews."),
        (
            "user",
            "Write a reply to this TripAdvisor review: 'Found a cockroach in my room, worst hotel ever.'",
        ),
        (
            "assistant",
            "Dear Guest, we sincerely apologise for your experience. Our pest control team has treated the room and we have reviewed our cleaning procedures.",
        ),
        (
            "user",
            "Add that we refunded her. FYI the reviewer is Ms Sharon Loke, she stayed in rm 1210 and has been emailing us at sharonloke.sg@gmail.com threatening to post on Facebook",
        ),
    ],
    [
        (
            "user",
            "Format this into a table: Dec 7 Genting day trip guide Mr Kumar a/l Velu 012-667 2093; Dec 8 Melaka guide Ms Tan Ai Ling 016-228 0417",
        ),
        (
            "assistant",
            "| Date | Tour | Guide | Phone |\n|---|---|---|---|\n| 7 Dec | Genting day trip | Mr Kumar a/l Velu | 012-667 2093 |\n| 8 Dec | Melaka | Ms Tan Ai Ling | 016-228 0417 |",
        ),
    ],
    [
        ("user", "I lost my passport somewhere in the hotel, can you help?"),
        (
            "assistant",
            "I'm sorry to hear that. I'll notify Security. Could you give me your name, room number and passport details?",
        ),
        ("user", "Rachel Kim, 1412, Australian passport PA7719032"),
        (
            "assistant",
            "Thank you. We will check the lobby, restaurant and lost & found and contact you shortly.",
        ),
        ("user", "pls call my local sim 6938 2204, not the AU number"),
    ],
    [
        ("user", "Boleh buat invoice atas nama syarikat?"),
        ("assistant", "Boleh. Please provide the company name and address."),
        (
            "user",
            "Actually personal la, atas nama saya: Muhammad Hafiz bin Roslan, IC 780903-07-5531, alamat 18 Lorong Bukit Jambul 3, 11900 Bayan Lepas, Pulau Pinang",
        ),
        ("assistant", "Baik, invoice akan dihantar ke emel anda dalam 1 hari bekerja."),
    ],
    [
        ("system", "You are a crew hotel liaison assistant for a Singapore airport hotel."),
        (
            "user",
            "Crew member in rm 1508 has high fever since last night, should we call a doctor?",
        ),
        (
            "assistant",
            "Yes, please arrange a doctor on call and inform the airline's crew control so they can adjust the roster.",
        ),
        (
            "user",
            "Her name is Stephanie Ng, FA, staff no. 41927. She also says she is 10 weeks pregnant and hasn't told the airline",
        ),
    ],
    [
        ("user", "Draft a warning letter for a staff member for repeated lateness"),
        (
            "assistant",
            "Dear [Name], this letter serves as a formal warning regarding your repeated late arrivals. Further occurrences may lead to disciplinary action.",
        ),
        (
            "user",
            "Fill in: Mr Lau Ka Chun, Bellman, staff no. 20913, late 6 times in Nov, HK$1,200 will be deducted from his HK$14,800 salary per contract",
        ),
    ],
]
