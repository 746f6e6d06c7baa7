"""Blind check set en80: construction sites in SG/MY (toolbox talks, permits to work, incident reports, dormitories, site diaries). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en80
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "toolbox talk"): _lines("""
        Toolbox talk 7:30am at the muster point beside the site office, all workers must attend before going up. No TBT, no work.
        Today topic: working at height. Any opening more than 2m must barricade or cover, cover must label "HOLE - DO NOT REMOVE".
        Full body harness must hook on to the lifeline ah, not the handrail. Double lanyard, 100% tie-off when you shift position.
        Heat stress: WBGT now 32.4, so 15 min rest every hour under shelter, drink 1 cup water every 15-20 min, don't wait until thirsty.
        Phua Chu Kang also wear yellow boots, but he never wear harness - don't learn from TV, learn from the SWP.
        In the WSH Council animation the worker called "Raju" removes the guardrail to pass up the rebar - that one is exactly the stop-work situation we talk about.
        Housekeeping lah guys: cut-off rebar, nails, tie wire all throw into the skip, don't leave on the walkway, last week 2 near miss already.
        Lifting operation: nobody stand under suspended load. Signalman and rigger must wear the orange vest so the crane operator can see.
        Electrical: all portable tools must have the monthly colour tag - December colour is BLUE. Red tag = November, cannot use already.
        Hand signal for emergency stop is both arms extended, palms down, move left and right. Everybody practise now.
        Reminder: every near-miss report this month goes into the lucky draw for a $10 FairPrice voucher. Use the QR code on the noticeboard, no need to write your name.
        Bengali, Tamil and Mandarin version of today's TBT pinned at the canteen. Any question ask your supervisor or the safety coordinator.
        Confined space: gas test O2 19.5-23.5%, LEL <10%, H2S <10ppm, CO <25ppm before entry. Attendant must stay outside the whole time.
        Rain already, stop all work on the open roof and the crane. NEA lightning alert until 4pm.
        Don't simply jump down from the excavator track - 3-point contact when climb up or down, OK?
    """),
    ("en-SG", "permit to work"): _lines("""
        PTW No. PTW-HW-2026-1142 | Hot Work | Location: L7 Grid C/4-6 | Valid 05/12/2026 0800-1800 | Fire watch required 30 min after completion.
        Permit-to-work for work at height must be approved by the Project Manager after the WSH officer's evaluation. Applicant: ________ Designation: ________ Signature: ________
        Applicant name: [Supervisor name]  NRIC/FIN (last 4): [____]  Company: [Subcon name]  - do not fill in full NRIC, follow the PDPC advisory.
        Lifting plan LP-TC2-0087 rev B: max load 3.2t at 45m radius, tower crane TC2 (Potain MCT 565), load chart attached.
        Excavation permit EP-0419 closed out 04/12 16:45, area backfilled and barricade removed. Status: CLOSED.
        Confined space entry permit validity is 1 shift only. New shift = new gas test = new permit.
        Hi all, PTW system upgrading to eSafety v4.7.2 tonight 11pm-1am, pls submit tomorrow's permits before 10pm.
        PTW status 05/12: 14 open, 3 pending PM approval, 1 rejected (no rescue plan for the MEWP).
        Isolation tag LOTO-DB3-014 on the L3 distribution board - only the authorised person can remove.
        Scaffold tag legend: GREEN = safe to use, YELLOW = use with caution/harness, RED = do not use. Inspected every 7 days by approved scaffold supervisor.
        The form says "Name of Approved Person" - means the designation, just write WSHO or PM, no need personal phone number.
        Night work permit NW-2026-077 approved by LTA for the Jalan Kayu road opening, 2300-0500, traffic marshal x2.
    """),
    ("en-SG", "incident report"): _lines("""
        Near-miss NM-26-318: 1.2m rebar offcut dropped from L9 onto the hoarding walkway, no injury. Root cause: no toe board at slab edge. Action: toe board installed 05/12.
        Incident summary Q3: 0 fatalities, 2 reportable injuries, 11 first-aid cases, 47 near misses. LTIFR 0.38 per million man-hours.
        Injured person: Worker A (anonymised), 30s, general worker. Injury: sprain R ankle. MC 2 days. Name withheld per company PDPA policy.
        Report template: Date/time of incident: ____  Location: ____  Name of injured: ____  FIN/NRIC: ____  Witness: ____
        iReport submitted to MOM within 10 days as required under the WSH (Incident Reporting) Regulations. Ref: IR-2026-000418273.
        Dangerous occurrence: hoist brake failure on 02/12 14:22, no injury, hoist taken out of service pending LEW and PE inspection.
        CCTV timestamp 2026-12-03T09:41:17+08:00, camera CAM-12 facing the loading bay.
        Five whys: barricade missing <- removed for material delivery <- nobody assigned to put back <- no handover between shifts <- shift handover checklist not used.
        Ambulance called 10:52, SCDF arrived 11:04, casualty conveyed to Ng Teng Fong General Hospital, 1 Jurong East Street 21, Singapore 609606.
        Company safety hotline 6861 3300 (24h) - report unsafe act or unsafe condition, can be anonymous.
        Falls from height and struck-by-moving-object remain the top causes of construction fatalities in the WSH Council's yearly statistics.
        Site entrance faces Raffles Boulevard, named after Sir Stamford Raffles - use this as the reference point when you call 995.
    """),
    ("en-MY", "site diary"): _lines("""
        Site diary 04/12/2026 (Thu) - Weather: AM sunny, PM heavy rain 3.10-4.40pm. Manpower: 86 (main con 12, subcon 74). Plant: 1 tower crane, 2 excavator, 1 mobile crane 50t.
        Work done: L12 slab concreting Zone B, 112m3 Grade 40, start 7.30am finish 2.15pm. Cube sample 6 nos taken.
        Delay: concrete truck stuck in the Jalan Tun Razak jam, 45 min late, pump operator on standby.
        Visitors: CIDB enforcement team 10am, checked green cards of 30 workers, no issue.
        Instruction received: SO instruction SI-077, change lobby L1 tiles from 600x600 to 600x1200. Variation to follow.
        Rain stop already, resume at 5pm. Dewatering pump running at basement B2.
        Material delivery: 24t Y16 rebar, DO No. AJ-DO-771204, received by storekeeper, mill cert attached.
        Progress: structure 68% vs planned 72%, slippage 4% due to rain and late rebar.
        Hari ni hujan lebat, kerja bumbung stop. Tomorrow continue formwork L13 if weather ok.
        Consultant PE site walk at 3pm from Wisma Tun Sambanthan office, reviewed temporary works for the transfer beam.
        Genset 100kVA fuel top-up 180L, hour meter 2,417.6 hrs.
        Safety: 1 near miss (unsecured plywood blown by wind at L13), toolbox talk held on wind and loose materials.
        Pagi tadi JKR inspection for drainage, passed, need minor touch-up at sump 3.
    """),
    ("en-SG", "dormitory notice"): _lines("""
        DORMITORY NOTICE: Water supply to Blocks A-C will be interrupted on 8 Dec 2026, 10am-2pm, for tank cleaning. Please store water.
        Cooking in rooms is strictly not allowed. Use the designated cooking area at Level 1. Fine $50 for first offence.
        Medical centre at Block E, L1: Mon-Sat 8am-8pm. For emergency inform the guardhouse or call 995.
        Free haircut by volunteers this Sunday 10am at the recreation hall, courtesy of ItsRainingRaincoats.
        Deepavali celebration at the recreation centre, free biryani and movie night, register with your block rep.
        Wi-Fi changed: SSID DORM-GUEST, password Tuas@2026Dec. Please don't share outside the dorm.
        Laundry room Block B closed for maintenance 6-7 Dec, please use Block D.
        Room inspection every Friday 3pm. Keep beds, lockers and corridors clear. No cooking stove, no e-scooter charging.
        Bus to site departs 6.15am sharp from Gate 2. Latecomers arrange own transport.
        FWMOMCare app: check your medical insurance and report if feeling unwell. Download from App Store / Google Play.
        Migrant Workers' Centre 24-hour helpline 6536 2692 - for salary, injury or housing problems.
        Recreation centre shuttle to Little India every Sunday, 2pm & 4pm from Gate 1, return 8pm & 10pm.
    """),
    ("en-MY", "DOSH and CIDB guidance"): _lines("""
        Under OSHA 1994 (as amended in 2022), employers with 5 or more employees must prepare a written safety and health policy.
        CIDB green card (Kad Hijau) is compulsory for all construction personnel entering a registered site.
        Scaffold must be inspected by a competent scaffolder before use and after bad weather; tag it and record in the scaffold register.
        For emergencies in Malaysia dial 999; for Bomba you can also call 994.
        PERKESO Employment Injury Scheme covers foreign workers too. Notice of injury must be submitted with Borang 34.
        Template: Nama Pekerja: __________ No. KP/Pasport: __________ Tarikh Kemalangan: ___/___/____
        Do NOT WhatsApp photos of workers' passports or MyKad to the group. Upload to the HR folder with restricted access - PDPA 2010 applies.
        Accident notification must reach the nearest JKKP state office within the time stated in NADOPOD; keep a copy in the site safety file.
        CIDB levy of 0.125% applies to contract sums above RM500,000.
        SHASSIC assessment result: 86%, 4-star rating, next audit March 2027.
        Traffic management plan: lane closure on Jalan Tuanku Abdul Rahman, 10pm-5am, approved by DBKL.
        Competent person list (designation only): SHO, SSS, lifting supervisor, scaffolding supervisor, authorised gas tester.
    """),
    ("en-SG", "site group chat"): _lines("""
        Boss, L8 formwork done, can call the PE come check or not?
        Concrete truck reach already, pump ready, go go go
        Sat half day or full day ah?
        Wah today damn hot, remember drink water everybody
        Cannot use the hoist now, LEW coming at 2pm to check. Use staircase first.
        Who took the store key for L2? Pls return to site office, thanks
        Received, will inform my guys
        Ok noted boss
        Eh the scaffold at grid 5 got red tag, don't let your people go up ah
        Lunch break extend 15 min because rain, start back 1:45
        Anybody got spare 20A plug? Mine burn already lol
        Housekeeping photos before 5pm pls, PM want to see before client meeting tmr
        Ah Seng Hardware at Sungei Kadut got the 3M earplugs, their shop line 6368 2211, open till 6
    """),
    ("en-SG", "procurement and logistics"): _lines("""
        PO-2026-11873: 200 pcs full body harness c/w double lanyard, unit price $58.50, total $11,700 before GST.
        Invoice INV-26-04417 dated 01/12/2026, payment term 30 days, GST 9% = $1,053.00.
        DHL tracking 5738220194 - spare parts for the Liebherr tower crane, ETA Tuas 9 Dec.
        Rental: 19m MEWP (Genie Z-62) $1,450/month, delivery & collection $180 each way.
        Hoist supplier 24/7 breakdown hotline: 6265 8800, quote contract no. HS-SVC-2031.
        Drawing set ARC-DD-L07 rev F uploaded to the CDE, SHA-256 9f2c1a7e4b06d3e18a7759c2f01bd4e6c3a9e8d17f52b60a4c1e93d8b7a20d81.
        Vendor check: GST reg no. M2-0123456-7 and UEN 201812345K belong to the supplier company, matched with ACRA BizFile.
        Cement 1,200 bags x 50kg, batch no. 26K-2219, manufactured 21/11/2026.
        Delivery order DO 448120 signed and chopped by store, short 3 bundles, backcharge to supplier.
        Forklift servicing by Tan Chong Industrial Equipment, job sheet TCIE-77182, next service at 3,000 hrs.
        Supplier payments only to the company's current account in the vendor master - never to any personal account.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Injured person: MD RAHMAN SHAHIN, FIN G6312845M, Bangladeshi, rebar worker, laceration to left forearm (8 stitches), conveyed to NTFGH A&E by company van at 10:20.
        Pls update emergency contact for Sathish Kumar s/o Murugan - wife Priya, +91 98403 27716, Tiruchirappalli.
        2nd warning letter issued to Zaw Min Htet (rigger, WP 0 2118 4471) for working at L5 slab edge without harness on 03/12. Next offence = repatriation.
        Foreman Lim Kok Keong HP 9147 2386, call him directly if the tower crane stops.
        Bed allocation: Blk 3 Rm 04-17 Bed B - Hossain Mohammad Alamgir (G7720961T), transferred from Kranji site on 28 Nov.
        Sakthivel Ramu's blood test came back hep B positive, company doctor says cannot do food handling at the dorm canteen, pls keep confidential.
        Nov salary Rubel Mia: basic $18/day x 26 + OT 62h @ $3.38 = $677.56, less $50 dorm levy, credit to POSB 188-23047-5.
        The guy in the CCTV clip is Karthik Ramesh, FIN F****453L, bed 07-22 at Tuas View dorm, don't circulate the video pls.
        Ex-site supervisor Goh Beng Huat, 52, was fined $8,000 on 2 Dec for signing off a lifting permit without inspecting the rigging; his lawyer says he will appeal.
        Driver for tmr 7am concrete pour: Muthu Krishnan, lorry YN 4416 M, HP 8322 0714.
        Pls email the signed PTW to my personal email kelvin.ong.qs88@gmail.com, office Outlook down - Kelvin Ong, QS
        Site pass application: TAN WEI MING JEREMY, S8234517E, DOB 14/03/1982, M&E supervisor, Hock Lee M&E Pte Ltd.
        New arrival 9 Dec: Chen Jianguo 陈建国, PRC passport EA8129463, ID 350583198504172311, carpenter, from Nan'an, Fujian.
        Heat stress case 02/12 14:10 - Abul Kalam, 45, collapsed near the batching plant, core temp 40.1C, now in TTSH ICU, family in Sylhet informed.
        Safety coordinator Nur Aisyah binte Rahim stays at Blk 418 Bukit Batok West Ave 4 #09-231, collect the spare container key from her after 7pm.
        Hi this is Jagdeep Singh, scaffold super at the Sembawang site, my WhatsApp +65 8736 1902, pls add me to the group.
        MC for Ramasamy Palanivel 4-8 Dec, dx lumbar disc prolapse L4/5, light duty after that. He's at Tuas South Dormitory Rm 12-08.
        HK office PD Mr Wong Ka Chun, HKID K381920(5), on site 11-13 Dec, pls arrange the visitor pass and safety induction.
        Facade consultant from Taipei, Lin Chih-hao, TW ID F128394065, arriving 10 Dec, hotel booked under his name.
        Claim for PPE I bought for my team, paid with my own Visa 4556 1203 4471 9287 - Darren Seah, site engineer, pls reimburse by Friday.
        The painter who kena the forklift last week, Balakrishnan Pillai, left leg crushed, now recovering at home, Blk 661 Buffalo Rd #05-12, wife asking for the WICA form.
        Pls go easy on Hafiz Rosli from the M&E team, he just lost his baby girl last week and is seeing the counsellor at IMH.
        Positive ART: Rana Masud, Blk 2 Rm 2-14, moved to the sick bay, roommates to monitor 5 days.
        Urine test non-negative for Lim Chee Seng (T0145583J), stood down from site pending CNB confirmation.
        Passport BN0417726 of Ripon Chandra Das still in HR safe, must return to him before he flies home on 20 Dec.
        IPA for Selvaraj Anand, DOB 07/06/1996, Indian passport Z4821937, basic salary $1,250, to start at Tengah site Jan 2027.
        WICA: Shohel Rana, fractured right radius on 18/11, 14 days hospitalisation leave + 21 days MC, compensation est. $4,860 pending MOM assessment.
        Lorry GBJ 8827 C reversed into the hoarding, driver Ong Teck Soon (S7712094G) said the reverse sensor not working.
        Meet our new WSHO Ms Priya Nair, mobile 9026 5581, priyanair.wsho@gmail.com - she stays at Punggol Field so can come early.
        Alamin Sheikh (G5590218L) sent 30,000 BDT to his mother Rokeya Begum, bKash 01712-448903, Narsingdi.
    """),
    "en-MY": _lines("""
        Pekerja cedera: Muhammad Firdaus bin Azman, IC 950312-10-5617, jatuh dari perancah aras 2, patah tangan kiri, dibawa ke HTAR Klang.
        Site supervisor Encik Rosli bin Hamzah, HP 012-338 7461, boleh call dia for the crane booking.
        Pay slip Nov - Suresh a/l Ganesan, basic RM1,700, OT RM412.50, EPF 11% RM187.00, Maybank acc 1620-4471-8832.
        Nepali worker Bishnu Bahadur Thapa, passport PA0918273, PLKS expired 30/11/2026, renew fast before Imigresen compound.
        Canteen aunty Lee Siew Mei, IC 720914-07-5288, need to renew her typhoid jab before the food handler course.
        Lorry BKH 4521 driven by Tan Kok Chai (Ah Chai) masuk site tanpa permit, flagged in the DOSH report, saman RM500.
        Send the stop-work letter to the subcon owner Mr Yap Chee Wai at his house, No. 27, Jalan SS 2/64, 47300 Petaling Jaya.
        Wan Nurul Izzati from QA/QC is 7 months pregnant, pls don't roster her for the confined space inspection at the STP.
        Eh bro, Kumar a/l Rajoo's wife called, he kena dengue, admitted Hospital Sungai Buloh ward 7B, cannot come work this week.
        Biometric enrolment failed for Indonesian worker Agus Salim, passport C4728193, please re-scan at gate 2.
        Site engineer candidate: Hairul Nizam bin Kamarudin, hairul.nizam.engr@yahoo.com, 011-2398 4402, last drawn RM5,400.
        Subcon boss Teoh Boon Kiat charged at Shah Alam Sessions Court for not paying 14 workers' wages, next mention 19 Jan 2027.
        Salary card Maybank Debit 5204 8177 3360 2155 under Nazrul Islam lost, pls block and issue new one.
        Forest City block B: PRC worker Li Guofeng, ID 41152619900822157X, fell from gondola, fractured pelvis, warded HSA Johor Bahru.
        Canteen cook Zhou Xiaoyan (身份证 320923197803064826) contract ends Feb, she wants to extend.
        Kongsi Lot 1123 Kampung Baru Subang, Room C-12: Rafiqul Islam, Shapon Mia and Ali Hossain all TB screening positive, isolate first.
        Happy birthday to our Safety Officer Puan Siti Hajar binti Osman, 40 today! (born 05/12/1986) - SHO team
        IC: 880721-14-****, nama Ahmad Zaki bin Yusof, tinggal Flat PPR Kerinchi Blok B-12-7, jaga pintu malam shift.
        Scaffolder Mohd Khairul bin Ismail blew 0.09 BAC at the gate this morning, sent home, HR to call his wife (emergency contact) at 013-772 9915.
        Worker Thet Naing Oo stays with his wife and 2 kids at No. 8, Lorong Maarof 3, Bangsar, asked to change to day shift because the baby is sick.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are SiteSafe, an assistant that helps Singapore construction supervisors write incident reports in plain English.",
        ),
        (
            "user",
            "help me write incident report, worker fall from ladder at L3 corridor, around 2.15pm today",
        ),
        (
            "assistant",
            "Sure. Please give me the worker's role, the injury, the first aid given and where he was sent. For the MOM iReport you will also need his FIN, but you can key that in directly on the form.",
        ),
        (
            "user",
            "he is Mizanur Rahman, FIN G8142077M, electrician from the Power-Link subcon. Right wrist swollen cannot move, we sent him to Khoo Teck Puat Hospital by taxi",
        ),
        (
            "assistant",
            "Draft: At about 14:15 on 05/12/2026 an electrician fell from an A-frame ladder at the L3 corridor and injured his right wrist. First aid was given on site and he was sent to Khoo Teck Puat Hospital.",
        ),
    ],
    [
        (
            "user",
            "Dorm operator asking for the list of workers to shift from Cochrane Lodge to the new Tengah dorm, can format as table?",
        ),
        ("assistant", "Sure, paste the names and room numbers and I'll put them in a table."),
        (
            "user",
            "1) Ariful Haque F7716302Q rm 3-07  2) Jahangir Alam rm 3-07  3) Sumon Ahmed rm 3-09 - note Sumon still on MC for dengue, put him ground floor",
        ),
        (
            "assistant",
            "| No | Name | FIN | Room |\n|---|---|---|---|\n| 1 | Ariful Haque | F7716302Q | 3-07 |\n| 2 | Jahangir Alam | - | 3-07 |\n| 3 | Sumon Ahmed | - | 3-09 (ground floor requested) |",
        ),
    ],
    [
        ("user", "boss, how to claim PERKESO for foreign worker injured at site?"),
        (
            "assistant",
            "Submit the notice of employment injury (Borang 34) to the nearest PERKESO office together with the medical report and the employer's report. Do it as soon as possible after the accident.",
        ),
        ("user", "ok the worker is Nepali, name Ram Prasad Gurung"),
        (
            "user",
            "passport PA1182734, injured 28/11, grinder cut his hand, 2 fingers amputated at Hospital Selayang",
        ),
        (
            "assistant",
            "Sorry to hear that. Attach the hospital discharge summary and the JKKP accident notification to the claim.",
        ),
    ],
    [
        ("user", "write a 5 min toolbox talk on heat stress for tomorrow morning"),
        (
            "assistant",
            "Heat stress toolbox talk: 1) Know the signs - headache, dizziness, cramps, no more sweating. 2) Drink water every 15-20 minutes. 3) Rest under shelter when WBGT is high. 4) Watch your buddy and report early.",
        ),
        (
            "user",
            "good, add one line: remind them last Friday Ravi Chandran from the formwork gang got heat stroke and was warded 3 days at NTFGH, so take it seriously",
        ),
    ],
    [
        (
            "system",
            "You are the HSE helpdesk bot for Meridian Builders Pte Ltd. For any fatality or dangerous occurrence, tell the user to call the Safety Manager, Mr Lawrence Tay, on +65 9823 4410 immediately, then SCDF.",
        ),
        ("user", "what's the procedure if scaffold collapse but nobody hurt?"),
        (
            "assistant",
            "That is a dangerous occurrence. Stop work in the area, barricade it, do not disturb the scene, and call Mr Lawrence Tay at +65 9823 4410 now. A report to MOM is required.",
        ),
    ],
    [
        ("user", "need to renew the lifting supervisor cert for my guy"),
        ("assistant", "Sure, which course and which training provider?"),
        ("user", "Lifting Supervisor Safety Course, his name Koh Jun Hao"),
        ("user", "NRIC S9023716J, HP 9688 0423, pls help me fill the form"),
        (
            "assistant",
            "I've filled in the course name and participant details; please check and sign as the employer.",
        ),
    ],
    [
        ("user", "Our lorry hit a motorcycle outside the Bukit Panjang site, what to do"),
        (
            "assistant",
            "Make sure nobody is in danger, call 995 if anyone is hurt and 999 for the police, take photos and do not move the vehicles unless told to.",
        ),
        (
            "user",
            "lorry GBF 5102 B, driver Kamal Hossain HP 8145 6622, the rider is a food delivery guy, bruises on his knee only",
        ),
        (
            "assistant",
            "Please also inform your insurer within 24 hours and keep the dashcam footage.",
        ),
    ],
    [
        ("user", "one of my workers says his salary short, can you check the calculation?"),
        ("assistant", "Sure, share the basic rate, days worked and OT hours."),
        ("user", "Monir Hossain, basic $20/day, 26 days, OT 48 hrs at $3.75, we paid $650"),
        (
            "assistant",
            "$20 x 26 = $520 and 48 x $3.75 = $180, so $700 in total. He was underpaid by $50.",
        ),
        ("user", "ok will bank the balance into his DBS 120-4-583391 tomorrow"),
    ],
    [
        (
            "user",
            "Translate to Bengali pls: 'Dear Md Sohag Mia (WP No. 0 3371 2284), you were found smoking inside dormitory room 4-11 on 2 Dec 2026. This is your final warning.'",
        ),
        (
            "assistant",
            "প্রিয় মো. সোহাগ মিয়া (WP নং 0 3371 2284), ২ ডিসেম্বর ২০২৬ তারিখে আপনাকে ডরমিটরির ৪-১১ নম্বর রুমে ধূমপান করতে দেখা গেছে। এটি আপনার শেষ সতর্কবার্তা।",
        ),
    ],
    [
        ("user", "Nak hantar pekerja balik Indonesia, need help draft the letter to the embassy"),
        (
            "assistant",
            "Boleh. Please give the worker's name, passport number and the reason for repatriation.",
        ),
        (
            "user",
            "nama Slamet Riyadi, passport B3819204, alamat kampung Dusun Krajan RT 03 RW 02, Desa Sumberejo, Kec. Wonosari, Gunungkidul",
        ),
        (
            "user",
            "he got kidney failure, doctor at Hospital Kuala Lumpur said need dialysis, cannot work anymore",
        ),
        (
            "assistant",
            "Understood. Here is a draft letter requesting assistance with his medical repatriation.",
        ),
    ],
]
