# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade30: PDF, scan and table extraction artefacts in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade30
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "annual report OCR"): [
        "Revenue 1,284.6 1,197.2 7.3\nGross profit 402.9 388.1 3.8\n(S$ million) FY2025 FY2024 % change",
        "Chairman's Statement\nDear Share-\nholders, FY2025 was a year of consolidation for the Group.",
        "Registered office: 80 Robinson Road, #1O-01, Singapore O68898 | Tel: +65 6236 3333",
        "Total number of shareholders: 12,4O7 | Percentage of shares held by the public: 38.62%",
        "Note 14 Property, plant and equip-\nment — Leasehold buildings are depreciated over 3O–5O years on a straight-line basis.",
        "Top 20 shareholders\nNo. Name No. of shares %\n1 DBS Nominees (Private) Limited 412,883,102 27.51\n2 Citibank Nominees Singapore Pte Ltd 201,447,930 13.42\n3 HSBC (Singapore) Nominees Pte Ltd 88,120,400 5.87",
        "Company Registration No. 199801234K (Incorporated in the Republic of Singapore)",
        "Remuneration band        No. of directors\nS$250,001 to S$500,000   3\nBelow S$250,000           5",
        "Independent auditor: Ernst & Young LLP, Public Accountants and Chartered Accountants; audit partner appointed since FY2O22.",
        "Earnings per share (cents)\nBasic 8.42 7.9l\nDiluted 8.39 7.88",
        "Page 47 of 212 | Sustainability Report 2025 | GRI 2-7 Employees: 1,846 (F 41%, M 59%)",
        "The Group hosted Deputy Prime Minister Gan Kim Yong at the opening of its Tuas facility on 12 Mar 2025.",
        "Share price (S$) High 1.42 Low O.98 Close 1.27\nVolume traded ('OOO) 48,211",
    ],
    ("en", "scanned forms and templates"): [
        "Full name (as in NRIC/FIN): ______________________\nNRIC/FIN No.: _ _ _ _ _ _ _ _ _\nContact no.: ( + 6 5 ) ________",
        "Please write in BLOCK LETTERS. Do not fold, staple or write outside the boxes; this form is machine-read by OCR.",
        "Section C — Particulars of Next-of-Kin\n(leave blank if not applicable)",
        "FOR OFFICE USE ONLY   Received by: ______   Date stamp: ______   Batch: B-2O25-1187",
        "Example: S1234567D — the letter at the end is a checksum, enter it exactly as printed on the card.",
        "Signature of applicant ............................. Date ..../..../20....",
        '[Name of Tenant], holder of NRIC No. [●], residing at [address] (the "Tenant")',
        "Mask NRIC numbers to the last 3 digits and letter (e.g. *****567D) before uploading scanned forms to the shared drive.",
        "Form IR8A (YA 2026) — Return of Employee's Remuneration. Item d1: Gross salary, fees, leave pay, wages and over-\ntime pay",
        "If the extracted text shows 'O' where a digit is expected, re-scan the page at 3OO dpi before keying in.",
        "Tick (✓) where applicable: [ ] Singapore Citizen [ ] PR [ ] Employment Pass [ ] Work Permit",
        "Mr / Mrs / Ms / Dr* (*delete where inapplicable)",
    ],
    ("en", "PDF parser output and logs"): [
        "WARNING pdfminer.layout: LTTextBoxHorizontal(17) overlaps LTFigure(3) on page 12; falling back to char-level extraction",
        "camelot.read_pdf('statement.pdf', pages='1-end', flavor='stream', row_tol=10)",
        "tesseract 5.3.4  leptonica-1.84.1  --psm 6 -l eng+chi_sim+msa --oem 1",
        "sha256(page_0007.png) = 9f2c4e81a6b0d3f5c7e2a14b9d08f6e3c1a7b52d4e96f08a3c71d2e5b4f9a06c",
        "row 14: expected 6 cells, got 4 -> merged 'Amount (RM)' with continuation line",
        "Confidence < 0.60 on 312 of 4,118 tokens (7.58%); top confusions: O->0 (88), l->1 (61), S->5 (23), B->8 (9)",
        "job_id=ocr-20251203-7f41c2 status=DONE pages=36 elapsed=00:02:47",
        "def dehyphenate(line, nxt):\n    if line.endswith('-') and nxt[:1].islower():\n        return line[:-1] + nxt\n    return line + ' ' + nxt",
        "Release notes v2.8.1 — fixed wrapping of right-aligned numeric columns in Tabula export; no schema change.",
        "SG mobile pattern after OCR cleanup: r'\\b[89]\\d{3}\\s?\\d{4}\\b' (map 'O'->'0' and 'l'->'1' first)",
        "Extracted 0 tables from page 3 (image-only). Re-run with --ocr to rasterise.",
        "ISBN 978-0-l4-O44913-6 detected in footer; treated as bibliographic metadata, not a table row.",
    ],
    ("zh-Hans", "发票与单据PDF提取"): [
        "发票号码：25442000000128837416\n开票日期：2025年11月03日\n购买方名称：深圳市云帆科技有限公司",
        "统一社会信用代码/纳税人识别号：91440300MA5G8LXQ2K",
        "货物或应税劳务名称 规格型号 单位 数量 单价 金额\n*信息技术服务*软件维护费 年 1 46,226.42 46,226.42\n税率 6% 税额 2,773.58",
        "价税合计（大写）伍万圆整 （小写）¥5OOOO.OO",
        "销售方：上海恒通物流股份有限公司 地址、电话：上海市浦东新区张江路 888 号 021-5O8O 6666",
        "订单编号 2025112018837264\n下单时间 2025-11-20 21:47:13\n支付方式 在线支付",
        "运单号：SF1428 8376 5521 9\n（顺丰速运，客服热线 95338）",
        "销售方开户行及账号：中国工商银行深圳科技园支行\n4000 0210 0920 0183 627",
        "备注：本发票仅作报销凭证，不作为保修依据。如有疑问请致电 400-6O8-8888。",
        "合  计  ¥ 1 2 , 8 6 0 . 0 0",
        "增值税电子普通发票 校验码：62718 39475 12083 66491",
        "第 2 页 共 3 页\n（续上表）\n序号 商品编码 名称 数量\n7 6901028075862 矿泉水550ml 24",
        "收款人：（略） 复核：（略） 开票人：系统自动",
    ],
    ("zh-Hans", "扫描文献与统计年鉴"): [
        "表 3-12 各地区年末常住人口（万人）\n地区 2O23 2O24\n广东 127O6 1278O\n江苏 8526 8531",
        "鲁迅（1881—1936），原名周樟寿，后改名周树人，浙江绍兴人，代表作有《呐喊》《彷徨》。",
        "孙中山先生于1925年3月12日在北京逝世，中山陵位于南京市玄武区紫金山南麓。",
        "本刊地址：北京市海淀区中关村北一条 1 号 邮编：100190 编辑部电话：010-6255 4O12",
        "……在城镇化进程中，农村劳动力向非农产业转-\n移的速度明显加快（见图 2-4）。",
        "注：1. 本表数据为快报数；2. 2O2O 年起按新口径统计，与往年数据不完全可比。",
        "全年城镇居民人均可支配收入 51,821 元，比上年名义增长 4.6%，扣除价格因素实际增长 4.4%。",
        "林则徐（1785—1850），字元抚，福建侯官人，1839年主持虎门销烟。",
        "贾宝玉、林黛玉与薛宝钗之间的情感纠葛构成了《红楼梦》的主线之一。",
        "参考文献\n[12] 王力. 汉语史稿[M]. 北京: 中华书局, 198O: 45-67.",
        "逸夫楼（1998年由邵逸夫先生捐资兴建）现为学校图书馆分馆，开放时间 8:00—22:00。",
        "扫描件第 37 页字迹模糊，OCR 识别率仅为 81.3%，建议人工复核表 5 中的数值列。",
        "表 5 续\n指标 单位 数值\n每千人口医疗卫生机构床位数 张 7.2l\n每千人口执业（助理）医师数 人 3.4O",
    ],
    ("ms", "borang dan dokumen kerajaan imbasan"): [
        "Nama (seperti dalam MyKad): ______________________\nNo. Kad Pengenalan: ______-__-______",
        "Sila isi dengan HURUF BESAR. Borang yang tidak lengkap akan dikembalikan kepada pemohon.",
        "Jabatan Pendaftaran Negara, No. 2O, Persiaran Perdana, Presint 2, 62551 Putrajaya. Tel: O3-8OOO 8OOO",
        "Untuk kegunaan pejabat sahaja — No. Rujukan: JPN.KL/2O25/11/0418 — Tarikh terima: ______",
        "Contoh format No. K/P: YYMMDD-PB-###G, di mana PB ialah kod negeri atau negara tempat lahir.",
        "Akta Perlindungan Data Peribadi 2O1O (Akta 709) — seksyen 6: prinsip am pemprosesan data peribadi",
        "Seksyen B: Maklumat Waris\n(Jika berkenaan sahaja)",
        "Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 801OO Johor Bahru",
        "Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan kebajikan kanak-kanak.",
        "Tunku Abdul Rahman Putra Al-Haj mengisytiharkan kemerdekaan Persekutuan Tanah Melayu pada 31 Ogos 1957 di Stadium Merdeka.",
        "Muka surat 3 daripada 8 — Lampiran A: Jadual Kadar Bayaran Perkhidmatan (berkuat kuasa 1 Jan 2O26)",
        "Penyata ini dijana oleh komputer. Tandatangan tidak diperlukan.",
        "Hang Tuah dan sahabat-sahabatnya, Hang Jebat, Hang Kasturi, Hang Lekir dan Hang Lekiu, berkhidmat di istana Melaka.",
    ],
    ("ms", "senarai harga dan resit imbasan"): [
        "KEDAI RUNCIT AH SENG\nNo. 14, Jalan Besar, 34000 Taiping\nResit No: 0O18823   12/11/2O25 18:42",
        "Beras Jasmine 10kg .... RM 32.9O\nMinyak masak 5kg .... RM 29.5O\nJUMLAH RM 62.4O",
        "Kod Item  Keterangan  Harga (RM)\nSKU-1O442 Milo 2kg 38.90\nSKU-1O451 Nescafe Classic 200g 21.50",
        "No. Pendaftaran SSM: 2O2103045512 (1412345-A)",
        "Restoran Nasi Kandar Pelita, Jalan Ampang — dibuka 24 jam, termasuk cuti umum",
        "SST 6% dikenakan ke atas perkhidmatan; No. Pendaftaran SST: W10-1808-3210O456",
        "No. Penjejakan: MYJTE0O2231847 (khidmat pelanggan kurier 1-8OO-88-O668)",
        "Harga boleh berubah tanpa notis. Barang yang telah dijual tidak boleh ditukar atau dikembalikan.",
        "Waktu operasi: Isnin–Jumaat 9.OOpg–6.OOptg; Sabtu 9.OOpg–1.OOptg; Ahad & cuti umum TUTUP",
        "Jumlah kecil 145.2O\nSST 6% 8.71\nPembundaran -O.O1\nJumlah 153.9O",
        "Invois No. INV/2O25/ll/OO412 — Tarikh: O3 Dis 2O25 — Terma: 3O hari",
        "Terima kasih kerana membeli-belah di Mydin! Sila simpan resit ini untuk tujuan jaminan.",
    ],
    ("en", "public directories and notices"): [
        "Tan Tock Seng Hospital\n11 Jalan Tan Tock Seng\nSingapore 3O8433\nMain line 6256 6O11",
        "Sherlock Holmes\n221B Baker Street\nLondon NW1 6XE",
        "Samaritans of Singapore (SOS) 24-hour hotline: 1-767; CareText (WhatsApp): 9151 1767",
        "Lim Chu Kang Road will be closed between Neo Tiew Cres-\ncent and the junction with Jalan Bahtera from 10 to 14 Dec for resurfacing.",
        "Raffles Institution, One Raffles Institution Lane, Singapore 575954",
        "Lee Kuan Yew (1923–2015) served as Prime Minister of Singapore from 1959 to 199O.",
        "Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon — Accident & Emergency open 24 hours",
        "Card enquiries: Customer Service Hotline 18OO 111 1111 (daily 8am–8pm) | Overseas +65 6327 2265",
        "Notice: names and NRIC numbers of award recipients have been removed from this scanned circular in line with PDPC advisory guidelines.",
        "Tracking No. SPE0O8812347715 — Out for delivery (Hub: Tampines DC)",
        "Order #1142-88317 | Qty 2 | Unit S$14.9O | Subtotal S$29.8O",
        "Harry Potter, The Cupboard under the Stairs, 4 Privet Drive, Little Whinging, Surrey",
    ],
}

PERSONAL: dict[str, list[str]] = {
    "en": [
        "TENANT                          LANDLORD\nName: Koh Wei Ling              Name: Raymond Teo Boon Huat\nNRIC: T0417735A                 NRIC: S7612094C\nBlk 218 Bedok North St 1 #11-   36 Jalan Chempaka Kuning\n204 Singapore 460218            Singapore 468811",
        "...the claimant, Mr Darren Goh Jun-\nhao, of Blk 412 Ang Mo Kio Avenue 10 #08-1127 Singapore 56O412, claims S$18,40O being unpaid renovation works.",
        "Name of Employee   Designation   Basic Salary (S$)   Date Joined\nPriya d/o Ramasamy\nSenior Accounts Executive\n5,85O.OO\nO3/O4/2O19",
        "Contact person: Mrs Lydia Chua (mother of Ethan Chua, P3 Integrity)   H/P: 9l8O 2246",
        "DISCHARGE SUMMARY   Patient: WONG KAH MENG   NRIC: S8B3426lE\nDiagnosis: 1. Type 2 DM  2. CKD stage 3b  3. Alcohol use disorder",
        "Account Holder          Card Number\nMR ALVIN NG KENG HUAT   4532 0188\n                        9214 0675\nStatement Date 28 Nov 2O25   Min. Payment S$5O.OO",
        "Applicant: CHEUNG Ka Lok   HKID: C39l847(3)\nAddress: Flat 12B, Block 3, Kornhill Gardens,\nQuarry Bay, Hong Kong   Tel: 6l24 8830",
        "PUBLIC PROSECUTOR v LIM KOK SENG — The accused, a 52-year-old taxi driver living at Blk 652 Jurong West St 61, pleaded guilty to voluntarily causing hurt to his neighbour and was fined S$4,OOO.",
        "w e i m i n g . t a n 8 8 @ h o t m a i l . c o m   (Tan Wei Ming, Year 2 Mech Eng, matric A0231877X)",
        "Insured Persons\nName | DOB | Relationship | Pre-existing condition\nTay Hui Min | 14/02/1987 | Spouse | Asthma\nTay Jun Kai | 09/09/2016 | Son | ADHD (on methylphenidate)",
        "re: Ms Angeline Sim Pei Shan, 34, who commenced methadone maintenance at our clinic in March 2O25; kindly con-\ntinue dispensing at the current 60 mg daily dose.",
        "Vehicle No.\nRegistered Owner\nIU No.\nSKX 4827 Z\nHo Mei Ling\n1123 4O87 62",
        "Worker: RAHMAN MD ABDUL   FIN G5528l63M   Passport BY0718842   WP expiry 14-O6-2O26\nDorm: Tuas View Dormitory Blk 5 Rm 3-14",
        "Emergency contact (p.2, col. 3 of scan):\nMdm Soh Geok Lan — grandmother — 6782 41O3 (home)\nBlk 77 Commonwealth Drive #O5-219, S(14OO77)",
        "Cardholder: Jasmine Lee Xin Yi   Card: 5524 37** **** 2644\nBilling address: 27 Jalan Kayu #03-12 Singapore 799451",
        "Employment Pass holder LEE Sung-min (KOR), FIN F2O39517Q, monthly basic sal-\nary S$14,2OO, resident at 9 Leonie Hill Road #22-03",
    ],
    "zh-Hans": [
        "姓名 性别 出生年月 籍贯\n张晓雯 女 1992.03 江苏苏州\n联系电话 电子邮箱\n138 1627 4093 zxw_0307@163.com",
        "姓 名 周丽娟\n性 别 女 民 族 汉\n出 生 1992 年 3 月 7 日\n住 址 江苏省苏州市吴中区东吴北路\n299号6幢502室\n公民身份号码 32O5O6l992O3O74626",
        "乙方（劳动者）：\n住址：\n身份证号码：\n联系电话：\n何俊\n湖北省武汉市武昌区中北路 109 号 3 栋 1402\n420106198309185217\n186 0715 2293",
        "患者姓名：刘美华 住院号：ZY2O25O8817 科室：乳腺外科\n出院诊断：左乳浸润性导管癌（pT2N1M0）术后，拟行第 4 周期化疗",
        "被告林海峰，男，1975年8月21日出生，汉族，住四川省成都市武侯区洗面桥街 18 号 3 单元 7 楼 2 号，公民身份号码 5101071975\n08210933。",
        "工号 姓名 部门 应发工资 个税 实发工资\n0217 韩雪峰 研发中心 18,5OO.OO 1,O37.63 14,962.37",
        "收件人：孟 晓 东   电话：1 5 9 0 2 7 1 8 8 3 6\n地址：北京市海淀区学院路 35 号院 4 号楼 1 单元 6O2",
        "户名：邓丽萍\n卡号：6228 4803\n7712 9058\n交易日期 摘要 金额\n2O25-1O-O8 工资 +12,400.00",
        "号牌号码 粤B·7K2Q9 车辆类型 小型轿车\n所有人 黄伟杰\n身份证明号码 4403O6 l9880512 3714",
        "姓名：\n性别：\n年龄：\n苏晴\n女\n41\n乙肝表面抗原(HBsAg) 阳性(+)   丙氨酸氨基转移酶 ALT 86 U/L ↑",
        "收货人 郑*明 139****2208\n浙江省杭州市西湖区文一西路 588 号西溪花园蒹葭苑 12 幢 2 单元 801 室（放门口鞋柜）",
        "学生姓名 谢雨桐 出生日期 2O15-O6-18 班级 四(3)班\n家长姓名 谢志远 联系电话 l86 2745 331O",
        "P<CHNLIU<<YANG<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nEC48271635CHN9003152F3007181<<<<<<<<<<<<<<<0\n护照号码 EC4827163 姓名 刘洋",
        "甲方（出租人）：吴秀芳 身份证：33010619711104\n376X 电话：137-\n0551-2864 房屋坐落：杭州市西湖区古荡新村 14 幢 3 单元 201 室",
        "离婚协议书（第1页）男方：冯建华，身份证号 110108196602141572；女方：曹丽。双方于 2003 年登记结婚，育有一子冯子轩（2006 年出生），婚后因男方赌博欠债感情破裂。",
        "考生号 25330106150283 姓名 潘思彤\n录取专业 临床医学（五年制）\n邮寄地址 浙江省杭州市西湖区留下街道屏基山路 17 号 电话 158 5719 3046",
    ],
    "zh-Hant": [
        "申請人姓名 陳芷瑩\n香港身份證號碼 K6352l7(O)\n住址 九龍觀塘秀茂坪寶達邨達喜樓 1812 室",
        "病人姓名：黃志明 HKID：Y48O392(O)\n診斷：重度抑鬱症，曾於 2O25 年 9 月企圖自殺，現轉介精神科專科門診跟進",
        "租客：李家豪 電話：9l23 8874\n物業地址：沙田第一城 33 座 15 樓 F 室 按金 HK$28,OOO",
        "姓名 林怡君 身分證字號 F22817350\n4 戶籍地址 新北市板橋區文化路一段 188 巷 12 號 5 樓",
        "LINE ID：xiaohan_0521（黃筱涵）手機 0937-2l8-564，住高雄市三民區建工路 415 號 7 樓之 3",
        "強積金成員：梁嘉欣 身份證號碼 P7O2615(7)\n月薪 HK$32,5OO 僱員供款 HK$1,5OO",
    ],
    "ms": [
        "NO. KP: 88O412-14-5523\nNAMA: MUHAMMAD HAFIZ BIN ZAINAL\nALAMAT: NO 12 JALAN SS 2/45,\n473OO PETALING JAYA, SELANGOR",
        "Nama Pekerja | No. KWSP | No. KP | Gaji Pokok (RM)\nNor Aini binti Kassim | 17283946 | 79O125-1O-54O2 | 3,45O.OO",
        "Pesakit: Tan Siew Lan (No. K/P 67O3O8-O7-5l24)\nDiagnosis: Karsinoma serviks peringkat IIB, rujuk ke Hospital Pulau Pinang untuk radioterapi",
        "Nama:\nNo. Telefon:\nAlamat:\nRavi a/l Subramaniam\n012-384 7291\nLot 2241, Kampung Baru Sungai Buloh,\n47000 Sungai Buloh, Selangor",
        "PENDAKWA RAYA lwn. AZMAN BIN YUSOF — OKT, 41 tahun, pemandu lori dari Kampung Padang Jawa, Klang, didapati bersalah memiliki 12.5 gram methamphetamine.",
        "...Encik Khairul Anuar bin Mohd Ta-\nib, pemegang No. K/P 91O223-O1-6671, beralamat di No. 8, Jalan Mutiara 3/2, Taman Mutiara Rini, 81300 Skudai, Johor",
        "Senarai Murid Tahun 4 Bestari\nBil Nama No. MyKid Nama Bapa\n1 Aisyah Humaira bt Roslan 15O612-1O-O938 Roslan bin Ismail",
        "Akaun Maybank: 1640 2283\n9917 (atas nama LIM CHEE KEONG)\nsila bank-in deposit RM1,2OO sebelum 5 haribulan — WhatsApp O16-552 8O13",
        "No. Pendaftaran Kenderaan: WXY 8823\nPemilik Berdaftar: FARAH NADIA BINTI HASHIM\nNo. KP: 85O419-O8-5126",
        "Nama penuh: Siti Zulaikha binti Mohd Nor   e-mel: siti.zulaikha87 @ yahoo . com   Tel: O13-9l4 2287",
        "Penerima: Norhayati bt A***   Tel: 019-7**-8402\nAlamat: No. 5, Lorong Kenari 7, Taman Sri Rampai, 53300 Kuala Lumpur (rumah teres, pagar hijau)",
        "Laporan Makmal (muka 2)   Nama Pesakit: JOHARI BIN SALLEH   Umur: 58\nHIV 1/2 Ag/Ab: REAKTIF   HbA1c: 9.8 %",
    ],
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a document assistant. Turn OCR output into clean CSV with a header row.",
        ),
        (
            "user",
            "page 3 of our staff list, the columns came out one under another:\nName\nNRIC\nMobile\nNur Fadhilah bte Jamil\nS9l2735OJ\n9O36 4418\nMarcus Ong Jia Hui\nS86O3318F\n8l15 2907",
        ),
        (
            "assistant",
            "Name,NRIC,Mobile\nNur Fadhilah bte Jamil,S9127350J,90364418\nMarcus Ong Jia Hui,S8603318F,81152907",
        ),
        ("user", "thanks, perfect"),
    ],
    [
        ("user", "帮我校对一下这段扫描合同的OCR文字，错字比较多"),
        ("assistant", "好的，请把识别出来的文字发给我。"),
        (
            "user",
            "丙方（保证人）：杨 婷婷\n身份证号：35O2O3 l999O6 3O284O\n住所：福建省厦门市思明区莲前西路 2 号\n莲富大厦 B 座 1703",
        ),
        (
            "assistant",
            "校对后：丙方（保证人）：杨婷婷；身份证号：350203199906302840；住所：福建省厦门市思明区莲前西路2号莲富大厦B座1703。",
        ),
    ],
    [
        ("user", "tolong betulkan teks OCR dari salinan IC ni, banyak huruf salah"),
        (
            "user",
            "JONG AH KlONG\n93O817-l3-5877\nLOT 1123, JALAN STUTONG BARU,\n9335O KUCHING, SARAWAK",
        ),
        (
            "assistant",
            "Versi dibetulkan:\nJONG AH KIONG\n930817-13-5877\nLOT 1123, JALAN STUTONG BARU,\n93350 KUCHING, SARAWAK",
        ),
    ],
    [
        (
            "user",
            "extracted this from the scanned delivery note but the name wrapped, can you join it up?",
        ),
        ("user", "Recipient: Nadia Kar-"),
        ("user", "im   Blk 3O9 Clementi Ave 4 #07-14 S(12O3O9)   mobile 8O27 5519"),
        (
            "assistant",
            "Recipient: Nadia Karim, Blk 309 Clementi Ave 4 #07-14, Singapore 120309, mobile 8027 5519.",
        ),
    ],
    [
        ("system", "你是繁體中文文件整理助手。"),
        ("user", "呢段係掃描出嚟嘅表格，幫我整理成一行"),
        (
            "user",
            "姓名: 何 詠 詩\n身份證: R2569O4(2)\n住址: 新界將軍澳\n尚德邨尚智樓 2 樓 208 室\n電話: 5l38 7720",
        ),
        (
            "assistant",
            "姓名：何詠詩｜身份證：R256904(2)｜住址：新界將軍澳尚德邨尚智樓2樓208室｜電話：5138 7720",
        ),
    ],
    [
        (
            "user",
            "My CV came out garbled when I copied it from the PDF. Can you reformat the header?",
        ),
        (
            "user",
            "CHONG WAI KIT                    chongwaikit.93@gmail.com\nData Ana-                        +60 11-2834 5O67\nlyst                             No. 3A, Jalan USJ 9/5Q,\n                                 47620 Subang Jaya",
        ),
        (
            "assistant",
            "Chong Wai Kit — Data Analyst\nEmail: chongwaikit.93@gmail.com | Phone: +60 11-2834 5067\nAddress: No. 3A, Jalan USJ 9/5Q, 47620 Subang Jaya",
        ),
    ],
    [
        ("user", "这是我导出的银行流水PDF，复制出来格式乱了"),
        ("user", "户名 孙雅楠 证件号 2102021995012764\n80"),
        ("user", "卡号 6222 0216 0038\n1745 922 开户行 工商银行大连中山支行"),
        (
            "assistant",
            "整理后：户名 孙雅楠；证件号 210202199501276480；卡号 6222021600381745922；开户行 工商银行大连中山支行。",
        ),
        ("user", "对，帮我再算下十月的支出合计"),
    ],
    [
        ("user", "帮我把这张扫描的化验单翻成英文，发给国外的医生"),
        (
            "user",
            "检验报告单\n姓名：钱立新 性别：男 年龄：37\n标本号：2O251117-0452\n项目 结果 参考值\nHIV抗体初筛 阳性(+) 阴性\nCD4+T淋巴细胞 312 个/μL 500-1600",
        ),
        (
            "assistant",
            "Laboratory Report\nName: Qian Lixin, Male, Age 37\nSpecimen No.: 20251117-0452\nHIV antibody screening: POSITIVE (ref: negative)\nCD4+ T lymphocytes: 312 cells/μL (ref: 500-1600)",
        ),
    ],
    [
        ("user", "存摺封面掃描後文字跑掉了，幫我看哪裡錯"),
        (
            "user",
            "戶名 張志豪\n身分證字號 Al7839205\n2\n帳號 O12-OO4-1l8832-7\n通訊地址 臺北市大安區和平東路二段 96 巷 5 號 3 樓",
        ),
        (
            "assistant",
            "應為：戶名 張志豪；身分證字號 A178392052；帳號 012-004-118832-7；通訊地址 臺北市大安區和平東路二段96巷5號3樓。",
        ),
    ],
    [
        ("user", "pls help read this blur waybill, tulisan tak clear"),
        ("assistant", "Boleh, sila taip apa yang anda nampak."),
        ("user", "Penerima: Mohd Firdaus bin Ra-\nhim / O17-2O3 9948"),
        ("user", "No 22 Jln Bunga Raya 6, Tmn Bunga Raya, 43OOO Kajang, Sel."),
        (
            "assistant",
            "Penerima: Mohd Firdaus bin Rahim, 017-203 9948, No. 22, Jalan Bunga Raya 6, Taman Bunga Raya, 43000 Kajang, Selangor.",
        ),
    ],
]
