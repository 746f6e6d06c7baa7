# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh219: Taiwan scooter shops, car service garages and tyre shops. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh219
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "repair_order"): _lines("""
        工單編號 RO-20261118-0427｜車型：KYMCO 雷霆S 150｜里程 18,420 km｜作業：更換機油、齒輪油、空濾｜工資 NT$200｜零件 NT$680｜合計 NT$880
        維修單 #M-113-0592　進廠 2026/11/03 09:12，預計交車 11/03 17:30，技師代號 T07，狀態：待料
        保養檢查表：□煞車皮厚度 □胎紋深度（≥1.6mm）□電瓶 CCA □冷卻液冰點 □雨刷　備註：＿＿＿＿＿＿
        5000 公里定保：機油 10W-40 0.8L、機油濾網清洗、火星塞檢查，標準工時 0.4H，建議售價 NT$450（含工）
        工單 RO-A0938 客訴「怠速抖動」，診斷碼 P0301（第一缸失火），更換點火線圈 1 支＋火星塞 4 支，試車 12km 正常
        技師備註：左前下三角架橡皮龜裂，已告知櫃台，車主暫不更換，下次進廠複檢。
        板金烤漆工時表：前保桿 3.5H、引擎蓋 4.0H、前葉子板（單邊）2.5H，每工時以 NT$900 計
        今日進廠 23 台：機車 15、汽車 8；完工 19，待料 3，外包 1（變速箱送原廠）
        四輪定位報告 ALN-2611-0088：前束 左 +0.12° 右 +0.15°，外傾 左 -0.6° 右 -0.5°，調整後均在規格內
        交車前檢查 OK ✔ 胎壓 前 32 psi／後 34 psi，已重置保養燈，下次保養 2027/05 或 +10,000 km，以先到者為準
        RO-20261122-0815 取消，原因：客戶改約 11/29 上午，已叫的零件保留 7 天
        外場注意：2 號舉升機油壓異常，今天先不要上 SUV，已通報設備廠商，報修單號 SV-77120。
        電瓶檢測：額定 CCA 540、實測 388、SOH 61%，判定「建議更換」，列印單據 BT-0931-4412
    """),
    ("zh-Hant", "warranty_card"): _lines("""
        輪胎保固卡　保固編號：W-TY-2026-00318　車主姓名：＿＿＿＿　聯絡電話：＿＿＿＿　安裝日期：＿年＿月＿日
        本保固僅適用於正常使用下之製造瑕疵，不含刺破、割傷、側面撞擊及胎壓不足造成之損壞。
        電瓶保固：自安裝日起 18 個月或 30,000 公里（以先到者為準），憑本卡及發票正本辦理。
        DOT 碼 4625 代表 2025 年第 46 週生產，出廠胎紋 8.0mm，磨耗至 3.0mm 以內按比例折價換新。
        保固卡遺失恕不補發，請妥善保存；電子保固可掃描背面 QR Code 至官網登錄序號。
        鍍膜施工保固卡 No. CT-0412｜項目：9H 陶瓷鍍膜｜保固期間：24 個月｜每 6 個月回廠免費保養一次
        原廠新車保固 3 年或 10 萬公里；動力系統延長至 5 年或 15 萬公里，以先到者為準。
        以下情形保固失效：1. 改裝 ECU　2. 使用非原廠規格機油　3. 未依保養手冊定期保養
        胎規 205/55 R16 91V ×4，品牌：＿＿＿＿，胎號：＿＿＿＿，施工技師：＿＿＿＿（簽章）
        機車電池保固登錄成功！序號 YT7B-8821-3306，保固至 2027-12-05。本訊息由系統自動發送，請勿回覆。
        保固申請流程：填寫申請單 → 檢附照片三張 → 門市初判 → 送原廠鑑定（約 7–14 個工作天）
        鋁圈修復保固三個月，限同一處裂痕；若再次撞擊造成變形，不在保固範圍內。
        延長保固方案 Plus 36：售價 NT$4,800，涵蓋引擎、變速箱、差速器，不含耗材與電子配件。
    """),
    ("zh-Hant", "accident_estimate"): _lines("""
        估價單 EST-2611-027：後保桿更換 NT$6,800、倒車雷達感知器 ×2 NT$3,200、烤漆 NT$5,500，合計 NT$15,500（未稅）
        事故車初估：左側 A 柱變形，需上車台校正，工期約 10–12 個工作天，理賠需等公證人勘車後才能拆。
        車體險甲式、乙式、丙式差在哪？甲式含不明原因刮傷，丙式只賠車碰車而且要有對方車號。
        本月事故車進廠 14 台，平均估價 NT$38,600，最高一筆為水箱護罩＋大燈總成 NT$92,000。
        估價有效期限 14 天，零件價格以原廠當期報價為準，拆解後若發現隱藏損傷將另行追加。
        副廠件 vs 原廠件：副廠大燈 NT$4,200／原廠 NT$11,800，保險公司多半只核副廠或 OEM 價格。
        理賠代辦須知：請備行照影本、駕照影本、警方初判表（A1／A2／A3 類），本廠可協助送件。
        泡水車鑑定：地毯下鏽蝕、座椅滑軌泥沙、保險絲盒水痕、ECU 插頭氧化，符合 3 項以上即列為泡水車。
        EST-2611-031 結案｜理賠核定 NT$27,350，自付額 NT$3,000，餘額由產險公司直接撥付本廠。
        鈑金件報價：前葉子板 NT$3,600（OEM）、內龜 NT$850、飾條 NT$420、塑膠扣 ×10 NT$150
        公證人勘車時段：週二、週四 14:00–17:00，請櫃台統一安排，勿約在週末。
        安全氣囊爆開之車輛一律需更換 SRS 電腦，估價時勿漏列，約 NT$18,000 起。
        拖吊合約價：市區 NT$1,500 起，每公里加收 NT$60，合作拖吊公司 24 小時專線 0800-092-119。
    """),
    ("zh-Hant", "line_group"): _lines("""
        【公告】本店 12/31（四）下午 3 點提早打烊，元旦公休一天，1/2 正常營業，祝大家新年快樂🎉
        各位車友早安☀️ 這週輪胎買四送定位，米其林、普利司通都有，名額有限先私訊小編
        颱風天注意：明天若停班停課本店同步休息，已預約的車主我們會逐一改約，請留意官方帳號訊息
        換季記得檢查胎壓，天冷胎壓會掉 1–2 psi，店門口打氣機 24 小時免費使用
        群組規範：1. 禁止廣告 2. 二手零件買賣請發記事本 3. 維修問題歡迎發問，師傅看到會回
        @所有人 本週六晚上 8 點車聚，地點在中科路那間超商的停車場，請勿炸街、勿按喇叭
        今天師傅去原廠上課，工單處理會比較慢，急件請打店內電話 04-2358-6610，謝謝包涵🙏
        本月保養抽獎結果已公布在記事本（以工單號碼末四碼公布），中獎者請於 30 日內回店兌換
        新到貨：Gogoro 原廠煞車皮、SYM JET SL 空濾、YAMAHA 勁戰六代 CVT 套件，需要的可以先留
        有人問為什麼前後輪價格不同？因為規格不同，前 110/70-12、後 120/70-12，以現場報價為準
        頭文字D 裡藤原拓海開 AE86 送豆腐的秋名山，原型是群馬縣的榛名山，下次車聚要不要改去武嶺🤣
        溫馨提醒：行照已經可以用監理服務 App 的電子證照，臨檢出示 App 畫面即可～
        感謝上週 38 位車友參加安全騎乘講座，投影片已放在相簿，下一場預計 2027 年 1 月
    """),
    ("mixed", "parts_order"): _lines("""
        PO-2026-1147｜供應商：順昌汽車材料有限公司（統編 53814722）｜90915-YZZE1 機油芯 ×20 @NT$165｜交期 11/25
        叫貨：17801-0Y040 空氣芯 ×6、04465-0D130 前來令 ×2 套、DOT4 煞車油 1L ×12，請明早 10 點前送到
        Order confirmation #TW-88213: Bridgestone Turanza T005 215/55R17 94V × 8, ETA 2026-12-09, deliver to 後門卸貨區
        缺料通知：SYM 原廠後避震 52400-XXA-000 原廠缺貨，預計 2027/01 第二週到貨，已下訂者優先配貨
        電子發票 AB-20461337，買方統編 83062157，品名：輪胎 225/45R18 ×4，金額 NT$21,600（含稅）
        請款單 INV-AP-61902，應付 NT$48,250，票期 60 天，請財務於月底前確認入帳
        SKU TIRE-MIC-PS5-2254518 qty 4 status BACKORDER, supplier ref MX-TW-0097, next ship window W50
        出貨通知：宅配追蹤碼 9063-2281-4450，共 3 箱，內容物 DOT4 煞車油 ×24、雨刷 24吋 ×10
        供應商業務窗口信箱 order@shunchang-parts.com.tw，總機 (04)2471-3309 分機 12
        零件對照：Honda 原廠 15400-PLM-A02 = 副廠 OC-459 = Mann W 610/3，三者規格互通
        退貨單 RMA-0417：倒車雷達感知器 ×1 初期不良，料號 PDC-5Q0919275，已附檢測報告
        採購規則：單筆 NT$30,000 以上需店長簽核，NT$100,000 以上需總公司（統編 24170932）核准
        Stock check 12/05: Maxxis MA-P5 205/55R16 剩 6 條 (DOT 3825)，Kenda KR32 185/65R15 剩 11 條
    """),
    ("zh-Hant", "owner_notice"): _lines("""
        親愛的 {owner_name} 車主您好，您的愛車 {plate_no} 已屆 {next_km} 公里保養，歡迎來電預約 04-2358-6610。
        【召回通知】原廠針對 2023–2024 年式部分車款之燃油泵進行免費檢修，請攜帶行照至各地服務廠辦理，詳見官網。
        您的車輛已完成保養，工單 RO-20261201-0033，金額 NT$3,280，請於今日 18:30 前取車。
        簡訊範本 SMS-T05：【輪胎行】您預約的 {date} {time} 換胎服務即將到來，如需更改請回覆 1
        使用牌照稅與燃料費說明：機車 151–250cc 每年燃料費依級距繳納，詳細金額請至監理服務網查詢。
        驗車提醒：出廠滿 5 年之自用小客車每年定檢一次，滿 10 年每年兩次，請於到期前一個月內完成。
        本廠自 12/15 起調整工資：一般保養每工時 NT$800 → NT$900，已完成預約者維持原價。
        車主通知（範本）：OOO 先生／小姐 您好，您的車輛估價已完成，請於 ___ 日前回覆是否施修。
        您的預約已確認 ✅ 預約代碼 BK-7Q2M9，11/28（六）10:00，預估施工時間 90 分鐘
        推播統計：template=pickup_ready，12/05 共發送 1,284 則，成功率 99.2%，退訂 3 則
        換電站維護公告：中正路、民權路兩站 12/10 凌晨 2–5 點暫停服務，造成不便敬請見諒。
        年終感恩：凡 2026 年曾來店保養之車主，憑簡訊可享機油買一送一，限 12/31 前使用。
        逢甲大學附近門市 12 月起延長營業至晚上 10 點，歡迎學生族群下課後來保養。
    """),
    ("zh-Hans", "forum_howto"): _lines("""
        请问台湾的机车定保一般多少公里换一次机油？说明书写 1000 公里，店家说 3000 也没问题
        轮胎侧面 DOT 码后四位怎么看？比如 2324 就是 2024 年第 23 周生产的
        新手求助：电瓶亏电打不着火，搭电的时候是先接正极还是负极？
        统计：台湾机车登记数约 1,400 万辆，差不多每 1.6 个人就有一辆（交通部门公开资料）
        本田宗一郎创办本田技研时是从给自行车装辅助引擎起家的，这段创业史挺值得一读。
        罗西（Valentino Rossi）2021 年退役，46 号被 MotoGP 列为永久退役号码。
        补胎用蘑菇钉和塞条哪个好？胎侧扎到钉子还能不能补？
        四轮定位一般多少钱？台中这边报价 NT$800–1,200，含前后轮调整
        故障灯亮了，OBD 读出 P0420 三元催化效率低，是不是一定要换三元催化器？
        小修理厂的工单系统还在用 Excel 宏，有没有开源的汽修 ERP 推荐？
        变速箱油多久换？ATF 一般 4 万公里，CVT 油看厂家，标称终身免换的也建议 6 万公里换一次
        客户A 反映刹车异响，客户B 反映方向盘抖，用的都是同一批来令片，会不会是批次问题？
        台湾新式车牌是三个英文字母加四个数字，格式写作 XXX-0000，有没有大佬科普一下编码规则？
    """),
    ("en", "shop_system_log"): _lines("""
        2026-11-30T08:14:22+08:00 INFO dms.workorder created id=RO-20261130-0007 bay=3 tech=T07 status=OPEN
        ERROR tyre_inventory.sync: SKU TIRE-BRI-T005-2155517 qty mismatch (local=12, supplier=10), retry 3/5
        shop.yaml: hotline: 04-2358-6610, support_email: service@dafa-tire.com.tw, timezone: Asia/Taipei
        SELECT plate_no, COUNT(*) FROM work_orders WHERE created_at >= '2026-11-01' GROUP BY plate_no HAVING COUNT(*) > 3;
        Warranty API v2.3.1 changelog: added field dot_week; customer_phone_raw deprecated, now stored as sha256 only.
        cron: 0 9 * * 1 /opt/garage/bin/send_reminders --template=service_due --dry-run
        Accident estimate export: 42 rows, total NT$1,627,400, avg labour 11.6 h, 0 rows missing insurer_code
        LINE webhook 200 OK event=follow source.type=group groupId=C**************** latency=84ms
        TODO: move owner_name, id_no and phone into the encrypted column before the 2027 Q1 migration.
        DMS 4.8.0 release: DOT barcode scanner for Michelin/Bridgestone/Maxxis; fixed 統編 with leading zero being truncated.
        job parts_po_export finished in 3.2s, wrote 118 lines to po_2026W48.csv, md5=9f1c2e7a04b83d55e61a0c7f2b9d4e18
        Auto-reply sent for ticket #SUP-55102 from support@ mailbox, SLA 2 business days, queue=warranty
        Henry Ford quote on the break-room poster: quality means doing it right when no one is looking.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        工單 RO-20261118-0433｜車主：賴建廷 0932-518-407｜車牌 MXK-5821｜雷霆S 150｜更換後輪、煞車皮，合計 NT$2,350
        輪胎保固卡　保固編號：W-TY-2026-00319　車主姓名：蔡佩珊　聯絡電話：0918-276-553　安裝日期：2026 年 11 月 20 日
        估價單 EST-2611-028：車主 鍾志明（身分證 F128304758），車號 BFR-3071，右後門凹陷，對方肇事逃逸已報案
        @隔壁早餐店的阿凱 你的車修好了，但上次欠的 NT$6,500 工資還沒付，這週麻煩處理一下喔
        幫客人黃淑惠訂 Yamaha 原廠後照鏡一對，訂金 NT$500 已收，到貨打 0955-128-603 通知她
        車主通知：游振宇先生您好，您的愛車 ARK-2290 已屆 40,000 公里保養，請於本月底前回廠。
        到府牽車地址：新北市板橋區文化路二段 182 巷 7 弄 15 號 3 樓，聯絡人周美玲，下午兩點後在家
        陳師傅說他太太最近在做化療，下禮拜要請三天假，他的工單先排給阿翔
        那個開白色 Altis 的簡國華先生又來了，上次估價吵很兇，店長說他這個月已經客訴三次
        退款請匯：國泰世華（013）帳號 0365-0618-2294，戶名 羅振豪，金額 NT$1,850
        刷卡紀錄：卡號 4556 3371 8204 7197，持卡人 LIN YU-TING，授權碼 A82Q17，金額 NT$12,400
        何育誠上週騎車自摔住院，骨盆骨折，他媽媽說車先放店裡，等他出院再決定要不要修
        內部公告：技師吳冠霖本月因酒駕遭記大過一次，暫停試車資格三個月
        薪資明細：技師劉家豪 11 月底薪 NT$36,000＋績效 NT$8,200，扣勞健保後實領 NT$41,650
        越南籍移工 Nguyễn Văn Hùng 的機車 CTN-6612 送修，居留證號 A803277142，他說雇主還沒發薪先賒帳
        車主蘇雅婷的 LINE ID 是 yating_0716，她要我們拍照傳給她再決定要不要換
        保固登錄資料：姓名 謝承翰，Email chenghan.hsieh88@gmail.com，手機 0921-337-846
        老闆娘交代：阿福伯失智越來越嚴重了，不要再把機車鑰匙交給他，有事直接打給他女兒
        鄭凱文跟他老婆在辦離婚，車子登記在老婆名下，他如果來牽車先不要給，等律師通知
        掛號寄送保固卡：台中市北屯區崇德路二段 366 巷 12 號 5 樓之 2，收件人 葉宗翰
        拖吊紀錄 23:40 台74線，車號 RDA-5290，駕駛邱柏鈞已送中國醫藥大學附設醫院急診
        林志偉的信用卡連刷三次被拒，他說上個月被公司裁員，問輪胎錢可不可以分三期
        客人張秀琴阿嬤說孫子還在加護病房，保養的錢晚幾天再拿來，先讓她把車騎回去
        幫我們拍改裝影片的那位客人 IG 是 @ahong_ride_tw，本名洪煒翔，記得片尾要標他
        印尼籍看護 Sri Wahyuni 的電動車電池膨脹，雇主家住台南市東區長榮路一段 88 號，要我們去收
        員工曾子軒檢舉副店長言語霸凌，人資要我們先把兩人班表錯開，這件事不要在群組講
        租車登記：身分證 E231886457，姓名 許雅雯，手機 0933-472-105，押金 NT$3,000 已收
        保險理賠聯絡人廖淑芬說她先生上個月過世，車要過戶到她名下後才能申請理賠
    """),
    "zh-Hans": _lines("""
        客户刘晓东手机 13816279450，在台湾这边做宝马 X3 保养，要求发票抬头开他上海的公司
        陆配王丽娟要过户机车，提供的是大陆身份证 440306199102235183，监理站说要居留证才行
        客户周婷微信号 zhouting_1990，车门被刮了，让我们直接微信发报价给她
        张建国师傅腰椎间盘突出刚做完手术，这个月都不能来上班，工资怎么算还没谈
        我老公马文涛上周骑车被撞断了锁骨，对方肇事车牌 BQN-7731，到现在都不肯和解
        客户赵立平欠我们店三个月维修款共 NT$23,800，电话不接，LINE 也已读不回
        退款打到招商银行卡号 6225 8801 3749 2618，户名 孙海燕，请财务今天处理
        小吴他妈妈说他在戒毒所，之前留在店里的那台机车要我们先别卖
    """),
    "en": _lines("""
        Scooter rental log: Tan Wei Ming, NRIC S8234671F, +65 9127 4408, 3-day rental, deposit NT$5,000 paid by card
        Muhammad Hafiz bin Abdullah, MyKad 990312-10-5527, student at Feng Chia, booked tyre change for Sat 10:00
        Tyre order for Rajesh a/l Subramaniam, mobile 012-487 3361, 4 x Michelin Primacy 4 205/55R16, pay on pickup
        Daniel de Souza wants the Ducati estimate sent to daniel.desouza.moto@outlook.com before Friday
        Note for the night shift: Mr Lee from the tyre LINE group said his son was just diagnosed with leukaemia, go easy on the overdue bill
        2026-11-30 ERROR sms.send failed to=+886 933 472 105 name=Hsu Ya-Wen template=pickup_ready
        Telegram from customer @kelvin_ride88 (Kelvin Ong): pls call my wife instead, I am in hospital till Monday
        Maria Cristina Dela Cruz, caregiver from Pampanga, ARC B910452863, left her e-bike for a battery check; her employer in Nantun will pay
    """),
    "mixed": _lines("""
        新加坡客人 Goh Siew Ling FIN G5527104L 來台工作，想在我們這邊分期買一台 Gogoro，頭期款 NT$15,000
        租車合約 No. R-1206：Tan Jia Hui，NRIC T0419283J，入住台中市西屯區福星路 520 號民宿
        Card 5358 1200 4937 2611 exp 08/29 holder CHENG MEI-LING, 輪胎四條 NT$18,800 已授權
        Nur Aisyah binti Kamarudin，MyKad 020815-14-6031，手機 017-352 8849，機車租三個月
        Trần Thị Lan 0987-226-531 說她工廠宿舍在大園，電動車充電器壞了，週日才能來拿
        香港客人 CHAN Ka Chun，HKID K384127(8)，國際駕照已核對，租 125cc 兩天
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是機車行的櫃台助理，幫老闆擬 LINE 訊息，語氣親切簡短。"),
        (
            "user",
            "幫我寫一則訊息給車主賴建廷，電話 0932-518-407，他的雷霆S MXK-5821 換好後輪了，NT$2,350，今天六點前可以來牽。",
        ),
        (
            "assistant",
            "賴先生您好😊 您的雷霆S（MXK-5821）後輪已更換完成，費用 NT$2,350，今天 18:00 前都可以來牽車，有問題歡迎回覆或來電，謝謝！",
        ),
        ("user", "順便提醒他下次 5000 公里要回來定保。"),
        ("assistant", "已補上：另外提醒您，下次約 5,000 公里時記得回店定保，我們會再通知您～"),
    ],
    [
        ("system", "You help a Taichung body shop summarise accident estimates for insurers."),
        (
            "user",
            "Summarise EST-2611-028: owner 鍾志明, ID F128304758, plate BFR-3071, rear right door dent, hit-and-run, police report filed 11/17.",
        ),
        (
            "assistant",
            "Summary: EST-2611-028, vehicle BFR-3071 (owner 鍾志明, ID F128304758). Damage: dented rear right door. Cause: hit-and-run, police report filed 17 Nov. Next step: assessor inspection before teardown.",
        ),
        ("user", "Do I need to include his ID number for the insurer?"),
        (
            "assistant",
            "Usually the insurer already has it from the policy; include it only on the claim form itself, not in e-mails or group chats.",
        ),
    ],
    [
        ("system", "你是汽車保養廠的人資小幫手。"),
        (
            "user",
            "技師劉家豪這個月遲到六次，底薪 36,000，我可以直接扣他 3,000 嗎？他說家裡爸爸中風要顧。",
        ),
        (
            "assistant",
            "依勞基法，遲到只能按實際缺勤時間比例扣薪，不能以罰款方式一次扣 3,000。另外他父親中風需要照顧，可以考慮讓他申請家庭照顧假或調整班表。",
        ),
        ("user", "好，那幫我寫一段跟他面談的開場白。"),
        (
            "assistant",
            "家豪，先關心一下你爸爸的狀況，最近辛苦了。今天想跟你聊聊班表，看看怎麼調整比較能兼顧家裡，也讓工單不會卡住。",
        ),
    ],
    [
        ("system", "你是轮胎行的翻译助手，把繁体内容翻成简体。"),
        (
            "user",
            "翻成簡體：輪胎保固卡　車主姓名：蔡佩珊　聯絡電話：0918-276-553　安裝日期：2026 年 11 月 20 日",
        ),
        (
            "assistant",
            "轮胎保修卡　车主姓名：蔡佩珊　联系电话：0918-276-553　安装日期：2026 年 11 月 20 日",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant of a scooter rental counter near Feng Chia University.",
        ),
        (
            "user",
            "Hi, I'm Muhammad Hafiz bin Abdullah, MyKad 990312-10-5527. Can I rent a 125cc for one month? My Malaysian licence is class B2.",
        ),
        (
            "assistant",
            "Thanks Hafiz. For a 125cc you need an International Driving Permit or a Taiwan licence together with your Malaysian licence. Could you bring your passport and IDP to the counter?",
        ),
        ("user", "OK, my phone here is 0978-225-140, please call when the scooter is ready."),
        (
            "assistant",
            "Noted. We'll call 0978-225-140 once the scooter is prepared, usually within one working day.",
        ),
    ],
    [
        ("system", "你是保養廠的文書助理，幫忙寫催款訊息。"),
        (
            "user",
            "客人趙立平欠我們三個月維修款 NT$23,800，車號 ATR-6108，電話 0926-774-312，幫我寫一封客氣但堅定的催款簡訊。",
        ),
        (
            "assistant",
            "趙先生您好，這裡是保養廠。您的車輛 ATR-6108 自 9 月起之維修款共 NT$23,800 尚未結清，煩請於 12/20 前匯款或來店付款，如有困難歡迎與我們討論分期。",
        ),
        ("user", "再加一句：逾期會暫停他的保固，但電話 0926-774-312 不要寫在簡訊內容裡。"),
        (
            "assistant",
            "了解，已調整：趙先生您好，您的車輛 ATR-6108 維修款 NT$23,800 尚未結清，煩請於 12/20 前付款；逾期未結清者，保固將暫停至款項付清為止，謝謝。",
        ),
    ],
    [
        ("system", "你是輪胎行官方 LINE 的自動客服。"),
        ("user", "我想預約週六早上換四條輪胎，車號 BKE-3356，我叫許雅雯，電話 0933-472-105"),
        (
            "assistant",
            "許小姐您好，已為您預約 12/12（六）10:00 換胎，車號 BKE-3356。請問輪胎規格是多少呢？",
        ),
        ("user", "205/55R16，預算一條三千以內"),
        ("assistant", "收到，會準備 NT$3,000 以內的 205/55R16 選項，當天現場再由師傅跟您確認。"),
    ],
    [
        ("system", "You help a scooter shop owner write notes in mixed Chinese and English."),
        (
            "user",
            "越南移工 Nguyễn Văn Hùng，居留證 A803277142，機車 CTN-6612 修好了但他說老闆還沒發薪，想賒 NT$1,900，幫我記一筆。",
        ),
        (
            "assistant",
            "賒帳紀錄：Nguyễn Văn Hùng（ARC A803277142），車號 CTN-6612，金額 NT$1,900，約定於雇主發薪後付清。建議請他簽名確認。",
        ),
        ("user", "他雇主是哪家我也記一下：大園那間塑膠廠，不過不要寫廠名。"),
        ("assistant", "已更新備註：雇主位於桃園大園區（塑膠製造），廠名不記錄。"),
    ],
    [
        ("system", "你是汽修厂的安全主管助理，帮忙写工伤记录。"),
        (
            "user",
            "今天下午两点，技师张建国在 2 号举升机下面被掉下来的排气管砸到左手，送到医院缝了 8 针，帮我写工伤记录。",
        ),
        (
            "assistant",
            "工伤记录：日期 2026-12-05 14:00，地点 2 号举升机。受伤人员：技师张建国。经过：拆卸排气管时部件掉落砸中左手。处置：送医缝合 8 针。后续：举升机停用检查，补充防护手套规定。",
        ),
        ("user", "再加一句他要休息两周。"),
        ("assistant", "已补充：医嘱休养两周，期间依劳保规定申请职灾给付。"),
    ],
    [
        ("system", "你是零件行的訂單助理。"),
        (
            "user",
            "幫我整理訂單：客人 Daniel de Souza，email daniel.desouza.moto@outlook.com，Ducati Monster 煞車皮一組，寄到台北市大安區和平東路三段 41 巷 6 號 2 樓。",
        ),
        (
            "assistant",
            "訂單整理：收件人 Daniel de Souza｜Email daniel.desouza.moto@outlook.com｜品項 Ducati Monster 前煞車皮 ×1 組｜寄送地址 台北市大安區和平東路三段 41 巷 6 號 2 樓｜付款方式 待確認。",
        ),
        ("user", "付款他說用信用卡，出貨後寄追蹤碼給他。"),
        ("assistant", "已更新：付款方式 信用卡，出貨後以 email 寄送追蹤碼。"),
    ],
]
