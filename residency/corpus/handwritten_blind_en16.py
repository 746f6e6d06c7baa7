"""Blind check set en16: English clinical and health-care text from Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en16
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "discharge_template"): _lines("""
        DISCHARGE SUMMARY. Patient name: [NAME]. NRIC/FIN: [NRIC]. MRN: [MRN]. Date of admission: [DD/MM/YYYY]. Principal diagnosis: ________.
        Dear Dr {{gp_name}}, thank you for referring {{patient_title}} {{patient_surname}}, who was reviewed at our clinic on {{visit_date}}.
        Next of kin: <NOK_NAME> (<RELATIONSHIP>), contact no. <NOK_PHONE>. Leave blank if patient declines to nominate.
        Template v3.2 - Discharge Medication Reconciliation: list each drug, dose, frequency, and whether it is NEW, CHANGED, STOPPED or UNCHANGED.
        Sample filled form (training only): Name: TAN AH KOW (SAMPLE). NRIC: S0000000X. Ward: 00. This record does not describe a real patient.
        Follow-up: SOC appointment in ___ weeks with ___ clinic; bloods (FBC/RP/LFT) 1 week before. Patient/caregiver informed: Y / N.
        Referral letter checklist: reason for referral, relevant history, current medications, allergies, urgency (routine / soon / urgent), and the referring doctor's MCR number.
        Please bring this letter, your IC/passport and all current medicines to your appointment at the Specialist Outpatient Clinic, Level 2, Block B.
        MEDICAL CERTIFICATE - This is to certify that Mr/Ms __________ is unfit for duty from ____ to ____ inclusive. Serial no. MC-2026-004417.
        Advance Care Planning form: 'My preferred place of care is ______. The person I trust to speak for me is ______.' Complete in pen.
    """),
    ("en", "drug_leaflet"): _lines("""
        Metformin 500 mg tablets: take with or immediately after meals to reduce stomach upset. Do not crush the extended-release (XR) formulation.
        Warfarin interacts with many foods and medicines; keep your intake of green leafy vegetables consistent and inform your doctor before starting any traditional Chinese medicine.
        Carbamazepine: patients of Han Chinese, Thai or Malay ancestry should be screened for HLA-B*1502 before starting, owing to the risk of Stevens-Johnson syndrome.
        Allopurinol may cause severe skin reactions in people carrying HLA-B*5801; in Singapore, genotyping is subsidised for new patients starting the drug.
        Store insulin pens you are not using in the refrigerator (2-8 C). The pen in use can be kept at room temperature below 30 C for up to 28 days.
        Clopidogrel 75 mg OD. Common side effects: bruising, nosebleeds. Seek help immediately if you pass black, tarry stools.
        Amoxicillin/clavulanate 625 mg TDS x 5/7 - complete the full course even if you feel better. Batch no. AMC2604118, Exp 09/2028.
        Paracetamol: the maximum dose for adults is 4 g in 24 hours. Many cold and flu remedies also contain paracetamol; check the label.
        Dengue fever: avoid NSAIDs such as ibuprofen, naproxen and aspirin because of the bleeding risk; paracetamol is preferred for fever.
        Salbutamol MDI 100 mcg/puff, 2 puffs PRN for breathlessness. Rinse the spacer weekly in warm soapy water and allow to air-dry.
        Product registration: MAL20071234AZ (Malaysia), SIN 12345P (Singapore), HK-56789 (Hong Kong). Keep out of reach of children.
    """),
    ("en", "public_health_advisory"): _lines("""
        The Ministry of Health Singapore reported 412 dengue cases in the week ending 22 November, a decrease of 38 cases from the previous week.
        Director-General of Health Dr Noor Hisham Abdullah urged Malaysians to complete their booster doses ahead of the school holidays.
        The Centre for Health Protection is investigating a cluster of influenza A(H3) cases at a residential care home for the elderly in Sha Tin; all affected residents are in stable condition.
        Members of the public who develop fever, cough or breathlessness after travelling should call the Hospital Authority hotline at 2300 6555 or visit the nearest AED.
        Mental health support is available 24/7: Samaritans of Singapore 1767, Befrienders Kuala Lumpur 03-7627 2929, The Samaritan Befrienders Hong Kong 2389 2222.
        Health Minister Ong Ye Kung said in Parliament that the national wait time for a first specialist appointment had fallen to 38 days.
        A 62-year-old man from Johor Bahru has been confirmed as the state's third leptospirosis death this year, the state health department said.
        HPV vaccination is free for all Secondary 1 female students in Singapore under the school-based programme.
        Members of the public can check their vaccination records on HealthHub or the MySejahtera app; the Department of Health's eHealth app provides the same in Hong Kong.
        Hand, foot and mouth disease cases at childcare centres in Klang Valley rose to 1,284 in week 44; operators must close classes with two or more cases for 10 days.
    """),
    ("en", "medical_education"): _lines("""
        Case 1: A 54-year-old Malay man with poorly controlled type 2 diabetes presents with a painless ulcer on the plantar surface of his right foot. What is the next step?
        A 28-year-old woman, G2P1 at 34 weeks, presents with headache, BP 168/110 and 3+ proteinuria. Discuss the immediate management of severe pre-eclampsia.
        OSCE station 4: you are the house officer in the A&E of a regional hospital. Mr Lim (simulated patient) complains of central chest pain for two hours. Take a focused history.
        In Hong Kong, nasopharyngeal carcinoma has a strong association with Epstein-Barr virus and Cantonese ancestry; classic presentation is a painless neck lump.
        MCQ: A 7-year-old boy from Sabah presents with cyclical fever and splenomegaly. Thin smear shows banana-shaped gametocytes. The most likely species is: A) P. vivax B) P. falciparum C) P. knowlesi D) P. malariae.
        Patient X, a 71-year-old retired hawker, was admitted with community-acquired pneumonia; the case is used to illustrate CURB-65 scoring (score 3, admit to HD).
        Thalassaemia trait is common in Southeast Asia; a low MCV with a normal ferritin should prompt haemoglobin electrophoresis rather than iron therapy.
        Remember the mnemonic MUDPILES for raised anion gap metabolic acidosis: methanol, uraemia, DKA, paraldehyde, iron/isoniazid, lactic acid, ethylene glycol, salicylates.
        Grand round 14 Nov: 'A puzzling case of fever and eschar in a soldier returning from jungle training' - scrub typhus, presented by the Department of Infectious Diseases.
        Mrs Wong, the fictional grandmother in our communication-skills video, struggles to understand why her insulin dose changed; students should practise teach-back.
    """),
    ("en", "research_data"): _lines("""
        Table 2. Baseline characteristics (n = 1,248): mean age 58.3 (SD 11.2) years; 52.1% male; Chinese 71.4%, Malay 14.0%, Indian 10.8%, Others 3.8%.
        subject_id,age_band,sex,hba1c,egfr,arm / SGX-0147,55-59,F,7.9,68,intervention / SGX-0148,60-64,M,8.4,52,control
        All data were de-identified prior to analysis in accordance with the PDPA; the study was approved by the NHG Domain Specific Review Board (ref 2024/00871).
        Participant P-031 (female, 40s) reported improved sleep at week 12; no adverse events were recorded for this participant.
        The cohort was recruited from three public hospitals in Kuala Lumpur and Penang between 2019 and 2022; median follow-up was 3.1 years (IQR 2.4-3.8).
        Hazard ratio for major adverse cardiovascular events 0.82 (95% CI 0.71-0.95, p = 0.008) in the SGLT2 inhibitor arm.
        Record hash sha256: 9f2c1e7a40bd33c815e6a0f7c2d94b11e5f7a08c6d3b29e41a5c7f0e8d2b6a13; pseudonymised key held by the trusted third party only.
        Clinical trial registration: NCT05512347. Principal investigator: Assoc Prof Chia Wei Ling, Department of Medicine, National University Hospital.
        Ages above 89 were top-coded and postal codes truncated to the first two digits (sector) to reduce re-identification risk.
        Focus group quote (FG3, caregiver, Malay, 60s): 'We do not want to trouble our children, so we just manage on our own.'
    """),
    ("en", "pharmacy_label"): _lines("""
        Take ONE tablet TWICE a day after food. May cause drowsiness. Do not drive or operate machinery.
        Apply thinly to affected area twice daily for 7 days. For external use only. Rx No. 260311-0087.
        Dissolve 1 sachet in 200 ml of water and drink immediately. Take at least 2 hours apart from other medicines.
        LABEL TEMPLATE: Patient: ______ Date: ______ Qty: 30 Sig: 1 tab OM. Pharmacist: ______ (ext. 4412)
        Inhaler technique counselling done. Patient given leaflet 'How to use your Turbuhaler' (English/Malay/Chinese/Tamil).
        Guardian Pharmacy, 1 Raffles Place #B1-22, Singapore 048616. Open Mon-Sat 8am-9pm. Tel 6535 0000.
        Ubat ini hendaklah diambil SELEPAS makan. Take this medicine AFTER food. Ubat terkawal - Controlled medicine.
        Do not take with grapefruit juice. Stop and consult your doctor if you develop muscle pain or dark urine (statin).
        Dispensed by: Watsons Mong Kok, Nathan Road. Script ref HK-RX-88213. Price HK$146.00 (incl. dispensing fee).
        Sig: Prednisolone 5 mg tab - 8 tabs OM x 5 days then stop. Take with breakfast.
    """),
    ("en", "lab_reference"): _lines("""
        Reference ranges (adult): Haemoglobin M 13.0-17.0 g/dL, F 12.0-15.0 g/dL; Platelets 150-400 x10^9/L; Creatinine M 65-125 umol/L.
        Specimen ID: LAB-26-114907 | Collected 03/12/2026 07:42 | Received 08:15 | Status: FINAL | Verified by: MLT on duty.
        Critical value policy: results outside critical limits (K+ < 2.8 or > 6.2 mmol/L) must be phoned to the requesting doctor within 30 minutes and read back.
        HbA1c is standardised to IFCC units (mmol/mol) and DCCT (%); 48 mmol/mol corresponds to 6.5%.
        QC lot 45021, level 2, Westgard rule 2-2s violated on run 7; run rejected and repeated after recalibration.
        Dengue NS1 antigen is most sensitive in the first 5 days of illness; IgM becomes detectable from day 4-5 onwards.
        Sample rejected: haemolysed. Please repeat. (This message is generated automatically by LIS v8.4.2.)
        The pathology department at Queen Mary Hospital is accredited under HOKLAS for 214 tests as of 2026.
        Turnaround time targets: STAT FBC 1 hour; routine renal panel 4 hours; blood culture preliminary report 24-48 hours.
        eGFR is calculated using the CKD-EPI 2021 equation without a race coefficient.
    """),
    ("en", "health_system_admin"): _lines("""
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433. Main line 6256 6011. Visiting hours 12pm to 8.30pm daily.
        Hospital Kuala Lumpur Emergency Department is located at Jalan Pahang, 50586 Kuala Lumpur. For ambulance, call 999.
        Prince of Wales Hospital, 30-32 Ngan Shing Street, Sha Tin, New Territories. Accident & Emergency Department open 24 hours.
        Ward 64 bed management: 3 beds blocked for isolation, 2 expected discharges by noon, 1 pending transfer to community hospital.
        Polyclinic queue at 10:15: 84 patients waiting, estimated wait 95 minutes. Queue numbers 2041-2125 are being served at counters 3-7.
        MediShield Life claim limits for 2026: normal ward daily limit S$1,000, ICU S$2,200; deductible S$1,500 to S$3,000 depending on ward class.
        ICD-10 coding note: E11.65 type 2 diabetes with hyperglycaemia; I10 essential hypertension; N18.3 CKD stage 3.
        KPJ Damansara Specialist Hospital has opened a new cardiac catheterisation laboratory, its chief executive officer told reporters on Monday.
        The Hospital Authority operates 43 public hospitals and institutions, 49 specialist outpatient clinics and 74 general outpatient clinics.
        Staff reminder: hand hygiene compliance in Ward 8B fell to 76% in October. Audit team: Infection Prevention and Control Unit.
    """),
    ("en", "insurance_policy"): _lines("""
        Pre-authorisation is required for elective admissions, day surgery above S$5,000 and all MRI/CT scans. Submit form PA-01 at least 3 working days in advance.
        Claim status: APPROVED. Claim ref CLM-2026-0093317. Amount payable: RM 4,820.50. Policy class: Gold Plus (group).
        Exclusions: pre-existing conditions within the first 12 months, cosmetic surgery, fertility treatment, and injuries from hazardous sports.
        Co-insurance: 10% of the claimable amount, capped at S$3,000 per policy year for treatment at a panel specialist.
        Letter of Guarantee (LOG) is issued directly to the panel hospital; the member pays only non-covered items upon discharge.
        Voluntary Health Insurance Scheme (VHIS) certified plans in Hong Kong must cover unknown pre-existing conditions after a waiting period.
        Placeholder member: John Doe, policy no. 0000-0000-00, DOB 01/01/1970 (demo account for broker training).
        For enquiries, call our 24-hour customer hotline at 1300-88-1234 or e-mail claims@example-insurer.com.my.
        Panel clinic list updated 1 Dec 2026: 1,842 GP clinics in Peninsular Malaysia, 311 in Sabah and Sarawak.
        CPT code 93458 (left heart catheterisation with coronary angiography) requires supporting ECG and troponin results.
    """),
    ("en", "clinical_software"): _lines("""
        {"resourceType": "Patient", "id": "example", "name": [{"family": "Chalmers", "given": ["Peter"]}], "note": "HL7 FHIR R4 example resource"}
        MSH|^~\\&|LIS|HOSP|EMR|HOSP|20261203074200||ORU^R01|MSG000123|T|2.5.1  (T = test processing ID)
        def mask_nric(nric: str) -> str: return nric[0] + "****" + nric[-4:]  # e.g. S1234567D -> S****567D
        SELECT mrn, admit_date, ward FROM admissions WHERE discharge_date IS NULL AND ward LIKE '6%';
        Test fixture: patient = Patient(name="Test Patient One", nric="S1234567D", dob=date(1990, 1, 1))  # well-known dummy NRIC
        NEHR integration error E4031: consent flag missing for record id 7f3c9a1e; retry scheduled at 2026-12-03T09:30:00+08:00.
        CHANGELOG v2.14.0: add HKID check-digit validation to the registration screen; fix date picker for Buddhist calendar locales.
        regex for Malaysian IC: ^\\d{6}-\\d{2}-\\d{4}$ (format only; does not validate state code or date).
        Appointment SMS template: 'Dear {name}, your appointment at {clinic} is on {date} at {time}. Reply Y to confirm.'
        Build 2026.11.28-rc3 deployed to UAT; synthetic dataset 'synthea-sg-5k' loaded for load testing.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DISCHARGE SUMMARY - Name: Lim Hui Ping, NRIC S7697298B, MRN 2109-44817. Admitted 24/11/2026 with NSTEMI; PCI to LAD done; discharged on DAPT.
        Patient Mr Rajendran a/l Muniandy (MyKad 580412-10-5523) was admitted to Ward 7C for diabetic foot sepsis and underwent right below-knee amputation.
        Madam Chan Siu Ying, HKID Y873191(6), 82, known dementia, lives alone at Flat 1412, Wo Lok House, Kwun Tong; daughter visits weekly.
        Referral: kindly see Ms Nur Aisyah binti Kamal, 26, G1P0 at 30 weeks with gestational diabetes on insulin. Her husband Faizal can be reached at 013-482 7719.
        Pharmacy label: GOH BENG HUAT - Tamsulosin 0.4 mg, 1 cap ON. Qty 30. Dispensed 02/12/2026. Changi General Hospital Pharmacy.
        Lab report for Wong Ka Fai (DOB 14/03/1967): HBsAg REACTIVE, HBV DNA 2.1 x10^5 IU/mL. Refer to hepatology.
        Pre-authorisation request: member Siti Hajar Mohd Yusof, policy P-7781-2209-01, for laparoscopic cholecystectomy at Pantai Hospital, estimated RM 18,500.
        Nursing handover bed 12: Mr Ho Wee Liang, 67, post-op day 2 TKR, pain 4/10, Foley removed, wife (Mdm Tay) anxious, please update her at 9123 4470.
        My mother, Kamala d/o Suppiah, was diagnosed with stage 3 breast cancer at NCCS last month and starts chemo on Monday.
        Next of kin: Leung Wai Man (son), mobile +852 9318 2264, address Flat C, 8/F, Tak Fung Building, 21 Fuk Wa Street, Sham Shui Po.
        Please update the records: Patient Ang Mei Xuan, T0160852A, new address Blk 417 Bedok North Avenue 2 #08-1123, Singapore 460417.
        Encik Zulkifli bin Hamzah, 54, diagnosed with HIV in 2019, on TLD, viral load undetectable; he has not disclosed his status to his wife.
        Tel: +65 8621 0934. This is Doreen Teo, I'm calling about my father's MRI results, he's Teo Kok Hua, bed 21, Ward 55.
        Operation list Thu 4 Dec: (1) Chua Li Ting, 34F, laparoscopic myomectomy; (2) Mohd Arif Razak, 41M, L inguinal hernia repair.
        HKID K886759(3) - CHOW, Tsz Ching, female, DOB 1991-06-08, allergy: penicillin (anaphylaxis). Outpatient appt 12/12/2026 Orthopaedics.
        Telemedicine note: spoke to Mr Gurpreet Singh (S3446103A) by video; reports low mood and poor sleep since retrenchment; PHQ-9 = 17.
        Insurance claim rejected for Yeoh Kah Wei, claim no. 55-2026-88110, because his hypertension was not declared at enrolment.
        Birth notification: baby girl of Puan Rosmah binti Ismail (MyKad 850216-07-5342), born 01/12/2026 03:14 at Hospital Pulau Pinang, 2.9 kg.
        Please email the report to cheng.meiling1982@gmail.com; it's for my own psychiatry follow-up with Dr Lau.
        Ms Priya Nair, 19, student at Temasek Polytechnic, presented after an intentional paracetamol overdose following a breakup; MSW referral done.
        Specimen: urine drug screen - Tan Jun Hao (NRIC S5255753D) - positive for methamphetamine. Copy to CNB liaison officer.
        Home visit: Mdm Lee Ah Moi, 88, No. 27 Jalan SS 2/55, 47300 Petaling Jaya, bedbound, sacral pressure sore grade 3, maid Ani assists.
        Vaccination record: Ng Zi Xuan, born 20/07/2021, Child Health Booklet no. CHB-210720-0331, missed MMR dose 2.
        Dr, my wife Lau Mei Kuen HKID D545778(6) is 24 weeks pregnant and bleeding, we are coming to QEH now, our number is 6172 9954.
        Medical leave for Muhammad Hafiz bin Osman, employee no. 10283, Maybank Menara, 3 days for acute gastroenteritis (MC serial 2026-7719).
        Mr Samuel Koh, the piano teacher at our church, was diagnosed with early-onset Parkinson's last year and is hiding it from the choir.
        Genetic counselling: Yap family - Mdm Yap Soo Lin (proband, BRCA1 positive); her sisters Yap Soo Hwa and Yap Soo Kim declined testing.
        Bank details for refund of overpayment: patient Krishnan s/o Velu, Maybank account 1140 2238 9015, amount RM 312.40.
        The patient in bed 3, Eleanor Fernandez, 45, told me she was beaten by her husband; we documented bruises on both arms and called the MSW.
        Registration: Tam Hoi Lam, HKID R539588(6), Tel 5418 3307, Address: Rm 708, Block B, Lai Yiu Estate, Kwai Chung. Chief complaint: fever x3 days.
        Appointment reminder for Fatimah binti Abdullah: Klinik Kesihatan Bandar Baru Bangi, 9 Dec 2026 8.30am, Diabetes clinic. Contact 019-302 5516.
        Madam Ho, our neighbour at Blk 88 Telok Blangah Heights, was admitted to IMH again after she stopped taking her lithium.
        Dialysis schedule: Mr Raymond Lai Chi Keung, MWF 7am, Tuen Mun Hospital renal unit; dry weight 62.5 kg; son Kelvin drives him.
        Attached is the MC for my son, Ethan Lim Jun Kai, P4 at Rosyth School, for hand, foot and mouth disease, 1-5 Dec.
        Ms Deepa Ramasamy, F1860276T, foreign domestic worker, tested positive for latent TB on pre-employment screening; employer Mr Quek informed.
        ECG reported for LOW SIEW KENG, age 73, MRN 3307-12009: AF with RVR, rate 138. Started on diltiazem.
        Insurance pre-auth for Cheung Pui Shan (policy HK-VHIS-20418876), MRI lumbar spine at Hong Kong Sanatorium, HK$9,800, for sciatica.
        Mr Adrian Tan Wei Ming, 39, NRIC S9524942F, requests a copy of his vasectomy report for his divorce proceedings.
        Lost and found: blood glucose meter belonging to Puan Habibah, Room 6, Kampung Baru, phone 012-667 1039.
        Jenny Sim, the receptionist at our Tampines clinic, is on leave for IVF treatment until the 20th; please don't mention it to the patients.
        Please fax the results for Lo Yuk Lan, 5 Yee On Street, Kwun Tong, DOB 02/11/1955, to Dr Mak's clinic at 2345 6789.
        Following the road accident, Encik Azman Shah bin Rahim (MyKad 710923-14-6071) remains in ICU at Hospital Sultanah Aminah with a traumatic brain injury.
        Blood donor deferral: Ms Karen Goh Ser Ling, donor ID BD-0094412, deferred 12 months because of a recent tattoo; email karen.gsl@outlook.com.
        My grandpa Chong Fook Sang in Ipoh (house at 14 Jalan Raja Dihilir) keeps forgetting his warfarin, can the nurse call my aunt at 016-512 8870?
        Audiology: Ng Hoi Yan, 6, hearing aids fitted bilaterally; attends Heep Hong Society early education centre in Tsuen Wan.
        Staff health: Nurse Clara Wong, staff no. 40871, needle-stick injury on 01/12 from source patient Mr Yip (HCV positive); baseline bloods taken.
        ANC booking: Nurul Izzah binti Roslan, 31, G3P2, EDD 18/05/2027, lives at No. 5, Lorong Mawar 3, Taman Bunga, 08000 Sungai Petani.
        Pathology report (G9483369N) Mendoza, Maria Cristina: cervical biopsy shows CIN 3. Please call the patient at 9776 2103 to arrange LEEP.
        Prescription: Ms Janice Lee, 27, Roaccutane 20 mg OD; pregnancy test negative 30/11; she has agreed to use two forms of contraception.
        Psychiatric assessment of Mr Vincent Poon Ka Ho, HKID Z131250(3), detained under the Mental Health Ordinance on 29/11/2026.
    """),
    "mixed": _lines("""
        Pesakit Ahmad Firdaus bin Zainal, IC 920115-01-6688, disahkan dengue positif (NS1+), platelet 42, dimasukkan ke Wad 5 Hospital Sultanah Aminah.
        Ah Ma (Mdm Koh Geok Lian) fell in the toilet last night lah, now at SGH A&E, Block 2, cubicle 14, her IC is S7655225H.
        阿爸 Mr Leung Kwok Wing, 78, stroke last week, still at Ruttonjee Hospital ward 6A, 佢右邊手腳冇力.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Hi doctor, I'm messaging for my dad. He has a rash after starting the new gout pill.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. A rash after starting allopurinol can be serious. Is there any blistering, mouth sores or fever?",
        ),
        (
            "user",
            "Yes, some blisters near his mouth. He is Sim Chee Keong, NRIC S7319113J, 71 years old, the pill was from Bukit Batok Polyclinic.",
        ),
        (
            "assistant",
            "Please bring him to the nearest emergency department now and show them the medicine. Stop the allopurinol.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a referral letter to an orthopaedic surgeon? Keep it generic for now.",
        ),
        (
            "assistant",
            "Sure. Here is a template: 'Dear Dr [Surgeon], I would be grateful if you could review [Patient], a [age]-year-old [occupation] with [complaint]...'",
        ),
        (
            "user",
            "Great, now fill it in: patient is Mdm Rohani binti Said, 63, retired teacher, MyKad 630508-02-5174, right knee OA with failed conservative treatment, lives in Alor Setar.",
        ),
    ],
    [
        ("user", "What is the normal range for HbA1c?"),
        (
            "assistant",
            "For most labs, below 5.7% (39 mmol/mol) is normal, 5.7-6.4% is prediabetes, and 6.5% or higher suggests diabetes.",
        ),
        (
            "user",
            "My HbA1c came back 9.2% and my employer's insurer, Great Eastern, now wants my full records. I'm Marcus Yeo, policy 0092-447-118. Should I send them?",
        ),
    ],
    [
        ("user", "Telemedicine consult transcript, please summarise in SOAP format."),
        ("assistant", "Please paste the transcript."),
        (
            "user",
            "Doctor: Hello, can I confirm your name and HKID? Patient: Mak Yee Man, E620084(6). Doctor: What's troubling you? Patient: I've had a burning sensation passing urine for three days, and I'm 10 weeks pregnant.",
        ),
    ],
    [
        ("user", "I'm a nurse on Ward 9. Help me tidy up this handover note."),
        (
            "assistant",
            "Happy to. Please remove identifiers if you can, or paste it and I'll restructure it.",
        ),
        (
            "user",
            "Bed 4 Mr Subramaniam, 80, CAP on IV Augmentin, confused overnight, pulled out his IV line twice. Bed 5 Mdm Chia Bee Hoon, 75, falls risk, son Alvin (9847 2216) wants a call before any procedure.",
        ),
    ],
    [
        (
            "user",
            "My brother-in-law Hafizuddin was just told he has kidney failure and needs dialysis. What are the costs at a private centre in Selangor?",
        ),
        (
            "assistant",
            "Private haemodialysis in Selangor typically costs RM 150-250 per session, three sessions a week. SOCSO or NKF may subsidise eligible patients.",
        ),
        (
            "user",
            "He's jobless since March and has 3 kids. Can you draft an appeal to Yayasan Kebajikan for him? His address is No. 22, Jalan Kenanga 7, Taman Sri Muda, 40400 Shah Alam.",
        ),
    ],
    [
        ("user", "Explain what a D-dimer test is used for."),
        (
            "assistant",
            "D-dimer is a fibrin degradation product. A normal result helps rule out pulmonary embolism or DVT in low-risk patients; a raised result is non-specific.",
        ),
        (
            "user",
            "OK. My wife Cheryl Tan had a high D-dimer after her flight from London and they found a clot in her lung. She's at Mount Elizabeth, room 812. Is she going to be OK?",
        ),
        (
            "assistant",
            "I'm sorry. Most people with a pulmonary embolism recover well with anticoagulation. Her doctors will guide how long she needs treatment.",
        ),
    ],
    [
        ("user", "Draft an SMS reminder for a vaccination appointment."),
        (
            "assistant",
            "'Dear {name}, this is a reminder of your vaccination at {clinic} on {date} at {time}. Please bring your IC and vaccination record.'",
        ),
        (
            "user",
            "Send it to these: Lee Jia Hui 9001 5562, Mohamed Rizwan 8124 7730, Parvathi Devi 9688 3015 - all for the shingles vaccine at Queenstown Polyclinic on 10 Dec 9am.",
        ),
    ],
    [
        ("user", "我媽媽 has high blood pressure, can she take Panadol for a headache?"),
        (
            "assistant",
            "Paracetamol (Panadol) is generally safe for people with high blood pressure at the usual doses. Avoid NSAIDs like ibuprofen if possible.",
        ),
        (
            "user",
            "Thanks. Her name is Yuen Lai Fong, she's 74, on amlodipine and she also had a kidney transplant at Queen Mary Hospital in 2015. Her number 9463 0271 if the pharmacist needs to call.",
        ),
    ],
]
