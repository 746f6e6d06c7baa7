# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh336: 繁體中文（香港）茶餐廳與大排檔（伙記糧單、熟客賒數、外賣地址、衛生督察巡查、食物中毒投訴、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh336
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "衛生督察巡查通告"): _lines("""
        食環署衞生督察將於本週內到訪油尖旺區持牌食肆進行例行巡查，重點檢查凍房溫度（須保持攝氏 4 度或以下）、砧板生熟分開及垃圾桶是否加蓋。
        根據第 132X 章《食物業規例》，食物業處所內的食物處理人員須穿著清潔衣服及圍裙；違例者一經定罪，最高可被罰款港幣 10,000 元及監禁三個月。
        巡查紀錄 INS-KLN-2026-04417｜處所：九龍油麻地廟街 198 號地下 A 舖｜持牌人：祥興茶餐廳有限公司｜牌照編號 2212801456｜結果：未發現違規。
        違例記分制提示：持牌食肆於 12 個月內累積 15 分或以上，牌照會被暫時吊銷 7 日；其後再累積 15 分，吊銷期增至 14 日，第三次則取消牌照。
        如對食肆衞生有投訴，可致電 1823 或食環署熱線 2868 0000，亦可經「1823」流動應用程式上載相片，署方一般於 3 個工作天內安排跟進。
        樣本化驗摘要：抽取叉燒、凍檸茶冰粒及沙律醬共 3 個樣本，送政府化驗所檢測沙門氏菌及蠟樣芽孢桿菌，報告編號 GL/FM/26/11583，結果全部合格。
        熟食小販固定攤位須遵守牌照附加條件，枱櫈不得擺出劃線範圍；深水埗北河街一帶攤檔於晚上 11 時後須收妥枱櫈及帆布，以免阻街。
        按「衞生經理及衞生督導員計劃」，大型食肆須委任衞生經理及衞生督導員各一名，並須於開業後指定期限內完成食環署認可的培訓課程。
        警告信編號 FEHD/YTM/WL/2026/0392：貴店於 2026 年 11 月 18 日巡查時被發現雪櫃內熟食與生肉同格存放，請於 14 日內改善，否則將提出檢控。
        廚房排氣系統須定期保養：油煙過濾網建議每兩星期清洗一次，靜電除油煙機的保養紀錄應保存最少 12 個月，以備衞生督察巡查時出示，並交由持牌人簽署確認。
        溫度記錄表範本：日期｜時間｜凍房(°C)｜雪櫃(°C)｜熱櫃(°C)｜檢查人簽署 — 每日開舖前及下午 3 時各記錄一次，表格保存 3 個月備查。
        衞生防護中心提示：生蠔、刺身及未煮熟的蛋類屬高風險食物，孕婦、長者、幼童及免疫力較低人士應避免進食；食肆應在餐牌上清楚標示。
        消費者委員會提醒，如懷疑食物中毒，應保留單據及剩餘食物，並盡快求醫；查詢可致電消委會熱線 2929 2222，或向食物安全中心舉報。
    """),
    ("zh-Hant", "餐牌價目表"): _lines("""
        早餐 A 餐 $42：火腿通粉、牛油多士、炒蛋，配熱飲（轉凍飲 +$3），星期一至六 07:00-11:00 供應，公眾假期照常營業。
        常餐 $45：沙嗲牛肉麵或公仔麵、煎雙蛋、火腿、奶油豬，配熱奶茶；加底 +$5，轉出前一丁 +$4，轉凍飲 +$3，走蔥走芫茜請預先講。
        下午茶 14:30-17:30：西多士配凍檸茶 $38、菠蘿油配鴛鴦 $32、蛋撻兩件 $18（堂食限定，外賣每張單另加 $2 盒費）。
        大排檔小菜：椒鹽鮮魷 $98、豉椒炒蟶子 $128、避風塘炒蟹（時價）、乾炒牛河 $72、咕嚕肉 $88；三位起計，茶芥每位 $5。
        飯類：焗豬扒飯 $68、窩蛋免治牛肉飯 $55、滑蛋蝦仁飯 $62、揚州炒飯 $58；所有焗飯可轉意粉，加 $3 轉黃金炒飯底。
        飲品價目：熱奶茶 $20／凍 $23、檸檬茶 $20／凍 $23、咖啡 $20、鴛鴦 $20、阿華田 $22、好立克 $22、檸樂 $25、紅豆冰 $28。
        麥兜 x 茶餐廳聯乘限定：「菠蘿油魚蛋粉」套餐 $56，附送麥太紀念杯墊一個（每單限一個，送完即止），活動期至 2027 年 1 月 31 日。
        晚市 18:00 後兩餸飯 $48、三餸飯 $58，例湯任飲，白飯加底 $4；星期日及公眾假期晚市另收一成服務費，外賣自取不另收費。
        外賣收費（2026 年 12 月起）：每個外賣盒 $1，膠袋 $1（按膠袋徵費計劃），自備餐盒或唔要即棄餐具可減 $2。
        打邊爐季：牛骨湯底 $88、沙嗲湯底 $78、手切肥牛 $128／碟、手打牛丸 $58、炸魚皮 $38；最低消費每位 $150，另加一。
        冰室餅櫃：蛋撻 $9、雞批 $14、椰撻 $10、叉燒餐包 $12、菠蘿包 $9；每日下午 3 點新鮮出爐，訂購熱線 2388 6612，十個起送。
        逢星期三特價：凍檸茶 $15、熱奶茶 $12，用會員 App 掃碼再減 $2；會員編號以 CC 開頭，積滿 100 分換西多士一客。
        價目表生效日期 2026-12-01，版本 v3.2；所有價錢以港幣計算，本店保留最終修改權，如有食物過敏請預先通知樓面同事。
    """),
    ("zh-Hant", "伙記WhatsApp群工作訊息"): _lines("""
        【廚房】今朝凍房溫度 3.8 度 OK，雪櫃第三格門膠邊爛咗，已經 WhatsApp 咗維修公司，佢哋話聽朝 10 點前嚟換。
        各位同事：聽日 12/9 衞生督察可能會嚟，收工前記得洗晒抽油煙罩、地台刷埋，垃圾桶全部要有蓋，雪櫃溫度表記得填埋，唔該晒 🙏
        水吧注意：鮮奶供應商改咗送貨時間，以後朝早 6:30 到，開舖嗰位記得即刻入雪櫃，唔好放喺門口超過 15 分鐘，送貨單夾返喺水吧個 file 度。
        外賣單 #FP-88213 客人話少咗一杯凍檸茶，Foodpanda 已經退咗 $23，下次封袋前大家 double check 張單先。
        今晚大排檔 5 點半開檔，枱 12 張、摺櫈 48 張，石油氣得返兩罐，邊個得閒打去氣行叫多三罐？記得要佢哋 5 點前送到。
        提提大家：11 月糧單已經喺 staff app 出咗，OT 計到 30 號，有錯漏請喺星期五前搵會計部，唔好喺群組講人工。
        樓面更表 W50 已更新：早更 06:30-15:00、中更 10:00-19:00、晚更 15:00-23:30，請大家去 Google Sheet 睇返自己個 slot。
        廚房提醒：今日入嘅凍肉批號 LOT-2026-1207-03，標籤寫住 12 月 20 日前用完，用之前睇清楚，過期即刻掉。
        今日收銀尾數 $18,742.50：八達通 $6,120、現金 $9,880、信用卡 $2,742.50，已經入咗夾萬，明早會計部收。
        天文台話今晚 8 點前考慮改發八號波，老闆話 6 點收舖，外賣 5 點截單，Foodpanda 同 Keeta 記得 set 暫停接單，大家返屋企注意安全。
        冷氣師傅話 2 號冷氣機漏水係去水喉塞咗，報價 $680 連洗隔塵網，已經批咗，星期四下晝 3 點嚟做，嗰陣請樓面搬開 2 號枱。
        新 menu 相已經 send 咗去印刷公司，交貨期 5 個工作天，舊 menu 唔好掉住，留返做落單草稿紙，新 menu 到咗先一齊換晒。
        食物中毒投訴跟進：客務部收到個案 CS-2611-0045，今日所有叉燒同沙律暫停出售，等化驗報告出咗先再講，有客問就話暫時售罄。
    """),
    ("zh-Hant", "茶餐廳與大牌檔歷史"): _lines("""
        茶餐廳源於上世紀四五十年代的冰室，當年西餐價錢昂貴，冰室以平價奶茶、咖啡、多士及三文治吸引打工仔，後來發展成「豉油西餐」。
        「大牌檔」一名源自港英政府發出的固定攤位小販牌照，因牌照比一般小販牌大，須裝裱掛在當眼處，故街坊稱之為「大牌檔」，後來亦有人寫作「大排檔」。
        1970 年代起，政府以衞生及阻街為由停止簽發新的大牌檔牌照，亦限制轉讓，至今全港只剩二十多檔，集中在中環、深水埗及大坑一帶。
        蘭芳園由林木河於 1952 年在中環結志街創立，相傳以布袋過濾茶葉，布袋被茶染成啡色似絲襪，「絲襪奶茶」因而得名，店舖至今仍在原址營業。
        末代港督彭定康任內常光顧中環泰昌餅家，傳媒因此把該店蛋撻稱為「肥彭蛋撻」，成為九十年代的城中話題，至今仍有遊客慕名而來。
        澳門的茶餐廳文化深受葡國影響，豬扒包以葡式麵包夾炸豬扒，氹仔大利來記以每日下午出爐的豬扒包聞名，吸引大批旅客排隊，亦帶動了澳門街頭小食的名氣。
        2014 年，港式奶茶製作技藝被列入首份香港非物質文化遺產清單，茶餐廳由街坊飯堂變成本地文化的象徵，亦多次成為旅遊發展局的宣傳題材。
        周星馳自編自導的《食神》（1996）以廟街夜市為背景，「爆漿瀨尿牛丸」一幕令牛丸成為遊客到香港必試的小食之一，戲中不少場景至今仍被影迷重訪。
        新加坡的 kopitiam 與香港茶餐廳同屬南洋華人咖啡店文化，早年海南籍移民開設咖啡店，供應咖椰多士與半生熟蛋，至今仍是當地人的早餐首選。
        1960 年代工廠區興起，茶餐廳推出碟頭飯及常餐，方便工友在 45 分鐘午飯時間內食完返工，「快、靚、正」成為行業口號。
        鴛鴦即咖啡撈奶茶，據說源於碼頭工人要同時提神及解渴；台灣不少港式茶餐廳則把它寫作「鴛鴦奶茶」，並加入珍珠等配料，價錢亦比香港貴一截。
        美都餐室於 1950 年在油麻地廟街與眾坊街交界開業，至今保留紙皮石牆、吊扇及鐵窗花，多部港產片曾在店內取景，是油麻地的著名地標之一。
        二〇〇〇年代後期，社會出現保育大牌檔的討論，食環署其後放寬牌照承繼安排，容許符合資格的親屬繼續經營，部分老字號因而得以延續。
    """),
    ("en", "cha_chaan_teng_reviews"): _lines("""
        Australia Dairy Company on Parkes Street still runs like a drill hall: scrambled eggs, ham macaroni, steamed milk pudding, and you are out the door in twelve minutes. 4/5.
        Kam Wah Cafe in Mong Kok deserves the queue. The pineapple bun with a thick slab of cold butter is the benchmark every other bakery gets measured against.
        Lan Fong Yuen on Gage Street claims to have invented silk-stocking milk tea; whatever the truth, the tea is strong and silky, and the pork chop bun is decent.
        Mido Cafe in Yau Ma Tei has green mosaic tiles and iron window frames; ask for a table upstairs by the window overlooking the Tin Hau Temple square.
        Sing Heung Yuen on Mee Lun Street is a proper dai pai dong under green tarps: tomato broth macaroni with beef and a crispy bun with lemon honey. Cash only.
        Capital Cafe in Wan Chai is covered in Canto-pop memorabilia and makes the fluffiest scrambled egg sandwich on the island. Expect a 20-minute wait at lunch.
        Tsui Wah on Wellington Street is open late and reliably mediocre: fish ball noodles in clear broth are fine, the crispy bun with condensed milk is the reason to go.
        Uncle Ming's Roast Goose Cafe (new place on Fuk Wing Street) serves a generous goose leg rice for HK$88; the milk tea is too sweet, ask for less sugar.
        Rated 3.5/5 on OpenRice from 1,284 reviews; average spend HK$51-100 per head; licence displayed by the cashier; toilets shared with the building.
        Went to Lok Kee Dai Pai Dong in Sham Shui Po at 11pm: salt-and-pepper squid, black bean clams, and two Blue Girl beers came to HK$356 for three of us.
        The Singapore branch at 1 Kim Seng Promenade tries hard but the pineapple bun is more like a brioche. Kaya toast on the side menu is better. 3/5.
        Hygiene looked fine: open kitchen, staff in caps and gloves, raw and cooked boards colour-coded, and the fridge thermometer read 3 degrees when we peeked.
        Delivery via Keeta arrived in 26 minutes, baked pork chop rice still hot, but the iced lemon tea leaked into the bag; the shop refunded HK$23 without fuss.
    """),
    ("en", "supplier_invoices"): _lines("""
        INVOICE No. INV-2026-118342 | Wing Fat Dairy Supply Co. Ltd. | BR No. 62318894 | Unit 5, 3/F, 88 Tai Lin Pai Road, Kwai Chung | Tel 2420 7731 | Terms: 30 days.
        Bill to: Cheung Kee Cha Chaan Teng (Mong Kok) Ltd., G/F, 45 Fa Yuen Street, Mong Kok, Kowloon | Delivery window 06:00-07:00 | PO ref PO-2612-0319.
        48 cans Black & White Evaporated Milk 410g @ HK$12.80 = HK$614.40; 20 kg Ceylon tea blend No.3 @ HK$96.00/kg = HK$1,920.00; subtotal HK$2,534.40.
        Please remit by FPS or transfer to Wing Fat Dairy Supply Co. Ltd., Hang Seng Bank, A/C 024-381-774520-001, quoting the invoice number as reference.
        Credit note CN-2026-0047 against INV-2026-117905: 6 trays of eggs (360 pcs) returned cracked; credit HK$318.00 will be offset on the next statement.
        Statement as at 30 Nov 2026: opening balance HK$12,480.00; invoices HK$38,912.50; payments received HK$40,000.00; closing balance HK$11,392.50, due 31 Dec 2026.
        LPG delivery note DN-77120: 3 x 49 kg cylinders to Hing Lung Dai Pai Dong, Pei Ho Street stall 12, at HK$1,180 each; empty cylinders collected: 3.
        Quotation Q-26-0915, valid until 31 Jan 2027: double-door stainless chiller 1,220 mm, R290 refrigerant, 4 degree setpoint, HK$18,600 installed, 24-month warranty.
        Pest control service report PC-HK-77102: monthly gel baiting for cockroaches at 12 stations, rodent boxes checked, no live activity found; next visit 2026-12-28.
        Remittance advice: FPS ref FPS20261207K8Q3 of HK$7,420.00 received from Lucky Star Cafe Ltd. for INV-2026-118120 and INV-2026-118201. Thank you.
        Linen service: 40 staff uniforms @ HK$6.50 and 60 aprons @ HK$3.00 by Clean Pro Linen Services Ltd., BR 35527716, customer hotline 3705 2288.
        TAX INVOICE - Hong Kong Kopi House Pte. Ltd., UEN 201912345K, GST Reg. No. 201912345K, 80 Jurong West Street 42, Singapore; GST 9% on S$1,264.00 = S$113.76.
        Overdue accounts incur interest at 1.5% per month; goods remain the property of the supplier until paid in full; claims must be raised within 7 days of delivery.
    """),
    ("mixed", "POS系統log與設定"): _lines("""
        2026-12-07T07:02:11+08:00 [INFO] pos-terminal-03 order=HK-TS-20261207-000184 table=A12 items=3 total=HKD 98.00 payment=OCTOPUS txn=OCT7F3A91C2 status=APPROVED
        2026-12-07 12:45:33 WARN kitchen-printer KP-02 paper_low remaining=8% store_id=CCT-MK-014 firmware=2.4.17 位置=廚房熱盤
        config.yaml → store: {name: 祥記茶餐廳（旺角）, br_no: 71234567, phone: +852 2388 6612, tz: Asia/Hong_Kong, service_charge: 0.10}
        SELECT order_id, table_no, SUM(amount) AS total FROM orders WHERE store_id = 'CCT-SSP-007' AND created_at >= '2026-12-01' GROUP BY order_id, table_no;
        webhook 回傳：{'event': 'order.delivered', 'platform': 'keeta', 'order_no': 'KT2612070093412', 'store_phone': '+852 3618 7720', 'eta_min': 28}
        打印範本：枱號 {table_no} ｜ 人數 {pax} ｜ 時間 {created_at:%H:%M} ｜ 落單員 {staff_code} ｜ 備註 {remarks}，每張單底印店舖熱線。
        2026-12-07 15:30:00 INFO inventory sku=MILK-EVAP-BW-410G qty_on_hand=36 reorder_point=48 supplier=SUP-0042 action=PO_CREATED po=PO-2612-0319
        .env 範例：OCTOPUS_MERCHANT_ID=EXAMPLE-000000、PAYMENT_API_KEY=sk_test_example、SMTP_HOST=smtp.example.com、SMTP_FROM=noreply@example.com
        commit a3f9c2e fix(pos): 轉凍飲 +$3 同加底 +$5 計咗兩次，影響 v5.8.1 至 v5.8.3，已加 regression test test_addon_pricing
        2026-12-07 21:58:04 ERROR payment gateway=AlipayHK code=ACQ.TRADE_HAS_CLOSE order=HK-TS-20261207-000912 retry=2 latency_ms=4120
        crontab: 30 23 * * * /opt/pos/bin/daily_close --store CCT-MK-014 --export s3://cct-reports/2026/12/ --notify ops@cct-example.hk
        menu_item_id,name_zh,name_en,price_hkd,category｜M-0112,西多士,French Toast,38.00,下午茶｜M-0113,菠蘿油,Pineapple Bun with Butter,16.00,餅櫃
        KDS 設定：order_age > 900s 轉紅色；堂食優先級 2、外賣優先級 1；rider ETA < 5 分鐘自動升級，menu_2026w50.png sha256=9f2c4e1ab7d03c58
    """),
    ("zh-Hans", "港式茶餐厅加盟招商"): _lines("""
        正宗港式茶餐厅品牌「港味记」全国加盟火热招募中，单店投资约 35 万元起，总部提供选址、装修、培训及中央厨房配送，招商热线 400-826-3318。
        企业信息：深圳市港味记餐饮管理有限公司，统一社会信用代码 91440300MA5G7K2X3P，注册地址：深圳市福田区福华三路 88 号 18 楼。
        加盟条件：具备 80 平方米以上临街铺面，日均人流量 5000 人次以上；加盟费 6.8 万元／3 年，保证金 2 万元，合约期满无息退还。
        培训安排：新店员工须到广州天河总部培训中心进行 15 天实操培训，内容包括丝袜奶茶拉茶、菠萝油烤制、食品安全及收银系统操作。
        食品经营许可证编号示例：JY14403040012345（仅供展示格式），门店开业前须向当地市场监督管理局申请，证照须在店内显眼处悬挂。
        中央厨房每日凌晨 4:00 由冷链车配送，车厢温度 0–4℃，配送单号格式 PS-20261207-0032，门店签收后 30 分钟内须完成入库。
        大众点评评分 4.6、抖音团购月销 3.2 万单；旗舰店位于广州市越秀区北京路 233 号，营业时间 07:00–02:00，欢迎实地考察。
        常见问题：加盟后可否自行增加菜品？答：经总部审核后可增加不超过 10% 的地方特色菜品，售价须报区域督导备案，并统一录入收银系统菜单库。
        港式茶餐厅在内地走红始于 2000 年代初，香港电影和 TVB 剧集让冻柠茶、菠萝油、丝袜奶茶成为年轻人的打卡符号，各大商场纷纷引进港式茶餐厅品牌。
        供应链价格表（2026Q4）：黑白淡奶 410g 每箱 48 罐 ¥436，锡兰红茶拼配 5kg ¥610，冷冻菠萝包面团 60g×100 个 ¥158。
        招商会预告：2026 年 12 月 20 日 14:00 于上海市静安区南京西路 1266 号举行，报名请发邮件至 join@gangweiji-example.cn。
        门店小票示例：订单号 202612071830452211｜桌号 B06｜冻柠茶×2 ¥36｜常餐×1 ¥42｜合计 ¥78｜支付方式 微信支付｜谢谢惠顾
        投诉与建议请拨打品牌客服热线 400-826-3318 转 2，或在微信公众号「港味记茶餐厅」留言，我们将于 48 小时内回复。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        熟客賒數簿：黃偉強（九記運輸司機）11 月份賒咗 23 個常餐同 15 杯凍奶茶，合共 $1,386，佢話 12 月 10 號出糧先還，電話 6381 2247。
        樓面阿芬上個月驗出有咗三個月，同老闆講想由全職轉兼職，佢話暫時唔好喺群組講出去，連佢屋企人都未知。
        伙記糧單 2026年11月｜姓名：陳志明｜職位：二廚｜底薪 $19,500｜OT 32 小時 $2,880｜強積金僱員供款 $1,119｜實收 $21,261｜入數 匯豐 004-512-338921-833
        外賣地址：九龍觀塘秀茂坪寶達邨達欣樓 2314 室，收件人李太，電話 9172 6638，備註：唔好撳鐘，BB 瞓緊，放門口打電話。
        食物中毒投訴：投訴人梁嘉欣稱 12 月 3 日晚喺本店食完咖喱魚蛋後嘔吐肚瀉，翌日入伊利沙伯醫院急症室，診斷為急性腸胃炎，要求賠償醫藥費 $1,280。
        入職文件（請勿外傳）：何家豪，身份證號碼 Y287514(2)，出生日期 1993 年 2 月 11 日，職位：水吧，試用期三個月。
        林太今朝又嚟問阿強有冇返工，佢話阿強欠咗佢三萬蚊成個月都唔還，叫我哋見到佢就即刻打畀佢。
        洗碗阿姐蘇美玲話佢老公上個禮拜中風入咗屯門醫院，半邊身郁唔到，佢想請兩個禮拜無薪假照顧佢。
        收銀尾數唔夠 $500，閉路電視見到兼職學生周樂軒收工前開過夾萬，老闆已經去旺角警署報咗案，叫佢聽日唔使返。
        群組：「@輝哥 你架貨車 VX 8213 又泊咗喺後巷，食環啲人話再見到就抄牌，快啲揸走佢啦」
        熟客肥佬森每朝 7 點嚟飲奶茶，佢話最近確診咗二型糖尿病，醫生叫佢戒甜，以後佢嗰杯記得走甜，唔好畀菠蘿油佢。
        員工登記表：鄭詠詩｜出生日期 1998-04-17｜身份證 K603918(9)｜住址：新界元朗天水圍天恩邨恩澤樓 1208 室｜緊急聯絡人：母親鄭太 6027 3391
        廚房幫工劉俊傑係輸入勞工計劃嚟嘅工人，工作簽證 2027 年 3 月到期，護照號碼 E58213947，衞生督察問起要攞得出份合約。
        追數短訊：「王生，你喺我哋度賒咗四個月數，總共 $4,760，今個月尾再唔還就要搵你公司老細傾」——已經 WhatsApp 咗去 5610 2873。
        外賣單：大角咀福全街 66 號 5 樓 B 室（唐樓無電梯），溫先生 6238 1190，付現金 $186，要找錢，上次話送遲咗唔肯俾貼士。
        伙記阿玲話佢同老公傾緊離婚，個仔撫養權要上家事法庭，星期三同星期五要調更，佢叫我哋唔好同其他人講。
        群組：「明哥個仔喺學校打交俾警察拉咗，佢今日請假去沙田警署保佢出嚟，中午大家幫手頂住廚房」
        食物中毒個案 CS-2611-0045｜病人：吳卓謙，7 歲｜症狀：發燒 39 度、血便｜就醫：瑪嘉烈醫院兒科｜化驗：沙門氏菌陽性｜家長：吳太 9655 0127
        外賣紀錄：2026-12-07 19:42,KT2612070093412,譚先生,5483 9021,新界葵涌石蔭邨榮蔭樓 1506 室,凍檸茶走冰 x2,已送達
        賒數：地盤判頭「光頭佬」陳錦華成日帶工人嚟食，數簿寫住欠 $12,300，佢話等上判找數先還，已經拖咗半年。
        澳門分店伙記梁美華，澳門居民身份證 5215738(3)，住氹仔花城利華大廈 9 樓 F 座，月薪 MOP 14,500，下個月放產假。
        台灣嚟嘅兼職林宜蓁，身分證字號 B228136507，持工作假期簽證，時薪 $62，佢話想做到明年 6 月先返台北。
        伙記何志強（員工編號 E0032）申請提早提取強積金，因為確診末期肝癌，已交咗醫生證明，老闆叫大家唔好喺佢面前提。
        群組：「阿May，你男朋友又喺門口等你，上次佢喺度大嗌大叫仲推跌張櫈，老闆話再搞事就即刻報警」
        體檢報告：廚房學徒李卓霖驗出乙型肝炎帶菌，醫生建議定期覆診，佢自己要求暫時調去收銀，唔好話畀其他伙記知。
        樓面主管張淑芬話佢屋企欠咗財務公司十幾萬，最近有人打電話嚟舖頭搵佢追數，佢想預支兩個月人工 $36,000。
        外賣電話留言：「我係住將軍澳日出康城 3 期 5 座 31 樓 A 室嘅葉小姐，今日份車仔麵冇送到，請打返 6702 5519 畀我」
        大排檔老闆娘話，送貨嘅 Ken 哥（羅志堅）上個月飲醉揸車撞咗欄杆，而家停牌一年，以後唔可以再幫我哋送貨。
    """),
    "mixed": _lines("""
        外賣 order KT2612080011238｜收件人：Mr. Chan Ka Ho｜Tel: +852 6714 3302｜Address: Flat 17C, Block 3, Laguna City, Kwun Tong｜備註: 門口放低, call me when arrived
        Payroll export: emp_id=E0041, name=Lai Wing Yan 黎詠欣, role=水吧, monthly=HKD 17,800, bank=HSBC 004-883-127645-001, hkid=R452177(2)
        WhatsApp：「Jason 你上個月問我借嘅 $3,000 幾時還呀？我都要交租㗎，唔好再 seen 咗唔覆啦」
        Complaint form｜Name: Ms. Ho Siu Ling 何小玲｜Email: siuling.ho88@yahoo.com.hk｜症狀: vomiting x5, diarrhoea｜就診: Queen Mary Hospital A&E 2026-12-04｜要求: full refund
        新加坡分店 staff record: Tan Wei Ming 陳偉明, NRIC S8736215I, mobile 9123 8840, CPF employee share S$540, 住 Blk 418 Bedok North Ave 2 #07-221
        KL 分店 chef Lim Chee Keong 林志強, MyKad 850312-14-5527, EPF no. 18273645, 住 Jalan Cheras Batu 9, 佢話下個月要回鄉照顧癌症嘅阿媽
        Rider 備註：客人 Daisy 住 South Horizons 海怡半島 12 座 28 樓 D 室，每次都要 extra chilli，tip $10，唔好按門鐘因為屋企有老人家
        2026-12-07 08:14:02 INFO loyalty member_id=CC00483921 name=Wong Tsz Kin phone=+85298340712 points=1240 redeemed=西多士
        群組 voice note：「Ah Keung 今朝 call in sick，佢話痛風又發作，隻腳腫到著唔到鞋，要請三日病假，醫生紙遲啲 send 過嚟」
        Incident report: 伙記 Leung Ho Yin 梁浩賢 被炸爐熱油燙傷右前臂 (2nd degree)，送去廣華醫院，已向勞工處提交工傷表格 Form 2
    """),
    "en": _lines("""
        Regular tab: Alan Yip, who lives upstairs at 9/F, 22 Sai Yeung Choi Street South, owes HK$2,140 since October and promised to settle after his bonus comes in.
        My daughter Chloe Fung (age 9) was admitted to Princess Margaret Hospital with norovirus after eating at your Lai Chi Kok branch on 2 Dec. Reach me at fung.kwokwai@outlook.com or 6290 4418.
        Payslip Nov 2026 - Priya Nair, FIN G6271840X, kitchen assistant (Singapore outlet), basic S$2,100, OT S$286.50, paid to DBS 120-45678-9.
        Marcus from the night shift told me in confidence he has been diagnosed with depression and is on sertraline; please keep him on day shifts only.
        Deliver to Mrs. Margaret Cheung, 3/F, 15 Pokfield Road, Kennedy Town; home line 2817 5503; she is allergic to peanuts, so no satay sauce at all.
        The van with plate KR 4471 belongs to our supplier's driver Kenny Lau, who got fined again for blocking the back lane on Thursday.
        staff_id,full_name,hkid,mobile,start_date | S-019,Chan Mei Ling,M158306(4),9471 2286,2024-06-03
        Heard from the boss that Ricky Tse, our former cashier, was arrested last week over the missing HK$40,000 and is now out on bail.
    """),
    "zh-Hans": _lines("""
        深圳店员工档案：姓名 刘晓燕，身份证号 440306199608231526，手机 138 2736 4415，住址 深圳市宝安区西乡街道固戍二路 18 号 602 房。
        顾客投诉：我叫赵国栋，昨天在你们罗湖店吃了干炒牛河后一直拉肚子，现在在市人民医院输液，电话 13902871546，请尽快联系我。
        外卖地址：广州市天河区体育西路 191 号中石化大厦 B 座 2107 室转 黄女士 15217730462，备注：冻柠茶少冰，放前台即可。
        内地加盟商张建国拖欠总部货款 18.6 万元已被起诉，身份证号 430524199103074715，执行案号 (2026)粤0304执12345号。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "幫我寫封警告信畀伙記陳家俊，佢 11 月遲到咗 9 次，最長一次遲咗 45 分鐘，佢電話係 6183 2409，我想 WhatsApp 畀佢。",
        ),
        (
            "assistant",
            "可以。以下係一個草稿：「陳家俊你好，根據更表紀錄，你喺 2026 年 11 月共遲到 9 次，最長一次遲咗 45 分鐘。請你由即日起準時返工，如再有類似情況，公司會按僱傭合約發出書面警告。如有困難請直接同經理傾。」你可以按需要修改語氣。",
        ),
        ("user", "可唔可以語氣軟啲？佢屋企阿爸啱啱入院，我知佢辛苦。"),
        (
            "assistant",
            "明白，可以咁寫：「家俊，知道你最近屋企有事，辛苦晒。不過 11 月遲咗 9 次，對其他同事排更都有影響。如果需要調更或者請假照顧屋企人，隨時同我講，我哋一齊諗辦法。」",
        ),
    ],
    [
        (
            "system",
            "You are a bookkeeping assistant for Cheung Kee Cha Chaan Teng (Mong Kok). Owner: Cheung Wai Man, mobile 9265 1180. Use Hong Kong MPF rules.",
        ),
        (
            "user",
            "Work out November pay for our cook Tam Kwok Leung: basic HK$21,000, 18 OT hours at HK$95, no unpaid leave. His HKID is Z730452(9).",
        ),
        (
            "assistant",
            "Gross pay is HK$21,000 + 18 x HK$95 = HK$22,710. Employee MPF contribution at 5% is HK$1,135.50, and the employer contributes the same. Net pay to Tam Kwok Leung is HK$21,574.50. Please keep his HKID only on the payroll record, not on the payslip you hand out.",
        ),
        ("user", "Thanks. Can you put that in a one-line CSV row for the accountant?"),
        (
            "assistant",
            "Tam Kwok Leung,Z730452(9),2026-11,21000.00,1710.00,22710.00,1135.50,21574.50",
        ),
    ],
    [
        (
            "user",
            "有客人梁小姐投訴話食咗我哋嘅叉燒飯之後肚痛，入咗東區醫院吊鹽水兩日，佢留咗電話 9318 4476。我應該點回覆？",
        ),
        (
            "assistant",
            "建議先表示關心同歉意，但唔好即時承認責任。可以咁回：「梁小姐，得知你身體不適我哋非常抱歉，希望你早日康復。我哋已即時暫停出售同批叉燒並送樣本化驗，亦會配合食環署調查。方便的話請提供就診紀錄，我哋會再同你聯絡跟進。」同時記低個案編號同日期時間。",
        ),
        ("user", "佢要求賠 $5,000，我哋應唔應該俾？"),
        (
            "assistant",
            "賠償與否最好等化驗結果同保險公司意見。你可以先通知食物業責任保險承保人，並保留梁小姐提供嘅醫療單據副本。如雙方談唔攏，佢可以循小額錢債審裁處追討，所以所有溝通最好用書面記錄。",
        ),
    ],
    [
        ("system", "你係一個幫茶餐廳安排外賣路線嘅助手，回覆用廣東話書面語。"),
        (
            "user",
            "今晚三張單：1) 陳先生 6820 3391 深水埗南昌邨昌智樓 1105 室；2) Ms. Rebecca Ho 9032 7718 長沙灣道 303 號長沙灣廣場辦公室 1208 室；3) 黃婆婆 2386 4429 石硤尾邨美映樓 712 室。由北河街出發點樣行最順？",
        ),
        (
            "assistant",
            "建議次序：先去石硤尾邨美映樓送黃婆婆（2386 4429），再落南昌邨昌智樓 1105 室畀陳先生（6820 3391），最後去長沙灣廣場 1208 室畀 Rebecca Ho（9032 7718）。咁樣由北向南再轉西，全程大約 25 分鐘。",
        ),
        ("user", "黃婆婆行動唔方便，係咪要送上樓？"),
        (
            "assistant",
            "係，建議送到 712 室門口並等佢開門，亦可以先打 2386 4429 通知佢。記得幫佢確認找錢數目。",
        ),
    ],
    [
        (
            "user",
            "有個熟客叫譚志輝，喺我哋大排檔賒咗 $9,800 數，拖咗八個月，佢電話 6147 0935，住黃大仙下邨龍興樓。我可以點追？",
        ),
        (
            "assistant",
            "你可以先發一封書面追數信，列明欠款金額 $9,800、賒數日期同還款限期（例如 14 日內）。如果佢仍然唔還，可以向小額錢債審裁處入稟，申索金額 $75,000 以下都適用，唔需要請律師。記住唔好公開張貼佢個名或者喺社交媒體點名，以免觸犯私隱條例。",
        ),
        ("user", "入稟要咩資料？"),
        (
            "assistant",
            "需要被告全名（譚志輝）、最後已知地址（黃大仙下邨龍興樓）、欠款證明例如數簿紀錄或 WhatsApp 對話截圖，以及你自己嘅身份證明文件。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong-style cafe in Singapore with HR questions. Answer in English.",
        ),
        (
            "user",
            "Our new server Nurul Aisyah binte Rahman, NRIC T0164392J, is 19 and pregnant. Can we still put her on night shifts until 11pm?",
        ),
        (
            "assistant",
            "Under the Employment Act you should avoid assigning her work that her doctor advises against, and she is entitled to maternity protection. Talk to her privately, ask whether she has a medical memo about shift limits, and keep her pregnancy confidential among managers who need to know.",
        ),
        (
            "user",
            "She also asked to have her salary paid to her mother's POSB account 188-52341-7. Is that okay?",
        ),
        (
            "assistant",
            "Salary should normally be paid to an account in the employee's own name. If she insists, get her written authorisation, but it is safer to ask her to open her own account.",
        ),
    ],
    [
        (
            "user",
            "帮我写一份通知：深圳福田店员工周建华（身份证 440304198705142835）因腰椎间盘突出需要请病假两周，从12月9日到12月22日，期间由别的同事顶班。",
        ),
        (
            "assistant",
            "通知：福田店员工周建华因病需休假两周（2026年12月9日至12月22日），期间其岗位由店内同事轮流顶班，请各位配合排班。注：对外公告时建议不要写明具体病情和身份证号码，只写“因病休假”即可。",
        ),
        ("user", "好的，那内部存档需要写什么？"),
        (
            "assistant",
            "内部存档可保留：员工姓名周建华、身份证号 440304198705142835、医院诊断证明复印件、病假起止日期及审批人签名，并限制只有人事和店长可以查阅。",
        ),
    ],
    [
        (
            "user",
            "衞生督察聽日嚟巡，但係我哋廚房有個伙記阿輝（全名何志輝）上個月先驗到有甲型肝炎，而家仲放緊病假。咁樣會唔會有問題？",
        ),
        (
            "assistant",
            "甲型肝炎屬須呈報傳染病，何志輝喺醫生確認冇傳染性之前唔應該處理食物。督察如問起，你可以如實講佢放緊病假，並出示病假紙及你哋已加強清潔消毒嘅紀錄。",
        ),
        ("user", "佢幾時可以返工？"),
        (
            "assistant",
            "要等醫生簽發適合復工證明。你亦可以提醒其他同事留意有冇發燒、黃疸等徵狀，有需要就去求醫，並考慮安排員工接種甲型肝炎疫苗。",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Hong Kong cha chaan teng branch in Kuala Lumpur. Reply in a mix of English and Bahasa Melayu.",
        ),
        (
            "user",
            "Pekerja dapur kami Ahmad Faizal bin Osman, MyKad 910726-10-6233, gaji RM2,400. Dia minta advance RM1,500 sebab anak dia masuk wad di Hospital Kuala Lumpur. Boleh ke?",
        ),
        (
            "assistant",
            "Boleh, under the Employment Act 1955 an advance is allowed if both sides agree in writing. Buat surat ringkas: Ahmad Faizal bin Osman menerima pendahuluan gaji RM1,500, potongan RM500 sebulan untuk 3 bulan. Simpan salinan MyKad dia dalam fail HR sahaja.",
        ),
        ("user", "Bagaimana dengan EPF? Potongan tetap ikut gaji penuh?"),
        (
            "assistant",
            "Ya, EPF dikira atas gaji penuh RM2,400, bukan selepas potongan advance. Caruman pekerja 11% ialah RM264 dan majikan 13% ialah RM312.",
        ),
    ],
    [
        (
            "user",
            "幫我總結吓今日 WhatsApp 群：「肥波：我今日肚痛，醫生話係腸胃炎，請兩日假」「Suki 姐：我個女聽日開刀，要請半日」「老闆：收到，Suki 你放心去，肥波記得交醫生紙，電話打 9720 1184 畀會計」",
        ),
        (
            "assistant",
            "今日群組重點：1) 肥波因腸胃炎請病假兩日，需交醫生紙；2) Suki 姐因女兒聽日做手術請半日假，老闆已批准；3) 醫生紙相關事宜打 9720 1184 聯絡會計。",
        ),
        ("user", "肥波係廚房嘅，佢請假咁廚房點排？"),
        (
            "assistant",
            "建議由中更廚房同事提早兩個鐘返工頂早市，晚市減少小炒菜式。另外因為肥波係腸胃炎，佢復工後頭 48 小時最好唔好處理即食食物。",
        ),
    ],
]
