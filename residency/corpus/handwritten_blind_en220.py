# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en220: SG/MY home bakers, cake shops and baking classes. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en220
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "order_confirmations"): _lines("""
        Order CK-240518-0932 confirmed: 1.5kg Ondeh-Ondeh Cake, less sweet, candle x1. Pickup slot Sat 11:00-13:00. Balance due S$42.00.
        INV-2024-00871 | Custom 2-tier fondant (6-inch + 8-inch) | Deposit 50% S$190.00 received via PayNow to UEN 201934567K | Balance payable 3 days before collection
        Hi {first_name}, thanks for ordering with us! Your cake ({order_no}) will be ready on {pickup_date}. Reply YES to confirm or call our hotline 6812 3456.
        SKU BK-PND-15 Pandan Chiffon 15cm RM38.90 | SKU BK-PND-20 Pandan Chiffon 20cm RM52.90 | SKU BK-KLP-15 Kaya Lapis 15cm RM45.00
        Order #58213 status changed: PAID -> BAKING -> READY_FOR_PICKUP (2024-09-14 10:42:07 +08:00)
        Invoice 000417: 24 pcs Peppa Pig cupcakes, 24 pcs Bluey cookies, 1 x 8-inch Frozen Elsa drip cake; subtotal S$286.00, GST 9% S$25.74, total S$311.74
        Order summary for Customer A: 3 boxes kueh lapis, 2 boxes pineapple tarts (CNY pre-order batch 2), collection at outlet, no delivery.
        Reminder: all custom cake orders need minimum 5 working days' notice; 3D sculpted cakes need 14 days. Orders placed after 6pm count from the next working day.
        Booking ref BKG-7F3A2C: mooncake gift set (4 pcs, low-sugar lotus single yolk) x 40, corporate order for the HR department of Tan Chong Motor, invoice to accounts payable.
        Order CK-241102-1177: plaque message 'Happy 21st Birthday', name field left blank by customer, pipe the generic message only.
        Your order is confirmed. Order No: 7731-2204. Item: Burnt Cheesecake (Whole, 18cm). Qty: 1. Pickup: Bukit Timah outlet, 2pm-4pm. Payment: Visa ending ****. Thank you for choosing Sugar & Spice Bakehouse!
        Quotation Q-0193 for wedding dessert table (150 pax): 6 flavours of macarons, 3-tier buttercream cake, mini tarts. Total RM 4,850.00, valid 14 days. Payee: Manis Kitchen Sdn Bhd (SSM 202101034567).
        Edit log: order 90412 flavour changed from Earl Grey to Hojicha by front counter staff at 15:06; price difference S$4.00 waived by the duty manager.
    """),
    ("en", "shop_notices"): _lines("""
        Dear customers, our Jurong East outlet will be closed from 8 to 11 Feb for Chinese New Year. Online orders resume 12 Feb. For urgent enquiries email hello@butterandbloom.sg.
        NOTICE: We are NOT halal certified yet. Our kitchen uses no pork or lard, but we do use rum in the rum & raisin range. Our application with MUIS is in progress (ref HC-2024-11873).
        Our central kitchen at 12 Jalan Kilang Barat #03-07, Singapore 159352 is licensed by SFA (licence no. SFA-FSM-2023-004512).
        Home-based business reminder: HDB lets home bakers sell from their flats without a licence, but no signboards, no outside employees and no large-scale production. Check the HDB website for current rules.
        Lost and found: a blue cooler bag was left at our Seremban 2 shop on Sunday afternoon. The owner may collect it from the cashier with proof of purchase.
        Price revision effective 1 Jan 2025: due to butter and egg prices, whole cakes will increase by RM3-RM8. Thank you for your understanding. Management, Kedai Kek Seri Manis (SSM 002345678-W)
        We're hiring! Part-time baking assistant, Tampines Hub kiosk, S$11/hr, weekends. Send your CV to careers@crumbsandco.com.sg. No walk-ins please.
        To mark the Lee Kuan Yew centennial we baked a 100-layer kueh lapis, on display at our Chinatown shop window this week only.
        Our hotline +603-7955 2210 operates 9am-6pm Mon-Sat. The WhatsApp Business line on our website is for order enquiries only, not complaints.
        Kindly note: photos of customers' cakes on our Instagram @thewhiskinglab are posted only with consent, and faces and names are always cropped out.
        Raya open house at our Shah Alam bakery: 13 April, 11am-4pm, free kuih raya sampling, lucky draw for the first 200 visitors.
        Allergen incident update: 2 customers reported reactions after the 15 Oct batch of almond florentines; batch FL-1015 has been withdrawn. No further cases reported.
        Ramadan bazaar stall P-114, Bazar Ramadan Kampung Baru: open 4pm to 7.30pm daily. Pre-orders via our website only.
    """),
    ("en", "baking_classes"): _lines("""
        Class: Basic Sourdough (Beginner) | Sat 22 Mar 2025, 10am-4pm | S$188 per pax, max 8 pax | SkillsFuture claimable, course code TGS-2024039876
        Class roster template: No. | Participant name | Contact | Dietary needs | Paid (Y/N). Please fill in and return to classes@whiskandroll.sg by Thursday.
        Workshop: Nyonya kueh inspired by recipes from Mrs Lee's Cookbook (1974), held at the Peranakan Museum. Ages 12 and up. Halal-friendly ingredients.
        Today's attendance: 11 of 12 registered, 1 no-show, 2 walk-ins from the waitlist. Feedback forms collected: 9.
        Cancellation policy: full refund if cancelled 7 days before class; 50% within 3-6 days; no refund within 48 hours. One transfer to another class allowed.
        Kids' cupcake decorating party (ages 5-10), theme Paw Patrol or Hello Kitty, 1.5 hours, RM65 per child, minimum 10 children.
        Instructor note: the Saturday Chinese pastry class will be taught by the head pastry chef; the assistant chef covers the Sunday session.
        Q: Can I bring my own stand mixer to the macaron class? A: Not needed, each station has a 5-quart KitchenAid and all tools are provided.
        Registration form: Full name ____ / NRIC (last 4 characters) ____ / Mobile ____ / Email ____ / Allergies ____ / How did you hear about us? ____
        Screening and bake-along: watch Paul Hollywood's plaited loaf episode from The Great British Bake Off, then bake your own. S$45 including flour and tea.
        Class CL-0517 moved from Studio B to Studio A due to aircon servicing; time unchanged (7pm-10pm).
        Corporate team-building: 20-40 pax, 2-hour cookie decorating, S$75/pax + GST, invoiced to the company. Past clients include banks, hospitals and statutory boards.
        348 students have completed our 6-week cake decorating certificate since 2019; 71% went on to start a home-based business.
    """),
    ("en", "allergen_labels"): _lines("""
        CONTAINS: Wheat (gluten), Milk, Eggs, Tree nuts (almond). Made in a kitchen that also handles peanuts and sesame.
        Ingredients: cake flour, sugar, eggs, coconut milk, pandan juice, vegetable oil, baking powder, salt. Best before: 3 days refrigerated. Batch PC-0921-B.
        Egg-free option available for all sponge cakes (+S$6). Not suitable for customers with severe dairy allergy.
        Allergy matrix v3.2 updated 2024-07-01: 42 SKUs reviewed, 7 reclassified as 'may contain nuts'.
        Nutrition per 100g: Energy 412 kcal, Protein 5.1g, Fat 21.3g, Carbohydrate 50.2g, Sugars 31.0g, Sodium 190mg.
        Halal note: all gelatine used is bovine and halal-certified by the supplier (cert ref JAKIM-SH-1234-5678, valid to 2026-03-31).
        Sign at counter: Please inform our staff of any food allergies before ordering. We cannot guarantee any product is 100% allergen-free.
        Order form, tick all that apply: [ ] nut allergy [ ] gluten intolerance [ ] lactose intolerance [ ] vegan [ ] less sugar [ ] other: ______
        Internal SOP 4.3: when a customer declares an anaphylactic allergy, staple the yellow allergy card to the order ticket and use the purple-handled tools.
        Sugar claims: our 'less sweet' cakes use 30% less sugar than our standard recipe; they are NOT a diabetic diet product.
        Q: Is your tiramisu alcohol-free? A: Yes, we use coffee syrup and no marsala or rum, though we are not yet halal certified.
        Of the 1,204 custom orders last year, 163 carried an allergy note: nuts 61, eggs 38, dairy 29, gluten 22, others 13.
        Label template: {product_name} | Net wt {weight}g | Baked on {bake_date} | Consume by {expiry} | Allergens: {allergen_list}
    """),
    ("en", "reviews"): _lines("""
        5 stars. Ordered the durian crepe cake for a family gathering, everyone loved it. Delivery on time and the driver was polite. (Verified Buyer)
        3/5. Chocolate ganache was great but the sponge was a bit dry. Packaging solid. Will try the pandan next time.
        Overall rating 4.6 from 1,832 Google reviews; most mentioned words: 'moist', 'not too sweet', 'long queue'.
        Tried the Mao Shan Wang burnt cheesecake after seeing it on Mothership, worth the hype though S$72 is steep.
        Reply from the owner: Thank you for your feedback! We're sorry the fondant cracked in transit; we've shared this with our delivery team and changed our boxes.
        Readers' poll 2024 (n=2,310): best kaya puff in Ipoh, 1st Hock Lai Bakery (38%), 2nd Kedai Roti Sin Wah (27%), 3rd Patisserie Lumiere (14%).
        Tasting panel: Customers A, B and C all rated the eggless cheesecake 8/10 or above; Customer D found it too dense.
        This looks like the kueh lapis Eleanor Young served in Crazy Rich Asians! Tastes even better. 5 stars.
        Review flagged for moderation: contains profanity (rule R-12). Original rating: 1 star. Auto-hidden at 2024-10-03 21:14.
        Honestly the best ondeh-ondeh cake in Bedok. Came back 3 times this month already.
        Not bad lah, but the queue damn long on Saturday morning, better go on a weekday.
        The Straits Times food critic gave the Basque cheesecake 4 out of 5 stars, calling it the best in the heartlands.
        Average delivery rating dropped from 4.8 to 4.3 in December, mostly because of late evening slots on Christmas Eve.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai kami akan ditutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April. Tempahan kuih raya ditutup pada 20 Mac.
        Sijil halal JAKIM kami sah sehingga 31 Disember 2025 (No. Sijil: SH-2023-08812). Salinan sijil dipamerkan di kaunter.
        Harga kek lapis Sarawak: 1 loaf RM55, 2 loaf RM100. Perisa: horlicks, cheese, kurma, pandan. Pos ke Semenanjung +RM15.
        Kelas membuat roti canai dan kuih muih tradisional, Sabtu 10 pagi, RM120 seorang termasuk bahan. Tempat terhad kepada 15 orang.
        Pesanan #KR-2025-0331 telah disahkan. Sila jelaskan baki RM80 sebelum 25 Mac ke akaun syarikat yang tertera dalam invois.
        Semua produk kami bebas babi dan alkohol. Bahan mentah dibeli daripada pembekal yang mempunyai sijil halal.
        Slot penghantaran Lalamove: 10am-12pm, 2pm-4pm, 5pm-7pm. Caj penghantaran dalam Lembah Klang RM12-RM25 bergantung pada jarak.
        Soalan lazim: Boleh ke saya tempah kek tanpa telur? Boleh, sila nyatakan di ruangan nota semasa membuat tempahan.
        Kedai Kek Seri Manis Sdn Bhd (No. Syarikat 202201012345), Lot 23, Jalan Perusahaan 2, Kawasan Perindustrian Batu Caves, 68100 Selangor.
        Jumlah tempahan bulan Ramadan: 412 kek, 1,350 balang kuih raya dan 89 set hamper korporat.
        Ulasan: Kek batik sedap sangat, tak terlalu manis. Penghantaran cepat. 5 bintang! (Pelanggan disahkan)
        Resipi kek pisang ini diadaptasi daripada rancangan TV Chef Wan yang terkenal pada tahun 90-an.
        Templat mesej: Salam {nama}, tempahan anda {no_tempahan} siap untuk diambil pada {tarikh}. Terima kasih!
    """),
    ("zh-Hans", "baking_forum"): _lines("""
        请问戚风蛋糕出炉后一定要倒扣吗？我用的是20cm活底模，每次都回缩。
        本店中秋月饼预购已开始：低糖白莲蓉双黄 4粒装 S$48，截止日期9月5日，9月10日起取货。
        订单号 CK20241118-0452 已付款，取货时间：周六下午2点至4点，地点：宏茂桥门市。
        温馨提示：本店产品不含猪肉和猪油，但尚未获得清真认证。
        烘焙班报名须知：每班限8人，报名后不设退款，可转让给他人一次。
        统计：上月共收到定制蛋糕订单 286 份，其中 41 份备注过敏信息（坚果最多）。
        有没有人知道槟城哪里可以买到日本面粉？想做北海道吐司。
        客户A反映榴莲千层送到时已经融化，已安排补发，原因是下午4点配送时段气温过高。
        家庭式烘焙可以在组屋内进行，但不可雇用外来员工，也不可挂招牌。
        本周课程：周二 马卡龙；周四 凤梨酥；周六 广式月饼。费用每人S$120，含材料。
        老字号品牌「南洋老饼」今年推出冰皮月饼新口味：猫山王榴莲。
        模板：亲爱的{顾客姓名}，您的订单{订单号}将于{日期}送达，请保持电话畅通。
        林俊杰演唱会主题杯子蛋糕 24 个装 S$96，可选印刷图案，需提前一周预订。
    """),
    ("en", "delivery_system_logs"): _lines("""
        2024-12-24T17:42:10+08:00 INFO dispatch: route R-07 assigned 14 drops, est. completion 20:15, vehicle VAN-03
        [WARN] slot_capacity exceeded for 2024-12-24 18:00-20:00 (42/40 bookings), further bookings auto-closed
        tracking LLM-SG-99812734 status=DELIVERED pod=photo_only signer=front_desk
        delivery_slots: {weekday: [10-12, 14-16, 18-20], weekend: [10-12, 13-15], blackout: [2025-01-29, 2025-01-30]}
        ERROR 422 /api/v2/orders/71124 field 'postal_code' failed validation: expected 6 digits, got '5693'
        cron nightly_export completed: 1,318 orders, sha256 9f2c4e1a7b3d08e5c6a91f4d2b7e0c3a5f8d1e6b9a2c4f7e0d3b6a9c1e4f7a2d, 0 errors
        GrabExpress booking GE-8K2J-41QX cancelled by merchant: cake not ready, rebooked for 16:30.
        Driver checklist: keep cakes flat on the floor mat, aircon at 18C, no sharp braking, call the customer 15 min before arrival using the in-app masked number.
        release v2.4.1: added halal_cert_expiry field to outlet table; fixed timezone bug for MY orders (Asia/Kuala_Lumpur).
        SELECT order_id, slot, COUNT(*) FROM deliveries WHERE slot_date = '2025-02-13' GROUP BY order_id, slot;
        Delivery zone pricing: Zone 1 (postal 01-28) S$12, Zone 2 (postal 29-55) S$15, Zone 3 (postal 56-82) S$18; Sentosa surcharge S$10.
        Incident INC-0088: cake toppled during delivery to a condo along Bukit Timah Road; replacement baked and sent, cost absorbed by the courier partner.
        webhook payload sample: {"event": "order.ready", "order_id": "CK-0000", "customer": "<redacted>", "slot": "14:00-16:00"}
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order CK-240611-0087 for Nurul Huda binti Kamarudin, 9123 4571, deliver to Blk 412 Tampines St 41 #08-233, Singapore 520412, 2-4pm. Leave with her mum if no one answers.
        Allergy note from customer: my daughter Chloe Lim (7) has a severe peanut allergy and carries an EpiPen, please make sure the cake and candles are nut-free.
        Hi, this is Priya d/o Ramasamy, I booked the Saturday sourdough class but I was just diagnosed with gestational diabetes, can I switch to the sugar-free cookie class?
        Class registration: Tan Wei Ming, NRIC S8934217A, mobile 8765 2109, email weiming.tan88@gmail.com, allergies: shellfish.
        Refund to card 4532 1890 7765 4325 (cardholder Jonathan Pereira) for cancelled wedding cake order INV-2024-00912, amount S$380.00.
        Please send the surprise cake to my home instead, 17 Lorong Ah Soo #03-11, S536742, and don't call my husband Kelvin, he mustn't know. Thanks, Michelle
        Customer complaint: Mdm Wong from #05-12 says our rider scratched her car SJK 4821 U at the loading bay; she wants S$200 for the repair.
        Payslip for bakery assistant Lalitha a/p Muniandy (MyKad 920728-14-6081): basic RM1,700, OT RM240, EPF employee RM213, net RM1,727.
        Written warning issued to Ahmad Faizal bin Othman on 3 Oct for taking cash from the till twice (RM50 and RM120) at the Shah Alam outlet.
        Aunty Jessie from the Thursday class asked us to stop posting her photo because her ex-husband keeps finding out where she goes.
        Mr Kumaresan who always orders the eggless cake told me he starts chemo next month, so his wife will collect from now on.
        Customer IG is @shermaine.ng_97, she paid the deposit but wants the balance invoice emailed to shermaineng97@hotmail.com.
        Customer's WeChat ID is lily_chen_0823, she's visiting from Shenzhen, passport E58213467, needs the invoice in her own name for reimbursement.
        Delivery received by Md Rafiqul Islam (work permit FIN G5198372L) at the dormitory guardhouse, Tuas South Ave 1.
        Card on file 5521 0734 8816 2906, exp 08/27, name on card SARAH KOH LI TING, for the monthly cookie box subscription.
        Don't give Roslan any more credit at the stall, he still owes us RM340 from the Raya orders and his wife said he lost his job.
        Bank transfer received from DBS 120-458731-6, reference 'deposit cake Benjamin Ong', S$100.
        Hong Kong customer Chan Ka Yan, HKID K582174(6), +852 6123 8876, ordering 3 boxes of pineapple tarts to hand-carry home.
        Farah's mum called to cancel the class, Farah was admitted to KK hospital last night with dengue.
        Tasting booked for Daniel Rozario and Melissa D'Cruz, 15 Nov 3pm; Melissa is 4 months pregnant, no alcohol in any of the samples.
        Rider Lim Boon Keat (FBL 3392 L) was 40 minutes late again, 3rd warning this month, deduct from his commission.
        Mrs Goh from the Tuesday macaron class told everyone she's going through a divorce and might not finish the course.
        Hi Jamie, my number changed, new one is 9786 3310, and my new address is 5 Simei St 3 #06-18, S529894 for Sunday's cake. Clara
        Uncle Ong from Blk 204 passed away last week; his daughter asked us to cancel his standing order of kaya buns.
    """),
    "ms": _lines("""
        Tempahan kek hari jadi untuk Muhammad Irfan bin Zulkifli, hantar ke No. 14, Jalan Setia 3/7, Taman Setia Indah, 81100 Johor Bahru. Tel 012-745 3398.
        Pelanggan Siti Aisyah binti Ramli (No. KP 850314-10-5523) minta invois atas nama beliau untuk tuntutan syarikat.
        Kak Ton kata anak dia Hafiz ada penyakit seliak, jadi kek majlis tunang tu kena guna tepung bebas gluten.
        Bayaran RM250 untuk kelas kek lapis diterima daripada Nor Azlina binti Hassan, akaun Maybank 1621 4478 9013.
        Ustazah Rahimah dari kelas Selasa minta kita rahsiakan yang dia sedang buat rawatan IVF, jadi dia tak dapat datang dua minggu.
        Pekerja kami Rajesh a/l Subramaniam cuti sakit 3 hari (MC Klinik Kesihatan Klang), elaun kehadiran bulan ni ditarik balik.
        Nombor Encik Faizal untuk ambil kek: 019-283 6617, dia datang pukul 5 petang naik kereta WPC 4821.
        Rider Lalamove Mohd Khairul, IC 780102-07-5264, lambat 2 jam dan kek cair, pelanggan minta ganti rugi.
        Puan Lim Siew Lan masih berhutang RM460 untuk tempahan kuih raya tahun lepas, dah tiga kali WhatsApp tak balas.
        Alamat penghantaran: Aminah binti Yusof, Lot 557, Kampung Parit Haji Ali, 83000 Batu Pahat, Johor. Bayar tunai semasa terima (COD).
    """),
    "zh-Hans": _lines("""
        陈阿姨（3栋）的孙子对鸡蛋过敏，她订的生日蛋糕一定要做无蛋版本，别搞错。
        客户林美玲，手机 9672 4418，订了两盒凤梨酥，周五送到 Blk 118 Bedok North Rd #10-25。
        深圳来的客户王芳，身份证号 440304198806123721，要开发票报销烘焙课程费用。
        黄先生的微信号是 huang_jl1991，他说太太刚生完孩子，满月蛋糕下个月15号送到他家。
        学员张慧敏（FIN F2345178Q）缴费 S$360，报名三月份的蛋糕裱花课程。
        李小姐上次投诉我们的员工阿明态度差，她要求以后不要再安排阿明给她送货。
        台湾客户陈怡君，身份证 A239581722，手机 0928 471 536，要寄月饼回台北。
        厦门客户郑志强，身份证 35020319920215486X，报名了线上烘焙课，手机 13859206417，用支付宝付款。
        刘师傅的太太说他上周中风住院了，所以他的糕点班暂停，学员的钱要退回去。
    """),
    "mixed": _lines("""
        Eh the customer Aunty Mei Ling 7th floor one, she want 少糖 cake again, her 糖尿病 quite serious already, don't anyhow put extra icing ah.
        Boss, transfer dah masuk from Kavitha a/p Rajendran, RM150 deposit, phone 016-552 8809, nak kek Frozen theme untuk anak dia.
        订单备注: deliver to Ms Ong Hui Ling, 21 Jalan Kuning 1, Taman Pelangi, 80400 Johor Bahru, 她白天不在家, leave with the guard.
        Telegram @danny_lowkl minta discount lagi, dia kata baru kena retrench, can give 10% or not?
        Staff rota: Nadia minta tukar shift Sabtu sebab ada check-up kandungan, 怀孕5个月了.
        Refund jadi ke kad Visa 4012 8845 2239 0173 atas nama Goh Chee Keong, sebab kek rosak masa delivery.
        HK customer 陳嘉欣 HKID Y340928(5) order 蛋黃酥 20 boxes, WhatsApp +852 9481 2276, collect before flight.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the order assistant for a Singapore home bakery. Collect order details politely.",
        ),
        (
            "user",
            "Hi, I want a 1kg chocolate cake for my son's 6th birthday this Saturday, delivery please.",
        ),
        (
            "assistant",
            "Happy to help! May I have the name for the order, a contact number and the delivery address?",
        ),
        (
            "user",
            "Serene Chua, 9281 4476, Blk 630 Jurong West St 65 #12-118, S640630. He's allergic to eggs, so egg-free please.",
        ),
        (
            "assistant",
            "Noted, Serene: 1kg egg-free chocolate cake, delivery Saturday to Jurong West. We'll confirm the slot by WhatsApp.",
        ),
    ],
    [
        ("system", "Anda pembantu pendaftaran kelas untuk sebuah akademi bakeri di Shah Alam."),
        ("user", "Kelas kek lapis Sarawak tu ada sijil halal ke bahan dia?"),
        (
            "assistant",
            "Ya, semua bahan yang digunakan dalam kelas dibeli daripada pembekal bersijil halal JAKIM.",
        ),
        (
            "user",
            "Ok daftar saya: Nur Syafiqah binti Azman, KP 010915-01-0347, tel 011-2638 4459. Saya ada asma, harap dapur tak berasap sangat.",
        ),
        (
            "assistant",
            "Terima kasih Syafiqah, pendaftaran diterima. Kami akan pastikan pengudaraan dapur baik.",
        ),
    ],
    [
        ("system", "你是一家新加坡蛋糕店的客服助理。"),
        ("user", "帮我写一封退款邮件给客户，订单 CK-241203-0611，蛋糕送到时已经塌了。"),
        ("assistant", "好的，请提供客户称呼和退款方式，我来起草。"),
        (
            "user",
            "客户叫何丽华，退到她的卡 4532 1890 7765 4325，金额 S$88，她的邮箱是 lihua.ho@yahoo.com.sg。",
        ),
        (
            "assistant",
            "何女士您好：关于订单 CK-241203-0611，我们已将 S$88 退回您尾号 4325 的银行卡，3至5个工作日到账。",
        ),
    ],
    [
        ("system", "You help a bakery owner manage staff records."),
        (
            "user",
            "Summarise this for HR: Joseph Fernandez, our decorator, came in smelling of alcohol twice this week and dropped a wedding cake on Friday.",
        ),
        (
            "assistant",
            "Summary: Joseph Fernandez (decorator) reported twice this week for suspected alcohol use at work; one wedding cake damaged on Friday. Recommend a formal meeting.",
        ),
        ("user", "Add that his NRIC is S7712093I and this is his second written warning."),
    ],
    [
        ("system", "You draft polite replies to customer reviews for a Penang cake shop."),
        (
            "user",
            "Reply to this Google review by Tan Siew Ping: 'I told them I'm diabetic and they still gave me the full-sugar tart, I ended up at Penang GH.'",
        ),
        (
            "assistant",
            "Dear Ms Tan, we are truly sorry to hear this and hope you are recovering well. Please contact us so we can look into what went wrong.",
        ),
        ("user", "Good, but don't mention the hospital publicly."),
    ],
    [
        ("system", "You format data for a baking school in Singapore."),
        (
            "user",
            "Make a table: Goh Jia Hui T0276451I 9034 1187; Muhammad Danish S9051864Z 8122 6409; Kavya Menon T1469320Z 9650 3321.",
        ),
        (
            "assistant",
            "Name | NRIC | Mobile ;; Goh Jia Hui | T0276451I | 9034 1187 ;; Muhammad Danish | S9051864Z | 8122 6409 ;; Kavya Menon | T1469320Z | 9650 3321",
        ),
        ("user", "Thanks, now sort by name."),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "How do I chase payment from a customer? Mdm Leong at Blk 51 Toa Payoh owes me S$520 for her daughter's wedding cake and keeps saying next week.",
        ),
        (
            "assistant",
            "Send a polite written reminder with the invoice, set a clear due date, and if unpaid consider the Small Claims Tribunals.",
        ),
        ("user", "Can you write the reminder? Her WhatsApp is 9357 6620."),
        (
            "assistant",
            "Hi Mdm Leong, a gentle reminder that S$520 for the wedding cake is still outstanding. Kindly settle by Friday. Thank you!",
        ),
    ],
    [
        ("system", "You are the wedding cake consultant bot for a Kuala Lumpur patisserie."),
        ("user", "What are your tiers and prices for a 3-tier naked cake?"),
        (
            "assistant",
            "Our 3-tier naked cake starts from RM1,280 for about 120 guests, including delivery within KL.",
        ),
        (
            "user",
            "Ok book it for me and my fiance Wong Jun Hao, wedding 8 March. My name is Chloe Yap, 012-338 9071, Taiwan ID F120836459 in case you need it for the deposit receipt.",
        ),
        (
            "assistant",
            "Thank you Chloe, tentatively booked for 8 March. A deposit link will be sent to 012-338 9071.",
        ),
    ],
    [
        (
            "system",
            "Customer record: name=Rosmah binti Idris; mobile=013-482 7715; MyKad=690822-08-5170; notes=prefers less sugar, husband recently had a stroke.",
        ),
        ("user", "Is my kuih raya order ready?"),
        (
            "assistant",
            "Salam Puan Rosmah, your order of 6 balang kuih raya, less sugar, is ready for collection from 2pm today.",
        ),
        ("user", "Terima kasih, my son will collect."),
    ],
    [
        ("system", "You help home bakers deal with neighbours and HDB rules."),
        (
            "user",
            "My neighbour Mrs Rao at #07-03 keeps complaining to the town council about my oven smell. She's on dialysis and home all day, any tips?",
        ),
        (
            "assistant",
            "Consider baking at off-peak hours, using an extractor hood, and speaking with her kindly; a small gift of bakes often helps.",
        ),
        ("user", "She also posted my unit number on the Facebook group. Can I report that?"),
    ],
]
