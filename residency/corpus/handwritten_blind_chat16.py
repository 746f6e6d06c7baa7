# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat16: coding and data assistant chats with pasted records (English, 中文, Bahasa Melayu). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat16
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "SQL and schemas"): _lines("""
        CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, full_name TEXT NOT NULL, nric_hash CHAR(64), phone_e164 VARCHAR(16), created_at TIMESTAMPTZ DEFAULT now());
        why does this return 0 rows?? SELECT order_id, total_myr FROM orders WHERE status = 'SHIPPED' AND created_at >= '2025-11-01' AND created_at < '2025-11-01';
        EXPLAIN ANALYZE: Seq Scan on invoices (cost=0.00..48213.55 rows=1204 width=96) (actual time=0.031..812.440 rows=1187 loops=1) Filter: (invoice_no ~~ 'INV-2025-11%') -- do I need a trigram index?
        pasted from our market dashboard: 0700.HK Tencent Holdings, chairman Ma Huateng; D05.SI DBS Group, CEO Tan Su Shan; 1155.KL Maybank, Group PCEO Khairussaleh Ramli. how do I pivot ticker x metric in pandas?
        INSERT INTO users (name, email, phone) VALUES ('Test User 01', 'test01@example.com', '+65 0000 0001'), ('Test User 02', 'test02@example.com', '+65 0000 0002');
        ERROR:  duplicate key value violates unique constraint "uq_customers_email" DETAIL:  Key (email)=(<redacted>) already exists.
        our QA seed uses fictional people: ('Sherlock Holmes', '221B Baker Street, London'), ('Harry Potter', '4 Privet Drive, Little Whinging') -- tests fail because postcode is NOT NULL, how to default it?
        ALTER TABLE employees ADD COLUMN salary_band SMALLINT CHECK (salary_band BETWEEN 1 AND 12); -- band only, the actual salary lives in the payroll schema
        result of the weekly rollup: orders 48,211 | avg_basket_sgd 63.40 | refund_rate 1.8% | p95_latency_ms 212. can you make this a markdown table
        how to mask a column in Snowflake? CREATE MASKING POLICY email_mask AS (val string) RETURNS string -> CASE WHEN CURRENT_ROLE() IN ('PII_ADMIN') THEN val ELSE regexp_replace(val, '.+@', '*****@') END;
        ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1 still gives me dupes when updated_at ties, whats the fix
        top sellers last quarter: SKU-88213 "Mrs. Fields Semi-Sweet Cookie Tin" 12,004 units; SKU-10442 "Colonel Sanders Original Recipe Seasoning" 9,871 units; SKU-20019 "Uncle Roger Egg Fried Rice Kit" 7,310 units
        pg_dump: error: query failed: ERROR:  permission denied for table payroll_2025
        SELECT state, COUNT(*) AS n, ROUND(AVG(age), 1) FROM survey_2024 GROUP BY state HAVING COUNT(*) >= 30; -- k>=30 so no cell can single anyone out
    """),
    ("en", "logs and stack traces"): _lines("""
        Traceback (most recent call last): File "/app/etl/load_customers.py", line 88, in <module> df["dob"] = pd.to_datetime(df["dob"], format="%d/%m/%Y") ValueError: time data "31/02/1990" doesn't match format "%d/%m/%Y"
        2025-12-03T08:14:22.517Z ERROR [payment-svc] txn=PAY-20251203-004417 amount=129.90 currency=MYR gateway=ipay88 status=TIMEOUT retry=3/3
        java.lang.NullPointerException: Cannot invoke "String.trim()" because the return value of "com.acme.crm.Customer.getPostalCode()" is null at com.acme.crm.AddressNormalizer.normalize(AddressNormalizer.java:57)
        kubectl describe says OOMKilled, container "pii-redactor" exceeded memory limit 512Mi, restart count 14. bump the limit or fix the leak?
        WARN  [http-nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper : SQL Error: 1406, SQLState: 22001 - Data too long for column 'nric' at row 1
        nginx access log: 203.0.113.54 - - [03/Dec/2025:10:02:11 +0800] "GET /api/v2/orders/ORD-7781203 HTTP/1.1" 200 1843 "-" "okhttp/4.12.0"
        sentry: TypeError: Cannot read properties of undefined (reading 'firstName') at ProfileCard (ProfileCard.tsx:42:27) -- only on Safari 17.2
        Stripe test mode webhook: {"id":"evt_1QbT9x2eZvKYlo2C","type":"charge.succeeded","data":{"object":{"amount":4990,"currency":"sgd","payment_method_details":{"card":{"last4":"4242","brand":"visa"}}}}}
        celery worker: Task reports.generate_payslips[6f1c2a9e-44b0-4d0b-9a53-1e0f7b2c9d11] retry: Retry in 60s: ConnectionResetError(104, 'Connection reset by peer')
        Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "svc_reporting"
        our logs print "User {userId} logged in from {ip}" literally with the braces, is that a log4j2 pattern issue?
        npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fcustomer-sdk - Not found
        request_id=9c2e7a41 method=POST path=/v1/kyc/verify latency_ms=2871 upstream=myinfo-sandbox status=502
        AWS Glue job failed: AnalysisException: cannot resolve 'customer_ic_no' given input columns: [cust_id, ic_number, full_name_masked, state_code]
    """),
    ("en", "docs and config"): _lines("""
        spring.datasource.url=jdbc:postgresql://crm-db.internal:5432/crm, username=${DB_USER}, password=${DB_PASSWORD} -- why doesn't it pick up the env vars in docker compose?
        Support macro: "Hi {{first_name}}, your order {{order_no}} has shipped via {{courier}}. Track it at {{tracking_url}}."
        Reminder from the DPO: never paste NRIC, IC or phone numbers into the assistant; use the synthetic dataset in s3://acme-sandbox/fake_customers/ instead.
        .env.example -> DATABASE_URL=postgres://user:pass@localhost:5432/app_dev SMTP_FROM=no-reply@example.com SENTRY_DSN=
        Company profile (ACRA, public): DBS Bank Ltd, UEN 196800306E, registered office 12 Marina Boulevard, Marina Bay Financial Centre Tower 3, Singapore 018982.
        OpenAPI: CustomerCreate: required: [fullName, email]; phone: {type: string, pattern: '^[+]?[1-9][0-9]{7,14}$', example: '+1-202-555-0143'}
        For prod DB access raise a ticket with it-servicedesk@acme-corp.example or call the 24h IT hotline 1800-227-6638.
        HKID check digit: weights 9 to 2 over the letter values (A=10 ... Z=35, blank=36) and the six digits, sum mod 11, then 11 minus remainder; 10 becomes "A", 11 becomes "0".
        Changelog v3.12.0 (2025-11-28): fix: mask all but last 4 of card PAN in audit logs; chore: bump psycopg to 3.2.3; sha 9f4e2c1
        terraform plan: + aws_db_instance.crm { engine = "postgres", engine_version = "16.4", instance_class = "db.r6g.large", storage_encrypted = true }
        Grafana alert "Payroll batch lag > 15 min" fired 02:15 SGT, resolved 02:41; runbook is pinned in #payroll-oncall.
        README: every row in data/sample_customers.csv comes from Faker(locale="en_SG") with seed 42; regenerate with make fixtures, never copy from prod.
    """),
    ("zh-Hans", "代码与SQL问答"): _lines("""
        这个SQL为啥报错：SELECT 姓名, 手机号 FROM 客户表 GROUP BY 城市; 提示 this is incompatible with sql_mode=only_full_group_by
        建表：CREATE TABLE t_member (id BIGINT AUTO_INCREMENT, real_name VARCHAR(32), id_card CHAR(18) COMMENT '身份证号(AES加密)', mobile VARCHAR(11), PRIMARY KEY(id));
        测试数据用的张三、李四、王五，手机号全填 13800000000，导入压测环境时被唯一索引拦了，怎么批量生成不重复的假号码？
        pandas 读 csv 中文乱码，encoding='gbk' 也不行，报 UnicodeDecodeError: 'gbk' codec can't decode byte 0xaf in position 1207
        帮我写个爬虫抓交易所公告里的董事长信息，比如“宁德时代 董事长 曾毓群”这种，表格怎么解析？
        地址库里的“郑和路”“中山路”“鲁迅公园”都被我们的 NER 模型识别成人名了，有没有好办法过滤？
        身份证校验位：前17位分别乘 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2，求和模11，余数对应 1 0 X 9 8 7 6 5 4 3 2，用 Java 怎么写？
        MyBatis 报错：There is no getter for property named 'userName' in 'class com.xx.entity.OrderDTO'
        查询结果：省份 | 订单量 | 客单价 —— 广东 | 128,431 | 86.2；浙江 | 97,205 | 91.7；江苏 | 88,960 | 79.4，帮我用 echarts 画个柱状图
        客服热线 95588 和 400-820-8820 被我们的脱敏规则当成手机号打码了，要不要加白名单？
        订单号 E20251203123456789 和运单号 SF1498230567714 被身份证正则误匹配了，正则要怎么改？
        FastAPI 返回 422，body 是 {"detail":[{"loc":["body","phone"],"msg":"string does not match regex"}]}，前端传的是字符串啊
        脱敏规范：姓名保留姓氏（张**），手机号保留前三后四（138****0000），身份证只保留出生年份，日志里一律不打印原文。
        Redis key 设计成 user:{uid}:profile 还是 profile:{uid} 好？QPS 大概 3w
    """),
    ("zh-Hans", "日志与报错"): _lines("""
        2025-12-03 14:22:08.331 ERROR [order-service,7f3a9c1e2b] c.x.o.s.OrderServiceImpl - 创建订单失败, orderNo=DD202512031422080017, 原因: 库存不足 skuId=100284317
        ### Error querying database. Cause: java.sql.SQLSyntaxErrorException: Unknown column 'id_card_no' in 'where clause'
        nacos 启动失败：Caused by: java.net.UnknownHostException: jmenv.tbsite.net，单机模式要加什么参数？
        微信支付回调：{"return_code":"SUCCESS","out_trade_no":"WX20251203000991","total_fee":1990,"transaction_id":"4200002871202512031845562019"}，验签一直失败
        Flink 作业反压严重，checkpoint 超时 600000 ms，source 是 kafka topic ods_user_behavior，32 个分区，并行度 8
        ERROR 1366 (HY000): Incorrect string value: '\\xF0\\x9F\\x98\\x82' for column 'nickname' at row 1
        上线后 /api/member/info 平均耗时从 80ms 涨到 1.2s，慢 SQL 是 SELECT * FROM t_member WHERE mobile LIKE '%5678'，怎么优化
        单测里的两条 mock 数据：孙悟空（花果山水帘洞）、猪八戒（高老庄），断言 address 长度 <= 20 失败了
        Spring Boot 启动报 Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.
        DataX 从 Oracle 同步到 Hive，字段 CUST_NAME 是 NVARCHAR2，导过去全是问号
        ES 查询 {"query":{"bool":{"must":[{"term":{"city":"深圳"}},{"range":{"age":{"gte":18,"lte":35}}}]}}} 返回 hits.total 1,204,553，太慢了
        git log 里 3e7b9d2 “fix: 手机号脱敏正则” 引入了回归，回滚到 a91c0f4 之后测试全绿
    """),
    ("zh-Hant", "系統設定與報錯"): _lines("""
        config.yaml 入面 hkid_regex 寫咗 '^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$'，點解兩個英文字母開頭嗰種 match 唔到？
        八達通繳費回調：{"merchant_id":"OCT-880231","txn_ref":"TX20251203-7782","amount":"HKD 48.50","status":"APPROVED"}
        ORA-12899: value too large for column "CRM"."CUSTOMER"."CHI_NAME" (actual: 36, maximum: 30)
        公司資料（公開）：香港交易及結算所有限公司，香港中環康樂廣場8號交易廣場二期8樓，股份代號 0388。
        醫管局公開數據 API 返回急症室等候時間，例如伊利沙伯醫院 >3 小時、瑪麗醫院 2 小時，點樣用 Python 每 15 分鐘拉一次？
        seed.sql 用咗 陳大文 / chan.taiman@example.com / 5555 0000 做測試帳戶，全部係假資料，可以 commit 嗎？
        部署到 Azure East Asia 之後，App Service 報 HTTP Error 500.30 - ASP.NET Core app failed to start
        Excel 匯出嘅 CSV 係 Big5，讀入 pandas 之後「邨」「埗」都變亂碼，要用 big5hkscs 嗎？
        政府熱線 1823 同消委會熱線 2929 2222 應唔應該喺電話號碼偵測入面排除？
        孫中山紀念館（中環衛城道7號）嘅開放時間 API 返回 null，係咪 endpoint 改咗？
        交易紀錄導出：訂單號 HK2025120300871、金額 HKD 1,280.00、狀態 已退款，點樣 join 返 refunds 表？
        Jenkins pipeline 喺 stage('Deploy') 卡住，log 最後一行係 Waiting for approval from group "release-managers"
    """),
    ("ms", "soalan kod"): _lines("""
        Macam mana nak validate IC Malaysia guna regex? Format 12 digit, ada sengkang lepas digit ke-6 dan ke-8, contoh placeholder 000000-00-0000.
        Query ni lambat gila: SELECT * FROM pelanggan p JOIN pesanan o ON p.id = o.pelanggan_id WHERE o.tarikh >= '2025-01-01'; dah ada index kat tarikh tapi still full scan
        Error bila run migration Laravel: SQLSTATE[42S01]: Base table or view already exists: 1050 Table 'staf' already exists
        Data dummy untuk unit test: Ali, Ah Chong dan Muthu dari buku teks sekolah rendah lama, semua watak rekaan. Boleh guna tak?
        Kenapa pandas tukar column no_ic jadi 8.80315e+11? Patutnya string, bukan float.
        Log pelayan: 2025-12-03 09:41:12 [ERROR] BayarNow callback gagal, invoice INV-MY-2025-004812, jumlah RM 350.00, kod 504 Gateway Timeout
        Tolong terangkan beza LEFT JOIN dengan INNER JOIN guna contoh jadual jabatan dan pekerja, tak payah data sebenar.
        Cron backup pukul 2 pagi tak jalan: "/bin/sh: 1: pg_dump: not found" -- server Ubuntu 22.04
        Macam mana nak hash nombor telefon guna SHA-256 dengan salt sebelum hantar ke data warehouse? Contoh kod Python pun ok.
        Firebase rules saya: allow read, write: if request.auth != null; tapi user lain masih boleh baca profil orang lain, kenapa?
        Keputusan query: negeri | bil_pelanggan -- Selangor 41,203; Johor 22,817; Pulau Pinang 15,990; Sabah 9,441. Nak buat pie chart dalam Power BI.
        docker compose up bagi error: Bind for 0.0.0.0:5432 failed: port is already allocated. Nak stop postgres local macam mana?
    """),
    ("ms", "data awam dan dokumentasi"): _lines("""
        Senarai hospital awam dari data.gov.my: Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru; Hospital Tuanku Ja'afar, Jalan Rasah, 70300 Seremban.
        Talian khidmat pelanggan Maybank 1-300-88-6688 dan CIMB 03-6204 7788 patut dikecualikan daripada pengesan nombor telefon.
        Maklumat syarikat awam: Petroliam Nasional Berhad, Tower 1, PETRONAS Twin Towers, KLCC, 50088 Kuala Lumpur; Presiden & CEO Kumpulan Tan Sri Tengku Muhammad Taufik.
        Template e-mel: "Assalamualaikum {{nama}}, pesanan #{{no_pesanan}} telah dihantar. Terima kasih kerana membeli di Kedai Runcit Pak Abu."
        Garis panduan PDPA dalaman: jangan simpan salinan MyKad penuh; simpan 4 digit terakhir sahaja jika perlu untuk pengesahan, dan padam selepas 7 tahun.
        Universiti Tunku Abdul Rahman (UTAR) kampus Kampar, Jalan Universiti, Bandar Barat, 31900 Kampar, Perak -- alamat ni untuk jadual institusi, bukan pelanggan.
        Versi app-mobile 4.18.2 (build 20251202.3), commit 7c1e0b9f, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        Contoh payload webhook kurier: {"awb":"630012774582","status":"Dalam penghantaran","hub":"Shah Alam DC","timestamp":"2025-12-03T11:20:00+08:00"}
        Statistik DOSM: median gaji bulanan 2023 ialah RM2,745 dan purata RM3,440. Nak plot trend 2010-2023 guna matplotlib.
        Geocoder kita salah kelaskan Jalan Tun Razak, Jalan Sultan Ismail dan Jalan P. Ramlee sebagai nama orang, macam mana nak betulkan?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        fix the dob column pls, pandas reads it as text: 1042,Nurul Aisyah binti Kamal,14/03/1996,+60 12-773 4819,aisyah.kamal96@gmail.com
        need CPF calc for this row from the payroll query: emp_id E0387 | Darren Koh Wei Ming | base_salary_sgd 7,850 | nric S8823471E | age 37
        2025-12-02 21:07:44 INFO kyc.verify passed applicant="Priya d/o Raman Subramaniam" fin=G5123087L dob=1988-07-19 nationality=IN mobile=+65 9137 2258
        why does checkout return 400? body: {"customer":{"name":"Marcus Lee Jun Hao","email":"marcus.ljh@outlook.com","address":"Blk 418 Tampines St 41 #07-233 Singapore 520418","card":"4532 7198 0046 2139","exp":"09/28"}}
        pydantic_core.ValidationError: 1 validation error for Patient allergies Input should be a valid list [type=list_type, input_value={'name': 'Goh Siew Lan', 'nric': 'S7629503D', 'allergies': 'penicillin', 'dx': 'Type 2 diabetes, CKD stage 3'}]
        the HR export shows Jason Tan from Finance on unpaid medical leave for chemo since October, how do I exclude him from the headcount query without deleting the row?
        UPDATE customers SET phone='+852 6142 7730', address='Flat C, 12/F, Block 3, Kornhill Gardens, Quarry Bay' WHERE customer_name='Wong Ka Yan, Cheryl'; -- safe without a transaction?
        csv splits wrong on the quoted address: SO-88120,Lim Boon Keat,016-552 0913,"No 23, Jalan SS2/64, 47300 Petaling Jaya" / SO-88121,Siti Hajar Ismail,019-338 4720,"Lot 512, Kg Baru Sg Buloh, 47000 Selangor"
        log line has email=k****.raman@gmail.com but also name=Kavitha Raman staff_id=HR-0412 dept=Payroll salary=RM 9,200 -- is that masked enough for the audit?
        GET /v1/guests/88213 returns {"id":88213,"full_name":"Rafael Dizon Santos","passport":"P4829310B","nationality":"PHL","room":"1207","hotel":"Hotel Jen Orchardgateway","checkin":"2025-12-01"} but the frontend shows blank
        cron failure mail: payroll run for EMP-2291 Hafiz Zulkifli (IC 900714-10-5523) failed, net pay RM 6,480.00 to Maybank acct 1640 2231 8870 not credited
        failing row from claims: claim_no CLM-25-07713, claimant Teo Mei Ling, NRIC T0187462J, dx major depressive disorder, clinic Raffles Medical Bishan, amount SGD 420
    """),
    "zh-Hans": _lines("""
        帮我看看这个 CSV 为啥列错位：姓名,身份证号,手机,地址 周晓峰,310115199108274438,13916027745,上海市浦东新区张杨路1588弄12号601室
        查询结果：user_id=200418, real_name=彭婉清, id_card=35020319860519276X, mobile=158 6031 2297, vip_level=3，为什么 vip_level 没更新？
        2025-12-03 10:11:57 INFO [UserController] 注册成功 nickname=小鹿乱撞 realName=覃雨桐 phone=17786421053 idNo=430104199503021180 ip=183.14.220.7
        工资表导出第一行是这样的：工号 A0127，姓名 郑伟，部门 研发中心，月薪 32,500，社保基数 28,000，工资卡 6222 0219 0208 4377 153（工行），公式哪里错了
        接口返回 {"code":0,"data":{"name":"黄丽娟","gender":"F","birth":"1978-07-16","idCard":"44010619780716352X","address":"广州市天河区天河北苑3栋1802"}} 前端显示 undefined
        体检系统里 马志强（工号 HR2093）的报告字段 hbsag=阳性 被同步到了 OA 的公开字段，怎么写个 SQL 只清这一列？
        快递下单失败，参数：收件人 俞佳琪，电话 186 2173 0459，地址 南京市玄武区珠江路88号新世界中心B座2107，报错 address too long
        爬到的裁判文书里有一条：原告 蔡立新 诉 被告 何小芳 民间借贷纠纷，（2024）渝0103民初18827号，判被告归还借款12万元，解析字段的正则怎么写？
        微信号 lyh_0923 是客户 刘雨涵 的，她说 App 登录一直提示账号冻结，后台 t_user 表里 status=4 是什么意思？
        车辆表有一行：车主 宋立伟，车牌 浙A·7K3M9，手机 13757102286，保单到期 2026-03-01，怎么批量发续保提醒？
        员工 孔婷（身份证 320102198904110624）的育儿假审批卡在 HRBP 节点，日志显示 approver 为空
        导出的会员表一行：0041 冉光荣 男 1993-11-28 重庆市渝中区八一路177号 500103199311285474，Excel 打开身份证后三位变成 000 了
    """),
    "zh-Hant": _lines("""
        CSV 第 3 行出錯：3,梁嘉欣,Z492670(7),9731 2864,九龍旺角弼街43號2樓B室
        HR 系統匯出：員工 張國偉 (HKID K807319(8)) 月薪 HK$38,000，強積金計劃成員編號 MPF-8821034，點解 payroll job 計錯供款？
        客戶投訴記錄：何詠詩小姐，電話 6412 8830，住沙田第一城 36座 18樓 F，話上個月被重複扣款兩次，幫我寫 SQL 搵返相關交易
        使用者資料表匯出亂碼：林怡君,B240961737,0912-386-557,台中市西屯區臺灣大道三段99號12樓之3
    """),
    "ms": _lines("""
        Tolong betulkan format CSV ni: nama,no_ic,telefon / Mohd Faizal bin Rahman,880315-14-5567,013-228 4491
        Query saya return: id 3321 | Nor Azlina binti Hashim | 920622-01-6048 | 7, Jalan Kenanga 7, Taman Johor Jaya, 81100 Johor Bahru | gaji RM 4,350 -- kenapa column gaji jadi VARCHAR?
        Log error: PaymentService gagal debit akaun pelanggan Tan Chee Keong (IC 750918-07-5131), kad 5413 3872 0957 1066, sebab kad tamat tempoh
        Rekod klinik dalam staging DB: pesakit Siti Rohani binti Yusof, 67 tahun, strok dan darah tinggi, waris anak Azman 017-665 3082 -- nak buat dashboard, boleh masuk ke?
        Payload borang permohonan: {"nama":"Rajesh a/l Muniandy","ic":"830211-08-6237","alamat":"No. 14, Lorong Bercham Permai 3, 31400 Ipoh, Perak","majikan":"Kilang Sarung Tangan Sdn Bhd","pendapatan":"RM 2,900"}
        Customer WhatsApp dari +60 11-2398 7741 (Aiman Hakimi) kata alamat dalam DB salah, yang betul Unit B-12-5, Residensi Vista Wirajaya, Setapak, 53300 KL. Macam mana nak update tanpa overwrite history?
        Plat WXY 8124 milik Encik Kamarul Ariffin bin Osman, 12 saman tertunggak, tel 019-774 2105 -- table saman_pelanggan ada duplicate, tolong dedup
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an internal data assistant for Hup Seng Retail Pte Ltd. Answer with SQL or Python.",
        ),
        (
            "user",
            "pivot is double counting the loyalty members, can you see why? first rows:\n"
            "member_id,name,mobile,postal,tier\n"
            "M00412,Ong Li Ting,9137 5520,560418,GOLD\n"
            "M00412,Ong Li Ting,9137 5520,560418,GOLD\n"
            "M00877,Ravi s/o Krishnan,8264 0193,650283,SILVER",
        ),
        (
            "assistant",
            "M00412 appears twice in the source, so the pivot is fine; the duplicate comes from "
            "upstream. Run df.drop_duplicates(subset='member_id') first, or fix the join that repeats it.",
        ),
        ("user", "ok that worked, thx"),
    ],
    [
        (
            "user",
            "getting this in prod, what does it mean\n\n"
            "sqlalchemy.exc.IntegrityError: (psycopg.errors.UniqueViolation) duplicate key value "
            'violates unique constraint "ix_users_nric"\n'
            "DETAIL:  Key (nric)=(S9035718B) already exists.\n"
            "[SQL: INSERT INTO users (email, nric, full_name) VALUES (%(email)s, %(nric)s, %(full_name)s)]\n"
            "[parameters: {'email': 'bryan.quek88@yahoo.com.sg', 'nric': 'S9035718B', "
            "'full_name': 'Quek Wei Jie Bryan'}]",
        ),
        (
            "assistant",
            "A user with that NRIC already exists, so the insert hits the unique index. Use "
            "INSERT ... ON CONFLICT (nric) DO UPDATE, or look the row up first. Also consider turning "
            "off parameter logging (hide_parameters=True) so values don't end up in logs.",
        ),
        ("user", "ah ok, he probably signed up twice"),
    ],
    [
        (
            "user",
            "这个 LEFT JOIN 为什么多出来一行？结果如下：\n"
            "order_id | 收货人 | 手机 | 身份证\n"
            "88120 | 邓春梅 | 13826145570 | 440305198803124725\n"
            "88120 | 邓春梅 | 13826145570 | 440305198803124725\n"
            "88131 | 祁振东 | 15021783346 | 320582198511210011",
        ),
        (
            "assistant",
            "订单 88120 在地址表里大概率有两条记录，JOIN 之后就重复了。可以先用 ROW_NUMBER() 按 "
            "order_id 取最新一条地址再关联。",
        ),
        ("user", "对，地址表有两条，改好了"),
    ],
    [
        ("user", "帮我写个 Python 函数校验身份证号最后一位"),
        (
            "assistant",
            "可以用加权求和模 11：\n```python\nW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]\n"
            "def check(id17):\n    s = sum(int(a) * w for a, w in zip(id17, W))\n"
            "    return '10X98765432'[s % 11]\n```",
        ),
        ("user", "我拿我老婆的试了一下 420111198709252846，通过了"),
        ("user", "她叫蒋雪芬，户口刚从武汉洪山迁到深圳，号码会不会变？"),
        ("assistant", "不会，公民身份号码终身不变，迁移户口不会改号。"),
    ],
    [
        ("system", "Anda pembantu AI untuk jabatan IT Syarikat Perabot Jaya Sdn Bhd."),
        (
            "user",
            "Kenapa formula EPF saya salah? Ni sample dari payroll.csv:\n"
            "no_pekerja,nama,no_ic,gaji_pokok,epf_pekerja\n"
            "P1021,Zulkarnain bin Ahmad,870402-10-5129,3850,423.50\n"
            "P1022,Lee Mei Fong,910817-07-6344,4200,462.00",
        ),
        (
            "assistant",
            "Kadar caruman pekerja 11%, jadi 3850 x 0.11 = 423.50 dan 4200 x 0.11 = 462.00. Kalau "
            "nilai KWSP tak sama, sebabnya caruman sebenar ikut julat gaji dalam Jadual Ketiga, bukan "
            "peratus tepat.",
        ),
        ("user", "oh patut la, kena guna jadual. tq"),
    ],
    [
        (
            "user",
            "why is our claims API returning 400? request body:\n"
            "{\n"
            '  "policyNo": "HLT-SG-2291044",\n'
            '  "insured": {"name": "Chua Hui Min", "nric": "T0329857J", "dob": "2003-04-11"},\n'
            '  "diagnosis": "F32.1 moderate depressive episode",\n'
            '  "provider": "IMH",\n'
            '  "amount": 1820.00\n'
            "}",
        ),
        (
            "assistant",
            "Check the error body for the field path. Common causes: amount expected as a string, "
            "or dob expected in DD/MM/YYYY.",
        ),
        ("user", "says insured.dob invalid format. fixed, thanks"),
    ],
    [
        ("user", "幫手睇下呢段 log 點解 SMS 發唔到"),
        (
            "user",
            "2025-12-02 18:40:11 WARN sms-gw send failed to=+852 9418 2736 name=鄭家豪 "
            "template=OTP_LOGIN reason=INVALID_SENDER_ID",
        ),
        (
            "assistant",
            "原因係 sender ID 未喺電訊商登記，同收件人無關。請同 SMS 供應商確認 sender ID 已經批核。",
        ),
        ("user", "明白。另外可唔可以喺 SMS 直接顯示客戶 HKID 做驗證，例如鄭先生嗰個 R509218(2)？"),
        (
            "assistant",
            "唔建議。私隱專員公署嘅身份證號碼守則要求盡量避免展示完整號碼，SMS 最多顯示部分字元。",
        ),
    ],
    [
        ("user", "my alertmanager config isn't routing to pagerduty, here's the file"),
        (
            "user",
            "receivers:\n"
            "- name: oncall-sms\n"
            "  webhook_configs:\n"
            "  - url: http://sms-bridge:9000/send?to=+6597731846&name=Kelvin%20Ang\n"
            "# Kelvin's personal hp, dont share. backup: Shirley Lau 8829 4017\n"
            "- name: pagerduty\n"
            "  pagerduty_configs:\n"
            "  - routing_key: <redacted>",
        ),
        (
            "assistant",
            "Your route tree probably matches oncall-sms first without continue: true, so PagerDuty "
            "never sees the alert. Add continue: true or reorder. Also move phone numbers out of the "
            "config into a secret.",
        ),
    ],
    [
        ("user", "Boleh tolong explain stack trace ni?"),
        (
            "user",
            'Exception in thread "main" java.lang.IllegalArgumentException: Invalid IC format: '
            "95O512-12-5874 for applicant NUR SYAFIQAH BINTI ABDULLAH (tel 011-5523 0981)\n"
            "\tat my.koperasi.pinjaman.Validator.checkIc(Validator.java:44)",
        ),
        (
            "assistant",
            "Nombor IC tu ada huruf 'O', bukan sifar, pada digit ketiga. Normalkan input dulu, contohnya "
            "replace('O', '0') untuk medan IC, sebelum validate.",
        ),
        ("user", "haha patut la, pemohon taip sendiri"),
    ],
    [
        ("system", "你是公司内部的数据分析助手，请用中文回答。"),
        (
            "user",
            "帮我写个 pandas 代码算每个部门的平均月薪，数据长这样：\n"
            "工号,姓名,部门,月薪,备注\n"
            "1003,许文杰,销售部,18500,\n"
            "1007,潘晓雯,财务部,21000,孕期产检假\n"
            "1012,严峰,销售部,16200,抑郁症病休中",
        ),
        (
            "assistant",
            "df.groupby('部门')['月薪'].mean() 就行。如果要排除病休人员，先按备注列过滤。",
        ),
        ("user", "好，严峰那个要排除"),
    ],
    [
        ("user", "can you turn this into a proper letter? keep it short"),
        (
            "user",
            "to: Benjamin Yeo Kok Wah, emp no 20417, Ops. termination effective 31 Dec 2025 due to "
            "repeated absence without leave (14 days in Q3), written warning given 12 Aug. last pay + "
            "9 days leave encashment to DBS acct ending 8842. home addr 27 Jalan Kembangan, Singapore 419114",
        ),
        (
            "assistant",
            "Dear Mr Yeo,\n\nTermination of Employment\n\nFurther to the written warning of 12 August "
            "2025, we regret to inform you that your employment will end on 31 December 2025 due to "
            "repeated absence without leave. Your final salary and encashment of 9 days' leave will be "
            "credited to your account on file.\n\nYours sincerely,\nHR Department",
        ),
    ],
    [
        ("user", "顺丰下单接口返回 errorCode 8016，请求参数是这样的："),
        (
            "user",
            '{"orderId":"QS20251203005512","contactInfoList":[{"contactType":2,"contact":"沈慧敏",'
            '"mobile":"18758219934","province":"浙江省","city":"杭州市","county":"西湖区",'
            '"address":"文三路259号昌地火炬大厦1号楼1205"}],"cargoDetails":[{"name":"文件"}]}',
        ),
        (
            "assistant",
            "8016 一般是重复下单，orderId 已存在。换一个新的 orderId，或者先调订单查询接口确认状态。",
        ),
    ],
    [
        ("user", "the SIS export breaks my power query, sample row:"),
        (
            "user",
            '"S2025-0388","Nathaniel Goh Jun Yi","T1427605F","P5 Integrity",'
            '"SEN: ADHD, on Ritalin, peanut allergy","Mother: Goh Pei Shan 9620 4418"',
        ),
        (
            "assistant",
            "The commas inside quoted fields are fine; Power Query is probably splitting without "
            "honouring quotes. Use Csv.Document with QuoteStyle=QuoteStyle.Csv.",
        ),
    ],
    [
        ("user", "Sistem onboarding driver kami throw error ni bila upload lesen:"),
        (
            "user",
            "ERROR 2025-12-01 16:22:09 DriverDocService: licence expired for driver_id=D-55192 "
            "(Muhammad Hafiz bin Roslan, 930107-06-5347, plat VEA 3391, tel 014-882 1637), expiry=2025-10-30",
        ),
        (
            "assistant",
            "Semakan tu betul, lesen dah tamat 30 Okt. Tapi jangan throw exception; set status "
            "PENDING_DOC dan minta pemandu upload lesen baharu.",
        ),
    ],
    [
        ("user", "银行卡号 Luhn 校验怎么写？"),
        ("assistant", "从右往左数，偶数位乘 2，结果大于 9 就减 9，全部相加能被 10 整除即通过。"),
        (
            "user",
            "我拿客户苗慧的卡 6214 8306 5529 1809 测了，是对的。她说开户行是招行深圳科技园支行，能根据卡号自动识别支行吗？",
        ),
        ("assistant", "卡 BIN（前 6 位）只能识别发卡行和卡种，识别不到支行，支行需要客户自己填。"),
    ],
    [
        (
            "user",
            "need a regex to pull the domain from these, pasted from the CRM complaints table:",
        ),
        (
            "user",
            "jolene.seah@gmail.com - refund pending, threatened to go to CASE\n"
            "farid.hamzah85@hotmail.my - called 3 times, very upset\n"
            "winnie_ho@ymail.com - asked us to delete her data under PDPA",
        ),
        ("assistant", "Use re.search(r'@([A-Za-z0-9.-]+)', line).group(1) on each line."),
    ],
    [
        ("user", "HIS 系统打印的日志太多了，怎么只保留 ERROR？下面是一段："),
        (
            "user",
            "INFO 2025-12-03 09:12:44 [门诊挂号] patientId=P0091827 name=龚秀兰 age=58 dept=肿瘤科 "
            "diag=乳腺癌术后复查\n"
            "INFO 2025-12-03 09:12:45 [收费] patientId=P0091827 amount=486.50 insurance=职工医保",
        ),
        (
            "assistant",
            '在 logback.xml 里给 com.his 包配置 <logger name="com.his" level="ERROR"/> 即可。另外 INFO '
            "日志里有患者姓名和诊断，建议脱敏后再打印。",
        ),
    ],
    [
        ("user", "code review bot flagged my PR, what's wrong with this diff?"),
        (
            "user",
            "+++ b/tests/fixtures/customers.json\n"
            '+  {"id": 9, "name": "Harith Iskandar", "ic": "891203-14-6671", "phone": "+60 17-390 2258", '
            '"email": "harith.iskandar@gmail.com"},\n'
            '+  {"id": 10, "name": "Test User", "ic": "000000-00-0000", "phone": "+60 00-000 0000"}',
        ),
        (
            "assistant",
            "Fixture 9 looks copied from production. Replace it with synthetic data like fixture 10 and "
            "scrub it from the branch history before merging.",
        ),
    ],
    [
        ("user", "Saya buat sistem sewa rumah, tolong check INSERT ni ada syntax error tak:"),
        (
            "user",
            "INSERT INTO penyewa (nama, no_ic, no_tel, unit, sewa_bulanan, catatan) VALUES "
            "('Noraini binti Salleh', '860925-11-5032', '012-449 7718', 'B-07-03, Pangsapuri Seri "
            "Tanjung, Seberang Jaya', 850.00, 'lewat bayar 3 bulan, suami baru meninggal');",
        ),
        (
            "assistant",
            "Syntax ok. Pastikan sewa_bulanan jenis DECIMAL(10,2) dan catatan cukup panjang.",
        ),
    ],
    [
        ("user", "summarise this jira ticket for the weekly report pls"),
        (
            "user",
            "HR-4471 | Reporter: Michelle Tay (Finance) | complaint against team lead Raymond Chee for "
            "repeated inappropriate comments in 1:1s since Sept; Michelle requests transfer to Jurong "
            "office; MC from Raffles Hospital attached (anxiety). Status: Investigating.",
        ),
        (
            "assistant",
            "HR-4471: conduct complaint by a Finance staff member against a team lead; transfer "
            "requested; under investigation.",
        ),
    ],
    [
        ("user", "签证系统导出的 Excel 用 openpyxl 读，日期变成 45992 这种数字了"),
        (
            "assistant",
            "Excel 日期是从 1899-12-30 起算的天数，用 openpyxl.utils.datetime.from_excel 转一下。",
        ),
        (
            "user",
            "好了。再看下这行为啥护照校验不过：申请人 欧阳宁，护照 EJ4827163，出生 1990-01-14，"
            "身份证 370202199001145518，目的地 马来西亚",
        ),
        (
            "assistant",
            "EJ 开头的是新版电子护照，两位字母加 7 位数字；你的正则可能只允许 E 加 8 位数字。",
        ),
    ],
    [
        ("user", "dorm allocation script crashes on this row, can you see why"),
        (
            "user",
            "FIN,Name,Nationality,Dorm,Room,Employer\n"
            "G7741380X,WANG Jianjun 王建军,CHN,Tuas View Dormitory,Blk 3 #04-12,Hock Lee Construction Pte Ltd",
        ),
        (
            "assistant",
            "The Chinese characters break your latin-1 decode; open it with encoding='utf-8-sig'.",
        ),
    ],
    [
        ("user", "我們的會員系統 log 出現這個，是 Django 的問題嗎？"),
        (
            "user",
            "django.db.utils.DataError: value too long for type character varying(10)\n"
            "DETAIL:  Failing row contains (30218, 吳承翰, E188304522 , 0933-215-806, "
            "高雄市苓雅區四維三路6號8樓, 2025-12-03 10:41:07).",
        ),
        (
            "assistant",
            "身分證欄位後面多了一個空白，長度變成 11。存入前先 strip()，並在 form 的 clean 方法處理。",
        ),
    ],
    [
        (
            "user",
            "our signup form rejects some Malaysian IC numbers, regex is ^\\d{6}-\\d{2}-\\d{4}$",
        ),
        (
            "assistant",
            "The regex looks fine for the dashed format. Are users typing spaces instead of dashes?",
        ),
        (
            "user",
            "no, dashes. the one that fails is mine actually: 080229-14-0587, name Ahmad Danial "
            "Zulkifli if you need it for the test case",
        ),
        (
            "assistant",
            "The regex passes it. 29 Feb 2008 is a valid date, so it's probably your age check: born "
            "2008 means under 18, and the form requires 18+.",
        ),
    ],
    [
        ("system", "You are a coding assistant. Answer concisely."),
        ("user", "物业系统导入业主数据，MySQL 报 Data truncated for column 'phone'，数据示例："),
        (
            "user",
            "房号,业主,电话,车牌,欠费\n"
            "6-2-1501,唐振华,139 0871 4420,云A·8B27L,2380.00\n"
            "6-2-1502,罗美玲,+86 15187340296,云A·D5621,0",
        ),
        ("assistant", "phone 列长度不够：第二行带了 +86 和空格。导入前统一清洗成 11 位手机号。"),
    ],
]
