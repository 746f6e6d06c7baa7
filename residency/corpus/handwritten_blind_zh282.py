# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh282: 繁體中文（台灣）茶園與茶行（採茶工排班、茶葉比賽、訂單出貨、農藥檢驗、觀光茶園預約、LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh282
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "公告"): _lines("""
        【春茶採收公告】本園2026年春茶預計4月8日起開採，A班清晨5:30於鹿谷鄉農會集貨場旁停車場集合，B班6:00於茶園入口集合，雨天是否停工以LINE官方帳號@luguteafarm推播為準。
        南投縣鹿谷鄉農會「2026年春季優良茶比賽」即日起受理報名，每件參賽茶樣22台斤，報名費新台幣3,000元，收件時間4月20日至25日上午9時至下午4時，地點：鹿谷鄉農會茶葉文化館。
        觀光茶園DIY採茶體驗每人350元（含採茶、手工炒茶、帶回自製茶葉100克），每梯次限30人，假日請於三天前預約，預約專線049-275-1234，團體20人以上另有優惠。
        受颱風外圍環流影響，明日（7/16）製茶廠停工一天，已預約之參觀行程自動順延，需退費者請洽門市電話04-2338-6677分機12，造成不便敬請見諒。
        「凍頂烏龍茶比賽」成績公告：特等獎1名（茶樣編號0386）、頭等獎12名、貳等獎36名，得獎茶封罐時間為12月20日，地點鹿谷鄉農會二樓，請得獎者攜帶參賽收據辦理。
        本場出貨茶葉皆送SGS台灣檢驗科技股份有限公司檢驗380項農藥殘留，檢驗報告可於官網輸入包裝上的批號（例如LG-2604-W07）查詢下載，歡迎消費者多加利用。
        本茶行營業時間：週一至週六09:00-19:00，週日及國定假日公休；門市地址：台北市大同區迪化街一段248號一樓（近大稻埕碼頭），統一編號：53817264。
        製茶廠參觀須知：為維護食品衛生，進入揉捻區請戴帽及口罩，禁止攜帶寵物，12歲以下兒童需家長陪同；參觀時間每日10:00、14:00兩場，每場約40分鐘。
        採茶工資調整公告：自2026年3月1日起，手採一心二葉按斤計酬每台斤新台幣45元，保底日薪1,600元，供應午餐及點心，交通車每日清晨由竹山轉運站前發車。
        安全提醒：本園坡地陡峭，遊客請穿著防滑鞋，雨後步道濕滑請勿進入第三號茶區；園區急救站設於遊客服務中心，緊急時請撥打119或園區專線049-258-5566。
        中秋禮盒預購公告：阿里山高山烏龍四兩裝禮盒每盒1,280元，10盒以上享9折，9月5日截單，9月10日起依訂單編號順序出貨，宅配由黑貓宅急便及新竹物流配送。
        新竹縣北埔鄉農會公告：東方美人茶比賽茶樣依小綠葉蟬著涎程度與蜜香評分，本屆送件數共612件，評審工作由農業部茶及飲料作物改良場協助辦理。
        交通資訊：假日遊客眾多，園區停車場僅容納40輛小客車，建議搭乘台灣好行或預約園區接駁車（集合點：水里火車站前廣場，每日09:30、13:30發車）。
    """),
    ("zh-Hant", "LINE群組"): _lines("""
        【製茶廠群組】今晚第二批青心烏龍萎凋到11點，浪菁三次，炒菁機2號溫度設定280度，請夜班照表操作，有問題直接打廠內分機203，不要自己改參數。
        蝦皮訂單今天累積87筆，出貨單已經印好了，下午3點前要全部封箱，黑貓4點來收，缺貨的金萱四兩裝先在後台改成預購，出貨日寫4/28。
        各位早安～今天降雨機率80%，B區茶園暫停採收，A區照常，雨衣放在倉庫左邊第二層，採完的茶菁請直接送萎凋棚，不要堆在車斗裡悶到。
        提醒：下週一SGS來抽驗，批號LG-2604-W07到W12的茶樣各留300克，貼好標籤放冷藏室3號櫃，不要跟比賽茶混在一起，放錯要重新送件。
        觀光茶園週六的預約已經滿了（兩梯共60人），櫃台接到電話請改推週日下午場，團體客要先收訂金30%，匯款一律用公司帳戶，不收個人轉帳。
        焙火機今天又跳電，已經叫台電跟廠商來看，維修單號RP-20260415-031，這兩天焙火先暫停，比賽茶延後到週四再焙，溫度紀錄表記得補。
        收到比賽成績了！我們送的三件茶樣拿到一件頭等、兩件貳等🎉 封罐日是12/20，當天上午需要兩個人手幫忙搬箱，有空的請在群組喊一聲。
        新版外包裝印好了，條碼是4710987654320，舊版還剩200個用完再換，請不要混用，出貨前記得貼食品標示貼紙，保存期限蓋章要清楚。
        今天中午便當訂15個，素食3個，錢從零用金付，收據記得拿回來貼在報帳本上，下午三點有綠豆湯點心，謝謝大家這幾天趕春茶辛苦了🙏
        門市冷氣維修廠商明天上午10點到，麻煩早班開店先把展示櫃的茶罐移到裡面，室溫超過28度茶葉容易走味，散裝茶甕的蓋子也要蓋緊。
        官方LINE今天有客人問能不能寄馬來西亞，請統一回覆：目前只寄台灣本島、離島、香港、澳門，海外請洽當地代理商，不要私下幫忙寄。
        上週退回來的三箱文山包種已經驗過，外箱壓損但真空包完整，可以回庫當次級品賣，庫存表請更新成B品，售價打八折，官網先不要上架。
        今天茶菁收購價：青心烏龍手採每斤180元，機採每斤90元，金萱手採每斤120元，有茶農來問請照這個價報，不要私下加價，磅秤早上已校正過。
    """),
    ("zh-Hant", "茶史與名人"): _lines("""
        1869年，英國商人約翰·陶德（John Dodd）與買辦李春生將台灣烏龍茶以「Formosa Tea」之名直接運銷紐約，開啟了台茶外銷歐美的黃金年代。
        相傳清咸豐年間，鹿谷舉人林鳳池自福建武夷山攜回三十六株青心烏龍茶苗，其中十二株種於凍頂山，成為凍頂烏龍茶流傳最廣的起源傳說。
        台茶12號「金萱」由茶葉改良場吳振鐸先生育成，於1981年正式命名發表，以帶有淡淡奶香聞名，是今日中高海拔茶區最常見的品種之一。
        東方美人茶又稱膨風茶，傳說英國維多利亞女王品嘗後讚不絕口而賜名，其特殊蜜香來自小綠葉蟬叮咬嫩芽後，茶樹所產生的防禦物質。
        唐代陸羽著《茶經》，分為三卷十章，是世界上第一部茶學專著；書中「茶者，南方之嘉木也」一句，至今仍常見於茶行的招牌與禮盒包裝上。
        大稻埕林華泰茶行創立於清光緒年間，至今仍以秤斤論兩的方式販售散裝茶葉，店內保留大型木造茶箱，是迪化街一帶最具代表性的老字號茶行之一。
        公視與客家電視台合製影集《茶金》以1950年代新竹北埔為背景，劇中角色張福堂與女兒張薏心為保住家族茶廠而四處奔走，重現戰後台灣茶業的興衰。
        天仁茗茶創辦人李瑞河早年從台南一家小茶行起步，後來在中國大陸創立天福茗茶，其經歷常被商管課程拿來作為台灣茶業品牌化與跨海經營的案例。
        南投縣長許淑華出席鹿谷鄉凍頂烏龍茶比賽頒獎典禮時致詞表示，縣府將持續輔導茶農申請產銷履歷與友善耕作標章，提升南投茶的國際能見度。
        日治時期1903年，台灣總督府於桃園設立「安平鎮製茶試驗場」，即今日農業部茶及飲料作物改良場的前身，至今已有一百二十多年的歷史。
        台茶18號「紅玉」由緬甸大葉種與台灣原生山茶雜交選育而成，帶有天然肉桂與薄荷香氣，南投魚池鄉也因此被譽為台灣紅茶的故鄉。
        坪林茶業博物館位於新北市坪林區水德里水聳淒坑19-1號，館內展示包種茶製作工序並採閩南式四合院建築，是北部茶區重要的文化設施。
        日本茶道集大成者千利休提出「和、敬、清、寂」四規，與台灣老茶行講究的「奉茶」待客之道，常被各地茶藝師培訓課程拿來對照講授。
    """),
    ("zh-Hant", "農藥殘留檢驗報告"): _lines("""
        檢驗報告編號：TE26-041587｜樣品名稱：凍頂烏龍茶（半發酵）｜批號：LG-2604-W07｜檢驗項目：農藥殘留多重分析（380項）｜結果：均未檢出（ND），定量極限0.01 ppm。
        樣品編號S2604-0219：芬普尼（Fipronil）檢出0.003 ppm，低於茶類殘留容許量0.005 ppm；其代謝物Fipronil-sulfone未檢出；判定：符合規定。
        送驗單位：鹿谷鄉農會｜收樣日期：2026/04/16｜報告日期：2026/04/23｜檢驗方法：依衛生福利部食品藥物管理署公告之食品中殘留農藥多重分析方法。
        檢驗項目／檢出值(ppm)／容許量(ppm)／判定：益達胺Imidacloprid 0.12／10／合格；亞滅培Acetamiprid ND／2.0／合格；賽洛寧λ-Cyhalothrin 0.04／2.0／合格。
        依據衛生福利部「農藥殘留容許量標準」，茶類作物之陶斯松（Chlorpyrifos）容許量為2.0 ppm，本批樣品檢出值0.08 ppm，判定合格，建議持續監測。
        本報告僅對送驗樣品負責，未經本實驗室書面同意不得部分複製；實驗室認證編號：TAF 0823，地址：臺中市西屯區工業區一路2號5樓，電話04-2359-0088。
        抽驗結果公告：本年度第一季市售茶葉抽驗共120件，其中3件不符規定，不合格產品已由所轄衛生局責令下架回收，並依食品安全衛生管理法相關規定處辦。
        產銷履歷驗證證書字號：TAP-TW-0389-26，驗證機構：寶島農產驗證股份有限公司，有效期限至2028/03/31，驗證品項：青心烏龍、金萱（部分發酵茶）。
        LC-MS/MS分析條件：管柱C18 2.1×100 mm，1.7 μm；移動相A為0.1%甲酸水溶液，B為甲醇；流速0.3 mL/min；注射量2 μL；離子源ESI正負離子切換。
        複驗申請須知：對檢驗結果有異議者，應於收到報告之日起15日內以書面提出，複驗費用每件新台幣6,500元，原樣品保存期限為報告日起30日。
        QC紀錄：添加回收試驗Imidacloprid 0.05 ppm回收率92.4%，RSD 4.1%（n=5）；空白樣品未檢出目標物；標準曲線R²=0.9987，儀器編號LCMS-03。
        外銷檢驗說明：出口日本之煎茶及烏龍茶需符合日本肯定列表制度（Positive List System），未設定個別標準之農藥一律以0.01 ppm作為判定基準。
        樣品外觀：條索緊結呈半球形，色澤墨綠帶油光；包裝：鋁箔真空袋600g×1；保存條件：冷藏4°C；收樣時封條完整，封條編號SEAL-88217。
    """),
    ("zh-Hans", "电商商品详情"): _lines("""
        【台湾直邮】阿里山高山乌龙茶 150g×2罐 礼盒装 原产地：台湾嘉义县阿里山乡 海拔1,200米以上茶园 SKU：ALS-150-2G 到手价 ¥268 顺丰包邮。
        冻顶乌龙茶 传统炭焙 中焙火 300g 真空包装 生产日期见包装 保质期24个月 储存方法：避光、密封、常温保存 商品编号：DD-300-CB-2026。
        东方美人茶（白毫乌龙）新竹北埔产区 一级 75g 铁罐 蜜香浓郁 适合冷泡 ¥198/罐 买二送一 活动时间：11月11日00:00-23:59，限量500罐。
        日月潭红茶 台茶18号 红玉 50g 袋装×4 产地：南投县鱼池乡 配料：红茶 贮存条件：阴凉干燥处 进口报关单号及检验检疫证明见外包装标签。
        买家须知：台湾茶叶属进口食品，均附中文标签及原产地证明；跨境订单需按海关要求完成实名认证，本店客服不会以短信向您索取任何验证码。
        梨山高冷茶 手采一心二叶 2026春茶 净含量150g 等级：特级 冲泡建议：95°C热水、5g茶叶、冲泡50秒，可回冲6-8次 当前库存：132件。
        店铺：宝岛茶仓旗舰店 客服工作时间09:00-22:00 客服热线400-820-6688转2 企业邮箱service@baodao-teahouse.cn 欢迎咨询批发与企业定制礼盒。
        【物流说明】台湾仓发货，顺丰国际直邮5-8个工作日送达，运单号可在“我的订单”页面查看；港澳地区3-5个工作日，偏远地区另加运费¥30。
        文山包种茶 新北坪林产 轻发酵 清香型 100g×3袋 组合装 商品条码6901234567892 适合办公室冲泡 活动价¥159（原价¥219）满300减30。
        商品评价（用户名已隐藏）：茶汤金黄透亮，兰花香明显，回甘很快，包装非常结实，物流第6天就到上海了，下次还会回购～ 评分：5星。
        宝岛茶仓（厦门）贸易有限公司 统一社会信用代码：91350200MA2XY3K47Q 地址：厦门市思明区湖滨南路388号12层 食品经营许可证：JY13502030012345。
        金萱乌龙 奶香型 台茶12号 300g大包装 适合奶茶店 批发价：10包起¥85/包，50包起¥78/包，需开增值税专用发票另加6%税点。
        退换货政策：茶叶属于食品类商品，拆封后不支持七天无理由退货；如收到破损、漏气或与描述不符，请于签收48小时内拍照联系在线客服处理。
    """),
    ("en", "order_shipping_log"): _lines("""
        2026-04-18T09:14:22+08:00 INFO order.created id=TW-20260418-00927 sku=OOL-ALS-150 qty=4 channel=shopee_tw total_twd=3840 status=PAID
        2026-04-18T15:02:47+08:00 INFO shipment.label_printed order=TW-20260418-00927 carrier=T-CAT tracking=907123456601 weight_g=820 refrigerated=false
        [WARN] 2026-04-19 10:31:05 inventory.low sku=JX-MILK-300 warehouse=NT-LUGU-01 on_hand=12 reorder_point=30 supplier="Lugu Township Farmers' Association"
        Packing slip #PS-88213 | Items: 2x Dong Ding Oolong 300g (Charcoal Roast), 1x Oriental Beauty 75g tin | Packed 2026-04-19 at Station 3 | QC passed
        2026-04-20 08:00:01 cron job=sync_line_orders run_id=5f1c9a2e duration_ms=4132 fetched=37 new=12 updated=25 errors=0 next_run=2026-04-20T08:15:00
        Export invoice INV-EX-2026-0142: 240 kg Taiwan Oolong Tea, HS code 0902.30, FOB Keelung, USD 9,360.00, consignee: Formosa Leaf Trading Sdn. Bhd., Port Klang.
        ERROR 2026-04-21T11:45:09Z webhook.delivery_failed provider=hct_logistics http_status=502 retry_in=300s payload_id=evt_01HX9R2T7M attempt=3
        Tracking update SF1429837765021: departed Taoyuan International Airport 2026-04-22 02:10, arrived Hong Kong hub 04:35, out for delivery 10:20.
        Daily summary 2026-04-22: orders=143, shipped=131, cancelled=4, refunds=2 (TWD 1,960), avg_basket=TWD 1,287, top_sku=OOL-ALS-150, returns_open=3.
        2026-04-23 14:20:55 DEBUG pricing.rule_applied rule=MID_AUTUMN_10PCT order=TW-20260423-01255 subtotal=12800 discount=1280 final=11520
        Customs declaration CDT-2604-77801 cleared at Changi Airfreight Centre; GST paid SGD 42.30; importer UEN 201912345K (Formosa Leaf Pte. Ltd.).
        Return authorisation RMA-2604-0031 approved: reason=damaged_in_transit, item=Oriental Beauty 75g tin, action=replace, carrier pickup window 2026-04-25 09:00-12:00.
        [INFO] 2026-04-24 07:58:12 scale.calibrated device=PKG-SCALE-02 ref_weight=500.0g reading=500.2g tolerance=0.5g station=PACK-2 fw=3.1.7
    """),
    ("ms", "senarai_harga_pengedar"): _lines("""
        Senarai Harga Borong 2026 — Teh Oolong Taiwan: Dong Ding 300g RM 95.00/pek, Alishan 150g RM 128.00/tin, minimum pesanan 20 unit, harga belum termasuk SST.
        Pengedar rasmi di Malaysia: Formosa Leaf Trading Sdn. Bhd. (No. Syarikat 202201034567 (1471234-T)), Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Selangor.
        Untuk pertanyaan borong, sila hubungi talian WhatsApp perniagaan kami di +60 3-6188 2450 atau e-mel sales@formosaleaf.com.my, Isnin hingga Jumaat 9 pagi - 6 petang.
        Notis: Penghantaran ke Sabah dan Sarawak mengambil masa 5-7 hari bekerja melalui Pos Laju; caj tambahan RM 18.00 dikenakan bagi setiap kotak melebihi 5 kg.
        Teh Oriental Beauty (Bai Hao) Gred A, 75g setiap tin, RM 168.00; stok terhad kerana tuaian musim panas di Hsinchu hanya berlaku sekali setahun.
        Semua produk telah diuji sisa racun perosak oleh makmal bertauliah di Taiwan dan disertakan sijil analisis (COA); salinan boleh dimuat turun menggunakan nombor kelompok pada label.
        Status Halal: produk teh tulen tanpa bahan tambahan; permohonan sijil Halal JAKIM untuk kilang pembungkusan semula di Shah Alam sedang diproses (rujukan MYEHALAL-2026-04412).
        Syarat pembayaran: 50% deposit semasa pesanan, baki sebelum penghantaran; pindahan ke akaun korporat Maybank 5141 2233 0987 atas nama Formosa Leaf Trading Sdn. Bhd. sahaja.
        Promosi Hari Raya: beli 3 kotak hadiah Teh Gunung Tinggi Alishan, percuma 1 set cawan seramik; tawaran sah sehingga 31 Mac 2026 atau selagi stok masih ada.
        Perbandingan ringkas: teh BOH dari Cameron Highlands ialah teh hitam, manakala oolong Taiwan separa fermentasi; suhu bancuhan disyorkan 90-95°C selama 50 saat.
        Kedai runcit rakan kongsi: Kedai Teh Pak Long, Jalan Sultan, Kuala Lumpur — stok Dong Ding dan Jin Xuan tersedia setiap hari kecuali hari Selasa.
        Lawatan kumpulan ke ladang teh di Nantou, Taiwan: pakej 5 hari 4 malam dari RM 3,990 seorang, termasuk aktiviti memetik teh dan kelas membancuh teh oolong.
        Kod produk dan berat bersih: TWO-DD300 (300g), TWO-ALS150 (150g), TWO-OB75 (75g), TWO-JX300 (300g); kod HS 0902.30 untuk teh separa fermentasi dalam bungkusan kecil.
    """),
    ("mixed", "config_and_code"): _lines("""
        line_bot: {channel_id: "2001234567", webhook_url: "https://api.lugutea.example.com/line/webhook", reply_timeout_ms: 3000, rich_menu: "茶園預約_v3"}
        CREATE TABLE tea_orders (order_id VARCHAR(20) PRIMARY KEY, sku VARCHAR(16), qty INT, ship_carrier VARCHAR(10) DEFAULT 'T-CAT', created_at TIMESTAMP); -- 訂單主表
        # 採茶班表 CSV header: date,shift,zone,team_size,start_time,end_time,weather,tea_variety,fresh_leaf_kg,remark
        def price_per_jin(grade: str) -> int: return {"特等": 8000, "頭等": 3600, "貳等": 2200}.get(grade, 1200)  # 比賽茶每斤參考價
        pesticide_check: {lab: "SGS Taiwan", method: "LC-MS/MS", analytes: 380, loq_ppm: 0.01, alert_threshold_ratio: 0.8, notify_channel: "#qa-alerts"}
        curl -X POST https://api.example-logistics.tw/v2/shipments -H 'Content-Type: application/json' -d '{"order_id":"TW-20260418-00927","carrier":"T-CAT","cod":false}'
        booking_slots = [{"date": "2026-05-02", "session": "AM", "capacity": 30, "price_twd": 350}, {"date": "2026-05-02", "session": "PM", "capacity": 30, "price_twd": 350}]
        SELECT sku, SUM(qty) AS 出貨量 FROM tea_orders WHERE created_at >= '2026-04-01' AND ship_carrier = 'HCT' GROUP BY sku ORDER BY 出貨量 DESC LIMIT 10;
        .env.example: LINE_CHANNEL_SECRET=your-channel-secret-here SHOPEE_PARTNER_ID=1000000 DB_URL=postgres://app:changeme@localhost:5432/teashop TZ=Asia/Taipei
        logging: {level: INFO, format: "%(asctime)s %(levelname)s %(name)s %(message)s", handlers: [console, file], file: "/var/log/teashop/app.log", rotate: daily}
        git commit a3f9c21e: fix(booking): 觀光茶園預約滿額時回傳 409 並提示改選其他場次; bump version 2.4.1 -> 2.4.2 (closes #218)
        cron: "0 5 * * 1-6" python -m scheduler.picking_shift --zone=A,B --notify=line_group --dry-run=false  # 週一至週六清晨5點推播採茶班表
        {"sample_id": "S2604-0219", "analyte": "Fipronil", "result_ppm": 0.003, "mrl_ppm": 0.005, "verdict": "PASS", "report_no": "TE26-041587"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        採茶工排班4/12 A班：黃玉蘭（0928-361-507）、張秀卿、阿珠姨，清晨5點半在集貨場集合，黃玉蘭負責開車載人，油錢月底一起算給她。
        比賽報名表｜參賽者：葉明哲｜身分證字號：M126405935｜地址：南投縣鹿谷鄉永隆村興農巷17之3號｜電話：049-275-8842｜茶樣件數：3件
        林太預約週六上午DIY採茶，4大2小，小朋友一個5歲一個8歲，手機0933-582-716，她說會晚到15分鐘，請櫃台幫她保留名額。
        阿嬌姊這禮拜都不能來採茶了，她每週一三五要去竹山秀傳洗腎，醫生說她腎功能只剩兩成，排班表先把她拿掉，不要再打給她。
        老周上次批的冬茶尾款38萬到現在還沒付，打電話都不接，聽說他在外面還欠了地下錢莊，大家出貨給他之前一定要先問過我。
        收件人：陳怡君｜電話：0912-647-305｜地址：台中市北屯區崇德路三段211巷8號7樓之2｜品項：凍頂烏龍300g×2｜貨到付款NT$2,560
        茶農謝坤龍送驗的春茶樣品檢出芬普尼0.03 ppm，超過容許量，鄉公所已通知他整批茶菁不能收購，他說要自費申請複驗。
        匯款資料：戶名吳淑芬，郵局（700）局號0051234 帳號0456789，這期採茶工資16,800元請會計下午三點前轉過去。
        印尼籍移工Sri Wahyuni的居留證統一證號A802847319，工作許可到2026年9月，雇主要在到期前60天向勞動部申請展延。
        張志豪跟太太在辦離婚，兩個人為了分茶園吵到鄉公所調解委員會，張太太說下個月起不會再來茶行幫忙包裝了。
        車牌BLK-7208的白色小貨車是採茶工羅美玉的，下次她再停在製茶廠門口擋到黑貓收貨，請直接打給她叫她移車。
        觀光茶園意外紀錄：4/20 14:30 遊客蔡佳穎（女，34歲）於第三號茶區步道滑倒，右腳踝扭傷，由園區人員送竹山秀傳急診，聯絡電話0975-216-448。
        小李這個月薪水先扣5,000，他上週焙茶睡著，把一整爐比賽茶焙焦了，損失大概3萬，跟他講好了分6個月從薪水扣完。
        請幫我查一下身分證字號N224176087的茶農有沒有在產銷履歷名單上，她說去年有申請過但一直沒收到證書。
        剛剛打來訂20盒中秋禮盒的那支號碼0966-103-528，回撥都沒人接，請晚上再試一次，對方說要開公司抬頭的發票。
        王秀鳳阿姨的媳婦這個月預產期，她說下週要請假去高雄幫忙坐月子，大概兩個禮拜，採茶班需要找人代她。
        2026-04-12,A班,A3區,羅美玉,0921-774-360,手採,42.5斤,1912元,備註:腰痛提早收工
        @陳國輝 你昨天喝酒騎車被警察攔下來，駕照被吊扣的事老闆已經知道了，這個月送貨先換別人跑，你先在廠裡幫忙裝箱。
        客訴紀錄：顧客鄭雅婷小姐（訂單TW-20260402-00318）反映收到的金萱有霉味，要求全額退款並揚言上Dcard爆料，手機0910-852-473，信箱yating.cheng88@gmail.com。
        會計備忘：林志明先生2025年度薪資所得612,000元、扣繳稅額12,240元，扣繳憑單請寄到他家：南投縣竹山鎮集山路三段1045巷6號。
        照片IMG_4471.jpg是邱淑惠阿姨在茶園穿採茶服拍的，她說不想被認出來，放上粉專前請把她的臉打馬賽克。
        熟客許先生住新竹市東區光復路二段322巷5號3樓，每月固定訂東方美人兩罐，家裡電話03-571-6283，白天打不通請傍晚再打。
    """),
    "zh-Hans": _lines("""
        清关实名信息：收货人 孙晓雯，身份证号 320106198803142622，手机 138 1257 4096，地址 南京市鼓楼区中山北路105号3栋602室。
        买家王建平反映到货的冻顶乌龙漏气了，要求补发，他的手机是159-2038-6614，收货地址深圳市南山区科苑路18号银湖花园B座1103。
        批发客户刘海涛欠我们三批茶款共计¥46,800，已经逾期90天，律师函寄到他厦门的住址：厦门市思明区莲前西路188号2203室。
        这个身份证号440305199207215836在跨境平台实名认证一直失败，麻烦核对一下是不是和收货人姓名对不上。
        上海的茶友小周说她最近查出甲状腺癌，下个月要做手术，之前订的中秋礼盒先别寄了，等她出院再联系她。
        微信号tea_lover_wjh1990的买家王嘉慧要求开发票，抬头写个人，电子发票发到她邮箱wjh1990@163.com。
        员工赵磊的工资卡：中国工商银行 6222 0210 0112 3456 789，本月工资¥6,800已发放，另扣社保个人部分¥712。
        茶艺课报名表：学员钱思雨，身份证31011519900203724X，紧急联系人为其母亲，电话137 6178 2205，备注：对花粉过敏。
        快递面单：寄件人 宝岛茶仓；收件人 何丽娟 186****3317；地址 北京市朝阳区望京西园三区312号楼1单元904；内件 金萱300g×2。
    """),
    "en": _lines("""
        Booking #TB-0502-17: Mr. Daniel Tan Wei Jie, 2 adults, Singapore NRIC S8827461Z, mobile +65 9126 4583, requested vegetarian lunch and a Mandarin-speaking guide.
        Complaint from Rachel Ong (rachel.ong.sg@outlook.com): her Oriental Beauty tin was opened by customs and she wants SGD 96 refunded to her DBS account 012-345678-9.
        Note for HR: Marcus Lim, our weekend tour guide, is on medical leave until May 10 after his knee surgery, so please do not schedule him for the Alishan trips.
        Ship to: Emily Chow, Flat 12B, Tower 3, Laguna Verde, Hung Hom, Kowloon, Hong Kong; tel +852 6138 2947; gift message: for Grandma, happy 80th.
        Could you check whether K583172(8) is the same customer who placed the wholesale order last month? The name on the new invoice looks different.
        Tea picker Nguyen Thi Hoa told the supervisor she is three months pregnant and asked to be moved from the steep slopes to the sorting table.
        Payroll export: EMP-0417, Kevin Hsu, Packing, monthly salary TWD 36,500, Cathay United Bank (013) account 001-50-668877-2, start date 2024-08-01.
    """),
    "ms": _lines("""
        Pekerja ladang teh Encik Rosli bin Hamzah, No. MyKad 780512-06-5217, masih belum menerima gaji bulan Mac sebanyak RM 1,850; sila semak dengan bahagian akaun.
        Alamat penghantaran: Puan Noraini binti Ismail, No. 23, Jalan Mawar 4, Taman Sri Cempaka, 39000 Tanah Rata, Pahang; tel 012-487 3690.
        Cik Farah Aqilah mengadu teh yang dibelinya menyebabkan alahan kulit yang teruk dan dia kini dirawat di Hospital Sultanah Hajjah Kalsom; dia minta pampasan.
        Nombor akaun Maybank 1621 4058 7732 milik Lim Ah Kow, pembekal daun teh kecil-kecilan, untuk bayaran 120 kg daun segar minggu ini.
        Ahmad Faizal (019-662 8105) ditahan polis semalam kerana memandu lori syarikat tanpa lesen yang sah; kita perlu cari pemandu ganti untuk hantaran Jumaat.
        Lori dengan nombor pendaftaran WXY 4821 milik pemandu kontrak itu selalu diletak di depan pintu gudang; tolong beritahu dia supaya alihkan.
    """),
    "mixed": _lines("""
        阿明下班前pls把today的shift report send給我，his wife打來說baby發燒住進林口長庚，so他need to leave early，明天的焙火先找人cover。
        Order from 陳小姐 Vivian Chen, 0922-318-645, ship to 高雄市苓雅區四維三路62號12F之1, she wants 東方美人 gift wrap + 卡片寫 Happy Birthday Dad.
        FYI 越南籍採茶工 Tran Thi Lan 的居留證號 F800519620, expiry 2026/08/31, 仲介 says need renew ASAP, 她還有 salary NT$9,200 未結清。
        林太 on LINE：我老公下週開刀裝心臟支架，所以 tea tour booking 改到 6/8，pls keep 4 人，my number 0918-205-733。
        Malaysia buyer Mr. Teo Kah Seng, IC 850917-14-5523, 要 import 200kg 包種茶 to KL, deposit RM 12,000 已經從他 Public Bank 個人帳戶 transfer 過來了。
        產銷履歷申請 form：姓名 Jason 邱建宏，ID E120864738，email chiu.jh.tea@gmail.com，farm 在高雄六龜區新發里，面積 0.8 公頃。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是鹿谷一家茶園的排班小幫手，協助老闆整理採茶工班表，回答請用繁體中文。"),
        (
            "user",
            "幫我把下週採茶排班整理成表格：黃秀琴 0928-445-129 週一到週五都可以；張月霞 0937-601-382 週三要帶她先生去彰化基督教醫院回診不能來；阿珠姨只能上半天。A區要4個人、B區3個人。",
        ),
        (
            "assistant",
            "好的，以下是下週班表草稿：週一至週五A區：黃秀琴、張月霞（週三除外）、阿珠姨（半天）；週三張月霞請假，建議由B區調一人支援。聯絡電話我先列在備註欄：黃秀琴 0928-445-129、張月霞 0937-601-382。A區目前只有3人，仍缺1位，要不要從B區調人？",
        ),
        ("user", "好，B區那邊你先空著，我再找人。"),
        ("assistant", "了解，B區三個名額先保留空白，等您確認人選後再補上。"),
    ],
    [
        (
            "user",
            "客人王思涵小姐（0937-285-614，台北市大安區和平東路二段96巷3號4樓）收到的阿里山茶罐整個凹掉，她很生氣，幫我寫一段LINE道歉訊息，說我們會補寄新品。",
        ),
        (
            "assistant",
            "王小姐您好，非常抱歉您收到的阿里山高山烏龍茶罐在運送途中受損，造成您的不便。我們已安排補寄全新一罐，將寄到台北市大安區和平東路二段96巷3號4樓，預計兩天內送達，受損的茶罐不需寄回。再次向您致歉，謝謝您的包容。",
        ),
        ("user", "再加一句送她一包金萱試喝包。"),
        (
            "assistant",
            "已補上：「另外隨貨附贈金萱試喝包一份，希望您喜歡。」整段訊息可以直接貼到LINE傳給王小姐。",
        ),
    ],
    [
        (
            "user",
            "我在网上买了台湾冻顶乌龙，清关一直提示实名信息不一致。我叫林晓峰，身份证号350203198509174019，手机号135 9082 4416，下单时收货人填的是我老婆的名字，是不是这个原因？",
        ),
        (
            "assistant",
            "很可能是这个原因。跨境电商清关要求订购人（支付人）的姓名、身份证号与支付账户实名一致。如果订单上的订购人是您太太，而填的是您的身份证号350203198509174019，系统就会判定不一致。建议联系商家修改订购人信息，或以您太太本人的身份证重新认证。",
        ),
        ("user", "那我改成我自己的名字就行了吧？"),
        (
            "assistant",
            "是的，把订购人和支付人都改成林晓峰本人，并确认支付账户也是您本人实名，一般就能通过。收货人可以仍然写您太太。",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for a tourist tea farm in Nantou. Current record: Booking TB-0610-04, guest Jessica Lee Hui Min, Singapore NRIC T0315728D, phone +65 8721 5530, 3 adults, tea-picking session 2026-06-10 09:30, deposit TWD 315 paid.",
        ),
        (
            "user",
            "Hi, this is Jessica. Our flight got moved, can we switch to the afternoon session on the same day?",
        ),
        (
            "assistant",
            "Hi Jessica, yes, the 14:00 session on 10 June still has seats for 3 adults. I have moved booking TB-0610-04 to 2026-06-10 14:00; your deposit of TWD 315 carries over. We will send a confirmation to +65 8721 5530.",
        ),
        ("user", "Great, thanks. Is lunch still included?"),
        (
            "assistant",
            "The afternoon session includes tea tasting and snacks rather than lunch, but we can arrange a set lunch at the farm café for TWD 280 per person if you arrive by 12:30.",
        ),
    ],
    [
        (
            "user",
            "Tolong sediakan invois untuk pelanggan Encik Kamarul Ariffin bin Yusof, alamat No. 8, Jalan Bukit Bintang 2, Taman Bukit Indah, 81200 Johor Bahru, telefon 013-775 2048. Pesanan: 10 tin Alishan 150g dan 5 pek Dong Ding 300g.",
        ),
        (
            "assistant",
            "Baik. Invois INV-MY-2026-0391 — Kepada: Encik Kamarul Ariffin bin Yusof, No. 8, Jalan Bukit Bintang 2, Taman Bukit Indah, 81200 Johor Bahru, Tel: 013-775 2048. Item: 10 x Alishan 150g @ RM 128.00 = RM 1,280.00; 5 x Dong Ding 300g @ RM 95.00 = RM 475.00. Jumlah: RM 1,755.00.",
        ),
        ("user", "Dia minta diskaun 5% sebab pelanggan tetap."),
        (
            "assistant",
            "Selepas diskaun 5% (RM 87.75), jumlah baharu ialah RM 1,667.25. Saya telah kemas kini invois untuk Encik Kamarul Ariffin.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for Taiwanese tea farmers. Answer in the user's language.",
        ),
        (
            "user",
            "我是茶農羅文彬，身分證 M127310542，我的春茶 sample 被驗出 imidacloprid 超標，report 上寫 12 ppm，MRL 是 10。我覺得是 lab 弄錯，how can I appeal?",
        ),
        (
            "assistant",
            "羅先生您好，您可以申請複驗：通常要在收到報告後15日內以書面提出，附上原報告編號與身分證明（您的身分證 M127310542 影本），並繳交複驗費用。複驗會使用實驗室保存的原樣品。另外建議您整理近期的用藥紀錄與安全採收期，作為說明資料。",
        ),
        ("user", "If 複驗 still fail, 我的茶還能賣嗎？"),
        (
            "assistant",
            "若複驗仍超過容許量，該批茶葉不得販售，可能需銷毀並可能被處以罰鍰；但其他批次若檢驗合格仍可正常出貨。",
        ),
    ],
    [
        (
            "user",
            "我們採茶的阿姨邱月娥昨天在茶園中暑昏倒，送到埔里基督教醫院住了一晚，她身分證是K227519368，勞保要怎麼申請職災給付？",
        ),
        (
            "assistant",
            "很遺憾聽到邱阿姨身體不適。工作中中暑可申請職業災害給付，步驟是：一、由雇主填寫職業傷病門診單或住院申請書；二、請醫院開立診斷證明；三、備妥邱月娥的身分證（K227519368）影本與存摺封面，向勞動部勞工保險局申請。住院期間若無法工作，第四日起可請領傷病給付。",
        ),
        ("user", "她是按日計薪的，也可以嗎？"),
        ("assistant", "可以，只要她有由雇主或職業工會加保勞保即可，給付以投保薪資計算。"),
    ],
    [
        (
            "system",
            "HR assistant for a tea shop. Staff records: Kevin Hsu, packing, TWD 36,500/month; Amy Lin Pei Shan, retail, TWD 27,800/month, currently on maternity leave; Wong Kar Foo, Singapore FIN G5620174U, export sales, SGD 4,200/month.",
        ),
        ("user", "Which staff are paid below Taiwan's 2026 minimum wage of TWD 29,500?"),
        (
            "assistant",
            "Based on the records, Amy Lin Pei Shan (retail, TWD 27,800/month) is below TWD 29,500. Since she is on maternity leave, her salary adjustment should still be applied from the effective date. Kevin Hsu is above the minimum, and Wong Kar Foo is paid in SGD under a separate arrangement.",
        ),
        ("user", "OK, draft a short note to Amy about the raise."),
        (
            "assistant",
            "Dear Amy, congratulations again on your new baby. From 1 January 2026 your monthly salary will be adjusted from TWD 27,800 to TWD 29,500. No action is needed from you. Best wishes, HR.",
        ),
    ],
    [
        (
            "user",
            "幫我摘要一下今天LINE群組重點：「小蔡：我爸中風住進竹山秀傳，這禮拜可能要請假」「美華：冷藏室3號櫃的比賽茶已經封好了」「阿成：我車子BHK-3309送修，明天搭公車會晚一點到」「美華：SGS下週一來抽驗」",
        ),
        (
            "assistant",
            "今日重點：1. 小蔡的父親中風住院（竹山秀傳），本週可能請假，需安排代班。2. 美華已將比賽茶封好放在冷藏室3號櫃。3. 阿成的車（BHK-3309）送修，明天會晚到。4. SGS下週一來抽驗，請提前準備茶樣。",
        ),
        ("user", "小蔡那段先不要寫進給老闆的版本。"),
        (
            "assistant",
            "好的，給老闆的版本改為：1. 有一位同事本週可能請假，需安排代班。2. 比賽茶已封存於冷藏室3號櫃。3. 阿成明天會晚到。4. SGS下週一抽驗。",
        ),
    ],
    [
        (
            "user",
            "你好，我喺澳門，想訂兩罐東方美人寄去我婆婆屋企做生日禮物，收件人梁美玲，地址澳門氹仔布拉干薩街225號海洋花園金樹閣15樓B，電話+853 6612 3485，請問運費幾多？",
        ),
        (
            "assistant",
            "你好！寄往澳門一般需時3-5個工作天，兩罐東方美人（75g鐵罐）連包裝約0.6公斤，運費為新台幣250元。收件資料：梁美玲，澳門氹仔布拉干薩街225號海洋花園金樹閣15樓B，電話+853 6612 3485。需要幫你加生日卡嗎？",
        ),
        ("user", "好呀，卡上面寫「祝婆婆福如東海」，唔該。"),
        ("assistant", "收到，已備註生日卡內容「祝婆婆福如東海」，出貨後會將運單號碼傳給你。"),
    ],
]
