# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat55: parents asking for help writing to a child's school and teachers (absence notes, special needs, bullying reports, allergy plans). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat55
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "parent requests"): _lines("""
        can u help me write a short absence note, kid had a fever yesterday, nothing serious. keep it polite but not too formal
        User: How do I tell the form teacher my son is being left out at recess without sounding like I'm blaming anyone? Assistant: Start with what you've observed, ask for their view, and suggest a time to talk.
        My 8yo has a severe peanut allergy. What should an allergy action plan for school include?
        Rewrite this so it sounds less passive aggressive: 'As I have mentioned MANY times, my child is not allowed to have sweets in class.'
        What's the difference between an IEP and a 504 plan? We're moving from Singapore to Texas next year and I'm confused.
        Write a thank-you card for a kindergarten teacher who is retiring after 30 years, from the whole K2 class, 3-4 sentences.
        Draft an email asking the school whether the Primary 4 camp menu can accommodate halal and vegetarian meals.
        Is it ok to send the doctor's memo as a WhatsApp photo or does the school need the original? (SG primary school)
        User: my daughter says a classmate keeps calling her names, should I message the other parent directly? Assistant: It's usually better to go through the teacher first so the school can handle it neutrally.
        Give me 3 subject lines for an email to the school counsellor about exam stress, nothing dramatic.
        Translate into simple Malay: 'My child will be late tomorrow because of a dental appointment. He will arrive by 10am.'
        Assistant: Here is a neutral template - Dear [Form Teacher], I'd like to request a short meeting to discuss [child]'s progress in [subject]. Would [day/time] work for you? Thank you, [Parent name]
        what do I write in the 'reason for absence' box if it was a family emergency and I don't want to give details?
        Summarise the key steps in a school's anti-bullying procedure for a parent newsletter, 100 words max.
        help me write a note that my kid forgot his homework at home today - it's done, I'll put it in his bag tmr. casual tone pls
        My son has ADHD and the teacher keeps sending notes home about him fidgeting. How do I ask for a seating change politely? Leave the name blank, I'll fill it in.
    """),
    ("en", "school policies and notices"): _lines("""
        Parents are reminded that pupils who are absent for more than 3 consecutive school days must submit a medical certificate to the form teacher.
        This is a nut-aware school. Please do not pack peanut butter, Nutella or satay in your child's lunchbox.
        All adrenaline auto-injectors must be labelled with the pupil's name and class and handed to the General Office on the first day of term.
        Bullying is defined as repeated behaviour intended to hurt someone physically or emotionally, often where there is an imbalance of power.
        Reports of bullying can be made to any teacher, the Year Head, or anonymously through the Speak Up box outside the library.
        Term 1 Week 6: Parent-Teacher Conference will be held online via Microsoft Teams. Slots open on Parents Gateway from 9am Monday.
        Children should stay at home for at least 48 hours after the last episode of vomiting or diarrhoea.
        Under the school's Data Protection Policy, staff may only share a pupil's medical information with adults who need it to keep the pupil safe.
        Staff must never post pupils' full names together with photos on the school's public Instagram account.
        Pupils with Special Educational Needs may apply for access arrangements such as extra time, a separate room or a reader for national exams.
        Late-coming: the school gate closes at 7.30am. Pupils arriving after 7.45am must report to the General Office to be marked late.
        Head lice have been reported in Year 2. Please check your child's hair tonight and treat if necessary before they return to school.
        The canteen vendor's allergen matrix (updated Jan 2026) is available at the front desk and on the school website.
        If your child needs medication during school hours, complete Form M2 and return it with the medicine in its original packaging.
    """),
    ("en", "named institutions, helplines and references"): _lines("""
        Tinkle Friend (1800 274 4788) is a free helpline for primary school children in Singapore, run by the Singapore Children's Society.
        Childline UK: call 0800 1111 for free, any time, or chat online with a counsellor.
        KK Women's and Children's Hospital, 100 Bukit Timah Road, Singapore 229899 - Children's Emergency is open 24 hours.
        In Roald Dahl's Matilda, Miss Honey is the kind teacher and Miss Trunchbull is the headmistress who terrorises the pupils.
        Anne Sullivan began teaching Helen Keller in Tuscumbia, Alabama, in March 1887; the 'water' lesson at the pump was the breakthrough.
        Maria Montessori opened her first Casa dei Bambini in the San Lorenzo district of Rome in 1907.
        Write a letter to Ms. Frizzle from The Magic School Bus asking if the class can go inside a volcano on the next field trip.
        Anglo-Chinese School (Junior) and Raffles Girls' Primary School both hold allergy-awareness talks for P1 parents in January.
        Malala Yousafzai addressed the UN Youth Assembly on 12 July 2013, calling for every child's right to go to school.
        St. Joseph's Institution was founded in 1852 by the Brothers of the Christian Schools.
        The Anna Freud Centre publishes free guidance for schools on supporting anxious pupils.
        Mr. Keating in Dead Poets Society tells his students to stand on their desks to see the world differently.
        Sir Ken Robinson's 2006 TED talk 'Do schools kill creativity?' is one of the most watched TED talks ever.
        Write a funny sick note from Bart Simpson to Principal Skinner explaining why he missed the spelling bee.
    """),
    ("en", "forms, orders and system strings"): _lines("""
        Order #UNI-2026-004417: 2 x PE T-shirt (size 130), 1 x school tie, total S$41.60, ready for collection at the bookshop.
        Invoice INV/2026/01/0983 - P4 Learning Journey to Science Centre, S$12.00 per pupil, due 20 Feb 2026.
        EpiPen Jr 0.15 mg auto-injector, lot 5FA0211, expiry 2027-03; replace before the expiry date.
        Parents Gateway app v3.14.2 (build 20260111) fixes a bug where consent forms showed the wrong due date.
        Form M2 (Rev. 2025-08) - Request for Administration of Medication in School. Fields: Pupil's name, Class, Medication, Dosage, Parent's signature.
        SHA-256 of absence_template_v2.docx: 9f2c4e0b7a1d53e8c6b4f07a2d9e18c35b7a60f4e2d18c9a3b5f7e0d4c6a2b81
        Tracking no. SPX-SG-88216407731 - your name-label stickers have been shipped.
        ticket #48213 closed: 'Attendance export shows duplicate rows for 2026-01-14 09:05:33 SGT'
        {"template_id": "absence_v3", "fields": ["child_name", "class", "dates", "reason", "parent_contact"], "locale": "en-SG"}
        School survey 2025 (n=612 pupils, P4-P6): 14.2% reported name-calling at least once a month, down from 17.8% in 2023.
    """),
    ("zh-Hans", "家校沟通模板与指引"): _lines("""
        尊敬的____老师：您好！我是____班____的家长，孩子因____需请假____天（____月____日至____月____日），望批准。家长：____
        帮我写一条发给班主任的请假消息，孩子发烧了，语气客气一点，不要太长。
        孩子在学校被同学起外号，我该怎么跟老师沟通比较好？不想把事情闹大。
        用户：孩子花生过敏，学校食堂需要提交什么材料？助手：一般需要医院出具的过敏诊断证明、紧急处理方案和家长联系方式，具体以学校要求为准。
        给老师发消息时，不建议在家长群里公开孩子的病情，最好私聊班主任。
        请帮我把这段话改得委婉一些：“你们学校到底管不管？孩子天天被欺负！”
        写一封感谢信给幼儿园老师，孩子要毕业了，大概200字，真诚一点。
        孩子有多动症，想请老师上课时多提醒他，怎么说比较得体？名字我自己填。
        随班就读申请一般需要：残疾证或医院诊断证明、心理评估报告、家长申请书，向学校和区特殊教育指导中心提交。
        请假条模板：今因【原因】，【学生姓名】需请假【天数】天，请老师批准。此致 敬礼 【家长签名】【日期】
        遇到校园欺凌，可以先保存证据（聊天记录、照片、就诊记录），再书面向学校反映，必要时拨打12355青少年服务台。
        家长群公约：不发广告、不刷屏、不公开讨论其他孩子，私事请私聊老师。
        教育部等十一部门2017年印发《加强中小学生欺凌综合治理方案》，明确了欺凌的界定和处置程序。
        陶行知说过：“千教万教教人求真，千学万学学做真人。”适合写在毕业寄语里。
    """),
    ("zh-Hans", "学校通知与助手回复"): _lines("""
        【通知】各位家长：本周五（12月12日）学校组织秋季研学，请于周三前在“家校通”小程序完成回执，费用每生85元。
        北京儿童医院位于北京市西城区南礼士路56号，过敏反应门诊需提前在官方App预约。
        助手：您可以这样写——李老师您好，孩子今天身体不适需要请假一天，作业我们会在家补上，谢谢您的理解！
        订单号 202512058831204476，校服冬装两套，实付 ¥356.00，预计12月10日送达学校门卫。
        “智慧校园”App 5.2.1 版本更新：新增电子请假条功能，家长提交后班主任可在线审批。
        本学期全校因病缺勤率为2.7%，其中流感占61%，较上学期下降0.8个百分点。
        学生过敏信息登记表（模板）：姓名＿＿ 班级＿＿ 过敏原＿＿ 过敏反应＿＿ 用药＿＿ 紧急联系人＿＿ 电话＿＿
        请家长不要把孩子的身份证号、病历照片发在班级群里，如需提交请使用学校指定的加密通道。
        以名人命名的学校很多，比如绍兴的鲁迅中学、上海的宋庆龄幼儿园。
        工单 #20251205-0042：家校通消息推送延迟，已于 14:32 修复，受影响约 1,280 条请假审批通知。
        助手：反映欺凌问题时，建议写清时间、地点、经过和希望学校采取的措施，避免情绪化用语。
    """),
    ("zh-Hant", "學校通告與家長求助"): _lines("""
        各位家長：本校將於12月19日（星期五）舉行聖誕聯歡會，當天學生可穿便服回校。
        教育局建議學校訂立清晰的反欺凌政策，並定期向家長及學生講解處理程序。
        瑪麗醫院位於香港薄扶林道102號，設有兒童及青少年科。
        社會福利署熱線 2343 2255，提供家庭及兒童支援資訊。
        幫我寫張請假紙俾班主任，個仔發燒唔返學，簡單啲就得。
        點樣同老師講個女喺學校俾人排擠？我唔想太激動。
        有特殊教育需要（SEN）的學生，學校可按需要提供加時、獨立試場等考試調適。
        聯絡簿請假範本：老師您好，○○因身體不適，今日請假一天，敬請准假。家長 ○○○ 敬上
        皇仁書院創校於1862年，是香港第一所官立中學。
        校服訂購單號 SU-26-10482，總額 HK$628，請於9月1日前到禮堂取貨。
        教育部反霸凌投訴專線 0800-200-885，學生或家長均可撥打。
        《麥兜故事》裏面春田花花幼稚園嘅校長，係黃秋生配音嘅。
    """),
    ("ms", "surat dan pekeliling sekolah"): _lines("""
        Talian Kasih 15999 menerima aduan berkaitan buli dan penderaan kanak-kanak 24 jam sehari.
        Tolong buatkan surat tak hadir ke sekolah sebab anak demam, bahasa mudah saja.
        Ibu bapa dimaklumkan bahawa murid yang tidak hadir lebih daripada 3 hari berturut-turut perlu mengemukakan sijil cuti sakit.
        Templat: Kepada Guru Kelas [nama kelas], saya ingin memaklumkan bahawa anak saya [nama murid] tidak dapat hadir ke sekolah pada [tarikh] kerana [sebab].
        SK Tun Dr Ismail dan SMK Sultan Abdul Samad akan mengadakan Hari Sukan bersama pada 14 Mac 2026.
        Macam mana nak beritahu cikgu yang anak saya alah kacang tanpa nampak macam komplen?
        Setiap sekolah perlu mempunyai Jawatankuasa Disiplin dan prosedur bertulis untuk menangani kes buli.
        Hospital Tunku Azizah (Hospital Wanita dan Kanak-Kanak Kuala Lumpur) terletak di Jalan Raja Muda Abdul Aziz.
        No. resit SPS-2026-077812: Yuran PIBG RM50.00 telah diterima. Terima kasih.
        Murid berkeperluan khas (MBK) boleh memohon Program Pendidikan Inklusif melalui guru penyelaras PPKI sekolah.
        Upin dan Ipin belajar di Tadika Mesra bersama Cikgu Jasmin.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Mrs Ong, Ethan Lim (P3 Integrity) was down with HFMD and is on MC from 12 to 18 Mar. Pls let me know if he needs to collect worksheets. Rachel (mum) 9127 4408
        Attached is the MC for my daughter Chloe Tan Xin Yi, NRIC T1524738F, she was warded at KKH for dengue and her platelets are still low so she'll be out the whole week
        Hi Mr Rajan, this is Priya Nair's mum from 2E. Marcus Yeo from her CCA has been calling her 'fat cow' in the class Telegram group for weeks and she has stopped eating lunch. I have screenshots.
        ALLERGY ACTION PLAN | Name: Aiden Koh Jun Wei | DOB: 03/02/2016 | Class: 4 Courage | Allergens: peanut, cashew (anaphylaxis 2023) | EpiPen Jr in blue pouch | Emergency contact: Jason Koh (father) +65 8452 1937
        Our son Nathaniel Goh Jia Le was diagnosed with ADHD (combined type) and moderate dyslexia at the Child Development Unit in Jan; we'd like to apply for extra time for his PSLE.
        Please send everything about Hannah to melissa.chua.hannahmum@gmail.com only - her father and I are separated and he is not to receive her school reports per the court order.
        Absence request: Oliver Bennett, Year 5 Oak, 14-18 Oct, to attend his grandad's funeral in Leeds. Claire Bennett, 07700 913 482
        School bus change of address: Ryan Teo Zhi Hao, P1 Wisdom, new pick-up point Blk 418 Bedok North Ave 2 #08-1127, S(460418), from 5 Jan.
        Isaac L. (P5 Grace, NRIC ending ***5672D) - asthma plan updated: Seretide 2 puffs am/pm, Ventolin as needed, call mum if he needs more than 4 puffs.
        Overseas trip consent: pupil Kayden Ho Wen Xuan, passport K4817293B exp 11/06/2029; parent Ho Siew Ling S8123406Z, hp 9661 3050
        reply to Ms Lee: yes, Zoe Lim in 1 Harmony is the girl who has been cutting herself, the counsellor knows, she sees a psychiatrist at IMH and her next appt is 3 Feb
        Fee assistance: father Tan Boon Huat, security guard, gross $2,180/month; mother Lim Ai Mei, unemployed since 2024; 3 kids at Fernvale Primary, youngest Tan Jia Xin in P2.
    """),
    "zh-Hans": _lines("""
        王老师您好，我是三年级二班刘子涵的妈妈，孩子昨晚烧到39度2，今天去儿童医院查了是支原体肺炎，请假三天。有事打我电话13817264095
        转学材料核对：学生 陈一诺，身份证号 440305201503180922，原就读四年级3班，学籍号同身份证号，麻烦老师看下有没有填错。
        张老师，我儿子周浩然上个月在省妇幼确诊了孤独症谱系障碍（轻度），想申请资源教室和随班就读，诊断证明我明天送过去。
        我女儿李欣怡在五（3）班，已经第三次被同班的赵俊熙几个男生堵在厕所里要钱了，昨天还被打了一巴掌，脸都肿了，我要求学校给个说法。
        过敏登记：学生 孙梓萱，一年级4班，对鸡蛋、牛奶严重过敏，2024年曾过敏性休克住院；家长 孙磊 139 1025 7736
        接送登记：学生 黄俊凯（二年级5班），住 上海市浦东新区张杨路1580弄12号802室，接送人 外婆 许桂芳 15921837460
        加我微信 yutong_mama0618，孩子是二年级1班的吴雨桐，作业照片直接发我就行，她爸爸那个号别拉进群
        麻烦跟门卫说一下：我和郑可欣爸爸郑志强已经离婚，法院判决（(2023)京0108民初15523号）抚养权归我，他不能到学校接孩子。
        春游取消的退费请退到农行卡 6228480012365745，户名 马晓燕，学生是四年级的马天佑。
        家长会签到表：家长 邓丽，身份证 510107198304123023，学生 邓子轩，初二（7）班，电话 18980615527
        困难补助申请：孩子父亲邵立新2021年因工伤去世，我（母亲 何翠兰）在超市做收银，月收入3200元，女儿邵雨晴在六年级1班。
    """),
    "zh-Hant": _lines("""
        陳老師：小兒何卓謙（2C班）確診甲型流感，醫生建議在家休息至3月8日，醫生紙明天交回。何太 9463 2187
        致校長：本人女兒梁凱晴（HKID Y681245(5)，4A班）近月在學校被同學欺凌，包括被搶午餐錢及推跌，要求校方正式調查。
        導師您好，我是林宥辰的媽媽，宥辰有妥瑞氏症，上課可能會不自主發出聲音或眨眼，請老師多包容，有狀況請打 0912-583-471。
        特教鑑定申請：學生 張語彤，身分證 B220761455，三年甲班，疑似閱讀障礙，附上臺大醫院兒童心智科評估報告。
        校車地址更改：學生 鄺浩霖（P4），新地址 沙田第一城 36座 18樓 F室，家長 鄺先生 6128 3309，由下星期一開始。
        WhatsApp 我 9817 2264（Mandy，俊朗媽咪），關於俊朗喺班度俾人改花名叫「肥仔朗」同埋俾人拍片放上IG嘅事，想同你傾吓
        書簿津貼申請：申請人 羅淑儀 HKID K305918(9)，家庭每月總收入 HK$14,800，子女 羅子晴 就讀本校5B。
    """),
    "ms": _lines("""
        Cikgu, anak saya Nur Aisyah binti Kamarul (3 Bestari) tak datang sekolah semalam sebab demam denggi, sekarang masuk wad di Hospital Sungai Buloh. Ibu dia, 012-748 3910
        Borang RMT: Muhammad Hakimi bin Rosli, MyKad 150612-10-5483, Tahun 4 Cemerlang, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, pendapatan bapa RM1,800 sebulan.
        Anak saya Darren Lee Wei Jie (2 Kenanga) ada alahan kacang tanah yang teruk, EpiPen dalam beg sekolah. Kalau apa-apa jadi sila call saya Lee Mei Ling 016-223 8741.
        Saya nak buat aduan rasmi: anak saya Arif Danial bin Zulkifli (4 Amanah) ditumbuk di perut oleh murid Tahun 6 sampai muntah, laporan polis di IPD Kajang sudah dibuat.
        Bantuan yuran: bapa Suresh a/l Murugan, MyKad 830412-08-5527, pemandu lori, gaji RM2,350, 4 orang anak, anak sulung Kavin di Tingkatan 2 SMK Seri Kembangan.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can you help me write an absence note for school"),
        (
            "assistant",
            "Of course! Could you tell me your child's name and class, the dates of absence and the reason?",
        ),
        (
            "user",
            "his name is Lucas Fernandes, P2 Kindness at Rosyth. he had gastro on Mon and Tue",
        ),
        (
            "assistant",
            "Dear Form Teacher, please excuse Lucas Fernandes (P2 Kindness) who was absent on Monday and Tuesday due to gastroenteritis. Thank you for your understanding.",
        ),
        ("user", "add my number 9735 0216 at the bottom and sign it Ana Fernandes"),
    ],
    [
        ("user", "the overseas trip form asks for birth cert no. where do I find it"),
        (
            "assistant",
            "For children born in Singapore, the birth certificate number is usually the same as the NRIC number, printed near the top of the certificate.",
        ),
        ("user", "ok so for Kayla Ng it's T1731"),
        ("user", "265G"),
        ("user", "is that the right format? she's in P4 Diligence"),
    ],
    [
        ("system", "你是一个帮助家长与学校沟通的写作助手。"),
        ("user", "孩子在学校被欺负了，帮我写一封给班主任和德育处的信"),
        ("assistant", "好的，请说一下大概经过，以及您手上有没有证据，比如聊天记录或照片。"),
        (
            "user",
            "我把孩子手机里的截图文字贴给你：\n王梓豪：明天放学厕所等着，你再告诉老师试试\n王梓豪：胡一鸣你个死胖子\n（我儿子胡一鸣，六年级2班）",
        ),
        ("assistant", "明白了，我会按时间顺序整理事实，并提出希望学校采取的措施。"),
        ("user", "信的最后写上家长胡建国，电话 13501287463"),
    ],
    [
        ("user", "学校让交过敏应急预案，我不知道怎么写"),
        (
            "assistant",
            "一般包括：过敏原、既往严重反应、症状识别、急救步骤（如肾上腺素笔使用）、紧急联系人。您可以先告诉我孩子的情况。",
        ),
        (
            "user",
            "孩子叫蒋沐阳，二年级，对花生过敏，去年在幼儿园吃了花生酱饼干出现喉头水肿，送复旦儿科医院抢救过来的",
        ),
        ("user", "学校表格上还要身份证号，310115201407062136，这个也写进去吗"),
    ],
    [
        (
            "user",
            "I need to prep for an IEP meeting next week. Can you summarise this report into talking points?",
        ),
        (
            "user",
            "PSYCHOLOGICAL ASSESSMENT REPORT\nName: Mia Rahman   DOB: 14/09/2015   School: Greenfield Primary\nWISC-V Full Scale IQ: 78 (Borderline)\nDiagnosis: Autism Spectrum Disorder, Level 1; Generalised Anxiety\nRecommendations: visual timetable, quiet corner, advance notice of changes",
        ),
        (
            "assistant",
            "Talking points: 1) Mia benefits from predictable routines; 2) ask for a visual timetable; 3) request a quiet space during transitions; 4) agree how changes will be communicated in advance.",
        ),
        ("user", "great, can you make it sound less clinical"),
    ],
    [
        ("user", "幫我寫封信俾班主任，想佢考試嗰陣畀多啲時間我個仔"),
        ("assistant", "冇問題，可唔可以講多少少你個仔嘅情況？有冇專業評估報告？"),
        ("user", "個仔叫譚柏熙，讀3B，去年教育心理學家評估佢有讀寫障礙，報告我有"),
        ("assistant", "明白，我會喺信入面提及評估結果，並申請考試加時同放大試卷。"),
        ("user", "最尾留我電話 5562 8134，我係譚太"),
    ],
    [
        ("user", "Tolong tuliskan surat tak hadir untuk anak saya"),
        ("assistant", "Boleh. Sila berikan nama anak, kelas, tarikh dan sebab tidak hadir."),
        ("user", "Siti Nur Qistina binti Azman, 2 Dinamik, 17 dan 18 Februari"),
        (
            "user",
            "sebab kena hadir Mahkamah Syariah Shah Alam, kes hak jagaan antara saya dan bekas suami Azman bin Hassan. tapi jangan tulis detail sangat",
        ),
        (
            "assistant",
            "Baik, saya akan tulis 'urusan keluarga yang tidak dapat dielakkan' sahaja dalam surat itu.",
        ),
    ],
    [
        ("user", "How do I tell the school that my ex is not allowed to pick up our daughter?"),
        (
            "assistant",
            "You can send the school a copy of the relevant court order and ask them to update the authorised pick-up list. Would you like a draft?",
        ),
        ("user", "yes pls. her name is Ama Osei, K2 at the MOE kindergarten in Punggol"),
        (
            "user",
            "her father Daniel Osei has a PPO against him from the Family Justice Courts since Aug, he is NOT on the pickup list",
        ),
    ],
    [
        ("user", "女儿得了1型糖尿病，要跟学校说明怎么处理低血糖，帮我写个说明"),
        (
            "assistant",
            "好的，建议写明血糖监测时间、低血糖症状、处理步骤和紧急联系人。孩子的班级和姓名方便告诉我吗？",
        ),
        (
            "user",
            "钱悦宁，三年级6班。每天午饭前测血糖，低于3.9就给她吃15克糖，15分钟后复测，还不行马上打我电话 18602133419",
        ),
        ("assistant", "收到，我整理成一页纸的说明，方便贴在班主任办公桌上。"),
    ],
    [
        ("user", "學校要辦校外教學保險，幫我看一下這樣填對不對"),
        ("user", "姓名：施芷晴　身分證字號：A215330812　生日：104/03/27　班級：四年五班"),
        ("assistant", "格式看起來正確，民國年104年即2015年。監護人欄位也要記得填寫。"),
        ("user", "監護人是我 施俊宏，手機 0928-617-305"),
    ],
    [
        (
            "user",
            "the school bus driver keeps leaving without my son, need to write a complaint to the school admin",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you give me the dates it happened and the pick-up details?",
        ),
        (
            "user",
            "3 times this month, 6, 9 and 13 Jan. pick up is at Blk 265 Compassvale Bow, #11-342, 6.35am",
        ),
        (
            "user",
            "my son is Jayden Chia, P1 Wisdom. last time he waited alone at the void deck for 40 min and cried",
        ),
    ],
    [
        ("user", "got this email from the teacher, help me reply calmly"),
        (
            "user",
            "From: form.teacher@school.edu.sg\nTo: hannah.lowe82@outlook.com\nSubject: Leo's behaviour today\nDear Mrs Lowe, Leo punched another pupil during recess and has been given a one-day in-school suspension. Please come in on Thursday.",
        ),
        (
            "assistant",
            "Here's a calm reply: Dear Teacher, thank you for letting me know. I will talk to Leo tonight and I'm available on Thursday after 3pm.",
        ),
        ("user", "also mention Leo's been seeing a play therapist since his dad moved out"),
    ],
    [
        ("user", "春游取消了学校要退费，让填账号"),
        ("assistant", "请注意只通过学校官方渠道提交银行卡信息，不要发在家长群里。"),
        ("user", "我知道，就是帮我核对下格式：户名 罗晓君，学生 罗子墨 三年级4班"),
        ("user", "卡号 6217 0012 3498"),
        ("user", "7653 建设银行"),
    ],
    [
        (
            "user",
            "my daughter is being harassed on instagram by a girl in her class, what should I send the school?",
        ),
        (
            "assistant",
            "Take screenshots with dates, don't reply to the account, and send the school a factual summary. Do you want a draft?",
        ),
        (
            "user",
            "yes. my daughter is Ellie Sim, Sec 2 Integrity. the account is @jess.tan.2011 and it's Jessica Tan from her class, she posted Ellie's photo with 'ugly slut' written on it",
        ),
    ],
    [
        ("user", "想给孩子申请学校的困难补助和随班就读，能帮我写申请书吗"),
        ("assistant", "可以的，请告诉我孩子的基本情况和家庭情况。"),
        ("user", "孩子叫邵晨曦，男，四年级3班，有注意缺陷多动障碍，在市儿童医院确诊的"),
        (
            "user",
            "我离异，一个人带孩子，在物流公司做分拣，月收入2800，住南宁市西乡塘区大学东路98号7栋2单元502",
        ),
    ],
    [
        ("user", "Can you turn this into a proper medication consent form?"),
        (
            "user",
            "I authorise school staff to give Ventolin 2 puffs via spacer if wheezy. Child: Zara Ahmed, Year 3 Maple. Dr: GP at Elm Tree Surgery. Signed Imran Ahmed, 07912 448 301",
        ),
        (
            "assistant",
            "MEDICATION CONSENT FORM\nPupil: Zara Ahmed (Year 3 Maple)\nMedication: Salbutamol (Ventolin) inhaler, 2 puffs via spacer when wheezy\nParent/carer: Imran Ahmed, 07912 448 301",
        ),
    ],
    [
        ("user", "Nak tulis surat pada cikgu pasal alahan makanan anak"),
        ("assistant", "Baik. Apakah jenis alahan dan tindakan kecemasan yang diperlukan?"),
        (
            "user",
            "Adam Hariz, 1 Cempaka. alah udang dan ketam, pernah bengkak muka sampai kena bawa ke klinik. ubat antihistamin ada dalam beg",
        ),
        ("user", "kalau saya tak angkat telefon, call suami saya Encik Hafiz 019-335 2871"),
    ],
    [
        ("user", "申請書簿津貼要寫一封信解釋家庭情況"),
        ("assistant", "可以，你可以簡單講講家庭收入、家庭成員同埋有冇特別困難。"),
        (
            "user",
            "我係單親媽媽 周詠欣，HKID P530917(8)，喺茶餐廳做兼職，每月大約 HK$9,500，個女周樂瑤讀小三，有哮喘經常要睇醫生",
        ),
    ],
    [
        ("user", "can you help me write to my daughter's teacher about swimming"),
        ("assistant", "Sure, what would you like to say?"),
        (
            "user",
            "pls tell Mrs. Kaur that Ananya won't do swimming this term because her eczema is flaring badly, she's in Year 4 Jade. I'm Deepa, 012-681 4402",
        ),
        (
            "assistant",
            "Dear Mrs. Kaur, I'm writing to let you know that Ananya (Year 4 Jade) will need to sit out swimming this term...",
        ),
    ],
    [
        ("user", "我家孩子叫冯嘉懿，下学期转到你们推荐的那种小班学校"),
        ("assistant", "好的，转学时需要向新学校提供哪些信息，我可以帮您整理。"),
        ("user", "主要是她有癫痫，上周在学校午休时发作过一次，抽了两分钟"),
        ("user", "帮我写个给新班主任的说明，写清楚发作时怎么处理，她现在吃丙戊酸钠"),
    ],
    [
        (
            "user",
            "my son told us he's been self-harming since the bullying started. I need to ask the school for counselling support urgently",
        ),
        (
            "assistant",
            "I'm really sorry. Please also consider contacting a doctor today. Would you like me to draft a short, urgent email to the school?",
        ),
        (
            "user",
            "yes. Ethan Pereira, Sec 3 Unity at Bedok South Sec. the boys who bully him are in 3 Resilience",
        ),
    ],
    [
        ("user", "帮我把这张入园健康表的内容整理成文字版发给老师"),
        (
            "user",
            "姓名：潘若曦　性别：女　出生日期：2021-05-17\n过敏史：青霉素（皮疹）\n既往病史：热性惊厥2次\n家长：潘志远　电话：13671829054\n住址：北京市海淀区学院路20号院3号楼1单元601",
        ),
        ("assistant", "好的，以下是整理后的文字版，您可以直接复制发给老师。"),
    ],
    [
        ("user", "Hi can u help me reply the class teacher, she asked why Chloe was late 5 times"),
        ("assistant", "Sure. What's the reason for the lateness?"),
        (
            "user",
            "we moved, now it takes longer. new address Flat 12B, Block 3, Laguna City, Kwun Tong",
        ),
        (
            "user",
            "Chloe Cheung, P3 Joy. and pls say I'll update the address with the school office",
        ),
    ],
    [
        ("user", "我兒子在學校被同學拍影片上傳，想寫信給導師跟學務處"),
        ("assistant", "很遺憾聽到這件事。建議先保存影片連結和截圖，信中寫清楚發生時間與影響。"),
        (
            "user",
            "他叫陳冠廷，六年三班，影片是他在廁所被脫褲子，現在不敢去上學。請學校用 LINE 聯絡我，ID 是 ting_mama77",
        ),
    ],
    [
        (
            "system",
            "You help parents write short, polite notes to teachers. Use the details the parent gives.",
        ),
        (
            "user",
            "asthma attack last night, Aarav won't be in today, class 3 Rainbow, teacher Mr Lim. my name Kavitha Menon 8836 1042",
        ),
        (
            "assistant",
            "Dear Mr Lim, please excuse Aarav Menon (3 Rainbow) from school today as he had an asthma attack last night and needs to rest. Regards, Kavitha Menon (8836 1042)",
        ),
    ],
]
