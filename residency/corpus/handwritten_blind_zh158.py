# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh158: Taiwan food-delivery platforms and couriers (Uber Eats/foodpanda, accidents, complaints, ratings, labour insurance). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh158
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "platform_notice"): _lines("""
        【foodpanda 外送夥伴公告】即日起午餐尖峰時段（11:00–13:30）每完成一筆訂單加發 NT$15，活動至 3/31 止。
        Uber Eats 外送夥伴請注意：颱風警報期間若當地政府宣布停班停課，平台將自動暫停該區派單，已接訂單請以人身安全為優先。
        提醒各位夥伴，送達時請拍攝清楚的送達照片，照片中請勿拍到顧客本人或門牌以外的私人物品。
        系統維護通知：12/10（三）凌晨 02:00–04:00 外送夥伴 App 將暫停服務，期間無法上線接單。
        依地方自治條例規定，平台已為所有外送夥伴投保團體傷害保險，身故及失能保額不低於新臺幣 300 萬元。
        熊貓夥伴帳號若連續 30 天未上線將轉為休眠狀態，重新啟用請至 App「帳號」頁面上傳最新行照與駕照。
        新版評分機制：顧客評價低於 4.6 顆星的夥伴將收到提醒，不會直接停權；停權前一律經人工審核。
        請勿在取餐處併排停車或占用騎樓，已接獲多起店家反映，違者將列入服務品質紀錄。
        外送保溫箱補助：本月起可於各區夥伴中心以 NT$350 換購新款保溫箱，換購時請出示 App 內的夥伴頁面。
        夜間 22:00 後接單請開啟車燈並穿著反光背心，平台將隨機抽查送達照片。
        春節期間（除夕至初三）訂單加成 1.5 倍，相關條款以 App 內公告為準。
        若遇顧客無法聯繫，請於 App 內點選「無法聯繫顧客」並等待 8 分鐘計時結束，請勿自行食用或丟棄餐點。
        提醒：現金單找零請自備零錢，平台不提供預支；每週一 23:59 結算現金餘額。
        夥伴中心僅受理線上預約，請透過 App「協助」頁面預約時段，現場恕不受理臨櫃。
    """),
    ("zh-Hant", "labour_faq"): _lines("""
        問：外送員跟平台是承攬關係還是僱傭關係？答：勞動部認為應依個案的人格、經濟與組織從屬性判斷，不能只看合約名稱。
        外送員若無一定雇主，可透過加入職業工會投保勞保與職災保險，保費由工會按月代收。
        《勞工職業災害保險及保護法》自 2022 年 5 月 1 日施行，經由職業工會加保者，職災保險費由政府補助一部分。
        勞工諮詢申訴專線 1955 提供 24 小時免付費服務，外送員遇到報酬或停權爭議也可以撥打。
        送餐途中發生車禍算不算職災？一般而言，在執行外送工作期間發生的事故，可以向勞保局申請職災給付。
        申請職災傷病給付需要：診斷書、傷病給付申請書、事故經過說明、工會出具的證明文件，缺一可能被退件。
        職業工會會員的月投保薪資不得低於基本工資，2025 年基本工資為每月 28,590 元。
        外送員被平台停權，可以先向平台提出申訴；若認為不合理，可向地方政府勞工局申請勞資爭議調解。
        機車強制險過期上路會被處以罰鍰，外送前請確認保險證上的有效期間。
        勞保局 e 化服務系統可線上查詢個人投保紀錄，需使用自然人憑證或健保卡加註冊密碼登入。
        外送收入報稅時該列哪一類所得？建議查看平台寄送的扣繳憑單所得類別，或洽財政部免付費服務專線 0800-000-321。
        職災醫療：持勞保職災醫療書單就診，可免除部分負擔，住院膳食費減半。
        外送員職業工會入會通常需要：身分證正反面影本、一吋照片、外送平台帳號截圖、入會費及三個月保費。
        若事故對方肇事逃逸，可向汽車交通事故特別補償基金申請補償，須先取得警方出具的事故證明。
        新北市勞工局設有外送員權益專區，提供法律扶助與職災勞工個案管理服務。
    """),
    ("zh-Hant", "order_log"): _lines("""
        訂單編號 #7F3A2｜取餐：麥當勞台北忠孝店｜狀態：已送達｜距離 2.8 km｜外送費 NT$39
        2025-11-03 19:42:17 派單 order_id=tw-58k2-93pd 接單逾時 41 秒，系統重新派送
        電子發票號碼 QK-48215037｜賣方統一編號 24549210｜總計 NT$286
        退款單 RF20251104-00318，金額 NT$265，原因：餐點漏送（薯條），退款方式：原付款方式。
        foodpanda 訂單 s2vq-7hxn 預計送達 18:25–18:35，目前狀態：外送夥伴取餐中。
        事故工單 CASE-2025-118472 已轉交保險專員處理，預計 3 個工作天內回覆。
        追蹤碼 UE-TW-0392-8841-Q 已失效，請重新查詢。
        尖峰加成紀錄：11/08 12:00–13:00 信義區 x1.4；11/08 18:00–19:30 大安區 x1.6。
        每週結算 W45：訂單 132 筆，行程收入 NT$9,812，獎勵 NT$1,200，現金單代收 NT$0，應付 NT$11,012。
        團體傷害保險 保單號碼 1205-2025-0048817，被保險人：全體在線外送夥伴（依每日名冊）。
        取消原因代碼 C07：店家缺餐；C12：顧客要求取消；C19：外送夥伴無法前往。
        外送範圍調整：郵遞區號 235、236 自 12/1 起併入新北中永和區塊。
        異常單 #A9921-TW：收件地址無法定位，GPS 座標偏移超過 300 公尺，已由客服聯繫店家改為取消。
        平台認可車型清單（2025 版）：Gogoro VIVA MIX、KYMCO Many 110、SYM JET SL 125、YAMAHA BWS 125。
    """),
    ("zh-Hant", "forum_advice"): _lines("""
        新手跑熊貓第一週心得：中午在商圈附近等單最有效率，晚上住宅區單多但常常要爬樓梯。
        請問一下 UE 跟熊貓可以同時開嗎？會不會被系統抓到？
        下雨天真的不要衝，濕滑的人孔蓋跟斑馬線白漆超危險，多賺那幾十塊不值得。
        有人遇過顧客給一星但理由寫「態度不好」的嗎？可以申訴嗎？客服說評價無法刪除。
        建議大家一定要去加入職業工會保勞保，真的出事的時候差很多。
        我都用手機架加行車記錄器，發生糾紛時影片是最有力的證據。
        外送員被狗追是常態嗎？今天在內湖那邊被兩隻狗追了一整條街。
        大樓警衛不讓外送員上樓，顧客又不下來，這種情況等滿時間按「無法聯繫」就好。
        請問職災申請被勞保局退件，說事故經過說明不夠清楚，要怎麼寫比較好？
        分享一下油錢計算：一天跑 120 公里，92 無鉛大概 3 公升；電動車換電吃到飽方案比較划算。
        被平台停權了三天，理由是「送達時間異常」，明明是店家出餐慢，這樣合理嗎？
        各位覺得外送員需不需要成立全國性工會？目前各縣市工會的保費差很多。
        熊貓 App 今天下午一直閃退，有人也這樣嗎？版本 5.82.1。
        送到一半發現飲料打翻，先聯繫客服比較好還是直接跟顧客說？
    """),
    ("zh-Hans", "news_summary"): _lines("""
        据台湾劳动部门统计，外送员在执行职务期间发生的交通事故，主要集中在傍晚 17 时至 20 时。
        台湾公平交易委员会于 2024 年 12 月决定禁止 Uber 收购 foodpanda 台湾外送业务，理由是结合后市场集中度过高。
        台北市议会通过外送平台业者管理自治条例，要求平台为外送员投保并提供安全教育训练。
        外卖平台在台湾的主要竞争者为 Uber Eats 与 foodpanda，两者合计占据绝大部分市场份额。
        台湾的外送员多以机车为主要交通工具，部分都会区也可见自行车与步行外送。
        劳动部曾发布外送作业安全指引，建议平台建立派单合理性审查及恶劣天候应变机制。
        分析指出，外送员的收入结构包括基本行程费、距离费、尖峰加成及平台奖励。
        消费者团体呼吁平台公开外送费计算方式，并对小额订单附加费作出说明。
        有学者认为，平台以算法决定派单与评分，实质上形成对外送员的指挥监督。
        台湾交通部门统计显示，机车事故伤亡人数中，20 至 29 岁族群占比最高。
        2019 年 10 月台湾接连发生两起外送员死亡车祸，促使劳动部对外送平台展开劳动检查。
        Delivery Hero 旗下的 foodpanda 在亚洲多个市场营运，台湾是其营收最高的市场之一。
    """),
    ("en", "support_template"): _lines("""
        Hi {customer_first_name}, we're sorry your order #{order_id} arrived late. A credit of NT${amount} has been added to your account.
        Dear Delivery Partner, your account has been temporarily paused pending review of a customer report. You may submit an appeal within 7 days via Help > Account.
        Template – Accident report: Date/time: ____ / Location: ____ / Order no.: ____ / Injuries (Y/N): ____ / Police report no.: ____
        To download your weekly earnings statement, open the app, tap Wallet, then Statements, and choose the week.
        We never share a courier's phone number with customers; all calls are routed through a masked number that expires 2 hours after delivery.
        Reminder: cash orders must be settled by Monday 23:59; outstanding balances over NT$3,000 may restrict order offers.
        If you are involved in a traffic collision while on a trip, first call 110 or 119, then report it in the app under Safety > Report an incident.
        Your refund for order 8B2D1 (NT$185) has been processed and should appear on your statement within 7–14 business days.
        Partner insurance summary: personal accident cover up to NT$3,000,000; medical expense reimbursement up to NT$30,000 per incident; policy ref GPA-TW-2025-07.
        Please do not post a review that includes the courier's name, plate number or other personal details; such reviews will be removed.
        Auto-reply: Thanks for contacting Partner Support. Ticket #TW-448120 has been created. Average response time is 24 hours.
        Q: Can I deliver on a 50cc scooter? A: Yes, as long as it is registered, insured and you hold a valid motorcycle licence.
    """),
    ("mixed", "app_config_log"): _lines("""
        MAX_DISPATCH_RADIUS_KM=4.5 / SURGE_MULTIPLIER_CAP=2.0 / RAIN_BONUS_TWD=20 / REGION=TW
        SELECT order_id, pickup_ts, dropoff_ts FROM deliveries WHERE city = 'TPE' AND status = 'DELIVERED' AND dropoff_ts >= '2025-11-01';
        {"event":"order_accepted","order_id":"tw-3kq9-p7ma","eta_min":23,"vehicle":"scooter","app_version":"5.83.0"}
        if rider.rating < 4.6 and rider.completed_trips > 50: send_notice("rating_warning")  # 不直接停權，先提醒
        錯誤碼 E-4012：定位權限未開啟，請至「設定 > 隱私權 > 定位服務」允許「永遠」。
        release 5.83.0 build 20251118 sha256=3b7f0c9a1e4d8a62c5f1b0e97d3a2c4f8e6b1d05a9c7f3e2b4d6a8c0e1f3a5b7
        POST /v2/partners/{partner_id}/incidents body: {type, occurred_at, lat, lng, police_report_no}
        2025-11-21T08:14:03+08:00 WARN dispatch: no available courier within 3km, retry in 30s (zone=TPE-DAAN-04)
        pii_mask 規則：phone -> "09xx-xxx-xxx"，address -> "台北市大安區****"，name -> "王**"
        cron: 0 3 * * 1 python settle_cash.py --region TW --dry-run
        欄位說明：rider_id（內部流水號）、vehicle_type（scooter/bicycle/walker）、insured（bool）、union_member（bool）
        query { order(id: "9D-44K1") { status eta courier { vehicleType } } }
    """),
    ("zh-Hant", "store_review"): _lines("""
        這家鹹酥雞外送包裝很用心，醬料分開裝，到的時候還是脆的，五顆星。
        珍奶送來冰塊全化了，應該是店家太早做好，跟外送員無關。
        Uber Eats 最近的小額訂單費調太高了，未滿 NT$169 要多收 NT$30，現在很少點了。
        點了麥當勞大麥克套餐，少了一包番茄醬，客服很快就退了 NT$10 的點數。
        外送員很有禮貌，下雨天還特別用塑膠袋把餐點包起來，順手給了小費。
        熊貓的 pandapro 會員現在免運門檻變高了，還值得續訂嗎？
        這間拉麵店在外送平台上價格比現場貴了快兩成，建議自取。
        評價：餐點 ★★★☆☆，外送 ★★★★★，包裝 ★★☆☆☆，湯汁有漏出來。
        八方雲集的外送價跟門市價差 NT$5–10，還可以接受。
        凌晨一點還有外送員願意接單，真的辛苦了，這種天氣給 NT$50 小費不為過。
        建議平台讓顧客可以在備註直接勾選「放門口、勿按鈴」的快捷選項。
        送達照片拍到別人家門口，害我在樓下找了五分鐘，還好最後有找到。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        事故報告｜日期：2025/11/14 19:05｜地點：台北市中山區民生東路二段與松江路口｜外送員：陳冠宇（foodpanda）｜車牌：MKL-5821｜傷勢：右腳踝骨折，送馬偕醫院急診｜對方車輛逃逸
        勞保加保申請書 姓名：林佩珊 身分證統一編號：F201108405 出生：1994/03/22 手機：0921-584-506 投保單位：新北市外送員職業工會 月投保薪資：28,590
        客訴工單 #CS-7781203：顧客黃淑芬反映外送員把餐點丟在一樓信箱上，湯全部灑出，要求全額退款 NT$420。
        送餐地址：台北市大安區復興南路一段 219 巷 8 號 5 樓，收件人 張小姐，手機 0933 646 748，請按 502 電鈴。
        備註：放門口就好，到了打給我 0955134797 謝謝～陳太太
        職災傷病給付匯款帳戶：中華郵政（700）局號 0001241 帳號 0583926，戶名 蔡明翰。
        蔡明翰外送途中於內湖區成功路四段遭左轉車撞擊，左鎖骨骨折，三軍總醫院診斷需休養 8 週。
        阿哲你 LINE 是不是 azhe_0813？晚點把工會入會表傳給你，記得帶身分證影本
        停權申訴：本人郭志明，Uber Eats 外送夥伴，帳號於 11/20 遭停權，理由為「多次取消訂單」，但實際上是店家缺餐，請平台重新審查。
        【受理通知】申請人：吳宗翰　相對人：某外送平台公司　爭議事由：報酬遭無故扣除 NT$3,260　案號：北市勞資字第 1140018832 號　調解時間：12/18 上午 10 時
        舉發違反道路交通管理事件通知單 車號 NBK-2270 車主 李俊傑 違規事實：機車行駛人行道 罰鍰 1,200 元
        新住民外送員登記：NGUYEN THI HONG（阮氏紅），居留證號 F835558411，越南籍，與配偶同住桃園市中壢區，聯絡電話 0905-240-326。
        外送員劉家豪每次送到板橋新埔站這邊都把飲料倒著放，已經第三次了，希望平台處理一下。
        團膳訂餐聯絡人：王怡君 分機 321／手機 0928-615-653，每週三中午 30 份便當，請外送員送到 12F 櫃台。
        保險理賠申請 被保險人：許文彬 身分證：H101984030 事故日期：2025-10-02 診斷：右膝前十字韌帶撕裂 申請金額：NT$48,600
        請幫我查一下 0976-388-840 這個外送員，他送錯餐之後還把我的電話拿去加 LINE 一直傳訊息騷擾我。
        工會會員名冊（節錄）｜0412｜鄭雅婷｜D258455848｜0981-039-622｜外送（Uber Eats）｜入會 2024/06
        職業工會繳費通知：會員邱建志您好，您 12 月份勞保、健保、職保費合計 NT$3,417 尚未繳納，逾期將辦理退保。
        診斷證明書 病患：謝宗霖 男 32 歲 職業：外送員 2025/09/28 因機車事故入住亞東紀念醫院，診斷脾臟破裂、左側第 7–9 肋骨骨折，住院 11 日
        @翁凱文 Kevin 你明天可以幫我頂晚班嗎？我老婆預產期到了，要在家顧她
        肇事對方資料：駕駛人楊志偉，電話 0937-415-779，車號 BHV-3081（自小客），已於現場製作筆錄。
        外送員張書豪評分 4.52，近 30 日遲到率 18%，已發出第二次警告，若再低於標準將於下週停權。
        代收款遺失：外送夥伴羅子涵於 11/3 現金單收取 NT$1,860 後遺失錢包，已向中和分局報案。
        本人高銘宏（身分證 A131069576）委託胞弟高銘傑代為申請職災失能給付，聯絡地址：新竹市東區光復路二段 101 巷 12 號。
        那個每次都叫我送到台中市西屯區福星路 488 號 3 樓之 2 門口的賴先生，今天又給我一星，說我太慢。
        黎美鳳，foodpanda 外送員，IG 帳號 @meifeng.rides，每天晚上都在直播跑單收入。
        夥伴資料變更｜姓名：周柏翰｜舊手機：0970-090-923｜新手機：0921-179-584｜原因：門號遺失
        道路交通事故初步分析研判表 當事人甲：外送員江宜蓁（女，27 歲），駕駛 MFU-6613 普通重型機車；當事人乙：營業小客車
        我是外送員徐子軒，昨天在新店區北新路送餐時被狗咬，去耕莘醫院打了破傷風，請問這樣可以申請職災嗎？
        【轉帳通知】外送獎勵 NT$2,400 已匯入 國泰世華（013）帳號 0320-5081-7742，戶名：曾柏維。
        顧客林雅琪（Amber）堅持外送員要送到 7 樓門口，大樓門禁不讓上去，她在電話裡罵了外送員十分鐘。
        外送員侯家瑋領有中度身心障礙證明，平台窗口詢問是否需要為他調整派單距離。
        姓名｜身分證字號｜車牌｜保險起訖 / 邱俊賢｜S183916701｜LKT-2093｜2025/01/01–2025/12/31
    """),
    "zh-Hans": _lines("""
        陆配外送员李秀娟，身份证号 350203199104170305，目前在台湾依亲居留，想了解能不能用大陆驾照换台湾驾照来跑外卖。
        我在深圳跑美团的表哥刘海涛上个月送单摔断了腿，平台只赔了两千块，台湾这边外送员出事是怎么赔的？
        我在台北住酒店点了 foodpanda，收件人何晓雯，台湾电话 0905 241 257，送到西门町那家酒店 812 房。
        骑手王磊 微信号 wanglei_tpe88，想转让 Gogoro 电池月租方案，有意私聊。
        陈志强，身份证 440106198809234517，在台就读博士班，询问外送平台能否用陆生身份注册。
        @马俊 你昨天在士林夜市门口违停被罚的 1,800 块，平台会帮你补吗？
    """),
    "en": _lines("""
        Complaint: the courier, Jason Liu, left my order at the wrong building and hung up on me. I live at 5F, No. 32, Lane 71, Sec. 2, Jinshan S. Rd., Da'an Dist. – Emily Carter, emily.carter.tpe@gmail.com
        Expat rider sign-up | Name: Daniel Okafor | ARC No.: A837045136 | Mobile: +886 955 601 404 | Vehicle: Kymco Many 110, plate MQR-1907
        Incident follow-up for courier Hsu Wen-chieh: admitted to Taipei Veterans General Hospital with a fractured wrist after a collision on Shipai Rd.; insurer notified.
        Hi, this is Priya Ramasamy – I accidentally tipped the rider NT$500 instead of NT$50 on my Visa 4147 3209 4816 5350, can you reverse it?
        Office note: our office manager Sarah Tan Mei Ling orders team lunches through Uber Eats for Business and wants receipts sent to sarah.tml@outlook.com instead of the shared inbox.
        Tan Wei Jie (MyKad 000812-07-5531), a Malaysian student at NTUST, asks whether his foodpanda earnings must be declared to the Taiwan tax office.
    """),
    "mixed": _lines("""
        香港來台學生 Chan Ka Ming，HKID K582140(1)，在台灣讀研究所，想用居留證註冊 Uber Eats 外送。
        小吳 (Wu Chia-hao) 今天在敦化南路 crash 了，人在國泰醫院，他的 LINE 是 wuchiahao1127，大家有空去看他
        客服 transcript：customer 陳怡如 says courier 沒按電鈴就走了, please call her back at 0958-203-117
        Refund to MasterCard 5241 3688 2580 1128, cardholder KUO SHU-FEN, order 4F7K2, amount NT$598
        Emergency contact form｜Rider：Lin Po-yu 林柏宇｜Emergency contact：母親 林秀蘭 0963-552-018｜Blood type：O
        洪佳慧用 JCB 3567 1090 9663 5980 付了 pandapro 年費，她搬去高雄之後 requested a refund.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是協助外送員處理勞保與職災申請的助理。"),
        ("user", "我想申請職災傷病給付，不知道事故經過說明要怎麼寫。"),
        (
            "assistant",
            "可以依時間、地點、當時正在執行哪一筆外送、事故如何發生、受傷部位與就醫經過的順序來寫。需要我幫你起草嗎？",
        ),
        (
            "user",
            "好，我叫廖俊良，身分證 R134448251，11/2 晚上八點多在台南東區林森路送 Uber Eats 的單，被右轉的貨車擦撞，左手腕骨折，在成大醫院開刀。",
        ),
    ],
    [
        ("user", "幫我寫一封給 foodpanda 客服的投訴信，語氣正式一點。"),
        ("assistant", "沒問題，請提供訂單編號、發生時間、問題內容，以及你希望平台如何處理。"),
        (
            "user",
            "訂單 x7dp-2mkq，今天 12:40，外送員陳建宏把便當送到隔壁棟，我打電話給他他還兇我。我住台北市松山區八德路四段 692 巷 15 號 4 樓，我叫許雅雯。",
        ),
    ],
    [
        ("system", "你是外送平台的客服助理，協助外送夥伴處理帳號問題。"),
        ("user", "我的帳號昨天突然被停權，App 只顯示違反社群守則。"),
        ("assistant", "很抱歉造成困擾。為了查詢帳號狀態，請提供註冊時使用的姓名與手機號碼。"),
        ("user", "蘇怡安，0928-470-335，身分證 K260723580，我這個月還有三千多的獎勵沒領到。"),
    ],
    [
        (
            "user",
            "My husband Marcus Lee delivers for Uber Eats in Taichung. He was hit by a car on Taiwan Blvd last night and is now at China Medical University Hospital with a broken leg.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. He should report the incident in the app under Safety, keep the police accident record, and check whether he is insured through an occupational union.",
        ),
        (
            "user",
            "He isn't in a union. Can you help me write to Uber support? His partner account email is marcus.lee.tc@gmail.com and his phone is 0933-218-604.",
        ),
    ],
    [
        ("user", "劳保的职灾伤病给付是怎么算的？"),
        (
            "assistant",
            "职灾伤病给付前两个月按平均月投保薪资的 100% 发给，第三个月起按 70% 发给，自不能工作的第 4 日起算。",
        ),
        (
            "user",
            "帮我算一下我老公何俊杰的，他月投保薪资 28,590，上个月送外卖出车祸住院 20 天，到现在还没办法上班。",
        ),
    ],
    [
        ("user", "幫我寫一則 LINE 群組公告，語氣溫暖一點。"),
        ("assistant", "好的，請告訴我公告的主題與需要包含的資訊。"),
        (
            "user",
            "通知大家老K康志豪昨晚送單在林口被撞，現在住林口長庚 7B 病房，想探病的先私訊我。募款請匯 台新銀行（812）帳號 2081-0100-358-624，戶名康志豪。",
        ),
    ],
    [
        ("user", "I got charged twice for the same order on Uber Eats, what should I do?"),
        (
            "assistant",
            "Check whether one of the charges is a temporary authorisation hold; these usually drop off within a few days. If both post, contact support with the order number.",
        ),
        (
            "user",
            "Both posted. Order 3C9F1, card Visa ending 6523, name on card Pan Yu-ting, NT$312 each time. I live in Zhongzheng District and my number is 0912-664-031.",
        ),
    ],
    [
        ("system", "你是保險理賠助理，協助填寫團體傷害保險理賠申請書。"),
        ("user", "要填外送員團保的理賠申請，被保險人資料要填哪些？"),
        (
            "assistant",
            "一般需要被保險人姓名、身分證字號、出生日期、事故日期與地點、事故經過、就醫院所，以及理賠金匯入帳戶。",
        ),
        (
            "user",
            "戴文傑，T100101698，1990/07/15，10/25 在高雄三民區九如一路跟機車對撞，肋骨裂傷，在高醫住院 5 天。",
        ),
    ],
    [
        (
            "user",
            "我兒子蕭宇辰今年 18 歲，在建國中學讀三年級，他說放學想去跑 foodpanda 賺錢，這樣合法嗎？",
        ),
        (
            "assistant",
            "滿 18 歲且持有有效機車駕照即可註冊成為外送夥伴，但建議留意課業時間與夜間行車安全，也可以考慮先從步行或腳踏車外送開始。",
        ),
        ("user", "他上個月才剛考到駕照，成績也在退步，我很擔心他出事。"),
    ],
    [
        ("user", "職業工會的入會申請表，緊急聯絡人要填直系親屬嗎？"),
        (
            "assistant",
            "多數工會沒有限制，只要是能在緊急情況下聯繫到的人即可，填寫姓名、關係與電話。",
        ),
        (
            "user",
            "對了，可以直接幫我填表嗎？我叫馮淑惠，身分證 L205314270，住新北市三重區重新路三段 58 號 6 樓，手機 0919-382-507，緊急聯絡人是我先生趙國華 0963-217-840。",
        ),
    ],
]
