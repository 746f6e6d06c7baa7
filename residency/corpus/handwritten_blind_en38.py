# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en38: English condo and strata management (Singapore, Malaysia, Hong Kong). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en38
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "MCST notice"): _lines("""
        NOTICE TO ALL RESIDENTS - Water supply to Blk 3 & 5 will be temporarily disrupted on Tue 09/12/2025 from 9.30am to 3.30pm for water tank cleaning. Pls store sufficient water.
        MCST Plan No. 3921 - The Management Council wishes to remind all subsidiary proprietors that the 2nd quarter maintenance & sinking fund contributions are due by 1 January 2026.
        Pursuant to By-law 12(b), no items shall be placed along common corridors incl. shoe racks, bicycles and potted plants. Items left after 15 Dec will be removed w/o further notice.
        Lift No. 2 at Blk 7 under scheduled servicing by Fuji Lift (S) Pte Ltd, 10am-1pm. We apologise for any inconvenience caused.
        Management Office @ #01-01 Clubhouse, Mon-Fri 9am-6pm, Sat 9am-12pm, closed Sun & PH. Tel: 6748 2150 | Email: mcst3921@tembusuresidences.sg
        Thermal fogging will be carried out at the carpark, bin centre and landscaped areas every 2nd & 4th Wed. Residents with asthma or young infants are advised to keep windows closed.
        Reminder: durian season liao - pls do not throw durian husks down the refuse chute. Bring them to the bin centre at B1. Tks!
        Condo Christmas party: Santa Claus and the Grinch will be making an appearance at the poolside on 20 Dec, 7pm! Register at the guardhouse by 15 Dec.
        The MCST Annual Report 2024/25 and audited accounts are available for inspection at the Management Office; SPs may request copies at $0.50 per page.
        Fire drill on 17/12/2025 at 10.00am. The alarm will sound for approx 5 mins, pls evacuate via the nearest staircase. In a real emergency call SCDF at 995.
        Car park gantry system upgraded to v4.2.1 (firmware build 20251128-r3). Existing IU registrations remain valid, no action required.
        EV chargers at B2 lots 41-46 now operational via the SP Mobility app; rate $0.58/kWh incl. GST.
        Dear Residents, the MCST is not affiliated with any property agents distributing flyers in the lobby. Pls report touts to the guardhouse at 6748 2159.
    """),
    ("en-MY", "JMB notice"): _lines("""
        NOTIS AGM - Badan Pengurusan Bersama (JMB) Residensi Seri Mutiara will hold its 4th Annual General Meeting on Sat 13 Dec 2025, 10.00am at Dewan Serbaguna, Level 5.
        Pursuant to the Strata Management Act 2013 (Act 757), proprietors in arrears of charges and sinking fund as at the 7th day before the AGM are NOT eligible to vote.
        Service charge: RM0.32 psf per month; sinking fund: 10% of service charge. Pay via JomPAY Biller Code 84921 or cheque payable to "JMB RESIDENSI SERI MUTIARA".
        Kepada semua penduduk, renovation work only allowed Mon-Sat 9am-6pm. No hacking works on Sunday & public holidays. Deposit RM1,000 refundable subject to inspection.
        Smoking is prohibited in lift lobbies, staircases and all enclosed common areas. Compound RM200 per offence as per the additional by-laws.
        Swimming pool closed 8-10 Dec for chemical balancing and filter backwash by AquaKlin Services Sdn Bhd (201901023456).
        Parking sticker 2026 collection starting 1 Dec at management office. Pls bring latest service charge receipt. Max 2 stickers per unit ya.
        The Commissioner of Buildings (COB), Majlis Bandaraya Petaling Jaya, has acknowledged receipt of the JMB's audited accounts for FY2024.
        Jalan Tun Razak entrance will be closed on 31 Dec for the countdown event; residents pls use the Jalan Ampang side gate.
        Lost & found: 1 black umbrella, 1 kid's scooter (Frozen Elsa design), 2 sets of Proton car keys. Claim at guardhouse with proof of ownership.
        Air Selangor scheduled water disruption: 12/12/2025 10.00pm - 13/12/2025 6.00am, ref AS/GG/2025/8813. Sila simpan air secukupnya.
        Management office 03-7955 2041 / WhatsApp 012-338 7712 (office line, 9am-5pm only). After office hours emergencies pls call Security Control Room 03-7955 2049.
        Reminder: pets must be carried or leashed in common areas. Dog owners pls clean up after your pets, this is shared property not your garden.
    """),
    ("en-HK", "building management notice"): _lines("""
        NOTICE 通告 - Fresh water supply suspension: 10 Dec 2025 (Wed) 00:00-06:00, Tower 2, 15/F-32/F, due to pump replacement. Sorry for any inconvenience caused.
        The Incorporated Owners of Harbour View Court will convene the Annual General Meeting on 18 Dec 2025 at 7:30pm in the Clubhouse Multi-purpose Room.
        Under the Mandatory Building Inspection Scheme, the Buildings Department has served a statutory notice; a Registered Inspector will be appointed by open tender.
        Residents are reminded that the emergency number is 999 and the Management Office 24-hr hotline is 2856 3170.
        Typhoon Signal No. 8 precautions: pls remove all loose items from balconies and flat roofs and keep windows shut. Latest info: HKO Dial-a-Weather 1878 200.
        Lift modernisation at Block B (Lift L3) by Otis, 15 Dec 2025 - 28 Feb 2026. Contract ref HVC/LM/2025/07, contract sum HK$2,386,000.
        Dear Owners & Tenants, pls do NOT throw cigarette butts or any objects from windows. Throwing objects from height is a criminal offence.
        Nearest A&E: Pamela Youde Nethersole Eastern Hospital, 3 Lok Man Road, Chai Wan. Residents' shuttle does not serve the hospital.
        Shuttle bus Harbour View Court <-> Causeway Bay (Lee Gardens), every 15 min 07:00-10:00, HK$4.5 per trip, Octopus only.
        管理處通知：Christmas lighting ceremony on 12 Dec, 6:30pm at the podium garden. Hello Kitty & My Melody photo booth for the kids!
        Q3 2025 statistics: 1,942 visitor registrations, 63 parcels/day on avg, 11 lift breakdowns (avg downtime 2.4 hrs), 0 false fire alarms.
        As required by the Building Management Ordinance (Cap. 344), the audited accounts FY2024/25 are displayed on the lobby notice board for 14 days.
    """),
    ("en-SG", "AGM minutes"): _lines("""
        MINUTES OF THE 12TH ANNUAL GENERAL MEETING OF MCST PLAN NO. 3921 HELD ON SATURDAY, 8 NOVEMBER 2025 AT 2.00PM AT THE FUNCTION ROOM
        Quorum: 112 out of 406 units (27.6% of share value) were present in person or by proxy. The Chairperson declared the meeting duly constituted.
        Motion 3.1: To adopt the audited accounts for FY ended 30 June 2025. Carried (For: 88, Against: 4, Abstain: 20).
        Resolution 4: To increase the sinking fund contribution from $0.112 to $0.135 per share value per month w.e.f. 1 Jan 2026. Carried by 62.3% of share values.
        The repainting tender (T/2025/04) attracted 5 bids ranging from $486,000 to $712,500; Council to award to the lowest compliant tenderer, Premier Coatings Pte Ltd.
        Matters arising: an SP queried the delay in gondola recertification. The MA explained that the works are now scheduled for Jan 2026 due to revised WSH requirements.
        The names of the newly elected 7th Council will be displayed on the notice board for 14 days as required.
        The meeting ended at 5.47pm with a vote of thanks to the Chair.
        Special resolution on window grilles: only the approved design (Annex B, Drawing TR-WG-02 rev C) may be installed. Passed with 81% of share value.
        The Council agreed to name the new reading corner after Lim Bo Seng, the WWII war hero, and to put up a short write-up on his life.
        Several SPs raised concerns on noise from the nearby Cross Island Line works. LTA's 24h hotline 1800 225 5582 was shared with the floor.
        Proxy forms received: 47 (valid 43, rejected 4 due to missing signatures or late submission).
    """),
    ("en-MY", "maintenance schedule"): _lines("""
        PPM schedule Dec 2025: Genset run test - every Mon 10am; Fire pump test - 1st Tue; M&E inspection - 3rd Thu; Lift servicing - 2nd & 4th Fri.
        Contractor: Bina Teguh Engineering Sdn Bhd (200801034567), CIDB G7, site office hotline 03-8023 5511.
        PO-RSM-2025-0318 - Supply & replace 12 nos. LED floodlights at multi-storey carpark, RM14,280.00 excl. SST. Delivery ETA 5 working days.
        TNB bill INV/2025/11/004421 - common area electricity Nov 2025: 48,213 kWh, RM23,915.60, due 20/12/2025.
        Gondola (BMU) inspected by DOSH, cert no. PMA SL/25/003817, valid till 30/11/2026.
        Water tank cleaning: L32 roof tanks (4 x 45,000 L). Work permit WP-1125-0072 issued to AquaKlin; isolate valves V3 & V4 before draining.
        Ticket #MNT-20251203-0147 | Corridor lighting L17 Block B faulty | Status: Closed | Tech ID: T-07 | SLA met (3h 12m)
        Landscaping by Hijau Lestari Landscape: grass cutting fortnightly, palm pruning quarterly, fertiliser Jan/Apr/Jul/Oct.
        CCTV: 96 cameras (Hikvision DS-2CD2143G2-I), NVR firmware V4.74.005 build 231215, footage retention 30 days.
        Budget 2026: total service charge income RM2,184,600; expenditure RM2,047,300; projected surplus RM137,300 (6.3%).
        Sinking fund balance as at 30/11/2025: RM3,412,887.54 (FD, 3.15% p.a., maturing 15/03/2026).
        Lift breakdown 24h line: Sky-Lift Elevator (M) Sdn Bhd 1-800-88-7321. Pls quote lift no. & block when calling.
        Genset diesel top-up 1,200 L on 02/12/2025; tank now at 85%. Next top-up when below 40%.
    """),
    ("en-HK", "security log"): _lines("""
        02:15 Patrol round B1-B3 carpark completed, all fire doors closed, no abnormality. Post 2.
        07:40 Lift L2 Tower 1 alarm - false alarm, kid pressed button, no one trapped. Otis informed, ref OT-HK-25120744.
        Visitor carpark peak occupancy 38/40 at 19:30; avg stay 2h 17m; 4 vehicles over 3 hrs charged HK$30/hr.
        14:05 SF Express delivered 27 parcels to mailroom, waybills SF1402875530219 to SF1402875530245 logged.
        23:00 shift handover: CCTV #14 (podium garden) offline since 21:10, reported to vendor ref TKT-558210.
        Incident report IR-2025-118: water seepage from ceiling at clubhouse gym. Area cordoned off, plumber arranged 09:00 tmr.
        Octopus reader at carpark exit gate 2 (S/N OCT-R7-00418827) rebooted 16:22, back to normal.
        18:30 Police officers from Western Division made a crime prevention visit and left leaflets on phone scams (Anti-Scam Helpline 18222).
        Master key MK-03 issued to lift contractor 10:15, returned 12:40. Key register signed.
        Smoke detector activated at 21/F lift lobby 20:47 - cooking fumes, reset by FSI contractor 21:05.
        Fire alarm panel zone Z12 fault code E-204, logged as BMS ticket 25120911.
        Vehicle entries Nov 2025: residents 9,842 / visitors 1,306 / goods vehicles 412. Barrier uptime 99.6%.
    """),
    ("en-SG", "templates and data handling"): _lines("""
        Dear {owner_name}, our records show outstanding maintenance fees of S${amount} for Unit #{floor}-{unit}. Kindly pay by {due_date} to avoid late interest of 10% p.a.
        VISITOR REGISTRATION - Name: ________ Unit visiting: #___-___ Vehicle No.: ________ Time in: ____ Time out: ____
        PDPA notice: visitor particulars are collected for security purposes only and purged after 30 days. Guards shall record only the last 3 digits and letter of the NRIC (e.g. XXXXX123A).
        Guard SOP: Do not photograph visitors' IC. If a resident asks for CCTV footage, refer to the MA; footage is released to SPF only upon written request.
        Booking Ref {ref} - BBQ Pit {pit_no}, {date} {slot}. Deposit S$100 will be refunded within 14 working days after inspection.
        Form B (Renovation Application): Owner's name: <NAME> NRIC/FIN: <ID> Contractor: <COMPANY> Start date: <DD/MM/YYYY>
        Reminder to Council members: when circulating the arrears list, redact unit numbers and names; share only aggregates (e.g. 23 units, total $48,210).
        Auto-reply: Thank you for contacting the Management Office of The Tembusu Residences. Your ticket number is #TR-{ticket_id}. We will reply within 3 working days.
        If a data breach involves residents' data, assess within 30 days and notify the PDPC no later than 3 calendar days after determining it is notifiable.
        Tenancy registration checklist: stamped tenancy agreement, copy of tenant's pass (masked), vehicle log card, signed house rules acknowledgement.
        Dear Sir/Madam, it has come to our attention that {breach_type} was observed at your unit on {date}. Please rectify within 7 days, failing which the MCST may refer the matter to the Strata Titles Boards.
        Resident app v3.8.0 (build 2025.11.27+418): added QR visitor pass, fixed facility booking timezone bug (UTC+8). APK sha256 4e1f0c9a7b2d83f65a0e91c4d7b38e2f5a6c1d09e8b7f3a2c4d5e6f708192a3b
    """),
    ("en-MY", "defect and renovation report"): _lines("""
        Defect Liability Period ends 24 months from VP date. Submit defect forms via the JMB portal; developer Mutiara Land Berhad to attend within 30 days.
        Joint inspection report JI-0412: hairline cracks (<0.3 mm) on staircase walls L8-L12 Block A, non-structural; to be sealed & repainted.
        Common area defects: 147 reported, 118 rectified, 21 in progress, 8 disputed. Top categories: seepage 41%, hollow tiles 23%, paint 17%.
        Renovation permit RP/2025/0881: kitchen cabinet & wet works, 14 days, contractor Kemas Reno Enterprise (SSM 003245678-D). Deposit RM1,000 received.
        Hacking of structural walls (marked red on as-built drawing AB-STR-07) is strictly prohibited. Non-compliance: deposit forfeited + reinstatement at owner's cost.
        48-hr ponding test at L3 podium failed at grid C/4; waterproofing membrane to be redone by contractor by 19/12/2025.
        Facade inspection report by Perunding Azman & Rakan Sdn Bhd (ref PAR/FI/2025/22) recommends sealant replacement at 37 window frames.
        Renovation debris: loading bay only, 9am-5pm, max 3-tonne lorry. Debris must be bagged. Don't use passenger lift ah, use service lift L4.
        Photo log IMG_20251201_104522.jpg to IMG_20251201_111807.jpg (42 photos) uploaded to /Defects/BlockA/2025-12.
        Seepage from L5 planter box affecting carpark B1 lots 212-215: cause is blocked weephole, rectified 28/11.
        Developer CRM hotline 1-700-81-8822 (Mon-Fri 9am-6pm), crm@mutiaraland.com.my - pls quote defect form ref.
        Tender for re-roofing works closes 9 Jan 2026, 12 noon. Tender documents RM200 (non-refundable), collect at Management Office Level 1.
        Claims at the Tribunal for Homebuyer Claims are capped at RM50,000; the JMB cannot file on behalf of individual purchasers for defects inside units.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Guardhouse log 21/11 22:48 - Visitor Tan Mei Ling (XXXXX125I) for #12-07 Blk 3, car SLA4827H, overnight parking approved by resident Mr Goh Chee Keong.
        Hi MA, this is Priya Nair from #08-14, my hp 9123 4587. Toilet ceiling leaking again from the unit above, pls send someone tmr morning.
        Arrears list (CONFIDENTIAL): #15-03 Mr Lim Kok Wah - $6,842.10 (5 quarters), lawyer's letter sent 03/11/2025; #02-11 Mdm Siti Rahmah bte Osman - $1,210.00.
        Renovation application received from Ms Chloe Wong Hui Min, NRIC S7461093E, unit #21-05, contractor Reno Haus Pte Ltd, 8 Dec - 9 Jan.
        Guards pls note: Mr Ong Teck Seng (82) at #03-02 has dementia and sometimes wanders to the carpark at night. Escort him home and call his daughter Angela at 8276 3314.
        Tenant registration: Mr Rahul Mehta, FIN G5127390M, Employment Pass, lease 01/12/2025-30/11/2027 for #17-09, rent $5,400/mth.
        To Mr & Mrs Kenneth Teo, #10-06: your golden retriever was seen unleashed at the pool deck on 28/11 at 7.15pm. This is the 2nd warning under By-law 24.
        Car decal application: owner Jasmine Koh, #06-18, vehicle SMB1162U (Honda Vezel, white), IU 1124830017.
        Chee Wai if u see this, the guy at #14-11 (Marcus Lee) keep parking his bike at my lot 77, his number 8734 2290, I whatsapp him 3 times already no reply.
        Complaint 02/12: Mdm Lau Siew Khim (#01-03) says her son-in-law Benjamin Tan has been staying without registration and threatening her; she asks guards to deny him entry.
        BBQ-2025-1207: 13/12 6pm-10pm, booked by Aaron Chua (#19-02) for his son's 10th birthday, contact aaron.chua88@gmail.com
        Council member Francis Yeo's unit #11-11 owes $3,260 in maintenance fees - can he still stand for re-election?
        Lost card report: Nurul Huda bte Rahim, #04-16, access card 00872145; she also dropped her debit card 4557 0123 4567 8910 somewhere in the lobby.
        Mr Suresh Pillai at #07-05 had a stroke last week and is now in a wheelchair; his wife asked for a temporary ramp at the Blk 5 side entrance.
        01:32 Mr Jonathan Sim (T0216938F, #16-04) came back drunk and punched the lift door. Damage est. $1,150 to be billed to his unit.
        Staff record: Condo manager Ms Evelyn Tay, emp no. 0413, basic $4,850 + $300 allowance, SPR, NRIC S9027714F.
        FDW registration: Maria Santos Dela Cruz, FIN F2839417U, employer Mr Lee Jun Hao, #20-01, work permit exp 14/03/2027.
    """),
    "en-MY": _lines("""
        Owner of A-12-03, En. Mohd Faizal bin Abdullah (IC 850317-10-5263), service charge arrears RM4,318.40 since March 2024. Form 11 notice dah hantar.
        Hi JMB, saya Karen Lim unit B-07-11, my car WXY 4821 kena clamp this morning but I already paid. Pls call me 012-378 4416.
        Guard report 14/11: visitor Tan Ah Kow, IC 670801-08-5527, claimed to be relative of Puan Rosnah (C-03-08); denied entry as resident not reachable.
        Complaint: Mr Wong Kah Seng (B-15-02) hacking tiles at 8pm on Sunday. His neighbour Mrs Devi (B-15-01) says her 3-month-old baby cannot sleep.
        Tenant Ms Nguyen Thi Lan, passport C4827193 (Vietnam), renting A-22-07 from owner Encik Hafiz Ismail at RM2,300/month.
        Owner Sharon Chew (920605-14-6718), C-19-05, requests refund of renovation deposit RM1,000 to Maybank acc 1640 2238 7715.
        23:50 car BMK 2231 belonging to Mr Ravi a/l Subramaniam (A-05-10) hit the barrier gate. He admitted he was very tired after his dialysis session.
        I, Chong Mei Fong, owner of D-08-02, authorise my brother Chong Wai Keat (IC 780912-07-5131) to attend and vote on my behalf at the AGM.
        Badminton court 2, 6/12 8-10pm, booked by Amirul Hakim (A-10-06), tel 019-226 8830, paid RM20 via TNG eWallet.
        B-03-09 occupant Madam Gan Siew Lan, 76, lives alone and is bedridden after a hip fracture. Her caregiver Ita will call 016-554 2190 if the lift is down.
        Tribunal Pengurusan Strata claim TPS/SGR/2025/0418 - JMB Residensi Seri Mutiara v. Lim Boon Heng (owner C-11-01), claim amount RM12,605.
        Encik Zulkifli (A-17-02, Myvi JRT 7760) complained the Alza at his lot belongs to Mr Sim from A-17-03, every night block him, both very angry already.
        Resident Aisyah binti Kamal (010224-01-0846), E-02-12, lodged police report SENTUL/013842/25 for domestic violence by her husband - guards do not let him in.
        New owners: Mr Terence Ho Kah Meng & Mdm Leong Poh Yee, SPA dated 2/10/2025, unit A-30-01, terenceho.km@yahoo.com, HP 011-2874 9051.
        Eh the tenant at D-12-08, the Bangladeshi guy Rahim, confirmed TB already, health dept came this morning. Need to sanitise the lift or not?
        Auto-debit failed: Lee Siew Ping, B-21-03, card 5204 1298 7654 3216, Q4 service charge RM1,086.00.
        Puan Noraini (C-07-04) requested CCTV for 29/11 evening, she suspects her ex-husband Shahrul Nizam took her kids' bicycles from the lobby.
    """),
    "en-HK": _lines("""
        Flat 18C, Tower 2: Owner Mr LEUNG Ka Fai, HKID K482613(2), management fee arrears HK$18,460 (7 months). Demand letter issued 01/12.
        Dear Mgmt Office, I'm Mrs Ho from 23A, tel 9186 3427. Water leaking from 24A's renovation into my son's room, he has asthma and the mould is making it worse.
        Visitor log 06/12 20:15: Ms Wong Wing Sze, HKID Y207548(0), visiting 12/F Flat D, car TV 8273, left 23:40.
        Incorporated Owners of Harbour View Court v. Tsang Chi Hung, Small Claims Tribunal SCTC 4418/2025, unpaid special levy HK$36,200 for Flat 7B.
        Lost access card: domestic helper Siti Aminah (HKID R550187(2)), employed by Dr Kwok Man Hin of Flat 15E. New card issued, HK$100 charged to employer.
        Mr Lau Chun Kit (9/F Flat B) is hoarding rubbish in the corridor again and shouting at cleaners; his sister says he has schizophrenia and stopped taking his meds.
        Car park licence B2-057: Ms Cheung Hoi Yan, Tesla Model Y NK 4512, HK$3,800/month, autopay card 4217 6500 3318 8429.
        唔該 pls tell the guard my mum Mdm Yip Lai Kuen (Flat 3F, 86) is discharged from Queen Elizabeth Hospital tmr 2pm by ambulance, need wheelchair at lobby. My no. 6273 9912 - Jason
        Draft minutes (not for circulation): Committee member Mr Ng Kwok Leung (Flat 20B) declared that his son-in-law's company, Sunrise Engineering, submitted a tender.
        From kelvin.mak.hk@gmail.com: Flat 31D owner here (Kelvin Mak). Pls update my correspondence address to Flat 8B, 22 Tai Hang Road, Causeway Bay.
        Mr Fung (Flat 11G) and Mr Tam (Flat 12G) fought over aircon dripping at 21:10; Mr Tam's wrist injured, police report ref WCH RN251204117.
        Tenant Mr Arjun Kapoor, passport Z8841257 (India), Flat 27H, rent HK$28,500/month, deposit paid by his employer, lease ends 31/8/2026.
        Ms Lam Pui Shan, Flat 5A, WhatsApp 5142 7730, asks to transfer her season parking to her husband Mr Chow Wai Lun's car PL 3388.
        I, Yeung Siu Ming, HKID P931264(5), owner of Flat 16C, appoint my daughter Ms Yeung Hiu Tung as my proxy for the AGM on 18 Dec 2025.
        Flat 2D elderly Mr Ho Kam Wing not answering door for 2 days, newspapers piling up. Niece Ho Ka Yee (9647 1183) informed, police called 15:20.
        Pls refund the HK$5,000 function room deposit (booking FR-1215-02, daughter's wedding dinner) to SO Mei Ling, HSBC 004-512-883216-838.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the resident helpdesk assistant for The Tembusu Residences (MCST 3921). Be brief and polite.",
        ),
        ("user", "hi can I book the tennis court this sat 8-10am"),
        ("assistant", "Sure! May I have your unit number and name for the booking?"),
        ("user", "#09-03, Desmond Chia"),
        ("user", "hp 9688 2105 in case got any issue"),
        (
            "assistant",
            "Thank you, Mr Chia. Tennis court booked for Sat 8-10am. Confirmation has been sent by SMS.",
        ),
    ],
    [
        (
            "user",
            "Help me write a polite but firm letter to my neighbour about his car blocking my parking lot",
        ),
        (
            "assistant",
            "Of course. Could you tell me the details - which lot, how often it happens, and how you'd like it resolved?",
        ),
        (
            "user",
            "He is Mr Tan Boon Huat at B-09-07, his Vios is VBH 6621, blocked my lot B1-118 like 5 times this month. Want him to stop or I report to JMB.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Mr Tan, I'm writing about lot B1-118, which your vehicle VBH 6621 has occupied on several occasions this month...",
        ),
    ],
    [
        (
            "system",
            "Resident profile loaded: Name: Grace Loh; Unit: #13-08 Blk 2; Mobile: 9735 1846; Notes: requires wheelchair access, stage 3 breast cancer, on chemotherapy.",
        ),
        ("user", "what time does the pool close on weekends?"),
        ("assistant", "The pool is open until 10pm on Saturdays and Sundays."),
    ],
    [
        ("user", "I need to update my NRIC in the resident portal, it was keyed in wrong"),
        (
            "assistant",
            "I can help with that. Please provide the correct NRIC and your unit number.",
        ),
        ("user", "S66"),
        ("user", "52018H"),
        ("user", "unit #05-21, name is Kumar Rajasekaran"),
        (
            "assistant",
            "Thanks, I've submitted the correction request to the Management Office for verification.",
        ),
    ],
    [
        ("user", "管理處 hi, my grandma moving in with us next week, need to register her"),
        (
            "assistant",
            "Welcome! Please provide her name, HKID and the flat number so we can register her as an occupant.",
        ),
        ("user", "Chan Siu Ying, XA308215(3), Flat 19E Tower 1"),
        ("user", "she's 91 and has Parkinson's, can guards help her with the lift sometimes?"),
        ("assistant", "Noted, we'll add a care note to her record and brief the guards."),
    ],
    [
        ("user", "how do i claim back my renovation deposit"),
        (
            "assistant",
            "Submit the completion form at the JMB office. After inspection, the deposit is refunded within 14 working days.",
        ),
        (
            "user",
            "ok already submit. refund to my account pls - Norhayati bt Yusof, CIMB 7061 8823 4410",
        ),
        ("user", "unit C-05-11, IC 870411-10-5384"),
        (
            "assistant",
            "Thank you, Puan Norhayati. Your refund request has been forwarded to the finance team.",
        ),
    ],
    [
        ("user", "Can you summarise this guard log for me?"),
        (
            "user",
            "22:10 Resident Mr Eric Lai (Flat 6C) reported his ex-girlfriend Ms Joyce Tse waiting outside his flat again, refused to leave. Police called 22:18, she left 22:40. Mr Lai requested she be barred from entry.",
        ),
        (
            "assistant",
            "Summary: At 22:10, a resident of Flat 6C reported an unwanted visitor, his ex-partner, outside his flat. Police were called and she left at 22:40; the resident asked that she be barred.",
        ),
    ],
    [
        ("user", "my season parking expired, how to renew"),
        (
            "assistant",
            "You can renew through the resident app under Parking > Season Pass, or at the management office.",
        ),
        ("user", "app cannot. my details: Lim Jia Hui, #22-04 Blk 1, car SJX9051Z"),
        (
            "assistant",
            "Thanks Ms Lim. Please try again after 5pm; we've reset your season pass record.",
        ),
        ("user", "also pls update my email to jiahui.lim.sg@outlook.com"),
    ],
    [
        (
            "user",
            "Draft a reminder to an owner who's behind on fees. Don't put personal data, I'll fill in.",
        ),
        (
            "assistant",
            "Dear [Owner], our records show outstanding management fees of HK$[amount] for Flat [xx]. Kindly settle by [date].",
        ),
        (
            "user",
            "actually just fill in: Mr So Chun Wai, Flat 28A, HK$22,740, 9 months, email sochunwai@netvigator.com",
        ),
        (
            "assistant",
            "Dear Mr So, our records show outstanding management fees of HK$22,740 (9 months) for Flat 28A. Kindly settle by 31 Dec 2025.",
        ),
    ],
    [
        (
            "user",
            "There's a lady in my block who keeps feeding pigeons from her window, what can JMB do?",
        ),
        (
            "assistant",
            "The JMB can issue a by-law breach notice and, if it continues, impose a fine approved at the general meeting.",
        ),
        ("user", "ok, she is Madam Foo Ah Moi at A-08-12"),
        (
            "user",
            "she's also a hoarder, her son told me she's got early dementia and refuses to see a doctor. contact him 017-882 4601",
        ),
        (
            "assistant",
            "Given her health situation, a gentle approach through her son may work better than a formal notice.",
        ),
    ],
]
