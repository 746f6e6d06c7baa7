# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en234: SG/MY abacus, phonics, speech-and-drama and coding-for-kids enrichment centres. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en234
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "centre_notices"): _lines("""
        Dear Parents, all branches will be closed on 1 May (Labour Day). Affected Saturday abacus classes will be replaced on 17 May, same timing.
        NOTICE: From Term 3 2026, makeup classes must be booked at least 48 hours in advance via the parent portal. Max 2 makeups per term; unused makeups do not roll over.
        Speech & Drama Showcase 2026 — Sat 22 Aug, 2.30pm, Stamford Arts Centre Black Box, 155 Waterloo Street, Singapore 187962. Tickets $12 per seat, limited to 4 per family.
        Reminder: Phonics Level 2 (Blue Band) classes at Bukit Timah Plaza #02-41 will move to Room B from 7 July. Please drop off at the side entrance.
        Haze advisory: if the 24-hr PSI exceeds 200, all outdoor drama rehearsals are cancelled and indoor classes continue with air purifiers on.
        Our Jurong East centre is now open! Walk-in enquiries Tue–Sun 10am–7pm. Main line 6563 0182, email jurongeast@kiddocode.sg.
        Fee revision notice: with GST at 9%, the monthly Abacus Foundation fee will be $168.00 (before GST) from 1 Jan. Sibling discount of 5% remains.
        Kindly note the centre will not be responsible for items left behind after class. Lost & found is cleared every last Friday of the month.
        Hari Raya Aidilfitri break: KL and PJ branches closed 31 Mar – 2 Apr. Selamat Hari Raya, maaf zahir dan batin from all of us at Cerdik Kids!
        Deepavali and Christmas holidays follow the MOE school calendar; no classes on public holidays, and those lessons are pro-rated in the next invoice.
        Please ensure your child brings the Level 4 workbook (ISBN 978-981-47-9902-3) and a 2B pencil to every abacus lesson.
        CNY schedule: classes resume on Day 4 (Sat 21 Feb). Lo hei with the kids at 11am, all students welcome, no booking needed.
        Due to the PSLE oral exam period, Speech & Drama P6 classes in week 8 are optional; the syllabus will be covered again in week 9.
        Students who missed the lesson during school camp week may attend any Sunday 9am slot at Our Tampines Hub without booking, subject to seat availability (max 12).
    """),
    ("en", "fee_invoices"): _lines("""
        INV-2026-04817 | Abacus Foundation Lv2 | Apr 2026 | 4 lessons x $42.00 | GST 9% $15.12 | Total $183.12 | Paid via PayNow UEN 201834562K
        Receipt No. R-SG-0093341 issued by Little Orators Pte. Ltd. (UEN 201512398W), 10 Anson Road #21-07, International Plaza, Singapore 079903.
        Invoice CK/PJ/2026/00512 — Kelas Coding Junior (Scratch), Term 2, RM 480.00, SST not applicable. Company No. 202101034567 (1412235-U).
        Pro-rated fee for July: 3 of 4 sessions x $45 = $135.00. Registration fee $60 (one-time, non-refundable). Material fee $38 for Phonics Kit B.
        Payment reminder: Invoice #KC-11843 dated 01/06/2026 for $312.00 is overdue by 14 days. A late fee of $10 applies after 30 days.
        Deposit of one month's fee ($180) is refundable with one full month's written notice of withdrawal, per clause 7.2 of the enrolment terms.
        GIRO arrangement form: DBS/POSB, OCBC and UOB accepted. Deduction on the 5th of each month. Form ref GIRO-ENR-v3.1 (download from the portal).
        SkillsFuture Credit cannot be used for children's enrichment programmes; only adult courses listed on MySkillsFuture are eligible.
        Credit note CN-000217 of $42.00 applied to INV-2026-05102 for the cancelled lesson on 14 May (teacher on MC).
        Bank transfer to Maybank Islamic, A/C name: Bijak Minda Sdn Bhd. Please use the invoice number as reference, not the child's name.
        Term fees summary Q2: 412 invoices issued, 388 paid, 17 on instalment, 7 outstanding (>30 days). Collection rate 94.2%.
        Early-bird: register for the December Holiday Coding Camp before 31 Oct and pay $398 instead of $458 (promo code XMAS26CODE).
        Stripe payout po_1PqX7kLmN2 settled: SGD 14,602.50 across 83 charges, fees SGD 489.18, net SGD 14,113.32.
    """),
    ("en", "trial_bookings"): _lines("""
        TRIAL-BK-20260614-0082 | Phonics Trial (Age 4-5) | Sat 14 Jun 10:00 | Bedok Mall #B1-23 | status: CONFIRMED | source: FB ad
        [2026-06-12 21:44:03] booking.created id=trl_7f3a91 class=ABC-L1-TRIAL slot=2026-06-15T09:30+08:00 seats_left=2
        Hi {parent_name}, thanks for booking a trial for {child_name} on {date} at {time}. Please arrive 10 mins early. Reply YES to confirm. – {centre_name}
        Trial conversion this month: 46 trials, 29 enrolled (63%). Best slot: Sunday 11am abacus. Worst: weekday 3pm phonics.
        Walk-in from Parent A (child in K2) asked whether the trial fee of $25 offsets the first month. Answer: yes, if enrolled within 7 days.
        Waitlist for Coding Robotics (LEGO SPIKE Prime) Sat 2pm is full at 10. Next intake: Term 4, week 1.
        Trial class feedback form — Q1 Did your child enjoy the session? (1–5) Q2 How did you hear about us? Q3 Preferred day/time?
        Booking rejected: slot TRIAL-SD-0619 exceeds age range (6-9). Suggest Mini Drama (4-6) instead.
        GET /api/v2/trials?centre=TPN&date=2026-06-21 200 OK 143ms (12 results)
        Can I book a trial for twins in the same slot? — Yes, twins can share a trial slot; siblings get the second trial free.
        Calendly event type 'Abacus Assessment 30 min' updated: buffer 10 min, max 6 bookings per day, timezone Asia/Kuala_Lumpur.
        Trial no-show rate by centre (May): Punggol 18%, Clementi 9%, Mont Kiara 22%, Bangsar South 14%.
        Auto-reply: Our admin team replies within 1 working day. For urgent rescheduling call our hotline 6909 3321 (Mon–Sat 10am–6pm).
    """),
    ("en", "progress_report_templates"): _lines("""
        Progress Report — Term 2 — Student: ______ Level: ______ Teacher: ______ Attendance: __/10
        Rubric (Speech & Drama): Voice projection 1–4; Expression 1–4; Eye contact 1–4; Memory of lines 1–4. Total /16.
        Abacus Level 3 benchmark: 2-digit x 1-digit multiplication, 40 questions in 5 minutes, pass mark 90%.
        Sample comment bank: '{name} reads CVC words confidently and is beginning to blend consonant digraphs such as sh, ch and th.'
        Student A (age 7) improved mental arithmetic speed from 22 to 35 correct answers per 3 minutes over the term.
        Cohort summary: of 64 Phonics Stage 1 learners, 51 can now decode all 42 Jolly Phonics sounds; 13 still confuse b and d.
        Assessment date for the abacus grading: Sun 9 Nov, 9am. Results released within 2 weeks via the portal, not by phone.
        LAMDA Grade 2 Speaking Verse and Prose: candidates perform one poem from memory and one prose extract, total 10 minutes.
        Comment guideline for teachers: no comparison with classmates, no medical or family remarks, focus on observable skills.
        Report card PDF naming convention: {centre}_{term}_{level}_{studentID}.pdf, e.g. TPN_T2_ABC3_000123.pdf
        Trinity Speech & Drama Grade 4 results (centre level): 18 Distinction, 11 Merit, 3 Pass. Congratulations to all candidates!
        Reading level scale: A (pre-reader) to N (fluent). Most K2 children exit at level E–F.
        Coding milestone checklist: ☐ loops ☐ conditionals ☐ variables ☐ events ☐ debugging a broken sprite
    """),
    ("en", "coding_class_content"): _lines("""
        pip install pgzero==1.2.1  # Lesson 5: make Alien jump; works on Python 3.11
        for i in range(10): print('Hello, Tampines!')
        micro:bit firmware 0.2.13 required for the radio lesson; flash via MakeCode, hex file abacus-radio-v3.hex
        Scratch project 'Sang Kancil Crosses the River' — remix of studio #3421897, uses 4 sprites and 2 broadcast messages.
        git commit -m 'Week 6: add score counter to Flappy Merlion' (a3f9c12)
        Why does my sprite keep disappearing when I press the green flag? — Check that 'show' is in the when-flag-clicked script.
        Roblox Studio lesson 3: leaderboard script uses game.Players.PlayerAdded; do not publish student games publicly.
        Fun fact for class: Ada Lovelace wrote what many call the first computer program in 1843, for Charles Babbage's Analytical Engine.
        config: CLASS_SIZE_MAX=8  ROBOT_KIT=spike-prime  TERM=2026T3  WIFI_SSID=KiddoCode-Class
        sha256 of lesson pack: 9b1e4c07a2d35f86e0c41b27d93f58a6c2e07d14b9f3a5608d12e7c4b05a9f31
        Python Junior Unit 4: turtle graphics — draw the Singapore flag crescent and five stars using circle() and a loop.
        Grace Hopper popularised the word 'debugging' after a moth was found in the Harvard Mark II — great story for the Term 3 intro.
        Tinkercad class code: X7K2-PQ9R (expires end of term). Students log in with the class nickname only, no real names.
    """),
    ("mixed", "parent_group_chats"): _lines("""
        Anyone know if Sat 10am abacus at Clementi still on this week ah? Heard the mall got Open House.
        Teacher say phonics homework is the yellow booklet page 14–16, not the blue one hor. Just sharing.
        Wah the fee go up again ah, $168 before GST. Other centre at Bedok also similar price lah.
        Boleh tanya, kelas coding hujung minggu ini ada atau cuti? Cuti sekolah kan.
        老师说下个礼拜的 abacus 考试 must bring own 算盘, cannot share.
        The drama showcase this year is Matilda? Wah steady, the Miss Trunchbull costume must be very fun.
        Got parking at Bukit Timah Plaza or not? Last time the carpark full by 9.45am on Sat.
        Just sharing: Joseph Schooling's swim clinic at Our Tampines Hub is on the same Sat as the showcase, plan accordingly.
        Makeup slot sudah full for this week, admin says can try next Tues 4pm.
        Anyone keen to carpool from Punggol to the Sengkang centre? Can share petrol, just reply in group.
        Reminder from admin: pls don't post kids' photos in this group, PDPA. Use the class album link instead.
        Ada yang tahu buku Jolly Phonics tu boleh beli kat Popular Bookstore tak? Or must buy from centre?
        The Lee Kong Chian museum trip for the drama class is $15 per kid, includes entry. Deadline this Fri.
        搞错了 la, the CNY holiday is Tue and Wed only, Thursday still got class.
    """),
    ("ms", "notis_pusat"): _lines("""
        Makluman: Kelas sempoa Tahap 2 pada hari Sabtu akan dipindahkan ke Bilik 3 mulai 5 Julai.
        Yuran bulanan Kelas Fonik: RM150 (4 sesi). Yuran pendaftaran RM50 sekali sahaja. Bayaran melalui DuitNow kepada Bijak Minda Sdn Bhd.
        Kelas ganti hanya boleh ditempah 24 jam lebih awal melalui aplikasi. Maksimum dua kelas ganti bagi setiap penggal.
        Pertandingan Pidato Peringkat Negeri Selangor 2026 akan diadakan di Dewan Tun Abdul Razak, Shah Alam pada 12 September.
        Sila bawa bekas air dan buku latihan sempoa ke setiap kelas. Telefon bimbit tidak dibenarkan semasa kelas.
        Pusat kami di No. 23-1, Jalan SS 15/4D, 47500 Subang Jaya akan ditutup sempena Hari Malaysia, 16 September.
        Keputusan peperiksaan sempoa: 37 calon lulus, 5 calon perlu mengulang Tahap 3. Sijil akan diedarkan minggu depan.
        Kem Cuti Sekolah: Pengaturcaraan Robotik untuk kanak-kanak 8–12 tahun, 4 hari, RM420, tempat terhad kepada 16 orang.
        Templat mesej: Assalamualaikum {nama ibu bapa}, {nama anak} tidak hadir ke kelas hari ini. Adakah mahu tempah kelas ganti?
        Cerita Sang Kancil dan Buaya akan dipentaskan oleh pelajar Drama Kanak-Kanak pada Hari Terbuka.
        Talian utama pusat: 03-5621 8890 (Isnin–Jumaat, 10 pagi–6 petang). E-mel: pertanyaan@bijakminda.com.my
        Nota guru: Fokus minggu ini ialah bunyi vokal panjang 'ai', 'ee' dan 'oa'. Latihan di rumah 10 minit sehari.
        Peraturan: Ibu bapa diminta menunggu di ruang menunggu; tidak dibenarkan masuk ke bilik darjah semasa kelas berjalan.
    """),
    ("zh-Hans", "zhuxinsuan_tongzhi"): _lines("""
        珠心算三级考试将于11月9日（星期日）上午9点举行，请提前15分钟到达，自备算盘和2B铅笔。
        本月学费：珠心算基础班每月新币168元（不含消费税），兄弟姐妹同报享5%折扣。
        补课规则：每学期最多补课两次，须提前48小时在家长平台预约，逾期不补。
        试听课开放预约：4至6岁幼儿珠心算体验课，每节45分钟，费用25元，报名后可抵扣首月学费。
        本学期珠心算班共有86名学员，其中71名通过了阶段测评，通过率约82.6%。
        华文演讲比赛练习材料：朗诵《静夜思》（李白），要求语音清晰、节奏自然。
        家长须知：请勿在班级群内发布孩子照片或个人资料，如需沟通请私信中心客服。
        农历新年假期：初一、初二停课，初三（2月19日）照常上课。祝大家新春快乐！
        乘法口诀练习表（空白版）：姓名：______ 班级：______ 日期：______
        关于少儿编程班：使用Scratch 3.0，教学版本号v3.29.1，请家长在家安装离线版本。
        中心地址：淡滨尼中心 #03-15，邮编529684；客服热线 6785 2210（周二至周日）。
        学员A在本学期口算速度由每分钟12题提升到20题，老师建议继续加强退位减法。
        马来西亚分校（八打灵再也）学费为每月RM150，以令吉结算，可使用DuitNow付款。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Trial booking TRIAL-BK-20260621-0107: child Ethan Goh Jun Kai (K2), parent Mrs Serene Goh, mobile 9127 4486, prefers Sat 10am abacus at Bedok.
        Progress report — Nur Aisyah binti Mohd Faizal, Phonics Stage 2. Aisyah still reverses b and d; her mother mentioned she is being assessed for dyslexia at KKH next month.
        Hi admin, this is Priya's mum (Kavitha d/o Ramasamy). Pls update the GIRO to my new OCBC account 595-412887-001. My husband and I are separating so stop sending invoices to his email.
        Enrolment form: Child name Lucas Fernandez, DOB 14/03/2017, Birth Cert No. T1705528Z, Address Blk 412 Tampines St 41 #08-227, Singapore 520412.
        Outstanding fees: Mr Wong Kah Leong (father of Wong Yi Xuan, Abacus L4) owes $672 for Mar–Jun. He said he lost his job in February and asked for a payment plan.
        Please do not release Zara to anyone except her grandmother, Mdm Rosalind De Souza. There is a court order against the father, Mr Gregory Pereira.
        Card on file for auto-billing: VISA 4556 1234 1098 2763, exp 08/28, cardholder TAN MEI LING.
        Teacher incident log 12/06: Rayyan (P2, Coding Sat 2pm) hit another child during robotics. Mum Farah Hanim informed; she said Rayyan has ADHD and recently changed medication.
        Makeup class request from Chloe Lim's father: Chloe was hospitalised at Mount Elizabeth for dengue from 3–7 June, MC attached.
        Teacher contract: Ms Jaslyn Koh Hui Min, Speech & Drama Lead, salary $4,850/month, NRIC S8834217H, start date 1 Aug 2026.
        Parent WhatsApp +65 9734 1108 (Mr Arjun s/o Selvakumar) — please add him to the Sengkang P3 coding group.
        Pickup today is by our driver, Mr Mohd Hafiz, car SMB 3318 A. He will be at the Bukit Timah Plaza drop-off at 5.45pm for Aiden.
        Helper collecting Sophia today: Maria Clara Dizon, FIN G5031877Q, she will show her work permit card at the counter.
        Refund request: Mrs Huang Li (passport E38219047) is relocating back to Shenzhen and wants the deposit for her son Huang Zimo refunded to her ICBC account.
        Complaint from Mr Dennis Teo about Ms Farhana — he says she shouted at his daughter Kayla in front of the class and Kayla now refuses to come for drama.
        Mdm Tan from #05-12 says her grandson Jun Wei cannot come on Saturdays any more because she is going for chemo and nobody can send him.
        Student profile: Arissa Lee, 8, allergic to peanuts and shellfish, EpiPen in her bag; emergency contact Mrs Michelle Lee 8812 6630.
        Email from noraini.abdrahman83@gmail.com asking whether Haziq can skip the abacus grading because of his eye surgery on the 20th.
        Bursary approved: 50% fee waiver for Muthu a/l Ganesan's son, household income $2,100/month, ComCare letter on file.
        The parent behind IG @jiayi.mummy.diaries posted photos of her daughter's drama class with other kids' faces; admin to DM her to take it down.
        HK family joining Term 3: Mr Chan Tsz Hin, HKID K462918(3), address 18 Holland Grove Road, Singapore 278803; kids Hayley and Hugo for coding.
        Taiwanese parent 林怡君 (ID A219340565) asked if her son can join the Mandarin speech class mid-term; contact via LINE ID yijun_lin0522.
        Teacher note: Sean Rodrigues cried through the whole phonics lesson again. Dad said the parents are going through a divorce and Sean is staying with his aunt in Pasir Ris.
        Ms Deepa Nair (coding tutor, Clementi) was given a written warning on 3 June for repeated lateness; a second warning will lead to termination.
        Bank transfer slip: from JOHN ANTHONY RAJ, DBS 027-884431-6, $420.00, ref INV-2026-05233.
        Kindly note Ryan Ong Zhi Hao (Abacus L2) will be absent all of July — the family is going back to Ipoh for his grandfather's funeral.
        Trial lead: Mdm Siti Rahmah, Telegram @siti_rahmah_jb, child 5 years old, lives in Taman Molek, Johor Bahru, asking about phonics.
        Dear Mrs Krishnan, we regret that Advika did not pass LAMDA Grade 3 (48 marks); the examiner noted her stammer affected the prose section.
        Ms Low, the coding teacher at our Clementi branch, told the parents she is pregnant and will go on maternity leave from October.
        Student pass holder Kim Min-jun (FIN F2284619K), 10, joining Coding Junior; mother Park Soo-yeon pays by Visa 4147 0998 6321 5503.
        Abacus grading registration: Chua Kai En, NRIC T1482235B, Level 6, Rosyth School, father's email chua.family.88@yahoo.com.sg.
    """),
    "mixed": _lines("""
        Mdm Lim at Blk 268 #05-12 say she cannot afford the fees this term, her husband still in hospital. Can waive or not?
        Aunty Rosnah's son Danial always kena bullied in the Sat coding class, she cried when she tell me at pickup.
        Wei admin, pls call back Mr Lau 9688 2017, his daughter 子涵 the abacus level wrong already, should be L3 not L2.
        陈阿姨 at 3栋 说她孙子 Kai Xuan 的学费 she PayNow already from her number 8346 0921, can check?
        Boleh tolong tukar emergency contact for Irfan? Now is his pakcik, Encik Zulkifli bin Osman, 012-338 4471, because mak dia masuk wad.
        Teacher Ang, Jaden's mum said his report card cannot write 'slow learner' because she applying DSA for him, paiseh but pls change.
        Admin ah, the private driver who fetch Yu Xuan every Thurs, plate SKQ 7042 M, today never come, mother also cannot contact.
        那个 Mrs Kaur, Harleen's mum, 她 complain 说 drama teacher 把 Harleen 的 role 给了别人, very angry, want refund.
        PRC study mama 赵静 passport EA4471829, on dependant pass, want to pay whole year upfront for her son's coding class, receipt under her name pls.
    """),
    "ms": _lines("""
        Pendaftaran: Muhammad Aryan bin Shahrul Nizam, MyKid 150822-07-0384, kelas Sempoa Tahap 1, bapa Shahrul Nizam bin Ahmad, 019-552 8130.
        Puan Norhayati binti Kassim (No. KP 880512-14-5523) memohon bayaran yuran secara ansuran kerana suaminya baru diberhentikan kerja.
        Nota guru: Nur Qistina binti Azman sering mengantuk dalam kelas; ibunya memberitahu Qistina sedang menjalani rawatan untuk asma.
        Alamat penghantaran sijil: Encik Ravi a/l Muniandy, No. 14, Jalan Kenari 7, Taman Bukit Indah, 81200 Johor Bahru.
        Aduan daripada Puan Lee Siew Fong: anaknya Evelyn dimarahi oleh guru fonik di depan kelas dan kini enggan datang ke kelas.
        Akaun Maybank 5140 2378 9916 atas nama Azlina binti Hashim untuk pulangan deposit RM300 anaknya, Adam Haikal.
        Encik Tan Boon Huat (920304-10-6671) — kad kredit ditolak dua kali; baki tertunggak RM960 untuk kelas pengaturcaraan anaknya.
    """),
    "zh-Hans": _lines("""
        学员资料：张子涵，女，7岁，家长张伟明，手机 13826471935，身份证 440306198609174522，住址：Punggol Field 第268座 #11-304。
        陈阿姨（3栋）说她孙女小敏最近在学校被诊断出有多动症，希望珠心算老师多包容。
        家长刘晓燕（微信号 xiaoyan_liu_sg）投诉老师在群里公开了她儿子的考试不及格成绩。
        退费申请：王建国先生，身份证 350203199102243187，因工作调回厦门，要求退还余下三个月学费共 S$504，转账至银行卡 6214 8301 2457 9961。
        老师备注：黄诗琪上课常常哭，妈妈说家里最近经济困难，爸爸在外面欠了很多钱。
        李慧敏老师的工资条：基本工资3,200新元，加班费450新元，公积金扣除730新元。
    """),
    "zh-Hant": _lines("""
        家長陳嘉欣（香港身份證 Y703154(6)）想為兒子報讀暑期編程班，聯絡電話 9186 4420（香港）。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admin assistant for Bright Beads Abacus Centre. Help staff draft short messages to parents.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to Mrs Rachel Chua (9023 5518) that her son Nathan's fees of $336 for May–June are still outstanding.",
        ),
        (
            "assistant",
            "Hi Mrs Chua, this is a gentle reminder from Bright Beads that Nathan's fees of $336 for May–June are still outstanding. You may pay via PayNow to our UEN. Thank you!",
        ),
        ("user", "Make it softer, she told the teacher her husband just passed away last month."),
        (
            "assistant",
            "Hi Mrs Chua, we are so sorry for your loss. Whenever you are ready, there is a balance of $336 for Nathan's May–June lessons; please let us know if an instalment plan would help. Take care.",
        ),
    ],
    [
        (
            "user",
            "Format this enrolment into one CSV row: Aarav Menon, DOB 2016-09-02, BC T1671093D, parent Lakshmi Menon, lakshmi.menon.sg@outlook.com, 27 Jalan Kembangan, Singapore 419127.",
        ),
        (
            "assistant",
            "Header: child_name,dob,birth_cert,parent,email,address | Row: Aarav Menon,2016-09-02,T1671093D,Lakshmi Menon,lakshmi.menon.sg@outlook.com,27 Jalan Kembangan Singapore 419127",
        ),
        ("user", "Add a column for medical notes: dust-mite asthma, inhaler in bag."),
        (
            "assistant",
            "Added medical_notes = 'dust-mite asthma, inhaler in bag' at the end of the row.",
        ),
    ],
    [
        (
            "system",
            "You help speech-and-drama teachers write term report comments. Keep them positive and under 60 words.",
        ),
        (
            "user",
            "Write a comment for Chong Wei Lun, 9. He is on the autism spectrum, avoids eye contact, but memorised his whole monologue.",
        ),
        (
            "assistant",
            "Wei Lun showed excellent dedication this term, memorising his entire monologue. He delivers lines with growing clarity. Next term we will work gently on connecting with the audience through voice and gesture.",
        ),
        ("user", "Good. His mum asked us not to mention the autism anywhere in writing."),
        (
            "assistant",
            "Understood — the comment above does not mention it, and I suggest keeping that detail out of the shared report file too.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Puan Farizah binti Yusof, 011-2345 7789, untuk maklumkan kelas ganti Aqil hari Sabtu jam 10 pagi.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Farizah, kelas ganti sempoa untuk Aqil telah ditempah pada hari Sabtu ini, jam 10 pagi. Terima kasih.",
        ),
        (
            "user",
            "Tambah sikit: Aqil tak boleh duduk lama sebab baru lepas pembedahan apendiks minggu lepas.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Farizah, kelas ganti Aqil pada Sabtu jam 10 pagi. Guru dimaklumkan Aqil baru lepas pembedahan apendiks, jadi dia boleh berehat bila perlu. Terima kasih.",
        ),
    ],
    [
        ("system", "你是少儿编程中心的行政助理。"),
        (
            "user",
            "帮我开一张收据：付款人周丽华，身份证 310104198803122627，孩子周子轩，Scratch 初级班全年学费 S$1,680。",
        ),
        (
            "assistant",
            "收据：付款人 周丽华；学员 周子轩；项目 Scratch 初级班全年学费；金额 S$1,680。建议收据上只保留身份证后四位 2627。",
        ),
        ("user", "好的，只留后四位。"),
    ],
    [
        ("system", "You are a billing helper for a phonics centre."),
        (
            "user",
            "Mr Benjamin Yeo withdrew his daughter Clara after 2 of 4 lessons in June ($180/month). Refund to his Mastercard 5200 3481 9927 1644. How much?",
        ),
        (
            "assistant",
            "Pro-rated, 2 unused lessons x $45 = $90 refund. Please process it in the payment terminal rather than keeping the full card number in notes.",
        ),
        ("user", "He also said Clara is moving schools because of bullying, should I note that?"),
        (
            "assistant",
            "Record only 'withdrawal — family reasons'; the bullying detail is sensitive and not needed for billing.",
        ),
    ],
    [
        (
            "user",
            "Help me write an incident report. 3.40pm today Kayden Lim (6) fell off the stage during drama rehearsal at our Punggol branch, cut on chin, mum Ms Joanne Lim brought him to Raffles Medical.",
        ),
        (
            "assistant",
            "Incident Report — Date: today, 3.40pm. Location: Punggol branch, drama studio stage. Child: Kayden Lim, 6. Injury: cut on chin after fall from stage during rehearsal. Action: first aid applied; parent Ms Joanne Lim took him to Raffles Medical.",
        ),
        ("user", "Add that the clinic gave him 3 stitches and he will miss next Saturday."),
        (
            "assistant",
            "Added: Follow-up — clinic applied 3 stitches; Kayden will be absent next Saturday, makeup class to be offered.",
        ),
    ],
    [
        ("system", "You assist the HR executive of a Singapore enrichment company."),
        (
            "user",
            "Our drama teacher Ms Aoife Brennan, FIN M4419236W, S Pass expires 30 Sep. Her salary is $3,900. Is that above the S Pass minimum for renewal?",
        ),
        (
            "assistant",
            "Check the current MOM qualifying salary for her age on the MOM website before renewal; if $3,900 is below it, a salary adjustment will be needed before you submit.",
        ),
        (
            "user",
            "She is 41 so it's probably higher. Draft an email to her about a raise to $4,200.",
        ),
        (
            "assistant",
            "Dear Aoife, as part of your S Pass renewal we are pleased to revise your monthly salary to $4,200 with effect from 1 September. Please let HR know if you have any questions.",
        ),
    ],
    [
        ("user", "How do I set up Scratch at home for my 8-year-old?"),
        (
            "assistant",
            "Create a free account on scratch.mit.edu or install Scratch Desktop; ask the teacher for the class studio link so she can submit projects.",
        ),
        (
            "user",
            "Thanks. Her teacher Mr Faizal Rahman said Emma Tay scored lowest in the class and she has been seeing the school counsellor since. Should I pull her out?",
        ),
        (
            "assistant",
            "That is a family decision. You might ask Mr Faizal for a short meeting to see where Emma is struggling before deciding.",
        ),
    ],
    [
        ("system", "You help an abacus centre in Johor Bahru manage cross-border students."),
        (
            "user",
            "Mr Kelvin Ng (MyKad 850719-01-6239) drives his daughter Ng Jia Hui across from JB every Sat. Car JQK 8821. He wants to switch to our Woodlands branch.",
        ),
        (
            "assistant",
            "I can prepare a branch transfer form for Jia Hui from JB to Woodlands. Fees at Woodlands are in SGD; please confirm he agrees to the new rate.",
        ),
        (
            "user",
            "He agrees. Also note his wife Pn Suraya's number 016-774 2093 as second contact.",
        ),
        ("assistant", "Noted: second contact Pn Suraya, 016-774 2093. Transfer form updated."),
    ],
]
