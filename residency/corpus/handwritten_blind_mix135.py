# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix135: ice cream parlours, dessert shops and gelato makers in SG/MY/HK/TW (orders, suppliers, food licences, staff rosters, customer reviews, allergy incidents). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix135
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "supplier_invoice"): _lines("""
        INVOICE INV-2026-04417 | Bill to: Scoop Theory Pte Ltd (UEN 201734562M), 21 Tampines Central 1 #01-12 | 12 x 5L Madagascar vanilla base @ S$38.50 | Subtotal S$462.00
        Frozen Dairy Supplies Sdn Bhd (202001023456 / 1283741-V), Lot 7, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung. Tax Invoice TI/26/09981, net 30 days.
        Payment via PayNow to UEN 201734562M only; quote INV-2026-04417 as reference. Billing queries: accounts@scooptheory.com.sg or +65 6784 2210 (Mon-Fri 9am-6pm).
        Line 4: Bronte pistachio paste 100%, 3kg tin, SKU PST-BR-3000, lot 24C118, qty 4, unit price S$212.00, GST 9% S$76.32, line total S$924.32
        Credit note CN-0093 issued against INV-2026-03982: 2 cartons of waffle cones (24 pcs each) crushed in transit, DHL AWB 7734 5521 908, credit S$86.40.
        Remit to DBS Bank Ltd, corporate A/C 003-912845-1 in the name of Gelato Lab Supplies Pte Ltd, SWIFT DBSSSGSG; please quote PO-77815 on every transfer.
        Delivery order DO-55120 received by outlet VivoCity #B2-31 at 07:42; cold-chain logger read -21.4°C on arrival, within spec, no rejects.
        Statement of account Sept 2026, Hock Seng Dairy Trading: opening RM 4,812.60, payments RM 4,000.00, new invoices RM 3,276.90, closing RM 4,089.50.
        Supplier: Mr. Bucket Ingredients Ltd (BR No. 71234568), Unit 1205, Kwai Cheong Centre, 50 Kwai Cheong Road, Kwai Chung. Invoice HK-INV-88031, HK$6,420.00.
        Invoice 0003487 from Uncle Ringo Cones Supply: 40 boxes sugar cones, 40 boxes wafer cups; terms COD; WhatsApp Business +60 12-388 4501 to book delivery slots.
        Proforma PF-2026-118: 1 unit Carpigiani Labotronic 20/60 RTX batch freezer, S$38,900 ex-works, installation and training by authorised technician, 2-year warranty.
        Late payment interest of 1.5% per month applies to invoices overdue beyond 60 days, per clause 9.2 of the Master Supply Agreement dated 1 March 2025.
        E-invoice AB-12345678 issued to Lan Tian Ice Co., Ltd. (Taiwan Unified Business No. 53621874), 120 kg Pingtung Irwin mango puree, total NT$18,600 incl. 5% VAT.
    """),
    ("zh-Hans", "价目表"): _lines("""
        【本周新品】猫山王榴莲雪糕单球 S$6.90，双球 S$11.50；加华夫饼 +S$4.00，每日限量供应，售完即止，欢迎致电门市热线 6338 2716 预留。
        椰糖煎蕊雪糕（Gula Melaka Chendol）RM 9.90；班兰椰浆雪葩 RM 8.50；所有口味均采用马来西亚本地椰糖，不含人工色素及防腐剂。
        外卖套餐A：473ml 家庭装任选四杯，原价 S$52.00，会员价 S$46.80，另收冷链配送费 S$8.00，单笔满 S$80 免运费，配送范围限新加坡本岛。
        儿童杯 80g：香草、巧克力、草莓三选一，每杯 S$3.50；加彩色糖针或小熊软糖 +S$0.50，适合 3 岁以上小朋友，附赠木质小勺。
        过敏原提示：开心果、榛子、杏仁风味均含坚果；麻糬、华夫饼含麸质；本店所有产品在同一厨房制作，无法保证完全没有交叉污染，严重过敏者请谨慎选购。
        价目表 v2026.10（新加坡各分店通用，ION Orchard 店及滨海湾金沙店除外），价格已含 9% 消费税，堂食及外带均不另收服务费。
        马六甲鸡场街分店特供：娘惹糕风味雪糕 RM 7.50，咖椰吐司冰淇淋三明治 RM 10.90，营业时间每日 11:00–23:00，周一照常营业。
        周三会员日：出示会员二维码可享第二球半价，不与其他优惠同享；每单最多使用一张电子券，券码以 GL26 开头，有效期至 12 月 31 日。
        整桶批发价（5升装，餐厅及咖啡馆适用）：云呢拿 S$68，巧克力 S$72，海盐焦糖 S$78，最低起订量 6 桶，须提前三个工作日下单。
        节日限定：中秋月饼雪糕礼盒（6 粒装，含流心奶黄、金沙咸蛋黄、抹茶红豆）S$58.00，预购截止 9 月 20 日，自取地点为武吉士分店。
        向老字号致敬：仿照传统街边面包夹雪糕，推出彩虹面包夹海盐椰糖雪糕砖，每份 S$2.50，只在周六周日下午供应，每人限购两份。
        饮品单：榴莲冰沙 S$7.80、阿华田雪糕杯 S$6.50、美禄恐龙 S$6.50（加一球香草 +S$2.00），冰块可选少冰或去冰，甜度可调。
        温馨提示：雪糕蛋糕需冷冻保存于 -18°C 以下，自取后请于 30 分钟内放入冰箱；配送途中融化可凭订单号 SG-CK-20261015-0042 申请补发。
    """),
    ("zh-Hant", "食物牌照規例"): _lines("""
        根據《食物業規例》（第132X章），任何人經營冰凍甜點製造廠，必須先領有食物環境衞生署發出的冰凍甜點製造廠牌照，否則屬違法。
        本店持有食環署發出的限制食物售賣許可證，許可證編號 2912801234，准許售賣預先包裝冰凍甜點，許可證正本須展示於店內當眼處。
        新申請人須向食環署提交店舖平面圖、通風系統圖則及消防處批准文件；申請進度可致電食環署熱線 2868 0000 查詢，或親臨牌照辦事處。
        冰凍甜點出售時，每 1 毫升所含細菌總數不得超過法定上限，並須不含任何致病性微生物；違者一經定罪，可被判處罰款及監禁，並可被暫停牌照。
        持牌人須確保所有盛載冰凍甜點的器皿，於每次使用後以熱水或認可消毒劑徹底清洗，並存放於不會受塵埃或蟲鼠污染的地方，以符合牌照條件。
        澳門市政署食品安全中心提醒：甜品店及雪糕店員工須持有有效健康證明，每年更新一次；業界查詢熱線 2833 8585，辦公時間內接聽。
        台灣冰品業者應依《食品安全衛生管理法》第 8 條辦理食品業者登錄，登錄字號格式如 A-53621874-00000-6，須標示於官網及外包裝。
        冰凍甜點製造廠牌照申請費（樓面面積不超過 100 平方米）為 HK$4,120，每年續牌費另計，詳情請參閱食環署網頁 www.fehd.gov.hk。
        每間持牌食物業處所最少須委任一名衞生督導員，並須於委任後 14 天內以指定表格通知食環署，督導員須完成認可的食物衞生課程。
        牌照編號 FZ-2027-0418 之冰凍甜點製造廠位於葵涌和宜合道 63 號麗晶中心 B 座 12 樓，獲准營業時間為上午 7 時至晚上 8 時。
        店方內部守則：已解凍之雪糕不得再次冷凍出售，陳列冷藏櫃溫度須維持於攝氏零下 18 度或以下，每 4 小時於溫度記錄表簽記一次。
        違反牌照條件者，食環署可根據違例記分制記分；持牌人於 12 個月內累積 15 分或以上，牌照將被暫停 7 日，屢犯者可被取消牌照。
        新加坡食品局（SFA）規定，冷凍甜品製造商須申請食品加工場所牌照，牌照編號格式如 FPE26A0123，每年續期並接受突擊巡查。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        NOTIS: Kedai kami di Jalan Alor, Bukit Bintang akan ditutup pada 12 hingga 14 November 2026 untuk kerja-kerja penyelenggaraan peti sejuk beku.
        Soalan: Adakah aiskrim di sini halal? Jawapan: Ya, premis dan kilang kami mendapat sijil Halal Malaysia JAKIM, sah sehingga 30 Jun 2027.
        Untuk tempahan korporat melebihi 100 cawan, sila hubungi talian khidmat pelanggan 1-300-88-2468 atau e-mel sales@aiskrimpelangi.com.my.
        Aiskrim durian Musang King kami menggunakan isi durian dari ladang di Raub, Pahang; stok terhad setiap hari dan harga RM 12.90 sebiji kon.
        Pendaftaran syarikat: Pelangi Gelato Sdn. Bhd. (No. Syarikat 202201034567 / 1478812-K), Lot G-15, Paradigm Mall, Petaling Jaya, Selangor.
        Peringatan alahan: produk kami mungkin mengandungi susu, telur, kacang tanah, kacang pokok, soya dan gluten; sila maklumkan juruwang sebelum memesan.
        Waktu operasi bulan Ramadan: 5.00 petang hingga 1.00 pagi; juadah berbuka Cendol Aiskrim Gula Apong RM 8.50 turut dijual di bazar Kampung Baru.
        Soalan Lazim: Bolehkah saya membawa pulang aiskrim untuk perjalanan jauh? Ya, kami sediakan beg penebat dan ais kering (RM 3 sebungkus, tahan 4 jam).
        Kami bangga menjadi pemenang Anugerah Usahawan PKS 2025 kategori makanan sejuk beku, majlis penyampaian diadakan di MITEC, Kuala Lumpur.
        Kod promosi MERDEKA69 memberi diskaun 20% untuk semua pesanan dalam talian sehingga 31 Ogos; tidak sah untuk pesanan melalui GrabFood atau foodpanda.
        Pelanggan di Kota Kinabalu boleh membuat tempahan melalui WhatsApp perniagaan kami di +60 88-255 019; penghantaran dalam radius 10 km sahaja.
        Lesen perniagaan Majlis Bandaraya Pulau Pinang No. MBPP/LP/2026/08812 dipamerkan di kaunter; pemeriksaan kebersihan terakhir: Gred A, 3 September 2026.
        Soalan: Kenapa gelato cepat cair? Jawapan: Gelato dihidangkan pada suhu sekitar -12°C, lebih tinggi berbanding aiskrim biasa (-18°C), supaya rasa lebih terserlah.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift pls check 冰柜 No.3, temp show -14°C since 6am, 我已经 call 了 Carrier service hotline 6745 8899, technician 中午到。
        Boss said tomorrow Orchard outlet short one pax, anyone from Bugis boleh cover 2pm–10pm? OT rate 1.5x as usual 哦。
        今日 batch 开心果 gelato 做多咗 3 盘，放喺 walk-in freezer 第二层，label 写咗 PST-1009，明早记得先卖。
        Lori supplier Hock Seng dah sampai loading bay B, 20 tong susu segar, tolong sign DO-55124 dan check suhu bawah 4°C ya.
        Reminder 全体同事：NEA inspection 下礼拜二，厕所、grease trap、pest control record 都要 update，file 放在 office 蓝色 folder。
        POS terminal 2 又 hang 咗，error E-204，我 restart 咗两次都唔得，打咗俾 vendor helpdesk 3002 1188，佢话 remote 入嚟 fix。
        Foodpanda order #FP-8812-3391 customer cancel already, 但係我哋已经 scoop 好 2 pint，放返 freezer 定 staff 食？
        Closing checklist done ✅ cash float RM 300 counted, freezer locked, gas off, alarm set 23:47. Esok opening pakai kunci spare dalam laci.
        新口味 testing：Milo dinosaur gelato 甜度 too high, Brix 32, 下次减 10% sugar，再加少少 salt，大家 comment 下？
        Hari ni ramai customer tanya pasal Hari Raya promo, jawab ikut poster: beli 2 pint free 1 cup, sampai 15 April sahaja okay 😊
        Please jangan letak 榴莲 next to 其他口味 in display case, bau masuk semua gelato, yesterday got complaint already leh.
        HQ send new SOP v3.2 for allergen handling, 每个 outlet 要 print 一份贴喺 prep area，read 完 sign 喺 acknowledgement sheet。
        Tomorrow delivery window 7–9am only, 仓库 at 8 Senoko Loop, 记得带 pallet jack，driver 唔等人 ar，迟到就要 reschedule。
    """),
    ("en", "pos_logs_and_config"): _lines("""
        2026-10-14T07:02:11+08:00 INFO freezer-monitor unit=WALKIN-02 temp=-21.6C setpoint=-22.0C door=closed outlet=SG-VIVO fw=3.4.1
        2026-10-14T13:45:09+08:00 WARN pos-sync outlet=MY-PJ-PARADIGM queue_depth=118 retrying upstream=https://api.scoopos.io/v2/orders attempt=3
        order_id=ORD-7Y3KQ9 channel=grabfood items=3 subtotal=24.70 currency=SGD status=PICKED_UP rider_eta_s=0 store=SG-TAMP
        DB_HOST=db.internal.gelatolab.local DB_USER=app_readonly DB_PASS=changeme_example REDIS_URL=redis://cache:6379/0
        sha256(recipe_pistachio_v7.json) = 9f2c4e0a7b1d3358e6a0c2f4b8d1e7a95c3b6d2e4f1a0b9c8d7e6f5a4b3c2d1e
        ERROR payment-gw txn=TXN20261014-004417 code=91 msg='issuer unavailable' acquirer=NETS terminal=T02 outlet=SG-BUGIS amount=12.40
        config = {'allergen_flags': ['milk', 'egg', 'peanut', 'tree_nut', 'soy', 'gluten'], 'default_locale': 'en-SG', 'tax_rate': 0.09}
        INFO label-printer printed batch=GL-20261014-PST-03 best_before=2027-01-12 net_vol=473ml qty=24 printer=ZEBRA-ZD421-01
        cron: 0 3 * * * /opt/scoop/bin/export_sales --outlet ALL --date yesterday --format csv --dest s3://scoop-reports/daily/
        WARN inventory sku=CON-WAF-24 on_hand=36 reorder_point=50 supplier=UNCLE-RINGO-CONES lead_time_days=2 auto_po=PO-77902
        App version 4.12.0 (build 4120387) released: adds halal cert expiry reminder, fixes Bluetooth scale drift on iPad Air 5.
        HTTP 200 GET /v1/menu?outlet=HK-CWB-01&lang=zh-Hant 38ms cache=HIT etag=W/a81f-9c2e user_agent=ScoopKiosk/2.3
        EXAMPLE_CUSTOMER_EMAIL=test@example.com  # placeholder only, real customer records are pulled from the CRM at runtime
    """),
    ("zh-Hant", "店家評論"): _lines("""
        台南國華街這家冰果室開了五十幾年，芒果牛奶冰還是堅持用愛文芒果，一碗 NT$180 份量很大，假日排隊大約 20 分鐘，值得。
        中環呢間意式雪糕店嘅開心果味好正，唔會太甜，HK$48 一球算貴但值得，店員好有耐性俾你試味，下次會再嚟試朱古力同海鹽焦糖。
        宮原眼科的冰淇淋口味多到選擇障礙，鳳梨酥口味配上兩種配料一共 NT$220，外觀像藝術品，建築本身也很適合拍照打卡，建議平日下午來人比較少。
        西門町的老字號冰淇淋店，花生、芋頭、紅豆三種口味一杯 NT$45，沒有花俏裝潢但古早味十足，老闆娘手腳很快，不用等太久。
        灣仔呢間糖水舖嘅楊枝甘露同榴槤班戟都好出色，不過冷氣太凍，建議帶件外套，埋單兩個人 HK$136，以灣仔嚟講性價比幾高，會再幫襯。
        Google 評論 4.6 星（共 2,381 則），多數提到黑糖珍珠牛奶冰很濃郁，少數抱怨週末外送常常延遲超過一小時，包裝也會滲水。
        澳門官也街嘅雪糕店，杏仁餅味雪糕好特別，MOP 38 一杯，隔籬仲有葡撻可以一齊買，遊客多但轉枱快，唔使等好耐，記得帶澳門幣或者用澳門通。
        店家回覆：感謝您的建議，我們已於 10 月起將外帶杯改為可回收紙杯，歡迎下次光臨南京東路門市，或撥打客服專線 02-2712-3456。
        這家的雪花冰口感綿密，但抹茶紅豆口味偏苦，抹茶粉據說來自京都宇治的丸久小山園，喜歡苦甘味的人應該會愛，怕苦的話建議改點黑糖粉粿口味，一碗 NT$120。
        旺角這家 gelato 店的椰子雪葩用泰國香水椰，清爽不膩；唯一缺點是座位只有六個，外賣為主，下雨天不太方便，建議先在網上下單再去取。
        評分：環境 4/5、口味 5/5、服務 3/5；結帳時店員忘記給發票，後來主動補開電子發票 XZ-48213076，態度還算誠懇。
        士林夜市攤位的花生捲冰淇淋一份 NT$50，攤主現刨花生糖再包香菜，沒吃過香菜的朋友可以要求不加，攤位編號是 B-27。
        店門口放了一隻大型哆啦A夢公仔，小朋友都搶著合照，銅鑼燒冰淇淋 NT$90 也是呼應這個主題，週末建議早點來，下午三點後常常賣完。
    """),
    ("mixed", "product_listing"): _lines("""
        【Ready Stock】Gelato Pint 473ml 榴莲 Musang King 口味 ×2 | Halal certified | 只限 Klang Valley 冷链配送 | RM 59.90
        SKU: MLT-DNSR-500 | Milo Dinosaur Ice Cream Tub 500ml | Berat bersih 500ml | Simpan pada suhu -18°C | Made in Johor Bahru
        Carpigiani Gelato University 认证 gelato 师傅手工制作 | Sicilian pistachio 40% | 无人工色素 | S$16.90/pint | Free delivery above S$60
        Mochi Ice Cream 麻糬雪糕 12粒装 (抹茶 / 黑芝麻 / 士多啤梨) HK$128，順豐冷運到府，下單後 2 個工作天出貨
        Set Hamper Raya: 4 pint aiskrim + 2 kotak kuih bahulu + kad ucapan, RM 149, tempahan ditutup 25 Mac, pickup at Bangsar outlet.
        Listing ID 2718839402 | Shopee Mall | Uncle Ringo sugar cone 30pcs/box | ⭐4.9 (1.2k ratings) | 库存 348 | SGD 7.50
        芒果雪花冰磚 Mango Snow Ice Brick 1kg，台灣屏東愛文芒果，NT$320；宅配黑貓冷凍，運費 NT$160，滿 NT$1,500 免運。
        Oat milk 燕麦奶 vegan gelato: 黑糖 oat, Kopi-O oat, Coconut pandan | dairy-free, nut-free facility | S$14.50 each
        EAN 9556789012345 | Ais Krim Potong Kacang Merah (kotak 10 batang) | RM 12.00 | Produk Malaysia | Tarikh luput 2027-03-31
        Ice cream cake 6 inch Hello Kitty Strawberry Dream (licensed by Sanrio) S$68，需提前 3 天预订，附送 2 根蜡烛同生日牌。
        Kelly's Gelato gift card S$50 / S$100，e-voucher 以 email 发送，valid 12 months，不可兑换现金，适用于全岛 6 间分店。
        Durian Pengat Gelato 1L | 猫山王 + D24 blend | 产地 Bentong, Pahang | Rating 4.8/5 | Sold 2,034 | Ships from Kuala Lumpur
        Tracking: J&T Express JT6012345678901 | Order 240917QXW3K2M1 | 冷冻包裹 2 件 | Status: 已签收 at Lazada pickup point Sunway Pyramid
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Allergy incident report 14 Oct: customer Rachel Tan Mei Ling, 8 yrs, developed hives after the hazelnut sample at our Tampines outlet; her mother says she carries an EpiPen.
        Please refund S$23.40 to the card of Mr. Darren Koh (mobile 9127 4408); he was charged twice for order ORD-8K2LP1.
        Staff roster week 42: Nurul Aisyah binti Rahmat (part-timer, NRIC S9812347F), Tue/Thu 2pm–10pm, Bugis outlet.
        Our supervisor Kelvin Ong has been on MC since Monday; he told HR it's a relapse of his depression, so please don't spread it around.
        Delivery address: Blk 456 Jurong West Street 42 #09-117, Singapore 640456, recipient Mrs. Priya Menon, call before arrival.
        Salary advance request: Ah Boon (Tan Kok Boon), scooper at the Ipoh outlet, owes RM 1,800 to a moneylender and asked us to deduct RM 300 monthly.
        Customer email joanne.lee.hk88@gmail.com complained the mango sorbet had bits of glass; she wants compensation and threatens to post on OpenRice.
        FIN G7234519N: new work pass for the gelato maker from Chiang Mai, start date 3 Nov, please prepare his locker and uniform.
        Wedding order for Ms. Serene Chua and Mr. Bryan Lim, 28 Dec, 3-tier ice cream cake, deposit paid; contact the bride on 8812 3096.
        Cashier Melissa is 5 months pregnant, please don't roster her for the walk-in freezer or heavy lifting until further notice.
        Refund of the supplier deposit goes to the personal account of the owner's nephew, Jason Yeo, OCBC 601-234567-001, not the company account.
    """),
    "zh-Hans": _lines("""
        过敏事故记录：顾客王晓雯女士（手机 138 1762 4493）食用芒果雪葩后嘴唇肿胀，已送新加坡中央医院急诊，店长已致电慰问。
        新员工入职资料：李俊杰，身份证号 440106199507213518，住址 广州市天河区体育西路 191 号 1203 房，紧急联系人 母亲 陈桂芳。
        陈先生上次在吉隆坡店订了 20 个雪糕蛋糕没付尾款，一共欠 RM 2,460，电话 012-337 8845，再不还就报警。
        阿明最近在办离婚，情绪很差，上班时经常躲在仓库哭，店长说先让他休一周假，大家不要在群里讨论。
        林太（林月华）的儿子对花生严重过敏，每次订生日蛋糕都要单独做，送货地址 淡滨尼 21 街 Blk 862 #04-233。
        工资单 2026年9月：张伟 雪糕师傅 底薪 S$2,800 + 加班 S$412，扣除后实发 S$2,569.60，入账 DBS 账户 120-45678-9。
        顾客投诉：微信号 xiaoyu_0917 的女生说在我们店吃完榴莲雪糕后食物中毒，住院两天，要求赔偿医药费 S$1,200。
        外卖单备注：收货人 黄丽娟 13922870516，槟城乔治市 Jalan Burma 23-A 住家，门铃坏了请直接打电话。
        兼职生周佳怡今年才 16 岁，家长同意书还没交；她父亲欠债跑路，妈妈一个人养三个孩子，排班请多照顾一下。
        会员资料导出：会员号 M00231847，姓名 刘志强，生日 1988-03-07，手机 +65 9645 2210，累计消费 S$1,873.50。
    """),
    "zh-Hant": _lines("""
        顧客投訴：何嘉欣小姐（電話 9123 6678）話喺我哋銅鑼灣分店食完杏仁雪糕之後全身出疹，要求退款兼賠償醫藥費。
        員工資料：陳志豪，香港身份證 Y523418(6)，住址 九龍觀塘秀茂坪邨秀明樓 1512 室，職位 雪糕師傅，月薪 HK$19,500。
        黃太話佢老公上個月心臟病入院，所以暫停每星期嘅 gelato 外賣訂單，等佢出院再講。
        台北信義店會員：林怡君，身分證字號 A224618395，手機 0912-345-678，生日禮雪糕券已寄到 yijun.lin1990@yahoo.com.tw。
        阿傑上個月俾警察拉咗，聽講係醉駕，佢嘅更要由其他同事頂住，老闆叫大家唔好再問，更唔好喺群組講。
        退款轉帳：收款人 蔡明哲，中國信託 822 帳號 123540298761，金額 NT$2,350，原因：生日蛋糕延誤送達。
        送貨地址：新北市板橋區文化路一段 188 巷 12 號 5 樓，收件人 吳小姐 0933-218-406，請勿按門鈴，寶寶在睡覺。
        兼職員工 Mandy（梁美儀）已經懷孕三個月，醫生叫佢唔好企太耐，下個月開始只排早更。
        澳門氹仔店：客人鄭先生嘅車 MM-12-34 泊咗喺門口兩個鐘，保安已經登記，佢電話 6612 7839。
        應徵者徐文彬的履歷：1995 年出生，住台中市西屯區，前東家是一家冰店，曾因欠薪問題與老闆打官司，目前還在訴訟中。
    """),
    "ms": _lines("""
        Aduan pelanggan: Puan Siti Hajar binti Abdullah (012-456 7890) kata anaknya muntah selepas makan aiskrim coklat di cawangan Shah Alam.
        Maklumat pekerja baru: Muhammad Faiz bin Ismail, No. MyKad 980412-10-5573, alamat No. 17, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Kak Ros minta cuti tanpa gaji seminggu sebab suaminya masuk hospital, disahkan kanser usus tahap tiga.
        Gaji bulan Oktober untuk Encik Rajesh a/l Muthusamy: RM 2,350, dimasukkan ke akaun Maybank 1621 8830 4471.
        Penghantaran: Cik Nur Aina, 019-882 3140, Blok C-12-5, Pangsapuri Seri Mutiara, Cheras. Tolong jangan tekan loceng, bayi tidur.
        Pelanggan tetap Abang Zul masih berhutang RM 480 untuk 40 cawan aiskrim majlis kahwin anak dia, janji bayar hujung bulan.
        Laporan insiden: pekerja sambilan Hafiz, 19 tahun, melecur tangan kiri terkena ais kering semasa memunggah stok, dihantar ke Klinik Kesihatan Kajang.
        Kereta nombor plat WXY 8821 milik Encik Lee Chong Meng selalu parkir di petak pemunggahan kami; sudah ditegur tiga kali.
        Borang keahlian: Nama: Tan Siew Ling | Tarikh lahir: 14/06/1992 | E-mel: siewling.tan92@hotmail.my | Poskod: 81300 Skudai.
    """),
    "mixed": _lines("""
        Eh the Grab rider Ahmad Fauzi (plate JVB 4417) salah hantar order ke rumah orang, customer 陈小姐 marah gila, her no. 016-778 2093.
        CSV row: 2026-10-12,ORD-5521,Wong Kar Fai,+852 6134 8820,kawaii.wkf@gmail.com,mango pomelo sago x2,HK$96,allergy: shellfish
        今日 Mei Fen 又请 MC 咯，她说 miscarriage 之后身体还没好，pls 大家 cover 下她的 shift, jangan tanya banyak.
        Boss 话 Ah Keong 借咗公司 RM 5,000 未还，已经 deduct 佢 salary 三个月，仲差 RM 2,100。
        Customer 阿May (Lau Mei Yee) 话佢老公 cheating，今日喺 shop 喊咗成个钟，我俾咗杯 free gelato 佢，希望冇问题。
        新 staff 的 NRIC T0312478J 同 bank account POSB 123-45678-9 已经 update 喺 HR system，name: Goh Jia Hui。
        Order note: hantar ke 12 Jalan SS 2/24, Petaling Jaya, rumah pagar hitam, 收件人 Mr. Subramaniam 03-7875 1123, dia dialysis patient, jangan lambat.
        Uncle Tan (Tan Ah Huat) 每个礼拜都来买 durian gelato，today he said doctor confirm diabetes already, 以后只能吃 sugar-free。
        Form submitted: name=Nicole Chan Hoi Yan | HKID=K345612(A) | mobile=5198 2274 | role=part-time scooper | 住址 沙田第一城 38 座 22 樓 F 室
        Log: 2026-10-13 21:14 refund approved by supervisor for card holder KHOO SENG LEONG, last4 8842, reason: allergic reaction to peanut topping.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer care assistant for Scoop Theory Pte Ltd, a gelato chain in Singapore. Be polite and escalate allergy cases to the duty manager.",
        ),
        (
            "user",
            "Hi, my daughter Chloe Ng (7) had a reaction to the pistachio scoop at your VivoCity outlet yesterday, her lips swelled up and we went to KK Hospital. I'm her mum, Evelyn Ng, 9734 2281.",
        ),
        (
            "assistant",
            "I'm very sorry to hear about Chloe, Ms Ng, and I hope she is recovering well. Could you share the order number or receipt photo so I can pass the case to our duty manager?",
        ),
        ("user", "Receipt says ORD-9M4TQ2, paid by PayLah at 3.12pm."),
        (
            "assistant",
            "Thank you. I've logged the incident under ORD-9M4TQ2 and our duty manager will call you on 9734 2281 within 24 hours to discuss the medical bill and a full refund.",
        ),
    ],
    [
        (
            "user",
            "帮我排下周新加坡武吉士分店的班表，员工：郑丽娜（孕期，不能搬重物）、黄国伟、Siti Rahmah，每天两班，早班 10-6，晚班 2-10。",
        ),
        (
            "assistant",
            "好的。考虑到郑丽娜在孕期，我把她安排在早班柜台收银，不进冷库；黄国伟负责周一到周五晚班和补货；Siti Rahmah 负责周末两天的全天轮换。需要我做成表格吗？",
        ),
        (
            "user",
            "要，顺便把大家的手机加进去：郑丽娜 9187 3320，黄国伟 8455 0917，Siti 9023 6614。",
        ),
        (
            "assistant",
            "已整理成表格：周一至周五 早班 郑丽娜（9187 3320），晚班 黄国伟（8455 0917）；周六周日 Siti Rahmah（9023 6614）全天，另需一名兼职补位。",
        ),
    ],
    [
        ("system", "你係一間香港甜品舖嘅助手，幫老闆處理客人同供應商嘅訊息，用廣東話回覆。"),
        (
            "user",
            "幫我寫個 WhatsApp 訊息俾區志明先生，佢上個月訂咗 15 個榴槤班戟婚宴用，仲欠我哋 HK$3,750 未找數，佢電話係 6288 1045。",
        ),
        (
            "assistant",
            "區先生你好，我係 Sweet Moon 甜品嘅負責人。關於上月婚宴訂購嘅 15 個榴槤班戟，尚有 HK$3,750 未結，麻煩你喺本月底前過數，有問題可以直接覆我，多謝！",
        ),
        ("user", "語氣可以再硬啲，話佢再唔還就交律師。"),
        (
            "assistant",
            "區先生：上月訂單尚欠 HK$3,750，我哋已多次提醒。如本月 30 日前仍未收到款項，我哋將會交由律師跟進追討，敬請留意。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Aiskrim Pelangi Sdn. Bhd. Rekod pelanggan: Nama Nor Azlina binti Kamarudin, MyKad 870923-14-6238, telefon 013-662 4190, alahan: kacang tanah, ahli sejak 2021.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak tanya aiskrim pistachio ada kacang tanah tak? Saya alah teruk.",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Nor Azlina. Aiskrim pistachio kami tidak mengandungi kacang tanah, tetapi dibuat di dapur yang sama dengan produk kacang tanah, jadi risiko pencemaran silang tetap ada. Kami cadangkan puan pilih sorbet mangga atau kelapa.",
        ),
        ("user", "Ok terima kasih, boleh hantar ke rumah?"),
        (
            "assistant",
            "Boleh, puan. Kami akan hubungi puan di 013-662 4190 untuk mengesahkan alamat penghantaran dan masa yang sesuai.",
        ),
    ],
    [
        (
            "user",
            "Can you summarise these delivery orders ya? 1) Lim Shu Fen, 23 Jalan Kenari 5, Bandar Puchong Jaya, 012-905 3381, 2 pint durian; 2) Encik Hairul Nizam, 7-3 Residensi Vista, Cheras, 017-221 8890, 1 kek aiskrim.",
        ),
        (
            "assistant",
            "Summary: 2 orders, both Klang Valley. Order 1: Lim Shu Fen, Puchong, 2 pint durian gelato. Order 2: Encik Hairul Nizam, Cheras, 1 ice cream cake. Total items 3. Nak saya susun ikut route?",
        ),
        ("user", "Ya, ikut route, rider start dari outlet Sunway Pyramid."),
        (
            "assistant",
            "Route cadangan: Sunway Pyramid → Puchong (Lim Shu Fen, 012-905 3381) → Cheras (Encik Hairul Nizam, 017-221 8890). Anggaran 55 minit, pastikan kek aiskrim dalam beg ais kering.",
        ),
    ],
    [
        (
            "user",
            "I run a small gelateria in Penang. I need a reference letter for our former gelato maker, Arjun Pillai, who worked with us from 2021 to 2026. He had to resign because of his kidney transplant surgery.",
        ),
        (
            "assistant",
            "Happy to help. Would you like the letter to mention the reason for leaving? Health details are usually left out of reference letters unless he asks for them to be included.",
        ),
        (
            "user",
            "Leave out the surgery. Mention he developed our Nutmeg Sorbet and trained 6 junior staff. His IC is 900315-07-5129 if needed.",
        ),
        (
            "assistant",
            "To whom it may concern: Arjun Pillai (IC 900315-07-5129) was employed as Head Gelato Maker from 2021 to 2026. He created our signature Nutmeg Sorbet and trained six junior staff. He left on good terms and we recommend him without reservation.",
        ),
    ],
    [
        ("system", "你是台灣一家冰店的客服助理，協助老闆回覆 Google 評論，語氣誠懇。"),
        (
            "user",
            "有位客人叫張雅婷，留一星說芒果冰裡有頭髮，她還在評論裡留了自己的手機 0955-712-308 要我們打給她。要怎麼回？",
        ),
        (
            "assistant",
            "建議公開回覆：「張小姐您好，非常抱歉造成您不好的體驗，我們已加強員工帽套規範，將主動與您聯繫說明並補償。」另外建議私下致電 0955-712-308，並請她刪除評論中的手機號碼以保護隱私。",
        ),
        ("user", "好，那私下打給她要說什麼？"),
        (
            "assistant",
            "可以先致歉，說明已檢討出餐流程，再提供全額退款 NT$180 加一張免費冰品券，並詢問她方便的寄送地址或到店領取時間。",
        ),
    ],
    [
        (
            "user",
            "Tolong kira gaji part-timer bulan ni: Farah Izzati 86 jam, Chong Wei Ming 72 jam, rate RM 9.50 sejam. Bank in: Farah CIMB 7012 4458 93, Wei Ming Public Bank 4-9921-3370.",
        ),
        (
            "assistant",
            "Farah Izzati: 86 × RM 9.50 = RM 817.00 ke CIMB 7012 4458 93. Chong Wei Ming: 72 × RM 9.50 = RM 684.00 ke Public Bank 4-9921-3370. Jumlah RM 1,501.00.",
        ),
        ("user", "Wei Ming ada pinjam RM 200 dari boss last month, tolak sekali."),
        (
            "assistant",
            "Dikemas kini: Chong Wei Ming RM 684.00 tolak pinjaman RM 200 = RM 484.00. Jumlah keseluruhan sekarang RM 1,301.00.",
        ),
    ],
    [
        ("user", "我在马来西亚新山想开一间小型雪糕店，要申请新山市政厅的营业执照，需要准备什么？"),
        (
            "assistant",
            "一般需要：公司注册文件（SSM）、店铺租约、平面图、员工伤寒疫苗证明及食品处理课程证书、消防证明，以及申请人的身份证副本。需要我帮你整理成清单吗？",
        ),
        (
            "user",
            "好的，申请人是我，叶秋萍，身份证 850726-01-6642，住址 No. 9, Jalan Pulai 14, Taman Pulai Utama, 81300 Skudai。店面在 Jalan Wong Ah Fook。",
        ),
        (
            "assistant",
            "已整理：申请人 叶秋萍（身份证 850726-01-6642，住址 Taman Pulai Utama, Skudai），营业地址 Jalan Wong Ah Fook，新山。请再准备 SSM 注册证明、租约和员工疫苗记录，就可以递交了。",
        ),
    ],
    [
        (
            "system",
            "You are an order assistant for a Hong Kong dessert shop. You can look up CRM records. Reply in the customer's language.",
        ),
        ("user", "我想 reorder 上次個芒果班戟，同上次一樣送去屋企。"),
        (
            "assistant",
            "收到！根據記錄，你係 Karen 譚嘉雯小姐，電話 9468 3107，上次送貨地址係 將軍澳 日出康城 2 期 5 座 31 樓 B 室。芒果班戟 6 件 HK$98，今晚 7 點前送到，啱唔啱？",
        ),
        ("user", "啱，但今次請唔好打電話，我個 BB 瞓緊，放門口就得。"),
        ("assistant", "冇問題，已備註：送到後放門口，唔好撳鐘或者打電話。多謝譚小姐！"),
    ],
]
