# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade86: personal data in data-science notebooks and scripts (Jupyter cells and outputs, pandas DataFrame prints, SQL in notebooks, test fixtures, seed files). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade86
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dataframe_output"): _lines("""
        Out[12]: | PassengerId Survived Pclass Name Sex Age | 0 1 0 3 Braund, Mr. Owen Harris male 22.0 | 1 2 1 1 Cumings, Mrs. John Bradley (Florence Briggs Thayer) female 38.0 | 2 3 1 3 Heikkinen, Miss. Laina female 26.0
        df.describe()['age'] -> count 10342.0 | mean 41.7 | std 12.9 | min 18.0 | 25% 32.0 | 50% 41.0 | 75% 51.0 | max 89.0 | Name: age, dtype: float64
        >>> df_customers.info() | <class 'pandas.core.frame.DataFrame'> | RangeIndex: 48213 entries, 0 to 48212 | Data columns (total 9 columns): customer_id int64 | full_name object | nric_hash object | mobile object | postcode object | dtypes: int64(1), object(8) | memory usage: 3.3+ MB
        In [7]: df[['order_id', 'tracking_no', 'amount_sgd']].head(3) | 0 SO-2024-118734 SPX8823190451SG 129.90 | 1 SO-2024-118735 SPX8823190468SG 45.00 | 2 SO-2024-118736 NJV4412093377 310.50
        print(df.groupby('postcode_sector')['claims'].sum().head()) | postcode_sector | 01 1243 | 05 988 | 12 1571 | 52 2204 | 73 1876 | Name: claims, dtype: int64
        laureates.loc[laureates.year == 1921] | year category laureate country | 1921 physics Albert Einstein Germany | 1921 chemistry Frederick Soddy United Kingdom | 1921 literature Anatole France France
        df_masked.sample(3, random_state=42) | row nric_masked mobile_masked user_key status | 8812 ********* **** **** user_4f1a9c active | 201 ********* **** **** user_07be31 lapsed | 5530 ********* **** **** user_c2d580 active
        df['nric_sha256'].head(2) | 0 018a36dfcdaa7bb8451068265f4d4685a9cfe1a3e10fb9f79a39061aa7625266 | 1 e40708ffa089476449152aeae63e55c9b5232b6ff48800777894059294e71b8a | Name: nric_sha256, dtype: object
        df_clinics.head(3) | name phone | 0 Tan Tock Seng Hospital 6256 6011 | 1 Singapore General Hospital 6222 3322 | 2 KK Women's and Children's Hospital 6225 5554
        print(classification_report(y_test, y_pred)) | precision recall f1-score support | held 0.94 0.91 0.92 1204 | clear 0.97 0.98 0.97 3791 | accuracy 0.96 4995 | macro avg 0.95 0.94 0.95 4995
        KeyError: 'customer_phone' | File ~/notebooks/churn_v3.ipynb Cell In[27], line 4 | ----> 4 df['customer_phone'] = df['customer_phone'].str.replace(' ', '') | KeyError: 'customer_phone' (did you mean 'mobile'?)
        top_scorers.head(3) | player club goals | Erling Haaland Manchester City 36 | Harry Kane Tottenham Hotspur 30 | Ivan Toney Brentford 20 | season 2022-23
        df.isna().sum() | customer_name 0 | email 1182 | phone_e164 37 | date_of_birth 4410 | home_address 2891 | dtype: int64
        df['container_no'].value_counts().head(3) | MSCU4812375 14 | TGHU9031542 11 | CMAU7719804 9 | Name: container_no, dtype: int64  # one container per shipment batch, not per consignee
    """),
    ("en", "sql_cell"): _lines("""
        %%sql | SELECT customer_id, COUNT(*) AS n_orders, SUM(total_myr) AS gmv FROM orders WHERE created_at >= '2024-01-01' GROUP BY customer_id HAVING COUNT(*) > 5 ORDER BY gmv DESC LIMIT 20;
        CREATE TABLE patients (patient_id SERIAL PRIMARY KEY, full_name TEXT NOT NULL, nric CHAR(9) UNIQUE, dob DATE, mobile VARCHAR(15), ward_code VARCHAR(6));
        -- scrub staging before sharing the notebook | UPDATE users SET email = CONCAT('user', id, '@example.invalid'), phone = NULL, full_name = CONCAT('User ', id) WHERE env = 'staging';
        %%sql | SELECT * FROM staff WHERE full_name = :name AND ic_no = :ic_no; | params = {"name": "<FULL_NAME>", "ic_no": "<IC_NO>"}
        -- 2 rows affected | INSERT INTO product (sku, name, price) VALUES ('MY-DRN-0042', 'Durian Musang King 1kg', 68.00), ('MY-KPI-0007', 'Kopi O Kosong 3-in-1', 12.50);
        SELECT hospital_name, hotline FROM facilities WHERE state = 'Selangor'; | Hospital Tengku Ampuan Rahimah | 03-3375 7000 | Hospital Serdang | 03-8947 5555 | (2 rows)
        EXPLAIN ANALYZE SELECT * FROM orders WHERE created_at > now() - interval '30 days'; | Index Scan using idx_orders_created on orders (cost=0.43..8123.55 rows=48213 width=64) (actual time=0.031..41.227 rows=47990 loops=1) | Execution Time: 52.981 ms
        SELECT order_ref, awb_no, status FROM shipments WHERE awb_no = 'JNTMY600123948817'; | SHP-88123 | JNTMY600123948817 | DELIVERED | 2024-03-14 16:02:51+08
        -- anonymise before export | SELECT md5(nric) AS nric_key, date_trunc('month', dob) AS dob_month, LEFT(postcode, 2) AS region FROM members;
        ALTER TABLE customers ADD COLUMN wechat_id VARCHAR(32); COMMENT ON COLUMN customers.wechat_id IS 'optional, collected only with consent, never exported';
        spark.sql("SELECT country, ROUND(AVG(age), 1) AS avg_age FROM survey GROUP BY country").show() | +-------+-------+ | country|avg_age| | MY| 34.2| | SG| 37.9| | HK| 40.1| +-------+-------+
        psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key" | DETAIL: Key (email)=(<redacted>) already exists.
        SELECT COUNT(DISTINCT phone) AS n FROM leads WHERE phone LIKE '+601%' AND created_at BETWEEN '2024-01-01' AND '2024-06-30'; | n | 18442
    """),
    ("zh-Hans", "dataframe_print"): _lines("""
        df.head(3) | 省份 城市 门店数 月销售额(万元) | 0 广东 深圳 128 3421.5 | 1 浙江 杭州 97 2210.8 | 2 四川 成都 85 1893.2
        print(poets) | 姓名 朝代 字 代表作 | 0 李白 唐 太白 将进酒 | 1 杜甫 唐 子美 春望 | 2 苏轼 北宋 子瞻 水调歌头
        df['身份证号'].str.len().value_counts() | 18 98231 | 15 1420 | 17 12 | Name: 身份证号, dtype: int64  # 17 位的是录入错误，需回源系统核对
        df.dtypes | 客户编号 int64 | 姓名 object | 手机号 object | 注册日期 datetime64[ns] | 会员等级 category | dtype: object
        orders.head(3) | 订单号 快递单号 金额 | 0 DD20240311000123 SF1402837465921 199.00 | 1 DD20240311000124 YT7729103384512 58.50 | 2 DD20240311000125 JD0087612349920 1299.00
        print(df_hotline) | 机构 电话 | 0 国家反诈中心 96110 | 1 市民服务热线 12345 | 2 中国移动客服 10086 | 3 消费者投诉举报 12315
        df.pivot_table(index='年龄段', columns='性别', values='客户数', aggfunc='sum') | 性别 女 男 | 18-25 4213 3987 | 26-35 8821 9102 | 36-45 5530 6014
        SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame. 请改用 df.loc[:, '手机号_清洗'] = df['手机号'].str.replace('-', '')
        executives.head(3) | 公司 职务 姓名 | 0 比亚迪 董事长 王传福 | 1 小米集团 董事长 雷军 | 2 腾讯控股 董事会主席 马化腾
        df.sample(3, random_state=7) 用户画像 | user_key 城市等级 消费档位 偏好品类 | u_7f3a2c 一线 高 数码 | u_91bd04 三线 中 母婴 | u_0c55e8 新一线 低 图书
        books.head(2) | 书名 作者 ISBN | 0 活着 余华 978-7-5063-6543-7 | 1 三体 刘慈欣 978-7-5366-9293-0
        mask_phone('13800138000') -> '138****8000'  # 用移动客服号做单元测试输入，3/3 通过
        模型评估：AUC=0.874，KS=0.52，训练集 120000 / 测试集 30000；特征“身份证前六位”已映射为省份 one-hot，原始号码不入特征表
    """),
    ("zh-Hans", "seed_sql"): _lines("""
        -- seed/001_regions.sql | INSERT INTO region (code, name) VALUES ('440300', '深圳市'), ('330100', '杭州市'), ('510100', '成都市');
        -- seed/002_member_level.sql | INSERT INTO member_level (id, 名称, 折扣) VALUES (1, '普通会员', 1.00), (2, '银卡', 0.95), (3, '金卡', 0.90);
        INSERT INTO 门店 (门店编号, 门店名称, 客服电话) VALUES ('SZ-NS-001', '南山海岸城店', '400-820-8820');
        CREATE TABLE 用户 (用户ID BIGINT PRIMARY KEY, 姓名 VARCHAR(32), 身份证号 CHAR(18), 手机号 CHAR(11), 地址 TEXT, 创建时间 TIMESTAMP DEFAULT now());
        -- 造数脚本：姓名用 Faker('zh_CN').name()，身份证用 gen_fake_id(region='110105')，手机号统一用 199 号段测试号，禁止导入生产
        SELECT 省份, COUNT(*) AS 用户数 FROM 用户 GROUP BY 省份 ORDER BY 用户数 DESC LIMIT 3; | 广东 182,331 | 江苏 120,447 | 浙江 118,902
        UPDATE 用户 SET 手机号 = CONCAT(LEFT(手机号, 3), '****', RIGHT(手机号, 4)) WHERE 环境 = 'uat';
        INSERT INTO 快递公司 (编码, 名称, 客服电话) VALUES ('SF', '顺丰速运', '95338'), ('JD', '京东物流', '950616'), ('YTO', '圆通速递', '95554');
        -- 查询结果：订单号 DD20240520001882 状态 已签收，运单号 SF1402837499012，签收时间 2024-05-22 14:03
        INSERT INTO 医院 (名称, 等级, 地址) VALUES ('北京协和医院', '三级甲等', '北京市东城区帅府园1号');
        SELECT AVG(年龄) AS 平均年龄, STDDEV(年龄) AS 标准差 FROM 问卷 WHERE 城市 = '武汉'; | 36.4 | 11.2
        -- 清理规则：DELETE FROM 临时导入 WHERE 身份证号 IS NULL OR LENGTH(身份证号) <> 18;  影响行数 1,204
    """),
    ("zh-Hant", "notebook_markdown"): _lines("""
        ## 資料說明 | 本筆記本使用政府資料開放平臺的「各鄉鎮市區人口統計」，不含任何個人資料，欄位：區域代碼、村里、戶數、人口數。
        df.head(2) | 區域 戶數 人口數 | 0 大安區 118,532 297,081 | 1 信義區 84,902 212,358
        | 欄位 | 型別 | 說明 | |---|---|---| | 身分證字號 | string | 需先以 SHA-256 雜湊後才可入庫 | | 手機 | string | 僅保留末三碼 |
        print(df_hk_hosp) | 醫院 電話 | 0 瑪麗醫院 2255 3838 | 1 伊利沙伯醫院 3506 8888 | 2 威爾斯親王醫院 3505 2211
        json.dumps(row) -> {"column": "\\u5ba2\\u6236\\u6eff\\u610f\\u5ea6", "mean": 4.21, "n": 1873, "region": "\\u65b0\\u5317\\u5e02"}
        金庸小說人物共現網絡：節點數 1,042，邊數 8,317，度中心性最高：韋小寶 0.213、郭靖 0.187、令狐沖 0.171
        # TODO: 香港身份證格式驗證 pattern = r'^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$'，測試案例放在 fixtures/hkid_cases.yaml，只用無效號碼
        df.query("起站 == '台北' and 迄站 == '左營'").head(2) | 車次 發車 抵達 | 0803 06:30 08:00 | 0603 07:00 08:45
        ⚠️ 請勿將含有客戶姓名、身分證字號或電話的 DataFrame 以 to_csv 匯出至共用雲端硬碟，請先執行 anonymize(df)。
        seed_districts.yaml | - code: HK-CW / name_zh: 中西區 / population: 235953 | - code: HK-WC / name_zh: 灣仔區 / population: 166695
        訂單表 tracking_no 欄位範例：黑貓宅急便 9012-3456-7890、順豐 SF1390284756123，僅用於物流時效統計。
        港股收市資料 df.tail(1) | 代號 名稱 收市價 成交額(億) | 0700.HK 騰訊控股 382.4 126.3
    """),
    ("ms", "notebook_cell"): _lines("""
        # Muat data banci penduduk mengikut daerah (DOSM) | df = pd.read_csv('penduduk_daerah_2020.csv') | df.head(1) | negeri daerah jumlah | Selangor Petaling 1,772,000
        df['negeri'].value_counts() | Selangor 12043 | Johor 8871 | Sabah 6502 | W.P. Kuala Lumpur 5990 | Name: negeri, dtype: int64
        Amaran: lajur 'no_kp' mengandungi 214 nilai kosong; gunakan df.dropna(subset=['no_kp']) sebelum proses penyahidentitian.
        senarai_pm.head(4) | 1 Tunku Abdul Rahman 1957-1970 | 2 Abdul Razak Hussein 1970-1976 | 3 Hussein Onn 1976-1981 | 4 Mahathir Mohamad 1981-2003
        print(df_talian) | agensi talian | 0 Talian Kasih 15999 | 1 Kecemasan 999 | 2 LHDN HASiL 03-8911 1000 | 3 Ibu Pejabat KKM 03-8000 8000
        templat = f"Tuan/Puan {nama}, No. KP: {no_kp}, sila hadir ke kaunter {kaunter} pada {tarikh}."  # diisi oleh mail-merge, bukan data sebenar
        df_pesanan.head(2) | no_pesanan no_penjejakan jumlah_rm | 0 MY240311ABCD12 EP518273946MY 89.90 | 1 MY240311ABCD13 ER771203854MY 42.00
        Keputusan model: ketepatan 0.912, recall kelas 'berisiko' 0.78, 4,210 rekod ujian; ciri terpenting: umur_bulan, pendapatan_isi_rumah, bil_tanggungan
        # Skema jadual pelajar: id_pelajar INT, nama VARCHAR(120), no_mykad CHAR(12), sekolah VARCHAR(80), gred_spm JSON
        Harga rumah median ikut poskod 3 digit: 473 (Petaling Jaya) RM 612,000 | 812 (Johor Bahru) RM 388,000 | 100 (George Town) RM 455,000
        config_b64 = 'eyJtb2RlbCI6InhnYm9vc3QiLCJ2ZXJzaW9uIjoiMi4wLjMiLCJtYXhfZGVwdGgiOjYsImV0YSI6MC4xLCJyZWdpb24iOiJhcC1zb3V0aGVhc3QtMSJ9'  # konfigurasi model, dinyahkod dalam sel seterusnya
        df_sekolah.head(2) | nama_sekolah negeri murid | 0 SK Tun Hussein Onn Johor 1,204 | 1 SMK Sultan Abdul Samad Selangor 1,530
        Ralat: ValueError: invalid literal for int() with base 10: 'XXXXXX-XX-XXXX' semasa menukar lajur no_kp (baris yang telah ditopeng)
    """),
    ("mixed", "test_fixture"): _lines("""
        class CustomerFactory(factory.Factory): | name = factory.Faker('name', locale='zh_CN') | phone = factory.Faker('phone_number', locale='ms_MY') | nric = factory.LazyFunction(gen_valid_nric)
        assert is_valid_nric("S1234567A") is False  # checksum salah / 校验位错误
        tests/fixtures/orders.json: [{"order_id": "ORD-88120", "sku": "TEH-TARIK-400G", "qty": 3, "ship_to_postcode": "50450"}, {"order_id": "ORD-88121", "sku": "MILO-1KG", "qty": 1, "ship_to_postcode": "81200"}]
        seed.sql: INSERT INTO roles (id, name) VALUES (1, 'admin'), (2, 'analyst'), (3, 'viewer'); -- 角色种子数据
        conftest.py: os.environ["DB_URL"] = "postgresql://test:test@localhost:5432/test_db"  # CI 专用，无真实数据
        fixtures/hotlines.yaml | - org: 香港政府一站通 / phone: "1823" | - org: SingHealth Polyclinics / phone: "6643 6969" | - org: Talian Kasih / phone: "15999"
        @pytest.mark.parametrize("raw,expected", [("+60 12-XXX XXXX", "+6012XXXXXXX"), ("(852) XXXX-XXXX", "852XXXXXXXX")])
        tests/__snapshots__/test_report.ambr | # name: test_monthly_summary | '月份 | 新增用户 | 留存率 / 2024-01 | 18233 | 41.2% / 2024-02 | 17104 | 39.8%'
        fixtures/users.csv (header only): user_id,full_name,ic_no,phone,email,address_line1,postcode,state
        FAILED tests/test_pii_mask.py::test_mask_hkid[case_03] - AssertionError: expected 7 masked chars, got 6
        class PatientFactory(factory.Factory): | full_name = factory.Faker("name", locale="ms_MY") | mykad = factory.LazyFunction(random_mykad) | ward = factory.Iterator(["W3A", "W5B", "ICU"])
        golden/expected_output.json: {"rows": 3, "pii_columns_detected": ["nama", "no_kp", "telefon"], "action": "drop", "版本": "1.4.2"}
        ============ 142 passed, 3 skipped, 1 xfailed in 18.42s ============ (test_anonymize.py, test_mykad_parser.py, test_身份证校验.py)
    """),
    ("mixed", "encoded_payload"): _lines("""
        payload = "eyLmiqXooagiOiLmnIjluqbplIDllK4iLCLln47luIIiOiLmt7HlnLMiLCLorqLljZXmlbAiOjQ4MjEzLCLlrqLljZXku7ciOjg2LjR9"; json.loads(base64.b64decode(payload))  # 月度销售汇总
        requests.get("https://api.example.com/search?q=%E6%A6%B4%E8%8E%B2+%E7%8C%AB%E5%B1%B1%E7%8E%8B+%E4%BB%B7%E6%A0%BC&city=%E5%90%89%E9%9A%86%E5%9D%A1&page=2")  # <Response [200]>, 48 results
        bytes.fromhex('e6b7b1e59cb3e58d97e5b1b1').decode('utf-8') -> '深圳南山'  # 门店区域字段是十六进制存的
        print(json.dumps(row)) -> {"sheet": "\\u75c5\\u5e8a\\u4f7f\\u7528\\u7387", "hospital": "\\u746a\\u9e97\\u91ab\\u9662", "rate": 0.87}
        headers = {"Authorization": "Basic dXNlcjpQTEFDRUhPTERFUg=="}  # decodes to user:PLACEHOLDER, ganti dengan os.environ['API_AUTH']
        data/raw/claims_2023.parquet (git-lfs pointer) | version https://git-lfs.github.com/spec/v1 | oid sha256:018a36dfcdaa7bb8451068265f4d4685a9cfe1a3e10fb9f79a39061aa7625266 | size 18273645
        df['session_id'].head(2) | 0 3f2b8c1e-7a4d-4e0b-9c61-2d8f5a7b1e03 | 1 a91c4d2e-55f0-4b7a-8e2d-0c6b3f9a1d74 | Name: session_id, dtype: object
        jwt.decode(token, options={"verify_signature": False}) -> {"sub": "svc-etl-runner", "scope": "read:warehouse", "exp": 1735689600}  # eyJzdWIiOiJzdmMtZXRsLXJ1bm5lciIsInNjb3BlIjoicmVhZDp3YXJlaG91c2UiLCJleHAiOjE3MzU2ODk2MDB9
        joblib.load('scaler.pkl') -> StandardScaler() | mean_ = [41.7, 3.2, 8812.4] | scale_ = [12.9, 1.1, 6120.8] | feature_names_in_ = ['umur', 'bil_anak', 'pendapatan']
        Subject: =?UTF-8?B?5pyI5bqm6ZSA5ZSu5oql6KGo?= (月度销售报表) | Attachment: sales_2024_03.xlsx | exported from notebook cell 14
        np.save('embeddings.npy', X)  # shape (48213, 768), dtype float32, sha1 02b95d069622f9f2ddecc6537f9d0e09bd45dea4
        Kafka record key=b'order-88123' value={"status": "SHIPPED", "carrier": "NinjaVan", "awb": "NVMY20240311778812"} partition=3 offset=1182734
        urllib.parse.unquote('%E6%9C%88%E5%BA%A6%E6%8A%A5%E8%A1%A8_v2.xlsx') -> '月度报表_v2.xlsx'
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Out[8]: | customer_id full_name nric mobile | 0 10231 Goh Kah Wai F2946183W 9481 7326 | 1 10232 Rajesh s/o Muthusamy T0251846A 8362 1947
        raw = "eyJuYW1lIjoiTGltIFNvbyBId2EiLCJucmljIjoiUzg3MzQxNTJGIiwibW9iaWxlIjoiOTczNCAyODE1In0="  # copied from webhook log row 4412, decode to see why the NRIC validator rejects it
        INSERT INTO patients (full_name, nric, dob, mobile, ward_code) VALUES ('Jennifer Tan Hui Min', 'S7619043G', '1976-03-08', '9158 3307', 'W5B');
        ValueError: could not convert string to float: '4539 9808 5018 4610' | row 2217: {'cardholder': 'MARCUS D. FERNANDEZ', 'card_no': '4539 9808 5018 4610', 'exp': '09/27'}
        > Note to self: the outlier in cell 31 is Daniel Koh (cust 88412) - his wife called in, he's been in hospital since March so the spend drop is not churn, exclude him from the model.
        E AssertionError: assert {'name': 'Priya d/o Ramasamy', 'email': 'priya.ramasamy88@gmail.com', 'plan': 'premium'} == {'name': 'Priya d/o Ramasamy', 'email': 'priya.ramasamy88@gmail.com', 'plan': 'basic'}
        df[df.email.str.contains('hotmail')].head(1) | id name email address | 4410 Aaron Whitfield aaron.whitfield77@hotmail.com 2 Leedon Heights #08-03 Singapore 267954
        SELECT * FROM tickets WHERE id = 55123; | 55123 | Siti Hajar binti Kamal | 012-738 4951 | refund: charged twice for order SO-118734, very upset, says she will go to the Tribunal
        SAMPLE_CSV = "id,name,ic,phone\\n1,Ong Wei Jie,760114-01-5397,011-2871 6054"  # TODO swap for fake data, this is a real row from the March export
        print(u) -> User(id=7712, name='Sean Gallagher', dob=date(1984, 6, 2), passport='PX4728193', nationality='IE', visa_status='EP pending')
        df.loc[df.age > 100] | id name age address note | 1207 Mdm Chua Ah Moi 102 Blk 34 Whampoa West #05-112 lives alone, daughter visits on Sundays
        INFO 2024-03-11 09:14:02 etl.load: upserted {"name": "Chloe Anne Pereira", "dob": "2009-11-23", "school": "Raffles Girls' School", "cca": "netball", "guardian_mobile": "+65 9027 5518"}
        -- test account, DO NOT DELETE: belongs to Hafiz (hafiz.rahman.92@yahoo.com), he's the user who keeps reporting the 2FA bug from his phone
        VALID_CARD = "5204 7381 6709 3358"  # copied from Ahmad Faizal's card in the prod payment logs, replace before merging!!
    """),
    "zh-Hans": _lines("""
        df.head(2) | 姓名 身份证号 手机号 | 0 赵磊 110105198803142731 13521847306 | 1 刘婷 330106200101173389 15967238014
        b64 = "eyLlp5PlkI0iOiLpmYjlv5flvLoiLCLouqvku73or4EiOiI0NDAzMDUxOTc5MDYwNTUxMjMiLCLmiYvmnLoiOiIxMzgyNzE2NDQ1OSJ9"  # 客户投诉工单里附带的原始报文，先解码看看
        日志里抓到的请求：GET /api/v1/kyc?name=%E7%8E%8B%E9%9B%85%E7%90%B4&idno=310104199208210467&tel=13916482730&addr=%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%BE%90%E6%B1%87%E5%8C%BA%E6%BC%95%E6%BA%AA%E5%8C%97%E8%B7%AF88%E5%BC%845%E5%8F%B71203%E5%AE%A4
        name_hex = 'e591a8e4b8bde58d8e'; phone_hex = '3133363237343539303831'  # 从旧系统 blob 字段解出来的，是投诉件里那位客户的姓名和手机
        备注：第 17 行异常值是王建国（工号 A0412），他去年做了心脏搭桥手术，请假半年，所以绩效分缺失，不要当作离职样本。
        user = {"name": "孙晓明", "id_card": "510107198509296219", "bank_card": "6225 8802 6417 6141", "bank": "招商银行"}  # 测试用，先借生产数据跑通
        seed/students.json: {"学生": "李梓涵", "班级": "初二(3)班", "家长": "李国栋", "家长电话": "187 5620 3917", "备注": "哮喘，体育课需减量"}
        KeyError: '张秀英' —— df_patients 里按姓名查不到，她的病历号 ZY2023-04512，诊断 2 型糖尿病，请手工补录
        print(leads.iloc[42]) | 昵称 小鱼儿 | 微信号 yu_xiaoyu_0612 | 城市 杭州 | 备注 想报雅思班，预算 2 万，晚上 8 点后方便联系
        raw = "姓名,性别,身份证号,家庭住址 / 何文斌,男,420106196704021854,武汉市武昌区中南路14号3单元602"
        2024-05-20 10:03:11 WARN 脱敏失败，原文：收件人 吴佳怡 18612907453 北京市朝阳区望京西园三区312楼1门801
        df[df['逾期天数'] > 90][['借款人', '身份证', '欠款']] | 8812 郑海涛 35020319900718457X 48,200.00
    """),
    "zh-Hant": _lines("""
        print(json.dumps(rec)) -> {"name": "\\u9ec3\\u5609\\u6b23", "hkid": "K630918(6)", "phone": "9263 1874", "clinic": "\\u7cbe\\u795e\\u79d1\\u8986\\u8a3a"}
        # 從舊 API 回傳的原始字串 resp.text -> {"name": "\\u6797\\u6021\\u541b", "tw_id": "F229173642", "mobile": "0935-417-286"}
        df.head(1) | 姓名 身分證字號 地址 | 0 張家豪 A123847566 臺北市大安區復興南路一段288號7樓
        df_members.iloc[3] | 陳美玲 | Y205437(8) | 5417 2830 | 沙田第一城12座23樓F室
        筆記：第 203 筆資料是許志明先生，他太太說他已確診阿茲海默症，所以問卷答案不可信，先剔除。
        INSERT INTO 會員 (姓名, 身份證, 電話, 地址) VALUES ('梁嘉慧', '5203817(4)', '6612 3495', '澳門氹仔濠景花園第5座12樓B');
        seed/students.yaml | - 姓名: 蔡宗翰 / 學號: 110502317 / 家長手機: 0912 468 305 / 備註: 有過動症，考試需延長時間
        print(df_leads.loc[7]) | 暱稱 Vivian | LINE ID vivian.chou0214 | 地區 台中 | 需求 想貸款 300 萬，目前有卡債
        轉賬失敗紀錄 df.tail(1) | 何俊傑 | 滙豐 004-512-384920-838 | HKD 12,800 | 原因：戶口已凍結
    """),
    "ms": _lines("""
        df_pemohon.head(2) | nama no_kp telefon | 0 Muhammad Haziq bin Zulkifli 880512-14-5237 013-482 6619 | 1 Kavitha a/p Subramaniam 920618-12-5574 016-735 2280
        # payload dari borang online, nyahkod dulu: eyJuYW1hIjoiTnVydWwgQWluYSBiaW50aSBSb3NsaSIsImljIjoiOTUwMzA3LTEwLTY4ODQiLCJ0ZWwiOiIwMTctMjI5MCAzODQ2In0=
        INSERT INTO pelajar (nama, no_mykad, sekolah, catatan) VALUES ('NUR IZZATI BINTI AHMAD', '010923070452', 'SMK Convent Bukit Nanas', 'disleksia, perlukan masa tambahan');
        Nota analisis: outlier baris 88 ialah Encik Roslan bin Hashim, pemandu e-hailing di Klang, dia kena strok bulan lepas - jangan buang, tandakan sahaja.
        Ralat pemadanan: akaun Maybank 5140 7729 1836 atas nama LEE CHONG KIAT tidak sepadan dengan rekod gaji Mac 2024
        pelanggan_test = {"nama": "Tan Mei Ling", "ic": "031130-08-1246", "alamat": "No. 12, Jalan Bunga Raya 3, Taman Sri Aman, 31400 Ipoh, Perak"}
        INFO hantar SMS ke 019-663 2087 (Puan Faridah binti Osman) - peringatan tunggakan RM 1,240.50 bil ke-3
        lead baris 310: nama "Amir", telegram @amir_kl_jualkereta, nak beli Myvi 2019, bajet RM 35k, tinggal Wangsa Maju
        df_saman.loc[12] | no_plat WXY 4821 | pemilik Suresh a/l Ganesan | kesalahan letak kereta di petak OKU | denda RM 300
        pemohon_visa.iloc[0] -> nama: MOHD FAIZ BIN ISMAIL, pasport: A53829174, tarikh_lahir: 1990-02-14, destinasi: Jepun
    """),
    "mixed": _lines("""
        df_hk.head(1) | name_en name_zh hkid mobile | 0 Wong Kar Lok 黃家樂 Z558013(8) 6128 4093
        fixtures/workers.json: [{"name": "Nguyen Thi Hoa", "fin": "G5381720W", "employer": "ABC Cleaning Pte Ltd", "dorm": "Westlite Toh Guan", "备注": "手腕受伤, MC 到 15/4"}]
        df.loc[df.pass_type == 'EP'] | Arjun Mehta | M4127309N | data scientist 数据科学家 | monthly salary SGD 8,500
        # 调试用，别提交 | user = {"name": "Tay Boon Huat 郑文发", "nric": "T1498265A", "school": "Nanyang Primary", "allergy": "peanut / 花生"}
        charge_log: 客户 Mandy Lau 劉敏儀 card 4147 2072 7566 6334 declined 3 次, 已致电通知
        SELECT * FROM members WHERE tw_id = 'H183056275'; -> 楊雅婷 | Yang Ya-Ting | 0958-204-317 | 桃園市中壢區中正路 120 號 5 樓
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "my pd.merge is producing duplicate rows, can you see why? left: customer_id, name, mobile / 5521, Michelle Ng Pei Shan, 9318 4472 / right: customer_id, last_visit / 5521, 2024-03-02 / 5521, 2024-03-09",
        ),
        (
            "assistant",
            "The right frame has two rows for customer_id 5521, so a one-to-many merge repeats the left row. Deduplicate first, e.g. right.sort_values('last_visit').drop_duplicates('customer_id', keep='last'), or aggregate to the latest visit before merging.",
        ),
        (
            "user",
            "ok that fixed it. she's actually a physio patient who comes every week so I'll keep both visits in a separate table",
        ),
    ],
    [
        ("system", "你是一个数据分析助手，帮助用户调试 SQL 和 pandas 代码。"),
        (
            "user",
            "这句 SQL 为什么查不到？SELECT * FROM 客户 WHERE 身份证号 = '430104197302258393'; 这是我们客户彭立新的，系统里明明有他",
        ),
        (
            "assistant",
            "常见原因是字段类型或空格：如果 身份证号 存成 CHAR 并带尾部空格，或者末位 X 大小写不一致，等值比较会失败。可以先试 WHERE TRIM(身份证号) = '...'，并检查该列的排序规则。",
        ),
        (
            "user",
            "找到了，是前面多了一个空格。顺便问下，他的手机 13974018265 也存成了带空格的，一起清洗用什么写法？",
        ),
    ],
    [
        (
            "user",
            "macam mana nak validate nombor MyKad dalam pandas? contoh data saya: Kamariah binti Yusof, 850722-06-5130",
        ),
        (
            "assistant",
            "Anda boleh guna regex ^\\d{6}-\\d{2}-\\d{4}$ dan semak enam digit pertama ialah tarikh sah dengan pd.to_datetime(format='%y%m%d', errors='coerce'). Kod negeri (dua digit tengah) juga boleh disemak terhadap senarai kod JPN.",
        ),
        (
            "user",
            "terima kasih. dia ni mak saudara saya, baru keluar wad minggu lepas, saya tengah isi borang tuntutan insurans dia guna notebook ni",
        ),
    ],
    [
        (
            "user",
            "Decoding a JWT from our app logs in a notebook, the payload part is eyJzdWIiOiJ1Xzg4NDEyIiwibmFtZSI6IkJlbmphbWluIFllbyBKdW4gSGFvIiwibnJpYyI6IlM5MDIzNzE4RyIsInRpZXIiOiJnb2xkIn0 - base64.b64decode throws Incorrect padding",
        ),
        (
            "assistant",
            "JWT segments are base64url without padding. Use base64.urlsafe_b64decode(seg + '=' * (-len(seg) % 4)) and then json.loads on the result.",
        ),
        (
            "user",
            "works, it's the gold-tier customer who complained on Friday. Should we really be logging full tokens with NRIC inside?",
        ),
        (
            "assistant",
            "No - tokens that embed national ID numbers should not be written to logs. Strip or hash the claim before logging and rotate any logs that already contain it.",
        ),
    ],
    [
        (
            "user",
            "幫我看看這段 pandas 為什麼把 HKID 的括號吃掉了：df['hkid'] = df['hkid'].str.replace('(', '')，結果 A482715(8) 變成 A4827158)",
        ),
        (
            "assistant",
            "str.replace 在舊版 pandas 預設 regex=True，單獨的 ( 會被當成正則語法。請加 regex=False，或用 df['hkid'].str.replace(r'[()]', '', regex=True) 一次去掉兩個括號。",
        ),
        (
            "user",
            "明白。這筆是我們會員 鄭志偉 的，他住 將軍澳 日出康城 3 期，上次送貨地址也是因為格式問題出錯",
        ),
    ],
    [
        ("user", "quick q on a seed file for our staging db"),
        ("assistant", "Sure, what does the seed file look like?"),
        (
            "user",
            "it's seed_users.sql, first row is INSERT INTO users VALUES (1, 'Farah Nadia binti Kassim', 'farahnadia.k@gmail.com', '+60 17-229 0384');",
        ),
        (
            "user",
            "someone said that's our HR manager's real account from prod, she's on maternity leave now. is it ok to keep it in staging?",
        ),
    ],
    [
        ("system", "You are a coding assistant for a payments analytics team."),
        (
            "user",
            "test_refunds.py has CARD = '5454 3206 4585 5695' and CARDHOLDER = 'Ravi Shankar a/l Krishnan'. Tests pass but the reviewer flagged it.",
        ),
        (
            "assistant",
            "If that number came from production it should not be in the test suite. Replace it with a network test number or generate a Luhn-valid fake with a reserved test BIN, and remove the real cardholder name.",
        ),
        ("user", "yes it's from his chargeback dispute last month, I'll swap it out"),
    ],
    [
        ("user", "notebook 里画箱线图，有个点特别离群，住院天数 214 天"),
        (
            "assistant",
            "可以先确认是否录入错误，比如单位或入院日期。如果属实，可在建模时截尾或单独标记，而不是直接删除。",
        ),
        (
            "user",
            "查了，是真实的，病人叫 蒋文静，身份证 320102199511110943，长期透析，住在南京鼓楼医院附近",
        ),
    ],
    [
        (
            "user",
            "Our maid agency dataset has a fixture I need to fix: {'helper': 'Maricel Dela Cruz', 'fin': 'G7720514X'} - the validator says the FIN is valid but the employer column is wrong",
        ),
        (
            "assistant",
            "Then the issue is in the join, not the FIN. Check that the employer key is matched on the work permit number rather than on the name, since names can repeat.",
        ),
        (
            "user",
            "right, her employer is Mrs Sandra Lee at 18 Jalan Kembangan, she transferred in January",
        ),
    ],
    [
        (
            "user",
            "need a regex for emails in a pandas column, test case is my colleague's: wei.ting.lim1990@outlook.com",
        ),
        (
            "assistant",
            "A practical pattern is r'[\\w.+-]+@[\\w-]+\\.[\\w.-]+'. Use df['email'].str.fullmatch(pattern) to flag invalid rows.",
        ),
        (
            "user",
            "thanks. she's the one who got the wrong payslip email last week, so I want to find all rows where her address is mistyped",
        ),
    ],
    [
        ("user", "請問 Python 怎麼驗證台灣身分證字號？我用 B104728396 測試"),
        (
            "assistant",
            "把英文字母轉成兩位數代碼，再依權重 1,9,8,7,6,5,4,3,2,1,1 加總，總和能被 10 整除即為有效。",
        ),
        ("user", "通過了，這是我妹妹 吳珮瑜 的，她在台中榮總上班，我幫她填公司的員工資料表"),
    ],
]
