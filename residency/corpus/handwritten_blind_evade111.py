# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade111: configuration and settings files (.env, INI, TOML, properties, registry, plist, JSON) with hidden or encoded values. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade111
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dotenv_files"): _lines("""
        APP_NAME=harbourline-checkout APP_ENV=production APP_DEBUG=false APP_URL=https://checkout.harbourline.sg
        SUPPORT_EMAIL=support@harbourline.sg SUPPORT_HOTLINE=+65 6123 4000 # main line, staffed 9am-6pm Mon-Sat
        DB_HOST=10.20.4.17 DB_PORT=5432 DB_DATABASE=orders_prod DB_USERNAME=svc_orders DB_PASSWORD=${VAULT_ORDERS_DB}
        SMTP_FROM_NAME="Kopi Lane Receipts" SMTP_FROM_ADDRESS=noreply@kopilane.com.my SMTP_PORT=587
        BASIC_AUTH=ZGVwbG95LWJvdDpyb3RhdGVkLTIwMjYtMTE= # base64 of the CI service account, rotated quarterly
        SENTRY_DSN=https://3f9a1c0e77b24d1e9c8a4b2f6d0e5a11@o44812.ingest.sentry.io/5519203
        INVOICE_PREFIX=INV-SG-2026- INVOICE_START=004812 COMPANY_UEN=201934781K
        # Placeholder values, replace before deploy: CONTACT_NAME=<your name> CONTACT_PHONE=+65 XXXX XXXX CONTACT_EMAIL=you@example.com
        DEFAULT_TZ=Asia/Kuala_Lumpur CURRENCY=MYR TAX_RATE=0.08 SST_NO=W10-1808-32000123
        FEATURE_FLAGS=eyJuZXdfY2hlY2tvdXQiOnRydWUsInNzdF92MiI6ZmFsc2UsImd1ZXN0X2NhcnRfdHRsIjoxODAwfQ==
        ADMIN_CONTACT=ops-oncall%40harbourline.sg # percent-encoded because the loader splits on @
        TEST_CARD=4111 1111 1111 1111 # public gateway test PAN, never a real card, CVV any 3 digits
        LOG_LEVEL=info LOG_FORMAT=json LOG_REDACT_FIELDS=nric,phone,email,passport,card_number,home_address
        STORE_NAME="Sun Yat Sen Nanyang Memorial Hall Gift Shop" STORE_POSTCODE=329874 STORE_OPEN=10:00
    """),
    ("en", "ini_toml_configs"): _lines("""
        [database] host = "db.internal" port = 3306 name = "loyalty" pool_size = 20 timeout_ms = 4500
        [package] name = "limkopi-pos" version = "3.14.2" authors = ["Platform Team <platform@limkopi.com.sg>"] license = "MIT"
        [owner] name = "Tom Preston-Werner" # example block copied from the TOML spec, he created the format
        [smtp] server = mail.shoplah.my ; port = 587 ; from = orders@shoplah.my ; reply_to = cs@shoplah.my
        ; php.ini excerpt: date.timezone = Asia/Singapore, memory_limit = 512M, session.gc_maxlifetime = 1440
        [printer.receipt] header_line_1 = "LEE KUM KEE FLAGSHIP - ION ORCHARD" header_line_2 = "Tel: 6238 8800" footer = "Goods sold are not refundable"
        [shipping.zones] west = ["608532", "609601", "640462"] # postcodes served from the Jurong DC
        [tool.poetry] name = "residency-sync" version = "0.9.0" description = "Nightly sync of anonymised counts"
        [report] title = "Q3 returns" rows = 1842 unique_customers = 1107 median_age = 34 # aggregate only, no row-level data
        [kiosk] welcome = "Welcome to Lee Kong Chian Reference Library, Level 7" idle_timeout = 90
        [hotline] sales = +60 3-2711 8000 ; support = 1-300-88-7788 ; fax = +60 3-2711 8001
        [auth] jwt_secret = "6e6f742d612d7265616c2d7365637265742d726f746174652d6d65" algorithm = "HS256" ttl = 3600
        [i18n.demo] hero = "Sun Wukong" mentor = "Tang Sanzang" villain = "White Bone Demon" # fictional sample data
    """),
    ("en", "windows_registry_exports"): _lines("""
        Windows Registry Editor Version 5.00
        "DisplayName"="Kopi Lane POS Client" "DisplayVersion"="7.3.1024" "Publisher"="Kopi Lane Sdn Bhd" "EstimatedSize"=dword:0001f4a0
        "RegisteredOrganization"="Harbourline Logistics Pte Ltd" "RegisteredOwner"="IT Department"
        "ProxyEnable"=dword:00000001 "ProxyServer"="proxy.harbourline.sg:8080" "ProxyOverride"="*.internal;<local>"
        "InstallSource"="https://dl.kopilane.com.my/pos/7.3.1024/setup.msi" "InstallDate"="20261128"
        "SupportURL"="https://help.kopilane.com.my" "HelpTelephone"="+60 3-7960 1188" "Contact"="helpdesk@kopilane.com.my"
        "LastPrinter"="EPSON TM-T82X (Counter 2)" "PaperWidth"=dword:00000050 "CutMode"=dword:00000001
        "DefaultUserName"="kiosk01" "AutoAdminLogon"="1" "DefaultDomainName"="STORE-JEM"
        "MOTD"=hex(2):57,00,65,00,6c,00,63,00,6f,00,6d,00,65,00,20,00,74,00,6f,00,20,00,43,00,6f,00,75,00,6e,00,74,00,65,00,72,00,20,00,33,00,00,00
        "LegalNoticeText"="Authorised use only. Activity on this terminal is logged under the PDPA 2012 policy."
        "MRUList"="cba" "a"="Q3_returns_summary.xlsx" "b"="SKU_master_2026.csv" "c"="store_roster_template.docx"
        "LicenseKey"="KLPOS-7H3Q9-XM2R4-PP8TZ-4C6WA" "Seats"=dword:0000000c
        "WallpaperCaption"="Merlion Park at dusk, photo courtesy of the Singapore Tourism Board"
    """),
    ("zh-Hans", "app_settings_json"): _lines("""
        {"app":"鲜橙外卖商家版","version":"8.12.3","channel":"huawei","客服电话":"400-826-7390"}
        {"收货地址模板":"{省}{市}{区}{街道}{门牌号}","示例":"广东省深圳市南山区XX路XX号"}
        {"订单号":"DD202612050018734","金额":"¥128.50","状态":"已发货","快递单号":"SF1402397718562"}
        {"店铺名称":"鲁迅纪念馆文创店","营业时间":"09:00-17:00","闭馆日":"周一"}
        {"log_level":"warn","脱敏字段":["身份证号","手机号","银行卡号"],"掩码规则":"前3后4","示例":"138****0000"}
        {"推送标题":"5Y+M5Y2B5LqM6aKE5ZSu5byA5ZCv77yM5ruhMzAw5YePNDA=","编码":"base64"}
        {"统计":{"新增用户":2381,"日活":48120,"投诉":17,"退款笔数":96},"日期":"2026-11-30"}
        {"作者":"曹雪芹","书名":"红楼梦","出版社":"人民文学出版社","库存":36,"货架":"B-07"}
        {"wifi":{"ssid":"YunZhan_Guest","password":"请在前台索取"},"打印机":"HP-LaserJet-M404","楼层":"12F"}
        {"企业信息":{"名称":"深圳市前海云栈科技有限公司","统一社会信用代码":"91440300MA5G8K2X7P","客服邮箱":"kefu@yunzhan-tech.cn"}}
        {"测试账号":{"手机号":"13800000000","验证码":"123456"},"说明":"仅限沙箱环境，生产环境禁用"}
        {"locale":"zh_CN","currency":"CNY","greeting":"%E6%AC%A2%E8%BF%8E%E5%85%89%E4%B8%B4"}
        {"角色":"值班经理","通知邮箱":"duty-manager@yunzhan-tech.cn","升级时限":"30分钟","夜间":"转400热线"}
    """),
    ("zh-Hant", "java_properties"): _lines("""
        app.title=港島快線 訂位系統 app.version=5.2.0-rc3
        support.hotline=+852 2838 6500（辦公時間 09:00-18:00）
        label.hkid=香港身份證號碼 label.hkid.placeholder=A123456(3) label.hkid.hint=請連括號內數字一併輸入
        msg.welcome.encoded=%E6%AD%A1%E8%BF%8E%E5%85%89%E8%87%A8
        store.name=中山紀念堂紀念品部 store.floor=B1
        booking.ref.format=HK-{yyyyMMdd}-{seq:06} booking.ref.example=HK-20261205-000418
        invoice.company=雲棧數位股份有限公司 invoice.ubn=24536806 invoice.address=臺北市信義區松仁路100號
        report.summary=本月退貨 312 件，涉及客戶 207 位，平均處理 2.4 天
        tw.sample.id=A123456789 # 內政部公告之範例號碼，僅供欄位格式測試
        quote.daily=金庸《射鵰英雄傳》：俠之大者，為國為民
        notify.template=親愛的{name}，您的訂單 {orderNo} 已於 {date} 出貨，查詢請致電客服。
        mail.from=noreply@harbourexpress.com.hk mail.replyto=cs@harbourexpress.com.hk
    """),
    ("ms", "eksport_plist_registry"): _lines("""
        <key>CFBundleDisplayName</key><string>Klinik Jalan Tun Razak</string>
        <key>CFBundleShortVersionString</key><string>4.2.0</string><key>CFBundleVersion</key><string>420017</string>
        "NamaSyarikat"="Syarikat Perkapalan Sinar Timur Sdn. Bhd." "NoPendaftaran"="201901038764 (1345678-X)"
        "TalianBantuan"="1-800-88-2626" "EmelSokongan"="bantuan@sinartimur.com.my"
        "BahasaLalai"="ms-MY" "ZonWaktu"="Singapore Standard Time" "FormatTarikh"="dd/MM/yyyy"
        "KunciLesen"=hex:4b,45,44,41,49,2d,32,30,32,36,2d,53,45,4c,41,4e,47,4f,52
        <key>NSLocationWhenInUseUsageDescription</key><string>Aplikasi memerlukan lokasi anda untuk mencari cawangan terdekat.</string>
        <key>LabelNama</key><string>NAMA PENUH SEPERTI DALAM MYKAD</string><key>FormatKP</key><string>YYMMDD-PB-###G</string>
        <key>PusatServis</key><string>Lot 12, Jalan P. Ramlee, 50250 Kuala Lumpur</string>
        "LaporanBulanan"="Pesanan: 12,408; Pulangan: 96; Aduan: 11; Purata rating 4.6"
        "TajukPromosi"="SnVhbGFuIEhhcmkgUmF5YSAtIGRpc2thdW4gMzAlIHVudHVrIHNlbXVhIGJhcmFuZ2Fu"
        <key>PeringatanPDPA</key><string>Data peribadi pelanggan tidak disimpan dalam fail tetapan ini.</string>
    """),
    ("ms", "tetapan_aplikasi"): _lines("""
        {"kedai":"Pasar Mini Seri Kembangan","alamat":"No. 8, Jalan SK 6/2, 43300 Seri Kembangan","tel":"03-8945 2210"}
        PEMBAYARAN_FPX_MERCHANT_ID=SE00041872 PEMBAYARAN_MATA_WANG=MYR PEMBAYARAN_MOD=langsung
        [penghantaran] caj_asas = 5.90 ; caj_per_kg = 1.20 ; poskod_percuma = 50000-60000
        # Templat SMS: Pesanan {no_pesanan} anda sedang dihantar oleh {kurier}. Jejak: {pautan}
        {"jadual_solat_sumber":"JAKIM e-Solat","zon":"WLY01","kemas_kini":"03:00"}
        {"buku":"Hikayat Hang Tuah","pengarang":"tidak diketahui","harga":"RM 45.00","stok":14}
        {"petikan_hari_ini":"Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957"}
        TRACKING_URL=https://jejak.kurierkilat.my/semak?no=ER%203188%202014%207MY
        {"statistik":{"pelanggan_baharu":842,"umur_purata":31,"negeri_teratas":"Selangor","aduan":7}}
        SUPPORT_EMAIL=khidmat[at]tokobaju[dot]my # ditulis begini supaya bot tidak kutip
        {"peranan":"Pengurus Bertugas","emel":"pengurus.bertugas@tokobaju.my","sambungan":"214"}
        {"mesej_alu_aluan":"U2VsYW1hdCBkYXRhbmcga2UgVG9rbyBCYWp1","pengekodan":"base64"}
        NO_SST=B16-1809-22000456 NO_SSM=202201004512 NAMA_DAGANGAN="Toko Baju Enterprise"
    """),
    ("mixed", "encoded_config_values"): _lines("""
        config.b64=cmVnaW9uPWFwLXNvdXRoZWFzdC0xO2J1Y2tldD1yZXNpZGVuY3ktb2Zmc2hvcmUtMjAyNjtyZXRlbnRpb25fZGF5cz0zMA==
        X-Trace-Id: 7f3c2a1e-4b9d-4e7a-9c11-2d8f0e6b5a43 user_agent=okhttp/4.12.0 path=/api/v2/orders/SO-2026-118473
        redirect_uri=https%3A%2F%2Fapp.kopilane.com.my%2Fcallback%3Fstate%3Dx8Hq2%26lang%3Dms
        {"sku":"TSH-BLK-XL-0091","名称":"黑色T恤 XL","price_myr":39.90,"barcode":"9556123401238"}
        artifact.sha256=9b74c9897bac770ffc029102a200c5de7a4e2d0f6b3c1e8a5d9f0c2b4e6a8d1f build=20261205.3
        ＶＥＲＳＩＯＮ＝２．４．１　ＢＵＩＬＤ＝２０２６１２０５　ＣＨＡＮＮＥＬ＝ｓｔａｂｌｅ
        hq_phone_display=＋６５ ６１２３ ４０００ # full-width after the Japanese IME import, company main line
        order_no = S O 2 0 2 6 1 2 0 4 7 7 1 # spaced out by the OCR import, fix in the parser
        amount_words=ONE THOUSAND TWO HUNDRED AND FORTY-FIVE RINGGIT ONLY invoice=INV-MY-77120
        station_label_hex=e5 8f b0 e5 8c 97 e8 bb 8a e7 ab 99 encoding=utf-8
        .env.example: OWNER_NAME= OWNER_NRIC= OWNER_PHONE= (leave blank, filled by the onboarding form)
        {"book":"From Third World to First","author":"Lee Kuan Yew","shelf":"SG-HIST-02","copies":4}
        cookie: cart_state=eyJjYXJ0IjpbIlNLVS0wMDEiLCJTS1UtMDAyIl0sImxhbmciOiJ6aC1IYW50In0=; Path=/; Secure
        user=root home=/root shell=/bin/bash uid=0 gid=0 # container default, no human login
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ALERT_SMS_TO=%2B6591837264 # Ravi's own mobile until the on-call rota is sorted
        SEED_OWNER=VGFuIEh1aSBMaW5nLFM4NzM0MTUyRiwrNjU4MjQ2OTEwNw==
        [billing_override] ; customer = Muthu a/l Krishnan ; reason = card declined 4 times, owes $2,380 on INV-SG-2026-004377 ; hold collections until he calls back
        "RegisteredOwner"="Lim Wei Jie" "RegisteredOrganization"="" "ProductId"="00330-80000-00000-AA482"
        "LastLoggedOnDisplayName"=hex(2):4e,00,75,00,72,00,75,00,6c,00,20,00,41,00,69,00,73,00,79,00,61,00,68,00,20,00,62,00,69,00,6e,00,74,00,69,00,20,00,4b,00,61,00,6d,00,61,00,72,00,75,00,64,00,69,00,6e,00,00,00
        <key>lastSignedInEmail</key><string>marcus.desouza87 (at) gmail (dot) com</string>
        [emergency_contact] name = "Grace D'Silva" relation = "wife" phone = "9 1 2 7 - 4 4 0 8"
        {"autofill":{"name":"Koh Siew Ping","card":"4556 3301 2847 7156","exp":"09/29","billing":"Blk 518 Jurong West St 52 #11-240"}}
        hr.probation.note=Siti Rahmah binti Osman (staff 20417) - second written warning for lateness, final review 15 Jan
        emergency.phone=＋６５ ８２４６ ３０９１ (Mdm Chua, #05-12 Block 418 Hougang Ave 8)
        # backup contact for Jason's dad: nine-seven-three-one, four-eight-two-two
        {"worker":"Rahim Uddin","fin":"F２１８６４５０K","dorm":"Tuas South Dormitory Blk 3 #04-17","employer_ref":"WP-2291"}
        callback=https://crm.harbourline.sg/lead?name=Priya%20d%2Fo%20Suresh&mobile=%2B6588213054&nric=T0298476D
        user.home=/Users/benjamin.oei ; user.name=benjamin.oei ; recent.file=divorce_settlement_draft_v3.docx
        [notes] tenant_11_04 = "Mr Goh on the 11th floor is on dialysis Mon/Wed/Fri, no lift maintenance before noon"
        AUTH_TOKEN_SAMPLE=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1Xzg4MjEzIiwibmFtZSI6IkNobG9lIFRhbiBYaW4gWWkiLCJlbWFpbCI6ImNobG9lLnRhbnh5QG91dGxvb2suY29tIiwicGhvbmUiOiIrNjU5NjYzMDIxOCJ9.sig
        PAY_CARD_PART1=5204 8810 PAY_CARD_PART2=4736 2815 # not a test card, it is Aaron's corporate card, remove before commit
        [travel] traveller = "HARRIS, Jonathan Paul" passport = "K7732091N" nationality = "SGP" ; trip is for his mother's surgery in Chennai
    """),
    "zh-Hans": _lines("""
        {"收货人":"王秀英","手机":"１３９２８４７５１０６","地址":"广东省深圳市南山区华侨城苑5栋1203"}
        DEFAULT_CONSIGNEE=5byg5LyfIDE4NjIxMDQ3Mzk1IOS4iua1t+W4guW+kOaxh+WMuua8lea6quWMl+i3rzg45Y+3M+alvA==
        id_card_hex=333130313034313939323033323731353658 # 李浩然 实名认证用，勿删
        approver.backup=finance_deputy # 刘梅下月起休产假（预产期一月中），报销审批先转给副手
        bind_url=https://sso.yunzhan-tech.cn/bind?name=%E9%99%88%E6%80%9D%E8%BF%9C&idno=440305198806143024
        {"wx_notify_to":"wxid_k83ms0q2lz","备注":"周建国的私人微信，他说公司号收不到提醒"}
        {"退款账户":"6217 0000 2394 8815 202","户名":"赵丽娟","原因":"重复扣款两次"}
        [社区团购] 团长备注=3栋陈阿姨腿脚不便，菜直接放1502门口，别打电话她耳背
        紧急联系人身份证=一一零一零八一九七五一一零三二四二零（孙桂芳，母亲）
        payroll_patch=5ZGY5belPem7hOW/l+W8ujvmnIjolqo9Mjg1MDA75omj5qy+PeeXheWBhzflpKk75Y6f5ZugPeiDg+WHuuihgOS9j+mZog==
        ADMIN_MAIL=xu.jiaqi1994＠163。com # 徐佳琪的个人邮箱，先顶一下
        idno_part1=320582 idno_part2=19900815 idno_part3=4731 # 顾晨 实名核验三段拼接
    """),
    "zh-Hant": _lines("""
        customer.hkid=K 4 8 2 6 1 3 ( 2 ) customer.name=鄭家豪 customer.tier=gold
        tw.id.b64=QTIyODQ3MTAzNw== # 林美玲 健保卡補發用
        {"LINE_ID":"meiling.0812","暱稱":"小玲","備註":"她說前夫一直打電話騷擾，請勿透露她的新地址"}
        "證件號碼"="Ｙ２０５７３８（５）" "持有人"="何詠詩" "用途"="租約擔保"
        notify.sms=0 9 1 2 - 3 4 8 - 6 5 7 # 吳先生（台中）代收包裹
        # 注意：葵涌華景山莊4座的譚太剛做完化療，送餐時請勿按門鐘
        "idHex"="46 31 33 35 39 32 30 36 34 36" "name"="張志明" "note"="信用卡欠款 NT$186,400 協商中"
        collection.target=陳國強 collection.phone=%2B852%209173%204826 collection.amount=HK$48,300 collection.note=第三次逾期
        <key>memberId</key><string>XA130592(9)</string><key>memberName</key><string>Cheung Ka Wai 張家偉</string>
        身分證字號=Ｒ２５８１３９０７３ 姓名=蔡佩君 緊急聯絡=母 0933-572-148
    """),
    "ms": _lines("""
        NO_KP_PENJAMIN=ODgwNjE0LTEwLTU1MjM= # penjamin pinjaman Encik Hafiz, jangan commit
        {"pelanggan":"Kavitha a/p Subramaniam","tel":"kosong satu dua, tujuh tiga lapan, empat lima sembilan satu","tunggakan":"RM 3,210.40"}
        ; nota HR: Mohd Faizal bin Ismail cuti sakit panjang (kemurungan), jangan masukkan dalam jadual syif Disember
        ALAMAT_PENGHANTARAN=No%2014%2C%20Jalan%20Melor%203%2C%20Taman%20Sri%20Muda%2C%2040400%20Shah%20Alam # rumah Puan Rosnah
        {"telegram":"@aiman_zk93","ic":"930227146081","nama":"Aiman Zakwan","status":"ahli disekat"}
        "PemilikKenderaan"="Ong Chee Keong" "NoPendaftaran"="WXY 8162" "NoIC"=hex:37,35,30,39,30,33,2d,30,37,2d,35,33,34,38
        [gaji] nama = Siti Nur Hidayah binti Abdullah ; gaji_pokok = 4,850.00 ; potongan_PTPTN = 210.00 ; akaun = 1640 2938 4471
        INSTAGRAM_REPOST_BLOCK=@daniel.wong.kk # anak bos, jangan tag gambar dia masa di wad
        <key>noKadPengenalan</key><string>０１０５１２-１２-０９３７</string><key>nama</key><string>Jennifer Sipaun</string>
        <key>nota</key><string>Makcik Ros di Blok C tingkat 4 baru kematian suami, tangguhkan notis tunggakan sewa</string>
    """),
    "mixed": _lines("""
        {"name":"Lim Ah Kow 林亚九","hp":"+60 16-228 4719","remark":"欠租两个月, dah janji bayar hujung bulan"}
        CONTACT=TWRtIFRhbiAjMDUtMTIgQmxrIDIzMCBCaXNoYW4gU3QgMjMsIGhwIDk3MzYgMjAxOCwgcHJlZmVycyBIb2traWVu
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a DevOps assistant helping with environment files."),
        (
            "user",
            "My .env won't load, it stops at this line: ALERT_SMS_TO=+65 9045 2287 # Kelvin Ng personal hp. Is the space the problem?",
        ),
        (
            "assistant",
            "Yes, unquoted spaces break most dotenv parsers. Quote the value or remove the spaces. Also consider moving a personal mobile number out of the repo into your secret store.",
        ),
        ("user", "ok quoted it, loads now. thanks"),
    ],
    [
        ("system", "你是一名后端开发助手。"),
        (
            "user",
            '帮我看下这个配置为什么报错：{"收件人":"马玉兰","手机":"15827364019","地址":"武汉市洪山区珞瑜路1037号"}',
        ),
        (
            "assistant",
            "JSON 本身没问题，可能是外层引号转义了。另外这里有真实收件人的手机号和地址，建议不要写进配置文件。",
        ),
        ("user", "那我改成从数据库读，谢谢"),
    ],
    [
        ("system", "Anda pembantu sokongan IT untuk pejabat kecil."),
        (
            "user",
            "Saya export registry PC kaunter, ada baris RegisteredOwner=Norhayati binti Salleh dan satu nilai hex yang saya decode jadi 850419-08-6214. Boleh saya kongsi fail ini dengan vendor?",
        ),
        (
            "assistant",
            "Lebih baik jangan. Nilai itu nampak seperti nombor MyKad pemilik PC. Padam atau tukar kepada teks biasa seperti Kaunter 1 sebelum hantar.",
        ),
        ("user", "Baik, saya buang dulu."),
    ],
    [
        ("system", "你是 macOS 設定檔顧問。"),
        (
            "user",
            "plist 裡面有 <key>owner</key><string>梁慧敏</string><key>phone</key><string>6238 1947</string>，這樣同步到 iCloud 安全嗎？",
        ),
        (
            "assistant",
            "技術上可以同步，但這是個人姓名和香港手機號碼，建議放進鑰匙圈或刪除，不要留在偏好設定檔。",
        ),
        ("user", "明白，我改用鑰匙圈。"),
        ("assistant", "好的，記得刪除舊的 plist 備份。"),
    ],
    [
        ("system", "You validate TOML files."),
        (
            "user",
            "Is this valid TOML? [emergency] name = 'Dinesh s/o Ramasamy' relation = 'brother' phone = '8 7 1 4 0 3 6 2'",
        ),
        (
            "assistant",
            "It parses, but put each key on its own line. Note the phone field holds spaced digits of a real mobile; a validator will not catch that, so strip it before committing.",
        ),
    ],
    [
        ("system", "You help decode configuration values."),
        (
            "user",
            "What does this base64 in our settings decode to? SG8gSmlhIEh1aTtTNzY1MTA5M0g7ZGlhYmV0aWMsIG5lZWRzIDJwbSBicmVhaw==",
        ),
        (
            "assistant",
            "It decodes to a name, an NRIC number and a medical note about that person. That is sensitive personal data and should not live in a settings file.",
        ),
        ("user", "oh no, that's from the old HR roster import. deleting."),
    ],
    [
        ("system", "Anda membantu menyemak fail .env."),
        (
            "user",
            "Kenapa alamat ni keluar pelik? DELIVERY_ADDR=No%2027%2C%20Lorong%20Cempaka%205%2C%2008000%20Sungai%20Petani",
        ),
        (
            "assistant",
            "Ia dikodkan peratus (percent-encoding). Bila didekod ia alamat rumah: No 27, Lorong Cempaka 5, 08000 Sungai Petani.",
        ),
        ("user", "Itu rumah mak saya Puan Zaleha, saya letak untuk test courier API je."),
        (
            "assistant",
            "Gunakan alamat contoh atau alamat pejabat untuk ujian, bukan alamat rumah sebenar.",
        ),
    ],
    [
        ("system", "你是 Java 开发助手。"),
        (
            "user",
            "application.properties 里写了 test.idcard=110108197511032420 和 test.name=孙桂芳，打包后中文乱码怎么办？",
        ),
        (
            "assistant",
            "把文件保存为 UTF-8 并在构建里指定编码即可。另外这是一个真实格式的身份证号和姓名，测试请改用虚构数据。",
        ),
        ("user", "这是我妈的，我先删掉。"),
    ],
    [
        ("system", "You are a helpful assistant for a condo management office."),
        (
            "user",
            'our settings json got {"unit":"#05-12","resident":"Mdm Tan","note":"hearing aid, knock loudly"}, can the lift notice app read this or not',
        ),
        (
            "assistant",
            "The app can read it, but this stores a resident's health detail against her unit. Keep it in the restricted resident file instead.",
        ),
        ("user", "ok la will move it"),
    ],
    [
        ("system", "You explain JWTs."),
        (
            "user",
            "Can you decode the middle part? eyJzdWIiOiI0NDEyMCIsIm5hbWUiOiJXb25nIE1laSBYaW4iLCJlbWFpbCI6Im1laXhpbi53b25nQHlhaG9vLmNvbS5zZyIsImRvYiI6IjE5OTQtMDItMTcifQ",
        ),
        (
            "assistant",
            "It contains sub 44120, the name Wong Mei Xin, an e-mail address and a date of birth. Avoid putting personal data in JWT payloads; they are only encoded, not encrypted.",
        ),
        ("user", "Got it, we'll keep only the sub claim."),
    ],
]
