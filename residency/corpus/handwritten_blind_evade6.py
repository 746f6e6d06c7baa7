"""Blind check set evade6: obscured identifiers and contact details (spelled digits, homoglyphs, separators, full-width, split or reversed values) against look-alike clean text. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade6
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "release notes and build ids"): _lines("""
        v2.10.1 fixes the regression introduced in v2.9.14 where the exporter dropped trailing zeros.
        Build 20261203.4 (commit 9f3c2e1a7b) is now the default image for the staging cluster.
        Bumped libphonenumber from 8.13.27 to 8.13.52; no API changes for downstream callers.
        Release one point four point two ships with the new CSV importer and a dark theme.
        SHA-256: 3b7e0c9a41f2d8e65a0f1c47b9d2e3f1a6c85d40e2b9f7a13c6d0e8f5a2b4c91 for kernel-6.8.12-amd64.deb
        Docker tag ghcr.io/acme/ledger-api:1.0.0-rc.3 was retagged as 1.0.0 after the smoke tests passed.
        Migration 0047_add_phone_index adds a btree index on customers.phone_e164; run it off-peak.
        Deprecated: the --mask-digits flag; use --redact=phone,email instead (removed in 3.0).
        Changelog: version two-oh-seven renamed ContactCard to ContactEntry, nothing else moved.
        Firmware 4.0.0.1186 for the RT-AX58U router resolves the DHCP lease bug on VLAN 10.
    """),
    ("en", "spelled-out arithmetic and puzzles"): _lines("""
        Nine hundred eighty-seven plus six hundred fifty-four equals one thousand six hundred forty-one.
        Write eight million, three hundred and twelve thousand and five in digits: 8,312,005.
        If you multiply one two three four five six seven nine by nine you get one one one one one one one one one.
        Reverse the digits of 4725 and subtract: 5274 minus 4725 leaves five hundred forty-nine.
        Puzzle: I am a four-digit number, my digits are all odd and add up to twenty. Who am I?
        Kaprekar's routine always reaches six one seven four for any four-digit number with at least two distinct digits.
        Read aloud: three point one four one five nine two six five three five eight nine seven nine.
        The sum of the digits of nine to the power nine is nine times something, so it is divisible by nine.
        Count backwards from one hundred in sevens: ninety-three, eighty-six, seventy-nine, seventy-two...
        Homework 4b: spell out 1,000,001 in words and then in Roman numerals (M plus I with a bar).
    """),
    ("zh-Hans", "彩票与开奖"): _lines("""
        双色球第2026140期开奖号码：红球 03 08 14 21 27 33，蓝球 09，一等奖 6 注。
        大乐透第26139期：前区 05 11 19 28 34，后区 02 07，奖池滚存 9.86 亿元。
        福彩3D今日开奖：试机号 幺两七，开奖号 四零八，组六。
        排列五第26321期开奖结果：六 九 一 一 三，本期销量约 2,918 万元。
        七乐彩开奖号码 零二、零九、一三、一八、二二、二六、三零，特别号 一五。
        本站数据仅供参考，开奖号码以中国福利彩票发行管理中心公布为准。
        快乐8 第2026322期：01 04 07 12 18 23 29 33 38 41 45 50 56 61 64 67 70 73 77 79。
        中奖彩票请在开奖之日起60个自然日内兑奖，逾期视为弃奖。
        体彩“七星彩”第26140期：8 2 5 0 6 1 + 14，二等奖 11 注。
    """),
    ("en", "public hotlines of organisations"): _lines("""
        For police, fire or ambulance in Hong Kong dial nine nine nine; from a mobile you can also use 112.
        Singapore: call 995 for emergency ambulance and fire, and 1777 for non-emergency ambulance.
        Malaysia's emergency line is nine nine nine, or 112 from a mobile phone even without a SIM card.
        In mainland China dial 110 for police, 119 for fire and 120 for an ambulance (幺幺零 when read aloud).
        Harbourview Bank customer service: 1800-263-8800, daily 8am to 10pm, press two for card issues.
        The Sunrise Mental Wellness helpline (1767-24-7) is staffed around the clock by trained volunteers.
        Lost your EZ-Link card? Call the TransitLink hotline printed on the back, not the station staff.
        Our clinic's appointment line is 6-zero-1-zero, 2300 (Mon-Fri); walk-ins after 2pm.
        Taiwan's 1925 Suicide Prevention Line ("依舊愛我") is free from any phone in the country.
        Report scam calls to the National Scam Response Centre on 997, open 8am to 8pm.
    """),
    ("zh-Hant", "歌詞與引文"): _lines("""
        「一二三四五六七，我的朋友在哪裡」是小朋友最愛的數字兒歌。
        歌詞「五百里，五百里，又五百里」出自一首老民謠，講離家越來越遠。
        「一生一世」這首歌裡反覆唱著「一千零一夜」，其實只是比喻。
        古詩說「一去二三里，煙村四五家，亭台六七座，八九十枝花」，把一到十都寫進去了。
        廣告金句「三二一，開始！」在九零年代的電視節目裡幾乎天天出現。
        「九九八十一難」出自《西遊記》，唐僧師徒一路經歷了八十一難才取得真經。
        那首 K 歌的副歌是「零九零九，我等你」，歌迷都說是在唱九月九日。
        相聲段子裡說：「您記住了，二百五加二百五等於一千，這叫雙倍的糊塗。」
        校歌第三段：「四海之內皆兄弟，八方英才聚一堂」。
    """),
    ("ms", "kod produk dan pesanan"): _lines("""
        Kod produk MX-0120-4471-B ialah versi warna hitam untuk model pengisar 1.5 liter.
        Nombor pesanan anda ORD-2026-1203-88417 sedang dihantar oleh kurier; anggaran tiba dua hari.
        SKU lapan digit 60117045 dalam katalog merujuk kepada beg sekolah saiz sederhana.
        Nombor siri peranti: SN 7C1A-09F3-55E2-B0D4, sila rujuk apabila menghubungi sokongan teknikal.
        Invois INV/KL/2026/00931 bernilai RM 1,284.60 telah dijelaskan sepenuhnya.
        ISBN 978-983-46-2251-0 untuk buku teks Matematik Tingkatan Empat edisi semakan.
        Kod baucar RAYA2026-LIMA-PULUH memberi diskaun RM50 untuk pembelian melebihi RM300.
        Nombor penjejakan EY 1234 5678 9MY (contoh pada kad panduan) bukan nombor pesanan sebenar.
        Barkod 9 556001 234567 tertera pada bungkusan kopi 3-dalam-1 keluaran kilang di Ipoh.
    """),
    ("mixed", "example values and placeholders"): _lines("""
        Email 格式示例：user@example.com，或者写成 name [at] example [dot] org 都可以识别。
        Sample HKID for the form tutorial: A123456(3) — 这是官方示例号码，不属于任何人。
        测试用银行卡 4111 1111 1111 1111（Visa test card），any future expiry, CVV 123.
        Placeholder phone in the mockup: +65 XXXX XXXX; 请替换为真实号码后再上线。
        GB 11643 标准里的示例身份证号 11010519491231002X is used in every textbook on the checksum.
        The regex ^(\\+?60|0)1[0-9]-?[0-9]{7,8}$ matches Malaysian mobiles such as 01X-XXXXXXX.
        Contoh MyKad dalam slaid latihan: YYMMDD-PB-###G, contohnya 900101-14-XXXX (rekaan).
        WeChat ID 规则：6-20 位，字母开头，例如 wxid_example_01（仅为示例）。
        Demo account: test.user+qa@example.net / password hunter2 — sandbox only, wiped nightly.
        Fake data generated by Faker(seed=42): "John Doe, 123 Main St, 555-0100" — 555-01xx is reserved for fiction.
    """),
    ("zh-Hans", "技术文档与日志"): _lines("""
        日志里的 request_id=7f3a-1b2c-9d8e-0042 用于追踪同一请求，和用户身份无关。
        脱敏规则：手机号保留前三后四，显示为 138****0000，中间四位用星号代替。
        订单号 E20261203150233918476 由时间戳加随机序列组成，共 21 位。
        接口返回 {"code": 40013, "msg": "invalid appid"}，请检查配置文件中的 appid。
        时间戳 1764775200 对应北京时间 2025-12-03 23:20:00。
        错误码一零零四表示签名过期，请重新获取 token 后重试。
        MD5 值 e99a18c428cb38d5f260853678922e03 是字符串 abc123 的哈希，常用于教学示例。
        身份证校验码算法：前十七位分别乘以权重 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2，求和后模 11。
        IPv6 地址 2001:db8::8a2e:370:7334 属于文档保留地址段。
        版本号 v三.二.一 的写法不规范，请统一写成 3.2.1。
    """),
    ("en", "fiction and public figures"): _lines("""
        Jack Bauer's CTU badge number is never shown clearly on screen, much to fans' annoyance.
        In the novel, Detective Ah Seng writes the suspect's number on his palm as 'four-four-two-one' before the ink smears.
        The Prime Minister's Office published the minister's official schedule for the National Day rally.
        Agent 007's licence to kill is the most famous 'number' in spy fiction.
        Sherlock Holmes lived at 221B Baker Street, which is now a museum with a gift shop.
        "Jenny, I got your number, eight six seven, five three oh nine" — Tommy Tutone's 1981 hit.
        The Chief Executive answered questions from legislators at the LegCo Q&A session on Thursday.
        In the game, Officer Tan hands you a note reading 'call me: 9-1-1-4' which unlocks the side quest.
        Victor Hugo's prisoner Jean Valjean was known only as 24601 for nineteen years.
        The mayor's press office can be reached via the city hall switchboard listed on the official website.
    """),
    ("ms", "pengumuman awam"): _lines("""
        Talian Kasih 15999 menerima aduan keganasan rumah tangga 24 jam sehari, tujuh hari seminggu.
        Pusat Panggilan JPJ: satu tiga kosong kosong, lapan lapan — sila rujuk laman rasmi untuk nombor penuh.
        Sekolah akan ditutup pada satu hingga tiga Januari; hubungi pejabat sekolah di talian am untuk pertanyaan.
        Mesyuarat agung tahunan persatuan penduduk akan diadakan di dewan orang ramai, Taman Sri Muda.
        Cabutan bertuah: nombor tiket yang menang ialah kosong lapan satu dua, sila tuntut di kaunter.
        Aduan banjir boleh dibuat melalui talian bebas tol majlis perbandaran, 1-800-88-9999.
        Bas Rapid KL laluan 750 akan ditukar nombor kepada T750 mulai satu Disember.
        Klinik kesihatan dibuka dari lapan pagi hingga lima petang; sila bawa kad temujanji.
        Peti undi nombor dua belas di Dewan Sri Cempaka dibuka dari jam lapan pagi.
    """),
    ("zh-Hant", "交通與時刻表"): _lines("""
        長榮 BR 二一一 班機預計上午十點二十分抵達桃園機場第二航廈。
        港鐵荃灣綫列車約每兩分半鐘一班，繁忙時間加密至兩分鐘一班。
        九巴 968 號線往元朗（西）的尾班車為凌晨零時三十分由銅鑼灣開出。
        台鐵自強號第一零二五次列車因號誌故障延誤約十五分鐘。
        高鐵車廂 ０７ 車 １２Ａ 座為靠窗座位，適合帶小孩的旅客。
        國道一號南下三一二公里處施工，請改道行駛台一線。
        天星小輪尖沙咀至中環航線，班次約每六至十二分鐘一班。
        航班 CX 八八八 由溫哥華飛往香港，航程約十四小時四十五分。
        桃園捷運 A 一 台北車站至 A 十三 機場第二航廈，直達車約三十七分鐘。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        New number, Singapore line: eight one six four, eight nine seven eight. Text me there instead of the group chat — Wendy Lim
        hit me up on nine two eight four one six eight four after 6pm, ask for Darren (the one selling the pram at Blk 221 Jurong East)
        Reach Priya Ramasamy at priya dot ramasamy91 at gmail dot com about her son's tuition arrears.
        NRIC is S six five eight seven four seven seven F, surname Goh, he's in bed 12 for dialysis on Tue/Thu/Sat.
        Card for the refund: 6 2 2 5 9 2 9 5 8 2 1 0 3 4 1 8, holder Mr Tan Kok Meng.
        email me at k.osei.w [at] outlook [dot] com — Kwabena, the tenant in unit 4B who's two months behind on rent
        Call Mrs Fernandes on +65 974l 89O6 (type it with real digits lol) about her husband's chemo schedule.
        HKID W5476960, brackets left off, the last digit is the check one. Name on it is Chan Siu Ling.
        My number backwards is 64538015 — flip it and put +852 in front. Elaine, the one who lost the corgi in Tai Po.
        plus six five, eight five eight zero, three seven five eight: that's Mdm Rosnah's daughter, call her if her mum falls again
        Mr Ong's IC starts 610919, then state code 13, and ends 6576; please update his file before the cataract surgery.
        Bank acct for Lee Mei Fong's wedding angpao transfer: 6212_7903_4942_6012 (ICBC), don't post it in the family chat
        my cell 0️⃣9️⃣1️⃣2️⃣5️⃣6️⃣4️⃣4️⃣0️⃣8️⃣ — Chen Yu-ting, Taipei, please don't share with my ex
        it's jason underscore wee 88 at yahoo dot com dot sg, the one I use for the CPF and the divorce lawyer stuff
        Remove the dashes: 1-3-9-8-2-7-8-7-7-1-5, ask for Aunt Guo, she's the landlady at 18 Jinsha Road, Chengdu.
        Passenger contact: +８６ １５９４８１００８１１, Mr Xu Jianguo, seat 32C, needs wheelchair assistance.
        ID R l79O55963 (sorry, phone keyboard) for Wang Shu-fen's disability allowance application
        My daughter Aisyah's IC is nine eight zero nine zero one, zero five, one five nine nine, needed for the school trip form.
    """),
    "zh-Hans": _lines("""
        我的手机号：幺八六三八零八六七三零，找王建华，周末别打。
        身份证号三六零四零五二零零四零七三一一六二零，姓名刘婷，帮我查一下社保断缴的事。
        加我微信：z h a n g _ x i a o m e i 1 9 9 6，我是上次在医院陪床的小梅。
        邮箱是 chenlu0815 艾特 163 点 com，陈璐，简历里的离职原因请别外传。
        电话 1７7７7２8６5１5（全角半角混着打的），收件人赵思远，北京朝阳区望京西园三区312号楼2单元501。
        卡号倒过来是 3534 2642 4152 0126，户名孙丽娟，她住院押金就打这张卡。
        她的号码是一五二，一六八五，四九三八，叫何芳，在我们厂里做会计，最近在闹离婚。
        身份证前十四位是46191719830120，后四位2925，名字叫黄小军，别发到群里。
        手机:１８２－０５７２－７０３０ 联系人 周海涛（欠款人，已逾期三个月）
        QQ 邮箱：把 9 5 2 7 1 4 3 0 8 后面接上 @qq.com 就是，我是李娜，找工作用的。
        号码把 O 换成 0、l 换成 1：131 34l7 6O52，联系人吴建国，糖尿病住院第三周。
    """),
    "zh-Hant": _lines("""
        我的手機是零九七八、二四六、七零二，林怡君，台中，晚上才接。
        身分證字號 Ｆ２９０３１０９９９，陳美玲，幫我填一下勞保申請。
        香港身份證 P 九四一二七六（三），持有人梁家豪，佢上個月入咗精神科。
        電話 六四零七 七四六九，搵何太，佢個仔喺屯門讀書，學校話要覆電。
        Line ID 係 ka_yan.0312，張嘉欣，佢話唔好俾佢老公知佢搬咗去沙田。
        電郵 tsai.peiling 小老鼠 gmail 點 com，蔡佩玲，附上她的病歷影本。
        手機先打 0951，再來 423，最後 760，找李俊傑，他是我們班上那位單親的學生家長。
        HKID 係 XA 八九一六一四 括號一，姓鄭，佢申請緊綜援。
    """),
    "ms": _lines("""
        IC saya: lapan tujuh kosong sembilan satu empat - satu dua - empat tiga tiga lapan, nama Mohd Haziq bin Rahman, untuk borang pinjaman.
        Call kak Ros kat kosong satu satu, tujuh kosong satu satu, dua tujuh sembilan sembilan, dia yang jual kuih, rumah dia Taman Sri Muda.
        Emel: nurul.aina98 (at) yahoo (dot) com (dot) my, Nurul Aina, pelajar UiTM yang minta tangguh yuran sebab ayah dia sakit.
        No akaun Maybank: 1 1 4 0 . 2 2 8 9 . 3 1 5 0 a/n Siti Hajar binti Osman, duit zakat dia masuk sini.
        Nombor telefon abang saya 0 1 4 - 1 6 2 1 2 7 1, nama Faizal, dia baru keluar hospital lepas strok.
        MyKad: 6OO82O-14-l572 (huruf O tu sebenarnya kosong), pemilik Encik Lim Ah Kow, No. 23 Jalan Mawar 4, Klang.
        Whatsapp sy: kosong satu lapan, kosong lima empat, tiga satu tujuh lima, Puan Kavitha, pasal anak saya kena buli di sekolah.
    """),
    "mixed": _lines("""
        Call me at +65 九七四一 8906 lah, 我是 Serene Koh, 下个月要做手术.
        IC no: F two six zero 七九九三 N, name Nguyen Thi Hoa, work permit holder, 她的 employer 扣了她的护照.
        Boss, 她 email 是 mei.ling.ng 艾特 hotmail dot com, 她是 Ng Mei Ling, 要请 maternity leave.
        卡号 six two three seven 九五二三 3825 六四五零, 户名 Tan Boon Huat, 先帮他 block 掉.
        Nombor dia 零一一 7690 5072 sebab system block digit panjang, nama Ahmad Zaki, 欠了 rent 三个月.
        我阿姐嘅 HKID G698743 bracket 4, 佢叫 Cheung Wai Man, 住 Kwun Tong 翠屏邨.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you format a courier slip for my mum? Madam Yeo Siew Lan, Blk 412 Bedok North Ave 2 #08-115.",
        ),
        ("assistant", "Sure. What contact number should go on the slip?"),
        ("user", "her phone starts 9354"),
        ("assistant", "And the remaining four digits?"),
        ("user", "4696, Singapore number. She's home after 3 because of her knee."),
    ],
    [
        ("user", "帮我写一条短信给房东，说这个月房租晚几天交。"),
        ("assistant", "好的，房东怎么称呼？需要附上联系方式吗？"),
        ("user", "房东叫郑国平，电话前七位是1897156"),
        ("user", "后四位六六八三，顺便说我老婆刚生完孩子手头紧。"),
    ],
    [
        ("user", "tolong semak format IC ni betul tak"),
        ("assistant", "Boleh, sila berikan nombor tersebut."),
        (
            "user",
            "tujuh lapan kosong satu dua dua - satu dua - enam sembilan dua satu, nama Ravi a/l Subramaniam, untuk tuntutan PERKESO dia",
        ),
    ],
    [
        (
            "user",
            "I'm Jason Leong, can you tidy up my letter to the hardship fund? I lost my job in October.",
        ),
        (
            "assistant",
            "Of course. Please paste the letter and any contact details you want included.",
        ),
        (
            "user",
            "the form rejects my email so here it is reversed: moc.liamg@2gnoel.nosaj — flip it back in the letter",
        ),
    ],
    [
        ("user", "幫我擬個 WhatsApp 訊息俾補習老師，話我個女下星期請假。"),
        ("assistant", "冇問題，老師同小朋友點稱呼？"),
        ("user", "老師叫 Miss Lau Wing Sze，佢電話係五二一三"),
        ("user", "四八四六，記得加 852，我個女叫 Chloe，佢要做扁桃腺手術。"),
    ],
    [
        ("user", "請幫我整理這位病人的資料成表格。"),
        ("assistant", "好的，請提供病人的姓名、證件與病況。"),
        (
            "user",
            "王淑芬，身分證 Z 一一一七四九一一八，高血壓第二期，住新北市板橋區文化路二段88巷5號3樓",
        ),
    ],
    [
        ("user", "我要转账给 my cousin, card 6280 7311"),
        ("assistant", "请提供完整卡号以及户名。"),
        ("user", "8801 2692, 户名 Xu Ming, 他在 Shenzhen 读大学, 学费还差一万二"),
    ],
    [
        ("user", "身份证号我念给你，你帮我写成数字：四一零八二九"),
        ("assistant", "好的，请继续。"),
        ("user", "一九七二一二一八"),
        ("user", "一四六X，王桂兰，帮忙填一下低保申请，她一个人带孙子。"),
    ],
    [
        ("user", "boleh tolong draft emel untuk cikgu anak saya?"),
        ("assistant", "Boleh. Siapa nama anak dan apa yang nak disampaikan?"),
        (
            "user",
            "anak saya Danish Irfan darjah 3, dia ada ADHD, tolong minta tempat duduk depan. emel saya rozita_kamal74 a-t yahoo dot com untuk cikgu balas",
        ),
    ],
    [
        ("user", "NRIC for the insurance claim: T64"),
        ("assistant", "Could you share the rest of the NRIC?"),
        (
            "user",
            "84998G. It's for my dad Lim Chee Keong, admitted to TTSH last night for a stroke.",
        ),
    ],
]
