# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en160: SG/MY home tutors and tuition agencies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en160
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_policy"): _lines("""
        Agency commission is 50% of the first month's lesson fees (first 4 lessons), payable within 7 days of the first lesson via PayNow to our UEN.
        Replacement tutor requests made within the first 4 lessons are free of charge; after that a new matching fee of $50 applies.
        Tutors must give at least 24 hours' notice for cancellations; lessons cancelled by the parent with less than 12 hours' notice are chargeable in full.
        Rates guide 2026 (per hour): P1-P3 part-time tutor $25-35, full-time tutor $35-45, ex/current MOE teacher $50-70.
        Sec 1-4 rates: undergraduate $30-40, graduate $40-55, full-time $45-60, ex-MOE $60-90; IP and IB levels are quoted separately.
        JC H2 subjects: full-time tutors usually charge $60-90/h and ex-MOE teachers $90-130/h depending on track record.
        Under the PDPA we do not share a family's full address with a tutor until the tutor has accepted the assignment and the parent has agreed.
        Tutors are independent contractors, not employees of the agency, so no CPF contributions are deducted from lesson fees.
        For Klang Valley assignments, tutors collect fees directly from parents once the agency fee of 50% of the first month is settled.
        Payment disputes are mediated by a coordinator within 5 working days; please upload your lesson log and WhatsApp screenshots to the case thread.
        Refund policy: if the tutor fails to turn up for the first lesson, the commission is refunded in full within 14 days.
        Tutor profiles show first name, qualifications and experience only; contact numbers are released after both sides confirm the trial lesson.
        Agency hotline 6100 2468 (Mon-Fri 10am-7pm); please send WhatsApp enquiries to the business line only, not to coordinators' personal phones.
        Current MOE teachers must declare that their school has approved private tuition before we can list them as ex/current MOE.
    """),
    ("en", "job_listing"): _lines("""
        Job #T26-4417 | P5 Maths | Tampines St 81 area | 2x 1.5h/week | $35-40/h | Female tutor preferred | Student careless with model drawing
        JOB CODE 881203 – Sec 3 Pure Chem + A Math, Sengkang (near Compassvale), 1x 2h weekly, budget $50/h, tutor must have A-level Chem distinction.
        Assignment 24-0913: IGCSE Additional Maths, international school student, Bukit Timah, weekend mornings only, rate negotiable.
        [NEW] K2 phonics, Punggol Waterway, 2x 1h, $30/h, patient female tutor, Mandarin speaker an advantage.
        Urgent replacement needed: JC1 H2 Econs, Jurong West, Tue/Thu evening, previous tutor relocated overseas, $60-70/h.
        Ref KL-5521 | SPM Add Maths & Physics | Petaling Jaya SS2 | RM60/h | home tuition 2x/week | tutor with own transport
        Ref JB-0384 | Year 5 English | Johor Bahru, Taman Pelangi | RM40/h | online option accepted
        #A7781 Online only: O-level Tamil, 1x 1.5h weekly, $40/h, student in Sec 4 Express.
        Job 26-1188: PSLE Chinese oral & composition, Bishan St 13 vicinity, Sat 10am, $40/h, tutors from China welcome if familiar with the SG syllabus.
        Assignment closed: Sec 1 Science (Woodlands) has been filled. Thank you to the 37 tutors who applied.
        Job #S26-0072 | IB HL Physics | Newton | $90-110/h | tutor must have a 7 in IB Physics or a relevant degree
        Ref PG-2209 | Form 3 Bahasa Melayu + Sejarah | Bayan Lepas, Penang | RM45/h | 2x seminggu
        Job code 0612-NE: ADHD-friendly tutor for P3 English, Hougang, 2x 1h, parent prefers a tutor with special-needs experience, $45/h.
        Job #L26-0190 | Sec 4 English Literature (An Inspector Calls, Macbeth) | Marine Parade | $55/h | must be able to discuss Mr Birling and Lady Macbeth in depth
    """),
    ("en", "parent_forum"): _lines("""
        How much do you all pay for a Sec 4 A Math tutor nowadays? Agency quoted $55/h, is that reasonable?
        Tip: always do a trial lesson first and ask the tutor to show you a rough lesson plan for the term.
        Is it normal for the tutor to still charge when the kid is down with fever and we cancel on the morning itself?
        Can a tuition agency legally keep the whole first month's commission if the tutor quits after two weeks?
        Since 2021 PSLE uses Achievement Levels instead of the T-score, so ask tutors how they plan to move a child from AL5 to AL3, not just 'improve marks'.
        Advice: keep a simple lesson log (date, start/end time, topics covered) acknowledged by the parent each week; it prevents most payment arguments.
        What's the real difference between a full-time tutor and an undergrad tutor beyond price? Asking for a Sec 2 kid struggling with algebra.
        Can the Small Claims Tribunals handle a dispute with a tuition agency over a $480 commission, or is it too small?
        If you're in JB, many Singapore families now do online lessons with Malaysian tutors; rates are lower but check their internet stability first.
        The Ten-Year Series is still the most common practice material tutors use for O-levels, together with school prelim papers.
        Anyone compared Kumon with a private home tutor for P1 maths? Which one builds number sense better?
        Parents in KL: is RM80/h for an IGCSE Chemistry tutor too much, or standard for the Mont Kiara area?
        Lee Kuan Yew's bilingual policy is a big reason Mother Tongue tuition became such a large industry in Singapore.
        If a child seems distressed during lessons, tutors can point parents to Tinkle Friend (1800 274 4788) in Singapore or Talian Kasih 15999 in Malaysia.
    """),
    ("en", "form_template"): _lines("""
        Tutor Registration Form: Full name (as in NRIC): ________ | NRIC/FIN: ________ | Mobile: +65 ________ | Highest qualification: ________
        Lesson log – Date: __/__/____ | Time in: ____ | Time out: ____ | Topics: __________ | Homework given: Y/N | Parent's acknowledgement: ______
        Dear {parent_name}, your trial lesson with {tutor_first_name} is confirmed for {date} at {time}. Please reply YES to confirm.
        Invoice INV-2026-11-0458 | Service: Home tuition (4 x 1.5h) | Amount due: SGD 240.00 | Due date: 15 Dec 2026
        Receipt No. R/26/03391 – received RM 320.00 for tuition fees (November), payment method: DuitNow QR.
        Replacement request form: Reason [ ] punctuality [ ] teaching style [ ] tutor unavailable [ ] other: ______
        Hi <Tutor Name>, you've been shortlisted for Job #<code>. Reply with your earliest start date and your rate within 24h.
        Parent feedback (1-5): Punctuality __ / Preparation __ / Communication __ / Would you recommend this tutor? Y / N
        Template: 'Dear Mr/Mrs ____, I regret to inform you that I will be unable to continue lessons after ____ due to ____.'
        Payment reminder: Hi, gentle reminder that fees for [month] ($[amount]) are due. PayNow to [UEN/number]. Thank you!
        Consent clause: I consent to [Agency] collecting my name, contact number and address for the purpose of matching a tutor (PDPA 2012).
        Tutor profile card: [Photo] | [First name] | [Years of experience] | [Subjects] | [Areas] | [Rate]
    """),
    ("en", "ops_log"): _lines("""
        2026-11-28 21:04:17 INFO match_engine: job=T26-4417 candidates=23 shortlisted=5 elapsed=312ms
        Ticket #DSP-20931 status changed: OPEN -> PENDING_PARENT (awaiting lesson log upload)
        WARN payment_webhook: duplicate PayNow reference PN20261130-7F3A91 ignored
        case_id=SG-REF-000482 outcome=partial_refund amount=120.00 currency=SGD reason=tutor_no_show
        cron nightly_reminders sent=1,284 failed=7 (invalid_number) window=2026-12-01T20:00+08:00
        ERROR sms_gateway: template 'lesson_confirm_v3' missing variable {start_time}; 14 messages held
        Export tutors_active.csv: 3,912 rows, columns=[tutor_id, subjects, levels, zones, rate_min, rate_max]
        Deploy v2.14.3 (build 8c1f9e2) rolled out: replacement flow now asks for a reason code before releasing a new shortlist.
        SELECT job_code, level, subject, rate_min FROM assignments WHERE status = 'OPEN' AND zone = 'WEST';
        Refund batch RB-2026-48 processed: 19 refunds, total SGD 3,860.00, average 6.2 days from dispute to payout.
        Order ORD-55120 (3 assessment books, ISBN 978-981-4672-31-3) shipped, tracking SPX-SG-26113048821.
    """),
    ("mixed", "group_chat"): _lines("""
        anyone got good chem tutor recommend? sec 3 pure chem, budget around $50 lah, sengkang side
        wah tutor rates now so jialat, last time $25/h can already get a decent one
        my boy's tutor cancel last min again, siao, but ok lah at least she do makeup class
        Agency say first month 50% commission, tutor cannot bargain one meh?
        tuition centre dekat Bangsar tu buka holiday programme, RM280 for 8 sessions, boleh tahan
        PSLE over already still want to continue tuition ah? let the kids rest first la
        这个 tutor 很 patient，but rate a bit high, $70 per hour for P6 very 贵 leh
        anyone using online tutor from Malaysia? time zone same, price cheaper, but wifi sometimes lag
        paiseh to ask, how you all pay tutor, PayNow every lesson or monthly?
        Parents here pls share which agency got proper replacement policy, the last one ghost me after I complain
        Sec 4 prelim coming, my girl say A math tutor teach too fast, how ah
        ok noted, next week lesson shift to Saturday 3pm because Friday is public holiday
        Deepavali week got lesson or not? some tutors take break one
        cikgu tuisyen BM cakap kena buat karangan tiap minggu, memang bagus untuk SPM
    """),
    ("ms", "notis_tuisyen"): _lines("""
        Pusat Tuisyen Cemerlang membuka pendaftaran kelas SPM 2027: Matematik, Matematik Tambahan, Fizik dan Kimia. Yuran RM120 sebulan bagi setiap subjek.
        Tutor rumah diperlukan untuk murid Tahun 4 di Shah Alam Seksyen 13, subjek Bahasa Inggeris, 2 kali seminggu, RM45 sejam.
        Makluman: Kelas pada 31 Ogos (Hari Kebangsaan) dibatalkan dan akan diganti pada 6 September.
        Bayaran yuran hendaklah dibuat sebelum 7 haribulan setiap bulan melalui DuitNow QR di kaunter pusat.
        Syarat pemohon tutor: sekurang-kurangnya Ijazah Sarjana Muda, pengalaman mengajar 1 tahun, berdisiplin dan menepati masa.
        Jika tutor tidak hadir tanpa notis, ibu bapa boleh memohon tutor ganti tanpa caj tambahan dalam tempoh 14 hari.
        Soalan: berapa kadar biasa tutor rumah untuk SPM Add Maths di Kuala Lumpur? RM70 sejam terlalu mahal ke?
        Kelas percubaan percuma untuk pelajar baharu Tingkatan 1 hingga 3, tempat terhad.
        Pertikaian bayaran akan diselesaikan oleh pihak agensi dalam tempoh 5 hari bekerja selepas log kelas dihantar.
        Nota: Tutor bebas bukan pekerja agensi; agensi hanya mengenakan yuran padanan sebanyak 50% bayaran bulan pertama.
        Topik minggu ini: Ungkapan Algebra, Persamaan Linear dan latihan Kertas 2 tahun lepas.
        SMK Tunku Abdul Rahman akan mengadakan kelas tambahan percuma sempena peperiksaan percubaan SPM.
    """),
    ("zh-Hans", "补习广告"): _lines("""
        华文补习：小六PSLE冲刺班，每周六上午十点，名额有限，欢迎致电中心热线咨询。
        招聘兼职补习老师：要求本科以上学历，熟悉新加坡华文课程，时薪 $35-50。
        家长请注意：如需更换老师，请在第四堂课前通知中介，免收配对费。
        高级华文作文技巧：开头点题，中间举例，结尾呼应，多用成语但不要堆砌。
        本中心已在教育部注册，所有老师均已通过背景审查。
        课程：中一至中四华文、高级华文，小组教学每班不超过6人，每月学费 $260 起。
        请问一对一上门补习和去补习中心，哪个对小三孩子比较好？
        马来西亚独中统考华文补习，吉隆坡、八打灵一带，时薪 RM50-70，可线上。
        补习费发票号 INV-2026-12-0077，金额 $320，已收款，谢谢。
        鲁迅的《故乡》是很多补习老师讲解现代文阅读时常用的范文。
        退款政策：老师首堂课缺席，中介费全额退还，十四个工作日内处理。
        本周课堂内容：看图作文、口试朗读技巧、词语搭配练习。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tutor profile: Ms Jasmine Ong Hui Min, 29, NIE-trained ex-MOE teacher (Primary Maths/Science), stays in Bedok North, contact 9683 2147.
        TUTOR REGISTRATION | NAME: MUHAMMAD FARHAN BIN ABDUL RAZAK | NRIC: S8834127I | MOBILE: 8274 5510 | QUALIFICATION: BEng (NUS) | SUBJECTS: Physics, A Math
        Parent request: Mrs Priya Ramasamy, Blk 512 Serangoon North Ave 4 #07-233, S(550512), looking for a P4 Tamil tutor for her son Arjun, Tue/Thu after 5pm.
        Lesson log 14/11/2026 – Student: Chloe Tan Xin Yi (Sec 2, Bedok Green Sec) – 1.5h – simultaneous equations; still mixing up signs, mum says she cried over the last CA.
        Dispute DSP-21044: parent Mr Koh Wee Liang says he paid Nov fees ($360) by PayNow on 2 Dec, tutor Ms Nur Aqilah binte Kamaruddin says nothing came into her POSB 188-24573-6.
        Replacement request: Mdm Lim Bee Hoon wants to replace tutor Mr Ravi s/o Subramaniam for her grandson Jayden Lim (P5) because he was late for 4 of the last 6 lessons.
        Tutor payout details — Name: Daniel Pereira | Bank: DBS | A/C: 027-913584-2 | PayNow: +65 9017 3382
        Hi Mrs Wong, your new tutor Mr Benjamin Seah (HP 8561 0943) will come this Sat 2pm to Blk 221 Bishan St 22 #08-14 for Ethan's trial lesson.
        Tutor application (KL): Kavitha a/p Muniandy, IC 890314-10-5236, 016-225 9184, B.Ed (UPSI), 6 yrs teaching SPM English, stays in Puchong.
        Complaint from Mrs Angela Teo: tutor Mr Alvin Chua Kok Meng slammed the table and shouted at her son Ryan during the 19 Nov lesson; she wants him blacklisted.
        Refund approved for Mr Tan Boon Kiat: $240 back to Visa 4556 1818 5629 5876 (tutor no-show on 6 Nov and 13 Nov).
        Tutor Ms Zhang Lixia (NTU PhD student, PRC passport EJ5837261, FIN G5093317U) is applying for Chinese tuition assignments in the west.
        Mother's note for the tutor: please don't give Aiden any peanut snacks, he has a severe nut allergy (EpiPen in his bag). – Natalie Fernandez, 9748 2265
        IG @misslydia.teaches.chem – Lydia Goh, full-time tutor, O/A-level Chemistry, lives in Clementi, DM for rates
        Case note: tutor Mr Hafiz bin Osman reports that Mr Desmond Lau of 38 Jalan Kembangan has not paid for Sep and Oct lessons, $720 outstanding.
        CV excerpt: Shalini d/o Rajendran, NRIC S9021458F, BSc Life Sciences (NUS), dyslexic herself, now specialises in students with SpLD.
        Parent enquiry form: Name: Mrs Farah Lim | Email: farahlim.home@gmail.com | Child: Sec 1, Nanyang Girls' | Subject: Maths | Budget: $60/h
        Invoice INV-2026-10-0391 issued to Mr & Mrs Vincent Yeo, 27 Jalan Bunga Rampai, Singapore 538411, for 8 lessons (Oct) = $480.
        BLACKLIST: Marcus Lee Jun Wei, T0412395B – took $200 deposits from 3 families in Nov 2026 and stopped replying.
        Heads up: Telegram @chem_with_cheryl (Cheryl Ang Pei Shan) is telling our parents to pay her directly and skip the agency fee.
        Ahmad Danial bin Rosli (Year 6) absent 3 weeks, warded for dengue at Hospital Sungai Buloh; mother Pn Rohana asks to freeze fees.
        Mr Rajesh Kumar a/l Gopal (tutor, Ipoh), IC 780415-08-6027, Maybank 1580 2263 9147, claims RM640 owed for Sep-Oct lessons.
        Replacement confirmed: Ms Chloe Ng takes over from Mr Arun Pillai for Sec 3 Physics student Isaac Goh from 8 Dec; mum's HP 9264 7713.
        Trial feedback from Mdm Hamidah binte Yusof (mother of Adam, P3, Pasir Ris Primary): tutor Ms Tay was 'too strict' and Adam refused to continue.
        Reference letter: I taught Olivia Tham Wen Qi from P4 to P6; she had panic attacks before exams and was seeing a counsellor at KKH.
        Sat group @ Tampines CC prelim results: Javier Lim P6 AL 22, Aisyah Rahman P6 AL 15, Harish s/o Murugan P6 AL 9.
        PayNow failed: recipient Kenneth Loh Wei Ming, mobile 8127 3340, ref LESSON-NOV, $300 – please check the number is registered.
        Coordinator note: Ms Emily Rodrigues is on 3 weeks' MC after surgery, so her assignments with the Yeo and Haridas families are paused until 5 Jan.
        Autopay card on file: Mastercard 5203 9983 6704 1505 exp 08/29, cardholder SUSAN LOW MEI LING
        2026-12-02 19:41:05 INFO lesson_log: tutor="Nicholas Wee Jia Hao" student="Ananya Iyer (P6)" addr="Blk 603 Yishun St 61 #04-512" duration=1.5h status=CONFIRMED
        Work pass check: Maria Cristina Dela Cruz, FIN F2276184Q, Dependant's Pass holder, Letter of Consent approved 3 Nov 2026 to teach English phonics.
    """),
    "mixed": _lines("""
        eh the new tutor for my girl very good leh, Ms Rachel Teo, her number 9731 0582, she charge $55 for sec 2 math, can pass to you
        wah lau Gan Chee Keong the a-math tutor from jurong west again never come, 3rd time liao, agency still want to collect commission??
        sis tolong share no. tutor BM hari tu, Cikgu Norazlina binti Ahmad kan? 017-390 4426 ke?
        Mrs Loh ah, Loh Kai Xuan kena HFMD this week right, so Thurs lesson cancel ok, we makeup after he recover
        华文老师 Miss Lee Hui Ling 的 WeChat 是 lhl_tuition0917，家长要补习可以加她，she teach at Yew Tee side
        bro tutor aku Faizal bin Mahmud (Add Maths, Bangi) nak cash only, tak nak transfer, IC dia 920807-14-6113 ada dalam resit
        sorry guys can't make it tmr, my wife Shu Fen just delivered at Thomson Medical this morning – Jeremy Koh (your H2 Math tutor)
    """),
    "ms": _lines("""
        Permohonan tutor: Nama: NUR ATIQAH BINTI ZAINAL | No. KP: 010930-01-0458 | Tel: 019-887 2015 | Kelulusan: Diploma Pendidikan | Kawasan: Johor Bahru
        Encik Kamarul Ariffin bin Ismail (bapa pelajar Tingkatan 5) mengadu tutor tidak hadir dua kali dan minta deposit RM300 dipulangkan ke akaun CIMB 7063118245.
        Laporan kelas: Muhammad Irfan bin Zulkifli (Tahun 5, SK Taman Melawati) lemah dalam pecahan; ibunya Puan Salmah mohon kelas tambahan.
        Tutor ganti untuk Puan Jessica Lau Mei Fong di No. 12, Jalan SS 2/64, 47300 Petaling Jaya: Cikgu Siva a/l Ramalingam mulai 10 Disember.
        Resit yuran: Diterima daripada Encik Wong Kah Seng RM480 untuk anaknya Wong Jia Yi (Tingkatan 2), bayaran dari akaun Public Bank 3187054219.
        Aduan: Cikgu Haslinda binti Omar didakwa memarahi murid autisme bernama Aqil Hakimi semasa kelas di rumahnya di Seremban 2.
    """),
    "zh-Hans": _lines("""
        家长林女士（林美华，电话 9135 6624）投诉补习老师陈志强连续两次迟到一个小时，要求退还 $120。
        老师资料：王丽娜，中国籍，身份证号 430104199506120328，南洋理工大学硕士，教华文五年，住在裕廊东。
        补习记录：学生黄子轩（小五）本周听写只对了 12/20，妈妈说他最近因为父母离婚情绪很不好。
        转账失败：收款人 李俊杰，马来亚银行账号 1141 2367 8952，补习费 RM360，请核对。
        更换老师申请：家长蔡秀英（HP 8736 2094）希望换掉刘老师，因为儿子蔡宇轩说刘老师上课一直玩手机。
        补习老师周海峰，苏州人，身份证 320506199302281719，现在吉隆坡教独中数学，微信 zhouhf_kl93。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of a Singapore home tuition agency. Collect level, subject, area and budget.",
        ),
        (
            "user",
            "Hi, I need a P6 Science tutor for my son Caleb Ho, he's at Henry Park Primary and very weak in the energy topics.",
        ),
        (
            "assistant",
            "Thanks! Which area do you stay in, and what budget per hour do you have in mind?",
        ),
        (
            "user",
            "We stay at Blk 18 Holland Close #11-62, budget about $50/h. My number is 9325 7480, I'm Michelle.",
        ),
    ],
    [
        (
            "user",
            "Help me write a polite message to Mdm Rosnah binte Jaafar. Her son Haziq (Sec 3) owes me for 6 lessons = $330 and she keeps ghosting me.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Mdm Rosnah, I hope you're well. Just a gentle reminder that fees for Haziq's last 6 lessons ($330) are still outstanding...'",
        ),
        (
            "user",
            "Good, add that she can PayNow to my number 8846 1209 and sign it off as Cikgu Hidayah.",
        ),
    ],
    [
        ("system", "You help tutors turn rough notes into a neat profile for agency listings."),
        (
            "user",
            "Name: Esther Kwok, NRIC S7712046G, taught at Rulang Primary 2009-2024, left MOE after burnout, now full-time tutor for P4-P6 Maths in the west.",
        ),
        (
            "assistant",
            "Here is a polished profile: 'Esther is a former MOE teacher with 15 years of primary teaching experience...' Shall I leave out the NRIC for the public version?",
        ),
        (
            "user",
            "Yes leave it out for parents, but the agency form needs it. Also add my number 9462 3018.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Tutor anak saya, Encik Zulhilmi bin Anuar, ambil deposit RM200 tapi langsung tak datang kelas.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan ini. Boleh berikan nombor telefon tutor dan butiran bayaran supaya kami boleh semak?",
        ),
        (
            "user",
            "Nombor dia 011-2643 8810, saya bayar ke akaun Maybank dia 1644 0718 2253 pada 3 November.",
        ),
    ],
    [
        ("system", "You summarise tutors' weekly lesson logs into a short update for parents."),
        (
            "user",
            "Log: Sophia Rahman-Lim, Sec 4, CHIJ Katong Convent. 28/11 and 2/12, 2h each. Integration by parts done. Prelim A Math 41/100. Says she's been skipping meals because of stress, please tell mum gently.",
        ),
        (
            "assistant",
            "Update for Sophia's parent: This week Sophia completed integration by parts across two 2-hour lessons. Her prelim score was 41/100, and she has shared that stress is affecting her eating, so some extra support at home may help.",
        ),
    ],
    [
        (
            "user",
            "The agency charged my card 5424 1843 0942 7135 twice for the matching fee, $275 each time. How do I get one back?",
        ),
        (
            "assistant",
            "Please raise a dispute with the agency first, quoting the job reference, and ask your bank to flag the duplicate charge if they don't respond.",
        ),
        (
            "user",
            "Ok. Job ref T26-3390, tutor was Mr Lee Kah Wai, and the account is under my name Patricia Seow.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信给补习老师郑慧敏，说我女儿欣怡下个月要做脊柱侧弯手术，补习暂停两个月。",
        ),
        (
            "assistant",
            "郑老师您好！欣怡下个月要做脊柱侧弯的手术，术后需要休养，所以补习想暂停两个月，等她康复后再跟您联系。谢谢您的理解！",
        ),
        ("user", "再加一句：两个月的学费已经转到你 OCBC 账户 501-294836-001 了，不用退。"),
    ],
    [
        (
            "user",
            "Our tutor Mr Adrian Fong just told us he's migrating to Perth next month. My twins Lucas and Leo Quek (P4, Catholic High) need a replacement for Maths.",
        ),
        (
            "assistant",
            "Sorry to hear that. I can help you draft a replacement request. Which days suit the twins, and how should the agency contact you?",
        ),
        (
            "user",
            "Weekday evenings. Email me at jennifer.quek88@hotmail.com, I'm their mum Jennifer.",
        ),
    ],
    [
        (
            "user",
            "can help check this NRIC or not, new tutor Miss Valerie Sim say she 24 yo NUS grad, but the form she gave me write T1128573I",
        ),
        (
            "assistant",
            "A T-prefix NRIC with 11 as the next two digits normally means the holder was born in 2011, which would make her about 15, so it doesn't match what she told you. It's worth asking the agency to verify.",
        ),
        (
            "user",
            "wah ok, I go ask agency, she already came for 2 lessons with my son at our place in Yishun",
        ),
    ],
    [
        (
            "user",
            "I'm Arvind s/o Balakrishnan, 34, got retrenched from the bank last month. Thinking of going full-time tutoring H2 Maths. Is $70/h reasonable?",
        ),
        (
            "assistant",
            "For H2 Maths, $60-90/h is common for full-time tutors, so $70/h is reasonable when you're starting out, especially if you can show results or a strong A-level grade.",
        ),
        (
            "user",
            "My wife is 6 months pregnant so I need stable income. Should I join an agency or a tuition centre first?",
        ),
    ],
    [
        (
            "user",
            "pls draft whatsapp to parent: lesson tmr cancel because my car SLA 7306 A kena tow at Toa Payoh, very sorry",
        ),
        (
            "assistant",
            "Hi! So sorry, I need to cancel tomorrow's lesson as my car has been towed and I'm sorting it out. Can we arrange a make-up lesson later this week?",
        ),
        ("user", "ok add my name at bottom, Mr Ong Teck Seng, and say the make-up can be Fri 7pm"),
    ],
]
