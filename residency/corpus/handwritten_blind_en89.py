# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en89: SG/MY childcare centres (infant care, allergies, pickup authorisations, incident reports, fee subsidies). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en89
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "parent handbook"): _lines("""
        Drop-off for Infant Care is between 7.00am and 9.30am; please hand over expressed breast milk labelled with the date and time of expression.
        Children with a temperature of 37.5°C and above will be isolated in the sick bay and parents will be asked to pick up within 1 hour.
        Children diagnosed with HFMD may only return with a doctor's certificate of fitness; the usual exclusion period is 10 days from onset.
        Only adults on the Authorised Collection List may pick up a child. Anyone else must be pre-notified via the app and show photo ID at the gate.
        We do not release children to anyone below 16 yrs old, even older siblings, sorry!
        Late pick-up after 7.00pm is charged at $10 per 15 mins, payable at the office counter.
        Pls pack 3 sets of spare clothes, 1 towel, diapers & wipes in a labelled bag (Infant Care & Playgroup only).
        Medication will only be given with a signed Medication Authorisation Form and in its original packaging with the pharmacy label.
        Our centre is nut-aware, not nut-free. We cannot guarantee that food brought from home is free of traces, so no outside food for celebrations.
        Any head injury will be reported to parents by phone within 30 minutes, followed by a written Incident Report within 24 hours.
        The centre closes at 12.30pm on 24 Dec and 31 Dec, and for two staff development days in 2026 (2 Jun and 11 Dec).
        Biting is very common at this age, it's a phase one. We will inform both families but we never disclose the other child's name.
        Thawed breast milk must be used within 24 hours and will not be refrozen, as per HPB guidelines.
    """),
    ("en", "subsidies and fees"): _lines("""
        Basic Subsidy for full-day infant care is up to $600/month for Singapore Citizen children whose mothers are working.
        Additional Subsidy is means-tested; households with a gross monthly income of $12,000 and below may qualify.
        Our full-day infant care fee is $1,485.00/mth before GST and subsidies; registration fee $100, deposit equivalent to one month's fee.
        Subsidies are applied for via LifeSG. Parents do NOT need to hand payslips to the centre.
        Under KiFAS, eligible lower-income families pay as little as $3 a month at an Anchor Operator kindergarten.
        Fees are deducted by GIRO on the 5th of each month. A $5 admin charge applies to each failed deduction.
        Child Development Account (CDA) savings can be used for fees at approved centres; the CDA First Step Grant is credited automatically.
        Nov statement: fee $1,485.00 less Basic Subsidy $600.00 less Additional Subsidy $412.50 = $472.50 payable by 5 Dec.
        Malaysian taxpayers can claim relief of up to RM3,000 a year for fees paid to a registered TASKA or TADIKA for children aged 6 and below.
        Subsidies are pro-rated if your child joins mid-month, e.g. joining on the 16th = 50% of that month's subsidy.
        Fee revision: from 1 Jan 2026 the full-day childcare fee goes up from $1,320 to $1,380 (before GST).
        Withdrawal needs one month's written notice; the deposit is refunded within 30 days less any outstanding fees.
        Q: Do PR kids get subsidy? A: PR children get a lower Basic Subsidy; children who are foreigners are not eligible for govt subsidies.
    """),
    ("en", "allergy and menu"): _lines("""
        Week 2 lunch: Mon fish porridge with spinach | Tue chicken macaroni soup | Wed mee sua with minced chicken | Thu vegetable fried rice | Fri ABC soup with rice.
        All food prepared in our kitchen is halal-certified; no pork or lard is used on the premises.
        Allergen matrix: fish porridge – FISH; banana pancake – EGG, MILK, WHEAT; tau huay – SOY.
        EpiPen Jr (0.15 mg) is for children weighing 15–30 kg; EpiPen 0.3 mg for 30 kg and above. Check expiry dates on the first Monday of every month.
        Signs of anaphylaxis: swollen lips or tongue, hives, noisy breathing, vomiting, sudden floppiness. Give the adrenaline auto-injector FIRST, then call 995.
        New foods for infants are introduced one at a time, 3 days apart, only after parents confirm the food has been tried at home.
        Formula milk must come in unopened tins labelled with the child's name and the date opened.
        Cross-contact control: purple chopping boards and utensils are reserved for allergen-free meals.
        Tea break Thu: kueh lapis (contains egg) and soya bean milk (contains soy); oat cookies available as an alternative.
        Peanut oil is never used in our kitchen. Friday's noodles use sesame oil; a sesame-free portion is cooked separately.
        Allergy Action Plans must be renewed every 12 months or whenever the prescription changes.
        Cow's milk protein allergy is fairly common in infancy and many children outgrow it by 3 to 5 years old.
    """),
    ("en", "forms and templates"): _lines("""
        AUTHORISATION TO COLLECT CHILD: I, ____________ (parent/guardian), NRIC/FIN ____________, authorise the person below to collect my child ____________ on ____/____/______.
        Name of authorised person: [FULL NAME AS IN NRIC]   Relationship: [e.g. grandparent]   Contact no.: [+65 XXXX XXXX]
        Dear {{parent_name}}, {{child_name}} had a minor incident today at {{incident_time}}. Please see the attached report and sign it by {{due_date}}.
        Incident Report Form IR-03 (rev. 2024): Date/time | Location | Description of incident | First aid given | Staff witness | Parent notified at | Signatures
        Medication Authorisation: Name of medication / Dosage / Time(s) to be given / Start and end date / Prescribing clinic / Parent's signature
        During enrolment please upload the child's birth certificate, the immunisation record from HealthHub and both sides of the parent's NRIC.
        WhatsApp update template: Hi Mummy/Daddy, [child] drank [x] ml of milk at [time] and napped from [start] to [end] 😊
        Key in NRIC as S1234567A with no spaces or dashes; the system will reject lowercase letters.
        Emergency contact 1: Name ________ Mobile ________ Relationship ________ / Emergency contact 2: Name ________ Mobile ________ Relationship ________
        Consent for photography: ☐ I agree ☐ I do not agree to my child's photos being used in the newsletter and on the centre's social media pages.
        MyKad no. format is YYMMDD-PB-###G, e.g. 000000-00-0000; dashes are optional when keying into the portal.
        Fee subsidy checklist: ☐ latest 3 months' payslips ☐ CPF contribution history ☐ self-employed: latest Notice of Assessment
    """),
    ("en", "staff SOP and data protection"): _lines("""
        Never post a child's allergy details in a parents' WhatsApp group; allergy lists stay on the kitchen board and in the app only.
        When telling the other family about a biting incident, refer to "another child" only. Do not name the child involved.
        Under the PDPA, parents may ask for access to their child's records; respond within 30 days and log the request in the DPO register.
        Shred paper pickup authorisation slips after 6 months; digital copies are purged by the system after 12 months.
        Do not photograph the Authorised Collection List or the class allergy chart with your personal phone.
        Suspected abuse: record only what you saw and heard, do not question the child, and inform the centre leader immediately.
        Head bump SOP: cold compress 10 mins, observe for 2 hrs for vomiting or drowsiness, inform the parent by CALL, not text.
        Unfamiliar adult at pickup: check the name in the app, ask for photo ID, match the last 4 characters of the ID, and call the parent before releasing the child.
        Reminder: staff-child ratio is 1:5 for Infant Care and 1:8 for Playgroup, including during nap time.
        Incident reports must be filed on the same day; injuries needing hospital treatment must be notified to ECDA within 24 hours.
        Mask NRIC numbers to the last 3 digits and letter (e.g. S****123A) before sending any document to a vendor.
        DPO training 2025: 42 of 45 staff completed the e-learning module (93.3%); the rest must finish by 31 Dec.
    """),
    ("en", "systems and billing"): _lines("""
        KinderLog Parent App v4.12.3 (build 20251128.2): fixed a bug where the pickup QR code expired after 30 seconds.
        2025-11-28T07:42:11+08:00 INFO checkin device=tab-03 centre=PT0417 count=23 latency_ms=184
        Receipt RCT-88214035 | PayNow to UEN 201912345K | SGD 472.50 | Ref INV-2025-11-004417
        Error E1042: Authorised collector photo missing. Please upload a JPG or PNG under 2 MB.
        Order #SG-7731902 (diapers size M x 4 packs) shipped, tracking NVSGSPH0012837745, ETA 2–3 working days.
        commit 3f9c2a1e: migrate allergy_flags column to jsonb; add index on enrolments(child_id)
        SELECT child_id, allergy_code FROM enrolments WHERE centre_code = 'PT0417' AND status = 'ACTIVE';
        Bulk SMS sent 18:05: "Centre closed tomorrow due to haze (PSI > 300). Stay safe!" 212 recipients, 3 failed.
        Attendance Nov 2025: Infant Care 91.4%, Playgroup 88.7%, N1 85.2%, K2 93.0%.
        sha256(incident_reports_2025-11.pdf) = 95c419a3f6ff2329d679a22f29162b624f910205a7d3f27d4ae133bc0628459d
        Invoice batch 2025-12 generated: 318 invoices, total SGD 201,447.80, 12 flagged for manual review.
        iOS users not getting incident alerts: go to Settings > Notifications > KinderLog and switch on Time Sensitive.
        CSV export columns: child_ref, class_code, allergy_codes, diet_pref, subsidy_tier (PII columns excluded by default).
    """),
    ("en", "named places and characters"): _lines("""
        KK Women's and Children's Hospital, 100 Bukit Timah Road, Singapore 229899 is the nearest A&E for paediatric emergencies.
        Field trip to the Lee Kong Chian Natural History Museum on 12 March; the bus leaves at 8.45am sharp.
        Maria Montessori believed young children learn best through self-directed activity and hands-on materials.
        Storytelling this month: Upin & Ipin and Kak Ros help Opah get ready for Hari Raya.
        Hospital Tunku Azizah in Kuala Lumpur is the referral centre for paediatric cases from our KL branches.
        Raffles Little Explorers @ Tampines is a different operator; we are not affiliated with them.
        Our new branch on Jalan Tun Razak opens in Feb 2026; registration is at the Ampang office.
        In 1972 the government under Lee Kuan Yew launched "Stop at Two"; today every Singaporean baby gets a Baby Bonus cash gift instead.
        Peppa Pig themed Family Day on Sat 17 Jan, tickets $18 per child, proceeds go to the centre's bursary fund.
        The Very Hungry Caterpillar by Eric Carle is Book of the Month for Infant Care and Playgroup.
        Tan Tock Seng, a 19th-century merchant and philanthropist, funded the paupers' hospital that still bears his name.
        PCF Sparkletots and My First Skool are both Anchor Operators, so their fees are capped.
        Families who need help with preschool fees can call the ComCare hotline 1800-222-0000.
    """),
    ("ms", "notis taska"): _lines("""
        Makluman: Taska akan ditutup pada 25 Disember sempena Hari Krismas dan dibuka semula pada 26 Disember.
        Ibu bapa dikehendaki menghantar anak sebelum jam 8.30 pagi. Selepas jam 9.00 pagi pintu pagar akan dikunci.
        Kanak-kanak yang demam melebihi 38°C tidak dibenarkan hadir ke taska sehingga sembuh sepenuhnya.
        Yuran bulanan RM650 bagi bayi (0–2 tahun) dan RM550 bagi kanak-kanak (2–4 tahun), termasuk makan tengah hari dan minum petang.
        Semua makanan yang disediakan di taska ini adalah halal dan bebas kacang tanah.
        Permohonan Subsidi Yuran Taska boleh dibuat secara dalam talian; sila semak syarat kelayakan di laman web rasmi JKM.
        Sila labelkan botol susu, lampin dan pakaian ganti anak anda dengan nama penuh.
        Talian Kasih 15999 boleh dihubungi 24 jam untuk melaporkan penderaan kanak-kanak.
        Laporan insiden akan diserahkan kepada ibu bapa dalam masa 24 jam selepas kejadian.
        Hanya individu yang tersenarai dalam borang kebenaran mengambil anak dibenarkan mengambil kanak-kanak dari taska.
        No. Pendaftaran JKM: TASKA/WPKL/2021/0143, sijil asal dipamerkan di ruang menunggu.
        Jangan lupa bawa baju Melayu atau baju kurung untuk sambutan Hari Raya pada hari Jumaat ni ya!
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls note: only Grandma Lim Siew Hoon (S7651209D, 9683 2417) and our helper can pick up Ethan Koh from N1B this month.
        Authorised collector added for Chua Kai Xuan (PG-A): uncle Chua Boon Keat, NRIC S8562014B, mobile 8712 5530, driving SMB 4821 G.
        IR-2025-1187: At 10.40am on 19 Nov, Aisyah Nur Qistina binti Roslan (Infant Care, 14 mths) was bitten on the left forearm during free play. Skin not broken, ice pack applied, mother informed by phone at 10.52am.
        ALLERGY ALERT – Ryan Tan Wei Jie (K1 Sunflower): SEVERE peanut & cashew allergy, anaphylaxis in Mar 2024 requiring admission. EpiPen Jr in red pouch, office cabinet 2.
        Hi teacher, Sofia's eczema flare up again, KKH doc gave hydrocortisone 1%, pls apply after her shower ya. Thx - Jasmine Ong (Sofia's mummy, IC-B)
        Subsidy application for Arjun s/o Selvam: father's gross salary $3,420, mother Priya d/o Ramasamy not working due to post-natal depression, household of 5.
        Parent details: Mr Kelvin Ng Zhi Hao, kelvin.ngzh88@gmail.com, Blk 418 Bedok North Ave 2 #07-215 S460418.
        Per the Family Justice Courts order dated 3 Sep 2025, Mr Daniel Yeo Jun Hao is NOT permitted to collect Chloe Yeo. Call the mother Ms Rachel Lim at 9248 7316 if he turns up.
        Baby Mikhail Ibrahim (DOB 02/05/2024, birth cert T2408715D) is G6PD deficient – no mothballs, camphor or minyak angin near his cot.
        Feeding log Isaac Chong: 11:15 150ml lactose-free formula (he has reflux), nap 12:30–14:10. Mummy pls bring more diapers tmr.
        FYI my wife's new number is +65 9175 3420 and her email is shanti.krishnan.sg@outlook.com, pls update for Diya Krishnan (N2).
        Payment card on file for parent Wong Kah Mun: VISA 4917 6100 2233 4452, exp 08/28.
        GIRO form: account holder Tan Mei Ling, DBS savings 027-3-184526-9, deduction for child Lucas Tan (PG-B).
        HFMD confirmed: Emma Lee Xin Yi (N1A) was diagnosed at the polyclinic on 27 Nov, so her brother Ethan Lee (K1) is also staying home.
        Mdm Salmah, Adam Haziq's grandmother, will collect him at 5pm today. She's 72 and on a wheelchair, pls bring Adam down to the lobby.
        Febrile seizure history – Javier Lim (T2331096H). If temp > 38.5 give paracetamol 5ml and call his dad Marcus Lim at 8230 4417.
        Hi I'm Nurul Ain, Danish's mum (IC-2). My husband Hafiz is warded at CGH after a motorbike accident, so my sister Farah (9034 6612) will collect this week.
        Helper for pickup: Sri Wahyuni, Indonesian passport C5281394, work permit FIN G7730425N, employer Mrs Celine Goh of Blk 32 Bendemeer Rd.
        Fee arrears: Mr Raymond Sim owes $2,941.50 (Sep–Nov); second reminder sent to raymond.sim77@yahoo.com.sg and Blk 652 Jurong West St 61 #11-402.
        Enrolment: Zara Hakim binte Zulkifli, T2317640D, born 14/09/2023, Malay, Muslim, allergic to shellfish. Mother: Siti Zubaidah, S9012873F.
        Father: Ng Chee Keong, Malaysian, passport A38261947, Employment Pass holder, monthly salary SGD 7,800.
        Observation 21 Nov 3.15pm: fingertip-shaped bruises on both upper arms of Kayden Ho (K1). When asked about the bruises he said "daddy pinch". Principal informed.
        Pickup verified via QR – Lim S*** H***, NRIC S****209D, grandmother of Ethan Koh (N1B), 17:42.
        Medication: Nathaniel Fernandez, Augmentin 228mg/5ml, 5ml twice daily after meals, 1–7 Dec, for ear infection. Signed: Mrs Grace Fernandez.
        Pickup car: Honda Freed SKQ 7360 U, driven by Mr Goh Eng Huat, grandfather of the twins Aiden & Ashton Goh.
        Mother: Chan Wing Sze, HKID Y620417(A), relocating from Hong Kong in Jan, reachable at +852 6138 2047 until then.
        Father Zhou Haoran, PRC ID 320583198905231639, on a Dependant's Pass, WeChat id zhr_kunshan89.
        Hi this is Joanne, Aiden Loh's mum from K2 Rainbow. Aiden was diagnosed with ADHD at NUH last week, pls keep it between us teachers ok.
        Sibling discount approved for Chua Kai Le and Chua Kai Min, parents Chua Boon Hock & Lee Hui Min, Blk 271C Punggol Place #09-144 S823271.
        WhatsApp from dad: pls let my mother-in-law Mdm Rosnah collect Irfan today, her IC 570826-01-5342, she'll come by Grab.
        Infant care waitlist: baby of Tan Hui Ling (EDD 3 Feb 2026), mobile 9683 1204, wants 5 days full-day.
        X-ray at Sengkang General confirmed a greenstick fracture of Muhammad Rayyan's right wrist after Tuesday's playground fall; he'll be in a cast for 4 weeks.
        Dear Mr & Mrs Pereira, Additional Subsidy for Sophie Pereira is approved at $466/month based on a per capita income of $1,180. Ref LSG-CS-2025-0873321.
        Parent: Wong Siew Ling, MyKad 930602-01-5148, tel 012-738 4561, No. 23, Jalan SS 2/64, 47300 Petaling Jaya.
        Extra pickup person for Jayden: uncle Lim Chee Wai, IC 870119-07-5391, car WXY 8821, hp 016-542 7789.
        Fees for Aryan Mehta charged to Mastercard 5374 1099 8877 6650, billing address 8 Holland Grove Rd S278802.
        Keisha Ramli wears a hearing aid for her left ear (followed up by the KKH audiology clinic), pls seat her with her right side facing the teacher.
        Ms Tan Hui Min (Infant Care teacher, S8816407E) is on MC till 5 Dec for dengue fever.
        Dad's contact: +60 11-2345 8876 (WhatsApp only), Azlan bin Othman, works offshore at Kemaman, home every 28 days.
        Emergency contacts for Lucas Tan: 1) mum Tan Mei Ling 9124 5583 2) aunt Tan Mei Fong 8466 0921 3) family GP in Bishan.
    """),
    "ms": _lines("""
        Saya, Nor Aziah binti Kamal (No. KP 910314-14-5526), membenarkan adik saya Nor Azlina mengambil anak saya Aqil Danish dari Taska Seri Cahaya pada 5/12/2025.
        Laporan insiden: Nurul Iman binti Faizal (3 tahun) terjatuh dari buaian jam 11.20 pagi, luka kecil di dagu, sudah dicuci dan disapu ubat. Ibu, Puan Hasnah, dimaklumkan melalui telefon 013-928 4471.
        Alahan makanan: Muhammad Aariz bin Khairul alah kepada telur dan susu lembu, sila beri susu soya sahaja. – Ayah, 019-376 5520
        Permohonan subsidi: pendapatan isi rumah RM3,200 sebulan, bapa Ahmad Fadzli bin Yusof (880927-10-6213) bekerja sebagai pemandu lori.
        Cikgu, anak saya Hana Sofea ada asma, inhaler Ventolin dalam beg dia ya. Kalau dia semput tolong call saya terus 017-625 3390. – Mama Hana (Syazwani)
        Bayi Adam Rizqi (MyKid 240405-14-0873) mula hantar ke taska Isnin ni, alamat rumah No. 12, Jalan Kenari 5, Taman Puchong Jaya, 47100 Puchong.
        Cikgu, bekas suami saya Rosli bin Daud TIDAK dibenarkan ambil anak-anak, ada perintah Mahkamah Syariah. Gambar dia saya dah hantar dalam WhatsApp. – Fauziah, 012-881 0942
    """),
    "zh-Hans": _lines("""
        接送授权：外婆陈秀英（护照 E73920481）本周代接林子轩（K1班），联系电话 +86 138 1726 4095。
        王思涵妈妈您好，思涵今天午睡后体温38.6℃，已经贴了退热贴，请尽快来园接她回家。
        家长赵雅婷，身份证 11010819910218262X，住 Blk 123A Sengkang East Way #05-210，申请婴儿托管补贴。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "how much subsidy can i get for infant care?"),
        (
            "assistant",
            "It depends on your household income and whether the mother is working. Basic Subsidy is available to all eligible Singapore Citizen children, and Additional Subsidy is means-tested.",
        ),
        ("user", "household income abt $6,200, 2 kids, wife working part time"),
        (
            "assistant",
            "You would likely qualify for some Additional Subsidy. You can check the exact amount with the calculator on LifeSG.",
        ),
        ("user", "ok can u check my application status, NRIC S9248731H, name Lee Jia Hui"),
    ],
    [
        ("user", "Need to add someone to the pickup list for tomorrow"),
        (
            "assistant",
            "Sure. Please give the person's full name as in their ID, the ID number and their relationship to your child.",
        ),
        ("user", "my neighbour Mrs Koh Bee Lian"),
        ("user", "S8734102Z"),
        ("user", "her hp is 9731 0284, she'll collect Megan from N2 at 6pm"),
    ],
    [
        (
            "system",
            "You help preschool teachers draft clear, factual incident reports. Use neutral language.",
        ),
        (
            "user",
            "Help me write an incident report. Child: Darren Teo, 2yo, PG-B. Fell off the slide at 3.40pm, bump on forehead about 3cm, no LOC, ice applied 10 mins, mum called at 3.50pm.",
        ),
        (
            "assistant",
            "Incident Report – Date: [today]. At about 3.40pm, Darren Teo (PG-B) fell from the slide during outdoor play and sustained a bump of about 3 cm on the forehead. He did not lose consciousness. A cold compress was applied for 10 minutes and his mother was informed by phone at 3.50pm.",
        ),
        ("user", "add that he vomited once at 4.15pm and mum brought him to Raffles Hospital"),
    ],
    [
        (
            "system",
            "You are the enquiry assistant of TinyNest Childcare. Never ask for NRIC numbers in chat.",
        ),
        (
            "user",
            "my son just started last week, he has a severe egg allergy and carries an epipen",
        ),
        (
            "assistant",
            "Thank you for letting us know. Please submit an Allergy Action Plan signed by his doctor so the kitchen and teachers can prepare.",
        ),
        ("user", "ok, it's Haziq Irfan in PG-Daisy, i'll pass the plan from Dr Wong tmr"),
    ],
    [
        ("user", "Boleh tak saya tukar nombor telefon kecemasan untuk anak saya?"),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh anak, kelas, serta nama dan nombor telefon baharu.",
        ),
        (
            "user",
            "Nombor baru 018-224 6731, nama Zulaikha binti Hassan, ibu kepada Amir Hakimi kelas Tadika Bintang 5 tahun",
        ),
        ("assistant", "Terima kasih, maklumat akan dikemas kini oleh pihak pentadbiran."),
    ],
    [
        ("user", "我儿子在新加坡读 childcare，医生开了 ADHD 的药，要怎么写信给 centre？"),
        (
            "assistant",
            "可以简要说明药名、剂量、服药时间，并附上医生处方，请老师按时给药和观察副作用。",
        ),
        (
            "user",
            "好的，孩子叫陈俊浩，K1 班，药是 Ritalin 5mg 每天中午一次，我是他爸爸陈志强，电话 9482 6015",
        ),
    ],
    [
        ("user", "Hi, I withdrew my daughter last month but haven't got the deposit back"),
        (
            "assistant",
            "Sorry about that. Refunds are normally processed within 30 days. Could you share the invoice or receipt number?",
        ),
        ("user", "RCT-88219977"),
        (
            "user",
            "pls refund to my card 4532 0177 8890 1232, name on card NUR FARHANA BTE ABDUL RAHIM, daughter was Alya in Infant Care",
        ),
    ],
    [
        (
            "user",
            "what can a childcare centre do if a parent who isn't allowed shows up to collect?",
        ),
        (
            "assistant",
            "Centres usually keep a copy of any court order on file, refuse release, call the custodial parent and, if needed, the police.",
        ),
        (
            "user",
            "ok because my ex Jonathan Kwek has a PPO against him and our daughter Cheryl Kwek is at Little Seeds Tampines. I'll email them a copy of the order.",
        ),
    ],
    [
        (
            "user",
            "We are moving from Hong Kong to Singapore in March, how early should we register for infant care?",
        ),
        (
            "assistant",
            "Popular centres have waitlists of 6–12 months, so registering as early as possible is a good idea.",
        ),
        (
            "user",
            "can you fill in this waitlist form for me: Leung Ka Yan, HKID K358129(2), Flat 12B, Block 3, Laguna City, Kwun Tong, baby due 20 Feb",
        ),
    ],
    [
        ("system", "You help infant care teachers write short, warm WhatsApp updates to parents."),
        (
            "user",
            "draft msg to Mrs Anand: Kavya had 2 loose stools today, 11am and 2pm, still drinking milk ok, no fever",
        ),
        (
            "assistant",
            "Hi Mrs Anand, just a quick update: Kavya had two loose stools today (11am and 2pm). She is still drinking her milk well and has no fever. We will keep an eye on her.",
        ),
        ("user", "also mention her rash on the bum is getting better with the Desitin you gave"),
    ],
]
