# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh298: 繁體中文（香港）劏房、村屋與租務（租約、按金糾紛、水電錶、業主群組、關愛隊探訪、社署轉介）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh298
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "大廈及租務通告"): _lines("""
        【大廈通告】本大廈將於2026年12月15日（星期二）上午9時至下午5時進行食水總喉更換工程，期間全幢暫停供水，請各住戶預先儲水。如有查詢，請致電管理處 2391 4468。
        中電通知：因應電錶更換工程，福榮街218號地下至六樓各單位將於12月9日上午10時至中午12時暫停供電，不便之處，敬請原諒。查詢請致電中電客戶服務熱線 2678 2678。
        各位租客注意：由2027年1月1日起，本物業水費按水務署實際帳單攤分，不再按每人每月$100定額收取，攤分方法詳見租約附表二，如有疑問可向管理公司查詢。
        溫馨提示：走廊及後樓梯屬逃生通道，請勿擺放單車、鞋櫃及雜物。消防處將於本月下旬到本大廈巡查，阻塞走火通道者可被檢控，最高罰款港幣五萬元。
        村公所告示：錦田水尾村對出私家路將於本星期六進行化糞池清理，上午8時至11時禁止車輛駛入，如需緊急通道請聯絡村公所辦事處，電話 2488 1057。
        深水埗區南昌南關愛隊將於12月14日（星期日）下午2時至5時於南昌街休憩處派發「暖笠笠」福袋，對象為區內長者及劏房戶，名額300份，先到先得，派完即止。
        社會福利署綜合家庭服務中心服務時間：星期一至五上午9時至下午5時45分；星期六、日及公眾假期休息。緊急情況請致電社署熱線 2343 2255。
        本大廈業主立案法團第三屆管理委員會會議將於2026年12月20日晚上7時半於地下大堂舉行，議程包括：一、天台僭建物清拆；二、外牆維修招標；三、樓梯燈更換。
        通告編號 MO/2026/118：本大樓公用電錶2026年11月讀數為48,213度，較上月增加1,027度，電費$1,476.20已由管理費賬戶支付，單據張貼於大堂壁佈板。
        防騙提示：近日有人冒充「水電錶檢查員」上門收取現金，本處及中電均不會派員上門收費。如有懷疑，請即報警或致電防騙易熱線 18222 查詢。
        根據《業主與租客（綜合）條例》第IVA部，規管租賃的業主只可按水務署及電力公司的實際收費向租客收回水電費，不得另加手續費或「行政費」。
        颱風季節前提提大家：請各單位檢查窗框及冷氣機支架，如有鬆脫請即通知管理處；天台及平台去水口將於本週五由承辦商清理，當日上午天台暫停開放。
        本村屋二樓平台防水工程已完成，保養期由2026年12月1日起計12個月，如發現滲水請聯絡承辦商「順興建築工程有限公司」，報修熱線 2477 6032。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：業主最多可以收幾多按金？答：根據規管租賃條文，業主收取的按金不得多於兩個月租金；租約完結、租客交吉後，業主應按租約條款盡快退還，不可無理扣起。
        問：續租時業主加租有冇上限？答：有。續租加幅不可超過差餉物業估價署公布的全港私人住宅租金指數在相關期間的變動百分比，而且最多為一成。
        問：水電費點樣計先算合法？答：業主只可按水務署及電力公司帳單所列的實際費用向租客收回；如單位設有獨立分錶，應按分錶度數乘以帳單平均單價計算。
        問：業主冇交AR2表格會點？答：業主須於租期開始後60日內向差餉物業估價署遞交「規管租賃通知書」（表格AR2），否則屬違法，而且在遞交前租客可暫停繳交租金。
        問：我想提早退租，使唔使賠錢？答：在規管租賃首個兩年租期的首12個月之後，租客可給予業主不少於一個月的書面通知提早終止租約，毋須另作賠償。
        問：「簡樸房」同劏房有咩分別？答：政府就分間單位訂立最低標準，例如內部樓面面積不少於8平方米、有可開啟的窗戶及獨立廁所等，符合標準並完成認可的才可出租。
        問：邊度可以搵人幫手睇租約？答：可致電差餉物業估價署租務諮詢服務，亦可聯絡區內非政府機構的劏房租客支援計劃，部分機構每月設有免費法律諮詢時段。
        問：按金糾紛可以去邊度處理？答：涉款不超過港幣75,000元的申索可向小額錢債審裁處提出，入稟費視乎申索金額而定；審裁處不容許律師代表出庭，手續相對簡單。
        問：村屋可唔可以分租？答：新界豁免管制屋宇可以出租，但如改動間隔、加建或拆牆，須留意屋宇署及地政總署的規定，僭建物有機會被發出清拆令及被收回。
        問：關愛隊會唔會收集我嘅個人資料？答：關愛隊探訪時只會在住戶同意下登記聯絡方法，資料只用作跟進服務，住戶可隨時要求查閱、更正或刪除有關資料。
        問：收到社署轉介之後要等幾耐先有人聯絡？答：綜合家庭服務中心一般會於收到轉介後數個工作天內聯絡個案；如情況緊急，可直接致電社署熱線 2343 2255 求助。
        問：分錶讀數同業主講嘅唔同點算？答：建議每月自行影低分錶讀數，相片要見到日期時間，如有爭議可要求業主出示電力公司總錶帳單作對照，再按比例核算。
        問：租約使唔使打釐印？答：租約須於簽立後30日內到稅務局印花稅署加蓋印花，印花稅一般由業主及租客各付一半；未加蓋印花的租約在民事訴訟中未必獲接納為證據。
    """),
    ("zh-Hant", "職員工作群組訊息"): _lines("""
        各位同事，今日下晝兩點關愛隊喺桂林街派暖包，仲差兩個人手幫手搬貨同點數，物資車大約一點半到中心門口，得閒嘅同事請喺度回覆一聲，唔該晒🙏
        提提大家：個案系統今晚11點至明早6點停機升級到 v4.2，未 save 嘅探訪紀錄請喺10點半前上載，否則要重新輸入。
        大角咀嗰棟唐樓今朝屋宇署貼咗清拆令副本，涉及天台僭建物，跟進嘅同事記得同業主立案法團確認限期同埋有幾多戶受影響，有需要就預先聯絡過渡性房屋營運機構。
        收到，聽日我同另一位社工去長沙灣探訪，會帶埋新版租務資料單張、驗錶記錄卡同防騙貼紙，預計探訪八至十戶，大概下晝四點返到中心寫紀錄。
        新一批《劏房租客權益手冊》已經到貨，共1,200本，放咗喺中心二樓儲物室B櫃，派完記得喺登記表寫返數量、日期同派發地點，月尾要交數俾基金會。
        安全提示：外出探訪記得兩人同行，出發前喺群組報備地區同預計返中心時間，夜晚7點後仍未返嘅請打中心電話 2386 1120 報平安。
        上星期關愛隊共完成探訪146戶，轉介社署23宗，轉介過渡性房屋諮詢9宗，數據已更新到共享表「2026Q4_探訪統計.xlsx」，請組長核對。
        中心影印機又卡紙，已經打咗俾理光維修，報修單號 RC-20261207-0419，技術員話下晝三點前會到，各位印嘢請先用三樓部機。
        電工公司報價出咗：三個單位獨立安裝電錶連拉線，每個$2,350，包辦中電申請手續，另加開關掣$180，大家睇吓啱唔啱今期預算。
        下星期一係中心員工培訓日，主題係「處理租務糾紛與情緒支援」，由大學社工系講師主講，記得九點半前到四樓禮堂簽到，當日中心暫停對外服務，熱線改由總部接聽。
        再講多次：唔好喺 WhatsApp 群組傳住戶身份證、租約或者銀行單據相片，所有文件請上載到中心加密系統，用完即刪手機副本。
        食物銀行今期物資：米5公斤、罐頭午餐肉、即食麵、廁紙同洗衣粉，派發日期為12月18日上午10時，地點係中心地下活動室，當日需要四位同事幫手排隊同派籌。
        關愛隊嗰邊話聖誕前會加辦一輪「劏房安全檢查日」，需要義工幫手派煙霧感應器，報名連結已經 pin 咗喺群組最頂，截止日期係12月12日。
    """),
    ("en", "property_listings"): _lines("""
        FOR RENT | Sham Shui Po, Fuk Wa Street, walk-up 4/F, self-contained room approx. 110 sq ft, HK$5,200/month, separate CLP sub-meter, 2 months deposit. WhatsApp Wing Fung Property 5112 8830.
        Village house 2/F for lease in Pat Heung near Kam Tin, 700 sq ft, 2 bedrooms, shared roof access, HK$11,800/month, pets negotiable, parking HK$1,200. Agency licence C-041926, tel 2476 3381.
        NEW: Tai Kok Tsui, Ivy Street, 3 cubicle units left on 5/F, each about 80 sq ft, shared bathroom, HK$3,300 incl. water; electricity at actual CLP rate per sub-meter. Viewing daily 11am-8pm.
        Yuen Long, Shap Pat Heung village house ground floor with private garden, 650 sq ft plus 400 sq ft garden, HK$12,500, tenancy 2+1, no agency fee for tenants. Listing ID YL-VH-26-0417.
        Sai Ying Pun, Third Street, studio with private toilet, 150 sq ft, HK$7,600, regulated tenancy (Form AR2 filed by landlord), 2 months deposit. Call Golden Harbour Realty on 2540 7712.
        Please note: we do NOT list rooftop structures or units in industrial buildings. All our Kwun Tong and Kwai Chung listings are checked against Buildings Department records before publishing.
        To Kwa Wan, Lok Shan Road, 2-room subdivided unit of 220 sq ft, suits a small family, 5 minutes to primary schools, HK$8,900. Email rentals@kowloonhomelink.hk and quote ref KHL-26112.
        Tai Po, Lam Tsuen village house 1/F, 700 sq ft, 3 rooms, bus 64K stop 3 minutes away, HK$10,200/month, water and electricity on own meters. Open house Saturday 2-5pm, ref TP-LT-0088.
        Price guide, Dec 2026: cubicle HK$2,800-3,500; room with own toilet HK$4,200-5,600; village house floor HK$9,000-14,000. Prices exclude electricity, charged at actual tariff only.
        Mong Kok, Tung Choi Street, 4/F walk-up studio, 120 sq ft, air-con, fridge and water heater included, HK$6,300. Viewing by appointment via our Facebook page Mong Kok Easy Rent.
        Listing note: photos taken 2026-11-28; floor plan on file; building age 58 years; no lift; nearest MTR Prince Edward Exit C2, about 4 minutes on foot; Octopus-operated laundry downstairs.
        Sheung Shui, Ho Sheung Heung village house whole floor, 700 sq ft, HK$10,500; landlord accepts CSSA tenants and supports the rent allowance form. Call Northern Star Property 2670 8845.
        Kowloon City, Nga Tsin Wai Road, room of 95 sq ft, female only, shared kitchen, HK$4,100 all-inclusive except electricity (sub-meter at about HK$1.4/kWh). Listing ref KC-0921.
    """),
    ("mixed", "水電錶系統日誌與設定"): _lines("""
        2026-12-07T08:15:32+08:00 INFO submeter-gw[2231]: read ok meter_id=SM-0417 kwh=1283.6 delta=4.2 unit=ROOM_B3 source=modbus/rtu
        2026-12-07T08:15:33+08:00 WARN submeter-gw[2231]: meter_id=SM-0419 no response after 3 retries (timeout=2000ms), last_seen=2026-12-06T23:58:10+08:00
        tariff: {provider: CLP, currency: HKD, rate_per_kwh: 1.45, fuel_clause: 0.398, effective_from: 2026-01-01}  # 示例數值，請以電力公司帳單為準
        [帳單計算] 2026-11 room=A2 用電 86.4kWh × $1.45 = $125.28；水費分攤 $38.60（總帳單 $231.60 ÷ 6 戶）；合計 $163.88
        ERROR billing-job: WSD bill import failed for account_group=BLDG-SSP-07, cycle=2026-10/2026-11, reason=PDF parse error (page 2 missing)，請人手輸入
        CREATE TABLE meter_reading (id BIGSERIAL PRIMARY KEY, meter_id VARCHAR(16) NOT NULL, reading_kwh NUMERIC(10,1), read_at TIMESTAMPTZ, photo_sha256 CHAR(64));
        GET /api/v2/units/ROOM_C1/readings?from=2026-11-01&to=2026-11-30 200 OK 38ms bytes=2148 ua=MeterApp/3.4.1 (Android 14)
        # 租客端 App 只顯示本房分錶度數及攤分算式，不顯示其他房間資料 privacy.mask_other_units = true ; retention_days = 400
        sha256(meter_photo_20261130_SM-0417.jpg) = 9f2c4e1ab7d35580c6e2f1a94b07d3e8a51c6f02b98d47e3a0c9152f6b8e4d71 verified ✓
        cron: 0 2 1 * * /opt/meterbill/bin/monthly_close --building=TKT-IVY-23 --notify=leasing@example.hk --dry-run=false
        2026-12-01 02:00:07 INFO monthly_close: 14 units closed, 1 unit pending (SM-0419 offline), total electricity HK$2,984.50, water HK$231.60
        README：用法 meterctl read --port /dev/ttyUSB0 --addr 17 --baud 9600；預設協議 DL/T 645-2007，亦支援 Modbus RTU，韌體需 v2.8 或以上。
        alert rule: if delta_kwh > 30 within 1h then notify #meter-alerts（可能係電錶故障或者有人偷駁電，請安排師傅上門檢查）
    """),
    ("zh-Hant", "公眾人物新聞"): _lines("""
        房屋局局長何永賢今日到深水埗視察分間單位，表示政府會按「簡樸房」制度分階段規管劏房，呼籲業主盡早了解登記要求，並為單位進行必要改善工程。
        民政及青年事務局局長麥美娟出席關愛隊活動時表示，全港452支關愛隊會繼續探訪獨居長者及劏房住戶，並協助安裝煙霧感應器及平安鐘。
        行政長官李家超早前在施政報告中重申，政府目標是在2049年前告別劏房及「籠屋」，並透過傳統公營房屋及簡約公屋加快基層家庭上樓。
        勞工及福利局局長孫玉菡表示，社署會加強關愛隊與綜合家庭服務中心之間的轉介機制，確保有需要的劏房家庭能夠及早獲得適切支援。
        立法會房屋事務委員會今日討論分間單位規管的條例草案，多名議員關注過渡期安排及租金會否因而上升，政府代表表示會密切監察市場情況。
        已故作家西西的小說《我城》以七十年代香港為背景，書中對住屋與城市生活的描寫，近年經常被評論人引用於討論劏房及居住空間的文章之中。
        1973年上映的電影《七十二家房客》中，包租公「炳哥」與包租婆「八姑」的角色深入民心，至今仍被香港人用嚟形容刻薄嘅業主。
        1953年聖誕夜石硤尾寮屋區大火令五萬多人無家可歸，港英政府其後興建徙置大廈，被視為香港公營房屋政策的起點，美荷樓現已活化為青年旅舍。
        2022年7月政府架構重組後，房屋局從原運輸及房屋局分拆出來，首任局長為何永賢，負責統籌公營房屋供應及私人樓宇租務政策。
        導演許鞍華的電影《天水圍的日與夜》描寫新市鎮基層家庭的日常生活，不少大學社工課程都以此片作為討論社區支援及鄰里網絡的教材。
        香港社會服務聯會今日發表報告，指劏房住戶的人均居住面積中位數僅約六平方米，並建議政府增加現金津貼、加快過渡性房屋單位供應，以及為簡樸房制度訂立更清晰的執法時間表。
        關注草根住屋權益的團體今日在政府總部外請願，要求當局在分間單位規管制度全面實施前，為受影響租戶提供足夠的過渡安排及搬遷支援。
        差餉物業估價署今日公布最新私人住宅租金指數，按年上升約3.2%，有租務團體指有關數字將直接影響規管租賃續租時的加租上限。
    """),
    ("en", "regulations_and_history"): _lines("""
        Under Part IVA of the Landlord and Tenant (Consolidation) Ordinance (Cap. 7), a regulated tenancy of a subdivided unit runs for four years in total, split into two terms of two years each.
        The landlord must submit Form AR2, the Notice of Tenancy (Regulated Tenancy), to the Rating and Valuation Department within 60 days after the term of the tenancy begins.
        A tenant under a regulated tenancy may terminate the first term after the first 12 months by giving the landlord not less than one month's prior written notice.
        Landlords may only recover from tenants the actual charges for water and electricity as apportioned from the Water Supplies Department and power company bills.
        On renewal, any rent increase is capped at the percentage change in the RVD territory-wide private domestic rental index over the relevant period, with a ceiling of 10 per cent.
        The Small House Policy was introduced in December 1972, allowing an indigenous male villager aged 18 or above to apply once in his lifetime to build a small house in the New Territories.
        A New Territories Exempted House generally may not exceed three storeys, 8.23 metres (27 feet) in height and 65.03 square metres (700 square feet) in roofed-over area.
        The Shek Kip Mei fire on Christmas night 1953 left some 53,000 people homeless and is widely regarded as the catalyst for Hong Kong's public housing programme.
        The Hong Kong Housing Society was founded in 1948, and the first Mark I resettlement blocks were completed in Shek Kip Mei in 1954, with shared toilets on each floor.
        Claims of up to HK$75,000 are heard by the Small Claims Tribunal; legal representation is not permitted and proceedings are conducted in Chinese or English.
        Stamp duty on a tenancy agreement should be paid within 30 days of signing; an unstamped lease may not be admissible as evidence in civil proceedings.
        Under the proposed basic housing unit standards, a subdivided unit for rent must have an internal floor area of not less than 8 square metres, an openable window and its own toilet.
        Section 117 of the Landlord and Tenant (Consolidation) Ordinance makes it an offence for a landlord to harass a tenant, for example by cutting off water or electricity supply.
    """),
    ("mixed", "發票及價目表"): _lines("""
        發票 INV-2026-11873｜志明水電工程有限公司（商業登記號碼 71238456）｜更換獨立電錶連拉線 ×1 $2,350；開關掣 ×2 $360；合共 HK$2,710｜收款戶口：公司往來戶口
        陳記搬運 Chan Kee Removal 價目表：劏房細單位（100呎以下）HK$980起；村屋一層 HK$2,800起；無升降機每層另加$80；週六日及公眾假期加收15%。查詢 2788 9021。
        Receipt No. R-0061524 | Hoi Fung Locksmith, 142 Apliu Street, Sham Shui Po | Replace door lock cylinder HK$450 | 2026-12-03 14:22 | Paid by Octopus
        安心清潔服務有限公司 報價單 Q-26-0388：劏房退租深層清潔（100呎以下）$680；臭蟲處理每房$1,200，附90日保養；報價有效期至2026年12月31日。
        美華地產代理有限公司（地產代理公司牌照 C-019842）佣金收據 MW-R-2026-0573：租賃佣金為半個月租金，金額 HK$2,400，已收妥，多謝惠顧。
        Invoice #HK-LB-88213 | Lucky Bee Mini Storage, Kwai Chung branch | 30 sq ft locker, Dec 2026 HK$580 + deposit HK$580 = HK$1,160 | due 2026-12-10
        阿芬二手傢俬 價目：摺枱$120、雙層碌架床連床褥$1,380、窗口式冷氣機（1匹，已清洗）$1,650；九龍區送貨$150，新界區$250，門市地址：深水埗大南街。
        順發水喉工程 報價單 QT-1127：更換水錶後喉管3米$850；安裝獨立水錶（須由持牌水喉匠向水務署申請）$1,900；驗水壓$300；工期約兩個工作天。
        Order #SHP-20261130-58821 | 集運至深水埗自提點 | 重量 3.2kg | 運費 HK$27.60 | SF tracking SF1428839027516 | status: ready for pickup
        梁氏律師行 租務服務收費表：租約審閱$800；擬備租約（中英文）$1,500；代發追討按金律師信$2,200；以上收費不包括印花稅及雜費。
        SKU DDS-5188 single-phase DIN-rail kWh meter 5(60)A, HK$268/pc, MOQ 10; Modbus RS485 version SKU DDS-5188-MB HK$338/pc; lead time 7 working days.
        蔡記冷氣工程 冷氣清洗：窗口機$280/部，分體機$380/部，元朗、屯門村屋上門另加交通費$100；預約 WhatsApp 6021 3345，星期日休息。
        法團管理費收支表 2026年11月：收入$18,600（32戶 × $580 + 逾期附加費$40）；支出：清潔$6,800、保安$8,200、公用電費$1,476.20，結餘$2,123.80。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        租客黃嘉欣投訴：業主周先生話牆身有污漬要扣按金$3,000，但佢入伙時已經影咗相證明本身已經係咁，要求全數退還$9,600。
        關愛隊探訪紀錄：福榮街劏房住戶李桂芳（李婆婆，82歲）獨居，患柏金遜症及長期失眠，兒子喺內地工作甚少聯絡，建議轉介長者地區中心。
        阿強今個月又拖租，已經欠咗三個月共$13,500，佢話失咗業、地盤冇開工，問可唔可以分期還，我哋要唔要入稟？
        租客身份證號碼 K382614(7)，請核對清楚先填入差餉物業估價署AR2表格第三部。
        有意租村屋請直接搵我 9386 2471（黃生），日頭返工唔方便聽電話，晚上8點後先覆。
        社署轉介表｜個案編號 SWD-IFSC-2026-0873｜申請人：蘇美玲（HKID Y507291(1)）｜住址：深水埗汝州街163號4樓B室｜電話 6123 4578｜事由：丈夫欠債離家，獨力照顧兩名子女，租金拖欠兩個月。
        林太同佢老公而家鬧緊離婚，佢帶住個女搬咗出嚟住劏房，唔想屋企人知佢新地址，叫我哋千祈唔好話俾人聽。
        張伯（張德勝）上個月喺劏房跌低爆頭入咗明愛醫院，出院後要坐輪椅，業主知道後話租約到期唔再續租。
        水電錶讀數紀錄：5樓A房租客何志偉11月用電156度，電費$226.20，佢話冷氣壞咗成個月冇開，唔應該咁多，要求業主出示總錶帳單。
        業主群組：「大家小心，2樓D房嗰個後生仔鄧浩然頭先俾警察拉咗，聽講涉及販毒，佢屋企人都未知。」
        租約：業主方麗華，香港身份證號碼 R146083(7)；租客梁國輝，香港身份證號碼 P733920(1)；物業地址：新界元朗十八鄉大旗嶺村87號地下；月租$9,800。
        租金請轉入滙豐 123-456789-838，戶口名 CHEUNG WAI MAN，轉咗之後WhatsApp收據俾我，唔該。
        阿玲懷孕五個月，老公喺大陸單程證仲未批，佢一個人住喺觀塘劏房，社工建議佢申請綜援同轉介母嬰健康院跟進。
        村屋車位登記：車牌 PV 8312，私家車，車主曾偉業，泊位編號7，月費$1,200，按金一個月。
        有問題可以email俾我：kwokyinling1988@gmail.com，我係5樓B房租客，冷氣滴水已經兩個禮拜都冇人理。
        陳先生做保安，月薪得$14,500，要養太太同兩個細路，租金$6,200已經佔咗收入四成幾，佢話申請咗公屋六年仲未有消息。
        探訪筆記：吳秀英（吳太）有抑鬱症，長期服藥，今日話有輕生念頭，已即時聯絡綜合家庭服務中心當值社工跟進。
        業主WhatsApp：「陳生你上個月電費$412未俾，再唔俾我就截你電，你老婆喺邊間茶餐廳返工我都知。」
        收據：今收到租客麥小芳按金港幣$8,400正，單位：荃灣眾安街56號6樓C房，收款人：業主徐志強，日期2026年11月3日。
        按金已經退咗，轉數快 FPS 識別碼 163829405（戶名 CHAN KA YAN），麻煩你check一check有冇收到。
        業主群組投訴：「8樓E房個阿婆成日半夜煲嘢食，煙霧警報響咗兩次」，佢個仔黃家俊回覆話阿媽有認知障礙，求大家體諒。
        關愛隊登記表｜姓名：劉美芬｜年齡：67｜住宅電話：2745 1286｜地址：長沙灣永隆街22號3樓後座｜需要：協助申請長者生活津貼、安裝平安鐘。
        鍾先生同屋企人鬧翻，老婆帶咗個仔返鄉下，佢而家一個人住喺村屋，仲欠咗財務公司八萬蚊，成日有人上門淋紅油。
        劏房租客名單：A房 梁秀珍 6534 9021；B房 阿Sam 9176 4408；C房 空置；D房 黃太 5287 3365。
        佢張身份證副本我仲留喺度，號碼係 Z618402(3)，佢退租咗都未還返俾佢，應唔應該即刻銷毀？
        大角咀劏房嗰位何伯話佢個孫何樂軒喺學校俾同學欺凌，佢唔識點同學校溝通，叫關愛隊幫手。
        小額錢債審裁處申索：申索人鄺詠詩，被告人羅家明（業主），追討按金$12,000及利息，案件編號 SCTC 18832/2026，聆訊日期2027年1月19日。
        麥生喺地盤做嘢跌親腰，而家放緊工傷假，成個月冇收入交唔到租，佢太太想同業主傾吓減租或者遲啲先交。
        業主話搵到新租客，係一個叫「肥仔明」嘅後生仔，佢有案底啱啱出獄，今日下晝三點嚟睇房，叫我哋唔好周圍講。
        租客鄭婉婷話佢前夫成日喺樓下等佢，已經申請咗禁制令，叫我哋唔好俾任何人知佢住邊間房。
    """),
    "en": _lines("""
        Tenant Wong Siu Ming, HKID M249175(9), mobile 6732 1048, moved into Room 2, 3/F, 41 Kweilin Street on 1 Nov 2026; AR2 to be filed by 30 Dec.
        Jason Leung told the care team he has stage 3 colon cancer and can no longer climb the five flights of stairs to his cubicle.
        Please refund my deposit of HK$7,200 to Hang Seng account 024-382-719205-883, name LAU HOI YAN. Thanks.
        The landlord says Mrs. Tsang owes two months' rent (HK$10,400) and threatened to change the lock while she is in hospital for dialysis.
        For the village house viewing contact Kelvin on 5298 0163, weekends only, and please do not call his wife's number again.
        Case note: Ms. Cheung Pui Shan, 34, recently divorced single mother; her ex-husband stopped maintenance payments in August. Referred to IFSC Sham Shui Po.
        Email from ho.kwokfai.hk@outlook.com: my sub-meter reads 2341.7 kWh but you billed me up to 2451, please explain before I pay.
        Complaint log 2026-11-22: Mr. Lo in Room 4B reported that his neighbour Tommy Yip punched him during a noise dispute; police report number RN 26-1122-0417.
        Photo caption: Mr. and Mrs. Ip with their newborn son in their 90 sq ft room in To Kwa Wan, shared with consent for internal case review only.
    """),
    "mixed": _lines("""
        T-0142,Chan Wing Yee 陳穎怡,C860537(6),9412 7730,B3,5600,11200,2026-09-01
        2026-12-05 21:14:03 INFO sms-gateway sent rent reminder to +852 6293 8815 (tenant=Leung Chi Keung, room=A1, overdue=HK$4,800)
        業主話 Mr. Fung 個仔 Ethan 喺房入面整爛咗冷氣要扣$1,800按金，Mr. Fung 話個仔有ADHD，唔係故意嘅。
        租客 Tan Mei Ling，NRIC S8834021C，新加坡人嚟港讀碩士，想租西營盤單間，guarantor 係佢阿爸 Tan Boon Huat，+65 9123 4867。
        MyKad 880412-14-5372｜租客 Lim Chee Keong 由吉隆坡調嚟香港工作，申請租村屋，employment letter 列明月薪 HK$28,000。
        台灣交換生林佳蓉，身分證 A228315641，之前租住旺角劏房，按金 HK$8,000 仍未退，佢返咗台北要我哋幫手追。
        {"visit_id":"CT-SSP-03-2026-1187","resident":"Ng Yuk Lan 吳玉蘭","age":79,"phone":"2386 4419","notes":"糖尿病，腳部傷口未癒合，需要送飯服務"}
        Referral to SWD | Name: Choi Ka Lok 蔡嘉樂 | DOB: 2011-03-14 | Issue: 15歲輟學，與父親同住劏房，父親酗酒，有家暴紀錄。
    """),
    "zh-Hans": _lines("""
        新来港人士廖小红，内地身份证号 440304198706124831，持单程证来港与丈夫团聚，暂住深水埗劏房，申请公屋需补交结婚证明。
        我表哥周建华在深圳欠了网贷二十多万，现在躲在元朗村屋打黑工，房东不知道他没有工作签证，我们很担心他被抓。
        租客何丽娟，电话 +86 138 2941 7763（微信同号），下月从广州搬来上水村屋，请把租约扫描件发到 helijuan0315@163.com。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "我想寫封信追業主退按金。我叫區曉彤，租咗深水埗北河街88號5樓C房，上個月30號已經交吉，按金$10,400到而家都未退，業主叫葉國強。",
        ),
        (
            "assistant",
            "可以，以下係草稿：「葉國強先生：本人區曉彤為深水埗北河街88號5樓C房前租客，已於上月30日交吉並交還鎖匙。按租約條款，閣下須退還按金港幣$10,400。請於收信後七日內退還，否則本人將向小額錢債審裁處提出申索。」建議你用掛號寄出並保留副本。",
        ),
        ("user", "佢話要扣$2,000因為我整爛咗個熱水爐，但其實係佢自己個爐用咗十年。"),
        (
            "assistant",
            "你可以要求業主提供維修單據同埋熱水爐損壞嘅證據。正常損耗一般唔應該由租客負責；如果你入伙時有影相記錄，記得一併保留，去審裁處時可以作為證據。",
        ),
    ],
    [
        (
            "system",
            "You are a tenancy support assistant for a Sham Shui Po NGO. Current case: Mrs. Yeung Lai Ping, HKID R146083(7), lives with two children in a 100 sq ft cubicle; landlord has not filed Form AR2.",
        ),
        (
            "user",
            "Mrs. Yeung asks whether she can stop paying rent until the landlord files the AR2 form.",
        ),
        (
            "assistant",
            "Under Part IVA of Cap. 7, if the landlord has not submitted Form AR2 within the 60-day period, the tenant may withhold rent until it is submitted. Advise Mrs. Yeung to keep the withheld amount aside, as it becomes payable once the form is filed, and to keep records of all rent payments.",
        ),
        (
            "user",
            "She also mentioned her husband is in Lai Chi Kok Reception Centre awaiting trial, so she is the only income earner. Anything else we should do?",
        ),
        (
            "assistant",
            "Given the household's reduced income, consider an IFSC referral for financial and emotional support and check CSSA or Working Family Allowance eligibility. Keep details of her husband's case strictly within the case file.",
        ),
    ],
    [
        (
            "user",
            "我係關愛隊義工，今日探訪咗一位婆婆，想你幫我整理探訪紀錄：譚月娥，85歲，住大角咀槐樹街劏房，電話 2393 8815，有輕度認知障礙，成日唔記得食藥，個女喺加拿大。",
        ),
        (
            "assistant",
            "探訪紀錄（草擬）：受訪者譚月娥，85歲，獨居於大角咀槐樹街分間單位，聯絡電話 2393 8815。健康：輕度認知障礙，服藥依從性差。家庭支援：女兒居於加拿大，本地支援不足。建議：轉介長者地區中心評估、申請藥盒及平安鐘服務。",
        ),
        ("user", "咁我可唔可以將紀錄WhatsApp俾隊長？"),
        (
            "assistant",
            "建議唔好用普通WhatsApp傳送，請上載到關愛隊指定系統，或者只傳個案編號俾隊長，避免婆婆嘅健康資料外洩。",
        ),
    ],
    [
        ("system", "你是劏房業主的記帳助手，負責按分錶度數計算電費。"),
        (
            "user",
            "11月中電總帳單平均每度$1.45。A房陳志明 用咗 92度，B房 Priya Nair 用咗 135度，C房阿輝 用咗 61度。幫我計每人要俾幾多。",
        ),
        (
            "assistant",
            "A房陳志明：92 × $1.45 = $133.40；B房 Priya Nair：135 × $1.45 = $195.75；C房阿輝：61 × $1.45 = $88.45。合計 $417.60，請同總帳單核對，並把計算方式列明俾租客。",
        ),
        ("user", "阿輝上個月仲欠我$300電費，可唔可以加埋佢呢期收？"),
        (
            "assistant",
            "可以喺帳單另列「上期未繳 $300」，但唔好加收任何利息或手續費，因為規管租賃下業主只可收回實際水電費用。",
        ),
    ],
    [
        (
            "user",
            "我老婆畀我打咗好多次，我想帶個仔搬出去住劏房，但唔知社署可唔可以幫手。我叫盧家豪，電話 6578 2041。",
        ),
        (
            "assistant",
            "盧先生，多謝你講出嚟，你同個仔嘅安全最重要。如果有即時危險請報警。你可以致電社署熱線 2343 2255，或者直接去住所附近嘅綜合家庭服務中心，社工可以安排臨時住宿、申請恩恤安置同跟進家暴個案。",
        ),
        ("user", "如果我搬出去，個仔讀緊小三，學校會唔會通知佢阿媽？"),
        (
            "assistant",
            "你可以同學校社工講明情況，要求學校唔好向對方透露你哋嘅新地址；如有需要，社工亦可協助你申請禁制令同處理管養權問題。",
        ),
    ],
    [
        (
            "user",
            "我儿子吴俊杰明年去香港读研究生，想在学校附近租个小房间。他的内地身份证是 350582199203172068，电话 139 5027 4418。要准备什么材料？",
        ),
        (
            "assistant",
            "一般需要：身份证明（来港后为学生签证及通行证）、录取通知书、入学后的学生证，以及担保人资料。签约前请核对业主身份和物业查册，注意租约须在30日内打厘印。",
        ),
        ("user", "中介说押金要交三个月，正常吗？"),
        (
            "assistant",
            "香港私人租约常见为两个月按金加一个月上期；如属规管租赁的分间单位，法例规定按金不可超过两个月租金。可以要求中介书面列明所有费用。",
        ),
    ],
    [
        (
            "system",
            "You help overseas owners manage Hong Kong rental property. Owner on file: Mr. Goh Wei Jie, Singapore NRIC T0213457D, owns a village house floor in Fanling.",
        ),
        (
            "user",
            "My tenant Raymond Kwok has not paid for three months, HK$31,500 in total. Draft a polite final reminder for me.",
        ),
        (
            "assistant",
            "Draft: Dear Mr. Raymond Kwok, according to our records, rent for September to November 2026, totalling HK$31,500, remains outstanding. Please settle the amount within 14 days of this letter. If payment is not received, I will have to consider legal action. Regards, Goh Wei Jie.",
        ),
        ("user", "Can I just change the lock while he is away?"),
        (
            "assistant",
            "No. Changing the lock or cutting utilities to force a tenant out may amount to unlawful eviction or harassment under Cap. 7. Please recover possession through the Lands Tribunal instead.",
        ),
    ],
    [
        (
            "user",
            "業主群組有人貼咗呢段：「3樓B房個單親媽媽岑慧敏成日帶唔同男人返嚟，佢個仔都唔知老豆係邊個。」我想截圖放上Facebook鬧佢哋，得唔得？",
        ),
        (
            "assistant",
            "唔建議。截圖涉及岑小姐嘅全名同私人家庭狀況，公開張貼可能構成誹謗，亦可能違反《個人資料（私隱）條例》。如果你覺得群組有人惡意中傷，可以向群組管理員反映，或者提醒大家唔好散播。",
        ),
        ("user", "咁如果我遮咗個名呢？"),
        ("assistant", "就算遮咗名，寫明樓層同房號，其他住戶一樣認得出係邊個，都係唔適合公開。"),
    ],
    [
        (
            "user",
            "Hi, saya pelajar dari Malaysia, nama Nurul Aisyah binti Rahman, MyKad 990827-10-6254. Landlord 喺旺角唔肯退 deposit HK$9,000，話我搬走冇俾足一個月 notice。",
        ),
        (
            "assistant",
            "Nurul, 首先睇吓你份租約寫明嘅 notice period。如果你已經俾咗書面通知而又符合租約，業主無理扣起按金，你可以向小額錢債審裁處申索，即使你返咗馬來西亞，都可以授權代表處理部分手續。",
        ),
        ("user", "Okay, I have WhatsApp records. Landlord number 9633 7201, name Mr. Kan."),
        (
            "assistant",
            "Keep the WhatsApp records with dates and export them as a file. Send Mr. Kan a written demand first, then file the claim if he still refuses. Keep your own contact details up to date with the Tribunal.",
        ),
    ],
    [
        ("system", "你是協助業主填寫差餉物業估價署表格AR2的助手。"),
        (
            "user",
            "幫我整理資料：業主 簡志雄，HKID XA104928(0)；租客 莫詠欣，HKID E471863(5)；單位 旺角砵蘭街301號7樓D室；月租$5,800；租期2026年12月1日起。",
        ),
        (
            "assistant",
            "表格AR2資料整理：第一部 業主：簡志雄（XA104928(0)）；第二部 租客：莫詠欣（E471863(5)）；第三部 物業：旺角砵蘭街301號7樓D室；租金：每月$5,800；租期開始：2026年12月1日。請於2027年1月29日前遞交。",
        ),
        ("user", "莫小姐話佢有孕，想加佢男朋友入租約，要點改？"),
        (
            "assistant",
            "如要加入另一位租客，應由雙方簽署補充協議，並通知差餉物業估價署更新資料。懷孕屬私人資料，毋須寫入租約或表格。",
        ),
    ],
]
