# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat9: multi-turn user/assistant fine-tuning chats. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat9
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coding help"): _lines("""
        def mask_phone(p: str) -> str: return p[:3] + "****" + p[-4:]  # mask_phone("13800138000") == "138****8000"
        assert validate_email("jane.doe@example.com") is True and validate_email("jane.doe@") is False
        Use re.compile(r"^[STFGM][0-9]{7}[A-Z]$") to check the NRIC shape, but a regex only checks the layout; the checksum letter still needs its own function.
        Your Dockerfile pins python:3.12-slim; bump it to python:3.12.4-slim-bookworm and rebuild with docker build -t shop-api:1.8.2 .
        In Django set EMAIL_HOST = "smtp.sendgrid.net" and DEFAULT_FROM_EMAIL = "no-reply@yourshop.example" so receipts never come from someone's personal inbox.
        The SHA-256 of the empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, a handy sanity check for your hashing helper.
        Stripe's documented test card 4242 4242 4242 4242 with any future expiry and any three-digit CVC always succeeds in test mode, so use it instead of a real card.
        SELECT order_id, SUM(amount) AS total FROM payments WHERE created_at >= '2024-01-01' GROUP BY order_id HAVING SUM(amount) > 500;
        Your Faker seed is fixed at 42, so Faker("zh_CN").name() returns the same made-up names every run, which is fine for fixtures.
        The 404 comes from /api/v2/users/{user_id}/orders; user_id must be a UUID such as 123e4567-e89b-12d3-a456-426614174000, not an integer.
        In the signup form test, fill the phone input with 555-0142 and the email with test.user@example.org; both ranges are reserved for documentation.
        npm ERR! code ERESOLVE here means react@18.3.1 conflicts with a peer dependency of react-native-web@0.19.10; try npm install --legacy-peer-deps.
        The JWT you pasted is the sample token from jwt.io (alg HS256, sub 1234567890, name John Doe, iat 1516239022), so nothing real leaked.
        For the MyKad column, a pattern like ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ checks the layout, and you should store only a salted hash of the full number.
        Set LOG_LEVEL=INFO in production and add a filter that replaces anything matching the card regex with [REDACTED] before the handler writes it.
    """),
    ("en", "travel planning"): _lines("""
        Day 2 in Penang: breakfast at Toh Soon Cafe on Campbell Street, then the Khoo Kongsi clan house (RM15 entry), and sunset at the Gurney Drive hawker centre.
        From Changi Airport take the East-West Line towards Tuas Link, change at Tanah Merah, and alight at City Hall; the fare is about S$2.10 with a contactless card.
        Board the Peak Tram at the Garden Road lower terminus; an adult return ticket is HK$88 and the last tram up leaves around 10pm.
        Flight CX 251 leaves Hong Kong at 00:20 and lands at London Heathrow at 06:40, so book the first Elizabeth line train into Paddington.
        The National Palace Museum at No. 221, Sec. 2, Zhishan Rd, Shilin District, Taipei opens 9:00 to 17:00 and closes on Mondays.
        For Jiufen take bus 1062 from Exit 1 of Zhongxiao Fuxing MRT; the ride is about 80 minutes and costs NT$101 with an EasyCard.
        Macau in one day: the Ruins of St. Paul's, Senado Square and Lord Stow's Bakery in Coloane, then the free hotel shuttle from the Taipa ferry terminal.
        The Malaysia Digital Arrival Card must be filled in within three days before arrival at mdac.imi.gov.my, and it is free of charge.
        Save these before the trip: 999 in Malaysia and Hong Kong, 995 for an ambulance in Singapore, 119 in Taiwan and 120 in mainland China.
        Check-in at Marina Bay Sands, 10 Bayfront Avenue, starts at 3pm, and the infinity pool on level 57 is open to hotel guests only.
    """),
    ("en", "tutoring and essays"): _lines("""
        Sun Yat-sen studied at the Hong Kong College of Medicine for Chinese and graduated in 1892 before he turned to revolution.
        Lee Kuan Yew was Singapore's first Prime Minister from 1959 to 1990, and The Singapore Story covers his life up to 1965.
        Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957, calling out "Merdeka!" seven times.
        In your essay on Lu Xun, cite A Madman's Diary (1918) as the first major short story written in modern vernacular Chinese.
        To solve 3x + 7 = 25, subtract 7 from both sides to get 3x = 18, then divide by 3, so x = 6.
        Elizabeth Bennet's first impression of Mr Darcy at the Meryton assembly is a good example of misjudgement for your literature essay.
        The half-life of carbon-14 is about 5,730 years, so a sample holding 25% of its original C-14 is roughly 11,460 years old.
        Marie Curie won the Nobel Prize in Physics in 1903 and in Chemistry in 1911, the first person honoured in two sciences.
        Zheng He's seven voyages between 1405 and 1433 called at Malacca several times, and the Cheng Ho Cultural Museum there tells the story.
        A workable thesis for your IB History paper: "The Japanese occupation of Malaya (1942-1945) accelerated rather than created the independence movement."
    """),
    ("en", "health and legal questions"): _lines("""
        The usual adult dose of paracetamol is 500mg to 1g every four to six hours, no more than 4g in 24 hours; ask a pharmacist first if you have liver disease.
        In Singapore the Small Claims Tribunals hear disputes up to S$20,000, or up to S$30,000 if both parties agree in writing.
        Under Hong Kong's Personal Data (Privacy) Ordinance (Cap. 486) you may make a data access request, and the organisation must reply within 40 days.
        Since the 2022 amendment, Malaysia's Employment Act 1955 gives 98 days of paid maternity leave.
        An HbA1c of 6.5% or higher on two separate tests is the usual threshold for diagnosing type 2 diabetes.
        If a caller claims to be from the police and asks for money, hang up and call the ScamShield Helpline at 1799.
        Foreign residents in Taiwan join the National Health Insurance after six months of continuous residence, and premiums follow the salary bracket.
        For your tort assignment, Donoghue v Stevenson [1932] UKHL 100 set out the neighbour principle in negligence.
        Dengue usually brings high fever, severe headache, pain behind the eyes and a rash; avoid ibuprofen and aspirin until dengue has been ruled out.
        The PDPC publishes its enforcement decisions on pdpc.gov.sg, including the 2019 SingHealth decision with a S$250,000 financial penalty.
    """),
    ("en", "shopping support"): _lines("""
        Shopee order 240315KQ7N2B8X was handed to J&T Express, and tracking number JT0001234567890 should update within 24 hours.
        The Apple Watch Series 9 45mm GPS is listed at S$599 on apple.com/sg, while the cellular model is S$749.
        To return a Lazada item, open My Orders, tap Return/Refund and drop the parcel at any Ninja Van point within 15 days.
        Invoice INV-2024-00817 comes to RM1,284.60 including 8% SST, and the supplier's SST registration number is printed at the bottom.
        Dyson Malaysia handles warranty claims through its customer care line 1-800-81-1208 and the support form on dyson.com.my.
        Support will ask for the model number 23127PN0CG and the firmware string HyperOS 1.0.10.0.UNCMIXM, both shown under About phone.
        Coupon code SPRING15 takes 15% off HKTVmall orders above HK$300 until 30 April.
        SF Express waybills start with SF followed by 13 digits, for example SF1234567890123, and can be tracked on sf-express.com.
    """),
    ("zh-Hans", "编程与求职问答"): _lines("""
        手机号脱敏成 138****5678 可以写 phone[:3] + '****' + phone[-4:]，但要先校验长度是 11 位。
        身份证号最后一位是校验码，按 ISO 7064 MOD 11-2 计算，余数对应 10 的时候校验位写作 X。
        在 Spring Boot 里把 spring.datasource.url 设成 jdbc:mysql://localhost:3306/shop?useSSL=false，再检查 serverTimezone 参数。
        pip install torch==2.3.1 报错的话，先确认 Python 版本在 3.8 到 3.12 之间，再换成清华镜像 https://pypi.tuna.tsinghua.edu.cn/simple 试试。
        测试数据请用 user01@example.com 和 13800000000 这种一看就是假的值，不要把生产库导出来当 fixture。
        简历里的项目经历建议按 STAR 法则写：情境、任务、行动、结果，每条控制在两行以内。
        正则 ^1[3-9][0-9]{9}$ 只能判断大陆手机号的格式，并不能说明这个号码真实存在。
        执行 git rebase -i HEAD~3 后把第二、第三个提交改成 squash，就能把三个提交合并成一个。
        HTTP 429 表示请求太频繁，微信开放平台接口的调用频率限制对应 errcode 45009。
        求职信开头写“尊敬的招聘负责人”就可以，不必知道对方姓名，结尾写“期待您的回复”。
        鲁迅原名周树人，1918 年在《新青年》发表《狂人日记》，写议论文时常被引用。
        用订单号 202403150001238877 做主键没有问题，但千万别把用户的身份证号当主键。
        JSON 里的 email 字段如果是 noreply@alipay.com 这种系统发件地址，一般不算个人信息。
        日志里把银行卡号打成 6222 **** **** 0128 这种掩码形式，排查问题时也够用了。
    """),
    ("zh-Hans", "旅行购物与健康"): _lines("""
        上海迪士尼乐园的地址是浦东新区川沙新镇黄赵路 310 号，乘地铁 11 号线到迪士尼站下车即到。
        北京故宫博物院周一闭馆，旺季门票 60 元，需要提前在官方小程序实名预约。
        京东订单 298475610233 的退货可以在“我的订单—申请售后”里提交，京东客服热线是 400-606-5500。
        顺丰运单 SF1402875563921 显示快件已到达深圳宝安转运中心，预计明天派送。
        成年人接种流感疫苗后 24 小时内可能出现低热，一般不用处理，持续高热请及时就医。
        根据《个人信息保护法》第二十八条，医疗健康信息属于敏感个人信息，处理前需要取得个人的单独同意。
        杭州西湖一日游：断桥残雪—白堤—孤山—苏堤春晓，下午去灵隐寺，飞来峰门票 45 元，另需香花券 30 元。
        拼多多的“仅退款”申请一般在 48 小时内处理，商家客服入口在店铺首页右上角。
    """),
    ("zh-Hant", "旅遊法律與寫作"): _lines("""
        台北101觀景台位於信義路五段7號89樓，成人全票新台幣600元，建議避開週末傍晚的人潮。
        旅客入境香港可免稅攜帶一公升酒精濃度超過30%的烈酒，超過就要向海關申報。
        依《個人資料保護法》第6條，病歷、醫療、基因資料屬於特種個資，原則上不得蒐集、處理或利用。
        澳門大三巴牌坊原是聖保祿學院教堂的前壁，1835年一場大火後只剩下正面。
        香港小額錢債審裁處處理不超過港幣75,000元的申索，雙方都不可以由律師代表出庭。
        高鐵台北到左營標準車廂對號座全票1,490元，早鳥票最低可以打65折。
        香港特區護照可以網上申請或到自助服務站遞交，入境事務處的查詢熱線是 2824 6111。
        張愛玲的《傾城之戀》以香港淪陷為背景，白流蘇和范柳原都是小說人物。
        在香港遺失八達通，可致電八達通客戶服務熱線 2266 2222 掛失，卡號印在卡背右下角。
        台灣勞基法規定，延長工作時間在兩小時以內者，工資按平日每小時工資額加給三分之一以上。
        訂單編號 TW24031588412 已出貨，黑貓宅急便的追蹤碼請到官網查詢。
        孫中山於1894年在檀香山創立興中會，1905年在東京成立中國同盟會。
    """),
    ("ms", "jawapan pembantu"): _lines("""
        Untuk ke Batu Caves, naik KTM Komuter laluan Batu Caves–Pulau Sebang dari KL Sentral; tambangnya sekitar RM2.60 sehala.
        Nombor MyKad ada 12 digit: enam digit pertama tarikh lahir, dua digit seterusnya kod tempat lahir, dan digit terakhir menunjukkan jantina.
        Tunku Abdul Rahman Putra Al-Haj ialah Perdana Menteri pertama Malaysia dan dikenali sebagai Bapa Kemerdekaan.
        P. Ramlee berlakon dan mengarah filem Ibu Mertuaku (1962), yang sering dibincangkan dalam esei sastera Melayu.
        Dalam Python, format(jumlah, ',.2f') memaparkan 1234.5 sebagai 1,234.50, jadi tambah sahaja awalan RM di depannya.
        Pesanan Shopee 240401ABCD1234 dihantar melalui Pos Laju, dan nombor penjejakan Pos Laju bermula dengan huruf ER serta berakhir dengan MY.
        Talian pusat panggilan KWSP ialah 03-8922 6000, dan kaunter di Menara KWSP, Jalan Raja Laut dibuka pada hari bekerja.
        Dos paracetamol untuk kanak-kanak dikira ikut berat badan, lazimnya 15mg bagi setiap kilogram setiap enam jam.
        Akta Perlindungan Data Peribadi 2010 (Akta 709) terpakai kepada transaksi komersial dan tidak terpakai kepada Kerajaan Persekutuan dan Negeri.
        Resume graduan baharu cukup satu muka surat: ringkasan diri, pendidikan, projek, kemahiran dan sijil.
        Contoh pembukaan e-mel rasmi: Kepada Pengurus Sumber Manusia, saya ingin memohon jawatan Eksekutif Pemasaran seperti yang diiklankan di JobStreet.
        Itinerari Langkawi: SkyBridge di Gunung Mat Cincang pada waktu pagi, Pantai Cenang tengah hari, dan pasar malam Kuah pada hari Selasa.
        Ralat ModuleNotFoundError: No module named 'pandas' bermaksud pakej belum dipasang; jalankan pip install pandas dalam venv yang betul.
        Dalam data ujian, guna Faker("ms_MY") untuk jana nama dan nombor telefon palsu, jangan salin data pelanggan sebenar.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tighten this cover letter? "I am Priya Nair, a staff nurse at Tan Tock Seng Hospital for six years, and I can be reached at 9127 4508 or priya.nair.rn@gmail.com."
        Why won't this fixture load? {"customer": "Goh Wei Ming", "nric": "S8839204C", "mobile": "+65 9734 2281", "address": "Blk 456 Ang Mo Kio Ave 10 #08-1234"}
        My dad Lim Chee Keong, 67, was just told he has stage 2 colon cancer at NUH; what should we ask the oncologist on Thursday?
        The landlord's agent wants a photo of my passport E71628394 and my employment pass FIN G5560213T before I sign; is that normal in Singapore?
        Help me write to HR: my teammate Daniel Ho Ka-chun in the Kwun Tong office has been on leave for depression and I want to support him without gossip.
        Please fix this test: customer = Customer(name="Siti Hajar binti Ismail", ic="880721-14-6032", phone="016-228 7315") keeps failing the phone validator.
        My ex keeps calling me from 6291 8834 even after the hearing at Eastern Magistrates' Courts; I'm Chloe Leung, what else can I do?
        CV header, make it cleaner: Marcus Teo Jun Hao · Blk 21 Toa Payoh Lorong 7 #11-203, Singapore 310021 · marcus.teojh@outlook.com
        I'm flying to Munich to see my girlfriend Anna Schreiber at Leopoldstraße 112, 80802 München; what's the fastest way there from the airport?
        I'm Tomasz Nowak (PESEL 90031504736), moving from Kraków to Kuala Lumpur for a new job; do I have to register my address with anyone?
        My son Ethan in P4 at Rosyth School was diagnosed with ADHD at KKH last month; how do I tell his form teacher without him feeling labelled?
        The driver of SKQ 4821 B reversed into my car at Jurong Point and drove off; I have dashcam footage, should I report to the Traffic Police or just claim?
        Write a polite reminder to my tenant: the March rent of S$2,800 should go to my DBS account 027-918364-5 under Joanne Seah by Friday.
        Translate this discharge note into Chinese: Mr Ong Boon Huat, NRIC S5807231A, DOB 14/02/1958, atrial fibrillation, on apixaban 5mg twice daily.
        Make this bio sound more professional: "Kavitha d/o Subramaniam, 34, mother of two from Sengkang, is back at work after surgery for a slipped disc."
        In the seed script I used my own Visa 4524 1983 2017 4650 exp 09/27 because the sandbox rejected the test card; is that a problem?
    """),
    "zh-Hans": _lines("""
        帮我润色一下这封邮件：王老师您好，我是三年级二班周子涵的妈妈，孩子最近确诊了抽动症，上课时还请您多担待。
        这段代码报 KeyError：user = {'name': '陈美玲', 'id_card': '44010619880715322X', 'phone': '13926481735'}，是哪里写错了？
        我老公刘建国在外面欠了网贷，催收打电话到我单位，我的手机是 15827364019，这钱我需要帮他还吗？
        简历：张浩然｜男｜1996年6月｜现居上海市闵行区莘庄镇莘松路 958 弄 12 号 402 室｜手机 186 2173 4490
        把这条快递信息整理成表格：收件人 黄丽娟，电话 13760218845，地址 广东省佛山市南海区桂城街道海八路 18 号 3 座 1702。
        我同事李伟上周做了甲状腺切除手术，现在还在瑞金医院住院，帮我写一段慰问的话。
        微信号 zhouyu_0915 是我表妹的，她想在徐汇找人合租，能帮她写个合租启事吗？
        我的工商银行卡 6222 0212 3456 7890 128 被冻结了，开户人是孙晓东，应该怎么申诉？
        车牌沪A·7K2M9 的白色特斯拉天天堵在我家车库门口，车主好像住 12 号楼，我该找物业还是报警？
        出差报销单：申请人 吴静，身份证 510107200009166629，航班 MU5138 上海虹桥—北京首都，金额 1280 元。
        我爸赵德明今年 72 岁，去年查出阿尔茨海默病，一个人住在昆明，我在深圳上班，想找个靠谱的护工。
        QQ 2837461905 是我初中同学郑凯的，他借了我 5000 块一直不还，聊天记录能当起诉证据吗？
        帮忙检查这条 SQL：INSERT INTO patients (name, id_no, dx) VALUES ('何志强', '350203198302271516', '乙肝病毒携带');
    """),
    "zh-Hant": _lines("""
        我媽媽林秀琴（身分證 H233059184）下週要在榮總做心導管檢查，需要先準備哪些文件？
        幫我把這段履歷翻成英文：陳冠宇，1993年生，住新北市板橋區文化路一段188巷12號3樓，手機 0912-486-735。
        香港的租約上住客寫黃家樂，身份證號碼 Y482913(A)，業主現在還要我交銀行月結單，這樣合理嗎？
        我的 LINE ID 是 yuting.tsai0503，請幫我寫一段交友軟體的自我介紹，要自然一點。
        同事張志豪最近被診斷出躁鬱症，主管要我們別告訴客戶，我該怎麼回他的訊息比較好？
        請幫我寫信給業主：我是住在旺角西洋菜南街 2 號 8 樓 B 室的租客李嘉欣，熱水爐已經壞了三天。
        我先生何俊傑的澳門居民身份證是 5215379(3)，他想在香港開銀行戶口，需要帶什麼證明？
        這筆轉帳是從我的中國信託帳戶 5401-2345-6789 轉出的，戶名吳怡君，為什麼會被退回？
        車牌 RAK-6617 的車連續三天停在我家台中市西屯區福星路 427 號門口，可以直接檢舉嗎？
        我兒子王柏翰讀國小四年級，學校說他疑似自閉症類群障礙，已轉介到台大兒童醫院，我該怎麼跟他解釋？
    """),
    "ms": _lines("""
        Tolong semak surat ini: Saya, Nurul Aisyah binti Kamarudin, No. K/P 920314-10-5476, memohon penangguhan bayaran PTPTN kerana diberhentikan kerja.
        Suami saya Ahmad Faizal bin Roslan baru disahkan menghidap kanser paru-paru tahap 3 di Hospital Kuala Lumpur; boleh saya mohon cuti tanpa gaji untuk menjaganya?
        Rumah saya di No. 23, Jalan SS2/64, 47300 Petaling Jaya; tolong tulis surat aduan kepada MBPJ tentang longkang tersumbat depan rumah.
        Akaun Maybank saya 1140 2233 8856 atas nama Tan Mei Ling, kenapa pindahan DuitNow ke akaun ini asyik gagal?
        Jiran sebelah, Encik Zulkifli, selalu parkir Myvi putih WXY 4821 depan pagar saya; macam mana nak tegur dengan sopan?
        Resume: Muhammad Hafiz bin Abdullah | 010506-07-1193 | 019-472 8316 | hafiz.abdullah01@yahoo.com | Bayan Lepas, Pulau Pinang
        Anak saya Aqil, 7 tahun, murid SK Taman Melawati, ada asma teruk; bantu saya tulis surat kepada guru kelasnya Puan Rohani.
        Orang yang tipu saya RM3,500 untuk tiket konsert guna Telegram @kamalrizal_88; boleh saya buat laporan polis dengan maklumat itu sahaja?
        Pasport Malaysia saya A58203917 atas nama Wong Siew Ling tamat tempoh bulan depan; boleh saya perbaharui di UTC Pudu?
        Kod ni ralat: pelanggan = {'nama': 'Rajesh a/l Muniandy', 'telefon': '012-683 9204', 'ic': '750912-13-5127'}, kenapa KeyError 'no_ic'?
        Mak saudara saya, Hajah Rosnah binti Yusof, 64 tahun, tinggal di Kampung Kubang Kerian, Kota Bharu dan kini menjalani dialisis tiga kali seminggu.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My Flask app returns a 500 when I submit the signup form. Any idea where to start?",
        ),
        (
            "assistant",
            "Share the traceback and the payload you are posting; a 500 on POST is often a KeyError on a field name or a missing request.get_json().",
        ),
        (
            "user",
            "Traceback says KeyError: 'mobile'. This is the payload from my sister's signup: {'full_name': 'Cheryl Tan Hui Min', 'phone': '+65 8126 3397', 'nric': 'T0234871Z'}",
        ),
        (
            "assistant",
            "Your handler reads data['mobile'] but the form sends 'phone', so rename one of them. Also mask identity numbers before they reach your logs.",
        ),
    ],
    [
        ("user", "我下个月想带我妈去云南玩七天，昆明进丽江出，怎么安排比较好？"),
        (
            "assistant",
            "可以这样排：昆明两天（滇池、翠湖、石林），大理两天（古城、洱海骑行），丽江三天（古城、玉龙雪山、束河），昆明到大理坐动车约两小时。",
        ),
        ("user", "她有高血压，玉龙雪山海拔那么高，还能上去吗？"),
        (
            "assistant",
            "玉龙雪山冰川公园海拔超过 4500 米，高血压控制不稳定的老人不建议上去，可以改成蓝月谷和云杉坪，出发前最好先咨询医生。",
        ),
        (
            "user",
            "好的。订酒店要填入住人，我妈叫钱桂芳，身份证 320582196308120425，我的手机 13971640283，帮我整理成一条订单备注。",
        ),
    ],
    [
        ("user", "香港租約提前解約，業主可以扣起全部按金嗎？"),
        (
            "assistant",
            "要看租約有沒有提前解約條款；如果沒有，業主一般只能扣除實際損失，例如重新出租期間的租金，而不是自動沒收全部按金。",
        ),
        ("user", "業主叫陳偉明，他說我欠兩個月租，但我每個月都有轉帳紀錄。"),
        (
            "assistant",
            "那就把轉帳紀錄整理好，寫信要求對方列明欠款月份，如果談不攏，可以向小額錢債審裁處申索按金。",
        ),
        (
            "user",
            "幫我寫封信給他，我叫梁詠詩，住沙田第一城 37 座 15 樓 F 室，電話 9371 2648，語氣要堅定但有禮貌。",
        ),
        (
            "assistant",
            "陳先生您好：本人梁詠詩，為沙田第一城 37 座 15 樓 F 室之租客，附上過去十二個月的轉帳紀錄，請於七日內列明所指欠款，或退還按金。聯絡電話 9371 2648。",
        ),
    ],
    [
        ("user", "Boleh bantu saya tulis resume untuk jawatan jururawat di hospital swasta?"),
        (
            "assistant",
            "Boleh. Susun ikut bahagian: maklumat hubungan, ringkasan profesional, pengalaman klinikal, pendidikan, lesen LJM dan kemahiran seperti BLS.",
        ),
        (
            "user",
            "Ini maklumat saya: Nor Azlina binti Hassan, lahir 12 Mac 1995, telefon 013-285 7741, tinggal di Taman Desa Jaya, Kepong, pernah bekerja di wad pediatrik Hospital Selayang.",
        ),
        (
            "assistant",
            "NOR AZLINA BINTI HASSAN | 013-285 7741 | Kepong, Kuala Lumpur — Jururawat Berdaftar dengan pengalaman di wad pediatrik Hospital Selayang.",
        ),
    ],
    [
        ("user", "What is a normal eGFR for someone in their sixties?"),
        (
            "assistant",
            "eGFR falls slowly with age; above 60 is usually fine at that age, and a value below 60 for three months or more is classed as chronic kidney disease.",
        ),
        (
            "user",
            "My husband's came back at 38 at Gleneagles last week and the nephrologist said stage 3b.",
        ),
        (
            "assistant",
            "Stage 3b covers an eGFR of 30 to 44. Ask about blood pressure targets, diet, and which of his current medicines need a dose change.",
        ),
        (
            "user",
            "Can you draft the claim email to his insurer? Policy holder Rahul Menon, NRIC S6812345C, policy no. LX-88213047, diagnosis CKD stage 3b.",
        ),
    ],
    [
        ("user", "帮我写一封请假邮件给领导，语气正式一点，不用太长。"),
        (
            "assistant",
            "您好：因个人原因，我需要于 X 月 X 日至 X 月 X 日请假 X 天，期间工作已与同事交接，紧急事项可电话联系。恳请批准。",
        ),
        (
            "user",
            "领导是市场部的周总，我是郭晓雯，要请五天假去做试管婴儿取卵，但别在邮件里写得太细。",
        ),
        (
            "assistant",
            "周总您好：我因需接受一项门诊治疗，申请于下周一至周五请假五天，手头工作已交接给同组同事。如有急事可随时电话联系。郭晓雯",
        ),
    ],
    [
        ("user", "My Lazada parcel shows delivered but I never got it. What should I do?"),
        (
            "assistant",
            "Check the proof-of-delivery photo in the app, ask your guardhouse or neighbours, then raise a Not Received claim under Return/Refund within the window.",
        ),
        (
            "user",
            "Order 3071284569120447. The photo shows the wrong door; it's addressed to me, Aishah Rahman, 17-3A Residensi Vista, Jalan Kuchai Lama, 58200 Kuala Lumpur, 011-2638 4590.",
        ),
        (
            "assistant",
            "Quote the order number and attach the photo, since the door number in it does not match your unit; Lazada normally replies within three working days.",
        ),
    ],
    [
        ("user", "請教我怎麼寫讀書計畫，要申請台大資工所碩士班。"),
        (
            "assistant",
            "讀書計畫通常包含：申請動機、學經歷、研究興趣、修業規劃與未來目標，篇幅兩到三頁，最好提到想跟的實驗室方向。",
        ),
        (
            "user",
            "這是我的開頭：我是蔡宜蓁，畢業於中興大學資工系，大三時因為重度憂鬱症休學一年，復學後在黃教授的實驗室做推薦系統。",
        ),
        (
            "assistant",
            "休學經歷可以寫，但建議改成著重復學後的成果，例如推薦系統專題的具體貢獻，病名不一定要寫出來。",
        ),
    ],
    [
        ("user", "Write a pandas snippet to drop duplicate customers by email."),
        (
            "assistant",
            "df['email_norm'] = df['email'].str.strip().str.lower(); df = df.drop_duplicates(subset='email_norm', keep='first')",
        ),
        (
            "user",
            "These two rows still didn't merge: 'Lukas Meyer, lukas.meyer84@web.de, Hauptstraße 15, 10827 Berlin' and 'L. Meyer, Lukas.Meyer84@web.de , Hauptstr. 15'.",
        ),
        (
            "assistant",
            "The second address has a trailing space before the comma in the source file; make sure you strip before lowercasing and normalise Straße to str.",
        ),
    ],
    [
        ("user", "Macam mana nak tukar had pindahan harian dalam aplikasi CIMB OCTO?"),
        (
            "assistant",
            "Buka Settings, pilih Transaction Limits, pilih jenis pindahan dan masukkan had baharu, kemudian sahkan dengan SecureTAC.",
        ),
        (
            "user",
            "Dah cuba tapi akaun kena sekat. Nama saya Lim Kah Seng, IC 860227-08-5233, akaun simpanan CIMB 8009441722.",
        ),
        (
            "assistant",
            "Jangan kongsi nombor IC dan akaun penuh di ruang sembang; hubungi pusat panggilan CIMB di 03-6204 7788 atau datang ke cawangan dengan MyKad.",
        ),
    ],
]
