# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix162: car washes, detailing and car-wrap shops in SG/MY/HK/TW (bookings, plate numbers, damage claims, memberships, staff rosters, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix162
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Sparkle Bay Auto Spa (UEN 201823417K) | Exterior Wash S$18 sedan / S$22 SUV / S$26 MPV | Interior vacuum add-on S$10 | Prices incl. 9% GST from 1 Jan 2024
        Ceramic Coating Packages: Gyeon Q2 Pure EVO 24-month S$880, Gtechniq Crystal Serum Light S$1,280, CarPro CQuartz UK 3.0 S$1,050, 1-step paint correction included.
        Full wrap (Avery Dennison SW900 Satin Black): Compact S$3,200 / Sedan S$3,600 / SUV S$4,200; 3M 2080 Gloss Flip Psychedelic +S$450; old wrap removal from S$380.
        PPF front kit (bonnet, bumper, fenders, mirrors) with XPEL Ultimate Plus 7.5 mil: S$1,680; full body S$5,800; 10-year manufacturer warranty registered via XPEL Asia Pacific.
        Weekday Happy Hour 10am-2pm Mon-Thu: Snow Foam Wash + Tyre Shine S$15 only. Not valid on public holidays, eve of PH, or the Singapore Grand Prix race weekend.
        Mr. Pink Super Suds shampoo (Chemical Guys, 16oz) S$24.90 | Meguiar's Gold Class Carnauba Plus 473ml S$21.50 | Dr. Beasley's Tire Clean S$32, retail counter only.
        Monthly Unlimited Wash Membership: Bronze S$49 (exterior only), Silver S$79 (+interior), Gold S$129 (+monthly spray sealant). One registered vehicle per membership.
        Engine bay steam clean S$60 | Headlight restoration (pair) S$70 | Ozone odour treatment 45 min S$55 | Pet hair removal from S$35 depending on severity.
        Uncle Ah Huat Car Polish @ 3014 Ubi Road 1 #01-22, hotline 6748 2210, open 9am-7pm daily except CNY day 1 & 2. Walk-ins welcome, bookings preferred.
        Window film: Llumar IRX 35% front / 15% rear S$480; V-Kool 70 windscreen S$650. LTA reminder: windscreen and front side windows must keep at least 70% VLT.
        Interior deep clean (seat shampoo, carpet steam, leather care with Colourlock): 5-seater S$180, 7-seater S$220. Allow 4-5 hours; free shuttle to Eunos MRT.
        Partner-driver rate for Grab and Gojek: S$12 exterior wash on showing the active driver app screen, max 4 washes per month, Kaki Bukit branch only.
        Price list v2025.03 | effective 01/03/2025 | Sparkle Bay Auto Spa Pte Ltd, 18 Kaki Bukit Crescent #01-05, S416252 | enquiries@sparklebay.com.sg | Tel 6846 1180
    """),
    ("en", "config_and_code"): _lines("""
        BOOKING_SLOT_MINUTES=45  # one wash bay cycle incl. dry-off; change to 60 for ceramic maintenance washes
        bays: [{id: BAY-01, type: tunnel, max_height_m: 2.1}, {id: BAY-02, type: hand_wash, max_height_m: 2.4}, {id: BAY-03, type: detailing, lift: true}]
        const PLATE_PATTERN_SG = '^S[A-Z]{1,2}[0-9]{1,4}[A-EGHJKLMPRSTUXYZ]$'; // validate only, never write the raw plate to logs
        def price_for(vehicle_class: str, package: str) -> Decimal: return PRICE_TABLE[package][vehicle_class] * (1 + GST_RATE)  # GST_RATE = Decimal('0.09')
        SMTP_FROM=noreply@washbook.example.com  SMTP_HOST=smtp.sendgrid.net  SMTP_PORT=587  REMINDER_HOURS_BEFORE=24  TZ=Asia/Singapore
        INSERT INTO packages (sku, name, price_cents, duration_min) VALUES ('PKG-CER-24M', 'Ceramic 24M Gyeon Q2', 88000, 480);
        curl -X POST https://api.washbook.example.com/v2/bookings -d '{"bay":"BAY-02","slot":"2025-06-14T09:45:00+08:00","package":"PKG-EXT-STD"}'
        booking_id,branch_code,bay_id,slot_start,slot_end,package_sku,vehicle_class,amount_sgd,payment_method,status,created_at
        [2025-06-14 09:46:12 +08:00] INFO bay=BAY-03 job=JOB-20250614-0117 stage=foam_rinse duration=7m42s water_l=138 chem=Koch-Chemie GSF
        webhook_retry: {max_attempts: 5, backoff: exponential, base_delay_s: 30, dead_letter_queue: wash-events-dlq}  # see RUNBOOK.md section 4.2
        fixture = Customer(name='Jane Doe', phone='+65 6000 0000', plate='SXX0000X')  # placeholder values for unit tests only
        git tag v3.8.2 -m 'fix: membership renewal double-charge on Stripe retries (#412), bump sonax-pricing to 2025.2'
        sha256(washbook-android-3.8.2.apk) = 9f2c4e81a7d03b56e1f49c2a88d7b0e3c51f6a94d2e07b81c3f5a6e9d0b42c17
    """),
    ("zh-Hans", "会员章程"): _lines("""
        【会员章程 第3条】年卡会员每月可享不限次数标准外观洗车，仅限登记的一辆车使用；如需更换车辆，须携带新车的Geran（车辆注册卡）到门店办理，手续费RM20。
        第5条：会员卡余额不设退款，但可在有效期内转让一次给直系亲属，转让时须由原会员本人到场并出示身份证正本，由门店经理签核。
        第7条：镀晶（Ceramic Coating）施工后7天内请勿使用自动洗车机，14天内避免使用含蜡洗车液，否则本店提供的保修将自动失效。
        积分规则：每消费RM1累积1分，500分可兑换一次内饰吸尘，1,200分可兑换一次臭氧除味；积分有效期为获得之日起12个月，逾期自动清零。
        本店地址：No. 12, Jalan Manis 4, Taman Segar, 56100 Cheras, Kuala Lumpur（Leisure Mall 对面）；客服热线 03-9132 8806，营业时间 8:30am–7:30pm。
        公司资料：晶亮汽车美容私人有限公司 KilatJaya Auto Detailing Sdn. Bhd.（SSM 201901028811 / 1337642-W），SST 注册号 W10-1808-32001234。
        第9条：车身原有划痕、凹陷、掉漆及改色膜翘边，须在施工前由双方于检车单上拍照确认，事后才发现的旧伤本店恕不负责，敬请见谅。
        第11条：如因本店施工造成车辆损坏，须于取车后48小时内以书面形式提出索赔，并附上理赔单号（格式 CLM-年份-流水号），逾期不予受理。
        会员等级：银卡（年费RM399）、金卡（年费RM699，含每季一次打蜡）、黑钻卡（年费RM1,299，含每半年一次漆面镀膜保养）。
        第13条：本章程最终解释权归本公司所有，自2025年4月1日起生效，取代2023年版本（文件编号 KJ-SOP-MEM-2023-02），旧版会员权益保留至到期。
        温馨提示：东北季候风期间（11月至次年2月）购买洗车套票可享“雨天保证”——洗车后48小时内下雨，可凭收据免费再洗一次外观。
        第15条：会员资料依照《2010年个人资料保护法》（PDPA 2010）处理，仅用于预约提醒及会员服务，不会出售或转交予任何第三方。
        官方渠道：WhatsApp 商业号 +60 12-388 7100（仅限预约，不接来电），电邮 cs@kilatjaya.com.my，Facebook 专页「KilatJaya 晶亮汽车美容」。
    """),
    ("zh-Hant", "門市告示"): _lines("""
        【通告】因颱風「摩羯」襲港，天文台已發出八號風球，本洗車場今日（6/9）下午2時起暫停營業，已預約客戶將獲WhatsApp通知改期，唔使擔心。
        停車場洗車服務：逢星期一至六 9am-6pm 喺觀塘 apm 停車場 B2 層，請將車匙交畀服務櫃位，約45分鐘完成，可用八達通或 AlipayHK 俾錢。
        本店只使用 Soft99 同 Sonax 正廠產品，唔用散裝平價洗車液，所以價錢會貴少少，多謝各位熟客一直以嚟嘅理解同支持。
        Wrap 改色須知：車身改色後請按運輸署要求盡快更新車輛登記文件上嘅顏色，本店可提供施工證明信，費用已經包喺改色套餐價錢入面。
        地址：九龍觀塘巧明街 115 號 柏秀中心地下 5 號舖（近 APM）｜電話 2344 1877｜商業登記號碼 71234568-000-03-24-5
        九月優惠：Gtechniq 鍍膜套餐 HK$4,800 起，送一次室內臭氧消毒；私家車／七人車／客貨車價錢唔同，請以門市即場報價為準。
        溫馨提示：洗車期間車內貴重物品請自行帶走，如有遺失本店恕不負責；行車記錄儀記憶卡、八達通卡及停車場月票亦請記得一併取出。
        新春休息：年三十至年初三休息，年初四（2月1日）照常營業，利是封同揮春喺收銀處任取，祝大家蛇年行車平安、出入平安、一路順風。
        本店已購買第三者責任保險（保單號 HK-GL-2025-0047712），如工作期間意外損壞車輛，請即時通知當值主管處理，唔好自行同客人傾。
        請勿將車停泊於黃線或出入口，已預約嘅客人請喺到店前 10 分鐘 WhatsApp 我哋 5408 3311（商業號碼，只處理預約，唔接電話）。
        電動車洗車注意：Tesla Model Y 請開啟「洗車模式」，BYD Atto 3 請先關閉泊車雷達，以免洗車期間感應器誤報或車門自動鎖上。
        向《頭文字D》藤原拓海嘅 AE86 熊貓色致敬，本店推出限定「藤原豆腐店」車身貼紙套裝 HK$680，數量有限，售完即止。
        收費更新：由 2025 年 7 月 1 日起，標準外洗（私家車）由 HK$150 調整至 HK$168，月票客戶價錢維持不變至年底，敬請留意。
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★★ 新北三重這間「阿德洗車美容」真的很用心，手洗加打蠟 NT$800，輪框縫隙都有刷到，等候區還有冷氣跟免費咖啡可以喝。
        ★★☆☆☆ 預約了週六上午 10 點，結果等到 11 點半才開始洗，現場說是前一台鍍膜延誤，希望店家的預約系統可以改善一下。
        ★★★★☆ 台中西屯的 Wrap 工作室，改色膜用 3M 2080 消光灰，邊角收得很乾淨，唯一缺點是工期比說好的多了兩天才交車。
        ★★★★★ 在高雄鳳山做了 XPEL 犀牛皮前保桿，報價 NT$18,000，有開統一編號發票，保固卡也是原廠線上登錄，推推。
        ★☆☆☆☆ 自助洗車場的投幣機吃錢不吐幣，打客服專線 0800-056-218 只聽到語音，最後在 Google 地圖留言才有人回覆處理。
        ★★★★☆ 桃園中壢這家「小林汽車美容」是老字號，聽說開了三十年，拋光手藝很好，但門口停車位很少，建議平日下午去比較不用等。
        店家回覆：感謝您的肯定！本店地址 台北市內湖區舊宗路一段 128 號，營業時間 09:00–19:00，週二公休，歡迎再度光臨。
        ★★★☆☆ NT$1,200 的內裝清潔，椅子污漬有清掉，但冷氣出風口還有灰塵，整體普通，Google 地圖上的照片跟實際差不多。
        ★★★★★ 看完《汽車總動員》的閃電麥坤之後小孩一直吵著要紅色車，這間幫我們做了整台 Avery 亮面紅包膜，效果很好。
        ★★☆☆☆ 鍍膜完一週就出現水痕，店家說是因為去了加油站的自動洗車，但施工時完全沒有提醒要避開，店家跟客人的溝通真的有待加強。
        ★★★★☆ 台南永康「洗車小子」價格透明，牌價表直接貼在牆上，一般轎車 NT$350、休旅車 NT$450，不會硬推銷鍍膜。
        店家資訊：晶鑽汽車美容有限公司，統一編號 54823917，客服信箱 service@jingzuan-auto.com.tw，LINE 官方帳號 @jzauto。
        ★★★★★ 洗車廢水回收設備是真的有在用，符合環境部規範，老闆還帶我們去看沉澱池，覺得這種認真做環保的店家值得大家支持。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama masa untuk cucian standard? J: Lebih kurang 30–40 minit untuk kereta sedan, 45–60 minit untuk MPV atau SUV, bergantung kepada giliran.
        S: Perlukah saya buat tempahan? J: Tidak wajib, tetapi pelanggan bertempahan diberi keutamaan. Tempah melalui aplikasi atau WhatsApp perniagaan kami 011-5520 8800.
        S: Boleh bayar guna e-dompet? J: Boleh, kami terima Touch 'n Go eWallet, GrabPay, Boost, DuitNow QR dan kad debit/kredit Visa atau Mastercard.
        S: Adakah bahan cucian selamat untuk salutan seramik? J: Ya, kami guna syampu pH neutral seperti Gyeon Bathe dan CarPro Reset yang sesuai untuk kereta bersalut.
        S: Berapakah harga balutan (wrap) penuh? J: Bermula RM3,800 untuk Perodua Myvi dan Proton Saga, RM5,500 untuk Honda Civic, dan RM7,200 ke atas untuk SUV besar.
        S: Perlukah tukar warna dilaporkan kepada JPJ? J: Ya, pertukaran warna kenderaan perlu dikemas kini di kaunter JPJ atau melalui MyJPJ; kami boleh beri surat pengesahan kerja.
        S: Bagaimana jika kereta saya rosak semasa dicuci? J: Sila laporkan dalam masa 24 jam kepada pengurus cawangan; tuntutan diproses melalui insurans liabiliti awam syarikat.
        S: Adakah kedai dibuka pada hari raya? J: Kami tutup pada hari pertama dan kedua Aidilfitri serta Tahun Baru Cina; cuti umum lain dibuka 9 pagi hingga 5 petang.
        Alamat cawangan Shah Alam: Lot 23, Jalan Kristal 7/71, Seksyen 7, 40000 Shah Alam, Selangor. Talian am: 03-5521 4430. No. Pendaftaran: 202101034455 (1433120-K).
        S: Ada servis cuci di rumah (mobile wash)? J: Ada, untuk kawasan Petaling Jaya dan Subang Jaya sahaja, caj tambahan RM25 dan perlu ada paip air berdekatan.
        S: Apakah maksud 'waterless wash'? J: Kaedah cucian guna semburan pelincir seperti Optimum No Rinse, sesuai untuk parkir kondominium yang tiada sumber air.
        S: Boleh pindah keahlian? J: Keahlian bulanan hanya untuk satu kenderaan berdaftar; pertukaran kenderaan dibenarkan sekali setahun dengan caj pentadbiran RM15.
        S: Kedai buka waktu solat Jumaat? J: Kaunter ditutup sementara 12.45–2.30 petang setiap Jumaat; tempahan dalam talian dibuka semula jam 2.30 petang.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift pls note: Bay 2 pressure washer leaking at the hose joint, jangan guna dulu until technician dari Kärcher datang 2pm. Use Bay 3 for all walk-ins.
        今日 booking full 到 5pm，walk-in 嘅客你哋话 earliest 5:30 得闲，唔好硬塞，上次塞到 ceramic 嗰架 late 咗两个钟，客人好唔开心。
        Stock check: Gyeon Bathe tinggal 2 botol je, microfiber towel kelabu pun habis. Sup tolong order dari supplier before Friday ok, PO no. PO-2025-0611.
        Reminder all: after wash must take 4-angle photo upload to job card in app, kalau tak ada photo nanti customer claim kita tak boleh defend. No photo = no commission.
        JOB-20250614-0088 ceramic coating tengah curing, lampu IR dah on, jangan buka pintu garage sampai 4pm, habuk masuk nanti kena redo 全部。
        老板话下个月开始 Sunday 多开一个 shift 8am–2pm, OT rate 1.5x, 想 take 嘅 reply 👍 before Wed, roster 会 update 在 Google Sheet tab 'Jul-2025'.
        Chemical Guys rep coming 3pm to demo the new Mr. Pink Foaming Soap, 大家 try 下 then give feedback, boss wants to know if switch from Sonax worth it anot.
        Rain forecast whole afternoon lah, MSS issue thunderstorm warning till 6pm. Drying area move inside, and tell customers rain guarantee valid 48h as usual.
        Wrap team: 3M 2080 Satin Dark Grey roll 1.52m x 25m arrived, kept in store room shelf C. Jangan letak dekat tingkap, panas nanti adhesive rosak.
        Cashier pls close POS batch by 8:15pm, semalam settlement late, bank say batch 000217 rejected. NETS + card total must match Z-report, beza lebih $5 report to boss.
        Bay 4 drain blocked again 又係泥沙, someone pls clear the grating before opening tomorrow. Kalau tak settle kena call NEA-licensed contractor, mahal.
        FYI the Tesla from booking BK-77120 is on Sentry Mode, cameras recording all round, so jangan sembang pasal customer dekat kereta tu ok 😂
        Safety briefing Mon 8:30am: gloves & goggles wajib masa guna wheel acid (Koch-Chemie Felgenreiniger), eye wash station at Bay 1, first aid kit in office.
    """),
    ("mixed", "invoices_and_listings"): _lines("""
        TAX INVOICE 税务发票 | No. INV-KJ-2025-004417 | KilatJaya Auto Detailing Sdn. Bhd. | Ceramic Coating 9H x1 RM1,680.00 | SST 8% RM134.40 | Jumlah RM1,814.40
        Shopee listing: [READY STOCK] Snow Foam Lance 1L untuk Karcher K2-K7 泡沫壶 brass fitting, free 1 pcs microfiber, ship dari Puchong 1-2 hari 🚚
        Lazada: Meguiar's Ultimate Quik Detailer 650ml ORIGINAL 正品 with Malaysia distributor sticker, RM59.90, SKU MEG-G201026-MY, 4.9★ (2.3k sold)
        Supplier invoice: Avery Dennison SW900 Gloss Carmine Red 1.52m x 25m, qty 2 rolls @ S$1,120.00, DO no. DO-88213, payment terms 30 days, UEN 200508812M.
        收据 Resit No. R-0098817 | Cuci + Vakum Sedan RM25.00 | Tyre Shine RM5.00 | Paid via DuitNow QR, txn ref 20250614-QR-0047731 | Terima kasih, datang lagi!
        Carousell: Used Rupes LHR15 Mark III polisher, 8/10 condition, comes with 3 pads + original box, S$380 nego, meetup Ubi MRT only, no lowball pls 🙏
        HK 發票 Invoice #HKW-250712-031 | 鍍晶套餐（七人車）HK$6,800 | 內籠蒸汽消毒 HK$780 | 合共 HK$7,580 | 已收 FPS 轉數快 | 閃亮洗車行有限公司 BR 69823104
        統一發票 XW-38210475｜品名：犀牛皮前保桿施工 1式 NT$18,000｜營業稅 5% 內含｜賣方統編 54823917 晶鑽汽車美容有限公司｜二聯式收銀機發票
        TikTok Shop MY: Koch-Chemie Gentle Snow Foam 1L decant 分装 RM29, buy 3 free 1 spray bottle, expiry 03/2027, batch 2411-KC-07, ship within 24h.
        Quotation 报价单 QT-2025-0193 valid 14 days: Full PPF SunTek Ultra for Toyota Alphard 40-series, RM16,500 nett, inclusive 10-year warranty, deposit 30%.
        Product: CarPro DarkSide Tire Dressing 500ml, SGD 34.00 | In stock at Kaki Bukit showroom | Barcode 8809473650218 | Limit 5 per order | 现货
        Credit note CN-2025-0042 issued against INV-2025-1187: RM120.00 refunded for cancelled interior detailing (bay unavailable), proses 3-5 hari bekerja.
        Pesanan bekalan PO-2025-0611 kepada Zhen Hua Chemical Trading (M) Sdn Bhd: 20L APC x 4 tong, 5L Iron Remover x 6, jumlah RM2,148.00, hantar ke cawangan Cheras.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-77431 confirmed for Mr Darren Teo Wei Liang, 14 Jun 10:30am, Bay 2, plate SMB4871K, contact 9137 4622. Customer asks for no tyre shine on his new Michelin tyres.
        Damage claim CLM-2025-0031: Ms Priya Ramasamy (NRIC S8234517E) reports a 12cm scratch on the rear left door of her white Honda Vezel SLK2295C after the tunnel wash on 2 May.
        Roster note: Kelvin is on MC till Thursday, doctor says slipped disc from lifting the wheel cart, so don't schedule him for machine polishing for at least 3 weeks.
        Lady with the black C300 said her husband doesn't know about the wrap, so don't send the invoice to his email, send it to jolene.kwek88@gmail.com instead.
        MBR-00921,Lim Hock Seng,1980-03-17,+65 9822 0416,27 Jurong West St 41 #09-233 S640427,Gold,S$129/mo,card ending 4417,auto_renew=Y
        Uncle Tan from Bay 3 still owes the company S$2,400 from the salary advance last Nov, HR will deduct S$300 from his pay every month starting July.
        FIN G5532810U, Nguyen Van Hoang, detailer, work permit expires 30/09/2025. Please remind him to do the renewal medical check before the deadline.
        Hi, Samantha Chua here, owner of the silver Audi A4 SJH7703T. I was charged twice for the 24M ceramic package, kindly refund S$880 to my DBS account 029-388176-4.
        IMG_4471.jpg shows Mr Rajesh s/o Muniandy's driving licence with his home address Blk 512 Tampines St 52 #06-118 visible, blur it before sending to the insurer.
        Please don't call Mdm Wong's house line after 8pm, she just finished chemo and rests early. Her son will collect the Camry SFA662E on Saturday.
        Valet log 07:52: collected Porsche Macan SBA8C from 61 Namly Avenue (owner Mr Gerald Soh), keys left in the letterbox by his maid, return by 6pm.
        Ex-staff Jason Lee Kok Wai was arrested last week for stealing catalytic converters from customer cars in our car park. Do not rehire.
    """),
    "zh-Hans": _lines("""
        预约单：陈先生，手机 138 2745 9061，车牌 粤B·7K29M，6月15日上午9点到深圳福田店做全车隐形车衣，定金¥2,000已付。
        理赔登记：车主王丽娟，身份证 440304198807152639，称洗车时后视镜被撞裂，要求赔偿原厂镜片费用¥3,600。
        阿明上个月在店里被高压水枪伤到眼睛，现在还在中山眼科中心复诊，老板说医药费由公司先垫付，这个月先让他做收银。
        会员资料更新：林美华 女士，手机 8126 4409，住址 Blk 208 Bishan St 23 #11-45 S570208，新车车牌 SKP3318B。
        黄太今早打来说她和先生正在办离婚，那辆 Alphard 的年卡以后只让她本人使用，不要再让她先生拿会员卡来洗车。
        员工工资表：刘志强 技师 月薪 RM2,850，加班 RM420，EPF 扣除 RM360，工资转入 Maybank 账户 1640 2288 7731。
        客户郑建国先生欠三个月会员费共RM387，多次催缴未果，财务建议转交收账公司处理，他的电话是 012-778 3041。
        微信客服记录：用户“小雨妈妈”说孩子在车里吐了，要上门做内饰深度清洁，地址 上海市闵行区七莘路1588弄12号501室。
    """),
    "zh-Hant": _lines("""
        預約確認：李家豪先生，手提 9463 2815，車牌 RX 2718，7月3日下午2點觀塘店做全車改色（消光黑），已收訂金 HK$3,000。
        損壞索償：何太話佢架 Tesla 洗完之後左邊倒後鏡花咗，要求賠償，佢嘅 HKID K482913(1)，聯絡電話 6172 0388。
        阿輝今個月第三次遲到，佢話屋企老豆中風住咗院要輪流照顧，經理批咗佢放兩星期無薪假。
        會員名單：陳嘉欣｜女｜1992/08/21｜0912-345-678｜台北市大安區和平東路二段 96 巷 7 號 3 樓｜白金會員
        客人張志明身分證 A124830574，車牌 BKR-5071，因為信用卡刷不過，鍍膜費 NT$28,000 先簽本票分三期付。
        林太懷孕六個月，叮囑我哋內籠清潔唔好用有香味嘅清潔劑，佢對化學味好敏感，架車泊喺太古城中心停車場 P2。
        師傅吳國華在店裡被化學品灼傷手臂，職災申請中，請會計先把本月薪水匯到他的台灣銀行帳號 004-51823-6071。
        車主劉建宏（LINE ID: kenny_488_tw）投訴改色膜三個月就起泡，要求全額退款 NT$95,000，否則要上爆料公社。
        澳門客人梁先生，手機 6628 4519，車牌 MU-42-17，要求週日上門洗車到氹仔海洋花園，保安要先登記佢個名。
        CCTV 片段顯示 9 號車位個員工阿強偷咗客人放喺杯架嘅現金，已經報警，報案編號 KTDIST 25001234。
    """),
    "ms": _lines("""
        Tempahan: Encik Mohd Faizal bin Rahman, 013-662 4187, Proton X70 VKN 4412, cuci penuh + vakum, Sabtu 10 pagi, cawangan Shah Alam.
        Tuntutan kerosakan: Puan Nur Aina binti Zakaria (No. KP 880412-10-5526) mendakwa cermin sisi Perodua Bezza WYJ 7720 retak selepas dicuci.
        Pekerja kami Hafiz cuti sakit seminggu sebab denggi, doktor Klinik Kesihatan Kajang kata platelet dia rendah, jadi tolong ganti syif dia.
        Senarai ahli: Tan Boon Keat | 900215-07-5341 | 016-488 2093 | No. 18, Jalan Bukit Beruang 3, Taman Bukit Beruang, 75450 Melaka | Ahli Emas | RM69/bulan
        Kak Ros minta jangan hantar resit ke rumah sebab suami dia tak tahu dia berhutang dengan along RM5,000, hantar ke emel roslinda.k77@yahoo.com je.
        Gaji bulan Jun: Muthu a/l Krishnan, pencuci, RM1,700 + elaun RM150, potongan PERKESO RM8.65, masuk akaun CIMB 7012448831.
        Encik Wong Kah Meng minta kami padam gambar BMW dia PJH 828 dari page Facebook, katanya bekas isteri sedang cari dia untuk kes mahkamah.
        Borang serahan kereta: Nama Aisyah binti Kamarudin, No. KP 951103-14-6628, Tel 019-227 5038, Honda City BMG 3391, ditandatangani 14/06/2025.
        Staf baru Farid umur 17 tahun, mak dia minta gaji dibayar tunai sebab belum ada akaun bank, dan dia ada asma, jangan bagi dia guna bahan kimia kuat.
        Tolong transfer balik RM45 ke DuitNow 017-338 9024, pelanggan tu kena caj dua kali semalam masa bayar cuci kereta.
    """),
    "mixed": _lines("""
        Eh boss, that Ah Seng from Block 4 owe us 3 months membership liao, RM207, call him 012-903 4471 dia tak angkat, 要不要 block his card?
        客人 Mdm Chong 的车 WA 8812 Q front bumper 凹了, she say kena masa wash, but CCTV 显示 already dented when she drove in. Claim ref CLM-2025-0057.
        Roster week 25: Mon–Wed 阿Ken & Faizal (Bay 1-2), Thu–Sat Wei Jie cover, note Wei Jie 要去 IMH follow-up on Fri morning so he starts 1pm.
        WhatsApp from customer: 'Hi this is Melissa Goh, Mini Cooper SMD1207E, can collect after 7pm? Also pls send receipt to mel.goh.sg@hotmail.com tq'
        HR note: 阿芬 pregnant already 5 months, doctor advise dia tak boleh handle chemicals, tukar dia ke cashier counter sampai bersalin ok.
        Insurance form: Insured 林志伟 Lim Chee Wei, IC 850623-08-5513, Honda HR-V PKB 6631, Etiqa policy VPC2025-0098812, paint damage during wrap removal 12/06/2025.
        Tmr 8am valet pickup at No. 7, Jalan Setiabakti 9, Bukit Damansara, owner Mr Ong 说 gate code 4471#, 狗会吠 but friendly, Range Rover VEN 99.
        Cashier report: customer Jeremy 的钱包 left in car, got his NRIC T0312846B and OCBC card inside, keep in safe until he collects, 他的 number 8455 7190.
        Bro Azlan's salary advance RM800 approve dah, but boss cakap jangan bagitahu yang lain, 他在还 PTPTN 和 car loan, tight gila this month.
        阿德哥你上次幫吳小姐貼嘅 wrap, 佢 IG @wu.rouyu.wraps post 咗 photos 連車牌 ARV-2216 都見到, 佢話 ok 但我哋 repost 前要 blur.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Sparkle Bay Auto Spa, 18 Kaki Bukit Crescent, Singapore. Collect name, plate, mobile and preferred slot, then confirm.",
        ),
        (
            "user",
            "Hi, I want to book a snow foam wash + interior for Saturday morning. Name is Marcus Yeo, plate SKQ6621H, mobile 9275 1048.",
        ),
        (
            "assistant",
            "Thanks Marcus! Saturday 10:00am at Bay 2 is available for SKQ6621H, Exterior + Interior (S$28 incl. GST). Shall I confirm and send the SMS reminder to 9275 1048?",
        ),
        ("user", "Yes confirm. Also my wife may drive the car in instead of me, is that ok?"),
        (
            "assistant",
            "Confirmed, booking BK-77502. Anyone can bring the car in; they just need to quote the booking number at the counter.",
        ),
    ],
    [
        ("system", "你係一間香港洗車場嘅客服助手，協助客人提交損壞索償，用廣東話回覆。"),
        (
            "user",
            "我架 Lexus 喺你哋觀塘店洗完，後面保險槓多咗條花痕。我叫黃志恒，HKID Y305178(A)，車牌 LK 3390，電話 9318 2647。",
        ),
        (
            "assistant",
            "黃先生，唔好意思令你有咁嘅經歷。我已經幫你開咗索償單 CLM-2025-0062，會連同你提供嘅車牌 LK 3390 同聯絡電話 9318 2647 轉交分店經理，佢會喺兩個工作天內覆你。",
        ),
        ("user", "要唔要影相？"),
        (
            "assistant",
            "要㗎，麻煩你喺日光下面影三至四張唔同角度嘅相，WhatsApp 去 5408 3311 並註明索償單號 CLM-2025-0062。",
        ),
    ],
    [
        ("system", "Anda pembantu penyusunan jadual syif untuk kedai cuci kereta di Shah Alam."),
        (
            "user",
            "Tolong buat jadual minggu depan. Ada 4 staf: Hafiz, Amirul, Kumar, Siti Hajar. Siti Hajar mengandung 7 bulan jadi dia cashier sahaja, Kumar ada diabetes kena rehat makan tepat 12.30.",
        ),
        (
            "assistant",
            "Baik. Cadangan: Isnin–Rabu Hafiz & Amirul di Bay 1-2, Kumar di Bay 3 (rehat 12.30–1.30), Siti Hajar di kaunter; Khamis–Sabtu Amirul & Kumar di bay, Hafiz bantu polish, Siti Hajar kekal di kaunter.",
        ),
        (
            "user",
            "Ok, tapi Hafiz baru sembuh denggi, jangan bagi dia kerja lebih 6 jam sehari dulu.",
        ),
        (
            "assistant",
            "Noted, syif Hafiz dihadkan 9 pagi–3 petang minggu ini, dan Amirul ambil alih slot petang di Bay 1.",
        ),
    ],
    [
        ("system", "你是马来西亚一家汽车美容店的会员服务助手，用简体中文回答。"),
        (
            "user",
            "帮我回复这位会员：周淑芬女士，会员号 KJ-M-20771，电话 017-552 8830，她投诉金卡每季打蜡三个月都没有给她做，很生气。",
        ),
        (
            "assistant",
            "周女士您好，非常抱歉金卡会员（KJ-M-20771）的季度打蜡服务未能及时安排。我们已为您预留本周六上午10点的时段，并额外赠送一次臭氧除味。如需改期，请回复或致电 03-9132 8806。",
        ),
        ("user", "再加一句会给她的手机 017-552 8830 发确认短信。"),
        (
            "assistant",
            "已补充：确认短信将在今天下午发送至您登记的手机 017-552 8830，如有任何问题欢迎随时联系我们。",
        ),
    ],
    [
        (
            "user",
            "Can summarise this staff chat for boss? 'Ah Boy say the BMW SLM 5520 K owner Mr Koh shout at him, then Mr Koh say he will sue us. Mr Koh wife call 9661 2034 to apologise later.'",
        ),
        (
            "assistant",
            "Summary: A customer, Mr Koh (BMW SLM5520K), shouted at staff member Ah Boy and threatened legal action; his wife later called from 9661 2034 to apologise. Suggest the manager call back and log the incident.",
        ),
        ("user", "ok can 加一句 Ah Boy 想请假两天 because 他被骂到 stress 到失眠."),
        (
            "assistant",
            "Added: Ah Boy has requested 2 days of leave as the incident has left him stressed and unable to sleep; recommend approving and checking in with him.",
        ),
    ],
    [
        (
            "system",
            "你是台灣洗車店的 Google 評論回覆助手。CRM 資料：評論者 陳怡君，手機 0935-218-447，車牌 RAB-3827，上次消費 2025/05/30 鍍膜 NT$15,000。",
        ),
        ("user", "她給了一星說鍍膜兩週就有水痕，幫我寫一則公開回覆，不要太官腔。"),
        (
            "assistant",
            "您好，很抱歉讓您失望了！鍍膜初期如果遇到雨水或自動洗車，確實可能留下水痕，我們願意免費幫您重新處理一次，請私訊我們 LINE 官方帳號 @jzauto 預約，謝謝您的回饋。",
        ),
        ("user", "好，另外私下打給她的話要說什麼？"),
        (
            "assistant",
            "可以撥 0935-218-447，先為施工後沒有提醒保養注意事項道歉，再確認車牌 RAB-3827 方便進場的時間，並說明這次處理完全免費。",
        ),
    ],
    [
        (
            "system",
            "You extract structured data from detailing job cards into CSV: name,phone,plate,service,amount.",
        ),
        (
            "user",
            "Job card: 'Customer Faridah Hassan, 012-441 9087, Myvi VBC 2281, full interior + ozone, RM230, paid TNG.'",
        ),
        ("assistant", "Faridah Hassan,012-441 9087,VBC 2281,full interior + ozone,RM230"),
        (
            "user",
            "Thanks. Next: 'Mr Chandran Pillai, 019-330 6624, Alphard WVR 88, full PPF, RM16,500, deposit 30%.'",
        ),
        ("assistant", "Chandran Pillai,019-330 6624,WVR 88,full PPF,RM16500"),
    ],
    [
        ("system", "Anda membantu pengurus kedai menulis surat tuntutan kepada syarikat insurans."),
        (
            "user",
            "Tulis surat kepada Etiqa untuk pelanggan Encik Zulkifli bin Osman, No. KP 780919-01-6637, Toyota Vios JRX 5512. Cat tertanggal semasa buang wrap lama pada 10/06/2025.",
        ),
        (
            "assistant",
            "Kepada: Etiqa General Takaful Berhad. Perkara: Tuntutan kerosakan cat kenderaan Toyota Vios JRX 5512 milik Encik Zulkifli bin Osman (No. KP 780919-01-6637). Pada 10/06/2025, semasa kerja menanggalkan balutan lama, sebahagian cat bonet telah tertanggal...",
        ),
        (
            "user",
            "Tambah alamat rumah dia untuk surat-menyurat: No. 5, Jalan Mawar 2, Taman Sri Skudai, 81300 Johor Bahru.",
        ),
        (
            "assistant",
            "Ditambah: Alamat surat-menyurat pemilik: No. 5, Jalan Mawar 2, Taman Sri Skudai, 81300 Johor Bahru, Johor.",
        ),
    ],
    [
        (
            "system",
            "你是汽车隐形车衣质保查询助手。数据库记录：质保号 XP-CN-2023-118274，车主 赵文博，身份证 350203198509260718，车牌 闽D·8A3K6，施工日期 2023-07-22。",
        ),
        ("user", "我车衣起泡了，质保号 XP-CN-2023-118274，还在保吗？"),
        (
            "assistant",
            "查询到质保号 XP-CN-2023-118274，车主赵文博，车牌闽D·8A3K6，施工日期2023年7月22日，仍在10年质保期内。请携带身份证原件到原施工门店检测。",
        ),
        ("user", "能不能让我老婆代去？"),
        ("assistant", "可以，请她携带您的身份证复印件和签名授权书，门店会核对身份证号末四位0718。"),
    ],
    [
        (
            "user",
            "Boss ask me draft message to staff pasal potong gaji. Kumar 欠公司 RM1,200 for the damaged Bay 3 lift, he agree potong RM200 sebulan. Tolong tulis sopan sikit.",
        ),
        (
            "assistant",
            "Hi Kumar, as discussed, the RM1,200 for the Bay 3 lift repair will be deducted at RM200 per month from your July salary onwards, over 6 months. Terima kasih atas kerjasama, let me know if you want to adjust.",
        ),
        (
            "user",
            "Tambah: 他的 account Public Bank 4-8812-0573-91 still same right? Confirm with him.",
        ),
        (
            "assistant",
            "Added: Could you also confirm your salary account is still Public Bank 4-8812-0573-91? Please reply by Friday so HR can process payroll.",
        ),
    ],
]
