# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh240: Taiwan night markets and street-food stall operators (stall leases, permits, health inspections, staff, complaints, LINE groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh240
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "夜市自治會公告"): _lines("""
        【饒河街觀光夜市自治會公告】116年1月1日起，每週一晚間11點後進行排水溝清淤，請各攤位於10點半前收妥延長線、瓦斯桶與桶具，感謝配合。
        各位攤商好，臺北市市場處將於12月18日下午2點在慈祐宮旁活動中心辦理「攤販食品安全衛生講習」，每攤至少派1人參加，完成者核發研習證明。
        春節期間（除夕至初五）營業時間延長至凌晨1點，清潔費按原標準收取，攤位號碼A01至A45請改走八德路側進貨。
        提醒：攤位使用之桶裝瓦斯不得超過2桶且須加裝安全閥，本週五消防局第三大隊將到場抽查，未改善者依法處新臺幣3千至3萬元罰鍰。
        本會第12屆第3次會員大會訂於12月27日（六）下午3時召開，議程：一、追認年度收支；二、夜市入口牌樓LED更換案；三、臨時動議。
        颱風警報期間如臺北市政府宣布停止上班，夜市當日全面停止營業，請勿自行擺攤，相關資訊以自治會LINE官方帳號公告為準。
        本週起垃圾一律不落地，請於晚間12點前將分類好的廚餘與一般垃圾送至民生路口垃圾車停靠點，資源回收另於週三、週六收取。
        近期有民眾向1999反映部分攤位未標示價格，依《消費者保護法》及市府規定，所有品項須明確標價，請各攤於本週內補齊價目表。
        本月夜市公共電費分攤為每攤新臺幣1,850元，明細已張貼於辦公室公告欄，如有疑問請於上班時間洽自治會辦公室 (02)2760-3418。
        恭喜本夜市「福州世祖胡椒餅」再度入選米其林必比登推介，週末排隊人潮較多，請鄰近攤位協助維持走道淨空。
        市府觀光傳播局明年將補助夜市導入行動支付，每攤最高補助新臺幣5,000元，申請表請至服務台領取或至市府官網下載。
        本夜市禁止攤商於走道堆放紙箱與塑膠椅，經勸導仍未改善者，依自治公約第9條第2項停止營業3日。
        失物招領：昨晚於B區撿到黑色後背包一只，內有雨傘與保溫瓶，失主請攜帶可證明物品之資料至服務台認領。
    """),
    ("zh-Hant", "攤位租約與許可問答"): _lines("""
        Q：攤販營業許可證可以轉讓給親戚嗎？A：依各縣市攤販管理規定，許可證原則上不得轉讓、出租或出借，僅限原持證人死亡或失能時由配偶或直系血親申請承接。
        Q：新攤位登記需要準備什麼？A：申請書、身分證影本、最近3個月內2吋照片2張、食品業者登錄字號（販售食品者），送件至區公所或市場處受理。
        Q：食品業者登錄怎麼辦？A：至食藥署「非登不可」系統線上登錄，完成後取得一組登錄字號（格式如 A-XXXXXXXXX-XXXXX-X），須標示於攤位明顯處。
        Q：夜市攤位月租大概多少？A：依夜市地段與坪數而定，觀光夜市主街位置月租約新臺幣3萬至8萬元，另需繳押金2至3個月。
        Q：租約到期不續約，押金多久退？A：多數自治會規定點交完成後30日內無息退還，若有未繳清潔費或損壞公共設施，將從押金扣抵。
        Q：可以請外籍移工幫忙顧攤嗎？A：一般攤販不屬於可申請外籍勞工的行業別，非法聘僱依《就業服務法》處新臺幣15萬至75萬元罰鍰，詳情請洽勞動部1955專線。
        Q：衛生局稽查不合格會怎樣？A：初次多為限期改正，屆期未改善依《食品安全衛生管理法》處罰，罰鍰自新臺幣3萬元起跳。
        Q：攤位需要投保公共意外責任險嗎？A：部分縣市夜市已列為必要條件，建議保額至少每一個人體傷300萬元、每一事故1,500萬元。
        Q：營業額多少才需要辦稅籍登記？A：每月銷售額未達營業稅起徵點（目前銷售貨物為新臺幣10萬元）可免辦，超過須向國稅局辦理稅籍登記。
        Q：攤位可以延伸到騎樓嗎？A：騎樓屬公共通行空間，未經許可擺設依《道路交通管理處罰條例》第82條處罰，並可能被強制拆除。
        Q：夜市換攤抽籤怎麼進行？A：自治會每兩年辦理一次公開抽籤，由會員大會推派監察人在場，結果當場公布並全程錄影存檔。
        Q：轉租給我的二房東是個人，這樣合法嗎？A：可以簽約，但建議確認對方是攤位的合法使用權人，並要求提供其與自治會簽訂之原始合約影本。
        Q：申請書上的個人資料會被公開嗎？A：依《個人資料保護法》，主管機關僅於管理目的內使用，對外公告的攤商名冊只列攤位號碼與店名，不列負責人身分證字號及電話。
    """),
    ("zh-Hant", "衛生稽查紀錄摘要"): _lines("""
        稽查單號 TPE-FS-1151203-017｜寧夏夜市｜攤位 N-23（蚵仔煎）｜砧板生熟食未分開｜限期改正7日｜複查合格
        115/11/28 21:40 士林夜市B區飲料類3攤抽驗冰塊生菌數，2攤超標（>100 CFU/mL），已當場告知並排定12/05複驗。
        稽查項目：從業人員帽子口罩 ✔｜手部無傷口 ✔｜洗手設備 ✘（無洗手乳）｜冷藏溫度 4.2°C ✔｜結果：輕微缺失
        逢甲夜市年度稽查統計：受檢攤位412攤，合格371攤（90.0%），主要缺失為未標示過敏原（18攤）與炸油極性物質超標（9攤）。
        抽驗樣品編號 S115-TC-0884：滷味湯汁檢出己二烯酸 0.42 g/kg，未標示防腐劑，依食安法第22條通知業者限期補正標示。
        炸油總極性化合物快篩結果：鹹酥雞攤 27%、炸雞排攤 22%、地瓜球攤 19%；依規定超過 25% 須立即更換新油。
        依稽查SOP第4.2節，稽查照片僅拍攝作業區與設備，不得拍攝從業人員臉部；如需存證，改以攤位號碼及登錄字號記錄。
        花園夜市（週四、六、日營業）本季共出勤稽查9次，開立限期改正通知書23張，無移送裁處案件。
        缺失代碼 C07：冷藏設備溫度高於 7°C；C11：食材直接置於地面；C15：未備有效期限內之病媒防治紀錄。
        複查紀錄：攤位 R-108 已加裝三槽式洗滌槽及熱水供應，缺失代碼 C03 結案，由稽查組第二分隊簽核。
        民眾檢舉案 1150412-0093：反映某麻辣臭豆腐攤疑似重複使用湯底，現場查核未發現違規，已依規定函覆檢舉人。
        抽驗報告：六合夜市木瓜牛奶5件，大腸桿菌群均 <10 MPN/mL，符合飲冰品衛生標準。
        提醒攤商：食藥署消費者專線1919接獲之檢舉，將轉由地方衛生局於3個工作天內派員查處。
    """),
    ("mixed", "LINE群組店家訊息"): _lines("""
        各位老闆晚安～今天雨下很大，D區排水又塞住了，明天早上10點水電師傅會來通，有放東西在水溝蓋上的麻煩先移開🙏
        誰有多的 20kg 瓦斯桶可以先借一下？我們今天叫的還沒送到，明天一早就還，請私訊阿明炸雞攤位
        提醒大家 LINE Pay 今天 21:00-21:30 系統維護，這段時間請改收現金或街口支付，詳情看官方公告
        今晚 Uber Eats 單超多，#A1287 到 #A1302 這幾單的外送員請到入口麥當勞旁邊等，不要停在走道上喔
        明天開會記得帶攤位號碼牌，no badge no vote，自治會說這次要點名 👀
        今天豬肉批發價又漲了，溫體豬里肌每台斤 $165，大家要不要一起團購？滿 50 斤廠商免運送到夜市
        有人知道新版電子發票載具 QR code 要怎麼在 POS 上設定嗎？我用 iCHEF，更新到 v6.12 之後一直跳 error 403
        Google 地圖上「第37號 老牌臭豆腐」已經換上新菜單照片，歡迎大家幫忙留五顆星 ⭐⭐⭐⭐⭐
        管委會通知：下週三晚上有電視台要來拍美食節目，有意願入鏡的攤位請在這則訊息下面 +1
        今天有外國客人說我們的胡椒餅太燙嘴，哈哈，下次要記得提醒 careful, very hot，順便準備英文菜單比較好
        誰的白色發財車停在消防通道？拜託快移，消防局巡邏車十分鐘後就到了
        群組規則重申：禁止張貼私人電話、身分證、顧客照片，有事請私訊幹部，違者直接移出群組。
        OK 收到，明天 4:30 pm 開始搬桌椅，大家 see you 💪
    """),
    ("zh-Hans", "大陆游客夜市攻略"): _lines("""
        台北夜市攻略｜士林夜市建议从剑潭站1号出口出来，过马路直走就到，主街的大饼包小饼和豪大大鸡排必吃。
        宁夏夜市离双连站走路10分钟左右，推荐刘芋仔的蛋黄芋饼，排队大约15分钟，现炸出锅很烫嘴。
        去饶河夜市记得先去松山慈佑宫拜一拜，出来就是福州世祖胡椒饼，人均200到300台币就能吃饱。
        台南花园夜市只在周四、周六、周日营业，千万别周五跑去扑空！停车场很大，打车过去更方便。
        高雄六合夜市观光客多，本地人更推荐瑞丰夜市，周一、周三休息，注意别走错时间。
        小贴士：台湾夜市多数摊位只收现金，部分支持LINE Pay和街口支付，支付宝和微信支付能用的不多，出发前换好新台币。
        逢甲夜市是台中最大的夜市，就在逢甲大学旁边，推荐大肠包小肠、炙烧牛排和各种创意饮料。
        基隆庙口夜市的营养三明治是必吃，天妇罗和鼎边趖也不错，基隆雨多记得带伞。
        罗东夜市在宜兰，从台北坐葛玛兰客运大约1小时，推荐卜肉、包心粉圆和羊肉汤。
        价格参考（2026年）：大鸡排90到110台币，珍珠奶茶50到75台币，蚵仔煎70到90台币，臭豆腐60台币起。
        有读者问夜市能不能带宠物，一般可以，但人多的时候非常挤，建议用推车，别让狗狗被踩到。
        台南度小月担仔面始创于1895年，渔民洪芋头在淡季挑担卖面，「度小月」就是熬过淡季的意思。
        防坑提醒：点单前先问清价格，遇到纠纷可拨打1999市民热线或交通部观光署旅游服务热线0800-011-765。
    """),
    ("en", "stall_pos_config_and_logs"): _lines("""
        [2026-11-29 22:14:07] POS-TERM-03 INFO order #NM-20261129-0417 paid via LINE Pay, amount NT$185, txn 8f3a2c71-5e0b-4d9a-b6c2-91e7d04f5a12
        store_id: raohe-b17 | currency: TWD | tax_rate: 0.05 | einvoice: enabled | printer: EPSON TM-m30III | locale: zh_TW
        WARN fryer_temp_sensor_2 reading 198.6°C exceeds threshold 190°C for 45s; auto-cutoff triggered at 2026-11-30T20:41:55+08:00
        def mask_phone(p): return p[:4] + '***' + p[-3:]  # e.g. 0912345678 -> 0912***678
        SELECT stall_no, SUM(amount) FROM sales WHERE market = 'shilin' AND sale_date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY stall_no ORDER BY 2 DESC;
        E-invoice upload batch 20261201-02: 1,284 invoices sent to the MOF platform, 3 rejected (error 2014: duplicate invoice number), retry scheduled 02:00.
        Inventory SKU TP-BOBA-3KG tapioca pearls, 3 kg bag, lot 2611B, best before 2027-05-14, on hand 18 bags, reorder point 10.
        INFO sync: 42 menu items pushed to Uber Eats store ue-tw-77f2c9 and foodpanda vendor fp-x8k2, build v2.8.1, sha256 3b9e07a1c4d2
        Receipt template fields are customer=<NAME>, phone={{phone}}, note={{note}}; real values are never written to logs, see PRIVACY.md section 3.
        cron: 30 3 * * * /opt/stallpos/bin/backup --retain 14d --target s3://nightmarket-pos-backups/raohe/
        Test fixture: member_phone=0900-000-000, member_email=test@example.com, member_id=TEST-0001 (never use in production).
        ERROR printer offline (EPSON TM-m30III at 192.168.1.52), 7 receipts queued, operator prompted to switch to the kitchen printer.
        Release notes v3.4.0: added Taiwan Pay QR, fixed rounding of NT$ totals with 5% VAT, stopped storing carrier barcodes after upload.
    """),
    ("zh-Hant", "菜單價目與發票"): _lines("""
        林家蚵仔煎｜蚵仔煎 $80｜蝦仁煎 $90｜綜合煎 $110｜加蛋 +$15｜本攤蚵仔每日東石直送
        阿婆甜不辣價目表：小份 $50、大份 $80，加辣免費，外帶塑膠袋另收 $1。
        統一發票 UB-48217063｜115年11-12月｜賣方：陳記胡椒餅小吃店 統一編號 53817262｜胡椒餅×3 $180｜總計 $180
        匯款資訊：戶名 廟口鼎邊趖股份有限公司，臺灣土地銀行基隆分行，帳號 046-005-12638-7，請於備註填寫訂單編號。
        大腸包小腸 $75｜原味／蒜味／黑胡椒｜香腸使用臺灣豬肉，產地標示：臺灣｜油品：大豆沙拉油（美國）
        珍珠奶茶 M $55／L $65｜甜度：全糖、少糖、半糖、微糖、無糖｜冰塊：正常、少冰、去冰、溫熱
        訂購單 PO-20261203-11｜供應商：大豐食品行（統編 29461537）｜雞排每片220g ×200片｜單價 $38｜小計 $7,600｜交貨日 12/05
        過敏原標示：本攤產品含蛋、牛奶、花生、大豆及含麩質穀物，對上述成分過敏者請斟酌食用。
        收據｜豪大大雞排 士林店｜2026/11/30 22:41｜雞排×2 NT$200｜載具：手機條碼（已遮蔽）｜交易序號 0098-1130-2241
        環保餐盒押金：每個 $20，於任一參與「夜市循環杯盒計畫」的攤位歸還即可全額退款。
        老闆的話：本攤創立於民國68年，第一代推著腳踏車沿街叫賣，現由第三代接手，配方至今不變。
        報價單 Q-1151201：攤位壓克力燈箱招牌 120×60cm，含安裝 $8,500，營業稅5%另計，有效期30天，洽詢 service@nightsign.com.tw
        週年慶：12/12 當天消費滿 $200 送地瓜球一份，每人限領一次，送完為止。
    """),
    ("en", "night_market_history_howto"): _lines("""
        Taiwan's night markets grew out of temple fairs, where vendors gathered outside shrines to sell snacks to worshippers after the evening rites.
        Keelung's Miaokou market takes its name from Dianji Temple, and many of its numbered stalls have traded from the same spot for decades.
        Shilin Night Market traces its origins to 1909, and its food court moved back into the rebuilt market building in 2011.
        How to start a stall: register a food business on the FDA online system, get a vendor permit from your city or county, finish a food-handler course, then sign a lease with the market committee.
        The Michelin Guide Taipei added street-food stalls to its Bib Gourmand list in 2018, putting vendors from Raohe, Ningxia and Nanjichang beside sit-down restaurants.
        Local legend says the oyster omelette was invented in Tainan during Koxinga's campaign of 1661, when cooks stretched scarce rice with sweet potato starch.
        Tip for first-time visitors: bring small notes and coins, carry your rubbish until you find a bin, and step out of the main lane before you stop to eat.
        Bubble tea is usually credited to Chun Shui Tang in Taichung and Hanlin Tea Room in Tainan, both of which claim to have invented it in the 1980s.
        Frying oil should be changed once total polar compounds reach 25%; a handheld tester gives a reading in about 30 seconds.
        A typical stall rig runs on one 20 kg LPG cylinder, two burners and a small fridge, so check the market's per-stall power allowance before buying equipment.
        Many tourist markets keep a waiting list for new vendors, and in Taipei the wait for a main-lane pitch can run to several years.
        Mazu, the sea goddess once known as Lin Mo-niang, has her birthday in the third lunar month, and the temple fairs held for it still draw some of the year's biggest night-market crowds.
        When drafting a stall privacy notice, list what you collect (such as delivery phone numbers), why, how long you keep it and who to contact, and never post customers' details in group chats.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        寧夏夜市N-23攤租約承租人：王淑芬，身分證字號A227531865，聯絡電話0932-518-274，租期116年1月1日至117年12月31日。
        士林夜市B區賣雞排的黃建宏上個月檢查出B型肝炎帶原，衛生所要他先停工追蹤，他太太一直在群組拜託大家不要講出去。
        員工資料表｜姓名 蔡宜庭｜出生日期 2003/08/14｜住址 新北市三重區正義北路132巷7號4樓｜緊急聯絡人 母 蔡美玲 0921-664-803
        饒河街C-07攤的老闆娘林秀琴已經欠了四個月攤租，共新臺幣18萬6千元，自治會決議下個月起停止她的營業權。
        【投訴紀錄】1151130-0412 顧客陳怡君（0958-302-716）反映在逢甲夜市某臭豆腐攤購買後腹瀉就醫，要求賠償醫藥費1,240元。
        退押金請匯給前承租人張志明：中華郵政（700）局號0061203 帳號0458726，金額新臺幣6萬元，匯完請拍收據給我。
        六合夜市的阿德（本名許德昌）上週酒駕被抓，車牌BFR-7265，聽說駕照吊扣兩年，現在都是他兒子在顧攤。
        我是花園夜市週四區的攤主鄭家豪，身分證R152463827，想查詢攤販許可證換證進度，手機0919-275-430，謝謝。
        移工名冊備註：NGUYEN THI LAN，居留證號A912076539，越南籍，申請名義是家庭看護，實際上每晚被雇主帶到夜市洗碗。
        後面民生路88號3樓那位退休的劉老師每天晚上都打1999檢舉我們油煙，他太太去年中風到現在還坐輪椅。
        115年11月薪資單｜洪佳琪｜時薪 $196 × 148 小時 = $29,008｜勞保自付 $695｜健保自付 $450｜實發 $27,863
        我們顧攤的小妹吳欣怡懷孕五個月了，醫生說她有妊娠糖尿病，不能再搬瓦斯桶，下個月開始只排她顧收銀。
        要跟賣烤玉米的陳國榮訂貨，直接加他LINE：kuo.rong0721，或打0911-382-507，他晚上9點後才會回。
        稽查紀錄附件：負責人 李文雄 F139746280，住所 新北市板橋區文化路一段268號8樓之2，違規事項：冷藏溫度12°C。
        代掛號資料：楊雅婷，身分證S278104693，出生1991/03/22，瑞豐夜市滷味攤主，胃食道逆流回診，請掛下週二早上。
        基隆廟口第31號的老闆周俊傑跟他太太正在打離婚官司，攤位登記在太太名下，兩個人現在每天在攤子前面吵。
        賣炸湯圓的游振輝阿伯是一貫道的點傳師，每週日都去三重的佛堂，所以週日晚上一定不出攤。
        老師您好，士林國小三年二班謝承恩明天請病假，家長是在士林夜市賣大腸包小腸的謝先生，電話0987-105-362。
        B-114,蘇美華,F264019378,0935-742-168,蔥抓餅,押金60000已繳
        {"stall":"N-07","owner":"簡志偉","tw_id":"E185927407","mobile":"0972-604-118","bank":"822-028544719036"}
        2026-12-02 21:17:44 [complaint] caller=0916-530-284 name=邱婉婷 issue=被攤位熱油濺傷手臂 location=饒河街B區 status=轉衛生局
        攤販許可證申請書｜申請人：賴俊宏｜出生：1979/11/05｜身分證：B147392050｜戶籍：臺中市西屯區文華路100巷3弄12號｜販售品項：滷味
        IG上那個 @mei_stinkytofu_0913 一直發夜市影片的女生，其實是隔壁攤老闆的女兒郭美伶，現在讀中山女高二年級。
        刷卡爭議通知：卡號 4552-3601-8472-9137，持卡人 TSAI MING-HSUN，11/28 在本攤消費 NT$1,860，持卡人主張未經授權。
        出國採購代辦資料：江宗翰，護照號碼351827406，效期至2031/04/17，出生1984/06/09，住臺南市東區長榮路二段55號6樓。
        寧夏路那間紅色鐵門透天厝、每晚推輪椅來買豬血糕的獨居鍾阿公，里長說他最近被診斷失智症，兒子在高雄都沒回來。
        外送單 #A1291｜收件人：黃詩涵｜電話 0928-417-653｜地址：臺北市大同區民生西路198號5樓｜備註：管理室代收
        前員工林冠宇說我們積欠他加班費兩萬三，已經去勞工局申請調解，他媽媽昨天還跑來攤位大吵說要告我們。
        我的資料：江美惠，民國72年5月3日生，LINE ID meihui0503，在逢甲夜市賣大阪燒，想申請青年創業貸款。
        昨晚地瓜球攤的工讀生許家瑜右手臂被熱油濺到二度燒傷，送台大醫院急診，她爸爸說要申請職災給付。
    """),
    "zh-Hans": _lines("""
        我表姐刘晓燕（身份证350203198607140322）想去台湾宁夏夜市盘个摊位，她现在在厦门思明区开奶茶店，电话138 5021 7436。
        陆配会员登记：孙丽娟，原籍广东深圳，身份证号440305199102231688，台湾手机0966-281-503，在士林夜市卖烧仙草。
        收款记录：赵一凡（微信号 zhaoyf_1995）转账3,000元定金订购夜市餐车一台，收货地址北京市东城区东四十条甲22号2单元501。
        上海来的游客周建国（身份证310104197809302456）在饶河夜市吃了生蚝后急性肠胃炎，住进马偕医院，家属要求摊主赔偿。
        我老公何志强在六合夜市卖鸡排，去年欠了高利贷三十多万，现在每天都有人来摊位堵他，我真的不知道该怎么办。
        员工档案：姓名 马晓婷，出生1995-05-17，身份证110101199505170725，QQ 2873465190，应聘岗位：夜市摊位收银。
        订团名单第7位：吴海涛，男，证件号320106198303114190，手机186 2591 4073，对花生严重过敏，夜市行程请避开花生卷冰淇淋。
        隔壁摊的阿玲姐（陈美玲）上个月乳腺癌开刀，现在在做化疗，摊子暂时交给她女儿看，大家别在群里乱传。
    """),
    "en": _lines("""
        Vendor onboarding: Hsu Wei-lun, ID H130285742, mobile 0918-642-075, email weilun.hsu88@gmail.com, stall 12 at Ruifeng Night Market.
        Our food-tour guest Rachel Tan (NRIC S8734216F, +65 9127 4538) has a severe shellfish allergy, so please warn the oyster omelette stall before we arrive.
        Refund request: Daniel Wong, HKID K482613(2), WhatsApp +852 9384 1726, was charged twice at the Shilin chicken cutlet stall on 29 Nov.
        Staff incident report 2026-11-27: part-timer Jessica Liao (DOB 2004-02-19) had a seizure during her shift; she has epilepsy and was taken to Mackay Memorial Hospital by ambulance.
        Malaysian pop-up applicant: Lim Chee Keong, MyKad 880412-10-5237, phone 012-738 4619, wants a six-month lease at Raohe for a nasi lemak stall.
        Please update the lease: tenant Michael Chou now lives at 5F, No. 27, Lane 156, Sec. 6, Zhongshan N. Rd., Shilin Dist., Taipei 111, new mobile 0939-201-846.
    """),
    "mixed": _lines("""
        明天的 shift：Amy 黃 (0905-318-642) 顧收銀，她週二四六早上要去洗腎 dialysis，所以只能排晚班。
        Customer complaint：林佩珊小姐 foodpanda 訂了雞排，地址台北市士林區大南路45號3樓，phone 0923-758-190，說吃完 food poisoning 掛急診。
        New staff onboarding｜TRAN VAN MINH｜ARC F850134720｜work permit 到 2027/08/31｜薪轉帳戶 台新銀行 812-2008-10-0473925
        Hi 大家，我是寧夏夜市 N-15 的 Kevin 蕭柏翰，my new LINE ID is kevin_hsiao_n15，手機換成 0970-562-318，以後叫貨找這個。
        Lost & found：Singapore 客人 Priya Raman（FIN G5128046L）在士林掉了錢包，裡面有 NT$8,000，她的 mobile 是 +65 8462 7731，住西門町的飯店 room 1208。
        澳門來的 partner 何嘉欣，澳門身份證 1284573(6)，電話 +853 6628 4179，想跟我們合夥在逢甲做三個月 pop-up。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是協助夜市攤商處理行政文件的助理，回答請使用繁體中文。"),
        ("user", "幫我寫一份夜市攤位的員工排班公告範本，要有姓名、聯絡方式和班別欄位。"),
        (
            "assistant",
            "好的，範本如下：【排班公告】員工姓名：＿＿＿｜聯絡電話：＿＿＿｜班別：＿＿＿｜備註：請提前30分鐘到攤位備料。需要我幫您填入資料嗎？",
        ),
        (
            "user",
            "好，幫我填小陳的：陳品妤，0952-617-384，身分證D203648517，週二到週六晚班，她說要附身分證才能報勞保。",
        ),
        (
            "assistant",
            "已填入：員工姓名 陳品妤｜聯絡電話 0952-617-384｜班別 週二至週六晚班。身分證字號D203648517建議只放在勞保申報文件，不要貼在公開排班表上。",
        ),
    ],
    [
        ("system", "You help night-market vendors write polite messages to customers."),
        ("user", "How do I tell a regular customer we can't keep holding her daily order for her?"),
        (
            "assistant",
            "You could say something like: We've loved setting your order aside every evening, but during the busy season we can't hold items past 8 pm. We'd be glad to have it ready if you message us before you come.",
        ),
        (
            "user",
            "The thing is, it's Mrs. Kao who lives right above our stall at 2F, No. 61 Raohe Street. She's in the middle of chemo and can't always come down on time, so I want it to be really gentle.",
        ),
        (
            "assistant",
            "Then you might offer to bring it up to her flat yourself when it's quiet, or ask a family member to collect it, and tell her kindly that you'll keep her order until 8:30 on the days she has treatment.",
        ),
    ],
    [
        ("system", "你是台湾创业咨询助手，用简体中文回答。"),
        ("user", "陆配在台湾夜市摆摊需要什么条件？"),
        (
            "assistant",
            "一般需要取得台湾居留或定居身份、可合法工作，再向当地区公所或市场处申请摊贩许可证，并完成食品业者登录。具体要求各县市略有不同。",
        ),
        (
            "user",
            "那我具体的情况是这样：我叫黄秀梅，2019年嫁到高雄，依亲居留证号码是E900316522，微信hxm_0816，现在想在瑞丰夜市卖凉面，能帮我看看吗？",
        ),
        (
            "assistant",
            "黄女士，依亲居留一般可以合法工作，建议您带居留证到高雄市经发局市场管理处询问瑞丰夜市是否还有空摊位，再准备食品业者登录。",
        ),
    ],
    [
        ("system", "你是一位協助攤商處理人際問題的顧問。"),
        ("user", "隔壁攤的阿雄最近一直跟我借錢，已經借了三次，我不知道要怎麼拒絕。"),
        (
            "assistant",
            "可以先表達關心，再清楚說明自己的資金也有限，例如：我最近週轉也很緊，這次真的沒辦法。",
        ),
        (
            "user",
            "他全名叫蔡文雄，在六合夜市賣木瓜牛奶。他說是因為兒子被送進桃園少年輔育院，要付律師費，我很同情但真的借不起了。",
        ),
        (
            "assistant",
            "理解您的為難。您可以建議他向法律扶助基金會（412-8518）申請協助，這樣既幫得上忙，也不必再借錢給他。",
        ),
    ],
    [
        ("system", "You are an assistant that helps night-market committees manage LINE groups."),
        ("user", "幫我們寫一條 LINE 群組規則，禁止大家亂 post 別人的私事。"),
        (
            "assistant",
            "建議文字：本群組僅討論夜市營運事務，請勿轉貼任何人的私人訊息、照片、健康或家庭狀況，違者由管理員移出群組。",
        ),
        (
            "user",
            "Thanks. 其實是因為有人把 Ivy 林怡君上個月流產的事 post 上來，還說她是因為在攤位太累，她現在很崩潰。",
        ),
        (
            "assistant",
            "很遺憾發生這種事。建議管理員先刪除該訊息、私下向怡君致歉，並請發文者撤回，再公告上面的新規則。",
        ),
    ],
    [
        ("system", "You are a lease-drafting assistant for stall operators in Taiwan."),
        (
            "user",
            "Please turn this into a clean lease header: Tenant Chang Yu-ting, Taiwan ID N219374053, phone 0963-470-215, stall F-22 at Fengjia Night Market, monthly rent NT$42,000.",
        ),
        (
            "assistant",
            "Lease Header | Tenant: Chang Yu-ting | National ID: N219374053 | Mobile: 0963-470-215 | Premises: Stall F-22, Fengjia Night Market | Monthly rent: NT$42,000 | Deposit: two months.",
        ),
        (
            "user",
            "Add her home address too: 7F-3, No. 88, Henan Rd. Sec. 2, Xitun Dist., Taichung.",
        ),
        (
            "assistant",
            "Added: Tenant's address: 7F-3, No. 88, Sec. 2, Henan Rd., Xitun Dist., Taichung City.",
        ),
    ],
    [
        ("system", "你是協助民眾撰寫陳情信的助理。"),
        ("user", "我想寫信給市場處，檢舉夜市攤位半夜收攤太吵，要怎麼寫比較有效？"),
        (
            "assistant",
            "建議寫明發生地點、時間、頻率與影響，附上錄音或照片，並提出具體請求，例如請求於凌晨1點後禁止搬運作業。",
        ),
        ("user", "好，地點是饒河街東段，通常凌晨兩點還在搬鐵架。"),
        (
            "assistant",
            "可以寫：饒河街東段攤商常於凌晨兩點後搬運鐵架，噪音嚴重影響住戶睡眠，懇請貴處協助勸導。陳情人資料要填嗎？",
        ),
        (
            "user",
            "要，陳情人：許雅雯，住八德路四段742巷3號5樓，電話0927-613-058，我先生有心律不整，半夜被吵醒很危險。",
        ),
    ],
    [
        ("system", "你是帮夜市摊主整理资料的助手。"),
        (
            "user",
            "帮我把这几个兼职整理成表格：李娜 139 1274 6083 周末晚班；王磊 158 0361 2947 平日；张婷婷 177 5203 8614，她是学生，只能周五。",
        ),
        (
            "assistant",
            "姓名｜手机｜班次；李娜｜139 1274 6083｜周末晚班；王磊｜158 0361 2947｜平日；张婷婷｜177 5203 8614｜周五（学生）",
        ),
        ("user", "再加一栏备注：王磊有糖尿病，要让他按时吃饭。"),
        (
            "assistant",
            "已更新：王磊｜158 0361 2947｜平日｜备注：有糖尿病，需按时用餐。建议健康信息单独保存，不要发到群里。",
        ),
    ],
    [
        ("system", "You are a travel helper for visitors to Taiwan."),
        ("user", "I lost my wallet at Shilin Night Market tonight. What should I do?"),
        (
            "assistant",
            "Go to the night market service centre first, then report it at the nearest police station; if cards were inside, call your bank to freeze them.",
        ),
        (
            "user",
            "OK. For the police form: I'm Cheung Ka Wai, HKID Y305718(4), staying at room 912 of a hotel on Zhongshan N. Rd., my phone is +852 6173 2890.",
        ),
        (
            "assistant",
            "Bring your HKID card or travel permit with you, give the officer the details above, and ask for a copy of the report number for your insurer.",
        ),
    ],
    [
        ("system", "你是協助攤商辦理攤販許可相關手續的助理。"),
        ("user", "我媽在逢甲夜市賣烤玉米二十幾年了，攤位許可證是她的名字。"),
        ("assistant", "了解，請問您想辦理的是換證、變更負責人，還是其他事項？"),
        (
            "user",
            "她叫張麗珠，今年被診斷出帕金森氏症，手一直抖，沒辦法再翻玉米了，想問能不能轉給我繼續做。",
        ),
        (
            "assistant",
            "很抱歉聽到媽媽的狀況。一般許可證不能轉讓，但若持證人因病無法經營，直系血親可檢附診斷證明向台中市政府經發局申請承接，建議先電話詢問所需文件。",
        ),
    ],
]
