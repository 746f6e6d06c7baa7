# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en199: SG/MY corporate health screening and medical laboratories. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en199
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "screening_package"): _lines("""
        Executive Screening Package A (S$188 before GST): doctor's consultation, BMI and BP, FBC, lipid panel, fasting glucose, HbA1c, liver and kidney function, urine FEME, resting ECG; report review within 5 working days.
        Package B adds chest X-ray, thyroid function (TSH, FT4), uric acid, hepatitis B surface antigen and antibody; recommended for staff aged 40 and above.
        Women's add-on: Pap smear or HPV DNA test, breast ultrasound (below 40) or mammogram (40 and above); a female radiographer is available on request.
        Men's add-on: PSA for men aged 50 and above, offered only after the doctor explains the risk of false positives and overdiagnosis.
        Corporate rate RM 260 per head for a minimum of 30 pax, on-site phlebotomy at your premises; the mobile X-ray bus needs a flat parking space of 12 m x 3.5 m and a 15A power point.
        Treadmill stress test (TMX) is not included in bulk packages and requires a doctor's referral and a signed consent on the day.
        Tumour markers (CEA, AFP, CA 19-9, CA-125) are available as add-ons but are not recommended for screening adults without symptoms; please discuss with the panel doctor first.
        Residents enrolled in Healthier SG can get nationally recommended screening at subsidised rates at their enrolled clinic; corporate packages are separate and billed to the employer.
        Package prices are valid from 1 Jan to 31 Dec 2025 and exclude 9% GST; Saturday sessions carry a S$15 surcharge per person.
        Low-dose CT thorax is offered only to current or former smokers aged 50 to 80 with at least 20 pack-years, after assessment by the screening physician.
        FOMEMA medical examination for foreign workers covers physical exam, chest X-ray, blood tests for HIV, hepatitis B and syphilis, and urine tests for opiates, cannabis and pregnancy; fee as gazetted.
        Add-on price list: Vitamin D (25-OH) S$45, Ferritin S$28, H. pylori urea breath test S$95, Hepatitis A IgG S$32, Lipoprotein(a) S$38.
        Bronze / Silver / Gold tiers: 28 / 46 / 72 tests; all tiers include a doctor's review and an online report on the patient portal.
        Senior management package includes carotid ultrasound, abdominal ultrasound (liver, gallbladder, kidneys, pancreas, spleen) and bone mineral density (DEXA) scan.
    """),
    ("en", "lab_reference"): _lines("""
        HbA1c interpretation: below 5.7% normal, 5.7-6.4% prediabetes, 6.5% and above consistent with diabetes; a repeat test is needed to confirm in the absence of symptoms.
        Fasting lipid targets: total cholesterol <5.2 mmol/L, LDL-C <3.4 mmol/L, HDL-C >1.0 mmol/L (men) or >1.3 mmol/L (women), triglycerides <1.7 mmol/L.
        eGFR is calculated with the CKD-EPI 2021 equation without a race coefficient; values above 90 mL/min/1.73m2 are reported as ">90".
        Critical values: potassium <2.8 or >6.2 mmol/L, sodium <120 or >160 mmol/L, glucose <2.5 or >25 mmol/L, haemoglobin <7.0 g/dL, platelets <20 x10^9/L; phone the requesting doctor within 30 minutes and document the read-back.
        Haemolysed samples can falsely raise potassium, LDH and AST; recollection is advised when the haemolysis index exceeds 100.
        Specimen rejection criteria: unlabelled tube, mismatch between request form and tube label, clotted EDTA sample, insufficient volume, glucose in plain tube older than 4 hours.
        Fast 10-12 hours for fasting glucose and triglycerides; plain water is allowed and usual medication may be taken unless your doctor says otherwise.
        Urine FEME: dipstick for protein, glucose, ketones, blood, nitrite and leucocyte esterase, plus microscopy for RBC, WBC, casts and crystals.
        A reactive HBsAg screen is confirmed by neutralisation before release; a reactive screening result alone must not be reported as infection.
        Report comment library, code FE01: "Findings suggestive of iron deficiency. Suggest clinical correlation and repeat FBC with iron studies in 6-8 weeks."
        The laboratory is accredited by SAC-SINGLAS to ISO 15189:2022 for the tests listed in its scope; tests outside the scope are marked with an asterisk on the report.
        Turnaround time: routine chemistry same day if received before 2 pm; HbA1c next working day; Pap smear cytology 7 working days; histopathology 5-7 working days.
        ALT reference interval 10-55 U/L (male), 7-40 U/L (female); mild elevations below 3x the upper limit are common in screening and often relate to fatty liver, alcohol or strenuous exercise.
        Uric acid is reported in umol/L; multiply mg/dL by 59.48 to convert, and note that levels vary with diet, alcohol and diuretics.
    """),
    ("en", "hr_circular"): _lines("""
        Dear all, the FY2025 annual health screening will be held on-site at the Level 3 Training Room from 14 to 18 July, 8 am to 11 am. Please fast from 10 pm the night before.
        Template: Dear {{employee_name}}, your screening appointment is confirmed for {{appt_date}} at {{clinic_branch}}. Please bring your NRIC or work pass and fast for 10 hours.
        Bulk booking upload format: Staff ID, Full Name (as per NRIC/Passport), ID Type, ID Number, Gender, DOB (DD/MM/YYYY), Package Code, Preferred Date, Branch. Maximum 500 rows per file.
        HR will only receive attendance and aggregated statistics; individual results go directly to each employee and are never shared with the company.
        Reminder: 46 staff have not booked their slot yet. The booking link closes this Friday at 5 pm and Saturday morning slots are nearly full.
        Aggregate health report, Site B (n=212): 38% BMI 25 and above, 21% raised LDL-C, 9% HbA1c in the prediabetes range, 4% elevated blood pressure not previously diagnosed.
        Staff who are pregnant or may be pregnant should inform the radiographer before the chest X-ray; the X-ray will be omitted with no change to the package price.
        Night-shift staff may book the 2 pm session; fasting glucose and lipids will be replaced by non-fasting HbA1c and a non-fasting lipid panel.
        The spouse add-on is available at the corporate rate; payment is made by the employee directly to the clinic and is not claimable.
        Booking reference format is HSB-2025-000123; quote it when rescheduling at least 48 hours ahead.
        Fit-to-work certificates for forklift and crane operators are issued after vision, audiometry and ECG review; the list of safety-critical roles is in Annex 2 of the HSE manual.
        The shuttle bus from the Jurong office to the screening centre leaves the main lobby at 7.15 am sharp; the return trip is at 11.30 am.
        Results callback policy: the clinic nurse will call any employee with a red-flag result within 3 working days; HR is not told which employees were called.
        Under the PDPA the provider keeps individual reports for 7 years; HR keeps only attendance records, for 1 year.
    """),
    ("en", "panel_claims"): _lines("""
        Panel clinic visits: show your staff card and NRIC at registration; consultation and up to 3 days of medication are covered up to S$30 per visit, and any excess is paid by the employee.
        Non-panel claims: submit the itemised receipt and MC through the HR portal within 30 days of the visit; claims above RM 150 per visit need your manager's approval.
        Guarantee Letter (GL) requests for specialist referral must be raised by the panel GP; the TPA responds within 2 working hours during office hours.
        Exclusions: cosmetic treatment, vitamins and supplements, dental work except extraction after injury, spectacles, and pre-existing conditions in the first 12 months.
        Claim CLM-MY-2025-0048812 rejected, reason code R07: receipt not itemised. Please resubmit with the itemised bill.
        Outpatient GP limit: RM 1,200 per employee per year; dependants share a family limit of RM 2,500.
        TPA hotline 1-300-88-2626 operates Mon-Fri 8.30 am to 6 pm; for emergency admission GL after hours call 03-7628 1900.
        Panel invoice batch INV/PNL/2025/07/0319: 184 visits, total RM 9,842.50, payment due 30 days from statement date.
        Sick leave under section 60F of the Employment Act 1955 counts only when the MC is issued by a registered medical practitioner or a panel doctor.
        Health screening under the flexible benefits scheme is capped at S$300 a year, claimable once per calendar year; the receipt must show the package name.
        Panel directory update: 14 clinics added in Johor Bahru, Kulai and Pasir Gudang, 3 clinics removed; the full list is on the benefits portal.
        Claim status codes: P pending, A approved, R rejected, Q queried by TPA, X cancelled by employee.
    """),
    ("en", "lis_log"): _lines("""
        2025-07-14 08:32:11 INFO HL7 ORU^R01 received from analyser COBAS-C503-02, MSH-10 88231902, 24 results parsed, 0 errors
        2025-07-14 09:01:47 ERROR barcode 25L0913377 not found in order queue; sample moved to exception rack E-3
        config: lis.autoverify.enabled=true; delta_check.creatinine_pct=30; critical_call_timeout_min=30; report.footer="Electronically verified"
        Batch upload HSB_2025_07_clientA.csv: 487 rows accepted, 13 rows rejected (invalid ID format 9, missing DOB 4)
        Worklist export: accession L250714-0001 to L250714-0642, 642 tubes, 3 racks pending centrifuge
        SELECT package_code, COUNT(*) FROM bookings WHERE site_id = 'SG-TP01' AND appt_date = '2025-07-15' GROUP BY package_code;
        WARN QC Westgard 2-2s violation on glucose level 2, control lot 48213; run rejected, results held until rerun
        Report generated RPT-20250715-004821.pdf (md5 9f2c4e1b7ad03e55c1b8f6a2907d4e13) and queued for portal delivery
        Courier manifest CRR-SG-0715-07: 6 cool boxes, temperature 2.4-6.8 C, picked up 11:40 at Tuas site, delivered 13:05 to central lab
        release v3.8.2: MyKad and NRIC format validation on bulk upload; fixed PDF footer page numbers; Chinese name field now accepts 4 characters
        Slot capacity: 07:30 (40), 08:00 (40), 08:30 (35), 09:00 (30), 09:30 (25), 10:00 (20)
        Analyser downtime: Sysmex XN-1000 #2 maintenance 15/07 13:00-15:00; route FBC samples to XN-1000 #1
        INC-0049127: patient portal OTP SMS delayed for some Maxis and Celcom subscribers; vendor engaged, ETA 2 hours
    """),
    ("ms", "notis"): _lines("""
        Makluman: Pemeriksaan kesihatan tahunan akan diadakan pada 22 hingga 24 Julai 2025 di Dewan Serbaguna, Aras 2. Sila berpuasa 10 jam sebelum ujian darah.
        Pekerja yang mengambil ubat darah tinggi atau kencing manis boleh makan ubat seperti biasa dengan sedikit air kosong pada pagi ujian.
        Keputusan ujian akan dihantar terus kepada pekerja melalui e-mel dan portal pesakit dalam tempoh 5 hari bekerja.
        Pemeriksaan FOMEMA bagi pekerja asing mesti dibuat dalam tempoh 30 hari dari tarikh kelulusan permit di klinik panel FOMEMA yang berdaftar.
        Borang tuntutan klinik bukan panel: lampirkan resit asal dan sijil cuti sakit (MC); tuntutan yang melebihi 30 hari tidak akan diproses.
        Wanita yang hamil atau mungkin hamil diminta memaklumkan juru X-ray sebelum X-ray dada dilakukan.
        Pakej Saringan Asas RM 150 seorang: ujian darah penuh, profil lipid, gula darah, fungsi hati dan buah pinggang, serta ujian air kencing.
        Sampel air kencing hendaklah diambil pada waktu pagi (aliran tengah) dan diserahkan ke kaunter dalam masa 1 jam.
        Klinik panel baharu di Seremban 2 dan Nilai akan mula beroperasi pada 1 Ogos; senarai penuh boleh didapati di portal faedah pekerja.
        Bas ke pusat saringan bertolak dari lobi pejabat Shah Alam jam 7.00 pagi. Sila bawa kad pengenalan dan kad pekerja.
        Pekeliling ini terpakai kepada semua kakitangan tetap dan kontrak; pelatih industri tidak layak untuk pakej korporat.
        Nombor rujukan kelompok HSB-MY-2025-07781 merangkumi 312 pekerja jabatan pengeluaran; sila nyatakan nombor ini apabila menghubungi klinik.
    """),
    ("zh-Hans", "notice"): _lines("""
        各位同事：年度体检将于7月15日至17日在公司三楼培训室进行，抽血前请空腹10小时，可以喝白开水。
        体检报告由诊所直接发送给员工本人，人事部只收到出席名单和汇总统计，不会看到个人结果。
        女性员工如已怀孕或可能怀孕，请在拍胸部X光前告知放射技师。
        加购项目价格：维生素D 45新元，甲状腺功能 38新元，幽门螺杆菌呼气测试 95新元（不含消费税）。
        糖化血红蛋白（HbA1c）5.7%至6.4%属于糖尿病前期，6.5%及以上需要复查确认。
        门诊报销须知：请在就诊后30天内上传收据和病假单，超出限额的部分由员工自付。
        如果诊所护士打电话通知复查，请不要紧张，多数情况只是需要重复检测或转介家庭医生。
        体检当天请携带身份证或工作准证，穿宽松上衣，方便抽血和做心电图。
        批量预约编号 HSB-2025-0715-SG 适用于裕廊厂区全体员工，如需改期请提前48小时通知。
        空腹血糖参考范围为3.9至6.0 mmol/L；6.1至6.9属于空腹血糖受损，需要结合糖化血红蛋白判断。
    """),
    ("mixed", "group_chat"): _lines("""
        guys reminder tmr blood test ah, no makan after 10pm, kopi also cannot, plain water ok
        Anyone know if Package B got include thyroid or not? My whole dept asking
        Clinic bus reach already, tunggu kat lobby ya, remember bring IC
        HR says results go straight to our own email, they won't see any. So don't worry lah
        报告出来了吗? mine still haven't receive the sms leh
        Saturday slot at Tampines branch full already, can try Jurong East or Novena
        Tip: drink more water the day before so the nurse easier to find vein, very useful one
        If cholesterol a bit high dun panic, clinic will call and advise diet first, usually no need medicine straight away
        Panel clinic near our office is Klinik Mediwell Jalan Ipoh, open till 10pm, just show staff card
        FOMEMA for the new batch of workers confirmed next Tues 8am, admin will send them by company van
        Eh the urine bottle must fill how much? 一半就够了 right?
        Claim form is in the HR portal under Benefits > Medical, upload receipt photo can already
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PATIENT NAME: TAN WEI LING | NRIC: S8295051F | DOB: 14/03/1982 | SEX: F | LAB NO: 25L0714-0132 | HbA1c 7.9 % (H) | FPG 9.4 mmol/L (H) | Comment: consistent with diabetes mellitus, refer to GP.
        Callback log 15/07 10:42 - Mr Ganesh s/o Ramasamy, hp 9738 2146, K+ 6.4 (critical), advised to go to SGH A&E today, pt acknowledged, read-back done.
        12, MUHAMMAD HAFIZ BIN ROSLI, MyKad, 900514-10-5523, M, 14/05/1990, PKG-B, 26/07/2025, Shah Alam
        Hi HR, I'm Priya Nair from Finance (staff no. 20418). My screening showed ALT 142 and the clinic wants me to do a liver ultrasound. Can I claim this under the outpatient benefit?
        Pre-employment medical - Candidate: LEE JUN HAO, FIN G9049395M, Nationality: Malaysian, Position: Food Handler. HBsAg: REACTIVE. Status: fit with restrictions, referred to hepatology.
        Six-monthly medical exam - WP holder NGUYEN THI HOA, FIN G7347539U, passport C4821937 (Vietnam). Pregnancy test: POSITIVE. Employer notified as required under work permit conditions.
        Home collection 8 am fasting draw: Mdm Lim Ah Moi, Blk 412 Bedok North Ave 2 #08-123 S460412, diabetic on insulin, NOK son Daniel 8219 5530.
        Payment received S$436.00 for spouse add-on - cardholder KOH SIEW HUA, Visa 4553 0175 5716 2655, exp 09/27, booking HSB-2025-004418.
        Please credit the health screening reimbursement of S$288 to my DBS account 027-831459-2, name Ong Boon Kiat. Thanks!
        Dear Mr Kumar a/l Subramaniam (IC 780302-08-5371), your recent screening shows blood pressure 168/102 mmHg and LDL-C 5.1 mmol/L. Please see a doctor within 2 weeks.
        From: meiching.lee88@yahoo.com.my / Subject: report not received / Hi, this is Lee Mei Ching, I did the screening at Bangsar last Saturday but still no report, and my Pap smear result also not out yet. Can check?
        Rajeswari a/p Muniandy - TSH 12.4 (H), FT4 8.1 (L) - ?hypothyroid, ref panel GP; called 016-728 5530 no ans x2, SMS sent.
        Claim submitted: Mohd Fadzli bin Ismail (Emp ID MY-30771), panel clinic Kajang, dx acute gastroenteritis, MC 2 days, RM 85.00, status approved.
        Incident note: Goh Kian Seng (Warehouse) fainted during venepuncture at Tuas site 08:25, vasovagal, recovered after 10 min, BP 100/60, sent home with a colleague.
        ECG REPORT | Name: SHARIFAH NUR AIN BINTI SYED HAMZAH | Age 34 | F | Sinus tachycardia 108 bpm, non-specific T-wave changes | Recommend cardiology review.
        Ah Seng, the forklift driver on night shift at the Senai warehouse, urine drug screen positive for methamphetamine, confirmatory test pending, pls keep this between us for now.
        S/N 7 | CHUA YI XUAN | T0257893F | 19/07/2002 | F | Package A | Absent, rescheduled to 2/8
        Re: Mr Rahul Menon, 45 y/o, NRIC S8090786I. PSA 9.8 ng/mL on corporate screening of 12/07/2025. Kindly evaluate and manage. Thank you.
        FOMEMA result: BISWAS MD RAHIM, passport EF0934712 (Bangladesh), chest X-ray suspicious of pulmonary TB, sputum AFB x3 requested, status pending.
        Reschedule request: Wong Kah Lok, IC 920611-01-6129, contact 012-478 3391, move from 20/7 to 27/7 at JB branch, reason wife's due date.
        Dear Doctor, I am writing for my father Mr Loh Chee Meng (S7000103I), 55, who attended the company screening on 3 July. His report shows creatinine 212 and eGFR 29 but nobody has called him. Please call me at 9054 7712. Regards, Loh Jia Min
        pm me on telegram @kelvinyeo_sg if u want the clinic contact, btw my uric acid came back 612, gout confirm plus chop
        Mr James O'Connor, Employment Pass, FIN G7812609X: BMI 31.2, ALT 88, ultrasound shows grade 2 fatty liver; advised weight loss and review in 6 months.
        Ms Sharon de Souza (Procurement, ext 4412) asked for a female doctor for her breast exam; note on file: left mastectomy in 2021.
        Carpark request for screening day: Mr Ravi Chandran, car SKV1234P, needs a wheelchair-accessible lot as he is recovering from a stroke.
        Encik Zainal bin Abu Bakar parked WXY 4821 at the loading bay, pls ask him to move after his stress test in Room 3.
        Mastercard 5521 5666 9820 5282 charged RM 520.00 / Cardholder: CHONG SIEW LING / Package: Women's Wellness Gold
        Reimbursement RM 210 for mammogram at Kuching to Jennifer anak Bujang, Maybank 1641 2233 8871.
        Worker ZHANG LEI, PRC ID 350583199103142378, pre-employment chest X-ray shows an old healed TB scar; fit for work.
        Ms Cheung Wing Yan (HKID P634982(3)), secondee from the Hong Kong office, requested her hepatitis B vaccination record to be added to her screening file.
        Ms Aisha Rahman, 29, Legal, is 22 weeks pregnant - please remove the X-ray and mammogram from her booking on 15/7.
    """),
    "ms": _lines("""
        Kepada Puan Norhayati binti Osman, keputusan ujian darah anda menunjukkan HbA1c 8.2%. Sila hadir ke klinik panel dalam tempoh 14 hari untuk rawatan lanjut.
        Senarai tempahan: 1) SITI KHADIJAH BINTI MOHD NOOR, 930215-03-5512, Pakej A, 24/7, cawangan Kota Bharu
        Tuntutan klinik: Nama Ahmad Syafiq bin Kamaruddin, No. KP 880704-11-5237, Klinik Dr Hana Kuala Terengganu, diagnosis URTI, jumlah RM 65.
        Panggilan susulan: Cik Nur Izzati, tel 019-335 2087, LDL 5.6 mmol/L, tidak berjawab, SMS telah dihantar.
        Pekerja asing SURESH THAPA (Nepal), pasport 10483726: keputusan FOMEMA TIDAK LAYAK kerana Hepatitis B positif.
        Assalamualaikum, saya Faridah binti Hassan dari jabatan kewangan (no. pekerja 10592), keputusan mamogram saya ada ketulan, perlu buat biopsi ke?
        Pemandu lori Rosli dari depoh Jalan Kapar, syif malam, ujian air kencing positif dadah; laporan disimpan dalam fail sulit HR.
    """),
    "zh-Hans": _lines("""
        陈美玲，女，41岁，总胆固醇7.2 mmol/L，低密度脂蛋白5.0，护士已致电 9317 8845 通知她回诊所复查。
        王丽华（身份证号 320102198709210849）入职体检：乙肝表面抗原阳性，肝功能正常，建议肝病专科随访。
        刘建国的体检报告：心电图ST段改变，已转介心脏科，家属联系电话 8662 0419。
        我是人事部黄丽莎，还没交体检报销单的同事加我微信 huanglisha_0826，我帮你们跟进。
        周文彬（FIN G4177278L）上周六体检缺席，已改约到8月2日诺维娜分院。
        收件人：吴秀英女士，新加坡 Blk 215 Jurong East St 21 #05-331 S600215，内容：体检报告（乳腺超声 BI-RADS 4，建议活检）。
    """),
    "mixed": _lines("""
        eh tan jia hui ur ECG got flag leh, clinic called me cos u put my number as emergency contact, pls call them back
        Boss, Encik Hairul bin Yusof from stores MC 3 days, dengue NS1 positive, cert from Klinik Kesihatan Ampang attached
        Aunty Lucy the cleaner at Block B lobby, the one walking with a limp, her sugar 18 on screening day, anyone check on her anot?
        Pls add my mum to the parent add-on: Mdm Yap Siew Fong, S1582736Z, hp 9652 3108, she needs wheelchair at the clinic
        ravi kumaran ur uric acid 560 ah, gout confirm, cannot whack so much mutton liao 😂
        王志明 the one from QC lab, his 乙肝 result positive, HR say must go for review before renew contract
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Wellcare Diagnostics corporate health screening.",
        ),
        (
            "user",
            "Hi, I need to change my screening slot. Name Aina Sofea binti Rahmat, IC 010318-10-0952.",
        ),
        (
            "assistant",
            "Thank you. Which date and branch would you like to move to, and may I have a contact number?",
        ),
        (
            "user",
            "Can move to 2 Aug Klang branch? My number 017-662 9014. I'm 10 weeks pregnant so pls remove X-ray also.",
        ),
    ],
    [
        ("user", "My HbA1c came back 6.8% from the company screening, is that diabetes already?"),
        (
            "assistant",
            "A single HbA1c of 6.8% is in the diabetes range, but guidelines recommend a repeat test to confirm unless you have symptoms. Please see your GP.",
        ),
        (
            "user",
            "Ok. Can you resend my full report? Name Chan Kok Wai, NRIC S8985067C, email kokwai.chan89@gmail.com",
        ),
    ],
    [
        (
            "user",
            "Please format this into a table for the clinic upload: Staff ID, Name, NRIC, Package.",
        ),
        ("assistant", "Sure, please paste the list."),
        (
            "user",
            "1043 Lim Hui Min S8255058E Pkg A / 1057 Muhammad Irfan bin Salleh T0088909H Pkg A / 1061 Deepa d/o Krishnan S9199378C Pkg B / 1078 Marcus Teo F2821176R Pkg B",
        ),
    ],
    [
        ("user", "Draft a short callback SMS for a patient whose PSA is high."),
        (
            "assistant",
            "Dear [Name], please contact the clinic at your earliest convenience regarding your recent screening results.",
        ),
        (
            "user",
            "Make it for Mr Lim Teck Huat, NRIC S7534021D, PSA 12.3, and tell him Dr Wong at the urology clinic can see him on Thursday.",
        ),
    ],
    [
        ("user", "Can spouses get their report explained by phone?"),
        (
            "assistant",
            "Yes, the doctor can go through the report by phone after verifying identity.",
        ),
        (
            "user",
            "Then please call my wife Michelle Ho at 9xx... sorry, 9128 4406. Her ultrasound found a 2 cm thyroid nodule and she is very worried.",
        ),
    ],
    [
        ("user", "Macam mana nak semak status FOMEMA pekerja saya?"),
        (
            "assistant",
            "Majikan boleh menyemak status melalui portal FOMEMA menggunakan nombor pasport pekerja.",
        ),
        (
            "user",
            "Pekerja saya HARI BAHADUR GURUNG, pasport 09871245, keputusan X-ray ada tompok di paru-paru. Dia kena ulang ke?",
        ),
    ],
    [
        ("user", "体检后护士打电话说我的血红蛋白偏低，需要再验一次吗？"),
        ("assistant", "血红蛋白偏低可能与缺铁等原因有关，建议按诊所安排复查血常规和铁代谢指标。"),
        (
            "user",
            "好的，我叫何思琪，身份证号440306199306184525，电话 8xxx… 就是 8573 2290，请帮我约下周复查。",
        ),
    ],
    [
        ("user", "How do I claim the screening fee if I paid with my own card?"),
        (
            "assistant",
            "Upload the receipt on the HR portal under Medical Claims; reimbursement goes to your payroll bank account.",
        ),
        (
            "user",
            "The receipt only shows card 4147 0936 2815 7407 and my name Nurul Huda binti Zakaria, RM 388 for Package C. Is that enough?",
        ),
    ],
    [
        ("system", "You help laboratory staff word critical value notifications."),
        (
            "user",
            "Critical potassium 6.9 on lab no 25L0716-0441, patient Mr Tay Boon Heng, 61, from the Pasir Panjang site.",
        ),
        (
            "assistant",
            "Call the requesting doctor within 30 minutes, state the value, ask for a read-back and document the time and name.",
        ),
        (
            "user",
            "Doctor not answering. Patient's own number on the form is 9466 1275, should I call him directly?",
        ),
    ],
    [
        ("user", "can help me rephrase this msg to my team more polite?"),
        ("assistant", "Sure, send me the message."),
        (
            "user",
            "'siva a/l rajan from line 3 still never go for his repeat sugar test, his result 15 last time, pls someone bring him tmr'",
        ),
    ],
]
