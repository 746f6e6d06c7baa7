# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat89: chats asking an assistant to write reference letters, testimonials and recommendation letters for colleagues, students and domestic helpers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat89
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "template request"): _lines("""
        Can you give me a reference letter template for a former employee? Leave [Employee Name], [Job Title] and [Dates of Employment] as blanks so I can reuse it.
        Write a generic recommendation letter for a student applying to a master's programme in data science. Use placeholders like {student_name}, {course} and {university}.
        Draft a short LinkedIn recommendation for a colleague who was a great project manager. Under 120 words, no names, I'll fill them in myself.
        I need a testimonial template for a domestic helper who is leaving after her contract ends: warm but professional, with blanks for her name, passport no. and employment period.
        Give me three opening lines for a recommendation letter that don't start with "It is my pleasure to recommend".
        Template please: "To Whom It May Concern, This is to certify that ______ was employed as ______ from ______ to ______." Make it sound less stiff.
        Rewrite this so it sounds more confident: "I think [Name] was probably one of the better interns we had this year."
        Make a fill-in-the-blank character reference for someone appearing in court, written by a family friend. I'll add the names and the case details later.
        What's a good closing paragraph for a teacher's recommendation letter? Something like "I recommend him without reservation" but less cliché.
        Write a sample reference letter for a nanny using Jane Doe as the nanny and "the Smith family" as employer, just so I can see the format.
        Prompt template for our HR bot: "Write a reference letter for {{employee.full_name}} who worked as {{employee.title}} at {{company}} from {{start_date}} to {{end_date}}. Tone: {{tone}}. Max 350 words."
        Give me a bullet list of strengths I can mention in a reference for a junior software engineer who is good at debugging but quiet in meetings.
        Write a recommendation letter for Hermione Granger from Professor McGonagall, applying for a job at the Ministry of Magic. It's a fun writing exercise for my Year 9 class.
        How long should an academic reference be for a PhD application in the UK? One page or two?
    """),
    ("en", "chat advice"): _lines("""
        User: Is it okay to mention a colleague's medical leave in a reference letter? Assistant: Generally no. Health information is sensitive and usually irrelevant to a reference; stick to performance and conduct, and ask the person before mentioning anything personal.
        User: My boss asked me to write my own recommendation letter and he'll just sign it. Is that normal? Assistant: It's more common than people admit. Write it honestly and in his voice, then let him edit it before he signs.
        User: how do i say no politely when a student asks for a rec letter but i barely know them Assistant: Tell them you don't know their work well enough to write a strong letter, and suggest a teacher who has taught them for longer.
        User: Should a reference for a helper include her salary? Assistant: Not usually. Dates of employment, duties and your honest assessment are enough; pay is between employer and employee unless the next employer asks and she agrees.
        User: What's the difference between a testimonial and a reference letter? Assistant: A testimonial is an open letter the person keeps and can show to anyone ("To whom it may concern"); a reference is usually sent confidentially to a specific employer or school on request.
        User: Can a former employer in Singapore give a bad reference? Assistant: They can give a truthful and fair one. Knowingly false or malicious statements may expose them to a defamation claim, which is why many companies only confirm dates and job title.
        User: our company policy says managers can only confirm job title and dates. how do i write a personal reference then? Assistant: Write it in your personal capacity on plain paper instead of company letterhead, and say clearly that the views are your own and not the company's.
        User: The university portal asks me to rate the applicant as top 1%, top 5%, top 10% and so on. How strict should I be? Assistant: Be honest and consistent; committees compare ratings across recommenders, and ticking "top 1%" for everything makes the letter less credible.
        User: Write a one-line testimonial for our dim sum restaurant in the voice of a happy diner. Assistant: "The har gow here is the real deal: thin skin, fat prawns, and the teapot never runs dry."
        User: Is "hardworking and punctual" too generic for a helper reference? Assistant: A little. Add one concrete example, such as how she handled a feverish child at night or kept the household running during a move; specifics make a reference believable.
        User: what should the signature block look like on a reference from a school? Assistant: Your name, your title (e.g. Form Teacher or Head of Science), the school's name, the general office number and your school e-mail address, plus the date.
        User: Did Abraham Lincoln write letters of recommendation? Assistant: Yes, a great many. As president he wrote short notes recommending office-seekers and soldiers, and many of them survive in his collected works.
        User: How many referees does MOM need for a new helper's work permit? Assistant: MOM does not ask for referees for a work permit; references are something employers or agencies request themselves. For the official rules, check the MOM website or call the MOM contact centre at 6438 5122.
        User: Ticket #REF-20931 says my reference request is "pending referee". What does that mean? Assistant: The system has e-mailed your referee but they haven't submitted yet. A polite reminder a week before the deadline is fine.
        User: Can you write a recommendation letter in the style of Winston Churchill for a fictional soldier named Private Smith? Assistant: Certainly. "Sir, I commend to you a man who, in the darkest hour, did not flinch..."
    """),
    ("en", "forms and notices"): _lines("""
        Referee Report Form (Graduate Admissions), Section B: How long have you known the applicant? ______ In what capacity? ______ Please rate: Intellectual ability / Motivation / Written communication / Maturity.
        EMPLOYMENT REFERENCE REQUEST | Candidate: ____________ | Position applied: ____________ | Ref. no.: HR/REF/2025/0418 | Please return by 30 June 2025 to the HR Department.
        Notice to staff: from 1 March 2025 all reference requests must go through HR using the form on the intranet. Managers should not issue letters on company letterhead without approval (Policy HR-07, v3.2).
        Careers Office reminder: recommenders upload letters directly in the application portal and students cannot see them. Counter hours Mon–Fri 9am–5pm, Level 2, Student Services Centre.
        Invoice INV-2025-00731: professional editing of 3 recommendation letters, SGD 120.00, due 14 days from issue. Thank you for your business.
        Common App teacher evaluation checklist: (1) accept the student's invitation, (2) complete the ratings grid, (3) upload the letter as PDF, (4) submit before the school's earliest deadline.
        Order #SG-448210-77: 500 sheets A4 letterhead, 100gsm cream, for reference and service letters. Delivery in 3–5 working days.
        In Hong Kong the standard employment contract for a foreign domestic helper is form ID 407; a reference letter from the previous employer is optional and not part of the visa application.
        Scholarship Application, Part D: Recommender's Declaration. I confirm that the information above is accurate to the best of my knowledge. Signature: ________ Date: __/__/____
        2025-05-14 10:22:07 INFO reference_letter.generate status=OK template=ref_v4 lang=en pages=1 request_id=7f3a9c21e04b
        Agency checklist for a helper transfer: release letter from current employer, copy of previous reference (if any), latest medical report, signed employment contract, settling-in programme certificate.
        config: ref_letter.max_words=600; ref_letter.require_signature=true; ref_letter.default_salutation="To Whom It May Concern"; retention_days=365
        Website testimonial block: "Brightwave Consulting cut our onboarding time by 40%." (Operations Director, regional logistics firm)
        Reference check call script: 1) confirm the referee's relationship to the candidate, 2) confirm dates of employment, 3) ask "Would you rehire this person?", 4) thank the referee and log the call under the requisition number.
    """),
    ("zh-Hans", "chat request"): _lines("""
        帮我写一封推荐信模板，推荐一位同事申请MBA，名字用【姓名】代替，公司用【公司名称】代替。
        用户：导师让我自己先写推荐信初稿，他改完再签字，这样合适吗？ 助手：在国内高校挺常见的。你可以按导师的口吻写，突出科研经历和具体成果，最后请导师修改确认。
        给保姆写推荐信一般要写哪些内容？工作年限、负责的家务、人品这些吗？
        请把这句话改得更正式一点：“该同学学习认真，积极参加班级活动，表现良好。”
        用户：出国读研一般需要几封推荐信？ 助手：通常两到三封，至少一封来自任课教授或科研导师，具体以目标学校官网要求为准。
        写一段离职证明的标准格式：兹证明____同志于____年____月至____年____月在我司担任____职务，现因个人原因离职……
        帮我用鲁迅的文风写一封给学生的推荐信，纯属娱乐，学生名字就叫“某某”。
        推荐信里能不能写同事的缺点？怎么写才不得罪人？
        用户：HR说推荐信要盖公章，个人写的行不行？ 助手：看用途。求职时个人推荐信签名即可；如果是工作证明或背景调查，一般需要单位盖章。
        请以诸葛亮推荐姜维的口吻写一封短信，用于我们初二的历史课活动。
        工单号 TK20250611-0387：用户反馈推荐信生成功能导出PDF时中文乱码，已转技术部处理。
        英文推荐信里 “I recommend him without reservation” 翻译成中文怎么说比较自然？
        给实习生写实习鉴定，300字左右，岗位是新媒体运营，先不用写名字。
        用户：推荐人的电话要不要写在推荐信里？ 助手：一般写推荐人的单位电话和单位邮箱即可，方便对方核实；被推荐人的身份证号之类的信息不要写进去。
        用户：留学中介说可以代写推荐信，收费1500元一封，这样靠谱吗？ 助手：代写本身不违法，但推荐信必须经推荐人本人审阅并同意，否则可能被认定为材料造假。
        做一个推荐信评分表的Excel模板，列：推荐人身份、认识时长、学术能力(1-5)、沟通能力(1-5)、总体评价。
        用户：推荐信可以用电子签名吗？ 助手：大多数海外院校的网申系统由推荐人直接在线提交，电子签名一般都接受，纸质亲笔签名已经很少要求了。
    """),
    ("zh-Hant", "chat request"): _lines("""
        幫我寫一封推薦信範本俾外傭，佢做咗四年，識煮飯同湊細路，名同日期留空先。
        用戶：香港外傭約滿唔續約，僱主一定要寫推薦信嗎？ 助理：法例冇規定一定要寫，不過好多僱主都會寫，方便下一個僱主參考。正式手續以入境處同勞工處嘅要求為準。
        請問申請台大研究所的推薦函要用什麼格式？需要推薦人親筆簽名嗎？
        幫我把這段改得比較有溫度：「該生在校期間品學兼優，特此推薦。」
        用戶：推薦函可以請補習班老師寫嗎？ 助理：可以，但學校通常比較重視在校老師或指導教授的推薦，因為他們更了解你的學業表現。
        寫一封以孔子推薦顏回的仿古推薦信，給國文課當範例。
        有外傭僱傭問題可以打勞工處外傭熱線 2157 9537 查詢，合約、假期同工資都可以問。
        幫我寫 LinkedIn 推薦，推薦一位前同事，佢係做 UX design 嘅，唔使寫名。
        推薦函的結尾要寫「此致 敬禮」嗎？還是英文的 Sincerely 就好？
        用戶：系統顯示「推薦人尚未上傳（申請序號 2025-TW-08813）」，要怎麼催老師？ 助理：可以禮貌地寫信提醒老師截止日期，並附上系統重新寄出的上傳連結。
        我是主管，要幫離職員工開服務證明書，台灣勞基法有規定一定要給嗎？
        用戶：幫我寫一句補習老師的推薦語，放在補習社網頁。 助理：「老師講解清楚又有耐性，孩子的數學由唔合格進步到穩定拿B，真心推薦！」
        幫我諗吓推薦信開頭點寫先唔會太老套，唔好用「本人謹此推薦」。
        推薦信用 A4 一頁夠唔夠？定係大學要兩頁先顯得有誠意？
        請用《紅樓夢》王熙鳳的語氣寫一封推薦丫鬟的信，越誇張越好。
    """),
    ("ms", "chat request"): _lines("""
        Tolong buatkan templat surat sokongan untuk pelajar yang memohon biasiswa, nama pelajar dan sekolah biar kosong dulu.
        Pengguna: Perlu ke surat rujukan pembantu rumah ditandatangani oleh majikan sendiri? Pembantu: Ya, sebaiknya majikan sendiri kerana dia yang boleh mengesahkan tempoh dan prestasi kerja.
        Macam mana nak tulis surat akuan majikan yang ringkas dan profesional dalam Bahasa Melayu?
        Tolong perbaiki ayat ini: "Beliau seorang pekerja yang rajin dan boleh dipercayai dan juga rajin."
        Pengguna: Boleh ke guru kelas tulis surat sokongan untuk permohonan UPU? Pembantu: Boleh, tetapi semak dahulu syarat program; ada yang minta surat daripada pengetua atau kaunselor sekolah.
        Berikan contoh penutup surat rujukan yang sopan selain "Sekian, terima kasih."
        Saya nak tulis testimoni untuk kedai kek online di Instagram, boleh bagi 3 contoh ayat pendek?
        Buat surat rujukan olok-olok untuk Hang Tuah daripada Sultan Melaka, untuk aktiviti kelas Sejarah Tingkatan 2.
        Pengguna: Apa beza surat akuan dengan surat rujukan? Pembantu: Surat akuan biasanya mengesahkan fakta seperti tempoh bekerja, manakala surat rujukan memberi penilaian tentang sikap dan prestasi seseorang.
        Nombor rujukan permohonan JTK/PP/2025/118204, status dia "Dalam Proses". Maksudnya apa ye?
        Surat rujukan kena guna kepala surat syarikat ke? Saya dah tak kerja kat sana.
        Tolong terjemah ke BM: "She is honest, patient with children, and keeps the house spotless."
        Pengguna: Berapa panjang surat sokongan untuk biasiswa sepatutnya? Pembantu: Satu muka surat sudah memadai; fokus kepada pencapaian akademik, kokurikulum dan sebab calon layak dibantu.
        Senaraikan 10 kata sifat positif untuk surat rujukan guru, contohnya berdedikasi, inovatif, penyabar.
        Pengguna: Majikan lama tak nak bagi surat pengalaman kerja, saya boleh buat apa? Pembantu: Minta secara bertulis melalui e-mel kepada bahagian HR, dan simpan slip gaji atau penyata KWSP sebagai bukti tempoh bekerja.
    """),
    ("mixed", "chat request"): _lines("""
        eh can help me write reference for my maid ah, she going back Indonesia after 6 years, want something nice but not too long, name i fill in myself
        Boss suruh I tulis testimonial for colleague yang nak resign, dia dept marketing, tolong bagi draft in English, nama kosongkan dulu
        帮我写一个 recommendation letter for my intern, 她做 data analysis 的, 英文, 不要写得太夸张
        User: 我要寫 reference letter 俾我個 helper，要唔要寫埋佢 HKID？ Assistant: 唔建議。推薦信寫佢個名、受僱日期同工作內容就夠，身份證號碼留返俾正式文件。
        can you make this sound more professional: "she very good lah, always on time and never take MC"
        tolong translate this testimonial to Chinese: "Working with this team lead was the highlight of my career."
        LinkedIn recommendation 要写多长比较好？ usually 几句就够了吗
        User: my student ask me write rec letter for NUS but deadline tmr leh, got fast template? Assistant: Sure. One page: how you know the student, two strengths with concrete examples, and a clear closing recommendation. Fill in [Student] and [Programme].
        teacher ask me draft my own surat sokongan for biasiswa, what should i include ah
        写推荐信的时候 can i mention the person's religion? like she's very active in church
        haha this reference letter sound like written by AI, can make it sound more like a real Malaysian boss?
        eh need a testimonial for our tuition centre website lah, parents POV, 2-3 lines, no need real name
        老师 ask 我 translate 推荐信 into English, 但是 "品学兼优" 怎么翻比较好 ah?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please write a reference letter for our helper Maricel Dela Cruz Santos (FIN G6391508X). She worked for us at Blk 512 Bedok North Ave 3 from March 2019 to Feb 2025, is very good with our toddler and cooks well.
        Can you help me write a LinkedIn recommendation for Darren Koh Wei Jie? We worked together at the Jurong office for 3 years, he led our SAP migration and was retrenched last month.
        Draft a recommendation for my student Priya d/o Ramasamy. She topped H2 Chemistry in our JC this year and wants the A*STAR scholarship. Her mum is going through chemo so she has also been looking after her two younger brothers.
        To Whom It May Concern: This is to certify that Ms ENDANG SRI WAHYUNI (Indonesian passport C4718263) was employed as our domestic helper from 12 June 2018 to 11 June 2024. She is honest and hardworking. Contact: Mrs Goh, 9136 4827.
        fix grammar pls: "I have known Jonathan Pereira since 2016 when he joined my team at Changi as a technician. He was diagnosed with depression last year and took 3 months off but came back stronger."
        Write a character reference for my nephew Ahmad Faris bin Kamarulzaman for his court hearing next month (drug possession). He is 19, studying at Politeknik Ungku Omar and has never been in trouble before.
        Referee details for my application: Name: Dr Lim Swee Hoon | Relationship: PhD supervisor | Email: sweehoon.lim88@gmail.com | Mobile: +65 8452 7713
        Testimonial draft for Rosalinda Bautista, HKID R406183(6): she cared for my late father through his stroke recovery for two years. Please make it sound heartfelt.
        Write a reference for Mr Kavin a/l Subramaniam, our family driver from 2015 to 2023, IC 780413-08-5143. He is applying to drive for a company in KL.
        Our ex-nanny Lorna Villanueva needs a reference for her new employer in Canada. Please include our contact so they can verify: Mr & Mrs Fong, +852 9427 5061, fong.family.hk@gmail.com
        Turn this into a proper service letter: "Employee: TAN MEI LING | NRIC S8634172G | Designation: Senior Accounts Executive | Period: 01/04/2017 – 31/12/2024 | Reason for leaving: resigned, relocating to Perth"
        help me write a recommendation for my piano student Chloe Ang, 14, Grade 8 ABRSM with distinction, currently at Nanyang Girls'. she's applying for the SOTA music programme
        Write a reference for Vikram s/o Rajendran who worked under me at the shipyard. He was dismissed in 2022 after a safety incident, but I think he deserves a second chance.
        Can you summarise this for the reference: Angela Wong Siu Ming, my PA since 2012, salary $6,800 plus 2 months bonus, moving to Vancouver with her husband in August.
        The reference-check site charged my Visa 4041 1782 4506 6391 twice for the background check on our new nanny Lina Marlina. Can you help me write a complaint?
    """),
    "zh-Hans": _lines("""
        帮我给保姆写一封推荐信：阿姨叫王秀兰，安徽人，在我家做了五年住家保姆，带大了两个孩子，她电话139 2874 6153，新雇主可以直接联系她。
        请帮我润色推荐信：“陈嘉豪同学是我校2021级计算机专业学生，GPA 3.82/4.0，专业排名前5%，曾获全国大学生数学建模竞赛一等奖……” 推荐人：李建国教授
        帮我写一份离职证明：兹证明刘思远（身份证号：310115199808230460）自2020年7月1日至2025年5月31日在我公司担任产品经理，因个人原因离职。
        推荐信里要不要提这件事：周雨桐同学去年因为抑郁症休学一年，今年复学后成绩回到年级前十？我是她班主任张磊。
        帮我写实习鉴定：实习生赵一鸣，复旦新闻学院大三，在我们公众号做了三个月编辑，微信 zym_0917，文字功底很好但经常迟到。
        家政公司要推荐信，保姆资料如下：姓名 李桂芳 | 身份证 330106197103055824 | 籍贯 浙江 | 在我家工作 2016.3–2025.4 | 主要工作 照顾卧床老人、做饭
        我要给研究生孙浩然写推荐信申请港大博士，他发了两篇CVPR一作，但之前有一次学术不端被学院通报批评过，这个要不要写？
        请把这段推荐语翻译成英文：“黄思琪是我带过最认真的实习生，她在腾讯深圳总部实习期间独立完成了用户增长分析报告。”
        帮我给前同事写推荐：吴佳怡，之前在我们杭州分公司做HR，年薪28万，去年因为怀孕辞职，现在想重返职场。
        学生自荐信帮我改一下：我叫马骁，身份证320106198809270350，南京人，想读在职MBA，现在在苏州一家外企做采购主管。
    """),
    "zh-Hant": _lines("""
        幫我寫封推薦信俾我哋屋企工人 Sri Rahayu，佢 HKID 係 WX152837(6)，做咗六年，下個月約滿返印尼，新僱主想要 reference。
        請幫我修改推薦函：「林怡君同學為本校資訊工程學系四年級學生，學業成績排名全班第三……」推薦人 陳志明 教授，手機 0928-615-374
        推薦信要附上我的資料嗎？我叫蔡雅婷，身分證字號 A281736453，台大財金系畢業，想申請哥大 MBA。
        幫我寫份 testimonial 俾我以前嘅補習學生何卓軒，佢今年 DSE 考咗三科5**，想入港大醫科，佢阿媽話要推薦信。
        前同事鄭家豪叫我幫佢寫 reference，但佢之前因為酗酒問題被公司警告過兩次，我應唔應該提？
        離職證明：茲證明 黃志偉 先生（身分證字號 F130258761）自民國108年3月1日起至民國113年12月31日止任職本公司業務部專員，服務期間表現良好，特此證明。
        幫我寫 reference 俾外傭 Jocelyn Ramos，佢電話 6183 2749，住喺沙田第一城，想轉去做長者照顧，之前照顧咗我阿爺中風後三年。
        幫我把這段推薦語翻成英文：「吳宛蓉是我在中研院的研究助理，做事細心，她的碩士論文研究台灣原住民語言復振。」
    """),
    "ms": _lines("""
        Tolong tulis surat rujukan untuk pembantu rumah kami, Puan Sumarni, pasport Indonesia B7241953, yang bekerja dengan keluarga kami di Shah Alam dari 2017 hingga 2024.
        Saya nak buat surat sokongan untuk anak buah saya, Muhammad Haziq bin Roslan, IC 080319-07-0483, pelajar SMK Seri Bayu, mohon biasiswa. Keluarga dia susah, ayah dia baru diberhentikan kerja.
        Tolong semak surat ni: "Saya mengesahkan bahawa Cik Nurul Izzati binti Mohd Yusof (No. KP: 980314-10-5326) telah berkhidmat sebagai Pembantu Tadbir di syarikat kami dari 2019 hingga 2025."
        Boleh tolong tulis testimoni untuk Encik Rajesh a/l Muniandy, jurulatih bola sepak anak saya di Ipoh? Nombor dia 012-738 4916 kalau ibu bapa lain nak hubungi.
        Surat sokongan untuk Dr Farah Hanim binti Ismail, pensyarah kanan fakulti kami, untuk kenaikan pangkat Profesor Madya. Dia baru habis cuti sakit 6 bulan sebab kanser payudara, perlu sebut ke?
        Bekas pembantu saya Lestari Wulandari minta surat rujukan. Gaji terakhir dia RM1,800, dia berhenti sebab suami dia sakit teruk di Jawa Tengah. Tolong draf dalam BM dan English.
        Nama: AZLAN BIN HAMID | No. Pekerja: 40187 | Jawatan: Penyelia Stor | Tempoh: 2012–2025 | Sebab berhenti: bersara awal (masalah jantung). Tolong jadikan surat pengesahan perkhidmatan.
    """),
    "mixed": _lines("""
        eh can help me write reference for my helper Ani Suryani ah, FIN G5827413K, she going back Indo end of month. our address Blk 208 Toa Payoh Lor 8 #11-342 S310208 if new employer need to verify
        帮我写 recommendation letter 给我的 intern 郑晓雯, 她在我们 Shopee team 做 data analysis, email xiaowen.zheng97@outlook.com, phone +65 9315 2086
        boss suruh i tulis testimonial untuk Kak Ros, Rosnah binti Ahmad dari dept account, dia nak pindah JB sebab jaga mak dia yang kena dialysis. tolong draft
        我要寫 reference 俾 Mary Grace Tolentino, 佢 passport P4827153B, 做咗我屋企五年, translate to English pls
        my colleague Kenneth Lau Chun Hei ask me be his referee for the HA nursing job, his mobile 5491 7026, can u write short reference? he got warning last year for lateness tho
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I need a reference letter for our helper who's finishing her contract next month.",
        ),
        (
            "assistant",
            "Happy to help. Could you tell me her name, how long she has worked for you, her main duties, and anything you'd especially like to highlight?",
        ),
        (
            "user",
            "Her name is Marites Cabanilla Reyes, with us since Oct 2017. Cooking, two kids, and my mother-in-law who has dementia. She's transferring to another family in Tampines.",
        ),
        (
            "assistant",
            "Here's a draft: 'To Whom It May Concern, I am pleased to recommend Ms Marites Cabanilla Reyes, who has worked in our home since October 2017. Besides caring for our two children and cooking for the family, she looked after my mother-in-law, who lives with dementia, with remarkable patience...'",
        ),
        ("user", "Perfect. Add her FIN at the top, it's G7103264M, the agency asked for it."),
    ],
    [
        (
            "system",
            "你是深圳外国语学校升学指导办公室的写作助手。当前学生档案：姓名 何梓涵，男，高三(5)班，身份证 440304200802155136，托福 108，物理竞赛省一等奖，班主任 许慧敏。",
        ),
        ("user", "根据档案帮我起草一封英文推荐信，申请港科大工程学院，语气正式一点。"),
        (
            "assistant",
            "Dear Admissions Committee, It is my pleasure to recommend He Zihan, a Grade 12 student in Class 5 whom I have taught for three years. He won a First Prize in the provincial Physics Olympiad and scored 108 on the TOEFL...",
        ),
    ],
    [
        (
            "user",
            "老師您好，我是您大三時專題課的學生，想請您幫我寫推薦函申請清大電機所，我可以先擬草稿。",
        ),
        ("assistant", "沒問題。請提供你的姓名、修課成績、專題題目，以及你希望老師強調的能力。"),
        (
            "user",
            "我叫許家瑜，身分證 E244183063，專題是「低功耗藍牙室內定位」，拿了A+，系排第4名。另外我大二有休學半年是因為車禍住院，要不要在推薦函裡解釋？",
        ),
    ],
    [
        (
            "user",
            "Saya nak tulis surat sokongan untuk anak saudara saya mohon tempat di asrama universiti.",
        ),
        (
            "assistant",
            "Baik. Boleh berikan nama penuh, nombor kad pengenalan dan sebab dia perlukan sokongan?",
        ),
        (
            "user",
            "Nama dia Nur Aisyah binti Khairul Anuar, IC 750822-14-6018 eh silap, itu IC mak dia. Aisyah punya tak ingat. Dia anak yatim, ayah meninggal tahun lepas, mak dia kerja kilang di Klang.",
        ),
        (
            "assistant",
            "Terima kasih. Berikut draf: 'Dengan hormatnya saya ingin memohon pertimbangan pihak tuan/puan terhadap permohonan anak saudara saya, Nur Aisyah binti Khairul Anuar, yang kehilangan bapanya pada tahun lepas...'",
        ),
    ],
    [
        ("user", "bro need testimonial for my colleague, he leaving our company end of this month"),
        ("assistant", "Sure! What's his name, role, and a couple of things he did well?"),
        (
            "user",
            "Faizal bin Osman, senior technician kat plant Senai, 11 years. Very reliable, trained all the new guys. dia kena retrench sebab plant tutup. Put his number 017-294 8350 at bottom so HR can call him",
        ),
        (
            "assistant",
            "Here you go: 'I have worked alongside Faizal bin Osman for over eleven years at our Senai plant, where he served as Senior Technician and trained every new hire... He can be reached at 017-294 8350.'",
        ),
    ],
    [
        (
            "user",
            "Can you help me reply to a student asking for a rec? Here's her email: 'Dear Dr Menon, this is Sarah Lim Jia Hui from your Organic Chemistry II class (Sem 1, AY2024/25). I got an A and did the lab research attachment with you. I'm applying to Duke-NUS for medicine, deadline 1 Nov. Thank you so much!'",
        ),
        (
            "assistant",
            "Here's a warm reply: 'Dear Sarah, thank you for your message. I'd be glad to write a letter for your Duke-NUS application...'",
        ),
        (
            "user",
            "Also draft the letter itself. Mention she was the top scorer in the mid-terms and stayed back to help classmates.",
        ),
    ],
    [
        (
            "user",
            "My best friend is going through a custody hearing and her lawyer wants a character reference from me. How should I structure it?",
        ),
        (
            "assistant",
            "Typically: how long and in what capacity you've known her, what you've observed of her as a parent, specific examples, and a statement that you understand the letter will be read by the court.",
        ),
        (
            "user",
            "ok. Her name is Michelle Teo Hui Min, we've been friends since secondary school. Her ex-husband Gary claims she's unstable because she was on antidepressants in 2021, but she's a fantastic mum to Ethan (7) and Chloe (4). Can you write it?",
        ),
    ],
    [
        ("user", "我想寫封 reference letter 俾我屋企個工人，佢下個月轉僱主。"),
        ("assistant", "冇問題。可唔可以話俾我知佢嘅名、喺你屋企做咗幾耐、主要負責啲乜嘢？"),
        (
            "user",
            "佢叫 Dewi Lestari，2019年嚟，主要湊我個仔同煮飯。新僱主話要寫埋佢 HKID 同我電話。",
        ),
        ("assistant", "好，你可以提供佢嘅 HKID 號碼同你想留嘅聯絡電話，我幫你放喺信尾。"),
        ("user", "HKID W584216(9)，我電話 9620 3418，我姓梁。"),
    ],
    [
        ("user", "帮我写个阿姨的推荐，我家阿姨要回老家带孙子了，想帮她在本地再找份钟点工。"),
        ("assistant", "好的，能说说阿姨的称呼、在您家做了多久、擅长做什么吗？"),
        (
            "user",
            "她叫陈凤英，四川人，在我家干了七年，做川菜一绝，收拾屋子也特别干净。她手机是186-1032-4597，微信同号，雇主有意向可以直接加她。",
        ),
        (
            "assistant",
            "推荐信草稿：“陈凤英阿姨在我家工作七年，为人踏实可靠，川菜做得地道，家务细致周到……如有意向，可联系陈阿姨本人，电话/微信：186-1032-4597。”",
        ),
    ],
    [
        ("system", "You are a helpful writing assistant for teachers at a primary school."),
        (
            "user",
            "I'm writing a secondary school recommendation for one of my P6 pupils. He has dyslexia and ADHD and I want to explain how well he has coped. Is that appropriate?",
        ),
        (
            "assistant",
            "It can be, if the parents agree and the information helps the school support him. Focus on his strengths and strategies rather than the diagnosis itself.",
        ),
        (
            "user",
            "His parents are fine with it. His name is Ryan Nathaniel D'Cruz, P6 Integrity, he scored AL 12 in PSLE despite everything. Please draft the paragraph about his learning needs.",
        ),
    ],
    [
        (
            "user",
            "Nak minta tolong tulis surat rujukan untuk bekas pembantu rumah saya, dia nak kerja dengan majikan baru di Penang.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama, nombor pasport dan tempoh dia bekerja dengan puan.",
        ),
        (
            "user",
            "Nama Siti Khotimah, pasport Indonesia C9052817, kerja dengan saya Ogos 2020 sampai Mac 2025. Dia pandai jaga bayi, cuma kadang-kadang lambat bangun pagi.",
        ),
        (
            "assistant",
            "Draf: 'Saya dengan ini mengesahkan bahawa Siti Khotimah (No. Pasport: C9052817) telah bekerja sebagai pembantu rumah di kediaman saya dari Ogos 2020 hingga Mac 2025...'",
        ),
    ],
    [
        (
            "user",
            "帮我写 internship testimonial, intern 是 NTU 的, 她叫 Tay Xin Yi, 我们是 fintech startup",
        ),
        ("assistant", "Sure. What did she work on and how long was the internship?"),
        (
            "user",
            "6 months, built our KYC dashboard. HR system need her NRIC on the letter, T0238615H. also she got full-time offer from DBS already so just say she's ready for industry",
        ),
        (
            "assistant",
            "Draft: 'This is to certify that Ms Tay Xin Yi (NRIC T0238615H), a Nanyang Technological University undergraduate, completed a six-month internship with us, during which she built our KYC monitoring dashboard...'",
        ),
    ],
    [
        (
            "user",
            "Can you write me a LinkedIn recommendation for an ex-colleague? I'll give details after.",
        ),
        (
            "assistant",
            "Of course. Who are they, what was your working relationship, and what should I emphasise?",
        ),
        (
            "user",
            "Joanne Fernandez, she reported to me at Maybank's Kuala Lumpur regional office for 4 years as a compliance analyst. She was part of the layoffs in January and has been job hunting since. Emphasise her AML investigations.",
        ),
    ],
    [
        ("user", "请帮我写一份在职证明，银行办贷款要用。"),
        ("assistant", "可以。请提供员工姓名、身份证号、入职时间、职位和月收入（如银行要求）。"),
        (
            "user",
            "员工：钱明轩，身份证号330106199006112718，2018年3月入职，现任上海分公司技术总监，月薪税前45000元。公司：上海澜岳信息科技有限公司。",
        ),
        (
            "assistant",
            "兹证明钱明轩（身份证号：330106199006112718）自2018年3月起在我公司工作，现任技术总监，月收入税前人民币45,000元。特此证明。",
        ),
    ],
    [
        ("user", "我要幫前員工開服務證明書，格式要怎麼寫？"),
        (
            "assistant",
            "一般包含：員工姓名、身分證字號、到職與離職日期、職稱，以及公司用印。需要我幫你填入資料嗎？",
        ),
        (
            "user",
            "好，員工 邱建宏，身分證 A129384755，民國110年2月1日到職，114年6月30日離職，職稱是倉儲組長，離職原因是腰椎受傷無法繼續搬貨。",
        ),
    ],
    [
        ("user", "What's the best way to thank someone who wrote me a recommendation letter?"),
        (
            "assistant",
            "A handwritten card or a sincere e-mail works well, telling them the outcome once you hear back. A small gift is fine but not expected.",
        ),
        (
            "user",
            "Nice. Can you draft an e-mail to Mrs Kalaivani a/p Sivakumar, my form teacher at SMK Bukit Jalil, telling her I got into Monash Malaysia pharmacy because of her letter? Her e-mail is kalai.siva72@yahoo.com",
        ),
    ],
]
