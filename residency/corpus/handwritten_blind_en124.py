# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en124: SG/MY IVF and fertility clinics (egg freezing, cycles, consent, embryo storage, donors). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en124
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_faq"): _lines("""
        Q: Who can freeze their eggs in Singapore? A: Since 2023, women aged 21 to 35, regardless of marital status, may undergo elective egg freezing at licensed AR centres.
        Frozen eggs may only be used for IVF after marriage, in line with Singapore's policy that parenthood should take place within marriage.
        Eligible Singapore Citizen couples can receive co-funding for up to 3 fresh and 3 frozen ART cycles, and may use MediSave for assisted conception procedures.
        What should I bring to my first consultation? Both spouses' identity documents, your marriage certificate, and any previous blood tests, scans and semen analysis reports.
        Egg retrieval is done under sedation and usually takes 15 to 30 minutes; please arrange for an adult to take you home.
        Please do not drive for 24 hours after your procedure. You may shower the same evening but avoid swimming for a week.
        Our fertility nurse hotline is 6472 8800 (Mon–Fri 8.30am–5.30pm, Sat 8.30am–12.30pm). For heavy bleeding or severe abdominal pain after hours, go to the nearest A&E.
        Embryos are stored in liquid nitrogen at −196°C; storage fees are billed annually and consent must be renewed before the storage period ends.
        How many eggs should I freeze? As a rough guide, women under 35 may aim for 15 to 20 mature eggs for a reasonable chance of one live birth, but individual results vary.
        AMH is a blood test that estimates ovarian reserve; it does not tell you whether you can conceive naturally this month.
        If you develop rapid weight gain, bloating or breathlessness during stimulation, call the clinic immediately as this may be OHSS.
        Cancellation policy: cycles cancelled after the start of stimulation will be charged for medication dispensed and scans already performed.
        Package price for elective egg freezing starts from S$9,800 inclusive of consultations, monitoring scans and one year of storage; medication is charged separately.
        Sperm freezing before cancer treatment can usually be arranged within 24 hours of referral; please call our andrology lab at 6321 0450.
        In Malaysia, treatment is offered to legally married couples only, and for Muslim patients only the couple's own eggs and sperm may be used.
        Our centre is licensed by the Ministry of Health and follows the licensing terms and conditions for assisted reproduction services.
    """),
    ("en", "consent_form_template"): _lines("""
        CONSENT TO STORAGE OF EMBRYOS | Patient name: ______________ | NRIC/Passport No.: ______________ | Spouse name: ______________ | NRIC/Passport No.: ______________
        I/We consent to the cryopreservation of [number] embryos for a period of [   ] years from the date of freezing.
        In the event of the death or mental incapacity of one partner, the embryos shall be: ☐ discarded ☐ used by the surviving partner ☐ donated for research.
        In the event of divorce or separation, no embryos may be thawed or transferred without the written consent of both parties.
        Witness signature: ____________ Name: ____________ Designation: ____________ Date: __/__/____
        I understand that not all eggs survive thawing and that egg freezing does not guarantee a future pregnancy.
        Declaration by interpreter (if applicable): I have interpreted the contents of this form to the patient in ____________ (language).
        Affix patient label here  |  Cycle No.: ________  |  Attending doctor: ________  |  Ward/Clinic: ________
        Section C – Number of embryos to transfer: ☐ 1 ☐ 2 (a maximum of 2 for women below 37 and 3 for women aged 37 and above)
        I confirm that I am legally married to the above-named husband and attach a certified true copy of our marriage certificate.
        Consent to ICSI: I understand ICSI involves injecting a single sperm into each mature egg and that fertilisation rates are typically around 70%.
        Egg donor declaration: I am donating voluntarily, I have received no payment beyond reimbursement of reasonable expenses, and I will have no legal rights over any resulting child.
        Form AR-07 (Rev. 3/2026) – Withdrawal of consent. Return completed forms to the Embryology Lab counter, Level 3.
        Dear {{patient_salutation}} {{patient_last_name}}, your embryo storage will expire on {{expiry_date}}. Please complete the enclosed renewal form.
    """),
    ("en", "lab_ops_log"): _lines("""
        07:15 LN2 top-up Tank 3 (MVE CryoSystem 6000) level 38 cm → 52 cm, alarm test OK, signed EMB-04.
        Incubator K-MINI #2 CO2 6.1%, temp 37.0°C, pH 7.28 – within range. QC batch 2026-11-W47.
        Culture media lot G-TL 260914 received, CoA verified, expiry 2027-03-31, stored in 2–8°C fridge B.
        Case ref ART-2026-04417 moved to Day 5 review; 3 blastocysts 4AA, 4AB, 3BB; PGT-A biopsy done, samples sent under batch PGT-1128.
        Invoice INV-SG-2026-008812 for storage renewal S$650.00 – paid 03/12/2026 via PayNow to UEN 201912345K.
        Dry shipper CX-100 tracking DHL 4827 1930 55, departing Changi 11:20, ETA KLIA 15:40, temperature logger attached.
        Straw colour code: blue = day 3 embryos, yellow = blastocysts, pink = oocytes, white = sperm.
        Weekly stats (Wk 48): 22 OPUs, 14 fresh ET, 19 FET, clinical pregnancy rate 41%, no OHSS admissions.
        Witnessing check failed at 10:32 on workstation RI-2 (barcode mismatch); procedure halted, resolved 10:36, incident IR-2026-118 logged.
        Thaw schedule 05/12: FET slots 09:00, 09:30, 10:30, 11:00; lab to confirm warming by 07:00.
        Cryotank alarm SMS gateway test to on-call phone: passed 02:00 (automated weekly test).
        Equipment service ticket #SR-55819: EmbryoScope+ slide holder jam, engineer visit 06/12 2pm.
        Semen analysis WHO 2021 lower reference limits: volume 1.4 mL, concentration 16 million/mL, progressive motility 30%, normal forms 4%.
        Sample ID 26-AND-03317 received 09:05, abstinence 3 days, processed by density gradient, final 0.5 mL prepared for IUI.
    """),
    ("en", "news_public"): _lines("""
        Louise Brown, the world's first IVF baby, was born on 25 July 1978 at Oldham General Hospital in England.
        Robert Edwards received the 2010 Nobel Prize in Physiology or Medicine for the development of in vitro fertilisation.
        Patrick Steptoe, the gynaecologist who partnered Edwards, died in 1988 and so could not share the Nobel Prize.
        Jean Purdy, the nurse and embryologist on the Oldham team, was for decades left out of the official credit for the first IVF birth.
        Steptoe and Edwards opened Bourn Hall Clinic in Cambridgeshire in 1980, the world's first dedicated IVF clinic.
        Singapore's first IVF baby was born in 1983, making the city-state one of the earliest in Asia to reach the milestone.
        The 2022 White Paper on Singapore Women's Development announced that elective egg freezing would be allowed from 2023.
        Singapore's resident total fertility rate fell to 0.97 in 2023, the first time it dipped below one.
        Malaysia's total fertility rate has fallen below the replacement level of 2.1, according to the Department of Statistics Malaysia.
        KK Women's and Children's Hospital, National University Hospital and Singapore General Hospital run public-sector assisted reproduction centres.
        Malaysia's National Fatwa Council has ruled that IVF is permissible for Muslims only with the sperm and egg of a married couple.
        Shinya Yamanaka's Nobel-winning work on induced pluripotent stem cells has raised distant hopes of eggs grown in the lab.
    """),
    ("en", "config_code"): _lines("""
        CREATE TABLE embryo_straw (straw_id TEXT PRIMARY KEY, cycle_id TEXT NOT NULL, tank SMALLINT, canister CHAR(1), cane SMALLINT, frozen_at TIMESTAMP, grade TEXT);
        storage_reminder: { days_before_expiry: [90, 30, 7], channel: sms, template: STORAGE_RENEWAL_V2, sender_id: FERTCLINIC }
        def blast_grade(expansion: int, icm: str, te: str) -> str: return f"{expansion}{icm}{te}"
        NRIC_PATTERN = '^[STFGM][0-9]{7}[A-Z]$'  # validate format only, never log the value
        GET /api/v2/cycles/{cycle_id}/embryos?status=frozen&include=location  → 200 OK
        ALERT_LN2_MIN_CM=30  ALERT_TEMP_MAX_C=-150  ONCALL_ROTA_URL=https://intranet.example/rota
        SELECT tank, COUNT(*) FROM embryo_straw WHERE frozen_at < NOW() - INTERVAL '10 years' GROUP BY tank;
        sha256 of export cycles_2026Q3.csv: a4c123b1612dd272d1371c17149d439536b3216fdaeeb975729fae923d5a4fd1
        pip install pydicom==2.4.4  # for importing ultrasound follicle-tracking images
        EMR v3.8.1 release notes: adds PGT-A result field; NRIC is masked as S****123A on all printouts.
    """),
    ("ms", "notis_klinik"): _lines("""
        Pesakit dinasihatkan berpuasa sekurang-kurangnya 6 jam sebelum prosedur pengambilan telur.
        Sila bawa salinan sijil nikah dan kad pengenalan suami isteri semasa temujanji pertama.
        Waktu operasi klinik: Isnin hingga Jumaat 8.30 pagi – 5.00 petang, Sabtu 8.30 pagi – 12.30 tengah hari. Tutup pada cuti umum.
        Menurut fatwa Majlis Kebangsaan, rawatan IVF dibenarkan bagi pasangan Islam yang sah berkahwin dengan menggunakan benih suami dan telur isteri sahaja.
        Yuran penyimpanan embrio ialah RM1,200 setahun dan perlu dijelaskan sebelum tarikh luput.
        Borang Persetujuan Rawatan IVF | Nama Pesakit: ____________ | No. KP: ______-__-____ | Nama Suami: ____________
        Untuk pertanyaan, hubungi talian klinik 03-2287 4400 atau e-mel info@contohfertiliti.com.my.
        Kadar kehamilan klinikal bagi wanita bawah 35 tahun di pusat kami ialah 45% bagi setiap pemindahan embrio beku.
        Ubat suntikan hormon perlu disimpan dalam peti sejuk pada suhu 2–8°C dan jangan dibekukan.
        Pesakit yang mengalami sakit perut teruk atau sesak nafas selepas pengambilan telur hendaklah segera ke jabatan kecemasan.
        Semak dengan KWSP sama ada pengeluaran Akaun Sejahtera boleh digunakan untuk kos rawatan kesuburan.
        No. rujukan kes: IVF/KL/2026/0931 – sila nyatakan nombor ini dalam semua surat-menyurat.
    """),
    ("zh-Hans", "clinic_notice"): _lines("""
        试管婴儿周期一般需要4至6周，包括促排卵、取卵、受精、胚胎培养和移植。
        根据马来西亚相关规定，辅助生殖治疗仅限合法登记结婚的夫妇。
        冻卵前请准备：护照、近三个月的性激素六项及AMH报告、妇科B超报告。
        胚胎保存费用：每年RM1,800，含液氮罐维护及年度核查。
        取卵当天请勿化妆、勿涂指甲油、勿佩戴首饰，并由家属陪同。
        咨询热线：+60 4-226 8800（马来西亚时间周一至周六 9:00-17:00）
        PGT-A可筛查胚胎染色体数目异常，但不能保证100%准确，孕期仍建议做产前诊断。
        1978年7月25日，世界第一例试管婴儿路易丝·布朗在英国出生。
        订单号 MY20261203-7781 已确认：槟城试管套餐（含3次B超监测）RM16,800。
        知情同意书模板：患者姓名＿＿＿＿ 证件号码＿＿＿＿ 配偶姓名＿＿＿＿ 签字日期＿＿＿＿
        新加坡自2023年起允许21至35岁女性选择性冻卵，但冻卵只能在婚后用于试管治疗。
        建议在月经第2天前抵达吉隆坡开始促排，整个疗程约需停留12至14天。
    """),
    ("mixed", "forum_anon"): _lines("""
        anyone did egg freezing at KKH vs private? how much u all paid total ah, incl meds?
        my AMH only 0.9 at 34 😭 doc say still can try but need more rounds, anyone similar?
        Menopur vs Gonal-f which one pain more ah? the pen one seems easier to jab
        Tips for OPU day: wear loose pants, bring socks, the room damn cold one
        Can use Medisave for IVF or not? heard got limit per cycle
        Sis, PGT-A worth it or not if age 38? clinic quote extra RM6k leh
        2WW is the worst lah, every cramp also overthink 🙈
        Any Muslim sis here did IVF at hospital kerajaan? Waiting list berapa lama ya?
        Doc say endometrium need at least 7mm before FET, mine this round ok already, jiayou everyone
        Is it true Singapore won't let you use frozen eggs if you're not married? then what's the point ah
        Cheaper to do IVF in JB or KL? Singapore price 15-20k per cycle really cannot tahan
        Who got leftover Cetrotide 0.25mg? Not selling, just asking if clinic will take back unopened box
        PSA: clinic hotline 6472 8800 now open on Saturdays till 12.30, don't need to email for rescheduling
        Just wanna say after 4 failed transfers, don't give up. 加油 semua! 🙏
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient: TAN HUI MIN (S8812345Z) | DOB 14/03/1988 | Cycle: ICSI #2 | Protocol: antagonist | AMH 1.2 ng/mL | Trigger given 21:30 on 3 Nov
        Hi Nurse Joanne, this is Nurul Ain binti Rosli, my OPU is tomorrow 8am right? Must I fast from midnight? My number 012-337 5810
        Embryo storage renewal reminder sent to Mr & Mrs Gopal Krishnan a/l Muniandy, 4 blastocysts in Tank 2, storage fee S$650 overdue since 01/09/2026.
        Dear Ms Cheryl Ong, we regret to inform you that none of the 6 warmed oocytes survived. The doctor will call you at 9178 2264 this afternoon to discuss next steps.
        Refund request – Mdm Lee Siew Khim, Visa 4556 1848 0206 4503, cancelled IUI cycle 12/10, amount S$1,280.
        Sperm donor screening: KHOO JUN WEI, 29, Chinese, NUS postgrad, HIV/HBV/HCV negative, karyotype 46,XY, concentration 68 million/mL – approved for the bank.
        Lab note 09:42 – labelling error caught: straw marked for Siti Hajar binti Kamarudin was in the wrong cane; witnessed by 2 embryologists, incident raised.
        ICSI and embryo freezing consent signed by husband RAJESH S/O SUBRAMANIAM, NRIC S7946602F, and wife KAVITHA D/O RAMAN, NRIC S8523190A, witnessed 02/11/2026.
        pls update: Jessica Chua's beta hCG 14dpt = 312, repeat in 48h then book 6 wk scan. her hp 9824 6610
        Mrs Angela de Souza (Eurasian, 41) – 3rd failed FET, referred to reproductive immunology; husband Marcus asked about donor eggs.
        Bank transfer received from Maybank a/c 5141 2098 7734 (LIM KAH HENG) for egg freezing package RM15,900 – pls issue receipt.
        Egg freezing patient WONG PEI SHAN, 36, single, GP referral from Toa Payoh, 14 oocytes retrieved, 11 MII vitrified, storage till 2036.
        Call log 4 Dec: spoke with Mr Darren Yeo Kok Leong re his semen analysis (oligoasthenozoospermia), advised ICSI; he will discuss with his wife Michelle.
        Complaint from Mdm Chong Mei Fong: waited 3 hours for her day-2 scan at the Novena branch and says the doctor was rude; requests partial refund.
        08:30 Loh Shu Hui – baseline scan D2 | 08:45 Aisyah binti Mohd Zaki – HSG | 09:00 Deepa Nair – OPU | 09:30 Ho Mun Yee – ET x1
        Visa support letter: ZHOU JING (F, 1989), passport EH8327164, attending IVF treatment in Kuala Lumpur from 8 Dec 2026 to 22 Dec 2026.
        Husband's FIN G5526031T – Mr Nguyen Van Hoang, Vietnamese, works at a Jurong shipyard; wife's IUI scheduled 15 Nov.
        SMS to +65 9034 1172: Dear Priya Raghavan, your egg retrieval is at 7.45am on 18 Nov. No food or drink after midnight.
        Portal ticket #4471: Mohd Faizal bin Ismail cannot log in to view his wife's embryo photos; login email faizal.ismail88@gmail.com
        Telegram @huimin_ttc asked in our support group whether the clinic can keep her egg freezing off her company insurance claim.
        To whom it may concern: Ms Lau Ying Xuan (NRIC S9177340F) underwent oocyte retrieval on 20/11/2026 and is unfit for work from 20 to 21 Nov.
        Embryo disposal: Mr and Mrs Kumar Selvam agreed to discard 2 remaining day-5 embryos (grade 3BC) at the end of storage; signed 1 Dec 2026.
        Courier Gonal-f 900 IU x2 and Cetrotide x5 to Ms Grace Teo, Blk 412 Bedok North Ave 2 #08-115, Singapore 460412 – cold chain, before 6pm.
        Couple Mr Chen Zhiwei and Mdm Huang Xiaoqing (both PR) not eligible for ART co-funding; quoted S$14,200 for one fresh IVF cycle.
        Donor egg recipient file: HO KAR MUN, 44, premature ovarian insufficiency since 39, matched to anonymous donor, transfer planned Jan 2027.
        Card declined for Ms Yeoh Li Fen (5221 5852 6460 8797) – storage renewal S$600, pls call her back at 8833 0195.
        Nabilah binti Sulaiman – mild OHSS, day 4 post-OPU, 2 kg weight gain, advised oral fluids and review Fri.
        Ms Tharshini a/p Muthu, 33, from Ipoh – embryo transfer postponed because endometrium only 5.8 mm.
        Deposit for egg freezing: Ms Serena Kwok, Amex 3766 808916 98719, exp 08/29, S$3,000.
        Security log: Bryan Ong Jun Hao, husband of a patient, turned up drunk at reception demanding to see the embryologist; police were called.
        Mr Ahmad Zulkifli bin Yahya – sperm cryopreservation before chemotherapy for testicular cancer, 3 vials frozen 5/11, referred by oncology.
        HKID Y482913(A) – CHEUNG WING YAN, wants to ship her 6 frozen eggs from Singapore to a clinic in Hong Kong; export permit pending.
        {"patient": "Ang Xiu Ling", "nric": "T0318826J", "cycle": "FET-3", "beta_hcg": 0.6, "result": "negative"}
        Ms Park Ji-yeon (FIN F2291874P), Korean, freezing eggs before relocating to Seoul; 9 mature eggs vitrified on 27 Nov.
    """),
    "ms": _lines("""
        No. KP: 890314-10-5528 | Nama: NOR AZLINA BINTI HASSAN | Rawatan: IVF kitaran 1 | Caj: RM18,500
        Salam doktor, saya Siti Khadijah binti Abdullah, IC 920725-14-6132, nak tanya keputusan AMH saya minggu lepas. Tel 017-228 6451.
        Senarai IUI hari ini: 1) Puan Rohana binti Yusof – folikel 19mm kanan; 2) Puan Lim Ai Ling – suntikan trigger jam 10 malam.
        Encik Hafiz bin Rahman (870611-07-5043) dimaklumkan analisis air mani menunjukkan azoospermia; dirujuk ke urologi untuk TESA.
        Bayaran pakej IVF RM21,000 oleh Puan Suhaila binti Ahmad melalui akaun CIMB 7012445583 telah diterima.
        Puan Noraini binti Jaafar, 38, guru di SK Taman Melawati, minta surat cuti sakit selepas pemindahan embrio pada 9 Dis.
    """),
    "zh-Hans": _lines("""
        患者：张丽，身份证号440304198907123827，深圳人，计划12月赴吉隆坡做第三代试管（PGT-A），联系电话138 2651 7093。
        赵敏女士您好，您的5枚囊胚已冷冻保存于我院，年度保存费RM1,800，请于12月31日前缴纳。
        陈国栋（男，身份证350203198709051523）精液检查结果：少弱精症，建议行ICSI。
        微信号 linlin_ivf2026 的林琳说她在新加坡冻卵取了9颗，想转到槟城的中心保存。
        客户李婷婷（护照号EA7731902）已签署供卵知情同意书，受卵周期预计2027年1月开始。
        台湾患者黄雅婷，身分证F214077366，在吉隆坡取卵12颗，已冷冻8颗，联系电话0912 486 205。
    """),
    "mixed": _lines("""
        eh girls, mei ling here — my OPU only got 8 eggs leh, doc say AMH low. whatsapp me 9672 3381 if anyone wants my extra 3 vials Menopur
        Kak Zura (Zuraidah binti Osman) punya ET hari ni, doakan ya semua 🤲 she already 4th time try IVF
        aiyo Jason Tan Wei Jie never turn up for his semen collection appt again, 2nd time already lor, wife damn pek chek
        Sharing for sis Devi Ramasamy from Klang: beta positive after 3 rounds, 1,200 mIU! so happy for her 🥹
        Admin pls remove Karen Lim Siew Peng from group, she keep selling leftover Gonal-f pens, asking ppl to pay into her POSB acct 189-52734-6
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a fertility centre in Singapore. Collect details to book a first consultation.",
        ),
        ("user", "Hi, I'd like to book an egg freezing consult. I'm 33 and single."),
        (
            "assistant",
            "Sure! May I have your full name as in your NRIC, your NRIC number, mobile number and preferred date?",
        ),
        (
            "user",
            "Chloe Tan Xin Yi, S9034417Z, hp 9187 5520. Prefer Sat morning, 13 Dec if possible.",
        ),
        (
            "assistant",
            "Thank you Chloe. I've held Saturday 13 Dec at 9.30am for you. Please bring your NRIC and any recent blood test results.",
        ),
    ],
    [
        ("user", "hello can check my blood test result? Farhana binti Musa, DOB 08/02/1991"),
        (
            "assistant",
            "Hi Farhana, your AMH from 28 Nov is 2.4 ng/mL, which is within the normal range for your age. The doctor will go through it at your review on Tuesday.",
        ),
        ("user", "ok thanks. and my husband's semen test?"),
        (
            "assistant",
            "For privacy we can only release your husband's results to him directly or with his written consent.",
        ),
    ],
    [
        (
            "user",
            "My wife Lakshmi and I have 3 embryos stored with you since 2019. We want to renew storage for another 5 years.",
        ),
        (
            "assistant",
            "Certainly. We will post the renewal consent form to you. Could you confirm the full names and mailing address?",
        ),
        ("user", "Suresh Pillai and Lakshmi Suresh, 45 Jalan Kechubong, Singapore 537346."),
        (
            "assistant",
            "Noted, Mr Pillai. The form will be posted to 45 Jalan Kechubong within 3 working days; both of you need to sign it.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak buat temujanji untuk IUI. Nama saya Aisyah Humaira binti Zainal, IC 910208-01-6684.",
        ),
        ("assistant", "Waalaikumsalam Puan Aisyah. Boleh berikan nombor telefon dan nama suami?"),
        ("user", "Tel 011-2638 4907. Suami Muhammad Irfan bin Hashim. Kami dari Batu Pahat."),
        (
            "assistant",
            "Terima kasih. Temujanji anda pada 10 Dis jam 10 pagi untuk imbasan hari ke-2 haid. Sila bawa sijil nikah.",
        ),
    ],
    [
        (
            "user",
            "你好，我想咨询在吉隆坡做试管。我叫刘晓雯，35岁，AMH 1.1，之前在广州做过两次都没成功。",
        ),
        (
            "assistant",
            "刘女士您好，根据您的情况，医生可能会建议做PGT-A。方便留下微信或手机号吗？客服会联系您。",
        ),
        ("user", "我微信是 xiaowen_0719，手机 139 2876 4410。"),
        ("assistant", "好的，客服今天下午会添加您的微信。"),
    ],
    [
        ("system", "Internal assistant for embryology lab staff. Draft documents as requested."),
        (
            "user",
            "Draft an incident report: this morning patient Koh Bee Leng (S8601255C) had her FET cancelled because her warmed blastocyst degenerated. Husband very upset, shouted at reception.",
        ),
        (
            "assistant",
            "Incident Report – Draft | Date: 04/12/2026 | Patient: Koh Bee Leng (S8601255C) | Event: FET cancelled after single blastocyst failed to survive warming | Follow-up: counselling offered; husband's distress noted at reception.",
        ),
        ("user", "Add that the doctor agreed to waive her thaw fee of S$850."),
    ],
    [
        (
            "user",
            "Help me write an email to my manager Mr Raymond Ho at Changi Logistics asking for 3 days leave for my egg retrieval. I'm Natalie Seow, ops executive.",
        ),
        (
            "assistant",
            "Dear Mr Ho, I would like to request leave from 17 to 19 Dec for a scheduled medical procedure (egg retrieval). I will hand over my tasks beforehand. Regards, Natalie Seow",
        ),
        ("user", "Don't mention egg retrieval, just say minor day procedure."),
    ],
    [
        (
            "user",
            "My card kena decline for the IVF deposit. Card is 4147 0960 3316 5329, name on card GOH SOOK YEE.",
        ),
        (
            "assistant",
            "Sorry to hear that, Ms Goh. Please don't share full card numbers in chat; our cashier can take payment over the counter or by PayNow.",
        ),
        ("user", "ok sorry. PayNow can, just tell me the reference."),
    ],
    [
        (
            "user",
            "hi i'm interested to be an egg donor. Rachel Fernandez, 27, Eurasian, staff nurse, no medical issues. email rachel.fdz95@gmail.com",
        ),
        (
            "assistant",
            "Thank you Rachel. Donors must be between 21 and 35 and complete medical and psychological screening. We'll email you the questionnaire.",
        ),
        ("user", "ok. I had a D&C in 2022 after a miscarriage, is that a problem?"),
    ],
    [
        (
            "user",
            "I'm Leung Hoi Ching, HKID K305527(2). I froze 10 eggs in Singapore in 2024 and want them transported to a Hong Kong clinic.",
        ),
        (
            "assistant",
            "Hi Ms Leung, export of gametes needs approval and a receiving clinic's acceptance letter. Could you share a contact number?",
        ),
        ("user", "+852 6381 2047, WhatsApp is fine."),
    ],
]
