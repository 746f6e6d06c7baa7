# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade141: personal data in government e-service and form-submission artefacts (Singpass MyInfo JSON, MyDigital ID callbacks, submitted form PDFs as text, OCR of IC scans, e-filing receipts, API logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade141
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "api_gateway_logs"): _lines("""
        2026-11-30T09:14:07.221+08:00 INFO  [myinfo-connector] GET /com/v4/person-sample status=200 latency_ms=184 client_id=STG2-MYINFO-DEMO-APP trace=7f3c9a1e0b2d
        2026-11-30T09:14:09.003+08:00 WARN  [token-svc] POST /token 401 invalid_client: client assertion expired (exp=1796459100, now=1796459142) env=staging
        2026-11-30T09:15:22.540+08:00 ERROR [jwks-cache] failed to refresh https://id.singpass.gov.sg/.well-known/keys after 3 retries, using cached kid=sp-sig-2026-07 (age 41m)
        2026-11-30T09:16:00.000+08:00 INFO  [cron] purge_job done: deleted 18,402 consent records older than 30 days from table myinfo_consent_tmp in 2.8s
        10.20.4.17 - - [30/Nov/2026:09:17:45 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.003 upstream=efiling-gw-6d8f7b9c5-x2kqp
        level=info ts=2026-11-30T01:18:03Z svc=efiling-gw msg="submission accepted" form=IR8A-2026 batch=B20261130-0042 records=214 employer_uen=201834567K
        {"ts":"2026-11-30T09:19:11+08:00","lvl":"INFO","svc":"mydigitalid-bridge","event":"callback_received","state":"a81f2c","code_len":43,"duration_ms":97}
        2026-11-30 09:20:44,118 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): test.api.myinfo.gov.sg:443 via proxy sgw-egress-02, tls=1.3
        2026-11-30T09:22:30+08:00 INFO [pdf-render] rendered receipt template efiling_ack_v7.html -> 148 KB, pages=2, fonts=NotoSansCJKsc,Arial, took 611ms
        2026-11-30T09:23:58+08:00 ALERT [rate-limit] client STG2-CPF-CALC exceeded 600 req/min on /v4/person, 429 returned for 37 requests; ticket INC-20261130-0193 raised
        audit action=CONFIG_CHANGE actor_role=platform-admin target=myinfo.scope old="uinfin name" new="uinfin name regadd mobileno" change_id=CHG-88412 approved_by=CAB-2026-48
        2026-11-30T09:25:10+08:00 INFO [header-debug] Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Im15aW5mby1zaWctMjAyNiJ9.[payload redacted].[signature redacted]
        2026-11-30T09:26:47+08:00 INFO [queue] topic=form.submissions partition=3 offset=1204877 lag=12 consumer=efiling-writer-7c9d8 commit=ok resp=eyJjb2RlIjowLCJtc2ciOiJvayIsInRyYWNlIjoiYzBhODAxMmYtN2UifQ==
    """),
    ("en", "business_efiling_receipts"): _lines("""
        ACRA BizFile+ Transaction Receipt | Transaction No: T26BF0831427 | Entity: Kopi Tiam Ah Seng Pte. Ltd. (UEN 201912345K) | Annual Return filed 28 Nov 2026 | Fee paid: S$60.00
        IRAS myTax Portal Acknowledgement: Form C-S (YA 2026) received for TAN BROTHERS ENGINEERING PTE LTD, UEN 199804512D, on 30-11-2026 14:02:51, Ack No. CS2026-00918374
        GST F5 return for period 01/07/2026 to 30/09/2026 submitted by Lee & Lim Trading LLP (UEN T15LL0427F). Net GST payable S$12,480.35; GIRO deduction on 15 Dec 2026.
        LHDN e-Filing acknowledgement: Form C YA2025, Restoran Mak Siti Sdn. Bhd. (SSM 202001023456), employer tax ref E 9102284-06, submitted 29/11/2026 22:17, receipt no. EC25-7730192
        SSM e-Info receipt RCP-2026-1130-55821: company profile extract for Harimau Maju Logistics Sdn Bhd, 201501012345 (1133456-W), RM10.00 paid via FPX, bank ref 8823019944
        HK Companies Registry e-Registry: Annual Return NAR1 for WAH KEE NOODLE COMPANY LIMITED, CR No. 2918345, delivered 30-11-2026; fee HK$105; Document No. 20261130NAR0045812
        Taiwan MOF eTax receipt: business tax (Form 401) for Sep-Oct 2026, Unified Business No. 53218867, Formosa Pearl Tea Co., Ltd., tax paid NT$48,210, barcode 151120A8BB0934
        Electronic Tax Payment Certificate No. 344026112600018837, taxpayer Shenzhen Lanyue Technology Co., Ltd., USCC 91440300MA5G8K2X3Q, VAT Q3 2026, amount CNY 86,402.17
        CPF e-Submit@web: contribution for Nov 2026 received from CSN 201834567K-PTE-01, 42 employees, total S$186,904.00, payment advice PA20261130-7713, due 14 Dec 2026
        Macao DSF e-service receipt: Complementary Tax return M/1 Group A by Pastelaria Lou Kei Lda., taxpayer no. 80041923, submitted 30/11/2026, reference DSF-M1-2026-004417
        MOM Work Pass e-Service acknowledgement: 3 Work Permit renewals submitted by Lion City Facilities Pte Ltd (UEN 200712345W), job order JO-26-11-0081, S$105.00 charged via company GIRO
        This is a computer-generated receipt. No signature is required. Generated 30/11/2026 14:05:33 SGT by myTax Portal v5.18.2 | Ref MTP-RCPT-7730192 | Page 1 of 1
        HK IRD eTAX: Profits Tax Return BIR51 for YA 2025/26 filed by Golden Dragon Tea House Limited, BR No. 61234578, acknowledgement ref PTR2526-0008841, e-filed 30 Nov 2026 16:48
    """),
    ("zh-Hans", "政务服务通知"): _lines("""
        【系统维护公告】国家政务服务平台将于2026年12月12日00:00至06:00进行系统升级，期间“跨省通办”“电子证照”等服务暂停使用，如有疑问请拨打政务服务便民热线12345。
        上海“一网通办”提示：自2026年12月1日起，个人所得税综合所得年度汇算预约入口调整至“随申办”App首页“热门服务”栏目，PC端旧入口同步下线。
        南山区政务服务中心地址：深圳市南山区桃园路2号行政服务大厅一楼，工作时间周一至周五9:00—12:00、14:00—18:00，法定节假日不对外办公。
        粤省事提醒：电子社保卡申领需完成人脸识别，若提示“活体检测失败（错误码E1032）”，请在光线充足处重试，或前往就近社保经办网点办理。
        关于启用新版《外国人工作许可申请表》（2026版）的通知：新表增加“学历认证编号”栏，旧版表格自2027年1月1日起不再受理，请申请单位及时下载更新。
        国家税务总局12366纳税缴费服务热线提示：电子税务局将于每月征期最后三个工作日延长服务至22:00，请纳税人合理安排申报时间，避免集中办理。
        浙江“浙里办”：企业开办“一件事”平均办理时长已压缩至0.5个工作日，2026年1—10月累计服务企业41.7万家次，满意率99.3%。
        北京市政务服务中心将于12月20日上午举行“政务服务进园区”活动，现场可办理营业执照变更、社保登记等112个事项，请企业经办人携带单位公章。
        温馨提示：电子营业执照小程序已更新至v3.6.2，旧版本（v3.4及以下）将于2026年12月31日停止签名验签服务，请企业法定代表人及时更新。
        国务院总理李强在政府工作报告中提出，要深入推进“高效办成一件事”，全面推行政务服务“一网通办”“一窗通办”，让企业和群众少跑腿。
        广州“穗好办”新增港澳居民来往内地通行证在线预约功能，预约成功后请携带证件原件前往区政务服务中心现场核验，每日放号300个。
        电子发票提醒：数电票号码为20位数字，例如“24442000000123456789”，可登录全国增值税发票查验平台（inv-veri.chinatax.gov.cn）核验真伪。
        苏州工业园区一站式服务中心咨询热线0512-66681234（工作日8:30—17:30），企业咨询邮箱service@sipac.gov.cn，本号码不受理投诉举报。
    """),
    ("zh-Hans", "回调接口日志"): _lines("""
        2026-11-30 10:02:13.447 [http-nio-8080-exec-12] INFO  c.g.e.callback.FaceAuthController - 收到人脸核身回调 bizNo=FA20261130100213884 result=PASS score=0.9731 耗时=1.82s
        2026-11-30 10:02:14.002 [http-nio-8080-exec-12] WARN  c.g.e.sign.SignVerifier - 回调验签失败：signature mismatch，appId=wx8c1f2a9d3e7b6c05，已丢弃，累计3次
        2026-11-30 10:03:41.119 ERROR c.g.e.ocr.IdCardOcrClient - 身份证OCR接口超时(5000ms)，请求ID req-6b2e91f0，已切换备用通道ocr-backup-02
        回调报文：{"code":"0000","msg":"成功","data":{"orderNo":"ZW202611300012873","status":"ACCEPTED","acceptOrg":"杭州市市场监督管理局"}}
        2026-11-30 10:05:00 INFO 定时任务[电子证照同步]执行完毕：新增证照1,284张，更新317张，失败2张(原因：签章证书过期)，下次执行10:35:00
        2026-11-30 10:06:27.880 DEBUG 请求头 X-Gov-Timestamp=1796436387880 X-Gov-Nonce=9f2c7d X-Gov-Signature=sha256=4e1a0b9c7d Content-Type=application/json;charset=UTF-8
        网关日志 2026/11/30 10:07:55 上游超时：upstream=http://10.8.3.21:9090/api/apply/submit，耗时60.0s，已返回504，告警已推送至运维值班群
        2026-11-30 10:09:12 INFO 表单提交成功 formCode=SB-GR-001(个人参保登记) version=2026.3 字段数=46 附件数=2 对象键=apply/2026/11/30/8c1e4f.pdf
        2026-11-30 10:10:38 WARN 限流触发：接口/api/v1/cert/query 在60秒内被调用1,208次，超过阈值1,000，来源应用=随申办小程序，已熔断30秒
        【告警】电子税务局申报接口成功率降至92.4%（阈值98%），时间窗口10:05—10:10，主要错误码：SWJ-5003（核心征管系统繁忙）
        2026-11-30 10:12:44 INFO 支付回调 outTradeNo=FEE20261130101244017 totalFee=2000(单位:分) tradeState=SUCCESS bankType=CMB_DEBIT 缴费项目=护照工本费
        2026-11-30 10:13:59 ERROR 数据脱敏组件初始化失败：规则文件masking-rules.yaml第42行格式错误(期望list，实际为string)，回退至默认规则集v1.8
        审计日志：操作类型=导出统计报表 操作角色=窗口主管 报表=《2026年11月各窗口办件量》 导出格式=xlsx 记录数=37 审批单=SP-2026-1130-06
    """),
    ("zh-Hant", "電子報稅常見問題"): _lines("""
        問：使用自然人憑證報稅時顯示「讀卡機未就緒（錯誤代碼 9056）」怎麼辦？答：請確認已安裝最新版「跨平台網頁元件」，並重新插入讀卡機後再試。
        問：今年綜合所得稅申報期間為何？答：2026年5月1日至5月31日，財政部電子申報繳稅服務網 24 小時開放，免付費服務專線 0800-000-321。
        問：香港「稅務易」帳戶密碼忘記了可以怎樣重設？答：可透過「智方便」登入後於「帳戶設定」重設，或致電稅務局查詢熱線 187 8022。
        問：表格上的「姓名」欄應如何填寫？答：請按身份證明文件上的英文姓名填寫，先姓後名，例如「陳大文 CHAN, Tai-man」，中文姓名一欄可留空。
        問：澳門財政局網上申報職業稅 M/3 表需要甚麼？答：僱主須先以「一戶通」企業帳戶登入，並於每年二月底前提交上年度僱員收益資料。
        問：申報書 PDF 右上角的條碼是甚麼？答：該條碼為收件編號（格式如 11504-0123456），用於查詢處理進度，列印時請勿裁切。
        提醒：財政部不會以簡訊要求您點擊連結辦理退稅，如收到可疑「退稅通知」簡訊，請撥打 165 反詐騙諮詢專線或本部免付費專線查證。
        問：公司行號營業稅可否使用網路申報？答：可以，營業人以工商憑證登入「營業稅網路申報系統」，於每單月15日前申報上期銷售額。
        問：報稅軟體支援哪些作業系統？答：Windows 10/11、macOS 13 以上及 Ubuntu 22.04，安裝檔名如 IIT2026_Setup_v1.0.3.exe，雜湊值以官網公告為準。
        財政部臺北國稅局地址：臺北市中正區中華路一段2號，服務時間週一至週五 8:30–17:00，報稅期間延長至 18:00 並於週六上午加開櫃台。
        問：電子收據上的稅額與銀行扣款金額不同？答：若選擇分期繳納，首期金額會較少；請至「繳款書查詢」頁面核對，或洽各地區國稅局服務台。
        香港特區行政長官李家超於施政報告中宣布，「智方便」將擴展至更多政府電子表格一站式預填，目標涵蓋逾 300 項網上服務，並支援企業帳戶。
        問：「智方便+」與「智方便」有何分別？答：「智方便+」須親身到自助登記站或登記服務櫃位核實身份，可用於具法律效力的數碼簽署。
    """),
    ("ms", "notis_perkhidmatan_digital"): _lines("""
        Makluman: Portal MyDigital ID akan menjalani penyelenggaraan berjadual pada 13 Disember 2026 dari 12:00 tengah malam hingga 4:00 pagi. Log masuk MyGov Malaysia tidak dapat dilakukan.
        LHDN: Tarikh akhir penghantaran Borang BE melalui e-Filing ialah 30 April 2027. Talian HASiL Care Line 03-8911 1000 beroperasi Isnin hingga Jumaat, 7:30 pagi hingga 7:30 malam.
        Pejabat JPN Negeri Selangor terletak di Tingkat 1, Kompleks PKNS, Jalan Sultan, 40000 Shah Alam. Kaunter MyKad dibuka 8:00 pagi hingga 5:00 petang, Isnin hingga Jumaat.
        Soalan Lazim: Kenapa pengimbasan muka gagal semasa pendaftaran MyDigital ID? Pastikan pencahayaan mencukupi, tanggalkan cermin mata gelap dan gunakan aplikasi versi 2.4.1 ke atas.
        KWSP i-Akaun: Mulai 1 Januari 2027, pengeluaran Akaun Fleksibel boleh dibuat terus melalui aplikasi tanpa perlu hadir ke kaunter. Maklumat lanjut di www.kwsp.gov.my.
        Menteri Digital Gobind Singh Deo berkata lebih 2.1 juta rakyat telah mendaftar MyDigital ID setakat November 2026 dan sasaran 10 juta pengguna dijangka dicapai pada 2027.
        Notis: Borang permohonan lesen perniagaan PBT kini boleh dihantar dalam talian. Yuran pemprosesan RM50.00 dibayar melalui FPX; resit rasmi dihantar ke e-mel syarikat dalam 3 hari bekerja.
        Restoran Pak Mat Tomyam (SSM 202103045678) di Jalan Tun Razak telah menerima penarafan BeSS; pemeriksaan kebersihan seterusnya dijadualkan pada suku pertama 2027.
        Perdana Menteri Anwar Ibrahim melancarkan Pangkalan Data Utama (PADU) pada 2 Januari 2024 di Putrajaya dan menggalakkan rakyat mengemas kini maklumat sebelum 31 Mac 2024.
        Kod ralat MYD-4012 bermaksud token sesi telah tamat tempoh. Sila tutup aplikasi dan log masuk semula; jika masalah berterusan hubungi helpdesk@mydigitalid.gov.my.
        Jadual fi JPN: penggantian MyKad kali pertama RM10, kali kedua RM100, kali ketiga RM200; warga emas dan OKU dikecualikan bagi kad yang rosak bukan kerana kecuaian.
        Makluman SPR: Semakan daftar pemilih boleh dibuat melalui aplikasi MySPR Semak atau SMS ke 15888 dengan format SPR(jarak)SEMAK(jarak)No. KP anda.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur. Temu janji klinik pakar kini boleh dibuat melalui aplikasi MySejahtera; talian am hospital 03-2615 5555.
    """),
    ("mixed", "form_schema_config"): _lines("""
        fields: [{key: "full_name", label_en: "Full Name", label_zh: "姓名", label_ms: "Nama Penuh", source: "myinfo.name", editable: false, required: true}]
        MYINFO_CLIENT_ID=STG2-MYINFO-SELF-TEST  MYINFO_SCOPE="uinfin name sex dob regadd mobileno email"  MYINFO_REDIRECT=https://localhost:3001/callback  # 测试环境 only
        const ERROR_MSG = { "E401": "会话已过期，请重新登录 / Sesi tamat, sila log masuk semula", "E422": "表单校验失败 / Validation failed" };
        CREATE TABLE form_submission (id BIGSERIAL PRIMARY KEY, form_code VARCHAR(32), payload_enc BYTEA, submitted_at TIMESTAMPTZ DEFAULT now()); -- 加密存储 AES-256-GCM
        CSV header: submission_id,form_code,tarikh_hantar,状态,channel,file_sha256,page_count,ocr_confidence,reviewer_team,sla_due
        <input name="nric" pattern="[STFGM][0-9]{7}[A-Z]" placeholder="身份证号码 / No. Pengenalan / NRIC" maxlength="9" autocomplete="off">
        i18n.ms.json: "btn_submit": "Hantar", "btn_save_draft": "Simpan Draf", "msg_saved": "Draf disimpan pada {time}"; zh-Hans: "已保存草稿 {time}"
        mydigitalid: { issuer: "https://sso.digital-id.my", response_type: "code", scope: "openid profile", pkce: S256, timeout_ms: 8000 }  # 回调 URL 见 README 第3节
        def mask_ic(v: str) -> str: return v[:6] + "-**-****" if len(v) == 12 else v  # 仅用于日志 / untuk log sahaja
        ocr_template: zones=[{name:"no_kp", x:0.62, y:0.08, w:0.33, h:0.06}, {name:"nama", x:0.05, y:0.71, w:0.60, h:0.07}] lang=msa+eng+chi_sim dpi=300
        retention: { form_pdf_days: 2555, ocr_image_days: 30, logs_days: 180 }  # 7年保存 per 档案法; imej IC dipadam selepas 30 hari
        curl -X POST https://api.example.gov/forms/v2/validate -H "Content-Type: application/json" -d '{"form":"EP-APPLY","lang":"zh-Hant","dry_run":true}'
        表单版本 changelog v4.2.0 (2026-11-28): tambah medan "alamat surat-menyurat", 新增 "通讯地址同户籍地址" checkbox, fix PDF 页脚页码重叠 bug #2291
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] 运维值班: Singpass staging callback 又 502 了, 我先 rollback 到 v3.8.1, 大家先别 deploy 哈, 等我确认 error rate 下来
        [09:05] QA team: Ok noted. Lepas rollback saya run semula regression suite, 142 test cases, ETA 20 min, nanti update dalam group ni
        [09:07] PM: 今天下午 3 点 GovTech 那边 review MyInfo v4 migration, slide 已经放在 Confluence 页面 MIG-2026-Q4 了, 请先看
        [09:31] 运维值班: rollback done ✅ error rate 从 18% 降到 0.2%, root cause 怀疑是 JWKS cache TTL 设太短 (60s), 下午改成 3600s
        [09:40] Helpdesk lead: Hari ni banyak tiket pasal MyDigital ID face scan gagal, dah 37 tiket sejak pagi, semua Android 15 Samsung
        [10:02] Dev backend: PR #2291 已 merge, PDF 页脚 bug fix 了, 下个 release 一起上, tag v3.8.2-rc1 已经打好
        [10:15] PM: reminder 各位, 年底 change freeze 从 12月20日 开始到 1月3日, 期间 urgent fix 需要 CAB approval
        [10:48] Security: 提醒 log 里面不要 print 完整 token 和 payload, masking rule 更新到 v1.9 了, sila semak config masing-masing
        [11:20] QA team: Regression 142/142 passed 🎉 tapi performance test p95 naik ke 1.9s, 要看一下 /v4/person 的 latency
        [11:34] Dev backend: 是 Singpass 那边慢, 他们 status page 写了 "degraded performance" since 11:05 SGT, 我们这边不用改
        [12:05] Helpdesk lead: Update: vendor confirm bug di SDK 2.4.0, fix dalam 2.4.1 yang keluar Jumaat ni, 到时候 push 通知用户更新
        [14:58] PM: GovTech review 改到 3:30, 会议室 Level 10 "Merlion" room, 线上的同事用 invite 里的 Teams link
        [17:45] 运维值班: 今晚 22:00 做 DB failover drill, 预计 downtime 5 分钟, maintenance banner 已经 set 好了 (BM/EN/中文 三语)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MyInfo person response: {"uinfin":{"value":"S8234517E"},"name":{"value":"LIM WEI JIE"},"dob":{"value":"1982-06-14"},"mobileno":{"prefix":{"value":"+"},"areacode":{"value":"65"},"nbr":{"value":"91827364"}}}
        2026-11-30T09:41:12+08:00 DEBUG [myinfo-connector] id_token payload=eyJzdWIiOiJTODIzNDUxN0UiLCJuYW1lIjoiTElNIFdFSSBKSUUiLCJtb2JpbGVubyI6Iis2NTkxODI3MzY0IiwiaWF0IjoxNzk2NDU3NjAwfQ
        HDB e-Service form (PDF text): Applicant: Nur Farhana Bte Ismail | NRIC: T0312845D | Co-applicant: Muhammad Irfan Bin Roslan | Flat: Blk 418 Bedok North Ave 2 #07-233 S(460418) | Reason for transfer: divorce
        OCR scan_0042.jpg: REPUBLIC OF SINGAPORE IDENTITY CARD N0. S762lO93D Name TAY BOON KIAT Race CHINESE Date of birth 09-11-1976 Sex M Country of birth SINGAPORE
        IRAS e-Filing acknowledgement: Form B1 YA 2026 filed by GOH SIEW LING (Tax Ref S9140288B) on 18/04/2026 21:33; chargeable income S$84,250; tax payable S$3,117.50
        ICA e-Service audit 2026-11-29 16:02:51 action=LTVP_SUBMIT applicant_fin=G5518204W sponsor_nric=S6712049C relationship=SPOUSE status=PENDING_DOCS
        OneService case #OS-2611-88213: The drain outside my unit at 57 Jurong West St 42 #11-318 has been choked for 2 weeks. Please call me at 8836 2190. Mdm Koh
        ComCare application note: Mr Ravi s/o Subramaniam, 58, was retrenched in August, owes S$14,600 to two licensed moneylenders and his wife is on dialysis three times a week.
        Callback retry for FIN F2839475Q failed 3x (timeout), moved to manual follow-up queue MQ-07
        GET /callback?code=Xk29fQ&state=af31&prefill_email=rachel.ong.kx%40gmail.com&prefill_mobile=%2B6597240516 HTTP/1.1 200 rt=0.208
        eTAX BIR60 submitted: Taxpayer CHEUNG KA YAN, HKID R730264(8), salaries HK$612,000 from Harbour Logistics Ltd, residence Flat 12B, Tower 3, Laguna Verde, Hung Hom
        Civil Service leave e-form: Ms Deborah Chia (DOB 03/05/1994) is 22 weeks pregnant and applies for maternity leave from 15/01/2027; polyclinic memo attached.
    """),
    "zh-Hans": _lines("""
        2026-11-30 10:21:07 INFO 人脸核身通过 name=陈志强 idCard=440306198805234131 mobile=13760218845 score=0.9812 channel=粤省事
        埋点上报 GET /track?evt=form_submit&ext=%E7%94%B3%E8%AF%B7%E4%BA%BA%3D%E6%9D%8E%E4%BD%B3%E9%A2%96%26%E6%89%8B%E6%9C%BA%3D13825571946 200 3ms
        导出任务 batch=EXP-1130-07 payload(base64)=546L5Li95aifLDMxMDExNTE5OTIwODE3MjYyMywxMzkxNjI3NDgzMA== 状态=已推送至备份库
        身份证OCR结果：姓名 张建国 性别 男 民族 汉 出生 1975年3月2日 住址 北京市朝阳区安立路60号院7号楼2单元1103 公民身份号码 110105197503027710
        12345工单备注：来电人王阿姨反映其儿子小军在网贷平台欠款约十二万，催收人员多次上门，她本人有高血压，请求社区协调处理。
        个税专项附加扣除：纳税人刘洋（51010719900214152X）申报子女教育扣除，子女刘子萱就读成都市某小学三年级，扣除比例100%，任职单位四川蓝鲸科技有限公司
        短信网关日志 2026-11-30 10:33:18 send ok to=18620937751 tpl=SMS_2291 biz=电子社保卡激活 cost=1
        申请表（PDF转文字）联系电话：１３９２６８４７１０５　紧急联系人：周梅（配偶）　现住址：广州市海珠区江南大道中168号3栋902房
        社保转移申请：参保人赵磊，身份证号320583198609290036，工资卡6222021209018847326（工商银行苏州分行），转入地上海市
        婚姻登记预约记录：男方孙浩 女方郑晓雯 预约类型=离婚登记 日期2026-12-08 09:30 窗口3 备注：女方曾于冷静期内提交撤回申请
    """),
    "zh-Hant": _lines("""
        智方便預填回傳：{"nameZh":"黃詠芝","nameEn":"WONG, Wing-chi","hkid":"K482915(8)","dob":"1991-07-22","mobile":"96235184"}
        GET /moica/callback?status=0&name=%E6%9E%97%E6%B7%91%E8%8A%AC&pid=A223456781&ts=1796459321 HTTP/1.1 200
        綜合所得稅結算申報收執聯：納稅義務人 吳建宏 身分證統一編號 F130293840 申報日期 115/05/21 應退稅額 NT$8,426 退稅帳戶 中華郵政 00212340567891
        2026-11-30 15:22:08 一戶通 登入成功 用戶=何嘉欣 證件=5208341(3) 手機=6628 1937 裝置=iPhone 15 服務=車輛使用牌照稅網上繳納
        社署綜援申請備註：李太表示丈夫去年中風後無法工作，家中已欠租三個月共港幣二萬四千元，大女兒今年準備應考DSE。
        OCR：香港永久性居民身份證 HONG KONG PERMANENT IDENTITY CARD 麥志偉 MAK, Chi Wai 出生日期 1984年O6月11日 男 M ★★★AZ M604187(1)
        健保卡申辦表：申請人 陳怡君 出生 民國82年9月3日 戶籍地址 臺中市北屯區崇德路二段188巷12號5樓 聯絡電話 0928-416-305
        表格系統除錯輸出：contact_mobile(hex)=3633383431303237，區碼 852，提交編號 EF-2026-118834，狀態=待人手覆核
        公司寄來的 IR56B 顯示黃志明 2025/26 年度薪酬為港幣 1,086,000 元，另有花紅 HK$180,000，他想知道要不要分開申報。
    """),
    "ms": _lines("""
        GET /mydid/callback?nama=NUR%20AISYAH%20BINTI%20ROSLAN&mykad=920314105566&telefon=0126634817&state=9c1e HTTP/1.1 302
        Log integrasi MyDigital ID: id_token.payload=eyJucmljIjoiODgwNDEyMTA1NTIzIiwibmFtYSI6Ik1PSEQgSEFGSVogQklOIFpBSU5BTCIsImVtZWwiOiJoYWZpei56YWluYWw4OEBnbWFpbC5jb20ifQ status=SAH
        Baris eksport borang: payload_b64=TlVSIEFJU1lBSCBCSU5USSBST1NMQU58OTIwMzE0LTEwLTU1NjZ8MDEyLTY2MyA0ODE3 status=DITERIMA
        OCR MyKad: KAD PENGENALAN MALAYSIA 880412-1O-5523 MOHD HAFIZ BIN ZAINAL NO 12 JALAN SS 2/64 47300 PETALING JAYA SELANGOR WARGANEGARA LELAKI ISLAM
        Resit Pengakuan e-Filing BE 2025: NORAINI BINTI ABDUL RAHMAN, No. Cukai SG 10234567080, No. KP 850726-07-5218, pendapatan bercukai RM68,400, baki perlu dibayar RM1,236.00
        Aduan SISPAA: Encik Zulkifli memaklumkan gajinya dipotong RM1,200 sebulan kerana hutang PTPTN tertunggak dan anaknya sedang menjalani rawatan leukemia di HUKM.
        SMS TAC dihantar ke 013-928 4471 pada 30/11/2026 08:44, rujukan permohonan JPN-KP-2026-118204
        Semakan saman MyEG: No. pendaftaran WVB 7281, pemilik AHMAD FAUZI BIN OTHMAN, 3 saman PDRM tertunggak berjumlah RM450, alamat surat 7 Jalan Merak 2, Klang
        Borang tuntutan STR: Penerima KAMALA A/P MUNIANDY, No. KP 640918-08-5672, akaun BSN 0810029411873560, alamat Lot 22 Kampung Baru, 31100 Sungai Siput, Perak
        2026-11-30 11:02:47 INFO [padu-sync] kemaskini alamat berjaya ic=010529-14-0937 emel=danish.iskandar01@yahoo.com poskod=53100
    """),
    "mixed": _lines("""
        MyInfo 回传 regadd: {"block":"211","street":"LORONG 8 TOA PAYOH","floor":"05","unit":"112","postal":"310211"} 申请人 uinfin=T9905126J, 资料已预填到 form
        [10:20] Helpdesk lead: 有个 caller Serene Tan Hui Min 说 MyInfo address 还是旧的 Blk 88 Telok Blangah Hts #14-506, NRIC S8873215D, tolong escalate ke GovTech
        Kaunter note: Puan Lim Ah Moi 72岁, tak pandai guna MyDigital ID, anak dia call 012-477 3092 minta bantuan daftar, 已约 12月3日 上午
        Borang Permohonan / Application Form: Nama/Name: CHONG KAH WAI 张家伟 | No. KP/IC: 790108-01-5331 | Alamat: 18 Jalan Bunga Raya 3, Taman Pelangi, 80400 Johor Bahru
        Formulário/表格: Nome 姓名 LEONG KA MAN 梁嘉敏, BIR 1389024(5), Telemóvel 6571 2208, Morada: Rua de Pequim n.º 202A, Edf. Hoi Fu Garden 8/F B, Macau
        临时 debug: MyInfo token payload=eyJ1aW5maW4iOiJTODUxNjAzNEYiLCJuYW1lIjoiS0hPTyBKSUEgSFVJIiwiZW1haWwiOiJqaWFodWkua2hvb0BvdXRsb29rLmNvbSJ9 用完记得删
        Mdm Wong 的 CHAS 申请被 reject 了, 因为 household income per capita S$1,980 超标, 她 stage 3 乳腺癌 还在 NCCS 做 chemo, 想 appeal
        submission_id,nama,no_kp,telefon,状态 | 88201,SARAVANAN A/L KRISHNAN,830615-10-6027,016-552 8190,待审核
        報稅 app crash log: user_id=B288172038 email=yuting.hsu0415@gmail.com device=Pixel 8 locale=zh-TW screen=扶養親屬 step=3
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore SME's HR team preparing IR8A e-submissions to IRAS.",
        ),
        (
            "user",
            "Can you check this row before I upload? TAN JUN HAO, S7945602J, DOB 21/02/1979, gross salary 2025 S$96,400, bonus S$12,000, CPF employee S$20,400. He left on 31/10/2025.",
        ),
        (
            "assistant",
            "The row looks consistent. Because Tan Jun Hao ceased employment on 31/10/2025, remember to also file Form IR21 only if he is a foreigner; as an NRIC holder he is not subject to tax clearance. Check that the cessation date is entered in the IR8A 'Date of cessation' field.",
        ),
        ("user", "Thanks, and the bonus goes into item d(i)?"),
        (
            "assistant",
            "Bonus is declared under the bonus field of IR8A, not d(i); d(i) is for allowances. For S7945602J, enter S$12,000 as bonus and keep the CPF employee amount at S$20,400.",
        ),
    ],
    [
        (
            "user",
            "帮我把这张身份证OCR结果整理成JSON：姓名 王丽娟 性别 女 出生 1992年8月17日 住址 上海市浦东新区张杨路1288弄5号602室 公民身份号码 310115199208172623",
        ),
        (
            "assistant",
            "整理结果如下：name=王丽娟，gender=女，birth=1992-08-17，address=上海市浦东新区张杨路1288弄5号602室，id_number=310115199208172623。建议入库前对身份证号做脱敏。",
        ),
        ("user", "好的，再帮我判断一下身份证号校验位对不对。"),
        (
            "assistant",
            "按GB 11643-1999的加权算法计算，前17位31011519920817262的校验位应为3，与号码末位一致，校验通过。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk urusan cukai pendapatan individu di Malaysia."),
        (
            "user",
            "Tolong draf surat rayuan kepada LHDN. Nama saya NORAZLINA BINTI HASHIM, No. KP 870212-03-5648, No. Cukai SG 20456781030. Saya dikenakan penalti RM820 kerana lewat hantar BE 2024 sebab saya masuk wad bersalin pada April.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: 'Tuan/Puan, Saya NORAZLINA BINTI HASHIM (No. KP 870212-03-5648, No. Cukai SG 20456781030) ingin merayu pengurangan penalti RM820 bagi kelewatan penghantaran Borang BE 2024. Kelewatan berlaku kerana saya dimasukkan ke wad bersalin pada April 2025. Bersama-sama ini disertakan surat hospital sebagai bukti.'",
        ),
        ("user", "Terima kasih, nak hantar melalui HASiL Care atau pejabat cawangan Kota Bharu?"),
        (
            "assistant",
            "Anda boleh menghantar melalui saluran HASiL Care di portal MyTax atau serahkan terus di cawangan Kota Bharu; simpan salinan resit penerimaan.",
        ),
    ],
    [
        (
            "user",
            "用智方便填表時預填資料錯咗，地址仍然係舊地址：九龍灣德福花園D座18樓7室，我叫鄭嘉俊，身份證 Y158372(5)，點樣改？",
        ),
        (
            "assistant",
            "鄭先生，智方便的地址來自你登記時提供的資料。你可以在「個人資料」頁面更新住址，或到登記服務櫃位辦理；更新後再重新授權預填即可。",
        ),
        ("user", "新地址係將軍澳日出康城領都3座32樓B室，要唔要附證明？"),
        (
            "assistant",
            "一般更新住址毋須附加證明文件，但部分部門（例如房屋署）可能要求住址證明，例如三個月內的水電費單。",
        ),
    ],
    [
        (
            "system",
            "You are a senior engineer helping debug a Singpass MyInfo integration. Never store decoded personal data.",
        ),
        (
            "user",
            "Our log has this, why is the regadd field wrong? payload=eyJzdWIiOiJTOTAyNzQ2MUkiLCJuYW1lIjoiUFJBS0FTSCBTL08gR09WSU5EQVNBTVkiLCJtb2JpbGVubyI6Iis2NTkwNDE3NzI1IiwicmVnYWRkIjoiQkxLIDMwMiBVQkkgQVZFIDEgIzA5LTExMiBTNDAwMzAyIn0=",
        ),
        (
            "assistant",
            "Decoded, the payload contains personal data (sub S9027461I, name PRAKASH S/O GOVINDASAMY, mobile +6590417725, address BLK 302 UBI AVE 1 #09-112). The address is flattened into a single string, so your parser expecting block/street/unit objects fails. Please also stop logging full payloads.",
        ),
        ("user", "Ok, 我们改成只 log sub 的 hash 可以吗？"),
        (
            "assistant",
            "Yes, log a salted SHA-256 of the sub and keep the salt in your secrets manager; that keeps traceability without exposing the NRIC.",
        ),
    ],
    [
        (
            "system",
            "Citizen profile (from Singpass): name Aaron Lee Kok Meng, NRIC S8516034F, mobile 9381 5526, email aaron.lkm@gmail.com, address 9 Jalan Kechubong, Singapore 458063.",
        ),
        ("user", "My passport expires in March, can I renew online and get it delivered?"),
        (
            "assistant",
            "Yes. You can apply via the ICA e-Service. Collection is at the ICA Building or via a doorstep delivery option where available; the fee is shown on the application page.",
        ),
        ("user", "Will it go to my registered address automatically?"),
        (
            "assistant",
            "It will use your registered address, 9 Jalan Kechubong, Singapore 458063, and the SMS notification will go to 9381 5526.",
        ),
    ],
    [
        (
            "user",
            "我今年報稅想申報扶養我媽媽，她叫許秀蘭，身分證 B201847654，住在高雄市三民區建工路400號，已經被診斷失智症中度，可以用長照特別扣除額嗎？",
        ),
        (
            "assistant",
            "可以。若許女士經醫師診斷符合長期照顧需要，且你有申報扶養她，即可適用長期照顧特別扣除額，每人每年 12 萬元，請保留診斷證明或外籍看護聘僱許可。",
        ),
        ("user", "我年薪大約 NT$1,250,000，會不會超過排富門檻？"),
        (
            "assistant",
            "排富條件主要看適用稅率是否達 20% 以上；以年薪約 125 萬元、單身扶養一人計算，通常適用 12% 稅率，應可適用該扣除額。",
        ),
    ],
    [
        (
            "user",
            "Saya cuba daftar MyDigital ID tapi keluar ralat MYD-2207. IC saya 960827-12-5119, nombor telefon 011-2839 4406.",
        ),
        (
            "assistant",
            "Ralat MYD-2207 biasanya bermaksud maklumat MyKad tidak sepadan dengan rekod JPN, contohnya selepas penggantian kad. Sila cuba semula selepas 24 jam atau kunjungi kiosk pendaftaran MyDigital ID yang berdekatan.",
        ),
        ("user", "Kad saya memang baru ganti bulan lepas di JPN Kota Kinabalu sebab hilang."),
        (
            "assistant",
            "Itu berkemungkinan puncanya. Rekod kad baharu mungkin belum diselaraskan; bawa MyKad baharu ke kiosk atau hubungi meja bantuan MyDigital ID.",
        ),
    ],
    [
        ("system", "你是一名帮助市民撰写12345政务服务热线投诉的助手。"),
        (
            "user",
            "帮我写个投诉：我住在杭州市西湖区文三路259号3幢1单元502，楼上602的住户姓黄，叫黄伟，天天半夜装修，我电话13758821064。",
        ),
        (
            "assistant",
            "投诉内容：本人居住于杭州市西湖区文三路259号3幢1单元502室，楼上602室住户黄伟长期在夜间（23:00后）进行装修施工，严重影响休息，经多次沟通无果，恳请相关部门依法处理。联系电话：13758821064。",
        ),
        ("user", "不要写邻居名字可以吗？"),
        ("assistant", "可以，改为“楼上602室住户”即可，处理部门可根据门牌核实。"),
    ],
    [
        ("user", "I uploaded my e-filing receipt, can you summarise it? It's the Macau M/5 form."),
        (
            "assistant",
            "Summary: Taxpayer CHAN IOK LAM (陳玉琳), Macau ID 7039152(6), employer Sociedade de Jogos Estrela Lda., 2025 professional income MOP 396,000, tax withheld MOP 10,080, refund MOP 1,260 to BNU account 9014-0287-3361.",
        ),
        ("user", "Thanks, does the refund go automatically?"),
        (
            "assistant",
            "Yes, the DSF credits refunds to the registered bank account, normally within a few weeks of assessment.",
        ),
    ],
]
