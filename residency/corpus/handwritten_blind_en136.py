# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en136: SG/MY home-based businesses and cottage food sellers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en136
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ig_caption"): _lines("""
        PRE-ORDERS OPEN 🍍 Golden pineapple tarts (open-faced) $32 per bottle of 50 · closed-faced $34 · orders close 20 Jan or when slots are full · link in bio!
        Back by popular demand: Pandan gula melaka chiffon, 20cm, $28. Baked fresh on the morning of collection. Limited to 12 a day because it's one oven and one pair of hands 🙏
        Hari Raya cookie menu is up! Almond london, kuih bangkit santan, cornflakes madu, semperit. We use halal-certified ingredients but our home kitchen is not halal certified, DM if unsure.
        Delivery slots this weekend: Sat 10am–1pm (East), Sat 2pm–5pm (Central/West), Sun 11am–2pm (North). $12 flat, free above $80.
        Sold out for CNY! Thank you everyone for the overwhelming support 🧧 Next drop: Valentine's brownie boxes, opening 1 Feb 9pm sharp.
        Swipe to see the Bluey cake we did last weekend 💙 Fondant Bluey and Bingo handmade, 2 days of work. Character cakes need 3 weeks' notice.
        Kueh lapis legit (spekkoek), 20 layers, 14x14cm, $68. Each layer is grilled one by one, about 4 hours per cake, so only 6 slots a week.
        Our Basque burnt cheesecake now comes in a 4" mini ($14) for those who want to try before committing to the 8" 😉
        Ondeh-ondeh cake restock: Thurs & Fri only. Collection in Sengkang (exact block given after payment).
        Mid-Autumn bundle: 4 snowskin mooncakes (durian, lychee rose, yam, matcha red bean) in a gift box, $48. Pre-order via Google Form, closing 8 Sept.
        Giveaway time! 🎉 Win a box of 16 Earl Grey lavender cookies: 1) follow us 2) like this post 3) tag 2 friends. Ends Sunday 11.59pm, winner announced in stories. Not affiliated with Instagram.
        Yes we are still a home-based business under HDB's scheme, so no walk-ins please, collection by appointment only 🙏
        Ang ku kueh & soon kueh for full-month celebrations: pink or red AKK with peanut or mung bean filling, packed in 10s. Min order 30 pcs.
        Fun fact: our kaya is stirred nonstop for 3 hours over low heat, Nyonya-style, following the method in Violet Oon's cookbook.
        Rainy day = test bake day. Sourdough focaccia with chai tow kway topping?? 😂 Comment YES if we should put this on the menu.
        Bomboloni Fridays are back 🍩 Vanilla custard, pistachio, Biscoff. 6 for $21, 12 for $40. Collection Fri 6–8pm at Bukit Batok.
    """),
    ("en", "shop_faq_terms"): _lines("""
        Q: Can I change my delivery slot? A: Slot changes are allowed up to 72 hours before your slot, subject to availability. No changes within 72 hours.
        All orders must be paid in full via PayNow within 24 hours of confirmation, otherwise the slot will be released to the waitlist.
        Refunds: as our bakes are perishable we do not offer refunds once baked. If there is an issue with your order, send us a photo within 2 hours of receipt.
        Allergen info: our kitchen handles nuts, eggs, dairy, gluten and sesame. We cannot guarantee that any product is allergen-free.
        Storage: keep cheesecake refrigerated and finish within 4 days. Cookies keep for 3 weeks in an airtight container away from sunlight.
        Delivery is by Lalamove or GrabExpress booked by us. We are not responsible for courier delays once the parcel has been picked up.
        Customised cakes: we need at least 2 weeks' notice, a reference picture, and a 50% non-refundable deposit to lock in your date.
        Self-collection point is at our home in Woodlands. The address and unit number will be sent on WhatsApp on the day itself.
        We do not do cash on delivery. Accepted: PayNow to our UEN 202331847K, PayLah!, bank transfer. Please key in your order number as the reference.
        Why no halal cert? Home kitchens in Singapore cannot apply for MUIS halal certification. We use only halal-certified ingredients, no pork, no lard, no alcohol.
        Bulk orders for corporate events (50 boxes and above): please email our business account with the event date, quantity and budget.
        If no one is home during the delivery window, the rider will wait 10 minutes, then leave the parcel at the door and send a photo. Cakes will not be left unattended.
        Photos on our page are of past orders; every custom cake is unique and colours may differ slightly because we use natural colouring.
        Waitlist: if a slot frees up we contact people in order of sign-up. Waitlist spots cannot be transferred or sold.
    """),
    ("en", "rules_licensing"): _lines("""
        Under HDB's Home-based Small-scale Business Scheme you do not need to apply for approval, but you cannot hire outside workers, put up signboards, or cause noise and obstruction in common areas.
        Food sold from a home kitchen in Singapore is not licensed by SFA, but the seller is still responsible for food safety; doing a basic food hygiene course is strongly encouraged.
        In Malaysia, food handlers must attend a Kursus Pengendali Makanan at a KKM-recognised training centre and get the anti-typhoid injection before selling food.
        Registering a sole proprietorship with SSM costs RM60 a year if you use a trade name, or RM30 if you trade under your own name as shown on your IC.
        Checklist before you start selling: business name, separate bank account, food handler course, typhoid jab, labels (ingredients, allergens, best before), packaging, price list.
        Consumer disputes up to S$20,000 can be filed at the Small Claims Tribunals; CASE can help with mediation first, hotline 6277 5100.
        For consumer complaints in Malaysia, call the KPDN complaint line 1-800-886-800 or lodge a case through the e-Aduan portal.
        GST registration is only compulsory when taxable turnover exceeds S$1 million a year, so almost no home baker in Singapore charges GST.
        Label template (Malaysian Food Regulations 1985): Product name: ____ / Ingredients (descending by weight): ____ / Net weight: ____ / Packed by: ____ / Expiry date: ____
        Income from a home bakery is taxable; in Singapore it is declared as trade income in Form B, so keep receipts for flour, butter, packaging and delivery costs.
        Cottage sellers should avoid raw-egg mayonnaise, fresh cream fillings and santan-based kuih in orders that will sit in a hot car for hours.
        MUIS recognises JAKIM's halal logo on imported ingredients such as butter, but using certified ingredients does not make the bakery itself halal-certified.
        Tip: register a PayNow UEN for your business instead of using your own mobile number, so customers never see your personal details.
        Online sellers in Malaysia must display their business name, SSM registration number and contact details under the Consumer Protection (Electronic Trade Transactions) Regulations 2012.
    """),
    ("en", "order_log"): _lines("""
        ORD-24-1187 | 2x Pineapple tarts (50pc) | 1x Kueh bangkit | Slot: 25 Jan 2pm–5pm | Zone W | Paid ✅ | Packed ⬜
        Lalamove booking LLM-SG-7730219845 | pickup 10:40 | dropoffs 3 | fee $27.60 | vehicle: car (cake-friendly)
        INV-2025-0312 Total S$186.40 (subtotal 176.40 + delivery 10.00). Payment ref PN20250312104455.
        Ninja Van tracking NVSGHBB0004417823 — status: Out for delivery (Jurong West hub)
        Stock check 18/12: butter (Anchor 5kg) x3, Redman cake flour x6, cream cheese blocks x14, eggs 12 trays, 50pc tart bottles x220.
        Bake plan Sat: 06:00 chiffons x8 | 08:30 cheesecakes x5 | 11:00 cookies x240 | 15:00 pack and label | 17:00 last collection
        Sales summary Dec: 212 orders, S$14,830 revenue, avg order S$69.95, 7 refunds (3.3%), top item: Cranberry Pistachio Biscotti.
        SKU list: PT-OPEN-50, PT-CLOSE-50, KB-SANT-40, CF-MADU-30, AL-LDN-35, SEMP-45
        Order form settings: max_orders_per_slot=15, close_before_hours=48, deposit_percent=50, currency="SGD", notify_channel="telegram"
        Shopee order 240118QW7HJ2KP shipped via SPX, tracking SPXMY0218843301, est. 3-5 working days (Semenanjung).
        Refund processed for order #1047: S$24.00 returned via PayNow on 4 Feb, reason: cake tipped over during delivery.
        Google Sheets: =COUNTIFS(Orders!E:E,"25/01/2025",Orders!F:F,"2pm-5pm") to count orders per slot, conditional format red when above 15.
        Waitlist position 7 of 23 for the Sat 15 Feb slot (Central), auto-generated from the form.
        Receipt no. 000418 / 2 x Burnt Cheesecake 8" @ RM85.00 / Subtotal RM170.00 / SST 0% / Total RM170.00 / Terima kasih!
        Packing list batch B: 38 boxes CNY set A, 21 boxes set B, 9 hampers; ribbons red x68, gold x0 (reorder!).
        Export orders_2025Q1.csv sha256 9f2c4e7a1b0d38e5c6f17a92b4d08e3f5a6c7b1e2d4f8a9c0b3e5d7f1a2c4e6b, 1,204 rows, PII columns dropped.
    """),
    ("en", "reviews"): _lines("""
        ★★★★★ Ordered the durian cake for a family gathering, very generous with the D24 and not too sweet. Will order again!
        ★★★☆☆ Taste is good but delivery came 40 min late and the cream melted a bit. Maybe use a bigger ice pack next time.
        Best kuih bangkit I've had since my grandma stopped baking. Melt-in-the-mouth, with that coconut fragrance.
        Cake looked beautiful but a bit too dense for a chiffon. Overall still worth the price.
        The Spider-Man cake was a hit with the kids! Even the web details were piped by hand.
        ★★★★★ Super responsive seller, replied within minutes even at night. Tarts arrived well packed, not a single broken piece.
        Honestly overhyped. Waited 3 weeks for a slot and the cookies were just okay.
        Bought the savoury nasi lemak cake for an office potluck and it was gone in 10 minutes lol
        ★★★★☆ Love the packaging, very Instagrammable. Only feedback is the 6" is smaller than expected for the price.
        Tried the Earl Grey chiffon at their pop-up at Tiong Bahru Market and came back online to order two more.
        Perfect for our Deepavali open house, the murukku and nankhatai were very fresh and crunchy.
        Loved it but wish they would deliver to the West more often.
    """),
    ("mixed", "group_chat"): _lines("""
        anyone know where to buy cheap cake boards 10 inch? phoon huat sold out liao
        guys the town council new rule is no banner along the corridor hor, my friend kena warning letter
        wah today 35 degrees the buttercream confirm melt, better use ganache lah
        share share: Bake With Yen got sale this week, Anchor butter 5kg RM160 only
        Sis, kuih bangkit must use tapioca flour or sagu? Mine keep cracking 😭
        大家好, is it okay to sell kueh at the void deck pasar malam? or need permit from the town council?
        Lalamove vs GrabExpress which one cheaper for 3 drop offs in the east? need car for cakes
        tips: put the tart bottles upside down overnight, the lid seal better, confirm no masuk angin
        my oven die already in the middle of CNY rush, sien. anyone can recommend a good convection oven below $500?
        ada sesiapa tahu kelas fondant hujung minggu kat area Shah Alam? prefer yang hands-on
        Packaging supplier I use: Hup Lee Packaging Pte Ltd at Kaki Bukit, office line 6748 3021, min 500 boxes.
        还有人在做年饼吗? this year I only do 200 bottles, cannot tahan already
        reminder for everyone: typhoid jab valid 3 years only, check your card before raya rush
    """),
    ("ms", "iklan_tempahan"): _lines("""
        TEMPAHAN KUIH RAYA DIBUKA! 🌙 Tart nenas gulung RM38 (50 biji), kuih bangkit santan RM32, biskut dahlia RM30. Tempahan ditutup 15 Mac.
        Kek batik kukus premium, saiz 8x8 inci, RM55 sahaja. Boleh pos seluruh Semenanjung, Sabah & Sarawak tambah RM15.
        Slot penghantaran Sabtu ini: Shah Alam, Klang, Subang sahaja. Caj penghantaran RM8 dalam radius 10km.
        Semua bahan yang digunakan ada logo halal JAKIM. Dapur kami dibersihkan setiap hari dan bebas babi.
        Terima kasih atas sokongan! Tempahan kek lapis Sarawak untuk Hari Raya sudah PENUH. Jumpa lagi tahun depan.
        Cara membuat tempahan: 1) Pilih menu 2) Isi borang Google 3) Bayar deposit 50% 4) Tunggu pengesahan dalam 24 jam.
        Syarat: tiada pemulangan wang selepas kek dibakar. Sila semak alamat dan tarikh sebelum membuat bayaran.
        Nasi lemak dan kuih muih untuk majlis? Pakej A (50 pax) RM450, Pakej B (100 pax) RM850. Tempah seminggu awal.
        Kursus Pengendali Makanan diadakan setiap Sabtu, yuran RM50 termasuk sijil. Suntikan anti-tifoid boleh dibuat di klinik swasta.
        Promosi Merdeka: beli 3 balang biskut, percuma 1 balang semperit! Sehingga 31 Ogos sahaja.
        Kuih seri muka dan kuih lapis boleh diambil di kedai rakan kongsi kami di Seksyen 7 setiap Jumaat pukul 3 petang.
    """),
    ("zh-Hans", "shop_posts"): _lines("""
        新年饼预购开始啦!黄梨挞一罐50粒 $32,两罐以上每罐减$2,1月20日截单。
        本店为家庭式小作坊,没有门市,取货需提前预约,地址付款后私讯告知。
        榴莲千层蛋糕用的是猫山王果肉,6寸 RM88,8寸 RM128,每天限量五个。
        温馨提示:芝士蛋糕需冷藏,请在取货后一小时内放进冰箱,四天内吃完。
        中秋冰皮月饼礼盒:榴莲、荔枝玫瑰、芋泥、抹茶红豆,每盒四粒 $48。
        送货时段:周六上午10点至下午1点(东部),下午2点至5点(中部/西部)。满$80免运费。
        本店所有产品含有蛋、奶、面粉及坚果,对食物过敏的朋友请谨慎选购。
        订单编号 HB-2502-0087 已出货,物流单号 NVSG2502870045,预计明天送达。
        有人问为什么不开实体店?租金太贵了,还是在家慢慢做,保持品质最重要。
        感谢大家支持!今年一共做了 860 罐年饼,明年见 🧧
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order #1092 / Name: Rachel Tan Hui Wen / HP: 9736 2084 / Deliver: Blk 268C Compassvale Street #12-445 S543268 / Slot: Sat 2-5pm / 1x Ondeh ondeh cake 8"
        pls deliver to mdm rohani binte osman, blk 203 tampines st 21 #05-118, she's my mum, if she never pick up call me 8214 6630
        Cake msg "Happy 5th Birthday Ethan!" for Ethan Lim Jun Kai — NO PEANUTS, he has severe peanut allergy (carries EpiPen). Parent contact: Jolene 8839 1057
        PayNow received $68.00 from KOH WEI MING ANDREW, ref "tarts x2 jiayi", 14 Jan 21:07
        Payment proof: DBS transfer S$142.00 to POSB 178-32456-1 (NG SIEW LING) on 03/02/2025 10:14, ref BAKES0203
        Complaint log 12/3: Mr Suresh Kumar s/o Rajendran says his daughter's birthday cake arrived with the top tier collapsed; offered 50% refund, he wants full. Follow up at suresh.rk82@gmail.com
        FOOD HYGIENE CERT / NAME: LIM BEE HOON / NRIC: S7973622H / COURSE: WSQ Food Safety Course Level 1 / DATE: 18 OCT 2024 / RESULT: COMPETENT
        HDB feedback: neighbour Mrs Chua at Blk 512 Bedok North Ave 2 #09-231 runs a bakery from her flat, oven fumes every day from 5am and customers queue in the corridor.
        Order for Nurul Ain binti Zakaria: 150 pcs kuih muih for baby Aisyah's aqiqah on 9 Mar, collect Sun 11am, tel 9450 7716
        tg @kelvinlohjx — kelvin loh, 3 boxes brownies, paid half only, balance $45 outstanding, 2nd reminder sent 8/2
        Lalamove rider Tan Ah Seng, car SKP4821G, arrived 10:52 for pickup, was 20 min late and rude to my mother at the door.
        DO NOT ACCEPT ORDERS: Kimberly Wee, 9663 0175 — 3 no-shows for collection in 2024 and one chargeback.
        Stripe dispute: cardholder JONATHAN DE SOUZA, card 4556 2325 6672 3705, amount S$96.00, reason "product not received"
        Deliver to 28 Jalan Kuras, Singapore 577741 (landed) — Mr & Mrs Fernandez, gate code 1357, leave at side door, dog is friendly
        Tampines Hub weekend bazaar vendor form: Applicant Siti Hajar binte Mohd Salleh, NRIC T0195670H, home bakery "Dapur Hajar", mobile +65 8126 4409
        Priya d/o Ganesan ordered 2 tubs murukku, deliver to NUS Tembusu College room #12-14 before 7pm Thurs, she's paying after her exam.
        Hi this is Mdm Goh Mei Ling's daughter, pls change her order to 10 bottles instead of 6, she's in hospital this week so I will collect, my number 65-9082-3341
        Attendee list 22 Nov (Food Safety L1): 1. TRAN THI MAI, FIN F9083385P 2. WONG KAR MUN, NRIC S8825843F 3. ARUMUGAM S/O PERIASAMY, NRIC S6896188B
        thank u @joanne.yeo_ for the sweet review 💕 her bf surprised her with our rose lychee cake for their 3rd anniversary at their new BTO
        Invoice INV-2025-0419 / Bill to: Ms Amanda Lee Shu Qi, 9 Bedok Reservoir View #05-33, S479234 / 1x 3-tier wedding cake / Amount due S$820.00 / Due 28 Feb
        Deposit refund to FARHAN BIN ISMAIL, OCBC 595-384712-001, $40 for cancelled custom cake (his wedding postponed)
        Pickup authorisation: Jeremy Chong (jeremy.chongwl@outlook.com) will collect 3 cake boxes on behalf of Clara Chong, Sat 4pm.
        Received with thanks from Mrs Lakshmi Narayanan the sum of S$210.00 being payment for Deepavali murukku & athirasam order, 2 Nov.
        Customer Hannah Goh is pregnant with gestational diabetes, wants a low-sugar chiffon for her baby shower on 22 Mar, use erythritol.
        Delivery failed: Mr Tay Boon Huat not at home (Blk 33 Marine Crescent #10-57), neighbour says he's warded at CGH, cake returned to kitchen.
        Wedding cake consult: Darren Pereira & Michelle Lim, wedding 17 May, budget $800, bride is lactose intolerant, groom's mum wants pandan layer.
        2025-01-18 21:44:02,Vivian Ong,+6591884230,vivian.ong.88@gmail.com,2,0,1,Sat 25 Jan 10am-1pm,Blk 115 Yishun Ring Road #04-188,Paid
        Order from JB: Tan Kah Wai, 011-2874 3306, No. 18 Jalan Molek 2/4, Taman Molek, 81100 Johor Bahru, ship via J&T
        About me: I'm Jasmine Koh, 34, ex-nurse at KTPH, turned home baker after my second child was born with a heart condition. Baking from our flat in Punggol 💛
        SCAM ALERT: buyer "Ivan Lee" +65 8774 2210 sends fake PayNow screenshots, already cheated 3 bakers in this group
        Collection list Sat 25 Jan | Aaron Teo Wei Jie 9871 3306 2 btl PAID | Salmah bte Yusoff 8530 6142 1 btl UNPAID | Kevin Raj s/o Muniandy 9204 7785 3 btl PAID
        Subscription cookie box, card on file: Mastercard 5203 8405 7394 9115 exp 11/27, holder Benjamin Yeo, billed monthly S$38
    """),
    "ms": _lines("""
        Nama: Farah Nadia binti Kamarul / Alamat: No. 12, Jalan SS 15/4C, 47500 Subang Jaya, Selangor / Tel: 012-418 7736 / Tempahan: 2 balang tart nenas, Pos Laju
        Bukti bayaran: RM145.00 dipindahkan ke Maybank 1640 2719 3382 (NOOR AZLINA BINTI HASSAN) pada 28/03 9:15 malam, rujukan kuih raya
        Nama pemohon: Mohd Khairul Anuar bin Yusof / No. K/P: 920317-10-6071 / Alamat: Lot 2231, Kampung Sungai Kertas, 68100 Batu Caves / Jenis perniagaan: kuih-muih dari rumah
        Kad suntikan anti-tifoid: NORHASLINDA BINTI ABU BAKAR, K/P 870923-14-5562, tarikh suntikan 05/01/2024, sah sehingga 04/01/2027
        Puan Kavitha a/p Subramaniam minta kek tanpa telur sebab dia vegetarian, hantar ke No. 7 Jalan Pinang 3, Taman Pinang, 14000 Bukit Mertajam, tel 016 771 2048
        Aduan: En. Lim Chee Keong dari Ipoh kata biskut sampai hancur, dia minta ganti baru, WhatsApp dia +6019-552 8143
        Maklumat SSM: DAPUR MAK LONG (202403045678), pemilik SITI ZALEHA BINTI OMAR, K/P 780214-08-5470, tamat tempoh 11/03/2026
        Penghantar hari ni Rizal bin Hamzah, motor VDE 4471, sampai pukul 3 petang, no tel 013-884 2710
    """),
    "zh-Hans": _lines("""
        订单 #2031:陈美玲小姐,手机 9125 7083,送到 Blk 608 Ang Mo Kio Ave 5 #07-2761,周六下午2点到5点,黄梨挞两罐。
        客人林志强先生说他太太对坚果严重过敏,这次的蛋糕一定不能放杏仁,他的微信号 lzq_1986jb
        退款:黄俊杰的订金 RM50 已退回到他的 Public Bank 户口 4881027393,请查收。
        烘焙班报名:郑慧敏,IC 851130-07-5238,住槟城 Jalan Burma,报名周日马卡龙班,已付 RM180。
        群里提醒:刘家豪(电话 017-223 0915)拿了三家的货都不付钱,大家小心。
        吴丽珍阿姨的孙子下个月满月,订了 100 粒红龟粿,地址 Blk 45 Chai Chee Street #03-120,电话 9318 4526。
    """),
    "mixed": _lines("""
        sis the buyer is mei xuan (chua mei xuan), 9247 3381, she collect sat 3pm, she say she got diabetes so pls less sugar for her portion ah
        bro my customer muhammad haziq bin rosli transfer wrong amount, RM120 instead of RM210, from his maybank 1620 8813 4402, can u check
        ok noted, alamat: 23 Jalan Bunga Raya 5, Taman Sri Rampai, 53300 KL, penerima Aunty Chong Siew Fong, call 011-3350 7781 bila sampai
        这个 customer Lee Pei Shan 每次都 last minute cancel,已经第三次了,her number +65 8335 1940 先 block 掉
        Kak Ros yang jual kuih kat Blk 157 Bukit Batok St 11 tu (Rosnah binte Jaafar) dah masuk hospital, anyone nak tolong ambil order dia?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help a Singapore home bakery write customer messages."),
        (
            "user",
            "Draft a polite WhatsApp reply to Mrs Angela Sim (9712 4458). Her order #1108, the 8 inch durian cake, is delayed to Sunday because my oven broke.",
        ),
        (
            "assistant",
            "Hi Mrs Sim, this is a quick update on your order #1108. Our oven broke down unexpectedly, so your 8 inch durian cake will be ready on Sunday instead. We're very sorry for the inconvenience. Please let us know if Sunday works for you.",
        ),
        (
            "user",
            "Add that I'll waive the $12 delivery fee to her place at Blk 401 Clementi Ave 1 #06-21 and that the driver will come between 2 and 4pm.",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar perniagaan kuih dengan SSM. Nama saya Nur Syafiqah binti Ahmad Tarmizi, IC 990605-01-6618. Perlu guna nama dagangan atau nama sendiri?",
        ),
        (
            "assistant",
            "Kalau guna nama sendiri seperti dalam IC, yurannya RM30 setahun. Kalau guna nama dagangan seperti 'Dapur Syafiqah', yurannya RM60 setahun. Pendaftaran boleh dibuat dalam talian melalui portal EzBiz SSM.",
        ),
        (
            "user",
            "Ok nama dagangan. Alamat perniagaan guna rumah, No. 5 Jalan Kenanga 7, Taman Kota Masai, 81700 Pasir Gudang. Boleh tolong isi borang?",
        ),
    ],
    [
        (
            "user",
            "Someone left a 1-star review on my IG: 'Cake was stale, seller is a cheat.' The account is @ch3ryl.tay. How should I respond publicly?",
        ),
        (
            "assistant",
            "Keep the public reply short and calm: thank her for the feedback, apologise that the cake didn't meet expectations, and invite her to DM you with the order number so you can look into it. Avoid arguing in the comments.",
        ),
        (
            "user",
            "Thing is, she's Cheryl Tay, my ex-colleague from the SGH pharmacy, and she never ordered from me. I think she's upset I left the team. Can I report her?",
        ),
    ],
    [
        (
            "user",
            "帮我写一条提醒讯息给还没付款的客人:黄美华,欠 $86,电话 8602 5519,上个星期六已经拿了两罐黄梨挞。",
        ),
        (
            "assistant",
            "黄小姐您好!这里是小店的温馨提醒:上周六您取的两罐黄梨挞,余款 $86 还未收到,方便的话请 PayNow 到本店的 UEN,并在备注写上订单号。谢谢您的支持!",
        ),
        ("user", "语气再客气一点,她是我妈妈的老朋友,最近刚动完手术。"),
    ],
    [
        (
            "user",
            "Plan the best delivery order for Saturday, starting from Tampines West MRT: (1) Mr Vincent Ho, Blk 862 Tampines Ave 5 #11-305, (2) Ms Nadia Rahim, 14 Jalan Pari Burong, (3) Mdm Kok Lai Fong, Blk 149 Simei St 2 #03-88.",
        ),
        (
            "assistant",
            "Suggested route: Tampines West MRT → Blk 862 Tampines Ave 5 (Mr Ho) → Blk 149 Simei St 2 (Mdm Kok) → 14 Jalan Pari Burong (Ms Rahim). This keeps the HDB drops together and ends at the landed estate.",
        ),
        (
            "user",
            "Mdm Kok is on dialysis Sat mornings so she's only home after 1pm. Can you reshuffle?",
        ),
    ],
    [
        ("system", "You are a baking assistant for a Malaysian home bakery."),
        (
            "user",
            "My customer Dinesh a/l Ramasamy ordered a birthday cake for his son Kishen who has coeliac disease. What gluten-free flour mix works for a chocolate sponge?",
        ),
        (
            "assistant",
            "A reliable mix is rice flour, tapioca starch and potato starch in a 2:1:1 ratio, with a little xanthan gum (about 1/2 tsp per cup). Use a dedicated, well-cleaned pan and fresh baking powder labelled gluten-free to avoid cross-contamination.",
        ),
        (
            "user",
            "Thanks. He also asked if I can deliver to 22 Jalan Intan 4, Taman Intan, 41000 Klang on Saturday, his number is 019-307 6624.",
        ),
    ],
    [
        (
            "user",
            "Tolong buat invois ringkas untuk Puan Zarina binti Hashim: 3 balang biskut dahlia RM30 setiap satu, 2 balang tart nenas RM38, caj pos RM12.",
        ),
        (
            "assistant",
            "INVOIS / Kepada: Puan Zarina binti Hashim / 3 x Biskut dahlia @ RM30 = RM90 / 2 x Tart nenas @ RM38 = RM76 / Caj pos = RM12 / JUMLAH: RM178 / Terima kasih atas tempahan anda!",
        ),
        (
            "user",
            "Tambah alamat dia: No. 31, Lorong Seri Kuantan 52, 25250 Kuantan, Pahang. Dia bayar guna CIMB 7064552183.",
        ),
    ],
    [
        (
            "user",
            "A buyer sent me a DBS transfer screenshot for $156 but nothing came into my account. The screenshot shows from account 072-914835-3, name LEONG WAI KIT. Is it fake?",
        ),
        (
            "assistant",
            "Don't release the goods yet. Check your bank app directly rather than the screenshot, look at the transaction reference and timestamp, and ask the buyer to share the transfer confirmation from their banking app. Fake screenshots often have odd fonts or a reference that doesn't match your bank's format.",
        ),
        (
            "user",
            "He's now saying he'll post in the FB group that I'm a scammer. His number is 8450 2297, should I make a police report?",
        ),
    ],
    [
        (
            "user",
            "I'm on a dependant's pass and staying in an HDB flat with my husband. Am I allowed to sell cookies from home?",
        ),
        (
            "assistant",
            "Dependant's Pass holders generally need a Letter of Consent from MOM to run a business in Singapore, even a small home-based one. It's best to check with MOM before you start taking paid orders.",
        ),
        (
            "user",
            "OK. My name is Pham Thi Lan, FIN G1253636X, flat is Blk 679 Jurong West St 64 #08-412. Can you draft the email to MOM for me?",
        ),
    ],
    [
        (
            "user",
            "Can you write a cute thank-you card for a customer who ordered a 60th birthday cake for her father?",
        ),
        (
            "assistant",
            "Sure! 'Thank you for letting us be part of your dad's big 60th! We hope every slice brings smiles. Happy birthday to him, and see you again soon!'",
        ),
        (
            "user",
            "Personalise it: customer is Grace D'Cruz, her dad is Mr Anthony D'Cruz, just recovered from a stroke, party at their home 17 Jalan Lembah Kallang, reply to her at grace.dcruz91@gmail.com",
        ),
    ],
]
