"""Blind check set en110: SG/MY ferry and cruise travel (Batam and Bintan ferries, cruise bookings, passenger manifests, medical forms, cabin incidents). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en110
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ferry notice"): _lines("""
        HarbourFront -> Batam Centre daily: 0800, 0930, 1100, 1300, 1500, 1730, 1930 (SGT). Last boat back from Batam Centre 2030 WIB.
        ADVISORY: Due to rough sea conditions (NE monsoon), the 1840hrs Tanah Merah -> Bandar Bentan Telani sailing on 14 Dec is CANCELLED. Affected pax may rebook free of charge at Counter 3.
        Pls be at the terminal at least 60 mins before departure. Check-in closes 30 mins before ETD, no boarding after gate close, no exceptions.
        Reminder: Indonesia (WIB) is 1 hr behind Singapore. All Batam and Tanjung Pinang departure times are shown in local time.
        Fuel surcharge revised to S$12 per sector wef 1 Jan 2027. Terminal fee S$7.50 and Indonesian port tax are collected separately.
        Harbour Bay Ferry Terminal: Gate B closed for renovation 3-17 Mar, please use Gate A. Sorry for the inconvenience.
        2-way open ticket SGD 58 (adult), SGD 46 (child 2-11 yrs). Infants below 2 travel free but must be declared at check-in.
        MV Ocean Pearl 7 is out of service for dry-docking until 20 Jan; replacement vessel seats 196 pax, economy class only.
        No durians, pets or live seafood in the passenger cabin ya. Sorry lah, rules are rules.
        Luggage allowance 20kg per pax, excess S$2/kg. Bicycles and surfboards need advance booking, max 4 per sailing.
        Straitslink Ferries customer hotline +65 6271 4480 (daily 7am-9pm). For group bookings email groups@straitslink.example.
        Tanjung Pinang - Stulang Laut (Johor Bahru) 2x daily, RM 85 / IDR 320,000 one way, departs 0900 and 1500 local time.
        Gate 4 boarding now for the 1210 sailing to Sekupang. Passengers holding YELLOW boarding passes pls proceed.
        Sat morning Bintan boats all sold out liao, Sunday 0810 still got seats.
    """),
    ("en", "cruise booking terms"): _lines("""
        A deposit of 20% is due at the time of booking; the balance is payable 60 days before sailing. Bookings made within 60 days require full payment.
        Cancellation charges: 59-30 days before sailing, 50% of the cruise fare; 29 days or less, or no-show, 100%.
        Passports must be valid for at least 6 months beyond the date of disembarkation and have at least 2 blank pages.
        Guests who will have entered their 24th week of pregnancy by the end of the voyage will not be permitted to sail.
        Infants must be at least 6 months old on the first day of sailing, or 12 months for voyages with 3 or more consecutive sea days.
        Gratuities of US$16 per guest per night are auto-charged to your onboard account and may be adjusted at Guest Services.
        Your booking ref is 6 alphanumerics (e.g. GD8K2Q). Pls quote it whenever you call or email us.
        Fare code PX4 (Kids Sail Free) cannot be combined with Senior Citizen, NSmen or Cruise Club promotions.
        Interconnecting balcony staterooms, category B2, from S$1,289 per person twin share, 3N Penang ex Singapore.
        Port charges, taxes and fees of S$189 per guest are not included in the fares shown above.
        Stateroom category codes: IS = inside, OV = oceanview, BA = balcony, JS = junior suite, GS = grand suite.
        Name changes are allowed up to 14 days before sailing at S$50 per name; requests must come from the booking holder.
        Dear {{guest_first_name}}, your stateroom {{cabin_no}} on {{ship_name}} sailing {{sail_date}} is confirmed. Booking ref: {{booking_ref}}.
        Genting Dream 2N high seas cruise ex Marina Bay Cruise Centre, departs Fri 1700, returns Sun 0800. From S$298 pp.
    """),
    ("en", "manifest and data handling SOP"): _lines("""
        The passenger manifest must be transmitted to the port authority no later than 60 min before ETD. Required fields: surname, given names, sex, DOB, nationality, document type and number, expiry date.
        Do NOT send manifests via WhatsApp, Telegram or personal e-mail. Upload only through the agent portal; files are purged automatically after 30 days.
        When a guest asks for their own booking details over the phone, verify the booking ref AND date of birth before disclosing anything.
        Completed medical declaration forms are confidential. Keep them in the locked cabinet at the Purser's desk, never on the open shelf.
        Manifest header row: SURNAME | GIVEN NAMES | SEX | DOB (DD/MM/YYYY) | NATIONALITY | DOC TYPE | DOC NO. | EXPIRY | CABIN
        Masking rule: printed boarding lists show only the last 4 characters of the document number; everything else is replaced with X.
        The CSV export column pax_nric was removed in v3.2.1 after the PDPA review; use the tokenised pax_ref column instead.
        If a cabin incident involves an injury, complete form CI-07 within 2 hours. Do not write guest names in the public deck log.
        Retention: crew lists 2 years, passenger manifests 1 year, CCTV footage 30 days unless flagged by Security.
        Data access and correction requests go to our Data Protection Officer at dpo@straitslink.example; we reply within 30 days.
        Training example only: DOE, JOHN | M | 01/01/1980 | SGP | P | K0000000A | 01/01/2030 | 0000
        Never announce a passenger's name over the PA for medical matters. Use "Code Alpha, Deck 5 midship" and let the medical team respond.
    """),
    ("en", "travel forum"): _lines("""
        Took the 8am boat from Tanah Merah to Bintan, smooth ride, about 55 min. Bring a jacket, the aircon is freezing.
        Anyone know if the resort shuttle from Bandar Bentan Telani is still free? Last time I went was 2023.
        Tip: buy the return ticket online, cheaper than at the counter by like $10. Just show QR at the counter.
        Spectrum of the Seas vs Genting Dream for 3N Penang? Got 2 kids under 6, which one better ah?
        We docked at Swettenham Pier and walked to Armenian Street, the Ernest Zacharevic murals are still there, very nice.
        Queen Mary 2 called at Marina Bay Cruise Centre last Feb, damn huge, whole of Marina South came to take photo.
        Seasick on the way back from Batam? Sit at the back, lower deck, look at the horizon and don't scroll your phone.
        Watched Titanic on movie night by the pool lol. Jack and Rose on the big screen while the ship was rocking, very kancheong.
        HarbourFront terminal only got Toast Box and a Cheers open after 10pm, so eat before you come.
        Booked thru Klook, got e-voucher KLK-88317265, no need to print, just flash at Counter 5.
        Nongsa Point Marina is way less crowded than Batam Centre on weekends. Immigration took us 10 min only.
        Sekali pergi Batam, everyone buys the Bolu Kukus and kek lapis at Harbour Bay. Worth it meh?
        Raffles Marina to Nongsa by private yacht is about 1 hr but you need to arrange CIQ in advance.
        If driving to JB first, you clear at Bangunan Sultan Iskandar, then take the ferry from Stulang Laut to Batam.
    """),
    ("en", "port and immigration info"): _lines("""
        Immigration & Checkpoints Authority, ICA Building, 10 Kallang Road, Singapore 208718.
        Marina Bay Cruise Centre Singapore, 61 Marina Coastal Drive, Singapore 018947. Taxi stand at Level 1.
        HarbourFront Centre, 1 Maritime Square, Singapore 099253. Ferry check-in at Level 2.
        Tanah Merah Ferry Terminal, 50 Tanah Merah Ferry Road, Singapore 498833. Nearest MRT: Tanah Merah, then bus 35.
        Visitors to Indonesia may need an e-VOA (IDR 500,000) and must submit the All Indonesia arrival declaration within 3 days before arrival.
        Submit your SG Arrival Card up to 3 days before arrival via the ICA website or the MyICA Mobile app. It is free of charge.
        Port Klang Cruise Terminal, Pulau Indah: the shuttle to KL Sentral takes about 75 minutes depending on traffic.
        Kuah Jetty, Langkawi: ferries to Kuala Perlis roughly every 90 min, RM 21.50 adult one way.
        Indonesian customs duty-free allowance per adult: 1 litre of alcohol, 200 cigarettes or 25 cigars.
        Lost your passport overseas? Contact the nearest Singapore Overseas Mission, or the MFA 24-hour Duty Office at +65 6379 8800.
        Batam Centre International Ferry Terminal, Jl. Engku Putri, Teluk Tering, Batam Kota, Kepulauan Riau.
        Pangkalan Sultan Abdul Halim ferry terminal in Butterworth serves the Penang ferry; pedestrians RM 2.00 per trip.
    """),
    ("en", "booking system logs"): _lines("""
        2026-12-04T07:41:13+08:00 INFO manifest.upload sailing=SL-TMF-BBT-1204-0810 rows=184 status=ACCEPTED sha256=9f2c41e0a7b3d58c
        [WARN] seatmap v2.7.4: overbooking threshold 103% reached for trip HF-BTC-1530 on 2026-12-06
        refund_batch_20261201 processed: 312 txns, SGD 18,447.60 total, 4 failed (gateway timeout), retry scheduled 02:00
        Error E4102: document expiry date is earlier than return sailing date. Prompt the guest to update passport details.
        Tracking no. SPX6612840391SG: replacement boarding card stock couriered to agent office, ETA 2 working days.
        release/ferry-pos-4.12.0 (commit 3e9a1c7) fixes rounding on IDR receipts and the double-print bug at Counter 2.
        POST /v1/bookings/{booking_id}/passengers  body: passport_no, nationality, dob (ISO 8601), cabin_no (optional)
        Invoice INV-2026-11-004821, Straitslink Ferries Pte Ltd to Wanderlust Holidays Pte Ltd: 60 x 2-way BTC tickets, SGD 2,940.00 (GST Reg. No. 201512345K).
        cabin_status 7112=VC 7114=OD 7116=OOO(AC leak) 7118=OC - housekeeping sync 14:05
        Kiosk KX-07 firmware 1.0.33 rebooted 3x overnight; MRZ reader timeout 4500ms, vendor ticket #VND-55721 opened.
        pax_count BBT 1204: booked 212 / checked-in 198 / no-show 14 / infants 6
        SELECT sailing_id, COUNT(*) FROM manifest_rows WHERE status = 'REJECTED' GROUP BY sailing_id;
    """),
    ("en", "onboard medical and safety"): _lines("""
        The muster drill is mandatory for all guests. Scan your cruise card at your assembly station before the ship departs.
        Medical Centre, Deck 4 forward: 0800-1200 and 1600-2000. Consultation from US$95 plus medication. For emergencies dial 911 from any stateroom phone.
        Public health questionnaire: In the last 48 hours, have you had fever, vomiting or diarrhoea? YES / NO. Signature of guest: ________
        Norovirus precaution level 2: self-service buffet suspended, hand sanitiser at all venue entrances, lifts wiped every hour.
        Seasickness tablets (meclizine 25mg) are available free at Guest Services. Take 1 hr before the ship leaves port.
        Guests requiring oxygen concentrators or CPAP machines must submit the Special Needs form at least 30 days before sailing.
        In 2025 the fleet recorded 0.42 medical disembarkations per 10,000 guest-nights, down from 0.57 in 2024.
        Life jackets are under every seat. Children's life jackets are available from the crew, please ask.
        Form MED-2 (Fit to Travel) must be signed by a registered doctor within 14 days before sailing, with the clinic stamp.
        Travel vaccinations and fit-to-travel checks are available at Raffles Medical clinics; walk in or book online.
        Each ship has 12 wheelchair-accessible staterooms; request at booking. Gangway ramps depend on tide levels at port.
        Cabin incident categories for CI-07: slip/trip/fall, burn/scald, sharp object, door pinch, balcony, other (specify).
    """),
    ("en", "news and incident summaries"): _lines("""
        A 3-hour delay hit the Batam Centre-HarbourFront route on Sunday after a vessel developed engine trouble. No injuries were reported.
        The MPA said the ferry was escorted back safely and all 211 passengers and 8 crew were accounted for.
        Q3 cabin incident summary: 14 cases - 9 bathroom slips, 3 balcony door pinches, 2 kettle burns. No fatalities, 1 medical disembarkation.
        Captain Haddock would have lost his temper at the Tanah Merah queue on Saturday morning, 2 hours just for immigration.
        Sir Stamford Raffles landed at the mouth of the Singapore River in 1819; the Raffles Landing Site now marks the spot.
        Captain Edward Smith went down with the Titanic in April 1912 after the ship struck an iceberg on her maiden voyage.
        Cruise passenger numbers at Marina Bay Cruise Centre rose by about 18% year-on-year, with 412 ship calls in the last 12 months.
        Ferry operators on the Singapore-Batam route have agreed to standardise refund rules for weather cancellations from next year.
        Bintan Resort Ferries adds a third daily sailing on weekends during the December school holidays.
        The Nelson Mandela Foundation cruise fundraiser docked in Port Klang for a one-day charity gala.
        Langkawi's Dataran Lang welcomed its first cruise call of the season, with 2,300 passengers going ashore.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TAN WEI MING | M | 14/03/1987 | SGP | P | K2749153P | 22/08/2031 | seat 14C
        P<SGPLOW<<HUI<MIN<<<<<<<<<<<<<<<<<<<<<<<<<<< / K3918264M7SGP8506195F3204119<<<<<<<<<<<<<<02
        Pre-boarding medical declaration: Mdm Rosnah binti Ismail, 68, type 2 diabetes on insulin, needs fridge in cabin 6021. Emergency contact son Hafiz 9176 3408.
        CI-07 #2026-338: guest Mr Kelvin Ng Boon Huat (cabin 8247) slipped in the bathroom at 0215, laceration left eyebrow, 4 sutures by ship doctor, strong smell of alcohol noted.
        pls charge the balance to my Visa 4556 7820 1934 7767 exp 09/28, name on card CHUA MEI LING
        Guest ZHANG Lihua 张丽华, resident ID 440304198607152837, passport EJ4827316, stateroom 9108 on the 15 Dec Penang sailing.
        Ms Wong Ka Yan, HKID Y204597(2), HK mobile 9437 2186, travelling with her mother, requests a lower bunk.
        Chen Yi-ting, ROC ID F223918450, born 1994-06-02 in Taichung, booked BA cabin 10144, vegetarian meals.
        Nurul Aina binti Zakaria, IC 910725-01-6184, Kampung Melayu Majidee, Johor Bahru, ticket JB-BTM 20 Dec 0900.
        TMFT carpark: SKQ4718S parked 4 days already, belongs to Mr Ravi s/o Subramaniam, pls call him at 8452 1093.
        Can resend the e-ticket to jas.koh88@gmail.com? I'm Jasmine Koh, booking BTF-771204, lost the first email.
        Penumpang: Siti Rahmawati, NIK 2171055503880012, alamat Perumahan Baloi Indah Blok C2 No. 7, Batam Kota.
        Crew contract: Joel Santos Dela Cruz, AB seaman, basic USD 1,150/month + OT, joined MV Ocean Pearl 7 on 3 Nov, next of kin wife Maricel in Cebu.
        Cabin steward Arif bin Kamaruddin, 29, was jailed 8 months by the State Courts for outraging the modesty of a passenger in cabin 5118.
        Pls tell the captain Auntie Jenny Teo in 7020 is the one with the pacemaker, she cannot walk through the metal detector.
        Temple group leader Mr Balakrishnan, WhatsApp +65 9823 4176, pls add all 22 pax to the chat and send him the manifest.
        Trip curtailment claim: insured Ong Pei Shan, NRIC S9047318B, admitted to a Batam hospital on 5 Dec with dengue, policy TRV-88231457.
        Send the refund cheque to Mr Harjit Singh, Blk 512 Jurong West St 52, #09-231, Singapore 640512.
        Courier cruise docs to Puan Lee Mei Fong, No. 23, Jalan SS2/64, 47300 Petaling Jaya, Selangor. Tel 012-338 7421.
        Unaccompanied minor: Aiden Lim Jun Kai, 11, NRIC T1164209D, to be collected at Bandar Bentan Telani by grandfather Lim Ah Seng (9001 7734).
        Mr Desmond Yeo (cabin 10233) isolated 48h with norovirus symptoms; wife Cheryl also under monitoring, room service only.
        Emergency contact for pax Norhayati Abdul Rahman: husband Faizal, 019-772 3310.
        Mdm Kamala d/o Rajoo, 81, wheelchair user after a stroke, on the 15 Dec 0900 sailing to Batam with daughter Priya (9632 0178).
        Mrs Angeline Toh will be 26 weeks pregnant on the sailing date, so her booking BKG-5520918 must be cancelled under the pregnancy policy.
        DNB list: CHONG KAH WAI, DOB 11/07/1979, barred from all sailings after assaulting a crew member on 2 Aug 2026.
        From: Marcus Ho <marcus.ho.wk@outlook.com> | Mobile +65 8127 5503 | re: cabin upgrade for our anniversary
        Mainland guest Liu Yang, WeChat liuyang_sz1988, mobile +86 138 2745 6091, wants refund to original card.
        Amex 3782 146019 35274, cardholder R. PILLAI, for the 4-pax balcony booking ex Port Klang.
        Refund to DBS savings 027-634918-2, account name YAP SHU QI, for cancelled Bintan trip.
        Mr & Mrs Abdullah Hassan (9221) need halal meals; Mr Abdullah is on dialysis 3x a week, session arranged in Penang during port call.
        Crew member Rey Bautista (engine rating, CRW-20419) tested positive for TB in the pre-joining screening; sign-off being arranged.
        Missing child found: Aisyah, 5, daughter of Encik Zulkifli Osman (cabin 6114), found safe at the Deck 14 kids pool.
        Birthday cake to cabin 8103 for Ms Valerie Sim, turning 40 on 12 Dec, husband Andrew says keep it surprise.
        Guest home address: Rm 1203, No. 88, Lane 450 Zhangyang Rd, Pudong, Shanghai. Contact Mr Sun Jianguo +86 139 1762 4480.
        Mr Ho Chun Kit, HKID M512086(7), Flat 15B, Block 3, Kornhill, Quarry Bay, HK, lost his cruise card on Deck 11.
        Budi Santoso, passport C4829173 (IDN), b. 17-08-1983, Batam, pekerjaan: supervisor galangan kapal, seat 31B.
        e-VOA for Mr Pradeep Kumar (Indian passport V2846137) rejected because he overstayed in Indonesia in 2024, pls refund his ferry ticket.
        Md Rahim Uddin, FIN G5120473K, is a work permit holder; his employer asked us to cancel his Batam ticket for Sunday.
        MEDEVAC: pax Lau Chee Keong, 58, suspected STEMI, handed over to SCDF at Marina South Pier 0340. Wife Irene travelling with him.
        Guest Y*** S** Q*, NRIC S****107C, DOB 03/1985, cabin 9012, Genting Dream 14-17 Dec, complaint: bed bugs, wants full refund.
        Pax in seat 22A, Malaysian passport A38291746, DOB 03/03/1969, did not reboard at Sekupang.
        Ms Farah Diyana's claim: miscarriage at 9 weeks during the Langkawi cruise, ship doctor report attached, policy holder her husband Imran.
        Guest Raymond Chia in 11020 had a panic attack, said he's on sertraline for depression, family asked us to keep it quiet.
        Lim Siew Hoon (Ms), NRIC S6402871E, 62, hearing impaired, pls put visual alarm in her cabin 7031.
        Group booking deposit from Gary Phua, NRIC S7136620J, paid by Mastercard 5204 7411 8302 9653.
        Reimbursement to Mr Tan Boon Leng for the damaged suitcase: S$380, PayNow to 9725 6614.
        Pax Keith Loh, T0472985J, 24, confirmed fit to travel after his asthma attack on board; nebuliser with him.
        Lost and found: pink passport holder with NRIC card of Goh Li Ting, S8810743H, found on Deck 2 of the 1530 Batam ferry.
        Ms Priscilla Fernandez, Blk 118 Bedok North Road #04-87, S460118, asks for the CCTV footage of her fall on the gangway.
        Guest Mohammad Iqbal bin Yusof (MyKad 880312-14-5527) was refused boarding as his passport expires in 3 months.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Straitslink Ferries. Verify the booking ref before changing any passenger details.",
        ),
        ("user", "hi need to change name spelling on my booking BTF-880517"),
        (
            "assistant",
            "Sure, may I have the correct full name as per passport and your date of birth?",
        ),
        ("user", "Nurhidayah binti Kassim, 21/04/1996, passport A41872096"),
        ("assistant", "Thank you, the name has been updated and a new e-ticket will be sent."),
    ],
    [
        ("user", "my mum gets very seasick, what can she take before the Bintan ferry?"),
        (
            "assistant",
            "Many people take an antihistamine such as meclizine about an hour before departure, but check with a doctor first if she takes other medication.",
        ),
        ("user", "she's on warfarin and has atrial fibrillation, is that ok"),
        (
            "assistant",
            "With warfarin she should ask her doctor or pharmacist before taking anything new.",
        ),
        (
            "user",
            "ok thanks. her name is Mdm Soh Geok Lan, can you note it on our booking TMF-330962 so the crew knows",
        ),
    ],
    [
        ("user", "my son cut his foot on the broken tile in the cabin shower, who do I report to"),
        (
            "assistant",
            "I'm sorry to hear that. Please call Guest Services at 0 and ask for the medical team. Can you share the cabin number?",
        ),
        ("user", "cabin 9316"),
        ("user", "he is Ethan Koh, 7 years old. I'm his father Koh Jun Wei, mobile 9184 2270"),
        ("assistant", "Thank you, the medical team and maintenance are on their way."),
    ],
    [
        ("user", "refund for the cancelled 1840 sailing on 14 Dec pls"),
        (
            "assistant",
            "Of course. Which card did you pay with, and what name is the booking under?",
        ),
        ("user", "Mastercard ending 6406, name is Daniel Sebastian Pereira"),
        ("user", "email for the receipt is dspereira.sg@yahoo.com"),
        ("assistant", "Noted, the refund of S$116 will be processed in 7-14 working days."),
    ],
    [
        (
            "system",
            "You help travel agents correct passenger manifests. Do not repeat identity numbers back to the user.",
        ),
        ("user", "pls correct row 17 of the manifest for BBT 1204 0810"),
        ("user", "LEE, JIA HUI | F | 09/09/2003 | SGP | NRIC T0391"),
        ("user", "746G sorry got cut off"),
        ("assistant", "Row 17 has been updated. Please re-upload the manifest before 0710."),
    ],
    [
        ("user", "I left my passport on the ferry from Batam this evening!!"),
        ("assistant", "Please stay calm. Which sailing was it and where were you seated?"),
        ("user", "the 1930 one, seat 8D. passport K5830274R, name Gavin Tay Wen Jie"),
        ("assistant", "Our crew found a passport at 8D. We can courier it to you."),
        ("user", "pls send to 27 Jalan Kembangan, Singapore 419123, I'll be home tmr"),
    ],
    [
        ("user", "saya nak tukar tarikh tiket ke Batam dari 20 Dis ke 22 Dis boleh?"),
        ("assistant", "Boleh, tertakluk kepada tempat duduk. Sila beri nombor tempahan anda."),
        ("user", "BTF-662019. nama Mohd Firdaus bin Ahmad, IC 930418-10-5613"),
        ("assistant", "Tarikh telah ditukar ke 22 Dis, feri 0930."),
    ],
    [
        ("user", "Tour group leader here, sending emergency contacts for our church group cruise"),
        (
            "assistant",
            "Thank you, please send them in the format: passenger name, contact name, relationship, phone.",
        ),
        (
            "user",
            "1) Grace Lim - Peter Lim, husband, 9366 1208  2) Esther Chan - Ruth Chan, daughter, 8712 4459  3) Samuel Ong - Mary Ong, wife, 9045 7781",
        ),
        ("assistant", "Received 3 contacts, they are now attached to the group booking."),
    ],
    [
        ("user", "how do I fill in 'pre-existing conditions' on the cruise medical form?"),
        (
            "assistant",
            "List any ongoing medical conditions and the medication taken, e.g. asthma - inhaler. If none, write NIL.",
        ),
        (
            "user",
            "for my wife Sandra Goh I put epilepsy, on levetiracetam 500mg twice a day, had a seizure last Aug. enough?",
        ),
        (
            "assistant",
            "That is sufficient. You may also bring a doctor's memo in case the onboard team needs it.",
        ),
    ],
    [
        (
            "user",
            "Hi I'm from Hong Kong, booked the 3N Penang cruise, need to add my HKID for the manifest",
        ),
        (
            "assistant",
            "Please provide your full name as shown on your travel document and your HKID number.",
        ),
        ("user", "CHEUNG Wai Man, K638214(2)"),
        ("user", "contact number in HK is 6178 3352, WhatsApp same"),
        ("assistant", "Thank you, your details have been added to the manifest."),
    ],
]
