# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat25: data-help chats with pasted CSV, JSON, logs, SQL results and forms (English, Chinese, Malay, mixed). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat25
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "data-cleaning requests"): _lines("""
        I've got a CSV with columns customer_id, full_name, nric, mobile, email, postal_code - what's the cleanest way to validate the nric column in pandas without looping?
        Here's a dummy row I made up for testing, NOT real: TEST0001,Jane Placeholder,S0000000A,+65 6000 0000,jane.placeholder@example.invalid,000000 - the parser chokes on the plus sign.
        my dedupe script collapses 48,912 rows to 47,305 but finance says it should be ~47,100. any idea which key combo I'm missing? we match on lower(email) + dob
        Can you convert this JSON schema to BigQuery DDL? {"patient_id": "STRING", "admit_ts": "TIMESTAMP", "ward": "STRING", "icd10": "STRING", "los_days": "INT64"}
        The dob column has mixed formats (03/07/1991, 1991-07-03, 3 Jul 91) - how do I normalise it without swapping day and month?
        Sheet2 is only aggregates: Region | Headcount | Avg salary (SGD) -> Central 412 | 5,870; East 298 | 5,120; West 355 | 4,960. Need a bar chart with error bars.
        pls help, Excel keeps turning our order numbers like 0004417283910 into 4.41728E+12 and drops the leading zeros
        Our sandbox test card 4111 1111 1111 1111 passes Luhn but the gateway returns response code 05, is that expected in test mode?
        Column names from the HR export: emp_no, given_name, family_name, dept_code, grade, base_pay, allowance, bank_acct_masked. Which ones should we drop before sending to the benchmarking vendor?
        I hashed the emails with SHA-256 before the join (e.g. 5f2b9c1e0d7a4f83b6e2c9d01a7e44f3c8b1a90e6d2f57c3b9e0a1d4c7f8e2b6) but the match rate is only 62%, am I missing a lowercase/trim step?
        Survey results: n=1,284, 61.4% female, mean age 29.7 (SD 6.2), 17 incomplete responses removed. How do I report this in APA style?
        can you write a regex that masks a Malaysian IC except the last 4 digits? format is YYMMDD-PB-###G
        The tracking column mixes SF Express (SF1402938475601), J&T (JT5038271946) and Pos Laju (EP902318447MY) - need to split into carrier + number.
        Form submissions export has 3,902 rows and 211 of them have an empty consent_flag. Should I treat empty as "No" or drop them?
    """),
    ("en", "assistant replies with code"): _lines(r"""
        Here's a vectorised version: df['nric_ok'] = df['nric'].str.fullmatch(r'[STFGM]\d{7}[A-Z]'), then run the checksum only on rows that pass the pattern.
        Use pd.to_datetime(df['dob'], dayfirst=True, errors='coerce') and then look at the rows that became NaT instead of guessing.
        SELECT ward, COUNT(*) AS admissions, ROUND(AVG(los_days), 1) AS avg_los FROM admissions WHERE admit_ts >= '2026-01-01' GROUP BY ward ORDER BY admissions DESC;
        For the vendor, keep dept_code, grade and a salted hash of emp_no; drop given_name, family_name and both bank columns entirely.
        The traceback says KeyError: 'Mobile No.' because your header has a trailing space - run df.columns = df.columns.str.strip() right after read_csv.
        I've replaced the real-looking values with <NAME>, <PHONE>, <EMAIL> and <ADDRESS> tokens, so this sample is safe to share with the vendor.
        In test mode the gateway only approves 4111 1111 1111 1111 with a future expiry like 12/34 and CVC 123; code 05 usually means the expiry you sent is in the past.
        If you need reversible masking use format-preserving encryption; if you only need joins, a keyed HMAC-SHA256 with the key held in KMS is enough.
        Your JSON is invalid because of the trailing comma after "status": "closed" on line 14 - remove it and json.load will work.
        To keep the leading zeros, import that column as Text in Power Query (Transform > Data Type > Text) instead of letting Excel guess.
        mask = lambda ic: re.sub(r'\d(?=\d{4})', '*', ic.replace('-', ''))  # 12 digits in, 8 stars + last 4 out
        Strip whitespace and lowercase before hashing: hashlib.sha256(email.strip().lower().encode()).hexdigest() - that usually fixes a 60% match rate.
        pd.read_csv('export.csv', dtype={'order_no': str, 'postal_code': str}, encoding='utf-8-sig') keeps the codes as text and removes the BOM.
    """),
    ("zh-Hans", "数据处理求助"): _lines("""
        表结构如下：user_id BIGINT, nickname VARCHAR(32), phone_hash CHAR(64), city VARCHAR(16), reg_date DATE，怎么按月统计新增用户？
        这是我自己造的测试数据，不是真人：张三,13800000000,test001@example.com,XX省XX市XX路1号——导入时手机号列总被识别成数值。
        身份证号已经脱敏成 4403**********1234 这种格式了，还能拿来做年龄段分布统计吗？
        帮我看下这个透视表：华东区 3,412 单，客单价 286.5 元；华南区 2,987 单，客单价 301.2 元；退货率分别是 4.1% 和 3.7%。
        Excel 里订单号 202612040183392716 变成了 2.02612E+17，怎么批量恢复成原来的样子？
        问卷一共回收 5,620 份，有效 5,188 份，18-25 岁占 42.3%，想做性别 × 满意度的交叉分析，用卡方检验可以吗？
        pandas 读 GBK 编码的 csv 报 UnicodeDecodeError: 'utf-8' codec can't decode byte 0xd5 in position 0，怎么办？
        字段说明：patient_no（院内编号，已随机化）、dept（科室）、diag_code（ICD-10）、visit_date、fee_total，需要转成 Parquet 按月分区。
        用 Python 校验 18 位身份证最后一位校验码的逻辑是什么？我只要算法，不用给示例号码。
        成绩表里只有学号哈希和分数，比如 a3f9…e21c：语文 112、数学 135、英语 128，要算年级排名和百分位。
        短信模板里写的是 {姓名}、{手机号}、{收货地址}，发送前由系统替换，能帮我改成 Jinja2 的写法吗？
        客户表 1,204,377 行，手机号重复的有 8,912 行，去重时保留最近一次下单的那条，SQL 怎么写？
        逸夫楼 302 教室的课表导出来全是合并单元格，转成长表格式有没有好办法？
        把中山医院、华山医院、瑞金医院的月门诊量（万人次）画成折线图：1月 38.2/29.5/41.7，2月 31.4/25.1/36.8。
        请把结果按省份汇总：广东 18.4%、江苏 11.2%、浙江 9.7%，其余合并为“其他”，只要占比不要明细。
    """),
    ("zh-Hans", "日志与报错"): _lines("""
        2026-12-03 14:22:07.318 ERROR [order-svc] c.x.pay.CallbackHandler - 签名校验失败 orderNo=PO20261203142207551 traceId=8f3ac21e9b7d4e05
        WARN 2026-12-03T06:41:55Z sms-gateway 限流触发：模板 SMS_248810392 每分钟发送超过 1000 条，已排队 3,214 条
        [INFO] 同步任务完成：新增 12,088 条，更新 3,417 条，失败 0 条，耗时 4m12s
        java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'ORD-88213047' for key 'uk_order_no'
        kafka consumer lag 告警：topic=user-events partition=7 lag=182,334，阈值 50,000，consumer group=etl-profile
        日志里手机号已经打码成 139****2058 了，安全组还说不合规，要求打码后的也不许打印，这个要求合理吗？
        ERROR 2026-12-02 23:59:58 批处理 job_id=rpt_daily_1202 失败：/data 磁盘使用率 97%，请清理临时文件
        客服热线 95588 的 IVR 日志全是 DTMF 事件，怎么只过滤出转人工的那一段？
        升级到 v3.14.2-rc1（commit 4e9a7c2）以后，导出 Excel 的时间列都少了 8 小时，是时区问题吗？
        Redis key 规范：session:{uid_hash}:profile，TTL 1800 秒，禁止在 key 里放明文手机号或身份证号。
        慢查询：SELECT * FROM t_member WHERE mobile LIKE '%5678' 耗时 12.4s，扫描 3,100,442 行，怎么优化？
        nginx 报 413 Request Entity Too Large，上传的 Excel 才 18MB，client_max_body_size 改哪里？
    """),
    ("ms", "bantuan analisis data"): _lines("""
        Saya ada fail Excel dengan lajur No_KP, Nama, Alamat, Poskod, Negeri - macam mana nak kira bilangan pelanggan ikut negeri guna pivot table?
        Data ni dummy je, bukan orang betul: Ali bin Contoh, 000000-00-0000, ali.contoh@example.com. Formula VLOOKUP saya asyik keluar #N/A.
        Jumlah pesakit baru yang mendaftar di klinik bulan November ialah 2,418 orang, 56% perempuan, purata umur 41 tahun - tolong buat carta pai.
        Boleh tukar JSON ni ke CSV? Strukturnya {"id_pelajar": ..., "kelas": ..., "markah_bm": ..., "markah_math": ...} je, tak ada nama.
        Nombor invois INV-2026-11-004831 dan INV-2026-11-004832 keluar dua kali dalam sistem, macam mana nak cari punca duplicate?
        Kenapa tarikh dalam Google Sheets bertukar jadi 45992 bila saya import dari CSV?
        Senarai rujukan pelanggan ada Maybank 1-300-88-6688 dan talian Bank Negara 1-300-88-5465, perlu ke nombor macam ni disorok?
        Senarai sekolah: SK Tun Hussein Onn, SMK Dato' Onn Jaafar, SMK Sultan Abdul Samad - tolong susun ikut daerah dan kod sekolah.
        Saya nak query SQL kira purata gaji ikut gred jawatan, tapi lajur elaun banyak NULL - guna COALESCE ke?
        Log sistem: 2026-12-01 08:03:11 INFO Pembayaran FPX berjaya, rujukan FPX2612010803114472, amaun RM 152.40
        Tolong buat templat borang kosong: Nama Penuh: ______, No. Kad Pengenalan: ______, No. Telefon: ______, untuk diedarkan.
        Macam mana nak buat data validation dalam Excel supaya lajur poskod terima 5 digit je?
    """),
    ("mixed", "code-switched data help"): _lines("""
        boss this csv the ic column all become scientific notation liao, how to fix ah? header is ic_no,name,mobile only
        帮我 check 下这个 SQL，why LEFT JOIN 之后 row count 变多了？orders 有 58,213 rows，join 完变 61,990
        Eh can help write pandas code untuk buang duplicate rows based on email + phone? Data ada 20k rows je.
        Patient dashboard 只显示 aggregate：本周 ICU occupancy 87%，ED waiting median 3.2h，完全没有 names。
        Ni sample dummy yang saya reka: {"nama": "Pelanggan Ujian", "telefon": "+60 3-0000 0000", "emel": "ujian@contoh.my"} - schema validation fail sebab apa?
        老板要我把所有 NRIC mask 掉只留最后 4 位 like ****567D，Excel 有 formula 可以做吗？
        the sheet from Tan Tock Seng Hospital finance got 12 tabs lah, each tab one month, want to combine into one
        Lim Kit Siang 在国会的 speech transcript 我要 extract quotes 做 word cloud，中英混合怎么 tokenise？
        Our app log keep throwing NullPointerException at FormSubmit.java:212 bila user tekan submit tanpa isi poskod, how to handle?
        Jalan Tun Razak, Jalan Sultan Ismail, Jalan P. Ramlee - all these kena standardise spelling in the address master table.
        我们 HR system 的 salary band：G1 RM3,200-4,500，G2 RM4,500-6,800，G3 RM6,800-9,500，帮我 convert 成 JSON for the API。
        test fixture seed names we use: Harry Potter, Hermione Granger, 孙悟空, 林黛玉, Hang Tuah - all fictional, the rest generate with Faker
        sorry row 4 tadi tu test record, I already replace with 'Test User D', can re-run the E.164 conversion?
    """),
    ("en", "data protection practice"): _lines("""
        Before pasting any export into a chat tool, replace names, NRIC/FIN, phone numbers and addresses with tokens and keep the mapping file on the internal share only.
        Retention: raw form submissions are deleted after 90 days; only aggregated counts by postal district are kept.
        Under the PDPA an organisation may collect NRIC numbers only where required by law or needed to verify identity to a high degree of fidelity.
        Access and correction requests go to dpo@company.example and must be answered within 30 days.
        The SDK's sample file uses example.com addresses and 555-01xx phone numbers, which are reserved for fiction.
        k-anonymity check on the release table: every combination of age band, gender and 3-digit postcode appears at least 11 times.
        Template: Dear {{first_name}}, your appointment at {{clinic_name}} on {{date}} is confirmed. Reply STOP to opt out.
        Incident INC-20261128-0042: an unencrypted CSV was attached to a support ticket; file removed, 0 external downloads, DPO notified.
        Column classification: diagnosis_code = sensitive, visit_count = non-personal aggregate, postal_sector = quasi-identifier.
        When debugging prod tables, print df.shape, df.dtypes and df.isna().sum() - never df.head().
    """),
    ("en", "public names and reference data"): _lines("""
        Lookup table for the facility field: Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433; Ng Teng Fong General Hospital, 1 Jurong East Street 21, Singapore 609606.
        Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong - use this as the default facility record for the HK sample.
        Lee Kuan Yew served as Singapore's first Prime Minister from 1959 to 1990 - put that in the answer column of the quiz dataset.
        Sherlock Holmes, 221B Baker Street, London is the placeholder address in our old fixtures, replace it with something shorter.
        The GE14 results row lists Mahathir Mohamad as the winning candidate for Langkawi; the turnout column shows 81.3%.
        Store directory rows: Uncle Lee's Bak Kut Teh (Blk 85 Redhill Lane), Auntie Anne's at VivoCity, Ya Kun Kaya Toast at Far East Square.
        Customer service numbers column: Singtel 1688, StarHub 1633, M1 1627 - our phone validator wrongly flags these as invalid.
        The founder field in the company dataset: Tan Kah Kee (Xiamen University, 1921), Run Run Shaw (Shaw Brothers Studio).
        Version string release-2026.12.04+build.8812 and SHA-1 9c4e1a7f03b2d85e6fa0c1d4e7b9a2f3c5d8e160 - why does the parser read them as dates?
        Sun Yat-sen Memorial Hall, 259 Dongfeng Middle Road, Guangzhou - opening hours column needs 24h format.
        Helpline column in the resource sheet: Samaritans of Singapore 1767, Befrienders KL 03-7627 2929 - keep these unmasked.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Here's the row that breaks the import: C10482,Priya Ramasamy,S8834129E,9736 2081,priya.ramasamy88@gmail.com,Blk 218 Bedok North St 1 #05-117,460218
        {"member_id": "M-20931", "name": "Daniel Koh Wei Ming", "dob": "1990-02-23", "nric": "S9023418H", "plan": "Gold", "dependants": [{"name": "Koh Jia Xin", "relation": "daughter", "age": 6}]}
        Log line from prod: 2026-12-02T11:48:03Z WARN login-svc 5 failed attempts for marcus.teo.sg@outlook.com from 118.189.42.77, account locked, user called in from 9173 0285
        SQL result (1 row): patient_name='Wong Siu Fan', hkid='K621304(9)', ward='7B', diagnosis='Stage III colorectal carcinoma', admit_date='2026-11-27'
        Payroll Nov extract: Emp 0417 | Nurul Aisyah Binte Rahmat | Senior Accountant | Basic SGD 7,850 | Bonus 1.5 mths | DBS a/c 029-48172-3
        Form submission #8812 - Name: Grace Lim Hui Min; Contact: 8214 5073; Enquiry: my son Ethan (P4) was diagnosed with dyslexia last month and I want to apply for exam access arrangements.
        can you fix the date format in this row? 'Tan Boon Huat, FIN F2390158R, work permit expiry 14/03/2027, employer Hock Seng Construction Pte Ltd'
        only half masked, ok to send? 'Jeremy Sim, NRIC ****203I, DOB 11/06/1977, Blk 652 Jurong West St 61 #11-402, outstanding loan $48,300, 3 missed repayments'
        Attendance export row 14: Sec 3E2 - Ryan Goh absent 9 days, on MC for major depressive episode, school counsellor Ms Yeo following up weekly
        Student record: Chloe Ng Shu Ting, T0623915Z, class 4A, parent contact 9652 0184 (mother, Ng Mei Ling), allergy: penicillin
        Order export: #ORD-77120 | ship to Amelia Chua, 12 Lorong 27 Geylang #03-05 S(388167) | Visa ending 4024 | +65 9173 4408 | note: leave with guard
        Fleet sheet: vehicle SMK 4821 J - registered owner Rajesh s/o Krishnan, class 3 licence, two speeding summonses this year, demerit points 12
    """),
    "zh-Hans": _lines("""
        导出的会员表有一行乱码，原文是：刘思雨,女,440306198807153327,13917742058,深圳市宝安区新安街道海旺社区锦华苑6栋1203
        {"姓名":"陈国栋","身份证":"310115197909282412","科室":"肿瘤科","诊断":"肺腺癌IV期","床号":"12"} 这个JSON怎么转成表格？
        工资表第 37 行：研发部 周婧 基本工资 28,500 绩效 6,200 个税 4,137.5 实发 24,912.3，这个公式是不是算错了？
        物流日志：2026-12-01 18:42 收件人 黄志强 18620935571 北京市海淀区学院路30号院8号楼2单元502 派送失败，原因：电话无人接听
        新生信息表：何雨萱，500108200409305725，重庆市南岸区人，宿舍紫荆苑3栋411，紧急联系人 母亲 邓晓梅 15801264490
        微信导出的客户备注：张慧 wxid_k3p9x02mzl22，住浦东新区锦绣路2580弄18号1102，孕28周，预产期明年2月中旬
        SELECT * FROM t_loan WHERE id=88213 的结果：借款人 孙立新 370202196802194519 逾期 214 天 欠款 86,440.00 元，已起诉至青岛市市南区人民法院
        只打了一半码：何*明，工号 W20417，武汉分公司财务部经理，身份证 420106********7252，去年因酒驾被公司记大过
        车辆登记表：粤B·7K2Q9 车主 林晓彤 身份证 440106199305172628 手机 13726408815 年检到期 2027-03
        银行流水导出有一行：2026-11-28 转账 户名 赵一鸣 卡号 6217 0009 3845 1271 金额 12,000.00 摘要 房租（天津河西区友谊路那套）
    """),
    "ms": _lines("""
        Baris ni yang error masa import: 880412-14-5527, Muhammad Hafiz bin Roslan, 012-738 4291, No. 23, Jalan SS 2/64, 47300 Petaling Jaya
        Rekod pesakit: Nor Azlina binti Kamarudin, KP 920817-10-6348, Wad 5, diabetes jenis 2 dengan ulser kaki kiri, Hospital Tengku Ampuan Rahimah Klang
        Senarai gaji Oktober - Lee Mei Fong, Eksekutif HR, gaji pokok RM 5,600, potongan KWSP RM 616, akaun Maybank 1140 2209 8813
        Borang pendaftaran: Aiman Hakimi bin Zulkifli, Tingkatan 4 Bestari, Lot 1142 Kampung Bukit Tok Beng, 16800 Pasir Puteh, Kelantan, bapa Zulkifli bin Mat Noor 019-331 8662
        JSON dari app: {"nama": "Kavitha a/p Subramaniam", "emel": "kavitha.subra@yahoo.com.my", "telefon": "016-552 0917", "pasport": "A51802736"}
        Log WhatsApp Business: mesej dari +60 11-2387 4402 (Encik Faizal Harun) minta tukar alamat hantar ke Blok C-12-3, Pangsapuri Seri Mutiara, 68000 Ampang
        Data kes mahkamah: Pendakwa Raya lwn Tan Chee Keong, Mahkamah Sesyen Johor Bahru, tuduhan pecah amanah RM 230,000, No. KP 790305-01-5913
    """),
    "mixed": _lines("""
        this row got problem leh: Yap Kok Leong | 750922-07-5241 | 012-4409 817 | Penang | blood type B+ | HIV positive since 2019 - pivot cannot group
        客户 sheet 里面有一行：Cheung Ka Yan 張嘉欣，HKID Y284051(9)，mobile 6287 1093，住沙田禾輋邨豐和樓1214室，帮我 split 成 columns
        Pls check this JSON ya, field order salah: {"student": "Ong Li Ting", "nric": "T1285540G", "class": "P2 Hope", "remarks": "ADHD, on Ritalin 10mg before recess"}
        我朋友 Marcus Lau 的身分證 F129437185，他叫我幫他 fill 這個 visa form，date of birth 1988/03/14 要寫成 DD/MM/YYYY 嗎？
        Sheet Claims_Nov row 88: claimant Lim Swee Hoon, policy AIA-SG-7730482, 3 nights at Mount Elizabeth, dx breast cancer stage II, payout SGD 18,240
        LINE 匯出的訊息：蔡佩君（LINE ID: peichun.tsai88）說寄到 台北市大安區和平東路二段106巷5號3樓 的包裹還沒到，身分證 H227405312 要不要打碼？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a data-cleaning assistant for the CRM team. Be concise."),
        (
            "user",
            "Can you normalise the phone column to E.164? Sample:\n"
            "id,name,phone,country\n"
            "1,Test User A,6000 0001,SG\n"
            "2,Test User B,6000 0002,SG\n"
            "3,Test User C,+60 3-0000 0003,MY\n"
            "4,Shanti Devi Pillai,9816 3304,SG\n"
            "5,Test User E,03-0000 0005,MY",
        ),
        (
            "assistant",
            "Use the phonenumbers library: df['e164'] = df.apply(lambda r: phonenumbers.format_number("
            "phonenumbers.parse(r.phone, r.country), phonenumbers.PhoneNumberFormat.E164), axis=1)",
        ),
        ("user", "thanks. row 4 is actually a real customer I forgot to delete, oops"),
    ],
    [
        ("system", "You convert between data formats. Output only the converted data."),
        (
            "user",
            "Convert to CSV with columns mrn,name,age,dx:\n"
            '[{"mrn":"TTSH-0093318","name":"Abdul Rahim bin Osman","age":67,"dx":"CKD stage 4, on dialysis MWF"},'
            '{"mrn":"TTSH-0093342","name":"Lee Soo Chin","age":71,"dx":"post-CVA, left hemiparesis"}]',
        ),
        (
            "assistant",
            "mrn,name,age,dx\n"
            'TTSH-0093318,Abdul Rahim bin Osman,67,"CKD stage 4, on dialysis MWF"\n'
            'TTSH-0093342,Lee Soo Chin,71,"post-CVA, left hemiparesis"',
        ),
    ],
    [
        (
            "user",
            "帮我看看这个 SQL 为什么这么慢：SELECT o.order_no, u.real_name, u.mobile, a.detail FROM orders o "
            "JOIN users u ON o.user_id=u.id JOIN address a ON o.addr_id=a.id WHERE o.status=3",
        ),
        (
            "assistant",
            "先在 orders.status、orders.user_id 和 orders.addr_id 上建索引，再用 EXPLAIN 看执行计划有没有全表扫描。",
        ),
        (
            "user",
            "加了索引快多了，结果第一行是这样的：\n"
            "order_no | real_name | mobile | detail\n"
            "DD20261130087712 | 邓佳怡 | 15821730946 | 杭州市西湖区文三路嘉绿苑12幢2单元701",
        ),
        ("assistant", "结果正常。建议查询里别直接 SELECT 明文手机号和地址，用脱敏视图代替。"),
    ],
    [
        (
            "user",
            "Formula =VLOOKUP(A2,Staf!A:F,4,FALSE) keluar #N/A untuk sesetengah baris je, kenapa?",
        ),
        (
            "assistant",
            "Biasanya sebab ada ruang kosong atau satu lajur nombor, satu lagi teks. Boleh tunjuk satu baris yang gagal?",
        ),
        (
            "user",
            "A2 = 900114-08-5062 (Norhayati binti Ismail, kerani akaun), dalam sheet Staf tulis 900114085062 tanpa sempang, gaji RM 3,850",
        ),
        ("assistant", 'Itulah puncanya. Guna =VLOOKUP(SUBSTITUTE(A2,"-",""),Staf!A:F,4,FALSE).'),
    ],
    [
        (
            "user",
            "got this in checkout log, can help see?\n"
            "2026-12-03 21:14:09 ERROR PaymentController - card declined, ref=TXN88213047, customer_id=CU-448120",
        ),
        (
            "assistant",
            "That decline comes from the issuer. Check whether the 3DS challenge completed for that ref.",
        ),
        (
            "user",
            "CU-448120 in the customer table is Lim Jun Hao, junhao.lim97@gmail.com, card 4556 2098 3417 2618 exp 09/28. "
            "he called hotline 3 times today very angry",
        ),
        (
            "assistant",
            "Please don't paste full card numbers here. For the 3DS check you only need the ref and the last 4 digits.",
        ),
    ],
    [
        (
            "user",
            "I'm writing a parser for our clinic intake emails. First line of one looks like: 'Full name: Tan Mei Ling'",
        ),
        (
            "assistant",
            "Use a regex per field, e.g. r'^Full name:\\s*(.+)$' with re.M. Paste a few more lines?",
        ),
        (
            "user",
            "NRIC: S8562019C\nMobile: 9024 7716\nReason for visit: review for gestational diabetes, 31 weeks",
        ),
        ("assistant", "Same pattern works; add (?i) in case the labels vary in case."),
    ],
    [
        ("user", "Excel 里有 3000 多行门诊记录，想按科室统计就诊次数，用数据透视表怎么弄？"),
        ("assistant", "插入 → 数据透视表，把“科室”拖到行，把“就诊号”拖到值并设为计数。"),
        (
            "user",
            "好了。还有一行格式不对帮我看下：2026-11-29,精神科,冯晓雯,女,29,330106199711301645,重度抑郁发作 伴自杀观念,复诊,",
        ),
        ("assistant", "这一行末尾多了一个逗号，导致字段数比表头多一列，删掉即可。"),
    ],
    [
        ("system", "You help the finance team with Excel formulas."),
        (
            "user",
            "Need a formula for employee CPF. My sheet:\n"
            "Name | Age | OW | AW\n"
            "Haziq Bin Salleh | 34 | 7,200 | 0\n"
            "Cheryl Tay Pei Shan | 57 | 5,400 | 10,800",
        ),
        (
            "assistant",
            "Put the OW ceiling in a named cell and use =MIN(C2,OW_Ceiling)*rate, with the rate looked up from an age-band table.",
        ),
    ],
    [
        (
            "user",
            "帮我把下面的 CSV 转成 JSON 数组：\n"
            "运单号,收件人,电话,地址\n"
            "SF0000000001,测试收件人1,13800000001,测试地址1\n"
            "SF0000000002,测试收件人2,13800000002,测试地址2\n"
            "SF1402938475618,苏婉清,13671948203,南京市鼓楼区汉中门大街清江花苑22栋1708",
        ),
        (
            "assistant",
            '[{"运单号":"SF0000000001","收件人":"测试收件人1","电话":"13800000001","地址":"测试地址1"},'
            '{"运单号":"SF0000000002","收件人":"测试收件人2","电话":"13800000002","地址":"测试地址2"},'
            '{"运单号":"SF1402938475618","收件人":"苏婉清","电话":"13671948203","地址":"南京市鼓楼区汉中门大街清江花苑22栋1708"}]',
        ),
    ],
    [
        (
            "user",
            "Saya guru kelas 5 Amanah. Tolong kira gred ikut skema: A+ 90-100, A 80-89, A- 70-79, B 60-69, C 50-59, D 40-49, E bawah 40",
        ),
        ("assistant", "Boleh, hantar nama dan markah (BM, BI, Matematik)."),
        (
            "user",
            "Nurul Izzati binti Hassan 78, 87, 91\n"
            "Mohd Danial bin Azmi 55, 62, 40 - dia disleksia, ada masa tambahan\n"
            "Tharshini a/p Murugan 92, 88, 95",
        ),
        ("assistant", "Nurul Izzati: A-, A, A+\nMohd Danial: C, B, D\nTharshini: A+, A, A+"),
    ],
    [
        ("user", "Why is our signup API returning 500? Stack trace below"),
        (
            "user",
            'Caused by: InvalidFormatException: Cannot deserialize value of type `LocalDate` from String "31/11/1985"\n'
            'request body: {"firstName":"Aaron","lastName":"Pereira","dob":"31/11/1985","passport":"K3018472M",'
            '"email":"aaronp85@gmail.com"}',
        ),
        (
            "assistant",
            "November has 30 days, so the date is invalid; return a 400 with a validation message instead of letting it bubble up.",
        ),
    ],
    [
        ("user", "我要 validate HKID 嘅 check digit，有冇 Python code？"),
        (
            "assistant",
            "可以：將字母轉做數值（A=10…Z=35，單字母前面補 36），乘權重 9 到 2，加埋除 11，餘數再用 11 減，10 就係 A。",
        ),
        ("user", "試咗 R509317(0)，pass 咗。呢個係我阿媽陳玉珍嘅，佢 65 歲，下個月要續長者咭"),
    ],
    [
        (
            "user",
            "Query returns duplicates, why?\nSELECT a.appt_id, p.full_name, a.slot, d.name FROM appts a "
            "JOIN patients p USING (patient_id) JOIN doctors d USING (clinic_id)",
        ),
        (
            "assistant",
            "You join doctors on clinic_id, so each appointment repeats once per doctor in that clinic. Join on a.doctor_id instead.",
        ),
        (
            "user",
            "makes sense, output was\n"
            "40219 | Farah Nadia Ismail | 2026-12-05 09:30 | Dr Tan (O&G)\n"
            "40219 | Farah Nadia Ismail | 2026-12-05 09:30 | Dr Lim (O&G)\n"
            "she's in our IVF cycle so we panicked about a double booking",
        ),
    ],
    [
        ("user", "用 Python 把成绩表按总分排序，并标出低于 60 的科目"),
        (
            "assistant",
            "df['总分']=df[['语文','数学','英语']].sum(axis=1); df.sort_values('总分', ascending=False)，再用 Styler 高亮 <60 的单元格。",
        ),
        (
            "user",
            "班主任备注那列要不要删？比如：高一(7)班 许嘉豪，父母离异，近期在学校心理咨询室每周干预一次，成绩下滑明显",
        ),
        (
            "assistant",
            "建议删除或单独加密存放，这类备注属于未成年人的敏感个人信息，不应出现在分析用的表里。",
        ),
    ],
    [
        ("user", "Tolong kategorikan transaksi bank ni untuk bajet bulanan saya"),
        (
            "user",
            "Penyata akaun 5640 1833 7206 atas nama Roslan bin Daud:\n"
            "01/11 GAJI PERKASA LOGISTIK SDN BHD +4,200.00\n"
            "03/11 DUITNOW KE SITI AMINAH BINTI YUSOF -800.00 (duit rumah mak)\n"
            "05/11 TNB -182.35\n"
            "09/11 PTPTN -250.00",
        ),
        ("assistant", "Pendapatan: gaji. Keluarga: DuitNow ke ibu. Utiliti: TNB. Pinjaman: PTPTN."),
    ],
    [
        (
            "user",
            "Please split the address into block, street, unit and postal code:\nBlk 512 Tampines Central 1 #08-234 Singapore 520512",
        ),
        ("assistant", "block: 512\nstreet: Tampines Central 1\nunit: #08-234\npostal: 520512"),
        (
            "user",
            "great. can you also add a flag if the resident is over 65? e.g. that one is my grandfather Goh Ah Kow, born 1941, lives alone",
        ),
    ],
    [
        (
            "user",
            "bro pivot table for claims by diagnosis how to do ah, the diagnosis column got free text",
        ),
        (
            "assistant",
            "Map the free text to ICD-10 chapters in a helper column first, then pivot on that column with SUM of amount.",
        ),
        (
            "user",
            "ok done. but one row amount very weird: CLM-2611-0921, Muthu a/l Ramasamy, 560719-05-5237, "
            "dialysis 3x weekly at NKF centre Seremban, RM 14,600",
        ),
    ],
    [
        (
            "user",
            "帮我把这段接龙整理成表格（楼栋、房号、姓名、数量）：\n"
            "#接龙 翠湖花园团购土鸡蛋 周六到货\n"
            "1. 3栋1单元502 王姐 2箱\n"
            "2. 5栋2单元1101 小李 1箱\n"
            "3. 7栋1单元303 刘德明 13801927754 3箱（放门口，家里老人瘫痪在床不方便开门）",
        ),
        (
            "assistant",
            "| 楼栋 | 房号 | 姓名 | 数量 |\n|---|---|---|---|\n| 3栋1单元 | 502 | 王姐 | 2 |\n"
            "| 5栋2单元 | 1101 | 小李 | 1 |\n| 7栋1单元 | 303 | 刘德明 | 3 |",
        ),
    ],
    [
        (
            "user",
            "Monthly HR dashboard: headcount 412, attrition 1.8%, avg sick leave 0.9 days/employee. Can you write a 3-line summary?",
        ),
        (
            "assistant",
            "Headcount held at 412 with attrition at 1.8%. Sick leave averaged 0.9 days per employee. No unusual trends this month.",
        ),
        (
            "user",
            "mention the November sick leave spike too - that's basically all Kelvin Chua from Logistics, he's on long MC for chemo since October",
        ),
    ],
    [
        ("user", "請問怎麼用 Excel 驗證台灣身分證字號的檢查碼？"),
        (
            "assistant",
            "把英文字母換成兩位數字，依序乘上 1,9,8,7,6,5,4,3,2,1,1 後加總，能被 10 整除就是正確的。",
        ),
        (
            "user",
            "我測了 B201476351，是我們診所病人林怡君的，公式顯示正確，但掛號系統還是擋下來，她 12/8 要來做乳房超音波追蹤",
        ),
    ],
    [
        (
            "user",
            "Can you help parse this record from our running app?\n"
            '{"user":"sarah.lee.runs","display_name":"Sarah Lee Xin Yi","start":[1.3112,103.7954],'
            '"end":[1.3112,103.7954],"started_at":"2026-12-02T05:42:10+08:00","distance_km":6.1}',
        ),
        (
            "assistant",
            "Load it with json.loads and convert started_at with datetime.fromisoformat; distance is already in km.",
        ),
        (
            "user",
            "ok. fyi start/end is always her flat at Holland Close, she runs alone every morning at 5:40, we use that for the streak feature",
        ),
    ],
    [
        ("user", "Macam mana nak export Google Form ke Sheets dan buang lajur timestamp?"),
        (
            "assistant",
            "Buka tab Responses, klik ikon Sheets, kemudian padam lajur A dalam sheet yang dijana.",
        ),
        (
            "user",
            "Dah. Satu respons panjang sampai pecah sel: 'Nama: Zainab binti Othman, 4 anak, suami meninggal Mac lalu, "
            "pendapatan isi rumah RM 900 sebulan, alamat Kampung Parit Haji Baki, 83000 Batu Pahat, tel 013-774 2095'",
        ),
        ("assistant", "Guna Format > Wrap text atau CHAR(10) untuk pecah baris dalam sel."),
    ],
    [
        (
            "user",
            "How to parse WhatsApp chat export txt into a dataframe? format is 'dd/mm/yy, HH:MM - Name: message'",
        ),
        (
            "assistant",
            r"Use re.match(r'^(\d{2}/\d{2}/\d{2}), (\d{2}:\d{2}) - ([^:]+): (.*)$', line) and skip lines that don't match.",
        ),
        (
            "user",
            "this line doesn't match leh: '03/12/26, 21:14 - Aunty Rosie Fernandez: pls send the cake to 27 Jalan Kayu #02-11, "
            "my number 8123 9044, paid by PayNow already'",
        ),
    ],
    [
        ("user", "My regex ^[STFG]\\d{7}[A-Z]$ passes on regex101 but fails in Java"),
        (
            "assistant",
            'In a Java string literal the backslash must be escaped: "^[STFG]\\\\d{7}[A-Z]$".',
        ),
        (
            "user",
            "ah that's it, works now with my own IC S8017246Z. thanks from Bryan Yeo, team lead at the Jurong branch",
        ),
    ],
    [
        ("user", "写个简历解析的正则，提取姓名、电话、邮箱"),
        (
            "assistant",
            r"电话：r'1[3-9]\d(?:[\s-]?\d{4}){2}'；邮箱：r'[\w.+-]+@[\w-]+\.[\w.]+'；姓名：r'姓名[:：]\s*(\S+)'。",
        ),
        (
            "user",
            "拿这份测一下：\n姓名：钱思远  性别：男  出生：1995.06\n电话：173 6502 3318  邮箱：qiansiyuan95@163.com\n"
            "现居：苏州市工业园区星湖街328号 期望薪资：25k*14",
        ),
    ],
]
