# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade90: personal data in email signatures, letterheads and document metadata (PDF properties, DOCX core.xml, EXIF, track changes, comments). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade90
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "email_signature"): _lines("""
        Kind regards, / Accounts Receivable Team / Meridian Freight Services Pte Ltd / 10 Anson Road #21-07, International Plaza, Singapore 079903 / T: +65 6222 0190 | ar@meridianfreight.com.sg / UEN 201526114K
        -- / Customer Experience | Kinabalu Outdoor Supplies Sdn Bhd (1207745-D) / Hotline 1-300-88-5566 (Mon–Fri 9am–6pm) / help@kinabaluoutdoor.my
        Sent from my iPhone
        Best, / {{sender.first_name}} {{sender.last_name}} / {{sender.title}} | {{company.name}} / M: {{sender.mobile}} | {{sender.email}}
        CONFIDENTIALITY NOTICE: This email and any attachments are intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harbourview Capital Ltd is licensed by the Securities and Futures Commission (CE No. AQB123).
        Please consider the environment before printing this email. | Ref: INV-2024-00871 | Tracking: SF1402938475566
        IT Service Desk | Eastbrook Polytechnic | Ext. 4357 (HELP) | Ticket #INC0048213 has been updated. Reply above this line to add a comment.
        Letterhead mock-up for the school play: "Sherlock Holmes, Consulting Detective, 221B Baker Street, London" in Victorian copperplate with a magnifying-glass watermark.
        <table><tr><td><b>Procurement Office</b><br>Straits Maritime Academy<br>+65 6550 3120 &middot; procurement@straitsmaritime.edu.sg</td></tr></table>
        BEGIN:VCARD VERSION:3.0 ORG:Tanjong Pagar Dental Group FN:Reception Desk TEL;TYPE=WORK:+65 6224 1818 URL:https://tpdentalgroup.sg END:VCARD
        Churchill initialled his wartime minutes "WSC", and the red "Action This Day" labels he attached are now a popular museum-shop reproduction.
        This mailbox is not monitored. General enquiries: +852 2811 3000 | 18/F, Prosperity Tower, 39 Queen's Road Central, Hong Kong | Office hours 9:00–18:00 HKT
        Regards, / The Admissions Office / St. Clement's International School / admissions@stclements.edu.hk | +852 2573 6600 / Application ref: ADM-25-10432
        Signature guideline: name, job title, department and office line only. Do not put personal mobile numbers, home addresses or NRIC numbers in email signatures (Staff Handbook §4.2, rev. 3.1).
    """),
    ("en", "pdf_properties"): _lines("""
        File: Q3_2024_Financial_Statements.pdf | Title: Quarterly Financial Statements | Author: Finance Department | Creator: Microsoft® Word for Microsoft 365 | Producer: Adobe PDF Library 23.1.96 | Created: 2024-10-14 09:12:07 +08:00 | Pages: 48 | PDF 1.7
        /Producer (macOS Version 14.2.1 Quartz PDFContext) /CreationDate (D:20240215083012Z00'00') /ModDate (D:20240215083012Z00'00')
        xmp:CreatorTool=Adobe InDesign 19.0 (Macintosh); xmpMM:DocumentID=xmp.did:6a1f2c3e-8b7d-4e21-9f0a-2c5d8e13b7a4; xmpMM:InstanceID=xmp.iid:0f3b91c2-55aa-4c3e-a8d1-77e4b2f9c610; dc:creator=Marketing Studio
        pdfinfo: Title: Brochure_FINAL_v7 / Subject: Product catalogue 2025 / Keywords: SKU, pricing, RM / Author: user / Creator: PScript5.dll Version 5.2.2 / Producer: Acrobat Distiller 11.0 (Windows) / Tagged: no / Page size: 595.276 x 841.89 pts (A4) / File size: 4815162 bytes
        Document Properties > Description: Author left blank per records policy; Company: Bayview Housing Authority; Manager: (empty); Category: Tender Documents; Tender No. BHA/T/2025/017
        Author: Charles Dickens | Title: A Christmas Carol | Publisher: Chapman & Hall, 1843 | Source: Project Gutenberg eBook #46 | Producer: calibre 7.4.0 [https://calibre-ebook.com]
        Producer: iText® 7.2.5 ©2000-2023 Apryse Group NV (AGPL-version); Title: e-Statement Template; Author: StatementEngine; Subject: Monthly statement for account ending ____
        PDF/A-3b: pdfaid:part=3, pdfaid:conformance=B; embedded file factur-x.xml; Invoice No. FX-2025-000413; Seller: Lumen Components GmbH; Currency: EUR; Total: 18,420.00
        Creator: Canon iR-ADV C5535 | Producer: Canon iR-ADV C5535 PDF | Title: SCAN_20250117_143210.pdf | Author: (none) | Pages: 3
        Signature panel: signed by "Land Transport Authority – Document Signing CA", certificate serial 4F:2A:91:0C:7E:33:B8:15, valid 2024-03-01 to 2027-02-28, signature is valid.
        Redaction check: metadata stripped with qpdf and exiftool -PDF:all= ; remaining fields: Producer, PDFVersion, PageCount (12), Linearized: Yes
        Title: Guidelines on Email Signatures and Document Metadata | Author: Public Service Division | ISBN 978-981-14-2253-9 | Pages: 16 | Language: en-SG
        Custom properties: ContractValue=SGD 1,250,000.00; ProjectCode=PRJ-7731; Classification=RESTRICTED; RetentionYears=7; ApprovedBy=Tender Board
    """),
    ("en", "exif"): _lines("""
        ExifTool Version Number: 12.76 | Make: Canon | Camera Model Name: Canon EOS R6 | Lens Model: RF24-105mm F4 L IS USM | Exposure Time: 1/250 | F Number: 8.0 | ISO: 100 | Date/Time Original: 2024:08:09 20:14:33
        Make: Apple | Model: iPhone 15 Pro | Software: 17.4.1 | GPS Position: (not present) | Image Size: 4032x3024 | Color Space: Display P3 | Orientation: Rotate 90 CW
        Artist: Singapore Tourism Board | Copyright: © STB 2023, all rights reserved | GPS Position: 1 deg 17' 12.40" N, 103 deg 51' 16.80" E | Caption: Merlion Park at blue hour
        IPTC Credit: Xinhua | By-line: Staff Photographer | Caption: Fireworks over Victoria Harbour on National Day, 1 October 2024 | Keywords: Hong Kong, fireworks, celebration
        XMP dc:rights="CC BY-SA 4.0"; photoshop:City="George Town"; photoshop:State="Pulau Pinang"; Iptc4xmpCore:Location="Kek Lok Si Temple"; dc:creator="Penang Heritage Image Library"
        EXIF UserComment (charset ASCII): "Product shot – SKU RB-2040-BLK, lightbox B, white seamless, 5600K"
        GPSLatitude and GPSLongitude removed; ThumbnailImage removed; remaining: ExposureProgram=Aperture-priority AE, MeteringMode=Multi-segment, Flash=Off, Did not fire, FocalLength=35.0 mm
        Software: Adobe Lightroom Classic 13.2 (Windows) | ModifyDate: 2025:01:05 11:42:10 | History Action: saved, converted | Derived From: DSC_4412.NEF
        NASA photo AS11-40-5903 of Buzz Aldrin on the lunar surface was taken by Neil Armstrong with a Hasselblad 500EL Data Camera; the archive lists magazine and frame numbers rather than EXIF.
        Copyright Notice: © 2024 Lianhe Photo Agency. Usage licence LIC-88421-A, editorial use only, expires 2026-12-31.
        Camera Model Name: DJI FC3582 | GPS Altitude: 118.2 m Above Sea Level | Flight log ref: FL-20250302-07 | Subject: construction progress survey, Block C, Harbourfront Residences site (Contract C1841)
        Warning: [minor] Possibly incorrect maker notes offsets (fix by -4) | Maker Note Version: 0221 | Shutter Count: (not available for this model)
        Image Description: sample from our "Golden Hour Collection" wedding package, from RM 3,800, studio at Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur
    """),
    ("zh-Hans", "docx_core_xml"): _lines("""
        <cp:coreProperties><dc:title>2025年度采购框架合同（模板）</dc:title><dc:creator>采购部</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T02:31:00Z</dcterms:created></cp:coreProperties>
        作者：Microsoft Office 用户；最后一次保存者：微软用户；修订号：3；总编辑时间：127分钟；公司：上海澜岸信息科技有限公司
        文档属性 → 摘要：标题“员工手册（2024修订版）”，主题“人事制度”，作者“人力资源部”，关键词“考勤；年假；报销”，备注“仅限内部使用”
        <Properties><Template>Normal.dotm</Template><TotalTime>45</TotalTime><Pages>6</Pages><Words>2318</Words><Application>Microsoft Office Word</Application><Company>WPS</Company><AppVersion>16.0000</AppVersion></Properties>
        修订记录：插入内容（作者：法务部，2024-11-02 10:15）“甲方应于收到发票后三十日内付款”；删除内容“十五日”
        批注[审阅者1]：第5.2条违约金比例建议与《民法典》第五百八十五条保持一致，请法务复核。
        WPS 加密后属性里的“作者”和“单位”还会保留吗？需要在 文件 → 文档加密 → 隐私选项 里勾选“保存时从文件属性中删除个人信息”。
        docProps/custom.xml：<property name="合同编号"><vt:lpwstr>HT-2025-SH-00318</vt:lpwstr></property><property name="密级"><vt:lpwstr>内部</vt:lpwstr></property><property name="归档年限"><vt:i4>10</vt:i4></property>
        信头：北京星衡律师事务所 | 北京市朝阳区建国门外大街1号国贸写字楼2座18层 | 电话：010-6505 8800 | 统一社会信用代码：31110000MD0172635R
        鲁迅《呐喊·自序》手稿扫描件元数据：标题“呐喊自序”，作者“鲁迅”，来源“北京鲁迅博物馆藏”，分辨率 600dpi，色彩模式 RGB。
        公文版头：××市人民政府办公室文件 / ×政办发〔2025〕12号 / 签发人：______ / 抄送：市委办公室，市人大常委会办公室
        客服热线 400-820-6688 | 投诉邮箱 service@huaxinlogistics.cn | 运单号 SF1234567890123 可在官网查询 | 发票号码 24312000000087654321
        邮件签名模板：姓名 | 职位 | 部门 / 手机：138xxxxxxxx / 邮箱：name@company.com.cn / 地址：请填写公司注册地址，勿填家庭住址
    """),
    ("zh-Hans", "email_signature"): _lines("""
        此致 / 敬礼 / 华信物流客户服务中心 / 全国服务热线：400-811-2233 / 工作时间：周一至周日 8:00–22:00
        -- / 深圳澜舟科技有限公司 市场部 | 电话：0755-8663 2100 | 邮箱：marketing@lanzhoutech.cn | 地址：深圳市南山区粤海街道科技南十二路 18 号
        发自我的华为手机
        本邮件及其附件含有保密信息，仅限于发送给上述地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。如果您错收了本邮件，请立即通知发件人并删除本邮件！
        【自动回复】您好，本邮箱为系统通知邮箱，请勿直接回复。订单号 DD20250312084411 已发货，物流单号 YT7548213390021。
        签名档图片 alt 文本：“公司 logo - 上海澜岸信息科技有限公司”，图片尺寸 320×80，链接 https://www.lanan-tech.cn
        钱学森 1955 年回国前寄给陈叔通的信件，信封落款“钱学森”，原件现藏上海交通大学钱学森图书馆。
        招聘邮件签名：人力资源部 招聘组 | 简历投递：hr@xingheng-law.cn | 我所不会以任何名义向应聘者收取费用
        统一社会信用代码：91310104MA1FR4K82K | 开户行：招商银行上海徐汇支行 | 对公账号请向财务部索取
        Outlook 签名 HTML：<p style='font-size:9pt'>{{姓名}} | {{职务}}<br>{{部门}} · {{公司}}</p>
        中华人民共和国驻马来西亚大使馆领事部 | 证件咨询（工作日 9:00–12:00） | 护照、旅行证办理请通过“中国领事”APP 预约
    """),
    ("zh-Hant", "letterhead_review"): _lines("""
        信箋抬頭：恒泰會計師事務所有限公司 | 香港中環德輔道中 68 號萬宜大廈 15 樓 | 電話：2526 8130 | 傳真：2526 8131 | 商業登記號碼：65432187
        臺北市政府 函 / 地址：11008 臺北市信義區市府路 1 號 / 承辦單位：資訊局 / 市民熱線：1999 / 發文字號：府資字第 1143045678 號 / 速別：普通件
        鼎新光電股份有限公司 | 統一編號：28415634 | 新竹科學園區研發二路 12 號 | 總機 (03) 578-2200 | 本函僅供報價參考，有效期限三十日
        [註解] 法務處：第七條「保密期間」建議由三年延長為五年，並與母公司範本一致。
        追蹤修訂：已刪除「新臺幣伍拾萬元整」，已插入「新臺幣陸拾萬元整」；作者：業務部；時間：2025/03/11 下午 02:17
        檔案 > 資訊 > 檢查文件：找到下列項目 — 文件摘要資訊、作者、註解、修訂；按「全部移除」即可清除。
        PDF 內容：標題「114 學年度招生簡章」、作者「教務處註冊組」、建立者「Microsoft Word 2019」、製作程式「Adobe PDF Library 15.0」、頁數 36
        EXIF：相機「FUJIFILM X-T5」、鏡頭「XF16-55mmF2.8 R LM WR」、拍攝日期 2024:12:25 18:03、著作權「© 香港旅遊發展局」
        孫中山先生 1924 年手書「天下為公」，典藏號 SY-0012，數位檔案作者欄標示為「國立國父紀念館」。
        電郵簽名（範本）：○○○ 經理 | 客戶服務部 | 直線：(852) ____ ____ | 本公司員工絕不會要求客戶提供網上銀行密碼。
        免責聲明：本電郵及其附件可能載有機密資料，如閣下並非指定收件人，請即通知寄件人並刪除本電郵。保單編號 HKP-2024-778812 之查詢請致電客戶服務熱線 3128 8800。
        許可證字號：衛部醫器輸字第 035812 號 / 製造廠：Lumen Medical GmbH / 批號 LOT 24B1187 / 效期 2027-08
        簽名檔：大學圖書館 參考服務組 | 電話 (02) 3366-2353 | 週一至週五 08:00–17:00 | 線上參考諮詢請至圖書館網站「Ask a Librarian」
    """),
    ("ms", "tandatangan_surat"): _lines("""
        Yang benar, / Unit Komunikasi Korporat / Syarikat Air Lembah Muda Sdn. Bhd. / Talian Khidmat Pelanggan: 1-800-88-2525 / aduan@airlembahmuda.com.my
        PENAFIAN: E-mel ini dan sebarang lampiran adalah sulit dan untuk kegunaan penerima yang dinamakan sahaja. Jika anda bukan penerima yang dimaksudkan, sila maklumkan kepada pengirim dan padamkan e-mel ini.
        KLINIK PERGIGIAN SENYUM CERIA SDN. BHD. (201801034567 / 1297123-K) / No. 12, Jalan SS 2/24, 47300 Petaling Jaya / Tel: 03-7875 2211 / Waktu operasi: 9 pg – 9 mlm
        Ruj. Kami: JPN.KL/100-4/2/3 Jld. 5 (12) | Ruj. Tuan: — | Tarikh: 14 Januari 2025
        Sifat dokumen PDF: Tajuk "Borang Permohonan Biasiswa 2025", Pengarang "Bahagian Biasiswa", Pencipta "Microsoft Word", Pengeluar "Adobe PDF Library 17.0", Tarikh dicipta 03/02/2025
        Templat tandatangan: [Nama Penuh] | [Jawatan] | [Bahagian] | Tel. Pejabat: 03-8888 xxxx samb. [___] | Jangan masukkan nombor MyKad atau alamat rumah.
        Komen dalam dokumen Word (Pengulas: Jabatan Undang-undang): Klausa 9.1 perlu dirujuk kepada Akta Perlindungan Data Peribadi 2010 (Akta 709).
        Perubahan dijejak: Dipadam "RM 12,000.00", Dimasukkan "RM 12,500.00" — Pengarang: Pentadbir, 21/10/2024 3:42 PTG
        Tunku Abdul Rahman Putra Al-Haj menandatangani surat rasmi sebagai Perdana Menteri pertama; salinan kepala surat Pejabat Perdana Menteri 1957 dipamerkan di Arkib Negara Malaysia.
        No. Invois: INV/2025/03/0412 | No. Pesanan: PO-88213 | Jumlah: RM 4,316.50 | Bayaran ke akaun syarikat Kinabalu Outdoor Supplies Sdn Bhd, Maybank 5140 1234 5678
        Talian kecemasan 999 | Talian Kasih 15999 | Pusat Khidmat Aduan Kerajaan: 03-8000 8000
        Metadata EXIF gambar: Kamera "Samsung SM-S918B", Tarikh 2024:06:17 08:45:12, Lokasi GPS: tiada, Perisian "S918BXXU2BWK4"
        Soalan: Bagaimana nak buang nama pengarang daripada fail PDF sebelum hantar kepada pelanggan? Jawapan: Dalam Acrobat, pergi ke Fail > Sifat > Penerangan dan kosongkan medan Pengarang, atau guna Alatan > Redaksi > Alih Keluar Maklumat Tersembunyi.
    """),
    ("mixed", "howto_code"): _lines("""
        exiftool -all= -tagsfromfile @ -ColorSpaceTags -overwrite_original *.jpg   # strip everything except the colour profile
        python-docx: doc.core_properties.author = ""; doc.core_properties.last_modified_by = ""; doc.core_properties.comments = ""; doc.save("clean.docx")
        pypdf: writer.add_metadata({"/Author": "", "/Creator": "Records Unit", "/Producer": "internal-export 2.3"})
        怎么批量删除 Word 里的批注和修订？审阅 → 接受所有修订 → 删除所有批注，然后 文件 → 检查文档 → 删除 document properties and personal information。
        CI commits use git config user.name "ci-bot" and user.email "ci-bot@noreply.example.com" so no developer details end up in the release tarball metadata.
        VBA: Sub StripProps() / ActiveDocument.RemovePersonalInformation = True / ActiveDocument.Save / End Sub
        Regex [0-9]{6}-[0-9]{2}-[0-9]{4} untuk format MyKad dalam tandatangan e-mel; uji dengan data palsu sahaja, jangan guna nombor IC sebenar.
        iPhone 小技巧：分享相片前點「選項」，關閉「位置」與「所有照片資料」，就不會把 GPS 一起傳出去。
        Outlook > File > Options > Mail > Signatures: set one signature for "New messages" and a shorter one for "Replies/forwards"; HTML signatures live in %APPDATA% under Microsoft/Signatures.
        mat2 --inplace report.pdf   # Metadata Anonymisation Toolkit; verify afterwards with mat2 --show report.pdf
        LibreOffice: Tools > Options > LibreOffice > Security > Options > "Remove personal information on saving" ✔ — berguna sebelum hantar dokumen tender.
        Apakah beza "Author" dan "Last Modified By" dalam Word? Author diambil daripada nama pengguna Office semasa dokumen dicipta; Last Modified By dikemas kini setiap kali disimpan.
        SharePoint 的 Created By 来自登录账户，不是 docx 里的 dc:creator，所以两者可能不一致；migrate 时以 SharePoint 栏位为准。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Thanks & regards, / Darren Koh Wei Jie | Senior Relationship Manager, Private Banking | Eastgate Bank Singapore / M: +65 9734 2180 | darren.koh.wj@gmail.com / I'm on paternity leave until 3 March, please reach me on my Gmail.
        pdfinfo Offer_Letter_signed.pdf -> Title: Letter of Offer – Siti Hajar binti Osman (NRIC S8734215H) / Subject: Senior Staff Nurse, Ward 7B, basic salary SGD 5,450 / Creator: Microsoft® Word 2016 / CreationDate: Tue Jan 14 10:22:41 2025 SGT
        <cp:coreProperties><dc:creator>Rajesh s/o Kumaravel</dc:creator><cp:lastModifiedBy>Rajesh K</cp:lastModifiedBy><dc:title>Appeal against dismissal – R. Kumaravel</dc:title><cp:keywords>disciplinary; misconduct; HR case 2024-117</cp:keywords></cp:coreProperties>
        FileName: IMG_4471.HEIC | Make: Apple | Model: iPhone 13 | DateTimeOriginal: 2025:02:08 07:41:55 | GPSLatitude: 1 deg 21' 3.84" N | GPSLongitude: 103 deg 56' 42.60" E | OwnerName: Melissa Tan Hui Min | ImageDescription: our new flat, Blk 512 Tampines St 51 #09-214, key collection day!
        Tracked change by Jonathan Lee (HR), 12/03/2025 16:04 — Deleted: "Mr Aaron Pereira has been placed on medical leave (major depressive episode) until further notice." Inserted: "Mr Aaron Pereira is on leave."
        Comment [PW1] Priya Wong: candidate's HKID K482913(1) and DOB 02/11/1993 must match the passport copy before we issue the contract.
        Lim & Partners Family Clinic | 203 Bukit Batok St 21 #01-118 | Tel 6561 4420 / MEDICAL CERTIFICATE / This is to certify that MR TAN JUN HAO (S7612908H) was examined on 03/02/2025 and is unfit for duty from 03/02/2025 to 05/02/2025 (2 days). Diagnosis: acute gastroenteritis.
        BEGIN:VCARD VERSION:3.0 N:Fernandez;Clarissa;;; FN:Clarissa Fernandez TITLE:Freelance Wedding Photographer TEL;TYPE=CELL:+60 12-387 4410 EMAIL:clarissa.fdz.photo@gmail.com ADR;TYPE=HOME:;;14 Lorong Mahsuri 3;Bayan Baru;Penang;11950;Malaysia END:VCARD
        <rdf:Description xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/"><pdfx:PatientName>GOH SIEW LING</pdfx:PatientName><pdfx:NRIC>S9023471D</pdfx:NRIC><pdfx:Procedure>MRI brain with contrast</pdfx:Procedure><xmp:CreatorTool>RadiologyPACS Export 4.1</xmp:CreatorTool></rdf:Description>
        -- / Ben & Audrey Chua / 48 Jalan Kembangan, Singapore 419167 / Home 6442 8713 · Audrey's mobile 9182 6604 / (send the kids' school forms here, not to the office)
        Properties of Tenancy_Agreement_FINAL.docx: Author: Kevin Ong; Company: (blank); Comments: "Tenant Ms Nur Nadia binti Rahman, Malaysian passport A38812745, rent SGD 3,200/month, 2 months deposit received 28/12"
        Comment by Grace Yeo (Finance): customer paid the deposit with Visa 4532 0140 5235 8090 exp 08/27 — please mask it before this PDF goes to the vendor.
        Artist: Kelvin Cheung Ka Ho | Copyright: Kelvin Cheung, all rights reserved | GPS Position: 22 deg 17' 50.21" N, 114 deg 10' 20.52" E | UserComment: Mum's 70th birthday dinner, Jade Garden TST, 14 Sep
        Word comment thread on Reference_Letter.docx — [SL1] Samuel Lazaroo: "Should we mention that Benedict de Souza left us after the audit found he'd been inflating overtime claims?" [SL2] reply: "Delete it, but keep the dates 2019–2024."
    """),
    "zh-Hans": _lines("""
        <dc:creator>王晓东</dc:creator><cp:lastModifiedBy>王晓东</cp:lastModifiedBy><dc:title>离职申请-王晓东-研发三部</dc:title><dc:description>因父亲确诊肺癌需回成都照顾，申请于2025年4月30日离职</dc:description>
        张明远 | 高级产品经理 | 深圳澜舟科技有限公司 / 手机：138 2654 7713 / 微信：zmy_0718 / 地址：深圳市南山区高新南七道 R2-B 栋 4 楼
        修订（作者：李静，2024/12/03 14:22）：删除“经核实，员工刘海波（身份证号420106198304172513）存在虚报差旅费用行为”，插入“相关情况另行通报”。
        批注 [陈1]：孙丽娜的入职体检报告显示乙肝表面抗原阳性，先别把这页放进档案，等 HR 确认。
        文件属性：标题“个人信用报告”，作者“征信中心”，主题“查询人：赵一鸣，证件号码：110105198703142136”，创建时间 2025-01-09 15:03:11
        照片信息：设备 HUAWEI Mate 60 Pro；拍摄时间 2024:10:02 09:15:40；GPS 30°16'45.6"N 120°8'2.4"E；作者“周子涵”；描述“新家楼下，西湖区文三路 259 号 3 幢 1202 室，终于搬进来了”
        发票抬头备注：收款人 黄文博 / 开户行 中国农业银行杭州西湖支行 / 账号 6228 4821 7549 9404 448 / 联系电话 159 6813 2047
        From: =?GB2312?B?wfXR8w==?= <liuyang_1992@163.com> / Subject: =?UTF-8?B?5YiY5rSLIOivt+WBh+eUs+ivt++8iOS6p+ajgO+8iQ==?= / X-Mailer: Foxmail 7.2 / 附件：孕检报告_第24周.pdf
        docProps/custom.xml：<property name="报销人"><vt:lpwstr>何佳怡</vt:lpwstr></property><property name="身份证号"><vt:lpwstr>310104199207210465</vt:lpwstr></property><property name="报销金额"><vt:lpwstr>¥12,860.00</vt:lpwstr></property>
        Content-Transfer-Encoding: quoted-printable / -- / =E5=BE=90=E6=B5=A9 | =E9=94=80=E5=94=AE=E6=80=BB=E7=9B=91 | =E6=BE=9C=E8=88=9F=E7=A7=91=E6=8A=80 / M: +86 186 2039 5517 / xuhao.sales@foxmail.com
        签证材料清单-吴思远.docx 修订记录：插入“申请人护照号码 E73218465，有效期至 2031 年 6 月，在职证明由单位盖章”，作者 Administrator
        PDF 注释（作者：招聘专员）：候选人郭婷婷，现住上海市徐汇区漕溪北路 88 弄 6 号 502 室，期望薪资 28K×14，目前怀孕 5 个月，面试安排请注意。
    """),
    "zh-Hant": _lines("""
        陳嘉欣 Karen Chan | 註冊社工 | 恩泉家庭服務中心 / 手提：6123 4987 / 私人電郵：karenchan.kh@yahoo.com.hk / 逢星期三放假
        追蹤修訂：已刪除「租客：李志明先生（香港身份證 Y736150(3)），月租 HK$16,800」— 作者：地產代理 Sandy，2025/01/22 上午 11:08
        [註解 MW1] 黃美華：病人何國強（HKID P205874(3)）上週覆診時血壓 168/102，請醫生在轉介信加註。
        PDF 內容：標題「在職證明書」、作者「人資部」、主旨「林怡君 身分證字號 A248372615 任職行銷企劃專員，月薪新臺幣 48,000 元」
        相片資訊：相機 Sony ILCE-7M4；作者「蔡承翰」；著作權「蔡承翰 攝」；GPS 25°2'2"N 121°32'58"E；說明「兒子第一天上小學，臺北市大安區敦化南路二段 76 巷 9 號 4 樓家門口」
        私人信箋：張淑芬 / 新北市板橋區文化路一段 188 號 7 樓 / 手機 0933-281-406 / 敬啟者：本人因母親中風住院，懇請貴公司准予延期繳交本期保費。
        <dc:creator>吳建宏</dc:creator><cp:lastModifiedBy>Jason Wu</cp:lastModifiedBy><dc:title>離婚協議書（吳建宏、鄭雅婷）草稿v3</dc:title><cp:keywords>監護權；贍養費；女兒就讀私校學費</cp:keywords>
        付款確認 — 持卡人：WONG KA MAN | 卡號：5200 8215 6792 8011 | 有效期 11/28 | 訂單 HKT-2025-04471 | 送貨地址：沙田第一城 32 座 19 樓 F 室
        註解（審閱者：人資 小陳）：新人許志豪 F129460380 勞保加保日 2025/03/01，眷屬加保兩位（配偶、女兒）。
        許雅雯 Yvonne Hsu｜自由接案設計師｜LINE ID: yvonne_hsu0521｜手機 0912-583-147｜作品集 behance.net/yvonnehsu
    """),
    "ms": _lines("""
        Salam hormat, / Mohd Faizal bin Abdul Rahman / Penolong Pegawai Tadbir, Unit Kewangan / Tel bimbit: 012-738 4406 / E-mel peribadi: faizal.ar85@gmail.com
        Sifat dokumen: Tajuk "Slip Gaji Mac 2025 - NUR AIN BINTI ISMAIL", Pengarang "payroll", Subjek "No. KP 920721-10-6248, Gaji Bersih RM 3,872.40, Akaun Maybank 1640 2258 9173"
        Komen [SA1] Cikgu Siti Aminah: Muhammad Haziq bin Roslan (MyKad 011230-01-0483) ponteng kelas 12 kali semester ini; sila maklumkan kepada bapanya di 019-882 4410.
        Perubahan dijejak oleh Pentadbir: Dipadam "Penyewa: Encik Ganesan a/l Muniandy, No. KP 790402-13-5571, alamat No. 23, Lorong Kenyalang 4, 93300 Kuching"
        KLINIK DR. LEE & RAKAN / SIJIL CUTI SAKIT / Nama: KAVITHA A/P SUBRAMANIAM / No. KP: 850909-07-5164 / Diagnosis: Demam denggi / Cuti: 3 hari (12/03/2025 – 14/03/2025)
        Maklumat EXIF: Peranti "OPPO Reno10"; Tarikh 2025:01:28 16:20; GPS 3°5'12"N 101°27'58"E; Artis "Aiman Hakimi bin Zulkifli"; Penerangan "rumah baru kami, No. 8 Jalan Setia Indah U13/18, Setia Alam"
        Daripada: Puan Rohani binti Said, No. 45 Jalan Kampung Baru, 47000 Sungai Buloh, Selangor (tel. 013-662 9047) / Kepada: Pengetua SMK Sungai Buloh / Perkara: Permohonan pengecualian yuran untuk anak saya, Nurul Izzah binti Kamarul, Tingkatan 3 Dahlia
        <dc:creator>Tan Ah Kow</dc:creator><dc:title>Surat Rayuan Penangguhan Bayaran Balik PTPTN - Lim Mei Xin (950812-12-6034)</dc:title><cp:keywords>rayuan; kehilangan kerja; Sabah</cp:keywords>
        Anotasi PDF invois (oleh: Akaun): bayaran pendahuluan oleh En. Hafiz Azman melalui kad 4054 1897 8150 6744, baki RM 1,200 belum dijelaskan.
        Sekian, terima kasih. / Nor Azlina binti Che Mat / Guru Penolong Kanan HEM, SK Taman Melati / WhatsApp: 011-2874 3395 / Rumah: Lot 1123, Kampung Padang Jawa, 40200 Shah Alam
    """),
    "mixed": _lines("""
        From: =?UTF-8?B?6ZmI5oCd6aKW?= <chensiying.sy@gmail.com> / Subject: Re: 签名档更新 / 陈思颖 Sylvia | 市场部 | mobile 139-1672-8843 (WeChat same number)
        照片描述 for agent: Ho Jia Hui IC front / FIN G5083126X / Make: Samsung | Model: SM-A546E | GPS: 1.4382 N, 103.7865 E | DateTimeOriginal: 2025:03:02 21:10:07
        Content-Type: text/vcard; name="contact.vcf" / Content-Transfer-Encoding: base64 / QkVHSU46VkNBUkQNClZFUlNJT046My4wDQpGTjpGYXJhaCBOYWRpYWggYmludGkgWXVzb2YNClRJVExFOkd1cnUgVGFkaWthDQpURUw7VFlQRT1DRUxMOis2MDE3LTIyMyA1MDgxDQpBRFI7VFlQRT1IT01FOjs7Tm8uIDE3IEphbGFuIE1hd2FyIDI7VGFtYW4gTWF3YXI7Sm9ob3IgQmFocnU7ODExMDA7TWFsYXlzaWENCkVORDpWQ0FSRA0K
        Track changes 留言 by Vincent Loh: 客户 Mdm Lee Ah Moi 的 NRIC S6823419J 和 policy 保费 SGD 4,210/yr 不要放进 cover letter，她儿子上次已经投诉过。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Before I post my old sofa on Carousell, which EXIF fields should I strip? The photo says: Artist: Nicholas Fong Wai Kit | GPS Position: 1.3425 N, 103.7764 E | Description: living room, Blk 21 Toh Yi Drive #05-118",
        ),
        (
            "assistant",
            "Strip Artist, all GPS tags and the Description: together they give your full name and home address. exiftool -all= photo.jpg removes them in one go.",
        ),
        (
            "user",
            "Done, thanks. Should I also hide my number 9651 2087 in the listing or is that normal?",
        ),
    ],
    [
        ("user", "帮我写个邮件签名，我叫林嘉怡，在杭州一家外贸公司做跟单，手机 158 6813 7720。"),
        (
            "assistant",
            "可以这样写：林嘉怡 | 外贸跟单 | 杭州××进出口有限公司 / 手机：158 6813 7720 / 邮箱：请填写工作邮箱",
        ),
        (
            "user",
            "再加上我的微信 linjy_hz 和家里地址 杭州市拱墅区莫干山路 1177 号 2 幢 601，有些客户要寄样品到家里。",
        ),
    ],
    [
        (
            "user",
            "我份租約開咗 track changes，打開仲見到業主個 HKID R619347(0)，點樣刪走先傳俾租客？",
        ),
        (
            "assistant",
            "喺 Word 揀「校閱」→「接受所有修訂」，再用「檢查文件」移除註解同修訂紀錄，之後另存新檔先至傳出去。",
        ),
        ("user", "明白。業主陳國輝話唔想租客知道佢住喺將軍澳富康花園，地址嗰段都要刪埋啊？"),
    ],
    [
        (
            "user",
            "Macam mana nak buang nama pengarang dalam PDF? Nama saya Nurul Syafiqah binti Hamdan, fail ni surat sokongan doktor untuk cuti tanpa gaji sebab saya mengandung 7 bulan.",
        ),
        (
            "assistant",
            "Buka PDF dalam Acrobat, pergi ke Fail > Sifat > Penerangan, kosongkan medan Pengarang dan Kata Kunci, kemudian simpan sebagai fail baharu.",
        ),
        (
            "user",
            "Ok dah. Tapi surat tu masih tulis nama saya dan No. KP 930615-10-5286 dalam kepala surat klinik, perlu tutup tak?",
        ),
    ],
    [
        (
            "system",
            "You are a document-compliance assistant for the HR team. Flag any personal data before files leave the company.",
        ),
        (
            "user",
            "Check this core.xml before I send the template to the vendor: <dc:creator>Marcus Teo Jun Wei</dc:creator><dc:title>Final written warning – repeated lateness</dc:title><cp:lastModifiedBy>HR-Ops</cp:lastModifiedBy>",
        ),
        (
            "assistant",
            "The creator and title together identify an employee and a disciplinary matter. Clear dc:creator and rename the title to a generic 'Written warning template' before sending.",
        ),
    ],
    [
        (
            "user",
            "my email sig now: 'Jasmine Lau | Senior Physiotherapist | Outpatient Rehab | HP 9182 7745'. should i remove the HP ah?",
        ),
        (
            "assistant",
            "If the clinic has a main line, use that instead; a personal mobile in every email travels to anyone the thread is forwarded to.",
        ),
        (
            "user",
            "ok but patients text me there for their post-op exercises, e.g. mr chong after his ACL surgery last week",
        ),
    ],
    [
        ("user", "邮件发件人显示 =?UTF-8?B?5p2o5biG?= 是什么意思？"),
        ("assistant", "这是 MIME 编码的发件人名字，解码后是“杨帆”。"),
        (
            "user",
            "对，是我老公，他邮箱 yangfan1983@qq.com 最近老收到这种乱码邮件，是不是被盗号了？",
        ),
    ],
    [
        (
            "user",
            "這張是我女兒在幼兒園的照片，EXIF 有 GPS 24.1477, 120.6736，她叫王品妍，想上傳 FB 前要怎麼刪掉位置？",
        ),
        (
            "assistant",
            "iPhone 分享時點「選項」關閉「位置」；電腦上可以用 exiftool -gps:all= 檔名.jpg 移除 GPS。",
        ),
        ("user", "好，那照片說明寫「品妍 台中市西區向上路一段 幼兒園大班」也要拿掉嗎？"),
    ],
    [
        (
            "user",
            "I left review comments on my dad's will draft. One says: 'Dad (Suresh Nair, NRIC S7349062F) wants the Serangoon Gardens house split between me and my brother Arun.' Will the comments show when the lawyer opens it?",
        ),
        (
            "assistant",
            "Yes, Word comments stay in the file and are visible to anyone who opens it unless you delete them or run Inspect Document.",
        ),
        (
            "user",
            "ok, and the lawyer's secretary already asked for my number, 8123 4596, is it fine to leave that in the cover email?",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong semak tandatangan e-mel saya? 'Ahmad Zaki bin Yusof, Jurutera Tapak, Projek Lebuhraya Pantai Barat, 013-448 2019, No KP 870314-14-5327'",
        ),
        (
            "assistant",
            "Sebaiknya buang nombor MyKad daripada tandatangan; cukup nama, jawatan, projek dan nombor telefon pejabat.",
        ),
        (
            "user",
            "Ok buang IC, tapi nombor telefon bimbit tu kekal sebab kontraktor selalu WhatsApp saya.",
        ),
    ],
    [
        ("system", "你是文档元数据检查助手，请总结 PDF 属性并提示风险。"),
        (
            "user",
            "PDF 属性：标题“出院小结”，作者“深圳市南山区某医院信息科”，主题“患者 邓雨欣 440305198509095388 诊断：甲状腺乳头状癌术后”，关键词“住院号 ZY2025-00871”",
        ),
        (
            "assistant",
            "主题字段包含患者姓名、身份证号和诊断，属于敏感个人信息，外发前需清空主题和关键词字段。",
        ),
    ],
]
