# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat76: chats asking an assistant to help write reference or recommendation letters. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat76
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "template request"): _lines("""
        Can you give me a reference letter template for a domestic helper who worked for my family for 4 years? Leave blanks for her name, passport number and dates.
        User: I need a generic recommendation letter for a former intern, use placeholders please. Assistant: Sure — "To Whom It May Concern, I am pleased to recommend [Intern Name], who completed a [duration] internship in our [Department] team from [Start Date] to [End Date]..."
        Draft a short employment reference: "[Employee Name] was employed as [Job Title] at [Company] from [MM/YYYY] to [MM/YYYY]. During this period he/she ..." Make it sound warmer.
        User: template for a teacher recommending a secondary school student for a scholarship? Assistant: Here is one. Replace everything in brackets: Dear Selection Committee, It is my privilege to recommend [Student Full Name], a Year [X] student at [School Name] whom I have taught [Subject] since [Year]...
        Give me 3 versions of a closing paragraph for a reference letter: one enthusiastic, one neutral, one for someone I only supervised for two months.
        Write a reference letter template for a nanny, with sections for duties, reliability, cooking, childcare and reason for leaving. Use XXX for any personal detail.
        User: Can you make a fill-in-the-blank experience certificate for a driver? Assistant: EXPERIENCE CERTIFICATE / This is to certify that Mr./Ms. ____________ (NRIC/Passport No. ____________) was employed as a personal driver from ________ to ________. During this period he/she ...
        What's a good subject line when emailing a reference letter to an admissions office? Something like "Letter of Recommendation for [Applicant Name] – Application ID [#]"?
        Template for a landlord reference for a tenant: "[Tenant Name] rented my property at [Address] from [Date] to [Date] and always paid on time..." Can you make it more formal?
        User: give me a LinkedIn recommendation template for a former colleague, max 120 words. Assistant: "I had the pleasure of working with [Name] at [Company] for [X] years, where [he/she/they] led [project]. What stood out most was..."
        Make a bullet-point questionnaire I can send to students who ask me for recommendation letters: achievements, target programmes, deadlines, whether a CV is attached.
        Reference letter template for a part-time cleaner paid by the hour, to hand to her next employer. Keep it under 150 words with placeholders.
        User: Can you write a sample rec letter using a made-up student, say "Jane Doe", so I can see the structure? Assistant: Of course. Dear Admissions Committee, I have taught Jane Doe (a fictional applicant) in AP Biology for two years...
    """),
    ("en", "advice chat"): _lines("""
        User: Is it okay to mention a candidate's medical leave in a reference letter? Assistant: Generally no. Stick to verifiable facts about performance and conduct; health information is sensitive and you should not disclose it without the person's consent.
        User: my student asked for a rec letter but honestly she was mediocre. how do i say no nicely? Assistant: You could say: "I don't think I know your work well enough to write the strong letter you deserve. Someone who supervised your project may be a better referee."
        How long should a recommendation letter for a master's programme be? One page or two?
        User: Should I sign the reference with my personal mobile or the office number? Assistant: Use official channels where possible — your work e-mail and the company's main line — so the recipient can verify the letter really comes from the organisation.
        Do UK universities still want reference letters on letterhead, or is the online reference in the UCAS form enough?
        What's the difference between a reference letter, a recommendation letter and a testimonial in Singapore usage?
        User: Can my employer refuse to give me a reference? Assistant: In most places there is no general legal duty to write a reference, though many employers will issue a basic certificate of employment on request. Check your company's HR policy.
        Is it weird to ask my student to draft their own recommendation letter for me to edit? My colleagues say it's common in some departments.
        User: words to avoid in a reference letter for female candidates? Assistant: Studies have found letters for women lean on "caring", "hardworking" and "helpful" while men get "brilliant" and "exceptional". Describe achievements with the same standout language for everyone.
        How do I write a reference for an employee who was dismissed? I want to be honest but not defamatory.
        In a rec letter for a PhD applicant, how much should I talk about the research project versus personality?
        User: what does "waive your right to access" on the Common App recommendation form mean? Assistant: Under FERPA, US students may see their recommendation letters unless they waive that right; most counsellors advise waiving so the letters are read as candid.
        User: I'm applying to Lee Kong Chian School of Business — do they accept a reference from a part-time employer? Assistant: Check the programme's admissions FAQ; most business schools prefer a supervisor who has seen your work directly, whether full-time or part-time.
        Tan Tock Seng Hospital's nursing sponsorship form asks for two referees. Can one of them be my CCA teacher instead of a form teacher?
    """),
    ("en", "public and fictional"): _lines("""
        Write a tongue-in-cheek recommendation letter from Professor McGonagall recommending Hermione Granger for an internship at the Ministry of Magic.
        User: Who recommended Charles Darwin for the Beagle voyage? Assistant: John Stevens Henslow, his botany mentor at Cambridge, recommended him in 1831 as a gentleman naturalist to sail with Captain Robert FitzRoy.
        Write a reference letter from Mr. Bennet for Elizabeth Bennet applying to be a governess, in Austen's style.
        Write a LinkedIn recommendation for Tony Stark from Pepper Potts, as a joke for our team's Marvel-themed party.
        Is it true that Einstein struggled to get an academic post after graduating from ETH Zurich in 1900, partly because his professors would not recommend him?
        User: write a glowing reference for Sherlock Holmes as a flatmate, signed by Dr John Watson. Assistant: To whom it may concern — for several years I shared rooms at 221B Baker Street with Mr Sherlock Holmes. I can vouch for his punctuality with the rent, if not with the violin at 3 a.m....
        User: Was Ruth Bader Ginsburg really turned down for a clerkship by Justice Frankfurter despite a strong recommendation? Assistant: Yes. Albert Sacks of Harvard Law recommended her in 1960, but Frankfurter declined to hire a woman.
        Write a reference for Mr. Bean applying to be a hotel receptionist, in a funny, deadpan British style.
        User: Can you write a recommendation from Gandalf for Frodo Baggins to join a new fellowship? Assistant: To the Council of Elrond: I have known Mr Frodo Baggins of Bag End since he was a tween, and I commend him without reservation...
        Write Lady Catherine de Bourgh's very reluctant reference for Mr Collins as a rector, for our literature club skit.
    """),
    ("zh-Hans", "推荐信求助"): _lines("""
        帮我写一封考研复试用的导师推荐信模板，学生姓名、学校、专业都用【】留空。
        用户：本科生申请美国硕士，推荐信一般找几位老师？ 助手：通常需要3封，至少两封来自任课老师或科研导师，最好有一封能具体谈到你的科研经历。
        推荐信里写“该生成绩优异”太空了，有没有更具体的表达方式？给我十个句式。
        给离职员工开的工作证明和推荐信有什么区别？我们公司HR说只开离职证明。
        用户：家政阿姨要去新雇主家，我想给她写个推荐，一般写哪些内容？ 助手：可以写工作年限、主要负责的事情（做饭、带孩子、照顾老人）、为人是否诚实可靠、离开原因，以及您是否愿意接受新雇主的电话咨询。
        英文推荐信结尾用 Sincerely 还是 Best regards？给教授写的是正式的那种。
        用户：诸葛亮在信里是怎么评价姜维的？ 助手：他在给张裔、蒋琬的信中称姜维“忠勤时事，思虑精密”，又说“其人，凉州上士也”。
        推荐信模板：兹推荐______同学（学号：__________）参加我院____年优秀大学生夏令营，该生在校期间…… 帮我润色一下。
        留学中介说推荐信可以学生自己写好再让老师签字，这样合规吗？
        推荐人信息那一栏要填什么？姓名、职称、单位、联系方式，联系方式填单位座机可以吗？
        申请编号 2026-MS-004417 的推荐信上传截止是几号？系统一直显示“待推荐人提交”。
        用户：推荐信要不要写学生的GPA和排名？ 助手：如果成绩单已经提交，可以简要提一句“专业排名前5%”，重点放在成绩单体现不了的能力上。
        仿照鲁迅《藤野先生》里藤野先生批改讲义的那种认真劲儿，写一段老师夸学生的评语，语气稍微文一点。
        公司规定推荐信必须盖公章吗？外企HR一般怎么处理？逸夫楼那边的学院办公室说没有公章不收。
    """),
    ("zh-Hant", "推薦信"): _lines("""
        請幫我寫一封外傭推薦信範本，姓名、護照號碼、受僱日期用＿＿＿留空，語氣要正式。
        用戶：香港外傭約滿離職，僱主一定要寫推薦信嗎？ 助手：法例上沒有規定要寫推薦信，但須按合約及《僱傭條例》結清款項；如有疑問可致電勞工處查詢熱線 2717 1771。
        入境處查詢熱線 2824 6111 可以問外傭轉換僱主要準備咩文件嗎？定係要去灣仔入境事務大樓？
        研究所推薦函一般要幾封？台大、清大的系統是推薦人直接上傳嗎？
        用戶：推薦函可以寫「該生個性內向」嗎？會不會扣分？ 助手：建議用正面方式描述，例如「沉穩、專注，習慣先思考再發言」，並配上具體例子。
        幫我把這段翻成英文：「本人擔任該生導師兩年，深知其學習態度認真，樂於助人，特此推薦。」
        諸葛亮評姜維「忠勤時事，思慮精密」，可以引用在推薦函裡嗎？會不會太老派？
        實習證明和推薦函格式差在哪？公司只願意給實習證明。
        用戶：請列出推薦函常用的結語。 助手：「謹此推薦，敬請惠予考慮」「特此證明並推薦」「如需進一步資料，歡迎與本人聯繫」。
        申請編號 PG-2027-08815 嘅推薦人提醒電郵係咪系統自動發出？我想知幾時會 send。
        外傭推薦信要寫返佢做過啲咩？煮飯、湊仔、照顧老人家？有冇範本可以參考？
        教授說推薦函要用學校信紙並彌封，郵寄地址寫系辦就可以嗎？
        幫我寫一份俾補習社導師嘅推薦信範本，用〔姓名〕〔任教科目〕〔任教年期〕做佔位。
    """),
    ("ms", "surat rujukan"): _lines("""
        Tolong buatkan templat surat rujukan untuk pembantu rumah, tinggalkan ruang kosong untuk nama, nombor pasport dan tempoh bekerja.
        Pengguna: Berapa panjang surat sokongan untuk permohonan biasiswa? Pembantu: Biasanya satu muka surat sudah memadai; fokus pada pencapaian akademik, kokurikulum dan sahsiah calon.
        Macam mana nak tulis surat pengesahan majikan dalam Bahasa Melayu yang formal? Bagi contoh ayat pembuka dan penutup.
        Saya cikgu, ada murid minta surat akuan sahsiah untuk mohon masuk sekolah berasrama penuh. Apa yang patut saya tulis?
        Pengguna: Boleh ke pengetua tandatangan surat rujukan bagi pihak guru kelas? Pembantu: Boleh, tetapi lebih baik guru yang mengenali murid itu menulisnya, dan pengetua menurunkan tandatangan serta cop rasmi sekolah.
        Templat: "Dengan segala hormatnya saya merujuk perkara di atas. Saya mengesahkan bahawa [Nama Penuh] (No. K/P: [XXXXXX-XX-XXXX]) telah berkhidmat sebagai [Jawatan] di [Nama Syarikat] dari [Tarikh] hingga [Tarikh]." Tolong betulkan tatabahasa.
        Apa beza surat akuan majikan dengan surat rujukan? HR syarikat saya cakap mereka cuma keluarkan surat pengesahan jawatan.
        Pengguna: Permohonan UPU perlu surat sokongan tak? Pembantu: Bergantung pada program. Semak syarat kemasukan setiap program di portal rasmi UPU sebelum minta surat daripada guru.
        Tolong terjemahkan "I recommend her without reservation" ke Bahasa Melayu yang sedap dibaca dalam surat rasmi.
        Ayat penutup surat rujukan yang sopan, contohnya "Sekian, terima kasih" atau "Segala kerjasama pihak tuan/puan amatlah dihargai" — yang mana lebih sesuai?
        Pengguna: perlu letak no IC pekerja dalam surat rujukan ke? Pembantu: Tidak wajib. Nama penuh, jawatan dan tempoh perkhidmatan biasanya sudah cukup; elakkan butiran peribadi yang tidak perlu.
        Nak minta surat rujukan daripada pensyarah yang dah pencen, macam mana nak mula mesej dia dengan sopan?
        Bagi contoh surat rujukan untuk bekas pekerja kedai makan yang nak kerja di Singapura, guna [NAMA] dan [NO. PASPORT] sebagai tempat kosong.
        Tulis surat sokongan lucu daripada Sultan Melaka untuk Hang Tuah yang memohon jawatan Laksamana, gaya hikayat.
    """),
    ("mixed", "code-switched"): _lines("""
        User: bro help me write ref letter for my intern leh, template only, i fill in name myself. Assistant: Can! Here's a template with [Intern Name], [University], [Internship Dates] and [Key Project] for you to fill in.
        帮我写一个 reference letter for domestic helper，英文的，名字那些留空就好 thanks
        Boleh tolong buat recommendation letter template untuk student apply scholarship? English pun ok, letak placeholder je.
        my boss ask me write own reference then he sign 😅 is this normal in SG? 我觉得怪怪的
        推荐信 closing 用 "Yours faithfully" 定 "Yours sincerely"？我唔知收信人叫咩名。
        User: MOM got official form for helper reference or not? Assistant: There isn't a standard MOM reference form; employers usually write their own letter. For transfer procedures, check the MOM website or call 6438 5122.
        Can help me translate 这位同学勤奋好学、乐于助人 into nice English for rec letter? Don't want it to sound too Chinglish.
        Surat rujukan ni nak hantar by email or hardcopy? 学校说 PDF with letterhead ok.
        pls rate my opening line lol: "It is with great pleasure that I recommend [Name] for the position of [Role]" — too cliché?
        Tracking no. SGP-EX-88214793 for the sealed reference letters — courier says out for delivery since morning, usually how long?
        Our HR template pakai "To Whom It May Concern" — masih okay ke in 2026 or already outdated?
        老师说 rec letter 要 upload 到 portal 前 7 天 remind 他, what's a polite way to remind without sounding pushy?
    """),
    ("en", "hard negatives"): _lines("""
        Refund request for order #RL-20261104-5531: I bought the "Reference Letter Pro" template pack twice by mistake.
        The guide our careers office recommends has ISBN 978-0-19-284917-5 — is there a newer edition with sample letters for internships?
        {"template_id": "ref-helper-v3", "fields": ["name", "passport_no", "start_date", "end_date"], "tone": "formal"} — can you add a field for reason of leaving?
        Policy excerpt: "Managers may only provide references that are factual and approved by HR. Do not disclose salary, health or disciplinary records without written consent." Summarise this for a team email.
        Our letter generator prints "Dear {{ recipient_name }}, I am writing to recommend {{ candidate_name }}" but the braces show up in the PDF. Is this a Jinja2 autoescape issue?
        Ticket INC-448213: the referee upload portal returns HTTP 413 for PDFs above 5 MB. Any workaround besides compressing the scan?
        SHA-256 of the signed PDF is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 — how can the university verify the file wasn't altered?
        System prompt draft: "You are RefBot for a staffing agency. Never include an applicant's ID number, passport number or home address in a generated letter; write [REDACTED] instead." Is this wording strong enough?
        Is postal code 119077 the right one for the NUS admissions office when mailing hard-copy references?
        Invoice INV-2026-0917 from the translation agency for a Chinese-to-English reference letter: SGD 45 per page plus 9% GST. Is that a normal rate?
        Version 2.4.1 of our HR letter template changed the footer — regex to strip "Page x of y" from the exported text?
        Date format question: should I write 06/12/2026 or 6 December 2026 in a reference going to a UK university?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        please polish this: "Maria Luisa Dimaculangan (Passport No. P4829173B) has worked as our domestic helper from March 2019 to November 2026. She cares for our two children and my mother, who has Parkinson's." Signed, Karen Goh, 9482 6631
        write a rec letter for my student wei jie (tan wei jie, sec 4E at bedok green sec) he got 2nd in national robotics but flunked chem prelims bc his dad was in hospital
        Can you check the tone: "I have known Priya d/o Ramasamy for three years as her civics tutor; she was caught plagiarising once in JC1 but has since shown real integrity..."
        Reference for my former employee Ahmad Faizal bin Rosli — he was outlet supervisor at our Jurong Point branch until Oct 2026 and left to care for his wife after her stroke. His new employer will call him at 012-738 4519.
        My details for the signature block: Dr. Evelyn Chua Mei Lin, Senior Lecturer, evelyn.chua.ml@gmail.com, +65 8736 2190 — please format nicely.
        Pasted CV: NAME: RAJESH KUMAR A/L SUBRAMANIAM | IC: 990412-10-5671 | Address: No. 14, Jalan SS 2/55, 47300 Petaling Jaya | Education: BEng (Hons) Mechanical, UTM 2021 | can you write a reference from his supervisor based on this?
        I'm writing a reference for our nanny Siti Rahayu binti Abdullah from Indonesia, passport C8392017, with us in Tampines since 2021 — please mention she's wonderful with our autistic son Ethan.
        fix grammar pls: "Mr Lim Boon Keat was employed as our warehouse driver (lorry SJK 4821 U) since 2018. He was given a written warning in 2023 for a traffic accident."
        Ref letter for my old PhD student Dr. Huang Zixuan, now a postdoc at ETH — she published 3 first-author papers with me but took 8 months of medical leave in 2024 for depression. Should I mention it?
        Please write a LinkedIn recommendation for Jonathan Pereira, who reported to me at OCBC Tampines Centre as a relationship manager 2022–2025 and is job hunting after being retrenched.
        For the helper's release letter I need her final salary details: POSB Savings 188-41627-3, account holder Rosalinda Bautista Cruz. Can you add a line confirming payment?
        My referees for the application: 1) Mr Daniel Ong Kah Wai, ex-manager at Grab, 9173 5528; 2) Ms Nurul Huda binti Kamal, my FYP supervisor, nurulhuda.kamal88@gmail.com
        letter for kavitha a/p muniandy, she cleaned my office 5 yrs, honest, never late, leaving bc her daughter in ipoh is having twins
        Please write a reference for Ms Wulan Sari, our helper from Indonesia (HKID W615204(2)), who worked in our Tai Koo Shing flat from 2020 to 2026; she is pregnant and going home to Malang.
    """),
    "zh-Hans": _lines("""
        帮我给学生写推荐信：陈雨桐，女，身份证号440305199803142629，深圳大学计算机专业2016级，绩点3.7，专业排名第6，大三在腾讯实习过。
        我们家阿姨王秀兰跟了我们六年，要回安徽老家了，帮我写个推荐信给下一家，她做饭很好，就是腰椎不好，不能抱太重的孩子。她电话 138 2761 4093。
        推荐人：李建国教授，华东师范大学物理系，手机15918372604，邮箱 ljg_1968@163.com —— 帮我把推荐人信息排版一下放在推荐信末尾。
        润色：“兹证明张浩然（身份证号510107199506021732）于2019年7月至2026年10月在我司担任前端开发工程师，因个人原因离职。”
        学生刘思琪去年因为抑郁症休学一年，今年复学后成绩进步很大，我给她写保研推荐信，要不要提她休学的原因？
        帮我写给导师的邮件，请他写推荐信：我叫周子墨，是您2023年《机器学习》课上的学生，学号2021213456，申请的是港科大的MPhil。
        孙老师您好，推荐人链接会发到您的邮箱 sun.lp@qq.com ，麻烦您12月15日前提交，有问题加我微信 zhouzm_0917。
        把这段翻译成英文：“黄佳怡同学在我班担任班长三年，2025年获全国高中数学联赛一等奖，家庭经济困难，父亲常年卧病在床。”
        我是杭州一家公司的HR，前员工吴磊（330106198709190259）要我们开推荐信，可他是因为挪用公款被辞退的，我该怎么写？
    """),
    "zh-Hant": _lines("""
        幫我寫外傭推薦信：僱員姓名 SANTOS, MARICEL REYES，護照號碼 P7301846C，2018年至2026年受僱於本人，住址：九龍灣德福花園 F 座 12 樓 B 室。
        我係陳太，想幫我工人姐姐寫推薦信，佢全名 Lina Marlina Hasibuan，照顧咗我家婆三年，家婆上個月過咗身所以要提早解約。我電話 6183 2745。
        推薦函：謹推薦林冠宇同學（身分證字號 A134817654），國立成功大學電機系大四，GPA 4.12，大三曾因車禍休學一學期。
        請幫我潤飾：「本人為陳怡君之指導教授，該生碩士論文獲學會優等論文獎。」下面加上我的聯絡電話 0928-417-356。
        僱主資料：何志明先生，HKID K903581(8)，住址沙田第一城 38 座 20 樓 E 室，請放喺推薦信抬頭。
        佢叫 Rina Anggraini，喺我屋企做咗五年，今年年頭確診糖尿病，我想推薦佢去我朋友屋企做，但唔知應唔應該講佢病情？
        老闆要我幫前員工蔡佩珊寫推薦信，她在我們台北公司當了四年會計，去年產假後就離職了，她說寫好傳到她的 LINE：peishan0603。
        幫我寫一封推薦函草稿讓牧師修改後簽名，推薦我本人鄭家豪（F129304878）申請神學院：在台中浸信會服事十年，前年離婚後更確定蒙召。
    """),
    "ms": _lines("""
        Tolong tulis surat rujukan untuk pekerja saya, Nur Aisyah binti Zulkifli, No. K/P 010923-14-0238, kerani akaun di kedai saya di Kajang sejak 2022.
        Saya nak minta surat sokongan dari cikgu untuk anak saya Muhammad Haziq bin Azman, Tingkatan 5 SMK Seri Kembangan, dia ada asma teruk jadi nak mohon asrama yang dekat rumah. Telefon saya 017-229 0663.
        Ini draf saya, tolong semak: "Saya mengesahkan bahawa Encik Loganathan a/l Perumal (No. KP 850716-07-5341) telah bekerja sebagai pemandu lori di syarikat kami sejak 2014..."
        pembantu rumah saya kak yati, nama penuh Suryati binti Marzuki, nak pindah kerja ke Singapura. Dia jujur tapi pernah ambil cuti panjang sebab kanser payudara. Patut cerita tak dalam surat?
        Surat rujukan utk pelajar praktikal: Amirul Hakim bin Roslan, UiTM Shah Alam, no matrik 2022845716, prestasi cemerlang. Akaun bank untuk elaun: Maybank 1642 8830 5127.
        Saya Puan Rohani binti Ismail, guru kelas 6 Bestari SK Taman Melati. Emel saya rohani.ismail77@gmail.com kalau pihak sekolah baru nak sahkan surat ni.
        Surat akuan untuk Tan Mei Ling, pelajar saya di Kolej Tingkatan Enam Kuching — keluarga dia susah, ayah baru keluar penjara, dia nak mohon biasiswa Yayasan Sarawak.
        Boleh buat surat pengesahan majikan? Pekerja: MOHD FIKRI BIN HASSAN, IC 031105-08-1127, alamat No 22 Lorong Bunga Raya 3, Taman Kledang, 31450 Menglembu, Perak. Gaji RM2,800 sebulan.
    """),
    "mixed": _lines("""
        bro my intern jia hui (ng jia hui from NTU) damn solid, can help write rec for her? she wanna apply GIC. her hp 8461 0937 in case they need
        帮我写个 reference for our helper Josephine Mendoza Bautista, FIN G5528136Q, 她 work for us since 2020, very good with my dad who has dementia.
        Cikgu, ni IC anak saya untuk surat sokongan: 080317-10-0546, nama Nurul Izzah binti Kamarudin, dia MC seminggu bulan lepas sebab denggi.
        老板叫我写 own reference 然后他 sign，我名字 Lee Shu Fen，S8834217H，worked 3 years as admin at his renovation company, can help?
        Pls include my referee contact: Mr. Kelvin Teo, my former supervisor at Changi Airport Group, kelvin.teo.kw@hotmail.com, 9216 4073 — 放在最后一段
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I need a reference letter for our helper who is finishing her contract next month. Can you help?",
        ),
        (
            "assistant",
            "Of course. Could you tell me her name, how long she worked for you, her main duties, and anything you'd especially like to highlight?",
        ),
        (
            "user",
            "Her name is Analyn Gutierrez Ramos, passport P3928104A. She was with us in our Serangoon flat from June 2021 to January 2027, took care of my twins from birth and cooked for the family. She's leaving because we're relocating to Perth.",
        ),
        (
            "assistant",
            "Here's a draft: To Whom It May Concern, I am pleased to recommend Ms Analyn Gutierrez Ramos, who worked as our domestic helper from June 2021 to January 2027. She cared for our twins from birth and ran our kitchen with great care. She leaves us only because our family is relocating to Perth.",
        ),
        ("user", "Great, add my contact at the bottom: Mrs. Sharon Lim, 9038 6412."),
    ],
    [
        (
            "system",
            "You are an assistant for teaching staff of a junior college. Signed-in user: Mrs Angela Fernandez, Head of Science, staff mobile 9651 2087. Use her details in signature blocks.",
        ),
        (
            "user",
            "Write a recommendation for my H2 Chemistry student Darren Koh Jia Le for the A*STAR National Science Scholarship. He topped the cohort in promos and led our Science Olympiad team.",
        ),
        (
            "assistant",
            "Dear Scholarship Selection Committee, It is my pleasure to recommend Darren Koh Jia Le, who topped his cohort in the promotional examinations and led our Science Olympiad team... Yours sincerely, Mrs Angela Fernandez, Head of Science, 9651 2087",
        ),
        (
            "user",
            "Also mention he did all this while his mother was going through chemo. Keep it tactful.",
        ),
    ],
    [
        ("user", "帮我写一个考研复试的导师推荐信模板"),
        (
            "assistant",
            "好的，以下是模板：尊敬的复试专家组：我是【推荐人姓名】，现任【单位】【职称】。我推荐【学生姓名】同学参加贵校【专业】硕士研究生复试……",
        ),
        (
            "user",
            "直接帮我填好吧。学生叫许梦洁，身份证310115200108271486，上海理工大学环境工程专业，毕业设计做的是太湖蓝藻监测，我是她的毕设导师杨振华副教授。",
        ),
        (
            "assistant",
            "尊敬的复试专家组：我是杨振华，现任上海理工大学副教授，是许梦洁同学的本科毕业设计指导老师。她的毕业设计围绕太湖蓝藻监测展开……",
        ),
    ],
    [
        ("user", "我屋企工人姐姐下個月約滿，佢想我寫封推薦信俾下個僱主，可以幫手嗎？"),
        ("assistant", "當然可以。請問佢叫咩名、做咗幾耐、主要負責啲咩工作？"),
        (
            "user",
            "佢叫 Dewi Lestari，做咗四年，主要湊我個細仔同埋煮飯，好有耐性。新僱主話要身份證號碼，係 W482736(0)。",
        ),
        (
            "assistant",
            "以下係草稿：致有關人士：本人謹此推薦 Dewi Lestari 女士（香港身份證號碼 W482736(0)）。佢自2022年起受僱於本人家中擔任家庭傭工，負責照顧幼兒及煮食……",
        ),
        ("user", "最後加返我聯絡方法：黃太 5416 8830，住將軍澳日出康城。"),
    ],
    [
        (
            "user",
            "Saya ada kedai dobi di Seremban. Nak tulis surat rujukan untuk pekerja yang nak berhenti.",
        ),
        (
            "assistant",
            "Baik. Boleh kongsikan nama penuh pekerja, jawatan, tempoh bekerja dan kekuatan utama dia? Nombor kad pengenalan tidak wajib.",
        ),
        (
            "user",
            "Nama dia Siti Khadijah binti Omar, IC 870224-12-6014, penyelia dobi sejak 2019. Dia berhenti sebab nak jaga mak dia yang sakit buah pinggang di Sandakan.",
        ),
        (
            "assistant",
            "Berikut draf: Kepada Sesiapa Yang Berkenaan, Saya mengesahkan bahawa Puan Siti Khadijah binti Omar (No. K/P: 870224-12-6014) telah berkhidmat sebagai Penyelia di kedai dobi kami sejak 2019...",
        ),
    ],
    [
        (
            "user",
            "I supervise a PhD graduate who's applying for postdocs. How do I address a gap in her publication record?",
        ),
        (
            "assistant",
            "You can acknowledge the gap briefly without details, e.g. 'Her progress was interrupted for a period for personal reasons, after which she...' and then focus on what she achieved afterwards.",
        ),
        (
            "user",
            "Her name is Dr. Farah Nadia Iskandar, she defended at NUS in August. The gap was 2024, when she had a miscarriage and then postnatal depression. I want to be supportive but not overshare.",
        ),
        (
            "assistant",
            "Understood. I'd leave out the medical details entirely: 'Dr Farah Nadia Iskandar's output slowed in 2024 for personal reasons; since returning she has...'",
        ),
    ],
    [
        ("user", "eh can help me write my own testimonial? my boss say he will sign only"),
        (
            "assistant",
            "Sure! Tell me your role, how long you worked there, and a few things you're proud of. I'll write it from your boss's point of view.",
        ),
        (
            "user",
            "ok i'm Muhammad Irfan bin Zainal, logistics coordinator at a freight forwarder in Changi South, 4 yrs. i cut customs clearance delays by half. the new company want my NRIC in the letter also, T0247391C",
        ),
        (
            "assistant",
            "Here's a draft: This is to certify that Mr Muhammad Irfan bin Zainal (NRIC T0247391C) has been employed as Logistics Coordinator since 2022... Note: an NRIC number is usually not needed in a testimonial, so leave it out unless the company insists.",
        ),
    ],
    [
        ("user", "家里请的住家阿姨要走了，想给她写个推荐信，方便她找下一家"),
        (
            "assistant",
            "可以的。请告诉我阿姨的姓名、在您家工作的时间、主要负责的事情，以及您觉得她最突出的优点。",
        ),
        (
            "user",
            "她叫赵桂芳，四川人，在我们家干了五年，带大了我女儿，做饭特别好吃。她老公去年工伤瘫痪了，她得回去照顾。",
        ),
        (
            "assistant",
            "好的，草稿如下：推荐信 兹有赵桂芳阿姨，自2021年起在我家担任住家保姆，照顾孩子细心周到……因家庭原因离职，我们非常不舍。",
        ),
        ("user", "最后加上：如需了解情况，可联系我本人，电话186 0217 5539，微信 lin_yan_sz。"),
    ],
    [
        (
            "user",
            "HR question: a former employee we let go for falsifying overtime claims has listed me as a referee. What can I say?",
        ),
        (
            "assistant",
            "Keep it factual: confirm dates and job title, and avoid opinions you can't substantiate. Many companies only confirm employment details in such cases.",
        ),
        (
            "user",
            "The guy is Benjamin Yeo Wee Liang, site supervisor at our Tuas yard from 2020 to March 2026. The new employer emailed asking if he's eligible for rehire. He's not.",
        ),
        (
            "assistant",
            "You could reply: 'Benjamin Yeo Wee Liang was employed as Site Supervisor from 2020 to March 2026. In line with company policy we are unable to comment further.'",
        ),
    ],
    [
        ("user", "老師好像很忙，我想先把請他寫研究所推薦函的資料整理好"),
        (
            "assistant",
            "好的，請提供你的姓名、學校系級、修過這位老師的哪些課與成績，以及想申請的研究所。",
        ),
        (
            "user",
            "我是蘇以晴，政大統計系大四，修過王老師的迴歸分析拿 A+，專題做台灣空汙與兒童氣喘的關聯，要申請台大公衛所。手機 0912-608-274。",
        ),
        (
            "assistant",
            "整理如下：申請人：蘇以晴（政治大學統計學系四年級）｜修課：迴歸分析 A+｜專題：台灣空氣汙染與兒童氣喘之關聯｜申請：臺灣大學公共衛生研究所｜聯絡：0912-608-274",
        ),
    ],
    [
        (
            "user",
            "Saya guru kelas. Ibu bapa seorang murid minta surat sokongan untuk permohonan bantuan zakat.",
        ),
        (
            "assistant",
            "Boleh. Nyatakan hubungan anda dengan murid, kelakuan dan pencapaiannya, serta keadaan yang anda ketahui secara langsung. Siapa nama murid itu?",
        ),
        (
            "user",
            "Nama dia Nur Damia binti Hafiz, Tahun 5, SK Bandar Baru Bangi. Ayah dia kena buang kerja awal tahun ni, mak suri rumah, 6 adik beradik. Nombor telefon mak dia 019-441 7302.",
        ),
        (
            "assistant",
            "Berikut draf: Saya selaku guru kelas mengesahkan bahawa Nur Damia binti Hafiz ialah murid yang berdisiplin dan rajin... Bapanya telah kehilangan pekerjaan dan keluarga ini menanggung enam orang anak.",
        ),
    ],
    [
        (
            "user",
            "Can you update this old reference letter to 2026? 'To whom it may concern, This is to confirm that Mr. Harvinder Singh a/l Gurdev Singh (NRIC 920628-01-5583) has worked at Syarikat Jaya Maju Sdn Bhd as Senior Technician since 2015...'",
        ),
        (
            "assistant",
            "Sure — what has changed? For example his current title, whether he's still with the company, and who will sign.",
        ),
        (
            "user",
            "He got promoted to workshop supervisor in 2023 and resigned last month. I'm signing as the new GM.",
        ),
        (
            "assistant",
            "Updated: 'This is to confirm that Mr. Harvinder Singh a/l Gurdev Singh (NRIC 920628-01-5583) was employed at Syarikat Jaya Maju Sdn Bhd from 2015 to 2026, first as Senior Technician and, from 2023, as Workshop Supervisor...'",
        ),
    ],
    [
        ("user", "帮我写个 internship reference, 我们 team 的 intern 要 apply grad school"),
        ("assistant", "没问题！请告诉我实习生的名字、实习时间、负责的项目和你的职位。"),
        (
            "user",
            "她叫 gu yuxin, 复旦的, summer 2026 在我们 data team 做 churn prediction model, AUC 从 0.71 提到 0.79. 我是她 mentor, senior data scientist.",
        ),
        (
            "assistant",
            "Here's a draft: To the Admissions Committee, I supervised Ms Gu Yuxin (Fudan University) during her summer 2026 internship on our data team, where she rebuilt our churn prediction model and lifted AUC from 0.71 to 0.79...",
        ),
        ("user", "nice. she said send to her wechat gyx_fdu2003 after I sign."),
    ],
    [
        (
            "user",
            "The reference check portal for my helper's new employer asks me to pay a SGD 30 verification fee. Can you format the payment fields for me?",
        ),
        (
            "assistant",
            "I can help format it, but be careful: legitimate reference checks rarely charge the referee. Which fields does the form have?",
        ),
        (
            "user",
            "Cardholder: CHONG WAI KEI | Card: 4563 2845 0895 5391 | Expiry 08/29 | Billing address: Blk 512 Bedok North Ave 2, #07-118, Singapore 460512",
        ),
        (
            "assistant",
            "Formatted: Cardholder: CHONG WAI KEI / Card number: 4563 2845 0895 5391 / Expiry: 08/29 / Billing address: Blk 512 Bedok North Ave 2 #07-118 Singapore 460512. Please double-check the site before submitting and never share your CVV.",
        ),
    ],
    [
        ("user", "Write a short reference for my family driver, he's moving to a corporate job."),
        (
            "assistant",
            "Happy to. What's his name, how long has he driven for you, and anything notable — safety record, punctuality, reliability?",
        ),
        (
            "user",
            "Mr. Selvam a/l Krishnan, 9 years with us in Bangsar, not one accident. Mention he drove our Alphard (VEP 6218) for the kids' school runs. His number 016-823 5097.",
        ),
        (
            "assistant",
            "To Whom It May Concern, I am pleased to recommend Mr. Selvam a/l Krishnan, who has served as our family driver in Bangsar for nine years without a single accident...",
        ),
    ],
    [
        (
            "system",
            "以下是用户上传的简历，供撰写推荐信参考：姓名：方可欣｜身份证：350203200301113866｜厦门大学会计学2021级｜电话：13761048827｜实习：会计师事务所厦门办公室审计实习生（2024.07–2024.09）",
        ),
        (
            "user",
            "我是她的实习主管，帮我写一封英文推荐信，她申请 LSE 的 MSc Accounting and Finance。",
        ),
        (
            "assistant",
            "Dear Admissions Committee, I am writing to recommend Ms Fang Kexin, a 2021 accounting student at Xiamen University, who worked under my supervision as an audit intern from July to September 2024...",
        ),
    ],
    [
        ("user", "Nak buat reference letter untuk maid kami, dia dari Filipina. English ok."),
        (
            "assistant",
            "Sure. Please share her full name, how long she has worked for you, her duties, and why she is leaving.",
        ),
        (
            "user",
            "Name: Jennifer Dela Cruz Villanueva, passport P6610295B. Kerja dengan kami 3 tahun di Mont Kiara, jaga baby and cook. Dia balik sebab ayah dia meninggal, lepas tu nak cari kerja baru in KL.",
        ),
        (
            "assistant",
            "Here is your draft: To Whom It May Concern, This is to certify that Ms Jennifer Dela Cruz Villanueva (Passport No. P6610295B) has been employed as our domestic helper in Mont Kiara for three years...",
        ),
    ],
]
