# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade79: personal data in observability artefacts (Prometheus labels, OpenTelemetry spans, Sentry events, Grafana annotations, trace baggage). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade79
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "prometheus-metrics"): _lines("""
        http_requests_total{method="POST",route="/api/v1/orders/:id/refund",status="502",pod="checkout-7d9f6c8b5-x2kqp"} 1043
        node_filesystem_avail_bytes{instance="10.42.3.17:9100",mountpoint="/var/lib/docker",fstype="xfs"} 4.29496729e+09
        sum by (tenant) (rate(api_errors_total{env="prod",region="ap-southeast-1"}[5m])) > 0.05
        - alert: PaymentGatewayLatencyHigh / expr: histogram_quantile(0.99, sum by (le, gateway) (rate(payment_latency_seconds_bucket[5m]))) > 2 / for: 10m / labels: {severity: page, team: payments} / annotations: {summary: "p99 latency above 2s on {{ $labels.gateway }}"}
        login_attempts_total{result="failure",reason="bad_password",client="android",app_version="5.14.2"} 38211
        # HELP sms_otp_sent_total Number of OTP SMS sent, by carrier. / # TYPE sms_otp_sent_total counter / sms_otp_sent_total{carrier="Singtel",country="SG"} 90215 / sms_otp_sent_total{carrier="Maxis",country="MY"} 77310
        Cardinality warning: label user_id on metric cart_items_added_total has 1,284,930 distinct values; drop it with metric_relabel_configs (action: labeldrop, regex: user_id|email|phone).
        metric_relabel_configs: - source_labels: [__name__] regex: 'go_gc_.*' action: drop / - regex: 'customer_(email|phone|nric)' action: labeldrop
        kube_pod_container_status_restarts_total{namespace="kyc-prod",pod="idverify-worker-5c6b7d-8hx2m",container="ocr"} 17
        [FIRING:2] KafkaConsumerLag group=invoice-mailer topic=invoices.v2 lag=184220 partition=7 | Runbook: https://runbooks.internal/kafka/consumer-lag
        card_auth_declines_total{bin_country="SG",scheme="visa",decline_code="05",acquirer="acq-02"} 4127
        order_value_sgd_bucket{le="250",channel="web",store="SG-Orchard"} 18833
        record: job:http_5xx:ratio_rate5m / expr: sum by (job) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (job) (rate(http_requests_total[5m]))
        build_info{version="2.31.4",revision="9f8e2c1a7b3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f",goversion="go1.22.5",branch="release-2.31"} 1
        We removed the invoice_id label from invoice_render_seconds after it hit 600k series; use exemplars instead, e.g. # {trace_id="7a1c9e4b2f6d8a03b5c7e9f1a2b4c6d8"} 0.82 1733475600.123
        probe_success{job="blackbox-http",instance="https://www.example-clinic.com.sg/appointments",probe="sg-1"} 0
    """),
    ("en", "otel-spans"): _lines("""
        span name="POST /v1/checkout" trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 kind=SERVER status=ERROR http.status_code=502 http.route="/v1/checkout" net.peer.name="payments.internal" duration=2.41s
        traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01
        attributes: {db.system: "postgresql", db.statement: "SELECT id, status FROM orders WHERE customer_id = $1 AND created_at > $2", db.rows_affected: 14}
        processors: / attributes/scrub: / actions: [{key: enduser.id, action: hash}, {key: http.request.header.authorization, action: delete}, {key: user.email, action: delete}]
        span event "exception": exception.type="TimeoutError" exception.message="upstream courier API did not respond in 5000ms" exception.stacktrace="at ShipmentClient.track (shipment.ts:88)"
        resource: service.name=kyc-document-ocr service.version=1.8.0 deployment.environment=prod-my k8s.pod.name=ocr-6f7d8c-qw9zt cloud.region=ap-southeast-3
        enduser.id is filled by the auth middleware from the session; sampling rule: keep 100% of spans where http.status_code >= 500 and 5% of the rest.
        messaging.system=kafka messaging.destination.name=sms.outbound messaging.kafka.message.key="SO-2026-0918347" messaging.message.body.size=412
        rpc.system=grpc rpc.service=ledger.v1.LedgerService rpc.method=PostEntries rpc.grpc.status_code=14 (UNAVAILABLE) retry.attempt=3
        links: [{trace_id: 5b8efff798038103d269b633813fc60c, span_id: eee19b7ec3c1b174, attributes: {link.reason: "batch-fanout"}}]
        Tracing policy: user.email, user.full_name, enduser.id and client.address are classified as personal data and must be dropped or hashed in the collector before export to the SaaS vendor.
        http.request.header.authorization="[REDACTED]" http.request.header.x-request-id="7c2a9e1f-4b6d-4a8e-9f3c-2d1e0b5a7c6f" http.user_agent="okhttp/4.12.0"
        Jaeger search: service=notification-svc operation=SendPushNotification tags={"push.provider":"fcm","error":"true"} minDuration=500ms limit=20
        span "GET /api/appointments/{appointmentId}" appointment.id=APT-20261203-00871 clinic.branch="Tampines" http.status_code=200 duration=312ms
        tail_sampling: policies: [{name: errors, type: status_code, status_code: {status_codes: [ERROR]}}, {name: slow, type: latency, latency: {threshold_ms: 1500}}]
    """),
    ("en", "sentry-events"): _lines("""
        PAYMENTS-WEB-4K7 TypeError: Cannot read properties of undefined (reading 'cardholderName') in src/checkout/summary.tsx | 1,203 events, 611 users, first seen 2026-11-28
        {"event_id":"fc6d8c0c43fc4630ad850ee518f1b9d0","level":"error","platform":"python","release":"billing@3.4.1","environment":"production","user":{"id":"[Filtered]","email":"[Filtered]","ip_address":null}}
        breadcrumbs: [{"category":"navigation","data":{"from":"/cart","to":"/checkout/payment"}},{"category":"xhr","data":{"method":"POST","url":"/api/v1/vouchers/apply","status_code":422}}]
        Sentry.init({ dsn: "https://3f9a1c2e7b8d4f60a1b2c3d4e5f60718@o447120.ingest.sentry.io/5512093", sendDefaultPii: false, tracesSampleRate: 0.2, beforeSend(event) { delete event.user; return event; } })
        AxiosError: Request failed with status code 429 at PromotionClient.redeem | tags: {browser: "Chrome 131", os: "Android 14", device: "SM-S928B", locale: "ms-MY", release: "shop-web@2026.12.1"}
        New issue in clinic-booking: ValidationError: 'ic_number' must match ^\\d{6}-\\d{2}-\\d{4}$ (57 events in 1h, environment: staging)
        contexts: {"os":{"name":"iOS","version":"18.1"},"device":{"model":"iPhone16,2","family":"iPhone"},"app":{"app_version":"7.3.0","app_build":"7300412"}}
        IntegrityError: duplicate key value violates unique constraint "customers_email_key" DETAIL: Key (email)=([Filtered]) already exists.
        Transaction /api/v1/claims/:claimId p95 3.8s, failure rate 2.1%, 12.4k tpm; suspect span db.sql.query "SELECT * FROM claim_documents WHERE claim_id = %s"
        extra: {"order_id":"SO-2026-0918347","payment_ref":"PAY-7F3K9Q2M","amount":"SGD 128.40","retry":2}
        Data scrubbing: Scrub IP addresses = on; Additional sensitive fields = nric, mykad, hkid, passport_no, card_number; Safe fields = order_id, trace_id
        Issue assigned to #team-mobile-payments; regression since app@7.2.9 (commit 3c1e9b7), will be fixed in 7.3.1.
        User feedback template: "Hi {{name}}, thanks for reporting the crash. Our team is looking at event {{event_id}}."
        ZeroDivisionError: division by zero in compute_installment(principal=0, months=0) at loans/schedule.py:142 | tags: {tenant: "bank-demo", flow: "bnpl"}
    """),
    ("zh-Hans", "alert-notifications"): _lines("""
        【P1告警】订单服务 order-svc 5xx 错误率 7.3% > 阈值 5%，持续 5 分钟，集群 prod-sh-02，请值班同学立即处理。告警ID：ALM-20261206-0042
        【恢复】支付回调延迟已恢复，p99 从 3.2s 降到 180ms，持续 14 分钟。Trace 示例：trace_id=3e1f0c9a7b5d4e2f8a6c1b3d5e7f9a0b
        钉钉机器人：[Grafana] 华东区 Redis 内存使用率 92%，实例 r-bp1x2y3z4w5v6u7t8s，建议扩容或清理过期 key。
        企业微信告警：短信网关调用失败率上升，运营商通道=移动，错误码=E1017，影响范围：登录验证码下发。
        sum(rate(http_requests_total{app="user-center",code=~"5.."}[1m])) / sum(rate(http_requests_total{app="user-center"}[1m])) > 0.02
        Grafana 注释：2026-12-05 20:00 双十二预热活动上线，预计 QPS 峰值 4.8 万，已提前扩容到 120 个 Pod。
        Grafana 注释：周杰伦演唱会门票开售，票务服务流量激增，CDN 命中率下降到 61%。
        Sentry 新问题：NullPointerException 位于 com.example.member.PointsService.redeem(PointsService.java:217)，影响用户数 312，版本 4.6.0。
        日志脱敏规则：手机号保留前三后四（如 138****0000），身份证号只保留前六位，姓名只保留姓氏，上线前请在测试环境验证。
        链路追踪：span=调用风控接口 duration=1.2s attributes={risk.level:"medium", rule.hit:"R-1024 同设备多账号", decision:"review"}
        {"level":"warn","msg":"\\u8ba2\\u5355\\u8d85\\u65f6","order_no":"E20261206153022887","timeout_ms":30000}
        baggage: x-gray=eyLmuKDpgZMiOiLlsI/nqIvluo8iLCLniYjmnKwiOiIzLjguMSIsIueBsOW6piI6IjEwJSJ9（base64 解码后是灰度渠道和版本号）
        告警收敛策略：同一指标 10 分钟内只推送一次；夜间 0 点至 8 点只推送 P0、P1 级别告警。
        客服热线 400-611-7788 监控：IVR 接通率 97.4%，平均等待 38 秒，排队超时 12 通。
        自愈脚本已重启 Pod payment-gateway-6b8d9f-k2m4n，原因：OOMKilled，内存上限 2Gi。
    """),
    ("zh-Hant", "grafana-annotations"): _lines("""
        Grafana 註解：2026-12-03 14:20 部署 member-api v3.9.2 至 prod-tw，變更單 CHG-2026-1187。
        告警：台北機房 API Gateway 5xx 比例 4.1%，已將流量切換至新加坡備援區。
        【已恢復】LINE Pay 回調逾時約 12 分鐘，交易編號 TXN202612030001 至 TXN202612030388 需人工對帳。
        Sentry：TypeError 於 checkout.js:412，瀏覽器 Safari 17.6，版本 web@2026.49，事件數 87。
        香港區 OTel Collector 佇列積壓 18,420 筆 span，exporter 重試中，請 SRE 值班同事檢查。
        login_fail_total{reason="otp_expired",region="hk"} 一小時內增加 1,203 次，疑似簡訊供應商延遲。
        span http.target 出現 q=%E7%8F%8D%E7%8F%A0%E5%A5%B6%E8%8C%B6，解碼後是「珍珠奶茶」，屬商品關鍵字，可以保留。
        baggage：feature=eyJmZWF0dXJlIjoiY2hlY2tvdXRfdjMiLCJyb2xsb3V0IjowLjI1LCJyZWdpb24iOiJ0dyJ9（灰度設定）
        註解：五月天演唱會搶票開始，票務服務 QPS 峰值 3.2 萬，已啟用排隊機制。
        日誌遮罩規則：身分證字號只保留第一個英文字母，其餘以 * 遮蔽；手機號碼只保留末三碼。
        客服專線 0800-211-359 監控：話務系統 SIP 註冊失敗，影響進線約 20 分鐘。
        Trace 取樣率由 10% 調整為 25%，僅限 payment-service 與 refund-service，觀察一週。
        Loki 查詢：{app="ticketing",env="prod-hk"} |= "seat_lock_timeout" | json | line_format "{{.event_id}} {{.seat}}"
    """),
    ("ms", "amaran-pemantauan"): _lines("""
        [AMARAN] Kadar ralat 5xx perkhidmatan pembayaran FPX melebihi 3% selama 10 minit di kluster prod-kl. Sila semak papan pemuka Grafana "Payments / FPX".
        [PULIH] Kelewatan baris gilir SMS OTP kembali normal; p95 kini 420ms. Tempoh gangguan: 18 minit.
        Anotasi Grafana: Kempen Jualan 12.12 bermula 00:00, trafik dijangka meningkat enam kali ganda.
        Sentry: Ralat baharu "KeyError: 'poskod'" dalam modul alamat_penghantaran, versi 2.8.1, 44 kejadian dalam sejam.
        Peraturan penapisan log: nombor MyKad, nombor telefon dan e-mel pelanggan mesti dipadam sebelum log dihantar ke vendor pemantauan di luar negara.
        permohonan_pinjaman_total{status="lulus",cawangan="Shah Alam",produk="peribadi-i"} 1287
        Span "Semak kelayakan bantuan" tempoh 2.9s, atribut {program: "STR", keputusan: "dalam_semakan", kod_ralat: null}
        baggage: kempen=eyJrZW1wZW4iOiJyYXlhMjAyNiIsInNhbHVyYW4iOiJzaG9wZWUiLCJ2ZXJzaSI6IjQuMTIuMCJ9 (nyahkod: kempen Raya, saluran Shopee, versi aplikasi)
        Anotasi: Konsert Siti Nurhaliza di Axiata Arena, jualan tiket dibuka 10 pagi, sistem giliran maya diaktifkan.
        Talian pusat panggilan 1-300-88-5252 mengalami gangguan IVR; pasukan telekom sedang menyiasat.
        Carian span http.target="/produk?q=kasut%20sukan%20lelaki" hanya kata kunci produk, boleh dieksport.
        Amaran cakera hampir penuh: nod db-replica-03 di Cyberjaya, 91% penggunaan pada /var/lib/mysql.
        Templat notifikasi: "Hai {nama_pelanggan}, pesanan {no_pesanan} anda sedang dihantar." Pembolehubah diisi semasa runtime; log hanya simpan templat.
        Tiket insiden INC-2026-3391 ditutup: punca akar ialah sijil TLS tamat tempoh pada gateway API.
    """),
    ("mixed", "trace-baggage"): _lines("""
        W3C spec example: baggage: key1=value1;property1;property2, key2 = value2, key3=value3; propertyKey=propertyValue
        baggage: tenant.ctx=eyJ0ZW5hbnQiOiJhY21lLXNnIiwicGxhbiI6ImVudGVycHJpc2UiLCJyZWdpb24iOiJhcC1zb3V0aGVhc3QtMSJ9,sampling.priority=1
        http.url="https://api.example.com/v2/search?q=%E8%93%9D%E7%89%99%E8%80%B3%E6%9C%BA%20%E9%99%8D%E5%99%AA&page=2" 搜索词是蓝牙耳机，不是用户信息
        x-b3-traceid: 80f198ee56343ba864fe8b2a57d3eff7 x-b3-spanid: e457b5a2e4d86bd1 x-b3-sampled: 1（Zipkin B3 头，全部是随机 ID）
        redis.key="ratelimit:ip:10.0.8.4" svc.hex=6f726465722d737663 (order-svc) redis.ttl=60
        baggage: region=ap-southeast-1,cawangan=KL-Sentral,channel=小程序,ab.bucket=B
        tracestate: congo=t61rcWkgMzE,rojo=00f067aa0ba902b7
        Baggage 大小限制：单个 header 不超过 8192 字节，最多 180 个 list-member；jangan letak nama penuh, 身份证号 or phone number dalam baggage.
        OTEL_RESOURCE_ATTRIBUTES=service.name=ewallet-topup,deployment.environment=prod-my,service.namespace=fintech OTEL_TRACES_SAMPLER=parentbased_traceidratio OTEL_TRACES_SAMPLER_ARG=0.1
        Grafana annotation: "Deploy 部署 v5.2.0, rollback plan: helm rollback wallet 41" tags=[deploy, prod-sg, 钱包]
        {app="kyc",env="prod"} |= "verify_result" | json | result="REJECTED" | count_over_time(5m) > 30 → amaran kalau terlalu ramai ditolak
        baggage: order.no=SO-2026-0918347,invoice.no=INV-SG-2026-004417,tracking=SPXMY0251830476
        Sentry tags: {"locale":"zh-CN","store":"SG-Orchard","pos.terminal":"T-0217","voucher":"XMAS26-OFF15"}
        Header Authorization (token servis, bukan pengguna): Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5pbnRlcm5hbCIsImF1ZCI6Im9yZGVycy1hcGkiLCJzdWIiOiJzdmMtb3JkZXItc3luYyIsInNjb3BlIjoicmVhZDpvcmRlcnMgd3JpdGU6c2hpcG1lbnRzIiwiZXhwIjoxNzY3MjI1NjAwfQ.Qm9vZ3lTaWduYXR1cmVfZmFrZQ
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        login_failures_total{user_email="kelvin.ong.sg@gmail.com",reason="bad_password",client="ios"} 14
        baggage: uid=88213,user.ctx=eyJ1aWQiOiI4ODIxMyIsIm5hbWUiOiJUYW4gTWVpIExpbmciLCJwaG9uZSI6Iis2NTk3MzYyMTg0In0=,tier=gold
        {"event_id":"a81c3e7d2b9f4e60b1c2d3e4f5a6b7c8","level":"error","user":{"id":"55871","email":"darren.lim.wj@hotmail.com","username":"Darren Lim Wei Jie","ip_address":"175.139.22.84"},"message":"Refund failed for order SO-2026-0918350"}
        span db.statement="UPDATE patients SET diagnosis='Type 2 diabetes', next_review='2027-01-14' WHERE nric='S7702845E'" service.name=clinic-emr
        Grafana annotation 03 Dec 16:40: rolled back payments v4.2.0 after Priya d/o Ramasamy was charged twice (SGD 842.00); refund ticket REF-88412
        http.url="/api/v1/unsubscribe?email=rajesh.kumar.sg%40gmail.com&list=promo" http.status_code=500
        [FIRING] FraudScoreHigh customer="Marcus Teo Jun Hao" card="5524 3645 1364 8929" score=0.97 merchant="online-electronics" amount="SGD 2,310.00"
        CardDeclinedError: card 4571233271866194 expired (holder=SHARON GOH PEI SHAN, exp 11/26) at billing/charge.py:77
        attributes: {enduser.id: "G5137290K", enduser.role: "work_permit", app.dormitory: "Tuas South Dormitory Block 7", app.employer: "Hock Seng Marine Pte Ltd"}
        level=info msg="delivery rescheduled" recipient="Mrs Angela Fernandes" address="Blk 412 Bedok North Ave 2 #08-117 Singapore 460412" phone="8452 0917"
        pending_kyc_reviews{applicant="Wong Kah Mun",passport="A40218573",nationality="MY",reason="address_mismatch"} 1
        breadcrumb {"category":"ui.input","message":"input#ic_number value=900514-14-5237","timestamp":1733460012.44} (last breadcrumb before crash)
        span hr.leave.view: agent opened medical-leave record of Kevin Lim Boon Keat, MC 4-6 Dec, dengue fever, issued by Raffles Medical Clementi
        DiskUsageHigh host=JOANNE-CHUA-MBP path="/Users/joanne.chua/Documents/Joanne Chua divorce settlement final.pdf" size=2.1GB
        Paged Daniel Rozario (on-call DBA, +65 9188 4037) at 03:12, no ack after 15 min, escalated to secondary.
        Sentry user context: {"id":"88103","username":"bryan_tay","email":"bryan.tay.kl@outlook.com"} tags: {plan: "premium", overdue_days: "63"}
    """),
    "zh-Hans": _lines("""
        【P2告警】风控拦截：用户 陈志明（身份证 440305199104122733）同一设备 10 分钟内注册 6 个账号，已冻结。
        span http.url="/api/v2/patients?name=%E9%BB%84%E9%9B%85%E5%A9%B7&dept=obstetrics&visit=2026-12-04" http.status_code=200
        钉钉告警：短信发送失败 手机号 139 2745 8816 模板 SMS_2219 内容“您的快递已到菜鸟驿站，取件码 5-3-2207”
        Sentry extra: {"收货人":"刘建国","电话":"186-0213-7459","地址":"上海市徐汇区漕溪北路 398 弄 12 号 601 室"}
        {"level":"error","msg":"\\u5b9e\\u540d\\u8ba4\\u8bc1\\u5931\\u8d25","name":"\\u674e\\u6587\\u6d69","id_no":"510107200103051297"}
        Grafana 注释：回滚原因——会员 赵磊 投诉被重复扣款 2 次共 ¥3,998，工单 TK-20261205-118。
        baggage: kyc=eyLlp5PlkI0iOiLnjovmmZPnh5UiLCLouqvku73or4EiOiIzMTAxMDQxOTg1MDkyMzUxODgifQ==,env=prod
        loan_overdue_days{borrower="周海涛",phone="177 0591 3362",product="随借随还"} 47
        企业微信告警：银行卡 6228481010065387688 连续 5 次支付失败，持卡人 孙丽娟，已触发风控冻结。
        redis.key=otp:hex(mobile):3135383231393337363034 redis.ttl=300 span=发送登录验证码
        2026-12-05 22:41:07 WARN [member-svc] 用户 zhang_wei_1990 绑定微信号 wxid_k8m2n5p7q9 失败，昵称“小张”，手机 152 1087 3349
        OTel span 属性：enduser.id="320106198906116048" app.claim.type="住院" app.claim.diagnosis="急性阑尾炎" app.claim.amount="¥12,430"
    """),
    "zh-Hant": _lines("""
        Sentry extra: {"payload":"eyJuYW1lIjoi5p6X5L2p5ZCbIiwibmF0aW9uYWxfaWQiOiJGMjE0NjM5MDI2IiwibW9iaWxlIjoiMDkyOC00NzEtMzU1In0=","step":"identity_verify"}
        告警：會員 張家豪（身分證 A123058470）信用卡 3569 9809 4169 9738 單日刷卡 12 筆，觸發盜刷規則。
        Grafana 註解：客訴，陳美玲 小姐 0975 206 813 反映 12/3 預約的皮膚科 12/10 上午診被系統取消。
        {"msg":"\\u5730\\u5740\\u8b8a\\u66f4","member":"\\u5433\\u5b97\\u7ff0","city":"\\u53f0\\u4e2d\\u5e02\\u897f\\u5c6f\\u5340","mobile":"0933-518-274"}
        baggage: hk.kyc=aG9sZGVyPUNIQU4gS2EgV2FpO2hraWQ9SzQ4MjkxMygxKTt0ZWw9NjM4NzIxNTk=,region=hk
        insurance_claim_pending{policy_holder="李志偉",hkid="Y617205(7)",type="住院"} 1
        LINE 推播失敗：收件人 黃志明，LINE ID ming.0812，手機 0912-847-306，訊息「您的貸款已逾期 15 天」
        Sentry user: {"id":"E228610458","username":"蔡淑芬"} 事件：保單續約扣款失敗，卡號末四碼 0131
    """),
    "ms": _lines("""
        baggage: pelanggan=eyJuYW1hIjoiTXVoYW1tYWQgSGFmaXogYmluIElzbWFpbCIsIm15a2FkIjoiOTAwNTE0MTQ1MjM3In0,saluran=app
        Sentry: ralat semasa kemas kini alamat, pengguna farah.adlina87@yahoo.com.my, alamat baharu "No. 23, Jalan SS 2/64, 47300 Petaling Jaya"
        Anotasi Grafana: temujanji dialisis pesakit Kavitha a/p Subramaniam (IC 961130-08-5562) dibatalkan akibat gangguan sistem, keluarga minta hubungi 012-738 4561
        pinjaman_tertunggak{peminjam="Lim Chee Keong",telefon="019-224 7803",cawangan="Ipoh"} 3
        span "Semak baki" http.request.header.authorization="Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzU1MTIwIiwiZW1haWwiOiJudXJhaXN5YWgucmFobWFuOTJAZ21haWwuY29tIiwibmFtZSI6Ik51ciBBaXN5YWggYmludGkgUmFobWFuIiwiaWMiOiI4ODA5MjEtMTAtNjQ4OCJ9.kX3pQ9vRz_2mYd8hT0aLwE" status=OK
        Penghantaran gagal: penerima Encik Rosli bin Ahmad, 011-2081 5574, Lot 1127 Kampung Parit Baru, 83000 Batu Pahat, Johor
        Amaran HR: caruman majikan untuk Siti Hajar binti Osman (no. ahli KWSP 18274615) tertunggak 3 bulan
        Bot Telegram gagal hantar amaran kepada @aiman_kl92 (Aiman Hakimi bin Zulkifli, jurutera syif malam), cuba semula 3 kali
        student_fee_overdue{pelajar="Lee Jia Hui",ic="020817-01-0724",sekolah="SMK Bukit Mertajam"} 1
        Notifikasi: Encik Zulkarnain bin Yusof, NRIC S8834127I, temujanji klinik pergigian di Woodlands 9 Dis 3.30 ptg
    """),
    "mixed": _lines("""
        baggage: customer.name=Ong%20Siew%20Ling,customer.mobile=%2B6590613382,cart.total=SGD%20412.50
        OTel span 钱包充值 enduser.id=T0315962G user.full_name="Nurul Ain Lee" amount="RM 500" status=FAILED
        Sentry event locale=zh-CN user={"email":"chenxiaoyu.1994@163.com","phone":"+86 150 2178 4493"} message="Bayaran gagal untuk pesanan SO-2026-0918351"
        Annotation: 外籍员工 Nguyen Van Thanh (FIN M2046815T) 工作准证 2027-01-31 到期, HR flag raised
        kyc_manual_review{nama="Goh Teck Seng",mykad="750302-07-5011",sebab="gambar kabur"} 1 # 客户说下午再上传
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an SRE assistant helping with Sentry configuration."),
        (
            "user",
            'Our Sentry still shows PII, look: user.email="jolene.seah@gmail.com", user.name="Jolene Seah Hui Min", extra.nric="T1268403C". beforeSend deletes event.user only when env == "production". Why is it still there?',
        ),
        (
            "assistant",
            "Your condition only strips the user in production. If this event came from another environment such as staging-sg, beforeSend returns it untouched. Remove the environment check, or scrub the fields server-side in Data Scrubbing.",
        ),
        (
            "user",
            "Yes it's staging-sg. She's also flagged for a chargeback of SGD 1,980, can I keep that in tags for the fraud team?",
        ),
    ],
    [
        (
            "user",
            'Prometheus 里有个指标把用户信息打进 label 了：member_points{name="何春梅",mobile="135 8207 4416",idcard="330106199607188320"} 2860，怎么用 relabel 去掉？',
        ),
        (
            "assistant",
            "在 scrape 配置的 metric_relabel_configs 里加一条 action: labeldrop，regex 写 name|mobile|idcard，这样入库前就会删掉这三个 label。更好的做法是改代码，不要把个人信息作为 label。",
        ),
        ("user", "好的，那已经存进 TSDB 的那条序列怎么删？"),
    ],
    [
        (
            "user",
            "Grafana annotation 寫咗：客戶 LEUNG Wing Sze（HKID R350841(1)）投訴保單被錯誤取消，電話 9412 6083。呢條點樣刪？",
        ),
        (
            "assistant",
            "可以喺 Grafana 用 annotation 的 DELETE API 刪除，或者喺 Dashboard 上面撳住該註解揀 Delete。刪除之前建議記錄 annotation id 方便審計。",
        ),
        ("user", "明白，佢個 case 仲未處理完，我會改成淨係寫 case 號 CS-20261204-77。"),
    ],
    [
        (
            "user",
            'Span dari perkhidmatan penghantaran ada atribut ni: recipient.name="Nor Azlina binti Hashim", recipient.phone="013-662 4190", recipient.address="No. 8, Jalan Melati 3, Taman Melati, 53100 Kuala Lumpur". Macam mana nak buang sebelum eksport?',
        ),
        (
            "assistant",
            "Guna attributes processor dalam OpenTelemetry Collector dengan action delete untuk recipient.name, recipient.phone dan recipient.address, atau action hash jika anda perlukan nilai untuk korelasi.",
        ),
        (
            "user",
            "Ok. Dia pelanggan tetap kami, beli ubat darah tinggi setiap bulan, jadi span ni banyak.",
        ),
    ],
    [
        (
            "user",
            "Can you decode this baggage value for me? worker.ctx=eyJuYW1lIjoiQXJqdW4gcy9vIEtyaXNobmFuIiwiZmluIjoiRjQ4MjE2MDdMIiwiZG9ybSI6IktyYW5qaSBMb2RnZSAxLCBCbGsgMTIiLCJzaGlmdCI6Im5pZ2h0In0=",
        ),
        (
            "assistant",
            "It is base64 JSON with a worker's name, FIN, dormitory block and shift. That is personal data and should not travel in baggage, because baggage is propagated to every downstream service and often ends up in vendor traces.",
        ),
        (
            "user",
            "OK, it's from the canteen access gate service. I'll switch it to an opaque worker id.",
        ),
    ],
    [
        (
            "user",
            "今晚 on-call 换人了，是 Kenneth Yeo，手机 9408 5521，如果 PagerDuty 不响就直接打给他。帮我写成 Grafana annotation 的格式。",
        ),
        (
            "assistant",
            'Annotation text 可以这样写："On-call handover 2026-12-06 20:00, see PagerDuty schedule SRE-Primary"。建议不要把个人手机号写进 annotation，annotation 会被所有能看 dashboard 的人看到。',
        ),
        ("user", "明白，不过他说他明天请病假去做胃镜，所以只值今晚。"),
    ],
    [
        ("system", "你是负责日志合规的助手。"),
        (
            "user",
            "Sentry 里有个事件：患者 郑思远，身份证 350203199302273815，复诊科室 精神科，诊断 抑郁症，app 在提交预约时崩溃。这个事件能保留用来调试吗？",
        ),
        (
            "assistant",
            "这条事件包含身份证号和健康信息，属于敏感个人信息。建议删除该事件，只保留堆栈和版本号，并在 SDK 的 beforeSend 里去掉表单字段。",
        ),
    ],
    [
        (
            "user",
            'Loki keeps showing lines like: msg="charge ok" card_number=4111735794010131 holder="MR SURESH A/L MUTHU" amount=RM389.00. Need a LogQL or promtail stage to mask it.',
        ),
        (
            "assistant",
            "In promtail add a replace stage with expression '(\\d{6})\\d{6}(\\d{4})' and replace '${1}******${2}', and a second replace for holder=\"[^\"]*\". Better still, fix the logger so it never prints the PAN.",
        ),
        (
            "user",
            "Thanks, Suresh is actually a staff member, it's his own card used for a test refund last week.",
        ),
    ],
    [
        (
            "user",
            "OTel span 屬性裡有 enduser.id=B107384912 跟 user.full_name=郭俊宏，還有 app.loan.amount=850000，collector 要怎麼設定 hash？",
        ),
        (
            "assistant",
            "在 attributes processor 對 enduser.id 用 action: hash，對 user.full_name 用 action: delete。金額如果需要統計可以保留，但不要和身分資料放在同一個 span。",
        ),
        ("user", "了解，他這筆房貸上週被退件，客服一直在查這條 trace。"),
    ],
    [
        (
            "user",
            "Amaran Telegram kita hantar mesej ni ke group umum: 'Pelanggan Awang Jeffri bin Awang Ali, MyKad 850611-13-5097, gagal bayar pinjaman kereta 3 bulan'. Macam mana nak elak?",
        ),
        (
            "assistant",
            "Ubah templat amaran supaya hanya memaparkan nombor akaun dalaman atau ID tiket, dan hantar butiran pelanggan ke sistem CRM yang mempunyai kawalan akses.",
        ),
        ("user", "Baik. Group tu ada 200 orang, termasuk vendor luar."),
    ],
    [
        (
            "user",
            "trace 里的 http.target 是 /api/profile?name=%E5%88%98%E8%8A%B3&id=110105197801300463&phone=13366021857，这算不算个人信息泄露？",
        ),
        (
            "assistant",
            "算。name 解码后是一个人的姓名，id 是完整的身份证号，phone 是手机号。应该把这些参数放到 POST body，并在 collector 里对 http.target 做查询参数剥离。",
        ),
        ("user", "好，这个用户昨天还来投诉过资料被泄露。"),
    ],
]
