# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade42: personal data spread across record fields, notes, URLs, file names and usernames. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade42
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "access logs"): _lines("""
        203.0.113.45 - - [03/Dec/2025:08:12:44 +0800] "GET /api/v2/orders/ORD-20251203-884213/status HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
        198.51.100.7 - - [03/Dec/2025:08:12:51 +0800] "GET /track?awb=SF1428836602917&lang=en HTTP/2" 304 0
        callback_url=https://hooks.example.com/sms/dlr?msgid=8f3a9c21e0&status=DELIVRD&ts=1733200331
        ts=2025-12-04T02:00:07Z user=svc-etl-prod action=export table=dim_product rows=48211 duration=12.8s
        INFO [scheduler] job nightly_backup_2025-12-04 finished, sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        WARN rate limit hit for client_id=app_7Hq2ZrX9 (1200 req/min), retry-after=30
        POST /v1/support/callback?hotline=1800-222-0000&topic=billing&queue=tier1 201 88ms
        GET /stores/raffles-place/opening-hours?date=2025-12-24 200 (cache HIT)
        ERROR phone_validator: fixture "+65 6123 4567" rejected by ^\\+65[89]\\d{7}$ as expected (landline prefix)
        referrer="https://www.lazada.sg/products/i2849917361-s12948821.html" ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
        GET /users/{user_id}/avatar?size=128 404 — route template logged before param substitution, see INC-2291
        healthcheck ok: db=12ms redis=1ms s3=44ms build=v4.18.0+g1c9e2fa
        GET /static/img/logo-lee-kum-kee@2x.png 200 34817 bytes
    """),
    ("en", "CRM schema and notes"): _lines("""
        customer.full_name (VARCHAR 120) – legal name as on ID; mask in all exports except to Compliance.
        notes: free text; do NOT paste NRIC/FIN, card numbers or medical info here – use the Secure Vault field instead.
        Template: "Hi {{first_name}}, your appointment at {{clinic_name}} is on {{date}} at {{time}}. Reply Y to confirm."
        Example record (synthetic): {"name": "<NAME>", "nric": "S*******A", "mobile": "+65 XXXX XXXX", "email": "user@example.com"}
        Account owner: Sales-APAC queue; escalation: Customer Care Hotline 1800-222-0000 (24h), then duty manager pager.
        Lead source = "Singapore FinTech Festival 2025 booth"; leads 412; qualified 97; conversion 6.8%
        File naming convention: <CaseID>_<DocType>_<YYYYMMDD>.pdf, e.g. CAS-00417_INVOICE_20251201.pdf
        Ticket #88213 closed – toner replaced on level 7 printer (Meeting Room "Raffles"), no customer data involved.
        Referral destination: Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 (main line 6256 6011).
        Speaker field: Lawrence Wong | role: Prime Minister of Singapore | session: Budget 2025 statement, Parliament House
        Owner: @jira-automation; Assignee: unassigned; Labels: pdpa, retention, q4-cleanup
        Retention rule R-07: delete call recordings after 90 days unless flagged for a dispute; log deletion batch id only.
        Venue: Lee Kong Chian Reference Library, National Library Building, 100 Victoria Street, Singapore 188064
    """),
    ("en", "code and config"): _lines("""
        PII_FIELDS = ["full_name", "nric", "passport_no", "mobile", "email", "home_address", "dob"]
        assert mask_nric("S1234567D") == "S****567D"  # canonical test value from the spec, not a real card
        4e1c9a2 chore(deps): bump axios from 1.6.8 to 1.7.4 – dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
        UPLOAD_KEY = "uploads/{tenant_id}/{yyyy}/{mm}/{uuid4}.{ext}"  # never put customer names or IDs in object keys
        SMTP_FROM=no-reply@notify.example.sg
        HK_MOBILE_RE = r"^[569]\\d{7}$"; HK_LANDLINE_RE = r"^[23]\\d{7}$"
        version: 3.14.2-rc.1+build.20251204 (commit a3f9e17, signed by release-bot)
        SELECT order_id, SUM(amount_sgd) AS total FROM payments WHERE created_at >= '2025-11-01' GROUP BY order_id;
        Faker.seed(42); fixture_name = fake.name()  # synthetic names only, regenerated each CI run
        tests/fixtures/users/john_doe.json and jane_roe.json are placeholder profiles for the signup flow
        docker run -e TZ=Asia/Kuala_Lumpur -p 8080:8080 ghcr.io/acme/portal:2.8.0
        git config user.email "ci-bot@acme.example" && git config user.name "ACME CI"
    """),
    ("zh-Hans", "工单与系统日志"): _lines("""
        2025-12-03 14:05:22 [INFO] 订单 JD2025120398817766 状态变更：已出库 → 运输中
        【工单#20251203-0042】用户反馈小程序闪退，机型 iPhone 15 Pro，iOS 18.1，版本号 v5.2.3，已转研发。
        短信模板 SMS_223301：“【某某银行】尊敬的${name}，您尾号${last4}的卡片于${time}消费${amount}元。”
        客服热线 95588 / 400-820-8820，工作时间 8:00-22:00，任何人索要验证码都是诈骗。
        回调地址：https://api.example.cn/pay/notify?out_trade_no=2025120415300018826&trade_status=TRADE_SUCCESS
        鲁迅故居导览预约系统已上线，参观需携带本人有效证件，每日限流2000人。
        发票号码 24442000000018732964，开票日期 2025-11-30，价税合计 ¥1,286.00，购方：杭州云栖数智科技有限公司
        用户名规范：字母开头，4-20位，仅允许字母、数字和下划线，禁止用手机号或身份证号当用户名。
        脱敏规则：姓名保留姓氏（张**），手机号保留前三后四（138****1234），身份证只留前6后4。
        王府井百货大楼（北京市东城区王府井大街255号）今日营业时间调整为 10:00-21:00。
        地铁中山公园站A口临时封闭，请乘客从C口进出，预计12月10日恢复。
        导出任务 export_20251204_0215.csv 已完成，共18,442行，MD5：5d41402abc4b2a76b9719d911017c592
        WARN 用户 user_id=10086233 的请求被风控拦截，规则 R-219（同IP 1分钟内下单>20次）
    """),
    ("zh-Hans", "文件名与目录"): _lines("""
        /data/报表/2025Q3/华东区_销售汇总_v2_终版_真终版.xlsx
        合同模板_劳动合同_（空白）_2025版.docx
        逸夫楼_3F_平面图_消防疏散路线.pdf
        scan_0001.pdf ~ scan_0188.pdf（扫描仪默认命名，内容是产品说明书）
        《红楼梦》人物关系图_林黛玉_贾宝玉_薛宝钗.png
        宋庆龄基金会_2024年度报告_公开版.pdf
        IMG_20251201_142233.jpg、IMG_20251201_142240.jpg（年会场地布置）
        张江高科园区_停车场收费标准_2025.pdf
        身份证号码校验算法说明（GB 11643-1999）_内部培训.md
        雷军_小米年度演讲_2025_公开PPT.pdf
        \\\\nas01\\设计部\\品牌VI\\logo_周大福合作款_矢量.ai
        备份/数据库/prod_mysql_20251204_0300.sql.gz（已加密，密钥在KMS）
    """),
    ("zh-Hant", "表單與系統通知"): _lines("""
        申請表範本：姓名（英文）：CHAN Tai Man　香港身份證號碼：A123456(3)　（此為示例，請勿照填）
        預約編號 HA-BK-20251204-00318 已確認，請於 14:30 前到伊利沙伯醫院專科門診大樓 L2 登記。
        查詢熱線：1823（政府熱線），服務時間 24 小時。
        系統通知：您的密碼將於 7 日後到期，請登入 https://portal.example.com.hk 更新。
        逸夫書院學生宿舍維修時間：12 月 8 日至 12 月 12 日，期間熱水供應暫停。
        中正紀念堂（台北市中正區中山南路21號）本週六舉辦跨年燈光秀彩排，周邊道路管制。
        檔案命名：申請人編號_文件類別_日期.pdf，例如 APP000123_地址證明_20251204.pdf
        LINE 官方帳號 @example_tw 已更新自動回覆，客服專線 0800-000-123。
        國父紀念館 開放時間：每日 09:00-18:00，館內禁止飲食。
        付款參考編號 FPS-20251204-7731902，金額 HK$2,450.00，狀態：成功。
        表格欄位「緊急聯絡人電話」為必填，格式：8 位數字，不需加 852。
        利東街（囍帖街）聖誕市集 12 月 20 日開幕，附近請改用灣仔站 D 出口。
    """),
    ("ms", "notis dan rekod sistem"): _lines("""
        Pesanan #MY2512038841 telah dihantar melalui Pos Laju, no. penjejakan EN123456789MY.
        Talian utama Hospital Kuala Lumpur: 03-2615 5555 (24 jam).
        Borang latihan: Nama: ________ No. MyKad: ______-__-____ (jangan isi maklumat sebenar)
        Jalan Tun Razak ditutup sebahagian pada 7 Dis dari 5.00 pagi untuk larian amal.
        Sistem akan diselenggara pada 06/12/2025 dari 1.00 hingga 4.00 pagi. Harap maaf atas kesulitan.
        Tunku Abdul Rahman ialah Perdana Menteri pertama Malaysia (1957–1970).
        nama_fail = f"{id_kes}_{jenis_dokumen}_{tarikh}.pdf"  # jangan guna nama pelanggan dlm nama fail
        No. invois INV-2025-11-00892, jumlah RM3,480.00, tarikh akhir bayaran 31/12/2025.
        Akaun "admin_kaunter01" ialah akaun kongsi kaunter cawangan, bukan milik individu.
        Universiti Tunku Abdul Rahman (UTAR) Kampus Kampar: Jalan Universiti, Bandar Barat, 31900 Kampar, Perak.
        Log: pengguna sistem "svc_backup" menyalin 2,314 fail ke storan luar pada 02:11, checksum OK.
        Sila hubungi talian bebas tol 1-300-88-1234 utk pertanyaan bil, Isnin–Jumaat 9 pg–6 ptg.
    """),
    ("en", "ops chat and handover"): _lines("""
        handover: queue at 14 tickets, 3 waiting on courier, nothing urgent – pls check the refund job at 9
        FYI the Mr Bean mug on the pantry shelf is for the charity auction, not for taking lol
        reminder: rotate the S3 access keys before Fri, ticket SEC-448
        can someone restart worker-03? stuck on batch 20251204-07 since 3am
        new SOP: if a customer sends their IC in chat, reply with the secure upload link and delete the msg
        Q4 NPS is 41 (+6 QoQ), top complaint still delivery windows
        standup moved to 10:15 cos the all-hands with the CEO runs late
        the Changi Airport T4 kiosk is offline again, vendor ETA 2h
        Harry Potter box set restock arrived, SKU BK-HP-0007, 120 units
        postmortem doc for INC-2291 is in Confluence, no customer data was exposed
        anyone know the Grab for Business account code for the client dinner?
        ok the WhatsApp Business API template got approved, name: order_shipped_v3
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ts=2025-11-30T09:14:02+08:00 svc=auth event=otp_sent user=tan.meiling92 channel=sms dest=+6591847362 ok=true
        1042,"Ong Wei Jie",,,"NRIC S8834125B verified at counter, pls call back on 9027 5514 after 6pm",2025-10-02
        {"ticket":"SUP-4471","requester":"mchen_ops","body":"Customer Michelle Chen (acct 00918273) says card 4571 1239 3704 5053 was charged twice for the same order"}
        From: "Kelvin Ho" <kelvinho.1989@gmail.com> | Subject: Re: Blk 412 Bedok North Ave 2 #08-117 – deposit refund | Attachment: tenancy_KelvinHo_signed.pdf
        [09:41] <dan.k> fyi bed 12 is Aaron Pereira (DOB 14/03/1971) – the Hep C flag one, pls double glove
        https://forms.example.com/submit?name=Siti+Hajar+binti+Mohd+Yusof&ic=020316-01-0584&tel=0197734521&consent=1
        Screenshot 2025-11-28 at 22.14.07 (WhatsApp - Bryan Teo +65 8123 4407).png
        commit 7be21f0 Author: Rachel Goh <rachel.goh.sg@gmail.com> "remove my own home address (Blk 5 Toh Yi Dr #03-42) from seed.sql, oops"
        payroll_adj.csv: E20331,,,"Lim Shu Fen (Finance) – base revised to SGD 7,850/mth wef 1 Jan; on MC till 12 Dec after surgery"
        case_ref=DC/OC 1187/2024; parties={"plaintiff":"Harjit Singh s/o Baldev Singh","defendant":"Koh Ah Huat"}; claim="unpaid personal loan S$38,000"
        WARN login failed user='wong_kahmun_0123345678' ip=175.139.22.81 attempts=3 lock=true
        carpark_log plate=SMB4127K holder="Loh Jia Hui" unit="Blk 218 Tampines St 21 #12-05" season_exp=2026-01-31
        travellers.csv row 7 → surname=NAIR given=ANJALI passport=K4829173 nat=IND dob=1994-06-22 room=1208
        Delivery note: recv J*** Tan, 18 Jalan Kayu #02-09 S(799458), leave w guard pls, she's 8 months pregnant don't make her carry it up
        s3://acme-kyc-prod/2025/12/FIN_G5821047T_Nguyen%20Thi%20Lan_workpermit_front.jpg
        Zendesk macro out: "Hi Marcus Lee, we've updated order #A-77120 to deliver to 27 Siglap Hill, S(456107); refund of $84.90 went to card ending 6256."
    """),
    "zh-Hans": _lines("""
        附件路径：/uploads/2025/11/王思远_330106199103140526_身份证正反面.jpg（客服已核验，勿外传）
        2025-12-01 10:22:13 INFO sms.send to=13917625843 tpl=SMS_2231 params={"name":"刘佳怡","code":"483920"}
        群成员导出：302室-赵妈妈 | 微信号 zhaoxm_1987 | 备注：孩子赵子涵对花生严重过敏，书包里有肾上腺素笔
        客户档案 备注栏：本人说老公李建军在市一医院住院（肝硬化晚期），名下车牌浙A7K29M要过户给她
        https://m.kuaidi.example.cn/track?no=SF1428836602917&phone=15867213094&name=%E9%99%88%E6%99%A8&addr=%E6%9D%AD%E5%B7%9E%E5%B8%82%E6%8B%B1%E5%A2%85%E5%8C%BA
        退款备注：原路退回失败，改退至 6228 4862 0966 5428 703（农行，户名 黄志鹏），已电话确认本人
        \\\\fs01\\hr\\工资条\\2025-11\\研发部_孙浩然_税前28500_个税2130.xlsx
        案号（2024）川0107民初15832号，原告何雨桐（身份证510107199501092646）诉被告邓建国民间借贷纠纷，借款本金8万元
        注册信息：用户名 lixiaoyu_18612093357，实名 李晓雨，学校 北京市第八十中学 高二(3)班，监护人 李国栋
        D:\\门诊\\2025-11\\张桂芳_女_67岁_CT报告_右肺结节待查.pdf
        订单收货信息：陈*玲 138****6621 深圳市南山区粤海街道海天一路8号海天花园3栋1702（业主本人，放门口鞋柜上）
        git提交作者：周凯 <zhoukai0722@163.com>，提交说明：把我自己的身份证号 440305198707223811 从测试数据里删掉
        钉钉审批 AP20251203-117：实习生吴婷入职登记，身份证 110105200308270461，紧急联系人 母亲宋丽 13601157729
        username=gaojun_1969 | 真实姓名字段为空 | 备注：身份证420111196902117356，低保户，每月补助780元
    """),
    "zh-Hant": _lines("""
        客戶資料表｜姓名：陳嘉欣｜備註：HKID Y537190(0)，住沙田第一城38座21樓F室，WhatsApp 6482 3105
        檔名：F228461376_林怡君_健保卡影本.jpg（上傳者帳號 yijun_lin76）
        訂單備註：收件人 張雨婷 0912-683-471，台中市西屯區市政北二路282號12樓之3，有問題加 LINE ID: yuting_0912
        payroll_export.csv 第14行：李志豪，倉務員，月薪 HKD 18,500，滙豐戶口 004-512-387604-838
        https://booking.example.hk/confirm?hkid=K2846136&mobile=91648825&name=Mak%20Ka%20Ho&slot=2025-12-09T10:30
        系統日誌：user=kwok_sukyin 更新緊急聯絡人 → 丈夫 郭志明 9735 2261；病歷備註「產後抑鬱，覆診中」
        法院文件.pdf 第3頁：呈請人 黃國強（HKID R602357(5)）與答辯人 曾美玲 之離婚呈請，案件編號 FCMC 8821/2024
        員工卡掃描：姓名 吳志偉 / 身分證 B188250937 / 部門 夜班保全 / 機車車號 ABC-5821
        Google 表單回覆：暱稱 小葵｜Email hsu.kuei0304@gmail.com｜身分證 H230195487｜是否懷孕：是（18週）
        IG 私訊截圖_hoiyan.lau_.png：「我係劉凱欣，住將軍澳日出康城2期5座32樓B室，電話 5163 8840，件衫寄呢度得唔得」
    """),
    "ms": _lines("""
        Nota pesanan: hantar kpd Pn Rosnah bt Ismail, No 12 Jln Mawar 3, Tmn Sri Muda, 40400 Shah Alam. Tel 013-662 8104. Jgn tinggal kat pagar.
        /dokumen/pinjaman/2025/AHMAD_FAIZAL_880412-14-5237_slip_gaji_Okt.pdf
        nama pengguna: amirul.hakim_0176653920 | status: disekat | sebab: 5 cubaan log masuk gagal
        Rekod klinik: pesakit Tan Bee Ling, no. fail KLN-0388, Taman Melawati – diabetes jenis 2, metformin 500mg 2x sehari
        Borang dihantar: nama=Nurul Aina binti Rahman; ic=930907-10-6128; alamat=B-12-3 Pangsapuri Seri Kenanga, Jalan PJU 10/1, 47830 Petaling Jaya
        Kumpulan WhatsApp "Penduduk Blok C": +60 12-418 7753 ialah En. Muthu a/l Krishnan unit C-08-11, tunggakan yuran RM1,240
        Laporan polis KAJANG/012345/25 – pengadu Lee Chee Keong (750221-07-5013), kereta WXY 8821 dicuri di Bandar Baru Bangi
        resit_pindahan_Maybank_ke_SITI_NORHAYATI_114012345678_RM2500.pdf
        Log e-Sekolah: murid Danish Haziq bin Zulkifli (Tingkatan 2 Bestari), penjaga Zulkifli bin Omar 011-2873 4491
        nota HR: "Ravi a/l Subramaniam, 690805-08-5291, cuti sakit 14 hari – patah kaki kiri, surat doktor dlm fail"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "why does this JSON fail to parse? it comes from our signup webhook"),
        (
            "user",
            '{"id": 88123, "display_name": "jl_koh", "meta": {"full_name": "Jeremy Koh Jun Liang", '
            '"nric": "T0219486J",}, "mobile": "+65 8876 1203"}',
        ),
        (
            "assistant",
            "There's a trailing comma after the nric value inside meta. Remove it and it parses.",
        ),
        ("user", "ah thx"),
    ],
    [
        ("user", "我们公司扫描件命名有什么好的规范吗"),
        (
            "assistant",
            "建议用「业务编号_文件类型_日期」，不要把姓名、身份证号放进文件名，因为文件名会出现在日志和共享链接里。",
        ),
        ("user", "现在是这样的：2025-11_报销_郑晓东_350203199206180897_住院发票.pdf，要改吗"),
        (
            "assistant",
            "要改，这个文件名里有姓名、身份证号和住院信息，建议改为 BX20251101_发票_20251130.pdf 之类。",
        ),
    ],
    [
        ("system", "You are a support assistant for a Singapore telco. Be concise."),
        ("user", "hi my line got barred, account holder is my mum"),
        (
            "assistant",
            "Sorry about that. Could you share the account holder's name and ID for verification?",
        ),
        ("user", "Chua Poh Lian"),
        ("user", "S7629034B"),
        ("user", "the number is 9311 5024, she's in hospital at the moment so I'm handling it"),
    ],
    [
        ("user", "Macam mana nak ambil parameter dari URL ni dalam JavaScript?"),
        (
            "user",
            "https://daftar.example.my/semak?nama=Haslinda%20binti%20Zakaria&mykad=950118-14-5562&tel=0134429187",
        ),
        (
            "assistant",
            "Guna new URL(str).searchParams.get('nama') dan seterusnya. Tapi elakkan letak MyKad dalam URL kerana ia masuk ke log pelayan.",
        ),
    ],
    [
        ("user", "幫我睇下呢個CSV點解Excel開會亂碼"),
        ("user", "編號,姓名,身份證,地址\n17,梁嘉豪,Z719244(5),九龍城嘉林邊道12號嘉林閣7樓A室"),
        (
            "assistant",
            "通常係編碼問題，用 UTF-8 with BOM 儲存或者用「資料 > 從文字/CSV」匯入就得。",
        ),
    ],
    [
        (
            "system",
            "Customer context (from CRM): name=Farah Ibrahim; mobile=+60 17-620 3318; "
            "address=No. 7, Jalan SS 2/64, 47300 Petaling Jaya; last_order=MY2511290032; tier=Gold",
        ),
        ("user", "where is my parcel? it's been 5 days"),
        (
            "assistant",
            "Let me check order MY2511290032 for you – it's with the courier and due tomorrow.",
        ),
    ],
    [
        ("user", "登录接口一直报错，日志在这"),
        (
            "user",
            "2025-12-04 09:01:17 ERROR AuthService login failed: username=fengjiahui_15921836640 reason=PASSWORD_EXPIRED",
        ),
        ("assistant", "密码过期了，需要走重置流程，或者管理员在后台延长有效期。"),
        ("user", "她是我们财务冯佳慧，明天要报税，麻烦快点"),
    ],
    [
        ("user", "my git commits show the wrong author, here's my config"),
        (
            "user",
            "[user]\n\tname = Darren Yeo Kai Xiang\n\temail = darrenyeo.kx@gmail.com\n[core]\n\teditor = vim",
        ),
        (
            "assistant",
            "The config looks fine; check if the repo has a local override with git config --local -l.",
        ),
    ],
    [
        ("user", "帮我写个给保险公司的说明，我妈住院了"),
        ("assistant", "好的，请告诉我被保险人姓名、保单号和住院原因。"),
        ("user", "被保险人何秀兰，保单号 PA2025330100088127"),
        ("user", "11月20日在浙大一院做的乳腺癌手术，住院12天"),
        ("assistant", "已根据以上信息拟好说明，请核对后提交。"),
    ],
    [
        ("user", "is this regex ok for MY IC? ^\\d{6}-\\d{2}-\\d{4}$"),
        (
            "assistant",
            "Yes, that matches the YYMMDD-PB-###G layout; you may also want to validate the date part.",
        ),
        (
            "user",
            "ok tested on a real row from prod: 'Nor Azizah binti Hamid, 000224-01-3426, 012-775 3062, Kluang' and it matched",
        ),
    ],
]
