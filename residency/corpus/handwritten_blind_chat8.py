"""Blind check set chat8: multi-turn assistant chats (coding, writing, tutoring, travel, cooking, fitness, budgeting, legal, medical) in English, Simplified Chinese and Malay. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat8
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-coding"): _lines("""
        How do I reverse a list in Python without modifying the original?
        You can use slicing: reversed_list = my_list[::-1] creates a new list and leaves the original untouched.
        Why does my React component re-render every time the parent updates, even when the props are the same?
        Wrap the child in React.memo and keep the callback props stable with useCallback, otherwise every render passes a new function.
        User: what's the difference between git merge and git rebase? Assistant: merge keeps both histories and adds a merge commit, rebase replays your commits on top of the target branch.
        For the signup form demo, a loose email pattern like [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+ is enough; test it with placeholder values such as user@example.com.
        In the sample .env file set DB_HOST=localhost, DB_USER=demo and DB_PASSWORD=changeme, and never commit your real credentials.
        The error ModuleNotFoundError: No module named 'numpy' means the package isn't installed in the virtual environment you're running.
        Can you write a SQL query that returns the top 5 customers by total order value from the orders table?
        SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id ORDER BY total DESC LIMIT 5;
        Commit a3f9c21e fixed the race condition in the connection pool, so upgrade to 2.14.3 or later.
        Assistant: the stack trace points to line 88 of parser.py, where token can be None before the first call to advance().
    """),
    ("en", "chat-writing"): _lines("""
        Can you help me write a cover letter for a junior data analyst role? I want it to sound confident but not arrogant.
        Start with one sentence on why the role interests you, then two short paragraphs linking your projects to the job description.
        Please make this email to my landlord more polite: the heater has been broken for a week and nobody has come to fix it.
        Rewrite this paragraph in a formal tone for a university essay on climate policy.
        A strong thesis for an essay on Orwell's 1984 could be: surveillance in Oceania works less through telescreens than through the fear it plants in every citizen.
        In Pride and Prejudice, Elizabeth Bennet misjudges Mr Darcy largely because she believes Wickham's account of him.
        Write a short speech in the style of Barack Obama about the value of community service.
        Assistant: here's a tighter subject line for your newsletter: "Three changes to our refund policy, effective 1 January".
    """),
    ("en", "chat-tutoring"): _lines("""
        Explain photosynthesis to a 10-year-old in three sentences.
        To solve 3x + 7 = 22, subtract 7 from both sides to get 3x = 15, then divide by 3, so x = 5.
        The derivative of sin squared x is 2 sin x cos x, which you can also write as sin 2x.
        What were the main causes of the First World War? Keep it short, it's for a Year 9 history quiz.
        Atticus Finch defends Tom Robinson in To Kill a Mockingbird, in a trial the town has already decided before it begins.
        Sherlock Holmes lives at 221B Baker Street with Dr John Watson, who narrates most of the stories.
    """),
    ("en", "chat-travel-food-fitness"): _lines("""
        I'm planning four days in Kyoto in early April. What should I book in advance?
        Go to Fushimi Inari before 7am to beat the crowds, and reserve at least two weeks ahead if you want a kaiseki dinner in Gion.
        Is the JR Pass still worth it for a Tokyo, Osaka and Hiroshima trip after the 2023 price increase?
        Give me a 20-minute dinner recipe with chicken thighs, rice and whatever vegetables are left in the fridge.
        For fluffy pancakes use 200 g flour, 2 eggs, 300 ml milk, 1 tbsp sugar and 2 tsp baking powder, and let the batter rest for ten minutes.
        Can I substitute Greek yogurt for sour cream in banana bread?
        Design a three-day beginner full-body workout that only needs a pair of dumbbells.
        Aim for 8 to 12 reps per set and add weight once the last two reps start to feel easy.
        How much protein does a moderately active adult need per day?
        Meeting room B2 is booked from 14:00 to 15:30 on Thursday for the sprint review.
    """),
    ("en", "chat-money-legal-medical"): _lines("""
        A simple budgeting rule is 50/30/20: half of take-home pay for needs, 30 percent for wants and 20 percent for savings or paying down debt.
        What's the difference between a Roth IRA and a traditional IRA?
        Hypothetical example: on $4,000 a month after tax, the 50/30/20 rule gives $2,000 for needs, $1,200 for wants and $800 for savings.
        In general, a landlord in England has to give at least two months' notice with a Section 21 notice.
        This is general information, not legal advice; for your own situation, talk to a solicitor or Citizens Advice.
        What are the common side effects of ibuprofen, and who should avoid it?
        If chest pain spreads to the arm or jaw, call emergency services immediately rather than waiting.
        What is the normal resting heart rate range for adults?
        The sample dataset has 10,000 synthetic patient records generated with Synthea; none of them describe real people.
    """),
    ("en", "lookalike"): _lines("""
        Taylor Swift's Eras Tour became the first concert tour to gross more than one billion dollars.
        Elon Musk unveiled the Cybertruck at a Tesla event in Los Angeles in November 2019.
        For testing, use the Stripe test card 4242 4242 4242 4242 with any future expiry date and any three-digit CVC.
        In the US you can call or text 988 to reach the Suicide and Crisis Lifeline.
        Your order #A1-88420-3317 has shipped and should arrive between 12 and 14 March.
        SHA-256 of the installer: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        In the form mock-up, use the placeholder John Doe, 123 Main Street, Anytown, phone 555-0100.
        Acme Corp's support line is +1 800 555 0199, open Monday to Friday, 9am to 5pm Eastern.
        Serial number KX-2291-7745-B is printed on the sticker under the laptop's battery cover.
    """),
    ("zh", "chat-general"): _lines("""
        怎么用Python读取一个很大的CSV文件而不把内存撑爆？
        可以用pandas的chunksize参数分块读取，每次处理十万行左右。
        用git撤销最后一次提交但保留修改，可以用git reset --soft HEAD~1。
        帮我把这封邮件改得更正式一点，是写给合作公司的项目延期通知。
        帮我写一段生日祝福，给同事的，不要太肉麻。
        高考作文题“人工智能与人”该怎么立意？
        请用初中生能听懂的话解释一下什么是勾股定理。
        解方程2x-5=11：两边同时加5得2x=16，再除以2，得x=8。
        《红楼梦》里林黛玉和薛宝钗的性格有什么不同？
        鲁迅在《故乡》里写了少年闰土在月下刺猹的画面。
        五一假期去成都玩三天，行程怎么安排比较合理？
        第一天可以去宽窄巷子和人民公园喝茶，第二天去大熊猫繁育研究基地，最好早上八点前到。
        去日本旅游需要办理什么签证？
        红烧肉怎么做才不腻？
        先焯水去血沫，再用冰糖炒糖色，最后小火焖一个小时左右。
        一碗米饭大约有多少卡路里？
        新手减脂一周练几次比较合适？
        假设月薪到手8000元，怎么做预算比较合理？
        信用卡分期的实际年化利率通常比名义手续费率高很多，大约是它的1.8倍。
        劳动合同到期公司不续签，员工一般可以要求经济补偿吗？
        布洛芬和对乙酰氨基酚可以一起吃吗？
        以上内容仅供参考，不能替代医生的面诊和诊断。
    """),
    ("zh", "lookalike"): _lines("""
        国标GB 11643里给出的示例号码是11010519491231002X，写单元测试时可以直接用它。
        张三、李四是法律教材里常用的虚构人物，比如“张三向李四借款十万元未还”这类案例。
        马云于1999年在杭州创办了阿里巴巴。
        孙悟空在《西游记》里被如来佛祖压在五行山下五百年。
        遇到办事难的问题，可以拨打12345政务服务便民热线。
        订单号20261203158844726，预计12月6日送达。
        版本v3.2.1修复了登录页的内存泄漏问题，请尽快升级。
        测试账号填test_user，手机号用13800000000这种占位值即可，不要用真实号码。
        苏炳添在2021年东京奥运会男子100米半决赛中跑出了9秒83。
    """),
    ("ms", "chat-general"): _lines("""
        Macam mana nak buat loop dalam JavaScript untuk baca setiap elemen dalam array?
        Boleh guna forEach, contohnya senarai.forEach(item => console.log(item));
        Tolong semak tatabahasa karangan saya tentang kepentingan membaca.
        Apakah maksud peribahasa "bagai aur dengan tebing"?
        Ia bermaksud hubungan yang saling membantu antara dua pihak.
        Tolong terjemahkan ayat ini ke bahasa Inggeris: "Mesyuarat ditangguhkan ke minggu hadapan."
        Bagaimana nak kira peratus kenaikan harga dari RM12 kepada RM15?
        Kenaikannya RM3, jadi 3 ÷ 12 × 100 = 25 peratus.
        Saya nak pergi Langkawi tiga hari dua malam, tempat apa yang best?
        Cuba naik Langkawi SkyCab awal pagi sebelum ramai orang, kemudian lepak di Pantai Cenang waktu petang.
        Resipi nasi lemak yang simple untuk empat orang?
        Rendam beras sekejap, kemudian masak dengan santan, daun pandan, halia dan sedikit garam.
        Berapa kali seminggu patut buat senaman kardio untuk turunkan berat badan?
        Apakah beza antara ASB dan Tabung Haji untuk simpanan jangka panjang?
        Secara umum, KWSP membenarkan pengeluaran Akaun 2 untuk tujuan pendidikan dan perumahan.
        Kalau demam lebih tiga hari, eloklah jumpa doktor di klinik kesihatan berdekatan.
        Maklumat ini bukan nasihat perubatan; sila rujuk doktor anda.
        Apa dokumen yang perlu dibawa untuk memperbaharui pasport di Jabatan Imigresen?
    """),
    ("ms", "lookalike"): _lines("""
        Tun Dr Mahathir Mohamad menjadi Perdana Menteri Malaysia kali kedua pada tahun 2018.
        Hang Tuah dan Hang Jebat ialah watak terkenal dalam Hikayat Hang Tuah.
        Format nombor MyKad ialah YYMMDD-PB-###G; untuk borang latihan, isi contoh 900101-14-XXXX sahaja.
        Talian Kasih 15999 menyediakan bantuan untuk mangsa keganasan rumah tangga.
        Nombor pesanan Shopee 2612035RT8KQ9 sedang dalam penghantaran.
        Lee Chong Wei memenangi tiga pingat perak Olimpik dalam acara perseorangan lelaki.
    """),
    ("mixed", "chat-codeswitch"): _lines("""
        帮我 debug 这个 error: TypeError: Cannot read properties of undefined (reading 'map')
        Boleh explain apa itu API dalam bahasa yang simple? Saya baru belajar coding.
        Nak masak rendang ayam, berapa lama kena slow cook supaya daging empuk?
        Assistant: 你可以先把 useEffect 的依赖数组写成 [userId]，这样只有 id 变化时才会重新请求。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me write to my bank? My account number is 40128853, sort code 20-45-77, and they took my rent twice this month.
        My son Ethan Whitlock is in Year 4 at St Bride's Primary in Harlow and he's being bullied, how do I raise it with the head?
        Please fix the grammar: "Dear Dr Okafor, my mother Margaret Lindqvist was diagnosed with early-stage Parkinson's last month and we need to move her appointment."
        Draft a text to my landlord saying the boiler at Flat 3, 17 Cranmore Road, Leeds LS6 2QT still isn't working after three weeks.
        Assistant: Got it, I'll address the letter to you, Daniel Fairhurst, at 42 Wexley Close, Reading RG2 8PN, and mention that your tenancy started in May.
        my number's 07700 918442 if the tutor wants to reach me directly, just ask for Hannah
        For the visa form: passport number 563920417, issued to Rebecca Anne Collins, date of birth 14/02/1991.
        Can you send the itinerary summary to tom.haverford.lee@gmail.com once it's done?
        I've been on sertraline 100 mg since the divorce and my GP wants me to taper off; I'm Joanne Pryce, 44, in Swindon.
        Write a short email to my manager Kevin saying I've got shingles and won't be in until the 15th, sign it Laura Mendes.
        My dad Raymond Oduya, 71, had a stroke on Sunday and is on the ward at Whiston Hospital, what should we ask the stroke nurse?
        I'm applying for a personal loan and my SSN is 512-48-7730, is it safe to paste it into their website chat?
        Our home address is 1186 Larkspur Lane, Boise, ID 83704, is that inside the district boundary for kindergarten?
        Why was my card 4111 2345 7812 9036 declined in Bangkok when there's clearly money in the account?
        Assistant: Thanks, Mrs Adeyemi. Since Tolu has type 1 diabetes, I've added a line about her insulin pump to the school trip consent letter.
        I'm Marcus Bell, I owe $23,400 in student loans to Nelnet and just got a collections letter, what are my options?
        we're the blue house behind the Shell garage on Old Mill Road in Kettering, number twenty-six, tell the movers to park on the drive
        national insurance is J T 48 21 73 C, the form keeps rejecting it with the spaces
        hey it's Chloe, mum's chemo got moved to Tuesday 9am at the Royal Marsden, can you drive her? (pasted from my phone, help me reply)
        My wife Sunita Rao's blood test came back with HbA1c 48 mmol/mol, does that mean she's diabetic now?
        Help me write a character reference for my neighbour Gareth Lloyd, who's in court on the 9th for drink driving.
    """),
    "zh": _lines("""
        我叫王立峰，身份证号320106198804172532，帮我看看这份租房合同有没有坑。
        我妈妈陈秀兰今年六十三，上个月查出乳腺癌二期，化疗期间饮食要注意什么？
        帮我给班主任写个请假条：我儿子刘子轩在鼓楼区琅琊路小学三年级二班，发烧要请两天假。
        我的手机号是13912785460，快递员一直说联系不上我怎么办？
        收货地址：广东省深圳市南山区科苑路18号海岸城小区6栋1203，收件人周敏。
        我叫李婷，月薪税后一万二，还欠招行信用卡四万三和花呗八千，怎么规划还款？
        助手：好的，赵先生，您父亲赵国栋的降压药是氨氯地平5毫克，每天早上一次，我已经帮您写进提醒里了。
        我的银行卡号6228480391274567，转账时总提示户名不符，户名是何静怡，是哪里出错了？
        邮箱 zhangyuhan_1992@163.com，简历改好后请按这个格式帮我写封投递邮件。
        身份证 4403 0519 9209 0318 46（我本人的），网上办ETC需要上传正反面吗？
        我老公孙浩上周确诊了重度抑郁，我不知道该怎么跟他爸妈开口。
        帮我回这条微信：“小雨，我是表姐林佳，下周三去协和做甲状腺手术，先别告诉奶奶。”
        我住杭州西湖区文三路颐高数码后面那个小区，3幢2单元501，我叫吴凡，帮我写封投诉物业的信。
        我女儿郑可欣在成都七中读初二，数学老是不及格，想给她找个家教。
        我叫孟磊，今年被裁了，之前年薪45万，房贷每月还1.2万，接下来该怎么办？
    """),
    "ms": _lines("""
        Nama saya Nurul Aisyah binti Kamarudin, IC 950812-10-5526, tolong semak borang permohonan PTPTN saya.
        Ayah saya, Encik Rosli bin Hamid, baru disahkan ada kanser kolon tahap tiga di Hospital Sultanah Bahiyah.
        Nombor telefon saya 012-784 3169, minta cikgu tuisyen hubungi selepas pukul lima petang, nama saya Farah.
        Alamat rumah saya No. 27, Jalan Mawar 3/5, Taman Sri Mawar, 43000 Kajang, Selangor, tolong tulis surat tukar alamat.
        Saya Hafiz, gaji RM4,200 sebulan tapi hutang kad kredit Maybank dah RM18,000, apa patut saya buat?
        Anak saya Muhammad Irfan belajar di SK Taman Melawati 2, darjah empat, dia selalu sakit perut sebelum pergi sekolah.
        Pembantu: Baik, Puan Siti Hajar, saya dah masukkan nombor akaun Maybank 1642 3108 7751 puan dalam draf surat rayuan.
        Emel saya aiman.zulkifli88@yahoo.com, tolong sediakan resume saya ikut format ni.
        Tolong balas mesej ni: "Kak Ina, Mak masuk wad lagi, gula dia naik 22, doktor kata kena potong jari kaki."
        Suami saya Kamal baru pasang stent di IJN minggu lepas sebab sakit jantung, boleh ke dia puasa bulan ni?
        IC anak saya 150324-14-0871, nak daftar vaksin dia dalam MySejahtera tapi asyik error.
        Saya Tan Mei Ling, PTPTN saya tertunggak RM9,300 dan dah dapat surat peguam, macam mana nak runding bayaran?
        Rumah saya di Lorong Kenari 6, Bukit Mertajam, nombor 14, nak jual, tolong tulis iklan yang menarik.
        Cikgu, saya ibu Nur Damia dari kelas 5 Bestari, SK Seksyen 7 Shah Alam, dia ada disleksia, boleh beri masa tambahan waktu ujian?
        No. akaun CIMB saya 7005 8821 4630 atas nama Lim Wei Jie, kenapa duit gaji bulan ni tak masuk?
    """),
    "mixed": _lines("""
        帮我写封 email 给 landlord，我住 Jalan Klang Lama 的 Menara Sentosa unit B-12-3，我叫 Ho Kah Wai，aircond 坏了两个礼拜。
        My grandma 王桂芳 was just diagnosed with 阿尔茨海默症, how do I explain it to my kids?
        Boleh tolong translate ke English: "我叫许志明，电话 +60 16-552 0418，我想预约洗牙。"
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you write a Python script that emails a PDF invoice to each client in a CSV file?",
        ),
        (
            "assistant",
            "Sure. Use csv.DictReader to read the rows and smtplib with EmailMessage to attach the PDF; "
            "keep the SMTP password in an environment variable.",
        ),
        (
            "user",
            "Nice. Can you show me a test row for the CSV? Use my own details so I can check it arrives.",
        ),
        (
            "user",
            "name: Greg Tolliver, email: greg.tolliver@outlook.com, phone: 07911 238504, "
            "address: 9 Ashby Court, Loughborough LE11 3TF",
        ),
        (
            "assistant",
            "Here's the row: Greg Tolliver,greg.tolliver@outlook.com,07911 238504,"
            '"9 Ashby Court, Loughborough LE11 3TF". Run the script with --dry-run first.',
        ),
    ],
    [
        (
            "user",
            "I need a 500-word scholarship essay about overcoming a challenge. Where do I start?",
        ),
        (
            "assistant",
            "Pick one specific moment, show what you did, and end with what it changed in how you act now.",
        ),
        (
            "user",
            "Okay, the real story is my little brother Liam Carter. He was diagnosed with acute lymphoblastic "
            "leukaemia when he was 9 and I basically raised him through two years of treatment at Alder Hey.",
        ),
        (
            "assistant",
            "That's a powerful topic. You could open with the night Liam started his first round of chemo at "
            "Alder Hey and how you became the one who kept his medication chart.",
        ),
    ],
    [
        ("user", "Is it dangerous to take aspirin with warfarin?"),
        (
            "assistant",
            "Generally, yes: both thin the blood, so together they raise the risk of bleeding. "
            "Anyone on warfarin should check with their doctor before taking aspirin.",
        ),
        (
            "user",
            "It's for my mum, Denise Harlow, she's 68, on 5 mg warfarin for atrial fibrillation and her INR "
            "was 3.8 last week at the clinic in Wrexham.",
        ),
        (
            "assistant",
            "An INR of 3.8 is above the usual target range for AF, so please ring her anticoagulation clinic "
            "before she takes any aspirin.",
        ),
    ],
    [
        ("user", "一个长方形周长是24厘米，长比宽多2厘米，面积是多少？"),
        ("assistant", "设宽为x，则长为x+2，2(x+x+2)=24，解得x=5，长7厘米，面积35平方厘米。"),
        ("user", "谢谢，讲得很清楚。我是家长，想请你帮我写一段给数学老师的留言。"),
        (
            "user",
            "孩子叫黄子墨，在武汉市江岸区育才小学五年级三班，最近应用题老丢分，"
            "老师有事可以打我电话18627045913，我是他妈妈卢芳。",
        ),
        (
            "assistant",
            "好的：“王老师您好，我是五年级三班黄子墨的妈妈卢芳，孩子最近应用题失分较多，"
            "想请您多留意，有事请随时拨打18627045913联系我。”",
        ),
    ],
    [
        ("user", "刚工作的人每个月应该存多少钱比较合适？"),
        ("assistant", "一般建议先存下收入的20%左右，并准备3到6个月生活费的应急金。"),
        (
            "user",
            "说说我的情况吧：我叫谢雨桐，在上海一家外企做会计，税后月薪14500，"
            "房租4800，还有一笔网贷本金3万没还清，每月还2600。",
        ),
        (
            "assistant",
            "谢雨桐你好，按你税后14500来算，扣掉房租4800和网贷2600，还剩7100，"
            "建议先把网贷提前还清，再每月存2000作应急金。",
        ),
    ],
    [
        ("user", "公司拖欠工资三个月，可以申请劳动仲裁吗？"),
        (
            "assistant",
            "可以。向用人单位所在地的劳动人事争议仲裁委员会申请，时效一般为一年，需准备劳动合同、工资流水等证据。",
        ),
        ("user", "那仲裁申请书怎么写？你帮我起草一份。"),
        (
            "user",
            "申请人：邓志勇，男，身份证号51010419750612037X，住成都市锦江区东大街紫东楼段3号2单元602，"
            "电话13550286714；被申请人是成都蓝汐装饰工程有限公司。",
        ),
        (
            "assistant",
            "劳动仲裁申请书 申请人：邓志勇，男，身份证号51010419750612037X，"
            "住址：成都市锦江区东大街紫东楼段3号2单元602，联系电话：13550286714……",
        ),
    ],
    [
        (
            "user",
            "Saya nak rancang percutian ke Pulau Pinang hujung bulan ni, dua hari satu malam.",
        ),
        (
            "assistant",
            "Hari pertama boleh jalan-jalan di George Town dan cuba char kuey teow, "
            "hari kedua naik Bukit Bendera awal pagi.",
        ),
        (
            "user",
            "Ok. Tolong isi borang tempahan hotel ni untuk saya: nama Ahmad Faizal bin Othman, "
            "IC 880415-07-5213, telefon 013-427 6608.",
        ),
        (
            "assistant",
            "Baik, saya isi: Nama: Ahmad Faizal bin Othman, No. KP: 880415-07-5213, "
            "Telefon: 013-427 6608, daftar masuk 28 hari bulan.",
        ),
    ],
    [
        ("user", "Apa makanan yang sesuai untuk pesakit kencing manis?"),
        (
            "assistant",
            "Pilih nasi perang atau kurangkan nasi, banyakkan sayur, protein tanpa lemak, "
            "dan elakkan minuman manis.",
        ),
        (
            "user",
            "Sebenarnya untuk mak saya, Puan Zainab binti Yusof, umur 67, tinggal dengan saya di Taman Desa "
            "Jaya, Kepong. Bacaan gula dia pagi tadi 15.2 dan kaki kiri dia ada luka tak sembuh-sembuh.",
        ),
        (
            "assistant",
            "Bacaan 15.2 dengan luka yang lambat sembuh perlu diperiksa segera. "
            "Bawa Puan Zainab ke klinik kesihatan Kepong secepat mungkin.",
        ),
    ],
    [
        ("user", "Can you build me a 4-week strength plan for someone getting back into the gym?"),
        (
            "assistant",
            "Week 1: three full-body sessions with goblet squats, push-ups, rows and planks. "
            "Add one set per exercise each week.",
        ),
        ("user", "Should I change anything because of my knee?"),
        (
            "user",
            "I'm Natalie Voss, 36, I had ACL reconstruction on my left knee in March at Mercy Hospital and "
            "my physio, Ben Ashworth, cleared me for light squats only.",
        ),
        (
            "assistant",
            "Thanks, Natalie. Since your ACL reconstruction was only in March, swap goblet squats for box "
            "squats to a high bench and keep anything Ben hasn't cleared out of the plan.",
        ),
    ],
    [
        ("user", "帮我写一封 apology email，因为我迟交了 project report。"),
        (
            "assistant",
            "Dear Professor, I sincerely apologise for submitting the project report late. "
            "I take full responsibility and have attached the completed version.",
        ),
        (
            "user",
            "能不能加一句原因？其实是我爸爸 Tan Boon Keat 上个星期在 Hospital Kuala Lumpur 做了心脏搭桥手术，"
            "我一直在医院陪他。我的学号是 S2217430，名字 Tan Jia Hui。",
        ),
        (
            "assistant",
            "Sure: I was at Hospital Kuala Lumpur last week caring for my father, Tan Boon Keat, after his "
            "heart bypass surgery. Regards, Tan Jia Hui (S2217430)",
        ),
    ],
]
