# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade148: personal data in print-shop and document-processing artefacts (print queue logs, scanned-document OCR, photocopier address books, PDF form fields, fax headers, job tickets). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade148
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "print_queue_log"): _lines("""
        2025-03-14T09:12:47+08:00 cupsd[1182]: job 40417 queued on KM-C458-L2 by kiosk03, 24 pages, A4, duplex=long-edge, title="Menu_Q4_A3_x200.pdf"
        page_log: KM-C458-L2 reception 40417 [14/Mar/2025:09:13:02 +0800] total 24 - 10.20.4.31 Menu_Q4_A3_x200.pdf A3 two-sided-long-edge
        @PJL SET JOBNAME="QW5udWFsX1JlcG9ydF9GWTIwMjRfZmluYWwucGRm" ; @PJL SET QTY=150 ; @PJL SET FINISH=STAPLE-2 ; source=web-upload order=PO-SG-250314-0087
        WARN spooler: job 40422 held at Ricoh IM C3000 (asset PRN-0017, Level 3 Copy Corner, Funan Mall) - toner K 4%, tray 2 empty, retry in 300s
        INFO papercut: account=SHARED-MARKETING charged SGD 18.40 for job 40425 (46 pp mono @ SGD 0.40), balance SGD 1,231.60, cost-centre CC-4410
        2025-03-14 10:02:19 lpd: received job cfA118print-srv from 10.20.4.77, queue=plotter-hp-t830, file=Floorplan_Block-C_Rev07.dwg.pdf, 1 page, 841x1189 mm
        job_id,queue,submitted_at,owner_acct,pages,colour,duplex,cost_sgd,status,sha256_prefix,release_station,finisher_opts
        40431,KM-C458-L2,2025-03-14 10:41:55,WALKIN-POS2,12,Y,N,9.60,COMPLETED,9f3c1ab27e04,MFP-L2-REL,none
        ERROR ipp: client-error-document-format-not-supported for job 40433 (application/vnd.ms-xpsdocument) from Windows 11 driver "Canon Generic Plus PCL6 v3.10"
        Mar 14 11:20:05 print-srv01 cups-browsed[902]: Found IPP printer 'EPSON_SC-P9500_Studio' at ipps://10.20.4.90:631/ipp/print (make: Epson, model SC-P9500)
        billing: invoice INV-2025-03-00418 issued to Marina Bay Events Pte. Ltd. (UEN 201716852K) for print jobs 40401-40440, total SGD 2,918.25 incl. 9% GST
        audit: secure-release PIN pool rotated for queue HR-SECURE (42 PINs regenerated, policy SR-2), release station MFP-L5 firmware 2.07.311, no job data retained
        job 40440 finished: "Sherlock_Holmes_Hound_of_Baskervilles_chapbook.pdf" 96 pp booklet, saddle-stitch, customer acct KINOKUNIYA-NGEE-ANN, ticket JT-88215
    """),
    ("en", "ocr_scan_text"): _lines("""
        [OCR p.1 conf=0.91] TAX INV0ICE No. TI-2O25-001873  Kopi & Print Sdn. Bhd. (202201018832 / 1467321-W) 12, Jalan Tun H.S. Lee, 50000 Kuala Lumpur
        [OCR conf=0.87] Rece1pt  Photocopy B/W A4 x 120 @ RM0.10 = RM12.00 | Laminating A4 x 6 @ RM2.50 = RM15.00 | TOTAL RM27.00 | Thank y0u, please come again
        OCR zone=header: "MINISTRY OF MANPOWER  18 Havelock Road, Singapore 059764  www.mom.gov.sg" confidence 0.96, skew corrected -1.4 deg, letterhead template matched
        OCR p.3: "It was the best of times, it was the worst of times" - Charles Dickens, A Tale of Two Cities (1859), scanned from library copy, 300 dpi, lang=eng
        [tesseract 5.3.4] page 2/7 mean_conf 78.2, lines 41, words 512; low-conf tokens: "Statment", "0utstanding", "Balanc3"; deskew 0.8 deg; lang=eng+msa
        OCR text: "Lee Kuan Yew delivered the National Day Rally speech on 16 August 1987" - caption from Straits Times archive microfilm, reel 1987-08B, frame 0412
        OCR block 4: SHIP TO: Ngee Ann City Tower B, #14-01, 391B Orchard Road, Singapore 238874 | ATTN: Facilities Dept | DO No. DO-558201 | Carton 3 of 5
        OCR field "Company Reg. No.": 199904785Z | "GST Reg. No.": M2-0098765-4 | "Tel": +65 6338 0200 | "Fax": +65 6338 0211 | letterhead of Harbourfront Litho Pte Ltd (conf 0.93)
        OCR (handwriting model) on whiteboard photo: "Plotter T830 out of cyan - order 2x 300ml, PO to Sharp service desk by Fri" conf 0.64, 11 words
        scan batch SB-20250314-07: 218 pages, 3 blank removed, barcode separator PATCH-T found 12x, output searchable PDF/A-2b, 41.7 MB, sha1 7c2e91d04b8a
        [OCR conf=0.82] "Penang Hill Corporation - Funicular Railway Tariff: Adult RM30, Child RM15, Senior Citizen (MyKad holders 60+) RM15" brochure p.2
        OCR garbled line p.9: "T0TAL AM0UNT DUE  HKD 4,380.O0   Due Date: 31/O3/2025   Payable to: Wing Fat Printing Co. Ltd., 18 Hing Yip Street, Kwun Tong"
        OCR index entry: "Harry Potter and the Philosopher's Stone, J.K. Rowling, Bloomsbury 1997, ISBN 0-7475-3269-9" - catalogue card digitised for library reprint job
    """),
    ("zh-Hans", "job_ticket"): _lines("""
        工单号 JT-SZ-250314-0062｜客户：深圳市南山区蓝鲸文化传播有限公司｜统一社会信用代码 91440300MA5F8K2Q3X｜品名：企业画册 A4 骑马钉 32P｜数量 2000 本｜交期 3月20日
        印刷参数：157g铜版纸，四色+专色Pantone 286C，覆哑膜，成品尺寸210×285mm，出血3mm，文件名 %E8%8F%9C%E5%8D%95_%E7%AC%AC%E4%B8%89%E7%89%88.pdf
        收货地址：上海市徐汇区漕溪北路398号汇智大厦前台，收货单位：行政部（工作日9:00-17:30），物流：顺丰 SF1428830915672，到付
        客服热线 400-820-5566 转 2，企业邮箱 service@lanjing-print.com.cn，开票信息：增值税专用发票，税号 91310104MA1FR3N07C
        工单备注：封面烫金LOGO“鲁迅书店”，内页引用《呐喊》自序段落，版权页标注人民文学出版社2019年版，字体用方正书宋，勿擅自替换，出片前需客户单位盖章确认
        【打样确认】JT-SZ-250314-0071 数码样已出，色差ΔE≤2.0，请客户单位采购部于3月15日12:00前回签，逾期顺延交期，样张编号 PF-0314-07
        物料清单：双胶纸80g 500张×12令，UV油墨 CMYK 各2kg，骑马钉 24/6 一盒，SKU: PPR-80G-A4-500 / INK-UV-C-2KG / STP-246-1000
        拼版：8开正反版，每版8模，开纸尺寸787×1092，印量 3500 印张，预计机时 2.5h（海德堡 SM74 二号机），咬口 10mm，拖梢 8mm
        作业状态：RIP完成 09:42 → CTP出版 10:15 → 上机 10:40 → 裁切 14:05 → 质检 14:30 → 待发货，工单 JT-GZ-250313-0118
        发票抬头：广州图书馆（公益一类事业单位）｜地址：广州市天河区珠江东路4号｜合同编号 GZLIB-YS-2025-007｜金额 ¥18,600.00（含税）
        质检记录：第3批抽检50本，装订歪斜2本、脏点1本，不合格率6%，返工后复检合格，签收单号 QC-250314-03，责任工序：胶装
        印品内容：《三体》主题展海报，作者刘慈欣授权展方使用，尺寸 600×900mm，户外写真布，数量 40 张，展期 4月1日-4月30日
        快递面单模板字段：{order_no}, {sku}, {qty}, {ship_company}, {depot_code}，示例 order_no=JD0092837741 sku=POS-A5-200 qty=12
    """),
    ("zh-Hans", "staff_group_chat"): _lines("""
        @所有人 3号机（理光 C5503）又卡纸了，在定影单元那里，今天先别用手送纸盒，维修工程师下午2点到，有急单先走4号机
        今天的名片订单有点多，早班的同事先把 JT-250314-0091 到 0105 切完，包装袋在仓库第二排，切完记得在系统里点“已完工”
        客户单位发来的文件是 RGB 模式，我已经转 CMYK 了，颜色偏暗的话明早打个样再定，别直接上机，这单是企业年报不能返工
        提醒一下：收到的身份证复印件、户口本复印件等一律不保存到公共盘，扫完当场交还客户，扫描仪缓存每天下班前清空，发现有遗留的原件统一交到前台保险柜
        晚班交接：胶装机温度已经降下来，胶锅剩一半，明天先补胶；大幅面喷绘机喷头清洗过一次，测试条正常，废墨盒还剩30%，UV灯管用了1800小时，下周要报修更换
        刚刚供应商那边（晨光文具华南仓）说 A4 复印纸下周涨价 3 块一包，老板说先囤 50 箱，采购单 PO-250314-12 已提交
        线上商城后台有一单收货地址写的是学校传达室，备注要 50 份毕业证书封套，已打学校总机确认是教务处下的单，正常发货，发票开学校抬头，附送货单一式两联
        有人知道新来的那台柯尼卡 C658 的扫描到邮箱怎么设置吗？SMTP 用 smtp.exmail.qq.com 465 端口，账号用门店公用邮箱
        今天营业额：打印复印 ¥1,286，装订 ¥430，喷绘 ¥2,150，合计 ¥3,866，微信收款和对公账户已对完，差额 0
        明天上午 10 点消防检查，纸箱都从安全通道挪走，配电间门口别堆东西，灭火器压力表拍照发群里，检查完我在群里通知大家，另外消防通道的指示灯有一个不亮，物业说今晚来换
        客户说文件里的二维码扫不出来，我看了是分辨率只有 72dpi，已经让他们设计部重新导出 300dpi 的 PDF/X-4 再发过来
        下周一开始门店营业时间改为 8:30-21:00，周日 10:00-18:00，新的营业时间贴纸我已经打好放前台抽屉了，周末前贴上
        有一单证件照冲印的原始文件被误删了，已经从 NAS 回收站恢复，路径 /share/photo/2025-03/ 下，大家别再手动清回收站
    """),
    ("zh-Hant", "fax_header"): _lines("""
        2025/03/14 10:22  FROM: 永安印刷有限公司  FAX: +852 2389 4410  TO: 報價部  P.001/003  JOB#4471  [ECM]
        14-MAR-2025 15:07 寄件者：澳門新馬路文具行 傳真 +853 2835 1020 → 收件：採購部 第 1 頁，共 2 頁 [OK] 通訊時間 00:41
        傳真封面｜致：臺北市立圖書館總館 採編組｜發自：大安影印中心（統一編號 24536806）｜日期：114年3月14日｜頁數：含封面共4頁
        通訊報告 TX REPORT  No.0388  目的地：鴻昌紙業 02-2700-5858  模式：G3/ECM  時間 02:15  頁數 06  結果 OK  傳真機：Brother FAX-2840
        Fax2Mail 主旨：=?UTF-8?B?5YKz55yf6L2J6Zu76YO1IOWgseWDueWWriBRLTIwMjUtMDMxNA==?= 寄件傳真 +852 3106 2200（公司總機）收件 sales@wingfatprint.com.hk
        RX 接收記錄：2025-03-14 09:58 來源 CSID "GLD PRINTING DIV" 頁數 3 解析度 Fine 儲存至 /fax/inbox/20250314_0958.tif
        傳真頁首設定：本機名稱「金鐘商務中心」 本機號碼 +852 2529 0080 ，時間格式 YYYY/MM/DD HH:MM，頁首位置 距頂端 5mm
        *** 傳真錯誤 E-0342 *** 對方無應答（忙線），已重試 3 次，目的地：新光三越信義店 營業課，請稍後再傳，工作編號 0391
        本傳真含機密商業資訊，如非指定收件人請即銷毀並致電 (02) 2511-7788 通知本公司法務部，謝謝。— 台灣印刷工業股份有限公司
        FAX 14/03/2025 16:40 恒生銀行 中環總行 企業服務部 → 商務印書館（香港）有限公司 P.02/02 參考編號 CSD-88014
        傳真號碼簿匯出：代碼 01 總公司 +886-2-2312-0000；代碼 02 台中廠 +886-4-2358-1100；代碼 03 高雄倉 +886-7-335-2200
        頁尾：本文件共 5 頁，第 5 頁 ｜ 發自 HP LaserJet MFP M430 ｜ 傳真 ID：DAAN-COPY-01 ｜ 解析度 200x200 dpi
        傳真回條：敬覆貴公司 3 月 12 日來函（編號 PO-TW-0312），海報 A1 200 張單價 NT$38，含稅，交貨期 7 個工作天。誠品書店 採購課 敬啟
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Mesin fotostat No. 2 rosak sementara. Sila guna mesin No. 1 dan 3. Harap maaf atas kesulitan. - Pengurusan Kedai Cetak Bintang Jaya
        Harga fotostat: Hitam putih A4 RM0.10 sehelai, A3 RM0.30; Warna A4 RM1.00, A3 RM2.00. Laminate A4 RM2.50. Binding sikat mulai RM4.00.
        Untuk tempahan banner & bunting, sila WhatsApp talian rasmi kedai 011-2345 8870 (kaunter sahaja, tiada panggilan suara). Waktu operasi 9 pagi - 9 malam.
        Alamat kedai: No. 23, Jalan Tun Abdul Razak, Susur 1, 80000 Johor Bahru, Johor. Tel: 07-223 4410. Emel: tempahan@cetakbintangjaya.com.my
        Cetak & Fotostat Pak Mat Enterprise (SSM 003456789-K) - sedia menerima cetakan kad kahwin, kad raya dan buku program majlis. Siap dalam 3 hari bekerja.
        PERINGATAN: Pelanggan yang ingin fotostat MyKad, pasport atau sijil sila pastikan salinan diambil semula. Kedai tidak menyimpan sebarang salinan dokumen peribadi.
        Promosi Bulan Merdeka: Cetak poster A2 berlamina hanya RM12 sekeping (min 10 keping). Kod promosi MERDEKA68 sah hingga 31 Ogos 2025.
        Kami terima bayaran DuitNow QR, Touch 'n Go eWallet dan kad debit. Akaun bank syarikat: Maybank 5141-2233-8890 atas nama Percetakan Bintang Jaya Sdn Bhd.
        Tempahan dalam talian: https://cetakbintangjaya.com.my/order?sku=BNR-3x6-VINYL&qty=1 - status tempahan boleh disemak dengan nombor ORD-MY-250314-221.
        Cuti Umum: Kedai ditutup pada 31 Mac dan 1 April 2025 sempena Hari Raya Aidilfitri. Tempahan online masih diterima, penghantaran bermula 3 April.
        Fakta sejarah: Akhbar Utusan Melayu mula dicetak pada tahun 1939 di Singapura, diasaskan oleh Yusof Ishak yang kemudiannya menjadi Presiden pertama Singapura.
        Log mesin: Konica Minolta bizhub C300i | kiraan meter hitam 218,442 | warna 51,907 | servis seterusnya pada 230,000 | juruteknik dari Copier Sentral Sdn Bhd
        Soalan lazim: Boleh cetak terus dari telefon? Ya, hantar fail PDF ke emel cetak@cetakbintangjaya.com.my atau imbas kod QR di kaunter. Saiz maksimum 25MB.
    """),
    ("mixed", "scanner_address_book"): _lines("""
        abook_export v2.3 | idx 001 | 显示名: 财务部 Finance Dept | type=SMB | path=//fs01.corp.local/scan/finance | user=svc-scan | pwd=(stored encrypted)
        idx 002 | 顯示名: 人事部 HR Scan | type=EMAIL | to=hr-scan@kwongwah-trading.com.hk | subject prefix=[SCAN] | max attach 10MB
        idx 003 | Nama: Bahagian Akaun | jenis=FTP | host=ftp.syarikatmaju.com.my | dir=/incoming/invois | port 21 | TLS=explicit | aktif
        BEGIN:VCARD VERSION:3.0 FN:Front Desk - Lobby MFP ORG:Raffles Place Business Centre TEL;TYPE=WORK:+65 6535 1188 EMAIL:frontdesk@rpbc.com.sg END:VCARD
        idx 010 | 快捷键 One-Touch 10 | 名称: 顺丰速运 深圳宝安分部 | 传真: 0755-2781 5338 | 备注: 寄件异常时传真运单复印件给网点
        Group G01 "All Branches" members: idx 021 KL HQ (+603-2142 7788), idx 022 Penang (+604-261 3300), idx 023 JB (+607-331 2200), idx 024 Kuching
        LDAP search base: ou=Shared Mailboxes,dc=corp,dc=local ; filter=(objectClass=group) ; attr=mail,displayName ; bind=cn=mfp-ldap,ou=Service ; 42 entries synced 02:00
        idx 031 | 名稱: 澳門 金沙城中心 宴會部 | 傳真 +853 2882 6100 | 備註: 活動餐牌及座位表回傳 | 上次使用 2025-03-10
        Scan-to-folder template: %YYYY%%MM%%DD%_%HH%%mm%_%DEVICE%_%SEQ4%.pdf → 20250314_1022_MFP-L3_0047.pdf (OCR layer on, PDF/A-1b)
        idx 045 | Name: Tuition Centre Admin 补习中心行政 | email=admin@brightstarlearning.edu.my | type=EMAIL | 备注 每周五发讲义扫描件
        地址簿备份 abook_20250314.csv sha256=3f9a0c7e12d44b8e9a61f2c5d0b7e83a41c6f09b2d8e5a7c1f3b6d9e0a2c4f81 大小 18.2KB 条目 128
        Entry disabled: idx 077 "Old Fax Server 舊傳真伺服器" (fax.corp.local:3050) - decommissioned 2024-12-31, kept for audit only, jangan guna
        idx 090 | Nama: Persatuan Pencetak Selangor | e-mel: urusetia@ppselangor.org.my | PJL test title hex 50 72 69 63 65 5F 4C 69 73 74 5F 32 30 32 35 2E 70 64 66
    """),
    ("mixed", "pdf_form_fields"): _lines("""
        /T (applicant_full_name) /FT /Tx /Ff 2 /MaxLen 80 /TU (Full name as in NRIC / 姓名（与身份证相同）) /V ()
        field: nric_fin | type=text | pattern=^[STFGM][0-9]{7}[A-Z]$ | required=true | tooltip="NRIC/FIN No. 身份证号码" | value=""
        {"name":"mykad_no","type":"text","mask":"######-##-####","placeholder":"YYMMDD-PB-####","label_ms":"No. Kad Pengenalan","value":null}
        /T (signature_date) /FT /Tx /AA << /F << /S /JavaScript /JS (AFDate_FormatEx("dd/mm/yyyy");) >> >> /V (2025-03-14)
        pdftk dump_data_fields: FieldType: Button | FieldName: consent_pdpa | FieldFlags: 0 | FieldValue: Off | FieldStateOption: Yes | FieldStateOption: Off
        表单字段清单 form_fields.csv 表头: field_id,label_zh,label_en,label_ms,type,required,max_len → 示例行 12,联系电话,Contact No.,No. Telefon,tel,Y,15
        PDF form "Borang Permohonan Lesen Premis (BPL-01)" v4.2: 38 fields, 6 checkboxes, 2 signature widgets, flattened=false, XFA=absent, 1.2 MB
        Field "postal_code" (郵遞區號) format=^[0-9]{6}$ failed on sample value "ABC123" → validation message "請輸入6位數字 / Please enter 6 digits"
        Form template placeholder values: name="{{applicant_name}}", phone="{{phone}}", email="{{email}}", ic="{{ic_no}}" - rendered by Jinja2 3.1.4 at print time
        pdfminer: page 1 widget annotations 17, /NeedAppearances true, font Helvetica 9pt for Latin, /NotoSansCJKsc for 中文字段, fallback ArialUnicodeMS
        merge job MJ-0314-02: 1,200 certificates generated from template CERT_A4_v3.pdf with course_title="Basic Offset Printing", venue="PSB Academy", date="14 Mar 2025"
        字段 bank_name 下拉选项: Maybank, CIMB Bank, Public Bank, RHB Bank, 大华银行 UOB, 华侨银行 OCBC, 星展银行 DBS — 默认值 "Sila pilih"
        Validation report: form VEH-TRF-07 field vehicle_no pattern ^S[A-Z]{1,2}[0-9]{1,4}[A-Z]$, 0 errors on 0 submissions (template test only)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        @PJL SET JOBNAME="VGFuIFdlaSBMaW5nIC0gcmVzdW1lLnBkZg==" ; @PJL SET USERNAME="kiosk02" ; queue=KM-C458-L2 ; 3 pp ; 2025-03-14 09:31:07
        page_log: EPSON-L15160 walkin 40452 [14/Mar/2025:11:02:44 +0800] 2 - 10.20.4.55 Q2hvdyBLYXIgTXVuX0lDX2Zyb250LmpwZw== A4 one-sided
        [OCR p.1 conf=0.84] NRIC No. S8B34l20A  Name: LIM S0O HUAT  Date of Birth: 02-11-1988  Address: Blk 412 Ang Mo Kio Ave 10 #07-1183 S560412
        Job ticket JT-88240 | customer: Mrs Priya Ramasamy | mobile 9173 2208 | 50x A5 flyers "Priya's Home Baking - CNY cookie pre-orders" | deposit SGD 20 via PayNow
        fax cover: To Tanglin Medical Clinic | From: Rachel Ong (daughter) | Re: Mr Ong Teck Seng, 78, dementia - please fax repeat prescription | call back 8235 6610
        scan-to-email log: 2025-03-14 16:20:11 MFP-L3 -> jeremy.sim.1990@gmail.com, 4 pages, "payslip_Feb2025_basic_SGD4850.pdf" [sent]
        Reprint request: the bankruptcy notice for Desmond Chua Wei Jie must be copied 3x for the Official Assignee hearing on Friday, customer very embarrassed, keep envelope sealed.
        Walk-in scan, customer asked us to blank the NRIC on the form before copying: T0217735D - done, original returned, scanner cache cleared 15:42
        OCR of handwritten job envelope: "pls call Auntie Mei Ling b4 collect, hp 9O12 7734, she wants 30 copies of her late husband's funeral programme"
        ticket_id,customer,phone,email,item,qty,notes → JT-88301,Farid bin Osman,+65 8762 1143,farid.osman88@yahoo.com.sg,passport photo 35x45,8,for ICA renewal
        FieldName: applicant_full_name FieldValue: Goh Siew Lan | FieldName: nric_fin FieldValue: S7612094C | FieldName: home_address FieldValue: 23 Jalan Kemuning, Singapore 769812
        Photocopier address book idx 112: "Kelvin (personal) kelvin.lau.kw@outlook.com" added by a walk-in at 19:05 to scan his HK passport and HKID K628514(7), delete tonight
    """),
    "zh-Hans": _lines("""
        打印队列：job 5521 用户 kiosk01 文档名 %E9%99%88%E5%98%89%E6%80%A1_%E8%BA%AB%E4%BB%BD%E8%AF%81%E6%AD%A3%E5%8F%8D%E9%9D%A2.pdf 2页 彩色
        【OCR 识别结果】姓名 王建国 性别 男 民族 汉 出生 1975年3月2日 住址 北京市海淀区学院路甲38号院5号楼2单元601 公民身份号码 110108197503021510
        工单 JT-SZ-250314-0133｜客户：刘先生（个人）｜手机 139 2874 5106｜内容：婚礼请柬 100 份，新郎刘子轩 新娘何雨桐，婚期 5月18日｜定金 ¥200 已微信付
        群里说一下：那个一直来复印病历的周阿姨，她老伴肺癌晚期在中山医院住院，以后她的复印费就别收了，老板同意的
        扫描件命名：440306198804123712_社保补缴申请.pdf，客户要求发到邮箱 hongyan.x88@163.com，已发送，请删除本地副本
        传真抬头识别失败，仅读出回拨号码：1 3 8 0 2 7 6 4 3 1 9，页面内容为手写借条，已转人工核对
        代打印《离婚协议书》一式三份，男方赵立新女方孙丽娟，孩子抚养权归女方，客户再三嘱咐不要让别人看到
        快递面单OCR：收件人 黄志强 电话 186****3310 地址 广州市天河区龙口西路龙口西小区 7 栋 1502 房
        PDF表单字段导出：name=钱晓燕; id_no=310115199207234829; bank_acct=6222 0210 0112 3456 789; 用途=工资代发开户
        复印机地址簿 #063 “小胖-私人邮箱” xiaopang_wu@qq.com 扫描到邮箱，是员工吴浩自己加的，记得删掉
        客户投诉：3月12日在贵店打印的体检报告被别人拿走了，报告上有我的乙肝检查结果，我叫林芳，电话 15919283746，要求你们给个说法
    """),
    "zh-Hant": _lines("""
        FAX 2025/03/14 11:05 FROM: 陳大文（私人）+852 6123 4578 TO: 永安印刷 P.001/002 內容：補發結婚證書副本委託書
        Fax2Mail 附件名稱：=?UTF-8?B?6buD5b+X5by3IOmbouWpmuWNlOitsOabuC5wZGY=?= 收件匣 inbox/legal，寄件傳真 +852 2529 0080（商務中心代收）
        【OCR】香港身份證 姓名 CHAN Siu Ming 陳小明 出生日期 12-08-1985 號碼 Y294O31(9) 簽發日期 (01-18)
        影印登記簿：3/14 林太 影印 差餉單及銀行月結單 共 6 張，聯絡 9087 6623，說是要申請公屋入息審查用
        傳真封面：致 家醫科門診｜發自：蔡明哲（病人家屬）｜病人 蔡王秀英 身分證 A223847513｜事由：補傳轉診單及糖尿病用藥紀錄｜回電 0912-345-678
        良景邨的阿強（黎志強）上個月被警察抓了，涉嫌酒駕，他太太今天來印保釋文件，叫我們不要跟街坊講
        掃描檔 F129038477_戶籍謄本.pdf 已上傳至客戶資料夾 /cust/2025/0314/，請於 48 小時後自動刪除
        澳門客戶 何嘉欣 小姐 手提 6628 3105，訂印 100 張喜帖，地址：澳門氹仔 海洋花園 第 3 座 12 樓 B，貨到付款
        PDF 表單欄位：申請人姓名=[吳淑貞]；身分證字號=[B217488303]；月薪=[NT$42,000]；負債=[信用卡卡債約 NT$380,000]；用途：債務協商申請書
        工作群：今朝幫張生印咗份醫生紙，佢抑鬱症要請長假，記得唔好放喺前台俾人睇到，影完嘅副本直接入信封封好等佢屋企人嚟攞
    """),
    "ms": _lines("""
        Log pencetak: kerja 7731 oleh pengguna "kaunter1" tajuk "Surat Tunjuk Sebab - Nurul Aisyah binti Kamarudin.docx" 2 muka surat, Canon iR-ADV C5535
        [OCR MyKad] NAMA: MUHAMMAD HAFIZ BIN ABDULLAH  NO: 88O412-l4-5567  ALAMAT: NO 12 JALAN SS2/24, 47300 PETALING JAYA, SELANGOR
        Tiket kerja JT-KL-0314-55 | Pelanggan: Encik Rajesh a/l Subramaniam | Tel: 012-738 4419 | Cetak 200 kad jemputan perkahwinan anak perempuan | Deposit RM150
        Nota kaunter: Kak Ros dari Taman Melawati datang fotostat surat saman mahkamah sebab hutang kereta RM23,000, dia minta kita rahsiakan
        Salinan IC dibuang dari pengimbas: 950918-10-6274 - nombor ini muncul dalam cache mesin No. 2, sudah dipadam oleh juruteknik
        Borang PDF medan: nama_penuh=Siti Zubaidah binti Harun; no_akaun_bank=Maybank 1140 2235 6678; majikan=Kilang Elektronik Prai; gaji_bulanan=RM2,850
        Kepala faks: 14/03/2025 10:12 DARI: Lim Ah Kow (rumah) 04-229 8812 KE: Klinik Pergigian Jelutong HLM 1/1 - rawatan akar gigi anak, Lim Jia Hui, 9 tahun
        Buku alamat mesin fotostat, indeks 054: "Cikgu Zul (peribadi)" zulkifli.ramli77@gmail.com - ditambah oleh guru untuk imbas kertas peperiksaan ke emel sendiri
        Aduan pelanggan: Saya Puan Kavitha, gambar kad OKU anak saya (autisme) tertinggal dalam mesin imbas di kedai anda semalam. Tolong hubungi saya di 016-552 0918.
    """),
    "mixed": _lines("""
        scan_20250314_1022.pdf OCR → "致 HR：本人 Tan Mei Xin, FIN G5529013Q, mohon cuti bersalin 16 minggu mulai 1 Mei" - forwarded to hr-scan@kwongwah-trading.com.hk
        print queue: user=hr-admin job="Slip gaji 李秀英 Feb 2025 - RM3,420 net.pdf" printer=HR-SECURE pages=1 status=held-for-release
        vCard from copier: BEGIN:VCARD FN:梁家豪 Jason Leung TEL;TYPE=CELL:+852 9432 1876 EMAIL:jasonleung.kh@gmail.com ADR;TYPE=HOME:;;沙田第一城 28座 15樓 C;;; END:VCARD
        PJL JOBNAME hex dump: 53 39 30 34 35 31 32 36 5A 5F 70 61 73 73 70 6F 72 74 2E 70 64 66 → 打印队列 KM-C458-L2, 2 pp, walk-in kiosk03
        Fax header / 傳真頁首: 2025-03-14 17:22 FROM +60 12-881 4320 (Encik Wong, rumah) TO 法律援助中心 P.1/4 - 關於 欠款 RM48,000 被追討
        Subject: =?UTF-8?Q?=E6=9E=97=E6=B7=91=E8=8A=AC=5F=E8=A8=BA=E6=96=B7=E8=AD=89=E6=98=8E=E6=9B=B8?= from Fax2Mail, 3 pages, sender CSID "HOME FAX"
        job ticket 工单: 客户 Mr. Daniel Ho 何志偉, DOB 1983-06-11, 印 CV 10 份 + 推荐信, email danielho.cv@hotmail.com, 要求 urgent 今晚 collect
        OCR bank statement p.1: Account Holder: NG PEI SHAN | A/C No: 512-384907-001 (OCBC) | Balance: SGD 1,204.33 | 扫描用途：租房审核 | overdue card SGD 9,880
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are PrintDesk, an assistant for a self-service print and scan shop in Singapore. Help staff with print queue problems and file handling.",
        ),
        (
            "user",
            "The kiosk keeps saving scans as scan_0001.pdf. Can you suggest a rename for this batch? Customer is Tan Wei Ling, NRIC S9045126Z, documents are her HDB resale forms and her CPF statement.",
        ),
        (
            "assistant",
            "I'd avoid putting the NRIC into file names, because file names show up in print logs and the scan-to-email history. Something like 20250314_HDB-resale_1of3.pdf is enough, and you can keep the customer details on the job ticket. Please also delete the local copies once Ms Tan has collected her USB drive.",
        ),
        (
            "user",
            "OK. And she wants it e-mailed to tanwl.home@gmail.com, is that fine from the shared account?",
        ),
        (
            "assistant",
            "Yes, that's fine from the shop's shared mailbox. Double-check the address with her at the counter before you send, then clear the sent folder, since it will hold a copy of her CPF statement.",
        ),
    ],
    [
        ("system", "你是一家打印店的文档处理助手，帮助店员修正OCR识别错误。"),
        (
            "user",
            "帮我把这段身份证OCR结果改对：姓名 孫丽娟 性別 女 出生 1992年7月23日 住址 上海市浦东新区张杨路1O88弄12号3O2室 公民身份号码 31O115199207234829",
        ),
        (
            "assistant",
            "修正后：姓名 孙丽娟，性别 女，出生 1992年7月23日，住址 上海市浦东新区张杨路1088弄12号302室，公民身份号码 310115199207234829。错误主要是数字0被识别成了字母O，另外“孫”“性別”是繁简混用。",
        ),
        ("user", "谢谢，她还要打印一份离婚起诉状，明天来拿。"),
    ],
    [
        (
            "user",
            "幫我寫一張傳真封面，寄去威爾斯親王醫院覆診部，病人係我媽媽陳黃美玲，香港身份證 E730912(4)，想改覆診日期，聯絡我 陳家俊 9321 5407。",
        ),
        (
            "assistant",
            "傳真封面 | 致：威爾斯親王醫院 覆診預約處 | 發自：陳家俊（病人家屬） | 回覆電話：9321 5407 | 事由：申請更改病人陳黃美玲（香港身份證 E730912(4)）之覆診日期 | 頁數：連封面共 1 頁 | 如有查詢，請致電上述號碼。多謝！",
        ),
        ("user", "唔該，可唔可以唔寫身份證全號？"),
        (
            "assistant",
            "可以，醫院一般只需要病人姓名同出世日期或者覆診卡號碼。你可以寫「身份證號碼首四位 E730」，或者乾脆唔寫，等醫院打返畀你再核對。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk kedai cetak di Shah Alam. Balas dalam Bahasa Melayu."),
        (
            "user",
            "Tolong karang balasan kepada aduan ini: 'Saya Encik Azman bin Yusof, 013-284 7719. Kad jemputan tahlil arwah ayah saya dicetak dengan nama salah. Saya minta cetak semula percuma.'",
        ),
        (
            "assistant",
            "Salam Encik Azman, terima kasih kerana memaklumkan kepada kami dan takziah atas pemergian arwah ayah encik. Kami mohon maaf atas kesilapan nama pada kad jemputan tersebut. Kami akan mencetak semula semua kad secara percuma dan siap esok jam 5 petang. Kami akan menghubungi encik di 013-284 7719 apabila siap.",
        ),
        (
            "user",
            "Bagus. Tambah juga bahawa deposit RM80 dia akan dikembalikan ke akaun CIMB 7063 2145 88.",
        ),
        (
            "assistant",
            "Baik, ayat tambahan: 'Deposit sebanyak RM80 akan dikembalikan ke akaun CIMB encik (7063 2145 88) dalam masa 3 hari bekerja.'",
        ),
    ],
    [
        (
            "system",
            "Customer on file / 客户资料: Ms. Chloe Yap 叶嘉敏, mobile +60 16-778 2031, 地址 No. 8, Jalan Bukit Bintang 3, Taman Bukit Indah, 81200 Johor Bahru. Preferred pickup: Saturday.",
        ),
        ("user", "Customer nak tahu status order dia, reply in English please."),
        (
            "assistant",
            "Hi Ms Yap, your 300 A5 flyers (order ORD-MY-250314-233) are printed and in trimming now. They'll be ready for pickup on Saturday from 10am. We'll WhatsApp +60 16-778 2031 once they're packed.",
        ),
    ],
    [
        (
            "user",
            "Why did this job fail? 'Mar 14 14:02:11 print-srv01 cupsd: [Job 40461] Unable to send to ipp://10.20.4.31 - user marcus.teo@lunchbox-sg.com title [Marcus Teo - medical leave cert - slipped disc.pdf] 1 page'",
        ),
        (
            "assistant",
            "The queue couldn't reach the printer at 10.20.4.31. Most likely the printer is asleep, has a different IP since a DHCP renewal, or port 631 is blocked. Check the printer's network page and re-add the queue with its hostname instead of the IP. Also, that job title contains Marcus Teo's medical details, so cancel and purge it from the queue history after it prints.",
        ),
        ("user", "Got it, printer was off. Thanks."),
    ],
    [
        ("system", "你是印刷工单录入助手，把客户口述整理成结构化工单。"),
        (
            "user",
            "客户何雨桐女士，手机 13602857719，要印婚礼请柬 120 份，新郎刘子轩，酒店是广州白天鹅宾馆，婚期 5 月 18 日，寄到她家 广州市海珠区江南西路 88 号 6 栋 902。",
        ),
        (
            "assistant",
            "工单草稿： | 客户：何雨桐 女士｜手机：13602857719 | 品名：婚礼请柬｜数量：120 份 | 内容：新郎 刘子轩、新娘 何雨桐，婚宴地点 广州白天鹅宾馆，婚期 5 月 18 日 | 收货地址：广州市海珠区江南西路 88 号 6 栋 902 | 请确认纸张和是否需要烫金。",
        ),
        ("user", "烫金，300g 珠光纸。"),
        (
            "assistant",
            "已补充：材质 300g 珠光纸，工艺 封面烫金。预计打样 2 个工作日，确认后 3 个工作日交货。",
        ),
    ],
    [
        (
            "user",
            "Help me fill KWSP withdrawal form fields from this OCR: NAMA NORAZLINA BINTI ISMAIL, NO KP 870312-14-5062, NO AHLI KWSP 18823304, BANK RHB 2-12345-0087654-1, SEBAB: pembedahan jantung suami.",
        ),
        (
            "assistant",
            "Form fields: | nama_penuh = NORAZLINA BINTI ISMAIL | no_kad_pengenalan = 870312-14-5062 | no_ahli = 18823304 | bank = RHB Bank, akaun 2-12345-0087654-1 | jenis_pengeluaran = Pengeluaran Kesihatan (pembedahan jantung - suami) | Please have her sign page 3 and attach the hospital's cost estimate.",
        ),
        ("user", "Terima kasih, saya akan print dua salinan."),
    ],
    [
        ("system", "你是台灣影印店的助理，協助店員處理掃描檔的個資遮蔽。"),
        (
            "user",
            "這份掃描要遮蔽個資後再寄出：申請人 林淑芬，身分證字號 E205611939，電話 0928-551-204，地址 台中市西屯區福星路 120 巷 5 號 3 樓，診斷：第二期乳癌。",
        ),
        (
            "assistant",
            "建議遮蔽範圍：身分證字號（E205611939）全部遮蔽、電話 0928-551-204 遮蔽中間四碼以上、地址遮蔽巷號與樓層、診斷內容若收件單位不需要也應遮蔽。可用 Acrobat 的「修訂」工具，記得套用修訂並移除隱藏資訊，再另存新檔。",
        ),
        ("user", "收件單位是保險公司，需要診斷。"),
        ("assistant", "那診斷保留，其餘照上面遮蔽即可。寄出前請林小姐在櫃檯確認檔案內容。"),
    ],
    [
        (
            "system",
            "You help an office admin clean up the scan-to-email address book of a Ricoh MFP in a Hong Kong office.",
        ),
        (
            "user",
            "Export below, which entries are personal and should be removed? | 001 Accounts 會計部 accounts@fungkee-trading.com.hk | 014 阿May私人 maywong.1122@yahoo.com.hk | 022 Legal 法務 legal@fungkee-trading.com.hk | 037 Ken home kenchan.sw@netvigator.com",
        ),
        (
            "assistant",
            "Remove 014 (maywong.1122@yahoo.com.hk, May's personal Yahoo mailbox) and 037 (kenchan.sw@netvigator.com, Ken's home address). 001 and 022 are department mailboxes and can stay. After removing them, export a fresh backup and turn off 'allow users to add entries' so staff can't add personal addresses again.",
        ),
        ("user", "Ken said he needs to scan his wife's pregnancy check-up report to home though."),
        (
            "assistant",
            "Then let him use the one-off 'Scan to manual address' option and clear the send history afterwards. There's no need to keep a saved entry for it.",
        ),
    ],
]
