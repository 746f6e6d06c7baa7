# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en143: SG/MY bakeries and custom cake orders (cake messages, delivery, allergies, corporate orders, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en143
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "product_listing"): _lines("""
        Pandan Gula Melaka Chiffon (8") – light pandan sponge layered with gula melaka cream and toasted coconut, serves 10–12, $52. SKU CK-PGM-08
        Durian Mao Shan Wang Cake 1kg – D197 pulp from Raub, Pahang, in vanilla sponge; seasonal, pre-order 3 days ahead, $88.
        Ondeh-Ondeh Cake | 6" / 8" / 10" | $45 / $62 / $85 | contains coconut, gluten | egg-free version on request +$6
        Kek Lapis Sarawak 'Hati Parai' – 20 x 10cm block, halal, keeps 2 weeks at room temperature, RM48.
        Number cake (any 2 digits) with fresh berries and macarons, about 30cm tall, from $98; allow 5 working days.
        Orh Nee (yam paste) Tart 9-inch with pumpkin purée swirl – vegetarian-friendly, contains dairy; shortcrust made without lard.
        Fondant figurine add-on (one figure up to 8cm): $25. Licensed characters like Hello Kitty or Doraemon are printed on edible wafer only.
        Snow skin mooncake gift box (8 pcs): lychee martini, yuzu, champagne truffle, matcha red bean – $68.80, early bird 15% off till 31 Aug.
        Eggless Chocolate Fudge 1.5kg – vegetarian and Jain-friendly (no onion or garlic in the batch), $72.
        Kueh Bangkit for CNY, 320g tin, sago flour and coconut milk, ships from 20 Jan, batch code KB25-03.
        Bento cake 4" with Korean-style piping, message up to 20 characters, $32 – self-collect only, no delivery.
        Keto almond-flour cheesecake 6", sweetened with erythritol – contains tree nuts, not suitable for nut allergy.
        Halal-certified outlets: Bedok, Tampines, Woodlands. Our Tiong Bahru outlet is not halal-certified as it uses rum in the Christmas log cake.
        Corporate hamper Set B: 12 assorted cupcakes + 6 mini egg tarts with custom logo topper, from $138 per set for 20 sets and above.
    """),
    ("en", "order_policy"): _lines("""
        Orders must be placed at least 3 working days in advance; 2-tier cakes and above need 7 days' notice and a 50% deposit.
        Cancellations made less than 48 hours before collection are not refundable, but the order may be rescheduled once within 30 days.
        Delivery is $15 to most areas in Singapore; Sentosa, Jurong Island and CBD buildings with loading-bay restrictions incur an extra $10.
        Please note all our products are made in a kitchen that handles nuts, dairy, eggs, wheat and soy; we cannot guarantee an allergen-free cake.
        Fresh cream cakes should be refrigerated within 30 minutes of collection. Do not leave them in a car boot – a parked car in Singapore easily hits 50°C inside.
        Cake messages are limited to 30 characters on the chocolate plaque; longer messages will be written on a greeting card instead.
        Personal data collected with your order (name, contact number, delivery address) is used only to fulfil the order and deleted 12 months after delivery, in line with the PDPA.
        Price adjustment notice: due to rising butter and egg prices, whole-cake prices will increase by 5–8% from 1 March 2025.
        For corporate orders above $1,000 we issue a tax invoice showing our GST registration no. M90-1234567-X upon full payment.
        Refunds are processed to the original payment method within 7–14 working days; PayNow refunds go back to the number or UEN that made the payment.
        Claims for damaged cakes must be made within 2 hours of delivery, with photos of both the box and the cake.
        Delivery slots: 10am–1pm, 1pm–4pm, 4pm–7pm. We cannot commit to an exact time; our driver will call the recipient about 15 minutes before arrival.
        Collection orders not picked up by closing time are kept chilled until noon the next day, after which they are disposed of without refund.
    """),
    ("en", "customer_faq"): _lines("""
        Can I bring a fondant cake on a 5-hour flight from Changi to Perth? Will Australian customs let it through?
        What's the difference between a Japanese cotton cheesecake and a Basque burnt cheesecake, and which travels better in our heat?
        How many portions does an 8-inch round cake give if I'm cutting small slices for an office party of 40?
        My kid's class is nut-free – is it safe to order your nut-free range if the same kitchen still handles almonds?
        Tip: for clean slices of a mousse cake, dip the knife in hot water and wipe it dry between each cut.
        Is it OK to freeze kek lapis? Yes – wrap it tightly in cling film and it keeps for about 3 months; thaw overnight in the fridge.
        Why does my homemade chiffon collapse after it comes out of the oven? Invert the tin immediately and let it cool upside down for at least an hour.
        Do you take Deepavali orders? We're looking at murukku and a rasmalai fusion cake for about 25 people.
        Can I change the cake message after paying? Yes, reply to your order confirmation e-mail up to 48 hours before collection.
        Which is halal, the buttercream or the whipped cream? Both use halal-certified ingredients, but the fruit cake soaked in rum is not halal.
        What's a reasonable budget for a 3-tier wedding cake in KL? Most home bakers quote RM900 to RM1,800 depending on the design.
        Any suggestion for a low-sugar cake for an elderly diabetic relative? We'd suggest the sugar-free chiffon, but please check with the doctor first.
        How do I stop buttercream from melting at an outdoor birthday party at East Coast Park in the afternoon?
    """),
    ("en", "order_ops_log"): _lines("""
        2024-12-14 06:10 oven 3 preheat 170°C; batch PGM-1214-A (12 x 8" pandan chiffon) in; out 06:55; cooling rack 4.
        ORDER #CK24-2281 | 8" ondeh-ondeh | Collect Sat 14/12 11:00 Tiong Bahru | Msg: "Happy 70th Birthday Ah Ma" | PAID via PayNow UEN
        Lalamove booking #LM-SG-9931047 assigned 10:42, picked up 10:58, delivered 11:37 – POD photo uploaded.
        Chiller 2 temp log: 08:00 3.8°C / 12:00 4.1°C / 16:00 4.6°C / 20:00 3.9°C – within limit (≤5°C).
        Stock alert: Anchor butter 5kg x 2 left, raise PO-2024-0933 to supplier by Thursday.
        Failed delivery reason FD-03 (recipient not home) x 4 this week; FD-07 (condo guard refused entry) x 2.
        Ninja Van tracking SGMY2024128804711 – cross-border parcel (kek lapis x 3) cleared Johor customs on 12 Dec.
        Today's pickup count: Tampines 38, Bedok 21, Woodlands 17; 4 cakes still waiting on fondant toppers.
        Invoice INV-2024-01187 issued to Halcyon Logistics Pte Ltd (UEN 201734512K), 120 boxes mooncakes, payment terms net 30.
        Cake message queue: "Congrats on your retirement!" / "Happy Anniversary" / "Get well soon" / "Happy 1st Birthday Baby Boy"
        SELECT order_id, cake_size, pickup_at FROM orders WHERE outlet = 'TPY' AND status = 'PENDING' ORDER BY pickup_at;
        config: delivery.min_lead_days=3 | delivery.slots=["10-13","13-16","16-19"] | surcharge.cbd=10.00 | pdpa.retention_days=365
        Refund RF-0456 approved $38.00 (order #CK24-2190, cake dropped by staff in store), processed via original payment method.
    """),
    ("en", "food_news"): _lines("""
        Bengawan Solo was founded in 1979 by Indonesian-born Anastasia Tjendri-Liew, who began by baking cakes and kueh at home.
        Pastry chef Janice Wong, named Asia's Best Pastry Chef in 2013 and 2014, is known for edible art installations made of chocolate and candy.
        Mrs Lee's Cookbook, first published in 1974 by Mrs Lee Chin Koon, is still a reference for Nonya kueh such as kueh dadar and kueh lapis.
        Celebrity chef Chef Wan often featured kek lapis and Malay kuih on his television cooking shows.
        Marie Antoinette probably never said "Let them eat cake"; the line appears in Rousseau's Confessions, written when she was still a child.
        In Lewis Carroll's Alice's Adventures in Wonderland, Alice eats a small cake marked "EAT ME" and grows to more than nine feet tall.
        Proust's madeleine, dipped in lime-blossom tea, sets off the narrator's memories in Swann's Way.
        Famous Amos, the cookie brand started by Wally Amos in Los Angeles in 1975, is a mall staple across Singapore and Malaysia.
        Industry survey: 62% of Singapore home bakers polled in 2023 said they sell mainly through Instagram and WhatsApp.
        Review: the pandan chiffon at this Joo Chiat bakery is springy and fragrant, though the Saturday morning queue can stretch to 40 minutes.
        The Singapore Food Agency reminded home-based food businesses that they do not need a licence but must still follow food hygiene rules.
        A Malaysian bakery chain recalled one batch of butter cake after undeclared milk protein was found; the company said no illness was reported.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Semua tempahan kek hari jadi perlu dibuat sekurang-kurangnya 3 hari bekerja lebih awal.
        Produk kami halal; no. rujukan sijil halal MS1500-2024-11827 dipamerkan di kaunter setiap cawangan.
        Harga kek lapis naik RM3 sekotak mulai 1 Januari kerana kos mentega dan telur meningkat.
        Penghantaran percuma untuk tempahan melebihi RM150 di sekitar Lembah Klang; kawasan lain dikenakan caj ikut jarak.
        Kek yang mengandungi krim segar mesti disimpan dalam peti sejuk dan dimakan dalam tempoh 2 hari.
        Kuih raya seperti tart nanas, semperit dan biskut dahlia boleh ditempah sehingga 25 Mac.
        Tempahan korporat: sila e-mel ke tempahan@rotiseripagi.com.my atau hubungi talian pejabat 03-7865 2210 (Isnin–Jumaat, 9pg–5ptg).
        Peringatan alahan: produk kami mungkin mengandungi kacang, susu, telur dan gandum.
        Cara bayar: pindahan bank ke akaun syarikat Roti Seri Pagi Sdn Bhd, Maybank 5141 2200 8873, atau imbas DuitNow QR di kaunter.
        Soalan: berapa lama kek lapis Sarawak tahan tanpa peti sejuk? Jawapan: lebih kurang 2 minggu jika disimpan dalam bekas kedap udara.
        Templat: Nama penerima: ________ | No. telefon: ________ | Alamat: ________ | Mesej atas kek: ________
        Cawangan Bangsar ditutup pada 14 Februari untuk kerja pengubahsuaian dan dibuka semula pada 17 Februari.
    """),
    ("zh-Hans", "shop_notice"): _lines("""
        中秋月饼预订现已开始：双黄白莲蓉、低糖黑芝麻、榴莲冰皮，8月31日前下单享早鸟九折。
        生日蛋糕需提前三天预订，双层及以上蛋糕请提前七天并付50%订金。
        本店所有产品在同一厨房制作，可能含有坚果、鸡蛋、乳制品及麸质，过敏人士请留意。
        鲜奶油蛋糕取货后请于30分钟内冷藏，切勿放在车内。
        外送费：新加坡大部分地区15元，圣淘沙及裕廊岛另加10元。
        订单号 CK24-3307 已完成，取货时间 12月21日 下午2点，蛋糕字：“祝爸爸生日快乐”。
        问：榴莲蛋糕可以冷冻吗？答：可以，最多冷冻两周，食用前放冷藏室解冻四小时。
        企业订单请联系销售部：corporate@sugarloft.sg，电话 6291 0088（周一至周五）。
        新春年饼礼盒：凤梨酥、黄梨挞、肉松卷，每盒新币38.80元，1月20日起发货。
        九层糕、娘惹糕等传统糕点每天早上八点出炉，售完即止。
        个人资料声明：我们只会使用您的姓名、电话和地址来处理订单，并依照《个人资料保护法》保存十二个月。
        模板：收件人：＿＿＿ 电话：＿＿＿ 地址：＿＿＿ 蛋糕字：＿＿＿
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, today got 38 collections at Tampines, pls check all the fondant toppers before 10am ok
        Oven 2 spoil again lah, technician coming 3pm, shift the chiffon batch to oven 4
        Who took the last tray of kaya from chiller 1? Everything must label with date and batch code, SFA inspection next week ah
        Order CK24-2281 want to change msg to "Happy 70th Ah Ma" only, no need "love you", pls redo the plaque
        Lalamove driver reach already, the 3 cakes for Punggol pack with ice pack can?
        Bos, tepung gandum tinggal 2 guni je, nak order dengan supplier hari ni ke?
        今天冰皮榴莲月饼卖得很好，剩下12盒，明天早上再做一批
        Reminder: Hari Raya closing 31 Mar and 1 Apr, roster will send tmr
        Delivery to CBD office towers must use loading bay B2, guard only ask for company name and order no.
        Guys pls don't post customer phone numbers in this group, use the order no. only ok (PDPA)
        Grab order #GF-A-7KX2TQ9WJ3 cancelled by system, refund is auto, no need do anything
        The new 10" boxes arrived already, finish the old carton first before opening new one
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ORDER #CK24-1187 | Name: Jasmine Koh Wei Ling | Mobile: 9672 1458 | Pickup Sat 14 Dec 3pm Tiong Bahru | 8" pandan gula melaka | Msg: "Happy 70th Mummy"
        DELIVER TO: Mr Harish s/o Ramasamy, Blk 418 Bedok North Ave 2 #09-145, S(460418) – call 8345 2291 on arrival, leave with neighbour if no answer
        ALLERGY FLAG – Nur Farhana binti Azman (order 5521) says her son Aqil has anaphylaxis to tree nuts and carries an EpiPen; separate tray, no almond flour in the sponge
        Complaint from Gerald D'Cruz: the 1kg chocolate truffle for his wife Angela's 40th arrived melted at 11.40am, almost 2 hrs late; wants full refund, he's been a regular since 2019
        Corporate order – Halcyon Logistics, 120 boxes mooncakes; contact Ms Cheryl Ong Siew Ping (HR Executive), cheryl.ong@halcyonlog.com.sg, DID 6291 4473
        Refund to POSB Savings 178-53192-4, account holder LIM SOO HUAT, for cancelled order #A2290, amount $68.50
        Baker Rajesh Kumar a/l Subramaniam, FIN G5528104T, work permit expires 03/2026 – MC 2 days (gastroenteritis) 12–13 Nov
        Found at counter: NRIC card TAN HUI MIN S8123456F, kept in office safe; called her 9018 7736 at 4.15pm, no answer
        New member: Priya d/o Ganesan | DOB 17/03/1991 | 8862 0413 | priya.ganesan91@gmail.com | fav: red velvet | birthday voucher to send in March
        Google review by Melvin Chua Jun Hao: "Ordered the durian cake for my dad's 80th at Ren Ci, he loved it but the box was dented" – 4 stars
        DM from @sherwin.eats.sg (Sherwin Tay) asking for a 2-tier cake for his daughter's christening at St Ignatius on 21 Dec
        Driver Ahmad Faizal bin Yusoff, van SMB4127C, left 9.05am with 14 orders, back 1.30pm, 1 failed drop at Sengkang
        Cake message: "Congrats Chloe Tan Xin Yi – PSLE 261, Nanyang Girls here we come!" (order by her mum, collect Fri)
        Tasting booked: bride Amanda Fernandez & groom Ryan Lau Kok Wai, wedding 8 Mar 2025, 3-tier, budget ~$1,200; call Amanda at 9734 5120
        Pls note Mdm Siti Hajar binti Osman (regular, Bedok Reservoir) is diabetic – she orders the sugar-free kaya chiffon every Fri, don't push the durian cake on her
        2024-11-02 14:22 charge FAILED card 4556182003231673 exp 08/27 name on card WONG KAR LOK – asked customer to retry via PayNow
        Customer overpaid by $12 via PayNow; refund to her mobile 9455 0382 (Ms Kavitha Raman, order CK24-2011)
        Lalamove drop-off: 27 Jalan Bunga Rampai, Singapore 538414 – side gate code 4471, beware of the dog, leave cake at porch
        Pls send the invoice to kumar.s.devan@hotmail.com, he paid for the farewell cake personally
        Customer complained cashier Jeremy Sim Wen Jie at Jurong Point shouted at her during the CNY rush; Jeremy to be counselled and moved to back kitchen
        Mdm Loh Pei Ling's daughter Isabelle (P3, CHIJ Katong Primary) – 30 nut-free cupcakes for class party 24 Oct; mum's hp 8127 6643
        Pastry chef applicant: Ong Pei Shan, 23, ex-Tiong Bahru Bakery, expected $3,800, NRIC T0245517F, available from Jan
        Overseas order: Ms Chan Wing Yee, HKID Y305718(4), flying in 20 Dec, collect at Changi T3, HK mobile +852 9163 2287
        Grab driver Suresh Pillai (plate SKP882G) dropped the cake box at the lobby, photo attached, customer refused the cake
        Stamp card #0087 – Auntie Mary Pereira from Katong, comes every Sunday after the 9am mass at Holy Family for 2 curry puffs, widow, lives alone
        "Baby Ryan's 1st Birthday" order for Mr & Mrs Tan Boon Kiat, 3 Jalan Kembangan #02-01 S419105, balance $180 on collection
        Order note: Evelyn Lim Hui Fen is 7 months pregnant – no alcohol in the tiramisu and no raw egg; collection Tues 5pm
        Wholesale lead: Tay Wen Qi (Telegram @wenqi_bakes_sg), wants 40 loaves weekly for her café, will pay by bank transfer
        Dear Sir/Madam, I, Ahmad Zulkifli bin Hassan (NRIC 850930-08-5173), wish to complain that my son's birthday cake collected at your Ipoh branch on 3/11 was mouldy inside.
        Visitor pass for cake delivery to Marina One: receiver Mr Daniel Ho Jian Wei, NRIC S8840215D, Level 21 reception, 3pm
    """),
    "ms": _lines("""
        Tempahan kek hari jadi: Puan Rohana binti Abdul Latif, 016-552 1907, ambil Sabtu 10pg di cawangan Shah Alam, tulis "Selamat Hari Jadi Abah ke-65"
        Bayaran diterima daripada SITI AMINAH BT YUSOF, akaun Maybank 1621 0348 7725, RM85.00, rujukan kek red velvet
        Alamat hantar: No. 14, Jalan SS 2/75, 47300 Petaling Jaya, Selangor. Penerima: Encik Lim Chee Keong, 019-740 3362
        Aduan: kek untuk majlis tahlil arwah ayah saya sampai lewat 3 jam. Nama: Hafizah binti Omar, No. KP 920817-10-6384
        Makluman staf: Kak Nor (Noraini binti Salleh) cuti bersalin mulai 1 Mac, anak kedua, syif pagi diambil alih oleh Hidayah
        Pelanggan tetap Puan Zaiton binti Harun dari Taman Melawati alah kepada telur – buat kek tanpa telur untuk dia setiap bulan
        Penghantar Azlan bin Mat Noor, Myvi putih WXY 8821, tak jawab telefon sejak pukul 2, tiga kek belum sampai
        Tempahan majlis aqiqah: Encik Mohd Khairul bin Ismail, IC 880412-14-5527, 011-2673 8810, 200 kotak kuih, bayar deposit RM300
    """),
    "zh-Hans": _lines("""
        订单备注：林美玲女士，手机 9018 3354，周六下午三点自取，榴莲蛋糕一个，蛋糕上写“妈妈生日快乐”
        客户陈晓燕（厦门来的）要求开发票，身份证号 350203199103224025，已付款 S$268
        投诉记录：黄志强先生说他儿子对花生过敏，蛋糕里却有花生碎，孩子当晚送急诊，要求赔偿医药费
        员工请假：蛋糕师傅刘国华 病假三天（腰伤），FIN F2345918M，需补交医生证明
        送货地址：裕廊西92街 第958座 #12-344，收件人 郑雅婷，电话 8801 3927
        微信号 lily_cakes88 的客户李丽丽订了中秋月饼20盒，要寄去槟城给她婆婆
    """),
    "mixed": _lines("""
        eh the auntie Mdm Goh Siew Lan call again abt her cake leh, her grandson Marcus birthday tmr, pls call her back 9672 3018 asap
        boss, Kumaravel a/l Muniandy wife just call, he kena dengue, warded at CGH, cannot come in this week
        Sis Aisyah binti Kamal order 50 cupcake for aqiqah anak dia 13 Jan, hantar rumah Blk 205 Woodlands Dr 14 #08-212
        客人 Ms Lee Bee Hoon 的 card 5424182641395382 刷不到，她说明天来店里付 cash
        bro the guy Darren Yeo Kai Ming from 3rd floor again never pay, owe us $146 for 2 cakes, his number 8127 9054
        Maybank2u transfer masuk dari NG SEOK CHIN acc 5140 7731 2286 RM120 – untuk kek lapis 3 kotak, pls tick
        Mak Cik Normah binti Said (flat 6B Jalan Ampang Hilir) baru keluar hospital, anak dia pesan kek tanpa gula, hantar petang ni
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp ordering assistant for Crumbs & Co. Bakehouse, Singapore.",
        ),
        ("user", "hi can i order a 8 inch chocolate cake for delivery this sat"),
        (
            "assistant",
            "Sure! May I have the recipient's name, contact number and delivery address?",
        ),
        (
            "user",
            "Recipient is Nicole Seah Li Ting, 9873 2601, Blk 682A Jurong West Central 1 #14-07 S641682. its a surprise for her 30th so pls dont call before 2pm",
        ),
        (
            "assistant",
            "Noted. Delivery slot 2pm–5pm on Saturday, driver will call 15 minutes before arrival.",
        ),
    ],
    [
        ("user", "Your cake arrived totally melted. Order CK24-1905."),
        (
            "assistant",
            "We're very sorry. Could you share your name and photos of the cake and box?",
        ),
        (
            "user",
            "Name is Benedict Lowe. Photos sent. I paid with my Visa 4147099769144575, please refund to that card, not store credit.",
        ),
        (
            "assistant",
            "Thank you, Mr Lowe. I've raised refund RF-0512 for the full amount to the card used.",
        ),
    ],
    [
        (
            "user",
            "Hello, I'm organising our company's year-end dinner and need 300 cupcakes with our logo.",
        ),
        (
            "assistant",
            "Happy to help! Which company is this for, and who should we send the quotation to?",
        ),
        (
            "user",
            "Orion Biotech Pte Ltd. Send it to me, Fiona Rodrigues, finance manager – fiona.rod.sg@gmail.com or 9016 4482. I'm on leave next week so WhatsApp is best.",
        ),
    ],
    [
        (
            "user",
            "My son Ethan Goh is 6 and has a severe egg and dairy allergy, he was hospitalised last year after a birthday party. Can you make a safe cake?",
        ),
        (
            "assistant",
            "We can make an egg-free and dairy-free cake, but our kitchen does handle egg and dairy, so we cannot guarantee zero cross-contact.",
        ),
        (
            "user",
            "Ok understood. Please put his name on it: Happy 6th Birthday Ethan. Collect 12 Oct, I'm Mrs Goh (Rachel) 8345 7710.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tempah kek coklat moist 2kg untuk kenduri kahwin adik saya.",
        ),
        ("assistant", "Waalaikumsalam. Boleh, tarikh dan alamat penghantaran di mana ya?"),
        (
            "user",
            "19 April. Hantar ke No. 22, Jalan Kenanga 3, Taman Kenanga, 75200 Melaka. Nama saya Nurul Izzah binti Kassim, 013-912 5578.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nurul Izzah, tempahan sudah direkodkan. Deposit RM50 boleh dibayar melalui DuitNow.",
        ),
    ],
    [
        ("user", "你好，我想订两盒双黄白莲蓉月饼，寄到吉隆坡。"),
        ("assistant", "好的，请提供收件人姓名、电话和地址。"),
        (
            "user",
            "收件人：王淑芬，电话 017-285 6640，地址：Jalan Desa Bakti 5, Taman Desa, 58100 Kuala Lumpur。她是我妈妈，最近刚做完手术，不要太甜。",
        ),
        ("assistant", "收到，我们会选择低糖款并在盒上注明。"),
    ],
    [
        (
            "system",
            "Customer support bot for Sugarloft Patisserie. Do not collect payment card data in chat.",
        ),
        ("user", "I need to change the delivery address for order SL-77213."),
        ("assistant", "Sure, what is the new address?"),
        (
            "user",
            "Send it to my home instead: 15 Lorong 37 Geylang #03-02, Singapore 387922. Ask for Mohammed Irfan, my mobile is 8862 5519.",
        ),
    ],
    [
        ("user", "Hi we want to book a cake tasting for our wedding"),
        ("assistant", "Congratulations! May I have both names and your preferred date?"),
        (
            "user",
            "Joanna Liew and Vikram Nair. Wedding is on 15 Nov at the Raffles Hotel, about 180 guests. Joanna's number is 9344 1820.",
        ),
        ("assistant", "Tasting confirmed for Saturday 10am at our Dempsey studio."),
    ],
    [
        ("user", "i cancelled my order CK24-2099 and was told i get refund by bank transfer"),
        ("assistant", "Yes, please provide your bank and account details."),
        ("user", "OCBC 360, account 5501 2874 3001, name SHARON PHUA MEI XIN"),
        ("assistant", "Thank you, the refund of $74.00 will be credited within 7 working days."),
    ],
    [
        (
            "user",
            "Can you deliver a surprise cake to my colleague's office? It's her last day before maternity leave.",
        ),
        (
            "assistant",
            "Of course. Please give us the recipient's name, office address and a contact person.",
        ),
        (
            "user",
            "Her name is Deborah Chia, she's at Level 9, Capital Tower, 168 Robinson Road, team Treasury Ops. Contact me, Sean Kwok, 9611 2035, don't call her.",
        ),
        ("assistant", "Noted – delivery on Friday 3pm, we'll contact only you."),
    ],
]
