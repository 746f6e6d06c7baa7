# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh306: 繁體中文（香港）花店、婚禮統籌與攝影（婚禮流程表、新人資料、訂金、花牌、攝影合約、客人名單、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh306
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "花店價目表"): _lines("""
        【花間事 Flower Matters】2027年情人節價目：11枝厄瓜多爾紅玫瑰花束 HK$880、33枝 HK$2,380、99枝 HK$6,800，2月10日前付清可享九折，門市：太子花墟道28號地下。
        新娘手捧花（圓形，David Austin「Juliet」蜜桃色玫瑰配尤加利葉）HK$1,680；加配襟花 6 朵 HK$480；另加 Keira 粉色花園玫瑰每枝 HK$58。
        花牌價目（連安裝及回收）：傳統竹架花牌 6呎×8呎 HK$3,200 起；霓虹色膠花加印字每字 HK$35；九龍區運費 HK$450，新界另議，查詢熱線 2394 1187。
        芍藥季限定：荷蘭 Sarah Bernhardt 粉芍藥每枝 HK$68、Coral Charm 珊瑚芍藥每枝 HK$78、Duchesse de Nemours 白芍藥每枝 HK$72，5月至6月到貨，售完即止。
        婚車花（車頭心形＋絲帶＋車門花球兩個）HK$1,280，Tesla Model 3 及 Mercedes-Benz E-Class 適用，須於婚期前三日確認車款，本店 WhatsApp 訂購：5128 6630（只收文字訊息）。
        開張花籃（兩層，紅黃配色，附「生意興隆」緞帶）HK$980；三層 HK$1,380；另設澳門送貨，經港珠澳大橋即日送達，運費 MOP 600。
        蝴蝶蘭盆栽 Sogo Yukidian 'V3' 白花五株裝 HK$1,580，連陶瓷盆及苔蘚面，可印公司名稱於絲帶，商業客戶請提供商業登記號碼以便開發票。
        貨品編號 FM-BQ-0217｜紫色繡球花束（哥倫比亞 Shocking Blue 繡球 3 球）｜HK$720｜庫存 14｜更新時間 2027-01-15 09:30｜供應商代碼 SUP-KM-008
        永生花玻璃罩（參考 Antoine de Saint-Exupéry《小王子》玫瑰造型）HK$560；刻字服務每個 HK$80，最多 12 個英文字母，製作期 5 個工作天。
        企業月租花（每週換花一次）：接待處花藝 HK$2,800/月、會議室枱花 HK$680/月，合約最短 6 個月，現時服務中環國際金融中心一期多間辦公室。
        公司資料：花間事花藝有限公司｜商業登記號碼 71840523-000-03-26-1｜地址：九龍太子花墟道28號地下｜電話 2394 1187｜電郵 hello@flowermatters.hk
        追思花籃（白菊、白百合、白玫瑰）HK$1,080 起，可送至紅磡世界殯儀館及北角香港殯儀館，請註明禮堂號數及出殯日期，輓聯字數上限 16 字。
        畢業花束（向日葵三枝＋滿天星＋毛毛熊公仔）HK$420，六月畢業季於香港大學陸佑堂附近設流動攤位，可用 PayMe 或轉數快（商戶 FPS ID 165823904）付款。
    """),
    ("zh-Hant", "婚禮統籌常見問題"): _lines("""
        問：訂金要俾幾多？答：簽約時繳付總額 30% 作訂金，婚禮前 30 日繳付餘數；訂金恕不退還，但可於 12 個月內免費改期一次。
        問：你哋有冇做過大會堂婚姻登記處嘅簽字儀式？答：有，大會堂婚姻登記處每場儀式時間有限，我哋會提早 45 分鐘到場同攝影師講位。
        問：婚禮當日有問題可以搵邊個？答：當日緊急熱線 6012 3388 由本公司值班統籌接聽（08:00–23:00），一般查詢請電郵 enquiry@everafterhk.com。
        問：可唔可以喺淺水灣沙灘搞證婚？答：公眾泳灘由康樂及文化事務署管理，須向康文署申請場地許可，由申請到批核一般需時 4 至 6 星期。
        問：外籍人士喺香港結婚需要咩文件？答：按入境事務處要求，雙方須到婚姻登記處遞交擬結婚通知書並出示有效旅行證件，通知書有效期為三個月。
        問：澳門嘅酒店可唔可以一條龍？答：可以，我哋同澳門威尼斯人及新濠影滙都有合作，套餐由 MOP 68,800 起，包括場地佈置、司儀及攝影。
        問：攝影師幾時交相？答：精修相片 60 張於婚禮後 21 個工作天內交付，全數底片以 Google Drive 連結提供，連結保留 90 日，逾期需另收 HK$300 重新上載。
        問：點解報價單上有「雜費」？答：雜費包括場地進場費、夜間附加費（22:00 後）及高空佈置保險，詳細見報價單編號 EA-Q-2027-0412 第 3 頁。
        問：你哋係咪註冊公司？答：係，Ever After Wedding Planning Limited，公司註冊編號 2987154，辦事處：灣仔軒尼詩道 302 號 12 樓 1203 室。
        問：台灣或者新加坡嘅新人可唔可以遙距籌備？答：可以，我哋每月舉行兩次 Zoom 諮詢（星期二晚 8 點香港時間），台北及新加坡同一時區。
        問：天文台掛八號風球點算？答：婚禮前 24 小時內如天文台發出八號或以上熱帶氣旋警告信號或黑色暴雨警告，可免費改期一次，訂金全數保留。
        問：可唔可以用自己搵嘅花店？答：可以，但外來供應商須提供商業登記證副本及第三者責任保險單，進場及撤場時間由場地統一安排，一般為婚宴前 4 小時。
        問：付款方式？答：接受支票（抬頭 Ever After Wedding Planning Limited）、轉數快 FPS ID 168240519 及匯豐商業戶口 512-390871-838。
    """),
    ("zh-Hant", "員工WhatsApp群組"): _lines("""
        [14/02/2027 06:45] 花藝組：情人節第一批 120 束已經包好，放咗喺凍房第二格，貼藍色標籤嘅係中環線，紅色係尖沙咀線。
        [14/02/2027 07:10] 送貨組：貨車已經喺花墟道後巷等緊，九點前要出發，電台話紅隧今朝有意外，中環線改行東隧。
        [14/02/2027 08:02] 店舖：凍房溫度 3.8°C 正常；不過 Playa Blanca 白玫瑰得返 40 枝，下午嗰場婚禮手捧花要改用 Vendela，記得同客確認。
        [14/02/2027 09:30] 攝影組：今日半島酒店嗰場 10:30 開始，Sony A7 IV 兩部、85mm 同 24-70mm 已經充好電，SD 卡 128GB 四張放咗喺攝影箱。
        [14/02/2027 10:15] 統籌組：大館嗰場改咗流程，證婚人致辭由 15:20 推後到 15:40，請同司儀組同步，新版流程表已放上 Drive「0214_TaiKwun_v3」。
        [14/02/2027 11:48] 店舖：PO-20270214-033 嘅開張花籃送去觀塘開源道 55 號寫字樓大堂，訂單寫明公司前台收貨，唔使再打電話確認。
        [14/02/2027 13:05] 統籌組：提提大家，如果天文台發出酷熱天氣警告，戶外佈置每做 45 分鐘要休息 15 分鐘，飲多啲水，唔好逞強。
        [14/02/2027 14:20] 攝影組：嘉頓山今晚日落 18:14，婚紗外影 17:30 到，記得帶反光板同 Godox V1 閃燈，無人機唔好飛，嗰度屬限制飛行區。
        [14/02/2027 16:00] 店舖：今日門市收入 HK$48,620，FPS 佔 62%，八達通 21%，現金 17%，收據卷已換新，POS 機版本 v4.2.1。
        [14/02/2027 17:35] 花藝組：聽日花墟批發商休息半日，雲南昆明嗰批洋桔梗改咗星期二先到港，星期二早上嗰兩場手捧花要延後做。
        [14/02/2027 19:50] 統籌組：澳門 6 月 12 號嗰場已確認，場地係澳門威尼斯人宴會廳，大家記得帶定證件，上環港澳碼頭 08:30 集合。
        [14/02/2027 21:10] 送貨組：全部 238 張單已經送晒，只有 2 單因寫字樓關咗門要聽日再送，單號 DL-0214-187 同 DL-0214-201。
        [14/02/2027 22:30] 店長：辛苦晒各位！聽日中午一點喺舖頭食飯，公司請，順便檢討今年情人節嘅包裝流程同凍房分區。
    """),
    ("en", "photography_contract_terms"): _lines("""
        4.1 Deposit. A non-refundable booking deposit of 30% of the Package Fee is payable upon signing; the balance is due no later than fourteen (14) days before the Event Date.
        5.2 Delivery. The Studio will deliver 80 retouched images within 30 working days via a password-protected online gallery, which remains available for 180 days.
        6.1 Copyright. Under the Copyright Ordinance (Cap. 528), copyright in all images remains with Lumière Lane Studio Limited; the Client receives a personal, non-commercial licence.
        7.3 Force Majeure. If Typhoon Signal No. 8 or a Black Rainstorm Warning is in force within 3 hours of the start time, the shoot will be rescheduled at no additional charge.
        8.2 Venue Rules. Drone footage at The Peninsula Hong Kong, St. John's Cathedral and Tai Kwun is subject to each venue's own approval and Civil Aviation Department rules.
        Package B 'Golden Hour': 8 hours coverage, 2 photographers, 1 videographer, 3-minute highlight film, 1 layflat album 12x12 inches, HK$38,800 (quotation no. LL-Q-27-0093).
        Schedule 1 – Equipment: Canon EOS R5 (x2), RF 28-70mm f/2L, RF 85mm f/1.2L, Profoto A10 flash (x3), DJI Mavic 3 Pro; all equipment insured under policy no. HKPI-2026-774512.
        11.1 Governing Law. This Agreement is governed by the laws of the Hong Kong SAR, and the parties submit to the non-exclusive jurisdiction of the Small Claims Tribunal or the District Court.
        9.4 Data. The Studio handles personal data collected under this Agreement in accordance with the Personal Data (Privacy) Ordinance (Cap. 486) and deletes raw files 12 months after delivery.
        Studio details: Lumière Lane Studio Limited, CR No. 3124587, Unit 7B, 18 Wing Lok Street, Sheung Wan, Hong Kong; tel. +852 3568 2210; bookings@lumierelane.hk.
        3.5 Travel. Coverage outside Hong Kong (Macau, Shenzhen, Taipei, Singapore, Kuala Lumpur) incurs a travel surcharge of HK$4,500 per day plus economy airfare for each crew member.
        10.2 Cancellation. Cancellation more than 180 days before the Event Date forfeits the deposit only; 60–180 days forfeits 50% of the Package Fee; under 60 days forfeits 100%.
        Signature block (template): Client signature ________ Date ________ / For and on behalf of Lumière Lane Studio Limited ________ Authorised Signature(s), company chop required.
    """),
    ("mixed", "wedding_rundown"): _lines("""
        07:00 新娘化妝 Make-up & Hair @ 酒店套房；花藝組 07:30 送到手捧花、襟花 x8、心口花 x4（Juliet peach + eucalyptus），放冰箱唔好放窗邊。
        09:00 新郎出門接新娘，兄弟團六人，玩遊戲限時 30 分鐘；攝影 team 分 A/B cam，A cam 跟新郎、B cam 留守女家影 details。
        10:30 出門，路線：九龍塘 → 紅隧 → 半島酒店，預計車程 35 分鐘，花車車頭花已裝好，備用絲帶同雙面膠放尾箱。
        11:30 Tea Ceremony 斟茶 @ The Peninsula Hong Kong 宴會廳，要準備茶具一套、紅棗蓮子茶 20 杯、利是封 100 個同金器托盤。
        15:00 Solemnisation 證婚 @ St. John's Cathedral, 4-8 Garden Road, Central；儀式約 40 分鐘，合照 15 分鐘，大門外嚴禁撒花瓣。
        16:30 Outdoor shoot @ 中環海濱長廊 + 摩天輪，golden hour 約 17:50，如遇黃雨改去 Tai Kwun 室內拍攝，backup 遮 x6。
        18:30 Cocktail reception，DJ playlist 開 'Can't Help Falling in Love' (Elvis Presley) 同陳奕迅《明年今日》，香檳塔 5 層共 55 杯。
        19:45 March-in 1，新人入場歌 'A Thousand Years' (Christina Perri)，燈光 cue: LX-12 spotlight，煙霧機 30 秒，司儀 cue card 第 4 張。
        20:15 第一道菜上湯；司儀介紹雙方家長，敬酒次序：主家席 → 1-10 號枱 → 11-24 號枱，預計 40 分鐘，攝影跟 flash bounce。
        21:00 March-in 2 換晚裝，播放 Same Day Edit 短片 (4:30 min)，AV 檔案名 SDE_final_v2.mp4，USB 備份兩份交場地 AV 同統籌。
        22:15 送客 + 大合照，A cam 用 35mm；花藝組回收花牌及裝飾，場地 23:30 前交還，逾時每半小時收 HK$2,500。
        Rundown v3.2 | updated 2027-03-02 18:40 | 場地 Grand Ballroom, 24 tables x 12 pax | Coordinator on duty hotline 3105 6688
        Wet weather plan 後備方案：如天文台發出紅色或黑色暴雨警告，戶外證婚改到宴會廳前廳，椅子 120 張已預留，花拱門改用室內版本。
    """),
    ("zh-Hans", "供应商发货单"): _lines("""
        昆明斗南花卉市场 A区 3排 18号 云花优选商行 发货单 DN20270210-0456：卡罗拉红玫瑰 A级 20扎×20枝，单价 ¥38/扎，合计 ¥760。
        发货单位：云南滇花国际贸易有限公司，统一社会信用代码 91530100MA6P8K2X7G，地址：昆明市呈贡区斗南街道花卉交易中心 2 号楼 5 楼。
        冷链运输：昆明长水机场 → 深圳宝安机场 → 皇岗口岸 → 香港太子花墟，全程 2–6°C，顺丰冷运单号 SF1428537790216，预计 36 小时到港。
        品种清单：洋桔梗「罗莎娜」粉色 10扎、「卡门」紫边 6扎、满天星「完美」白色 15扎、尤加利叶 8扎，总重 126.5kg。
        报关信息：HS 编码 0603.11（鲜切玫瑰），出口报关单号 530120270000318462，植物检疫证书编号 5300002270012345。
        付款方式：电汇至云南滇花国际贸易有限公司 中国建设银行昆明呈贡支行 对公账号 5305 0162 3837 0000 1234，请备注发货单号。
        温馨提示：2月7日至2月14日为情人节高峰期，斗南市场鲜切花价格上涨约 35%，请香港及澳门客户提前 72 小时下单锁价。
        退货政策：花材到港 4 小时内如发现冻伤、灰霉或花头折断超过 10%，请拍照上传至供应商平台工单系统，逾时不予受理，赔付以发货单金额为上限。
        系统日志 2027-02-10 14:22:08 [INFO] order_id=YH-884213 status=SHIPPED carrier=SF weight_kg=42.3 temp_log=ok dest=HK-PE
        发票信息：增值税普通发票 发票代码 053002200111 发票号码 08837265 开票日期 2027-02-10 金额 ¥12,480.00 税率 1%。
        厄瓜多尔进口玫瑰「自由」Freedom 60cm 每扎 25 枝，到岸价 ¥95/扎，经昆明综合保税区中转，最少起订 10 扎。
        客服热线 400-871-6688（工作日 08:30-18:00），企业微信客服 ID：dianhua_service，投诉邮箱 kefu@dianhua-flowers.cn。
        包装规格：纸箱 105×35×30cm，每箱 12 扎，箱内附吸水棉及 Chrysal Clear 保鲜剂 10 包，箱号 DH-BOX-0217-01 至 DH-BOX-0217-24。
    """),
    ("en", "config_and_code"): _lines("""
        BOOKING_API_BASE=https://api.everafterhk.com/v2  # production; use https://sandbox.everafterhk.com/v2 for testing
        {"sku": "BQ-JULIET-12", "name": "Juliet Garden Rose Bouquet", "price_hkd": 1680, "lead_time_days": 3, "in_stock": true}
        CREATE TABLE deposits (deposit_id TEXT PRIMARY KEY, booking_ref TEXT NOT NULL, amount_hkd NUMERIC(10,2), paid_at TIMESTAMPTZ, method TEXT);
        booking_ref,event_date,venue_code,package,deposit_hkd,balance_hkd,status  # CSV header for exports/bookings_2027.csv
        2027-03-14T10:42:17+08:00 INFO payment.webhook received event=charge.succeeded ref=EA-BK-27-0318 amount=11640.00 currency=HKD
        def balance_due(total: Decimal, rate: Decimal = Decimal('0.30')) -> Decimal: return (total * (1 - rate)).quantize(Decimal('0.01'))
        whatsapp: {business_number: '+852 3105 6688', template: 'deposit_reminder_zh_hk', language: 'zh_HK', send_window: '09:00-21:00'}
        smtp: {host: smtp.everafterhk.com, port: 587, from: 'noreply@everafterhk.com', reply_to: 'enquiry@everafterhk.com'}  # example config
        git log --oneline: 9f3c2ab fix(rundown): handle events crossing midnight; a71e04d feat(invoice): add Macau MOP rate 1.03
        test_fixtures.yaml: client_name: 'Test Client', phone: '+852 0000 0000', email: 'client@example.com'  # placeholder only
        SHA-256 of contract template v5.1: 3b7e2c9d14f0a6e58d21c4b97f03ea6d5c18b2f9e7a04d63c1b58e29f7d0a412
        rate_limits: {gallery_download_per_hour: 200, max_zip_size_gb: 8, watermark: 'Lumière Lane Studio', link_expiry_days: 180}
        npm run build && docker build -t lumierelane/gallery:1.14.3 . && docker push registry.lumierelane.hk/gallery:1.14.3
    """),
    ("zh-Hant", "花牌歷史與規例"): _lines("""
        花牌是香港獨有的傳統工藝，以竹枝紮成骨架、配以膠花、霓虹色紙及金字，早年多見於神功戲棚、酒樓開張及街坊節慶，至今仍有老師傅在大角咀及深水埗一帶經營花牌店。
        「花牌紮作技藝」已列入香港非物質文化遺產清單，康樂及文化事務署轄下的非物質文化遺產辦事處有專頁介紹其歷史、工序及行業現況，並不時舉辦導賞及工作坊。
        於公眾街道擺放花牌如阻礙行人通道，可能違反《簡易程序治罪條例》（第 228 章）有關阻街的規定，食環署亦可移走有關物品。
        每逢歌手於紅磡香港體育館開演唱會，歌迷多會合資訂造花牌送到場館外，張學友、陳奕迅等演唱會期間均可見整排花牌，場館一般要求於演出翌日內拆走。
        長洲太平清醮期間，北帝廟前的戲棚及花牌是重要景觀，花牌上常寫「合境平安」，一般由島上街坊團體委託製作，亦是遊客拍照的熱門位置。
        花牌文字慣例：喜事用紅底金字，如「百年好合」「永結同心」「天作之合」；白事改用素色輓聯，不會加霓虹燈飾，字體多用顏體或隸書。
        油麻地戲院建於 1930 年，是市區現存唯一的戰前戲院建築，2012 年活化為戲曲中心，粵劇戲棚文化與花牌行業關係密切。
        新加坡及馬來西亞華人社區亦有花牌傳統，檳城喬治市的會館慶典及中元節活動中，常見以彩紙及鮮花紮成的大型牌樓，吉隆坡茨廠街一帶亦有相關手工藝店。
        業界常用尺寸：小型 4呎×6呎、中型 6呎×8呎、大型 8呎×12呎；竹枝以曬乾毛竹為主，每副花牌平均需時 2 至 3 日製作。
        衞生提示：鮮花花牌於室外放置超過 48 小時容易積水滋生蚊患，活動結束後應於 24 小時內拆除並清理積水，防止登革熱傳播。
        粵劇名伶任劍輝與白雪仙主演的《帝女花》於 1957 年在銅鑼灣利舞臺首演，唐滌生編劇，據當年報道戲院外花牌林立，戲迷爭相送贈賀禮。
        澳門的花牌傳統與香港相近，節慶期間於媽閣廟前地等公共空間可見花牌，內容多為祝賀神誕及社團週年紀念，顏色配搭與香港花牌大致相同。
        婚宴花牌常見字句：「鸞鳳和鳴」「珠聯璧合」「白頭偕老」，右上款寫賀方社團或公司名稱，左下款寫「敬賀」及日期，字數一般控制在 20 字以內。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        新人資料表：新郎 區志聰（Ken），新娘 麥詠琳（Winnie），婚期 2027年10月23日，聯絡電話 9163 2278，電郵 winnie.mak.wl@gmail.com。
        林太話佢個仔婚禮之後就要入院做化療，想我哋攝影師影多啲一家人嘅合照，呢件事唔好喺群組同其他同事講。
        訂金收據 EA-R-27-0541：收到 黎嘉敏小姐 訂金 HK$11,640（轉數快，付款戶口 024-578-3-112409），餘數 HK$27,160 須於 9 月 1 日前繳付。
        阿明你之前話份人工得一萬八，訂金可唔可以分三期俾？我哋可以幫你同老細傾吓，不過要你簽分期同意書。
        花牌訂單：送到 沙田禾輋邨豐和樓 1412 室 楊家，花牌寫「楊偉倫先生 陳素芬小姐 新婚誌慶」，收貨人 楊太 手機 6234 9017。
        客人名單第 12 枱：張耀祖先生（新郎舅父，坐輪椅，要近出口）、張太、張嘉怡（素食）、何家俊（新娘前夫，唔好同新娘媽媽坐埋一齊）。
        HKID 副本已收：譚詠詩 Y618402(0)，出生日期 1994-03-17，用作澳門婚禮酒店登記，完成後請於 30 日內銷毀。
        新娘 Cherry 上星期先知自己有咗三個月，婚紗腰圍要放大兩吋，千祈唔好喺群組講，佢未同奶奶講。
        WhatsApp 群「Ken & Winnie 婚禮」：伴娘 Joyce 話佢 9 月 3 號要上庭，因為離婚官司仲未判，可能遲兩個鐘先到。
        攝影合約甲方：周浩然，香港身份證號碼 R53****(3)，住址：新界將軍澳唐德街 9 號將軍澳中心 3 座 28 樓 D 室。
        陳先生追數：第二期 HK$18,000 已經過期 45 日，打咗三次 9458 1276 都冇人聽，下一步要發律師信。
        新郎爸爸 鄭國樑 上個月中風，而家要坐輪椅，酒店要預留無障礙車位，主家席要近舞台同出口。
        退款申請：申請人 梁靜儀，因未婚夫 蕭子健 取消婚禮，要求退回訂金 HK$8,800 至中銀戶口 012-875-0-034519-6。
        攝影師備註：新娘妹妹 阿欣 今年先 15 歲，佢阿媽講明唔可以將佢嘅相放上 IG 或者作品集，交相時要剔走。
        花店會員：麥太（麥李淑貞），會員號 FM-VIP-00318，生日 5 月 8 日，鍾意白色芍藥，對百合花粉敏感會氣喘。
        送貨地址：九龍塘義德道 12 號 A 座地下，收件人 羅先生，請按門鐘，唔好打 9726 5403，佢做夜班日頭要瞓覺。
        宴會 RSVP：姓名 潘美琪，人數 2，電話 5387 2604，飲食要求：對花生嚴重過敏，需要將 EpiPen 放喺身邊。
        伴郎 阿Wing（黃永健）上年破產，唔夠錢夾份買禮物，新郎叫我哋唔好喺兄弟團群組提起份子錢嘅事。
        統籌內部備註：新娘父母已分居多年，爸爸 吳志強 會同新伴侶出席，主家席要分開兩張枱，相片唔好將佢哋影埋一齊。
        客人名單 CSV：12,葉卓賢,男方同事,6045 1738,yipcheukyin@yahoo.com.hk,已確認,素食
        婚車：新郎表哥 馮家輝 自己揸 Tesla 做頭車，車牌 PK 3829，酒店停車場要預先登記，佢電話 6871 4022。
        台灣新人資料：新娘 賴怡君，身分證字號 A226531076，戶籍地址：台北市大安區和平東路二段 96 巷 7 號 5 樓，婚期 2027 年 12 月 4 日。
        攝影交相記錄：2027-05-02 已傳送 1,286 張原相俾 何鎮邦，下載連結寄去 hochunbong88@gmail.com，密碼另以短訊發送。
        投訴跟進：鍾小姐話我哋影佢影得好肥，喺 Facebook 公開寫負評，仲要求全數退返 HK$32,000，佢話唔退就去消委會。
    """),
    "en": _lines("""
        Client: Melissa Tan Hui Min, NRIC S8823516I, mobile +65 9127 4408, wedding at Raffles Hotel Singapore on 19 Nov 2027, deposit SGD 3,000 received.
        Note from planner: the bride's mother, Mrs. Veronica Leung, is on dialysis three times a week, so the tea ceremony must finish by 11:00.
        Guest list row: Table 7, Seat 3 – Jonathan Ho Ka-lok, groom's cousin, +852 9802 3316, wheelchair user, needs ramp access at the side entrance.
        Please refund the deposit to account holder Patrick Wong Chi-ming, HSBC 808-274531-833; the wedding was called off after his fiancée moved out.
        Photography contract signed by Daniel Cheung (HKID Z735108(A)), residing at Flat 11C, Block 2, Taikoo Shing, Quarry Bay; balance HK$26,500 due 30 Aug.
        Ashley said her ex-husband must not be seated anywhere near the bridal table; there has been a restraining order against him since March.
        Courier label: To Ms. Priya Nair, 28 Jalan Ampang Hilir, 55000 Kuala Lumpur, tel +60 12-384 7719, parcel: wedding album (order LL-ALB-0291).
        Just so you know, Kelvin lost his job at the bank last month and can't pay the second instalment; he asked us to hold the date until he finds work.
        Booking form – Name: Rachel Lim Shu Ting; FIN: G5107342N; Occupation: nurse; Emergency contact: her mother, +65 8376 2190.
        The groom, Marcus Yeung, asked us to blur his face in all online posts because he is a witness in an ongoing criminal trial.
    """),
    "mixed": _lines("""
        新娘 Chloe Fung 嘅 HKID 係 K398241(6)，酒店要佢 check-in 前 send 張 copy 過去，記得 encrypt 個 file 先好 email。
        WhatsApp 群 msg：@Bobo 你個 deposit HK$5,000 仲未 clear，你登記嘅 FPS 電話 9318 6620 彈咗 error，唔該再 send 張 screenshot 嚟。
        Guest RSVP: 李家豪 Ricky Lee, +852 6127 3385, 2 pax, 男方大學同學, remark: 佢啱啱做完膝頭手術，要坐 aisle seat。
        Bridal party list: Maid of honour – 伍凱琪 Kay, kay.ng.hk@outlook.com; Best man – 陳浩賢 Jason, 9632 0147; 花童 – 陳樂晴 (5歲, 新郎姪女)。
        MyKad copy received: Ong Mei Ling 王美玲, 920614-10-5528, No. 15, Jalan SS2/24, 47300 Petaling Jaya, Selangor — for KL 婚宴 venue booking.
        Photo release form：本人 梁嘉欣 (Karen Leung) 同意 Lumière Lane 使用我嘅婚紗相作宣傳，但唔可以顯示我嘅紋身同埋任何 location tag。
        Internal note：新郎 Alvin 欠咗我哋 HK$15,400 尾數已經三個月，佢話公司裁員，想分 6 期還，boss 話要佢簽 repayment letter。
        Macau wedding：新郎 Hugo Chan 陳浩天，澳門身份證 5215038(2)，手機 +853 6683 2195，婚宴 @ 新濠影滙，6 月 11 日 check-in。
        Voice note transcript：Hi 我係 Stephanie 嘅媽媽，佢而家喺瑪麗醫院留醫，個婚禮可能要延期，你打返俾我 6930 4571 啦。
        Album order #LL-ALB-0315 | Ship to: 鄭先生鄭太 Mr & Mrs Cheng | 香港仔華富邨華安樓 2207 室 | tel 2551 7034 (住宅)
    """),
    "zh-Hans": _lines("""
        内地新人资料：新郎 侯建华，身份证号 440106199108235714，现住深圳市南山区工业八路 183 号 3 栋 1702 室，婚礼定在香港半岛酒店。
        新娘 刘思雨 的微信号 liusiyu_0927，手机 138 2746 5193，她要求婚纱照一律不得上传小红书或朋友圈。
        客户 王先生 说他上个月刚被公司裁员，尾款 ¥23,000 要延后到年底才能付，请财务先别催他。
        张女士 反映婚礼当天她父亲心脏病发被送到广华医院，要求我们把当天视频里急救那一段全部删掉。
        退款登记：申请人 周晓婷，招商银行卡号 6214 8307 5512 3360，金额 ¥9,800，原因：与未婚夫分手，婚礼取消。
        快递单：收件人 赵磊 159 1736 4482，广州市海珠区江南大道中 231 号怡安花园 5 栋 803 房，内件：婚纱相册两本。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係「花間事 Flower Matters」花店嘅客服助手，用廣東話書面語回覆，幫同事整理送貨單同花牌訂單。",
        ),
        (
            "user",
            "幫我整理張送貨單：收件人 蘇穎欣小姐，手機 9281 6043，地址 荃灣青山公路 388 號 環宇海灣 2 座 19 樓 F 室，10 月 2 號早上 10 點前送到，新娘手捧花一個、襟花六朵。",
        ),
        (
            "assistant",
            "送貨單整理如下：收件人 蘇穎欣小姐｜手機 9281 6043｜地址：荃灣青山公路 388 號環宇海灣 2 座 19 樓 F 室｜送貨時間：10 月 2 日 10:00 前｜貨品：新娘手捧花 x1、襟花 x6。建議出發前一晚再 WhatsApp 確認一次。",
        ),
        ("user", "佢話唔好打電話，因為屋企人未知佢今日結婚，淨係可以 WhatsApp。"),
        (
            "assistant",
            "明白，已喺備註加上：「只可 WhatsApp 聯絡，切勿致電」。送貨同事到場時亦應避免提及婚禮內容，直接交收即可。",
        ),
    ],
    [
        (
            "system",
            "You are a contract drafting assistant for Lumière Lane Studio Limited, a wedding photography studio in Sheung Wan.",
        ),
        (
            "user",
            "Draft the parties clause for a contract with our client Stephen Kwok Wai-hung, HKID R530917(3), address Flat 6A, 22 Tai Hang Road, Tai Hang. Event date 18 September 2027.",
        ),
        (
            "assistant",
            "PARTIES: (1) Lumière Lane Studio Limited (CR No. 3124587), Unit 7B, 18 Wing Lok Street, Sheung Wan (the Studio); and (2) Stephen Kwok Wai-hung, holder of HKID R530917(3), of Flat 6A, 22 Tai Hang Road, Tai Hang (the Client). Event Date: 18 September 2027.",
        ),
        ("user", "Should we really put the full HKID in the contract?"),
        (
            "assistant",
            "It is safer not to. Under the PCPD's Code of Practice on the Identity Card Number, collect it only when necessary; for a photography contract a name, address and phone number are usually enough, so consider removing the HKID line.",
        ),
    ],
    [
        (
            "system",
            "你係婚禮統籌公司 Ever After 嘅 AI 助手，幫同事寫 WhatsApp 訊息，語氣要親切，可以中英夾雜。",
        ),
        (
            "user",
            "幫我寫個 reminder 俾新娘 Gigi 岑芷晴，佢仲欠尾數 HK$27,160，due date 9 月 1 號，佢 WhatsApp 係 6543 0981。佢之前話過老公投資蝕咗錢，語氣要溫和啲。",
        ),
        (
            "assistant",
            "Hi Gigi 😊 想提一提你，婚禮尾數 HK$27,160 嘅 due date 係 9 月 1 號。如果需要分期或者傾下付款安排，隨時 WhatsApp 我哋就得，我哋一定會盡量配合。",
        ),
        ("user", "好，唔該。記住唔好提佢老公嘅事。"),
        (
            "assistant",
            "收到，訊息入面冇提及任何家庭或財務狀況，只係講返付款日期同可以傾分期。發送前請再核對號碼 6543 0981 係咪啱。",
        ),
    ],
    [
        (
            "user",
            "我哋幫客排位，新娘 沈嘉雯 嘅爸爸 沈國華 同媽媽 離咗婚，媽媽 黃玉蓮 唔想見到爸爸個新太太，點排主家席好？",
        ),
        (
            "assistant",
            "常見做法係設兩張主家席：一張俾新人同媽媽 黃玉蓮 嗰邊嘅親友，另一張俾爸爸 沈國華 同佢嘅家人，兩張枱放喺舞台兩側，距離相約，咁就唔會有高低之分。",
        ),
        ("user", "敬酒嗰陣點處理？"),
        (
            "assistant",
            "可以請司儀分開兩輪介紹，先請媽媽嗰枱，再請爸爸嗰枱，每輪只係新人同該枱合照。大合照就安排兩張，避免雙方需要企埋一齊。",
        ),
    ],
    [
        ("system", "你是婚礼咨询助手，为内地新人解答在香港结婚的手续问题，使用简体中文。"),
        (
            "user",
            "我叫 许静怡，身份证 510107199304127424，未婚夫是香港人 梁家俊。我们想在香港婚姻登记处结婚，我需要准备什么？",
        ),
        (
            "assistant",
            "一般需要：有效的往来港澳通行证及签注、居民身份证；双方须亲身到婚姻登记处递交拟结婚通知书。建议你只在登记处柜台出示身份证，不要在聊天里发送完整证件号码。",
        ),
        ("user", "需要单身证明吗？"),
        (
            "assistant",
            "婚姻登记处会要求双方签署法定声明确认无结婚障碍。具体文件要求可能更新，请以入境事务处网站最新公布为准。",
        ),
    ],
    [
        (
            "system",
            "CRM record for this session — Client: Nicholas Teo Wei Jie, NRIC T0258741B, tel +65 9736 4820, email nick.teo.wj@gmail.com, event: ROM at Singapore Botanic Gardens, 14 Feb 2027.",
        ),
        ("user", "Can you confirm the package details for my ROM shoot next month?"),
        (
            "assistant",
            "Of course, Nicholas. Your booking is the 3-hour ROM package at Singapore Botanic Gardens on 14 Feb 2027, one photographer, 60 edited images, SGD 1,880 with SGD 500 deposit already received.",
        ),
        (
            "user",
            "My fiancée's grandmother has dementia and may wander off during the ceremony. Can your team keep an eye on her?",
        ),
        (
            "assistant",
            "We'll note that discreetly in the crew brief and suggest assigning a family member as her companion; our assistant can also help guide her to a seat in the shade.",
        ),
    ],
    [
        (
            "user",
            "幫我諗花牌字句，新人係 馬俊傑 同 鄧曉彤，賀方係佢哋嘅行山會「西貢山友會」，婚期 11 月 20 號。",
        ),
        (
            "assistant",
            "建議：上款「馬俊傑先生 鄧曉彤小姐 新婚誌慶」；中間大字「鸞鳳和鳴」或「天作之合」；下款「西貢山友會 敬賀 二〇二七年十一月二十日」。",
        ),
        ("user", "曉彤話佢唔想用全名，因為佢屋企人唔知佢結婚，可唔可以改？"),
        (
            "assistant",
            "可以改為「阿傑 & 彤彤 新婚快樂」之類嘅暱稱版本，或者只寫「新郎新娘 新婚誌慶」，咁路過嘅人都唔會認得出係邊位。",
        ),
    ],
    [
        (
            "system",
            "You help Lumière Lane Studio reply to online reviews. Keep replies polite and never reveal client details publicly.",
        ),
        (
            "user",
            "客人 鍾詠欣 喺 Google review 俾咗一粒星，話我哋影佢影到好肥。佢個婚期係 4 月 5 號喺 The Murray，佢電話 6482 1109。幫我寫個 public reply 同埋一個私下 WhatsApp。",
        ),
        (
            "assistant",
            "Public reply：多謝你嘅意見，我哋非常重視每一位新人嘅感受，已經私訊同你跟進修圖安排。Private WhatsApp：鍾小姐你好，我哋係 Lumière Lane，想同你約時間一齊揀返相，免費再做一輪修圖。",
        ),
        ("user", "OK, public reply 入面千祈唔好寫佢個名同婚期。"),
        (
            "assistant",
            "明白，public reply 冇提及姓名、婚期或場地，只係一般回應；具體內容全部留返私下 WhatsApp 處理。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk syarikat perancang perkahwinan di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong semak borang tempahan: Nama Nurul Aisyah binti Kamarudin, No. MyKad 950822-14-6372, telefon 013-728 4519, majlis di Dewan Merak Kayangan pada 12 Jun 2027, deposit RM2,500.",
        ),
        (
            "assistant",
            "Borang lengkap: nama, No. MyKad, nombor telefon, tarikh dan lokasi majlis serta deposit RM2,500. Cadangan: simpan salinan MyKad dalam fail tertutup dan padam selepas majlis.",
        ),
        (
            "user",
            "Dia juga beritahu ayahnya baru keluar penjara, jadi dia tak mahu nama ayah dalam kad jemputan.",
        ),
        (
            "assistant",
            "Baik, kad jemputan boleh menggunakan nama ibu sahaja sebagai tuan rumah, contohnya 'Puan ... bersama keluarga'. Maklumat tentang ayahnya tidak perlu direkodkan dalam borang tempahan.",
        ),
    ],
    [
        (
            "user",
            "我係攝影師，想寫 IG caption，相入面係新娘 嚴凱盈 同新郎 朱俊朗，喺西貢橋咀洲影嘅，不過凱盈其實有咗四個月，佢未公開，caption 可唔可以 hint 一下？",
        ),
        (
            "assistant",
            "唔建議 hint。懷孕係非常私人嘅事，應由新人自己決定幾時公開。caption 可以集中講場景同氣氛，例如「橋咀洲嘅日落，同最鍾意嘅人一齊」。",
        ),
        ("user", "咁可唔可以 tag 佢哋兩個？"),
        (
            "assistant",
            "最好先問准佢哋。就算佢哋同意 tag，都建議唔好寫全名同婚期，亦唔好喺留言回應任何關於懷孕嘅問題。",
        ),
    ],
]
