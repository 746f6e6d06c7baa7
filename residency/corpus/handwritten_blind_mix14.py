# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix14: structured and semi-structured records (JSON, CSV rows, key=value logs, YAML, form dumps, pasted spreadsheet rows). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix14
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "product catalogue rows"): _lines("""
        sku,name,price_sgd,ean13 → HB-20931,"Ya Kun Kaya Jar 300g",6.80,8888021200317
        {"sku": "MY-TEH-0042", "name": "BOH Cameron Highlands Tea 100 bags", "price_myr": 18.90, "barcode": "9556006001234"}
        {"isbn": "978-981-4385-88-2", "title": "From Third World to First", "author": "Lee Kuan Yew", "publisher": "Marshall Cavendish"}
        item_id=100482736519 | title=Xiaomi Redmi Note 13 Pro 8GB+256GB | price_cny=1599.00 | seller=Xiaomi official flagship store
        model: iPhone 15 Pro Max | part_no: MU2Q3ZP/A | imei: (printed on the box) | rrp_hkd: 10,199
        "product_id","name","weight_g","hs_code" / "PK-5512","Old Chang Kee Curry Puff (frozen, 10pc)","650","1905.90.90"
        row 17: EAN 6920152400012 | Master Kong Braised Beef Noodles 5-pack | case_qty 6 | shelf B-14
        {"vin_pattern": "LSVAU2180N2******", "model": "Volkswagen Lavida 2022", "msrp_cny": 119900}
        product,version,release_date,download_size → WeChat for Windows,3.9.12.17,2024-08-21,248MB
        {"phone_model": "Samsung Galaxy A55 5G", "model_no": "SM-A5560", "price_myr": 1699, "warranty_months": 12}
        ticket_type,price,venue → "CAT 1",S$348,"National Stadium, 1 Stadium Drive, Singapore 397629"
        {"listing": "Shop unit #01-23, Bugis Junction, 200 Victoria Street", "tenant": "Uniqlo", "area_sqft": 12400}
        part_no=MBP14-M3-512 | name=MacBook Pro 14-inch M3 | serial_no=<see label> | price_twd=54900
        {"order_no": "240815123456789012", "platform": "Shopee MY", "status": "delivered", "items": 3, "total_myr": 87.40}
    """),
    ("en", "metrics and service logs"): _lines("""
        2026-11-30T02:14:07Z level=info svc=checkout region=ap-southeast-1 p95_ms=412 orders=18734 errors=3
        ts=1733280000 host=web-07.sg.internal status=200 path=/api/v2/products/8821 bytes=5123 ua="Mozilla/5.0"
        metric=daily_active_users date=2026-12-01 country=MY value=1238455 delta=+2.1%
        {"event": "deploy", "service": "payments-api", "version": "4.18.2", "commit": "9f3c2ab", "by": "ci-bot", "env": "prod-hk"}
        level=warn msg="card BIN lookup timeout" bin=622202 issuer="ICBC" latency_ms=3021 retry=2
        user_count=48213 new_signups=1204 churned=311 region=TW week=2026-W48
        job=etl_orders rows_in=1803342 rows_out=1803339 rejected=3 reason="null sku"
        [2026-12-02 09:00:01] INFO sms-gateway: queue_depth=0 sent_last_hour=18442 provider=Twilio sender_id=SHOPEE
        trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 op="GET /health" result=ok
        status_page: component="MyKad verification API" uptime_30d=99.94% incidents=1 last_incident=2026-11-12
        alert=HighLatency service=nric-masking-svc p99=1.8s threshold=1.5s owner=team-platform
        audit action=role_change actor=system target_group=admins members_added=0 members_removed=0
        {"ip": "10.24.3.17", "service": "redis-cache", "port": 6379, "mem_used_mb": 1843}
        phone_field_fill_rate=0.973 email_field_fill_rate=0.991 address_field_fill_rate=0.884 table=crm_contacts snapshot=2026-11
    """),
    ("en", "config and schema"): _lines("""
        database: {host: db-primary.internal, port: 5432, name: crm_prod, user: app_rw, password: "${DB_PASSWORD}"}
        PHONE_REGEX_SG="^[89][0-9]{7}$"  PHONE_REGEX_MY="^01[0-9]-?[0-9]{7,8}$"
        fields_to_mask: [name, mobile, id_card, email, address]  # applied before every export
        {"type": "object", "properties": {"nric": {"type": "string", "pattern": "^[STFGM][0-9]{7}[A-Z]$"}, "mobile": {"type": "string"}}}
        CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100), mykad CHAR(14), phone VARCHAR(20), email VARCHAR(255));
        smtp: {host: smtp.office365.com, port: 587, from: no-reply@shopfront.example.com, tls: true}
        company=Sunrise Logistics Pte Ltd; uen=201912345K; hq_phone=+65 6743 2100; address=25 Tuas Avenue 4, Singapore 639377
        retention: {id_card_images: 30d, chat_logs: 180d, order_history: 7y}
        locale=zh-HK currency=HKD date_format=DD/MM/YYYY phone_prefix=+852 id_label="HKID"
        masking_rules: {hkid: "keep first letter, mask the rest", email: "mask local part", passport: "drop"}
        {"feature_flag": "new_checkout", "rollout": 0.25, "owner_team": "growth", "jira": "GRW-4471"}
        k8s: image=registry.example.com/residency/api:1.42.0 replicas=6 cpu=500m memory=1Gi
    """),
    ("en", "test fixtures marked fake"): _lines("""
        # FAKE fixture, never real: {"name": "Test User", "phone": "+65 8000 0000", "email": "test.user@example.com", "nric": "S0000001I"}
        fixtures/customers.csv (synthetic): name,phone,email → Jane Doe,555-0100,jane.doe@example.org
        faker(seed=42) demo output: {"name": "John Q. Public", "address": "123 Example Street, Springfield", "phone": "(555) 010-4477"}
        assert mask("13800138000") == "138****8000"  # the well-known carrier demo number, not a subscriber
        test_hkid_invalid: input="A000000(0)", expected=False
        mock_user = {"id": 1, "username": "alice", "email": "alice@example.com"}  # Alice from the crypto textbooks
        sample MyKad for unit tests only: 000000-00-0000 (all zeros, rejected by the validator)
        {"card_number": "4111 1111 1111 1111", "expiry": "12/30", "cvv": "123", "note": "Visa test card from the gateway sandbox docs"}
        seed_users.yaml: - {name: "Demo Merchant", phone: "+60 3-0000 0000", email: "merchant@demo.invalid"}
        expected_output.json: {"redacted": "My number is [PHONE] and my IC is [MYKAD]"}
        pytest -k test_email_roundtrip → PASSED (user@example.net, admin@localhost)
        factory: UserFactory(name=Sequence("user{n}"), email=LazyAttribute("{name}@test.local"), phone="+86 130 0000 0000")
    """),
    ("zh-Hans", "商品与运营数据"): _lines("""
        商品编码,商品名称,单价,库存 → 6901028001915,云南白药牙膏 180g,29.90,1240
        {"订单号": "240901783216540921", "平台": "京东", "状态": "已签收", "金额": 256.00}
        门店名称=海底捞(王府井店)；地址=北京市东城区王府井大街255号；营业时间=10:00-次日03:00
        机构: 中国工商银行; 客服热线: 95588; 官网: www.icbc.com.cn
        {"指标": "日活跃用户", "日期": "2026-12-01", "数值": 48213770, "环比": "+1.8%"}
        省份,手机号段,运营商 → 广东,139,中国移动
        字段说明: 身份证号(18位，脱敏后保留前6后4)，手机号(11位)，收件人(必填)，地址(省市区+详细地址)
        仓库名称=京东亚洲一号上海嘉定仓；地址=上海市嘉定区兴邦路；对接方式=仓储客服工单
        {"书名": "活着", "作者": "余华", "ISBN": "978-7-5063-6543-7", "定价": "¥28.00"}
        2026-12-02 10:31:44 INFO 短信通道 发送成功数=18442 失败数=27 模板=登录验证码
        版本号=8.0.49 渠道=应用宝 包大小=256MB 更新时间=2026-11-28
        会议议程(公开): 主讲人=马化腾(腾讯控股董事会主席) 主题=数字经济与实体经济融合
        车型,官方指导价,纯电续航 → 比亚迪秦PLUS DM-i,79800,120km
    """),
    ("zh-Hant", "公司名錄與門市"): _lines("""
        公司名稱,統一編號,代表電話 → 台灣積體電路製造股份有限公司,22099131,03-5636688
        {"門市": "誠品書店信義店", "地址": "台北市信義區松高路11號", "營業時間": "11:00-22:00"}
        機構=香港政府一站通 熱線=1823 網址=www.1823.gov.hk
        反詐騙諮詢專線=165；市民當家熱線=1999；報案=110
        {"分店": "澳門新馬路店", "地址": "澳門新馬路 123 號地下", "電話": "+853 2833 0000"}
        商品編號=4710088410247 品名=義美小泡芙 巧克力 57g 售價=NT$25
        職位=香港特別行政區行政長官；姓名=李家超；就任日期=2022-07-01
        報表列: 月份=2026-10, 門市=旺角彌敦道, 營業額=HK$3,482,900, 來客數=41,237
        測試資料(假): 姓名=陳大文, 身份證=A123456(7), 電話=9123 4567 — 表格範本示例
        醫院名錄｜瑪麗醫院｜香港薄扶林道102號｜總機 2255 3838
        航班=CX 451 出發=HKG 14:35 到達=TPE 16:20 機型=A350-900
    """),
    ("ms", "katalog dan direktori"): _lines("""
        kod_produk,nama,harga_rm,stok → MIL-0410,Milo Tin 1.5kg,42.90,318
        {"agensi": "Lembaga Hasil Dalam Negeri", "talian": "03-8911 1000", "laman": "www.hasil.gov.my"}
        cawangan=Maybank Jalan Tun Perak; alamat=100 Jalan Tun Perak, 50050 Kuala Lumpur; waktu=9:15-16:30
        Nombor pesanan Lazada: 482019375520184 (status: dihantar), jumlah RM63.20
        medan wajib borang: nama_penuh, no_mykad, no_telefon, emel, alamat_surat_menyurat
        laporan harian: tarikh=2026-12-01 negeri=Selangor jualan_rm=1,284,530 transaksi=22,918
        Perdana Menteri: Anwar Ibrahim | memegang jawatan sejak: 24 November 2022 | parti: PKR
        data ujian palsu: no_mykad=000101-01-0001 nama="Pengguna Ujian" emel=ujian@contoh.invalid
        versi_apl=MySejahtera 1.1.7 | saiz=54MB | dikemas kini=2024-03-12
        kedai=Popular Bookstore, Mid Valley Megamall, Lingkaran Syed Putra, 59200 KL; telefon kedai=03-2287 0000
        contoh_format_plat: "ABC 1234" (Semenanjung), "QAA 1234 A" (Sarawak), "SAB 1234 A" (Sabah)
    """),
    ("mixed", "pasted spreadsheets"): _lines("""
        SKU | 品名 | Harga (RM) | 库存 → KL-77821 | 老干妈风味豆豉 280g | 12.50 | 96
        Region,Metric,Value → 新加坡 SG,GMV (S$),"18,734,220"; Malaysia 马来西亚,Orders,"2,214,908"
        placeholder row: 姓名=张三, 手机=138xxxxxxxx, 身份证号=110101XXXXXXXXXXXX (示例，仅作模板)
        {"name": "周杰倫 Jay Chou", "role": "singer", "tour": "Carnival World Tour", "venue": "Stadium Merdeka"}
        Column mapping: 收件人→recipient_name, 地址→address, 电话→phone, nric→national_id (no rows yet)
        lot_no=PG-2026-001 | 产品 Penang White Coffee 3in1 | exp 2027-06 | 批号 20261203A
        Branch directory: DBS 星展银行, Marina Bay Financial Centre Tower 3, 12 Marina Boulevard; hotline 1800 111 1111
        invoice_no=INV-2026-004417 客户=Grab Holdings Ltd amount=S$14,200.00 due=2027-01-03
        sandbox 测试账号 test01 / Passw0rd! — 仅限 staging，prod 已禁用
        KPI sheet: 客服满意度 CSAT 92.4% | 首次解决率 FCR 78% | Avg handle time 6m12s
        Masked export sample: 陈*明 | 139****5821 | 4401**********2318 | s***@gmail.com
        event=HK Sevens 2026 venue=啟德主場館 Kai Tak Stadium capacity=50000 tickets_sold=49812
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"name": "Tan Wei Ling", "nric": "S8734215G", "mobile": "+65 9128 4473", "dob": "1987-03-14"}
        name,email,phone,postal_code → Rajesh Kumar s/o Muthu,rajesh.muthu88@gmail.com,8736 2015,560214
        2026-11-30T08:12:44Z level=info event=login_ok user_email=melissa.ong.lh@hotmail.com ip=116.14.82.203 device="iPhone 14"
        customer: {name: Goh Kah Seng, fin: G5482917N, employer: "Keppel shipyard (contract)", phone: "+65 8291 6630"}
        shipping_label: recipient=Nurul Aisyah bte Rahmat | address=Blk 412 Bedok North Ave 2 #08-115, Singapore 460412 | tel=9672 0384
        {"patient": "Lim Boon Huat", "nric": "S6021847C", "dx": "Type 2 diabetes, HbA1c 9.1%", "clinic": "Ang Mo Kio Polyclinic"}
        row 44: card_holder=LEE MEI XIN, card_no=4563 5180 2217 3940, exp=08/28, billing_zip=529510
        passport_no=K4827163P, surname=CHUA, given_names=JUN HAO, nationality=SGP, dob=02 JUL 1995
        emergency_contact: {"name": "Mrs Priya Nair", "relation": "mother", "phone": "+65 9014 3372"}
        social_accounts: instagram=@kelvin.tay_95, telegram=@kelvtay, real_name=Kelvin Tay Zhi Wei, school=Clementi Town Sec
        vehicle_owner,plate,unit → Aaron Seah,SKD 4728 M,#12-07 The Tembusu
        salary_slip: employee=Farhan Iskandar, bank_acct=DBS 027-815432-9, basic=S$4,850, cpf_employee=S$970
    """),
    "zh-Hans": _lines("""
        {"姓名": "王建国", "身份证号": "440106198807152318", "手机": "13912876543"}
        收件人,手机,地址 → 刘晓燕,186 2174 9035,上海市浦东新区张杨路1588弄12号602室
        2026-12-01 14:22:09 INFO 实名认证通过 user=陈志强 id_card=31010419920311453X phone=15818762390
        姓名：赵敏 性别：女 出生日期：1975-12-30 身份证号码：510107197512300426 住址：成都市武侯区科华北路65号3栋2单元501
        订单导出: 订单号=240905118273645 收货人=黄丽娟 电话=177 2291 3085 地址=广州市天河区华港花园B座1103
        员工信息表: 工号 E0821, 姓名 孙浩, 银行卡号 6222 0212 3456 7890 123, 开户行 工商银行深圳科技园支行
        {"患者姓名": "李秀英", "年龄": 67, "病历号": "ZY20261187", "诊断": "乳腺癌术后化疗第3周期", "联系电话": "13605718824"}
        车主=周凯 车牌=粤B·3K7Q2 手机=135 3026 8817 违章=闯红灯 地点=深南大道与华富路交叉口
        {联系人: 吴磊, 微信号: wulei_1993sz, 邮箱: wulei1993@163.com}
        护照信息 | 姓名: 郑雅琪 | 护照号: E38274619 | 出生日期: 2001-03-22 | 签发地: 福建
        借款人=何永强 身份证=420111198912056613 借款金额=80000 逾期天数=47 紧急联系人=何母 13907146650
        快递面单：寄件人 林小红 139-5012-7734，收件人 林伟 杭州市西湖区文三路90号东部软件园2号楼 188 6714 2290
    """),
    "zh-Hant": _lines("""
        {"姓名": "陳嘉欣", "香港身份證": "Z683412(5)", "手提電話": "6287 3390", "地址": "九龍觀塘協和街101號 3座 18樓D室"}
        會員資料,張志偉,M207534(A),5418 2276,chiwai.cheung@yahoo.com.hk
        姓名=黃美玲 身分證字號=F228413057 手機=0912-348-576 地址=新北市板橋區文化路一段188巷12號5樓
        {"澳門居民身份證": "5215387(3)", "姓名": "梁國華", "電話": "+853 6628 4417"}
        病歷摘要｜病人：何志明｜身分證：H124857360｜診斷：第二型糖尿病併腎病變｜追蹤：每三個月抽血
        收件人: 吳淑芬 / 電話 0938 271 604 / 地址 台中市西屯區福科路415巷8號3樓 (請放管理室)
        租客登記: 姓名=蔡俊傑, 證件=YA472918(3), 單位=沙田第一城 37座 22樓H, 月租=HK$16,800
        銀行轉帳紀錄: 戶名 劉雅婷, 帳號 (822) 0453-2187-6629, 金額 NT$35,000, 備註 房租11月
        澳門身份證 1382604(9)｜姓名 李嘉雯｜住址：澳門氹仔哥英布拉街438號 7座 15樓C
        車牌=RN 4271 車主=鄭家豪 聯絡=9347 5512 停車場=將軍澳 月租車位 B2-118
    """),
    "ms": _lines("""
        {"nama": "Muhammad Hafiz bin Abdullah", "no_mykad": "880512-14-5327", "telefon": "012-384 7291"}
        nama,no_ic,emel,alamat → Siti Khadijah binti Omar,950923-10-6148,sitikhadijah95@gmail.com,"No. 12, Jalan SS2/64, 47300 Petaling Jaya"
        log: tarikh=2026-11-29 pelanggan="Wong Kar Seng" telefon=+60 17-629 4418 baki_tertunggak=RM4,210.55 status=hubungi semula
        pesakit=Kavitha a/p Subramaniam | mykad=761104-07-5582 | diagnosis=hipertensi peringkat 2 | hospital=Hospital Pulau Pinang
        no_akaun_bank=Maybank 1640 2287 3391, pemegang=Ahmad Faiz bin Rosli, tujuan=bayaran sewa Disember
        borang_sewa: penyewa=Tan Mei Ling, ic=020317-08-1194, alamat=B-12-07 Pangsapuri Seri Mutiara, Jalan Ampang, 50450 KL, tel=011-2390 5817
        plat=WXY 8823, pemilik=Ravi a/l Krishnan, saman=JPJ-2026-88172, alamat=Lot 2219 Kampung Baru Sungai Buloh
        pasport=A38274916 nama="NOOR AZLINA BINTI HASHIM" tarikh_lahir=1990-07-08 warganegara=MYS
        senarai pekerja (baris 7): Mohd Amirul Hakim, 990215-01-6627, amirulhakim99@yahoo.com, 019-773 0481
    """),
    "mixed": _lines("""
        Name | 身份证号 | Mobile → Zhang Lei 张磊 | 330106200103224437 | +86 137 5821 0946
        {"name": "Ong Siew Ling 王秀玲", "nric": "T0128473J", "地址": "Blk 127 Toa Payoh Lorong 1 #05-342"}
        customer_export.csv: "Chong Ah Kow 张亚九","691208-12-5031","+60 16-884 2290","Taman Tasik Damai, 88300 Kota Kinabalu"
        log user=黄志明 hkid=K538271(4) action=password_reset sms_to=+852 6439 0871
        收件人 Recipient: Muthu a/l Rajan, 电话 Tel: +65 9762 3108, Postal 730512
        {"客户": "林佩珊 Lam Pui Shan", "macau_bir": "7049215(2)", "mobile": "6612 0937"}
        form_dump: full_name=陳美華 Chen Mei-hua; email=meihua.chen.tw@gmail.com; 身分證=B201938475; LINE ID=meihua_0322
        Sheet1!A12:E12 → 廖伟强 | Liao Weiqiang | 6217 0038 1000 2934 556 | 中国建设银行 | 月薪 18,500
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "turn this into JSON pls: name Darren Lim Jia Hui, nric S9238174B, hp 8123 4590, blk 68 Marine Dr #11-402",
        ),
        (
            "assistant",
            'Here you go: {"name": "Darren Lim Jia Hui", "nric": "S9238174B", "hp": "8123 4590", "address": "Blk 68 Marine Drive #11-402"}',
        ),
        ("user", "add postal code 440068 too"),
        ("assistant", 'Done — added "postal_code": "440068".'),
    ],
    [
        ("user", "这是表头：收件人,手机,身份证号,地址"),
        ("assistant", "好的，请把数据行发过来，我帮你检查格式。"),
        ("user", "马红梅,13826519407,440304199106182726,深圳市福田区莲花路2009号景田北 8栋1204"),
        ("assistant", "格式没问题：手机11位，身份证18位，出生日期1991-06-18，地址字段完整。"),
    ],
    [
        ("user", "can u fix this yaml, it won't parse"),
        ("assistant", "Sure, paste it here."),
        (
            "user",
            "oncall: {primary: Benjamin Koh, mobile: +65 9733 0182 secondary: Joanne Yeo, mobile: +65 8420 7716}",
        ),
        (
            "assistant",
            "There's a missing comma before 'secondary' and duplicate 'mobile' keys; split it into a list: oncall: [{name: Benjamin Koh, mobile: '+65 9733 0182'}, {name: Joanne Yeo, mobile: '+65 8420 7716'}]",
        ),
    ],
    [
        ("user", "Tolong semak borang ni, medan mana yang salah?"),
        (
            "user",
            "nama=Nur Syafiqah binti Zainal | mykad=970814-0-6-5588 | tel=013 2290 7461 | emel=syafiqah.zainal97@gmail",
        ),
        (
            "assistant",
            "MyKad patut jadi 970814-06-5588 (sempang di tempat salah), dan emel tiada domain penuh — mungkin syafiqah.zainal97@gmail.com?",
        ),
        (
            "user",
            "ya betul, .com. alamat dia No 7 Jalan Teratai 3, Taman Bukit Beruang, 75450 Melaka",
        ),
        ("assistant", "Baik, borang sudah lengkap dengan alamat Melaka itu."),
    ],
    [
        ("user", "幫我睇下呢行log點解會fail"),
        (
            "user",
            "2026-12-03 02:11:09 ERROR kyc_check name=譚家輝 hkid=D472913(8) dob=1984-09-02 phone=+852 6073 2185 reason=photo_mismatch",
        ),
        (
            "assistant",
            "reason=photo_mismatch 即係上載嘅身份證相同自拍比對唔到，唔係格式問題；HKID 同電話格式都啱。",
        ),
    ],
    [
        ("user", "I have a CSV with header email,ip,plan,last_seen"),
        ("assistant", "OK — what do you want to do with it?"),
        (
            "user",
            "dedupe it. e.g. row 1: farah.izzati.work@outlook.com,175.139.44.201,pro,2026-11-30",
        ),
        (
            "user",
            "row 2 is the same person: farah.izzati.work@outlook.com,175.139.44.201,pro,2026-12-01",
        ),
        (
            "assistant",
            "Keep the row with the latest last_seen per email; for Farah's address that's the 2026-12-01 row.",
        ),
    ],
    [
        ("user", "家長聯絡表貼給你，幫我轉成 JSON"),
        (
            "user",
            "學生 林子晴 | 班級 三年二班 | 家長 林建宏 | 手機 0921-557-083 | 地址 高雄市三民區建工路 522 巷 6 號",
        ),
        (
            "assistant",
            '{"student": "林子晴", "class": "三年二班", "parent": "林建宏", "mobile": "0921-557-083", "address": "高雄市三民區建工路522巷6號"}',
        ),
    ],
    [
        ("user", "macau client sheet, col B is BIR, col C is phone"),
        (
            "user",
            "A: 區志輝 Au Chi Fai | B: 1529403(6) | C: 6681 3027 | D: 澳門黑沙環新街 52 號 海濱花園 3座 9樓F",
        ),
        (
            "assistant",
            "Column B matches the Macau BIR pattern (7 digits plus a check digit in brackets) and column C is an 8-digit Macau mobile.",
        ),
    ],
    [
        (
            "user",
            "form dump from our visitor kiosk, is FIN format right? full_name=Nguyen Thi Lan; fin=M4210397K; pass_type=Work Permit",
        ),
        ("assistant", "Yes — M + 7 digits + a letter is the current FIN format."),
        ("user", "ok and her contact is 8975 6023, staying at 21 Woodlands Ave 1 dorm room 4-17"),
        ("assistant", "Noted; the record now has contact 8975 6023 and the Woodlands address."),
    ],
]
