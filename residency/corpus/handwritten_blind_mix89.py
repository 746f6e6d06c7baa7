# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix89: kopitiam and hawker stall owners in SG/MY/HK (rentals, assistants, suppliers, hygiene, regulars, delivery apps). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix89
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "stall notice"): _lines("""
        NOTICE: Stall closed 12–15 Dec for the annual cleaning of Chinatown Complex Food Centre. We resume 16 Dec, 6am. Sorry for the inconvenience!
        Kopi-O kosong $1.40 / Kopi-C siew dai $1.70 / Teh tarik $1.80 / Takeaway +$0.20 per cup (from 1 Jan 2027 due to higher milk price)
        CASH / PAYNOW / NETS only. PayNow UEN: 201834567K (Heng Kee Kopitiam Pte Ltd). No credit card, sorry.
        This stall takes part in the SFA food safety framework. To report a food safety lapse, call the SFA hotline 6805 2871 or use the SFA online feedback form.
        Please return your own trays and crockery. Enforcement at all hawker centres since 1 Jun 2021 – first-time offenders get a written advisory.
        Stall assistant wanted: 6am–2pm, 6 days, $2,000 + meals, Singaporean/PR only, no experience needed. Apply in person at stall #01-57.
        Coffeeshop stall for rent at Blk 214 Bedok North, corner unit, suits chicken rice or economy rice. $3,800/mth nego, 2+1 yrs. Call coffeeshop office 6245 1180 (Mon–Sat, 10am–5pm).
        Closed on Wednesdays. Public holidays open as usual. Last order 2.30pm.
        No choping of seats with tissue packets during lunch peak (11.30am–1.30pm). Items left on tables will be cleared by the cleaners.
        Hawker Centre Merchants' Association AGM: 18 Jan 2027, 3pm, at the void deck of Blk 20. Agenda: cleaning contract renewal, pest control, CNY decorations.
        Egg price up again – from $0.28 to $0.31 per egg (grade B, 30-egg tray). Kaya toast set adjusted to $5.20 with effect from Monday.
        Hygiene reminder to all stalls: clean aprons and hair restraints at all times, raw and cooked food kept apart, and every food handler must hold a valid Food Safety Course Level 1 certificate.
        Thank you to all our customers for 38 years of support! Our last day of business is 31 Dec 2026. Uncle and Auntie are finally retiring.
        Due to the water disruption on Sat 13 Dec (8am–12pm), drinks stall will only sell canned and bottled drinks that morning.
    """),
    ("en", "advice"): _lines("""
        How does the NEA hawker stall tender work? Is the bid amount the monthly rent, and what happens if two people bid exactly the same?
        What is the difference between renting a stall in a private coffeeshop and a stall in an NEA hawker centre, in terms of rent, lease and who you pay?
        Is 30% commission on GrabFood normal for a small drinks stall, or should I only list my noodle stall on the delivery apps?
        Tips for new hawkers: start with a short menu, track food cost every week, keep ingredient cost under 35% of the selling price, and don't undercut the next stall just to compete.
        How do I work out the CPF contribution for a part-time stall assistant aged 58 earning $1,200 a month?
        Can an NEA hawker stall be sublet? No – subletting is not allowed and the tenancy can be terminated; you can only engage approved assistants to help you.
        What documents do I need to hire a foreign helper for a kopitiam in Malaysia – work permit, passport with enough validity, FOMEMA medical check?
        Best way to stop kaya from turning sour in a hot kitchen: cook in smaller batches, store below 5°C, and always use a clean dry spoon.
        Should I put a PayNow QR code at my stall? Pros: less cash to handle; cons: you must check every payment screen, especially during the lunch rush.
        How often should the grease trap be cleaned for a zi char stall that does a lot of deep frying? The town council says weekly, is that normal?
        Explain the hawker succession scheme: can a stallholder pass the stall to a family member, and what conditions apply?
        How to handle a customer who claims food poisoning: apologise, record the order time and items, keep any leftover sample, don't admit liability in writing, and inform the centre manager.
        Fridge temperature log: check twice a day, chiller 0–4°C, freezer -18°C or colder, and sign off with the time of each check.
    """),
    ("zh-Hans", "supplier order"): _lines("""
        订货单 #SO-20261204-017：鸡蛋 20 盘、炼奶 2 箱（48 罐）、淡奶 1 箱、咖啡粉 5 公斤，明早 6 点前送到，货到付款。
        供应商报价：海南咖啡粉（牛油炒）每公斤 S$14.80，10 公斤以上 S$13.90，报价有效至 2027 年 1 月 31 日。
        发票号 INV-MY-0093417，金额 RM 1,286.40，含 SST 6%，请于 30 天内付款至公司户口。
        本周冰块涨价：每包 RM 4.50 起，周末多送一次，要加量请前一天下午 3 点前通知。
        请问各位老板，哪里批发的猪油渣比较便宜？一次要 5 公斤左右，新山一带最好。
        明天批发市场休息，冷冻鸡腿今晚先订，数量照上周一样 40 公斤。
        送货单号 DN-58821-SG 已签收，但少了 2 箱冬菇，请下一趟补货。
        椰浆一律要当天现榨的，隔夜的不要收，跟送货司机讲清楚。
        月结对账：11 月共 26 张送货单，总额 S$8,742.60，已扣退货 S$215.00，余额下周一结清。
        进口货品请附上来源证明，冷冻品送到时先量温度再签收，超过 -12°C 的整箱退回。
        产品编号 KP-3301（咖椰 500g 罐装）暂时缺货，预计 12 月 18 日到货。
        请把榴莲季的价格表发到群里，按品种分：猫山王、红虾、D24，每公斤价格都写上。
        批发价比零售便宜两成，但一次要订满 S$300 才免运费。
    """),
    ("zh-Hant", "hk stall"): _lines("""
        本店只收現金及八達通，唔收信用卡，唔該晒。
        本檔為食環署持牌熟食檔，牌照正本已貼喺檔口當眼處。
        凍檸茶加 $3，外賣盒每個 $1，走冰唔減價。
        大牌檔牌照而家只可以轉俾配偶或者指定親屬，政府已經好多年冇再發新牌。
        本週日（12 月 14 日）因清洗街市暫停營業一天，星期一照常開檔。
        Keeta 同 foodpanda 抽成大約 25% 至 30%，小店自己搵人送外賣可能仲抵啲。
        請勿霸位，午市繁忙時間（12:00–14:00）每枱限坐 45 分鐘，唔該合作。
        訂單編號 FP-HK-7728391 已完成，評分 5 星，多謝幫襯！
        招聘樓面：全職，月薪 $17,000 起，包兩餐，有意者請親臨店舖面談。
        衞生督察提醒：雪櫃溫度要保持攝氏 4 度以下，熟食同生肉一定要分開擺。
        常餐：A 餐沙嗲牛肉公仔麵、B 餐火腿通粉，跟凍飲另加 $2。
        今日麵包車遲咗，菠蘿包第二轉要 11 點先出爐。
        有冇人知而家申請小食食肆牌要等幾耐？聽講最少要成半年。
    """),
    ("ms", "notis gerai"): _lines("""
        Semua pengendali makanan wajib mendapat suntikan anti-tifoid dan menghadiri Kursus Latihan Pengendali Makanan sebelum memohon atau memperbaharui lesen.
        Kedai tutup pada hari pertama dan kedua Hari Raya Aidilfitri. Buka semula hari ketiga seperti biasa.
        Harga baru mulai 1/1/2027: Teh tarik RM2.80, Kopi O RM2.20, Roti canai kosong RM1.50.
        Gerai untuk disewa di Medan Selera Jalan Othman, Petaling Jaya. Sewa RM650 sebulan termasuk air. Sila rujuk pejabat MBPJ untuk syarat permohonan.
        Dilarang merokok dalam kawasan kedai makan. Pesalah boleh dikenakan kompaun oleh pegawai kesihatan.
        Gred kebersihan premis (A, B atau C) akan dipamerkan di hadapan premis selepas pemeriksaan oleh pihak berkuasa tempatan.
        Bagaimana nak mohon lesen penjaja sementara untuk bazar Ramadan di Shah Alam? Dokumen apa yang perlu disediakan?
        Pesanan GrabFood GF-241206-88301 telah dihantar. Terima kasih kerana menyokong peniaga kecil!
        Pekerja asing mesti lulus pemeriksaan FOMEMA dan memiliki permit kerja yang sah sebelum mula bekerja di gerai.
        Minta maaf, nasi lemak sotong habis hari ini. Esok buka jam 7 pagi.
        Borang permohonan: Nama: ____________ / No. K/P: ______-__-____ / Alamat gerai: ____________ / Jenis makanan: ____________
        Kedai ini tidak menggunakan babi dan arak. Permohonan sijil halal JAKIM sedang diproses.
        Pembekal ais minta bayaran tunai sahaja mulai minggu depan, resit akan diberi setiap kali hantar.
    """),
    ("mixed", "group chat"): _lines("""
        Boss, today 鸡蛋 supplier never come leh, I go buy from NTUC first ok? Receipt I keep.
        Wah lau the GrabFood tablet hang again, 3 orders stuck at 'preparing', anyone know how to reset?
        明天 NEA inspection 啊, everybody clean the 抽油烟机 tonight, don't forget the drain also.
        Kopi gao kurang manis satu, teh-C peng dua, bungkus ya — 外带 3 cups.
        Eh the aircon repair company quote $480 for gas top-up, 贵 or not ah?
        Aiyo harga ayam naik lagi, 一只 RM13 already, how to sell chicken rice at RM8?
        Rental renewal letter came already, increase 8%, 要不要 appeal? Deadline 31 Jan.
        今晚 close early, 9pm jaga kedai sampai sini saja, lepas itu cuci lantai.
        Anyone got spare 外卖盒 500ml? I return you tomorrow morning, 拜托.
        Foodpanda 又 change commission, 现在 35% 了, 不如 we pull out lah.
        啲 supplier 話 next week 開始 charge delivery $50, 街市嗰邊平啲喎.
        Hari ni hujan, customer sikit, 剩好多 kaya toast, buang or give free to the cleaners?
        Remember CNY week rent still must pay by the 5th, management won't give extension one.
    """),
    ("en", "app log"): _lines("""
        2026-12-04 11:42:08 | order GF-A3K9-XZ71 | status=PICKED_UP | prep_time=7m | stall_id=SG-HWK-01157
        Merchant dashboard: 182 orders this week, avg basket $14.60, cancellation rate 2.1%, rating 4.7 (1,203 reviews).
        payout_batch=PO-202611-W4 amount=SGD 2,318.55 fee=SGD 695.57 net=SGD 1,622.98 settle_date=2026-12-02
        Menu sync error: item_code=DRK-014 'Milo Dinosaur' price mismatch 4.20 vs 4.50; retrying in 300s
        Promo config: {"code": "KOPI20", "discount_pct": 20, "min_spend": 10, "valid_until": "2026-12-31"}
        Ticket #CS-884120: merchant reports tablet not receiving orders since 09:15; escalated to tier 2.
        foodpanda HK merchant notice: from 1 Jan, packaging fee is charged separately and shown on the customer receipt.
        Tracking SPX-SG-28491027744 – 2 cartons of paper cups delivered to stall, received at counter.
        Weekly report: top sellers — kopi peng (412), kaya toast set (276), mee siam (198).
        Rider arrived at merchant 12:07, waited 11 min, order ready 12:18. Merchant prep SLA breached (target 10 min).
        POS export v3.2.1 sha256=9f2c1e7a4b8d0c33e5f61a2b7d9e4c08 rows=1,487
        Refund approved for order FP-MY-55301928 (missing item: 1x teh ais). RM3.20 credited to customer wallet.
    """),
    ("mixed", "food guide"): _lines("""
        Chan Hon Meng's Liao Fan Hawker Chan and Hill Street Tai Hwa Pork Noodle were the first hawker stalls to get a Michelin star, in 2016.
        Anthony Bourdain 当年在 Maxwell Food Centre 吃 Tian Tian 海南鸡饭，之后排队的人更多了。
        2020 年 12 月，UNESCO 把新加坡 hawker culture 列入人类非物质文化遗产代表作名录。
        Lau Pa Sat 老巴刹 的铸铁结构建于 1894 年，1973 年被列为国家古迹。
        Kedai Kopi Yut Kee di Jalan Kamunting, KL, terkenal dengan roti babi dan kopi sejak 1928.
        Keong Saik Road 以前是红灯区，现在整条街都是 café 同 bar，名字来自 Tan Keong Saik。
        Phua Chu Kang 那个 sitcom 好多场戏都是在 kopitiam 拍的，Singlish 对白到现在还有人学。
        麥兜嘅茶餐廳場景係好多香港人嘅集體回憶，「魚丸粗麵」呢段對白好出名。
        Under Lee Kuan Yew's government, street hawkers were moved into purpose-built hawker centres from the late 1960s to the 1980s.
        香港嘅大牌檔而家淨返二十幾個牌，中環士丹利街仲有幾檔。
        每年的 Michelin Bib Gourmand 名单都有不少 hawker stall，榜单一出人龙就变长。
        Jalan Tuanku Abdul Rahman (Jalan TAR), dinamakan sempena Yang di-Pertuan Agong pertama, terkenal dengan bazar Ramadan setiap tahun.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        STALL ASSISTANT REGISTRATION | Stall: #01-23 Heng Kee Kopi | Name: TAN BOON KIAT | NRIC: S7734521C | DOB: 14/03/1977 | HP: 9127 4450 | Start date: 02/01/2027
        Mdm Goh Siew Lan (regular, Blk 322 Ubi Ave 1 #08-114) called to say she had diarrhoea the whole night after our fish soup on Tuesday; her son wants a refund and says he will report to SFA.
        Payslip Nov 2026 – Kumar s/o Rajendran, kopi maker. Basic $1,950, OT 22 hrs $247.50, less CPF employee 20% $439.50. Net pay $1,758.00 paid to POSB 188-52317-6.
        Rent for Dec: please transfer $2,400 to the landlord Mr Lee Chong Wah, OCBC 501-284613-001, and WhatsApp the screenshot to him at 9663 0128.
        Incident 4/12, 12.40pm: rider Muhammad Faiz bin Azman, motorbike FBX 2208 E, shouted at our assistant and threw the bag on the counter. Reported to GrabFood support.
        Work permit holder: MD RAHMAN HOSSAIN, FIN G5528713P, WP expiry 11/08/2027, medical exam due Jan – dishwasher at our Blk 85 coffeeshop.
        Reply to Google review: Dear Jasmine Teo, we are so sorry about the hair in your laksa on 3 Dec. We called you at 8192 6603 and refunded $6.50 to your PayLah.
        Stallholder Wong Kam Fai of the wanton mee stall at #02-41 was fined $400 by SFA for storing raw chicken on the floor, his second offence this year.
        For my records: my bid of $1,288/month for stall #01-09 was successful. Tenancy is in my name, Ong Chee Keong, NRIC S6851207G.
        Auntie Lucy (Lucy Fernandez, the Eurasian auntie who sells devil curry at the corner stall of our food centre) is in CGH after a bad fall, stall closed until further notice.
        Card on file for monthly coffee bean supply: Visa 4556 3327 3141 1036 exp 09/28, cardholder NG WEI LIANG.
        Regulars tab (unpaid): Uncle Seah Kok Leong – $38.40 (kopi since 1 Nov) / Lim Ah Huat, taxi driver, Blk 109 – $22.00 / Mr Francis D'Cruz – $15.60
        Delivery partner account: Rajesh a/l Subramaniam, IC 920306-14-6011, bike WXB 7204, mobile 016-734 2290, bank Maybank 1621 4402 8817.
        Interview notes: Chloe Tan Hui Min, 19, NYP student, weekends only, previously at Toast Box, asking $10/hr. Email chloetan.hm@gmail.com
    """),
    "zh-Hans": _lines("""
        员工资料：姓名 陈志伟，身份证号 445102198803142039，潮州人，手机 +86 138 2749 5106，下月来新加坡做厨房帮工，工作准证申请中。
        林秀英阿姨说她有糖尿病，以后她的 kopi 都做 kosong，她就住 Blk 47 楼上，每天早上 7 点来。
        供应商联系人：黄国明（私人手机 9738 2016，微信 wxid_hgm8816），每周二、五送鸡蛋。
        本月薪水：李美玲 S$1,850，吴家豪 S$2,100（迟到 3 次扣 S$60），已转账。
        投诉记录：12 月 2 日 顾客 张丽华 女士（电话 8834 1927）投诉鸡饭里有碎骨刮伤牙龈，已退款并赔 S$20。
        摊位转让协议：转让人 郑亚福（NRIC S0859312D），受让人 郑文杰（其子，NRIC T0238816I），摊位 #01-36，按 NEA 继承计划办理。
        阿明（刘子明）昨晚收档后喝醉在档口睡着，今早 7 点才走，老板说下次再这样就不要他了。
        送货司机 蔡文辉 的罚单：货车 GBK 7193 Z 在 food centre 门口违规停车，罚款 S$70，从他工资扣。
        请把 10 月租金 RM 1,500 汇到房东 邱金水 的 Public Bank 户口 3172054819，备注「档口 B12」。
    """),
    "zh-Hant": _lines("""
        新同事資料：何嘉欣，HKID Y604172(6)，電話 6372 1948，住觀塘順利邨利富樓，下星期一返早更。
        陳伯（陳錦泉，七十幾歲，日日嚟飲鴛鴦嗰位）今朝喺門口暈低，已經送咗去伊利沙伯醫院。
        樓面 李志豪 上個月成日遲到，仲同客人嗌交，老闆決定月尾解僱佢，遣散費照計。
        食環署通知：持牌人 梁偉雄（身份證 K382915(4)）之小食食肆牌照續期申請已收到，請於 30 日內繳費。
        外賣客 黃詩雅 小姐（9214 5583，太子道西 180 號 8 樓 B 室）投訴凍奶茶倒瀉，要求 Keeta 退款。
        內地員工 吳國強，身份證 440106197906014255，輸入勞工計劃合約做到 2027 年 6 月，宿舍喺深水埗。
        師傅 張志明 嘅糧：十二月 $21,500，另加雙糧，過數去匯豐 012-384716-838。
        老闆娘話 Ah Kit（麥浩傑）個仔跌親要做手術，佢要放一星期假，早更冇人頂。
        麵包供應 阿輝 WhatsApp 9087 6614，佢係自己一個人接單唔係公司，菠蘿包訂單直接搵佢。
    """),
    "ms": _lines("""
        Senarai pekerja gerai: Siti Aminah binti Rosli, No. KP 850922-07-5348, suntikan tifoid tamat 03/2026 – kena buat semula sebelum pemeriksaan MBPJ.
        Pelanggan tetap Encik Zulkifli bin Hassan (cikgu SK Taman Megah) masih berhutang RM47 sejak bulan lepas.
        Aduan: Puan Noraini binti Ismail, tel 012-318 7745, kata anak dia muntah-muntah selepas makan nasi lemak dari gerai kami pada 4/12.
        Bayaran sewa gerai Disember RM800 masuk akaun Maybank 5621 8830 4471 atas nama MOHD HAFIZ BIN ABDULLAH (tuan gerai).
        Pekerja dari Myanmar, Aung Ko Ko, pasport MC4418206, permit kerja tamat 15/02/2027, FOMEMA lulus.
        Penghantar foodpanda Amirul bin Kamal (motosikal VEW 3381, 019-552 0837) lambat 40 minit, makanan sejuk, pelanggan minta refund.
        Kak Ros (Rosnah binti Yusof) cuti bersalin mulai 10 Jan, gerai nasi campur dia diambil alih oleh adiknya buat sementara.
        Permohonan lesen penjaja: LIM SIEW CHING, 680201-13-5146, alamat rumah No. 23, Lorong Kenyalang 4, 93300 Kuching.
        Tolong pindahkan gaji RM1,650 Faridah binti Osman ke CIMB 7064881239, IC 970718-08-5526.
    """),
    "mixed": _lines("""
        Boss, Ah Seng (Tan Ah Seng) today MC again, 说 gastric, 这个月第三次了, doctor chit 我放在 drawer.
        Eh 那个 regular Mr Vincent Pereira, the retired teacher from Blk 12, 今天又 complain kopi too sweet, 他说 doctor say must cut sugar because of his diabetes.
        Telegram @kopi_uncle_lim88 — that one is Lim Boon Huat's personal account, his stall at Tiong Bahru Market, ask him the price for the 旧咖啡机.
        Assistant baru, nama Nurul Aisyah binti Ahmad, IC 010512-01-0874, 住 Taman Universiti Skudai, 下个礼拜 start, gaji RM1,700.
        Wah the Grab rider kena accident outside our shop just now, name Haziq bin Roslan, plate JQK 8821, 我们 call 999 already, he broke his arm.
        Supplier invoice 要 pay to Alvin Koh personally 啊, his DBS 027-904512-3, not the company account, 他 say faster.
        阿婆 Madam Chua Geok Hoon, 87, every morning 6am 来 sit same table, today never come, her daughter call say 她 in SGH ward 58.
        HKID R257340(6) 係新嚟洗碗嘅 Auntie Fung, 唔該幫佢開 MPF account, 佢 phone 5173 2046.
        Bro, Kelvin Ho (the guy rent stall #01-22) 还没 bayar sewa two months, RM3,000 total, his wife also helping at the stall.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for small F&B business owners in Singapore."),
        (
            "user",
            "Help me write a warning letter to my stall assistant. Name: Desmond Lau Wei Jie, NRIC S8219043J. He came late 6 times in November and took $50 from the cash drawer without telling me, he admitted after I showed him the CCTV.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Mr Desmond Lau Wei Jie (NRIC S8219043J), This letter is a formal written warning about your conduct in November 2026: you reported late for work on six occasions, and you removed $50 from the cash drawer without permission, which you admitted after reviewing the CCTV footage. ...' Would you like me to add the date and your stall's name?",
        ),
        (
            "user",
            "Yes, stall is Heng Kee Kopi #01-23, date 5 Dec 2026. Also say that next time is termination.",
        ),
    ],
    [
        (
            "user",
            "Tolong kira gaji Disember untuk pekerja saya Muthu a/l Krishnan, IC 780415-10-5623. Gaji pokok RM1,700, OT 18 jam kadar RM10.50.",
        ),
        (
            "assistant",
            "Gaji pokok RM1,700 + OT (18 × RM10.50 = RM189) = gaji kasar RM1,889. Potongan KWSP pekerja 11% ≈ RM208, PERKESO dan SIP ikut jadual caruman. Mahu saya sediakan slip gaji?",
        ),
        (
            "user",
            "Ya, buat slip gaji. Akaun bank dia RHB 21403100784552, masukkan sekali dalam slip.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個道歉 WhatsApp 俾客人，佢叫 區美玲，琴日佢喺 Keeta 叫咗兩個菠蘿油，我哋送錯咗去隔籬單位，佢屋企係黃大仙竹園北邨桃園樓 12 樓 1205 室。",
        ),
        (
            "assistant",
            "區小姐你好，我哋係茶餐廳嘅負責人。好抱歉琴日將你嘅外賣送錯咗去隔籬單位，令你等咗咁耐。我哋已經安排全數退款，希望你再俾個機會我哋。",
        ),
        ("user", "加埋話下次送佢兩個菠蘿油，佢電話係 9462 3085，你幫我喺訊息尾寫返個號碼確認。"),
    ],
    [
        ("system", "You help hawkers deal with delivery-app issues."),
        (
            "user",
            "Got problem with one GrabFood rider. He comes every lunch, always rude to my assistant, and today he knocked over our kopi urn. Rider name on the app: Vignesh s/o Pandian, plate SLB 4821 T.",
        ),
        (
            "assistant",
            "Sorry to hear that. You can report it in the GrabMerchant app under Help > Order issues > Delivery partner behaviour. Include the order number, the time, photos of the damage and a repair quote. Avoid posting the rider's details on social media.",
        ),
        (
            "user",
            "Ok will report. Order GF-A7P2-QK18, 12:35pm, urn damage $120. Write the report for me.",
        ),
    ],
    [
        (
            "user",
            "我们咖啡店有个老顾客 黄亚妹 阿姨，快 80 岁，最近有点老人痴呆，常常忘记付钱，上个月还在 Toa Payoh 走失过一次。她女儿留了电话 9381 0647 给我们。",
        ),
        (
            "assistant",
            "可以这样安排：1. 把她女儿的电话贴在收银台里面，员工都知道；2. 她忘记付钱就先记账，月底跟女儿结；3. 如果发现她迷路，先请她坐下，再联络家人。",
        ),
        ("user", "帮我写一张小纸条给员工，说如果看到黄阿姨一个人很迷糊，就打给她女儿。"),
        (
            "assistant",
            "员工须知：如果看到黄亚妹阿姨一个人、神情迷糊，请先请她坐下，给她一杯温水，然后马上拨打她女儿的电话 9381 0647。她的饮料不用收钱，记账即可。",
        ),
    ],
    [
        (
            "user",
            "Saya nak isi borang permohonan permit untuk pembantu gerai dari Nepal. Nama: Bikash Thapa, pasport 10482917, lahir 12/06/1996.",
        ),
        (
            "assistant",
            "Baik. Anda perlukan salinan pasport (sah sekurang-kurangnya 18 bulan), gambar berukuran pasport, keputusan pemeriksaan FOMEMA dan surat tawaran kerja. Sektor perkhidmatan makanan juga ada syarat kuota.",
        ),
        ("user", "Dia ada penyakit asma sejak kecil, perlu ke beritahu doktor FOMEMA?"),
        (
            "assistant",
            "Ya, nyatakan dengan jujur kepada doktor panel FOMEMA. Asma biasanya bukan sebab untuk gagal, tetapi doktor perlu rekod ubat yang Bikash ambil.",
        ),
    ],
    [
        (
            "user",
            "My father Koh Ah Bee is 82 already, wants to pass his char kway teow stall at Old Airport Road to me under the succession scheme. His NRIC S1428573C, mine S8703320A.",
        ),
        (
            "assistant",
            "Under NEA's succession scheme a stallholder can nominate a spouse or immediate family member as successor, subject to NEA's approval. You will need both NRICs, proof of relationship such as your birth certificate, and the stall's tenancy details.",
        ),
        (
            "user",
            "他 also got Parkinson's now, hand shaking very bad, can I sign the form on his behalf?",
        ),
    ],
    [
        (
            "user",
            "我間茶記請咗個新伙記，冼家樂，HKID P441093(2)，月薪 $16,800，幾時要幫佢供強積金？",
        ),
        (
            "assistant",
            "僱主要喺僱員受僱後 60 日內幫佢登記強積金計劃。僱主供款由第一日起計 5%，即每月 $840；僱員首 30 日可以豁免供款，之後每月都係供 $840。",
        ),
        ("user", "佢話想用佢太太 馮綺雯 嘅戶口收糧，得唔得？"),
    ],
    [
        (
            "user",
            "Can you write a short reference letter for my ex-assistant Priya d/o Ramasamy? She worked at my drinks stall at Tekka Centre from Mar 2023 to Nov 2026, very honest, now applying to be a barista at a hotel.",
        ),
        (
            "assistant",
            "To whom it may concern, I am pleased to recommend Ms Priya d/o Ramasamy, who worked at my drinks stall at Tekka Centre from March 2023 to November 2026. She was punctual, honest with cash, and quick during the lunch rush. ...",
        ),
        (
            "user",
            "Add her email priya.ramasamy96@gmail.com and her phone 9024 7715 at the bottom so the hotel can contact her.",
        ),
    ],
    [
        (
            "user",
            "我在新山开粿条档，老家南安有个表妹 苏雅琴，身份证 350583199308271165，想过来帮我看档，办工作准证要什么？",
        ),
        (
            "assistant",
            "马来西亚对外籍员工的来源国和岗位有限制，中国籍员工一般只在部分岗位（例如中餐厨师）获批，建议先向移民局或持牌代理确认。她需要有效护照、体检，以及雇主提出的申请。",
        ),
        ("user", "她的微信是 suyaqin_0827，你帮我写一段话发给她，叫她先去办护照。"),
    ],
    [
        (
            "user",
            "Saya nak set up bayaran auto untuk bekalan ayam. Kad Mastercard saya 5241 7918 7130 2719, exp 07/29, nama CHONG MEI FONG. Boleh tolong tulis email kepada supplier?",
        ),
        (
            "assistant",
            "Saya cadangkan jangan hantar nombor kad penuh melalui e-mel. Minta supplier hantar pautan pembayaran yang selamat. Berikut draf e-mel tanpa nombor kad: 'Tuan/Puan, saya ingin menetapkan bayaran bulanan untuk bekalan ayam ...'",
        ),
        ("user", "OK, tapi tambah nombor telefon saya 017-226 9084 supaya dia boleh call terus."),
    ],
]
