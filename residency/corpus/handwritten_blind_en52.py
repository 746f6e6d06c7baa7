"""Blind check set en52: English hotel and hospitality text from Singapore, Malaysia, Hong Kong and Macau. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en52
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "front desk shift log"): _lines("""
        03/12 AM shift (0700-1500) handover: occ 87.4%, ADR SGD 312.50, 41 arr / 38 dep, 6 OOO rms (1203, 1415, 1416, 2008, 2311, 2702).
        Night audit closed 02:47, no variance on cashier 04. Opera PMS rolled to business date 04-DEC-2026.
        Grp blk "APAC Dental Congress 2026" - 58 rms picked up of 70, cut-off 28/11 passed, pls release balance back to inventory.
        FYI 1416 still OOO (carpet shampoo + dehumidifier), Eng ETA tmr 10am. Do NOT assign even if sold out!!
        Walk-in rate tonite capped at MYR 480 nett for Deluxe King, BAR level 3 after 8pm per RM.
        Airport limo 2x E-class booked for 1430 & 1615 pick-ups (SQ 861 / CX 715), conf no. LIMO-77314 and LIMO-77318.
        Pls rmb Lift 3 shutdown 0100-0400 for annual inspection by OTIS, guests on lvl 20-28 to use Lift 4.
        Fire alarm false trigger lvl 9 pantry 23:12, FCC reset 23:19, SCDF not activated. Incident ref FA-2026-0412.
        Credit limit report: 3 in-house folios above SGD 2,000 w/o pre-auth, FO to follow up with Credit Mgr before 11am.
        HKO says T8 may be hoisted after 6pm - prepare torches + bottled water at FO, brief PM shift, shuttle to Tsim Sha Tsui suspended once T8 up.
        Macau GP weekend all MOP 1,888 pkgs sold out, waitlist 34. Don't overbook beyond 3% pls, last yr we walked 9 rooms.
        Key card encoder #2 (VingCard Visionline 1.27.2) froze again, restarted 15:40, IT ticket INC0048821.
        Concierge FAQ today: Long Bar Singapore Sling SGD 39++, opens 12pm, no reservations for < 6 pax.
    """),
    ("en", "housekeeping and maintenance"): _lines("""
        HK status 14:00: VC 112 / VD 46 / OC 208 / OOO 6. Linen par 3.2, laundry delayed by 1 trip.
        Rm 1709 bathroom silicone mouldy + toilet flush weak. WO#HK-55128 raised to Engineering.
        PM schedule Dec: chiller #2 overhaul (Trane CVHF 450RT), cooling tower water treatment by vendor, FCU filter wash lvl 15-22.
        Reminder: bed runner & cushion set for Deluxe rooms updated per brand standard v4.2 (Nov 2026), old photos removed from SOP binder.
        Pest control fogging at B2 loading bay & staff canteen Wed 2am, keep fire doors shut.
        Minibar top-up: Tiger x24, Coke Zero x36, Pringles x18, Toblerone 100g x12 - charge to HK cost centre 4410.
        Turn-down amenity for Deepavali week: murukku + Indian sweets box, 2 pcs/room, kolam at lobby done by 7am.
        Bin liner size changed to 24x30in, new supplier PO 4500123987, old stock to be used up first.
        8xx wing aircon blowing warm - faulty VAV actuator replaced 16:20, temp back to 23C.
        Bed bug protocol: room OOO immediately, bag linen in red bags, do NOT move furniture to another room, call Exec HK + pest vendor.
        Lost & found summary Nov: 63 items received, 41 returned, 12 disposed after 90 days, 10 pending.
        Public area: lobby marble polishing Sun-Tue 11pm-5am, cordon off east side, place wet floor signs in EN/BM/CN.
    """),
    ("en", "F&B reservations and menus"): _lines("""
        Sat 6/12 dinner covers: 7pm 48 pax, 8.30pm 36 pax, 2 bday cakes pre-ordered, 1 high chair. Walk-ins at bar only.
        Set lunch MYR 68++ : Nasi Lemak Royale / Char Kway Teow / Laksa Johor, dessert of the day, coffee or teh tarik.
        Allergen matrix updated: chilli crab sauce contains crustacean, egg, soy, gluten (wheat). Print new table cards by Fri.
        Tbl 12 + 14 combined for party of 10 @ 8pm, deposit paid, ref RSV-20261206-0112.
        Afternoon tea at the Lobby Lounge SGD 78++ per person, SGD 118++ with a glass of Taittinger, daily 2.30-5pm.
        Xmas Eve buffet MOP 888/adult, MOP 444/child (4-11 yrs), under 4 free. Early bird 15% off before 30 Nov.
        Wine list p.4: Penfolds Bin 389 2019 SGD 198, Cloudy Bay SB 2023 SGD 128. Corkage SGD 50/btl, waived Mondays.
        Reservation policy: tables held 15 min, 8 pax and above need credit card guarantee, cancel < 24h charged SGD 50 pp.
        Cafe Melati kitchen is halal certified by JAKIM, cert displayed at entrance, no alcohol served in the outlet.
        OpenTable export 05-Dec: 212 bookings, no-show 7 (3.3%), avg party size 2.8, top source Google (61%).
        Uncle Lim's Kopitiam at Level 1 opens 6.30am - kaya toast set w/ soft-boiled eggs and kopi SGD 6.80.
        Chef says 86 the Dover sole tonight, supplier short. Sub with barramundi, same price, inform guests at order.
        Dim sum trolley Sun brunch: har gow HKD 58, siu mai HKD 52, baked char siu bao HKD 42 (3 pcs), +10% service.
    """),
    ("en", "guest reviews"): _lines("""
        Stayed 3 nights in Nov, room was spotless and the harbour view from the 28th floor was unreal. Breakfast bit crowded on Sunday. 4/5
        Check-in took 40 mins!!! only 2 counters open on a Friday night. Room ok but aircon noisy. Won't be back.
        Loved the heritage wing, felt like stepping into Somerset Maugham's era. Pricey Singapore Sling tho.
        Pool is tiny and always packed w kids during school hols. Location near Bukit Bintang MRT is perfect tho.
        Concierge team were super helpful getting us ferry tix to Macau last minute. 5 stars from our family of 4!
        The James Bond suite was cheesy but my husband loved it haha, the Golden Gun replica is a nice touch.
        Response from Management: Thank you for your feedback. We have shared your comments with our Front Office team and are reviewing staffing levels during peak periods. - Guest Relations Team
        Rated 8.4 "Very good" based on 2,316 reviews. Cleanliness 8.9 / Location 9.3 / Value for money 7.6
        Booked thru Agoda, booking no. 1398472261, hotel honoured the free upgrade no problem. Breakfast sambal was fire.
        Do NOT book the "city view" room, it faces a wall and a construction site on Jalan Sultan Ismail. Asked to change, told fully booked.
        Came because the rooftop bar looked like the Crazy Rich Asians party scene, Nick and Rachel vibes! Sadly closed for renovation.
        Wifi dropped every hour, speedtest 3.2 Mbps down. For a 5-star in Causeway Bay that's unacceptable lah.
        Tripadvisor Travellers' Choice 2026 - #14 of 412 hotels in Macau
    """),
    ("en", "loyalty programme terms"): _lines("""
        Members earn 10 points per USD 1 of eligible spend; Gold Elite members earn a 25% bonus and Platinum Elite a 50% bonus.
        Points expire after 24 months of account inactivity. Qualifying activity includes stays, dining spend of MYR 100 or more, or a points redemption.
        Free Night Awards are non-transferable and blackout dates may apply, including the FORMULA 1 Singapore Grand Prix weekend.
        Status match: upload a screenshot of your current tier from another programme. Do not send passport or NRIC copies; we will never ask for them by e-mail.
        Member rates are available only via the official app or website and cannot be combined with corporate, group or package rates.
        Promotion code DEC26DOUBLE: double points on stays from 1 Dec 2026 to 15 Jan 2027, registration required before the first stay.
        For enquiries please contact the Member Services Centre at 800 852 3388 (toll-free within Singapore), 24 hours daily.
        Lifetime Platinum requires 10 years at Platinum and 600 qualifying nights; see Section 7.3 of the Programme Terms (v2026.2).
        The programme is operated by Harbourline Hospitality Group Limited (CR No. 1988042) and governed by the laws of the Hong Kong SAR.
        Points may be converted to KrisFlyer miles or Asia Miles at 3:1 in blocks of 3,000 points; please allow 7-10 working days.
        Dear {first_name}, you are {nights_needed} nights away from {next_tier}. Book by {deadline} to keep your benefits in 2027.
        Personal data collected under the programme is processed in accordance with the PDPA 2012 (Singapore) and PDPA 2010 (Malaysia); members may request access or correction in the app.
    """),
    ("en", "banquet and event orders"): _lines("""
        BEO #2026-1187 / Function: Annual Dinner & Dance / Venue: Grand Ballroom A+B / Sat 12 Dec 2026 / Guaranteed 420 pax / rounds of 10.
        Menu: 8-course Chinese set SGD 1,688++ per table of 10, incl. free-flow soft drinks and 1 btl house wine per table.
        AV: 2x 7K lumen projectors, LED wall 6m x 3m, 4 wireless mics, stage 12m x 6m x 0.6m, DJ console by client's vendor.
        Timeline: 6.30pm cocktails / 7.30pm GOH arrival / 7.45pm lion dance / 8pm dinner service / 10.30pm lucky draw / 11pm end.
        Guest of Honour: Minister of State for Trade and Industry, arrival via VIP drop-off at Porte Cochere B, protocol by the Ministry.
        Deposit schedule: 30% upon signing, 50% 60 days prior, balance 7 days prior, payable to the hotel as per invoice INV-BQ-2026-0932.
        Wedding pkg "Eternal Bliss" MYR 2,288 nett/table, min 30 tables, incl bridal suite 1 night, 5-tier model cake and ice sculpture.
        Dietary summary: 12 vegetarian, 4 vegan, 6 halal, 3 no beef, 1 no pork no lard - kitchen to label place cards by table no.
        Room block 120 rms 10-13 Dec, rooming list due 20 Nov in template RoomingList_v3.xlsx (columns: Surname, Given name, Arrival, Departure, Room type).
        The Sun Yat-sen Room (80 theatre style) booked for press conference 10-11am, backdrop 4m x 2.4m, 2 standing mics.
        Corkage waived for up to 20 bottles; additional bottles SGD 30 nett each. Outside liquor to be declared to the Banquet Captain.
        Force majeure clause amended to include Typhoon Signal No. 8 and Black Rainstorm Warning, no cancellation charge in such events.
    """),
    ("en", "hotel policies and staff SOPs"): _lines("""
        SOP FO-07 Guest Registration: scan passport/NRIC photo page only, verify face match, never photocopy the full passport. Scans auto-purge 30 days after check-out.
        All foreign guests must be registered with passport details; registration cards kept in a locked cabinet, access by Duty Manager only.
        Never read a guest's room number aloud at the counter. Write it on the key card folder and hand it over discreetly.
        If a caller asks whether a person is staying with us, do not confirm or deny. Offer to take a message and pass it on if the guest is in-house.
        Smoking in rooms incurs a cleaning fee of SGD 500 nett. Designated smoking area at Level 3 pool deck.
        Check-in 3pm, check-out 12pm. Late check-out until 2pm free for Gold members subject to availability; after 6pm full night charge.
        Emergency numbers: Police 999, Ambulance/Fire 995 (Singapore); 999 (Malaysia, Hong Kong); 999 or 112 (Macau). Hotel security ext. 5555.
        Data breach response: report to the DPO within 1 hour, do not delete logs; the DPO assesses notification to the PDPC within 3 calendar days.
        Children under 12 stay free using existing bedding. Max 3 adults or 2 adults + 2 children per room.
        Confirmation e-mail template: "Dear {{salutation}} {{last_name}}, we look forward to welcoming you on {{arrival_date}}. Your confirmation number is {{conf_no}}."
        Casino floor (Macau): no entry under 21; security checks ID at the entrance - do not write ID numbers into the shift log.
        Key requests without ID: call the room and verify 2 of full name, date of birth, last 4 digits of card on file. Never issue keys to visitors.
        Cash handling: float MOP 5,000 per cashier, counted at shift change by 2 persons, discrepancies above MOP 50 go into the incident log.
    """),
    ("en", "heritage hotels and named places"): _lines("""
        Raffles Hotel opened in 1887 under the Armenian Sarkies brothers and is named after Sir Stamford Raffles, founder of modern Singapore.
        The Fullerton Hotel occupies the former General Post Office building, named after Robert Fullerton, first Governor of the Straits Settlements.
        Hotel Lisboa, opened in 1970 by STDM under casino magnate Stanley Ho, remains one of Macau's best-known landmarks.
        The Eastern & Oriental Hotel in George Town was also founded by the Sarkies brothers; Rudyard Kipling and Somerset Maugham were among its guests.
        Cheong Fatt Tze Mansion, the Blue Mansion on Leith Street, Penang, was built in the 1880s for the Hakka merchant Cheong Fatt Tze and now runs as a boutique hotel.
        Nathan Road in Kowloon is named after Sir Matthew Nathan, Governor of Hong Kong from 1904 to 1907.
        Getting here: 5 min walk from Muzium Negara MRT, off Jalan Tun Sambanthan, taxi drop-off at the side entrance.
        Joel Robuchon's restaurant atop the Grand Lisboa held three Michelin stars for more than a decade.
        Goodwood Park Hotel on Scotts Road began life in 1900 as the Teutonia Club for German expatriates.
        Sun Yat-sen Memorial House on Avenida Sidonio Pais is a 10 min taxi ride; open 10am-5pm, closed Tuesdays, free admission.
        Kampong Glam heritage walk starts at Sultan Mosque, passes the Malay Heritage Centre and ends at Haji Lane. Meeting point hotel lobby 9am.
        Peranakan Museum, 39 Armenian Street, Singapore 179941 - admission SGD 16 for tourists, free for Singaporeans and PRs.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Rm 1812 c/i 22:40 Mr Tan Wei Liang, NRIC S8734126G, HP 9123 4867, req late c/o 2pm - approved by DM.
        VIP arr Fri 4/12 ~16:40 via SQ 317: Mdm Lucinda Fernandes-Goh, Suite 3101, SEVERE peanut & tree-nut allergy (anaphylaxis, carries EpiPen) - alert IRD + Chef, no nut oils in amenity.
        Guest complaint 02/12 rm 2207: RA Nurul Aisyah binti Kamarudin entered room w/o knocking while guest was showering. HR issued her 2nd written warning dated 03/12/2026, final before termination.
        L&F #LF-26-1193: iPad Pro w/ pink case found in rm 915, owner Ms Chloe Wong Hoi Yan, contacted on +852 6193 2748, courier to Flat 18C, Block 2, Laguna Verde, Hung Hom.
        BEO #2026-1204 host: Mr Rajendran a/l Muthusamy, IC 780221-07-5153, deposit charged to Visa 4556 1234 1234 9870 exp 08/28, billing addr No. 17, Lorong Kulit 3, 11700 Gelugor, Penang.
        Passport K4820176N (SGP), guest Lim Jia Hui, DOB 14/03/1991, rm 1506, 2 nights, paid via PayNow.
        Pls note: Mr Zhou Haoran (PRC passport EA4829173) in 2716 asked that we don't disclose his stay to anyone calling, incl his wife. His mobile +86 139 2845 7716.
        HK supervisor Mohd Faizal bin Ismail on MC 28/11-5/12 - slipped disc, surgery at Hospital Kuala Lumpur, Siti to cover his floors.
        Salary revision eff 1 Jan 2027: FO Agent Chan Ka Lok (HKID Y730492(5)) HKD 18,500 to HKD 19,800/month.
        PSP report filed 01/12: guest Mr Leong Chi Fai, BIR 1304826(7), says MOP 50,000 in chips stolen from rm 1809. Case file with DM.
        Found at pool deck: Rolex Datejust engraved "To Arjun, love Priya 2019". Owner Mr Arjun Menon (rm 1411, c/o 29/11) confirmed by email arjunmenon.kl1984@gmail.com, send by DHL to 45 Jalan Kemuning 2, Taman Kemuning, 81200 Johor Bahru.
        Card on file for Ms Evelyn Kwok ending 5435, declined twice, guest in 2903 asked to settle by cash at c/o tmr.
        Ms Farah Iskandar (1507) told concierge she's in SG for IVF treatment at a clinic in Novena, pls be discreet and no HK service before 11am.
        BLACKLIST: Mr Derek Ho Chun Wai, HKID C918207(A), banned from all HK properties after assaulting a bartender on 14 Oct; case at Kowloon City Magistrates' Courts, next mention 9 Jan 2027.
        Car SJH 4281 C (white Tesla Model Y) belongs to Mr Benjamin Ong, L24 serviced apt resident, valet to park at B1 bay 12 only.
        Tour leader Ms Lin Xiaomei, WeChat linxiaomei_0611 (prefers WeChat over calls), PRC ID 440106199002041823, for the Guangzhou group visa list.
        Pls call back Mr & Mrs Sharma re honeymoon cake, WhatsApp +65 8172 6634, arr 6/12 rm 3302, Mrs Sharma is Neha.
        Night auditor Kelvin Yap Wei Jie resigned 30/11, last day 31/12. Exit interview: cited burnout and depression, currently under a psychiatrist at IMH.
        Breakfast complaint: Mr Hiroshi Tanaka, JP passport TR8842617, rm 2011, says omelette gave him food poisoning; Raffles Medical diagnosed gastroenteritis, claiming SGD 480 medical bill.
        Reg card: NG MEI LING / MYS / IC 920708-10-6034 / 23, Jalan SS 2/44, 47300 Petaling Jaya / 016-772 3190 / Rm 1102 / Arr 03-12 Dep 05-12
        Rooming list row 17: WANG Jianguo, M, 110108197809234017, rm 1418 twin with son WANG Hao (9 yrs).
        Ms Tsai Yi-Ting, ROC ID F228173059, LINE yiting_tsai88, needs baby cot + bottle warmer, travelling with 7-month-old.
        Warning letter to F&B server Jonathan Pereira (staff ID 20341): 3rd late arrival in Nov (4/11, 17/11, 25/11). Further lateness will lead to suspension without pay.
        Concierge: Mdm Goh Siew Lan (82, rm 1010) has early dementia. Daughter Karen Goh +65 9735 2081 asked us to call her if her mum leaves the hotel alone.
        Pre-auth SGD 1,500 on Amex 3779 123456 78909 for Mr Oliver Bennett (UK passport 548213076), rm 2501.
        Banquet host Mdm Tay Bee Hoon, NRIC S6843027E, paid SGD 12,000 deposit by Mastercard 5355 2200 8813 4675 for her son's wedding 12/12, 38 tables.
        Spa therapist Apple Leung Wing Sze (mob 9318 6620) filed a sexual harassment complaint against the guest in 3006, Mr Victor Lau Chi Keung, on 27/11; HR & Legal informed.
        Mr Somchai Prasertsuk (Thai passport AA4419073) is a wheelchair user (paraplegic), needs accessible rm w/ roll-in shower, arr 8 Dec.
        Driver Azman bin Yusof, plate WXT 8826, waiting at porte cochere for Mr & Mrs Kwan Siu Fung (1906), his HP 012-384 7721.
        Invoice to: Mr Huang Zhiqiang, Rm 1203, Bldg 5, Xiangmi Lake Garden, Futian District, Shenzhen 518040, mob +86 186 2741 0938, ID 440306198507122430.
        DM log 03/12 01:15: Ms Jessica Tham (2218, FIN G5528137N) came back heavily intoxicated, fell at lift lobby, cut on forehead, declined ambulance and signed waiver.
        Enrolment: Mr Cheung Siu Ming, HKID R356140(1), Flat D, 12/F, Block 5, Tai Koo Shing, email cheungsm.tks@yahoo.com.hk.
        Mr K. Ramasamy, NRIC S****054B, rm 1720, c/o 05/12 - disputes minibar SGD 86.40, says he never opened it.
        Offer letter: Ms Priscilla Sim Hui Min, Guest Relations Exec, basic SGD 3,450 + service charge, start 5 Jan 2027, NRIC T0215873B.
        Ex-cashier Lau Kwok Keung pleaded guilty at Eastern Magistrates' Courts on 18 Nov to stealing HKD 86,000 from the FO float, jailed 10 months.
        Gym incident 07:20: Mr Daniel Koh, 54, rm 1602, collapsed on treadmill, cardiac arrest, CPR + AED by lifeguard, taken to NUH by SCDF. Wife Jenny Koh informed at 9048 1536.
        Resv RSV-8830172 Ms Hannah Oyelaran, hannah.oyelaran.ldn@outlook.com, +44 7700 900318, coeliac (strictly GF), anniversary dinner 7/12.
        Rm 3518 Mr Chen Guoliang, HK/Macau travel permit C82736451, mob +86 137 1928 6405, VIP via junket, credit line MOP 2,000,000 approved.
        Left at bell desk 02/12 not collected: blue Samsonite, tag "Melissa Ang, Blk 412 Bedok North Ave 2 #08-117 S(460412), 9672 3815".
        Ms Ho Ka Yan, home return permit H60418273, booked Zhuhai day tour via concierge, pick-up 8am, WhatsApp +852 5471 9032.
        Mr Nicholas Chua (HP 8834 2290) asked to close the member account of his late father Chua Teck Seng, S9102468C, who passed away on 20 Nov.
        Commis chef Muhammad Hafiz bin Osman, MyKad 010915-01-0868, work permit expires 14/02/2027; emergency contact his mother +60 19-772 4108.
        Rm 2104 Mr & Mrs Ellis - Mrs Sarah Ellis is 34 wks pregnant (doctor's letter on file), extra pillows, do not sell her spa treatments.
        Refund SGD 320 to Ms Kavitha Subramaniam, DBS acct 120-345678-9, for the double charge on her stay, approved by FOM.
        The lady who complained abt bed bugs last week was Rachel in 1216 - surname Teo, mobile 8325 1947, wants the claim paid to her PayNow (same no.).
        Walk-in Mr Ng Tsz Kin, HKID Z604718(2), settled by UnionPay 6225 8800 1234 5675, rm 808, 1 night.
        Tour guest Ms Xu Jingwen (310104199203185629), rm 1022, lost her passport at Senado Square, consulate appt 5 Dec 10am.
        Intern Ethan Seah Jun Kai, NRIC T0358219H, Temasek Poly, allowance SGD 1,000/mth, attendance 71% - school to be informed of 2 unexcused absences.
        Mr Tse Wing Hong, HKID M271935(0), claims his Porsche (HK plate TW 8821) was scratched in our carpark 30/11, valet ticket V-20815.
        Chargeback: Ms Amanda Sutherland, Visa 4111 1122 3344 5569, disputes stay 12-15 Nov rm 1903, folio 9928174.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual concierge of Harbourline Hotel Hong Kong. Be brief and polite.",
        ),
        ("user", "hi can i do online check in for tonight"),
        (
            "assistant",
            "Of course! Please share your confirmation number and the name on the booking.",
        ),
        ("user", "HLH-5582031, Wong Pui Shan"),
        (
            "assistant",
            "Thank you, Ms Wong. For online check-in we also need an ID document number.",
        ),
        ("user", "HKID E284961(9). arriving around 11pm, flight from Taipei delayed"),
        ("assistant", "Noted, your room will be held for late arrival. Safe travels!"),
    ],
    [
        ("system", "You help the HR team of a Kuala Lumpur hotel draft formal letters."),
        (
            "user",
            "Draft a final warning letter. Staff: Shahrul Nizam bin Abdul Rahman, Bellman, staff no. KL-04417.",
        ),
        ("assistant", "Certainly. What is the misconduct and the date of the previous warning?"),
        (
            "user",
            "He was found sleeping in the luggage room during night shift on 29 Nov, 2nd offence. First warning was 12 Aug. Also mention his IC 880512-14-6271 in the header as per HR format.",
        ),
        (
            "assistant",
            "Understood. Here is a draft final warning letter addressed to the employee...",
        ),
    ],
    [
        ("user", "Summarise this BEO for the kitchen, drop anything they don't need"),
        (
            "user",
            "BEO 2026-1311 | Wedding lunch | Jade Room | 14 Dec | 22 tables | Host: Mr Teo Kok Wah, NRIC S8526314E, HP 9782 0154 | Payment: Visa 4542 1300 9912 8375 exp 11/29 | Menu: 8-course Chinese Set B, 2 tables vegetarian, bride allergic to prawns",
        ),
        (
            "assistant",
            "Kitchen summary: Wedding lunch, Jade Room, 14 Dec, 22 tables, 8-course Chinese Set B, 2 vegetarian tables, no prawns for the bride's portion.",
        ),
    ],
    [
        (
            "user",
            "Hello, I stayed at your Sentosa hotel last weekend and left my Kindle in the room",
        ),
        ("assistant", "Sorry to hear that! Could you tell me your room number and check-out date?"),
        ("user", "room 623, checked out Sun 29 Nov"),
        ("assistant", "Thank you. Under what name was the booking made?"),
        ("user", "Siobhan Rahman-Pillai. pls courier to Blk 215 Serangoon Ave 4 #11-82, S(550215)"),
        ("user", "and text me at 8462 0937 when it's sent"),
        (
            "assistant",
            "Noted, our Lost & Found team will check and get back to you within 24 hours.",
        ),
    ],
    [
        ("system", "You are the in-room dining assistant. Keep replies short."),
        ("user", "Can I order the kids' pancakes for room 1405?"),
        ("assistant", "Sure! Any allergies we should be aware of?"),
        (
            "user",
            "Yes my son Ethan Lau, 6yo, severe egg allergy - he went into anaphylaxis last year. Is there an egg-free version? I'm Grace Lau, 1405.",
        ),
        (
            "assistant",
            "Our chef can prepare an egg-free oat pancake. We'll label it clearly for Ethan.",
        ),
    ],
    [
        (
            "user",
            "Translate to English for the front desk: 客人 陈国强 身份证 320505198811300278 手机 +86 158 6213 4470 入住 2 晚",
        ),
        (
            "assistant",
            "Guest Chen Guoqiang, ID card 320505198811300278, mobile +86 158 6213 4470, staying 2 nights.",
        ),
    ],
    [
        ("system", "Internal assistant for Macau casino-hotel VIP services."),
        ("user", "what's the standard welcome amenity for Diamond tier?"),
        (
            "assistant",
            "Diamond tier: champagne, fruit platter, personalised chocolates and a handwritten card from the GM.",
        ),
        ("user", "ok. set that up for Mr Lin Zhenhua, arriving today 3pm, suite 4102"),
        (
            "user",
            "his travel permit C64019285, and he's diabetic so replace chocolates with sugar-free",
        ),
        ("assistant", "Done. Sugar-free amenity arranged for Suite 4102 at 3pm."),
    ],
    [
        ("user", "need help writing a complaint email to the hotel in Penang"),
        ("assistant", "Sure, what happened?"),
        (
            "user",
            "Front desk guy overcharged me MYR 350 for a 'damage fee' that I didn't cause. I want to say his name tag said Hafiz and the manager on duty refused to help",
        ),
        ("assistant", "Understood. Would you like me to include your booking details?"),
        (
            "user",
            "yes: Booking.com 4417283906, my name Kenneth Lee Boon Keat, mobile 012-665 3180, card Mastercard ending 7361",
        ),
    ],
    [
        ("system", "You assist the Duty Manager with the incident log of a Singapore hotel."),
        ("user", "log this properly pls"),
        (
            "user",
            "0245 guest from 1911 Mr Amir Haziq (FIN F3318760L) reported his girlfriend collapsed after drinking, she is Ms Tiffany Loh, 24. Ambulance to TTSH 0301. Police ref not yet.",
        ),
        (
            "assistant",
            "Incident log 02:45 - Guest Mr Amir Haziq (FIN F3318760L), Rm 1911, reported that Ms Tiffany Loh (24) collapsed after consuming alcohol. SCDF ambulance conveyed her to TTSH at 03:01. Police reference pending.",
        ),
    ],
    [
        ("user", "What documents do I need to check in at a hotel in Malaysia as a Singaporean?"),
        (
            "assistant",
            "A valid passport is required for foreign guests; the hotel will scan the photo page at check-in.",
        ),
        ("user", "ok and can my wife check in first without me? booking is under my name"),
        ("assistant", "Usually yes, if you inform the hotel in advance and she shows her own ID."),
        (
            "user",
            "great. I'll email them then: booking under Samuel Yeo Chin Hock, passport K7730914P, wife is Lydia Yeo, arriving 18 Dec at the Genting hotel",
        ),
    ],
]
