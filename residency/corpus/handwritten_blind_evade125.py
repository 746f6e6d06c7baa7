# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade125: personal data in mobile app push-notification, crash-report and product-analytics artefacts (push payloads and device tokens, crash breadcrumbs, event exports, deep links, A/B test logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade125
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "crash_breadcrumbs"): _lines("""
        2027-03-14T09:12:44.318+08:00 FATAL [main] java.lang.NullPointerException at com.grabbite.checkout.CartFragment.onResume(CartFragment.kt:212) build 7.41.0 (7410023)
        breadcrumb #17 navigation: /menu/store/ya-kun-kaya-toast-funan -> /cart, ts=1710378764.102, category=ui.lifecycle, level=info
        Sentry event 9f3c2a71e0d84b5f9a6e21c4d7b08e13 | release sg.ferryapp@5.2.1+881 | os iOS 17.4.1 | device iPhone15,3 | free_mem 212MB | thermal=nominal
        Crashlytics issue 4e1b07 affects 0.38% of sessions on Android 14 (Samsung SM-S918B); top frame okhttp3.internal.http2.Http2Stream.takeHeaders; regression since 3.9.0
        breadcrumb http: GET https://api.example-mall.my/v2/stores?state=Selangor&mall=Sunway%20Pyramid status=503 duration_ms=30012 retry=2/3
        ANR in com.kopitiam.rewards: Input dispatching timed out (Waiting because no window has focus), main thread blocked in SQLiteDatabase.rawQuery on table promo_cache
        symbolication failed for dSYM UUID 5C1D9A0E-7F2B-3E44-9B61-0A8C2D5E7F13; re-upload with: firebase crashlytics:symbols:upload --app=1:40512:ios:ab12 ./Pods
        breadcrumb console: "Deep link handled: app://book/harry-potter-and-the-philosophers-stone?edition=bloomsbury-2014" level=debug logger=Router
        Crash-free users 99.62% (7d), crash-free sessions 99.91%; worst build 4.18.2 on Huawei P30 EMUI 12 due to HMS push token refresh loop (issue #2231)
        breadcrumb user_action: tap id=btn_call_hotline label="Call SP Group 1800 222 2333" screen=OutageMap region=Jurong West
        Thread 7 Crashed: com.apple.NSURLSession-delegate 0 libswiftCore.dylib swift_unknownObjectRelease + 28 1 MaybankMAE PushHandler.swift:88
        Escalation: crash cluster KL-ANR-0412 forwarded to vendor support@crashtriage.example.com, SLA P2, fix planned for hotfix 6.3.4 on 2027-03-20
        breadcrumb push: received FCM message_id=0:1710379012%a1b2c3d4f9fd7ecd topic=/topics/weather_alerts_sg priority=high collapse_key=haze_psi
    """),
    ("en", "deep_link_routing_config"): _lines("""
        "applinks": {"details": [{"appIDs": ["9JA89QQLNQ.sg.com.hawkerhub"], "components": [{"/": "/stall/*", "comment": "Tian Tian Hainanese Chicken Rice etc"}]}]}
        https://link.shopapp.my/p/Nasi%20Lemak%20Antarabangsa?utm_source=push&utm_campaign=merdeka2027&sku=NLA-500G-01&lang=en
        intent://promo/%E9%99%88%E6%9D%8E%E6%B5%8E#Intent;scheme=tcmapp;package=com.tcm.store;S.browser_fallback_url=https%3A%2F%2Ftcm.example.cn;end
        route table v14: /u/:handle -> ProfileScreen (auth required), /s/:storeSlug -> StoreScreen, /e/:eventId -> EventScreen; unknown routes fall back to HomeScreen
        assetlinks.json sha256_cert_fingerprints "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5" for com.ferry.batam
        deferred deep link test: open https://go.readhub.sg/book?title=The%20Lord%20of%20the%20Rings&author=J.%20R.%20R.%20Tolkien on clean install, expect BookDetail after onboarding
        Branch link alias "jay-chou-carnival-tour-sg" -> concert page for Jay Chou Carnival World Tour, National Stadium Singapore, tickets from S$118
        Universal link AASA cache bust: CDN path /.well-known/apple-app-site-association, max-age 3600, last purged 2027-02-01 03:00 SGT by deploy pipeline #5521
        QR deep link on table tents: app://order?outlet=Old%20Chang%20Kee%20%40%20Bugis%20Junction&table=T12&lang=en, print run 400 pcs, vendor invoice INV-SG-2027-00318
        Desktop fallback page for app://store/hk-flagship shows: Flagship, Shop 215, Pacific Place, 88 Queensway, Admiralty; store hotline +852 2118 0000
        Deep link param allowlist: campaign, utm_source, utm_medium, sku, store_id, lang; anything else (e.g. email, phone) is stripped before analytics logging
        Firebase Dynamic Links sunset: migrate 3,812 short links on sgeats.page.link to custom domain links.sgeats.com before 25 Aug 2025, owner: growth-platform
        app://map/poi?name=Sultan%20Abdul%20Samad%20Building&lat=3.1488&lng=101.6942&src=heritage_push&zoom=17
    """),
    ("zh-Hans", "推送载荷模板"): _lines("""
        {"aps":{"alert":{"title":"双11预售开启","body":"李宁 超轻20 跑鞋直降200元，点此查看"},"badge":1,"sound":"default"},"campaign_id":"c_1111_lining_01"}
        厂商通道配置：华为 HMS category=MARKETING，小米 channel_id=high_system，OPPO 私信通道需申请，vivo classification=1；营销类每日上限 2 条/设备
        payload.ext 字段为 Base64：eyJwYWdlIjoiY291cG9uIiwiY291cG9uX2lkIjoiQ1AyMDI3MTExMS04OCIsImFtb3VudCI6IjE1LjAwIn0=，客户端解码后跳转领券页
        推送文案待审：“老干妈 风味豆豉 买二送一，今晚 20:00 开抢”，法务意见：需附活动规则链接，不得使用“最”“第一”等极限词
        个推 taskId=RASS_0315_9c1f2e，目标：标签 city_shenzhen AND app_ver>=6.2，预估覆盖 182,340 台设备，到达率 91.4%，点击率 3.2%
        {"msg_type":"notification","title":"王老吉 夏日限定装","content":"全场满99减20","click_action":{"type":1,"intent":"app://activity/summer2027"},"ttl":86400}
        静默推送 content-available=1 用于刷新首页缓存，不展示通知；iOS 后台每小时最多约 2-3 次，测试机型 iPhone 13 / iOS 17.5
        模板变量说明：{{nickname}} 用户昵称，{{city}} 城市，{{coupon_amt}} 券面额；变量为空时回退为“亲爱的用户”，禁止拼接手机号
        推送任务 PT-20270601-003 已撤回：文案误写“孙悟空联名款 6 月 1 日开售”，实际为 6 月 8 日，客服热线 400-611-5188 口径已同步
        极光推送 registration_id 批量校验脚本：参数 --app-key 示例值 25b7c3e0a1f94d6e8c2b1f0a（测试环境），生产 key 存于 KMS，禁止写入代码库
        富媒体推送图片规格：1080×540 像素，JPG ≤ 200KB，CDN 路径 https://img.example.cn/push/2027/cny/banner_02.jpg，缓存 7 天
        {"notification":{"title":"故宫博物院 夜场预约开放","body":"乾隆 时期珍宝展 4 月 10 日起"},"data":{"deeplink":"app://exhibit/qianlong"},"topic":"museum_bj"}
        撤回接口返回 {"code":0,"msg":"success","data":{"revoked":1,"msg_id":"1507326984011"}}，说明消息在送达前已撤回成功
    """),
    ("zh-Hans", "埋点事件导出"): _lines("""
        导出字段：event_date,event_name,platform,app_version,province,event_count,unique_devices,avg_session_sec（按天聚合，不含设备ID）
        2027-05-20,push_open,android,6.4.1,广东省,48213,39102,212 —— 520 活动当天华为通道到达延迟，打开数较前日 +37%
        埋点规范 v3.2：事件名用 snake_case，如 add_to_cart、coupon_claim、live_room_enter；属性值禁止上传手机号、身份证号、精确定位
        神策导出任务 job_88210 完成：2027-06-01 至 2027-06-07，共 12,408,331 行，文件 events_w23.parquet，MD5 7c4e1b9a2f03d58e6a1b0c9d4e2f7a15
        漏斗：首页曝光 1,204,882 → 商品详情 311,907 → 加购 58,320 → 支付成功 21,447，转化率 1.78%；618 主会场较去年同期 +0.4pp
        事件 share_click 属性 share_channel 取值：wechat_session、wechat_timeline、weibo、qq、copy_link；缺失值统一记为 unknown
        {"event":"video_play","props":{"video_id":"v_20270312_77","title":"周杰伦《晴天》MV","duration":269,"network":"wifi"},"ts":1741766400123}
        留存报表：2027-04 新增设备 7 日留存 31.2%，30 日留存 14.8%；渠道 xiaomi_store 最高 36.0%，渠道 oppo_store 最低 27.5%
        event_id 生成规则：UUIDv7，例 01907e2c-3b5a-7d1e-9c0f-2a6b8e4d1f37；服务端按 event_id 去重，去重窗口 24 小时
        数据字典更新：页面 pdp 新增属性 brand_name，示例值“海底捞”“张小泉”“全聚德”“王守义”，用于品牌专区点击统计
        个保法评估结论：events 表仅保留 hashed_install_id（每 90 天轮换盐值），不得与 CRM 会员表关联；审批单号 DPIA-2027-014
        Superset 看板“推送效果周报”SQL：SELECT push_id, count(*) FILTER (WHERE event_name='push_open') AS opens FROM events GROUP BY 1
        异常数据：2027-07-03 14:00-15:00 iOS 端 app_launch 事件重复上报约 2.3 倍，原因为 SDK 4.8.0 重试逻辑缺陷，已在 4.8.1 修复
    """),
    ("zh-Hant", "推播常見問題"): _lines("""
        問：為什麼我收不到推播通知？答：請到「設定 > 通知 > 本App」開啟允許通知，並確認未開啟專注模式；仍有問題請致電客服 (02) 2700-1234。
        問：推播內容會不會包含我的個人資料？答：推播僅顯示活動與訂單狀態摘要，不會顯示完整地址、電話或身分證字號；詳細內容須登入 App 後才可查看。
        香港客戶服務中心：九龍觀塘海濱道 123 號 10 樓，熱線 +852 3188 6600，WhatsApp 客服 +852 5180 2299（辦公時間 09:00-18:00）
        問：深層連結打開後顯示空白頁？答：請更新至 5.8.2 以上版本；舊版不支援 app://tw/store/ 開頭的連結格式。
        澳門區服務：澳門南灣大馬路 619 號 時代商業中心 8 樓，電話 +853 2833 0000，電郵 mo.support@example-ticket.com.mo
        問：如何取消行銷推播但保留訂單通知？答：到「我的 > 通知偏好」關閉「優惠活動」，交易及物流通知將繼續發送，設定約 5 分鐘內生效。
        公司資料：悅讀科技股份有限公司，統一編號 24536806，台北市信義區松仁路 100 號 22 樓，客服信箱 service@yueread.example.tw
        問：App 閃退怎麼辦？答：請到「設定 > 關於 > 傳送診斷報告」，報告僅含機型、系統版本及錯誤堆疊，不含帳號資料，並於 90 天後自動刪除。
        問：推播說「金庸作品集 全套 85 折」是真的嗎？答：是，活動至 2027 年 8 月 31 日，限電子書版本，詳情請見活動頁。
        問：為什麼通知顯示「陳記腸粉 訂單已出餐」？答：陳記腸粉為合作商戶名稱，出餐通知由商戶系統自動發送，如有疑問請聯絡該分店或本平台客服。
        問：推播的「一鍵追蹤」連結安全嗎？答：正式連結均以 https://trk.example.com.hk/ 開頭，物流單號格式如 HK2027031500123，請勿點擊陌生網址。
        系統公告：2027/04/02 02:00-04:00（台北時間）推播伺服器維護，期間通知可能延遲，訂單不受影響，不便之處敬請見諒。
        問：A/B 測試是什麼？答：我們會隨機讓部分使用者看到不同版面的首頁以改善體驗；分組不會影響價格或優惠資格，測試期一般為 2 至 4 週。
    """),
    ("ms", "notis_push_promosi"): _lines("""
        Notis: Pesanan anda daripada Nasi Kandar Pelita sedang disediakan. Anggaran tiba 25 minit. Jejak di app://order/track?ref=ORD-MY-88213047
        {"title":"Jualan Hari Raya","body":"Beli 2 Ramly Burger Special, percuma 1 air tin, hari ini sahaja!","topic":"promo_my_ms","ttl":43200}
        Peringatan: Kemas kini aplikasi ke versi 4.2.0 untuk terus menerima notifikasi. Sokongan versi 3.x akan dihentikan pada 30 Jun 2027.
        Talian bantuan Pos Malaysia 1-300-300-300; untuk status bungkusan, masukkan nombor penjejakan seperti ER123456789MY dalam aplikasi.
        Episod baharu Upin & Ipin kini di app://tonton/upin-ipin-musim-18: Kak Ros dan Opah sediakan juadah raya. Tonton percuma dengan iklan.
        Syarikat: KedaiPintar Sdn. Bhd. (No. Syarikat 202101034567 (1432108-X)), Lot 3-2, Menara Mutiara, Jalan Ampang, 50450 Kuala Lumpur.
        payload data.b64 = eyJwcm9tbyI6Ik1FUkRFS0EyNyIsImRpc2thdW4iOiJSTTEwIiwibWluX2JlbGFuamEiOiJSTTUwIn0= (nyahkod di klien sebelum papar sepanduk)
        Tawaran Marrybrown: Set Nasi Marrybrown + air RM12.90 di semua cawangan Lembah Klang sehingga 31 Ogos. Tekan untuk lihat cawangan terdekat.
        Jadual siaran: push "Selamat Hari Malaysia" dihantar 16/9 jam 09:00 ke topik all_my, anggaran 1.2 juta peranti, kadar buka sasaran 4%.
        Notis: Lagu baharu Siti Nurhaliza kini dalam Senarai Main Pilihan Minggu Ini. Dengar sekarang di app://playlist/pilihan-minggu-ini
        Pautan WhatsApp perniagaan: https://wa.me/60327301234?text=Saya%20ingin%20tanya%20promosi%20Ramly%20Burger (talian korporat)
        Amaran keselamatan: Kami tidak akan meminta nombor MyKad atau OTP melalui notifikasi. Laporkan notis palsu ke scam@kedaipintar.example.my.
        Notis Muzium Negara: Pameran "Tunku Abdul Rahman dan Kemerdekaan" dibuka 31 Ogos 2027, Jalan Damansara, Kuala Lumpur. Tiket RM5.
    """),
    ("ms", "log_ujian_ab"): _lines("""
        Ujian A/B exp_home_banner_v3: varian A (sepanduk statik) CTR 2.14%, varian B (karusel) CTR 2.61%, p=0.012, n=184,220 sesi, B menang
        [2027-04-10 10:15:02 MYT] INFO exp=checkout_cta_color bucket=B alokasi 50/50 salt=ckc2027 negara=MY platform=android versi=5.6.0
        Konfigurasi Remote Config: parameter push_time_window = "20:00-22:00", syarat: negara == MY && bahasa == ms, peratus pelancaran 25%
        Keputusan ujian notifikasi: tajuk dengan emoji ketupat meningkatkan kadar buka 0.8 mata peratusan berbanding tanpa emoji (95% CI 0.3-1.3).
        Log: exp_id=EXP-0412 status=DIHENTIKAN sebab=SRM dikesan (nisbah 52.9/47.1, chi2 p<0.001), pemilik=pasukan Pertumbuhan, tiket GROW-1288
        Segmen sasaran ujian: pengguna baharu 7 hari, negeri Johor/Melaka/Pulau Pinang, tidak termasuk peranti emulator; saiz dianggarkan 41,000
        Ringkasan mingguan: 6 eksperimen aktif, 2 selesai, 1 dihentikan; pesanan per pengguna naik 1.9% dalam varian penghantaran percuma
        Eksperimen nama_kedai_dalam_tajuk: "Pesanan Village Park Restaurant anda sedang dihantar" vs "Pesanan anda sedang dihantar", varian nama kedai +6% buka
        hash peruntukan = murmur3("exp_pricing_v2" + install_id) mod 100; bucket 0-49 kawalan, 50-99 rawatan; install_id tidak disimpan dalam log
        Eksport Statsig: 2027-05-02,exp_onboarding_bm,treatment,day1_retention,0.4412,control,0.4187,lift +5.37%,sig=ya
        Nota QA: varian C paparan Jawi gagal render pada Android 9 (Vivo Y11), fon Noto Naskh tidak dimuatkan; eksperimen ditangguh ke sprint 27
        Flag ciri: new_wallet_ui = true untuk 10% pengguna di Sabah dan Sarawak mulai 3/6/2027; rollback automatik jika kadar ranap > 0.5%
        Ujian salinan: "Jimat RM8 dengan Touch 'n Go eWallet" vs "Bayar guna TNG, dapat RM8", perbezaan tidak signifikan (p=0.41), kekal varian asal
    """),
    ("mixed", "staff_release_chat"): _lines("""
        [Android组] 7.2.0 灰度 10% 已开, crash-free 99.7%, 暂时 OK. iOS 那边 TestFlight build 7201 still waiting for review, 预计明早过审
        @oncall 今晚 push campaign "CNY 团圆饭" scheduled 19:30 SGT, topic=sg_zh, 麻烦 double-check 文案 有冇 typo 先
        FYI crash spike 係 Xiaomi MIUI 14 個 WebView 問題, 唔關我哋 code 事, workaround 已 merge 落 release/6.9 branch (PR #4471)
        Boss 话 A/B test exp_push_copy_v4 跑够 14 日先 call winner, 唔好 peek 住 p-value 就收, sample size 计过要 220k sessions
        Server team: APNs cert 到期日 2027-09-14, sila renew sebelum 1 Sept, kalau tak semua iOS push akan fail. Ticket OPS-3310
        有冇人知 Sentry quota 点解爆咗? 今日已经用咗 4.8M events, 主要係 breadcrumb level=debug, 我而家改 sample rate 0.2
        Marketing 要求 deep link app://brand/tiger-balm 加 utm_campaign=haw_par_villa_2027, 我已经 update 咗 Branch dashboard, 请 QA 验证
        Reminder: analytics export 唔可以包含 email / phone 栏位, DPO 已经讲咗好多次, 所有 CSV 出街前要跑 pii_scan.py
        Release notes 6.9.0 已放 Confluence: 修复 Android 14 推送图标变白, 新增 Bahasa Melayu 本地化, 冷启动优化 -180ms
        KL office 明天 AC 维修, 大家 WFH ok? Stand-up 改 Zoom 10:00 MYT, link 喺 calendar invite 入面
        Dashboard 显示 push_open rate 由 3.1% 跌到 1.9%, 查咗系 HMS token 失效, 华为机 ~18% 收唔到, 已开 incident INC-0927
        Apple 审核 reject 咗: Guideline 4.5.4 push notifications 唔可以用作广告 unless opt-in, 要加 marketing 开关先再 submit
        Staging 测试账号 test_qa_01 / test_qa_02 密码喺 1Password vault "Mobile QA", 唔好贴喺 group 度, thanks
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        FCM send: {"token":"eJx7Qm2:APA91bHk3vQ8pLw0zR6tYc","notification":{"title":"Hi Marcus Teo Jun Hao","body":"Your refill of metformin 500mg at Guardian Tampines is ready"}}
        breadcrumb http: POST /v1/kyc/submit body={"nric":"S8834521E","full_name":"Lim Shu Fen","dob":"1988-06-12"} status=422 reason=selfie_mismatch
        push payload data.u = eyJ1aWQiOjg4MjEzLCJuYW1lIjoiUmFjaGVsIEdvaCIsInBob25lIjoiKzY1OTE4NDcyNjMiLCJhZGRyIjoiQmxrIDQxMiBCZWRvayBOb3J0aCBBdmUgMiAjMDgtMTE1In0=
        Crashlytics custom keys: user_email=darren.ong.kh@gmail.com, last_screen=LoanRepayment, outstanding_balance=S$14,230.55, days_past_due=63
        app://reset?email=priya.nair1991%40yahoo.com.sg&token=8f2c91 opened from push campaign pw_reset_0412 on Pixel 7
        A/B log: exp=refill_reminder bucket=B user="Kenneth Yeo" med=HIV PrEP (Truvada) reminder_time=21:00 opened=true
        Sentry user context {"id":"u_550912","username":"auntie_gek","ip_address":"203.116.45.87"}; her feedback: son keeps borrowing from loan apps, owes S$9k
        support note: crash screenshot shows Grace Lee's DBS account 072-418263-9 and balance S$2,314.60 on the PayNow transfer screen
        push target msisdn=+6581234876 campaign=cny_angpao status=delivered latency_ms=812
        event export row: 2027-03-02T22:41:07+08:00,app_open,ios,6.1.0,"Wong Kar Hoe","31 Jalan SS2/24, Petaling Jaya",+60 12-731 4482
        In-app survey free text (session 7d1f): "Pls stop sending baby product ads, I lost the pregnancy in March. Melissa Chua"
        Hex custom key crash_ctx=6e616d653d41686d6164204661697a616c2062696e20526f736c693b69633d3930303531322d31342d35363733 found in ANR trace of build 5.4.2
    """),
    "zh-Hans": _lines("""
        推送日志：target_alias=13917284650，title="张伟明先生，您的信用卡本期账单 ¥23,480.16 已逾期 15 天"，channel=huawei，status=delivered
        崩溃面包屑：page=RealNameAuth params={"id_no":"440304198806123078","name":"刘晓燕"} 上传失败 errno=-1009
        深链接：app://chat/open?peer=%E7%8E%8B%E7%A7%80%E5%85%B0&mobile=15820937461&from=push，来源短信召回活动
        埋点导出：user_nick=阿明,手机号=13602718845,province=广东,event=loan_apply,amount=50000,purpose=还网贷
        客服工单备注：陈先生反映 App 推送把他的体检结果“乙肝表面抗原阳性”显示在锁屏上，被同事看到，要求删除并赔偿
        个推透传消息 Base64：eyLmlLbku7bkuroiOiLotbXkuL3lqJ8iLCLlnLDlnYAiOiLkuIrmtbfluILlvpDmsYfljLrmvJXmuqrljJfot68gODgg5byEIDUg5Y+3IDEyMDIg5a6kIiwi55S16K+dIjoiMTg2MjEwOTQ1MzcifQ==
        A/B 实验日志：exp=离婚律师广告_v2 bucket=B 用户“周建华”近 7 天搜索“离婚财产分割”“抚养权”共 14 次，已命中高意向人群包
        埋点异常：OPPO Reno8 上报的 event_props 含明文 bank_card=6222 0214 0038 7561 209，持卡人 孙婷
        车主服务推送：尊敬的粤B·7K2Q9 车主，您的车辆于 3 月 12 日在深南大道违章停车，罚款 200 元，请及时处理
        崩溃报告附件：截图中可见微信聊天“小芳，你妈住院的钱我下周一定还你 3 万”，发送人昵称“老黄”
        事件导出行：2027-02-14,gift_send,android,"mei.lin0214@163.com",北京市朝阳区望京西园三区 312 楼 6 单元 501,rose_x99
    """),
    "zh-Hant": _lines("""
        推播 payload：{"title":"林太您好","body":"提醒您 3 月 18 日 養和醫院 產檢（懷孕 24 週）","hkid":"K528173(3)"}
        當機報告 breadcrumb：表單 field=身分證字號 value=A228157345 field=手機 value=0928-331-457 screen=實名認證
        深層連結：app://tw/member?n=%E9%BB%83%E5%BF%97%E8%B1%AA&addr=%E5%8F%B0%E4%B8%AD%E5%B8%82%E8%A5%BF%E5%B1%AF%E5%8D%80%E7%A6%8F%E6%98%9F%E8%B7%AF%20123%20%E5%B7%B7%208%20%E8%99%9F%203%20%E6%A8%93&src=push_reengage
        A/B 測試紀錄：實驗 債務整合貸款_v3，組別 B，用戶 李家偉（阿偉），信用卡欠款 NT$486,000，已推送「一次還清」文案 3 次
        推播發送記錄：to=+852 6318 2049，內容「陳生，你嘅強積金戶口結餘已更新」，狀態 已送達
        事件匯出 CSV：2027-01-09,appointment_book,ios,"何美玲",Y604218(8),"精神科 覆診",九龍灣 德福花園 P 座 12 樓 E 室
        Base64 自訂欄位：eyJuYW1lIjoi6YSt5reR6IqsIiwidGVsIjoiKzg4NiA5MTIgNjA0IDMxOCIsIm5vdGUiOiLlhYjnlJ/kuIrlgIvmnIjooqvorablr5/luLbotbDvvIzlranlrZDmmqvkvY/pmL/lrKTlrrYifQ==
        澳門客戶投訴：梁小姐表示 App 將她的薪資 MOP 18,500 及欠款通知推送到舊手機，該手機已轉給前夫使用
        當機日誌：NSException in PaymentVC，userInfo={card_holder="吳俊傑", card_no="4563 5180 2274 9916", exp="08/29"}
    """),
    "ms": _lines("""
        Notis tolak: "Encik Hafiz bin Kamarudin, ansuran kereta RM1,120 tertunggak 2 bulan. Hubungi kami sebelum tindakan tarik kenderaan."
        Log ranap: borang eKYC dihantar dengan no_mykad=880214-10-6324, nama=Nurul Aina binti Zakaria, telefon=019-382 7710
        Pautan dalam: app://klinik/temujanji?pesakit=Siti%20Khadijah%20binti%20Omar&diagnosis=diabetes%20jenis%202&ic=750903-01-5128
        Eksport acara: 2027-04-11,sembang_kumpulan,android,mesej="Kak Yam Blok C Flat Sri Kota dah 3 bulan tak bayar hutang RM3,500 kat aku"
        Payload Base64: eyJuYW1hIjoiTGVlIE1laSBMaW5nIiwiYWxhbWF0IjoiTm8uIDI3LCBKYWxhbiBNYXdhciAzLCBUYW1hbiBCdWtpdCBJbmRhaCwgODEyMDAgSm9ob3IgQmFocnUiLCJ0ZWwiOiIrNjAgMTYtNzc1IDIwOTMifQ==
        Ujian A/B: pengguna Rajesh a/l Subramaniam (kumpulan B) menerima notis "Keputusan ujian HIV anda sedia" di skrin kunci, aduan diterima 3/5
        Nombor akaun Maybank 5642 1103 8827 milik Faridah binti Yusof tercetak dalam breadcrumb log checkout versi 3.8.1
        Notis: kenderaan WXY 4127 milik pelanggan dikesan di tempat letak kereta Mid Valley, saman RM50 belum dibayar
        Maklum balas dalam app: "Saya Zulkifli, isteri saya baru bersalin di Hospital Ampang, tolong tangguh bayaran PTPTN saya" e-mel zul.kifli82@gmail.com
    """),
    "mixed": _lines("""
        Sentry breadcrumb [SG]: user_name="Tan Ah Kow 陈亚九" nric=S7719264F 病历: 中风后康复, 3 次 missed appointment at TTSH
        push log: to=+65 9156 2283, body="阿Ling, 你 June 的 rent S$1,850 还没转, landlord 话再拖就报警"
        deep link: app://pay?to=Irfan%20Wong&acc=CIMB%207063%204418%2022&memo=hutang%20judi%20bulan%205&src=push
        埋点 row: 2027-06-18,sos_button,android, FIN G5523018N, worker Nguyen Van Hung, dorm Tuas South, 工伤 left hand fracture, employer 未报 MOM
        A/B exp=salary_advance_v2 variant=B 用户 Jason Lim Zi Xuan 月薪 S$3,200, 已预支 3 次, employer 要求 payroll deduction
        Crash report contact card dump: "Mum 妈咪" +60 12-558 0374, "Ah Boy 阿仔" +60 11-2093 6618, home 3, Lorong Bunga Raya 5, Taman Melawati, 53100 KL
        HK push: {"alias":"852-6123-0957","msg":"黃太, your divorce hearing 家事法庭 moved to 14/5 09:30, please bring HKID P381945(4)"}
        JWT payload in crash header: eyJzdWIiOiJ1XzIwODgxIiwiZW1haWwiOiJhaG1hZC5sYWlAb3V0bG9vay5teSIsImljIjoiOTIwMzE4LTA4LTY2NzEiLCJyb2xlIjoiY3VzdG9tZXIifQ
        澳門 A/B 紀錄：experiment=loan_reminder_zh_pt，用户 Sr. António Lei 李國強，欠款 MOP 62,000，電話 +853 6688 2145
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a crash-triage assistant for the ShopLah mobile app team in Singapore. Summarise crashes and flag any personal data before tickets are filed.",
        ),
        (
            "user",
            'Can you summarise this Sentry event? breadcrumb: navigation /checkout -> /address; http POST /v2/address body={"recipient":"Benjamin Koh Wei Jie","unit":"#12-304","block":"218 Sengkang East Way","mobile":"+65 9734 1186"} status=500',
        ),
        (
            "assistant",
            "The crash is a 500 from POST /v2/address during checkout. Note the breadcrumb captured the full body, including a recipient name (Benjamin Koh Wei Jie), home address and mobile number. Please mask the body before filing the ticket and set the HTTP breadcrumb to drop request bodies.",
        ),
        ("user", "Thanks. Write a one-line Jira title without the personal bits."),
        (
            "assistant",
            "Checkout: POST /v2/address returns 500 after address step (Android 7.2.0), breadcrumb logs request body.",
        ),
    ],
    [
        (
            "user",
            "帮我解一下这个推送透传的 Base64，看看客户端为什么跳错页：eyJwYWdlIjoib3JkZXIiLCJvcmRlcl9pZCI6IlNPMjAyNzA2MTgwMDQ1MiIsImJ1eWVyIjoi6ams5L+K5bOwIiwidGVsIjoiMTM3ODgyMDQ1MTkiLCJhZGRyIjoi5p2t5bee5biC6KW/5rmW5Yy65paH5LiJ6LevIDI1OSDlj7cgMyDluaIgNjAyIn0=",
        ),
        (
            "assistant",
            "解码后是 JSON：page=order，order_id=SO2027061800452，另外还带了买家姓名 马俊峰、手机号 13788204519 和收货地址。跳错页大概率是因为客户端只认 page=order_detail。另外，透传里不应该放买家的姓名、电话和地址，建议只下发 order_id，由客户端拉取详情。",
        ),
        ("user", "明白，那 page 字段改成 order_detail 就行？"),
        (
            "assistant",
            "是的，同时把 buyer、tel、addr 三个字段从推送模板里删掉，再用测试设备验证一次跳转。",
        ),
    ],
    [
        ("system", "你是一間香港診所 App 的推播文案助手，請用繁體中文及廣東話口語。"),
        (
            "user",
            "幫我寫條提醒推播：病人 區麗珊 小姐，明日（5 月 9 日）下午 3 點喺旺角診所覆診，糖尿病 驗血前要空腹 8 小時，佢電話 9427 5518。",
        ),
        (
            "assistant",
            "建議推播唔好寫病人全名同病症，鎖屏會俾人睇到。可以咁寫：「你好！提提你明日 5 月 9 日下午 3:00 喺旺角診所有預約，驗血前請空腹 8 小時。」詳細資料放喺 App 入面，登入先睇到。",
        ),
        ("user", "好，咁 SMS 版本呢？"),
        (
            "assistant",
            "SMS 版本：「【診所提示】你明日 5/9 15:00 有預約，請空腹 8 小時。查詢請致電診所熱線。」同樣唔包括姓名及病症。",
        ),
    ],
    [
        (
            "user",
            'Tolong semak baris eksport acara ni, kenapa kolum tak sejajar: 2027-08-01,daftar_akaun,android,"Mohd Shahrul bin Ismail",850726-05-5391,"No. 14, Jalan Kenanga 2, Taman Seremban Jaya",012-665 8302',
        ),
        (
            "assistant",
            "Baris ini ada 7 nilai manakala pengepala anda mungkin hanya 5 kolum. Tetapi perhatian: baris ini mengandungi nama penuh, nombor MyKad 850726-05-5391, alamat rumah dan nombor telefon. Data ini tidak sepatutnya ada dalam eksport analitik.",
        ),
        ("user", "Ok, jadi apa patut buang?"),
        (
            "assistant",
            "Buang nama, MyKad, alamat dan telefon. Simpan hanya tarikh, nama acara dan platform, atau gantikan pengenal dengan ID pemasangan yang dicincang.",
        ),
    ],
    [
        (
            "system",
            "You are an experimentation analyst bot for a Singapore fintech. Reply in English; staff may write in Chinese.",
        ),
        (
            "user",
            "帮我看 exp_payday_push 的 outlier: user 7731 Serene Ho Pei Shan 收入 S$2,450, 欠 Atome S$3,980, variant B 连续 9 天打开 push 但都没还款, 要不要 exclude?",
        ),
        (
            "assistant",
            "Excluding a single user based on behaviour would bias the result; keep them in and use a trimmed mean or a winsorised metric instead. Also, please don't paste a customer's name, income and debt into chat; refer to them by the pseudonymous experiment ID only.",
        ),
        ("user", "ok noted, so just winsorise at p99?"),
        ("assistant", "Yes, winsorise repayment amount at p99 for both arms and rerun the t-test."),
    ],
    [
        (
            "system",
            "Customer context for this session: name=Chloe Tan Hui Min, phone=+65 8126 3047, email=chloe.thm@gmail.com, plan=Premium, last crash=2027-09-02 on iPhone 14. Help the support agent reply.",
        ),
        (
            "user",
            "She says the app crashes every time she opens the push about her parcel. What should I tell her?",
        ),
        (
            "assistant",
            "Tell her the crash on the parcel notification is a known issue in version 8.3.0, fixed in 8.3.1, and ask her to update from the App Store. If it still crashes, she can go to Settings > Help > Send report, which attaches the crash log without her messages.",
        ),
    ],
    [
        (
            "user",
            "这个深链接打开后地址栏乱码，帮我看看：app://delivery/confirm?name=%E9%BB%84%E4%B8%BD%E8%90%8D&addr=%E6%88%90%E9%83%BD%E5%B8%82%E6%AD%A6%E4%BE%AF%E5%8C%BA%E7%A7%91%E5%8D%8E%E5%8C%97%E8%B7%AF%2065%20%E5%8F%B7%202%20%E6%A0%8B%201%20%E5%8D%95%E5%85%83%20803&phone=17708236614",
        ),
        (
            "assistant",
            "链接里的中文已经做了 URL 编码，解出来是收件人 黄丽萍、地址 成都市武侯区科华北路 65 号 2 栋 1 单元 803，电话 17708236614。乱码是因为客户端又编码了一次（双重编码）。修复：接收端只解码一次。另外建议深链接只带 delivery_id，不要把收件人姓名、地址和电话放进 URL，这些会进到埋点和崩溃日志里。",
        ),
        ("user", "好的，我让后端改成只传 delivery_id。"),
    ],
    [
        ("system", "你是台灣一家電商 App 的當機分析助理。"),
        (
            "user",
            "這份 crash report 的 custom keys 有問題嗎？last_form=實名認證, id_no=F126603918, real_name=蔡宜蓁, birthday=1991-03-07, crash=EXC_BAD_ACCESS in OCRScanner.swift:214",
        ),
        (
            "assistant",
            "當機本身是 OCRScanner.swift 第 214 行的 EXC_BAD_ACCESS，可能是相機影像緩衝區已被釋放。但 custom keys 寫入了身分證字號、真實姓名及生日，這些個資會被傳到 Crashlytics 境外伺服器，請立即移除這三個 key，並申請刪除已上傳的事件。",
        ),
        ("user", "要怎麼申請刪除？"),
        (
            "assistant",
            "在 Firebase Console 的 Crashlytics 頁面找到該 issue，使用刪除資料功能，或透過 Firebase 支援提出刪除請求，並在內部留下處理紀錄。",
        ),
    ],
    [
        (
            "user",
            'Pelanggan marah sebab dapat notis tolak pasal hutang. Teks: "Puan Norhayati binti Abdul Latif, baki pinjaman peribadi RM7,860 anda tertunggak 90 hari". Token peranti: f3a91c07d2b84e6a9c15e0b7d42f8a63c1e09b5d7a2f46e8b3c0d91e5a7f2b64. Macam mana nak balas?',
        ),
        (
            "assistant",
            'Mohon maaf kepada pelanggan kerana maklumat hutang dipaparkan pada skrin kunci. Cadangan balasan: "Puan, kami memohon maaf. Notifikasi akan datang hanya meminta Puan membuka aplikasi untuk melihat mesej penting, tanpa butiran akaun." Ubah templat notis supaya tidak memaparkan nama dan baki.',
        ),
        ("user", "Baik, terima kasih."),
    ],
    [
        (
            "system",
            "You help a Macau hotel app team review A/B test logs. Answer in English or Chinese as asked.",
        ),
        (
            "user",
            'Check this log line: exp=vip_upsell_v5 bucket=A guest="Lam Ka Man 林嘉雯" room=2316 passport=K73019284 spend_7d=MOP 148,000 note="casino credit overdue"',
        ),
        (
            "assistant",
            "這行日誌包含住客全名、護照號碼、房號、消費金額及賭場欠款備註，屬個人資料，不應出現在 A/B 測試日誌。請改為只記錄 bucket 及匿名化的 guest_key，並清理已存日誌。",
        ),
        ("user", "OK, what should the minimum log line look like?"),
        (
            "assistant",
            "exp=vip_upsell_v5 bucket=A guest_key=<salted hash> spend_band=high converted=false",
        ),
    ],
]
