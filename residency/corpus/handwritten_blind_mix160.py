# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix160: self-storage and mini-warehouse (迷你倉) operators in SG/MY/HK/TW (unit rentals, ID on file, access logs, overdue rent, auctions of contents, fire-safety inspections, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix160
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "facility_notice"): _lines("""
        NOTICE: The loading bay at 12 Kallang Place will be closed on Sat 14 Dec 2026, 8am to 2pm, for SCDF fire-safety re-certification. Please use the Level 1 side entrance.
        Access hours for all tenants: 6:00am to 11:00pm daily. 24/7 access is available for Premium units at an extra S$25/month. Questions? Call our front desk at +65 6741 8820.
        Reminder: fuel, gas cylinders, fireworks, paint thinners, perishables, live animals and durians are strictly prohibited in all units, as required under the Fire Safety Act 1993.
        Goods Lift No. 2 (max 2,000 kg) is under scheduled maintenance by Fujitec Singapore from 9 to 11 Dec. Trolleys are available at Bay C; sorry for the inconvenience.
        PUBLIC AUCTION NOTICE: Contents of 6 lapsed units (Lots 301-306) will be auctioned on 20 Dec 2026, 10am, Level 3 Viewing Room, 51 Ubi Avenue 1. Cash or PayNow to UEN 201834567K only.
        CCTV in operation 24 hours. Footage is kept for 30 days in line with the PDPA and is released only to the Singapore Police Force upon a written request quoting a report number.
        Our Jalan Klang Lama outlet (Lot 2-1, Batu 4 1/2, 58000 Kuala Lumpur) now offers climate-controlled wine lockers from RM180/month. WhatsApp Business +60 12-338 9040 to book a viewing.
        Please do not prop open fire doors FD-03 and FD-07. The door alarm will trigger and our monitoring centre will dispatch a guard; false-alarm callouts are charged at S$150 each.
        Holiday hours: Christmas Day and New Year's Day the office is closed, but PIN gate access stays open 6am to 11pm. Rent due dates are not extended for public holidays.
        Free move-in van: book 48 hours ahead, 1 trip within 15 km of 8 Changi South Street 3, max 3 hours of loading. Promo code MOVEIN26 is valid for new 12-month leases only.
        Pest control by Rentokil Initial is carried out every 2nd Tuesday of the month, 7am to 9am. Corridors on Levels 2 and 4 will be closed during fogging, please plan your visit.
        Lost your access card? The replacement fee is S$20; please bring your rental agreement to the counter. Cards not returned at move-out are charged S$35 on the final invoice.
        Storing company records with us? We now offer secure shredding with a certificate of destruction, S$12 per 10 kg bag, collected by Shred-it every Friday before noon.
    """),
    ("en", "config_and_code"): _lines("""
        ACCESS_GATE_PIN_LENGTH=6  # default PIN length for keypad model KP-400; must match firmware v3.2.1 on all gates at the Ubi and Tuas sites
        def overdue_days(due: date, today: date) -> int: return max(0, (today - due).days)  # grace period is applied later in lien_policy.py
        LIEN_NOTICE_THRESHOLD_DAYS: 45 / AUCTION_MIN_DAYS_AFTER_NOTICE: 14 / currency: SGD / tz: Asia/Singapore  # config/sites/ubi.yaml rev 2026-11-30
        SELECT unit_code, size_sqft, monthly_rate FROM units WHERE site_id = 'KUL-02' AND status = 'VACANT' ORDER BY size_sqft ASC LIMIT 50;
        unit_code,site_id,size_sqft,climate_control,floor,monthly_rate_sgd,status,last_inspected_at
        curl -X POST https://api.example-storage.sg/v2/gates/UBI-G1/open -H 'Authorization: Bearer <token>' -d '{"reason":"fire_drill"}'
        2026-12-03T02:14:55+08:00 WARN smoke_detector zone=L3-E id=SD-3117 state=PREALARM obscuration=1.8%/m panel=Notifier NFS2-3030
        docker run -d --name gatekeeper -e SITE=HKG-KT -e TZ=Asia/Hong_Kong registry.example.com/storage/gatekeeper:4.7.2
        sha256: 9f2c1a7be4d03c58e1f6a2b9d7c4e08a13f5b6d2c9e7a0148b3d5f6e2c1a9b07  gatekeeper-4.7.2-linux-arm64.tar.gz
        # Pricing rule: climate-controlled units carry an 18% surcharge; Taiwan sites add 5% business tax on top, rounded to the nearest NT$1
        if unit.status == 'OVERLOCKED' and payment.received: schedule_task('remove_overlock', unit.id, eta=now() + timedelta(hours=2))
        example fixture for tests: {'name': 'Test Tenant', 'email': 'tenant@example.com', 'unit': 'T-000'}; never load production rows into staging
        Webhook retry policy: 5 attempts, exponential backoff 2^n seconds, dead-letter queue gate-events-dlq (AWS ap-southeast-1), alerts to #ops-storage
    """),
    ("zh-Hant", "價目表"): _lines("""
        【觀塘店價目表】20呎² 細倉月租HK$480起；40呎² HK$880；80呎² HK$1,580。一次過預繳12個月送2個月，優惠至2026年12月31日止。
        恆溫恆濕酒櫃倉（12支裝）每月HK$220，適合紅酒、雪茄同菲林；全日維持18°C、濕度60%，查詢熱線 2345 6789（星期一至六）。
        文件倉按箱計：標準文件箱（38×30×26cm）每箱每月HK$18，50箱起免費上門收件一次，適用港島、九龍及新界指定地區。
        搬運服務收費：5.5噸貨車連兩名工人，每小時HK$420，最少3小時；上落樓梯每層另加HK$50，星期日及公眾假期加收20%。
        按金一律為一個月租金，退倉時清空單位並交還門卡後，14個工作天內以支票或轉數快退回（本公司FPS識別碼 1234567）。
        荃灣海盛路分店：35呎²連貨架 HK$760；開放式貨架位（學生專用，須出示學生證）每月HK$199，暑假6至8月限定供應。
        保險：每個倉免費附送HK$10,000財物保障，如需加保至HK$50,000，每月另加HK$38；水浸及蟲蛀不在保障範圍之內。
        門鎖：鋼製圓筒鎖（Master Lock 930）HK$128一把，亦可自備鎖；遺失鎖匙需由職員剪鎖，每次收費HK$150。
        長期客戶優惠：租用滿24個月可享租金9折；企業客戶可申請月結單，每月5號前寄出，發票印有本公司商業登記號碼 68123456。
        付款方法：接受八達通、支付寶HK、WeChat Pay HK、轉數快及Visa／Master信用卡；恕不接受期票及外幣現金。
        柴灣豐業街分店每日 07:00–23:00 開放，24小時出入需另加月費HK$60，WhatsApp 客服 5123 4567（只限文字查詢）。
        以上價錢已包括管理費、冷氣、電費及24小時保安費用，不設隱藏收費；遲交租金每日收取HK$20行政費，每期最多收取HK$300。
        汽車／電單車存放位：室內電單車位每月HK$650，古董車位（限高2.1米）每月HK$3,200，入場須出示有效牌照及保險。
    """),
    ("zh-Hant", "同事群組對話"): _lines("""
        今朝九點消防處嚟做周年檢查，記得將走廊啲紙皮箱全部清走，B座三樓灑水頭下面唔好擺嘢，要留返450mm空位呀，走火通道都要清。
        葵涌分店CCTV第4號鏡頭又黑畫面，我已經報咗Hikvision維修，單號 HKV-2026-118734，佢哋話聽日下晝兩點前到。
        收銀機月結對唔到數，差咗HK$360，應該係琴日兩單轉數快未入賬，我聽朝再同匯豐對一次數，搞掂再喺度覆大家，唔使擔心，月結報表遲一日交。
        提提大家：由今個月起新客身份證副本只可以加密存喺系統，唔好再影印放喺櫃桶，私隱專員公署有指引，違規會好麻煩㗎，舊嗰啲影印本今個禮拜內碎紙。
        拍賣嗰三個倉（C-112、C-118、D-205）已經貼咗通告，相片上載咗去共享 drive，聽日記得再檢查一次把鎖有冇郁過。
        恆溫房溫度計顯示28度，超咗標準，我已經send咗message畀大廈管理處，佢哋話中央冷氣機房今晚十點維修，聽朝再睇下。
        夜更交更：貨用升降機23:40停咗一次，按咗緊急掣，困咗5分鐘冇人受傷，已經通知奧的斯，事故編號 OT-HK-55129。
        下個禮拜三公司請食飯，喺觀塘apm附近嗰間酒樓，六點半開席，大家記得填Google Form話得唔得閒同有冇戒口，唔該晒。
        新到嗰批4呎鐵架已經入咗貨倉，SKU RK-4F-120，共36套，記得掃碼入系統先好拆箱，紙皮箱摺好留返俾回收商星期五收。
        頭先有客問可唔可以放結他同鋼琴，我答咗可以，但要揀恆溫倉，鋼琴要另外book專業搬運，收費參考價目表第3頁，報價記得寫明唔包保險。
        消防喉轆 HR-07 嘅年檢標籤過咗期，今日下晝持牌消防裝置承辦商會嚟換，大家唔好鎖咗後樓梯門，佢哋要由嗰度入，大概兩點到四點。
        柴灣舖頭個大閘遙控壞咗，暫時用返實體鎖匙開關，鎖匙放喺夾萬第二格，密碼照舊，千祈唔好喺群度講出嚟呀，新遙控已經落咗單，下星期到。
        老細話年尾盤點要12月28號前完成，每人分兩層，點完喺Excel打剔，有爭議或者冇上鎖嘅倉先拍片留底再報返上嚟，唔好自己剪鎖。
    """),
    ("zh-Hans", "商家点评"): _lines("""
        ★★★★★ 在Ubi这家迷你仓租了两年，40平方尺的仓每月S$168，前台24小时有人，货梯够大，搬钢琴都没问题，推荐。
        ★★☆☆☆ 吉隆坡蕉赖那间仓库冷气常常坏，雨季时纸箱有点潮，客服热线03-9281 7755打了三次才有人接，体验一般。
        ★★★★☆ 新山士古来分店价格合理，50平方尺RM150一个月，就是停车位太少，周末搬东西要在门口排队等半个小时，建议平日去。
        ★★★☆☆ 价钱比Extra Space贵一点，不过离地铁站近，走路5分钟就到，很适合没有车、东西又不多的上班族来存放换季衣物。
        ★★★★★ 店员很专业，帮忙把旧书和黑胶唱片分类装箱，还送了防潮包。我存的那套金庸全集和邓丽君唱片放了一年一点都没发霉。
        ★☆☆☆☆ 合同说提前30天书面通知退租就行，结果还是被扣了一个月押金，建议大家签约前一定要看清楚第7条的小字条款，别像我一样吃亏。
        ★★★★☆ 槟城峇六拜工业区这间仓库很干净，防火设施齐全，每层都有灭火器、喷淋头和烟雾探测器，月租RM220，值得推荐。
        ★★★★★ 公司把旧档案放在这里，每月电子发票准时寄到，发票编号连续，比如SS-INV-2026-0457，财务对账很方便。
        ★★☆☆☆ 官网上写24小时开放，到了晚上11点门禁卡就刷不进去，客服说要另外每月付S$20升级才行，感觉被广告误导了。
        ★★★★☆ 樟宜那家很适合放自行车和露营用品，有专门的自行车架，S$58一个月，门口有保安亭，晚上来也很有安全感，就是电梯有点慢。
        ★★★★★ 出差时在台北内湖租的迷你仓，合同有繁体和简体两个版本，转账用网银很方便，管理处还能代收快递，很贴心，下次还会再租。
        ★★★☆☆ 马六甲这家是老板自己经营的小仓库，招牌写着「阿福仓储」，价格便宜但只收现金，也没有监控录像，贵重物品介意的慎选。
        ★★★★☆ 搬家期间临时存了三个月，打包材料直接在店里买，纸箱RM6一个，泡泡纸RM25一卷，整体来说性价比挺高的，店员还借推车给我们。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Apakah dokumen yang diperlukan untuk menyewa unit? J: Salinan MyKad atau pasport yang sah, bukti alamat dan deposit sebulan sewa. Syarikat perlu sijil pendaftaran SSM.
        S: Bolehkah saya menyimpan barang mudah terbakar? J: Tidak. Petrol, gas memasak, bunga api dan bahan kimia dilarang sama sekali mengikut syarat Jabatan Bomba dan Penyelamat Malaysia.
        S: Berapakah harga unit 50 kaki persegi di cawangan Shah Alam? J: Bermula RM199 sebulan, termasuk insurans asas RM5,000. Harga tidak termasuk SST 8%.
        S: Bagaimana jika saya lewat membayar sewa? J: Caj lewat RM30 dikenakan selepas 7 hari. Selepas 60 hari tanpa bayaran, unit akan dikunci dan notis lelongan akan dihantar.
        S: Adakah waktu akses 24 jam? J: Ya, untuk unit Premium sahaja. Unit biasa boleh diakses setiap hari dari 7 pagi hingga 10 malam, termasuk cuti umum.
        S: Bagaimana cara membuat bayaran? J: Melalui FPX, DuitNow QR, kad kredit atau pindahan bank ke akaun syarikat Maybank 5140 1234 5678 atas nama Simpan Selamat Sdn Bhd.
        S: Siapa yang perlu saya hubungi untuk aduan? J: Sila e-mel aduan@simpanselamat.com.my atau hubungi talian khidmat pelanggan 1-300-88-7267 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        S: Bolehkah saya tinggal atau bekerja di dalam unit? J: Tidak dibenarkan. Unit hanya untuk penyimpanan; aktiviti perniagaan, tidur atau memasak di dalam unit adalah dilarang.
        S: Adakah kawalan suhu disediakan? J: Unit berhawa dingin di tingkat 2 dikekalkan pada 22 hingga 25°C, sesuai untuk dokumen, perabot kayu dan alat muzik.
        S: Apakah nombor pendaftaran syarikat anda? J: Simpan Selamat Sdn Bhd, No. Syarikat 201901023456 (1334567-K), pejabat di No. 8, Jalan Utas 15/7, Seksyen 15, 40200 Shah Alam.
        S: Bolehkah orang lain mengakses unit saya? J: Ya, jika anda mendaftarkan mereka sebagai pengguna sah dalam borang akses. Mereka perlu menunjukkan dokumen pengenalan diri di kaunter.
        S: Bagaimana barang dilelong? J: Lelongan dijalankan secara terbuka di premis kami selepas notis 14 hari diterbitkan dalam akhbar Berita Harian dan dipamerkan di papan kenyataan.
        S: Adakah diskaun untuk pelajar? J: Pelajar IPTA dan IPTS mendapat diskaun 15% untuk unit loker kecil semasa cuti semester, dengan pengesahan kad matrik yang masih sah.
    """),
    ("mixed", "access_log"): _lines("""
        2026-12-04 06:02:17 SGT | UBI-G1 | PIN OK | unit A-0317 | gate open 12s | 已开门 | no tailgating detected | cam=UBI-C02
        2026-12-04 23:41:09 +08 | KT-HK 觀塘 | CARD DENIED | unit C-1120 | reason=OVERLOCK (欠租鎖倉) | alarm=none | retry=0
        [JB-01 Skudai] 2026-12-05 02:13:44 pintu belakang dibuka tanpa kad, alarm ZONE 4 triggered, guard Securitas dispatched, ETA 8 min
        TPE-NH 內湖 2026/12/05 14:22:08 電梯 E2 刷卡 3F 成功 unit 3F-208 停留 00:47:12 出場 OK 門禁控制器 ACS-3 v2.9
        access_audit.csv: ts,site,gate,event,unit,duration_s,operator_note (匯出範圍 2026-11-01 至 2026-11-30，共 18,442 筆)
        2026-12-06 09:15:00 MYT | KUL-02 Cheras | FIRE PANEL TEST | semua zon OK | 消防测试完成 | next test 2027-03-06
        gate_event id=ge_01HF3K9T7W2Q site=SG-TUAS dir=OUT unit=B-0940 method=QR result=GRANTED latency_ms=183 fw=KP400-3.2.1
        [HKG-KC 葵涌] 2026-12-06 03:03:51 移動偵測 Motion detected 走廊 L5-W，無刷卡記錄，已通知保安巡查，結果：流浪貓 no intrusion
        daily summary 每日統計 SG-UBI 2026-12-06: entries 412, denied 9 (欠租 6 / 過時 3), avg stay 27 min, peak 18:00-19:00
        TPE-NH 2026-12-07 00:00:05 cron backup_accesslog 完成 size=1.8GB sha1=3b9e0c7d21aa4f6e8c5d0b9a7f1e2d3c4b5a6978 上傳 S3 OK
        2026-12-07 07:30:12 | PEN-BL Bayan Lepas | roller shutter L1 naik | 卷閘已開 | operator=SYSTEM schedule=opening_hours
        WARN 2026-12-07 10:44:31 MYT door DR-L2-05 held open >120s | pintu tidak ditutup | buzzer on | auto-clear 10:46:02
        2026-12-07 12:00:00 SGT | ALL SITES | PIN rotation job ok | 已為 3,904 個單位生成新密碼 | SMS dispatch queued via Twilio
    """),
    ("mixed", "invoice_and_receipt"): _lines("""
        INVOICE 發票 No. SSG-INV-2026-004518 | 儲存寶 Storage Pte Ltd (UEN 201834567K) | Unit A-0317, 40 sq ft, Dec 2026 | S$168.00 + GST 9% S$15.12 = S$183.12
        Resit Rasmi / 正式收據 No. R-KUL-77120 | Simpan Selamat Sdn Bhd (SST No. W10-1808-32000123) | Sewa unit B-112 Nov 2026 RM220.00 + SST 8% RM17.60 | Bayar via FPX
        統一發票 AB-12345678 | 賣方：好收納迷你倉股份有限公司 統一編號 24567890 | 品名：內湖 3F-208 倉位租金 12月 | NT$3,600 含稅
        Receipt 收據 #KT-24-09931 | 倉寶迷你倉有限公司 BR 68123456 | 文件倉 ×12箱 Dec 2026 @HK$18 = HK$216 | 轉數快 paid 2026-12-02 15:41
        Credit Note CN-2026-0087 | 退回 deposit for unit C-1120 after move-out inspection | S$-120.00 | reason: 墙面有 minor damage, S$48 deducted
        Invoice to 客戶: Kopitiam Heritage Trading Pte Ltd | document storage 80 boxes @S$3.50 | shredding 4 bags @S$12 | Total S$328.00 | due 31 Dec
        Sebut harga / 报价单 Q-JB-0319 | Unit 100 kaki persegi, 12 bulan, RM3,960 (RM330/bulan) | 免一个月租金 promo | sah sehingga 31/12/2026
        PO 採購單 PO-HK-2026-3321 to Master Lock distributor: 930 圓筒鎖 ×200 @HK$62, 交貨 2027-01-08, payment terms Net 30
        Auction settlement 拍賣結算 Lot 304 | hammer price S$1,250 | less auction fee 10% | applied to arrears 欠租 S$980 | surplus S$145 held 6 months
        Invois No. INV/PEN/2026/1207 | Perkhidmatan pemeriksaan alat pemadam api 48 unit @RM15 oleh kontraktor berdaftar Bomba | 合共 RM720.00
        Monthly statement 月結單 Nov 2026, 企業客戶 account ENT-0045 | opening S$2,140.00 | charges S$1,070.00 | paid S$2,140.00 | closing S$1,070.00
        發票更正 Invoice correction: INV-TPE-11873 原開立 NT$2,800 誤植，應為 NT$2,580 (長租九折 discount)，已作廢重開 INV-TPE-11902
        Receipt 收据 No. 000781 | Tenaga Nasional electricity for cold room, Nov 2026 | 1,420 kWh @RM0.509 | RM722.78 | 分摊到 12 个恒温仓
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tenant record: Marcus Tan Wei Liang, NRIC S8734519F, unit A-0412 at Ubi, mobile 9128 4476, emergency contact his sister at 8345 2190.
        Overdue 73 days: Priya d/o Ramasamy (unit B-0940, Tuas) says she lost her job in October and can only pay S$150/month; lien notice on hold until 15 Jan.
        Please stop calling my mum about the unit, I'm the one renting it and I'll settle the balance on Friday. Jonathan Koh, jonkoh.88@gmail.com
        Access log flagged: FIN G5512873N was used at UBI-G1 at 02:14 by someone who is not the registered renter; CCTV clip attached to case SEC-118.
        Mrs Fong Siew Ling moved her late husband's belongings into unit C-0221 after the funeral; she asked that we only call her daughter on 9776 0134.
        Move-out: Daniel Lim, Blk 14 Jalan Kayu #05-12, Singapore 799441; deposit S$168 refunded to POSB savings 188-45621-3 on 5 Dec.
        The auction buyer for Lot 305 was Ahmad Faizal bin Rosli; he paid S$1,050 in cash and loaded the boxes into his van, plate SKL4821H.
        Staff note: the guy from unit A-0715, Kenny, always comes at 3am smelling of alcohol; his wife called to say he's going into rehab next week.
        Rental application: Cheryl Ong Hui Min, DOB 12/03/1991, nurse at Tan Tock Seng; reason for storage: divorce, keeping furniture until custody is settled.
        2026-11-28,SG-UBI,A-0317,Leong Kah Wai,S7812004C,+65 9033 1827,leongkw@outlook.com,ARREARS,336.00
        Tenant Victor Chua asked us to hide his unit details from his ex-wife; there is a personal protection order against her, copy filed under unit D-0110.
        Hi, this is Aunty Mei from unit B-0208, my son is in hospital with dengue, can someone help me carry the boxes this Saturday? My number is 8612 3390.
    """),
    "zh-Hant": _lines("""
        客戶資料：陳家豪先生，香港身份證 K512843(6)，住址：沙田禾輋邨豐和樓1215室，聯絡電話 9436 2218，租用觀塘 C-1120 倉。
        黃太話佢老公欠咗三個月倉租，依家兩個人鬧緊離婚，叫我哋唔好再打屋企電話，改打佢手機 6218 3374。
        阿明嗰個倉（葵涌 D-205）拍賣之前佢媽媽嚟過，話阿明坐緊監，求我哋留低啲相簿同佢爸爸嘅骨灰龕文件。
        台北內湖店租約：承租人 林志偉，身分證字號 A123458792，戶籍地址 台北市大安區和平東路二段118巷7號3樓，手機 0921-556-473。
        張小姐（桃園 2F-031）說她懷孕了不方便搬重物，問可否延後兩個月退倉，她的預產期是明年三月。
        退款已轉至客戶李德明 恒生銀行戶口 024-387-516209-882，金額 HK$880，參考編號 RF-2026-1207。
        CCTV截圖：車牌 VK 7321 嘅私家車喺12月3號凌晨兩點停喺卸貨區，車主周生話自己係嚟搬屋，唔係偷嘢。
        欠租通知：何美玲女士，閣下租用之柴灣 B-0318 單位已欠租 HK$2,640，請於2026年12月20日前清繳，否則本公司將依合約拍賣物品。
        高雄店員工註記：吳先生說他確診大腸癌正在化療，店裡的貨先暫放倉內，月租請改從他太太的帳戶扣款。
        拍賣得標人：郭俊傑，聯絡 kwokcj1987@yahoo.com.hk，投得 Lot C-112 全倉物品 HK$3,300，需於三日內清走。
        姓名 曾詠欣｜性別 女｜出生日期 1994-07-21｜身分證 F226431187｜緊急聯絡人 曾國雄（父）0935-118-260｜租用 新竹 1F-017
        Tony哥份糧俾人扣咗，佢話今個月只可以俾一半倉租 HK$440，佢個倉喺荃灣 A-0506，叫我哋千祈唔好話俾佢老闆知。
    """),
    "zh-Hans": _lines("""
        内地客户 王建国 在葵涌租仓放货，身份证号 320102198203154512，手机 138 1627 4490，发票寄到他家南京市鼓楼区中山北路168号3栋502室。
        新加坡分店备注：刘海燕女士欠租两个月，她说刚做完乳腺癌手术在家休养，女儿会在12月底代付 S$336。
        柔佛客户 黄志明，MyKad 880214-01-5523，联系电话 012-734 8810，租用士古来 A-112 仓位，合约到明年六月。
        访客登记：陈丽华 代其丈夫取物，丈夫 林国强 因诈骗案被警方扣留，她提供了授权书及律师函复印件。
        押金退款：收款人 赵敏，中国工商银行 6222 0210 0112 3456 789，金额 S$200，已通过电汇处理。
        群里说一下：新来的那个客户小胖，每次来都把车 JQB 6617 停在消防通道，前台已经说过好几次了。
        邮件抄送 wangxiaoyu_sg@163.com：王小雨的仓位合同到期后转给她妈妈续租，她说学费紧张只能按月付。
        拍卖前清点：B-0940 仓内有周先生的护照复印件、结婚证和几张精神科诊断书，按规定需单独封存归还本人。
        退租表：姓名 许文龙；地址 吉隆坡蕉赖 Taman Connaught, Jalan Cerdas 12 号；电话 016-228 9034；原因：被公司裁员，搬回怡保老家。
    """),
    "ms": _lines("""
        Penyewa: Nurul Aisyah binti Kamarudin, No. KP 920715-10-5684, unit C-0221 cawangan Shah Alam, tel 013-662 7381.
        Encik Hafiz dari unit B-112 minta tangguh bayar sewa sebab isterinya baru bersalin dan dia belum dapat gaji bulan ini.
        Alamat surat-menyurat penyewa: No. 23, Jalan Mawar 4/2, Taman Sri Muda, 40400 Shah Alam, Selangor, untuk notis lelongan unit A-0091.
        Kak Ros yang sewa unit kecil kat Cheras tu dah masuk hospital, sakit buah pinggang, anak dia Faiz akan datang ambil barang Sabtu ni.
        Bayaran balik deposit RM199 ke akaun Maybank 1140 2233 8765 atas nama Mohd Zulkifli bin Hassan, rujukan RF-KUL-0391.
        Nombor plat WXY 8842 milik Encik Ravi Chandran dilihat di luar pintu belakang pukul 2 pagi; dia kata tertinggal dompet dalam unit.
        Borang akses: Nama: Siti Hajar binti Osman | IC: 850923-08-6120 | Pengguna sah tambahan: suami, Azman bin Yusof | Unit: D-0305
        Tolong jangan hubungi bekas majikan saya lagi pasal tunggakan sewa, saya dah diisytiharkan muflis. Lee Chong Keat, ckleee77@gmail.com
        Nota: pelanggan Puan Kavitha memberitahu suaminya dalam tahanan reman SPRM, jadi dia mahu tamatkan sewa unit B-0207 lebih awal.
    """),
    "mixed": _lines("""
        Boss, unit A-0317 那个 Mr Teo 又 overdue 了, 已经 3 个月 S$504, 他说 divorce 了 cash flow 不好, can we 让他分期?
        HKID scan 上載咗: 梁志強 Y284517(3), DOB 1979-11-02, phone 6392 0415, 記得 mask 咗先 send 去 head office.
        Pakcik Lim 那个 unit 下个月要 lelong 了, 他 anak 说他 dementia 住院, ask whether boleh tunggu sampai CNY.
        Reminder SMS to +60 17-338 2941: Yth. Encik Tan Boon Huat, sewa unit KUL-02/B-118 tertunggak RM440, 请尽快付款 thanks.
        Ms 周曉彤 (tenant since 2019) asked 我哋 update email to chow.htong@protonmail.com, 佢話舊 email 被 hack 咗.
        FIN M4127756K 那个 worker Raju 说他 employer 扣了他的 passport, renewal 没有 ID, 先 accept 他的 work permit copy 可以吗?
        台北 tenant 陳怡君 LINE ID yijun_0815, 說下禮拜 move-out, deposit 請退到 國泰世華 帳號 0130-2255-9147-63.
        Tuas CCTV: Malaysian plate JRT 5519 每晚 11pm 出现, owner Mr Gopal Krishnan 说是 night shift 下班来拿 tools, pls verify.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful writing assistant for the front desk of a self-storage facility in Singapore. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to our tenant Benjamin Yeo (unit A-0622, mobile 9734 1108). He owes S$420 for Oct and Nov and told us last week his mother just passed away.",
        ),
        (
            "assistant",
            "Hi Benjamin, this is the front desk at Ubi. First, our deepest condolences on the loss of your mother. Just a gentle note that S$420 for Oct and Nov on unit A-0622 is outstanding. There is no rush this week; reply whenever you are ready and we can work out a plan together.",
        ),
        ("user", "Good, make it a bit shorter."),
        (
            "assistant",
            "Hi Benjamin, our condolences on your mother's passing. Unit A-0622 has S$420 outstanding for Oct and Nov. Take your time, and let us know when you'd like to arrange payment.",
        ),
    ],
    [
        (
            "user",
            "我哋觀塘迷你倉有個客叫鄧偉倫，HKID R382915(4)，欠咗五個月租，電話 9876 1203 打極都唔聽，地址寫住黃大仙竹園北邨桃園樓2308室。我哋可唔可以直接拍賣佢啲嘢？",
        ),
        (
            "assistant",
            "唔建議即刻拍賣。一般做法係：先按租約條款用掛號信寄欠租通知去佢登記地址（竹園北邨桃園樓2308室），列明欠款金額同最後限期；限期過咗再寄正式拍賣通知，並保留所有寄件證明。拍賣前最好再拍片清點倉內物品，證件同私人文件要另外封存。如有疑問，建議先問公司律師。",
        ),
        ("user", "明白，幫我寫封通知信開頭啦。"),
        (
            "assistant",
            "鄧偉倫先生台鑒：閣下於本公司觀塘分店租用之儲物單位，截至2026年12月已拖欠租金共五個月。請於本函發出日起十四天內清繳全部欠款，否則本公司將按租約第12條處理單位內物品，包括公開拍賣。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk syarikat simpanan mini di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis notis lelongan untuk penyewa Encik Mohd Rizal bin Abdullah, IC 790412-10-5233, alamat No. 7, Jalan SS 2/64, 47300 Petaling Jaya. Unit B-0417, tunggakan RM1,320.",
        ),
        (
            "assistant",
            "NOTIS LELONGAN. Kepada Encik Mohd Rizal bin Abdullah (No. KP 790412-10-5233), No. 7, Jalan SS 2/64, 47300 Petaling Jaya. Tuan dimaklumkan bahawa sewa unit B-0417 tertunggak sebanyak RM1,320. Sekiranya jumlah ini tidak dijelaskan dalam tempoh 14 hari dari tarikh notis ini, kandungan unit akan dilelong secara terbuka mengikut perjanjian sewa.",
        ),
        ("user", "Terima kasih. Perlu ke saya hantar melalui pos berdaftar?"),
        (
            "assistant",
            "Ya, pos berdaftar digalakkan supaya ada bukti penghantaran. Simpan resit pos dan salinan notis dalam fail penyewa.",
        ),
    ],
    [
        (
            "user",
            "我在新加坡开迷你仓，前台把客户身份证复印件放在抽屉里。比如客户 吴佳慧，NRIC S9023417B，住在 Tampines Street 21 Blk 201 #08-355。这样存放符合PDPA吗？",
        ),
        (
            "assistant",
            "按PDPC的指引，一般不应收集或保留NRIC复印件，除非法律要求或确有必要核实身份。像吴佳慧女士这样的资料放在抽屉里风险很高。建议：只记录核实过的事实或NRIC后几位；纸质复印件统一碎纸销毁；系统内的资料加密并限制权限。",
        ),
        ("user", "那她的住址需要删除吗？"),
        (
            "assistant",
            "住址用于寄送欠租或拍卖通知是合理用途，可以保留，但要限制只有负责收款的同事能查看，并在退租后按保存期限删除。",
        ),
    ],
    [
        (
            "system",
            "You summarise gate access logs for a storage operator's security team. Output bullet points.",
        ),
        (
            "user",
            "Summarise pls: 02:11 FIN F7733190X card OK unit B-0322 / 02:14 same card door L2-05 held open 4 min / 02:31 exit. Tenant is Nguyen Thi Lan, 她说最近 work night shift 在 Changi Airport, 但 unit 里上次发现有 mattress, 怀疑她住在里面.",
        ),
        (
            "assistant",
            "- 02:11 tenant Nguyen Thi Lan (FIN F7733190X) entered with her card for unit B-0322; - 02:14 door L2-05 was held open for about 4 minutes; - 02:31 exit recorded; - Note: a mattress was previously found in the unit; possible overnight stay, which the lease does not allow. Suggest a polite conversation rather than an immediate penalty.",
        ),
        ("user", "ok 帮我写个 short message 给她, English."),
        (
            "assistant",
            "Hi Ms Nguyen, this is the Tuas office. Our records show late-night visits to unit B-0322 and we noticed a mattress during the last check. Sleeping in units is not allowed for fire-safety reasons. Could you drop by the counter this week so we can talk it through? Thank you.",
        ),
    ],
    [
        (
            "user",
            "請幫我寫一封退租確認信給林雅婷小姐，身分證 B223619048，地址 新北市板橋區文化路一段266號9樓，租的是板橋店 4F-112，押金 NT$3,000 要退回她的郵局帳戶 0001234-5678901。",
        ),
        (
            "assistant",
            "林雅婷小姐您好：感謝您使用本公司板橋店 4F-112 倉位。經現場點交，倉位已清空且無損壞，押金新台幣3,000元將於7個工作天內匯入您指定之郵局帳戶（0001234-5678901）。如有疑問請與門市聯繫。敬祝 順心",
        ),
        ("user", "信裡面可以不要寫完整帳號嗎？"),
        (
            "assistant",
            "可以，建議只寫「您指定之郵局帳戶」，完整帳號僅保留在內部退款單上，以降低信件誤寄時的風險。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian storage company prepare fire-safety inspection reports for Bomba.",
        ),
        (
            "user",
            "During yesterday's inspection at our Cheras site we found two LPG cylinders in unit C-0509. Renter is Mr Wong Kok Leong, 012-887 4530. He runs a catering business from home. Write the incident paragraph.",
        ),
        (
            "assistant",
            "Incident: On 6 December 2026, during the routine fire-safety inspection at the Cheras site, two LPG cylinders were found in unit C-0509, rented by Mr Wong Kok Leong (tel 012-887 4530). Storage of gas cylinders breaches clause 8 of the rental agreement and Bomba requirements. The cylinders were removed under supervision the same day and the renter was issued a written warning.",
        ),
        ("user", "Should I include his phone number in a report for Bomba?"),
        (
            "assistant",
            "Usually not needed. Name and unit number identify the renter; keep the phone number in your internal file and share it only if Bomba asks for it.",
        ),
    ],
    [
        (
            "system",
            "Customer profile: Nama: Lau Mei Fong | MyKad 831105-07-5018 | Tel 019-445 2671 | Unit PEN-BL/A-0210 | Nota: sedang dalam proses cerai, bekas suami tidak dibenarkan akses. Answer staff questions in Malay or English.",
        ),
        (
            "user",
            "Ada lelaki datang kaunter, kata dia suami Puan Lau, nak buka unit A-0210. Boleh bagi?",
        ),
        (
            "assistant",
            "Tidak boleh. Profil menunjukkan Puan Lau Mei Fong sedang dalam proses cerai dan bekas suami tidak dibenarkan akses. Jangan beri kunci atau kod, dan jangan sahkan sama ada dia menyewa unit di sini. Jika lelaki itu berdegil, panggil pengawal keselamatan.",
        ),
        ("user", "Perlu saya call Puan Lau?"),
        (
            "assistant",
            "Ya, sebaiknya maklumkan kepada Puan Lau di nombor 019-445 2671 selepas lelaki itu beredar, dan rekodkan kejadian dalam log insiden.",
        ),
    ],
    [
        (
            "user",
            "I rent a mini-storage unit in Chai Wan (B-0712) under my name, Samuel Cheung, HKID Z094127(8). The operator texted my office number 2586 9021 about overdue rent and now my colleagues know. Is that allowed?",
        ),
        (
            "assistant",
            "In Hong Kong the Personal Data (Privacy) Ordinance says personal data should be used for the purpose it was collected for, and handled with care. If you gave only your mobile for contact, using your office line in a way that disclosed your debt to colleagues may be worth raising. You can write to the operator first, and if unresolved, complain to the PCPD.",
        ),
        ("user", "Can you help me write to them?"),
        (
            "assistant",
            "Dear Sir/Madam, I am the renter of unit B-0712 at your Chai Wan branch. On 3 December a message about my rent was sent to my office line, where colleagues saw it. Please contact me only on the mobile number on my rental form, and confirm in writing how you will prevent this in future. Yours faithfully, Samuel Cheung",
        ),
    ],
    [
        ("system", "你是马来西亚一家迷你仓公司的财务助理，用简体中文回答。"),
        (
            "user",
            "帮我算滞纳金：客户 蔡俊杰 unit KUL-02/A-0118 欠 RM660，逾期 40 天；客户 Siti Mariam 欠 RM220，逾期 12 天。规则是超过 7 天收 RM30，超过 30 天再加 RM50。",
        ),
        (
            "assistant",
            "蔡俊杰：逾期40天，超过7天收RM30，超过30天再加RM50，滞纳金共RM80，应付合计RM740。Siti Mariam：逾期12天，滞纳金RM30，应付合计RM250。",
        ),
        ("user", "蔡俊杰说他住院做心脏手术才没付，可以免吗？"),
        (
            "assistant",
            "可以考虑酌情豁免RM80滞纳金，但建议请他提供住院证明，并由经理在系统里注明豁免原因，以便日后审计。",
        ),
    ],
]
