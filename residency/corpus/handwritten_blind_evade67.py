# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade67: personal data in print and fax artefacts (PDF text streams, PostScript, spooler logs, fax covers and headers, shipping labels). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade67
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pdf text stream"): _lines("""
        BT /F1 11 Tf 72 742 Td (TAX INVOICE   No. INV-2026-118402   Date: 02/12/2026) Tj ET
        BT /F2 9 Tf 56 610 Td [(Sub)-12(total)-250(SGD 4,812.50)] TJ 0 -12 Td [(GST 9%)-250(SGD 433.13)] TJ ET
        BT /F1 10 Tf 1 0 0 1 72 700 Tm (Bill To: Accounts Payable, Meridian Cold Chain Pte Ltd, 12 Tuas Avenue 7, Singapore 639272) Tj ET
        4 0 obj << /Type /Annot /Subtype /Text /Rect [420 700 440 720] /Contents (Please confirm PO 7730-2291 unit pricing before release) /T (Procurement) >> endobj
        1 0 obj << /Title (Annual Report 2025) /Author (Corporate Communications) /Producer (Adobe PDF Library 17.11) /CreationDate (D:20261104093015+08'00') >> endobj
        BT /F3 8 Tf 40 30 Td (Page 3 of 14  |  Doc ID 7f3a9c2e-41b8-4d0e-9a61-2c5e0b77d914  |  Rev C) Tj ET
        << /Author (Charles Dickens) /Title (A Christmas Carol) /Subject (Project Gutenberg eBook #46) /Keywords (fiction, ghost story, Ebenezer Scrooge) >>
        BT /F1 10 Tf 72 520 Td (Name: ______________________   NRIC/Passport No.: ______________   Contact No.: ____________) Tj ET
        BT /F1 9 Tf 72 400 Td (We accept Visa, Mastercard and UnionPay. Never send your full card number by fax or e-mail.) Tj ET
        trailer << /Size 12 /Root 1 0 R /Info 9 0 R /ID [<9C1B2E77A0F34D5E8B21C6D0E4F7A913><9C1B2E77A0F34D5E8B21C6D0E4F7A913>] >> startxref 18842 %%EOF
        BT /F1 10 Tf 72 300 Td (ISBN 978-0-14-044913-6   Printed in Malaysia by Percetakan Jiwa Sdn Bhd, Shah Alam) Tj ET
        BT /F1 10 Tf 72 450 Td (Tel: +65 6532 8100   Fax: +65 6532 8199   www.meridiancoldchain.example   UEN 201834512K) Tj ET
    """),
    ("en", "print spooler log"): _lines("""
        Event 307, PrintService: Document 118, Microsoft Excel - Q4_Forecast_v3.xlsx owned by svc-finrpt on \\\\RPTSRV01 was printed on FIN-MFP-L2 through port 10.40.2.18. Size in bytes: 482304. Pages printed: 6. No user action is required.
        Event 372, PrintService: The document Print Document, owned by SYSTEM, failed to print on printer WH-Zebra-ZT410. Win32 error code returned by the print processor: 0x8007007e.
        Warehouse_Label_01 lp 20917 [05/Dec/2026:22:14:08 +0800] total 48 - 10.8.0.31 picklist_batch_B772.pdf 4x6 one-sided
        E [05/Dec/2026:22:15:40 +0800] [Job 20918] Unable to locate printer "warehouse-label-02".
        D [06/Dec/2026:08:01:09 +0800] [Job 20931] PID 44812 (/usr/lib/cups/filter/pdftopdf) exited with no errors.
        Lobby_HP_M507-20944   root   1024000   Sat 06 Dec 2026 08:30:11 AM +08
        lpq -P ACCT_MFP | Rank Owner Job File(s) Total Size | active svc_batch 812 gl_trial_balance_nov.pdf 220160 bytes | 1st svc_batch 813 ap_aging_nov.pdf 98304 bytes
        2026-12-06 09:12:44, guest-kiosk-03, Library-BW-01, 1, A4, DUPLEX, GRAYSCALE, "Printing guide for visitors.pdf", $0.10
        Event 842, PrintService: The print job 56 was sent through the print processor winprint on printer HR-Floor3-MFP, driver HP Universal Printing PCL 6, in the isolation mode 1.
        Event 307, PrintService: Document 9, Lee_Kuan_Yew_From_Third_World_to_First_ch04.pdf owned by lib-circulation on \\\\LIBSRV was printed on Reading-Room-BW. Pages printed: 22.
        2026-12-06T10:05:33+08:00 printer=POS-RECEIPT-2 status=paper-out jam=false toner=N/A pages_lifetime=1204331
        Daily print summary 05 Dec 2026: 1,284 jobs, 9,912 pages, 37 failed (toner low on FIN-MFP-L2), busiest queue Warehouse_Label_01
    """),
    ("zh-Hans", "fax cover sheet"): _lines("""
        传真封面 | 发件单位：华东精密模具有限公司 采购部 | 传真：0512-6588 3120 | 电话：0512-6588 3100 | 页数（含本页）：3 | 事由：2027年第一季度询价
        收件人：__________  传真号码：__________  发件人：__________  日期：____年__月__日  共__页
        本传真内容仅供指定收件人使用，如误收请立即致电 400-618-3388 并销毁，谢谢合作。
        传真 | 致：各区域经销商 | 由：市场部 | 主题：春节期间物流停运安排（2027年2月3日至2月12日） | 共1页
        TO: 深圳市宏远电子科技有限公司 财务部  FAX: 0755-8632 1177  FROM: 厦门海达供应链 应收组  RE: 对账单 No. AR-2026-11-0457  PAGES: 2
        传真回执：贵司订单 PO-20261128-031 已收到，预计12月12日发货，运单号以出库后系统通知为准。
        请将盖章后的合同回传至 021-5080 7766（法务部），原件请邮寄至公司注册地址。
        开票信息 | 名称：深圳市宏远电子科技有限公司 | 统一社会信用代码：91440300MA5F3C7L51 | 开户行：招商银行深圳科技园支行 | 对公账号：755912345610801
        传真发送说明：1. 先拨外线 0；2. 国际传真拨 00 + 国家代码；3. 发送后请打印传输报告存档。
        附：鲁迅《故乡》节选（语文组教研活动材料），共4页，请各备课组长查收。
        传真测试页 —— 如您收到此页，说明本机传真线路正常。机器型号 Brother MFC-L8900CDW，资产编号 IT-FAX-0417
        第 2/3 页 | 货品编号 SKU-88421-BLK | 数量 240 | 单价 ¥18.50 | 小计 ¥4,440.00 | 交货期 2026-12-20
    """),
    ("zh-Hans", "pdf metadata"): _lines("""
        << /Title <FEFF5B635EA69500552E62A58868> /Author <FEFF8D2252A190E8> /Creator (WPS Office) /Producer (WPS PDF 12.1) >>
        << /Title <FEFF674E767D8BD79009> /Subject (唐诗选读 高一语文教学材料) /Author (语文教研组) >>
        <x:xmpmeta><dc:title>2026年度社会责任报告</dc:title><dc:creator>品牌与公共关系部</dc:creator><pdf:Producer>Acrobat Distiller 23.0</pdf:Producer></x:xmpmeta>
        /CreationDate (D:20261201143005+08'00') /ModDate (D:20261201150211+08'00') /Trapped /False /Keywords (采购, 询价, 模具, 2027Q1)
        <xmpMM:DocumentID>uuid:5b1e0c4a-9f27-4d8e-b6a3-71c0e2d94f18</xmpMM:DocumentID><xmpMM:InstanceID>uuid:0d7e3f21-88c4-4b0a-a1f5-3c92e6b4d7a0</xmpMM:InstanceID>
        /Title (电子发票 发票代码 044031900111 发票号码 28817745) /Author (电子发票服务平台) /Producer (iText 5.5.13)
        /Author (鲁迅) /Title (呐喊) /Subject (人民文学出版社 1973年版 扫描本) /Keywords (公版, 小说集, 狂人日记)
        <</Type/Catalog/Lang(zh-CN)/Pages 2 0 R/Metadata 14 0 R/ViewerPreferences<</DisplayDocTitle true>>>>
        << /Title <FEFF4EBA4E8B90E80020800352E452365EA6FF0800320030003200377248FF09> /Author (人力资源部) /Company (上海浦江物流有限公司) >>
        PDF 属性 | 文件名：员工手册_2027版.pdf | 作者：人力资源部 | 页数：48 | 页面大小：A4 | PDF 版本：1.7
        数字签名信息：签名者 CN=上海浦江物流有限公司 电子合同专用章, O=上海浦江物流有限公司, 证书序列号 4F:21:9A:0C:77:E3:15:B8，签名时间 2026-11-30 16:22:41 +08:00
    """),
    ("zh-Hant", "shipping label"): _lines("""
        寄件人：宏昇貿易股份有限公司 倉儲物流課 | 收件地點：台中市西屯區工業區三十八路 189 號 三號倉收貨區 | 貨號：HS-20261205-114 | 件數 3/12
        黑貓宅急便 託運單號 9050-8812-4407 | 配達希望時段：14-18時 | 品名：電子零件 | 代收貨款：無 | 收件：聯成精機股份有限公司 採購課
        ^XA^CI28^FO40,40^A0N,36,36^FD出貨單 SHIP-TW-000731^FS^FO40,90^BCN,100,Y,N,N^FD1Z999AA10123456784^FS^XZ
        收件：永興電機工程有限公司 物料部 | 地址：九龍灣宏開道 15 號 九龍灣工業中心 7 樓 | 訂單號 HK-PO-558120 | 重量 12.4kg
        順豐速運 運單號 SF1402398847563 | 寄付月結 | 月結卡號 0210918832 | 托寄物：樣品 | 寄件公司：宏昇貿易
        【退貨標籤】請將商品放入原包裝，貼上本標籤後交至任一 7-ELEVEN 門市。退貨編號 RMA-77302，免運費。
        易碎品 FRAGILE ↑ 請勿倒置 | 箱號 C-0042 | 毛重 18.6kg 淨重 16.2kg | 產地：台灣
        收件人：{{recipient_name}} 電話：{{recipient_phone}} 地址：{{recipient_address}}（本檔為標籤範本，請勿直接列印）
        中華郵政 國內快捷 EE123456785TW | 交寄局：台北郵局 | 資費 NT$145 | 寄件單位：國立臺灣圖書館 採編組
        隱私面單 | 收件人：陳** | 手機：09**-***-*** | 地址：新北市板橋區（以下隱藏）| 取件碼 A3-0917
        標籤列印測試：條碼 4710088412348 (EAN-13) | 料號 PN-3358-02 | 批號 L26K05
        統一編號 24536806 | 發票號碼 AB-12345678 | 隨貨附發票，請於簽收後核對品項。
    """),
    ("zh-Hant", "fax transmission report"): _lines("""
        傳送結果報告 | 日期時間：2026/12/05 16:47 | 對方名稱：聯成精機 採購課 | 對方號碼：0227181234 | 頁數：03 | 時間：00:01:36 | 結果：OK | 模式：ECM
        傳真通訊管理報告 No. 0412 ~ 0420 | 發送 7 件 | 接收 2 件 | 錯誤 1 件（線路忙碌）
        通訊錯誤報告：錯誤代碼 #018 對方無應答，請確認號碼後重新傳送。
        機器 ID：TOSHIBA e-STUDIO 2829A | 本機名稱：HQ-ACCT-FAX | 本機號碼：+886 2 2700 5566
        傳真封面｜致：海關 貿易管制組｜由：永利進出口有限公司 報關課｜事由：輸出許可證申請 編號 IE-2026-33812｜頁數 4
        接收記錄：12/06 09:03 來自 +852 2815 6600 (TSI: GOLDEN HARBOUR LTD) 2 頁 已列印
        【公告】本公司傳真號碼自2027年1月1日起變更為 (04) 2359-8800，原號碼停用。
        電子傳真轉寄設定：收件匣 → fax-inbox@company.example，檔案格式 PDF，解析度 200×200 dpi。
        傳真內容摘要：第 1 頁 報價單 Q-2026-1205；第 2 頁 規格表；第 3 頁 付款條件（月結 60 天）。
        傳送失敗重試 3 次後取消：工作編號 5521，目的地 (07) 336-7100，失敗原因 T.30 DCN 於 Phase B。
        疾病管制署防疫專線 1922 提醒：傳染病通報請以醫院專用傳真傳送，傳送後請致電確認是否收到。
    """),
    ("ms", "fax header and cover"): _lines("""
        06/12/2026 10:42  FAKS 603 7955 1200  SYARIKAT JAYA BAKTI SDN BHD  HLM. 001/004
        KULIT FAKS | Kepada: Bahagian Perolehan, Majlis Bandaraya Petaling Jaya | Daripada: Unit Jualan, Syarikat Jaya Bakti Sdn Bhd | No. Faks: 03-7955 1299 | Bil. muka surat: 4 | Perkara: Sebut harga SH-2026/118
        Kepada: ____________ No. Faks: ____________ Daripada: ____________ Tarikh: ___/___/______ Jumlah halaman (termasuk kulit): ____
        SULIT: Faks ini untuk penerima yang dinamakan sahaja. Jika anda menerimanya secara tidak sengaja, sila hubungi kami di 1-300-88-5533 dan musnahkan salinan ini.
        Laporan Penghantaran Faks | Kerja No. 0318 | Destinasi 0355108800 | Tempoh 01'12" | Halaman 4 | Mod ECM | Keputusan OK
        Sila faks semula borang pesanan yang telah dicop ke 04-263 7100 (Jabatan Akaun) sebelum 15 Disember 2026.
        FAKS SEGERA | Kepada: Semua Cawangan | Perkara: Waktu operasi sempena Hari Keputeraan Sultan Selangor | Pejabat ditutup pada 11 Disember 2026.
        Petikan ucapan Tunku Abdul Rahman Putra Al-Haj pada 31 Ogos 1957 dilampirkan untuk bahan pameran sekolah (3 halaman).
        No. Pendaftaran Syarikat: 201901023456 (1331234-K) | No. SST: W10-1808-32000123 | Faks: 07-331 9080
        Ujian faks: halaman ini dihantar secara automatik oleh mesin Canon imageRUNNER C3226, nombor siri XKC04418.
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | RmFrcyBkaXRlcmltYSBkYXJpcGFkYSAwMy03OTU1IDEyMDAgKFN5YXJpa2F0IEpheWEgQmFrdGkpLCA0IGhhbGFtYW4uIE1lc2VqIGF1dG9tYXRpaywgamFuZ2FuIGJhbGFzLg==
        Borang Tuntutan Perjalanan (versi 2026): ruangan Nama, No. KP dan No. Akaun Bank hendaklah diisi sendiri oleh pemohon sebelum difakskan.
    """),
    ("ms", "shipping label"): _lines("""
        POS LAJU | No. Penjejakan: ER123456785MY | Penghantar: Gudang Pusat Kedai Buku Pelangi Sdn Bhd, Lot 12, Jalan P10/21, Taman Industri Selaman, 43650 Bandar Baru Bangi | Berat: 2.35 kg
        Penerima: {{nama_penerima}} | Tel: {{no_tel}} | Alamat: {{alamat}} (templat label, jangan cetak)
        J&T Express | Kod Stesen: KUL-SA02 | Poskod destinasi 40150 | COD: RM0.00 | Kuantiti 1/1
        Label pemulangan: Sila tampal label ini pada kotak dan hantar ke mana-mana kaunter Pos Malaysia. No. RMA: RT-MY-20261204-077.
        BARANG MUDAH PECAH | JANGAN TERBALIKKAN | Kotak 3 daripada 5 | No. Pesanan SHP-2612-99018
        Penghantar: Syarikat Jaya Bakti Sdn Bhd, Jalan Kemajuan, Seksyen 13, 46200 Petaling Jaya | Penerima: Jabatan Perolehan, Hospital Sultanah Aminah, Johor Bahru | Kandungan: bekalan makmal
        ^XA^CI28^FO30,30^A0N,28,28^FDPOS MALAYSIA^FS^FO30,70^BCN,90,Y,N,N^FDEP998812345MY^FS^FO30,200^A0N,24,24^FDBerat 0.8kg Zon B^FS^XZ
        Invois komersial | Nilai diisytiharkan: USD 320.00 | Kod HS 8471.30 | Negara asal: Malaysia | Incoterm DAP
        Resit pos: 06/12/2026 11:20 | Kaunter 04 Pos Shah Alam | Jumlah RM 8.50 | Terima kasih
        Jadual pengambilan: Lori akan tiba di Dok 2 antara 2.00-4.00 petang; sila sediakan 14 palet berlabel SSCC.
        SSCC (00) 395566123400001236 | GTIN (01) 09556612340016 | Tarikh luput (17) 270630 | Lot (10) B2612
    """),
    ("mixed", "postscript and pjl"): _lines("""
        %!PS-Adobe-3.0 | %%Creator: Microsoft Word | %%Title: Quarterly_Safety_Briefing.docx | %%For: Administrator | %%Pages: 5 | %%EndComments
        <ESC>%-12345X@PJL JOB NAME="INVOICE_BATCH_1205" | @PJL SET USERNAME="SVC_ERP" | @PJL SET DUPLEX=ON | @PJL ENTER LANGUAGE=PCL
        /Helvetica-Bold findfont 14 scalefont setfont 72 720 moveto (PACKING LIST  PL-2026-3381) show
        /STSong-Light-UniGB-UCS2-H findfont 12 scalefont setfont 72 680 moveto <5B635EA69500552E62A58868> show
        %%BoundingBox: 0 0 595 842 | %%DocumentMedia: A4 595 842 80 white () | %%LanguageLevel: 2
        %%For: (wh-label-svc) %%Title: (\\345\\207\\272\\350\\262\\250\\345\\226\\256 SHIP-TW-000731)
        @PJL SET JOBATTR="ACCT:CC-4410" | @PJL SET HOLD=ON | @PJL SET HOLDTYPE=PUBLIC | @PJL SET QTY=2
        gsave 0.9 setgray 50 50 495 60 rectfill grestore 60 80 moveto (Terima kasih atas pesanan anda. No. Pesanan: ORD-MY-558102) show
        %%Title: (Shakespeare - Hamlet, Act III) %%For: (English Dept) %%CreationDate: (12/3/2026 4:05 PM)
        /showpage { } def % suppress page ejection for n-up imposition
        72 640 moveto (\\350\\264\\242\\345\\212\\241\\351\\203\\250\\040\\062\\060\\062\\066\\345\\271\\264\\351\\242\\204\\347\\256\\227) show
        @PJL INFO STATUS | CODE=10023 | DISPLAY="Printing" | ONLINE=TRUE
        %%Page: 2 2 | %%BeginPageSetup | << /PageSize [288 432] /ImagingBBox null >> setpagedevice | %%EndPageSetup
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BT /F1 10 Tf 72 690 Td (Patient: LIM SIEW LING   NRIC: S7812345A   DOB: 14/06/1978) Tj 0 -14 Td (Dx: Type 2 diabetes mellitus, poorly controlled; HbA1c 9.4%) Tj ET
        Event 307, PrintService: Document 31, Medical_Certificate_Nurul_Huda_binti_Ismail_3days.pdf owned by nurulhuda on \\\\LAPTOP-NH22 was printed on HR-Floor3-MFP through port 10.40.3.41. Size in bytes: 96256. Pages printed: 1.
        FAX | To: Dr A. Ramasamy, Orthopaedic Clinic | Fax: 04-222 5311 | From: Klinik Keluarga Bayan Baru | Re: Referral of Mr Gopal Krishnan a/l Muthusamy, IC 680109-07-5071, L knee OA, for TKR assessment | Pages: 3
        SHIP TO: Margaret O'Connell | Blk 412 Bedok North Ave 2 #08-117 | Singapore 460412 | Tel 9187 3342 | Order #SG-558201 (insulin pen needles x 3 boxes)
        %!PS-Adobe-3.0 | %%Title: (Loan_Application_Daniel_Pereira_Final.docx) | %%For: (dpereira) | (Monthly income: SGD 6,850   Existing debts: car loan SGD 1,120/mo) show
        Admin_MFP hr.ops 4412 [28/Nov/2026:17:41:07 +0800] total 2 - 10.1.4.57 Tan_Jia_Hui_warning_letter_absenteeism.pdf A4 one-sided
        <ESC>%-12345X@PJL JOB NAME="Booking confirmation - WONG KAR LOK" | @PJL COMMENT="Card on file 4532 0187 1264 3098 exp 08/28" | @PJL ENTER LANGUAGE=PCL
        NOV-30-2026 21:14  FROM: MR & MRS K. SUBRAMANIAM HOME  +65 6748 3319  TO: 62251010  P.01/02
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | UmVzaWRlbnQ6IENoZW4gTGkgRmFuZyAoUm0gM0IpLiBGYWxsIGF0IDAyOjEwLCBicnVpc2Ugb24gbGVmdCBoaXAsIFgtcmF5IHJlcXVlc3RlZC4gRGF1Z2h0ZXIgR3JhY2UgaW5mb3JtZWQgOTczNCAwMjE4Lg==
        OCR p.2 of visa application fax: P<SGPCHUA<<KENG<HOCK<<<<<<<<<<<<<<<<<<<<<<<< / K1934872B9SGP9206056M3001189<<<<<<<<<<<<<<06
        DRIVER NOTE: leave parcel with guard, if no answer call Aunty Rosalind Teo 9645 8812, unit #12-03, 21 Jalan Kembangan, S419120
        lpr -P Central_Printer -J "HKID copy - CHAN SIU MING K482315(A)" scan_0031.pdf
        6 0 obj << /Type /Annot /Subtype /FreeText /Contents (HR note: candidate Priya d/o Ramesh told us she is 4 months pregnant, push start date to March) >> endobj
        Event 307, PrintService: Document 5, Sec3_Report_Book_T1178023C_Ng_Jun_Kai.pdf owned by parent on \\\\HOME-PC was printed on HP DeskJet 2700. Pages printed: 4.
    """),
    "zh-Hans": _lines("""
        顺丰速运 运单号 SF1408837215640 | 收件人：何桂芳 139 1662 8034 | 上海市浦东新区锦绣路 1088 弄 12 号 602 室 | 托寄物：药品（二甲双胍缓释片）
        << /Title <FEFF738B79C082F100204F5368C062A5544A> /Author (浦东新区社区体检中心) /Keywords (ALT 偏高, 中度脂肪肝, 建议复查) >>
        HR_Printer hr.liu 5531 [30/Nov/2026:10:12:44 +0800] total 1 - 192.168.10.23 %E5%88%98%E6%B4%8B_%E5%B7%A5%E8%B5%84%E5%8D%95_2026%E5%B9%B411%E6%9C%88.pdf A4 one-sided
        传真 | 致：市第一人民医院 急诊科 | 发自：武昌区社区卫生服务中心 | 事由：转诊患者 赵磊，男，身份证 420106199511306638，右下腹痛 6 小时，疑似急性阑尾炎 | 共2页
        BT /F1 10 Tf 72 700 Td (\\345\\274\\240\\344\\274\\237\\345\\215\\216) Tj 90 0 Td (310115199207274310) Tj 0 -14 Td (Overdue 94 days, outstanding CNY 38,600.00) Tj ET
        Subject: =?UTF-8?B?5Lyg55yf77ya5byg5Li95aifIOS9j+mZouivgeaYjg==?= | From: fax-gateway@hospital-fax.example | X-Fax-Pages: 2
        @打印店老板 帮我打印一下身份证正反面，名字陈晓燕，110105198803140621，彩印两份，我下午四点来拿，手机 138 1024 6675
        京东物流 JD0098712345601 | 收：刘佳怡（宿舍） 西南交通大学犀浦校区 4 号学生公寓 5-312 | 电话 186-2033-4719 | 备注：到了发微信 jiayi_0605
        2026-12-05 08:57:31 [打印任务 #7731] 用户：sunjg 文档：离婚协议书_孙建国_周敏.docx 页数：6 打印机：3楼行政部-彩色
        汇款委托传真：请从本人卡 6225 8810 2746 3917 转出 ¥120,000 至收款人账户，委托人：吴振宇，联系电话 159 8812 0456，签字后回传
        快递面单（菜鸟电子面单） | 收件人：马丽 | 电话：13520847716 | 地址：北京市海淀区学院路 30 号 8 号楼 2 单元 501 | 寄件人：马建军（父） | 物品：高三复习资料
    """),
    "zh-Hant": _lines("""
        黑貓宅急便 9050-7714-2286 | 收件人：陳美玲 小姐 | 0933-482-617 | 新北市板橋區文化路一段 188 巷 27 號 4 樓 | 品名：處方隱形眼鏡（左 -4.25 右 -4.75）
        << /Author <FEFF96737F8E73B2> /Title (勞保老年給付申請書) /Subject (身分證 E277193042，請領金額 NT$1,286,400) >>
        << /Title <FEFF5E747D42734E91D1901A77E5002D9EC35FD7660E> /Author (人資處) /Keywords (獎金 NT$182,000, 考績甲等) >>
        Subject: =?UTF-8?B?5YKz55yf77ya5p6X5b+X6LGqIOiouuaWt+abuA==?= | X-Fax-Pages: 2 | X-Fax-CSID: +886 2 2700 5566
        Content-Disposition: attachment; filename*=UTF-8''%E9%99%B3%E6%B7%91%E8%8A%AC_%E8%BD%89%E5%B8%B3%E6%8E%88%E6%AC%8A%E6%9B%B8.pdf | X-Fax-Sender: 0958 204 713
        順豐速運 SF1409921873305 | 收件人：何健偉 先生 9123 8876 | 九龍旺角彌敦道 612 號 8 樓 B 室 | 貨品：電子血壓計 | 貨到付款 HK$399
        傳真至入境事務處｜申請人：李詠欣 (LEE WING YAN) 香港身份證 Y307781(9) 手提 6342 1150｜事由：遺失旅行證件報失及補領
        [2026/12/04 13:22:09] 列印工作 #2210 使用者 chenyt 文件「陳怡婷_身障手冊影本.pdf」 印表機 社會局-2F-MFP 頁數 2
        /MSung-Light-UniCNS-UCS2-H findfont 11 scalefont setfont 72 650 moveto <738B4FCA5091> show 200 650 moveto (H104583268) show 72 634 moveto (Check-up 2026/11/20: BP 162/98) show
        收件：張家豪 先生 / 香港身份證 M620194(1) / 手機 5487 9023 / 新界沙田大圍美田路 32 號 顯田村 2 座 15 樓 F 室（跨境電商清關需提供身份證號）
    """),
    "ms": _lines("""
        KULIT FAKS | Kepada: Unit Rekod Perubatan, Hospital Sultanah Aminah | Daripada: Klinik Kesihatan Larkin | Perkara: Rujukan pesakit Siti Aminah binti Yusof (No. KP 750318-01-5642), disyaki TB paru-paru | Halaman: 3
        POS LAJU ER887123458MY | Penerima: Muhammad Hafiz bin Zulkifli | 017-224 9081 | No. 23, Jalan Mawar 4, Taman Sri Mawar, 43000 Kajang, Selangor | COD RM149.00
        Event 307, PrintService: Document 88, Surat_Amaran_Kedua_Rosli_bin_Ahmad_ponteng_kerja.pdf owned by hr.admin on \\\\HRPC07 was printed on HR-Lantai2. Pages printed: 2.
        BT /F1 10 Tf 72 700 Td (Nama: NUR AIN BINTI ABDULLAH   No. KP: 010227-08-1246   Program: Ijazah Sarjana Muda Perakaunan   CGPA: 2.41   Status: Percubaan Akademik) Tj ET
        05/12/2026 20:31  RUMAH EN. RAZALI  03-6187 4421  HLM. 01/05  Permohonan pinjaman perumahan, slip gaji 3 bulan dilampirkan
        Content-Transfer-Encoding: base64 | UGVzYWtpdDogVGFuIEFoIFNlbmcsIE5vLiBLUCA4NTExMzAtMTMtNTU2OS4gUmF3YXRhbiBkaWFsaXNpcyBzdXN1bGFuIFNlbGFzYS9LaGFtaXMsIHVuaXQgSEQgS3VjaGluZy4=
        Salinan pasport (OCR faks) P<MYSNOR<AZLINA<BINTI<HASHIM<<<<<<<<<<<<<<<< / A527184038MYS8704120F2908155870412105328<<76
        J&T 630012887145 | Kepada: Kak Yati (Suryati binti Kamal) | WhatsApp 019-765 3310 | Blok C-7-3, Pangsapuri Seri Cempaka, Jalan PJU 10/4, 47830 Petaling Jaya | Kandungan: baju kurung saiz M
        (Penyata KWSP ahli: SELVARAJ A/L MUNUSAMY   No. Ahli 17284455   Baki Akaun 1: RM 84,211.60) show
        Borang arahan pindahan (faks): Nama pemegang akaun LAILA BINTI OTHMAN, Maybank 1640 1288 5503, jumlah RM 3,400 untuk yuran universiti anak
    """),
    "mixed": _lines("""
        传真 Fax to MOM Work Pass Division: 工人 NGUYEN VAN HUNG FIN G5527380X 工伤 left hand fracture at worksite on 02/12, employer contact 8265 1190
        ^XA^CI28^FO30,30^A0N,28,28^FD收件人 Lim Wei Jie 林伟杰^FS^FO30,70^FDTel +6013-448 2096^FS^FO30,110^FD12, Lorong Maarof 3, Bangsar, 59000 KL^FS^XZ
        @PJL SET USERNAME="YANG.SHUHUI" | @PJL SET JOBNAME="楊淑惠 inpatient bill NT$46,280 化療第3期" | @PJL SET QTY=1
        FAX 致 To: Claims Dept, Pacific Shield Insurance | 受保人 Insured: YIP SAU LING 葉秀玲 | HKID AB219036(0) | 住院 Admission 28/11-02/12 | 診斷 Dx: dengue fever
        Order #SG-77120 deliver to Nurhaliza bte Jamal 8711 5093, Blk 305 Woodlands St 31 #04-221 S730305, pls call before come, baby sleeping
        Faks kepada Jabatan Imigresen: 申请人 Wong Mei Chee 黄美芝, KP 990614-12-6580, permohonan pasport baharu 因旧护照遗失, tel 012-338 7645
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help a small family clinic's front desk with paperwork."),
        (
            "user",
            "Can you tidy up this fax cover? To: Ward 7 nurse manager. From: Dr Lee's clinic. Re: transfer of my mother, Mdm Koh Bee Lian, NRIC S4412876D, she has stage 3 CKD and missed dialysis twice this month.",
        ),
        (
            "assistant",
            "FAX COVER | To: Nurse Manager, Ward 7 | From: Dr Lee's Clinic | Re: Patient transfer, Mdm Koh Bee Lian (NRIC S4412876D) | Notes: CKD stage 3, two missed dialysis sessions this month | Pages: __",
        ),
        ("user", "Add my number as next-of-kin contact: 9652 0137. I'm her son, Kelvin Koh."),
    ],
    [
        (
            "user",
            "面单打印出来地址串行了，我用的是菜鸟模板，收件人那栏是：周婷 / 177 0152 9983 / 杭州市西湖区文三路 259 号 昌地火炬大厦 1 号楼 1104，怎么让地址自动换行？",
        ),
        (
            "assistant",
            "在模板编辑器里把地址字段设为多行文本，宽度固定为 70mm，并勾选“自动换行”，字号不要超过 10 号即可。",
        ),
        ("user", "好了。另外寄件人那栏能不能不显示我的手机号？"),
    ],
    [
        (
            "user",
            "我們診所的印表機一直卡住，log 如下：E [04/Dec/2026:15:02:11 +0800] [Job 812] Job stopped due to filter errors. job-name=林志豪_病歷摘要_第二型糖尿病追蹤.pdf 請問是驅動問題嗎？",
        ),
        (
            "assistant",
            "很可能是 PPD 與濾鏡不符。請在 CUPS 管理頁面重新選擇正確的驅動，或先把該 PDF 另存為 PDF/A 再列印。",
        ),
        ("user", "改了之後可以印了，謝謝。"),
    ],
    [
        (
            "user",
            "Tolong draf faks kepada CIMB cawangan Seremban untuk batalkan arahan tetap. Nama saya Farah Nadia binti Kamarudin, akaun 8007 1234 5601 22, No. KP 930517-05-5288.",
        ),
        (
            "assistant",
            "Kepada: Pengurus, CIMB Bank Cawangan Seremban | Perkara: Pembatalan Arahan Tetap | Saya, Farah Nadia binti Kamarudin (No. KP 930517-05-5288), pemegang akaun 8007 1234 5601 22, ingin membatalkan arahan tetap berkuat kuasa serta-merta.",
        ),
        ("user", "Tambah nombor telefon saya 011-2345 8817 untuk dihubungi."),
    ],
    [
        (
            "user",
            "When I open my CV PDF in Acrobat, Document Properties shows Author: Arjun s/o Ravichandran and Keywords: arjun.ravi92@gmail.com, +65 8344 2071. How do I clear these before sending it to recruiters?",
        ),
        (
            "assistant",
            "In Acrobat go to File > Properties > Description and delete the fields, then use Tools > Redact > Remove Hidden Information so the XMP copy is cleared too.",
        ),
        ("user", "Will exiftool -all= also strip the XMP block?"),
    ],
    [
        ("system", "你是某打印复印店的微信客服助手。"),
        (
            "user",
            "老板，我发你身份证照片了，帮我打印复印件 A4 两张，签证材料用。名字是郑晓雯，身份证 440305198501102125",
        ),
        ("assistant", "收到，A4 黑白复印两份，每份 1 元，需要加盖“仅供签证使用”字样吗？"),
        ("user", "要的。护照首页也打一下，护照号 E83920147，我下午 5 点来取"),
    ],
    [
        (
            "user",
            "Shipping a parcel to my uncle in Xiamen, the courier form asks 收件人身份证号 for customs. His details: 林志强, 350203198702183013. Which box does it go in?",
        ),
        (
            "assistant",
            "Put it in the consignee ID field (收件人证件号码); China customs needs it for personal parcels under the cross-border e-commerce rules.",
        ),
        ("user", "ok and sender is me, Tan Hui Min, S9046721B, 8230 6614"),
    ],
    [
        (
            "user",
            "Printer Zebra saya cetak label terpotong. Kod ZPL: ^XA^CI28^FO20,20^A0N,30,30^FDKepada: Puan Kalaivani a/p Murugan^FS^FO20,60^FD014-920 3367^FS^FO20,100^FDNo. 7, Jalan Bunga Raya 3, Taman Bukit Indah, 81200 Johor Bahru^FS^XZ",
        ),
        (
            "assistant",
            "Tambah ^PW812 dan ^LL1218 selepas ^XA untuk label 4x6 pada 203 dpi, dan kecilkan fon alamat kepada 24.",
        ),
        ("user", "Dah ok, terima kasih!"),
    ],
    [
        (
            "user",
            "幫我寫一張傳真封面去保險公司索償，受保人係我老公 梁志偉，身份證 C668204(7)，上個禮拜入院做咗膽囊切除手術。",
        ),
        (
            "assistant",
            "傳真封面｜致：索償部｜受保人：梁志偉（香港身份證 C668204(7)）｜事由：住院索償，膽囊切除手術｜附件：出院證明書、收據正本副本｜頁數：__",
        ),
        ("user", "聯絡電話寫 9076 2284，多謝。"),
    ],
    [
        (
            "user",
            "I need to fax my passport data page to the hotel in Taipei for a group booking. The OCR'd MRZ came out as P<CHNLIU<<HAORAN<<<<<<<<<<<<<<<<<<<<<<<<<<<< / E839201470CHN9002214M3103094<<<<<<<<<<<<<<08. Is the second line complete?",
        ),
        (
            "assistant",
            "Yes, it has all 44 characters and the check digits are consistent, so the OCR looks complete.",
        ),
        (
            "user",
            "Great. The booking is under Liu Haoran, 3 nights from 20 Dec, arriving on the late flight.",
        ),
    ],
]
