"""Blind check set chat11: multi-turn chats in Malay, English and Chinese where personal data is typed in pieces over consecutive user turns or corrected later, against clean turns whose spread-out numbers are prices, quantities, flights, hotel rooms, maths or code. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat11
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shopping and orders over turns"): _lines("""
        First part of the order number is 4471-0093, I'll send the rest in a sec.
        ...and the rest is 8826. So order 4471-0093-8826 from the Lazada mall store, still says 'packed'.
        Correction: the price was $18.90, not $19.80, I flipped the digits.
        qty 12, no wait, make it 21 boxes of the A4 paper for the office
        Tracking part one: SPXMY0428, part two: 81736552. Shopee Express says it's at the Shah Alam hub.
        The barcode on the shelf tag is 9556001 023459, that's the 1 kg Milo refill pack.
        Total came to 1,284.60 for 6 chairs at 214.10 each, does that include the 9% GST?
        Promo code comes in two bits: MEGA and 1111. Together MEGA1111, valid till midnight.
        Apple's support line 1-800-275-2273 is on their website if the repair status doesn't update.
        Receipt no. 0023-118-004571, counter 07, Giant Kelana Jaya: can I return it without the box?
        Warranty card says serial C02XK1JHJG5J, model year 2019 MacBook Pro, is that still covered?
        Ordering for the whole team: 8 lattes, 5 flat whites, 3 teh tarik, that's 16 drinks.
        Previous msg was wrong, the invoice is INV-2025-00913 not 00931; the amount RM 4,350.00 is right.
        Same again as last month please: 24 cans, 2 cartons, 1 tray of 30 eggs.
    """),
    ("en", "flights and hotel rooms over turns"): _lines("""
        Flight is SQ 318, no sorry, SQ 317, departs Changi T3 at 09:40.
        We're in rooms 1412 and 1414 at Marina Bay Sands, the connecting ones on the Tower 2 side.
        Gate changed from C19 to C21, boarding still 14:55.
        The Raffles Hotel is at 1 Beach Road, meet in the Long Bar at 7.
        MH 2614 to Kota Kinabalu, seats 23A and 23B, about 2h35m.
        Fare was 289 one way, plus 45 for 20 kg bags, so 334 per person, times 4 is 1,336.
        Train ETS 9421 from KL Sentral at 08:10, coach C, arriving Ipoh 10:35.
        The hotel's main line is +65 6688 8888 according to the Marina Bay Sands website.
        Check-in from 3 pm; late checkout until 2 pm costs half the nightly rate of 420.
        Terminal 2, row 7 counters for AirAsia; the queue number on the screen was 118.
        Conference block at the Hilton Kuala Lumpur on Jalan Stesen Sentral: rooms 1801 to 1830 are for speakers.
        Layover in Doha is 2h 10m; QR 845 lands 06:25 and the London leg boards at 08:05.
        Room 502 had no hot water so they moved us to 517, same floor, same rate.
    """),
    ("ms", "kedai dan harga"): _lines("""
        Harga sekilo ayam RM 9.40, saya nak 3 kilo, jadi RM 28.20 kan?
        Nombor pesanan bahagian pertama 2025-0614, bahagian kedua 7731.
        Betulkan sikit: kuantiti 15 kotak, bukan 51. Saya salah taip tadi.
        Kod baucar RAYA25 beri diskaun RM 25 untuk belanja minimum RM 80.
        TNB Careline 1-300-88-5454 tertera di bahagian bawah bil elektrik.
        Kedai Mydin di Jalan Tunku Abdul Rahman buka pukul 10 pagi hingga 10 malam.
        Nombor siri peti sejuk itu 4F21-0087-3390, model NR-BX421, waranti 10 tahun untuk kompresor.
        Jumlah bil RM 1,250.00 dibayar ansuran 12 bulan, lebih kurang RM 104.17 sebulan.
        Saya beli 2 tin susu pekat, 1 papan telur (30 biji) dan 5 kg beras, semuanya RM 41.60.
        Harga RON95 RM 2.05 seliter; isi penuh 40 liter jadi RM 82.00.
        Resit no. 00871245 dari 99 Speedmart cawangan Seksyen 7, boleh tukar barang dalam 7 hari?
        ISBN buku teks itu 978-983-46-2109-5, cetakan ketiga, terbitan Dewan Bahasa dan Pustaka.
        Pesanan nasi lemak untuk mesyuarat: 40 bungkus biasa, 12 bungkus ayam, 8 vegetarian.
    """),
    ("ms", "perjalanan dan hotel"): _lines("""
        Penerbangan AK 6112 ke Kuching, eh silap, AK 6114, berlepas 13:05 dari KLIA2.
        Bilik kami 707 dan 709 di Hotel Majestic Kuala Lumpur, tingkat 7.
        Tiket ETS KL Sentral ke Butterworth RM 79 seorang, 4 orang jadi RM 316.
        Pintu berlepas Q12, boarding 12:35, jangan lambat.
        Muzium Negara terletak di Jalan Damansara, Kuala Lumpur; tiket dewasa RM 5.
        Kerusi bas nombor 14 dan 15, bas jam 9 malam ke Kota Bharu.
        Caj bagasi 20 kg RM 65, 30 kg RM 98; kami ambil 30 kg untuk 2 beg.
        Talian kecemasan 999, atau 112 dari telefon bimbit.
        Homestay di Cameron Highlands RM 380 semalam, 3 malam RM 1,140 tolak deposit RM 200.
        Nombor tempahan Agoda 1398827461, bilik deluxe dua katil, sarapan termasuk.
        KLIA Ekspres setiap 15 minit, 28 minit ke KL Sentral, tiket RM 55.
    """),
    ("zh-Hans", "数学与代码对话"): _lines("""
        第一个数是 13800138000，第二个数是 2，请算一下乘积。
        上一条打错了，应该是 3.14159 乘以半径 12 的平方，答案约 452.39。
        用 Python 计算 2 的 64 次方：18446744073709551616。
        端口先写的 8080，后来改成 8443，配置文件里是 server.port=8443。
        版本号分两段发：3.11 和 .9，合起来就是 Python 3.11.9。
        斐波那契第 50 项是 12586269025，用循环比递归快得多。
        手机号正则 ^1[3-9]\\d{9}$ 只能匹配 11 位大陆号码的格式，不会校验号码是否真实存在。
        订单号 202512040000123456 是 18 位，和身份证一样长，但它是时间戳加自增序列。
        数组 [17, 29, 31, 43] 的和是 120，平均数 30。
        方程 3x + 7 = 1000 的解是 x = 331。
        身份证校验码算法：前 17 位分别乘以权重 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2，求和后模 11。
        把 IP 192.168.1.100 改成 10.0.0.15，子网掩码 255.255.255.0 不变。
        二进制 11111111 等于十进制 255，十六进制 FF。
    """),
    ("zh-Hant", "訂位與航班"): _lines("""
        航班是 CX 880，唔係，係 CX 872，下午 4 點 20 分喺赤鱲角起飛。
        我哋訂咗半島酒店 1208 號房同 1210 號房，兩間相連。
        登機閘口由 23 號改為 61 號，請預留 15 分鐘步行時間。
        台北 101 位於信義路五段 7 號，觀景台門票 600 元。
        高鐵 0633 車次 08:21 從台北出發，10 車 12A、12B 靠窗。
        三個大人兩個小童，套票每人 HK$1,280，小童半價，合共 HK$5,120。
        香港天文台打電話問天氣係 1878 200。
        訂單編號前半段 HK2025，後半段 120488，即 HK2025120488，係酒店套票。
        澳門威尼斯人位於路氹金光大道，會議廳 B 可容納 1,500 人。
        行李額度 23 公斤兩件，超重每公斤收 NT$300。
        更正：晚餐訂在 7 點半不是 7 點，六位，在誠品信義店附近。
        長榮 BR 225 轉機時間 1 小時 55 分，第二段飛倫敦。
    """),
    ("mixed", "tech support turns"): _lines("""
        Error code 0x80070005 again lah, Windows Update stuck at 47%.
        我的 router 型號是 TP-Link Archer AX55，firmware 1.1.3 Build 20230516。
        Version dulu 2.3.7, lepas update jadi 2.4.0, tapi app still crash.
        Port 443 kena block kat office firewall, try 8443 boleh tak?
        那個 tracking number 分兩段：JNT 6600 同 4821 9937，J&T 話聽日送到。
        Invoice total RM 3,499 for 7 licences, so about RM 499.86 each lah.
        IMEI contoh dalam Wikipedia ialah 35-209900-176148-1, bukan IMEI phone saya.
        SHA-256 dia start dengan 9f86d081, that's just the hash of the word 'test'.
        Ticket INC0048812 assigned to the L2 team, SLA 4 jam.
        把 docker image tag 從 1.24.3 改成 1.25.0-alpine，then rebuild.
        Unifi hotline 100 tu free call dari landline TM.
        密码在 Vault 里，username 是 service account svc-build，别贴在 chat。
    """),
    ("en", "maths and code over turns"): _lines("""
        First number: 4,294,967,295. Second number: 1. Their sum overflows a uint32 to 0.
        Wait, I meant 65535 not 65536, the max of an unsigned 16-bit int.
        The regex \\b[STFG]\\d{7}[A-Z]\\b matches the shape of an NRIC but says nothing about whether one is real.
        Room 204 in building 3 for the algorithms tutorial, problem set 7 due Friday.
        Compute 1234 5678 9012 3456 mod 97 please, the digits are just my keyboard row.
        Luhn check: 79927398713 is the textbook valid example.
        4242 4242 4242 4242 with any future expiry is the Stripe test Visa.
        git commit 3f9a2c1 broke the build; revert to a41b7e0.
        The phone parsing unit test uses +1 202-555-0143, the 555-01xx range is reserved for fiction.
        Sorry, earlier I typed 0.0825; the tax rate in the example is 0.0725, so 100 * 1.0725 = 107.25.
        Matrix is 3x4, then 4x2, so the product is 3x2 with 24 multiplications.
        user_id 1002 in the seed fixture is 'Alice Example', alice@example.com, fake data.
        982451653 is the 50-millionth prime, handy for hash table sizes.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ok my number is 9187 then 4402, so +65 9187 4402, whatsapp only pls
        name: Tan Wei Ling — NRIC in the next msg: S8829403H
        Correction, my NRIC is T0214456J not T0214465J, I swapped two digits; name's Priya d/o Ramasamy.
        Address line 1: Blk 522 Jurong West St 52, line 2: #11-406, Singapore 640522, that's my mum Lim Siew Hoon's place, deliver there
        his email is darren.ho then dot 88 at gmail dot com, Darren from my cell group
        Card full number 4539 1488 0343 6467 exp 09/27, under Kelvin Yap, charge the deposit there
        Passport A52819043, expiry 2029, holder Nur Hidayah Ismail, my wife, travelling with me.
        SJK 4412 M is my neighbour Mr Chua's car, he keeps blocking the driveway at 18 Jalan Kembangan
        first half of the number: +60 12-77, second half: 3 1904. it's Aunty Rosnah's, call her before 6
        Patient: Benjamin Seah, 47, DOB 03/11/1978, HbA1c 9.2, he's my dad, can you explain the lab report?
        insta is @jolene.kwek_ (with the underscore), she's the one from my office who posted my payslip
        Earlier I gave the wrong postcode, it's 560231 not 560321: Blk 231 Ang Mo Kio Ave 3 #05-1148, Raymond Goh.
    """),
    "zh-Hans": _lines("""
        手机号我分两次发：前面是 139 1827，后面是 4056，名字写王丽娟。
        刚才身份证号打错了，应该是 320106198807214528，不是尾号 4582 那个，姓名：周婷。
        收货地址：上海市浦东新区张杨路 1500 弄 12 号 603 室，收件人：李建国，电话 186 2130 7759。
        我叫刘洋，银行卡号是 6222 0212 0304 1187 562，工资卡，帮我看看是哪个行的。
        我妈妈赵秀英下周三在华西医院做乳腺手术，住院号 20251187，帮我写请假条。
        车牌 粤B·7K29Q 是我邻居陈先生的车，天天堵在小区门口。
        微信号 zhangmin_1992 加一下，是我表妹张敏，她在找实习。
        邮箱前半段 huangjie.sz，后半段 @163.com，黄杰，深圳那个客户。
        护照号 E83920571（更正：是 EA3920571），持照人孙浩，出生 1995 年 2 月 14 日。
        我老公何建华的医保卡丢了，身份证 44030419790315331X，在哪补办？
    """),
    "zh-Hant": _lines("""
        我身份證號碼係 K617284(3)，唔該幫我填表，名叫陳嘉欣。
        電話分開講：先係 6183，然後 2047，搵黃志強黃先生。
        更正：地址係九龍灣德福花園 P 座 18 樓 C 室，唔係 D 室，收件人李美玲。
        剛剛打錯了，身分證字號應該是 A224581937，姓名林怡君。
        台灣手機 0912-338-471，是我同事吳建宏的，他請我幫忙訂位。
        澳門身份證 7281930(4)，持證人梁寶珠，係我嫲嫲，幫佢約覆診。
        我阿爸鄭志偉上個禮拜喺瑪麗醫院確診咗第二型糖尿病，點同佢講好？
        轉帳去 HSBC 戶口 004-582-193047-838，戶名 MAK KA LOK，係我細佬嘅學費。
        車牌 VT 8821 嘅車主係我前度何志明，佢成日喺我屋企樓下等。
    """),
    "ms": _lines("""
        No IC saya 880412-14-5523, nama penuh Nurul Aina binti Hashim, tolong isi borang ni.
        No fon abang saya 013-4, lepas tu 82 9917, nama dia Hafiz, kerja shift malam.
        Maaf silap, IC mak saya 630927-08-6140 bukan 630927-08-6104, nama Salmah binti Ahmad.
        Alamat rumah: No. 27, Jalan Seri Putra 3/7, Bandar Seri Putra, 43000 Kajang, Selangor, untuk En. Zulkifli Osman.
        Akaun Maybank 1621 4408 7735 atas nama Siti Mariam binti Yusof, tuan rumah saya, tolong transfer sewa.
        Plat WXY 3318 tu kereta jiran saya Encik Rahim, dia parking depan pagar saya hari-hari.
        Anak saya Muhammad Aiman, 9 tahun, asma teruk; doktor di Klinik Kesihatan Bangi bagi inhaler baru.
        Emel cikgu tu: faridah.kamal (titik) 77 @ yahoo.com, Cikgu Faridah kelas 4 Bestari.
        Pasport saya A31907528, tamat tempoh 11/2027, nama Lim Kah Seng, nak renew.
        Nombor FIN dia G7712384N, pekerja kami Sari Wulandari, permit kerja habis bulan depan.
    """),
    "mixed": _lines("""
        My IC 950603-10-5871, nama Aqilah, pls check my PTPTN loan status lah.
        我的 number 是 +65 8273 6019，叫 Jason Lee 就可以，don't call after 10pm.
        Sorry tadi salah, phone dia 017-239 4480 bukan 017-293 4480, nama Kak Ain, tukang jahit kat Taman Melawati.
        地址 send you：No. 8, Lorong Bunga Raya 2, Taman Bukit Indah, 81200 Johor Bahru，收件人 Ng Mei Fong。
        Tolong report akaun @farhanazmi.jb, that guy Farhan Azmi yang tipu saya RM 800 di Carousell.
        Her NRIC is S9134027D, 她叫 Chloe Tan，昨天在 KK Hospital 生了宝宝。
        身份证号 first 6 digits 350203, then 19900818, last four 2147，这是我朋友林志伟的，帮我看看对不对。
        Bank card 6217 0018 3000 4521 983 (CCB)，户名 Wang Fang，please refund ke sini.
        Grab driver tu nama Kumar, plat VCC 8172, nombor dia 011-2398 4471, he left my bag dalam kereta.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can you save a contact for me"),
        ("assistant", "Sure, what's the name and number?"),
        ("user", "Melissa Ong"),
        ("user", "+65 9"),
        ("user", "642"),
        ("user", "0815"),
        ("assistant", "Saved Melissa Ong, +65 9642 0815."),
    ],
    [
        ("user", "帮我填一下报名表"),
        ("assistant", "好的，请提供姓名和身份证号。"),
        ("user", "徐晓燕"),
        ("user", "身份证 510104"),
        ("user", "19920630"),
        ("user", "2846"),
        ("assistant", "已记录：徐晓燕，510104199206302846。"),
        ("user", "不对，最后四位是 2864，我看错了"),
        ("assistant", "已更正为 510104199206302864。"),
    ],
    [
        ("user", "Tolong tulis alamat penghantaran"),
        ("user", "Nama: Rosli bin Abdullah"),
        ("user", "No 14, Jalan Anggerik 5"),
        ("user", "Taman Sri Muda, Seksyen 25"),
        ("user", "40400 Shah Alam"),
        ("assistant", "Baik, alamat sudah dicatat. Nombor telefon?"),
        ("user", "019-33"),
        ("user", "8 2706"),
        ("assistant", "Dicatat: 019-338 2706."),
    ],
    [
        ("user", "幫我寫封信俾保險公司"),
        ("assistant", "好，受保人資料係？"),
        ("user", "受保人 區家豪"),
        ("user", "身份證 Y"),
        ("user", "558203(7)"),
        ("assistant", "明白，Y558203(7)。索償原因係？"),
        ("user", "上個月喺養和醫院做咗膽囊切除手術，住咗四日"),
    ],
    [
        ("user", "I need to dispute a charge"),
        ("assistant", "Which card is it on?"),
        ("user", "the visa, 4916 3382"),
        ("user", "then 7704 1259"),
        ("assistant", "And the cardholder name?"),
        ("user", "Aaron Lim Jun Hao. oh wait, the last group is 1295 not 1259"),
        ("assistant", "Noted: 4916 3382 7704 1295, Aaron Lim Jun Hao."),
    ],
    [
        ("user", "nak daftar anak masuk tadika"),
        ("assistant", "Boleh. Nama penuh anak dan nombor MyKid?"),
        ("user", "Aisyah Sofea binti Kamarul"),
        ("user", "190224"),
        ("user", "-10-"),
        ("user", "0382"),
        ("assistant", "Jadi 190224-10-0382. Nombor telefon ibu bapa?"),
        ("user", "my hp 016-"),
        ("user", "552 1093, Kamarul"),
    ],
    [
        ("user", "帮我给客户发个邮件"),
        ("assistant", "收件人邮箱是？"),
        ("user", "gaoyuqing"),
        ("user", "@qq.com 前面还有 1988，就是 gaoyuqing1988@qq.com"),
        ("assistant", "好的。称呼怎么写？"),
        ("user", "高雨晴女士，她欠我们 3 万货款没还，语气可以硬一点"),
    ],
    [
        ("user", "fill the tenancy form pls"),
        ("assistant", "Tenant's full name and NRIC?"),
        ("user", "Muhammad Irfan bin Rashid"),
        ("user", "S8"),
        ("user", "71"),
        ("user", "5530Z"),
        ("assistant", "S8715530Z, is that right?"),
        ("user", "no sorry, S8715503Z"),
        ("user", "unit is Blk 108 Tampines St 11 #04-221"),
    ],
    [
        ("user", "幫我訂診所的號"),
        ("assistant", "請問看診者姓名？"),
        ("user", "蔡佩珊"),
        ("assistant", "身分證字號？"),
        ("user", "F22"),
        ("user", "8419306"),
        ("assistant", "F228419306，聯絡電話？"),
        ("user", "0935 之後是 271 608"),
        ("user", "她是要看精神科，焦慮症回診"),
    ],
    [
        ("user", "帮我 check in 明天的 MH 788"),
        ("assistant", "好的，乘客姓名和护照号？"),
        ("user", "Goh Siew Ping"),
        ("user", "passport A4"),
        ("user", "8817"),
        ("user", "260"),
        ("assistant", "A48817260，座位要靠窗吗？"),
        ("user", "ya window, dia takut aisle, ok thanks"),
    ],
]
