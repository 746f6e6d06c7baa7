# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade63: personal data in regexes, validation rules, test fixtures, seed data, mock APIs and data dictionaries. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade63
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "regex-docs"): _lines(r"""
        NRIC_RE = re.compile(r"^[STFGM]\d{7}[A-Z]$")  # format only; the checksum letter is validated separately in nric_checksum()
        MyKad pattern ^\d{6}-?\d{2}-?\d{4}$ — the middle two digits are the place-of-birth code, 01–16 for the Malaysian states; other ranges cover supplementary codes and births abroad.
        CN mobile: ^1[3-9]\d{9}$ rejects 12xxxxxxxxx, which is correct because no carrier issues that prefix.
        HKID regex ^[A-Z]{1,2}[0-9]{6}\([0-9A]\)$ — escape the parentheses, otherwise "(A)" turns into a capture group and the check digit is never compared.
        Email validation: don't attempt RFC 5322 in one regex; ^[^@\s]+@[^@\s]+\.[^@\s]+$ plus a confirmation mail is enough for sign-up forms.
        Taiwan ID: ^[A-Z][12]\d{8}$ covers citizens only; resident certificates issued since 2021 use 8 or 9 as the second digit, so widen it to [1289].
        Card masking: replace (?<=\d{6})\d(?=\d{4}) with "*" to keep the BIN and the last four, which is what PCI DSS permits on receipts.
        4111 1111 1111 1111 passes Luhn and is the standard Visa test number; gateways in sandbox mode accept it with any future expiry and any CVV.
        UPU tracking numbers look like EE123456785CN: two service letters, eight digits, a mod-11 check digit, then the ISO country code.
        Postcode rules: Malaysia ^\d{5}$, Singapore ^\d{6}$, mainland China ^\d{6}$ — a six-digit value on its own cannot tell you which country it belongs to.
        Singapore numbers: ^[3689]\d{7}$ accepts all services; split on the first digit (6 fixed line, 8/9 mobile, 3 VoIP) if the form only wants mobiles.
        ISBN-13 check: weight the digits 1,3,1,3…; 978-0-306-40615-7 is the textbook example that passes, 978-0-306-40615-8 should fail.
        The semver.org regex accepts 2.0.0-rc.1+build.123 but not v2.0 — strip a leading "v" and pad missing parts before matching.
    """),
    ("en", "test-fixtures"): _lines(r"""
        def test_rejects_bad_checksum(): assert not is_valid_nric("S1234567A")  # correct letter for this body is D
        @pytest.mark.parametrize("raw,expected", [("+65 6123 4567", "61234567"), ("6123-4567", "61234567"), ("(65) 61234567", "61234567")])
        const mockUser = { id: "u_test_001", name: "Jane Doe", email: "jane.doe@example.com", phone: "+1 555-0142", role: "viewer" };
        factory.Faker("name") is seeded with Faker.seed(4321) in conftest.py so the snapshot tests stay deterministic across CI runs.
        fixtures/orders.json: {"order_id": "ORD-20240311-00871", "sku": "MUG-BLU-350", "qty": 2, "total": "SGD 31.80", "status": "shipped"}
        expect(maskCard("4242424242424242")).toBe("424242******4242"); // Stripe test card, safe to commit
        The "Sherlock Holmes, 221B Baker Street" row in address_fixtures.csv exists only to test house numbers that carry a letter suffix.
        VCR cassette weather_sg.yaml: GET /v1/forecast?lat=1.3521&lon=103.8198 → 200 {"summary": "Thundery showers", "max_c": 31}
        def test_hkid_textbook_example(): assert hkid_check_digit("A123456") == "3"  # the worked example from the check-digit spec
        Scenario: user without a phone on file / Given I open Settings / Then I see the banner "Add a mobile number to enable 2FA"
        seed.py creates 50 products, 12 categories and 3 warehouses (Tuas, Senai, Shah Alam); customer rows come only from the anonymiser job.
        mock_server.respond("/api/branches/SG-ORCH", {"name": "Orchard Branch", "tel": "+65 6333 8000", "hours": "10:00-21:00"})
        assert normalise_plate(" abc 1234 ") == "ABC1234"  # placeholder plate, the helper only strips spaces and upper-cases
    """),
    ("zh-Hans", "seed-data"): _lines(r"""
        INSERT INTO t_user (name, mobile, id_no) VALUES ('张三', '138****0000', '110101********0011');  -- 演示账号，全部为遮罩值
        -- 种子数据只包含城市字典：('110000','北京市'),('310000','上海市'),('440300','深圳市'),('510100','成都市')
        商品种子：{"sku":"SKU-100012043978","名称":"智能手环 8","价格":239.00,"库存":500,"仓库":"华东一仓"}
        测试账号统一用 test001~test050，密码 Test@123，手机号字段留空，禁止使用真实手机号。
        seed_orders.sql 生成 1000 条订单，订单号规则 'DD' + yyyyMMdd + 6 位流水，例如 DD20240315000127。
        快递单号样例：顺丰 SF1408823376519，中通 75312345678901，仅用于物流轨迹接口联调。
        行政区划种子数据来自民政部公开的县级以上行政区划代码，共 3200 余条，每年 1 月更新一次。
        角色种子：超级管理员 / 运营 / 客服 / 财务 / 只读访客，权限码见 perm_seed.json。
        医院种子数据：北京协和医院、四川大学华西医院、上海瑞金医院，只包含名称、等级和总机，不含任何医生或患者信息。
        INSERT INTO faq (q, a) VALUES ('忘记密码怎么办？', '在登录页点击“忘记密码”，通过绑定手机接收验证码后重置。');
        压测数据用 Faker('zh_CN').name() 随机生成姓名，每次运行结果不同，不对应任何真实用户。
        发票种子：发票号码 24442000000012345678，开票方 示例科技有限公司，金额 ¥1,280.00，税率 6%。
        书目种子：《红楼梦》曹雪芹 ISBN 978-7-02-000220-7；《活着》余华 ISBN 978-7-5063-6543-7。
    """),
    ("zh-Hans", "regex-docs"): _lines(r"""
        身份证正则：^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$，格式通过后还要做 ISO 7064 MOD 11-2 校验。
        手机号正则 ^1[3-9]\d{9}$ 不处理 +86 前缀，入库前先用 replace(/^\+?86/, '') 清洗。
        统一社会信用代码是 18 位，第 1 位是登记管理部门码，最后 1 位是校验码，不要和身份证共用一个正则。
        邮政编码正则 ^\d{6}$ 误报很多：任何 6 位数的订单尾号、验证码都会被匹配到。
        车牌正则：^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$，新能源车牌比普通车牌多一位。
        银行卡号先做 Luhn 校验，但部分对公账户不满足 Luhn，校验失败时只提示，不要直接拒绝提交。
        微信号规则：6-20 位，字母开头，可含数字、下划线和减号，对应正则 ^[a-zA-Z][-_a-zA-Z0-9]{5,19}$。
        QQ 号正则 ^[1-9]\d{4,10}$ 会同时匹配普通订单号和工单号，单独使用误报率很高。
        往来港澳通行证新版号码以 C 开头共 9 位，正则 ^C[0-9A-Z]\d{7}$；旧版本式证件以 W 开头。
        脱敏规则：手机号保留前三后四，如 138****5678；身份证保留前六后四，中间全部替换为星号。
        日期正则 ^\d{4}-\d{2}-\d{2}$ 只能校验形状，2023-02-30 这种要再交给日期库解析才能发现。
        护照号：普通护照为 E 加 8 位数字，或 E 加一个字母再加 7 位数字（字母不含 I 和 O）。
        IPv4 不要写成 \d+\.\d+\.\d+\.\d+，否则 999.1.1.1 也能通过；每段要限制在 0-255。
    """),
    ("zh-Hant", "data-dictionary"): _lines(r"""
        | 欄位 | 型別 | 說明 | 範例 | / | member_id | CHAR(10) | 會員編號，系統自動產生 | M000123456 |
        | tw_id | CHAR(10) | 身分證字號，AES 加密存放，畫面只顯示前 3 後 2 | A12*****89 |
        | hkid_masked | VARCHAR(12) | 香港身份證，只保留首字母及頭三位數字 | X123***(*) |
        | mobile | VARCHAR(20) | 手機號碼，E.164 格式，不含空格 | +8869XXXXXXXX |
        | branch_tel | VARCHAR(20) | 分行總機（公開資訊，可顯示於前台） | 02-2311-6000 |
        | created_at | TIMESTAMP | 建立時間，一律以 UTC 儲存 | 2024-05-01 08:30:00 |
        | invoice_no | CHAR(10) | 統一發票號碼，2 碼英文 + 8 碼數字 | AB-12345678 |
        | ubn | CHAR(8) | 營利事業統一編號，有檢查碼，僅限公司戶 | 12345675 |
        | blood_type | CHAR(2) | 血型，選填，僅醫療模組使用 | O |
        | status | TINYINT | 0=停用 1=啟用 2=待審核 3=已註銷 | 1 |
        資料字典備註：所有「範例」欄皆為虛構或遮罩值，不得貼上正式環境資料；違者依資安規範第 4.2 條處理。
        | line_id | VARCHAR(20) | LINE ID，由使用者自行填寫，選填 | （範例留空） |
        | arc_no | CHAR(10) | 居留證統一證號，2021 年起新式為英文 1 碼 + 數字 9 碼 | 格式說明見附錄 B |
    """),
    ("ms", "validation-rules"): _lines(r"""
        Peraturan pengesahan: No. KP mesti 12 digit dalam format YYMMDD-PB-####; sempang adalah pilihan dan dibuang sebelum disimpan.
        Mesej ralat: "Nombor telefon tidak sah. Sila masukkan nombor bermula dengan 01, contohnya 01X-XXX XXXX."
        Kod negeri dalam No. KP: 01 Johor, 02 Kedah, 03 Kelantan, 04 Melaka, 05 Negeri Sembilan, 06 Pahang, 07 Pulau Pinang, 08 Perak, 09 Perlis, 10 Selangor, 11 Terengganu, 12 Sabah, 13 Sarawak, 14 WP Kuala Lumpur, 15 WP Labuan, 16 WP Putrajaya.
        Poskod mesti 5 digit; 50450 (Kuala Lumpur) dan 88000 (Kota Kinabalu) ialah contoh yang sah untuk ujian.
        Digit terakhir No. KP ganjil untuk lelaki dan genap untuk perempuan — jangan gunakan peraturan ini untuk menolak pendaftaran.
        Data ujian: gunakan nama "PENGGUNA UJIAN 01" hingga "PENGGUNA UJIAN 20" sahaja; jangan salin rekod pelanggan sebenar ke dalam fixture.
        Nombor akaun bank: panjangnya berbeza mengikut bank (Maybank 12 digit, CIMB 10 atau 14 digit), jadi semak panjang sahaja, bukan corak.
        Talian Khidmat Pelanggan syarikat: 1-300-88-1234 (Isnin–Jumaat, 9 pagi–6 petang); nombor ini boleh dipaparkan dalam mesej ralat.
        Nombor invois ikut format INV/2024/03/000451; jangan kelirukan dengan No. KP walaupun bilangan digitnya hampir sama.
        Ujian regex e-mel: nama@contoh.test sepatutnya lulus, nama@@contoh dan nama@contoh tidak lulus.
        Nombor plat kenderaan: ^[A-Z]{1,3}\s?\d{1,4}\s?[A-Z]?$; plat khas seperti PUTRAJAYA 1 atau siri peringatan perlu senarai pengecualian.
        Medan "nama" mesti menerima bin, binti, a/l, a/p, s/o dan d/o; jangan buang garis miring semasa membersihkan input.
        Pasport Malaysia bermula dengan A, H atau K diikuti 8 digit; sahkan format sahaja kerana tiada digit semak yang diterbitkan.
    """),
    ("mixed", "mock-api"): _lines(r"""
        GET /api/v2/users/me → 200 {"id":"usr_00000000","name":"Test User","email":"test@example.com","locale":"zh-CN"}
        mock 返回：{"code":40101,"msg":"身份证号格式错误","data":null}，前端要把 msg 原样显示在输入框下方。
        WireMock stub: POST /sms/send → 200 {"result":"queued","msgId":"a8f3c2e1-9b4d-4e57-8a21-3c6f0d9e1b77"}
        Mock API Pos Malaysia: GET /track/ER123456785MY → {"status":"Dalam transit","lokasi":"Pusat Mel Nasional, Shah Alam"}
        mock cawangan: {"branch":"Menara Maybank","alamat":"100 Jalan Tun Perak, 50050 Kuala Lumpur","waktu":"9:15 pagi - 4:30 petang"}
        Prism mock 自动生成的 example 是 {"phone": "string", "idCard": "string", "name": "string"}，要在 OpenAPI 里补 example 字段。
        Postman collection 说明：所有请求的 Authorization 用 {{token}} 变量，切勿把真实 token 写进 collection 再导出分享。
        mock 港鐵站點：{"code":"ADM","name_zh":"金鐘","name_en":"Admiralty","lines":["TWL","ISL","SIL","EAL"]}
        MSW handler: rest.get('/api/orders/:id', (req, res, ctx) => res(ctx.json({ id: req.params.id, status: "已发货", carrier: "SF" })))
        json-server db.json 只有 products、categories 两张表，users 表故意留空 []，登入流程用 mock token。
        mock cuaca: {"city":"Kuala Lumpur","temp_c":33,"ramalan":"Ribut petir pada sebelah petang","updated":"2024-06-02T14:00:00+08:00"}
        OpenAPI example: {"hkid": "A123456(?)", "comment": "placeholder — check digit deliberately left uncomputed"}
        mock 股價：{"ticker":"0700.HK","name":"騰訊控股","price":378.2,"currency":"HKD","ts":"2024-05-17T08:00:00Z"}
    """),
    ("en", "sample-datasets"): _lines(r"""
        iris.csv sample row: 5.1,3.5,1.4,0.2,Iris-setosa
        The Titanic dataset is public, but we still drop the Name and Ticket columns before fine-tuning, per data policy DP-07.
        NER gold sample: "Lee Kuan Yew became Singapore's first Prime Minister in 1959" → [PER Lee Kuan Yew] [GPE Singapore] [DATE 1959]
        NER gold sample (ms): "Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957" → PER, LOC, DATE
        hdb_resale_sample.csv: 2023-07,ANG MO KIO,4 ROOM,406,ANG MO KIO AVE 10,10 TO 12,92,New Generation,1979,520000
        covid_daily_sg.csv: date,new_cases,hospitalised,icu | 2022-03-01,16857,1521,43
        The demo dataset in data/demo/ is generated with Faker locale en_SG; by design none of its NRICs pass the checksum.
        sentiment_sample.jsonl: {"text": "Delivery took three weeks and the box arrived crushed.", "label": "negative"}
        Chinese poetry sample: {"title": "静夜思", "author": "李白", "dynasty": "唐", "lines": 4}
        MRT ridership sample: station=Raffles Place, month=2024-01, avg_daily_tap_ins=48210
        Dedup fixture: two product rows differ only in whitespace — "iPhone 15 Pro 256GB" vs "iPhone 15  Pro 256GB".
        Literature QA sample: Q: Whom does Jay Gatsby love? A: Daisy Buchanan, his former sweetheart from Louisville.
        The address_parser eval set uses business addresses only, e.g. "1 Raffles Place, #44-01, Singapore 048616".
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        CUSTOMER = {"name": "Tan Wei Ming", "nric": "S8834127I", "mobile": "+65 9176 2283", "note": "disputed late fee on 14 Feb, threatened to go to CASE"}  # TODO scrub, copied from prod ticket SR-44817
        # NRIC_RE was rejecting lowercase input; reproduced with Priya d/o Ramasamy's real IC t0217463j from her failed onboarding on 3 Mar
        INSERT INTO patients (full_name, dob, ic_no, diagnosis) VALUES ('Muthu a/l Krishnan', '1989-11-05', '891105-13-6673', 'Type 2 diabetes, on metformin 500mg bd');
        it("accepts spaced Visa numbers", () => expect(isValidCard("4532 0178 4523 1078")).toBe(true)); // Daniel Lim's card from the chargeback, exp 09/27
        mocks/customer_2231.json: {"id": 2231, "fullName": "Rachel Chua Hui Min", "email": "rachel.chuahm@gmail.com", "address": "Blk 412 Bedok North Ave 2 #08-115, Singapore 460412", "orders": 14}
        churn_sample.csv | name,email,phone,reason | Kevin Fernandez,kev.fernandez88@yahoo.com,+60 12-745 3318,"moving to Penang, wife got a job in Bayan Lepas"
        | emergency_contact | VARCHAR(64) | next of kin, free text | example copied from HR record of E0412: "Sarah O'Connor (mother) 5128 6630" |
        CLAIM_PAYLOAD_FIXTURE = "eyJuYW1lIjoiR29oIE1laSBMaW5nIiwibnJpYyI6IlM3NjUxOTIwWiIsImR4IjoibWFqb3IgZGVwcmVzc2l2ZSBkaXNvcmRlciJ9"  # base64 of the real claim that crashed the parser, decode before asserting
        tests/fixtures/mock_kyc.log: GET /api/v1/kyc?full_name=Ahmad%20Faizal%20bin%20Rosli&ic=880731-14-6027&phone=%2B60197328841 200 OK risk=medium
        EMAIL_OK = ["user@example.com", "first.last+tag@example.org", "jonathan.pereira.1991@gmail.com"]  # last one is the real customer whose sign-up broke on the dot-number combo
        seed_users.yaml: - username: bryan_koh93 / full_name: Bryan Koh Jun Jie / email: bryankoh.jj@outlook.com / address: 18 Jalan Kembangan #03-02, Singapore 419135 / note: VIP, wife pregnant, weekend delivery only
        exports[`InvoiceCard renders billed-to block 1`] = `<p>Billed to: Mrs Helen Tay, 27 Jalan Kemuning 3, Taman Kemuning, 41100 Klang. Card ending 9173. Overdue 62 days.</p>`;
        >>> re.sub(r"\d(?=\d{4})", "*", "5412759033184625")  # Joseph Wong's Mastercard from the refund thread, checking the mask before I paste it into Jira
        UserFactory(first_name="Aravind", last_name="s/o Govindasamy", phone="+65 8123 9907", employer="Changi General Hospital", salary=7400)  # overridden with the real applicant to reproduce bug 3318
    """),
    "zh-Hans": _lines(r"""
        assert validate_id_card("440106199003152314") is True  # 用的是客服工单里陈志强的真实身份证，先别提交
        INSERT INTO t_member (name, mobile, id_no, level, remark) VALUES ('刘晓燕', '18620573391', '310115198811070424', '钻石会员', '去年投诉过退款慢');
        mock/user_1024.json: {"name": "\u738b\u6d77\u71d5", "mobile": "15821947730", "idNo": "330106200109180444", "addr": "\u676d\u5dde\u5e02\u897f\u6e56\u533a\u6587\u4e09\u8def 259 \u53f7 6 \u5e62 1203 \u5ba4"}
        // 手机号正则 /^1[3-9]\d{9}$/ 的线上反例已修复，回归用例：13917284406（周婷，投诉快递丢件的那位，别删备注）
        | id_card_no | char(18) | 身份证号 | 示例：11010519750623183X（李建国，财务部，2019 年入职） |
        样本数据.csv 第 37 行：黄丽娟,女,1996-02-11,510107199602115720,成都市武侯区玉林北路 8 号 3 栋 2 单元 502,乳腺结节复查
        mock/user/detail.json 返回 {"code":0,"data":{"realName":"吴俊杰","wechat":"wjj_0430_sz","bankCard":"6225880177364024","bank":"招商银行","idNo":"44030519850430681X"}}
        港澳通行证正则 ^C[0-9A-Z]\d{7}$ 用 "C62918437" 测过了，这是孙悦下周去香港出差用的证件号，别放进公开仓库
        const TOKEN_FIXTURE = "eyLlp5PlkI0iOiLpg5HmmZPmmI4iLCLouqvku73or4EiOiIzNTAyMDMxOTkyMTIwNDI1MzgiLCLnl4Xlj7IiOiLkuZnogp3mkLrluKYifQ==";  // 真实用户信息 base64 后塞进来的，测完记得删
        fixtures/students.yaml: - {nickname: 小胖, real_name: 赵磊, class: 南京市第一中学 高二(3)班, parent_phone: 13851290764, note: 数学月考 38 分，家长要求保密}
        seed_followups.sql: ('何春梅', '420106199305271569', '2023-08-14', '产后抑郁随访，情绪好转，继续服用舍曲林');
        车牌正则单测：粤B·7K3Q9 ✓（宋国华的车，从小区停车登记表抄的，他手机 13760418825）
    """),
    "zh-Hant": _lines(r"""
        HKID_RE 測試樣本：K384712(8) — 陳嘉欣嘅真身份證，由客服截圖抄落嚟，請盡快刪除
        expect(checkTwId('F225038179')).toBe(true); // 林怡君，新北市板橋區，上週退貨那位客人
        INSERT INTO 會員 (姓名, 手機, 地址, 備註) VALUES ('張志偉', '0933-581-226', '台中市西屯區福星路 418 巷 7 號 3 樓', '欠款 NT$18,600 未繳');
        mock/hk_customer.json：{"name":"黃偉倫","hkid":"Y502913(7)","mobile":"6391 2745","address":"沙田禾輋邨豐和樓 1412 室"}
        資料字典 bank_acct 欄位：格式 3-6-3；範例值取自客戶鄭美玲的滙豐戶口 817-294036-838，之後要換成假資料
        tw_patients_sample.csv：E211857343,王雅婷,1990-07-08,高雄市苓雅區,氣喘病史，每月回診
        測試資料 line_id 欄位：'kaiwen.tsai0312'（蔡凱文本人的 LINE，他在信義區開手搖飲店，說可以直接私訊他改單）
        mock 旅客資料：李浩然，回鄉證 H60391827，12/24 高鐵 香港西九龍→深圳北，05 車 12F
        test_hkid.py 第 42 行：("D093367(9)", True),  # 區美寶嘅身份證，佢上個月喺旺角門市申請咗會員卡
    """),
    "ms": _lines(r"""
        // ujian unit: sahkanNoKP("910214-10-5386") => true — ini IC sebenar Nur Farhana binti Zainal dari aduan #7712, tolong tukar sebelum merge
        sampel_pelanggan.csv: SITI AMINAH BINTI OTHMAN,950509-07-5142,011-2384 6619,"No. 14, Lorong Mawar 2, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang"
        INSERT INTO pelajar (nama, no_kp, kelas, catatan) VALUES ('Muhammad Hafiz bin Azman', '020318-01-0651', '5 Sains 2', 'gagal Matematik Tambahan, ibu bapa dipanggil ke sekolah');
        Contoh padanan untuk /^01[0-46-9]-?\d{7,8}$/: 019-332 8841 (nombor En. Rajesh a/l Subramaniam, pemandu lori, diambil dari borang pendaftaran)
        mock/akaun_88213.json: {"nama_penuh":"Lim Siew Ling","akaun_maybank":"5140 2267 8831","baki":"RM 12,480.55","status":"tunggakan 3 bulan"}
        | no_pasport | CHAR(9) | Nombor pasport | contoh: A58214730 — pasport Encik Zulkifli bin Hamid, pekerja kontrak ke Jepun bulan depan |
        pesakit_fixture.json: {"nama":"Kavitha a/p Murugan","kp":"760122-03-5218","wad":"Wad 7B","hospital":"Hospital Kuala Lumpur","diagnosis":"kanser payudara tahap 2"}
        mock_request.txt: POST /daftar nama=Wong+Kah+Seng&ic=850912-12-5769&emel=wongkahseng85%40gmail.com&alamat=Lot+22%2C+Kg+Likas%2C+88400+Kota+Kinabalu
        senarai ujian regex handle Telegram: @hafizul_kl_93 — akaun peribadi Hafizul Ikhwan, abang saya, jangan guna dalam demo pelanggan
        // TODO buang: kad kredit 4364 3821 0054 9173 milik Puan Rosnah binti Ismail, diguna dalam ujian Luhn sebab kad ujian Stripe ditolak gateway
    """),
    "mixed": _lines(r"""
        telegram_update_fixture.json: {"update_id": 55120931, "message": {"from": {"id": 681223947, "first_name": "Nur Aisyah", "last_name": "binti Kamaruddin", "username": "aisyahkmr_"}, "text": "saya nak batal temujanji klinik gigi esok pukul 3"}}
        fixtures/sms_gateway.log: 2024-03-11T08:14:22Z SENT to=+8615902178463 body="张磊您好，您的 HbA1c 复查结果已出，请于周五前到内分泌科门诊"
        测试 case: validate_nric("G5538092P") → True；这个 FIN 是何志明 (Ho Chee Meng) 的，在 Jurong 工地做 supervisor，work pass 下个月到期
        mock_kyc.json: {"name":"Nurul Huda binti Yusof","ic":"990304-06-5280","occupation":"jururawat","employer":"Hospital Tengku Ampuan Afzan","income":"RM4,200"}
        Regression fixture (issue #812): 梁凱琳 Leung Hoi Lam, HKID M118244(2), tel 9427 1803, 反映 Octopus auto top-up 重複扣款 HK$500
        sample_users.csv 第 3 行: Tay Boon Huat, S9042381I, 8345 0917, Blk 221 Jurong East St 21 #05-342, 肺癌 stage 3, 在 NCCS 覆诊
        dev_seed.sql -- 临时用真实数据: ('Lucas Ong 王俊豪', 'F7214536N', 'lucas.ong.jh@gmail.com', 'Grab driver, 申请 car loan 被拒')
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you write a Python regex for Singapore mobile numbers? Here's a real line from our CRM export it has to catch: 'Marcus Teo Jun Hao | 9682 1457 | wants refund for cancelled Bali trip, very angry'",
        ),
        (
            "assistant",
            r"Sure: r'(?<!\d)(?:\+65[\s-]?)?[89]\d{3}[\s-]?\d{4}(?!\d)' matches '9682 1457' with or without the +65 prefix. For future questions, please mask the name and number before pasting CRM rows.",
        ),
        (
            "user",
            "ok noted. the same row also has his NRIC S8729164B in the next column, will the regex leave that alone?",
        ),
    ],
    [
        (
            "user",
            "帮我写个 Python 函数校验 18 位身份证，我用同事的号测一下：320102196808170345，周秀英，财务部的，她说随便用",
        ),
        (
            "assistant",
            "可以。前 17 位分别乘以权重 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2，求和后对 11 取模，再查表 10X98765432 得到校验位。这个号码算出来校验位是 5，格式正确。不过建议单元测试里不要放真实同事的身份证，用生成的样例更安全。",
        ),
        ("user", "好的，那顺便把她的出生日期 1968-08-17 解析出来写进断言里吧，还有性别判断"),
    ],
    [
        (
            "user",
            "Macam mana nak sahkan No. MyKad dalam JavaScript? Saya uji dengan IC adik saya 930627-08-5534, nama dia Nor Azlina binti Harun.",
        ),
        (
            "assistant",
            "Semak format dahulu (6 digit tarikh, 2 digit kod tempat lahir, 4 digit nombor), kemudian pastikan 6 digit pertama ialah tarikh yang sah. Elakkan menggunakan IC sebenar dalam kod ujian; gunakan nilai rekaan.",
        ),
        (
            "user",
            "ok. dia lahir kat Ipoh, kod 08 tu memang untuk Perak kan? nak letak dalam assert",
        ),
    ],
    [
        (
            "user",
            "幫我寫個 HKID 嘅 regex，要連埋括號。用呢個測：P661048(3)，係我哋客人麥綺雯嘅，佢電話 9318 5602",
        ),
        (
            "assistant",
            r"可以用 ^[A-Z]{1,2}[0-9]{6}\([0-9A]\)$。括號要 escape，唔係就會變成 capture group。另外建議唔好將真實客戶嘅身份證同電話放入測試。",
        ),
        ("user", "明白，不過順便幫我 check 埋個 check digit 啱唔啱先"),
        ("assistant", "P661048 計出嚟嘅 check digit 係 3，所以 P661048(3) 係有效格式。"),
    ],
    [
        (
            "user",
            'Generate a Postman mock response for GET /members/{id} based on this prod example: {"id":5521,"name":"Grace Lee Hwee Ling","email":"gracelee.hl@gmail.com","address":"9 Lorong 27 Geylang #04-11, Singapore 388163"}',
        ),
        (
            "assistant",
            'I\'d replace the real values with Postman dynamic variables: {"id":"{{id}}","name":"{{$randomFullName}}","email":"{{$randomEmail}}","address":"{{$randomStreetAddress}}"}.',
        ),
        (
            "user",
            "fine, but keep Grace's record as the second example, QA needs it to reproduce her duplicate-charge bug from last Tuesday",
        ),
    ],
    [
        ("system", "You are a coding assistant for an insurance claims team in Singapore."),
        (
            "user",
            "我要写一个 pytest fixture for claim 审核，用真实 case：claimant Ravi s/o Chandran, hospital bill SGD 14,320 at Mount Elizabeth, slipped disc surgery",
        ),
        (
            "assistant",
            'Here is a fixture: @pytest.fixture def claim(): return {"claimant": "TEST CLAIMANT", "nric": "<NRIC>", "amount": 14320, "provider": "Mount Elizabeth"}. I replaced the name with a placeholder.',
        ),
        ("user", "不行，nric 要用他真的 S7829031E，不然 checksum test 会 fail，名字也改回 Ravi"),
    ],
    [
        (
            "user",
            "Review this data dictionary row: | salary_acct | VARCHAR(20) | payroll account | example: OCBC 601-482917-001 (Jasmine Ng, Marketing Manager, S$8,900/month) |",
        ),
        (
            "assistant",
            "The example value looks like a real employee's account number and salary. Replace it with a pattern such as XXX-XXXXXX-XXX and drop the name.",
        ),
        (
            "user",
            "It's Jasmine from marketing, she doesn't mind. Just tell me whether VARCHAR(20) is long enough.",
        ),
    ],
    [
        (
            "user",
            "帮我生成学生表的 seed 数据，第一条用真实的：王子轩，杭州市学军小学 四(2)班，家长手机 13605719248，过敏：花生",
        ),
        (
            "assistant",
            "下面是 seed SQL：INSERT INTO student (name, class, guardian_mobile, allergy) VALUES (...);其余 29 条我用虚构数据生成。建议第一条也换成虚构学生。",
        ),
        ("user", "先这样吧，再加一条他妹妹王子涵，一(5)班，同一个家长手机，她对芒果过敏"),
    ],
    [
        (
            "user",
            "Tolong semak sama ada nombor kad ini lulus Luhn: 5218 9330 4471 8269. Ini kad kakak saya, Farah Diana binti Mokhtar, dia kata kena caj dua kali.",
        ),
        (
            "assistant",
            "Ya, nombor itu lulus semakan Luhn. Tetapi jangan kongsi nombor kad penuh dalam sembang; gunakan 4 digit terakhir sahaja dalam kes ujian.",
        ),
        ("user", "ok, lepas ni saya guna 8269 je dalam test case"),
    ],
    [
        (
            "user",
            "我在寫台灣身分證驗證的單元測試，想用真實案例：B220974612，陳佩珊，台中人，LINE 是 peishan_0815",
        ),
        (
            "assistant",
            "這組號碼的檢查碼是正確的，第二碼 2 代表女性。不過建議測試資料改用虛構號碼，不要放真實個人資料。",
        ),
        ("user", "好，那我先把她的 LINE 也放進 fixture，測 line_id 欄位的長度限制"),
    ],
]
