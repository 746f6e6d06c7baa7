# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en35: English academic and research text from universities and hospitals in Singapore, Malaysia, Hong Kong and China (author lists, acknowledgements, ethics approvals, case reports, thesis front matter, conference programmes, student administration, lab notebooks). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en35
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "author lists and affiliations"): _lines("""
        Wei Jie Koh¹², Suet Ling Chan¹, Ravindran Pillai³, Hui Min Tay¹⁴*
        ¹Department of Medicine, Yong Loo Lin School of Medicine, National University of Singapore, 10 Medical Drive, Singapore 117597
        ²Department of Microbiology, Li Ka Shing Faculty of Medicine, The University of Hong Kong, 21 Sassoon Road, Pokfulam, Hong Kong SAR, China
        *Corresponding author: Professor Tay Hui Min, Department of Medicine, NUS. E-mail: medtayhm@nus.edu.sg
        ³Faculty of Medicine, Universiti Malaya, 50603 Kuala Lumpur, Malaysia; ⁴Department of Surgery, Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru, Johor
        Authors' contributions: WJK and SLC conceived the study; RP performed the statistical analysis; HMT supervised the project and is the guarantor. All authors read and approved the final manuscript.
        School of Public Health, Sun Yat-sen University, 74 Zhongshan 2nd Road, Yuexiu District, Guangzhou 510080, China
        Lee Kong Chian School of Medicine, Nanyang Technological University, Clinical Sciences Building, 11 Mandalay Road, Singapore 308232
        Present address: Jockey Club School of Public Health and Primary Care, The Chinese University of Hong Kong, Shatin, N.T., Hong Kong.
        Competing interests: Prof. Lau has received speaker honoraria from Pfizer and AstraZeneca; the other authors declare no competing interests.
        †These authors contributed equally to this work and share first authorship.
        Received 14 March 2024; Revised 2 June 2024; Accepted 19 June 2024; Published online 8 July 2024
        Cite this article: Koh WJ, Chan SL, Pillai R, et al. Hepatitis B reactivation after rituximab in a multi-ethnic Asian cohort. Singapore Med J. 2024;65(7):391–398. doi:10.4103/singaporemedj.SMJ-2023-118
        West China Hospital, Sichuan University, No. 37 Guoxue Alley, Chengdu 610041, Sichuan, China
    """),
    ("en", "acknowledgements and funding"): _lines("""
        This work was supported by the National Medical Research Council (NMRC), Singapore, under its Clinician Scientist Award (MOH-CSAINV21jun-0004).
        Funding: Health and Medical Research Fund (HMRF), Health Bureau, HKSAR Government (Ref. 08193456) and Research Grants Council GRF 17102322.
        Supported by the National Natural Science Foundation of China (Grant Nos. 82173456 and 81970512) and the Guangdong Basic and Applied Basic Research Foundation (2022A1515012345).
        This study was funded by the Fundamental Research Grant Scheme (FRGS/1/2022/SKK06/UM/02/5), Ministry of Higher Education Malaysia.
        We thank the staff of the Clinical Research Centre, Hospital Raja Permaisuri Bainun, Ipoh, for their assistance with data collection.
        The authors would like to thank the Director General of Health Malaysia for his permission to publish this article.
        We are grateful to all the patients and families who took part in the study, and to the research nurses of the Tan Tock Seng Hospital Communicable Disease Centre.
        The funders had no role in study design, data collection and analysis, decision to publish, or preparation of the manuscript.
        Computational work for this article was performed on resources of the National Supercomputing Centre, Singapore (https://www.nscc.sg).
        We acknowledge the Centre for PanorOmic Sciences, LKS Faculty of Medicine, for sequencing support (NovaSeq run 240315_A01234_0187_BHKTW3DSX5).
        Grant expenditure to 30 Sep 2024: S$412,387.55 of S$650,000 (63.4%); manpower 71%, consumables 22%, travel 7%.
        Interim progress report, Project No. C7123-20G (RGC Collaborative Research Fund), reporting period 1 Jan 2023 – 31 Dec 2023: milestones 1–3 achieved, milestone 4 delayed by 6 months owing to reagent shortages.
        Special thanks to Sir Run Run Shaw Hospital, Zhejiang University School of Medicine, for access to its biobank.
    """),
    ("en", "ethics approvals and methods"): _lines("""
        Ethics approval was granted by the NHG Domain Specific Review Board (DSRB Ref: 2021/00862) with a waiver of informed consent for retrospective data.
        The study protocol was approved by the Institutional Review Board of the University of Hong Kong/Hospital Authority Hong Kong West Cluster (HKU/HA HKW IRB UW 22-318).
        Approved by the Medical Research Ethics Committee, University Malaya Medical Centre (MREC ID No: 2023112-13019) and registered with the NMRR (NMRR-23-01987-QWE (IIR)).
        Ethical approval: Medical Ethics Committee of the First Affiliated Hospital of Sun Yat-sen University ([2023]112); written informed consent was obtained from all participants.
        Trial registration: ClinicalTrials.gov NCT05512347; Chinese Clinical Trial Registry ChiCTR2300071234.
        Data were analysed with R 4.3.1 (lme4 1.1-35) and IBM SPSS Statistics 29.0; a two-sided P < 0.05 was considered significant.
        Participants (n = 1,284; 52.1% female) had a median age of 61 (IQR 54–68) years; 38.7% were Chinese, 31.2% Malay and 27.5% Indian.
        Multivariable logistic regression showed that HbA1c ≥8% was associated with higher odds of retinopathy (aOR 2.41, 95% CI 1.77–3.28).
        All identifiers (names, NRIC/FIN numbers, addresses, telephone numbers and hospital record numbers) were removed before the dataset was transferred to the analysis team.
        Pseudonymised study IDs were assigned by a trusted third party; the linkage key is held on an encrypted drive at SCRI and is never shared with the investigators.
        Sample size: assuming an effect size of 0.35, alpha = 0.05 and 80% power, 130 participants per arm were required, inflated to 150 to allow for 15% attrition.
        Participant Information Sheet v3.2 dated 05/01/2024, Section 9: "Your personal data will be kept confidential and will only be disclosed to the study team, the IRB and regulatory authorities."
        Inclusion criteria: adults aged 21–75 years with newly diagnosed type 2 diabetes; exclusion: eGFR <30 mL/min/1.73 m², pregnancy, or active malignancy.
    """),
    ("en", "de-identified case reports"): _lines("""
        A 47-year-old Malay man with a 10-year history of poorly controlled type 2 diabetes presented with a 3-day history of fever and right flank pain.
        Case presentation: A 7-month-old boy was referred to a tertiary paediatric centre in Hong Kong with failure to thrive and recurrent oral candidiasis.
        On examination, temperature was 38.9 °C, pulse 112/min and BP 96/58 mmHg; CT abdomen showed a 4.2 x 3.8 cm gas-forming lesion in the right kidney.
        Blood cultures grew Klebsiella pneumoniae (K1 serotype); he was treated with IV ceftriaxone for 6 weeks and made a full recovery.
        Written informed consent for publication of this case report and any accompanying images was obtained from the patient's parents. A copy is available for review by the Editor-in-Chief.
        Whole-exome sequencing identified a hemizygous IL2RG variant (c.865C>T, p.Arg289*), confirming X-linked severe combined immunodeficiency.
        A woman in her 60s from southern China presented with progressive dysphagia; endoscopy revealed a mid-oesophageal squamous cell carcinoma (cT3N1M0).
        Figure 2. Contrast-enhanced chest CT (identifying labels removed) showing bilateral ground-glass opacities with a crazy-paving pattern.
        Learning points: (1) consider melioidosis in diabetic patients from endemic regions with culture-negative sepsis; (2) prolonged eradication therapy reduces relapse.
        The patient, a construction worker in his 30s, had no relevant travel history and no known contact with animals.
        Identifying details (age, occupation and dates) have been altered to protect the patient's anonymity, in line with ICMJE recommendations.
        Table 1. Laboratory results on admission: Hb 9.2 g/dL (ref 13.0–17.0), WBC 18.6 ×10⁹/L, CRP 287 mg/L, creatinine 164 µmol/L.
    """),
    ("en", "thesis front matter"): _lines("""
        EPIGENETIC REGULATION OF HEPATOCELLULAR CARCINOMA IN AN ASIAN COHORT. A THESIS SUBMITTED FOR THE DEGREE OF DOCTOR OF PHILOSOPHY, DEPARTMENT OF PHARMACOLOGY, NATIONAL UNIVERSITY OF SINGAPORE, 2024
        DECLARATION: I hereby declare that this thesis is my original work and it has been written by me in its entirety. Name: ______________ Signature: ______________ Date: ____/____/______
        This thesis is dedicated to the memory of Dr Wu Lien-teh (1879–1960), the Penang-born physician whose work on pneumonic plague laid the foundations of modern epidemiology in China.
        Supervisor: Associate Professor Goh Beng Chuan, Department of Pharmacology; Co-supervisor: Dr Anita Menon, Genome Institute of Singapore, A*STAR.
        Examiners: Prof. Raymond Ho Kin-man (CUHK), Prof. Siti Zaleha Abdullah (UKM) and Dr Catherine Wee (Duke-NUS Medical School).
        Chapter 3  Materials and Methods ........................................ 47
        List of Abbreviations: AFP, alpha-fetoprotein; HBV, hepatitis B virus; HCC, hepatocellular carcinoma; NRIC, National Registration Identity Card; TACE, transarterial chemoembolisation.
        Copyright © 2024 by the author. All rights reserved. This thesis may be consulted through The HKU Scholars Hub (http://hub.hku.hk/).
        Abstract of thesis entitled "Antimicrobial Resistance in Community-acquired Pneumonia among Older Adults in Hong Kong", submitted for the degree of Master of Philosophy at The University of Hong Kong in August 2024
        Acknowledgements: I thank my supervisors for their patience, my labmates on MD6 Level 11 for the laughs, and the canteen aunties at Frontier for keeping me alive through Chapter 4.
        Word count (excluding references and appendices): 78,412. Similarity index (Turnitin): 9%.
        Parts of Chapter 4 have been published as: Koh WJ, et al. J Hepatol. 2023;79(2):311–320.
        This is to certify that the thesis has been approved by the Senate of Universiti Sains Malaysia in fulfilment of the requirements for the degree of Doctor of Philosophy. Dean, Institute of Postgraduate Studies.
    """),
    ("en", "conference programmes"): _lines("""
        08:30–09:00  Registration & Coffee (Foyer, Level 2, Clinical Research Centre, MD11)
        09:00–09:45  Keynote: "Lessons from SARS, 20 years on" – Prof. Raymond Ho Kin-man, Chair Professor of Respiratory Medicine, CUHK
        Parallel Session 3B – Infectious Disease Modelling (Seminar Room 2); Chair: Assoc Prof Ng Wai Keong (Duke-NUS)
        Wu Lien-teh Memorial Lecture 2024, Penang Medical College, Saturday 14 September, 4.00 pm; all are welcome, no registration required.
        Abstract submission deadline: 31 May 2025, 23:59 (GMT+8). Late submissions will not be considered.
        Registration fees: early bird S$450 (students S$180), standard S$580. Your payment reference will follow the format APMC2025-REG-#####.
        Poster P-042: Prevalence of myopia among primary school children in Selangor: a cross-sectional study (Universiti Kebangsaan Malaysia)
        Venue: Hong Kong Convention and Exhibition Centre, 1 Expo Drive, Wan Chai; nearest MTR: Exhibition Centre Station, Exit B3.
        Conference secretariat: APMC 2025, c/o Meeting Matters Pte Ltd, tel +65 6391 2280, secretariat@apmc2025.org
        Young Investigator Award finalists present in Hall 4A at 14:00; the winner receives US$1,000 sponsored by Roche Diagnostics.
        12:30–13:30  Lunch symposium sponsored by Novartis Corporation (Malaysia) Sdn Bhd, Kuala Lumpur Convention Centre, Room 408
        CME: 6 SMC CME points (Category 1A) have been approved for the full-day programme. Scan the QR code at the door to record attendance.
    """),
    ("en", "student administration"): _lines("""
        Your matriculation number (format: A0XXXXXXY) will be e-mailed to you after you accept the offer on the Applicant Portal.
        Please do NOT send your NRIC/FIN or passport scans by e-mail; upload them through EduRec > Admissions > Documents.
        Dear [Student Name] ([Matric No.]), your application for Leave of Absence for Semester [X], AY[20XX/XX] has been [approved/rejected].
        Registrar's Office, Level 5, University Hall, Lee Kong Chian Wing, 21 Lower Kent Ridge Road, Singapore 119077 (Mon–Fri 8.30am–5.30pm)
        Reminder: ModReg Round 1 for Semester 2 AY2024/25 opens on 9 Jan 2025, 12:00 pm and closes on 10 Jan 2025, 5:00 pm.
        Students with outstanding fees will not be able to view their results or register for courses. Fee enquiries: Student Service Centre, 6516 1010 (Mon–Fri).
        International students must hold a valid Student's Pass throughout their candidature; ICA processing takes up to 4 weeks, so apply via SOLAR+ early.
        For urgent mental health support, call the NUS Lifeline at 6516 7777 (24 hours) or the Samaritans of Singapore at 1767.
        Your HKU Student Number is a 10-digit number beginning with 30 (e.g. 30XXXXXXXX) and is printed on the back of your Student Card.
        Malaysian students: please ensure the name on your MyKad matches the name on your UPU offer letter, otherwise PTPTN disbursement will be delayed.
        Ticket #INC0847213 has been resolved: NUSNET password reset links now expire after 30 minutes.
        Attendance below 80% in any tutorial will result in a grade of "IC" (Incomplete). Medical certificates must be submitted within 3 working days.
        Grade distribution LSM1301, Sem 1 AY2024/25: A+/A 14%, A- 11%, B+ 18%, B/B- 31%, C+/C 19%, D/F 7% (n = 612).
    """),
    ("en", "lab notebooks"): _lines("""
        04/11/24 Western blot: anti-GAPDH 1:5000 (CST #2118), 100 V 60 min transfer, ECL exposure 30 s; band at ~37 kDa as expected.
        HeLa cells (ATCC CCL-2, passage 23) thawed from LN2 tank B, rack 4, box 2; split 1:6 into T75s.
        Mouse cohort B: C57BL/6J males, n = 12, ear tags 4471–4482, fasted 6 h before ipGTT (2 g/kg glucose).
        Lipofectamine 2000 (Thermo Fisher Cat. No. 11668019, Lot 2587412): 3 µL per well, 6-well plate; media changed at 6 h.
        qPCR run 2024-11-06_run03.eds on QuantStudio 5 (SN 272512345); ΔΔCt normalised to ACTB, 3 technical replicates.
        Analysis scripts pushed to gitlab.lab.hku.hk/micro/amr-pipeline, commit 9c4e1b7a2f03, tag v0.4.2.
        Pooled normal human serum (Sigma H4522, Lot SLCK1234) aliquoted 4 x 250 µL, -80 °C freezer #3, shelf 2, box 17, A1–A4.
        Autoclave log: cycle #8841, 121 °C for 20 min, indicator tape passed.
        PO-4500187723 to Bio-Rad Laboratories (Singapore) Pte Ltd: 2 x Mini-PROTEAN TGX gels, S$386.20 incl. 9% GST, ETA 12/11.
        NB: pLKO.1-shTP53 (Addgene #19119) sequence-verified with U6-F primer; Sanger trace saved in /data/seq/2024-11/.
        Flow: BD FACSCanto II, 10,000 events gated on CD3+CD4+; FlowJo v10.9 workspace saved as 241107_Tcell.wsp.
        Note to self: signed consent forms and the re-identification key stay in the locked cabinet in Room 07-14. Never scan them into this notebook.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Dr Goh, I'm Tan Wei Ling (A0214738M) from BN2102 T03. I was warded at NUH for dengue from 3-7 Nov so I couldn't submit the lab report, attaching my MC. Can I get an extension pls?
        Transcript extract: Muhammad Haziq bin Rosli, Matric No. 17204561/1, Faculty of Engineering, CGPA 1.87, status: Academic Probation (P1), Sem 2 2023/2024.
        Student's Pass for ZHANG Yuting (FIN G5129046T) expires on 14 Feb 2025; she needs to renew it before her oral defence or ICA will cancel her pass.
        I have supervised Mr Lau Chun Kit since 2021. In fairness to him I should mention that he was diagnosed with bipolar II disorder in Year 2, which explains the dip in his grades in 2022/23.
        11/09 09:40 fasting bloods from Ong Bee Leng (NRIC S8871520I), 2 x EDTA + 1 x SST; glucometer 9.8 mmol/L, flagged to Dr Siva as possible undiagnosed DM.
        Declaration signed by Chen Jiaxin (陈佳欣), HKU student no. 3035781124, DOB 17/06/1998; personal e-mail chenjx1998@163.com, mobile +86 138 2916 4705.
        Manpower: Research Assistant Siti Hajar binti Omar (IC 950714-10-5562), monthly salary RM 3,850 + EPF, contract ends 31.12.2024 and will not be renewed due to poor performance.
        Participant 014 (Mdm Wong Ah Mui, 72, Blk 115 Ang Mo Kio Ave 4 #08-1123, S560115) withdrew consent on 03/05; please destroy her saliva and DNA samples.
        Consent obtained from 陳志明 Chan Chi Ming (HKID K624019(4)), tel 9137 2846, for the knee OA trial; witnessed by RN Lee.
        Row 37: 李思远 Li Siyuan | 320506199909213018 | Soochow University, Clinical Medicine Class of 2021 | 15962318804 | BMI 31.4 | fatty liver on US
        Exchange student 林怡君 Lin Yi-chun (Taiwan ID F228419372), Hall 7 room 07-315-B; emergency contact: her father 林國華, +886 912 364 578.
        Re: visa support letter for Nguyen Thi Mai Anh, Vietnamese passport C4827193, DOB 12/03/1998, admitted to the MPH programme at HKU, Sept 2024 intake.
        Honorarium to be mailed to Encik Faizal bin Hassan, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. HP: 012-389 4471. Maybank a/c 1642 3318 0274.
        Recruitment log 03/09: contacted Wang Junjie (王俊杰) on WeChat (wjj_0415); HIV+ since 2019, on TLD, CD4 412, eligible for Cohort B.
        FYI, Ho Ka Wai (Year 3 Social Work) is on bail pending trial at Kowloon City Magistrates' Courts for last year's assault case, so please don't assign him to the youth centre placement.
        Patient Tan Kok Hwee, NRIC S****347J, Ward 56 Bed 12: C3 FOLFOX deferred, ANC 0.6. Daughter (Tan Li Ping) to be informed.
        Prof Lim, I got 38/100 for LSM3232 (F). I'm Rachel Teo, A0236614R. My mum passed away during exam week and I couldn't focus; can I appeal for a compassionate re-sit?
        Ms Wong Hoi Yan has been my PhD student at CUHK since 2020; her stipend is HK$17,800/month and she supports her mother, who has end-stage renal failure, on it.
        Healthy control HC-03 is my labmate Jason Yeo (DOB 02/11/1996) - he's G6PD deficient, so exclude his RBC data from the haemolysis assay!!
        Poster P-17: presenter Nur Aishah Zulkifli uses a wheelchair (spinal muscular atrophy); please arrange ramp access to Hall 4A. Her mobile is 017-662 0938.
        Mr Lee Jun Hao (A0198823W) has been granted Leave of Absence for Sem 1 AY2024/25 on medical grounds (major depressive disorder, IMH memo dated 12 Aug 2024).
        Outstanding fees: Priya d/o Ramesh, matric U2140387K, S$4,215.60 overdue since 15 Aug; course registration blocked until paid.
        Pls post the bound thesis receipt to Leung Tsz Ching, Flat 12B, Block 3, Laguna City, 15 Cha Kwo Ling Road, Kwun Tong, Kowloon (tel 6408 1957).
        Mailing address: Room 1702, 385 Tianhe Road, Tianhe District, Guangzhou 510620. Zhou Mingxuan, PhD candidate, tel 138 2647 1590, resident ID 440106199607236519.
        S/N 12 | Kavitha a/p Subramaniam | 880923-07-5246 | F | HbA1c 8.9% | on insulin | Klinik Kesihatan Jelutong
        Board of Discipline: Chua Yi Xuan (A0221087J) copied 34% of Chapter 2 of her FYP thesis from an unpublished manuscript; hearing set for 20 Jan, 2.30pm.
        Dr Farah Liyana told me in confidence that she's 14 weeks pregnant, so please take her off the P-32 labelling work without telling the others why.
        Questions about the survey? Contact the student investigator, Ho Jia Min, at hojiamin.97@gmail.com or WhatsApp +65 9183 2074.
        Fieldwork Sabah, emergency contact for Nur Syafiqah binti Irfan: Mohd Irfan bin Yusof (father), 019-885 3301. She is asthmatic and allergic to penicillin.
        Candidate: Huang Zihan, female, born 8 Nov 1997 in Xiamen, resident ID 35020319971108402X, applying for the CSC-NUS joint PhD scholarship.
        Stipend will be credited to OCBC a/c 595-273841-001, account name DINESH KUMAR S/O RAJU, from Jan 2025 (S$2,700/month).
        Pedigree, Fig. 1: proband II-3 is Ms Yap Mei Ling, 29, from Ipoh; she carries HBB c.126_129delCTTT in trans with HbE and is transfusion-dependent.
        Mdm Siti called about her son Amirul Hakim (Form 2, SMK Taman Desa): his MRI brain shows a 2 cm pilocytic astrocytoma. Pls call her back at 01X-XXX 2291.
        Ahmad Fikri bin Zainal (matric MED19-0442) is fasting for Ramadan and has asked to sit the OSCE after iftar; please move him to the evening slot.
        Consent packet posted 4/10 to Tay Boon Huat, Blk 627 Woodlands Ring Rd #11-245, Singapore 730627; no reply yet, try his HP 8126 3359.
        Olumide Adeyemi (Nigerian passport A09273641): student visa REFUSED by ImmD on 5 Sep 2024; please defer his MPhil admission to Jan 2025.
        Interviewee 7: Kenny Chow Ka Lok, 24, PolyU nursing Y3, came out as gay to his parents last year and asked us NOT to use his real name in the thesis.
        AIA student insurance claim: Lin Haoran, A0249913N, emergency appendectomy at NUH on 2 Mar 2024, bill S$12,480.35, claim no. SG-GHS-2024-0091823.
        Miss Yeoh Pei Shan's CGPA of 3.42/4.00 placed her 47th of 212 in the cohort; she missed most of Year 3 while being treated for Hodgkin lymphoma at NCIS.
        Pilot participant: Darren Lim, 11, P5 at Nan Hua Primary, ADHD dx 2022, on methylphenidate 10 mg; mother (Mrs Lim, 9664 0183) consented by phone.
        Conference fee paid by VISA 4556 2078 1134 0927, exp 09/27, cardholder LIM XUAN HUI (PhD student, Dept of Chemistry).
        Field trip reimbursement: paid with UnionPay card 6228 4803 1190 4525 of Zhao Yiran (resident ID 110108200103021823); please refund to the same card.
        Parking label for PhD student Arjun Nair: vehicle SJK 4821 M, carpark 10B, Kent Ridge; his HP is 9011 4762 in case the car blocks the loading bay.
        HKID XA291637(9), Mr Kwok Wing Hung, 81, lives alone in Shek Kip Mei Estate; MoCA 17/30, only daughter lives in Vancouver.
        Graduate student Tan Jun Wei (NRIC S9702215A) failed his qualifying exam twice and will be terminated from the PhD programme w.e.f. 1 Dec.
        FIN F6142873U: Rahul Verma, postdoc on an Employment Pass, salary S$6,800/month; his EP renewal was rejected so his last day is 31 Jan.
        Mdm Koh (mother, 9428 1176) asked that her son Ethan Koh's case not be presented at Grand Rounds, as the family hasn't told relatives about his leukaemia.
        Student ID 1155123456, Cheung Wing Sze: SEN support for dyslexia and ASD approved, 25% extra exam time; contact cws2003@link.cuhk.edu.hk.
    """),
    "mixed": _lines("""
        Prof sorry to disturb ah, I'm Gabriel Ng, matric A0244310H. My grandma in ICU at TTSH so I cannot make it for midterm tmr, can defer? Will send the letter from hospital.
        Dr, saya Nurul Izzati bt Rahman, no. matrik S2134567, IC 010825-10-6184. Can I tukar supervisor? My current SV keeps WhatsApp-ing me at night, I'm quite scared.
        通讯地址：深圳市福田区福华三路168号2栋1203，林晓彤收，身份证440304199806174523，电话13715286409。Pls use this for the offer letter courier.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write an email to my module coordinator asking for an extension?",
        ),
        (
            "assistant",
            "Of course. Could you tell me the module, the deadline and the reason for the request?",
        ),
        (
            "user",
            "Module PC2130, due Friday. I'm Kelvin Ong Jun Rui, A0231456E. I had a panic attack on Monday and saw the UCS counsellor, she gave me a letter.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Prof, I am writing to request a short extension for the PC2130 assignment due this Friday owing to a medical issue, for which I have a supporting letter...",
        ),
    ],
    [
        ("system", "You help clinicians de-identify case reports before journal submission."),
        (
            "user",
            "Please de-identify: Mdm Salmah binti Ahmad, 63, IC 610304-01-5528, of Kampung Melayu Majidee, Johor Bahru, was admitted to HSA on 12/3/2024 with necrotising fasciitis of the left leg and underwent above-knee amputation on 14/3.",
        ),
        (
            "assistant",
            "De-identified version: A woman in her 60s from southern Peninsular Malaysia presented with necrotising fasciitis of the lower limb and underwent above-knee amputation.",
        ),
    ],
    [
        (
            "system",
            "You are the HKU Graduate School virtual assistant. Never ask for full HKID numbers.",
        ),
        ("user", "hi i need to update my correspondence address"),
        (
            "assistant",
            "Sure. Please update it in the SIS portal under Personal Information, or tell me your student number so I can point you to the right form.",
        ),
        ("user", "3036129874"),
        (
            "user",
            "also my HKID is R308846(3), name Tsang Hiu Tung, new address Flat 7C, 22 Tai Hang Road",
        ),
        (
            "assistant",
            "Thank you, but please don't share your HKID here. Address changes must be made in the SIS portal.",
        ),
    ],
    [
        (
            "user",
            "I need a reference letter for my research assistant, she's applying for the MSc at NTU",
        ),
        ("assistant", "Happy to help. What's her name, and what has she worked on with you?"),
        ("user", "Priscilla Teo Hui Xin, she's been with us 2 years on the diabetic foot project"),
        (
            "user",
            "should I mention she took 3 months medical leave last year for her thyroid cancer surgery? the gap is obvious in her CV",
        ),
        (
            "assistant",
            "I'd advise against disclosing her health details without her explicit consent; you can simply note a period of approved leave.",
        ),
    ],
    [
        ("user", "compute mean age and % PCOS from this:"),
        (
            "user",
            "pid,name,nric,age,dx\nP01,Chong Mei Fong,T0127734G,22,PCOS\nP02,Nadia Rahim,T0412398G,20,none\nP03,Vanessa Lee Hui Min,T0218765A,22,PCOS",
        ),
        (
            "assistant",
            "Mean age is 21.3 years and 2 of 3 participants (66.7%) have PCOS. You may want to remove the names and NRICs before sharing this file.",
        ),
    ],
    [
        (
            "user",
            "My Student's Pass got cancelled after I withdrew from the programme, how long can I stay in SG?",
        ),
        (
            "assistant",
            "ICA usually issues a short-term visit pass after cancellation; the exact period is shown on the cancellation letter.",
        ),
        (
            "user",
            "I'm Indonesian, FIN G8830127M, name Putri Ayu Lestari. My flight is only on the 28th, will I be overstaying?",
        ),
    ],
    [
        ("user", "帮我填一下CSC的申请表 in English"),
        ("assistant", "Sure, please send the details you want filled in."),
        ("user", "Name Deng Ruoxi 邓若曦, ID 510107 2000 0415"),
        ("user", "336X"),
        ("user", "Sichuan University, West China School of Medicine, phone 18981234467"),
        (
            "assistant",
            "Got it. Here is the filled section: Name: DENG Ruoxi; Institution: West China School of Medicine, Sichuan University...",
        ),
    ],
    [
        (
            "user",
            "what fields are mandatory on the UM honorarium claim form for a focus group participant?",
        ),
        (
            "assistant",
            "Typically the participant's full name, IC number, bank name and account number, and a signed acknowledgement.",
        ),
        (
            "user",
            "ok so: Encik Lim Chee Keong, 750318-08-5193, CIMB 7012 4456 83, 14 Lorong Bunga Raya 3, Taman Cempaka, 31400 Ipoh. Is that enough?",
        ),
    ],
    [
        ("system", "You are a research coordinator assistant at a Singapore hospital."),
        (
            "user",
            "One of our trial participants had a serious adverse event yesterday. Do I need to report to the DSRB within 24h?",
        ),
        (
            "assistant",
            "Unexpected, related SAEs that are fatal or life-threatening generally need expedited reporting; check your protocol and the DSRB SOP for exact timelines.",
        ),
        (
            "user",
            "It's Mr Rajendran s/o Muthusamy, subject 017, anaphylaxis after the 2nd dose, currently in SICU. His wife's number is 9720 5583 if the sponsor asks.",
        ),
    ],
    [
        ("user", "the APMC registration portal keeps rejecting payment for my student"),
        (
            "assistant",
            "That's often a 3-D Secure issue. Has the cardholder tried another browser, or contacted the bank?",
        ),
        (
            "user",
            "Card is Mastercard 5424 1880 0613 3755 exp 11/26, name WONG KAR YAN, she's our MPhil student. Can you process it manually?",
        ),
        (
            "assistant",
            "I can't process payments here. Please don't share card numbers; ask her to contact the secretariat directly.",
        ),
    ],
]
