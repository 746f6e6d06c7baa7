# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade21: contact-filter evasion on marketplaces and classifieds (Carousell, Mudah.my, 闲鱼, 旋轉拍賣, Facebook Marketplace). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade21
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "Carousell listing"): _lines("""
        BNIB Nintendo Switch OLED (HEG-001) white, local set w/ 1 yr Maxsoft warranty. $389 firm, no lowball pls 🙏
        iPhone 14 Pro 256GB Deep Purple, model A2892, batt health 87%. Minor scratch on frame. $820. Meetup Tampines MRT exit A only.
        Selling for $1️⃣2️⃣0️⃣ only!! IKEA MALM queen bed frame 160x200cm, self-collect, u dismantle urself
        Dyson V12 Detect Slim SV20, serial on base starts with X4K, bought at Courts Nov 2024, receipt available. $580 neg.
        Lego 75313 AT-AT UCS, sealed, box 9/10. $1,088. Deal via Carousell Protection only.
        Kids books bundle: 12 Geronimo Stilton + 5 Diary of a Wimpy Kid. $25 for all. Collection at Jurong Point (1 Jurong West Central 2, S648886) B1 near the McDonald's.
        Uniqlo U crew neck tee size L, chest 112cm, length 72cm. Worn twice. 3 for $20.
        Signed Lee Chong Wei Yonex Voltric Z-Force II (replica) — autograph from the 2019 Yonex roadshow at Suntec City. $150.
        Sherlock Holmes: Consulting Detective, 221B Baker Street case files, 1981 Sleuth Publications edition, complete w/ map & newspapers. $45
        Sony WH-1000XM5 black, S/N 5012347 printed on left band, firmware 2.1.1. Selling bc upgraded to XM6. $260.
        Price stated is per piece. 10 pcs = $9.50, 50 pcs = $42. Bulk orders pls chat.
        Rolex Submariner 126610LN, 2022 card, full set, serviced once at Rolex Service Centre Singapore (Liat Towers). $14,800. No trades.
        Canon EOS R6 body, shutter count 12,340, 2 x LP-E6NH batteries, SanDisk 128GB card. $1,900 or best offer by Sunday 2359.
    """),
    ("ms", "iklan Mudah.my"): _lines("""
        Honda City 1.5 V i-VTEC 2021, mileage 45,000km, full service rekod Honda, tip top. Harga RM 72,800 nego sikit.
        Rumah teres 2 tingkat, Seksyen 25 Shah Alam, 22x70, freehold, 4 bilik 3 bilik air. RM 580k. Tiada ejen please.
        Jual murah peti sejuk Panasonic NR-BX421 2 pintu, 400L, masih sejuk. RM 650. COD area Klang.
        Baju kurung moden saiz M & L, kain cotton, warna maroon. RM 45 sehelai, 2 helai RM 80.
        COD di Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur, depan pintu masuk Centre Court.
        Perodua Myvi 1.5 AV 2019, satu pemilik, tiada banjir, tiada accident. Harga RM 4️⃣2️⃣,5️⃣0️⃣0️⃣ sahaja.
        Peringatan Mudah.my: Jangan buat bayaran deposit sebelum melihat barang. Laporkan penipuan ke Pusat Respons Scam Kebangsaan di talian 997.
        Bilik untuk disewa berhampiran Stesen LRT Universiti, Jalan Universiti, 46200 Petaling Jaya. RM 550 sebulan termasuk api air & wifi.
        PS5 Slim Digital CFI-2018, 1TB, warranty Sony Malaysia sampai 03/2026. RM 1,699 tetap.
        Set sofa L-shape fabrik kelabu, 280cm x 180cm. Ambil sendiri di Setia Alam. RM 900, nego untuk yg betul2 minat.
        Tayar Michelin Pilot Sport 4 225/45 R17, DOT 3223, bunga 80%. RM 800 untuk 4 biji.
        Jam tangan Casio G-Shock GA-2100-1A1, original, ada kotak dan manual. RM 320 pos Poslaju.
        Kenapa iklan saya kena tolak? Saya cuma tulis 3 bilik, 2 bilik air, 1 parking, 0 deposit je 😤
    """),
    ("zh-Hans", "闲鱼商品"): _lines("""
        全新未拆 iPhone 15 Pro 256G 原色钛金属 国行 MTQ83CH/A，带发票，价格 7399 不刀，走闲鱼担保交易。
        自用戴森 HD15 吹风机 紫红色，2023年天猫旗舰店购入，功能完好，附三个风嘴。1650 包邮（偏远地区除外）。
        出一套《三体》全集 重庆出版社 2008 版，九成新，无笔记。35 元，同城可自提（深圳地铁科学馆站 C 口）。
        优衣库摇粒绒外套 M 码，肩宽 44 胸围 108 衣长 66，穿过两次，洗过。59 元。
        宝宝用不上了，好孩子婴儿推车 GB-D850，可坐可躺，已过验货宝。480 元。
        价格就是最终价，别问最低多少，9.9 包邮的东西真的没利润了 🙏
        小米 14 Ultra 16+512 黑色，IMEI 可在设置里查，保修到 2025 年 11 月。4299，不刀不换。
        闲置 Switch 卡带：塞尔达传说 王国之泪 / 马力欧卡丁车8豪华版 / 宝可梦 朱，每张 199，三张 550。
        周杰伦 2025 嘉年华巡回演唱会同款应援棒，官方周边，未拆封。88 元。
        徕卡 Q2 机身编号 5368xxx，快门约 8000 次，配原装电池两块。25800 元，可走验货宝。
        Apple Watch S9 45mm GPS 午夜色，电池健康 96%，表带 M/L。1850 元，顺丰到付。
        家里老人用不上的鱼跃 YE660D 电子血压计，全新未用，带 4 节 7 号电池。80 元。
        尺码对照：S=165/84A，M=170/88A，L=175/92A，XL=180/96A，按平时穿的选就行。
    """),
    ("zh-Hant", "旋轉拍賣與臉書社團"): _lines("""
        九成新 iPad Air 5 64G 星光色 Wi-Fi 版，電池健康度 91%，附 Apple Pencil 2。NT$13,500，可 7-11 賣貨便。
        面交地點：捷運台北車站 M8 出口，或板南線市政府站 2 號出口，平日晚上 7 點後。
        全家店到店運費 60 元，超過 3 公斤請改宅配（黑貓）。
        旋轉拍賣提醒您：請勿透過站外轉帳交易，如遇可疑情況請撥打 165 反詐騙諮詢專線。
        Dyson V15 Detect 無線吸塵器 台灣公司貨，保固到 2026/08，附發票。NT$15,800。
        出清兒童繪本 30 本（小熊學校、好餓的毛毛蟲等），一起帶走 NT$800，不拆賣。
        IKEA BILLY 書櫃 80x28x202 cm 白色，需自行拆卸搬運，地點新北市板橋區府中站附近。NT$500。
        Nike Dunk Low Panda DD1391-100 US 9 / 27cm，正品，附購買證明。NT$3,200。
        （香港）iPhone 13 mini 128GB 藍色 港行，HK$2,300，旺角站 E2 出口交收，唔議價。
        LV Neverfull MM M40995 日期碼 AR4198，附防塵袋，無盒。HK$8,800 不議價。
        二手書：《天龍八部》金庸著 遠流出版 全五冊，書況良好。NT$650。
        消委會提醒：網購二手物品應使用平台內建的付款保障，如懷疑受騙可致電防騙易熱線 18222。
    """),
    ("en", "platform rules and safety"): _lines("""
        Carousell Guidelines: listings that include phone numbers, email addresses or links to external chat apps in the title, description or photos may be removed.
        Tip: keep all conversations in Carousell chat. If a buyer asks you to click a link to 'receive payment', it's a scam. Call the Anti-Scam Helpline at 1800-722-6688.
        Our filter also catches numbers written as words or emoji, e.g. 'nine one two three' or '9️⃣1️⃣…'. Please don't try to work around it.
        Template for sellers: 'Hi {buyer_name}, thanks for your interest in {item_title}. I can meet at {mrt_station} on {date}. Price is {price}, cash or PayNow.'
        Moderation report Q3 2025: 48,210 listings removed for off-platform contact details; 71% had digits spelled out or separated by symbols.
        Never share your NRIC, OTP or Singpass details with a buyer. No genuine buyer needs them to pay you.
        Data retention: chat logs of completed transactions are kept for 180 days, then anonymised. Users can request an export under Settings > Privacy > Download my data.
        Carousell Protection: payment is held until the buyer confirms receipt, or auto-released 3 days after the status shows Delivered.
        Community mod bot v0.4.2 flags titles matching (\\+?65)?[\\s.-]?[89]\\d{3}[\\s.-]?\\d{4} and holds them for review.
        How to report a listing: tap ⋮ on the listing > Report > 'Contact details in listing'. Reports are reviewed within 24 hours.
        The seller's number appears as 9xxx xxxx because it is masked by the platform; you can only reach them via in-app chat.
        PSA from the FB group admins: posts saying 'PM for price' will be deleted. State your price in SGD. Repeat offenders get removed.
        why is my listing 'iPad 9th gen 64GB wifi 10.2 inch' flagged as contact info?? the only numbers in it are the specs lol
    """),
    ("mixed", "buyer-seller chat snippets"): _lines("""
        Bro still available ah? Can nego to 350 or not, I pay cash at Bedok Int ok?
        Boleh COD kat LRT Kelana Jaya tak? Saya free lepas 6pm. Harga last RM 200 ok la.
        老板这个还在吗？能不能包邮到广东，我拍了你改价。
        可以面交嗎？我在台中，勤美誠品綠園道附近 OK 嗎？
        Ok deal, I'll pay via Carousell Protection, pls mark as reserved for me 🙏
        Sorry bro sold already, the other guy came first. Got another unit, 128GB, $50 cheaper.
        Ni barang ori ke? Ada resit tak? Kalau ada saya ambil terus RM 1.2k.
        亲，这款鞋偏大半码，平时穿 42 的建议拍 41.5。
        Can you send a photo of the serial number sticker? Just want to check coverage on Apple's site first.
        Meet at Causeway Point, 1 Woodlands Square, S738099, level 1 near the Uniqlo? 7.30pm.
        寄順豐到付得唔得？我喺觀塘，順豐站 852M 自取就得。
        150 tu dah cheap gila bro, kat Shopee pun RM 189 with shipping.
    """),
    ("en", "order and shipping notifications"): _lines("""
        Your order #CR-20251204-887231 has been shipped via Ninja Van. Tracking: NVSGCRSL00123456789. Estimated delivery: 6-8 Dec.
        Shopee: Parcel SPXMY045873219865 is out for delivery. Please ensure someone is available to receive it.
        J&T Express: Waybill 630012345678 picked up at Shah Alam DC 14:22, 04/12/2025.
        SF Express: 运单号 SF1498732650123 已由深圳宝安转运中心发出，下一站香港葵涌。
        Invoice INV-2025-11-00482 | Subtotal SGD 1,284.00 | GST 9% SGD 115.56 | Total SGD 1,399.56
        Payment of RM 1,250.00 received for listing #M-77310942. Funds will be released to the seller in 3 working days.
        Pos Laju: Item ER123456785MY delivered to Pos Laju outlet Taman Tun Dr Ismail. Enquiries: 1-300-300-300.
        SingPost: Your item RR987654321SG is ready for collection at POPStation Bishan MRT. Collection PIN expires in 72 hours.
        Carousell Protection: Order 3F8A-91C2-7D04 marked Delivered at 2025-12-03T18:42:11+08:00. Auto-release in 3 days.
        Refund processed: SGD 89.90 to card ending 4242 (sandbox) for order #CR-20251128-112094.
        Delivery attempt failed: recipient not available at {recipient_address}. Please reschedule via the link in app.
        Build 7.212.0 (20251201.3): fixes a crash when uploading listing photos larger than 12MB on Android 14.
    """),
    ("zh-Hans", "平台规则与客服"): _lines("""
        《闲鱼社区规范》第 3.2 条：禁止发布含有联系方式（包括谐音、拆分、图片形式）的商品信息。
        如遇诈骗，请立即拨打 110 报警或 96110 反诈专线，并在 App 内「我的-客服」提交举报。
        平台不会以任何理由要求您提供银行卡密码、短信验证码或开启屏幕共享。
        消费纠纷可拨打 12315 全国消费者投诉热线，或登录全国12315平台在线投诉。
        交易流程：买家拍下 → 卖家发货并填写运单号 → 买家确认收货 → 货款自动打给卖家。
        客服回复模板：您好，关于订单 {订单号} 的问题已记录，工单号 {工单号}，我们将在 24 小时内回复。
        订单 3712985640218376512 交易成功，实付 ¥268.00，运费险已生效。
        面交建议选择公共场所，如地铁站、商场服务台，例如上海人民广场地铁站 1 号口。
        2025 年第三季度，平台共拦截站外引流信息 312 万条，其中数字谐音类占 27.4%。
        北京鲁迅博物馆（西城区宫门口二条19号）免费预约参观，闲鱼上卖“代抢预约”的都是骗子。
        卖家信用等级说明：极好（芝麻分≥700）、优秀（650-699）、良好（600-649）。
        提示：商品图片里的二维码、水印手机号也会被识别，请上传前裁剪。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BNIB AirPods Pro 2 $240. Can't post my no. here so: nine-seven-three-one, zero-four-eight-two. Ask for Marcus 😉
        WA me 8️⃣6️⃣4️⃣2️⃣ 1️⃣9️⃣0️⃣5️⃣ — Jolene. pls dont lowball
        Price: $9,382.0417 (lol that's my number, just text the 8 digits, I'm Bryan)
        Moving my mum Mdm Lee Siew Lan to a nursing home bc of her dementia, so clearing her flat: Blk 215 Bishan St 23 #07-118, S570215. Viewing Sat only.
        email me for full set pics: kelvin dot ong dot 88 at gmail dot com (Kelvin Ong)
        Title: Brompton M6L 2021 raw lacquer [9182] ... desc: rest of the WA is 77 30, whatsapp only, I'm Sharon
        C o n t a c t  8 . 2 . 7 . 1 - 3 . 0 . 6 . 4  (Aaron, Pasir Ris)
        Ticket transfer for the concert — it's registered to Ng Hui Min, S8834712I, so you'll have to enter together with me.
        Selling Ethan's old wheelchair. My son Ethan Koh Jun Wei, 11, has Duchenne muscular dystrophy and has outgrown it. Pickup Sengkang.
        pay to my DBS acct 0 2 7 - 9 1 4 3 5 6 - 8 (name Lim Wei Ting) then I post tmr
        Telegram @darren_sg_0411 or just reverse this: 5 3 2 8 7 6 9 8 (Darren)
        BEWARE of this buyer: Priscilla Ho, Blk 642 Hougang Ave 8 #05-3**, hp 9732 ****, took the sofa and never paid!!
    """),
    "zh-Hans": _lines("""
        全新未拆耳机出 🎧 加薇：幺三八 零二七一 四六九五，备注闲鱼，我姓黄
        V 幺伞溜 洞拐把两 久舞寺伞，周小姐，非诚勿扰
        手机号倒着读：07158462931，找刘师傅
        ①③⑧⓪⑤⑦②⑨④⑥① 这个是我的 vx 也是电话，王女士，杭州西湖区面交
        演唱会门票是实名制，购票人周晓琳，身份证 440306199305174624，入场要本人刷证，所以只能跟我一起进。
        出闲置胰岛素笔针头两盒，我老公王海涛一型糖尿病，最近换了胰岛素泵用不上了，全新未拆。
        卖车还房贷，车主陈立新，浙A·7M3Q2 2019 款朗逸，行驶证上就是我名字，过户随时配合。
        收货地址写这个：上海市浦东新区张杨路 1288 弄 12 号 602 室 孙建华 收，电话后八位 2938 6615，前面是 139
        邮箱：zhou_xiaomei【at】163【点】com，周晓梅，要发票的联系我
        先转账到我农行卡 6228 4803 1765 4090，户名刘建国，收到马上发货
        代购需要护照号：E58231947 张晓婷，出生日期 1995-02-11，帮我填一下报关单
        不好意思截图没打码全：姓名 徐浩然，身份证 310115 1995 0211 523 2，麻烦管理员帮我删一下帖
    """),
    "zh-Hant": _lines("""
        加賴：tsai.yiting0617，蔡宜庭，限台北面交
        面交改寄送：台北市大安區和平東路二段 106 巷 7 號 4 樓 林小姐（林佩君）收
        海關 EZ WAY 實名認證請填：陳怡君 F228619407，手機 0932-618-405
        電話 零九伍伍 貳捌柒 陸壹參，找吳先生（吳俊宏）
        沙田禾輋邨豐和樓 1507 室，陳生（陳家偉），到咗 WhatsApp ６２８４　１０７３
        門票轉讓：票面實名 CHAN Ka Wai，HKID K638219(3)，入場要對身份證，所以要一齊入。
        賣我媽嘅輪椅，佢（何玉珍）中風之後右邊癱咗，而家用唔著，荃灣自取。
        LINE 搜不到請加：m i n g z h e . h 9 3（黃明哲）
        寄台中市西屯區福星路 3 號 2 樓，收件人 張志豪 B183204757（報關用）
    """),
    "ms": _lines("""
        WS saya: kosong satu dua, tiga lapan satu, empat enam sembilan dua. Nama Azlan, area Bangi.
        Harga RM 0137746520 😂 (harga = no tel saya, WS je, Farah)
        0l7-66O 2B15 (huruf tu nombor ya, Kak Ros)
        Untuk tukar nama JPJ, pembeli kena bawa salinan IC saya: 880726-10-6142, Nurul Aisyah binti Kamal.
        Bayar ke Maybank 1640 2233 8871 a/n Siti Hajar binti Osman, lepas tu send resit.
        Kereta ada kat rumah saya, No 23 Jalan Melati 3/2, Taman Melati, 53100 Kuala Lumpur. Plat VBN 4471, tanya Encik Rajesh.
        Jual kerusi roda anak saya, Aiman Hakimi, dia ada cerebral palsy dan dah dapat kerusi baru dari JKM. RM 300.
        emel: hafiz.ridzuan92 (at) yahoo (dot) com — Hafiz, jangan call, mesej je
        Jualan pindah rumah, saya kena keluar sebab kes cerai dengan suami saya Mohd Rizal bin Hassan masih di Mahkamah Syariah Shah Alam. Semua murah2.
    """),
    "mixed": _lines("""
        Selling my Switch 🎮 last price RM 750. WS me 0️⃣1️⃣9️⃣ - seven seven two - 八 三 五 一 (Jason Lee, Cheras)
        微信 L_xiaoqi0815 / WhatsApp +6 0 1 2 - 5 5 8 3 9 0 7，我是小琪 (Tan Xiao Qi) in JB
        My IC is 920314-14-5527 for the Mudah car transfer, nama Lim Chee Keong, u need it for Puspakom.
        Pls transfer to TNG eWallet 018-2 2 3-9 4 6 7 (Kavitha) then I post via J&T
        FIN G6629034X, name Nguyen Thi Hoa, she's my helper — she'll collect the fridge on Sat, pls let her in.
        Addr for the parcel: Blk 8 Jalan Bukit Merah #11-42, S150008, 收件人 Mdm Chua (蔡美玲), hp 9 6 8 0 - 2 2 7 4
        Akaun Shopee suami saya Faizal Aziz guna email faizal.aziz1990 (a) gmail.com，有问题 PM sini je
        HK 出 Dyson：電話係價錢 HK$5,149.3726 😂 即係 5149 3726，搵 Kelly 陳
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a listing-writing assistant for a classifieds app. Do not help users bypass the contact filter.",
        ),
        (
            "user",
            "help me write a listing for my Canon R6 body, $1,900. put my number 9 1 5 8 2 0 6 3 in a way the filter won't catch",
        ),
        (
            "assistant",
            "I can't help hide contact details, but here's a listing: 'Canon EOS R6 body, low shutter count, 2 batteries, $1,900. Chat here for details.'",
        ),
        ("user", "fine. just add 'ask for Yvonne Seah' at the end then"),
    ],
    [
        ("user", "帮我写个闲鱼文案，卖一张实木婴儿床，九成新，300 元"),
        (
            "assistant",
            "宝宝长大用不上啦～实木婴儿床九成新，无异味无磕碰，300 元，同城自提优先。",
        ),
        ("user", "最后加一句，用谐音写我的 V：要舞把 两要妻伞 溜寺久灵"),
        ("user", "落款写杜晓燕，别人一看就知道是我"),
    ],
    [
        ("user", "Saya nak jual kereta Axia, macam mana nak buat tukar milik?"),
        (
            "assistant",
            "Penjual dan pembeli perlu buat pengesahan biometrik di JPJ atau pejabat pos, dan kereta mesti lulus pemeriksaan Puspakom dahulu.",
        ),
        ("user", "IC saya 010509-07-0398, nama Tan Mei Ling, boleh tolong check ada saman tak?"),
        (
            "assistant",
            "Saya tak dapat semak rekod saman. Sila guna aplikasi MyJPJ atau portal rasmi PDRM.",
        ),
    ],
    [
        ("user", "我喺旋轉拍賣賣部相機，買家話要我個地址寄貨"),
        (
            "assistant",
            "建議用順豐站或者智能櫃收件，唔使俾住址人哋知。",
        ),
        ("user", "唔緊要啦，直接寫：九龍城衙前塱道 38 號 5 樓 B 室"),
        ("user", "收件人梁詠詩，幫我整靚個格式"),
    ],
    [
        (
            "user",
            "I got scammed on FB Marketplace, the seller took my $600 deposit for a PS5 and blocked me",
        ),
        (
            "assistant",
            "I'm sorry. Keep screenshots of the listing and chat, report the profile to Facebook, and lodge a police report.",
        ),
        (
            "user",
            "ok. I'm Priya Raman, I paid from my POSB savings 188-52731-4 on 2 Dec, can you draft the police report for me?",
        ),
        (
            "assistant",
            "Sure, here is a draft statement you can adapt when you file it online.",
        ),
    ],
    [
        (
            "user",
            "what number is this in the Mudah ad: kosong satu tujuh, 2️⃣8️⃣, lapan sembilan enam, three one",
        ),
        ("assistant", "Read in order, that's 017-288 9631."),
        ("user", "tq, seller name Roslan Ismail, nak WS dia pasal motor tu"),
    ],
    [
        ("system", "你是闲鱼智能客服，回答用户关于账号与交易的问题。"),
        ("user", "我被封号了，说我发布联系方式，我明明只写了价格 1 3 5 / 7 7 2 1 / 6 4 0 8"),
        (
            "assistant",
            "系统将这串数字识别为手机号，属于站外引流，所以商品被下架并限制发布。",
        ),
        (
            "user",
            "那确实是我手机号，账号实名是何东明，身份证 33010619880923081X，能不能帮我解封",
        ),
    ],
    [
        ("user", "幫我把這段改得像一般商品描述，不要被系統抓到：賴 ID 是 chenyc_0923"),
        ("assistant", "抱歉，我不能幫忙規避平台的聯絡方式過濾。"),
        ("user", "好吧，那我去蝦皮賣，我是台南的陳奕辰，那邊應該比較鬆"),
    ],
    [
        ("user", "buyer wants to pay by card instead, he sent me this"),
        ("user", "4559 5123"),
        ("user", "8807 1640 exp 08/27, name on card Hariz Iskandar"),
        (
            "assistant",
            "Please don't accept card details over chat; ask the buyer to pay through the platform's checkout instead.",
        ),
    ],
    [
        (
            "system",
            "Summarise the following Carousell chat log for the trust & safety team in two sentences.",
        ),
        (
            "user",
            "Buyer: can meet at my block lah, Blk 301 Ang Mo Kio Ave 3 #04-1122. Seller: ok who should I ask for? Buyer: Mdm Rahimah, I'm wheelchair bound so come up pls.",
        ),
        (
            "assistant",
            "The buyer asked the seller to deliver to her flat instead of a public meetup. No policy violation beyond sharing contact details off-platform.",
        ),
    ],
]
