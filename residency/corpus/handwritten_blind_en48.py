# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en48: English university research text (abstracts, grants, IRB, lab notes, supervision e-mail, conferences) in SG, MY, HK and mainland China. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en48
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "abstracts and citations"): _lines("""
        Background: Myopia prevalence among Singaporean schoolchildren exceeds 65% by age 12. Methods: We ran a cluster-randomised trial in 16 primary schools (n = 2,318). Results: 80 min/day of outdoor time reduced incident myopia by 23.4% (95% CI 11.2-33.9).
        Lau, K. W., Cheung, P. Y., & Ho, S. M. (2023). Housing precarity and sleep among subdivided-flat tenants in Kowloon. Social Science & Medicine, 331, 116078. https://doi.org/10.1016/j.socscimed.2023.116078
        As Tan Kah Kee argued in his 1946 memoir, the founding of Xiamen University was meant to serve the whole Nanyang diaspora rather than a single clan association.
        Zhang and Rahman (2021) report a Cronbach's alpha of .87 for the Malay translation of the PHQ-9, compared with .82 in the original validation study.
        [14] Y. Liu, H. Gao, and M. Chen, "Federated learning for privacy-preserving EHR phenotyping," in Proc. IEEE ICDE, 2024, pp. 3312-3325.
        Keywords: dementia caregiving; filial piety; mixed methods; Penang; Hokkien-speaking households
        Corresponding address: Department of Sociology and Anthropology, Faculty of Arts and Social Sciences, 11 Arts Link, Singapore 117570. Email: soc-research@fass.univ.edu.sg
        This thesis is dedicated to the memory of Royal Professor Ungku Abdul Aziz, whose work on rural poverty in Malaya shaped the field of development economics.
        Note. *p < .05, **p < .01, ***p < .001. Standard errors clustered at the school level (k = 48).
        Following Wong et al. (2019), two coders coded each transcript independently and resolved disagreements by discussion (Cohen's kappa = 0.81).
        Preprint posted to medRxiv on 14 March 2025 (doi:10.1101/2025.03.11.25323871); this version has not been peer reviewed.
        The character Lin Daiyu in Dream of the Red Chamber is often read as a literary case of tuberculosis, although Cao Xueqin never names the disease.
        Abstract - We present HKLegal-7B, a bilingual Cantonese-English model fine-tuned on 1.2M public judgments from HKLII; it reaches 71.3 F1 on statute retrieval and 64.8 on holding extraction.
        Author contributions: Conceptualisation, W.S.L. and F.A.; Methodology, F.A.; Formal analysis, R.K.; Writing - original draft, W.S.L.; Funding acquisition, F.A. All authors have read and agreed to the published version of the manuscript.
        Chen Jingrun's 1973 result that every sufficiently large even number is the sum of a prime and a product of at most two primes remains the closest approach to Goldbach's conjecture.
    """),
    ("en", "grant reports"): _lines("""
        Project title: Heat-resilient housing for ageing residents in Kuala Lumpur. Grant ref: FRGS/1/2023/SSI02/UM/02/7. Duration: 01/09/2023 - 31/08/2026. Amount approved: RM 148,500.00.
        Expenditure to date: S$412,380.55 of S$600,000 (68.7%). Manpower accounts for 71% of spend; equipment S$58,200; other operating expenses S$61,940.
        Milestone 3 (survey wave 2) was delayed by four months owing to the class suspensions in Hong Kong; the revised completion date is 30 June 2026.
        RGC General Research Fund 2024/25 - Project No. 17609824 - Final Report - Section 4: Research outputs (6 journal articles, 2 conference papers, 1 dataset deposited in DataHub).
        NSFC Youth Program (Grant No. 72304118) supported the fieldwork in Guizhou; the funder had no role in study design, data collection or the decision to publish.
        Manpower: 1 x Research Fellow (PhD), 2 x Research Assistant (Bachelor), 1 x part-time student helper at S$12/hr, capped at 16 hrs/week for student pass holders.
        The project is led by Prof. Farah Azman (Universiti Malaya) with co-investigator Dr. Wong Siu Lun (HKU), who will lead the comparative Hong Kong strand.
        Variance request: re-allocate RM 12,000 from 'Travel' (vote 21000) to 'Research Materials' (vote 27000) to cover additional transcription costs.
        Deliverable D2.4 - open-source toolkit released on GitHub (v0.9.2, commit 4e1b9c07a) under the Apache-2.0 licence; 312 stars and 41 forks as of 30/11/2026.
        KPI achieved: 3 Q1 publications (target 2), 1 PhD graduate (target 1), 0 patents filed (target 1) - see justification in Annex B.
        Indirect costs are charged at 30% of direct costs per MOE policy; finance WBS element R-108-000-D42-133, fund centre 4102.
        Shenzhen Science and Technology Innovation Commission, Project JCYJ20240813101502004 - interim review outcome: Satisfactory; next tranche CNY 350,000 released.
    """),
    ("en", "ethics and consent templates"): _lines("""
        I, ______________________ (full name as in NRIC/Passport), consent to take part in the study titled '______________' conducted by ______________.
        Participant ID: [P-XXX]    Date of birth: [DD/MM/YYYY]    Contact no.: [+65 ________]    Signature: ____________
        If you have any questions about your rights as a research participant, please contact the Institutional Review Board secretariat at +65 6516 0000 or irb@univ.edu.sg.
        Should you feel distressed after the interview, free and confidential support is available from Samaritans of Singapore (24-hour hotline 1767) and the IMH Mental Health Helpline (6389 2222).
        Identifiable data (names, NRIC numbers, phone numbers) will be stored separately from survey responses in an encrypted folder and destroyed 10 years after publication.
        Recruitment poster: Are you aged 21-65 and living with type 2 diabetes? Join our 30-min survey and receive a S$20 voucher! Scan the QR code or WhatsApp the study hotline.
        Risk level: Minimal risk. Exemption category 2(b) - anonymous online survey of adults; no direct identifiers are collected and IP logging is disabled.
        HREC reference: EA2410337; approval valid until 15/10/2027. Please quote this number in all correspondence with the Human Research Ethics Committee.
        Section 7.3 Anonymisation: replace names with pseudonyms (e.g. 'Mdm A', 'Encik B'); generalise ages to 5-year bands; remove estate or kampung names below district level.
        Parents/guardians of participants under 18 must sign Form C (Parental Consent) in addition to the child's Assent Form; both are available in English, 中文, Bahasa Melayu and Tamil.
        Amendment #3: addition of a Cantonese version of the information sheet; target sample increased from 240 to 300; no change to the risk level.
        Under PDPA s.13, consent must be obtained before collecting personal data; do not record participants' full names in field notes - use the participant code only.
        The questionnaire contains no items on income, religion or sexual orientation; the only demographic items are age band, gender and highest education level.
        Template e-mail: "Dear {salutation} {surname}, thank you for your interest in the {study_name} study. Your participant code is {pid} - please keep it for future reference."
        Compensation: participants will receive HK$150 in cash per session; there is no compensation for the screening visit.
    """),
    ("en", "lab meeting notes"): _lines("""
        Lab mtg 12/11 - agenda: (1) GPU queue etiquette, (2) ICML rebuttals, (3) who's bringing kueh for the Deepavali potluck
        AI: everyone to push cleaned notebooks to the lab repo by Fri; NO raw data in git pls!!
        Results update: ResNet-50 baseline 76.1% top-1, ablation w/o attention 74.8%, full model 78.3% - still below SOTA (79.6%).
        Reminder: autoclave in Rm S14-04-12 out of order till 3 Dec; use the one at Level 5 MD4 in the meantime.
        Discussed R2's comments on the CHI submission - main concern is n=18 too small; plan to add 20 more participants from the Jurong pilot.
        Next mtg moved to Thurs 3pm @ Seminar Rm 3 (Run Run Shaw Tower, 4/F), Zoom link same as usual.
        Ethics renewal due Jan - PI to submit; everyone pls check your CITI cert hasn't expired (valid 3 yrs).
        HeLa-S3 mycoplasma PCR negative for passages 14-19; logbook updated, next check scheduled wk 2 of Jan.
        Journal club: Li et al. 2024 (Nat Neurosci) on hippocampal replay - nice paper but the stats in Fig 3c look a bit dodgy lah
        Server mahogany.lab down again, IT ticket #INC0048812 raised, ETA tmr. Meanwhile use the HPC cluster (project code p2024-0113).
        Budget: consumables at 82% for FY26 already, pls check before ordering any antibody > $500.
        Welcome to the 2 new PhD students joining in Jan - buddy system as usual, onboarding doc is on Notion.
    """),
    ("en", "supervision e-mails"): _lines("""
        Hi Prof, attached is the revised Chapter 3. I've addressed all comments except #7 on the sampling frame - can we discuss on Tues? Thanks!
        Dear all, please submit your annual progress reports via the Graduate Studies portal by 15 January. Late submissions will delay stipend renewal.
        Good draft overall. Tighten the lit review (currently 14k words!) and move the robustness checks to an appendix. Let's aim to submit to JDE by March.
        Sorry for the late reply, I was at a conference in Kyoto. The QE date of 18 Feb works for me; I'll check with the rest of the committee.
        pls dun cite Wikipedia in the thesis ya, go and find the primary source
        Reminder: the thesis format guide requires 1.5 line spacing, 12pt Times New Roman, and a 3.5 cm margin on the binding edge.
        Re: conference funding - the department covers up to HK$15,000 per PhD student per year for presenting authors; submit the claim within 30 days of return.
        Could you share the R script for the multilevel models? lme4 1.1-35.5 on my laptop gives a convergence warning that yours doesn't.
        Out of office: I am on sabbatical until 31 July 2027 with limited e-mail access. For urgent matters please contact the department office at soc.general@univ.edu.hk.
        Dear Professor, I am writing to enquire about PhD openings in your group for the Fall 2027 intake. My interests are in causal inference for observational health data.
        Thanks for the feedback on my slides - I'll cut the methods section down to 3 slides and add the effect-size plot.
        Noted, will re-run with the corrected survey weights and resend the tables by EOD tmr.
    """),
    ("en", "conference logistics"): _lines("""
        ACML 2026 - early-bird registration closes 15 Sept 2026: Student S$380, Regular S$720. Invoice no. ACML26-INV-003817 will be e-mailed upon payment.
        Venue: Lee Kong Chian Lecture Theatre, Level 1, 15 Computing Drive, Singapore 117418. Nearest MRT: Kent Ridge (CC24).
        Keynote: "Trustworthy AI in Asian healthcare" - Professor Helen Y. Chau, Chair Professor of Computer Science and Engineering, HKUST.
        Shuttle buses depart the hotel lobby at 07:45 and 08:15 daily; return trips leave at 17:30 from Sir Run Run Shaw Hall, CUHK.
        Visa support letters can be requested through the registration system; please allow 10 working days. We cannot contact embassies on your behalf.
        Hotel block: Hotel Stripes Kuala Lumpur, 25 Jalan Kamunting, 50300 Kuala Lumpur - conference rate RM 420++/night, booking code ICSSH26.
        Session 4B (Room 201): Chair - Dr. Ahmad Faisal (UTM). 10:30 Paper #117; 10:50 Paper #142; 11:10 Paper #208 (online).
        Dietary options: vegetarian, halal, vegan and gluten-free meals are available; please indicate your choice on the registration form by 1 Nov.
        Poster boards are 90 cm (W) x 120 cm (H), portrait orientation; velcro is provided at the registration desk.
        Wi-Fi: SSID ICSSH2026 / password Penang@2026 (valid 3-5 Dec only).
        Best Student Paper Award 2026 goes to Paper #88, "Code-switching in Malaysian parliamentary debates" - congratulations to the authors!
        Registration desk hotline: +852 3943 0000 (09:00-18:00 HKT). In an emergency on campus call Security Control at ext. 2999 or dial 999.
        Tracking no. SF1432098877610 - the proceedings USB drives were shipped from Shenzhen on 28 Nov and should reach the venue by 2 Dec.
    """),
    ("en", "anonymised study data"): _lines("""
        Dataset: HK-SLEEP wave 3; N = 1,847 adults; variables: age_band, sex, district_grp (18 districts collapsed to 5 regions), PSQI_total, employment_status.
        P07 (female, 30-39, secondary educated) described the night shift as "the only time the flat is quiet".
        c43cb85f0368a997c71ffd01b72e0ee35f13fc3f4f1a32628e2d9d267b438457  hk_sleep_w3_deid.csv
        Codebook v2.1: Q12 "In the past 30 days, how often did you feel nervous?" 1 = None of the time ... 5 = All of the time; missing coded as -99.
        De-identification log: 23 direct identifiers removed (names, IC numbers, phone numbers), 4 date fields shifted by a random offset of +/-30 days, free-text fields redacted.
        Table 2. Baseline characteristics: mean age 67.3 (SD 8.1); 54.2% female; 38.9% with hypertension; median household income band RM 3,001-5,000.
        Data availability: the de-identified data are available from the corresponding author on reasonable request, subject to approval by the UM Research Ethics Committee.
        Row count after exclusions: 2,318 -> 2,196 (122 removed: 87 failed attention checks, 35 incomplete).
        Interview transcripts were coded in NVivo 14; participant identifiers were replaced with codes R01-R32 before transfer to the analysis team in Shanghai.
        Synthetic example record: {"pid": "SYN-0001", "age": 44, "dx": "T2DM", "postal": "000000"} - generated with synthpop, not a real person.
        Figshare DOI 10.6084/m9.figshare.27819043 - file 'wearables_minutelevel.parquet' (2.4 GB), last modified 2026-10-02T09:14:33Z.
        Participants were recruited from six polyclinics in the western region (Jurong, Bukit Batok, Choa Chu Kang, Clementi, Pioneer, Queenstown) between March and August 2025.
        Recruitment sites: Tan Tock Seng Hospital, Queen Mary Hospital and Hospital Kuala Lumpur; site PIs and ethics approval numbers are listed in Appendix A.
    """),
    ("en", "data governance guidance"): _lines("""
        Never e-mail spreadsheets containing NRIC/FIN, HKID or MyKad numbers; use the university's secure file transfer service instead.
        Cross-border transfer of personal information collected in mainland China requires a PIPL standard contract filed with the provincial CAC before export.
        Research data classified as 'Restricted' must be stored on university-managed servers; personal cloud drives (Google Drive, Baidu Netdisk) are not permitted.
        Redact with a black box in the PDF AND remove the underlying text layer - a highlighted box alone can still be copy-pasted.
        Masking rule: keep only the last 4 characters of identity numbers (e.g. XXXXX123A) in any shared working file.
        Data breach? Report within 24 hours to the Data Protection Office (dpo@univ.edu.my, ext. 2288) - do not contact affected participants yourself.
        Audio recordings must be deleted from the recorder once uploaded and verified; keep a deletion log with the date and file name only.
        Staff and students are reminded that WhatsApp groups must not be used to circulate participant contact lists.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Participant P-023: Mdm Lim Siew Hoon, 67, Blk 327 Clementi Ave 5 #08-214 S(120327), hp 9736 2081 - early-stage Parkinson's, daughter will accompany her to sessions.
        Screening log: Nurul Aina binti Rosli, IC 990412-10-5386, SLE (lupus) on hydroxychloroquine, ELIGIBLE - call 012-738 4526 after 6pm.
        RA contract: Ms. Chan Wing Yan, HKID Y305926(8), monthly salary HK$19,850, 12-month term from 1 Jan 2027.
        Reviewer 2 (Prof. Kwok Man-kit) asked for the honorarium cheque to be mailed to his home: Flat 12B, Block 3, Kornhill, 15 Hong On Street, Quarry Bay, HK.
        Interview 14 - Encik Razali Hamid (Grab driver, Shah Alam) was retrenched from the glove factory in 2024, still owes RM 38,000 under AKPK, and his wife is on dialysis.
        Li Haoran (ID 310104200109273513) could not submit his thesis on time because he was hospitalised for bipolar disorder - pls support the extension request.
        Wang Shuting's passport EH4829175 expires 03/2027, so her visa for the Penang conference must be applied for before then.
        Pls reimburse to Dr Tan's personal acct: Maybank 5642 1038 7719, account holder TAN WEI JIE, amount RM 1,236.40.
        Consent form signed: Siti Hajar binti Mohd Yusof, 14 Jalan SS 2/64, 47300 Petaling Jaya; hearing-impaired, prefers SMS to 016-228 4097.
        FYI Huang Jiaqi won't be at lab meeting - she was admitted to Queen Mary yesterday after a miscarriage, pls don't message her this week.
        RA timesheet Nov: Muhammad Irfan bin Zulkifli, 72.5 hrs x RM 15 = RM 1,087.50, pay to CIMB 7063 4412 9081.
        Participant 31 is actually my neighbour's son Jason Ng Kah Meng from Blk 611 Jurong West St 65 - he disclosed he's HIV+ during the interview, should I exclude him?
        Zhang Xinyu, ID no. 420111199901026739, PhD candidate, School of Public Health - CSC scholarship no. 202406210185.
        The reviewer who rejected us is Dr. Ong Boon Huat - he lives two floors above me at The Tembusu, #14-07, and his daughter is in my tutorial group.
        Emergency contact for fieldworker Arjun s/o Ramasamy: his mother Mdm Kamala, +65 8264 5190. He has a severe peanut allergy and carries an EpiPen.
        Per HR, postdoc Dr. Leung Ka Yan's salary will be revised from HK$38,200 to HK$41,500/month w.e.f. 1 Sep.
        Disciplinary case: Huang Zihan (student no. 2023113847) - plagiarism in MSc dissertation, second offence, panel recommends expulsion.
        Respondent R12 = Pn. Rohana Abdullah, the kedai runcit owner in Kg. Baru; she asked us not to quote the part about her son's drug arrest.
        The Student's Pass of Chen Yuxuan (FIN F3305617Q) was cancelled on 02/12 after she withdrew; ICA requires her to leave SG by 31/12.
        Honorarium S$200 to external examiner Dr Priya Nair, NRIC S8812047G, DBS acct 027-45831-6.
        Pls update my address for the bound thesis copy: Room 502, No. 17, Lane 288 Caoxi North Road, Xuhui District, Shanghai 200030 - Xu Mengyao, 139 1728 4406
        Participant #5 (Mr. Yeung Chi Fai, 58, Sham Shui Po) admitted gambling debts of ~HK$600k and suicidal thoughts last month; referred to SBHK.
        Interviewee: Ms. Tang Lai Ping, nurse at Kwong Wah Hospital, WhatsApp 6352 1178 - agreed to a follow-up but not to be named in publications.
        Participant incentive: UnionPay 6217 0020 8876 5435, card holder Liu Zihan, CNY 200, paid 18/11.
        Vehicle WVB 6627 belongs to our RA Mr. Kumaravel a/l Subramaniam (staff no. 100482) - pls register it for the campus parking permit.
        Visiting student Lin Yu-ting from Taipei, ROC ID A223345676, DOB 04/07/2002, needs an invitation letter for her Hong Kong entry permit.
        Dear Dr Lau, my father passed away on Friday and I'm handling the funeral in Ipoh, so I'll miss the tutorial - Tan Mei Ling, Year 3, matric no. 22004518.
        Call-back list: Ho Pui Shan (9187 ****), the respondent recruited from the eating-disorder clinic, prefers calls after 8pm.
        The recording 'Ahmad_Faiz_interview_depression.mp4' was accidentally posted in the public channel - Ahmad Faiz bin Hassan is a 2nd-year engineering student here.
        Car SKW4821U, owned by Dr. Kelvin Seah from the IRB, was clamped at carpark 10B and he's asking the lab to pay the S$100 fine.
        WeChat: lynn_zhou1999 - that's Zhou Lin, the Fudan MA student we interviewed about 996 overtime; she wants her transcript back.
        Home visit 10am: Mr. Ismail bin Kassim, No. 8, Lorong Seri Damai 3, Taman Seri Damai, 25150 Kuantan, Pahang - stroke survivor, needs wheelchair access.
        PhD applicant Deng Xiaoyu (ID 440106199803142624, Guangzhou) submitted a forged IELTS report; the admissions committee is reporting it to the British Council.
        EMGS application for Mohammad Reza Karimi, Iranian passport K34128876, PhD student at UPM - EMGS ref. 2025-118322, pass expired 30/11.
        The ethics complaint was filed by Mrs. Lee-Tan Geok Eng, who says her dementia diagnosis was discussed in front of her neighbours at Toa Payoh Lorong 8.
        Confidential - contract renewal: Dr. Karen Fung Wai Man (staff no. 005127) will not be renewed; she has been on long-term sick leave for depression since May.
        Transcriber Chong Pei Wen, IC 030611-07-1294, 1st year at USM, RM 0.80 per min transcribed, total RM 412.80 for Nov.
        P12's husband Mr. Ravi Chandran (019-551 6203) called to say she was readmitted to HUKM after a relapse of her schizophrenia; pls pause her follow-up.
        Lucky-draw winner: Ms. Au Yeung Hoi Ting, HKID A927461(0), 2/F, 38 Fuk Wing Street, Sham Shui Po - HK$500 supermarket voucher.
        Yang Fan (ID 330106200006112844), MSc student, reported sexual harassment by a senior lab member; case handled by the Ombudsperson, ref. 2026-OMB-014.
        Dear Prof, this is Liang Jun (PhD Y2). The bank needs a salary cert: RMB 4,800/month stipend + RMB 2,000 RA pay; my ABC card is 6228 4800 1234 5671.
        In the focus group Mr. Teo Kok Leong, the renovation contractor from Ang Mo Kio, admitted he employs undocumented workers - do we have to report him?
        Wong Ka Ho, Year 3 BBA, HKID K482317(6), Lee Shau Kee Hall room B-512, is on academic probation for the second time.
        Fieldwork insurance claim: Xie Wenjing, passport E82734615, lost at Kuching airport on 4 Oct; police report KCH/IPD/012345/26.
        Mr. Muthu from Sentul, the participant with the leg amputation, phoned again from 011-2345 6789 - he's upset that his RM 50 voucher is late.
        For the courier, external reviewer Dr. Sophia Kwan's home address is Flat 21A, 88 Tai Hang Road, Tai Hang, Hong Kong; mobile 5409 8836.
        Our MPhil student Ma Jinhui (mobile 186 2093 7715) has been missing since Tuesday; his mother in Xi'an says he stopped taking his antidepressants.
        RA Nur Syafiqah binti Azmi: EPF no. 18827356, gross RM 3,200/month - HR needs this for the SOCSO form.
        Interview notes 3 Aug: Mdm Goh Ah Lian, 74, Blk 115 Bukit Merah View, lives alone, diabetic; says her son in JB hasn't visited in 2 years.
        The 'redacted' file still shows "Participant: Chua ____ Hui, NRIC T0218853D, HbA1c 9.2%" - the full NRIC is visible, pls fix before sharing.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for postgraduate students at a Hong Kong university.",
        ),
        ("user", "help me write an email to my supervisor asking for a 3-month extension"),
        ("assistant", "Sure - could you tell me the reason and your programme details?"),
        (
            "user",
            "I'm Cheung Hoi Lam, MPhil Y2 in Psychology, UID 3035912874. I was diagnosed with major depressive disorder in Sept and have been on sick leave since",
        ),
        (
            "assistant",
            "Thank you for sharing that. Here is a draft: 'Dear Professor, I am writing to request a three-month extension of my thesis submission deadline due to a medical condition...'",
        ),
    ],
    [
        ("user", "Is it OK under our IRB protocol to keep this row in the shared sheet?"),
        (
            "user",
            "P-044 | Mdm Rahmah binti Osman | S0047392H | Blk 203 Tampines St 21 #05-117 | HIV+ | 9420 7713",
        ),
        (
            "assistant",
            "No - this row contains direct identifiers and a special-category health condition. Move the name, NRIC, address and phone to the separate key file and keep only P-044 in the shared sheet.",
        ),
    ],
    [
        ("user", "I need an invitation letter for ICSSH 2026 in Penang for visa purposes"),
        (
            "assistant",
            "Please provide your full name as in your passport, nationality, passport number and paper ID.",
        ),
        ("user", "Zhao Mingyu, Chinese, paper #142"),
        ("user", "passport EJ6637281, DOB 18 May 1996"),
        ("user", "ID card 110108199605184424 if they need it too. phone +86 158 0194 6632"),
        ("assistant", "Thank you, the letter will be issued within 10 working days."),
    ],
    [
        ("system", "You help research administrators prepare payroll claims."),
        ("user", "calc the RA pay for Nov: 86 hours at S$18/hr"),
        ("assistant", "86 x S$18 = S$1,548.00."),
        (
            "user",
            "ok put it in the claim form for Tay Hui Min, FIN G5531870R, POSB savings 188-43210-7, and note she's on a student pass so she's capped at 16 hrs/wk during term",
        ),
        (
            "assistant",
            "Done. Note that 86 hours in November may exceed the term-time cap; please check with HR.",
        ),
    ],
    [
        ("user", "can you clean this csv row? the date format is wrong"),
        (
            "user",
            "R07,Pang Kwok Wing,1961/3/9,Flat 1907 Fu Shin House Tai Yuen Estate Tai Po,COPD stage 3,oxygen at home,son 9310 5527",
        ),
        (
            "assistant",
            "R07,Pang Kwok Wing,1961-03-09,Flat 1907 Fu Shin House Tai Yuen Estate Tai Po,COPD stage 3,oxygen at home,son 9310 5527",
        ),
        ("user", "thx"),
    ],
    [
        ("user", "my supervisor asked me to summarise interview 9 in 3 bullet points"),
        ("assistant", "Sure, please paste the notes."),
        (
            "user",
            "Respondent: Puan Salmah Idris, 52, school canteen operator in Kota Bharu. Said her husband was jailed last year for drug trafficking, she supports 4 kids alone, earns about RM 1,800/month, and borrowed from an Ah Long.",
        ),
        (
            "assistant",
            "- Sole earner for four children after her husband's imprisonment\n- Monthly income around RM 1,800\n- Has borrowed from an unlicensed moneylender",
        ),
    ],
    [
        ("user", "Reviewer honorarium - which form do I use for an external reviewer in Malaysia?"),
        (
            "assistant",
            "Use Form FIN-07 (Non-staff Payment). You'll need the payee's name, IC number, bank details and address.",
        ),
        (
            "user",
            "payee is Assoc Prof Lim Chee Keong, IC 710823-07-5471, Public Bank 3-1827-0645-12, home add 27 Lorong Kenari 5, Sungai Ara, 11900 Bayan Lepas, Penang",
        ),
        ("assistant", "Thanks, I've filled in Form FIN-07 with those details."),
    ],
    [
        ("system", "You are an assistant for the Graduate School office."),
        (
            "user",
            "Student says she missed the exam due to hospitalisation. Draft a reply asking for documents.",
        ),
        (
            "assistant",
            "Dear student, please submit a medical certificate and the hospital discharge summary within 7 days...",
        ),
        (
            "user",
            "add her details at the top: Jiang Wanting, student ID A0251147, admitted to NUH 3-6 Nov for appendicitis, mobile 8917 4402",
        ),
    ],
    [
        ("user", "pls translate this part of the signed consent form into English"),
        (
            "user",
            "本人 陈国栋，身份证号 350203198511260813，住址 厦门市思明区湖滨南路 318号 7-1502，同意参加研究，本人患有2型糖尿病。",
        ),
        (
            "assistant",
            "I, Chen Guodong, ID no. 350203198511260813, residing at Room 7-1502, No. 318 Hubin South Road, Siming District, Xiamen, agree to take part in the study. I have type 2 diabetes.",
        ),
    ],
    [
        ("user", "what's a polite way to tell a PhD student they're over budget on their RA hours"),
        (
            "assistant",
            "You could say: 'I've noticed the RA hours for this month are above the agreed allocation - could we go over the timesheet together?'",
        ),
        (
            "user",
            "it's for Wu Zhiqiang, his monthly RA pay is RMB 6,500 and he already claimed 140 hrs",
        ),
        (
            "user",
            "also he's got ID 51010719970823105X and lives in Room 403, Block 12, Huaxi Campus dorm, Chengdu - HR wants me to confirm",
        ),
        (
            "assistant",
            "Understood. Please send those details to HR through the secure channel rather than by chat.",
        ),
    ],
]
