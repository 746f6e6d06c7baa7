# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat50: coding-assistant chats on customer-record SQL, pandas and ID/phone regex with pasted sample rows. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat50
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "sql help request"): _lines(r"""
        can someone help me write a query that returns customers with more than 3 orders in the last 90 days? tables are customers(id, name, created_at) and orders(id, customer_id, total, placed_at). postgres 15
        SELECT c.id, COUNT(o.id) AS n FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.placed_at >= now() - interval '90 days' GROUP BY c.id HAVING COUNT(o.id) > 3;
        my LEFT JOIN is returning dupes, customers with 2 addresses show up twice. how do i pick only the latest address per customer_id? mysql 8 btw
        Use ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) and keep rn = 1; MySQL 8.0 supports window functions, 5.7 does not.
        getting ERROR 1366 (HY000): Incorrect string value: '\xE9\x99\x88...' for column 'full_name' at row 1 -- table is latin1, how to convert to utf8mb4 without losing data?
        How do I mask the phone column in a view so analysts only see the last 4 digits? Something like CONCAT(REPEAT('*', 7), RIGHT(phone, 4))?
        UPDATE customers SET phone = NULL WHERE consent_marketing = false AND last_login < '2023-01-01'; -- is this safe to run on prod or should I batch it?
        Query plan shows Seq Scan on customers (cost=0.00..48213.10 rows=1204511 width=96) even though I have an index on lower(email). what am I missing
        Sample output for the dashboard: region=APAC-SG, active_customers=18342, churn_30d=2.7%, avg_basket=SGD 64.10 -- can you pivot this by month?
        Order SO-2025-0088412 and SO-2025-0088413 both point at customer_id 550213 -- is a UNIQUE(order_ref) constraint enough to stop double inserts from the retry job?
        write me a stored proc that anonymises rows older than 7 yrs: replace name with 'REDACTED', set nric_hash = sha256(nric || salt), null out dob
        DELETE FROM customer_notes WHERE created_at < CURRENT_DATE - INTERVAL '2 years' RETURNING id; -- returned 40,117 rows on staging, expected ~40k, ok?
    """),
    ("en", "pandas help"): _lines(r"""
        df.groupby('customer_id')['amount'].sum() is giving me floats like 1.0000000002e+05, how do i round to 2dp before exporting to csv
        KeyError: 'Phone No.' -- the column has a trailing space in the excel header. df.columns = df.columns.str.strip() fixed it, thanks
        pd.read_csv('crm_export_2025Q3.csv', dtype={'postal_code': str}) keeps the leading zeros, otherwise 018956 becomes 18956
        how do I dedupe customers where the same email appears with different casing? df['email_norm'] = df['email'].str.lower().str.strip() then drop_duplicates?
        merge is exploding from 12k rows to 310k -- I think customer_id isn't unique in the right table. validate='many_to_one' should raise if so
        df['phone'] = df['phone'].astype(str).str.replace(r'\D', '', regex=True) strips everything but digits, then prepend '65' if len == 8
        Output of df.describe(): count 48211, mean age 41.3, std 13.9, min 18, max 97. Is it fine to bucket age into 10yr bins for the report?
        SettingWithCopyWarning when I do df[df.country=='MY']['tier'] = 'gold' -> use df.loc[df.country == 'MY', 'tier'] = 'gold' instead.
        For the test fixture just use Faker('zh_CN') with a fixed seed (Faker.seed(4321)) so rows are reproducible and nobody's real data ends up in git.
        pivot_table(index='signup_month', columns='channel', values='customer_id', aggfunc='nunique') gives NaN for months with no WhatsApp signups, fillna(0)?
        the dataframe has 14 columns incl. name, ic_no, hp, address, email. i only need customer_id and total_spend for the ML job, how to drop the rest safely
        to_parquet fails with ArrowTypeError: ("Expected bytes, got a 'int' object", 'Conversion failed for column member_no with type object')
    """),
    ("en", "regex for ids and phones"): _lines(r"""
        regex for SG NRIC/FIN: ^[STFGM]\d{7}[A-Z]$ -- but that doesn't validate the checksum, you need the weights 2,7,6,5,4,3,2 separately
        HKID pattern I'm using: ^[A-Z]{1,2}[0-9]{6}\([0-9A]\)$ -- does it also need to accept the form without brackets?
        For mainland resident ID: ^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$ then verify the ISO 7064 MOD 11-2 check char.
        Malaysian MyKad is YYMMDD-PB-###G, regex ^\d{6}-?\d{2}-?\d{4}$; the middle two digits are the place-of-birth code, e.g. 14 for WP Kuala Lumpur
        My phone regex ^(\+?65)?[89]\d{7}$ rejects numbers starting with 6 -- those are landlines, right? Do we even want landlines in the mobile column
        Please don't put real IC numbers in the unit tests. Generate them with the checksum function and mark the file as synthetic fixtures.
        re.compile(r'1[3-9]\d{9}') also matches inside longer digit strings like order no. 202511301398765432109, add (?<!\d) and (?!\d)
        Test strings used: '+86 138 0000 0000', '0000-000000', 'XXXXXX-XX-XXXX' -- all placeholders, the validator should reject every one of them
        Taiwan ID check: letter maps to two digits (A=10, B=11 ...), weights 1,9,8,7,6,5,4,3,2,1,1 over the 11 digits, sum % 10 == 0
        Luhn in one line: sum(d if i % 2 == 0 else (d*2 - 9 if d*2 > 9 else d*2) for i, d in enumerate(map(int, reversed(s)))) % 10 == 0
        Our customer-service hotline 1800-22-8888 keeps getting flagged by the phone regex as a customer mobile, how do I whitelist company numbers?
        regex to pull tracking numbers like SF1402938475621 and JT0004517329981 out of the free-text remarks column
    """),
    ("zh-Hans", "代码求助"): _lines(r"""
        求助：MySQL 里怎么按手机号前三位统计运营商分布？表 t_customer 有 mobile 字段，varchar(20)
        pandas 读 Excel 的时候身份证号那一列变成了科学计数法 4.40106E+17，怎么原样读成字符串？
        答：read_excel 时加 dtype={'身份证号': str}，或者用 converters，别让它先转成 float，否则后几位就丢了。
        写个正则匹配 18 位身份证，最后一位可能是 X 或 x，还要排除前后紧挨着数字的情况（比如 19 位以上的流水号）
        订单表 order_info 有 2300 万行，按 create_time 分页查到第 5000 页就超时了，怎么改成游标分页？
        客服热线 95588 和 400 开头的企业号码不要当成客户手机号清洗掉，正则怎么写排除？
        需求：把 user_profile 表里的 real_name 做脱敏，两个字的名字显示成“张*”，三个字的显示成“张*三”这种，SQL 能直接实现吗？
        SELECT province, COUNT(*) FROM member GROUP BY province ORDER BY 2 DESC; 结果广东 182,344、浙江 97,210、江苏 88,605，怎么画成柱状图
        pandas merge 之后会员等级列全是 NaN，原来两边 member_id 一个是 int64 一个是 object，统一类型就好了
        地址字段格式乱七八糟，有的写“北京市海淀区中关村大街”，有的只写“海淀”，怎么用正则拆出省市区？
        报错 Data too long for column 'nickname' at row 1，昵称里有 emoji，表是 utf8 不是 utf8mb4
        测试数据请统一用 Faker 生成，手机号用 13800000000 这类占位号段，不要从生产库导样例
    """),
    ("zh-Hans", "数据合规说明"): _lines(r"""
        根据《个人信息保护法》第五十一条，处理个人信息应当采取加密、去标识化等安全技术措施。
        开发环境禁止直连生产库；如需样例数据，请向数据组申请经脱敏的抽样集（工单模板 DG-REQ-07）。
        身份证号、银行卡号、手机号在日志中必须掩码输出，保留前 3 后 4 位，格式形如 138****0000。
        脱敏函数 mask_phone(s) 的单元测试覆盖率要求 ≥ 90%，CI 流水线自 v2.14.3 起强制检查。
        敏感字段清单：姓名、证件号码、手机号码、详细地址、银行账户、健康信息、行踪轨迹，新增字段需经 DPO 审批。
        本季度数据出境安全评估申报材料编号 SJCJ-2025-0318，由法务部统一对接。
        客户数据导出需经部门负责人审批，导出文件须加密压缩，解压密码通过另一渠道发送。
        合作医院字典表示例：上海市第一人民医院，虹口区武进路 85 号，三级甲等——机构信息，可以放进公开的种子数据。
        埋点字段 device_id 经 SHA-256 加盐哈希，示例值 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        数据保留策略：注销账户 30 天后硬删除，备份中的记录在下一次全量备份轮转（90 天）后失效。
    """),
    ("zh-Hant", "程式問答"): _lines(r"""
        請問 SQL Server 要怎麼把 HKID 括號裡的檢查碼拆出來另存一欄？格式是 X999999(Y) 這種
        台灣身分證字號驗證：第一碼英文轉成兩位數字，再乘上權重 1,9,8,7,6,5,4,3,2,1,1，總和能被 10 整除才合法。
        pandas 讀 Big5 編碼的 CSV 一直報 UnicodeDecodeError，改 encoding='cp950' 就可以了
        香港手提電話通常是 5、6、9 字頭的 8 位數，固網是 2 或 3 字頭，regex 可以先寫 ^[569]\d{7}$ 頂住
        客戶資料表 customer 有 320 萬筆，要按地區（港島、九龍、新界）統計人數，district 欄位有些英文有些中文，點樣統一？
        公司客服熱線（星期一至五 9:00–18:00）係企業號碼，唔使做遮罩，白名單加返就得。
        合作院校清單：香港理工大學，九龍紅磡育才道 11 號——呢個 address 欄位要設成 NOT NULL。
        請幫我寫一個 Python 函式，把手機號碼中間三碼遮成 ***，例如 0900-000-000 → 0900-***-000 這樣
        訂單編號 HK20251128-004417、發票號碼 INV-77120345，這兩個欄位要建複合索引嗎？
        逸夫書院、邵逸夫醫院這類以人名命名的機構，NER 會誤判成人名，要加到白名單。
        mysqldump 匯出時加 --where="created_at < '2024-01-01'" 只匯舊資料，再用 gpg 加密後才上傳。
    """),
    ("ms", "soalan kod"): _lines(r"""
        bro macam mana nak tulis regex untuk no IC format 6-2-4 dengan atau tanpa sengkang? column ic_no dalam table ahli
        Saya guna pandas, column no_tel ada yang mula dengan 60 ada yang mula dengan 0, nak standardkan jadi +60 semua
        query ni lambat gila: SELECT * FROM pelanggan WHERE nama LIKE '%ahmad%'; ada 2 juta rekod, ada cara lain tak?
        Kod negeri dalam no IC: 01 Johor, 07 Pulau Pinang, 10 Selangor, 14 WP Kuala Lumpur -- boleh buat lookup table untuk ni
        Hotline BNMTELELINK 1-300-88-5465 bukan nombor pelanggan, jangan mask dalam export.
        Data rujukan hospital: Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur -- ini alamat institusi awam, boleh masuk seed data.
        Error: ORA-01722 invalid number bila join table akaun dengan transaksi, rupanya ada no_akaun yang ada huruf
        nak export data pelanggan ke Excel tapi PDPA kata kena mask dulu, ada library python yang senang?
        Jumlah pelanggan aktif Q3: Selangor 41,220, Johor 18,905, Pulau Pinang 11,340 -- tolong buat bar chart guna matplotlib
        lepas df.drop_duplicates(subset=['no_ic']) tinggal 9,812 baris daripada 10,455, betul ke macam tu?
        Jalan Tun Razak dan Jalan Sultan Ismail kena normalise jadi 'Jln' ke tak dalam column alamat?
    """),
    ("en", "reference and public data"): _lines(r"""
        Seed the branches table: ('Raffles Place', '1 Raffles Place #B1-07', 'Mon-Sat'), ('Jurong Point', '1 Jurong West Central 2', 'Daily') -- store addresses, not customers.
        Lookup table for partner hospitals: Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433; Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong.
        Our NER step tags 'Lee Kong Chian School of Business' and 'Li Ka Shing Faculty of Medicine' as PERSON -- they need to come out as ORG.
        In the demo notebook the example customer is Sherlock Holmes, 221B Baker Street -- fictional, fine to keep in the public repo.
        The SQLAlchemy tutorial seeds users spongebob, sandy and patrick; let's reuse the same cartoon names for our fixtures.
        Version bump: crm-sync 3.8.1 -> 3.9.0, migration 0047_add_consent_flags, commit 4e1c9a7b2f, built 2025-11-28T03:14:07Z
        Stats for the quarterly report: 1,204,511 customer rows, 3.1% missing phone, 0.4% invalid NRIC checksum, 27 duplicate emails resolved
        SMS template: 'Hi {first_name}, your order {order_no} has shipped. Track it at {tracking_url}' -- make sure the renderer escapes braces
        The sentiment test set quotes PM Lee Hsien Loong's National Day Rally speech -- a public speech in his official role, no masking needed.
        invoice INV-2025-11-004512, amount SGD 1,284.60, GST 9% SGD 106.06, due 2025-12-15 -- regex to extract the amount after 'amount'
    """),
    ("mixed", "flattened chat"): _lines(r"""
        User: write a python function that validates a Malaysian mobile number. Assistant: def is_my_mobile(s): return re.fullmatch(r'(\+?60|0)1[0-46-9]\d{7,8}', re.sub(r'[\s-]', '', s)) is not None
        User: how do I hash emails before sending them to the analytics vendor? Assistant: normalise (lowercase, trim), then HMAC-SHA256 with a key kept in your KMS; plain unsalted SHA-256 is reversible by lookup.
        Instruction: Given a customers table (id, name, phone, created_at), write SQL to find phones used more than once. Response: SELECT phone, COUNT(*) FROM customers GROUP BY phone HAVING COUNT(*) > 1;
        User: my email regex fails on plus-addressing. Assistant: use [^@\s]+@[^@\s]+\.[^@\s]+ as a loose check and rely on a confirmation mail for real validation.
        Q: pandas read_sql with a parameterised query? A: pd.read_sql(text('SELECT * FROM orders WHERE customer_id = :cid'), conn, params={'cid': 550213})
        User: generate 5 fake HK customers for a test. Assistant: Sure, clearly fake values: names 'Test User 1' to 'Test User 5', phones 9000 0001 to 9000 0005, HKID left blank.
        Human: why does 'Robert'); DROP TABLE Students;--' show up in our logs? Assistant: that's the xkcd 327 "Bobby Tables" string -- your test suite is probing injection handling.
        User: what columns count as personal data under PDPA? Assistant: anything that identifies an individual alone or combined -- name, NRIC, phone, email, address, photos; aggregated counts usually don't.
        User: 帮我写个 SQL 把重复手机号的会员合并，保留最早注册的那条。Assistant: 先用 ROW_NUMBER() OVER (PARTITION BY mobile ORDER BY reg_time) 标记，再把 rn > 1 的订单迁到 rn = 1 的 member_id 上。
        User: can u fix this: pd.to_datetime(df['dob'], format='%d/%m/%Y') -> ValueError: day is out of range for month. Assistant: some rows hold impossible dates like 31/02; use errors='coerce' and review the NaT rows.
        User: how should we store NRIC now that PDPC restricts collection? Assistant: collect it only when legally required, otherwise keep a partial like the last 3 digits plus letter, and never use it as a password.
        User: Tulis SQL untuk kira bilangan pelanggan ikut negeri. Assistant: SELECT negeri, COUNT(*) AS jumlah FROM pelanggan GROUP BY negeri ORDER BY jumlah DESC;
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        regex not matching this row, why?? `S8834215A,Ng Pei Shan,+65 9127 4408,Blk 412 Bedok North Ave 2 #08-117,Singapore 460412`
        SQL: INSERT INTO customers (name, email, dob) VALUES ('Priya d/o Ramasamy', 'priya.rama88@gmail.com', '1988-03-14'); -- throws duplicate key but she's not in the table?
        Fix my WHERE clause pls -- SELECT * FROM claims WHERE member = 'Daniel Koh Jun Wei' AND diagnosis LIKE '%bipolar%' returns nothing but I know his claim from Aug is there
        The card 4532 7190 8812 3454 belonging to our customer Melissa Yeo keeps failing my Luhn function even though the bank approved it, code below
        sample row from the HK export for debugging the HKID regex: 陳志強 Chan Chi Keung, K482716(3), 9468 2137, Flat 12B, Block 3, Laguna City, Kwun Tong
        Debugging the dedupe: customer 88213 'Amirah binti Zulkifli' and customer 90417 'Amirah Zulkifli' share IC 950721-10-6488 and phone 012-338 4172, should they merge?
        my script masks phones as 98****60 but the sales guy wants the VIP list unmasked: Raymond Tay, 9823 5560, net worth ~SGD 12M, lives at 28 Ewart Park
        stack trace: IntegrityError: duplicate key value violates unique constraint "uq_email" DETAIL: Key (email)=(weiling.tan.1992@hotmail.com) already exists. -- Tan Wei Ling signed up twice?
        Salary join test -- employee_id 30912, Marcus Lim Zhi Hao, base SGD 7,850/month, bonus 2.5 months, why does the SUM double it?
        fuzzy match score is too low for 'Nurul Huda binti Hassan' vs 'Nurul Hudah Hasan' -- same lady, FIN F2847316T, she called about her late husband's policy
        Masked export still leaks: 'L*** W** M**, T****574C, Blk 208 Tampines St 21 #11-342, DOB 2002-06-02' -- unit number plus dob is enough to find her
    """)
    + [
        "pandas output:\n   cust_id           name       nric     phone\n0   100482  Goh Kian Seng  S7421056B  86014527\n"
        "the nric column shows as object dtype, how do I validate it?",
    ],
    "zh-Hans": _lines(r"""
        这条数据插不进去，帮我看看：INSERT INTO t_customer VALUES (10086, '周晓燕', '110108199207284622', '13911572046', '北京市海淀区学院路甲38号院7号楼2单元502');
        pandas 读出来身份证号变成 4.40106E+17 了，原始是 440106198803142515，客户叫黄志明，怎么恢复？
        正则 1[3-9]\d{9} 匹配不到这条备注：“联系人 刘芳（女儿） 188 2716 4053，周末送货”，是空格的问题吗？
        SQL 查出来这个会员的消费记录不对：会员 王建国，卡号 6217001234567890122，上个月在我们药房买了三次降压药和胰岛素
        客户投诉工单导出有问题，字段错位了：张丽华|女|1985-06-11|苏州市吴中区东吴北路88号|抑郁症复诊|13862145590
        帮我写个脚本把这份名单按车牌去重：粤B·7K2M9 李伟 / 粤B·7K2M9 李伟（重复）/ 浙A·D35815 陈婷
        merge 之后发现吴秀英的两条记录合并错了，她的社保卡号和身份证 370203199010153524 对不上
        导出 excel 时薪资列格式错了，例如：员工 赵磊，工号 E20391，月薪 28,500，个税 2,615.00，工资卡 6228480412345677
        我朋友陈浩的微信号 chenhao_0921，手机 +86 15208936217，测试推送时误发给他了，日志里这条要删掉，DELETE 怎么写
        groupby 算出来孙悦（会员号 M0093412）这个月在我们诊所做了两次产检，孕 24 周，系统里却显示未到店，哪里写错了？
    """),
    "zh-Hant": _lines(r"""
        這筆資料的 HKID 過不了驗證：何嘉欣，Y305519(A)，6132 8874，新界沙田第一城 38 座 21 樓 F 室
        身分證字號 A223145783 的客戶林美玲，電話 0928-416-305，地址台北市大安區復興南路一段 201 巷 5 號 3 樓，程式說格式錯誤
        幫我看下 SQL：UPDATE 會員 SET 電話='9214 6630' WHERE 姓名='梁偉文' AND 身份證='P916274(0)'; 執行後影響 0 行
        客戶黃詩琪的 LINE ID 是 shiki_0314，她說寄到九龍城太子道西 214 號 8 樓 B 室的包裹都沒收到，要查 log
        AB203847(A) 呢個 HKID 係我哋客戶鄭家豪嘅，佢張信用卡 5218 9930 0417 7625 被 regex 當咗係電話，點改？
    """)
    + [
        "pandas 輸出：\n   姓名      身分證字號     病歷號   備註\n0  張志豪  F128907366  H-0071234  第二型糖尿病\n怎麼把備註欄拆出來？",
    ],
    "ms": _lines(r"""
        tolong check kenapa query ni tak jalan: SELECT * FROM pelanggan WHERE no_ic='880412-14-5237'; -- En. Mohd Faizal bin Rahman, dia kata akaun dia dah aktif
        Contoh data dalam CSV yang gagal: Siti Aisyah binti Kamarudin,930215-01-5584,013-772 4186,No 12 Jalan Mawar 3 Taman Sri Skudai 81300 Johor
        regex saya untuk no telefon tak tangkap '011-2345 8871' -- nombor Encik Lim Chee Keong, pelanggan VIP kita
        pandas merge salah: Puan Kavitha a/p Subramaniam (ahli 55021) muncul dua kali, satu dengan alamat lama di Taman Melawati, satu dengan No. 7 Jalan SS 2/24 Petaling Jaya
        nak buat WHERE untuk cari pelanggan ada rekod hutang, contoh kes Tan Boon Huat, kes mahkamah No. WA-22NCvC-418-07/2024, tuntutan RM 86,400
        Debug: WhatsApp +60 19-338 2741 milik Nor Azlina, dia minta padam data tapi row dia masih ada dalam table backup
        lepas masking jadi 'A*** b*** I*****, 9107**-**-6613, No 23 Jalan Kenari 5, Bandar Puchong Jaya' -- alamat penuh masih ada, boss kata ni masih data peribadi
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "need a postgres query to find customers that signed up twice with the same phone but different emails",
        ),
        (
            "assistant",
            "Group on a normalised phone: SELECT regexp_replace(phone, '\\D', '', 'g') AS p, array_agg(id), "
            "COUNT(DISTINCT lower(email)) FROM customers GROUP BY 1 HAVING COUNT(DISTINCT lower(email)) > 1;",
        ),
        (
            "user",
            "returns nothing but i know there are dupes. two rows from the table:\n"
            "id,full_name,phone,email,created_at\n"
            "20418,Lim Shu Fen,+65 9127 6630,shufen.lim@gmail.com,2024-02-11\n"
            "20977,Lim Shu Fen,91276630,lsf.works@outlook.sg,2025-07-30",
        ),
        (
            "assistant",
            "The first row keeps the 65 country code after stripping. Drop a leading 65 when the result has 10 digits, then group again.",
        ),
    ],
    [
        ("user", "pandas 读 csv 后身份证那列后几位变成 0 了，怎么回事"),
        (
            "assistant",
            "通常是被当成数值读进来导致精度丢失，read_csv 时指定 dtype={'id_no': str} 即可。",
        ),
        (
            "user",
            "加了还是不对，你看 df.head(2)：\n"
            "     name         id_no       mobile\n"
            "0  郭美玲  3.502032e+17  13761820495\n"
            "1  彭建华  1.301020e+17  15931106682",
        ),
        (
            "assistant",
            "说明文件在读入前已经被 Excel 存成科学计数法，原始值丢了，需要从源系统重新导出。",
        ),
        (
            "user",
            "源系统导出来是对的：郭美玲 350203199405305525，彭建华 13010219681126331X，我手动补回去可以吗",
        ),
    ],
    [
        (
            "system",
            "You are a coding assistant for the CRM engineering team at a Hong Kong retailer.",
        ),
        ("user", r"my HKID regex ^[A-Z]{1,2}\d{6}\([0-9A]\)$ rejects some valid ids"),
        (
            "assistant",
            "Common causes: a space before the bracket, full-width brackets （）, or lowercase letters. "
            "Normalise first: s = s.upper().replace(' ', '').replace('（', '(').replace('）', ')').",
        ),
        ("user", "ok the one failing belongs to a customer called Mak Wing Sze"),
        ("user", "she typed it as m274031（7）"),
        (
            "assistant",
            "Lowercase m plus full-width brackets. After normalisation it passes both the pattern and the check digit.",
        ),
    ],
    [
        ("user", "boleh tolong tulis fungsi python untuk extract tarikh lahir dari no IC?"),
        (
            "assistant",
            "Boleh. def dob_from_ic(ic): ic = ic.replace('-', ''); yy, mm, dd = int(ic[:2]), int(ic[2:4]), int(ic[4:6]); "
            "century = 2000 if yy <= date.today().year % 100 else 1900; return date(century + yy, mm, dd)",
        ),
        ("user", "ok jalan, tapi untuk rekod ni dia bagi tahun 2001, betul ke?"),
        ("user", "Muhammad Aiman bin Roslan, 010305-08-1147, 017-285 6603, Kampung Gajah, Perak"),
        (
            "assistant",
            "Ya, 01 ditafsir sebagai 2001, jadi tarikh lahir 5 Mac 2001 -- betul untuk IC ini.",
        ),
    ],
    [
        (
            "system",
            "You are SupportCopilot. Current ticket context: customer_id=774120, name=Hafiz Iskandar, phone=+60 12-904 3318, "
            "email=hafiz.iskandar@yahoo.com, plan=Fibre 500Mbps, address=B-12-03 Residensi Vista, Jalan Kuching, 51200 Kuala Lumpur.",
        ),
        ("user", "write me a SQL snippet that shows this customer's last 5 invoices"),
        (
            "assistant",
            "SELECT invoice_no, issued_at, amount FROM invoices WHERE customer_id = 774120 ORDER BY issued_at DESC LIMIT 5;",
        ),
    ],
    [
        ("user", "my etl job dies, any idea?"),
        (
            "user",
            "Traceback (most recent call last):\n"
            '  File "load_customers.py", line 88, in <module>\n'
            "    cur.execute(INSERT_SQL, row)\n"
            'psycopg2.errors.InvalidDatetimeFormat: invalid input syntax for type date: "31/11/1968"\n'
            "row = ('S6802219C', 'Chua Bee Lian', '31/11/1968', 'Blk 63 Jalan Bukit Merah #05-22', '+6591835527')",
        ),
        (
            "assistant",
            "The date is DD/MM/YYYY and 31 November doesn't exist. Parse with datetime.strptime(s, '%d/%m/%Y') in a try "
            "and route failures to a rejects table.",
        ),
    ],
    [
        ("user", "請問 Python 怎麼驗證台灣身分證字號？"),
        (
            "assistant",
            "把首字母轉成對應的兩位數，與後面 9 碼依權重 1,9,8,7,6,5,4,3,2,1,1 相乘加總，能被 10 整除即合法。",
        ),
        (
            "user",
            "我寫了但這筆一直回傳 False：H220498177，客戶是蔡宜蓁，住桃園市中壢區中央西路二段 76 號",
        ),
        (
            "assistant",
            "H 對應 17，你可能用了 ord() 直接換算。改用查表 {'A': 10, 'B': 11, ..., 'H': 17, ...} 就會通過。",
        ),
    ],
    [
        (
            "user",
            "convert this into an INSERT statement for the leads table (name, phone, email, note):",
        ),
        (
            "user",
            "Rachel Ong / 8702 4419 / rachel.ong.design@gmail.com / wants quote for 4-room reno, Blk 115 Edgefield Plains #12-260",
        ),
        (
            "assistant",
            "INSERT INTO leads (name, phone, email, note) VALUES ('Rachel Ong', '87024419', 'rachel.ong.design@gmail.com', "
            "'wants quote for 4-room reno, Blk 115 Edgefield Plains #12-260');",
        ),
    ],
    [
        (
            "user",
            "We run a small GP clinic, need a query to list patients overdue for their HbA1c test (>6 months since last)",
        ),
        (
            "assistant",
            "SELECT p.id, p.name, MAX(l.tested_at) AS last_test FROM patients p JOIN lab_results l ON l.patient_id = p.id "
            "AND l.test = 'HBA1C' GROUP BY p.id, p.name HAVING MAX(l.tested_at) < CURRENT_DATE - INTERVAL '6 months';",
        ),
        (
            "user",
            "thanks. weird thing -- Mr Selvam Krishnan (pt 3310) isn't showing but his last test was Jan, "
            "he's our worst-controlled diabetic and on dialysis too",
        ),
        (
            "assistant",
            "Check whether his results were stored as 'HbA1c' in mixed case; compare on UPPER(l.test) = 'HBA1C'.",
        ),
    ],
    [
        ("user", "工资表合并的时候个税算错了，帮我看看代码"),
        (
            "user",
            "df = salary.merge(tax, on='emp_id', how='left')\ndf['tax'] = df['gross'] * df['rate']",
        ),
        (
            "assistant",
            "个税要按累进税率分档计算，不能直接乘。可以用 np.select 先判断应纳税所得额所在档，再减速算扣除数。",
        ),
        (
            "user",
            "好。顺便核对一下这行对不对：emp_id=E10452, 姓名=邓雅琴, 月薪=35,000, "
            "专项附加扣除=3,000(赡养老人+房贷), 工资卡 6013827000451292",
        ),
    ],
    [
        ("user", "my luhn check returns False for a bunch of valid cards, code below"),
        (
            "user",
            "def luhn(n):\n    s = 0\n    for i, d in enumerate(n):\n        d = int(d)\n        if i % 2: d *= 2\n"
            "        s += d - 9 if d > 9 else d\n    return s % 10 == 0",
        ),
        (
            "assistant",
            "You're doubling from the left. Luhn doubles every second digit from the right: iterate over reversed(n).",
        ),
        (
            "user",
            "fixed, thx. now it passes the one that was complaining, 3566 0012 3098 7768 -- "
            "that's Mr Yip Ka Lok's JCB from the Causeway Bay store, he can finally pay lol",
        ),
    ],
    [
        ("user", "write a regex that extracts emails from the notes column"),
        ("assistant", r"r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' covers most cases."),
        (
            "user",
            "it misses this one: 'pls cc her sister Jasmine Kwok at jasmine.kwok＠ymail.com about the refund for Chloe's braces'",
        ),
        (
            "assistant",
            "That's a full-width ＠ (U+FF20). Run unicodedata.normalize('NFKC', s) before matching.",
        ),
    ],
    [
        ("user", "写个正则把地址拆成省/市/区/详细地址"),
        (
            "assistant",
            "可以用 (?P<prov>[^省]+省|.+?自治区|北京市|上海市|天津市|重庆市)(?P<city>[^市]+市|.+?自治州)?(?P<dist>[^区县]+[区县])?(?P<rest>.*)，直辖市要特殊处理。",
        ),
        ("user", "这条拆错了：收件人 沈佳怡 18621370954 上海市浦东新区张杨路 1500 弄 12 号 901 室"),
        (
            "assistant",
            "直辖市后面直接跟区，city 组会吞掉“浦东新区”。对直辖市把 city 设为和 prov 相同，再去匹配区。",
        ),
    ],
    [
        ("user", "saya nak query untuk senarai akaun tertunggak lebih 90 hari"),
        (
            "assistant",
            "SELECT a.no_akaun, p.nama, a.baki, a.tarikh_tunggak FROM akaun a JOIN pelanggan p ON p.id = a.pelanggan_id "
            "WHERE a.tarikh_tunggak < CURRENT_DATE - INTERVAL 90 DAY;",
        ),
        (
            "user",
            "result keluar tapi satu row pelik: 'Rajesh a/l Muniandy | 820917-07-5361 | baki RM 42,180.55 | status: SAMAN DIKELUARKAN' "
            "-- kenapa status dia lain sendiri?",
        ),
        (
            "assistant",
            "Mungkin status di-override oleh table lain; semak join dengan table tindakan_undang2.",
        ),
    ],
    [
        (
            "user",
            "is this masking good enough before we send the file to the vendor? sample:\n"
            "cust_id,name,phone,postal\n60213,T** S** H***,9***4471,560231",
        ),
        (
            "assistant",
            "Partial masking can still identify people when combined with a full postal code. Drop the name entirely "
            "and coarsen postal to the sector (first two digits).",
        ),
        (
            "user",
            "yeah my manager said the same, she recognised it instantly -- it's Tan Siew Hoon from Ang Mo Kio, "
            "the one who sued us last year over the billing error",
        ),
    ],
    [
        ("user", "我哋 delivery 系統嘅地址 parser 成日拆錯大廈名，可唔可以幫手睇下 regex？"),
        ("assistant", "可以，貼幾個失敗嘅例子同你而家用緊嘅 regex 嚟睇下。"),
        (
            "user",
            "例如呢個：收件人 區嘉欣 小姐，電話 6354 2098，地址 香港仔漁光道 8 號 漁暉苑 暉庭閣 17 樓 12 室",
        ),
        ("user", r"regex 係 (\d+)樓\s*(\d+)室，有時啲人打 17/F Flat 12 佢就捉唔到"),
        ("assistant", r"加多個分支：(?:(\d+)樓\s*(\d+)室|(\d+)/F,?\s*Flat\s*(\w+))，再統一輸出。"),
    ],
    [
        (
            "user",
            "need help validating FIN numbers in our dorm booking table, G series keeps failing",
        ),
        (
            "assistant",
            "For F/G the check-letter table differs from S/T ('XWUTRQPNMLK'), and G adds an offset of 4 to the weighted sum.",
        ),
        (
            "user",
            "ok will try. the failing one was for worker Mohammad Rafiqul Islam, G5208174U, Bangladesh passport BY0482716, "
            "room 3-14 at Tuas South Dormitory, employer Kah Engineering Pte Ltd",
        ),
    ],
    [
        ("user", "私域客户表里微信号重复，帮我写个 SQL 按 wechat_id 去重保留最新"),
        (
            "assistant",
            "DELETE t1 FROM crm_wx t1 JOIN crm_wx t2 ON t1.wechat_id = t2.wechat_id AND t1.updated_at < t2.updated_at;",
        ),
        (
            "user",
            "执行完少了一个客户：微信号 xiaoyu_lei1997，雷小雨，之前备注“怀孕 7 个月，预产期 2 月”，现在这条被删了，能恢复吗",
        ),
        ("assistant", "如果开着 binlog，可以用 mysqlbinlog 按时间点找回；没有的话只能从备份恢复。"),
    ],
    [
        ("system", "You help the IT team of Sunrise Travel Sdn Bhd with SQL and Python."),
        (
            "user",
            "the passport column in bookings has mixed formats, some with spaces. normalise pls",
        ),
        (
            "assistant",
            "UPDATE bookings SET passport_no = UPPER(REPLACE(passport_no, ' ', '')) WHERE passport_no IS NOT NULL;",
        ),
        (
            "user",
            "cool. the one giving issues -- Wong Siew Ling, passport A 5829 1736, flying KUL-NRT 14 Dec with her 2 kids -- is fine now",
        ),
    ],
    [
        ("user", "对账脚本里银行卡号匹配不上，流水里是 6259 **** **** 4486 这种格式"),
        ("assistant", "可以只用前 4 后 4 作为匹配键，再结合金额和时间窗口做模糊匹配。"),
        (
            "user",
            "可以，但有一笔还是对不上：户名 钱文斌，卡号 6259075512034486，11 月 28 日退款 3,260 元，流水里没有",
        ),
    ],
    [
        (
            "user",
            "we run a tuition centre, writing a pandas script to send fee reminders. group by parent_phone?",
        ),
        (
            "assistant",
            "Yes: df.groupby('parent_phone').agg(children=('student_name', list), total_due=('fee_due', 'sum')).reset_index()",
        ),
        (
            "user",
            "works. one family shows 3 kids but should be 2, sample rows:\n"
            "student_name,age,parent_name,parent_phone,school\n"
            "Ethan Goh,9,Goh Li Ting,96331284,Rosyth School\n"
            "Emma Goh,11,Goh Li Ting,96331284,Rosyth School\n"
            "Ethan Goh,9,Goh Li Ting,9633 1284,Rosyth School",
        ),
        (
            "assistant",
            "The third row is a duplicate with a differently formatted phone. Normalise parent_phone to digits and "
            "drop_duplicates on (student_name, parent_phone) first.",
        ),
    ],
    [
        ("user", "保單資料表要加一個欄位記錄既往症，型別用 JSON 還是另開一張表比較好？"),
        (
            "assistant",
            "若要查詢或統計，建議另開 policy_conditions 表，以 policy_id 關聯，一筆一個 ICD-10 代碼。",
        ),
        (
            "user",
            "了解。我先拿一筆測試：保單 TW-LF-2019-0033418，被保險人劉冠廷，身分證 E106335829，"
            "既往症 C50？不對，是 I21 急性心肌梗塞（2022 年）",
        ),
        (
            "assistant",
            "那就插入 (policy_id, icd10) = ('TW-LF-2019-0033418', 'I21')，診斷年份另存一欄。",
        ),
    ],
    [
        (
            "user",
            "season parking system -- regex for Malaysian plates? e.g. WXY 1234, VDA 88, PKN 2210 A",
        ),
        (
            "assistant",
            r"Try ^[A-Z]{1,3}\s?\d{1,4}\s?[A-Z]?$ after uppercasing and collapsing spaces; special series like 'PUTRAJAYA 1' need a separate list.",
        ),
        (
            "user",
            "ok. the complaint came from unit owner Dr. Lee Mun Yee (Tower B, unit 23-05, Pavilion Residences) -- "
            "her plate VFE 2817 got rejected at the gate",
        ),
    ],
    [
        ("user", "帮我写个函数，把用户分几条发过来的手机号拼起来"),
        ("assistant", r"可以把最近几条消息里的数字按顺序拼接，再用 ^1[3-9]\d{9}$ 校验。"),
        ("user", "比如客户这样发的：我是冯静，电话 139"),
        ("user", "2087"),
        ("user", "5516，明天送到杭州市西湖区文三路 259 号 3 幢 1102"),
        ("assistant", "拼接后是 11 位，符合手机号格式，可以写回订单。"),
    ],
    [
        (
            "user",
            "HR wants a monthly report of MC days per department, schema: employees(id, name, nric, dept), mc(emp_id, start_date, end_date, reason)",
        ),
        (
            "assistant",
            "SELECT e.dept, SUM(mc.end_date - mc.start_date + 1) AS mc_days FROM mc JOIN employees e ON e.id = mc.emp_id "
            "WHERE mc.start_date >= date_trunc('month', CURRENT_DATE) GROUP BY e.dept;",
        ),
        (
            "user",
            "reason shouldn't be in the report right? e.g. the row for Kumar s/o Ganesan, S9016342F, "
            "reason 'major depressive episode, referred to IMH' -- i'd rather keep that out",
        ),
        (
            "assistant",
            "Correct -- keep the report aggregated by department, leave reason out, and restrict the mc table to HR.",
        ),
    ],
]
