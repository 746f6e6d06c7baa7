# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh164: Taiwan night markets and street vendors (stall lotteries, rents, hygiene inspections, vendor LINE groups, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh164
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "market_notice"): _lines("""
        【自治會公告】115年度第2期攤位抽籤訂於12月14日(日)上午10時於市場處3樓會議室辦理，請持攤販證正本及印章親自到場，未到者視同放棄。
        公告：本夜市A區1至28號攤位自116年1月起每月清潔費調整為新臺幣1,500元，電費另依分表度數計收，每度6.2元。
        颱風警報發布期間，依市府規定本夜市暫停營業，復業時間另行於LINE群組及公布欄通知。
        提醒各攤商：油煙罩濾網每兩週須清洗一次，環保局將於本月下旬不定期抽查，違者依空氣污染防制法處新臺幣5,000元以上罰鍰。
        抽籤結果公告：候補攤位共17個，依抽籤序號001至017順序遞補，序號對照表張貼於服務台；依個資法規定，本公告不揭露姓名及證號。
        夜市服務台開放時間為每日17:00至24:00，失物招領請洽服務台或撥打自治會辦公室電話(02)2558-3127。
        攤位轉讓、頂讓一律禁止，經查獲私下轉租者，市場處得廢止其攤位使用許可，已繳保證金不予退還。
        春節期間（除夕至初五）延長營業至凌晨2時，垃圾車加開兩班，分別於00:30及02:30於停車場入口收運。
        本月公共區域清潔輪值表：第1週A區、第2週B區、第3週C區、第4週美食廣場區，請各區區長督導並於週日晚間回報。
        消防安全宣導：每攤須備妥10型乾粉滅火器一具，瓦斯桶不得超過兩桶且須以鐵鍊固定，11月抽查不合格率為12%。
        徵求志工：元宵節「夜市提燈踩街」活動需志工30名，報名請至服務台索取報名表，額滿為止。
        攤位保證金退還作業：已歇業攤商請於12月31日前檢附原繳款收據正本至市場處辦理，逾期不受理。
        即日起本夜市全面禁用一次性塑膠吸管，外帶飲料請提供紙吸管或不附吸管，違者由環保局依規定裁處。
        停電施工通知：台電將於12/18(四) 14:00-16:30更換B區變電箱，B區攤商請提早備妥發電機，開市時間不受影響。
        行動支付推廣：本夜市與街口支付、LINE Pay合作，12月每筆消費滿200元回饋5%，詳情見各攤桌貼QR Code。
    """),
    ("zh-Hant", "inspection_report"): _lines("""
        稽查紀錄 115-HY-0387｜攤位C-09（招牌：老街臭豆腐）｜抽驗泡菜｜防腐劑（己二烯酸）未檢出｜判定：合格
        大同區夜市飲品抽驗結果：共抽驗32件，冰塊大腸桿菌群不合格3件，業者已限期改善並複驗合格。
        稽查項目：從業人員配戴口罩、髮帽；生熟食砧板分開；冷藏溫度7°C以下。攤位B-22冷藏櫃溫度11°C，當場勸導改善。
        衛生局今年度夜市聯合稽查共計1,284攤次，不合格率4.7%，較去年下降1.2個百分點，主要缺失為食材未加蓋。
        檢驗報告編號 TPH-FD-1150923-0412：檢體名稱 胡椒餅餡料；生菌數 3.2×10^4 CFU/g；結論 符合衛生標準。
        複查通知：攤位A-03於11月28日初查時發現廢水直排側溝，請於12月10日前設置油脂截留器，屆期由稽查員複查。
        衛生局提醒：夜市攤商販售現場調製飲料，應標示糖量及咖啡因含量，未標示者依食安法裁處。
        「夜市優良攤商」評鑑結果：共42攤獲五星級，名單以攤位編號及招牌名稱公布，詳見市場處官網。
        檢體編號 NM-2026-1187｜鹹酥雞炸油｜總極性化合物 27%｜超過25%限值｜當場要求換油並拍照存證
        稽查員工作檢核表：□攤位證懸掛 □健康檢查證明 □洗手設備 □廢油回收紀錄 □病媒防治紀錄 □瓦斯桶固定
        花蓮東大門夜市原住民一條街抽驗山豬肉香腸10件，動物用藥殘留均未檢出。
        稽查照片檔名：IMG_20261129_C09_03.jpg、IMG_20261129_C09_04.jpg，已上傳至稽查系統案號115-0387。
        本次稽查缺失樣態統計：食材落地放置9件、未戴髮帽14件、垃圾未分類6件、廢油未登記4件。
        依《食品良好衛生規範準則》，攤販使用之冰塊應來源明確，並保留供應商名稱及進貨日期紀錄一年。
    """),
    ("zh-Hant", "vendor_line_group"): _lines("""
        各位老闆晚安～明天氣象說下午會下大雷雨，自治會決定照常營業，帳篷記得綁好🙏
        電費分攤方式跟上個月一樣：公共照明平均分，各攤自己的用電看分表，單子明天貼服務台
        有人知道哪家瓦斯行晚上九點後還有送？我們這攤常常不夠用
        週六市場處來量攤位尺寸，超出黃線的請先收進來，一次超出罰1200
        剛剛有觀光客在問哪裡可以換錢，跟他們說7-11有ATM，夜市裡面沒有兌換處
        推薦大家用的收銀APP有：iCHEF、肚肚、Ocard，手續費差很多，可以比較看看
        今晚人潮超多，停車場滿了，請老闆們的車先停到國小旁邊那個收費停車場
        明天早上9點清潔日，記得把攤車底下的油垢刷乾淨，衛生局下週要來
        提醒：群組禁止發廣告、賣保險、拉票，違者踢出喔
        請問抽籤要帶什麼？→ 攤販證正本、印章、繳費收據，三樣缺一不可
        有沒有人要合購封口機？廠商說滿10台每台算3,800
        老闆們注意，最近有假冒「市場處」打電話叫大家匯錢換新攤位證的詐騙，市場處不會打電話要你匯款！有疑問打165
        今天B區的排水溝又塞了，已經報1999，案件編號1151206-0078，明天會有人來通
        跨年那天延長到凌晨1點，警察會在路口管制，貨車10點前要離場
        誰家有多的折疊桌可以借一下？今晚美食廣場那邊桌子不夠
        📢自治會12月會議：12/20(六)下午3點，在活動中心，議題：明年清潔費、監視器加裝、廁所清潔外包
    """),
    ("zh-Hant", "faq_howto"): _lines("""
        問：在臺北市申請攤販營業許可證需要哪些文件？答：申請書、身分證影本、兩吋照片兩張、健康檢查證明，送市場處審核。
        夜市擺攤新手常見問題：攤位費、清潔費、電費、保證金通常分開收，簽約前要問清楚有沒有「權利金」。
        如何檢舉夜市攤販占用騎樓？可撥打1999或透過「警政服務App」上傳照片，需註明時間與地點。
        攤販是否需要開立統一發票？月營業額未達20萬元的小規模營業人由國稅局核定課徵，免用統一發票。
        食品從業人員健康檢查項目包括A型肝炎、手部皮膚病、出疹、膿瘡、外傷、結核病、傷寒，每年至少一次。
        夜市攤位頂讓是否合法？公有攤位使用權不得轉讓；私人土地上的攤位則依租約，建議書面約定並辦理公證。
        怎麼經營攤位的LINE官方帳號？建議開啟「集點卡」和「預約外帶」功能，歡迎訊息不要超過三則。
        颱風停業時攤位租金要照繳嗎？依多數夜市自治會規約，市府宣布停班停課當日可免收清潔費，租金仍照繳。
        夜市攤販可以使用桶裝瓦斯嗎？可以，但須使用合格容器並有檢驗標籤，且與明火保持安全距離。
        外籍配偶可以申請攤販證嗎？持有居留證且已取得工作權者可申請，各縣市規定略有不同，請洽當地市場處。
        想做夜市炸物，一台雙槽油炸機大約多少錢？二手約1.5萬，全新不鏽鋼約3到5萬，另需油煙處理設備。
        新北市攤販臨時攤位申請流程：線上登記→資格審查→公開抽籤→繳費→核發臨時攤位證，全程約45天。
        消費者在夜市吃壞肚子怎麼辦？保留收據與剩餘食物，就醫並向衛生局通報，衛生局會追溯攤位。
        夜市攤位的標準尺寸多大？一般公有攤位為寬1.8公尺×深1.2公尺，美食區可到2.4公尺。
    """),
    ("zh-Hans", "travel_guide"): _lines("""
        士林夜市攻略：坐捷运淡水信义线到剑潭站1号出口，步行3分钟，推荐大饼包小饼、炸鸡排、士林大香肠。
        宁夏夜市被称为"台北之胃"，蚵仔煎、猪肝汤、芋头饼都很有名，建议晚上7点前到，避免排长队。
        去台湾夜市要带现金吗？大部分摊位只收新台币现金，部分支持LINE Pay和街口支付，银联卡基本不能用。
        高雄六合夜市离美丽岛站很近，海鲜粥和木瓜牛奶是招牌，周末人多注意随身物品。
        台中逢甲夜市是台湾面积最大的夜市之一，大肠包小肠、明伦蛋饼、地瓜球都值得一试。
        饶河街夜市入口的慈祐宫香火很旺，夜市全长约600米，胡椒饼是必吃。
        夜市里的"射气球""捞金鱼"游戏一局大约100元新台币，适合带小朋友。
        台湾夜市一般营业时间是傍晚5点到午夜12点，部分夜市有固定公休日，出发前最好查一下。
        花莲东大门夜市分为原住民一条街、外省一条街、福町夜市等区域，附近有停车场。
        在夜市买东西讲价吗？吃的一般不讲价，衣服饰品摊可以试着问有没有优惠。
        大陆游客注意：台湾电压110V，夜市服务台旁边有充电宝租借点，押金300元新台币。
        台南花园夜市只在周四、周六、周日营业，其他日子去会扑空。
    """),
    ("en", "tourist_guide"): _lines("""
        Raohe Street Night Market is easiest reached from Songshan MRT Station; the pepper buns at the east gate sell out around 10 pm on weekends.
        Anthony Bourdain featured Taiwanese night market food in his travel shows, and stinky tofu became a rite of passage for visiting food writers.
        Tip: most stalls are cash-only, so withdraw NT$ at a convenience store ATM before you go; a typical snack costs NT$50-100.
        Several pepper-bun and herbal-soup stalls in Taipei night markets have been listed as Michelin Bib Gourmand since the Taipei guide launched in 2018.
        Review: Great vibe, long queues, the oyster omelette was a bit starchy. The stall by the temple gate was better. 4/5.
        Hygiene tip for travellers: choose stalls with high turnover, look for the city's inspection sticker, and skip ice in drinks if you have a sensitive stomach.
        The night market's lost-and-found counter is next to the public toilets; unclaimed items are handed to the local police station after 7 days.
        How do stall lotteries work in Taipei? Licensed vendors draw numbers in public at the markets office; the order decides which vacant pitch each vendor may choose.
        Question for locals: is it rude to eat while walking in a night market? (Not really, but don't block the aisle.)
        Order #TW-NM-48213 confirmed: 2 x Night Market Food Tour (Shilin), 6:30 pm meeting point at Jiantan Station Exit 1. Total NT$3,200.
        Kenting Street night market stays open late in summer; scooter rental shops nearby ask foreign visitors for an international driving permit.
        Further reading: "Night Markets of Taiwan: A Street Food Atlas" (ISBN 978-986-5510-42-8), chapters on Tainan and Keelung Miaokou.
    """),
    ("mixed", "system_logs"): _lines("""
        [2026-12-05 23:41:07] INFO lottery-svc draw_id=115-02 seed=0x7f3a91c2 slots=17 candidates=64 status=done
        stall_id,zone,width_m,depth_m,monthly_fee_twd,power_meter | C-09,C,1.8,1.2,4500,PM-0931 | C-10,C,1.8,1.2,4500,PM-0932
        POS export: 發票號碼 QK-58203917 | 2026/12/05 21:14 | 鹽酥雞 x2 | NT$180 | 載具: 無
        config night_market.yaml → open_time: "17:00", close_time: "24:00", holiday_mode: typhoon, notify_channel: line_group
        包裹查詢：黑貓宅急便 9058-3312-7461 已送達 夜市服務台（封口機配件 2箱）
        SELECT stall_id, SUM(kwh) FROM meter_reading WHERE month = '2026-11' GROUP BY stall_id ORDER BY 2 DESC;
        1999案件 #1151203-0214 狀態：已派工｜類別：攤販占用道路｜地點：寧夏路與民生西路口｜預計處理：3工作日
        sha256(lottery_result_115_02.csv) = 09d35c0ab5e9b73f6a1ede1271e5ee9108d7a5068c482cb6535aa9bd51ffe166
        廠商報價單 Q-2026-1147｜鼎香食品機械有限公司 統一編號 83145076｜雙槽油炸機 x3｜含稅 NT$118,500
        攤位電表 PM-0931 度數：11/01 12,384 → 12/01 13,027，用電 643 度，電費 NT$3,986.6
        Release note: stall-lottery-app v2.5.0 — 新增候補遞補通知、修正抽籤序號重複 bug (#142), min Android 10
        Notice: LINE Notify 已於2025年3月31日停止服務，自治會群組推播改用 Messaging API，channel 設定放在 .env
    """),
    ("zh-Hant", "news_public"): _lines("""
        臺北市市場處今日公布，本市列管夜市共14處，登記攤位4,300餘攤，今年新增候補名額160個。
        米其林指南自2018年進軍臺北，饒河街夜市的胡椒餅攤曾多次入選必比登推介名單。
        作家焦桐在飲食散文中描寫夜市小吃，認為夜市是台灣庶民飲食文化的縮影。
        臺北市議會今日質詢夜市周邊違停問題，市府承諾明年增設機車停車格200格。
        士林夜市的美食區源自日治時期興建的士林公有市場，歷經遷移後又回到基河路原址。
        高雄市經發局統計，六合夜市今年國際旅客人次較去年成長18%，以日本、韓國及香港旅客最多。
        消保單位今年抽查全台10處觀光夜市標價情形，發現23%攤位未明確標示價格，已函請地方政府輔導改善。
        逢甲夜市因緊鄰逢甲大學而得名，學校名稱源自清末詩人丘逢甲。
        臺南市政府宣布花園夜市周邊明年試辦接駁專車，週四、六、日晚間每20分鐘一班。
        食藥署提醒，冬季夜市熱食攤使用的免洗餐具應符合衛生標準，民眾可撥打食安專線1919諮詢。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        115年度第2期攤位抽籤中籤名單：序號007 林建宏（A123847360）抽中C區12號攤位，請於12月20日前繳交保證金3萬元。
        催繳通知｜攤位B-12 負責人 王淑芬 女士：您11月、12月清潔費及電費共計新臺幣7,840元尚未繳納，請於12/15前至服務台繳清，逾期將停止供電。
        陳志明 0933-286-415 C區5號 蚵仔煎｜健檢報告A肝抗體陰性，需補打疫苗後再上工
        檢舉人：黃秀琴｜住址：臺北市大同區寧夏路52巷7號3樓｜陳情內容：樓下攤商每晚油煙直衝我家窗戶，已經半年，請環保局處理｜聯絡電話：0921-553-078
        @阿忠 你的發財車 BKN-7731 又停在消防通道，管理員說再一次就叫拖吊喔
        攤商資料表｜姓名：張美玲｜身分證：E224910573｜手機：0955 172 836｜攤位：六合夜市 第38攤｜販售品項：木瓜牛奶
        保證金退費帳戶：郵局 局號0021547 帳號0368291，戶名 劉家豪，退還金額NT$30,000，預計12/22入帳
        自治會會議紀錄：B區14號攤商吳俊傑上月與鄰攤鄭雅婷發生肢體衝突，經協調雙方和解，吳員承諾賠償醫藥費5,000元。
        行政處分書｜受處分人：許雅雯（R227158931）｜違規事實：販售之滷味經檢出防腐劑超標｜處分：罰鍰新臺幣3萬元
        @蔡佩君 妳弟弟昨天在攤位收錢找錯800，客人跑來服務台抗議，麻煩妳處理一下
        匯款明細 115/11 攤位租金｜匯款人：楊宗翰｜中國信託(822) 帳號 3125-4087-6619｜金額 12,000｜備註：D-07
        失物招領登記：遺失人 李承恩（國小四年級），家長 李國華 0912-604-331，藍色水壺一個，12/05 已領回。
        切結書：本人周俊廷（身分證字號F131792404）承租士林夜市大東路第21號攤位，保證不私自轉租、頂讓，如有違反願無條件放棄攤位。
        里長轉來投訴：巷口賣雞排的胖虎（本名邱建志，B區第7攤）前晚喝醉跟客人打架，派出所已經做筆錄了。
        排班 12/07(日)｜蘇怡君｜收銀｜17:00-23:00｜時薪190｜0978-315-602
        稽查紀錄｜負責人：鄭國輝 T125409828｜攤位「鄭家蚵仔麵線」｜冷藏溫度13°C超標｜限期12/12前改善
        自治會收款 H223068715 游惠婷 電費 NT$1,260 已收 12/03
        有人檢舉A-18攤的老闆娘簡淑惠用隔夜的滷汁，她先生羅志偉說那是當天早上才煮的，兩個人在群組吵起來
        身心障礙優先攤位申請｜申請人：謝明哲｜障礙類別：肢體障礙（中度，右下肢截肢）｜申請攤位：南機場夜市 第9號
        客訴單 #NM-1206-03：顧客 葉宛臻 0966-201-487 反映於C-15攤購買之珍珠奶茶內有異物，要求退款NT$65並保留證據。
        巡守隊值勤紀錄 12/05 22:40：E區9號攤商王建國酒後欲騎機車 NFA-2096 返家，經勸阻後已通知其妻前來接回。
        房東通知：大同區民生西路198巷3號2樓 租客曾柏翰（在寧夏夜市賣烤玉米）已欠房租兩個月，共NT$26,000。
        中籤放棄聲明：序號031 江素貞（P228371650，電話05-6328714）因罹患乳癌需接受化療，自願放棄C區攤位。
        「阿嬤滷味」的老闆娘陳罔市今年82歲，就住在攤位後面那條巷子，兒女都在美國，每天一個人收攤，大家有空幫忙看一下
        遞補通知書 致 林子傑 先生（O122956041）地址：新竹市東區光復路二段101巷15弄4號｜您已遞補至城隍廟周邊第17號攤位，請於10日內辦理簽約。
        A區攤商LINE：A-01 老陳 line id: chen_a01 / A-02 Ruby吳 id: rubywu0713 / A-03 小邱 id: qiu.bbq88
        蕭文彬：我這禮拜住院開刀，攤子先給我兒子蕭宇軒顧，有事打他 0988-740-215
        罰單通知：車號 ARK-5530 車主程翊豪於逢甲夜市文華路違規停車，罰鍰NT$900，應到案日期115/12/30。
        原住民攤位申請｜U226103784 邱雅琪｜族別：阿美族｜東大門夜市原住民一條街 第5攤｜販售：石板烤肉
        吳承翰 D124470197 大東夜市2-18攤，去年因販賣私菸被財政部裁罰，今年續約申請暫緩審查
    """),
    "mixed": _lines("""
        HK旅客報失：陳嘉欣 HKID Y583201(0) 喺寧夏夜市跌咗銀包，入面有八達通同信用卡，聯絡 +852 9617 2258，住西門町酒店
        Stall helper sheet｜Name: Kelly Chang 張凱莉｜Mobile 0972-118-406｜負責：收銀｜Note: 懷孕中 no heavy lifting
        FYI 阿Ben（林柏翰）的 IG @benlin_stinkytofu 是私人帳號，別再 tag 他了，他說最近被前女友騷擾
        Amy姐（吳淑媛）你的 deposit 我已經轉到你台新 812 帳戶 2004-1003-58827 了，收到回個貼圖
        Customer 黃先生 0987-554-312 預訂 12/24 外帶鹹酥雞 x20，deposit NT$500 paid，取貨 19:30
    """),
    "zh-Hans": _lines("""
        游客李娜（手机 138 2914 6057）在士林夜市遗失钱包，内有身份证 440305199202271564 和港澳通行证，已在服务台登记。
        我老公周强，身份证320102197909034814，来台探亲期间在宁夏夜市朋友摊位帮忙，被人举报非法打工，现在怎么办？
        投诉：我叫刘洋，在逢甲夜市一家饮料摊被多扣了200元，付款用的银联卡 6222 0218 0734 1529，摊位编号F-23。
        导游名单 深圳团 12/08 饶河夜市｜领队 黄志强 手机 +86 159 1873 4402｜游客32人｜集合 21:00 慈祐宫门口
        陆配摊商登记：何晓燕，大陆身份证号 350203198806143024，丈夫为台湾籍，在南机场夜市卖福州鱼丸。
        小红书博主"夜市小胖妞"本名赵敏，厦门大学大三，上周在台北夜市被摊贩辱骂的视频就是她拍的。
        摊位合伙人陈伟（420106198503162158）退出合伙，剩余押金1.5万新台币请转至他的工商银行卡 6228 4803 6671 2906。
        微信群@王丽华：你上次帮团里代买的凤梨酥钱还没收齐，我微信号 lihua_tpe0719，转我就行
    """),
    "en": _lines("""
        Lost property report — Name: Daniel O'Connor | US passport 583920174 | Lost: black wallet, Raohe Night Market, 12/05 approx. 21:30 | Local mobile 0970-221-538
        Hi, my name is Priya Raman. The skewer stall near the temple charged my Mastercard 5401 2877 6014 5935 twice (NT$340 each). Please refund one.
        Food tour booking: Tan Wei Ling, NRIC S8836142C, 2 adults, Shilin Night Market 12/09, dietary note: severe peanut allergy.
        Part-time staff: Muhammad Hafiz bin Rosli, MyKad 010514-07-5237, NTU exchange student, works Fri-Sun at stall C-15, NT$190/hr.
        Lantern parade volunteers: Siti Aisyah binti Kamal (+60 12-738 4102), interpreter, Malay/English, shift 18:00-21:00.
        Incident log: vendor at B-22, Mr Huang Chih-ming, was taken to Mackay Memorial Hospital with second-degree burns after a gas canister leak.
        Our guide Kevin Lin (IG @kevin.eats.tpe) was great, and he told us he's leaving for Melbourne next month to join his wife.
        Police memo: Rajesh s/o Kumaran, Singapore FIN G5127384U, reported his phone stolen at Shilin Night Market, staying at a hostel on Wenlin Road.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "幫我寫一則LINE訊息提醒攤商繳電費，對象是B-12的王淑芬，欠了3,920元，語氣客氣一點。",
        ),
        (
            "assistant",
            "王姐您好，提醒您B-12攤位11月份電費新臺幣3,920元尚未繳納，方便的話請於本週內至服務台繳清，謝謝您的配合🙏",
        ),
        ("user", "好，再加一句如果有困難可以打給我，我是自治會的總幹事林俊男 0926-447-813。"),
    ],
    [
        ("user", "我是陆配，想在台中逢甲夜市摆摊，需要准备什么？"),
        (
            "assistant",
            "一般需要有效的依親居留證或長期居留證、取得工作權證明、健康檢查證明，再向台中市政府經濟發展局申請。",
        ),
        (
            "user",
            "我叫孙晓梅，大陆身份证 35010219900412246X，依亲居留证号码 B923480719，这些信息要写在哪一栏？",
        ),
    ],
    [
        ("system", "你是士林夜市自治會的客服助理，協助攤商處理行政問題。"),
        ("user", "我是A區3號攤的李振興，我的攤販證弄丟了要補辦。"),
        ("assistant", "好的，補辦需要身分證正本、兩吋照片一張及遺失切結書，請問您的身分證字號是？"),
        ("user", "B120634184，另外我這週在長庚住院，可以讓我太太代辦嗎？"),
    ],
    [
        (
            "user",
            "I want to file a complaint. A vendor at Ningxia Night Market shouted at my 7-year-old daughter and pushed her.",
        ),
        (
            "assistant",
            "I'm sorry that happened. You can report it at the market service desk or to the police; note the stall number and time.",
        ),
        (
            "user",
            "It was stall E-4 around 8 pm on Dec 5. I'm Sarah Whitfield, staying at the Caesar Park, room 1208, phone +44 7700 148 392.",
        ),
    ],
    [
        (
            "user",
            "幫我把這段陳情整理成1999案件格式：我住在臺中市西屯區文華路120巷8號，樓下攤販每天凌晨兩點才收攤，很吵。",
        ),
        (
            "assistant",
            "案件類別：噪音／攤販；地點：臺中市西屯區文華路120巷；時間：每日凌晨約02:00；陳情內容：攤販收攤噪音影響住戶安寧。",
        ),
        ("user", "陳情人寫我的名字：賴美君，電話0916-582-047。"),
    ],
    [
        ("user", "請幫我把攤位幫手的工作切結書翻成印尼文。"),
        ("assistant", "沒問題，請貼上切結書內容，我會逐段翻譯。"),
        (
            "user",
            "立切結書人 SITI NURJANAH，居留證號 A903551289，受僱於饒河夜市第45攤，每週工作不超過20小時，雇主 游振宇。",
        ),
    ],
    [
        (
            "user",
            "我朋友蔡明達在六合夜市賣海鮮粥，上個月被衛生局罰了6萬，說他的蛤蠣驗出諾羅病毒，這樣可以申請分期嗎？",
        ),
        ("assistant", "行政罰鍰通常可以向原處分機關申請分期繳納，需附上經濟困難的說明文件。"),
        ("user", "他說他還有房貸跟小孩學費，月收入大概只有4萬，這樣寫得過嗎？"),
    ],
    [
        (
            "user",
            "幫我把這次抽籤中籤的人整理成表格：序號003 何建良 0932-175-604、序號011 鄭筱涵 0958-330-192、序號019 馬志遠 0919-804-566",
        ),
        (
            "assistant",
            "| 序號 | 姓名 | 電話 | / | 003 | 何建良 | 0932-175-604 | / | 011 | 鄭筱涵 | 0958-330-192 | / | 019 | 馬志遠 | 0919-804-566 |",
        ),
        ("user", "再加一欄攤位：何建良C-02、鄭筱涵C-08、馬志遠C-15。"),
    ],
    [
        (
            "user",
            "Hi, I'm Lim Jia Hui from Penang, I want to rent a weekend stall at Shida night market to sell nasi lemak.",
        ),
        (
            "assistant",
            "Weekend pitches are usually handled by the market association; you will need a valid residence permit with work rights.",
        ),
        (
            "user",
            "My MyKad is 990823-07-6582 and my ARC is still pending. Can I apply with my Malaysian number 016-482 7715 first?",
        ),
    ],
    [
        ("user", "客人說我們攤位刷卡重複扣款，我要怎麼跟收單銀行申請沖正？"),
        (
            "assistant",
            "請先在刷卡機調出交易明細，確認是否有兩筆相同授權碼，再聯絡收單銀行客服申請取消其中一筆。",
        ),
        (
            "user",
            "客人叫邱柏勳，卡號 3567 4812 0093 1658，12/04 20:17 兩筆各NT$260，他留了電話0935-661-208。",
        ),
    ],
    [
        ("user", "幫我排下週的攤位班表，有三個人：阿芳、小凱、美華。"),
        ("assistant", "可以，請問每個人可以上哪幾天、有沒有特別限制？"),
        (
            "user",
            "阿芳（劉淑芳）有糖尿病晚上九點要打胰島素、小凱（鍾家凱）週三要去勒戒所報到、美華（高美華）只能週末，幫我排開。",
        ),
    ],
]
