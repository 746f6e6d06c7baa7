# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade14: evasion in chat and instruction-tuning data (code blocks, markdown tables, URLs and query strings, split JSON fields, spelled-out, keycap, reversed and arithmetic digits, toneless pinyin and initials) in English, 中文 and Malay. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade14
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "code blocks and tables"): _lines("""
        ```python ORDER_ID = "SG-2026-4471902"  # replace with an order id from your own sandbox dashboard ```
        | SKU | Price | Stock | |---|---|---| | HX-7702-B | S$129.90 | 84 | | HX-7702-C | S$139.90 | 12 |
        The fine-tuning recipe pins `requests==2.31.0`; bump it to 2.32.3 after the advisory and re-run the lockfile.
        ```bash curl -H "X-Api-Key: demo-key-0000" https://api.example.com/v1/orders/88213457 ``` uses the documented sandbox key.
        | Service | Number | |---|---| | Police (SG) | 999 | | SCDF ambulance | 995 | | Samaritans of Singapore | 1767 |
        `assert luhn_valid("4111 1111 1111 1111")` — the published Visa test card that every payment SDK demo uses.
        | Character | Address | |---|---| | Sherlock Holmes | 221B Baker Street, London | | Paddington Bear | 32 Windsor Gardens |
        The sample validator uses `^[STFGM][0-9]{7}[A-Z]$` and the unit test feeds it the placeholder S0000001A.
        ```sql SELECT order_no, total FROM orders WHERE order_no = 'ORD-20261204-000317'; ``` is from the tutorial dataset.
        `const SUPPORT_PHONE = "+1-202-555-0100"; // 555-01xx is reserved for fiction, never dialled`
        | Python | Released | |---|---| | 3.12.1 | 2023-12-08 | | 3.11.7 | 2023-12-04 |
        Image tag `ghcr.io/acme/tokenizer:20261204-1831` is a build timestamp, not anybody's date of birth.
        ```yaml POSTGRES_USER: postgres  POSTGRES_PASSWORD: example ``` is copied from the official image README.
        | Author | Book | ISBN | |---|---|---| | Lu Xun | Call to Arms (呐喊) | 9787020002274 |
    """),
    ("en", "urls and query strings"): _lines("""
        https://shop.example.com/track?order=SG2611830457&carrier=ninjavan is the link in the shipping-confirmation template.
        https://www.google.com/maps/search/?api=1&query=Raffles+Hotel+1+Beach+Road+Singapore for the concierge bot's directions answer.
        Cite https://en.wikipedia.org/wiki/Lee_Kuan_Yew?oldid=1183726451 rather than the live page so the revision is fixed.
        GET /api/v2/users?id=12345&name=Jane+Doe&phone=555-0142 is the example request in the OpenAPI spec; every value is a placeholder.
        The safety page links <a href="tel:995">995</a> so a phone can dial the SCDF emergency line directly.
        https://github.com/pallets/flask/issues/5312?utm_source=newsletter&ref=4471 — issue number and referral code only.
        mailto:support@example.com?subject=Order%20SG-2026-118734&body=Hi%20team is the support template's mail link.
        https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=43s — Rick Astley, Never Gonna Give You Up, for the rickroll question.
        https://api.exchangerate.host/convert?from=SGD&to=MYR&amount=9123 converts a sample amount for the currency lesson.
        https://maps.example.com/?q=Petronas+Twin+Towers,+Kuala+Lumpur+City+Centre,+50088+Kuala+Lumpur
        https://example.org/reset?token=3f9a1c77e0b2&uid=0 — the docs' reset link, where uid 0 is the root account.
        https://www.hongkongpost.hk/en/mail_tracking/index.html?tracking=RR123456785HK uses the UPU sample item number.
        https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz?integrity=sha512 points at a package tarball.
    """),
    ("en", "split json fields"): _lines("""
        {"first": "Sherlock", "last": "Holmes", "street": "221B Baker Street", "city": "London"} is the few-shot example's fictional detective.
        {"order_prefix": "9123", "order_suffix": "4471", "join": "-"} — the legacy export splits order numbers across two fields.
        {"model": "tiny-chat-7b", "version": "1.3.0", "seed": 880514, "lr": 0.0003} is the training config; the seed is arbitrary.
        {"org": "Talian Kasih", "hotline": {"cc": "+60", "local": "15999"}} for the welfare-hotline answer in Malay.
        {"isbn_a": "0", "isbn_b": "7475", "isbn_c": "3269", "isbn_d": "9"} is the first Harry Potter hardback from Bloomsbury.
        {"role": "assistant", "content": "In Hong Kong call 999 for emergencies or the 1823 government hotline for enquiries."}
        {"name": "Tan Tock Seng Hospital", "street": "11 Jalan Tan Tock Seng", "postal": "308433"} — a public hospital named after a 19th-century merchant.
        {"user": "alice", "email": "alice@example.com", "phone": "+1-202-555-0173"} is the fixture from the SDK quick-start.
        {"digits": [4, 1, 1, 1], "op": "sum", "answer": 7} — a maths instruction sample for the small model.
        {"ic_label": "No. Kad Pengenalan", "ic_value": "XXXXXX-XX-XXXX", "hint": "12 digits"} is the masked form template.
        {"ticket": "INC0012873", "group": "Service Desk L2", "priority": "P3", "sla_hours": 72}
        {"speaker": "Tunku Abdul Rahman", "date": "1957-08-31", "quote": "Merdeka!"} for the history quiz.
    """),
    ("zh-Hans", "指令微调数据"): _lines("""
        指令：把订单号 2026 1204 3317 8890 按四位一组读出来。输出：二零二六、一二零四、三三一七、八八九零。
        示例输出：鲁迅原名周树人，1881 年生于浙江绍兴，代表作有《狂人日记》《阿Q正传》。
        「题目」小明的号码牌是 9123，再加 1111 是多少？「答案」10234。
        数据集样本 `{"city": "杭州", "poi": "西湖", "tel": "12345"}` 里的 12345 是政务服务便民热线。
        | 热线 | 号码 | |---|---| | 消费者投诉 | 12315 | | 政务服务 | 12345 | | 急救 | 120 |
        测试用例：把版本号 v2.13.0 倒过来写成 0.31.2v，检查模型会不会擅自“纠正”。
        角色扮演样本：孙悟空住在花果山水帘洞，师父是唐僧，出自《西游记》第一回。
        https://item.jd.com/100012043978.html?sku=100012043978&from=search 是商品页链接，数字是 SKU。
        用不带声调的拼音写出名人：Mao Zedong、Deng Xiaoping、Zhou Enlai、Lu Xun。
        格式练习：快递单号 SF1402 8836 7791 倒序写成 1977 6388 2041FS，再让模型还原。
        ```python print("工商银行客服热线：95588") ``` 是教程里的示例代码。
        张三、李四、王五是教材里的占位名字，表格写“张三 | 138xxxxxxxx”只是示意，没有真实号码。
        数学题：13800138000 除以 1000 等于多少？答：13800138。
        把“一九四九年十月一日”写成 1949-10-01，这是中华人民共和国成立的日期。
    """),
    ("zh-Hant", "客服對話範本"): _lines("""
        您好，查詢訂單請輸入單號 HK-2026-0048172，系統會以短訊通知配送進度。
        政府熱線 1823 全年無休；如遇緊急情況請即致電 999。
        台北市民當家熱線 1999，外縣市請撥 02-2720-8889。
        孫中山先生 1866 年 11 月 12 日生於廣東香山，國父紀念館位於台北市仁愛路四段 505 號。
        範本：「您的取件碼是 ４８２１（全形數字），請於三日內到 7-ELEVEN 門市領取。」
        | 門市 | 地址 | |---|---| | 誠品信義店 | 台北市信義區松高路 11 號 | | 台北 101 | 信義路五段 7 號 |
        模型測試：把「八五二 二八六零 零零零零」轉成數字 852 2860 0000，這是文件裡的示範格式。
        新版 App 7\ufe0f\u20e3.0\ufe0f\u20e3.1\ufe0f\u20e3 已上架，就是 7.0.1 版，請更新。
        金庸小說裡郭靖、黃蓉住在桃花島，這是角色設定題。
        範本：「金卡會員積分 12,880 點可兌換禮品」——範本中的數字皆為示範值。
        澳門旅遊局旅遊熱線 (853) 2833 3000，二十四小時提供查詢。
        字串反轉練習：發票號碼 AB-12345678 倒過來是 87654321-BA。
    """),
    ("ms", "data latihan chatbot"): _lines("""
        Arahan: tulis nombor pesanan MY-2026-7781 dalam perkataan. Jawapan: M-Y, dua kosong dua enam, tujuh tujuh lapan satu.
        Talian Kasih 15999 dan talian kecemasan 999 ialah nombor awam di Malaysia.
        Tunku Abdul Rahman melaungkan "Merdeka" di Stadium Merdeka pada 31 Ogos 1957.
        Soalan matematik: nombor baju Ali ialah 9123, tambah 1111, berapakah jumlahnya? Jawapan: 10234.
        | Produk | Harga | Kod bar | |---|---|---| | Milo 1kg | RM 27.90 | 9556001 |
        Contoh URL dalam dokumen: https://semakan.example.my/plat?no_plat=ABC1234&jenis=contoh — ABC1234 ialah nilai contoh.
        Kod Python `versi = "3.12.4"[::-1]` menghasilkan "4.21.3" — latihan membalikkan rentetan.
        Menara Berkembar Petronas terletak di Kuala Lumpur City Centre, 50088 Kuala Lumpur.
        Templat tempahan: bilik satu-kosong-dua-empat (1024), tingkat sepuluh, sarapan untuk dua.
        Lagu "Negaraku" diambil daripada melodi "Terang Bulan" dan diisytiharkan pada tahun 1957.
        Upin dan Ipin tinggal di Kampung Durian Runtuh bersama Kak Ros dan Opah.
        Format MyKad ialah YYMMDD-PB-###G; templat borang menggunakan 000000-00-0000 sebagai contoh.
        BNMTELELINK Bank Negara Malaysia boleh dihubungi di 1-300-88-5465.
        Dalam set arahan, "Siti" dan "Ahmad" ialah nama rekaan: "Siti membeli dua buah buku untuk Ahmad."
    """),
    ("mixed", "spelled and arithmetic numbers"): _lines("""
        订单 nine-one-two-three dash 四四七一 is the test order in the sandbox store.
        Versi apps ialah dua titik tiga titik satu (2.3.1)，和 iOS 版本同步。
        Answer key: 7 × 1111 = 7777, and 九千一百二十三 plus 一千一百一十一 = 10234.
        SOS used to publish 1800-221-4444 before moving to 1767; the old poster spells it 一八零零 二二一 四四四四.
        Spelling drill: S-I-N-G-A-P-O-R-E, then M-A-L-A-Y-S-I-A, 然后 T-A-I-W-A-N.
        Pi to ten places is 3.1415926535 — 三点一四一五九二六五三五 — a memorisation exercise.
        9962357470 reversed is 0747532699, the ISBN-10 of the first Harry Potter hardback; we reverse it to test the model.
        Expand the initials: LKY is Lee Kuan Yew, 孙中山 is Sun Yat-sen, JFK is John F. Kennedy.
        Toneless pinyin quiz: Yao Ming, Li Na and Lin Dan — which of them won Olympic gold?
        Flight SQ 三二一 departs at twenty-three fifty from gate B 四, per the public timetable.
        AMK Hub is at 五十三 Ang Mo Kio Avenue 3, the mall in the directions example.
        一千零一夜 is the Chinese title of One Thousand and One Nights, not a count.
        Task: decide whether 91234567 is prime and show the work; the number is arbitrary.
        Router UI string "固件 v十二.三" is just firmware v12.3.
    """),
    ("mixed", "keycaps and reversed values"): _lines("""
        Promo code 5\ufe0f\u20e30\ufe0f\u20e3OFF on the Lazada banner means 50OFF, valid until 12.12.
        春节倒计时 1\ufe0f\u20e30\ufe0f\u20e3 天，商场海报上的数字。
        Nota: nombor pesanan ditulis terbalik, 7132-6202-YM bermaksud MY-2026-2317.
        Palindrome task: "racecar" and 12321 read the same reversed, 回文数也一样。
        The lift sticker says 9\ufe0f\u20e39\ufe0f\u20e39\ufe0f\u20e3 — the police emergency number.
        章节 3\ufe0f\u20e3.2\ufe0f\u20e3 即第三章第二节，课本目录。
        Leaderboard: 🥇 Team Kancil 8\ufe0f\u20e37\ufe0f\u20e3 points, 🥈 Team Harimau 8\ufe0f\u20e31\ufe0f\u20e3 points.
        The warehouse log stores pallet ids reversed: 58763451SN stands for NS15436785.
        Room 4\ufe0f\u20e30\ufe0f\u20e34\ufe0f\u20e3 on level 4 is the meeting room nicknamed "Not Found".
        Reverse 3291 to get 1923, the year Lee Kuan Yew was born.
        Keycap quiz: 2\ufe0f\u20e3 + 2\ufe0f\u20e3 = 4\ufe0f\u20e3, 三加三等于六, tiga tambah tiga sama dengan enam.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ```json {"name": "Priya Raman", "nric": "S8734561D", "mobile": "+65 9187 3320"} ``` pasted from the clinic intake export, pls fix the json
        | Tenant | Unit | Phone | |---|---|---| | Marcus Lim Jun Hao | Blk 412 Bedok North Ave 2 #07-219 | 8264 1907 |
        why does this fail? https://forms.example-clinic.sg/book?name=Grace+Teo&phone=%2B6591246083&nric=T0218734J&dob=2002-03-14
        my FIN is G-5-2-1-8-7-3-4-N (letter by letter so the bot doesnt eat it), name on the pass Nguyen Thi Lan
        Derek Seah's mobile = 8123 4400 + 1111 1111, SG number, text him dont call
        card written backwards for safety: 9013 4521 8876 2124, reverse before you charge it. cardholder Melissa Fong
        Jolene Tay's number 9\ufe0f\u20e38\ufe0f\u20e31\ufe0f\u20e34\ufe0f\u20e3 2\ufe0f\u20e30\ufe0f\u20e37\ufe0f\u20e36\ufe0f\u20e3 pls add her to the netball group
        {"instruction": "Draft a reminder SMS", "input": "Patient Harold Pereira, 67, dialysis Tue/Thu, son's number +65 8345 2291", "output": ""}
        `# TODO remove before push: passport K4719832M for Aaron Goh, expires 2029-06-30`
        | Resident | Car plate | Lot | |---|---|---| | Mdm Wong Siew Lan | SKF 4821 H | B2-117 |
        T.W.L. (Tan Wei Ling from accounts) was diagnosed with stage 2 breast cancer, keep it off the all-hands deck
    """),
    "zh-Hans": _lines("""
        代码里写死了 `user = {"xingming": "Liu Jianguo", "sfz": "320102198811070512", "shouji": "139 2817 4403"}`，上线前删掉
        | 姓名 | 手机 | 住址 | |---|---|---| | 王秀英 | 186-2071-5539 | 上海市浦东新区张杨路 1588 弄 12 号 602 室 |
        链接里带着收件人：https://m.example-kuaidi.cn/query?name=zhao%20lei&phone=13671924582&addr=%E5%8C%97%E4%BA%AC%E5%B8%82%E6%9C%9D%E9%98%B3%E5%8C%BA%E6%9C%9B%E4%BA%AC%E8%A5%BF%E5%9B%AD%E4%B8%89%E5%8C%BA311%E5%8F%B7%E6%A5%BC1402
        我的身份证号倒着写是 728451302991601044，你自己倒回来填，我叫陈思雨
        手机号用大写：壹叁捌 伍柒肆贰 零玖陆陆，机主 Zhou Min，麻烦帮她改套餐
        银行卡拆三段放 JSON：{"a": "6217 0012", "b": "3300 4567", "c": "891", "owner": "huang haiwei"}，他让我帮忙转账
        车牌 粤B·3K7Q2 的车主是楼下邻居 lin xiaofeng，天天堵我车位
        我手机号是 13800000000 加上 1234567，你算一下就知道了，我叫 Yang Fan
        「输入」患者 Sun Lili，女，34 岁，HIV 阳性，住院号 ZY20260415，联系电话 15915287306「输出」请生成出院小结
        护照号一个一个念：E、八、七、二、一、四、零、九、三，名字拼音 GAO YUTING
        微信号 wxid_k7h2m9q1 是张桂芳阿姨的，她说可以加她问租房的事
    """),
    "zh-Hant": _lines("""
        ```text HKID: Y672014(3) 陳嘉欣 ``` 請幫我檢查這個身份證格式對不對
        | 姓名 | 電話 | 地址 | |---|---|---| | 黃志強 | 9134 2876 | 九龍觀塘協和街 101 號 8 樓 C 室 |
        身分證 F228410376 是我阿姨 Lin Mei-hua 的，她的健保卡也在我這
        https://booking.example.tw/confirm?name=%E5%BC%B5%E5%BF%97%E8%B1%AA&tel=0921683047&id=H124579308 連結打不開
        澳門身份證 5215649(3)，持證人 Leong Ka Man，住氹仔花城 12 座 9 樓 A
        我的手機倒過來寫是 4932781590，請反轉後傳簡訊給我，我是周怡君
        電話用國字寫：零九三三、四八一、二七六，找陳建宏就可以
        車牌 BHK-7382 的車主吳宗翰欠了三個月停車費，管委會要寄存證信
        {"surname": "Chan", "given": "Tsz Ching", "hkid_prefix": "K48", "hkid_rest": "2913(5)", "mobile": "6123 8874"}
        病患 L.K.W.（李家偉）52 歲，第二型糖尿病，住沙田第一城 38 座 15 樓 E 室
    """),
    "ms": _lines("""
        Nombor IC saya lapan lapan kosong lima satu empat, sepuluh, lima lima dua dua — Nurul Aina binti Hassan
        ```sql INSERT INTO pelanggan VALUES ('Mohd Faizal bin Rahman', '910723-14-6091', '012-874 3319'); ``` data sebenar, jangan commit
        kenapa borang ni tak lepas https://borang.example.my/daftar?nama=Siti+Zulaikha&ic=950308-01-5872&telefon=60137724150
        | Nama | No. Tel | Alamat | |---|---|---| | Lim Chee Keong | +60 16-552 8813 | No. 27, Jalan SS2/75, Petaling Jaya |
        nombor Kak Maznah jiran sebelah = 011-2000 0000 tambah 583 4126, call dia petang
        Terbalikkan nombor ni ya: 3471-80-216070 — itu IC anak saudara saya, Amirul Hakim
        No akaun Maybank 1640 2277 8135 atas nama Tan Siew Mei, tolong bank-in duit sewa bulan ni
        Pesakit Encik Rajesh a/l Muniandy, IC 780902-07-5331, disahkan kencing manis dan darah tinggi
        Plat WXY 8213 tu kereta bekas suami saya Azman Yusof, dia duduk Taman Melawati sekarang
        IG dia @farah.dlyna_ — Farah Adlina, budak kelas 5 Bestari, tolong jangan share
        WhatsApp Hafiz 0\ufe0f\u20e31\ufe0f\u20e37\ufe0f\u20e3-2\ufe0f\u20e36\ufe0f\u20e38\ufe0f\u20e3 9\ufe0f\u20e30\ufe0f\u20e34\ufe0f\u20e31\ufe0f\u20e3 kalau nak beli motor dia
    """),
    "mixed": _lines("""
        我的身份证 is 一一零一零五 一九九零零三二八 四七一X, name Wang Xiaomei, 帮我填表
        NRIC S-seven-eight-one-two-zero-four-five-B，是我老板 Ng Boon Kiat 的，帮他 renew
        Nombor dia 9\ufe0f\u20e31\ufe0f\u20e34\ufe0f\u20e36\ufe0f\u20e3 7\ufe0f\u20e32\ufe0f\u20e30\ufe0f\u20e38\ufe0f\u20e3, nama Shirley Koh, 她是我同事的老婆
        e-mail 是 c h e n . y i x u a n 九五 at gmail dot com，陈一萱本人同意了
        https://pay.example.com/checkout?card=4539%201488%200343%206467&name=KWOK%20WING%20HEI&exp=08%2F28 付款失败點算
        HKID 係 Z 陸捌叁 零貳玖 括號 4，Chan Ho Yin 嘅，幫手填表
        Lim Kok Weng 的电话 reversed 是 69172538, flip it back before you WhatsApp him
        | Nama | IC | 电话 | |---|---|---| | Lee Mei Ling | 030417-10-0824 | +60 12-907 3316 |
        ZXY 的 HIV test result positive, her number 158 1722 0934, don't tell HR
        身分證 N 一 two 五 八 seven 〇 三 four 六，那是 Hsu Chih-wei 的，幫我查他的退稅
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you fix this?\n```python\ncustomer = {\n    'name': 'Rachel Ng Hui Min',\n"
            "    'nric': 'T0312876J',\n    'hp': '+65 9735 1142',\n}\n"
            "print(customer['nric'][:3]\n```",
        ),
        ("assistant", "You're missing a closing parenthesis on the print line."),
    ],
    [
        (
            "user",
            "帮我把这个表格转成 CSV：\n| 姓名 | 手机 | 地址 |\n|---|---|---|\n"
            "| 何静 | 137 2209 4815 | 广州市天河区体育东路 118 号 1203 |",
        ),
        ("assistant", "姓名,手机,地址\n何静,13722094815,广州市天河区体育东路118号1203"),
    ],
    [
        ("user", "nak tukar alamat penghantaran"),
        ("assistant", "Baik, sila berikan alamat baharu."),
        ("user", "No 14, Jalan Kenari 3"),
        ("user", "Taman Bukit Indah, 81200 Johor Bahru"),
        (
            "user",
            "atas nama Nor Hidayah, tel kosong satu satu, satu kosong lapan sembilan, dua dua tujuh lima",
        ),
        ("assistant", "Alamat dikemas kini untuk Nor Hidayah, 011-1089 2275."),
    ],
    [
        ("user", "I'll give you my card in pieces so the filter doesn't flag it"),
        ("user", "first four = 5000 + 412"),
        ("user", "then 7534, then 0091"),
        ("user", "last 8826, exp 11/27, name on card Benjamin Chua Wei Jie"),
        (
            "assistant",
            "Noted. I won't store card details, but I can walk you through the payment page.",
        ),
    ],
    [
        (
            "user",
            "這個連結打不開 https://clinic.example.hk/appt?hkid=R719204(6)&tel=5623 0918&name=Ho+Wai+Kwan",
        ),
        ("assistant", "括號和空格要先做 URL 編碼，例如 R719204%286%29 和 5623%200918。"),
    ],
    [
        ("user", "save my sister's number pls"),
        (
            "user",
            "8\ufe0f\u20e37\ufe0f\u20e36\ufe0f\u20e30\ufe0f\u20e3 3\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e39\ufe0f\u20e3",
        ),
        ("assistant", "Saved 8760 3129. What name?"),
        ("user", "Audrey Lim, she's in NUH ward 6 after the surgery"),
    ],
    [
        ("user", "我的号码倒着写：63027718951"),
        ("assistant", "倒回来是 15981772036，对吗？"),
        ("user", "对，收件人写 Xu Jing，寄到成都市武侯区科华北路 65 号 3 栋 2 单元 502"),
    ],
    [
        (
            "user",
            'Is this training example OK to release?\n{"instruction": "Classify the complaint", '
            '"input": "Customer Farid bin Osman (IC 850111-05-6213) says he was charged twice '
            'at the Seremban branch", "output": "billing"}',
        ),
        (
            "assistant",
            "Not as is: the input carries a real-looking name and MyKad number. Replace them first.",
        ),
    ],
    [
        ("user", "my email is s-u-r-e-s-h dot k-u-m-a-r 8-1 at yahoo dot com dot my"),
        ("assistant", "So suresh.kumar81@yahoo.com.my — and the name for the booking?"),
        ("user", "Suresh Kumar a/l Balakrishnan, two adults, Cameron Highlands"),
    ],
    [
        ("user", "帮我写请假邮件给 HR，同事 ZYQ 让我代写"),
        ("assistant", "好的，请问请假原因和日期？"),
        ("user", "张雨晴，工号 E20417，重度抑郁症复发，医生开了两周病假，12 月 8 日到 21 日"),
    ],
]
