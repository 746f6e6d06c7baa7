"""Blind check set en105: SG/MY health screening and diagnostic labs (corporate check-up packages, blood test reports, X-ray appointments, results by e-mail). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en105
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "screening packages"): _lines("""
        Basic Health Screening - S$128 nett (incl. GST): BMI, BP, FBC, lipid panel, fasting glucose, urine FEME and doctor's consult.
        Executive Package @ RM680: 68 tests incl. HbA1c, liver & renal function, thyroid (TSH, FT4), chest X-ray PA view, resting ECG, tumour markers (AFP, CEA).
        Add-ons available: Ultrasound Hepatobiliary System +S$180, Mammogram +S$150, PSA (men 50 and above) +S$45, Pap smear / HPV DNA +S$98.
        Corporate rate for 50 pax and above: 15% off listed price, min. booking 30 days in advance, onsite mobile clinic at no extra charge within Klang Valley.
        Women's Wellness Plus (age 40+) - includes BMD scan (DEXA), mammogram and CA-125, S$598 w/ GST.
        Pakej Basic RM99 only!! FBC + gula + kolesterol, result in 3 working days, walk-in ok no need appt.
        Package prices valid till 31 Mar 2027. Prices exclude doctor's review beyond 15 min and any follow-up imaging.
        Premium Cardiac Screen: treadmill stress test, 2D echo, hs-CRP, Lp(a), apoB. Takes approx 3.5 hrs, please come fasting.
        SOCSO/PERKESO Health Screening Programme is free for active contributors aged 40 and above - check your eligibility in the PERKESO app.
        Package code EXEC-M-2026 (male) vs EXEC-F-2026 (female): the female version swaps PSA for Pap smear.
        Tiered pricing: Silver S$288 / Gold S$468 / Platinum S$888. All tiers include a 20-min results review with our doctor.
        Hepatitis B surface antigen & antibody screen - add RM55. Recommended for F&B handlers per local council requirement.
        Healthier SG enrollees: recommended screenings under Screen for Life are fully subsidised at your enrolled clinic.
    """),
    ("en", "lab reference and prep"): _lines("""
        Fasting: nothing to eat or drink except plain water for 10-12 hours before your blood test. Continue your usual medication unless told otherwise.
        HbA1c reference: <5.7% normal, 5.7-6.4% prediabetes, 6.5% and above diabetes (ADA criteria).
        LDL-C target for low-risk adults: <3.4 mmol/L; for those with diabetes, <2.6 mmol/L.
        eGFR 90 and above mL/min/1.73m2 normal; 60-89 mildly decreased. eGFR is computed using CKD-EPI 2021 (race-free).
        Urine FEME: collect a midstream sample in the sterile container provided. Ladies, pls avoid collection during menses.
        ALT (SGPT) 7-55 U/L; AST (SGOT) 8-48 U/L. Values flagged H/L are outside reference range and should be reviewed with a doctor.
        Haemoglobin ref: M 13.0-17.0 g/dL, F 12.0-15.0 g/dL. Ranges may differ slightly between labs due to methodology.
        Uric acid >420 umol/L is considered hyperuricaemia; repeat after 2 weeks of reduced purine intake if borderline.
        Chest X-ray PA: please remove all jewellery, bra with metal hooks and hairpins. Inform the radiographer if you might be pregnant.
        TSH 0.27-4.20 mIU/L (Roche Elecsys). Biotin supplements >5 mg/day may interfere, stop 8 hrs before the test.
        Results marked with * are performed by a referral laboratory and may take 5-7 working days.
        Why does my lipid panel say 'calculated LDL not reported'? If TG >4.5 mmol/L the Friedewald formula is invalid and a direct LDL will be run.
        Tip: drink 2 glasses of water before the appointment, it makes the veins easier to find :)
        Tube guide: Lavender (EDTA) - FBC, HbA1c; Gold (SST) - lipids, LFT, RFT; Grey (NaF) - glucose.
    """),
    ("en", "clinic notices and appointments"): _lines("""
        X-ray walk-in hours: Mon-Fri 8:30am-5:00pm, Sat 8:30am-12:30pm. Closed on Sundays & PH. Last registration 30 min before closing.
        Please arrive 15 minutes before your slot for registration. Bring your NRIC/FIN or passport and the doctor's referral letter.
        Singapore General Hospital, Outram Road, Singapore 169608. Nearest MRT: Outram Park (EW16/NE3/TE17).
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur. Radiology counter opens at 8am, pls take a number at the kiosk.
        Due to the CNY holidays, lab reports for samples collected on 16 Feb will be released on 20 Feb instead.
        Mobile X-ray bus will be at Changi Business Park Central 2 on 14 Nov, 9am-4pm. Foreign staff pls bring your EP/S Pass card.
        Reschedule? Call our hotline 6555 0888 (Mon-Sat) or WhatsApp 8222 0888 - pls do not send medical documents via WhatsApp.
        Queue no. A047 please proceed to Room 3 (Phlebotomy).
        Parking at Level B2 is $2.14/hr; validate your ticket at reception for 2 free hours.
        Clinic relocated! From 1 Dec we are at 10 Anson Road #02-45, International Plaza, Singapore 079903.
        Appt ref APT-20261212-0473 confirmed: Chest X-ray, 12 Dec 2026 10:20am, Raffles Place branch.
        Pregnant women should not undergo X-ray; please inform staff and we will swap it for an ultrasound where possible.
        Lab closed for system upgrade from 10pm Sat 5 Dec to 6am Sun 6 Dec. The online results portal will be unavailable.
        Sample collection for the Penang office will be on level 12 (pantry), 7.30am-10.30am, bring your staff pass.
    """),
    ("en", "email and sms templates"): _lines("""
        Dear {{patient_name}}, your health screening report (Ref: {{report_id}}) is now available. Please log in to the portal to view it.
        Hi <First Name>, this is a reminder of your X-ray appointment on <DD/MM/YYYY> at <HH:MM>. Reply Y to confirm or N to reschedule.
        [Clinic] Your results are ready. The attached PDF is password-protected: last 4 characters of your NRIC/FIN in caps + your DOB (DDMMYYYY).
        Subject: Your Annual Health Screening Results - CONFIDENTIAL. Dear Sir/Madam, please find your report attached.
        RM0.00 Pathlab: Keputusan ujian anda sedia. Log masuk portal utk lihat. Jgn kongsi OTP dgn sesiapa.
        Your OTP for the results portal is ######. It expires in 5 minutes. Never share this code with anyone, including our staff.
        Hi team, attached is the blank booking template (Booking_Template_v3.xlsx). Columns: Name | ID No. | DOB | Gender | Package | Preferred Date. Pls fill in and return by Fri.
        Auto-reply: Thank you for contacting Customer Care. For urgent clinical matters please call 995 or go to the nearest A&E.
        Dear Valued Client, we regret that the report for Order #{order_no} is delayed due to a re-run. We apologise for the inconvenience.
        Template MSG-RES-07: 'Your doctor would like to discuss your results. Please call {{clinic_phone}} to book a review.'
        Subject lines must not contain patient names, test names or results. Use 'Secure message from [Clinic]' only.
        Dear [Employee Name], your company has arranged a complimentary health screening for you. Please register at [link] using your staff ID.
        SMS (160 char): '[LabCo] Sample rcvd. Results in 2-3 wkg days. Track: lab.co/t/{code}'
    """),
    ("en", "lab systems and logs"): _lines("""
        2026-12-03T08:42:17+08:00 INFO lis.accession: batch B2026120301 received, 148 tubes, 2 rejected (clotted EDTA).
        OBR|1|ORD778812|ACC26120300417|57021-8^CBC W Auto Differential panel^LN|||20261203084500
        Invoice INV-SG-2026-004417 | 120 x Executive Package @ S$388.00 | Subtotal S$46,560.00 | GST 9% S$4,190.40 | Total S$50,750.40
        Courier AWB 7789 2210 4531 - cold chain box #12, 2-8C, dispatched 14:05 from JB collection point to the Petaling Jaya central lab.
        results-mailer v2.8.1 (build 4f9a2c1) - fixed: PDF attachments >10MB are now split into parts.
        sha256(results_batch_20261203.zip) = 7c4389dc2058120b3150da2ad92d11aaae7e7c86112ea17cd768557232fc7428
        ERROR smtp.send: 550 5.1.1 recipient rejected (user unknown); job_id=mq-88127; retry=3/5
        Analyzer Sysmex XN-1000 S/N 21874 QC Level 2 WBC 7.82 x10^9/L within 2SD - PASS.
        ALTER TABLE screening_results ADD COLUMN nric_hash CHAR(64); -- store only the salted hash, never the plain NRIC
        Validation: SG ID must match ^[STFGM][0-9]{7}[A-Z]$ and MyKad ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ before the record is saved.
        Turnaround KPI Nov 2026: 96.4% of routine chemistry reported within 24h (target 95%); median TAT 6h 12m.
        Job export_corp_results finished: 312 PDFs generated, 0 failed, elapsed 00:04:51.
        Specimen rejected: haemolysed, recollection required. Reason code HMLY-02, rack 7 pos 33.
        DICOM: StudyDescription=CHEST PA; Modality=CR; StationName=XR-RP-02; KVP=120; ExposureTime=12ms
    """),
    ("en", "hr and pdpa"): _lines("""
        All staff are entitled to one company-paid health screening per calendar year. Spouses can be added at the corporate rate via payroll deduction.
        HR will only receive an aggregated summary from the clinic; individual results go directly to you and are not shared with the company.
        Under the PDPA, screening results are personal data. Do not forward individual reports to line managers or post them in group chats.
        Aggregate report (n=418): 38.5% BMI 25 and above, 27.0% LDL 3.4 mmol/L and above, 9.1% fasting glucose 6.1 mmol/L and above, 4.3% BP 140/90 and above.
        Claims for screening done outside panel clinics: max S$250, submit via Workday > Expenses > Medical (non-panel) with the official receipt.
        Reminder: the screening window closes 20 Dec. 63 of 240 colleagues in the KL office have not booked yet.
        Reminder ya, under PDPA 2010 majikan tak boleh minta individual blood results without written consent from the staff.
        If you receive someone else's report by mistake, delete it and inform dpo@ourcompany.com.sg immediately - do not open the attachment.
        Data retention: raw lab files are purged after 7 years; signed consent forms are archived offsite.
        Town hall Q&A: 'Will my manager see my cholesterol?' No. The vendor contract prohibits sharing identifiable results with the employer.
        Budget FY2027: health screening S$96,000 (240 pax x S$400), flu vaccination S$7,200.
        Pre-employment medicals for Work Permit holders must be done by a Singapore-registered doctor (MOM requirement).
        FOMEMA registration for foreign workers in MY: employer pays RM190 (male) / RM207 (female) per worker.
    """),
    ("en", "people places and history"): _lines("""
        Tan Tock Seng Hospital traces its roots to 1844, when the philanthropist Tan Tock Seng donated money for a hospital for the poor.
        Wilhelm Roentgen discovered X-rays in 1895; one of the first radiographs showed his wife Anna Bertha's hand with her ring.
        KK Women's and Children's Hospital is on Bukit Timah Road - 'KK' stands for Kandang Kerbau, not a person.
        Lee Kong Chian School of Medicine and Yong Loo Lin School of Medicine both run population health cohort studies.
        Hospital Sultanah Aminah in Johor Bahru also accepts GP referrals for chest X-rays.
        Health Minister Ong Ye Kung said at the Healthier SG launch that the focus would shift to preventive care and regular screening.
        Dr Dzulkefly Ahmad, Malaysia's Health Minister, urged adults above 40 to go for regular health screening.
        Marie Curie organised mobile X-ray units, the 'petites Curies', for field hospitals during WWI.
        Dr. Gregory House would have ordered an ANA and a lumbar puncture by now lol
        Book at any Dr Tan & Partners or Raffles Medical clinic under our panel; no referral letter needed.
        Our Jalan Tun Razak branch (near Institut Jantung Negara) opens at 7am for fasting patients.
        The Sun Yat Sen Nanyang Memorial Hall is just around the corner from our Balestier clinic.
        Raffles Hospital at 585 North Bridge Road also runs a health screening centre with corporate packages.
        Mount Elizabeth, Gleneagles and Pantai hospitals are all part of IHH Healthcare.
    """),
    ("en", "forum and reviews"): _lines("""
        Anyone know if the Fullerton executive package includes HbA1c or need to add on? HR never tell us anything.
        Did my company screening at the mobile bus, the phlebotomist quite pro, 1 poke only. Results came in 5 days by email.
        Pro tip: book the 8am slot, by 10am the queue at the Raffles Place branch damn long.
        Why the PDF password so complicated one... took me 3 tries lol
        3/5 stars - clinic clean but the X-ray room aircon freezing and waited 40 mins past appointment time.
        Is RM350 reasonable for full blood + ECG + chest X-ray in PJ? Quoted by 2 labs, the other one RM420.
        Not medical advice but LDL 3.6 is borderline, most doctors will just ask you to watch your diet first.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking confirmed for Ms Lim Shu Fen (NRIC S8812345Z), Executive Female package, 9 Dec 2026 8:15am, Orchard branch. Pls fast from 10pm.
        Patient: Muhammad Faizal bin Rosli | IC: 850312-14-5527 | DOB 12/03/1985 | HbA1c 8.9% H | FPG 11.2 mmol/L H - pls refer to endocrine.
        Hi Dr, sending over my dad's chest x-ray report, his name is Ramasamy s/o Krishnan, 71 y/o, they found a 2cm nodule right upper lobe. Can call me at 9127 4403?
        Pls resend my report to my personal email instead - kohjiahui88@gmail.com, office email cannot open the encrypted PDF. Thanks, Koh Jia Hui (Finance)
        S/N 14 | Tan Boon Huat | T0245781J | M | 03/07/2002 | Logistics | Basic + Hep B | 12-Dec 09:00
        FYI the screening picked up that Derek Ong from procurement is a hep B carrier, HR pls don't put him on the canteen rotation.
        Home collection: Blk 412 Bedok North Ave 2, #08-115, S460412. Contact Mdm Wong Siew Lan 8765 2190, she is wheelchair-bound, pls bring the portable kit.
        Home visit for Puan Norhayati Ismail, 58, No. 23, Jalan SS 2/75, 47300 Petaling Jaya - on warfarin, INR check every 2 weeks.
        Payment for Wellness Plus S$598: Visa 4532 1876 0914 1233 exp 09/28, cardholder CHEN YI TING.
        MOM medical exam - Worker MD RAKIBUL HASAN, FIN G5541203R, Passport BQ0934521 (Bangladesh), CXR suspicious for pulmonary TB, sputum AFB pending.
        Hey Farah, the urine hCG for Nurul Ain Zakaria from the Shah Alam plant came back positive, she asked us not to tell her supervisor until after probation.
        Your report has been emailed to s***.b***r@yahoo.com (Siti Aminah Bakar, IC ******-10-6284). Please check your spam folder.
        Mr Goh Kok Leong's car SMM 4127 U has been at the B2 drop-off lane since 9am, he's still in the stress test room, pls don't tow.
        Re: MC/OC 2231/2026 - Tay Hui Min v. Medivue Diagnostics Pte Ltd; the claimant alleges her HIV screening result was emailed to her ex-husband.
        Secondee from Shenzhen HQ: Zhang Haoran, Chinese ID 440306198702146323, mobile +86 138 2657 4410, pls register him for the Gold package on 15 Dec.
        Visiting staff from the HK office: Chan Ka Yan, HKID K482913(1), needs a pre-travel CXR and hep B titre before she joins the Singapore team.
        Our Taiwan colleague Lin Yu-Chen (Taiwan ID A223458712) asked whether her thyroid nodule follow-up ultrasound can be done in KL.
        Employees earning up to S$4,500 get the subsidised package. Kumar Selvaraj (Ops) basic salary S$3,980 so he qualifies, charge to cost centre 4410.
        Policy no. GE-HS-88217743, insured: Wong Mei Ling, DOB 21/11/1979 - claim for abnormal mammogram follow-up (BI-RADS 4) submitted 2 Dec.
        MC issued: Lee Jun Hao, 2 days (4-5 Dec 2026), dx acute gastroenteritis, Clinic @ Tampines.
        To: arjun.pillai.1990@outlook.com | Subject: Your results | Hi Arjun, your ALT 112 U/L and AST 89 U/L are elevated, pls see the doctor for a review.
        pls whatsapp my wife Jasmine Teo at +65 9338 0712 when the X-ray is done, she will come pick me up
        Recollection needed: Encik Hafiz Abdul Rahman (011-2390 6617), sample haemolysed, already called him twice no answer.
        Overseas assignment medical for Cik Aisyah Kamarudin, passport A41298773, flying to Jeddah 20 Dec - needs meningococcal vaccine cert + CXR.
        Refund RM180 to Maybank a/c 1640 2233 9871, account holder Loh Chee Keong - duplicate payment for APT-20261128-0119.
        Patient registration: Ng Siew Peng, F, 30/09/1988, 17 Lorong Kenari 3, Taman Sri Bayan, 11900 Bayan Lepas, Penang.
        PHQ-9 score 19 for Vanessa Chua (Marketing) - flagged severe, she mentioned thoughts of self-harm; EAP counsellor please reach out today.
        Can check if the doctor already reviewed my results? I'm Sarah Devi d/o Maniam, born 4 Feb 1993, IC 930204-08-5524.
        Patient: LAU, WEN JIE | NRIC: S****309E | DOB: 1985-08-17 | Study: XR CHEST PA | Impression: cardiomegaly, CTR 0.58.
        Eh you know Kelvin Yeo from level 7 accounts? His screening PSA came back 38, they suspect prostate cancer, he's going for biopsy next week.
        Pick-up for the X-ray: Mr Sim Ah Kow, 84, Blk 22 Toa Payoh Lor 7 #03-212, his daughter Sim Li Hua (9783 0015) will accompany him.
        Card 5243 7710 2288 1231 was declined - Tham Kah Wai, pls call her at 8102 6645 to redo the payment.
        From: results@medivue.com.sg | To: rachel.yeo.sg@gmail.com | Subject: [Encrypted] Health Screening Report - YEO SHU QI RACHEL - Acc ACC26120300561
        Contact tracing: T0361958Z (Nur Syafiqah binte Osman) - close contact of the sputum-positive case, IGRA done 2 Dec, result positive.
        Hi, I'm Vincent Khoo, did the screening last Sat under our corporate package, NRIC S7734120Z - my HIV test wasn't in the report, was it done?
        Add-on for spouse: Mrs Priya Nair (wife of Rajesh Menon, staff ID 20193), DOB 15/06/1986, mammogram + Pap. Bill to payroll.
        Mohd Azlan bin Yusof, 41, Sungai Buloh plant - BMI 34.2, BP 168/102, told to see GP urgently; he said he stopped taking his amlodipine.
        S Pass holder Maria Cristina Dela Cruz, FIN F2209876N, pre-employment medical: HIV non-reactive, TPHA reactive - needs review before pass issuance.
        BRCA1 pathogenic variant detected in Ms Cheryl Lau Hui Ying, NRIC S9016643C; genetic counselling offered to her two sisters as well.
        Pls courier the hard copy report to Mr Eric Soh, 9 Jalan Kembangan, Singapore 419130 (landed house, ring the bell twice).
        Dear Dr, my mother Mdm Low Ah Moi, S6620417J, fell twice this month, want to book DEXA + hip X-ray asap, pls call me 9641 2257.
        Staff ID MYK-00871 (Tan Chee Wai) - eGFR 41, creatinine 168 umol/L, CKD stage 3b, HR please excuse him from night shift per doctor's memo.
        IC 780405-07-5113 - anti-HCV reactive, confirmatory HCV RNA sent out to the referral lab.
        Kak, ni result my husband punya, Zulkifli bin Hassan, gula dia 14.5 fasting, doktor cakap kena start insulin ke?
        My WeChat is liuxin_0921, pls send my results there. I'm Liu Xin, Gold package on 3 Dec, the one with the thyroid nodule.
        Mobile X-ray for bedbound patient Mr Ismail bin Ahmad, NRIC S7905126H, Blk 108 Jurong East St 13 #11-384, S600108, suspected aspiration pneumonia.
        Pre-admission medical for the NUS hostel: Heng Jia En, CXR normal, varicella IgG negative - needs 2 doses of vaccine before move-in.
        Name: KAUR, HARPREET | Age/Sex: 36/F | Lab No: 26-1203-0884 | Ferritin 6 ug/L (L), Hb 9.1 g/dL (L) | Ref: Dr Lim
        pwd for Aaron's report is 862E17081995 (last 4 of his NRIC + DOB), he's Aaron Tan from sales, pls forward to him.
        Bryan Kok Jun Wei, NRIC T0097315C, abdominal ultrasound shows fatty liver grade 2 and a 9mm gallbladder polyp.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Medivue Diagnostics (SG). Never ask for the full NRIC/FIN over chat.",
        ),
        ("user", "hi want to book chest xray for work permit renewal"),
        ("assistant", "Sure! Which date and branch would you prefer?"),
        ("user", "tmr morning can? Jurong branch. my name Arif Hossain, FIN G3318274R"),
        ("assistant", "Booked for 8:40am at Jurong East. Please bring your work permit card."),
    ],
    [
        ("user", "my results not received yet, did the screening on 1 Dec at Tampines"),
        (
            "assistant",
            "Sorry about that. Could you confirm the email address we should send it to?",
        ),
        ("user", "wong.kaiming"),
        ("user", "@hotmail.com"),
        ("user", "name is Wong Kai Ming, the one with the abnormal ECG they said"),
        ("assistant", "Thanks, I've asked the team to resend the encrypted report."),
    ],
    [
        ("system", "You help HR admins at a Malaysian manufacturing company write emails."),
        (
            "user",
            "Summarise this for her manager pls: Sandra Kwok, 45, Finance - fasting glucose 9.8, HbA1c 7.6, newly diagnosed diabetes.",
        ),
        (
            "assistant",
            "I'd advise against sharing individual results with a manager without her written consent. I can draft a note about work adjustments instead.",
        ),
        ("user", "ok do that"),
    ],
    [
        ("user", "assalamualaikum, nak tanya result darah mak saya dah keluar ke"),
        ("assistant", "Waalaikumsalam. Boleh beri nama penuh dan no IC pesakit?"),
        ("user", "Rohani binti Salleh"),
        ("user", "IC 580922-03-5236"),
        ("assistant", "Terima kasih. Keputusan sudah dihantar ke emel yang didaftarkan semalam."),
    ],
    [
        ("user", "I want to pay for my dad's Platinum package online but the link expired"),
        ("assistant", "I can generate a new payment link, or you can pay over the phone."),
        (
            "user",
            "just take it here lah: 4111 3650 8842 1230, exp 11/28, name on card PANG CHUN HOE, for my father Pang Kim Swee",
        ),
        (
            "assistant",
            "For security please don't share card details in chat. I'll send a fresh link instead.",
        ),
    ],
    [
        ("system", "Assistant for a KL diagnostic lab. Answer in English."),
        ("user", "Hello, which documents do foreigners need for the pre-employment medical?"),
        (
            "assistant",
            "Your passport or national ID, the employer's letter, and any past vaccination records.",
        ),
        (
            "user",
            "I'm Wang Jing from the Nanjing team, on secondment here. My ID is 320102199005172842, passport not ready yet, is that ok?",
        ),
        (
            "assistant",
            "A national ID is acceptable for registration; please bring the passport copy when ready.",
        ),
    ],
    [
        ("user", "can you read back my booking details? I lost the SMS"),
        (
            "assistant",
            "Booking APT-20261210-0291: Mr Daniel Lee Wei Xiang, NRIC S8264451B, Ultrasound Abdomen on 10 Dec 9:40am, mobile on file 9012 7788.",
        ),
        ("user", "ok thanks"),
    ],
    [
        ("user", "need home blood draw for my grandma, she cannot travel"),
        ("assistant", "We can arrange that. What's the address?"),
        ("user", "Blk 56 Lengkok Bahru #14-1021"),
        (
            "user",
            "S150056, name Mdm Chia Gek Eng. she has dementia, can get quite agitated with strangers",
        ),
        (
            "assistant",
            "Noted, we'll send our most experienced phlebotomist and call before arriving.",
        ),
    ],
    [
        ("user", "my CXR report says 'right lower lobe consolidation', what does it mean"),
        (
            "assistant",
            "Consolidation usually means part of the lung is filled with fluid or inflammatory cells, often from pneumonia. Please discuss it with the doctor.",
        ),
        (
            "user",
            "ok thanks, fyi it's for my son Ethan Ng, 7 yrs old, P1 at Rosyth School, he's had fever for 5 days already",
        ),
    ],
    [
        ("user", "I think your clinic sent me someone else's report??"),
        (
            "assistant",
            "I'm very sorry. Please don't open it further and delete the email; we'll report the incident.",
        ),
        (
            "user",
            "too late, it's for a Kavitha Ramachandran, IC 880930-08-6672, and it says HIV reactive. what should I do",
        ),
        ("assistant", "Please delete it and do not share it. Our DPO will contact you today."),
    ],
]
