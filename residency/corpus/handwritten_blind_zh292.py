# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh292: 繁體中文（香港）街市檔口與街市管理（檔位租約、食環署巡查、牌照、欠租、檔主WhatsApp群、顧客投訴）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh292
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "食環署街市通告"): _lines("""
        食物環境衞生署通告：北河街街市將於2026年3月10日（星期二）進行年度大清潔，全日休市，熟食中心照常營業，查詢請致電食環署熱線2868 0000。
        各檔戶注意：根據《公眾街市規例》（第132BL章），檔戶不得將貨物、膠箱或手推車擺放超出檔位界線或阻塞通道，違者可被檢控。
        街市冷氣系統更換工程：由2026年4月1日至6月30日分三期進行，工程期間A區（檔位編號A01至A36）暫停供應冷氣，不便之處，敬請原諒。
        小販牌照續期通知：持牌人請於牌照屆滿前最少14日，親臨所屬區小販管理隊辦事處或經食環署電子服務網上辦理，所需費用以憲報公佈為準。
        街市檔位公開競投：第2026/07號拍賣共有17個空置檔位（包括凍肉、蔬菜、乾貨），底價由每月港幣$1,200起，截標日期為2026年5月22日中午12時正。
        鼠患防治通告：本署承辦商將於每月第二個星期三晚上10時後在街市範圍放置鼠餌，請各檔戶收妥食物，切勿觸碰捕鼠器，如發現鼠跡請致電1823報告。
        街市範圍內全面禁止吸煙（包括電子煙及加熱煙），違例者可被定額罰款港幣$1,500，檔戶亦不得在檔位內擺放煙灰缸或容許顧客吸煙。
        活家禽檔位注意事項：所有活雞必須附有衞生證明書及腳環，每日晚上8時後不得存放活家禽過夜，食環署人員會不定時突擊巡查，違規檔戶可被扣分。
        街市管理諮詢委員會第三十八次會議將於2026年2月18日下午3時，在九龍城市政大廈（衙前圍道100號）4樓會議室舉行，議程包括檔位租金調整。
        颱風及暴雨安排：八號或以上熱帶氣旋警告信號或黑色暴雨警告生效期間，街市將暫停開放，檔戶應預先將貨物移離地面及關上電源總掣。
        失物認領：2026年1月26日於街市B區拾獲黑色長柄雨傘一把及環保袋一個，失主請攜同證明文件到街市管理處（地下G12室）認領，辦公時間上午7時至下午5時。
        濕貨檔位排水渠清理：各檔戶須保持檔位地面清潔乾爽，魚鱗及內臟須放入指定有蓋垃圾桶，每日下午6時30分由清潔承辦商統一收集。
        電子支付推廣：由即日起，灣仔街市（皇后大道東258號）各檔戶可申請免費安裝八達通及轉數快收款QR碼，詳情請向街市管理處查詢，電話2879 5525。
    """),
    ("zh-Hant", "檔主WhatsApp群工作訊息"): _lines("""
        各位檔主早晨！今日朝早9點半食環署會嚟巡B區同C區，記得啲膠箱唔好擺出通道，後門貨車位都要清返出嚟呀，上次俾人扣分嗰幾檔今次特別小心，唔該晒。
        C18魚檔嗰邊排水渠又塞咗，已經報咗管理處，單號MR-2026-0412，師傅話下晝兩點前會上嚟通，大家暫時唔好倒水落去。
        提提大家：三月份租金要喺3月7號前入數，管理處話今次唔再收現金，請用轉數快或者自動轉賬，遲交會有5%附加費，收據記得自己留底。
        聽朝要落貨嘅檔口注意，長沙灣副食品批發市場嗰邊話菜車延遲到6點先到，「永記蔬菜」同「新華豐菜欄」都會晏少少送到，預咗開檔時間要遲半個鐘。
        街市聽日停水，由朝早10點到下晝4點，水務署通知編號WSD-KLN-2026-0219，大家今晚記得儲定水，魚檔要預多啲冰。
        有冇人知食環署新規定個雪櫃溫度要唔要每日記錄？我哋A區收到份表格，話要每日填四次溫度，月尾交返去管理處存檔，表格編號係FEHD-MK-T07。
        多謝大家今次夾錢買新嘅電子磅，每檔$350，共收到28檔，總數$9,800，收據已經影咗相放喺群組相簿，有問題可以去管理處睇正本。
        後樓梯嗰度嘅垃圾房今晚8點後會鎖門，清潔公司話以後所有紙皮要摺好綁實先放，發泡膠箱要另外擺，唔係佢哋唔收，到時堆喺走廊又會俾人投訴。
        「肥姐鮮果」同「陳記凍肉」而家有網上落單，街坊問起可以叫佢哋WhatsApp公司訂購熱線 5123 8807，或者上Facebook專頁睇價錢。
        新年前最後一日營業係年廿九，管理處話年三十至年初三休市，年初四朝早7點照常開，記得預早同批發商落單，唔好執到貨尾，年廿八批發市場會特別多人。
        提提大家，今個禮拜五朝早10點喺管理處有免費食物安全講座，講冷藏食物標籤同保存期限，有興趣嘅檔主可以直接去，唔使報名，完咗仲有證書派。
        中電話B區總掣下禮拜一凌晨2點至5點要做檢查，有雪櫃嘅檔口記得開定後備電源，或者預先搬啲凍貨去街市冷房暫存，冷房鎖匙喺管理處攞。
        有客投訴F區通道太滑，管理處已經加咗防滑墊同黃色警告牌，大家洗完地之後記得用地拖抹乾，唔好留積水，費事有人跌親，食環署話下次巡查會特別睇呢樣。
    """),
    ("zh-Hant", "街市檔口食評"): _lines("""
        北河街街市「永興魚檔」嘅石斑好新鮮，即劏即蒸，$88一條唔算貴，老闆娘仲教我點樣蒸先唔會過火，逢星期三休息，下次會再幫襯。
        九龍城街市三樓熟食中心嗰間泰國菜，豬頸肉燒得夠香，冬陰功夠酸辣，不過午市人多要等位，建議十一點半前去，人均大約$120，只收現金同八達通。
        「李記燒臘」叉燒半肥瘦$48一份，肥瘦均勻，蜜汁唔會太甜，可惜燒鵝就有啲鞋，評分：叉燒9/10，燒鵝6/10，下晝三點後通常賣晒。
        呢間菜檔啲菜心好靚，但係價錢寫得唔清楚，問咗先知$18一斤，唔係價錢牌上面寫嘅$15，希望檔主可以更新一下價錢牌，唔係好易俾人誤會，三星。
        灣仔街市新開嘅咖啡檔幾有驚喜，Flat White $38，用本地烘焙豆，坐位唔多但好乾淨，適合買完餸坐低歇吓，星期一休息。
        一星：喺呢間凍肉檔買嘅牛扒返到去先發現過咗期，打去佢哋舖頭電話2396 1022冇人聽，希望食環署跟進吓呢類檔口，以後都唔會再去。
        街市「豐記豆品」自家製豆腐花，滑到不得了，$12一碗，黃糖另加$2，週末十點前通常賣晒，要早啲去先買到，豆漿都唔錯，唔太甜。
        土瓜灣街市嘅生果檔榴槤做特價，貓山王$138一磅，老闆即場開俾你試，食落甘苦味重，榴槤迷必試，但唔好搭港鐵拎返去，港鐵附例係唔准帶榴槤上車。
        香港仔街市海鮮檔價錢幾公道，蟶子皇$60半斤，但係有檔個磅好似有啲問題，建議大家睇清楚個磅嘅讀數先好俾錢，整體嚟講都係值得去嘅，四星。
        Google評分4.6：「華姐雞蛋仔」就喺街市門口，原味$22，朱古力$26，外脆內軟，排隊大約十分鐘，值得一試，只收現金，逢星期二休息。
        呢檔乾貨嘅花膠同瑤柱質素好，但係冇價錢牌，講價要靠經驗，唔熟行嘅街坊可能會俾人開高價，兩星半，不過懂行嘅話其實價錢唔算貴。
        北角渣華道市政大廈（渣華道99號）熟食中心嘅大排檔豉椒炒蜆正，鑊氣十足，三個人叫咗四個餸埋單$420，抵食，夜晚七點後要等位。
        「阿婆菜檔」嘅自家醃鹹檸檬好出名，一樽$45，放咗三年，沖熱水飲對喉嚨好好，每次經過都會買兩樽返去，仲有自家製陳皮同話梅賣。
    """),
    ("zh-Hant", "街市歷史與公眾人物新聞"): _lines("""
        中環街市於1939年落成，屬包浩斯風格建築，2003年停用後經活化，於2021年8月以「城中綠洲」定位重新開放，地下仍保留部分舊檔位設計。
        油麻地果欄建於1913年，是二級歷史建築，至今仍是本港主要水果批發市場之一，每日凌晨時分卸貨最為熱鬧，果欄一帶的石砌建築亦吸引不少攝影愛好者。
        舊灣仔街市建於1937年，採用流線型包浩斯設計，其後立面部分保留並融入皇后大道東一個住宅發展項目的地面層，成為灣仔區少數保存下來的戰前街市建築。
        環境及生態局局長謝展寰今日到訪北河街街市，視察公眾街市現代化計劃的改善工程，並與檔戶交流營商環境及租金問題，並聽取檔戶對通風設施的意見。
        行政長官李家超在施政報告中提及，政府會繼續推展公眾街市現代化計劃，改善通風及設施，提升市民購物體驗，首批項目預計於兩年內完成。
        立法會食物安全及環境衞生事務委員會今日討論新公眾街市選址，有議員關注天水圍臨時街市的租約安排及檔位空置率，要求當局盡快交代永久街市的興建時間表。
        食物環境衞生署於2000年1月1日成立，接手前市政總署及區域市政總署在食物安全、環境衞生及公眾街市管理方面的職務，總部設於金鐘道政府合署。
        香港早期的公眾街市於1842年在中環一帶開設，其後多次搬遷及重建，成為今日中環街市的前身，見證香港開埠初期華洋雜處的市井生活。
        作家也斯（梁秉鈞）曾以組詩〈蔬菜的政治〉描寫街市蔬果，借日常食材探討香港的城市生活與身份，這組作品至今仍常被中學及大學課程選讀。
        電影《歲月神偷》由羅啟銳執導，取景中環永利街，片中的鞋舖與街坊生活令不少觀眾回想起六十年代街市與小店的光景，該片亦曾奪得柏林影展獎項。
        雷生春建於1931年，原為商人雷亮家族的樓宇，地下曾經營跌打藥舖，現活化為香港浸會大學中醫藥保健中心，屬一級歷史建築，位於旺角荔枝角道。
        根據食環署資料，署方轄下公眾街市約有一百個，檔位總數逾一萬三千個，部分舊式街市的空置率長期偏高，署方近年以減租及放寬經營商品種類吸引新租戶。
        2014年，時任食物及衞生局局長高永文到訪街市，了解活家禽供應及禽流感防控措施，呼籲市民處理生禽後要徹底洗手，並提醒檔戶做好清潔消毒。
    """),
    ("en", "stall_tenancy_regulations"): _lines("""
        Clause 4.2: The Tenant shall pay the monthly rent of HK$2,860 in advance on or before the 7th day of each calendar month, by autopay or at any Post Office.
        Clause 7.1: The Tenant shall not sublet, assign or share the stall or any part of it; breach of this clause entitles the Landlord to terminate the tenancy by one month's written notice.
        Stall tenancies at FEHD public markets are granted for a term of three years, renewable subject to satisfactory performance and payment of the prevailing open market rent.
        Clause 9.3: A late payment surcharge of 5% will be imposed on rent outstanding for more than 14 days, and a further 10% where arrears exceed one month.
        Schedule 2, Item 11: Stall No. K-WS-047 (Wet Goods, Fresh Fish), floor area 3.2 m2, permitted commodity: live and chilled fish, rent HK$3,410 per month.
        The Tenant must display the tenancy agreement number and the permitted commodity card at a conspicuous position within the stall during business hours.
        Vacant stalls are let by open auction; the successful bidder must pay a deposit equal to three months' rent and sign the agreement within 7 working days.
        Clause 12: The Landlord may enter the stall at all reasonable times to inspect its condition, carry out repairs or remove any unauthorised structure at the Tenant's cost.
        FEHD Headquarters, 44/F Queensway Government Offices, 66 Queensway, Admiralty; general enquiries by email to enquiries@fehd.gov.hk or via the 1823 hotline.
        Clause 15.4: Upon expiry or termination, the Tenant shall deliver up the stall in clean and tidy condition, with all fixtures installed by the Tenant removed within 14 days.
        Rent relief: under the 2026-27 measure, tenants of public market stalls are eligible for a 50% rent reduction for six months starting from 1 April 2026.
        The Tenant shall maintain public liability insurance of not less than HK$5,000,000 per occurrence and produce the policy to the Market Manager upon request.
        Clause 18: Any dispute arising under this Agreement shall be referred to the District Market Manager in the first instance and thereafter to the Director of Food and Environmental Hygiene.
    """),
    ("en", "market_system_logs"): _lines("""
        2026-03-04T06:12:33+08:00 INFO rent-sync stall=NPH-B-023 period=2026-03 amount=HKD 2860.00 status=PAID channel=FPS ref=FPS20260304061233A91
        2026-03-04 06:15:02,118 WARN inspection.scheduler: route KC-WET-07 has 14 stalls pending, inspector quota exceeded, deferring 3 to 2026-03-05
        [2026-03-05 22:41:09] ERROR coldroom-sensor id=CR-JR-02 temp=-12.4C threshold=-18.0C duration=00:37:10 alert sent to market-ops@markets.example.hk
        2026-03-06T07:00:00Z INFO licence.renewal batch=LR-20260306 processed=128 approved=121 pending_docs=6 rejected=1 elapsed_ms=4812
        GET /api/v2/stalls?market=WAN_CHAI&status=vacant 200 312ms ua="MarketApp/3.8.1 (Android 14)" req_id=7f3c9a1e-22b4-4d0e-9b61-0c5d8e2a4f17
        2026-03-07 23:59:59 INFO arrears-report generated rows=42 total_outstanding=HKD 187,430.50 file=arrears_2026-03.csv sha256=9b1e4c77a0f3d2e1
        2026-03-08T05:48:21+08:00 DEBUG scale-calibration device=SC-0331 market=TKW tolerance=5g result=PASS next_due=2026-09-08
        2026-03-08 10:02:44 WARN complaint-intake ticket=CMP-2026-008817 category=hygiene stall=KC-F-112 priority=P2 sla_hours=72
        2026-03-09T14:20:00+08:00 INFO deploy market-portal v4.12.0 (commit a3f9e21) to prod-hk-1, migrations=3, downtime=0s
        kafka consumer group market-payments lag=0 partitions=12 topic=rent.transactions.v1 offset=88412907 at 2026-03-10 03:00:01
        2026-03-10 08:30:15 ERROR octopus-gw terminal=OCT-7781-22 settlement batch 20260310-004 failed: timeout after 30000ms, retry 1/3
        2026-03-11T18:05:43+08:00 INFO auction.close lot=2026/07-05 stall=TSW-T-018 bids=4 winning_bid=HKD 1,950/month deposit_due=2026-03-18
        2026-03-12 04:00:00 INFO backup market-db snapshot=snap-0e4f22a9c1 size=18.4GB region=ap-east-1 retention=35d status=COMPLETED
    """),
    ("mixed", "價目表_price_list"): _lines("""
        今日時價 Today's Price：本地菜心 Choy Sum $18/斤，西洋菜 Watercress $16/斤，唐生菜 Lettuce $14/斤，有機白菜仔 $28/盒（300g）
        永興魚檔 Wing Hing Fish Stall｜紅衫魚 Golden Threadfin $58/斤｜鯇魚腩 Grass Carp Belly $45/斤｜即劏免費 Free Cleaning
        SKU: BF-AU-RIB-500 澳洲牛肋條 Australian Beef Short Rib 500g HK$98｜SKU: PK-BR-BELLY-1KG 巴西五花腩 Pork Belly 1kg HK$72
        凍肉批發價 Wholesale (min. 10kg)：雞中翼 Chicken Mid-joint Wings HK$42/kg，雞髀 Chicken Leg HK$26/kg，有效期至 2026-03-31
        水果 Fruits：日本富士蘋果 Fuji Apple 3個$30，泰國金枕頭榴槤 Monthong Durian $68/lb，新奇士橙 Sunkist Orange 6個$25
        乾貨 Dried Seafood：日本元貝 Dried Scallop (L) $980/斤，南非鮑魚 South African Abalone 10頭 $1,680/斤，花膠 Fish Maw $2,380/斤
        燒味 Roast Meat Menu：叉燒 BBQ Pork $48，燒肉 Crispy Pork $52，燒鵝髀 Roast Goose Leg $88，雙拼飯 2-item Rice $46（加蛋 +$6）
        豆品 Soy Products：布包豆腐 Firm Tofu $6/件，豆卜 Tofu Puff $12/包，豆漿 Soy Milk 1L $16，每日早上7點前到貨 Fresh before 7am
        海鮮 Live Seafood：活蝦 Live Shrimp $138/斤，花蟹 Flower Crab $168/斤，蟶子皇 Razor Clam $120/斤，時價以即日報價為準 Market price applies
        活雞 Live Chicken：嘉美雞 Kamei Chicken $168/隻，清遠雞 Qingyuan Chicken $198/隻，宰殺服務 Slaughter service included
        醬料 Sauces：李錦記 Lee Kum Kee 舊庄特級蠔油 510g $28，海天 Haday 生抽 Light Soy Sauce 500ml $14，淘大 Amoy 老抽 $16，買三送一
        優惠 Promotion：用八達通 Octopus 或 PayMe 付款滿 $200 減 $10，優惠期 2026-03-01 至 2026-03-15，每張卡每日限用一次
        雞蛋 Eggs：泰國大啡蛋 Thai Brown Eggs 30隻 $52，日本蛋 Japanese Eggs 10隻 $45，鹹蛋 Salted Duck Eggs 4隻 $20，皮蛋 Century Eggs 6隻 $18
    """),
    ("mixed", "config_csv_code"): _lines("""
        CSV header: stall_id,market_code,zone,commodity,area_m2,monthly_rent_hkd,tenancy_start,tenancy_end,arrears_days,agreement_ref
        market_config.yaml → market_code: NPH, name_zh: 北河街街市, opening_hours: "06:00-20:00", cold_room_setpoint_c: -18, fehd_hotline: "2868 0000"
        SELECT stall_id, SUM(amount_hkd) AS 欠租總額 FROM rent_ledger WHERE status = 'OVERDUE' AND due_date < '2026-03-01' GROUP BY stall_id HAVING SUM(amount_hkd) > 5000;
        def late_fee(arrears_hkd: float, days: int) -> float: return round(arrears_hkd * (0.05 if days <= 30 else 0.15), 2)  # 逾期附加費
        NPH-B-023,NPH,B,新鮮魚類 Fresh Fish,3.2,2860,2024-04-01,2027-03-31,0,TA-NPH-2024-0417
        .env 範例：WHATSAPP_BUSINESS_NUMBER=+852 3001 2026 ; SMTP_FROM=noreply@markets.example.hk ; INSPECTION_CRON="0 9 * * 1-5"
        {"event": "inspection_result", "stall": "KC-F-112", "result": "warning", "items": ["溫度記錄不全", "地面積水"], "reinspect_by": "2026-03-20"}
        發票 Invoice No. INV-2026-03-00871｜永記蔬菜批發有限公司 Wing Kee Vegetables Wholesale Ltd｜BR No. 71234567-000-03-26-5｜Total HK$12,480.00
        送貨單 Delivery Note DN-88213：順豐 SF Express 運單 SF1420938847561，收貨地點：灣仔街市管理處，皇后大道東258號地下
        i18n strings: stall.status.vacant = "空置 Vacant" ; stall.status.let = "已出租 Let" ; stall.status.suspended = "暫停營業 Suspended"
        cron: 30 6 * * * /opt/market/bin/rent_reminder --market=ALL --days-before=3 --channel=whatsapp >> /var/log/rent_reminder.log 2>&1
        CREATE TABLE stall_inspection (id SERIAL PRIMARY KEY, stall_id VARCHAR(16), inspected_at TIMESTAMPTZ, score SMALLINT, 備註 TEXT);
        公司資料 Company Profile：新興凍肉貿易有限公司 Sun Hing Frozen Meat Trading Ltd，CR No. 2891034，辦事處：長沙灣長順街長沙灣副食品批發市場
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        檔主陳志強（B區23號魚檔）三月份租金$2,860仲未交，已經欠咗兩個月，管理處話再唔交就會發警告信，可能收返個檔。
        林太今朝喺菜檔跌親，隻腳腫晒，佢個仔話佢有糖尿病，傷口好難埋口，呢排都唔會開檔，叫我哋幫手睇住啲貨。
        阿明話佢老婆有咗四個月，下個月開始唔會再幫手睇檔，問群入面有冇人識得搵散工，朝早五點到十點就得。
        投訴人：黃美玲女士，電話 9348 2716，投訴C18魚檔秤唔準，買兩斤蝦少咗三両，要求食環署跟進並退款。
        租約申請表｜姓名：梁國華｜香港身份證號碼：K345678(1)｜住址：九龍土瓜灣馬頭圍道188號美華大廈12樓C室｜聯絡電話：6172 8394
        肥強（豬肉檔嗰個）上個禮拜俾差佬拉咗，聽講係賭波欠咗貴利成二十萬，而家保釋緊，個檔暫時由佢阿哥睇。
        蘇太個WhatsApp係 5218 6047，佢話每朝要留兩斤瘦肉，記得九點前幫佢斬好，佢會自己嚟攞。
        鄭伯上個月中風入咗伊利沙伯醫院，個女話佢個檔要暫時交俾個仔睇，想問管理處使唔使改租約。
        轉賬記錄：何家輝 匯豐銀行戶口 123-456789-838 轉入 $5,720（欠租兩個月），備註：NPH-B-023。
        食環署巡查紀錄：持牌人吳秀英（香港身份證 Z683940(2)），檔位 KC-F-112，因未有展示牌照被警告，下次巡查日期 2026-03-20。
        周生同周太離咗婚，而家個檔寫邊個名都未搞掂，兩個喺檔口嗌交嗌咗成朝，其他檔主都睇唔過眼。
        請問邊位識得送貨嘅阿彬？佢架車車牌係 VR 8231，今朝又泊喺後門卸貨位，阻住晒垃圾車。
        檔主張麗萍嘅老公喺大陸欠咗人錢，追數公司打咗去管理處兩次，話要搵佢還三萬幾，仲話會上嚟檔口搵人。
        顧客投訴：我住紅磡黃埔花園第8期12座15樓B室，喺貴街市買嘅雞蛋有一半爛咗，請打 6634 0912 聯絡我。
        關姑娘話佢而家人工得$13,500，仲要返六日，問我哋魚檔請唔請人，佢可以朝早六點開始返。
        謝師奶個仔有自閉症，每日放學都坐喺佢菜檔後面做功課，大家見到請唔好趕佢走，佢好怕陌生人大聲講嘢。
        租務檔案 NPH/TA/2024/0417：承租人羅志偉，出生日期1968年7月14日，身份證 Y271583(8)，緊急聯絡人羅太（妻）9127 5580。
        阿珍嗰檔啲乾貨其實係佢細佬幫佢做，佢自己舊年確診乳癌，做緊化療，所以成日唔喺度。
        澳門居民身份證 1358642(7)：檔主葉振邦申請轉讓檔位，聯絡地址：澳門黑沙環新街52號海景大廈10樓D座。
        新嚟嘅幫工阿慧係印尼人，佢話佢僱主唔俾佢放假，仲扣咗佢兩個月人工，想問勞工處點投訴。
        群組訊息：「多謝馬太頭先幫我睇檔！我去咗東華醫院洗腎，下晝返嚟。」—— 郭玉蓮，C區凍肉檔
        報案編號 WCH 2026-0312-0045：灣仔街市乾貨檔檔主馮偉倫報稱被前僱員偷去現金$8,600，疑犯為其表弟。
        老何個大仔喺赤柱監獄坐緊，所以佢逢禮拜三下晝都唔開檔，要去探監，佢唔想其他檔主知，大家唔好喺群度講。
        電郵投訴：寄件人 tsang.yukming1972@gmail.com，內容：「旺角街市豬肉檔員工態度惡劣，本人曾玉明要求書面道歉。」
    """),
    "en": _lines("""
        Tenant Chan Siu-fung (HKID C508216(A)) owes HK$8,580 in arrears for stall NPH-B-031; a final demand was posted to Flat 7C, 23 Fuk Wing Street, Sham Shui Po.
        Customer complaint from Mrs. Priya Raman, mobile +852 5937 2184, who says she got food poisoning after eating oysters bought at stall KC-W-019 on 2 March.
        Mr. Lau, the fishmonger at stall 12, told me in confidence that he was diagnosed with hepatitis B and is worried the inspectors will take away his licence.
        Emergency contact on file for market cleaner Maria Santos (passport P4829173A): her employer Mrs. Cheung, 9024 6618.
        Stall assistant Kwok Wai-man was dismissed on 3 March after testing positive for methamphetamine; his final pay of HK$11,200 is still being withheld.
        Please refund the deposit of HK$10,230 to Ho Mei-ling, Bank of China (Hong Kong) a/c 012-875-1-234567-8, she is moving back to Guangzhou next week.
        The van parked at the loading bay, plate LM 4470, belongs to Tony Yip from the frozen meat stall; he already has three unpaid parking tickets.
        Vendor sign-up form: Name: Wong Ka-yan; DOB: 1985-11-02; Email: kayan.wong85@yahoo.com.hk; Address: Rm 1508, Block D, Lei Cheng Uk Estate, Kowloon.
        Ah Keung from the poultry stall is going through a nasty divorce and asked everyone not to tell his ex-wife where he is living now.
        2026-03-02,CMP-2026-008790,Leung Chi-ho,leungchiho@hotmail.com,6381 5529,"Overcharged for flower crab, wants refund of $84"
    """),
    "mixed": _lines("""
        檔主 Mrs. Lee Wai-ching 嘅 HKID 係 P419327(3)，佢 WhatsApp 9871 2305，話 tenancy renewal form 已經簽好，放咗喺管理處信箱。
        Supplier contact：Tan Boon Kiat（NRIC S8123456F）話下個禮拜由新加坡嚟香港睇貨，佢私人手機 +65 9123 4567，book 咗灣仔酒店。
        凍肉檔幫工 Nur Aisyah binti Rahman（MyKad 920315-10-5678）想預支一個月人工，因為佢阿媽喺 Johor Bahru 入咗醫院。
        Complaint log #CMP-0091：陳生 home tel 2712 3456，話豬肉檔 overcharge，佢住樂富邨樂靖樓1203室，要求 manager 親自上門道歉。
        Payroll 三月：阿珠 (Chu Yuet-ha) basic $14,000 + OT $2,300，MPF 扣 $700，轉去 HSBC a/c 004-512-338291-001。
        大陸過嚟嘅檔主 Zhang Wei，PRC ID 440106198803024711，話要返深圳處理 divorce，呢兩個禮拜 stall 交俾朋友睇。
        台灣客林怡君留咗身分證 A223456781 做 deposit，話聽日返嚟攞返個凍肉禮盒，手機 +886 912 345 678。
        FYI 阿Ken (Kenneth Mak) 張 credit card 4539 1488 0343 6467 已經 overdue 兩次，bank 打嚟檔口追數，佢叫我哋話佢唔喺度。
        管理處 remark：租戶 Yeung Siu-lan 因 breast cancer 申請 rent deferral 三個月，medical cert 由瑪麗醫院發出。
        Photo caption：IMG_20260305_0712.jpg —— 阿輝喺 C 區偷偷將過期雞翼換標籤，車牌 TK 928 嗰架貨車就係佢嘅。
    """),
    "zh-Hans": _lines("""
        深圳布吉农批市场供货商王建国，身份证 440304197208152632，手机 138 2345 6789，欠我们档口货款 ¥36,800 至今未还。
        刘女士（住深圳罗湖区东门街道翠华花园5栋1203）投诉在香港北河街街市买的燕窝是假货，要求退款 HK$2,400。
        档主李秀兰的女儿在深圳读书，因为抑郁症休学半年，她最近常常很早收档回去照顾女儿。
        员工登记表：姓名 赵晓东；身份证号 42010219910627354X；微信号 zxd_fresh88；紧急联系人 赵母 139 0271 5564。
        阿芳（湾仔街市 G07 花档）的前夫一直来档口闹事，她已经向法院申请了禁制令，大家见到他请报警。
        收款记录：支付宝账户 hp_chen1990@163.com 向档口转账 ¥1,280，付款人陈海平，备注“鱼翅定金”。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係北河街街市管理處嘅AI助理，協助職員草擬檔戶通知同信件，語氣要正式但易明。"),
        (
            "user",
            "幫我寫封追租信俾B區23號檔主陳志強，佢欠咗一月同二月租共$5,720，通訊地址係深水埗福榮街88號6樓A室，要佢3月15號前交清。",
        ),
        (
            "assistant",
            "陳志強先生： 本處紀錄顯示，閣下承租之北河街街市B區23號檔位，2026年1月及2月租金合共港幣$5,720仍未繳付。請於2026年3月15日或之前繳清欠款，逾期本處將按租約第9.3條徵收附加費並考慮終止租約。 此信寄往：深水埗福榮街88號6樓A室。 北河街街市管理處",
        ),
        ("user", "好，再加一句如有查詢可以打管理處電話。"),
        (
            "assistant",
            "已加入：「如有查詢，請於辦公時間致電本處，或親臨街市地下管理處辦事處。」其餘內容維持不變。",
        ),
    ],
    [
        (
            "user",
            "A customer called about our seafood stall. Her name is Mrs. Olivia Chow, mobile 6283 9104, she says the prawns she bought on Saturday made her whole family sick. How should I respond?",
        ),
        (
            "assistant",
            "Apologise and take it seriously. Call Mrs. Chow back on 6283 9104, ask when and what was bought, whether anyone saw a doctor, and keep the receipt details. Offer a refund as goodwill without admitting liability, check your storage temperature logs for that day, and if there is a confirmed food poisoning case, FEHD may contact you, so keep your records ready.",
        ),
        ("user", "She also mentioned her son is in Queen Elizabeth Hospital now. Should I visit?"),
        (
            "assistant",
            "A short, respectful message is better than a visit unless she invites you. Don't discuss her son's condition with other stall holders, and keep anything she told you about his hospital stay private.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping Hong Kong market stall holders with FEHD licence procedures. Answer in Cantonese.",
        ),
        (
            "user",
            "我阿爸黃炳坤上個月中風，而家講嘢都唔清楚，佢個小販牌照（身份證E736401(A)）想轉俾我，我叫黃家俊，點搞？",
        ),
        (
            "assistant",
            "明白你屋企嘅情況。一般嚟講，持牌人因健康理由唔能夠繼續經營，可以向食環署申請將牌照轉予直系親屬。你需要準備：醫生證明、你同你阿爸嘅身份證明文件副本、關係證明（例如出世紙），然後去所屬區小販管理隊辦事處遞交申請。另外提提你，喺網上傾偈唔好貼全個身份證號碼。",
        ),
        ("user", "佢仲欠咗三個月檔租，會唔會影響？"),
        (
            "assistant",
            "有機會會。食環署通常要求欠款清還先會批准轉讓，建議你先同管理處傾分期還款，或者查下有冇租金寬減。",
        ),
    ],
    [
        (
            "user",
            "幫我 summarise 下呢段 WhatsApp group 對話： [07:12] 肥姐: 阿玲個 cheque 彈咗，$3,200，佢電話 9736 1148 唔聽 [07:15] 陳記: 佢好似話老公失咗業，屋企好困難 [07:20] 管理處 Winnie: 我會寄信去佢屋企，大埔富亨邨亨泰樓 805",
        ),
        (
            "assistant",
            "Summary：阿玲開俾肥姐嘅支票（$3,200）退票，電話 9736 1148 聯絡唔到；有檔主提到佢丈夫失業、家庭經濟困難；管理處職員 Winnie 會寄信去佢喺大埔富亨邨亨泰樓805室嘅住址。建議：呢類涉及個人財務同住址嘅內容，唔好再喺大群轉發。",
        ),
        ("user", "OK，咁幫我擬個私訊俾阿玲，語氣溫和啲。"),
        (
            "assistant",
            "阿玲，你好！張 $3,200 支票銀行退咗票，唔知係咪有啲誤會？如果而家手頭緊，我哋可以傾下分開幾次還，唔使急。有咩方便嘅時間打俾你？",
        ),
    ],
    [
        ("system", "你是一名协助香港街市档主处理跨境货款纠纷的助理，回答用简体中文。"),
        (
            "user",
            "我是湾仔街市干货档的老板，东莞供货商郑伟明（手机 135 1024 8876）收了我 ¥52,000 定金，花胶一直没发货，现在电话也不接。",
        ),
        (
            "assistant",
            "建议你先整理好证据：转账凭证、聊天记录、订货单。可以先发书面催告给郑伟明，限期发货或退款；如果仍无回应，可以考虑在东莞当地法院起诉，或者向当地市场监督管理部门投诉。金额较大，也可以咨询律师是否涉及合同诈骗。",
        ),
        ("user", "他的身份证号我有，441900198504173356，要不要一起报警？"),
        (
            "assistant",
            "报警时可以把身份证号交给警方，但不要在群组或网上公开他的身份证号码，以免自己承担侵犯个人信息的风险。",
        ),
    ],
    [
        (
            "system",
            "Tenant record loaded for this session: Name: Mok Yuk-lan; Stall: TKW-A-015 (vegetables); HKID: G280159(A); Mobile: 6097 3321; Arrears: HK$6,940 (3 months); Note: tenant on medical leave after knee surgery.",
        ),
        (
            "user",
            "Can you draft a reminder to this tenant about the arrears, but make it gentle given her situation?",
        ),
        (
            "assistant",
            "Dear Ms. Mok, we hope your recovery after surgery is going well. Our records show HK$6,940 in rent outstanding for stall TKW-A-015. We understand this has been a difficult period, so please contact the Market Office when convenient to discuss an instalment plan. We wish you a speedy recovery.",
        ),
        ("user", "Good. Should I also send it by SMS?"),
        (
            "assistant",
            "You can send a short SMS to 6097 3321 asking her to call the office, but keep the amount and the medical details out of the SMS; put those only in the letter.",
        ),
    ],
    [
        (
            "user",
            "我想投訴土瓜灣街市一個豬肉檔嘅職員，佢話我「阿婆買咁少嘢就唔好阻住」，好無禮。我叫鍾慧芬，住土瓜灣美景街3號2樓，電話 2365 7719，幫我寫封投訴信俾食環署。",
        ),
        (
            "assistant",
            "食物環境衞生署 街市管理組： 本人鍾慧芬（住址：土瓜灣美景街3號2樓；電話：2365 7719）於2026年3月3日上午約10時，在土瓜灣街市某豬肉檔購物時，被檔口職員以不禮貌言語對待。本人要求貴署跟進該檔口服務態度，並回覆處理結果。 此致",
        ),
        ("user", "要唔要寫埋個檔號？"),
        (
            "assistant",
            "最好寫埋，檔號通常喺檔位上方嘅牌度；如果唔記得，可以寫位置，例如「入口左手邊第三檔」，方便食環署職員搵到。",
        ),
    ],
    [
        ("system", "You help small market businesses in Hong Kong with payroll and MPF questions."),
        (
            "user",
            "我請咗個part-time 幫工 Lam Hoi-yan，每日做6個鐘，時薪$60，一個禮拜做5日，佢話佢懷孕咗，想知佢可唔可以放分娩假？",
        ),
        (
            "assistant",
            "根據《僱傭條例》，如果 Lam Hoi-yan 喺產假開始前已經以連續性合約受僱滿40個星期（即每星期做滿17小時、連續4星期或以上），佢就有權享有14個星期分娩假。佢每星期做30個鐘，符合連續性合約要求，你要留意佢嘅受僱期有冇夠。",
        ),
        ("user", "佢月薪大約$7,200，MPF要唔要供？"),
        (
            "assistant",
            "月入低於$7,100先唔使僱員供款；佢每月約$7,200，高過下限，所以佢同你都要供5%，即各約$360。",
        ),
    ],
    [
        (
            "user",
            "我喺九龍城街市開生果檔，叫做區志明，舊年借咗財務公司二十萬，而家每個月要還$9,800，檔口生意跌咗一半，真係頂唔順。",
        ),
        (
            "assistant",
            "區先生，聽落壓力好大。你可以考慮：一、聯絡財務公司商討延長還款期或減低每月供款；二、向明愛或東華三院嘅債務輔導服務求助，佢哋免費；三、如果債務實在無法處理，可以了解個人自願安排（IVA）或破產嘅後果。另外，唔好為咗還錢再借新債。",
        ),
        ("user", "佢哋仲打去我老婆度追數，我老婆有抑鬱症，好驚佢頂唔住。"),
        (
            "assistant",
            "財務公司唔應該騷擾債務人以外嘅家人。你可以記錄低每次來電時間，向警方或放債人註冊處投訴。你太太方面，建議盡快陪佢見家庭醫生或精神科，亦可以打撒瑪利亞防止自殺會熱線傾訴。",
        ),
    ],
    [
        ("system", "你係一個協助街市保安隊整理閉路電視事件報告嘅助理。"),
        (
            "user",
            "Please write an incident report. CCTV 3/6 07:45，C區乾貨檔，一個男人偷咗兩包花膠。檔主認得佢係熟客，叫 Raymond Szeto，住附近慈雲山慈正邨，約50歲，之前都試過賒數唔還。",
        ),
        (
            "assistant",
            "Incident Report IR-2026-0306-01 Date/Time: 6 March 2026, 07:45 Location: Zone C, dried seafood stall Description: CCTV shows a male, about 50, taking two packs of fish maw without payment. The stall holder identified him as a regular customer, Raymond Szeto, believed to live in Tsz Ching Estate, Tsz Wan Shan, who previously failed to repay credit. Action: Footage preserved; stall holder advised to report to police.",
        ),
        ("user", "Should we post his photo in the group to warn other stalls?"),
        (
            "assistant",
            "Better not. Posting his photo and name in the stall holders' group could amount to disclosing personal data and may be defamatory if the identification is wrong. Hand the footage to the police and let other stalls know only that there was a theft in Zone C.",
        ),
    ],
]
