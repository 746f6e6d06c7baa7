"""Clean records: text without personal information that a gate must let through.

Two kinds: ordinary clean text (literature written for this corpus, history questions
about public figures, technical documentation, code, organisations) and *hard negatives*
with values that look like identifiers but are not (order numbers, timestamps, hashes,
ISBNs, versions, prices, arithmetic, tracking numbers, ids with a wrong check digit).

Templates use the same ``(genre, body)`` shape and dev/holdout split by position as
:mod:`residency.corpus.templates`.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import string
from collections.abc import Callable

from residency.corpus.identifiers import LOOKALIKES
from residency.corpus.templates import Template

# -- values that look like identifiers ---------------------------------------------------


def order_number(rng: random.Random) -> str:
    day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
    return rng.choice(
        [f"ORD-{day:%Y%m%d}-{rng.randint(1000, 99999)}", f"{day:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}",
         f"#{rng.randint(100000, 9999999)}", f"SO{rng.randint(10**9, 10**10 - 1)}",
         f"TB{day:%y%m%d}{rng.randint(10**5, 10**6 - 1)}"]
    )  # fmt: skip


def timestamp(rng: random.Random) -> str:
    moment = datetime.datetime(2022, 1, 1) + datetime.timedelta(seconds=rng.randint(0, 90_000_000))
    return rng.choice(
        [str(int(moment.replace(tzinfo=datetime.UTC).timestamp())), moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
         moment.strftime("%Y%m%d%H%M%S"), str(int(moment.replace(tzinfo=datetime.UTC).timestamp()) * 1000),
         moment.strftime("%Y-%m-%d %H:%M:%S")]
    )  # fmt: skip


def hex_hash(rng: random.Random) -> str:
    digest = hashlib.sha256(str(rng.random()).encode()).hexdigest()
    return rng.choice([digest, digest[:40], digest[:7], digest[:12], f"sha256:{digest}"])


def isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(["7", "0", "1", "981", "983", "957"])
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    return rng.choice([full, f"{full[:3]}-{full[3]}-{full[4:9]}-{full[9:12]}-{full[12]}"])


def version(rng: random.Random) -> str:
    major, minor, patch = rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 30)
    return rng.choice([f"v{major}.{minor}.{patch}", f"{major}.{minor}.{patch}",
                       f"{major}.{minor}.{patch}-rc{rng.randint(1, 5)}", f"{major}.{minor}",
                       f"{2019 + rng.randint(0, 6)}.{rng.randint(1, 12):02d}.{rng.randint(1, 9)}"])  # fmt: skip


def price(rng: random.Random) -> str:
    amount = rng.choice(
        [rng.randint(1, 99) + 0.9, rng.randint(100, 9999), rng.randint(10, 500) + 0.5]
    )
    return rng.choice([f"¥{amount:,.2f}", f"RM {amount:.2f}", f"S${amount:.2f}", f"HK${amount:,.0f}",
                       f"NT${amount:,.0f}", f"{amount:.2f}元", f"USD {amount:,.2f}"])  # fmt: skip


def math_expr(rng: random.Random) -> str:
    a, b = rng.randint(10**5, 10**7), rng.randint(12, 9999)
    return rng.choice([f"{a} × {b}", f"{a} + {b * 1000}", f"{a}÷{b}", f"{a}^2 - {b}",
                       f"{rng.randint(1000, 9999)} * {rng.randint(1000, 9999)} * {rng.randint(100, 999)}"])  # fmt: skip


def tracking(rng: random.Random) -> str:
    digits = "".join(rng.choice(string.digits) for _ in range(12))
    return rng.choice([f"SF{digits}", f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
                       f"E{rng.choice('ABCEL')}{digits[:9]}CN", f"YT{digits}{rng.randint(0, 9)}",
                       f"JNE{digits[:10]}", f"SPXMY0{digits[:11]}"])  # fmt: skip


def hotline(rng: random.Random) -> str:
    return rng.choice(["95588", "95533", "95555", "10086", "12345", "400-820-8820", "400-610-0000",
                       "1800 222 2222", "1-300-88-6688", "1800-88-9999", "2331 8888"])  # fmt: skip


def build_number(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 30)}.{rng.randint(0, 9)}.{rng.randint(1000, 99999)}.{rng.randint(1, 999)}"
    )


def coords(rng: random.Random) -> str:
    return f"{rng.uniform(-60, 60):.4f}, {rng.uniform(-170, 170):.4f}"


HARD_VALUES: dict[str, Callable[[random.Random], str]] = {
    "ORDER": order_number,
    "TIMESTAMP": timestamp,
    "HASH": hex_hash,
    "ISBN": isbn,
    "VERSION": version,
    "PRICE": price,
    "MATH": math_expr,
    "TRACKING": tracking,
    "HOTLINE": hotline,
    "BUILD": build_number,
    **LOOKALIKES,
}

# -- clean templates ---------------------------------------------------------------------

ZH_HANS: list[Template] = [
    (
        "literature",
        "秋雨下了一夜，巷口的梧桐落了满地。老屋的门半掩着，灶上的水壶还在轻轻作响，仿佛主人只是出门买了一把青菜。",
    ),
    (
        "literature",
        "《西游记》里，孙悟空三打白骨精，唐僧却误会了他，把他赶回了花果山。这一段写出了师徒之间的信任危机。",
    ),
    (
        "literature",
        "《红楼梦》中林黛玉葬花一节，借落花写身世，是全书最动人的片段之一。请分析其中的象征手法。",
    ),
    (
        "literature",
        "山那边的村子只有二十几户人家，孩子们每天走两个钟头的山路去上学，路上唱着自己编的歌。",
    ),
    ("history", "秦始皇统一六国后，推行了哪些统一度量衡和文字的措施？请简要说明。"),
    ("history", "诸葛亮在《出师表》中表达了怎样的思想感情？"),
    ("history", "孙中山提出的三民主义包括哪三个方面？"),
    ("history", "李白和杜甫分别被称为什么？他们的诗歌风格有何不同？"),
    (
        "docs",
        "安装步骤：1. 下载安装包；2. 运行 pip install -r requirements.txt；3. 执行 python manage.py migrate 初始化数据库。当前版本 {VERSION}。",
    ),
    ("docs", "接口返回的 request_id 形如 {HASH}，用于排查问题，请在工单中附上。"),
    ("docs", "身份证校验示例：{BAD_CN_ID} 的校验位不正确，校验函数应返回 False。"),
    ("docs", "银联卡号需通过 Luhn 校验，测试用例 {BAD_CARD} 应被拒绝。"),
    ("org", "阿里巴巴、腾讯和华为是中国最具代表性的科技企业，分别以电商、社交和通信设备起家。"),
    ("org", "招商银行信用卡中心的客服热线是{HOTLINE}，工作时间为每天8点到22点。"),
    ("hard", "订单{ORDER}已于{TIMESTAMP}出库，运单号{TRACKING}，实付{PRICE}。"),
    ("hard", "这本书的ISBN是{ISBN}，定价{PRICE}，二〇二三年第三次印刷。"),
    ("hard", "请计算：{MATH} 等于多少？写出竖式过程。"),
    ("hard", "构建号{BUILD}在{TIMESTAMP}编译失败，提交哈希{HASH}。"),
    ("qa", "糖尿病患者日常饮食应该注意什么？哪些水果适合少量食用？"),
    ("qa", "如何用Excel的VLOOKUP函数在两张表之间匹配数据？"),
    (
        "chat",
        [
            ("user", "帮我写一首关于春天的七言绝句。"),
            ("assistant", "春风拂柳绿丝长，燕子归来绕画梁。陌上花开人未至，一溪流水送斜阳。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "订单号{ORDER}的物流怎么一直不更新？"),
            ("assistant", "该订单已从仓库发出，运单{TRACKING}预计两天内送达。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "Python里怎么把列表去重并保持顺序？"),
            ("assistant", "可以用 list(dict.fromkeys(items))，它保留第一次出现的顺序。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "华为和小米的手机哪个拍照更好？"),
            ("assistant", "两家旗舰机型各有特点，建议根据具体型号的评测对比。"),
        ],
    ),
]

ZH_HANT: list[Template] = [
    (
        "literature",
        "《三國演義》中，曹操煮酒論英雄，劉備藉雷聲掩飾失箸，這一段顯示了他的隱忍與機智。",
    ),
    (
        "literature",
        "黃昏的港口飄著鹹味，漁船一艘艘靠岸，老街上的燈一盞一盞亮起來，像是誰在慢慢數著日子。",
    ),
    ("literature", "《水滸傳》裡武松打虎的故事家喻戶曉，請分析作者如何描寫緊張的氣氛。"),
    ("literature", "外婆的廚房總有一股桂花的香氣，那罐醃了三年的梅子，至今沒有人捨得打開。"),
    ("history", "鄭成功收復臺灣的經過是什麼？對後世有何影響？"),
    ("history", "請比較唐太宗與漢武帝在對外政策上的異同。"),
    ("history", "孔子提出的「仁」的核心內涵是什麼？"),
    ("docs", "更新說明：版本 {VERSION} 修正了登入逾時的問題，建置編號 {BUILD}。"),
    ("docs", "範例中的身分證字號 {BAD_TW_ID} 檢查碼錯誤，驗證程式應回傳錯誤。"),
    ("docs", "香港身份證號碼格式範例 {BAD_HKID} 的校驗碼不正確，僅供測試。"),
    ("org", "台積電、鴻海與聯發科是臺灣重要的科技公司；香港的滙豐銀行與國泰航空也廣為人知。"),
    ("org", "如有疑問請致電客服專線 {HOTLINE}，我們將盡快回覆。"),
    ("hard", "訂單{ORDER}於{TIMESTAMP}出貨，追蹤碼{TRACKING}，總額{PRICE}。"),
    ("hard", "這本書的國際書號是{ISBN}，售價{PRICE}。"),
    ("hard", "請算出 {MATH} 的結果，並說明步驟。"),
    ("hard", "提交 {HASH} 之後，版本 {VERSION} 的測試全部通過。"),
    ("qa", "高血壓的人每天鹽的攝取量應該控制在多少？"),
    ("qa", "如何在 Git 中撤銷上一次的 commit 但保留修改？"),
    (
        "chat",
        [
            ("user", "推薦幾本適合初學者的程式設計書。"),
            ("assistant", "可以從《Python 程式設計入門》開始，再讀演算法相關書籍。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "訂單{ORDER}什麼時候到？"),
            ("assistant", "包裹已交由物流配送，追蹤碼{TRACKING}。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "幫我寫一段關於颱風天的短文。"),
            ("assistant", "窗外的風呼嘯而過，雨點打在玻璃上，整座城市安靜得只剩下雨聲。"),
        ],
    ),
]

EN: list[Template] = [
    (
        "literature",
        "The lighthouse keeper climbed the hundred steps each evening, lit the lamp, and wrote one line in the logbook: the sea was grey, the ships were few.",
    ),
    (
        "literature",
        "In Pride and Prejudice, Elizabeth Bennet's first impression of Mr Darcy is shaped by pride on both sides. Discuss how the novel revises it.",
    ),
    (
        "literature",
        "Sherlock Holmes solves the case by noticing that the dog did nothing in the night-time. Explain why that silence matters.",
    ),
    (
        "literature",
        "The orchard had gone wild; apples fell and rotted in the long grass, and the wasps grew drunk on them by September.",
    ),
    ("history", "What role did Sir Stamford Raffles play in the founding of modern Singapore?"),
    (
        "history",
        "Why is Abraham Lincoln's Gettysburg Address considered one of the greatest speeches in American history?",
    ),
    ("history", "Compare the reforms of Peter the Great with those of the Meiji Emperor."),
    ("history", "How did Napoleon Bonaparte's Continental System affect British trade?"),
    (
        "docs",
        "To upgrade, run `pip install --upgrade residency=={VERSION}` and restart the worker. The release tag points to commit {HASH}.",
    ),
    (
        "docs",
        "The validator must reject {BAD_NRIC}: its check letter does not match the weighted sum.",
    ),
    (
        "docs",
        "Test vector: {BAD_CARD} fails the Luhn check and must not be stored as a card number.",
    ),
    (
        "docs",
        "Timestamps are stored as Unix epoch seconds, for example {TIMESTAMP}; convert them with datetime.fromtimestamp.",
    ),
    (
        "code",
        "def total(items):\n    return sum(i.price * i.qty for i in items)\n\nassert total([]) == 0  # build {BUILD}",
    ),
    (
        "code",
        "SELECT order_id, created_at FROM orders WHERE order_id = '{ORDER}' AND status = 'SHIPPED';",
    ),
    (
        "org",
        "DBS, OCBC and UOB are Singapore's three largest banks; Petronas and Maybank are among Malaysia's biggest companies.",
    ),
    (
        "org",
        "Grab started as a ride-hailing app in Malaysia before moving its headquarters to Singapore. Its support line is {HOTLINE}.",
    ),
    (
        "hard",
        "Order {ORDER} was dispatched at {TIMESTAMP} via courier {TRACKING}; total charged {PRICE}.",
    ),
    ("hard", "ISBN {ISBN}, paperback, {PRICE}. Second edition, revised."),
    ("hard", "Compute {MATH} and show your working."),
    (
        "hard",
        "Upgrading from {VERSION} to the latest release fixes the crash seen in build {BUILD}.",
    ),
    ("qa", "What are the early symptoms of dengue fever and when should someone see a doctor?"),
    ("qa", "Explain the difference between a process and a thread in operating systems."),
    (
        "chat",
        [
            ("user", "Write a haiku about monsoon rain."),
            (
                "assistant",
                "Grey sky breaks open / the drains sing along the street / frangipani drown",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "What's the status of order {ORDER}?"),
            (
                "assistant",
                "It left our warehouse at {TIMESTAMP} and is in transit with tracking {TRACKING}.",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "How do I reverse a linked list in Java?"),
            (
                "assistant",
                "Iterate with three pointers: prev, curr and next, flipping curr.next each step.",
            ),
        ],
    ),
]

MS: list[Template] = [
    (
        "literature",
        "Hikayat Hang Tuah menceritakan kesetiaan seorang laksamana kepada rajanya. Bincangkan tema kesetiaan dalam karya ini.",
    ),
    (
        "literature",
        "Hujan turun sejak subuh, sawah di hujung kampung sudah penuh air, dan anak-anak berlari tanpa kasut di batas.",
    ),
    (
        "literature",
        "Di tepi pantai, nelayan tua itu membaiki pukatnya sambil bersiul lagu lama yang hampir dilupakan orang.",
    ),
    (
        "history",
        "Apakah peranan Tunku Abdul Rahman dalam kemerdekaan Tanah Melayu pada tahun 1957?",
    ),
    ("history", "Terangkan sebab-sebab kejatuhan Kesultanan Melayu Melaka pada tahun 1511."),
    ("history", "Siapakah Parameswara dan bagaimana beliau membuka Melaka?"),
    (
        "docs",
        "Untuk memasang, jalankan arahan npm install dan pastikan versi Node sekurang-kurangnya {VERSION}.",
    ),
    ("docs", "Contoh nombor kad {BAD_CARD} gagal semakan Luhn dan mesti ditolak oleh sistem."),
    ("org", "Petronas, Maybank dan Tenaga Nasional ialah antara syarikat terbesar di Malaysia."),
    ("org", "Untuk pertanyaan, hubungi talian khidmat pelanggan {HOTLINE} pada waktu pejabat."),
    (
        "hard",
        "Pesanan {ORDER} telah dihantar pada {TIMESTAMP}, nombor penjejakan {TRACKING}, jumlah {PRICE}.",
    ),
    ("hard", "Buku ini ISBN {ISBN}, harga {PRICE}."),
    ("hard", "Kira {MATH} dan tunjukkan jalan kerja."),
    ("hard", "Kemas kini ke versi {VERSION} untuk membetulkan ralat pada binaan {BUILD}."),
    ("qa", "Apakah makanan yang sesuai untuk pesakit darah tinggi?"),
    ("qa", "Bagaimana cara membuat jadual pangsi dalam Excel?"),
    (
        "chat",
        [
            ("user", "Tuliskan pantun tentang persahabatan."),
            (
                "assistant",
                "Pulau Pandan jauh ke tengah,\nGunung Daik bercabang tiga;\nHancur badan dikandung tanah,\nBudi yang baik dikenang juga.",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "Status pesanan {ORDER}?"),
            ("assistant", "Pesanan anda sedang dalam perjalanan, nombor penjejakan {TRACKING}."),
        ],
    ),
    (
        "chat",
        [
            ("user", "Apa beza RAM dan ROM?"),
            (
                "assistant",
                "RAM ialah memori sementara untuk program yang sedang berjalan, ROM menyimpan data kekal.",
            ),
        ],
    ),
]

MIXED: list[Template] = [
    ("docs", "部署前先 run `docker compose up -d`，然后 check 一下 version 是不是 {VERSION}。"),
    ("docs", "这个 commit {HASH} 把 timeout 从 30s 改成 60s 了，记得 rebase。"),
    ("org", "腾讯和 Grab 都在新加坡有 regional office，Shopee 的母公司 Sea 也在那里上市。"),
    ("hard", "我的 order {ORDER} 已经 ship 了，tracking {TRACKING}，总共 {PRICE}。"),
    ("hard", "Bro 这本书 ISBN {ISBN}，Kinokuniya 卖 {PRICE}，worth it 吗?"),
    ("hard", "Help me 算一下 {MATH}，要 step by step。"),
    ("hard", "Build {BUILD} 在 {TIMESTAMP} fail 了，log 里面只有一个 hash {HASH}。"),
    ("history", "李光耀 (Lee Kuan Yew) 对新加坡 early development 有什么 impact?"),
    ("history", "郑和 voyages 到过 Melaka 几次? 对 trade 有什么影响?"),
    ("literature", "那天的 sunset 很美，海风吹过 East Coast Park，我们坐着不说话，只听浪声。"),
    ("qa", "Kenapa laptop saya 很慢 lah? 要 upgrade RAM 吗?"),
    ("qa", "有什么 healthy 的 breakfast 推荐? 不要太甜的。"),
    (
        "chat",
        [
            ("user", "Python 的 list comprehension 怎么写 nested loop?"),
            ("assistant", "For example: [x*y for x in a for y in b] 等价于两层 for loop。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "这个 tracking {TRACKING} 是 SF 还是 J&T 的?"),
            ("assistant", "From the prefix, it looks like SF Express 的单号。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "Version {VERSION} 有什么 breaking change?"),
            ("assistant", "主要是 config 文件格式改了，旧的 key 要 rename。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "写一句 motivational quote 给 team, 中英都要。"),
            ("assistant", "Small steps every day. 每天进步一点点。"),
        ],
    ),
]

CLEAN_TEMPLATES: dict[str, list[Template]] = {
    "zh-Hans": ZH_HANS,
    "zh-Hant": ZH_HANT,
    "en": EN,
    "ms": MS,
    "mixed": MIXED,
}
