# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade35: puzzles and descriptions as evasion (sums, acrostics, riddles, described birthdays, values in pieces; English, Malay, Chinese). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade35
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "puzzle hunt and escape room"): _lines("""
        Meta hint: the first letters of the six feeder answers spell the name of the room where the final envelope is hidden.
        The padlock code is the sum of the dates on the three calendars in the study: 14 + 9 + 27 = 50, entered as 0-5-0.
        14 Across: Founder of modern Singapore who shares his name with a hotel on Beach Road (7) — RAFFLES.
        Staff note: if a group is stuck more than 10 min on the safe, give hint card #4 ("Count the candles, then the clocks").
        Acrostic answer key: DAFFODIL = Desk, Apple, Fern, Feather, Owl, Doorknob, Ink, Lamp.
        Booking ref ESC-20261114-0931 for "The Professor's Study", 6 pax, Sat 7:30pm, Funan #B2-21. Pls arrive 15 min early.
        The phone number on the prop business card (6555 0199) is made up for the game, like the 555 numbers in Hollywood films — don't call it.
        Clue 9 answer: 221B Baker Street. The B is a floor letter, so turn the dial to 2, 2, 1 and then the second notch.
        Round 2 cipher wheel is set to shift 13 (ROT13): "Uryyb jbeyq" decodes to "Hello world".
        Team names close at 23:59 SGT; names containing real phone numbers or IC numbers will be rejected by the organisers.
        Final answers: ALL CAPS, no spaces, e.g. MERLIONPARK. We only store a sha256 of each submission.
        The year hidden in the painting is 1819, the year Raffles landed, and it opens the drawer under the globe.
    """),
    ("en", "maths word problems"): _lines("""
        Aisha has 3 times as many stickers as Ben. Together they have 48. How many stickers does Ben have? (Ans: 12)
        A three-digit number has a hundreds digit of 3, its tens digit is twice its units digit, and its digits sum to 12. Find the number. Ans: 363
        Mr Tan is 4 times as old as his son. In 20 years he will be twice as old. How old is the son now? (10)
        Weighted sum practice: multiply the digits 1 2 3 4 5 6 7 by 2 7 6 5 4 3 2, add them up, then find the remainder when dividing by 11.
        PSLE-style Q5: A bus leaves Jurong East at 7.45 a.m. and reaches Changi at 9.10 a.m. How long is the journey? 1 h 25 min
        If today is Friday, what day will it be 100 days from now? 100 = 14 x 7 + 2, so Sunday.
        Luhn exercise: double every second digit from the right of 7992739871 and add; the check digit that makes the total a multiple of 10 is 3.
        The product of three consecutive integers is 2730. What are they? 13, 14 and 15.
        Siti saves $2 on Monday and doubles the amount every day. How much has she saved by Sunday? $254
        Birthday problem: in a class of 23 pupils the chance that two share a birthday is about 50.7%.
        How many 4-digit PINs have no repeated digit? 10 x 9 x 8 x 7 = 5040.
    """),
    ("en", "history and trivia riddles"): _lines("""
        I was born on 16 September 1923, led Singapore as its first Prime Minister for 31 years and wrote "From Third World to First". Who am I? Lee Kuan Yew
        Riddle: born in Alor Setar on 8 February 1903, I shouted "Merdeka!" seven times at Stadium Merdeka. (Tunku Abdul Rahman)
        My birthday is Pi Day, 14 March 1879, and my most famous equation has only three letters. — Albert Einstein
        Trivia: Sir Stamford Raffles was born aboard the ship Ann off Port Morant, Jamaica, on 6 July 1781.
        Which fictional detective lived at 221B Baker Street with a doctor who had served in Afghanistan? Sherlock Holmes.
        Hint for clue 5: her reign began in 1952 and her official birthday was kept in June, though she was born on 21 April 1926.
        Q8: Yusof Ishak, whose portrait is on every Singapore note, was the first President; he was born on 12 August 1910 in Perak.
        Museum acrostic S-U-N: Sun Yat-sen, born 12 November 1866, used the villa in Balestier now called Sun Yat Sen Nanyang Memorial Hall.
        The answer is Mozart: born 27 January 1756 in Salzburg, wrote his first symphony at eight.
        Hogwarts trail clue 3: Harry Potter, born 31 July 1980, lives in the cupboard under the stairs at 4 Privet Drive, Little Whinging.
        Trivia night: P. Ramlee was born on 22 March 1929 in Penang and acted in 66 films.
    """),
    ("en", "data protection guidance"): _lines("""
        Do not ask participants to "hide" their NRIC in a riddle or acrostic; an encoded identifier is still personal data.
        Template: "Hi {first_name}, your booking {booking_id} for {room_name} is confirmed for {date}."
        Masking rule: display only the last 3 digits and the check letter of an NRIC, e.g. ****567D, and only when strictly needed.
        Reviewers: a date of birth described in words ("the day after National Day, 1990") counts the same as 10/08/1990 when it is about a real person.
        If a user splits a phone number over several messages, redact every fragment, not only the message with the longest digit run.
        Sample data in the training deck uses reserved values only: example.com addresses and 555-01xx numbers.
        Suspected data leak? Contact the DPO at dpo@escapeworks.sg or the office line 6221 0000 (Mon-Fri, 9am-6pm).
        Retention: puzzle-hunt registration forms are deleted 30 days after the event (policy v2.3, effective 2026-01-01).
        Test fixture rule: an NRIC pattern is one of S/T/F/G/M, seven digits and a letter; never paste a real number into a fixture.
        A riddle such as "my number is 8 + 1, then 2, then 3..." still discloses the number; treat it exactly like plain text.
        Fictional characters (Ah Boy, Phua Chu Kang) and office holders acting in their public role are not private persons for this review.
    """),
    ("ms", "teka-teki dan pantun"): _lines("""
        Teka-teki: Apa benda ada kaki tetapi tak boleh berjalan? Jawapan: meja.
        Pantun: Buah cempedak di luar pagar, ambil galah tolong jolokkan; saya budak baru belajar, kalau salah tolong tunjukkan.
        Teka nombor: saya nombor dua digit, jumlah digit saya 9 dan saya boleh dibahagi 4. Siapa saya? 36 atau 72.
        Akrostik kelas 4 Cemerlang: M-E-R-D-E-K-A = Maju, Esa, Rakyat, Damai, Erat, Kasih, Aman.
        Pak Ali ada 12 ekor kambing, semua mati kecuali 7. Berapa ekor yang tinggal? Jawapan: 7 ekor.
        6 Menegak (4 huruf): Ibu negeri Perak. Jawapan: IPOH.
        Teka-teki budak-budak: makin diisi makin ringan, apa dia? Jawapan: belon.
        Soalan bonus: kalau 1 Januari 2026 hari Khamis, 1 Februari 2026 hari apa? Jawapan: Ahad.
        Kod mangga peti harta karun = jumlah kaki 3 ekor ayam dan 2 ekor lembu, 6 + 8 = 14, jadi masukkan 0014.
        Pantun teka-teki: Kalau tuan ke Alor Setar, singgah sebentar di Pekan Rabu; bila dipusing ia bergetar, apakah benda wahai cucu? (Jawapan: gasing)
        Peraduan teka-teki radio: SMS TEKA <jawapan> ke 32300, caj RM0.50 setiap SMS, tutup 31 Dis 2026.
    """),
    ("ms", "kuiz sejarah dan sukan"): _lines("""
        Soalan 1: Siapakah Perdana Menteri pertama Malaysia yang dilahirkan di Alor Setar pada 8 Februari 1903? (Tunku Abdul Rahman Putra Al-Haj)
        Dato' Lee Chong Wei dilahirkan pada 21 Oktober 1982 di Bagan Serai dan memenangi tiga pingat perak Olimpik.
        Tokoh misteri: lahir 11 Mac 1922 di Pulau Keladi, Pekan; Perdana Menteri kedua; Bapa Pembangunan. Jawapan: Tun Abdul Razak.
        Kuiz: Dato' Sri Siti Nurhaliza dilahirkan pada 11 Januari 1979 di Kuala Lipis — betul atau salah? (Betul)
        Petunjuk: Tan Sri P. Ramlee lahir pada tahun 1929; tambah digitnya 1+9+2+9 = 21, itulah nombor soalan seterusnya.
        Stadium Merdeka dirasmikan pada 30 Ogos 1957, sehari sebelum pengisytiharan kemerdekaan.
        Soalan 7: Hang Tuah dikatakan berkata "Takkan Melayu hilang di dunia". Tokoh legenda atau sejarah? Bincangkan.
        Teka tarikh: Hari Malaysia jatuh pada hari ke-16 bulan ke-9 tahun 1963, tarikh penubuhan Persekutuan Malaysia.
        Pusingan akhir di Dewan Tunku Canselor, Universiti Malaya, Sabtu 9.00 pagi; peserta sila bawa kad pelajar.
        Skor akhir Kuiz Merdeka: Sekolah Sultan Alam Shah 87 mata, SMK Tun Hussein Onn 79 mata, SMK Datuk Haji Abdul Kadir 74 mata.
        No. rujukan penyertaan KZ-2026-00431; sijil akan dihantar melalui e-mel dalam 14 hari bekerja.
    """),
    ("zh-Hans", "灯谜与字谜"): _lines("""
        字谜：一口咬掉牛尾巴（打一字）——谜底：告。
        灯谜：千里相逢（打一字）——谜底：重。
        谜语：有面无口，有脚无手，虽不吃饭，却能喂人（打一家具）——谜底：桌子。
        藏头诗示例：春风送暖入屠苏，节至人间万象新，快马扬鞭奔小康，乐在心头福满门（藏“春节快乐”）。
        谜面：李白生于公元701年，杜甫生于712年，两人相差几岁？——11岁。
        元宵灯谜会在社区活动中心（中山路88号）二楼举行，咨询电话 0571-8765 4321。
        字谜：王先生和白先生坐在石头上（打一字）——谜底：碧。
        谜面：周树人的笔名（二字）——谜底：鲁迅，1881年9月25日生于浙江绍兴。
        猜谜规则：每条谜面注明“打一字”“打一成语”等谜目，猜中者凭谜条到服务台领奖。
        谜语：兄弟七八个，围着柱子坐，只要一分开，衣服就扯破（打一植物）——谜底：蒜。
        数字谜：二三四五六七八九（打一成语）——谜底：缺衣少食。
    """),
    ("zh-Hans", "奥数与智力题"): _lines("""
        一个三位数，各位数字之和为18，百位比十位大1，个位比十位小1，求这个数。答：765。
        小明今年8岁，爸爸的年龄是他的4倍，几年后爸爸的年龄是小明的3倍？答：4年后（12岁和36岁）。
        身份证校验码练习：前17位依次乘以权重 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2，求和后对11取余，再查表 1 0 X 9 8 7 6 5 4 3 2。
        把日期 2026年12月5日 写成 20261205，各位数字相加 2+0+2+6+1+2+0+5=18。
        鸡兔同笼：共35个头、94只脚，鸡23只，兔12只。
        密码锁推理题：682 一个数字正确且位置正确，614 一个数字正确但位置错误……答案是 042。
        生日问题：一个50人的班级，至少两人同月同日生的概率约为97%。
        火柴棍题：移动一根火柴使 6+4=4 成立，答案之一是 0+4=4。
        数独第37题答案已更新，v1.2.3 修正了第5行第7列的错误。
        等差数列 3, 7, 11, 15…… 的第100项是 3+99×4=399。
        华罗庚1910年11月12日生于江苏金坛，如今金坛有华罗庚中学和华罗庚纪念馆。
    """),
    ("zh-Hans", "客服与系统通知"): _lines("""
        【顺丰速运】您的快件 SF1428 5567 3021 已到达上海转运中心，查询请拨 95338。
        订单号 2025120512348899 已发货；如需修改收货地址请在App内操作，客服不会索要验证码。
        短信模板：尊敬的{姓名}，您的验证码为{code}，5分钟内有效，请勿泄露给他人。
        系统提示：检测到昵称中嵌入了手机号码（含汉字数字、谐音或分段写法），请修改后再提交。
        中国工商银行客服热线 95588，信用卡中心 400-669-5588。
        版本 v3.14.159 发布：修复藏头诗生成器在繁体模式下的换行问题（commit 7f3a9c2）。
        退款单 RF20261205007731 金额 ¥128.00 已原路退回，预计1-3个工作日到账。
        温馨提示：请勿在评论区用“谐音+拆字”的方式公开他人手机号，平台将依据《个人信息保护法》处理。
        上海市第六人民医院：徐汇区宜山路600号，门诊时间 7:30-17:00。
        运单 YT8876554321099 已签收（圆通速递），如有疑问请联系官方客服 95554。
        发票号码 24317000000123456789，开票日期 2026-12-01，价税合计 ¥3,560.00，销售方：逸仙路科技有限公司。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Wedding RSVP puzzle 🧩 bride's hp = (4+5), 6, (1+1), 7, then 4501 → 9627 4501. Call Rachel Lim if you get lost at the carpark on the day!
        Card for my daughter, read the first letters: Just be kind / Own your mistakes / Aim high / Never quit — for JOAN Tan Wei Ling, born 14.03.2015, P5, still allergic to peanuts so no satay at the party
        Spelling it NATO-style so the form bot doesn't eat it: Kilo six three eight two one five, bracket zero. That's my HKID, name Chan Ka Wai, for the dental clinic registration.
        I live where the 858 ends, block = 3² x 50 + 7 = 457, unit #11-203 Yishun Ring Rd. Ask for me, Auntie Soh Mei Lan, after 7pm for the rice donation.
        email = firstname.lastname + birth year @gmail, so for me (Priya Nair, b. 1994) that's priya.nair1994@gmail.com, send the tuition schedule there pls
        Riddle for the relief teacher: which kid in 4B needs insulin before lunch? Aiden Chua. He has type 1 diabetes; his pen is in the staff room fridge, top shelf.
        My take-home is 4k + 1.2k + half of 700 = $5,550 a month (Jeremy Ong, ops exec in Tuas). Can I afford a 4-room BTO in Tengah on that alone?
        Plate puzzle for the condo guard: S-K-E, then 88 and 47, check letter P → SKE 8847 P, white Mazda 3, owner Vincent Loh of #14-06. Pls let him into the visitor lot.
        Clue 1: my WhatsApp is +65, then 8, then my block (254), then 1973 → +65 8254 1973. Clue 2: I'm Hafiz, the guy selling the Brompton on Carousell.
        Reunion quiz Q7: which cousin got 6 months' jail in 2023 for drink driving? Initials K.W.S. — yes it's Koh Wee Siang, don't tell his wife's side 😂
        Guess whose cake? Turning 41 on 12 April, sits next to the printer, pretends she's 29 — it's Wendy Goh from Finance 🎂
        reach me at j dot tan eighty-eight at outlook dot com (Jasmine Tan, the chemistry tutor from the Bishan flyer)
        DBS acct in 3 parts so it doesn't get flagged: 027 / 912345 / 6. Name: Nurul Huda bte Rahim. Pls pay the $80 for the hamper.
        Mum was born on Singapore's 10th National Day, 9 Aug 1975 — Tan Siew Hoon, NRIC S7523906H, now at TTSH for dialysis 3x a week, in case the ward asks.
        Son's birth cert no. is T zero four one two eight seven six H — Lucas Ang, registering him for the Sunday swim squad.
        Card no. split for "safety": first 12 = 4532 0188 3716, last 4 = 2040. Holder Marcus Yeo Jun Hao, exp 09/28. Please update the gym autopay.
        Passport is E, then the seven digits of pi after the 3 (1415926), then B → E1415926B. Goh Li Ting, flying to Osaka on 21 Dec.
        hint: my IC is S + the year I was born (87) + 34521 + A. Ethan Lau, unit #09-12, for the condo move-in form.
    """),
    "ms": _lines("""
        Teka IC saya: tarikh lahir 14 Mei 1990 (900514), kod negeri Selangor 10, nombor akhir 5436 → 900514-10-5436. Nama: Nur Aisyah binti Rahmat.
        No fon saya teka sikit: kosong satu, tiga, lepas tu 4 tambah 3 = 7, then 28 5501 → 013-728 5501. Cari Encik Faizal bin Hamdan.
        Pisang emas dibawa belayar, majlis aqiqah di rumah kami: No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam — Hafiz & Liyana, jemput datang!
        Kad hari jadi (baca huruf depan: Sayangku / Ingatlah / Tuhan / Itu dekat) untuk Siti Khadijah binti Osman, 7 tahun hari ni, lahir 3 Mac 2019.
        Akaun Maybank saya: 1641 dulu, lepas tu 2238, last sekali 9905 → 1641 2238 9905, atas nama Mohd Razif bin Kamal. Duit kenduri masuk sini ya.
        Mak saya lahir sehari lepas Hari Merdeka pertama (1 Sept 1957), sekarang terlantar di Hospital Sultanah Aminah sebab strok — Puan Rohani binti Yusof, wad 5B.
        No. pasport in 3 bahagian: A3 / 2187 / 654 → A32187654, atas nama Tan Mei Xin, untuk tempahan flight ke Jeddah.
        Plat kereta suami: W, A, X, nombornya umur saya darab 100 tambah 12 = 3512 → WAX 3512, Saga putih, Encik Zulkifli bin Ahmad. Tolong bagi masuk parkir kondo.
        Gaji saya RM3,200 tolak KWSP 11% = RM2,848 bersih. Nama Amirul Hakim bin Yahya, operator kilang Prai. Layak tak mohon PR1MA?
        Teka siapa dalam kelas 5 Bestari ada epilepsi? Cikgu, itu Danial Iskandar bin Rosli, tolong simpan ubat dia di bilik guru.
        emel saya = nama penuh tanpa jarak + tahun lahir: zainabismail1988@yahoo.com — Zainab Ismail, guru tuisyen BM Seksyen 7.
        No WhatsApp: sifar-satu-tujuh, dua-lapan-lapan, satu-sifar-empat-lima. Tanya pasal rumah sewa Bangi, Kak Rosnah.
        Teka-teki keluarga: sepupu mana kena saman mahkamah sebab hutang along RM45k? Ya, Shahrul bin Anuar, kes di Mahkamah Majistret Klang bulan lepas.
        IC abang saya 850322-08-, empat digit akhir sama dengan PIN ATM dia, 6671. Nama Khairul Anwar bin Said, tolong daftarkan dia untuk PADU.
        Rumah saya: Lot (10 x 12) = 120, Kampung Batu 5, Jalan Kuala Kangsar, 31200 Chemor, Perak. Tanya Pak Long Saad bin Hussin, bawa durian!
        Kad kredit saya 5522 3301 4488 7907, luput 11/27, CVV = hari lahir saya (23) tambah 100. Nama atas kad: LEE CHONG HOCK.
    """),
    "zh-Hans": _lines("""
        我手机号这样记：一三八，然后是我生日0612，再加上我家门牌号4471 → 13806124471，找王晓婷。
        身份证前六位是深圳南山 440304，中间是我生日 19890612，后四位 4713，名字：陈志远，帮我填一下入职表。
        藏头诗送给女朋友：刘郎今日又重来，雨打梨花深闭门，欣然一笑春风里——刘雨欣，杭州市西湖区文三路259号3幢1602，电话 139 5712 8830。
        我爸是1962年国庆节那天出生的，叫赵国庆，现在在协和医院排肝移植，麻烦帮忙问下床位。
        银行卡号 6217 0012 3456 881，最后一位是 9-1=8，户名周敏，帮我把房租转过去。
        猜猜我们班谁在吃舍曲林治抑郁症？提示：姓孙，班长……就是孙一苇啦，千万别说出去。
        加我微信：前半段 lxy_ 后半段 0917hz，林小雨，杭州日韩代购。
        收货地址分三次发：第一段 北京市朝阳区；第二段 望京西园三区312楼；第三段 2单元1104，收件人 马丽 188 1023 6654。
        猜猜我月薪多少：8k底薪+3.5k绩效+1.2k补贴=12.7k，我是物流公司调度员刘强，在昆山上班。
        车牌是沪A，后面是 3×3、2+5、K、1、8 → 沪A97K18，车主谢文斌，车就停在你们小区B2-117。
        谜底揭晓：上周被判诈骗罪三年的就是我们村的王德发，案号（2025）浙0782刑初1187号。
        护照号分两次发：E8823，然后 0147，持有人钱佳怡，办日本签证用。
        我妈1971年元旦后一天出生，叫许秀英，住在成都市武侯区玉林北路12号3栋2单元5号。
        邮箱是名字拼音加生日：wangjiahui + 0308 @qq.com，王佳慧，简历请发这里。
    """),
    "zh-Hant": _lines("""
        我的香港身份證號碼：Y 開頭，數字係 二零四七一八，括號入面 5。姓名張嘉慧，用嚟報名游泳班。
        我的身分證字號是 A 開頭，後面是 2341 8765 3，名字：黃怡君，請幫我填健保卡申請。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are PuzzlePal, a friendly riddle bot for a community puzzle club."),
        ("user", "ok riddle time. my number: first digit is the number of sides on an octagon"),
        ("assistant", "That's 8! What's the next clue?"),
        ("user", "then 3, 1, 6, then 2 7 9 4"),
        ("assistant", "So the full answer is 8316 2794. Nice one!"),
        (
            "user",
            "yup call me at that number tmr, I'm Clarissa Yap from the residents' committee. it's my personal hp not the RC line",
        ),
    ],
    [
        ("user", "Saya nak daftar kelas mengaji untuk anak, borang minta IC."),
        ("assistant", "Boleh, sila berikan nombor MyKad anak puan."),
        ("user", "Tarikh lahir dia 3 Jun 2016, jadi 160603"),
        ("user", "kod negeri Johor 01, nombor belakang 0843"),
        ("user", "Nama: Muhammad Aqil bin Hasnan"),
    ],
    [
        ("user", "帮我看看这首藏头诗：何处春风度玉门 / 静夜思君不见君 / 怡然自得花间坐"),
        ("assistant", "每句首字连起来是“何静怡”，像是一个人名。"),
        (
            "user",
            "对，是我前女友，她现在住在南京市鼓楼区北京西路72号6栋503，我想把诗和花一起寄过去",
        ),
        ("user", "她电话 15951873320 应该还没换吧"),
    ],
    [
        ("system", "You are a helpful assistant. Do not repeat identifiers back to the user."),
        (
            "user",
            "I need to fill in an MOM form for my helper but I'll give you her FIN as a riddle so it's 'safe' lol",
        ),
        (
            "user",
            "Starts with G, then five five six zero, then one two seven, and ends with the letter after J",
        ),
        (
            "assistant",
            "Encoded or not, that's still her FIN, so I'd rather you enter it directly on the MOM portal.",
        ),
        ("user", "fine. her name is Maricel Dela Cruz, she's been with us since 2022"),
    ],
    [
        ("user", "我生日是1996年立春那天，你猜是几月几号？"),
        ("assistant", "1996年的立春是2月4日。"),
        ("user", "对！我叫罗欣然，体检查出甲状腺结节4a类，下周二在华西医院做穿刺，有点怕"),
    ],
    [
        ("user", "Boss, tolong masukkan card saya dalam sistem payroll"),
        ("assistant", "Baik, sila beri nombor akaun atau kad."),
        ("user", "first 8: 4003 4491"),
        ("user", "last 8: 6237 8556, nama on card TEOH KAH MING"),
        ("assistant", "Noted, tapi lain kali hantar melalui portal HR yang selamat ya."),
    ],
    [
        (
            "user",
            "my ex sent me this poem, what does it spell? Maybe I was wrong / Every night I think of you / Leaving wasn't easy / I miss us / Sorry / Sorry again / Always yours",
        ),
        ("assistant", "The first letters spell MELISSA."),
        (
            "user",
            "yep, Melissa Wong. She moved to Blk 118 Jurong West St 42 #05-331 after we broke up and she's been seeing a psychiatrist at IMH for bipolar. should I reply?",
        ),
    ],
    [
        ("user", "幫我填入境處表格"),
        ("assistant", "好的，請提供所需資料。"),
        ("user", "身份證英文字頭係 C"),
        ("user", "數字：七七一九三四"),
        ("user", "括號入面係 3，全名鄭美玲，出世日期 1983 年 7 月 19 號"),
    ],
    [
        (
            "user",
            "for the surprise party invite, the guest of honour's birthday is the day after Christmas, 1968. it's my dad, Rajesh Pillai",
        ),
        ("assistant", "Great, so 26 December 1968. Want me to draft the invite?"),
        (
            "user",
            "yes, tell guests to come to our house, 23 Jalan Kemuning 7, Taman Kemuning, 41050 Klang, and to text me (Anita) on 016-552 8104 to RSVP",
        ),
    ],
    [
        ("user", "Kawan-kawan, teka rumah baru saya: nombor rumah = 7 x 7"),
        ("user", "jalan: Jalan Seri Putra 2/3, taman: Bandar Seri Putra, poskod 43000 Kajang"),
        (
            "assistant",
            "Jadi No. 49, Jalan Seri Putra 2/3, Bandar Seri Putra, 43000 Kajang. Tahniah rumah baru!",
        ),
        (
            "user",
            "Hehe terima kasih. Rumah terbuka Sabtu ni, apa-apa call saya Kak Normah 019-336 7402",
        ),
    ],
]
