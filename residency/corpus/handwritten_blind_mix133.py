# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix133: vending machine and self-service kiosk operators in SG/MY/HK/TW (machine faults, refunds, route drivers, site leases, supplier chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix133
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "machine_fault_log"): _lines("""
        2026-11-03T07:42:15+08:00 VM-SG-0417 [ERR] coin_mech E21 jam detected, acceptor disabled, cashless-only mode on; site=Tampines Hub L1 lift lobby
        2026-11-03 09:15:02 KIOSK-MY-KL-022 WARN printer paper low (12%), thermal head 58C, next service window 14:00-16:00 MYT
        [fw 3.8.2-rc1] spiral motor B4 overcurrent 1.9A > limit 1.5A, slot locked; ticket FLT-20261103-0088 raised to route team SG-E1
        2026-11-04 02:00:00 cron nightly_settlement ok: 1,284 txns, SGD 3,412.60 via NETS, SGD 1,907.20 via PayNow QR, 0 reversals
        VM-HK-MK-009 compressor runtime 22h/24h, cabinet 11.4C vs setpoint 4C, door seal suspected; sold-out flag set on dairy rows A1-A6
        ERROR 2026-11-05 13:27:44 refund_api POST /v2/refunds order=ORD-88213047 amount=2.50 currency=SGD status=502 upstream=adyen retry=3
        Octopus reader R/W timeout x14 in 10 min on unit HK-TST-031 (Harbour City B2), swapped reader SN OCT-RW-5521903, error cleared 16:08
        2026-11-06 TW-TPE-115 e-invoice upload batch 20261106-03 delayed 47 min, MOF e-invoice platform returned code 9001, auto-retry succeeded
        telemetry gap: 6 units on route SG-W3 offline 03:10-03:55 SGT, root cause Singtel 4G cell maintenance near Jurong East, no sales lost
        VM-MY-PG-004 bill validator rejected 37 RM50 notes (2012 series, outdated note table), update pushed v2.14.0, rejection rate now 1.2%
        [INFO] door_open event unit SG-0417 07:58:03 by service key K-12, duration 00:06:41, restock count 84 items, temp recovery 11 min
        kiosk KSK-SG-CHANGI-T3-07 touchscreen calibration drift, 3 mis-taps per 100 sessions, recalibrated, Elo touch driver 7.2.1 reinstalled
        2026-11-07 cashbox audit VM-SG-0233 expected SGD 418.40 counted SGD 417.40 variance -1.00, flagged for second count, seal no. CB-774120
    """),
    ("zh-Hant", "退款須知"): _lines("""
        【退款須知】如售賣機已扣款但未出貨，請保留八達通交易紀錄，並致電客戶服務熱線 2156 8830（星期一至六 09:00-18:00）申請退款，我們會盡快跟進。
        退款將於核實後7個工作天內退回原付款工具；以現金付款者，請掃描機身二維碼登記，款項會以轉數快退回，本公司不收取任何手續費。
        如閣下使用 AlipayHK 或 WeChat Pay HK 付款，退款會自動原路退回，一般需時 1 至 3 個工作天，毋須另行申請，亦毋須致電客服。
        台灣地區顧客請撥打免付費專線 0800-066-258，或來信 service@kuaitong-vending.com.tw，並提供機台編號（貼於投幣口右側，例如 TPE-115）。
        注意：每宗退款申請須於交易日起計30日內提出，逾期恕不受理；機台顯示「已售完」時投入之硬幣將自動退回找續口，請勿再次投幣。
        本公司保留最終決定權。快通自動販賣股份有限公司 統一編號 53812046，地址：台北市內湖區瑞光路513巷22號5樓，營業時間週一至週五。
        八達通扣咗錢但飲品卡喺出貨位？請唔好拍打機身，用手機掃描右上角 QR Code 報障，技術員會喺4小時內到場處理，多謝合作。
        香港辦事處：九龍觀塘鴻圖道 57 號南洋廣場 12 樓 1203 室，辦公時間星期一至五 09:30-18:00，星期六、日及公眾假期休息。
        退款紀錄查詢：輸入訂單編號（格式 HKV-2026-XXXXXXX）及交易日期，即可於網頁 refund.hkvend.hk 查看處理進度，毋須登記帳戶。
        悠遊卡、一卡通感應扣款失敗而重複扣款者，系統將於次一營業日自動沖正，毋須致電客服，如三個營業日後仍未退回再請來電，謝謝您的耐心。
        依《消費者保護法》相關規定，自動販賣機所售商品如有瑕疵或已逾保存期限，消費者得請求退換貨，請保留發票或交易明細作為憑證。
        澳門地區機台（氹仔、路環）暫只接受澳門通及 MPay，退款請致電 2882 1166 或親臨新馬路辦事處查詢，辦公時間為上午十時至下午六時。
        常見退款原因統計（2026年第三季）：出貨卡貨 41%、重複扣款 27%、找續不足 18%、商品過期 9%、其他 5%，詳情請參閱年度服務報告。
    """),
    ("ms", "notis_pelanggan"): _lines("""
        NOTIS: Mesin layan diri ini sedang diselenggara. Sila gunakan mesin di Aras G berhampiran pintu masuk utama. Harap maaf atas kesulitan.
        Jika wang telah ditolak tetapi barang tidak keluar, sila imbas kod QR di sisi mesin atau hubungi talian bebas tol 1-800-88-6273.
        Bayaran balik akan dikreditkan dalam masa 5 hari bekerja melalui DuitNow atau Touch 'n Go eWallet yang digunakan semasa pembelian.
        Mesin ini dikendalikan oleh Segar Mesin Sdn. Bhd. (No. Syarikat 201801023456 / 1284567-K), Lot 12, Jalan Perusahaan 3, Bukit Beruntung, Selangor.
        Semua harga sudah termasuk cukai jualan. Mesin hanya menerima syiling 20 sen dan 50 sen serta wang kertas RM1, RM5 dan RM10.
        Semua produk dalam mesin ini mempunyai logo Halal JAKIM. Sila semak tarikh luput pada pembungkusan sebelum dimakan atau diminum.
        Waktu operasi kiosk tiket: 6.00 pagi hingga 12.00 tengah malam setiap hari, termasuk cuti umum. Aduan boleh dihantar ke aduan@segarmesin.com.my.
        Dilarang menggoncang atau menyendengkan mesin. Mesin seberat lebih 300kg dan boleh menyebabkan kecederaan serius jika terbalik.
        Promosi Merdeka: Beli 2 tin Milo sejuk, percuma 1 paket Mamee Monster. Sah sehingga 31 Ogos 2026 atau selagi stok masih ada.
        Kiosk bayaran bil ini menerima pembayaran TNB, Air Selangor dan Unifi. Resit akan dicetak; simpan resit sebagai bukti pembayaran.
        Untuk pertanyaan penyewaan lokasi mesin di premis anda, WhatsApp pasukan jualan Segar Mesin di +60 12-380 4455 (waktu pejabat sahaja).
        Gangguan sistem pada 14/11/2026 dari 2.00 pagi hingga 4.00 pagi kerana naik taraf perisian. Pembayaran tanpa tunai tidak dapat dibuat.
        Mesin ini dilengkapi kamera litar tertutup (CCTV) bagi mencegah vandalisme. Rakaman disimpan selama 30 hari mengikut Akta PDP 2010.
    """),
    ("zh-Hans", "供应商群聊"): _lines("""
        【采购部】通知：下周一起 Pokka 绿茶 500ml 进货价调为每箱 S$19.80（24瓶），各仓库请按新价核对送货单 DO 号，有出入马上在群里报。
        供应商回复：Yeo's 菊花茶本周缺货，预计 11月20日补货，西区路线的机器先用 F&N 沙士替代，货道价签记得一起换掉，别让顾客投诉。
        @仓库 明早 6 点装车，SG-W3 路线 14 台机，总共 62 箱饮料加 18 箱零食，装车单号 LD-20261118-W3，司机到了先在系统签到。
        马来西亚那边的供应商报价出来了：老干妈辣酱小包装不适合放售卖机，建议改上 Mamee 和 Julie's 的独立包装饼干，毛利也高一点。
        收到 Coca-Cola 新加坡寄来的促销物料了，冰箱贴 200 张、货道价签 500 张，下周随货一起发到各个站点，请站点负责组签收。
        发票号 INV-SG-2026-004521 金额 S$3,486.20 已对账无误，付款条件 30 天，财务那边说月底统一走 GIRO 转账，供应商不用再催了。
        提醒：王老吉凉茶罐装保质期只剩 45 天的那一批（批号 WLJ-2605A），优先放在客流大的点位，比如巴士转换站和地铁站出口。
        雀巢那边的业务代表说 Milo 罐装明年一月起涨价 6%，群里讨论一下要不要提前囤两个月的量，仓库容量够不够？周五前给个结论。
        今天新山供应商的货车在关卡堵了三个小时，兀兰路线下午的补货推迟到 4 点以后，已经在系统里改了 ETA，站点那边我来通知。
        采购单 PO-MY-88214 已确认：统一冰红茶 300 箱、阿华田即饮 120 箱，交货地点为巴生港仓库 Jalan Kem 卸货区 B，周三上午到。
        有没有人知道 Pocari Sweat 新包装的 SKU 是多少？系统里还是旧的条码 4987035331517，补货员扫码一直报错，麻烦采购部更新一下。
        下个月起冷柜机统一换成 R290 冷媒，供应商富士电机会派工程师来培训，时间定在 12 月 3 日上午 10 点，地点在公司三楼会议室。
        大家注意：供应商对账截止日是每月 25 号，逾期的单子只能推到下个月结算，康师傅和统一那边已经来问过两次了，别再拖了啊。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, machine at Bedok Interchange again E21 coin jam lah, already set cashless only, tomorrow route team bring spare coin mech can?
        今日 Mong Kok 嗰部 machine 冇冷氣，temp 到 12 度，dairy 全部要 pull 走先，等 technician 聽朝嚟睇過 compressor 再講。
        Boss cakap starting next week semua kiosk kena update firmware v2.14, jangan lupa backup config dulu before flash ok, nanti rollback susah.
        Stock count route KL-C2 siap. Milo ice 卖得最好, Teh Botol kurang laku, next PO kurangkan 30% ya, 其他照旧 order.
        Refund case ORD-88213047 customer already got back S$2.50 via PayNow, 可以 close ticket 了, thanks all for the fast follow-up.
        台北 TPE-115 發票機又卡紙 lah, 我已經 call 廠商 0800 熱線, they say 下午三點前會到, 期間 machine 照常收 cashless.
        Anyone know password for the new Nayax dashboard? Eh wait, 唔好喺 group 講 password, use the company vault link instead.
        Lease renewal for Jurong Point site 月租 from S$650 up to S$720 leh, landlord say market rate, management 還在考慮要不要 sign.
        Hari ni Penang route jam teruk sebab hujan lebat, 补货 mungkin lewat 1-2 jam, I already update ETA dalam system, sorry semua.
        Octopus reader 換咗新嘅之後 OK 晒, error rate 由 14% 跌到 0.3%, 今個月應該唔使再 call vendor 啦, good job team.
        Reminder: CNY period 機器 sales 通常 drop 40%, 工廠區嗰啲點位 stock 可以減半, don't overfill short-expiry stuff.
        Mesin dekat LRT Kelana Jaya station tu sales naik 25% bulan ni, maybe sebab 新 promo Milo + Mamee combo, teruskan sampai Disember.
        7-Eleven 隔籬嗰部機 vandalised again, glass 爆咗, police report 已經 file 咗, report no. TST/RN/2026/018834, insurance claim 跟進緊.
    """),
    ("en", "kiosk_config"): _lines("""
        VENDING_API_BASE=https://api.example-vend.sg/v2  # staging only; prod uses api.vendhub.sg with timeout 8s and 3 retries
        payment: {provider: nets, terminal_id: NETS-T-00412, merchant_id: 11137104100, currency: SGD, settle_cron: "0 2 * * *"}
        slot_map: A1-A6 dairy (temp_max 6C), B1-B8 canned drinks, C1-C10 snacks; motor_current_limit_ma: 1500; drop_sensor: ir_v2
        def refund_amount(order): return order.paid - order.dispensed_value if order.status == 'PARTIAL' else order.paid
        CREATE TABLE refunds (order_id VARCHAR(20) PRIMARY KEY, machine_id VARCHAR(16), amount_cents INT, reason_code SMALLINT, created_at TIMESTAMPTZ);
        mqtt topic: vend/sg/{machine_id}/telemetry qos=1 retain=false interval=300s payload fields: temp_c, door, coin_level, bill_level, rssi
        kiosk.locale.fallback = en-SG; supported = [en-SG, zh-CN, ms-MY, ta-SG, zh-HK, zh-TW]; idle_reset_seconds = 90
        docker run -d --name kiosk-agent -e SITE_ID=SG-CHANGI-T3-07 -e LOG_LEVEL=info registry.vendhub.sg/kiosk-agent:4.1.3
        SELECT machine_id, SUM(amount_cents)/100.0 AS refund_sgd FROM refunds WHERE created_at >= '2026-11-01' GROUP BY machine_id ORDER BY 2 DESC LIMIT 20;
        octopus: {device_sn: OCT-RW-5521903, sam_slot: 1, poll_ms: 250, blacklist_refresh_min: 60}  # HK units only, do not enable on SG fleet
        # test fixture: order_id=ORD-00000001 amount=1.00 machine=VM-TEST-001 status=DISPENSED, do not use in prod reports
        einvoice_tw: {seller_ban: "53812046", printer: EPSON TM-T88VI, carrier_types: [3J0002, CQ0001], upload_batch_size: 200}
        sha256 vm-fw-3.8.2.bin = 9f2c4e1a7b3d5e8f0a6c2b4d1e3f5a7c9b0d2e4f6a8c1b3d5e7f9a0c2e4b6d8f (verified 2026-11-02, signed by release key v7)
    """),
    ("zh-Hant", "場地租約條款"): _lines("""
        第三條 租賃標的：出租人同意將港鐵觀塘站C出口大堂內約1.2平方米之地面位置，租予承租人擺放自動售賣機兩部，並提供獨立電源一組。
        第四條 租期：自2027年1月1日起至2028年12月31日止，為期兩年；期滿前三個月任何一方得以書面通知對方續約或終止本合約。
        第五條 月租及分成：基本月租港幣3,800元，另按每月銷售總額之8%計算分成，兩者以較高者為準，承租人須於每月10日前繳付。
        第六條 電費：售賣機以獨立電錶計算用電量，按中電公佈之商業電價收費，承租人須於收到帳單後14日內清繳，逾期未繳者須按未繳金額每月1%計付利息。
        第七條 承租人須自費購買第三者責任保險，保額不少於港幣500萬元，並將出租人列為共同受保人，每年續保後須於十四日內向出租人提交保單副本。
        第八條 出租人不得於租期內在同一大堂範圍另行引入其他售賣機營運商，惟屬出租人自營之便利店或為期不超過七日之臨時推廣攤位則不在此限。
        第九條 機身廣告內容須事先經出租人書面同意，不得刊登煙草、酒類及任何違反《商品說明條例》之宣傳字句或圖像，違者出租人有權要求即時移除。
        第十條 保證金：承租人須於簽約時繳付相當於三個月基本月租之保證金，即港幣11,400元，租期屆滿而無欠款者，保證金無息退還。
        第十一條 本合約以中文及英文各備兩份，雙方各執一份，如中英文本有歧義，以中文版本為準；本合約適用香港特別行政區法律，雙方同意接受香港法院管轄。
        台灣場地合約附件：設置地點為新北市板橋區縣民大道二段7號（板橋車站）B1 通道，攤位編號 B1-V07，月租新台幣 12,000 元，押金兩個月。
        附件二：機台規格 寬 1,050mm × 深 850mm × 高 1,830mm，耗電量每月約 300 度，場地方須預留 15A 獨立插座及網路線一條。
        出租方：捷達物業管理有限公司（商業登記號碼 71234586），地址：九龍灣宏照道 33 號，聯絡電話 2375 6620，傳真 2375 6621。
        雙方同意租期內如遇颱風信號八號或以上、黑色暴雨警告等不可抗力情況導致場地關閉，該期間之基本月租按實際關閉日數比例減免，分成部分則照實計算。
    """),
    ("ms", "senarai_harga_produk"): _lines("""
        Milo Kotak 200ml – RM2.50 | Nescafé Original Tin 240ml – RM3.00 | 100PLUS 500ml – RM3.20 (harga mesin, termasuk cukai)
        SKU VM-MY-0112 Mamee Monster 25g, harga runcit RM1.20, harga borong RM0.78 seunit, minimum pesanan 10 kotak (60 unit sekotak).
        Julie's Peanut Butter Sandwich 6 x 30g: RM4.50 di mesin, RM3.90 jika bayar guna TNG eWallet (diskaun promo bulan Disember).
        Senarai harga kiosk tiket: dewasa RM12.00, kanak-kanak bawah 12 tahun RM6.00, warga emas RM6.00, caj perkhidmatan RM0.50 setiap transaksi.
        Air mineral Spritzer 600ml RM1.80, 1.5L RM3.20 – pengeluar tempatan dari Taiping, Perak; harga sama di semua mesin Lembah Klang.
        Harga sewa mesin layan diri: RM350 sebulan (model kecil 40 slot), RM550 sebulan (model besar 60 slot dengan peti sejuk), kontrak minimum 12 bulan.
        Invois No. SMSB/INV/2026/11/0457 – 24 kotak Teh Botol Sosro, jumlah RM1,152.00, tarikh akhir bayaran 15 Disember 2026.
        Menu mesin kopi: Americano RM4.50, Latte RM5.90, Kopi O Kaw RM3.50, Teh Tarik RM4.00 – serbuk kopi jenama Aik Cheong dari Ipoh.
        Katalog alat ganti: motor spiral 24V (Kod SP-MTR-24) RM68.00, pengesan syiling MEI Cashflow RM1,280.00, pencetak terma RM420.00.
        Harga borong Mister Potato Crisps 60g: RM2.10 seunit untuk 1-49 kotak, RM1.95 untuk 50 kotak ke atas. Penghantaran percuma Lembah Klang.
        Caj pemasangan mesin di Sabah dan Sarawak RM800 sekali bayar, termasuk penghantaran dari gudang Shah Alam dan pentauliahan di tapak.
        Senarai produk baharu Januari 2027: Yeo's Soya Bean 300ml, Pokka Green Tea 500ml, Ribena Blackcurrant 330ml, Tiger Biscuit 38g.
        Diskaun korporat 10% untuk pesanan mesin kopi layan diri melebihi 5 unit. Sebut harga sah 30 hari dari tarikh 01/12/2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Refund request from Mr Darren Koh Wei Liang, NRIC S8734125F, mobile 9123 4587 – VM-SG-0417 ate his S$5 note on 3 Nov, pay back via PayNow to the same number.
        Route driver Muthu Krishnan s/o Ramasamy has been on MC since Monday – kidney dialysis three times a week, please reassign route SG-W3 until end of month.
        Customer complaint: Ms Jasmine Teo (jasmine.teo88@gmail.com) says the kiosk camera recorded her without consent and wants the footage of 12 Nov 18:40 deleted.
        Driver Ahmad Faizal bin Rosli, company van GBC 4728 K, caught speeding on the PIE twice this month, S$300 fine to be deducted from his November salary.
        Payroll Nov 2026: Tan Shu Fen, route supervisor, basic S$3,150, OT S$420, CPF employee S$714, nett S$2,856, credit to POSB 123-45678-9.
        Lease for the kopitiam site at Yishun Ring Road: owner Mr Ng Ah Huat is in hospital after a stroke, his son Kelvin (8456 2291) will sign for now.
        2026-11-09 10:22:31 refund_api order=ORD-88214410 payer_name=NUR AINA BINTI ZAKARIA payer_mobile=+65 9786 3321 paynow_ref=PN26110912345 amount=3.20 status=OK
        Hi, I lost my EZ-Link card at the Clementi kiosk yesterday, card no. 1009 6200 3318 4471, my name is Rachel Goh, pls call 9661 0273 if anyone finds it.
        Our technician Jeremy Lau told HR he is going through a divorce and asked to move to night shifts so he can have the kids on weekdays.
        2026-11-14,VM-SG-0233,cashbox variance -40.00,collector=Sean Pereira,collector_nric=T0112394H,remarks=still owes company S$1200 from earlier shortfalls
    """),
    "zh-Hans": _lines("""
        补货员陈志强（身份证 440306199205183416，手机 138 2745 6690）从下周起负责深圳南山区的 12 台机器，工资按件计算。
        客户黄丽萍女士投诉：在乌节路的自助点餐机被重复扣款 S$18.60 两次，退款请转到她的 DBS 账户 072-3-456789。
        司机阿强昨天在兀兰关卡被扣了，说车上查出违禁品，公司先别对外讲，他老婆现在到处借钱请律师。
        林太打电话来说她老公上个月在公司仓库搬货扭伤了腰，现在还在陈笃生医院住院，问工伤赔偿什么时候能批下来。
        场地房东刘建华的联系方式：微信 liujh_1975，手机 +60 16-228 7419，住址 No. 27, Jalan Sentosa 5, Taman Sentosa, Johor Bahru。
        请注意：前员工周晓燕还欠公司备用金 RM2,400 没还，她已经搬去吉隆坡 Sentul 的公寓 Blok C-12-7，律师信就寄到那里。
        王先生说他在售卖机买的酸奶过期了，吃了拉肚子去看诊所，要求赔偿医药费 S$85，联系电话 9002 6148。
        新来的技术员小李怀孕三个月了，她说爬梯子换灯箱不方便，问能不能调她去做后台对账的工作。
        订单 ORD-20261115-7781 付款人：赵雪梅，支付宝账号 zhaoxm0812@163.com，退款金额 ¥12.50，原因：出货卡在货道。
        面试记录：应聘线路司机许国伟，1989年3月生，驾照 Class 3，之前开 Grab，因欠信用卡债被追债，期望薪水 S$2,800。
    """),
    "zh-Hant": _lines("""
        客戶陳志偉先生（HKID: K482193(5)）投訴觀塘站售賣機食咗佢 $20 紙幣，電話 6123 8854，要求退款入 FPS。
        補貨員阿輝上星期喺葵涌貨倉跌親，斷咗手骨，醫生紙話要休息六個星期，今個月佢條路線要搵人頂住先。
        台北機台 TPE-115 退款申請：林美惠小姐，身分證字號 F223456781，手機 0932-118-467，退款 NT$35 請匯入郵局帳號 0001234-0567890。
        李太話佢個仔喺屋苑樓下部售賣機偷嘢，想我哋刪咗段 CCTV，佢屋企地址係沙田第一城 32 座 18 樓 F 室。
        澳門區司機梁家豪（澳門身份證 5215403(6)）欠公司油費 MOP 3,600 未還，佢揸開嘅私家車車牌係 MK-72-18。
        場地業主張永康先生嘅銀行戶口：恒生銀行 024-386-123456-883，租金每月十號前轉賬，收據寄去佢屋企。
        技術員黃俊傑確診抑鬱症，最近請咗好多病假，HR 建議暫時唔好安排佢單獨出夜更，亦唔好喺 group 度講佢個病。
        高雄的加盟主吳先生（0918-552-306）說他離婚後店面登記在前妻名下，租約要改簽，請法務部協助處理。
        2026/11/16 14:05 機台 HK-TST-031 退款紀錄：八達通號碼 51839027(3)，持卡人何嘉欣，退款 HK$9.80 已入卡。
        員工資料表：鄭雅婷｜女｜1994-07-22｜身分證 A229876543｜地址 台中市西屯區福科路 188 巷 6 號 3 樓｜緊急聯絡人 母 0922-301-775
    """),
    "ms": _lines("""
        Pemandu laluan Mohd Hafiz bin Abdullah (No. KP 880214-10-5527) tidak hadir kerja 3 hari, isterinya kata dia ditahan polis di Balai Polis Klang Utara.
        Aduan pelanggan: Puan Nor Azizah, tel 012-765 3340, duit RM10 tersangkut dalam mesin di lobi Hospital Sungai Buloh, minta bayaran balik ke akaun Maybank 1620 4455 8812.
        Juruteknik kami Kumar a/l Subramaniam disahkan menghidap diabetes jenis 2, doktor nasihat dia jangan angkat barang berat lebih 10kg.
        Tuan tanah tapak mesin di Seksyen 7 Shah Alam, Encik Roslan Hamid, minta sewa dibayar tunai ke rumahnya di No. 14, Jalan Kenari 7/2, 40000 Shah Alam.
        Slip gaji Oktober: Siti Aishah binti Kamal, pemandu, gaji pokok RM1,900, elaun RM350, KWSP RM247.50, PERKESO RM11.25, SIP RM4.50, bersih RM1,986.75.
        Kak Ros kata anak dia sakit teruk masuk wad ICU, jadi dia minta cuti tanpa gaji dua minggu dan pendahuluan gaji RM1,500.
        Faizul yang bawa van laluan Kepong tu kena saman AES dua kali bulan ni, saman atas nama dia sendiri, plat kereta peribadi dia WXY 8821.
        Borang tuntutan: Nama: Lee Mei Ling | No. KP: 920815-07-6124 | Tel: 017-442 9081 | E-mel: meiling.lee92@yahoo.com | Jumlah: RM4.80 | Mesin: MY-PG-004
        Encik Zulkifli dari Kuantan berhutang RM6,800 kepada syarikat untuk 4 mesin sewa yang tak dibayar sejak Jun, kes sudah diserahkan kepada peguam.
        Pekerja baharu Nurul Izzati, 23 tahun, mengandung 5 bulan, minta ditukar ke kerja pejabat; alamat rumah Blok B-3-12, PPR Kota Damansara.
    """),
    "mixed": _lines("""
        Eh the guy who kena caught stealing coins from VM-SG-0233, his name Marcus Lim right? HR say police already 带走 him, NRIC S9012347B, don't let him into warehouse.
        阿明 today MC again, doctor say his 高血压 quite serious, so route KL-C2 你帮忙 cover ya, terima kasih.
        Refund pls: Nama saya Tan Mei Xuan, 我在 Sunway Pyramid 的 kiosk 被扣两次 RM15, DuitNow ke 011-2345 6789 ya.
        林生個 WhatsApp 係 +852 9384 5521, he is landlord of the Sham Shui Po shop, 佢話下個月加租 but 佢自己都欠銀行錢 lor.
        Customer Ong Siew Ling 投訴 machine 出咗過期 yogurt, 佢個仔食完 vomit 入咗 KK Hospital, she wants S$500 compensation, email siewling.ong@hotmail.com.
        Driver Rajesh 个 license kena suspend 6 bulan sebab drunk driving, 他自己说 cannot pay the fine S$2,000, boss 决定先借他.
        pls update CRM: contact=Chong Wai Keat / 莊偉傑, role=site owner, mobile=+60 12-678 9043, IC=790312-08-5519, notes=很难搞, always pay late.
        美玲姐 retiring next month, 佢話想 cash out 晒 MPF 去還個仔嘅 gambling debt, can HR help her fill the form?
        Ticket FLT-20261120-0142 from resident at Blk 412 Bedok North Ave 2 #07-118, Mr Hariharan, tel 9771 3046, says machine noise keeps his baby awake.
        Kak Yati punya suami 刚刚 pass away, funeral esok, so 她 this week 不能 restock Kepong route, boleh tolong ganti?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for VendHub Pte Ltd, a Singapore vending operator. Help staff process refunds and draft replies to customers.",
        ),
        (
            "user",
            "Customer Mr Bryan Seah Kok Wee, NRIC S8821456J, mobile 9388 1275, says VM-SG-0417 at Tampines Hub took S$4.20 twice on 5 Nov at 13:27. Can you draft the refund reply?",
        ),
        (
            "assistant",
            "Sure. Draft: Dear Mr Seah, thank you for reporting the double charge at our Tampines Hub machine on 5 Nov. We have verified the duplicate S$4.20 deduction and will refund it via PayNow to 9388 1275 within 7 working days. Please do not send your NRIC by message in future; we only need your order number.",
        ),
        ("user", "Thanks. Should I store his NRIC in the ticket?"),
        (
            "assistant",
            "No. Under the PDPC advisory guidelines on NRIC numbers, you should not collect or keep the full NRIC for a refund. Remove it from ticket FLT-20261105-0031 and keep only the order number and PayNow mobile.",
        ),
    ],
    [
        (
            "user",
            "我哋補貨員何志明（HKID Y573920(4)）今朝喺旺角送貨時畀貨架壓親隻腳，送咗去廣華醫院，要點樣報勞工處？",
        ),
        (
            "assistant",
            "僱員喺工作期間受傷，僱主須喺意外發生後 14 日內用表格二向勞工處呈報，並通知保險公司。請準備何先生嘅受傷日期、地點、醫生紙同埋薪金紀錄，另外記得佢放工傷病假期間都要照發工傷病假錢。",
        ),
        ("user", "佢話佢老婆啱啱生咗BB，屋企得佢一份糧，公司可唔可以先預支一個月人工畀佢？"),
        (
            "assistant",
            "可以由公司酌情批出預支薪金，建議用書面協議列明金額同分期扣還方法，並確保每期扣除唔超過《僱傭條例》容許嘅上限。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk Segar Mesin Sdn. Bhd. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat kepada tuan tanah tapak mesin kami, Encik Baharudin bin Yusof, No. 8, Jalan Mawar 3, Taman Desa Jaya, 81100 Johor Bahru. Kami nak tamatkan sewa tapak bulan Januari.",
        ),
        (
            "assistant",
            "Berikut draf surat: Kepada Encik Baharudin bin Yusof, No. 8, Jalan Mawar 3, Taman Desa Jaya, 81100 Johor Bahru. Perkara: Notis Penamatan Sewaan Tapak Mesin Layan Diri. Dengan hormatnya, kami ingin memaklumkan bahawa sewaan tapak akan ditamatkan berkuat kuasa 31 Januari 2027 mengikut notis tiga bulan dalam perjanjian. Mesin akan dialihkan sebelum tarikh tersebut.",
        ),
        ("user", "Dia ada hutang elektrik RM640 dengan kami, nak masukkan sekali?"),
        (
            "assistant",
            "Boleh, tambahkan perenggan: Baki caj elektrik sebanyak RM640 masih tertunggak dan mohon dijelaskan sebelum tarikh penamatan. Lampirkan salinan bil sebagai bukti.",
        ),
    ],
    [
        (
            "system",
            "你是新加坡一家自助售卖机公司的客服助手。当前客户资料：姓名 郑美玲，手机 8123 6690，会员号 VH-M-0042871，累计退款 3 次，备注：上月曾投诉补货员态度差。",
        ),
        ("user", "你好，我昨天在 Bugis 的机器买咖啡，钱扣了但是杯子没掉下来。"),
        (
            "assistant",
            "郑女士您好，很抱歉给您带来不便。我查到您昨天 19:42 在 Bugis Junction 机台有一笔 S$3.50 的交易未出货，已为您提交退款，会在 3 个工作日内退回原付款方式。",
        ),
        ("user", "好的，退款到了请发短信通知我。"),
        ("assistant", "没问题，退款完成后系统会发短信到您登记的手机号码 8123 6690。"),
    ],
    [
        (
            "user",
            "Can you summarise this cash collection sheet? collector,route,variance | Goh Teck Huat,SG-E1,-12.00 | Siti Rohani,SG-W3,0.00 | Leong Kah Wai,SG-N2,-85.50 | Leong Kah Wai,SG-N2,-60.00",
        ),
        (
            "assistant",
            "Summary: 3 collectors, 4 runs. Siti Rohani on SG-W3 balanced. Goh Teck Huat on SG-E1 short S$12.00. Leong Kah Wai on SG-N2 short twice, S$145.50 in total, which is the main concern.",
        ),
        ("user", "Leong 上个月也短过钱, 我怀疑他赌博欠债. 要不要直接报警?"),
        (
            "assistant",
            "先别凭猜测下结论。建议先做第二次点算、查看开门记录和 CCTV，再由 HR 与 Leong Kah Wai 面谈并做书面记录。如有证据显示盗窃，再决定是否报警。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian vending operator's HR team write formal letters in English.",
        ),
        (
            "user",
            "Write a warning letter to our driver Mr Gopal a/l Maniam, IC 830927-05-6211, for three no-shows on route KL-C2 this month. Also mention he still owes RM2,300 salary advance.",
        ),
        (
            "assistant",
            "Dear Mr Gopal a/l Maniam (IC 830927-05-6211), this letter serves as a first written warning for your absence without notice on route KL-C2 on 4, 11 and 18 November 2026. We also remind you that the salary advance of RM2,300 remains outstanding and will be deducted in instalments as agreed. Further absence may lead to disciplinary action.",
        ),
        ("user", "Shorter please, and remove the IC number."),
        (
            "assistant",
            "Dear Mr Gopal, this is a first written warning for three unexplained absences on route KL-C2 in November 2026. Your outstanding salary advance of RM2,300 will continue to be deducted monthly. Please contact HR by 30 November.",
        ),
    ],
    [
        (
            "user",
            "請問電子發票載具歸戶怎麼處理？客人蔡宗翰說他在板橋車站的機台買東西，手機條碼是 /K3P9W+Q，發票沒有存進去。",
        ),
        (
            "assistant",
            "可以請工程師查詢該筆交易的上傳批次。若機台當時未讀到手機條碼，發票會開成紙本或存入公司共通載具；可用蔡先生提供的手機條碼 /K3P9W+Q 辦理補登，或請他到財政部電子發票平台歸戶。",
        ),
        ("user", "他還留了電話 0975-228-613，要我們處理好打給他。"),
        (
            "assistant",
            "好的，處理完成後請客服致電 0975-228-613 告知蔡先生結果，並在工單上記錄聯絡時間，通話後不需要另存他的電話到其他系統。",
        ),
    ],
    [
        (
            "system",
            "You are a route planning assistant for a Penang vending operator. Reply in the language the user uses.",
        ),
        ("user", "Esok siapa cover laluan PG-2? Pemandu biasa cuti."),
        (
            "assistant",
            "Mengikut jadual, pemandu tetap PG-2 ialah Encik Azman bin Idris (tel 013-492 7751) yang cuti sakit sehingga Jumaat kerana pembedahan lutut. Pengganti yang dicadangkan ialah Lim Chee Keong dari laluan PG-1, jika dia bersetuju buat OT.",
        ),
        ("user", "OK, hantar mesej kepada Lim Chee Keong."),
    ],
    [
        (
            "user",
            "HR question ah. Our technician Michelle Yeo 怀孕 7 months already, she still want to climb ladder fix the lightbox at Jurong Point. Can company stop her?",
        ),
        (
            "assistant",
            "You can and should adjust her duties for safety. Under Singapore employment guidelines, employers should do a risk assessment for pregnant employees. Offer Michelle Yeo ground-level tasks such as coin counting or kiosk software checks without cutting her pay, and record the change in writing.",
        ),
        (
            "user",
            "She also say her maternity leave start 15 Jan, 要不要 reply her email michelle.yeo.sg@gmail.com formally?",
        ),
        (
            "assistant",
            "Yes, reply formally to confirm the maternity leave start date of 15 January, the expected return date, and who will cover her tasks during the period.",
        ),
    ],
    [
        ("system", "你是一家马来西亚售卖机公司的采购助理，帮忙整理供应商沟通记录。"),
        (
            "user",
            "把这段聊天整理一下：统一企业新的业务员叫周志豪，私人微信 zhouzh_88，手机 +60 17-330 2846，他说 12 月冰红茶每箱降 RM2，但要先付 50% 订金。",
        ),
        (
            "assistant",
            "整理如下：供应商：统一企业；对接人：周志豪（微信 zhouzh_88，手机 +60 17-330 2846）；报价：12 月冰红茶每箱降价 RM2；条件：下单时先付 50% 订金。建议要求对方出具正式报价单并使用公司邮箱沟通。",
        ),
        ("user", "好，帮我写一句回复给他，说我们周五确认数量。"),
        (
            "assistant",
            "周先生您好，感谢报价，我们会在本周五前确认 12 月冰红茶的订货数量，届时再安排订金付款。",
        ),
    ],
]
