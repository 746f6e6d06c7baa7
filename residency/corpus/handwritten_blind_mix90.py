# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix90: home bakers and Instagram food sellers in SG/MY/HK (pre-orders, delivery, allergies, halal, DMs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix90
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "preorder_post"): _lines("""
        🎄 Christmas pre-orders are OPEN! Log cake (Earl Grey / Matcha / Dark Choc), 6-inch only, S$52 each. Slots close 15 Dec or when fully booked. Self-collect at Tampines or delivery S$15 islandwide.
        CNY pineapple tarts batch 3 is sold out, thank you all!! Batch 4 opens Monday 8pm sharp, limited to 80 tubs, max 2 tubs per order.
        Restock alert: Biscoff burnt cheesecake back this weekend. 4-inch RM38, 6-inch RM68. Klang Valley delivery via Lalamove, sender pays half.
        Reminder: we are a home-based business, no walk-ins please. All orders through the Google Form link in bio, payment within 24 hours to secure your slot.
        Mooncake festival bundle 🌕 4 snowskin mooncakes (durian, lychee rose, yuzu, pandan) in a gift box, HK$268. Last collection day 16 Sep.
        Sorry guys, the oven died last night 😭 all Thursday orders will be pushed to Friday same time slot. Those who prefer a refund pls DM, no questions asked.
        Hari Raya cookie boxes are back: almond london, tart nenas, semperit, cornflakes madu. Pre-order until 20 Mar, delivery week of 25 Mar.
        Deepavali murukku and nankhatai sets now available for pre-order, 500g jar S$18, bundle of 3 for S$50.
        Giveaway time! Follow us, like this post and tag 2 friends to win a 6-inch ondeh ondeh cake. Winner announced 30 Nov via IG story. Open to SG residents only.
        Our kitchen handles peanuts, tree nuts, eggs, dairy and gluten. We cannot guarantee any product is allergen-free, please order with care.
        Fully booked for the 24th and 25th! Only 6 slots left for the 23rd. Christmas Eve is FULL.
        New flavour drop 🍵 hojicha basque cheesecake, soft launch price S$45 for the first 20 orders only.
        Collection points this week: Tampines MRT exit B (Sat 11am-1pm) and Bishan Junction 8 taxi stand (Sun 3-4pm). No collection on weekdays.
        Bulk order for corporate events? Min 100 pcs cupcakes, 2 weeks' notice, invoice available for company claims.
    """),
    ("mixed", "shop_policy_faq"): _lines("""
        FAQ: Halal ah? We are Muslim-owned but NOT halal certified lah, all ingredients are from halal-certified brands, no pork no lard, but we don't claim halal.
        Q: Can deliver to JB or not? A: Sorry, SG only for now. Cross-border delivery too risky for the cakes, cream will melt one.
        Storage 保存方法: keep in fridge, consume within 3 days. Cheesecake can freeze up to 2 weeks, thaw in chiller overnight, 唔好用微波爐叮。
        Allergy disclaimer / 過敏提示: 本店所有產品都喺同一個廚房製作, may contain traces of nuts, sesame and egg. 如有嚴重過敏，請勿下單。
        Payment: PayNow QR shown at checkout / FPS / DuitNow QR only. No COD, no cash on delivery sorry ya.
        Refund policy: cancel 72 hours before collection full refund, within 72 hours 50% only, on the day no refund. Rain or shine pun kena collect on time.
        Eggless option available for brownies and cookies (+$3), vegan option not available yet coz butter substitutes tak sedap lah honestly.
        Delivery fee: Klang Valley RM15, Putrajaya/Cyberjaya RM20, Seremban RM35. Free delivery above RM200 dalam Klang Valley sahaja.
        Customised cake 客製蛋糕 need at least 2 weeks advance order, design fee from $20 depending on complexity, 3D figurine 另計。
        Do you use alcohol? Rum-soaked fruit cake contains rum, all other products alcohol-free. The vanilla extract we use is the alcohol-free version.
        Gelatin 用咩㗎? We use agar-agar and fish gelatin only, no pork or beef gelatin. Suitable for vegetarians? Only the agar ones, check the label.
        Late collection policy: kalau lambat lebih 30 minit, order akan dibawa balik dan customer kena arrange Lalamove sendiri. Thanks for understanding!
        Sugar level can adjust: less sweet 少甜 or normal only. Sugar-free not possible because sugar is structural in meringue.
        Why so expensive ah? Because we use Lurpak butter, Valrhona chocolate and fresh eggs, no premix. Small batch handmade, each cake takes 2 days.
    """),
    ("zh-Hant", "hk_ig_post"): _lines("""
        【聖誕曲奇禮盒開始預訂🎄】每盒12塊，有薑餅人、雪花酥同抹茶杏仁，HK$198一盒，12月20號或之前交收。
        今期巴斯克芝士蛋糕已經爆單，多謝大家支持🙏 下一輪會喺下星期三晚上8點開，留意限時動態。
        交收地點：旺角港鐵站E2出口，逢星期六下晝2點至4點；其他地區可以順豐到付，但蛋糕類恕不寄送。
        付款方式：轉數快FPS或PayMe，落單後24小時內付款先確認，過咗時間會自動取消。
        本店係家庭式小店，冇食肆牌照，只做網上預訂，唔設門市。多謝體諒。
        有客問有冇無糖版本，暫時未有，因為糖喺蛋白霜入面係結構嘅一部分，減得太多會塌。
        中秋流心奶黃月餅6個裝，HK$288，9月10號截單，9月14至16號交收，數量有限售完即止。
        提提大家：我哋用嘅係動物性忌廉，唔適合長時間放喺室溫，攞咗之後請盡快放雪櫃。
        抽獎活動🎉 Follow + Like + tag 兩位朋友就有機會贏走6吋伯爵茶戚風蛋糕一個，11月30號公佈結果。
        有人問可唔可以寄去澳門，答案係可以，但只限曲奇同乾貨，運費另計，大約3至5個工作天。
        訂單編號 HK24-0917 至 HK24-0952 嘅客人請留意，交收時間改為星期日下晝3點，唔好意思。
        食物安全中心有指引話自製食品要標明致敏原，所以由今個月開始每盒都會貼埋成分標籤。
        今日試咗新嘅港式蛋撻配方，用咗牛油酥皮，焗爐220度15分鐘，出爐超香！
    """),
    ("zh-Hans", "recipe_and_tips"): _lines("""
        黄梨挞馅料一定要用新鲜黄梨慢火煮3小时，加少许丁香和肉桂，煮到可以拉丝才算好。
        班兰戚风蛋糕的班兰汁建议用新鲜班兰叶打汁，再放冰箱沉淀一晚，只取上层清汁，颜色会比较自然。
        烤箱温度不准的话建议买个烤箱温度计，很多家用烤箱误差可以差到20度。
        新加坡天气湿，曲奇出炉放凉后要马上装进密封罐，不然第二天就软了。
        年饼预购截止日期：农历腊月十五，请大家提早下单，今年鸡蛋价格涨了，所以每罐加价2块。
        马来西亚的清真认证由JAKIM负责，家庭烘焙小店如果要申请，一般需要先在SSM注册公司。
        问：奶油奶酪用哪个牌子好？答：Philadelphia 和 Anchor 都可以，Anchor 的比较适合做重乳酪。
        榴莲千层最好用猫山王果肉，冷冻后口感会变，所以建议当天做当天送。
        手工凤梨酥和黄梨挞不一样，凤梨酥是台湾做法，外皮包住馅料，黄梨挞是开口的。
        订单满50份可以打九折，企业订单可以开发票，需要提前两周预订。
        奶茶味曲奇配方：低筋面粉200克，黄油120克，糖粉60克，奶茶粉15克，蛋黄1个。
        关于过敏原标示，新加坡食品局建议家庭式食品业者在包装上清楚注明坚果、鸡蛋和奶制品。
        做马卡龙失败最常见的原因是蛋白打发不够或者烤箱温度太高，表面会裂开。
    """),
    ("ms", "halal_bazaar_info"): _lines("""
        Tempahan kuih raya dibuka! Tart nenas gulung RM35 sebalang, biskut almond london RM40. Tempahan ditutup 15 Ramadan.
        Untuk makluman, produk kami belum ada sijil halal JAKIM tetapi semua bahan yang digunakan mempunyai logo halal yang diiktiraf.
        Permohonan sijil halal untuk perusahaan mikro boleh dibuat secara dalam talian melalui portal MYeHALAL, yuran untuk syarikat mikro adalah rendah.
        Bazar Ramadan tahun ini: gerai kami di Bazar Ramadan Seksyen 7 Shah Alam, lot B23, buka dari 4 petang hingga 7.30 malam.
        Soalan lazim: Adakah kek ini mengandungi gelatin babi? Tidak, kami hanya guna agar-agar dan gelatin ikan yang halal.
        Penghantaran ke seluruh Lembah Klang menggunakan Lalamove, caj penghantaran ditanggung pembeli.
        Semua pengendali makanan wajib menghadiri Kursus Pengendali Makanan dan mendapat suntikan anti-tifoid sebelum berniaga di bazar.
        Kek batik resepi turun-temurun, guna biskut Marie, Milo dan mentega Anchor. Boleh tahan seminggu dalam peti sejuk.
        Harga borong untuk reseller: minimum 20 balang, diskaun 15%. Hubungi kami melalui DM untuk senarai harga.
        Maaf, slot tempahan untuk minggu pertama Syawal sudah penuh. Slot minggu kedua masih ada.
        Cara simpan biskut raya: simpan dalam balang kedap udara, jauhkan dari cahaya matahari, tahan sehingga 2 bulan.
        Kami tidak menerima bayaran tunai. Bayaran melalui DuitNow QR atau pindahan bank sahaja, resit perlu dihantar dalam masa 24 jam.
        Promosi Merdeka: beli 2 balang percuma 1 balang kuih bangkit, sah sehingga 31 Ogos sahaja.
    """),
    ("en", "order_logs_and_codes"): _lines("""
        2024-12-18 21:04:11 INFO order SG-24-11873 status=PAID amount=58.00 SGD method=PAYNOW_QR
        Lalamove booking 1839274650 assigned, ETA 14:35, vehicle type: car, item: 3 cake boxes.
        Tracking no. SF1402983374521 (SF Express) — departed Shenzhen hub, expected delivery 2 working days.
        INV-2024-0388 | 40 x mini cupcakes @ S$2.80 | subtotal S$112.00 | GST not applicable
        SKU BCK-PNT-500 Pineapple tarts 500g jar, barcode 9556789012341, stock: 42
        Batch LOT-2412-B07 baked 12/12/2024, best before 26/12/2024, store below 18°C.
        Delivery zone check: postal code 520123 → EAST, fee S$12.
        Promo code XMAS15 applied: -15% on subtotal, valid till 2024-12-25 23:59.
        def delivery_fee(zone: str) -> float: return {'east': 12.0, 'west': 15.0, 'north': 15.0, 'central': 10.0}.get(zone, 18.0)
        Google Form fields: Full name* | Contact no.* | Collection date* | Delivery address (if any) | Allergies / dietary notes
        Ticket #48213 reopened: marketplace listing flagged for missing expiry date on cookie jars, seller asked to update photos.
        Shopee order 241218K7QW3PZM shipped via J&T, AWB 630928475163.
        ISBN 978-981-4779-02-9 — Nonya Kueh Made Easy, 2nd edition, paperback, 168 pages.
        Oven log: preheat 170°C 10 min, bake 45 min, rest 15 min, internal temp 92°C, batch OK.
    """),
    ("mixed", "anonymous_dm_and_templates"): _lines("""
        hi can order 2 boxes of the pandan cookies for this sat? collect ok
        Hello! Is the burnt cheesecake suitable for someone with gluten intolerance ah?
        my kid allergic to eggs, got any cake without egg or not? 谢谢
        请问有没有halal的？同事是回教徒，想买给办公室一起吃。
        Hi {customer_name}, your order #{order_id} is confirmed for {collection_date}. Please bring your order number when collecting 😊
        Template: Dear [Name], thank you for your payment of [Amount]. Your slot on [Date] is secured. — [Shop Name]
        幾時會再開單呀？上次搶唔到😭
        Kak, kek ni tahan berapa hari kalau tak masuk peti sejuk?
        boleh buat less sweet tak? family member ada kencing manis
        can pay half first then balance upon collection?
        收到！蛋糕好好食，屋企人都話唔太甜啱啱好，下次再幫襯❤️
        Auto-reply: Thanks for your DM! We reply within 24 hours. For orders please use the form in our bio, DM orders will not be entertained.
        Hi sis, saw your post on the mooncake bundle, still got slot for 15 Sep or not?
    """),
    ("en", "food_public_figures"): _lines("""
        Chan Hon Meng's Hong Kong Soya Sauce Chicken Rice and Noodle stall became one of the first hawker stalls to receive a Michelin star in 2016.
        Chef Wan became a household name in Malaysia through his television cooking shows.
        Mary Berry's Victoria sponge recipe is still the one most home bakers in the UK start with.
        In Ratatouille, Remy the rat dreams of cooking like his hero Auguste Gusteau.
        Violet Oon has written several Peranakan cookbooks and runs restaurants serving Nyonya food in Singapore.
        Food critic Chua Lam (蔡瀾) championed Hong Kong dai pai dong culture in his columns and TV programmes.
        In Kiki's Delivery Service, Kiki lodges with Osono above a bakery and starts a flying delivery business.
        Anthony Bourdain featured Singapore hawker centres in both No Reservations and Parts Unknown.
        Singapore's hawker culture was inscribed on the UNESCO Representative List of the Intangible Cultural Heritage of Humanity in December 2020.
        Martin Yan's Yan Can Cook introduced Chinese home cooking to American television audiences.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order #0412 | Tan Mei Ling | 9734 2186 | Blk 512 Bedok North Ave 3 #08-221 S(460512) | 2x Biscoff burnt cheesecake 6-inch | NO nuts - daughter allergic
        Delivery note for driver: Mrs Gwendolyn de Souza, 14 Jalan Kembangan #02-01, Singapore 419106. Gate code 2580, leave the cake with the helper if no one answers, call 8216 5093.
        Refund $38 for cancelled slot → PayNow to NRIC S8834127I (Nur Aisyah Rahmat). Done 19/12, screenshot sent.
        BFH course sign-up for the home kitchen: Lim Wei Jie, NRIC T0451789F, DOB 14/03/2004, mobile 9058 3371.
        hi jolene here (@jolene.eats.sg), the cake i collected sat had mould under the cream, i have pics. order under my name Jolene Koh. pls refund or i will post a review
        Customer complaint log 21/12: Mr Harvinder Singh s/o Gurdev Singh says the eggless cake for his son's birthday contained egg; boy had hives, went to KKH A&E. Contact hvsingh.77@gmail.com.
        Pls deliver to my office instead: Priya Nair, Level 12, 1 Raffles Place (Tower 2), reception will call me at 9661 7024. it's a surprise for my colleague so don't tell her 🤫
        Card details for the corporate order (I know, sorry, our portal is down): Visa 4556 1840 5235 8092 exp 09/28, cardholder JASON CHEW KAI MING.
        Collection: my husband will pick up, car plate SJK 4821 U, silver Honda Vezel, carpark B2 near lift lobby. Name on order is Rachel Ong.
        Wholesale customer Edmund Yeo (Yeo's Kopitiam, Toa Payoh) owes $420 for Nov, 3 reminders sent, says he'll pay end Dec. Do not accept new orders from him till cleared.
        Birthday cake request: for Sophia Tan, turning 7 on 2 Jan, P1 at Nanyang Primary, loves Frozen. Mum Vivian's WhatsApp +65 8842 1907.
        Allergy info from customer form — Name: Daniel Fernandez | Allergy: severe peanut (anaphylaxis, carries EpiPen) | Also: lactose intolerant | Phone: 9734-0158
        Telegram preorder group: @weiyi_lowyy (Low Wei Yi) paid twice for order 77, refund S$26 to her POSB 188-45672-3.
        FIN G5523190M – Maria Santos, helper of the Chua family at 27 Sunrise Terrace, collects the weekly sourdough order every Tue.
    """),
    "mixed": _lines("""
        Eh sis, I'm Farah binti Zulkifli, order 3 balang tart nenas, hantar ke No. 22, Jalan SS 15/4B, 47500 Subang Jaya ya, my no. 019-552 3180 🙏
        收货人 Receiver: 陳嘉欣 Chan Ka Yan, 6189 2734, 九龍灣德福花園P座12樓C室, 週六下午送到就得 thanks!
        Kavitha a/p Ramasamy order 50 pcs murukku + 30 pcs athirasam untuk Deepavali open house, she will DuitNow from 016-228 9047 after confirm.
        Partner details for SSM partnership registration: Ahmad Faiz bin Hashim, IC 880712-10-6671, alamat No. 5 Jalan Bakawali 2, Taman Johor Jaya, 81100 Johor Bahru, tel 017-390 2264.
        Mdm Lee Siew Hong 李秀凤, 82 yrs old, diabetic, her son ordered the sugar-free kuih for her, deliver to Blk 46 Toa Payoh Lorong 6 #03-112.
        Order sheet CNY: 1) Kelvin Mak 麥家朗 - 2 tubs - FPS paid - 9286 1450 2) Ivy Chong - 1 tub - unpaid - 5432 8061 3) Shirley Au - 3 tubs - paid
        @haziq_ridzuan tu customer yang tak datang collect 3 kali dah, blacklist dia, jangan terima order lagi.
        Zhang Yiran 张怡然 in Shenzhen wants HK shipping via SF, 身份证 440106198903143523 for 实名寄件, phone 138 2745 9163.
        寄台灣 order: 收件人 林怡君, 身分證字號 A224518735 (EZWAY 實名認證用), 手機 0928-553-174, 台北市大安區復興南路一段219巷8號3樓.
        Nurul Izzati binti Mohd Nor cancel wedding door gift order 300 pcs 曲奇, refund deposit RM500 ke akaun Maybank dia 1642 3389 0715.
        Customer Vanessa Goh 吳詠珊 keeps claiming non-delivery, 3rd time this month, Lalamove driver has photo proof at her door, 小心呢個客.
        Marcus Tan says can invoice his company but pay with his personal Mastercard 5204 7415 6792 8017 exp 11/27, CVV he'll tell me over the phone.
    """),
    "zh-Hans": _lines("""
        订单备注：王秀兰阿姨，78岁，吞咽困难，请把蛋糕做软一点，送到宏茂桥10道第325座#05-1187，女儿电话 8216 3054。
        客户 刘思颖 微信号 liusiying_0921，要订12个班兰蛋糕做公司年会，已付定金200元。
        深圳客户黄志强先生投诉：上周买的榴莲千层吃了之后拉肚子，他已经去诊所看了，要求赔偿医药费68元，手机 186 0592 7731。
        代购登记：许佳慧，身份证号 350203199207071289，厦门市思明区莲前西路88号2栋1801，手机15918374602，订购黄梨挞10罐寄回国内。
        郑美玲的女儿郑可欣（5岁）对鸡蛋和花生严重过敏，生日派对蛋糕必须无蛋无坚果，派对在她家 Blk 218 Jurong East St 21 #11-406。
        团购接龙：1. Amanda 周 两盒 2. 陈伟明 一盒 9123 8846 3. 何丽珠 三盒 已付款 PayNow 4. Jessie 一盒
        退款记录：客户 孙晓雯 Sun Xiaowen，订单取消，退款 S$45 至 PayNow 9734 5512，12月20日已完成。
        李俊杰妈妈订了30个杯子蛋糕给他在南洋小学的班级庆生，俊杰乳糖不耐，请全部用无乳配方。
    """),
    "zh-Hant": _lines("""
        合伙人資料：陳志偉先生，HKID Y337291(8)，一齊申請食環署食物製造廠牌照，住址：沙田禾輋邨豐和樓1023室。
        Miss 黃凱琳 話上次買嘅芝士蛋糕食完肚痛，入咗伊院睇急症，要求全數退款，佢電話 6725 3309。
        交收安排：何詠詩 Wing Sze，星期六3點喺太古港鐵站A2出口，佢會着紅色外套，WhatsApp 5432 7718。
        FPS 退款俾 梁家豪，FPS ID 168327059，金額 HK$238，原因：蛋糕送錯地址。
        會員名單：Tiffany 蘇 | 9286 5521 | 生日 3月14日 | 鍾意少甜 | 累積消費 HK$2,380
        我個仔張家樂讀緊喇沙小學三年級，佢對芝麻敏感，生日蛋糕可唔可以唔落芝麻？送去九龍塘律倫街8號3樓A室。
        抽獎得獎者 麥慧欣，HKID Z605148(1)，領獎時要核對身份證，佢話星期日先得閒嚟攞。
        順豐寄件人：鄺俊傑 Jacky，電話 6512 4093，寄去將軍澳唐俊街9號嘅智能櫃自取。
    """),
    "ms": _lines("""
        Pelanggan: Siti Nur Aisyah binti Kamarudin, no. tel 012-734 5821, alamat: No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tempahan: 2 balang almond london.
        Borang permohonan tapak bazar Ramadan: Nama Rosnah binti Abdullah, No. KP 750214-01-5346, jenis jualan kuih-muih dan kek, pengalaman berniaga 6 tahun.
        Encik Muthu a/l Krishnan minta kek tanpa gula sebab dia baru disahkan diabetes, hantar ke rumah di Jalan Pasar, Klang, nombor 011-3862 4415.
        Akak, saya Hidayah, anak saya Aqil (8 tahun) alah telur dan susu lembu. Boleh buat kek tanpa telur? Majlis di rumah kami No. 7 Lorong Seri Kenari 2, Kuantan.
        Senarai hutang Raya: Kak Ina (Zarina binti Hamid) RM120 belum bayar, Abang Joe (Johari bin Osman) RM85, kedua-duanya janji bayar lepas gaji.
        Pemenang cabutan bertuah: Nadia binti Rashid, IC 950108-07-5542, sila tunjuk IC semasa ambil hadiah di gerai.
        Email dari pelanggan zulaikha.idris92@gmail.com minta invois atas nama syarikat suaminya untuk tuntutan cukai, tempahan 5 balang.
        Driver Lalamove lambat 2 jam, kek cair. Pelanggan Puan Norhayati binti Sulaiman dari Bangi nak refund penuh RM180, dia dah tulis review 1 bintang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an order assistant for a small home bakery in Singapore. Help the owner tidy up orders.",
        ),
        (
            "user",
            "Can you put these into a table: mei ling 9473 6620 2 cheesecake collect sat, and Bryan Toh 8216 7741 1 log cake delivery to Blk 102 Punggol Field #09-55",
        ),
        (
            "assistant",
            "Customer | Phone | Item | Qty | Fulfilment / Mei Ling | 9473 6620 | Cheesecake | 2 | Collect Sat / Bryan Toh | 8216 7741 | Log cake | 1 | Delivery: Blk 102 Punggol Field #09-55",
        ),
        (
            "user",
            "add an allergy column, bryan's wife is allergic to almonds. also he paid by card 4147 0921 7549 9402, pls mask it in the table",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej sopan untuk ingatkan pelanggan bayar baki. Nama dia Puan Halimah binti Yusof, baki RM230 untuk kek kahwin 3 tingkat.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Halimah, semoga sihat. Sekadar peringatan mesra, baki bayaran sebanyak RM230 untuk tempahan kek kahwin 3 tingkat masih belum diterima. Terima kasih atas kerjasama puan.",
        ),
        (
            "user",
            "Tambah no akaun saya CIMB 7012 8856 41 untuk transfer, dan cakap due date 5 haribulan.",
        ),
    ],
    [
        ("user", "幫我諗個回覆，有個客叫 Cheryl 鄧，話個蛋糕入面有條頭髮，要我賠 HK$500。"),
        (
            "assistant",
            "可以咁回：「Cheryl 你好，非常抱歉今次嘅情況，我哋會即刻檢討廚房衞生。為表歉意，我哋願意全數退回蛋糕費用，希望你再俾機會我哋。」",
        ),
        ("user", "佢電話 6291 8837，我想直接 WhatsApp 佢道歉，幫我改短啲。"),
    ],
    [
        (
            "user",
            "帮我核对一下顺丰寄件信息格式对不对：收件人 周文静，身份证 310104198509210642，上海市徐汇区天钥桥路 ... 号",
        ),
        (
            "assistant",
            "身份证号码是18位，校验位格式正确。地址建议补充完整门牌号和房号，方便快递员派送。",
        ),
        ("user", "好的，门牌是天钥桥路580弄6号1202室，电话 186 2133 0478，她订了两罐黄梨挞。"),
    ],
    [
        (
            "user",
            "Need to draft an apology. Customer Nicholas Lee Jun Hao ate our durian mille crepe and got food poisoning, went to Bedok polyclinic, MC 2 days.",
        ),
        (
            "assistant",
            "Dear Nicholas, we are truly sorry to hear you fell ill after eating our durian mille crepe. We have stopped selling this batch while we check our suppliers and storage. We would like to refund your order in full and cover your clinic fees.",
        ),
        (
            "user",
            "ok he also wants to claim from our insurance, form needs his NRIC S9143382F. send to nicholas.leejh@gmail.com — what subject line should I use?",
        ),
    ],
    [
        (
            "user",
            "My son Ethan Wong is 6 and anaphylactic to cashew. Bakery says their brownies are made on shared equipment. Is that safe?",
        ),
        (
            "assistant",
            "Shared equipment means cross-contact is possible, so for a severe cashew allergy it is safer to avoid it unless the bakery can make a dedicated nut-free batch. Please check with his doctor too.",
        ),
        (
            "user",
            "ok they agreed to a nut-free batch. for the school event form they want my IC 910423-14-5238 and my no. 012-904 7713, is that normal?",
        ),
    ],
    [
        ("system", "You help a home baker in Kuala Lumpur manage a customer loyalty list."),
        (
            "user",
            "Make a CSV from this: Grace Lim 012-6620 4408 birthday 12 May, Farid Ismail 019-733 0912 birthday 3 Nov, Shanti d/o Perumal 016-485 2291 birthday 27 Jan",
        ),
        (
            "assistant",
            "name,phone,birthday / Grace Lim,012-6620 4408,12 May / Farid Ismail,019-733 0912,3 Nov / Shanti d/o Perumal,016-485 2291,27 Jan",
        ),
        ("user", "now sort by birthday month and flag Farid, he still owes RM60 from last Raya"),
    ],
    [
        ("user", "有個客要開單據做公司報銷，佢 send 咗 HKID A129834(0) 俾我，我應唔應該收？"),
        (
            "assistant",
            "開收據唔需要客人嘅身份證號碼，只需要公司名、日期、貨品同金額就得。建議你刪除嗰張相，唔好保存。",
        ),
        ("user", "明白，佢叫羅志明，喺觀塘做會計，我淨係寫佢公司名就得啦？"),
    ],
    [
        (
            "user",
            "Customer from Taiwan wants pineapple tarts shipped. Name 蔡宗翰, ID F128034573 for EZWAY, address 新北市板橋區文化路一段188巷12號5樓. Can you make a shipping label?",
        ),
        (
            "assistant",
            "收件人：蔡宗翰 / 身分證字號：F128034573 / 地址：新北市板橋區文化路一段188巷12號5樓 / 內容物：鳳梨酥（黃梨撻）2罐 / 申報價值：SGD 40",
        ),
        ("user", "add his phone 0935-281-446 and note: 收件人須先在EZWAY完成實名申報"),
    ],
    [
        (
            "user",
            "Saya nak mohon sijil halal untuk bisnes kek dari rumah. Nama saya Mohd Azlan bin Rahim, IC 820605-10-5173. Apa dokumen yang perlu?",
        ),
        (
            "assistant",
            "Biasanya anda perlukan pendaftaran SSM, lesen perniagaan daripada PBT, sijil kursus pengendali makanan, suntikan anti-tifoid dan senarai bahan beserta sijil halal pembekal.",
        ),
        (
            "user",
            "Dapur saya di rumah: No. 3, Jalan Anggerik 5/2, Seksyen 5, 43650 Bandar Baru Bangi. Boleh ke premis rumah diluluskan?",
        ),
    ],
]
