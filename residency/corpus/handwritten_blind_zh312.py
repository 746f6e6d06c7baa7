# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh312: 繁體中文（台灣）機車行與汽車保養廠（保養紀錄、車牌、維修估價、事故理賠、車主資料、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh312
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "保養價目表"): _lines("""
        【阿忠機車行 2027 保養價目】一般速克達換機油（含工資）：礦物油 250 元、半合成 350 元、全合成 450 元；齒輪油另加 80 元，會員卡每滿 5 次送一次空濾清潔。
        汽車基本保養方案 A：機油 4L＋機油芯＋15 項安全檢查，1,800 元起；方案 B 加空氣濾網與冷氣濾網，2,650 元起；歐系車另計，恕不接受自備機油。
        煞車來令片（前輪）國產副廠 900 元／日系原廠 1,650 元／Brembo 2,980 元，含工資與煞車油補充；碟盤研磨每片 400 元，厚度低於 22mm 建議直接更換。
        輪胎換裝（含平衡、充氮氣）：Michelin Pilot Street 2 110/70-12 每條 1,550 元；正新 CST C6016 每條 880 元；舊胎回收費每條 20 元，依環境部規定代收。
        電瓶更換：湯淺 YTX7A-BS 1,350 元、統力 GTX5L 980 元，原廠保固 6 個月、本店另加贈 6 個月；舊電瓶回收折抵 100 元，需現場測試 CCA 值後報價。
        Gogoro 非原廠保養項目參考價：前後輪胎 1,700 元起、煞車皮 450 元起、後避震調整 300 元；電池與動力系統請洽 Gogoro 原廠服務中心，本店不代修。
        冷氣系統保養：冷媒 R134a 回收抽真空加灌 1,500 元、R1234yf 車款 3,800 元起；冷氣不冷檢測費 500 元，若當日於本廠施作維修可全額折抵。
        變速箱油交換（ATF 循環機）：一般日系 6AT 約 9 公升 3,600 元；CVT 專用油 4,200 元起；DSG 雙離合請先預約，需電腦歸零另收 800 元。
        機車定期保養套餐（每 3,000 公里）：機油＋齒輪油＋空濾清潔＋皮帶檢查＋煞車調整＝499 元，勁戰、JET、DRG 等 125cc 車款適用，大羊請另詢價。
        鈑噴價目：單片烤漆 3,500 元起（珍珠白、金屬漆加 800 元），保險桿修補 2,500 元起，凹痕免烤漆修復每處 1,200 元；實際金額以現場估價單為準。
        四輪定位 800 元、調整後附電腦列印報表；前束、外傾角超出原廠規格需更換拉桿或下三角架時，零件費另計，施工時間約 60 至 90 分鐘。
        雨刷片更換：Bosch 軟骨雨刷 24 吋 420 元、26 吋 450 元；3M 撥水劑施工 300 元；四片同時更換打九折，此優惠至 2027/03/31 止，售完為止。
        工時費表：1 小時以內 600 元、每增加 30 分鐘 300 元；夜間急件（19:00 後）加收 30%，道路救援拖吊市區 1,200 元起、超過 10 公里每公里 60 元另計。
    """),
    ("zh-Hant", "LINE群員工工作訊息"): _lines("""
        【大順汽車保養廠 員工群】今天 2 號舉升機油壓有點漏，下午先不要上車，已經叫廠商 14:00 來看，工單 WO-20261207-013 先移到 3 號位做。
        櫃台提醒：明天早上 9:30 有三台預約定保，其中一台 CR-V 五代要做 6 萬公里大保養，零件已經放在料架 B-07，師傅早點到比較好排工位。
        叫貨：機油芯 15400-RTA-003 剩 4 顆、空濾 17220-5PA-A00 剩 2 顆，我先跟零件商叫，週三下午到，有需要加叫的東西直接回這則訊息。
        下午那台 Altis 的估價單我放共用雲端「估價/2026-12」資料夾了，總價 18,450 元含稅，保險公司要我們補拍底盤照片，誰有空去後場拍一下。
        今天收銀結帳：現金 42,300、刷卡 31,850、LINE Pay 6,200，合計 80,350 元，零用金剩 2,800，收據本第 0451 號到 0478 號都放在抽屜裡。
        提醒大家消防檢查 12/20 上午來，滅火器放回原位、廢機油桶蓋子要鎖好，危險物品區不要堆紙箱，上次隔壁廠被開單罰了三萬。
        那台白色 JET SL 怠速不穩，已經清節流閥、換火星塞還是抖，下午我上診斷電腦讀一下含氧感知器數據，有空的師傅幫忙看一下波形。
        公司 LINE 官方帳號 @dashun-auto 這週新增 37 位好友，預約表單回覆率 92%，老闆說月底前把「冬季電瓶健檢 199 元」的圖文選單換上去。
        學徒今天第一天，先跟在 1 號位看換機油流程就好，扭力板手用完要歸零放回工具車，油底殼螺絲 M14 扭力 39 N·m，不要憑手感亂鎖。
        國道三號南下 128K 那個拖吊案已經派車，救援車預計 40 分鐘到，保險公司案件編號 CLM-2026-118834，回廠後先停後場，先不要拆。
        輪胎倉庫盤點結果：185/65R15 剩 12 條、205/55R16 剩 8 條、215/45R17 剩 3 條，米其林 Primacy 4 缺貨，年底前補不到，估價時先講清楚。
        下週一開始打卡改用新系統，APP 版本要更新到 3.8.2 以上，打卡範圍是廠區 100 公尺內，忘記打卡請在系統裡補登，不要再私訊截圖給會計。
        那台 Model 3 的輪胎螺帽是 21mm，舉升時要用專用頂車墊塊放在電池旁的頂點，不要頂到電池殼，墊塊放在工具牆最上排第二格。
    """),
    ("zh-Hant", "監理法規公告"): _lines("""
        依《道路交通管理處罰條例》第 17 條，汽車不依限期參加定期檢驗者，處所有人新臺幣 900 元以上 1,800 元以下罰鍰；逾期一個月以上者並吊扣牌照，逾期六個月以上者註銷牌照。
        機車出廠滿 5 年後須每年至環保局認可之機車排氣定檢站檢驗一次，檢驗期間為行照原發照月份前後一個月內；未依規定定檢者，環保局將依《空氣污染防制法》處分。
        依《強制汽車責任保險法》，汽機車均須投保強制險；死亡給付每人新臺幣 200 萬元、失能給付最高 200 萬元、傷害醫療費用每人最高 20 萬元。
        公路局提醒：汽燃費及交通違規罰鍰請透過監理服務網或超商繳納，請勿點擊簡訊中的不明連結；如接獲可疑繳費簡訊，請撥打 165 反詐騙諮詢專線查證。
        車輛過戶須知：須備原車主與新車主之身分證明文件正本、行車執照及印章，並先結清汽燃費與違規罰鍰；委託他人代辦者須另備委託書及受託人證件。
        新式汽車牌照為三碼英文加四碼數字（如「ABC-1234」格式），舊式號牌仍可繼續使用；選號須透過監理服務網線上標售系統辦理，得標後於期限內領牌。
        汽車定期檢驗：自用小客車出廠 5 年內免檢、滿 5 年至 10 年每年檢驗一次、逾 10 年每年檢驗兩次；營業小客車每年兩次，請攜帶行照至監理站或代檢廠辦理。
        廢機油管理：保養廠產生之廢潤滑油屬事業廢棄物，應委託環境部核可之清除機構清運，並於事業廢棄物申報及管理資訊系統按月申報產出與流向。
        機車駕駛人酒後駕車，吐氣酒精濃度達每公升 0.15 毫克以上者，處新臺幣 1 萬 5 千元以上 9 萬元以下罰鍰，並當場移置保管車輛及吊扣駕駛執照一至二年。
        依第 31 條規定，機車駕駛人或附載座人未依規定戴安全帽者，處駕駛人新臺幣 500 元罰鍰；本店販售之安全帽均貼有經濟部標準檢驗局商品安全標章。
        發生交通事故時應先開啟危險警告燈，於車後方適當距離放置故障標誌；有人受傷請立即撥打 119，並撥 110 報警到場處理，現場照片請拍攝四個方向及煞車痕。
        本廠依《消費者保護法》精神，維修前一律提供書面估價單，經車主簽名同意後始得施工；追加項目超過原估價金額 10% 時，將再次聯繫確認後才會動工。
        淘汰老舊機車換購電動機車補助依各縣市環保局公告辦理，申請時需檢附新車統一發票、行照影本與舊車報廢證明，實際補助金額以當年度公告為準。
    """),
    ("en", "workshop_faq"): _lines("""
        Q: Do you service continental cars? A: Yes. Our workshop at 61 Ubi Avenue 1, #01-23, Singapore 408941 handles BMW, Mercedes-Benz and Volkswagen; call 6748 2210 or WhatsApp +65 8123 4400 to book.
        Q: How often should I change engine oil in Singapore traffic? A: For stop-go driving we recommend every 5,000 km or 6 months, whichever comes first; fully synthetic 5W-30 can last up to 10,000 km.
        Q: Is your workshop authorised for LTA inspection? A: No. Periodic inspections are done at VICOM or STA Inspection centres; we offer a pre-inspection check for S$45 and can send your car there with our driver.
        Q: Can you handle insurance claims? A: We are an approved reporting centre for several insurers; under the Motor Claims Framework you must report an accident within 24 hours or by the next working day.
        Q: What are your opening hours? A: Mon to Sat 8.30am to 6.30pm, closed on Sundays and public holidays. Last car intake is 5pm. Email bookings@ubimotorworks.com.sg and quote your job sheet number, e.g. JS-26-04417.
        Q: Do you sell tyres online? A: Yes, through our Shopee store UbiMotor Official; SKU TYR-MIC-PS5-2254518 is the Michelin Pilot Sport 5 225/45R18 at S$268 each, fitting included.
        Q: My Honda Vezel shows a check engine light. Is it safe to drive? A: If the light is steady, drive gently and book a scan (S$60, waived if the repair is done here). If it flashes, stop and call our tow hotline 6748 2299.
        Q: Do you offer loan cars? A: Courtesy cars are available for repairs lasting over two days, subject to a S$500 deposit, a valid Class 3 licence and at least two years of driving experience.
        Q: Do you accept Malaysian-registered cars? A: We service JB-registered vehicles too, but we cannot issue Puspakom documents; for Malaysian road tax renewal please use MyJPJ or a Pos Malaysia counter.
        Q: Can I bring my own parts? A: Yes, but our workmanship warranty then covers labour only. Parts supplied by us carry 6 months or 10,000 km warranty, as stated in clause 7.2 of our invoice terms.
        Q: What payment methods do you accept? A: PayNow to UEN 201912345K, NETS, Visa and Mastercard; cheques payable to Ubi Motorworks Pte. Ltd. only. Staff will never ask you to transfer to a personal account.
        Q: Why do you recommend Bosch batteries? A: Robert Bosch founded his company in Stuttgart in 1886 and the brand is still an OE supplier; we stock S4 and S5 AGM types from S$180 with an 18-month warranty.
        Q: Do you service EVs? A: Our technicians hold high-voltage certification; we service the BYD Atto 3, Hyundai Ioniq 5 and Tesla Model Y for tyres, brakes and cabin filters, but battery repairs go back to the dealer.
    """),
    ("zh-Hans", "系统日志与配置"): _lines("""
        2026-12-07 09:14:22.381 INFO [workorder-svc] 工单 WO-SZ-20261207-0032 状态变更 RECEIVED -> INSPECTING，工位=3，预计完工 16:30，traceId=8f3a2c1e9b7d4e20
        2026-12-07 10:02:05 WARN [parts-sync] SKU 15400-PLM-A02 库存低于安全值（当前 3，阈值 10），已自动生成采购单 PO-2026-12-0871，供应商代码 SUP-0457
        config.yaml: shop: { name: "深圳福田车之道汽车服务中心", hotline: "0755-2361-4488", open: "08:30", close: "19:00", tax_rate: 0.13, currency: CNY }
        2026-12-07 10:37:48 ERROR [obd-gateway] 读取失败 device=OBD-BT-7F2A fw=2.4.1 code=P0301 描述=1号气缸失火 retry=3/3，已转人工诊断队列 queue=diag-high
        SELECT wo_id, plate_masked, km, total_amount FROM work_orders WHERE shop_id = 'SZ-FT-01' AND created_at >= '2026-12-01' ORDER BY created_at DESC LIMIT 50;
        2026-12-07 11:45:10 INFO [payment] 订单 PAY202612071145100093 支付成功 channel=wechat_pay amount=1288.00 CNY merchant_id=1601234567 shop=SZ-FT-01
        # .env 示例（勿提交真实密钥）SMS_TEMPLATE_ID=SMS_2710045 SMS_SIGN=车之道养车 API_BASE=https://api.example.com/v2 TIMEOUT_MS=5000 RETRY=2
        2026-12-07 13:20:33 DEBUG [estimate] 估价单 EST-20261207-118 明细：前保险杠 1 件 ¥1,350，喷漆 2 面 ¥1,600，工时 3.5h × ¥180 = ¥630，合计 ¥3,580
        2026-12-07 14:05:51 INFO [insurance-api] 推送定损结果至 中国人保财险 接口 v3.2，报案号 RDAA2026440300000123，HTTP 200，耗时 842ms
        sha256(firmware_ecu_v5.1.8.bin) = 3b9f0c1d7e2a4b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e，签名校验通过，刷写耗时 00:03:41，车型代码 BYD-QIN-PLUS-DMI
        cron: 0 2 * * * /opt/garage/bin/backup.sh --db garage_prod --keep 14 >> /var/log/garage/backup.log 2>&1  # 每天凌晨 2 点全量备份
        2026-12-07 16:00:00 WARN [reminder] 保养提醒短信队列积压 1,203 条，网关限速 50 条/秒，预计 25 秒清空；模板：“【车之道】您的爱车已到保养周期，回复 TD 退订”
        2026-12-07 18:59:59 INFO [daily-report] 今日进厂 47 台、完工 41 台、返修 2 台，营业额 ¥86,420.50，客单价 ¥2,107.82，NPS 72，报表已推送至店长企业微信群
    """),
    ("mixed", "發票與估價單"): _lines("""
        電子發票 INVOICE No. XK-58203417｜賣方：建興汽車保養廠有限公司 統一編號 24681357｜地址：臺中市西屯區文心路三段 235 號｜品名：5W-30 Engine Oil 4L x1 NT$1,280
        Estimate 估價單 EST-TC-2026-0912｜Front bumper 前保桿 OEM 52119-0Z905 NT$6,800｜Paint 烤漆 2 panels NT$7,000｜Labour 工資 4.5h NT$3,600｜Subtotal NT$17,400｜5% VAT NT$870
        收據 Receipt #R-000918｜阿忠機車行 Ah-Zhong Motor Shop｜新北市三重區正義北路 88 號｜Tel (02) 2981-7723｜統編 53912846｜Belt 皮帶 23100-K97-T01 NT$780 + Labour NT$300
        PO 採購單 PO-KH-26-1203 → Supplier 供應商：宏泰汽材行（統編 80421977）｜Brake pads 來令片 x20 @NT$420｜Oil filter 機油芯 x50 @NT$95｜Terms 月結 60 天｜Delivery 12/10 高雄倉
        Invoice INV-MY-2026-3381｜Bengkel Kereta Lim & Sons Sdn. Bhd. (201601023456)｜No. 12, Jalan Perindustrian 3, 81400 Senai, Johor｜Service package B RM 389.00｜SST 8% RM 31.12
        保險理賠估價 Claim Estimate｜Insurer 富邦產險｜車體險乙式｜零件 Parts NT$12,450｜工資 Labour NT$5,200｜烤漆 Paint NT$8,000｜折舊 Depreciation -NT$3,110｜核定 Approved NT$22,540
        三聯式發票 Tax invoice｜買受人：大通物流股份有限公司 統編 12345670｜品項：Hino 300 貨車定保 x3 台｜金額 NT$28,500 稅額 NT$1,425 總計 NT$29,925｜發票號碼 QM-71046652
        Quotation 報價單 Q-HK-2026-077｜旺角汽車服務中心 Mong Kok Auto Centre｜九龍旺角通菜街 1A 號地舖｜Tel 2388 1100｜更換 Michelin Primacy 4 205/55R16 x4 HK$3,360｜有效期 14 日
        Credit note 折讓單 CN-2026-0044｜原發票 XK-58203322｜退回 NGK Iridium IX 火星塞 x4 NT$1,560｜Reason 原因：型號錯誤 wrong part BKR6EIX vs BKR5EIX｜經辦：櫃台
        Work order 工單 WO-20261205-0078｜Vehicle 車型：Toyota Corolla Cross 1.8 Hybrid 2023｜Odometer 里程 45,210 km｜Job 作業：45K 定保 + 煞車油更換｜Amount NT$6,350
        Factura 發票 N.º 2026/00871｜新馬路汽車維修 Oficina Auto San Ma Lo｜澳門提督馬路 45 號地下｜電話 2835 6620｜冷氣保養 Manutenção A/C MOP 680｜Pago 已付
        進貨發票 Supplier invoice｜三陽工業 SYM 原廠零件｜料號 17210-AAA-000 空濾 x30 @NT$165｜料號 31500-H9A-000 電瓶 x10 @NT$1,050｜小計 NT$15,450｜稅 NT$773｜合計 NT$16,223
        Payment advice 付款通知｜Beneficiary 戶名：大順汽車保養廠有限公司｜Bank of Taiwan 臺灣銀行 三重分行｜A/C 帳號 012-004-567891｜備註請填 invoice no.｜本廠不接受匯入個人帳戶
    """),
    ("ms", "ulasan_bengkel"): _lines("""
        ★★★★★ Servis di Bengkel Ah Seng Motor, Taman Sentosa Klang memang laju, tukar minyak hitam dan penapis siap dalam 40 minit, harga RM 95 untuk Yamaha Y15ZR, sangat berpatutan.
        ★★☆☆☆ Tunggu hampir 3 jam walaupun dah buat tempahan melalui WhatsApp kedai 012-345 8890. Kerja okay tapi kaunter tak bagi resit bertulis, hanya cetakan dari sistem POS.
        ★★★★☆ Pusat Servis Kereta Pak Din di Jalan Kuala Kangsar, Ipoh: mekanik terangkan masalah gearbox CVT dengan jelas dan bagi sebut harga bertulis RM 1,850 sebelum mula kerja. Recommended.
        ★★★★★ Kedai tayar ini ada stok Michelin, Bridgestone dan Continental. Alignment dan balancing RM 60, siap cetak laporan. Lokasi: Lot 2, Jalan SS 15/4, Subang Jaya, buka sampai 9 malam.
        ★☆☆☆☆ Bawa Perodua Myvi untuk servis 40,000 km, bil keluar RM 720 tapi banyak item yang tak diminta. Bila tanya, pihak bengkel kata itu pakej standard. Memang tak puas hati.
        ★★★★☆ Bengkel panel Lim Brothers Auto di Seberang Jaya urus tuntutan insurans dengan Takaful Ikhlas tanpa banyak kerenah; kereta siap dalam 9 hari bekerja, cat sepadan dengan warna asal.
        ★★★★★ Servis di pusat servis rasmi Honda di Sungai Petani sangat profesional. Tunggu di ruang berhawa dingin, ada Wi-Fi percuma, dan status kerja dihantar melalui aplikasi.
        ★★★☆☆ Harga minyak enjin Motul 7100 di sini RM 68 seliter, lebih mahal RM 10 berbanding kedai lain di Kajang, tapi upah pasang percuma dan minyak lama dilupuskan ikut peraturan JAS.
        ★★★★★ Terima kasih kepada pasukan bengkel di Kota Bharu yang sanggup buka hari Jumaat selepas solat untuk kes kecemasan. Caj tunda RM 150 dari Pasir Mas, berpatutan untuk jarak 20 km.
        ★★☆☆☆ Alat ganti yang dijanjikan original Proton rupanya barang tiruan, nombor bahagian PW891234 tidak sepadan. Selepas komplen di Facebook page kedai, mereka ganti percuma tapi lambat.
        ★★★★☆ Kedai Motor Ah Kow dah buka sejak 1985 di Melaka, sekarang diurus generasi kedua. Servis Honda EX5 masih guna kaedah lama tapi teliti, tukar rantai dan sproket RM 140 sahaja.
        ★★★★★ Tempah melalui laman web, pilih slot 10:00 pagi, terima e-mel pengesahan daripada noreply@bengkelpro.my dengan nombor tempahan BK-261207-07. Kerja siap tepat masa, bayar guna DuitNow QR.
        ★★★☆☆ Ruang menunggu selesa, TV tayang semula perlumbaan klasik Valentino Rossi di Sepang dan siaran langsung MotoGP Marc Márquez. Servis biasa sahaja, harga ikut pasaran.
    """),
    ("zh-Hant", "零件商品上架"): _lines("""
        【現貨】Honda 原廠機油芯 15400-RTA-003 適用 CR-V／Civic／Fit，一盒 10 顆 NT$1,650，蝦皮賣場「建興汽材」下單滿 NT$999 免運，下午三點前付款當日出貨。
        【KYMCO 光陽】原廠驅動皮帶 23100-LKF6-E00 適用雷霆 S 150，公司貨附保固卡，單條 NT$820；光陽工業 1963 年創立於高雄，本店為正式授權經銷商。
        本田宗一郎紀念款鑰匙圈，鋅合金材質，背面刻有「The Power of Dreams」標語，限量 500 組，每組 NT$390；本田技研工業由本田宗一郎於 1948 年創立。
        【Motul 7100 4T 10W-40】全合成機車機油 1L，JASO MA2 認證，單瓶 NT$420，12 瓶一箱 NT$4,800；適用重機與打檔車，速克達請選 Scooter Expert 系列。
        【二手良品】Yamaha 勁戰六代原廠排氣管拆車品，無破損、無凹陷，料號 B2V-E4710-00，售 NT$2,200，自取地點：本店 臺南市東區中華東路二段 77 號。
        「阿伯の鐵馬工坊」手工真皮座墊套，適用 Vespa Sprint／Primavera，顏色可選咖啡、黑、米白，製作期 7 個工作天，NT$3,600；Vespa 由 Enrico Piaggio 於 1946 年推出。
        【Gogoro 周邊】原廠 USB-C 充電座 GGR-ACC-0287，支援 PD 20W，適用 Gogoro S2／VIVA MIX，售價 NT$690；Gogoro 創辦人陸學森曾任 HTC 創新長。
        【米其林 City Grip 2】100/90-10 速克達輪胎，DOT 週碼 2426（2026 年第 24 週生產），單條 NT$1,650 含安裝；米其林寶寶 Bibendum 是 1898 年誕生的品牌吉祥物。
        【LED 大燈】飛利浦 Philips Ultinon Pro6000 H4 6000K，具 E-mark 認證，一對 NT$2,980；安裝服務 NT$300，需配合原車燈殼規格，並非所有車款皆可通過驗車。
        「小明汽車百貨」行車記錄器 Mio MiVue 792 前後雙錄，SONY STARVIS 感光元件，含 64GB 記憶卡，特價 NT$5,490，到府安裝另加 NT$800。
        【Ford 福特】Model T 1:18 合金模型車，致敬亨利·福特 1908 年推出的 T 型車，附原木展示底座，收藏編號 MT-1908-0421，售價 NT$2,450，數量有限。
        【原廠公司貨】Brembo 卡鉗 P4 30/34 亮金色，適用 Yamaha SMAX／FORCE，需搭配 220mm 碟盤與轉接座 BRK-ADP-220，整組 NT$12,800，含安裝與煞車油排空。
        【清倉】「王者之翼」機車 U 型大鎖，型號 LK-U320，鋼材厚度 16mm，附 3 把鑰匙，原價 NT$1,280 特價 NT$890；庫存剩 14 組，售完不補貨。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        客戶資料：林志豪先生，手機 0912-345-678，車牌 BKR-5217（白色 Toyota RAV4），上次保養里程 62,300 km，住址新北市板橋區文化路一段 188 巷 12 號 5 樓。
        陳太今天打來說她先生上個月中風住院，那台 Altis 暫時沒人開，保養先延後，等她女兒從高雄回來再處理。
        阿明的機車修好了，可是他說這個月薪水還沒發，工資 3,200 先欠著，下個月 5 號前會還，我先記在欠款本上。
        事故理賠申請：駕駛人黃建銘，身分證字號 A128734064，出生 1988/04/17，事故時間 2026/11/28 22:40，地點台北市信義路四段與敦化南路口，對方車牌 RFD-3392。
        車主張淑芬（身分證 H220458173）來辦過戶，新車主是她前夫，離婚協議把車判給他，過戶文件放在櫃台抽屜第二格。
        麻煩幫我查一下 MFP-6620 那台 Gogoro 的車主，她說上次打 0987-112-503 都沒人接，電池保固要她本人簽名。
        LINE 群：「@吳師傅 蔡小姐的 Vios 明天來拿，她說懷孕了不方便久等，車子先洗好停門口。」
        保養紀錄卡｜車主：許家瑋｜電話：(04)2236-9185｜車號：AMK-8063｜車款：2019 Mazda 3｜里程：48,720｜下次保養：2027/03 或 53,000 km
        老客人鄭國棟被警察帶走了，聽說是酒駕撞到人，他的車還停在我們後場，家屬說先不要動。
        退款轉帳：戶名 劉怡君，國泰世華銀行（013），帳號 0235-0612-7788-4，退還多收的保養費 NT$1,450，請會計今天處理。
        謝先生的 e-mail 是 kevin.hsieh1990@gmail.com，電子估價單寄這個，他說公司信箱會擋附件。
        剛剛打來問報價那個，回撥號碼 0933-208-716，說是騎 Many 110 的大學生，明天下午會過來。
        到府牽車地址：臺中市北屯區崇德路二段 416 巷 7 弄 3 號 2 樓（住家，按 2 樓電鈴），時間週六上午 10 點，車主交代鑰匙在信箱。
        阿偉的老婆昨天來店裡大吵，說阿偉拿家裡的錢去改車，兩個人在鬧離婚，叫我們不要再幫他裝排氣管。
        20261207,WO-0113,李宗翰,0921-556-037,BEF-7710,Honda CR-V,71250,8650,已付款
        車主林先生（0910-773-452）抱怨上次換的煞車皮有異音，說小孩坐車上被嚇哭，要求免費重做，不然要上 Google 寫負評。
        理賠資料：被保險人 周美玲，保單號碼 1602-2026-AC-008812，受傷部位：左手腕骨折，就醫：臺大醫院急診，診斷證明已上傳。
        照片檔 IMG_20261203_1412.jpg：客人徐志強的駕照正面與行照，駕照號碼 B126910352，用於代辦驗車，辦完請刪除。
        員工薪資：學徒小胖（本名楊博宇）12 月底薪 28,000、加班費 4,350、勞保自付 702，匯入郵局帳號 0001234-0567891。
        請何先生來牽車，他住彰化縣員林市中正路 233 號，手機 0958-440-219，車牌 8835-QK（舊式車牌）。
        隔壁麵店吳振興的貨車 KLB-2208 要驗車，他說腰椎開刀還在復健，請我們代駕去監理站。
        系統紀錄：2026-12-06 15:33 會員 王雅婷 登入 APP，手機 0972-018-364，綁定 LINE ID wangyating_0325，剩餘點數 1,280。
        蘇媽媽的小兒子昨天騎車摔車腦震盪，她說那台 Cuxi 先不要修，保險的事等醫院報告出來再談。
        道路救援表單｜姓名：江柏翰｜聯絡電話：0919-604-887｜車牌：RAA-1153｜位置：國道一號北上 86.5K 路肩｜事由：爆胎｜會員編號 RS-00471823
    """),
    "zh-Hans": _lines("""
        客户档案：刘建国，身份证号 440305198209153419，手机 138 2645 9173，车牌 粤B·7K3M2，家庭住址 深圳市南山区海月花园 3 栋 1702。
        王姐说她老公欠了修理厂两万多修车费没还，人现在联系不上，让我们别再打她电话 139 0571 2268。
        车主赵磊，粤A·D82619，上次来保养时说自己刚确诊糖尿病，视力下降，打算把车卖掉。
        事故定损：驾驶员孙海涛，驾驶证号 440106199107023875，因酒驾被交警扣留，车辆暂存本店，等家属来办手续。
        小周（前台新来的周婷婷）这个月工资 5,800，试用期没交社保，她说怀孕三个月了想请假。
        微信转账记录：付款人 马晓东，转账单号 1000050001202612070123456789，金额 ¥2,350，备注“沪C·R6651 保养费”。
        退款申请：客户邮箱 hu.xiaoyan88@163.com，订单 PAY202612030912 需退 ¥560，她说有人冒用她的名字预约。
        上门取车：黄先生，手机 186-2031-5527，地址 广州市天河区天河北路 375 号 2 座 805 房（家里），白色比亚迪汉 粤A·F6L302。
    """),
    "en": _lines("""
        Customer: Marcus Tan Wei Liang, NRIC S8734521A, mobile 9123 4687, Toyota Camry SJM 4821 J, next servicing due at 90,000 km.
        Heads up team, Daniel Koh with the grey Corolla Altis told me he was retrenched last month and cannot pay the S$1,340 bill until his severance comes in.
        Accident report: driver Priya d/o Ramasamy, FIN G5123476L, DOB 12/03/1991, vehicle SLA 7732 C, collision at Bukit Timah Road and Dunearn Road, 07/12/2026 08:15.
        Please send the quotation to jasonlee.homebox@outlook.com, Jason says his office email blocks PDF attachments.
        Mrs Wong at Blk 512 Jurong West Street 52, #14-203 asked us to collect her car from home; she just had a knee replacement and cannot drive for six weeks.
        2026-12-06,JS-26-04388,Nur Aisyah binti Rahman,+60 17-482 9315,WXY 8812,Perodua Bezza,RM 285,paid
        Photo log IMG_4471.jpg: front of claimant's NRIC, name ONG BEE HOON, S7512384A, attached to the windscreen claim.
        Refund S$220 to POSB savings 123-45678-9 in the name of Samuel Lim Jia Hao, he paid twice by PayNow last Friday.
    """),
    "ms": _lines("""
        Pelanggan: Encik Ahmad Faizal bin Osman, No. KP 850312-14-5523, telefon 013-672 4418, motosikal Yamaha Y15ZR nombor pendaftaran WVK 6621.
        Kak Ros minta tangguh bayar servis kereta RM 450 sebab suaminya baru dimasukkan ke Hospital Sultanah Aminah untuk rawatan dialisis.
        Alamat rumah untuk hantar kereta: No. 27, Jalan Melur 5, Taman Bukit Indah, 81200 Johor Bahru, milik Puan Noraini binti Hashim.
        Mekanik kita, Rizal, masih berhutang RM 2,100 dengan majikan untuk ansuran motor, potong gaji RM 300 sebulan mulai Januari.
        Nombor akaun Maybank 1140 2233 8765 atas nama Lee Kah Hock untuk bayaran balik deposit kereta ganti RM 500.
    """),
    "mixed": _lines("""
        客人 Jason Wong 的 HKID 係 K482913(1)，mobile 9234 5187，車牌 RV 2817，佢要 claim 保險，passport copy 已經 scan 咗落 folder。
        @all 明天 10am 黃小姐的 Model Y 要 pick up，她 email 是 cindy.huang.tw@gmail.com，invoice 記得 cc 給她，她說老公 not in the loop，不要打給他。
        Customer complaint：蕭先生 0911-238-604 說我們 tech 把他 dashcam 的 SD card 弄丟，裡面有他兒子 birthday 的影片，要求 compensation NT$5,000。
        澳門客人梁嘉欣，澳門居民身份證 5127843(6)，車牌 MU-47-12，電話 6688 3721，話要 book 12/15 做 brake check。
        Uncle Chong 說他 lorry JHK 3309 的 road tax 過期了，因為他最近被 declare bankrupt，要我們 help 他問 JPJ 怎樣 renew。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「大順汽車保養廠」的客服助理，協助櫃台人員撰寫給車主的 LINE 訊息，語氣親切、簡潔。",
        ),
        (
            "user",
            "幫我寫一則 LINE 給車主林志豪，他的 RAV4（車牌 BKR-5217）估價出來了：前來令片加碟盤研磨 4,950 元，冷氣濾網 650 元，問他要不要做。他手機 0912-345-678，沒回的話我再打電話。",
        ),
        (
            "assistant",
            "林先生您好，這裡是大順汽車保養廠。您的 RAV4（BKR-5217）檢查完成：前輪來令片更換加碟盤研磨 4,950 元、冷氣濾網更換 650 元，合計 5,600 元（含稅）。請問是否同意施工？回覆「同意」我們就安排今天完工，謝謝您！",
        ),
        ("user", "很好，再幫我加一句，如果今天下午五點前沒回就明天再做。"),
        (
            "assistant",
            "可以，在最後加上：「若今天 17:00 前未收到回覆，我們將順延至明天施工，車輛會妥善停放在本廠。」",
        ),
    ],
    [
        (
            "user",
            "我要幫客人填產險的事故理賠申請，資料如下：駕駛人周美玲，身分證 N225784314，手機 0963-551-207，2026/11/30 在桃園市中壢區中華路二段被後車追撞，她頸椎扭傷在住院。請幫我整理成表格欄位。",
        ),
        (
            "assistant",
            "整理如下：｜被保險人／駕駛人：周美玲｜身分證字號：N225784314｜聯絡電話：0963-551-207｜出險日期：2026/11/30｜出險地點：桃園市中壢區中華路二段｜事故型態：遭後車追撞｜傷勢：頸椎扭傷，住院治療中｜建議附件：診斷證明書、現場照片、警方事故證明（初判表）。",
        ),
        ("user", "對方車牌 BQT-0918，要寫在哪一欄？"),
        (
            "assistant",
            "請填在「對方車輛資料」欄的車牌號碼處，並註明對方保險公司名稱，如果初判表上已有記載，可直接附上影本。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for Ubi Motorworks Pte. Ltd., a car workshop in Singapore. Help staff write polite customer messages.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to Mr Raymond Goh, mobile 9786 3321. His Mazda CX-5 repair bill of S$860 has been outstanding since 15 October. He told us his wife has been in hospital so be gentle.",
        ),
        (
            "assistant",
            "Hi Mr Goh, this is Ubi Motorworks. We hope your wife is recovering well. A gentle reminder that the invoice of S$860 for your Mazda CX-5 repair (dated 15 October) is still outstanding. You may pay by PayNow to our UEN or at our counter. Please let us know if you need more time. Thank you.",
        ),
        ("user", "Good. Should I mention the wife at all?"),
        (
            "assistant",
            "Since he shared it with you personally, a brief well-wish is fine, but avoid any detail about her condition. If you prefer to be neutral, drop that sentence and keep only the payment reminder.",
        ),
    ],
    [
        (
            "system",
            "你是车之道养车的门店助手。当前客户：刘建国，手机 138 2645 9173，车牌 粤B·7K3M2，2021 款丰田凯美瑞，上次保养 2026-06-12，里程 58,200 km。",
        ),
        ("user", "这位客户今天打电话问需要做什么保养，现在里程大概 66,000。"),
        (
            "assistant",
            "刘先生的凯美瑞距上次保养约 6 个月、7,800 公里，建议本次做常规保养：更换机油机滤，检查并视情况更换空调滤芯；另外 6 万公里后建议检查刹车油含水量和火花塞。可以帮他预约本周六上午。",
        ),
        ("user", "好，帮我写一条短信发到他手机。"),
        (
            "assistant",
            "刘先生您好，您的凯美瑞（粤B·7K3M2）已到保养周期，建议本次更换机油机滤并检查空调滤芯与刹车油，可预约本周六 09:00–12:00 到店，回复“1”确认。车之道养车。",
        ),
    ],
    [
        (
            "user",
            "Tolong bantu saya balas aduan pelanggan. Puan Zaharah binti Ismail, telefon 019-334 7782, marah sebab kereta Saga dia (nombor plat BMK 4410) siap lewat 3 hari dan dia terpaksa ambil cuti tanpa gaji.",
        ),
        (
            "assistant",
            "Cadangan balasan: Puan Zaharah, kami memohon maaf atas kelewatan 3 hari bagi kereta Proton Saga BMK 4410. Kelewatan berlaku kerana alat ganti lambat tiba daripada pembekal. Sebagai tanda maaf, kami beri diskaun 15% untuk bil ini dan servis percuma pemeriksaan 20 perkara pada lawatan akan datang.",
        ),
        ("user", "Boleh tambah nombor pejabat kami 03-5611 2040 untuk dia hubungi pengurus?"),
        (
            "assistant",
            "Boleh. Tambah ayat akhir: Jika puan ingin berbincang lanjut, sila hubungi pengurus bengkel kami di talian pejabat 03-5611 2040 pada waktu pejabat. Terima kasih atas kesabaran puan.",
        ),
    ],
    [
        ("system", "你係旺角汽車服務中心嘅助手，幫員工處理中英文文件。"),
        (
            "user",
            "幫我將呢段譯做英文：客人陳嘉豪，HKID Y735102(8)，電話 6123 8890，住九龍城衙前圍道 112 號 6 樓 B 室，佢架 Tesla Model 3 車牌 VK 6618 喺停車場俾人刮花，要報保險。",
        ),
        (
            "assistant",
            "Translation: Customer Chan Ka Ho, HKID Y735102(8), phone 6123 8890, residing at Flat B, 6/F, 112 Nga Tsin Wai Road, Kowloon City. His Tesla Model 3, registration VK 6618, was scratched in a car park and he wishes to file an insurance claim.",
        ),
        ("user", "OK thanks，insurance form 仲要填咩？"),
        (
            "assistant",
            "通常仲要填：事發日期同時間、停車場地址、有冇報警（報案編號）、損毀位置相片，同埋車主保單號碼。建議請陳先生提供停車場 CCTV 申請紀錄。",
        ),
    ],
    [
        (
            "user",
            "我們廠的學徒陳冠廷今天在舉升機下面被掉下來的排氣管砸到腳，送三總急診，醫生說左腳掌骨裂要休養六週。他身分證 L124309626，我要怎麼幫他申請勞保職災給付？",
        ),
        (
            "assistant",
            "可以依《勞工職業災害保險及保護法》申請：1. 先到勞保局 e 化服務或臨櫃申請傷病給付（職災），需填「職業傷病給付申請書」；2. 附上醫院診斷證明書（註明骨裂與休養期間）；3. 投保單位（貴廠）需在申請書蓋章證明受傷經過。請確認陳冠廷的投保資料與身分證號 L124309626 一致。",
        ),
        ("user", "他沒辦法上班的這六週薪水要照付嗎？"),
        (
            "assistant",
            "依《勞動基準法》第 59 條，職災醫療期間不能工作時，雇主應按原領工資補償；若勞保已給付職災傷病給付，雇主可就該部分抵充。建議與會計核對他的投保薪資與實際工資差額。",
        ),
    ],
    [
        ("system", "You summarise workshop CSV exports for the service manager."),
        (
            "user",
            "Summarise this: 2026-12-05,JS-26-04371,Kelvin Ng Boon Keat,9456 2217,SMK 318 Y,Honda Jazz,S$412,unpaid / 2026-12-05,JS-26-04372,Siti Mariam binti Yusof,8801 3364,SNF 2290 B,Toyota Sienta,S$268,paid",
        ),
        (
            "assistant",
            "Two jobs on 5 Dec: Kelvin Ng Boon Keat (9456 2217), Honda Jazz SMK 318 Y, S$412, still unpaid; Siti Mariam binti Yusof (8801 3364), Toyota Sienta SNF 2290 B, S$268, paid. Outstanding total S$412, so follow up with Mr Ng.",
        ),
        ("user", "Thanks, just give me the number to call."),
        (
            "assistant",
            "Call Kelvin Ng Boon Keat at 9456 2217 about the unpaid S$412 for job JS-26-04371.",
        ),
    ],
    [
        (
            "user",
            "我們師傅幫客人到府牽車時把她的備用鑰匙弄丟了，客人是鄭雅文小姐，住台南市永康區中山南路 512 巷 20 號，手機 0926-774-130。幫我寫一封道歉信，說我們會負擔重新配鑰匙的費用。",
        ),
        (
            "assistant",
            "鄭小姐您好：非常抱歉，本廠技師日前至府上（台南市永康區中山南路 512 巷 20 號）牽車時，不慎遺失您的備用鑰匙，造成您的不便與擔憂。本廠將全額負擔晶片鑰匙重新配製費用，並協助將原鑰匙晶片自車輛系統中刪除，以確保安全。後續將由專人以 0926-774-130 與您聯繫安排時間。再次致歉。",
        ),
        ("user", "要不要建議她換鎖頭？"),
        (
            "assistant",
            "可以在信中補充：若您仍有疑慮，本廠也可免費為您更換門鎖鎖芯，請回覆告知您方便的時間。",
        ),
    ],
    [
        ("system", "你是機車行的 AI 助理，幫老闆回答監理與過戶相關問題。"),
        (
            "user",
            "有個客人說她爸爸王德明上個月過世了，留下一台 2018 年的 JET S 車牌 NSE-2671，她想過戶到自己名下再賣掉，王德明身分證是 E122065733，要準備什麼？",
        ),
        (
            "assistant",
            "這屬於繼承過戶，一般需要：1. 王德明先生的死亡證明書或除戶戶籍謄本；2. 繼承系統表及全體繼承人戶籍謄本；3. 其他繼承人的拋棄繼承證明或同意書（如有）；4. 行照正本與新車主身分證、印章；5. 結清汽燃費與罰鍰。可至監理站辦理，車牌 NSE-2671 的資料會依身分證號 E122065733 查詢。",
        ),
        ("user", "OK，那她哥哥在國外，不能回來簽名怎麼辦？"),
        (
            "assistant",
            "可請她哥哥在當地駐外館處辦理授權書或同意書驗證，寄回台灣後即可代為辦理，細節建議先電話詢問監理站確認。",
        ),
    ],
]
