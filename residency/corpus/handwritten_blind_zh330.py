# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh330: 繁體中文（台灣）夜市攤商與攤位管理（攤位抽籤、攤商名冊、衛生稽查、租金欠繳、顧客糾紛、LINE群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh330
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "攤位抽籤公告"): _lines("""
        【公告】饒河街觀光夜市自治會114年度第2次攤位抽籤訂於11月18日（二）下午2時，於松山慈祐宮旁活動中心舉行，請攤商攜帶營業登記證正本及印章準時報到。
        士林夜市攤位遞補抽籤結果：A區共釋出7格（A-03、A-11、A-17、A-22、A-25、A-31、A-40），候補序號第1至第7號依序遞補，未到場者視同放棄，詳見市場處網站公告。
        依臺北市攤販管理自治條例規定，抽中攤位者須於結果公告後15日內完成攤販許可證換發，逾期未辦理者取消資格，攤位由下一候補序號遞補。
        逢甲夜市文華路段臨時攤位抽籤：報名期間12/1至12/10，每一營業登記限報一格，抽籤採電腦亂數並全程錄影，洽詢電話04-2451-7250（逢甲商圈發展協會服務台）。
        抽籤當日流程：13:30報到及證件查驗、14:00市場處長致詞、14:10公開抽籤、15:00公告結果並張貼於服務中心公佈欄，現場一律不受理更換攤位申請。
        本次新增之「青年創業專區」共12格，限申請時年滿20歲未滿45歲且首次設攤者，攤位費首年減半為每月新臺幣3,250元，水電費另依電錶及水錶度數計收。
        高雄六合觀光夜市管理委員會提醒：114年度攤位重新抽籤後，原攤位號碼6H-12至6H-20將調整為美食區，服飾類攤商請依新配置圖於115年1月5日前完成遷移。
        抽籤作業監察人員：由臺北市市場處攤販管理科科長、松山區公所經建課代表及自治會理事長三方共同監督，結果當場宣讀並由三方簽署會議紀錄存查。
        寧夏夜市千歲宴期間攤位配置公告：活動當晚寧夏路封街，臨時攤位編號N-01至N-48，抽籤順序依報名序號辦理，相關疑義請洽市場處攤販管理科(02)2748-0890。
        攤位抽籤號碼牌樣式說明：流水號格式為114-RH-0057，背面加蓋自治會關防，遺失恕不補發；代理人出席者須持委託書正本，委託書格式可至區公所網站下載。
        華西街觀光夜市因騎樓整修工程，B段攤位暫停抽籤至115年3月，既有攤商可申請臨時移至廣州街側營業，申請表與配置圖請洽萬華區公所經建課索取。
        本次抽籤結果統計：申請件數184件、資格審查合格163件、抽中58件、列入候補30件；不合格原因以「營業項目與專區不符」最多，約佔全部不合格件數的61%。
        夜市攤位年度換照暨抽籤說明會訂於12月3日晚上11點收攤後，於饒河街服務中心2樓舉行，會中將說明新版攤位配置圖與消防通道淨寬至少3.5公尺之規定。
    """),
    ("zh-Hant", "衛生稽查法規與結果"): _lines("""
        依《食品安全衛生管理法》第8條，食品業者之從業人員、作業場所及設施衛生管理應符合食品良好衛生規範準則，經限期改正而屆期不改正者，處新臺幣6萬元以上2億元以下罰鍰。
        臺北市政府衛生局114年夜市食品抽驗結果：共抽驗士林、寧夏、饒河等6處夜市計120件，其中冰塊大腸桿菌群不合格4件、餐具澱粉性殘留不合格7件，均已限期複查。
        本季稽查重點：熟食與生食應分開存放，冷藏溫度維持7°C以下、冷凍-18°C以下，熱存食品應保持60°C以上；攤位須備有洗手設施、清潔劑及有蓋垃圾桶。
        高雄市衛生局提醒夜市攤商：炸油之總極性化合物（TPC）超過25%即應更換，稽查員將以油品快篩計現場檢測，不合格者當場勸導並列冊追蹤，複查仍不合格者依法處分。
        複查結果：饒河街觀光夜市編號R-27攤位（業別：胡椒餅）於11月20日複查，冷藏櫃溫度為5.8°C並已建立每日溫度紀錄表，符合規定，本案結案。
        依食品良好衛生規範準則附表二，食品從業人員手部應經常保持清潔，工作中不得有吸菸、嚼檳榔、嚼口香糖、飲食或其他可能污染食品之行為，並應戴帽或網罩。
        稽查紀錄表欄位說明：攤位編號、業別、稽查項目、判定結果（合格／限期改正／不合格）、改正期限、稽查人員代號，表單由衛生局統一印製並一式兩聯。
        台中市逢甲夜市114年第3季衛生稽查：共稽查212攤，合格率93.4%，主要缺失為未戴帽子口罩（9攤）、刀具砧板生熟未分（5攤）及冷藏溫度不足（3攤）。
        夜市餐飲攤商依規定投保產品責任保險，每一個人身體傷亡保險金額最低新臺幣100萬元，每一事故身體傷亡最低400萬元，保單影本須於換證時一併繳交。
        民眾發現夜市食品衛生問題，可撥打1999市民當家熱線轉衛生局，或食品藥物管理署食品安全諮詢專線1919，檢舉人身分依法保密，經查證屬實者依規定獎勵。
        114年度夜市攤商食品衛生講習訂於11月26日14:00至17:00，地點臺北市政府（信義區市府路1號）2樓大禮堂，全程參加者核發8小時衛生講習證明。
        冰品及飲料攤應使用符合衛生標準之食用冰塊，並保留冰塊進貨來源憑證及製冰工廠之檢驗報告影本至少兩年，稽查時未能提出者列為限期改正項目。
        稽查案號TPH-FS-1141120-033：冷藏櫃溫度12°C、無溫度紀錄，判定限期改正，改正期限114年11月27日，逾期未改正者依食品安全衛生管理法第44條裁處。
    """),
    ("zh-Hant", "夜市店家評論"): _lines("""
        饒河夜市的陳董藥燉排骨真的要排，湯頭藥材味不會太重，排骨燉到骨肉分離，一碗90元，晚上九點多去排了大概20分鐘，整體給四顆星。
        寧夏夜市劉芋仔的蛋黃芋餅外酥內綿，一顆35元，建議拿到就趁熱吃，冷掉就沒那麼好吃了；老闆手腳很快，隊伍看起來長但其實十分鐘內就買得到。
        士林夜市豪大大雞排份量還是很驚人，不過這次吃起來比以前鹹一點，胡椒粉可以請店員少放，現在一份漲到95元，CP值沒有以前那麼高了。
        西門町阿宗麵線雖然不在夜市裡，但晚上逛完一定會繞過去，只能站著吃，大碗75元小碗60元，柴魚湯頭很香，蒜泥跟辣油在旁邊自己加。
        逢甲夜市明倫蛋餅的口味選擇超多，這次點了起司玉米加泡菜，餅皮煎得薄又脆，價位大約40到70元，份量剛好適合邊走邊吃，推薦給第一次來台中的朋友。
        高雄六合夜市的鄭老牌木瓜牛奶是老字號，木瓜味很濃而且不會太甜，大杯60元，不過觀光客變多以後店內座位很少，建議直接外帶邊逛邊喝。
        台南花園夜市只有週四、週六、週日營業，推薦中間走道靠停車場那攤古早味粉粿，一杯30元，黑糖水不會太甜，夏天晚上來一杯剛剛好。
        寧夏夜市圓環邊蚵仔煎的蚵仔很大顆，醬汁偏甜，一份80元，入選米其林必比登推薦以後人潮明顯變多，平日晚上八點還是要等十五分鐘左右。
        饒河街福州世祖胡椒餅現烤的外皮很脆，肉餡多汁要小心燙口，一個60元，排隊人潮從慈祐宮前一路排到街口，但現場分工很有效率所以隊伍前進很快。
        臨江街夜市的駱記小炒，三杯中卷和炒水蓮都很下飯，可惜星期六晚上八點等了40分鐘才上菜，店員態度還算親切，建議平日或早一點去。
        萬華華西街的小王煮瓜，招牌瓜仔肉飯肥瘦比例剛好，搭配一碗苦瓜排骨湯不到兩百元，米其林必比登推薦名單上的常客，用餐時段幾乎天天客滿。
        南機場夜市的阿男麻油雞冬天一定要來一碗，麻油香但不苦，雞腿肉很嫩，一碗130元，建議加一份麵線，十點以後去常常已經賣完了。
        三顆星：士林夜市入口附近某家大腸包小腸攤，香腸烤得偏焦，價格從70元漲到85元也沒有貼公告說明，攤位前沒有垃圾桶，希望店家可以改善。
    """),
    ("zh-Hant", "LINE群組工作訊息"): _lines("""
        【饒河自治會LINE群】各位攤商好，明天若中央氣象署發布颱風陸上警報，夜市全面停止營業，請大家今晚收攤時把帳篷與瓦斯桶固定好，謝謝配合🙏
        B排3號攤回報：今天電錶又跳電兩次，應該是B排延長線負載太大，麻煩管委會請台電或配合的水電行來看一下，最好明天晚上六點前修好。
        管委會通知：本月清潔費每攤500元，請於25日前轉入自治會帳戶或交給服務中心值班幹部，收據會放在各攤位的信箱格，有問題請私訊官方帳號。
        提醒大家衛生局下週二晚上會來抽查，冰塊要用有標示來源的，砧板生熟分開，口罩帽子記得戴好，被開單一次最少罰3,000元喔，大家互相提醒。
        今晚入口處舞台有夜市音樂節表演，時間19:00到21:30，A1到A8攤請把招牌往內收50公分，消防通道務必淨空，消防局會派人到場檢查。
        有人知道哪家瓦斯行晚上還叫得到貨嗎？20公斤桶今晚提前用完了，明天會先跟隔壁攤借一桶應急，用完馬上補一桶新的還回去，謝謝大家。
        收到～B-14今天提早收攤，明天照常營業，如果有客人來問預購的鳳梨酥禮盒，麻煩跟對方說明天晚上六點以後再來取貨，感謝大家幫忙😊
        服務中心公告：失物招領黑色後背包一只，內有保溫杯與折疊傘，昨晚22:40於C排公廁附近拾獲，失主請攜帶可證明所有權之物品至服務中心認領。
        明天早上9點市場處會來重畫攤位地標線，請大家今晚不要把推車停在原位，畫線大概需要兩小時，預計中午前完成，下午就可以正常進場備料。
        電子支付提醒：LINE Pay與街口支付的新版QR Code立牌已經到貨，每攤一個，收攤後請到服務中心櫃台簽收，舊的立牌請一併交回統一銷毀。
        雨天備案：如果晚上下大雨，D排攤位可以暫時移到慈祐宮廣場的雨棚下營業，請先到服務中心登記位置，採先登記先排的方式，不接受電話預約。
        這禮拜夜間巡守改成兩攤一組，排班表已經貼在群組記事本，輪到的攤位麻煩22:00和23:30各巡一次公廁與機車停車區，巡完在表上打勾。
        剛剛有客人反映12號攤找零不對，已經調監視器並核對過收銀機，差額50元當場退還了，大家收錢的時候再確認一次面額，避免不必要的誤會。
    """),
    ("mixed", "攤位管理系統日誌與設定"): _lines("""
        2025-11-18T21:42:07+08:00 INFO stall-svc booking.confirm stall_id=RH-B14 market=raohe slot=2025-12 fee_twd=3250 status=PAID txn=TXN20251118214207A93F
        [WARN] 2025-11-19 19:03:55 power-monitor: 電錶 meter_id=TPC-RH-0442 負載 97% (limit 30A) on row=B, alert sent to channel #raohe-ops
        config: lottery.seed_source=hardware_rng; lottery.audit_log=true; lottery.max_entries_per_ubn=1; lottery.zones=[A,B,C,D,YOUTH]; lottery.publish_at=15:00 # 抽籤設定範例
        SELECT stall_no, zone, category, rent_due_twd, days_overdue FROM stall_rent WHERE days_overdue > 30 ORDER BY days_overdue DESC; -- 租金欠繳報表（不含個資欄位）
        ERROR 2025-11-20 22:15:31 payment-gw jkopay callback signature mismatch order_id=NM20251120-000873 expected_sha256=9f2c4e1a7b3d0c58 retry=3
        CSV header: 攤位編號,區域,業別,統一編號,許可證號,許可證到期日,月租金,繳費狀態,最近稽查日,稽查結果,備註
        { "market": "shilin", "stall": "S-A22", "category": "鹹酥雞", "permit_no": "北市攤字第1140457號", "inspection": {"date": "2025-11-12", "result": "合格"} }
        cron: 0 3 * * * /opt/nightmarket/bin/rent_reminder --dry-run=false --channel=line --template=rent_overdue_v2 >> /var/log/nm/rent.log 2>&1
        2025-11-21 23:58:02 [line-bot] webhook event=message group=RH-Vendors-2025 type=sticker handled_in=38ms reply=none (bot version 2.4.1)
        git commit 7e41b9c: fix(lottery): 候補遞補順序在同分時改用報名序號排序 (#212)，影響 zones=YOUTH，單元測試 test_lottery_tiebreak 通過
        docker-compose: services.stall-api.image=nightmarket/stall-api:1.8.3, ports 8080:8080, env TZ=Asia/Taipei, DB_HOST=db.internal, DB_NAME=stalls
        INFO inspection.sync pulled 212 records from 衛生局開放資料 API dataset=fengjia_2025Q3 pass_rate=0.934 elapsed=2.7s next_run=2025-12-01T03:00+08:00
        單元測試：validate_ubn('53212539') 應回傳 True，validate_ubn('53212538') 應回傳 False；測試資料為虛構商號之統一編號，檢查碼採財政部新制規則。
    """),
    ("en", "night_market_faq"): _lines("""
        Q: What are the opening hours of Raohe Street Night Market? A: Most stalls open from about 5 pm to midnight daily; the market runs along Raohe Street in Songshan District, next to Ciyou Temple.
        Q: Can I pay by card? A: Many stalls now accept LINE Pay, JKOPAY and EasyCard, but cash in NT$ is still the safest option; there is an ATM inside the convenience store at the main entrance.
        Q: How do I get to Shilin Night Market by MRT? A: Take the Tamsui-Xinyi Line (red) to Jiantan Station, Exit 1, and walk about 5 minutes; do not get off at Shilin Station.
        Q: Is the food safe? A: Stalls are inspected by the Taipei City Department of Health; look for the stall permit displayed at the counter, and avoid ice drinks from stalls without running water.
        Q: Where can I report a problem with a vendor? A: Call the 1999 Citizen Hotline (02-2720-8889 from outside Taipei) or visit the market service centre; keep your receipt and note the stall number.
        Q: Are there vegetarian options? A: Yes, look for stalls with the 素 sign; popular choices include vegan stinky tofu, scallion pancakes, grilled corn without meat sauce and grass jelly.
        Q: Is Liuhe Night Market still worth visiting? A: It is smaller than it used to be; many locals prefer Ruifeng Night Market, which is close to Kaohsiung Arena MRT station and closed on Mondays and Wednesdays.
        Q: Can I bring my dog? A: Pets are allowed but must be leashed or carried; during peak hours (8 to 10 pm) the aisles are very crowded, so a pet stroller is strongly recommended.
        Q: How do vendors get a stall? A: Permanent stalls are allocated by a public lottery run by the city market office; applicants need a business registration and a food hygiene course certificate.
        Q: Is there a tourist service centre? A: Shilin Night Market has a service point at the Shilin Market building on Jihe Road, where staff can help in English and Japanese.
        Q: Which stalls are on the Michelin Bib Gourmand list? A: Since 2018 the Michelin Guide Taipei has listed several night market stalls, such as Fuzhou Shizu Pepper Buns at Raohe and Liu Yu Zi at Ningxia.
        Q: Are there lockers nearby? A: Coin lockers are available at some MRT stations, usually NT$20 to NT$50 per three hours depending on size; the night markets themselves have no luggage storage.
        Q: What happens if it rains? A: Most night markets stay open in light rain; when a typhoon warning is issued the city may order closures, announced on the city government website and the market's Facebook page.
    """),
    ("zh-Hans", "夜市攻略与历史"): _lines("""
        台湾夜市的雏形可追溯至清代的庙口市集，例如基隆庙口夜市就是围绕奠济宫发展起来的，早期摊贩主要服务进香客与码头工人，后来才演变为观光夜市。
        士林市场始建于1909年，以慈諴宫前的广场为中心逐渐扩展到大南路、文林路一带，如今的士林夜市是台北规模最大、外国游客最多的夜市之一。
        饶河街观光夜市于1987年正式设立，全长约六百米，以松山慈祐宫为起点沿饶河街延伸，入口的彩绘牌楼是游客最常拍照打卡的地点。
        台中逢甲夜市以逢甲大学为中心向外扩散，周末人流据估计超过十万人次，大肠包小肠、明伦蛋饼等小吃都是在这里走红后才传遍全台。
        美食作家焦桐在《台湾味道》一书中收录了大量夜市小吃的源流与做法，从蚵仔煎到担仔面，被不少夜市餐饮从业者当作入门参考读物之一。
        米其林指南2018年首次推出台北版，首届必比登推荐名单就收录了宁夏夜市刘芋仔、饶河夜市福州世祖胡椒饼等多个夜市摊位，带动了观光人潮。
        新加坡的巴刹夜市（pasar malam）多为流动式，由持牌主办单位在各个组屋区轮流设摊，每处通常停留一周左右，须事先向国家环境局申请临时摊位准证。
        马来西亚吉隆坡的亚罗街（Jalan Alor）美食街毗邻武吉免登，营业至凌晨，沙爹、炒粿条和榴莲摊最受游客欢迎，周末晚上几乎一位难求。
        香港油麻地庙街夜市因附近的天后庙而得名，晚上摊档售卖衣物、电子产品和纪念品，周边的大排档和算命摊也常常成为港产片的取景地。
        夜市常见的大肠包小肠据传起源于台湾中部，以糯米肠剖开夹入烤香肠，再加上蒜片、酸菜和酱汁，2000年以后在各大夜市迅速普及。
        夜市小吃价格参考（2025年）：蚵仔煎约70至90新台币，珍珠奶茶60至75，炸鸡排85至100，臭豆腐60至80，比十年前平均上涨约三成。
        摆摊选址小贴士：靠近入口、公厕或捷运出口的摊位客流量最大，但租金通常高出两到四成；新手建议先在周末市集试卖，再去申请固定摊位抽签。
        台北市市场处资料显示，全市目前列管的观光夜市与商圈型夜市共十余处，摊贩需持有许可证方可营业，无证摊贩取缔后可处新台币1200元以上罚款。
    """),
    ("mixed", "發票與價目表"): _lines("""
        電子發票證明聯 發票號碼 TX-83927461 2025-11-18 21:37:52 賣方統編 53212539 品項：鹽酥雞大份×1 $120、甜不辣×1 $40 合計 NT$160 隨機碼 7731
        Price list｜福記炭烤玉米 Grilled Corn：原味 Original $70、辣味 Spicy $80、加起司 Add cheese +$20；No MSG，本攤接受 LINE Pay、街口支付與悠遊卡。
        收據 Receipt No. RH-20251119-0412 饒河夜市服務中心 清潔費 Cleaning Fee 2025年11月 NT$500 攤位 Stall B-14 經手單位：服務中心櫃台
        月租金繳費通知 Rent Notice：攤位 S-C07 114年12月 月租 NT$4,800 + 電費 NT$1,126（201 kWh × 5.6）= NT$5,926，繳費期限 12/10，逾期每日加收0.5%滯納金。
        菜單 MENU｜阿鴻臭豆腐 Stinky Tofu：酥炸 Fried $60、麻辣鴨血臭豆腐 Spicy Mala $90、清蒸 Steamed $70；泡菜免費續 free kimchi refill，內用請自取餐具。
        Wholesale invoice 統一發票 No. QK-20481736 賣方：大成長城企業股份有限公司 品名：冷凍雞排 3kg×10箱 單價 NT$1,150 含稅總計 NT$12,075
        貨運單 Tracking No. 9071-2288-3304 黑貓宅急便，寄件單位：逢甲夜市服務中心（台中市西屯區文華路），內容物：攤位號碼牌 x60，預計 11/21 到貨。
        價目表 2026 New Price：珍珠奶茶 Bubble Milk Tea M $55 / L $65，黑糖鮮奶 Brown Sugar Latte L $75，甜度冰塊可調 sweetness & ice adjustable，外送平台價格另計。
        Vendor quotation 報價單 Q-2025-118：帆布攤篷 3m×3m 防水 PVC，含印字 logo，單價 NT$6,800，30 頂以上打九折，交期 14 個工作天，報價有效至 2025-12-31。
        SKU 對照表：NM-SNK-001 雞排、NM-SNK-002 鹽酥雞、NM-DRK-010 木瓜牛奶、NM-DRK-011 冬瓜茶；商品條碼採 EAN-13，前綴 471 代表台灣。
        Credit note 折讓單 No. CN-114-0087：原發票 TX-83927461 因品項誤植退還 NT$40，買方為一般消費者不需統編，賣方已於 2025-11-19 完成作廢並重新開立。
        攤位租賃合約費用明細 Fee schedule：押金 Deposit 兩個月租金、管理費 Management NT$800/月、垃圾清運 NT$300/月、水費依表計；合約期間一年，可續約一次。
        夜市聯合促銷 Promo：11/28 至 12/1 於參加攤位消費滿 NT$300 可至服務中心兌換抽獎券一張，獎品包含 Gogoro 試乘體驗券與全聯禮券，活動洽詢 02-2763-5733。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        攤商名冊：B-14 林秀鳳，身分證字號E220835177，手機0921-386-504，戶籍地址高雄市三民區建工路四段217巷9號3樓，業別：鳳梨酥禮盒。
        欠租通知：S-C07攤位負責人張家豪先生已積欠114年9月至11月租金共NT$14,400，請於12月10日前繳清，否則依契約終止攤位使用權。
        群組裡有人說阿勇最近開始洗腎，一個禮拜要去醫院三次，所以攤位都是他老婆在顧，大家收攤的時候多幫忙一下。
        衛生稽查紀錄：R-27攤位（胡椒餅）負責人陳志明現場拒絕出示健康檢查證明，當事人自述上月檢查為B型肝炎帶原，已轉介衛生所追蹤。
        顧客糾紛：消費者黃小姐（0937-215-886）投訴A-11攤位找錯錢，並稱攤主王淑芬出言辱罵，雙方已於饒河街派出所製作筆錄。
        林太上禮拜在攤位昏倒送馬偕，醫生說是懷孕初期貧血，這個月她的抽籤資格要不要先幫她保留？
        退款匯款資料：戶名 蔡明憲，中華郵政（700）局號0021436 帳號0587913，請將溢繳的11月清潔費NT$500匯入此帳戶。
        機車違停拍照：車牌MLK-3275停在消防通道上，車主是C排賣香腸的許先生，這已經是這個月第三次了，請管委會處理。
        監視器畫面顯示，11/18晚上10點45分偷拿收銀機零錢的是D-09攤位的工讀生吳冠廷，今年17歲，高職二年級。
        攤位轉讓同意書：讓與人鄭玉蘭（H244170934）同意將饒河夜市B-22攤位使用權讓與其子鄭凱文（F127649025），雙方簽章如後。
        明天要補貨的話直接打這支0928-774-130，是我私人手機，攤位那支晚上常常沒電。
        阿珠姐離婚以後攤位登記還在前夫名下，現在兩個人在吵誰有權利續約，管委會說不想介入家務事。
        扣押命令：攤商劉建宏因積欠銀行信用卡債務約新臺幣86萬元，法院已扣押其攤位營業收入，請管委會配合提供每月營業額資料。
        健康檢查報告：受檢者楊雅婷，出生日期1988/03/17，胸部X光正常，A型肝炎抗體陰性，建議補打疫苗；用途：夜市攤商換證。
        RH-B07,謝文傑,A185367201,0955-612-083,新北市板橋區文化路一段188巷22號5樓,蔥油餅,已繳
        LINE群對話截圖：「@小胖 你上次借的五千塊什麼時候要還？已經兩個月了」——小胖就是A區賣珍奶的邱柏翰。
        抽籤報名表：姓名 曾美惠／性別 女／出生 1975年8月2日／身分證 K226133499／手機 0919-502-736／申請區域 青年創業專區以外之B區。
        得標名單（遮罩版）：A-03 李○華 0912-***-417、A-11 周○芬 0935-***-902，完整聯絡資料請洽市場處攤販管理科。
        欸昨天那個客人說要告我們啦，他叫何俊毅，說吃了我們的蚵仔煎拉肚子住院兩天，住在台大醫院，要求賠醫藥費一萬二。
        攤主蘇麗卿的先生上個月酒駕被抓，駕照被吊銷，所以以後都是她自己開車載貨，早上會晚一點到市場。
        統一證號F802917366，越南籍配偶阮氏蘭目前在C-03攤位幫忙顧攤，想請問她需要另外申請工作許可嗎？
        寄貨地址（住家）：台南市中西區海安路二段318號4樓之2，收件人陳怡君，電話06-2215-384，平日晚上八點後才在家。
        薪資明細：工讀生羅家瑜11月工時86小時，時薪NT$190，應領NT$16,340，扣勞健保後實領NT$15,512，匯入國泰世華（013）帳號050-50-302875-1。
        投訴信轉寄：寄件人kaiwen.tsai1992@gmail.com表示在士林夜市被攤販強迫購買，附上收據與本人自拍照，要求退款NT$1,200。
        拍照存證：車號AKE-6620的白色休旅車每晚擋住卸貨區，問過才知道是住在饒河街140巷的羅先生，已經向松山分局檢舉。
    """),
    "zh-Hans": _lines("""
        摊主登记表：姓名 郭海涛，身份证 350203198607143021，手机 138 0592 7714，籍贯福建厦门，来台探亲期间在夜市帮亲戚摆摊。
        陈先生你好，你3月到5月的摊位费一共4,500元还没交，再不交就要取消你明年的抽签资格了，有困难可以私下跟我说。
        顾客投诉：李女士称在饶河夜市买的烤鱿鱼导致她孩子过敏送医，要求摊主赔偿医药费，联系电话 +86 186 2043 5518。
        深圳来的游客刘志伟在士林夜市遗失钱包，里面有身份证（440306199102284719）和港澳通行证，已送交士林分局处理。
        阿强他老婆说他欠了地下钱庄二十多万，摊位这几天都没开，讨债的人还跑到市场来找他。
        摊商微信群：@王姐 你女儿的手术费筹得怎么样了？大家凑了12,000块，明天我拿去医院给你。
        快递单：收件人 周文斌，地址 江苏省苏州市昆山市前进中路168号翠微花园7栋1502室，电话 15862017734，品名 凤梨酥礼盒×6。
        社媒截图：「那个卖臭豆腐的孙国栋就是当年在逢甲被抓的毒贩，刚放出来又来摆摊」，发帖账号 @fengjia_night88。
    """),
    "en": _lines("""
        Vendor roster export: stall RH-A05, owner Chen Wei-ting, mobile +886 933 508 271, email weiting.chen.stall@gmail.com, permit 北市攤字第1140318號.
        Complaint ticket #4471: customer Sarah Lim (Singapore, NRIC S8834127I) says she was charged NT$600 for a NT$60 drink at Shilin; her card ending 4417 was billed twice.
        Heads-up: Mr. Kuo at C-12 told me he is starting chemo next month, so his son will run the stall on weekdays; please do not reassign his lottery slot.
        Rent arrears list, Nov 2025: Hsu Mei-ling (B-19) NT$9,600 overdue 62 days; Tsai Kun-lin (D-03) NT$4,800 overdue 35 days; reminders sent via LINE.
        Lost and found log: passport found near the toilets, holder WONG Ka Yan, HKID K483920(A), DOB 12-04-1996; owner reached via her hotel and collected it at 23:10.
        Please update my bank details for the deposit refund: Taishin Bank (812), account 2888-10-0356712-0, account holder Liao Pei-shan.
        Photo caption for the incident report: the man in the red jacket is the stall helper Ah-Kiat, seen shoving a customer at 22:05; he was taken to Songshan precinct and released on bail.
        Night shift guard Daniel Ong, 0966-210-473, home at No. 27, Lane 58, Sec. 5, Bade Rd, Songshan District, Taipei; call him if the alarm goes off.
    """),
    "ms": _lines("""
        Senarai peniaga pasar malam Taman Connaught: Lot 47, Siti Aminah binti Ismail, No. KP 850312-14-5523, tel 012-738 4016, jualan nasi lemak.
        Encik Razak dari lot 12 belum bayar sewa tapak tiga bulan, jumlah RM450, katanya dia baru diberhentikan kerja di kilang.
        Aduan pelanggan: Puan Lee Mei Chin (019-552 3871) mengadu tertelan serpihan kaca dalam air tebu di gerai 23 dan kini dirawat di Hospital Kuala Lumpur.
    """),
    "mixed": _lines("""
        攤位申請 form：Name 黃士豪 / Taiwan ID B230514682 / DOB 1990-07-21 / Mobile 0970-118-352 / Email shihhao.huang90@yahoo.com.tw / Category 炸物
        Admin note：A-08 的 Amy 張說她 salary 只有 NT$28,000，房租快付不出來，想申請攤位費分期，請 committee 下次開會討論。
        LINE 私訊 screenshot：老闆娘 Judy 說她老公 Kevin 上週 stroke 住院，目前在林口長庚 ICU，攤位先暫停營業兩週。
        Singapore pasar malam vendor Tan Boon Huat, FIN G5178302L, PayNow 9127 4408, 欠 organiser S$1,320 場地費 since October.
        顧客糾紛 follow-up：customer 廖先生（機車 plate BRT-6092）要求 refund NT$3,500，因為他的手機 screen 被攤位的熱油濺到。
        收據 photo 上面有 card holder 名字 CHIANG YU-HSUAN 和卡號後四碼 8832，請先打 mosaic 再上傳到群組。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是饒河街觀光夜市自治會的行政助理，協助幹部整理攤商名冊與催繳訊息，回覆請使用繁體中文。",
        ),
        (
            "user",
            "幫我把這段整理成表格：B-03 吳淑惠 0918-227-640 蔥抓餅 已繳；B-04 方志偉 0987-003-215 烤魷魚 欠繳兩個月，共NT$9,600。",
        ),
        (
            "assistant",
            "整理如下：攤位B-03｜吳淑惠｜0918-227-640｜蔥抓餅｜已繳；攤位B-04｜方志偉｜0987-003-215｜烤魷魚｜欠繳兩個月（NT$9,600）。",
        ),
        ("user", "欠繳的那位要怎麼寫催繳訊息比較客氣？他說最近老婆生病住院。"),
        (
            "assistant",
            "可以這樣寫：方先生您好，得知夫人住院，先祝早日康復。提醒您10月、11月攤位費共NT$9,600尚未繳納，若需分期或延後，歡迎與服務中心討論，我們會盡量協助。",
        ),
    ],
    [
        (
            "user",
            "有個客人說吃了我們攤的鹽酥雞食物中毒，他叫黃建銘，電話0932-664-018，說要去消保官那邊申訴，我該怎麼辦？",
        ),
        (
            "assistant",
            "先保持冷靜並保留證據：當天的進貨單、油品更換紀錄與發票存根。建議主動聯絡黃先生了解就醫情形與診斷證明，必要時可透過產品責任險處理理賠。",
        ),
        (
            "user",
            "他傳了診斷書照片過來，上面寫急性腸胃炎，出生年月日是1983年5月9日，這樣可以要求保險公司理賠嗎？",
        ),
        (
            "assistant",
            "可以先將診斷書、收據與事故經過提供給保險公司申請產品責任險理賠；轉傳診斷書時請只傳給承辦人員，不要貼到攤商LINE群，以保護對方的個人資料。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for English-speaking visitors to Taipei night markets.",
        ),
        (
            "user",
            "Hi, I'm Jonathan Reyes from Manila. I lost my passport (P4827193B) at Shilin Night Market around 9 pm. My hotel number is +886 2 2550 1133 and my mobile is +63 917 552 8041. What should I do?",
        ),
        (
            "assistant",
            "Sorry to hear that, Jonathan. First, report the loss at the Shilin Police Precinct near the market and ask for a police report. Then contact the Manila Economic and Cultural Office in Taipei to apply for a travel document.",
        ),
        (
            "user",
            "Thanks. Should I also ask the market service centre? Someone said a stall owner picked up a blue wallet.",
        ),
        (
            "assistant",
            "Yes, go to the service centre with your police report and describe the wallet. They can check the lost and found log and call you on your mobile if anything matching your passport turns up.",
        ),
    ],
    [
        (
            "user",
            "我是在台湾夜市摆摊的陆配，叫梁春梅，依亲居留证统一证号是F903746210，摊位欠了半年租金3万6，管委会说要收回摊位，我该怎么办？",
        ),
        (
            "assistant",
            "梁女士，先别着急。建议你先查看租赁合约中关于欠租终止的条款，再主动和管委会协商分期还款方案，并以书面方式留存协商纪录。",
        ),
        ("user", "我老公去年中风以后都不能工作，家里就靠这个摊位，还有两个小孩在读书。"),
        (
            "assistant",
            "了解你的困难。可以向所在区公所社会课申请急难救助或中低收入户资格审查，同时附上医院证明向管委会说明家庭状况，多数自治会会愿意给予缓冲期。",
        ),
    ],
    [
        (
            "system",
            "You are NightMarketBot, a LINE bot for the Fengjia Night Market vendor group. Escalate urgent issues to the duty officer 邱經理 at 0912-880-473 or qiu.duty@fengjia-vendors.tw. Reply in 繁體中文 or English.",
        ),
        ("user", "電錶又跳電了，C排全部沒電，現在客人很多！"),
        (
            "assistant",
            "已收到，這屬於緊急狀況，我已通知值班的邱經理（0912-880-473），請先關閉大功率電器，避免復電時再次跳脫。",
        ),
        ("user", "Thanks. Also remind everyone the inspection is tomorrow."),
        (
            "assistant",
            "已在群組發送提醒：明天晚上衛生局將進行稽查，請各攤確認冷藏溫度紀錄、口罩帽子與砧板生熟分開。",
        ),
    ],
    [
        ("system", "你是協助夜市攤商準備衛生稽查文件的助理。"),
        (
            "user",
            "這是稽查員留下的紀錄：攤位C-15，負責人朱俊傑，身分證R188027360，健康檢查證明已過期，另外他有糖尿病，手上有傷口沒包紮。要怎麼改善？",
        ),
        (
            "assistant",
            "建議朱先生盡快到醫療院所重新做從業人員健康檢查並取得新證明；手部傷口應先消毒包紮並戴上拋棄式手套再處理食品，糖尿病患者傷口癒合較慢，請留意感染。",
        ),
        ("user", "改正期限是下週三，複查前還需要準備什麼？"),
        (
            "assistant",
            "請準備：新的健康檢查證明正本與影本、每日冷藏溫度紀錄表、清潔消毒紀錄，以及改善前後的照片，複查時一併出示給稽查員。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk penganjur pasar malam di Selangor."),
        (
            "user",
            "Tolong semak borang undian tapak: Nama Mohd Faizal bin Hashim, No. KP 900214-10-6231, telefon 013-284 9075, alamat No. 18, Jalan SS 2/55, Petaling Jaya. Dia mohon lot makanan.",
        ),
        (
            "assistant",
            "Borang Encik Mohd Faizal lengkap: nama, nombor KP, telefon dan alamat ada. Pastikan salinan lesen PBT dan sijil kursus pengendali makanan dilampirkan sebelum undian.",
        ),
        ("user", "Dia juga ada hutang sewa RM600 dari tahun lepas. Boleh dia masuk undian?"),
        (
            "assistant",
            "Bergantung pada syarat penganjur. Biasanya tunggakan sewa perlu dijelaskan dahulu; anda boleh benarkan dia menyertai undian dengan syarat hutang RM600 dibayar sebelum tapak diserahkan.",
        ),
    ],
    [
        (
            "user",
            "抽籤那天我沒辦法去，想請我女兒代為出席，委託書要寫什麼？我叫施春梅，身分證S287304156，我女兒叫施佳穎。",
        ),
        (
            "assistant",
            "委託書建議包含：委託人施春梅及身分證字號、受託人施佳穎及其身分證字號、委託事項（代為出席114年度攤位抽籤並簽收結果）、日期與雙方簽章，並附雙方身分證影本。",
        ),
        ("user", "她的身分證是S226081941嗎？我記不太清楚，幫我檢查格式對不對。"),
        (
            "assistant",
            "S226081941的格式是英文字母加9位數字，第二碼2代表女性，格式上看起來正確，但檢查碼是否有效仍請以她身分證正本為準，避免抽籤當天被退件。",
        ),
    ],
    [
        (
            "system",
            "You help Temple Street hawkers in Hong Kong with licence paperwork. 可用粵語、中文或英文回答。",
        ),
        (
            "user",
            "我老竇陳錦輝（HKID Y520673(A)）個小販牌想轉俾我，我叫陳家樂，電話6273 4158，要準備啲乜？",
        ),
        (
            "assistant",
            "一般需要持牌人陳錦輝先生同受讓人你本人嘅身份證副本、小販牌照正本，以及食物環境衞生署指定嘅申請表格，建議先致電食環署熱線2868 0000查詢最新安排。",
        ),
        ("user", "佢而家入咗老人院，有腦退化，自己簽唔到名點算？"),
        (
            "assistant",
            "如果陳先生因認知障礙無法簽署，可能需要由監護委員會委任嘅監護人或持有持久授權書嘅人代為處理，請帶同醫生證明向食環署查詢。",
        ),
    ],
    [
        ("system", "你是夜市自治會的LINE群管理小幫手，負責摘要群組爭議。"),
        (
            "user",
            "幫我摘要一下：阿國說美玲姐欠他三萬塊貨款不還，美玲姐說那是阿國打麻將輸給她先生的錢，兩個人在群組吵到半夜。",
        ),
        (
            "assistant",
            "摘要：阿國主張美玲姐積欠三萬元貨款；美玲姐表示該筆款項與阿國和她先生之間的麻將債務有關。雙方說法不同，建議私下調解，勿在群組公開討論。",
        ),
        ("user", "要不要把他們踢出群組？"),
        (
            "assistant",
            "不建議直接踢人，可先由理事長私訊兩位，提醒群組僅討論攤位公務；若涉及金錢糾紛，可建議他們到鄉鎮市調解委員會處理。",
        ),
    ],
]
