# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en85: SG/MY tuition and enrichment centres. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en85
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "centre notices"): _lines("""
        Centre closed on 9 Aug (National Day) — all Sat classes shift to Sun 10 Aug, same time slot.
        MAKE-UP CLASS POLICY: max 2 make-ups per term, must be booked 24h in advance via the app. No make-up for public holidays, sorry!
        P6 PSLE Maths Intensive @ Tampines branch: Mon/Wed 7.30–9.30pm, 12 sessions, starts 6 Jan 2027.
        Pls note Room 3 aircon servicing this Thurs, Sec 3 Chem will move to Room 5.
        Our Jurong East branch has moved to JCube, 2 Jurong East Central 1, #03-11. Same hotline 6896 2210.
        Reminder: parents pls do NOT park along the double yellow line outside Block 201, traffic wardens v active lately.
        Mr Tan's Maths Lab @ Bukit Timah Plaza is now accepting registrations for 2027 P3–P6 classes.
        Holiday workshop "Science of Slime" for P3–P4, 2 Dec, 10am–12pm, $45 incl. materials. Limited to 16 pax.
        Due to haze (PSI > 200), all outdoor enrichment activities cancelled this week. Indoor classes run as usual.
        Lost & found: 1 blue Smiggle pencil case, 1 water bottle (Frozen design) — collect at counter by Fri.
        Trial lesson slots for Jan intake are almost full — only 3 left for Sec 1 English (Sat 11am).
        Tutor-in-charge for Sec 4 A-Math will rotate next term; class code SA4-SAT-02 stays the same.
        Kumon Bishan centre uses the worksheet method Toru Kumon started for his own son in Osaka in the 1950s.
    """),
    ("en", "fees and invoices"): _lines("""
        Dear Parent, this is a gentle reminder that Term 1 2027 fees are due by 7 Jan. Kindly ignore if payment has been made. Thank you! 🙏
        Invoice INV-BSL-2611-0472 | Sec 2 Science x 4 lessons | S$280.00 + GST 9% S$25.20 | Total S$305.20
        PayNow to UEN 201934567K (Bright Sparks Learning Pte Ltd), pls put invoice no. as reference.
        Payment via DuitNow: Maybank 5621 4430 8812, Cemerlang Minda Enrichment Sdn Bhd. Send resit to admin WhatsApp.
        Hi {parent_name}, {student_name}'s fees of ${amount} for {month} are still outstanding. Pls make payment by {due_date} to avoid the $20 late fee.
        Late payment fee S$20 will be imposed from the 15th of each month. Registration fee ($50) is one-time and non-refundable.
        Sibling discount 10% applies to 2nd child onwards; cannot be combined with Early Bird promo (code EB2027).
        Receipt RCP/2026/11/00873 — RM 360.00 received via FPX on 03/11/2026 14:22:07. Thank you.
        Deposit of 1 month's fee is refundable only with 1 month written notice of withdrawal.
        Fee table 2027: P1–P2 $240/mth, P3–P4 $260/mth, P5–P6 $300/mth, Sec 1–2 $320/mth, Sec 3–4 $360/mth (4 lessons).
        SkillsFuture Credit can't be used for primary school tuition, sorry — it's only for courses listed on the SkillsFuture portal.
        Stripe payout po_1QxF8K2eZvKYlo2C3pQ7a9Bd settled: S$12,480.50 on 2026-11-30T02:00:14Z.
        Total outstanding across all branches as at 30 Nov: 37 accounts, S$18,240 — pls chase before year-end closing.
    """),
    ("en", "progress report templates"): _lines("""
        Term 3 Progress Report — Student: ________ Level: ____ Subject: ____ Tutor: ____
        Shows good understanding of heuristics (guess & check, model drawing) but needs to show working clearly.
        Composition: ideas are creative but tenses are inconsistent. Target: AL3 → AL2 by prelims.
        Class average for P5 Maths Mock Test 2: 68.4/100 (n = 42), highest 97, lowest 31.
        Pls sign and return the report slip by next lesson. Parent signature: ______ Date: ______
        Grading key: A1 (75–100), A2 (70–74), B3 (65–69), B4 (60–64), C5 (55–59), C6 (50–54), D7, E8, F9.
        {student_first_name} has improved steadily in Paper 2 this term and is encouraged to attempt more challenging problem sums.
        Comment bank #14: "Participates actively in oral practice; work on pronunciation of ending consonants."
        Report cards are generated on the 25th; tutors must lock comments in the LMS by the 22nd, 11.59pm.
        Our 2026 PSLE cohort (n=118): 61% AL1–AL2 in Science, 24% AL3, 15% AL4 and below.
        Progress chart legend: green = on track, amber = needs support, red = refer to HOD.
        Avoid comparing a child with classmates in written comments; describe skills, not personality.
    """),
    ("en", "syllabus and exams"): _lines("""
        PSLE scoring uses Achievement Levels AL1–AL8 per subject since 2021; the total score ranges from 4 to 32.
        SEAB is at 298 Jalan Bukit Ho Swee, Singapore 169565; queries on exam arrangements should go through the school.
        Ministry of Education, 1 North Buona Vista Drive, Singapore 138675 — general enquiries 6872 2220.
        UPSR was abolished in 2021 and PT3 in 2022; Form 5 students still sit for SPM.
        Kementerian Pendidikan Malaysia, Blok E8, Kompleks Kerajaan Parcel E, Presint 1, 62604 Putrajaya.
        History Sec 2: Sir Stamford Raffles signed the 1819 treaty with Sultan Hussein Shah and Temenggong Abdul Rahman.
        Sejarah Form 4 revision: Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957.
        Social Studies: under Lee Kuan Yew's government a second language became compulsory in secondary schools in 1966.
        Upin & Ipin, the twins from Kampung Durian Runtuh, are used in our pre-school Malay vocab lessons.
        Lit Sec 3 text: To Kill a Mockingbird — discuss how Atticus Finch defends Tom Robinson and what Scout learns.
        Science enrichment: Marie Curie won Nobel Prizes in Physics (1903) and Chemistry (1911).
        A-Math 4049: Paper 1 and Paper 2 are each 2h 15min, 90 marks; calculators allowed for both.
        Raffles Institution, Anglo-Chinese School (Independent) and Hwa Chong are popular DSA choices among our Sec 1 kids.
    """),
    ("en", "parent group broadcasts"): _lines("""
        [Bright Sparks P5 Parents] Good evening parents! Homework this week: Topical WS 7 (Ratio) Q1–15. Thank you 😊
        Admin: pls don't reply to this broadcast, for queries WhatsApp our hotline 8123 4000 (office hrs 10am–7pm).
        Reminder tmr lesson shifted to 3pm bc of the school's Sports Day. See you!
        Parents, kindly remind ur kids to bring their own calculators for Sec 3 classes, the centre no longer lends them.
        Our P4 English tutor will be away for a training course next week; a relief tutor will cover, materials same.
        Sharing the SEAB PSLE 2027 timetable (link in bio). Oral exams in Aug, written papers Sept/Oct.
        Good luck to all our P6 kids for PSLE tmr!! Jia you 💪 remember to sleep early.
        Thank you for the overwhelming response for the Dec holiday camp, it's fully booked. Waitlist: forms.gle/bSp9kX2mQ4
        Dear parents, we r moving from the old Telegram group to WhatsApp Community on 1 Dec. Join link will be sent via SMS.
        Photos from the Children's Day party are up on our FB page — all kids' faces blurred as per our PDPA policy.
        Hi all, Google Classroom code for Sec 1 Math (Thurs): qz7m3ka
        Kindly note we follow the MOE school holiday calendar; no lessons 13–21 Dec.
    """),
    ("en", "admin sop and systems"): _lines("""
        SOP 4.2: Enrolment forms containing NRIC numbers must be kept in the locked cabinet and shredded after 2 years.
        Under the PDPA, do not collect full NRIC unless required by law; use the last 3 digits and letter for identification.
        Before exporting the student list to the marketing team, remove the phone, email, address and DOB columns.
        TuitionHub Parent App v3.8.2 (build 2611) fixes a crash when uploading MC photos on Android 14.
        git commit 9f3c2ab1e07 — fix: fee reminder cron sending duplicate SMS at 00:00 SGT
        SMS template TPL_FEE_R2 (max 160 chars): "BrightSparks: Fees for {MONTH} due {DATE}. Pay via PayNow UEN 201934567K."
        Tinkle Friend helpline 1800 274 4788 is for primary-school children who need someone to talk to.
        Talian Kasih 15999 is Malaysia's 24-hour helpline for child protection and family issues.
        Data breach? Notify the DPO at dpo@brightsparks.edu.sg within 24h; PDPC must be told within 3 calendar days if notifiable.
        CSV export schema: student_id, level, subject, class_code, attendance_pct, last_test_score (no names).
        Error 0x80070005 when printing receipts from the POS — restart the print spooler and retry.
        Student ID format: BS-YYYY-#### (e.g. BS-2027-0001); do not reuse IDs of withdrawn students.
    """),
    ("ms", "notis pusat tuisyen"): _lines("""
        Notis: Kelas ganti Matematik Tahun 6 akan diadakan pada Sabtu, 14 Dis, jam 9 pagi.
        Yuran bulan Januari perlu dijelaskan sebelum 7hb. Caj lewat RM10 dikenakan selepas tarikh tersebut.
        Pusat Tuisyen Cemerlang Minda, No. 12-1, Jalan Tun Dr Ismail, 70200 Seremban — talian pejabat 06-763 2210.
        Ibu bapa dinasihatkan tidak meletak kenderaan di hadapan pintu pagar semasa waktu hantar dan ambil anak.
        Kelas SPM Intensif Sains Tulen (Fizik, Kimia, Biologi) dibuka — RM180 sebulan, 8 sesi.
        Sila bawa buku latihan dan alat tulis sendiri. Telefon bimbit tidak dibenarkan semasa kelas.
        Pusat akan ditutup sempena Hari Raya Aidilfitri; jadual kelas ganti akan dimaklumkan kemudian.
        Templat: Assalamualaikum {nama_ibubapa}, yuran {nama_pelajar} bagi bulan {bulan} berjumlah RM{jumlah} masih belum dijelaskan.
        Bayaran boleh dibuat melalui DuitNow QR di kaunter atau pindahan ke akaun syarikat (rujuk invois).
        Keputusan Ujian Bulanan: purata kelas Tingkatan 3 Matematik ialah 64%, naik 7% berbanding bulan lepas.
        Kisah Hang Tuah dan Hang Jebat digunakan dalam latihan karangan Bahasa Melayu Tingkatan 2.
        Pendaftaran pelajar baharu 2027: isi borang di laman web dan bawa salinan sijil lahir ke kaunter untuk pengesahan.
        SJK(C) Chung Hwa dan SK Tun Hussein Onn terletak berdekatan cawangan kami di Taman Universiti.
    """),
    ("zh-Hans", "华文补习班通知"): _lines("""
        【通知】本周六华文补习班照常上课，下午2点至4点，地点：三楼301室。
        PSLE华文口试包括朗读短文和看录像会话，请同学们在家多练习。
        补课安排：因公共假期停课的课程，将于12月20日（星期六）上午补上。
        学费提醒：2027年第一学期学费请于1月7日前缴清，可使用PayNow或现金付款。
        作文范文《一件难忘的事》：小明在巴刹帮妈妈买菜时，捡到了一个钱包……
        课堂奖励：集满10个印章可换一份小礼物，期末统一兑换。
        华文阅读推荐：《西游记》青少年版，孙悟空大闹天宫的故事深受学生喜爱。
        家长群公告：请勿在群里发广告，谢谢配合。如有疑问请私信行政人员。
        本中心位于义顺中心商场四楼，近义顺地铁站，步行约3分钟。
        SPM华文分为试卷一和试卷二，考试日期以马来西亚考试局公布为准。
        郑和七下西洋曾多次停靠马六甲，马六甲至今仍有三宝山和三宝井。
        收据编号：RC-2026-1130-0457，金额：S$320.00，付款方式：PayNow。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Enrolment form — Student: Chloe Tan Xin Yi | Level: P5 (2026) | School: Rosyth School | DOB: 14/03/2015 | BC No.: T1531946H | Father: Tan Wei Ming, HP 9123 4587, weiming.tan88@gmail.com
        Medical info for tutor: Jayden Koh Jun Hao, Sec 2 – ADHD (on Ritalin), pls allow a 5-min break every 30 min and seat him near the front.
        Hi teacher, Aiden won't be coming for Maths today, he's down with HFMD, MC until Fri. Can arrange make-up? – Mdm Goh (Aiden Lim's mum)
        Fee reminder – 3rd notice: Mr Lee Kok Hwa, parent of Ethan Lee (P4), outstanding S$780 for Sep–Nov. Contact 9786 1203. Escalate to manager if no reply by 10/12.
        Pls charge Term 1 fees to my Visa 4532 1876 0934 1254 exp 08/29, cardholder Serene Yap Li Ting. I'll give the CVV over the phone.
        Address for textbook delivery: Mrs Priya Ramasamy, Blk 412 Bedok North Ave 2, #08-115, S460412. HP 8234 9910.
        Make-up class approved: Nur Aisyah Binte Rahmat (P6 Sci) — Sat 2pm @ Tampines. Reason: warded at KKH for dengue 2–5 Nov.
        Tutor contract: Ms Nurul Aini binti Hassan, NRIC S8214763B, basic S$3,400/mth + S$30/hr for extra classes, start 2 Jan 2027.
        FYI admin only: Ryan Ong's parents are in a custody case at the Family Justice Courts; only the mother, Mdm Chua Hui Min, may pick him up.
        Progress report (Term 3) – Sofia Mikhailova, Sec 3 E-Math: 38/100 (F9). Weak in algebra, possible dyscalculia, recommended assessment by an educational psychologist.
        Student pass holder Park Min-jun, Korean passport M48213907, FIN G5583019W, staying with guardian at 8 Holland Grove View #03-02, S275907.
        Parent WhatsApp: +65 9672 0415 (Kelvin, Dylan Chia's dad) – prefers to be contacted after 7pm.
        Emergency contact for Isabelle Wong (P3): grandma Mdm Lau Ah Moi, 6284 7731 (home), Blk 22 Toa Payoh Lor 7 #04-318.
        Dear Mr Rajesh s/o Kumaran, your son Arjun attended only 2 of 8 lessons in Nov. Pls contact us at your earliest convenience.
        Allergy alert: Hannah Lim Jia En (K2 phonics) – severe peanut allergy, EpiPen in her bag. Mum: 9011 2784.
        Pick-up authorisation: SMX 4821 R (grey Honda Freed), driver Mr Goh Chee Keong, grandfather of Kayla Goh (P1).
        Refund S$260 deposit to Mdm Siti Hajar bte Osman, POSB Savings 188-52341-7, as Irfan withdrew on 30 Nov.
        Chinese tutor applicant: Zhang Lijuan, PRC national, ID 440305197911243620, on Long-Term Visit Pass, expected salary S$2,800.
        Hi Ms Lim, this is Vanessa, Ethan's mum. Can u send the invoice to my work email vanessa.choo@halcyonfreight.com.sg? Thx
        Sec 4 student Marcus Yeo (4E2, Bedok View Sec) was caught shoplifting at the mall last week, parents informed — pls keep an eye on him.
        Bursary application: Tan Jia Hui, household income S$3,850/mth for 5 pax, father unemployed since March, mother works as a cleaner.
        Hi, my daughter Emma Teo (P2) has an eczema flare-up, pls don't let her use the shared playdough. — Grace Teo, 8866 3021
        Student: Darren Lau Wei Jie, Form 4 SMK Damansara Jaya, No. 23, Jalan SS 22/11, 47400 Petaling Jaya. Father: Lau Kok Seng 012-338 7145.
        HK family relocating: mother Cheung Wing Yan, HKID K482037(1), son Ethan Cheung (P4), new address 15 Mount Sinai Lane #02-07.
        Taiwanese parent Lin Yu-ting (ID F228143079) asked for the receipt under her name for company claims.
        Account recovery: parent Ng Siew Ling, NRIC ending 153F, DOB 02/09/1984, wants the portal password reset.
        Trial class booking: Aarav Nair, P1, mum Deepa 9455 0831, deepa.nair.home@yahoo.com — interested in Phonics Sat 10am.
        Teacher's note: Lim Zhi Xuan (P6, Wed class) cried again today, said her dad hits her when she fails tests. Reported to supervisor under child protection SOP.
        Payroll Nov: part-time tutor Kenneth Ho Wai Kit – 46.5 h x S$35 = S$1,627.50, to DBS 072-548310-2.
        hi admin pls update my mobile to 9338 6102 and new address Blk 678A Punggol Drive #12-441 S821678 – Mrs Harpreet Kaur (Simran's mum)
        Withdrawal form: Gabriel Tan (Sec 1) | Reason: family relocating to Perth, father Tan Chee Wah transferred by employer | Last lesson 28 Nov.
        Make-up for Kayden Ng (P3 Eng): missed 19 Nov due to an asthma attack, warded overnight at NUH. Slot: Fri 5pm.
        Our tutor Ms Farah Nadia was on MC 3 days this week for pregnancy complications; need relief for her P5 classes.
        Parent complaint: "Mr Benedict Sim scolded my son Javier Ong in front of the whole class" – Mrs Ong Mei Fen, 9012 4478
    """),
    "ms": _lines("""
        Borang pendaftaran: Muhammad Hakim bin Zulkifli, MyKad 150601-01-5893, Tahun 5 SK Taman Universiti. Bapa: Zulkifli bin Ahmad, 013-772 4519.
        Assalamualaikum cikgu, anak saya Nur Damia tak dapat hadir kelas Sabtu, dia demam denggi & ditahan di Hospital Sultanah Aminah. — Puan Rosmah, 019-741 2086
        Peringatan yuran: En. Hafiz bin Kamarudin (bapa kepada Aqil, Tingkatan 2) ada tunggakan RM540 untuk bulan Sept–Nov.
        Alamat hantar buku: Puan Norliza Ismail, No. 7, Jalan Mawar 3/2, Taman Sri Mawar, 43300 Seri Kembangan, Selangor.
        Gaji tutor sambilan Nov: Cik Aina Sofea binti Rosli, 28 jam x RM40 = RM1,120, masuk akaun CIMB 7023441852.
        Laporan kemajuan: Aiman Haziq bin Roslan (Tingkatan 4) gagal Matematik Tambahan (28%), disyaki disleksia; ibu bapa dinasihatkan buat penilaian.
        IC ibu: 880914-07-5248, Tan Mei Ling, alamat 23 Lorong Kenari 5, Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang.
        Kereta yang ambil Danish Irfan setiap Rabu: WTR 7712, Myvi putih, pemandu Encik Rahim bin Yusof (pakcik dia).
    """),
    "zh-Hans": _lines("""
        报名表：学生姓名 陈思颖，小五，南华小学；家长 陈国栋，手机 9734 2150，住址 Blk 305 Clementi Ave 4 #06-221。
        陪读妈妈王丽娟（身份证 350203198609152044）想给儿子报名中一数学班，微信号 wanglj_xm0915。
        老师您好，我是李浩然的爸爸，他这周发烧39度确诊流感，周三的课请帮忙安排补课。我的电话 +65 8127 6640。
        学费催缴：黄子轩（小四英文班）家长黄建华，已拖欠三个月学费共S$840，电话 9168 3307。
        家长刘佳怡的银行卡 5520 7431 6602 8816 自动扣款失败，请通知她重新绑卡。
        吴雨桐同学（中二）患有抑郁症，正在IMH复诊，上课时请避免当众点名批评她。
        上海来的张女士，身份证310104198206071585，孩子张一鸣准备插班小三，家住 Jalan Bukit Indah 15/2, 81200 Johor Bahru。
        补课记录：郑可欣11月12日缺课（祖母去世，回槟城奔丧），补课安排在11月16日周六上午10点。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant of Bright Sparks Learning Centre. Help parents with schedules, make-up classes and fees.",
        ),
        ("user", "hi can i book make up class for my son"),
        ("assistant", "Sure! May I have your child's full name, level and usual class slot?"),
        ("user", "Ryan Chua Kai Le, P5 Maths, Tues 5pm"),
        ("user", "he missed last week cos he had chicken pox, still recovering"),
        (
            "assistant",
            "Noted, hope he feels better soon. Available make-up slots: Sat 10am or Sun 2pm.",
        ),
    ],
    [
        ("user", "Hello, I want to register my daughter for Sec 1 English"),
        ("assistant", "Great, what is the best number to reach you?"),
        ("user", "9172"),
        ("user", "8834"),
        ("user", "sorry pressed enter. I'm Mdm Lee Siew Lan, daughter is Rachel Yeo"),
        ("assistant", "Thank you Mdm Lee, our admin will call you within 1 working day."),
    ],
    [
        ("user", "Salam, nak daftar anak untuk kelas SPM Sains Tulen"),
        ("assistant", "Waalaikumsalam. Boleh berikan nama penuh pelajar dan no. MyKad?"),
        ("user", "Nurul Izzah binti Kamal, 100823-10-5526"),
        ("user", "alamat kami No. 18, Jalan Kenanga 4, Taman Melawati, 53100 Kuala Lumpur"),
        ("assistant", "Terima kasih, pendaftaran diterima. Invois akan dihantar melalui WhatsApp."),
    ],
    [
        ("user", "Why was I charged twice for Nov fees??"),
        ("assistant", "Sorry about that! Could you share the invoice number and the card used?"),
        ("user", "INV-BSL-2611-0518, Mastercard ending 7161, under Jonathan Seah"),
        (
            "user",
            "my son is Caleb Seah, Sec 2 Sci Fri class, we live at 41 Jalan Kembangan, S419134",
        ),
        (
            "assistant",
            "Thanks Mr Seah, the duplicate charge will be refunded within 7 working days.",
        ),
    ],
    [
        ("user", "老师好，我想帮孩子报名小三华文班"),
        ("assistant", "您好！请问孩子的姓名、学校和年级？"),
        ("user", "杨梓涵，宏茂桥小学，小三"),
        ("user", "她对海鲜和芒果严重过敏，上课的点心请注意，我是她妈妈苏晓雯，电话 8290 1476"),
        ("assistant", "好的，已备注过敏信息，谢谢您。"),
    ],
    [
        (
            "system",
            "You screen tutor applications for Apex Minds Tuition. Summarise each applicant for the hiring manager.",
        ),
        (
            "user",
            "Applicant: Daniel Chong Wei Liang, NRIC S8836207A, NUS Physics 2010, currently at another centre earning S$5,200/mth, asking S$5,800. Has a 2019 conviction for drink driving, disclosed in form.",
        ),
        (
            "assistant",
            "Summary: experienced Physics tutor, salary expectation above band, disclosed a past traffic offence.",
        ),
    ],
    [
        ("user", "pls update emergency contact for my boy"),
        ("assistant", "Sure, which student and who should be the new contact?"),
        ("user", "Student is Lucas Tay, P4"),
        (
            "user",
            "new contact his grandpa Tay Ah Huat 9640 3318, cos I'm going for chemo at NCCS every Thurs",
        ),
        ("assistant", "Updated. Wishing you a smooth recovery."),
    ],
    [
        (
            "system",
            "Student record loaded: Ethan Lim Zheng Yu, T1309588J, Sec 1, Mon/Thu Maths, parent Lim Boon Hock 9823 0615, outstanding S$0.",
        ),
        ("user", "when is my next class"),
        ("assistant", "Your next Maths class is this Thursday at 6pm in Room 2."),
    ],
    [
        ("user", "Cikgu, kami dah berhenti kelas, boleh pulangkan deposit?"),
        ("assistant", "Boleh. Sila berikan nama pemegang akaun dan nombor akaun bank."),
        ("user", "Siti Khadijah binti Mohd Noor, Maybank 1640 2277 9851"),
        ("assistant", "Terima kasih, deposit RM200 akan dipulangkan dalam 14 hari bekerja."),
    ],
    [
        ("user", "Hi teacher, how is Jerome doing in English this term?"),
        (
            "assistant",
            "Jerome Fernandez scored 45% in the Term 3 test. The educational psychologist's report confirms dyslexia, so we'll give him extra time and larger-print worksheets.",
        ),
        ("user", "ok thank you, pls don't tell the other parents about the dyslexia"),
    ],
]
