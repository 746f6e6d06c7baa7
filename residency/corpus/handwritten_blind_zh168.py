# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh168: Taiwan scooter shops and scooter rental (servicing, licence tax, accidents, rentals, LINE groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh168
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "shop_notice"): _lines("""
        【公告】本店 12/31（四）下午 2 點後盤點公休，元旦 1/1 上午 9:00 照常營業，造成不便敬請見諒。
        機油更換價目：礦物油 250 元、半合成 350 元、全合成 450 元起（含工資），加換齒輪油 +100 元。
        Gogoro 電池資費方案可在門市現場辦理，請攜帶身分證、行照及信用卡正本，本店不留存任何證件影本。
        二手車出售：2019 年 SYM JET S 125 ABS，里程 2.1 萬公里，前後輪胎新換，售價 38,000 元，可分期，歡迎試騎。
        本店代辦：過戶、報廢、補發行照、換牌、繳燃料費，代辦費 300 元起，監理規費另計。
        颱風警報期間暫停出租，已預約的客人可免費延期或全額退費，詳情請洽門市 (08) 886-1357。
        冬季電瓶健檢：即日起至 1/31 止，進店即可免費檢測電瓶電壓與充電系統，不用預約。
        徵機車技師一名，具機車修護乙級證照者優先，月薪 38,000–48,000 元，意者請來電 (04) 2315-6620 找店長。
        【防詐提醒】本店不會透過 LINE 要求您操作 ATM 或提供信用卡驗證碼，如有疑問請撥 165 反詐騙專線。
        本店 LINE 官方帳號：@hongtai-moto（記得加 @ 搜尋），線上預約保養工資打九折。
        輪胎特價：晴雨胎 110/70-12 一條 1,150 元、120/70-12 一條 1,350 元，含拆裝與動平衡。
        本店為光陽 KYMCO 特約服務廠，原廠保固車輛請攜帶保固卡，保固期內零件免費，工資依原廠規定計算。
        汰舊換購電動機車補助以各縣市公告為準，本店可協助線上申請，請先備妥舊車報廢證明。
        騎樓內禁止試車，試騎請到後巷並戴好安全帽，謝謝配合。
    """),
    ("zh-Hant", "howto_qa"): _lines("""
        問：125cc 機車要繳使用牌照稅嗎？答：150cc 以下機車免徵使用牌照稅，但每年仍要繳汽燃費（51–150cc 為 450 元）。
        問：251cc 以上的紅牌、黃牌重機牌照稅怎麼算？答：依排氣量級距課徵，請以地方稅務局公告的稅額表為準。
        問：機車過戶要帶什麼？答：買賣雙方身分證正本、印章、行照，一方無法到場要附委託書及受託人證件，並先繳清罰鍰與燃料費。
        問：機車排氣定檢多久一次？答：出廠滿 5 年的機車每年要定檢一次，在行照發照月份前後一個月內到環保局認可的定檢站檢驗即可。
        問：沒去定檢會怎樣？答：逾期會先收到通知，通知後仍未檢驗，環保局可依空污法處以罰鍰。
        問：騎車發生擦撞第一步要做什麼？答：先確認有沒有人受傷並撥 119，再打 110 報警，車輛位置先拍照標繪再移開，不要私下和解就離開。
        問：事故的初步分析研判表什麼時候可以申請？答：現場圖、照片在事故 7 日後可以申請，初判表則要 30 日後向處理的警察機關申請。
        問：強制險一定要保嗎？答：強制汽車責任保險是法定必保，機車未投保上路可處 1,500 元至 3,000 元罰鍰。
        問：齒輪油多久換一次？答：一般建議機油換 2～3 次就換一次齒輪油，大約 3,000 公里，實際以原廠保養手冊為準。
        問：傳動皮帶多久要換？答：多數車款建議 15,000～20,000 公里檢查更換，起步抖動或有異音就要提早檢查。
        問：行照遺失怎麼補發？答：車主本人攜帶身分證及印章到任一監理站辦理，規費依監理站公告，通常可以當場領取。
        問：外國人在台灣可以租機車嗎？答：要有台灣有效駕照，或註明可駕駛機車的國際駕照，只拿護照大多數車行不會出租。
        問：機車被拖吊要去哪裡領？答：到該縣市的拖吊保管場，帶行照和駕駛人證件，繳拖吊費及保管費後就能領回。
        問：看到「機車兩段式左轉」標誌要怎麼騎？答：先直行到前方的待轉區停好，等橫向綠燈亮了再直行通過路口。
    """),
    ("zh-Hant", "line_group"): _lines("""
        各位車友，今晚 8 點在 7-ELEVEN 新中門市集合夜騎陽明山，山上會下雨記得帶雨衣 🌧
        有人知道勁戰四代的前碟盤跟五代能不能通用嗎？
        提醒大家，下週一開始中正路那段機車道施工，改走民權路比較順。
        群組公告：買賣請私訊，不要在群組洗版，違者直接踢出，感謝配合。
        店裡這週到貨：Many 110 原廠空濾、DRG 後燈殼，需要的先留言 +1。
        今天台 61 線大甲那段側風超大，騎車的小心一點。
        群內團購安全帽藍牙耳機，一組 1,280，團購到週五晚上 10 點截止。
        剛剛在監理站現場排了 40 分鐘，建議大家先上監理服務網線上預約，真的快很多。
        提醒：明天早上 6 點前要還車的，請直接停在店門口白線內，鑰匙丟鐵門旁投遞箱。
        有沒有人推薦台中北屯可以修偉士牌的店？原廠太貴了。
        店內這台 KRV 180 ABS 是試乘車，週末開放預約試騎，一人限騎 15 分鐘。
        新北 1/1 起部分路口機車待轉區位置調整，公告連結放在記事本了。
        有沒有人碰過 Gogoro 儀表一直跳 E02 的？重開機有用嗎？
    """),
    ("zh-Hant", "service_ticket"): _lines("""
        工單 WO-20261203-0457｜車型：SYM JET SL 158｜里程 12,480 km｜項目：機油、空濾、火星塞｜工資 300｜零件 880｜合計 1,180
        統一發票 QK-58312046｜2026/12/04 14:22｜機油 ×1 350｜齒輪油 ×1 150｜總計 500｜賣方統編 28416739
        估價單 EST-1129：CVT 大保養（皮帶、普利珠、離合器彈簧）零件 2,640＋工資 800＝3,440 元，報價有效 14 天。
        零件號 23100-LEA7-E00 傳動皮帶，適用 2017–2021 年 125cc 車款，庫存 3 條。
        保固登記號 WR-KYM-0098213，保固至 2028-06-30，範圍：引擎本體、傳動系統。
        定檢結果：CO 0.8%、HC 620 ppm，判定合格，檢測單號 E1150-2026120388。
        進廠紀錄 #4471｜車型 Gogoro 2 Delight｜問題：儀表顯示 E02｜處理：更換後燈線組｜狀態：已完修待取車。
        道路救援叫修單 RS-881204｜拖吊里程 6.5 km｜費用 900 元｜付款方式：現金。
        庫存警示：DRG 158 前煞車皮 ×6、KRV 後煞車皮 ×4、Many 110 皮帶 ×3，低於安全庫存請叫貨。
        退貨零件已寄回原廠零件中心，黑貓宅急便託運單號 9061-3380-1145。
        換電站報修：站點編號 TPE-DA-0117 第 3 槽故障，案件編號 CS2026120877，預計 48 小時內修復。
        網購訂單 20261205A0318：原廠後照鏡一對 1,060 元，已付款，待出貨。
        機車回收聯單編號 RC-1130-00452，回收獎勵金 300 元已核撥入帳。
    """),
    ("zh-Hant", "rental_terms"): _lines("""
        租車須知：承租人須年滿 18 歲並出示普通重型機車駕照正本，另需第二證件（健保卡或護照）供核對。
        租金：125cc 燃油車每日 400 元、電動車每日 500 元，逾時每小時加收 100 元，超過 4 小時以一日計。
        押金 1,000 元於還車檢查無誤後當場退還，本店不扣留身分證作為押金。
        租車期間產生的交通罰單由承租人負擔，本店依舉發單上的時間對照租約處理。
        車輛損壞依原廠零件定價加工資計算，輪胎扎釘補胎由本店負擔。
        請勿將車輛騎上沙灘或未開放道路，違者押金不退。
        油料：出車滿油，還車請加滿，未加滿收取 200 元補油費。
        綠島環島一圈約 20 公里，燃油車租一天就夠，電動車出發前請確認電量。
        租約範本｜承租人：＿＿＿＿｜身分證字號：＿＿＿＿＿＿＿＿＿＿｜手機：09＿＿-＿＿＿-＿＿＿｜車號：＿＿＿-＿＿＿＿｜租期：＿月＿日至＿月＿日
        保險：本店車輛均投保強制險及第三人責任險每人 100 萬元，承租人本身傷害不在理賠範圍。
        發生事故請勿移動車輛並立即通知本店 (089) 672-518，店員會協助報警與後續處理。
        取消政策：出發 3 天前取消全額退費，前 1 天取消退 50%，當日取消恕不退費。
    """),
    ("en", "rental_faq"): _lines("""
        Do I need an International Driving Permit to rent a scooter in Taiwan? Yes, and it must be endorsed for motorcycles; most shops also ask for your home licence.
        Most shops in Kenting rent 125cc scooters for NT$400–600 per day; electric scooters usually cost a little more.
        Helmets are compulsory for riders and passengers in Taiwan, and the shop lends one per person at no charge.
        Two-stage left turns: at many junctions scooters must ride straight into the waiting box and turn on the next green.
        Petrol stations in Taiwan are mostly full-service; just say "95, jiā mǎn" and the attendant fills the tank.
        Our Xiaoliuqiu branch is open 7:00–19:00 and the last scooter goes out at 17:00; ferry times are posted at Donggang pier.
        Your booking reference looks like GI-2026-XXXX; please show it on your phone at pickup.
        Traffic tickets incurred during your rental are forwarded to the renter and may be deducted from the deposit.
        After an accident call 110 for police and 119 for an ambulance, then our 24-hour line 0800-555-012.
        Sample rental agreement (do not fill in): Renter name ______ / Passport no. ______ / Hotel ______ / Plate ______
        Gogoro battery swapping is included in the daily rate; look for GoStation on the map app.
        Insurance covers third-party liability only; damage to the scooter itself is charged at parts plus labour.
        Order #KT-58820 confirmed: 2 x 125cc scooters, 3 days, total NT$2,400, pickup at Hengchun bus station.
    """),
    ("zh-Hans", "forum"): _lines("""
        请问马来西亚驾照在台湾能直接换台湾的机车驾照吗？要准备哪些文件？
        在台湾骑机车一定要戴安全帽，没戴被拦下来罚 500 元新台币。
        陆配在台湾考机车驾照的流程：先体检，再考笔试和路考，记得带居留证。
        租 Gogoro 还是租汽油车划算？主要看你一天跑多少公里，环岛的话汽油车方便。
        台湾新式机车车牌一般是三个英文字母加四个数字，例如 ABC-1234 这种格式。
        新手注意：台湾很多路口机车要两段式左转，直接左转会被开罚单。
        买二手机车过户前，先上监理服务网用车牌查一下有没有欠罚单和燃料费。
        小琉球租车一天大概 300 元新台币，说不用驾照的都是老黄历了，现在会查。
        台湾机车小保养一次大概 300 到 500 新台币，换齿轮油再加一点。
        被测速照相拍到，罚单会寄到车主登记地址，租的车车行会转给承租人。
        求推荐台北公馆附近靠谱的机车行，最好有学生价。
        骑机车出了车祸，记得跟警察申请现场图，30 天后才可以拿初判表。
    """),
    ("mixed", "news_stats"): _lines("""
        根據交通部統計，台灣機車登記數約 1,400 萬輛，平均每 1.7 人就有一輛機車。
        Gogoro 創辦人陸學森（Horace Luke）於 2011 年創立公司，2015 年推出第一款 Smartscooter 電動機車。
        光陽 KYMCO 與三陽 SYM 長期是台灣機車市場銷量前兩大品牌，山葉 Yamaha 緊追在後。
        電影《海角七號》裡，阿嘉騎著機車在恆春替郵局送信，讓不少影迷騎車到墾丁朝聖。
        2026 年 11 月全台新領牌機車約 5.8 萬輛，其中電動機車占比約 8%。
        光陽董事長柯勝峯在新車發表會上表示，將持續拓展歐洲與東南亞的大羊車款市場。
        Taiwan has one of the highest scooter densities in the world, with roughly 14 million registered units.
        機車事故死亡人數約占全台道路交通事故死亡人數的六成，年輕騎士是高風險族群。
        台北市 2026 年新增 1,200 格收費機車停車格，每次收費 20 元。
        環境部資料顯示，全台機車排氣定檢站約 3,000 站，可在定檢網站查詢最近站點。
        SYM and KYMCO both export maxi-scooters to Europe, where they compete with Yamaha and Honda.
        立法院三讀修正道路交通管理處罰條例，租賃機車違規責任歸屬規定更明確。
        Gogoro Network 公布全台 GoStation 換電站已超過 2,500 站，電池交換次數累計突破 5 億次。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        承租人：林佩君｜身分證字號：A218562389｜手機：0912-386-405｜車號：MFK-2231｜租期：12/20 09:00–12/22 18:00｜押金 1,000 已收
        保養紀錄｜客戶：黃志豪 先生｜車號 EPA-0917｜里程 18,230 km｜換機油、齒輪油、前來令｜合計 1,450｜電話 0935 271 668
        老闆～我是住成功路那個阿傑，我的勁戰 NBQ-5572 昨天放你那換皮帶，好了打 0933-118-402 跟我說 🙏
        事故通報：12/3 約 21:40 承租人吳承翰（B133887939）騎乘本店 KYV-6108 於中正路、民族路口與轎車擦撞，右手腕擦傷送奇美醫院急診，警方已到場。
        委託書｜立委託書人 張素珍（E255926841）茲委託 順發機車行 代為辦理車號 ATE-3390 過戶予 李冠廷，戶籍地址：臺南市永康區中華路 425 巷 12 號。
        蔡明宏先生您好，您的機車分期第 8 期 2,380 元已逾期 15 天，請於 12/10 前繳納，如有困難請回電 (02)2958-3316 分機 12。
        黑名單｜鄭宇軒｜0921-557-063｜租車逾時 3 天未還、車殼刮傷不賠，勿再出租。
        技師劉建志 12/24 請病假（急性腸胃炎，有附診斷證明），當天的保養預約改由阿凱處理。
        陳俊宏今天又來問能不能租車，他酒駕駕照被吊扣到 2027 年 8 月，跟他說不行。
        強制險到期通知：周美玲 小姐您好，您的機車（車號 MHS-8125）強制險將於 2027/01/05 到期，保單號碼 2601-M-0047713，續保請洽本店。
        二手車買賣契約｜賣方：許文彬（F170035322）｜買方：NGUYEN THI LAN（居留證 A944134720）｜車型：2015 光陽 Many 100｜成交價 15,000 元現金付清
        小美（和平路二段 88 巷 5 號 2 樓）說她腳扭傷不方便騎，要我們明天 10 點去她家牽車做定檢。
        失竊紀錄：車主王柏翰，車號 LRT-2087，12/2 晚間停在逢甲夜市附近被偷，已向西屯分局報案，報案三聯單拍照存檔。
        員工資料｜姓名：謝雅婷｜身分證：H267906549｜薪轉帳戶：國泰世華 013 0391-5012-8874｜到職日 2025/03/01
        Gogoro 扣款失敗：卓怡君 綁定的卡號 4563 8322 6184 9811 已過期，請她 3 天內更新，否則電池會被停用。
        租車客人徐子涵，中興大學大三，押學生證，說月底才有錢付剩下的 1,200，先讓她騎。
        估價單寄給楊家豪 jiahao.yang0815@gmail.com，CVT 全套 3,440，他說週六下午會來。
        車主賴淑芬 通訊地址：新北市板橋區文化路一段 188 巷 23 弄 6 號 4 樓（燃料費催繳單被退件，請更新地址）
        行照影本｜車主：簡志明｜身分證統一編號：R162661808｜出生：1979/04/12｜車號：736-KPT｜廠牌：三陽
        罰單轉嫁：承租人邱國峰 12/15 14:05 於台 26 線超速（限 60 實測 83），罰鍰 1,600 元已從押金扣除，單據用 LINE 傳給他了。
        @Vivian 周 妳的 MMBCU（BGN-3318）好了喔，費用 2,150，下班前來牽就可以 😊
        老闆 我 阮文雄 越南人 我的居留證 H828169773 過期了 還可以過戶機車嗎
        店長，阿輝哥（林金輝）昨天下班騎車被撞，左腿骨折住在亞東醫院 7 樓，這週排班要調一下。
        跟大家說一下，上週三來修車的胡美惠小姐投訴技師態度不好，店長已親自打給她道歉並免收工資。
        12/9（三）10:00 羅建宏 Vespa Sprint 150 一年保養 0978-201-556
        報廢代辦｜原車主洪秀琴已過世，由女兒洪佩瑜（Q231308840）持除戶謄本及繼承系統表辦理，車號 HWE-509。
        分期申請書｜申請人：潘俊傑｜身分證：T171265816｜任職：台積電南科 設備工程師｜月薪約 65,000｜車款：Gogoro SuperSport｜分 30 期
        收據：茲收到曾雅琪押金 NT$3,000，另押身分證正本 N202288024，還車時請本人領回。
        幫姪子陳柏宇報名 12/14 板橋監理站機車考照，他剛滿 18 歲，手機 0958-660-213。
        車號 KMW-5218 車主江宗翰，車停在店門口三天沒牽走，電話都不接，明天請里長幫忙聯絡他家人。
        押金退款｜郭子豪｜玉山銀行 808 帳號 0918-940-058372｜金額 1,000｜已轉帳 12/06 15:10
    """),
    "en": _lines("""
        Rental agreement – Renter: Emily Carter | US passport 567142398 | IDP issued 2026-09 | Hotel: Kenting Youth Hostel room 204 | Scooter: MGT-4510 | 3 days NT$1,500
        Tan Wei Ling (MyKad 990412-07-5526), NTUST exchange student, semester rental Gogoro VIVA, deposit NT$3,000 paid, phone +886 905 331 782.
        Hi, this is Arjun s/o Raman from Tainan, I crashed the scooter near Anping on Sunday and got stitches on my knee at Chi Mei, my number is 0987-443-120, please tell me the repair cost.
        Note: MUHAMMAD HAFIZ BIN ZAINAL, passport A52218837 (Malaysia), returned scooter 2 hours late, charged NT$200 late fee.
        Dear Mr. Oliver Grant, we found your driving licence under the seat of scooter LTR-5526 you returned on 5 Dec; it is at the front desk, please bring your passport to collect it.
        Booking GI-2026-0412 / Lim Jia Hui / NRIC S8834217H / +65 9123 6678 / 2 scooters / arriving on the 8:30 ferry 27 Dec
        Chan Ka Ho (HKID Y909514(2)) moved to Taichung last year and wants to borrow one of our bikes for his motorcycle road test next Tuesday.
        Paid by card 5520 9730 9830 7638 exp 04/29 – Daniel Hoffmann, 2-day rental, 2 x 125cc, Kenting branch.
    """),
    "zh-Hans": _lines("""
        我是陆配王秀英，身份证 350102198806143268，台湾居留证也有，想在你们店分期买一台电动车，月收入大概 3 万台币可以吗？
        老板你好，我是马来西亚侨生刘俊杰，IC 020815-10-6133，在台科大读书，上次租车的押金 1,000 还没退，我微信 liujunjie_0815。
        客户资料：李志伟｜大陆身份证 440106199109231571｜台湾依亲居留｜电话 0928 315 907｜想买二手 DRG
        黄志华你好，你上周借走的车 ABK-2096 被拍到闯红灯，罚单 2,700 寄到店里了，这周内记得来缴。
        员工欧阳婷下个月休产假，12/15 起由小陈代班，她的薪资照发到邮局 700 0041826-0537219。
        客人梁晓雯（微信 xiaowen_liang88）说淘宝买的骑车手套寄到店里了，请她周六来拿。
    """),
    "mixed": _lines("""
        Customer: 林育成 / plate BTR-6603 / svc: CVT belt + 普利珠 / total NT$2,450 / paid via LINE Pay / tel 0911-204-376
        Kevin 陳 (LINE ID: kevin.chen0921) 想 rent 兩台 scooter 12/24–12/26 去 Kenting，passport 影本說晚點傳。
        Nur Aisyah binti Rahman，居留證 E902327176，在彰化工廠上班，想買 second-hand 50cc，budget NT$10,000。
        Accident report #2026-1207: rider Jason 黃冠宇, helmet cracked, 輕微腦震盪 at 馬偕 ER, 對方 car plate ARK-7731
        HK 移民陳家樂 HKID K898551(0) 問機車駕照換發要不要路考，phone 0966 218 530
        Walk-in 12/05: Priya d/o Suresh, 台大研究生, 租 Gogoro 月租, deposit NT$2,000, ARC D958791585
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是順發機車行的 LINE 客服助理，協助客人預約保養與查詢進度。"),
        (
            "user",
            "你好我要預約保養，我是廖志遠，車號 MLP-2250，電話 0919-305-718，這週六早上可以嗎？",
        ),
        (
            "assistant",
            "廖先生您好，週六上午 10:00 還有空檔，已先幫您保留，當天請直接騎到店裡即可。",
        ),
        ("user", "好，順便幫我看一下後輪，上禮拜在路口被撞到有點歪。"),
    ],
    [
        (
            "user",
            "幫我寫一則簡訊給客人，提醒他租車期間有一張違規停車罰單 900 元，租約編號 R-1121。",
        ),
        (
            "assistant",
            "您好，您於本店租車期間（租約 R-1121）有一筆違規停車罰單 900 元，麻煩於一週內到店繳納或來電洽詢，謝謝。",
        ),
        ("user", "客人叫戴宏仁，電話 0916 742 380，把名字加進去，排成可以直接複製的格式。"),
    ],
    [
        (
            "user",
            "I rented a scooter in Hualien and crashed it on the coast road yesterday. What should I do?",
        ),
        (
            "assistant",
            "First make sure you are not injured and that the police report is filed. Then ask the shop for an itemised repair quote.",
        ),
        (
            "user",
            "I'm Laura Schmidt, I have bruised ribs, and the shop is holding my German passport C4J8R2XK1 until I pay NT$18,000. Is that fair?",
        ),
    ],
    [
        ("user", "我爸何正雄上禮拜騎車跌倒，髖關節骨折還在住院，他那台車想過戶給我。"),
        (
            "assistant",
            "若車主本人無法到場，可以由車主簽委託書，由您攜帶雙方證件、印章與行照到監理站辦理。",
        ),
        ("user", "我叫何怡萱，身分證 B208436159，委託書上車主那欄要我爸親筆簽名嗎？"),
    ],
    [
        ("user", "我是马来西亚来的学生，想长租机车一个学期，需要什么？"),
        (
            "assistant",
            "一般需要台湾有效驾照或注明可骑机车的国际驾照，以及居留证或护照，押金各店不同。",
        ),
        (
            "user",
            "我叫陈慧敏，MyKad 是 970228-14-5872，我在逢甲读研究所，住在学校附近的福星路，可以帮我问看看吗？",
        ),
    ],
    [
        (
            "user",
            "請幫我把這筆租車登記整理成表格：姓名 蘇冠霖、身分證 K190333789、手機 0963-418-250、車號 NFA-6621、租 3 天",
        ),
        (
            "assistant",
            "| 欄位 | 內容 | / | 姓名 | 蘇冠霖 | / | 身分證 | K190333789 | / | 手機 | 0963-418-250 | / | 車號 | NFA-6621 | / | 租期 | 3 天 |",
        ),
    ],
    [
        (
            "user",
            "我們車友群組有人一直亂貼貸款廣告，LINE 名稱叫「阿德-二手車買賣」，本名施德明，電話 0989-117-352。",
        ),
        (
            "assistant",
            "可以先由群組管理員移出群組，並在 LINE 內使用檢舉功能；若內容涉及詐騙，可撥打 165 反詐騙專線。",
        ),
        ("user", "他還說要去店裡找我麻煩，這樣可以報警嗎？"),
    ],
    [
        ("user", "Gogoro 的電池月費一直扣款失敗，是卡的問題嗎？"),
        (
            "assistant",
            "常見原因是卡片過期、額度不足或銀行擋國外交易，建議先到 App 確認綁定的卡片狀態。",
        ),
        ("user", "我是翁子晴，卡號 3567 9799 0753 8288，有效期到 2028 年，昨天還刷得過啊。"),
    ],
    [
        (
            "user",
            "Hi, planning a family trip to Xiaoliuqiu end of December, can my son rent a scooter?",
        ),
        (
            "assistant",
            "He will need a valid driving licence endorsed for motorcycles plus an International Driving Permit; most shops require riders to be at least 18.",
        ),
        (
            "user",
            "He's Ryan Tan, NRIC T0129386E, 25 this year, has a Class 2B licence. I'm Tan Boon Kiat, you can reach me at 9347 2281.",
        ),
    ],
    [
        ("system", "你是機車行的文書助理，負責把店員手寫的事故紀錄整理成正式報告。"),
        (
            "user",
            "12/5 下午 3 點左右，本店租出的車 EGT-8806 承租人 Gary Ong 在墾丁大街前跟一台機車擦撞，對方騎士莊雅惠，手機 0922-604-117，膝蓋擦傷，雙方都有報警。",
        ),
        (
            "assistant",
            "事故紀錄：2026/12/05 約 15:00，本店車輛 EGT-8806 於墾丁大街前與機車發生擦撞。承租人：Gary Ong；對方騎士：莊雅惠（0922-604-117），膝蓋擦傷。雙方均已報警。",
        ),
        ("user", "再補一句：Gary 說他願意先賠對方醫藥費 3,000 元。"),
    ],
]
