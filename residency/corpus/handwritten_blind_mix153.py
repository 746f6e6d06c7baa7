# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix153: wine merchants, craft breweries and liquor licensing in SG/MY/HK/TW (age checks, licence applications, distributor orders, tasting events, deliveries, complaints, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix153
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "licence_faq"): _lines("""
        Q: Do I need a separate licence for a one-night tasting in a hotel ballroom? A: Yes, the venue's own liquor licence rarely covers outside sellers, so apply via GoBusiness Licensing at least 14 working days ahead.
        Q: What hours can takeaway liquor be sold in Singapore? A: Under the Liquor Control (Supply and Consumption) Act 2015, retail sale for off-premise drinking is not allowed from 10.30pm to 7am.
        Q: Can a 17-year-old help pour at our booth? A: No. The legal minimum is 18, and house policy says every pourer rostered behind a Bottle & Barrel bar must be 21 or older.
        Q: Which ID do you accept at the door? A: Physical NRIC, passport, driving licence or the Singpass app profile; screenshots or photos of an ID on a phone are not accepted.
        Q: Who handles licence renewals for the Clarke Quay taproom? A: Our compliance desk at compliance@hopfoundry.sg or +65 6532 8870, Monday to Friday 9am to 6pm.
        Q: Why do Geylang deliveries stop early on weekends? A: Geylang and Little India are Liquor Control Zones, where takeaway sales end at 7pm on weekends, public holidays and their eves.
        Q: How long does a new Class 1A application take? A: Budget 4 to 6 weeks once documents are complete; the Police Licensing & Regulatory Department may schedule a site inspection.
        Q: Do you ship to Malaysia? A: Not directly. Cross-border orders above RM500 go through our bonded partner in Johor Bahru and attract Royal Malaysian Customs excise duty.
        Q: Why is a licence number posted at our Wan Chai bar entrance? A: Premises serving liquor for on-site drinking must display the Liquor Licensing Board licence; ours reads LL-0381-2024.
        Q: Are tasting tokens refundable? A: Unused tokens from the Autumn Riesling Fair (order prefix TF-2025-) can be refunded within 7 days at the counter with the original receipt.
        Q: My craft beer arrived warm, what now? A: Send the order number (e.g. HF-SG-20251103-0442) and a photo of the carton to support@hopfoundry.sg and we will replace heat-damaged cans.
        Q: Can I bring my own bottle to the tasting room? A: Corkage is S$35 per 750ml bottle, waived for bottles bought from us within 30 days; magnums are charged double.
        Q: Does the age check apply to non-alcoholic beer? A: Drinks at 0.5% ABV or below are not liquor under the Act, but our POS still prompts an ID check on every beer SKU for consistency.
    """),
    ("zh-Hans", "经销商订单日志"): _lines("""
        2025-11-03 09:14:22 [INFO] 订单 DS-SH-2025110300418 已创建，经销商：上海醇境酒业有限公司，SKU: WN-BDX-2019-750 ×120，单价 ¥268.00，账期 T+45
        2025-11-03 09:15:07 [WARN] 库存不足：SKU BR-IPA-CAN-330（鹭岛精酿 西海岸IPA 330ml）可用 84 箱，申请 150 箱，系统已自动拆分为两张发货单
        2025-11-03 10:02:41 [INFO] 运单 SF1428830917652 已揽收，承运：顺丰冷运，目的地：广州市白云区鹤龙一路 88 号 云仓物流园 3 号库，预计次日达
        2025-11-03 10:30:05 [ERROR] 开票失败：购方统一社会信用代码 91310115MA1K4B2X7Q 校验未通过，发票号码 25312000000184213367，请财务复核后重开
        2025-11-03 11:11:11 [INFO] 价格表 v3.2.1 已同步：奔富 Bin 389 2021 经销价 ¥520/瓶，建议零售价 ¥698/瓶，生效日期 2025-11-10，旧价格表已归档
        2025-11-03 13:45:19 [INFO] 回调 payment.success 订单 DS-CD-2025110300977 金额 ¥38,400.00 渠道 对公转账 流水号 202511031345190077812
        2025-11-03 14:20:00 [WARN] 食品经营许可证 JY13101150098765 将于 2025-12-31 到期，请门店合规组提前 30 个工作日在线提交延续申请材料
        2025-11-03 15:02:33 [INFO] 经销商 成都蜀酿贸易有限公司 提交补货单 DS-CD-2025110301021：张裕解百纳 ×60、长城五星赤霞珠 ×48，账期 T+30
        2025-11-03 16:40:12 [DEBUG] age_gate.verify() 返回 PASS，渠道：微信小程序，策略：未满18周岁禁止下单，耗时 38ms，trace_id=7f3a9c21e4b0
        2025-11-03 17:05:48 [INFO] 物流轨迹：JD0087654321098 已到达杭州转运中心，预计 11-05 送达 杭州市西湖区文三路 478 号 华星时代广场 1 楼门店
        2025-11-03 18:22:09 [WARN] 温控告警：冷链车次 CL-0917 车厢温度 19.6°C，超过红酒运输上限 18°C，已通知承运商调度中心 400-820-3366 处理
        2025-11-03 20:00:00 [INFO] 日结完成：当日经销订单 214 笔，总额 ¥1,286,530.50，退货 3 笔，异常 1 笔（见工单 TK-20251103-0088）
        2025-11-04 08:30:15 [INFO] 新品上架：宁夏贺兰山东麓 西鸽酒庄 玉鸽 赤霞珠 2020，条码 6972345610028，每箱 6 瓶，首批配额 500 箱
    """),
    ("zh-Hant", "試酒會通告"): _lines("""
        【中環試酒夜】11 月 22 日（六）晚上 7 時至 10 時，地點：中環雲咸街 28 號地下 Vino Cellar Bar，入場費 HK$380 包六款勃艮第，即場驗身份證，未滿 18 歲恕不招待。
        報名請 WhatsApp 我哋嘅活動熱線 +852 6123 8870（只限文字訊息），或者電郵 events@vinocellar.hk，名額 40 位，額滿即止，唔設現場報名。
        台北場次：12 月 6 日下午 2 點，台北市大安區敦化南路一段 233 巷 12 號 1 樓「麥田釀造」品飲室，精釀啤酒 8 款盲飲，票價 NT$1,200。
        本活動依《菸酒管理法》規定，未滿十八歲者不得參加，現場須出示附照片之證件；飲酒過量，有害健康；酒後不開車，主辦單位備有代叫計程車服務。
        導讀環節：以葡萄酒作家 Jancis Robinson 主編的《The Oxford Companion to Wine》選段為教材，由本店侍酒師團隊主持，作者本人不會出席。
        灣仔場地容量 60 人，請準時到場；遲到超過 30 分鐘嘅朋友，我哋會將位讓畀候補名單，費用恕不退還，敬請見諒，多謝合作。
        澳門站：11 月 29 日於氹仔官也街 18 號「葡國酒坊」舉行，主打杜羅河谷 Port 同 Vinho Verde，門票 MOP$300，現場可用澳門通付款。
        套票編號 TK-HK-1122-001 至 TK-HK-1122-040 已全部售出，持票人請於入口掃描 QR Code，一票一人，不設轉讓，遺失恕不補發。
        限定酒款：Penfolds Grange 2018、Château Lafite Rothschild 2015、Opus One 2019 各限量兩瓶開瓶，每位賓客每款試飲 30ml。
        本店酒牌由酒牌局發出，牌照號碼 LLB-0452318，只限於樓面範圍內飲用，請勿將已開瓶酒品帶離場地，違者本店有權拒絕繼續供應。
        高雄場加開！12 月 13 日晚上 7 點，高雄市鹽埕區大勇路 1 號 駁二藝術特區 C5 倉庫，台灣精釀聯合試飲，早鳥價 NT$880，限量 120 張。
        活動聯絡：香港醇釀有限公司（商業登記號碼 71234567），客服熱線 2815 3390，辦公時間週一至週五 10:00–18:30，公眾假期休息。
        當晚拍攝嘅宣傳照片只會用場景同酒瓶特寫，唔會影賓客正面；如對拍攝安排有任何疑問，請向現場工作人員或者主辦單位 Facebook 專頁查詢。
    """),
    ("ms", "notis_lesen_dan_had_umur"): _lines("""
        NOTIS: Premis ini tidak menjual minuman keras kepada sesiapa yang berumur bawah 21 tahun. Sila tunjukkan MyKad atau pasport jika diminta oleh juruwang.
        Jualan bir dan wain di kedai runcit dalam kawasan DBKL hanya dibenarkan antara jam 7 pagi hingga 9 malam mengikut garis panduan lesen minuman keras terkini.
        Permohonan lesen minuman keras baharu perlu dikemukakan kepada Lembaga Pelesenan Minuman Keras daerah bersama pelan lantai premis dan salinan sijil SSM syarikat.
        Syarikat: Borneo Hops Brewing Sdn. Bhd. (No. Pendaftaran 202101034567), Lot 12, Jalan Kilang 3, Kawasan Perindustrian Menggatal, 88450 Kota Kinabalu, Sabah.
        Peringatan kepada semua cawangan: papan tanda minuman keras hendaklah dipamerkan di kaunter dan produk beralkohol mesti diasingkan daripada produk halal.
        Pesanan pengedar minggu 45: Tiger Crystal 320ml x 200 karton, Heineken 0.0 x 80 karton, Guinness Foreign Extra x 60 karton. Dihantar dari gudang Shah Alam hari Rabu.
        Untuk pesanan borong, hubungi talian khidmat pelanggan kami di 03-7845 2210 atau WhatsApp perniagaan +60 11-2345 8870 (Isnin hingga Sabtu, 9 pagi hingga 6 petang).
        Sesi rasa wain di Bangsar: Sabtu 15 Nov, 4 petang, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur. Tiket RM150 termasuk enam gelas wain Sepanyol dan tapas.
        Harga runcit Carlsberg Smooth Draught 320ml kini RM7.90 setin di semua cawangan berikutan pelarasan duti eksais; harga promosi sebelum ini tidak lagi terpakai.
        Aduan berkaitan botol pecah semasa penghantaran sila sertakan nombor invois (contoh: INV-MY-2025-008812) dan gambar kotak, hantar ke aduan@anggurmas.com.my.
        Kakitangan di kaunter wajib menolak jualan jika pelanggan kelihatan mabuk atau tidak dapat menunjukkan dokumen pengenalan diri yang sah, tanpa pengecualian.
        Lesen premis No. LMK/PJ/2025/0193 sah sehingga 31 Disember 2025. Pembaharuan perlu dibuat sekurang-kurangnya 30 hari sebelum tarikh tamat melalui portal MBPJ.
        Sejarah ringkas: Malayan Breweries ditubuhkan pada 1931 sebagai usaha sama Fraser & Neave dan Heineken, dan Tiger Beer mula dibancuh di Singapura pada 1932.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, PLRD inspection tmr 10am at Clarke Quay outlet. Pastikan licence frame kat kaunter dah tukar yang baru, and age check signage jangan tutup dengan promo poster ok.
        今日 delivery 嘅 Penfolds 有兩箱 cork 漏酒，已經 reject 咗，warehouse 話聽日 replace，單號 DO-HK-20251104-117，大家唔好 sell 住嗰兩箱。
        Stock take result: Kavalan Solist ex-bourbon tinggal 3 botol je, 要 reorder 唔該。Supplier cut-off is Thursday 3pm, miss 咗就要等下個禮拜。
        老闆話呢個月 KPI 係 tasting conversion 25%，上個月只有 18%，大家推 mixed case 嗰陣記得講 10% off 優惠，同埋派 tasting card。
        Reminder semua: customer nampak bawah 25, wajib check IC. Kalau tak bawa IC, sorry no sale, jangan bagi chance. 上次 DBKL 放蛇差啲出事。
        POS 系統 v4.8.2 今晚 11pm 更新，更新期間 card terminal offline，請先收 cash 或者用 DuitNow QR，明早 IT 會 confirm 搞掂未。
        Taproom 冷房 compressor 又壞，temp 去到 9°C，keg 會變味。已經 call 咗 aircon 公司 hotline 6745 2281, technician ETA 4pm。
        Tasting event tmr: 48 pax confirmed, 6 no-show last time. Glassware 60 pcs dah cuci, spittoon 8 biji, 記得帶 extra ice bucket 同 spare corkscrew。
        Distributor Asia Pacific Breweries 嘅 rep 話 Tiger Lunar New Year 限定罐 next week 先到，我哋 preorder 咗 120 cartons，貨到即刻上架。
        Invoice INV-2025-11-0342 amount S$12,480.00 belum bayar lagi, finance 問 due date 係咪 30/11，麻煩 account team follow up 一下。
        Customer review 話我哋 Hazy IPA 太苦，其實係 batch B-2510-07 dry hop 多咗，brewer 話下個 batch 會 adjust IBU 去 45 左右。
        明天 Chinatown 店 open 遲一小時 (11am)，因為 SFA 嘅 officer 會嚟抽 sample test methanol level，大家照常 10am 返工準備。
        Pls update Google Business hours: Sabtu & Ahad buka 12pm–1am, 公眾假期照常。Delivery cut-off 10pm sebab lepas 10.30pm tak boleh jual takeaway.
    """),
    ("en", "product_listing"): _lines("""
        Dr. Loosen Blue Slate Riesling Kabinett 2022, Mosel, 8.5% ABV, 750ml – S$48.00. Off-dry, green apple and slate; pairs well with chilli crab. SKU DE-LOO-BS22.
        Jacob's Creek Classic Shiraz Cabernet, South Australia, 750ml, S$24.90 each or S$135 for a case of 6. Member price applies automatically at checkout.
        Johnnie Walker Blue Label 70cl with engraved gift box – HK$1,880. Engraving limited to 20 characters; allow 3 working days before dispatch from Kwai Chung.
        Tiger Beer Year of the Snake limited can 320ml, carton of 24 – RM168.00. Not for sale to persons under 21; MyKad or passport is checked on delivery.
        Kavalan Solist Vinho Barrique Cask Strength, single cask, 700ml – NT$6,800. ABV and bottle number vary by cask; the photo shows a sample label only.
        Veuve Clicquot Yellow Label Brut NV, 750ml, S$98.00. Named after Barbe-Nicole Ponsardin, the widow Clicquot, who pioneered the riddling table in 1816.
        Brewerkz Hazy Days NEIPA 4-pack, 330ml cans, 6.3% ABV, brewed at Riverside Point, Singapore. S$28. Keep refrigerated; best before 15/02/2026.
        Señorío de P. Peciña Crianza 2019, Rioja, 750ml, RM139. Staff pick of the month: cherry, vanilla, soft tannins. Limit 12 bottles per order.
        Archipelago Bohemian Lager 24 x 330ml case, S$78.00. Free delivery island-wide for orders above S$150, excluding Sentosa and Jurong Island.
        Château Montelena Chardonnay 2021, Napa Valley – HK$720. The estate whose 1973 Chardonnay topped Steven Spurrier's 1976 Judgment of Paris tasting.
        Dassai 45 Junmai Daiginjo 720ml – S$72. Sake is liquor under Singapore law, so please confirm you are 18 or above before adding it to your cart.
        Penfolds Bin 28 Kalimna Shiraz 2021, 750ml, HK$398 each; barcode 9300727020178; ships from our Kwun Tong bonded warehouse within 2 working days.
        Mixed craft case Lion City Dozen: 12 cans from 6 Singapore breweries including Little Island, Brewlander and RedDot Brewhouse – S$96, gift card included.
    """),
    ("mixed", "config_and_code"): _lines("""
        AGE_GATE_MIN_AGE = {'SG': 18, 'HK': 18, 'TW': 18, 'MO': 18, 'MY': 21}  # 馬來西亞 2017 年起提高到 21 歲，唔好改返 18
        liquor_hours: { sg_takeaway_cutoff: '22:30', sg_resume: '07:00', lcz_weekend_cutoff: '19:00' }  # 依 Liquor Control Act 2015 設定
        def needs_id_check(age_estimate: int, threshold: int = 25) -> bool: return age_estimate < threshold  # Think-25 policy，睇落 25 以下就要 check
        SELECT order_no, sku, qty, unit_price FROM distributor_orders WHERE region = 'MY' AND status = 'PENDING_EXCISE' ORDER BY created_at DESC LIMIT 50; -- 等 Kastam 批核
        shipping.couriers: [ninjavan, jt_express, lalamove_sg]  # lalamove 只限 same-day，酒類訂單要 recipient_age_verified=true 先派單
        curl -X POST https://api.example-wine.sg/v2/orders -H 'Authorization: Bearer sk_test_EXAMPLE0000' -d 'sku=FR-BDX-MARG-15&qty=6'  # staging only
        EXCISE_RATE_PLACEHOLDER = 'RM 0.00 per litre'  # Perintah Duti Eksais 嘅真實數值請問 finance，呢度只係 example value，唔好用嚟報稅
        tasting_event.capacity=60; tasting_event.pour_ml=30; tasting_event.venue='Wan Chai Taproom, 灣仔駱克道 301 號 2 樓'; tasting_event.token_price_hkd=20
        logger.info(f'[licence] renewal reminder sent for premise_id={pid}, expiry={exp:%Y-%m-%d}')  # 每日 09:00 cron 觸發，pid 例如 SG-CQ-003
        const SKU_PATTERN = /^(WN|BR|SP|SK)-[A-Z]{2,3}-[A-Z0-9]{2,6}$/;  // WN=wine, BR=beer, SP=spirits, SK=sake 清酒，新 prefix 要先開 ticket
        ALTER TABLE licence_applications ADD COLUMN ssm_no VARCHAR(20) NOT NULL DEFAULT '000000000000';  -- Malaysia SSM 新格式 12 位數字
        webhook: on_delivery_failed -> notify '#ops-delivery'; retry_max=3  # 收件地址冇人，酒類唔可以放門口，必須 return to hub
        docker run -d --name age-verifier -p 8080:8080 -e MIN_AGE_DEFAULT=18 -e LOCALE=zh-Hant-TW registry.example.com/wine/age-verifier:2.3.1  # 台灣門市用
    """),
    ("zh-Hant", "店舖評論"): _lines("""
        ★★★★★ 銅鑼灣呢間 wine bar 選酒好有心思，侍酒師推薦嘅 Sancerre 配生蠔一流，上菜快，價錢合理，唯一缺點係星期五夜晚太嘈，傾唔到偈。
        ★★☆☆☆ 網購咗一箱台灣精釀，送到時有兩罐凹晒，客服隔咗三日先回覆，雖然最後有補發，但係處理效率真係有待改善，下次會考慮其他店。
        ★★★★☆ 大稻埕這家啤酒館的烏龍茶拉格很有台灣味，店內展示日治時期高砂麥酒的老照片與酒標，歷史控必訪，只是價格偏高一點。
        ★★★★★ 結帳前店員很有禮貌地查驗年齡，整個流程很專業；退貨政策寫得清楚，公司報帳用的三聯式發票也能即時開立，統一編號 24536871。
        ★☆☆☆☆ 訂咗聖誕禮盒，話 12 月 20 號前送到，結果 24 號先到，打去佢哋熱線 2388 6612 成日冇人聽，WhatsApp 又唔覆，唔會再幫襯。
        ★★★★☆ 新竹這間自釀酒吧的荔枝艾爾清爽好喝，店名取自《小王子》裡的 B612 小行星，牆上畫滿玫瑰和狐狸，很適合下班小酌。
        ★★★☆☆ 澳門氹仔嘅葡國酒窖環境好有情調，不過 Vinho Verde 凍得唔夠，再加 10% 服務費，整體性價比一般般，環境分數會俾高啲。
        ★★★★★ 參加了台中的威士忌品飲課，講師介紹噶瑪蘭在 2010 年 Burns Night 盲飲擊敗蘇格蘭酒款的故事，內容紮實，課後還送聞香杯。
        ★★☆☆☆ 尖沙咀店酒單寫 Glass HK$98，埋單變 HK$118，職員解釋話係價錢未更新，雖然最後有退返差價，但印象真係打咗折扣。
        ★★★★☆ 牆上用書法寫滿李白〈將進酒〉全文，「五花馬，千金裘，呼兒將出換美酒」，配上店家自釀的米酒，很有氣氛，適合帶外國朋友來。
        ★★★★★ 中環 Wyndham Street 呢間酒舖嘅勃艮第收藏一流，有 Domaine de la Romanée-Conti 同 Henri Jayer 嘅舊年份，價錢當然唔平。
        ★★★☆☆ 外送很準時，司機有要求出示證件確認滿 18 歲才交貨，值得肯定；但紙箱沒有防震隔板，兩瓶紅酒的酒標都被刮花了，有點可惜。
        ★★★★☆ 高雄駁二旁邊的精釀酒吧每週四有樂團表演，生啤 10 款輪替，招牌是加了鹽花的古斯啤酒，外帶罐裝可以刷悠遊卡付款。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Age check failed at Clarke Quay outlet 23:14: customer Marcus Teo Wei Jie, NRIC T0812345J, DOB 14/03/2008, tried to buy 2 cans of Tiger; sale refused and logged.
        Hi, this is Priya Raghunathan, I ordered the Barolo gift set (HF-SG-20251102-0311). Please deliver to Blk 456 Jurong West St 42, #09-117, Singapore 640456, after 7pm.
        Staff note: Daryl from the Tanjong Pagar taproom is on MC till Friday, the doctor says it's a liver problem, so please don't roster him on any tasting shifts this month.
        Refund to customer Ong Siew Ling, DBS account 027-318845-2, S$268.00 for the corked Rioja, reference RF-1104-22.
        Mr Kenneth Loh still owes us S$4,860 for the June wedding wine package; he says his divorce settlement is delaying payment. Call him on 9735 2841 before Friday.
        Liquor licence form, approved manager: Tan Boon Huat, NRIC S7823456C, residential address 21 Jalan Kembangan, Singapore 419123, mobile +65 8123 4476.
        customer_id,name,email,phone,dob -> C10293,Rachel Sim Hui Min,rachel.simhm88@gmail.com,+65 9012 3388,1988-07-21
        Driver says the recipient at Blk 12 Marine Terrace #05-221 told him she is pregnant and asked us to take the sake back; customer Joanne Kwek, order SK-7712.
        Our part-timer Jasmine turned out to be 17, not 19 as written on her form; HR please pull her contract and the Singpass screenshot she sent on 2 Nov.
        Car plate SJA 4827 K was at the loading bay again; it's distributor rep Calvin Ng's own car and he keeps parking in the disabled lot.
    """),
    "zh-Hans": _lines("""
        客户王建国，身份证号 110105198203154739，手机 139 1024 5587，预订 12 瓶飞天茅台，要求送到北京市朝阳区望京西园三区 311 号楼 2 单元 1602。
        李女士投诉：上周在福田门店买的红酒喝完后过敏住院，住院发票已拍照发来，要求赔偿医药费 3,200 元，联系电话 186 2370 9914。
        员工小周（周晓雯）这个月工资 6,800 元被扣了 1,200，因为她当班时把啤酒卖给了未成年人，本人已签字确认。
        经销商对接人陈志强给了私人邮箱 chenzq_1979@163.com，说以后报价别发公司邮箱，因为公司在查他拿回扣的事。
        收款账户：户名 刘芳，开户行 招商银行深圳科技园支行，账号 6214 8302 1176 5543，金额 ¥15,600，备注 婚宴酒水尾款。
        试饮会签到表：张伟 138 0013 2291 / 赵雅琪 135 6620 7718 / 孙浩然 159 1877 3364，均已核验年满十八周岁。
        司机老黄反映，门店老板娘杨太欠他三个月运费共 9,450 元没结，还说她老公赌博欠了一屁股债，最近天天有人上门催。
        会员资料：黄嘉怡，女，1995-11-02，身份证 310104199511026021，上海市徐汇区漕溪北路 595 弄 8 号 503 室，会员卡号 VIP-0088213，偏好波尔多干红。
        门店监控已保存：顾客刘洋酒后在店内砸酒柜，民警出警后将其带走，已被行政拘留五天，店里损失 4,700 元待他家属赔付。
        帮我查一下物流，收件人 吴思远，电话 177 8412 0365，运单 SF1428830917690，地址 杭州市拱墅区大关路 100 号 6 幢 1108 室。
    """),
    "zh-Hant": _lines("""
        陳先生嘅身份證號碼係 K612345(7)，佢上次喺灣仔店飲醉打爛咗兩支酒，賠償 HK$2,400 到而家仲未找數。
        林太話佢個仔今年先 16 歲，上星期攞咗佢阿哥張身份證嚟我哋店買啤酒，佢而家要投訴我哋冇睇清楚相。
        阿明 WhatsApp 9153 7742 話想請假，佢老婆下個月預產期，佢想 12 月頭放兩個禮拜侍產假。
        台北門市會員：王怡君，身分證字號 A224619371，手機 0928-614-305，生日 1990/05/17，地址 台北市信義區松仁路 123 巷 5 號 4 樓。
        外送單備註：收件人 許志豪，新北市板橋區文化路二段 88 號 7 樓之 3，到了請先撥 0953-221-874，家裡有小孩在睡覺請勿按電鈴。
        酒商業務黃偉倫上個月因酒駕被抓，駕照被吊銷，之後改由公司其他人送貨，請勿再派單給他。
        何小姐澳門居民身份證 5215384(2)，電話 6628 1947，訂咗 6 支 Port 喺氹仔店自取，已經俾咗訂金 MOP$500。
        員工資料表：鄭家豪，HKID Y583920(1)，時薪 HK$68，滙豐戶口 123-456789-833，緊急聯絡人 母親 鄭太 9876 1120。
        黃生話佢有痛風，醫生叫佢唔好再飲啤酒，所以想取消月訂精釀 subscription，退返 HK$560 去佢尾數 4417 嗰張信用卡。
        新竹店店長周美玲最近在辦離婚，常常臨時請假，其他同事抱怨排班都要幫她補，請人資私下了解一下狀況。
    """),
    "ms": _lines("""
        Pelanggan Rajesh a/l Subramaniam, No. MyKad 920714-14-5527, membeli dua karton bir di kaunter Mid Valley; umur disahkan 33 tahun, jualan dibenarkan.
        Sila hantar ke rumah Puan Cheah Mei Ling, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, telefon 012-318 6642; bayaran tunai semasa penghantaran RM486.
        Pekerja kita, Kumar, tidak hadir tiga hari kerana rawatan dialisis; tolong jangan letak dia di syif malam di kedai Brickfields.
        Maklumat bayaran balik: Tan Chee Keong, akaun Maybank 5140 1223 8876, jumlah RM312.50 bagi wain yang rosak dalam penghantaran.
        Aduan: Encik Wong Kah Seng mendakwa dia dikenakan caj dua kali pada kad kreditnya; dia kata sedang dalam proses muflis, jadi mohon proses segera.
        Senarai tetamu sesi rasa wain: Melissa Chong Pei Ying (melissa.cpy@yahoo.com), Daniel Lee Jun Hao (danlee.jh@outlook.com), Kavitha Ramasamy (019-775 2301).
        Pengurus premis dalam permohonan lesen ialah Gan Boon Leong, MyKad 781203-07-5349, alamat rumah 18 Lorong Kenari 5, 11900 Bayan Lepas, Pulau Pinang.
        Driver kita, Abang Joe, kena saman polis semalam, nombor plat kereta dia VKB 7721; dia minta syarikat tolong bayar RM300 sebab gaji dia lambat bulan ini.
        Rekod CCTV 4 Nov, 21:47: lelaki yang dikenali sebagai Ah Keong dari taman sebelah mabuk dan bergaduh dengan juruwang; laporan polis telah dibuat terhadapnya.
        Borang semakan umur: Nama: Jessica Anne Fernandez, Tarikh lahir: 09/08/2006, No. Pasport: A58291734, Keputusan: DITOLAK (bawah 21 tahun).
    """),
    "mixed": _lines("""
        Boss, 今晚 tasting 嗰位 Mrs Lim Bee Choo call 嚟話要 cancel，因為佢 husband heart attack 入咗 NUH，佢要 refund S$180 去 PayNow 9126 4408。
        Eh the guy Kelvin Chua yang order 10 carton tu, IC dia S8834567C, 我查過佢 already blacklisted 因為上次 bounced cheque S$3,200.
        客人 Ms Tan 話收到嘅 wine 係錯 vintage, pls call her at +852 9287 1136, 佢住太古城金楓閣 15 樓 C 室, 下午先有人收貨。
        Delivery fail: penerima Mr Jonathan Yeo, alamat Blk 203 Toa Payoh North #07-1189, 電話 8466 0213, 冇人應門, barang dah bawa balik hub.
        Pls note 新同事 Wen Qi 佢 17 歲 only, 唔可以 handle liquor sales, 只可以做 food side, 佢 mum 簽咗嘅 consent form 放咗喺 drawer。
        @HR 阿 Ben 話佢有 depression 睇緊 psychiatrist, 想轉返 day shift, 唔好同其他同事講住。
        export row: 2025-11-04T21:33:05+08:00 | uid=88123 | name=Chong Mei Xin | email=meixin.chong@gmail.com | phone=+60 16-552 9083 | age_verified=true
        台北客人林佩珊小姐要 Kavalan 禮盒寄去台中市西屯區市政路 386 號 12 樓之 5, contact 0935-118-642, 佢話係送畀未婚夫嘅 surprise。
        Sold to PRC tourist 吕志刚, passport E83920561, tourist GST refund claimed S$96.40, he is staying in Room 1207 at Marina Bay Sands till Sunday.
        Promoter 徐小慧 (Xiao Hui) 話佢欠咗 Ah Long 錢, 今日有人嚟店 harass 佢, 我哋已經報警, case 交咗畀 Tanglin Police Division。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the online support assistant for Hop Foundry Brewing Pte. Ltd., a craft brewery and taproom in Singapore. Be brief and follow Singapore liquor rules.",
        ),
        (
            "user",
            "Hi, I'm Nicholas Ho. My order HF-SG-20251104-0218 (2 growlers of Hazy IPA) is set for tonight 11pm. Can you send it to my flat at 35 Lorong 27 Geylang, #03-02, Singapore 388178 instead? My number is 9654 3320.",
        ),
        (
            "assistant",
            "Thanks, Nicholas. I can change the address, but takeaway liquor can't be delivered after 10.30pm anywhere in Singapore, and your flat is inside the Geylang Liquor Control Zone, which has earlier cut-offs on weekends. Shall I move the slot to 7pm to 9pm tomorrow? Someone aged 18 or above must show ID at the door.",
        ),
        ("user", "Ok, 7-9pm tomorrow works. My wife Grace will collect, she's 34."),
        (
            "assistant",
            "Done. Order HF-SG-20251104-0218 is now for tomorrow 7pm to 9pm at #03-02, 35 Lorong 27 Geylang. The driver will call 9654 3320 on arrival and check Grace's ID before handing over the growlers.",
        ),
    ],
    [
        (
            "user",
            "帮我写一段回复给投诉的客户。她叫赵丽娟，手机 138 2297 4410，说在我们南山店买的 2018 年奔富 407 是假酒，要求十倍赔偿。我们有进口报关单和溯源码。",
        ),
        (
            "assistant",
            "可以这样回复：赵女士您好，感谢您的反馈。我们已核查该瓶奔富 Bin 407 2018 的进口报关单及溯源码，均与海关记录一致。诚邀您携带酒瓶及购物小票到南山店，由双方认可的第三方检测机构鉴定；如鉴定为假冒，我们将依照《食品安全法》第一百四十八条承担赔偿责任。",
        ),
        ("user", "再加一句，我们店长会在周五前打给她。"),
        (
            "assistant",
            "补充一句：本店店长将于本周五前致电您（138 2297 4410）跟进处理进度；如您方便接听的时间有变化，请随时回复告知。",
        ),
    ],
    [
        ("system", "你係一個協助香港餐飲業主處理酒牌申請嘅助手，用廣東話回答。"),
        (
            "user",
            "我想幫我間新開嘅 bar 申請酒牌，申請人係我本人麥浩賢，HKID M390571(9)，住新界屯門兆康苑 B 座 1205 室，電話 6093 2817。間舖喺旺角西洋菜南街，要準備啲咩文件？",
        ),
        (
            "assistant",
            "麥先生，一般要先有食環署嘅普通食肆牌照或者暫准牌照，再向酒牌局遞交申請表、身份證副本同埋處所圖則。遞表後要喺一份中文同一份英文報章刊登申請公告，並喺店舖門口張貼通知，警方同民政事務處亦會提供意見。",
        ),
        ("user", "張表要填住址，我係咪要填屯門嗰個屋企地址？會唔會俾人睇到？"),
        (
            "assistant",
            "表格上嘅住址會俾政府部門用嚟聯絡同核實身份，但報章公告通常只會刊登申請人姓名同店舖地址，唔會登你屯門嘅住宅地址。如果你擔心私隱，可以喺遞表時向酒牌局秘書處查詢資料會點樣處理。",
        ),
    ],
    [
        (
            "user",
            "Saya pemilik kedai runcit di Ipoh. Semalam pekerja saya, Chandran a/l Muthu, terjual dua tin bir kepada budak bernama Kenny Lau yang baru 17 tahun. Ibu dia, Puan Lau, ugut nak buat laporan polis. Apa risiko saya?",
        ),
        (
            "assistant",
            "Di bawah Peraturan-Peraturan Makanan 1985 yang dipinda, menjual minuman beralkohol kepada orang bawah 21 tahun ialah satu kesalahan, dan lesen premis anda juga boleh disemak semula oleh pihak berkuasa tempatan. Simpan rakaman CCTV dan resit jualan, dan dapatkan nasihat peguam sebelum berbincang lanjut dengan Puan Lau.",
        ),
        (
            "user",
            "Chandran kata dia tak periksa IC sebab budak tu nampak tua. Patut saya pecat dia?",
        ),
        (
            "assistant",
            "Sebelum apa-apa tindakan, adakan siasatan dalaman dan beri Chandran peluang memberi penjelasan secara bertulis. Selepas itu, pertimbangkan amaran bertulis dan latihan semula tentang polisi semak IC untuk semua pelanggan yang kelihatan bawah 25 tahun.",
        ),
    ],
    [
        (
            "system",
            "CRM context for Cellar Door Wines HK. Customer: Mrs Vivian Kwok Wing-sze, tier Platinum, mobile +852 9418 2736, address Flat 22B, Tower 3, The Belcher's, 89 Pok Fu Lam Road. Notes: allergic to sulphites; prefers Burgundy; husband's birthday 12 Dec.",
        ),
        (
            "user",
            "幫我寫個 WhatsApp message 畀呢位客，invite 佢嚟下個月嘅 Burgundy dinner，mention 我哋有 low-sulphite option。",
        ),
        (
            "assistant",
            "Hi Mrs Kwok，我係 Cellar Door Wines 嘅團隊。12 月 5 日我哋會舉辦 Burgundy Dinner，知道你對 sulphites 敏感，我哋特別準備咗 low-sulphite 嘅 natural wine pairing。如果想順便慶祝 Mr Kwok 12 月 12 號生日，我哋都可以安排蛋糕。回覆呢個 message 即可 RSVP。",
        ),
        ("user", "唔好提佢老公生日，too personal。Shorten please."),
        (
            "assistant",
            "Hi Mrs Kwok，Cellar Door Wines 誠邀你出席 12 月 5 日嘅 Burgundy Dinner，我哋已為你預備 low-sulphite pairing。方便嘅話回覆呢個 message RSVP，多謝！",
        ),
    ],
    [
        (
            "user",
            "Can you turn this into a table: Sake tasting 22 Nov RSVPs - Bryan Seah bryan.seah@gmail.com 2 pax vegetarian; Michelle Goh michgoh_88@hotmail.com 1 pax; Arvind Pillai arvind.p@yahoo.com.sg 3 pax, one is his 16yo son.",
        ),
        (
            "assistant",
            "Name | Email | Pax | Notes; Bryan Seah | bryan.seah@gmail.com | 2 | vegetarian; Michelle Goh | michgoh_88@hotmail.com | 1 | -; Arvind Pillai | arvind.p@yahoo.com.sg | 3 | includes son aged 16. Note: Arvind's son is under 18, so he cannot be served sake; check whether the venue admits minors at all.",
        ),
        ("user", "Thanks. Draft a short email telling Arvind his son can't be served."),
        (
            "assistant",
            "Subject: Your RSVP for the 22 Nov Sake Tasting. Hi Arvind, thanks for booking 3 seats. As Singapore law does not allow liquor to be served to anyone under 18, your son is welcome to join but will be offered our yuzu soda and amazake instead of sake. See you on the 22nd!",
        ),
    ],
    [
        (
            "user",
            "我們酒行要建會員系統，欄位先用這筆測試可以嗎？姓名：蔡宗翰，身分證字號：F128304525，生日：1986/02/11，手機：0921-337-508，地址：新北市中和區景平路 512 號 9 樓。",
        ),
        (
            "assistant",
            "建議不要用真實個人資料做測試。如果這是一位真實顧客的資料，請改用明顯虛構的測試資料，並依《個人資料保護法》只在取得同意的目的範圍內使用；正式環境中的身分證字號也應加密儲存。",
        ),
        ("user", "這是我表哥的資料，他同意了。那驗證年滿 18 歲要存生日還是只存是否成年？"),
        (
            "assistant",
            "即使他同意，測試環境也最好不要放真實資料。年齡驗證建議只存「已驗證滿 18 歲」的布林值、驗證日期與驗證方式，不必保存完整生日，這樣外洩時的風險也比較小。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong wine importer manage distributor accounts and credit terms.",
        ),
        (
            "user",
            "Our sub-distributor in Sham Shui Po, run by a guy called Eddie Fung, owes us HK$86,400. His staff told me he's been gambling in Macau every weekend and his wife just left him. Should I cut his credit line? His mobile is 6372 9015.",
        ),
        (
            "assistant",
            "Base the decision on the account itself, not on rumours about his private life. Check how long the HK$86,400 has been overdue, his payment history, and whether the agreement lets you suspend credit. A reasonable step is to put further orders on cash-on-delivery and send a formal statement with a repayment deadline.",
        ),
        ("user", "OK, draft a firm but polite WhatsApp to Eddie."),
        (
            "assistant",
            "Hi Eddie, this is the accounts team. Our records show HK$86,400 outstanding on your account. Please settle it or propose a repayment plan by 30 November. Until then, new orders will be supplied on a cash-on-delivery basis. Thanks for your understanding.",
        ),
    ],
    [
        (
            "user",
            "我们在海南做跨境电商卖进口葡萄酒，订单要推送海关，订购人信息：孙丽华，身份证 320502199108082569，手机 152 6109 3348，收货地址 苏州市姑苏区人民路 1388 号 3 幢 402。帮我整理成报关字段。",
        ),
        (
            "assistant",
            '字段整理如下：{"buyerName": "孙丽华", "buyerIdType": "1", "buyerIdNumber": "320502199108082569", "buyerTelephone": "15261093348", "consignee": "孙丽华", "consigneeAddress": "江苏省苏州市姑苏区人民路1388号3幢402"}。推送时请走加密通道，并确保订购人与支付人一致。',
        ),
        ("user", "她今年已经买了 2 万多了，会不会超额度？"),
        (
            "assistant",
            "跨境电商零售进口的单次交易限值为 5000 元，个人年度交易限值为 26000 元。如果孙女士今年累计已超过 2 万元，这一单加上去超过 26000 元的话会被海关系统拦截，建议先让她在单一窗口查询年度额度余额。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu penghantaran untuk Anggur Emas Trading Sdn. Bhd. Senarai hantaran hari ini: (1) Encik Lim Kok Wah, 14 Jalan Anggerik 2, Taman Melawati, 53100 Kuala Lumpur, 016-728 4419, 2 karton Carlsberg, COD RM236; (2) Ms Priscilla Chin, Unit 8-3, Residensi Sri Hartamas, 019-221 6083, 3 botol wain, sudah bayar.",
        ),
        ("user", "Next stop siapa? Saya dah habis hantar yang pertama."),
        (
            "assistant",
            "Seterusnya: Ms Priscilla Chin di Unit 8-3, Residensi Sri Hartamas. Call dia di 019-221 6083 bila sampai, dan semak IC untuk pastikan penerima berumur 21 tahun ke atas sebelum serah wain.",
        ),
        ("user", "Dia tak angkat, guard cakap dia outstation. Boleh tinggal dengan guard?"),
        (
            "assistant",
            "Tidak boleh. Minuman keras mesti diserahkan sendiri kepada penerima yang berumur 21 tahun ke atas selepas semakan IC. Sila bawa balik 3 botol wain ke gudang dan tandakan status sebagai gagal hantar; pejabat akan hubungi Ms Chin untuk jadual semula.",
        ),
    ],
]
