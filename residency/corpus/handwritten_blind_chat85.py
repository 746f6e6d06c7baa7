# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat85: chats asking an assistant to plan a career switch and retraining (SkillsFuture, HRD Corp, courses, CV gaps). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat85
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant chat"): _lines("""
        User: I'm 41 and have been in logistics ops for 14 years. Is the SkillsFuture Level-Up Programme worth it if I want to move into data analytics? Assistant: It can be. From 40 you receive the additional S$4,000 SkillsFuture Credit (Mid-Career), which can only be used on selected diplomas, SCTP courses and similar long-form programmes, so shortlist courses on MySkillsFuture first and check which ones carry the Mid-Career tag.
        User: how do I explain a 2 year gap on my CV when I was taking care of my kids? Assistant: Keep it short and factual, e.g. "Career break – full-time caregiving (2022–2024)", then list any courses, volunteering or freelance work you did in that period. Interviewers mostly want to know you are ready to return now.
        User: What's the difference between a Career Conversion Programme and SCTP? Assistant: A CCP is run with employers through Workforce Singapore: you are usually hired first (place-and-train) and trained on the job with salary support to the employer. SCTP is training-first: you take a course with an approved provider and get job-matching support afterwards.
        User: Can I use my SkillsFuture Credit for a Coursera course? Assistant: Only if that exact course is listed on the MySkillsFuture portal with a course reference number such as TGS-2022012345. Coursera courses bought directly on coursera.org cannot be claimed.
        User: someone called saying they're from HRD Corp and I qualify for a "free individual grant", they want my IC and bank details. legit? Assistant: Treat it as a scam. HRD Corp grants are applied for by registered employers through e-TRiS, not offered to individuals by phone. Hang up and call HRD Corp yourself on the number listed on its official website.
        User: Who is Tan See Leng and why does he keep talking about mid-career workers? Assistant: Dr Tan See Leng is Singapore's Minister for Manpower. In that role he has spoken publicly about support for mid-career workers, including the SkillsFuture Jobseeker Support scheme and training allowances for career switchers.
        User: My CV says "Freelance 2021–2023" but honestly I had only two small gigs. Is that misleading? Assistant: It is safer to be precise: write "Freelance project work (2 projects), 2021–2023" and describe what you delivered. If asked, explain the rest of the time honestly, for example job searching or upskilling.
        User: rewrite this line for my CV: "did a bootcamp in UX" Assistant: "Completed a 24-week full-time UX Design course under the SkillsFuture Career Transition Programme, delivering three end-to-end case studies from research to high-fidelity prototype."
        User: how much is the SkillsFuture Jobseeker Support? Assistant: Eligible involuntarily unemployed residents can receive up to S$6,000 over up to six months, paid in tapering monthly amounts, provided they keep up job search and training activities each month.
        User: I'm a staff nurse thinking of moving into health informatics. Which certifications are recognised here? Assistant: Common routes are a graduate certificate in health informatics from a local university, vendor training on the EMR system used in your cluster, and data courses (SQL, Power BI). Many nurses move first into clinical informatics roles inside their own hospital.
        User: Can you give me a 6-month plan to move from accounting to cloud engineering? Assistant: Months 1–2: Linux basics and AWS Cloud Practitioner. Months 3–4: Solutions Architect Associate plus one Terraform project. Months 5–6: build a cost-reporting dashboard on AWS (your accounting edge), polish GitHub and start applying to FinOps and cloud support roles.
        User: My Level-Up application reference is LUP-2025-0048812, how long does approval usually take? Assistant: I can't look up individual applications. Typically the training provider confirms eligibility when you enrol; if it has been more than two weeks, contact the provider's admissions team and quote that reference number.
        User: course fee is $8,900 before subsidy and I'm told I get 70% subsidy, how much do I pay? Assistant: 30% of S$8,900 is S$2,670, plus GST on the nett fee, which you can then offset with your SkillsFuture Credit or PSEA balance if eligible.
        User: Is it too late to switch careers at 50? Assistant: No. Ray Kroc was in his fifties when he started franchising McDonald's, and Julia Child published her first cookbook at 49. More practically, employers value reliability and domain knowledge; pick a target role where your past experience is an advantage.
        User: What did Chris Gardner do before he became a stockbroker? Assistant: In his memoir The Pursuit of Happyness, Chris Gardner describes selling medical equipment before he got a place in Dean Witter's trainee programme, while he was homeless with his young son.
        User: write a LinkedIn headline for someone moving from teaching to instructional design Assistant: "Educator turned Instructional Designer | Storyline & Rise 360 | Turning 12 years of classroom experience into engaging e-learning"
        User: Should I put my NRIC number on my resume? Assistant: No. Employers do not need it at the application stage, and PDPC guidance discourages collecting full NRIC numbers unless required by law. Name, mobile number and email are enough.
        User: my course runs 14/03/2026 to 02/05/2026, 9am–6pm Mon–Fri, does that count as full-time for the Mid-Career Training Allowance? Assistant: The allowance is for full-time long-form courses that meet minimum duration and intensity requirements. A seven-week course may be too short, so check whether the course page is tagged as eligible for the training allowance before you enrol.
        User: what's a good answer to "why are you leaving banking?" in a tech interview? Assistant: Focus on pull, not push: "I enjoyed the data side of my banking work most, built reporting automations in Python, and now want to do that full-time." Then give one concrete example with a result.
        User: Like Ted Lasso going from American football to soccer, I'm going from sales to software testing. How do I pitch my transferable skills? Assistant: Lead with what carries over: understanding what the customer actually needs, clear communication with stakeholders, and persistence. Pair each with evidence from your sales role and one testing project from your course.
    """),
    ("en", "user request"): _lines("""
        Fill in this template for me: "Dear [Hiring Manager], I am writing to apply for the [Role] position at [Company]. After [X] years in [Industry], I completed [Course Name] under the SkillsFuture Career Transition Programme and am keen to bring [Skill] to your team."
        Draft a short email to a training provider asking whether their course TGS-2024041192 is eligible for the Mid-Career Training Allowance and what the next intake date is.
        Generate a CV skeleton for a career switcher with sections Profile, Career Break (YYYY–YYYY), Training, Experience, Education. Use placeholders like <FULL_NAME>, <MOBILE> and <EMAIL>.
        Give me 10 interview questions a hiring manager might ask someone switching from hospitality to HR, with what a good answer should cover.
        Explain what each field of this form config means: {"applicant_name": "", "nric_last4": "", "course_ref": "TGS-XXXXXXXXXX", "start_date": "YYYY-MM-DD", "mode": "full-time|part-time"}
        Is this right for a 45-year-old? def credit_balance(base=500, topups=(4000,)): return base + sum(topups)
        Summarise the Career Conversion Programme for Professional Executives in plain English for someone who has never heard of Workforce Singapore.
        List typical HRD Corp claimable course topics for someone moving into digital marketing, grouped by beginner and intermediate.
        Make a comparison table of a Google Data Analytics certificate, an NUS SCALE data course and an NTU PACE data course: duration, fee range, funding, job support.
        What does this MySkillsFuture message mean: "Claim submission failed (Error code: SFC-409). Please try again later."
        Turn this into CV bullet points: managed a team of eight, reduced inventory shrinkage by 12%, trained all new hires on the WMS.
        What should I choose in the "Reason for career break" dropdown: Caregiving / Health / Further studies / Relocation / Others? Pros and cons of each.
        Receipt says: Invoice INV-2025-118734, Certificate in Applied Data Analytics, S$3,270.00, SkillsFuture Credit applied S$500.00, balance S$2,770.00. Is the GST already included?
    """),
    ("en", "course notice"): _lines("""
        Professional Certificate in Digital Marketing | Course Ref: TGS-2023019876 | Mode: Blended | Duration: 120 hrs | Full fee S$6,540 (incl. GST) | SkillsFuture Credit eligible | Enquiries: 6592 1188 (Mon–Fri, 9am–5pm)
        Career Conversion Programmes: individuals apply through the relevant programme manager or the hiring employer. For general enquiries, call the Workforce Singapore hotline at 6883 5885.
        Scam alert: SkillsFuture Singapore will never ask you to transfer money or disclose your Singpass password over the phone. Report suspicious calls to the SSG hotline at 6785 5785.
        Intake 03/2026 | Orientation: Tue 6 Jan 2026, 7pm–9pm | Classes: Tue & Thu 7pm–10pm, Sat 9am–1pm | Venue: Level 5, Room 5-12 | Bring your laptop; no documents required.
        Trainees must attain at least 75% attendance and pass all assessments to qualify for course fee funding; otherwise the subsidy will be recovered from the trainee.
        Assessment results will be released on 28 Feb 2026 via the learner portal. e-Certificates are issued within 21 working days after results release.
        Refund policy: withdrawal 14 days or more before commencement – full refund less S$50 admin fee; less than 14 days – 50% refund; no refund after the course starts.
        Career Fair @ Lifelong Learning Institute, 11 Eunos Road 8, Singapore 408601 | Sat 10am–4pm | Walk-ins welcome, bring printed CVs.
        Certificate dispatched by registered mail, article no. RR 4402 1873 5SG, expected delivery 3–5 working days. Please do not reply to this automated message.
    """),
    ("zh-Hans", "assistant chat"): _lines("""
        用户：我32岁，在制造业做了八年质检，想转行做数据分析，需要先考什么证？ 助手：证书不是最关键的，先把 Excel、SQL 和一个 BI 工具学扎实，再用质检数据做两三个作品项目；证书可以考 CDA 一级作为辅助。
        用户：简历上有一年半空白期（2023.03–2024.09），面试官问起来怎么说比较好？ 助手：简短说明原因，再把重点放在这段时间做了什么，比如系统学习、考证、做项目，最后表明现在已经可以全职投入。
        用户：继续教育专项附加扣除怎么填？考了职业资格证书那年能扣多少？ 助手：技能人员或专业技术人员职业资格继续教育，在取得证书的当年按3600元定额扣除；学历继续教育每月400元，同一学历最长48个月。
        用户：失业保险的技能提升补贴领取条件是什么？ 助手：一般要求参加失业保险并累计缴费满一定年限，在取得职业资格证书或职业技能等级证书后12个月内申请，具体标准以当地人社部门公布为准。
        用户：新加坡的 SkillsFuture Credit 可以用来上中文授课的课程吗？ 助手：可以，只要该课程在 MySkillsFuture 上有课程编号并标明可用 SkillsFuture Credit 支付，授课语言不影响申领。
        用户：帮我写一句简历自我评价，背景是“十年销售转产品经理”。 助手：“十年一线销售经验，深刻理解客户痛点；已完成产品经理系统课程并主导两个需求分析项目，擅长把用户反馈转化为可落地的产品方案。”
        用户：俞敏洪从新东方转型做东方甄选直播带货，这个例子能放进我的转行分享里吗？ 助手：可以。俞敏洪作为新东方创始人，在教培行业调整后带领团队转做直播电商，是公开报道很多的企业转型案例，引用时注明是企业层面的转型即可。
        用户：订单号 E20251203884512 显示课程已付款，但学习平台一直没开通，怎么办？ 助手：先截图付款记录，再通过平台客服提交工单并附上订单号；如果三个工作日仍未处理，可以申请退款或向消费者协会投诉。
        用户：35岁转行学编程还来得及吗？ 助手：来得及，但要选对方向：测试开发、数据分析、实施顾问等岗位更看重行业经验，比纯前端开发更适合中年转行。
        用户：请把这句话翻译成英文：“本人因家庭原因离职两年，期间自学 Python 并完成多个项目。” 助手：“I took a two-year career break for family reasons, during which I taught myself Python and completed several projects.”
        用户：转行培训补贴的政策可以打12333问吗？ 助手：可以，12333 是人力资源和社会保障部门的咨询服务热线，可以问当地的职业技能培训补贴和申领流程。
        用户：简历模板里“姓名：____ 电话：____ 邮箱：____ 求职意向：____”下面的“培训经历”该怎么写？ 助手：按时间倒序写：时间、课程名称、培训机构、学时、取得的证书或成果，每条一行即可。
        用户：CS50 就是哈佛那门课吗？适合零基础转行吗？ 助手：是的，CS50 是哈佛大学 David J. Malan 主讲的计算机科学导论，免费在线提供，对零基础很友好，但作业量不小。
        用户：简历解析插件 v2.3.1 总把“2019/07–2021/12”识别成一个日期，有什么办法？ 助手：把时间段改成“2019.07 – 2021.12”，两边加空格，或者分成“开始时间”“结束时间”两栏，大部分解析器就能正确识别。
        用户：裸辞三个月去上全日制的数据分析训练营，风险大吗？ 助手：主要风险是现金流。建议先准备至少六到九个月的生活费，并确认训练营的就业服务是否真实，可以要求看往届学员的去向统计。
    """),
    ("zh-Hant", "assistant chat"): _lines("""
        用戶：持續進修基金（CEF）而家資助上限係幾多？ 助手：目前每名合資格人士的資助上限為港幣25,000元，可用於已列入CEF課程名單的課程，完成課程後需在限期內申請發還。
        用戶：僱員再培訓局有冇熱線可以問課程？ 助手：有，ERB 的查詢熱線是 182 182，亦可以在網站或 ERB 服務中心查詢課程及報名。
        用戶：我做咗十年零售，想轉做社工，要讀咩課程？ 助手：香港社工需要註冊，一般要完成社工學位或社工高級文憑（例如副學士程度的社會工作課程），之後向社會工作者註冊局申請註冊。
        用戶：產業人才投資方案的補助比例是多少？ 助手：一般在職勞工補助訓練費用八成，特定對象（例如中高齡者、身心障礙者）可全額補助，三年內有補助上限，實際金額請以台灣就業通公告為準。
        用戶：履歷上有兩年空白期要怎麼寫？ 助手：可以直接寫「2023–2025 職涯暫停（家庭照顧）」，再補上這段期間的進修或志工經歷，面試時簡短說明、把重點拉回現在的準備。
        用戶：報名編號 ERB-2026-03-1187 顯示「候補中」，大概要等幾耐？ 助手：候補時間視乎班次報名人數，一般在開班前兩星期會通知，你可以致電培訓機構查詢，並提供報名編號。
        用戶：唐鳳由軟體工程師做到數位發展部部長，算唔算轉行成功例子？ 助手：唐鳳是公眾人物，由程式設計背景轉入公共事務、出任數位發展部首任部長，可以作為跨界的例子，但佢嘅背景比較特殊，未必適合作為一般人嘅參考。
        用戶：台灣就業通的職訓課程要怎麼報名？ 助手：可以用自然人憑證、健保卡或就業通會員帳號登入，搜尋課程後線上報名，部分職前訓練需要先到就業服務站做就業諮詢。
        用戶：幫我把「2019-2022 全職照顧家人」寫得專業啲。 助手：可以寫成「2019–2022｜家庭照顧期：統籌家中長者醫療安排及財務預算，期間完成 Excel 進階及會計基礎課程」。
        用戶：轉職做 UI/UX 設計，作品集要放幾多個 case？ 助手：三個做得深入嘅案例好過十個表面嘅，每個案例要講清楚問題、研究過程、設計決定同最終成果。
        用戶：《俗女養成記》裡陳嘉玲快四十歲辭職回台南，這種轉換跑道現實嗎？ 助手：劇中情節比較戲劇化，但中年轉換跑道本身很常見，關鍵是先盤點可轉移技能、準備半年以上生活費，再用短期課程測試新領域。
        用戶：職訓局（VTC）嘅兼讀課程可唔可以用 CEF？ 助手：部分 VTC 兼讀課程已列入 CEF 課程名單，可以在 CEF 網站以課程編號或院校名稱搜尋確認。
        用戶：訂單編號 TW20260112-004571 的線上課程想退費，一般要多久？ 助手：線上課程依規定通常不適用七天鑑賞期，要看平台的退費條款；一般退費審核約七到十四個工作天。
    """),
    ("ms", "assistant chat"): _lines("""
        Pengguna: Saya dah 38 tahun, kerja kilang 12 tahun. Boleh ke saya mohon kursus HRD Corp sendiri? Pembantu: Geran HRD Corp dipohon oleh majikan yang berdaftar melalui sistem e-TRiS, bukan oleh individu. Jika anda kehilangan pekerjaan, lihat program latihan semula di bawah Sistem Insurans Pekerjaan PERKESO.
        Pengguna: Apa itu Program ReKerjaya PERKESO? Pembantu: Ia inisiatif PERKESO untuk membantu pencari kerja kembali bekerja melalui insentif pengambilan kepada majikan dan latihan, termasuk bagi mereka yang lama menganggur atau yang ingin bertukar bidang.
        Pengguna: macam mana nak tulis jurang kerjaya 2 tahun dalam resume sebab jaga anak? Pembantu: Tulis ringkas, contohnya "Cuti kerjaya – penjagaan keluarga (2023–2025)", kemudian senaraikan kursus atau kerja sukarela sepanjang tempoh itu.
        Pengguna: Talian PERKESO 1-300-22-8000 tu betul ke? Pembantu: Ya, itu talian pusat khidmat pelanggan PERKESO. Jangan berikan kata laluan atau TAC kepada sesiapa yang menelefon anda mengaku dari PERKESO.
        Pengguna: Boleh guna duit KWSP untuk bayar yuran kursus? Pembantu: Akaun Fleksibel boleh dikeluarkan bila-bila masa untuk apa-apa tujuan, manakala pengeluaran pendidikan daripada Akaun Sejahtera hanya untuk program di institusi yang diiktiraf dan perlu dokumen sokongan.
        Pengguna: Menteri Sumber Manusia selalu sebut pasal latihan semula pekerja, apa maksud sebenar? Pembantu: Ia merujuk kepada dasar kerajaan untuk melatih semula pekerja yang terjejas oleh automasi dan penstrukturan semula industri, biasanya melalui HRD Corp, PERKESO dan institusi TVET.
        Pengguna: Tolong terjemah "Completed Google Data Analytics Certificate, 2025" ke BM untuk resume. Pembantu: "Menamatkan Sijil Analitik Data Google, 2025".
        Pengguna: Nombor rujukan permohonan saya PTPK/2026/015573, berapa lama biasanya nak lulus? Pembantu: Saya tidak boleh menyemak status permohonan individu. Biasanya anda boleh semak melalui portal PTPK menggunakan akaun sendiri atau hubungi pusat panggilan mereka.
        Pengguna: Kursus TVET mana sesuai kalau nak tukar kerjaya jadi juruteknik solar? Pembantu: Cari kursus pemasangan sistem PV solar yang diiktiraf SEDA dan Sijil Kemahiran Malaysia (SKM) dalam bidang elektrik; ramai juruteknik mula dengan kursus Pendawai dahulu.
        Pengguna: Dalam resume, nama kena tulis penuh macam dalam IC ke? Pembantu: Eloknya ya, contohnya "[Nama] bin [Nama Bapa]" atau "[Nama] a/p [Nama Bapa]" seperti dalam MyKad, supaya sama dengan dokumen lain semasa tapisan.
        Pengguna: Gaji permulaan juruanalisis data di KL sekarang berapa? Pembantu: Untuk peringkat permulaan, julat biasa sekitar RM3,500 hingga RM5,000 sebulan, bergantung pada syarikat dan kemahiran SQL serta Power BI.
        Pengguna: MyFutureJobs tu apa sebenarnya? Pembantu: MyFutureJobs ialah portal pekerjaan kebangsaan di bawah PERKESO untuk mencari kerja, mendaftar program latihan dan mendapatkan khidmat kaunseling kerjaya.
        Pengguna: Saya cikgu tadika nak tukar ke bidang HR. Sijil apa yang diiktiraf? Pembantu: Antara pilihan ialah sijil profesional MIHRM, kursus Akta Kerja 1955 dan pengurusan gaji, serta kursus HR asas yang boleh dituntut melalui HRD Corp jika majikan anda berdaftar.
        Pengguna: format tarikh dalam resume patut 03/2021 – 08/2023 atau Mac 2021 – Ogos 2023? Pembantu: Kedua-duanya boleh, asalkan konsisten. "Mac 2021 – Ogos 2023" lebih mudah dibaca untuk resume dalam Bahasa Melayu.
    """),
    ("ms", "course notice"): _lines("""
        Makluman HRD Corp: Semua permohonan geran latihan hendaklah dikemukakan melalui e-TRiS sekurang-kurangnya satu hari bekerja sebelum tarikh latihan bermula. Pertanyaan: 1800-88-4800.
        Kursus: Sijil Pemasaran Digital | ID Program: 10001873264 | Tempoh: 5 hari | Yuran: RM 3,600 seorang | HRD Corp Claimable | Had peserta: 25 orang
        Notis: Kelas Ambilan Januari 2026 bermula 12/01/2026, jam 8.30 pagi, Dewan Seminar Aras 3. Sila bawa salinan sijil akademik sahaja.
        Syarat kelayakan: Warganegara Malaysia, berumur 18 hingga 60 tahun, pencarum PERKESO yang kehilangan pekerjaan dan berdaftar di MyFutureJobs.
        Invois No. INV/HRD/2026/00781 | Jumlah: RM 4,200.00 | Status: Dituntut | Tarikh bayaran: 15/02/2026
        Jadual: Modul 1 Asas Python (20 jam), Modul 2 SQL (16 jam), Modul 3 Power BI (24 jam). Sijil penyertaan diberi selepas kehadiran 80%.
        Untuk sebarang pertanyaan tentang pendaftaran kursus, sila emel info@akademikemahiran-utara.com.my atau hubungi pejabat kami di 04-733 2150 (waktu pejabat).
        Lokasi taklimat: Menara PERKESO, 281 Jalan Ampang, 50538 Kuala Lumpur. Parkir terhad, sila gunakan LRT.
    """),
    ("mixed", "user request"): _lines("""
        eh can help me see whether SCTP or Level-Up better for a 45yo switching to cybersecurity? company retrenching soon lah
        bro how to claim SkillsFuture credit ah, the portal keep asking Singpass 2FA then timeout
        帮我 rewrite 这个 CV summary lah, want sound more professional: "10 years F&B, now want go into HR"
        Boleh tak guna HRD Corp untuk course AI yang 3 hari tu? boss kata kena apply dulu dalam e-TRiS baru boleh pergi
        我想 switch 去 data analyst, 但是没有 degree, 有 chance 吗？
        Can u make a table of all the mid-career schemes – Jobseeker Support, Level-Up, CCP, training allowance – with amount and who eligible
        resume aku ada gap 2020–2022 sebab PKP, HR asyik tanya, macam mana nak jawab ah
        唔該幫我 check 呢個 cover letter 嘅 grammar，我用 [Your Name] 同 [Phone] 代替咗我啲資料先
        tolong buat template email untuk tanya HR pasal HRD Corp claim, pakai placeholder je macam [Nama], [Jawatan], [Tarikh Kursus]
        my course ref TGS-2025052613 showing "not eligible for SFC" leh, why ah? last month still can
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tidy up my CV header? "Name: Tan Wei Ming | NRIC: S8740619I | HP: 9672 4815 | Email: weiming.tan87@gmail.com | Target role: Junior Data Analyst (SCTP graduate)"
        Please write a cover letter for my husband Rajesh a/l Subramaniam, 46, retrenched from a semiconductor plant in Bayan Lepas last month. He's now doing the HRD Corp-funded PLC programming course and wants maintenance technician roles.
        help me answer the gap question in interviews. context: I'm Nurul Aisyah binti Kamarudin, out of work 2021–2024 looking after my mother who has Alzheimer's, now finishing a payroll certificate
        Fix grammar pls: "Dear Ms Ong, I am Priya d/o Ramasamy, was cabin crew for 9 years until 2024, I have completed the CCP for Healthcare Administration and wish to apply for the Patient Service Associate role."
        Draft a reply to the training provider: my SkillsFuture claim for course TGS-2024033518 was rejected as "duplicate". My details are Lim Pei Shan, S9043126I, contact 8345 2290.
        Bank details for the training allowance payout form: Account holder MUHAMMAD HAFIZ BIN ROSLAN / Bank: DBS / Account no. 027-518342-6 / Mobile +65 9138 6027. Is this the right format?
        Can you write a LinkedIn About section for me? I'm Jason Lee Kok Hwa, 44, ex-relationship manager at OCBC, left in 2023 after a burnout diagnosis and six months of therapy, now retraining in UX through NTU PACE.
        My sister Michelle Goh lives at Blk 412 Tampines St 41 #08-223 with her two kids and wants to restart work after 7 years as a housewife. Which schemes can she use?
        Referees to paste at the bottom of my CV: 1) Mr Daniel Fernandes, former supervisor, daniel.fernandes@hotmail.com, +65 9820 4417; 2) Mdm Rosnah binti Ismail, ex-HR manager, 9475 1830
        Please check the education section of my resume. Name: Marcus Teo Jun Jie. Bachelor of Accountancy (2009), then 2015–2019 gap because I was serving a prison sentence for fraud, released March 2019. How do I word the gap?
        Can you reply to this for me? "Hi Cheryl Wong, following up on your HRD Corp claim for the January cohort – please confirm your IC no. 870923-14-6248 so we can complete the trainee list."
        I'll pay the SCTP top-up with my card 4539 7876 9150 7986 exp 08/28, name on card LOW SHU FEN. Help me write the email to the provider asking them to charge it.
        joel.sng91@yahoo.com.sg is my email for the course portal, can you write the message to the provider saying I'm switching from the Friday class to the Saturday one?
        I'm on a Dependant's Pass, FIN G5521876K, name Anjali Mehta. Can I use SkillsFuture Credit for a data course, or do I need to pay full fee?
    """),
    "zh-Hans": _lines("""
        帮我改一下简历开头：张海燕｜女｜1991.03｜身份证 440106199103143722｜手机 138 2749 6103｜求职意向：人力资源专员（转行）
        我老公刘建军今年39，原来在东莞一家电子厂当线长，厂里裁员了，想报电工证培训，你帮他写个两百字的自我介绍
        帮我润色给培训机构的退费申请：申请人周晓雯，课程“Python数据分析就业班”，已付19800元，因怀孕反应严重无法继续上课，退款账户 招商银行 6214 8301 2647 5598
        个税继续教育扣除要填的信息：纳税人 王磊，身份证号 110105198609305314，证书名称 企业人力资源管理师（三级），发证日期 2025-06-18，帮我看看填哪一栏
        我微信号 lin_yuqing_0815，帮我写条朋友圈，说我辞职去读新加坡理工学院的夜间文凭课程了，欢迎同行加我交流
        我叫陈俊杰，NRIC S8463920F，去年十月被裁员，现在想申请 SkillsFuture Jobseeker Support，帮我写一封给 WSG 的邮件
        简历空白期这样解释行吗：2022年3月至2023年10月，本人赵敏因乳腺癌手术及化疗在上海浦东家中休养，现已康复，希望转做医疗行政
        帮我把这封推荐信翻成英文：“兹证明黄志强于2016年至2024年在我司担任仓库主管，工作认真负责，因公司搬迁离职。联系人：李经理 159 0831 4476”
        学信网上我的信息是：吴婷，身份证 320102199506112848，2017届会计学本科。我想转行做审计，有必要考CPA吗？
    """),
    "zh-Hant": _lines("""
        我叫陳嘉欣，香港身份證 Y381256(A)，想報 ERB 嘅「物業管理證書」課程，幫我填一填報名表入面嘅「個人資料」部分
        幫我改履歷頭：黃子健｜電話 9438 2716｜電郵 tszkin.wong@gmail.com｜2018-2025 物流文員｜目標：IT 支援
        我是林志豪，身分證字號 F184627301，想申請產業人才投資方案的雲端課程，請幫我寫三百字的參訓動機
        我阿媽梁鳳儀今年五十八，喺茶餐廳做咗廿年，膝頭退化唔可以再企成日，想轉做文職，有冇 ERB 課程啱佢？
        幫我寫封信俾持續進修基金辦事處：申請人李浩然，香港身份證 A904317(1)，因課程提早結束，申請補交出席證明
        我太太蔡宜蓁（身分證 A223819046）離職照顧小孩三年，現在想重返職場，幫她寫履歷空白期說明，聯絡手機 0928-517-463
        幫我潤飾這則要傳給獵頭的訊息：「您好，我是吳佩婷，在新竹科學園區做製程工程師五年，想轉產品經理，LINE ID: peiting.wu0712，方便再聊」
    """),
    "ms": _lines("""
        Tolong semak resume saya: Nama: AHMAD FAIZAL BIN ZAKARIA | No. K/P: 900412-10-5531 | Tel: 012-384 7719 | Alamat: No. 23, Jalan Kenari 5, Taman Sri Muda, 40400 Shah Alam | Objektif: beralih ke bidang juruteknik solar
        Saya Siti Hajar binti Osman, dah 3 tahun tak kerja sebab jaga anak OKU (autisme), macam mana nak tulis dalam resume supaya HR tak pandang serong?
        Tolong karang surat rayuan PTPK untuk abang saya, Mohd Razif bin Hashim, pinjaman latihan kemahiran dia ditolak sebab ada tunggakan dalam rekod CCRIS
        Borang tuntutan elaun latihan – Nama Penerima: NOOR AZLINA BINTI ABD RAHMAN / Bank: Maybank / No. Akaun: 1642 1883 0917 / No. Tel: 017-629 0453. Betul ke susunan ni?
        Senarai peserta kursus HRD Corp (sulit): 1. Kumar a/l Velu – 830630-08-5487 – Operator Pengeluaran / 2. Tan Mei Ling – 760218-08-6034 – Kerani Stor. Tolong susun jadi jadual.
        Boleh bantu tulis emel ke HR? Saya Vijaya a/p Muniandy, operator kilang di Prai, nak minta majikan hantar saya ke kursus AutoCAD bawah HRD Corp sebab nak jadi pelukis pelan
        Emel saya hafizah.kamal92@yahoo.com, tolong buatkan surat permohonan kerja sebagai eksekutif HR selepas saya habis sijil pengurusan sumber manusia
        Tolong tulis mesej untuk group belajar: "Sesiapa nak ulangkaji modul SQL, PM admin Telegram @azrul_reskill88 (Azrul, Kuantan)"
        Suami saya Encik Khairul Anuar bin Mat Isa, 52 tahun, baru ambil VSS dari syarikat telekomunikasi. Ada tak kursus PERKESO untuk orang umur macam dia?
    """),
    "mixed": _lines("""
        eh can help me edit my resume? name Chua Boon Keat, HP 9817 3064, email bkchua.sg@gmail.com, 15 yrs in F&B, now doing SCTP in digital marketing lah
        我妹妹 Jasmine Koh 在 Jurong 的 logistics company 被 retrench 了，她的 NRIC 是 S8190452I，can help 她 apply SkillsFuture Jobseeker Support 吗？
        Boss aku suruh list staf untuk HRD claim, tolong format: Ravi a/l Krishnan, 012-903 8551, Jurutera Penyelenggaraan, kursus PLC 3 hari
        唔該幫我寫 cover letter，我係 Kelvin Chan Ka Ho，之前喺機場做 ground staff 8 年，疫情被裁，而家讀緊 ERB 嘅 IT 支援課程
        my ex-colleague Serene Yeo (she's 2 months pregnant, don't tell anyone ok) asked whether she should start the Level-Up diploma now or after maternity leave, what u think
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you write me a cover letter for a junior QA tester role? I just finished an SCTP software testing course.",
        ),
        (
            "assistant",
            "Sure. To personalise it, could you share the name you want on the letter, your contact details, and a line or two about your previous job?",
        ),
        (
            "user",
            "Benjamin Tay Chee Keong, 9463 0712, ben.tay.ck@gmail.com. I was a bus captain with SBS Transit for 11 years, left in June because of my back problem.",
        ),
        (
            "assistant",
            "Thanks, Benjamin. Here's a draft: Dear Hiring Manager, I am Benjamin Tay Chee Keong, a recent graduate of the SkillsFuture Career Transition Programme in software testing. After 11 years as a bus captain, I bring discipline, safety-first thinking and calm under pressure...",
        ),
    ],
    [
        (
            "system",
            "You are CareerPal, a career-transition coach used by an outplacement firm. Client profile: Name: Karen Lim Siew Ling; NRIC: S7630418A; Age: 49; Last role: Regional Procurement Manager (retrenched Oct 2025); Health: recovering from slipped-disc surgery, cannot do long site visits; Goal: ESG reporting analyst.",
        ),
        ("user", "What courses should I shortlist this month?"),
        (
            "assistant",
            "Given your procurement background, look at a sustainability reporting (GRI/ISSB) course and a carbon accounting course; both can use your Mid-Career SkillsFuture Credit if they are tagged eligible.",
        ),
    ],
    [
        ("user", "My dad wants to retrain at 62, can he still use SkillsFuture?"),
        (
            "assistant",
            "Yes, Singapore Citizens aged 25 and above can use SkillsFuture Credit, with no upper age limit. What kind of work is he interested in?",
        ),
        (
            "user",
            "He's Gerald D'Cruz, ex-sound engineer, had a mild stroke last year so he wants something less physical, maybe teaching audio production part-time. His number is 8236 5910 if the course people need to call him.",
        ),
        (
            "assistant",
            "A WSQ Adult Education module (the ACLP or its components) would let him train others. Shall I draft a message to a provider asking about part-time intakes for him?",
        ),
    ],
    [
        ("user", "帮我写一份失业保险技能提升补贴的申请说明"),
        (
            "assistant",
            "好的，请提供申请人姓名、身份证号、取得的证书名称和发证时间，我按格式帮你写。",
        ),
        (
            "user",
            "林晓东，身份证430104199008171552，电工（四级/中级工）职业技能等级证书，2025年9月发证，原来在长沙一家物流公司做叉车司机",
        ),
        (
            "assistant",
            "申请说明：本人林晓东（身份证号430104199008171552），原从事叉车驾驶工作，于2025年9月取得电工（四级/中级工）职业技能等级证书，现申请失业保险技能提升补贴，请予审核。",
        ),
    ],
    [
        ("user", "我表哥在成都，想转行做新能源汽车维修，现在39岁"),
        (
            "assistant",
            "39岁转行做新能源汽修是可行的，可以先考低压电工证，再参加新能源汽车维修的专项培训。需要我帮他列一个学习计划吗？",
        ),
        (
            "user",
            "要的，他叫何志远，身份证510107198704024139，之前开了六年滴滴，欠了点网贷，希望培训能先报名后付款，电话 186 8217 4093",
        ),
    ],
    [
        ("user", "我想申請 CEF 發還學費，但係張表好複雜"),
        ("assistant", "可以幫你逐欄解釋。你完成咗邊個課程？出席率同評估有冇達標？"),
        (
            "user",
            "何家豪，HKID K712045(1)，讀完咗 HKU SPACE 嘅數據分析證書，出席率 85%，電話 6127 5593，住將軍澳",
        ),
        (
            "assistant",
            "好，申請表第一部分填：英文姓名及中文姓名「何家豪」、香港身份證號碼 K712045(1)、聯絡電話 6127 5593。第二部分填課程資料及出席率 85%。",
        ),
    ],
    [
        ("user", "我想從保險業務轉做行政助理，可以幫我改自傳嗎？"),
        ("assistant", "可以，請貼上你的自傳草稿。"),
        (
            "user",
            "我是鄭雅雯，今年四十一歲，住台中北屯，做了十二年保險業務，因為憂鬱症休息了一年，現在在參加勞動部的職前訓練「辦公室行政實務班」，手機 0955-384-216。",
        ),
    ],
    [
        (
            "user",
            "Tolong semak resume saya, nak mohon kerja sebagai pembantu makmal selepas kursus",
        ),
        ("assistant", "Boleh. Sila tampal bahagian maklumat peribadi dan pengalaman kerja anda."),
        (
            "user",
            "Nama: MOHD SYAFIQ BIN ABDULLAH / No. K/P: 920815-06-5243 / Tel: 013-427 8805 / Alamat: Lot 118, Kampung Sungai Isap, 25150 Kuantan / Pengalaman: Operator pengeluaran, 2014–2025 / Kursus: Sijil Teknologi Makmal (2025)",
        ),
        (
            "assistant",
            "Maklumat peribadi anda lengkap. Cadangan: buang alamat penuh dan No. K/P dari resume; cukup tulis MOHD SYAFIQ BIN ABDULLAH, 013-427 8805 dan bandar Kuantan.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu HR untuk syarikat pembuatan. Data pekerja untuk tuntutan HRD Corp: Norhayati binti Yusof, K/P 850302-11-5208, Kerani Akaun, kursus Excel Lanjutan 12–13 Mac 2026.",
        ),
        ("user", "Sediakan emel makluman kursus kepada pekerja tersebut."),
        (
            "assistant",
            "Puan Norhayati, anda telah didaftarkan untuk kursus Excel Lanjutan pada 12–13 Mac 2026 di bawah tuntutan HRD Corp. Sila hadir jam 9.00 pagi.",
        ),
    ],
    [
        (
            "user",
            "eh my cousin wanna switch from hairdresser to dental assistant, got course or not?",
        ),
        (
            "assistant",
            "Yes, there are Dental Surgery Assistant certificate courses and some clinics hire and train under a CCP-style arrangement. Would you like help drafting an enquiry?",
        ),
        (
            "user",
            "ok pls, her name Nur Shafiqah bte Rahmat, 27, 9182 4307, she got eczema on her hands so cannot do hair anymore",
        ),
    ],
    [
        (
            "user",
            "Can you format my details into the SCTP application 'Applicant Particulars' section?",
        ),
        (
            "assistant",
            "Sure. Please send your full name, NRIC, date of birth, mobile number, email and highest qualification.",
        ),
        (
            "user",
            "Arjun Nair s/o Gopal Nair, S8829014C, 02/09/1988, 9674 1285, arjun.gnair@gmail.com, Diploma in Mechanical Engineering (Ngee Ann Poly)",
        ),
        (
            "assistant",
            "Applicant Particulars / Name: ARJUN NAIR S/O GOPAL NAIR / NRIC: S8829014C / DOB: 02-09-1988 / Mobile: 9674 1285 / Email: arjun.gnair@gmail.com / Highest qualification: Diploma in Mechanical Engineering",
        ),
    ],
    [
        (
            "user",
            "My wife took 3 years off because she was caring for me during my cancer treatment. How should she explain that gap?",
        ),
        (
            "assistant",
            "She can simply write 'Career break – family caregiving (2022–2025)'. She doesn't need to give medical details unless she wants to.",
        ),
        (
            "user",
            "Her name is Evelyn Chong, she was a pre-school teacher at a kindergarten in Sengkang, and I had nasopharyngeal cancer. She wants to go into early intervention now. Can you draft her cover letter?",
        ),
    ],
    [
        ("user", "帮我写个转行自我介绍，投新加坡的CCP岗位"),
        ("assistant", "好的，请告诉我你的背景和目标岗位。"),
        (
            "user",
            "我叫孙丽娜，NRIC S7938201I，在新加坡做了六年餐厅经理，去年拿了PR，想转做酒店前台管理。邮箱 lina.sun.sg@163.com，QQ 2750318846",
        ),
        (
            "assistant",
            "自我介绍：我叫孙丽娜，在新加坡餐饮业担任餐厅经理六年，具备团队管理与客户服务经验，现希望通过CCP转型至酒店前厅管理……",
        ),
    ],
    [
        ("user", "Boleh tolong isi borang elaun latihan SIP PERKESO?"),
        (
            "assistant",
            "Boleh. Saya perlukan nama penuh, nombor akaun bank untuk bayaran elaun, dan nama kursus.",
        ),
        (
            "user",
            "Nama saya Lee Chee Hong, akaun CIMB 7064 3182 92, kursus Sijil Pengurusan Logistik. Saya diberhentikan dari syarikat percetakan di Klang bulan lepas.",
        ),
        (
            "assistant",
            "Borang: Nama: LEE CHEE HONG / Bank: CIMB / No. Akaun: 7064318292 / Kursus: Sijil Pengurusan Logistik / Sebab: Diberhentikan kerja.",
        ),
    ],
    [
        (
            "user",
            "I'm applying for a Career Conversion Programme and got this email, what does it mean?",
        ),
        (
            "user",
            "'Dear Ms Farah Diana binti Mohd Noor, your CCP application for Digital Marketing Executive with our company has been shortlisted. Please attend the interview on 20 Jan 2026, 2pm. Your contact number on file is 8731 0264.'",
        ),
        (
            "assistant",
            "It means you passed the first screening. Prepare to explain why you want to switch into digital marketing and bring examples of any campaigns or content you've done.",
        ),
    ],
    [
        (
            "user",
            "can u help me write a whatsapp msg to my old boss asking for reference? i'm switching to HR",
        ),
        ("assistant", "Sure. What's your boss's name and how did you work together?"),
        (
            "user",
            "his name is Mr Sanjay Pillai, he was my ops manager at a logistics firm 2018–2024. my name is Deepa, deepa.r.88@gmail.com. he knows i left because of my divorce stuff",
        ),
        (
            "assistant",
            "Hi Mr Pillai, this is Deepa from the ops team (2018–2024). I'm moving into HR and wonder if you'd be willing to be a referee for me. Happy to share my CV – you can reach me at deepa.r.88@gmail.com. Thank you!",
        ),
    ],
    [
        ("user", "我想幫我老公報 ERB 嘅課程"),
        ("assistant", "可以。佢有咩工作背景？想讀邊類課程？"),
        (
            "user",
            "佢叫 Ronald Lau Chi Wai，做咗地盤紮鐵十五年，上年跌傷咗腰，而家想轉做保安，要讀保安課程攞許可證，佢手機 9251 4836",
        ),
    ],
]
