# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en132: SG/MY cancer support and oncology clinics (chemo, support groups, MediFund, wigs, hospice). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en132
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic notice"): _lines("""
        Day Therapy Unit, Level 2: patients on same-day chemo please register at the kiosk by 8.15am so bloods can be taken before the oncologist review.
        Notice: From 2 Jan the Ambulatory Treatment Unit will operate 7.30am–7pm on weekdays; Saturday chemo sessions are by appointment only.
        If your temperature is 38°C or higher during chemotherapy, do not wait for your next appointment – go to the nearest Emergency Department and tell them you are on chemo.
        Please bring your appointment card, IC or passport and all current medications (including TCM and supplements) to every oncology visit.
        Infusion chair bookings for cycles 2–6 will be confirmed by SMS 3 working days before each cycle; reply Y to confirm or call the clinic to reschedule.
        Port-a-cath flushing is done every 4 weeks when you are not on treatment; book at the Nurse Clinic, Block B, Level 1.
        Visitors to the haematology ward must wear a mask and use hand rub; children under 12 and anyone with flu symptoms should not visit neutropenic patients.
        The wig and head-covering corner at the Cancer Support Centre is open Tue and Thu 10am–4pm; walk-ins welcome, a fitting takes about 30 minutes.
        Post-mastectomy prosthesis fitting is available 6–8 weeks after surgery once the wound has healed; a temporary soft form is given on discharge.
        Template SMS: Dear {patient_name}, your chemotherapy session is on {date} at {time}, {location}. Please arrive 30 min early. Reply STOP to opt out.
        Fasting is NOT required before most chemo regimens; eat a light breakfast unless your nurse has told you otherwise.
        Scalp cooling caps are available for selected regimens to reduce hair loss; ask your oncology nurse whether your treatment is suitable, an additional charge applies per session.
        Oral chemotherapy such as capecitabine and temozolomide must be collected from the Oncology Pharmacy counter, not the main outpatient pharmacy.
        Hospice home care referrals received before 12 noon are triaged the same day; urgent cases are contacted within 24 hours.
        Patients receiving chemo may validate their parking ticket at the Day Therapy counter for the concession rate; bring the ticket before you leave the ward.
    """),
    ("en", "subsidy faq"): _lines("""
        Q: Can I use MediSave for outpatient chemotherapy? A: Yes, for drugs on the Cancer Drug List, subject to the monthly MediSave withdrawal limit for cancer drug treatment.
        MediShield Life pays for outpatient cancer drug treatment only if the drug and indication are on the Cancer Drug List; ask your oncologist whether your regimen is listed.
        MediFund is the safety net for Singapore citizens who still cannot pay their subsidised bills after government subsidies, MediShield Life and MediSave; apply through the medical social worker.
        Household monthly per capita income (PCI) is the total gross monthly household income divided by the number of family members living together.
        To apply for means-tested subsidies you need the last 3 months' payslips or CPF contribution history of every working household member, and the latest Notice of Assessment for self-employed members.
        If you hold an Integrated Shield Plan, check with your insurer whether the plan or rider covers non-CDL cancer drugs and how much co-payment applies.
        Singapore Cancer Society's financial assistance scheme helps lower-income patients with treatment and daily living costs; the hospital social worker usually submits the application.
        Malaysia: patients at government hospitals can ask the Medical Social Work unit (Unit Kerja Sosial Perubatan) for help with drugs not covered by the hospital formulary.
        Caregivers Training Grant: an annual subsidy for caregivers who attend approved courses to care for a family member; home palliative care courses qualify.
        Home Caregiving Grant is paid monthly to the caregiver's bank account; the person cared for must need at least permanent moderate assistance with three or more activities of daily living.
        The Seniors' Mobility and Enabling Fund can subsidise wheelchairs, commodes and hospital beds for home hospice patients; apply through the hospice or the hospital.
        Does MediFund cover wigs? Generally no – wigs and breast prostheses are not hospital bills, so ask the cancer society or a charity wig bank instead.
        PERKESO Invalidity Pension may be paid to insured workers who become permanently unable to work because of a serious illness such as cancer, subject to the contribution conditions.
        mySalam gives a one-off cash payment to eligible B40 recipients diagnosed with one of the listed critical illnesses, which include several cancers.
        Zakat medical assistance in Selangor is handled by Lembaga Zakat Selangor; applicants need a doctor's report, a cost estimate from the hospital and proof of household income.
    """),
    ("en", "support forum"): _lines("""
        Anyone else on FOLFOX get the cold fingers thing? I can't even take drinks from the fridge for 5 days after each cycle. Gloves help a bit.
        Tip from a fellow survivor: buy a few cotton sleep caps before your hair starts falling, the scalp gets super sensitive around day 14.
        My oncologist said the steroids are why I can't sleep the night after chemo, so now I take them before 2pm. Worth asking your team.
        Is it normal for the hospice home care nurse to visit only once a week? We thought it would be daily.
        For those asking – the wig bank lets you borrow for free and return after treatment, they wash and sanitise it. Just bring your appointment card.
        Ginger sweets, crackers and small meals every 2 hours worked better for my nausea than three big meals.
        Question: after mastectomy when can I start wearing the silicone prosthesis? My surgeon said wait until the wound fully heals.
        Does anyone know if the Thursday caregiver support group is still on Zoom or back to in-person?
        Hair grew back curly after chemo – apparently common, usually goes back to normal in a year or two.
        To all the newly diagnosed: write your questions down before each appointment, the consults go by so fast.
        Mouth ulcers from chemo: salt and baking soda rinse 4 times a day, soft toothbrush, and avoid spicy sambal for a while (painful lesson).
        Hospice is not giving up. It helped our family have the conversations we kept avoiding.
        Moderator note: please do not post full names, IC numbers or phone numbers in this group; DM the admin if you need someone's contact.
        Is there any halal-certified nutrition supplement that dietitians recommend during radiotherapy?
    """),
    ("en", "admin log"): _lines("""
        2025-11-03 09:14:22 INFO chemo_scheduler: slot CHAIR-07 released, regimen=FOLFOX, cycle=6/12, duration_min=180
        MediFund case ref MF/ONC/2025/004817 – status: approved, amount $2,140.60, credited to hospital bill account
        Invoice INV-2025-118342 | Wig cap liner x3 | SGD 27.00 | GST 9% | Total SGD 29.43
        Order #PB-30418: mastectomy bra, size 36B, pocketed, colour nude – dispatched, tracking NVSG2025110381WB
        Ticket HLP-22871 closed: caller enquired about Cancer Drug List claim limits, information given, no follow-up required.
        Ward 54 bed occupancy 24/28 as at 0700h; 2 pending hospice transfers, 1 pending home care discharge.
        Carboplatin 450 mg/45 mL vial, batch C2311A07, exp 2027-03; store below 25°C, protect from light.
        ICD-10 C50.9 Malignant neoplasm of breast, unspecified; C18.7 Malignant neoplasm of sigmoid colon; C11.9 Malignant neoplasm of nasopharynx, unspecified.
        National Cancer Centre Singapore, 30 Hospital Boulevard, Singapore 168583 | Day Therapy Unit | Level 2 | 0800–1730
        config: reminder_sms.lead_days=3; reminder_sms.template_id=CHEMO_V2; reminder_sms.opt_out_keyword=STOP
        Shield claim reference format is LS- followed by 7 digits; do not key the patient's IC number into the reference field.
        Dose banding: BSA 1.72 m² x 85 mg/m² oxaliplatin = 146 mg, banded to 150 mg.
        Export job 7f3c9e1a completed: 1,284 appointment rows, 0 errors, sha256 4be1c0d9e2a7f6b3
        Room booking BK-0412 | Multi-purpose Room 3 | Breast cancer support group | Sat 14:00–16:00 | 25 pax
        Claim batch CDL-202511-07 submitted: 312 claims, total SGD 1,048,220.15, 4 rejected for missing indication code.
    """),
    ("ms", "notis hospital"): _lines("""
        Pesakit yang menerima rawatan kemoterapi dinasihatkan minum air sekurang-kurangnya 2 liter sehari kecuali jika doktor memberi arahan lain.
        Klinik Onkologi dibuka Isnin hingga Jumaat, 8.00 pagi – 5.00 petang; sila ambil nombor giliran di kaunter pendaftaran.
        Jika suhu badan anda 38°C atau lebih semasa kemoterapi, segera pergi ke Jabatan Kecemasan yang terdekat.
        Perkhidmatan pinjaman rambut palsu percuma disediakan oleh persatuan kanser; sila bawa kad temujanji hospital semasa pemilihan.
        Kumpulan sokongan pesakit kanser payudara bertemu setiap Sabtu pertama setiap bulan di Dewan Serbaguna, jam 10 pagi.
        Dokumen untuk permohonan bantuan zakat perubatan: salinan kad pengenalan, laporan doktor, anggaran kos rawatan dan slip gaji terkini isi rumah.
        Institut Kanser Negara terletak di Presint 7, Putrajaya; pesakit rujukan perlu membawa surat rujukan dari hospital asal.
        Penjaga pesakit paliatif boleh menghubungi talian khidmat nasihat Hospis Malaysia pada waktu pejabat.
        Ubat kemoterapi oral mesti disimpan jauh daripada kanak-kanak dan jangan dihancurkan atau dibuka kapsulnya.
        Bengkel 'Look Good Feel Better' untuk wanita yang menjalani rawatan kanser akan diadakan pada 15 Mac, tempat terhad kepada 20 peserta.
        Nombor rujukan permohonan anda: ZK/2025/10/58213 – sila simpan untuk semakan status.
        Borang pendaftaran sukarelawan: Nama: ________ | No. KP: ______-__-____ | Tel: ___________ | Tandakan: ☐ Pesakit ☐ Penjaga ☐ Sukarelawan
    """),
    ("zh-Hans", "病友群公告"): _lines("""
        各位病友：本周六下午2点在癌症协会活动中心举办化疗期间饮食讲座，欢迎家属一同参加。
        化疗后如果体温达到38度或以上，请立即到最近的急诊室，并告诉医生您正在接受化疗。
        假发租借服务每周二、四上午10点至下午4点开放，无需预约，请携带医院预约卡。
        温馨提示：群内请勿公开发布身份证号码、电话号码等个人信息，如需联系请私聊管理员。
        MediFund（保健基金）由医院的医疗社工协助申请，需要提供全家人的收入证明。
        口腔溃疡可以用淡盐水漱口，每天四次，并使用软毛牙刷。
        化疗期间请不要自行服用中药或保健品，请先咨询您的肿瘤科医生或药剂师。
        安宁疗护转介一般由主治医生或医疗社工提出，居家护理团队会在24小时内联系家属。
        乳房切除术后一般在伤口愈合后六到八周配戴义乳，出院时会提供临时软质义乳。
        订单号 WB20251108-0317：假发护理套装一份，已发货，预计三个工作日送达。
        鼻咽癌放疗期间皮肤会发红脱皮，请不要热敷，也不要涂抹未经医生建议的药膏。
        国家癌症中心日间化疗室位于二楼，请在早上8点15分前到自助登记机报到。
    """),
    ("mixed", "group chat"): _lines("""
        reminder ah, this sat support group 2pm at the centre, topic is chemo brain, can bring caregiver also 👍
        wah today the oncology pharmacy queue damn long, waited 1.5 hr sia, next time go early
        anyone know the wig bank still open during CNY? or they tutup until chap goh mei?
        Kawan-kawan, jangan lupa minum air banyak after chemo ya, buah pinggang kena jaga
        先去 MSW counter 拿 form, then bring payslips and CPF statement, they will help you apply MediFund one
        The hospice nurses very patient lah, explain everything to the family, we all paiseh keep calling them
        Doc said neutrophil low so chemo postpone one week, no choice, just rest and makan properly
        lepas radiotherapy kulit macam sunburn, pakai the cream nurse bagi, jangan anyhow sapu minyak
        小心 ah, after chemo don't eat 生鱼片 and 半生熟 egg, infection risk high
        Admin here: tomorrow Relay For Life walk, meet 7am at the carpark, wear the yellow tee
        anyone tried the cold cap? heard can save some hair but kena freeze until headache
        Cik puan semua, bengkel tudung & headscarf untuk pesakit kemo next Saturday, free, register at kaunter
    """),
    ("en", "public and news"): _lines("""
        Health Minister Ong Ye Kung has spoken in Parliament about the Cancer Drug List and the rising cost of cancer drugs.
        The new National Cancer Centre Singapore building at Outram brings specialist clinics, day therapy and proton therapy under one roof.
        Khoo Teck Puat Hospital and Tan Tock Seng Hospital both run oncology day units that accept referrals from polyclinics.
        In John Green's novel The Fault in Our Stars, Hazel Grace Lancaster meets Augustus Waters at a cancer support group.
        Terry Fox's Marathon of Hope in 1980 inspired charity runs that are still held in many cities to raise funds for cancer research.
        Dover Park Hospice, Assisi Hospice and HCA Hospice are among the main providers of inpatient and home hospice care in Singapore.
        Hospis Malaysia provides free home-based palliative care in the Klang Valley, funded largely by public donations.
        The National Cancer Society Malaysia runs a helpline, a wig and prosthesis service and a resource centre in Kuala Lumpur.
        According to the Singapore Cancer Registry, colorectal, lung and breast cancers remain among the most commonly diagnosed cancers in Singapore.
        Hospital Sultanah Aminah in Johor Bahru and Hospital Pulau Pinang are among the state hospitals that offer oncology and radiotherapy services.
        Singapore Cancer Society Cancer Helpline: 1800 727 3333 (Mon–Fri, office hours).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MEDIFUND APPLICATION | Patient: TAN AH KOW | NRIC: S5834172Z | Clinic: Head & Neck Oncology | Dx: Ca nasopharynx, concurrent cisplatin + RT | Gross household income $1,850/mth, household of 4 | Contact: 9684 2271
        Reminder for Mdm Lakshmi d/o Ramasamy: cycle 4 of AC chemo on Tue 14 Jan, 8.30am, Day Therapy Level 2. Bloods at 7.45am, bring your blue folder.
        Wig fitting booked: Nurul Huda binti Kamarudin, Thu 2pm, synthetic shoulder-length dark brown, hair falling since day 16 of cycle 1; paying with the cancer society voucher.
        Prosthesis order – Mrs Evelyn de Souza, L mastectomy Nov 2025, silicone form size 6 + 2 pocketed bras, deliver to 27 Jalan Kembangan #02-01, Singapore 419135
        HOSPICE REFERRAL (HOME CARE) / Name: LIM SOON HUAT / NRIC: S4418290D / Dx: metastatic Ca pancreas, ECOG 3, on fentanyl patch / Address: Blk 412 Ang Mo Kio Ave 10 #08-1123 S560412 / Main caregiver: daughter Lim Pei Shan, HP 9015 3386
        Hi Dr Goh, my father Ravi s/o Krishnan has had fever 38.6 since last night, 8 days after his gemcitabine. Should we go A&E now? – Priya 8821 6043
        Wig rental deposit $150 charged to Visa 4556 2062 6020 4188 exp 08/28, cardholder WONG MEI FONG, receipt to be mailed.
        Please reimburse Siti Rohani binti Yusof $86.40 for the survivors' day hampers, POSB savings 188-52043-7.
        Chua Beng Hock (stage 4 NSCLC, EGFR+) asked whether osimertinib is on the CDL; he has used up his MediSave and his son is paying cash.
        Transport log 12/3: picked up Mdm Koh Siew Lan from Blk 18 Lorong 7 Toa Payoh #05-210 to NCIS for RT #14; she vomited once in the car, gave her the sick bag.
        Parking waiver approved for Mr Daniel Fernandez, vehicle SKV 4821 A, wife Margaret in Ward 54 (palliative) – valid 3 days.
        DM me on Telegram @kathy_tan_survivor88 if you want to talk, I'm Kathy, 2 years NED after ovarian cancer and did the same carbo/taxol regimen
        Pls send the Look Good Feel Better workshop photos to sharon.yeo.ml@gmail.com – Sharon Yeo, Tuesday breast cancer group
        MSW note 03/02: Pt Muthu s/o Subramaniam, 67, lives alone in 1-room rental flat at Jalan Bukit Merah, son in JB not contactable. Balance $4,210 for pembrolizumab after MSHL + MediSave, submitted for MediFund.
        Medical certificate: Ms GRACE LEE HUI MIN, NRIC T0265913H, unfit for duty from 10/04 to 23/04 (neutropenia following chemotherapy).
        MediSave authorisation: patient ONG KIM CHOO (S6721048D) to use son ONG WEI JIE's account (T1183547Z) for outpatient chemo cycles 1–6.
        FIN G5180392U, Mr Rahim Uddin, work permit (construction), Dx germ cell tumour, employer's insurance cap reached – check eligibility for the migrant worker charity fund.
        New case: Ms Nguyen Thi Hoa, FIN F2317846W, LTVP holder married to SC, Ca breast ER+, cannot afford tamoxifen and follow-up; husband only has part-time work.
        Tax receipt issued to donor JEREMY CHONG KAH WAI, NRIC S8057234D, donation $500 to the cancer support fund, 250% deduction.
        Helpline call 10:42 – Mdm Halimah, wife of patient Zulkifli bin Hassan, says he has not eaten properly since starting FOLFIRI, asks about Ensure subsidy. Callback 97730418.
        Mr Gerald Pereira, 71, prostate Ca on 3-monthly leuprorelin, next injection due 5 Jun at the Urology Centre; prefers afternoon slots as he still drives his grandson to school.
        Sarah Mitchell, UK national on EP, triple-negative breast Ca – wants a cost estimate for pembrolizumab as a non-resident, her insurer is asking for the treatment plan.
        anyone know if amirah's mum still at TTSH ward 8? amirah binti rosli said her mum's chemo postponed cos platelets low, i want to bring porridge
        Dear Teacher, please excuse Ethan Koh Jun Hao (5 Integrity) from the level camp, he is on maintenance chemo for ALL and must avoid crowds. – Mrs Koh, 9472 0835
        | 0915 | CHAIR 07 | LOW KAH HENG | S7390561C | FOLFOX C6D1 | 46h 5-FU pump, disconnect Thu |
        Medical tourist deposit: Mr ZHENG JIANGUO, PRC passport E58214739, resident ID 350502196804123055, NPC stage III, self-pay, deposit $15,000 received.
        Bed confirmed at Assisi Hospice for Mr Tay Boon Keng from SGH Ward 67, ambulance transfer Thu 2pm; NOK daughter Tay Li Ting 9388 1702.
        Please pray for my friend Fatimah Zahra binti Ismail, just diagnosed with stage 3 ovarian cancer at HKL, surgery on 20 May 🙏
        Attendance 8 Mar – Men's Cancer Circle: Tan Chee Keong (colorectal), Rajendran s/o Pillai (prostate), Lionel Sim (lymphoma), Kamal bin Jaafar (lung).
        Fundraising for my dad Tan Ah Seng's liver cancer treatment, anything helps 🙏 Maybank 1140 2233 6578 (Tan Sook Yee)
        Aunty Lee Siew Ping from the Klang support group (016-552 0913) has a size S wig to give away, she finished her chemo in Dec.
        Dear HR, Norazlina binti Abu Bakar (IC 640922-10-6148) will need leave every 3 weeks for chemotherapy at IKN Putrajaya until August; please process it as hospitalisation leave.
        Volunteer match: Mdm Jessie Wee (breast Ca survivor, treated 2019) paired with newly diagnosed Mdm Kwok Lai Har, both Cantonese-speaking, both staying in Hougang.
        Complaint: my mother Mrs Pushpa Nair waited 4 hours for her chemo at the day ward on Monday and nobody told us the drug wasn't ready. Please call me, Anand, at +65 8156 2290.
        Subsidy letter to: Mr ISKANDAR BIN MOHD NOOR, Blk 625 Woodlands Ring Rd #11-47, Singapore 730625 – your MediFund application for radiotherapy has been approved at 90%.
    """),
    "ms": _lines("""
        Pesakit: Encik Ahmad Fauzi bin Othman, No. KP 580317-01-5523, Klinik Onkologi Hospital Sultanah Aminah JB. Kemoterapi kitaran ke-2 pada 18/6, sila datang awal untuk ujian darah.
        Permohonan bantuan zakat perubatan – Puan Rosnah binti Daud (550630-08-6042), ibu tunggal, kos ubat kanser payudara RM2,300 sebulan, alamat No. 14, Jalan Bunga Raya 3, Taman Sri Manja, 30100 Ipoh.
        Salam semua, ada sesiapa nak derma rambut palsu? Kakak saya Noraini binti Saad tengah kemo kat HKL, rambut dah gugur semua. Boleh WhatsApp saya 012-338 7146.
        Rujukan Hospis: En. Chong Wai Keat, 71 thn, kanser paru-paru tahap 4, alamat No. 8, Jalan SS 2/64, 47300 Petaling Jaya. Waris: anak perempuan, 017-405 6621.
        Tuntutan Faedah Ilat PERKESO: Muhammad Hafiz bin Zainal, KP 820114-14-5677, kanser kolon tahap 3, tidak dapat bekerja sejak Mac, majikan Syarikat Logistik Maju Sdn Bhd.
        Senarai kehadiran kumpulan sokongan Sabtu lepas: Puan Zaleha binti Mat Isa (payudara), Cik Lim Bee Choo (serviks), Puan Vasanthi a/p Raju (ovari).
        No. pasport A43871926 – Encik Kamaruddin bin Yahya, dirujuk ke Singapura untuk terapi proton, tarikh berlepas 3 Feb, ditemani isteri.
    """),
    "zh-Hans": _lines("""
        化疗提醒：陈美玲女士，12月9日上午9点在日间化疗室进行第3周期化疗，请提前一小时抽血。家属联系电话：女儿 8947 3316。
        各位群友好，我妈妈林秀英乳腺癌复发了，现在在中央医院化疗，想问有没有人用过假发租借？可以加我微信 linxy_1987sg 私聊。
        患者何丽娟，身份证号 440301197511234826，宫颈癌术后，来新加坡复诊，暂住芽笼34巷的短租公寓。
        黄志明的太太说他放疗后吃不下东西，一个月瘦了8公斤，下周二要去盛港综合医院复诊，大家有空可以去看看他。
        互助小组签到表：王秀兰（肺癌）、张国华（胃癌）、刘丽珍（淋巴瘤），下次聚会12月20日。
        马来西亚病友郭振宇，电话 +60 11-2634 8805，鼻咽癌第二期，在槟城中央医院放疗，想找新山的病友一起拼车去新加坡复诊。
    """),
    "mixed": _lines("""
        eh guys my ah ma Goh Ah Lian kena admitted NUH ward 16 again, fever after chemo, visiting 12-8pm, anyone can help jaga her tmr morning? call me 8806 2419
        Boss, claim form untuk Rajesh a/l Ganesan dah submit ke belum? Wife dia kena cervical cancer, dia perlu unpaid leave. IC dia 711205-07-5391.
        这个星期六 wig bank 的 booking：Mdm Yap Geok Hwa 9:30am，Puan Siti Mariam binti Hamid 10am，两位都要 human hair 的，Mdm Yap 的头围比较小。
        Bro, my mum's car WVK 8823 parked at HKL oncology block 3 days already, kena saman tak? She's Madam Chan Yoke Lan, admitted for chemo complication.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a MediFund appeal letter for my father? He is Mr Sim Kok Leong, NRIC S3927465E, 72, on chemo for stomach cancer at NUH. He has no income and I'm the only one working, earning $2,600.",
        ),
        (
            "assistant",
            "Certainly. Here is a draft you can adapt: Dear Medical Social Worker, I am writing to appeal for MediFund assistance for my father, Mr Sim Kok Leong (NRIC S3927465E), who is receiving chemotherapy for gastric cancer at NUH. He has no income and I am the sole earner with a gross monthly income of $2,600...",
        ),
        (
            "user",
            "Thanks. Please also mention my mother has dementia and stays with us, so the household is 3 people.",
        ),
    ],
    [
        (
            "system",
            "You are the virtual assistant of a cancer support helpline. Collect callback details for hospice enquiries and be gentle.",
        ),
        (
            "user",
            "my grandmother is very weak at home now, the doctor said maybe weeks only, we need hospice home care urgently",
        ),
        (
            "assistant",
            "I'm so sorry you are going through this. So a nurse can call you back today, may I have her name, the hospital that follows her up, and a contact number?",
        ),
        (
            "user",
            "Her name is Mdm Ng Ah Moi, 88, colon cancer, followed up at CGH. Call me at 9156 7034, I'm her grandson Marcus.",
        ),
    ],
    [
        ("user", "do you all deliver wigs for chemo patients or must come down?"),
        (
            "assistant",
            "Many wig services can deliver for patients who are too unwell to travel. If you share the delivery details and any preferences, I can pass them on.",
        ),
        (
            "user",
            "ok pls deliver to Nadia binti Rahman, Blk 105 Yishun Ring Road #04-233, Singapore 760105. she's 3 weeks into chemo, scalp very tender, prefers soft cap. charge the deposit to my card 5401 7053 1809 5815",
        ),
    ],
    [
        (
            "user",
            "Tolong buatkan surat rayuan kepada PERKESO untuk suami saya.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, nombor kad pengenalan dan butiran penyakit suami puan.",
        ),
        (
            "user",
            "Nama dia Azman bin Sulaiman, IC 670512-12-5233, kanser hati tahap 4, dirawat di Hospital Queen Elizabeth Kota Kinabalu, dah 6 bulan tak boleh kerja.",
        ),
        (
            "assistant",
            "Baik. Tuan/Puan, Saya ingin merayu bagi pihak suami saya, Encik Azman bin Sulaiman (No. KP 670512-12-5233), yang menghidap kanser hati tahap 4 dan sedang dirawat di Hospital Queen Elizabeth, Kota Kinabalu...",
        ),
    ],
    [
        ("user", "我妈妈在做化疗，老是恶心想吐，有什么办法吗？"),
        (
            "assistant",
            "化疗引起的恶心很常见。可以少量多餐，避免油腻食物，按时服用医生开的止吐药；如果完全吃不下或呕吐不止，请尽快联系化疗团队。",
        ),
        (
            "user",
            "她叫刘桂芳，68岁，在陈笃生医院做FOLFOX第五个疗程，下周一还要打。你帮我列一个问题清单，我想问主治医生。",
        ),
    ],
    [
        (
            "system",
            "You help members sign up for cancer survivor support groups. Confirm details before submitting.",
        ),
        ("user", "I'd like to join a survivors group please"),
        (
            "assistant",
            "Happy to help. Please share your name, an email address, your diagnosis and which day suits you.",
        ),
        (
            "user",
            "Name: Priyanka d/o Selvam, email priyanka.selvam92@yahoo.com.sg, thyroid cancer survivor (RAI done 2024), prefer Saturday evening group",
        ),
    ],
    [
        (
            "user",
            "Reformat into a table: Kwan Hoi Ting — NRIC T0451872H — allergy penicillin — cycle 1 02/12 TCH, cycle 2 23/12, cycle 3 13/01",
        ),
        (
            "assistant",
            "| Patient | NRIC | Allergy | Cycle | Date | Regimen | / | Kwan Hoi Ting | T0451872H | Penicillin | 1 | 02/12 | TCH | / | | | | 2 | 23/12 | TCH | / | | | | 3 | 13/01 | TCH |",
        ),
    ],
    [
        (
            "user",
            "I'm Melissa Tan. Help me email my manager that my husband Bryan Ho has just been diagnosed with diffuse large B-cell lymphoma and I'll need flexible hours during his 6 cycles of R-CHOP.",
        ),
        (
            "assistant",
            "Subject: Request for flexible working arrangement / Dear [Manager's name], I would like to share that my husband, Bryan Ho, has recently been diagnosed with lymphoma and will undergo six cycles of chemotherapy over the coming months...",
        ),
        ("user", "make it shorter and say cycles are every 21 days starting 15 Dec"),
    ],
    [
        (
            "user",
            "Summarise this for my family group chat: DISCHARGE SUMMARY / Patient: HARIHARAN S/O MANICKAM / NRIC: S7642019Z / Admitted 02/11 for febrile neutropenia post cycle 2 docetaxel / IV piperacillin-tazobactam 5 days / Discharged 07/11, TCU oncology clinic 14/11",
        ),
        (
            "assistant",
            "Appa (Hariharan) was admitted on 2 Nov because he had a fever and very low white cells after his second docetaxel chemo. He had 5 days of IV antibiotics, went home on 7 Nov, and sees the oncology clinic on 14 Nov.",
        ),
    ],
    [
        ("user", "need help set reminder for my dad chemo lah"),
        ("assistant", "Sure, what are the dates and time, and anything he needs to bring?"),
        (
            "user",
            "every 3 weeks starting 9 Dec, 8am at NCCS, dad name Yeo Chin Huat. remind him park the car SLD 7306 J at the multi-storey carpark and bring his pink appointment card",
        ),
    ],
]
