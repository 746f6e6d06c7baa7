# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en56: English clinical trials, pharmacies and pharma in Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en56
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "trial recruitment ad"): _lines("""
        VOLUNTEERS WANTED! Aged 21-65 with Type 2 diabetes on metformin? Join a 24-week study at the Investigational Medicine Unit, NUH. Reimbursement up to S$1,200. WhatsApp "DM24" to 8123 4567 to find out more.
        Healthy male volunteers needed for a Phase 1 bioequivalence study (Protocol BE-2026-031). Stay-in 3 nights x 2 periods at the CTRU, Singapore General Hospital. Non-smokers, BMI 18.5-30. Compensation S$1,650 upon completion.
        Kajian klinikal / Clinical research study: Adakah anda menghidap asma? Is your asthma not well controlled with your current inhaler? CRC Hospital Kuala Lumpur is recruiting adults 18-75. Call 03-2615 5555 ext 6021 (Mon-Fri 8am-5pm).
        Prince of Wales Hospital Phase 2 study: chronic hepatitis B patients aged 18-65 are invited. Study drug or placebo for 48 weeks, free FibroScan at every visit. Enquiries 3505 3980 (office hours). Joint CUHK-NTEC CREC Ref. 2026.118.
        Got eczema? 18+? Join our 16-wk cream study @ NSC 💆 transport allowance $50/visit. Link in bio 👉 bit.ly/nsc-ad-study
        The Khoo Teck Puat Hospital Clinical Trials Unit is looking for women aged 45-70 with osteoporosis for a once-yearly infusion study.
        Recruitment for the TOGETHER-HK vaccine study at Queen Mary Hospital has now closed. Thank you to all 1,204 volunteers who took part!
        Older adults (60+) with mild memory complaints wanted for a 2-year study at Lee Kong Chian School of Medicine, Novena campus. Free cognitive assessment & brain MRI.
        Kami mencari sukarelawan sihat berumur 18-45 tahun untuk kajian bioekuivalens. Elaun sehingga RM1,500. Daftar di www.crc-example.my/daftar sebelum 31 Disember.
        Poster ID REC-POS-0043 v2.0 dated 12 Aug 2026, approved by NHG DSRB. Display only at approved sites; do not post on social media without CRO sign-off.
        Smokers wanted! If you smoke 10 or more sticks a day and want to quit, the QUIT-SG study offers 12 weeks of varenicline or placebo plus counselling. SMS QUIT to 77000.
        Paediatric flu vaccine study for children 6-35 months. Parents, please enquire at the KKH Clinical Trials Office, Level 1 Children's Tower, 100 Bukit Timah Road, Singapore 229899.
        Are you on dialysis 3x a week? Hospital Sultanah Bahiyah, Alor Setar is part of a multicentre trial of a new anaemia pill. Ask your nephrologist or the CRC desk, Level 2.
    """),
    ("en", "consent form template"): _lines("""
        I, ______________________ (Name of Participant), NRIC/FIN/Passport No. ________________, hereby consent to take part in the research study titled above.
        Participant Information Sheet & Consent Form, Version 3.1 dated 02-Sep-2026. Protocol No.: XR-4471-202. DSRB Ref: 2026/00817.
        Your personal data (e.g. name, NRIC, contact details) will be kept strictly confidential and will not be disclosed to the Sponsor. Only your coded Subject ID will appear on study documents sent overseas.
        If you have questions about your rights as a research participant, please contact the SingHealth Centralised Institutional Review Board at 6323 7515 or irb@singhealth.com.sg.
        Signature of Impartial Witness: ____________ Date (dd/mm/yyyy): __________ (required if the participant cannot read English, Chinese, Malay or Tamil)
        Optional: I agree / do not agree (please tick one) for my leftover blood samples to be stored for future research for up to 15 years.
        Borang Keizinan Peserta. Nama: ______________________ No. K/P: ______-__-____ Tandatangan: ____________
        Compensation for research-related injury: the Sponsor has taken insurance (Policy No. CT-88210457, underwritten by a licensed insurer in Singapore) to cover reasonable medical expenses.
        本同意書備有英文及繁體中文版本。This consent form is available in English and Traditional Chinese; 如有任何疑問，請致電研究團隊。
        Legally Acceptable Representative (LAR) - relationship to participant: [ ] Spouse [ ] Adult child [ ] Parent [ ] Sibling [ ] Others (please specify): ________
        Example of a completed field for training slides only (never use real data): Name: JOHN DOE, NRIC: S1234567D, Tel: 9XXX XXXX.
        You will receive S$80 per completed visit, paid via PayNow to the mobile number you provide, within 14 working days.
        You may withdraw at any time without giving a reason. Data collected up to the point of withdrawal will be retained as described in ICH E6(R3).
    """),
    ("en", "pharmacovigilance report"): _lines("""
        PSUR for Ozempic (semaglutide), reporting interval 01-Jun-2025 to 31-May-2026: 1,842 spontaneous reports received from APAC, of which 214 were serious.
        HSA received 37 reports of SJS/TEN associated with allopurinol in 2025; HLA-B*58:01 genotyping is recommended before starting therapy in patients of Han Chinese or Thai descent.
        CIOMS I form, Section II, field 14: Suspect drug(s) - include generic name, brand, batch no. Leave patient initials blank if unavailable; NEVER enter the full name.
        MedDRA v27.1 PT "Hepatotoxicity" (10019851) is included in SMQ "Drug related hepatic disorders - comprehensive search".
        NPRA's MADRAC received 21,347 ADR reports in 2025; 63% came from healthcare professionals and 9% from consumers via the ConSERF form.
        Signal detection: disproportionality for pancreatitis with tirzepatide, PRR 3.4 (95% CI 2.1-5.5), n=19. Escalated to Safety Review Committee meeting SRC-0926.
        Reminder to all sites: SAEs must be reported to the Sponsor within 24 hours of awareness via the EDC SAE module (form SAE-01 v4). Fax backup +65 6555 0123.
        Drug Office received 2 hypersensitivity reports linked to batch 24B117 of Dr. Kwan's Pei Pa Cough Syrup; the batch is being recalled as a precaution.
        Line listing columns: Case No. | Country | Age group | Sex | Suspect product | PT | Onset latency | Outcome. Ages are reported in bands (18-44, 45-64, >=65) to reduce re-identification risk.
        A fatal case described in the literature (Koh et al., Singapore Med J 2019;60(4):201-4) prompted the label update on lactic acidosis.
        Dear HCP, please report suspected ADRs online at www.hsa.gov.sg/adverse-events or call the HSA pharmacovigilance line 6866 3538.
        Q3 2026 HK aggregate: 412 ADR reports for COVID-19 and influenza vaccines, median age band 65-74, 71% non-serious; no new safety signal identified.
        E2B(R3) ICSR files must validate against the ICH schema; error E2B-0142 means "Patient age group" is missing when date of birth is withheld.
    """),
    ("en", "drug label"): _lines("""
        PANADOL Extra with Optizorb. Each caplet contains paracetamol 500 mg and caffeine 65 mg. Adults: 1-2 caplets every 4-6 hours, max 8 caplets in 24 hours.
        LIPITOR (atorvastatin calcium) 20 mg film-coated tablets. SIN11497P. Keep in the original package.
        MAL20071234ACZ. Product registration holder: Pharmaniaga Marketing Sdn Bhd, No. 7, Lorong Keluli 1B, Kawasan Perindustrian Bukit Raja Selatan, 40000 Shah Alam, Selangor.
        Store below 30°C. Protect from light. Keep out of reach of children. Do not use after the expiry date. Batch: L2409A7 EXP 09/2028.
        Marevan (warfarin sodium) 1 mg brown, 3 mg blue, 5 mg pink: always check the tablet colour against the dose written in the anticoagulation booklet.
        Contraindications: hypersensitivity to metformin; eGFR <30 mL/min/1.73m2; acute metabolic acidosis including diabetic ketoacidosis.
        KEYTRUDA (pembrolizumab) 100 mg/4 mL concentrate for solution for infusion. For single use only. HK-64321.
        RiMUP - Risalah Maklumat Ubat untuk Pengguna. What is Glucophage used for? Glucophage contains metformin and is used to control blood sugar in Type 2 diabetes.
        Isotretinoin (Roaccutane) must not be used during pregnancy. Female patients must use effective contraception from 1 month before until 1 month after treatment.
        GTIN 09556789012347 | LOT 5K12B | EXP 2027-11 | SN 84K2J9Q7PX1M
        Each 5 mL of syrup contains cetirizine dihydrochloride 5 mg. Children 2-6 yrs: 2.5 mL twice daily. Contains sorbitol.
        Tiger Balm Red, first sold by the brothers Aw Boon Haw and Aw Boon Par in the 1920s. For external use only. Haw Par Healthcare Ltd, Singapore.
        Medical information enquiries (Hong Kong): 2595 8828, Mon-Fri 9:00-17:30. Please quote the product name and batch number.
    """),
    ("en", "pharmacy counter note"): _lines("""
        Counter 2: Panadol Actifast 20s OOS, sub with Panadol Extra or ask cust to come back Thurs after 2pm delivery.
        Reminder: codeine cough mixtures (e.g. Dhasedyl) limited to 240 mL per customer per 4 days. Record each sale in the register and sight the NRIC, but do NOT photocopy it.
        Guardian Tampines 1 stock count 03/12: Ventolin Evohaler 12, Seretide 25/250 x3, Spiriva refill 0 (PO #GT-558201 placed).
        Watsons Causeway Point: pharmacist on duty till 9pm today. No pharmacist on Sun after 6pm = cannot sell P-meds.
        Alpro Pharmacy Taman Tun Dr Ismail: promo 2+1 on Blackmores Fish Oil 1000mg until 31 Dec, SKU 9300807284310.
        Mannings TST: cust asked if can buy Ozempic w/o prescription, advised NO (prescription only). No details taken.
        Emergency contraception enquiries go straight to the pharmacist; ulipristal available only after private consultation in the counselling room.
        Handover: fridge log 2-8°C OK all day (min 3.4, max 6.1). Insulin from Zuellig recv 14:32, DO no. ZP-2026-771903.
        For e-prescription collection issues, call the pharmacy careline at 6777 8121 (daily 9am-6pm).
        Price update eff. 01/01/2027: Augmentin 625mg 14s S$28.90 -> S$31.50; Zyrtec 10mg 30s S$19.90 unchanged.
        LASA alert: hydrOXYzine vs hydrALAZINE now on separate shelves, bay 4 and bay 9.
        Training role-play (fictional): "Uncle Lim", 70, asks for something "strong" for his cough. Practise asking about current meds, allergies and duration before recommending.
        Caring Pharmacy Sunway Pyramid: returned 17 expired items to DKSH, credit note CN-88302.
    """),
    ("en", "regulatory circular"): _lines("""
        HSA Dear Healthcare Professional Letter dated 14 Nov 2026: risk of severe hypocalcaemia with denosumab (Prolia) in patients with advanced chronic kidney disease.
        NPRA Circular Bil. (12) dlm. BPFK/PPP/07/25 Jld. 4: implementation of additional safety labelling for products containing pseudoephedrine.
        Health Minister Ong Ye Kung said at the Singapore Health & Biomedical Congress that HSA will pilot a reliance route for new drugs approved by two reference agencies.
        Health Minister Dzulkefly Ahmad officiated the new Phase 1 unit at Hospital Ampang, describing clinical research as a national economic priority.
        Secretary for Health Lo Chung-mau told LegCo that the "1+" mechanism has approved several new drugs backed by one reference agency plus local clinical data.
        Application form PR-1 (rev. 08/2026) for registration of pharmaceutical products: submit to Drug Office, 3/F Public Health Laboratory Centre, 382 Nam Cheong Street, Shek Kip Mei, Kowloon.
        HSA advisory: "Tok Sakti Slimming Capsules" sold online were found to contain sibutramine. Consumers should stop using the product and see a doctor if unwell.
        Health Sciences Authority, 11 Biopolis Way, #11-01 Helios, Singapore 138667.
        National Pharmaceutical Regulatory Agency (NPRA), Lot 36, Jalan Prof. Diraja Ungku Aziz, 46200 Petaling Jaya, Selangor.
        With effect from 1 Jan 2027, all CTA/CTN submissions must go through PRISM; hard copies will no longer be accepted (CTB circular 2026/09).
        Class II recall: Metformin XR 500 mg, batches M2403 to M2411, due to NDMA levels above the acceptable intake of 96 ng/day.
        Malaysian Guideline for Good Clinical Practice, 4th Edition, Section 8.3 lists the essential documents to be filed before the trial commences.
    """),
    ("en", "investigator site file"): _lines("""
        ISF Tab 5: Delegation of Authority Log. Every staff member performing study tasks must sign and the PI must initial before the first task.
        MVR-0412 dated 18-Nov-2026: 14/14 ICFs reviewed, 2 minor findings (time of consent missing for Subject 003-017; ICF v2.0 used after v3.0 approved).
        Temperature excursion IMP fridge Site 102: 8.6°C for 22 min on 29/11 02:14-02:36. Quarantine kits K-10457 to K-10470, notify CRA, await sponsor disposition.
        Screening log (de-identified): screened 48, screen failed 19 (eGFR 7, HbA1c out of range 8, withdrew consent 4), randomised 29.
        PD-2026-0081: Visit 6 outside window (+5 days). Root cause: public holiday (Deepavali). CAPA: window check added to the visit scheduler.
        File note: original wet-ink ICFs are kept in the locked cabinet, Room 05-12, CRC office. Certified copies only in the ISF.
        IP accountability: dispensed 180 tabs, returned 42, lost 0, compliance 95.2%. Kit no. 7731-B.
        eTMF naming convention: <StudyID>_<SiteNo>_<DocType>_<YYYYMMDD>_v<x.y>.pdf, e.g. XR4471_102_DOA_20261118_v1.0.pdf
        GCP certificates must be renewed every 3 years; staff with an expired cert must be removed from the DOA log until retrained.
        Lab manual v5.0: centrifuge PK tubes at 1500 g x 10 min at 4°C within 30 min of draw; ship on dry ice, AWB 784512369014.
        SIV agenda: 09:00 protocol overview; 10:30 IP handling; 11:15 EDC (Medidata Rave) demo; 12:00 pharmacy tour, NUH Main Building Level 1.
        QRY-55821 closed: ConMed start date corrected from 2026-13-02 to 2026-02-13 (data entry typo).
    """),
    ("en", "coordinator message"): _lines("""
        Hi all, reminder pls fast from 10pm tonight for tmr's Visit 3 blood draw. Water ok. Don't take ur morning meds till after the draw k
        Hello, may I ask if the study will pay for parking at SGH? Block 3 carpark very ex leh
        Hi, saw your poster at Novena MRT. Is the eczema study still recruiting? Can a 16 y.o. join or must be 18?
        Auto-reply: Thank you for your message. Office hours Mon-Fri 9am-5pm. For medical emergencies please go to the nearest A&E and show your study wallet card.
        Can take Panadol while on the study drug or not? Got headache since morning
        Boleh saya datang lewat sikit esok? Jam teruk on Federal Highway, maybe 30 mins late, sorry!
        唔該, may I confirm if Visit 5 is at Block K or the new Clinical Research Centre building?
        Reminder: bring all unused study tablets, the empty bottles and your diary card to every visit.
        Dear participants, the CRC will be closed on 25 Dec and 1 Jan. Visits falling on those days will be rescheduled by the team.
        Noted with thanks. Will bring the stool sample container back on Friday.
        Hi, the study hotline 6908 2711 keeps going to voicemail, is there another number to call for rescheduling?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Jasmine, this is Koh Mei Ling, subject 102-014 in the DIAB-24 study. I just found out I'm pregnant 😅 what should I do?? Pls call me 9735 2841
        I, Rajendran s/o Muthusamy, NRIC S8734215H, of Blk 412 Bedok North Ave 2 #09-145 Singapore 460412, hereby consent to participate in the study titled above.
        SAE narrative: Mr Leong Wai Keat (DOB 14/07/1961, MRN 7722914) was admitted to TTSH on 02/11 with grade 3 hepatotoxicity, ALT 412 U/L, after 6 weeks of study drug.
        Mdm Siti Hajar binti Osman, IC 690214-10-5836, collected insulin glargine x5 pens. Next supply due 10 Jan; her husband Encik Rahim will collect.
        Stipend payment: Tan Boon Hock, POSB Savings 188-52417-3, S$480 for Visits 1-6.
        Pls reimburse my travel claim to my Visa 4556 7103 8849 2716, name on card LIM JIA HUI. Thanks!
        Wong Ka Yan, HKID Y471903(2), tel 9628 4175, Flat 12B, Block 3, Laguna City, Kwun Tong. Screening visit booked 8 Jan 10:30.
        Chan Siu Ming, 68, on warfarin, INR 4.8 on 27/11; dose held x2 days on QMH advice. Lives alone at Wah Kin House 1803, Wah Fu Estate, so pls call before delivering meds.
        AE follow-up: Nurul Izzati binti Hamzah (MyKad 940823-14-6228) reported a severe rash on day 9 of study drug; photos sent via WhatsApp from 012-684 3197.
        Hey it's Aaron Goh from the psoriasis study, I moved! New address 27 Jalan Kembangan, Singapore 419138. Pls update before you courier the IP.
        FIN F2239581P, Ms Maria Santos Dela Cruz, domestic helper, wants to join the flu vaccine trial. Employer Mrs Lee agrees, contact via employer 9102 6634.
        Chua Siew Ling's HIV viral load was undetectable (<20 copies/mL) at Week 48. She asked us never to call her home line, only her mobile 8456 2093.
        Non-resident participant Ravi Shankar Pillai, Indian passport Z4527183, enrolled at Gleneagles; emergency contact his wife Priya, +65 8839 1204.
        Counter note 02/12: Mr Ong Teck Seng (S7612038B) tried to buy Dhasedyl 120ml again, 3rd time this week. Refused sale, informed pharmacist-in-charge.
        Lau Chi Wai, 46, lorry driver from Sheung Shui, admitted to PWH on 18 Nov with methotrexate toxicity after taking 10mg daily instead of weekly.
        hi I'm Deborah Ng (deborahng.88@gmail.com), had my 2nd dose yesterday and my arm is super swollen and hot, is this normal?
        Key code list: Subject 004-032 = Mohd Faizal bin Abdullah, tel 019-337 2816, Kg. Baru Sungai Buloh. Keep in locked drawer, NOT in the ISF.
        DuitNow to participant Kumaresan a/l Subramaniam, Maybank acct 1140 2286 5731, RM350 for V3-V5.
        This is Mrs Fong Lai Kuen, can I reschedule? My trial visit at QEH clashes with my chemo at Tuen Mun Hospital. My number 6183 5520.
        Online order MN-2611-880421 for Cheung Wing Sze, Rm 1507, 15/F, Fu Cheong House, Fu Heng Estate, Tai Po. Contains emergency contraceptive, discreet packaging pls.
        Emergency unblinding: participant Tay Hui Min (T0419862F) is 22 weeks pregnant per KKH ultrasound on 30/11; PI approved.
        Withdrawal: Mdm Goh S.L., NRIC S****137F, DOB 11-05-1990, Blk 22 Toa Payoh Lor 7, withdrew on 01/12 due to palpitations.
        Pesakit Azlan bin Yusof, no. IC 780511-01-5487, screened positive for hepatitis C at Visit 1; referred to Hospital Sultanah Aminah hepatology clinic.
        Co-payment waiver: Mr Pang Kok Leong earns S$2,150/month as a security guard, wife not working, 3 school-going children.
        Yeo Chin Huat, 51, a Geylang pharmacy assistant who sold 3,000 codeine tablets without prescription, was sentenced to 14 months' jail on 20 Nov.
        Lin Xiaoyu (WeChat: linxiaoyu_0312), mainland participant in the HK vaccine study, prefers WeChat over calls; mobile +86 138 1672 4409.
        Cross-border participant Zhang Wenjing, Resident ID 440304198507132628, travels from Shenzhen for each visit at Queen Mary Hospital; reimburse MTR fares.
        Hsu Ya-Ting, Taiwan ID F228160356, working here on an EP, enrolled in the migraine prevention study at NNI; has 15 migraine days a month.
        Parking claim: participant Ahmad Faris drove SLK 4827 C to Visit 2 at Ng Teng Fong General Hospital, S$12.80.
        Ms Chong Pei Yi (Subject 11-007) drives WVK 6612, pls whitelist at the HUKM carpark for her Thursday infusions.
        Call log 03/12 14:20: Mr Tham says his mother Tham Ah Moi, 87, fell at home at Blk 6 Upper Boon Keng Rd #12-1022 two days after starting study drug.
        Pls add me to the participant WhatsApp grp, I'm Sharifah Nadia, 016-552 8034. My diabetes getting worse lah, HbA1c 9.2 last week.
        @kelvin_tkh on Telegram is Kelvin Tan Kok Hwa from Cohort B; he says he's been vomiting since Visit 4.
        Please send my signed ICF copy to joanne.pereira@outlook.com or post it to Joanne Pereira, 14 Lorong Chuan, #03-07, Singapore 556818.
        Travel letter for Muhammad Hafiz bin Rosli, SG passport K3918264M, carrying study insulin pens to Jakarta 12-20 Dec.
        Chandra a/p Ramasamy, passport A52817364, DOB 03/03/1972: the insurer needs these details for her travel insurance rider.
        Ms Ho Mei Kwan, HKID K362815(9), newly diagnosed breast cancer stage IIA at PYNEH, being screened for the neoadjuvant immunotherapy trial.
        Meal voucher top-up: Mastercard 5208 4316 0927 7138 exp 08/28, cardholder Ho Kah Meng.
        Auntie Lucy Teo from Blk 88 Whampoa Drive, the one with the colostomy, came again for her stoma bags, 20 pcs.
        Cust Nur Aisyah Zulkifli (013-7728541) asked for her isotretinoin refill; told her she needs a pregnancy test first, she says she is on the pill.
        Deliver to Eric Lam Chun Hei, Flat 9A, Tower 2, The Pavilia Hill, 18A Tin Hau Temple Road, North Point: 2 boxes Truvada (PrEP).
        Participant's daughter Serene Lim (9451 7760) is the LAR since Mr Lim Hock Seng, 79, has moderate dementia (MMSE 15).
        Pls help, I'm Joyce Wee, S9025137F, I lost my study wallet card and flying to Perth tmr. Do I still need it?
        G5173048N, Nguyen Thi Lan, Vietnamese work permit holder, latent TB, started 3HP in the TB prevention study at TTSH.
        Ahmed Karim, FIN M4410267J, Room 07-15, Tuas View Dormitory, seen at the dorm medical centre for scabies, referred for permethrin.
        To whom it may concern: Mr Sim Boon Kiat, senior technician, basic salary S$4,380, is granted 8 days of unpaid leave to attend the Phase 1 study stays.
        Please transfer the HK$1,200 honorarium to HSBC 004-512-398211-833, account name CHAN KA LOK.
        From: amelia.koh.lw@gmail.com Subject: Re: Visit 7 - sorry I missed it, was warded at CGH for dengue 4 days.
        ADR report: Puan Rohana binti Ismail, 34, of Kampung Padang Tengku, Kuala Lipis, had anaphylaxis after IV ceftriaxone at Hospital Kuala Lipis on 21/11/2026.
        My husband Jeffrey Ong Wee Liang is in your sleep apnoea study, he's snoring again and his BP was 168/102 this morning. Can the doctor call me at 8102 4563?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi is the knee osteoarthritis study at Changi General still taking people?"),
        (
            "assistant",
            "Yes, the study is recruiting adults aged 50-80 with knee OA. Would you like the coordinator to contact you?",
        ),
        ("user", "ok can. I'm 63, both knees pain, on celecoxib now"),
        ("user", "Name Png Ah Hock, hp 9312 5086, best to call after 3pm"),
    ],
    [
        (
            "system",
            "You are the virtual assistant of the Clinical Research Centre, Hospital Pulau Pinang. Help callers with study enquiries.",
        ),
        ("user", "Saya nak daftar untuk kajian asma. Can you register me?"),
        ("assistant", "Sure. Please provide your full name and MyKad number."),
        ("user", "Lim Chee Keong"),
        ("user", "IC 850317-07-"),
        ("user", "5391"),
        ("assistant", "Thank you, Mr Lim. The CRC team will contact you within 3 working days."),
    ],
    [
        ("user", "Can paracetamol be taken together with warfarin?"),
        (
            "assistant",
            "Occasional paracetamol at normal doses is generally considered acceptable with warfarin, but regular use can raise the INR. Please check with the pharmacist or doctor.",
        ),
        (
            "user",
            "It's for my mum Mdm Low Geok Choo, 81, she's on warfarin 3mg and her INR was 3.9 last week at the polyclinic",
        ),
        ("user", "we stay Blk 309 Clementi Ave 4 #05-211, can your pharmacy deliver?"),
    ],
    [
        ("user", "我想問下個 hepatitis B trial 仲有冇位?"),
        ("assistant", "The study is still screening. May I have your details for the coordinator?"),
        ("user", "Leung Hoi Ching, HKID R552901(7), mobile 5417 3928"),
        ("assistant", "Thanks, the PWH study team will call you next week."),
    ],
    [
        (
            "system",
            "You help hospital pharmacists draft ADR reports for submission to HSA. Remove identifiers unless the user insists.",
        ),
        (
            "user",
            "Draft an ADR report: patient Teo Kah Wai, male 57, NRIC S8501623G, developed angioedema 2 days after starting perindopril 4mg, admitted to CGH ward 47.",
        ),
        (
            "assistant",
            "Here is a draft. Note that HSA only needs patient initials and age, so I've shortened the name to T.K.W.",
        ),
        ("user", "ok but keep the NRIC, our internal copy needs it"),
    ],
    [
        ("user", "Can you help me check my consent form for mistakes before I sign?"),
        ("assistant", "Of course, please paste the text."),
        (
            "user",
            "I, Nadia Rahman binte Ismail, NRIC T0387716C, residing at 8 Woodlands Drive 16 #11-04 Singapore 737878, agree to take part in the RSV vaccine study. Contact: nadia.rahman.i@yahoo.com",
        ),
        (
            "assistant",
            "The fields look complete. Please also fill in the date beside your signature.",
        ),
    ],
    [
        ("user", "how do I get my travel allowance for the study"),
        (
            "assistant",
            "Allowances are paid by bank transfer or card credit. Which would you prefer?",
        ),
        ("user", "card pls. 4556 7320 4118"),
        ("user", "3094 exp 11/29"),
        ("user", "its under Kwok Siu Fan"),
    ],
    [
        ("user", "I'd like to book my Visit 2 at the HKL CRC"),
        ("assistant", "Which date works for you?"),
        ("user", "next Tuesday morning"),
        (
            "assistant",
            "Booked: Encik Haris bin Ismail, MyKad 880621-14-5573, Tuesday 10 Dec, 9:30am, CRC Level 3. A reminder SMS will be sent to 017-229 4618.",
        ),
    ],
    [
        (
            "user",
            "Pls make this email more polite: 'Hi Cheryl, this is Marcus Yap, subject 007-021. I'm HIV positive and started Biktarvy in Sept. Can I still join the vaccine booster substudy? dont tell my company ah.'",
        ),
        (
            "assistant",
            "Dear Cheryl, I hope you are well. This is Marcus Yap (Subject 007-021). I was diagnosed HIV positive and have been on Biktarvy since September. May I check whether I am still eligible for the booster substudy? I would appreciate it if this information is kept confidential from my employer. Thank you.",
        ),
    ],
    [
        (
            "user",
            "Is there an English version of the vaccine trial leaflet? My wife reads only Chinese",
        ),
        (
            "assistant",
            "Yes, both Traditional Chinese and English leaflets are available at the clinic.",
        ),
        (
            "user",
            "OK. She is 周佩琳 Zhou Peilin, ID 330106197903045122, we live in Hangzhou but she'll stay at our flat in Tseung Kwan O during the study",
        ),
        ("user", "her WeChat is zpl_hz0304"),
    ],
]
