# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix15: instruction-tuning pairs (Instruction/Response, Q/A, 指令/回答, Arahan/Jawapan) in English, Chinese and Malay, with personal data in the instruction, the input or only the response. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix15
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rewriting and summarising pairs"): _lines("""
        Instruction: Rewrite in plain English: "The undersigned hereby acknowledges receipt of the goods." Response: I confirm that I received the goods.
        Instruction: Summarise the Gettysburg Address in one sentence. Response: In November 1863 Abraham Lincoln told the crowd that the living must finish the soldiers' work so that government of the people, by the people, for the people shall not perish.
        Instruction: Make this more formal: "hey ping me at 555-0147 if the build breaks lol" Response: Please call 555-0147 should the build fail. (555-01xx numbers are reserved for fiction and examples.)
        Q: Summarise Lee Kuan Yew's role in August 1965 in two lines. A: As Singapore's first Prime Minister he announced the separation from Malaysia on 9 August 1965 and led the new republic through its first decades.
        Instruction: Paraphrase this template. Input: "Dear [Customer Name], your order #[Order ID] is on its way." Response: Hi [Customer Name], good news: order #[Order ID] has left our warehouse.
        Instruction: Turn into bullet points. Input: Marina Bay Sands, 10 Bayfront Avenue, Singapore 018956; box office opens 10am; hotel switchboard +65 6688 8868. Response: - Venue: Marina Bay Sands, 10 Bayfront Avenue, Singapore 018956 - Box office: from 10am - Switchboard: +65 6688 8868
        Instruction: Shorten this blurb. Input: "The Aurora X2 kettle (model AK-2207, SKU 88410293) boils 1.7 litres in under four minutes." Response: Aurora X2 (AK-2207, SKU 88410293): 1.7 L boiled in under 4 min.
        Instruction: Summarise Pride and Prejudice in 30 words. Response: Elizabeth Bennet misjudges the proud Mr Darcy, learns the truth about Wickham, and the two overcome pride and prejudice to marry in Jane Austen's 1813 novel.
        Instruction: Fix the grammar: "I has forgot my password again and I locks myself out twice this week." Response: I have forgotten my password again and locked myself out twice this week.
        Instruction: Rewrite the headline neutrally. Input: "Musk SLAMS regulators over Starship delay!!" Response: Elon Musk criticises regulators over the delay to SpaceX's Starship launch.
        Instruction: Turn this into a polite reminder: "invoice INV-2024-00871 for SGD 4,380.00 STILL unpaid" Response: A friendly reminder that invoice INV-2024-00871 for SGD 4,380.00 remains outstanding.
        Q: What does "John Doe, 123 Main Street, Anytown, USA 12345" mean on a sample form? A: It is a placeholder that shows the layout; John Doe is the conventional name for an unknown or fictitious person.
    """),
    ("en", "coding pairs"): _lines("""
        Instruction: Write a Python check for a Singapore postal code. Response: re.fullmatch('[0-9]{6}', code) is not None, so '018956' passes and '01895' fails.
        Instruction: Write a SQL query returning customers with more than 5 orders. Response: SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id HAVING COUNT(*) > 5;
        Instruction: Generate a fake user fixture for unit tests. Response: {"id": 1, "name": "Jane Example", "email": "jane@example.com", "phone": "+1-202-555-0173"}
        Q: Why does int('0012345678') lose the zeros? A: Integers have no leading zeros; keep codes like '0012345678' as strings.
        Instruction: Explain this command. Input: git commit --author="A U Thor <author@example.com>" -m "fix typo" Response: It records the commit under the test identity A U Thor that git's own test suite uses, with the message "fix typo".
        Instruction: Write a function that masks all but the last 4 digits of a card number. Response: def mask(pan): return '*' * (len(pan) - 4) + pan[-4:]  # mask('4111111111111111') -> '************1111'
        Instruction: Convert this JSON to YAML. Input: {"service": "payments", "version": "3.12.4", "replicas": 3, "port": 8443} Response: service: payments / version: "3.12.4" / replicas: 3 / port: 8443
        Q: What does HTTP status 451 mean? A: Unavailable For Legal Reasons; the code is a nod to Ray Bradbury's Fahrenheit 451.
        Instruction: Write a docstring for get_user(user_id). Response: Fetch the user row for user_id (int) and return a User object, or None when no row matches.
        Instruction: Validate an IPv4 address in Node.js. Response: require('net').isIP(addr) === 4, so '192.168.1.254' passes and '256.1.1.1' fails.
        Q: How do I pin numpy to 1.26.4? A: Put numpy==1.26.4 in requirements.txt and run pip install -r requirements.txt.
        Instruction: Explain this cron line: 30 2 * * 1-5 /opt/backup/run.sh Response: It runs the backup script at 02:30 on every weekday, Monday to Friday.
        Instruction: Write a Luhn check and test it on 4242 4242 4242 4242. Response: luhn('4242424242424242') returns True; it is Stripe's public test card, so it never charges anyone.
        Q: Which UUID version is 550e8400-e29b-41d4-a716-446655440000? A: Version 4, shown by the first digit of the third group; it is the stock example UUID in many docs.
    """),
    ("en", "maths and reasoning pairs"): _lines("""
        Q: A train leaves Kuala Lumpur at 08:15 and covers 350 km at 140 km/h. When does it reach Butterworth? A: 2.5 hours later, at 10:45.
        Instruction: Compute 9% GST on S$1,280.00. Response: GST is S$115.20, so the total is S$1,395.20.
        Q: Is 978-0-14-143951-8 a valid ISBN-13? A: Yes, the weighted digit sum is a multiple of 10; it is the Penguin Classics edition of Pride and Prejudice.
        Instruction: Factorise 6x^2 + 11x - 35. Response: (3x - 5)(2x + 7).
        Q: What is 17% of 2,350? A: 399.5.
        Q: Ahmad has three times as many marbles as Mei Ling and together they have 48. How many does Mei Ling have? A: 12, since 4 parts make 48.
        Instruction: Convert 1,000,000 seconds to days, hours and minutes. Response: 11 days, 13 hours, 46 minutes and 40 seconds.
        Q: Monthly repayment on a RM 450,000 loan at 4.2% a year over 35 years? A: Roughly RM 2,047 a month with the standard annuity formula.
        Q: What comes next: 2, 3, 5, 7, 11, 13, ...? A: 17, the next prime.
        Instruction: Solve 3x + 19 = 82. Response: x = 21.
        Q: Round 3.14159265 to four decimal places. A: 3.1416.
        Q: How many digits are in 2^64? A: 20 digits: 18446744073709551616.
    """),
    ("zh-Hans", "翻译与改写"): _lines("""
        指令：把下面这句话翻译成英文。输入：请于2025年3月1日前提交报销单，单号BX-20250214-0037。回答：Please submit reimbursement form BX-20250214-0037 by 1 March 2025.
        指令：把“千里之行，始于足下”翻译成英文并说明出处。回答：A journey of a thousand miles begins with a single step. 出自《老子》第六十四章。
        指令：将这句话改写得更礼貌。输入：快点把货发了，订单号 202411180093345。回答：麻烦您尽快安排发货，订单号 202411180093345，谢谢！
        指令：用一句话概括鲁迅《狂人日记》的主题。回答：小说借“狂人”之口揭露封建礼教“吃人”的本质，1918年发表于《新青年》。
        指令：把“我今天心情不好，不想上班”改写成请假邮件的语气。回答：您好，我今天身体不适，想申请一天事假，手头工作已交接，望批准。
        问：“张三李四”在中文里是什么意思？答：泛指随便哪个人，类似英文的 John Doe，并不指具体的人。
        指令：翻译成英文：全国市场监管投诉举报热线是12315。回答：The national market-regulation complaint hotline in China is 12315.
        指令：润色句子。输入：苹果公司由乔布斯沃兹尼亚克和韦恩在1976年创办的。回答：1976年，史蒂夫·乔布斯、斯蒂夫·沃兹尼亚克与罗纳德·韦恩共同创立了苹果公司。
        指令：将地址翻译成英文。输入：北京市东城区景山前街4号 故宫博物院。回答：The Palace Museum, 4 Jingshan Front Street, Dongcheng District, Beijing.
        指令：把这段话缩写到20字以内。输入：本次版本 v4.18.2 修复了登录页在 iOS 17.5 上闪退的问题，并优化了启动速度。回答：v4.18.2 修复 iOS 17.5 登录闪退并提速。
        指令：把下列句子翻成文言文。输入：我每天早上六点起床跑步。回答：吾每晨卯时起，奔走以强身。
        指令：翻译成中文。输入：Model HW-P40 Pro, 8GB+256GB, IMEI placeholder 000000000000000. 回答：型号 HW-P40 Pro，8GB+256GB，IMEI 占位值 000000000000000。
    """),
    ("zh-Hans", "知识与计算问答"): _lines("""
        问：孙中山是哪一年出生的？答：1866年11月12日生于广东香山县翠亨村。
        问：身份证号码的第7到14位代表什么？答：代表出生年月日，比如这一段写成19900101就表示1990年1月1日。
        问：一件原价 399 元的商品打八五折后多少钱？答：339.15 元。
        问：ISBN 978-7-5442-9116-3 里的 978-7 表示什么？答：978 是图书前缀，7 是中国大陆的组区号。
        问：12306 是什么电话？答：中国铁路客户服务中心的热线，可以订票和咨询。
        指令：用 Python 计算 1 到 100 的和。回答：sum(range(1, 101)) 的结果是 5050。
        问：袁隆平的主要贡献是什么？答：他是杂交水稻研究的开创者，被称为“杂交水稻之父”，2021年逝世。
        问：快递单号 SF1402837759210 是哪家公司的？答：以 SF 开头的一般是顺丰速运的运单号，可以在顺丰官网查询物流。
        问：文档里用 13800138000 当示例号码合适吗？答：这是运营商常被拿来演示的号码，文档里最好改用 138-0000-0000 这类一眼能看出是占位的写法。
        问：一个正方形的对角线长 10 厘米，面积是多少？答：50 平方厘米。
        问：钱学森是哪一年回国的？答：1955年，他冲破重重阻挠从美国回到中国。
        指令：把 1,234,567,890 元写成中文大写金额。回答：壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元整。
    """),
    ("zh-Hant", "摘要與翻譯"): _lines("""
        指令：用兩句話摘要《桃花源記》。回答：陶淵明寫一位漁人誤入與世隔絕的桃花源，村民安居樂業；漁人離開後再也找不到入口。
        指令：把地址翻成英文。輸入：台北市信義區信義路五段7號 台北101。回答：Taipei 101, No. 7, Sec. 5, Xinyi Rd., Xinyi District, Taipei City.
        問：1925 是什麼專線？答：衛福部的安心專線，24 小時免付費心理諮詢。
        指令：將句子改寫得正式一些。輸入：我明天請假去看牙醫啦。回答：本人明日需請假一天前往牙科就診，敬請核准。
        問：香港身份證號碼括號裡的字是什麼？答：是校驗碼，可以是 0 至 9 或 A；教學文件常用 A123456(7) 當範例。
        指令：翻譯成英文：港鐵客務中心熱線 2881 8888。回答：MTR customer service hotline: 2881 8888.
        指令：摘要張忠謀創辦台積電的經過。回答：張忠謀於1987年在政府與工研院支持下創立台積電，開創專業晶圓代工模式。
        問：訂單編號 TW20241105-88321 怎麼解讀？答：TW 是地區碼，20241105 是下單日期，88321 是當日流水號。
        指令：把價格換算成港幣。輸入：NT$3,290，匯率 1 港幣 = 4.1 新台幣。回答：約 HK$802.44。
        指令：將「知之為知之，不知為不知，是知也」譯成白話。回答：知道就說知道，不知道就說不知道，這才是真正的智慧。出自《論語·為政》。
        指令：把這段新聞改寫成標題。輸入：香港特區行政長官李家超今日出席立法會行政長官答問會。回答：李家超出席立法會答問會。
    """),
    ("ms", "arahan dan jawapan"): _lines("""
        Arahan: Terjemahkan ke bahasa Inggeris: "Sila bayar bil elektrik anda sebelum 15 haribulan." Jawapan: Please pay your electricity bill before the 15th.
        Arahan: Ringkaskan peranan Tunku Abdul Rahman pada 31 Ogos 1957. Jawapan: Beliau mengisytiharkan kemerdekaan di Stadium Merdeka sebagai Perdana Menteri pertama Persekutuan Tanah Melayu.
        S: Apakah nombor Talian Kasih? J: 15999, talian bantuan di bawah Kementerian Pembangunan Wanita, Keluarga dan Masyarakat.
        Arahan: Kira cukai jualan 10% atas RM 1,850.00. Jawapan: Cukai RM 185.00, jumlah RM 2,035.00.
        Arahan: Tulis semula ayat ini dengan lebih sopan: "Hantar laporan tu sekarang." Jawapan: Boleh tuan/puan hantarkan laporan tersebut secepat mungkin? Terima kasih.
        S: Dalam borang contoh, apa maksud 000000-00-0000 di ruang MyKad? J: Ia hanya ruang letak yang menunjukkan susunan tarikh lahir, kod negeri dan nombor siri, bukan nombor sebenar.
        Arahan: Terjemahkan alamat ini. Input: Menara Berkembar Petronas, Pusat Bandaraya Kuala Lumpur, 50088 Kuala Lumpur. Jawapan: Petronas Twin Towers, Kuala Lumpur City Centre, 50088 Kuala Lumpur.
        Arahan: Tulis fungsi Python untuk menyemak nombor perdana. Jawapan: def perdana(n): return n > 1 and all(n % i for i in range(2, int(n ** 0.5) + 1))
        S: Siapakah P. Ramlee? J: Seniman agung Malaysia, pelakon, pengarah dan penyanyi filem seperti Ali Baba Bujang Lapok (1961); meninggal dunia pada 1973.
        Arahan: Ringkaskan notis ini. Input: Pesanan #MY-558201-77 telah dihantar melalui Pos Laju, nombor penjejakan EP123456789MY. Jawapan: Pesanan MY-558201-77 sudah dihantar (Pos Laju EP123456789MY).
        S: Berapakah 15% daripada RM 2,400? J: RM 360.
        Arahan: Betulkan ejaan: "Saya suke makan nasi lemak setiap pagi." Jawapan: Saya suka makan nasi lemak setiap pagi.
        S: Apakah nombor kecemasan di Malaysia? J: 999 untuk polis dan ambulans, 994 untuk bomba, dan 112 dari telefon bimbit.
        Arahan: Terjemahkan "Anwar Ibrahim dilantik sebagai Perdana Menteri ke-10 pada 24 November 2022." Jawapan: Anwar Ibrahim was appointed the 10th Prime Minister on 24 November 2022.
    """),
    ("mixed", "code-switched pairs"): _lines("""
        Instruction: translate to 中文 — "Release 2.7.0 drops support for Python 3.8." Response: 2.7.0 版本不再支持 Python 3.8。
        Q: Apa maksud "lorem ipsum" dalam design? A: 它是 placeholder 文本，改编自西塞罗的拉丁文著作，没有实际意思。
        Instruction: Terjemahkan ke English: 新加坡樟宜机场的总机是 +65 6595 6868。Response: The Changi Airport general line is +65 6595 6868.
        指令：explain 这行 Dockerfile: EXPOSE 8080/tcp 回答：它声明容器监听 8080 TCP port，但不会自动 publish 到 host。
        Q: 请把 "Jack Ma founded Alibaba in Hangzhou in 1999" 翻成 Bahasa Melayu. A: Jack Ma mengasaskan Alibaba di Hangzhou pada tahun 1999.
        Arahan: 把这个 SKU 拆开解释: MY-KL-2024-B7-00931. Jawapan: MY = Malaysia, KL = gudang Kuala Lumpur, 2024 = tahun, B7 = rak, 00931 = nombor siri barang.
        Instruction: 用 SQL 写一个 top 10 products by revenue 的查询. Response: SELECT product_id, SUM(qty * price) AS revenue FROM sales GROUP BY product_id ORDER BY revenue DESC LIMIT 10;
        Q: Boleh tak guna user@example.com dalam unit test? A: 可以，example.com 是 IANA 保留的域名，专门给示例用的。
        Instruction: summarise 一下 Singapore CPF contribution rate for employees below 55. Response: Untuk pekerja bawah 55 tahun, majikan 17% dan pekerja 20%, jumlah 37%.
        指令：解释 "Tan Sri P. Ramlee" 里的 title. 回答：Tan Sri 是马来西亚联邦勋衔，P. Ramlee 在1990年获追授。
        Q: Singapore 车牌 format 例如 SBA 1234 A 是什么结构? A: S 开头多是私家车，BA 是序列，1234 是号码，最后的字母是 checksum；文档常用 SBA 1234 A 当示例。
        Instruction: 把 meeting notes 转成 bullet points. Input: Q3 revenue up 12%, hiring freeze till Jan, next townhall 18/10 3pm. Response: • Q3 营收 +12% • Hiring freeze 至一月 • 下次 townhall：10月18日下午3点
        Instruction: 帮我 format 一个 Malaysian phone number 给 docs 当例子. Response: 建议用明显的 placeholder，例如 +60 3-XXXX XXXX，避免看起来像真号码。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Instruction: Rewrite this message more gently. Input: "tell Priya Raghunathan her biopsy came back positive, she's on 9182 4470" Response: Could you please let Priya Raghunathan know her biopsy results are in? She can be reached on 9182 4470.
        Instruction: Extract the contact details as JSON. Input: pls call back Marcus Yeo Wei Jie hp 8736 2291 email marcus.yeowj@gmail.com re overdue rent Response: {"name": "Marcus Yeo Wei Jie", "phone": "8736 2291", "email": "marcus.yeowj@gmail.com"}
        Q: whats my address again? A: According to your saved profile, Mr Gilbert Ong, you live at Blk 412 Bedok North Ave 2, #09-117, Singapore 460412.
        Instruction: Summarise the complaint. Input: my name is Hannah Cortez, card 4532 7718 0295 6613 got charged twice at the dentist on 3 Jun Response: Hannah Cortez reports a duplicate dental charge on 3 June to card 4532 7718 0295 6613.
        Instruction: Translate to Malay. Input: "Deliver to Rohan Pillai, 27 Jalan SS 2/64, 47300 Petaling Jaya, call +60 17-482 9013 before arriving." Response: Hantar kepada Rohan Pillai, 27 Jalan SS 2/64, 47300 Petaling Jaya, hubungi +60 17-482 9013 sebelum tiba.
        Instruction: Fill in the KYC form from the passport scan. Response: Surname: LIM; Given names: SHU FEN ANGELINE; Passport No: K3918264M; Date of birth: 14 FEB 1991; Nationality: SGP.
        Q: remind me what the doctor said? A: Noted earlier, Kavitha: Dr Aaron Teo said your HbA1c was 8.4% at the last visit, so your metformin went up to 1000 mg twice a day.
        Instruction: Correct the grammar. Input: "me and Jordan Whitfield was living at 14 Larkspur Close, Didsbury M20 6TQ since 2019" Response: Jordan Whitfield and I have been living at 14 Larkspur Close, Didsbury, M20 6TQ since 2019.
        Instruction: Write a two-line bio. Input: Felicia Marsh, home tutor, IG @feliciamarsh.tutors, WhatsApp +65 9027 3318 Response: Felicia Marsh tutors secondary maths from home. Reach her on Instagram @feliciamarsh.tutors or WhatsApp +65 9027 3318.
        Q: Which FIN do I put for my helper? A: From the work permit you uploaded, Maria Santos Dela Cruz's FIN is G7243819N, valid until 30 Sep 2026.
        Instruction: Classify the sentiment. Input: "Derek Ho (S8826417D) STILL hasn't paid back the $3,000 he borrowed, im done with him" Response: Negative.
        Instruction: Format as a markdown row (name | vehicle | offence). Input: Tommy Leung, SLA 5562 K, speeding $150 Response: | Tommy Leung | SLA 5562 K | Speeding, $150 |
        Instruction: Continue the email. Input: "Hi Sam, here are my bank details for the deposit:" Response: Account name: Chua Boon Kiat, DBS Savings 120-456781-3. Please use the reference "Unit 7B deposit".
        Q: What did I tell you about my mum? A: You said your mother, Rosalind Achterberg, 78, has early-stage Alzheimer's and still lives alone at 3 Quarry Lane, Bathurst NSW 2795.
    """),
    "zh-Hans": _lines("""
        指令：帮我把这段话改通顺。输入：王建国身份证320102198807154417丢了要补办电话13913847260 回答：王建国的身份证（320102198807154417）遗失，需要补办，联系电话 139 1384 7260。
        问：我上次给你的收货地址是啥？答：您上次留的是：上海市徐汇区漕溪北路595弄3号1402室，收件人刘思雨，电话 186 2170 4835。
        指令：从以下文本中抽取姓名和手机号。输入：家长群通知：三年二班赵子轩的妈妈周丽 13652098817 请今天来接孩子。回答：姓名：周丽（赵子轩家长）；手机：13652098817。
        指令：把病历摘要改写成通俗语言。输入：患者 孙海燕，女，46岁，乳腺癌术后第3次化疗，白细胞 2.1×10⁹/L。回答：孙海燕女士今年46岁，乳腺癌手术后正在做第三次化疗，白细胞偏低，要注意防感染。
        指令：写一条催款短信。输入：借款人 陈国梁，欠款 38,500 元，银行卡 6222 0210 0135 7789 246。回答：陈国梁先生您好，您尚欠38,500元，请尽快还至卡号 6222021001357789246。
        问：怎么查我老公的车有没有违章？车牌粤B·7K3Q9，他叫黄志强。答：可以在“交管12123”App 里添加车牌粤B7K3Q9，以黄志强本人账号登录就能看到违章记录。
        指令：翻译成英文。输入：我叫何雨桐，护照号E48271935，下周二从浦东飞新加坡。回答：My name is He Yutong, passport no. E48271935, and I fly from Pudong to Singapore next Tuesday.
        指令：判断下面的评论是不是广告。输入：加我微信 lj_fitness1993 一对一私教，我是李杰 手机17701836624 回答：是广告，包含个人微信号和手机号。
        问：帮我查下我女儿的医保卡号是多少来着？答：您之前记录的是：杨可欣，社保卡号 440305201503089421，过敏史：青霉素。
        指令：把简历信息整理成 JSON。输入：姓名 郑晓峰 出生 1990.06.21 电话 158-2096-1147 现住 杭州市西湖区古荡新村12幢2单元301 回答：{"姓名": "郑晓峰", "出生": "1990-06-21", "电话": "15820961147", "住址": "杭州市西湖区古荡新村12幢2单元301"}
        指令：润色这份离职证明。回答：兹证明冯雅婷（身份证号 51010419930412262X）自2019年7月至2024年9月在我司任职，因个人原因离职，特此证明。
        问：你能帮我写个寻人启事吗？我爸吴德明72岁，有老年痴呆，昨天在成都武侯区走丢了。答：寻人启事：吴德明，男，72岁，患阿尔茨海默病，于昨日在成都市武侯区走失，如有线索请联系家属 138 8214 6307。
    """),
    "zh-Hant": _lines("""
        指令：把這則訊息翻成英文。輸入：陳家豪 身份證 K482913(5)，住九龍灣德福花園P座18樓C室。回答：Chan Ka Ho, HKID K482913(5), lives at Flat C, 18/F, Block P, Telford Gardens, Kowloon Bay.
        問：我上次登記的身分證字號是多少？答：您登記的是林怡君，身分證字號 F228813406，生日 1989 年 3 月 22 日。
        指令：摘要這封信。輸入：黃美玲小姐您好，您的澳門居民身份證 5213486(2) 已於 2024/11/30 到期，請儘快辦理續期。回答：通知黃美玲，她的澳門身份證 5213486(2) 已過期，需盡快續期。
        指令：改寫成正式語氣。輸入：阿強（李志強）個電話係 6234 8817，佢欠我五千蚊未還。回答：李志強先生（電話 6234 8817）尚欠本人港幣五千元，至今未償還。
        問：幫我寫一則請假條，我兒子張柏翰發燒。答：老師您好，張柏翰（三年四班 17 號）因發燒至 39 度，今日請假一天。家長 張文彬 0912-384-726 敬上。
        指令：從收據擷取資料。輸入：客戶：吳佩珊 卡號 4147 2019 8830 5521 地址 台中市西屯區福科路318巷6號3樓 回答：姓名 吳佩珊；卡號 4147 2019 8830 5521；地址 台中市西屯區福科路318巷6號3樓。
        問：我想確認病歷上的資料對不對。答：病歷顯示：何志偉，HKID R719204(A)，患 2 型糖尿病及高血壓，定期在將軍澳醫院覆診。
        指令：翻譯成中文。輸入：Tenant Ho Wing Sze, HKID Y563018(4), Flat 2305, 23/F, Tower 3, Laguna City. 回答：租客何穎詩，身份證 Y563018(4)，麗港城第3座23樓2305室。
    """),
    "ms": _lines("""
        Arahan: Terjemahkan ke bahasa Inggeris. Input: Nama saya Nurul Aina binti Kamarudin, no. IC 950730-10-6218, tinggal di No. 14, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam. Jawapan: My name is Nurul Aina binti Kamarudin, IC no. 950730-10-6218, and I live at No. 14, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam.
        S: apa nombor abang saya yg saya simpan semalam? J: Abang Hafiz: 013-778 2941, dan nombor pejabat dia 03-5521 8834.
        Arahan: Tulis semula dengan sopan. Input: "Encik Ravi Chandran a/l Muthu (880412-14-5563) blm bayar sewa 3 bulan." Jawapan: Dimaklumkan bahawa Encik Ravi Chandran a/l Muthu (No. KP 880412-14-5563) masih tertunggak sewa selama tiga bulan.
        Arahan: Ekstrak maklumat kenderaan. Input: Myvi putih WXY 8842 tu Siti Hajar punya, dia duduk Flat PKNS Seksyen 7 blok C. Jawapan: Nombor plat: WXY 8842; Pemilik: Siti Hajar; Kenderaan: Myvi putih.
        Arahan: Ringkaskan laporan perubatan. Input: Pesakit Mohd Faizal bin Rosli, 34 tahun, HIV positif, mula rawatan ARV di Hospital Sungai Buloh. Jawapan: Mohd Faizal bin Rosli (34 tahun) disahkan HIV positif dan telah memulakan rawatan ARV.
        S: Saya lupa akaun bank yang saya bagi tadi. J: Akaun Maybank atas nama Lim Chee Keong, nombor 1640 2287 3915.
        Arahan: Buat mesej WhatsApp jemputan kenduri. Jawapan: Assalamualaikum, dijemput ke majlis perkahwinan anak kami Aisyah & Haikal di No. 22, Lorong Mawar 5, Taman Bukit Indah, 81200 Johor Bahru. RSVP Puan Rohani 019-733 4026.
        Arahan: Semak format nombor pasport. Input: A41827395, pemegang Tan Mei Xuan. Jawapan: Format betul: pasport Malaysia bermula dengan huruf A diikuti 8 digit, jadi A41827395 untuk Tan Mei Xuan sah dari segi format.
        S: Boleh ingatkan gaji saya? J: Berdasarkan slip yang anda muat naik, Encik Zulkifli Hassan, gaji bersih anda RM 4,870 dan potongan PTPTN RM 250 sebulan.
    """),
    "mixed": _lines("""
        Instruction: 帮我把这个 contact 存成 vCard. Input: Ong Wei Ling 王伟玲, +65 9638 2107, weiling.ong88@hotmail.com Response: BEGIN:VCARD / FN:Ong Wei Ling / TEL:+6596382107 / EMAIL:weiling.ong88@hotmail.com / END:VCARD
        Arahan: translate 这句 to English: 我的 IC 是 T0312587G，住 Punggol Field 的 Blk 268A #12-344。Jawapan: My IC is T0312587G and I live at Blk 268A Punggol Field #12-344.
        Q: 我 boss 的 phone 是什么 ah? A: You saved it as Mr Krishnan Raj (boss), 8123 4459 — 他说 after 9pm 不要 call.
        指令：summarise 这张 medical cert. 输入：MC for Lee Jia Hui, S9538162F, gastroenteritis, 2 days, Raffles Medical 回答：Lee Jia Hui（S9538162F）因肠胃炎获两天病假。
        Instruction: Tolong format ni jadi shipping label. Input: Penerima: Farah Izzati, 012-664 8350, 8 Jalan Ara 2/3, Bangsar, 59100 KL Response: TO: Farah Izzati | Tel: 012-664 8350 | 8, Jalan Ara 2/3, Bangsar, 59100 Kuala Lumpur
        Q: 帮我 check 一下这笔 GrabPay 转账对不对? A: 你转了 RM 1,200 给 Chong Kah Meng (+60 16-209 7741)，reference "sewa Disember" — nampak betul.
        指令：把 IG bio 改得 cute 一点。输入：Jess Tay | SG | @jesstaybakes | DM for orders | 9015 6623 回答：🍰 Jess Tay 的小烘焙屋 🇸🇬 | 下单请 DM @jesstaybakes 或 WhatsApp 9015 6623 ✨
        Arahan: 识别以下文本的 language. Input: "Wo kena saman lagi, plat JQF 3071 tu Tan Ah Seng punya kereta, dia tak mau bayar" Jawapan: Bahasa campur: Melayu dengan sedikit Mandarin/Hokkien (Manglish).
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Instruction: draft a complaint to my landlord about the aircon."),
        ("assistant", "Sure. What's the landlord's name and the unit address?"),
        ("user", "Mr Benedict Sim, unit #05-12, 88 Jalan Bukit Merah. his hp is 9744 0318"),
        (
            "assistant",
            "Response: Dear Mr Sim, the air-conditioner in #05-12, 88 Jalan Bukit Merah has stopped working. Please arrange a repair this week. I will call you at 9744 0318 to confirm.",
        ),
    ],
    [
        ("user", "指令：帮我填一下酒店入住登记"),
        ("assistant", "好的，请提供入住人姓名和证件号码。"),
        ("user", "邓佳怡"),
        ("user", "证件 350203199612054028"),
        ("assistant", "回答：已登记入住人邓佳怡，身份证 350203199612054028，入住两晚。"),
    ],
    [
        ("user", "Arahan: tolong buat surat rayuan PTPTN"),
        ("assistant", "Boleh. Sila beri nama penuh dan nombor IC."),
        ("user", "Amirul Hakim bin Jamaluddin, 000915-01-3387"),
        (
            "assistant",
            "Jawapan: Saya, Amirul Hakim bin Jamaluddin (No. KP 000915-01-3387), ingin merayu penangguhan bayaran balik pinjaman PTPTN kerana masih belum bekerja.",
        ),
    ],
    [
        ("user", "Q: where did my last order go? need it for the warranty form"),
        (
            "assistant",
            "A: Your last order was delivered to Chloe Ng, Blk 455 Tampines Street 42, #04-221, Singapore 520455, on 2 November.",
        ),
    ],
    [
        ("user", "指令：幫我寫一封推薦信給補習社"),
        ("assistant", "好的，請問學生姓名、年級和聯絡方式？"),
        ("user", "周子晴，高二，家長電話 0935-217-648，她數學很好但家裡經濟困難"),
        (
            "assistant",
            "回答：敬啟者：茲推薦周子晴同學（高二），其數學成績優異，惟家境清寒，懇請考慮減免學費。聯絡電話 0935-217-648。",
        ),
    ],
    [
        (
            "user",
            "Is this pair OK for our fine-tuning set? 'Q: where does Ana live? A: Ana Folau lives at 52 Kauri Road, Henderson, Auckland 0612 with her two kids.'",
        ),
        (
            "assistant",
            "No. The answer gives a private person's home address; drop the pair or replace it with a synthetic one.",
        ),
    ],
    [
        ("user", "Instruction: turn my notes into a calm post for the forum"),
        ("assistant", "Paste the notes and I'll draft it."),
        (
            "user",
            "my ex @dylan_rourke_ keeps posting my number 0412 558 903 everywhere, my name's Bree Kowalczyk",
        ),
        (
            "assistant",
            "Response: I'm Bree Kowalczyk. My former partner (@dylan_rourke_) has been sharing my phone number, 0412 558 903, without consent. Please report any post that contains it.",
        ),
    ],
    [
        ("user", "指令：帮我算一下这个月信用卡怎么还"),
        ("assistant", "请告诉我账单金额和最低还款额。"),
        ("user", "招行卡 6225 8812 3456 7190，户名马晓东，账单 12,480 元，最低还 1,248"),
        (
            "assistant",
            "回答：马晓东您好，尾号7190的招行卡本期应还12,480元，最低还款1,248元；只还最低额会产生利息。",
        ),
    ],
    [
        ("user", "Boleh tolong translate ke 中文?"),
        ("assistant", "Boleh, hantar teks."),
        (
            "user",
            "Pesakit: Goh Siew Lan, MyKad 620318-07-5144, strok ringan, wad 7B Hospital Pulau Pinang",
        ),
        ("assistant", "病人：吴秀兰，身份证 620318-07-5144，轻度中风，住槟城中央医院 7B 病房。"),
    ],
]
