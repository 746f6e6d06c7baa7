# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat26: job-application help chats (CVs, cover letters, references, salary talks). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat26
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "career advice"): _lines("""
        Keep your CV to two pages max; most recruiters give the first scan about 7 seconds.
        Use the STAR method (Situation, Task, Action, Result) for behavioural questions like "Tell me about a time you handled conflict".
        Don't put your NRIC number, date of birth, religion or marital status on a resume in Singapore; the Tripartite Guidelines on Fair Employment Practices discourage employers from asking for them.
        Quantify everything: "cut month-end close from 9 to 5 working days" beats "improved finance processes".
        If you took a break for caregiving or health, one line is enough: "Career break (2022-2023): family commitments." You don't owe anyone a diagnosis.
        Mirror the keywords in the job description in your top three bullets so the ATS doesn't filter you out before a human sees it.
        Negotiation rule of thumb: let them name a number first; if you must go first, anchor 10-20% above your target.
        A reference letter should be on company letterhead, signed, and say how long the referee supervised the candidate plus two or three concrete strengths.
        Skip the photo for UK and US applications; in Malaysia and mainland China a passport-sized photo is still pretty normal.
        Before you list a friend or ex-boss as a referee, ask their permission and send them the JD so they know what to emphasise.
        Name the file Firstname_Lastname_CV.pdf, not final_FINAL_v3 (2).pdf.
        Gaps shorter than six months rarely need any explanation at all.
        Send a short thank-you email within 24 hours of the interview; two or three sentences is plenty.
    """),
    ("en", "cv template"): _lines("""
        [Full Name] | [Mobile] | [Email] | [City, Country] | linkedin.com/in/[your-handle]
        Dear [Hiring Manager's Name], I am writing to apply for the [Job Title] position at [Company], as advertised on [Platform].
        EXPERIENCE: [Job Title], [Company Name], [City] | [MM/YYYY] - Present
        Mobile: +65 9XXX XXXX | Email: firstname.lastname@email.com
        Name: John Doe | Tel: 012-345 6789 | Email: johndoe@example.com | Address: 123, Jalan ABC, 50000 Kuala Lumpur
        Referees: Available upon request.
        Skills: Python · SQL · Power BI · Stakeholder management · Mandarin (native) · Bahasa Melayu (conversational)
        Reference letter template: "I have had the pleasure of supervising {candidate_name} as {role} at {company} from {start_date} to {end_date}."
        Date of Birth: DD/MM/YYYY   Nationality: ________   NRIC/Passport No.: ______________
        Expected salary: RM ______ (negotiable) | Notice period: ___ month(s) | Available from: __/__/____
        {"candidate_id": "<uuid>", "name": "<full name>", "phone": "+60XXXXXXXXX", "stage": "shortlisted", "schema": "ats-v2.4.1"}
        Yours sincerely, [Your Name]. Enclosures: CV_[YourName].pdf, Transcript.pdf, Portfolio link
    """),
    ("en", "public figures and employers"): _lines("""
        Satya Nadella joined Microsoft in 1992 and became its third CEO in February 2014, succeeding Steve Ballmer.
        Before founding Alibaba in 1999, Jack Ma taught English at the Hangzhou Institute of Electronic Engineering for roughly 100 yuan a month.
        Tony Fernandes bought a debt-laden AirAsia for RM1 in 2001, along with about RM40 million of its liabilities.
        Indra Nooyi was PepsiCo's CEO from 2006 to 2018; her memoir "My Life in Full" is a good read on career and family trade-offs.
        Tan Tock Seng Hospital is hiring Staff Nurses for its medical wards; apply via the NHG Careers portal, requisition NHG-2025-04718.
        Lee Kong Chian School of Business career services: Level 3, SMU, 50 Stamford Road; open Mon-Fri 9am-6pm.
        Sherlock Holmes would be a nightmare hire: no references, irregular hours, and a flat at 221B Baker Street shared with a doctor.
        Ho Ching was CEO of Temasek Holdings from 2004 to 2021, overseeing a portfolio that grew past S$300 billion.
        Sime Darby Property Graduate Programme 2026: 18-month rotation, open to fresh grads with CGPA 3.00 and above, closing 30 Nov.
        Walk-in enquiries about work passes go to the MOM Services Centre, 1500 Bendemeer Road, Singapore 339946, by appointment only.
        Raffles Institution alumni network hosts a career mentoring night every March at the Bishan campus.
        Elon Musk's first job in North America was cleaning the boiler room of a lumber mill in Vancouver for $18 an hour, or so the story goes.
    """),
    ("zh-Hans", "招聘与求职指南"): _lines("""
        简历一页为宜，HR平均只看6秒，最重要的信息放在左上角。
        【校招】华为技术有限公司2026届校园招聘 软件开发工程师 工作地点：深圳/东莞/杭州 投递截止：2025年10月31日
        请勿在简历中填写身份证号、银行卡号等敏感信息，入职时再按公司要求在HR系统中提交。
        简历模板：姓名：XXX｜电话：138XXXXXXXX｜邮箱：xxx@xxx.com｜求职意向：产品经理｜期望城市：上海
        人社部门12333热线可咨询劳动合同、社保缴纳、离职证明开具等问题。
        自我介绍建议控制在1-2分钟，按“我是谁—做过什么—为什么适合这个岗位”的顺序展开。
        逸夫楼三楼就业指导中心本周四下午举办“简历门诊”，地点：逸夫楼305，无需预约。
        订单号 ZL2025112800417：您购买的“简历置顶”服务（7天）已生效，实付金额 ¥68.00。
        离职证明模板：兹证明____同志，身份证号码：__________________，于____年__月__日至____年__月__日在我公司担任____职务。
        雷军在金山软件工作了16年，2007年卸任CEO后做天使投资，2010年创办小米。
        鲁迅1912年进入教育部任职，后任佥事，月薪三百银元，在当时算得上高薪。
        面试常见问题：你为什么离开上一家公司？你的职业规划是什么？你期望的薪资是多少？
        劳动合同法第十九条：劳动合同期限三个月以上不满一年的，试用期不得超过一个月。
    """),
    ("ms", "iklan jawatan dan nasihat"): _lines("""
        JAWATAN KOSONG: Pembantu Tadbir (Perkeranian/Operasi) Gred N19. Permohonan melalui portal SPA9 sebelum 15 Januari 2026.
        Gaji permulaan RM2,800 - RM3,500 sebulan bergantung kepada kelayakan. Faedah: KWSP, PERKESO, insurans berkelompok.
        Jangan letak nombor kad pengenalan penuh dalam resume; majikan cuma perlukan selepas tawaran dibuat.
        Untuk pertanyaan caruman dan faedah PERKESO, hubungi talian 1-300-22-8000.
        Temuduga terbuka jururawat di Hospital Sultanah Aminah, Johor Bahru, 12 Disember 2025, jam 9.00 pagi.
        Universiti Tunku Abdul Rahman (UTAR) anjur Karnival Kerjaya pada 20-21 Mac di Kampus Kampar, masuk percuma.
        Contoh pengenalan diri: "Nama saya [Nama Penuh], lulusan Ijazah Sarjana Muda [Bidang] dari [Universiti]."
        Tips temuduga: datang 15 minit awal, bawa salinan sijil yang disahkan dan dua salinan resume bercetak.
        Rujukan permohonan anda: JOB-MY-2025-118824. Status: Sedang diproses. Jangan balas e-mel ini.
        Tun Dr. Mahathir Mohamad pernah berkhidmat sebagai pegawai perubatan kerajaan sebelum membuka klinik sendiri di Alor Setar.
        Gaji minimum di seluruh Malaysia ialah RM1,700 sebulan, berkuat kuasa 1 Februari 2025.
        Surat tawaran perlu dibalas dalam tempoh 7 hari bekerja; tandatangan dan imbas semula ke hr@syarikat.com.my.
        Contoh surat letak jawatan: "Saya, [Nama Penuh], dengan ini memberi notis satu bulan berkuat kuasa [Tarikh]."
    """),
    ("mixed", "salary statistics"): _lines("""
        Median gross monthly income from work of full-time employed residents, Singapore, June 2024: S$5,500 (incl. employer CPF).
        Salary Guide 2025: Finance Manager (MY) RM12,000-18,000/month; (SG) S$9,000-13,000/month.
        2024年深圳软件工程师平均月薪 ¥23,450，同比上涨 3.2%（样本量 n=18,204）。
        Gaji median pekerja bergaji di Malaysia: RM2,745 sebulan (Laporan Survei Gaji & Upah).
        香港 2024年 月入中位數 HK$20,500；Analyst Programmer 起薪約 HK$22,000-28,000。
        Graduate Employment Survey: Computer Science median starting salary S$6,700/month, 92.4% employed within 6 months.
        Software Engineer (SG) percentiles: P25 5,800 | P50 7,500 | P75 10,200 | P90 13,900 (SGD/month, n=2,311)
        应届生期望薪资 vs 实际offer：期望 8,900 元，实际 7,400 元，差距 16.9%。
        Banking bonus structure: AWS (13th month) + variable bonus 1-4 months, usually paid in March after performance review.
        salary_band = {"L3": (6500, 8500), "L4": (8500, 11500), "L5": (11500, 15000)}  # SGD monthly, bands v2025.3
        台灣 2024 年大學畢業生平均起薪約 NT$34,000，碩士約 NT$38,000。
        Kenaikan gaji purata 2025 dijangka 5.0% di Malaysia, sektor teknologi 5.8%.
    """),
    ("en", "career chat turns"): _lines("""
        Could you make this bullet sound stronger: "Was responsible for social media"?
        Here's a stronger version: "Grew Instagram following from 2k to 18k in 9 months by launching a weekly user-generated content series."
        what should i wear to an interview at a bank in KL
        How do I politely decline an offer after I already said yes verbally?
        Sure! Headline idea: "Supply Chain Analyst | SAP MM | Turning messy data into on-time deliveries".
        is it ok to say my expected salary is negotiable or will they lowball me
        I'd leave out your home address and IC number; city and country are enough for an online CV.
        Tell me about yourself - give me a 60 sec answer for a fresh grad applying to Deloitte audit
        Reminder: your interview is at 10:30 AM on Tue, 9 Dec, Level 2, Tower B. Please bring your original degree certificate.
        can u rewrite my summary in british english pls, the job is in london
        A good closing line: "I'd welcome the chance to discuss how my experience could support your team's goals."
        how many referees do i need for a govt job in singapore
        Here's a tighter summary: "Operations lead with 8 years in e-commerce logistics across SEA, known for cutting last-mile costs by 15%."
    """),
    ("zh-Hans", "求职对话"): _lines("""
        帮我把这句改得专业一点：负责公司公众号运营
        可以改为：“独立运营公司微信公众号，半年内粉丝从3千增长至2.1万，单篇最高阅读10万+。”
        面试官问我最大的缺点是什么，怎么回答比较好？
        建议选一个真实但不致命的缺点，并说明你正在如何改进，比如“以前不擅长公开演讲，现在每月主动做一次内部分享”。
        我工作三年了，简历还需要写在校经历吗
        谈薪的时候HR说预算只有20k，我期望25k，怎么回？
        可以回复：“感谢说明。结合我在供应链数字化方面的经验和市场行情，我期望月薪在23-25k，也可以把年终奖和期权一起考虑。”
        帮我写个离职邮件，语气客气一点，最后工作日是12月31日
        英文求职信开头 Dear Sir/Madam 现在还能用吗？
        不用把身份证号和家庭住址发给我，简历上写“现居上海”就够了。
        三方协议和劳动合同有什么区别？
        这个JD要求“5年以上B端产品经验，熟悉SaaS”，我只有3年，还值得投吗？
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, can you tidy up my CV header? Priya Ramasamy | priya.ramasamy88@gmail.com | +65 9173 4826 | Blk 417 Tampines St 41, #08-1123, S520417
        Reference letter draft: I have known Mr. Darren Koh Wei Jie (NRIC S8734521A) since 2019, when he joined our Jurong warehouse as a shift supervisor on $3,850 a month.
        For the 2022-2023 gap pls write something vague. Real reason is I was warded at IMH for bipolar disorder for 5 months. Name on the CV is Marcus Tay Jun Hao.
        My current package at DBS is S$7,200 basic + 2 months AWS and I want to ask for 9k at the new place. I'm Sharon Lim, T0258136H if HR needs it lol
        Cover letter sign-off: Yours sincerely, Nurul Ain binti Hashim, No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor | 012-784 3390
        LinkedIn summary for my bro Kelvin Ong: he's on an S Pass (FIN G5127480L) expiring 31 Mar 2026, so he needs an employer willing to sponsor an EP.
        Employment history: 2018-2021 Grab, Senior Ops Executive, RM5,400/mth; 2021-now Shopee, Ops Lead, RM8,900/mth. Faizal Rahman, DOB 14/03/1992.
        Candidate: Tan Mei Ling, NRIC S****034J, mobile 9xxx 2847, currently Senior Staff Nurse at Changi General Hospital, last drawn $5,100.
        Interview answer about weaknesses. Context: I'm Joel Fernandes, 34, let go by my last employer in March after my wife's cancer diagnosis made me miss too many days.
        Can you check the contact line in my cover letter: rachel.wong.hk@outlook.com / 9486 2153 / Flat 12B, Tower 3, Laguna Verde, Hung Hom
        Salary credit for onboarding: account holder Melissa Teo Hui Min, OCBC card 5521 1500 0394 8272, exp 08/28.
        Parking request for the interview at Menara TM: driver Arif Danial bin Kamarul, plate WVX 4821, phone 019-224 8370.
    """),
    "zh-Hans": _lines("""
        帮我改一下简历抬头：姓名：郑晓雯｜电话：138 1742 6093｜邮箱：zxw_0817@163.com｜现居：深圳市南山区桃园路南山村12栋602
        我的身份证号是440306199008173422，入职体检表上要填，帮我看看出生日期那栏怎么写。
        推荐信：兹证明刘建国同志（身份证号：320502198812031576）自2016年7月至2023年12月在我司任财务主管，离职前月薪税前18500元。
        我叫黄思远，2021年到2022年空窗是因为在北京安定医院治抑郁症，面试被问到该怎么说？
        谈薪求助：我现在在字节拿35k×15，期权另算，想跳腾讯要40k。我是何嘉怡，工号8823146，你帮我写个邮件。
        同学王磊的工作经历：2015.07-2019.03 华为技术有限公司 硬件工程师；2019.04至今 大疆创新 高级工程师；住址：深圳市宝安区西乡街道固戍一路海滨广场3栋1808；电话15920473318。
        帮我写入职资料里工资卡那段：开户行 中国建设银行成都高新支行，户名 周雨桐，卡号 6217 0012 3847 5622
        我是沈佳宁，现在怀孕五个月，住上海浦东新区张江路668弄17号501，下周去面试，HR要是问起要不要说？
    """),
    "zh-Hant": _lines("""
        求職信結尾：陳嘉欣 敬上｜手機 6283 1947｜電郵 kayan.chan@yahoo.com.hk｜香港身份證 K458213(6)
        幫我寫封推薦信：李志豪係我哋公司嘅倉務主任，做咗五年，月薪$22,000，佢住將軍澳尚德邨尚智樓1520室，電話9720 3164。
        履歷表：姓名 林怡君，身分證字號 A228415735，生日 1994/06/21，地址 台北市大安區復興南路一段219巷8號3樓，手機 0921-608-437
        我朋友張國偉想轉行做保險，但佢2020年醉駕喺九龍城裁判法院被判社會服務令120個鐘，CV點寫好？
    """),
    "ms": _lines("""
        Tolong betulkan resume saya: Nama: Muhammad Hafiz bin Azman, No. K/P: 920314-10-5527, Tel: 013-458 2716, Alamat: No. 8, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam.
        Saya nak minta gaji RM4,500 tapi sekarang dapat RM3,200 je kat stesen minyak Petronas. Nama saya Siti Aisyah binti Rahim, IC 880725-14-6382.
        Surat rujukan untuk Encik Lim Chee Keong: beliau bekerja sebagai juruteknik di kilang kami di Prai dari 2017 hingga 2024, gaji terakhir RM3,850, boleh hubungi beliau di 016-552 7381.
        Gap dalam CV saya sebab saya jaga mak, Puan Rosnah binti Ismail, yang kena strok tahun 2022; dia tinggal dengan saya di Kuantan. Macam mana nak tulis?
        Email untuk kerja: nurfarah.zainal95@gmail.com, WhatsApp 017-390 6214, nama penuh Nur Farah Izzati binti Zainal.
    """),
    "mixed": _lines("""
        Boss can help check my resume ah? Name: Goh Siew Lan 吴秀兰, DOB 03/09/1989, HP +60 12-667 0952, 现住 Jalan Bukit Bintang 55100 KL, ex-Maybank teller RM3.6k
        我的 LinkedIn 写：Senior Data Analyst at Lazada, 月薪 S$6,800, but 我的 EP 下个月就到期了. Contact: leo.zhang.sg@gmail.com / 8832 1746. 张立 Leo Zhang
        我表妹 Chloe Ng 想申请 NUS 的 research assistant，她的 FIN 是 F2847615U, born 2001-11-09, 住 Blk 205 Serangoon Central #11-356
        薪水 negotiation 幫手：而家 HKD 38,000/month at HSBC, offer 係 42k。我係 Ho Wing Sze, HKID Y702946(0)
        HR 说加我微信发 offer：微信号 lyz_19930221，手机 +86 186 5720 4139，名字罗雨哲，base 杭州
        Reference: Mr. 徐文斌 worked under me at Foxconn Chengdu 2017-2022, leaving at ¥14,000/month; ID 510107198706123173, tel 139 8021 5764.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are CareerMate, an assistant that helps users write resumes and cover letters.",
        ),
        ("user", "hey can you help me write a cover letter for a data analyst role at Grab"),
        (
            "assistant",
            "Of course! Could you share your experience, key skills and why you're interested in Grab?",
        ),
        (
            "user",
            "3 yrs at Lazada doing SQL + Tableau, before that intern at Sea. Name is Bryan Chua Zhi Wei, bryan.chua.zw@gmail.com, 9654 2019",
        ),
        (
            "assistant",
            "Great, here's a draft: Dear Hiring Manager, I'm excited to apply for the Data Analyst role at Grab...",
        ),
    ],
    [
        ("user", "帮我写一份简历自我评价，做了五年会计"),
        ("assistant", "好的，可以告诉我你熟悉的软件、证书和主要成果吗？"),
        ("user", "有中级会计师证，会用用友和SAP，做过两次IPO审计配合"),
        (
            "assistant",
            "自我评价：五年财务会计经验，持中级会计师证书，熟练使用用友U8及SAP FICO，曾配合完成两次IPO审计……",
        ),
        (
            "user",
            "再帮我把基本信息排一下：孙梦琪，女，1995年4月28日生，身份证11010819950428002X，电话 177 1083 6652",
        ),
    ],
    [
        ("user", "Saya nak tulis surat permohonan kerja sebagai pembantu tadbir"),
        ("assistant", "Baik. Boleh kongsi pengalaman dan kelayakan anda?"),
        ("user", "SPM 2014, Diploma Pengurusan Pejabat UiTM. Kerja 4 tahun kat klinik swasta."),
        (
            "assistant",
            "Terima kasih. Ini draf pembukaan: Dengan hormatnya saya ingin memohon jawatan Pembantu Tadbir...",
        ),
        (
            "user",
            "Letak nama Nor Hidayah binti Salleh, alamat Lot 1127, Kampung Padang Luas, 16800 Pasir Puteh, Kelantan. IC 960611-03-5142",
        ),
    ],
    [
        ("user", "Recruiter asked me to put my number in the email signature, is this format ok?"),
        ("assistant", "Sure, paste what you have and I'll check it."),
        ("user", "Hannah Seah | You can reach me at +65 8"),
        ("user", "271 3094"),
        (
            "assistant",
            "Looks fine. I'd write it in one piece as +65 8271 3094 so it's clickable on mobile.",
        ),
    ],
    [
        ("user", "點樣喺interview解釋CV入面一年嘅gap？"),
        (
            "assistant",
            "可以簡單講嗰段時間做咗咩，重點放喺你而家已經準備好返工，唔使講太多細節。",
        ),
        (
            "user",
            "其實係我2023年喺瑪麗醫院做咗乳癌手術同化療。我叫Mandy Leung Wai Man，好驚講出嚟冇人請",
        ),
        (
            "assistant",
            "你冇責任披露具體病情。可以話：「2023年因健康原因休息，現已完全康復，可以全職投入。」",
        ),
    ],
    [
        ("system", "你是一名求职写作助手，回答简洁专业。"),
        ("user", "帮我同事写封推荐信"),
        ("assistant", "好的，请提供同事的姓名、职位、共事时间和主要优点。"),
        ("user", "叫蒋海涛，在我们公司（杭州一家电商）做运营经理，2019年到现在，年薪大概36万"),
        ("user", "他要去新加坡工作，对方要求推荐信附身份证号：330106199302214575"),
        ("assistant", "以下是推荐信草稿：致相关负责人：我谨推荐蒋海涛先生……"),
    ],
    [
        ("user", "How to counter offer? Company offered RM6,000 for Senior Accountant"),
        (
            "assistant",
            "Check market rates first. For a Senior Accountant in KL the typical range is roughly RM6,500-8,500, so a counter is reasonable.",
        ),
        (
            "user",
            "Ok actually sekarang gaji saya RM5,800 kat Deloitte, nama saya Kavitha a/p Subramaniam, boleh tolong tulis email?",
        ),
        (
            "assistant",
            "Sure. Draft: Dear Ms Wong, thank you for the offer. Based on my current package and experience, I'd like to propose RM7,200...",
        ),
    ],
    [
        ("user", "Should I mention my visa status on my CV?"),
        (
            "assistant",
            "In Singapore it's common to state whether you are a Citizen/PR or will need an Employment Pass, so employers know upfront.",
        ),
        (
            "user",
            "Ok so for me: Arjun Mehta, Indian passport Z4419827, currently on a Dependant's Pass through my wife, FIN G6615023U",
        ),
        ("user", "can you phrase that in one line for the top of the CV?"),
        (
            "assistant",
            "Work authorisation: Dependant's Pass holder (eligible for LOC); open to EP sponsorship.",
        ),
    ],
    [
        ("user", "帮我写个领英个人简介，英文的"),
        ("assistant", "没问题，说说你的背景？"),
        ("user", "复旦计算机硕士，2018-2022在阿里做推荐算法，2022至今在美团，现在年包85万"),
        (
            "assistant",
            "Draft: Machine learning engineer with 6+ years building large-scale recommender systems at Alibaba and Meituan...",
        ),
        ("user", "末尾加上联系方式：Yifan Qian 钱一帆，qianyifan.ml@outlook.com"),
    ],
    [
        ("user", "面試要自我介紹，幫我潤飾一下"),
        (
            "user",
            "我是吳佩珊，今年29歲，政大企管畢業，之前在台積電做採購三年，月薪5萬2，因為照顧罹患失智症的父親離職一年。",
        ),
        (
            "assistant",
            "可以這樣說：「我畢業於政治大學企管系，曾在半導體產業擔任採購三年……中間因家庭因素暫停工作一年，現已能全心投入。」",
        ),
    ],
    [
        (
            "system",
            "You are an HR assistant at Northwind Recruiting. Candidate on file: Daniel Ho Kah Meng, +60 16-338 7402, daniel.ho.km@gmail.com, expected salary RM9,500.",
        ),
        ("user", "Draft a rejection email for this candidate, kind but brief."),
        (
            "assistant",
            "Dear Daniel, thank you for your time and interest in the role. After careful consideration, we have decided to move forward with other candidates...",
        ),
    ],
    [
        (
            "user",
            "Application form for the civil service asks full name as in NRIC and DOB, how should i write",
        ),
        (
            "assistant",
            "Write your name exactly as printed on your NRIC, including any Hanyu Pinyin name in brackets.",
        ),
        ("user", "so LIM WEI LING (LIN WEILING) ?"),
        ("assistant", "Yes, that's fine if both appear on the card."),
        ("user", "and DOB 17/08/1990, NRIC S9034178B right?"),
        ("assistant", "That format is correct."),
    ],
    [
        ("user", "入职要填工资卡，这个表格帮我检查一下有没有填错"),
        (
            "user",
            "姓名：邓志明；开户行：中国工商银行广州天河支行；卡号：6222 0236 0010 8451；手机：137 2291 0586",
        ),
        ("assistant", "格式没问题，卡号16位，建议再核对一下开户行全称。"),
    ],
    [
        (
            "user",
            "can help me write reference letter for my helper? she going back Philippines then applying to HK",
        ),
        (
            "assistant",
            "Sure! Please share her name, how long she worked for you, her duties and strengths.",
        ),
        (
            "user",
            "Maricel Dizon Bautista, 6 yrs with us, takes care of my dad who has dementia, cooks, v honest. salary was $750",
        ),
        (
            "assistant",
            "To whom it may concern: Maricel Dizon Bautista worked in our household from 2019 to 2025...",
        ),
    ],
    [
        ("user", "面试官问我为什么2023年一整年没工作"),
        (
            "assistant",
            "可以如实但简要地说明原因，并强调你现在已经可以全身心投入工作。方便说说具体原因吗？",
        ),
        ("user", "我儿子确诊了自闭症，我辞职在家陪他做康复训练"),
        ("user", "我叫孔德华，应聘的是青岛海尔的采购主管"),
        (
            "assistant",
            "可以这样回答：“2023年我因家庭原因暂停工作，目前家庭安排已经稳定……”",
        ),
    ],
    [
        ("user", "Tolong buat ringkasan LinkedIn dalam BM untuk jurutera awam"),
        ("assistant", "Boleh. Berapa tahun pengalaman dan apa projek utama?"),
        ("user", "7 tahun, projek MRT Laluan Putrajaya dengan kontraktor utama"),
        (
            "assistant",
            "Draf: Jurutera Awam berdaftar BEM dengan 7 tahun pengalaman dalam projek rel berskala besar...",
        ),
        (
            "user",
            "Tambah sekali kat bawah: Ahmad Zulkifli bin Osman, 019-873 2145, Taman Desa Jaya, 52100 Kepong",
        ),
    ],
    [
        ("user", "Job ad 要求 cover letter 附 HKID 頭四位，點寫？"),
        (
            "assistant",
            "一般寫頭一個英文字母加頭三位數字就夠，例如「A123XXX(X)」，唔好提供全數。",
        ),
        ("user", "咁我寫 R331XXX(A) 得唔得？我全名係 Tsang Ka Lok 曾家樂，住大埔大元邨泰寧樓"),
        ("assistant", "可以，格式冇問題。"),
    ],
    [
        (
            "user",
            "Here's my payslip summary for the recruiter, can you turn it into a short paragraph?",
        ),
        (
            "user",
            "Employee: Norashikin binti Yusof | Emp ID 004127 | Basic RM4,250 | Allowance RM600 | EPF 11% | Bank Islam acct 12034010557821",
        ),
        (
            "assistant",
            "I'd only share the salary figures, not the account number: 'My current monthly package is RM4,850, comprising RM4,250 basic and RM600 allowance.'",
        ),
    ],
    [
        ("user", "报名表身份证号我分两次发你，帮我核对一下位数"),
        ("user", "51010419890306"),
        ("user", "2745"),
        ("assistant", "一共18位，格式正确。"),
        ("user", "好的，姓名冯晓燕，报的是成都市锦江区的事业单位考试"),
    ],
    [
        ("user", "my friend asked me to fix her resume, here's the top bit"),
        (
            "user",
            "Aishah Rahman\nDOB: 22 Jan 1997 | Nationality: Malaysian | Marital status: Single\nAddress: 12-3A, Residensi Vista, Jalan Kuching, 51200 KL\nPhone: 011-2738 4590",
        ),
        (
            "assistant",
            "Tip: she can drop DOB and marital status, and shorten the address to 'Kuala Lumpur'.",
        ),
    ],
    [
        ("user", "HR 让我发个简短自我介绍和联系方式"),
        (
            "assistant",
            "可以这样写：您好，我是XXX，应聘贵司XX岗位，有X年相关经验，联系方式：XXX。",
        ),
        ("user", "你直接用我的信息写吧：韩旭，3年Java后端，微信 hanxu_dev1996，手机 152 0736 4481"),
        (
            "assistant",
            "您好，我是韩旭，有3年Java后端开发经验，熟悉Spring Boot和微服务……",
        ),
    ],
    [
        ("user", "How do I answer 'Have you ever been convicted of an offence?' on a job form?"),
        (
            "assistant",
            "Answer truthfully; a false declaration can be grounds for dismissal later. Spent records may not need to be disclosed.",
        ),
        (
            "user",
            "I'm Ravi Chandran, I was fined $3,000 and disqualified from driving for 2 years at the State Courts in 2019 for drink driving. Does that count?",
        ),
        (
            "assistant",
            "It's a conviction, so if the form asks, you should declare it briefly.",
        ),
    ],
    [
        ("user", "新公司要我提供前公司薪資證明跟身分證影本"),
        (
            "assistant",
            "這在台灣算常見，但可以先問清楚用途和保存方式，影本上可以註明「僅供XX公司入職使用」。",
        ),
        ("user", "好，那我先把資料打給你整理：陳柏翰，F126039481，前公司鴻海，月薪 NT$58,000"),
    ],
    [
        ("user", "I have a final round with Shopee tomorrow for the PM role"),
        ("assistant", "Congrats! Let's practise. Tell me about a product you launched."),
        (
            "user",
            "before that - I'm 4 months pregnant, do I need to tell them? I'm Jasmine Koh btw, my current boss at Carousell doesn't know yet either",
        ),
        (
            "assistant",
            "You're not obliged to disclose a pregnancy at interview stage, and it's illegal for employers to discriminate on that basis.",
        ),
    ],
    [
        ("user", "Boleh tolong semak cover letter saya? Ini header dia"),
        ("user", "Tan Boon Hock"),
        (
            "user",
            "No. 45, Lorong Kenari 7, Taman Bukit Mertajam Jaya, 14000 Bukit Mertajam, Pulau Pinang",
        ),
        ("assistant", "Header nampak kemas. Tambah e-mel dan nombor telefon sekali."),
        ("user", "ok tambah tanboonhock77@yahoo.com dan 012-409 8813"),
    ],
]
