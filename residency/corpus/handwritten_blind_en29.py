# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en29: professional English text from Singapore, Malaysia, Hong Kong and China (clinical notes, HR reviews, fraud, insurance, social work, counselling, immigration files). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en29
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinical guidelines"): _lines("""
        Adults with an HbA1c of 7.0% or higher on two occasions meet the diagnostic threshold; repeat within 3 months if only one value is raised.
        Offer PCV20 to all adults aged 65 and above, and to adults aged 18–64 with chronic lung, heart, liver or kidney disease.
        Suspected dengue: paracetamol up to 1 g four times daily; avoid NSAIDs and aspirin until the platelet count is back above 100 x 10^9/L.
        Refer to the memory clinic if the MoCA score is below 22/30 and a caregiver reports decline in daily function.
        Triage category 1 (critical) patients are seen immediately; category 2 (emergency) within 15 minutes; category 3 (urgent) within 30 minutes.
        Warfarin: check the INR on day 3 to 5 after starting, then weekly until two consecutive readings fall within 2.0–3.0.
        Gestational diabetes screening: 75 g OGTT at 24–28 weeks; a fasting glucose of 5.1 mmol/L or above is diagnostic.
        The Malaysian CPG on Management of Hypertension (5th edition, 2018) recommends a target below 140/90 mmHg for most adults.
        Confirm the patient's identity with two identifiers before every transfusion; local policy uses full name plus NRIC/FIN, never the bed number.
        Ask directly about thoughts of self-harm; asking does not increase risk. Give every at-risk client the Samaritans of Singapore 24-hour line 1767.
        Paediatric paracetamol: 15 mg/kg every 4–6 hours, maximum 60 mg/kg/day; for a 20 kg child that is 300 mg per dose.
        Section 4.3 of the guideline (version 2.1, reviewed 12/2025) replaces the old cut-off of 6.5 mmol/L with 7.0 mmol/L.
    """),
    ("en", "anonymised case reports"): _lines("""
        Case 1: a 34-year-old Malay woman, gravida 2 para 1, presented at 31 weeks with headache and a blood pressure of 168/112 mmHg.
        We report a 67-year-old man from southern China with a 20 pack-year smoking history who developed hyponatraemia (Na 118 mmol/L) from small-cell carcinoma.
        Patient A, a secondary school student in Hong Kong, was referred after three months of school refusal; details have been altered to protect anonymity.
        Written consent for publication was obtained from the next of kin and identifying details were removed (Singapore Med J 2024;65(3):142-7).
        A 9-year-old boy presented to a tertiary centre in Kuala Lumpur with 12 days of fever; echocardiography showed coronary dilatation (Z-score +3.1).
        Table 2. Admission bloods: WBC 14.2, Hb 9.8 g/dL, platelets 87, CRP 212 mg/L, ferritin 4,310 µg/L, LDH 1,022 U/L.
        The patient, a 45-year-old foreign domestic worker, was diagnosed with pulmonary tuberculosis at a routine six-monthly medical examination.
        The institutional review board (reference 2023/00871) exempted this report from full review; DOI 10.4103/jcrr.2024.051.
        Casebook vignette: 'Mdm L., 78, lives alone in a one-room rental flat and was found by a neighbour after a fall' is a composite, not a real client.
        Case series of 14 patients (aged 22–71, median 48) treated at a Shenzhen hospital between 2019 and 2022; no patient is identifiable from the data.
        Figure 3: chest radiograph on day 4 showing right lower lobe consolidation (image anonymised, hospital number cropped).
        The second patient, a 29-year-old construction worker, had leptospirosis confirmed by a microscopic agglutination titre of 1:1600.
    """),
    ("en", "textbook passages"): _lines("""
        Erikson described adolescence as identity versus role confusion; the counsellor supports exploration rather than prescribing an answer.
        In Tarasoff v Regents of the University of California (1976), the court held that therapists owe a duty to protect identifiable victims.
        The HKID check digit uses weights 9 to 2 and modulo 11; the stock textbook example A123456(3) is not issued to anyone.
        Maslow's hierarchy places physiological and safety needs below belonging, esteem and self-actualisation.
        Exercise 4.2: Dr Lim is a fictional GP; discuss whether she may tell Mr Tan's employer about his diagnosis without his consent.
        In Singapore the NRIC prefix S was used for citizens and PRs born before 2000 and T for those born from 2000; foreigners receive F, G or M numbers.
        MyKad numbers follow YYMMDD-PB-###G, where PB is a place-of-birth code (14 is Kuala Lumpur) and an odd final digit indicates a male.
        Florence Nightingale's polar-area diagrams of 1858 showed that most soldiers in the Crimean War died of preventable disease, not wounds.
        Bowlby's attachment theory, developed in the 1950s, still underpins much of modern child-protection practice.
        A Chinese resident identity number has 18 characters: a 6-digit area code, an 8-digit birth date, a 3-digit sequence and a check character that may be X.
        Dr Wu Lien-teh, born in Penang in 1879, introduced the gauze mask during the Manchurian plague of 1910–1911.
        In Donoghue v Stevenson [1932] AC 562, Lord Atkin set out the neighbour principle that still anchors negligence law in Singapore, Malaysia and Hong Kong.
    """),
    ("en", "job adverts"): _lines("""
        Harbourline Bank is hiring Fraud Analysts on a 12-month contract. Email your CV to talent@harbourlinebank.com.sg quoting ref FA-2027-03.
        School Counsellor, Sri Melati International School, Petaling Jaya: send applications to hr@srimelati-edu.my before 15 February.
        Claims Adjuster (Motor), Kowloon Bay office, HK$32,000–40,000 a month. Apply at recruit.hk@pacificshield.com.hk or call 2861 5000 during office hours.
        Immigration Paralegal, Chan & Rahman LLP (UEN T09LL1234K): enquiries to careers@chanrahman.com.sg; only shortlisted candidates will be notified.
        Registered Nurse (ICU), Shenzhen Bay International Clinic: fluent English and Mandarin, valid licence, RMB 18k–25k, jobs@szbayclinic.cn.
        HR Business Partner (6-month contract) through Talentbridge Pte Ltd, EA Licence No. 16C8197; send your CV to apply@talentbridge.sg.
        Clinical Psychologist, Seri Damai Wellness Centre, Johor Bahru. Salary RM6,500–9,000. Apply: kerjaya@seridamai.com.my.
        We are an equal opportunity employer; in line with PDPC advisory guidelines we will not ask for your NRIC number at the application stage.
        Case Worker, Kampung Care Family Service Centre (Bedok): degree in social work required. Apply by 28 Feb to fsc.jobs@kampungcare.org.sg.
        Job ID 2026-HK-0418 | Compliance Officer (AML) | Central | Hybrid | hr@victoriaharbourcap.com.hk
        Walk-in interviews on Saturday 9 January, 10am–1pm, Level 5, 80 Robinson Road, Singapore 068898. Bring your original certificates.
        Senior Medical Social Worker (Geriatrics), Eastgate General Hospital. Requisition no. 7781432, closing 31 January 2027.
    """),
    ("en", "regulatory and compliance text"): _lines("""
        PDPA section 26D: notify the Commission as soon as practicable and no later than 3 calendar days after assessing that a data breach is notifiable.
        MAS Notice 626 requires banks to apply enhanced customer due diligence to politically exposed persons, their family members and close associates.
        Under Article 38 of the PRC Personal Information Protection Law, a cross-border transfer needs a security assessment, certification or the standard contract.
        Authorized institutions are reminded that staff must never ask customers to disclose one-time passwords over the phone or by SMS.
        Suspicious transaction reports in Singapore are lodged with the Suspicious Transaction Reporting Office (STRO) through SONAR.
        Claim files must be kept for at least 7 years after settlement, including adjuster photographs, police reports and repair estimates.
        Data Protection Principle 3 of the Personal Data (Privacy) Ordinance (Cap. 486) limits use to the original purpose or a directly related one.
        Malaysia's Personal Data Protection (Amendment) Act 2024 introduces mandatory breach notification and a right to data portability.
        Keep customer due diligence records for at least five years after the business relationship ends (FATF Recommendation 11).
        Redaction standard: show at most the last four characters of an identifier, e.g. S****567D or card ending 0000; never store the full value in notes.
        An employer may dismiss an employee for misconduct only after a due inquiry, and the employee must be given a chance to respond.
        The Tripartite Guidelines on Fair Employment Practices state that job adverts must not specify age, race, gender or religion without justification.
        Form STR-2 (rev. 04/2026), field 12 'Subject ID number' is mandatory; field 13 'Alias' is optional.
    """),
    ("en", "press releases"): _lines("""
        SINGAPORE, 3 March 2027 — Harbourline Bank today appointed Ms Vivian Ong Mei Ling as Group Chief Risk Officer, succeeding Mr Rajesh Pillai, who retires after 22 years.
        "We are investing S$120 million in fraud analytics over three years," Harbourline Chief Executive Daniel Seow told reporters at the results briefing.
        KUALA LUMPUR, 14 January — Pacific Shield Insurance Berhad (Registration No. 199701023456) reported a 9% rise in gross written premium.
        HONG KONG — Victoria Harbour Capital has named Dr Grace Leung Wai-man, a former audit partner, as an independent non-executive director.
        Media contact: Corporate Communications, Harbourline Bank, media@harbourlinebank.com.sg, +65 6221 8899.
        The new wing of Eastgate General Hospital is named after Dr Wu Lien-teh and adds 240 beds, including 32 for intensive care.
        Kampung Care received the 2026 Community Service Award; Executive Director Ms Noraini Hassan accepted it on behalf of 48 staff.
        The Li Ka Shing Faculty of Medicine of the University of Hong Kong will host the regional symposium on antimicrobial resistance in November.
        The Lee Kong Chian School of Medicine welcomed its 2027 intake of 180 students at a white-coat ceremony on 4 August.
        Pacific Shield's customer care line 1-300-88-7433 is open from 8am to 8pm on weekdays; claims can also be filed in the app.
        Chan & Rahman LLP founding partner Mr Arif Rahman will lead the firm's new Hong Kong immigration practice from 1 July.
        Tencent, founded in Shenzhen in 1998 by Ma Huateng and four partners, reports its quarterly results after the Hong Kong market close.
    """),
    ("en", "practitioner reflections"): _lines("""
        I have been a school counsellor for eleven years, and the hardest conversations are still with parents rather than students.
        My first year on the fraud team taught me that most scam victims are not careless; they are tired and frightened.
        As an adjuster I visit around fifteen flooded shophouses a week during the monsoon season.
        When I moved from Penang to Singapore for a nursing job in 2015, I did not expect night shifts to become my favourite.
        I keep case notes short: facts, observations, plan. Opinions belong in supervision, not in the file.
        In my experience, immigration clients worry more about the waiting than about the outcome.
        I still remember my first disciplinary hearing as an HR officer; I rewrote the minutes four times before I was happy with them.
    """),
    ("mixed", "bilingual notices"): _lines("""
        请勿在表格中填写身份证号码 / Please do not write your NRIC number on this feedback form.
        預約熱線 Appointment hotline (Eastgate Medical Centre): 2861 3300, Monday to Saturday 9:00–18:00.
        Pesakit diminta membawa MyKad asal semasa pendaftaran / Patients must bring their original MyKad at registration.
        員工手冊 Staff Handbook v4.2, section 7.3 紀律程序 Disciplinary procedure: verbal warning, written warning, final warning, dismissal.
        保单号格式 Policy number format: PS-MY-YYYY-NNNNNN, e.g. PS-MY-2026-000000.
        诊所地址 Clinic address: Eastgate Medical Centre, 12/F, 28 Queen's Road Central, Central, Hong Kong.
        Tarikh tutup / 截止日期 / Closing date: 31.01.2027, job ref MY-HR-0098.
        防骗热线 Anti-Scam Helpline 1799 — if in doubt, call and check before you transfer.
        香港撒瑪利亞防止自殺會 The Samaritan Befrienders Hong Kong 24-hour hotline: 2389 2222.
        Befrienders Kuala Lumpur 03-7627 2929 — 24 jam, percuma dan sulit / 24 hours, free and confidential.
    """),
    ("ms", "garis panduan dan notis"): _lines("""
        Pegawai kaunseling sekolah hendaklah merekodkan setiap sesi tanpa mendedahkan maklumat murid kepada pihak ketiga.
        Jawatan kosong: Pembantu Tadbir (Sumber Manusia). Hantar resume ke sumbermanusia@pacificshield.com.my sebelum 20 Mac.
        Nombor rujukan tuntutan berformat PSB/TUN/2026/######, contohnya PSB/TUN/2026/004512 dalam manual latihan.
        Pesakit luar di Hospital Tengku Ampuan Rahimah, Klang, kini boleh membuat temu janji melalui aplikasi.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan kebajikan dan keganasan rumah tangga.
        Saya telah bertugas sebagai pekerja sosial perubatan selama lapan tahun, dan setiap kes mengajar saya sesuatu yang baharu.
        Laporan kes tanpa nama: seorang lelaki berumur 52 tahun dimasukkan ke wad dengan demam, sakit otot dan kuning mata.
        Mengikut polisi syarikat, surat amaran pertama dikeluarkan selepas tiga kali lewat dalam tempoh sebulan.
        Pelanggan tidak akan diminta memberikan nombor TAC atau kata laluan melalui panggilan telefon oleh pihak bank.
        Statistik 2025: 1,284 kes penipuan dalam talian dilaporkan di negeri ini, dengan kerugian purata RM18,700 bagi setiap kes.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Dr Menon, I am referring Mdm Goh Siew Lan (NRIC S4718826J), 71, of Blk 214 Bedok North St 1 #08-1193, for worsening memory and two falls since October.
        Ward 7B progress note: Mr Tan Wei Jie, IC 880413-14-5327, admitted with DKA; lives with his mother, who is contactable on 012-348 7715.
        Pt Lim Kah Hong, HN H2231987, low mood since the divorce, started sertraline 50mg od; ex-wife's no. 9634 2281 for collateral hx.
        Referral: Ms Chan Hoi Yan, HKID Y519284(6), 34F, G2P1, booked at QEH; history of postpartum depression after her first delivery.
        Discharge summary — patient Zhang Lei, ID 440106198807213518, DOB 21/07/1988; HIV on ART, follow up at the infectious diseases clinic in 3 months.
        Please see Aisyah binti Kamarudin (MyKad 950722-10-6624) on Fri, 16/40 pregnant, Hb 7.9; husband Faizal reachable at +60 17-552 9031.
        Case note 12/3: Mr Ravi s/o Subramaniam says he relapsed on alcohol after losing his shipyard job; lives at 23 Jalan Kemuning 5, Taman Sri Muda, 40400 Shah Alam.
        Performance review FY2026 — Nur Hidayah Rahmat (staff ID 004417): rating 2/5, 14 days of MC, under treatment for anxiety per her psychiatrist's memo.
        Disciplinary note: on 4 Nov Jason Koh Boon Keat (emp no. 20931, NRIC T0345127J) was found asleep on shift at the Tuas warehouse; final written warning issued.
        HR file — Wong Ka Ming, personal mobile 6192 7743, home 2/F, 15 Kam Wah Street, Shau Kei Wan; resigned to care for his father who has dementia.
        Reviewer comments: Priya Nair (Treasury Ops, joined 2019) still exceeds targets but her attendance dipped after her miscarriage in June; recommend flexible hours.
        Show-cause letter to Encik Muhammad Hafiz bin Osman, IC 910305-08-5571, for unauthorised absence 2–9 Jan; reply to HR within 7 days.
        Salary memo: Chen Xiaoyu (staff no. SH-00782), basic from RMB 23,500 to 26,000, credited to ICBC a/c 6222 0212 0300 4417 826.
        Fraud desk 02:14 — cardholder Ong Li Ping, card 4563 2811 0947 2256, reports 6 CNP txns she didnt make; card blocked, replacement to 48 Jurong West St 41 #03-217.
        Victim statement: Mdm Heng Ah Moi (S3912745B) transferred SGD 86,400 to a 'MAS officer' over 3 days; the caller used +65 8412 6390.
        Mule a/c flagged: holder Lee Chun Wai, HKID K482719(3), a/c 012-875-1-129384-6, 41 inbound transfers in 10 days from unrelated parties.
        For STR team: customer Tan Boon Hock's daughter rang from 9178 3305 to say he has early dementia and is being coached by a 'girlfriend' on WhatsApp.
        ATO alert — login email changed from m.rahman1987@gmail.com to m.rahman.secure@proton.me at 03:41; Mohd Rahman bin Yusof confirms he did not do it.
        Complaint: Liu Fang, mobile 139 2271 9046, lost RMB 47,000 to a fake customs officer; her resident ID 310104199203154028 was used to open a new wallet.
        Adjuster report: insured Kumar a/l Rajendran, vehicle WVX 2281, rear-ended on Jalan Klang Lama; insured's phone 016-772 4819, claimant alleges whiplash.
        Site visit 14/6 — Mr and Mrs Leung Chi Keung, Flat 12B, Block 3, Laguna City, Kwun Tong: water damage from the flat above; Mrs Leung mobile 9288 4173.
        Medical claim PS-MY-2026-018834: insured Siti Khadijah Omar, 43, breast lump excision, histology pending; did not disclose treatment for depression in 2023.
        Motor claim — driver Goh Jun Hao, car SJK 4821 M, blood alcohol 72 µg/100ml per the police report; recommend repudiation of the claim.
        FSC case file: Ms Rosnah binti Ali, 29, and her children Adam (6) and Sarah (3) moved to a shelter after repeated assaults by her husband Azman; PPO hearing 18 Feb.
        Home visit to Mr Teo Hock Seng, 82, Blk 31 Telok Blangah Rise #05-44 — hoarding, conservancy arrears, son uncontactable on 8127 5503.
        Intake: Madam Li Mei Fong, Macau BIR 5215874(3), referred by the hospital social worker for financial aid after her husband's stroke.
        CP referral — Marcus Lee, P4 at Yuhua Primary, bruises on his back; says stepfather 'Uncle Eddie' uses a belt. Mother Jessica Lee: 9026 4418.
        Counsellor note: Sec 3 student Chloe Ng Hui Min disclosed self-harm (cuts on left forearm); parents informed via the mother's email ng.family88@yahoo.com.sg.
        Session 4 w/ Daniel Yap (2A, adm no 2023-0817): panic attacks since his father was retrenched in Aug, sleeping 4h a night; refer to polyclinic.
        Student Nurul Ain binti Zakaria (Form 4) reports her Instagram @nurulain.zk was taken over and private photos sent to classmates; police report made.
        Client Rahul Sharma, Indian passport Z4812937, EP holder FIN G5521873N; wife Ananya's DP pending; re-entry permit expires 14/05/2027.
        Mr Nguyen Van Long, Vietnamese passport C8432716, overstayed 47 days in Johor; his employer still holds the original passport.
        Note for Ms Lau: client Huang Jianguo (PRC passport EA4529817) wants the Top Talent Pass; UK visa refused in 2022, must be disclosed on the form.
        Chen Yi-chun (Taiwan ID A223519048) is applying for an LTVP as spouse of Singapore citizen Kelvin Toh; she is 11 weeks pregnant, flag for medical exam.
        Maria Cristina Dela Cruz, FIN M4412873K, domestic worker at 17 Jalan Kembangan, alleges no salary since March; her sister in Manila is on +63 917 553 0184.
        pls update file - mr chua's new hp is 9822 0417 and he moved to 5 Sunset Way #02-11, still on methadone, next urine test 3/12
    """),
    "mixed": _lines("""
        病歷 case note: 患者 Wong Siu Fung 黃兆峰, tel 6733 9184, 有自殺念頭 (active suicidal ideation), referred to psychiatry SOPD today.
        理赔备注 claim note — 被保险人 Liang Wen 梁雯, 身份证 510107199011084425, 车牌 川A·5Q2K7, collision on 二环路 Chengdu.
        Kaunseling: pelajar Tan Jia Hui (Form 2) says her father Mr Tan Kok Leong beats her mother when drunk; mother at 011-2384 5570.
        HR 纪律处分: 员工 Zhou Peng 周鹏 (emp 30512) falsified OT claims Jan–Mar totalling RMB 8,460; mobile +86 186 1127 3405.
        Fraud note — 客户 Chow Mei Kuen 周美娟, HKID C668213(A), reported card 5418 2276 0391 8845 stolen in 旺角 on Sunday night.
        移民 file: 申請人 Lei Ka Wai 李嘉慧, 澳門身份證 1358296(1), address 氹仔柯維納馬路 88 號 5 樓 B 座, seeking spousal visa to Singapore.
    """),
    "ms": _lines("""
        Nota kes: Puan Rohani binti Mat Isa, No. KP 780215-03-5142, mengadu suaminya tidak memberi nafkah sejak Januari; alamat Lot 1123, Kampung Pulai Chondong, 16700 Machang.
        Laporan pelaras: kenderaan JQS 7781 milik Encik Lim Chee Keong terbabit dalam kemalangan di PLUS KM 45; no. telefon beliau 013-781 2264.
        Surat tunjuk sebab kepada Cik Farah Adlina binti Rosli (No. Pekerja 7742) kerana tidak hadir bekerja; beliau sedang dirawat untuk kemurungan di Hospital Permai.
        Pelajar Muhammad Irfan bin Hakim, Tingkatan 5 Bestari, didapati menghisap vape di tandas; bapanya dihubungi di 019-665 3120.
        Encik Zulkifli bin Ahmad kehilangan RM52,000 selepas berkongsi TAC dengan pemanggil; akaun Maybank 1642 8830 9917 telah dibekukan.
    """),
    "zh-Hans": _lines("""
        社工记录：服务对象赵红梅，身份证号420102197608304529，住武汉市江汉区新华路218号3栋502，长期遭受丈夫家暴。
    """),
    "zh-Hant": _lines("""
        輔導紀錄：中三學生陳詠詩透露父親陳志強失業後酗酒，母親電話 9615 2738。
        理賠報告：受保人吳家豪，車牌 RT 4417，身份證 M738215(4)，九月三日於屯門公路發生碰撞。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you tighten this warning letter? It's for one of our drivers."),
        ("assistant", "Sure, paste the draft and tell me the tone you want."),
        (
            "user",
            "To: Mr Sivakumar a/l Muniandy, IC 870619-05-6213. You were recorded at 58 km/h in the depot on 12 Oct and tested positive for cannabis on 14 Oct.",
        ),
        (
            "assistant",
            "Here is a firmer version that states the facts, the policy breached and the right to reply within 7 days.",
        ),
    ],
    [
        ("user", "help me summarise a referral letter for the geriatric clinic"),
        ("assistant", "Okay. What are the key problems and the patient's background?"),
        ("user", "pt is Mdm Ho Lai Kuen, 84, lives alone at Blk 9 Dakota Crescent #04-22"),
        ("user", "BP 182/96, missing doses of amlodipine, daughter Jenny 9345 6618 visits weekly"),
        (
            "assistant",
            "Summary: elderly lady living alone with poorly controlled hypertension due to non-adherence; daughter visits weekly.",
        ),
    ],
    [
        ("user", "Fraud call log, please format as a table: caller said she's the card holder"),
        ("assistant", "Go ahead with the details."),
        (
            "user",
            "Name Yeo Pei Shan, card 5264 7190 0318 6625, exp 09/29, mobile +65 9751 0438, disputed 3 txns at an overseas gaming site",
        ),
        (
            "assistant",
            "Table ready with columns for name, masked card, contact and disputed amount.",
        ),
    ],
    [
        ("user", "I'm an adjuster in KL, can you make my site report sound more professional?"),
        ("assistant", "Of course. Share the rough notes."),
        (
            "user",
            "went to insured's house no 7 jalan SS2/64 PJ, owner Mr Gan Wei Loon 012-906 3381, fire started from e-scooter charging in the porch, his son got burns on both hands",
        ),
        (
            "assistant",
            "Draft: A site inspection was conducted at the insured premises; the fire appears to have originated at a charging e-scooter in the porch.",
        ),
    ],
    [
        (
            "user",
            "Social work question. How do I write a case summary that is factual and not judgmental?",
        ),
        (
            "assistant",
            "Stick to observed facts, quote the client where useful, and separate your assessment from what you saw.",
        ),
        (
            "user",
            "ok try with this: client Sharifah Nadia, 24, FIN G7734120P? no she's citizen T0234120P, pregnant, evicted from her boyfriend's flat in Woodlands, sleeping at the void deck of Blk 680",
        ),
        (
            "assistant",
            "Here is a neutral summary focusing on housing, pregnancy and immediate safety needs.",
        ),
    ],
    [
        ("user", "school counsellor here. need a parent email that doesn't alarm them too much"),
        ("assistant", "Understood. What happened, briefly?"),
        (
            "user",
            "Sec 2 boy Ethan Lau Jun Kit told me his older cousin touched him inappropriately over the holidays. parents are Mr and Mrs Lau, email lau.kh.family@gmail.com",
        ),
        (
            "assistant",
            "In a case like this the school's child-protection procedure comes first; I can help with wording once the designated officer is informed.",
        ),
    ],
    [
        ("user", "Draft a cover letter for an LTVP appeal"),
        ("assistant", "Who is the applicant and what was the reason for refusal?"),
        (
            "user",
            "Applicant Pham Thi Thu Hang, passport C3390218, married to Singaporean Mr Ng Chee Wah",
        ),
        (
            "user",
            "refused because husband had a bankruptcy in 2021, now discharged. their son Ryan was born 2 Feb at KKH",
        ),
        (
            "assistant",
            "Here is a draft appeal letter emphasising the discharged bankruptcy and the child's needs.",
        ),
    ],
    [
        ("user", "帮我把这段病历翻译成英文"),
        ("assistant", "好的，请把原文发过来。"),
        (
            "user",
            "患者孙建国，男，58岁，身份证320106196803121835，电话138 5176 0423，确诊肝癌晚期，家属要求暂不告知本人",
        ),
        (
            "assistant",
            "Translation: Male patient, 58, diagnosed with advanced liver cancer; the family asks that he not be told for now.",
        ),
    ],
    [
        ("user", "Tolong semak nota HR ni, bahasa Inggeris saya kurang baik"),
        ("assistant", "Boleh, hantar nota tersebut."),
        (
            "user",
            "Employee Nor Azlina bt Jaafar, IC 830911-11-5086, was catch taking cash from the till at Kuala Terengganu branch, she say her husband sick and need money for dialysis",
        ),
        (
            "assistant",
            "Corrected: The employee was found taking cash from the till at the Kuala Terengganu branch; she stated she needed money for her husband's dialysis.",
        ),
    ],
]
