# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix174: coffee roasteries and specialty cafés in SG/MY/HK/TW (subscriptions, delivery addresses, wholesale accounts, barista rosters, customer complaints, owners' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix174
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "wholesale_price_list"): _lines("""
        WHOLESALE 2027 Q1 | SKU ETH-YRG-G1-1KG Ethiopia Yirgacheffe Kochere G1 washed, 1 kg bag | SGD 58.00 (min 5 kg) | SGD 54.50 above 20 kg
        Brazil Cerrado Mineiro natural 17/18, 60 kg jute sack green, FOB Santos USD 4.10/lb; landed KL via Port Klang add MYR 1.85/kg freight and handling.
        House espresso 'Tiong Bahru Blend' (60% Brazil, 25% Colombia Huila, 15% Sumatra Mandheling): 1 kg SGD 42, 5 kg SGD 198, delivered island-wide Tue/Fri.
        Milk pass-through at cost: Meiji Fresh Milk 2L case of 6 at SGD 31.80 per case; Oatside Barista Blend 1L x 12 at SGD 52.20; prices revised monthly.
        Account tier Gold (40 kg and above per month): 8% off list, quarterly grinder calibration visit, net-30 terms on invoices from Kopi Loka Roasters Pte. Ltd. (UEN 201934512K).
        Cold brew concentrate 1:4, 5 L bag-in-box, SKU CB-CONC-5L, MYR 165.00 ex-works Petaling Jaya roastery, shelf life 21 days chilled at 0-4 °C.
        Decaf Colombia sugarcane EA process 250 g retail bag, wholesale HKD 118 (RRP HKD 168), carton of 20, carton barcode 4897123450018.
        Tea add-on for café accounts: TWG Tea 1837 Black Tea loose leaf 1 kg MYR 390; BOH Cameronian Gold Blend 100 bags MYR 28.50 per box.
        Price list valid 1 Jan to 31 Mar 2027; SGD quotes exclude 9% GST. Per-kg prices rise SGD 1.20 if the ICE 'C' contract closes above USD 3.50/lb for 10 sessions.
        Equipment lease: La Marzocco Linea PB 2-group AV, 36-month plan SGD 289/month incl. quarterly descale; machine serial SN-LPB-2209-0431 registered to the lease.
        Sample box (6 x 100 g of this quarter's single origins) free for new café accounts; order code SAMPLE-Q1-27, ships from our roastery at 21 Kaki Bukit Road 1, #03-08, Singapore 416171.
        Paper cups 8 oz double-wall, one-colour print, MOQ 5,000 pcs at MYR 0.29/pc; lids PS-80 black MYR 0.07/pc; lead time 4 weeks from artwork approval.
        Taiwan accounts invoiced in TWD: Alishan natural 2026 harvest NT$3,200/kg, min 3 kg; the roastery's Unified Business No. 24536871 appears on every e-invoice.
    """),
    ("en", "config_and_code"): _lines("""
        ORDER_WEBHOOK_URL=https://api.beanroute.example/v2/hooks/orders  # example value, replace in prod; retries=5 backoff=exponential
        subscription_plans: [{id: 'sub-250g-fortnightly', price_sgd: 24.00}, {id: 'sub-1kg-monthly', price_sgd: 68.00}]  # seeds for staging only
        2027-01-14T07:02:11+08:00 INFO roaster.probe batch=R-0114-03 bean_temp=203.4C ror=8.7 first_crack=09:42 drop=11:05 profile=espresso_v7
        SELECT order_id, sku, qty, ship_zone FROM wholesale_orders WHERE status = 'PAID' AND ship_zone IN ('SG-E','SG-W') ORDER BY created_at DESC LIMIT 50;
        grinder_calibration: { model: 'Mahlkönig E65S GbW', target_dose_g: 18.0, tolerance_g: 0.2, burr_set: 'SSP 64mm HU', purge_g: 2 }
        const DEFAULT_CONTACT = { email: 'orders@example.com', phone: '+65 6000 0000' }; // placeholder until ops fills in the shop hotline
        sha256(profile_espresso_v7.json) = 3b179e3af301ee24ba65c241f64f5a5b810e07dd0399d4eb911d10eebf81da63 matches the copy on roaster PC 2
        [2027-02-03 14:21:07] WARN delivery.lalamove quote_id=LLM-7730918244 zone=KL-BANGSAR eta_min=38 surcharge=MYR5.00 reason=peak_hours
        shipment PO-2027-0219: J&T Express tracking 630091857742, 20 kg green coffee, Bukit Jalil warehouse to Bayan Lepas, status=IN_TRANSIT
        cron: 0 6 * * 1  python -m roastery.reports.weekly --region=HK --currency=HKD --out=s3://reports-bucket/weekly/  # Monday 06:00 HKT
        version bump: pos-sync 3.14.2 -> 3.15.0; fixes MYR 0.05 cash rounding (BNM rounding mechanism) and the 6% SST line on F&B bills.
        POS export header: receipt_no,outlet_code,terminal_id,timestamp,item_sku,qty,unit_price,discount_code,payment_method,total
        feature_flags: loyalty_stamps=true, stamp_goal=9, free_drink_sku='LATTE-12OZ', expire_days=180, outlets=['HK-SSP','HK-KT','MO-TAIPA']
    """),
    ("zh-Hans", "订阅常见问题"): _lines("""
        问：订阅可以随时暂停吗？答：可以，在“我的订阅”页面点“暂停”，最长可暂停8周，暂停期间不会扣款，下一次发货日期会自动顺延，恢复后照常按原价发货。
        问：咖啡豆什么时候烘焙？答：我们每周二和周五在上海松江烘焙工厂出炉，烘焙后第3天发货，包装袋背面印有烘焙日期和批次号，例如 SJ-20270112-B2。
        问：顺丰和京东快递哪个快？答：江浙沪地区默认顺丰标快，一般次日达；新疆、西藏等偏远地区改用邮政EMS，时效约5至7天，运费由我们承担。
        问：可以开发票吗？答：可以，下单时填写单位名称和纳税人识别号即可开具电子普通发票，本公司统一社会信用代码为 91310117MA1H2X3Y4K。
        问：客服怎么联系？答：工作日 9:00-18:00 拨打客服热线 400-820-5178，或发邮件至 service@yunqi-coffee.cn，微信公众号“云栖咖啡研究所”也可以留言。
        问：研磨度怎么选？答：手冲选中细研磨（约600-800微米），法压壶选粗研磨，意式浓缩请选“整豆”自行研磨，预磨粉开封15天后风味下降明显。
        问：250克的豆子能喝多久？答：按每杯15克粉计算，大约可以冲16杯；如果一天两杯，建议选择“每两周一袋”的方案，价格为每袋 ¥78，包邮。
        问：收到的豆子包装破损怎么办？答：请在签收后48小时内拍照上传至订单详情页，订单号形如 YQ202701150038，我们核实后补发或全额退款。
        问：云南豆和埃塞俄比亚豆有什么区别？答：我们的保山小粒咖啡（卡蒂姆）口感偏坚果、巧克力，耶加雪菲则带柑橘和茉莉花香，适合喜欢明亮酸质的朋友。
        问：订阅价格会调整吗？答：如生豆采购价上涨超过10%，我们会提前30天在公众号和App内公告，已预付的季度订阅不受影响，按原价继续发货。
        问：支持企业团购吗？答：支持，50袋起订，可定制杯贴和礼盒，请联系企业客户部 b2b@yunqi-coffee.cn，报价单一般在两个工作日内发出。
        问：滤挂咖啡保质期多久？答：独立充氮包装，保质期12个月，建议在生产日期后6个月内饮用，生产日期喷码在外箱侧面，格式为 2027/01/08 L03。
        问：门店在哪里？答：线下体验店位于上海市徐汇区武康路210号一楼，营业时间8:00-20:00，周一店休，到店出示订阅会员码可享拿铁第二杯半价。
    """),
    ("zh-Hant", "門市公告"): _lines("""
        【公告】本店（灣仔駱克道 188 號地舖）將於 2 月 9 日至 12 日農曆新年休息，年初四照常營業，外賣自取請提前一日 WhatsApp 店舖專線 5406 2288 預訂。
        颱風八號風球生效期間本店暫停營業，除下三號風球後兩小時內重開；如已預訂週末手沖工作坊，將自動順延至下一場，毋須另行報名，多謝體諒。
        各位街坊：由即日起自備杯可減 HK$3，燕麥奶轉換 +HK$6，冷萃咖啡每日限量 40 杯，賣完即止，星期一至五朝早八點前仲有早鳥價，多謝支持！
        台北市大安區永康街門市即日起延長營業至晚上 10 點，週五、週六限定「夜間手沖吧」，每人低消一杯，刷卡滿 NT$500 贈濾掛咖啡一包。
        本月杯測會：2 月 22 日（六）下午 3 時，地點為台中市西區公益路二段 51 號二樓烘焙教室，名額 12 位，報名請洽門市電話 04-2321-8866。
        澳門氹仔官也街分店因裝修暫停營業至 3 月 15 日，期間會員積分可於新馬路分店照常使用，查詢請致電分店電話 2882 1733，不便之處敬請原諒。
        失物招領：本店於 1 月 28 日拾獲黑色長雨傘一把及 Kindle 閱讀器一部，請失主致電門市 2573 0918 並描述物品特徵領回，保留至 2 月 28 日。
        本店持有食物環境衞生署發出之小食食肆牌照，牌照號碼 2112807391，所有咖啡豆及牛奶均有供應商單據可供查核，歡迎顧客監督食物衞生。
        由三月一日起豆單更新：哥倫比亞慧蘭每磅 HK$168、肯亞 AA Kirinyaga 每磅 HK$188，訂閱客戶價錢維持不變至六月底，詳情請睇 IG 置頂帖。
        統一發票已全面改為電子發票，請於結帳時出示手機條碼載具；如需公司統編報帳請告知店員，本公司統一編號為 83421576，恕不補開紙本。
        本店咖啡豆均由新北市三重區自家烘焙廠每週烘焙兩次，歡迎咖啡館及辦公室批發洽詢：wholesale@shanlan-roasters.tw，或電話 02-2977-3051 分機 12。
        致歉聲明：1 月 20 日收銀系統故障，部分 Foodpanda 訂單重複扣款，已於 3 個工作天內全數退回原付款方式，造成各位顧客不便，敬請見諒。
        場地租借：週一公休日可包場拍攝或舉辦講座，最多容納 30 人，收費 NT$6,000（4 小時），每位含一杯飲品，需提前兩週以電郵預約並付訂金。
    """),
    ("zh-Hant", "咖啡歷史"): _lines("""
        一般認為 1884 年英商德記洋行從馬尼拉引進咖啡樹苗至台灣北部試種，日治時期總督府在雲林古坑、花蓮等地推廣栽培，戰後一度沒落。
        吳則霖（Berg Wu）於 2016 年在愛爾蘭都柏林奪得世界咖啡師大賽（WBC）冠軍，成為首位獲得這項冠軍的華人咖啡師，其後在台北經營咖啡店。
        香港的鴛鴦源於大排檔及茶餐廳文化，以咖啡混合港式奶茶沖調，「港式奶茶製作技藝」於 2014 年被列入香港首份非物質文化遺產清單。
        新加坡亞坤（Ya Kun）由海南人黃亞坤於 1944 年創立，以咖椰吐司和傳統南洋咖啡聞名，後來由家族第二代擴展為連鎖品牌並開設海外分店。
        怡保白咖啡的特色在於咖啡豆以人造牛油低溫烘焙，沖調時再加入煉奶，一般認為源於當地海南人經營的老咖啡店，後來發展成即溶產品外銷。
        相傳 1892 年法國傳教士田德能將咖啡種子帶入雲南賓川朱苦拉村，被視為中國大陸較早的咖啡種植紀錄之一，村中至今仍存有百年咖啡樹。
        統一星巴克於 1998 年在台北天母開設台灣第一家門市，翌年星巴克在北京國貿開設中國大陸首家門市，帶動兩岸連鎖咖啡館的快速擴張。
        村上春樹在成為小說家之前，曾在東京經營爵士咖啡館「Peter Cat」，不少讀者至今仍會到以他作品為主題的咖啡店朝聖並拍照留念。
        《咖啡王子一號店》是 2007 年韓國 MBC 電視劇，由孔劉飾演男主角崔漢結，劇中的咖啡店場景曾吸引不少港台觀眾模仿開設主題咖啡館。
        澳門咖啡文化深受葡萄牙影響，而葡式蛋撻熱潮則始於英國人安德魯．史斗（Andrew Stow）1989 年在路環開設的安德魯餅店。
        國際咖啡組織（ICO）將每年 10 月 1 日定為國際咖啡日，首屆官方活動於 2015 年米蘭世界博覽會期間舉行，此後各地咖啡館每年響應。
        台灣阿里山一帶的鄒族部落自 2000 年代起轉種精品咖啡，近年多次在台灣咖啡評鑑中獲得特等獎，帶動樂野、里佳等部落的咖啡觀光。
        馬來西亞舊街場白咖啡（OldTown White Coffee）1999 年在怡保創立，2017 年宣布由荷蘭 Jacobs Douwe Egberts 收購，成為跨國集團旗下品牌。
    """),
    ("ms", "notis_kedai"): _lines("""
        Makluman: Kedai kami di No. 12, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur akan ditutup pada 1 Syawal dan dibuka semula pada 3 Syawal seperti biasa.
        Tempahan pukal biji kopi untuk kafe dan pejabat boleh dibuat melalui WhatsApp perniagaan kami di 019-388 1542 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        Semua produk kami mempunyai sijil Halal JAKIM; status sijil boleh disemak di portal MYeHALAL menggunakan nama syarikat Kopi Gunung Ledang Sdn. Bhd.
        Harga langganan: 250 g setiap dua minggu RM45, 1 kg sebulan RM120; penghantaran percuma ke Semenanjung, manakala Sabah dan Sarawak tambah RM15.
        Pelanggan dinasihatkan menyimpan biji kopi dalam bekas kedap udara, jauh dari cahaya matahari, dan bukan di dalam peti sejuk kerana kelembapan menjejaskan rasa.
        Notis perubahan harga berkuat kuasa 1 Mac 2027: kopi O kosong RM2.80, kopi susu RM3.50, latte ais RM11.90, disebabkan kenaikan harga biji kopi mentah.
        Syarikat: Biji Bertuah Roasters Sdn. Bhd. (No. Pendaftaran 202301045678 (1512345-K)), Lot 8, Jalan Perusahaan 2, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang.
        Waktu operasi sepanjang Ramadan: 4.00 petang hingga 12.00 malam; set berbuka RM18.90 termasuk kurma, bubur lambuk dan kopi tarik, tempahan melalui GrabFood.
        Aduan pelanggan boleh dihantar ke aduan@bijibertuah.com.my atau talian khidmat pelanggan 1-300-22-5282, kami akan membalas dalam tempoh 2 hari bekerja.
        Bengkel asas barista (4 jam) pada 15 Februari di cawangan Jalan Tun Abdul Razak, Johor Bahru: RM250 seorang, termasuk sijil penyertaan dan 250 g biji kopi.
        Kopi Liberika Johor dari ladang di Batu Pahat kini dijual dalam pek 500 g; rasa pahit manis dengan aroma nangka, sesuai untuk kopi tarik dan kopi O.
        Pesanan melebihi RM150 layak penghantaran percuma melalui Pos Laju; nombor penjejakan seperti ER123456789MY akan dihantar melalui e-mel dalam masa 24 jam.
        Jawatan kosong: barista sepenuh masa untuk cawangan Shah Alam Seksyen 7, gaji permulaan RM2,200 + elaun, hantar resume ke kerjaya@bijibertuah.com.my.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift pls note: La Marzocco group 2 又漏水, already called service centre, technician ETA 2pm, 今日先用 group 1 頂住先, 唔好開 group 2 蒸氣。
        PO-2027-0311 嘅 Brazil 60kg 到咗 loading bay, but the sack label says Cerrado not Sul de Minas, 邊個得閒 check 返 supplier 張 invoice?
        Stock count tonight: oat milk tinggal 9 karton je, fresh milk 14 bottles, esok Rabu supplier datang 10am, please don't over-order again ok.
        Roast log upload 咗去 shared drive 喇，batch R-0315-02 drop temp 高咗 3°C，飲落有啲 ashy，唔好俾 wholesale 客，留返店用 for milk drinks。
        Boss said from next week closing shift kena wipe grinder chute and hopper every night, photo send in group before 10.30pm, no photo no OT claim.
        Grab order GF-3318-220 customer complain latte spilled, rider dah ambil gambar, refund RM14.90 through merchant app, done 了, 不用再 follow up。
        Tanjong Pagar 分店 Sunday brunch 人手唔夠，roster 上面仲有 2 個 slot 7am-3pm，有冇人 can cover? OT rate 1.5x as usual, 記得喺 app 度 claim。
        FYI 今日 Foodpanda tablet 死機, restart 咗都唔得, 暫時用手機 app 收單, vendor support ticket FP-884120 已經開咗, 等佢哋 call back。
        Cupping 聽日 3pm 試新嘅 Kenya AA 同 Panama Geisha 樣本, 每人寫 score sheet, SCA form 喺 drawer 第二格, 唔好用鉛筆寫 ok?
        Kedai Penang punya chiller suhu naik sampai 9°C since 5am, 我已經 move 咗所有 milk 去 back chiller, technician datang pukul 11 pagi.
        Reminder: SFA inspection next Tuesday, make sure all cold brew bottles labelled with batch + date, 過期嘅全部 dispose, 唔好留喺 chiller。
        POS 今朝 update 去 v3.15.0 之後 receipt 冇咗 GST 9% line, 我已經 email 咗 vendor, 暫時用 manual receipt book 先, 記得寫 outlet code。
        Wholesale client 嗰間 Orchard 酒店 lobby café 要加單 +15kg house blend, Friday deliver before 8am, van 要早啲出, 用 loading dock B。
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★☆ 呢間喺深水埗嘅 roastery café 啲手沖好有水準，Ethiopia Guji 好 juicy，but seating 得 8 個位，weekend 要排 20 分鐘。
        Kopi here damn power, the kaya toast also not bad, but aircon weak weak, lunchtime quite packed with office crowd from Raffles Place lah. 4/5
        Tempat cozy, latte art cantik, tapi harga RM16 untuk flat white agak mahal untuk kawasan Shah Alam. Staff mesra, WiFi laju. 3.5 bintang.
        台北信義區這家烘豆店的耶加雪菲淺焙超讚，店家很願意分享沖煮參數，but 座位只有吧台，不適合帶筆電久坐，假日建議早點來。
        Ordered their monthly subscription, beans arrived 3 days after roast, packaging solid, 不過 1kg 袋冇 one-way valve 有啲失望。3/5
        澳門新馬路附近呢間 café 嘅 Portuguese egg tart pairing 幾得意, espresso 偏苦, 不過 service 好 friendly, 會再嚟試 filter。
        Dah cuba kopi Liberika diorang, memang pekat dan wangi nangka, tapi kopi susu terlalu manis, next time minta kurang manis. Parking susah kat Jalan Alor.
        Wholesale service rating 5/5: delivery always on time to our Tiong Bahru outlet, invoices clear, and they swapped a faulty grinder within 24h.
        Google review: 喺觀塘工廈入面嘅 coffee lab，環境好 industrial，dirty 好 smooth，不過 lift 要等好耐，記得帶八達通畀錢。
        服务态度差评：点了冰美式等了25分钟，店员说系统坏了，但没有主动道歉，chope 了的位子也被别人坐了，Singapore 这种价位不应该这样。
        Came for the Starry Night themed latte (Van Gogh swirl on the foam), very Instagrammable, but taste wise just average. 3/5, Armenian Street, Penang.
        The Hainanese kopi at this Ipoh old town shop is legit, RM2.50 only, the kopi master pulls the coffee sock like a pro, but toilet condition needs improvement.
        新開嘅 'Auntie Mei's Kopitiam' in Johor Bahru 名字好親切，but 其實係連鎖品牌，咖啡一般般，kaya toast 反而唔錯，3 粒星。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Subscription SUB-20931 | Name: Rachel Tan Hui Min | Ship to: Blk 412 Bedok North Ave 2, #08-117, Singapore 460412 | Mobile +65 9172 4486 | 250g fortnightly
        Complaint from Mr. Darren Koh: says our barista Joanne Lim Pei Shan spoke rudely to his wife at the Holland Village outlet on 3 Feb, wants a written apology.
        Wholesale applicant NRIC S8734215H, director of a two-outlet café; personal guarantee signed for credit limit SGD 15,000, pending approval.
        Please stop the monthly 1kg plan for Priya Ramasamy, she's just been diagnosed with gestational diabetes and her doctor told her to cut caffeine.
        Refund to DBS account 072-345678-9 under the name Lee Wen Jie, SGD 68.00 for the crushed parcel; he'll confirm by SMS from 8823 1907.
        Roster note: Marcus Ong off Mon-Wed, warded at CGH for dengue, covered by the part-timer; do not mention his hospital stay in the customer chat.
        CSV: cust_id,name,email,phone,postcode | 10442,Gabriel Seah,gabseah88@gmail.com,+6591038824,530215
        Driver note: customer at 27 Jalan Kembangan, Singapore 419144, gate code 4471, leave the box with the helper; the lady of the house is Mrs. Vanessa Chua.
        HR: head roaster's pay goes from SGD 4,800 to 5,600; Kelvin Yeo asked us to keep it private because the figure is being used in his divorce proceedings.
        Mdm Goh Siew Lan from the kopi stall owes us SGD 2,340 for three months of beans; her son says she's been in and out of TTSH, so hold the lawyer's letter.
    """),
    "zh-Hans": _lines("""
        订阅客户：张丽娟，手机 138 1726 4590，收货地址 上海市闵行区莘庄镇莘松路958弄12号603室，每两周寄一包250克耶加雪菲。
        企业客户对接人王志强（身份证号 440304198805172636）申请月结账期60天，由其本人个人担保，附营业执照复印件。
        店长群里说：小周最近请了三次假，是因为她老公欠了网贷十几万，催收电话都打到店里来了，大家别把店里座机给陌生人。
        投诉记录：李先生（手机尾号5521）称在南京西路门店喝完冰拿铁后过敏住院，要求赔偿医药费3,200元，已转法务处理。
        退款账户：中国工商银行 6222 0212 3456 7890 123，户名 陈晓东，退还季度订阅预付款 ¥936，请财务本周内处理。
        烘焙师刘建国体检查出乙肝，按规定暂停接触直接入口食品的岗位，排班时请把他调到生豆仓库，不要在群里说原因。
        快递面单：收件人 赵雅婷 / 159****3372 / 北京市朝阳区望京西园三区311号楼2单元1504 / 顺丰单号 SF1409283371655
        员工名单导出：工号 YQ-017，姓名 孙悦，身份证 310115199203114045，入职 2025-03-01，月薪 8,500 元，社保基数 7,310。
        黄阿姨的女儿发微信说，她妈妈在家门口摔倒骨折了，这个月的咖啡豆先别寄到杭州市西湖区文三路77号3幢502了。
        客户邮箱 linmeiqi_1990@163.com 反馈订阅扣款两次，她说是用她老公的支付宝付的，两人正在闹离婚，请不要联系她老公。
    """),
    "zh-Hant": _lines("""
        會員資料：陳嘉欣小姐，HKID Y482193(7)，電話 9437 2815，地址 九龍何文田忠孝街 68 號 11 樓 B 室，訂閱每月 1kg 意式拼配。
        林太話佢個仔喺我哋度做兼職咖啡師，上個月俾人發現偷錢，佢想私下還返 HK$4,800，唔想報警，老闆你睇點處理。
        外送單：收件人 黃俊傑 先生，台北市中山區民生東路二段 147 巷 9 號 4 樓，手機 0912-338-476，備註：按電鈴兩次，狗會叫。
        批發客戶負責人 吳宗翰，身分證字號 A224618301，其公司尚欠貨款 NT$128,600 已逾期 90 天，下週寄存證信函。
        阿明今日又遲到，佢話阿媽喺瑪麗醫院做化療，朝早要陪佢去覆診，排更嗰陣可唔可以將佢調去晏更？
        退款請入匯豐戶口 004-512-338916-838，戶名 MAK KA LOK（麥家樂），金額 HK$1,280，係佢投訴豆發霉嗰單。
        澳門客戶梁詠詩，澳門身份證 1382947(3)，地址 氹仔哥英布拉街 123 號 7 樓 C，要求訂閱改用 MPay 自動扣款。
        店長私訊：嘉豪架私家車車牌 VN 8357，成日泊喺客人車位，已經口頭警告過兩次，下次再泊就發警告信。
        台中門市咖啡師蔡佩珊懷孕 5 個月，醫生建議不要久站，下個月起改排收銀與外帶窗口，請勿在排班表寫原因。
        客訴：許先生（0933-571-204）說昨晚在永康街門市被店員拍照上傳 IG 限動，要求刪除並道歉，他說正在辦離婚不想被前妻知道行蹤。
    """),
    "ms": _lines("""
        Pelanggan langganan: Nurul Aisyah binti Kamarudin, No. K/P 880412-14-5526, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Encik Faizal Hakim minta bayaran balik RM120 ke akaun Maybank 1640 2233 1187 kerana biji kopi sampai dalam keadaan berkulat.
        Barista kita, Hafiz, cuti sakit seminggu sebab disahkan menghidap tibi; semua staf syif pagi kena buat saringan di klinik kesihatan.
        Alamat penghantaran: Puan Siti Zulaikha, Blok C-12-3, Pangsapuri Seri Melati, Jalan Cempaka, 68000 Ampang, tel 012-775 3049.
        Rekod pekerja: Muhammad Danish bin Rosli, gaji RM2,650, potongan PTPTN RM200 sebulan dan hutang koperasi RM4,300 masih belum selesai.
        Encik Rahim guna kereta sendiri, no. plat WXY 3318, untuk hantar tempahan ke Cheras setiap Sabtu; tuntutan minyak dia RM85 minggu lepas.
        Aduan: Cik Amirah kata kad kreditnya 4539 1488 0343 6467 dicaj dua kali untuk pesanan kopi Liberika, sila semak dan batalkan satu transaksi.
        Kak Ros tak dapat datang kerja minggu ni sebab suaminya ditahan polis di Kajang atas kes dadah; jangan cerita dengan pelanggan tetap.
        E-mel pelanggan: haziq.iskandar93@yahoo.com, minta tukar alamat langganan ke rumah mertua di Kampung Baru, Kuala Lumpur mulai bulan depan.
        Borang pemborong: nama pemilik Tan Mei Ling, No. MyKad 910305-07-6648, telefon bimbit 016-442 8190, kafe di George Town, Pulau Pinang.
    """),
    "mixed": _lines("""
        Eh boss, that regular 阿Ken 今日又冇俾錢, already owe us HK$1,560 this month, 佢話下個禮拜出糧先還, should we still let him 賒數?
        Customer Jason Lim 的 delivery address 改了: Residensi Bintang Sentral, Tower B 21-07, 55100 Kuala Lumpur, phone 017-229 8813, 记得 call 他 before 上楼。
        Roster 换班: Siti 下礼拜 Tuesday 要去 klinik kesihatan check pregnancy, 所以 morning shift 换给 Wei Jie, 他 OK already。
        客户 Ms. Wong Siu Fong 投诉我哋 courier 送錯地址, 佢屋企係沙田第一城 22 座 14 樓 F, 佢話 package 畀鄰居拎咗。
        Refund pls: PayNow to 9038 4472 (Amanda Teo), SGD 36 for the cancelled cupping class, 佢 screenshot 咗俾我。
        老细讲 Ah Huat 个 gambling debt 好严重, 有 ah long 来 kedai 找他两次, so jangan bagi dia pegang cash drawer for now。
        Wholesale account form: Contact 陳志明 Tan Chee Meng, IC 850921-10-5233, personal HP 019-662 0417, personal email cheemeng.tan85@gmail.com
        FIN G6120487T 嘅 work pass holder 係我哋新 barista, MOM 批咗 S Pass, salary SGD 3,300, 佢要求 keep confidential 唔好同其他 staff 講。
        台湾客户 Emily 林怡君 身分證 F128739046, 手機 0935 118 240, 要開三聯式發票 but 又話用個人名義, please check with accountant.
        Photo attached: customer Daniel Chow's face clearly seen on CCTV at 7.42pm taking the tip jar, 已經 report police, loyalty app 記錄佢 IC 尾四位 3419。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant for a Singapore specialty roastery. Be brief and friendly. Never invent prices.",
        ),
        (
            "user",
            "Hi, I'm Rachel Tan, subscription SUB-20931. I moved last week, can you change my delivery to Blk 212 Tampines St 23, #11-305, Singapore 520212? My number is still 9172 4486.",
        ),
        (
            "assistant",
            "Thanks Rachel! I've noted the new address Blk 212 Tampines St 23, #11-305, Singapore 520212 for SUB-20931, with contact 9172 4486. The change will apply from your next fortnightly shipment.",
        ),
        (
            "user",
            "Great. Also can you skip the one on 14 March? I'll be in hospital for a minor surgery that week.",
        ),
        (
            "assistant",
            "Done, the 14 March delivery is skipped and your plan resumes on 28 March. Wishing you a smooth recovery!",
        ),
    ],
    [
        (
            "user",
            "帮我写一段给客户的道歉短信，客户是王女士，手机 186 2193 0472，订单 YQ202702030117，她收到的耶加雪菲包装漏气了。",
        ),
        (
            "assistant",
            "王女士您好，非常抱歉您的订单 YQ202702030117 中的耶加雪菲包装出现漏气。我们已为您安排免费补发新鲜烘焙的一包，预计3天内送达，给您带来不便，敬请谅解。",
        ),
        ("user", "再加一句，补发会寄到她原来的地址：成都市武侯区玉林南路18号4栋2单元801。"),
        (
            "assistant",
            "好的，加上这句：补发的咖啡豆将寄往您的原收货地址成都市武侯区玉林南路18号4栋2单元801，如地址有变请回复告知。",
        ),
    ],
    [
        ("system", "你係一間香港咖啡店嘅行政助理，用廣東話回覆。"),
        (
            "user",
            "幫我計吓兼職咖啡師陳嘉豪二月份人工，HKID K305718(6)，時薪 HK$72，做咗 96 個鐘，另外佢預支咗 HK$1,500 要扣返。",
        ),
        (
            "assistant",
            "陳嘉豪二月份：96 小時 × HK$72 = HK$6,912，扣除預支 HK$1,500，應發 HK$5,412。記得按佢 HKID K305718(6) 喺 MPF 系統核對供款紀錄。",
        ),
        ("user", "佢月入未夠 HK$7,100，係咪唔使供僱員部分強積金？"),
        (
            "assistant",
            "啱，僱員有關入息低於 HK$7,100 嘅月份毋須供僱員部分，但僱主仍要供 5%，即係 HK$345.60。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat peringatan hutang kepada pemilik kafe, Encik Azman bin Yusof, No. K/P 790614-01-5537, tunggakan RM8,450 sejak November.",
        ),
        (
            "assistant",
            "Tuan, dengan hormatnya kami merujuk kepada akaun pemborong atas nama Encik Azman bin Yusof (No. K/P 790614-01-5537). Rekod kami menunjukkan baki tertunggak sebanyak RM8,450 sejak November. Mohon jelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini.",
        ),
        (
            "user",
            "Alamat dia No. 5, Jalan Bayu 3, Taman Bayu Perdana, 41200 Klang. Masukkan sekali di atas surat.",
        ),
        (
            "assistant",
            "Baik, bahagian atas surat: Encik Azman bin Yusof, No. 5, Jalan Bayu 3, Taman Bayu Perdana, 41200 Klang, Selangor. Perenggan selebihnya kekal seperti di atas.",
        ),
    ],
    [
        (
            "user",
            "Got this subscriber export, can help me remove duplicates ah? 1) Gabriel Seah, gabseah88@gmail.com, 91038824 2) Gabriel Seah, gabseah88@gmail.com, +65 9103 8824 3) Hannah Lau, hannah.lau.sg@outlook.com, 97740251",
        ),
        (
            "assistant",
            "Rows 1 and 2 are the same person (Gabriel Seah, gabseah88@gmail.com, phone 9103 8824 with and without +65). Cleaned list: Gabriel Seah, gabseah88@gmail.com, +65 9103 8824; Hannah Lau, hannah.lau.sg@outlook.com, +65 9774 0251.",
        ),
        ("user", "Ok thanks, 顺便 normalise all phones to E.164 format can?"),
        ("assistant", "Sure: Gabriel Seah +6591038824; Hannah Lau +6597740251."),
    ],
    [
        ("system", "你是台灣一家咖啡烘焙公司的法務文書助理，使用繁體中文。"),
        (
            "user",
            "請幫我草擬存證信函重點：對方是吳宗翰先生，地址台南市東區林森路一段 212 巷 6 號，積欠咖啡豆貨款 NT$128,600，逾期 90 天。",
        ),
        (
            "assistant",
            "存證信函重點如下：一、受文者吳宗翰先生（台南市東區林森路一段 212 巷 6 號）。二、台端積欠本公司咖啡豆貨款新台幣 128,600 元，已逾期 90 日。三、請於函到 7 日內清償，逾期將依法追訴。",
        ),
        ("user", "要不要寫他的身分證字號？我這邊有 A224618301。"),
        (
            "assistant",
            "存證信函通常寫姓名與地址即可，不必列出身分證字號 A224618301；若日後提起支付命令再於聲請狀中記載即可。",
        ),
    ],
    [
        (
            "system",
            "Roastery CRM context: customer Priya Ramasamy, priya.r.works@gmail.com, plan 1kg monthly, note: pregnant, switched to decaf on doctor's advice.",
        ),
        ("user", "Can you draft a short email to Priya offering our new Colombia decaf?"),
        (
            "assistant",
            "Hi Priya, since you've moved to decaf, we thought you'd enjoy our new Colombia sugarcane-process decaf: caramel, red apple and a clean finish. Reply to this email and we'll swap it into your 1kg monthly plan from the next shipment.",
        ),
    ],
    [
        (
            "user",
            "Staff saya, Nur Syafiqah, bagi MC 5 hari dari Hospital Kuala Lumpur sebab keguguran. Macam mana nak susun roster syif pagi minggu ni?",
        ),
        (
            "assistant",
            "Takziah kepada Nur Syafiqah. Untuk 5 hari cutinya, cadangan: pindahkan barista syif petang ke syif pagi pada Isnin dan Selasa, dan guna pekerja sambilan untuk Rabu hingga Jumaat. Pastikan cuti sakitnya direkod sebagai cuti sakit hospitalisasi mengikut Akta Kerja.",
        ),
        ("user", "Ok, and can I tell the other staff why she's off?"),
        (
            "assistant",
            "Better not. Just say she is on medical leave; the reason is her private health information and should stay between you and her.",
        ),
    ],
    [
        (
            "user",
            "我们从日本代购了一台 Kalita 磨豆机寄到深圳，海关要收件人身份证。收件人 郑文博，身份证 350203198509241816，手机 137 0296 5518，帮我写个给快递的说明。",
        ),
        (
            "assistant",
            "说明：本件为个人自用咖啡磨豆机一台，收件人 郑文博，身份证号 350203198509241816，联系电话 137 0296 5518，申报价值约 ¥2,600，用于清关实名认证。",
        ),
        ("user", "地址也加上：深圳市南山区科技园南区高新南七道 9 号 2 栋 1203。"),
        (
            "assistant",
            "已补充：收货地址 深圳市南山区科技园南区高新南七道9号2栋1203。建议通过快递官方渠道上传身份证信息，不要在包裹外面写证件号。",
        ),
    ],
    [
        ("system", "You help a Macau café owner reply to customers in Cantonese-English mix."),
        (
            "user",
            "有個客 Ms. Leong Weng Si 話佢喺我哋氹仔分店 slip 咗跌親膝頭，要我哋賠醫藥費 MOP 2,400，佢電話 6628 4175，點回覆好？",
        ),
        (
            "assistant",
            "可以咁回覆：Leong 小姐你好，好抱歉你喺我哋氹仔分店跌親。我哋想了解多啲情況，可唔可以 send 張醫生收據畀我哋？我哋會喺 3 個工作天內 call 返你 6628 4175 傾賠償安排。",
        ),
        ("user", "OK, but 我想先 check insurance, 唔好一開口就 admit liability."),
        (
            "assistant",
            "明白，改成：我哋已經記錄咗你嘅情況，會同保險公司跟進，之後再聯絡你。咁就唔會直接承認責任。",
        ),
    ],
]
