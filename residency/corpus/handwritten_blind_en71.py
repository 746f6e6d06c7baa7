"""Blind check set en71: public transport and mobility in SG/MY (EZ-Link, Touch 'n Go, lost and found, fare disputes, accessibility, operator notices, commuter forums). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en71
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "operator notices"): _lines("""
        Service Update: Due to a track fault between Jurong East and Clementi, please add 20 mins travel time. Free regular bus services are available at designated bus stops.
        [NSL] Train service has resumed. Trains are progressively returning to normal speed. We apologise for the inconvenience caused.
        Rapid KL: LRT Kelana Jaya Line will run at 10-minute intervals between Ampang Park and KL Sentral from 11pm on 14 Dec for maintenance works.
        Tan Kah Kee station Exit B will be closed from 6 Jan to 2 Mar 2026 for lift upgrading works. Please use Exit A, which has a lift and ramp access.
        Bus Service 857 will skip Bus Stop 46971 (Opp Blk 354C) from 2 Feb due to road works along Admiralty Drive.
        KL Monorail: Tun Sambanthan station closed this Sunday 6am-12pm. Free shuttle bus between Tun Sambanthan and KL Sentral every 10 min.
        Adult CEPAS cards (EZ-Link, NETS FlashPay) that have not been upgraded to SimplyGo can continue to be used for fare payment until further notice.
        APAD reminds all stage bus operators that the revised vehicle inspection schedule takes effect on 1 March 2026 (circular ref. APAD/BK/2026/014).
        Touch 'n Go: Card reload via TNG eWallet will be unavailable from 02:00 to 04:00 (GMT+8) on 9 Dec due to scheduled system maintenance.
        Sultan Ismail monorail station: escalator 2 (towards Bukit Bintang) under repair until 20 Dec. Lifts remain in service.
        Causeway Link CW2 (Larkin - Kranji) will operate extended hours until 1am on 24 and 31 Dec. Fares unchanged at RM3.40 / S$2.40.
        Please stand on the left, walk on the right. Hold the handrail and take care of young children on the escalator.
        From 28 Dec, the last train from Raffles Place towards Pasir Ris departs at 11.48pm on Sundays and public holidays.
    """),
    ("en", "lost and found"): _lines("""
        Found at Bishan Bus Interchange, 3 Dec 2025, 7.40pm: black foldable umbrella, blue water bottle. Claim at the Customer Service Centre with a description of the item.
        Lost property is kept at the station for 2 days, then sent to the Lost & Found Office at the depot. Items unclaimed after 30 days will be disposed of.
        To report a lost item on our buses, call the Customer Hotline at 1800 287 2727 or fill in the online form. Have your travel date, service number and approx time ready.
        Lost item reference LF-2025-118462 has been closed as no matching item was found. You may submit a new report if required.
        Items found on LRT/MRT/Monorail are kept at the station for 7 days before being sent to the Lost and Found counter at Pasar Seni.
        anyone lost a Hello Kitty water bottle on the 961 this morning? uncle driver kept it at Woodlands Int counter
        Found: Doraemon keychain with 2 house keys and a Spider-Man lanyard at Sengkang LRT, handed to station staff.
        PSA: never post a photo of a found IC or bank card on FB. Just pass it to the station control room or the nearest NPP.
        Found a Samsung Galaxy A54 at Masjid Jamek LRT platform 2 around 8.15am, passed to the RapidKL counter. Owner can claim there with proof.
        Lost: grey Jansport backpack on svc 14 from Bedok Int, abt 6.30pm Tues. Got lecture notes and a Casio calculator inside. Reward offered, pm me here.
        Unclaimed items this year: 412 umbrellas, 96 phones, 38 wallets, 11 prams and 1 durian (disposed of the same day).
        To claim your item, bring a photo ID matching the name on the lost property form. Authorisation letters are accepted for next-of-kin.
    """),
    ("en", "fares and concessions"): _lines("""
        Adult card fare for a 10.2 km journey: $1.59 before 28 Dec, $1.69 after.
        My50 unlimited travel pass: RM50 per month for Malaysians, covers Rapid KL bus, LRT, MRT, Monorail and BRT Sunway Line.
        Fare enquiry: if you think you were overcharged, submit the form within 30 days with your card's CAN ID and date of travel. Refunds are credited within 7 working days.
        Refund case FR-20251129-004417 approved: $2.37 will be credited on your next tap at any Add Value Machine.
        Penalty fare for travelling without a valid ticket: $50. Misuse of a concession card: $100 and the card will be confiscated.
        TNG card minimum balance for toll is RM5. Expired card? Replacement fee RM10 at any TNG Customer Service Centre, balance will be transferred.
        Distance fare table v2025.12: 0-3.2 km $1.19 | 3.3-4.2 km $1.29 | 4.3-5.2 km $1.39 | above 40.2 km $2.47
        Workfare Transport Concession: eligible workers earning up to $3,000 a month get about 25% off the adult card fare.
        ETS Gold 9021 KL Sentral to Ipoh, Coach C Seat 14A, RM46.00, departs 08:40. Ticket no. 0013-251204-88217.
        KTM Komuter fares range from RM1.30 to RM11.20. OKU card holders get 50% off upon showing the JKM card at the counter.
        Senior Citizen Monthly Concession Pass: $60. Available to Singapore citizens and PRs aged 60 and above.
        Transfer rebate applies if you tap in within 45 minutes of your last tap out, up to 5 transfers in 2 hours.
        Student concession cards are issued through the school. Lost cards can be replaced at a TransitLink Ticket Office for $10.
    """),
    ("en", "accessibility"): _lines("""
        All public buses in Singapore are wheelchair-accessible. Look for the WAB decal; the Bus Captain will deploy the ramp upon request.
        Need help at the station? Approach the Passenger Service Centre or press the intercom at the fare gate and staff will escort you to the platform.
        Ampang Line: lifts are available at 12 of 18 stations. Check the Rapid KL website for the latest list before you travel.
        Tip for wheelchair users: board at the middle door of the first car, the gap is smaller there and it's nearest the lift at most DTL stations.
        Dementia Go-To Points are available at selected MRT stations. Staff are trained to help commuters who appear lost or confused.
        Guide dogs are allowed on all public buses and trains. Please do not pet or distract a working guide dog.
        The "May I Have A Seat" card and lanyard can be collected at any TransitLink Ticket Office. No medical proof needed.
        Assistance request form fields: passenger name, contact number, mobility aid type, boarding and alighting stations, date/time. Do not upload medical records.
        Tan Tock Seng Hospital: from Novena MRT Exit B, follow the underground link to the TTSH main lobby. The route is step-free.
        Khoo Teck Puat Hospital is a 5-min walk from Yishun Bus Interchange; svc 806 stops right at the main entrance.
        Priority queue at the ticket office for seniors, pregnant women and persons with disabilities. Please give way.
        OKU passengers may request a portable ramp at any Rapid KL station. Advance notice of 30 minutes is recommended.
    """),
    ("en", "commuter forum"): _lines("""
        why does the 170X always come in threes?? waited 25 min at Kranji then 3 came together
        spotted SBS3229P doing svc 190 today, the old Volvo B9TL still going strong leh
        anyone know if the EZ-Link card with the Pikachu design still selling at 7-11?
        SimplyGo account-based fare issues thread. Post here pls, DO NOT post your full card number or NRIC, mask to last 4 only.
        Lee Kuan Yew would never have tolerated this many breakdowns on the NSL
        Jalan Tun Razak jam again, the T407 stuck 40 minutes. Faster to walk lah
        did Anthony Loke say anything about the RTS fare in Parliament today? still no clear answer
        Caldecott to Stevens transfer on TEL feels like forever, who designed this
        TNG card reload at Petronas says "pending" for 2 days already, normal or not?
        Mods will remove posts with names or photos of bus captains or station staff. Complain through official channels pls.
        SMB1487H on the 858 had aircon spoil, whole bus like sauna. Changed bus at Changi Airport already
        Which one cheaper from Tampines to CBD, bus or MRT? MRT faster but bus got seat at least
        Yesterday the Kelana Jaya Line train stopped 15 min at Dang Wangi, no announcement at all. Rapid pls improve
        Tan Kah Kee station so quiet on weekends, love it
    """),
    ("en", "customer service templates"): _lines("""
        Hi {first_name}, thank you for contacting us. Your fare enquiry (Case ID: {case_id}) has been received and will be processed within 5 working days.
        Dear Valued Customer, we refer to your feedback on Bus Service {svc_no} dated {date}. We have spoken to the Bus Captain concerned.
        Terima kasih! Your Touch 'n Go card replacement request {req_id} is being processed. Kindly allow 14 days.
        Macro #34 Overcharge: 1) verify last 4 digits of CAN ID; 2) check txn log; 3) if duplicate tap confirmed, issue refund via portal; 4) close ticket with tag FARE-DUP.
        Auto-reply: Our hotline 1800 225 5663 operates Mon-Fri 8am-6pm. For urgent card blocking after hours, please use the app.
        Escalation path: L1 agent > L2 fare specialist > Team Lead (ext. 4412) > Customer Experience Manager.
        Reminder to agents: never read back a customer's full NRIC over the phone. Confirm only the last 3 digits and the letter.
        SMS: Your TNG RFID tag order TNG-RF-20251203-77154 has been shipped via Pos Laju, tracking no. ER418836225MY.
        Dear {{customer.name}}, your assistance booking for {{booking.date}} at {{booking.station}} is confirmed. Ref: {{booking.ref}}.
        Careline Touch 'n Go: 03-5022 3888, daily 8am-10pm. Please do not share your PIN or OTP with anyone, including our staff.
        Thank you for your patience. Your case has been escalated to our Fare Recovery team and we will update you by email.
        Please do not reply to this email. For enquiries, visit any Ticket Office or call our 24-hour hotline.
    """),
    ("en", "systems and data"): _lines("""
        2025-12-04T07:42:13+08:00 GATE=NE12-G04 EVT=TAP_IN CARD_TYPE=ADULT FARE_PROD=CEPAS BAL_BEFORE=12.40 RESULT=OK
        SimplyGo app v3.14.2 (build 8812): fixed crash when viewing trip history on Android 14; improved NFC top-up reliability.
        TNG eWallet 2.0.31 release notes: PayDirect for LRT/MRT now supports Mastercard and UnionPay contactless.
        commit 9f3c2e1a: refactor fare_calc.py to read distance bands from fare_table_2025_12.json
        SELECT stn_code, COUNT(*) AS taps FROM tap_events WHERE evt_date = '2025-12-01' GROUP BY stn_code ORDER BY taps DESC LIMIT 10;
        sha256(sg_bus_gtfs_20251201.zip) = 3b1f0c7d9e2a4f6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b
        Average daily ridership Q3 2025: MRT 3.41m, LRT 0.22m, bus 4.05m.
        GET /ltaodataservice/v3/BusArrival?BusStopCode=83139 returns NextBus.EstimatedArrival in ISO 8601 format.
        Error E-417 CARD_BLACKLISTED: advise passenger to visit the Ticket Office.
        can_id,txn_datetime,entry_stn,exit_stn,fare_cents,concession_type
        {"svc": "858", "bus_plate": "SG5127Z", "lat": 1.3521, "lon": 103.8198, "load": "SEA", "ts": "2025-12-04T08:01:55+08:00"}
        rapidkl_bus_gtfs.zip updated 2025-12-02 03:00 MYT: 1,204 stops, 187 routes, 9,866 trips.
    """),
    ("en", "news and policy"): _lines("""
        The Public Transport Council announced a 6% fare increase this year; concession holders will see a smaller increase of 4 cents per journey.
        Transport Minister Anthony Loke said the RTS Link between Bukit Chagar and Woodlands North is on track to begin operations by end-2026.
        In a written parliamentary reply, the Ministry said 98% of bus stops are now barrier-free, up from 90% five years ago.
        The RTS Link will have a capacity of up to 10,000 passengers per hour per direction.
        Tan Kah Kee station takes its name from the philanthropist Tan Kah Kee, who founded The Chinese High School in 1919.
        Farrer Park is named after Roland Farrer, president of the Municipal Commission in the 1920s and 30s.
        Singa the Courtesy Lion is back in a new campaign reminding commuters to give up priority seats.
        Mean kilometres between failure (MKBF) for the MRT network exceeded 1.5 million train-km for the third year running.
        Prasarana said 32 new trainsets for the Ampang and Sri Petaling lines will be delivered in stages until 2027.
        LTA will trial on-demand public buses in Tengah from March; commuters can book a ride via an app.
        Malaysia's first prime minister Tunku Abdul Rahman is commemorated in the name of several roads, schools and a university college.
        About 1 in 5 Singapore residents will be aged 65 and above by 2030, which is why barrier-free access remains a priority.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lost my EZ-Link card, CAN 1009 6200 8812 3390, registered under Lim Wei Jie. Pls block it and transfer the $23.80 balance to my new card.
        Hi, my name is Nurul Ain binti Razali, MyKad 950722-14-6038. I lost my TNG card at KL Sentral yesterday, can the balance be refunded?
        Wheelchair assistance: Mdm Goh Siew Lan, 81, motorised wheelchair after her stroke. Boarding Pasir Ris 9 Dec 10am, alighting Outram Park for her SGH appt. Contact daughter 9731 4460.
        Found wallet with IC belonging to TAN BOON HOCK, S7604318C, at Tampines Int. Owner pls contact 8223 0917 to collect.
        Fare dispute: charged $2.37 twice on 3 Nov at Jurong East. Name: Priya d/o Subramaniam, HP 9658 2034, email priya.subra88@gmail.com
        Saya nak report, my son Aiman Hakim (SMK Seksyen 7 Shah Alam) lost his student TNG card, IC 080611-10-0917. What do we do?
        Ong Kah Seng, 42, a delivery rider, was fined $2,400 yesterday for using his late mother's senior concession card 58 times between January and June.
        Pls refund to my Visa 4532 0188 7421 3094, cardholder KOH JIA HUI, exp 08/28. Thanks
        pls help!! my dad Rajendran Pillai (78, has dementia) got lost after alighting at Sembawang MRT around 3pm, wearing blue shirt and slippers. If found call 8812 6730
        Passenger Mr Nguyen Van Thanh, FIN G5130642U, was issued penalty fare notice PF-118204 at Boon Lay station on 2 Dec.
        My wife Chen Xiaoyu (PRC passport E71844062) left her bag on bus 851. Contact her at +86 138 2041 7763 or WeChat chenxy_0523.
        HK tourist Wong Ka Yan, HKID K582103(7), lost her EZ-Link tourist pass on the East-West Line. Staying at Parkroyal Collection Pickering, room 1812.
        Blk 412 Bedok North Ave 2 #08-231, that's where Sim Teck Leong lives, he's the one who keeps complaining to LTA about the bus stop noise.
        Car plate SJR6631B, owner Loh Mei Fang, parks at the bus bay outside Blk 221 Serangoon Ave 4 every morning. Already reported her to LTA.
        TNG account holder Muhammad Firdaus bin Abdullah, tel 013-778 2045, firdaus.abd92@yahoo.com.my, disputes toll charge RM6.30 at Sungai Besi on 22 Nov.
        Concession application: Lee Hui Min, NRIC T0427915D, Temasek Poly Year 2, household monthly income $2,850, 4 family members.
        Chang Wei-lun, ROC ID F128406337, exchange student at NUS, wants to apply for the tertiary concession card.
        RFID tag delivery address: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Receiver: Tan Siew Ping, 012-338 9041.
        My mum Lakshmi Narayanan (NRIC S6521093B) has epilepsy and had a seizure on the train at Bugis this morning. She is now warded at Raffles Hospital.
        Bus captain reported that passenger Mohd Hafiz of Blk 682C Jurong West Central 1 #14-110 verbally abused him on svc 179. Police report E/20251204/3381.
        Found a student concession card on svc 65, name on card Ryan Lim Jun Kai, Bendemeer Secondary. Parents can Telegram me @kopi_auntie88 to collect.
        Refund for cardholder Tay Kok Wah (NRIC ending 417D, Blk 9 Toa Payoh Lor 8) approved, amount $14.20.
        I am writing on behalf of my brother Zulkifli bin Hassan (MyKad 670905-07-5211), who is visually impaired and was refused boarding by a Rapid Penang driver at Komtar on 28 Nov.
        Passenger list: 1. Amirah Zainal, passport A31867429 (MY), seat 3B; 2. Joshua Tan, passport K4492817N (SG), seat 3C.
        gaji saya RM2,300 sebulan, boleh apply B40 bus pass? Nama Kavitha Muniandy, IC 781130-08-5346
        From siewling.wong@outlook.com: my registered EZ-Link card 8009 1500 2743 6618 was charged for a trip I never took on 14 Nov (Woodlands to Tuas Link).
        If I don't reply pls call my husband Ahmad Syafiq at 019-225 7813. I'm on the ETS to Ipoh, coach D seat 11A.
        Grab driver Chua Eng Soon, car SLK8812X, dropped me at the wrong Changi terminal and I missed my flight. Want to file complaint.
        Concession transfer: Tan Ah Kow, senior citizen, DOB 12/03/1952, old CAN 1009 6201 3384 0027, new card issued at Toa Payoh TO.
        The man who fell onto the tracks at Yew Tee was Nicholas Heng, 29, from Bukit Batok; friends say he had been battling depression for years.
        TNG refund bank details: Maybank acc 1140 3308 2195, account name Siti Khadijah binti Omar.
        Mail PWD concession card to Mr Ho Jun Wei, 55 Jalan Kechubong, Singapore 536785, tel 6282 4410.
        Mdm Ng, my neighbour at Blk 301 Ang Mo Kio Ave 3 #05-1762, is on dialysis 3x a week. Can community transport pick her up for her sessions?
        Registered user tng_ahkeong77: Lau Ah Keong, DOB 1977-04-19, phone +60 11-2304 8821.
        Hi, I'm Farah Nadia, NRIC S9033417D. My adult monthly pass card was stolen with my wallet at Tampines West, police report F/20251202/1177.
        Lost passport!! Yap Chee Keong, Malaysian passport A51208837, on the CW2 from Larkin to Kranji on 1 Dec. If found pls contact 016-774 3108
        Name: Arjun Menon | CAN: 1009 6205 5512 8840 | Issue: double deduction $1.92 | Callback: 8554 2906
        Helper Maria Santos Dela Cruz, FIN M4410288Q, employed by the Quek family at 18 Jalan Gaharu, lost her concession card on the 167.
        Chan Kai Xuan (T0768124G), Sec 3 at Yishun Town Secondary, has ADHD and his mother asks that he be seated near the front of the school bus.
        Incident: Ms Angeline Chia, 61, slipped at Dhoby Ghaut exit E and fractured her right wrist, treated at SGH A&E. Contact 9127 3358.
        Nur Syafiqah, IC 020611-01-0914, UiTM student, applied for the Rapid KL student pass. Mother's phone 014-908 3321.
        Taiwanese tourist Huang Chia-wen, ROC ID A223817560, LINE jiawen.tw, lost her Singapore Tourist Pass at Chinatown.
        Liang Jiahui, PRC ID 440106199105234521, requests refund of the S$10 deposit for her Singapore Tourist Pass.
        Zheng Zhiqiang (ID 350203198602143073) cannot tap his card at the gantry, phone +86 159 6021 8843, staying in Geylang Lor 12.
        My grandson Ethan Tan (T1583026Z), 10, takes bus 88 alone to Ai Tong School every morning. Can the bus captain keep an eye on him?
        The card I used for SimplyGo is 5521 8800 4512 7739, name on card Benjamin Yeo. Got charged $7.80 for Pasir Ris to Joo Koon which I never took.
        the auntie who always sits at Kovan bus stop with the pink trolley, Mdm Chua Ah Moi, Blk 212 Hougang St 21 #03-285, family cannot find her since yesterday, she has Alzheimer's
        Pls pray for Faizal Ramli, the bus captain on svc 969 who collapsed at the wheel on Tuesday. Doctors say it was a stroke and he's in ICU at KTPH.
        Lost Brompton bike at Bishan MRT bicycle rack. Contact Marcus Goh, marcus.goh.sg@protonmail.com or 8197 4532.
        Applying for Workfare concession, my payslip shows $1,980 gross. Name Rosnah Abu Bakar, NRIC S8812043D.
        Lorry plate WVU 8821 belongs to my uncle Ismail Kassim, he was the one who hit the bus stop at Jalan Klang Lama, insurance claim pending.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the virtual assistant of a Singapore fare card helpdesk."),
        ("user", "hi i got charged 2 times for the same trip on 30 nov, clementi to buona vista"),
        (
            "assistant",
            "Sorry about that! May I have the CAN ID of your card and the name it is registered under?",
        ),
        ("user", "1009 6203 7741 2256"),
        ("user", "name is Goh Pei Shan, registered with my NRIC S8903562"),
        ("user", "oops last letter is G"),
        (
            "assistant",
            "Thank you, Ms Goh. I have raised a fare enquiry and you will be updated within 5 working days.",
        ),
    ],
    [
        ("user", "Nak tanya, TNG card hilang, can recover baki or not?"),
        (
            "assistant",
            "If the card was registered, the balance can be transferred. Please provide your MyKad number.",
        ),
        ("user", "890314-10"),
        ("user", "5523"),
        ("assistant", "Thank you. Can you confirm the full name on the registration?"),
        (
            "user",
            "Hafizuddin bin Mat Yusof. Tinggal Seksyen 13 Shah Alam, No 7 Jalan Bunga Tanjung 13/2",
        ),
    ],
    [
        ("system", "Assistant for booking station assistance for persons with disabilities."),
        ("user", "I want to book help for my mother at the MRT next Monday"),
        ("assistant", "Sure. Which stations and what kind of assistance does she need?"),
        (
            "user",
            "Kembangan to Novena, 9am. She's on a manual wheelchair, had her left leg amputated last year due to diabetes",
        ),
        ("assistant", "Noted. May I have her name and a contact number for the station staff?"),
        ("user", "Mdm Rahimah Bte Osman, you can call me (her son) at 9264 1857"),
    ],
    [
        ("system", "You help commuters fill in lost property reports. Keep replies short."),
        ("user", "left my sling bag on bus 2 from Changi Village, black Coach bag"),
        ("assistant", "What was inside the bag?"),
        (
            "user",
            "wallet with my IC and POSB card, earpiece, and my insulin pen. IC is S9411870 something cannot rmb the letter",
        ),
        ("assistant", "No problem. Please give me your full name and a contact number."),
        ("user", "Muhammad Haziq Rosli, 8736 0092"),
    ],
    [
        (
            "user",
            "Can you help me write a complaint letter about an overcharge on my Touch n Go card?",
        ),
        (
            "assistant",
            "Of course. Please share the date, location, amount and your contact details.",
        ),
        (
            "user",
            "25 Nov, Plaza Tol Batu Tiga, charged RM 12.90 instead of RM 1.30. I'm Leong Kah Wai, 22 Jalan USJ 4/5D, 47600 Subang Jaya, email leongkw.usj@gmail.com",
        ),
        (
            "assistant",
            "Dear Touch 'n Go Customer Service, I, Leong Kah Wai, wish to dispute a charge of RM12.90 at Plaza Tol Batu Tiga on 25 Nov...",
        ),
    ],
    [
        (
            "system",
            "You are a moderation assistant for a commuter forum. Decide whether a post may stay up.",
        ),
        (
            "user",
            "Post: 'This bus captain Rosli Bakar on svc 36 is rude and always late, his number is 9045 7782, everyone go and call him'",
        ),
        (
            "assistant",
            "This post should be removed. It shares a private individual's name and phone number to encourage harassment.",
        ),
    ],
    [
        (
            "user",
            "你好, can speak English ok. I lost my Singapore Tourist Pass and passport at Changi",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you provide your full name and ID details so that the airport lost and found can match it?",
        ),
        ("user", "My name is Deng Xiaoqing, Chinese ID 510107199511086629"),
        ("user", "phone +86 186 0281 4476, I fly back to Chengdu tomorrow"),
        (
            "assistant",
            "Thank you. Please also file a report with Changi Airport Lost and Found at Terminal 3.",
        ),
    ],
    [
        ("user", "my car kena clamped at the bus lane near Lavender, plate SKV402C"),
        ("assistant", "Bus lane offences are enforced by LTA. Do you have the notice number?"),
        (
            "user",
            "LTA-NOTICE-2025-448201. Car is under my name Kenneth Yap, want to appeal cos I was sending my son to KKH for his asthma attack",
        ),
    ],
    [
        ("system", "SimplyGo refund assistant"),
        ("user", "refund for the wrong charge pls put back to my credit card"),
        (
            "assistant",
            "Please provide the card number and the cardholder name as printed on the card.",
        ),
        ("user", "4119 1100 8371 5125, SHARIFAH NOOR AZLINA"),
        (
            "assistant",
            "Thank you. The refund of $3.45 will be credited to the card ending 5125 within 7 working days.",
        ),
    ],
    [
        ("user", "I'm an exchange student from HK at SMU, how to get the student concession?"),
        ("assistant", "You can apply through your university. Do you have your student pass?"),
        ("user", "Not yet. Can I use my HKID Y730415(1) first? My name is Lo Wing Sze"),
        (
            "assistant",
            "The concession requires a student pass. Please check with SMU's student services.",
        ),
        ("user", "ok my uni email is wingsze.lo.2025@smu.edu.sg if they need to contact me"),
    ],
    [
        ("system", "Call centre summary generator. Summarise the call for the CRM."),
        (
            "user",
            "Summarise: caller complained that the 184 skipped his stop at Yew Tee Point twice this week.",
        ),
        (
            "assistant",
            "Summary: Caller Mr Lim Chee Meng (HP 9381 6604, Blk 627 Choa Chu Kang St 62 #11-208) reported that svc 184 skipped the bus stop at Yew Tee Point on 1 and 3 Dec. Follow-up: check AVL data.",
        ),
    ],
]
