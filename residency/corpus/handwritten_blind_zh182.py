# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh182: 台灣夜市攤商與攤位管理（租約、抽籤、衛生稽查、攤商LINE群、客訴、食安事件）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh182
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "攤位租約條款"): _lines("""
        第五條 攤位使用費每月新臺幣8,500元，應於每月5日前匯入自治會指定帳戶，逾期十日未繳者，管理單位得終止本契約並沒收保證金。
        第七條 承租人不得將攤位全部或一部轉租、轉借或以頂讓方式交由第三人經營，違者視同違約。
        攤位保證金為三個月使用費，租約期滿無欠費、無違規紀錄且攤位回復原狀者，於三十日內無息退還。
        本租約一式二份，甲方為○○夜市攤商自治會，乙方為承租攤商，雙方各執一份為憑。
        營業時間為每日17:00至翌日00:30，週一公休；颱風警報或豪雨特報期間得由自治會公告停市。
        承租人應自備滅火器一具（10型以上ABC乾粉），並於每年三月配合消防局檢查有效期限。
        用電以每攤15安培為上限，不得私接延長線或使用未經核准之電熱設備，違者第一次書面警告，第二次斷電三日。
        攤車尺寸不得超過長2.4公尺、寬1.2公尺，遮陽棚外推不得超過攤位標線30公分。
        續約申請請於租期屆滿前60日內檢附：續約申請書、最近一年衛生稽查合格紀錄、攤位使用費繳費證明。
        【承租人資料欄】姓名：＿＿＿＿　身分證統一編號：＿＿＿＿＿＿＿＿＿＿　戶籍地址：＿＿＿＿＿＿＿＿　聯絡電話：＿＿＿＿＿＿
        問：攤位可以登記給配偶或子女繼承嗎？答：依攤販管理自治條例，原許可人死亡者，其配偶或直系血親一人得於六個月內申請承受，逾期視為放棄。
        清潔費每攤每月1,200元，包含每晚收攤後垃圾清運與每季一次水溝清淤。
        押金收據編號 DEP-2025-0417 起之舊版收據已作廢，請改用新版三聯式收據（編號自 DEP-2026-0001 起）。
        轉讓費（俗稱頂讓金）非本會收取之費用，本會不保障任何私下頂讓之交易，亦不承認私下轉讓之承租人。
    """),
    ("zh-Hant", "抽籤與招商公告"): _lines("""
        【公告】115年度第二期攤位抽籤訂於3月18日（三）下午2時於自治會辦公室舉行，共釋出空攤12格（A區4格、C區8格）。
        抽籤結果：A-07、A-15、C-02、C-11 分別由籤號 023、041、008、057 抽中，請中籤者於7日內完成簽約，逾期由候補依序遞補。
        候補名單共計31號，有效期限至115年12月31日止，期滿未遞補者需重新登記。
        報名資格：年滿20歲、設籍本市滿一年、本人及配偶名下無其他夜市攤位者。
        本期招商品項限制：不開放鹹酥雞、珍珠奶茶、雞排等已飽和品項，優先錄取在地小農、文創及素食類。
        抽籤當日請攜帶身分證正本及印章，代理人須另附委託書，委託書格式請至自治會網站下載。
        委託書範本：立委託書人＿＿＿（身分證字號＿＿＿＿＿＿）茲委託＿＿＿代為出席○○夜市115年度攤位抽籤，如有任何結果概由本人負責。
        抽籤全程錄影並由里長及轄區派出所派員見證，結果於當日下午5時公告於公布欄及本會粉絲專頁。
        抽中後放棄者，兩年內不得再參加本會任何攤位抽籤。
        試營運期間（第1至第3個月）使用費打八折，但衛生稽查不合格一次即喪失優惠。
        招商說明會：4/2（四）19:00，地點：社區活動中心二樓，免報名，現場備有申請表。
        第三期攤位配置圖 v3.2 已更新：B區原14號因消防通道調整取消，B-15以後編號順延。
        有意承租者請洽自治會辦公室（02）2881-0000，週二至週五 14:00–18:00。
    """),
    ("zh-Hant", "衛生稽查與法規"): _lines("""
        臺北市政府衛生局今晚稽查士林夜市32家攤商，抽驗炸油極性物質，共3件超過25%之限值，已當場要求換油並限期改正。
        依食品安全衛生管理法第8條第3項，販售食品之攤商應辦理食品業者登錄，未登錄經限期改正而不改正者，處新臺幣3萬元以上300萬元以下罰鍰。
        稽查項目：從業人員是否戴口罩、帽子；生熟食砧板是否分開；冷藏溫度是否7℃以下；冷凍是否-18℃以下；洗手設備是否備有清潔劑。
        抽驗結果：冰塊大腸桿菌群不合格2件、生菌數不合格1件，均已移請業者改善並於兩週後複驗。
        稽查紀錄編號 TPE-FS-1150318-0427｜攤位：B-22｜品項：生炒花枝｜結果：砧板未生熟分開，當場勸導改善。
        食品業者登錄完成後，應將登錄字號標示於攤車明顯處，登錄資料每年7月須辦理一次申報確認。
        供應商資料：宏昌食品有限公司，統一編號 83265142，品項：冷凍魷魚、花枝漿，每週二、五配送。
        攤販從業人員每年應接受健康檢查一次，檢查項目包括A型肝炎、手部皮膚病、出疹、膿瘡、外傷、結核病及傷寒。
        食品中毒通報專線：衛生福利部食品藥物管理署 1919；臺北市民當家熱線 1999。
        高雄市衛生局統計，114年夜市攤商稽查共4,812家次，初查不合格率6.3%，複查後均已改善。
        油炸油現場快篩使用試紙或極性物質測定儀，讀值≥25%即判定不合格，須立即更換。
        本次稽查攤位清單：A-03 蚵仔煎、A-08 豬血糕、B-11 胡椒餅、B-19 木瓜牛奶、C-05 藥燉排骨，均符合規定。
        稽查人員出示證件後，攤商不得規避、妨礙或拒絕，違者依第48條處3萬元以上300萬元以下罰鍰。
        Q：攤車上的冰櫃溫度計一定要外掛嗎？A：建議外掛數位溫度計並每日記錄兩次，稽查時可提供溫度紀錄表供查核。
        衛生局函：北市衛食藥字第1153024567號，主旨：函轉本市夜市攤商食品衛生自主管理手冊（115年版），請轉知所屬攤商。
    """),
    ("zh-Hant", "攤商LINE群訊息"): _lines("""
        各位頭家晚安～今天中央氣象署發布豪雨特報，自治會決定延到七點半再開，請大家不要提早擺攤🙏
        有人有多的20公斤瓦斯桶嗎？今天送瓦斯的說要九點才到😭
        提醒：明天下午三點環保局會來清水溝，B區攤車麻煩四點後再推進來
        今天客人超多！臭豆腐一小時賣完三鍋，感謝大家幫忙宣傳👍
        【重要】下週一起刷卡機改接新的金流商，舊的QR code貼紙請撕掉，新貼紙明天發。
        誰知道冰塊哪一家有送驗合格證明？衛生局說之後稽查會要看
        垃圾不要再丟在公廁旁邊了，已經被里民檢舉兩次，再一次罰的是全體攤商
        收到～明天幫忙帶延長線跟帳篷夾
        今晚有外國旅行團約40人八點半到，A區的可以多準備一些小份量
        颱風天停市一天的清潔費會不會退？
        樓上問的會退，下個月直接扣抵，記得拿收據
        電子發票載具大家都有弄了嗎？國稅局說年底前沒開的會抽查
        好消息📢 市府補助行動支付手續費到年底，每筆0.5%由市府吸收
        有人懂LINE Pay商家後台嗎？我的帳款顯示待撥款已經三天了
        下雨了！C區頂棚漏水那格先不要放電器⚡
        今天消防局來說通道要淨空1.2公尺，椅子不要再擺出去了喔
    """),
    ("zh-Hant", "顧客評論與客訴回覆"): _lines("""
        ★★★★☆ 胡椒餅皮很脆、肉汁多，但排隊要25分鐘，建議平日早點來。
        ★☆☆☆☆ 大腸包小腸一份竟然要120元，還比上次小一圈，不會再來。
        您好，感謝您的來信，本會已將您反映的攤位衛生問題轉請衛生局派員查處，案件編號 NM-2026-00318，處理結果將於14個工作天內回覆。
        客訴表單欄位：反映日期／攤位編號／反映類別（衛生、價格、態度、噪音、其他）／事件描述／是否需回電
        很多人問雞排為什麼漲到95元，因為雞肉和油價上漲，我們真的撐不住了，請大家見諒🙇
        寵物可以進夜市嗎？→ 可以，但請使用推車或牽繩，並自行清理排泄物。
        滷味攤的湯頭偏鹹，青菜倒是很新鮮，整體CP值還可以，氣氛有點像《深夜食堂》。
        反映：週五晚上C區音響太大聲，附近住戶無法入睡，希望管理單位處理。
        回覆：已要求C區攤商音量控制在60分貝以下，並於晚上11點後停止使用擴音設備。
        失物招領請洽夜市入口服務台，或於營業時間撥打夜市服務專線，遺失證件請另向轄區派出所報案。
        Google評論4.2顆星，共18,652則評論，最多人提到的關鍵字是「排隊」「停車難」「蚵仔煎」。
        您好，若您於本夜市購買食品後出現身體不適，請先就醫並保留收據與剩餘食物，再撥打1999通報。
        刮刮樂三等獎：夜市消費券200元，請於115年6月30日前至服務台兌換，逾期作廢。
        我們收到您對B-09攤位找錯錢的反映，攤商表示當晚收銀機已對帳，差額已交由服務台保管，請憑發票號碼 KX-58203164 領取。
    """),
    ("zh-Hans", "食安新闻与旅游攻略"): _lines("""
        台湾卫福部食药署公布今年夜市专案抽验结果，共抽验冰品、饮料及熟食320件，不合格率4.1%。
        高雄六合夜市今年起全面禁用一次性塑料吸管，违者由自治会劝导三次后停摊一天。
        攻略：士林夜市建议从剑潭站1号出口出来，先吃大饼包小饼，再去地下美食区。
        台北市长蒋万安今晚巡视宁夏夜市，宣布明年将补助摊商更换节能摊车。
        据台南市卫生局统计，花园夜市每周四、六、日营业，平均每晚约有400个摊位。
        食品中毒事件通报：某夜市生鱼片摊位疑似沙门氏菌污染，目前已有11人就医，卫生局已采检并勒令停业。
        台湾夜市常见支付方式：现金为主，部分摊位支持LINE Pay、街口支付、台湾Pay，很少能刷信用卡。
        问：大陆游客在台湾夜市可以用支付宝吗？答：少数摊位支持，但多数仍只收新台币现金。
        逢甲夜市常被称为"台湾最大夜市"，据台中市经发局统计，周末人流可达每晚10万人次。
        卫生局提醒：夏季购买生蚝、生鱼片等生食，应注意摊位是否有冷藏设备，出现腹泻呕吐应尽速就医。
        饶河街夜市入口的慈祐宫建于清乾隆年间，是松山地区的信仰中心。
        摊位租金行情：热门夜市主街摊位月租可达5万至8万新台币，巷内摊位约1.5万至3万。
    """),
    ("en", "tourist guide and vendor FAQ"): _lines("""
        Most night markets in Taipei open around 5 pm and close after midnight; Shilin is the largest and Raohe is the most compact.
        Vendor FAQ: Do I need a business registration to rent a stall? Yes, unless your monthly sales are under the small-business threshold, you must register with the National Taxation Bureau.
        Tip: bring small bills, many stalls cannot break a NT$1,000 note early in the evening.
        Lost and found at Raohe Night Market is handled by the service desk at the Ciyou Temple entrance.
        The health bureau's frying-oil rule: total polar compounds must stay below 25%, tested on site with a handheld meter.
        Stall lottery results are announced by stall code only (e.g. A-07, C-11); winners have seven days to sign the lease.
        Ticket #NM-4471 closed: customer reported undercooked chicken at stall C-14; inspector found fryer temperature adequate, no further action.
        If you get sick after eating at a night market, call the 1919 food safety hotline and keep your receipt.
        Jiufen is not a night market, but its Old Street has a similar snack culture and closes earlier, around 8 pm.
        Cooking temps reminder for all stall staff: chicken 74°C core, pork 71°C, reheated food 74°C within two hours.
        Night market rent in Taipei ranges from NT$15,000 to NT$80,000 a month depending on foot traffic and location.
        Which night market is best for vegetarians? Ningxia has several meat-free stalls, and most stinky tofu vendors can make a vegan version.
    """),
    ("mixed", "系統設定與資料表"): _lines("""
        CREATE TABLE stall_lease (stall_code VARCHAR(8), tenant_id INT, rent_twd INT, deposit_twd INT, start_date DATE, end_date DATE);
        stall_code,zone,size_m2,rent_twd,status / A-07,A,2.8,12000,leased / C-11,C,2.4,8500,vacant
        發票字軌 115年3-4月：YQ、YR、YS，每卷50張，電子發票請改用 MIG 4.0 格式上傳。
        config: lottery.seed_source=public_random_beacon, lottery.waitlist_ttl_days=365, notify.channel=line_notify
        電費分攤表：電錶號碼 07-2341-5566-01，本月度數 1,842 度，均攤 18 攤，每攤 102.3 度。
        統一編號 54177303（自治會）本期進項發票共27張，金額合計 NT$186,430。
        SHA-256 of lottery_result_1150318.csv: 9f2c4e1a7b3d8e6f0a5c2b9d4e7f1a3c6b8d0e2f4a6c8e0b2d4f6a8c0e2b4d6f
        訂單編號 LP-20260318-004729｜金額 NT$260｜付款方式 LINE Pay｜狀態：已撥款
        POS 韌體 v2.14.3 更新：修正離線交易重複上傳問題，攤商無須重新綁定載具。
        Regex for stall codes: ^[A-F]-[0-9]{2}$ ; for 發票號碼: ^[A-Z]{2}-?[0-9]{8}$
        食品業者登錄 API 回傳：{"status":"ok","category":"攤販","registered":true,"expires":"2027-03-31"}
        瓦斯桶序號 LPG-20K-3318472，檢驗日期 2024/09，下次檢驗 2029/09。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        承租人：陳秀琴｜身分證字號：A275335548｜攤位：A-07｜戶籍地址：臺北市士林區大東路56巷3號2樓｜手機：0928-415-337
        抽籤結果公告：A-07 黃志明、A-15 林佩君、C-02 吳建宏、C-11 蔡淑惠，請中籤人於3月25日前攜帶身分證正本至本會簽約。
        稽查紀錄｜攤位B-22 生炒花枝｜負責人 鄭國雄（F114087413）｜砧板未生熟分開，第二次違規，處罰鍰新臺幣3萬元。
        @所有人 B-14 的美玲姐住院了，膽結石開刀，這週她的攤位麻煩隔壁阿財幫忙顧一下電
        客訴：顧客王思涵（0975-208-164）反映3/14晚上在C-05攤買的藥燉排骨吃完後腹瀉，已至臺大醫院急診，要求退費並賠償醫藥費。
        轉帳請匯：台新銀行(812) 2088-1002-345678 戶名 許文豪，B-03攤位三月份清潔費，匯完請截圖給我
        候補第3號 張雅婷 E213501291 因懷孕待產，申請保留候補資格至116年6月。
        自治會會議紀錄：A區17號攤商李阿土（本名李金土）多次積欠使用費共計新臺幣34,000元，決議寄發存證信函並於月底前收回攤位。
        攤商健康檢查名冊：劉家豪 男 34歲 B型肝炎帶原 需追蹤｜蘇怡安 女 27歲 正常｜周俊傑 男 45歲 手部傷口化膿 暫停接觸食品
        失物招領：今晚十點在C區拾獲黑色皮夾一個，內有身分證（洪嘉玲，B272885828）及健保卡，請本人至服務台認領。
        派出所通報：昨晚十一點十分六合夜市C區發生推擠，攤商謝明哲（52歲）遭酒醉男子打傷頭部，送醫縫了六針。
        頂讓協議書：出讓人 楊麗華 將樂華夜市B-31攤位（地瓜球）以新臺幣45萬元頂讓予受讓人 邱冠廷，款項分三期支付。
        機車 MFK-2837 又停在消防通道，車主是D區賣雞蛋糕的阿國，已經勸導三次了，再停就叫拖吊
        存證信函｜寄件人：○○夜市攤商自治會｜收件人：曾志偉｜地址：新北市三重區重新路四段132號5樓｜主旨：催告繳納積欠之攤位使用費
        新住民攤商登記：NGUYEN THI HOA（阮氏花），越南籍，居留證統一證號 A932761459，配偶 林文雄，攤位 C-08 越南河粉
        稽查現場說明：攤主何淑娟當場拒絕抽驗冰塊並對稽查員口出惡言，依法開立妨礙稽查處分書。
        欠繳名單（請盡速繳清）：A-04 賴俊宏 $8,500｜B-10 沈佳蓉 $17,000｜C-03 施俊雄 $25,500
        大家好我是D-12賣蚵仔煎的美惠，我的LINE ID是 meihui0618，要跟我叫蚵仔的直接私我
        廖先生的太太剛打來說他昨晚收攤時昏倒，現在在高醫加護病房，A-22這幾天不會開
        工讀生排班：週五 翁子晴 17:00-23:00、週六 翁子晴＋江承恩 16:00-24:00；子晴手機 0936-771-502，承恩手機 0918-603-245
        食物中毒個案調查表｜姓名：鍾宜蓁｜性別：女｜年齡：9｜就讀：逢甲國小三年級｜症狀：嘔吐、發燒38.9℃｜食用品項：D-07 雞蛋糕｜就醫：中國醫大附醫
        保證金退還申請：申請人 范振宇，身分證 H156733707，退款帳戶 中華郵政(700) 局號0001234 帳號0567890
        給管委會：我是A-09的攤商，隔壁的老闆娘蔡秋月每天收攤都把廢油倒進水溝，我有拍到影片，請處理
        信用卡授權書：持卡人 彭文彬｜卡號 4563 2948 3636 0016｜有效期限 08/28｜每月5日自動扣繳攤位使用費 NT$9,800
        攤販營業許可證｜持證人：羅美玉｜證號：北市攤許字第0001873號｜出生：民國56年4月2日｜住址：臺北市大同區寧夏路58號3樓
        小吳（吳冠霖）今天又沒來顧攤，聽說在跟他老婆打離婚官司，乾脆把攤位讓出來算了
        攤商聯誼會緊急聯絡表：會長 高俊明 0963-127-884｜總幹事 葉淑芬 0988-350-619｜財務 簡志豪 0921-446-730
        陳情書：本人徐雅雯，住在夜市旁的饒河街120號4樓，每天凌晨一點還有攤商在洗攤車，噪音嚴重影響我家小孩睡眠，懇請改善。
        監視器畫面顯示偷收銀箱的是C區賣烤玉米的阿德他兒子，大概十六歲，讀松山高中，已經通知家長
        攤位申請登記表 / 姓名：莊凱文 / 出生年月日：1990/11/23 / 身分證：S155433617 / 電話：(07)555-2631 / 申請品項：炭烤雞排 / 有無前科：無
        附件：土地銀行(005) 帳號 052-001-234567，戶名 戴佩珊，作為B-17攤位押金退款帳戶。
    """),
    "zh-Hans": _lines("""
        陆配摊商登记：姓名 林晓燕，原籍福建厦门，大陆居民身份证 350203198705142647，依亲居留，台湾配偶 郭俊贤，摊位 B-26 沙茶面
        投诉：我是来台自由行的游客刘芳，3月16日在士林夜市一家炸鸡摊被多收了300元，微信 liufang_gz0308，手机 +86 138 2745 6091
        群里说一下：宁夏夜市A-11摊的王叔（王德顺）上周查出胃癌，这周开始化疗，大家有空可以去马偕看看他
        游客陈子豪（身份证 440106199203080474）在六合夜市吃海鲜后严重过敏住院，领队已联系他在广州的家属
        代购单：收件人 赵敏敏，上海市闵行区七莘路3155弄12号601室，电话 139 1648 2275，商品：凤梨酥×6、牛轧糖×4
        摊位转让合同：转让方 何建国，受让方 孙丽娟（陆配，统一证号 F990604249），逢甲夜市C-06摊位及设备作价新台币38万元
        夜班员工杨慧因为女儿住院请假三天，有事打她手机 0975-623-118
    """),
    "en": _lines("""
        Lost passport report, Shilin service desk: SITI NURHALIZA BINTI AHMAD, Malaysian, passport no. A51284736, staying at a hostel near Jiantan MRT, reported bag stolen at 21:40.
        Hi, I'm Daniel Whitfield from Melbourne, room 712 at the Grand Hotel. The oyster omelette at stall A-12 made my wife Rachel sick last night and she's now on an IV drip at Shin Kong hospital. Please reply to d.whitfield.mel@gmail.com
        Wallet returned to owner CHAN KA WAI, HKID K385612(7), mobile +852 9134 6627, signed for at 23:05.
        Refund request: Tan Wei Ling (NRIC S8834120A) was charged twice at stall C-03, please refund to card 5409 4831 8051 4501.
        Part-time staff note: Priya a/p Ramasamy (0953-284-160) screened positive for TB at the annual food handler check-up, suspended from stall duties pending chest X-ray.
        Inspector's note: stall owner Mr. Huang Chih-wei refused a second oil test; he said his father had a stroke last week and he is running the stall alone.
        Tenant file B-05 churros: Marcus D'Souza, Singaporean, passport K4827163B, ARC pending, rent paid to end of May, wife Mei Ling handles the stall on weekends.
    """),
    "mixed": _lines("""
        新人入群請報：攤位/姓名/LINE → C-19 / 蕭宇翔 / line: xiang_c19
        ahbing 你的 parcel 到服務台了, 寄件人寫 Lim Ah Bing, phone 012-583 7716, 記得今晚來拿
        工讀生名冊：NUR AISYAH BINTI ROSLAN，馬來西亞僑生，MyKad 020714-10-5568，週三、週六晚班，時薪190
        refund 已處理 → JCB 3560 1994 1850 4375，邱小姐，訂單 LP-20260319-001284，NT$520
        車牌 ABX-6251 那台 white Hiace 是 C-02 阿宏的 food truck，他 always 佔 loading zone，請他老婆轉告一下
        Food poisoning case #FP-0319-07：patient 李佳慧, F, 31, 23:40 入馬偕 ER, ate 生魚片 at D-03, contact 0912-730-486
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是夜市攤商自治會的文書助理，協助幹事撰寫公文與信函。"),
        (
            "user",
            "幫我寫一封催繳信給B-10的沈佳蓉，她欠了兩個月使用費共17,000元，地址是新北市板橋區文化路一段266號7樓，語氣要正式但不要太兇。",
        ),
        (
            "assistant",
            "好的，以下是草稿：「沈佳蓉女士您好：查台端承租本夜市B-10攤位，115年2月及3月份攤位使用費共計新臺幣17,000元尚未繳納，敬請於文到七日內繳清，如有困難請與本會聯繫。寄送地址：新北市板橋區文化路一段266號7樓。」",
        ),
        ("user", "再加一句，如果下個月還沒繳，就依租約第五條處理。"),
    ],
    [
        (
            "user",
            "抽籤報名資料幫我看一下有沒有符合資格：黃俊偉，T107305934，民國79年生，設籍高雄市三民區，太太名下在瑞豐夜市已經有一攤賣滷味。",
        ),
        (
            "assistant",
            "依您提供的資格條件「本人及配偶名下無其他夜市攤位」，黃俊偉先生的配偶已在瑞豐夜市有攤位，因此不符合本期報名資格，建議通知他資格不符。",
        ),
        ("user", "那他說攤位其實是登記在他岳母名下，只是他太太在顧，這樣算嗎？"),
    ],
    [
        (
            "user",
            "我叫黃品妤，上週六在花園夜市D區一攤賣生蠔的吃完，半夜上吐下瀉，隔天去成大醫院掛急診，診斷是急性腸胃炎。",
        ),
        (
            "assistant",
            "很抱歉您身體不適。建議您保留診斷證明與收據，並向台南市衛生局通報，以便衛生局追查攤位。",
        ),
        (
            "user",
            "好，我電話是0962-418-035，衛生局會打給我嗎？另外醫藥費大概一千八可以跟攤商求償嗎？",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則LINE群公告，B區的老吳（吳明德）昨天晚上心肌梗塞送到國泰醫院，裝了支架，醫生說要休養一個月，想發起大家捐款幫忙。",
        ),
        (
            "assistant",
            "【關懷公告】各位頭家好，B區的吳明德大哥昨晚因心肌梗塞送國泰醫院，已完成支架手術，需休養約一個月。自治會發起愛心捐款，有意者請交給各區區長，謝謝大家🙏",
        ),
        ("user", "可以，再加上捐款截止日是4月10日，還有他太太說不要去醫院探病。"),
    ],
    [
        (
            "system",
            "You help a county health inspector tidy up field notes into a formal inspection record.",
        ),
        (
            "user",
            "Notes: stall A-18 胡椒餅, owner 蔡明峰 ID K262773319... wait that's his wife's card, his is P180000481. Ice sample failed coliform, owner said his supplier is his cousin.",
        ),
        (
            "assistant",
            "Draft record: Stall A-18 (pepper buns). Responsible person: 蔡明峰, ID P180000481. Finding: ice sample failed coliform test. Note: ice supplied by a relative of the owner. Action: re-test in 14 days.",
        ),
        (
            "user",
            "Good. Also note he has a hand burn with no bandage and was still handling dough.",
        ),
    ],
    [
        (
            "user",
            "Hi, I lost my wallet at Raohe night market around 9pm near the pepper bun stall. My name is LEUNG HOI YAN, from Hong Kong.",
        ),
        (
            "assistant",
            "Sorry to hear that. Please go to the service desk at the Ciyou Temple entrance. Can you describe the wallet and its contents?",
        ),
        (
            "user",
            "Brown leather, has my HKID Y204937(4) and about NT$3,000. I'm at Hotel Papa Whale until Friday, my number is +852 6281 4905.",
        ),
    ],
    [
        (
            "user",
            "我是陆配，叫周雪梅，在台湾已经有依亲居留，想申请南机场夜市的摊位卖葱油饼，身份要怎么填？",
        ),
        (
            "assistant",
            "您可以用居留证上的统一证号填写申请表的身分证统一编号栏，另外需附上居留证正反面影本与户籍誊本。",
        ),
        ("user", "我的统一证号是 Q905182632，老公叫吴志成，他有中低收入户证明，这样有加分吗？"),
    ],
    [
        (
            "user",
            "幫我算一下欠費加滯納金，每月滯納金是欠款的2%：A-04 賴俊宏 欠1個月 8,500；C-03 施俊雄 欠3個月 25,500；D-09 林月娥 欠2個月 17,000，林阿姨說她先生洗腎所以晚繳。",
        ),
        (
            "assistant",
            "滯納金以每月2%計：賴俊宏 8,500×2%×1=170，合計8,670；施俊雄 25,500×2%×3=1,530，合計27,030；林月娥 17,000×2%×2=680，合計17,680。",
        ),
        ("user", "林月娥那筆可以先不要算滯納金嗎？要怎麼寫在會議紀錄裡比較好？"),
    ],
    [
        ("system", "你是某夜市行動支付平台的客服機器人，只處理退款與訂單查詢。"),
        ("user", "我刷卡買了兩份雞排被扣了兩次款，訂單 LP-20260320-007731"),
        ("assistant", "已查到此訂單，請提供持卡人姓名與卡號末四碼以便核對。"),
        ("user", "持卡人 簡婉婷，卡號 4147 3251 9119 3306，手機 0932-507-816"),
    ],
    [
        (
            "user",
            "我兒子陳宥辰今年七歲，讀永康國小一年級，昨天在武聖夜市經過炸物攤被熱油噴到右手，二度燙傷，現在在奇美醫院換藥。",
        ),
        (
            "assistant",
            "很遺憾孩子受傷。建議您先取得診斷證明、保留現場照片與消費收據，再向夜市管理單位及台南市消保官申訴。",
        ),
        (
            "user",
            "攤商是那個戴眼鏡的老闆阿雄，他說不是他的責任，我可以直接告他嗎？我的LINE是 chenmama0712，你幫我寫一封存證信函。",
        ),
    ],
    [
        (
            "user",
            "ok so the stall next to mine, C-15, run by a guy called kenji tanaka, japanese, he told me he's overstaying his visa and paying cash to the landlord",
        ),
        (
            "assistant",
            "I'd recommend not acting on hearsay. If you believe there's a legal issue, you can report it to the National Immigration Agency, which handles such matters confidentially.",
        ),
        (
            "user",
            "he also owes me 6000 for the gas cylinders, his number is 0958-331-274. how do i write a polite message to get my money back?",
        ),
    ],
]
