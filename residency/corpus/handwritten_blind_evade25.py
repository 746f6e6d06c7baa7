# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade25: personal values hidden in source code, config, SQL, logs and notebooks. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade25
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "python source"): _lines(r"""
        MAX_RETRIES = 5; BACKOFF_BASE = 0.25  # seconds, doubled on each attempt
        __version__ = "3.12.0rc2"  # bump via tbump, never by hand
        DEFAULT_TZ = "Asia/Singapore"; LOCALE_FALLBACK = ("en_SG", "zh_CN", "ms_MY")
        SUPPORT_HOTLINE = "1800-" + "368-" + "2211"  # Merlion Telco customer care, printed on every bill
        order_no = "SO-" + datetime.utcnow().strftime("%Y%m%d") + "-" + f"{seq:06d}"
        # Algorithm S from Knuth, TAOCP Vol. 2, sec 3.4.2 (selection sampling) -- O(N) single pass
        class TanTockSengAdapter(HospitalAdapter):  # HL7 v2 feed for Tan Tock Seng Hospital, see ops wiki page INT-221
        assert luhn_ok("4111111111111111")  # Visa test PAN from the gateway sandbox docs
        EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        WELCOME_TMPL = "Dear {salutation} {last_name}, your order {order_id} has shipped via {carrier}."
        if country == "MY" and not re.fullmatch(r"\d{6}-\d{2}-\d{4}", ic_no): raise ValidationError("bad IC format")
        SHERLOCK = Person(name="Sherlock Holmes", address="221B Baker Street, London", job="consulting detective")  # doctest fixture
        bytes.fromhex("48656c6c6f2c20776f726c6421").decode()  # 'Hello, world!' - hex demo for the encodings chapter
        chr(0x4E2D) + chr(0x6587)  # '中文', exercises the CJK branch of the tokenizer
        SENTINEL = "".join(map(chr, [80, 73, 73, 95, 82, 69, 68, 65, 67, 84, 69, 68]))  # -> "PII_REDACTED"
    """),
    ("en", "config and env files"): _lines(r"""
        DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/orders?sslmode=require
        SENTRY_RELEASE=orders-api@2.41.7+build.1893
        image: ghcr.io/acme-sg/ledger:1.9.3@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        FEATURE_FLAGS_B64=eyJuZXdfY2hlY2tvdXQiOnRydWUsImRhcmtfbW9kZSI6ZmFsc2V9  # {"new_checkout":true,"dark_mode":false}
        SMTP_FROM="Lee Kong Chian Reference Library <noreply@library.example.sg>"
        resources: {limits: {cpu: "500m", memory: "512Mi"}, requests: {cpu: "250m", memory: "256Mi"}}
        TZ=Asia/Kuala_Lumpur LANG=ms_MY.UTF-8 CURRENCY=MYR SST_RATE=0.08
        VENUE_TEL="+852 3188 2000"  # Queen Elizabeth Stadium booking office, public counter line
        OAUTH_CLIENT_ID=4f1c2a7e-93b0-4d6e-8a51-0c7f3e2b9d14
        # .env.example - copy to .env and fill in; NEVER commit real NRIC, phone or card numbers here
        SEED_ADMIN_EMAIL=admin@example.com SEED_ADMIN_PASSWORD=changeme  # local docker-compose only
        schedule: "0 3 * * 1"  # weekly purge of PII older than 400 days, retention policy RP-07
        PAYNOW_UEN=201912345K  # company UEN shown on the invoice QR code
        ALIPAY_NOTIFY_URL=https://pay.example.cn/notify/alipay?merchant_id=2088102177648392
    """),
    ("en", "sql and migrations"): _lines(r"""
        ALTER TABLE customers ADD COLUMN nric_hash CHAR(64) NOT NULL DEFAULT '';
        CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at DESC);
        INSERT INTO products (sku, name, price_cents) VALUES (CONCAT('SKU-', LPAD(42, 6, '0')), 'Kopi-O Kosong 1kg', 2890);
        SELECT CHAR(72, 101, 108, 108, 111) AS greeting; -- MySQL CHAR() demo, returns 'Hello'
        INSERT INTO branches (name, address, hotline) VALUES ('Raffles Place', '1 Raffles Place, #B1-12, Singapore 048616', '6535 0000');
        UPDATE users SET email = CONCAT('user', id, '@example.invalid'), phone = NULL WHERE env = 'staging'; -- scrub before sharing the dump
        -- migration 0047_add_consent_flags: adds marketing_consent BOOLEAN, consent_ts TIMESTAMPTZ; backfills FALSE
        INSERT INTO hospitals (name, city) VALUES ('Queen Mary Hospital', 'Hong Kong'), ('Hospital Sultanah Aminah', 'Johor Bahru'), ('Peking Union Medical College Hospital', 'Beijing');
        SELECT order_no, total FROM orders WHERE order_no = 'JD20251203998177' AND status = 'SHIPPED';
        SELECT COUNT(*) FILTER (WHERE ic_no ~ '^\d{6}-\d{2}-\d{4}$') AS valid_ic, COUNT(*) AS total FROM applicants;
        INSERT INTO authors (name, born, died) VALUES ('Lu Xun', 1881, 1936), ('Eileen Chang', 1920, 1995);
        GRANT SELECT ON analytics.orders_masked TO role_offshore_bi; REVOKE ALL ON pii.customers FROM role_offshore_bi;
    """),
    ("en", "tests and regex"): _lines(r"""
        @pytest.mark.parametrize("nric", ["S1234567D", "T0000000A", "F9999999X"])  # textbook format examples, no real holders
        assert mask_phone("+65 9123 4567") == "+65 9*** **67"
        fake = Faker("zh_CN"); Faker.seed(20261204); fake_name = fake.name()  # generated at runtime, nothing real stored
        def test_email_regex(): assert EMAIL_RE.match("jane.doe@example.com") and not EMAIL_RE.match("jane@@example")
        PHONE_CN = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
        ("13800138000", True),  # the classic demo number used in every SMS tutorial
        FIXTURE_USER = {"id": 1, "username": "testuser", "email": "test@example.org", "dob": "1970-01-01"}  # factory_boy default
        expect(formatHKID("A1234563")).toBe("A123456(3)")  // worked example from the check-digit spec
        it("rejects bad MyKad", () => expect(isMyKad("000000-00-0000")).toBe(false));
        assert sha1(b"").hexdigest() == "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        CARD_FIXTURES = ["4242424242424242", "5555555555554444", "378282246310005"]  # Stripe test cards
        uuid.UUID("123e4567-e89b-12d3-a456-426614174000")  # RFC example UUID, used as a sentinel
        @given(st.from_regex(r"[A-Z]\d{6}\([0-9A]\)", fullmatch=True))  # hypothesis fuzzes HKID-shaped strings
        assert validate_tw_id("A123456789") is True  # 內政部說明文件的範例字號
    """),
    ("en", "logging and format strings"): _lines(r"""
        logger.info("user=%s action=%s latency_ms=%d", user_id_hash[:8], action, elapsed)
        LOG_FORMAT = "%(asctime)s %(levelname)-8s [%(name)s] %(message)s trace=%(otelTraceID)s"
        2026-11-30T02:14:09.812Z INFO  http  GET /api/v2/orders/SO-20261130-004217 200 38ms ua="okhttp/4.12.0"
        2026-11-30T02:14:10.004Z WARN  auth  login failed reason=bad_password attempts=3 client=ios-5.8.1
        log.debug(f"redacted payload: {redact(payload)!r}")  # never log the raw body, see SEC-112
        [2026-12-01 09:00:00,117] ERROR celery.worker: Task reports.nightly[8c1e6d0a-2f4b-4b87-9a7e-55b1d3f0e9c2] raised TimeoutError after 300s
        console.log(`Order ${orderId} shipped, tracking ${trackingNo}, ETA ${eta}`)
        2026-12-02 14:03:55 INFO  shipment SF1428830012345 handed to carrier, eta=2026-12-04, weight=1.2kg
        ERROR 1062 (23000): Duplicate entry 'INV-2026-000381' for key 'invoices.uniq_invoice_no'
        audit: role=dpo_reviewer action=export_denied dataset=crm_customers reason="cross-border transfer requires PIA"
        slog.Info("payment settled", "amount", 129.90, "currency", "SGD", "psp_ref", "pi_3QxY7vK2eZvKYlo21fG8a9Bc")
        WARN [pool-3-thread-7] c.a.l.SmsSender - template SMS_24680 quota 92% used (9,214/10,000) for tenant acme-hk
    """),
    ("zh-Hans", "代码注释与配置"): _lines(r"""
        # 身份证号校验：前17位加权求和 mod 11，对照 "10X98765432" 取校验码，遵循 GB 11643-1999
        ID_CARD_RE = r"^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$"  # 仅做格式校验
        # 注意：手机号落库前必须 AES-GCM 加密，日志里只打前三后四，形如 138****0000
        客服热线 = "400-" + "820-" + "8820"  # 官网公示的售后电话，不是个人号码
        # 分词示例取自鲁迅《故乡》：“深蓝的天空中挂着一轮金黄的圆月”，闰土一段也可以
        spring.datasource.url=jdbc:mysql://10.0.3.21:3306/order_db?useUnicode=true&characterEncoding=utf8mb4
        # 测试数据：张三、李四、王五均为占位名，手机号统一 13000000000，身份证统一 110101199003070000（故意写错校验位）
        INSERT INTO venue (name, addr) VALUES ('逸夫图书馆', '浙江大学紫金港校区');
        # 版本号 v2.3.17-hotfix.2，commit 7e1c9a4f，构建于 2026-11-28 23:41 CST
        订单号 = f"DD{datetime.now():%Y%m%d%H%M%S}{random.randint(1000, 9999)}"  # 形如 DD202612041030221837
        # 按《个人信息保护法》第38条，出境前需完成个人信息保护影响评估并签订标准合同
        quick_replies: ["查询订单", "退换货", "联系人工客服（工作日 9:00-21:00）"]
        // 中山纪念堂开放时间接口：GET /api/venues/zs-memorial/hours ，返回 {"open":"08:00","close":"18:00"}
    """),
    ("ms", "kod dan konfigurasi"): _lines(r"""
        # Semak format No. KP: 12 digit, 6 pertama tarikh lahir YYMMDD, 2 seterusnya kod negeri/negara
        NEGERI = {"01": "Johor", "10": "Selangor", "14": "WP Kuala Lumpur"}  # kod tempat lahir ikut JPN
        TALIAN_BANTUAN = "15999"  # Talian Kasih, dipaparkan di footer aplikasi
        MESEJ_OTP = "Kod pengesahan anda ialah {otp}. Jangan kongsi kod ini dengan sesiapa."
        // Data ujian sahaja: nama "Ali bin Abu", IC "000000-00-0000", jangan guna data sebenar pelanggan
        ALAMAT_HQ="Menara Tun Razak, Jalan Raja Chulan, 50200 Kuala Lumpur"  # alamat pejabat korporat
        INSERT INTO sekolah (nama, daerah) VALUES ('SMK Tunku Abdul Rahman', 'Kota Setar');
        log.info("Pesanan %s dihantar ke cawangan %s", no_pesanan, kod_cawangan)
        # TODO: tukar kadar SST dari 6% ke 8% mulai 1 Mac 2024, rujuk pekeliling KDRM
        HARGA = {"nasi_lemak": 4.50, "teh_tarik": 2.20, "roti_canai": 1.80}  # RM, harga kedai contoh
    """),
    ("en", "notebook cells"): _lines(r"""
        df = pd.read_parquet("s3://analytics-sg/orders/2026/11/*.parquet"); df.shape  # (1_284_733, 19)
        df.groupby("region")["gmv_sgd"].sum().round(2)  # Central 4.81M, East 2.07M, North 1.33M
        Out[7]: Index(['order_id', 'sku', 'qty', 'unit_price', 'created_at', 'customer_hash'], dtype='object')
        %pip install -q pandas==2.2.3 pyarrow==17.0.0 && %env HF_HUB_OFFLINE=1
        titanic = sns.load_dataset("titanic"); titanic.loc[titanic.age > 60, ["pclass", "sex", "fare"]].head()
        # Cell 14: drop direct identifiers before export (name, nric, phone, email, address); keep only salted hashes
        print(f"AUC={auc:.4f}, F1={f1:.3f}, n_test={len(y_test):,}")  # AUC=0.9132, F1=0.781, n_test=48,220
        pd.DataFrame({"name": ["Tony Stark", "Bruce Wayne", "Diana Prince"], "net_worth_bn": [12.4, 9.2, 0.3]})  # toy frame for the pivot demo
        plt.title("Hospital admissions per week, Singapore, 2019-2024 (MOH open data)")
        Out[3]: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'  # sha256("abc") sanity check
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        phone = "+65 " + "9" + "723" + " 5518"  # Tan Wei Ming's own mobile, he's the escalation contact for the Jurong site
        EMERGENCY_CONTACT_B64=UHJpeWEgUmFtYXNhbXksIHdpZmUsIDkxODYgMjA0NA==  # Arjun's next of kin, don't print it in logs
        INSERT INTO patients (full_name, nric, dx) VALUES (CONCAT('Lim ', 'Hui ', 'Min'), CONCAT('S88', '32417Z'), 'bipolar II disorder');
        SELECT * FROM members WHERE nric = CHAR(84,48,50,57,49,56,51,54,66); -- Jasmine Koh's account, she called about a double charge
        const tel = String.fromCharCode(57, 52, 54, 49, 50, 50, 56, 55); // Chan Ka Yan's number for the SMS test, REMOVE before merge!!
        owner = "\x4e\x67\x20\x53\x69\x75\x20\x4d\x61\x6e"; hkid = "\x4b\x36\x31\x34\x32\x30\x37\x28\x39\x29"  # hex so the pre-commit grep won't catch it
        # FIXME hardcoded for the demo: Mr Rajesh Pillai, Blk 456 Ang Mo Kio Ave 10, #08-1123, S560456 - replace with a fixture
        log.warning(f"OTP resend to {'+60 ' + '11-2093' + ' 5871'} for Nurul Hidayah binti Kamaruddin (IC 910223-10-6248)")
        2026-11-29 21:47:03 INFO signup ok email=wong.kaiyan1994@gmail.com name="Wong Kai Yan" dob=1994-03-17 ip=203.0.113.45
        USER_CARD = "4539 " + "9876 " + "1002 " + "3459"  # Daniel Ong's Visa, exp 08/28, copied from the support ticket
        salary_override = {"Ong Kah Wai": 18500, "Farah Lim": 9200}  # SGD/month, approved by CFO, do NOT commit
        -- seed from prod (oops): INSERT INTO tenants VALUES ('Mdm Goh Siew Lan', '+65 6' || '4' || '58 3301', 'Blk 72 Telok Blangah Heights #05-210');
        surname, given = "CHUA", "Boon Keat"; passport_no = "K" + "3381" + "902" + "L"  # his SG passport, for the visa letter generator
        assert extract_nric("pls update my addr, NRIC S7604452Z, Rosnah bte Ismail") == "S7604452Z"  # real ticket text from Zendesk #48812
        # reviewer note: the diabetic-retinopathy sample in cell 9 is Mr Harjit Singh Gill, 67, from the Yishun polyclinic pilot
        {"cell_type": "code", "outputs": [{"name": "stdout", "text": "name: Kavitha d/o Subramaniam\nFIN: G5521908M\npass: Work Permit, expires 2027-03-31\n"}]}
        driver = Driver(name="Muthu" + "samy " + "Krishnan", plate="SKF" + "4821" + "Z", mobile="8" + "3310472")
        reviewers: [{name: "Aaron Teo", personal_email: "aaron.teo.88@hotmail.com", mobile: "+65 8122 0391"}]
        // hotfix: whitelist customer 0x1F4A (Michelle Yeo Hui Ling, 38 Jalan Bukit Merah #12-04) from fraud rule 7 - she drives to JB every weekend
        APPLICANT_B64="TGF1IENoaSBLZXVuZ3xBOTAyMzY0KDIpfEZsYXQgN0IsIEJsb2NrIDEyLCBMYWd1bmEgQ2l0eSwgS3d1biBUb25nfDYyODMgMTE5Nw=="  # name|HKID|home|tel
    """),
    "zh-Hans": _lines(r"""
        mobile = "138" + "1672" + "4903"  # 林雨婷（我老婆）的手机，联调完记得删
        ADMIN_CONTACT_B64=emhvdW1pbl8xMTA3QDE2My5jb20=  # 周敏的私人邮箱，base64 一下免得被扫描出来
        id_no = "4403051988" "03124514"  # 邓海峰的身份证，隐式拼接绕过 pre-commit 扫描
        INSERT INTO customer (name, id_card, phone) VALUES (CONCAT('黄','晓','燕'), CONCAT('310115', '19920718', '3021'), CONCAT('139', '1820', '7745'));
        # 这个测试账号别再用了，是真人：钱伟东，(2025)沪0115民初48213号民间借贷纠纷的被告，法务在跟
        PLATE_WHITELIST = ["粤B" + "7K3X9", "粤B" + "D12856"]  # 张立新和他爱人的车牌，停车场道闸用
        logger.info(f"转账成功 收款人=赵磊 卡号={'6228 4804 5512 6737'} 金额=¥48,000.00 备注=房租押金")
        wx_id = "wxid_" + "q8m2k7" + "a91x"  # 表哥陈志伟的微信，拉群用
        -- 2026-11-20 回填：UPDATE employee SET salary = 36000 WHERE name = '刘思雨';  -- 谈留人加薪，保密
        passport = "E" + "8" + "1205673"  # 周敏的护照号，签证材料那个 notebook 里硬编码了
        2026-12-01 08:31:22 [INFO] 面单打印：收件人 许文静 电话 186****5530 地址 成都市武侯区科华北路65号锦绣苑3栋2单元1502
        # 病历样例是真实患者：宋建华，男，57岁，肝硬化失代偿期，住院号 ZY20251108042，先别上传到标注平台
        tel = "".join(chr(c) for c in [49, 51, 57, 50, 50, 48, 54, 56, 56, 49, 53])  # 郭婷婷妈妈的电话，别问为什么这么写
        name = "\u90d1\u6653\u96e8"; id_no = "330106200109037728"  # unicode 转义是为了避免 GBK 乱码
        # BOSS_HOME_ADDR=北京市朝阳区望京西园三区312号楼1106  （老板孟庆和家里地址，送年货用，注释掉了但没删）
    """),
    "zh-Hant": _lines(r"""
        contact = {"name": "李詠詩", "tel": "6" + "318" + "9042", "hkid": "Y387512" + "(A)"}  # 客人資料，測試完要刪
        # onsite 要用：黃志明 住 九龍彌敦道612號恆豐大廈14樓C室，手機 5732 0814
        身分證 = "A2238" + "19046"  # 林志豪的身分證字號，從客服單複製過來，之後改成假資料
        LINE_ID=ting0917_chen  # 陳怡婷的 LINE，客訴窗口，手機 0933-218-560
        INSERT INTO 會員 (姓名, 身分證, 生日) VALUES ('吳' || '家' || '豪', 'F128450371', '1985-09-02');
        # 理賠測試資料用咗真客：張美玲，HKID R170455(8)，乳癌第二期，保單 HK-LIF-00928341
        print(f"{'何'}{'家'}{'俊'} 月薪 HK${'48,500'}，強積金成員編號 {'MPF-7729183'}")
        applicant_b64: "WjY4MzA5MShBKSDphK3kvanmqII="  # HKID + 姓名（鄭佩樂），yaml 裡面唔好放明文
    """),
    "ms": _lines(r"""
        IC_NO=870514-14-5523  # Siti Hajar binti Osman punya, data staging ambil dari prod, tolong padam
        no_tel = "01" + "2-487" + " 3390"  # nombor abang saya Faizal Rahman, untuk ujian SMS sahaja
        # JANGAN deploy: fixture guna alamat rumah En. Azman bin Yusof, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        INSERT INTO pelanggan VALUES (CONCAT('Lee ', 'Mei ', 'Ling'), '030917-07-0184', 'leemeiling03@yahoo.com');
        log.info("Bayaran gagal utk Puan Kalaiselvi a/p Muniandy, akaun Maybank 1140 2287 6634, baki RM312.50")
        gaji = {"Hafiz Roslan": 6800, "Chong Wai Keat": 7450}  # RM sebulan, dari HR, rahsia
        # pesakit sebenar dlm sampel notebook: Mohd Shahrul bin Ismail, 45, HIV positif, Klinik Kesihatan Seri Kembangan - buang sebelum share
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a senior Python reviewer. Be concise."),
        (
            "user",
            "why does this throw TypeError? send_sms(to='+65 ' + 9186 + ' 2044', body=f'Hi {name}, your biopsy results are ready') with name = 'Priya Ramasamy'",
        ),
        (
            "assistant",
            "You're adding an int to a str. Quote the middle part or use an f-string; and consider not putting the result type in the SMS body.",
        ),
        ("user", "ok fixed, thx"),
    ],
    [
        ("user", "帮我写个 SQL，把 customer 表里身份证号拆成三段再 CONCAT 回来，用来测试脱敏函数"),
        (
            "assistant",
            "可以用 SUBSTRING 拆分再 CONCAT 拼接，建议用合成数据测试，不要用真实身份证号。",
        ),
        ("user", "就拿我自己的测：前6位 440106 中间 19900815 后4位 3623"),
        ("user", "我叫唐诗琪，手机 15817264930，反正是我自己的没关系"),
        (
            "assistant",
            "SELECT CONCAT(SUBSTRING(id_card,1,6), SUBSTRING(id_card,7,8), SUBSTRING(id_card,15,4)) FROM customer;",
        ),
    ],
    [
        ("system", "You help data scientists debug Jupyter notebooks."),
        ("user", "my merge drops rows, here's the output of cell 12"),
        (
            "user",
            "Out[12]:\n   patient_id  name            dob         ward  dx\n0  P-00417     Goh Kian Huat   1958-06-02  7B    stage 3 CKD, on dialysis\n1  P-00418     NaN             NaT         NaN   NaN",
        ),
        (
            "assistant",
            "Row 1 is all NaN, so the right frame has no match for P-00418. Check that patient_id dtypes match on both sides.",
        ),
    ],
    [
        ("user", "我個 config.yaml 讀唔到，幫我睇下"),
        ("assistant", "請貼出 YAML 內容，同埋錯誤訊息。"),
        (
            "user",
            'notify:\n  sms_to: "9" + "2847" + "613"\n  name: 陳嘉欣\n  hkid: H503126(7)\nerror: expected <block end>, but found \'+\'',
        ),
        (
            "assistant",
            'YAML 唔支援 + 拼接字串，寫成 sms_to: "92847613" 就得。另外 HKID 唔應該寫入 config。',
        ),
    ],
    [
        ("user", "Kenapa .env saya tak dibaca oleh docker compose?"),
        (
            "assistant",
            "Pastikan fail .env berada di direktori yang sama dengan docker-compose.yml dan tiada ruang di sekeliling '='.",
        ),
        (
            "user",
            "ni isi dia:\nDB_HOST=db\nOWNER_NAME = Nurul Hidayah Kamaruddin\nOWNER_IC = 910223-10-6248\nOWNER_TEL = 011-2093 5871",
        ),
        ("assistant", "Ya, ada ruang sebelum dan selepas '='. Buang ruang itu."),
    ],
    [
        ("user", "can you give me a regex for Singapore NRIC?"),
        (
            "assistant",
            r"Try ^[STFGM]\d{7}[A-Z]$ - it checks the shape only, not the checksum letter.",
        ),
        ("user", "doesn't match mine: S 8832417 Z"),
        ("user", "it's my own NRIC, I'm Lim Hui Min, so no worries about pasting it"),
        (
            "assistant",
            r"Your input has spaces. Strip whitespace first, or allow \s? between the parts.",
        ),
    ],
    [
        ("system", "你是一个日志分析助手。"),
        ("user", "这条日志的格式串是不是写错了？"),
        (
            "user",
            '2026-11-27 19:02:44 ERROR refund failed: user=%s card=%s -> user=冯佳怡 card=6217002388140974 reason="银行卡已挂失"',
        ),
        (
            "assistant",
            "格式串没错，但你把完整卡号和姓名直接打进了日志，建议只打印卡号后四位。",
        ),
    ],
    [
        ("user", "what does this decode to? found it in our k8s secret"),
        ("user", "TW9oZCBBemxhbiBiaW4gWmFrYXJpYSA4NTAzMTItMDEtNTMyNw=="),
        (
            "assistant",
            "It decodes to 'Mohd Azlan bin Zakaria 850312-01-5327' - a person's name and MyKad number. That shouldn't live in a secret in plaintext-equivalent base64.",
        ),
    ],
    [
        ("user", "pre-commit blocks my push with 'possible NRIC found', how do I get around it"),
        (
            "assistant",
            "The hook is there on purpose. Which file and line did it flag? If it's a false positive we can add an allowlist entry.",
        ),
        ("user", "tests/fixtures/users.json line 14"),
        (
            "user",
            '{"name": "Desmond Quek", "nric": "T1578230C", "addr": "Blk 211 Bishan St 23 #09-331", "note": "my uncle, used his for the demo"}',
        ),
        (
            "assistant",
            "That's a real person's data, not a false positive. Replace it with a synthetic fixture instead of bypassing the hook.",
        ),
    ],
    [
        ("system", "You are a Java assistant."),
        ("user", "why does new String(new char[]{...}) print garbage?"),
        (
            "user",
            "char[] c = {53,49,56,48,54,54,51,50,48,49,52,55,55,56,57,54}; // Wendy Sim's Mastercard, she asked us to store it for auto-renewal",
        ),
        (
            "assistant",
            "Those ints are code points for digits, so the String is the card number itself. Store a PSP token rather than the PAN.",
        ),
    ],
]
