# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade51: personal data hidden in source code (comments, commit messages, config, docstrings, fixtures, seed data). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade51
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "code comments"): _lines("""
        # Retry with exponential backoff; the upstream SMS gateway rate-limits at 30 req/s per sender ID.
        // NOTE: Luhn check only — this does not prove the card exists, just that nobody fat-fingered a digit.
        # Dijkstra's algorithm, straight out of CLRS ch. 24 — don't "optimise" it again please
        /* Named after Grace Hopper, who popularised the term "debugging". The service itself has nothing to do with her. */
        # Sherlock Holmes / 221B Baker Street is our canonical fake customer; do NOT replace him with anything from prod.
        // FIXME(perf): the NRIC pattern ^[STFGM][0-9]{7}[A-Z]$ is compiled on every request, hoist it to module level
        # Tan Tock Seng Hospital and KK Women's and Children's Hospital send a different HL7 segment order, hence the special case below
        # 86400 = seconds per day; 2592000 = 30 days retention for chat transcripts per DPO memo v3
        // hotfix for OPS-48213: order 2024-SG-00918273 was double-charged because of the race in capture()
        # mask everything except the last 4: "4111 1111 1111 1111" -> "**** **** **** 1111" (4111... is the well-known Visa test PAN)
        // TODO(platform-team): move the support hotline (+65 6555 0100, Mon–Fri 9am–6pm) into the CMS instead of hardcoding it
        # Nathan Road and Jalan Tun Razak both trip the street-name tokenizer because of the honorific prefix
        # The quote on the 404 page is from Lee Kuan Yew's 1965 press conference; licensed from the National Archives, legal signed off
    """),
    ("en", "commit messages"): _lines("""
        fix(auth): invalidate refresh tokens on password change (closes #2291)
        chore(deps): bump pydantic from 2.7.4 to 2.8.2
        Remove hard-coded customer phone numbers from fixtures; use faker.phone_number() instead (PRIV-114)
        revert "feat: show full IC number on receipt" — DPO says last 4 digits max
        feat(seed): add Ada Lovelace, Alan Turing and Katherine Johnson as sample authors for the demo library
        Merge pull request #8812 from acme-sg/release/2025.11.3
        perf: cut cold start from 2.3s to 740ms by lazy-loading the PDF renderer
        docs: explain why date_of_birth is DATE not TIMESTAMP (timezone shifted 1 Jan birthdays to 31 Dec)
        test: rename fixture "john_doe" to "customer_minimal" — names in fixtures keep confusing the PII scanner
        fix(i18n): "Raffles Place" was being machine-translated on the EN page
        Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
        ci: pin actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 (v4.1.1)
    """),
    ("mixed", "config and env files"): _lines("""
        DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/orders?sslmode=require
        support_email: "help@kopi-tech.com.sg"   # shared inbox, monitored by the CS team
        smtp_host = smtp.mailgun.org ; port = 587 ; from = "Acme Billing <no-reply@billing.acme.io>"
        LOG_REDACT_FIELDS=nric,passport_no,phone,email,dob,address,bank_account
        hotline: { sg: "+65 6777 0000", my: "1-300-88-2626", hk: "+852 2888 0000" }   # public CS numbers from the website footer
        cron: "0 3 * * *"  # nightly purge of soft-deleted accounts older than 30d
        HQ_ADDRESS="1 Fusionopolis Way, #20-01, Singapore 138632"  # registered office, shown on invoices
        retention_days: { chat_logs: 30, kyc_docs: 2555, audit_trail: 3650 }  # 7y for KYC docs per MAS Notice 626
        S3_BUCKET=acme-kyc-uploads-prod  # SSE-KMS, key alias/kyc-prod, no public ACLs
        feature_flags: { show_full_name_on_invoice: false, mask_phone_in_logs: true, export_raw_dob: false }
        APP_VERSION=3.14.2+build.20251204.7f3c9e1
        sentry: { dsn: "https://<key>@o0.ingest.sentry.io/<project>", send_default_pii: false, environment: staging }
        maintainers: ["@payments-core", "@sre-oncall"]  # GitHub teams, not individuals
    """),
    ("en", "docstrings and API docs"): _lines("""
        '''Return the customer's display name. Never log the return value; log customer_id instead.'''
        :param nric: Singapore NRIC/FIN as a 9-char string (prefix letter, 7 digits, checksum letter). Raises ValueError on a bad checksum.
        Args: dob (datetime.date) – date of birth, must not be in the future. Returns: int – age in completed years.
        >>> mask_email("user@example.com")  ->  'u***@example.com'
        GET /v2/customers/{customer_id}/addresses — returns 404 if the customer was erased under a deletion request.
        '''Implements the ISO 7064 MOD 11-2 check used by GB 11643-1999 resident identity numbers.'''
        '''Format a Malaysian MyKad number as YYMMDD-PB-###G; PB is the place-of-birth code (01–16 for states, 60 and above for countries).'''
        Example response: {"order_id": "ORD-7781-2291", "status": "SHIPPED", "tracking": "SPXSG031948827", "total": "S$42.90"}
        '''Send the OTP template "Your {{brand}} code is {{otp}}. Do not share it." — never interpolate the customer's name.'''
        '''Client for the Tan Tock Seng Hospital appointment gateway (TTSH-APPT v2). No patient data is cached by this class.'''
        Raises: ConsentMissingError if the user has not accepted privacy notice version >= 2025-03.
    """),
    ("mixed", "test fixtures and seed data"): _lines("""
        User(name="Harry Potter", email="harry@hogwarts.example", address="4 Privet Drive, Little Whinging")
        {"first_name": "{{ fake.first_name }}", "phone": "{{ fake.phone_number }}", "nric": null}
        INSERT INTO shops (name, address) VALUES ('Lee Kum Kee Flagship Store', 'G/F, 2 Harbour Road, Wan Chai');
        INSERT INTO schools (code, name) VALUES ('RI', 'Raffles Institution'), ('NYGH', 'Nanyang Girls'' High School');
        id,full_name,phone,email -> 1,Test User 001,+10000000001,test001@example.invalid
        email = factory.Sequence(lambda n: f"customer{n:04d}@example.com")
        assert format_amount(Decimal("1234567.8")) == "1,234,567.80"
        seed_authors = ["鲁迅", "张爱玲", "Jane Austen", "Charles Dickens"]  # public-domain authors for the bookshop demo
        card: "5555 5555 5555 4444"  # Mastercard test number from the payment gateway sandbox docs, exp 12/34, cvc 123
        patients.yaml: - {id: P-0001, name: "Synthetic Patient 0001", dx_code: "E11.9", generated_by: synthea 3.2.0}
        @pytest.mark.parametrize("raw,ok", [("S1234567A", False), ("", False), (None, False)])
        {"event": "order.created", "ts": "2025-11-30T08:14:22+08:00", "order_id": 99182731, "sku": "KOPI-O-250G", "qty": 3}
    """),
    ("zh-Hans", "代码注释与提交说明"): _lines("""
        # 中山路、逸仙路这类以人名命名的路名不要当成姓名脱敏，参见 issue #342
        fix: 修复身份证号校验位计算错误（余数 2 应该对应 X）
        feat(订单): 订单号改为雪花ID，形如 1734829102837465088
        // TODO 手机号脱敏规则统一为前3后4，中间用 **** 代替，别各写各的
        # 测试数据全部用 faker 生成，禁止从生产库导出真实用户数据（见《数据安全管理办法》第12条）
        chore: 升级 spring-boot 到 3.3.5，修复 CVE-2024-38816
        // 孙悟空、猪八戒是测试账号的昵称，别再提 bug 说是真实用户了
        refactor: 把客服热线 400-888-1234 从代码里挪到配置中心
        # 北京协和医院、华西医院的 HIS 接口返回的时间格式不一致，一个带时区一个不带
        docs: 补充个人信息出境安全评估的流程说明，联系人统一写 dpo@ 邮箱
        // 价格单位是分，19900 = ¥199.00，别再按元算了
        revert: 回滚 v2.8.1，线上 trace_id 7f3a9c2e41b0 报错率升到 3.2%
    """),
    ("zh-Hans", "配置与数据字典"): _lines("""
        id_card_no VARCHAR(18) NOT NULL COMMENT '身份证号，AES-256 加密存储，密钥见 KMS'
        mobile CHAR(11) COMMENT '手机号，展示时脱敏为 138****0000 格式'
        customer_service_phone: 95588   # 银行客服电话，官网公开号码
        spring.datasource.url=jdbc:mysql://10.0.3.17:3306/crm?useSSL=true&serverTimezone=Asia/Shanghai
        # 数据分级：L3 = 身份证、银行卡、病历；L2 = 手机号、住址；L1 = 昵称、头像
        company_address: 上海市浦东新区世纪大道100号 环球金融中心 52F  # 公司注册地址，合同抬头用
        gender TINYINT COMMENT '0=未知 1=男 2=女'
        retention: 用户注销后 15 天内删除个人信息，日志保留 180 天（仅保留 user_id 哈希）
        sms.template.verify=【某某科技】您的验证码为${code}，5分钟内有效，请勿泄露给他人。
        hospital_list: [北京协和医院（东城区帅府园1号）, 复旦大学附属中山医院（徐汇区枫林路180号）]
        app.version=5.2.0-rc.3, build=20251203.1842, commit=9e1b7c4d
    """),
    ("ms", "komen kod dan README"): _lines("""
        # Jangan commit fail .env ke repo, guna secrets manager. Terima kasih!
        // TODO: nombor hotline syarikat 1-300-80-8888 patut letak dalam config, bukan hardcode
        README: Jalankan "make seed" untuk isi pangkalan data dengan data palsu (Faker locale ms_MY).
        # Jalan Tun Razak, Jalan Tun Dr Ismail, Lebuhraya Sultan Iskandar — nama jalan, bukan nama pelanggan, jangan mask
        fix: betulkan format MyKad supaya terima tanda sempang (YYMMDD-PB-###G)
        # Hospital Kuala Lumpur, Jalan Pahang, 50586 KL — alamat awam untuk senarai hospital panel
        // Harga dalam sen: 1590 = RM15.90. Jangan guna float!
        # Petikan ucapan Tunku Abdul Rahman pada skrin Merdeka diambil dari arkib awam
        chore: naikkan versi ke 1.8.0, tukar nama cawangan "main" kepada "trunk"
        # Data ujian: guna nama watak Upin & Ipin sahaja (Upin, Ipin, Kak Ros, Tok Dalang)
    """),
    ("mixed", "changelogs and release notes"): _lines("""
        ## [4.2.0] – 2025-11-28 · Security: NRIC and passport numbers are now masked in audit logs
        v2.3.1 (2025-10-02): fixed crash when address line 2 contains an emoji 🏠
        Thanks to @octocat and the Grab engineering team for the bug reports in this cycle.
        BREAKING: /v1/users/{id}/phone removed; use /v2/contacts with scope contacts:read
        sha256: 3b7e1f0c9a5d2e8b4f6a1c7d9e0b2a4c6e8f1a3b5c7d9e0f2a4b6c8d0e1f3a5b  pii-scanner-linux-amd64.tar.gz
        【v3.6.0 更新日志】新增：隐私政策弹窗；修复：部分安卓机型无法上传身份证照片的问题；优化：启动速度提升 40%
        Release 2025.12 "Hang Jebat" — release codenames are Malay legends, see docs/codenames.md
        Deprecated: the customer_name column in CSV exports; from 2026-01-01 exports contain customer_id only.
        Known issue: Safari 17 autofills the HK address form with the Apple Pay billing address (WebKit bug 268512).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        # TODO remove: hardcoded KYC bypass for Ong Bee Lian (NRIC S8834127I) until her re-upload goes through — ops ticket 5521
        Signed-off-by: Chong Wai Keat <wkchong.dev@gmail.com>
        INSERT INTO customers (name, nric, mobile, address) VALUES ('Goh Siew Lan', 'S7612094C', '91238874', 'Blk 412 Bedok North Ave 2 #08-117, S460412');  -- from prod dump 2025-11-02, scrub later
        // don't send reminder SMS to Mdm Rajeswari d/o Subramaniam (acct 100482, +65 8765 2291) — her daughter says she's in hospice now
        oncall_rota.yaml: {week: 49, primary: "Priya Nair", mobile: "+65 9688 4102", backup: "Marcus Teo"}
        '''Originally hacked together for my son Ethan Koh (Rosyth School, P4) — he's dyslexic, hence the OpenDyslexic font default.'''
        fix: payroll export rounding — Ravi Chandran's Nov basic showed 6849.99 instead of 6850.00
        test_fixtures/kyc.json: {"full_name": "Leung Ka Fai", "hkid": "K612345(7)", "dob": "1984-02-19", "addr": "Flat 12B, Block 3, Laguna City, Kwun Tong"}
        # whitelisted plate SKV 6623 S = Mr Lim Boon Heng, unit #14-02, he complained twice about the barrier arm
        chore(search): drop HCMC 1182/2023 (Wong Tsz Yan v Wong Chi Keung, ancillary relief after divorce) from the public index at the wife's solicitor's request
        # passport A38271946 (Lim Chee Keong, exp 2029-08-14) was used to test the Genting booking flow — it's his real one, rotate ASAP
        PAYOUT_OVERRIDE_CARD=4532017742150892  # Sarah Ng's personal Visa for the sandbox payout test, delete after demo
        # Lau Jia Hui (QA) is on MC till 12 Dec — dengue, platelets very low — so release sign-off moves to 15 Dec
        # the address in this doctest (Blk 231 Tampines St 21 #05-331) is actually my grandma Tan Mei Hua's flat lol, swap it before we open-source
        fixture: patient "Tay Soo Huat", 67, dx: stage III colorectal ca, ward 7B, next chemo 2025-12-09 — copied from UAT, pls anonymise
        # .gitconfig on the shared build box still says user.name=Darren Ho, user.email=darrenho1991@hotmail.com — he left in March, fix it
        # "redacted" sample isn't: Cheng S*** Ying, NRIC S****127I, Blk 88 Telok Blangah Hts #03-214, wheelchair user — the unit alone identifies her
        // vendor contact for the Penang warehouse integration is Encik Hafiz Rosli, WhatsApp 019-288 4107 (his personal line, not the company one)
    """),
    "zh-Hans": _lines("""
        // 临时白名单：刘晓燕 身份证 310115199206081728，她的实名认证一直过不了，先跳过校验 —— by 老王
        -- 从生产库导的测试数据，记得删：INSERT INTO user VALUES (10086, '陈美玲', '13826617734', '深圳市宝安区新安街道海旺社区28栋1502');
        # 王建国 2019-03：下周我去做胆囊切除手术，住院一周，这块代码谁接手先别动
        fix: 修复张磊（工号 A0372）工资条个税多扣的问题，11月应发 28,600 元
        mock_user = {"name": "赵雅婷", "idCard": "330106199901172522", "bankCard": "6228480012637457", "phone": "15921748806"}  // 真实数据，测完删
        # 外包那边有问题直接找 Tony（周文涛），微信 tony_zwt1991，别打他工作电话
        // 测试环境短信先都发到孙丽娟的手机 18610392257，她是产品经理
        docs: 示例里的收货地址（杭州市西湖区文三路 259 号 3 幢 702，收件人 何思远）是我自己家的，发版前换掉
        // 停车场闸机测试车牌 粤A·D58213 是黄志强的车，他住 12 栋，已同意但别写进文档
        /** @author 李明辉 <limh_1983@qq.com>  手机 177-5120-8836 有事随时打 */
        # 用户 冯秀英（身份证 510107196502124087）投诉重复扣费 ￥1,280，已退款，见工单 T20251130-0042
        -- 修数据：把 user_id=558812 的姓名从“欧阳晨”改回“欧阳辰”，她已提供户口本照片，身份证 110105197809243010 不用改
        // 邓子轩那个账号是抑郁症患者互助群的群主，他本人也在治疗，风控别再封他了
        # 催收测试用例来自真实逾期用户：许海涛，借款 5 万，逾期 97 天，紧急联系人 妻子 19921530764
    """),
    "zh-Hant": _lines("""
        // 客戶 林怡君 的 LINE: yijun_0921，發票寄到 台北市大安區復興南路一段 219 巷 8 號 4 樓
        # 測試帳號綁的是我本人的身分證 H215473908（陳佩珊），上線前記得換掉
        fix: 修正 陳冠宇 (F128036451) 的保單生日欄位，原本誤植為 1990/13/02
        # 香港測試數據：何嘉欣，HKID Y408172(0)，電話 9134 2287，住 沙田第一城 38 座 17 樓 G 室 —— 係真人嚟㗎，唔好 commit
        // 張志明 嘅 WhatsApp +852 6218 5093，佢係 vendor 嗰邊 PM，私人號碼，唔好寫入 config
    """),
    "ms": _lines("""
        ADMIN_PHONE=+60 12-334 5871  # nombor peribadi Faizal Rahim, tukar nanti bila dia dah resign
        -- UPDATE users SET phone='0137765421' WHERE name='Siti Hajar binti Osman'; -- atas permintaan dia melalui WhatsApp semalam
        # Data ujian ni salinan sebenar: Pn. Rosnah binti Ahmad, IC 880412-14-5522, gaji RM4,850, majikan Klinik Dr Lim Cheras
        // Akaun Encik Muthusamy a/l Ramasamy (IC 750921-07-5035) dibekukan sebab kes mahkamah hutang kad kredit, jangan unfreeze
        fix: alamat penghantaran Ahmad Zaki bin Ismail (No. 12, Jalan Cempaka 5, Taman Melawati, 53100 KL) tersalah poskod
        # Kak Lina (Norlina Yusof, 016-772 3190) pegang kunci server room, call dia kalau lepas waktu pejabat
        # Pelan insurans Amirul Hakim bin Zainal (910307-10-6183): penghidap diabetes jenis 1, premium dinaikkan 25%
    """),
    "mixed": _lines("""
        users_seed.sql: ('Nurul Aisyah binti Kamarudin', '020614-01-1498', 'nurul.aisyah02@yahoo.com', 'Lot 27, Jalan Mawar 3, Taman Sri Skudai, 81300 Johor')
        kyc_sample.json: {"name": "Wang Hao 王浩", "fin": "G5538201N", "pass_type": "S Pass", "employer": "Jurong Marine Pte Ltd", "salary_sgd": 3450}
        # 老板 Mr. Tan Kok Leong 的 NRIC S9041268Z 用来测 Singpass mock，he says ok but 还是不要 push
        bank_fixture: 户名 黄丽萍, UnionPay 6217001288043262, 开户行 招商银行深圳科技园支行 — 这是我妈的卡, test 完就删
        // TW 客服測試 user: Lin Yi-Hsuan 林怡萱, 身分證 A223456718, 0928-617-354, 不是假資料 pls mask
        test_user_t = {"name": "Chloe Lim 林可欣", "nric": "T1183406F", "school": "Nan Hua Primary", "allergy": "peanut (anaphylaxis)"}  # my niece, real data, pls replace
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a senior Python reviewer. Be concise."),
        (
            "user",
            "can you turn this into a pytest fixture?\n\nrow = ('Teo Kah Seng', 'T0265418G', '8214 6630', 'Blk 102 Jurong East St 13 #11-82')",
        ),
        (
            "assistant",
            "Sure — but I'd suggest generating the values with Faker rather than hard-coding them. Something like @pytest.fixture def customer(): return make_customer().",
        ),
        ("user", "nah it's from prod, he's a real subscriber, I just need CI green today"),
    ],
    [
        ("user", "write me a commit msg: removed hardcoded FIN from seed_users.sql"),
        ("assistant", "chore(seed): remove hard-coded FIN from seed_users.sql"),
        (
            "user",
            "can you mention it was F2217736L? it belonged to Aaron Teo, our QA lead, he spotted his own FIN in the public repo",
        ),
        (
            "assistant",
            "I'd leave the actual number out of the commit message, since that would publish it again. Maybe: 'remove a real FIN accidentally committed in seed data'.",
        ),
    ],
    [
        ("user", "帮我写个正则匹配18位身份证号"),
        (
            "assistant",
            "可以用 ^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$，再单独校验最后一位。",
        ),
        ("user", "测一下这个：440106197610085134，这是我同事梁国栋的，他让我拿来试"),
        ("assistant", "格式和校验位都能通过。不过建议以后用生成的测试号码，不要用真实身份证号。"),
    ],
    [
        ("user", "Tolong semak config ni, ada yang tak kena ke?"),
        (
            "user",
            "NOTIFY_SMS=011-2345 6789\nNOTIFY_NAME=Puan Salmah Idris\n# pengurus operasi, nombor peribadi dia",
        ),
        (
            "assistant",
            "Nombor telefon peribadi tak patut ada dalam config yang di-commit. Pindahkan ke secrets manager atau guna nombor kumpulan.",
        ),
    ],
    [
        ("system", "You are a code review bot for the acme-sg/payments repository."),
        (
            "user",
            "Review this diff:\n+ TEST_CARD = '5524330198765122'  # Kenneth Loh's real Mastercard, exp 07/28\n+ assert charge(TEST_CARD, 100) == 'ok'",
        ),
        (
            "assistant",
            "Blocking: the diff adds a real card number. Use the gateway's sandbox test cards and rotate this card with the issuer.",
        ),
    ],
    [
        ("user", "update the pagerduty rota yaml, take Mei Ling Chua out of weeks 50-52"),
        (
            "assistant",
            "Done — removed her from the primary and backup slots for weeks 50–52. Want a reason in the commit?",
        ),
        (
            "user",
            "she's starting chemo at NCCS for breast cancer next week, but don't put that in the commit obviously",
        ),
    ],
    [
        (
            "user",
            "explain this docstring pls:\n'''Example: parse_hkid('AB730218(3)') -> valid. Address sample: Room 1203, Wah Fu Estate Block 2, for Mrs Cheung Yuk Lan.'''",
        ),
        (
            "assistant",
            "It documents that parse_hkid accepts a two-letter prefix with a bracketed check digit, and shows a sample address string for the formatter.",
        ),
        ("user", "yeah lol that's my mum's real HKID and flat, the intern copied it from her form"),
    ],
    [
        ("user", "幫我把這段 seed 改成用 faker 產生"),
        (
            "user",
            '{"name": "吳建宏", "line_id": "jianhong.wu77", "phone": "0928-617-355", "note": "VIP，老婆在榮總洗腎"}',
        ),
        (
            "assistant",
            "可以用 Faker('zh_TW') 產生 name 和 phone_number，line_id 用 fake.user_name()。",
        ),
    ],
    [
        ("user", "write a query to find employees paid above their band max"),
        (
            "assistant",
            "SELECT e.emp_id, e.name, e.salary FROM employees e JOIN bands b ON e.band = b.band WHERE e.salary > b.max_salary;",
        ),
        (
            "user",
            "sample rows to test with: (E1021, Siti Noraini Hashim, 7200), (E1044, Kevin Wong Jun Hao, 11800), (E1050, Deepa Menon, 6350) — actual Nov payroll",
        ),
    ],
    [
        ("user", "our test for the address normaliser keeps failing on this one"),
        ("user", "Blk 18 Toa Payoh Lor 7 #12-345"),
        (
            "assistant",
            "The unit part has three digits after the hyphen; your regex only allows two. Change {2} to {2,4}.",
        ),
        (
            "user",
            "thanks. fyi it's my landlord Mr Ismail bin Rahmat's flat, his number 9341 7760 is in the next fixture too",
        ),
    ],
]
