# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh184: 台灣民宿與露營區（訂房、訂金退款、入住登記、評論回覆、颱風取消、營區LINE群）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh184
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "訂房與訂金政策"): _lines("""
        本民宿訂房需先匯訂金三成，匯款後請於24小時內告知帳號末五碼，逾時未確認之訂單將自動釋出。
        取消規定（依交通部觀光署定型化契約）：入住前14日以上取消退還訂金100%，10至13日退90%，7至9日退70%，4至6日退60%，2至3日退50%，前1日退20%，當日取消或未到不退。
        因颱風、地震等不可抗力因素，經中央氣象署發布陸上颱風警報且本縣宣布停班停課者，可免費改期或全額退還訂金，不扣手續費。
        改期以一次為限，須於原訂日起六個月內使用，改至連續假期需補差價。
        入住時間為下午3點至晚上9點，晚於9點抵達請事先來電告知；退房時間為上午11點，延遲退房每小時酌收NT$300。
        本館為合法民宿（宜蘭縣民宿登記證第1083號），入住時須出示身分證件正本供登記，依法不接受未成年人單獨住宿。
        全館禁菸、禁止攜帶寵物；房內如有菸味將酌收清潔費NT$3,000，敬請配合。
        雙人房平日NT$2,200、假日NT$2,800，春節及連假另計，均含早餐；加床每位NT$600。
        匯款資訊一律以官方LINE訂單確認訊息為準，本館絕不會來電要求您操作ATM或「解除分期付款」，接獲可疑來電請撥165反詐騙專線。
        訂金退款作業時間約7至14個工作天，退款將扣除跨行匯費NT$15；信用卡付款者一律退回原卡。
        包棟方案：四間房最多16人，平日NT$12,800起，需先付五成訂金，連假不拆房出售。
        兒童收費：6歲以下不佔床免費（不含早餐），6至12歲加收早餐費NT$300，12歲以上以成人計。
        連假期間恕不接受單晚訂房，需連住兩晚以上；跨年夜另有專案價。
        旅客登記資料依民宿管理辦法僅供住宿登記使用，保存一年後以碎紙機銷毀，不會提供給第三方。
    """),
    ("zh-Hant", "營區LINE群公告"): _lines("""
        【營區公告】本週六晚上7點營火晚會，請各營位派一人到管理中心領棉花糖，燒烤用炭請勿直接倒在草皮上。
        各位營友早安☀️ 今天山上低溫12度，晚上請備好睡袋和暖暖包；A區電源箱今天下午兩點停電檢修約半小時。
        垃圾分類提醒：一般垃圾、資源回收、廚餘分開放，廚餘桶在洗手台旁，鍋具的油請先用紙巾擦過再洗，感謝配合🙏
        颱風外圍環流影響，氣象署已發布海上颱風警報，明天是否開放入營會在早上8點於本群公告，請大家先別急著出發。
        提醒大家晚上10點後請降低音量、營燈調暗，隔壁區有帶小朋友的家庭，一起維護安靜的夜晚，謝謝！
        下週連假營位已全數客滿，候補請到官方帳號留言營位需求，群組內不受理訂位喔～
        雨備棚C區今晚開放給雨天營位使用，棚下不可使用炭火，只能用卡式爐。
        熱水時段：早上6點到9點、晚上5點到11點，洗澡請盡量控制在15分鐘內，讓其他營友也有熱水用。
        上山的路在18K處有落石，公路局正在搶通，小客車可單線通行，露營車建議明天再上山。
        群組規則：禁止廣告、禁止轉傳來路不明的連結，訂位及退款問題請私訊官方帳號，違規者將請出群組。
        撿到一支黑色保溫瓶和一件兒童黃色雨衣，放在管理中心失物招領櫃，認領請描述特徵。
        今晚雙子座流星雨極大期約在凌晨2點，草皮區光害最少，觀星時請小聲，勿打擾已就寢的營友。
        營區Wi-Fi名稱 LYS_Camp_Guest，密碼貼在管理中心公佈欄，訊號大概只到B區。
        管理中心服務電話 03-998-1234（08:00-21:00），夜間緊急事故請直接撥119或110。
        溪水今天暴漲，即日起禁止到溪邊戲水，小朋友請大人全程陪同，違者請自行負責。
    """),
    ("zh-Hant", "評論回覆"): _lines("""
        感謝您的五星好評！很開心您喜歡我們的手作早餐，下次來記得試試冬季限定的薑母鴨鍋喔。
        非常抱歉這次入住時熱水器不穩定，我們已於隔週更換為恆溫熱水器，期待有機會再為您服務。
        關於您提到停車位不足，本館目前僅有4個車位並已於訂房頁面註明，建議可停在村辦公室旁的公有停車場（免費）。
        針對評論中提到「訂金不退」，本館一律依觀光署定型化契約處理，颱風期間取消的訂單均已全額退款，請旅客放心。
        謝謝您的建議，我們會在營區入口加裝路燈並增設指示牌，讓晚上抵達的營友更容易找到路。
        對於房間出現螞蟻一事深感抱歉，山區民宿難免有小昆蟲，我們已請除蟲公司每月定期施作。
        很遺憾讓您留下不好的印象。本館從未收取評論中所說的「額外清潔費」，若有疑問歡迎私訊官方帳號提供訂單編號，我們會協助查詢。
        感謝您帶毛孩一起來玩！提醒：本館寵物友善房僅限一樓兩間，下次訂房時請先告知，方便我們安排。
        您提到接待人員態度不佳，我們深感抱歉，已召開內部會議檢討接待流程並加強員工訓練。
        謝謝大家一路支持，本民宿榮獲2026年好客民宿認證，我們會繼續努力！
        回覆 Google 評論：謝謝您特地留言，也謝謝您提醒浴室排水較慢，師傅已在11/3疏通完畢。
        感謝指教！早餐時間為7:30-9:30，若需提早出發可在前一晚告知，我們會幫您準備外帶餐盒。
    """),
    ("zh-Hant", "訂單與退款紀錄"): _lines("""
        訂單編號 BK-20261011-0387｜入住 2026/10/11｜退房 2026/10/13｜房型 海景雙人房｜訂金 NT$1,680｜狀態：已確認
        退款案號 RF202610-0042，原訂單 BK-20260927-0112，颱風停班停課全額退款 NT$4,200，預計10/15撥款。
        統一發票 QZ-48215037，買受人統一編號 53840295（山嵐旅行社股份有限公司），金額 NT$12,800，品名：住宿費。
        金流交易序號 T2610051432870519，授權碼 583021，金額 NT$3,600，回應碼 00 SUCCESS。
        營位編號 C-12、C-13 兩位合併，訂單 CP-2026-1104-077，含電源及雨棚，小計 NT$2,400。
        黑貓宅急便託運單號 9031-2847-6605，寄送內容：旅客遺留之兒童外套一件，運費到付。
        Booking.com 確認碼 4021.877.463，入住兩晚，無早餐，免費取消期限 2026/11/01 23:59。
        發票作廢紀錄：2026/09/30 作廢 ZB-77102946，原因：颱風取消，改開折讓單 No. 20260930-03。
        客服工單 #CS-58213｜類別：退款爭議｜優先度：中｜處理人：櫃台二組｜狀態：待回覆
        民宿稽查紀錄：2026/08/14 縣府觀光處到場檢查，消防設備及緊急照明合格，登記證號 花蓮縣民宿第2107號。
        10月訂單報表：共142筆，取消37筆（颱風29筆），退款總額NT$186,400，平均住房率61.3%。
        Agoda booking ID 1487652093 — status CANCELLED (free cancellation), refund handled by platform, TWD 5,280.
        ATM轉帳通知：訂單 BK-20261120-0033 已於 11/20 10:42 入帳 NT$2,520，系統已自動寄送確認信。
        郵遞區號 272，南澳鄉；營區海拔約 650 公尺，座標請以 Google 地圖「管理中心」標記為準。
    """),
    ("zh-Hans", "大陆旅客咨询"): _lines("""
        请问台湾的民宿一般需要提前多久订？国庆前后是不是很难订？
        台湾露营要自己带帐篷吗？有没有那种拎包入住的豪华露营？
        民宿老板说订金要转账到台湾的银行，大陆的卡怎么付比较方便？手续费高吗？
        台风天行程被取消的话，按台湾的规定民宿订金能退多少？
        谢谢亲的好评～我们家的鸡蛋糕每天现做，下次来台湾再来坐坐！
        垦丁的民宿一到暑假价格翻倍，建议避开周末，平日一晚大概四五百人民币就能住海景房。
        【温馨提示】入住时需出示有效证件原件登记，港澳旅客请携带入台证及有效的旅行证件，复印件不予受理。
        台湾的 7-11 可以代收民宿订金吗？看到有人说可以用 ibon 缴费。
        露营区的 LINE 群一般都是营主拉的，进群后要遵守群规，别发广告链接。
        清境农场附近的民宿冬天有暖气吗？听说晚上只有五六度，要不要自己带电热毯？
        台湾的民宿和酒店有什么区别？为什么有些民宿不能开发票？
        台湾合法民宿门口都会挂一块登记标章，订房前可以在观光署的旅宿网上查。
    """),
    ("en", "booking emails and guest questions"): _lines("""
        Dear {guest_name}, thank you for booking {room_type} from {check_in} to {check_out}. Please transfer the 30% deposit within 3 days to confirm your reservation.
        Check-in is from 3 pm to 9 pm. Guests arriving after 9 pm should message our official LINE account so we can leave the key in the lockbox.
        Typhoon policy: if the Central Weather Administration issues a land typhoon warning and Yilan County suspends work and classes on your arrival date, you may reschedule or get a full deposit refund.
        How do I pay a deposit to a Taiwanese homestay from abroad? They only accept bank transfer and my bank charges a hefty fee.
        Is it normal for Taiwanese B&Bs to ask for a photo of my passport before arrival?
        Reminder: the campsite gate closes at 10 pm. Quiet hours 10 pm to 7 am. Fires only in the provided fire pits.
        Refund ref RF-2026-1187 has been processed. Please allow 7-14 business days for the amount to appear on your statement.
        Our homestay is a licensed minsu (Hualien County Minsu Registration No. 2107). Foreign guests must present their passport at check-in as required by law.
        Great stay near Taroko! The host gave us a map of the Shakadang Trail and recommended the Dongdamen night market.
        Note for group bookings: a 50% non-refundable deposit applies to whole-house rentals during Lunar New Year.
        Hi, is the glamping tent suitable for a family of four with a toddler? Do you provide a baby cot?
        Thank you for staying with us! We're glad the sea view from the third floor made your trip special. Hope to see you again next summer.
        Typhoon Gaemi made landfall in Yilan in July 2024, and many east-coast homestays cancelled bookings free of charge.
    """),
    ("mixed", "系統設定與表單範本"): _lines("""
        booking_schema: {order_id: str, room_code: str, check_in: date, check_out: date, deposit_twd: int, status: enum[PENDING, CONFIRMED, CANCELLED, REFUNDED]}
        LINE Messaging API 訂房確認模板：「您好 {{name}}，您的訂單 {{order_id}} 已確認，入住日 {{date}}，訂金 {{deposit}} 元。」
        refund_rules.yaml → days_before: [14, 10, 7, 4, 2, 1, 0]; refund_pct: [100, 90, 70, 60, 50, 20, 0]
        SELECT order_id, room_code, SUM(deposit) FROM bookings WHERE status = 'CANCELLED' AND cancel_reason = 'TYPHOON' GROUP BY order_id, room_code;
        入住登記表：姓名＿＿＿＿｜身分證字號＿＿＿＿＿＿｜出生日期＿＿/＿＿/＿＿｜手機＿＿＿＿｜車號＿＿＿＿｜同行人數＿＿
        export PMS_API_BASE=https://api.example-pms.tw/v2; export PMS_TIMEOUT=30  # token 請放 .env，不要 commit
        camp-booking v3.2.1 release notes: fixed 營位 C-12 double booking bug; added cancel reason code TYPHOON_LAND_WARNING.
        Regex 驗證：訂單編號 ^BK-\\d{8}-\\d{4}$；退款案號 ^RF\\d{6}-\\d{4}$
        匯出檔 bookings_2026-10_masked.csv，sha256 9f2c4e7ab3d1e58a06c7f4b21d9e3a57c8b06f14e2d9a7c35b18e6f0d4a2c917
        表單驗證規則：身分證字號為1碼英文字母加9碼數字，手機須為09開頭共10碼，錯誤時顯示「格式不正確，請重新輸入」。
        CSV header: 訂單編號,入住日,退房日,房型,人數,訂金,付款方式,取消原因,退款金額
        營位代碼對照：A01-A10 草皮區、B01-B08 棧板區、C01-C15 雨棚區、G1-G4 豪華帳 (glamping)
        裝備出租價目：Coleman 270 帳篷 NT$500/晚、Snow Peak SD-600 睡袋 NT$150/晚、卡式爐 NT$100/晚（瓦斯另購）。
    """),
    ("zh-Hant", "旅遊知識與新聞"): _lines("""
        交通部觀光署提醒，訂房前可至「旅宿網」查詢合法旅館及民宿，合法民宿門口會有專用標識及登記證號。
        消費者若遇民宿不依定型化契約退還訂金，可撥打1950消費者服務專線申訴。
        露營遇到颱風最重要的是提早撤營，溪邊營地尤其危險，切勿心存僥倖。
        天幕要選抗風等級足夠的款式，營釘建議用30公分以上的鍛造釘，並以45度角打入地面。
        台8線中橫公路於1956年動工，由時任退輔會主委蔣經國督導興建，沿線至今仍有不少登山民宿。
        吳念真執導的電影《多桑》以瑞芳礦區為背景，許多旅客因此專程到九份、金瓜石的民宿住上一晚。
        民宿須以自用住宅空閒房間經營，客房數原則上限8間，偏遠地區或原住民族地區等可放寬至15間。
        颱風假是否放，由各縣市首長依風雨情況決定，並在行政院人事行政總處網站統一公布。
        2024年7月凱米颱風從宜蘭南澳附近登陸，東部許多民宿因停班停課而大量取消訂房。
        露營場須向地方政府申請合法登記，出發前可上觀光署的露營場查詢平台確認營區是否合法。
        武陵農場櫻花季期間園區住宿與露營一位難求，多數人需提前數月搶訂。
        根據觀光署統計，全台合法民宿已超過一萬家，以花蓮、宜蘭、屏東、南投家數較多。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        入住登記｜姓名：林品妤｜身分證：G231405874｜手機：0912-486-305｜車號：BKR-3627｜同行：2大1小｜入住 2026/10/11
        訂金已收：陳冠宇先生匯款 NT$1,680（帳號末五碼 30521），訂單 BK-20261018-0219，10/18入住兩晚海景房。
        退款帳戶：郵局(700) 局號 0031582 帳號 4796013，戶名 黃怡君，颱風取消全額退還 NT$4,200。
        老闆你好，我是上週六訂海景房的張家豪，颱風取消想退訂金，我的中信帳號 822-5410-3876-2915，麻煩了！
        【黑名單】劉冠廷 0933-217-846，9/20入住酒醉砸壞浴室鏡子並拒絕賠償，日後請勿接單。
        早餐備註：302房 邱素珍女士 對花生及蝦子過敏，另有氣喘，請勿使用含花生醬的吐司。
        @吳承翰 你們B05那台 ARK-5120 停到消防通道了，麻煩馬上移一下🙏
        蔡凱文先生您好，您10/4入住當晚與友人在房內飲酒喧嘩至凌晨兩點，遭其他房客投訴，本館依規定不退還押金，敬請見諒。
        客人 Amy 王雅婷（LINE ID: amy_0823tw）問能不能帶一隻柴犬，她說狗狗狂犬病疫苗都有打。
        信用卡預授權：卡號 4311 5871 4496 2901，持卡人 TSENG YU-CHEN，有效期限 08/29，授權金額 NT$3,000。
        颱風取消登記：10/3 鄭雅文 0955-613-870 兩晚海景房 → 改期11/15｜10/3 許志明 0972-408-159 包棟 → 全額退款
        入住名單（10/25）：1. 蕭建國 A127530964 2. 蕭林美惠 F226084139 3. 蕭宇軒（國小三年級，免證件）
        營主筆記：C12的楊淑芬阿姨是每月固定來的老客人，先生去年過世後都一個人來，記得幫她搭帳篷。
        周佳穎小姐訂了11/7-11/9雙人房，說要跟男友求婚，請房務布置氣球和花瓣，布置費NT$1,500已付。
        失物招領：203房 蔡佩珊小姐（0988-105-472）遺留iPhone一支，已聯絡本人，以黑貓寄到 台中市西屯區福科路312巷18號5樓。
        退訂金爭議：旅客 洪志偉 主張颱風當天宜蘭有停班要求全退；查證當天宜蘭未停班，依規定退50%，他揚言要給Google一星。
        房務阿姨 莊秀蘭 下週要去台北榮總回診開刀，週二週三請工讀生代班整理201-204。
        旅行社代訂傳真 / 旅客：KUO CHIA-HUI 郭佳慧 / 護照號碼 355218704 / 入住 12/20-12/22 / 備註：全素
        國旅卡請款：賴明哲 持國民旅遊卡 5241 1660 3725 6580 消費 NT$5,600，收據需註明服務機關 臺南市政府。
        押金扣除通知：姚文彬先生，房內地毯有菸頭燒洞，扣修繕清潔費NT$3,000，剩餘NT$2,000退回您的台新帳戶 812-2001-0048-7265。
        民宿主人私記：8號房的 Jessica 林潔西 說剛離婚，帶兩個小孩出來散心，幫她免費升等家庭房。
        公司旅遊20人，聯絡人 羅文傑 0921-553-708，入住11/21-11/22，發票抬頭請開公司，他要求訂金分兩次付。
        颱風改期：呂姿瑩 原訂10/2改到12/12，她說12月媽媽化療結束後要帶她出來走走，請保留一樓無障礙房。
        抽獎得獎名單：范振宇（身分證 T122953749）獲雙人住宿券一張，依規定須先繳10%機會中獎所得稅。
        Google一星評論作者「Vicky Chou」就是 周韻如，9/14臨時取消沒付訂金卻留負評，0910-338-275 打過三次都不接。
        接駁預約：羅東火車站 14:30 接 翁郁芬 小姐（0919-742-066），兩大兩小，有嬰兒推車。
        禁止入住名單更新：張淑惠 Q220761939 — 曾兩次以假匯款截圖騙取入住。
        營區通報：今早D區 江柏翰（16歲）爬樹摔傷左手，已由媽媽載往羅東博愛醫院照X光。
        香港客人 梁嘉欣 HKID Y205713(A)，電話 9163 2857，訂12/24-12/26雙人房，訂金已用轉數快付。
        入住登記 / 姓名 傅明德（82歲，坐輪椅）/ 身分證 E133691258 / 緊急聯絡人 女兒 傅雅琪 0926-871-430
        新住民房客 阮氏蘭 居留證號 F905217365，在宜蘭工廠上班，月租雅房，押金兩個月NT$9,000已收。
    """),
    "zh-Hans": _lines("""
        老板您好，我是厦门来的林海涛，手机 138 5921 4073，想订国庆后三晚海景房，可以用支付宝付订金吗？
        陆配入住登记：姓名 刘晓燕，大陆居民身份证 440106199309210425，台湾手机 0966-207-514，同住丈夫 陈建宏。
        退款麻烦打到我招商银行卡 6225 8845 3331 4780，户名 王思琪，台风取消那两晚的订金。
        小红书 @芒果不吃芒（周雪梅）发帖说在台东民宿被老板骂，还晒了订单截图和她的微信号 mangguo_1987。
        入住人 孙浩然，身份证 110108198502171538，护照 EH4827165，同行 妻子+女儿，12月18日入住两晚。
        团购名单：3号 李嘉豪 微信 ljh_travel88 付了定金 ¥600，5号 何丽 还没付，催一下。
        客人 赵文博 说他有糖尿病要打胰岛素，问房间冰箱能不能放药，房号 205。
        退房后发现 林志远（350102199208080716）房间床单有血迹，已拍照存证，押金暂不退。
    """),
    "en": _lines("""
        Guest registration — Name: Daniel WHITMORE | Passport: 568214937 (USA) | DOB 1979-03-22 | Mobile: +1 415 662 9041 | Room 3F Sea View
        Hi, this is Priya d/o Ramasamy from Singapore (NRIC S8817264G). Booking 2 nights 14-16 Nov, please send the deposit link to priya.ramasamy88@gmail.com.
        Refund request: Nur Aisyah binti Kamarudin, MyKad 910514-10-5428, Maybank acct 1142 3370 5581, cancelled due to the typhoon.
        Kitchen note: guest Michael Tan Wei Jie (room 201) has a severe tree-nut allergy and carries an EpiPen.
        Chargeback dispute: cardholder Laura Fernandes, Visa 4563 1985 1982 1147, claims she never stayed; our log shows check-in 2026-09-12 21:40, email laura.fdz@outlook.com.
        Dear Mr Gerald D'Souza, as discussed on the phone, we cannot refund your deposit because you cancelled one day before arrival and no typhoon warning was in force.
    """),
    "mixed": _lines("""
        Hi老闆，我是 Jasmine Lim 林慧敏，11/20 check-in 2 pax，NRIC T0354912C，手機 +65 9127 4803，可以安排 late check-in 嗎？
        Ahmad Faizal bin Rosli 預訂 glamping tent G2 三晚，電話 +60 12-384 7261，MyKad 880302-07-5613，要 halal 早餐。
        Work pass guest: Rajesh s/o Krishnan, FIN G5520318R, 跟公司來 team building，他說膝蓋開過刀不能爬樓梯，請排一樓。
        Karen Leung 梁淑儀 HKID K694281(4), WhatsApp 6218 4097, 問 typhoon 八號風球 cancel 能唔能 full refund 去佢 HSBC account。
        lin pin-jie 林品杰 說 his uncle A803164293 (新式統一證號) 也會一起入住，uncle 是日本籍，護照另補。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是山嵐民宿的訂房客服助理，請協助旅客完成訂房。"),
        ("user", "你好，我要訂 11/14-11/16 兩晚雙人房，姓名 何欣怡，手機 0937-520-614。"),
        (
            "assistant",
            "何小姐您好，已為您保留雙人房兩晚，訂金為NT$1,680，請於三日內匯款並告知帳號末五碼。",
        ),
        ("user", "已經轉了，從我的國泰世華帳戶 013-0355-1048-2263 轉的，末五碼 82263。"),
    ],
    [
        ("user", "颱風那天我們取消了，訂單 BK-20261002-0144，我是 鄭宇翔。"),
        ("assistant", "鄭先生您好，當天宜蘭縣確實宣布停班停課，符合全額退款條件。請提供退款帳戶。"),
        ("user", "郵局 700，帳號 0091236-0458127，戶名 鄭宇翔，謝謝。"),
    ],
    [
        ("system", "You are the booking assistant for a small homestay in Hualien."),
        (
            "user",
            "Hi, I'd like to book a ground-floor room for my mother, Margaret O'Neill. She has early dementia and sometimes wanders at night.",
        ),
        (
            "assistant",
            "Thank you for letting us know. We have a ground-floor twin room with a door chime. Could you share a contact number in case we need to reach you?",
        ),
        (
            "user",
            "Sure, I'm her son Patrick O'Neill, +44 7700 912 458. We arrive 3 Dec around 5 pm.",
        ),
    ],
    [
        ("user", "我是陆配，想问入住登记要带什么证件？"),
        ("assistant", "您好，请携带台湾居留证或身份证明文件正本，入住时由柜台登记即可。"),
        (
            "user",
            "好的，我叫 郑美玲，居留证号码 N229147380，先把资料给你们，12月5号入住，手机 0958-630-271。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則LINE訊息給C08的營友，他叫 王俊傑，昨晚在營區喝酒大聲唱歌到兩點，被三組客人投訴。",
        ),
        (
            "assistant",
            "好的，以下是草稿：「王先生您好，昨晚營區接獲多組營友反映夜間噪音，提醒您營區22:00後需保持安靜，再次違規將請您提前撤營，謝謝配合。」",
        ),
        (
            "user",
            "再加一句：他的押金 NT$1,000 這次先扣，下次再犯就列黑名單，他電話 0963-114-582 我會再打給他。",
        ),
    ],
    [
        (
            "user",
            "有一則負評要回，客人叫 曾柏宇，說我們房間有蟑螂，可是他自己在房內煮火鍋還把廚餘丟床底下。",
        ),
        ("assistant", "建議回覆保持客觀，說明事實與改善措施，避免在公開回覆中提到旅客姓名。"),
        (
            "user",
            "我知道，但我要先留個紀錄給保險公司：曾柏宇 B125830417，10/19入住201房，清潔費另收NT$2,500。",
        ),
    ],
    [
        (
            "user",
            "請幫我把這張入住登記表整理成表格：H218472609 許雅雯 0915-207-368 新北市板橋區文化路一段188巷6號3樓 入住12/1",
        ),
        (
            "assistant",
            "| 身分證 | 姓名 | 手機 | 地址 | 入住日 | / | H218472609 | 許雅雯 | 0915-207-368 | 新北市板橋區文化路一段188巷6號3樓 | 12/1 |",
        ),
    ],
    [
        ("user", "Hi, I want to book the glamping tent for Dec 20-22."),
        (
            "assistant",
            "Sure! The deposit is TWD 2,400. You can pay by card. Please provide the card details through our secure payment link.",
        ),
        (
            "user",
            "Link doesn't work on my phone. Here: JCB 3566 9328 8040 7238, exp 05/28, name on card Kenji Morimoto.",
        ),
    ],
    [
        ("user", "Saya nak tanya, boleh bawa makanan sendiri ke tapak perkhemahan?"),
        (
            "assistant",
            "Boleh, tapi sila gunakan dapur gas di kawasan memasak sahaja. Ada apa-apa lagi?",
        ),
        (
            "user",
            "Ok. Tempahan atas nama Siti Rohani binti Ismail, MyKad 870911-14-6032, no tel 013-629 4417, 3 malam mula 12 Dis.",
        ),
    ],
    [
        ("user", "我朋友想訂你們一樓的房間，她比較不方便爬樓梯。"),
        ("assistant", "好的，一樓目前有一間雙人房可以安排，請問入住日期與旅客姓名？"),
        (
            "user",
            "她叫 孫語彤，懷孕七個月了，12/6-12/8 兩晚，她先生 邱建安 會一起來，聯絡電話 0932-417-905。",
        ),
    ],
    [
        ("system", "你是露營區管理員的文書助理。"),
        (
            "user",
            "幫我整理今天的事件紀錄：G3豪華帳的 潘怡如 小姐晚上被虎頭蜂螫到，過敏送醫，住在 桃園市中壢區中北路二段57號 的家人已經趕來。",
        ),
        (
            "assistant",
            "事件紀錄：12/05 傍晚，G3 豪華帳旅客於營位旁遭虎頭蜂螫傷，出現過敏反應，已送醫處理，家屬已到場。後續：請清查G區蜂窩。",
        ),
        ("user", "紀錄裡要寫名字：潘怡如，保險理賠要用，車號 RBC-7715 也寫上，這是她的車。"),
    ],
]
