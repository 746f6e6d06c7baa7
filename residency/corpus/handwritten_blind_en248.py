# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en248: SG/MY poultry farms, slaughterhouses and egg distributors (deliveries, halal slaughter, worker permits, contamination incidents, invoices). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en248
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "delivery_notices"): _lines("""
        Delivery notice: Grade A eggs (60-65g) to all Sheng Siong outlets in the West will arrive about 2 hours late on 14 Mar due to the Tuas checkpoint jam. Hotline 6745 2210.
        Chilled whole chicken DO-2026-03-0412: 1,200 birds, 1.3-1.5kg, dispatched 04:10 from our Jalan Kebun Teh plant in Johor Bahru; reefer set at 0-4°C, ETA Woodlands 06:30.
        Please note our loading bay at 21 Senoko Crescent will be closed on Hari Raya Haji; egg pickups shift to Saturday 7am-11am. Enquiries: logistics@tristarpoultry.com.sg
        Notice to all customers: From 1 April, minimum order for free delivery within Klang Valley is 30 trays (30 eggs/tray). Orders below 30 trays incur a RM25 delivery charge.
        Cold chain advisory: reefer units must log temperature every 5 minutes. Any reading above 4°C for more than 30 min triggers an automatic hold on the batch. Ref SOP-CC-07 rev 3.
        Tracking no. MYX8830021457SG: 45 cartons frozen chicken wings (IQF, 2kg packs) cleared Johor CIQ at 05:52, now en route to the Pasir Panjang cold store.
        Due to the avian influenza control zone declared by DVS Perak, all collections from Manjung district farms are suspended until further notice. Alternate supply from Negeri Sembilan.
        Reminder: drivers entering the Lim Chu Kang farm cluster must pass through the disinfection bay and sign the visitor log at Gate 2. No entry without the boots provided on site.
        Delivery window for stalls at Tampines Round Market: 5:30am-7:00am only. Trolleys must not block the walkway per NEA rules. Call dispatch 6588 1302 for changes.
        Substitution notice: kampung chicken (ayam kampung) is out of stock this week; we will send ayam pencen at the same price unless your outlet opts out via the ordering portal.
        Ah Ma's Kampong Eggs (brand) omega-3 range: deliveries to FairPrice Finest outlets resume Monday. Distributor hotline +65 6268 9120, 6am-6pm daily including Sundays.
        Pallet label format: SKU EGG-L-30T | Lot 260314-B2 | Packed 14/03/2026 | Best before 11/04/2026 | Farm code SG-LCK-07 | Net 30 pcs. Scan before loading.
        Festive rush notice: Chinese New Year pre-orders for whole capons and chicken feet close on 20 Jan. After that, allocation is first-come-first-served by outlet account tier.
    """),
    ("en", "invoices"): _lines("""
        TAX INVOICE INV-SG-2026-00871 | Golden Comb Poultry Pte Ltd (UEN 201834567M) | GST Reg M9-0123456-7 | 500 trays Grade B eggs @ S$5.40 = S$2,700.00 | GST 9% S$243.00
        Invoice No. 2026/JB/0331, Syarikat Ayam Segar Maju Sdn Bhd (Reg. 199801004567 (462315-K)): 800 kg whole chicken @ RM9.20/kg, total RM7,360.00, payment terms 30 days.
        Credit note CN-00412 against INV-SG-2026-00790: 36 cracked trays rejected at receiving, value S$194.40 credited to the outlet account. Ref photo set QA-2026-0311.
        Remit to: Golden Comb Poultry Pte Ltd, DBS Bank corporate account 072-901234-5, SWIFT DBSSSGSG. Please quote the invoice number in the payment reference.
        Statement of account as at 31/03/2026: opening balance RM12,480.00, invoices RM31,220.50, payments RM28,000.00, closing balance RM15,700.50. Overdue >60 days: RM0.00.
        Line items: (1) Dressed chicken 1.2kg x 400 @ S$4.10; (2) Chicken breast boneless 10kg carton x 25 @ S$62.00; (3) Delivery surcharge S$35.00. Subtotal S$3,225.00.
        E-invoice validated by LHDN MyInvois, UUID F9K2-7X4Q-88RT-1M0Z, submitted 2026-04-02 10:14:55+08:00, supplier TIN C20588741090, status Valid.
        Proforma PF-0098: halal slaughter service fee for 5,000 birds at RM0.45/bird, including JAKIM-certified slaughterman and post-mortem inspection, total RM2,250.00.
        Invoice INV-HK-7781 from our Tai Po wholesale arm: 2,000 fresh eggs (大蛋) at HK$1.35 each, delivered to Cheung Sha Wan Wholesale Market. Terms: cash on delivery.
        Debit note DN-2026-015: reefer demurrage at Tanjung Pelepas, 3 days x RM450, total RM1,350.00 chargeable to consignee per clause 8.2 of the supply agreement.
        Please settle INV-SG-2026-00871 via PayNow UEN 201834567M. QR code is printed at the bottom of the invoice. Cheques payable to Golden Comb Poultry Pte Ltd.
        Rebate invoice RB-Q1-2026: volume rebate 2.5% on S$184,300.00 Q1 purchases = S$4,607.50, offset against April invoices. Approved by the finance department.
        Invoice header: Bill To: Restoran Nasi Kandar Pelita (Jalan Ampang branch) | Ship To: Central Kitchen, Lot 12 Kawasan Perindustrian Balakong | PO 44821.
    """),
    ("en", "regulations_faq"): _lines("""
        Q: Do imported chilled chickens need halal certification for Malaysia? A: Yes, they must come from slaughterhouses approved by JAKIM and certified by a recognised foreign halal body.
        Under the Wholesome Meat and Fish Act, meat products imported into Singapore must come from accredited sources and be accompanied by a veterinary health certificate.
        FAQ: How long are eggs safe at room temperature? SFA advises storing eggs in the chiller at 4°C or below and throwing away any eggs with cracked or dirty shells.
        Q: Can our non-Muslim workers help on the halal line? A: The cut must be made by a Muslim slaughterman with a valid certificate; other workers may assist with hanging and evisceration.
        Employers of Work Permit holders must buy medical insurance with at least S$60,000 annual coverage per worker and pay the monthly foreign worker levy via GIRO.
        MS 1500:2019 sets out the general requirements for halal food production, preparation, handling and storage in Malaysia, including segregation of halal and non-halal lines.
        FAQ: What should a farm do if Salmonella Enteritidis is detected in a layer flock? Isolate the house, notify the authority within 24 hours and hold all eggs from that house.
        Q: Is stunning allowed before halal slaughter? A: Only certain stunning methods with controlled parameters are permitted, and the bird must still be alive at the moment of slaughter.
        Regulation 14(2): Every slaughterhouse shall keep records of birds received, condemned and dispatched for not less than two years and make them available for inspection.
        Egg farms in Singapore are licensed by SFA; each licensed layer farm must implement a biosecurity plan and routine Salmonella monitoring of flocks and eggs.
        FAQ: Why is the price of eggs going up? Feed (corn and soybean meal) makes up about 70% of production cost, and the exchange rate affects the price of imported feed.
        Q: Can we print our own Muslim-friendly logo instead of getting halal certified? A: No. Only JAKIM or a state religious authority may issue halal certification in Malaysia.
        Minister of Agriculture and Food Security Mohamad Sabu announced the end of egg subsidies and price controls in Malaysia from 1 August 2024; egg prices now float.
    """),
    ("ms", "notis_sembelihan"): _lines("""
        Notis: Sembelihan ayam akan bermula jam 3.00 pagi setiap hari Isnin hingga Sabtu. Semua penyembelih mesti memakai apron putih dan membawa kad tauliah penyembelih.
        Makluman kepada pelanggan: Rumah sembelih kami di Seksyen 26, Shah Alam ditutup pada 1 dan 2 Syawal. Bekalan ayam segar akan disambung semula pada 3 Syawal.
        Harga ayam standard hari ini: RM9.40 sekilo (Pasar Borong Selayang). Ayam kampung RM18.00 sekilo. Harga boleh berubah mengikut bekalan dari ladang.
        Sijil Pengesahan Halal Malaysia untuk premis ini sah sehingga 30 Jun 2027. No. rujukan sijil JAKIM-SLH-2027-0213. Sila hubungi pejabat untuk mendapatkan salinan.
        Peringatan: Hanya penyembelih Muslim bertauliah dibenarkan menyembelih. Pekerja lain boleh membantu menggantung ayam dan mencabut bulu selepas sembelihan disahkan.
        Soalan lazim: Adakah telur gred C sesuai untuk kedai roti? Ya, telur gred C (55-59.9g) lebih murah dan sesuai untuk adunan kek. Tempahan minimum 50 papan.
        Hotline aduan pelanggan: 03-6091 2288 (Isnin-Jumaat, 8.30 pagi-5.30 petang) atau e-mel aduan@ayamsegarmaju.com.my. Sila nyatakan nombor invois.
        Amaran: Wabak selesema burung dikesan di sebuah ladang di daerah Kuala Langat. Jabatan Perkhidmatan Veterinar telah mengisytiharkan zon kawalan radius 10 km.
        Jadual penghantaran telur: Zon A (Petaling Jaya, Subang) Isnin dan Khamis; Zon B (Cheras, Kajang) Selasa dan Jumaat; Zon C (Klang) Rabu dan Sabtu.
        Kenyataan media: Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, melawat ladang ternakan ayam di Perak untuk meninjau bekalan telur negara.
        Syarat pembelian: Bayaran tunai atau pindahan bank sahaja. Akaun syarikat: Syarikat Ayam Segar Maju Sdn Bhd, Maybank 5141 2233 8890. Resit dihantar melalui WhatsApp.
        Pengumuman: Kursus sembelihan patuh syariah anjuran Jabatan Agama Islam Selangor akan diadakan di dewan kilang pada 18 Mei, jam 9.00 pagi hingga 1.00 petang.
        Log suhu bilik sejuk: 02:00 -1.8°C, 04:00 -2.1°C, 06:00 -1.9°C, 08:00 0.4°C (pintu dibuka untuk muatan). Semua bacaan dalam had yang dibenarkan.
    """),
    ("zh-Hans", "价目表"): _lines("""
        本周批发价目表（新加坡元）：A级鸡蛋每盘30粒5.60元，B级5.20元，C级4.80元；土鸡蛋每盘9.50元；以上价格不含消费税，送货满30盘免运费。
        冰鲜全鸡（1.2至1.4公斤）每只6.80新元，无骨鸡胸肉每公斤8.90新元，鸡翅中每公斤11.50新元，鸡爪每公斤4.20新元，以上价格自3月16日起生效。
        清真屠宰代工收费：每只鸡0.45令吉，含JAKIM认证屠宰师费用及宰后检验；每批最少3000只，不足按3000只计费，冷藏费另计每天每托盘12令吉。
        马来西亚鸡蛋津贴取消后参考价：A级每粒约0.45令吉，B级约0.43令吉，C级约0.41令吉，实际售价由市场决定，请以本公司每日报价单为准。
        老母鸡（淘汰蛋鸡）每只批发价8令吉，适合煲汤；乌鸡每只22令吉；鸭蛋每盘（30粒）28令吉；咸蛋每盒10粒9.50令吉，欢迎各大餐馆订购。
        商品编号：EGG-A-30T 鸡蛋A级30粒装 5.60；EGG-OM3-10 欧米伽3鸡蛋10粒装 4.95；CHK-WH-1300 冰鲜全鸡 6.80；CHK-FT-1KG 鸡爪 4.20（新元）
        节日价目：农历新年期间（1月25日至2月10日）阉鸡每只38新元，白斩鸡专用鸡每只15新元，需提前三天下单，订单热线6745 2210，传真6745 2211。
        批发客户阶梯价：月采购量500盘以下按标准价；500至1999盘九八折；2000盘以上九五折，另享30天账期，详情请联系销售部 sales@goldencomb.com.sg。
        冷冻鸡肉进口报价（CIF新加坡）：巴西鸡翅每吨2850美元，泰国鸡块每吨3100美元，报价有效期7天，按实际装柜当日汇率结算，欢迎批发商询价。
        价格调整通知：由于玉米和豆粕价格持续上涨，本公司鸡蛋出厂价自4月1日起每盘上调0.20新元，冰鲜鸡价格暂时不变，敬请各位客户谅解。
        鸭类价目：北京鸭（2.5公斤）每只18新元，烧腊专用鸭每只16新元，鸭掌每公斤9新元，鸭肾每公斤12新元，欢迎烧腊档口及酒楼批量订购。
        早市零售价（巴刹档口）：鸡腿每公斤9.80新元，鸡翅每公斤10.50新元，鸡蛋每粒0.22新元，土鸡蛋每粒0.35新元，现金或PayNow均可付款。
        运费表：新加坡本岛送货每单15新元，满300新元免运费；裕廊岛及圣淘沙另加20新元；早上6点前送达附加费10新元，公共假期加收50%。
    """),
    ("zh-Hant", "新聞與歷史"): _lines("""
        香港食物安全中心宣布，暫停從馬來西亞霹靂州部分地區進口禽肉及禽類產品，以保障公眾健康，措施即時生效，直至另行通知，業界需留意最新公告。
        1997年香港爆發H5N1禽流感，是全球首次記錄到該病毒感染人類，時任衛生署署長陳馮富珍在疫情期間多次公開講話，政府其後撲殺全港約一百三十萬隻家禽。
        台灣農業部表示，今年首季雞蛋價格穩定，蛋雞在養隻數維持正常水準，並呼籲民眾選購有產銷履歷標章的雞蛋，以確保來源可追溯，並保障消費者權益。
        2022年6月馬來西亞限制活雞出口後，新加坡部分雞飯檔口暫停營業，時任永續發展與環境部長傅海燕表示將繼續推動進口來源多元化。
        澳門市政署今日公佈，本澳市場供應的冰鮮雞全部來自持牌屠宰場，並附有衛生證明書，市民可放心選購，亦可致電市政署熱線查詢有關資訊。
        據報導，馬來西亞首相安華表示，政府將研究支持本地蛋雞農戶改善雞舍設施，以提高生產效率，並減少對進口飼料的依賴，有關細節將於下月公佈。
        海南雞飯源自海南文昌雞，早年由海南移民帶到南洋，今日已成為新加坡代表性美食之一，麥士威熟食中心的天天海南雞飯更曾獲已故名廚 Anthony Bourdain 讚賞。
        香港漁農自然護理署今日在元朗一個雞場的環境樣本中驗出H5禽流感病毒，當局已撲殺場內約兩萬隻雞，並暫停本地活雞供應二十一日。
        林厝港一帶昔日為港主制度下的甘蜜與胡椒種植區，如今已成為新加坡主要的蛋雞場及農業科技園聚集地，每逢週末亦吸引不少家庭參觀農場。
        作家林語堂曾在散文中談及飲食之樂；其晚年居所位於台北陽明山，現為林語堂故居紀念館，館內餐廳亦供應家常雞湯，開放予公眾參觀。
        據報導，立法會議員在會議上質詢食物環境衞生署有關冰鮮雞標籤的問題，署方回應將加強巡查各街市及超級市場，並檢討現行規例及罰則。
        金庸小說《射鵰英雄傳》中，洪七公最愛吃黃蓉所做的叫化雞；今日杭州不少餐廳仍以「叫化雞」為招牌菜，吸引大批海內外遊客慕名而來。
        新加坡食品局（SFA）公佈，本地生產的雞蛋約佔總消耗量的三成，當局目標是在2030年前進一步提高本地農場的生產能力及抗風險能力。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, lorry from JB stuck at Causeway again lah, ETA maybe 7.30. Outlets pls inform customers ayam sampai lambat sikit today.
        QA team: batch 260318-C swab result for Salmonella negative, can release already. Please move pallets from quarantine chiller to dispatch bay, thanks ya.
        Boss say tomorrow CNY eve order very heavy, all packers OT until 10pm, makan malam provided. Anyone on MC pls inform supervisor before 5pm today.
        Reminder semua: sebelum masuk kandang, tukar kasut and dip kaki dalam foot bath. Auditor from SFA coming Thursday 9am, jangan sampai kena NC again.
        Egg grading machine line 2 rosak again, technician from Moba service centre coming after lunch. Meanwhile pakai line 1 only, slow sikit, bear with it.
        今天鸡爪订单多了200公斤，cold room 2 还有stock吗？if not enough need to call supplier before 3pm, otherwise tomorrow cannot deliver ah.
        Halal cert renewal docs already submit to JAKIM portal, reference MYeHALAL 2026-04581. Waiting for site audit date, will update group once confirmed.
        Driver team: new route for Bukit Batok West outlets start Monday, follow the Google Maps link in pinned message. Fuel card limit increased to S$250/week.
        Anyone see the weighing scale calibration cert? Inspector ask for it just now. Should be in the blue file at office, rak kedua from left.
        冷库温度 alarm 又响了，-12°C only，compressor maybe got problem. Already call Daikin service hotline, they say 2 hours reach.
        Feed delivery from the mill delayed 1 day, layer mash cukup until Wednesday only. Pls don't overfeed house 5 and 6, follow the feeding chart on the wall.
        Payment from FairPrice for March invoices already masuk bank, total S$48,230.50. Finance pls reconcile by Friday and send SOA to the remaining 3 outlets.
        Pics of cracked eggs from customer complaint already upload to shared drive folder QA/Complaints/2026-03. Pls check packing line 3, maybe belt too fast.
    """),
    ("en", "log_lines"): _lines("""
        2026-03-18T04:12:07+08:00 INFO slaughter_line.counter line=L1 shift=A birds_in=4820 birds_out=4795 condemned=25 rate_per_hr=2410
        2026-03-18T04:15:33+08:00 WARN coldroom.sensor id=CR2-T03 temp_c=-11.8 setpoint=-18.0 delta=6.2 action=alert_sent channel=ops-whatsapp
        [erp-sync] 2026-03-18 06:00:01 pushed 142 invoices to MyInvois sandbox, 140 valid, 2 rejected (code CF321 invalid TIN format), retry scheduled 06:30
        grading_machine: {model: 'Moba Omnia FT', line: 2, grades: {AA: '>=70g', A: '65-69.9g', B: '60-64.9g'}, reject_cracks: true, speed_eph: 120000}
        DB_HOST=db.internal.goldencomb.local DB_PORT=5432 DB_NAME=poultry_erp DB_USER=app_readonly LOG_LEVEL=info TZ=Asia/Singapore
        SELECT lot_no, farm_code, SUM(trays) FROM egg_dispatch WHERE dispatch_date = '2026-03-18' AND farm_code LIKE 'SG-LCK-%' GROUP BY lot_no, farm_code;
        2026-03-18 07:41:22 ERROR label_printer LP-03 ribbon_out job=PAL-260318-0077 sku=CHK-WH-1300 qty=48 retry=3 status=failed
        git commit 4f9a2c1e: fix halal_cert expiry check to use Asia/Kuala_Lumpur timezone; bump version 2.14.3 -> 2.14.4
        webhook POST /api/v1/deliveries/DO-2026-03-0412/status {status: delivered, outlet_code: FP-TPN-021, pod_photo: pod_0412.jpg, signed_by_role: receiving_clerk}
        sha256(batch_260318_C_swab.pdf) = 9b74c9897bac770ffc029102a200c5de3f1b2a8e7d1f6c4b5a3e2d1c0b9a8f7e uploaded to s3://qa-records/2026/03/
        cron: 0 2 * * * /opt/erp/bin/export_sfa_report --month prev --format csv --out /data/reports/sfa_monthly.csv >> /var/log/sfa_export.log 2>&1
        2026-03-18 09:02:10 INFO avian_flu_zone_check farm=MY-PRK-112 zone=DVS-CZ-2026-07 status=inside_control_zone shipment_blocked=true
        csv header: do_no,dispatch_ts,farm_code,lot_no,sku,qty_trays,temp_at_load_c,vehicle_id,route_code,outlet_code,pod_status
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        WP renewal list: Md. Rakibul Hasan, FIN G7712345N, WP expiry 14/08/2026, deboning line, levy S$450/month, medical check due before 30/06.
        Please call Mdm Tan Siew Lian at 9123 4471 about the 12 trays of eggs she ordered for her daughter's wedding; deliver to Blk 412 Bedok North Ave 2 #05-118 on Saturday.
        Incident report: slaughterman Azlan Hakimi bin Yusof cut his left hand on the kill line at 03:40, 6 stitches at Hospital Sultanah Aminah, MC 5 days.
        Chong Wei Ming from the packing line has been on hepatitis B treatment since January; HR please keep him off the raw egg grading station per the doctor's memo.
        Outstanding: Lee Kah Hoe (owner of the Kah Hoe chicken rice stall) owes RM8,420 for Feb-Mar deliveries, his cheque bounced twice, sending lawyer's letter next week.
        Driver on duty: Suresh a/l Muniandy, IC 790415-08-6133, lorry JQT 4821, route Johor Bahru to Woodlands, left depot 03:55.
        Ah Keong the night watchman got arrested by police last week for drink driving, so pls find a replacement for the Tuesday and Friday night shifts.
        Complainant e-mail: nurul.aina.ramli88@gmail.com, says her son got food poisoning after eating our eggs and was admitted to KPJ Johor for 2 nights.
        Bank details for salary: Nguyen Van Thanh, POSB savings 188-45231-7, monthly basic S$1,150 + OT; Vietnamese passport C4821097.
        Payslip Mar 2026, Kumar Rajendran, EMP0231: basic RM2,300, OT RM612, EPF deduction RM321, SOCSO RM14.75, net pay RM2,576.25.
        The supervisor's wife Jenny is pregnant with twins and due in July, so he asked for two weeks paternity leave plus unpaid leave after that.
        Call this number if the reefer alarm goes off after midnight, it's the farm manager's personal handphone: +65 9876 5521 (do not share with customers).
        2026-03-11,EMP0417,Lim Boon Kiat,S8734562G,Egg Grader,Lim Chu Kang Farm,96152230,absent,MC - dengue fever
        Customer complaint form. Name: Mrs Fiona Goh; Address: 27 Jalan Kembangan, Singapore 419127; Contact: fiona.goh.home@outlook.com; Issue: blood spots in 4 eggs, refund S$11.20.
        HR note: Encik Faizal says he cannot pay back the S$3,000 salary advance this month because of his divorce proceedings and lawyer fees; deduct S$250 monthly instead.
        Vet's memo: farm hand Myo Min Thu tested positive for latent TB in pre-employment screening, pending X-ray at Tan Tock Seng Hospital; not to work in the hatchery.
    """),
    "zh-Hans": _lines("""
        陈先生（手机 138 2756 4419）订了200只冰鲜鸡，要求明早六点前送到他家：广州市白云区同和街道蟾蜍石东路18号3栋502。
        员工登记表：姓名 王建军，身份证号 441302198507236617，籍贯 广东惠州，岗位 屠宰线二号位，紧急联系人 妻子 刘芳 139 2634 8871。
        阿明上个月在冷库滑倒，腰椎受伤，现在还在吃止痛药，老板说工伤赔偿要等保险公司批下来。
        林太打电话来投诉，说她孙子吃了我们的鸡蛋后上吐下泻，要求赔偿医药费580令吉，她家住新山士姑来花园12路8号。
        收款账户：黄丽珍，马来亚银行 Maybank 1621 8844 2093，转账备注写“三月蛋款”，谢谢。
        张伟华欠我们鸡蛋款两万三千令吉，已经拖了四个月，听说他赌博输了很多钱，准备报警处理。
        车牌 WXY 7733 的司机郭志强今早在加影收费站被交警扣查，原因是驾照过期，货车上还有800盘鸡蛋。
        宰杀工人吴国栋体检报告显示乙肝表面抗原阳性，肝功能异常，医生建议暂停接触生肉工作三个月。
        微信号 liu_poultry_88 的刘老板说，他离婚后把养鸡场过户给前妻，以后发票抬头要改成她的名字。
    """),
    "zh-Hant": _lines("""
        黃生（電話 9183 6620）訂咗五十隻光雞，送去元朗大棠路82號村屋，HKID R582134(6)，貨到付款。
        員工資料：李美玲，身分證 F224681357，住址 台中市北屯區崇德路三段216號5樓，任職蛋品分級員，月薪新台幣32,000元。
        陳太話佢老公上個月喺屠房中風入院，而家仲喺伊利沙伯醫院，想預支兩個月人工交醫藥費。
        澳門客戶何志偉，澳門居民身份證 1234567(8)，地址氹仔成都街金利達花園第3座12樓B，每週訂購鴨蛋二十盤。
        蛋行老闆娘說，阿強欠了她三個月租金共港幣四萬五，最近好像跟太太在鬧離婚，電話 6274 1903 都不接。
        屠宰場巡查紀錄：工人蔡文雄於凌晨三時被發現醉酒上班，已記大過一次，其妻子聯絡電話 0912 345 678。
        轉帳資料：戶名 鄭淑芬，中國信託銀行 帳號 8220-5413-6678，用途：雞蛋貨款及運費，請核對後回覆。
    """),
    "ms": _lines("""
        Pekerja baru: Muhammad Hafiz bin Roslan, No. KP 950218-14-5567, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, bertugas di barisan sembelihan.
        Kak Ros dari bahagian pembungkusan minta cuti tanpa gaji sebab suaminya kena kanser paru-paru tahap 3, perlu jaga dia di hospital.
        Sila hubungi Encik Zulkifli di talian 012-738 4410 untuk kutipan bayaran tertunggak RM4,560 bagi penghantaran telur bulan Februari.
        Aduan: Puan Noraini binti Abdullah dari Kota Bharu mendakwa ayam yang dibelinya berbau, minta ganti rugi. E-mel: noraini.abdullah72@yahoo.com.
        Gaji bulan Mac untuk Rosli bin Hamzah (penyembelih) dikreditkan ke akaun CIMB 7012 3345 6621. Jumlah RM2,850 termasuk elaun syif malam.
        Pemandu lori Ah Chai ditangkap polis di sekatan jalan raya Bukit Kayu Hitam kerana membawa pekerja asing tanpa permit, kes masih di bawah siasatan.
        Permit kerja pekerja asing: Ram Bahadur Gurung, pasport Nepal 10482735, PLKS tamat 22/09/2026, majikan Syarikat Ayam Segar Maju Sdn Bhd.
        Laporan kesihatan: Siti Aminah binti Harun, pekerja bahagian penetasan, disahkan hamil 5 bulan, tidak dibenarkan mengangkat dulang telur melebihi 10kg.
        No. plat kenderaan penghantar: BMK 5216, pemilik Tan Ah Kow, nombor telefon 019-442 8175, sila semak sebelum benarkan masuk kawasan ladang.
        Tuan punya ladang, Haji Ismail, masih berhutang RM12,000 dengan pembekal makanan ayam sejak tahun lepas dan anak lelakinya baru keluar penjara.
    """),
    "mixed": _lines("""
        Eh bro, Ah Seng's handphone number is 016-552 9013, he say tomorrow can deliver 300 papan telur to your kedai, cash only ya.
        Boss, Uncle Lim's son call me, say his father masuk ICU last night sebab heart attack, so the farm tak dapat supply ayam this week.
        姓名 Name: Muthu a/l Krishnan | NRIC S7812345C | 地址 Blk 225 Jurong East St 21 #08-312 | 职位 deboner | 月薪 S$2,100
        Makcik Salmah yang jual nasi lemak tu dah dua bulan tak bayar invoice, total RM1,870, dia kata anak dia sakit leukemia, kesian but boss want to stop supply.
        HR group: Ravi's work permit got cancelled by MOM because he failed the medical, X-ray show shadow in lung, need to send him home by 30 April.
        老王 whatsapp me just now, his plate is VCK 8812, tomorrow 5am he collect 50 cartons ayam from our loading bay, pls prepare invoice under his name Wong Kok Leong.
        Customer Mdm Rohani's home address: No. 8, Lorong Seri Kenari 3, Taman Seri Kenari, 81300 Skudai. Hantar 10 ekor ayam kampung every Friday, dia bayar via DuitNow 012-883 6104.
        EMP0552,Nur Syafiqah binti Azman,011120-10-1234,F,packing,RM1700,Maybank 1142 7788 3310,diabetes type 1
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an HR assistant for Golden Comb Poultry Pte Ltd, a layer farm in Lim Chu Kang. Keep answers short and formal.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to our worker Md. Shahidul Islam (FIN G8123456R, HP 8765 2290). His Work Permit expires 03/07/2026 and he must do the medical exam first.",
        ),
        (
            "assistant",
            "Hi Shahidul, this is HR from Golden Comb Poultry. Your Work Permit (FIN G8123456R) expires on 03/07/2026. Please complete your medical examination at an approved clinic by 15/06/2026 and hand the report to the office so we can submit the renewal. Thank you.",
        ),
        ("user", "Add that the company pays for the medical and he can take half day off."),
        (
            "assistant",
            "Hi Shahidul, this is HR from Golden Comb Poultry. Your Work Permit (FIN G8123456R) expires on 03/07/2026. Please complete your medical examination by 15/06/2026; the company will pay the fee and you may take a half day off for it. Please hand the report to the office. Thank you.",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat tuntutan hutang kepada Encik Kamarul bin Said, Kedai Runcit Kamarul, No. 14 Jalan Pasar, 35000 Tapah. Dia berhutang RM6,300 untuk bekalan telur Januari hingga Mac.",
        ),
        (
            "assistant",
            "Tuan, dengan hormatnya perkara di atas dirujuk. Rekod kami menunjukkan baki tertunggak sebanyak RM6,300 bagi bekalan telur dari Januari hingga Mac. Mohon Encik Kamarul bin Said menjelaskan jumlah ini dalam tempoh 14 hari dari tarikh surat ini. Sekian, terima kasih.",
        ),
        ("user", "Boleh tambah yang kami akan hentikan bekalan kalau tak bayar?"),
        (
            "assistant",
            "Baik. Saya tambah perenggan: Sekiranya bayaran tidak diterima dalam tempoh tersebut, pihak kami terpaksa menghentikan bekalan telur ke Kedai Runcit Kamarul dan mengambil tindakan undang-undang tanpa notis lanjut.",
        ),
    ],
    [
        ("system", "你是新加坡一家鸡蛋批发商的客服助理，用简体中文回答。"),
        (
            "user",
            "帮我写一封道歉信给投诉的顾客黄秀英女士，她住在宏茂桥3道 Blk 521 #07-44，电话 9634 1187，她说买到的鸡蛋有三粒是臭的。",
        ),
        (
            "assistant",
            "尊敬的黄秀英女士：您好！对于您购买的鸡蛋中有三粒变质，我们深表歉意。我们将于明天下午送一盘新鲜鸡蛋到您府上（宏茂桥3道 Blk 521 #07-44），并全额退还该盘货款。如有任何问题，请随时联系我们。",
        ),
        ("user", "不要写她的地址在信里，改一下。"),
        (
            "assistant",
            "好的，修改如下：尊敬的黄秀英女士：您好！对于您购买的鸡蛋中有三粒变质，我们深表歉意。我们将安排送上一盘新鲜鸡蛋，并全额退还该盘货款。送货前我们的同事会先致电与您确认时间。",
        ),
    ],
    [
        (
            "user",
            "幫我整理呢張送貨單：客戶梁家輝先生，電話 6218 4473，地址 荃灣青山公路388號 2樓A室，要四十隻冰鮮雞同十盤雞蛋，星期五上午送。",
        ),
        (
            "assistant",
            "送貨單｜客戶：梁家輝先生｜電話：6218 4473｜地址：荃灣青山公路388號 2樓A室｜貨品：冰鮮雞 40隻；雞蛋 10盤｜送貨時間：星期五上午",
        ),
        ("user", "再加一項：佢話要開發票去佢公司，唔該用繁體中文。"),
        (
            "assistant",
            "已加上備註：發票需以公司名義開立，請梁家輝先生提供公司名稱及地址，以便我們出單。",
        ),
    ],
    [
        (
            "user",
            "Help me calculate OT for Rajesh s/o Ganesan, EMP0188. His basic is S$1,800, he worked 42 hours OT in March, OT rate 1.5x, 44 hours per week.",
        ),
        (
            "assistant",
            "Hourly basic rate = (12 x S$1,800) / (52 x 44) = S$9.44. OT rate = S$9.44 x 1.5 = S$14.16. OT pay for 42 hours = S$594.72. So Rajesh's March OT is about S$594.72.",
        ),
        (
            "user",
            "Ok thanks. Also he ask for salary advance S$500 because his mother sakit kat India, can deduct over 2 months?",
        ),
        (
            "assistant",
            "Yes, you can record a S$500 advance and deduct S$250 in April and S$250 in May, with Rajesh's written consent. Keep the reason (family medical emergency) confidential and only in his HR file.",
        ),
    ],
    [
        (
            "system",
            "Internal QA assistant. Incident record: INC-2026-031, Salmonella positive swab, house 4, farm manager Teo Chee Keong, mobile 9012 7736, informed SFA at 14:20 on 17/03/2026.",
        ),
        ("user", "Summarise this incident in three bullet points for the board."),
        (
            "assistant",
            "1) Salmonella was detected in a routine swab from house 4 (INC-2026-031). 2) Farm manager Teo Chee Keong notified SFA at 14:20 on 17/03/2026 and eggs from house 4 were put on hold. 3) Cleaning, re-testing and a traceback of dispatched lots are in progress.",
        ),
        ("user", "Remove his phone number everywhere before I send it out."),
        (
            "assistant",
            "Done, the summary above does not contain the phone number. I will leave it out of any further versions as well.",
        ),
    ],
    [
        (
            "user",
            "Our new slaughterman Mohd Firdaus bin Kamaruddin, MyKad 980611-01-5873, has his JAKIM slaughter course certificate but it expires next month. What do we need to renew it?",
        ),
        (
            "assistant",
            "Generally he will need to attend a refresher course run by the state Islamic religious department or an approved trainer, bring his MyKad and the old certificate, and pass the practical assessment. Check the exact requirements with the Johor Islamic Religious Department before booking.",
        ),
        ("user", "Can he keep slaughtering while waiting?"),
        (
            "assistant",
            "Only while his current certificate is still valid. Once it lapses he should not perform the slaughter until the renewed certificate is issued, otherwise the premise risks an audit finding.",
        ),
    ],
    [
        (
            "user",
            "Tolong susun data ni jadi jadual: Pemandu Ahmad Nizam, lori BJK 6612, telefon 013-664 2019, laluan Seremban; Pemandu Lee Chun Hock, lori NAA 3390, telefon 017-228 5530, laluan Melaka.",
        ),
        (
            "assistant",
            "Pemandu | No. lori | Telefon | Laluan; Ahmad Nizam | BJK 6612 | 013-664 2019 | Seremban; Lee Chun Hock | NAA 3390 | 017-228 5530 | Melaka",
        ),
        ("user", "Terima kasih. Tambah lajur masa bertolak, kedua-dua 4.30 pagi."),
        (
            "assistant",
            "Pemandu | No. lori | Telefon | Laluan | Masa bertolak; Ahmad Nizam | BJK 6612 | 013-664 2019 | Seremban | 4.30 pagi; Lee Chun Hock | NAA 3390 | 017-228 5530 | Melaka | 4.30 pagi",
        ),
    ],
    [
        ("system", "你是一家马来西亚养鸡场的行政助理。"),
        (
            "user",
            "我们的屠宰工张师傅（张福来，身份证 720908-07-5521）最近咳嗽很久，医生说是肺结核，我要怎么跟其他员工说？",
        ),
        (
            "assistant",
            "建议不要公开张福来师傅的姓名和病情。可以通知员工：有一名同事确诊需要接受治疗，卫生部门会安排密切接触者进行筛查，请大家配合。同时请张师傅按医生指示请病假并完成治疗。",
        ),
        ("user", "他请病假的工资怎么算？"),
        (
            "assistant",
            "按照马来西亚《1955年雇佣法》，员工持有医生证明可享有带薪病假；住院病假另有天数。具体天数取决于他的服务年资，请人事部按他的合同核算。",
        ),
    ],
    [
        (
            "user",
            "Translate this customer WhatsApp to English: Saya Puan Halimah, rumah saya No. 5 Jalan Teratai 2, Taman Desa Jaya, 81100 Johor Bahru. Telur semalam banyak pecah, tolong ganti 2 papan. No telefon saya 012-905 3318.",
        ),
        (
            "assistant",
            "I am Mrs Halimah, my house is at No. 5 Jalan Teratai 2, Taman Desa Jaya, 81100 Johor Bahru. Many of the eggs yesterday were broken, please replace 2 trays. My phone number is 012-905 3318.",
        ),
        ("user", "Now reply to her in Malay saying we will send replacement tomorrow morning."),
        (
            "assistant",
            "Terima kasih Puan Halimah atas makluman. Kami memohon maaf atas telur yang pecah. Kami akan menghantar 2 papan telur gantian ke rumah puan esok pagi sebelum jam 10.",
        ),
    ],
]
