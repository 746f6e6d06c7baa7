# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade155: personal data in anti-fraud and device-risk artefacts (device-fingerprint JSON, liveness-check logs, risk-score payloads, OCR'd ID fields, chargeback evidence bundles, webhook bodies). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade155
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "risk_rule_config"): _lines("""
        rules: - id: VEL-017 | when: card_attempts_10m > 5 AND distinct_bin_count >= 3 | action: step_up_3ds | owner: payments-risk | since: 2025-11-04
        {"rule_id":"DFP-044","signal":"emulator_score","threshold":0.82,"action":"deny","applies_to":["android"],"min_sdk":"6.3.0","review_ticket":"RISK-2291"}
        liveness: { provider: "iProov", mode: "flash", max_retries: 3, pass_threshold: 0.91, fallback: "manual_review_queue_sg" }
        geo_velocity: max_kmh: 900  # anything faster than a commercial flight between two logins is flagged; airport table from OurAirports 2025-10
        allowlist_bins: ["424242", "400000", "555555"]  # sandbox test BINs only, rejected by the prod loader since release 4.9
        webhook: url: https://hooks.example-merchant.sg/risk/v2  secret_env: RISK_WEBHOOK_SECRET  retry: [30s, 2m, 10m, 1h]  timeout_ms: 4500
        score_bands: {"0-299":"approve","300-649":"challenge_otp","650-849":"hold_for_review","850-1000":"decline"}  # model fraudnet-gbm v4.12.1
        ip_reputation: deny_asn: [AS14061, AS16509, AS396982]  # hosting ranges (DigitalOcean, AWS, Google Cloud) seen in account-takeover bursts
        device_binding: max_accounts_per_device: 3, window_days: 30, exempt_merchant_ids: [MID-SG-00412, MID-MY-01177]  # shared kiosk tablets
        ocr: engine: paddleocr==2.8.1, lang: ["ch", "en", "ms"], doc_types: [mykad, nric, hkid, prc_id_front], redact_before_log: true
        chargeback: auto_represent_reason_codes: ["10.4", "13.1", "4837", "4853"]  evidence_template: cb_bundle_v3.docx  sla_days: 18
        FEATURE_FLAGS="risk.sim_swap_check=on,risk.rooted_device=block,risk.vpn_detect=log_only"  # rollout 25% Malaysia, 100% Singapore
        export RISK_API_BASE=https://api.sandbox.riskhub.example/v3 RISK_API_KEY=sk_test_51Hx0000EXAMPLEKEY000 TZ=Asia/Singapore
    """),
    ("en", "sdk_release_notes"): _lines("""
        FaceCheck SDK 7.4.0 (2025-10-21): passive liveness now runs on-device for iOS 16+, median latency down from 1.9 s to 740 ms on an iPhone 12.
        Fixed: glare on laminated MyKad cards made OCR read the birthplace code digits as letters; a retest on the 240-card specimen set passed at 99.2%.
        Breaking change: liveness.score is now a float between 0 and 1 instead of an integer out of 100; update your thresholds before upgrading.
        Known issue: Huawei P40 devices without Google Play Services return device_integrity=UNKNOWN; treat it as neutral, not as a fail signal.
        Deprecated: /v2/selfie/compare will be switched off on 2026-03-31 at 02:00 SGT; migrate to /v3/face/match, which returns a calibrated similarity.
        Added Traditional Chinese prompts for Hong Kong and Taiwan (請眨眼, 請慢慢轉頭) and Bahasa Melayu prompts (Sila kelip mata, Sila pusing kepala).
        Security: certificate pinning moved to the Let's Encrypt R11 intermediate; apps on SDK versions below 6.9 must update before 2025-12-15.
        Injection-attack detector v2 flags virtual cameras such as OBS Virtual Camera and ManyCam with 97.8% recall on our internal red-team set.
        Build hash for 7.4.0 android aar: sha256 9f2c4e71a0b35d8e6c1f7a2b94e0d3c85a6f1e2b7c9d0a4e3f5b6c7d8e9f0a1b (verify before publishing to Maven).
        Compliance: face templates are kept 30 days in ap-southeast-1 and then purged; raw selfies are never stored unless the merchant opts in.
        Minimum camera spec raised to 720p at 24 fps; older Android Go phones will fall back to active liveness (nod and smile) automatically.
        Thanks to the Grab Financial Group risk team and the GovTech Singpass squad for the field reports that led to the 7.3.2 hotfix.
        Document matrix now covers HKID (2018 smart card), Macau BIR, Taiwan national ID (2005 series) and PRC second-generation ID, front and back.
    """),
    ("zh-Hans", "风控规则说明"): _lines("""
        【风控提示】同一设备24小时内登录超过5个不同账户，将触发人工复核，复核时效为2个工作日，请商户勿重复提交同一批订单，也不要通过客服渠道催办。
        反诈专线96110为公安机关预警劝阻专线，来电显示为96110时请务必接听；12381为涉诈预警劝阻短信的发送号码，两者均不会要求转账。
        规则R-3207：收货地址与IP归属地跨省且从浏览到下单间隔小于90秒的订单，风险分上调150分，但不直接拒绝，交由后续规则综合判断。
        设备指纹字段说明：device_id为SDK生成的随机UUID，卸载重装后会变化；不得与手机号、身份证号做明文关联存储。
        依据《个人信息保护法》第二十八条，人脸信息属于敏感个人信息，活体检测原始视频的保存期限不得超过7天，到期由定时任务自动删除并留存删除日志。
        商户接入须知：风控回调地址必须为HTTPS，签名算法为HMAC-SHA256，时间戳偏差超过300秒的请求一律丢弃，并返回HTTP 401。
        本周拦截统计：高风险交易12,874笔，涉及金额人民币3,406万元，其中模拟器环境占41%，群控设备占27%，环比上周下降4个百分点。
        客服热线95188为支付宝官方电话，除此之外任何自称“支付宝客服”的手机号码均为诈骗，请勿添加其微信或QQ，也不要进行屏幕共享。
        OCR识别结果仅保留证件类型、签发机关和有效期截止日，姓名与号码字段在入库前由脱敏服务统一替换为占位符，原图在识别完成后立即删除。
        规则版本v2025.11.3上线时间：2025年11月18日02:00（北京时间），回滚由风控平台值班组负责，变更单号RC-20251118-07。
        本次风控沙龙在深圳市南山区科技园金蝶软件园举办，报名请发邮件至 events@riskforum.example.cn，名额120个。
        拒付举证材料清单：订单截图、物流签收记录、设备指纹报告、3DS认证结果，合并为一个不超过10MB的PDF文件，于收到通知后7个自然日内上传至商户后台。
        本平台运营主体统一社会信用代码91440300MA5G8K2X7N，ICP备案号粤ICP备2021012345号-1，仅用于资质核验。
    """),
    ("zh-Hans", "服务日志"): _lines("""
        2025-11-19 03:14:07.218 INFO  risk-gateway[pid=4127] 规则引擎热加载完成 ruleset=v2025.11.3 rules=418 耗时=212ms
        2025-11-19 03:14:09.551 WARN  liveness-svc 活体检测供应商响应超时 provider=face-vendor-b p99=3.8s 已切换备用通道
        2025-11-19 03:15:00.000 INFO  cron 日终对账开始 batch=DZ20251118 商户数=2,341 交易笔数=1,882,096 预计耗时=25min
        2025-11-19 03:15:31.907 INFO  ocr-worker-07 模型加载完成 model=idcard_det_v5.onnx sha256=4e1a9c07d3b2f6e8a5c4d1b0e9f8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0
        2025-11-19 03:16:44 ERROR webhook-dispatcher 回调失败 merchant=M10088231 event=risk.decision.updated http=502 retry=3/5 next=600s
        2025-11-19 03:17:02 INFO  device-fp 聚类任务完成 新增群控集群=14 最大集群设备数=263 标签=farm_suspect 下次运行=04:17
        2025-11-19 03:18:30 DEBUG score-api 请求 trace_id=7f3c9a1e52b84d06 耗时=38ms 决策=challenge 规则命中=[R-3207,R-1180]
        2025-11-19 03:20:11 INFO  chargeback-svc 收到Visa拒付通知 原因码=10.4 订单号=SO2025111800457812 金额=CNY 1,299.00
        2025-11-19 03:21:45 WARN  blacklist-sync 黑名单库同步延迟 lag=47s 源=上海数据中心 目标=张家口数据中心 将自动重试
        2025-11-19 03:22:00 INFO  health 检查通过 redis=ok kafka=ok mysql-primary=ok 当前风控决策QPS=8,912
        2025-11-19 03:25:13 INFO  release 灰度发布 service=risk-score version=4.12.1 比例=10% 机房=杭州 变更单=CHG-88127
        2025-11-19 03:26:59 ERROR ocr-worker-03 图片解码失败 reason=truncated_jpeg size=0B 来源渠道=小程序 已丢弃并计入失败指标
        2025-11-19 03:30:00 INFO  metrics 过去15分钟 活体通过率=93.7% 攻击拦截=312次 其中翻拍=201 面具=9 注入=102
    """),
    ("zh-Hant", "拒付處理FAQ"): _lines("""
        問：收到信用卡拒付（Chargeback）通知後要幾多日內回覆？答：Visa一般為30日，但收單銀行通常要求商戶於10個工作天內提交證據。
        問：哪些文件可作為「已送達」證據？答：物流簽收紀錄、順豐或嘉里物流的派送照片，以及運單號碼查詢結果截圖均可，相片須顯示門牌或大廈大堂。
        問：3D Secure驗證成功的交易仍會被拒付嗎？答：詐騙類原因碼通常責任轉移至發卡行，但「貨不對辦」類爭議仍由商戶負責舉證。
        如有疑問，請致電商戶服務熱線 (852) 2888 6600（星期一至五 09:00–18:00）或電郵 merchant-support@payhub.example.hk 查詢。
        台灣商戶請注意：依本公司收單合約，爭議款項暫扣期間最長為120天，暫扣金額將顯示於商戶後台「保留款」欄位，案件結案後三個工作天內解除。
        問：顧客用Apple Pay付款，拒付證據要提供卡號嗎？答：毋須，請只提供授權碼、交易時間及金額，系統會自動配對交易，毋須另外上載收據。
        香港反詐騙協調中心「防騙易」熱線為18222，如懷疑收到假冒收單銀行的拒付通知，可先致電查詢再作回應，切勿按短訊內的連結登入。
        台灣165反詐騙諮詢專線全天候服務，商戶若遇假冒金流平台客服要求「解除分期付款」，請立即掛斷並撥打165，亦可於165全民防騙網通報。
        問：證據包要用什麼格式？答：請合併為單一PDF，檔名格式為 CB_{案件編號}_{商戶代號}.pdf，例如 CB_2025-118372_M0417.pdf。
        澳門商戶可透過中國銀行澳門分行或大西洋銀行辦理爭議申訴，申訴表格編號MO-DSP-03可於本公司網站「商戶文件」頁面下載，填妥後以掛號信寄回。
        問：裝置指紋報告會否洩露顧客私隱？答：報告只包括瀏覽器版本、時區、螢幕解像度等技術參數，不含姓名、電話或任何證件號碼，亦不會記錄定位資料。
        本公司商業登記號碼為 71234567-000-11-25-A，地址為香港九龍觀塘道348號宏利廣場20樓，辦公時間接受文件親身遞交。
        問：同一張卡一日內被拒付三次會點？答：系統會自動將相關BIN加入觀察名單48小時，期間所有交易須經人工審核，商戶可於後台查看處理進度。
    """),
    ("ms", "notis_anti_penipuan"): _lines("""
        Hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997 dengan segera jika anda terpindah wang kepada akaun yang disyaki penipuan.
        Bank tidak akan sekali-kali meminta anda memasang aplikasi melalui pautan APK; muat turun hanya dari Google Play, App Store atau AppGallery.
        Mulai 1 Disember 2025, transaksi melebihi RM10,000 perlu diluluskan melalui aplikasi pada satu peranti berdaftar sahaja.
        Semak akaun bank atau nombor telefon yang mencurigakan di portal Semak Mule PDRM sebelum membuat sebarang pemindahan wang.
        Notis penyelenggaraan: sistem pengesahan wajah (eKYC) tidak dapat digunakan pada 23 November 2025 dari 1:00 hingga 5:00 pagi.
        Kaunter bantuan eKYC di Menara Maybank, 100 Jalan Tun Perak, Kuala Lumpur dibuka setiap hari bekerja dari 9:30 pagi hingga 4:00 petang.
        Kod TAC tidak akan dihantar untuk transaksi dari peranti baharu dalam tempoh 12 jam pertama; ini ialah ciri keselamatan tempoh bertenang.
        Bank Negara Malaysia: BNMLINK 1-300-88-5465, atau e-mel bnmtelelink@bnm.gov.my untuk aduan berkaitan institusi kewangan.
        Modus operandi terkini: panggilan palsu kononnya dari LHDN atau Pos Malaysia meminta anda menekan 1 dan menyerahkan nombor akaun.
        No. pendaftaran syarikat: 200701012345 (778899-K). Alamat pejabat: Aras 12, Menara Binjai, 2 Jalan Binjai, 50450 Kuala Lumpur.
        Jika imej MyKad gagal diimbas, pastikan kad diletakkan di atas permukaan gelap, tiada silau, dan keempat-empat bucu kad kelihatan.
        Skor risiko peranti dikira berdasarkan 48 parameter teknikal seperti versi sistem pengendalian, status root dan penggunaan emulator.
        Waktu operasi Pusat Panggilan: Isnin hingga Jumaat 8 pagi hingga 8 malam, talian 03-2178 8888 (nombor ini tidak menerima WhatsApp).
    """),
    ("mixed", "webhook_payload_docs"): _lines("""
        POST /webhooks/risk  {"event":"risk.decision.created","decision":"challenge","score":712,"rules":["VEL-017","DFP-044"],"merchant_id":"MID-SG-00412"}
        字段 liveness.result 取值 PASS / FAIL / RETRY；attack_type 可能为 print、replay、mask、injection，示例：{"result":"FAIL","attack_type":"replay"}
        Medan chargeback.reason_code mengikut skema Visa/Mastercard, contoh {"network":"mastercard","reason_code":"4853","amount":"RM 459.00"}
        X-Signature: t=1763520000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd  // 驗證方法見 docs/webhooks#signing
        payload base64 範例：eyJldmVudCI6InBpbmciLCJ0cyI6MTc2MzUyMDAwMH0= （解碼後為 {"event":"ping","ts":1763520000}），請先驗簽再解碼。
        rule_ctx 欄位為 base64 JSON，例如 eyJydWxlIjoiREZQLTA0NCIsImFjdGlvbiI6ImRlbnkiLCJzZGsiOiI2LjMuMCJ9 ，內容只有規則編號、動作及 SDK 版本。
        Sandbox token untuk ujian (bukan token sebenar): eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJmYWNlY2hlY2stc2FuZGJveCIsImF1ZCI6Im1lcmNoYW50LWRlbW8iLCJzY29wZSI6ImxpdmVuZXNzOnJlYWQiLCJleHAiOjE3NjM2MDY0MDB9.c2lnbmF0dXJlLW9ubHktZm9yLWRvY3M
        Sample OCR webhook for document QA: {"doc_type":"hkid","fields_detected":8,"mrz_present":false,"glare":0.12,"blur":0.05,"template":"HKID-2018"}
        ICAO 9303 specimen used in our MRZ parser tests: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< (the fictional Utopia passport from the spec)
        Jenis acara: account.device_bound, account.device_unbound, kyc.liveness_completed, kyc.document_rejected — semua dihantar dalam 5 saat.
        Test card 4111 1111 1111 1111, expiry 12/34, CVC 123 → 模擬 3DS challenge；card 4000 0000 0000 0002 → always declined (sandbox only).
        URL-encoded 商品名例子：item=%E6%B8%AF%E5%BC%8F%E5%A5%B6%E8%8C%B6&qty=2 對應「港式奶茶」，用於測試 query string 解碼是否正確。
        Retry policy / 重試策略 / dasar cuba semula: exponential backoff 30s→2m→10m→1h→6h, selepas 5 kali gagal event dipindah ke dead-letter queue.
    """),
    ("mixed", "ops_group_chat"): _lines("""
        [09:02] risk-ops-sg: morning all, 昨晚 VEL-017 误杀率升到 3.1%，我先把阈值从5调回6，等 model team 看完再说
        [09:05] fraud-analyst-kl: Noted. Semalam ada 214 akaun baru dari satu device farm di Johor Bahru, semua guna emulator Nox.
        [09:07] 值班-深圳: Kafka consumer lag 已经恢复正常，chargeback-svc 积压的 1,870 条通知全部处理完了
        [09:11] risk-ops-hk: 提提大家，Mastercard 下個月改 reason code 4853 嘅證據要求，template 要 update 埋 delivery proof 一欄
        [09:14] fraud-analyst-kl: ok boss, nanti saya update cb_bundle_v3 dan hantar ke legal untuk semakan sebelum Jumaat.
        [09:20] risk-ops-tw: 台灣這邊 165 轉來的案件本週 37 件，多數是假冒蝦皮客服要求解除分期，已全部標記並通知 merchant。
        [09:23] model-team: fraudnet-gbm v4.12.1 AUC 0.947 → 0.952, recall at 1% FPR +2.4pt, 今晚 22:00 SGT 上 10% 灰度
        [09:31] risk-ops-sg: liveness vendor B timeout again lah, p99 3.8s, can someone raise ticket with them? 我已经切备用通道
        [09:33] 值班-深圳: 工单已开 VEN-4471，对方说是 ap-southeast-1 一个 AZ 网络抖动，预计中午前修好
        [09:40] risk-ops-hk: OCR 對新版澳門居民身份證背面識別率只有 71%，要唔要暫時轉人手審核先？我聽日可以抽 200 張 sample 再測
        [09:42] compliance-sg: Reminder PDPA — jangan paste screenshot IC customer dalam group ni, guna case ID sahaja ya.
        [09:45] fraud-analyst-kl: Faham. Case ID KL-2025-11-0932 sampai 0957 sudah escalate ke bank issuer, tunggu maklum balas.
        [10:02] risk-ops-sg: lunch kopi from Ya Kun at Capital Tower? 我请客，庆祝这周拦截金额 SGD+RM 加起来超过一百万
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"event":"kyc.liveness_completed","applicant":{"full_name":"Tan Wei Ling","nric":"S8734129A","dob":"1987-03-14","mobile":"+65 9127 4830"},"result":"PASS","score":0.96}
        Chargeback evidence CB-2025-118372: cardholder Marcus Lim Jun Hao, Blk 412 Bedok North Ave 2, #09-217, Singapore 460412; delivery photo shows his wife signing for the parcel.
        risk_note: customer Priya d/o Ramasamy told the agent she is behind on three BNPL loans (SGD 7,840 in total) after losing her job; flag as hardship, not fraud.
        OCR fields: NAME=CHAN KA YAN | HKID=K482915(8) | DOB=02-08-1994 | ISSUE=15-03-23 | confidence=0.93 | source=selfie_with_card.jpg
        device_fp=a91f03c7e2 linked_accounts=[{"email":"kelvin.ong.1990@gmail.com"},{"email":"kelvinong.trades@outlook.com"}] same user suspected of multi-accounting
        Liveness retry log: applicant Siti Hajar binti Kamarudin failed 4 times; she told support she has Bell's palsy and cannot blink with her left eye.
        MRZ read from passport scan: P<SGPLOW<<MEI<XIN<<<<<<<<<<<<<<<<<<<<<<<<<<< / K2873016Q3SGP9105230F3011180<<<<<<<<<<<<<<08
        Dispute note: the 3 charges were made by the cardholder's 16-year-old son Ethan on the family iPad; his father Daniel Koh will repay but wants them reversed.
        sim_swap_check: msisdn=+65 8236 1974 last_swap=2025-11-17T22:41+08:00 carrier=Singtel result=RECENT_SWAP action=block_payout
        Webhook body: {"type":"payout.held","beneficiary":{"name":"Rachel Teo Hui Min","bank":"DBS","account":"120-334587-9"},"reason":"new_device_and_high_amount"}
        Analyst comment: the selfie matches Mr Wong's licence photo, but he admitted he opened the account to cover his gambling debts of about HKD 300k.
    """),
    "zh-Hans": _lines("""
        {"ocr":{"姓名":"刘晓燕","性别":"女","民族":"汉","出生":"1992年7月4日","住址":"上海市浦东新区锦绣路1500弄23号602室","公民身份号码":"310115199207044822"}}
        活体检测日志：用户周建国（男，45岁）连续三次眨眼动作未通过，家属称其患帕金森病手抖，已转人工视频核验。
        拒付举证包第3页：收货人陈先生，电话139 2816 4057，收货地址深圳市南山区蛇口望海路华彩花园7栋1503，签收时间2025-11-02 19:41。
        风险评分备注：阿明（王志明）欠网贷平台本息合计8.6万元，催收记录显示其近期频繁更换设备登录，疑为躲避催收而非欺诈。
        设备指纹关联：该设备绑定的微信号 wxid_li_xiaofeng88 与手机号186****3302 同属李晓峰，此人已因涉嫌洗钱被冻结账户。
        黑名单命中：id_no=440305198803152718 命中来源=涉诈名单 命中时间=2025-11-18 23:05:12 处置=拒绝开户
        回调URL：/callback?name=%E9%BB%84%E4%B8%BD%E5%A8%9F&mobile=13760428315&scene=loan_apply&ts=1763520133
        客服工单：林太投诉她丈夫背着她用她的身份证在我司借款两万元，两人正在办理离婚，要求删除她的人脸信息并出具证明。
        风控上下文 risk_ctx（base64）：eyJuYW1lIjoi6LW15a2Q6LGqIiwiYmFua19jYXJkIjoiNjIyMjAyMTIwMzA0ODg3NjU0MyIsInBob25lIjoiMTUxMDIxNzc0NjAifQ==
        人工复核结论：申请人孙婷自述怀孕7个月、已停工，月收入由1.2万降至0，申请分期延期，与设备风险无关，建议放行。
        OCR银行卡识别：户名 何志强 卡号 6217 0033 1000 4829 561 开户行 中国建设银行成都高新支行，用于原路退款。
    """),
    "zh-Hant": _lines("""
        OCR結果：姓名 黃詠詩 WONG, Wing Sze｜身份證號碼 Y305718(4)｜出生日期 21-11-1989｜首次登記 (03-08)｜簽發日期 19-06-20
        拒付證據：持卡人李家豪先生住址為九龍將軍澳寶林邨寶明樓1412室，本人聲稱從未收到貨，但順豐派送相片顯示其母親簽收。
        活體檢測失敗紀錄：申請人陳怡君（身分證字號A227184535，行動電話0912-538-406）三次以翻拍螢幕方式被判定為攻擊。
        風險備註：何太話佢老公欠咗財務公司四十幾萬，成日偷用佢部手機借錢，佢想我哋封鎖嗰部裝置。
        裝置指紋關聯：Line ID「ahwei_0718」與 chenyiwei0718@yahoo.com.tw 皆登入同一台 iPhone 13，研判為陳奕偉本人多開帳號。
        觀察名單：澳門手機 +853 6628 4193 於 48 小時內為 9 個新帳戶接收驗證碼，號碼登記人為私人用戶。
        持卡人住家地址為台北市大安區復興南路二段151巷8號3樓，與收貨地址不符；持卡人蔡先生表示收貨處是他女友的住處。
        webhook內容：{"事件":"kyc.document_rejected","證件":"台灣身分證","姓名":"吳宗翰","身分證字號":"F128033763","原因":"照片與本人不符"}
        人工審核：申請人楊美玲自述患乳癌正接受化療，外貌變化大，人臉比對分數僅0.41，已改用視訊核身。
        拒付調查：監控截圖顯示取貨人駕駛車牌 TV 3816 的私家車，車主登記為梁志偉，與持卡人為兄弟關係。
    """),
    "ms": _lines("""
        Keputusan OCR MyKad: NAMA=NUR AISYAH BINTI ABDUL RAHMAN | NO. KP=950612-10-5588 | ALAMAT=NO 23 JALAN SS 15/4C, 47500 SUBANG JAYA, SELANGOR
        Nota penganalisis: Puan Rosnah memaklumkan anaknya guna telefon beliau untuk 11 transaksi judi dalam talian; kini beliau berhutang RM18,500 dengan Ah Long.
        Mesej webhook: {"jenis":"payout.held","penerima":"Muhammad Faiz bin Zulkifli","akaun":"Maybank 1642 0837 5519","telefon":"+60 13-772 9041"}
        Senarai pantau: 011-2384 6917 (nombor peribadi) digunakan untuk menerima OTP bagi 7 akaun e-dompet baharu dalam 48 jam.
        Bukti caj balik: pemegang kad Tan Boon Keat, 18 Lorong Delima 3, Taman Delima, 11700 Gelugor, Pulau Pinang, menafikan pembelian iPhone 16 bernilai RM5,499.
        Catatan KYC: Encik Kamal bin Osman (MyKad 640311-01-5427) baru pulih dari strok, tangan kanan menggigil dan gagal ujian gerakan kepala; benarkan pengesahan manual.
        Gambar selfie_ic_0931.jpg: wanita bertudung memegang MyKad atas nama Wan Nor Azlina binti Wan Ismail, nombor 020415-03-0294 jelas kelihatan.
        Akaun CIMB 7064 2281 90 milik Ganesh a/l Muniandy dibekukan selepas menerima RM42,000 daripada mangsa Macau scam.
        Kereta plat WXY 4821 milik Encik Azman dikesan di lokasi pengambilan barang; beliau bekas suami pemegang kad dan kes cerai mereka masih berjalan.
    """),
    "mixed": _lines("""
        风控payload: {"name":"Goh Siew Ling 吴秀玲","nric":"T0251876C","device":"iPhone15,3","risk":"HIGH","note":"会员说她 husband 拿她的卡去 casino 刷了 8k"}
        liveness callback JWT: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJHNTUxODIwM0siLCJuYW1lIjoiTmd1eWVuIFRoaSBMYW4iLCJwYXNzIjoiV29yayBQZXJtaXQiLCJlbXBsb3llcl91ZW4iOiIyMDE4MzQ1MTJLIiwibGl2ZW5lc3MiOiJQQVNTIn0.Qm9ndXNTaWduYXR1cmVGb3JUZXN0
        [10:14] risk-ops-hk: 頭先嗰單 chargeback 個客係 Mr Lau Chi Keung，佢話張卡 lost 咗，手機 9538 2716 已經 call 唔通
        CSV row (case_id,name,id_no,phone,status): KL-2025-11-0933,Lim Mei Fong 林美芳,910203-07-5246,+60 16-558 0912,ESCALATED
        Catatan: customer 陈志伟 (Tan Chee Wai) baru keluar penjara bulan lepas, kena tangkap kes dadah 2021, now apply BNPL guna phone baru.
        form body (percent-encoded): full_name=%E9%83%AD%E4%BD%A9%E7%8F%8A&hkid=R671204%284%29&addr=Flat%20C%2C%2018/F%2C%20Block%203%2C%20Kingsford%20Gardens%2C%20Tai%20Po&lang=zh-HK
        Device risk summary: 2 accounts on the same Xiaomi — Ahmad Danial 和他太太 Nur Syafiqah, slip gaji RM3,200 sahaja tapi apply loan RM80k.
        Evidence bundle CB-2025-120044 附件：order confirmation sent to jasmine.yeo.hm@gmail.com, 用户说 never received, but the email was opened 4 times.
        OCR result 台灣: 姓名 鄭雅婷 Cheng Ya-Ting, ID R204619253, 地址 台中市西屯區福科路12巷5號, phone 0933-271-584, liveness=FAIL (replay)
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a fraud-operations assistant for a Singapore e-wallet. Summarise liveness and device-risk cases for analysts in plain English.",
        ),
        (
            "user",
            'Summarise this please: {"case":"SG-LV-55120","applicant":"Jonathan Seah Kok Leong","nric":"S7602418I","attempts":5,"last_error":"face_not_centered","device":"Samsung A14","note":"customer says he is 78 and has cataracts"}',
        ),
        (
            "assistant",
            "Case SG-LV-55120: Jonathan Seah Kok Leong (NRIC S7602418I) failed liveness five times with face_not_centered on a Samsung A14. He reports being 78 with cataracts, so this looks like an accessibility problem rather than an attack. Suggest an assisted video KYC slot.",
        ),
        ("user", "Draft a short SMS to him offering the video call."),
        (
            "assistant",
            "Hi Mr Seah, we noticed the face check on your app did not go through. We can verify you on a short video call instead. Reply YES and we will call you at a time that suits you. No need to share any codes.",
        ),
    ],
    [
        ("system", "你是一家消费金融公司的风控助手，负责解读OCR和活体检测结果。"),
        (
            "user",
            '帮我看下这个OCR结果有没有问题：{"姓名":"郑雅琪","公民身份号码":"350203199502281561","住址":"福建省厦门市思明区莲前西路288号5栋802","有效期限":"2016.03.10-2026.03.10"}',
        ),
        (
            "assistant",
            "身份证号码350203199502281561校验位正确，出生日期1995年2月28日与号码一致；第17位为6（偶数），对应性别为女，与“郑雅琪”一致；住址为详细门牌，入库前需脱敏。另外证件将于2026年3月10日到期。",
        ),
        ("user", "好的，那我直接打她电话 158 0592 7316 确认吗？"),
        (
            "assistant",
            "可以，但请通过公司外呼系统拨打并录音，只核对性别和有效期，不要在电话里复述完整身份证号码。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一封拒付申訴信，案件編號 CB-HK-88213，持卡人區永康先生話冇收到貨，但我哋有順豐簽收紀錄，收件地址係沙田第一城38座21樓F室，簽收人電話 6173 9845。",
        ),
        (
            "assistant",
            "致收單銀行：就案件編號 CB-HK-88213，持卡人區永康先生聲稱未收到貨品。本公司附上順豐派送紀錄，顯示貨品已於沙田第一城38座21樓F室送達，並由登記電話 6173 9845 的收件人簽收。懇請 貴行駁回是項拒付。",
        ),
        ("user", "可唔可以加埋裝置指紋證明係佢本人落單？"),
        (
            "assistant",
            "可以加一段：「訂單由一部曾於過去六個月內多次以持卡人帳戶登入的 iPhone 下單，裝置指紋與過往交易相符，且通過 3D Secure 驗證。」記得只附報告摘要，唔好附上完整原始日誌。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pasukan risiko sebuah syarikat e-dompet di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            'Terangkan payload skor risiko ini: {"nama":"Mohd Hafiz bin Yusof","mykad":"870722-14-5531","skor":842,"isyarat":["sim_swap_24j","peranti_root","lokasi_baru_Sandakan"]}',
        ),
        (
            "assistant",
            "Skor 842 berada dalam jalur 650 hingga 849, iaitu tahan untuk semakan. Isyarat utama: kad SIM Encik Mohd Hafiz bin Yusof ditukar dalam 24 jam terakhir, peranti telah di-root, dan log masuk dari lokasi baharu di Sandakan. Gabungan ini biasa dalam kes pengambilalihan akaun.",
        ),
        ("user", "Apa langkah seterusnya?"),
        (
            "assistant",
            "Bekukan pengeluaran sementara, hubungi pelanggan melalui nombor yang didaftarkan sebelum pertukaran SIM, dan minta pengesahan wajah semula. Jangan gunakan nombor telefon baharu untuk pengesahan.",
        ),
    ],
    [
        (
            "system",
            "Customer profile loaded for this session: name=Arjun Pillai, FIN=F3391057Q, employer=shipyard in Tuas, mobile=+65 8841 2096, open dispute CB-SG-30917 (SGD 1,280, Lazada). Answer the analyst's questions.",
        ),
        ("user", "他这个 dispute 是什么原因？"),
        (
            "assistant",
            "CB-SG-30917 的原因码是 13.1（商品未收到），金额 SGD 1,280，商户为 Lazada。客户资料显示他在 Tuas 船厂工作，收货地址是宿舍，可能是宿舍代收后遗失。",
        ),
        ("user", "ok, 帮我写一句 internal note"),
        (
            "assistant",
            "Internal note: Dispute CB-SG-30917 likely a dormitory mis-delivery, not fraud; request Lazada POD photo before representment.",
        ),
    ],
    [
        (
            "user",
            "Our webhook handler keeps failing on this body, can you spot why? {'event':'kyc.document_rejected','name':'Chloe Ng Pei Shan','hkid':'M219836(9)','reason':'expired'}",
        ),
        (
            "assistant",
            "The body uses single quotes, which is not valid JSON, so your parser rejects it. Re-serialise it with double quotes. Also note it contains Chloe Ng Pei Shan's full HKID M219836(9); mask it before it reaches your logs.",
        ),
        ("user", "Got it. How should I mask it?"),
        (
            "assistant",
            "Keep only the check-digit-free prefix letter and last two digits for support look-ups, or better, replace the number with a salted hash and store the mapping in your KYC vault.",
        ),
    ],
    [
        ("system", "你是台灣某電商平台的風控助理，協助判讀裝置指紋關聯結果。"),
        (
            "user",
            "這台裝置 fp_7c21e9 最近登入三個帳號：林柏翰（身分證 E119374027）、他妹妹林佳穎，還有一個用 bohan.lin.tw@gmail.com 註冊的新帳號，要不要封鎖？",
        ),
        (
            "assistant",
            "同一家庭成員共用裝置相當常見，林柏翰與林佳穎的帳號不宜僅因共用裝置就封鎖。較可疑的是 bohan.lin.tw@gmail.com 新帳號，建議檢查是否在領取新戶優惠券。",
        ),
        ("user", "新帳號確實領了三張首購券。"),
        (
            "assistant",
            "那可以判定為優惠濫用：取消新帳號的優惠券並限制其再領券，原有兩個帳號維持正常即可。",
        ),
    ],
    [
        ("system", "你是网贷平台风控复核助手。"),
        (
            "user",
            "复核一个案子：申请人马俊杰，说刚离婚，前妻拿走了房子，现在每月要付孩子抚养费3500，还欠信用卡4万多，手机号 13522907148，这次申请借款5万。",
        ),
        (
            "assistant",
            "从描述看，马俊杰当前负债较高，每月固定支出包括3500元抚养费和信用卡还款，新增5万元借款会明显增加违约风险。这属于信用风险，不是欺诈风险，建议降低额度或拒绝，并注明原因。",
        ),
        ("user", "那设备风险这边呢？"),
        (
            "assistant",
            "如果设备指纹、登录地和手机号 13522907148 的在网时长都正常，设备侧没有可疑信号；结论应基于还款能力而非设备风险。",
        ),
    ],
    [
        (
            "user",
            "Boleh decode medan evidence dalam bundle caj balik ni? evidence=eyJuYW1hIjoiSGFmaXp1ZGRpbiBiaW4gUm9zbGkiLCJteWthZCI6IjkzMDQxNy0wOC02MjEzIiwidGVsZWZvbiI6Iis2MDE5NDQxMjA4NyJ9",
        ),
        (
            "assistant",
            "Selepas dinyahkod, medan tersebut mengandungi nama Hafizuddin bin Rosli, nombor MyKad 930417-08-6213 dan telefon +60194412087. Ini data peribadi penuh; jangan hantar bundle ini melalui e-mel biasa.",
        ),
        ("user", "Ok, so apa patut saya buang sebelum hantar ke bank?"),
        (
            "assistant",
            "Buang nombor MyKad dan telefon, kekalkan nombor kes, masa transaksi dan bukti penghantaran sahaja. Bank penerbit hanya perlukan rujukan transaksi untuk padanan.",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong virtual bank's onboarding team. Reply in the user's language mix.",
        ),
        (
            "user",
            "有個客 liveness fail 咗 6 次，佢叫 Szeto Hoi Lam 司徒凱琳，話自己做完眼部手術戴住眼罩，phone 5127 6630，點處理好？",
        ),
        (
            "assistant",
            "Since 司徒凱琳 reported eye surgery and is wearing an eye patch, the blink test will keep failing. 建議轉 video KYC，由同事 call 佢 5127 6630 約時間，或者等佢拆眼罩後再做。",
        ),
        ("user", "ok, and should we note the surgery in her file?"),
        (
            "assistant",
            "Only note 'temporary accessibility issue, video KYC arranged'. Health details are sensitive; don't record the surgery itself unless she consents.",
        ),
    ],
]
