# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade145: personal data in software-development artefacts (pull-request comments, CI build logs, test fixtures copied from production, stack traces, Sentry error events, feature-flag configs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade145
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pull_request_comments"): _lines("""
        nit: `retryBackoffMs` defaults to 250 here but 500 in config/prod.yaml; can we pull both from one constant before #4821 merges? Otherwise LGTM.
        Blocking: this migration adds a NOT NULL column to orders (~41M rows) without a default; on Postgres 10 that rewrites the table. Please split into add-nullable, backfill, then constraint.
        Per the PDPC Singapore advisory guidelines we shouldn't log the raw request body in the payment-callback handler. Suggest masking at the middleware layer rather than per endpoint.
        The `grab_driver_eta` fixture still points at the partner sandbox; swap to the mock server on port 8089 or the test will flake whenever Grab rotates sandbox certs.
        Approving with one comment: the Ah Hock Kopitiam demo tenant in seeds/merchants.sql uses UEN 201834567M, which is the merchant's public business registration, fine to keep.
        Thanks @dependabot, bumping lodash 4.17.20 to 4.17.21 fixes CVE-2021-23337. CI green on node 18 and 20, merging after the 14:00 SGT freeze lifts.
        Can we quote Knuth properly in the docstring? 'Premature optimization is the root of all evil' is from his 1974 paper Structured Programming with go to Statements.
        The Shopee Open Platform sandbox returns partner_id 1000123 for every app; don't hard-code it in PartnerClient, read SHOPEE_PARTNER_ID from the vault path kv/ecom/shopee.
        `^[STFGM][0-9]{7}[A-Z]$` only validates the NRIC/FIN shape, not the check letter; please apply the weights 2,7,6,5,4,3,2 and the ST/FG/M lookup tables instead.
        Screenshot in the PR description shows the Marina Bay Sands store locator with opening hours 10:00-23:00; please crop the staging banner before we send it to the client.
        Re flaky test: `test_checkout_sg_gst` assumes 8% GST, but from 1 Jan 2024 it's 9%. Parametrise the rate by invoice date instead of patching it every Budget season.
        Suggest we move the hotline 1800-222-0000 and support@harbourpay.example into i18n strings; Legal wants the Malaysian build to show 1-300-88-2288 instead.
        Squash please: 17 commits titled 'wip' aren't useful in git log. Conventional Commits, e.g. feat(cart): ... and fix(api): ..., keep the release-please changelog readable.
    """),
    ("en", "ci_build_logs"): _lines("""
        [2026-11-30T02:14:07Z] Run actions/checkout@v4 - Fetching ref refs/pull/4821/merge, depth 1, commit 9f3c2ab7e01d54c8b6a1f0e2d3c4b5a697881234
        Step 6/14 : RUN pip install --no-cache-dir -r requirements.txt ---> Running in 3e7f1d9a2c44; Collecting Django==4.2.16; Collecting psycopg[binary]==3.2.3
        ##[error]Process completed with exit code 137. The runner 'sg-prod-runner-07' ran out of memory (limit 7 GiB) while executing job 'e2e-playwright'.
        npm WARN deprecated request@2.88.2: request has been deprecated, see https://github.com/request/request/issues/3142; added 1384 packages in 48.213s
        PASS src/__tests__/invoice.spec.ts (12.41 s) - formats MYR totals with SST 8% (14 ms) - rounds RM 0.005 up to RM 0.01 (3 ms)
        Deploying image registry.gitlab.com/harbourpay/api:1.42.0-rc.3@sha256:4b1e9c0d7a2f6e8d3c5b9a0f1e2d3c4b5a697887766554433221100aabbccdde to cluster ap-southeast-1/prod-sg
        Trivy scan: 0 CRITICAL, 2 HIGH (openssl 3.0.13 CVE-2024-5535, libexpat 2.5.0 CVE-2024-45490); policy 'block-on-critical' satisfied, continuing pipeline #88214.
        Cache restored from key: Linux-gradle-8.7-7f2c9e1b (size 1.9 GB, 21 s). Task :app:compileReleaseKotlin UP-TO-DATE; BUILD SUCCESSFUL in 3m 12s, 214 actionable tasks.
        github-actions[bot] commented on #4821: Preview deployed to https://pr-4821.preview.harbourpay.example (expires 2026-12-14 00:00 UTC).
        SonarQube Quality Gate: FAILED - Coverage on New Code 71.4% (required >= 80%), Duplicated Lines 3.9%, 0 of 2 Security Hotspots reviewed.
        terraform plan: ~ aws_db_instance.orders (instance_class db.r6g.large -> db.r6g.xlarge), + aws_cloudwatch_metric_alarm.cpu_high; Plan: 1 to add, 1 to change, 0 to destroy.
        deploy-staging: using service token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtY2kiLCJzY29wZSI6ImRlcGxveTpzdGFnaW5nIiwiaXNzIjoiYXV0aC5pbnRlcm5hbCIsImV4cCI6MTc2NTA5NDQwMH0.*** (masked by runner)
        Notify: pipeline #88214 on main failed at stage 'integration'; paging on-call via PagerDuty service 'payments-api' (escalation policy SG-Tier-2).
    """),
    ("zh-Hans", "sentry_error_events"): _lines("""
        Sentry 告警：TypeError: Cannot read properties of undefined (reading 'skuId') 发生于 cart/CartList.vue:214，release 3.18.2，近 1 小时 1,284 次，影响 0.7% 会话。
        event_id=6f1e2d9c4b8a4f0e9d7c3b2a1f0e9d8c level=error logger=order-service environment=prod-cn-shanghai transaction=POST /api/v2/orders/submit
        异常：java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms，出现在阿里云 RDS 主备切换期间。
        Breadcrumb：14:02:31 navigation /product/8812034 → /checkout；14:02:33 xhr GET /api/coupon?code=DOUBLE11 200；14:02:35 xhr POST /api/pay 502。
        tags: os=HarmonyOS 4.2, device=HUAWEI Mate 60 Pro, app_version=5.6.0(5600), channel=huawei_appgallery, region=cn-north-4；该崩溃仅出现在鸿蒙设备。
        issue PAY-3K9 已自动合并 37 个相似事件：fingerprint = ['{{ default }}', 'WechatPayTimeout']，首次出现 2026-11-11 00:00:03，最近一次 00:47:19。
        Sentry 配额提醒：本月已用 4,812,330 / 5,000,000 errors，建议在 sentry.init 中把 sampleRate 调到 0.25，并在 beforeSend 里过滤 ChunkLoadError。
        堆栈帧：at com.example.mall.coupon.CouponService.apply(CouponService.java:87) at com.example.mall.order.OrderFacade.submit(OrderFacade.java:152)
        崩溃发生在“孙悟空大闹天宫”主题皮肤加载页，资源包 skin_wukong_v2.zip 的 MD5 为 9e107d9d372bb6826bd81d3542a419d6，与 CDN 上的版本不一致。
        上下文 contexts.runtime = {name: 'node', version: 'v20.11.1'}；contexts.trace.trace_id = 4bf92f3577b34da6a3ce929d0e0e4736，span_id = 00f067aa0ba902b7。
        报错接口为顺丰速运路由查询 /route/query，运单号 SF1420387765102 返回“A1001 参数校验失败”，该单号是开放平台文档里的样例单号。
        告警规则“支付失败率 > 2% 持续 5 分钟”已触发，通知渠道：钉钉群 #交易稳定性 与企业微信机器人，webhook key 见 Vault 路径 kv/alert/wecom。
        release 3.18.3 已上线，PAY-3K9 状态自动标记为 Resolved in next release；回归观察 24 小时，若无复发则关闭，腾讯云 CLS 日志保留 30 天。
    """),
    ("zh-Hans", "测试夹具"): _lines("""
        fixtures/merchants.yaml：- id: 10023, name: 老干妈旗舰店, uscc: 91520000214401234X, city: 贵阳市, category: 调味品, settle_cycle: T+1
        INSERT INTO shop (id, name, address, hotline) VALUES (301, '张小泉剪刀专卖店', '杭州市上城区河坊街 178 号', '0571-8780 1234');
        测试数据：商品 SKU=JD-100012043978，标题“鲁迅全集（全18卷）人民文学出版社”，售价 ¥1,280.00，库存 56，作者字段 author=鲁迅。
        mock 返回 {'code': 0, 'msg': 'ok', 'data': {'orderNo': 'E20261207153012884', 'amount': 199.00, 'currency': 'CNY', 'status': 'PAID'}}
        OrderFactory(order_no=Sequence('TEST-%06d'), total=Decimal('88.80'), coupon='NEWUSER10')，随机数改为固定种子 seed=20261207，避免快照抖动。
        夹具中的门店：海底捞火锅（北京国贸店），北京市朝阳区建国门外大街 1 号国贸商城 B1，营业时间 10:00 至次日 03:00，预约热线 400-820-5566。
        金庸小说人物作为占位昵称：nickname 取值 ['令狐冲', '任盈盈', '郭靖', '黄蓉', '韦小宝']，仅用于 UI 截图测试，不关联任何账号。
        tests/data/invoice_ok.json：发票代码 031002300111，发票号码 08837261，销售方为测试用企业，税率 6%，价税合计 ¥10,600.00。
        快递轨迹夹具：中通快递运单 78312200459861，节点 [揽收 杭州转运中心 → 到达 上海浦东分拨 → 派送中]，时间戳均为 UTC+8。
        conftest.py：BASE_URL = 'https://api-test.example.cn'，TIMEOUT = 15，RETRY = 3，数据库用 docker 起的 mysql:8.0.36，字符集 utf8mb4_0900_ai_ci。
        截图基线更新：首页 banner 换成“故宫博物院 · 紫禁城建成 600 年”专题，像素差 3.2% 超过阈值 1%，需要设计确认后再 approve。
        夹具说明：所有手机号、身份证号字段已替换为占位符 <PHONE>、<ID_CARD>，地址统一为 <ADDRESS>，请勿再从生产库直接导出。
        pytest 参数化用例：('满300减40', 300.00, 260.00), ('满300减40', 299.99, 299.99), ('8折券', 150.00, 120.00)，共 3 条全部通过。
    """),
    ("zh-Hant", "feature_flag_configs"): _lines("""
        flags/checkout.yaml：new_payment_sheet: enabled: true, rollout: 25%, regions: [HK, MO, TW], 開始時間 2026-12-01T10:00+08:00
        LaunchDarkly 旗標 enable-fps-qr 目前只對 segment「港澳內部測試機」開放，規則：app_version >= 7.3.0 且 platform == iOS。
        Unleash 策略 gradualRolloutRandom 設為 10%，groupId = octopus_topup；若 5xx 比率超過 1.5% 會自動回滾至 0%。
        旗標說明：tw_einvoice_carrier 啟用後，結帳頁顯示「手機條碼載具」欄位，格式為斜線開頭加 7 碼英數，僅在台灣站生效。
        澳門站旗標 mo_mpay_enabled 於 2026-11-20 全量開放；設定中的 MPay 商戶號 888000012345 為公司收款帳戶。
        kill switch：disable_recommendations = true（原因：推薦服務 p99 延遲 2.8s），值班群已通知，預計 30 分鐘內恢復。
        Config diff：- promo_banner_text: 「雙十一限定」 + promo_banner_text: 「雙十二限定 全館 85 折」；- ends_at: 2026-11-12 + ends_at: 2026-12-13
        旗標 jinyong_reading_campaign 綁定「金庸作品集」電子書專區，作者頁顯示查良鏞（金庸）生平簡介，活動期間 2026/12/10 至 2026/12/31。
        Flagsmith 環境 production-hk 的 identity 覆寫數量為 0，全部使用 segment 規則；請勿再以個別帳號做白名單。
        flag: seven_eleven_pickup 啟用超商取貨，門市查詢 API 改用新版端點，逾時 3 秒即回退到全家 FamiPort 選店。
        遠端設定 payload（base64）：eyJmbGFnIjoibmV3X2NoZWNrb3V0Iiwicm9sbG91dCI6MjUsImVudiI6InByb2QifQ==，解出後為 new_checkout 25% prod。
        旗標命名規範：<team>.<feature>.<variant>，例如 growth.referral.banner_b；禁止在旗標名或描述中加入員工姓名或客戶識別碼。
        OpenFeature provider 已由 flagd 0.9.2 升級至 0.11.1，設定檔 /etc/flagd/flags.json 的 $schema 改為 https://flagd.dev/schema/v0/flags.json。
    """),
    ("zh-Hant", "變更日誌"): _lines("""
        v7.3.0（2026-12-02）：新增轉數快 FPS 掃碼付款；修正八達通增值後餘額未即時刷新的問題；最低支援版本提升至 iOS 15。
        v7.2.4：修復繁體中文介面在 Android 14 上「確認訂單」按鈕被截斷的問題；OkHttp 更新至 4.12.0，Retrofit 更新至 2.11.0。
        【Breaking】移除 /api/v1/members/export 端點，請改用 /api/v2/exports（非同步，完成後以 webhook 通知），舊端點於 2027-01-31 下線。
        新增澳門 MPay 與中銀澳門 BOC Pay 付款選項；商戶服務熱線 (853) 2888 0000 會顯示於付款失敗頁面。
        修正台灣電子發票買方統一編號驗證：8 位數字加權檢查（1,2,1,2,1,2,4,1），測試案例統編 53820610 現可正確通過。
        文件：README 新增〈貢獻指南〉，引用 Linus Torvalds 的名言「Talk is cheap. Show me the code.」作為 PR 說明範例。
        效能：首頁 LCP 由 3.4s 降至 1.9s（香港 4G 實測），商品圖片改用 AVIF 並啟用 Cloudflare Polish 壓縮。
        相依性更新：react 18.3.1 → 19.0.0、next 14.2.15 → 15.0.3；已移除 moment.js，改用 dayjs 1.11.13，bundle 減少 67 KB。
        安全性：修補 CVE-2024-47764（cookie 套件），並將 Session Cookie 設為 SameSite=Lax、Secure、HttpOnly。
        新增門市：誠品生活南西店（台北市中山區南京西路 14 號）已加入門市地圖與自取選項，營業時間 11:00 至 22:00，週五六延長至 22:30。
        在地化：新增粵語（zh-HK）字串 1,284 條，例如「埋單」、「落單」、「睇多啲」，由翻譯供應商交付批次 #HK-2026-47。
        已知問題：部分 Samsung Galaxy S23 裝置於深色模式下 QR Code 對比不足，暫時解法為強制淺色背景，預計 v7.3.1 修正。
        內部：CI 從 Jenkins 遷移到 GitHub Actions，平均建置時間由 14 分鐘降至 6 分鐘；self-hosted runner 部署於 AWS ap-east-1（香港）。
    """),
    ("ms", "komen_semakan_kod"): _lines("""
        Tolong jangan hard-code kadar SST 8% dalam fungsi kiraInvois(); ambil dari jadual tetapan supaya mudah dikemas kini bila Belanjawan berubah.
        PR ini menambah sokongan DuitNow QR; saya dah uji dengan akaun sandbox Maybank2u Biz, semua transaksi ujian berjaya dengan status 00.
        Kes ujian untuk format MyKad patut semak 12 digit dan kod negeri (01-16, 21-59), bukan sekadar panjang rentetan. Rujuk garis panduan JPN.
        Nama pemboleh ubah `pakcik_kedai` kurang jelas; cadangkan tukar kepada `merchant_owner_role` sebab ia peranan dalam sistem, bukan orang.
        Alamat kedai contoh dalam seed: Mydin Mall USJ, Persiaran Subang Permai, 47610 Subang Jaya, Selangor. Itu premis awam, OK untuk kekal.
        Talian khidmat pelanggan syarikat 1-300-88-7788 dan emel sokongan@kedaidigital.com.my perlu dipindah ke fail terjemahan ms-MY.json.
        Ujian integrasi J&T Express gagal: nombor penjejakan 630012458897 ialah nombor contoh dari dokumen API mereka, bukan pesanan sebenar.
        Saya setuju dengan cadangan caching, tapi TTL 24 jam terlalu lama untuk harga; cuba 15 minit dan tambah invalidation bila stok dikemas kini.
        Komen kod merujuk Hikayat Hang Tuah sebagai contoh teks panjang untuk ujian pemotongan rentetan; tiada isu, karya klasik domain awam.
        No. pendaftaran SSM syarikat 202101234567 (1412345-K) dipaparkan pada footer invois; itu maklumat perniagaan yang memang awam.
        Migrasi ini akan kunci jadual pesanan lebih kurang 4 minit pada 2 juta baris; jadualkan pada 2 pagi waktu Malaysia dan maklumkan pasukan ops.
        LGTM selepas betulkan typo 'pembayran' dalam mesej ralat. Jangan lupa kemas kini CHANGELOG untuk versi 2.9.0 sebelum merge.
        Logo Mamee Monster dalam skrin onboarding perlukan lesen daripada Mamee-Double Decker; sila tukar kepada ilustrasi generik dulu.
    """),
    ("mixed", "dev_team_chat"): _lines("""
        Eh build on main red again lah, the e2e job timeout at checkout step. Anyone touch the Stripe webhook secret in staging 昨天?
        Prod deploy 1.42.0 jam 3 petang ok tak? Freeze lifts 2pm SGT, rollback plan dah tulis dalam runbook RB-017.
        Sentry spike 是 iOS 17.5 的 WKWebView bug, not our code. Already filed Apple Feedback FB14230011, workaround merge 了。
        Client Grab want demo next Tue 10am at their HQ, 3 Media Close, one-north. Who can bring the test phones? Need 2 Android 2 iOS.
        Feature flag new_onboarding 已经开 50% 了, conversion naik 2.1% tapi crash rate pun naik sikit, hold at 50 dulu can?
        Reminder: PDPA training module due Fri 5pm, HR says the link is in Workday. 没做的 will be blocked from prod access lor.
        Aiya the Lazada API rate limit kena again, 429 Too Many Requests since 11:40. I set retry with jitter, max 5 tries, see PR #4830.
        Lunch order for sprint demo: Old Chang Kee curry puff x40, Ya Kun kaya toast set x20, total S$186.40, invoice under company card.
        Tolong review PR #4833 before 6pm 哦, it's the MYR rounding fix: RM 0.01 diff on 1,203 invoices last month, finance complain already.
        Server sg-prod-db-02 disk 91% liao, 我先 clear old WAL archive, then raise ticket INFRA-2291 to expand volume to 1 TB.
        Meeting room Hang Tuah booked 2-3pm for retro, tapi projector rosak, bring own HDMI adapter ya.
        Stand-up notes: API p95 420ms → 310ms after index on orders(created_at); 还剩 2 个 P1 bugs, target close by Thursday.
        On-call swap request posted in #sre-roster; PagerDuty schedule 'SG-Primary' updated for week 50, no gap lah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please don't merge: tests/fixtures/users_prod_dump.json still has real rows, e.g. {'name': 'Ong Pei Shan', 'nric': 'S8734215H', 'mobile': '+65 9182 7364'}. Scrub before pushing.
        Author: Marcus Lim Jun Hao <junhao.lim.1991@gmail.com> Date: Mon Dec 1 22:41:09 2026 +0800 - fix: temp bypass OTP for my own number 9738 4412
        Sentry event 3a91c0: user={id: 'u_55102', email: 'priya.r.nair@yahoo.com.sg', ip_address: '118.189.44.201', username: 'priyanair_87'} ValueError in KYCUploadView
        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzkwMzE0IiwibmFtZSI6IkRhbmllbCBLb2ggV2VpIEppZSIsImVtYWlsIjoiZGtvaHdqQG91dGxvb2suY29tIiwicGhvbmUiOiIrNjU5ODEyMDQ1NiJ9.Qm9rA1x
        Reverting the debug log: it printed 'Benjamin Teo - HIV viral load result pending' into the clinic-booking CI output, that must never leave the PHI bucket.
        PhoneNumberParseError at sms/sender.py:88 while formatting '+65 8123 9047' for OTP resend (customer account 44102877)
        flags.yaml: beta_wallet: targets: ['rachel.chua.sg@gmail.com', 'kelvin_ng88@hotmail.com']  # my wife and me, remove before release
        fixtures/addresses.csv row 12: 'Blk 412 Bedok North Ave 2 #08-115, Singapore 460412', recipient 'Mdm Goh Siew Lan', note 'elderly, lives alone, leave with neighbour'
        PR comment: the collections demo uses a real case, Tan Boon Keat owes S$14,260 to the app after 3 missed instalments and is flagged for a legal letter. Please anonymise.
        test_kyc_masking failed: expected '******-10-5526' but got '901113-10-5526' for Nurul Aina binti Rosli (row copied from prod table kyc_docs).
        Sentry breadcrumb: form submit /hk/apply-loan {full_name: 'CHAN Ka Yan', hkid: 'K482913(1)', monthly_income: 'HKD 23,500', marital_status: 'divorced'}
        debug: X-User-Context header = TGltIFN3ZWUgSG9uZ3xTOTAxMjczNkU= (gateway decodes it before calling /kyc/verify)
    """),
    "zh-Hans": _lines("""
        测试夹具从生产库导出未脱敏：{'姓名': '陈立伟', '身份证': '440305198706142315', '手机': '13826574901', '地址': '深圳市南山区桃园路 88 号阳光花园 6 栋 1203'}
        Sentry 事件 user.username = '王建国'，user.email = 'wjg_1979@163.com'，extra.贷款逾期天数 = 47，报错位置 LoanRepayService.java:233。
        PR 评论：别把张阿姨的病历截图放进 issue 里，她的乳腺癌复查报告是客服转过来排查上传失败的，用完请删。
        CI 日志打印了请求体：POST /api/v1/realname/verify name=%E8%AE%B8%E9%9D%99%E6%80%A1&idNo=310115199203074629&bankCard=6222021001123456789
        灰度白名单 user_ids 里的 88123417 是运营部小周老公的账号，手机号 159 0211 3478，灰度结束后记得移除。
        DuplicateKeyException: Duplicate entry '110108198509211539' for key 'uk_id_card'，插入 t_member 时触发，member_name='赵海涛'。
        日志脱敏不完整：手机号显示为 138****4906，但同一行还有收货人“李女士”和小区门牌，仍可定位到具体用户。
        别在 commit message 里写“给黄志强开后门导出聊天记录，他在打离婚官司”，这种家事不应该进 git 历史。
        停车场系统测试数据里有真实车牌 粤B·7K3Q9 和车主电话 13692218805，进出场记录是 11 月 3 日 07:42 至 19:15。
        RefundFailed: 收款账户 6217 0000 1234 5678 901 户名 孙晓梅 与订单实名不一致，order_no=E2026112019384421。
        A/B 实验夹具直接用了孕期 App 的真实记录：'user': '周婷婷', '孕周': 23, '预产期': '2027-03-28', '产检医院': '上海市第一妇婴保健院'
    """),
    "zh-Hant": _lines("""
        Sentry 事件：user.email = 'mei.ling.wong@netvigator.com'，extra.收件人 = 黃美玲，電話 9123 4867，地址 九龍旺角亞皆老街 8 號福祥大廈 15 樓 C 室。
        測試資料：{'姓名': '林志豪', '身分證': 'B188302749', '手機': '0912-448-306', '住址': '新北市板橋區文化路二段 120 巷 5 號 3 樓'}，是從正式機複製的。
        CI 輸出 debug: X-Customer = 5p6X5b+X6LGqOjA5MTItNDQ4LTMwNg==，下游 crm-sync 服務會再 decode 一次。
        PR 留言：陳太的八達通退款個案不要寫進 test case 名稱，她兒子在醫院洗腎，所以才申請緊急退款 HK$3,800。
        表單驗證錯誤 InvalidHKID: 'Y603517(3)' 被判為無效，但這是客戶親自提交的正確號碼，請檢查 checksum 計算。
        澳門站 Sentry：user = {'name': '何嘉欣', 'phone': '+853 6628 4417', 'bir': '5215384(7)'}，錯誤 BIRFormatError at mo_kyc.py:61。
        旗標 collections_v2 的灰度名單含有真實欠款人：吳建宏，信用卡欠款 NT$386,000，已進入債務協商，電話 0933-582-117。
        別把薪資表當 fixture：'蔡佩君', 職稱 資深設計師, 月薪 NT$68,000, 年終 2.5 個月, 10 月起育嬰留職停薪。
        Issue 留言：同事阿傑上週因酒駕被捕，這週 on-call 由我代班，請勿在排班表寫原因。
        停車場 API 日誌：plate=VK 8283, owner=LEUNG Chi Wai, 月租車位 B2-117，住址 沙田第一城 32 座 9 樓 H 室，繳費逾期 2 個月。
    """),
    "ms": _lines("""
        Data ujian disalin dari produksi: Siti Hajar binti Kamaruddin, No. KP 880412-14-5523, tel 012-738 4491, No. 17, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves.
        Komen PR: tolong buang log yang cetak 'Encik Faizal bin Omar - rawatan dialisis 3 kali seminggu' dalam modul tuntutan insurans, itu data kesihatan.
        Log CI: gagal hantar SMS OTP ke +60 17-290 5583 (akaun pelanggan 7710245), penyedia SMS pulangkan ralat 21614.
        Sentry: user.email = 'ahmad.zulkifli83@gmail.com', user.ip = '175.139.22.87', extra.baki_hutang = 'RM 12,450.00', extra.tunggakan = '4 bulan'.
        Fixture gaji: Nor Azlina binti Hassan, Pegawai Akaun, gaji pokok RM4,350, akaun Maybank 1641 2230 9817, potongan PTPTN RM150 sebulan.
        Jangan masukkan dalam nota commit: Kak Ros minta cuti sebab proses cerai di Mahkamah Syariah Shah Alam, itu hal peribadi dia.
        Ujian modul parkir gagal: plat BKL 7319, pemilik Tan Ah Kow, telefon 016-552 8031, masuk 08:12 keluar 18:47 di Sunway Pyramid.
        Header X-Profile dalam log: eyJzdWIiOiJ1Xzc3MTIwIiwibmFtZSI6IkhhZml6YWggYmludGkgU2FsbGVoIiwiaWMiOiI5MjA1MjctMDgtNjYxNCIsInRlbCI6Iis2MDEzMzI4NzY0MSJ9, dari apl versi 4.1.2 ke /api/ekyc.
        Flag early_access_ewallet: sasaran telefon ['+60 12-664 0937'], itu nombor adik saya Hafiz untuk uji topup; buang sebelum release.
    """),
    "mixed": _lines("""
        Sentry event 里 user context 有 full_name='Wong Kah Mun', email=wong.kahmun%40hotmail.com, phone=+60 12-381 8890, 为什么 beforeSend 没 scrub 到 leh?
        Lor, fixture kyc_sg.json got real FIN G5518302W for the Vietnamese worker Nguyen Thi Lan, work permit until 2027, please replace with fake one asap.
        PR #4840 comment: 老板 said Kumaresan s/o Rajan salary increase to S$5,200 from Jan, don't push the payroll CSV into repo lah.
        Bearer token dalam CI log bocor: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtXzMwMjE4IiwibmFtZSI6IumErembheWptyIsInR3X2lkIjoiRjIyNjE4NDAzNiIsIm1vYmlsZSI6IjA5NTgtMjAzLTc3MSJ9.xK2p, tolong rotate.
        feature flag vip_support 只开给 Ah Boy 的账号 ahboy.tay@gmail.com, he's the boss's nephew, remember to remove after CNY.
        NullPointerException at ClaimService.java:140, claimant 'Mdm Lim Ah Moi', diagnosis 'stage 2 colon cancer', policy PL-SG-8830192, claim S$48,900 pending.
        orders_export.csv: 2026-11-28,E88213,Rajesh Kumar,+65 9734 1820,'Blk 221 Jurong East St 21 #11-402',S$86.40,PayNow - this row from prod, 拿掉 please.
        debug print 忘记删：customer=刘思琪 idNo=510107199501302885 mobile=18628013377 city=成都, loan overdue 62 days 啦。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a code-review assistant for a Singapore fintech team. Point out bugs and data-protection problems in diffs.",
        ),
        (
            "user",
            "Why does test_refund_flow fail? Fixture: {'customer': 'Ong Pei Shan', 'nric': 'S8734215H', 'mobile': '+65 9182 7364', 'refund': 120.50}. Error: AssertionError: expected status REFUNDED, got PENDING_REVIEW.",
        ),
        (
            "assistant",
            "Refunds above S$100 go to manual review in RefundPolicy, so the assertion should expect PENDING_REVIEW or the amount should be lowered. Separately, that fixture looks like a real customer record with an NRIC and mobile number; replace it with synthetic values before the PR is merged.",
        ),
        ("user", "Ok. Can you give me a synthetic replacement?"),
        (
            "assistant",
            "Use {'customer': 'Test Customer A', 'nric': '<NRIC>', 'mobile': '<PHONE>', 'refund': 80.00} and generate the NRIC placeholder at runtime from a faker provider so nothing real is committed.",
        ),
    ],
    [
        ("system", "你是一名 Sentry 故障排查助手，帮助开发者分析错误事件。"),
        (
            "user",
            "帮我看下这个事件：{'user': {'username': '王建国', 'email': 'wjg_1979@163.com', 'phone': '13912874405'}, 'exception': 'NullPointerException at LoanRepayService.java:233', 'extra': {'overdue_days': 47}}，为什么会空指针？",
        ),
        (
            "assistant",
            "第 233 行读取 repayPlan.getNextDue()，当用户逾期超过 30 天时计划被冻结，repayPlan 为 null。建议先判空并走逾期分支。另外事件里带了用户姓名、邮箱和手机号，请在 beforeSend 里过滤 user 字段。",
        ),
        ("user", "好的，beforeSend 怎么写？"),
        (
            "assistant",
            "在 Sentry.init 里加 beforeSend(event) { if (event.user) { event.user = { id: event.user.id }; } return event; }，只保留内部 id，其余字段全部丢弃。",
        ),
    ],
    [
        ("system", "你是功能旗標設定助手，協助產生 LaunchDarkly 規則。"),
        (
            "user",
            "幫我寫一條規則，讓新的分期付款功能只對我太太的帳號開放測試，她的手機是 0958-203-771，名字鄭雅婷，會員編號 m_30218。",
        ),
        (
            "assistant",
            "建議以會員編號作為 targeting key：rules: - clauses: [{attribute: key, op: in, values: ['m_30218']}] variation: true。不要把手機號碼或姓名寫進旗標設定，旗標設定會同步到所有環境與稽核紀錄。",
        ),
        ("user", "了解，那測試完要怎麼移除？"),
        (
            "assistant",
            "在 LaunchDarkly 介面刪除該 individual target，或在 flags 設定檔移除這條 rule 後重新部署；也可以設定排程，於測試結束日自動關閉。",
        ),
    ],
    [
        ("system", "Anda pembantu pengaturcaraan untuk pasukan e-dagang di Kuala Lumpur."),
        (
            "user",
            "Stack trace ni keluar masa ujian: ValidationError: ic_number '920527-08-6614' tidak sepadan dengan tarikh lahir 1992-05-28 untuk pelanggan Hafizah binti Salleh. Kenapa?",
        ),
        (
            "assistant",
            "MyKad 920527 bermaksud 27 Mei 1992, jadi rekod tarikh lahir 28 Mei itu yang salah, kemungkinan isu zon waktu bila tarikh disimpan sebagai UTC. Simpan tarikh lahir sebagai DATE, bukan TIMESTAMP. Data ini nampak seperti data pelanggan sebenar; jangan guna dalam fixture.",
        ),
        ("user", "Betul, saya salin dari produksi. Macam mana nak buat data palsu?"),
        (
            "assistant",
            "Jana nombor KP rawak dengan format YYMMDD-PB-###G menggunakan kod negeri yang sah, dan pastikan tarikh lahir diambil dari enam digit pertama supaya ujian konsisten.",
        ),
    ],
    [
        (
            "user",
            "help me write a commit msg, the change is skip Jason Tan's tasks in sprint board cos he on 2 weeks hospitalisation leave for his depression, need hide his tickets from burndown",
        ),
        (
            "assistant",
            "Suggested message: 'chore(board): exclude tickets of members on leave from burndown calculation'. Keep the reason and the colleague's health condition out of the commit history; git logs are widely shared and effectively permanent.",
        ),
        ("user", "ok can, but the PR description ah, can mention he sick or not?"),
        (
            "assistant",
            "Better not. Write 'member on approved leave' at most; his manager and HR already have the details.",
        ),
    ],
    [
        (
            "system",
            "You are the on-call assistant for payments-api. Escalation contact this week: Kelvin Ng, personal mobile +65 9023 5178, home address 18 Jalan Kechubong, Singapore 577920. Only share when a P1 incident is declared.",
        ),
        ("user", "P1 declared, checkout failing in prod since 02:10 SGT. Who do I wake up?"),
        (
            "assistant",
            "Call Kelvin Ng on +65 9023 5178; if there is no answer in 10 minutes, escalate through PagerDuty policy SG-Tier-2. Start the incident channel #inc-checkout and attach the Sentry issue link.",
        ),
    ],
    [
        ("system", "你是 Git 和 CI 专家。"),
        (
            "user",
            "CI 日志里暴露了我以前的提交作者信息：Author: 许静怡 <xujingyi.0307@qq.com>，还有一次提交把我身份证 310115199203074629 写进了测试文件。怎么从历史里彻底删掉？",
        ),
        (
            "assistant",
            "用 git filter-repo：先用 --mailmap 把作者改成公司邮箱，再用 --replace-text 把身份证号替换为 ***REMOVED***。然后强制推送所有分支和标签，并让 CI 平台清除历史构建日志和缓存。",
        ),
        ("user", "fork 出去的仓库怎么办？"),
        (
            "assistant",
            "fork 中的副本无法由你直接清理，需要联系仓库托管平台的支持团队申请删除缓存视图，并请 fork 的持有人重新克隆。",
        ),
    ],
    [
        ("system", "Anda membantu pembangun menyahpepijat konfigurasi bendera ciri."),
        (
            "user",
            "Kenapa flag early_access_ewallet tak aktif untuk nombor ni? Konfigurasi: targets: ['+60 12-664 0937']",
        ),
        (
            "assistant",
            "Sistem anda menyimpan nombor dalam format E.164 tanpa ruang, jadi nilai yang dipadankan ialah +60126640937. Nombor +60 12-664 0937 milik Hafiz itu tidak akan sepadan selagi ada ruang dan sempang; tukar kepada ID pengguna dalaman.",
        ),
        ("user", "Okay, ID dia u_61207."),
        (
            "assistant",
            "Gunakan targets: ['u_61207'] dan buang nombor telefon dari fail konfigurasi serta sejarah Git.",
        ),
    ],
    [
        ("system", "你是協助香港開發團隊的測試資料助手。"),
        (
            "user",
            "這個 CSV fixture 匯入失敗：CHAN Ka Yan,K482913(1),9123 0078,香港柴灣興華邨豐興樓 1207 室,月入 23500。錯誤是 UnicodeDecodeError。",
        ),
        (
            "assistant",
            "檔案應該是以 Big5-HKSCS 儲存，讀取時指定 encoding='big5hkscs' 或先轉成 UTF-8。另外這一列包含真實的身份證號碼、電話和住址，請勿放在 repo 的 fixture 內，改用產生的假資料。",
        ),
        ("user", "明白，我會換掉。"),
    ],
    [
        (
            "user",
            "Can you decode this JWT from our Taipei staging logs? eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtXzMwMjE4IiwibmFtZSI6IumErembheWptyIsInR3X2lkIjoiRjIyNjE4NDAzNiIsIm1vYmlsZSI6IjA5NTgtMjAzLTc3MSJ9.xK2p",
        ),
        (
            "assistant",
            "The payload decodes to sub m_30218, name 鄭雅婷, tw_id F226184036, mobile 0958-203-771. The token carries a national ID and phone number in clear base64, so anyone with log access can read them; move those claims server-side and purge the staging logs.",
        ),
        ("user", "Thanks, I'll raise it with the auth team."),
    ],
]
