"""Blind check set en27: Singapore and Malaysia public-sector and healthcare English (polyclinic and hospital SMS, CPF/EPF and HDB letters, MOE and NS notices, court summons, police reports, case notes). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en27
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "government press releases"): _lines("""
        Minister for Health Ong Ye Kung said on Tuesday that Healthier SG enrolment has passed 1.4 million residents, about a third of them through the polyclinics.
        Prime Minister Anwar Ibrahim tabled Budget 2025 in the Dewan Rakyat with an allocation of RM45.3 billion for the Ministry of Health.
        Health Minister Datuk Seri Dr Dzulkefly Ahmad told reporters in Putrajaya that the ministry will convert 4,000 contract medical officers to permanent posts.
        From 1 January 2026 the CPF monthly salary ceiling rises to $8,000, completing the step-up announced in Budget 2023.
        EPF declared a dividend of 6.30% for conventional savings for 2024, a total payout of RM73.24 billion to members.
        MOH Press Release 2025/0412: MediShield Life premium subsidies will be extended for the 2026 policy year; details at www.moh.gov.sg.
        Issued by the Ministry of Manpower, 18 Havelock Road, Singapore 059764, on 2 December 2026.
        For media queries only, please contact the MOH Media Relations desk at 6325 9220 during office hours.
        Police arrested 23 men and 7 women, aged between 17 and 64, for their suspected involvement in a series of job scams islandwide.
        Education Minister Desmond Lee visited Bendemeer Primary School to launch the refreshed Character and Citizenship Education syllabus.
        SCDF responded to about 245,000 emergency medical service calls in 2024, an average of 671 calls a day.
        MFA Press Statement No. 112/2025: Minister for Foreign Affairs Dr Vivian Balakrishnan will visit Kuala Lumpur from 3 to 5 June.
    """),
    ("en", "parliamentary Hansard"): _lines("""
        Parliament No. 15, Session 1, Volume 96, Sitting No. 8, Tuesday, 14 October 2025.
        Mr Speaker: Order. Question No. 14, Mr Leong Mun Wai.
        The Minister for National Development (Mr Chee Hong Tat): Sir, HDB received 12,500 applications for the 4,600 flats offered in the October exercise.
        Ms Sylvia Lim (Aljunied) asked the Minister for Home Affairs how many magistrate's complaints were filed in each of the last three years.
        Mr Pritam Singh (Leader of the Opposition): Can the Minister clarify whether full-time national servicemen injured in training are covered in full?
        The Senior Minister of State for Health (Dr Janil Puthucheary): The median waiting time for a first specialist outpatient appointment was 38 days.
        Healthcare Services (Amendment) Bill, Bill No. 31/2024, presented by the Minister for Health and read the first time.
        Column 1423, Division: the Ayes 77, the Noes 9, Abstentions 0; the Bill was accordingly read a third time and passed.
        Mr Lee Kuan Yew (Tanjong Pagar): Sir, I beg to move, That the Bill be now read a Second time.
        Dr Lim Wee Kiak (Sembawang) asked the Minister for Defence what is the average number of NSmen deferred each year for overseas studies.
        Mr Deputy Speaker: The Member's time is up. Minister, would you like to respond to the two clarifications?
    """),
    ("en", "public health statistics"): _lines("""
        Weekly Infectious Diseases Bulletin, E-week 32 of 2025: 142 dengue cases, 18 fewer than the previous week.
        The resident total fertility rate stayed at 0.97 in 2024, the same as in 2023.
        The 26 polyclinics recorded about 6.3 million attendances in FY2024, up 4% from FY2023.
        Table 4.2: age-standardised diabetes prevalence among residents aged 18 to 74 rose from 8.6% to 9.5%.
        Life expectancy at birth in 2024: 83.5 years overall, 81.2 for males and 85.6 for females.
        NHMS 2023 found that 15.6% of Malaysian adults had diabetes and 29.2% had hypertension.
        Median waiting time for admission to a ward at Tan Tock Seng Hospital was 6.2 hours in week 40.
        Case fatality rate 0.08% (3 deaths among 3,811 notified cases); cells with fewer than 5 persons are suppressed.
        ICD-10 reference: E11.9 type 2 diabetes mellitus without complications; I10 essential hypertension; J06.9 acute upper respiratory infection.
        The National Mindline 1771 handled about 41,200 calls and webchats in its first year of operation.
        Row 17 of the census extract: Chinese, female, 65-69, Bedok planning area, 12,040 persons.
        Bed occupancy at Ng Teng Fong General Hospital averaged 94.1% in the third quarter, against a national figure of 92.3%.
    """),
    ("en", "HDB policy explainers"): _lines("""
        Under the Standard, Plus and Prime framework, Plus and Prime flats come with a 10-year minimum occupation period.
        The Pinnacle@Duxton at 1G Cantonment Road has 1,848 flats across seven 50-storey blocks linked by sky bridges.
        HDB Hub is at 480 Lorong 6 Toa Payoh, Singapore 310480; walk-in customers need an e-Appointment.
        The resale levy for households buying a second subsidised flat after selling a 4-room flat is $40,000.
        Sample letter reference HDB/SALES/2026/000123 - your own reference appears on My Flat Dashboard.
        Flat type codes used on the application form: 2R, 3R, 4R, 5R, EX and 3Gen.
        The Lease Buyback Scheme lets owners aged 65 and above sell part of the remaining lease back to HDB and top up their CPF RA.
        Ethnic Integration Policy block limits: Chinese 87%, Malay 25%, Indian and Others 15%.
        Mr and Mrs Tan in this FAQ illustration are a fictional couple earning $7,200 a month; your grant amount will differ.
        Toa Payoh was the first satellite town fully planned by HDB, with Blk 53 hosting Queen Elizabeth II during her 1972 visit.
        Rumah Selangorku units are priced from RM42,000 to RM250,000 depending on type and location.
        BTO launch, February 2026: about 4,600 flats in Bayshore, Tengah, Woodlands and Sembawang; applications close on 17 February.
    """),
    ("en", "school curriculum documents"): _lines("""
        PSLE scoring: each subject is graded in Achievement Levels AL1 to AL8, so the total score ranges from 4 to 32.
        Full Subject-Based Banding replaces the Express, N(A) and N(T) streams with G1, G2 and G3 subject levels from the 2024 Secondary 1 cohort.
        O-Level Mathematics (syllabus 4052), Paper 2: 2 hours 30 minutes, 100 marks, calculators allowed.
        Literature set texts: To Kill a Mockingbird by Harper Lee, Animal Farm by George Orwell and The Coffin Is Too Big for the Hole by Kuo Pao Kun.
        CCE Lesson 7: discuss why Yusof Ishak was chosen as Singapore's first President and why his portrait appears on our currency notes.
        KSSR Year 4 Sejarah covers the founding of the Malacca Sultanate by Parameswara around 1400.
        Worksheet 3B: Ali buys 3 pencils at $0.45 each and a ruler at $1.20. How much change does he get from $5?
        MOE school calendar 2026: Term 1 runs from Friday 2 January to Friday 13 March.
        Secondary 3 History Unit 2: the Japanese Occupation, the Sook Ching operation and Lim Bo Seng's role in Force 136.
        Marking rubric for the Primary 6 continuous writing: Content 20 marks, Language and Organisation 20 marks.
        Exam scripts carry the centre number and index number, e.g. SA1234/0042 in this specimen; candidates copy theirs from the admission card.
        Primary 5 Science theme Cycles: reproduction in plants and animals, and the water cycle.
    """),
    ("en", "history"): _lines("""
        Sir Stamford Raffles landed at the mouth of the Singapore River on 28 January 1819 and signed a treaty with Sultan Hussein on 6 February.
        On 9 August 1965 Lee Kuan Yew announced Singapore's separation from Malaysia at a televised press conference.
        Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957, crying Merdeka seven times.
        Tan Tock Seng, a Malacca-born merchant, gave $5,000 in 1844 towards a hospital for the poor on Pearl's Hill.
        Elizabeth Choy was detained by the Kempeitai for 193 days in 1943 for smuggling aid to internees at Changi.
        Kandang Kerbau Hospital delivered 39,835 babies in 1966, a figure that entered the Guinness Book of Records.
        The National Service (Amendment) Act 1967 required male citizens aged 18 to register, and the first batch of 9,000 enlisted that year.
        Tan Kah Kee founded the Singapore Chinese High School in 1919 on Bukit Timah Road.
        The Hock Lee bus riots broke out on 12 May 1955 along Alexandra Road.
        In its first five years from 1960, HDB completed more than 54,000 flats.
        P. Ramlee directed Ibu Mertuaku in 1962 at the Malay Film Productions studio on Jalan Ampas.
        Dr Ismail Abdul Rahman served as Malaysia's Deputy Prime Minister until his death in 1973.
    """),
    ("en", "public service notices and hotlines"): _lines("""
        Singapore Police Force: call 999 in an emergency, 1800 255 0000 for the Police Hotline, or submit information online at police.gov.sg/iwitness.
        CPF Board call centre: 1800 227 1188, Monday to Friday, 8.30am to 5.30pm.
        ScamShield Helpline 1799 is run by the National Crime Prevention Council and answers 24 hours a day.
        Samaritans of Singapore 24-hour hotline: 1767; SOS CareText on WhatsApp: 9151 1767.
        Talian Kasih 15999, or WhatsApp 019-261 5999, for domestic violence, child abuse and welfare matters.
        KWSP Contact Management Centre: 03-8922 6000.
        SMS template: Reminder: your appt at <clinic> on <date> <time>. Reply Y to confirm or call the clinic to change.
        Pre-enlistees born in 2008 will receive their registration notice by post and must register through the CMPB e-services.
        Government SMS messages come only from the sender ID gov.sg; we will never ask you to click a link to pay a fine.
        Singpass helpdesk: 6335 3533, daily 8am to 8pm except public holidays.
        Jabatan Pendaftaran Negara headquarters: No. 20, Persiaran Perdana, Presint 2, 62551 Putrajaya.
        Queue number A1043 please proceed to Counter 7.
    """),
    ("en", "forms, templates and sample values"): _lines("""
        NRIC field: enter as in the example S1234567D, with the checksum letter at the end and no spaces.
        Mobile number must start with 8 or 9 and have 8 digits, e.g. 9123 4567 (sample only).
        CPF e-Submission sandbox test employer: CSN 199912345A-PTE-01; do not use live employer numbers in UAT.
        Your Lazada order No. 9183 4420 5516 has arrived at the Tampines Hub pickup point and will be held for 7 days.
        Invoice INV-S8123456 from Guardian Pharmacy: Panadol Extra 20s, $7.95, GST inclusive.
        ISBN 978-981-4385-04-1 on the back of the history workbook is the publisher's code, not a student number.
        MediSave claim code CDMP-DM01 covers diabetes under the Chronic Disease Management Programme.
        Bus service 961 runs from Woodlands Temporary Interchange to Marina Centre via the Bukit Timah Road.
        Employers register new workers with EPF using Borang KWSP 3 within 7 days of hiring.
        Magistrate's Arrest Case numbers look like MAC-900123-2025; the one shown here is illustrative.
        HealthHub app v5.18.2 release notes: fixed appointment reminders not showing for some NUP clinics.
        MyKad number format: YYMMDD-PB-####, where PB is the place-of-birth code, e.g. 14 for Kuala Lumpur.
    """),
    ("en", "first-person forum posts"): _lines("""
        Queued almost 2 hours at the polyclinic for a flu jab today, bring a book because the Q system was down.
        The AL scoring for PSLE is so confusing compared with the T-score back in my day.
        I ORD-ed years ago and still get ICT letters every year, anyone else in an armour unit?
        Used the HDB Resale Portal last month; the whole thing took about 8 weeks from option to completion.
        My CPF LIFE estimate on the app jumped after I topped up under the matching grant, worth checking yours.
        Honestly the nurses at the A&E were amazing even though the wait was six hours on a Sunday night.
    """),
    ("mixed", "Dewan Rakyat and agency notices"): _lines("""
        Dewan Rakyat, Parlimen Kelima Belas, Penggal Ketiga, Mesyuarat Pertama, Bil. 12, Rabu 5 Mac 2025.
        Tuan Yang di-Pertua: Yang Berhormat Menteri Kesihatan, sila jawab soalan nombor 7.
        Menteri Pendidikan Fadhlina Sidek said SPM 2025 results will be released in stages; check via MOE's portal, bukan melalui WhatsApp.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur: waktu melawat 12.30 tgh - 2.00 ptg dan 4.30 ptg - 7.00 mlm.
        KWSP reminder: Akaun Fleksibel withdrawals are processed within 3 working days via i-Akaun.
        Notis: Klinik Kesihatan Kelana Jaya akan ditutup pada 1 Mei 2026 (Hari Pekerja).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SingHealth Polyclinics: Dear TAN BEE LENG (S****512H), your appt at Bedok Polyclinic is on 12/01/2026 at 09:40AM. Reply Y to confirm.
        Reminder: Mr Muhammad Hafiz bin Rosli (S9534217F) - Diabetic Foot Screening, Tampines Polyclinic, 3 Feb 2026 2.15pm. Please bring your NRIC.
        NUH appt: Lim Kok Wah, MRN 2019-4471823, Cardiology Clinic 3A, echo on 22 Jan, fasting not required; son's contact 9011 2284.
        Dear Mdm Chua Siew Eng, NRIC S5712384J, your CPF LIFE monthly payout of $1,083 starts on 1 March 2026 and will be credited to POSB 188-45219-3.
        EPF: Encik Ahmad Faizal bin Osman, member no. 17743219, IC 850314-10-5527, your Account 2 housing withdrawal of RM4,500 has been approved.
        HDB to Mr Rajesh s/o Kumaran and Mdm Priya d/o Selvam, Blk 208C Punggol Place #12-341 S823208: resale application HDB/RSL/2025/118764 approved.
        Dear Parent of Chloe Ng Xin Yi (P4 Integrity), Chloe was absent 4-6 Nov without an MC. Our records show your mobile as 9678 3321; please call the form teacher.
        NS Notice: 3SG Jeremy Koh Wei Jie, NRIC T0023418B, to report for ICT at Kranji Camp III on 9 Mar 2026, 0700 hrs, 3 SIR.
        Pre-enlistee Aidan Pereira (T0712093D), 40 Upper Serangoon View #03-17, enlists at BMTC School II on 14 April 2026.
        SUMMONS to Ong Chee Meng, NRIC S7821954E, of 17 Jalan Kechubong, Singapore 456789: attend Court 4B, State Courts, 1 Havelock Square, 20 Jan 2026, 9.00am. Case MAC-904417-2025.
        Police report F/20251103/4418: complainant Nurul Aisyah binte Kamal, 29, says her ex-partner Daniel Tay (S9123876C) followed her from Yishun MRT to her flat at Blk 744 Yishun St 72.
        Case note 14/11: home visit to Mdm Goh Ah Lian, 81, lives alone at Blk 5 Upper Boon Keng Rd, early dementia; daughter Jenny (8133 2901) visits weekly; referred to AIC for day care.
        FSC case CN-2025-0871: Sarimah bte Yusof, single mother of three, SP Services arrears $2,340, husband in Changi Prison until 2027.
        Pt Tan Ah Huat 67M S5834221G adm Ward 76 TTSH, CKD stg 4, K+ 6.1, NOK wife 6284 5513
        pls call my mum mdm wong 96573318 if i dont pick up, she has the spare key to 311 clementi ave 4 #11-224
        Refund of $1,240 to Visa 4563 9812 3344 7710 (cardholder SITI NORHALIZA) for the cancelled KKH delivery package.
        ICA: Mr Vikram Nair, passport K3871204M, replacement issued 05/12/2025 after the loss was reported at Ang Mo Kio Police Division.
        Traffic Police: SMF 4417 K, registered owner Koh Beng Hock, 92 km/h on the PIE on 3 Oct; composition fine $300.
        MOM: work permit holder Rahman Md Shafiqul, FIN G7732914N, Tuas South Dormitory room 14-07, hospitalised at NTFGH with dengue.
        Please send the Edusave award letter to the parent, Mrs Jasmine Lau, at jasmine.lau.kh@gmail.com, not to the school portal.
        Complainant Serene Yap, 34, says the scammer's Telegram was @rynn_tan99 and she transferred $8,000 from her OCBC a/c 501-244892-001.
        MC issued to Farah Nadia binte Ismail, NRIC S9047712A, 3 days (2-4 Dec) for acute gastroenteritis, Ang Mo Kio Polyclinic.
        hi this is jun hao's mum, hes in 2E, been vomitting since morn so wont come sch today, my no is 9082 4471 if u need
        CHAS Blue: Mr Subramaniam Raju, S4912376D, card valid to 30/06/2026, per-capita household income $780.
        ComCare short-term assistance approved for Mdm Zainab bte Abdullah (S6701543I), $600/month x 3, paid into DBS 027-88214-7.
        Patient Chong Wai Keong, MyKad 780912-07-5513, Penang General Hospital, HbA1c 10.4%, referred to endocrine clinic, mobile +60 12-487 3390.
        row 88: Loo Siew Hong | +65 9742 1180 | lost $23,500 | UOB | police rpt A/20251021/7781
        Our client Mr Ivan Teo Kah Seng claims for injuries from the accident on 12 Aug at Jurong West St 91 involving your insured vehicle SLA 2209 C.
        Counsellor's note, Sec 2 Express: Ryan Lim (index 23) disclosed self-harm last week; mother Mrs Lim informed at 8288 0175 on 12 Nov.
        Reservist notice returned undelivered: NSman 2LT Benjamin Ho Zhi Wei, last known address 9 Jalan Rumia, Singapore 299762.
        ...and the IC is T0534912 something, last letter maybe J, name Cheryl Soh, she's the one who fell at the MRT
        CGH Specialist Outpatient Clinic B - Name: HASSAN BIN AHMAD  DOB: 14/07/1958  Appt: 08:30 06 Jan 2026  Clinic: Urology
        P1 registration Phase 2C: Jayden Tan Jun Wei, birth cert T1938762F, home at 22 Jalan Kemuning, Singapore 769868, applying to Rosyth School.
        IMH appt reminder for JOYCE SIM HWEE LING on 20/1 10:00 at Clinic B. Reply 1 to confirm. -IMH
        HDB: Mr Lee Chong Beng, Blk 58 Marine Terrace #04-75, mortgage arrears of $3,412.60 (3 months); counselling session fixed for 9 Dec.
        Family Justice Courts, PPO application FC/PPO 1882/2025: Wong Mei Xuan v Wong Kah Lok, next mention 8 January.
        Dorm medical centre: Sundar Rajan Murugesan, FIN F8831207K, chest X-ray clear, fit to return to work on 15 Dec.
        applicant: TAN SHU HUI / s8912764h / shuhui.tan89@hotmail.com / 9182-3305 / 5-rm Tampines St 83, appeal MOP waiver due to divorce
        Hi Mr Kwek, Kumar here from the RC, Mdm Low at #08-112 Blk 126 Bedok North fell again, her grandson's HP is 8765 2093
        Discharge summary: Nur Iman Qistina bte Rahmat, 3 y/o, KKH Ward 46, febrile seizure; mother's mobile +65 9320 7718.
        Teacher, my daughter Aisha Rahman in 3 Kindness has asthma; her inhaler is in her bag. Mum: aisharahman.mom@yahoo.com.sg
        NS defer application: Pte Marcus Chia Yong Sheng, T0289114C, NUS Medicine Year 1, next-of-kin father Chia Boon Kiat 9876 1120.
        Probation officer's report for Darren Ng Jun Kai, 17, of Blk 110 Rivervale Walk #06-58: attends ITE College East, father unemployed.
        epf statement for lee mun yee 920405-14-6618, balance rm 86,412.37, employer ceased contribution sept
    """),
    "mixed": _lines("""
        Hospital Sultanah Aminah: Temujanji Puan Lee Mei Ling, RN 0198822, Klinik Pakar Ortopedik, 17/02/2026 8.00 pagi. Sila bawa kad temujanji.
        Saman PDRM for WVX 8821, pemilik Mohd Khairul Anuar, IC 900721-14-6237, must settle by 30 Jan or court.
        JKM case: kanak-kanak Muhammad Aiman, 7, tinggal di No. 12 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam; bapa Azlan Hashim dalam tahanan.
        Pesakit Encik Rosli bin Hamzah, 63, IC 621104-05-5119, wad 5 Hospital Tuanku Ja'afar Seremban, stroke kanan, anak Faizah 013-772 4018.
        Bro, nanti WhatsApp my wife Suraya at +60 17-338 2291, she'll pass you my Maybank account 1141 2309 8812 for the duit.
        Surat MOE Malaysia: ibu bapa kepada Tan Kai Xuan (Tahun 5 Bestari), SJKC Chung Hwa, anak anda gagal hadir 12 hari; sila hubungi 016-420 5567.
        Laporan polis Balai Polis Dang Wangi: pengadu Kavitha a/p Raman, IC 880219-14-5032, kehilangan dompet dan kad ATM CIMB.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write an SMS to change my mother's polyclinic appointment?"),
        ("assistant", "Sure. Which polyclinic, and what are the current and preferred dates?"),
        (
            "user",
            "Clementi Polyclinic, now 14 Jan 9am, want 21 Jan. Her name Ng Swee Lan, NRIC S5219834C",
        ),
        (
            "assistant",
            "Draft: Please reschedule the appointment of Ng Swee Lan (S5219834C) at Clementi Polyclinic from 14 Jan 9am to 21 Jan.",
        ),
    ],
    [
        ("user", "I need to appeal to HDB for an extension of stay after selling our flat."),
        (
            "assistant",
            "I can draft it. What is the flat address and why do you need the extension?",
        ),
        (
            "user",
            "Blk 432 Hougang Ave 8 #05-1187. My wife Angela Seah is due in March and our new flat at Tengah only gets keys in May.",
        ),
        (
            "assistant",
            "Understood. I'll mention the pregnancy and the key collection date for the Tengah flat.",
        ),
        ("user", "add my mobile 9455 8120 and sign it Gerald Seah"),
    ],
    [
        ("user", "my son got his enlistment letter but he's still doing his diploma at NP"),
        (
            "assistant",
            "He can apply for deferment through CMPB. Would you like help drafting the letter?",
        ),
        (
            "user",
            "yes. Lucas Teo Jun Hong, T0631177G, Diploma in Engineering Science, graduates April 2027",
        ),
        (
            "assistant",
            "Here is a draft deferment request for Lucas Teo Jun Hong (T0631177G) until his graduation in April 2027.",
        ),
    ],
    [
        (
            "user",
            "Summarise this case note for the supervisor: client is Mdm Rosnah bte Said, 58, Blk 19 Jalan Tenteram.",
        ),
        ("assistant", "Please paste the rest of the note."),
        (
            "user",
            "Husband had a stroke in Aug, she stopped work to care for him, 2 months rent arrears, diagnosed with depression at IMH, on sertraline.",
        ),
        (
            "assistant",
            "Summary: Mdm Rosnah, 58, is the caregiver for her husband after his stroke, has rent arrears and is being treated for depression.",
        ),
    ],
    [
        ("user", "Translate this police statement into English for me please"),
        ("assistant", "Okay, send the text."),
        (
            "user",
            "Saya, Mohd Firdaus bin Jamil, IC 950623-01-6621, tinggal di No. 8 Jalan Angsana 2, 81200 Johor Bahru, telah ditumbuk oleh jiran saya.",
        ),
        (
            "assistant",
            "I, Mohd Firdaus bin Jamil, IC 950623-01-6621, residing at No. 8 Jalan Angsana 2, 81200 Johor Bahru, was punched by my neighbour.",
        ),
    ],
    [
        ("user", "how do i withdraw from EPF akaun 2 for my kid's university fees"),
        (
            "assistant",
            "You can apply through i-Akaun or at an EPF branch with the offer letter and fee statement.",
        ),
        ("user", "ok, its for my daughter Nurul Huda at UiTM Shah Alam. my IC 740508-10-5244"),
        ("user", "and pay to my Bank Islam acc 12093 01 0088217, name Zulkifli bin Hassan"),
        (
            "assistant",
            "Noted. Bring your IC, your daughter's offer letter and the bank statement for account 12093 01 0088217.",
        ),
    ],
    [
        ("user", "Help me write to my son's form teacher about his ADHD."),
        ("assistant", "Sure, what would you like the teacher to know?"),
        (
            "user",
            "He is Ethan Goh, Sec 1 Resilience at Bedok View Sec. Diagnosed ADHD at KKH last month, starting Ritalin 10mg.",
        ),
        (
            "assistant",
            "Draft: Dear Mrs Tan, I am writing about Ethan Goh in Sec 1 Resilience, who was recently diagnosed with ADHD...",
        ),
        ("user", "end with: you can reach me at 9231 6604, Vivian Goh"),
    ],
    [
        ("user", "I got a court summons, what does MAC mean?"),
        (
            "assistant",
            "MAC stands for Magistrate's Arrest Case. It is a criminal charge heard in the State Courts.",
        ),
        (
            "user",
            "the letter says: Accused Kelvin Lim Boon Hui, S8810452B, Case MAC-905562-2025, mention 15 Jan Court 7C",
        ),
        (
            "assistant",
            "Kelvin Lim Boon Hui should attend Court 7C at the State Courts on 15 January, bringing the summons and his NRIC.",
        ),
    ],
    [
        (
            "user",
            "Is this hospital bill right? Patient name Soh Hock Leong, bill no. SGH-IP-25-0099871",
        ),
        (
            "assistant",
            "I can help check it. What are the total, the MediShield Life claim and the MediSave deduction?",
        ),
        (
            "user",
            "Total $8,940, MediShield $5,120, MediSave $2,300 from his son's account Soh Wei Ming S8234901D",
        ),
        (
            "assistant",
            "That leaves $1,520 in cash to pay, assuming there is no Integrated Shield rider.",
        ),
    ],
]
