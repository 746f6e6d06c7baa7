# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade53: personal data in CSV and TSV exports (quoted fields, embedded delimiters, multi-line cells, missing or foreign-language headers). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade53
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "export specifications"): _lines("""
        RFC 4180: fields containing line breaks (CRLF), double quotes or commas should be enclosed in double quotes.
        If a double quote appears inside a quoted field it must be escaped by another double quote, e.g. "He said ""ok""\".
        Export settings: delimiter=TAB, quotechar=", encoding=UTF-8-SIG (so Excel on Windows shows the Chinese headers), lineterminator=CRLF.
        Before sending an export to the vendor, drop full_name, mobile, email, id_no and addr_line1..addr_line3, then re-run the row count check.
        No header row in the file? pass header=None, names=["sku", "qty", "unit_price", "currency"] to pandas.read_csv.
        Tip: open the .tsv in a text editor, not Excel. Excel strips the leading zero from postcodes like 018956 and turns 1-2 into 2-Jan.
        Data dictionary | dob DATE (YYYY-MM-DD, nullable) | nat CHAR(2) ISO 3166-1 alpha-2 | kyc_status ENUM(pending, passed, failed)
        The masking job replaces every value in the ic_no column with a salted SHA-256 digest; analysts only ever see the digest.
        Known issue: rows whose remarks column contains an unescaped quote shift every later column one place to the right.
        csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\\n") -- quote everything and the tickets about commas in company names stop.
        Retention: customer exports under s3://ops-exports/restricted/ are deleted after 14 days; the bucket lives in ap-southeast-1 and must not be replicated.
        Contact import template header: salutation,given_name,family_name,mobile_e164,email,consent_marketing (leave the example row empty).
        Free-text columns such as notes are sanitised on export: tabs become four spaces and CR/LF become the two characters \\n.
        Column customer_ref is a surrogate key (UUID v4); it must never be derived from the NRIC, passport or phone number.
        Headers in the partner file are in Malay (nama, no_kp, alamat); map them to name, id_no, address in mapping.yaml before ingest.
        Multi-line cells are legal: a quoted field may span several physical lines, so never count records with wc -l.
    """),
    ("en", "catalogue and order exports"): _lines("""
        "SKU-44810","Ben & Jerry's Chocolate Fudge Brownie, 465ml","12.90","Cold Storage, Jelita"
        8851234000127\tMcVitie's Digestive 400g\t3.45\tin stock\tbin C-14
        "JW-BLK-70","Johnnie Walker Black Label 12YO, 700ml","SGD 98.00","duty free, T3 departures"
        "LV-501-3232","Levi's 501 Original Fit, 32"" x 32"", stone wash","USD 98.00"
        "PS-W-118","Paul Smith Wallet, multi-stripe","GBP 145.00","discontinued"
        "TH-BLEND-300","Tim Hortons Original Blend, 300g ground",MYR 39.90,"promo: buy 2, free 1 mug"
        order_no,carrier,tracking_no,status -- SO-2025-118274,SF Express,SF1402379918263,Delivered
        "INV-2025-00918","Dr. Martens 1460 Smooth, Cherry Red, UK 8","1","SGD 289.00","paid"
        "Mr Bean Soya Milk 1L (12 pcs/carton)",carton,48,"Jurong warehouse, rack 7"
        "Tiger Balm Red Ointment 19.4g",6.20,SGD,Haw Par Healthcare
        "Colonel's Original Recipe 9pc Bucket",KFC,SGD 29.95,"valid till 31/12, dine-in or takeaway"
        Sheet "Returns" exported 2025-12-01 08:00 SGT: 214 rows, 11 with reason "wrong size, exchange"
    """)
    + [
        'sku,description,uom\n"HK-KIT-7","Kitchen kit: pot, pan, ladle\n(3-piece, stainless)",set',
        'store_name,opening_hours\n"McDonald\'s Orchard, 24h","Mon-Sun\n00:00-24:00"',
    ],
    ("zh-Hans", "运营报表导出"): _lines("""
        【导出成功】共 12,408 条记录，耗时 3.2 秒，文件：会员明细_20251130_脱敏.xlsx
        导出失败：第 4,317 行列数不一致（期望 12 列，实际 13 列），请检查“备注”字段中是否含有未转义的英文逗号。
        "上海南京东路店","1,284,330.00","+6.2%"（门店,本月营业额(元),环比）
        中山公园店\t上海市长宁区长宁路1018号龙之梦购物中心B1\t营业时间10:00-22:00
        导出字段说明：姓名、手机号、身份证号三列已按《个人信息保护法》第五十一条要求删除，仅保留省份与年龄段。
        物流单号 YT7391048826115，签收状态：已签收，签收网点：杭州余杭仓配中心。
        统计口径：2025年第三季度，华东区新增会员 48,213 人，其中 25-34 岁占比 41.7%，客单价 ¥236.4。
        模板：{{收件人姓名}},{{手机号}},{{省}}{{市}}{{区}}{{详细地址}}（请勿修改表头顺序）
        字段“联系人”为空时默认填写“门店值班经理”，客服统一热线 400-800-9588。
        用 WPS 打开 CSV 中文乱码？另存为“UTF-8 带 BOM”，或在导入向导里把编码选成 936（GBK）。
        接口版本 v3.14.2-rc1，导出文件 SHA1：9f2c6e0b4a1d7e35c8f0a2b6d4e1c9f7a3b5d802
        JD2025112317730452,2025-11-23 21:14:07,"得力(deli) A4复印纸 70g, 500张/包",5,"¥119.50"
        顺丰运单号 SF1388204567712 已揽收，寄件网点：深圳南山科技园营业部，预计 12月3日 送达。
        Excel 导出 CSV 时金额“1,284.00”若未加引号会被拆成两列，建议导出前把金额列格式改为“常规”。
        示例数据：张三,13800000000,北京市某区某街道某号（仅用于演示，请勿导入）
    """)
    + [
        "学校名称,区县,办学性质\n上海市宋庆龄幼儿园,长宁区,公办\n北京市鲁迅中学,西城区,公办",
        '医院名称,等级,地址\n"复旦大学附属中山医院",三级甲等,"上海市徐汇区枫林路180号"',
    ],
    ("zh-Hant", "政府開放數據"): _lines("""
        資料集：全港公共圖書館開放時間（CSV，UTF-8），最後更新 2025-10-02，授權條款：資料一線通使用條款。
        "中正紀念堂","臺北市中正區中山南路21號","09:00-18:00"
        1823 政府熱線；衞生署健康教育專線 2833 0111（24小時錄音）
        欄位說明：「身分證字號」欄於匯出時一律遮蔽為 A*********，請勿向資料室索取原始檔。
        "國父紀念館","臺北市信義區仁愛路四段505號","紀念孫中山先生"
        彌敦道,Nathan Road,以第十三任港督彌敦爵士命名,1909
        "香港中文大學逸夫書院","新界沙田",1986
        匯出錯誤：第 88 列「地址」欄含換行字元，系統已自動以雙引號包住該欄位。
        政府統計處：2025年第二季失業率 3.0%，勞動人口 3,817,200 人。
        2330,台積電,2025/11/28,"1,415.00","1,430.00","1,405.00"
        港鐵站名\t英文站名\t綫路\t金鐘\tAdmiralty\t荃灣綫/港島綫/南港島綫/東鐵綫
    """)
    + [
        '機構名稱,地址,類別\n"伊利沙伯醫院","九龍加士居道30號","急症醫院"\n"瑪麗醫院","香港薄扶林道102號","急症醫院"',
        "欄位順序（無表頭檔）：\n1 申請編號\n2 申請日期\n3 區議會選區\n4 處理狀態",
    ],
    ("ms", "eksport data"): _lines("""
        Templat import pelanggan: nama_penuh,no_kp,no_tel,emel -- sila padam baris contoh sebelum muat naik.
        Ralat eksport: baris 2,114 mempunyai 9 lajur, dijangka 8. Semak koma dalam medan "alamat".
        No. pesanan SHP-MY-2511-0048372, status: Dihantar, kurier: Pos Laju, no. penjejakan ER123456785MY.
        "Hospital Sultanah Aminah","Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru","Kerajaan"
        Talian Kasih 15999; BNMTELELINK 1-300-88-5465 (Isnin-Jumaat, 9 pagi - 5 petang)
        Statistik DOSM 2024: penduduk 33.4 juta, umur median 30.9 tahun, kadar pengangguran 3.3%.
        Lajur no_kp mesti disulitkan (AES-256) sebelum fail CSV dihantar kepada pihak ketiga, selaras dengan PDPA 2010.
        "Sekolah Kebangsaan Tun Hussein Onn","Batu Pahat","Johor",bil. murid 1,204
        Pengepala lajur dalam bahasa Cina (姓名, 电话) tidak disokong; tukar kepada nama, no_tel sebelum import.
        Fail eksport jualan_Q3_2025.csv, saiz 4.2 MB, MD5 3b9c0e7a1f5d2c8e6a4b0d9f7e1c3a52
    """)
    + [
        "cawangan\tjalan\tbandar\nCawangan Tun Razak\tJalan Tun Razak\tKuala Lumpur\nCawangan TAR\tJalan Tuanku Abdul Rahman\tKuala Lumpur",
    ],
    ("en", "public and fictional figures"): _lines("""
        "Lee Kuan Yew","Prime Minister of Singapore",1959,1990
        "Holmes, Sherlock","221B Baker Street, London","consulting detective"
        "Dream of the Red Chamber","Cao Xueqin",1791,"Chinese classic, 120 chapters"
        "Tu Youyou",2015,"Physiology or Medicine","for her discoveries concerning a novel therapy against malaria"
        "Raffles, Sir Thomas Stamford",1781,1826,"founder of modern Singapore"
        "Tunku Abdul Rahman Putra Al-Haj","1st Prime Minister of Malaysia","1957-1970"
        "Bond, James","Universal Exports","007","fictional"
        "Zheng He",1371,1433,"admiral and diplomat, Ming dynasty"
        孙悟空,花果山水帘洞,"齐天大圣, 《西游记》"
    """)
    + [
        "character\tseries\tplayed_by\nHermione Granger\tHarry Potter\tEmma Watson\nSeverus Snape\tHarry Potter\tAlan Rickman",
        'speaker,title,session\n"Dr Tedros Adhanom Ghebreyesus","Director-General, WHO","Keynote:\nHealth for All"',
    ],
    ("en", "sample and placeholder data"): _lines("""
        first_name,last_name,email -- <first_name>,<last_name>,<user@example.com>
        Use card 4111 1111 1111 1111, any future expiry and CVC 123 for sandbox payments only.
        "Jane Doe","123 Main St, Springfield","555-0100" -- fictional sample row from the import guide
        {"name": "{{customer.name}}", "phone": "{{customer.phone}}", "nric": "{{customer.nric}}"}
        Rows generated with Faker(locale="zh_CN", seed=42) are for unit tests only and never reach production.
        id_no column in the demo file is filled with the literal string REDACTED so the parser tests still see 13 columns.
        Placeholder row: [NAME],[HKID],[TEL],[FLAT/FLOOR/BLOCK] -- replace before go-live, do not commit real data.
    """)
    + [
        'name,phone,address\n"<full name>","+65 XXXX XXXX","Blk ___ #__-___\nSingapore ______"',
    ],
    ("en", "parser logs"): _lines("""
        csv.Error: field larger than field limit (131072) at line 88213
        ParserError: Error tokenizing data. C error: Expected 7 fields in line 1204, saw 9
        [2025-11-30T02:14:09Z] export job #58213 finished: 1,048,576 rows written, 3 rows rejected (malformed quotes)
        WARNING header row not found; using positional columns c0..c11
        UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb5 in position 1042: invalid start byte (file is probably GBK)
        sha256(export_20251130.tsv) = 5d41402abc4b2a76b9719d911017c592aa6e1f3f0c2b4d1a8e9c7b6f5a4d3e2c
        export_customers.csv: 0 rows matched filter created_at >= '2026-01-01'
        Row 17 skipped: value "N/A" in column amount is not a number.
        pipeline 2.8.0 (build 20251203.4), python 3.12.7, pandas 2.2.3, pyarrow 18.1.0
        fix: handle embedded CRLF inside quoted cells when the BOM is missing (closes #4471)
    """)
    + [
        'Traceback (most recent call last):\n  File "export.py", line 212, in write_rows\n    w.writerow(row)\n_csv.Error: need to escape, but no escapechar set',
    ],
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        "Ng, Wei Ling",S8830417I,"Blk 412 Bedok North Ave 2, #08-117, Singapore 460412",+65 9638 0152
        E1042\tRajesh s/o Murugan\tbasic SGD 5,850\tDBS 027-1-834562\tPR since 2019
        "Halim, Nurul Ain binti",920711-10-6044,"No 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor"
        T88120,"CHEN MEI FANG",5203691104827761,09/28,"billing: 9 Jalan Kilang Timor, #03-02"
        "WONG/KA HO MR",K04417283,HKG,1986-03-14,"seat 42K, SQ861"
        cust_name,mobile,addr -- "Tay Kok Leong","9*** 4417","Blk 88 Toa Payoh Lor 4, #11-203, S310088"
        Schulte;Katrin;1979-06-02;"Diabetes Typ 1, insulinpflichtig";Hausarzt Dr. Berger, Köln
        "DC/OC 1184/2024","Goh Siew Lan v. Koh Jun Wei","judgment for plaintiff, $48,200 + costs"
        "Aunty Mei (Jurong West, the one with the corgi)",FB ads,+65 8274 6613,wants 4-room resale
        "Daniel Ong Jia Hui",resigned 2025-09-30,"reason: burnout, on MC for depression since Aug"
        "Kavitha Subramaniam" <kavitha.s88@gmail.com>,Tampines,subscriber since 2019,"birthday 14 Feb"
        "佐藤 健太",090-4412-8836,"東京都世田谷区三軒茶屋2-14-7 パークハウス305"
    """)
    + [
        'ticket,customer,notes\nC-2291,"Priya Nair","Called 3x re: refund.\nShe mentioned she is on chemo at NCCS, pls prioritise"',
        'Full Name\tDOB\tAllergies\tEmergency\n"Ethan Koh"\t2019-03-07\tpeanuts (anaphylaxis), carries EpiPen\tmum Grace 8112 4098',
        'policy,insured,relationship,dob\nPL-77120,"Sarah Teo",daughter,2016-08-21\nPL-77120,"Marcus Teo",spouse,1984-12-03',
    ],
    "zh-Hans": _lines("""
        刘佳怡\t女\t310115199209034628\t浦东新区锦绣路2580弄11号602室
        "王建国,王秀英(夫妻)","成都市武侯区玉林北路3号附7号","186 2731 4409"
        (2025)京0108民初21873号,"赵宏伟","钱晓燕",离婚纠纷,"涉及子女抚养权"
        粤B7K3Q2,"黄德明",13588260173,"B2-118","月租已续至2026-03"
        朋友圈,芳芳,wxid_fang0918lin,"真名林芳，住苏州姑苏区，想做双眼皮，预算8k"
        "YANG/XUEMEI",E68213947,1985-11-30,"成人,靠窗",同行：女儿 YANG/ZIXUAN
        Name,ID,Tel -- 邓立新,370203196809253311,177 0195 3642
        ZY2025-33812,"冯淑珍","乳腺癌术后(左),化疗第4周期",主治：肿瘤科三病区
        客户：林**，身份证尾号2747，住武汉市武昌区中南路14号华中公寓3单元502，欠款 ¥36,500 已起诉
        "退款申请","TB2025110893347712","申请人：邵梦洁，支付宝 shaomj_1996@163.com，退款 ¥1,299"
        "陈雅琴（紧急联系人，妹妹）",199 5043 2718,"本人：陈雅丽，苏州工业园区星湖街328号"
    """)
    + [
        '姓名,身份证号,手机号,收货地址\n周晓东,440306198804172135,13817625540,"广东省深圳市宝安区新安街道建安一路68号\n碧海花园7栋1203"',
        'D-20251108-0441,"何丽萍","患者自述有抑郁症病史\n目前在服舍曲林，请药师注意"',
        "工号\t姓名\t应发工资\t实发工资\t工资卡号\nHR0317\t孙志强\t18,600.00\t15,274.36\t6228480319271042",
        "学号,姓名,家长姓名,家长电话\n20230415,马梓涵,马振华(父),15902138876",
    ],
    "zh-Hant": _lines("""
        林怡君\tF288410635\t0928-517-364\t新竹市東區光復路二段101號7樓
        員工編號,姓名,月薪(HKD) -- ST-204,"黃美玲",32,500,"強積金：宏利 MPF-88312045"
        "何志偉",R604218(9),"瑪麗醫院 腎科，每週三次洗腎"
        2025/10/03,張家瑋,S190273542,"第二型糖尿病, 高血壓",台大醫院新陳代謝科
        "沙田第一城 38座 22樓 F室","梁嘉欣",6027 4531,"按金 HK$36,000"
        "王小芬",4377182209318040,11/27,"帳單地址：臺中市西屯區河南路三段120號"
    """)
    + [
        '姓名,身份證號碼,電話,地址\n"陳家豪",K382915(4),9138 2274,"九龍觀塘協和街101號\nA座 12樓 7室"',
        '"李志明","新北市板橋區文化路一段188巷12號5樓\n(收件人改為太太 吳淑芬)","0933-206-781"',
    ],
    "ms": _lines("""
        nama,no_kp,no_tel -- "Ahmad Faizal bin Rosli",880315-14-5237,012-738 4461
        Siti Aishah binti Kamarudin\t010923-01-0828\t"No. 7, Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor"
        "Nur Iman Sofea","Puan Rohani (ibu)",019-224 8703,"Tahun 4 Bestari, alahan kacang"
        "Lim Chee Keong, Encik",750402-08-5411,"disahkan TB, rawatan DOTS di Klinik Kesihatan Ipoh"
        "Kak Ina (Shah Alam, Seksyen 13)",+60 17-560 3398,"order baju kurung 3 helai, bayar COD"
        "Mohd Hafiz bin Yusof",WA-22NCvC-412-06/2025,"tuntutan hutang RM 85,000, defendan"
        "NORAZLINA BINTI ABD MANAN",A52871934,1991-04-08,"umrah Feb 2026, bilik quad"
    """)
    + [
        'no_pekerja,nama,gaji_pokok,no_akaun\nMY-0932,"Kumaravel a/l Raman","RM 4,250.00","Maybank 1640 2381 7742"',
    ],
    "mixed": _lines("""
        员工,Employee ID,NRIC -- "黄丽华 (Wong Li Hua)",E-3301,T0152938I
        Họ tên;Số CCCD;Địa chỉ -- Nguyễn Thị Thu Hà;079192004518;"12 Lê Văn Sỹ, P.13, Q.3, TP.HCM"
        이름,전화번호,주소 -- "김민지",010-4821-7736,"서울 마포구 월드컵북로 12길 8, 302호"
    """)
    + [
        'Name,姓名,Mobile,Remarks\n"Jason Tan","陈俊杰","+65 9123 4870","G5021779K, work permit renew Jan"',
    ],
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a data-cleaning assistant for the CRM team."),
        ("user", "pandas keeps saying 'Expected 5 fields, saw 6' on this row, why?"),
        ("user", 'Tan Hui Min,S7421096A,"Blk 203, Serangoon Ave 2, #05-61",9638 2251,VIP'),
        (
            "assistant",
            "The address field is fine because it is quoted; check whether the header row declares only 5 columns.",
        ),
        ("user", "oh right the header is missing 'tier'. thanks"),
    ],
    [
        ("user", "这个TSV没有表头，帮我猜一下每列是什么"),
        ("user", "吴海燕\t420106198511302747\t13520893641\t武汉市洪山区珞喻路1037号\t孕32周"),
        (
            "assistant",
            "看起来依次是：姓名、身份证号、手机号、地址、备注（孕周）。建议导出前删除或脱敏前四列。",
        ),
    ],
    [
        ("user", "How do I merge a multi-line address cell back into one line in Excel?"),
        (
            "assistant",
            'Use =SUBSTITUTE(A2,CHAR(10),", ") in a helper column, then copy and paste as values.',
        ),
        (
            "user",
            'worked. result: "Flat 7, 12/F, Block A, Kwun Tong Garden Estate" for Cheung Wai Man',
        ),
        ("user", "his HKID is Y277504(0) btw, do I keep that column?"),
        ("assistant", "Only if the receiving system needs it; otherwise drop it before sharing."),
    ],
    [
        ("user", "Boleh tolong tukar fail ni dari koma ke tab?"),
        ("assistant", "Boleh, sila tampal beberapa baris contoh."),
        ("user", '"Zulkifli bin Hamzah","No. 15, Lorong Cempaka 2, 14000 Bukit Mertajam"'),
        ("user", "no kp dia 680925-07-5013, tel 011-2389 4476"),
    ],
    [
        ("user", "HR export — need to dedupe sick leave records, sample:"),
        (
            "user",
            'EMP-118,"Lau, Mei Xin",2025-10-02,2025-10-16,"MC: major depressive episode, Dr. at IMH"\nEMP-118,"Lau, Mei Xin",2025-10-02,2025-10-16,"MC: major depressive episode, Dr. at IMH"',
        ),
        ("assistant", "Those two rows are exact duplicates; df.drop_duplicates() will keep one."),
    ],
    [
        ("system", "你是一个协助运营同学处理 Excel/CSV 的助手。"),
        ("user", "用Excel打开后身份证号变成了3.2E+17怎么办"),
        ("assistant", '导入时把该列设置为“文本”格式，或者在CSV里给该列加上等号和引号，如 ="…"。'),
        ("user", '那我这样写对吗：="320502200107184569",许婷婷,苏州市姑苏区十全街88号'),
        ("assistant", "格式是对的，打开后会按文本显示完整18位。"),
    ],
    [
        ("user", "幫我把這行信用卡資料的欄位對齊，分隔符是分號"),
        ("user", "蔡明哲;5412750833190276;08/29;台北市大安區和平東路二段96巷3號4樓"),
        (
            "assistant",
            "欄位：持卡人=蔡明哲；卡號=5412750833190276；到期=08/29；帳單地址=台北市大安區和平東路二段96巷3號4樓。建議卡號只保留末四碼。",
        ),
    ],
    [
        ("user", 'why does "Mr ""Ah Boy"" Lim" break my import?'),
        (
            "assistant",
            "Doubled quotes inside a quoted field are valid CSV; your importer probably uses a backslash escape instead.",
        ),
        (
            "user",
            'ok. full row for context: "Mr ""Ah Boy"" Lim",+60 12-645 9031,"Taman Melawati, KL",owes 3 months rent',
        ),
    ],
    [
        ("user", "I'm filling in the visa CSV for my family, the form has headers in Thai"),
        ("assistant", "Share the headers and I'll translate them."),
        ("user", "ชื่อ, นามสกุล, เลขหนังสือเดินทาง, วันเกิด"),
        ("assistant", "First name, surname, passport number, date of birth."),
        ("user", "so row 2 is: Siew Peng, Chua, E4412987K, 1979-02-11"),
        ("user", "she's my wife, kid is Chua Jun Kai, passport E6630174B, 2014-06-30"),
    ],
    [
        ("user", "帮我把收件人信息整理成 姓名,电话,地址 三列"),
        ("user", "收件人 蒋文博"),
        ("user", "手机 182 1637 0594"),
        ("user", "地址：西安市雁塔区小寨西路232号，省图对面小区 6号楼 1单元 1702"),
        ("assistant", '蒋文博,18216370594,"西安市雁塔区小寨西路232号6号楼1单元1702"'),
    ],
]
