# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat12: multi-turn assistant chats in English, Chinese and Malay where personal data arrives late (assistant echoes and corrections, quoted messages, pasted tables and JSON, translate and summarise requests). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat12
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coding help"): _lines(r"""
        How do I validate a phone field in Django so that +65 6123 4567 and 61234567 are both accepted? Our test fixtures all use the 555-01xx range.
        Python question: why does int('0091823746') drop the leading zeros, and how do I keep order IDs like 0091823746 as strings?
        Here's my regex for Malaysian IC numbers, ^\d{6}-\d{2}-\d{4}$ — it matches the dummy 000000-00-0000 in my unit test but fails on input without dashes.
        Assistant: Use phonenumbers.parse("+1 650-253-0000", None) as in the library README; that's Google's public switchboard, so it is fine in a test.
        git bisect says commit 4f9a2c81d7e3 from 2024-03-11 broke the build; the regression shipped in v3.18.2 and was reverted in v3.18.3.
        My SQL returns customer_id 100234 twice after the LEFT JOIN on orders — what's the usual fix, GROUP BY or DISTINCT ON?
        The Stripe docs sample {"id": "cus_NffrFeUfNV2Hib", "email": "jenny.rosen@example.com", "name": "Jenny Rosen"} — how do I map that into a pydantic model?
        The error says "port 5432 already in use"; I'm on macOS 14.4 with Postgres.app 2.7.1 and Homebrew postgresql@16.
        Assistant: In the Luhn check, 4242 4242 4242 4242 passes because it is Stripe's official test card; never put a real card in fixtures.
        Why does new Date('2024-02-30') in JavaScript roll over to 1 March? I only care about the calendar logic.
        I'm writing a Faker provider that outputs fake Singapore NRICs — should the checksum letter be valid or deliberately wrong so nobody mistakes them for real ones?
        Kubernetes pod api-7d9f8b6c5-x2kqp keeps restarting with exit code 137 — OOMKilled at 512Mi, node ip-10-0-3-217.
        Assistant: Your UUID 3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b7e14 is a version 4 UUID; the 4 at the start of the third group is the version nibble.
        How do I format 1234567.891 as 1,234,567.89 in Python and as 1.234.567,89 for the German locale?
    """),
    ("en", "maths and units"): _lines("""
        If a train leaves KL Sentral at 08:15 and covers 329 km to Butterworth at an average 140 km/h, when does it arrive?
        Is 9780140449136 a valid ISBN-13? I keep getting 10 for the weighted sum mod 10 and I'm not sure I'm doing it right.
        Solve 3x² − 12x + 9 = 0 and show the factorisation step.
        What's 18% of 2,450 ringgit, and what's the total after adding 8% SST?
        Assistant: The check character of an 18-digit resident ID uses weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; here it is worked on an all-zeros toy string.
        Prove that the sum of the first n odd numbers is n²; my teacher wants induction, not a picture.
        Convert 37.5 °C to Fahrenheit and explain why body temperature is usually quoted as 98.6 °F.
        In theory, how many distinct 8-digit Singapore mobile numbers starting with 8 or 9 are possible?
        The chance that two of 23 people share a birthday is about 50.7% — can you show the calculation step by step?
        Compound interest: RM 10,000 at 3.25% p.a. compounded monthly for 5 years — what is the final amount?
    """),
    ("en", "role-play with fictional characters"): _lines("""
        Let's role-play: you're Sherlock Holmes at 221B Baker Street and I'm a client arriving with a strange letter.
        Assistant (as Holmes): "You have been in Afghanistan, I perceive." — the line said to Dr John Watson in A Study in Scarlet, 1887.
        Continue the story: Elizabeth Bennet receives a second letter from Mr Darcy, this time delivered to Longbourn.
        Write Hermione Granger's owl to Professor McGonagall asking for a Time-Turner, fully in character.
        In our game Captain Mei Ling's ship registry is NX-74205 and her comm code is 47-Alpha — keep both consistent in the next scene.
        You are Detective Inspector Aiyana Rahman of the fictional Bukit Selasih police; the suspect's alibi is a petrol receipt timed 23:47.
        Role-play as Hang Tuah defending Melaka, and keep the court language of the Hikayat.
        Voice Darth Vader reading out his own Imperial service record, stormtrooper-style serial numbers and all.
        Assistant (as Gandalf): "A wizard is never late, Frodo Baggins. Nor is he early. He arrives precisely when he means to."
        My D&D character is Thorin Ashgrove, level 7 dwarf cleric, 58 HP, AC 18 — write his backstory.
        Pretend you're a 1920s Shanghai detective tracking the jade thief known only as 'the Magpie' along the Bund.
        Play the ship's computer from Star Trek: "Captain's log, stardate 41153.7."
    """),
    ("zh-Hans", "菜谱与烹饪"): _lines("""
        红烧肉要先焯水还是直接煸炒？我用的是五花肉500克，冰糖30克。
        助手：宫保鸡丁相传与清代四川总督丁宝桢有关，这道菜因他的官衔"宫保"得名。
        我对花生过敏，宫保鸡丁能把花生换成腰果吗？
        烤箱180℃预热10分钟，戚风蛋糕烤了50分钟，为什么中间还是塌了？
        老干妈是陶华碧创办的品牌，她家的风味豆豉辣酱里到底有没有豆豉？
        助手：清蒸鱼的时间大约按每500克8分钟计算，1.2斤的鲈鱼蒸9到10分钟即可。
        饺子馅的比例是肉三菜七还是肉七菜三？我家按北方的吃法。
        请把这个菜谱换算成4人份：面粉250克、鸡蛋3个、牛奶180毫升。
        东坡肉真的是苏轼发明的吗，还是后人附会的？
        海底捞的番茄锅底能在家复刻吗？我打了他们的400客服热线，对方说配方保密。
        我今天第一次做麻婆豆腐，用的是郫县豆瓣，结果太咸了，怎么补救？
        助手：广式腊肠的糖盐比例一般在8:3左右，可以按个人口味微调。
    """),
    ("zh-Hant", "旅遊與公共地點"): _lines("""
        台北101的觀景台在89樓，地址是信義路五段7號，平日幾點開放？
        助理：國立故宮博物院位於台北市士林區至善路二段221號，翠玉白菜常設在302陳列室。
        從香港機場坐機場快線到中環要多久？八達通可以直接拍卡嗎？
        香港故宮文化博物館在西九文化區，星期二是不是休館？
        我下個月第一次去澳門，大三巴牌坊走到議事亭前地大概多遠？
        助理：九份老街距離瑞芳火車站約15分鐘車程，可以搭基隆客運788號公車上山。
        日月潭纜車票價多少？聽說跟九族文化村有聯票。
        香港旅遊發展局的訪客熱線是 +852 2508 1234，可以問天星小輪的班次嗎？
        高鐵台北到左營最快1小時34分，商務車廂比標準車廂貴多少？
        請推薦台南赤崁樓附近的小吃，度小月擔仔麵是不是在中正路上？
        打澳門旅遊局熱線 +853 2833 3000 可以問格蘭披治大賽車週末的封路安排嗎？
        我的行程是三天兩夜，想去太魯閣國家公園，錐麓古道要不要先申請入園證？
    """),
    ("ms", "pengaturcaraan dan matematik"): _lines("""
        Macam mana nak tulis fungsi Python untuk semak format nombor MyKad tanpa simpan nombor sebenar? Saya guna 000000-00-0000 sebagai contoh.
        Pembantu: Dalam Excel, guna =TEXT(A2,"000000000000") supaya sifar di depan nombor pesanan tidak hilang.
        Kenapa kod JavaScript saya pulangkan NaN bila saya kira "12" + 3 * "a"?
        Kira luas bulatan berjejari 7 cm, guna π = 22/7.
        Nombor pesanan Shopee 240512ABCD7XQ9 tak muncul dalam API; adakah format ID pesanan berubah dalam versi 2.0?
        Pembantu: Bagi 2x + 5 = 17, tolak 5 dari kedua-dua belah dahulu, kemudian bahagi dengan 2, jadi x = 6.
        Saya nak buat jadual SQL untuk inventori kedai buku; ISBN patut VARCHAR(13) atau BIGINT?
        Jika harga barang RM 89.90 dan diskaun 15%, berapa harga selepas diskaun?
        Bagaimana nak kira purata markah 78, 85, 91 dan 66 dalam satu baris Python?
        Ralat "ModuleNotFoundError: No module named 'pandas'" masih keluar walaupun saya dah pip install pandas==2.2.2.
    """),
    ("ms", "resipi dan perjalanan"): _lines("""
        Resipi nasi lemak: berapa cawan santan untuk 3 cawan beras? Saya nak sambal bilis yang pedas.
        Pembantu: Rendang tok Perak biasanya dimasak 3 hingga 4 jam sehingga kuah kering dan kerisik menjadi pekat.
        Berapa lama perjalanan ETS dari KL Sentral ke Ipoh, dan di mana nak beli tiket selain kaunter KTMB?
        Menara Berkembar Petronas buka pukul berapa pada hari Jumaat? Saya nak naik ke Skybridge di tingkat 41.
        Saya suka memasak tapi tak pandai buat roti jala, ada tip supaya adunan tak berketul?
        Pembantu: Talian Tourism Malaysia 1-300-88-5050 boleh bantu soalan tentang cuti sekolah dan acara di Putrajaya.
        Berapa harga tiket Zoo Negara untuk dewasa warganegara, dan ada bas dari Stesen LRT Wangsa Maju?
        Cadangkan tempat makan laksa di Pulau Pinang berhampiran Pasar Air Itam.
        Kuih seri muka saya tak menjadi, lapisan pandan asyik turun ke bawah, apa silapnya?
        Jalan Tuanku Abdul Rahman di KL terkenal dengan kedai kain; sesuai tak untuk beli baju raya?
    """),
    ("mixed", "public figures and companies"): _lines("""
        Lee Kuan Yew 的回忆录 From Third World to First，中文版叫《经济腾飞路》，是哪一年出版的？
        Who founded Li & Fung, and is the Fung Group still family-run? 想了解香港家族企业的传承。
        马云 stepped down as Alibaba chairman on 10 September 2019, 正好是他的生日和教师节 — coincidence?
        P. Ramlee punya filem masih ditayang di TV setiap Hari Raya; Seniman Agung itu meninggal dunia pada 1973.
        Tun Dr Mahathir Mohamad jadi Perdana Menteri kali kedua in 2018 at 92 — was he then the oldest serving head of government?
        孫中山 studied medicine at the Hong Kong College of Medicine for Chinese and graduated in 1892.
        Jensen Huang 黄仁勋 unveiled the Blackwell B200 at GTC 2024 in San Jose — what's the transistor count?
        Tony Fernandes 当年 bought AirAsia for RM1 together with about RM40 million of debt, betul ke?
        Lim Kit Siang 和 Lim Guan Eng are father and son — siapa Ketua Menteri Pulau Pinang from 2008?
        鲁迅 Lu Xun's 《狂人日记》 was published in 新青年 New Youth in May 1918.
        周杰伦 Jay Chou's album 《范特西》 came out in 2001 — how many tracks does it have?
        Taylor Swift 的 Eras Tour Singapore 2024 at the National Stadium had six shows, 2 to 9 March.
    """),
    ("zh-Hans", "编程与数学"): _lines(r"""
        Python里怎么把13800138000这种测试用的手机号在日志里打码成138****8000？
        助手：身份证校验码的算法是 ISO 7064 MOD 11-2，下面用全零的示例串演示，不涉及任何真实号码。
        我的订单号 202405170000123456 存进 MySQL 后变成了科学计数法，该用 BIGINT 还是 VARCHAR？
        求函数 f(x)=x³−3x 的极值点，并判断是极大值还是极小值。
        Vue 3.4.21 升级后 v-model 在自定义组件上不生效了，是怎么回事？
        助手：正则 ^1[3-9]\d{9}$ 可以匹配大陆手机号格式，测试时用 13800000000 这类占位号即可。
        微信支付回调里的 transaction_id 4200001234202405171234567890 需要建唯一索引吗？
        一个圆柱底面半径3厘米、高10厘米，体积是多少？π取3.14。
        铁路客服电话就是12306，它的开放接口能不能查到G1次列车的时刻表？
        Java 里 Long.parseLong("9223372036854775808") 为什么会抛 NumberFormatException？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Assistant: Sure, here's the contact card tidied up — Name: Rachel Tan Hui Min | Mobile: +65 9174 2863 | Email: rachel.tanhm@gmail.com | Blk 418 Bedok North Ave 2, #07-113.
        Here's the corrected version: I changed "S843761D" to "S8437615D" because an NRIC has seven digits — please double-check it with Mr Ong Wei Jie before you submit.
        > On Tue, 14 May, Priya Ramasamy <priya.r.1987@outlook.com> wrote: "my new number is 8326 1905, pls update the class list"
        Can you summarise this discharge note? "Patient: Marcus Yeo Jun Hao, 55, NRIC S7112348H, stage 2 colorectal cancer, next chemo cycle 3 June, wife Jolene contactable."
        pasted row: | 17 | Kenneth Lau | 9 Jalan Kemuning 3, Taman Kemuning, 81300 Johor Bahru | 017-652 3904 | overdue RM 2,340 |
        {"tenant": "Daniel Chua", "unit": "#12-04, 22 Sengkang East Way", "phone": "+65 9027 4418", "deposit_paid": false}
        Assistant: Got it, I've formatted the reference letter header: Ms Aisha Binte Rahmat, 23 Jurong West Street 91, #04-221, Singapore 640023.
        Translate to Malay please: "Dear Mr Goh, your son Ethan Goh (FIN G5129874N) was absent on 3 and 4 March without a medical certificate."
        Summarise my complaint: my neighbour at 47 Lorong Chuan, Mr Bernard Seah, keeps parking his car SKF 8127 H across our gate.
        Assistant: Here's the cleaned list — 1. Melissa Kwan, melkwan.design@gmail.com, +852 6271 8934; 2. Jonathan Ip, jip_hk@yahoo.com.hk, +852 9438 2176.
        You mistyped it earlier: Sarah Lim's card is 4539 7182 6630 1475, expiry 09/27 — shall I put that into the refund form?
        quoted from the whatsapp group: "Auntie Grace (Grace Ho) in ward 8 at SGH, the biopsy came back positive, her son's number 9685 3021 if u want to visit"
        my ex-colleague Samuel Teo is @samteo.runs on insta and he posts his run from his flat in Punggol Field every morning at 6
        Assistant: For the visa form — Passport No.: K4827391M, Surname: NG, Given names: CHEE KEONG, Date of birth: 14 AUG 1983.
        Can you proofread this payslip email? "Hi Wong Mei Ling, your salary of $6,420 for April has been credited to DBS 027-918354-6."
        Row 3 of the attendance sheet: Tan Kok Wah, S6823917B, 58, hypertension + type 2 diabetes, lives alone at Blk 128 Toa Payoh Lor 1.
    """),
    "zh-Hans": _lines("""
        助手：已按你的要求整理好：姓名 张立伟，身份证号 320102198807154517，手机 139 1274 5681，地址 南京市玄武区珠江路88号7栋1203室。
        帮我把这段话翻译成英文："我妈妈刘桂芳，身份证440305196203118826，上周在深圳市人民医院确诊了乳腺癌。"
        引用：> 王浩 2024-05-12 21:03 "我微信号 wanghao_1991，工资卡 6217 0039 4471 2856，你直接转过来就行"
        助手：更正一下，李敏的手机号应为 186-2037-4419，您上一条写成了 186-2073-4419。
        表格第5行：| 陈晓东 | 男 | 510104197611230419 | 成都市锦江区春熙路东段12号 | 欠款3.8万 |
        {"name": "赵雪", "id_card": "33010619950527002X", "mobile": "+86 158 6742 0913", "车牌": "浙A·5D823"}
        请总结这封邮件：孙老师您好，我是周子涵的家长周建国，孩子最近抑郁症复发，正在服用舍曲林，请多关照，电话13576208841。
        助手：车辆信息已对齐——车主：黄志强；车牌：粤B·7K2M9；行驶证住址：深圳市福田区莲花路2046号3栋501。
        帮我回这条微信："小雨，你的快递我签收了，收件人写的是 杨雨欣 18817264590 上海市徐汇区漕溪北路398弄5号602"
        助手：护照号 EJ4827193，持有人 吴佳琪，出生日期 1996-02-14，已填入签证申请表第3栏。
        把截图里的文字转成表格：患者 何伟民，男，47岁，住院号 ZY20240518，诊断 肝硬化失代偿期，联系人 妻子邓丽 137 2491 8056
        你再核对一下我之前发的那句："林晓燕 支付宝账号 linxy0823@126.com 上个月借了我五千块还没还"
    """),
    "zh-Hant": _lines("""
        助理：已幫您整理成通訊錄格式——陳嘉欣，HKID Y294617(A)，手機 +852 9213 4587，住址 沙田禾輋邨裕輋樓1512室。
        請幫我翻譯成英文：「本人李志明，身分證字號A128460375，住台北市大安區和平東路二段96巷3號4樓，因車禍受傷需請假兩週。」
        > 引用 黃美玲 的訊息：「我澳門身份證係 5198462(3)，電話 6628 4173，麻煩幫我報名」
        表格第2列：| 林佩君 | F229147683 | 0928-517-406 | 憂鬱症 門診追蹤中 |
        助理：更正後的資料如下：收件人 張家豪，電話 0912-438-615，地址 高雄市苓雅區四維三路55號8樓之2。
        幫我總結這封信：鄭先生您好，令郎鄭宇翔（學號 S1120345，2011年4月2日出生）昨日在校內打架受傷，請於週五到校面談。
        {"姓名": "吳志偉", "電郵": "wuchiwai.hk@gmail.com", "銀行": "匯豐 004-512-893471-838", "月薪": "HK$38,500"}
        之前那則留言你幫我改一下措辭：「何太，你老公何國榮欠我三個月租，佢架車牌係 VK 8231，我知佢喺觀塘返工」
    """),
    "ms": _lines("""
        Pembantu: Baik, saya dah susun semula — Nama: Nurul Aisyah binti Kamarudin, No. KP: 920730-10-6418, Tel: 012-384 7215, Alamat: No. 14, Jalan SS 2/64, 47300 Petaling Jaya.
        Tolong terjemahkan ke bahasa Inggeris: "Saya, Mohd Faizal bin Hassan (880415-14-5273), mengaku berhutang RM15,000 kepada Encik Lim Boon Heng."
        > Mesej asal daripada Kak Siti: "No akaun Maybank saya 1640 2251 8837, nama Siti Hajar binti Osman, bank in sebelum Jumaat ya"
        Ringkaskan laporan ini: pesakit Rajeshwari a/p Subramaniam, 61 tahun, wad 5B Hospital Sultanah Aminah, disahkan strok iskemia, anak boleh dihubungi di 019-771 2483.
        Jadual penyewa: | 3 | Ahmad Zulkifli | 010322-08-1147 | WXY 4821 | B-12-3 Pangsapuri Seri Mutiara, Cheras |
        {"nama": "Tan Mei Xuan", "emel": "meixuan.tan97@hotmail.my", "telefon": "+60 16-592 0387", "pasport": "A51829376"}
        Pembantu: Betul, nombor plat yang awak tulis tadi patut JQB 7730, bukan JQB 7370 — kereta Encik Razak Othman di Taman Universiti, Skudai.
        Semak ejaan surat ni: "Kepada Puan Farah Nadia binti Azmi, anak puan Muhammad Irfan (Tahun 4 Bestari, SK Taman Melawati) disyaki menghidap disleksia, sila hubungi guru kelas."
        Saya nak letak dalam resume: Zainab binti Yusof, zainab.yusof.hr@gmail.com, 013-208 5519, Instagram @zainab_bakes_jb.
    """),
    "mixed": _lines("""
        Assistant: 好的，formatted for you — Name 名字: Jason Leong 梁家俊, IC 871205-07-5611, 电话 016-482 9930, tinggal di Lebuh Muntri, George Town.
        Translate 这段 to English pls: "老板，Kelvin Ong 的 NRIC 是 S9028174G，他说 salary 要 transfer 去 OCBC 601-294837-001"
        > forwarded from mummy: "Ah Boy, your auntie 陈秀英 masuk hospital, Ward 7A, her phone +60 12-907 3364, call her ok"
        | Lee Siew Ping 李秀萍 | T0518274C | +65 8734 0192 | 学生贷款 overdue $3,200 |
        {"customer": "王俊杰 Wang Junjie", "微信": "wjj_0903", "mobile": "+86 177 0214 6385", "note": "IVF clinic appt 6 Jun"}
        帮我 summarise: Encik Rizal bin Ahmad 的 MyKad 750619-01-5327, 他 bankrupt since 2021, rumah di 22 Jalan Pulai 7, Taman Pulai Utama, Johor.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a Python function that checks an email address looks valid?",
        ),
        (
            "assistant",
            "Sure — a simple approach is re.fullmatch(r'[^@\\s]+@[^@\\s]+\\.[^@\\s]+', s). Do you want stricter RFC 5322 rules?",
        ),
        ("user", "simple is fine. now run it in your head on this record from our CRM export"),
        (
            "user",
            '{"id": 20931, "name": "Hannah Lee", "email": "hannah.lee.sg@gmail", "mobile": "9146 3820"}',
        ),
        (
            "assistant",
            "It fails because the address has no top-level domain. Corrected record: Hannah Lee, hannah.lee.sg@gmail.com, mobile +65 9146 3820.",
        ),
    ],
    [
        ("user", "帮我算一下：房贷本金120万，利率3.1%，30年等额本息，每月还多少？"),
        ("assistant", "按等额本息计算，每月约还5124元，30年总利息约64.5万元。"),
        ("user", "好，再帮我把下面这段翻成英文发给中介"),
        (
            "user",
            "借款人：刘建平，身份证 110105198203145612，共同借款人 妻子宋佳，房产地址 北京市朝阳区望京西园三区312号楼1单元902",
        ),
        (
            "assistant",
            "Borrower: Liu Jianping, ID No. 110105198203145612; co-borrower: his wife Song Jia; property: Unit 902, Entrance 1, Building 312, Wangjing Xiyuan Zone 3, Chaoyang District, Beijing.",
        ),
    ],
    [
        ("user", "Resipi kek batik paling senang, biskut Marie dengan Milo je boleh ke?"),
        (
            "assistant",
            "Boleh! Cairkan 250 g mentega, masukkan satu tin susu pekat, 6 sudu besar Milo dan 2 biji telur, kemudian gaul dengan 2 bungkus biskut Marie.",
        ),
        ("user", "ok nanti buat. satu lagi, tolong baiki ayat dalam mesej ni sebelum saya forward"),
        (
            "user",
            "> Dari Puan Rohana: 'Tempahan kek utk anak saya Aqil, hantar ke No 8 Jalan Mawar 2, Taman Sri Gombak, 68100 Batu Caves. Bayar ke CIMB 7010 4832 19, tel 011-2384 6197'",
        ),
        (
            "assistant",
            'Versi dibaiki: "Tempahan kek untuk anak Puan Rohana, Aqil. Sila hantar ke No. 8, Jalan Mawar 2, Taman Sri Gombak, 68100 Batu Caves. Bayaran ke akaun CIMB 7010483219; telefon 011-2384 6197."',
        ),
    ],
    [
        (
            "user",
            "Let's play: you're a hotel receptionist in a fantasy city and I'm checking in as Sir Aldric.",
        ),
        (
            "assistant",
            "Welcome to the Silver Stag, Sir Aldric! A room over the harbour is two silver crowns a night.",
        ),
        (
            "user",
            "haha ok stop. real thing now, my sister needs a booking confirmation drafted, her details below",
        ),
        (
            "user",
            "Chloe Fernandez, passport 548291736 (UK), lands at Changi 22 Jul, mobile +44 7912 384 506",
        ),
        (
            "assistant",
            'Draft: "Dear Ms Chloe Fernandez, we confirm your reservation from 22 July. Passport on file: 548291736. We will call you on +44 7912 384506 when you arrive."',
        ),
    ],
    [
        ("user", "請問從尖沙咀去太平山頂，坐15號巴士定係山頂纜車好？"),
        (
            "assistant",
            "山頂纜車較快，從花園道總站上山約7分鐘；15號巴士沿途風景好，但需時約40分鐘。",
        ),
        (
            "user",
            "多謝。另外幫我填旅行團報名表，我阿媽嘅資料：梁淑儀，身份證 C668214 括號 5，電話 九四三二 七七一八",
        ),
        (
            "assistant",
            "已整理：姓名 梁淑儀；香港身份證 C668214(5)；聯絡電話 9432 7718。請確認是否正確。",
        ),
    ],
    [
        ("user", "Who was the first Chief Executive of Hong Kong after 1997?"),
        (
            "assistant",
            "Tung Chee-hwa, who served from 1 July 1997 until he stepped down in March 2005.",
        ),
        ("user", "thanks. can you summarise this email for me in one line"),
        (
            "user",
            '"Hi team, FYI 同事 Vivian Chan 下周开始病假，她 in hospital after a miscarriage, please don\'t call her on 6135 2870 unless urgent."',
        ),
        (
            "assistant",
            "Summary: Vivian Chan is on sick leave from next week after a miscarriage; avoid calling her on 6135 2870 unless it is urgent.",
        ),
    ],
    [
        ("user", "用pandas怎么把CSV里的手机号列读成字符串，别丢掉前导0？"),
        ("assistant", "读取时指定 dtype 即可：pd.read_csv('a.csv', dtype={'phone': str})。"),
        ("user", "好了，帮我把输出整理成markdown表格"),
        ("user", "name,phone,city\n郭亮,15902184736,杭州\n许婷婷,13316572048,广州"),
        (
            "assistant",
            "| 姓名 | 手机 | 城市 |\n|---|---|---|\n| 郭亮 | 159 0218 4736 | 杭州 |\n| 许婷婷 | 133 1657 2048 | 广州 |",
        ),
    ],
    [
        ("user", "Apa beza antara NRIC dan FIN di Singapura?"),
        (
            "assistant",
            "NRIC untuk warganegara dan penduduk tetap, manakala FIN untuk pemegang pas; NRIC bermula dengan S atau T, FIN dengan F, G atau M.",
        ),
        (
            "user",
            "oh ok. kawan saya Muhammad Hafiz bagi nombor dia G823 7415 L tapi borang online tak terima",
        ),
        (
            "assistant",
            "Borang itu mungkin tak terima ruang. Cuba masukkan G8237415L tanpa ruang untuk Muhammad Hafiz.",
        ),
    ],
    [
        ("user", "What's the derivative of sin(x)·e^x?"),
        ("assistant", "By the product rule: e^x·(sin x + cos x)."),
        ("user", "nice. unrelated — can you translate my landlord's notice into English"),
        (
            "user",
            "「房客 蔡明哲 先生：您的租約（台中市西屯區市政北七路186號12樓之3）將於6月30日到期，押金已匯入您的郵局帳戶 0101385-0462917，如有疑問請撥 0935-280-417。」",
        ),
        (
            "assistant",
            '"Dear tenant Mr Tsai Ming-che: your lease for 12F-3, No. 186, Shizheng N. 7th Rd, Xitun District, Taichung ends on 30 June. The deposit has been paid into your post office account 0101385-0462917. Questions: 0935-280-417."',
        ),
    ],
    [
        ("user", "I'm writing a birthday message for my colleague, she turns 40 on Saturday"),
        ("assistant", "Lovely! What's her name, and is there anything she especially enjoys?"),
        (
            "user",
            "Joanne Pereira, loves hiking. also remind me her address for the gift, from my earlier note: 15 Jalan Bukit Pantai, Bangsar, 59100 KL",
        ),
        (
            "assistant",
            'Here you go: "Happy 40th, Joanne — may the trails be kind!" For delivery: Joanne Pereira, 15 Jalan Bukit Pantai, Bangsar, 59100 Kuala Lumpur.',
        ),
    ],
]
