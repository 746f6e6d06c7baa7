# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade107: personal data hidden in repository code and deployment config (.env, compose/K8s YAML, Terraform, seed SQL, test fixtures, git metadata). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade107
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "env_files"): _lines("""
        DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/orders_prod?sslmode=require
        SUPPORT_EMAIL=support@lionmart.com.sg  # role mailbox, printed in the footer of every invoice
        SMTP_FROM="Lion Mart Orders <no-reply@lionmart.com.sg>"
        ADMIN_SEED_USER=admin@example.com
        HOTLINE_DISPLAY=+65 6123 4000  # company main line, Mon-Fri 9am-6pm, do not replace with anyone's mobile
        JWT_SECRET_B64=c2VjcmV0LWZvci1zdGFnaW5nLW9ubHk=
        TEST_CARD_NUMBER=4242424242424242  # Stripe public test card, never a real customer
        TZ=Asia/Kuala_Lumpur DEFAULT_LOCALE=ms-MY CURRENCY=MYR
        SENTRY_DSN=https://0f3c9a2b7d1e@o12345.ingest.sentry.io/678901
        WAREHOUSE_ADDRESS="No. 8, Jalan Tun Razak, 50400 Kuala Lumpur"  # company warehouse, public on the website
        GIT_COMMITTER_EMAIL=ci-bot@users.noreply.github.com GIT_COMMITTER_NAME=ci-bot
        CONTACT_OBFUSCATED="support [at] lionmart [dot] com [dot] sg"  # rendered on the contact page to slow down scrapers
        NRIC_MASK_PATTERN=^[STFGM][0-9]{7}[A-Z]$  # used by the log redactor; keep in sync with the SG spec
    """),
    ("en", "k8s_compose_yaml"): _lines("""
        apiVersion: v1 kind: Secret metadata: {name: orders-db, namespace: prod} type: Opaque data: {username: b3JkZXJzX2FwcA==, password: UHIwZC1Sb3RhdGUtMjAyNlE0}
        env: [{name: SUPPORT_CONTACT, value: "helpdesk@harbourfreight.sg"}, {name: SUPPORT_HOTLINE, value: "+65 6555 0100"}]
        image: registry.example.com/checkout-api:2.14.3@sha256:9f2c4e1a7b0d3c6e8f5a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e
        services: {mailhog: {image: "mailhog/mailhog:v1.0.1", ports: ["8025:8025", "1025:1025"]}}
        kind: Secret type: kubernetes.io/dockerconfigjson data: {.dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6e319fQ==}
        kind: ConfigMap data: {WELCOME_BANNER_B64: U2VsYW1hdCBkYXRhbmcga2UgS2VkYWkgS2FtaQ==, PROMO_CODE: DEC26}
        metadata: {annotations: {owner-team: payments, oncall: payments-oncall@company.example, runbook: "https://wiki.example.com/runbooks/paynow"}}
        labels: {app.kubernetes.io/name: raffles-booking, app.kubernetes.io/version: "3.2.0", app.kubernetes.io/part-of: hotel-suite}
        kind: CronJob spec: {schedule: "0 2 * * *", jobTemplate: {command: ["python", "-m", "jobs.purge_guest_carts", "--older-than=30d"]}}
        valueFrom: {secretKeyRef: {name: smtp-credentials, key: SMTP_PASSWORD, optional: false}}
        kubectl create secret generic sample-customer --from-literal=name='Customer A' --from-literal=tier=gold --dry-run=client -o yaml
        healthcheck: {test: ["CMD", "curl", "-f", "http://localhost:8080/healthz"], interval: 30s, timeout: 5s, retries: 3}
        kind: HorizontalPodAutoscaler spec: {minReplicas: 3, maxReplicas: 24, targetCPUUtilizationPercentage: 65}
    """),
    ("zh-Hans", "terraform_ops"): _lines("""
        resource "alicloud_oss_bucket" "invoices" { bucket = "shenzhen-invoices-prod" acl = "private" }  # 发票 PDF 存储桶，禁止公网读
        variable "support_phone" { default = "400-820-8820" description = "客服热线（公司总机）" }
        tags = { 负责团队 = "支付组", 成本中心 = "CC-3107", 环境 = "生产" }
        # 注意：不要把身份证号、手机号写进 tfvars，统一放在 KMS 加密的 secret 里
        region = "cn-shanghai"  # 数据不出境：所有含个人信息的表只部署在上海可用区
        output "rds_endpoint" { value = alicloud_db_instance.main.connection_string }  # 输出示例：rm-uf6wjk5xxxxxx.mysql.rds.aliyuncs.com
        terraform plan 输出：Plan: 3 to add, 1 to change, 0 to destroy. 审批人：运维值班经理
        locals { 旗舰店地址 = "上海市黄浦区南京东路 300 号" 营业时间 = "10:00-22:00" }
        resource "tencentcloud_cos_bucket" "static" { bucket = "mingshi-static-1250000000" acl = "public-read" }
        # 值班手机号请在 PagerDuty 排班表里查，不要写进仓库
        sms_template_code = "SMS_2847193"  # 模板内容：您的验证码为${code}，5 分钟内有效
        kms_key_alias = "alias/pii-at-rest"  # 加密字段：id_card_no、mobile、home_address
        welcome_text_b64 = "5qyi6L+O5p2l5Yiw5Lit5bGx6Lev5peX6Iiw5bqX"  # 首页横幅文案，部署时解码
    """),
    ("zh-Hant", "seed_sql"): _lines("""
        INSERT INTO stores (id, name, address, phone) VALUES (12, '中山店', '台北市中山區南京東路二段 100 號', '02-2511-0000');
        INSERT INTO products (sku, name_b64) VALUES ('TEA-0042', '6Zi/6YeM5bGx6auY5bGx6Iy2IDE1MGc=');
        INSERT INTO authors (name, born, died) VALUES ('魯迅', 1881, 1936), ('張愛玲', 1920, 1995);
        INSERT INTO customers (id, display_name, email) VALUES (1, '測試用戶A', 'test-a@example.com'), (2, '測試用戶B', 'test-b@example.com');
        -- 種子資料：所有客戶皆為虛構，手機欄位一律填 0900-000-000
        INSERT INTO holidays VALUES ('2026-10-10', '國慶日'), ('2026-09-28', '孔子誕辰紀念日');
        UPDATE orders SET status = 'SHIPPED', tracking_no = 'HCT6203918475' WHERE order_no = 'TW20261118-00731';
        INSERT INTO schools (name, district) VALUES ('國立中山大學', '高雄市鼓山區'), ('逸仙國小', '台北市');
        INSERT INTO faq (q, a) VALUES ('如何修改收件地址？', '請至「我的訂單」點選修改，出貨後無法更改。');
        INSERT INTO stats_daily (day, new_members, refunds) VALUES ('2026-11-30', 318, 12);
        CREATE TABLE members (id BIGSERIAL, national_id CHAR(10) NOT NULL, mobile VARCHAR(12), CONSTRAINT ck_nid CHECK (national_id ~ '^[A-Z][12][0-9]{8}$'));
        INSERT INTO hk_branches VALUES ('HK-07', '銅鑼灣軒尼詩道 500 號', '2890 0000', 'cs@example.com.hk');
        INSERT INTO characters (name, book) VALUES ('林黛玉', '紅樓夢'), ('孫悟空', '西遊記');
        INSERT INTO promo (code, note) VALUES ('ＸＭＡＳ２０２６', '全形字元代碼，系統會自動轉成半形');
    """),
    ("ms", "test_fixtures"): _lines("""
        pelanggan_contoh = {"nama": "Pelanggan A", "negeri": "Selangor", "jumlah_pesanan": 3}
        assert sah_mykad("000000-00-0000") is False  # tarikh lahir tidak sah
        FIXTURE_ALAMAT = "Lot 12, Jalan Tun Abdul Razak, 80000 Johor Bahru"  # alamat gudang syarikat
        @pytest.mark.parametrize("kod_negeri", ["01", "10", "14", "16"])  # Johor, Selangor, WP KL, Putrajaya
        expected = base64.b64decode("UGVzYW5hbiBhbmRhIHRlbGFoIGRpaGFudGFy").decode()
        self.assertEqual(invois.no_syarikat, "201901012345 (1234567-A)")  # nombor SSM syarikat
        # Fixture: 5 pesakit tanpa nama, purata tuntutan RM 412.50, umur 34-61
        {"id_tiket": "TKT-88231", "kategori": "bayaran balik", "status": "ditutup", "ejen": "pegawai bertugas"}
        mock_sms.assert_called_once_with(to="+60XXXXXXXXX", body="Kod OTP anda: 482913. Jangan kongsi.")
        faker.seed_instance(42)  # data palsu sahaja; jangan guna data pelanggan sebenar dalam ujian
        assert hash_emel("pengguna@example.com") == "9de9af16a20ea8e0657d3558cec9cd85"
        {"watak": "Hang Tuah", "karya": "Hikayat Hang Tuah", "jenis": "fiksyen", "tahun_terbit": null}
        assert ringgit(1234.5) == "RM 1,234.50"
        response = client.get("/api/v1/kedai?bandar=Shah%20Alam&poskod=40000&kategori=kopitiam")
    """),
    ("mixed", "git_commit_metadata"): _lines("""
        commit 3f9a1c2e7b8d4a6f0e1c2b3a4d5e6f7a8b9c0d1e Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> bump axios from 1.6.8 to 1.7.4
        Merge pull request #1482 from org/feat/paynow-refund — 合并：PayNow 退款流程
        chore(release): v4.7.0 [skip ci] Co-authored-by: release-bot <release-bot@example.com>
        fix(pii): 日志中手机号改为脱敏输出，格式 138****0000
        Revert "feat: 导出会员 CSV" — This reverts commit 9b1e2d4a.
        git log --format='%H %ae %s' origin/main | grep -v noreply | wc -l  =>  0
        Signed-off-by: GitHub Actions <actions@github.com>
        docs: tambah panduan pemasangan untuk pelayan di Cyberjaya (MY-CJ-02)
        feat(i18n): 新增繁體中文翻譯 zh-Hant，感謝社群貢獻
        test: tukar nama dalam fixture kepada "Pengguna Ujian 1" hingga "Pengguna Ujian 5"
        Reviewed-on: https://gerrit.example.org/c/platform/+/48213 Tested-by: CI Bot <ci@example.org>
        refactor: rename LeeKuanYewScholarship model to ScholarshipProgramme (no schema change)
        security: rotate staging key AKIAEXAMPLE0000000000 — test-only key, no customer data exposed
    """),
    ("en", "logs_urls"): _lines("""
        10.0.4.17 - - [06/Dec/2026:09:14:22 +0800] "GET /search?q=%E6%8A%B9%E8%8C%B6%E6%8B%BF%E9%93%81&page=2 HTTP/1.1" 200 5312
        GET /api/v2/orders/SO-2026-118842/track?carrier=ninjavan 200 41ms
        2026-12-06T01:02:03Z INFO checkout completed order=MY-77120 total=RM189.90 payment=FPX bank=MBB
        WARN redactor: field customer.phone replaced with [REDACTED] (rule pii-phone-v3)
        POST /webhook/stripe 200 evt_1Qx7ExampleEvent type=invoice.paid amount=4900 currency=sgd
        302 Location: /oauth/authorize?redirect_uri=https%3A%2F%2Fshop.example.sg%2Fcallback%3Fstate%3Dab12cd34
        DEBUG payload={"sku":"BK-LKY-001","title":"From Third World to First","author":"Lee Kuan Yew","qty":2}
        ERROR 502 upstream=payments-svc:8443 trace_id=4bf92f3577b34da6a3ce929d0e0e4736
        GET /static/img/%E5%AD%94%E5%AD%90%E5%83%8F.png 304 0 "-" "Mozilla/5.0"
        audit: role=duty_manager action=approve_refund ticket=CS-20261206-0091 amount=SGD 35.00
        X-Request-Id: 7d3e2f90-1c4b-4e8a-9f61-0b2c3d4e5f60 User-Agent: kube-probe/1.29
        GET /maps?q=Jalan+Sultan+Ismail%2C+50250+Kuala+Lumpur 200 ref=store-locator
        INFO metrics users_active_24h=18342 signups=412 churned=37
        X-Debug-Sku: 424b2d4c4b592d3030312068617264636f766572 cache=HIT
    """),
    ("zh-Hans", "ci_tickets"): _lines("""
        【工单 #OPS-4471】生产环境 Secret 轮换完成，影响服务：order-api、sms-gateway，请值班经理确认。
        CI 失败：test_mask_id_card 断言错误，期望 1101**********1234，实际 110101**********34
        请勿在 .env.example 中填写真实手机号，示例统一使用 138-0000-0000。
        发布说明 v2.3.1：修复会员导出 CSV 时“省/市”列错位的问题。
        腾讯云告警：cos://invoices-gz 桶 24 小时内下载 1,204 次，超过阈值 1,000。
        数据字典：mobile 字段使用 AES-256-GCM 加密，密文以 base64 存储，示例 q1w2e3r4t5y6u7i8o9p0==（非真实数据）
        请把 docker-compose.override.yml 里的 MYSQL_ROOT_PASSWORD 改为从 vault 读取，评审人：架构组。
        统计：本周共处理 27 起数据主体请求，其中删除 19 起、导出 8 起，均已闭环。
        鲁迅路门店的 POS 配置已同步，门店编号 SX-0031，收银机 4 台。
        客服邮箱 kefu@example.cn 的 SPF 记录需要加上 include:spf.mail.example.cn
        banner_b64=5qyi6L+O5YWJ5Li0 解码后是首页横幅文案，不是用户数据。
        工单模板：姓名：{{name}}　手机：{{mobile}}　问题描述：{{desc}}
        新闻聚合抓取标题：「钟南山：秋冬季呼吸道疾病防控要点」 source=xinhua id=NW-88213
        客服热线写法统一为：四零零 八二零 八八二零（公司总机），不要写个人手机。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        OWNER_CONTACT_B64=dGFuLm1laWxpbmc4OEBnbWFpbC5jb20=  # decoded at boot so the shop owner gets low-stock alerts on her own inbox
        kind: Secret metadata: {name: applicant-7731} data: {applicant_name: R29oIFdlaSBKaWU=, applicant_nric: Uzg3MzQyMTZG}
        variable "fallback_pager" { default = "+65 9 8 7 6 5 4 3 2" description = "Rajesh Kumar s/o Muthu, personal mobile, remove after go-live" }
        INSERT INTO patients (name, nric, dx) VALUES ('Lim Ah Kow', 'S7620418G', 'Type 2 diabetes, HbA1c 9.1');  -- copied from prod, delete!
        CUSTOMER = {"name": "Nurul Ain binti Rosli", "card": "4532 0178 4512 9637", "exp": "08/28"}  # real customer from ticket CS-4412, anonymise before merge
        Author: Marcus de Souza <marcus [dot] desouza [dot] sg [at] outlook [dot] com> Date: Sat Dec 5 23:41:07 2026 +0800
        revert: undo Priya's salary band change, she is on a PIP and HR says not to move her to G7 this cycle
        GET /api/profile?email=siti.hajar%40yahoo.com.my&phone=%2B60127348821 200 uid=88412
        environment: [EMERGENCY_NOTE=Mdm Tan at #05-12 is on dialysis Mon/Wed/Fri, do not schedule the lift shutdown on those days]
        # NOTE(ops): staging DB still holds Kevin Ong's divorce settlement PDFs under /uploads/legal/, ask him before purging
        X-Debug-Patient: 4a6f7365706820416e74686f6e792050657265697261 ward=7B case=oncology-followup
        worker = {"name": "Md. Rahim Uddin", "passport": "ＢＸ０８７６５４３", "fin": "Ｇ５５１９０４７Ｑ", "dorm": "Tuas South Dorm Blk 3"}
        fixtures/complaints.json: {"from": "Auntie Lucy at Blk 88 Toa Payoh", "text": "my son borrowed from Ah Long again and now they splash paint on my door"}
        carpark_allowlist: [{plate: "SJL 5082 C", owner: "Dr Hafiz bin Osman, resident unit 12-03, wheelchair user"}]
    """),
    "zh-Hans": _lines("""
        TEST_ID_CARD=440305198807162315  # 王建国的身份证，先借来跑实名认证，上线前删掉
        data: { contact_name: 5YiY5pmT54eV, contact_mobile: MTM5MTcyODQ2NTA= }
        联系电话：一三八 零二七六 四九一五（张伟父亲，住院期间请打这个）
        提交说明：回滚李娜的绩效评级修改，她本季度在休产假，HR 说不能评 C
        工单备注：3栋的陈阿姨说她儿子在外面欠了网贷，催收电话天天打到物业，别再把她的房号给外包了
        INSERT INTO 会员 (姓名, 手机, 地址) VALUES ('赵丽娟', '159 2038 4471', '杭州市西湖区文三路 478 号 2 单元 602 室');
        GET /api/patients?name=%E5%91%A8%E6%99%93%E4%B8%9C&dept=%E7%B2%BE%E7%A5%9E%E7%A7%91 200 42ms
        客服日志：用户微信号 zhanglei_0831，自称张磊，投诉快递员把他家门牌号发到了业主群
        退款失败：收款卡号 6214 8310 9927 3010（户名 孙红梅），请财务人工处理
        {"id_prefix":"310104","id_birth":"19921103","id_suffix":"4820","name":"黄思琪"}
        单测 fixture 直接用了马俊杰的真实病历：乙肝小三阳、肝功能异常，请马上换成假数据
        operator_note_hex=e5bca0e5bfa0e8af9ae6aca0e4ba86e4b889e4b8aae69c88e688bfe7a79fefbc8ce5b7b2e58f91e5be8be5b888e587bd
    """),
    "zh-Hant": _lines("""
        kind: Secret data: { holder: 6Zmz5a626LGq, hkid: SzQ4MjkxMygxKQ== }
        報名表匯出 CSV：林怡君,Ｆ１２８３６４７１８,0928-417-356,新北市板橋區文化路一段 188 巷 5 號
        commit：移除測試資料裡黃志明的離婚協議書掃描檔，那是他本人的真實文件
        緊急聯絡人：何太（太古城 8 座 15 樓 C 室），電話 九 四 二 七 三 一 六 八
        INSERT INTO 病歷 (姓名, 身分證, 診斷) VALUES ('吳淑芬', 'A229173647', '乳癌第二期');
        客訴紀錄 JSON: {"line_id": "meow_yating0314", "name": "蔡雅婷", "issue": "前男友用她的帳號下單騷擾她"}
        備註：倉管阿輝這個月又被扣薪，因為上班喝酒被主管抓到，別再讓他開叉車
        GET /deliver?name=%E8%A8%B1%E6%96%87%E5%BD%AC&addr=%E5%8F%B0%E5%8C%97%E5%B8%82%E5%A4%A7%E5%AE%89%E5%8D%80%E5%92%8C%E5%B9%B3%E6%9D%B1%E8%B7%AF%E4%BA%8C%E6%AE%B5%2096%20%E5%B7%B7%207%20%E8%99%9F%203%20%E6%A8%93 200
        commit 訊息：鄭家偉下週開始請假做化療，他負責的 PR 改由其他人 review
        variable "break_glass_owner" { default = "梁美玲 Y207365(8)" }  # 緊急帳號持有人
    """),
    "ms": _lines("""
        PENGURUS_IC=8 8 0 4 1 2 - 1 0 - 5 5 2 3  # IC Encik Azman bin Hashim, guna untuk ujian eKYC sahaja
        ic_b64: OTUwODIzLTE0LTYwNzE=  # Siti Nur Aisyah binti Kamal, pemohon pinjaman
        Nota tiket: Puan Rohani dari Blok C tingkat 4 minta tangguh bayar sewa sebab suami dia baru kena strok
        INSERT INTO pelanggan VALUES ('Muthu a/l Ramasamy', '016-552 9034', 'No. 23, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam');
        fix: buang slip gaji Farah Nadia (RM 4,850, potongan PTPTN) yang tertinggal dalam folder fixtures/
        # jangan padam: akaun Zulkifli dibekukan sebab siasatan tatatertib, tunggu keputusan HR
        sms_to=0x30313932323134383930  # nombor peribadi Kak Ton, tukang masak kantin
        GET /semak?nama=Kavitha%20a%2Fp%20Subramaniam&ic=010305-07-0344 200 18ms
        Telegram @ahmadfaizal_jb milik Ahmad Faizal bin Yusof, penghantar kami; dia adu dilecehkan pelanggan di Taman Molek
        no_akaun_maybank: "1 6 2 0 1 4 8 8 3 7 2 1"  # bayaran balik kepada Lee Chee Keong, kes TKT-90113
    """),
    "mixed": _lines("""
        git config user.email "daniel.lоw@gmаil.com"  # Daniel Low 的私人邮箱，误用在公司 repo
        export.csv row 18: Ｔ０３８１５９２Ｃ;Chong Xiu Wen;ward 9;psych review 每周二
        paynow_proxy_hex=3837333234353136  # 陈美玲 (Chen Meiling) 的 PayNow 手机号，用来退款
        # rot13 so the scanner skips it: Fvgv Nzvanu ovagv Vfznvy zvffrq guerr vafgnyzragf, unaq bire gb pbyyrpgvbaf
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a DevOps assistant for a Singapore logistics company."),
        (
            "user",
            "Our pod crashes on start. The secret is: data: {worker_name: Tmd1eWVuIFRoaSBMYW4=, worker_fin: RjIyNzgxMzVV, dorm: S3JhbmppIExvZGdlIDEsIHJvb20gNC0xNw==}. Is the base64 wrong?",
        ),
        (
            "assistant",
            "The base64 decodes fine, so the crash is elsewhere. But that secret holds a named worker's FIN and dorm room; it should not live in a manifest in git.",
        ),
        ("user", "Ok, where should it go then?"),
        (
            "assistant",
            "Keep only a reference in the manifest and load the record from the HR system at runtime; rotate the secret and purge it from history.",
        ),
    ],
    [
        ("system", "你是代码审查助手。"),
        (
            "user",
            "帮我看看这条种子 SQL 有没有性能问题：INSERT INTO users (name, mobile, city) VALUES ('王芳', '137 6182 9043', '成都');",
        ),
        (
            "assistant",
            "单条 INSERT 没有性能问题，但这里是一个具体的人名和手机号，种子数据不应使用真实个人信息。",
        ),
        ("user", "这是我表姐的号码，她同意了的，也不行吗？"),
        ("assistant", "即使本人同意，也建议换成虚构数据，例如 '用户A' 和 138-0000-0000。"),
    ],
    [
        ("system", "Anda pembantu pengaturcaraan."),
        ("user", "Fungsi sah_mykad saya tolak IC Aminah binti Abdullah, 770918-01-6628. Kenapa?"),
        (
            "assistant",
            "Format 770918-01-6628 nampak sah (tarikh lahir 18 September 1977, kod negeri 01 Johor). Semak regex anda, mungkin sengkang tidak dibenarkan.",
        ),
        ("user", "Betul, regex tak terima sengkang. Terima kasih."),
    ],
    [
        ("system", "你是一位熟悉 docker-compose 的工程師。"),
        (
            "user",
            ".env 裡有 OWNER_HKID=AB619024(1) 和 OWNER_NAME=麥詠詩，compose 讀不到括號，要怎麼跳脫？",
        ),
        (
            "assistant",
            "用單引號包起來即可：OWNER_HKID='AB619024(1)'。不過身分證號碼最好不要放在 .env 裡提交。",
        ),
        ("user", "那我改用 secrets 檔案掛載。"),
    ],
    [
        ("system", "You help engineers clean up git history."),
        (
            "user",
            "A teammate committed with his personal address aravind.s.pillai@gmail.com and the message says 'wip before my hernia op on Friday'. How do I scrub both?",
        ),
        (
            "assistant",
            "Use git filter-repo with a mailmap to replace the address and a message callback to rewrite that commit message, then force-push and ask everyone to re-clone.",
        ),
        ("user", "Do I need Aravind's permission first?"),
        (
            "assistant",
            "It is his data, so tell him before rewriting; most teams also note the change in the repo changelog without repeating the details.",
        ),
    ],
    [
        ("system", "你是 Terraform 专家。"),
        (
            "user",
            "RAM 用户的 tags 里写了 owner_id = 110108197902251575，owner = 刘建华，plan 报 tag 值超长，怎么办？",
        ),
        (
            "assistant",
            "tag 值长度其实没有超限，报错可能来自中文字符编码。不过把身份证号写进 tag 会被所有有读权限的人看到，建议改为工号。",
        ),
        ("user", "明白，改成工号 E-2291。"),
    ],
    [
        ("system", "You are a Python testing assistant."),
        (
            "user",
            "Why does my luhn test pass for this fixture? {'holder': 'Chloe Fernandez', 'pan': '5204821139074654', 'cvv': '311'}",
        ),
        (
            "assistant",
            "Because 5204821139074654 is Luhn-valid. If that is a real cardholder's card, replace it with a published test number such as 4242424242424242.",
        ),
        ("user", "It's from her refund ticket last week, I'll swap it."),
    ],
    [
        ("system", "你是日誌分析助手。"),
        ("user", "這行日誌要怎麼解碼？GET /kyc?n=%E8%AC%9D%E5%AE%97%E7%BF%B0&id=H136284507"),
        (
            "assistant",
            "URL 解碼後是姓名「謝宗翰」和身分證字號 H136284507。這屬於個人資料，建議日誌層先遮罩再寫入。",
        ),
        ("user", "好，我加一個 masking filter。"),
    ],
    [
        ("system", "Anda pembantu DevOps."),
        (
            "user",
            "Dalam docker-compose ada komen: # cuti Hafizah binti Rahmat sebab mengandung 7 bulan, jangan assign on-call. Patut buang tak?",
        ),
        (
            "assistant",
            "Ya, buang. Itu maklumat kesihatan seorang pekerja dan tidak patut berada dalam fail konfigurasi.",
        ),
        ("user", "Ok, saya pindah ke sistem jadual HR."),
    ],
    [
        ("system", "You are a log-debugging assistant."),
        (
            "user",
            "帮我 decode 这个 hex: 54616e204a756e204a696520393632312030343837，出现在 payment-svc 的 error log 里",
        ),
        (
            "assistant",
            "It decodes to a person's name and a Singapore mobile number: Tan Jun Jie, 9621 0487. The log should not carry that; mask the payer fields before logging.",
        ),
        ("user", "Got it, 我去改 logger 配置。"),
    ],
]
