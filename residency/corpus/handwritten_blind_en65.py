# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en65: English (SG, MY, HK) construction and renovation. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en65
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "HDB renovation rules"): _lines("""
        Under HDB guidelines, noisy works such as hacking and drilling are only allowed 9am to 5pm on weekdays and Saturdays, and not at all on Sundays and public holidays.
        A renovation permit is required before hacking any internal wall; apply through the HDB e-service and allow up to 7 working days.
        Before signing, check that your contractor is listed in the HDB Directory of Renovation Contractors (DRC) and has no demerit points outstanding.
        Bathroom floor tiles may only be overlaid once. Removal of the waterproofing membrane must be followed by a 24-hour ponding test.
        Do not hack, drill or hang anything on the household shelter walls, ceiling or door. No exceptions.
        Dear Neighbours, renovation works will be carried out at Blk ___ #__-___ from __/__ to __/__. Contractor: ________ (DRC No. ______). We apologise for any inconvenience caused.
        Only engage BCA Approved Window Contractors for window replacement; the installer must use stainless steel rivets and aluminium angle strips.
        HDB Hub, 480 Lorong 6 Toa Payoh, Singapore 310480 - Customer Service Centre open 8am to 5pm, Mon to Fri (closed on PH).
        Renovation permit RP/25/118342 approved for removal of the non-structural wall between Bedroom 2 and Bedroom 3 only. Permit must be displayed at the main door.
        Unauthorised renovation: owners may be fined up to $5,000 per offence and the contractor can be debarred from the DRC.
        BTO under OCS already comes with flooring, internal doors and sanitary fittings, so your reno budget can be much lower.
        Noise from upstairs reno on a Sunday? Use the OneService app or call the HDB Branch lah, don't go and scold the workers.
        Gas pipe relocation must be done by a City Energy licensed gas service worker, not your general contractor.
    """),
    ("en-SG", "contractor quotation"): _lines("""
        QUOTATION No: Q-2025-0918 | Project: 4-Rm HDB full reno | Validity: 30 days | All prices in SGD, excl. 9% GST
        Item 3: Hacking of existing kitchen wall & floor tiles incl. debris disposal ..... $1,450.00 (lump sum)
        Item 7: Supply & lay 600x600mm homogeneous tiles to living/dining approx. 730 sqft @ $9.50/sqft
        Carpentry: top & bottom kitchen cabinets w/ quartz top, 14ft run, Blum soft-close hinges - $4,800
        Payment terms: 10% deposit upon confirmation, 40% upon commencement, 45% upon carpentry install, 5% upon handover.
        Electrical excl. relocation beyond 6 pts. Add'l power pt @ $85/pt, lighting pt @ $65/pt, 13A isolator @ $120.
        Tan Brothers Aircon & Electrical Pte Ltd (UEN 201524881M) - System 3 Mitsubishi Starmex incl. 15m piping: $3,680 nett
        Ah Seng Carpentry quote $2k higher than the rest but their track record very clean, 10 years never kena complaint
        Invoice INV-00873 dated 14/10/2025, amount due $12,340.00, PayNow to UEN 201907734K (Lim & Sons Renovation Pte Ltd).
        Variation Order VO-03: add fluted panel feature wall at living room, +$1,120. Pls sign & return before we send for fabrication.
        Waterproofing for master bath: 2 coats cementitious membrane + 24h ponding test, 5 yr warranty.
        Why ur electrical rewiring $6k?? 3rm resale only leh, other ID quoted $3.5k for the same scope
        Dwg No. A-201 Rev C (issued for construction), file sha1 9f3c2a71be04d5c8a6e2f1b7d09c33e4a85f6b12
    """),
    ("en-SG", "site safety and accidents"): _lines("""
        WSH ALERT: Falls from height remain the top cause of fatal injuries in construction. Check guardrails, lifelines and harness anchorage before any work at height.
        Toolbox meeting 0730 daily at L1 lift lobby. No attendance, no entry. PPE check: helmet, safety boots, reflective vest, gloves.
        PTW-0412 hot works at L5 valid 0800-1800 only; fire watchman to remain at least 30 min after works end.
        MOM issued a Stop-Work Order to the main contractor of the worksite at 18 Tuas South Street 5 after a scaffold partially collapsed. No injuries were reported.
        See something unsafe? Report it to MOM via the SnapSAFE app or call 6317 1111.
        Incident Ref IR-2025-0331: near miss, unsecured formwork panel dropped from L7 to L6 in strong wind. No injury. Root cause: inadequate tie-down.
        Heat stress advisory: WBGT 33 at 1400h. Rest 15 min every hour under shade, drink 300ml water every 20 min.
        bizSAFE Level 3 requires a risk management implementation audit by an MOM-approved WSH auditor.
        18 demerit points issued to the builder for uncovered floor openings at Blk 602, L14 and L15.
        All lifting ops need an appointed lifting supervisor and signalman on site; lifting plan to be endorsed by the PE.
        Safety moment of the week: Bob the Builder asks "Can we fix it?" - only if the scaffold has a green tag!
        Crane ID TC-07 daily checklist: limit switch OK, anemometer OK, slew brake OK. Signed off 0705h.
        Version 4.2.1 of the site attendance app now supports face recognition at turnstile 3; update before Monday.
    """),
    ("en-SG", "worker dormitory"): _lines("""
        Dormitory rules: No cooking inside rooms. Common cooking area open 5am-9am and 5pm-10pm only.
        Visitors not allowed after 10pm. All residents must tap access card at the turnstile, no tailgating.
        Room inspection every Friday 8pm. No drying clothes on the corridor railing. Keep fire exits clear.
        FEEDBACK: Block C level 3 toilet choke again, water flow until corridor. Pls send plumber asap.
        Lorry pickup 0615 at Gate 2 for Tuas sites, 0630 for Jurong Island. No standing on the lorry deck.
        Bengali, Tamil and Chinese versions of the house rules are available at the management office, Room G-02.
        Migrant Workers' Centre 24-hour helpline: 6536 2692. Free and confidential.
        Under the new dormitory standards, rooms will be reduced to max 12 beds with at least 4.2 sqm living space per resident.
        Don't send your FIN card or work permit photo to any "agent" on Facebook who asks for money to change job.
        Cricket match Dorm A vs Dorm C this Sunday 4pm at the field, winning team gets biryani.
        Free SIM card and mobile top-up booth at the recreation centre this Sunday 10am-2pm. Bring your work permit card.
        Wi-Fi for Block B common room: SSID Dorm-B-Guest, password changes on the 1st of every month.
    """),
    ("en-MY", "defects and handover"): _lines("""
        Defect Liability Period (DLP) is 24 months from the date of vacant possession under the Schedule H sale and purchase agreement.
        Defect list: (1) hollow tiles at kitchen floor, 4 pcs; (2) hairline crack at master bedroom wall; (3) main door lock misaligned; (4) bathroom floor gradient wrong, water ponding.
        JMB NOTICE: Water supply interruption on 12 Nov from 9am to 5pm due to tank cleaning. Kindly store sufficient water.
        VP inspection tips: bring masking tape, spirit level, torchlight, and a 50 sen coin to tap for hollow tiles.
        Developer must rectify defects within 30 days of receiving written notice; otherwise purchaser may carry out the works and claim the cost.
        Tribunal for Homebuyer Claims handles claims up to RM50,000, filing fee RM10 only.
        Kitchen sink leaking again below the cabinet, silicone not properly sealed lah, this is the 3rd time report already.
        Defect ticket #DLP-4471 status: Work Order issued, contractor appointment pending.
        CCC issued on 15 Aug 2025 by the Principal Submitting Person; keys handover starts 1 Sept.
        Site office relocated to Wisma Tun Sambanthan, Jalan Sultan Sulaiman - all deliveries there from Monday.
        CIDB Green Card is compulsory for all construction personnel on site, renewal every 2 years.
        Management office: 03-7728 1100 (Mon-Fri 9am-6pm), after office hours call guardhouse for emergencies.
    """),
    ("en-MY", "renovation forum and chat"): _lines("""
        Anyone can recommend contractor in Klang Valley for wet works? Budget around RM25k for kitchen + 2 bathrooms.
        Bro the hacking next door bising until 7pm, management allow meh?
        Nippon Weatherbond vs Jotun Jotashield, which one tahan lama for west-facing wall?
        PSA: kalau contractor minta 50% deposit upfront, lari. Normal is 10-30% je.
        Quotation from Ah Chong Plumbing: replace stopcock RM180, change water heater RM350 + labour RM120.
        Built-in wardrobe in KL now around RM350-450 per ft run for melamine, RM550+ for laminate.
        The tile shops along Jalan Tuanku Abdul Rahman cheaper than the showroom in Kepong, go on weekday morning.
        Don't forget to get permit from MBPJ for the rear extension, if not kena compound.
        Mr DIY got sell the grey waterproof sealant? Need for the window frame.
        Renovation deposit RM1,000 refundable after inspection by management. Submit the renovation application form before works start.
        My reno timeline: hacking 1 week, plumbing & wiring 1 week, tiling 2 weeks, carpentry 3 weeks. Total almost 2 months.
        Ikea kitchen vs local carpenter? Local cheaper by RM3k but Ikea drawers smoother.
    """),
    ("en-HK", "building works notices"): _lines("""
        NOTICE: Under the Mandatory Building Inspection Scheme, the Owners' Corporation of this building has appointed a Registered Inspector to carry out the prescribed inspection.
        Works hours: Mon to Sat 8:00am - 6:00pm. No noisy works on Sundays and general holidays (Noise Control Ordinance, Cap. 400).
        External wall repair works at Blocks 1-3 will commence on 2 Dec 2025. Bamboo scaffolding and protective netting will be erected.
        For enquiries about unauthorised building works, please call the Buildings Department hotline 2626 1616.
        Removal Order UBW/NT/2025/0183 was served under section 24 of the Buildings Ordinance (Cap. 123) requiring demolition of the rooftop structure.
        Minor Works Control System: Class III minor works may be carried out by a Registered Minor Works Contractor without prior approval.
        Water seepage from the flat above? The FEHD/BD Joint Office investigates seepage cases - call 1823.
        Lift L2 will be suspended from 10 to 28 Nov for modernisation works. Sorry for any inconvenience. Management Office
        Secretary for Development Bernadette Linn told LegCo the government would tighten oversight of building maintenance tenders to fight bid-rigging.
        The diverted minibus route during the footbridge works passes Queen Elizabeth Hospital and Tang Shiu Kin Hospital.
        Tender ref: BMS/T/2025/07 closes at 12:00 noon on 19 Dec 2025. Submit to the tender box at the Management Office, G/F.
        今日 master 嚟量度，聽日開始 hacking，唔該大家包容下噪音，works expected to finish by end of month.
        Decoration deposit HK$5,000 refundable. Please submit the Decoration Application Form to the Management Office 7 days before works.
        Sample entry on the consent form - Name: CHAN Tai Man; HKID: A123456(3); Flat: __/F, Flat __. Use block letters.
    """),
    ("en-HK", "contractor and owner tips"): _lines("""
        Got 3 quotes for a 450 sq ft flat full reno: HK$280k, HK$320k and HK$410k. The cheapest one didn't include the window works.
        Always ask the contractor for the Registered Minor Works Contractor number and check it on the BD website yourself.
        Sir Robert Ho Tung's old mansion is a graded historic building, so the renovation had to be approved by the Antiquities Advisory Board.
        HK$1,250 per sq ft for "basic package" is normal now, plus HK$30-60k for a new bathroom.
        Contract clause 12: The Contractor shall make good all damage to common parts at its own cost within 14 days.
        Receipt No. 0045127, paid HK$36,000 (2nd installment) by cheque no. 004781, Hang Seng Bank.
        Delivery of sanitary ware to Li Po Chun Chambers after 7pm only, use the loading bay on Des Voeux Road Central.
        Typical schedule: demolition 1 wk, electrical & plumbing 2 wks, tiling 2 wks, carpentry 3-4 wks, painting 1 wk.
        WhatsApp template: Hi [Owner name], this is [Site supervisor] from [Company]. Site visit confirmed for [date] at [time]. Pls reply Y to confirm.
        When complaining about reno noise in the estate Facebook group, don't post the neighbour's flat number or photos of their family. Keep it to the management office.
        Housing Authority Headquarters, 33 Fat Kwong Street, Ho Man Tin, Kowloon - bring the original tenancy documents for the alteration application.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi I'm the owner of Blk 417 Yishun Ave 11 #08-231, Tan Mei Ling. Pls WhatsApp me at 9127 4803 for the reno permit documents.
        Contractor pls note: owner Mr Goh Wei Jie, NRIC S8234517E, signed the renovation agreement on 3 Nov.
        Incident report: Worker MD Rafiqul Islam (FIN G5128874U) fell from a 2m ladder at Blk 5 L3, suffered a fractured left wrist, conveyed to Ng Teng Fong General Hospital.
        Dorm room B-03-12 occupant Selvam Arumugam, WP/FIN G7014596R, fever 38.9 and cough since yesterday. Move to sick bay.
        Our neighbour Mdm Ong Siew Hwa at Blk 223 Tampines St 22 #11-456 keeps complaining to the town council about our hacking, she even called police on us on 14 Oct lor
        Pls transfer the balance $8,420 to my DBS savings 027-913584-2, acct name Koh Jun Hao. Thx
        Debris van SMB4721L driven by Chua Kok Leong was caught illegally dumping at Tuas, he got fined $2k
        The owner's son Marcus Teo, 17, will be staying in the unit during reno. He has autism and is sensitive to noise, so pls no drilling before 10am.
        Deposit paid by Visa 4556 3312 0487 2211 exp 08/28, cardholder NG SHU FEN, pls issue the receipt
        Quotation for: Mr & Mrs Jeremy Ong / 35 Jalan Kembangan, Singapore 419134 / HP 9663 0218 / jeremy.ong.sg88@gmail.com
        New worker Zhang Wei, PRC passport E71893042, Chinese ID 370283198906142534, starts 1 Dec at the Punggol site.
        The tiler Arjun Pandian told me his pay is only $18 a day and the agent took $4,500 from him in Chennai before he came.
        Mdm Rosnah bte Osman (S1524078D), 74, 4-rm flat at Blk 108 Bedok North Rd #04-1221, approved for EASE grab bars and ramp installation.
        Tengah site accident: crane operator Loh Chee Meng, 52, in ICU at NTFGH with head injuries. Wife informed at 9035 6627.
        My upstairs neighbour Mr Kwek at Blk 652 Jurong West St 61 #12-188 hacked his toilet without permit, now water leaking into my ceiling.
        Remove Lee Jia Hui from our ID list pls, she's an undischarged bankrupt since 2023. Her personal email jiahui.lee.design@hotmail.com, HP 8195 7730.
        District Court fined renovation contractor Toh Kian Seng, 46, $12,000 for cheating 5 homeowners of their deposits. He had a previous conviction for the same.
        Please post the defect rectification letter to Mr Ravi Chandran, 12 Sunset Way #03-08, Singapore 597157.
        Jessica Poh, NRIC T0361245C, is authorised to collect the renovation deposit refund for her father, who is warded at TTSH after a stroke.
        Applicant Chan Li Ting (NRIC SXXXX036H), #05-77 Blk 29 Bendemeer Rd, your renovation permit has been approved.
        Worker Nguyen Van Hai, FIN F3305127K, tested positive for drugs during the site check and was repatriated on 2 Oct.
        Tenant Hafiz Rahman with car SLK2093T keeps parking at the loading bay and blocking the reno lorry, his hp 9284 5106 if anyone wants to call him
        Safety officer Ramesh s/o Kannan is on MC until Friday for his slipped disc, reach him on his personal no. 8802 3147 only if urgent.
    """),
    "en-MY": _lines("""
        Owner: Puan Norazlina binti Ahmad, IC 870412-14-5582, No. 23, Jalan SS 2/64, 47300 Petaling Jaya. Tel 012-384 7261.
        Contractor Encik Faizal Rosli (016-775 3092) took my RM8,000 deposit and disappeared, I made a police report at IPD Cheras already.
        Worker Kamal Hossain, Bangladesh passport BX0427715, permit expired 03/2025, kena tangkap at the Semenyih site during the ops.
        Mr Ooi Kah Seng, A-15-07 Residensi Kiara Indah, mobile 019-228 4610: water seepage at master bedroom ceiling since Sept.
        Boss pls bank in balance to Maybank 1640 2298 7315, Tan Ah Kow. Thanks ya.
        Site supervisor Mohd Shahrul bin Ismail (IC 910227-10-6027) got dengue, MC 7 days from Hospital Serdang.
        My husband Ganesh Subramaniam is the one who signed the SPA, IC 780915-07-5131, email ganesh.subra78@yahoo.com.
        Reno application by Chong Mei Yee, unit 12-3A Pangsapuri Seri Mutiara, Jalan Kuchai Lama. Her daughter handles WhatsApp at +60 11-2847 3309.
        The tiler who fell at the Taman Desa site yesterday is Sulaiman Abdullah, 44, from Kota Bharu, now at HKL with a spinal injury.
        Need ramp and grab bars for my mother Lim Siew Lan, 72, bedridden after hip fracture, house at 8 Lorong Bukit Kecil 2, 11900 Bayan Lepas.
        Salary Sept: Rahim Yusof RM2,300, Dinesh Kumar RM2,150, Aung Ko Ko RM1,900. Aung Ko Ko's EPF no. 17284930 pls check.
        En. Zulkifli Hamid, owner of Lot 2241 Kampung Sungai Ramal Dalam, extended his kitchen without council approval and got a notice on 4 Sept.
        Card 5204 7311 8865 9034 (WONG SIEW FONG) charged RM12,500 twice for the kitchen cabinet, pls refund the duplicate.
    """),
    "en-HK": _lines("""
        Owner Ms Leung Ka Yee, HKID K482913(1), Flat D, 21/F, Tower 3, Sceneway Garden, Lam Tin - consents to the window replacement works.
        Renovation master Wong Chi Keung (Ah Keung) 9182 4736 took my HK$30,000 deposit and vanished, reported to police already.
        Worker injured at the Kai Tak site, Lau Wing Hong, 38, right hand crushed by rebar bender, now at QEH.
        Pls call my mum Mrs Ho Yuk Lan on 2338 7164 (home) to arrange the seepage inspection, she only speaks Cantonese.
        Mr Tsang Kwok Wai of Flat B, 15/F, Hing Fat Mansion is on dialysis 3 times a week, please keep Lift 1 running on Mon/Wed/Fri.
        Our helper Maria Santos (Philippine passport P4827193A) will open the door for the contractor, she's home Mon-Sat.
        FPS payment to 6723 5081 (YIP SAU LING) HK$18,600 for tiling works, pls confirm received.
        Applicant: MAK Chun Kit, HKID Y307216(7), DOB 12/03/1990, individual registered minor works contractor.
        The contractor's worker who broke our window is Bishnu Gurung, WhatsApp +852 5417 8830.
        Mr Poon, owner of 3/F Flat 3, 8 Kweilin Street, owes the OC HK$42,300 repair levy, we sued him at the Small Claims Tribunal.
        Angela Kwan (angela.kwan1987@netvigator.com) of Flat 12C, Block 2, Laguna Verde, reported cracks after the external wall works.
        Site agent Tam Hoi Yan, HKID M550842(3), medical cert says uncontrolled hypertension, not fit for work at height.
        BD letter for Mr SIU Kin Fai, Flat A, 7/F, Fook Hing Building, 55 Reclamation Street, Yau Ma Tei, re: UBW at his flat.
        裝修 deposit returned to 陳美玲 (Chan Mei Ling), HKID R129378(7), tel 6088 2914.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for HDB flat owners planning renovation."),
        ("user", "how to apply reno permit for hacking kitchen wall?"),
        (
            "assistant",
            "Your HDB-registered contractor (DRC) usually applies on your behalf through the HDB e-service. You'll need the floor plan and scope of works.",
        ),
        ("user", "ok my unit is Blk 312 Clementi Ave 4 #09-15"),
        (
            "user",
            "contractor say need owner name and nric, it's Daniel Sim, T9820413F. Is that safe to give?",
        ),
        (
            "assistant",
            "It's normal for the DRC to need the owner's details for the application, but only give them to the contractor directly, not in public chats.",
        ),
    ],
    [
        ("user", "my contractor ran away with deposit, what can i do in malaysia?"),
        (
            "assistant",
            "You can lodge a police report, then file a claim at the Tribunal for Consumer Claims if the amount is within its limit.",
        ),
        ("user", "his name Ahmad Fadzli bin Hassan, IC 850316-01-5417, phone 013-662 0841"),
        ("user", "he took RM15k from me and 2 other neighbours in Taman Universiti"),
        ("assistant", "Keep your receipts and WhatsApp messages as evidence for the report."),
    ],
    [
        ("user", "Seepage from upstairs, what's the process in HK?"),
        (
            "assistant",
            "You can report to the FEHD/BD Joint Office via 1823. They will arrange a colour water test.",
        ),
        ("user", "It's my mum's flat, she's 81 and has dementia so I'm handling it"),
        ("user", "Her name is Fung Lai Kuen, Flat 6, 9/F, Wah Fu Estate Block 3"),
        (
            "assistant",
            "You can file the report as her family member; bring proof of your authorisation if requested.",
        ),
    ],
    [
        ("user", "sir my friend injured at site, dorm manager say no need hospital"),
        (
            "assistant",
            "If he is injured at work, he should see a doctor. Employers must report workplace injuries to MOM.",
        ),
        ("user", "his name Shahidul Alam, FIN G5891274"),
        (
            "user",
            "last letter W. his finger cut by grinder, now very swollen, he is at Tuas South dormitory",
        ),
        (
            "assistant",
            "Please take him to a clinic or hospital now. You can also call the Migrant Workers' Centre helpline at 6536 2692 for help.",
        ),
    ],
    [
        ("system", "You draft workplace incident reports for a Singapore main contractor."),
        (
            "user",
            "Draft report: 21/11/2025 0940h, Blk 2 L9, worker Murugan Ponnusamy (34, FIN F4407218K) slipped on wet formwork, fractured right ankle, sent to Changi General Hospital by ambulance.",
        ),
        (
            "assistant",
            "INCIDENT REPORT - Date/time: 21/11/2025, 0940h. Location: Blk 2, Level 9. Injured person: Murugan Ponnusamy, 34. Nature of injury: fractured right ankle. Action taken: conveyed to CGH by ambulance.",
        ),
        ("user", "add root cause: housekeeping poor, no non-slip mat"),
    ],
    [
        ("user", "can u check this quote reasonable? 5rm resale, full reno $68k"),
        (
            "assistant",
            "For a 5-room resale with full hacking and carpentry, $55k-$80k is a common range, depending on scope.",
        ),
        (
            "user",
            "ok then i pay deposit now. card 4012 0056 7318 4427, exp 11/27, cvv 402, name Priya Nair",
        ),
        (
            "assistant",
            "Please don't share card details here. Pay the contractor through their official payment channel.",
        ),
    ],
    [
        ("user", "Defect list for my condo VP tomorrow, what to check?"),
        (
            "assistant",
            "Check for hollow tiles, wall cracks, door and window alignment, water ponding in bathrooms, and test all power points.",
        ),
        ("user", "Thanks! Also developer asked me to email defects to them"),
        (
            "user",
            "from: kelvin.yap.kh@gmail.com, unit B-22-05 The Vyne, Sungai Besi, owner Kelvin Yap Kah Hoe, HP 017-309 5528. Is this enough?",
        ),
        ("assistant", "Yes, plus photos of each defect with the location marked."),
    ],
    [
        ("user", "Can I sue my neighbour for damage from his renovation in HK?"),
        ("assistant", "Yes, claims up to HK$75,000 can go to the Small Claims Tribunal."),
        (
            "user",
            "He's Mr Lo Chi Wing in Flat 14A Kwong Ming Court, his workers cracked our ceiling. I have his number 9663 1047",
        ),
        (
            "assistant",
            "Collect photos, the repair quotation and any messages with him before filing.",
        ),
    ],
    [
        ("user", "what are the grants for elderly to install ramps in HDB?"),
        (
            "assistant",
            "The EASE programme subsidises grab bars, slip-resistant treatment and ramps for eligible households.",
        ),
        ("user", "ok. nvm. how long does installation take?"),
        ("assistant", "Usually about one to two days, depending on the number of items."),
        (
            "user",
            "btw pls note for the installer the owner is Mr Yusof bin Jaafar, he's wheelchair bound, HP 9743 2088, Blk 58 Marine Terrace #02-37",
        ),
    ],
    [
        ("user", "I need a reno loan, bank asking for salary info"),
        (
            "assistant",
            "Banks usually ask for your latest payslips or CPF contribution history and your NRIC.",
        ),
        ("user", "I'm Nur Aisyah binti Kamal, nric S9102748H? no wait that's my sister's"),
        ("user", "mine is S6642085Z. I earn $4,200 gross as a QS at a builder in Ubi"),
        (
            "assistant",
            "Thanks, but please only submit these details through the bank's official application.",
        ),
    ],
]
