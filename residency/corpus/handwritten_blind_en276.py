# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en276: SG/MY cooking schools, private chefs and home-based bakers (class bookings, dietary and allergy notes, chef-at-home visits, food-handler certificates, deposits). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en276
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "class_booking_notice"): _lines("""
        Nonya Kueh Masterclass (Sat 14 Feb 2026, 10am-1pm) is FULL. Waitlist opens at 9am on Monday via our booking page; no phone reservations please.
        Deposit of S$50 per seat is non-refundable within 7 days of class. Transfers to our company PayNow UEN 201834567W only, quote your booking number e.g. BK-26-0412.
        Aprons and recipe booklets are provided. Please tie back long hair and wear covered shoes; our kitchen at 30 Victoria Street #01-12 CHIJMES has tiled floors.
        Allergen notice: our Tuesday bread class uses wheat, eggs, dairy and sesame. We cannot guarantee a nut-free bench as the same tables are used for praline work.
        Kids' Cupcake Camp for ages 7-12 runs 9-12 Dec, 9.30am to 12.30pm daily. Parents may drop off at the Level 2 lobby; pick-up is strictly by 12.45pm.
        Class cancelled due to low sign-up: Thai Curry Pastes (Sun 22 Mar). All 4 booked guests will get a full refund within 5 working days or may transfer to 5 Apr.
        SkillsFuture Credit can be used for our WSQ Food Safety Course Level 1 (course ref TGS-2020502541). Claims must be submitted at least 30 days before the class.
        Private team-building sessions for 10-24 pax available Mon to Thu. Email events@kitchenlab.com.sg or WhatsApp our events line +65 8123 4567 (office hours only).
        Chinese New Year Bakes 2026: pineapple tarts (Mon 26 Jan), bak kwa (Tue 27 Jan), kueh bangkit (Wed 28 Jan). S$128 per class, S$360 for all three.
        Lunch is served after the class; vegetarian and halal-certified ingredient options are available if ticked in the booking form at least 72 hours before.
        Reminder: we are closed on Hari Raya Puasa (Fri 20 Mar 2026) and the following Saturday. Online bookings made for those dates will be shifted automatically.
        Our instructor team holds the Food Hygiene Officer certificate and current First Aid; the studio passed its annual pest-control inspection on 3 Nov 2025.
        Parking is available at the Tanjong Pagar Centre basement (S$3.50 per entry after 6pm); nearest MRT is Tanjong Pagar, Exit A, about a 4-minute walk.
    """),
    ("en", "home_baker_faq"): _lines("""
        Q: Do you deliver? A: Yes, islandwide delivery via Lalamove is S$15-S$25 depending on postal district; self-collection is from our central kitchen at 51 Ubi Avenue 1.
        Q: Are your cakes halal? A: We are not halal-certified by MUIS. We use no pork or lard, but our kitchen also handles alcohol for rum-and-raisin bakes.
        Q: How early must I order? A: Minimum 5 days for standard cakes, 14 days for tiered wedding cakes. Orders close every Thursday 11.59pm for weekend slots.
        Q: Can you make it nut-free? A: We can leave nuts out of the recipe, but the same kitchen also bakes almond financiers, so traces cannot be ruled out.
        Q: What payment do you accept? A: PayNow to our business UEN 53412345M or bank transfer; a 50% deposit confirms the slot and the balance is due 2 days before.
        Q: Is a home-based business allowed to sell cakes in Singapore? A: Yes, under HDB's Home-based Small Scale Business Scheme, no SFA licence is needed if it stays small scale.
        Q: Do you do eggless? A: Yes, our eggless chocolate cake uses yoghurt and baking soda; it is about 10% denser than the regular version and the price is the same.
        Q: How long does the Burnt Cheesecake keep? A: 4 days chilled at 0-4°C, 1 month frozen. Let it stand at room temperature for 30 minutes before serving.
        Q: Can I get an invoice for my company? A: Yes, we issue e-invoices with our registered business name; please give the company name and billing address at checkout.
        Q: Is Pandan Gula Melaka cake available all year? A: Yes. Seasonal flavours like durian (Mao Shan Wang) run only from June to August, subject to supply.
        Q: Do you ship to Johor Bahru? A: Not for cream cakes. Cookies and kueh lapis can be posted via Pos Malaysia or Ninja Van at the buyer's risk.
        Q: How big is a 6-inch cake? A: 15 cm across, about 8-10 slices, roughly 1.1 kg. Candles and a cake knife are included free of charge.
        Q: Can you do character cakes? A: We do Doraemon, Hello Kitty and Peppa Pig designs for private celebrations only, as licensed artwork cannot be resold.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning team, the dairy delivery came in 2 bottles short on whipping cream. Invoice INV-88213 says 24 x 1L, only 22 received. Pls note before signing.
        Walk-in chiller reading 7°C at 8.15am, above the 4°C limit. Moved all cream and fish to the reach-in, logged in the temp sheet, technician booked for 11am.
        Reminder: 2pm dim sum class has 12 pax, 2 declared shellfish allergy. Use the separate blue boards and do the har gow demo at station 6 only.
        Who took the KitchenAid from station 3? Serial ends 7731, need it back for the macaron class at 4. Pls return it to the shelf after washing.
        Booking system was down from 10.02 to 10.19 this morning, 3 online payments stuck in pending. Vendor ticket #SUP-40912 raised, don't refund manually yet.
        Laksa paste batch LP-1103 came out too salty, pls cut belacan by 20g per kg for the next batch and update the recipe card in the shared drive.
        Food handler refresher is due for 5 of us by end Feb. HR says book the Level 1 refresher at the approved centre, company pays, claim under cost centre 4410.
        FYI the KL branch uses different flour (Blue Key vs Prima), so their bread timings in the SOP are 5 min longer. Don't copy their sheet blindly.
        Tonight's private dinner is 8 courses for 10 pax; van leaves 4.30pm from the loading bay, bring the portable induction and 2 chafers.
        Gas cylinder supplier changed its hotline to 6745 2200, the old number is dead. Stick the new sticker on the cylinder cage pls.
        Stocktake done: butter 42 blocks, Valrhona Guanaja 3 bags, vanilla pods 60, matcha 1.2kg. Reorder list sent to purchasing, PO-2026-0117.
        Dishwasher showing error E24 again, drain blocked. Service line 6561 3030, contract no. HB-SG-2231, they come within 24h.
        Pls stop posting class photos on the studio IG until the new consent form is printed. Marketing will repost once cleared, thanks all.
    """),
    ("mixed", "menu_price_list"): _lines("""
        Kek Lapis Sarawak (original) RM85 per 1kg loaf, Kek Lapis Prune RM95, Kek Lapis Cheese RM98. Order 3 hari awal, pickup Kuching or pos Semenanjung.
        Set Makan Chef-at-Home A: nasi lemak bar untuk 20 pax, rendang tok, sambal sotong, acar, kuih muih. RM1,680 inclusive of chef, 1 helper and transport within KL.
        Tau sar piah box of 10 S$12.80, salted egg yolk version S$14.80. 今日特价 buy 2 boxes get 1 ang ku kueh set free while stocks last.
        Private chef dinner for 6: 黄酒鸡, steamed soon hock with ginger, sambal kangkung, orh nee for dessert. S$145 per pax, min 6 pax, ingredients included.
        Dessert menu 甜品: bubur cha cha S$4.50, chendol with durian S$7.90, mango sago S$6.50. Less sweet boleh request, no extra charge.
        Class fees 课程费用: Basic Roti Jala (2h) RM120, Curry Puff Pusing (3h) RM160, Dim Sum Basics (4h) RM240. Student discount 10% with matric card.
        Kueh Pie Tee DIY kit for 30 shells: RM45. Includes 30 pie tee cups, sengkuang filling 800g, chilli sauce 150ml. Best eaten same day hor.
        Hari Raya cookie hamper: tart nenas, semperit, makmur, kuih bangkit, 4 balang x 500g, RM168. Add corporate logo card +RM5, min 20 sets.
        Mooncake 月饼 2026: 白莲蓉双黄 S$78 box of 4, snowskin durian S$88, low-sugar lotus paste S$72. Early bird 15% until 31 Aug, corporate orders 50 boxes up.
        Inspired by the buah keluak dishes made famous by Chef Malcolm Lee of Candlenut, our 7-course Peranakan set is S$168++ per pax, min 4 pax.
        Bread corner 面包: kaya butter bun RM3.20, curry chicken bun RM4.50, Mexican coffee bun RM3.80, 10% off after 8pm daily, 周一休息.
        Chef-at-home add-ons: extra course S$25/pax, wine pairing not provided (BYO, corkage free), live satay grill S$380 for 100 cucuk ayam and daging.
        Ang ku kueh 红龟粿 peanut/mung bean/yam RM1.80 each, RM20 for 12. 满月 full-month celebration tray RM188 with red eggs and ang ku.
    """),
    ("en", "booking_system_config_logs"): _lines("""
        2026-03-14T09:12:44+08:00 INFO booking.create id=BK-260314-0087 class=KNEAD-101 seats=2 status=PENDING_PAYMENT gateway=stripe amount_sgd=256.00
        2026-03-14T09:13:02+08:00 WARN payment.webhook retry=3 event=evt_1Px7QaLkdie2 code=timeout upstream=api.stripe.com latency_ms=10043
        ALLERGEN_FLAGS = ['peanut', 'tree_nut', 'shellfish', 'egg', 'milk', 'gluten', 'sesame', 'soy']  # keep in sync with allergen list v2.3
        deposit_policy: {percent: 30, min_sgd: 50, refundable_until_hours: 168, currency: SGD, paynow_uen: 201834567W}
        SELECT class_code, COUNT(*) AS seats FROM bookings WHERE class_date = '2026-04-04' AND status = 'CONFIRMED' GROUP BY class_code;
        smtp: host=smtp.example.com port=587 from=noreply@bakeschool.example reply_to=hello@bakeschool.example tls=true  # staging only
        2026-05-02 18:40:11 WARN cert.check kind=food_hygiene expiring_within_days=30 count=3 action=email_manager job=cert_reminder v1.4.2
        booking_id,class_code,class_date,seats,diet_flag,allergen_flags,deposit_sgd,balance_sgd,channel,created_at
        docker run -e TZ=Asia/Singapore -e DB_URL=postgres://app:changeme@db:5432/bookings -p 8080:8080 kitchenlab/booking:3.7.1
        sha256(recipe_pdf_v12.pdf) = 9f2c4a81e07b3d55c6a1f0e98b7d24c3a5e6f7081b2c3d4e5f60718293a4b5c6 uploaded 2026-01-09 by cms-bot
        cron: 0 7 * * 1-6 /opt/kitchen/bin/send_reminders --window=24h --template=class_reminder_v3 --dry-run=false
        2026-06-18 11:02:55 INFO order.ship id=ORD-MY-55120 courier=J&T awb=630012345678 dest_state=Selangor weight_kg=1.4 items=3 sku=KLP-PRUNE-1KG
        class_capacity: {DIMSUM-201: 12, KUEH-110: 10, SOURDOUGH-301: 8, KIDS-CUPCAKE: 16}  # changed in release 2026.02, see CHANGELOG line 88
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        Semua pengendali makanan wajib menghadiri Latihan Pengendali Makanan (LPM) yang diiktiraf KKM dan mendapat suntikan anti-tifoid sebelum mula bekerja.
        Kelas Membuat Kuih Tradisional akan diadakan pada Sabtu, 7 Mac 2026, jam 9 pagi hingga 1 petang. Yuran RM150 termasuk bahan dan apron.
        Deposit RM50 tidak akan dikembalikan jika pembatalan dibuat kurang daripada 3 hari sebelum kelas. Pindahan ke akaun syarikat Maybank 5140 1234 5678 sahaja.
        Dapur kami memegang sijil halal JAKIM sejak 2024 dan semua bahan mentah dibeli daripada pembekal yang mempunyai sijil halal yang sah.
        Peserta yang mempunyai alahan makanan seperti kacang, udang atau susu diminta memaklumkan dalam borang pendaftaran sekurang-kurangnya 48 jam awal.
        Talian WhatsApp perniagaan kami: +60 3-7956 1188 (Isnin hingga Jumaat, 9 pagi - 6 petang). Kami tidak menjawab panggilan pada hari cuti umum.
        Alamat studio: Lot 2-15, Tingkat 2, Publika Shopping Gallery, 1 Jalan Dutamas 1, Solaris Dutamas, 50480 Kuala Lumpur. Parkir di aras B2.
        Perniagaan makanan dari rumah di Selangor perlu mendapatkan lesen atau permit daripada PBT tempatan, contohnya MBPJ atau MBSA, bergantung pada kawasan.
        Nombor pendaftaran syarikat: 202201034567 (1478321-K). Sila nyatakan nombor invois, contohnya INV-2026-0315, semasa membuat bayaran.
        Resipi rendang dalam kelas ini diadaptasi daripada buku masakan Datuk Chef Wan dan diubah suai untuk dapur rumah dengan api sederhana.
        Kursus pengendalian makanan dijalankan oleh institut latihan bertauliah KKM. Sijil sah seumur hidup, tetapi suntikan tifoid perlu diulang setiap 3 tahun.
        Harga kelas tidak termasuk cukai perkhidmatan 8% (SST). Resit rasmi akan dihantar melalui e-mel selepas pembayaran penuh diterima.
        Peraturan dapur: kasut tertutup wajib, rambut diikat dan ditutup, tiada barang kemas di tangan, dan telefon bimbit disimpan di loker sepanjang kelas.
    """),
    ("zh-Hans", "商家点评"): _lines("""
        在牛车水这家烹饪学校上了一堂海南鸡饭课，老师讲解很细，鸡油饭和姜蓉辣椒酱的比例终于学会了。课程费新币98元，含午餐和食谱，性价比不错，下次想报肉骨茶课。
        吉隆坡Publika那间烘焙工作室的可颂课程很专业，三小时做出二十个可颂，黄油用的是法国的Elle & Vire。唯一缺点是停车费太贵，建议搭MRT过去。
        订了一个八寸榴莲千层蛋糕，猫山王果肉很足，奶油也不会太甜，但送货比约定时间晚了四十分钟，店家客服热线6789 1234打了两次才接通，扣一星。
        这家私厨的菜单按季节换，这次吃到黄酒鸡、咸蛋黄虾和客家算盘子，上门的两位厨师很专业，收拾得也干净，每人188新币，适合十人左右的家庭聚餐。
        槟城的娘惹糕点课程很值得，老师介绍了峇峇娘惹文化的历史，下课后还带我们去参观了Pinang Peranakan Mansion。
        这家面包店说他们的天然酵种已经养了十二年，欧包确实有麦香和微酸的风味，只是价格偏高，一个乡村面包要新币12.80元，周末下午三点前就卖完。
        这个学校假期的儿童烘焙营安排得很好，每位老师负责四个小朋友，家长可以在玻璃窗外看，作品还会装盒带回家。唯一建议是午餐可以多一点蔬菜和水果。
        在新山的马来糕点课学会了做九层糕、椰丝球和班兰千层糕，学费马币120，含所有材料和打包盒。教室有冷气，比想象中舒服，从新加坡过关也方便。
        这家店叫“阿嬷的灶脚”，其实是连锁品牌，在义顺和淡滨尼都有分店，凤梨酥皮很酥，内馅是台湾土凤梨，不会太甜，每盒十二粒新币26元，农历新年要预订。
        推荐“林记私房菜”的到府服务，菜单可以事先在官网表格里沟通，对花生过敏的客人也会用独立锅具单独准备，完全没有交叉污染，上菜节奏也掌握得很好。
        Violet Oon在国家美术馆的餐厅名气很大，她是新加坡著名的娘惹菜厨师和美食作家，这次吃到的干煎鱼和buah keluak炖鸡都不错，就是价格偏高。
        这家学校的课程预约系统很方便，在官网选日期和人数就行，付款后立刻收到订单号，格式像BK-2026-1045，改期可以免费一次，取消要提前七天。
        这间学校开设新加坡食品局认可的食品安全课程，一天完成，有中文班和英文班，考试通过后证书几个工作日内就能在网上下载，公司报名还能用技能创前程补贴。
    """),
    ("en", "news_and_food_history"): _lines("""
        Chef Wan (Redzuawan Ismail) has hosted cooking programmes on Malaysian television since the 1990s and is often credited with promoting Malay cuisine abroad.
        Mrs Lee's Cookbook, first published in 1974 by Mrs Lee Chin Koon, mother of Lee Kuan Yew, remains a standard reference for Nonya recipes in Singapore.
        Violet Oon, often called the grand dame of Nonya cuisine, started as a food writer before opening restaurants, including one at National Gallery Singapore.
        Hainanese chicken rice is traced to migrants from Wenchang in Hainan and became a hawker staple in 1950s Singapore around Purvis Street.
        In 2016 the Michelin Guide Singapore gave one star to two hawker stalls, Hill Street Tai Hwa Pork Noodle and Liao Fan Hong Kong Soya Sauce Chicken Rice & Noodle.
        Chan Hon Meng of Liao Fan Hong Kong Soya Sauce Chicken Rice became known worldwide after his stall won a Michelin star while selling plates for about S$2.
        Singapore's hawker culture was inscribed on the UNESCO Representative List of the Intangible Cultural Heritage of Humanity in December 2020.
        Julia Child's Mastering the Art of French Cooking (1961), co-written with Simone Beck and Louisette Bertholle, is still on many culinary school reading lists.
        At-Sunrice GlobalChef Academy in Singapore offers WSQ certificates and diploma programmes in culinary arts and pastry for local and foreign students.
        Malaysian-born chef and author Norman Musa, co-founder of the Ning restaurant in Manchester, has promoted Malaysian food in the UK through his cookbooks.
        Kek lapis Sarawak, sold in dozens of flavours around Kuching, is said to descend from the Dutch-Indonesian spekkoek brought over from Batavia.
        Anthony Bourdain praised Singapore's hawker centres on his shows and in 2017 backed plans for a New York food market modelled on them.
        In the 2013 Hawker Heroes Challenge, Gordon Ramsay cooked chilli crab, laksa and Hainanese chicken rice against Singapore hawkers and lost two of the three rounds.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-260321-0042: Ms Charmaine Teo Hui Min, 2 seats for Dim Sum Basics, mobile 9176 2308, severe peanut allergy (carries EpiPen), deposit S$80 paid via PayNow.
        Chef-at-home visit confirmed for Mr Rajesh Pillai at Blk 412 Bedok North Avenue 2 #08-117, Singapore 460412, Sat 7pm, 8 pax, no beef, one guest diabetic.
        Food handler cert renewal: Nur Aisyah binte Rahmat, NRIC S9234567Z, Food Safety Course Level 1 passed 12/01/2026, refresher due 11/01/2031.
        Hi, this is Auntie Mei's grandson, she can't come for the pineapple tart class on Sunday, she was admitted to CGH after a fall. Can we get credit instead of a refund?
        Deposit refund to DBS 027-912345-6 under Lim Wei Jie, S$150, class cancelled because of his chemotherapy schedule. Approved by manager 04/03.
        14,Daniel Fernandez,daniel.fdz88@gmail.com,+65 8234 7719,lactose intolerant,S$128 paid,seat B4,2026-02-07
        Jasmine's wedding cake order is on hold: she told us she's 5 months pregnant and the wedding is moved to March, please don't mention it to her in-laws when they call.
        Private chef Marcus Goh still owes us S$2,400 for ingredients and van rental from the October events; he stopped replying after his divorce went through.
        Customer complaint: Mrs Priya Nair (+65 9012 4456) says her son broke out in hives after the kids' cupcake camp on 11 Dec; she wants the ingredient list and staff names.
        Please send the invoice to Kelvin Ong, 28 Jalan Kembangan, Singapore 419128; he paid the S$500 deposit for his wife's 40th birthday omakase dinner.
        Car plate SKL 4821 H is the parent picking up the twins from baking camp at 12.45; security to allow entry to the loading bay only.
        9823 4410 - that's the number of the lady who ordered the 3-tier durian cake, call her before 6pm because she sleeps in the day after night shift.
        Payroll note: part-time pastry assistant Siti Hajar earns S$14/hr, 22 hours this month, CPF deducted; she asked us to keep her second job at the hotel confidential.
        Mohammad Rafiqul Islam, FIN G5123456T, work permit, kitchen helper, food hygiene course booked 18 Feb, employer pays S$120 course fee.
        Allergy card for tonight: guest Benjamin Chua, anaphylaxis to shellfish and tree nuts, EpiPen in his wife's handbag, seat 3, DOB 14/06/1979.
        Hi, I'm Grace from grace.tan.bakes@outlook.com, I bake from home at Blk 268C Punggol Field #12-45, can you list my cakes on your marketplace?
        Waiver signed by Lee Siew Ling, NRIC ending 456J, emergency contact husband Tony Lee 9678 1203, medical condition: epilepsy, on daily medication.
        Just an FYI, the guy who booked the chef-at-home for Friday, Mr Kumar from Serangoon, was arrested last year for cheating his caterer, so collect full payment upfront.
        Payment proof: PayNow to 9188 3347 (Wong Kai Xuan), ref CNY-COOKIES-17, S$96.00, 23/01/2026 21:14.
        Edible print photo attached: Chloe Lim, turning 6 on 3 May, Primary 1 at Rosyth School, please spell her name on the plaque exactly like this.
        From: Hafiz Rahman <hafiz.r.cooks@yahoo.com> Subject: Cancel my Sat class - I lost my job last week and can't pay the S$240 balance, can I get my deposit back?
        Guest dietary form | Name: Evelyn Koh | DOB: 02/09/1958 | Conditions: type 2 diabetes, stage 3 kidney disease | Diet: low potassium, low salt | Home tel: 6468 2291
    """),
    "mixed": _lines("""
        Eh boss, Ah Seng's wife just called, he got dengue so cannot come for the chef-at-home gig Saturday lah, need to find replacement sous chef ASAP.
        陈太 (Mrs Tan) order 2 boxes 凤梨塔, deliver to Blk 55 Tiong Bahru Road #05-21, S160055, 电话 9345 6620, pay cash on delivery.
        Kak Ros punya tempahan kuih raya 300 biji semperit, alamat No. 12, Jalan SS2/64, Petaling Jaya, call 012-384 7725 before hantar ok.
        Mdm Wong 黄女士 booking 2 pax for 月饼 class, she mention she's on dialysis every Mon-Wed-Fri so only can come Sat, pls give seat near the door.
        Uncle Lim's son say his father still owe RM800 for the 50 pax makan-makan catering last month, ask can pay installment RM200 sebulan or not.
        Student MyKad 950812-10-5634, nama Nurul Izzah binti Kamal, kelas pastry batch 3, yuran RM1,200 belum settle, sudah bagi reminder 2 kali.
        Chef Daniel Yap 叶师傅 salary Jan: basic RM4,500 + OT RM620, EPF RM563, net RM4,389, bank in to Maybank 1640 2233 9087.
        阿明 dia kata tak boleh masuk kitchen minggu ni, doctor confirm hepatitis A, MC sampai 20 haribulan, jangan bagi dia handle food dulu.
        Delivery to Puan Saadiah, 23 Jalan Anggerik 5, Taman Bukit Indah, 81200 Johor Bahru, kek lapis 2 biji, COD RM190, HP 019-772 4518.
        The aunty who always order kuih, Harjeet Kaur, she said her daughter's engagement called off, so the 200 pcs order cancel also, deposit RM100 forfeit or not?
    """),
    "ms": _lines("""
        Nama: Mohd Syafiq bin Azman, No. K/P: 890523-14-6271, sijil LPM dikeluarkan 15/02/2024, suntikan tifoid tamat 14/02/2027.
        Puan Rohana binti Ismail telah membayar deposit RM300 untuk chef ke rumah pada 12 April, alamat No. 8, Jalan Melur 3, Taman Melawati, 53100 Kuala Lumpur.
        Pelajar kelas roti, Encik Hairul, memaklumkan bahawa dia menghidap penyakit seliak dan tidak boleh makan gluten langsung; sila sediakan tepung alternatif.
        Sila pulangkan baki deposit RM450 kepada Nur Farhana ke akaun CIMB 7012 3344 56 kerana kelas dibatalkan oleh pihak kami.
        Aduan: Cik Melissa anak Jugah (013-856 2290) kata kek hari jadi anaknya tiba lewat dua jam di rumahnya di Kuching dan meminta bayaran balik penuh.
        Pekerja dapur Zulkifli sudah tiga bulan tidak membayar balik pinjaman RM2,000 daripada syarikat; potongan gaji RM200 sebulan bermula bulan depan.
        Borang pendaftaran: Nama Tan Mei Ling, e-mel meiling.tan92@gmail.com, telefon 016-423 8810, alahan: telur dan susu, kelas: Kuih Nyonya Asas.
    """),
    "zh-Hans": _lines("""
        报名登记：王建国，身份证号 110105198603154519，手机 138 1726 4059，报名新加坡广式点心短期班，已付定金人民币500元。
        陈先生预约周六私厨上门，地址 9 Jalan Sempadan, Singapore 457332，客人中有一位是他太太，怀孕五个月，不能吃生鱼片和溏心蛋。
        林太说她老公最近查出痛风，以后订的私房菜都要低嘌呤，海鲜和内脏全部去掉，费用照旧从她的信用卡扣。
        阿明这个月又迟到五次，老板说再这样就从他的工资里扣，他现在月薪才新币2,300，还要养两个小孩。
        退款请转到张丽华的工商银行卡 6222 0212 3456 7890 123，金额人民币1,280元，原因：课程时间冲突。
        客户投诉记录：刘女士，电话 +86 137 2468 1357，微信号 liu_cakes_0707，说蛋糕里吃出头发，要求赔偿并说要发小红书。
    """),
    "zh-Hant": _lines("""
        報名表：黃家豪，香港身份證 Y604218(8)，電話 9123 4567，報讀新加坡點心導師課程，已付訂金港幣1,000元。
        何太話佢個仔對牛奶同雞蛋敏感，上次食完蛋糕要去瑪麗醫院急症室，今次生日蛋糕一定要全素，唔該記低。
        台灣學員林怡君，身分證字號 A220831577，手機 0912-345-678，預約十二月的娘惹糕點課，需要蛋奶素。
        私廚上門：梁先生，澳門氹仔海洋花園大馬路海洋花園 8 座 12 樓 B，星期六晚七點，十二位，其中兩位長者要低鹽。
        陳師傅欠供應商三個月貨款共港幣48,000元，聽講佢最近離婚，間私房菜館可能要執笠。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of a cooking school in Singapore. Be brief and friendly.",
        ),
        (
            "user",
            "Hi, I'm Charlotte Ng, I booked the sourdough class on 14 March (BK-260314-0091). My daughter Sophie, 9, has a severe egg allergy. Can she still join?",
        ),
        (
            "assistant",
            "Hi Charlotte, thanks for flagging this. The sourdough class itself uses no egg, but the same benches are used for brioche in the morning. We can set up a cleaned station for Sophie and keep her EpiPen at the front desk if she carries one.",
        ),
        ("user", "Yes she carries one. My number is 9472 8815 if the chef needs to call me."),
        (
            "assistant",
            "Noted: Sophie Ng, egg allergy, EpiPen kept at the front desk, parent contact 9472 8815. The chef will brief her before the class starts.",
        ),
    ],
    [
        (
            "user",
            "I run a home bakery in Tampines. Help me reply to a customer who wants delivery tomorrow. Her details: Mdm Rosnah, Blk 823 Tampines Street 81 #06-214, 8834 2170, 1 pandan chiffon.",
        ),
        (
            "assistant",
            "Here's a draft: Hi Mdm Rosnah, thank you for your order of 1 pandan chiffon! Delivery to Blk 823 Tampines Street 81 #06-214 tomorrow between 2pm and 4pm. Delivery fee is S$8, total S$36. Please PayNow to confirm. Thank you!",
        ),
        ("user", "Make it shorter and add that I'll call 8834 2170 when I'm downstairs."),
        (
            "assistant",
            "Hi Mdm Rosnah, your pandan chiffon will arrive tomorrow 2-4pm. I'll call 8834 2170 when I'm downstairs. Total S$36 incl. delivery, PayNow to confirm. Thanks!",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk akademi masakan di Shah Alam. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat pengesahan bayaran balik deposit untuk pelajar Siti Nurhaliza binti Osman, No. K/P 020317-10-4482, RM500, kelas dibatalkan sebab dia dimasukkan ke hospital kerana denggi.",
        ),
        (
            "assistant",
            "Tuan/Puan, dengan hormatnya dimaklumkan bahawa bayaran balik deposit sebanyak RM500 kepada Cik Siti Nurhaliza binti Osman (No. K/P 020317-10-4482) telah diluluskan berikutan pembatalan kelas atas sebab kesihatan. Bayaran akan dikreditkan dalam tempoh 7 hari bekerja.",
        ),
        ("user", "Terima kasih. Buang sebab kesihatan, tulis atas sebab peribadi sahaja."),
        (
            "assistant",
            "Baik. Ayat kedua kini berbunyi: telah diluluskan berikutan pembatalan kelas atas sebab peribadi. Bahagian lain tidak berubah.",
        ),
    ],
    [
        (
            "user",
            "我是新加坡的私厨，下周要去陈先生家做八人晚宴，他上个月刚确诊痛风，太太是素食者。帮我设计一份菜单。",
        ),
        (
            "assistant",
            "可以考虑：前菜凉拌青木瓜、主菜清蒸鸡胸配姜葱（低嘌呤）、素食版咖喱杂菜、糙米饭、甜品椰奶西米露。避免海鲜、内脏和浓肉汤，对陈先生的痛风比较友好；素食菜单另外用独立锅具准备给陈太太。",
        ),
        ("user", "好的，他家地址是 Holland Grove Road 的 22 号，开车大概多久能从裕廊东到？"),
        (
            "assistant",
            "从裕廊东开车到 Holland Grove Road 一般约20到25分钟，傍晚高峰可能要35分钟，建议提前一小时出发，留时间搬器材。",
        ),
    ],
    [
        (
            "user",
            "Eh can help me calculate this month pay for my 3 part-timers? Aina 46 hours, Jun Hao 38 hours, Pavithra 52 hours, all S$13.50 per hour. Pavithra also got MC 2 days for her surgery, I still pay her 8 hours each day.",
        ),
        (
            "assistant",
            "Sure. Aina: 46 x 13.50 = S$621.00. Jun Hao: 38 x 13.50 = S$513.00. Pavithra: (52 + 16 paid MC hours) x 13.50 = S$918.00. Total payroll S$2,052.00 before CPF.",
        ),
        (
            "user",
            "ok thanks, Jun Hao also borrow S$200 from me last month, deduct S$100 this month can?",
        ),
        (
            "assistant",
            "Then Jun Hao's net before CPF becomes S$413.00. It's best to get his written agreement for the deduction and record it on his payslip.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded. Name: Priscilla Ho. Phone: +65 9610 3327. Email: priscilla.ho.sg@gmail.com. Address: 17 Jalan Lim Tai See, Singapore 266941. Notes: coeliac disease; regular chef-at-home client; outstanding balance S$320.",
        ),
        ("user", "Summarise this client for the chef going tonight."),
        (
            "assistant",
            "Tonight's client is Priscilla Ho at 17 Jalan Lim Tai See. She has coeliac disease, so every dish must be strictly gluten-free, with separate boards and no soy sauce unless it is tamari. She is a regular. Note there is an outstanding balance of S$320 to collect.",
        ),
    ],
    [
        (
            "user",
            "幫我填新加坡烘焙學校嘅報名表英文版：姓名 鄧美玲，香港身份證 R518903(8)，出生日期 1990年4月2日，電話 6234 8891，地址 九龍何文田常盛街 3 號 10 樓 C 室。",
        ),
        (
            "assistant",
            "Name: Tang Mei Ling; HKID: R518903(8); Date of birth: 02/04/1990; Phone: +852 6234 8891; Address: Flat C, 10/F, 3 Sheung Shing Street, Ho Man Tin, Kowloon, Hong Kong.",
        ),
        ("user", "唔該，另外補充我對花生有嚴重過敏，要點寫？"),
        (
            "assistant",
            "可以喺 Dietary / Medical notes 一欄寫：Severe peanut allergy (anaphylaxis risk); carries an adrenaline auto-injector. 建議同時提供緊急聯絡人。",
        ),
    ],
    [
        ("system", "You help a Malaysian cooking school answer customer complaints politely."),
        (
            "user",
            "Complaint from Encik Badrul Hisham, 017-625 9043: he says our instructor shouted at his autistic son during the kids' class on Saturday. Draft a reply.",
        ),
        (
            "assistant",
            "Dear Encik Badrul Hisham, we are very sorry to hear about your son's experience on Saturday. This is not the standard we expect from our instructors. We are reviewing what happened and our centre manager will call you at 017-625 9043 within two working days. We would also like to offer a free private session at a time that suits your family.",
        ),
        ("user", "Good, but don't mention autistic in the reply."),
        (
            "assistant",
            "Understood. The reply now just refers to your son's experience and does not mention his condition; the rest stays the same.",
        ),
    ],
    [
        (
            "user",
            "Tolong buat caption IG untuk kek batik saya, saya jual dari rumah di Johor Bahru, WhatsApp order 011-2984 3356, nama saya Kak Yati. Campur sikit English.",
        ),
        (
            "assistant",
            "Kek batik homemade by Kak Yati! Rich Milo, Marie biscuits and Nutella, made fresh every Friday. Order via WhatsApp 011-2984 3356, pickup JB or Lalamove. Limited slots, book awal-awal ya!",
        ),
        ("user", "Tambah harga RM35 satu loyang."),
        (
            "assistant",
            "Kek batik homemade by Kak Yati! Rich Milo, Marie biscuits and Nutella, RM35 satu loyang, made fresh every Friday. WhatsApp 011-2984 3356 to order, pickup JB or Lalamove. Book awal-awal ya!",
        ),
    ],
    [
        (
            "user",
            "My food hygiene certificate is expiring. Name Lim Jia Hui, NRIC T0412873C, I work as a pastry cook at a cafe in Bugis. What refresher do I need and is it still Level 1?",
        ),
        (
            "assistant",
            "In Singapore, food handlers generally need to take the Food Safety Course Level 1 refresher before their certificate lapses. You can book it at an SFA-approved training provider; bring your NRIC for verification on the day.",
        ),
        (
            "user",
            "Can you remind me what details I give them? Also my phone is 8127 6604 in case they ask.",
        ),
        (
            "assistant",
            "Usually they ask for your full name as in NRIC (Lim Jia Hui), NRIC number T0412873C, contact number 8127 6604, your employer's name and UEN, and the date your current certificate expires.",
        ),
    ],
]
