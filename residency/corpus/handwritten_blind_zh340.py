# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh340: 繁體中文（香港）街市檔口與魚檔（檔主資料、租約、欠租、食環署巡查、顧客投訴、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh340
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "街市告示"): _lines("""
        【食物環境衞生署通告】北河街街市將於2026年12月15日（星期二）全日休市進行大清洗，所有檔位須於前一日晚上9時前清空地面貨品，查詢請致電食環署熱線2868 0000。
        各位檔戶注意：根據《公眾街市規例》，活魚檔須保持魚缸循環水泵正常運作，每日最少換水一次，違者可被扣分，累積15分者租約可被終止。
        街市管理處公告：由2027年1月1日起，街市開放時間改為上午6時至晚上8時，2樓熟食中心維持至晚上11時，如有查詢請到地下G12室管理處。
        颱風安排：天文台懸掛八號烈風或暴風信號時，街市即時暫停開放，檔戶請預先將冰櫃電源接駁至後備插座，並將貨品移離排水渠口，除下信號後兩小時內重開。
        防治蟲鼠通告：本街市將於每月第一個星期三晚上10時後放置鼠餌及進行滅蚊噴霧，檔戶請將食物妥善存放於有蓋容器內，切勿觸碰鼠餌盒。
        招租公告：灣仔街市地下鮮魚檔位F07、F09及家禽檔位P03現以公開競投形式招租，底價每月$3,200起，投標表格可於食環署網站下載，截標日期2027年1月8日中午12時。
        重要提示：所有冷藏及冰鮮魚類不得以活魚名義出售，亦不得在冰鮮魚上淋水冒充新鮮，違者可被檢控，最高罰款$10,000及監禁3個月。
        街市空調系統保養期間（12月9日至12月11日），地下鮮活食品區溫度可能較高，請檔戶加冰保鮮，不便之處敬請見諒。食環署九龍城區環境衞生辦事處啟。
        為配合「智慧街市」試驗計劃，各檔位須於2027年3月31日前安裝電子收款系統（八達通、轉數快FPS或支付寶HK任選其一），資助上限每檔$5,000。
        膠袋徵費提示：現時每個膠袋徵費為$1，但用作包裝未經處理的鮮魚、海產、肉類及蔬果而又沒有手挽的膠袋可獲豁免，請檔戶向顧客清楚說明。
        失物認領：上星期六於街市1樓拾獲黑色雨傘一把、無記名八達通卡一張及購物拖車一架，失主請帶同證明到管理處認領，保留期為14日。
        檔位冷凍房使用守則：每檔只可使用編號相符的冷凍格，貨箱必須標明檔號（如F15）及入貨日期，逾期7日未取之貨品將由管理處清理。
        食環署與機電工程署將於12月20日凌晨2時至5時聯合檢查街市消防喉轆及緊急照明，屆時部分通道將暫時封閉，請留意現場指示。
    """),
    ("zh-Hant", "WhatsApp群_檔口工作"): _lines("""
        [08/12/26 05:42] 今朝長沙灣魚市場班貨車遲咗，石斑同老虎斑要7點先到，大家開檔先擺凍肉同冰鮮貨，唔好等住。
        [08/12/26 06:15] 批發商發票號碼INV-2026-118734已經收到，海蝦40斤、鮮魷15斤，總數$6,880，記得月尾過數，收據放咗入第二格抽屜。
        [08/12/26 06:31] 冰廠話今日起要加價，每包碎冰由$28變$32，佢哋寫字樓熱線係2481 3390，有問題直接打去問，唔好再喺群入面嘈。
        [08/12/26 07:02] 食環署嘅人九點左右會嚟巡，水缸溫度計記得抹乾淨，魚缸蓋要冚返，地下唔好積水，上次就係因為呢個扣咗分。
        [08/12/26 09:48] 巡完喇，冇扣分👍 不過佢提我哋標價牌要寫清楚係每斤定每兩，下星期前改好，用返新印嗰批價錢牌。
        [08/12/26 11:20] 有客投訴話琴日買嘅鯇魚腩唔新鮮，已經退咗$45俾佢，大家劏魚之前睇清楚魚鰓顏色，唔好再賣隔夜貨。
        [08/12/26 12:05] 今日午市淨係得三條大紅斑，邊個接到酒樓訂單記得寫入Google Sheet「訂單_12月」，唔好寫喺紙仔度。
        [08/12/26 14:30] 收檔前記得將冰櫃溫度校返-18°C，上次跳咗掣差啲成櫃貨報銷，電器公司維修單號係EM-77012，有事就報呢個號。
        [08/12/26 15:10] FPS收款二維碼換咗新嘅，舊嗰張貼紙撕咗佢，新嘅FPS識別碼係1688523，收款名稱顯示「發記海鮮有限公司」，客問就咁講。
        [08/12/26 16:45] 聽日冬至，客會多好多，魚蛋、鯪魚肉同蝦膠多入兩倍，四點開工，記住著水鞋同戴手套，唔好著拖鞋入檔。
        [08/12/26 17:20] 領展通知下個月起街市檔位管理費加5%，每月變$1,260，通知書已經影咗上嚟群，睇完冇問題就照交。
        [08/12/26 18:03] 今晚收檔後要洗地，清潔公司會派兩個人嚟，時間大約9點至10點半，最後走嗰個記得閂總掣同鎖閘。
        [08/12/26 21:12] 今日營業額：現金$12,340，八達通$3,215，FPS $5,870，合共$21,425，比上星期同日多咗8%，辛苦晒大家🙏
    """),
    ("zh-Hant", "魚檔價目表"): _lines("""
        【陳根記海鮮】今日時價（每斤）：游水東星斑$398、老虎斑$168、青衣$220、沙鯭$88，以上價錢以即日魚市場來貨為準，恕不另行通知。
        冰鮮區特價：挪威三文魚扒$58/件、南非鮑魚（6隻裝）$98、急凍蝦仁（500g）$45、日本帆立貝（1kg盒裝）$268，買滿$300送碎冰一包。
        魚腩魚骨：鯇魚腩$32/斤、大魚頭$28/個、魚骨煲湯料$15/包，另設代劏服務，劏魚、去鱗、切件均免費，起骨另加$10。
        蝦蟹貝類（時價）：基圍蝦$188/斤、花蟹$160/斤、膏蟹$320/斤、聖子皇$120/斤、蟶子$80/斤，落雨或颱風過後價格可能上升。
        英記凍肉價目（2026年12月）：美國豬扒$42/斤、巴西牛腩$68/斤、澳洲羊架$158/斤、冰鮮雞全隻$88，月結食肆客戶另有九五折。
        冬至及新年預訂：盤菜海鮮套裝A（鮑魚、蝦、帶子、魚肚）$688，套裝B（加蠔豉、髮菜）$888，須於12月18日前落訂，門市或WhatsApp 5123 8888均可訂購。
        鹹魚乾貨：馬友鹹魚$380/斤、曹白鹹魚$220/斤、蝦米（大）$260/斤、瑤柱（日本北海道2L）$980/斤，均可試食，歡迎批發查詢。
        批發價（每箱20斤）：冰鮮黃花魚$520、急凍鯧魚$680、越南巴沙魚柳$360，只限持有效商業登記之餐廳及食肆訂購，最低訂購量3箱。
        價目表版本v2026.12.08，SKU對照：FSH-GRP-001 東星斑、FSH-GRP-002 老虎斑、SHL-CRB-010 膏蟹、SHL-PRW-003 基圍蝦，收銀機更新後請核對。
        菜檔今日價：菜心$18/斤、白菜仔$12/斤、通菜$14/斤、番茄$16/斤、薑$28/斤，兩斤以上每斤減$2，現金及八達通均可。
        燒味檔套餐：叉燒$68/半斤、燒肉$78/半斤、白切雞$98/半隻、豉油雞$108/半隻，逢星期一休息，加$5可以轉肥叉。
        鮮活魚類重量以劏前計算，售價已包括冰及膠袋。本檔電子磅已通過海關度量衡檢查，證書編號WMC-2026-0457，歡迎顧客自行覆磅。
        今日推介：漁護署「優質養魚場計劃」出品黃立鱲$128/斤、金鼓$168/斤，產地：西貢滘西洲魚排，可提供來源證明及養殖場編號。
    """),
    ("en", "fehd_tenancy_faq"): _lines("""
        Q: Who can bid for a public market stall? A: Anyone aged 18 or above may submit a tender, but the successful bidder must run the stall in person and may not sublet it.
        Q: How many assistants can a stall tenant register? A: Up to four registered assistants per stall; any change must be reported to the market office within 14 days.
        Q: What happens if the rent is overdue? A: A reminder is issued after 7 days; if the arrears stay unpaid for a month, FEHD may terminate the tenancy and recover the stall.
        The Food and Environmental Hygiene Department runs about 100 public markets across Hong Kong; enquiries can be made through the 1823 hotline or at any district environmental hygiene office.
        Under the Public Health and Municipal Services Ordinance (Cap. 132), live fish must be kept in tanks with aerated, circulating water and must never be displayed on the floor.
        Points system: each breach of tenancy conditions carries 3 to 5 points; a tenant who accumulates 15 points within 12 months may have the tenancy terminated after a written warning.
        Chilled meat must be held at 0-4°C and frozen meat at -18°C or below; stalls found with a faulty display chiller will receive a written warning and a re-inspection within 48 hours.
        The Secretary for Environment and Ecology, Tse Chin-wan, has said the Market Modernisation Programme will be extended to more markets after the pilot at Aberdeen Market.
        Tender result notice TN/2026/KC/031: Stall F12 at Kowloon City Market, trade fresh fish, awarded at a monthly rent of HK$4,150; the full list is posted at the market office.
        Stall rent can be paid by autopay, at any post office, through the GovHK payment portal, or by crossed cheque made payable to The Government of the HKSAR.
        Tenants must display the stall number, the approved trade and the price of every item in a conspicuous position; handwritten price cards are accepted if they are legible.
        Complaints about short weights can be made to the Customs and Excise Department on 2545 6182, quoting the stall number, the date and time of purchase and the item bought.
        During the pandemic, the Government granted public market tenants several rounds of rent waivers under the Anti-epidemic Fund, and stalls closed by order were also given cleaning subsidies.
    """),
    ("mixed", "租約條款"): _lines("""
        第5條 Rent 租金：承租人須於每月7日或之前繳付當月租金HK$4,150，逾期未付者，出租人可按日收取0.05%之利息（interest on arrears）。
        Clause 8 Sub-letting 分租：The Tenant shall not assign, sublet or part with possession of the Stall or any part thereof，違者出租人有權即時終止本租約。
        第12條 冷凍設備：出租人提供之cold room冷凍格編號C-15，承租人須自行負責電費，按電錶讀數每度$1.45計算，每月與租金一併繳交。
        Schedule 1 附表一：Stall No. F23, Trade 經營品種: Fresh Fish 鮮魚, Area 面積: 3.2 m², Term 租期: 2027-01-01 to 2029-12-31, Deposit 按金: three months' rent.
        第15條 Termination 終止：任何一方可給予對方不少於一個月書面通知（one month's written notice）終止本租約，按金將於交還檔位後30日內無息退還。
        租約範本版本 TA-PM-2026v3，適用於九龍城、紅磡及土瓜灣三個公眾街市，修訂內容包括 clause 9A 滅蟲費分攤及 clause 20 電子收款設備安裝責任。
        Clause 18 Hygiene 衞生：承租人須確保檔位範圍內無積水、無雜物阻塞通道，並須遵守《食物業規例》（Cap. 132X）之有關規定。
        第22條 Dispute Resolution 爭議解決：本租約受香港特別行政區法律管轄，如有爭議，雙方同意先交由認可調解員調解，調解不成方可訴諸法院。
        附表二 Rent Review 租金檢討：每兩年按政府統計處甲類消費物價指數（CPI(A)）調整一次，每次加幅上限為10%，以書面通知為準。
        Special Condition 特別條款：Tenant may install one LED signboard not exceeding 1.2m × 0.4m，招牌內容只可顯示檔號、商號名稱及經營品種。
        由領展資產管理有限公司（Link Asset Management Limited）管理之街市，租約以英文版本為準，中文譯本僅供參考（the English version shall prevail）。
        第9A條 Pest Control 滅蟲：每月滅蟲費HK$180由承租人分擔，收費單號格式為PC-YYYYMM-檔號，例如PC-202701-F23，請保留收據。
        Clause 25 Notices 通知：All notices shall be served at the Stall or at the Market Management Office, Unit G12, G/F，以掛號郵遞方式送達即視為已送達。
    """),
    ("zh-Hant", "商戶食評"): _lines("""
        「華哥魚蛋粉」喺街市熟食中心二樓，魚蛋彈牙、湯底用大地魚熬，$42一碗唔算貴，不過繁忙時間要等20分鐘，建議下晝三點後先嚟。
        北河街街市嗰檔「新記魚檔」啲魚真係好生猛，老虎斑即場劏，老闆會教你點蒸，價錢寫得清清楚楚，唔會呃秤，星期日仲有特價，值得推介。
        灣仔街市搬咗入新大樓之後乾淨好多，冷氣夠凍，地面冇乜水，不過檔位少咗，以前幫襯開嗰間乾貨鋪搬咗去春園街，對街坊嚟講有啲唔方便。
        一星：九龍城街市某蝦檔標明$128一斤，秤完變$188，話係「另一款」，已經投訴咗去海關，勸大家買之前問清楚價錢同影低價錢牌。
        「周記燒臘」嘅叉燒半肥瘦，蜜汁唔會太甜，$68半斤分量足，但係佢收檔好早，下晝兩點通常已經賣晒，想買要早啲去，或者打電話去留貨。
        香港仔街市翻新之後變得好光猛，仲有電子價目屏，海鮮檔有中英日文標示，遊客都睇得明，算係舊街市活化一個唔錯嘅例子，值得其他區參考。
        街坊推介：荃灣楊屋道街市「好味來」豆腐檔，滑豆腐$8一磚，煎釀三寶$12/3件，朝早9點前去最新鮮，收現金同八達通，星期一休息。
        Google評分4.6：「海之家」魚檔服務好好，代劏免費仲幫手切件包好，唯一缺點係冇位泊車，駕車人士可以泊附近嘅政府停車場。
        熟食中心嘅「肥姐小食」咖喱魚蛋好出名，據講開咗四十幾年，依家由第二代接手，但味道冇變，$15一串，排半個鐘隊都覺得值得。
        大埔墟街市熟食中心好多老字號，牛腩麵同奶茶都好出色，星期日朝早人山人海，搵位要眼明手快，記得自備紙巾同濕紙巾，飲品就記得走甜。
        投訴區：某街市凍肉檔冇標示產地，仲疑似將冰鮮雞當新鮮雞賣，已經向食環署舉報，希望署方盡快派人巡查，保障消費者權益，唔好再拖。
        推介中環街市活化後嘅美食廊，1939年落成嘅包浩斯風格建築保留得唔錯，雖然已經唔再賣生鮮，但係影相打卡一流，週末仲有手作市集。
        紅磡街市「兩姊妹」生果檔啲士多啤梨同車厘子揀得好靚，會俾你試食，就係價錢貴過超市少少，不過勝在新鮮又夠甜，送禮都唔失禮。
    """),
    ("mixed", "pos_log_config"): _lines("""
        2026-12-08T06:02:17+08:00 INFO pos.session stall=F23 event=session_open terminal=POS-KC-0023 firmware=3.8.1 cash_float=HKD 500.00 開檔成功
        2026-12-08T07:45:09+08:00 INFO payment.fps txn_id=FPS20261208074509A31 amount=HKD 268.00 status=SUCCESS merchant=發記海鮮有限公司
        2026-12-08T07:46:33+08:00 WARN scale.sync device=SCALE-F23-02 drift=+3.5g last_calibration=2026-06-30 action=請通知維修商重新校準電子磅
        2026-12-08T09:12:50+08:00 ERROR octopus.reader code=E102 card_read_timeout retries=3 fallback=cash 請檢查八達通讀卡器USB線
        config.yaml: market: Kowloon City Market, stall_id: F23, currency: HKD, tax_rate: 0.0, receipt_footer: 多謝惠顧 Thank you, printer: EPSON TM-T82III
        export const PRICE_UNIT = { catty: 604.79, tael: 37.8 }; // 1斤 = 604.79g，計價時四捨五入至小數點後一位
        SELECT sku, name_zh, unit_price FROM price_list WHERE stall_id = 'F23' AND updated_at >= '2026-12-01' ORDER BY sku; -- 冬至前價目核對
        receipt_no=RC-F23-20261208-0147 items=3 subtotal=HKD 456.00 discount=HKD 0.00 paid=OCTOPUS change=0.00 terminal=POS-KC-0023
        sha256(price_list_2026-12-08.csv)=9f2c7a1e4b8d03f6c5a9e7b21d4f8a60c3e5b7d9a1f2e4c6b8d0a2f4e6c8b0d2 已上載至雲端備份 bucket hk-market-pos-backup
        WhatsApp Business API webhook: POST /v1/messages template=order_ready lang=zh_HK variables=[F23, RC-F23-20261208-0152, 16:30] 取貨通知
        cron: 0 21 * * * /opt/pos/bin/daily_report --stall F23 --email accounts@fatkeeseafood.com.hk --format pdf # 每晚九點出日結報表
        2026-12-08T21:05:44+08:00 INFO report.daily total=HKD 21425.00 cash=12340.00 octopus=3215.00 fps=5870.00 txns=214 版本=v2.4.0
        inventory.csv header: sku,品名,產地,單位,入貨價,售價,入貨日期,供應商編號,冷凍格 例：SHL-CRB-010,膏蟹,湛江,斤,210,320,2026-12-08,SUP-0031,C-15
    """),
    ("zh-Hans", "街市历史与新闻"): _lines("""
        中环街市始建于1842年，现存大楼于1939年落成，属包豪斯风格，2021年活化后重新开放，成为集零售、餐饮与展览于一体的公共空间。
        澳门红街市建于1936年，由建筑师徐敬直设计，以红砖外墙闻名，至今仍是北区居民购买鲜活食品的主要场所，也是澳门的评定文物建筑。
        1970年代港督麦理浩任内大力推动新市镇建设，沙田、荃湾、屯门等地陆续兴建公共屋邨，并配套建设公众街市与熟食中心，方便新移入的居民。
        西西的小说《我城》描写七十年代香港的日常生活，书中主角阿果在城市中穿梭，街市、渡海小轮和屋邨都成为文学里的风景，影响了几代香港读者。
        舒巷城的《鲤鱼门的雾》以筲箕湾一带的渔村为背景，写出了渔民与海的关系，常被选作香港中学中文科的指定阅读篇章，广为学生熟知。
        动画电影《麦兜故事》中，麦太带着麦兜在大角咀的街市买菜，这一幕让不少观众想起童年跟家人一起逛街市、讨价还价的温馨童年回忆。
        新加坡老巴刹（Lau Pa Sat）建于1894年，铸铁结构在苏格兰铸造后运抵狮城，现为美食中心；竹脚中心（Tekka Centre）则以湿巴刹和印度美食著称。
        吉隆坡茨厂街的名字源于早年华人在此经营木薯粉厂，甲必丹叶亚来曾在这一带发展锡矿与商业，今天这里以夜市、中药铺和传统小吃闻名，吸引大批游客。
        据渔农自然护理署资料，香港现有26个鱼类养殖区，持牌海鱼养殖户约九百多个，主要品种包括石斑、鲷鱼及鲈鱼，多以鱼排方式养殖。
        油麻地果栏始建于1913年，属二级历史建筑，每晚凌晨时分仍有大批货车在此卸货，是香港最具代表性的水果批发市场之一，也是电影取景热点。
        台北环南市场于2021年完成改建后重新营运，新大楼设有冷链及污水处理设施，摊商陆续回迁，市场管理处电话为(02)2306-1234。
        香港鱼类统营处（Fish Marketing Organization）于1945年成立，负责管理长沙湾、香港仔等批发鱼市场，查询热线为2745 6222。
        电影《岁月神偷》以六十年代上环永利街为背景，任达华饰演的罗父在街边经营鞋铺，片中街坊邻里互相照应的情景，令许多观众深深怀念。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        檔主資料：陳志強，香港身份證 K456789(7)，手機 9632 5871，北河街街市鮮魚檔F14，住址：深水埗麗閣邨麗蘭樓1215室。
        林太話佢個仔上個月喺地盤跌親，依家仲喺明愛醫院留醫，所以呢兩個禮拜佢個菜檔都冇開，叫大家唔好再問佢幾時開檔。
        欠租通知：九龍城街市F12檔承租人黃國輝先生，截至2026年11月30日拖欠租金三個月共HK$12,450，請於14日內清繳，否則將終止租約。
        阿明話佢老婆同佢分咗居，兩個女跟媽媽住，佢而家一個人搬咗去大角咀劏房，每個月仲要俾$8,000贍養費。
        投訴人：梁美玲女士，聯絡電話6187 2290，投訴於11月28日在灣仔街市某魚檔購買石斑後出現嘔吐肚瀉，已到律敦治醫院求診。
        魚檔伙記阿強（何家強）上個禮拜俾警察喺檔口拉咗，聽講係涉嫌非法收受賭注，依家保釋候查，老細話暫時唔使佢返工。
        麻煩幫手轉帳$3,600租金去匯豐戶口 004-512-387291-833，戶口名：曾淑儀，備註寫「F09 12月租」，過咗數影張單俾我。
        肉檔鄧生個心臟唔好，上年做咗搭橋手術，醫生叫佢唔好再凌晨三點起身入貨，佢話做埋今年就退休。
        車牌NR 4821嗰架客貨車成日喺街市門口落貨阻路，查過係三號檔蔡老闆屋企人嘅車，已經向管理處反映咗三次。
        新員工登記表｜姓名：吳嘉欣｜出生日期：1998年4月17日｜身份證：Y823164(6)｜地址：將軍澳寶林邨寶勤樓806室｜緊急聯絡人：吳太（母親）9410 3386
        蘇太今朝喺群入面話佢有咗三個月，之後唔可以再搬重嘢，想搵人幫手頂佢嘅早更，有興趣嘅請私訊佢 5538 1027。
        郭偉倫欠咗大耳窿五萬蚊，琴晚有人淋紅油喺佢個魚檔閘度，管理處已經報警，報案編號KC RN 26001234。
        食環署巡查紀錄：F07檔持牌人余秀芳（身份證C672315(0)）未有標示價錢，扣3分，累積9分，下次再犯將發警告信。
        魚檔老闆娘肥姐（本名區鳳玲）話佢老公去年過咗身，依家得佢一個人撐住個檔，仲有兩個仔讀緊中學，好辛苦。
        WhatsApp群截圖：「@冼志豪 你十一月嘅人工$16,500已經過咗數，強積金供款$825，有問題聽日搵我。」
        顧客留言：我係住喺黃大仙竹園北邨桃園樓2312室嘅麥太，上星期喺你哋檔買嘅蟹有兩隻係死嘅，請打9876 1204搵我安排退款。
        羅伯（羅錦添）今年七十八歲，患咗柏金遜症，手震得好犀利，但仍然堅持每朝喺街市賣鹹魚，個女成日勸佢退休。
        私人分租協議：甲方彭永康將F18檔後半部分租予乙方鍾麗華，每月$2,000現金交收，乙方身份證號碼R318402(0)。
        租客姚志文嘅八達通自動增值連結咗佢張信用卡 4512 3498 7760 2213，上個月俾人盜用咗三千幾蚊，而家報咗警。
        管理處記錄：12月3日F02檔主譚麗珍同F03檔主溫家俊因爭用通道發生打鬥，溫先生頭部受傷送院縫咗六針。
        「張太，你土瓜灣美景街18號3樓B室嘅租已經遲咗兩個月，再唔交我就要入稟收返間屋，唔好話我唔俾面。」
        阿珊係雞檔嘅兼職，佢話佢患咗抑鬱症，要定期去葵涌醫院覆診，所以逢星期四都要請假。
        送貨紀錄：收件人 李文彬先生｜電話 6920 4417｜地址 沙田瀝源邨福海樓14樓1407室｜貨品：急凍蝦仁2盒、三文魚扒4件｜貨到付款$412
        菜檔德叔個女阿詠今年考DSE，但屋企欠咗銀行私人貸款二十萬，德叔日做菜檔夜做保安都仲未還得晒。
        食環署警告信副本：致 邱德華先生（鮮魚檔F21承租人），通訊地址：觀塘秀茂坪寶達邨達欣樓1908室，事由：檔位範圍外擺賣。
        檔主馮少芬係台灣嫁過嚟嘅，佢嘅中華民國身分證字號F228745199同護照副本都放咗喺檔案夾，準備交入境處續受養人簽證。
    """),
    "mixed": _lines("""
        Stall tenant record | Name: CHAN Siu-ming 陳少明 | HKID: Z590137(6) | Mobile: +852 9135 6620 | Stall: F05 Kowloon City Market | Arrears: HK$8,300
        喂 Kenny Lau，你張 cheque 彈咗票呀，$6,200 貨款，恒生戶口 024-381-556271-883 已經冇錢，聽日之前要 settle，唔係我哋就入小額錢債。
        Customer complaint #C-1208-07: Ms. Iris Wong (iris.wong.hk88@gmail.com) 話喺灣仔街市買嘅石斑唔新鮮，個仔食完食物中毒，要求退款及賠償醫藥費$680。
        澳門供應商 Ho Kam Fai 何錦輝，澳門居民身份證 5215763(2)，手機 +853 6628 4471，每星期二送兩箱冰鮮馬友嚟F14檔。
        Mandy 話佢個 BF 打佢，報咗 police，今日唔返檔，叫我哋 cover 佢嘅 shift，千祈唔好同其他檔口嘅人講。
        Singapore order: 陳偉傑 Tan Wei Jie, NRIC S8734219J, HP +65 9123 4477, 30kg frozen grouper 送到 Blk 214 Bedok North St 1 #08-123 S460214。
        馬來西亞幫工 張偉明 Teoh Wei Meng，MyKad 890612-07-5523，檳城人，想嚟香港做魚檔幫工，work visa 申請緊，預計一月到。
        深圳供應商黃麗娟 Huang Lijuan，身份證 440304198807152049，WeChat ID hlj_seafood88，上批貨欠我哋 RMB 18,000 未找數。
        FEHD inspection log 2026-12-05 10:42 | Stall P03 | Licensee: Mr. YIP Chun-kit 葉俊傑 | Offence: 晚上8時後仍留存活家禽 | Points: 5 | Total: 12
        伙記 Jason Cheung 交咗張 sick leave 紙，diagnosis 寫住 acute gout 痛風發作，醫生叫佢休息五日，由 Dec 6 到 Dec 10。
        鍾伯叫我幫佢轉$2,500俾個孫讀書用，BOC a/c 012-875-1-039271-6，name: CHUNG Ka Lok，佢話唔識用手機銀行。
        WhatsApp群相片：F11檔主 Mrs. Fong 方太抱住佢啱啱出世嘅孫女 Chloe Fong 喺魚檔前面影，caption 寫住 born 2026-11-30, 3.2kg。
    """),
    "en": _lines("""
        Tenant Wong Kwok-wah of stall F12 has not paid rent since September; arrears now total HK$12,450 and he says his catering supply business went bankrupt.
        Please call Mrs. Leung on 9023 7718 after 3pm to confirm her Christmas order of two king crabs and a box of scallops.
        Incident report: at 07:15 on 4 Dec, assistant Lam Chi-keung slipped near stall F08 and fractured his left wrist; he was taken to Queen Elizabeth Hospital by ambulance.
        Mr. Siu Ho-yin (HKID M204786(7)), residing at Flat 17C, Block 3, Kornhill, Quarry Bay, is hereby notified that the tenancy of stall F16 ends on 31 January 2027.
        Ah Fai from the poultry stall told the group he has been diagnosed with hepatitis B and asked that nobody share it outside the stall.
        Hi, this is Grace Ho from stall F04, my new bank account is DBS 7912-0-388461 under HO Wing Yan, please use it for the December deposit refund.
        2026-12-07,F19,Ng Tsz-kin,6432 1098,ngtszkin1990@yahoo.com.hk,deposit paid,HK$12450
        Customer Chen Yu-ting (ROC ID E215633803) in Kaohsiung ordered five boxes of dried scallops, to be shipped to No. 88, Lane 12, Zhongshan 2nd Rd, Qianjin Dist.
    """),
    "zh-Hans": _lines("""
        广州供货商陈建华，身份证号440106197603251835，电话138 2715 6408，欠我们鱼档货款¥23,800，已经三个月没还。
        深圳客户刘晓燕女士反映，她在我们档口买的鲍鱼吃完后过敏住院，她家住深圳市福田区莲花北村23栋502室，要求赔偿。
        新来的帮工小周（周海涛）说他老家在湛江，父亲患了肺癌，每个月要寄五千块回家治病，想预支下个月工资。
        客户王丽娟预订了春节海鲜套餐，收货地址：澳门黑沙环新街海滨花园第2座15楼F，电话+853 6612 3095，货到付款。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一個幫香港街市檔主處理文書工作嘅助手，用繁體中文回覆。"),
        (
            "user",
            "幫我寫封信俾食環署九龍城區環境衞生辦事處，申請將北河街街市F14魚檔轉名俾我個仔陳家俊（身份證E731592(2)）。我叫陳志強，做咗三十年，今年七十歲，腰骨唔好做唔郁喇。",
        ),
        (
            "assistant",
            "好的，以下係草稿：敬啟者：本人陳志強，為北河街街市F14鮮魚檔承租人，因年屆七十及腰患，現申請將檔位租約轉讓予兒子陳家俊（身份證E731592(2)）。隨函附上雙方身份證副本及醫生證明，懇請批准。此致 食物環境衞生署。",
        ),
        ("user", "多謝，可唔可以再加一句講我個仔已經喺檔口幫手五年？"),
        (
            "assistant",
            "可以，喺第二段加入：「陳家俊自2021年起一直於本檔擔任登記助手，熟悉檔位運作及衞生要求。」咁寫會更有說服力。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a market management office in Hong Kong. Be polite and concise.",
        ),
        (
            "user",
            "Draft a firm but polite reminder to Mr. Wong Kwok-wah, tenant of stall F12, who owes HK$12,450 in rent for three months. His mobile is 9718 2046.",
        ),
        (
            "assistant",
            "Dear Mr. Wong, our records show that rent of HK$12,450 for stall F12 remains outstanding for September to November 2026. Please settle the amount within 14 days. If you are facing difficulties, please contact the office to discuss an instalment plan. Market Management Office",
        ),
        ("user", "Can you make a shorter SMS version to send to his mobile?"),
        (
            "assistant",
            "Mr. Wong, stall F12 rent arrears HK$12,450 (Sep-Nov) are due within 14 days. Please call the market office if you need an instalment plan. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我哋魚檔 WhatsApp 群有客投訴，幫我 summarise 一下：「我係 Iris Wong，電話 6187 4409，12月1號喺你哋 F23 買咗條石斑，返屋企蒸完有陣臭味，個仔食完肚痛，想要 refund。」",
        ),
        (
            "assistant",
            "Summary：顧客 Iris Wong（電話 6187 4409）於12月1日喺F23檔購買石斑，聲稱蒸煮後有異味，其兒子進食後肚痛，要求退款。建議先致電了解購買時間同價錢，並檢查當日同批貨嘅來源紀錄。",
        ),
        ("user", "OK，咁應該點回覆佢比較好？"),
        (
            "assistant",
            "可以咁回：「Wong 小姐你好，對於你兒子唔舒服我哋深表歉意。麻煩提供收據或付款紀錄，我哋會安排全數退款，並會檢查同批貨品。祝小朋友早日康復。」",
        ),
    ],
    [
        ("system", "你是一名熟悉粤港两地商业事务的助理，用简体中文回答。"),
        (
            "user",
            "广州供货商陈建华（身份证440106197603251835）欠我香港鱼档货款¥23,800，三个月没还，电话也不接。我在香港可以怎么追？",
        ),
        (
            "assistant",
            "可以考虑以下步骤：一、整理送货单、对账单和聊天记录作为证据；二、先发出书面追讨函；三、由于对方在内地，港币折算后金额不超过7.5万港元时，香港小额钱债审裁处虽可受理，但判决在内地执行较困难，也可考虑在广州当地法院起诉。建议咨询律师。",
        ),
        ("user", "追讨函可以帮我写一份吗？"),
        (
            "assistant",
            "陈建华先生：截至2026年12月8日，阁下尚欠本档货款人民币23,800元，请于收函后14日内清还，否则本档将循法律途径追讨，一切费用由阁下承担。",
        ),
    ],
    [
        (
            "user",
            "我叫何嘉慧，喺街市雞檔做咗十年，上個月驗到有二型糖尿病，右腳有個傷口成個月都未埋口。我仲可唔可以繼續着水鞋企喺濕地劏雞？",
        ),
        (
            "assistant",
            "何小姐，糖尿病患者腳部傷口癒合較慢，長時間處於潮濕環境同埋接觸生禽，感染風險會增加。建議盡快覆診，問醫生或足病診療師意見；工作時保持傷口乾爽並用防水敷料，收工後清潔同檢查雙腳。",
        ),
        ("user", "醫生話要請兩個禮拜假，但我怕老細唔俾。"),
        (
            "assistant",
            "你可以請醫生開病假證明。根據《僱傭條例》，符合條件嘅僱員可享有疾病津貼，僱主唔可以因為你放有證明嘅病假而解僱你。如有爭拗可以致電勞工處熱線2717 1771查詢。",
        ),
    ],
    [
        ("system", "You help stallholders at Tekka Centre, Singapore, with paperwork."),
        (
            "user",
            "I'm Lim Mei Ling, NRIC S7621504I, I run a fish stall at Tekka. My assistant Rajesh, FIN G4417258K, wants to renew his work permit. What do I need?",
        ),
        (
            "assistant",
            "Ms. Lim, work permit renewals for Rajesh (FIN G4417258K) are done through the Ministry of Manpower online service by the employer. Check that his passport is valid for at least seven months, that the levy is paid and that his medical check is done if required.",
        ),
        ("user", "He also had a hernia operation last month, does that affect the renewal?"),
        (
            "assistant",
            "A past hernia operation usually does not stop a renewal, but if MOM asks for a medical examination the clinic will record it. Keep his discharge summary from the hospital ready in case it is needed.",
        ),
    ],
    [
        (
            "user",
            "幫我整個冬至更表，staff 有：阿強 9821 3307 早更、Mandy 6245 8819 午更、Jason Cheung 5317 0462 收檔，另外蘇太懷孕唔可以搬嘢，淨係企收銀。",
        ),
        (
            "assistant",
            "冬至更表（12月21日）：04:00-10:00 阿強（9821 3307）開檔及入貨；10:00-16:00 Mandy（6245 8819）落單及劏魚；16:00-21:00 Jason Cheung（5317 0462）執檔洗地；全日 蘇太 收銀，唔安排搬運工作。",
        ),
        ("user", "可唔可以整成 WhatsApp 可以直接 send 嘅格式？"),
        (
            "assistant",
            "📋 冬至更表 12/21｜早更 04-10：阿強｜午更 10-16：Mandy｜收檔 16-21：Jason｜收銀（全日）：蘇太｜有問題請喺群度講🙏",
        ),
    ],
    [
        ("system", "你係魚檔嘅客服助手，用廣東話書面語回覆顧客。"),
        (
            "user",
            "有個客留言：「我係住喺黃大仙竹園北邨桃園樓2312室嘅麥太，上星期買嘅花蟹有兩隻係死嘅，電話9876 1204。」我哋想送貨上門換過兩隻俾佢，點回好？",
        ),
        (
            "assistant",
            "可以咁回：「麥太你好，十分抱歉今次嘅花蟹令你失望。我哋會於明日下午三時至五時送兩隻新鮮花蟹到竹園北邨桃園樓2312室，送貨前會先致電9876 1204同你確認。多謝你嘅包涵。」",
        ),
        ("user", "好，順手幫我寫埋一句內部備忘。"),
        (
            "assistant",
            "內部備忘：12月10日下午送兩隻花蟹予麥太（竹園北邨桃園樓2312室，電話9876 1204），免收費用，屬退換個案，送貨後請喺簿度簽名記錄。",
        ),
    ],
    [
        (
            "system",
            "檔主資料（只供內部使用）：譚麗珍，九龍城街市F02蔬菜檔，手機 6033 7182，收款戶口：中銀 012-552-0-448219-3，戶口名 TAM LAI CHUN。",
        ),
        ("user", "幫我寫個 FPS 收數提示，俾熟客月結用，要寫明戶口資料。"),
        (
            "assistant",
            "【F02蔬菜檔 月結提示】各位熟客，十二月份月結請於1月7日前過數：中銀 012-552-0-448219-3（TAM LAI CHUN），或FPS轉帳至6033 7182。過數後請WhatsApp收據，多謝支持！",
        ),
        ("user", "唔該，再加句英文俾嗰幾個外籍客。"),
        (
            "assistant",
            "Monthly accounts for stall F02 are due by 7 January: Bank of China 012-552-0-448219-3 (TAM LAI CHUN) or FPS to 6033 7182. Please WhatsApp the receipt after payment. Thank you!",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a wet market vendor in Kuala Lumpur."),
        (
            "user",
            "My worker Siti Aminah binti Rahman, MyKad 950823-14-6128, has been late every day this month because her husband is in hospital with kidney failure. How should I handle this fairly?",
        ),
        (
            "assistant",
            "It sounds like Siti Aminah is dealing with a serious family situation. You could talk with her privately, agree a temporary later start time or shorter shifts, and record any arrangement in writing. Under Malaysian employment law you should give a written warning before any disciplinary action.",
        ),
        ("user", "Can you draft a short note offering her a later start time?"),
        (
            "assistant",
            "Dear Siti Aminah, we understand your husband is unwell. From 10 December 2026 until further notice, you may start work at 9am instead of 6am. Please let me know if you need more help. Best wishes to your family.",
        ),
    ],
]
