# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade22: personal values hidden in JSON, CSV, XML, YAML, logs and URLs (encoded, split, reversed, look-alike). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade22
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "JSON API payloads"): _lines("""
        {"id":"ord_01HF8Z3K9QX2V7","status":"shipped","carrier":"SF Express","tracking":"SF1429837765012","total":{"amount":"189.90","currency":"SGD"}}
        {"request_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","latency_ms":142,"region":"ap-southeast-1","cache":"HIT"}
        {"speaker":"Lawrence Wong","role":"Prime Minister","event":"National Day Rally 2025","venue":"ITE College Central","lang":["en","zh","ms"]}
        {"book":{"title":"呐喊","author":"鲁迅","publisher":"人民文学出版社","first_published":1923,"shelf":"I210.4/L97"}}
        {"character":"Sherlock Holmes","address":"221B Baker Street, London NW1 6XE","source":"A Study in Scarlet (1887)","type":"fictional"}
        {"kind":"Secret","apiVersion":"v1","metadata":{"name":"redis-auth"},"data":{"REDIS_HOST":"cmVkaXMtbWFzdGVyLmNhY2hlLnN2Yy5jbHVzdGVyLmxvY2Fs","REDIS_PORT":"NjM3OQ=="}}
        {"keys":[{"kty":"RSA","alg":"RS256","kid":"2026-11-rot-03","x5t":"bWqOgpEGmdS5Zv0Rh4kF3vFQmLU","use":"sig","e":"AQAB"}]}
        {"facility":"Tan Tock Seng Hospital","address":"11 Jalan Tan Tock Seng, Singapore 308433","type":"public acute hospital","cluster":"NHG"}
        {"template":"Hi {{first_name}}, your order {{order_id}} will arrive on {{eta_date}}.","locale":"en-SG","version":7}
        {"error":{"code":"INVALID_ARGUMENT","message":"field 'phone' must match E.164, got '<redacted>'","trace":"0af7651916cd43dd8448eb211c80319c"}}
        {"payment_intent":"pi_3OqK2L2eZvKYlo2C1x9vT4aB","card":{"brand":"visa","last4":"4242","exp":"12/34"},"livemode":false}
        {"sku":"HDMI-2.1-3M-BLK","price":12.5,"stock":{"SG-W1":340,"MY-KUL2":1200},"updated":"2026-11-30T23:59:07+08:00"}
        {"helpline":"Samaritans of Singapore","number":"1767","hours":"24h","channels":["call","CareText"]}
    """),
    ("en", "CSV exports"): _lines("""
        order_id,sku,qty,unit_price,currency,created_at
        SO-2026-118204,USB-C-65W,2,39.00,SGD,2026-11-28 14:02:11
        INV-00081347,Acme Widgets Pte Ltd,UEN 201912345K,GST 9%,1090.00,PAID
        EW13,City Hall,1.2931,103.8520,NSL/EWL interchange,opened 1987
        3021,Raffles Institution,North,Independent,founded 1823
        Jalan Tun Razak,50400,Kuala Lumpur,named after Tun Abdul Razak (2nd Prime Minister)
        FIXTURE-ONLY,Jane,Doe,jane.doe@example.com,+1-555-0100,synthetic
        e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855,empty.txt,0,2026-11-02
        MY-Selangor,2026-10,18422,3.7%,+12.1% MoM
        EE123456785SG,SingPost,In transit,2026-11-29T06:40Z,Changi Airfreight Centre
        Talian Kasih,government helpline,15999,24 hours,KPWKM
        7171,DBSSSGSG,DBS Bank Ltd,12 Marina Boulevard,Singapore 018982
    """),
    ("en", "server logs"): _lines("""
        2026-12-01T03:14:07.221Z INFO  api-gw  req=8f14e45fceea167a5a36dedd4bea2543 GET /v1/orders/SO-2026-118204 200 38ms
        10.24.3.17 - - [01/Dec/2026:11:02:45 +0800] "POST /graphql HTTP/2" 200 5121 "-" "okhttp/4.12.0"
        ERROR kafka.consumer offset commit failed topic=payments-v3 partition=7 offset=99817263 err=REBALANCE_IN_PROGRESS
        WARN  pii-redactor replaced 14 emails, 3 phone numbers and 2 NRIC in batch 0x7f3a9c (raw values dropped, only counts logged)
        sshd[2291]: Accepted publickey for deploy from 172.31.9.40 port 50512 ssh2: ED25519 SHA256:Qm9vdHN0cmFwLXRlc3Qta2V5LW9ubHk
        kernel: [812345.118] EXT4-fs (nvme0n1p2): mounted filesystem 3f2b8c1e-55a0-4d8e-9b7a-6c1d2e3f4a5b r/w with ordered data mode
        2026-11-30 22:10:55,118 DEBUG normaliser stripped U+200B x3 and U+00AD x1 from sku title "Wireless\u200bMouse\u200bM185"
        INFO build: tagged v4.18.2-rc.1 (commit 9fceb02d0ae598e95dc970b74767f19372d61af8) by github-actions[bot]
        nginx: upstream timed out (110: Connection timed out) while reading response header from upstream, server: api.internal.example, request: "GET /v2/catalog?page=14 HTTP/1.1"
        2026-12-02T09:00:00+08:00 cron[411]: (root) CMD (/usr/local/bin/rotate-keys --kid 2026-12-rot-01 --dry-run=false)
        AUDIT user=svc-etl action=EXPORT table=orders_2026q4 rows=1204331 columns=[order_id,sku,qty,total] pii_columns=none
        [WARN] homograph check: domain "раypal-secure.com" contains Cyrillic U+0440/U+0430, blocked as phishing
        ivr-router: queue=billing transfer_to=1800-888-8888 (Acme customer service) waiting=12 avg_wait=94s
        2026-12-03T12:00:04Z INFO celery task mail.send_digest[3b0f6c1a-9d2e-4f81-a6b7-0c5d8e9f1a2b] succeeded in 2.31s: {'sent': 4821, 'bounced': 17}
    """),
    ("en", "URLs and query strings"): _lines("""
        https://www.google.com/search?q=noise%20cancelling%20headphones%20under%20200&hl=en-SG
        https://www.google.com/maps/search/?api=1&query=National%20Library%20Building%2C%20100%20Victoria%20Street%2C%20Singapore%20188064
        https://cdn.example-shop.com/img/p/7/3/2/1/7321-large_default.jpg?v=1701234567&sig=a9f0e3c1b2
        https://acme-invoices.s3.ap-southeast-1.amazonaws.com/2026/11/INV-00081347.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261130T020000Z&X-Amz-Expires=900&X-Amz-Signature=5f2c9a7e31d08b4c6a1e9f0d2b3c4a5e6f7081920a1b2c3d4e5f60718293a4b5
        https://www.baidu.com/s?wd=%E5%8C%97%E4%BA%AC%E4%BB%8A%E5%A4%A9%E5%A4%A9%E6%B0%94&ie=utf-8
        https://api.github.com/repos/pallets/flask/compare/3.0.3...3.1.0
        https://track.aftership.com/trackings?courier=jtexpress-my&tracking-numbers=630012478812
        https://en.wikipedia.org/wiki/Sun_Yat-sen#Early_years
        mailto:support@acme-widgets.example?subject=Order%20SO-2026-118204%20-%20damaged%20item
        https://go.example.com/l?utm_source=newsletter&utm_medium=email&utm_campaign=1111_sale&cid=Y2FtcGFpZ246MTExMS1zYWxlLTIwMjY
        https://www.ha.org.hk/visitor/ha_visitor_index.asp?Content_ID=10052&Lang=ENG (Queen Mary Hospital, 102 Pok Fu Lam Road)
        https://example.com/reset?token=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJwdXJwb3NlIjoicHdfcmVzZXQiLCJleHAiOjE3NjQ3MjAwMDAsIm5vbmNlIjoiYjFmNyJ9.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk
    """),
    ("en", "YAML and config"): _lines("""
        image: ghcr.io/acme/payments-api:4.18.2@sha256:1f3c5e7a9b0d2f4e6a8c0b1d3f5e7a9c2b4d6f8e0a1c3e5f7b9d1f3a5c7e9b0d
        replicas: 3  # bumped from 2 after INC-2026-1142 postmortem
        env: [{name: DB_HOST, value: pg-primary.prod.svc}, {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: pg-auth, key: password}}}]
        redaction: {fields: [email, phone, nric, hkid, mykad, passport, card_pan], mode: hash_sha256, salt_ref: "vault://kv/pii-salt"}
        sms_template: "Dear {{ .Name }}, your appointment at {{ .Clinic }} is on {{ .Date }}. Reply C to confirm."
        on_call: {team: sre-apac, schedule: "https://acme.pagerduty.com/schedules#P7XK2QZ", escalation: "sre-leads@acme.example"}
        fixtures: {user: {name: "Test User", email: "test.user@example.org", nric: "S1234567D"}}  # dummy, checksum-valid, not a real person
        healthcheck: {test: ["CMD", "curl", "-f", "http://localhost:8080/healthz"], interval: 30s, retries: 3}
        schedule: "0 3 * * 1"  # weekly VACUUM ANALYZE on orders db
        feature_flags: {new_checkout: true, paylater_my: false, rollout_pct: 25}
        tls: {cert: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t...", issuer: "Let's Encrypt R11", not_after: "2027-02-28"}
        support: {email: "help [at] tokoku (dot) my", hotline: "1-300-88-7788", hours: "Isnin-Jumaat 9pg-6ptg"}
    """),
    ("en", "XML documents"): _lines("""
        <order id="SO-2026-118204"><line sku="USB-C-65W" qty="2" price="39.00"/><currency>SGD</currency></order>
        <?xml version="1.0" encoding="UTF-8"?><project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><version>2.7.1-SNAPSHOT</version></project>
        <Invoice><cbc:ID>INV-00081347</cbc:ID><cbc:IssueDate>2026-11-30</cbc:IssueDate><cac:AccountingSupplierParty><cbc:Name>Acme Widgets Pte Ltd</cbc:Name></cac:AccountingSupplierParty><cbc:PayableAmount currencyID="SGD">1090.00</cbc:PayableAmount></Invoice>
        <exhibit accession="1987.0412"><subject>Sun Yat-sen</subject><medium>Ink on paper</medium><date>1911</date><museum>Sun Yat Sen Nanyang Memorial Hall</museum></exhibit>
        <ds:Signature><ds:SignatureValue>MEUCIQDx3k9Zp0pW2v8nTq7YbA1c4Lr5fHj6KsN2uVwXyZ0aBgIgE7hQ2mR9sT4vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9r=</ds:SignatureValue></ds:Signature>
        <sitemap><loc>https://www.example-shop.com/sitemap-products-3.xml</loc><lastmod>2026-12-01</lastmod></sitemap>
        <contact type="helpline"><org>Befrienders Kuala Lumpur</org><tel>+603-7627 2929</tel><hours>24/7</hours></contact>
        <testcase classname="kyc.NricValidatorTest" name="rejects_bad_checksum_S1234567A" time="0.004"/>
        <character name="Tom Sawyer" author="Mark Twain" home="St. Petersburg, Missouri" fictional="true"/>
        <Placemark><name>Queen Mary Hospital</name><address>102 Pok Fu Lam Road, Hong Kong</address><Point><coordinates>114.1306,22.2703</coordinates></Point></Placemark>
        <amountInWords>One thousand and ninety Singapore dollars only</amountInWords><ref>PO-77120</ref>
        <record><field name="customer_name">{{customer_name}}</field><field name="nric">{{nric_masked}}</field></record>
    """),
    ("zh-Hans", "技术日志与配置"): _lines("""
        2026-12-02 10:31:07.442 [http-nio-8080-exec-7] INFO  c.a.o.OrderController - 订单 DD202612020031874 创建成功，金额 ¥268.00，耗时 57ms
        【脱敏规则】手机号保留前3后4，中间用****替换；身份证保留前6后4；银行卡只显示后4位。
        {"接口":"/api/v1/shop/list","门店":"海底捞火锅（中关村店）","地址":"北京市海淀区中关村大街19号新中关购物中心B1层","营业时间":"10:00-次日03:00"}
        测试数据：姓名=张三，身份证=11010519491231002X（国标示例号码，非真实），手机=13800000000
        物流轨迹：【深圳市】快件已到达 深圳转运中心，下一站 广州转运中心，运单号 YT7512038846291
        spring.datasource.url=jdbc:mysql://10.0.3.21:3306/order_db?useSSL=true&characterEncoding=utf8
        12345政务服务便民热线工单模板：来电人【{姓名}】反映【{事项}】，请于【{时限}】内办结。
        前端传的 msg 字段是 5qyi6L+O5L2/55So5pys57O757uf，解码后就是“欢迎使用本系统”，不是乱码。
        git tag v2.3.0-beta.4，sha 3c1e9a7b0f2d，发布说明：修复了中山路商圈地图偏移的问题。
        鲁迅博物馆 地址：北京市西城区阜成门内宫门口二条19号，开放时间 9:00-16:00，周一闭馆。
        【监控告警】服务 user-center P99 延迟 1.8s 超过阈值 800ms，实例 10.0.5.17:9000，告警ID ALM-20261203-0078
        历史人物词条链接：https://zh.wikipedia.org/wiki/%E5%AD%99%E4%B8%AD%E5%B1%B1
        全角订单号：２０２６１２０４０００１８８６，请在对账时转成半角再比对。
    """),
    ("en", "test fixtures and docs"): _lines("""
        # Stripe test card: 4242 4242 4242 4242, any future expiry, any CVC - never use real cards in tests
        assert reverse("stressed") == "desserts"  # string reversal unit test
        assert to_hex("Hello, World!") == "48656c6c6f2c20576f726c6421"
        FAKE_HKID = "A123456(3)"  # sample format from the Immigration Department leaflet, not a real person
        >>> normalize_phone("+65 6123 4567", region="SG")  ->  '+6561234567'  (docs example, dummy number)
        factory.Faker("name") yields values like "Alex Smith"; seed=42 keeps fixtures deterministic across CI runs.
        uuid4() -> e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6 (the Swagger UI default example)
        Do not log raw identifiers: hash NRIC/HKID/MyKad with HMAC-SHA256 and a per-env salt before writing to BigQuery.
        MYKAD_RE = "^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$"  # matches the all-zero dummy 000000-00-0000 used in tests
        CHANGELOG 2.4.0: now masks e-mails written as "name [at] domain (dot) com" in free-text fields; see #1182.
        sample_payload.json: {"user_id": "usr_TEST_0001", "email": "qa+001@example.net", "note": "synthetic"}
        Luhn check: 79927398713 is the textbook valid example; 79927398710 fails.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"event":"kyc.submitted","ts":1764892811,"applicant_b64":"eyJuYW1lIjoiVGFuIFdlaSBMaW5nIiwibnJpYyI6IlM4ODIzNDE2QiIsImRvYiI6IjE5ODgtMDMtMDIiLCJtb2JpbGUiOiIrNjUgOTE3NiA0ODIzIn0="}
        GET /api/v2/leads?name=Lim%20Siew%20Hoon&email=siewhoon.lim88%40gmail.com&hp=%2B65%208123%204587&src=fb_ads HTTP/1.1 200
        payroll_2026-11.csv:88: E1042,Kavitha,a/p Raman,+60,12-384,7719,Maybank 1640 2283 9917,RM6850.00
        2026-11-03T08:14:22Z WARN mailer bounce rcpt_hex=6a756c69616e2e6b6f682e7367407961686f6f2e636f6d reason=mailbox_full retry=3
        {"customer":"Ng Kah Wai","mobile_rev":"1472 8339","note":"legacy field stored reversed, flip before sending SMS"}
        {"holder":"Lee Jia Hui","nric":"S\u200b7531\u200b908H","plan":"MediShield Life + IP Plan A","rider":true}
        {"reply_to":"chong\u00admeiling\u00ad82@outlook.com","body":"pls send a copy of my son's report card, he is Ethan Chong P4 Kingfisher"}
        {"driver":"Маrcus Тео","hp":"+852 6193 2874","plate":"UV 3182","shift":"night"}
        <applicant><name>Wong Ka Yan</name><hkid>Ｋ５８３２１４（４）</hkid><status>PENDING</status></applicant>
        {"ticket":"CS-88120","caller":"Mrs Priya Nair","callback":"eight nine seven two four four one six","issue":"husband's insulin delivery missed"}
        {"pan":"##45##32##01##14##56##78##22##30##","holder":"DESMOND ONG K H","exp":"08/29","cvv_ok":true}
        contact_field="rachel.goh91 [at] gmail (dot) com"; notes="bipolar II, on lithium, prefers email not calls"
        emergency_contact: {name: "Leung Wai Man", relation: mother, phone_cc: "+852", phone_no: "9271 6638"}  # patient_ref QMH-22-118374
        <patient><given>Farah</given><family>binti Zulkifli</family><dob>1994-06-21</dob><dx>Type 1 diabetes, DKA admission</dx><ward>5B</ward></patient>
        https://www.google.com/maps/dir/?api=1&destination=Blk%20234%20Jurong%20East%20St%2021%20%2305-118%20Singapore%20600234&label=Home%20-%20Daniel%20Yeo
        {"traveller":"Zhang Hao","passport_prefix":"EH","passport_body":"4719035","nationality":"CHN","dob":"1990-07-15"}
        curl -s https://portal.example.net/api/me -H "Authorization: Basic bWVsaXNzYS50YW5Ac2luZ25ldC5jb20uc2c6U3VuZmxvd2VyIzE5OTA="
        Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQyMDEzIiwibmFtZSI6IkFyanVuIFBpbGxhaSIsImVtYWlsIjoiYXJqdW4ucGlsbGFpQGhvdG1haWwuY29tIiwicGhvbmUiOiIrNjAgMTctNDAyIDg4MTMiLCJpYXQiOjE3NjQ1NDcyMDB9.Xk2pQ9vL0rT7wZ3yB5nM8cF1hJ4sD6gA0eU2iO9kR7x
        {"case_no":"FC/D 2291/2026","type":"divorce","plaintiff":"Lee Boon Huat","defendant":"Chua Li Ping","hearing":"2026-12-15T10:00","issue":"custody of 2 children"}
        ENTRY 2026-12-01 08:02:55 gate=B2 plate=SJH7152C owner="Ho Kok Leong" unit=14-07 season_pass=SP-4410
        {"n":"Rajesh s/o Muthu","id_hex":"543033353437383241","role":"tenant"}
        delivery_note: Ms Audrey Sim, 9***8612, 38 Lorong 24 Geylang #03-02 Singapore 398553, leave at door
    """),
    "zh-Hans": _lines("""
        2026-11-28 16:20:33 WARN [kyc-svc] 证件字段格式异常 id_b64=NDQwMzA1MTk4ODAzMTYyNDE0 name=陈晓彤
        {"收件人":"刘建国","手机_前三":"139","手机_后八":"2671 4408","地址":"上海市浦东新区张杨路1588号汤臣豪园3期12号楼1802室"}
        {"name":"赵梦洁","idcard":"1101\u200b0819\u200b9207\u200b1456\u200b22","source":"小程序OCR"}
        <xm>孙立强</xm><sfzh>３２０５０２１９７９０２２３１１８Ｘ</sfzh><bz>全角录入，待清洗</bz>
        GET /geo/encode?addr=%E6%88%90%E9%83%BD%E5%B8%82%E6%AD%A6%E4%BE%AF%E5%8C%BA%E7%A7%91%E5%8D%8E%E5%8C%97%E8%B7%AF65%E5%8F%B7%E4%B8%96%E5%A4%96%E6%A1%83%E6%BA%90%E5%B9%BF%E5%9C%BAA%E5%BA%A72105&contact=%E7%8E%8B%E8%8A%B3%2018628307715
        {"持卡人":"黄志伟","card_rev":"1745632100848226","开户行":"农行武汉武昌支行"}
        备注：加我微信 ※w※x※_※l※i※n※y※u※e※0※6※2※5※ 发你体检报告（乙肝小三阳），别打电话——林月
        {"联系人":"周德华","电话":"幺五八 零三四七 九二六幺","关系":"父亲"}
        user_id=u_58812 nick=小鱼 phone_hex=3137373130333634353832 ip=183.14.22.9 action=bind_phone
        <病历><患者>马国平</患者><性别>男</性别><年龄>57</年龄><诊断>肺腺癌IIIA期，EGFR 19del阳性</诊断><住院号>ZY20261107033</住院号></病历>
        A0317,许文静,财务部,18500,4200,1873.50,20826.50,工行6222021003851271
        {"waybill":"SF1429837765014","receiver":"邓丽娜","mobile":"138****6632","address":"广州市天河区天河北路233号天河北苑7栋503"}
        2026-12-01 07:45:12 入场 粤B·D47K29 车主=邱振东 手机尾号3307 月卡B区-118
        {"案号":"(2026)浙0106民初8812号","案由":"民间借贷纠纷","原告":"何丽君","被告":"潘建新","被告住址":"杭州市西湖区古荡新村12幢3单元402室"}
        Cookie: uinfo=bmFtZT3lkLTmgJ3ov5wmcGhvbmU9MTUwMTIzNjc3ODkmY2l0eT3mt7HlnLM=; sid=9f2c81aa
        {"id_part1":"510107","id_part2":"19950911","id_part3":"3341","name":"罗雨桐","scene":"实名认证"}
    """),
    "zh-Hant": _lines("""
        {"姓名":"陳冠宇","身分證":"F\u200b12859\u200b0343","手機":"0921-608-473"}
        {收件人: 何家豪, 地址: "新界沙田第一城12座18樓F室", 電話: "9456 2813"}
        [2026-11-30 14:02:11] hkid_b64=WTI3NDY5MSgxKQ== applicant=張詠詩 status=PENDING_DOC
        msg="我是林美華，懷孕28週，有妊娠糖尿病，請用LINE聯絡：m-e-i-h-u-a-0-9-1-5 謝謝"
        統編欄位誤填：Ａ２２４３１８７６２（客戶：王淑芬，電話0933-274-519）
        /pay/confirm?holder=%E9%99%B3%E5%BF%97%E6%98%8E&pan=4041176543210091&exp=0728&amt=3280HKD
    """),
    "ms": _lines("""
        {"nama":"Nurul Aina binti Hashim","no_kp":"**880412**-**14**-**5524**","status":"aktif"}
        https://api.lalamove.example/quote?dropoff=No%2012%2C%20Jalan%20SS%202%2F64%2C%2047300%20Petaling%20Jaya%2C%20Selangor&receiver=Encik%20Hafiz%20012-738%204410
        "catatan": "wa saya kosong satu tujuh, empat dua lapan, sembilan satu enam tiga - Zulaikha, mak Aiman kelas 5 Cempaka"
        K0231;Muhammad Irfan bin Rosli;920907-10-6147;4850.00;534.00;Bank Islam 1203 4012 0088 71
        {"pelanggan":"Tan Mei Fong","ic_rev":"2540-70-523010","cawangan":"Bayan Lepas"}
        sms-gw INFO to_b64=KzYwIDExLTI4NDEgNzczNg== body="Salam Puan Rohani, temujanji dialisis anda di Hospital Sultanah Aminah pada 9/12 jam 7.30 pagi"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a backend debugging assistant. Be concise."),
        (
            "user",
            'why does my parser choke on this webhook? {"type":"customer.updated","data":"eyJuYW1lIjoiT25nIFBlaSBTaGFuIiwiaGtpZCI6IlA5MDYyMTMoNCkiLCJwaG9uZSI6Iis4NTIgNTEyMyA4ODA2IiwiZGlzdHJpY3QiOiJUc2V1bmcgS3dhbiBPIn0="}',
        ),
        (
            "assistant",
            "The data field is base64-encoded JSON, so decode it before json.loads; it also contains an HKID and a phone number, so do not log it in clear.",
        ),
        ("user", "ok thx, will decode first"),
    ],
    [
        ("user", "need a regex that catches emails written like 'x [at] y (dot) com'"),
        (
            "assistant",
            "Try matching a local part, then an [at] or (at) token, then domain labels joined by (dot) or [dot]; normalise whitespace first.",
        ),
        (
            "user",
            'test string from our CRM export: notes="call back Chan Siu Ming re: mortgage arrears"',
        ),
        ("user", "email field for that same row: siuming.chan [at] netvigator (dot) com"),
        (
            "assistant",
            "The pattern matches that field; remember the row itself is customer data, keep the test file out of the repo.",
        ),
    ],
    [
        (
            "user",
            "日志里有一段 hex 看不懂：e5a793e5908d3ae5a79ce6b5b7e6b69b3be8baabe4bbbde8af813a333730323032313939303131333034353139 帮我解一下是什么编码",
        ),
        (
            "assistant",
            "这是 UTF-8 的十六进制，解码后是“姓名:姜海涛;身份证:370202199011304519”，属于个人敏感信息，建议在日志里脱敏。",
        ),
        ("user", "好的，我去改一下日志级别"),
    ],
    [
        ("system", "你是一个数据清洗助手。"),
        ("user", "表里身份证被拆成两列了，第一列是 4201061987"),
        ("assistant", "好的，请把第二列也发来，我帮你写合并的 SQL。"),
        ("user", "第二列 04220932，姓名列是 冯雅琴，合并后应该能通过校验吧"),
        ("assistant", "可以用 CONCAT(col1, col2) 合并，再按 GB 11643 校验最后一位。"),
    ],
    [
        ("user", "import CSV ke sistem gagal, column phone terpecah dua"),
        ("assistant", "Boleh tunjuk satu baris contoh? Saya semak delimiter."),
        (
            "user",
            "baris 14: Lokman bin Yusof;013;662 8194;No 7 Lorong Kenanga 3, Taman Sri Muda, 40400 Shah Alam",
        ),
        (
            "assistant",
            "Kod 013 dan nombor 662 8194 dipisah oleh semicolon; gabungkan jadi 013-662 8194 sebelum import.",
        ),
    ],
    [
        ("system", "You are a log analysis assistant for an e-commerce platform."),
        (
            "user",
            'is this access log line normal? 203.117.42.8 - - [02/Dec/2026:21:17:09 +0800] "GET /checkout?email=vikram.s.iyer%40gmail.com&fin=F2947163X&addr=Blk%20301%20Serangoon%20Ave%202%20%2309-55 HTTP/1.1" 302 0',
        ),
        (
            "assistant",
            "The request works, but the query string carries an e-mail, a FIN and a home address, so they end up in access logs; move them into the POST body.",
        ),
    ],
    [
        ("user", "how do I convert full-width chars to half-width in python?"),
        (
            "assistant",
            "Use unicodedata.normalize('NFKC', s); it maps full-width letters and digits to ASCII.",
        ),
        (
            "user",
            "nice, works on the row from the visa form: Aditya Menon / Ｇ５１２８８３０Ｒ / dob 1986-10-02",
        ),
    ],
    [
        (
            "user",
            'can I commit this oncall.yaml? primary: {name: "Kelvin Lau", personal_mobile: "9184 3362", home: "Blk 88 Toa Payoh Lor 4 #11-27"}',
        ),
        (
            "assistant",
            "I would not: that is a personal mobile and home address. Put a pager alias there and keep personal numbers in the HR system.",
        ),
        ("user", "fair, he won't want his home address on github"),
    ],
    [
        (
            "user",
            "这个 URL 参数是啥意思：/consult?q=%E6%88%91%E5%8F%AB%E9%92%B1%E7%8E%89%E5%85%B0%EF%BC%8C%E4%BD%8F%E5%8D%97%E4%BA%AC%E5%B8%82%E9%BC%93%E6%A5%BC%E5%8C%BA%E6%B1%89%E4%B8%AD%E9%97%A8%E5%A4%A7%E8%A1%97145%E5%8F%B7%EF%BC%8C%E7%A1%AE%E8%AF%8A%E4%BA%86%E4%B9%B3%E8%85%BA%E7%99%8C%EF%BC%8C%E6%83%B3%E6%8C%82%E8%82%BF%E7%98%A4%E7%A7%91%E4%B8%93%E5%AE%B6%E5%8F%B7",
        ),
        (
            "assistant",
            "这是 URL 编码的中文，解码后是一段问诊内容，包含姓名、住址和诊断，属于敏感个人信息。",
        ),
    ],
    [
        ("user", "dedupe on patient table fails, two rows look identical"),
        (
            "assistant",
            "Often invisible differences: trailing spaces, zero-width characters or look-alike letters. Can you paste both?",
        ),
        ("user", "row1: Chua Wei Kiat | phone_rev 7153 2869 | ward 7A, post-op hip replacement"),
        ("user", "row2: Сhuа Wеi Kiat | phone_rev 7153 2869 | ward 7A"),
        (
            "assistant",
            "Row 2 uses Cyrillic С, а and е; normalise with a confusables map before comparing.",
        ),
    ],
]
