# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh174: Hong Kong school uniform and tailor shops. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh174
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "shop_notice"): _lines("""
        【2025-26學年校服訂購須知】本店為慈恩書院指定校服供應商，新生請於7月5日至7月20日期間親臨本店度身，星期日及公眾假期休息。
        度身毋須預約，但週末人多，建議平日下午2時至5時前來，輪候時間約30至45分鐘。
        訂購時須繳付貨款50%作按金，取貨時付清餘額；除本店未能交貨外，按金恕不退還。
        改衫收費：改褲腳 $40｜收腰 $60｜校裙放長 $50（須有足夠縫份）｜換拉鍊 $45｜加急（3個工作天內）另加 $30
        夏季校服預計6月底陸續到貨，本店會以WhatsApp通知取貨，請保留單據作取貨之用。
        本店查詢電話：2385 6102（辦公時間）｜WhatsApp 訂單專線：5406 2288（只接受文字訊息，恕不接聽電話）
        由於布料成本上漲，冬季絨褸由 $420 調整至 $460，已落單及已付按金之訂單維持原價。
        八號或以上颱風信號、或黑色暴雨警告生效期間，本店暫停營業，取貨日期順延。
        退換政策：貨品已剪走吊牌、已修改或已穿著，恕不退換；尺碼不合可於購買後7天內憑單更換一次。
        付款方法：現金、八達通、轉數快（FPS識別碼：1684203，戶口名稱：偉興校服有限公司）、Visa / Master。
        校褸繡校徽及學生中文姓名服務：每件 $35，字數上限四個中文字，需時約兩星期。
        旺角分店已於3月31日結業，所有未取訂單已轉往太子總店，請攜帶單據到太子道西193號地舖領取。
        中一新生度身日：8月3日（星期六）上午10時至下午4時，地點：學校禮堂，請帶同學校發出之校服訂購表格。
        溫馨提示：小朋友長得快，建議校裙及西褲預留1至1.5吋放長位，恤衫可揀大半個碼。
        本店不設網上付款，任何自稱本店職員要求轉賬到私人戶口之訊息均屬詐騙，如有懷疑請致電 18222 防騙易熱線。
        訂單編號以「TS」開頭，例如 TS-250714-0386，查詢時請提供單號，毋須提供學生身份證號碼。
    """),
    ("zh-Hant", "parent_group_chat"): _lines("""
        各位家長，有冇人知今年夏季校裙幾時有得攞？我6月頭落單到而家都未收到通知😅
        聽講校服公司今年冬褸加價成四十蚊，大家會唔會去深水埗自己搵人做？
        校褲其實可以買大一個碼再改短，改褲腳先四十蚊，抵過每年買過。
        提提大家，學校話下星期一開始換冬季校服，毛衣唔係必須，凍就可以着。
        有冇家長有二手P4-P5男仔夏季恤衫？家教會下月搞二手校服回收日，可以捐出嚟。
        請問有冇人試過喺淘寶訂校徽布章？學校會唔會唔收㗎？
        頭先經過間舖，好多人排隊，排咗成個鐘，建議大家平日去。
        家教會通知：二手校服義賣日定於10月12日（六）上午9:30至12:00，地點學校有蓋操場，每件$10。
        唔好意思想問下，長衫校服洗完縮水點算？係咪一定要乾洗？
        我都係呀，間舖話布料未到，叫我哋等多兩個禮拜。
        班主任話體育服要寫名喺衫領，但冇規定用邊種筆，防水marker就得。
        大家記得睇清楚收據寫嘅取貨日期，過咗30日冇攞佢會收倉存費。
        😂 我個仔話學校新款運動褲好似睡褲
        有冇人知灣仔邊間裁縫改校裙快？急需，下星期陸運會。
        呢個group只係討論校服同學校活動，請勿發廣告，多謝合作🙏
        有家長問點分男女校褸尺碼，其實同一個尺碼表，只係女裝收腰少少。
    """),
    ("en", "school_circular"): _lines("""
        Circular No. 2025/26-014: Change to Winter Uniform — All students are required to change to winter uniform from Monday, 17 November 2025. During the transition period (17-28 Nov) either uniform is acceptable.
        Students must wear the school blazer on Speech Day, Founder's Day and at all external competitions.
        Girls' skirts must reach the middle of the knee when standing. Shortened skirts will be recorded and parents notified.
        The designated uniform supplier for the 2025/26 school year is Wing Hing School Uniform Co. Ltd., Shop 3, G/F, 88 Fuk Wing Street, Sham Shui Po. Tel: 2728 4519.
        Families receiving the School Textbook Assistance or CSSA may apply to the school office for a one-off uniform grant; forms are available at the General Office.
        PE kit consists of the house-coloured T-shirt, navy shorts and white socks. Coloured socks are not allowed.
        Lost property: unnamed uniform items will be kept for one month and then donated to the second-hand uniform sale.
        Parents are reminded to label all items of uniform with the student's name and class.
        The school does not endorse any online sellers claiming to offer official school uniforms.
        Navy sweaters may be worn under the blazer from December to February only.
        Students with medical conditions requiring uniform adjustments should submit a doctor's letter to the Discipline Team.
        Reply slip deadline: 5 September. Orders received after this date cannot be guaranteed before the first day of school.
    """),
    ("zh-Hant", "order_log"): _lines("""
        單號 TS-250714-0386｜男裝夏季短袖恤衫 14½" ×2｜灰色西褲 W27 L36 ×1｜按金 $300 已收｜取貨：8月18日後
        訂單 #WH24-11873 狀態：布料已到，裁剪中，預計 2025-08-22 完成
        發票號碼 INV-0093817，金額 HK$1,268.00，付款方式：八達通，交易編號 7730 2281 9046
        改衫單 A-0457：校裙放長1吋、收腰半吋，取貨日期 9/9（二）下午3點後
        尺碼對照：S 胸圍 30" 衣長 24"｜M 胸圍 32" 衣長 25"｜L 胸圍 34" 衣長 26"｜XL 胸圍 36" 衣長 27"
        貨品編號 SKU-DC-SK-26G（女裝冬季裙，深綠格仔，26吋腰），現貨 14 條
        庫存警告：WH-PE-TS-M 運動衫中碼只剩 3 件，請盡快補貨
        取貨記錄：今日共完成 87 張單，未取單 23 張，已發 WhatsApp 提醒
        追蹤編號 SF1408826337190（順豐），內含布料兩疋，寄件方：無錫華紡紡織廠
        退款編號 RF-2025-0061，退回金額 $150，原因：缺貨取消
        每日收銀：現金 $8,420｜八達通 $3,905｜FPS $12,760｜信用卡 $6,118｜合計 $31,203
        批次 B2507 恤衫領口偏細約 ¼ 吋，已通知廠方，受影響單號 TS-250701-0002 至 TS-250701-0140
        布料編號 TR-6535-NVY（65%聚酯 35%棉，海軍藍），每碼 $48
        工作單 #3391：中二男生西褲 ×40，學校集體訂單，交貨日期 2025-08-25
        預約時段 14:30–14:45 已滿，下一個可預約時段 15:15
        款號 GS-1988（女裝長衫校服，淺藍），尺碼 8 至 18 均有現貨
    """),
    ("mixed", "faq_advice"): _lines("""
        How much growth allowance should I leave when ordering school trousers for a P1 boy? Most tailors suggest 1.5 to 2 inches in the hem.
        點樣量腰圍先準？用軟尺喺肚臍上約一吋、最幼嘅位置圍一圈，唔好索住肚，放鬆呼吸先量。
        Is a uniform deposit refundable if the shop can't deliver on time? You may be entitled to a refund if the seller misses the agreed date; keep the receipt and call the Consumer Council on 2929 2222 if needed.
        長衫校服可唔可以機洗？建議反轉放洗衣袋、凍水慢速，晾乾後用中溫熨，避免縮水。
        What's the difference between ready-made and made-to-measure school shirts? Ready-made is cheaper and faster; made-to-measure fits better for kids with broad shoulders or long arms.
        校裙甩骨點補？可以用同色線藏針縫，或者拎去裁縫舖，一般 $30 左右。
        Tip: write the order number, not your child's name, on the outside of the collection bag.
        夏天恤衫黃領點洗？先用洗潔精或者梳打粉浸半個鐘，再用牙刷輕擦。
        Can I ask the tailor to take in a blazer by two sizes? Usually only one; beyond that the shoulder line looks wrong and buying a smaller blazer is cheaper.
        點解校服公司要先收一半按金？因為訂造校服要預先訂布及裁剪，客人唔取貨店舖會蝕布料錢。
        Should tailors keep customer measurement cards after graduation? Good practice is to delete personal data once it is no longer needed, in line with the PDPO data retention principle.
        校褸洗完起毛粒點算？用除毛粒機輕輕推，唔好用剪刀剪。
        How do I measure the inseam for school trousers? Measure from the crotch seam to the bottom of the ankle bone along the inside leg.
        屋企有衣車，自己改褲腳要幾耐？熟手大約二十分鐘一條，記得先試長度再落剪。
    """),
    ("zh-Hant", "history_culture"): _lines("""
        麥兜同班同學喺春田花花幼稚園著嘅藍色校服，已成為香港動畫最經典嘅造型之一。
        香港不少傳統女校至今仍沿用長衫校服，被視為本地校園文化的標誌之一。
        報章報道，部分學校一套冬夏校服連校褸逾二千元，有立法會議員促請當局檢討學校採購校服的指引。
        張愛玲在散文《更衣記》中細寫清末民初女性衣著變遷，常被服裝史課程引用。
        中山裝據說由孫中山參考日本學生裝改良而成，影響了民國時期學生制服的款式。
        1960年代香港製衣業興旺，深水埗基隆街及汝州街一帶聚集大量布行，至今仍是校服裁縫採購布料的熱點。
        上海裁縫（俗稱「紅幫裁縫」）於1950年代南來香港，奠定本地西服及校服訂造的手藝基礎。
        英國伊頓公學的燕尾服校服，至今仍是全球最具代表性的學生制服之一。
        《哈利波特》系列中，霍格華茲學生的長袍按學院顏色區分，電影版更加入領帶及毛衣。
        港督麥理浩任內於1978年推行九年免費強迫教育，入學人數大增，亦帶動校服需求。
    """),
    ("en", "shop_policy_template"): _lines("""
        Order form — Student name: ____________ Class: ______ Parent contact no.: ____________ Items: ______ Deposit: HK$______
        Dear {parent_name}, your order {order_no} is ready for collection at our {branch} shop. Please bring this message and the balance of HK${balance}.
        Personal Information Collection Statement: the personal data collected on this form will be used only for processing your uniform order and will be kept for no longer than 12 months after collection.
        Alteration tickets must be presented when collecting. Items not collected within 60 days will be disposed of.
        We do not accept orders over the phone. Please visit the shop in person to be measured.
        Deposit terms: 50% deposit on order, balance on collection. Deposits are non-refundable except where the shop cannot fulfil the order.
        Complaint handling: all complaints will be acknowledged within 3 working days and a case reference (format CMP-YYYY-NNNN) issued.
        Staff reminder: never forward customer order lists to personal WhatsApp groups; use the shop tablet only.
        Opening hours: Mon–Sat 10:30–19:30, Sun & PH closed. July–August peak season: open daily 10:00–20:00.
        Reply slip: I wish to order ___ sets of summer uniform for my child (name: ________, class: ____). Signature of parent: ________ Date: ______
        Collection SMS template: [Wing Hing] Order <ORDER_ID> ready. Collect by <DATE>. Reply STOP to opt out.
        Measurement card fields: chest, waist, hip, shoulder, sleeve, back length, trouser length, inseam, remarks.
    """),
    ("mixed", "code_config"): _lines("""
        CREATE TABLE orders (order_id VARCHAR(16) PRIMARY KEY, school_code CHAR(6), item_sku VARCHAR(20), size VARCHAR(8), deposit_hkd NUMERIC(8,2), status VARCHAR(12));
        {"order_id": "TS-250801-0112", "items": [{"sku": "WH-SS-145", "qty": 2}], "deposit": 300, "status": "cutting"}
        whatsapp_notify: {template: order_ready, lang: zh_HK, retry: 3, quiet_hours: "22:00-09:00"}
        def balance_due(total, deposit): return max(total - deposit, 0)
        SELECT school_code, COUNT(*) FROM orders WHERE status = 'uncollected' AND created_at < '2025-09-01' GROUP BY school_code;
        匯出 CSV 欄位：order_id, sku, size, qty, deposit, balance, pickup_date（唔包括客人姓名及電話）
        git tag v2.3.1 — 修正取貨提醒重複發送問題 (commit 9f3c2ab)
        收銀機設定：FPS QR 商戶編號 FPS-M-20417，退款需經理 PIN 授權
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        度身卡｜陳凱晴｜慈恩書院 中三 3B｜胸 31" 腰 25½" 臀 33" 裙長 24"｜家長電話 9476 2051｜備註：脊柱側彎，左膊較低，校褸要加墊肩
        訂單 TS-250716-0221｜學生：黃梓軒（三年級忠班）｜家長：黃太 6283 1974｜按金 $250 已付，餘 $318
        王生你好，你個仔王浩霖啲西褲已經改好，褲腳放長咗吋半，聽日十點後可以過嚟攞，餘款$80。
        投訴：本人李美玲（電話 5138 7720）於7月10日在貴店為女兒訂購夏季校裙兩條，取貨時發現裙長短咗兩吋，職員態度惡劣拒絕重造，要求全數退款。
        退款資料：戶口持有人 CHEUNG WAI KUEN，滙豐銀行 004-168-352917-838，退回按金 $400（單號 WH24-10552）
        校服津貼申請：學生 劉芷晴（P5），家長 劉國強，身份證號碼 K570590(8)，綜援個案，申請全額資助
        送貨地址：新界大埔太和邨喜和樓15樓1507室，收件人鄭太，電話 9321 6648，校服兩袋
        我係4C 何卓謙媽媽，阿謙上個禮拜喺學校跌爛咗條校褲，想問下邊度可以補？
        取貨登記 14/8 11:20｜學生 姚嘉欣（S2）｜由外傭 Maricel Dela Cruz 代取｜代取人證件 WX337844(4)｜已核對家長授權書
        欠款記錄：麥志偉家長欠餘款 $1,150，已三次追收未果，電話 6917 4405 每次都轉留言信箱
        七月更表：師傅 羅炳（手機 9802 3357）負責度身，兼職 葉曉彤 逢星期六、日返工
        阿嫂，楊穎欣話校褸太緊夾住膊頭，佢媽咪今朝打嚟要換大一碼，我已經寫喺單 TS-250805-0077 度。
        度身備註：周立言（中一新生）身高 152cm 體重 58kg，家長要求所有衫做鬆啲，因為佢對自己身形好敏感，唔好當面讀數。
        特別訂造：梁子朗 F.2 使用輪椅，西褲需加長後幅及改用魔術貼，家長梁先生手機 5627 1183
        收據 No. 00873 — 茲收到馮志豪先生現金 $600，作為兒子馮樂天（2D）冬季校服按金。
        蔡太，你訂嘅三件恤衫已到，不過單上地址寫咗將軍澳唐明街1號8座23樓H室，想確認返係咪送呢度？
        FPS 轉賬截圖：付款人 CHAN SIU FONG，FPS ID 2875391，收款人 偉興校服，金額 $520
        黑名單：客人蘇建明去年兩次落單唔攞貨，按金已沒收，今年要全數付款先幫佢落單。
        家教會主席 甘詠詩女士（WhatsApp 9187 4420）負責統籌今年二手校服回收日，有問題搵佢。
        孖仔 區俊言、區俊希（P1愛班、P1信班）各訂夏季兩套，尺碼一樣，家長要求分開兩張單，方便申請津貼。
        逾期未取（60日）：1. 謝家豪 5B 9065 3318｜2. 林卓恩 3A 6134 7025｜3. 范浩然 1C 5380 9162
        我係6B 蔡凱琳（Kelly）媽媽，Kelly成日話條校裙好痕，佢有濕疹㗎，想問係咪物料有問題？
        證件副本登記（學校津貼用）：家長 鄧婉婷 HKID Y215461(5)，學生 鄧子朗 P4
        師傅手記：鍾太個仔鍾晉熙膊頭特別闊，中三已經要著成人38號西裝褸，下年記得預早訂布。
        陸運會前急改：程詠欣 4D 運動褲腰頭鬆咗，佢話上次跑步跌傷隻腳仲未好返，叫我哋唔好收太緊。
        熟客資料：朱麗珊，住九龍何文田常盛街18號雅逸居2座11樓B室，三個仔女讀同一間學校，每年七月嚟度身。
        電話留言 14:05：韋志明先生話個仔韋晉賢（中一）嘅校服單搵唔到，請回電 9458 2216。
        改衫完成通知：溫小姐你好，溫心悅嘅校裙已經放長一吋，今個星期六前嚟攞就得，記得帶單。
    """),
    "zh-Hans": _lines("""
        跨境学童订单：学生 林思彤（P2），家长 林晓华，内地身份证 440304198305172189，深圳手机 138 2657 4410，每日经皇岗口岸坐保姆车上学。
        您好，我是深圳的家长何丽萍，孩子何梓睿下学期读香港小一，请问可以先把尺码表发给我吗？我的微信是 heliping_0922
        代付定金：付款人 邓建勇，港澳通行证 C60527318，银联卡 6225 8879 5422 0584，金额 HK$680，学生 邓可欣 中一
        补充资料：学生 陈浩宇 身份证 440303201603081531，监护人 陈国栋 440307198807143299，住址 深圳市罗湖区翠竹路2008号翠竹苑6栋1203
    """),
    "en": _lines("""
        Hi, this is Rebecca Xavier, mum of Joshua Xavier in 3C. We ordered two pairs of grey trousers (order WH24-11902) but only one was in the bag. Could you check? My number is 9663 0258.
        ALTERATION TICKET No. 1217 / Name: FERNANDES, Joel / F.4 / Take in waist 1", shorten sleeves 1/2" / Tel: 6402 5581 / Paid $100
        Refund approved for Mrs. Priya Nair — deposit HK$350 to go back to her Mastercard 5425 1685 4661 2103 within 14 days.
        Customer note: Mr. Thomas Whitfield collected the blazers for his daughters Ella (Y5) and Grace (Y7), paid balance HK$2,340 by Amex 3777 545670 52003.
        Complaint ref CMP-2025-0118: Ms. Anjali Rai says her son Aarav Rai (P6) was teased because his shorts were cut far too short; she asks for a free remake. Contact: anjali.rai.hk@gmail.com
        Fitting booked Sat 19 Jul 11:15 — GURUNG, Sunita (parent) with Prabin Gurung, S1 new student, needs a looser shirt over his back brace. Mobile 5291 7734.
        Ming, Mrs Lo called again about her son Ethan Lo Tsz-hin's blazer, she's very upset, please call her back on 9174 2860 before 6
        Collection authorisation: I, WONG Mei Yee, HKID E708180(8), authorise my helper Rosalie Bautista to collect my son's uniform order TS-250720-0158.
        Deposit ledger 22/07: Leung Chi Ho, 5A, $300 cash | Ip Wing Sze, 2B, $450 FPS | Nadia Hussain, 1D, $250 Octopus
        Old customer record: Matthew and Hannah Rozario (siblings), mother Teresa Rozario, Flat C, 12/F, 28 Robinson Road, Mid-Levels; prefers delivery after 7pm.
    """),
    "mixed": _lines("""
        改衫單 A-0482｜客人：Sandeep Gill（家長）｜學生 Harjot Kaur Gill 6A｜校裙放長 1½"｜已收 $50｜tel 6710 3846
        hi 老闆 我係 yuki chan 陳雪怡 媽媽, 2C, 想問 summer uniform 幾時到？我電話 9536 1027 thx
        Order remark: 林太（學生 林曉晴 S3）要求 blazer 繡名 LAM HIU CHING，deliver to Flat 8, 6/F, Block B, Kornhill, 鰂魚涌
        reminder to self: call back 葉生 Patrick Yip 6053 8814 — 佢個女 Cherry 葉芷晴 F.1 嘅 PE shorts 細咗, 要換 M
        Payment issue: 客人 HO KA YAN 張卡 5520 0119 1432 3339 被拒，佢話聽日拎現金嚟，單號 WH24-12007
        @Joanne 今日 walk-in 有個台灣媽媽 吳怡君，身分證 F226589317，個仔 吳宥辰 讀 P2，想開月結戶口
        sorry 遲覆, 我係 Daniel Ahmed 媽媽 Farah Ahmed, 佢 allergic to wool，winter sweater 可唔可以用 cotton 做？
        Pick-up log｜15/8｜Tsang Hoi Lam 曾凱琳｜4A｜家長 曾先生 代取｜證件 A070751(4)｜balance paid
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係偉興校服嘅客服助理，負責幫家長預約度身。"),
        ("user", "你好，我想預約度身，我個女叫梁嘉儀，九月升中一，入慈恩書院。"),
        ("assistant", "好呀！請問想約邊一日？另外麻煩提供家長姓名同聯絡電話，方便我哋確認時段。"),
        ("user", "8月2號下晝得唔得？我係梁太，電話 9821 6604。"),
    ],
    [
        (
            "user",
            "幫我回覆呢個客：「我係 3A 區卓楠爸爸區永康，校褸袖口甩線，啱買一個月，好失望。」語氣要客氣啲。",
        ),
        (
            "assistant",
            "區先生你好，多謝你嘅反映，對於校褸質素令你失望我哋深感抱歉。請你方便時帶校褸同收據返嚟，我哋會免費修補或更換。",
        ),
        ("user", "佢電話係 6398 1150，幫我加一句話我哋今日會打俾佢約時間。"),
    ],
    [
        (
            "user",
            "I need to write a note to our school tailor. My son Marcus Chiu Tsz-lok is in S2 and has eczema, so he can't wear the polyester blend shirts.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Sir/Madam, my son is in S2 and has a skin condition that flares up with polyester blends. Could you make his shirts in 100% cotton? Please let me know any extra cost.'",
        ),
        (
            "user",
            "Add my contact, chiu.family.hk@outlook.com, and sign it Winnie Chiu. Also mention his name.",
        ),
    ],
    [
        (
            "user",
            "幫我計下數：客人韓詠珊訂咗夏季恤衫 3 件 $135 一件、校裙 2 條 $220 一條、冬褸 1 件 $460，佢用卡 4570 4030 5906 3626 俾咗 $500 按金。",
        ),
        ("assistant", "總數係 $405 + $440 + $460 = $1,305，扣除按金 $500，取貨時要再付 $805。"),
        ("user", "ok，幫我出張收據，寫埋佢個名同張卡尾四位。"),
    ],
    [
        ("user", "我是孩子家长苏晓敏，孩子苏子墨在上水一间小学读三年级，校服一直在你们店订。"),
        ("assistant", "苏女士您好，请问有什么可以帮到您？是要订新学年的校服吗？"),
        (
            "user",
            "对，冬季校服要大一码。我人在深圳不方便过关，我手机 159 1870 3362，微信同号，麻烦联系我安排寄过来。",
        ),
    ],
    [
        ("system", "You are an assistant for a school uniform shop in Sham Shui Po."),
        (
            "user",
            "Format these overdue pickups as a table: Kwok Man Yi 2A 9271 5503 $180 owing; Ali Raza 4B 6359 0217 $240 owing; Sit Ho Yin 6C 5182 6640 $95 owing",
        ),
        (
            "assistant",
            "Name | Class | Phone | Owing / Kwok Man Yi | 2A | 9271 5503 | $180 / Ali Raza | 4B | 6359 0217 | $240 / Sit Ho Yin | 6C | 5182 6640 | $95",
        ),
    ],
    [
        (
            "user",
            "我要寫封信俾學校申請校服津貼，我叫 Shahid Mahmood，HKID S824258(7)，個仔 Ayaan Mahmood 讀 P4，我而家失業緊。",
        ),
        (
            "assistant",
            "可以，以下係草稿：「敬啟者：本人因近期失業，經濟出現困難，懇請貴校考慮批出校服津貼予小兒，以減輕家庭負擔。」需要我補充學生班別同家長資料嗎？",
        ),
        ("user", "要，寫埋佢係 4D 同我嘅 HKID。"),
    ],
    [
        ("user", "我個仔彭樂軒啱啱確診ADHD，好抗拒著恤衫扣鈕，想問校服舖可唔可以改魔術貼？"),
        (
            "assistant",
            "好多裁縫都可以將鈕改成魔術貼或者暗撳鈕，外觀同普通恤衫分別唔大，可以直接同店舖講明需要。",
        ),
        ("user", "你幫我寫個 WhatsApp 俾間舖，我係彭太 Connie，電話 5726 4409，佢讀 3B。"),
    ],
    [
        (
            "user",
            "幫我將呢段整理成度身卡：「朱穎彤 中二 胸29 腰24 臀31 裙長23，住黃大仙竹園北邨桃園樓1216，媽媽 9615 0843」",
        ),
        (
            "assistant",
            '度身卡｜姓名：朱穎彤｜班級：中二｜胸圍 29"｜腰圍 24"｜臀圍 31"｜裙長 23"｜地址：黃大仙竹園北邨桃園樓1216室｜家長電話：9615 0843',
        ),
    ],
    [
        (
            "user",
            "My daughter's tailor lost her measurement card. Her name is Isabel Cheung, Form 3. Can you help me write an email asking them to re-measure her at no charge?",
        ),
        (
            "assistant",
            "Sure. 'Dear Manager, I understand my daughter's measurement card has been misplaced. Could we arrange a re-measurement at no extra cost before the autumn term?'",
        ),
        ("user", "Sign it Gary Cheung, Flat 5B, 27 Braemar Hill Road, tel 9035 4721."),
    ],
    [
        (
            "user",
            "老闆叫我 call 返呢幾個 deposit 未找數嘅客，幫我寫個 script：mok wing yan 3C 6241 8870，kwan chun ho 5A 9318 2264",
        ),
        (
            "assistant",
            "可以咁講：「你好，呢度係偉興校服，想提一提你之前訂嘅校服已經做好，仲有餘款未付，請問幾時方便過嚟攞？」",
        ),
        ("user", "kwan chun ho 個媽媽上次話佢哋經濟緊，可唔可以加句話可以分兩期俾？"),
    ],
]
