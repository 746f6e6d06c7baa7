# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh246: Taiwan temples and temple festivals (lantern lighting and Tai Sui registrations, donation lists, pilgrimage tours, volunteer LINE groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh246
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "點燈公告"): _lines("""
        艋舺龍山寺丁未年（2027）光明燈、安太歲受理自國曆12月15日上午8:00起，現場服務台及官網同步開放，每盞新台幣600元，額滿為止，洽詢專線(02)2302-5162。
        丁未年值年太歲為繆丙星君，本年犯太歲生肖：屬羊（值太歲）、屬牛（沖太歲）、屬狗（刑太歲）、屬鼠（害太歲），建議於農曆正月十五元宵節前完成安奉。
        大甲鎮瀾宮點燈線上登記系統將於12月20日凌晨02:00至05:00進行例行維護，期間暫停信用卡刷卡與ATM轉帳，已送出之訂單不受影響，造成不便敬請見諒。
        本宮光明燈分為個人燈（600元）、闔家平安燈（1,200元）、文昌燈（800元）及財神燈（1,000元），另設太歲燈每位500元，恕不接受電話預約，請親臨或線上登記。
        報名點燈請備妥：信眾姓名、農曆生辰、現居地址（供寄送平安符），並於現場填寫登記表，代辦他人者請出示委託書，本宮登記資料僅供祈福疏文使用。
        北港朝天宮文昌燈今年加開「考生祈福專區」，考生可於燈座背面貼准考證影本，本宮不另留存，考試結束後於農曆二月初三文昌帝君聖誕統一化燒。
        已登記之信眾可持收據至服務台領取平安符與太歲符，收據遺失者請憑登記序號（格式如 LD2027-00001）至二樓辦公室查詢補發，補發不另收費。
        松山慈祐宮公告：丁未年斗燈每座新台幣3,600元，名額108座，採現場公開抽籤，抽籤時間為國曆12月28日上午10時於正殿前，未抽中者款項全額退還。
        點燈費用可匯入本宮帳戶：台灣土地銀行松山分行，戶名「財團法人臺北市松山慈祐宮」，帳號 042-001-23456-7，匯款後請來電 (02)2766-1234 分機 21 對帳。
        行天宮不設點燈、安太歲及金紙，亦不收受香油錢以外之任何費用，敬請信眾勿輕信坊間代辦廣告，如有疑問請洽本宮服務處 (02)2502-7924。
        農曆正月初九天公生當日，光明燈區開放時間延長至晚間11:30，點燈信眾請由龍山寺廣州街側門進出，西園路側門當日暫不開放，敬請配合現場志工指引。
        鹿港天后宮公告：丁未年安太歲祈福法會訂於農曆正月十三日（國曆2027年2月18日）上午9時舉行，由本宮法師統一誦經，信眾無須到場，平安符將於會後寄出。
        線上點燈付款完成後，系統將寄送確認信至您填寫的信箱，寄件人為 no-reply@lantern.chaotian.org.tw，請勿直接回覆此信，如有疑問請撥打 (05)783-2055。
    """),
    ("zh-Hant", "志工LINE群組工作訊息"): _lines("""
        【總務組】明天早上6:30香客大樓前集合，遶境隨香志工請穿黃背心、戴識別證，礦泉水三箱和鹽糖已放在廟埕左邊帳篷，口罩請自備，中午便當在第二站發。
        各位師兄師姐辛苦了🙏 今天點燈櫃台共受理 412 筆，其中線上 268 筆、現場 144 筆，對帳差額 0 元，收據聯已鎖進保險櫃，明天照常早上 8 點開櫃。
        提醒：供品桌第三排的發粿還沒拆封，請廚房組下午兩點前處理完畢，壽桃 200 顆由新港那間糕餅店早上 10 點送達，收貨時請點數量並簽出貨單。
        交管組注意：中山路與光明路口今晚 19:00 起封街，轎班會從鎮瀾宮南側出發，請大家對講機頻道切到 CH 3，備用電池在服務台抽屜第二格。
        香客大樓 3F 會議室已借好，週六下午 2 點開進香行前說明會，投影機、HDMI 線和延長線請資訊組幫忙帶，簡報檔我已經放在群組記事本了。
        金紙庫存剩壽金 60 箱、刈金 45 箱，下週初一十五人會比較多，採購組請再跟金紙廠叫 100 箱，發票統編照舊開本宮的，月底一起請款。
        群組公告：活動照片上傳粉專前請避開信眾正臉，廟方粉專只用背影或遠景，有小朋友入鏡的一律不放，違者請管理員直接收回訊息，謝謝配合。
        轎班會剛剛來電說今晚起駕時間改到 23:00，請廣播組更新廟口跑馬燈和粉專置頂貼文，炮仗區仍維持在停車場東側，消防車會在 22:30 進場待命。
        功德箱今天下午三點開箱，請會計組兩位、監察組一位到場，清點完畢全程錄影並拍照存證，金額寫入開箱紀錄表後當天存入銀行，不得留在廟內過夜。
        晚班的師兄記得巡一下光明燈區，B 區第 7 排有兩盞燈不亮，應該是變壓器故障，我已經報修給水電行了，維修單號 RP-20261206-07，明天下午來換。
        明天湄洲媽祖分靈回鑾，廟口會有三台電視台 SNG 車，停車場 A 區保留給媒體和警方，志工車一律請停到國小操場，進出請走後門那條產業道路。
        下週三晚上 7 點在二樓教室摺蓮花和元寶，材料廟裡出，今年目標 3,000 朵，要給正月初九天公生拜拜用，會摺的帶不會摺的，有點心和熱茶喔。
        收到 👍 香積組這邊素便當訂了 350 份，素食店週六 11:00 送到，發票抬頭開「財團法人台中市大甲鎮瀾宮」，統編 75412386，餐費從活動預算支出。
    """),
    ("zh-Hant", "商家發票與收據"): _lines("""
        電子發票證明聯 2026年11-12月｜發票號碼 QW-38471625｜賣方：林記金紙行 統編 53916207｜品名：壽金 20 箱 × 850 元｜總計 17,000 元（含稅）｜隨機碼 4821
        陳家香舖有限公司 銷貨單 No. SO-2026-1187：臥香（沉香 1 尺）30 盒、24 小時環香 50 卷，合計 NT$23,480，付款方式：月結 30 天，貨到請於簽收聯蓋廟章。
        收據｜財團法人北港朝天宮｜收據編號 CT-115-004521｜摘要：光明燈一盞｜金額：新台幣陸佰元整｜經手單位：點燈服務處｜本收據可作為所得稅捐贈列舉扣除憑證。
        阿嬤的麻糬本舖 發票 AB-90213478｜買受人：財團法人台中市大甲鎮瀾宮 統編 75412386｜紅龜粿 600 個、發粿 300 個，單價 54 元，總計 48,600 元（含稅）。
        永興神桌佛具行 估價單 Q-20261130：神明燈一對（LED 12V）3,200 元、銅製香爐（8 寸）6,800 元、安裝工資 1,500 元，報價有效期限 30 日，洽詢 (06)222-8856。
        大同彩色印刷廠 請款單 INV-2611-092：丁未年平安符 50,000 張（燙金、防水膠膜）單價 1.8 元，小計 90,000 元，營業稅 4,500 元，總額 94,500 元，請匯入本公司帳戶。
        鼎盛音響燈光工程行 出租明細：LED 投射燈 24 盞、60kVA 靜音發電機 1 台、線材一批，租期 2027/02/14–02/17，押金 20,000 元已收訖，歸還時驗收無誤後退還。
        宏昌遊覽車客運股份有限公司 進香包車發票 YK-55028714：大甲→北港 45 人座大客車 3 台，來回 2 天，含過路費及司機住宿，合計 NT$72,000，已開立三聯式發票。
        金順發紙業 對帳單 2026 年 11 月份：期初餘額 0 元，本月進貨 8 筆共 136,750 元，已付款 100,000 元，期末應付帳款 36,750 元，敬請於 12/25 前匯款至本公司帳戶。
        收據聯｜新港奉天宮香油錢｜流水號 FT-2026-088213｜金額 NT$1,000｜日期 2026/12/03 14:22｜櫃台 02｜備註：隨喜添油香，不列印芳名｜感謝十方善信護持。
        素心素食餐廳 團膳報價單：進香團素便當每份 90 元，滿 200 份加贈味噌湯及水果，外送範圍限嘉義縣市，需三天前預訂，訂購專線 05-362-7788，LINE 官方帳號 @suxinveg。
        全家便利商店 代收繳費證明｜交易序號 FM1206-774310｜收款單位：財團法人臺北市松山慈祐宮｜繳費項目：丁未年光明燈｜金額 600 元｜代收手續費由收款單位負擔。
        王記糕餅舖 出貨單 SH-1206-03：壽桃 200 顆（8 兩）、紅圓 500 粒，送貨地址：雲林縣北港鎮中山路 178 號（朝天宮香客服務中心），收貨時間 12/09 上午 9 點前。
    """),
    ("en", "pilgrimage_tour_faq"): _lines("""
        Q: When does the Dajia Mazu Pilgrimage start in 2027? A: The departure date is chosen by casting moon blocks at Jenn Lann Temple on the night of the Lantern Festival (20 February 2027) and announced the same evening.
        Q: How long is the walk? A: The procession covers roughly 340 km over nine days and eight nights through Taichung, Changhua, Yunlin and Chiayi, turning back at Fengtian Temple in Xingang.
        Q: Do I need to register to walk along? A: No registration is needed to follow on foot, but the temple sells an official pilgrim kit (flag, incense pouch, vest) for NT$300 at the service counter.
        Q: Can overseas devotees light a lamp online? A: Yes. Visa, Mastercard and JCB are accepted; the receipt is emailed from lantern-service@example-temple.org.tw within 24 hours of payment.
        Q: What is "an tai sui"? A: It is a ritual to appease the Tai Sui star lord of the year; in 2027 (Ding Wei year) the presiding general is Miao Bing, and people born in Goat years are advised to register.
        Q: Where can I stay in Beigang? A: The Chaotian Temple pilgrim hostel has 120 rooms; bookings open 60 days ahead on +886-5-783-2055 (9am-5pm Taiwan time, closed on the 1st and 15th lunar days).
        Q: Is there a shuttle from Taichung HSR station? A: During the festival, free shuttle 155A runs every 20 minutes between Taichung HSR Station and Jenn Lann Temple from 06:00 to 22:00.
        Q: What should I bring? A: Comfortable shoes, a rain poncho, sunscreen, a reusable cup and some cash; many households and shops along the route hand out free food and drinks to pilgrims.
        Q: Can I ride my scooter behind the palanquin? A: No. Police close lanes around the palanquin; vehicles must follow detour signs, and drones are banned within 300 m unless licensed by the CAA.
        Q: Are the firecrackers dangerous? A: Firecracker zones are marked with red tape; stay at least 10 m back, wear earplugs, and follow instructions from volunteers wearing yellow vests.
        Q: How do I contact the tour operator? A: For group tours from Singapore, email pilgrimage@lotusjourneys.sg or WhatsApp the office line +65 6225 8830 (Mon-Fri, 10:00-18:00).
        Q: Can I donate without giving my name? A: Yes, the offering boxes accept anonymous gifts; if you need a tax receipt, the counter will ask for a name and ID number, which is used only for the receipt.
        Q: Who is Mazu? A: Mazu is the deified Lin Moniang, traditionally said to be born in 960 on Meizhou Island, Fujian; she is revered as protector of fishermen and sailors across Taiwan and Southeast Asia.
    """),
    ("zh-Hans", "进香团行程"): _lines("""
        【马来西亚槟城—台湾妈祖进香团】第1天：槟城国际机场PEN 07:10起飞经吉隆坡转机，桃园机场14:05抵达，专车前往台北艋舺龙山寺参拜，夜宿西门町。
        第2天：早餐后前往台中大甲镇澜宫参拜妈祖，午餐安排素食围桌，下午参访大甲妈祖文化馆及裕珍馨门市，晚上入住台中市区四星级酒店。
        第3天：北港朝天宫、新港奉天宫双宫朝圣，行程含妈祖文化讲座（约45分钟）及北港老街自由活动，团费不含个人香油钱及点灯费用。
        团费：每人新台币28,800元（双人房），单人房另加6,500元，含往返机票、燃油税、住宿、每日早餐及景点门票，不含入台证费用及司机导游小费。
        报名请联系莲花旅游（新加坡）私人有限公司，UEN 201912345K，热线 +65 6338 4127，邮箱 tours@lotusjourneys.sg，办公时间周一至周五上午10点至下午6点。
        湄洲妈祖祖庙进香团：厦门高崎机场集合，乘车约3小时抵达莆田文甲码头，乘船约20分钟登岛，岛上入住湄洲岛妈祖宾馆，晚间观赏妈祖祭典表演。
        注意事项：赴台须持有效入台证，马来西亚及新加坡公民可申请线上入台许可（免费），审核约需3个工作日，请于出发前至少两周完成办理。
        进香礼仪：进入正殿请勿戴帽，拍照请关闭闪光灯，上香顺序依次为天公炉、正殿妈祖、左右配祀，每炉插香一支即可，金纸请交由庙方统一焚化。
        团号 PNG-TW-270214，出发日期2027年2月14日（农历正月初九天公生），名额40人，报名截止日期2026年12月31日，订金每人RM1,000。
        行程变更说明：因大甲妈祖起驾日期以掷筊决定，若与本团行程冲突，本公司将把第4天调整为随香半日体验，团费不变，敬请团员谅解。
        旅游保险：本团由大众保险（马来西亚）承保团体旅游险，每人意外身故保额 RM100,000，海外医疗保额 RM10,000，团体保单号 TRV-MY-2027-00813。
        领队会在出发前一周建立微信群及WhatsApp群，群内只发布集合时间、天气和注意事项，请勿在群内发布广告或转发未经证实的消息。
        回程：第5天上午参访鹿港天后宫，午后前往桃园机场搭乘 MH 367 班机15:20起飞，20:10抵达吉隆坡，转机返回槟城，结束宝岛朝圣之旅。
    """),
    ("mixed", "config_logs_csv"): _lines("""
        lantern_service.yaml -> temple_id: "TW-DJ-001", year: 2027, ganzhi: "丁未", tai_sui_general: "繆丙", price_twd: {personal: 600, family: 1200, wenchang: 800, caishen: 1000}
        2026-12-06T08:00:14+08:00 INFO lantern-api[3121] registration window opened for 光明燈 batch=LD2027 capacity=3000 remaining=3000 region=tw-central
        2026-12-06T09:17:42+08:00 WARN payment-gw ECPay callback timeout order=LT20261206000871 retry=2/5 latency_ms=8013 merchant_id=3002607 (sandbox)
        匯出檔表頭 CSV header：序號,登記類別,燈種,燈區,排,位,金額,付款方式,付款狀態,建立時間,經手櫃台,備註 — 個資欄位已移至另一張加密資料表。
        const ZODIAC_CLASH_2027 = { goat: "值太歲", ox: "沖太歲", dog: "刑太歲", rat: "害太歲" }; // 丁未年犯太歲生肖，前端提示用
        SELECT lamp_zone, COUNT(*) AS n, SUM(amount) AS total FROM registrations WHERE year = 2027 AND status = 'PAID' GROUP BY lamp_zone; -- 每日對帳報表
        .env.example: LINE_CHANNEL_ID=1234567890 LINE_CHANNEL_SECRET=changeme LIFF_URL=https://liff.line.me/0000000000-AbCdEfGh TZ=Asia/Taipei
        2026-12-06 21:03:55 [cron] nightly-export done: 412 rows -> s3://temple-lantern-backup/2026/12/06/registrations.parquet sha256=9c1e4b7a0f2d8e63b5a4c7d1e0f9a8b7
        POST /api/v2/lanterns 201 Created {"order_no":"LT20261206001204","lamp":"文昌燈","zone":"C","row":12,"seat":8,"amount":800} 31ms
        def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:  # 依 lunardate 0.2.2，2027 正月初一 = 2027-02-06
        k8s deployment lantern-api: replicas 3, image registry.example.tw/temple/lantern-api:1.8.4, limits.memory 512Mi, readinessProbe /healthz every 10s
        LINE bot 自動回覆模板 reply_paid: "感謝您登記{lamp_name}，訂單編號 {order_no}，平安符將於 {ship_date} 寄出。" keywords=[點燈, 太歲, 查詢]
        2026-12-06T22:45:10+08:00 ERROR lunar-calc leap month out of range input=(2027, 13, 1) fallback=solar_only ticket=OPS-2291 version=lantern-api 1.8.4
    """),
    ("ms", "notis_kuil"): _lines("""
        Notis: Pendaftaran Lampu Terang (光明燈) bagi tahun 2027 di Kuil Thean Hou, Kuala Lumpur dibuka mulai 15 Disember 2026, jam 9 pagi hingga 5 petang setiap hari.
        Yuran pendaftaran Tai Sui ialah RM38 seorang, termasuk azimat dan tanglung kecil; bayaran boleh dibuat melalui DuitNow QR atau tunai di kaunter utama sahaja.
        Mereka yang lahir pada Tahun Kambing, Lembu, Anjing dan Tikus digalakkan mendaftar untuk upacara Tai Sui yang akan diadakan pada 18 Februari 2027.
        Kuil Cheng Hoon Teng di Jalan Tokong, Melaka, dipercayai kuil Cina tertua yang masih berfungsi di Malaysia, dengan sejarah sejak abad ke-17.
        Sila pakai pakaian yang sopan semasa memasuki dewan utama; seluar pendek dan baju tanpa lengan tidak dibenarkan semasa upacara sembahyang berlangsung.
        Untuk pertanyaan, hubungi pejabat kuil di 03-2274 7088 atau e-mel info@theanhou-example.org.my (Isnin hingga Sabtu, 9:00 pagi hingga 5:00 petang).
        Persatuan Penganut Tokong Ma Zu Selangor (No. Pendaftaran PPM-001-10-12081965) memaklumkan tapak letak kereta ditutup pada 14 Februari 2027 sempena Hari Lahir Tian Gong.
        Derma untuk pembinaan semula dewan boleh dimasukkan ke akaun Maybank 5123-4567-8901 atas nama Persatuan Penganut Tokong Ma Zu Selangor; sila simpan slip bank.
        Rombongan ziarah ke Taiwan: 5 hari 4 malam, RM4,980 seorang, termasuk tiket penerbangan, hotel dan makan; tempat terhad kepada 40 peserta sahaja.
        Perarakan Dewi Mazu di George Town akan melalui Lebuh Chulia, Lebuh Pitt dan Jalan Masjid Kapitan Keling; jalan ditutup dari jam 7 malam hingga 11 malam.
        Resit derma No. TH-2026-015732 boleh digunakan untuk potongan cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967, tertakluk kepada kelulusan LHDN.
        Sukarelawan diperlukan untuk menjaga kaunter tanglung pada malam Chap Goh Mei; sila daftar melalui borang dalam talian di laman Facebook rasmi kuil.
        Kedai Barangan Sembahyang Ah Seng, No. 42 Jalan Sultan, Kuala Lumpur, menawarkan diskaun 10% untuk kertas sembahyang dan colok sepanjang Disember.
    """),
    ("zh-Hant", "廟宇歷史與新聞"): _lines("""
        艋舺龍山寺創建於清乾隆三年（1738年），由福建泉州三邑移民自晉江安海龍山寺分靈觀世音菩薩來台奉祀，歷經多次重修，現為國定古蹟。
        北港朝天宮主祀天上聖母，相傳清康熙三十三年（1694年）由臨濟宗樹璧和尚奉湄洲媽祖神像來台，為台灣媽祖信仰最重要的據點之一。
        保生大帝本名吳夲，北宋福建同安白礁人，生前行醫濟世、不收診金，大龍峒保安宮為台北地區主祀保生大帝的代表廟宇，曾獲聯合國文化資產保存獎。
        台南祀典武廟主祀關聖帝君，相傳創建於明鄭時期，清代列入官方祀典，為全台重要的關帝廟之一，與大天后宮隔街相望，現為國定古蹟。
        總統賴清德今日上午前往大甲鎮瀾宮參香，並與董事長顏清標一同上香祈福，祈求國泰民安、風調雨順，隨後轉往彰化南瑤宮參拜並與地方首長座談。
        台北市長蔣萬安今晚出席松山慈祐宮媽祖遶境起馬儀式，致詞時呼籲民眾注意交通安全並配合警方管制，遶境隊伍預計明日清晨抵達南港區。
        文化部指出，「大甲媽祖遶境進香」於2008年登錄為國家重要民俗，2009年聯合國教科文組織將媽祖信俗列入人類非物質文化遺產代表作名錄。
        西港刈香為台南每三年一科的王醮盛事，由西港慶安宮主辦，2027年適逢丁未香科，除遶境外還將舉行燒王船儀式，預計吸引數十萬人參與。
        東港迎王平安祭典每三年舉辦一次，迎請代天巡狩千歲爺巡視轄境，祭典最後一日將王船送至海邊焚燒，2027年為丁未正科，交通管制將長達八天。
        鹿港天后宮供奉的湄洲祖廟開基聖母，相傳為靖海侯施琅於清康熙年間奉請來台，廟內「神昭海表」匾額為雍正皇帝御賜，每年吸引大批香客。
        人類學家林美容教授著有《媽祖信仰與臺灣社會》一書，分析大甲媽祖進香圈的形成與地方角頭組織，為研究台灣民間信仰的重要參考文獻。
        電影《陣頭》（2012）由馮凱執導，以台中九天民俗技藝團為故事原型，上映後帶動年輕人參與廟會陣頭與八家將文化，票房突破三億元。
        布袋戲角色素還真出自霹靂布袋戲，廟會酬神戲台上常見其造型戲偶，霹靂的黃文擇以一人口白演繹全劇數百個角色而聞名，被稱為八音才子。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        光明燈登記：信眾 林美玲（民國58年農曆三月初七生），地址 台中市大甲區文武路 86 巷 12 號，電話 0933-218-475，闔家平安燈一盞 1,200 元已繳。
        太歲登記表｜姓名：張文雄｜身分證字號：B192581534｜生肖：屬羊｜農曆生日：民國68年六月廿二日｜聯絡電話：0912-574-308｜寄送：本人親取
        志工群組：阿嘉說他老婆上個月確診乳癌第二期，正在做化療，這次遶境沒辦法跟，轎班那邊請幫他找人代班，大家也別在群裡一直問。
        添油香芳名錄：王陳秀琴 新台幣 3,600 元、王志豪 新台幣 1,200 元（住北港鎮文化路 47 號），功德無量，芳名將張貼於廟埕公告欄。
        廖太太私訊我，她兒子在嘉義欠了地下錢莊 80 萬，最近有人上門討債，想請主委幫忙問媽祖要不要搬家，拜託先不要在群組講。
        進香團名冊 第3車：座位12 黃淑芬 F203107826 0958-662-013 素食；座位13 黃建銘 0919-330-841 葷食；兩人同房（夫妻）。
        主委，頂寮里的蔡阿伯上週被收押了，聽說是酒駕撞傷騎士，他家去年的斗燈錢還欠 3,600 元，要不要先由委員會墊付？
        匯款通知：信眾 吳佳蓉 已於 12/05 由郵局帳號 0001234-5678901 匯入 2,400 元（光明燈兩盞），請會計組核對後開立收據。
        請幫我安太歲：陳志明，民國56年農曆八月十五戌時生，屬羊，住新北市板橋區民生路二段 233 巷 5 弄 8 號 4 樓，平安符請掛號寄送。
        丁未年斗燈抽籤結果：第一座 蘇榮發（頂寮里 12 鄰）、第二座 許雅婷（頂寮里 7 鄰）、第三座 洪國賓（新街里 3 鄰），請於三日內繳費。
        遶境第三天在彰化西螺大橋旁撿到一個皮夾，裡面有健保卡寫 李俊宏、出生 1990/07/22，還有兩千多塊現金，有人認識他嗎？
        小玉姐這次不能來香積組幫忙了，她上個月剛離婚搬回娘家住，心情很低落，大家有空私訊關心她一下就好，不要在群組提。
        車牌 BKR-6320 的白色 Altima 停在廟埕消防通道上，車主是總務組鄭大哥的女婿，麻煩誰打給他移車：0987-446-129。
        平安符寄送地址更正：原 高雄市鳳山區光遠路 188 號 改為 高雄市苓雅區興中一路 271 巷 9 號 5 樓，收件人 葉靜宜，手機 0955-207-381。
        呂阿姨說她媳婦 羅佩珊 懷孕了，預產期明年三月，想偷偷點一盞註生娘娘燈，但還沒跟娘家講，登記時備註請不要公開。
        功德主 張金龍 先生樂捐新台幣 200,000 元重修山門，聽說是去年中了威力彩頭獎，他特別交代不要在芳名錄公開金額。
        昨晚打來問擲筊結果的那位信徒手機是 0921-588-374，她說白天上班不方便接，請總幹事晚上八點以後再回撥。
        志工報名表：姓名 潘怡君／生日 1995-11-03／血型 O／緊急聯絡人 母 潘李美雲 0937-115-602／過敏：花生／LINE ID：yijun_1103
        廟方收到投訴：住在廟後面中正路 215 號的 邱先生 抗議鞭炮太吵，這是他第三次打 1999 陳情，還說要找議員來開協調會。
        點燈刷卡退款：郭文傑，信用卡末四碼 8823，退款金額 1,800 元，原因：線上重複扣款兩次，預計 7 個工作天內退回原卡。
        謝師姐的先生失業快半年了，家裡房貸已經兩個月繳不出來，她問廟裡的急難救助金能不能申請，申請表我先放在辦公室抽屜。
        LD2027-00417,周柏翰,N184721006,0966-703-218,文昌燈,台中市南區國光路 250 號 6 樓,備註：明年報考研究所，請寫入疏文
    """),
    "zh-Hans": _lines("""
        湄洲进香团报名表：姓名 陈丽华，身份证号 350302197806142130，手机 138 5921 4476，住址 福建省莆田市荔城区梅园东路 66 号 3 栋 502 室。
        团员 郑伟强 的太太在群里说他有高血压和二型糖尿病，登岛那天请领队准备轮椅，胰岛素放在他蓝色背包的保温袋里。
        香港信众 何嘉欣，香港身份证 K482619(1)，登记太岁灯一盏，港币 380 元已用转数快付款，转数快手机号 9123 4478。
        新加坡团员 林秀英，NRIC S7438216I，手机 +65 9127 3346，报名台湾妈祖进香团，需要靠窗座位，与女儿同房。
        广州的 刘姨 说她儿子 刘子轩 今年高考，想在文昌帝君前点灯，但孩子有抑郁症在吃药，让我们写祈福疏文时千万别写病情。
        付款记录：微信支付订单 4200001234202612061234567890，付款人 黄建明（微信号 hjm_1978），金额 ¥688，备注：太岁灯两盏。
        马来西亚团员 吴美玲，MyKad 760412-10-5328，住址 No. 18, Jalan SS2/64, 47300 Petaling Jaya, Selangor，护照号 A38291746。
        上次进香团的 小方 欠旅行社团费 12,000 元一直没还，电话也不接了，领队说再拖下去就要走法律程序，让大家别再借钱给他。
        澳门善信 梁志豪 捐款澳门元 5,000 元重修庙门，澳门居民身份证 5215378(3)，收据请寄 氹仔 海洋花园大马路 海明阁 15 楼 C 座。
    """),
    "en": _lines("""
        Pilgrim manifest row: Tan Wei Ming | SG passport K4827193C | DOB 14/03/1981 | mobile +65 9738 2210 | sharing room with wife Lim Pei Shan
        Hi, this is Grace Ong - please register a Tai Sui lamp for my father, Ong Kah Hock, born 1955 (Year of the Goat), and send the receipt to grace.ong.kh@gmail.com.
        Note for the tour leader: Mr. Lee Chong Hwa fainted at Beigang last year because of his heart condition; please seat him in the front bus near the door.
        Volunteer sign-up: Daniel Chua, NRIC T0264813F, available 14-17 Feb, can drive (class 3 licence), emergency contact sister Rachel Chua 8123 4590.
        Auntie Mei, who runs the lantern counter on Saturdays, told me her husband lost his job and they are three months behind on rent - can the temple welfare fund help?
        Refund request: Kevin Lau paid NT$1,800 twice for the same lamp; please refund to his POSB savings account 123-45678-9 and email kevin.lau.sg@outlook.com.
        Please call back the lady who asked about the pilgrimage refund: +60 12-738 4419, she prefers WhatsApp after 9pm because of her shift work.
        Incident log 2027-02-15 21:40: pilgrim Chen Yu-ting (F, 34) twisted her ankle near Xiluo Bridge; home address 5F, No. 27, Lane 81, Fuxing S. Rd, Da'an, Taipei.
    """),
    "ms": _lines("""
        Pendaftaran Tai Sui: Encik Lim Boon Keat, No. KP 820915-07-5531, tahun Kambing, alamat 23 Lorong Kenari 5, Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang.
        Makcik Ah Lian di kaunter derma beritahu anak lelakinya ditangkap polis minggu lepas kerana dadah; tolong jangan bincang perkara ini dalam kumpulan.
        Derma: Teoh Siew Ling memindahkan RM500 dari akaun CIMB 7012345678 untuk pembinaan dewan; resit perlu dihantar ke siewling.teoh@yahoo.com.
        Sukarelawan Ooi Chee Meng tidak dapat hadir kerana baru menjalani pembedahan pintasan jantung di Hospital Pulau Pinang, mohon cari pengganti syif petang.
        Kereta Myvi biru WXY 4821 diletakkan betul-betul di depan pintu kuil; pemiliknya Encik Goh dari Taman Desa, tolong telefon dia untuk alihkan segera.
        Senarai penumpang bas 2: Khoo Bee Lian (017-482 3390), Khoo Wei Jie (012-665 1027), kedua-duanya vegetarian, berkongsi bilik 305.
    """),
    "mixed": _lines("""
        LINE 群組：@Jason 林哲瑋 你上次跟廟裡借的那筆 NT$50,000，主委說下個月初一定要還喔，不要再拖了 🙏 大家都在看。
        Registration form | 姓名 Name: 蔡宜蓁 Tsai Yi-chen | ID: E287707898 | Mobile: 0972-381-556 | Email: yichen.tsai88@gmail.com | 燈種: 光明燈 x2
        Hi admin，我係 Macau 嘅 Ho Ka Man，想幫阿媽 register 太歲，佢屬牛，1961 年生，我電話 6628 4751，唔該晒！
        今晚的 volunteer briefing 改期，因為 coordinator Winnie 陳 昨天進醫院了，doctor 說是 miscarriage，大家先不要傳訊息問她。
        Booking ref PLG-2702-118 | passenger: Goh Siew Hoon 吳秀雲 | MyKad 690228-08-6142 | 需要輪椅 wheelchair | diet: vegan | +60 16-552 0843
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是松山慈祐宮的點燈線上客服小幫手，請用繁體中文回答信眾關於光明燈、安太歲與斗燈的問題。",
        ),
        (
            "user",
            "我想幫我媽安太歲，她叫劉秀鳳，民國56年次屬羊，農曆十月初二生，住台北市松山區八德路四段 692 巷 3 號 2 樓，要準備什麼？",
        ),
        (
            "assistant",
            "屬羊今年值太歲，建議安奉。線上登記時請填寫劉秀鳳女士的姓名、農曆生辰與寄送地址，費用每位 500 元，付款後平安符會寄到八德路的地址。",
        ),
        ("user", "好，那可以順便幫我自己點文昌燈嗎？我明年要考公務員。"),
        (
            "assistant",
            "可以，文昌燈每盞 800 元，請在同一張訂單加一筆，填寫您本人的姓名與生辰即可。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則 LINE 群組公告，內容是：轎班的阿德（本名 許德順）昨天在遶境途中中暑送到彰化基督教醫院，目前住院觀察，這週的班由其他人代。",
        ),
        (
            "assistant",
            "【轎班公告】各位師兄好，許德順師兄（阿德）昨日遶境途中中暑，已送彰化基督教醫院住院觀察，本週班表將另行調整代班，請大家多喝水、注意防曬。",
        ),
        ("user", "醫院的部分可以不要寫嗎？他家人不希望大家跑去探病。"),
        (
            "assistant",
            "【轎班公告】各位師兄好，阿德師兄昨日身體不適需要休養，本週班表將另行調整代班，請大家多喝水、注意防曬，關心請以私訊為主。",
        ),
    ],
    [
        (
            "system",
            "以下是本宮十二月添油香芳名錄（CSV）：姓名,金額,電話；蘇月娥,3600,0928-113-405；陳冠宇,1200,0916-772-091；楊麗珠,600,0939-508-236。請協助會計組統計。",
        ),
        ("user", "請幫我算總金額，並列出捐款超過一千元的人。"),
        ("assistant", "總金額為 5,400 元。捐款超過一千元的有：蘇月娥 3,600 元、陳冠宇 1,200 元。"),
    ],
    [
        (
            "user",
            "我要寫拜太歲的疏文，請幫我排版：弟子 黃俊傑，民國73年農曆四月十九日亥時生，住台南市東區崇學路 112 巷 18 號，祈求今年工作順利、還清卡債。",
        ),
        (
            "assistant",
            "可以參考以下格式：「伏以 太歲星君 座前，信士弟子黃俊傑，生於民國七十三年農曆四月十九日亥時，現居台南市東區崇學路一一二巷十八號，誠心叩求工作順遂、債務早清……」",
        ),
        ("user", "卡債那段可以寫得含蓄一點嗎？"),
        ("assistant", "可改為「祈求財務漸穩、諸事圓滿」，意思相同但較為含蓄。"),
    ],
    [
        ("system", "你是马来西亚莲花旅游的行程助理，协助领队整理台湾进香团资料。"),
        (
            "user",
            "帮我把这几位排房：陈国华（护照 A51837264）和太太 李月娇 同房；张振宇 单人房；王淑仪 和 王淑敏 姐妹同房，王淑仪 对海鲜过敏。",
        ),
        (
            "assistant",
            "排房如下：301 陈国华、李月娇（夫妻）；302 张振宇（单人房，需补差价）；303 王淑仪、王淑敏（姐妹），已备注王淑仪海鲜过敏，请通知餐厅。",
        ),
        ("user", "谢谢，再帮我生成一条 WhatsApp 提醒他们明早 6 点在大厅集合。"),
        (
            "assistant",
            "各位团友早安，明早6:00请在酒店大厅集合，携带护照与随身药物，7:00准时出发前往大甲镇澜宫。",
        ),
    ],
    [
        (
            "user",
            "我想一月份去湄洲岛进香，船票要实名，我的身份证号是 440106198509231429，叫 何雪梅，能帮我看看怎么订吗？",
        ),
        (
            "assistant",
            "湄洲岛渡轮需实名购票，可在官方小程序或文甲码头售票处购买，填写您的姓名与身份证号即可。建议不要在公开平台分享完整证件号码。",
        ),
        ("user", "好的，那岛上的妈祖祖庙几点开门？"),
        ("assistant", "妈祖祖庙一般早上7:30开放至下午5:30，节假日可能延长，请以景区当日公告为准。"),
    ],
    [
        (
            "user",
            "I'd like a tax-deductible receipt for my donation to the Mazu temple in Singapore. My name is Jonathan Sim, NRIC S8127465G, I gave SGD 300 on 2 December.",
        ),
        (
            "assistant",
            "For an IPC donation, the temple will submit your NRIC to IRAS for automatic inclusion. Please confirm with the temple office that S8127465G and the amount of SGD 300 have been recorded.",
        ),
        ("user", "Can you draft a short email to the temple office asking them to check?"),
        (
            "assistant",
            "Dear Temple Office, I donated SGD 300 on 2 December 2026. Could you confirm that the donation has been recorded under my name, Jonathan Sim (NRIC S8127465G), for tax deduction? Thank you.",
        ),
    ],
    [
        (
            "system",
            "You help a volunteer coordinator at a Taiwanese temple manage the Lantern Festival roster.",
        ),
        (
            "user",
            "Make a roster for the 20 Feb lantern night: Wang Hsiao-ping (0910-284-663) on counter A, Lin Chia-hao (0921-650-117) on counter B, and Amy Hsu on crowd control - she has asthma so keep her away from the incense burner.",
        ),
        (
            "assistant",
            "Lantern night roster, 20 Feb: Counter A - Wang Hsiao-ping, 0910-284-663; Counter B - Lin Chia-hao, 0921-650-117; Crowd control - Amy Hsu, posted at the east gate away from the incense burner (asthma).",
        ),
        ("user", "Thanks. Please remove the health note before I post it in the group."),
        (
            "assistant",
            "Lantern night roster, 20 Feb: Counter A - Wang Hsiao-ping; Counter B - Lin Chia-hao; Crowd control - Amy Hsu, east gate. Contact numbers are kept with the coordinator.",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan notis ini ke Bahasa Melayu: 本宮元宵點燈晚會需要志工，有意者請聯絡 Puan Chong Mei Fong 019-338 4702。",
        ),
        (
            "assistant",
            "Kuil kami memerlukan sukarelawan untuk malam pencahayaan tanglung Chap Goh Mei. Sesiapa yang berminat, sila hubungi Puan Chong Mei Fong di 019-338 4702.",
        ),
        ("user", "Bagus, boleh tambah masa taklimat jam 7 malam pada 19 Februari?"),
        (
            "assistant",
            "Taklimat sukarelawan akan diadakan pada 19 Februari 2027, jam 7 malam, di dewan utama kuil. Sila hubungi Puan Chong Mei Fong di 019-338 4702 untuk mendaftar.",
        ),
    ],
    [
        (
            "user",
            "我想幫屋企人喺大甲鎮瀾宮網上登記太歲，my dad 陳家輝 HKID Y705314(0)，1955 年屬羊，住 Tsuen Wan 荃灣 青山公路荃灣段 荃景大廈 18 樓 B 室，要填邊啲資料？",
        ),
        (
            "assistant",
            "網上登記一般只需要姓名、農曆或公曆出生日期同寄送地址，唔需要填香港身份證號碼。你可以填陳家輝先生嘅姓名、1955 年出生日期同荃灣地址。",
        ),
        ("user", "OK thanks，付款可以用 PayMe 嗎？"),
        (
            "assistant",
            "鎮瀾宮網上點燈一般接受信用卡同台灣本地轉帳，暫時未見支援 PayMe，建議用 Visa 或 Mastercard 付款。",
        ),
    ],
]
