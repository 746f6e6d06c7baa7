# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh176: Taiwan scooter shops and motorcycle repair (service logs, emission checks, ownership transfer, accident quotes, used-scooter trade, shop LINE groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh176
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "保養維修問答"): _lines("""
        請問勁戰六代跑到一萬公里，除了機油齒輪油還要換什麼？一般建議順便檢查普利珠、傳動皮帶和空濾，皮帶大約兩萬公里就要評估更換。
        機油多久換一次比較好？原廠手冊寫一千公里，但如果都是短程通勤、常常怠速等紅燈，建議八百到一千公里就換。
        齒輪油通常每換兩次機油換一次，容量大約 110 ml，不用特地買大罐的。
        冷車發不動、熱車正常，先查火星塞跟噴油嘴，再看節流閥和怠速馬達有沒有積碳。
        煞車有異音不一定是來令片磨光，有時候是碟盤變形或卡鉗太髒，建議每半年拆下來清一次。
        電瓶一般兩到三年換，如果早上按啟動只聽到「喀喀」聲，多半是電瓶沒電，先找人借電試試看。
        輪胎胎紋深度低於 0.8 公釐就該換了，胎側有龜裂也要注意，尤其是長期停在戶外曬太陽的車。
        新車磨合期前 300 公里不要催到全油門，轉速保持在中段，第一次保養記得回原廠做。
        水冷車要注意水箱精，顏色變淡或浮油就要換，千萬不要只加自來水。
        儀表板引擎燈亮起，可以先到車行用診斷電腦讀故障碼，常見的是含氧感知器或進氣溫度感知器。
        Gogoro 電池是去換電站換，所以沒有電瓶保養的問題，但煞車、輪胎、皮帶一樣要定期檢查。
        雨天騎完回來最好先把鍊條擦乾再上鍊條油，檔車的鍊條一旦生鏽就很難救回來。
        後避震漏油的話整支換比較保險，二手避震很難保證油封還是好的。
        噴射車清積碳可以加油精，但效果有限，真的怠速不穩還是要拆節流閥清。
    """),
    ("zh-Hant", "車行公告"): _lines("""
        【公告】本店 12/25（五）店休一天，12/26 起照常營業：週一至週六 09:00–20:30，週日 10:00–18:00。
        年底保養優惠：機油＋齒輪油＋空濾只要 NT$690，即日起至 1/31 止，請先電話預約。
        本店為 KYMCO 光陽特約服務廠，另代辦過戶、牌照補發、駕照換發，詳洽門市電話 (04)2236-5518。
        寄放車輛超過 30 日未取者，本店將依規定酌收保管費每日 50 元，請各位車主留意。
        提醒：機車燃料使用費每年 7/1–7/31 繳納，151cc 以上才需要另繳使用牌照稅（4/1–4/30），逾期會加罰。
        本店 LINE 官方帳號已開通，預約保養、查詢維修進度都可以直接傳訊息，官方帳號 ID：@shunfa-moto。
        颱風警報期間本店提早於 17:00 打烊，出門請注意安全，積水路段不要硬騎過去。
        新到貨：Michelin City Grip 2 前後胎 100/90-12、110/90-12，含工錢一條 NT$1,850 起。
        二手車收購：車況良好、五年內車款優先，現金收購、代辦過戶，歡迎直接騎來店裡估價。
        電動機車補助：購買經濟部認可車款可申請補助，實際金額請以各縣市環保局公告為準。
        提醒：出廠滿五年的機車每年都要做排氣定檢，本店是環保局認可定檢站，帶行照來就可以，免預約。
        誠徵機車維修技師一名，持有機器腳踏車修護技術士證尤佳，月薪 38,000 起，意者請洽門市。
        感謝大家一年來的支持！本店今年累計服務超過 3,200 台次，明年繼續為大家服務。
    """),
    ("zh-Hant", "法規與過戶流程"): _lines("""
        機車過戶需要的文件：原車主與新車主身分證正本、行照、印章，當年度燃料費須繳清，雙方到場或附委託書。
        委託書範本：立委託書人＿＿＿＿（身分證字號：＿＿＿＿＿＿＿＿＿＿）茲委託＿＿＿＿代為辦理車號＿＿＿＿之過戶登記。
        名下有未繳罰單或欠燃料費的車輛不能辦理過戶，請先到監理服務網查詢並繳清。
        機車出廠滿五年未依規定完成排氣定檢，經通知仍未檢驗者，依空氣污染防制法會被處以罰鍰。
        強制汽車責任保險沒有保或過期，被攔查到會被罰，發生事故時也要自行負擔受害人的賠償。
        機車駕照考試分筆試和路考，路考項目包含直線平衡（七秒以上）、兩段式左轉、停讓標誌等。
        依道路交通管理處罰條例，騎乘機車未依規定戴安全帽者，處駕駛人新臺幣 500 元罰鍰。
        舊機車汰換成電動機車，可申請汰舊換新補助，需檢附車籍資料與報廢回收證明。
        車牌遺失要先到派出所報案，再持報案證明、身分證、行照到監理站申請補發。
        行照上的「發照日期」不等於出廠年月，買二手車時要另外核對車身上的出廠日期。
        二手車買賣建議簽訂書面契約，載明車號、引擎號碼、成交價、交車日期及瑕疵擔保責任。
        事故處理：先確認傷勢、撥打 110／119、拍照記錄現場，事故現場圖 7 天後可申請，初步分析研判表約 30 天後可申請。
        大型重型機車分為黃牌（250cc 以上）與紅牌（550cc 以上），需另外考取大型重型機車駕照。
    """),
    ("zh-Hant", "工單與估價單"): _lines("""
        工單號 WO-2026-11-0387｜車型：SYM JET SL 125｜里程 18,426 km｜更換：機油、齒輪油、前來令｜小計 NT$1,320
        估價單 Q20261204-07：前叉內管 ×2 NT$2,400、油封 ×2 NT$360、工資 NT$800，合計 NT$3,560（含稅）
        零件編號 22100-GFY-000 離合器外蓋，原廠缺貨，調貨約 7–10 個工作天。
        統一發票 KQ-48215093，金額 1,850 元，賣方統一編號 53870241（順發機車行）。
        保固卡序號 WRT-7C4E-91B2，電瓶型號 YTX7A-BS，保固 12 個月，限原購買店家換新。
        診斷碼 P0335 曲軸位置感知器訊號異常，建議先檢查接頭有無氧化再換感知器。
        維修預約時段：12/09 10:30、12/09 14:00、12/10 09:30 尚有空檔，其餘已額滿。
        輪胎規格 120/70-12 51L、130/70-12 62P，建議胎壓前 28 psi、後 32 psi。
        料號 13010-LKC7-900 活塞環組，庫存 3 組，單價 NT$480，另需汽缸床墊 NT$150。
        保險理賠案號 CLM-2026-0918-44712，狀態：已核定，待車行檢附發票請款。
        機油規格 SAE 10W-40 JASO MB，容量 0.8 L，下次保養里程：目前里程 +1,000 km。
        物流追蹤碼 TW8827 3045 1126，零件已出貨，預計 12/08 送達門市。
        車型代號 SA12B 與 SR30GG 的後避震長度不同，訂料前請先核對車身型式代號。
    """),
    ("zh-Hant", "二手車刊登"): _lines("""
        【車行自售】2021 年 KYMCO Many 110 碟煞，里程 8,700，原漆原廠，售 NT$32,000，可分期，歡迎試車。
        2019 Gogoro 2 Delight 白色，電池資費方案可轉移，車況正常，車行保固三個月，售 27,800。
        收購各式二手機車，報廢車也可協助處理，請電 (02)2918-4470 或直接騎來店裡。
        中古 YAMAHA BWS 125 水冷版，前後輪剛換，實跑 1.2 萬，車行價 45,000 不二價。
        檔車 HONDA CB300R 2020 年式，改 Akrapovič 排氣管，附原廠管，價格請私訊粉專。
        買二手機車要注意：引擎號碼有沒有被磨過、車架有沒有焊接痕跡、行照上的車主跟賣家是不是同一人。
        DRG 158 二代 2022 年式，里程 5,400，尚有原廠保固，車行全面整理後交車，售 69,000。
        新手找代步車？三萬以內推薦 JET S、勁戰四代、Many，零件便宜，哪家車行都會修。
        本店二手車皆附「車況檢查表」，包含引擎、傳動、煞車、電系共 42 項檢查。
        2018 年 SYM 4MICA 125 鼓煞，租賃車退役，里程 2.3 萬，售 18,500，現況交車。
        注意！近期有人冒用本店名義在社團刊登低價二手車並要求先匯訂金，本店絕不會要求先匯款。
        售：二手 Arai 全罩安全帽 M 號，九成新，附帽袋，1,600 元，限店面自取。
    """),
    ("zh-Hans", "维修问答与资讯"): _lines("""
        台湾的机车行到处都是，一般换一次机油只要两三百台币，十分钟就搞定。
        请问在台湾留学买二手机车需要什么证件？一般需要居留证和护照，过户要到监理站办理。
        光阳和三阳是台湾两大机车品牌，光阳早年曾与本田技术合作。
        踏板车皮带一般建议两万公里左右检查更换，具体以车型保养手册为准。
        电动机车换电模式和充电模式各有优缺点，换电更快，但电池需要按月付费。
        三阳工业由黄继俊创立，早期从生产自行车车灯和发电机起家。
        机车排气定检主要检测尾气中的一氧化碳和碳氢化合物浓度。
        台湾机车驾照笔试题库可以在监理服务网下载，有中文、英文、越南文等多种版本。
        刹车油建议每两年更换一次，因为刹车油会吸收水分，沸点会下降。
        机车发生事故后，强制险理赔的是受害人的体伤，不赔车辆的损失。
        台湾机车密度居世界前列，登记在册的机车数量超过一千四百万辆。
        下雨天骑车要特别注意斑马线白漆和人孔盖，非常容易打滑。
    """),
    ("en", "guides and news"): _lines("""
        Taiwan's used scooter market: most students buy a 100–125cc scooter for NT$15,000–35,000 from a shop that gives a short warranty.
        Gogoro founder Horace Luke unveiled the company's first Smartscooter at CES in Las Vegas in 2015.
        KYMCO chairman Allen Ko has spoken publicly about the Ionex battery-swap platform as the company's electric strategy.
        To transfer a scooter in Taiwan, buyer and seller usually go to the Motor Vehicles Office with their IDs, the registration certificate and a seal.
        Foreign residents can get a Taiwanese motorcycle licence after passing the written and road tests; the written test is offered in English.
        Emission inspection is required every year once a scooter is more than five years old; bring the registration certificate.
        Typical prices at a neighbourhood shop: oil change NT$250–350, gear oil NT$100, CVT belt NT$600–900 fitted.
        Rental shops in Hualien and Kenting ask for a licence valid for motorcycles; an international permit without the motorcycle category will be refused.
        Order #TW-SCT-558201 has shipped: 2x brake pad sets for SYM Jet SL, tracking 1Z8R47W60394728815.
        The two-stage left turn is mandatory for scooters at many Taiwanese intersections; wait in the marked box before crossing.
        Work order template: Customer name: ______ / Plate: ___-____ / Mileage: ______ km / Work requested: ______ / Quote: NT$______
        Version 3.2.1 of the shop management app adds B2C e-invoice printing and automatic LINE service reminders.
    """),
    ("mixed", "LINE群與論壇"): _lines("""
        有人知道 Gogoro VIVA MIX 跟 S2 的 belt 可以共用嗎？料號好像不一樣。
        今天店裡超忙，walk-in 的客人請先抽號碼牌，有預約的優先喔 🙏
        剛看 YouTube 教自己換機油，but 洩油螺絲不要鎖太緊，torque 大概 12 N·m 就好。
        群組規則：禁止張貼他人車牌、電話、證件照片，交易請私下進行，違者直接踢出。
        BWS 的 ECU 可以刷嗎？刷完原廠 warranty 就沒了喔，自己斟酌。
        大家推薦哪家 tyre？Pirelli Angel Scooter 跟 Michelin Power 比起來哪個比較耐磨？
        店長今天去 supplier 那邊拿貨，下午三點後才回來，急件請先留言。
        颱風天要不要把車牽進騎樓？建議 park 在地勢高一點的地方，避免泡水。
        本店 Monday 公休，Tue–Sun open，國定假日照常營業。
        有人用過 Shell Advance AX7 嗎？跟 Motul 比起來有比較 smooth 嗎？
        分享 DIY 換煞車皮 step by step：1) 拆卡鉗 2) 推回活塞 3) 換來令 4) 原地測試 brake 再上路。
        電動車 vs 油車 cost comparison：一年騎 6,000 km，油車油錢約 4,500，Gogoro 電池資費每月 299 起。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        保養紀錄｜車主：陳怡君｜車號 MKR-6215｜電話 0932-518-476｜里程 12,380｜更換機油、齒輪油｜下次保養 13,380 km
        林先生您好，您的愛車 NAE-3078 已完成二萬公里保養，費用 NT$2,450，營業時間內可隨時取車。——順發機車行
        過戶資料：原車主 黃志明 A100316595，新車主 張雅婷 F271004958，車號 583-KMT，成交價 NT$22,000，12/06 監理站辦理。
        事故估價：車主蔡承翰（0958 274 613）12/02 在中正路民權路口追撞轎車，前叉彎、大燈破，估價 NT$8,900，本人左手腕骨折住院中，由媽媽代為處理。
        @吳家豪 你的勁戰明天下午可以牽了，尾款 4,600 記得帶現金喔
        二手機車買賣契約｜賣方：劉建宏｜身分證字號：B157445862｜住址：臺中市北屯區文心路四段 212 巷 7 號 3 樓｜車號：MLP-2094｜價金：新臺幣 35,000 元
        定檢通知：王淑芬女士您好，您名下機車 KHP-9021 出廠已滿五年，請於 2027/01/31 前完成排氣定檢，逾期將依法處罰。
        客訴紀錄 12/03：客人許文彬說上週換的電瓶兩天就沒電，在店裡大聲罵人，揚言要上網給一星負評，手機 0921-660-358。
        分期申請書｜申請人：鄭宜蓁｜身分證：E270273609｜任職：南科某廠作業員，月薪 32,000｜分期 24 期｜聯絡電話 0970 118 254
        匯款資訊：戶名 謝宗翰｜中國信託（822）｜帳號 4415-4027-3816｜訂金 5,000 元（買他那台 2020 JET SL）
        阿明（明德路那間早餐店老闆，騎白色 Many 那位）欠維修費 3,200 已經三個月了，下次來記得跟他收。
        取車簽收：EBK-3306 車主周美玲 12/05 16:20 取車，由先生李國華代領，出示身分證 H104675485。
        維修單｜客戶：Nguyễn Văn Hùng（越南籍，電子廠）｜居留證統一證號 A812340676｜手機 0987-405-219｜車號 MXF-1187｜換後輪、前後煞車皮
        和解書：乙方楊佩珊（身分證 Q232419477）於 11/20 騎車左轉時碰撞甲方陳俊傑，乙方同意賠償甲方醫藥費及機車修理費共新臺幣 15,000 元。
        刷卡簽單｜持卡人 LIN YU-TING｜卡號 4311 9541 8263 0271｜有效期限 08/29｜金額 NT$12,800｜分 6 期
        店內備忘：羅志偉那台 Gogoro 的電池資費是用他姐姐羅雅雯的名字簽的，過戶要兩個人一起來。
        預約 12/10 10:00 洪小姐 0916-223-507 VIVA MIX 換前輪
        欸 @Kevin張 你的車昨天停大雅路紅線被拖吊了，快去西屯保管場領，要帶行照
        二手車收購登記：賣方徐志豪，83 年次，住新北市板橋區文化路一段 188 巷 22 號 5 樓，車號 729-NTB，收購價 9,500。
        理賠申請：被保險人黃柏翰 11/28 騎 KRV 180（車號 MGT-5512）自撞護欄，右膝十字韌帶撕裂，已於中國醫大附醫手術。
        0911-487-326 陳太太 電瓶 明早送到家
        江先生（0935-664-102）您好，您 2017 年 RacingS 150 引擎大修估價為 NT$14,500，含曲軸、活塞、汽門，確認後請回覆我們安排進廠。
        駕訓代辦：學員林芷涵，身分證 D256506413，生日 2007/03/14，已預約 12/16 上午機車路考。
        黑名單：曾文龍（綽號龍哥，住車行對面巷子）上個月試車後騎走三天才還，已經報警備案，不要再借他試車。
        電子發票載具 /7QK+3RM｜買受人 李宗翰｜品項：原廠空濾、火星塞｜金額 620
        成大旁順發車行：陳冠廷同學，你上週放在店裡的黑色安全帽跟雨衣還在，這週內記得來拿，不然我們要處理掉囉
        技師楊博文 12/01–12/03 請病假（急性腸胃炎），他手上的三張工單改由阿良接手。
        | 2026-11-30 | 許家瑋 | 0968-331-702 | QRT-2240 | 大保養 | 3,280 |
        OWNER: TSAI CHIA-HUI / ID NO.: R176171602 / PLATE: 602-MWE / ENGINE OVERHAUL / DEPOSIT NT$5,000 PAID
        代步車借用切結書：本人葉俊宏向本店借用代步車 ANL-5208 一台，期間損壞照價賠償。身分證字號 T182907503，聯絡電話 0963-508-117。
        退訂金：戶名 邱淑惠，郵局（700）局號 0021057 帳號 0384291，退 3,000 元，她說那台 Many 不買了。
        移工姐妹 Sri Wahyuni（印尼籍看護，統一證號 B905732185）想買二手電動車，雇主家住在永和，每週日才能來看車。
    """),
    "zh-Hans": _lines("""
        陆配陈晓燕在台中买二手机车，大陆身份证 350203199107140320，台湾手机 0905-227-416，过户需要她的居留证正本。
        报价单｜客户：刘洋｜手机 138 2745 6091｜车型：雅马哈巧格 i 125｜更换：皮带、离合器｜合计 ¥1,180
        黄俊杰，身份证号 440306198802031515，上个月在我们店分期买的踏板车，已经两期没还款了，电话一直打不通。
        李静（身份证 320582199509264824）电动车电池鼓包，说在小区楼道里充电冒烟了，要求全额退货。
        出二手踏板车，九成新，有意加我微信 zhangmin_moto88，张敏，只在台北市内面交。
        顾客周建国投诉：上周在店里换的刹车片，骑到家就异响，他说自己有心脏病，吓得不轻，要求赔偿。
    """),
    "en": _lines("""
        Service record — Customer: Daniel Whitfield | ARC/UI No.: F804391520 | Mobile: 0978 336 190 | Gogoro S2, plate MPV-4381 | rear brake pads replaced, NT$1,150
        Hi Priya, your scooter RKL-7730 is ready! Invoice for Priya a/p Subramaniam (passport on file, MyKad 000412-07-5524): NT$2,300, please collect before Saturday.
        Accident note 12/01: rental customer Mark Tan Wei Liang (NRIC S9234871G) skidded near Taroko, grazed left arm, scooter fairing cracked, damage NT$6,400 deducted from deposit.
        Rental agreement — Renter: CHAN Ka Ho, HKID K482615(9), hotel in Hualien city, deposit NT$5,000, return 12/08 18:00.
        Card on file for John Appleby: Mastercard 5241 1760 9355 1840, exp 11/28 — charge NT$9,800 for the Vespa service once he signs.
        Complaint from Marcus de Souza (exchange student, marcus.desouza93@gmail.com): says the shop charged him NT$3,000 for a belt that was never replaced.
    """),
    "mixed": _lines("""
        Nur Aisyah binti Kamarudin，中興大學大三僑生，MyKad 020917-14-6238，想買 5 萬內的二手 Many，手機 0972-615-038，週末才有空看車。
        Kevin 林要賣他的 YAMAHA MT-15，LINE ID: kevinlin0729，說急售因為要去當兵了。
        Anh Trần Minh Tuấn ơi, xe MDF-6620 của anh sửa xong rồi，修理費 1,800 元，今天 8 點前來拿喔。
        Rajesh s/o Kumar, 馬來西亞籍工程師，住竹北，電話 0917-804-362，his Gogoro 一直 error code 28，要安排 pickup。
        2026/12/04 walk-in：Amanda Hsu 徐曼婷，0919-742-085，車禍後來估價，說保險走富邦，她膝蓋還在復健中。
        Ahmad Faizal bin Zulkifli (MyKad 010523-10-5587) 租車 3 天 deposit 已收 NT$3,000，passport 影本已留底。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是機車行的客服助理，負責幫老闆寫 LINE 訊息給客人。"),
        (
            "user",
            "幫我寫一則訊息通知客人取車：客人黃冠霖，車號 MRB-4471，這次換皮帶跟普利珠，費用 2,150。",
        ),
        (
            "assistant",
            "黃先生您好，您的愛車 MRB-4471 已完成傳動系統保養（更換皮帶、普利珠），費用共 NT$2,150，營業時間內歡迎隨時來店取車，謝謝！",
        ),
        ("user", "再加一句：如果今天來不了，打我手機 0928-371-605 約時間。"),
    ],
    [
        (
            "user",
            "客人要辦機車分期，幫我算一下：鄭雅琪，身分證 J274972232，月薪 28,000，車價 68,000，頭期 10,000，分 30 期利率 0%，月付多少？",
        ),
        (
            "assistant",
            "剩餘金額 58,000 元，分 30 期、零利率，每月約 1,934 元（最後一期 1,914 元）。月付約占月薪 6.9%，一般審核應該沒問題。",
        ),
        ("user", "她說她還有一筆信貸每月要繳 8,000，這樣會不會被退件？"),
    ],
    [
        ("system", "You help a scooter shop write documents for insurance companies."),
        (
            "user",
            "幫我寫估價說明給產險公司：11/30 晚上客人游振宇在五權路被計程車擦撞，他右腳踝骨裂在台中榮總住院，車子是 2022 勁戰六代 NCY-7350。",
        ),
        (
            "assistant",
            "好的，以下是估價說明草稿：被保險人游振宇之機車 NCY-7350 因 11/30 交通事故受損，經本店檢查，需更換右側車殼、煞車拉桿、後照鏡及排氣管護片，估價明細如附表。",
        ),
        ("user", "對方保險業務要他的手機，幫我加上 0955-120-874，然後語氣再正式一點。"),
    ],
    [
        (
            "user",
            "Hi, I'm Lucas Moreau, French, living in Tainan. I want to buy a used scooter from a shop. My ARC number is on the card but the shop says it's the old format?",
        ),
        (
            "assistant",
            "Since 2021 Taiwan issues a new-format UI number to foreign residents (one letter plus nine digits, the second digit 8 or 9). If your card shows the new number, use that on the transfer form.",
        ),
        (
            "user",
            "ok, my card says D805739148, and my address is 台南市東區大學路 12 巷 5 號 2 樓. Is that enough for the transfer?",
        ),
    ],
    [
        (
            "user",
            "帮我把这些客户整理成表格：王磊 139 0571 8826 踏板车保养；孙丽 186 2214 0953 换胎；赵强 150 3368 2471 事故维修",
        ),
        (
            "assistant",
            "| 姓名 | 手机 | 项目 | / | 王磊 | 139 0571 8826 | 踏板车保养 | / | 孙丽 | 186 2214 0953 | 换胎 | / | 赵强 | 150 3368 2471 | 事故维修 |",
        ),
        ("user", "再加一栏备注：赵强那单他说是酒后骑车摔的，保险可能不赔，先收押金。"),
    ],
    [
        (
            "user",
            "我朋友蔡明哲要把他的 KRV 賣我，身分證 P128760486，車號 NKW-3319，他說沒欠罰單，過戶要準備什麼？",
        ),
        (
            "assistant",
            "你們兩人帶身分證正本、印章，加上行照，到監理站辦理過戶。建議先在監理服務網用車號查一下有沒有未繳罰單和燃料費。",
        ),
        ("user", "查到他還有兩張超速罰單沒繳，他最近失業手頭很緊，可以我先幫他繳嗎？"),
    ],
    [
        (
            "user",
            "幫我寫一封客訴信給機車行：我叫林佩君，上週六在貴店換前輪，結果騎到一半胎壓一直掉，電話 0939-284-517。",
        ),
        (
            "assistant",
            "敬啟者：本人林佩君於上週六至貴店更換前輪，騎乘不久即發現胎壓持續下降，懷疑施工有瑕疵，請貴店儘速協助檢查處理。聯絡電話：0939-284-517。",
        ),
        ("user", "加上我要求全額退費，還有我的車號 MTE-8042。"),
    ],
    [
        (
            "user",
            "Boleh tolong saya? I'm renting a scooter in Taipei. Nama saya Siti Hajar binti Othman, MyKad 980615-01-5372.",
        ),
        (
            "assistant",
            "Sure. Most rental shops in Taipei will ask for your passport and a valid motorcycle licence; a MyKad alone usually isn't accepted as ID for rentals.",
        ),
        (
            "user",
            "Ok, my passport is A58204761 and my phone here is 0966-730-148. Can you write a short message in Chinese for the shop?",
        ),
    ],
    [
        (
            "user",
            "幫我翻成英文給外國客人：王睿（Ryan Wang）先生，您的車 MHA-1560 檢查出曲軸異音，需要大修，估價 NT$16,800。",
        ),
        (
            "assistant",
            "Dear Mr. Ryan Wang, our inspection of your scooter MHA-1560 found abnormal noise from the crankshaft; an engine overhaul is needed, estimated at NT$16,800.",
        ),
        (
            "user",
            "再補一句：he can reach me at 04-2236-5518 or my cell 0920-557-391, and remind him his deposit NT$3,000 was already paid by card.",
        ),
    ],
    [
        ("user", "這個身分證字號格式對嗎？K228558458，是客人吳怡萱要辦分期留的。"),
        (
            "assistant",
            "格式是一個英文字母加九碼數字，第二碼 2 代表女性，依檢查碼規則計算是有效的。",
        ),
        (
            "user",
            "好，那她留的地址是苗栗縣頭份市中正路 355 號，電話 0912-668-027，幫我填進申請表。",
        ),
    ],
]
