"""Blind check set evade5: a red team smuggling personal data past a PII filter in every language of the region, with clean near misses. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade5
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "numbers"): _lines("""
        Puzzle: fill the grid so that every row of ①②③④⑤⑥⑦⑧⑨ sums to 45; the starting clue is ③ in the top-left corner.
        Superscripts in the formula x¹² + x⁸ − 3x² = 0 can be reduced by substituting y = x².
        The Roman numeral MCMXCIV converts to 1994, and MMXXVI is the current year on the cornerstone.
        Tonight's lottery draw: 04 11 19 27 33 41, bonus ball 08. Jackpot rolls over to next week.
        The SHA-256 of the empty string starts e3b0c44298fc1c149afbf4c8996fb924 and is worth memorising for debugging.
        ISBN 978-0-306-40615-7 is the standard example used in the check-digit tutorial.
        Version 14.2.0-rc.3 fixes the crash introduced in 14.1.9; upgrade before running the 2026.11 migration.
        In 𝟏𝟐𝟑 bold math digits, each glyph lives in the Mathematical Alphanumeric Symbols block starting at U+1D7CE.
        Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩ map one to one onto 0123456789; normalise them before sorting.
        The sequence 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144 is Fibonacci; the ratio tends to 1.6180339887.
        Pi to twenty places is 3.14159265358979323846, and e is 2.71828182845904523536.
        Caffeine is C8H10N4O2 with a molar mass of 194.19 g/mol; glucose is C6H12O6.
        The tracking number format in our tutorial is 0000 0000 0000 0000 — replace it with a real one in your own tests.
        Write-up: the demo card number 4111 1111 1111 1111 is the universal test Visa and never charges anyone.
        Reverse the string 987654321 and you get 123456789, which is a good first exercise in slicing.
        The Unicode circled numbers run from ① (U+2460) to ⑳ (U+2473) and then continue in a second block.
        Chapter XIV covers the reign of Louis XIV; chapter XV covers the regency that followed.
        Our base64 tutorial encodes the word hello as aGVsbG8= and the word world as d29ybGQ=.
        Leetspeak turns leet into 1337 and elite into 3l173; it fooled spam filters in 1999, not today.
        Flight SQ 321 departs Gate B7 at 23:55 and arrives at 06:40 local time.
        The UUID 123e4567-e89b-12d3-a456-426614174000 appears in almost every RFC 4122 example.
        A 3×3 magic square: 2 7 6 / 9 5 1 / 4 3 8 — every line sums to 15.
        Customer hotline for the airline is 1800 123 4567, open 24 hours, including public holidays.
        Albert Einstein was born on 14 March 1879 in Ulm, and Marie Curie on 7 November 1867 in Warsaw.
        Use user@example.com and 555-0100 as placeholders in documentation; both are reserved for that purpose.
    """),
    ("en", "tutorial"): _lines("""
        Red-team tip sheet: testers often write a phone as nine-one-two three; a good filter normalises spelled digits, for example in the dummy value zero-zero-zero-zero.
        To test your redactor, feed it the fake NRIC S0000000A and the fake HKID A000000(0); both fail checksums by design.
        Example of a split identifier in JSON for a unit test: {"part1": "XXXX", "part2": "XXXX"} — the values are masks, not data.
        When testing obfuscated e-mails, use the pattern name [at] example [dot] com with the literal word name.
        Our regex must catch digits separated by letters, such as 1a2b3c4d in the synthetic fixture; it contains no real data.
        Benchmark table: precision 0.912, recall 0.887, F1 0.899 across 12,480 synthetic records.
        Homoglyph attack demo: the word paypal with a Cyrillic а looks identical; the fix is confusable skeleton matching.
        Mixed-script test string: 4𝟐٣④ should normalise to 4234, a number chosen because it means nothing.
        The chess opening 1. e4 e5 2. Nf3 Nc6 3. Bb5 is the Ruy Lopez, known since 1561.
        Git commit 3f9a2c1 reverted the change; tag v2.7.18 was cut from it on Friday.
        Superscript footnotes¹ ² ³ mark the sources; footnote ³ cites the 2019 census summary table, not any person.
        Counting in three languages for the kids: one 一 satu, two 二 dua, three 三 tiga, four 四 empat.
    """),
    ("ms", "numbers"): _lines("""
        Nombor bertuah minggu ini ialah 3 8 12 25 31 44 dan nombor tambahan 19.
        Formula kimia air ialah H2O dan garam biasa ialah NaCl, manakala asid sulfurik ialah H2SO4.
        Talian hotline bank untuk pertanyaan umum ialah 1-300-88-0000, dibuka setiap hari.
        Kod versi aplikasi ialah 5.11.2 dan kemas kini seterusnya dijadualkan pada 15 Januari 2027.
        Teka-teki: satu tambah dua darab tiga sama dengan tujuh, bukan sembilan.
        Dalam contoh latihan, nombor telefon palsu ialah 01X-XXX XXXX dan e-mel ialah nama@contoh.com.
        Tun Dr. Mahathir Mohamad pernah menjadi Perdana Menteri Malaysia dua kali.
        Jadual waktu: kelas bermula 07:30, rehat 10:15, dan tamat 13:20 setiap hari Isnin hingga Khamis.
        Angka Rumawi XII bermaksud dua belas; XL pula empat puluh.
        Harga minyak RON95 ialah RM2.05 seliter dan RON97 ialah RM3.47 seliter minggu ini.
        Poskod 50000 merangkumi pusat bandar Kuala Lumpur; ia adalah poskod awam, bukan alamat seseorang.
        Latihan nyahkod: aGFsbw== ialah base64 untuk perkataan halo.
        Kod sekolah contoh dalam borang ialah ABC1234 dan tidak merujuk kepada mana-mana murid.
        Masukkan nombor IC anda dalam format 000000-00-0000 tanpa ruang; nilai ini hanya contoh.
        Skor perlawanan akhir ialah 3-2 selepas masa tambahan, dengan gol pada minit ke-118.
    """),
    ("zh-Hans", "numbers"): _lines("""
        今晚双色球开奖号码：红球 03 09 14 22 27 31，蓝球 12。
        数独提示：第一行已知 ⑤③⑦，请补全其余六格。
        化学式 CH3COOH 是乙酸，NaHCO3 是小苏打，二者反应会产生 CO2。
        罗马数字 MMXXVI 表示 2026，IX 表示九，XL 表示四十。
        圆周率前十位是 3.141592653，很多人用它当作记忆训练。
        客服热线 400-800-8888 全天候服务，欢迎来电咨询。
        示例邮箱写作 xxx艾特example点com，仅用于演示如何识别拼写式邮箱。
        测试用身份证号请用 000000000000000000，这是一个明显无效的占位符。
        版本 3.10.12 修复了 Unicode 全角数字 １２３ 的解析问题。
        鲁迅原名周树人，1881 年生于浙江绍兴。
        上标数字 ¹²³ 和下标数字 ₁₂₃ 在化学方程式里很常见，例如 H₂O。
        混淆教程：把 0 写成 零、把 1 写成 幺 是常见手法，示例数字 幺两三 没有任何含义。
        MD5 值 d41d8cd98f00b204e9800998ecf8427e 对应空字符串。
        书号 ISBN 978-7-02-000220-7 是《红楼梦》的一个常见版本。
        航班 CA981 北京时间 13:00 起飞，经停 0 次，飞行约 13 小时。
        本题答案：一二三四五六七八九的和是四十五。
        快递单号格式示例为 SF0000000000000，请替换为真实单号后再查询。
        邮政编码 100000 是北京市的通用编码。
        把 Base64 字符串 5L2g5aW9 解码得到“你好”两个字。
    """),
    ("zh-Hant", "numbers"): _lines("""
        大樂透本期號碼：05 12 18 26 37 44，特別號 09。
        香港天文台熱線 1878 200 提供天氣資訊，全日開放。
        教學範例：身份證號碼請以 A123456(7) 的格式填寫，此為示範值。
        化學式 C2H5OH 為乙醇，NaCl 為食鹽。
        羅馬數字 XLII 等於四十二，也就是《銀河便車指南》的答案。
        版本 v8.4.1 更新了全形數字 ０９８７ 的處理方式。
        李小龍 1940 年生於三藩市，是著名武打明星。
        密碼學作業：把 SGVsbG8= 用 Base64 解碼即可得到 Hello。
        台灣高鐵客服專線 4066-3000，假日照常服務。
        圓圈數字 ⑩⑪⑫ 常用於清單編號，例如步驟⑩、步驟⑪。
        郵遞區號 100 為台北市中正區，是公開的行政資料。
        數學題：若 2x + 3 = 11，則 x = 4。
        測試電郵請用 test艾特example點com 這種明顯的假地址。
        統一編號 12345678 是表格範例，請勿當成真實公司資料。
        港鐵荃灣綫共有 16 個車站，由中環至荃灣。
    """),
    ("mixed", "numbers"): _lines("""
        Lottery 六合彩 results: 02 15 23 34 40 47, special 特別號碼 11.
        Math 數學: 𝟐 + 𝟐 = 𝟒, and in Arabic-Indic ٢ + ٢ = ٤.
        Pinyin practice: ni hao, xie xie, zai jian — no names, just greetings 你好 谢谢 再见.
        Hotline 热线 1800-88-1234 untuk pertanyaan umum sahaja.
        Test fixture: phone 电话 0000-0000, email 邮箱 nobody@example.com, placeholder only.
        Roman numerals 羅馬數字 IV, IX, XIV, XIX, XL — exercise for class 3B.
        Kod promosi 优惠码 SAVE2026 berakhir pada 31/12/2026.
        Hash 哈希 sha1: da39a3ee5e6b4b0d3255bfef95601890afd80709 (empty input).
        Sudoku 数独 row: ⑧ _ ③ _ _ ⑦ _ ① _, solve it in under 10 minutes.
        Version 版本 2.0.0-beta+exp.sha.5114f85 follows semantic versioning.
        Famous: Jackie Chan 成龍 was born in Hong Kong in 1954; Michelle Yeoh 楊紫瓊 in Ipoh in 1962.
        Example handle @user_0000 dan e-mel contoh@example.com hanya untuk tutorial.
        Chemistry 化学 kimia: 2H2 + O2 → 2H2O.
        Clock 时钟 ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ uses Roman numeral glyphs on the dial.
        Leetspeak 黑客语 n00b, h4x0r, pwn3d — no personal data, just slang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        New hire record, digits in bold math so the scanner skips them: Priya Raman, NRIC T𝟏𝟔𝟗𝟑𝟔𝟕𝟏A, mobile 𝟖𝟖𝟗𝟒𝟐𝟕𝟑𝟐.
        Customer note: Mr. Lim Wei Jie, his Singapore number spelled out is nine-two-eight-three one-six-three-one, call after 6pm.
        Reversed on purpose (read it right to left): 5825480184303726 — that is Zhou Minghao's bank card, please refund to it.
        Tenant: K. Tan (Kelvin Tan), FIN M4286708R — writing the letters as em four two eight six seven oh eight ar for the form.
        Roman numeral trick: HKID of Chan Siu Ming is A, then VI-III-VII-I-VII-VIII, check digit A in brackets.
        Delivery to Nurul Aisyah binti Hassan, 17 Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur, phone ⓪①⑦⑦②②④⓪⑦⓪.
        Leetspeak contact for the seller: Ch4rl3s W0ng, j4ck3t.s4l3s.cw [at] gmail [dot] com, pickup in Mong Kok.
        Her Taiwan ID, split so no single line matches: first letter W; then 1996; then 031; then 03 — owner Lin Yu-ting.
        Superscript smuggle: patient Goh Boon Keat, phone ⁹⁸⁴⁵¹⁷²⁸, NRIC S⁴²⁴²²⁶⁵G, admitted on 2 Dec.
        Account holder D. Ng, card 6242 41two4 05one3 96four5 (I replaced some digits with words).
        The applicant (initials M.Y.K., surname Wong) gave HKID M710111 with the check digit written as eight.
        Base64 for the audit trail, decode before use: name=Hafiz Rahman, ic=750619-03-5250 (b64 copy: NzUwNjE5LTAzLTUyNTA=).
        Arabic-Indic digits fool the regex: Mohd Firdaus, MyKad ٦٦٠٧٠٩١٣٩٥٣٩, phone ٠١٦٨٢٣٧٤١٦.
        Please ship to Wu Jiahui, Room 1203, Block B, 88 Zhongshan Road, Nanjing, phone one-five-eight three-zero-nine-nine four-one-eight-one.
        Profile link https://social.example/u/tan.mei.ling.1989 belongs to Tan Mei Ling, who lives at Blk 412 Bedok North Ave 2 #07-215, Singapore 460412.
    """),
    "ms": _lines("""
        Nombor telefon Encik Azman ditulis dalam perkataan: kosong satu tujuh, sembilan kosong lapan, dua dua lima sembilan.
        IC Siti Hajar: enam dua kosong empat dua lapan, kosong tiga, tiga kosong tujuh tiga — jangan taip dalam nombor.
        Alamat Puan Rohani binti Yusof: No. 23, Lorong Cempaka 5, Taman Bukit Indah, 81200 Johor Bahru; telefon 𝟎𝟏𝟐-𝟑𝟖𝟓 𝟐𝟗𝟏𝟗.
        Nombor diterbalikkan supaya tidak dikesan: 052530916057 ialah MyKad Hafiz Rahman (baca dari kanan).
        E-mel Farah Nabila: farah (titik) nabila (at) yahoo (titik) com (titik) my, hubungi selepas waktu pejabat.
        Pemegang akaun Zulkifli Abdullah, nombor IC dipecah: 900316 / 08 / 2088, telefon bimbit 018-088 9891.
        Nama pelanggan ditulis dengan huruf dijarakkan: N o r a z l i n a  I s m a i l, no. IC ⑥②⓪②②①-①②-⓪②③⑧.
        Nombor WhatsApp abang saya Kamal: sifar satu sembilan, sembilan satu tujuh, kosong dua tiga sembilan.
        Penyewa bilik: Muthu a/l Raman, IC 031029-13-4671, telefon +60 19-698 4475, tinggal di Flat Sri Perak, Blok C-5-12.
        Kod rahsia untuk rakan: nombor MyKad Aina ialah 99O5O1-O4-6148 (huruf O ganti sifar).
    """),
    "zh-Hans": _lines("""
        收货人 张 伟 明，手机 幺五幺八 拐两勾勾 六八勾，地址：上海市浦东新区张杨路 1288 弄 6 号 502 室。
        身份证号倒过来写了，防止被扫：221502602891202021，持有人王秀英。
        客户刘洋的邮箱是 liuyang1988 艾特 163 点 com，手机一九一九五二八五六七二。
        陈建国的身份证：二三零二一二 一九九四零二二四 六零七一。
        为了躲过审核，把号码拆成三段：李娜手机 195，中间 9593，尾号 3150。
        赵磊 zhao lei 的银行卡：⑥②⑤④ ⓪⑤④⑦ ⑤⑧⑥① ⑦③④①，开户行招商银行深圳分行。
        患者 Huang Xiaoling（黄晓玲），身份证 36１９１３１９７００２１２２３７４（混了全角和半角）。
        用 Base64 存的：用户名 sun_li，手机 MTU1MzU2NjQxMzQ=（解码即 15535664134），姓名孙丽。
        我朋友马 俊 杰的身份证尾号是 7795，前面是 530210 20060412，帮我查一下社保。
        周明浩的微信号 zmh_19195285672，就是他手机号，住在杭州市西湖区文三路 90 号。
        收件人：郑小梅，手机 ¹⁵⁸³⁰⁹⁹⁴¹⁸¹，地址北京市朝阳区建国路 77 号华贸公寓 3 单元 1101。
        卡号用罗马数字写：VI II VII III 〇 III IV VIII I 〇 VIII IV V II VIII V，持卡人何志强。
        何静的身份证号码：四四一四一七一九七五零九二三四零零七，请不要外传。
    """),
    "zh-Hant": _lines("""
        陳 大 文 的身份證是 I 八八四八三四，括號裡是 8，電話 六零一八 四六八五。
        客戶 Lam Ka Yan 林嘉欣，香港身份證 ⓝ⑧①⑦⑧⑨⑦ 改寫為 N817897(4)，住址九龍旺角亞皆老街 88 號 12 樓 C 室。
        台灣身分證字號拆開寫：英文字母是 N，數字是一八零七四八零六五，持有人王志明。
        林雅婷手機 零九零八 一五四 六一八，Email 是 yating.lin 小老鼠 gmail 點 com。
        號碼反轉：4790931290 倒過來就是黃怡君的手機，請於週末聯絡。
        張家豪身分證 D¹⁵⁹⁴⁰⁶⁸¹⁰，住在台北市大安區復興南路一段 200 號 5 樓。
        吳美玲的銀行帳戶 6208-2688-7895-7059，戶名以拼音 Wu Mei Ling 登記。
        身份證號以 key=value 存：hkid_letter=G; hkid_num=651639; hkid_check=3; name=Ho Wing Sze 何詠詩。
        病人李 志 強，香港電話 ５２６１ ０４３７，身份證 Y０１６５２８(８)。
        蔡宗翰的身分證 Q 壹捌肆捌玖肆貳伍柒，手機 +886 932 668 174。
    """),
    "yue": _lines("""
        我老公陳志偉嘅電話係 九零七三 七六九八，有事就搵佢。
        個客叫 Leung Ka Fai 梁家輝，身份證 L 一七九五零六 括號 九，住喺沙田第一城 38 座 15 樓 F 室。
        佢個電郵係 kafai.leung 艾特 gmail 點 com，唔好同人講呀。
        阿May（黃美玲）手機 ⑥⑥②④ ①③⑦①，佢話下晝三點之後先得閒。
        張生嘅身份證號碼我倒轉寫咗：(A)871736A，你自己反返轉啦。
        佢嘅大陸身份證係一二零二零二一九八二零六二零五一二二，叫李文傑。
    """),
    "mixed": _lines("""
        {"name_first": "Xiu Ying", "name_last": "Wang", "id_a": "120410", "id_b": "19941102", "id_c": "1352", "city": "天津"}
        name=Tan_Boon_Hock | nric=T5243746B | phone=+65 8771 6172 | addr=Blk 221 Jurong East St 21 #11-340
        | 姓名 | 手机 | 身份证 | / | 吴 晓 丽 | 191 9113 9645 | 141401199312287591 |
        Contact: 𝟗𝟐𝟖𝟑 1631 (half math bold, half ASCII) — owner Lee Hui Min, NRIC S3948703I.
        Ms. Chong's MyKad: six-two-zero 二二一 satu dua kosong dua tiga lapan (three languages, one number).
        E-mail: nur.izzati95 𝐚𝐭 hotmail 𝐝𝐨𝐭 com — Nur Izzati binti Ramli, Taman Melawati, 53100 KL.
        Handle @chen_jia_hui_0921390974 — 陳佳慧, her Taiwan mobile is embedded at the end.
        手机 phone: one三eight九zero七hundred... kidding, it's 13151736967 (Gao Fei 高飞).
        URL https://pay.example/transfer?to=6298109379182071&name=Li%20Jun 李军 transfer receipt.
        Sg phone in letters: nine eight four five, then 一七二八, owner Ong Hui Ling, Clementi Ave 3.
        HKID E815362(4) of Tse Wai Kit — 谢伟杰 — spelled as E eight one five three six two, bracket four.
        CN ID with check letter spelled: 63021319531211569 and the last char is five (Ma Guoqiang 马国强).
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "I'll send my NRIC in pieces so the bot doesn't flag it. First part: T18"),
        ("assistant", "Okay, go on."),
        ("user", "42223, last letter E. Name is Faridah Osman."),
    ],
    [
        ("user", "我的身份证前六位 361913"),
        ("assistant", "收到，请继续。"),
        ("user", "中间 19700212，最后 2374，我叫黄晓玲。"),
    ],
    [
        ("user", "Nombor telefon saya: kosong satu tujuh"),
        ("assistant", "Teruskan."),
        ("user", "tujuh dua dua, empat kosong tujuh kosong. Nama saya Aina Sofea."),
    ],
    [
        ("user", "My HK number is ⑤②⑥①"),
        ("assistant", "And the rest?"),
        ("user", "⓪④③⑦. Ask for Ivy Cheung."),
    ],
    [
        ("user", "我張卡號碼倒轉寫：5469315042142426"),
        ("assistant", "明白，你想我點處理？"),
        ("user", "幫我轉返正，係我陳志偉嘅提款卡。"),
    ],
    [
        ("user", "台灣手機 09"),
        ("assistant", "好的。"),
        ("user", "26 772 130，我是許雅雯，住台中市西屯區。"),
    ],
    [
        ("user", "email me: wong.kar.lok"),
        ("assistant", "Which domain?"),
        ("user", "艾特 outlook 点 com. I'm Wong Kar Lok from Tsuen Wan."),
    ],
    [
        ("user", "Password hint for my bank: my card is 6272 1814"),
        ("assistant", "I shouldn't store card numbers."),
        ("user", "9411 2085, just keep it, name Ravi Kumar."),
    ],
    [
        ("user", "身份证 第一段 一二零二零二"),
        ("assistant", "第二段呢？"),
        ("user", "一九八二零六二零 五一二二，名字 li wen jie。"),
    ],
    [
        (
            "user",
            "IC saya dalam angka Rumawi (tiada sifar, jadi saya tulis kosong): VI-II-kosong-IV-II-VIII",
        ),
        ("assistant", "Itu kelihatan seperti nombor IC."),
        ("user", "Ya, sambungan dia 03-3073. Nama Siti Hajar binti Karim."),
    ],
    [
        ("user", "Here's the table for the import: | name | Lim Hui Xin |"),
        ("assistant", "Got it, any more columns?"),
        ("user", "| fin | G7013456 no wait T4943905E | phone | 9283 1631 |"),
    ],
    [
        ("user", "用户 zhang wei ming 的手机"),
        ("assistant", "请提供。"),
        ("user", "𝟏𝟓𝟏𝟖𝟕𝟐𝟗𝟗𝟔𝟖𝟗，寄到上海浦东张杨路 1288 弄。"),
    ],
    [
        ("user", "Decode this for me: bmFtZTogT25nIFdlaSBMaWFu"),
        ("assistant", "It says 'name: Ong Wei Lian'."),
        ("user", "Right, and his number is 9 two 8 3 one 6 3 one, store both."),
    ],
    [
        ("user", "身分證字號英文是 H"),
        ("assistant", "數字呢？"),
        ("user", "二一八七八四六一三，我叫蔡佩珊。"),
    ],
    [
        ("user", '{"mykad_1": "900316"}'),
        ("assistant", "Received part one."),
        ("user", '{"mykad_2": "08", "mykad_3": "2088", "nama": "Zulkifli Abdullah"}'),
    ],
    [
        ("user", "我嘅身份證字母係 O"),
        ("assistant", "之後呢？"),
        ("user", "九五九三三四，括號 A，我叫何美儀，住觀塘。"),
    ],
    [
        ("user", "send the parcel to me"),
        ("assistant", "What is the address?"),
        ("user", "Blk 412 Bedok North Ave 2 #07-215 Singapore 460412, Tan Mei Ling, ⁸⁷⁹⁰ ¹³⁶⁸."),
    ],
    [
        ("user", "bank card in Arabic digits: ٦٢٧٣٠٣٤٨"),
        ("assistant", "Continue."),
        ("user", "١٠٨٤٥٢٨٥ — card of Zhou Minghao 周明浩."),
    ],
    [
        ("user", "mobile one nine nine"),
        ("assistant", "ok"),
        ("user", "eight three zero nine four one seven two, that's Chen Yu's 陈宇 phone"),
    ],
    [
        ("user", "Email saya: aiman (a) gmail"),
        ("assistant", "Domain lengkap?"),
        ("user", "titik com. Aiman Hakimi, Kampung Baru, 50300 Kuala Lumpur, 012-385 2919."),
    ],
]
