# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh198: Taiwan community and NHI pharmacies (chronic refills, medication records, dispensing logs, counselling, LINE reminders, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh198
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "藥局公告與衛教"): _lines("""
        【公告】本藥局為全民健康保險特約藥局，可調劑各大醫院、診所開立之慢性病連續處方箋，領藥請攜帶健保卡及處方箋正本。
        春節連假（1/25～2/2）期間慢箋請提前領取：第二、三次調劑仍須於上次給藥期滿前 10 日內，如因出國需一次領取，請備妥機票或出國證明。
        營業時間：週一至週六 08:30–22:00，週日及國定假日 14:00–21:00，藥事諮詢專線 (04)2296-1857。
        加入本藥局 LINE 官方帳號 @ankang88 即可線上預約備藥，到店出示 QR code 免排隊。
        藥品回收日：12/14（六）10:00–16:00 於里民活動中心前廣場，過期藥品請去除外盒，藥水倒入吸水物密封，針頭請裝在硬質容器。
        用藥五問：你的藥名是什麼？為什麼要吃？怎麼吃？要吃多久？有什麼副作用？有疑問請隨時問藥師。
        防詐提醒：近日有簡訊冒用「健保署」名義稱健保卡即將停用並附連結，請勿點擊，如有疑問請撥 165 反詐騙諮詢專線或健保署 0800-030-598。
        公費流感疫苗開打：65 歲以上長者、6 個月以上至國小入學前幼兒、孕婦等符合資格者可至合約院所接種，本藥局可協助查詢鄰近院所。
        本店藥師駐店時段：平日 09:00–21:00 皆有藥師在場，依藥事法規定，處方藥須由藥師親自調劑、核對後交付。
        缺藥公告：Jardiance 10mg 目前全國供貨吃緊，預計 12 月中旬到貨，已登記預約者將以簡訊通知。
        杜聰明博士是台灣第一位醫學博士，以蛇毒與鴉片戒癮研究聞名；本月社區藥師講座將介紹他在台灣藥理學發展上的貢獻。
        衛教單張：Warfarin 使用者請避免突然大量攝取深綠色蔬菜，任何新藥（包括中藥、保健食品）開始服用前請先告知藥師。
        冷藏藥品（胰島素、GLP-1 筆針）未開封請存放於 2–8°C，開封後依仿單多可於室溫 30 天內使用完畢。
        本藥局提供免費血壓量測與藥品整合諮詢，每週三下午由社區藥師主持「慢性病用藥小教室」，歡迎附近居民參加。
        停車提醒：本店門口為紅線，領藥請停於後方中正路 120 號公有停車場，憑發票可折抵 30 分鐘。
        電子處方箋上線：配合健保署政策，持 QR code 電子處方箋者亦可於本店調劑，請一併出示健保卡。
    """),
    ("zh-Hant", "慢箋與用藥諮詢提問"): _lines("""
        請問慢箋第二次最早可以提前幾天領？我一直算不太出來。
        家人可以幫忙代領慢箋嗎？需要帶哪些證件？
        我要去美國探親兩個月，慢箋可以一次把剩下兩次都領完嗎？
        慢箋不小心跟衣服一起洗爛了，還可以領嗎？還是要回醫院重開？
        我爸 78 歲，每天吃 9 種藥，早中晚分不清楚，藥師可以幫忙做分包或藥盒整理嗎？
        藥局說我的降血脂藥缺貨，可以先領一半、剩下的之後再補嗎？
        保健食品的魚油跟抗凝血劑可以一起吃嗎？
        葡萄柚汁會影響哪些藥？聽說跟某些降血壓藥有關。
        同一張慢箋可以在不同藥局領嗎？第一次在醫院領，第二次換到家附近的健保藥局可以嗎？
        藥袋上寫「飯後」是指吃完飯多久？
        健保卡忘了帶，可以先領藥之後再補卡嗎？押金怎麼算？
        慢箋過期三天沒領，還能領嗎？
        孕婦感冒可以吃普拿疼嗎？一天最多幾顆？
        連續處方箋一定要在開立的醫院領嗎？外面的健保藥局跟醫院藥局差在哪裡？
        剛拔完智齒，醫師開了 Amoxicillin 跟止痛藥，兩種要間隔多久吃？
    """),
    ("zh-Hant", "LINE 提醒模板與系統訊息"): _lines("""
        【{藥局名稱}】{姓名} 您好，您的慢箋第 {次別} 次可領期間為 {起日}～{迄日}，回覆「1」即可預約備藥。
        您的備藥已完成，取藥號碼 A0527，請於 3 日內至櫃台出示此訊息取藥，逾期將退回藥架。
        系統通知：本日慢箋提醒排程 312 則，成功 308 則、失敗 4 則（號碼格式錯誤），批次 RM-20251204-0093。
        【安康藥局】提醒您：本週六 12/14 下午 2 點有「三高用藥講座」，名額 30 人，回覆「報名」即可。
        自動回覆：感謝您的訊息！藥師將於營業時間內回覆，急症請撥 119 或前往最近的急診。
        您好，為保護您的隱私，LINE 上無法查詢個人藥歷，請攜帶健保卡親至門市由藥師協助。
        提醒範本（代領版）：{代領人} 您好，{病人稱謂} 的慢箋已可領取，代領時請攜帶病人健保卡、處方箋正本及代領人身分證件。
        群發訊息：親愛的會員您好，12/25 聖誕節當天營業至晚上 6 點，造成不便敬請見諒。
        推播失敗代碼 E429：超過 Messaging API 每分鐘發送上限，系統將於 5 分鐘後自動重試。
        訂單 #RX20251203-0418 狀態更新：備藥完成 → 等待取藥。
        您的預約已取消。如需重新預約，請點選下方選單「慢箋預約」。
        系統設定：慢箋到期前 3 天若仍未領取，將再推播一次提醒，之後改由藥師電話關懷。
        回覆「2」可查詢最近門市：台北市信義區松仁路店、新北市板橋區文化路店、桃園市中壢區中正路店。
    """),
    ("zh-Hant", "調劑與庫存紀錄"): _lines("""
        健保碼 AC58343100｜Amlodipine 5mg｜庫存 1,240 顆｜安全存量 800｜下次進貨 12/09
        批號 K2347B，效期 2026/08，衛部藥輸字第 026714 號，製造廠 Bayer AG。
        今日調劑統計：一般處方 86 張、慢箋 142 張（第二次 97、第三次 45）、自費處方 11 張、退藥 2 筆。
        管制藥品盤點：第四級 Zolpidem 10mg 帳面 150 顆、實盤 150 顆，無差異；盤點人：藥事主管。
        處方箋編號 2025120400137 調劑完成，耗時 6 分 42 秒，核對藥師已完成電子簽章。
        電子發票 UW-38102954｜金額 NT$1,250｜買方統一編號 24536817（公司報帳）
        冷藏櫃溫度紀錄 12/04：08:00 4.2°C、14:00 4.8°C、20:00 4.5°C，均在 2–8°C 範圍內。
        退回藥品：Metformin 500mg 一盒（外包裝破損），批號 MF24071，已退回供應商，退貨單 RT-2025-0331。
        健保碼 BC24619100 與 BC24619199 為同成分不同包裝，申報時請選擇正確規格。
        ATC 分類 C09CA01（Losartan）本月用量較上月增加 18%，主要來自附近醫學中心慢箋釋出。
        醫事機構代碼 5931052468 已於 VPN 上傳 11 月份申報資料共 3,412 筆，檢核錯誤 7 筆待修正。
        藥品條碼 4710088450210 無法辨識，請改為手動輸入健保碼。
        調劑疏失統計（Q3）：品項錯誤 3 件、劑量錯誤 2 件、數量錯誤 5 件，皆已於發藥前攔截或 24 小時內追回。
        處方來源：臺大醫院、馬偕紀念醫院、三軍總醫院為本月慢箋來源前三名，合計占 62%。
    """),
    ("mixed", "藥局系統設定與程式"): _lines("""
        SELECT rx_no, refill_seq, due_start, due_end FROM chronic_rx WHERE due_end BETWEEN :start AND :end AND picked_up = 0;
        line_reminder: { channel: "@ankang88", quiet_hours: "22:00-08:00", max_per_minute: 600, template: "refill_due_v3" }
        HIS 讀卡錯誤 5003：健保卡未插入或接觸不良，請重新插卡後再按「讀取」。
        健保碼驗證規則：^[A-Z]{2}\\d{8}$，例如 AC58343100；處方箋編號為 13 碼數字。
        cron: 0 9 * * * python send_refill_reminders.py --days-before 10 --dry-run=false
        API 回應 {"status":"ok","rx_count":142,"pending":17,"store_id":"TPE-XY-03"}
        健保 VPN 申報程式 v3.2.1 更新：新增電子處方箋 QR code 解析，修正慢箋第三次日期計算錯誤。
        error: DuplicateRefillError — refill_seq 2 already dispensed for rx 2025112000891
        POS 匯出欄位：date, invoice_no, sku, qty, unit_price, member_id(hashed), payment_type
        sha256(claims_202511.xml) = 9f2c4e7b1a8d03e56c7f4b2a91d0e8c3f5a6b7d4e2c1f0a9b8d7e6c5a4b3f2e1
        Config: REFILL_WINDOW_DAYS=10, MAX_REFILLS=3, ALLOW_EARLY_ABROAD=true
        Webhook payload 範例：{"event":"refill_ready","rx_no":"<RX_NO>","store":"<STORE_ID>","pickup_code":"<CODE>"}
    """),
    ("en", "pharmacy FAQ and policy"): _lines("""
        Chronic prescription refills in Taiwan can be dispensed up to three times; the second and third fills may be collected within 10 days before the previous supply runs out.
        Foreign residents enrolled in the National Health Insurance can use their NHI card at any contracted pharmacy in the same way as citizens.
        Please bring your NHI card and the original refill prescription; photocopies and phone photos cannot be accepted.
        If you are travelling abroad, you may collect the remaining refills at once by showing your flight ticket.
        Our pharmacists can review all the medicines you take, including supplements, and check for duplicates or interactions free of charge.
        Store hours: Mon–Sat 9 am to 10 pm. An English-speaking pharmacist is available on weekday evenings. Tel: (02) 2700-4188.
        Do not share your prescription medicines with others, even if they have the same symptoms.
        How should I store insulin pens while travelling around Taiwan in summer?
        Can I take ibuprofen together with my blood pressure medicine?
        Privacy notice: medication records are kept for the period required by law and are never shared for marketing purposes.
        Order RX-TW-882041 has been packed; tracking number 5109 3382 7710 (Black Cat TA-Q-BIN), estimated delivery 2 working days.
        Tu Youyou's discovery of artemisinin, which earned her the 2015 Nobel Prize, is a favourite example in our staff training on natural-product drugs.
    """),
    ("zh-Hans", "药学咨询与新闻"): _lines("""
        请问台湾药局的慢性病连续处方笺和大陆的长处方有什么区别？
        在台湾的陆配如果已经加入健保，可以在社区药局领慢性病药吗？
        新闻：台湾今年多种常用药品出现短缺，卫福部表示将启动专案进口并加强药品供应监测。
        屠呦呦因发现青蒿素获得 2015 年诺贝尔生理学或医学奖，是药学教材中经常引用的案例。
        服用华法林期间能不能吃中药当归？需要停多久？
        药师提醒：抗生素要按疗程吃完，不要自行停药，也不要把剩下的留给家人吃。
        药局 LINE 提醒模板（简体版）：{姓名}您好，您的慢性病处方第{次数}次可于{日期}起领取。
        《本草纲目》作者李时珍被誉为“药圣”，书中收录药物 1,892 种。
        台湾健保药局的部分负担是怎么计算的？慢性病连续处方是不是免收？
        统计：某连锁药局 2024 年慢笺调剂量约占总处方量的 58%，较 2023 年上升 4 个百分点。
        动画《药屋少女的呢喃》主角猫猫是虚构人物，剧中试毒的情节在药师圈引发不少讨论。
    """),
    ("zh-Hant", "客訴處理流程與統計"): _lines("""
        客訴處理流程：受理 → 24 小時內首次回覆 → 藥師調查 → 店長核定處理方案 → 7 日內結案並登錄客訴系統。
        11 月客訴統計：等候過久 14 件、缺藥 9 件、服務態度 5 件、調劑錯誤 2 件，平均結案 3.2 天。
        道歉信範本：{顧客姓名} 您好，對於您於 {日期} 在本店領藥時遇到的 {問題}，我們深感抱歉，已採取以下改善措施……
        案件編號 CS-2025-1204-07 已結案，處理方式：補發藥品並致贈分格藥盒一個。
        店長會議決議：晚上 6～8 點尖峰時段增派一名藥師，並開放 LINE 預約取藥以降低等候時間。
        客訴涉及調劑錯誤者，須於 24 小時內通報藥事主管，並依台灣病人安全通報系統（TPR）格式填報。
        Google 評論回覆原則：公開回覆中不得提及顧客姓名、病名或用藥內容。
        常見客訴：「藥師態度很差，問問題都不耐煩」—建議以開放式提問確認病人需求，並避免在櫃台大聲說出藥名。
        1999 市民專線轉介案件 3 件，均為缺藥等候問題，已於期限內回覆衛生局。
        顧客滿意度調查（n=412）：整體滿意度 4.5/5，最常被提到的優點是「藥師解說清楚」。
        隱私保護：叫號時請使用取藥號碼，不要唱名；藥袋交付前須核對病人姓名與出生年月日。
        客訴單欄位說明：案件編號、受理日期、門市代碼、類別、處理藥師（僅填職稱）、結案日期。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        慢箋登記｜林秀鳳　女　67 歲｜身分證 A209717705｜高血壓、第二型糖尿病｜第二次 12/18 起可領，請先備 Amlodipine 5mg、Metformin 500mg 各 28 天份｜電話 0932-518-406
        【藥歷摘要】姓名：張志豪／身分證字號：F184362609／過敏史：Penicillin（全身紅疹）／目前用藥：Warfarin 3mg QD、Bisoprolol 2.5mg QD／備註：上次 INR 3.4 偏高，已建議提前回心臟科複診。
        LINE 推播已送出：黃淑惠阿姨您好～您在本藥局的慢性病連續處方箋第三次可於 1/6～1/15 領取，這次如要兒子代領請記得帶您的健保卡喔！（LINE ID：shuhui0613）
        客訴單 C-2025-1187｜客戶：吳建宏先生 0921-476-335｜11/29 20:10 於中和景平店領慢箋，回家發現 Atorvastatin 20mg 少一盒（28 顆），要求補藥並由店長致電道歉｜處理人：值班藥師
        代領登記：病人 陳阿金（H153991092，82 歲，中風後行動不便）／代領人 蔡佩君（E236838666，媳婦）／已核對雙方證件及病人健保卡，領取第二次慢箋 28 天份。
        調劑疏失內部檢討：12/02 藥師許家瑜將 Glimepiride 2mg 誤調為 4mg，病人王春嬌服用兩天後於 12/04 凌晨低血糖送急診，目前已出院，店長已登門致歉並負擔醫療費用。
        宅配單：收件人 鄭玉蘭／新北市板橋區文化路一段 188 巷 12 號 4 樓／(02)2968-3174／品項：Losartan 50mg ×28、Rosuvastatin 10mg ×28（慢箋第二次）／代收 0 元
        電話諮詢紀錄 12/03 10:42｜來電：李俊賢先生 0955 207 861｜問題：太太懷孕 8 週，過敏性鼻炎可否吃 Loratadine｜回覆：建議先與婦產科醫師確認，暫以生理食鹽水洗鼻。
        會員資料｜楊雅婷｜生日 1991/04/22｜手機 0963184257｜Email yating.yang91@gmail.com｜累積點數 1,240｜常購：葉酸、鐵劑、驗孕試紙
        櫃台注意：身分證 D121475654 那位先生今天又來領慢箋第二次，系統顯示距上次領藥才 16 天，還不能領，請不要先過卡。
        居家藥事照護訪視紀錄：個案周金水，85 歲獨居，台南市東區崇學路 102 巷 7 號；共 3 家醫院 14 種藥品，發現重複 NSAIDs（Celecoxib＋Naproxen），已傳真家醫科診所建議停用其一。
        健保卡卡號 0000 4127 3865（持卡人：劉素珠）晶片讀取失敗，改以身分證 K203431063 線上查詢就醫資格，12/03 已補上傳。
        退款處理：顧客蕭文彬 12/01 購買血糖試紙 2 盒重複刷卡 NT$1,780，已申請退回信用卡 4563-7271-4093-3937，約 7～14 個工作天入帳。
        交接本：張大哥（張永福，對面巷子修車那位，在洗腎）明天早上會來拿 Sevelamer，先幫他留兩盒，錢他說月底一起算。
        Google 評論回覆草稿：王思穎小姐您好，對於您 12/1 晚間替母親領慢箋時等候超過 40 分鐘、又被告知 Jardiance 缺藥需隔日再來一事，我們深感抱歉……
        藥袋列印｜姓名：吳美華｜年齡：58｜藥品：Sertraline 50mg｜用法：每日一次 睡前｜天數：28｜調劑日：2025-12-04｜處方來源：身心科診所
        公費流感疫苗代登記：洪志明／男／1958-07-30／A138579271／預約 12/10（三）上午 10:00／聯絡 +886-912-336-074
        藥師手記：騎機車 MKA-5826 來的阿伯陳清風又把降血壓藥跟太太的安眠藥混在同一個藥盒，已打給他女兒陳怡如，約下週陪同來做用藥整理。
        [團購群] 葉黃素團購每盒 NT$1,200，請匯中國信託（822）2105-4039-6617 戶名邱雅琪，匯完私訊我末五碼～ 我的 LINE：yachi_chiu
        慢箋逾期未領名單（12 月）：1. 謝榮輝 0935-472-118 高血脂 / 2. 賴美惠 0987-640-293 甲狀腺低下 / 3. 簡正雄 0958-314-760 痛風 — 請本週內電話關懷。
        執業登記異動：藥師鄭宇軒（藥師證書 藥字第 039127 號）自 12/15 起由大同區民生店調至士林區中正路店執業，異動申請已送臺北市政府衛生局。
        管制藥品收支結存簿｜12/05｜第四級 Zolpidem 10mg 調劑 7 顆｜領受人 黃俊銘 T139290800｜處方：精神科診所｜結存 143 顆
        賒帳本：12/01 老李（李金土，市場賣菜那位）自費安素 ×1 NT$850 未付；12/03 又拿一箱成人紙尿褲，合計 NT$1,420，說下週一還。
        退費：保健食品退費至郵局（700）局號 0021234 帳號 0567891，戶名曾麗雪，金額 NT$2,980，已於 12/04 匯出。
        店內事件：12/02 19:40 常客林俊宏（住中山路 300 號那棟大樓）疑似拿走一盒 Centrum 未結帳，監視器畫面已存檔，店長決定先私下聯絡不報警。
        請假單：藥師助理江佩珊，12/08～12/12 病假 5 天（急性腸胃炎，附診斷證明），由晚班藥師代班。
        慢箋調劑明細 | 2025-11-20 | 2/3 | 廖文雄 | J193129115 | Tamsulosin 0.2mg、Finasteride 5mg | 30 天 || 2025-11-21 | 3/3 | 簡秀琴 | N298615193 | Levothyroxine 50mcg | 28 天
        0972-168-539 王太太 要 Eliquis 5mg 60 顆 明天下午來拿 先調貨
        R257356169 過敏：Aspirin、Ibuprofen（誘發氣喘），勿給 NSAIDs
        請回電：高秀枝女士 0911-530-284，住桃園市中壢區新生路 87 號 3 樓，詢問外籍看護代領她先生的胰島素需要帶什麼證件。
    """),
    "zh-Hans": _lines("""
        陆配王晓燕来店咨询：大陆身份证 350203198906143726，台湾居留证 H937593921，怀孕 12 周，问能否继续服用 Eltroxin 50mcg，药师已建议回诊调整剂量。
        投诉：我妈妈刘桂兰上周三在你们北屯店领的慢性处方药少了 14 颗 Metformin，我电话 0928-317-550，请尽快回电，不然我就打 1999 了。
        小红书私信：你好～我是上周在你们士林店拿 Isotretinoin 的周雨桐，手机 0926 883 105，吃了一周嘴唇裂得很严重还流鼻血，需要停药吗？
        代购清单：帮表姐赵丽娜买台湾胃药 12 盒、曼秀雷敦 6 条，寄广州市天河区体育西路 191 号 1203 房，收件人赵丽娜，手机 13827416093，身份证 440106199202270487（清关用）
        处方登记：李浩然，身份证号 32010219860903215X，持入台证来台探亲，自费调剂 Amoxicillin 500mg 21 颗（牙科处方），联系电话 +86 139 5172 0846。
        药师群：@所有人 冰箱第二层那盒 Humira 是孙志伟的（四川来的交换生，身份证 510104199507181632，自费），他周五下午来拿，别拿错。
    """),
    "en": _lines("""
        Hi, this is Daniel Whitford. I picked up my Levothyroxine refill at your Xinyi branch yesterday but the label says 50 mcg instead of 75 mcg. Could someone call me back on 0918-402-763? Thanks.
        Walk-in note: HK visitor CHAN Ka Wai, HKID K381540(4), lost his amlodipine while travelling and asked for a 7-day emergency supply; advised to see a clinic first as it is prescription-only.
        Refill enquiry — Kavitha a/p Subramaniam, MyKad 990314-07-5628, postgraduate at NTU, asthmatic, wants to know whether her Symbicort 160/4.5 can be refilled here under her NHI card.
        Delivery note: Mr Hendrik de Vries, 6F, No. 21, Ln. 45, Sec. 2, Anhe Rd., Da'an Dist., Taipei City 106 — insulin pens x3, keep refrigerated, call 0952-773-148 on arrival.
        ADR log: customer Tan Wei Ming (NRIC S8734216F), Singaporean working in Taipei, reported dizziness and ankle swelling after starting amlodipine 10 mg; referred back to his GP.
        Refund confirmation for Arjun s/o Ramasamy: NT$1,150 returned to Mastercard 5241 2655 6211 9054 for the duplicated charge on the blood-pressure monitor, ref RF-20251203-07.
    """),
    "mixed": _lines("""
        代領 / Proxy pickup：Sri Wahyuni（居留證 A929496470，印尼籍看護）替阿公蘇進財領慢箋第二次，雇主蘇文龍電話 0933-812-405，已核對健保卡。
        [LINE 群組｜仁愛藥局慢箋提醒] @Amy Lin 妳爸林永昌的 refill 第三次 12/20 就到期囉～記得來拿，有問題打 0919-225-847 找我
        POS log 2025-12-04 18:22 member_id=M00381 name=Huang Chia-Hsin phone=0937-605-218 item=事後避孕藥 Levonorgestrel 1.5mg qty=1 paid=NT$450
        ticket #PH-7731 | customer: Eric Tsai 蔡凱文 | issue: 藥袋上印了別人的名字，他擔心自己的 PrEP（Truvada）用藥資訊也被別的客人看到 | status: escalated to 店長
        JCB 3567 4248 3083 1575 刷卡失敗 / 持卡人 LEE MEI-CHUN / 金額 NT$2,360（血壓計＋試紙）/ 已請客人改付現
        藥歷 export：F268274204,CHIU,SHU-HUA,1962-09-17,Atorvastatin 20mg;Metformin 850mg,allergy=Sulfa,last_visit=2025-11-28
        僑生 Ong Jia Hui 王佳慧（MyKad 010827-10-6342）想問 ADHD 的 Concerta 18mg 在台灣可不可以開慢箋到藥局領，她目前在台中念大二。
        Email from customer：您好，我是 Jessica Wu 吳佳穎（jessica.wu0811@yahoo.com.tw），上次在貴店買的 Minoxidil 5% 讓我頭皮又癢又紅，可以退嗎？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是「安康藥局」LINE 官方帳號的客服助理，協助會員查詢慢箋領藥時間。"),
        ("user", "你好，我是陳麗卿，身分證 P260598080，想問我的慢箋第二次什麼時候可以領？"),
        (
            "assistant",
            "陳小姐您好，依規定第二次可在第一次給藥期滿前 10 天內領取。請問您第一次是哪一天領的、領了幾天份呢？",
        ),
        ("user", "11/20 領的，28 天份，是高血壓跟高血脂的藥。我 12/8 要出國兩週。"),
        (
            "assistant",
            "這樣第一次藥會用到 12/17，12/8 起就在可領期間內。您可以在出國前來領第二次，若需要連第三次一起領，請帶機票證明。",
        ),
        ("user", "好，那我 12/5 去，順便幫我留 Crestor 10mg。"),
    ],
    [
        (
            "user",
            "我爸叫劉文通，今年 79 歲，在三家醫院看診，藥吃到 12 種，你們有沒有整合藥歷的服務？",
        ),
        (
            "assistant",
            "有的，社區藥師可以協助整理所有處方與保健食品，檢查重複用藥與交互作用，請帶他所有的藥袋與健保卡來。",
        ),
        (
            "user",
            "他住高雄市三民區建工路 415 巷 9 號 2 樓，膝蓋開過刀走不太動，藥師可以到府嗎？我的電話是 0917-264-593。",
        ),
        ("assistant", "可以申請居家藥事照護，我們會請負責的藥師致電與您約訪視時間。"),
    ],
    [
        (
            "user",
            "你好，我是从厦门嫁过来的，叫林晓敏，现在住新竹。我一直在吃 Sertraline 50mg，现在怀孕了还能继续吃吗？",
        ),
        (
            "assistant",
            "孕期是否继续用药需要由开药的医师评估，请不要自行停药。建议尽快回诊，我们也可以先帮您整理目前的用药清单。",
        ),
        (
            "user",
            "好的，我的居留证号是 B922025474，电话 0975-203-618，麻烦帮我登记一下，下周去你们竹北店。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Thomas Brenner, German, working in Hsinchu. ARC E848775121. I've run out of my lisinopril and my doctor back home can't send a prescription here.",
        ),
        (
            "assistant",
            "In Taiwan lisinopril is prescription-only, so a pharmacy cannot dispense it without a local prescription. A family-medicine clinic can see you today with your NHI card.",
        ),
        ("user", "OK. Can you text me a clinic near Guanxin Rd? My number is 0965 338 702."),
    ],
    [
        (
            "user",
            "幫我寫一封道歉信給客人蔡明哲先生：他 12/2 在我們店領慢箋，藥師把 Warfarin 1mg 誤給成 5mg，他吃了兩天流鼻血送急診。他電話 0961-447-302。",
        ),
        (
            "assistant",
            "蔡先生您好：對於 12/2 本店調劑錯誤造成您身體不適並須就醫，我們由衷致歉。我們已全面檢討調劑核對流程……",
        ),
        ("user", "語氣再誠懇一點，另外加上我們會負擔他這次急診和後續回診的費用。"),
    ],
    [
        (
            "user",
            "幫我整理這位病人的用藥重點：邱添福，C125537743，72 歲，心房顫動、慢性腎病 3b 期，目前 Dabigatran 110mg BID、Furosemide 40mg QD、Allopurinol 100mg QD。",
        ),
        (
            "assistant",
            "重點：1) 抗凝血劑需依腎功能評估劑量；2) 利尿劑注意電解質；3) Allopurinol 在腎功能不佳時需減量。建議確認最近一次 eGFR。",
        ),
        ("user", "他上週 eGFR 剛好 35，Dabigatran 要不要調？"),
    ],
    [
        ("user", "我想加入慢箋提醒，我叫王淑慧，LINE ID 是 ahuei.0527，第一次領藥是 12/1。"),
        ("assistant", "已幫您登記，第二次可領期間開始時會以 LINE 提醒您。"),
        ("user", "我媽王林阿玉的糖尿病藥也要登記，她沒有手機，提醒一樣傳給我就好。"),
    ],
    [
        ("user", "我在你們網站訂了 NovoRapid 筆針，要冷藏宅配，訂單 RX20251204-0277。"),
        ("assistant", "好的，冷藏宅配需要有人簽收，請提供收件人姓名、地址與聯絡電話。"),
        (
            "user",
            "收件人葉國華，台中市西屯區福科路 612 號 8 樓之 3，手機 0938 617 204，下午都在家。",
        ),
    ],
    [
        (
            "user",
            "Hello po, I'm Maria Lourdes Reyes, caregiver of Ama 黃李金枝 in Taoyuan. Ama's 慢箋 is third time, can I pick up for her?",
        ),
        (
            "assistant",
            "Yes, a caregiver can collect it. Please bring Ama's NHI card, the original refill prescription and your own ARC.",
        ),
        (
            "user",
            "OK my ARC is F952601815. If any problem please call my employer Mr. 黃 0920-358-716.",
        ),
    ],
    [
        ("system", "你是社區藥師的文書助理，負責把口述內容整理成居家藥事照護紀錄。"),
        (
            "user",
            "今天訪視：個案蘇美玉，S246513855，獨居，新北市三重區重新路四段 67 號 5 樓，糖尿病加上初期失智，冰箱裡有三支過期胰島素，常忘記吃 Donepezil。",
        ),
        (
            "assistant",
            "【居家藥事照護紀錄】個案：蘇美玉｜問題：1) 過期胰島素 3 支已回收；2) Donepezil 服藥遵從性不佳，建議使用分格藥盒並請家屬協助提醒。",
        ),
    ],
    [
        ("user", "你好，我上週在貴藥局買的電動吸鼻器壞掉了，想退費。"),
        ("assistant", "不好意思造成困擾，請提供購買日期與發票號碼，我們確認後會協助退款。"),
        (
            "user",
            "發票 QX-48213907，12/1 買的。退款請匯到玉山銀行（808）0418-940-072853，戶名吳宗翰。",
        ),
    ],
]
