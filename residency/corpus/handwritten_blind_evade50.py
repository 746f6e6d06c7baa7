# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade50: personal data in log lines and stack traces (exceptions, SQL errors, debug dumps, key=value and JSON logs). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade50
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "stack traces"): _lines("""
        java.lang.NullPointerException: Cannot invoke "com.acme.billing.Invoice.getTotal()" because "invoice" is null at com.acme.billing.InvoiceService.finalize(InvoiceService.java:214)
        Exception in thread "main" java.lang.StackOverflowError at org.example.graph.DijkstraRouter.relax(DijkstraRouter.java:57) at org.example.graph.DijkstraRouter.relax(DijkstraRouter.java:61)
        panic: runtime error: index out of range [3] with length 3 goroutine 41 [running]: main.(*LovelaceScheduler).next(...) /go/src/sched/lovelace.go:112 +0x1d4
        TypeError: Cannot read properties of undefined (reading 'firstName') at renderGreeting (Greeting.tsx:23:31) at HTMLUnknownElement.callCallback (react-dom.development.js:4164:14)
        System.InvalidOperationException: Sequence contains no matching element at System.Linq.ThrowHelper.ThrowNoMatchException() at Contoso.Crm.CustomerLookup.ByNric(String nric) in D:\\a\\crm\\src\\CustomerLookup.cs:line 41
        org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.shop.domain.Customer.addresses, could not initialize proxy - no Session
        AssertionError: expected customer.name to equal 'Sherlock Holmes' but got 'Dr. John Watson' (fixtures/baker_street_221b.yaml, test_checkout_guest)
        RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 23.65 GiB total capacity; 19.87 GiB already allocated; 1.12 GiB free)
        Caused by: java.net.SocketTimeoutException: Read timed out after 30000ms calling http://his-gateway.internal:8080/api/v1/sunyatsen-memorial/appointments
        KeyError: 'passport_no' -- raised in kyc/normalise.py line 143 while mapping payload schema v3.2.1; field was renamed to 'travel_doc_no' in v3.3.0
        ZeroDivisionError: division by zero in compute_conversion_rate(sessions=0, orders=0) [reports/daily.py:67]
        pydantic.error_wrappers.ValidationError: 1 validation error for PatientCreate hkid: string does not match regex "^[A-Z]{1,2}[0-9]{6}\\([0-9A]\\)$" (type=value_error.str.regex)
        E   sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused Is the server running on host "pg-replica-2" (10.20.4.11) and accepting TCP/IP connections on port 5432?
    """)
    + [
        'Traceback (most recent call last):\n  File "/srv/app/orders/tasks.py", line 88, in sync_order\n    resp.raise_for_status()\n  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://partner.shopeemobile.com/api/v2/order/get_order_detail',
        "com.einstein.pricing.RelativityException: price curve not monotonic for SKU 70021-B\n\tat com.einstein.pricing.CurveFitter.fit(CurveFitter.java:98)\n\tat com.einstein.pricing.NightlyJob.run(NightlyJob.java:41)\n\t... 12 more",
    ],
    ("en", "sql errors"): _lines("""
        ERROR:  duplicate key value violates unique constraint "orders_pkey" DETAIL:  Key (order_id)=(SO-2026-0048812) already exists.
        ERROR 1062 (23000): Duplicate entry 'INV-SG-2026-11-000913' for key 'invoices.uk_invoice_no'
        ORA-01400: cannot insert NULL into ("CRM"."CUSTOMER"."EMAIL")
        ERROR:  null value in column "phone_e164" of relation "contacts" violates not-null constraint DETAIL:  Failing row contains (48213, null, null, 2026-11-30 08:14:02+08, t).
        SQLSTATE[42S22]: Column not found: 1054 Unknown column 'id_card_no' in 'where clause' (SQL: select * from `members` where `id_card_no` = ? limit 1)
        ERROR:  insert or update on table "shipments" violates foreign key constraint "shipments_store_id_fkey" DETAIL:  Key (store_id)=(SG-RAFFLES-PLACE-01) is not present in table "stores".
        Msg 2627, Level 14, State 1, Line 3 Violation of PRIMARY KEY constraint 'PK_Hospital'. Cannot insert duplicate key in object 'dbo.Hospital'. The duplicate key value is (Tan Tock Seng Hospital).
        psycopg2.errors.DeadlockDetected: deadlock detected DETAIL:  Process 28841 waits for ShareLock on transaction 9912034; blocked by process 28790.
        ERROR 1406 (22001): Data too long for column 'remark' at row 1
        sqlite3.IntegrityError: UNIQUE constraint failed: courier_tracking.tracking_no (value SF1409823376521)
        MongoServerError: E11000 duplicate key error collection: shop.products index: sku_1 dup key: { sku: "LV-NEVERFULL-MM-M40995" }
        ERROR:  permission denied for table patients HINT:  role "report_ro" needs SELECT; ask the DBA team in #db-access and do NOT copy rows into tickets.
        ERROR:  relation "public.user_kyc_2026q4" does not exist LINE 1: SELECT nric_hash, status FROM public.user_kyc_2026q4 WHERE created_at > $1 ...
        slow query (4.82s): UPDATE customers SET email = ?, phone = ?, updated_at = NOW() WHERE id = ? -- params redacted by ProxySQL rule 12
    """),
    ("en", "key=value logs"): _lines("""
        ts=2026-11-30T02:14:07.331Z level=info svc=checkout msg="payment captured" order=SO-2026-0048812 amount=129.90 currency=SGD psp=stripe latency_ms=412
        level=warn svc=sms-gw msg="template rendered with missing var" template=otp_v2 missing=[customer_name] sent=false
        time="2026-12-01T09:00:03+08:00" level=error msg="upstream timeout" upstream=sf-express-api route=/track waybill=SF1409823376521 retry=3/3
        level=info msg="store opened" store_id=MY-KL-017 name="Jalan Tun Razak Flagship" addr="Lot G-12, Menara Citibank, 165 Jalan Ampang, 50450 Kuala Lumpur" hotline=1300-88-2255
        level=debug caller=ratelimit.go:88 key=ip:10.24.3.17 tokens=0 window=60s action=throttle
        deploy=payments-api version=4.18.2 commit=9f3c2ab71e0d4b8c sha256=5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 env=prod-sg
        INFO  [cron] purged 18,442 expired sessions; 0 errors; took 3.41s
        msg="PII scrubber applied" fields_masked=[name,phone,email,nric] masked_count=312 sample="name=*** phone=*** email=***"
        level=info svc=cms msg="article published" id=88213 title="PM Lawrence Wong opens Punggol Digital District" desk=politics words=612
        audit action=role.grant actor=svc-terraform target_role=db_reader scope=analytics ticket=CHG-20261201-07
        level=info msg="hotline routed" dialed=1800-111-1111 queue=cards-general wait_s=42 abandoned=false
        src=nginx remote_addr=10.0.12.4 "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
        level=error msg="geocode failed" query="Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon" provider=hk-csdi status=ZERO_RESULTS
        level=info msg="sso cert rotated" tenant=lkyspp.nus.edu.sg idp=azuread next_expiry=2027-06-30
        ci step=checkout author="github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>" ref=refs/heads/main sha=1a7e0c9
        level=warn msg="webhook signature mismatch" provider=billplz expected_prefix=a94c got_prefix=3b1f retry_in=30s
    """),
    ("en", "json logs"): _lines("""
        {"ts":"2026-12-01T03:22:10Z","level":"INFO","logger":"orders","msg":"order created","order_id":"JD2026120188421733","items":3,"total":"¥1,299.00"}
        {"level":"error","msg":"card declined in sandbox","card":{"brand":"visa","number":"4242424242424242","exp":"12/34","test_mode":true},"psp":"stripe"}
        {"event":"user.signup","user_id":"u_01HF8Z3K9Q","email":"[REDACTED]","phone":"[REDACTED]","country":"SG","ab_bucket":"B"}
        {"level":"warn","tmpl":"Hi {{first_name}}, your parcel {{tracking_no}} is out for delivery","render_error":"missing key first_name"}
        {"level":"info","service":"faker-seed","msg":"seeded 500 fake users","locale":"zh_CN","example":{"name":"<faker.name>","id":"<faker.ssn>"}}
        {"severity":"ERROR","message":"Quota exceeded for quota metric 'Requests' of service 'translate.googleapis.com'","project":"acme-prod-217","retryDelay":"37s"}
        {"level":"info","msg":"book indexed","isbn":"9787020002207","title":"红楼梦","author":"曹雪芹","call_no":"I242.47"}
        {"lvl":"debug","msg":"fixture loaded","user":{"name":"Harry Potter","address":"4 Privet Drive, Little Whinging, Surrey","pet":"Hedwig"}}
        {"level":"info","msg":"doctor roster synced","hospital":"Kwong Wah Hospital","departments":14,"on_call_slots":96,"source":"rostering v2.3"}
        {"level":"error","err":"x509: certificate has expired or is not yet valid: current time 2026-12-01T00:00:12Z is after 2026-11-30T23:59:59Z","host":"api.maybank2u.com.my"}
        {"msg":"retention job done","table":"call_recordings","deleted":20931,"policy":"PDPA-90d","dry_run":false}
        {"level":"warn","msg":"company lookup","uen":"201912345K","entity":"Raffles Harbour Logistics Pte. Ltd.","status":"Live"}
        {"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","http.status_code":502,"http.route":"/api/v2/members/{memberId}/addresses"}
        {"@timestamp":"2026-11-30T16:00:00.000Z","log.level":"info","message":"bumped lodash from 4.17.20 to 4.17.21","user.name":"dependabot[bot]"}
    """),
    ("zh-Hans", "应用日志"): _lines("""
        2026-12-01 10:02:33.418 ERROR [order-service,7f3a1c2e] c.x.o.OrderController - 下单失败：库存不足，sku=100203884，仓库=华东一号仓
        [WARN] 短信发送失败：模板SMS_2845117参数缺失 ${name}，已降级为站内信
        2026-11-30 23:59:59 INFO 对账完成：共处理 48,213 笔，差异 3 笔，差异金额 ¥127.40，报告已推送财务群
        ERROR 顺丰接口返回异常：运单号 SF1409823376521 路由信息为空，code=A1000
        INFO 门店信息同步成功：中山路旗舰店（厦门市思明区中山路218号），营业时间 10:00-22:00，客服热线 400-880-9988
        WARN 身份证号校验未通过（长度应为18位），已拒绝提交，请前端增加校验提示
        INFO 政务服务便民热线12345工单接口对接完成，回调地址 https://gw.example.gov.cn/hotline/callback
        DEBUG 缓存命中率 97.3%，key前缀 user:profile:*，TTL 3600s
        ERROR 调用医院HIS接口超时：中山大学孙逸仙纪念医院 /his/api/queue，耗时 30012ms
        INFO 定时任务【脱敏导出】执行完毕：手机号按 3-4-4 规则掩码为 138****0000 格式，身份证仅保留前6后4
        WARN 发票开具失败：发票号码 24442000000123456789 重复，税局返回 code=2001
        ERROR java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'WX20261201093311884' for key 'uk_out_trade_no'
        INFO 稿件 #55821 审核通过：《鲁迅故居冬季开放时间调整》，栏目=文化，作者=本报记者
        INFO 压测报告：QPS 12,400，P99 延迟 186ms，错误率 0.02%，版本 v3.7.0-rc2（commit a1b2c3d）
    """),
    ("zh-Hant", "系統日誌"): _lines("""
        2026-12-01 14:20:11 ERROR 八達通增值機 #OCT-3381 通訊逾時，位置：港鐵金鐘站 C1 出口
        WARN 轉數快(FPS)回調失敗：交易參考編號 FPS20261201142233019，HTTP 504，將於 60 秒後重試
        INFO 已同步分店資料：彌敦道旗艦店（九龍尖沙咀彌敦道132號美麗華廣場一期地下）
        ERROR 身分證字號格式錯誤：應為 1 個英文字母加 9 位數字，請參考內政部規範
        INFO 客服專線 0800-000-123 來電分流：今日 2,184 通，平均等候 48 秒
        DEBUG 請求 /api/v1/members/{id}/profile 回傳 401，token 已過期（exp=1764571200）
        WARN 系統維護公告：瑪麗醫院、伊利沙伯醫院專科門診預約將於 02:00-04:00 暫停
        ERROR 電子發票字軌 AB-12345678 已作廢，不可重複開立（平台回傳 code 1002）
        INFO 逸夫書院宿舍網絡維護完成，受影響 AP 共 37 台
        WARN 香港入境事務處網站 (www.immd.gov.hk) 回應緩慢，預約頁面平均載入 7.2 秒
    """),
    ("ms", "log sistem"): _lines("""
        [ERROR] Pembayaran FPX gagal: bank_code=MBB0228 (Maybank2U), txn_ref=FPX20261201093355812, status=1C (Transaksi dibatalkan)
        [INFO] Cawangan baharu didaftarkan: No. 88, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur, talian kedai 03-2691 4400
        [WARN] Format MyKad tidak sah: dijangka YYMMDD-PB-###G, diterima 12 aksara sahaja
        [INFO] Talian BNMTELELINK 1-300-88-5465 dimasukkan ke senarai putih SMS
        [DEBUG] Retry ke API SSM: no. pendaftaran 202301012345 (1498765-X), syarikat "Kedai Runcit Ah Seng Sdn. Bhd." status=AKTIF
        [ERROR] Gagal hantar e-Invois ke MyInvois: UIN=F7K2Q9X3M8, kod ralat DS302 (dokumen pendua)
        [INFO] Hospital Tengku Ampuan Rahimah Klang: 1,204 temujanji disegerakkan, 0 ralat
        [WARN] Templat OTP "Kod TAC anda ialah {otp}. Jangan kongsi dengan sesiapa." gagal dihantar: pembolehubah otp kosong
        [ERROR] Sambungan ke PayNow gagal untuk UEN 53312345D (Kedai Makan Selera Kampung), percubaan 3/3
        [INFO] Kerja pembersihan log selesai: 3,118 fail dipadam, polisi simpanan 30 hari
    """),
    ("en", "logging runbooks"): _lines("""
        Never log full request bodies on /v1/kyc/*; log the request_id and the validation error code only.
        If a stack trace contains customer data, rotate the log file, open a P2 incident in #sec-privacy and do not paste the trace into Jira.
        Masking rule MR-07: keep the first 3 and last 4 digits of phone numbers (pattern 912****5678) and replace names with a salted hash.
        Set LOG_LEVEL=INFO in prod; DEBUG dumps bound SQL parameters, which may include NRIC, passport and card numbers.
        structlog processor chain: add_log_level -> TimeStamper(fmt="iso") -> redact_pii -> JSONRenderer()
        Retention: application logs 30 days hot, 180 days in S3 Glacier, then deleted, per our PDPA retention schedule.
        Example of a compliant line: level=info msg="profile updated" user_id=<opaque uuid> fields=[address] -- never the new value.
        Sentry: keep send_default_pii=False and add 'nric', 'hkid', 'id_card', 'passport' to the denylist in before_send.
        Log4j 2.17.1 or later is required; 2.0-beta9 to 2.14.1 are affected by CVE-2021-44228 (Log4Shell).
        Escalation: page whoever holds the PagerDuty schedule "payments-primary"; after 30 min escalate to the Engineering Manager on duty.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ERROR:  duplicate key value violates unique constraint "users_email_key" DETAIL:  Key (email)=(tan.weiling88@gmail.com) already exists.
        java.lang.IllegalStateException: KYC mismatch for applicant LIM BOON KEAT (NRIC S8734126G): DOB on form 1987-04-02 vs MyInfo 1987-04-12 at sg.bank.onboarding.KycVerifier.verify(KycVerifier.java:133)
        ValueError: could not parse postal code from '#08-214, Blk 415 Ang Mo Kio Ave 10' (customer_id=C-77120, name='Rajesh s/o Muthusamy')
        level=error svc=payroll msg="bank transfer rejected" emp="Goh Siew Lan" acct="DBS 027-911482-3" net="SGD 6,842.50" reason="account closed"
        {"level":"debug","msg":"bound params","sql":"INSERT INTO patients (name, dob, dx) VALUES ($1,$2,$3)","params":["Siti Hajar binti Kamal","1991-06-23","bipolar II disorder"]}
        WARN  [sentry] event dropped (rate limit), payload kept locally: user.email=marcus.ong@outlook.sg user.ip_address=118.189.42.77 extra.reason="chargeback dispute"
        2026-11-29 18:03:12 INFO  courier: delivery attempted, recipient=Nur Aisyah, addr=Blk 682C Jurong West Central 1 #12-407 S(643682), contact=9176 3308, note="leave w/ neighbour"
        panic: invalid passport expiry for traveller {Name:"CHEONG WAI MUN" Passport:"A52184097" Nationality:"MYS" DOB:"1979-10-03" Expiry:"2019-10-02"}
        ERROR 1366 (HY000): Incorrect string value for column 'nickname' at row 1 -- row: (uid=51022, nickname='Karen', phone='+65 8221 4973', email='karen.loh.kl@gmail.com')
        AuditLog: hr_admin02 viewed disciplinary record of employee Daniel Fernandez (E10482): "final warning - 3 unauthorised absences, Sep-Oct 2026"
        {"evt":"claim.rejected","claimant":"Priya Ramasamy","policy":"LP-2026-338102","diagnosis":"gestational diabetes","hospital":"KK Women's and Children's Hospital","amount_sgd":4120.55}
        DEBUG dump req.body={"card_number":"4367421098533778","exp":"08/29","cvv":"***","holder":"ALVIN CHUA JUN HAO"}
        level=warn msg="court filing sync" case="FC/D 4417/2026" parties="Kelvin Yap Chee Wai v. Lee Mei Ling" type=divorce ancillary="custody of 2 children"
        smtp: 550 5.1.1 <joanne.sim.1992@yahoo.com.sg>: Recipient address rejected: User unknown in virtual mailbox table (password reset for account joanne_s92)
        export row 4412: user_id=88120 email=j***.t**@gmail.com phone=+65 9*** **12 home="Blk 118 Bishan St 12 #05-231 S(570118)" dob=1990-02-17 name_initials=J.T.
        FIN F3381025M failed work pass check: holder Nguyen Thi Hoa, employer ref 202214876R, pass expired 2026-10-31, case=MOM-ENF-11820
    """)
    + [
        "com.acme.onboarding.ApplicantValidationException: invalid date of birth\n\tat com.acme.onboarding.Validator.check(Validator.java:77)\n\tat com.acme.onboarding.ApplyController.submit(ApplyController.java:52)\nCaused by: java.time.format.DateTimeParseException: Text '31/02/1990' could not be parsed\n  applicant.fullName=Hannah Teo Shu Min, applicant.mobile=+6596637012, applicant.nric=S9012873F",
    ],
    "zh-Hans": _lines("""
        ### Error updating database. Cause: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '440304198807165237' for key 'member.uk_id_card' ### SQL: INSERT INTO member (real_name, id_card, mobile) VALUES (?, ?, ?) ### Parameters: 陈嘉辉(String), 440304198807165237(String), 13917284456(String)
        2026-12-01 09:14:22.871 ERROR [user-service] c.x.u.RealNameService - 实名认证失败：姓名=刘雨桐，身份证=310115199203041827，返回 code=3（姓名与号码不一致）
        WARN 快递面单打印异常：收件人 周敏 18620937745 深圳市南山区桃源街道龙珠四路金谷苑7栋1502，已转人工
        DEBUG 请求体: {"name":"王建国","bankCard":"6228480012345671","mobile":"15800231946","amount":"50000.00","purpose":"购房首付"}
        ERROR 体检报告推送失败，受检人：孙丽华（女，58岁），报告编号 TJ20261130-0442，异常项：乳腺结节 BI-RADS 4A，手机 13651827703
        INFO 薪资发放明细：员工 赵磊（工号 HR-20317）11月应发 28,600.00，个税 2,145.00，实发 24,117.60，卡号尾号 3893
        org.springframework.dao.DataIntegrityViolationException: Data too long for column 'address' 参数：[李秀峰, 110108197509223017, 北京市海淀区学院路街道志新村小区12号楼3单元502室]
        WARN 风控命中：用户 黄志强（uid 100928371）近7日在3个城市登录，其名下车辆 粤B·7K2Q9 有2条未处理违章
        {"level":"error","msg":"微信支付回调验签失败","nickname":"小雨点","remark_name":"林晓雨(表妹)","wx_id":"linxiaoyu_0917","phone":"13266081524"}
        ERROR 诉讼案件同步失败：(2026)沪0115民初38821号，原告 吴海燕，被告 吴海峰，案由 法定继承纠纷，开庭 2026-12-18
        INFO 护照OCR识别结果：姓名 ZHANG/XIAOLIN，护照号 E58213946，出生日期 1993-02-27，签发地 浙江
        Caused by: 就诊记录写入失败 patient_name=马德明 icd10=F20.0(偏执型精神分裂症) ward=精神科三病区12床 admit=2026-11-22
        DEBUG 脱敏失败，原文输出：杨*（手机 139****2218），身份证 420106196908153920，住址 武汉市武昌区中南路街道
        WARN 重复报名：考生 郑可欣 准考证号 2026440301128 已存在，家长 郑伟 13580264419，请勿重复提交
        ERROR 请假单审批回调异常 leave_id=88213 applicant=何静 type=产假 reason="孕32周，妊娠期高血压，住院观察"
        WARN 订单备注解析失败 order=JD2026120188421734 remark="放门口就行，我叫钱多多，老公叫刘波，有事打 17721549038"
    """),
    "zh-Hant": _lines("""
        ERROR 會員註冊失敗：香港身份證號碼 Y247103(3) 已被使用，申請人 陳美玲，手提 9137 2046
        {"event":"delivery_failed","recipient":"黃少芬","mobile":"+852 6284 3317","addr":"九龍觀塘協和街101號凱匯1座23樓B室","reason":"無人應門"}
        WARN 健保卡讀取異常：身分證字號 A128417308，姓名 林志豪，就醫序號 0012，診斷 E11.9 第二型糖尿病
        INFO 薪轉明細匯出：員工 張雅婷 F223104590 實領 NT$52,380，入帳帳號 822-540-12-88731-9
        DEBUG LINE綁定 payload={"line_id":"chiayi_0502","display":"Amy 蔡","phone":"0912-338-705","birthday":"1995-05-02"}
        ERROR 物業管理系統：住戶 梁國輝（太古城金星閣18樓C室）管理費逾期 3 個月，欠款 HK$7,860
        WARN 保單核保延遲：受保人 何詠詩，HKID K583017(6)，已申報乳癌病史（2019 年切除手術）
        java.lang.NumberFormatException: For input string: "5123 4567" at c.h.crm.PhoneParser.parse(PhoneParser.java:31) 客戶：吳志偉，地址：新界沙田第一城38座12樓H室
        2026-11-28 21:44:05 WARN 交通違例通知推送失敗：車牌 VT 8821，車主 李嘉欣，罰款 HK$320，郵寄地址 香港仔華富邨華清樓1512室
    """),
    "ms": _lines("""
        [ERROR] Gagal hantar SMS ke 012-738 4159 (Encik Faizal bin Othman): nombor disekat oleh operator
        level=warn msg="kyc mismatch" cust_name="NURUL AIN BINTI ROSLAN" mykad=950314-14-5528 dob_on_file=1995-03-15 addr="No. 23, Jalan SS 2/64, 47300 Petaling Jaya"
        [DEBUG] payload pinjaman: {"nama":"Muhammad Hafiz bin Zulkifli","ic":"880207-10-6121","gaji_bulanan":"RM 4,850","majikan":"Syarikat Pengangkutan Maju","tujuan":"beli kereta"}
        [WARN] Rekod pesakit dikemas kini: Puan Lee Mei Chen (IC 760911-07-5394), diagnosis: kanser payudara tahap 2, wad 5B
        [INFO] Penghantaran gagal: penerima Kavitha a/p Subramaniam, No. 12, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam, tel 019-332 8407
        [ERROR] Tuntutan insurans ditolak untuk polisi PL-88201 milik Tan Ah Kow, sebab: sejarah strok 2024 tidak diisytiharkan
        WhatsApp webhook error: from=60176624091 profile_name="Azrul Hisham Kamarudin" text="saya nak tukar alamat ke No 5 Jln Bunga Raya 2, 30450 Ipoh"
        [ERROR] Slip gaji gagal dijana: pekerja Rosnah binti Abdullah (ID 40221), gaji pokok RM 3,200, potongan KWSP RM 352, akaun CIMB 7012 3348 96
        [WARN] Kad kredit 5200008391726403 atas nama LAU KOK WENG ditolak 3 kali, disyaki penipuan, hubungi pemegang di 016-227 9015
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a senior backend engineer helping teammates debug production issues."),
        (
            "user",
            "getting this in prod since the 4.18 deploy, any idea?\n\n"
            "2026-12-01 08:41:17 ERROR o.a.c.c.C.[dispatcherServlet] Servlet.service() threw exception\n"
            "com.acme.crm.AddressFormatException: unit number missing\n"
            "\tat com.acme.crm.SgAddress.parse(SgAddress.java:64)\n"
            "\tat com.acme.crm.CustomerService.update(CustomerService.java:211)\n"
            "  input={name=Ong Pei Shan, mobile=8734 2291, address=Blk 208 Tampines St 21, S(520208)}",
        ),
        (
            "assistant",
            "The parser in 4.18 now requires a '#floor-unit' segment for HDB blocks. Make it optional or fall back to the raw string.",
        ),
        ("user", "ok thx, will patch SgAddress"),
    ],
    [
        ("user", "帮我看下这个 MyBatis 报错什么意思"),
        (
            "user",
            "### Cause: java.sql.SQLException: Incorrect integer value: '' for column 'age'\n"
            "### Parameters: 冯晓彤(String), 330106199302271086(String), 18857102263(String), (String)",
        ),
        (
            "assistant",
            "age 字段传了空字符串，MySQL 严格模式下不能转成整数。建议在 Mapper 里用 <if test> 判空，或者给 age 传 null。",
        ),
        ("user", "懂了，是前端没填年龄"),
    ],
    [
        ("system", "Log triage assistant. Summarise errors; do not repeat personal data."),
        ("user", "Can you group these by root cause?"),
        (
            "user",
            '{"lvl":"error","msg":"otp send failed","to":"+6591283347","provider":"twilio","code":21610}\n'
            '{"lvl":"error","msg":"otp send failed","to":"+6587705512","provider":"twilio","code":21610}\n'
            '{"lvl":"error","msg":"kyc doc rejected","applicant":"Tay Hui Min","doc":"NRIC T0268451E","reason":"glare"}',
        ),
        (
            "assistant",
            "Two OTP failures share Twilio error 21610 (recipient unsubscribed); one KYC rejection is an image-quality issue.",
        ),
    ],
    [
        ("user", "Sentry 收到一條好奇怪嘅 event，幫手睇下"),
        ("assistant", "好，貼上 exception 同 context 就得。"),
        (
            "user",
            "ValueError: HKID checksum mismatch\nuser: {email: 'kwok.wingyan@netvigator.com', username: 'wingyan_k'}\nextra: {hkid_input: 'Z730918(0)', district: '將軍澳'}",
        ),
        (
            "assistant",
            "呢個 checksum 其實係啱嘅，問題可能係你哋用全形括號比對。建議 normalise 咗先再驗。",
        ),
    ],
    [
        ("user", "bro the WhatsApp bot crash again lah"),
        ("assistant", "Share the traceback and the incoming message payload (redact if you can)."),
        (
            "user",
            'Traceback (most recent call last):\n  File "bot/handlers.py", line 58, in on_message\n    ic = parse_ic(body)\nValueError: bad IC\n'
            'incoming: {"from": "60123384716", "name": "Mohd Firdaus", "body": "ic saya 920415-08-5037, nak check baki pinjaman PTPTN"}',
        ),
        ("assistant", "parse_ic expects no dashes. Strip '-' before validating and it will pass."),
    ],
    [
        ("user", "Our Django app logs locals on 500. Is this a problem?"),
        (
            "user",
            "Local vars:\n  request = <WSGIRequest: POST '/clinic/intake/'>\n  form = <IntakeForm bound=True>\n"
            "  cleaned = {'patient_name': 'Chua Soo Lin', 'dob': '1968-09-14', 'allergies': 'penicillin', 'condition': 'HIV positive, on ART since 2021'}",
        ),
        (
            "assistant",
            "Yes. That dump is health data about a named patient. Turn off DEBUG, filter locals with a SafeExceptionReporterFilter, and purge existing logs.",
        ),
    ],
    [
        ("user", "slow query log 里有条 8 秒的，帮我看看索引"),
        (
            "user",
            "# Query_time: 8.214  Rows_examined: 3127731\n"
            "SELECT * FROM orders WHERE buyer_email = 'shenjiayi_work@163.com' AND ship_addr LIKE '%成都市武侯区玉林北路%';",
        ),
        (
            "assistant",
            "LIKE 前置通配符用不上索引。buyer_email 建索引后先按邮箱过滤，地址条件放应用层。",
        ),
        (
            "user",
            "对了，这个买家是我同事沈佳怡，她说自己地址是玉林北路17号2栋3单元601，订单一直查不到",
        ),
    ],
    [
        ("user", "nginx access log, why so many 400s from this client?"),
        (
            "user",
            '203.0.113.57 - - [01/Dec/2026:10:11:02 +0800] "GET /api/register?name=Teoh%20Jia%20Xin&email=jiaxin.teoh%40gmail.com&phone=0162281947 HTTP/1.1" 400 87',
        ),
        (
            "assistant",
            "The phone has no country code and the validator wants E.164. Also stop putting registration fields in the query string; they end up in access logs.",
        ),
    ],
    [
        ("user", "I'm testing the payroll import with my own record, it fails:"),
        (
            "user",
            "ImportError row 17: employee_no=HK-0931, name=CHAN Ka Ming, hkid=R609385(9), monthly_salary=HKD 41,500, mpf_scheme=missing",
        ),
        (
            "assistant",
            "The row is missing the MPF scheme code. Fill in the scheme field in the CSV and re-run the import.",
        ),
    ],
    [
        ("system", "你是一个运维助手，帮助排查日志问题。"),
        ("user", "支付回调一直 500，日志如下"),
        (
            "user",
            '2026-12-01 11:05:43 ERROR PayNotifyHandler - 解析失败 body={"out_trade_no":"WX20261201110543021","payer":"邓文静","id_no":"510107200101305644","card_no":"6217003810452797"}',
        ),
        (
            "assistant",
            "body 里的字段名和签约时约定的不一致，建议先核对回调字段映射；另外回调日志里不应记录身份证和卡号，需要脱敏。",
        ),
    ],
]
