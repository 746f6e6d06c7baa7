# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat94: chats asking an assistant for help with one's own job search and interviews (CVs, cover letters, salary negotiation, references, rejections). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat94
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "cv and cover letter requests"): _lines("""
        User: Can you give me a one-page CV template for a fresh accounting graduate? Use placeholders like [Full Name], [Phone], [Email], [LinkedIn URL]. Assistant: Here's a clean layout: [Full Name] | [City] | [Phone] | [Email] | [LinkedIn URL], then Education, Experience, Skills, Certifications.
        User: is it still normal to put a photo, date of birth and marital status on a CV in Singapore? Assistant: Generally no. The Tripartite Guidelines on Fair Employment Practices discourage asking about age, race, religion or marital status, so leave them out unless a form specifically requires them.
        Rewrite this bullet so it sounds more impactful: 'Responsible for handling customer complaints.' I was in a call centre for 2 years, around 60 calls a day.
        User: what's the difference between a CV and a resume? Assistant: In the US a resume is a 1-2 page tailored summary and a CV is a full academic record; in Singapore, Malaysia and the UK people use 'CV' for both.
        How many pages should a CV be for someone with 8 years of experience in logistics and warehouse operations?
        User: Write a cover letter opening for a marketing executive role at Shopee, leave the hiring manager's name as [Name]. Assistant: Dear [Name], When I saw Shopee's opening for a Marketing Executive, I immediately thought of the 11.11 campaign I ran for a small skincare brand last year...
        I'm switching from secondary school teaching to UX design. Which transferable skills should I highlight on my CV? Just the skills, no sample names please.
        User: should I hide ATS keywords in white font at the bottom of my CV? Assistant: No. Workday, Taleo and Greenhouse parse all the text, and recruiters reading the parsed version will see the stuffing.
        Please turn this into 3 STAR bullets: reduced month-end closing from 10 days to 6 by automating bank reconciliations with Excel Power Query.
        User: My CV file is called CV_final_v7_REAL.pdf lol, what should I name it? Assistant: Use something like Firstname_Lastname_CV_Role.pdf, e.g. Name_Surname_CV_DataAnalyst.pdf.
        Can you explain what 'References available upon request' means and whether anyone still writes it in 2027?
        User: Is it ok to mention I volunteered at Tan Tock Seng Hospital during Covid even though I'm applying for a finance job? Assistant: Yes. Put it under Volunteering and stress the teamwork and shift coordination.
        Draft a cover letter the way Elle Woods would write it for a corporate law firm, just for fun before I write the real one.
        User: How do I list a degree that's still in progress? Assistant: Write it as 'B.Sc. Computer Science (expected Jun 2027), [University]' and add relevant modules if you have little work experience.
        Summarise the job ad for requisition JR-2026-04417 (Data Engineer, hybrid, 3 days in office) into 5 key requirements I should mirror in my CV.
        User: what font and size for a CV? Assistant: Calibri, Arial or Garamond at 10-12 pt for body text and 14-16 pt for your name at the top.
    """),
    ("en", "interview and negotiation advice"): _lines("""
        User: How do I answer 'Tell me about a time you failed'? Assistant: Pick a real but recoverable failure, walk through it with STAR, and spend most of the answer on what you changed afterwards.
        User: Steve Jobs said 'Stay hungry, stay foolish' in his 2005 Stanford commencement speech. Can I quote that in an interview or is it too cliché? Assistant: It's very widely quoted, so only use it if you tie it to a specific story of your own.
        I have a final-round interview on Thursday at 2:30pm for a product role. What questions should I ask the panel at the end?
        User: Offer is S$5,800 base; MyCareersFuture shows S$6,000-7,200 for similar roles. How do I counter politely? Assistant: Thank them, anchor on the market data, and ask whether there's flexibility to S$6,600 given your SQL and stakeholder experience.
        What's a reasonable notice period buyout? My contract says 2 months but the new company wants me to start in 4 weeks.
        User: got a rejection email saying 'we have decided to move forward with other candidates', is it worth replying? Assistant: Yes, a two-line thank-you that asks to be considered for future roles keeps the door open.
        Explain the difference between a competency-based interview and a case interview like the ones McKinsey or BCG use.
        User: What does Sheryl Sandberg say about women negotiating salary in Lean In? Assistant: She argues women are penalised for negotiating aggressively, so she suggests framing requests around shared interests and using 'we'.
        How do I explain being laid off in the 2023 tech layoffs without sounding bitter about it?
        User: Can an employer in Malaysia ask if I'm pregnant during an interview? Assistant: The 2022 amendments to the Employment Act added protection against terminating a pregnant employee (s.41A) and let the Director General inquire into discrimination complaints (s.69F), so you can decline to answer.
        Give me 10 common behavioural interview questions for a staff nurse applying to Mount Elizabeth Hospital.
        User: How long should I wait before following up after an interview? Assistant: About 5-7 working days, or one day after the date they said they'd get back to you.
        Prepare me for a panel interview at the Monetary Authority of Singapore, what do they usually ask graduate economists?
        User: What did Jack Ma say about being rejected by KFC? Assistant: Ma has said that when KFC came to Hangzhou, 24 people applied and 23 were hired; he was the only one turned down.
        Mock interview please: you're Michael Scott from The Office interviewing me for a paper sales job at Dunder Mifflin, one question at a time.
        User: The application form asks for 'expected salary'. Leave it blank or give a range? Assistant: Give a researched range rather than leaving it blank, because some systems reject empty mandatory fields.
    """),
    ("zh-Hans", "求职咨询"): _lines("""
        帮我写一份应届生简历模板，个人信息部分用【姓名】【手机号】【邮箱】【求职意向】占位就行。
        用户：面试时被问“你最大的缺点是什么”怎么回答比较好？助手：选一个真实但不致命的缺点，说清楚你已经在用什么方法改进，不要说“我太追求完美”。
        试用期最长可以约定多久？劳动合同三年以上的是不是最多六个月？
        用户：被裁员 N+1 里的 N 是怎么算的？助手：按《劳动合同法》第四十七条，每满一年支付一个月工资，六个月以上不满一年的按一年计算，不满六个月的支付半个月工资。
        俞敏洪当年高考考了三次才上北大，这个故事能不能用在面试的“挫折经历”里当例子？
        HR 说 offer 是 20k×15 薪，另外有最多 2 个月绩效，帮我算一下年包大概是多少。
        网申编号 WS20261015-00347 显示“简历筛选中”已经两周了，这正常吗？
        简历里写“熟练掌握”和“精通”有什么区别？写精通会不会被面试官重点追问？
        用户：五险一金具体指什么？助手：养老保险、医疗保险、失业保险、工伤保险、生育保险和住房公积金，其中生育保险现在多数地方已并入医疗保险。
        全国人社服务热线 12333 能咨询被拖欠工资和不签劳动合同的事吗？
        帮我模拟一下字节跳动后端开发岗的二面，先问我一道中等难度的算法题。
        用户：背调一般会查什么？助手：通常核实任职时间、职位、离职原因和有无劳动纠纷，正规背调需要你签授权书。
        求职信结尾写“此致 敬礼”还是“顺颂商祺”更合适？
        《杜拉拉升职记》里杜拉拉从行政做到 HR 经理，这个路线在现实中的外企里走得通吗？
        寄给 HR 的纸质材料快递单号 SF1402836619034 显示已签收，我还需要再打电话确认一下吗？
        秋招笔试时间是 2026-09-21 19:00，行测和专业题各分多少时间比较合理？
    """),
    ("zh-Hant", "求職諮詢"): _lines("""
        用戶：香港打工仔被解僱可唔可以攞遣散費？助手：根據《僱傭條例》，連續受僱滿 24 個月並因裁員被解僱，一般有權獲得遣散費。
        勞工處查詢熱線 2717 1771 可唔可以問試用期被炒但冇代通知金嘅問題？
        請幫我寫一份履歷表範本，個人資料欄用〔姓名〕〔手機〕〔電郵〕代替就好。
        台灣勞動部 1955 專線可以檢舉公司不給加班費嗎？需要先準備什麼證據？
        面試被問「你為什麼離開上一份工作」，怎樣回答才不會像在講前公司壞話？
        用戶：轉工之後強積金要點處理？助手：新僱主會幫你開新嘅供款帳戶，舊帳戶嘅累算權益可以透過積金易平台轉去個人帳戶或者新計劃。
        104 人力銀行上的「自傳」要寫多長？有沒有適合社會新鮮人的範例可以參考？
        試用期三個月，勞基法有規定試用期內公司可以隨時資遣嗎？
        用戶：港鐵見工要做 aptitude test，有咩準備方法？助手：可以練下數字推理同語文推理題，每題控制喺一分鐘內完成。
        想申請中大逸夫書院嘅行政助理職位，求職信應該點樣開頭先唔會太老土？
        Offer 寫月薪 HK$28,000，另加第 13 個月雙糧，咁年薪總共係幾多？
        張愛玲《半生緣》裡顧曼楨在工廠當打字員，那個年代打字員的薪水算高嗎？
        求職信最後應該寫「此致」定係「敬祝 商祺」？
        申請編號 HKJ-2026-118734 話「已進入第二輪」，通常要等幾耐先有結果？
    """),
    ("ms", "permohonan kerja"): _lines("""
        Tolong buatkan templat resume untuk graduan baru, guna ruang kosong macam [Nama Penuh], [No. Telefon], [Emel], [Alamat].
        Pengguna: Berapa gaji minimum di Malaysia sekarang? Pembantu: RM1,700 sebulan, berkuat kuasa 1 Februari 2025, dan 1 Ogos 2025 bagi majikan yang ada kurang daripada lima pekerja.
        Macam mana nak jawab soalan 'Kenapa kami patut ambil anda?' masa temuduga tanpa bunyi terlalu angkuh?
        Talian KWSP 03-8922 6000 boleh tanya pasal caruman majikan yang tak dibayar tiga bulan?
        PERKESO ada Sistem Insurans Pekerjaan untuk orang yang hilang kerja kan? Apa syarat nak layak dapat elaun?
        Contoh surat letak jawatan dengan notis 24 jam, tinggalkan nama syarikat sebagai [Nama Syarikat] dan tarikh sebagai [Tarikh].
        Pengguna: Temuduga SPA untuk jawatan Pegawai Tadbir dan Diplomatik biasanya tanya apa? Pembantu: Biasanya isu semasa, dasar kerajaan, dan soalan situasi tentang pengurusan awam.
        Apa beza JobStreet dengan Hiredly untuk fresh grad yang nak kerja di Lembah Klang?
        Nombor rujukan permohonan saya MYF-2026-0048813 tapi status masih 'Dalam Proses' dah tiga minggu, normal ke?
        Boleh ke majikan tahan gaji terakhir kalau saya tak habiskan tempoh notis sebulan?
        Tony Fernandes dulu kerja di Warner Music sebelum buka AirAsia, betul ke? Saya nak guna dia sebagai contoh dalam esei temuduga.
        Tulis emel susulan selepas temuduga, tiga ayat sahaja, bahasa formal.
        Saya nak mohon kerja pembantu perubatan di Hospital Sultanah Aminah, perlu lampirkan sijil SPM sekali atau diploma sahaja?
        Pengguna: Patut ke letak gambar dalam resume? Pembantu: Di Malaysia masih biasa untuk jawatan kerajaan dan perkhidmatan pelanggan, tapi syarikat multinasional lebih suka tanpa gambar.
        Program PROTÉGÉ tu untuk graduan menganggur ke, dan elaun bulanan dibayar oleh siapa?
        Kalau tawaran gaji RM3,200 tapi saya nak minta RM3,800, macam mana nak tulis emel rundingan yang sopan?
    """),
    ("mixed", "code-switched chats"): _lines("""
        bro interview tomorrow 10am at one-north, dress code smart casual ok or must wear full suit ah?
        HR ask me 'why you want to leave your current company' 我应该怎么答 without sounding negative?
        boss cakap kena buat presentation masa final round, 15 minit, any tips for the slides?
        offer letter got 'non-compete 12 months within Malaysia', enforceable ke? Section 28 Contracts Act 1950 kan?
        我收到 Shopee 的 rejection 了 sigh, how to ask for feedback politely ah?
        寫 cover letter 時 'I am writing to apply for' 會唔會太老套？有冇 more natural 嘅開頭？
        Check my Python for annual pay with AWS: def annual_pay(base, months=13, bonus=0): return base * months + bonus — betul tak?
        kalau interview online guna Teams, background 要不要 blur 掉比较 professional?
        Regex untuk validate format IC Malaysia dalam borang kerja: ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ — cukup ke?
        Singapore NRIC regex ^[STFGM][0-9]{7}[A-Z]$ 够不够 strict? 要不要加 checksum?
        我在 LinkedIn 看到 Satya Nadella 讲 growth mindset 的 post, can I quote it in my interview answer?
        job offer cakap probation 6 months, 但是 confirmation 之后 notice period 才 1 month, normal 吗?
    """),
    ("en", "job portal notices and system text"): _lines("""
        Dear {{candidate_first_name}}, thank you for applying for {{job_title}} (Req {{req_id}}). Our team will review your application within 10 working days.
        Application status update: Req JR-2026-04417 - Stage 3 of 5 (Technical Interview). Please do not reply to this e-mail.
        Your online assessment link expires on 15 Dec 2026 23:59 SGT. Assessment ID: HV-88213-QX. Estimated duration: 45 minutes.
        Ticket #CS-2026-118274: Unable to upload CV (PDF larger than 5 MB). Resolution: compress the file below 5 MB or upload DOCX instead.
        Job posting MCF-2026-0481923: Salary S$4,500-6,000 monthly | Full time | Tanjong Pagar | Closing 31 Dec 2026.
        {"event": "interview_scheduled", "candidate_id": "{{id}}", "slot": "2026-12-10T14:00:00+08:00", "room": "Zoom", "panel_size": 3}
        Reminder: bring your original NRIC or passport and certificates for verification on your first day. Do not send copies over WhatsApp.
        Offer letter template v3.2 - fields: <<FULL_NAME>>, <<ID_NUMBER>>, <<BASE_SALARY>>, <<START_DATE>>. Last updated 2026-11-02 by Talent Acquisition.
        Reference check form (blank): Referee name ______ / Relationship to candidate ______ / Contact no. ______ / Would you rehire? Y / N
        The interview will be held at Level 12, 1 Raffles Place, Singapore 048616. Please register at the visitor counter in the lobby.
        Recommended reading for interview prep: Cracking the Coding Interview, 6th ed., Gayle Laakmann McDowell, ISBN 978-0984782857.
        Job code HR-SEA-0047 | Grade M3 | Band S$7,200-9,800 | Approved headcount 2 | Cost centre 4410-SG
        To stop job alerts reply STOP or go to Settings > Notifications. Alert ID 77120934.
        Interview feedback rubric: Communication 1-5, Problem solving 1-5, Culture add 1-5; overall recommendation Strong Hire / Hire / No Hire.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar in my cover letter intro? 'My name is Darren Koh Wei Jie, I graduated from NTU in 2024 with a B.Eng in EEE and currently serving 1 month notice at ST Engineering because my contract not renewed.'
        Make this CV header look more modern pls: JASMINE TAN LI YING | +65 9735 2286 | jasmine.tly97@gmail.com | Blk 412 Tampines St 41 #08-227, Singapore 520412
        Fill in this application form for me in proper format: Name: ONG KAH WEE KELVIN / NRIC: S8835021I / DOB: 12-03-1988 / Race: Chinese / Highest qualification: Diploma in Mechanical Engineering (Ngee Ann Poly) / Last drawn salary: S$4,950
        I'm Amirah binti Zulkifli and I had treatment for thyroid cancer from Jan to Aug 2025, so there's a 7-month gap on my CV. How do I explain it without giving the diagnosis?
        Is this referee line ok? 'Mr Leonard Pereira, Operations Manager (my direct supervisor 2021-2025), mobile 012-738 4521, leonard.pereira68@gmail.com'
        Pasting my PIP so you can help me write a response: Employee: Farhan Iskandar | Dept: Finance Ops | Manager: Grace Lim | Issues: missed month-end close twice (Sep, Oct), 3 late arrivals in Oct | Review date: 15 Jan 2027
        HR wants my payroll details, is this format fine? Account name: Siti Hajar binti Mohd Nor / Maybank savings 1640 1385 2274 / IC 930312-03-5282
        my son Ethan Chua is 17 and wants a part-time job at Uniqlo Jurong Point over the Dec holidays. He has ADHD, should he mention it at the interview?
        Write me a LinkedIn About section. My profile is linkedin.com/in/bryan-lau-7a31b2140, 3 yrs as PM at Shopee, before that 2 yrs at Lazada in category management.
        Recruiter msg I got: 'Hi Marcus, confirming your interview Thu 14 Jan, 10am, Level 9 at our Raffles Place office. Pls bring your NRIC. If running late call me at 8164 0923 - Cheryl'. How do I reply professionally?
        Can you check my offer letter clauses? 'Dear Ms Chloe Fernandez, we are pleased to offer you the position of Senior UX Designer at a monthly base salary of RM11,500, commencing 1 February 2027, subject to a probation period of 6 months.'
        The hiring manager told me they called my ex-boss Daniel Yeoh Chee Keong at Maxis and he said I was let go for poor attendance. Is he even allowed to say that?
        I'm applying for an Employment Pass and the employer's HR keeps asking for my FIN F2307751P and passport number E83571946 again. Which documents do they actually need from me?
        Help me write a thank-you note to my referee Priya d/o Ramasamy, she was my lecturer at Temasek Poly and gave me a reference for the MOH Holdings staff nurse role.
    """),
    "zh-Hans": _lines("""
        帮我改一下简历抬头，要简洁一点：张雨桐｜女｜1996.03｜138 2641 7795｜zhangyt_0314@163.com｜现居广州天河
        入职登记表这样填对吗？姓名：王思涵 身份证号：310115199308274168 开户行：招商银行上海张江支行 工资卡号：6225 8826 1770 3225
        背调授权书里要填前直属领导的联系方式，我写的是：李建国（技术总监）159 1037 6628，可以吗？会不会泄露他的隐私
        我叫陈嘉怡，29岁，现在怀孕4个月，下周二去字节终面，要不要主动告诉面试官？
        帮我写一封离职邮件：我是刘俊杰，在平安科技做 Java 开发快 3 年了，现在月薪 2.6 万，下家给到 3.4 万，想体面地走。
        推荐信帮我润色一下：兹证明赵明轩同学（学号 2020311547）于 2020 年 9 月至 2024 年 6 月在我校计算机科学与技术专业学习，成绩优异，GPA 3.82/4.0。
        公司裁员让我签这个：员工孙一鸣，工号 TX08831，2021 年 7 月入职，经济补偿金合计 58,000 元，签字后视为双方无其他争议。我该不该签？
        帮我写一段加 HR 微信时的好友验证语，我叫林晓云，微信号 lxy_hz2000，应聘的是运营专员。
        把这段翻成英文放简历里：周晓雯，2019—2023 就读于南京大学商学院会计学专业，GPA 3.7，曾获国家奖学金。
        HR 说要先做入职体检，我是乙肝小三阳，名字何志强，身份证 320106198805196712，他们会不会因为这个不录用我？
    """),
    "zh-Hant": _lines("""
        幫我睇下個 CV header：陳嘉欣 Chan Ka Yan｜手提 9468 2731｜kayan.chan27@gmail.com｜九龍觀塘順利邨利康樓 1204 室
        人事部叫我填入職表，HKID 寫 Y305718(4)，出世紙英文名 WONG TSZ HIN，咁強積金表格使唔使再填多次？
        我是林怡君，身分證字號 A226548311，要在 104 上寫自傳，幫我寫 300 字左右，應徵行政助理。
        面試時主管說我先生張家豪也在他們公司研發部上班，這樣會不會影響我被錄取？
        離職證明書幫我檢查格式：茲證明 蔡宗翰 先生自 2023 年 3 月 1 日起至 2026 年 10 月 31 日止任職本公司業務專員，離職時月薪新臺幣 42,000 元。
        我老公梁志偉上個月喺銀行被裁，而家睇緊精神科，醫生話係抑鬱，點樣幫佢改份 CV 先唔會咁灰？
        履歷推薦人這樣寫可以嗎：黃美玲 老師（大學專題指導教授），手機 0912-483-605
        新公司要我填出糧戶口：戶口名 LAU WING SZE，滙豐 004-512-347890-833，咁樣寫啱唔啱？
    """),
    "ms": _lines("""
        Tolong semak resume saya: Muhammad Hafiz bin Rosli | 019-331 4470 | hafizrosli.work@gmail.com | No. 14, Jalan Mawar 3, Taman Sri Mawar, 81300 Skudai, Johor
        Saya Nurul Aina binti Azmi, IC 990802-14-6288, nak isi borang SPA9 untuk jawatan Penolong Pegawai Tadbir, bahagian pengalaman kerja tu nak tulis macam mana?
        Bos lama saya En. Kamarul bin Hashim tak nak keluarkan surat pengesahan kerja sebab saya berhenti tanpa notis bulan lepas. Apa yang saya boleh buat?
        Anak saudara saya Arjun a/l Suresh, 22 tahun, baru habis diploma di Politeknik Ungku Omar, nak mohon kerja juruteknik di Petronas. Tolong tulis surat iringan untuk dia.
        Surat tawaran yang saya dapat: 'Kepada Cik Deepa a/p Muniandy, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Jawatan: Eksekutif Akaun, Gaji: RM3,600.' Gaji ni ikut pasaran ke?
        Saya Mohd Faizal bin Abdullah, diberhentikan kerja sebab slip disc dan tak boleh angkat barang berat lagi, boleh tuntut PERKESO tak?
        Majikan baru minta butiran ni untuk gaji: Nama: Lim Mei Ling, No. KP: 980630-13-5946, Akaun CIMB 7062 3815 92. Selamat ke hantar melalui emel?
        Tolong tulis mesej pendek untuk hantar pada recruiter, letak Telegram saya @hafizul_ds99 dan emel hafizul.ds99@gmail.com, saya cari kerja data analyst.
        Kawan saya Aisyah binti Rahman kena tolak masa temuduga kabin krew MAS sebab tinggi dia 152 cm je, betul ke ada syarat tinggi?
    """),
    "mixed": _lines("""
        my mum 李秀英 58 years old lah, kena retrench from the factory, she want apply cleaner job at NTUC FairPrice, can put her hp 9058 3317 on the form or use mine?
        bro tolong check my CV: Tan Wei Ming, 016-552 8073, ex-Intel Penang 5 years test engineer, nak apply Micron Batu Kawan, expect RM7k ok ke?
        HR 要我 send 護照 copy 去 WhatsApp, passport no. K09342817, name CHEUNG HO YIN, 咁樣 safe 唔 safe？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write a cover letter for a Business Analyst role at OCBC?"),
        (
            "assistant",
            "Sure! To personalise it, tell me your name, contact details, your current role and 2-3 achievements you're proud of.",
        ),
        (
            "user",
            "Rachel Goh Hui Min, 9822 6174, rachelgoh.hm@outlook.com. Currently ops executive at a logistics firm, automated the daily shipment reports in Power BI and cut manual work by 12 hrs a week.",
        ),
        (
            "assistant",
            "Here's a draft. Rachel Goh Hui Min | 9822 6174 | rachelgoh.hm@outlook.com / Dear Hiring Manager, I am excited to apply for the Business Analyst position at OCBC. In my current role as an operations executive, I automated daily shipment reporting in Power BI, saving the team 12 hours a week...",
        ),
    ],
    [
        (
            "system",
            "You are CareerPilot, a job-search coach. Saved user profile: Name: Nicholas Teo Jun Hao; NRIC: T0148267F; Mobile: +65 8827 1904; Status: retrenched Aug 2026 from a fintech startup; Target: SIA cadet pilot programme.",
        ),
        ("user", "ok help me prep for the cadet pilot interview next week"),
        (
            "assistant",
            "Great, Nicholas. Since you were retrenched in August, expect a question on it: frame it as a company-wide restructuring and move quickly to what you did next.",
        ),
        (
            "user",
            "also should I declare my mild astigmatism on the medical form or wait for the eye test",
        ),
    ],
    [
        ("user", "帮我填一下入职登记表，我把信息发你，你帮我排成表格"),
        ("assistant", "好的，请提供姓名、身份证号、联系方式、紧急联系人和工资卡信息。"),
        (
            "user",
            "姓名 马晓婷，身份证 510107199709111842，电话 186 2153 0947，紧急联系人 我妈 邓丽华 139 8072 4416，工资卡 工行 6212 2634 6622 8306",
        ),
        (
            "assistant",
            "整理如下：｜姓名｜马晓婷｜ ｜身份证号｜510107199709111842｜ ｜手机｜186 2153 0947｜ ｜紧急联系人｜邓丽华（母亲）139 8072 4416｜ ｜工资卡｜中国工商银行 6212 2634 6622 8306｜。提醒：银行卡号最好只通过公司 HR 系统提交。",
        ),
    ],
    [
        ("user", "下家 offer 给的是 28k×13，我现在 24k×14，想谈到 32k，帮我写个邮件给 HR"),
        ("assistant", "可以。邮件落款需要你的名字和联系方式，方便告诉我吗？"),
        ("user", "徐子豪，电话 137 1864 2590"),
        (
            "assistant",
            "您好，非常感谢贵司的认可。综合考虑我目前 24k×14 的薪资结构和岗位职责，希望月薪能调整到 32k，期待进一步沟通。徐子豪 137 1864 2590",
        ),
    ],
    [
        ("user", "新公司 HR 要我交入職文件，佢哋話要 HKID 副本同住址證明，咁樣安全嗎？"),
        (
            "assistant",
            "一般僱主需要核實身份同埋開強積金戶口，但你可以喺副本上註明「只供入職用途」。",
        ),
        (
            "user",
            "好，我封 email 咁寫得唔得：『附件為本人 李嘉慧 之身份證副本（R617204(A)）及住址證明（新界沙田禾輋邨豐和樓 1518 室），只供入職用途。』",
        ),
        ("assistant", "寫得清楚。可以再加一句「請於核實後銷毀副本」，咁就更穩陣。"),
    ],
    [
        ("user", "我上個月被資遣，公司說會幫我開非自願離職證明，要去哪裡申請失業給付？"),
        (
            "assistant",
            "可以到勞動部勞動力發展署各地就業中心辦理求職登記，帶非自願離職證明、身分證和存摺，14 天內沒有推介成功就能申請。",
        ),
        (
            "user",
            "好，我叫許雅婷，身分證 B277309154，原本在台中一家面板廠做品保，月投保薪資 36,300，這樣大概可以領多少？",
        ),
        (
            "assistant",
            "失業給付按離職前 6 個月平均月投保薪資的 60% 計算，36,300 × 60% 約 21,780 元一個月，最長 6 個月。",
        ),
    ],
    [
        ("user", "Boleh tolong buat resume dalam BM untuk jawatan kerani?"),
        (
            "assistant",
            "Boleh. Sila beri nama penuh, nombor telefon, alamat, kelayakan akademik dan pengalaman kerja.",
        ),
        (
            "user",
            "Nama Nur Syafiqah binti Kamal, 011-2874 3319, alamat Lot 2281, Kampung Sungai Ramal Luar, 43000 Kajang, SPM 2019 (5A), pernah kerja kedai runcit 2 tahun",
        ),
        (
            "assistant",
            "Ini draf: NUR SYAFIQAH BINTI KAMAL | 011-2874 3319 | Lot 2281, Kampung Sungai Ramal Luar, 43000 Kajang, Selangor / Objektif: Mencari jawatan kerani... / Pendidikan: SPM 2019, 5A",
        ),
    ],
    [
        ("user", "Saya baru dapat emel penolakan dari Bank Negara, rasa down sangat"),
        (
            "assistant",
            "Memang biasa rasa kecewa. Nak saya bantu tulis balasan ringkas untuk minta maklum balas?",
        ),
        (
            "user",
            "Ya. Lagi satu, saya Zulaikha binti Harun, saya ada epilepsi dan saya rasa mereka tolak sebab saya isytihar dalam borang kesihatan. Boleh ke saya tanya terus?",
        ),
        (
            "assistant",
            "Boleh, tapi tanya secara umum dulu, contohnya minta maklum balas tentang bahagian mana yang kurang kuat, tanpa menuduh.",
        ),
    ],
    [
        (
            "user",
            "eh I got part-time job at a tuition centre, the boss ask my bank acc to bank in first month pay",
        ),
        (
            "assistant",
            "Nice! Just give the account name, bank and number. Never share your online banking password or TAC.",
        ),
        ("user", "ok so I send him this: Public Bank 3182754019, nama Kavitha a/p Rajan, ok ke?"),
    ],
    [
        ("user", "The bank wants 2 referees with contact info. Can you format this nicely?"),
        (
            "assistant",
            "Sure, send me their names, titles, how they know you and their contact details.",
        ),
        (
            "user",
            "1) Mr Lim Boon Huat, my ex-manager at Courts, 9176 5520, boonhuat.lim@gmail.com 2) Mdm Rosnah binti Ismail, my poly lecturer, 8260 3147",
        ),
        (
            "assistant",
            "Referees: 1. Mr Lim Boon Huat, Former Manager, Courts (Singapore) | 9176 5520 | boonhuat.lim@gmail.com / 2. Mdm Rosnah binti Ismail, Lecturer | 8260 3147",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for the HR team of a mid-size logistics company. Be concise.",
        ),
        (
            "user",
            "Draft a rejection email for candidate Vikram s/o Balakrishnan. He failed the background check, his previous employer says he was dismissed for falsifying overtime claims.",
        ),
        (
            "assistant",
            "Dear Vikram, thank you for your interest in the Warehouse Supervisor role. After careful consideration we will not be proceeding with your application. We wish you the best in your search.",
        ),
        ("user", "also log it: candidate NRIC S9712345D, reason code BGC-FAIL-03"),
    ],
    [
        ("user", "我叫郑凯文，新公司的背调公司打电话给我前同事了，我有点担心"),
        ("assistant", "背调一般只核实任职时间和职位。你具体担心哪方面？"),
        (
            "user",
            "接电话的是吴佳琪，她跟我关系一直不好，她知道我去年因为焦虑症休了两个月病假，会不会跟背调公司说？",
        ),
        (
            "assistant",
            "病假原因属于个人健康信息，正规背调不应该问。你可以先跟 HR 确认背调的范围。",
        ),
    ],
    [
        (
            "user",
            "I'm moving from Shanghai to Singapore for a new job. The employer is applying for my Employment Pass.",
        ),
        (
            "assistant",
            "Congrats! The employer submits the application; you usually provide your passport particulars page and education certificates.",
        ),
        (
            "user",
            "My passport is EA4827163, name ZHOU YIFAN, DOB 14 Nov 1995. I still have an old FIN G5104872K from my student pass days at NUS, will that be reused?",
        ),
        (
            "assistant",
            "Usually yes: the same FIN (G5104872K) stays with you for later passes, but ask the employer to check it against passport EA4827163 when they submit.",
        ),
    ],
    [
        ("user", "想轉行做社工助理，幫我改下份 CV"),
        ("assistant", "冇問題，可以直接貼份 CV 上嚟。"),
        (
            "user",
            "何詠詩 Ho Wing Sze｜5306 8814｜新界元朗天水圍天恩邨恩澤樓 2207 室｜2019 年畢業於香港都會大學，之前喺保險公司做客戶服務 4 年",
        ),
        (
            "assistant",
            "建議將客戶服務經驗改寫成同社工相關嘅技能，例如處理情緒激動嘅客戶、跟進個案同記錄。",
        ),
    ],
    [
        (
            "user",
            "my daughter is applying for her first internship, can you help with her cover letter?",
        ),
        ("assistant", "Of course. What's the internship, and what's her background?"),
        (
            "user",
            "Her name is Chloe Ng Xin Yi, Year 2 at SMU Lee Kong Chian School of Business, applying for a summer internship at a family office. She's quite shy and her GPA is 3.41.",
        ),
        (
            "assistant",
            "Here's a draft for Chloe: Dear Hiring Team, I am Chloe Ng Xin Yi, a second-year student at the Lee Kong Chian School of Business, SMU...",
        ),
    ],
    [
        ("user", "Saya dipanggil temuduga SPA untuk Pembantu Tadbir minggu depan di Putrajaya."),
        ("assistant", "Tahniah! Nak saya bantu sediakan jawapan untuk soalan lazim?"),
        (
            "user",
            "Ya. Sebelum tu tolong semak perenggan pengenalan diri ni: 'Nama saya Ahmad Danial bin Roslan, berumur 27 tahun, berasal dari Kuala Terengganu, no telefon 013-904 2217, pernah bekerja sebagai pembantu kedai farmasi.'",
        ),
        (
            "assistant",
            "Perenggan ni dah jelas. Cadangan: buang nombor telefon semasa temuduga lisan, dan tambah satu ayat tentang kemahiran anda melayan pelanggan di farmasi.",
        ),
    ],
    [
        (
            "user",
            "hi, can help me write an email to my manager asking for MC days for hospital during my notice period?",
        ),
        ("assistant", "Sure. How many days, and what details do you want to include?"),
        (
            "user",
            "I'm Vivian Soh, my last day at the firm is 18 Dec. 医生说我是子宫内膜异位症, need surgery at KTPH on 11 Dec, so need 5 days MC",
        ),
        (
            "assistant",
            "Here's a draft: Hi [Manager's name], I've been scheduled for a procedure at Khoo Teck Puat Hospital on 11 Dec and will be on medical leave for 5 days. I'll make sure my handover is completed before then. Regards, Vivian Soh",
        ),
    ],
]
