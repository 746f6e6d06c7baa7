# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat34: spreadsheet, mail merge and CRM export help chats (English, 简体中文, Bahasa Melayu). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat34
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "spreadsheet formulas"): _lines("""
        =IFERROR(VLOOKUP(A2,'CRM export'!$A:$F,3,FALSE),"not found") returns "not found" for every row — check whether the IDs in column A are stored as text.
        To dedupe on email only: select the table, Data > Remove Duplicates, untick every column except Email, OK.
        TRIM won't remove CHAR(160), so use =TRIM(SUBSTITUTE(B2,CHAR(160)," ")) on names exported from Salesforce.
        =COUNTIFS(Contacts!C:C,C2,Contacts!D:D,D2)>1 flags rows where both phone and postcode repeat.
        Pivot: Region in Rows, Deal Stage in Columns, Sum of Amount in Values, then Show Values As > % of Row Total.
        XLOOKUP only exists in Excel 2021 / Microsoft 365, so the file shows #NAME? when someone opens it in Excel 2016.
        phone column showing 6.01E+10?? format the column as Text BEFORE you import, or it's gone for good
        =TEXT(A2,"yyyy-mm-dd") turns the serial 45992 into 2025-12-01.
        Power Query's Remove Duplicates keeps the first occurrence, so sort by LastModified descending before that step.
        In Google Sheets =UNIQUE(FILTER(A2:A,A2:A<>"")) gives the distinct list without the blanks.
        =REGEXMATCH(C2,"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$") is a cheap sanity check for the email column, not a full RFC 5322 parser.
        Conditional formatting > Use a formula: =$H2<TODAY()-90 highlights contacts with no activity in the last 90 days.
        Column K holds 5f4dcc3b5aa765d61d8327deb882cf99-style values: MD5 of the lowercased email, used only as a join key.
        "PivotTable field name is not valid" means one header cell in the source range is empty.
        INC0048213: job crm-nightly-v2.4.1 finished 2025-11-30T02:15:07Z, 18,442 rows exported, 312 rejected (bad date format).
    """),
    ("en", "mail merge and CRM"): _lines("""
        In Word: Mailings > Start Mail Merge > Letters, then Select Recipients > Use an Existing List and pick the sheet Contacts$.
        Dear «First_Name», thank you for renewing your membership (ref «Member_ID»). Your new card will arrive by «Ship_Date».
        Hi {{contact.firstname | default: "there"}}, invoice {{invoice.number}} for {{invoice.total}} is due on {{invoice.due_date}}.
        If postcodes lose their leading zero in the merge, add a picture switch: { MERGEFIELD Postcode \\# "000000" }.
        HubSpot exports timestamps in UTC; =A2+TIME(8,0,0) gives Singapore / KL / Beijing time.
        Before the Mailchimp upload, drop every row where Consent is blank — you need a record of consent for marketing.
        Data Loader needs the CSV saved as UTF-8, otherwise Chinese names arrive as ??? in Salesforce.
        Don't paste real customer rows into a chatbot: share the header row plus dummies like "Jane Doe, jane.doe@example.com, 555-0100".
        Campaign Q4-RENEW-2025: 12,480 sent, open rate 38.2%, CTR 4.9%, 57 hard bounces, 11 unsubscribes.
        For SMS to Singapore numbers, check them against the Do Not Call Registry before every campaign.
        Field mapping: CRM "Account Name" → «Company», "Billing City" → «City», "Owner" → «Sales_Rep».
        Exchange Online caps one mailbox at 10,000 recipients a day, so split a big merge into batches.
        Leads_export_20251201_0930.csv, 47.3 MB, SHA-256 9c1e4b7a02d8f3e6a5b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9
    """),
    ("en", "public names and references"): _lines("""
        VisiCalc, written by Dan Bricklin and Bob Frankston in 1979, is usually called the first spreadsheet for personal computers.
        Use Sherlock Holmes, 221B Baker Street, London as the demo row instead of a real client.
        Our CRM account for Tan Tock Seng Hospital only has the main switchboard, 6256 6011, as contact.
        The tutorial uses the Northwind sample database; "Alfreds Futterkiste" and its contact Maria Anders are fictional.
        Maybank's customer care line 1-300-88-6688 belongs in the vendor sheet, not the customer list.
        The donations sheet only has organisation rows: Tunku Abdul Rahman Foundation, Lee Kuan Yew School of Public Policy, Yayasan Hasanah.
        QA accounts Mickey Mouse, Donald Duck and Goofy must be deleted from production before go-live.
        Jalan Tun Razak, Jalan Sultan Ismail and Jalan Ampang in the address column are branch offices, not customers.
        Ada Lovelace Day is the second Tuesday of October, so the invitation merge goes out on 1 October.
        Lim Bo Seng Memorial and the Raffles Hotel are both tagged as "venue" accounts in the events CRM.
    """),
    ("en", "assistant turns"): _lines("""
        I can help with the formula, but please swap real names and NRICs for dummies like "Customer A" and "S0000000X" before pasting.
        Sure! Just send the column headers (Name, Email, Phone, Postcode, Last_Purchase) and I'll write the dedupe logic.
        Subject: Your order {{order_id}} has shipped — tracking {{tracking_no}} via {{carrier}}.
        Order SO-2025-118734 and tracking JNTMY0827364510 appear twice because the export joins line items; group by order ID first.
        You are a spreadsheet assistant. Do not repeat personal data that users paste; suggest masking or dummy values instead.
        Good question — a pivot table never changes the source data, so you can rebuild it as often as you like.
        Try =SORTBY(A2:F900,E2:E900,-1) to order the export by Lifetime Value, highest first.
        For the merge, use «GreetingLine» and set the fallback to "Dear Customer" for rows with no first name.
        #SPILL! means the dynamic array result is blocked by non-empty cells in its spill range — clear them and it recalculates.
    """),
    ("zh-Hans", "表格公式与清洗"): _lines("""
        用 =IF(COUNTIF($B$2:$B$5000,B2)>1,"重复","") 标出手机号重复的行，再按这一列筛选。
        身份证号那列变成 3.20102E+17 是因为 Excel 只保留15位有效数字，导入前先把列格式设成“文本”。
        WPS 表格：数据 > 重复项 > 删除重复项，可以按“姓名+手机号”两列组合去重。
        透视表：行放“省份”，列放“客户等级”，值放“订单金额”求和，再按金额降序排列。
        =TEXTJOIN("、",TRUE,IF($A$2:$A$100=E2,$C$2:$C$100,"")) 把同一客户买的多个产品合并到一个格子里。
        18位身份证提取出生日期：=TEXT(MID(A2,7,8),"0-00-00")，15位老号码要另外处理。
        =LEFT(B2,3)&"****"&RIGHT(B2,4) 先给手机号打码，再把表发给外包。
        11月华东区成交额 ¥3,482,600，环比增长12.4%，客单价 ¥1,286。
        客户清单_20251201.xlsx 共 23,417 行，空手机号 1,102 行，格式错误 86 行。
        VLOOKUP 出 #N/A 多半是一边是数字一边是文本，先用 TRIM 和 VALUE 统一一下。
        Power Query 里“拆分列 > 按分隔符”可以把“省/市/区”拆成三列。
        订单号 DD20251128004417 对应发票号码 044002300111，是同一笔企业采购。
    """),
    ("zh-Hans", "邮件合并与CRM"): _lines("""
        尊敬的{{姓名}}{{称呼}}：您好！您的会员积分{{积分}}分将于{{到期日}}清零，请及时使用。
        Word 邮件合并：邮件 > 选择收件人 > 使用现有列表，选中 Excel 里的“客户”工作表。
        按《个人信息保护法》第十三条，发营销短信前要取得客户同意，还要提供便捷的退订方式。
        CRM 导出的 CSV 是 UTF-8 带 BOM 的，用记事本另存时别改成 ANSI，不然中文姓名全是乱码。
        字段映射：“客户名称”→“公司”，“负责人”→“销售代表”，“所属行业”→“行业”。
        系统问题请联系客服热线 400-888-1234 或 support@example-crm.cn（工作日 9:00-18:00）。
        鲁迅中学、中山大学附属第一医院和逸夫图书馆都是机构客户，地址按单位填，不需要联系人。
        示例数据：张三，138****0000，XX省XX市XX区，仅用于演示公式。
        培训用的假客户名单直接拿《红楼梦》的贾宝玉、林黛玉、薛宝钗就行。
        消费者投诉请拨打全国市场监管投诉举报热线 12315。
        CRM v8.3.2（build 20251119.3）修复了导出时手机号被转成科学计数法的问题。
        脱敏规范：姓名只留姓，手机号留前三后四，身份证号只留前六位和后四位。
    """),
    ("zh-Hans", "助手回复"): _lines("""
        可以的，您只需要把表头和两三行虚构数据发给我，不用发真实客户信息。
        去重建议先统一手机号格式：=SUBSTITUTE(SUBSTITUTE(B2," ",""),"-","")，再删除重复项。
        数据透视表刷新后字段不见了，一般是源数据表头改了名，重新拖一下字段就好。
        建议在导出前勾选“仅导出公司级字段”，这样表里就不会带联系人的手机号和邮箱。
        好的，邮件合并模板如下：亲爱的«姓名»，感谢您参加«活动名称»，电子证书编号«证书号»已发送。
        公式 =DATEDIF(C2,TODAY(),"y") 计算年龄时，C列必须是真正的日期值，不能是文本。
    """),
    ("ms", "formula hamparan"): _lines("""
        Guna =SUMIFS(D:D,B:B,"Selangor",C:C,">="&DATE(2025,11,1)) untuk jumlah jualan Selangor sejak 1 November.
        Kalau nombor telefon jadi 1.23E+09, tukar format lajur kepada Teks dulu sebelum import CSV.
        Nak buang pendua dalam Google Sheets? Pilih julat, Data > Pembersihan data > Alih keluar pendua.
        Jadual pangsi: "Negeri" dalam Baris, "Produk" dalam Lajur, "Jumlah (RM)" dalam Nilai.
        =PROPER(TRIM(A2)) untuk kemaskan nama yang ditaip huruf besar semua dari borang online.
        =LEFT(A2,6) ambil 6 digit pertama No. IC, tapi jangan simpan lajur tu dalam fail yang dikongsi ye.
        Laporan Q3: RM 1,284,530.40, naik 8.7% dari Q2; 412 invois, purata RM 3,117.79 seinvois.
        Invois INV-2025-00871 dah dipadankan dengan PO-MY-55204, baki RM0.00.
        =IF(ISNUMBER(SEARCH("@",C2)),"OK","Semak emel") untuk tanda baris yang emel tak lengkap.
        bro VLOOKUP tu kena letak FALSE kat hujung, kalau tak dia ambil padanan anggaran
        Fail eksport CRM v3.12.0 guna pemisah ; jadi masa import pilih Delimiter: Semicolon.
        Tarikh dari sistem format 2025-11-28T09:41:22+08:00, guna =DATEVALUE(LEFT(A2,10)).
    """),
    ("ms", "cantuman mel dan CRM"): _lines("""
        Salam sejahtera «Nama», terima kasih kerana mendaftar «Program». Sila hadir pada «Tarikh» di «Lokasi».
        Ikut Akta Perlindungan Data Peribadi 2010, pelanggan boleh tarik balik persetujuan untuk mesej pemasaran bila-bila masa.
        Talian TNB Careline 15454 letak dalam footer surat, bukan dalam senarai pelanggan.
        Hospital Sultanah Aminah, Universiti Tunku Abdul Rahman dan Masjid Sultan Salahuddin Abdul Aziz Shah didaftarkan sebagai akaun organisasi.
        Untuk latihan guna data palsu: "Ali bin Abu, 000000-00-0000, 012-000 0000".
        Kempen Raya 2025: 8,940 SMS dihantar, 312 gagal, 41 balas STOP.
        Lepas eksport dari Salesforce, padam lajur "Tarikh Lahir" dan "No. IC" sebelum hantar fail ke agensi pemasaran.
        Jalan P. Ramlee dalam lajur alamat tu alamat cawangan kita, bukan alamat pelanggan.
        Untuk tahun 2026, cuti umum Hari Kebangsaan jatuh pada 31 Ogos; masukkan dalam senarai cuti untuk formula WORKDAY.
        Cara paling selamat: tapis data dalam Excel kat komputer sendiri, dan kongsi hasil agregat je (contoh 1,204 pelanggan di Johor).
        Boleh, saya tolong. Hantar tajuk lajur je dulu (Nama, Emel, Telefon, Negeri) — tak perlu data sebenar.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Row 212 won't merge, what's wrong with it? Priya d/o Ramasamy | priya.ramasamy88@gmail.com | 9123 4478 | Blk 512 Jurong West St 52 #08-231 S640512
        need a formula that flags long MC, e.g. Marcus Teo Wei Jie (Tampines branch) has been out since 3 Oct for major depressive disorder
        CRM export row 0034: Mdm Halimah bte Osman, NRIC S7610452B, DOB 14/02/1976, policy LP-884120, premium S$312.50/mth
        The merge put the wrong number in Kelvin Ng Jun Hao's offer letter: his basic is S$6,800 + 2 months AWS, not S$8,600.
        these two are the same guy right? "Jonathan Lee, +65 8765 2091" vs "Jon Lee Kah Wai, 87652091, jonlee.kw@outlook.com"
        Rachel Goh's card number 4532781044293862 turned into 4.53278E+15 after I saved as CSV, can I get the last digit back?
        HK row that fails validation: WONG Siu Ying, HKID Y603728(1), Flat 12B, Block 3, Laguna City, Kwun Tong, mobile 6045 7712
        XLOOKUP on the leavers tab gives #N/A for Daniel Fernandez — he resigned on 28 Nov after the disciplinary hearing about his expense claims.
        it's masked so it's fine right? Sarah O'Connell, S****217H, 8 Marina View #41-05, sarah.oc@icloud.com
        Merged letter preview: "Dear Mr & Mrs Krishnan, Aravind (P4 Kindness) has been referred to the school counsellor following self-harm concerns."
        fix col D pls — ahmad.faizal.kamal@yahoo.com.my is our customer Ahmad Faizal in Ipoh, IC 750923-07-5131, he says emails bounce
        The pivot by gender has one "X" — that's Alex Tan from Finance, who told HR in confidence that he's transitioning. Leave it?
    """),
    "zh-Hans": _lines("""
        帮我看下这行为啥导入失败：王晓雯,女,320102199302260849,13826619043,南京市玄武区珠江路88号6栋1402
        去重时“陈子豪 159 0128 7736”和“陈子豪 15901287736”算成两条了，怎么合并？他是我们VIP客户，住广州天河区。
        工资表里刘建军基本工资18,500，绩效系数1.2，公式算出来才19,200，哪里错了？
        客户黄丽娟（微信 huanglj_0617）投诉后，把她CRM备注改成“乳腺癌术后，勿推销重疾险”
        邮件合并发错人了，赵一鸣的体检报告（乙肝小三阳）发到了同部门同事邮箱，怎么办？
        香港客户何美玲，HKID K482915(8)，住沙田第一城38座21楼F室，手机9168 2234，导入时报错
        后四位打码了应该没事吧：周海涛，440305********2314，深圳南山区蛇口海湾花园7栋，车牌粤B·3K7Q2
        台湾客户 林怡君 A223845715，台北市大安区复兴南路一段219巷8号3楼，手机 0932-518-406
        财务导出的退款表：孙莉，农业银行卡 6228480127635917，退款 ¥2,380
        离职名单：郑浩然 2025-11-15 离职，备注：劳动仲裁中（深南劳人仲案字〔2025〕第3312号）
        家长群导出的表：三年级二班吴可欣，妈妈手机18620347715，孩子有癫痫，体育课要注意
        员工花名册这行格式乱了：邓志强 | 成都市武侯区 | 510107197909113579 | 护照 EH3927615
    """),
    "ms": _lines("""
        Tolong semak baris ni kenapa tak masuk: Nurul Ain binti Kamarudin, 920715-14-6288, 012-338 4172, No. 23, Jalan SS 2/64, 47300 Petaling Jaya
        Slip gaji Nov Encik Mohd Hafiz bin Rahman salah, sepatutnya RM5,420 bukan RM4,520, formula mana silap?
        Puan Lim Siew Ling (019-772 5180) minta buang nama dia dari senarai mel sebab dah bercerai, jangan hantar surat ke rumah lama di Taman Melawati lagi
        Lajur Catatan ada tulis "Rajesh a/l Muniandy — pesakit buah pinggang, dialisis 3x seminggu di Klang", perlu ke simpan?
        No akaun Maybank Siti Zubaidah binti Ismail 5141 2038 7765 untuk bayaran balik, masukkan dalam template surat
        Kereta WXR 4821 En. Azlan Shah bin Yusof kena saman masa bawa kereta pelanggan, nak rekod dalam CRM bengkel
        Aina Sofea binti Rosli (IC 010305-01-0764) anak staf kita dapat 9A SPM, nak masuk dalam surat tahniah
        WhatsApp Kak Zaleha 013-884 2091, dia yang uruskan katering, rumah dia Lorong 3 Kg. Baru Ampang, sebelah surau
        Borang KYC bank: Ong Chee Keong, pengarah, IC 850118-12-5647, pasport A51837294, tolong susun ikut format bank
        Pekerja kami di Singapura, Rahim Uddin, FIN G5173049L, permit kerja tamat 30/06/2026 — buat formula peringatan 60 hari
        Siti Hajar binti Abdullah cuti bersalin 98 hari mula 2 Dis, formula apa nak kira tarikh dia masuk kerja balik?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "how do i dedupe when the same person has different phone formats"),
        (
            "assistant",
            'Normalise first: =REGEXREPLACE(B2,"[^0-9]","") in a helper column, then remove duplicates on that column.',
        ),
        (
            "user",
            "ok but these 3 still show up separately:\nTan Mei Ling, +65 9012 6635, meiling.tan@gmail.com\nTAN MEI LING, 90126635, \nMei Ling Tan, 6590126635, Blk 221 Bishan St 22 #05-118",
        ),
        (
            "assistant",
            'Strip the 65 country code too, e.g. =RIGHT(REGEXREPLACE(B2,"[^0-9]",""),8).',
        ),
    ],
    [
        ("system", "You are a helpful assistant for an accounts receivable team."),
        ("user", "I need a mail merge letter for overdue accounts, polite but firm"),
        (
            "assistant",
            "Here's a draft: Dear «Name», our records show «Amount» outstanding on invoice «Invoice_No», now «Days» days overdue...",
        ),
        (
            "user",
            "great, test it with this row: Mr Benjamin Chua Kok Leong | 47 Jalan Kembangan, Singapore 419145 | S$4,812.60 | INV-22871 | 94 days",
        ),
    ],
    [
        ("user", "pivot table question: how do I count MC days per employee per month"),
        (
            "assistant",
            "Put Employee in Rows, Month (grouped from Start Date) in Columns, and Sum of Days in Values.",
        ),
        ("user", "done. why does Farah show 41 days in October?"),
        (
            "assistant",
            "Likely an overlapping or duplicated MC record. Check her rows for the same start date.",
        ),
        ("user", "no it's right, Farah Nabila (ops) had chemo for her lymphoma, I'll leave it"),
    ],
    [
        ("user", "CRM导出的客户表，怎么把省市区拆开？"),
        ("assistant", "可以用 Power Query 的“按分隔符拆分列”，或者用 MID+FIND 公式。"),
        (
            "user",
            "样例：李文博 | 13570882946 | 广东省广州市越秀区东风中路437号越秀大厦1203 | 身份证440106199005215526",
        ),
        ("assistant", "这行地址没有分隔符，建议先用公式按“省”“市”“区”三个字定位。"),
    ],
    [
        ("user", "手机号被拆成两列了，怎么合并回来"),
        ("assistant", "=A2&B2 就行，如果有空格再套 SUBSTITUTE。"),
        ("user", "比如这个客户 许佳怡，A列是177"),
        ("user", "B列是68215530"),
        ("user", "她住上海浦东张杨路1588号，下周要寄合同"),
    ],
    [
        ("user", "Macam mana nak buat cantuman mel dalam Word guna data Excel?"),
        (
            "assistant",
            "Mailings > Select Recipients > Use an Existing List, pilih fail Excel, kemudian Insert Merge Field ikut lajur.",
        ),
        (
            "user",
            "ok jadi tapi baris 5 keluar pelik: Muhammad Irfan bin Zulkifli, 880412-10-5523, No 7 Jalan Bunga Raya 3, Taman Sri Andalas, 41200 Klang",
        ),
        ("assistant", "Mungkin ada sel bergabung atau baris baru dalam alamat. Cuba =CLEAN(C5)."),
    ],
    [
        ("user", "payroll sheet, formula EPF 11% tak betul"),
        (
            "assistant",
            "Cuba =ROUNDUP(B2*0.11,0) sebab caruman dibundarkan ke ringgit yang terdekat ke atas.",
        ),
        ("user", "ok for Kavitha gaji RM3,950, EPF keluar 434.50"),
        ("user", "Kavitha a/p Selvaraj, IC 960827-08-6120, akaun CIMB 7063 2219 84"),
    ],
    [
        (
            "user",
            "Exported from our HK CRM and the HKID check formula flags this one as invalid, why?",
        ),
        (
            "user",
            "LAM Chi Keung, M305516(2), Rm 1705, 17/F, Tower 2, Metro Harbourview, Tai Kok Tsui, 5136 9087",
        ),
        (
            "assistant",
            "Your formula probably treats the check digit in brackets as text. Strip the brackets with SUBSTITUTE before comparing.",
        ),
    ],
    [
        ("user", "帮我把这几行整理成邮件合并能用的格式"),
        ("user", "马俊 男 35 北京海淀 13911024583\n田甜 女 28 北京朝阳 15010397246"),
        (
            "assistant",
            "整理如下：\n姓名,性别,年龄,城市,手机\n马俊,男,35,北京海淀,13911024583\n田甜,女,28,北京朝阳,15010397246",
        ),
    ],
    [
        ("user", "Can you write a COUNTIF that shows how many clients each case worker has?"),
        ("assistant", "=COUNTIF(Clients!E:E,A2) where column E holds the case worker's name."),
        (
            "user",
            "thanks. also one of them, Gareth Pryce, is on the list because of a child protection referral",
        ),
        (
            "user",
            "should his row (DOB 03/09/1984, 14 Orchard Close, Whitby) go in the shared sheet or the restricted one?",
        ),
    ],
    [
        ("user", "Alamat dalam CRM terpotong, boleh gabungkan balik?"),
        ("assistant", 'Boleh, guna =TEXTJOIN(", ",TRUE,C2:F2).'),
        ("user", "contoh: Norhayati binti Said"),
        ("user", "Lot 1182, Kampung Gong Badak"),
        ("user", "21300 Kuala Nerus, Terengganu. Telefon 017-306 5548"),
    ],
    [
        ("user", "身份证号校验位的公式怎么写？"),
        (
            "assistant",
            '=MID("10X98765432",MOD(SUMPRODUCT(MID(A2,ROW($1:$17),1)*{7;9;10;5;8;4;2;1;6;3;7;9;10;5;8;4;2}),11)+1,1)',
        ),
        ("user", "我拿我老婆的试一下：110108198504036225，她叫冯静"),
        ("assistant", "校验位计算结果为5，与最后一位一致，号码格式有效。"),
    ],
    [
        (
            "user",
            "Is there a Luhn check formula for Google Sheets? finance keeps mistyping card numbers",
        ),
        (
            "assistant",
            "Yes, a SUMPRODUCT over the reversed digits with doubling works. Want me to write it?",
        ),
        ("user", "yes pls, test case: Lucas Ferreira, Mastercard 5413739022841657, exp 08/28"),
    ],
    [
        ("user", "如何在表格里按班级统计特殊需要学生人数？"),
        ("assistant", '可以用 COUNTIFS(班级列,班级,需要列,"是")。'),
        ("user", "五年级一班那个是唐子墨，自闭症谱系，家长签了IEP，对吧要算进去"),
    ],
    [
        ("user", "Senarai penerima bantuan zakat, nak susun ikut pendapatan isi rumah"),
        ("assistant", "Guna Data > Sort, pilih lajur Pendapatan, Smallest to Largest."),
        (
            "user",
            "ok. yang paling rendah Hasnah binti Che Mat, RM650 sebulan, 6 anak, suami meninggal tahun lepas, Kg. Padang Luas, Jitra",
        ),
    ],
    [
        ("user", "微信群成员导出后，怎么把昵称和微信号分开？"),
        ("assistant", '如果格式是“昵称(微信号)”，可以用 FIND("(") 和 MID 截取。'),
        ("user", '比如 "阳光小宇(wxid_k8m2p0qz)"，他真名叫罗宇航，是我们楼盘的业主，住5栋2单元801'),
    ],
    [
        ("user", "regex for extracting the email from a messy notes column?"),
        ("assistant", '=REGEXEXTRACT(D2,"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")'),
        (
            "user",
            "works for most but not this note: 'called Mrs Deborah Whitfield re: renewal, wants docs to d.whitfield1962@btinternet.com not work addr'",
        ),
    ],
    [
        ("system", "Assistant for a property management company. Help staff with spreadsheets."),
        ("user", "filter to show only tenants with an active court case"),
        ("assistant", "Apply a filter on the Legal Status column and choose 'Active'."),
        (
            "user",
            "only one comes up: unit 14-03, Mr Suresh Pillai, possession claim hearing 16 Jan at Bukit Jalil, owes RM11,400",
        ),
    ],
    [
        ("user", "快递面单导出的表格，收件人和电话在一个格子里怎么拆？"),
        ("assistant", '可以用 =LEFT(A2,FIND(" ",A2)-1) 取姓名，=RIGHT(A2,11) 取手机号。'),
        (
            "user",
            "原始格子是这样的：“韩雪梅 15321869047 浙江省杭州市西湖区文三路259号昌地火炬大厦1号楼”",
        ),
        ("assistant", "这种情况建议先按空格分列，三段分别就是收件人、电话和地址。"),
    ],
    [
        ("user", "Klinik kami nak export temujanji dari CRM, boleh buat pivot ikut doktor?"),
        ("assistant", "Boleh, letak Doktor dalam Rows dan Count of Appointment ID dalam Values."),
        (
            "user",
            "ada satu baris ralat: Chong Wei Ming, 013-552 8140, rawatan HIV PrEP, temujanji 12/12 dengan Dr. Lau",
        ),
    ],
    [
        (
            "user",
            "Recruitment tracker: how do I highlight candidates whose expected salary is above budget?",
        ),
        ("assistant", "Conditional formatting with =$F2>$J$1 where J1 holds the budget."),
        (
            "user",
            "nice. Nadia Rahman currently at DBS, expecting S$11.5k, she asked us not to contact her current manager",
        ),
        ("user", "her mobile is 9645 2281 if you need to test the SMS merge"),
    ],
    [
        ("user", "考勤表里请假事由太长了，能不能自动截断？"),
        ("assistant", '=LEFT(E2,20)&IF(LEN(E2)>20,"…","") 可以截到20个字。'),
        ("user", "有一条是“杨柳 怀孕14周产检，先兆流产需卧床两周”，截断后看不出来是产检了"),
    ],
    [
        ("user", "NRIC checksum formula for Excel? want to validate the column before import"),
        (
            "assistant",
            "Sure. Weights 2,7,6,5,4,3,2, add 4 for T/G, mod 11, then map to the letter table.",
        ),
        ("user", "tried it on my daughter's, Chloe Lim T0533871E, and it says valid, good"),
    ],
    [
        ("user", "Nak buat senarai hari jadi pelanggan bulan ni untuk hantar SMS ucapan"),
        (
            "assistant",
            "=FILTER(A2:C500,MONTH(B2:B500)=MONTH(TODAY())) akan tunjuk pelanggan yang lahir bulan ini.",
        ),
        ("user", "keluar satu je: Jessica Wong Pei Shan, 21/12/1993, 011-2648 3307"),
        (
            "assistant",
            "Bagus, formula berfungsi. Pastikan pelanggan dah beri persetujuan untuk terima SMS promosi.",
        ),
    ],
    [
        ("user", "mail merge certificates for our first aid course, the date comes out as 46001"),
        (
            "assistant",
            'Use a date switch in the field: { MERGEFIELD Course_Date \\@ "d MMMM yyyy" }.',
        ),
        (
            "user",
            "fixed! last q, the cert for Amirul Hakim bin Jaafar shows his IC 030214-11-0587 under his name, is that required?",
        ),
    ],
]
