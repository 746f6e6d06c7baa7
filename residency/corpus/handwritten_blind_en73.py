"""Blind check set en73: environmental and utility services in SG/MY/HK (bills, meter readings, waste, pest control, dengue inspections, account transfers). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en73
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "utility bill"): _lines("""
        Electricity tariff for 1 Oct to 31 Dec 2026: 29.87 cents/kWh before GST, up 0.4% from the previous quarter.
        Bill No. 8840213377 | Bill Date 05 Nov 2026 | Amount Due S$142.65 | Due Date 19 Nov 2026 | Pay via GIRO, AXS, SAM or PayNow (UEN 199505580G).
        Water Conservation Tax is levied at 50% of the water tariff for the first 40 m3 and 65% thereafter.
        Kadar tarif domestik: 1-200 kWh 21.8 sen/kWh; 201-300 kWh 33.4 sen/kWh; 301-600 kWh 51.6 sen/kWh; 601-900 kWh 54.6 sen/kWh; >900 kWh 57.1 sen/kWh.
        (E) Estimated reading - our meter reader could not access your meter this month. The difference will be adjusted when an actual reading is taken.
        Fuel Clause Charge for December 2026: 38.9 cents/unit. Basic tariff rate unchanged at 124.7 cents/unit.
        Bil Air Selangor tempoh 01/10/2026 - 31/10/2026. Penggunaan 23 m3. Caj semasa RM16.40. Sila jelaskan sebelum 30/11/2026.
        U-Save rebates of $95 to $190 per quarter will be credited to eligible HDB households' utilities accounts in Jan, Apr, Jul and Oct.
        SAMPLE BILL ONLY - Meter No. 00-000000 | Prev 04512 | Curr 04689 | Usage 177 kWh | Rate $0.2987 | Amt $52.87
        Late payment charge of 1.5% per month is imposed on overdue amounts, subject to a minimum of RM2.00.
        Total current charges S$87.12 incl. 9% GST of S$7.19. Carbon tax component: 0.96 cents/kWh.
        Net tariff for 2027 is 163.0 cents/kWh, an increase of 2.1% over 2026, following the annual tariff review with the Government.
        Refuse removal fee for HDB flats is now $9.75/month (incl. GST) and appears under "Refuse Removal" on your utilities bill.
        Traffic diversion on Jalan Tun Razak for pipe replacement works, 10pm-5am, 12-14 Dec. Water supply disruption expected in Kg Baru and Chow Kit.
    """),
    ("en", "dengue advisory"): _lines("""
        412 dengue cases were reported in Epidemiological Week 47, 38 fewer than the week before. There are 27 active dengue clusters.
        Do the Mozzie Wipeout: Break up hardened soil, Lift and empty flowerpot plates, Overturn pails, Change water in vases, Keep roof gutters clear.
        Red alert cluster: Bedok North Ave 3 / Bedok North St 4 / Bedok Reservoir Rd - 86 cases, 3 with onset in the last 2 weeks.
        Householders found breeding mosquitoes for the first time may be issued a composition fine of $200 under the Control of Vectors and Pesticides Act.
        NEA officers will show their warrant card during inspections. To verify an officer, call 1800-CALL-NEA (1800-2255 632).
        Symptoms of dengue: sudden high fever, severe headache, pain behind the eyes, muscle and joint pain, rashes. See a doctor early and apply repellent.
        Male Wolbachia-Aedes mosquitoes are released twice a week in selected HDB estates including Tampines, Yishun and Choa Chu Kang.
        Jumlah kumulatif kes denggi ME1 hingga ME48 2026 ialah 61,204 kes berbanding 98,771 kes bagi tempoh yang sama tahun 2025.
        Three local dengue cases have been recorded this year; FEHD has stepped up mosquito control in Yuen Long Kau Hui and nearby villages.
        A Gravitrap Aedes aegypti index of 0.1 or above indicates a high Aedes population - residents in the area are urged to check their homes weekly.
        DENGUE CLUSTER AREA - Please cooperate with NEA officers. Stay protected: apply repellent, spray insecticide in dark corners.
        The 2005 epidemic peaked at 14,209 cases; the 2020 outbreak surpassed it with 35,315 cases, the largest in Singapore's history.
    """),
    ("en", "pest control"): _lines("""
        Ah Huat Pest Management Pte Ltd - termite baiting, bed bug heat treatment, rodent proofing. NEA-licensed. Hotline 6744 8210 / WhatsApp 9177 3405 for a free quote.
        Service Report SR-2026-11-04471: General pest (cockroach, ant). Chemicals: Fipronil 0.05% gel, Deltamethrin 2.5% EC. Next visit in 30 days.
        Coptotermes gestroi is the most common subterranean termite attacking buildings in Peninsular Malaysia.
        Rat burrows spotted near the bin centre of the hawker centre - Town Council contractor will carry out baiting 3x weekly until further notice.
        Year-end promo: 4 quarterly visits for 3-room HDB at $288 (U.P. $360). T&Cs apply. Valid till 31 Dec 2026.
        Keep children and pets away from treated areas for at least 2 hours and open windows after misting.
        Vector control licence classes: Vector Control Operator (VCO), Vector Control Technician (VCT) and Vector Control Worker (VCW).
        Rodent Infestation Rate for Sham Shui Po district was 3.2% in Round 2 of 2026, below the alert level of 10%.
        Bed bugs doesn't mean your house dirty lah, they hitchhike from hotel and second-hand mattress. Steam + mattress encasement works best.
        Lizard repellent spray 500ml RM18.90 at MR.DIY, buy 2 free 1 this week only.
        As Phua Chu Kang would say, "Don't pray pray!" - check your gutters before the monsoon.
        Termite inspection checklist: mud tubes on walls, hollow-sounding timber, discarded wings near windows, frass under door frames.
    """),
    ("en", "waste collection"): _lines("""
        Blk 101-125: refuse chute collection daily 7am-11am. Bulky item removal is free once a month (max 3 items) - book via the Town Council.
        Designated garbage bags will be sold in 9 sizes from 3L to 100L at $0.11 to $11 per bag under the proposed MSW charging scheme.
        Kutipan sisa domestik: Isnin, Rabu, Jumaat. Sisa pukal: Sabtu minggu kedua setiap bulan. Jangan buang sisa taman dalam tong hijau.
        Semakau Landfill is projected to run out of space by 2035 at current rates of waste disposal.
        Blue recycling bins accept paper, plastic, metal and glass. No food waste, no tissue paper, no takeaway boxes with curry pls.
        E-waste such as phones, batteries and bulbs can be dropped at e-waste bins at community centres and selected supermarkets.
        GREEN@COMMUNITY recycling stores are open 8am-8pm daily; bring clean plastics, glass bottles and beverage cartons.
        Tender NEA000ETT26300012: Public Waste Collection Services for the Jurong Sector, contract period 8 years from 1 Apr 2027.
        Due to Deepavali, Tuesday's collection will be moved to Wednesday 9 Nov. We apologise for any inconvenience.
        Illegal dumping of bulky items at void decks is an offence under the Environmental Public Health Act.
        Tuas Nexus co-locates the Tuas Water Reclamation Plant with NEA's Integrated Waste Management Facility.
        Food waste generated per capita in Malaysia is about 1.1 kg a day, most of it from households.
        Each HDB block is served by a central refuse chute system; roll-on/roll-off bins at the bin centre are emptied daily by compactor trucks.
    """),
    ("en", "helpdesk faq"): _lines("""
        To open or transfer a utilities account you need the NRIC/FIN of the account holder, the tenancy agreement or OTP, and a security deposit.
        Please do NOT send your full NRIC number or bank card details via email or social media. Our officers will never ask for your OTP.
        Template: Dear Sir/Madam, I wish to terminate utility account no. [ACCOUNT NO] for premises at [ADDRESS] w.e.f. [DATE]. Name: [FULL NAME], NRIC: [SXXXX___X].
        Customer hotlines: electricity 2678 2678 (24 hrs), gas 2880 6988, water 2824 5000.
        Careline 15454 or email careline@tnb.com.my; for water supply enquiries call 15300.
        Agents must mask identification numbers to the last 4 characters (e.g. SXXXX567D) before pasting into ticket notes.
        Why is my bill high? Common causes: aircon running 24/7 (a 1.5hp split unit uses ~1.1 kWh per hour), faulty water heater, leaking toilet cistern.
        Ticket #INC-2026-1204-00318 escalated to Metering Ops L2. SLA 48h. Root cause: CT ratio misconfigured on feeder F12.
        How to read your water meter: read the black digits (m3) from left to right and ignore the red digits, then submit a photo in the app.
        "Ms Angela", the assistant in our web chat, is a virtual agent and not a member of staff.
        Dear {{customer_name}}, your account {{acct_no}} will be closed on {{close_date}}. Your final bill will be sent to {{forwarding_address}}.
        Account closure requests must be made at least 3 working days before move-out; the final meter reading will be taken on the requested date.
        For account transfers involving a deceased account holder, please provide a copy of the death certificate and grant of probate or letters of administration.
    """),
    ("en", "forum post"): _lines("""
        HDB 4rm, 2 adults 1 kid, aircon only at night - our usual is ~350 kWh/mth. Anyone switched to an OEM retailer? Worth it or not?
        Eh this month bill jump to RM312 leh, last month RM180 only. Meter spoil or what? Anyone else in Cheras kena?
        PSA: fake SMS going around saying "your utilities account will be suspended, click link to pay". Don't click! They never sms links.
        Mozzie damn bad in Punggol this week, NEA fogging every evening. Bought the aerosol from Giant, smell terrible but works.
        lol my aunt's flat got NEA check 3 times this year, they always go straight for the flower pot tray haha
        Anyone know if Towngas still charge for reconnection after moving? Thinking of moving from Taikoo Shing to Tseung Kwan O next year.
        Rant: bin centre at our block smells like nobody's business. Already feedback via OneService app 3 times, still same.
        [GUIDE] How to apply for smart meter (AMI) installation - step by step with screenshots, updated Dec 2026.
        Anyone remember Water Wally, the PUB mascot? Saw him at Marina Barrage last weekend lol.
        Tip: snap a pic of your meter on move-in day and move-out day. Saved me $90 in arguments with the agent.
        Anyone got recommendation for pest control in Bukit Jalil? Not the ones that keep upselling termite package pls.
        Termite swarm at night near the lamp, anyone know if it's the flying ones from the field behind or from my wardrobe? Scared sia.
    """),
    ("en", "system log"): _lines("""
        2026-12-03T02:14:55+08:00 INFO ami-collector meter=SM-0088-41772 read_kwh=18432.7 status=OK latency_ms=212
        2026-12-03T02:15:01+08:00 ERROR billing-batch job=bill_run_202611 shard=07 msg="tariff_id TR-DOM-2026Q4 not found" retry=3
        def estimate_usage(avg_daily_kwh: float, days: int) -> float: return round(avg_daily_kwh * days, 1)
        SELECT premise_id, SUM(kwh) AS total_kwh FROM readings WHERE read_date >= '2026-11-01' GROUP BY premise_id;
        sha256(bill_2026_11.pdf) = 9f2c6e1b4a7d03c8e5f91b26d4a0c7e3b8f1d5a2c6e9b3f7a0d4c8e2b6f1a9d3
        Release notes v4.12.0: fixed crash when opening bill history; added daily usage chart for smart meter customers.
        curl -X GET "https://api.example-utility.sg/v2/accounts/{account_id}/bills?period=2026-11" -H "Authorization: Bearer <token>"
        WARN kafka-consumer topic=meter.readings.v3 partition=12 lag=0 offset=88412007 rebalance=true
        Invoice INV/AF/2026/0118832 issued by the waste concessionaire to Majlis Bandaraya Petaling Jaya - RM1,284,500.00
        account_no,premise_address,postal_code,meter_no,prev_read,curr_read,usage,est_flag
        mask_id = lambda s: s[0] + "XXXX" + s[-4:]  # show only last 3 digits and check letter
        Parcel SPXSG077881204511 (bin liner refill pack, 2 rolls) delivered to collection point at 14:32.
    """),
    ("en", "news history"): _lines("""
        In 1968 Prime Minister Lee Kuan Yew launched the Keep Singapore Clean campaign, followed by the first Tree Planting Day in 1971.
        Marina Barrage, opened in 2008, turned Marina Bay into Singapore's 15th reservoir.
        Lap-sap Chung, the green litterbug monster, became the face of Hong Kong's Clean Hong Kong campaign in 1972.
        Tuanku Jaafar Power Station in Port Dickson will undergo a scheduled outage from 1 to 21 March.
        Suspected severe dengue patients may be referred to Tan Tock Seng Hospital or Ng Teng Fong General Hospital.
        Exit B of Raffles Place MRT station will be closed until February for drainage upgrading works.
        NEWater, launched in 2003, can now meet up to 40% of Singapore's water demand.
        The Minister for Sustainability and the Environment told Parliament that dengue cases this year fell 40% compared with 2025.
        Castle Peak Power Station in Tuen Mun is being progressively converted from coal to gas-fired generation.
        Volunteers from Queen Elizabeth School and the Sir Ellis Kadoorie Secondary School joined the shoreline clean-up at Lung Kwu Tan.
        The Sultan Abu Bakar Mosque area in Johor Bahru will see water rationing for 48 hours during reservoir maintenance.
        Sewerage services operator Indah Water Konsortium was established in 1994 under the Sewerage Services Act 1993.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls transfer utilities acct 8812440917 to my name: Tan Wei Ling, NRIC S8234517E, Blk 268C Compassvale St #11-482, Singapore 543268, move-in 01/12/2026.
        NEA inspection 02/12/2026 - Premises: 34 Jalan Kembangan S(419131). Occupier: Mr Ramesh s/o Kuppusamy, HP 9338 1204. Breeding found in flower pot tray. NOO issued.
        Hi boss, I stay No. 12, Jalan SS 2/55, 47300 Petaling Jaya. Name Nurul Aina binti Hashim, tel 012-774 3182. Rat problem at kitchen, can come Saturday?
        TNB account 2200 1876 5543 under Lim Chee Keong (IC 780314-10-5527) - 3 months arrears RM1,046.20, disconnection notice served 28/11.
        My mum Mdm Koh Ah Moi (82) from Blk 55 Lengkok Bahru was warded at SGH with dengue haemorrhagic fever last week, platelets dropped to 18k.
        Account transfer - outgoing tenant: CHAN Ka Yan, HKID Y370264(0); incoming tenant: WONG Siu Ming, mobile 6128 4457; premises Flat 18C, Block 3, Kornhill, Quarry Bay.
        GIRO for acct ending 0917 will be charged to card 4556 3312 0847 2919, cardholder GOH BOON HUAT.
        Meter photo sent by Siti Rahmah binti Yusof, unit B-17-03 Residensi Seri Maya, Setapak - reading 04213 m3. WhatsApp +60 17-332 9014.
        Lee Kok Meng, 56, of Blk 721 Woodlands Ave 6, was fined $4,000 today for his third mosquito-breeding offence at his flat.
        Ms Deborah Fernandez (FIN F2290418M) has requested a meter accuracy test after her October water usage rose to 41 m3. Contact: deb.fernandez88@gmail.com
        Aunty Salmah from Blk 412 Pasir Ris Dr 6 #05-119 kena dengue again, second time this year, now in Changi General ward 56.
        Account holder: LIM S*** HOON, NRIC ****340A, 15 Sunset Way #03-11 S(597060), outstanding $318.20.
        Applying for utilities assistance: household income $2,150 - only my husband Ismail bin Rahmat works (cleaner, $1,850/mth), 4 kids, Blk 19 Marsiling Lane #08-233.
        The black Vezel SLM 4821 K belonging to Mr Jason Seah at #02-14 keeps blocking the refuse truck every Tuesday morning.
        Pls email final bill to priya.nair.sg@outlook.com, I have moved out of 88 Toa Payoh Lor 8 #14-201. Acct 9213447055. Thanks, Priya Nair
        Deposit refund $300 to OCBC 601-245781-001, account name Teo Jun Hao, for closure of acct 7730192258.
        Foreign tenant registration - NGUYEN THI HOA, Vietnamese passport C4729135, FIN G5173926X, 2 Jalan Bukit Merah #05-17.
        New tenant Zhou Yiming, mainland ID 440306198807123427, HK mobile 5419 2730, Flat 9B, 28 Conduit Road, Mid-Levels - gas account to start 15/12.
        Pendaftaran akaun baharu: Mohd Hafiz bin Zulkifli, No. KP 920506-14-6631, Lot 1183 Kampung Sungai Kayu Ara, 47400 Petaling Jaya.
        Job 4471 - Mrs Wendy Yeo, 11 Lorong Ong Lye (landed), termites in kitchen cabinet, HP 8123 0566, preferred Sat 10am.
        Resident Mr Ong Teck Soon at #07-33 is on home dialysis, please do not cut his water during the maintenance. His daughter Joanne: 9660 2184.
        Complaint: my neighbour Mdm Yap Lay Kuan, Blk 203 Serangoon Central #09-77, keeps leaving pails of water along the corridor. NEA pls check.
        From: mei.ling.ho@yahoo.com.hk - Re: acct 0142 8831 7, Ho Mei Ling, 5/F, 88 Waterloo Road, Kowloon. Pls send paper bills to my mother's flat instead.
        Case DG-26-11872: Male, 34, Muhammad Irfan bin Azmi, Blk 661 Jurong West St 64 #10-521, onset 28/11, NS1 positive, cluster link pending.
        The lady who called about the leaking meter is Mrs Gan, lives alone at 7 Jalan Lada Puteh since her husband passed, number 6289 7714.
        Arrears: Suresh Kumar a/l Maniam, IC 850912-07-5183, owes RM2,881.40 in sewerage charges; payment plan RM200/month agreed on 01/12.
        use my card 5204 1277 6031 9859 exp 08/29 to pay the $96.30, name on card KWEK SHU FEN
        Pls collect old mattress and sofa from Mr Rajendran, 23 Jalan Kechubong, on 17/12 - he is wheelchair-bound so ring the bell and wait.
        Rat nest reported by Ms LEUNG Wai Sze, Flat B, 6/F, 41 Fuk Wing Street, Sham Shui Po, tel 9273 6618.
        Update contact for account holder Abdul Rahman bin Osman: new mobile 019-882 4416, email rahman.osman72@gmail.com.
        Meter reader MR-2231 Azlan bin Yusof, basic RM2,450 + RM300 allowance, given a final warning for skipping readings in Taman Melawati.
        Senior rebate application: Tan Bee Lian, DOB 14/03/1961, NRIC S6908315C, lives alone at Blk 8 Jalan Bukit Ho Swee #06-21.
        Cockroach problem at my flat but I'm 7 months pregnant, pls use non-toxic stuff. Charmaine Tay, Blk 816 Tampines St 81 #03-220, 9127 4458.
        Occupier Benjamin Low Jun Wei (T0519283D) refused entry to NEA officers at 18 Sunrise Terrace on 29/11; warrant to be sought.
        Permohonan rebat elektrik: Puan Rohani binti Abu Bakar, KP 630221-03-5244, suri rumah, pendapatan isi rumah RM1,200, Kg Kubang Kerian, Kota Bharu.
        Chow Wing Hong, 41, of Kwai Chung Estate, was fined HK$8,000 at Kwai Chung Magistrates' Courts for bypassing his electricity meter.
        Add me on WeChat zoe_liang_0612 - I'm Zoe Liang, owner of Flat 7D, Block 5, Laguna City. Need plumber for water meter leak urgently.
        Overseas utility reference letter for Loh Kar Wai, Malaysian passport A41087326, previously residing at 22 Jalan Ipoh Kecil, Kuala Lumpur.
        MR ARUN PRAKASH | 77 Telok Blangah Heights #12-340 Singapore 100077 | Acct No 9302817765 | Amount Due $211.48 | Due 21 Dec 2026
        Our helper Maricel Dizon (FIN F7760213P, hp 8695 3320) will be home Thurs 9am-1pm to let the pest control guys in.
        Water supply account in the name of CHEUNG Tak Wing, HKID R119538(6), G/F, 17 Nam Kok Road, Kowloon City - final reading 3381.
        Pls waive late charge: I was hospitalised at Queen Mary for chemo all of Oct. Yip Suk Fan, acct 3307-5512-84, mobile 9481 2266.
        Sorry for late payment, my son Darren Ho (10) had dengue and we were in KKH for a week. Acct 8801223409, 5 Watten Rise.
        Bed bug case at 3A Lorong 25 Geylang Room 4 - Rahim (WhatsApp +65 8452 1907) says it came from roommate Kumar Selvam's mattress.
        Transfer of electricity account to Yeung Chi Fai (HKID A605271(4), tel 2345 8871) with effect from 01/01/2027, Flat 12A, Tower 2, Grand Pavilion, Tai Po.
        Dear Mr Kelvin Low, our records show water usage of 62 m3 at 9 Jalan Tari Zapin for Oct. Your Telegram @kelvinlow_sg was used to submit the photo.
        Please refund overpaid RM145.00 to Maybank 5142 7788 3019 (Nor Azizah binti Kassim, IC 881107-01-6402).
        Pest report for Flat 2307, Ping Yin House - tenant Mr MOK Chun Hei (HKID M527103(2)) has severe asthma, do not use aerosol spray.
        Cheque no. 448213 from Ms Jasmine Teo Hui Min, NRIC S8811302J, bounced - utilities account 6610238874 suspended.
        Technician note: owner Mr Harjit Singh, 40 Jalan Senang, mobile 9786 4410, dog is aggressive, call before entering.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a utilities account assistant. Help customers open, close and transfer accounts.",
        ),
        ("user", "hi i just moved in, need to open account"),
        ("assistant", "Welcome! May I have the account holder's full name and NRIC/FIN?"),
        ("user", "Faridah binti Omar"),
        ("user", "T0276519A"),
        ("assistant", "Thank you. What is the premises address?"),
        ("user", "Blk 322 Ubi Ave 1 #04-1187, S400322. GIRO from my DBS acct 027-441902-3"),
    ],
    [
        ("user", "Hello, how much for termite treatment for a 5-room flat?"),
        (
            "assistant",
            "Our termite baiting package for a 5-room HDB starts from $680 including 3 monitoring visits.",
        ),
        ("user", "ok can. Sat morning can?"),
        (
            "assistant",
            "Yes, Saturday 9-11am is available. May I have your name, address and contact?",
        ),
        (
            "user",
            "Vincent Chia, Blk 501 Bishan St 11 #12-305, 9836 2217. My wife has eczema so pls tell me what chemicals you use",
        ),
    ],
    [
        ("user", "Who do I report to if my neighbour keeps breeding mosquitoes?"),
        ("assistant", "You can report to NEA via the OneService app or call 1800-CALL-NEA."),
        (
            "user",
            "ok I'll report. It's the old man at 36 Jalan Chempaka Kuning, Mr Tay Ah Kow, he has like 40 pots of plants with water in the plates",
        ),
        (
            "assistant",
            "Thank you. NEA officers will inspect the premises. Please avoid confronting your neighbour directly.",
        ),
    ],
    [
        ("system", "You are a customer service assistant for an electricity company in Hong Kong."),
        ("user", "My bill this month is $1,870 which is 3x normal, something wrong?"),
        (
            "assistant",
            "I'm sorry to hear that. Could you provide your account number so we can check the meter reading?",
        ),
        ("user", "acct 0381 2294 55, name CHOI Man Kit"),
        (
            "user",
            "HKID Z680442(0) if you need to verify. flat is 27/F Flat H, Block 8, City One Shatin",
        ),
        ("assistant", "Thank you Mr Choi, we will arrange a meter check within 5 working days."),
    ],
    [
        (
            "system",
            "Customer profile loaded: Name: Kamal bin Hussin | IC: 750818-08-5471 | Account: 2203 6617 0982 | Address: No. 7, Jalan Bercham Jaya 3, 31400 Ipoh, Perak | Status: Arrears RM588.30",
        ),
        ("user", "why my electric cut? i paid already last week"),
        (
            "assistant",
            "I see a payment on 27/11 which has not yet been posted. Reconnection will be done within 24 hours after posting.",
        ),
    ],
    [
        ("user", "Hi, I want to book bulky item removal"),
        ("assistant", "Sure. What items and which block?"),
        ("user", "1 fridge, 1 bed frame. Blk 117 Rivervale Drive #09-442"),
        ("assistant", "Noted. Our contractor will collect on Friday between 9am and 12pm."),
        (
            "user",
            "ok pls call my son Eugene before coming up, 8219 6630. My husband Mr Sim Kah Leng is bedridden after stroke so nobody can carry down",
        ),
    ],
    [
        ("user", "can pay water bill with credit card ah"),
        (
            "assistant",
            "Yes, you can pay online with Visa or Mastercard. Please do not share card details in this chat.",
        ),
        (
            "user",
            "aiyo too late, 4147 2009 3381 6201 exp 03/28, name Low Mei Chen, acct 4410928837",
        ),
        (
            "assistant",
            "For your security, please cancel and reissue this card with your bank, and make payment through the official portal.",
        ),
    ],
    [
        ("user", "NEA came to my house today and say got larvae in my gully trap"),
        (
            "assistant",
            "That can happen after heavy rain. Do you have any questions about the notice you received?",
        ),
        ("user", "ya the notice says fine $200. Name on it is Ravi Shankar s/o Muthu"),
        ("user", "address 14 Jalan Gelenggang, can I appeal?"),
        (
            "assistant",
            "You may submit an appeal via NEA's website within the stated period with supporting photos.",
        ),
    ],
    [
        ("user", "My mother can't manage her water bills anymore, she has dementia"),
        (
            "assistant",
            "I'm sorry to hear that. You can apply to be the authorised person for her account.",
        ),
        (
            "user",
            "Her name is LAM Yuk Ying, HKID XA233184(2), lives in Room 1516, Tin Yiu House, Tin Yiu Estate",
        ),
        ("user", "I'm her daughter Carmen, 9132 7045"),
        (
            "assistant",
            "Thank you. Please submit the authorisation form together with a medical certificate.",
        ),
    ],
    [
        ("user", "My smart meter shows 0 since yesterday"),
        (
            "assistant",
            "Please check whether the circuit breaker has tripped. If the power is on, we will send a technician.",
        ),
        ("user", "Power is on. Unit 15-02, Residensi Pandan Jaya, Jalan Pandan Indah, 55100 KL"),
        ("user", "Contact Ahmad Syukri 013-460 7281"),
        ("assistant", "A technician will visit tomorrow between 10am and 1pm."),
    ],
]
