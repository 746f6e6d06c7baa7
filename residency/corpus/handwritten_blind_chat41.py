# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat41: job-hunting help chats (CVs, cover letters, interviews, references, salary negotiation, work passes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat41
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "career coach chat"): _lines("""
        For a fresh grad CV, keep it to one page: education, internships, CCAs, skills. Only put your GPA if it's 3.5 or above.
        Quantify your bullet points — "Reduced month-end closing from 8 to 5 working days" reads much stronger than "helped with closing".
        You don't need your NRIC, date of birth, race, religion or a photo on a Singapore CV; the TAFEP guidelines discourage employers from asking for them at the application stage.
        how long should a cover letter be?? the JD says "optional" lol
        Aim for 250–350 words: one paragraph on why this company, one on two or three achievements that match the JD, and a short close asking for an interview.
        When they ask for your expected salary, give a range anchored on market data (MyCareersFuture postings, recruiter salary guides) rather than on your last drawn pay.
        Use the STAR method — Situation, Task, Action, Result — and keep each answer under two minutes.
        is it still ok to write "references available upon request" at the bottom or is that outdated
        It's outdated; recruiters assume it. Keep a separate sheet with two or three referees, check with each of them first, and only send it when asked.
        Negotiation tip: ask about the total package — AWS/13th month, variable bonus, CPF or MPF contributions, medical coverage, leave days — not just the base.
        "Probation 6 months, notice 1 month during probation and 2 months after confirmation" is pretty standard for SG and MY offer letters.
        Sorry, I can't recommend a particular recruiter, but you can check whether an agency is licensed in MOM's Employment Agency directory before paying anything.
        ATS tip: save as .docx or a text-based PDF, avoid tables and text boxes, and stick to standard headings like "Work Experience" and "Education".
        thx!! last qn — is it weird to send a thank-you email the same evening after the interview?
    """),
    ("en", "work pass procedures"): _lines("""
        From 1 January 2025, new Employment Pass applicants must earn at least S$5,600 a month (S$6,200 in financial services), with the bar rising with age up to the mid-40s.
        COMPASS: an EP application needs at least 40 points across the four foundational criteria — salary, qualifications, diversity and support for local employment — plus any bonus criteria.
        EP applications are submitted by the employer or an appointed employment agent through the EP eService, not by the candidate.
        To collect your pass card, make an appointment at the MOM Services Centre, 1500 Bendemeer Road, Singapore 339946.
        S Pass qualifying salary for new applications from 1 September 2025: S$3,300 (S$3,800 in financial services).
        Dependant's Pass holders who want to work need their own EP, S Pass or Work Permit; the Letter of Consent route for DP holders ended on 1 May 2021.
        Hong Kong IANG: non-local graduates of full-time locally-accredited degree programmes may stay for 24 months on first application without needing a job offer.
        TTPS Category A: annual income of HK$2.5 million or more in the year immediately before the application.
        Visa applications can be lodged online or sent by post to the Immigration Headquarters, 61 Po Yap Road, Tseung Kwan O, New Territories.
        China's Foreigner's Work Permit has three tiers — A (high-end talent), B (professionals), C (others); after entry on a Z visa, apply for the residence permit within 30 days.
        Malaysia: Employment Pass applications are filed by the employer through the ESD portal of MYXpats Centre, and the category depends on the basic monthly salary in the contract.
        After the employer cancels a work pass, MOM may issue a Short-Term Visit Pass so the foreign employee can settle their affairs before leaving Singapore.
        Checklist for an EP renewal: passport valid for at least 7 months, latest payslips, updated company details, and the renewal fee of S$225 per pass.
    """),
    ("en", "job ads and recruiter posts"): _lines("""
        We're hiring! Senior Data Engineer (hybrid, Raffles Place) — S$9,000–12,500/month + AWS + VB. Req ID DE-2025-0417. Apply via our careers portal only.
        Tan Tock Seng Hospital is recruiting Staff Nurses (ICU/ED). Walk-in interview Sat 13 Dec, 9am–1pm, at the Ng Teng Fong Centre for Healthcare Innovation.
        Queen Mary Hospital — Registered Nurse (General) vacancies; ref. HA/QMH/RN-2025-118; closing date 19.12.2025.
        Job Fair @ Sunway Pyramid Convention Centre, 6–7 Dec, 10am–5pm. 60+ employers incl. banks, airlines and GLCs. Free entry, bring 10 copies of your resume.
        Recruitment hotline 6225 3388 (Mon–Fri 9am–6pm) is for applicants quoting a job reference number; we don't accept walk-ins.
        Posted by the Shopee Talent team: Product Manager (Payments), 3–5 yrs, ref SH-PM-4471. No agencies please.
        Urgently hiring: Accounts Executive, Petaling Jaya, RM4,200–5,000, EPF/SOCSO, 5-day week. Send resume to careers@mutiaraglobal-logistics.com.my
        Chia Tai Seng Engineering Pte Ltd (UEN 199801234K) — Project Engineer (M&E), 5-day week, transport provided from Boon Lay MRT.
        Li Ka Shing Faculty of Medicine, HKU — Postdoctoral Fellow (Immunology), ref. 535812, closing 31 Jan 2026.
        Lee Kong Chian Natural History Museum is looking for collection-management interns for Jan–May 2026.
        Beware: genuine recruiters will never ask you to pay a "processing fee" or share your Singpass OTP over WhatsApp.
        Apply by 12 Dec. Shortlisted candidates will be notified within 4 weeks; we regret only shortlisted candidates will be contacted.
    """),
    ("en", "public figures and fiction"): _lines("""
        In The Pursuit of Happyness, Chris Gardner takes an unpaid internship at Dean Witter and competes with the other trainees for a single job.
        Michael Scott's "World's Best Boss" mug is a prop from The Office, not a reference letter.
        Elle Woods sends a pink, scented résumé in Legally Blonde — a fun scene, not a template.
        Jack Ma often tells the story that when KFC came to Hangzhou, 24 people applied and he was the only one rejected.
        Steve Jobs's handwritten 1973 job application, full of blanks and misspellings, sold at auction in 2021 for over US$200,000.
        Lee Kuan Yew School of Public Policy — MPP admissions webinar, 11 Dec, 8pm SGT. Register on the school website.
        Satya Nadella has described being asked in his Microsoft interview what he would do if he saw a baby lying in the street.
        Sundar Pichai joined Google in 2004 to work on the Toolbar, a favourite "start small" example in career talks.
        At the 2022 Committee of Supply debate, Manpower Minister Tan See Leng set out the COMPASS framework for Employment Pass applications.
        The Bill & Melinda Gates Foundation lists jobs on its own careers page; offers arriving via Telegram "recruiters" are scams.
        Sherlock Holmes lists "Consulting Detective" as his occupation — the original self-invented job title.
    """),
    ("zh-Hans", "求职指南"): _lines("""
        简历建议控制在一页，按“教育背景—实习经历—项目经历—技能证书”的顺序写，时间倒序排列。
        自我评价别写“性格开朗、吃苦耐劳”这种空话，换成能量化的成果，比如“负责的小程序上线3个月DAU破2万”。
        简历模板：姓名：【XXX】｜电话：【138xxxxxxxx】｜邮箱：【xxx@xx.com】｜求职意向：【岗位名称】｜期望城市：【城市】
        群面（无领导小组讨论）常见角色有leader、timer、recorder，不一定要抢leader，有效发言更重要。
        HR问期望薪资时，可以先问岗位的薪资范围，再给一个区间，比如“25-28k，具体看总包”。
        “总包”一般包括月薪×月数（如15薪）、年终奖、股票/期权、签字费，公积金缴纳比例也要问清楚。
        背调一般会联系前直属上级和HR，提前跟证明人打好招呼，别临时才给联系方式。
        劳动合同法规定试用期最长不超过六个月，试用期工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十。
        全国人社政务服务热线12333可以咨询社保转移、劳动合同、工资拖欠等问题。
        外国人来华工作许可：在外国人来华工作管理服务系统在线申请，需提交学历证明、无犯罪记录证明、体检报告和劳动合同。
        面试前一晚建议复盘项目：我做了什么、为什么这么做、结果如何、如果重来会怎么改。
        【某某招聘】您投递的职位“后端开发工程师-北京”已进入面试阶段，流水号 HRZP20251204-008812，请勿回复本短信。
        《杜拉拉升职记》里杜拉拉从DB公司的销售助理一路做到HR经理，很多人把它当成职场入门书。
        李宁体育用品有限公司2026届校园招聘启动，网申截止12月20日，宣讲会地点：逸夫楼报告厅。
    """),
    ("zh-Hant", "港台求職"): _lines("""
        求職信開頭唔好寫「To whom it may concern」，盡量搵到 hiring manager 個名，搵唔到就寫「Dear Hiring Manager」。
        香港履歷一般唔使寫身份證號碼同出生日期，私隱條例要求僱主收集嘅資料「足夠但不超乎適度」。
        強積金：僱主同僱員各供款有關入息嘅5%，有關入息上限每月$30,000，即每月最高供款$1,500。
        面試常見問題「點解想轉工？」要答得正面，講發展同學習，千祈唔好講前公司壞話。
        104人力銀行的履歷建議附上自傳，大約500到800字，寫求學經歷、工作成就與職涯規劃。
        勞動部1955專線可以諮詢薪資、加班費、資遣費等勞動權益問題，24小時免付費。
        邵逸夫堂今日下午有 Career Fair，四大會計師行同埋幾間銀行都會擺攤，記得帶定 CV。
        匯豐 2026 Graduate Programme 截止日期：12月15日 23:59（HKT），申請編號格式為 HSBC-GP-XXXXXXX。
        法定最低工資由2025年5月1日起調整至每小時42.1元。
        入境事務處一般查詢熱線 2824 6111，「高端人才通行證計劃」申請可經網上遞交。
        孫中山紀念館招聘兼職導賞員，需操流利粵語及普通話，有意者請於官網下載申請表。
        薪資談判小技巧：先問清楚年終、三節獎金同勞健保，再決定要唔要開口加價。
    """),
    ("ms", "panduan kerjaya"): _lines("""
        Tips resume: letak nama, nombor telefon dan e-mel di bahagian atas; tak perlu letak nombor IC atau gambar kecuali majikan minta.
        Gaji minimum RM1,700 sebulan berkuat kuasa 1 Februari 2025 bagi majikan yang mempunyai lima pekerja atau lebih.
        Daftar di MYFutureJobs untuk akses jawatan kosong dan program bantuan PERKESO untuk pencari kerja.
        Talian PERKESO 1-300-22-8000 untuk pertanyaan tentang Sistem Insurans Pekerjaan (SIP).
        Semasa temuduga, jawab "Ceritakan tentang diri anda" dalam 1–2 minit: pendidikan, pengalaman, dan kenapa berminat dengan jawatan ini.
        Contoh surat permohonan: "Saya ingin memohon jawatan [Nama Jawatan] seperti yang diiklankan di [Laman Web] bertarikh [Tarikh]."
        Karnival kerjaya di Dewan Tunku Canselor, Universiti Malaya, 9–10 Disember, 9 pagi hingga 4 petang.
        Hospital Sultanah Aminah Johor Bahru membuka pengambilan jururawat secara kontrak; semak iklan rasmi di portal SPA.
        Caruman KWSP pekerja biasanya 11%, manakala majikan 12% atau 13% bergantung kepada gaji bulanan.
        Bila nego gaji, cakap "expected salary saya RM5,500–6,000, negotiable" — jangan bagi satu angka tetap.
        Pas Penggajian dipohon oleh majikan melalui portal ESD, bukan oleh calon pekerja sendiri.
        Jangan bayar sesiapa yang janji kerja di luar negara dengan gaji tinggi tanpa temuduga — laporkan kepada polis atau Jabatan Tenaga Kerja.
    """),
    ("mixed", "ATS logs and templates"): _lines("""
        [2025-12-04T09:41:07+08:00] INFO ats.pipeline: requisition=REQ-24187 stage=phone_screen moved=37 rejected=112 duration_ms=842
        resume_parser v2.8.1 — fixed bug where "Work Experience" headings inside tables were skipped (#1932)
        sha256(cv_template_en_v4.docx) = 65bb4f83a3dcdc64d197ccd437fc30da1d4f9680c7bfe96d3174f82c7d382306
        {"candidate": {"name": "{{full_name}}", "email": "{{email}}", "phone": "{{phone}}"}, "status": "shortlisted"}
        Dear {{first_name}}, thank you for your interest in the {{job_title}} role at {{company}}. Unfortunately we will not be moving forward at this time.
        \\cventry{2021--2024}{Software Engineer}{Company Name}{City}{}{Built X, cut latency by Y\\%}
        Offer letter template v3.2: "Your monthly gross salary will be SGD [____], payable on the last working day of each month."
        Recruiter reminder: delete unsuccessful candidates' CVs after 6 months unless they consented to the talent pool, and never paste CVs into public AI tools.
        PDPA checklist: get consent before contacting referees; display NRIC only as the last 3 digits and letter (e.g. *****567D) in any screen.
        Ticket INC0048213: "Upload Resume" button greyed out on Safari 17.4 — workaround: use Chrome or Edge.
        Interview slot confirmed: 2025-12-09 14:30–15:15 SGT, Teams meeting ID 438 902 115 776, passcode Xq7Lm2
        Export 20251203_candidates.csv: 1,284 rows; columns = [candidate_id, stage, source, applied_at]; PII columns dropped per retention policy RP-07.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you proofread my CV header? Tan Wei Ling | +65 9123 4578 | weiling.tan.92@gmail.com | Blk 412 Bedok North Ave 2 #08-115, S460412
        Referee 2: Mr Rajesh s/o Muthusamy, my ex-supervisor at the Tuas plant, HP 8234 5671 — he said ok to call him after 6pm
        I'm on a Dependant's Pass, FIN G5813206W, and my husband's EP expires 28 Feb — can my new employer apply an S Pass for me before that?
        Help me write a cover letter. About me: Arjun Menon, 29, Indian passport Z4819273, based in Bangalore, 6 yrs SAP FICO, last drawn INR 28 LPA, targeting an EP in SG
        Should I tell them? I was diagnosed with ADHD last year and take Ritalin daily. Name on the application is Chloe Ng Hui Min, final interview at the bank on Tues.
        Background check flagged my cousin Darren Lim Jun Hao — he had a 2021 shoplifting conviction in the State Courts (fined $1,500). Will the bank still hire him?
        Salary neg help: I'm Priya Raman, currently S$7,200 basic at a ride-hailing co, the new offer is S$8,400 + 2 mths AWS, should I counter at 9.5k?
        my NRIC S9034127H keeps getting rejected on the job portal login, says mismatch with Singpass, anyone know why
        HR note: new joiner Kavitha d/o Subramaniam (DOB 14/03/1994) is 7 months pregnant and starts 2 Jan — please arrange maternity cover from March.
        Pls courier the offer letter to Mr Lau Chee Keong, 27 Jalan Kuras 3, Taman Sri Tebrau, 80050 Johor Bahru — basic RM6,800, start 1 Feb.
    """),
    "zh-Hans": _lines("""
        帮我改下简历抬头：付晓东｜男｜1996.08｜13816624370｜fuxd_dev@163.com｜上海市闵行区七莘路3599弄12号402
        背调表：证明人 孙丽华（原直属领导，现在美团做高级产品总监），手机 139 2017 5846，与本人关系：上下级
        入职材料：身份证号 440304199608174522，工资卡 招商银行 6225 8812 3456 7898，开户人 黄嘉怡
        我老婆周敏在苏州一家外企做财务，税后16800，怀孕5个月了，公司现在逼她主动离职，能去仲裁吗？
        HR您好，我是昨天下午面试的陈宇彤，微信号 chen_yutong97，面试结果方便的话直接发我微信就行。
        我同事王子健之前因为挪用备用金被上家公司起诉过，案号（2023）沪0115民初48821号，他现在投我们组，我要不要跟HR说？
        offer确认：钱雨桐，base 32k×15，签字费5万，入职日期2026-01-05，身份证320582199302140066
        我有乙肝小三阳，入职体检会查吗？我叫郑凯文，下周一去公司指定的体检中心
        推荐信落款：推荐人 刘建国，华中科技大学机械学院副教授，个人邮箱 liujg1971@qq.com，手机 186 7241 3390
        我叫唐晓雯，身份证尾号2318，成都人，95年的，上份工作在大厂被裁拿了N+1六万多，现在面试要不要说自己是被裁的？
    """),
    "zh-Hant": _lines("""
        幫我睇下份CV：陳嘉欣 Kayla Chan，電話 9471 2836，住將軍澳寶琳邨寶勤樓1208室，想搵 HR assistant 工
        申請IANG續期，我身份證 K482913(1)，護照 EK4829173，學生簽證下個月到期，點算好？
        推薦人：李志偉先生（前上司），WhatsApp 6138 2290，佢話星期三之後先得閒聽電話
        我阿哥林志豪2019年喺九龍城裁判法院醉駕定罪，而家想見機場地勤，會唔會過唔到背景審查？
        我叫林雅婷，身分證 A223418763，LINE ID: yating0812，想請你幫我寫投104的自傳
        我老公黃浩然喺地盤做咗十年，上個月腰椎間盤突出做完手術，仲可唔可以見工做倉務？
    """),
    "ms": _lines("""
        Tolong semak resume saya: Nur Syafiqah binti Rosli, 012-774 3918, syafiqah.rosli@yahoo.com, No. 14, Jalan Mawar 3/2, Taman Mawar, 43000 Kajang
        No. IC saya 970412-10-5523, nak mohon jawatan kerajaan melalui SPA tapi sistem kata IC dah didaftarkan.
        Abang saya Mohd Faizal bin Hashim baru keluar penjara bulan lepas (kes dadah), ada syarikat ke yang terima bekas banduan?
        Gaji akhir saya RM4,850 di kilang sarung tangan Klang, nama Siti Aminah binti Yusof — boleh ke saya minta RM5,800 untuk jawatan QA Executive?
        Rujukan: Encik Ganesh a/l Rajandran, bekas penyelia saya di Bayan Lepas, tel 016-482 7730.
    """),
    "mixed": _lines("""
        hi can u help my cv, name Lim Jia Hui 林佳慧, IC 010923-14-0882, phone 017-336 5142, fresh grad from UTAR accounting
        My mom 王美玲 needs a reference letter for her caregiver job in Singapore, her passport is EJ3318206 and she was born 1968-04-11
        Private-hire driver application: Muhammad Haziq bin Rahmat, NRIC T0218564J, vehicle SKL 4821 C, vocational licence pending
        HR pls note: 彭志远 (staff ID 20871) resigned due to major depression, last day 31 Dec, don't mention the reason in his reference letter
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi can you review my CV? applying for marketing exec roles in SG"),
        ("assistant", "Sure! Paste the text and tell me which roles you're targeting."),
        (
            "user",
            "Ong Mei Xuan\nmeixuan.ong@outlook.com | 8765 2093\nBlk 655B Jurong West St 61 #12-344 S642655\nNUS BBA (Marketing) 2023, 2nd Upper",
        ),
        (
            "assistant",
            "Nice start. You can drop the full address — 'Singapore' is enough. Lead with a two-line summary and your strongest campaign result.",
        ),
    ],
    [
        ("system", "You are a helpful career coach. Keep answers concise."),
        ("user", "Write a cover letter for a Data Analyst role at an airport operator"),
        (
            "assistant",
            "Dear Hiring Manager,\n\nI am writing to apply for the Data Analyst position advertised on [Job Portal]. In my [X] years at [Company], I ...\n\nYours sincerely,\n[Your Name]",
        ),
        (
            "user",
            "use my details pls: Hafiz Rahman, at NTUC Income since 2021, drawing $5,100, notice 1 month, email hafizr.work@gmail.com",
        ),
    ],
    [
        ("user", "下周三面字节的运营岗，群面加单面，怎么准备"),
        (
            "assistant",
            "群面重点是结构化表达和推动讨论；单面准备好两三个能量化的项目案例，用STAR讲清楚。",
        ),
        ("user", "还有个问题，我现在怀孕三个月，要不要主动说"),
        (
            "assistant",
            "法律上用人单位不得以怀孕为由拒绝录用，你没有义务主动告知，入职后再按规定申请产检假即可。",
        ),
        ("user", "好的，我叫许佳琪，面试编号BD-2025-31877，到时候HR问起来我就说个人原因"),
    ],
    [
        ("user", "啲HR要兩個referee，我可唔可以俾前同事？"),
        ("assistant", "最好係前上司或者直屬主管，同事可以做第二個。記得事先問咗佢哋同意。"),
        ("user", "咁我填我前上司 Ms Wong Ka Yan，電話 9233 5817，而家喺保險公司做 Team Head"),
        ("assistant", "得，記得提一提佢你申請緊咩職位，等佢準備下。"),
    ],
    [
        ("user", "My EP got rejected, can I appeal?"),
        (
            "assistant",
            "Yes — the employer can submit an appeal through the EP eService within 3 months of the rejection, ideally with new information such as a higher salary.",
        ),
        ("user", "the letter says applicant: NGUYEN THI THANH HUONG, passport C8821045"),
        ("user", "also my current FIN is F3308"),
        ("user", "152U from my old S Pass, still valid till March"),
        (
            "assistant",
            "Thanks. Your employer should quote the original application number in the appeal.",
        ),
    ],
    [
        ("user", "Macam mana nak jawab soalan kelemahan masa temuduga?"),
        (
            "assistant",
            "Pilih kelemahan sebenar yang tak kritikal untuk jawatan itu, dan terangkan langkah yang anda ambil untuk memperbaikinya.",
        ),
        (
            "user",
            "ok terima kasih. satu lagi, borang permohonan minta no IC, saya isi 950630-07-6214 betul tak format?",
        ),
        ("assistant", "Ya, format YYMMDD-PB-###G itu betul."),
    ],
    [
        (
            "user",
            "I got an offer, 8.5k base. my current is 7k. how do I counter without sounding greedy",
        ),
        (
            "assistant",
            "Thank them, restate your interest, then anchor: 'Based on the scope and market rates, I was hoping for something closer to 9.5k.'",
        ),
        (
            "user",
            "ok. btw the offer letter is addressed to Mr Goh Kah Wai, 38 Lorong 27 Geylang #03-02 S388163 — is it normal they put my home address?",
        ),
        ("assistant", "Yes, that's normal for formal offer letters."),
    ],
    [
        ("system", "你是一个求职助手，请用中文回答。"),
        ("user", "背调会查到劳动仲裁记录吗"),
        (
            "assistant",
            "仲裁裁决一般不公开，但进入诉讼阶段的判决书可能在裁判文书网上检索到。",
        ),
        (
            "user",
            "我之前跟老东家打过官司，案号(2024)京0105民初22781号，原告就是我何晓峰，会不会影响下一家背调",
        ),
    ],
    [
        ("user", "applying for TTPS Category B, what documents do I need?"),
        (
            "assistant",
            "Passport copy, degree certificate from an eligible university, proof of at least 3 years' work experience in the past 5 years, and the application form ID990A.",
        ),
        (
            "user",
            "ok my HKID is Y275804(9) from when I studied at HKU, does that help? name on it is SHARMA, Rohan",
        ),
    ],
    [
        ("user", "入职要填工资卡信息，是不是一定要用公司指定的银行"),
        ("assistant", "大多数公司会指定代发银行，但也有公司接受任意一类借记卡，以HR通知为准。"),
        ("user", "那我就填这个：中国工商银行 6217 0004 1208 8359，开户行杭州西湖支行，户名 蒋若曦"),
    ],
    [
        ("user", "I need to write a reference letter for a former team member"),
        (
            "assistant",
            "Happy to help — what was their role, how long did you work together, and what are their strengths?",
        ),
        (
            "user",
            "Aisyah binti Kamarul, junior accountant 2022-2025, very meticulous. She left because of chemo for breast cancer, should I mention it?",
        ),
        (
            "assistant",
            "No — health information is sensitive and not relevant to her ability. Focus on her work.",
        ),
    ],
    [
        ("user", "幫我寫104自傳，我資工系畢業，想投後端工程師"),
        (
            "assistant",
            "可以，先說你的求學背景，再寫一兩個專題或實習成果，最後寫三到五年的職涯規劃。",
        ),
        ("user", "對了，人資說報到要附身分證影本，我字號是 F1280"),
        ("user", "94355，要不要寫進自傳裡？"),
        ("assistant", "不用，自傳不要放身分證字號，報到時另外繳交即可。"),
    ],
    [
        (
            "user",
            "Saya majikan, pekerja asing saya dari Bangladesh, permit tamat bulan depan. Macam mana nak renew?",
        ),
        (
            "assistant",
            "Pembaharuan PLKS dibuat melalui sistem FWCMS sebelum tarikh tamat, berserta laporan FOMEMA.",
        ),
        (
            "user",
            "Nama dia Md. Rasel Hossain, passport EF0482917, dia baru patah kaki kat tapak bina minggu lepas, boleh renew tak?",
        ),
    ],
    [
        (
            "system",
            "Candidate profile (internal): Jonathan Yeo Zhi Ming; DOB 02/11/1990; mobile +65 9684 3310; current CTC S$142k; target role VP Engineering.",
        ),
        ("user", "Give me 5 likely questions for a VP Eng panel interview."),
        (
            "assistant",
            "1. How have you scaled an engineering org? 2. Tell us about a failed project. 3. How do you set technical strategy? 4. How do you handle underperformers? 5. How do you work with Product?",
        ),
    ],
    [
        ("user", "我想去新加坡做厨师，中介说能办S Pass，要交3万中介费，正常吗"),
        (
            "assistant",
            "新加坡规定中介费每合同年不超过一个月工资，总额不超过两个月工资，3万明显偏高，建议先在人力部网站查中介是否持牌。",
        ),
        ("user", "他们让我先把护照 EK8820394 和身份证 510107199503096720 拍照发过去，说先占名额"),
        ("assistant", "先别发，证件照片可能被冒用，正规中介会在签约后才收集证件。"),
    ],
    [
        (
            "user",
            "Rewrite this LinkedIn msg to sound more professional: 'hey im Wei Jie, saw ur post abt the backend role, im on LTVP now waiting for PR, can u call me 9012 7764'",
        ),
        (
            "assistant",
            "Hi, I came across your post about the Backend Engineer role and would love to learn more. I'm based in Singapore and available for a call at your convenience.",
        ),
    ],
    [
        ("user", "我们公司有个员工叫韩东旭，入职体检查出来肺结核，HR能直接辞退吗"),
        (
            "assistant",
            "不能直接辞退。员工患病享有医疗期，应先安排治疗，医疗期满后仍不能从事原工作的，才可依法处理。",
        ),
    ],
    [
        ("user", "Got offer from a bank: 38k x 13, current 31k. 點 counter?"),
        (
            "assistant",
            "可以講你預期 42k 左右，理由係職責範圍同市場行情，再問下 bonus 同 MPF 自願供款。",
        ),
        (
            "user",
            "fyi 個 offer letter 寫住 'Ms Cheung Hoi Ting, Flat D, 15/F, Block 3, Laguna City, Kwun Tong', 佢哋話 start date 1 Feb",
        ),
    ],
    [
        ("system", "You summarise reference-check notes for the hiring team."),
        (
            "user",
            "Notes: spoke to referee Mdm Lee Siew Hoon (ex-manager at the clinic group) re: candidate Ahmad Firdaus bin Zainal. Reliable, but took 3 months MC in 2024 for depression. Rehire: yes.",
        ),
        (
            "assistant",
            "Summary: referee describes the candidate as reliable and would rehire. Health details should not be recorded in the hiring file.",
        ),
    ],
    [
        ("user", "换工作后社保怎么转"),
        (
            "assistant",
            "跨省转移可以在国家社会保险公共服务平台或掌上12333在线申请，一般不用本人回原籍。",
        ),
        (
            "user",
            "我现在在北京海淀交的，社保号就是身份证 110108198905232817，新公司在深圳，要我本人回去办吗",
        ),
    ],
    [
        ("user", "Syarikat baru minta slip gaji 3 bulan terakhir, normal ke?"),
        (
            "assistant",
            "Ya, biasa untuk sahkan gaji semasa. Anda boleh hitamkan maklumat yang tak berkaitan.",
        ),
        (
            "user",
            "Ok ni details slip: Nama: Tan Mei Ling, No. Pekerja 004512, Gaji pokok RM5,200, No. KWSP 18274503, akaun Maybank 1642 3310 8827",
        ),
    ],
    [
        ("user", "draft a follow-up email after my interview yesterday"),
        (
            "assistant",
            "Subject: Thank you — [Role] interview\n\nDear [Interviewer's Name],\n\nThank you for taking the time to meet me yesterday...\n\nBest regards,\n[Your Name]",
        ),
        ("user", "sign it as Marcus Teo, marcus.teo.hk@gmail.com, +852 5318 2046"),
    ],
    [
        ("user", "留学回国人员落户上海需要什么条件"),
        (
            "assistant",
            "主要看毕业院校排名、学历层次和在沪社保缴纳情况，世界排名前50的院校毕业生条件最宽松。",
        ),
        ("user", "我是诸葛佳怡，UCL硕士2024届，1999年3月出生"),
        ("user", "现在在浦东一家外企，月薪2.3万，社保按实际工资缴，够不够"),
    ],
    [
        ("user", "My helper failed her 6-monthly medical exam — what happens to her work permit?"),
        (
            "assistant",
            "If the result is a condition MOM lists (e.g. pregnancy or certain infectious diseases), the work permit will be revoked and she must be sent home.",
        ),
        (
            "user",
            "She's Sri Wahyuni, FIN G6042719X, the clinic says she's 8 weeks pregnant. She's begging me not to report",
        ),
    ],
    [
        ("user", "有個WhatsApp話請我做網上兼職，日薪$800，要我俾埋銀行戶口，係咪呃人？"),
        ("assistant", "好大機會係騙局，唔好俾任何個人資料或者戶口，可以打防騙易熱線18222查詢。"),
        ("user", "我已經俾咗身份證 P619037(9) 同中銀戶口 012-875-1-093321-4 佢喇，點算？"),
    ],
]
