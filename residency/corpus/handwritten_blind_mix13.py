# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix13: developer and data text (code, logs, stack traces, config, SQL, CSV, JSON, commits, API docs). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix13
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "source code and tests"): _lines("""
        def test_rejects_bad_check_letter(): assert not is_valid_nric("S1234567A")  # S1234567D is the documented sample; A breaks the check letter
        FAKE_USER = {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+1-202-555-0143"}  # fixture, not a person
        faker.seed_instance(4321); name = faker.name()  # output differs per locale, so never snapshot it
        const SAMPLE_PAN = "4111 1111 1111 1111"; // Visa test card from the payment gateway sandbox docs
        @pytest.mark.parametrize("isbn", ["978-0-13-110362-7", "978-0-596-51774-8"]) def test_isbn13_checksum(isbn): ...
        if resp.status_code == 429: time.sleep(int(resp.headers.get("Retry-After", "30")))
        # TODO(dependabot): bump pydantic from 2.7.4 to 2.9.2 once the CI image ships Python 3.12.7
        class Customer(Base): __tablename__ = "customers"; id = Column(BigInteger, primary_key=True); nric_sha256 = Column(String(64))
        MOBILE_RE = re.compile(r"^[+]65[89][0-9]{7}$")  # Singapore mobile pattern per the national numbering plan
        expect(formatMsisdn("60123456789")).toBe("+60 12-345 6789");  // sequential dummy, not a subscriber
        assert parse_dob("2000-02-29") == date(2000, 2, 29)  # leap-day regression from issue #1187
        LUHN_SAMPLES = ["79927398713", "4242424242424242"]  # textbook Luhn example and the Stripe test card
        hashed = bcrypt.hashpw(b"correct horse battery staple", bcrypt.gensalt(rounds=12))
        The mock server returns user_id 00000000-0000-0000-0000-000000000000 whenever X-Test-Mode: 1 is set.
    """),
    ("en", "logs and stack traces"): _lines("""
        2025-11-30T02:14:07.331Z ERROR [payment-svc] order=ORD-20251130-0048213 amount=SGD 129.90 status=DECLINED code=51
        Traceback (most recent call last): File "/srv/app/handlers/signup.py", line 88, in post: raise ValidationError("phone must be E.164")
        WARN 2025-12-01 09:12:44 pool-3-thread-7 c.a.d.p.DruidDataSource - maxActive 20 reached, waited 3000 ms
        INFO request_id=7f3c9a2e-4b1d-4e8a-9c55-0d2b6f81a3e7 GET /v2/orders/8842137760 200 41ms
        kernel: [1203441.228391] nvme0n1: I/O error, dev nvme0n1, sector 1953525168 op 0x0:(READ)
        java.lang.NullPointerException: Cannot invoke "String.length()" because the return value of "Customer.getMobile()" is null at com.shop.crm.MaskUtil.mask(MaskUtil.java:42)
        [sms-gateway] template SMS_284710355 rejected by carrier: variable ${code} exceeds 6 digits
        203.0.113.57 - - [04/Dec/2025:10:02:11 +0800] "POST /api/login HTTP/1.1" 401 87 "-" "okhttp/4.12.0"
        CRON 2025-12-02 03:00:00 backup done: 14,882,031 rows, 38.6 GiB, sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        panic: runtime error: index out of range [5] with length 5 — goroutine 1 [running]: main.parseCard(...) /go/src/app/card.go:57
        Readiness probe failed for pod checkout-7d9f8b6c5-x2kqp on node ip-10-0-3-142.ap-southeast-1.compute.internal
        audit: principal=svc-etl role=readonly action=SELECT table=customers rows=0 (dry run)
        Sentry 4b8e2d0c91a74f6e: TypeError: Cannot read properties of undefined (reading 'postalCode') at checkout.js:311:17
        I reran the job with --verbose and the only thing in the log was my own typo in the bucket name.
    """),
    ("en", "config and API docs"): _lines("""
        POST /v1/customers — body: {"name": string, "phone": E.164 string, "email": string}; returns 201 with the new customer id.
        Example response: {"id": "cus_9s6XKzkNRiz8i3", "email": "jenny.rosen@example.com", "livemode": false}
        SMTP_HOST=sandbox.smtp.mailtrap.io SMTP_PORT=2525 SMTP_USER=test SMTP_PASS=changeme
        DATABASE_URL=postgres://app:app@localhost:5432/app_dev
        The ic_number field accepts MyKad format YYMMDD-PB-####; the docs show 000000-00-0000 rather than a real number.
        Rate limits: 600 requests per minute per API key; bursts above 100 per second get HTTP 429.
        kms_key_id: arn:aws:kms:ap-southeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab  # account id from the AWS docs
        GET /v3/hkid/validate?value=A123456(3) returns {"valid": true}; the check character may be A, which stands for 10.
        Webhook retries back off at 1, 5, 25 and 125 minutes; after the fifth failure the event is dropped.
        In the sandbox every phone number accepts OTP 000000; production sends a real SMS through the carrier.
        timezone: Asia/Kuala_Lumpur  # UTC+08:00, the same offset as Singapore, Hong Kong and Taipei
        contact_email: privacy@acme-example.com  # shared team mailbox for data-subject requests, answered by the DPO office
    """),
    ("zh-Hans", "SQL 与数据字典"): _lines("""
        CREATE TABLE t_customer (id BIGINT PRIMARY KEY, id_card CHAR(18) COMMENT '居民身份证号，入库前做 SM3 哈希', mobile VARCHAR(20));
        SELECT province, COUNT(*) FROM t_order WHERE created_at >= '2025-11-11' GROUP BY province ORDER BY 2 DESC LIMIT 10;
        字段说明：order_no 共 18 位，前 14 位是下单时间 yyyyMMddHHmmss，后 4 位为流水号，例如 202511110000010037。
        身份证校验的单测只用国标 GB 11643 里的示例号码 11010519491231002X，不要用真实号码。
        UPDATE t_sku SET price = 5999.00 WHERE sku_code = 'HW-MATE70-512G-BLK';
        脱敏规则：手机号保留前三后四，证件号只保留前六位行政区划代码，其余一律用星号。
        -- 测试数据由 Faker('zh_CN') 生成，种子 20251204，每次重建库结果都一样
        ALTER TABLE t_member ADD COLUMN wechat_openid VARCHAR(64) NULL COMMENT '微信 openid，接口返回后加密存储';
        行政区划代码 440305 对应深圳市南山区，310115 对应上海市浦东新区，数据来自民政部公开表。
        INSERT INTO t_hotline (scope, number) VALUES ('北京市', '12345'), ('全国', '12315'), ('工商银行', '95588');
        EXPLAIN 显示 idx_mobile 没有走索引，因为 mobile 是 VARCHAR，而查询条件传了数字 13800000000。
        备份表 t_user_bak_20251201 共 3,204,117 行，占用 1.9 GB，保留 7 天后删除。
    """),
    ("zh-Hans", "提交信息与工单"): _lines("""
        fix(sms): 验证码模板变量超长导致发送失败，统一改为 6 位数字 (#4821)
        feat(user): 新增港澳台居民居住证号校验，支持 810000/820000/830000 开头的 18 位号码
        chore(deps): 升级 spring-boot 3.2.5 → 3.3.6，修复 CVE-2024-38816
        工单 JIRA-10293：导出报表时“收货地址”列乱码，原因是 CSV 没写 BOM，已修复并补了测试。
        Revert "feat: 接入实名认证 SDK 2.1.0" —— 测试环境调用额度用完，先回滚。
        我昨晚把 release/2.8 合回 main，冲突都在 OrderMapper.xml，没有动任何数据。
        perf: 用户表按 user_id % 64 分表后，查询 P99 从 820ms 降到 95ms
        测试反馈：小米 14 升级到 HyperOS 1.0.5 后登录页闪退，已在 3 台测试机上复现。
        评审意见：雷军在发布会上讲的秒开是营销口径，不能写进我们的 SLA 文档。
        docs: 把 API 示例里的手机号统一换成 +86 138 0000 0000，邮箱换成 user@example.cn
    """),
    ("zh-Hant", "日誌與設定"): _lines("""
        2025-12-03 14:22:09 [INFO] 台北機房 tpe-db-02 同步完成，延遲 0.8 秒，共 12,044 筆。
        app.yaml 設定：locale: zh-TW、currency: TWD、tax_rate: 0.05、invoice_prefix: ZZ
        身分證字號欄位為一個英文字母加九位數字，文件範例一律用 A123456789，不要填真實資料。
        香港身份證號碼範例 A123456(3) 只作格式說明，資料庫只存 HMAC 後的雜湊值。
        ERROR 2025-12-02 08:15:33 澳門分店 POS-03 印表機離線，單號 MO-20251202-000731 未出票。
        前端寫死的公共熱線：香港政府 1823、台北市民當家熱線 1999，改版時記得抽到設定檔。
        地址解析單元測試：台北101「台北市信義區信義路五段7號」被切成三段，已修正正則。
        爬蟲抓到的百科條目：張忠謀，台積電創辦人，1987 年創立公司；屬公開資料，可用於實體辨識測試。
        我把 log level 從 DEBUG 調成 WARN，一週下來硬碟少用了 40 GB。
        統一發票號碼格式為兩碼英文加八碼數字，測試環境固定用 ZZ00000000。
        郵遞區號 110 對應台北市信義區，對照表取自中華郵政公開下載檔。
        crontab：0 3 * * * /opt/scripts/purge_logs.sh --older-than 30d >> /var/log/purge.log 2>&1
    """),
    ("ms", "dokumentasi API dan log"): _lines("""
        Medan no_kp mesti ikut format YYMMDD-PB-####; contoh dalam dokumentasi ialah 000101-01-0000, bukan nombor sebenar.
        2025-12-01 10:05:17 INFO pesanan #MY-88213047 dihantar melalui Pos Laju, berat 1.2 kg, caj RM 8.50
        Talian Kasih 15999 dan talian kecemasan 999 disimpan sebagai pemalar dalam constants.ts.
        Pepijat: poskod 01000 (Kangar) hilang sifar di hadapan bila disimpan sebagai integer, jadi simpan sebagai rentetan.
        Saya telah naik taraf lodash ke versi 4.17.21 dan semua 812 ujian lulus.
        Alamat Suria KLCC, Jalan Ampang, 50088 Kuala Lumpur dipakai dalam ujian geokod kerana ia bangunan awam.
        Contoh respons: {"status": "ok", "jumlah": "RM 1,299.00", "kod_transaksi": "TXN20251201093312"}
        Nota commit: betulkan regex telefon supaya terima nombor 011 yang ada 8 digit selepas awalan.
        Jadual pelanggan ada 482,910 baris; 12% tiada emel menurut eksport 30 November.
        Kunci ujian sk_test_4eC39HqLyjWDarjtT1zdp7dc hanya berfungsi di sandbox dan disiarkan dalam dokumentasi awam.
        Set data berita: Tun Dr Mahathir Mohamad dilabel PERSON dalam konteks jawatan Perdana Menteri, iaitu tokoh awam.
        Kependaman API naik ke 1.8 s selepas migrasi ke rantau ap-southeast-5 pada 20 November.
    """),
    ("mixed", "CSV and JSON samples"): _lines("""
        sku,name,price_sgd,stock → A1001,Tiger Beer 330ml x24,58.00,320
        station_code,station_name,line → NS25,City Hall,North-South Line
        {"isbn": "978-0-262-03384-8", "title": "Introduction to Algorithms", "edition": 3, "publisher": "MIT Press"}
        商品编号,名称,价格 → 100012043978,Apple iPhone 16 Pro 256GB 原色钛金属,8999.00
        {"user_id": "u_000123", "name": "测试用户", "phone": "13800000000", "env": "staging"}
        id,character,actor → 1,Tony Stark,Robert Downey Jr.
        {"company": "Lee Kum Kee", "founded": 1888, "hq": "Tai Po, Hong Kong", "ticker": null}
        {"uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "status": "PENDING", "retry": 0}
        month,avg_daily_mrt_trips → 2025-10,3410000 (LTA open data)
        "Tan Tock Seng Hospital","11 Jalan Tan Tock Seng","308433","public hospital"
        {"author": "Guido van Rossum", "pep": 8, "title": "Style Guide for Python Code"}
        名稱,地址 → 澳門威尼斯人,路氹金光大道望德聖母灣大馬路
        nama_produk,harga_rm,berat → Milo Tin,45.90,1.5kg
        {"sha": "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "tag": "v1.14.0", "author": "github-actions[bot]"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2025-11-29 21:04:51 WARN [kyc] mismatch for applicant "Lim Siew Ling" nric=S8829314F dob=1988-07-02 selfie_score=0.41
        customer_id,full_name,mobile,email → 100482,Ong Jia Hui,+65 9174 2286,jiahui.ong88@gmail.com
        DEBUG payload={"name":"Chan Ka Wai","hkid":"K583920(4)","mobile":"+852 6382 1907","addr":"Flat 12B, Block 3, Kwai Chung Estate"}
        ERROR refund failed: card 4539 1488 0343 6467 exp 08/27 holder NURUL AINA BT ROSLI (cvv not logged)
        Support ticket #88213: Mr Rajesh s/o Muthu (FIN G5281734N) says the work permit renewal mail went to raj.muthu1991@yahoo.com.sg, not his new address
        INSERT INTO patients VALUES (3381, 'Wong Mei Fong', 'T0312458J', 'Type 2 diabetes, on insulin since 2022', '81 Marine Parade Central #11-402');
        stack trace kept the request body: phone=%2B60+17-482+9316&ic=930227-08-6141&name=Mohd+Faizal+bin+Hashim
        commit 3e1a9f2 "remove hardcoded test account" — the diff still has tan.weijie.sg@outlook.com / Pa55w0rd! plus his mobile 8826 1473
        delivery webhook: recipient=Cheng Yu-Ting tel=+886 932 418 057 addr="9F-2, No. 88, Shizheng N. 7th Rd, Xitun Dist, Taichung"
        session dump: {"uid": 772019, "displayName": "Leong Hoi Man", "bir": "1284736(5)", "tel": "+853 6623 8194"}
        Sentry breadcrumb for aaron.teo@hey.com: he typed "my passport K4820193P, flying out fri" into the search box
        grep hit in prod logs: vehicle SJK 4821 H registered to Goh Wee Seng, parking fine S$70 unpaid since Aug
        Fraud review: Mdm Siti Hajar (MyKad 851103-14-5530) made 14 transfers to the same Maybank acct 1142 8830 9917 within an hour
        CSV import row 2041 failed: "Lau, Kwok Keung",1962-04-19,Y736251(A),"Rm 1608, Wah Fu Estate Block 2, Pok Fu Lam",9132 6604
    """),
    "zh-Hans": _lines("""
        2025-12-01 08:31:22 ERROR 实名认证失败 name=张晓峰 idCard=440305199208153417 mobile=13924718856 reason=人像比对不通过
        INSERT INTO t_customer VALUES (10086, '刘雨桐', '310115198611020528', '18621093375', '上海市浦东新区锦绣路 1088 弄 6 号 502 室');
        客服日志：用户王建国来电，说尾号 8826 的卡 6212 2611 0200 4718 826 被盗刷 3 笔，已临时冻结。
        导出的 Excel 第 37 行：陈思雨，女，32010619950704122X，南京市鼓楼区湖南路 9 号，产检记录：妊娠 28 周
        debug 输出：{"nick":"小鱼儿","realName":"何嘉欣","wx":"hejiaxin_0817","phone":"+86 137 2908 4416"}
        快递面单接口返回：收件人 赵磊，15801836642，北京市朝阳区望京西园三区 312 号楼 1 单元 1702
        风控命中：车牌 粤B·7K3M9 的车主黄志伟近 30 天在 5 个平台申请贷款，月收入填的 8000。
        有人把测试库连接串改成了生产库，还顺手提交了一条真实记录：sunli_1990@163.com，孙丽，护照 E58302917
        Redis 里 user:session:8f2a 的值包含 "邓浩然"、"130682199901230035"、"河北省保定市定兴县"
        工单 #20931：QQ 1847302956 的林小雨说退款没到账，她的支付宝账号是 linxy0322@qq.com
        mysql> select * from t_user where id=552018; → 552018 | 吴海涛 | 13510829473 | 深圳市南山区科苑南路 3099 号 12A | 抑郁症复诊中
    """),
    "zh-Hant": _lines("""
        2025-11-28 19:02:44 [WARN] 會員 林怡君 身分證 F228463915 手機 0921-603-448 重複註冊三次
        訂單匯出：陳冠宇,H124037582,台北市大安區復興南路二段 151 巷 12 號 3 樓,0988-271-530
        香港客服紀錄：黃美玲小姐（身份證 Z492817(3)）來電，住沙田禾輋邨豐和樓 1512 室，電話 9432 7718
        澳門分行日誌：客戶梁家豪，澳門居民身份證 5192834(2)，手機 6681 2049，申請把信用額度提高到 MOP 80,000
        {"姓名":"張家瑋","身分證":"A131582746","診斷":"第二型糖尿病","就診":"台大醫院新陳代謝科"}
        除錯訊息漏了車主資料：車牌 RBK-5821，車主許雅婷，電話 0910-337-285
        客訴信原文貼進 issue：我是吳宗翰，帳號 tsunghan.wu@gmail.com，你們把我的信用卡 5520 8841 2307 6619 扣了兩次
        匯入失敗第 8 行：周子晴,1994/03/17,E224610873,高雄市苓雅區四維三路 6 號 18 樓之 1
        LINE 客服匯出：顯示名稱「阿哲」，本名蔡哲銘，LINE ID tsaizm1985，住新北市板橋區文化路一段 270 巷 5 號
    """),
    "ms": _lines("""
        Log ralat: pelanggan Nur Izzati binti Kamal, no_kp=960814-10-5392, telefon 013-582 7741, alamat No 12, Jalan SS 2/24, 47300 Petaling Jaya
        Baris CSV gagal diimport: "Muhammad Hafiz bin Ismail",880512-14-5327,hafiz.ismail88@gmail.com,+60 19-331 8045
        Tiket sokongan #4471: En. Tan Chee Keong minta tukar alamat ke 23, Jalan Molek 2/4, Taman Molek, 81100 Johor Bahru; tel 016-771 2093
        Dump sesi ada nombor akaun CIMB 7012 3849 5561 milik Puan Kavitha a/p Subramaniam dengan baki RM 42,817.30
        Nota HR dalam JSON: {"nama":"Aina Sofea binti Rahim","no_kp":"010815-10-2238","cuti_sakit":"kemurungan, 14 hari"}
        Kereta WXY 7283 (pemilik Lee Mun Wai, 012-409 6658) disenarai hitam oleh sistem parkir kondo
        Pasport A38291047 atas nama Siti Aminah binti Yusof muncul dalam log debug aplikasi tempahan tiket
        Pengguna @farhanzul_92 di Instagram ialah Farhan Zulkifli, WhatsApp +60 11-2739 4410, dan dia minta datanya dipadam
    """),
    "mixed": _lines("""
        2025-12-02 11:47:03 ERROR 下单失败 user=周俊杰 phone=+65 8261 4097 addr="Blk 208 Jurong East St 21 #05-114"
        {"name":"Leong Wai Kit 梁伟杰","ic":"900418-07-5563","phone":"012-663 8210","addr":"18, Lorong Kenari 3, 11900 Bayan Lepas"}
        customer row: 李佩珊 Lee Pei Shan, S9127364H, pei.shan.lee@gmail.com, 93847162, 糖尿病 follow-up at polyclinic
        log: 客户 Cheung Siu Ming 张小明 HKID D271845(6) 报失手机 +852 5174 3392，要冻结 eSIM
        請幫我 debug 這段：name='陳麗華' id='A223781904' tel='0935 117 262' 為什麼存不進 users 表？
        Slack export: "@channel 這位客人 Tan Ah Kow 的 NRIC S6723851C 同 phone 9018 3372 我 paste 錯 group 了，sorry"
        SQL 結果：1024 | Ho Ka Lok | 1392847(0) | 澳門氹仔布拉干薩街湖畔大廈 8 樓 C | +853 6287 4410
        api trace: POST /kyc {"fullName":"Nguyen Thi Lan","fin":"M4128307K","employer":"domestic helper","phone":"+65 8803 5172"}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Why does this row break my CSV parser?"),
        ("user", '4471,"Koh, Boon Hwee",S7834102B,+65 9728 3361,"Blk 12 Toa Payoh Lor 7, #03-88"'),
        (
            "assistant",
            "The commas inside the quoted fields are fine; check that the reader uses quotechar='\"'.",
        ),
        ("user", "ok it was the delimiter setting, thanks"),
    ],
    [
        ("user", "帮我看看这个正则为什么匹配不上"),
        ("assistant", "请把正则和样例字符串都发过来。"),
        ("user", "正则是 ^[0-9]{17}[0-9X]$，样例是我同事马文博的身份证 11010819870625361x"),
        ("assistant", "末位是小写 x，而正则只允许大写 X，可以先 upper() 再匹配。"),
    ],
    [
        ("user", "呢個 JSON parse 唔到，幫我睇下"),
        ("user", '{"name": "Lam Tsz Ching", "hkid": "M418273(9)", "tel": "6195 2873",}'),
        ("assistant", "最後一個欄位後面多咗一個逗號，JSON 唔接受尾逗號。"),
        ("user", "得咗，多謝"),
    ],
    [
        ("user", "Kenapa fungsi ni pulangkan None?"),
        ("assistant", "Boleh tunjuk input yang digunakan?"),
        (
            "user",
            "parse_ic('920306-01-7719') — itu IC abang saya, Azlan bin Othman, dia duduk di Kluang",
        ),
        (
            "assistant",
            "Regex anda jangkakan tiada sengkang; buang sengkang dulu atau ubah corak kepada YYMMDD-PB-####.",
        ),
    ],
    [
        ("user", "support log 里有个客户一直投诉，名字是 Chua Li Ting"),
        ("assistant", "需要我帮你整理投诉内容吗？"),
        (
            "user",
            "对，她的 order 是 SG-77120，phone 9461 0358，address 是 Blk 627 Ang Mo Kio Ave 4 #09-1120",
        ),
        ("assistant", "好的，我先按时间线整理她的三次投诉，再给出回复草稿。"),
    ],
    [
        (
            "user",
            "Got this in staging but it came from a prod snapshot: "
            'IntegrityError: duplicate key value violates unique constraint "users_email_key" '
            "DETAIL: Key (email)=(michelle.yeo.pt@gmail.com) already exists.",
        ),
        ("assistant", "A user with that e-mail already exists; upsert or check first."),
        (
            "user",
            "yeah she signed up twice, second time with her home address 5 Jalan Kembangan, Singapore 419110",
        ),
    ],
    [
        ("user", "这条 SQL 查出来的用户是谁？select name from t_user where id = 90211"),
        ("assistant", "我看不到你的数据库，需要你把结果贴过来。"),
        ("user", "结果是 郑国栋，他手机 13652907184，住 广州市天河区体育西路 191 号 2304"),
        ("assistant", "收到。如果只是排查问题，建议贴脱敏后的数据。"),
    ],
    [
        ("user", "Can you write a unit test for this Taiwan ID validator?"),
        ("assistant", "Sure — do you have a sample input you expect to pass?"),
        (
            "user",
            "use mine: B221904736, and my wife's is B124610578 if you need a male one, we're in Taichung",
        ),
        (
            "assistant",
            "I'd rather use synthetic IDs in the test; I'll generate ones with valid check digits.",
        ),
    ],
    [
        ("user", "澳門嘅客戶資料 import 失敗，錯誤行如下"),
        (
            "user",
            "row 318: 區嘉欣, 7203815(1), +853 6532 0917, 澳門黑沙環新街海濱花園第二座 14 樓 F",
        ),
        ("assistant", "身份證欄位入面有括號，你個 schema 設定咗只收數字，要改成字串。"),
    ],
]
