# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade83: personal data in mobile and web analytics events (Firebase, Mixpanel, GA4 exports, session replays, A/B test logs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade83
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "firebase_ga4_event_export"): _lines("""
        {"event_date":"20241118","event_name":"screen_view","event_params":[{"key":"firebase_screen","value":{"string_value":"CheckoutFragment"}},{"key":"engagement_time_msec","value":{"int_value":4120}}],"platform":"ANDROID","app_info":{"version":"5.12.0"}}
        {"event_name":"purchase","event_params":[{"key":"transaction_id","value":{"string_value":"T-5590023417"}},{"key":"value","value":{"double_value":129.9}},{"key":"currency","value":{"string_value":"SGD"}}],"items":[{"item_id":"SKU-88120-BLK","item_name":"Wireless Earbuds Pro"}]}
        {"event_name":"sign_up","event_params":[{"key":"method","value":{"string_value":"google"}}],"user_id":null,"device":{"category":"mobile","operating_system":"iOS","operating_system_version":"iOS 17.5.1"},"geo":{"country":"Malaysia","region":"Selangor"}}
        {"event_name":"click_to_call","event_params":[{"key":"link_text","value":{"string_value":"Call our hotline"}},{"key":"tel","value":{"string_value":"1800-222-8888"}},{"key":"page_location","value":{"string_value":"https://www.harbourfront-insure.sg/contact-us"}}]}
        {"event_name":"app_exception","event_params":[{"key":"fatal","value":{"int_value":0}},{"key":"description","value":{"string_value":"java.lang.IllegalStateException: Fragment PaymentSheet not attached to a context"}}]}
        {"event_name":"form_submit","event_params":[{"key":"form_id","value":{"string_value":"kyc_step_2"}},{"key":"nric","value":{"string_value":"[REDACTED]"}},{"key":"full_name","value":{"string_value":"[REDACTED]"}},{"key":"mobile","value":{"string_value":"[REDACTED]"}}]}
        {"event_name":"view_item","event_params":[{"key":"item_name","value":{"string_value":"Harry Potter and the Philosopher's Stone (Paperback)"}},{"key":"isbn","value":{"string_value":"978-1-4088-5565-2"}},{"key":"price","value":{"double_value":16.9}}]}
        page_view | page_location=https://www.kedaibaju.com.my/search?q=baju%20kurung%20moden&utm_source=facebook&utm_medium=paid_social&utm_campaign=raya2025 | page_referrer=https://l.facebook.com/
        {"event_name":"select_content","event_params":[{"key":"content_type","value":{"string_value":"article"}},{"key":"item_id","value":{"string_value":"anwar-ibrahim-tables-budget-2025"}},{"key":"section","value":{"string_value":"Nation"}}]}
        {"event_name":"appointment_slot_viewed","event_params":[{"key":"clinic","value":{"string_value":"Tan Tock Seng Hospital - Eye Centre"}},{"key":"slot_bucket","value":{"string_value":"AM"}},{"key":"lead_time_days","value":{"int_value":9}}]}
        firebase_campaign | source=google | medium=cpc | campaign=sg_cny_2025 | term=postpaid 5g plan | content=ad_variant_3
        [Firebase DebugView] emulator-5554 (sdk_gphone64_x86_64) -> add_to_cart: item_id=SKU-40231, quantity=2, value=59.80, currency=MYR, debug_mode=1
        {"event_name":"share","event_params":[{"key":"method","value":{"string_value":"WhatsApp"}},{"key":"content_type","value":{"string_value":"promo"}},{"key":"item_id","value":{"string_value":"RAYA25"}}]}
        GA4 user-scoped custom definitions: membership_tier (Gold/Silver/Basic), preferred_language (en/ms/zh), push_enabled (true/false). Free-text user properties are not allowed.
    """),
    ("en", "mixpanel_segment_code"): _lines("""
        mixpanel.track("Checkout Started", {"cart_value": cart.total, "items": cart.items.length, "coupon": cart.coupon || null});
        mixpanel.identify(hashUserId(user.id)); // never pass email or phone as distinct_id, see PRIV-212
        mixpanel.people.set({"$email": "{{customer.email}}", "$name": "{{customer.first_name}} {{customer.last_name}}"}); // rendered server-side, consented users only
        GET https://api-js.mixpanel.com/track/?data=eyJldmVudCI6IkFwcCBPcGVuIiwicHJvcGVydGllcyI6eyJ0b2tlbiI6IjNmOWExYzBlN2IyZDRhNmYiLCIkb3MiOiJBbmRyb2lkIiwiJGFwcF92ZXJzaW9uX3N0cmluZyI6IjcuNC4xIiwibXBfbGliIjoiYW5kcm9pZCIsIiRpbnNlcnRfaWQiOiJlMWI3YzJkOTBhNGYifX0=&ip=0&verbose=1 -> 200 {"status":1,"error":null}
        analytics.identify({ plan: 'free', locale: 'ms-MY', app_version: '3.8.2', signup_channel: 'tiktok_ads' });
        Mixpanel Lexicon | "Payment Failed" | error_code (string: CARD_DECLINED, 3DS_TIMEOUT, INSUFFICIENT_FUNDS) | gateway (Stripe, iPay88, 2C2P) | amount_bucket (0-50, 50-200, 200+)
        const SENSITIVE_KEYS = ["email", "phone", "nric", "mykad", "hkid", "card_number", "address"]; // stripped in beforeSend()
        Mixpanel insights export | event=Sign Up | date=2024-11-18 | total=4,812 | uniques=4,377 | country=MY | platform=Android 71% / iOS 29%
        {"type":"track","event":"Order Completed","properties":{"order_id":"MY-2024-0091837","revenue":245.5,"currency":"MYR","shipping_method":"J&T Express"},"context":{"library":{"name":"analytics.js","version":"4.1.0"}}}
        Staging QA login: qa.tester01@example.com / +65 0000 0000 (dummy account, SMS disabled, resets nightly)
        $device_id is a random UUID regenerated on reinstall; $user_id is set only after login and is our internal numeric id, never an e-mail address.
        mixpanel.register({"ab_checkout_copy": "variant_b", "build": "a3f9c1e", "release_channel": "beta"});
        Export API call: Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJtaXhwYW5lbC1leHBvcnQtYm90Iiwic2NvcGUiOiJleHBvcnQ6cmVhZCIsInByb2plY3RfaWQiOjIyODc3MTQsImV4cCI6MTczNTY4OTYwMH0.a9Kd2LmQ7rT1xV4cN8bZ0eW3sF6hJ5uYgP2oIkR7tQw (service account, read-only, rotates monthly)
    """),
    ("zh-Hans", "埋点与事件日志"): _lines("""
        {"event":"page_view","properties":{"page_name":"商品详情","sku":"100038275519","price":"¥1,299","$os":"iOS","$app_version":"8.3.0"}}
        埋点规范第4条：手机号、身份证号、收货地址一律不得作为事件属性上报，user_id 只能使用内部自增ID的哈希值
        事件 search 上报样例：keyword=%E8%93%9D%E7%89%99%E8%80%B3%E6%9C%BA（即“蓝牙耳机”），result_count=238，from=首页搜索框
        submit_order 成功 order_id=DD202411180093417 支付方式=微信支付 实付=¥86.50 配送=次日达 优惠券=满199减20
        客服热线点击事件 tel=400-820-8820，页面=/help/contact，当日点击 1,204 次，较昨日 +6%
        A/B 实验 exp_homepage_banner_1111：对照组转化率 3.12%，实验组 3.47%，p=0.018，每组样本量 52,400
        {"event":"read_chapter","properties":{"book":"红楼梦","chapter":"第二十七回","character_tag":"林黛玉","duration_sec":742}}
        上报失败日志 2024-11-18 09:41:07 [Firebase] flush error code=413 payload too large, batch_size=200, retry in 30s
        {"event":"appointment_page_view","properties":{"hospital":"北京协和医院","department":"心内科","source":"小程序","is_logged_in":false}}
        用户属性表允许字段：vip_level(int)、register_channel(string)、city_level(一线/新一线/二线)、is_new_user(bool)；禁止字段：real_name、id_card、mobile
        字段编码说明："category":"\\u6570\\u7801\\u914d\\u4ef6"（解码为“数码配件”），属于商品类目，不含个人信息
        {"event":"coupon_claim","properties":{"coupon_id":"CPN-88-2024-1111","face_value":20,"threshold":199,"channel":"企业微信社群"}}
        运营日报 11月18日：DAU 312,456，新增 18,230，次日留存 41.2%，人均使用时长 11分34秒
        {"event":"news_click","properties":{"title":"袁隆平院士杂交水稻研究成果回顾","column":"科技","position":3}}
    """),
    ("zh-Hant", "工作階段重播"): _lines("""
        重播 #A-20241118-0412：00:12 開啟 App／00:19 點擊「會員中心」／00:27 輸入框 #phone 顯示為 ●●●●●●●●（已遮蔽）／00:35 離開
        Session replay 隱私設定：所有 input、textarea 預設遮蔽，data-private 元素不錄製，信用卡欄位以 iframe 隔離
        熱點圖摘要：結帳頁「使用優惠碼」按鈕點擊率 18.4%，比上週下降 2.1 個百分點
        Rage click 偵測：/checkout/payment 的「確認付款」按鈕，過去 24 小時共 312 個工作階段出現連續 5 次以上點擊
        {"type":3,"data":{"source":5,"id":142,"text":"*********","isChecked":false}}，rrweb 輸入事件，值已被 maskAllInputs 取代
        重播標記：「地址自動完成下拉選單在 iOS 17 Safari 被鍵盤遮住」，影響 7.8% 的行動版工作階段
        錯誤回放：TypeError: Cannot read properties of undefined (reading 'hkidCheckDigit') at validate.js:88:17
        轉換漏斗（香港）：瀏覽商品 100% → 加入購物車 23.6% → 結帳 11.2% → 付款成功 8.9%
        重播篩選條件：country = 台灣 AND page contains "/loan/apply" AND duration > 120s，共 846 筆
        客服專線點擊：撥打 0800-088-123（免付費），來源頁面 /faq/refund，本週 2,318 次
        {"page":"/store/locator","selected_store":"誠品書店 信義店","action":"get_directions"}
        工作階段重播保留 30 天，到期自動刪除；匯出原始重播檔需經資料保護長書面核准
        {"event":"video_play","params":{"title":"李安談《臥虎藏龍》幕後","progress":"25%","source":"首頁推薦"}}
    """),
    ("ms", "log_ujian_ab"): _lines("""
        Eksperimen onboarding_v5: kumpulan A (kawalan) kadar aktivasi 38.2%, kumpulan B (tutorial video) 42.7%, signifikan pada p<0.05
        Log tugasan: exp_id=harga_raya_2025 varian=B peratus_trafik=50 tarikh_mula=2025-03-01 tarikh_tamat=2025-03-31
        Peringatan: jangan masukkan no. IC, nombor telefon atau e-mel pelanggan dalam parameter acara; guna ID dalaman sahaja
        {"event_name":"klik_banner","params":{"payload_b64":"eyJrZW1wZW4iOiJKdWFsYW4gTWVyZGVrYSIsInZhcmlhbiI6IkIiLCJrZWR1ZHVrYW4iOjJ9","platform":"android"}}
        Keputusan ujian A/B butang "Beli Sekarang" hijau lawan oren: oren menang dengan peningkatan CTR 6.3%
        Templat notifikasi tolak: "Hai {nama_pertama}, troli anda masih menunggu! Guna kod {kod_promo} sebelum {tarikh_tamat}."
        Acara hubungi_kami: pengguna tekan talian khidmat pelanggan syarikat 1-300-88-1234 dari halaman /bantuan (1,027 klik minggu ini)
        Ralat Remote Config: parameter "harga_langganan" tiada nilai lalai untuk platform iOS, guna nilai sandaran RM 19.90
        {"event_name":"lihat_artikel","params":{"tajuk":"Tun Dr. Mahathir lancar buku baharu","kategori":"Politik","sumber":"push"}}
        Segmen khalayak "pengguna_aktif_johor": 12,480 pengguna, purata 4.2 sesi seminggu, 63% guna Android
        Laporan mingguan: 3 acara rosak (tambah_troli, bayar_berjaya, log_masuk) selepas kemas kini 6.1.0, dibaiki dalam 6.1.1
        {"event_name":"lihat_slot_temujanji","params":{"klinik":"Hospital Sultanah Aminah","jabatan":"Ortopedik","slot":"pagi"}}
        Taburan jualan ikut poskod (3 teratas): 47500 - 4.1%, 50450 - 3.8%, 81300 - 3.2%
    """),
    ("mixed", "analytics_team_chat"): _lines("""
        guys GA4 DebugView tak keluar event purchase lah, I check gtag config dah betul, measurement id G-7XK2P9QH1L
        这个 experiment 的 variant B 转化高了 0.4pp but sample size masih kecil, tunggu another week la
        Ticket ANL-4471: Mixpanel funnel "Sign Up -> First Order" drop 30% since 18/11, suspect SDK 2.6 bug
        boss ask 要 weekly dashboard, boleh tak export Looker Studio ke PDF setiap Isnin 9am?
        reminder: session replay for /kyc pages 必须 block 掉, PDPA team dah sign off semalam
        The number in the click_to_call event is our own hotline 1800-88-6622, bukan customer punya, so no need mask
        BigQuery 的 events_intraday 表今天 delay 了 3 小时, Google status page shows incident 24011
        anyone tau macam mana nak set user_id only after consent? 我们的 CMP 用 OneTrust
        A/B test "free_shipping_threshold": RM50 vs RM80, AOV naik 12% tapi 转化跌 3%, net 还是 positive
        pls jangan paste raw export dalam channel ni, ada PII risk; share BigQuery authorized view link saja
        Lee Kong Chian Natural History Museum 的 ticketing page tracking dah pasang, event name: buy_ticket
        order_id ORD-88317-MY 那单 refund event 重复发了两次, duplicate transaction_id 导致 revenue double count
        版本 7.4.1 (build 74100) crash-free users 99.2%, 比 7.4.0 好, ok boleh roll out ke 100%
    """),
    ("en", "bigquery_sql_and_config"): _lines("""
        SELECT event_name, COUNT(*) AS n FROM `proj.analytics_301234567.events_2024*` WHERE _TABLE_SUFFIX BETWEEN '1101' AND '1130' GROUP BY 1 ORDER BY n DESC;
        SELECT (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'page_location') AS page, COUNT(*) AS views FROM `proj.analytics_301234567.events_20241118` GROUP BY page
        gtag('config', 'G-7XK2P9QH1L', { 'allow_google_signals': false, 'allow_ad_personalization_signals': false });
        REGEXP_REPLACE(page_location, r'([?&](email|phone|nric|ic|hkid)=)[^&]*', r'\\1[redacted]') AS page_location_clean
        FirebaseAnalytics.getInstance(context).setUserProperty("preferred_language", "ms")
        Data retention: GA4 property 14 months; Mixpanel project 5 years; session replay 30 days; raw BigQuery export 400 days then aggregated.
        SELECT event_date, geo.country, COUNT(DISTINCT user_pseudo_id) AS dau FROM `proj.analytics_301234567.events_*` GROUP BY 1, 2 ORDER BY 1
        Measurement Protocol template: {"client_id": "<CLIENT_ID>", "user_id": "<INTERNAL_USER_ID>", "events": [{"name": "refund", "params": {"transaction_id": "<TXN_ID>", "value": 0}}]}
        Firebase A/B Testing: experiment "paywall_price_sg" | Baseline SGD 9.98 vs Variant A SGD 7.98 | goal purchase_revenue | activation event open_paywall | 20% of users
        sha256(app-release-7.4.1.aab) = 9f2c4e71b8a03d5e6f1c2b7a8d9e0f41c3b5a7d2e6f8091a2b3c4d5e6f708192
        Consent Mode v2 defaults for MY/SG: ad_storage=denied, analytics_storage=granted, ad_user_data=denied, ad_personalization=denied
        DELETE FROM `proj.crm_sync.user_props` WHERE user_id IN (SELECT user_id FROM `proj.privacy.erasure_queue` WHERE status = 'approved');
        Firebase Remote Config: {"parameters": {"checkout_button_color": {"defaultValue": {"value": "orange"}, "conditionalValues": {"ios_users": {"value": "green"}}}}}
    """),
    ("zh-Hant", "事件字典與設定"): _lines("""
        事件字典：add_payment_info｜參數 payment_type（信用卡/LINE Pay/街口）、value、currency｜不得包含卡號或持卡人姓名
        台灣區 GA4 資源 ID 412093857，資料串流：Web（www）、Android（tw.shop.app）、iOS（id1498820317）
        香港區八達通付款事件 octopus_pay_success：每日約 9,400 次，平均金額 HK$68.3
        使用者 ID 政策：登入後以會員編號 SHA-256 雜湊值設定 user_id，禁止使用身分證字號、手機號碼或電子郵件
        {"event_name":"search","params":{"search_term":"%E8%80%B3%E6%A9%9F","results":57}}，search_term 解碼為「耳機」
        A/B 測試結果（台灣）：結帳頁顯示「超商取貨」預設選項，轉換率由 4.1% 提升至 4.6%，信賴水準 95%
        Crashlytics 香港版 9.2.0：前三大當機為 NullPointerException（32%）、OutOfMemoryError（11%）、ANR（7%）
        客服工單 #TW-2024-118734：回報「加入購物車」事件重複觸發，已於 v5.3.2 修正並結案
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"event_date":"20241118","event_name":"sign_up","event_params":[{"key":"method","value":{"string_value":"email"}},{"key":"signup_email","value":{"string_value":"tan.weiling88@gmail.com"}}],"platform":"ANDROID","geo":{"country":"Singapore"}}
        page_view | page_location=https://checkout.lumashop.sg/order/complete?ref=LS-448120&email=hui.min.ng88%40gmail.com&mobile=%2B6582635917 | engagement_time_msec=5120
        POST https://api-js.mixpanel.com/track/ body: data=eyJldmVudCI6IkNoZWNrb3V0IFN0YXJ0ZWQiLCJwcm9wZXJ0aWVzIjp7InRva2VuIjoiM2Y5YTFjMGU3YjJkNGE2ZiIsImRpc3RpbmN0X2lkIjoibnVydWwuYWluLmthbWFsQHlhaG9vLmNvbSIsIiRwaG9uZSI6Iis2MDE3NjU5MjI4MyIsImNhcnRfdmFsdWUiOjE4OS45LCJtcF9saWIiOiJ3ZWIifX0=
        distinct_id,$name,$email,$phone,$city,plan | 8f3c2a91d04e,Rajesh a/l Subramaniam,rajesh.subra@gmail.com,+60 12-387 4410,Klang,Premium Annual
        Crashlytics breadcrumb 14:02:11 PaymentSheet.onConfirm pan=5412753088164277 exp=09/27 holder=KELVIN LIM JUN HAO -> HTTP 402 card_declined
        FullStory session 6512-88: [00:41] click "Verify identity" / [00:44] type in #nric_input "S9182736J" / [00:52] type in #full_name "Goh Mei Ling" / [01:03] rage click x5 on "Submit"
        exp=checkout_copy_v3 variant=B user="Daniel Ong" note="called support twice about refund for insulin pump order; flagged churn risk"
        page_view | page_location=https://portal.kinetic-insure.sg/claims?session_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjdXN0XzQwOTE3IiwibmFtZSI6IkFkcmlhbiBDaHVhIEtvayBMZW9uZyIsImVtYWlsIjoiYWRyaWFuLmNodWEua2xAZ21haWwuY29tIiwicGhvbmUiOiIrNjUgOTY1MiAwMTM3IiwiZXhwIjoxNzMyMDAwMDAwfQ.Xq3v9LrT0bYwK2nE5sPzA7dJ1mUcH8fGiO4kVx6Ry2Q | page_title=My Claims
        MP collect: {"client_id":"1849302211.1731900000","user_id":"+6597361048","events":[{"name":"loan_application_submitted","params":{"amount_sgd":25000,"tenure_months":60}}]}
        Hotjar feedback #3391 | rating 1/5 | "This is Priya d/o Ramasamy, your app charged my OCBC card twice for the same dental booking, call me at 9038 4471"
        Remote Config audience export high_value_sg: Jonathan Tay Wei Ming, DOB 1984-06-02, lifetime spend SGD 18,420, last order 02 Nov 2024, tier Platinum
        {"event_name":"parking_session_start","user_properties":[{"key":"vehicle_plate","value":{"string_value":"SMK 4821 J"}},{"key":"owner_name","value":{"string_value":"Muthu s/o Krishnan"}}],"event_params":[{"key":"carpark","value":{"string_value":"HDB Tampines Central"}}]}
        Mixpanel $merge: $device:7d1e9b20-aa41 -> distinct_id "jt.chong.hk@outlook.com" (Hong Kong, iOS 17.4)
        Sentry breadcrumb: address_autocomplete selected "Blk 412 Bedok North Ave 2 #08-117, Singapore 460412" for profile Sharon Fernandez (order SG-99120)
        GA4 view_search_results | search_term="E73820416 passport renewal status" | page=/services/travel
    """),
    "zh-Hans": _lines("""
        {"event":"submit_order","properties":{"receiver_name":"张晓雨","receiver_phone":"159 8821 4407","receiver_address":"四川省成都市武侯区科华北路65号3栋2单元1102","身份证":"510107199302215463"}}
        page_view page_location=https://m.jiankang-shop.cn/pay/result?name=%E4%BD%95%E6%96%87%E9%9D%99&tel=13827146603&amount=2680
        实验 exp_coupon_0927 分组 B：用户 周浩然（身份证 31011519870925063X）命中“新人券”策略，近30天退款3次，风控标记为羊毛党
        会话回放 #58812 03:12 用户在“实名认证”页输入 姓名=黄佳怡 证件号=420106199007112383，随后“人脸识别”失败2次后退出
        "user_properties":{"nick":"\\u5434\\u601d\\u742a","city":"\\u82cf\\u5dde","phone":"13917452860","vip_level":3}
        告警 refund_request 金额异常：用户 陈立伟 手机186-0215-3394 一周内申请退款 ¥4,860，备注“孩子住院急用钱”
        @数据组 这条埋点把用户微信号也带上来了：wx_id=lxt_0317，昵称“彤彤”，下单地址深圳南山区科技园，麻烦排查一下
        distinct_id=2847153906@qq.com | event=会员续费 | $city=杭州 | amount=¥298 | pay_card=6222021003488175236
        GA4 search_term="林晓彤 440305199103174523 保单查询" page=/service/policy
        {"event":"address_confirm","properties":{"ext_info":"eyLlp5PlkI0iOiLpqazkv4rmnbAiLCLmiYvmnLoiOiIrODYgMTc3IDIwMTYgNTUzOSIsIuaUtui0p+WcsOWdgCI6Iua5luWMl+ecgeatpuaxieW4guatpuaYjOWMuuS4reWMl+i3rzEwOOWPtyJ9","source":"小程序"}}
        会话录屏笔记：用户 王雪梅 在病历上传表单里填写“2型糖尿病，胰岛素每日两次”，生日 1972-05-14，建议该页面加遮蔽
        归因回调 channel=老带新 邀请人=吴思琪 被邀请人手机号=+86 177 2016 5539 奖励¥20已发放
    """),
    "zh-Hant": _lines("""
        {"event_name":"kyc_submit","params":{"id_no":"A228153909","name":"許雅婷","mobile":"0928-617-334","birthday":"1990/08/23"}}
        page_view page_location=https://www.shinglee-care.hk/claims/form?hkid=K387214%289%29&name=NG+Wing+Sze&diag=%E6%BF%95%E7%96%B9
        重播 03:27 使用者於「收件地址」輸入：台中市西屯區市政路386號12樓之3，收件人 蔡承翰，電話 0955 402 118
        實驗 HK_paywall_v2：B 組用戶 麥詠詩（Y602915(7)）付費後 2 小時內要求退款，客服備註「失業中，付不起月費」
        Mixpanel 用戶檔案：$name 黃志明｜$email wongchiming.hk@gmail.com｜會員等級 黑卡｜逾期欠款 HK$12,400｜電話 +852 6187 4402
        推播點擊事件 campaign=mid_autumn，line_uid 綁定 LINE ID：jiahao.chang0823，姓名 張家豪，住台北市大安區
        "customer_name":"\\u6797\\u4fca\\u5b8f","notes":"\\u5b55\\u5a66 \\u9700\\u512a\\u5148\\u914d\\u9001","tel":"0932-718-406"
        工作階段重播：「付款」頁鍵入卡號 4378 9122 0640 7134，有效期 11/26，持卡人 HO KA YAN，遮蔽規則未生效
    """),
    "ms": _lines("""
        Log A/B: eksperimen harga_langganan_v4 kumpulan B - pengguna Ahmad Fikri bin Zulkifli (ahmad.fikri92@hotmail.com) langgan pelan RM 39.90/bulan, kemudian minta refund sebab hilang kerja
        event=kyc_gagal | no_kp=880214-10-5527 | nama=MOHD HAFIZ BIN ROSLAN | sebab="gambar IC kabur" | cubaan=3
        Rakaman sesi #7721: pengguna taip "No. 23, Jalan SS 15/4D, 47500 Subang Jaya, Selangor" dalam medan alamat_penghantaran, nama penerima Nor Azlina binti Hassan
        Profil Mixpanel: Kavitha a/p Murugan | $phone 016 553 0192 | pelan Keluarga | anak 2 orang (darjah 3 dan tadika)
        page_location=https://daftar.pinjamanmudah.my/borang?nama=Farah%20Hanim%20binti%20Yusof&ic=950708-14-6342&tel=011-2748%209316
        {"event_name":"borang_pinjaman_dihantar","params":{"ref":"OTIwNTE5MDE1MTY4","jumlah":"RM 8,000","tempoh":"24 bulan"}}
        {"event_name":"tambah_akaun_bank","params":{"bank":"Maybank","no_akaun":"1642 3308 7715","pemegang":"LAU SIEW PENG","ic":"010322-07-0891"}}
        Nota penganalisis: pengguna dgn Telegram @kelvinlim_92 asyik klik iklan pinjaman tak berlesen, dah 14 kali minggu ni, patut sekat?
        event=bayar_parkir | plat=WXY 8812 | pemilik=Rosli bin Ahmad | lokasi=Jalan Tuanku Abdul Rahman | saman tertunggak RM 300
    """),
    "mixed": _lines("""
        Firebase DebugView lepas QA: event purchase masuk dgn user_id=019-441 7025, itu nombor customer betul lah bukan test account
        GA4 user explorer: 用户 Chong Jia Hui 的 user_id 是她的 email jiahui.chong@gmail.com, last 30 days 12 sessions, 都是在看 IVF clinic 的页面
        exp_price_sg 组B: Mdm Lim Swee Hong 的 NRIC S8734529G 被写进 custom dimension cd7 liao, need purge asap
        Mixpanel cohort export: Siew Ling Tan | siewling.tan@outlook.com | 孕周 24 | 订阅 母婴套餐 | SGD 59/month
        {"name":"Arjun s/o Pillai","notes":"\\u9ad8\\u8840\\u538b","clinic_pref":"Bukit Batok"} ni dari event book_consult, siapa set param ni?
        replay 里看到 user 在 transfer page 输入 acct 5204 7361 9028 3558 和 FIN F4728160K, 是 Joel Santos 那位 helper 的 remittance
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an analytics engineering assistant for a Singapore e-commerce team."),
        (
            "user",
            'Our GA4 purchase events have a weird user_id. Example row: user_id="+6597361048", event=purchase, value=412.00, items=["Baby formula stage 2 x6"]. Is this a problem?',
        ),
        (
            "assistant",
            "Yes. That user_id is a phone number, which is a direct identifier and breaks Google's policy on PII in GA4. Switch user_id to a hashed internal ID and use the User Deletion API for affected rows.",
        ),
        (
            "user",
            "OK. Support says the number belongs to Mrs Vanessa Koh, who also complained the delivery went to her old address at 18 Jalan Kembangan. How do I delete only her data?",
        ),
    ],
    [
        (
            "user",
            "帮我看下这段 Mixpanel 导出为什么 distinct_id 是邮箱：distinct_id=zhuyutong_0317@163.com, event=课程购买, amount=¥3,980",
        ),
        (
            "assistant",
            "distinct_id 使用邮箱属于直接标识符，建议改成内部 ID，并用 Mixpanel 的 GDPR 删除接口清理历史数据。",
        ),
        (
            "user",
            "明白。这个用户是朱雨桐的家长，孩子在读高三冲刺班，投诉重复扣费，怎么只删她家这条记录？",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong semak log A/B ni? exp=borang_pinjaman_v2 varian=B, pengguna gagal hantar borang 3 kali.",
        ),
        (
            "assistant",
            "Boleh. Kongsikan mesej ralat atau ID acara sahaja, tak perlu data peribadi pelanggan.",
        ),
        (
            "user",
            "Ralat dia 'IC tidak sah'. Pelanggan tu Encik Zainal Abidin bin Omar, IC 761130-13-5073, dia telefon marah sebab nak pinjam RM 15,000 untuk kos rawatan isteri.",
        ),
    ],
    [
        ("system", "你是產品分析助理，協助檢查埋點與工作階段重播設定。"),
        (
            "user",
            "重播裡看到使用者在「申辦信用卡」頁卡住，輸入紀錄是 name=陳怡君 id=H214930753 mobile=0932718406，這些怎麼沒被遮蔽？",
        ),
        (
            "assistant",
            "看起來該頁的 input 沒有加上遮蔽屬性，建議立即啟用 maskAllInputs，並刪除這段重播。",
        ),
        ("user", "好，陳小姐也打來客服說她年收入只有 42 萬被拒卡，很不高興，這段要一起處理。"),
    ],
    [
        (
            "user",
            "eh the replay for session 88412 very jialat, the auntie rage click on Pay 11 times",
        ),
        (
            "assistant",
            "Could be the 3DS popup being blocked. Any console error in the replay timeline?",
        ),
        (
            "user",
            "yes got. btw she call hotline after that, 她叫 Mdm Ong Bee Hoon, hp 9147 2830, want refund for the 2 failed charges on her DBS card",
        ),
    ],
    [
        (
            "user",
            "Can you decode this Mixpanel request for me? data=eyJldmVudCI6IlN1YnNjcmlwdGlvbiBDYW5jZWxsZWQiLCJwcm9wZXJ0aWVzIjp7ImRpc3RpbmN0X2lkIjoibWFyY3VzLmRlc291emFAZ21haWwuY29tIiwiJG5hbWUiOiJNYXJjdXMgRCdTb3V6YSIsIiRwaG9uZSI6Iis2NSA4MjYzIDU5MTciLCJyZWFzb24iOiJtb3ZpbmcgdG8gUGVydGgifX0=",
        ),
        (
            "assistant",
            'Decoded: {"event":"Subscription Cancelled","properties":{"distinct_id":"marcus.desouza@gmail.com","$name":"Marcus D\'Souza","$phone":"+65 8263 5917","reason":"moving to Perth"}}. It contains an e-mail, a name and a phone number.',
        ),
        (
            "user",
            "Right, that's the cancellation from yesterday. Should we strip $phone at SDK level?",
        ),
    ],
    [
        (
            "user",
            "埋点里 page_location 带了 token，帮我解析一下：token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiJ1Xzg4MjEzIiwibmFtZSI6IuWImOWtkOi9qSIsImlkY2FyZCI6IjExMDEwNTE5OTUwNjAyMjgxOCIsImV4cCI6MTczMjAwMzYwMH0.p0M4sN8qTzL2vB7cX1dR9kWf3hJ6yAeU5oGiQnV0tYs",
        ),
        (
            "assistant",
            'payload 解码为 {"uid":"u_88213","name":"刘子轩","idcard":"110105199506022818","exp":1732003600}，包含姓名和身份证号，属于敏感个人信息。',
        ),
        ("user", "我靠，赶紧让前端把 token 从 URL 里去掉，GA4 那边也要删"),
    ],
    [
        ("user", "Data A/B test aplikasi tuisyen: varian B (kuiz harian) purata markah naik 8%."),
        ("assistant", "Bagus. Pastikan laporan guna data agregat sahaja, bukan per murid."),
        (
            "user",
            "Cikgu nak tahu siapa paling lemah. Log ada 'Aisyah binti Rahman, Tahun 5, SK Taman Melawati, matematik 32%, disyaki disleksia'. Boleh saya hantar ke ibu bapa dia?",
        ),
    ],
    [
        (
            "user",
            "Our GA4 audience export 'claims_pending_hk' has a column cd_hkid. First row: R925183(8), claim HK$8,200, physiotherapy after a slipped disc.",
        ),
        (
            "assistant",
            "That column holds HKID numbers, which must not be sent to GA4. Remove the custom dimension and request data deletion.",
        ),
        (
            "user",
            "Noted, the claimant on that row is Mr Leung Chun Kit from Tseung Kwan O, he's asked why we still email him.",
        ),
    ],
    [
        (
            "user",
            "Crashlytics 有个 breadcrumb: PaymentSheet pan=6217002810049376514 holder=ZHOU HAORAN, 怎么办",
        ),
        (
            "assistant",
            "完整卡号进了日志，违反 PCI DSS。先删除该 issue 的日志并在 SDK 里过滤 pan 字段。",
        ),
        ("user", "ok 我去通知风控，顺便冻结这张卡"),
    ],
    [
        ("user", "What's a good way to build a cohort of users who viewed oncology pages?"),
        (
            "assistant",
            "Create a GA4 audience with page_path contains /oncology and report only in aggregate; avoid targeting individuals on health signals.",
        ),
        (
            "user",
            "Thanks. Specifically I want to push a message to Grace Yeo, the one who booked the chemo consult yesterday, her email is grace.yeo.sy@gmail.com.",
        ),
    ],
]
