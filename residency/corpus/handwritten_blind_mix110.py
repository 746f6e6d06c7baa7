# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix110: batik, handicraft and artisan markets in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix110
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booth_notices"): _lines("""
        Booth fee for the Dec 13-14 weekend at Kampong Glam: S$85/day for a 3m x 3m lot, S$150 for both days, table and 1 chair included.
        REMINDER: load-in opens 8:30am at Loading Bay B, Jalan Sultan side. Trolleys are limited to 6, first come first served.
        Lots A01-A12 are reserved for batik & tenun; lots B01-B20 for ceramics, leather and woodwork. Food vendors please refer to the separate F&B annex.
        Refund policy: booth fees are non-refundable within 14 days of the event unless the market is cancelled by the organiser due to weather warnings.
        Electricity add-on RM35/day per 13A point. Irons and heat guns above 1500W are not allowed in Hall 2.
        Thank you to all 47 vendors who joined the Merdeka Craft Fair! Total footfall across 3 days was 12,680 and average spend per visitor was RM42.
        Vendor briefing moved to Fri 7:30pm, Level 3 Function Room, Sultan Plaza. Attendance is compulsory for first-time vendors.
        Payment by PayNow to UEN 201734521W (Kraf Lane Events Pte. Ltd.) only. Please put your lot number as the reference, e.g. LOT-A07.
        For enquiries contact the market office at hello@kraflane.sg or 6291 4470 (Mon-Fri 10am-6pm). We don't take bookings via DM.
        The Christmas Night Market at Raffles Place Park runs 18-23 Dec, 5pm-11pm. Application form: [Brand name] / [Category] / [Lot preference] / [Contact email].
        Commission scheme for the consignment corner: 25% on items under S$100, 20% above. Payouts every 15th via bank transfer.
        Inspection notice: NEA officers will walk the Bugis Street stretch on Sat afternoon. Keep fire extinguishers visible and aisle width at 1.2m minimum.
        Waitlist status: 9 applicants for 2 batik lots. Selection is by jury score (craftsmanship 40, originality 30, display 30).
    """),
    ("mixed", "vendor_group_chat"): _lines("""
        Guys tmr hujan lebat kata MetMalaysia, bawa canvas extra ok. 明天会下大雨，大家记得带帆布
        Anyone got spare S-hooks? Mine all bengkok already lol
        Admin: Booth map v3 uploaded in the album. Lot C14 & C15 swapped hor, please check.
        Wah today sales quite ok leh, sold 11 pcs sarong batik already before 3pm
        Boss the Touch 'n Go QR sticker faded liao, got new one? 收款码要换新的
        Reminder: tak boleh park kat loading bay lepas 10am, saman RM300 kata management.
        今日有冇人帶多咗 extension cord？我個 socket 唔夠用
        Just fyi the Shopee order #240612QK7PN9 for the songket clutch shipped via J&T, tracking 630012874519.
        Next month theme is Hari Raya — admin suggests pastel colourways, ketupat motif popular last year.
        The Sunday crowd this week mostly tourists from the cruise ship, 卖得最好是 RM25 的 keychain
        Who's doing the canting demo at 4? Organiser wants one person from batik row by 3:45
        Price list updated: batik lukis scarf RM89, batik cap RM45, kids tee RM29. 批发 10 件以上九折
        Can confirm GrabExpress can't enter the compound after 6pm, ask them wait at Gate 2.
    """),
    ("zh-Hans", "custom_order_logs"): _lines("""
        订单 CO-2024-0871 状态：已付定金 50%，蜡染围巾 x3，靛蓝渐变，预计 12月20日 交货。
        2024-11-28 14:32:07 [系统] 订单 CO-2024-0893 已从「打样中」更新为「待客户确认」
        定制流程：①客户提交图案草稿 ②报价（含布料与工时）③付 50% 订金 ④打样 ⑤确认后 10-14 个工作日完成
        本月定制单统计：共 36 单，其中企业礼品 9 单，婚礼回礼 14 单，个人 13 单，平均客单价 RM186。
        SKU BTK-SCF-IND-180 库存 12，BTK-SCF-MRN-180 库存 0（海军蓝已断货，下批 1月中到货）
        模板：您好 {客户称呼}，您的订单 {订单号} 已完成，请于 {取货日期} 前到 {店铺地址} 取货。
        退款规则：已开始染色的定制品不接受取消；未开工可退 80% 订金。
        客户 A 要求在丝巾角落绣英文缩写，工坊报价每字 RM3，最多 6 个字。
        快递单号 SF1402388756213，顺丰国际，槟城至深圳，申报品名：手工蜡染棉布 2 米。
        工坊营业执照号 202203145678 (1456789-T)，地址：乔治市 Lebuh Armenian 48 号。
        备注：郑和下西洋题材的系列图案很受游客欢迎，下季度加印 200 份。
        问：客户要的是 Sarawak pua kumbu 风格，我们可以做吗？答：可以做图案参考，但要注明非传统织法。
        2024-12-02 09:15 批量导出 orders_202411.csv 共 412 行，字段：order_id, sku, qty, amount, status
    """),
    ("zh-Hant", "hk_market_posts"): _lines("""
        【PMQ 元創方週末市集】12月14-15日，地下天井，60 個攤位，手作皮革、扎染、陶瓷，免費入場。
        攤位費 HK$480/日，兩日 HK$880，需自備枱布。報名截止 11月30日 23:59。
        今次市集有 4 位工藝師示範蠟染，每節 45 分鐘，名額 12 人，費用 HK$350 包材料。
        查詢請 WhatsApp 主辦單位熱線 5123 8866 或電郵 market@craftharbour.hk。
        温馨提示：場內唔可以用明火，蠟鍋只准用電熱型號，主辦會逐個檢查。
        上星期人流大約 3,200 人次，比上個月多咗兩成，多謝大家支持！
        扎染工作坊：週六下午 2:30–5:00，大館 01 座 2 樓，適合 8 歲以上，親子同行優惠 HK$620/兩位。
        寄賣規則：每月 15 號結數，抽佣 30%，賣唔出嘅貨 3 個月後要自行取回。
        我哋係灣仔嘅獨立手作店，公司註冊編號 3214567，歡迎品牌合作查詢 hello@patchworkhk.com
        李小龍主題嘅手繪 tote bag 又返貨啦！HK$168 一個，數量有限。
        年宵市集攤位抽籤結果已經上載到網站，請用報名編號 NY25-0437 格式查詢。
        有冇人知印尼蠟染同馬來西亞蠟染有咩分別？想寫篇文介紹。
        彌敦道嗰間布行今個月減價，純棉胚布每碼 HK$18。
    """),
    ("ms", "bengkel_batik"): _lines("""
        Bengkel Batik Canting untuk pemula, Sabtu 21 Dis, 9 pagi - 1 petang, yuran RM120 termasuk kain, lilin dan pewarna.
        Peserta dinasihatkan memakai baju lama kerana pewarna reaktif sukar dibersihkan.
        Pendaftaran ditutup apabila mencapai 15 orang. Sila imbas kod QR di poster untuk mendaftar.
        Hanya 3 tempat lagi untuk sesi petang! Sesi pagi sudah penuh.
        Kraftangan Malaysia di Jalan Conlay menganjurkan pameran batik sempena Hari Kraf Kebangsaan.
        Yuran gerai di Pasar Seni: RM60 sehari, deposit RM100 dikembalikan selepas acara jika tapak bersih.
        Soalan: berapa suhu lilin yang sesuai untuk canting? Jawapan: lebih kurang 70-80°C, bergantung pada campuran parafin dan lilin lebah.
        Hang Tuah dan Hang Jebat jadi motif utama koleksi batik terbaru kami, terinspirasi daripada hikayat Melayu.
        Nombor pendaftaran syarikat: 201901023456 (1334567-A). Hubungi talian pejabat 03-2691 4455 untuk tempahan korporat.
        Pesanan khas minimum 20 helai, tempoh siap 3-4 minggu, bayaran pendahuluan 40%.
        Statistik bengkel 2024: 18 sesi, 214 peserta, 62% pelancong asing, purata penilaian 4.7/5.
        Templat resit: Nama Pelanggan: ________ / No. Tempahan: ________ / Jumlah (RM): ________
        Kelas batik untuk sekolah: SK Taman Tun Dr Ismail dan SMK Sultan Abdul Samad sudah menempah untuk bulan Mac.
    """),
    ("en", "invoice_exports"): _lines("""
        INV-2024-11-0457 | Kraf Lane Events Pte. Ltd. | Booth fee LOT-B12 x2 days | S$150.00 | GST 9% S$13.50 | Total S$163.50 | PAID
        order_id=BH-10293, sku=BTK-SRG-02, qty=4, unit_price=68.00, currency=MYR, status=shipped
        Payout summary Nov 2024: 23 consignors, gross sales S$18,442.60, commission S$4,129.15, net payable S$14,313.45
        Receipt #000873 2024-12-01 16:42 Cash RM45.00 Batik cap handkerchief set (3) Change RM5.00
        Stripe charge ch_3PqL8x2eZvKYlo2C1aB7mN4d succeeded: S$240.00 for workshop booking WK-0912 (4 pax)
        Invoice to: {{company_name}}, Attn: {{billing_contact}}, PO No: {{po_number}} — due 30 days from invoice date.
        Bill to: Raffles Hotel Singapore, Gift Shop Procurement, 1 Beach Road, Singapore 189673. Item: 120 batik pouches @ S$22.00
        SST 8% applied from 1 Mar 2024 on rental of booth space; invoices dated before this remain at 6%.
        Credit note CN-0031 issued against INV-2024-10-0388: lot downgraded from corner to inline, refund S$30.00.
        Shipment 1Z999AA10123456784 UPS Worldwide Saver, 3 cartons, 14.2kg, Kuala Lumpur 50450 to Hong Kong, DDP.
        Settlement batch 20241130-07: 158 GrabPay txns, 92 DuitNow QR txns, MDR 0.6%, net RM7,812.30
        SHA-256 of export file payouts_2024_11.xlsx: 9f2c4b1e07a3d58e6c1f02b7a94e3d5c8b61f0a2e7d4c9b3a15e8f6d20c7b4a91
        Customer #14 and Customer #27 both disputed the card charge for the cancelled Deepavali bazaar; refunds issued in bulk.
    """),
    ("mixed", "how_to_and_history"): _lines("""
        How do I fix colour bleeding on batik after the first wash? 用盐水还是 vinegar 比较好？
        Apa beza batik cap dengan batik tulis? Is one more valuable for collectors?
        Iwan Tirta brought batik to international runways — any good books on his parang and kawung motifs?
        Datin Seri Endon Mahmood 当年推动马来西亚 batik 上国际舞台，Piala Seri Endon 比赛到现在还有办。
        Is it legal to sell batik with Doraemon prints at the pasar malam? Worried about copyright lah.
        Tips for pricing handmade: materials x 2 + hourly rate x hours, then +30% kalau jual di consignment store.
        UNESCO inscribed Indonesian batik in 2009 as Intangible Cultural Heritage. Songket 是哪一年？有人知道吗
        點樣喺 Instagram 做 craft market 宣傳比較有效？hashtag 用 #sgcraftmarket 定 #handmadesg 好？
        Boleh guna soda ash untuk fix pewarna reaktif? How many grams per litre?
        张爱玲小说里写过很多旗袍布料，有没有人做过以此为主题的 batik 系列？
        Which payment terminal works for both PayNow and DuitNow if I do markets in JB and SG? 要申请两个 merchant account 吗
        Shopee vs Lazada vs own website for selling tenun Pahang — anyone can share fee breakdown? Heard commission now around 10% + transaction fee.
        The Peranakan Museum on Armenian Street has a kebaya exhibit till March, good for motif inspiration 🌸
    """),
    ("en", "config_and_code"): _lines("""
        BOOTH_FEE_SGD = {'standard': 85, 'corner': 115, 'double': 160}  # weekend rates, revised 2024-10
        pos.sync: last_success=2024-12-03T22:14:09+08:00 pending=0 app_version=3.12.4 build=20241128.2
        def commission(amount): return round(amount * (0.25 if amount < 100 else 0.20), 2)
        ERROR 2024-12-01 11:02:44 payment_gateway timeout after 30000ms txn_ref=DN20241201110239XK merchant_id=MY-KL-004127
        vendors.csv columns: lot_no, brand_name, category, fee_paid, checked_in — do NOT add IC numbers or phone numbers here, use the secure sheet.
        SELECT lot_no, COUNT(*) AS orders, SUM(amount) FROM sales WHERE market_date = '2024-12-08' GROUP BY lot_no ORDER BY 3 DESC;
        git commit 4e7a9c2: fix rounding on RM 0.05 cash adjustment in receipt printer module
        cron: 0 2 * * * /opt/kraf/bin/export_payouts --month prev --format xlsx
        LOG_LEVEL=INFO MARKET_TZ=Asia/Kuala_Lumpur DEFAULT_CURRENCY=MYR RECEIPT_FOOTER='Terima kasih! Thank you! 多謝惠顧'
        webhook payload: {event: 'booking.confirmed', booking_id: 'WK-1207', seats: 2, amount_cents: 24000}
        Printer config: Epson TM-T82X, 80mm paper, IP 192.168.1.87, port 9100, code page CP936 for 中文 receipts.
        TODO(ops): rotate the token for the @KrafLaneMarketBot Telegram bot before the year-end fair.
        Feature flag 'consignment_v2' enabled for 3 of 12 stores (SG-01, SG-04, MY-02); rollout paused pending reconciliation.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Mdm Tan from lot #05-12 hasn't paid her booth fee for 3 months, she told me her son lost his job so please go easy on her.
        Vendor onboarding: Name: Lim Wei Ling, NRIC S8734162C, mobile 9127 4408, brand: Indigo Wei Batik, lot A07.
        Please refund the workshop fee to card 4556 7203 1849 2074, it belongs to Priya d/o Subramaniam who cancelled for her chemo appointment.
        Jason Fernandes (the guy who does the leather belts) got banned from the Christmas market after the fight with security on Saturday.
        Courier to deliver the 40 custom sarongs to Nurul Huda binti Kamarudin, Blk 218 Bedok North St 1 #08-145, Singapore 460218, call 8842 3617 on arrival.
        Our helper Siti Rahayu (FIN G5120847T) will man the booth on Sunday, please add her to the vendor pass list.
        Heads up: Raymond Ong from the pottery stall owes me S$1,350 from the consignment split and keeps ghosting me.
        Aunty Mei Ling at the tenun booth is going in for her knee surgery next week so her daughter will cover the stall.
        Workshop attendee list 14 Dec: 1) Hannah Koh hannah.koh88@gmail.com 2) Arjun a/l Rajendran arjun.rjd@yahoo.com 3) Chloe Teo
        PayNow the commission to 9736 1182 (that's Kelvin's personal number, not the shop's).
        Custom order for Mr Goh's wife's 50th birthday — he said keep it secret, she's been depressed since the retrenchment.
        Can someone check the CCTV? Rahim Uddin from the canopy crew says his wallet with his work permit was taken at lot C3.
        Passport details for the Jakarta trade fair: Daniel Lee Jun Hao, SG passport K4172839B, DOB 14/06/1990.
        Don't seat Grace Chua next to the candle stall again, she told me in confidence she's going through IVF and the smell makes her sick.
    """),
    "zh-Hans": _lines("""
        陈阿姨在3栋楼下摆蜡染摊，听说她老公住院了，这个月摊位费我们先帮她垫着。
        定制单收货人：林志强，手机 138 1257 0946，地址：深圳市南山区蛇口望海路 16 号海韵花园 5 栋 1203。
        新会员登记：王雅婷，身份证 440306198703125428，微信号 yating_batik0312，已交年费 RM200。
        黄美玲上个月在市集被投诉卖假货，群主决定暂停她三个月的摊位资格。
        请把工钱转到郑伟明的招行卡 5204 1873 6602 9146，他说这周急用给女儿交学费。
        小周（做木雕那个周建华）欠了场地费两期，电话 186 2093 4471 一直不接。
        阿芬的护照号 E73829164 要用来办槟城参展的入境证明，发我私信，别发群里。
        李秀英老师下周请病假，医生说是甲状腺的问题，蜡染课改由助教代上。
        报名表：姓名 许文杰，身份证号 350203199108273168，车牌 闽D·7K329，需要停车位。
    """),
    "zh-Hant": _lines("""
        檔主陳家豪嘅 HKID K418306(1)，住址：九龍深水埗長沙灣道 233 號 8 樓 C 室，請核對後再發攤位證。
        阿Ben（梁志偉）話佢老婆啱啱流產，今個禮拜六嘅市集佢唔嚟住。
        有客人投訴何淑儀嘅手作肥皂令佢皮膚敏感，仲要求何小姐賠醫藥費 HK$2,300。
        寄賣款請轉去 FPS：9153 2876（張太私人電話），唔好轉去店舖戶口。
        台灣參展商資料：林怡君，身分證字號 A215673849，手機 0928-615-407，LINE ID: yijun_dyeworks
        麥姑娘喺 2 樓轉角個檔，聽講佢個仔最近入咗青山，佢成日都喊。
        工作坊學員名單：黃詠琪 wingkei.wong@outlook.com、吳浩賢 ho.yin.ng1994@gmail.com，兩位都未付尾數。
        周生嘅車牌 UV 8321 成日泊喺卸貨區，管理處已經警告過佢兩次。
        訂製旗袍布嘅客人鄭嘉欣 IG: @kayan.cheng_ 話想改地址，新地址係將軍澳寶琳北路 18 號寶林邨寶勤樓 1512 室。
    """),
    "ms": _lines("""
        Kak Ros dari gerai batik nombor 12 baru bercerai, jadi tolong jangan tanya pasal suami dia masa mesyuarat.
        Butiran peserta: Ahmad Faizal bin Zulkifli, No. KP 850417-10-5523, tel 012-738 4491, bayaran RM120 sudah diterima.
        Encik Rashid yang jual songket tu ada masalah hutang ah long, semalam orang datang cari dia di tapak pasar.
        Sila pindahkan komisen ke akaun Maybank 1123 4560 8871 atas nama Noraini binti Hassan.
        Penghantaran tempahan ke Lot 2147, Jalan Kenanga 3, Taman Sri Rampai, 53300 Kuala Lumpur — penerima Puan Zaleha, 019-225 8130.
        Pekerja Indonesia kami, Siti Aminah, pasport C4829173, permit kerja tamat 3 Jan, tolong urus sebelum pesta kraf.
        Cikgu Salmah yang ajar bengkel canting dimasukkan ke wad kerana denggi, kelas Sabtu dibatalkan.
        Kenderaan peniaga: WXY 4721 (Muthu a/l Krishnan), VBN 882 (Farah Diyana). Sila beri pas letak kereta.
        Telegram Abang Zul @zul_batikterengganu, dia nak beli 30 helai untuk kenduri kahwin anak dia bulan depan.
    """),
    "mixed": _lines("""
        Eh Mei Fong ah, your MyKad 920903-14-6618 still in my drawer from the registration, 你什么时候来拿？
        Vendor Chong Kah Wai 欠 booth fee RM450 since Sept, dia cakap gaji belum masuk. Boss decide lah.
        Tell Auntie Lucy de Souza's daughter: her mum fell at the Chinatown stall yesterday, patah tulang pinggul, now in SGH ward 57.
        Tolong WhatsApp Kumar 016-482 7719 confirm dia boleh hantar kain pelikat tomorrow, 他只会讲淡米尔话和马来话。
        Sharon 那个 IG @sharonmakesthings_ 其实是她私人 account，别 tag 她在 market page，she asked us not to.
        Update: Encik Hafiz's salary from the batik factory only RM1,800, so he asked to pay the workshop fee in 3 instalments lah.
        FIN F6613370L — that's Nguyen Thi Lan's, the Vietnamese lady helping at lot B9, 要帮她 register for the vendor pass.
        Delivery address 啊：Blk 45 Jalan Bukit Merah #12-331, S160045, 收件人 Tan Boon Huat, HP 8205 6613
        Ms Vasanthi a/p Muniandy complained the organiser kept her deposit, dia nak report kat Tribunal Tuntutan Pengguna.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a booking assistant for Kraf Lane Events' weekend craft market."),
        (
            "user",
            "Hi, I want to book lot A03 for Dec 14. My name is Tay Hui Min, NRIC T0258913Z, phone 8163 2290.",
        ),
        (
            "assistant",
            "Thanks, Hui Min. Lot A03 is available at S$85 for Dec 14. Shall I send the PayNow QR to the number you gave?",
        ),
        ("user", "Yes please, and put the receipt under my brand Salt & Indigo."),
    ],
    [
        ("system", "你是手工市集的客服助手。"),
        ("user", "你好，我上周订的蜡染桌布还没到，订单号 CO-2024-0902。"),
        ("assistant", "抱歉让您久等，请提供收货人姓名和电话以便查询物流。"),
        ("user", "收货人刘佳怡，电话 159 0213 8846，地址杭州市西湖区文三路 90 号 2 幢 501。"),
        ("assistant", "已查到，顺丰单号 SF1402399812045，预计明天派送到文三路地址。"),
    ],
    [
        ("system", "你係元創方市集嘅攤主查詢助手。"),
        ("user", "我想幫我阿媽報名 12 月嘅攤位，佢叫蘇美華，HKID Y562019(6)。"),
        ("assistant", "收到，請問蘇女士主要賣咩類型嘅手作？"),
        ("user", "佢做扎染，不過佢早排輕微中風，需要近升降機嘅位。"),
        ("assistant", "明白，我會標注需要近升降機嘅攤位，安排喺地下 A 區。"),
    ],
    [
        ("system", "Anda pembantu tempahan bengkel batik."),
        ("user", "Saya nak daftar anak saya untuk bengkel kanak-kanak hujung minggu ni."),
        ("assistant", "Boleh, sila berikan nama penuh dan umur anak."),
        (
            "user",
            "Nama dia Muhammad Irfan bin Azman, umur 9 tahun, dia ada ADHD jadi mungkin perlu perhatian lebih.",
        ),
        (
            "assistant",
            "Terima kasih atas maklumat. Kami akan maklumkan fasilitator dan simpan maklumat ini secara sulit.",
        ),
    ],
    [
        ("system", "You help artisans draft messages to customers."),
        (
            "user",
            "Help me write a polite chaser to a customer who hasn't paid the balance for her custom batik wedding sets.",
        ),
        ("assistant", "Sure. What's her name and how much is outstanding?"),
        (
            "user",
            "Her name's Jessica Wong Pei Shan, she owes RM1,240, and her email is jess.wps@gmail.com.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Jessica, a gentle reminder that the balance of RM1,240 for your wedding sets is still outstanding.",
        ),
    ],
    [
        ("system", "你是台灣手作市集報名系統的助理。"),
        (
            "user",
            "我要報名高雄駁二的市集，資料如下：陳冠廷，身分證 F120934763，手機 0975 301 862。",
        ),
        ("assistant", "已收到陳先生的資料，攤位費 NT$1,500，請於三日內匯款。"),
        ("user", "好，匯款帳號末五碼我晚點補上。"),
    ],
    [
        ("system", "You are a helpful assistant for a Johor Bahru craft collective."),
        (
            "user",
            "Boss, one of our vendors Pn Kalsom asked if she can pay booth fee late, dia baru keluar hospital after dialysis complications.",
        ),
        (
            "assistant",
            "I'd suggest offering a 30-day extension. Want me to draft a message to her in Malay?",
        ),
        ("user", "Ya please, keep it gentle, jangan sebut pasal sakit dia dalam group."),
    ],
    [
        ("system", "You are an assistant that summarises vendor incident reports."),
        (
            "user",
            "Summarise: At 3pm on Sat, the vendor at lot C7, Mr Ravi s/o Govindasamy, accused the next stall of copying his designs and shouted at a customer. Security escorted him out.",
        ),
        (
            "assistant",
            "Summary: Vendor Ravi s/o Govindasamy (lot C7) was escorted out by security on Saturday at 3pm after a dispute over alleged design copying.",
        ),
        ("user", "Add that this is his second warning, next one is a ban."),
    ],
    [
        ("system", "你係手作店嘅會計助手。"),
        ("user", "幫我計下寄賣分成：總銷售 HK$6,480，抽佣 30%。"),
        ("assistant", "寄賣者應收 HK$4,536，店舖佣金 HK$1,944。"),
        ("user", "好，轉賬畀陸嘉琪，佢 HSBC 戶口 024-519038-833。"),
        ("assistant", "已記錄：應付陸嘉琪 HK$4,536，匯入 HSBC 024-519038-833。"),
    ],
    [
        ("system", "你是槟城蜡染工坊的行政助理。"),
        (
            "user",
            "帮我记一下新员工资料：Goh Siew Ling 吴秀玲，MyKad 780222-07-5341，月薪 RM2,600。",
        ),
        (
            "assistant",
            "已记录：吴秀玲 (Goh Siew Ling)，MyKad 780222-07-5341，月薪 RM2,600。需要同时建立 EPF 资料吗？",
        ),
        ("user", "要的，her EPF number I'll send tomorrow."),
    ],
]
