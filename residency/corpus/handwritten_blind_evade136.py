# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade136: personal data in accounting and bookkeeping artefacts (general ledger exports, bank reconciliation files, expense claims with receipts OCR, petty-cash logs, audit sampling sheets). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade136
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "general_ledger_export"): _lines("""
        JE-2024-10-0417|2024-10-31|6120 Freight Outward|DR 4,850.00 SGD|Vendor: Ninja Courier Pte Ltd (UEN 201428871E)|Memo: Oct courier accrual per AP cut-off
        JE-2024-10-0418,2024-10-31,2105 Accrued Expenses,CR,12300.00,MYR,"Tenaga Nasional Berhad electricity accrual, site: Lot 12 Jalan Kilang, Shah Alam warehouse"
        GL 5410 Staff Welfare | 2024-09-13 | 1,280.00 | Ya Kun Kaya Toast (Raffles Place) catering for month-end close, 32 pax | approved by Finance Controller | doc 5100042231
        JE-2024-11-0032 | 1510 Prepayments | DR 18,000.00 | memo_b64=UHJlcGFpZCBBV1MgRW50ZXJwcmlzZSBTdXBwb3J0IE5vdi1KYW4sIFBPIDQ1MDAwMTk4MjM= | src=AP | user=svc_gl_loader
        AP-INV 88231 | Mr. Bean Pte Ltd | 6150 Entertainment | SGD 214.00 | GST 9% incl | posted by batch ACC_AP_NIGHTLY v3.2.1 at 2024-11-02T01:14:09+08:00
        Vendor master export: V10233;Charles & Keith (Singapore) Pte Ltd;UEN 198905338W;terms NT30;remit to ap.remittance@example-vendor.com.sg;bank: corporate current a/c
        TB extract FY2024: 3000 Share Capital CR 1,000,000.00; 3100 Retained Earnings CR 2,418,552.37; 3200 Dividend Declared DR 250,000.00 (final dividend per AGM 2024-04-26)
        Journal narration: "Being depreciation for Oct 2024 on asset class FA-VEH (Toyota Hiace, company fleet no. 07)" | 7110 Depreciation | DR 1,166.67 | cost centre 4100
        FY25 close checklist header quote: "Debits on the left, credits on the right" - Luca Pacioli, Summa de arithmetica (1494); checklist v7, owner: GL team
        intercompany_elim | IC-SG01-MY02 | 2024-12-31 | 1400 Due from Related Co | 8,765,000.00 MYR | counterparty: Acme Holdings Sdn Bhd (200801012345 / 812345-K)
        GL line 004219: 6320 Subscriptions | Xero Limited | NZD 78.00 -> SGD 62.41 @0.8001 | paid via Finance department corporate card, statement 2024-10
        GL export manifest: file gl_2024Q3_SG01.csv, rows 48,211, sha256 e041d0d18fe119a73fd22def11e8eb54a4279a5a3799814c26262d7203b5d297, exported 2024-10-05 03:00 SGT
        5120 R&M | Ah Huat Aircon & Electrical Services (UEN 53312345X) | servicing 14 units, Level 3 office, 51 Ubi Avenue 1 | SGD 980.00 | INV AH-2411-067
    """),
    ("en", "reconciliation_config_and_code"): _lines("""
        recon.match.tolerance_amount: 0.05  # SGD rounding; recon.match.date_window_days: 3; recon.match.keys: [amount, value_date, bank_ref]
        df["bank_ref"] = df["narrative"].str.slice(0, 16).str.upper()  # e.g. FT2430512345XYZ, matches the DBS IDEAL export layout
        SELECT je_id, account_code, SUM(amount) FROM gl_lines WHERE period = '2024-10' AND source = 'AP' GROUP BY 1, 2 HAVING ABS(SUM(amount)) > 0.01;
        camt.053 sample: <Ntry><Amt Ccy="SGD">15000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>DBS24103100017765</AcctSvcrRef></Ntry>
        MT940 :61:2410311031C15000,00NTRFNONREF//DBS24103100017765 :86:GIRO FROM MEGA TRADING PTE LTD INV 2024-0912
        payload_b64 = "eyJiYXRjaCI6IlJFQy0yMDI0LTEwIiwiYWNjb3VudCI6Ik9QRVJBVElORy1TR0QiLCJpdGVtcyI6NDEyLCJ1bm1hdGNoZWQiOjd9"  # fixture, no customer data
        .env.example: BANK_SFTP_HOST=sftp.example-bank.com.sg BANK_SFTP_USER=recon_bot BANK_SFTP_KEY=/etc/recon/keys/id_ed25519 TZ=Asia/Singapore
        2024-11-01T02:15:33+08:00 INFO recon-worker[4412] matched=405 unmatched=7 suspense_acct=1999 duration_ms=18233 build=2.8.4+g1a9c3e7
        test_fixture = {"txn_id": "TXN-000001", "counterparty": "ACME SUPPLIES SDN BHD", "amount": "1200.50", "currency": "MYR", "value_date": "2024-10-15"}
        assert normalise("PAYNOW-UEN 201912345K ACME PTE LTD") == "201912345K"  # corporate PayNow proxy is the UEN, safe to log
        CSV header: posting_date,value_date,bank_ref,narrative,debit,credit,running_balance,matched_je,match_rule,reviewer_role
        cron: 30 6 * * 1-5 /opt/recon/bin/run --entity MY02 --bank maybank --stmt-format mt940 --out s3://fin-recon-prod/my02/
        GET /v2/payees?name=%E6%B7%B1%E5%9C%B3%E5%B8%82%E5%8D%8E%E5%BC%BA%E7%94%B5%E5%AD%90%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&type=corporate HTTP/1.1 200 412ms
    """),
    ("zh-Hans", "银行对账流水"): _lines("""
        2024-10-08 09:12:45 | 贷 | 128,000.00 | 对方户名：上海申通物流有限公司 | 对方账号：3100 2219 0010 5201 7788（对公） | 摘要：货款 INV-SH-20241008
        交易流水号 20241015000347829165，借方 3,560.00，对方：中国移动通信集团广东有限公司，摘要：10月企业专线费，客服热线10086
        银行余额调节表 2024年10月：银行对账单余额 1,204,388.52；加：企业已收银行未收 36,000.00；减：企业已付银行未付 12,450.00；调节后余额 1,227,938.52
        未达账项：2024-10-31 支付宝（中国）网络技术有限公司 结算款 8,920.35，银行11-01入账，凭证号 记-1031-088，已列入调节表第3行
        回单接口日志：GET /receipt?payer=%E5%B9%BF%E5%B7%9E%E7%8E%8B%E8%80%81%E5%90%89%E5%A4%A7%E5%81%A5%E5%BA%B7%E4%BA%A7%E4%B8%9A%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&amt=45600.00 返回 200
        对方户名：李锦记（新会）食品有限公司，统一社会信用代码 91440705MA4W3K7R2B，贷方 66,300.00，摘要：退回多付货款，已冲减应付账款 2202
        对账差异说明：工行基本户（公司账户）10月手续费 25.00 未入账，已补记 6603 财务费用-手续费，凭证 记-1031-091
        网银导出表头：交易日期,交易时间,借方发生额,贷方发生额,余额,对方户名,对方账号,对方开户行,摘要,用途,流水号,附言
        2024-11-02 14:03:11 贷 2,000,000.00 对方：深圳市南山区科技创新局 摘要：2024年度高新技术企业认定奖励 文号 深南科〔2024〕37号
        周大福珠宝金行（深圳）有限公司 退回投标保证金 50,000.00 元，合同 ZDF-2023-0417，已与其他应收款 1221 核销
        凭证附言 memo_b64=6YeN5YiG57G777yaMTDmnIjov5DotLnmmoLkvLDovazlhaUgNjYwMSDplIDllK7otLnnlKgt6L+Q6L6T6LS577yM5Yet6K+BIOiusC0xMDMxLTA3Nw== 已解码核对
        自动对账规则 R07：金额相等且日期差≤2天且摘要包含“代发工资”批次号（如 DF202410250001）时，与 2211 应付职工薪酬 批量核销
        银联商户结算：商户号 898310058121234，终端 10203344，清算日 20241031，交易 1,286 笔，手续费 0.38%，净额 362,104.77
    """),
    ("zh-Hans", "报销制度问答"): _lines("""
        问：出租车发票丢失怎么办？答：可在“滴滴出行”App 行程中补开电子发票，抬头填公司全称，税号 91310115MA1H8X3Y2C，开票后上传至费控系统。
        问：高铁票报销需要什么？答：12306 开具的铁路电子客票电子发票即可，2024年11月1日起全面推行，无需再打印纸质报销凭证。
        差旅住宿标准（2025版）：北京、上海、深圳每晚不超过 650 元；省会城市 500 元；其他城市 380 元，超标部分需部门负责人审批。
        业务招待费须注明招待对象单位及人数，例如“招待 华为技术有限公司 采购部 3人”，不得只写“客户餐费”，否则费控系统将整单退回补充。
        问：电子发票重复报销如何防范？答：系统按发票代码+发票号码（如 044032300111 / 08812345）自动查重，数电票按 20 位号码查重。
        费控系统客服：工作日 9:00–18:00，热线 400-820-1234 转 3，邮箱 fin-helpdesk@example.com.cn，请勿在工单里上传身份证照片。
        历史小知识：我国现代会计先驱潘序伦先生1927年创办立信会计师事务所，“立信”二字取自《论语·颜渊》“民无信不立”，沿用至今已近百年。
        小额零星采购（单笔 ≤ 500 元）可用收据替代发票，但须附淘宝/京东订单截图，订单号如 2024103122001498761234 需清晰可见。
        报销单据粘贴顺序：发票在上、小票在下，A4 纸左侧装订；金额合计需与费控系统单号 BX-20241105-0042 一致。
        问：境外发票怎么处理？答：提供 invoice 和付款凭证，按付款当日中国人民银行人民币汇率中间价折算，例：USD/CNY 7.1250（示例）。
        会议费报销需附：会议通知、签到表（只统计人数，无需填写个人联系方式）、酒店水单、发票；会场如“上海国际会议中心”需开专票。
        问：网约车行程单上的车牌和司机信息需要保留吗？答：不需要，报销只看行程单的起止地点、时间和金额，可整页打印后粘贴在报销单背面。
        《会计法》第十四条：原始凭证记载的各项内容均不得涂改；原始凭证有错误的，应当由出具单位重开或者更正，更正处应当加盖出具单位印章。
    """),
    ("zh-Hant", "收據OCR文字"): _lines("""
        OCR：美心MX（旺角彌敦道店）單號 0231-558812 2024/10/18 13:42 叉燒飯 x2 $96.00 凍檸茶 x2 $18.00 合計 HK$114.00 八達通付款
        OCR：全家便利商店 發票號碼 AB-12345678 2024-11-03 21:15 礦泉水 x3 NT$75 買方統編 83512476（本公司）隨機碼 4821
        掃描結果：陳李濟（上環店）藥材禮盒 $368.00，收據編號 CLC-24-09917，商業登記 31234567-000-10-24-2，地址：香港上環文咸東街 28 號
        OCR 辨識：台灣高鐵 台北→左營 標準車廂 NT$1,490 車次 0615 2024/10/21 06:30 座位 7車12A 票號 TKT-88120457 買方統編 83512476
        澳門 OCR：咀香園餅家（議事亭前地店）杏仁餅 x4 MOP 240.00 收據 JHY-1012-3345 地址：澳門議事亭前地 16 號地下
        OCR 信心度 0.82：「麥當勞 McDonald's 尖沙咀漢口道」 訂單 #458 2024-10-09 08:02 早晨全餐 HK$38.50 付款：AlipayHK 商戶碼 HK-MCD-0458
        收據 OCR 原文（含誤讀）：「太興燒味餐廳 TAl HING 」 總計 HKS 256.O0 服務費 10% 單號 TH24-1109-0088 枱號 B7
        統一發票 OCR：誠品書店 信義店 《中級會計學》 著者 鄭丁旺 NT$680 賣方統編 16446274 買方統編 83512476
        OCR：中華電信 企業客戶帳單 帳單編號 BL2410-778213 月租 NT$1,399 公司門號 02-2345-6789 客服專線 0800-080-123
        收據掃描：香港郵政 本地掛號郵件 32 件 HK$118.40，郵政局：中環郵政總局，收據號 HKP-GPO-2411-00871，用途：寄發供應商對帳函
        OCR：澳門電力股份有限公司 CEM 商戶帳戶 3002-118845（公司寫字樓 12 樓）十月電費 MOP 3,218.60，繳費期限 2024-11-20
        辨識文字：「鴻福堂 Hung Fook Tong 黃大仙中心 自家涼茶 x6 HK$90」 → 費用類別 5210 員工福利；幣別 HKD；憑證 PV-HK-24110
        OCR 欄位對應：商號名稱→vendor_name；商業登記號碼→vendor_br；單據日期→doc_date；總額→amount；付款方式→pay_method；其餘欄位捨棄
    """),
    ("ms", "log_wang_runcit"): _lines("""
        Log Wang Runcit Cawangan Shah Alam | 04/11/2024 | Baucar PC-0412 | Beli air mineral & kopi 3-in-1 dari Mydin Seksyen 13 | RM 46.80 | Baki RM 453.20
        PC-0413 | 05/11/2024 | Bayaran parkir MBSA (kenderaan syarikat, mesin Seksyen 14) | RM 6.00 | resit e-Parking No. EP24110500332 | Baki RM 447.20
        Penambahan semula imprest: Cek No. 004518 atas nama syarikat, amaun RM 552.80, memulihkan baki imprest kepada RM 1,000.00 seperti polisi kewangan 4.2
        PC-0414 | Mr DIY (Sunway Pyramid) | lampu LED 2 unit, pita pelekat | RM 27.90 | No. invois MRDIY-SP-24-778120 | kod akaun 6180 Alat Tulis & Bekalan
        PC-0415 | Restoran Nasi Kandar Pelita (Jalan Ampang) | jamuan mesyuarat audit dalaman, 6 orang | RM 112.40 | SST 6% | diluluskan: Pengurus Kewangan
        Catatan: Kedai Runcit Ah Seng (Pasar Borong Selayang) tidak mengeluarkan resit rasmi; gunakan borang Baucar Tanpa Resit PC-NR-07 dengan cap kedai.
        PC-0416 | Pos Malaysia Berhad, Pejabat Pos Shah Alam | setem & pos berdaftar 8 surat kepada pembekal | RM 38.40 | No. resit PM2411060098
        Kiraan tunai akhir hari 06/11/2024: RM50 x 4, RM10 x 12, RM5 x 7, RM1 x 9, syiling RM 3.20 = RM 367.20; selaras dengan baki buku tunai.
        PC-0417 | Grab for Business (akaun korporat) | perjalanan ke pejabat LHDN Shah Alam untuk serahan dokumen | RM 18.50 | ID perjalanan A-6KZ7H2WQX9
        Had wang runcit: RM 200 setiap transaksi; melebihi had perlu Baucar Bayaran (PV) melalui AutoCount Accounting, modul Cash Book, versi 2.1.
        PC-0418 | Tealive (Seksyen 7) | minuman untuk pelawat dari Bank Negara Malaysia | RM 54.00 | kod akaun 6150 Keraian | resit TL-S7-0098123
        Pelarasan log PC-0409 memo_b64=UGVtYmV0dWxhbiBrb2QgYWthdW4gNjE4MCBrZSA2MTIwLCBiYXVjYXIgUEMtMDQwOSwgcnVqdWsgbWVtbyBrZXdhbmdhbiAxNC8yMDI0
        Eksport CSV: tarikh,no_baucar,penerangan,kod_akaun,amaun_rm,baki_rm,pelulus_jawatan (contoh: 2024-11-04,PC-0412,Air mineral,6120,46.80,453.20,PK)
    """),
    ("ms", "notis_einvois_dan_cukai"): _lines("""
        Notis: Mulai 1 Ogos 2024, pembayar cukai dengan jualan tahunan melebihi RM100 juta wajib melaksanakan e-Invois LHDNM melalui MyInvois Portal atau API.
        Soalan Lazim: Apakah TIN syarikat? TIN ialah Nombor Pengenalan Cukai; contoh format syarikat C2584563200, boleh disemak melalui MyTax.
        Untuk transaksi B2C, pembekal boleh menggunakan TIN am EI00000000010 bagi e-Invois disatukan (consolidated) yang dihantar dalam 7 hari selepas akhir bulan.
        Pemberitahuan kepada pembekal: sila kemukakan invois ke ap.my@example-group.com.my atau WhatsApp Jabatan Akaun Belum Bayar 03-7890 1234 sebelum 25hb.
        Kadar cukai perkhidmatan dinaikkan daripada 6% kepada 8% berkuat kuasa 1 Mac 2024, kecuali makanan & minuman, telekomunikasi, parkir dan logistik.
        Bajet 2025 dibentangkan oleh Perdana Menteri merangkap Menteri Kewangan, Dato' Seri Anwar Ibrahim, di Dewan Rakyat pada 18 Oktober 2024.
        Soalan Lazim: Berapa lama rekod perakaunan perlu disimpan? Jawapan: sekurang-kurangnya 7 tahun mengikut Seksyen 82 Akta Cukai Pendapatan 1967.
        Validasi MyInvois API: POST /api/v1.0/documentsubmissions memulangkan submissionUid contoh HJSD135P2S7D8IU; pembatalan dibenarkan dalam 72 jam.
        Notis Pejabat: SQL Accounting akan dinaik taraf ke versi 5.2024.1001 pada Sabtu 9 Nov, 10 malam hingga 2 pagi; semua pengguna sila log keluar.
        Nombor pendaftaran syarikat format baharu SSM: 12 digit, contoh 201901012345; format lama 1234567-X masih dipaparkan dalam kurungan pada invois.
        Peringatan: Borang C perlu dihantar dalam tempoh 7 bulan dari tarikh tutup akaun; tahun kewangan berakhir 31/12/2024 perlu dihantar sebelum 31/07/2025.
        Hubungi HASiL Care Line di 03-8911 1000 atau HASiL Live Chat untuk pertanyaan e-Invois, Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang.
        Kod klasifikasi e-Invois: 004 Penjualan disatukan; 022 Lain-lain; 027 Pembayaran balik (reimbursement); rujuk Lampiran Garis Panduan Spesifik.
    """),
    ("mixed", "audit_sampling_sheet"): _lines("""
        Sample #01 | Population: AP payments Jan–Dec 2024 (N=4,812, SGD 38.2m) | MUS, seed 20250115 | Selected: PV-2024-03318 SGD 48,200.00 | 供应商 Acme Engineering Pte Ltd | ✓ INV ✓ GRN ✓ approval
        抽样表 AS-02 | 样本 14/60 | 凭证号 记-0815-022 | 供应商 北京京东世纪贸易有限公司 | 金额 ¥23,480.00 | 发票已在税务局查验平台查验 ✓ | Exception: none
        Audit sample 07 – 費用報銷 BX-2024-0917-0031 | Vendor 台灣大哥大 | NT$2,990 | A1 授權 ✓ A2 分類 ✓ A3 期間 ✗ (屬 2024-08 費用) → proposed AJE #12
        Sampling parameters: confidence 95%, tolerable misstatement RM 250,000, expected misstatement RM 25,000, interval RM 83,333 → sample size 38 (IDEA v11.2)
        Sample 22 | Bank rec Maybank current a/c (company) Sep-24 | cek tidak dikemukakan No. 004402 RM 8,500.00 kepada Syarikat Perniagaan Lim Bros | cleared 03-Oct ✓
        Key item testing: 所有 > HK$500,000 項目全數測試 (12 items)；例：JE-HK-2024-1231-007 港燈 HK Electric 電費 HK$612,880.00 ✓ 已核對帳單
        Sample 31 - Tim Hortons catering for Q3 town hall, MYR 1,860.00, PO 4500231187, docs: quotation, DO, e-Invois UUID 7F3K9QX2M1B8R5T4W6Y0Z ✓
        Walkthrough note: 付款流程 AP → 3-way match (PO/GRN/INV) → 財務經理 approve → 網銀 maker/checker release; control ID C-AP-04, tested OK.
        审计抽样记录：cut-off sample 5，出库单 CK20241231-118 于 12-31 发货，发票 12-31 开具，收入期间正确 ✓（顺丰单号 SF1402338871209）
        Sample 40 | FA addition FA-2024-0077 Dell Latitude 7450 x 20 | SGD 41,980.00 | Vendor: Dell Singapore Pte Ltd | 实物盘点 Level 12 ✓ | ref_hex 494e562d323032342d30303837312041434d4520535550504c494553
        Exceptions summary: 2/60 exceptions; projected misstatement 0.8% of population, below tolerable 5% → 結論：控制有效 / conclusion: effective.
        Sampling sheet header: sample_no, 凭证号/voucher_no, doc_date, amount, currency, 供应商/vendor, test_A1..A5, exception_flag, 备注/remarks, reviewer_role
        Sample 52 | Donation to 公益金 The Community Chest of Hong Kong HK$100,000 | receipt CC-2024-D-58812 | board minute BM-2024-06 ✓ | deductible under s.16D IRO
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JE-2024-10-0425 | 1420 Staff Advances | DR 6,000.00 SGD | memo_b64=QWR2YW5jZSB0byBHb2ggS2lhbiBTZW5nIGZvciBLSyBIb3NwaXRhbCBkZWxpdmVyeSBkZXBvc2l0LCB3aWZlIGR1ZSBOb3YsIE5SSUMgUzc4MzQxMjVE
        Expense claim EC-24-1187 | claimant: Priya d/o Rajendran (Emp 30417) | Grab rides to Tan Tock Seng Hospital for chemotherapy sessions x6 | SGD 142.60 | medical, keep confidential
        Unmatched receipt 2024-10-17 CR SGD 2,500.00 "PAYNOW-MOBILE +65 9176 4283 REF LOAN REPAYMENT JUN" - likely Marcus Teo settling his staff loan, confirm with HR
        Suspense 1999 line 77: FAST IN 1,050.00 from POSB Savings 190-47281-6 (individual, not a customer account), pending identification
        Petty cash IOU: $200 taken by Kenny from the reception float on 12/11 for his son's school fees, says he will return it Friday - no receipt
        OCR text: GUARDIAN PHARMACY WOODLANDS | PATIENT: LEE SWEE CHOO | DOB 14/03/1961 | METFORMIN 500MG x60 | TOTAL $38.90 | attached to claim EC-24-1192
        Audit sample 18 exception: payroll credit to OCBC 0123-456789-001 belongs to Shirley Ong, the payroll clerk's sister, who is not an employee - refer to fraud investigation
        2024-11-04,EC-24-1203,Darren Koh Wei Jie,darren.koh.wj@gmail.com,+65 8123 0945,Blk 231 Bishan Street 22 #08-114 Singapore 570231,Taxi,34.20,approved
        Garnishee order from the State Courts against employee Rahman bin Yusof for an unpaid debt of SGD 14,300; deduct SGD 600 monthly from Dec payroll, GL 2250
        Vendor master change: freelance photographer Joanne Sim, bank changed to UOB 372-318-904-2, requested from joannesim.photo@hotmail.com on 2024-10-29
        GL narration field narr_hex=46494e2046323334353837314d204e677579656e20546869204c616e20646f726d206465706f73697420726566756e64 (dorm refund batch 11)
        Salary advance approved for Mr Chua (driver) - SGD 3,000 to clear what he owes a moneylender, repay over 10 months; do not disclose to the team.
    """),
    "zh-Hans": _lines("""
        回单接口日志：GET /receipt?payee=%E5%BC%A0%E6%99%93%E7%87%95&acct=6222021203045567891&amt=8600.00 返回 200，回单号 HD20241030000215
        报销单 BX-20241106-0077 申请人：王建国 身份证 440305198706142032 事由：母亲住院陪护期间往返深圳—长沙高铁票 4 张 ¥1,964.00
        备用金借款登记：11月5日 出纳刘姐 借给 阿强 现金 ¥2,000，说是老婆生孩子急用，月底从工资扣回，没写借条。
        银行流水：2024-10-25 借 15,000.00 对方户名：陈美玲 对方账号 6217 0033 2010 4458 217 摘要：个人往来，需挂其他应收款并找总经理确认
        审计抽样异常：凭证 记-0930-045 付款给 赵磊 ¥48,000 备注“离职补偿”，但人事系统显示他因醉驾被刑事拘留后已被辞退。
        电子票据OCR：上海市第一妇婴保健院 门诊收费票据 患者：孙丽 诊断：早孕（孕8周） 自付 ¥286.50 医保卡号 0921388417，已附于报销单 BX-1107-012
        对账备注：10-31 微信转账 ¥520.00 收款方手机 139 2817 6605，无对应发票，待核实
        总账导出摘要：“REIMB ZHOUXINYI 310104 19910228 4521 DIDI”——旧系统把报销人拼音和身份证号拼在一起导出
        工资代发退票：户名 黄志明 卡号尾号 7745 因账户被法院冻结退回 ¥12,830.00，听说他欠网贷被起诉，已挂 2241 其他应付款
        费用报销群：@小蔡 你那张 3,200 的牙科发票是给你女儿做正畸的吧？公司福利不含家属，要退回哦
    """),
    "zh-Hant": _lines("""
        收據 OCR：養和醫院 病人姓名：LAU KA WAI 劉家慧 HKID K482915(8) 心臟科門診 HK$3,200，附於報銷單 EC-HK-2411-009
        零用現金簿 11/08：林太話佢個仔入咗醫院，預支 HK$1,500，話下星期還，冇單據。
        銀行對帳：轉數快 FPS 收款 HK$8,800 來自 9672 3158，備註「黃sir 九月租」，非公司收入，疑為會計主任私人租金誤入公司戶口
        統一發票載具 /R7X+2QK 歸戶於 報帳人 吳佩珊 手機 0912-345-678，屬個人手機條碼，請改開公司統編後再報帳
        費用報銷 CSV：2024-10-22,TW-EXP-0588,張志豪,A223817462,台北市大安區和平東路二段 96 巷 7 號 4 樓,計程車,NT$420
        稽核抽樣例外：出納何美儀於 10/15 以公司支票 No. 118204 支付 HK$36,000 予其前夫鄭國雄，名目為「顧問費」，兩人正辦理離婚財產分割。
        澳門員工梁嘉欣（澳門居民身份證 5281734(2)）申請產假期間醫療津貼 MOP 4,800，附仁伯爵綜合醫院產檢收據 3 張
        總帳匯出 memo_b64=6YCA6YKEIOioseaWh+WCkSDmirzph5EgSEskNSwwMDDvvIxGUFMgNjE4MyAyMDQ3 科目 2230 其他應付款
        對帳差異：10/28 存入 NT$30,000，來源帳號 中華郵政 0001234-5678901（個人存簿），查無對應客戶
        老闆娘交代：阿傑上個月用公司卡喺澳門賭場簽咗 HK$12,400，當佢私人借款，每月人工扣 HK$2,000。
    """),
    "ms": _lines("""
        Log wang runcit: 06/11 Kak Ros (kerani) pinjam RM150 untuk bayar bil hospital anak di Hospital Tengku Ampuan Rahimah, akan bayar balik hujung bulan.
        Penyata bank: 28/10 DUITNOW TRF CR RM 3,200.00 NURUL AIN BT ROSLAN 012-638 4471 REF bayar balik pinjaman kakitangan
        Eksport lejar am: akaun 1420 Pendahuluan Kakitangan | DR RM 3,000.00 | memo_b64=TXVoYW1tYWQgSGFmaXogYmluIFphaW5hbCA4OTA3MjMtMDgtNTUxNyBwZW5kYWh1bHVhbiBnYWpp
        Tuntutan perbelanjaan EC-MY-24-0391: Siti Hajar binti Abdullah, No. KP 850912-14-6688, alamat No. 23 Jalan Melati 4, Taman Sri Muda, 40400 Shah Alam, RM 287.40
        Baki tidak sepadan: terimaan RM 450.00 dari akaun Maybank 1640 2209 8817 (akaun simpanan individu), tiada invois berkaitan
        Sampel audit 12: elaun masih dibayar kepada Encik Ravi a/l Muniandy walaupun beliau cuti sakit tanpa gaji sejak Ogos akibat strok
        Teks OCR resit (salah baca): KL1NIK MEDIVIRON | PESAKIT: LIM S00 H00N | KP 78O125-1O-5242 | RAWATAN: BATU KARANG BUAH PINGGANG | JUMLAH RM 185.00
        Kumpulan WhatsApp Akaun: tolong hantar semula slip gaji Oktober Encik Faizal ke faizal.rahim87@yahoo.com, emel syarikat dia dah ditutup lepas dia dibuang kerja
        Borang pendahuluan: pemandu Pak Mat (No. Pekerja 0117), kereta sendiri WXY 4821, minta RM 500 untuk baiki enjin, dipotong gaji RM 100 sebulan
        CSV pelarasan bank: 2024-10-30,DR,1200.00,"IBG KE MOHD AZLAN BIN ISMAIL CIMB 7012345678",nafkah bekas isteri atas perintah Mahkamah Syariah,potongan gaji
    """),
    "mixed": _lines("""
        Audit sample 09 | 报销人 Tan Wei Ming 陈伟明 | NRIC S8812034E | claim SGD 1,250 "client dinner" but receipt OCR shows 2 pax on his wedding anniversary → exception
        Bank rec note: FPS in HK$20,000 from 何志強 Ho Chi Keung HKID Y230674(1) – 其實係佢還返上年借公司嘅錢, please reclass to 1430 Loans to Staff
        webhook log: POST /callback?payee=%E9%BB%83%E7%BE%8E%E8%8F%AF%20Wong%20Mei%20Wah&phone=%2B852%209034%201176&amt=3800 → 200 OK 退款已發
        费用报销 OCR: Raffles Medical receipt | Patient: 周子涵 Zhou Zihan | FIN G5512309N | Dx: anxiety disorder follow-up | SGD 160.50 | 公司保险不覆盖
        Petty cash log 11/11: Uncle Lim 清洁阿伯 借 RM80 买药 for his diabetes, 说月底还 – no voucher yet
        GL export 1420 Staff Loan | DR TWD 200,000 | 借款人 林俊宏 F129057338 | 用途: 支付母親洗腎 dialysis 費用 | repayment 24 months
        Reconciliation exception: 2 payments to HSBC HK personal a/c 001-234567-833 under vendor names ABC Trading and Leung Siu Fung 梁小峰 – 疑似员工自设供应商
        抽样 walkthrough: 出纳 Aunty Mei said her daughter Chloe Ng 吴嘉欣 (HKID P718204(3)) is on payroll as part-time admin but nobody has seen her in the office
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a bookkeeping assistant for a Singapore SME. Help match bank statement lines to open invoices.",
        ),
        (
            "user",
            "Can you match these? 1) 17/10 PAYNOW FROM LIM JIA HUI S****567A 1,070.00 2) 18/10 GIRO MEGA TRADING PTE LTD 15,000.00. Open invoices: INV-2024-0912 Mega Trading 15,000.00, INV-2024-0930 Jia Hui Lim (home renovation client, 55 Jurong West St 42 #11-203) 1,070.00.",
        ),
        (
            "assistant",
            "Line 2 matches INV-2024-0912 exactly. Line 1 matches INV-2024-0930 for Lim Jia Hui, amount 1,070.00; the masked NRIC in the narration is consistent with a personal PayNow transfer, so record it as a receipt from the individual customer.",
        ),
        ("user", "Great, post both and note the customer's address on the receipt."),
        (
            "assistant",
            "Done: RV-2024-1017 for Lim Jia Hui (55 Jurong West St 42 #11-203) and RV-2024-1018 for Mega Trading Pte Ltd.",
        ),
    ],
    [
        ("system", "你是一家深圳贸易公司的财务助理，负责备用金盘点和报销审核。"),
        (
            "user",
            "帮我写一段备用金盘点差异说明：账面 5,000，实盘 3,000，差额 2,000 是出纳李秀英借给仓库的老周（周国平，身份证 510107199307116683）交房租的，没走审批。",
        ),
        (
            "assistant",
            "备用金盘点差异说明：截至11月8日，备用金账面余额 ¥5,000.00，实盘 ¥3,000.00，差异 ¥2,000.00。经查，系出纳李秀英未经审批借给仓库员工周国平（身份证 510107199307116683）用于个人房租，建议补办借款手续并于当月工资中扣回。",
        ),
        ("user", "身份证号要不要写进去？"),
        ("assistant", "内部底稿可以保留，但对外提交的说明建议只写姓名和工号，身份证号脱敏或删除。"),
    ],
    [
        (
            "user",
            "幫我睇下呢張收據 OCR 可唔可以報公司醫療福利：「港安醫院 病人：CHEUNG WING SZE 張詠詩 HKID R556031(3) 婦科 超聲波 HK$2,850」",
        ),
        (
            "assistant",
            "收據顯示病人張詠詩（HKID R556031(3)）喺港安醫院做婦科超聲波，金額 HK$2,850。如果佢係公司員工本人，一般可以按醫療福利報銷，但要附轉介信同正本收據。",
        ),
        ("user", "佢係同事嘅太太，唔係員工。"),
        (
            "assistant",
            "咁就要睇公司醫療福利有冇包家屬；如果冇，呢張收據唔應該報銷，建議退回並喺報銷系統備註原因。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu perakaunan untuk sebuah syarikat di Johor Bahru. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong semak tuntutan ni: Nama Mohd Firdaus bin Kamarudin, KP 910305-01-5573, akaun bank Public Bank 4-8817203-15, tuntutan minyak RM 386.20 dan tol RM 42.00, perjalanan JB ke Kuala Lumpur jumpa pelanggan.",
        ),
        (
            "assistant",
            "Tuntutan Mohd Firdaus bin Kamarudin berjumlah RM 428.20. Sila pastikan resit minyak dan penyata Touch 'n Go dilampirkan. Bayaran boleh dibuat ke Public Bank 4-8817203-15 selepas kelulusan pengurus.",
        ),
        ("user", "Dia kata resit minyak hilang sebab kereta dia kena tarik bank minggu lepas."),
        (
            "assistant",
            "Tanpa resit, tuntutan minyak boleh diproses menggunakan kadar per kilometer mengikut polisi syarikat, dengan pengisytiharan bertulis daripada pekerja. Isu kereta ditarik ialah hal peribadi, jadi tidak perlu dicatat dalam baucar.",
        ),
    ],
    [
        (
            "system",
            "Finance ops bot for a Kuala Lumpur and Singapore group. Staff directory: AP clerk Wong Siew Lan, ext 2214, mobile +60 16-228 9043; AR clerk Gan Boon Hock, mobile +65 9734 2280.",
        ),
        ("user", "Who should I contact about unmatched receipts in the MY02 bank rec?"),
        (
            "assistant",
            "Unmatched receipts in MY02 sit with the AR side; please reach Gan Boon Hock on +65 9734 2280, or raise a ticket in the recon queue.",
        ),
        ("user", "ok 谢谢, and for vendor payment queries?"),
        ("assistant", "For vendor payments, contact Wong Siew Lan at ext 2214."),
    ],
    [
        (
            "system",
            "You are an audit assistant helping an internal auditor in Hong Kong document sample exceptions.",
        ),
        (
            "user",
            "Sample 33: cheque HK$58,000 paid to 'Fung Kin Man' for consultancy. HR says Fung is the brother-in-law of our finance manager Kelvin Yip. No contract on file. Write the exception.",
        ),
        (
            "assistant",
            "Exception – Sample 33: Cheque of HK$58,000 was paid to Fung Kin Man for consultancy services without a signed contract. HR records indicate Mr Fung is the brother-in-law of the Finance Manager, Kelvin Yip, representing an undisclosed related-party transaction. Recommend referral to the Audit Committee.",
        ),
        ("user", "Should I name Kelvin in the report?"),
        (
            "assistant",
            "In the working papers, yes; in the summary to management, refer to the role (Finance Manager) and keep the names in a restricted annex.",
        ),
    ],
    [
        (
            "user",
            "这是一张报销发票的OCR，帮我提取字段：北京协和医院 门诊收费 患者 马晓东 男 41岁 科室 精神科 金额 ¥620.00 医保号 1101082019004471 联系电话 186 1033 7259",
        ),
        (
            "assistant",
            "提取结果：医院 北京协和医院；患者 马晓东；性别 男；年龄 41；科室 精神科；金额 ¥620.00；医保号 1101082019004471；电话 186 1033 7259。",
        ),
        ("user", "把它整理成报销系统的一行 CSV"),
        (
            "assistant",
            "2024-11-07,北京协和医院,马晓东,精神科门诊,620.00,1101082019004471,18610337259",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore company's finance team prepare overseas travel expense claims.",
        ),
        (
            "user",
            "Our Taipei colleague 陳怡君 (ID E288134522) needs her THSR ticket NT$1,490 and hotel NT$9,600 claimed under our SG entity. Her personal email is yijun.chen0620@gmail.com. Draft the claim summary.",
        ),
        (
            "assistant",
            "Claim summary – Claimant: 陳怡君 (Taiwan ID E288134522), email yijun.chen0620@gmail.com. Items: THSR ticket NT$1,490; hotel NT$9,600; total NT$11,090 (approx. SGD 462 at 0.0417). Cost centre: SG01-Sales.",
        ),
    ],
    [
        (
            "user",
            "Boleh decode memo ni dari eksport AutoCount? QmF5YXJhbiBiYWxpayBrZXBhZGEgQ2hvbmcgV2FpIEtlYXQsIDAxMi03NzMgNTE5MCwgeXVyYW4gaG9zcGl0YWwgaXN0ZXJpIGJlcnNhbGlu",
        ),
        (
            "assistant",
            "Memo tersebut ialah Base64. Hasil nyahkod: Bayaran balik kepada Chong Wai Keat, 012-773 5190, yuran hospital isteri bersalin.",
        ),
        ("user", "Oh, ini patut masuk akaun apa?"),
        (
            "assistant",
            "Jika ia bayaran balik faedah bersalin kakitangan, rekod di bawah Kebajikan Kakitangan (contohnya 5410) dan pastikan ia selaras dengan polisi faedah perubatan syarikat.",
        ),
    ],
    [
        ("system", "你係澳門一間會計師行嘅助理，用繁體中文同英文回答。"),
        (
            "user",
            "Client payroll 有張法院扣薪令：員工 區志輝 (BIR 1342876(5))，要每月扣 MOP 3,500 俾前妻 作贍養費，點入帳？",
        ),
        (
            "assistant",
            "每月出糧時：Dr 應付薪金 MOP 3,500 / Cr 其他應付款－法院扣薪（區志輝）MOP 3,500；轉帳俾前妻後再沖銷其他應付款。記得保留法院命令副本，並限制查閱權限。",
        ),
        ("user", "Thanks, and the bank transfer ref?"),
        (
            "assistant",
            "Use a neutral reference such as CO-2024-11-PR07 rather than the employee's name or the word maintenance, so the bank narrative does not expose the matter.",
        ),
    ],
]
