# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade78: personal data in database migration and ETL artefacts (dbt models, Airflow logs, schema migrations, CDC/Debezium events, data-quality reports). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade78
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "schema_migration"): _lines("""
        -- V2026.11.14.1__add_consent_columns.sql | ALTER TABLE crm.customer ADD COLUMN marketing_consent boolean NOT NULL DEFAULT false, ADD COLUMN consent_updated_at timestamptz;
        alembic upgrade 7c3e91a4b2d0 -> 1f8a0d55e6c3 (head): split customer.full_name into given_name/family_name; downgrade concatenates them with a single space
        ALTER TABLE kyc.identity_document ALTER COLUMN doc_number TYPE bytea USING pgp_sym_encrypt(doc_number, current_setting('app.kyc_key')); -- MIG-2291, run in maintenance window 02:00-04:00 SGT
        liquibase changeSet id="20261102-03" author="data-platform": createIndex indexName="ix_orders_placed_at" tableName="orders" column="placed_at" | checksum 8:4f2a9c61e0b7d3358c1a2e90f6d4b7a1
        -- Rollback plan for PR #4127: DROP COLUMN IF EXISTS nric_last4 is safe, no downstream dbt model reads it after release 3.18
        == 20261120093112 AddPhoneVerifiedAtToUsers: migrating ====== / -- add_column(:users, :phone_verified_at, :datetime) / -> 0.0041s / == 20261120093112 AddPhoneVerifiedAtToUsers: migrated (0.0043s) ====
        CREATE TABLE staging.stg_my_address (address_id bigint PRIMARY KEY, line1 text, line2 text, postcode char(5) CHECK (postcode ~ '^[0-9]{5}$'), state_code smallint REFERENCES ref.my_state(code));
        UPDATE ref.branch SET hotline = '1300-88-6688' WHERE branch_code = 'KUL-HQ'; -- corporate customer hotline changed per Ops memo 2026/11, branch line only
        Migration 0042_backfill_country_code: rows scanned 1,284,005; rows updated 311,920; rows skipped (already E.164) 972,085; duration 6m14s
        ALTER TABLE hr.employee RENAME COLUMN ic_no TO national_id; COMMENT ON COLUMN hr.employee.national_id IS 'MyKad/NRIC/passport, encrypted at rest, classification=RESTRICTED';
        INSERT INTO ref.country_dialing_code (iso2, dial_code, trunk_prefix) VALUES ('MY','+60','0'), ('SG','+65',NULL), ('HK','+852',NULL), ('TW','+886','0'), ('CN','+86','0');
        sqitch deploy db:pg://warehouse-prod | + 2026-11-28_customer_pii_view .. ok | + 2026-11-29_drop_legacy_fax .. ok | Deploy complete
        -- WARNING: migration 0057 locks payments.card_token for ~40s; the column holds PSP tokens such as tok_1Qx9LmZ2aB (never a PAN), so PCI scope does not change
        INSERT INTO ref.prime_minister_my (seq, name, term_start, term_end) VALUES (1,'Tunku Abdul Rahman',1957,1970), (2,'Abdul Razak Hussein',1970,1976), (3,'Hussein Onn',1976,1981);
        ALTER TABLE audit.raw_event ALTER COLUMN payload SET DEFAULT '\\x7b7d'::bytea; -- empty JSON object {} as hex, replaces NULL payloads from the 2019 importer
    """),
    ("en", "airflow_log"): _lines("""
        [2026-11-30, 02:15:07 UTC] {taskinstance.py:1138} INFO - Dependencies all met for dag_id=crm_nightly, task_id=extract_customers, run_id=scheduled__2026-11-29T02:00:00+00:00, map_index=-1
        [2026-11-30, 02:17:44 UTC] {sql.py:418} INFO - Running statement: COPY (SELECT customer_id, created_at, segment FROM crm.customer WHERE updated_at >= '2026-11-29') TO STDOUT WITH CSV HEADER, parameters: None
        [2026-11-30, 02:21:09 UTC] {s3.py:1104} INFO - Uploaded 48 parts to s3://dl-raw-apac/crm/customer/dt=2026-11-29/part-00000-5b1e.snappy.parquet (1.93 GiB)
        [2026-11-30, 02:21:10 UTC] {taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=crm_nightly, task_id=load_customers, execution_date=20261129T020000, start_date=20261130T021708, end_date=20261130T022110
        [2026-12-01, 03:04:52 UTC] {taskinstance.py:1937} ERROR - Task failed with exception | psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "pk_order_line" | DETAIL: Key (order_id, line_no)=(SO-2026-0481937, 3) already exists.
        [2026-12-01, 03:05:00 UTC] {email.py:289} INFO - Sent an alert email to ['data-oncall@acme-retail.example']
        [2026-12-02, 01:00:03 UTC] {base.py:97} INFO - Poking for file gs://partner-drop/maybank/settlement_20261201.csv.pgp ... not found, rescheduling in 300s (attempt 4/24)
        [2026-12-02, 01:44:18 UTC] {python.py:201} INFO - Done. Returned value was: {'rows_in': 552310, 'rows_out': 552298, 'rejected': 12, 'reject_path': 's3://dl-quarantine/kyc/2026-12-01/'}
        [2026-12-02, 01:44:19 UTC] {logging_mixin.py:188} WARNING - 12 rows rejected by schema check: 9 x invalid postcode length, 3 x birth_date in the future; values redacted per logging policy LP-07
        [2026-12-03, 05:12:41 UTC] {http.py:145} INFO - Calling HTTP method GET https://api.partner.example/v2/accounts?updated_since=2026-12-02T00%3A00%3A00Z&page=17&page_size=500
        [2026-12-03, 05:12:43 UTC] {http.py:163} ERROR - HTTP 429 Too Many Requests, Retry-After: 60, x-request-id: 7f0c2e3a-41b9-4d52-9a77-0e6b8c1d5f20
        AIRFLOW_CTX_DAG_OWNER=data-eng AIRFLOW_CTX_DAG_ID=pii_tokenize_v2 AIRFLOW_CTX_TASK_ID=tokenize_phone AIRFLOW_CTX_EXECUTION_DATE=2026-12-04T00:00:00+00:00 AIRFLOW_CTX_TRY_NUMBER=2
        [2026-12-04, 06:00:12 UTC] {base.py:73} INFO - Using connection ID 'mssql_legacy_hr' for task execution.
    """),
    ("zh-Hans", "cdc_event"): _lines("""
        {"op":"u","source":{"connector":"mysql","db":"erp","table":"sku_stock","file":"mysql-bin.000482","pos":193847221},"before":{"sku":"TSHIRT-BLK-XL","qty":118},"after":{"sku":"TSHIRT-BLK-XL","qty":116},"ts_ms":1796256012345}
        Debezium 连接器 inventory-connector 快照完成：共 37 张表、4,812,090 行，耗时 18 分 42 秒，binlog 位点 mysql-bin.000517:4
        {"op":"c","source":{"db":"wms","table":"warehouse"},"after":{"id":12,"name":"上海嘉定二号仓","address":"上海市嘉定区叶城路1288号","tel":"021-5955 0000","manager_role":"仓库主管"}}
        {"op":"d","source":{"table":"coupon_template"},"before":{"template_id":"CP20261111-88","title":"双十一满300减50","valid_to":"2026-11-12"},"after":null}
        tombstone 事件：key={"order_no":"E20261203094512887"}，value=null，用于 log compaction，下游 ods_order 按 order_no 删除
        {"schema":{"type":"struct","name":"erp.crm.member.Value","fields":[{"field":"member_id","type":"int64"},{"field":"mobile","type":"string","optional":true},{"field":"id_card_no","type":"bytes","optional":true}]},"payload":null}
        heartbeat：{"ts_ms":1796256000000,"source":{"server_id":223344,"gtid":"3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5920"}}
        Oracle LogMiner 增量抽取延迟告警：SCN 8823145590 → 8823149012，lag 412 秒，阈值 300 秒，已通知值班群
        {"op":"r","source":{"table":"region"},"after":{"code":"440305","name":"南山区","parent":"440300","level":3}}
        Canal 解析 binlog：table=pay.refund_order，type=UPDATE，refund_no=RF2026120300018823，status: PROCESSING → SUCCESS，amount=199.00
        {"op":"c","after":{"merchant_id":"M10086","merchant_name":"上海临港茶饮供应链有限公司","uscc":"91310115MA1K4B7Q28","service_hotline":"400-820-3366"}}
        {"op":"u","after":{"sku":"MX-2291","price":"AeJA"}} —— price 是 decimal.handling.mode=precise 下的 base64 字节，scale=2，解码后为 1234.56
        维表 dim_author 新增两位作者：鲁迅（1881-1936，《呐喊》）、老舍（1899-1966，《骆驼祥子》），供图书推荐模型使用
        {"op":"c","after":{"store_id":"SZ-NS-018","store_name":"\\u5357\\u5c71\\u79d1\\u6280\\u56ed\\u5e97","open_date":"2019-05-01"}} —— JSON 序列化时 ensure_ascii=True，中文被转成 \\u 转义
    """),
    ("zh-Hant", "dbt_model"): _lines("""
        -- models/staging/stg_會員.sql：{{ config(materialized='view') }} select 會員編號, 註冊日期, 會員等級 from {{ source('pos', 'member') }} where 刪除旗標 = 'N'
        dbt test 結果：PASS not_null_stg_member_member_id、PASS unique_stg_member_member_id、WARN accepted_values_stg_member_tier（3 筆「鑽石」被寫成「鑚石」）
        {% macro mask_tw_id(col) %} concat(left({{ col }}, 1), '*******', right({{ col }}, 2)) {% endmacro %} -- 身分證字號遮罩，僅保留首字與末兩碼
        schema.yml：columns: - name: mobile | description: "會員手機，經 sha256 雜湊，原值格式 ^09\\d{8}$" | meta: {pii: true, owner: "資料治理組"}
        dbt run 完成：PASS=84 WARN=2 ERROR=0 SKIP=0 TOTAL=86，耗時 412.77 秒，target=prod_tw，invocation_id=1a7d93f0-6c2b-4e1e-b9a8-3d22f7c05e41
        models/marts/fct_訂單.sql 以 訂單編號 為 unique_key 做 incremental merge，分區欄位 下單日（date），每日約 23 萬筆
        seeds/身分證縣市代碼.csv：A,臺北市,10 | B,臺中市,11 | E,高雄市,14 | F,新北市,15 | H,桃園市,17
        snapshot snp_門市 以 check 策略追蹤 門市名稱、門市地址、門市電話 三欄，例如「信義旗艦店，台北市信義區松高路11號，02-2722-0000」
        香港分公司 dbt 專案 hk_dw：source freshness 設定 warn_after 12 小時、error_after 24 小時，loaded_at_field = _etl_loaded_at
        測試資料以《紅樓夢》人物命名：賈寶玉、林黛玉、薛寶釵，手機欄一律填 0900-000-000，請勿當成真實會員
        analysis/會員年齡分布.sql：依出生年分組，20-29 歲佔 31.4%、30-39 歲佔 27.9%，樣本 1,204,551 位有效會員（已去識別化）
        遷移紀錄：Oracle 11g 客戶主檔 CUST_MST 轉入 PostgreSQL，CUST_ID、OPEN_DT、BRANCH_CD 對應完成，身分證欄位改由 token 欄 id_token 取代
        accepted_values 失敗樣例（原始 JSON）："tier":"\\u947d\\u77f3\\u6703\\u54e1" 與 "tier":"鑽石會員" 被判為兩個值，需先在 staging 層解碼 \\u 轉義
    """),
    ("ms", "dq_report"): _lines("""
        Laporan kualiti data 2026-12-01: jadual crm.pelanggan, 1,044,210 baris, 0.37% no_telefon kosong, 0.02% no_kp gagal semakan format, status AMARAN
        Great Expectations: expect_column_values_to_match_regex(column="no_kp", regex="^\\d{6}-\\d{2}-\\d{4}$") berjaya 99.98%, 211 nilai tidak sepadan (nilai disembunyikan)
        Soda scan stg_alamat: row_count > 0 LULUS; missing_percent(poskod) < 1% LULUS; invalid_count(kod_negeri) = 0 GAGAL (4 baris dengan kod_negeri = 17)
        Semakan pendua: 1,382 rekod pelanggan berkongsi e-mel yang sama selepas penggabungan sistem lama; senarai penuh dalam tiket DQ-3391 (akses terhad)
        Ringkasan SLA: 14 daripada 15 DAG siap sebelum 06:00 MYT; DAG bank_recon lewat 27 minit kerana fail penyelesaian Maybank tiba pada 05:41
        Peraturan DQ-011: 6 digit pertama no_kp mesti sepadan dengan lajur tarikh_lahir; kadar padanan 99.6% bagi kumpulan umur 18-65
        Rujukan kod_negeri JPN: 01 Johor, 02 Kedah, 03 Kelantan, 04 Melaka, 05 Negeri Sembilan, 06 Pahang, 07 Pulau Pinang, 08 Perak, 09 Perlis, 10 Selangor, 11 Terengganu, 12 Sabah, 13 Sarawak, 14 WP Kuala Lumpur
        Anomali volum: jadual transaksi_kad turun 41% berbanding purata 7 hari (312,884 vs 530,112); punca cuti Hari Malaysia, bukan kehilangan data
        Data sintetik untuk ujian: nama "PELANGGAN UJIAN 001", no_kp 000000-00-0000, telefon 012-000 0000 — jangan guna dalam pengeluaran
        dbt test gagal: relationships_fct_pinjaman_cawangan_id__dim_cawangan — 3 cawangan_id (KL023, PG011, JB040) tiada dalam dim_cawangan
        Semakan poskod: 47300 (Petaling Jaya), 50450 (Kuala Lumpur), 81300 (Skudai) paling kerap muncul; alamat penuh tidak dipaparkan dalam laporan
        Nota pasukan: lajur nama_penuh kini disimpan sebagai token Vault (format vault:v1:...), laporan DQ hanya memaparkan kiraan dan peratus
    """),
    ("ms", "etl_log"): _lines("""
        [2026-12-04 01:02:11 MYT] INFO Memulakan kerja Spark job_pelanggan_harian, executor=12, memori=8g, sumber=jdbc:oracle:thin:@//db-core:1521/CBS
        [2026-12-04 01:19:40 MYT] AMARAN 37 baris ditolak: format no_telefon tidak sah (nilai contoh disembunyikan), fail tolakan ditulis ke /quarantine/2026-12-04/
        [2026-12-04 01:20:02 MYT] RALAT ORA-01400: cannot insert NULL into ("CBS"."AKAUN"."KOD_CAWANGAN") — batch 144/310 diulang dengan nilai lalai 'HQ'
        [2026-12-04 01:20:03 MYT] DEBUG mesej ralat dalam hex: 626174636820313434207265747269656420776974682064656661756c74206272616e6368204851
        Log migrasi: jadual lama TBL_AHLI (SQL Server 2012) dipindahkan ke PostgreSQL 16 sebagai ahli.profil; 2,104,559 baris, checksum md5 sepadan
        Airbyte sync #88213 selesai: 14 stream, 3,402,117 rekod, 2.8 GB, tempoh 41m 07s, destinasi BigQuery dataset raw_my
        sqoop import --table TRANSAKSI --split-by ID_TRANSAKSI --num-mappers 8 --target-dir /raw/cbs/transaksi/2026-12-03 | Retrieved 918223 records.
        Kafka Connect sink jdbc-ahli: task 2 FAILED, org.apache.kafka.connect.errors.DataException: Struct schema's field name not specified properly — dimulakan semula secara automatik
        Pemberitahuan: penyelenggaraan pangkalan data teras pada Sabtu 12/12/2026 jam 00:00-04:00; semua DAG ETL dijeda, sebarang isu hubungi Meja Bantuan IT 03-2299 8000
        dbt seed ref_cawangan: 212 baris dimuatkan (kod, nama dan alamat cawangan, contohnya "Menara KL Sentral, Jalan Stesen Sentral 5, 50470 Kuala Lumpur")
        Ujian unit lulus: test_mykad_format menerima kod negeri 01-16 dan menolak 17-20; tarikh 310229 ditolak kerana 1931 bukan tahun lompat
        Pengesahan kiraan baris selepas migrasi: sumber 5,220,417 / sasaran 5,220,417 / beza 0; jadual pinjaman_peribadi disahkan lengkap
        Debezium SQL Server: CDC diaktifkan pada dbo.Akaun dan dbo.Transaksi, snapshot.mode=initial, 12.4 juta peristiwa pada snapshot pertama
        Konfigurasi cawangan dihantar sebagai base64 dalam header Kafka: x-branch-config=a29kX2Nhd2FuZ2FuPUtMMDIzO3N0YXR1cz1BS1RJRjt6b249VGVuZ2Fo
    """),
    ("mixed", "etl_ticket"): _lines("""
        [DATA-4821] Debezium connector crm-pg 一直 restart，error: "replication slot 'debezium_crm' is active for PID 28811" — 已 drop slot 再重建，resolved
        JIRA DE-1177: migrate 会员表 from MySQL 5.7 to TiDB 7.5, cutover window Sat 2026-12-12 01:00-05:00 SGT, rollback via dual-write flag
        PR #5520 review: tolong jangan log raw payload dalam on_failure_callback, guna mask_pii() dulu — 否则 Sentry 会收到完整 row
        Incident INC-20261203-07: dbt model fct_settlement 重复计算 2,318 笔 refund，impact RM 184,220.50，fix in commit 9c41e7b，backfill done
        Runbook 更新：Airbyte sync 出现 "Schema evolution detected" 时先 pause connection，再 page data-platform oncall（Slack #dp-oncall），jangan manual ALTER TABLE
        Ticket CS-88412 → DATA: customer dashboard 显示 NaN for avg_basket，root cause 是 orders=0 时除以零，已在 int_customer_metrics 加 nullif
        Change request CR-2026-1193: rotate Kafka SASL credentials for cdc-prod 集群，影响 7 个 connector，downtime 预计 < 5 min
        Sprint notes: 1) HKID 遮罩 macro 完成 2) ms-MY locale 日期格式 dd/mm/yyyy 3) MyKad 校验只查格式 4) TW 身分證 checksum unit test 补齐
        Q: 为什么 stg_orders 的 phone 栏位全部变成 NULL? A: source 从 11/28 开始把 phone 移到 customer_contact table，we need a join now
        Bug DE-1203: timezone issue — Airflow 用 UTC, source MySQL 用 Asia/Kuala_Lumpur, 导致 daily partition 少了 8 小时数据
        Post-mortem: 2026-11-19 Fivetran 把 ap-southeast-1 的 parquet 写进 us-east-1 bucket，已删除并确认 0 records containing PII，DPO sign-off pending
        Data contract v3 for topic cdc.loyalty.points: key=member_id (string), points_delta int, reason enum(EARN, REDEEM, EXPIRE), owner=Loyalty squad, SLA p99 < 2s
        埋点 ETL 解析 search 事件失败: "GET /api/search?q=%E4%BC%9A%E5%91%98%E7%AD%89%E7%BA%A7&page=2 HTTP/1.1" 400 — q 参数是 URL 编码的「会员等级」，decode 后 OK
    """),
    ("zh-Hans", "data_quality"): _lines("""
        数据质量日报（2026-12-02）：ods_member 行数 8,341,207，手机号为空率 1.8%，身份证号格式不合规 0.04%，与昨日持平
        规则 DQ-CN-07：身份证号第 7-14 位须为合法日期，第 18 位按 ISO 7064 MOD 11-2 校验，失败记录写入 dq_reject，报表不展示明文
        异常波动：dwd_trade_order 昨日 GMV 较 7 日均值上涨 212%，经核实为双十二预热活动，非数据问题，告警已关闭
        Griffin 准确性校验：源 MySQL 与目标 Hive 对账差异 0 条；完整性校验：member.mobile 空值 15,220 条（均为 2015 年前注册的老会员）
        字段画像：gender 取值 {M: 48.7%, F: 50.9%, U: 0.4%}；birth_year 分布 1950-2008；province 前三为 广东、浙江、江苏
        DataX 作业 job_crm_member_full 统计：读出 8,341,207 条，写入 8,341,207 条，脏数据 0 条，平均速度 41.2MB/s
        数据脱敏规范：手机号保留前三后四（如 138****0000），身份证保留前六后四，姓名仅保留姓氏加 *；测试环境禁止导入生产明文
        血缘分析：ads_user_profile ← dws_user_tag ← dwd_user_behavior ← ods_app_log，修改 dwd 层 user_id 类型需通知 3 个下游团队
        唯一性检查失败：dim_store.store_code 出现重复 'SZ-NS-018'（南山科技园店 与 南山海岸城店），已提工单 DQ-2211 给门店运营
        数据质量周会纪要：本周 P1 问题 2 个（订单金额精度丢失、退款状态回滚），P2 问题 5 个，均已指定负责人，下周三前关闭
        及时性监控：ods_payment 最晚到达 04:52，SLA 05:30，达标；ods_logistics 06:14 到达，超时 44 分钟，原因是上游快递接口限流
        单元测试：输入国家标准示例号码 11010519491231002X 应通过校验，改动末位为 110105194912310021 后应被拒绝
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        [2026-11-30, 03:41:27 UTC] {taskinstance.py:1937} ERROR - psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "uq_customer_email" | DETAIL: Key (email)=(tanweiming88@gmail.com) already exists. | [SQL: INSERT INTO crm.customer (full_name, email, mobile) VALUES ('Tan Wei Ming', 'tanweiming88@gmail.com', '+65 9127 4486')]
        {"op":"u","source":{"connector":"postgresql","db":"clinic","table":"patient","lsn":24023128},"before":{"patient_id":55812,"name":"Rajesh s/o Govindasamy","nric":"S7746502B","allergy":null},"after":{"patient_id":55812,"name":"Rajesh s/o Govindasamy","nric":"S7746502B","allergy":"penicillin"},"ts_ms":1796259841220}
        "expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "nric", "regex": "^[STFGM]\\d{7}[A-Z]$"}, "result": {"unexpected_count": 2, "partial_unexpected_list": ["t0219463a", "T0219463 A"], "partial_unexpected_index_list": [{"member_id": 700213, "full_name": "GOH JUN HAO"}, {"member_id": 700981, "full_name": "GOH JUN HAO"}]}
        COPY hr.employee (emp_id, full_name, fin, base_salary_sgd, dept) FROM stdin; | 10442\\tDaniel Whitfield\\tF2318874X\\t14250.00\\tRisk Analytics | \\.
        {"op":"c","source":{"connector":"mysql","table":"kyc_document"},"after":{"doc_id":90017,"doc_type":"MYKAD","doc_blob":"TlVSVUwgQUlTWUFIIEJJTlRJIEtBTUFSVURJTnw5NTA3MjgtMTQtNjMyMnxOby4gMjMsIEphbGFuIFNTIDIvNTUsIDQ3MzAwIFBldGFsaW5nIEpheWEsIFNlbGFuZ29y"},"ts_ms":1796262215004}
        Soda scan FAILED invalid_count(mobile) = 0 on dim_member, failed rows sample: row 1 -> name=Kavitha a/p Subramaniam, mobile=+6o12-738 4492, email=kavitha.subra@gmail.com, tier=GOLD; row 2 -> name=<null>, mobile=12345, email=test@test.com
        -- V2026.10.07.2__fix_wrong_dob.sql (ticket CS-77120, customer says her birthday shows wrong in the app) | UPDATE crm.customer SET date_of_birth = '1990-04-12' WHERE email = 'nadia.hani.ismail@yahoo.com';
        seeds/manual_bonus_adjustments.csv: emp_no,name,bonus_myr,reason | E1043,Muhammad Hafiz bin Rosli,4500.00,retention - counter offer from Grab | E1187,Lee Mei Ling,0.00,on PIP until Q1
        [2026-12-03, 05:13:02 UTC] {http.py:145} INFO - Calling HTTP method POST https://api.screening.example/v1/pep-check?full_name=Jeremy%20De%20Souza&nric=S8402936Z&dob=1984-09-02&nationality=SG
        26/12/02 01:44:17 WARN FailureSafeParser: Malformed record: {"student":"Chloe Pereira","nric":"T1538206B","school":"Tao Nan School","class":"P5 Integrity","guardian_mobile":"9684 0715","ecg_note":"heart murmur, no PE"
        ### UPDATE `loan`.`application` | ### WHERE | ###   @1=88123 | ###   @2='Marcus Fernandez' | ###   @3='910817-12-5449' | ###   @4='REJECTED' | ### SET | ###   @4='APPROVED' | # at 193900412
        XCom return_value (dag_id=raya_lucky_draw, task_id=pick_winners): [{"member_id": 30218, "name": "Siti Khadijah binti Ahmad Fauzi", "prize": "Samsung Galaxy S26", "deliver_to": "Lot 1427, Kampung Pulau Gajah, 16010 Kota Bharu, Kelantan"}]
        support=> SELECT body FROM support.ticket_attachment WHERE id = 7781; | body: \\x576f6e672053696577204c616e2072657120726566756e6420746f20636172642035343132373538393831313832363439206578702030382f3238 | (1 row)
        DQ alert [HIGH] stg_payments: card_number contains an unmasked PAN in 1 row (payment_id=PY-2026-118734, cardholder "Ahmad Zulkifli bin Hassan", 4532 0134 8065 6299) - row quarantined, ask Finance to reissue the card
    """),
    "zh-Hans": _lines("""
        {"op":"c","source":{"db":"crm","table":"member"},"after":{"member_id":10293381,"name":"\\u9648\\u5fd7\\u5f3a","id_card":"440305199103140278","mobile":"13812476093","level":"GOLD"},"ts_ms":1796263001874}
        Canal 解析：table=loan.apply_info，type=INSERT，columns=[name=李婷婷, id_no=110105199509081127, monthly_income=18500, marital=离异, mobile=139 1662 8475]
        DataX 脏数据：{"exception":"Data truncation: Data too long for column 'address'","record":[{"index":0,"rawData":"周梦琪","type":"STRING"},{"index":1,"rawData":"四川省成都市武侯区科华北路65号锦绣苑3栋2单元1704","type":"STRING"},{"index":2,"rawData":"15013794268","type":"STRING"}]}
        数据质量告警 DQ-CN-12（性别一致性）：ods_patient 1 条不通过，样例 孙丽华，身份证 330106198811170641，gender 字段=男，与证件第 17 位不符，就诊科室 妇产科，请 HIS 源系统修正
        Kafka DLQ 消息 headers：__connect.errors.exception.message=Converting byte[] to Kafka Connect data failed；value(base64)=eyJuYW1lIjoi5byg5rWp54S2IiwicGhvbmUiOiIxNzcxMDM4Mjk0NiIsImFkZHIiOiLmuZbljJfnnIHmrabmsYnluILmrabmmIzljLrkuK3ljZfot685OeWPtyJ9
        -- V88__vip_manual_fix.sql 老板交代：把 赵磊（手机 186-2137-4405）的会员等级改成黑金，积分补 20000 | UPDATE member SET level='BLACK_GOLD', points=points+20000 WHERE mobile='18621374405';
        [2026-12-02, 09:12:33 CST] {python.py:201} INFO - 清洗后样例行：王秀英|女|610113198504110527|西安市雁塔区小寨东路126号|18971305528|糖尿病随访
        dbt test 失败 unique_dim_customer_mobile：返回 2 行，mobile=13588120347 同时对应 customer_id 8812（吴佳怡）与 9930（吴佳怡，厦门思明店重复办卡）
        nginx 埋点日志解析失败："GET /track?evt=register&name=%E9%BB%84%E5%BB%BA%E5%9B%BD&idno=310104198706220452&tel=15960217834 HTTP/1.1" 400 0 "-" "okhttp/4.12.0"
        ods_hr_resign.csv 第 4412 行解析失败（字段数 7≠6）："E20931","刘洋","研发中心","2026-11-30","个人原因,家里老人住院","工资卡 6222025677057557563"
        会员表 contact 字段拆分：原值 "微信 guozixuan_0412 / QQ 23817746" → wechat_id=guozixuan_0412，qq=23817746，实名 郭子轩，归属门店 南京新街口店
        mysql> SELECT HEX(remark) FROM refund_apply WHERE id=5512; | e98080e6acbee4babaefbc9ae99988e6809de99ba8efbc8ce5869ce8a18ce58da12036323238343838373838393037393134333632efbc8ce58e9fe59ba0efbc9ae5ada9e5ad90e4bd8fe999a2e680a5e794a8e992b1 | 1 row in set (0.00 sec)
    """),
    "zh-Hant": _lines("""
        {"op":"u","source":{"db":"tw_crm","table":"會員"},"before":{"姓名":"林怡君","身分證字號":"A228147367","手機":"0928-417-536","地址":"台北市大安區復興南路一段237巷8號3樓"},"after":{"姓名":"林怡君","身分證字號":"A228147367","手機":"0928-417-536","地址":"新北市板橋區文化路二段182號7樓"}}
        snp_客戶 異動紀錄：客戶 陳冠宇（F130258412）dbt_valid_from 2026-11-02，婚姻狀態 未婚→已婚，年收入級距 80-120 萬→120-200 萬
        Airflow 任務 hk_claims_etl 失敗：ValueError: HKID 格式錯誤 'k4829174'（row: 何嘉欣, 保單 HKL-00931877, 住院索償 HK$38,600, 瑪麗醫院 心臟科）
        資料品質報告：客服工單表含未遮罩電話，例：「鄭浩賢先生 9431 2768，投訴速遞延誤，住址 九龍觀塘協和街101號3座1508室」，共 17 筆，已通報個資保護主任
        Debezium bytes 欄位 raw_form（base64）：55Sz6KuL5Lq6Oum7g+e+jueOsjvouqvliIborYk6QjI2NjM3MTAyODvnl4XmrbfomZ86VEMtNDQ3MTvoqLrmlrc65Lmz55mM56ys5LqM5pyf
        -- V2026_11_20__刪除離職員工.sql 依個資法請求刪除：張家豪 H124980530，LINE ID: chiahao.chang，一併刪除 hr.employee 與 hr.payroll 相關列
        {"name":"\\u5433\\u6dd1\\u82ac","tw_id":"E203719469","phone":"+886 919 402 657","note":"\\u6bcf\\u6708\\u6d17\\u814e","clinic":"高雄長庚"}
        seed_hk_staff.csv：蔡佩珊,R716043(6),6280 1945,中環分行,產假至 2027-02-28
        CDC 事件 after：{"cust_name":"LEUNG CHI WAI","hkid":"E924381 3","tel":"5147 3392","account":"012-875-1-093218-4","balance_hkd":1288453.27}
    """),
    "ms": _lines("""
        [2026-12-04 01:19:41 MYT] RALAT baris 88213 ditolak: {"nama":"Norazlina binti Yusof","no_kp":"880219065002","telefon":"0192248107","alamat":"No. 7, Jalan Teratai 3, Taman Bukit Setongkol, 25200 Kuantan"}
        Laporan DQ: 3 rekod pinjaman peribadi dengan pendapatan negatif, contoh: Saravanan a/l Muniandy (no_kp 850314-08-5521), pendapatan_bulanan -3200, tunggakan 3 bulan
        INFO - Rekod contoh selepas transformasi: Mohd Faizal bin Abdullah | 011-2638 7715 | faizal.abd82@gmail.com | pesakit Klinik Kesihatan Kajang, rawatan susulan dialisis
        seeds/senarai_penerima_bantuan.csv: bil,nama,no_kp,jumlah_rm | 1,Devi a/p Krishnan,920303-05-5310,1200 | 2,Chong Wei Jie,010607-10-1159,800
        -- V45__betulkan_alamat.sql (pelanggan telefon 017-395 0281 minta tukar) | UPDATE pelanggan SET alamat = 'No. 8, Lorong Seri Kenari 3, Taman Seri Kenari, 09000 Kulim, Kedah' WHERE no_kp = '800915025428';
        Peristiwa CDC Debezium, medan dokumen (base64): TmFtYTogRmFyYWggTmFkaGlyYWggYmludGkgWmFpbmFsOyBOby4gUGFzcG9ydDogQTUxMDI4Mzc0OyBNYWppa2FuOiBTeWFyaWthdCBMb2dpc3RpayBQYW50YWkgVGltdXIgU2RuIEJoZDsgR2FqaTogUk0gNiw4MDA=
        Log API: POST /v1/semak-kelayakan?nama=Roslan%20bin%20Ismail&nokp=770418025061&pendapatan=4200 -> 200 OK {"kategori":"B40","layak":true}
        Soda: invalid_count(emel) GAGAL — baris contoh {"nama":"Izzati binti Mohd Noor","emel":"izzati.mnoor@@yahoo.com","no_kp":"970310-10-6118","baki_akaun":"RM 23,410.55"}
        Tiket DATA-5530: pelanggan Ong Kah Seng (kp 030611131157) minta padam akaun, tapi rekod masih ada dalam snapshot snp_pelanggan dan backup S3 — tolong purge, no tel dia 013-862 4470
        COPY ahli.profil FROM stdin: 30219|Aaron Theseira|860704-04-5093|aaron.theseira@outlook.com|No. 12, Jalan D'Albuquerque, Ujong Pasir, 75050 Melaka|ahli sejak 2014
    """),
    "mixed": _lines("""
        Database Error in model int_kyc_merge (models/intermediate/int_kyc_merge.sql): invalid input syntax for type date: "1993-02-30" — offending row: name=Priya d/o Ramasamy, fin=G5607391X, employer=Changi General Hospital，请 source team 修正
        #de-oncall: guys debezium error log 直接 dump 整个 row 出来 lah: "after":{"nama":"Nurhidayah binti Salleh","ic":"930121-11-5394","hp":"016-441 2093","status_kahwin":"BERCERAI"} — siapa boleh purge dari Loki?
        迁移对账 mismatch / baris tidak sepadan: source MySQL crm.cust id=77120 (name="Lim Hui Shan", hp="+65 8336 2190", dob=1993-07-26) vs target BigQuery dim_customer (name="Lim Hui Shan", hp=NULL) — kena re-sync
        CR-2026-1201 data fix: 合并重复客户 Cheung Wai Lun 張偉倫 (HKID Y305628(5))，cust_id 88213 & 90155 keep 88213，mobile 更新为 9876 2051
        prod CDC sample (不是测试数据!): {"op":"c","after":{"name":"Xu Jianhua 徐建华","id_no":"320102197602190839","mobile":"+86 180 5812 7390","risk_flag":"逾期90天"}}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for data engineers."),
        (
            "user",
            "Flyway keeps failing on V31__seed_vip.sql with 'value too long for type character varying(9)'. The line is: INSERT INTO vip_member (name, nric, mobile, tier) VALUES ('Shirley Koh Mei Xuan', 'S9021573F ', '8122 5903', 'PLATINUM'); what's wrong?",
        ),
        (
            "assistant",
            "The NRIC literal has a trailing space, so it is 10 characters and does not fit varchar(9). Trim it in the seed or wrap the value in trim() before inserting.",
        ),
        (
            "user",
            "ah yes that was it, fixed. btw should I even keep her NRIC and number in a seed file in git?",
        ),
        (
            "assistant",
            "No. Seed files end up in the repository history. Move real customer rows out of the seed, load them from the secured source instead, and rewrite the history if the file was already pushed.",
        ),
    ],
    [
        (
            "user",
            'Debezium 发过来的 id_card 字段是 base64，怎么还原？例子："id_card":"MzMwMTAyMTk5NDA2MTIwNzEx"，这一行 name 是 何俊杰',
        ),
        (
            "assistant",
            "这是 binary.handling.mode=base64 的效果，对该字段做 base64 解码即可，解出来是 330102199406120711。也可以把字段类型改成 varchar，让连接器直接输出字符串。",
        ),
        (
            "user",
            "好的。那下游 ods_member 里这一行（何俊杰，杭州上城区，手机 133 5721 8864）要不要脱敏？",
        ),
        (
            "assistant",
            "要。身份证和手机号都属于敏感个人信息，进入 ods 之后建议立刻做 token 化，明文只保留在加密的 kyc 库。",
        ),
    ],
    [
        (
            "user",
            "Tolong semak kenapa DAG bayaran_zakat gagal. Log: ValueError: invalid literal for int() with base 10: '960905-07-5563' pada baris nama=Syafiq bin Rahman, jumlah=RM 1,250.00",
        ),
        (
            "assistant",
            "Lajur no_kp mengandungi sengkang, jadi int() gagal. Simpan no_kp sebagai teks dan buang sengkang dengan replace('-', '') jika perlu; jangan tukar kepada nombor kerana sifar di depan akan hilang.",
        ),
        ("user", "Ok terima kasih, dah jalan semula."),
    ],
    [
        (
            "user",
            "請幫我寫 Great Expectations 規則驗證台灣身分證。目前失敗的那列是：蘇柏翰 Q128736043，0975 203 841，台中市西屯區，系統說檢查碼錯，但我覺得是對的",
        ),
        (
            "assistant",
            "Q 對應 24，依權重計算加權和為 177，檢查碼 3 正確，這個號碼是合法的。問題多半在你的 regex 只接受 A-K 開頭，請改成 ^[A-Z][12]\\d{8}$ 再搭配自訂的檢查碼 expectation。",
        ),
        ("user", "果然是 regex 寫死了，改好了，謝謝"),
    ],
    [
        (
            "user",
            'HK policy db 嘅 Debezium CDC 有一筆 after 係 {"insured":"Chan Hoi Yan 陳凱欣","hkid":"Z630418(5)","claim":"抑鬱症門診","tel":"6123 4879"}，點解 JDBC sink 會 reject？',
        ),
        (
            "assistant",
            "Target 表 hkid 欄位係 char(8)，但 Z630418(5) 連括號有 10 個字元，所以 insert 失敗。可以先用 SMT 去括號，或者把欄位加長。另外呢條 record 有病歷資料，唔好再貼去公開 channel。",
        ),
        ("user", "明白，我 strip 咗括號先，log 都會清走"),
    ],
    [
        (
            "user",
            "We got an erasure request from a customer: Melissa Chua, melissa.chua.sy@gmail.com, member since 2019, lives in Tampines. Which dbt models and snapshots do I need to purge?",
        ),
        (
            "assistant",
            "Start from the source key: find her customer_id in stg_customer, then delete from every model that carries it (dim_customer, fct_orders via customer_id, the snp_customer snapshot history) and from any exported extracts. Record each deletion in the erasure log.",
        ),
        (
            "user",
            "She's also in the Debezium topic cdc.crm.customer with key 884120. Is compaction enough?",
        ),
        (
            "assistant",
            "Produce a tombstone for key 884120 so compaction drops the old values, and check consumers that keep their own copies; compaction alone does not touch data already sunk downstream.",
        ),
    ],
    [
        (
            "user",
            "dbt test unique_dim_customer_id_card 失败，返回 id_card=350203199307261469 count=2，一条是 林雅婷（厦门思明区），另一条名字写成 林雅亭，是同一个人吗？",
        ),
        (
            "assistant",
            "身份证号完全一致，而且姓名只差一个同音字，基本可以判定是同一人重复开户。建议按身份证号做 survivorship 合并。",
        ),
        ("user", "好的，合并后保留会员等级高的那条（钻石），积分加总"),
    ],
    [
        (
            "user",
            "Boleh bantu tulis SQL cari pendua pelanggan? Contoh dua baris: (1) Kumar a/l Rajan, 012-550 3718, Ipoh (2) KUMAR A/L RAJAN, +60125503718, Ipoh",
        ),
        (
            "assistant",
            "Normalkan dahulu: upper(trim(nama)) dan regexp_replace(telefon, '[^0-9]', '', 'g') dengan awalan 60 dibuang, kemudian GROUP BY kedua-dua lajur HAVING count(*) > 1.",
        ),
        ("user", "Terima kasih, jalan! Jumpa 214 pasangan pendua."),
    ],
    [
        ("system", "You are a SQL and data pipeline assistant."),
        (
            "user",
            'Can you decode this bytes field from one of our Debezium events? "payload":"Y2FyZGhvbGRlcj1DSFVBIEJPT04gS0lBVDtwYW49NDkxNzYxNzczMDA3NzA3NTtleHA9MTEvMjk="',
        ),
        (
            "assistant",
            "It decodes to: cardholder=CHUA BOON KIAT;pan=4917617730077075;exp=11/29. That is a full card number with the cardholder name, so this topic is carrying PCI data in clear and should be treated as an incident.",
        ),
        ("user", "Oh no. ok, raising an incident and pausing the connector now."),
    ],
    [
        (
            "user",
            "Airflow 里 PythonOperator 把样例行打到日志了，怎么关掉？日志：INFO - row sample: 邓欣怡, 510107199201300386, 成都市武侯区, 抑郁症复诊",
        ),
        (
            "assistant",
            "把 print(row) 删掉，或者改成只记录行数；另外在 logging 配置里给该 logger 设为 WARNING。已经写出的日志需要从远程日志存储中清理。",
        ),
        ("user", "谢谢，已经删掉并清理了 S3 上的 task log"),
    ],
    [
        (
            "user",
            "HR migration question: the row for 'Big Sam' from the Jurong West warehouse, the forklift driver who was on long medical leave after his back surgery in October, got duplicated (emp_no W-0419). Which one do I keep?",
        ),
        (
            "assistant",
            "Keep the record with the latest effective_date and the medical leave entries attached, then repoint the leave and payroll rows of the duplicate to W-0419 before deleting it.",
        ),
        ("user", "ok the newer one has his MC dates, keeping that."),
    ],
]
