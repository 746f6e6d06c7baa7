# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade77: personal data in mobile app artefacts (Android logcat, iOS crash logs, push payloads, SQLite dumps, shared_prefs XML). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade77
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "android logcat"): _lines("""
        12-03 09:14:22.418  1834  1834 I ActivityManager: Start proc 18234:com.grab.passenger/u0a312 for pre-top-activity {com.grab.passenger/com.grab.pax.MainActivity}
        12-03 09:14:23.007 18234 18291 D OkHttp  : --> GET https://api.shopee.sg/api/v4/search/search_items?keyword=air%20fryer&limit=60&newest=0
        12-03 09:14:23.552 18234 18291 D OkHttp  : <-- 200 OK https://api.shopee.sg/api/v4/search/search_items (544ms, 48213-byte body)
        11-28 17:02:41.930  2210  2210 E AndroidRuntime: FATAL EXCEPTION: main | Process: my.com.tngdigital.ewallet, PID: 2210 | java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.tng.model.Wallet.getCurrency()' on a null object reference | at com.tng.ui.home.BalanceCard.bind(BalanceCard.kt:88)
        W/FirebaseMessaging( 5522): Unable to log event: analytics library is missing
        I/ReactNativeJS( 9031): [checkout] order SO-2026-1203-884137 status PAID amount 58.90 MYR via FPX, retries=0
        D/PaymentSDK( 7760): [TEST MODE] tokenizing card 4242 4242 4242 4242 exp 12/34 cvc *** -> tok_visa (sandbox fixture, no real cardholder)
        E/SQLiteLog(12004): (2067) abort at 31 in [INSERT INTO orders(order_no,created_at) VALUES(?,?)]: UNIQUE constraint failed: orders.order_no
        I/chromium( 4418): [INFO:CONSOLE(1)] "Uncaught TypeError: Cannot read properties of undefined (reading 'postcode')", source: https://m.lazada.com.my/checkout/address.js (1)
        D/LocationManagerService( 1834): request 6f1c2a from com.google.android.gms(10123) provider=fused PRIORITY_BALANCED interval=60000ms
        V/AuthInterceptor(22031): Authorization: Bearer <redacted> (len=812) for POST /v1/session/refresh -> 401, scheduling silent re-login
        12-05 08:00:00.112  3391  3391 I AlarmClock: fired alarm id=7 label="Take vitamins" repeat=MON,WED,FRI snooze=10min
        I/SmsRetriever(14502): OTP template registered: "<#> Your ParcelGo code is {code}. Do not share it with anyone. FA+9qCX9VSu"
        D/Glide   ( 8812): Load failed for https://media.karousell.com/media/photos/products/2026/12/03/9f2c41e7_thumbnail.jpg with size [360x360]
        W/ziparchive( 6101): Unable to open '/data/app/~~Qx8r1ZkP0A==/com.dbs.sg.digibank-2/base.dm': No such file or directory
        I/SupportCard(31877): showing bank hotline card: DBS/POSB 1800 111 1111 (24h), from overseas +65 6327 2265, lost cards option 1
    """),
    ("en", "ios crash log"): _lines("""
        Incident Identifier: 3F7A1C92-4B0E-4D5A-9E21-7C55B0D8A614 | Hardware Model: iPhone15,3 | Process: Grab [1422] | Identifier: com.grab.passenger | Version: 5.318.0 (531800) | OS Version: iPhone OS 17.6.1 (21G93)
        Exception Type:  EXC_BAD_ACCESS (SIGSEGV) | Exception Subtype: KERN_INVALID_ADDRESS at 0x0000000000000010 | Termination Reason: SIGNAL 11 Segmentation fault: 11 | Triggered by Thread: 0
        Thread 0 Crashed:: Dispatch queue: com.apple.main-thread | 0 libswiftCore.dylib 0x000000019a3c4f20 swift_unknownObjectRetain + 32 | 1 MaybankMY 0x0000000102c81a44 TransferConfirmViewController.viewDidLoad() + 412
        Last Exception Backtrace: *** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '*** -[__NSDictionaryM setObject:forKey:]: object cannot be nil (key: recipientName)'
        Binary Images: 0x102b94000 - 0x1037effff MaybankMY arm64 <5e1f0c3a9b2d3e71a8c4f6d2e0b19a77> /private/var/containers/Bundle/Application/9C1D40AF-2E11-4B7C-8C0E-61A5D9F3E2B0/MaybankMY.app/MaybankMY
        Application Specific Information: abort() called | *** Assertion failure in -[UITableView _dequeueReusableCellWithIdentifier:forIndexPath:usingPresentationValues:], UITableView.m:7351, reuse identifier "ContactCell"
        Crashed Thread 4 com.apple.NSURLSession-delegate: Fatal error: Unexpectedly found nil while unwrapping an Optional value: file WeChatPayBridge/OrderParser.swift, line 214
        {"app_name":"MyKedai","timestamp":"2026-12-02 21:40:17.00 +0800","app_version":"3.4.2","slice_uuid":"a1d4f9e2-77c0-3b8e-9e1a-55d02c4b8f13","build_version":"3402","platform":2,"bundleID":"my.kedai.app","share_with_app_devs":1,"is_first_party":0,"bug_type":"309","os_version":"iPhone OS 18.1 (22B83)","name":"MyKedai"}
        Jetsam event: largest process ShopeeMY [2817] per-process-limit 2098 MB, rpages 537088, reason: per-process-limit, uptime 48211 s
        Crashlytics: Non-fatal logged: NSURLErrorDomain -1001 "The request timed out." at /v2/promotions/1212?region=MY (build 7.81.0, affects 0.42% of sessions)
        Exception Codes: 0x000000008badf00d | Termination Description: SPRINGBOARD, scene-create watchdog transgression: application<sg.gov.hdb.myhdb>:612 exhausted real (wall clock) time allowance of 19.88 seconds
        Thread 7 name: com.onesignal.notification-queue | 3 OneSignal 0x0000000104a1c2b8 -[OSNotificationOpenedResult stringify] + 128 | 4 Foundation 0x00000001943b1d70 __NSThreadPerformPerform + 264
    """),
    ("mixed", "push payload"): _lines("""
        {"aps":{"alert":{"title":"订单已发货","body":"您购买的小米手环 9 已由顺丰发出，运单号 SF1468203957715，请注意查收。"},"sound":"default","badge":1},"deeplink":"taobao://orders/detail?id=4102987563318"}
        {"to":"/topics/promo_my","notification":{"title":"Jualan 12.12 bermula!","body":"Diskaun sehingga 70% untuk barangan dapur. Guna kod BAUCAR12 sebelum 12/12 11:59 PM."},"data":{"campaign_id":"cmp_1212_my_kitchen"}}
        {"aps":{"alert":{"title":"突發新聞","body":"行政長官李家超今日出席立法會答問大會，回應議員有關公營房屋輪候時間的提問。"},"thread-id":"news-hk"},"article_id":"hk-20261203-0418"}
        {"notification":{"title":"Berita Terkini","body":"Perdana Menteri Anwar Ibrahim menyampaikan ucapan dasar di Dewan Rakyat petang ini."},"data":{"category":"politik","path":"/berita/nasional/2026/12/1189230"}}
        {"aps":{"alert":{"title-loc-key":"RIDE_ARRIVING_TITLE","loc-key":"RIDE_ARRIVING_BODY","loc-args":["{driver_name}","{plate}","{eta_min}"]},"mutable-content":1}}
        {"message":{"topic":"weather_sg","android":{"priority":"high"},"notification":{"title":"Heavy Rain Warning","body":"Thundery showers expected over western Singapore from 2pm to 4pm. Flash flood risk at Jalan Boon Lay and Upper Bukit Timah Road."}}}
        {"aps":{"alert":{"title":"周杰倫《嘉年華》演唱會","body":"台北大巨蛋加場門票明天中午 12:00 開賣，會員可提前 1 小時購票。"}},"link":"kktix://events/jaychou-2027-tpe"}
        {"data":{"type":"silent_sync","collapse_key":"inbox","payload":"eyJ0aGVtZSI6ImRhcmsiLCJsb2NhbGUiOiJ6aF9UVyIsIm9uYm9hcmRpbmdfZG9uZSI6dHJ1ZSwibGFzdF90YWIiOiJob21lIn0="},"priority":"normal","ttl":"3600s"}
        {"aps":{"alert":{"title":"Bayaran Berjaya","body":"RM45.00 telah dibayar kepada TNB untuk bil Disember. No. rujukan: TNB2612030048817."},"category":"PAYMENT"}}
        {"aps":{"alert":"\\u8ba2\\u5355\\u5df2\\u53d1\\u8d27","sound":"ping.caf"},"order_no":"E20261203104417992","push_id":"p_7f3a9c"}
        {"to":"/topics/all","data":{"title":"系統維護通知","body":"為提升服務品質，App 將於 12/8 02:00-05:00 暫停服務，如有疑問請洽客服專線 0800-017-171。"}}
        {"aps":{"alert":{"title":"Your driver is arriving","body":"Look for a silver Toyota Vios. Tap to share your trip with family."},"interruption-level":"time-sensitive"},"booking_code":"A-6YQ9KXW2GWEX"}
        {"aps":{"content-available":1},"type":"wallet_promo","msg":"Top up RM50 via DuitNow and get RM5 cashback. T&C apply. TNG eWallet Careline 03-5022 3888."}
        {"notification":{"title":"孙悟空 新皮肤上线","body":"《西游记》联动活动开启，登录即送齐天大圣头像框，活动至12月31日。"},"data":{"game_zone":"cn-east-3"}}
    """),
    ("zh-Hans", "sqlite dump"): _lines("""
        CREATE TABLE message (msgId INTEGER PRIMARY KEY, talker TEXT, content TEXT, createTime INTEGER, isSend INTEGER, status INTEGER);
        INSERT INTO "orders" VALUES(10233,'E20261129223015884','2026-11-29 22:30:15','已签收',129.00,'CNY','SF1468203957715');
        sqlite> SELECT key, value FROM app_config; | feature_flag_live_photo|1 | min_supported_version|8.0.42 | splash_ad_interval_hours|6 | cdn_region|cn-shanghai
        INSERT INTO stores VALUES(88,'瑞幸咖啡（中山公园店）','上海市长宁区长宁路1018号','021-5298-7700','07:00-22:00');
        INSERT INTO "hotline" VALUES(1,'中国工商银行','95588'),(2,'中国移动','10086'),(3,'招商银行信用卡中心','400-820-5555');
        PRAGMA foreign_keys=OFF; BEGIN TRANSACTION; CREATE TABLE IF NOT EXISTS "sync_state"("table_name" TEXT PRIMARY KEY, "last_sync" INTEGER, "etag" TEXT); INSERT INTO sync_state VALUES('orders',1764748800,'W/"5f2a-1c9e"'); COMMIT;
        INSERT INTO books VALUES(5,'鲁迅','呐喊','978-7-02-000218-4','人民文学出版社',1973);
        INSERT INTO poi_cache VALUES('B0FFG2K8QW','北京大学第三医院','北京市海淀区花园北路49号',39.9826,116.3581,'医院');
        sqlite3 EnMicroMsg.db ".tables" -> AddContactAntispamTicket BizInfo ChatroomInfoDetail ContactCmdBuf EmojiInfo ImgInfo2 message rcontact userinfo
        INSERT INTO push_templates VALUES('ORDER_SHIPPED','您好{nickname}，您的订单{order_no}已发货，快递单号{tracking_no}，收货人{receiver}。',1);
        INSERT INTO "coupon" VALUES('CP20261212A9','满199减30',199.00,30.00,'2026-12-12 00:00:00','2026-12-12 23:59:59',0);
        INSERT INTO "kv" VALUES('promo_banner_b64','5ruhMTk55YePMzAgLyDpmZDml7bkvJjmg6AgLyAxMuaciDEy5pel5oiq5q2i');
        INSERT INTO news_feed VALUES(3321,'屠呦呦获诺贝尔生理学或医学奖十周年座谈会在京举行','科技',1764662400);
        INSERT INTO "crash_stat" VALUES('2026-12-02','8.0.42','Xiaomi 23127PN0CC','java.lang.OutOfMemoryError',412,0.031);
    """),
    ("zh-Hant", "shared_prefs xml"): _lines("""
        <?xml version='1.0' encoding='utf-8' standalone='yes' ?> <map> <boolean name="onboarding_done" value="true" /> <string name="locale">zh_TW</string> <int name="launch_count" value="37" /> </map>
        <string name="last_search_query">%E5%91%A8%E6%9D%B0%E5%80%AB%20%E6%BC%94%E5%94%B1%E6%9C%83</string> <int name="search_result_count" value="212" />
        <string name="store_filter_area">%E5%8F%B0%E5%8C%97%E5%B8%82%E5%A4%A7%E5%AE%89%E5%8D%80%E5%BE%A9%E8%88%88%E5%8D%97%E8%B7%AF%E4%B8%80%E6%AE%B5</string> <int name="store_filter_radius_m" value="800" />
        <string name="customer_service_tel">0800-211-900</string> <string name="customer_service_hours">週一至週日 09:00-21:00</string>
        <map> <long name="last_sync_ts" value="1764921600000" /> <string name="api_base">https://api.pxmart.com.tw/v3/</string> <float name="font_scale" value="1.15" /> </map>
        <string name="welcome_msg_tpl">親愛的 %1$s 您好，您的會員等級已升為 %2$s，點數 %3$d 點將於年底到期。</string>
        <string name="fcm_topic_list">["news_tw","promo_north","weather_taipei"]</string> <boolean name="notif_sound" value="false" />
        <string name="cached_banner_json">{"title":"\\u60a8\\u7684\\u5305\\u88f9\\u5df2\\u5230\\u9054","cta":"查看取件門市"}</string>
        <string name="hk_gov_hotline">1823</string> <string name="hk_police_hotline">2527 7177</string> <string name="hk_emergency">999</string>
        <string name="last_viewed_product">SKU-TW-88210473 小米空氣淨化器 4 Lite</string> <int name="cart_count" value="2" />
        <string name="campus_shuttle_stop">逸夫書院 → 港鐵大學站</string> <string name="shuttle_timetable_ver">2026-09-01</string>
        <string name="ota_channel">stable</string> <string name="build_fingerprint">Xiaomi/garnet_global/garnet:14/UKQ1.231003.002/V816.0.6.0.UNRMIXM:user/release-keys</string>
    """),
    ("ms", "logcat dan notifikasi"): _lines("""
        D/PasarPagiApp( 8831): Pesanan #PP-26120318 diterima, jumlah RM23.50, kaedah bayaran: DuitNow QR
        W/LokasiHelper( 9120): Kebenaran lokasi ditolak oleh pengguna; senarai kedai terdekat guna poskod lalai 50450
        I/NotisKerajaan( 2271): Paparan notis: "Sila kemas kini aplikasi MyJPJ ke versi 2.3.1 untuk memperbaharui lesen memandu secara dalam talian."
        E/BayarBil( 6620): Ralat 504 semasa semak bil Air Selangor untuk akaun {account_no}, cuba semula dalam 30s
        {"notification":{"title":"Peringatan Waktu Solat","body":"Waktu Maghrib bagi Kuala Lumpur: 7:12 malam. Semoga dipermudahkan."},"data":{"zon":"WLY01"}}
        I/DirektoriHospital( 3340): Memuatkan senarai: Hospital Sultanah Aminah (07-225 7000), Hospital Tengku Ampuan Rahimah (03-3375 7000)
        D/JalanCache( 1190): geocode ok: Jalan Tun Razak, 50400 Kuala Lumpur -> 3.1612,101.7198
        <string name="bahasa_pilihan">ms_MY</string> <boolean name="notifikasi_promosi" value="false" /> <string name="negeri_lalai">Selangor</string>
        INSERT INTO resipi VALUES(12,'Nasi Lemak Sambal Sotong','Masakan Melayu',45,'sederhana');
        {"aps":{"alert":{"title":"Tempahan Tiket","body":"Tiket ETS KL Sentral ke Ipoh untuk {tarikh} telah disahkan. Kod tempahan: {kod}"}}}
        I/CarianBuku( 5510): hasil carian "Usman Awang" -> 14 judul, termasuk "Salam Benua" ISBN 978-983-62-0487-5
        E/KWSPApp( 7781): Sesi tamat tempoh selepas 300s tidak aktif; pengguna dihantar semula ke skrin log masuk
        D/BeritaFeed( 2093): artikel 881204 "Datuk Seri Siti Nurhaliza lancar album baharu di Bukit Jalil" dimuat dalam 212ms
        W/SyncAdapter( 4410): kenalan tidak disegerakkan: kebenaran READ_CONTACTS belum diberi (0 rekod)
    """),
    ("en", "developer questions and tickets"): _lines("""
        How do I stop OkHttp's HttpLoggingInterceptor from printing request bodies in release builds? We only want Level.BASIC outside debug.
        JIRA MOB-4412: Redact NRIC/FIN in logcat before Crashlytics upload. Acceptance: any string matching the NRIC pattern is replaced with S*******X in breadcrumbs.
        Is it OK to keep the refresh token in plain SharedPreferences, or should we move it to EncryptedSharedPreferences with a MasterKey using AES256_GCM?
        Runbook: to pull a debug DB run adb exec-out run-as com.example.app cat databases/app.db > app.db, then sqlite3 app.db .dump | gzip. Never attach dumps from production devices to tickets.
        PR #1893: strip "alert.body" from APNs payload logging; keep only apns-id, apns-topic and apns-collapse-id.
        Sentry issue ANDROID-7KQ: 1,204 events / 311 users in the last 24h, first seen in 6.2.0 (620013), regression after Room migration 14 -> 15.
        Bug: Malay locale shows the "Tarikh lahir" label truncated on Galaxy A15 (SM-A155F) at font scale 1.3. Screenshot taken with the demo build, all fields empty.
        Q: why does Xcode symbolicate only half of the frames in my .ips file? A: the dSYM UUID must match the Binary Images entry; download the dSYMs from App Store Connect for build 7.81.0 (7810).
        Checklist before sharing a bugreport.zip: remove accounts_ce.db, mask phone numbers in the radio log, and delete the contacts2.db snapshot.
        Data retention: push payload logs older than 30 days are purged nightly at 03:00 SGT by job purge_push_logs (cron 0 3 * * *).
        Faker seed 4242 for the QA build generates all names and phone numbers at runtime; fixture files only contain {{name}} and {{phone}} placeholders.
        Our FCM sender is rate-limited to 240 messages per second per topic; bulk campaigns go through the batch endpoint in chunks of 500 tokens.
    """),
    ("zh-Hans", "bug ticket"): _lines("""
        【工单 #BUG-20261203-071】安卓 8.0.42 在华为 nova 12 上点击“我的订单”闪退，复现率 100%，日志见附件 logcat_0412.txt（已脱敏）。
        请勿将用户手机号、身份证号写入 Log.d，发布版统一通过 Timber 的 ReleaseTree 过滤，违者代码评审不通过。
        问：iOS 崩溃日志里的 Incident Identifier 能不能定位到具体用户？答：不能，它只是这份崩溃报告的随机 UUID。
        推送文案审核：标题不超过 20 字，正文不超过 60 字，禁止出现“最”“第一”等极限词，营销推送 22:00-08:00 不发送。
        数据库迁移说明：v15 将 user_profile.id_card 字段改为 AES-GCM 加密存储，旧数据在首次启动时迁移，失败上报事件 db_migrate_fail。
        客服口径：用户咨询退款进度，请引导其在“我的-订单-售后”查看，或拨打官方客服热线 95017。
        线上告警：push_gateway 12月3日 20:15 至 20:32 下发失败率 4.7%，原因是 APNs 证书过期，已续签。
        测试环境账号统一使用 test_{序号} 格式，密码由 Vault 下发，禁止在群里发截图。
        埋点规范：event=page_view, params={page:"order_detail", from:"push", ab_group:"B"}，不得上报昵称、手机号、收货地址。
        复盘：钟南山院士科普直播推送当晚 DAU 峰值 312 万，推送点击率 6.8%，服务端临时扩容 3 倍。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        12-03 10:41:07.221 18234 18291 D OkHttp  : --> POST https://api.payflex.sg/v2/kyc/submit?fullName=Tan%20Wei%20Ming&nric=S7904418J&mobile=%2B6582651093&employer=Keppel%20Shipyard
        E/AndroidRuntime( 4471): java.lang.IllegalStateException: age check failed for applicant {name=PRIYA D/O RAMASAMY, nric=T0381526E, dob=2003-07-31, product=PersonalLoanPlus}
        Application Specific Information: *** -[NSData initWithContentsOfURL:options:error:] failed for file:///var/mobile/Containers/Data/Application/6B2E0C41-77AA-4F1D-9A3E-0C2D18B5E9F7/Documents/Reports/Goh_Kah_Wai_MRI_lumbar_spine_2026-11-20.pdf (NSFileReadNoPermissionError)
        {"aps":{"alert":{"title":"Appointment reminder","body":"Hi Mr Kelvin Ng Chee Keong, your haemodialysis session at NKF Woodlands Centre is tomorrow 7:30 AM (chair 12). Please bring your medication list."}},"category":"APPT"}
        <?xml version='1.0' encoding='utf-8' standalone='yes' ?> <map> <string name="user_profile_b64">eyJ1aWQiOjg4MTIzMDQxLCJuYW1lIjoiTGltIFNpZXcgTGluZyIsInBob25lIjoiKzY1OTczNDI4MTYiLCJkb2IiOiIxOTg3LTAzLTEyIiwibnJpYyI6IlM4NzEyMzQ1RiJ9</string> <boolean name="biometric_on" value="true" /> </map>
        INSERT INTO contacts VALUES(412,'Daniel Pereira','+65 9105 4472','daniel.pereira.sg@outlook.com','landlord - Bukit Timah flat, rent due 1st',NULL);
        Row: 3 _id=1187, address=+6591730264, date=1764738291000, read=0, body=Wei Ming pls call me back abt the HDB loan, bank needs ur IC S7904418J by Fri. Auntie Mei
        Crashlytics custom keys: user_name=Karen Oliveira | user_email=karen.oliveira77@yahoo.com | plan=premium | last_screen=CardReplace
        INSERT INTO saved_cards VALUES(3,'JASON KOH BENG HUAT','4532018847103281','09/28','DBS Visa Debit',1);
        {"data":{"type":"ride_assigned","driver_name":"Rajesh s/o Subramaniam","plate":"SLA4821Z","driver_phone":"+6591273360","rating":"4.92"},"priority":"high"}
        defaults read sg.gov.healthhub -> { lastLoginId = "S9325086I"; displayName = "Ong Mei Xuan"; pendingLabResult = "HbA1c 8.1% - follow up at Bedok Polyclinic 12 Dec"; }
        I/chromium( 5120): [INFO:CONSOLE(88)] "autofill saved: {name:'Sarah Lim Hui Min', line1:'Blk 512 Jurong West St 52 #08-214', postal:'640512'}", source: https://checkout.fairprice.com.sg/app.js (88)
        D/WorkPassScan( 6620): MRZ parsed: surname=NGUYEN given=THI LAN fin=G5143870T nationality=VNM dob=940318 employer=Sunrise Cleaning Pte Ltd
        Last Exception Backtrace: reason: 'Invalid JSON for key profile: {"first":"Aidan","last":"Fernandez","email":"aidan.fernandez@icloud.com","dob":"1991-06-02"}'
        2026-12-01 22:14:03.551 MedTrack[1422:88012] [Reminder] scheduled insulin 14u for Mrs Margaret D'Souza (Room 3B, Sunshine Nursing Home) at 21:00
        INSERT INTO tenants VALUES(7,'ARJUN MEHTA','M2481305X','Blk 8 Tanjong Pagar Plaza #12-31','2026-01-15','S$3,200 monthly');
        D/SchoolBus( 3312): boarding scan ok student=Chloe Tan Yi Xuan (T1147729H) class=P6 Courage stop=Yishun Ave 2 Blk 611 guardian_hp=9658 0273
    """),
    "zh-Hans": _lines("""
        D/RetrofitLog(11822): <-- 200 {"code":0,"data":{"realName":"\\u9648\\u6587\\u6770","idCard":"420106197311182213","mobile":"13812764053","verified":true}}
        <string name="default_address">5pS25Lu25Lq6Oui1teS4veWonyDnlLXor506MTU5MjEwODM3NDYg5Zyw5Z2AOuS4iua1t+W4gua1puS4nOaWsOWMuuW8oOadqOi3rzEyODDlvIQ25Y+3NDAy5a6k</string>
        INSERT INTO message VALUES(88121,'wxid_k3l9zq2m8ab022','老公，我今天去协和做了B超，医生说宝宝有点偏小，下周三还要复查',1764730012,0,3);
        {"aps":{"alert":{"title":"挂号成功","body":"刘晓梅，您已预约12月5日上午 北京大学第三医院 心内科 专家号，就诊序号17，请携带身份证 110105198803140322 到院取号。"}}}
        INSERT INTO express VALUES('SF1468203957799','周振宇','177-4426-0918','广东省深圳市福田区福华三路88号翠林苑3栋1502','派送中');
        Application Specific Information: NSInternalInconsistencyException reason: 'OCR result invalid: 姓名 孙海燕 公民身份号码 35020319860430546X 住址 福建省厦门市思明区湖滨南路 357 号 2 单元 601'
        D/OkHttp  (20114): --> GET https://api.qianbao.cn/transfer/confirm?toName=%E7%8E%8B%E8%8A%B3&toCard=6214831009286003&amount=5000.00&memo=%E6%88%BF%E7%A7%9F
        INSERT INTO chatroom_msg VALUES('2026-12-02 20:13','@张老师','3班 何子轩 妈妈：孩子今天发烧38.9度，请假一天，明天带医院证明过来。');
        I/FaceVerify( 7702): liveness pass score=0.97 certName=杨俊 certNo=510107199502260832 scene=loan_apply
        <string name="student_card">浙江大学 2019级 计算机科学 吴昊天 学号3190105521 身份证330106200109111270</string>
        INSERT INTO insurance_policy VALUES('P2026QD00318','徐静怡','370202198409252865','甲状腺结节 TI-RADS 3级','待核保');
        {"data":{"type":"loan_overdue","text":"黄志强先生（身份证440304199207072154）您的借款已逾期12天，欠款8,460.00元，请尽快还款，以免影响征信。"}}
        sqlite> select name, phone, note from contacts where note like '%房东%'; | 李秀英|186 0731 5529|房东 长沙岳麓区 押一付三
    """),
    "zh-Hant": _lines("""
        D/HttpLog ( 9931): {"member":{"nameZh":"\\u9ec3\\u5609\\u6b23","hkid":"Y402619(3)","mobile":"9421 7735","tier":"Gold"}}
        {"aps":{"alert":{"title":"順豐到件通知","body":"陳家豪先生，您的包裹已送達荃灣 SF Locker，取件碼 662190，查詢請致電 6183 0524 聯絡寄件人。"}}}
        INSERT INTO contacts_blob VALUES(19,X'303931322D3733342D30383520E69E97E680A1E5909B',1764900000);
        <string name="ekyc_cache">{"name":"張雅婷","idNo":"F226710492","birthday":"1990/05/14","addr":"新北市板橋區文化路一段188巷12號5樓"}</string>
        Last Exception Backtrace: reason: '-[HealthRecord setAllergy:]: 病患 蔡明哲 (R142063879) 盤尼西林過敏 資料寫入失敗'
        INSERT INTO visitors VALUES(55,'LEONG KA MAN','澳門居民身份證 1284630(7)','+853 6628 1947','2026-12-03 14:20','探訪 3樓 病房');
        I/OctopusAAVS( 2231): 自動增值 綁定信用卡 5223 7190 5513 7835 持卡人 LAU WING SZE 到期 03/29
        D/NotificationListener( 4410): posted com.whatsapp title="梁太 (業主)" text="阿Ken，今個月租 $14,500 未入數，請過數到恒生 369-281045-883 梁淑芬"
        E/LINE    ( 8801): sticker send failed to line_id=kevin_huang_tw (黃冠宇 0936-218-447), retry in 30s
    """),
    "ms": _lines("""
        <string name="borang_cache">TmFtYTogU2l0aSBBaXNoYWggYmludGkgS2FtYXJ1ZGluIHwgSUM6IDk1MDkwNy0xNC02MjE4IHwgVGVsOiAwMTktMjI2IDU4MzE=</string>
        {"aps":{"alert":{"title":"Temujanji KKM","body":"Puan Nurul Izzati binti Rahman, temujanji rawatan dialisis anda di Hospital Sultanah Aminah pada 05/12 jam 7:30 pagi."}}}
        INSERT INTO pelanggan VALUES(221,'MUTHU A/L RAMAN','010228-07-0341','012-738 4410','No. 14, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang');
        I/PTPTNApp( 6610): semakan baki pinjaman: nama=NOR AZLINA BINTI ISMAIL ic=760115-03-5086 baki=RM18,432.60 status=TUNGGAKAN
        {"notification":{"title":"Pesanan GrabFood","body":"Rider anda Mohd Faizal bin Osman (017-615 0392) sedang menghantar ke No. 8, Jalan SS 2/24, Petaling Jaya."}}
        D/NotificationListener( 4410): posted com.whatsapp title="Kelas 5 Amanah - Ibu Bapa" text="Cikgu, anak saya Adam Haikal bin Roslan tak datang hari ni sebab demam denggi, tengah warded kat HTAR Klang."
        INSERT INTO kad_simpanan VALUES(2,'LEE CHONG HAN','5488 1240 2277 5447','Maybank Mastercard Platinum','11/27');
        <string name="ekyc_ocr">NAMA: JOHNNY ANAK LANGGAU | NO KP: 921130-13-5477 | ALAMAT: LOT 2214, KAMPUNG TABUAN DAYAK, 93350 KUCHING, SARAWAK</string>
        E/SlipSPM ( 3321): gagal papar slip keputusan SPM 2020 untuk calon NUR SYAFIQAH BINTI ABDULLAH, KP 030619011092, sekolah SMK Taman Universiti
        I/BankIslamApp( 5102): DuitNow ke 011-2309 8742 (KUMAR A/L VELU) RM350.00 nota="duit ubat ayah bulan Dis"
    """),
    "mixed": _lines("""
        D/AuthInterceptor(22031): Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsyMDI2LTExIn0.eyJzdWIiOiJ1XzU1MjE5MDciLCJuYW1lIjoiTXVoYW1tYWQgSGFmaXogYmluIFp1bGtpZmxpIiwiZW1haWwiOiJoYWZpei56dWxraWZsaTg4QGdtYWlsLmNvbSIsIm15a2FkIjoiODgwNDEyLTEwLTU1MjMiLCJpYXQiOjE3NjQ5MjMwMDB9.Qm9ndXNTaWduYXR1cmVOb3RWZXJpZmllZA
        {"aps":{"alert":{"title":"Transfer received 收款成功","body":"WONG MEI LING 转账 RM1,200.00 to acc 1140 2287 5513 (Maybank) - nota: sewa bilik Dis"}}}
        I/TelegramNotif( 3019): title="Carousell deals SG" text="Ah Seng bro, ur buyer 陈先生 (Chen Jia Hui) wan meet Tampines MRT 7pm, his hp 9368 2041 - he pay cash $180 for the PS5"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an iOS debugging assistant for an HR payroll app."),
        (
            "user",
            'Can you tell me why this crashes on launch? "Exception Type: EXC_CRASH (SIGABRT) | Application Specific Information: failed to open file:///var/mobile/Containers/Data/Application/0F3B91C2-5D7A-4E88-A0C1-9B2E6F7D4A13/Documents/Payslips/Ahmad_Firdaus_bin_Hamzah_payslip_Nov2026.pdf (NSFileReadNoSuchFileError)"',
        ),
        (
            "assistant",
            "The app aborts because it force-unwraps the result of reading a cached payslip that was deleted; check the file exists before opening it. Note that the path contains an employee's full name, so please redact such paths before sharing logs.",
        ),
        (
            "user",
            "Yeah that's Ahmad Firdaus from our Penang ops team, the preview cache also shows his net pay RM6,850 and EPF deduction. I'll scrub it later, just fix the crash.",
        ),
    ],
    [
        (
            "user",
            "Tolong semak kenapa OTP tak sampai. Pelanggan: GANESH A/L MUNIANDY, no tel 016-482 7390, MyKad 850303-08-6615.",
        ),
        (
            "assistant",
            "Saya tidak boleh akses sistem anda, tetapi boleh bantu baca log. Sila salin log SMS gateway untuk percubaan terakhir.",
        ),
        (
            "user",
            'Log gateway: "D/SmsGateway( 2201): deliver to 60164827390 status=DND_BLOCKED carrier=CelcomDigi". Apa maksudnya?',
        ),
        (
            "assistant",
            "DND_BLOCKED bermaksud nombor itu didaftarkan dalam senarai jangan ganggu operator, jadi SMS promosi dan sesetengah laluan OTP disekat. Minta pelanggan semak tetapan DND dengan operator atau tawarkan OTP melalui panggilan suara.",
        ),
    ],
    [
        (
            "user",
            "这个 Room 迁移报错什么意思？E/SQLiteLog(3120): (1) table user_profile has no column named id_card_enc in \"INSERT INTO user_profile VALUES('罗浩然','500103199001125395','18523406617')\"",
        ),
        (
            "assistant",
            "说明 v15 的迁移脚本没有先执行 ALTER TABLE 增加 id_card_enc 列，就直接写入了新结构的数据。另外日志里出现了真实的姓名、身份证号和手机号，建议贴日志前先脱敏。",
        ),
        (
            "user",
            "对，这是我们客户罗浩然的真实数据，他昨天在重庆打客服电话投诉说 App 一打开就闪退，你先帮我把迁移脚本写出来吧。",
        ),
    ],
    [
        (
            "user",
            "有個客人 陳美玲 HKID K578203(1)，電話 5307 2618，話收唔到 App 嘅 push 通知，連覆診時間改咗都唔知。",
        ),
        (
            "assistant",
            "可以先請客人喺手機「設定 > 通知」確認 App 通知已開啟，再喺 App 內登出再登入，令推送 token 重新註冊。",
        ),
        (
            "user",
            "佢係喺瑪麗醫院腎科覆診嘅，原本 12月4號，而家改咗去 12月18號下晝兩點，你幫我擬一段短訊通知佢。",
        ),
        (
            "assistant",
            "陳小姐您好，您在瑪麗醫院腎科的覆診已改期至 12月18日（星期五）下午2時，如需查詢請回覆此短訊。",
        ),
    ],
    [
        (
            "user",
            '推播 payload 這樣寫對嗎？{"aps":{"alert":{"title":"信用卡寄送通知","body":"林志明先生您好，您申辦的信用卡 4041 5933 0618 9801 已於今日寄出"}}}',
        ),
        (
            "assistant",
            "JSON 格式正確，但不建議把完整卡號放進推播內容，推播會顯示在鎖定畫面，也會進入第三方推播服務的日誌，最多顯示末四碼即可。",
        ),
        (
            "user",
            "了解。收件人是林志明，身分證 B104837256，手機 0958-221-376，地址台中市西屯區河南路二段 262 號 8 樓，我改成只寫末四碼 9801。",
        ),
    ],
    [
        ("system", "Anda pembantu aplikasi sekolah SekolahKu."),
        ("user", "Macam mana nak tukar nombor telefon penjaga dalam app?"),
        (
            "assistant",
            "Pergi ke Profil > Maklumat Penjaga > Edit, masukkan nombor baharu, kemudian sahkan dengan kod TAC yang dihantar melalui SMS.",
        ),
        (
            "user",
            "Dah cuba tapi TAC tak sampai. Nombor baru saya 019-884 2157, anak saya Nurul Ain binti Zakaria, tahun 4 Cempaka, SK Seksyen 7 Shah Alam. Boleh tolong kemas kini terus?",
        ),
    ],
    [
        ("system", "You convert SQLite dumps into CSV."),
        (
            "user",
            "INSERT INTO members VALUES(101,'Bernard Teo Kim Seng','+65 9022 6184','Blk 233 Serangoon Ave 3 #05-112'); INSERT INTO members VALUES(102,'Hiroshi Tanaka','+65 8371 5590','FIN F2267104U');",
        ),
        (
            "assistant",
            "id,name,phone,extra | 101,Bernard Teo Kim Seng,+65 9022 6184,Blk 233 Serangoon Ave 3 #05-112 | 102,Hiroshi Tanaka,+65 8371 5590,FIN F2267104U",
        ),
        (
            "user",
            "Thanks. Add a column overdue_fee: Bernard owes $240 since October and his membership is frozen; Hiroshi is clear.",
        ),
    ],
    [
        (
            "user",
            'Only one user crashes at checkout. logcat: "E/UPSDK( 8812): bindCard failed pan=6225880143257088 holder=ZHOU LAN passport=E87231946 reason=AVS_MISMATCH"',
        ),
        (
            "assistant",
            "AVS_MISMATCH means the billing address sent does not match the issuer's record; the crash itself comes from your code not handling that error, so catch it and show a retry dialog. Please also avoid logging the full card number.",
        ),
        (
            "user",
            "She is a PRC tourist staying at Hotel Boss in Lavender, emailed support twice today about being charged twice. Can you draft a reply to Mdm Zhou?",
        ),
    ],
    [
        (
            "user",
            'Our pharmacy app push failed: {"aps":{"alert":{"body":"Mr Cheung Chi Wai (XA031745(1)), 你嘅 Metformin 500mg 已經可以喺旺角分店取藥"}}} - APNs returns 400 BadDeviceToken.',
        ),
        (
            "assistant",
            "BadDeviceToken means the token belongs to a different environment (sandbox vs production) or the app was reinstalled; it is not about the body. Separately, a patient's name, HKID and medication should not go into a push body.",
        ),
        (
            "user",
            "ok noted. for SMS fallback his number is 9836 4120, can you shorten the message to fit 70 Chinese characters?",
        ),
    ],
    [
        (
            "user",
            '帮我解码一下 shared_prefs 里的这个值：<string name="cache_u">eyJuaWNrIjoi5bCP6IOWIiwicmVhbE5hbWUiOiLpqazkuL0iLCJwaG9uZSI6IjEzNTIyOTA4NDE3IiwiaWRObyI6IjMyMDU4MzE5OTkwODAyNzY0NiJ9</string>',
        ),
        (
            "assistant",
            '这是 Base64，解码后是 {"nick":"小胖","realName":"马丽","phone":"13522908417","idNo":"320583199908027646"}，包含一位用户的真实姓名、手机号和身份证号，建议不要明文缓存。',
        ),
        (
            "user",
            "对，测试时登录了客户马丽的真实账号，现在这台测试机要给外包用，怎么彻底清掉这条缓存？",
        ),
    ],
]
