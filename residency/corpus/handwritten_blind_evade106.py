# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade106: PDF and office-document internals (PDF objects, XMP, DOCX core.xml, XLSX shared strings, ODT content.xml, comments, tracked changes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade106
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pdf_object_dump"): _lines("""
        1 0 obj << /Type /Catalog /Pages 2 0 R /Metadata 14 0 R /Lang (en-SG) >> endobj
        9 0 obj << /Title <416E6E75616C205265706F72742032303235> /Author (Investor Relations) /Producer (Adobe PDF Library 17.0) /CreationDate (D:20260312091544+08'00') >> endobj
        trailer << /Size 212 /Root 1 0 R /Info 9 0 R /ID [<8F3A1C0D9E4B27F6A0C51D38E2B7904A> <8F3A1C0D9E4B27F6A0C51D38E2B7904A>] >>
        << /Type /Info /Title (Lee Kuan Yew 1923-2015: commemorative supplement) /Author (Newsroom Archive Desk) /Subject (Obituary of Singapore's first prime minister) >>
        12 0 obj << /Type /ObjStm /N 48 /First 392 /Filter /FlateDecode /Length 5127 >> stream
        /Author (Jane Austen) /Title (Pride and Prejudice) /Creator (Project Gutenberg EBook #1342) /Keywords (Elizabeth Bennet; Mr Darcy; Longbourn)
        /T (applicant_full_name) /FT /Tx /V () /TU (Enter your name exactly as it appears on your NRIC or passport) /MaxLen 66
        /T (company_phone) /FT /Tx /V (+65 6123 4567) /TU (Company main line - prefilled, do not change) /Ff 1
        /Annots [<< /Subtype /Text /T (Reviewer) /Contents (Check GST reg. no. M90312345X against ACRA before sign-off) /M (D:20261101142200+08'00') >>]
        xref 0 6 0000000000 65535 f 0000000015 00000 n 0000000074 00000 n 0000000178 00000 n 0000000457 00000 n
        /Author <FEFF6DF157335E02817E8BAF8BA17B97673A7CFB7EDF67099650516C53F8> /Title (Interim Results Presentation, Shenzhen)
        /Subject (Invoice INV-2026-118745 | Total SGD 4,812.60 incl. 9% GST | Due 2027-01-05) /Author (accounts-receivable@harbourline.com.sg)
        << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name (Harbourline Logistics Pte. Ltd. UEN 201912345K) /Reason (Approved by the Finance Director) >>
        /JS (this.getField('id_no').value = ''; app.alert('Please re-enter the ID number in the format S1234567D (sample only)');)
    """),
    ("en", "docx_core_xml"): _lines("""
        <cp:coreProperties><dc:title>Tenancy Agreement Template v4</dc:title><dc:creator>Legal Ops</dc:creator><cp:lastModifiedBy>Legal Ops</cp:lastModifiedBy><cp:revision>37</cp:revision></cp:coreProperties>
        <dc:creator>Microsoft Office User</dc:creator><cp:lastModifiedBy>Microsoft Office User</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T03:14:00Z</dcterms:created>
        <Properties><Template>Normal.dotm</Template><TotalTime>412</TotalTime><Pages>18</Pages><Words>5231</Words><Company>Raffles Medical Group</Company><AppVersion>16.0000</AppVersion></Properties>
        <w:comment w:id="7" w:author="Compliance" w:date="2026-10-14T08:02:00Z" w:initials="CO"><w:p><w:r><w:t>Replace the sample ID with the placeholder [ID NUMBER] before publishing.</w:t></w:r></w:p></w:comment>
        <w:ins w:id="118" w:author="Author" w:date="2026-09-30T11:45:00Z"><w:r><w:t>The Tenant shall pay a deposit of two (2) months' rent within seven (7) days of signing.</w:t></w:r></w:ins>
        <w:del w:id="119" w:author="Author" w:date="2026-09-30T11:46:00Z"><w:r><w:delText>Landlord: [NAME], NRIC [__________], of [ADDRESS]</w:delText></w:r></w:del>
        <w:r><w:t>Dear {{ first_name }},</w:t></w:r><w:r><w:t xml:space="preserve"> your order </w:t></w:r><w:r><w:t>SO-20261204-00817</w:t></w:r><w:r><w:t> has shipped.</w:t></w:r>
        <Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:privacy@harbourline.com.sg?subject=Data%20Access%20Request" TargetMode="External"/>
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="TitleB64"><vt:lpwstr>VGVybXMgYW5kIENvbmRpdGlvbnMgdjMuMg==</vt:lpwstr></property>
        <dc:title>Shakespeare - Hamlet, Act III Scene 1 (annotated for Sec 4 Literature)</dc:title><dc:creator>English Department</dc:creator>
        <w:comment w:id="21" w:author="Reviewer 2"><w:p><w:r><w:t>Per the Gan Eng Seng School style guide, spell out numbers under ten.</w:t></w:r></w:p></w:comment>
        unzip -p Board_Minutes_Q3.docx docProps/core.xml | xmllint --format - | grep -E 'creator|lastModifiedBy'
        <w:rsids><w:rsidRoot w:val="00A41C7E"/><w:rsid w:val="00B7E2F1"/><w:rsid w:val="00C03D58"/></w:rsids>
    """),
    ("zh-Hans", "xlsx_shared_strings"): _lines("""
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1842" uniqueCount="611"><si><t>订单号</t></si><si><t>商品编码</t></si><si><t>数量</t></si>
        <si><t>SO-20261204-00817</t></si><si><t>小米 14 Ultra 16GB+512GB 黑色</t></si><si><t>¥6,499.00</t></si>
        <si><t>客服热线 400-100-5678（工作日 9:00-18:00）</t></si>
        <si><r><rPr><b/></rPr><t>华东仓</t></r><r><t xml:space="preserve"> 出库 3,412 件，退货率 1.8%</t></r></si>
        <si><t>&#x5B63;&#x5EA6;&#x9500;&#x552E;&#x6C47;&#x603B;</t></si>
        <si><t>统一社会信用代码 91440300708461136T（深圳某科技有限公司，工商公示信息）</t></si>
        <si><t>本月门诊 1,204 人次，住院 87 人，平均年龄 46.3 岁</t></si>
        <si><t>客户A</t></si><si><t>客户B</t></si><si><t>客户C（已匿名化）</t></si>
        <si><t>{{收件人姓名}}</t></si><si><t>{{手机号}}</t></si><si><t>{{详细地址}}</t></si>
        <c r="E214" s="7" t="s"><v>388</v></c><c r="F214" s="9"><v>20261204093015</v></c>
        <si><t>鲁迅路 18 号 鲁迅纪念馆 门票 ¥20</t></si>
        <si><t>孙悟空 / 猪八戒 / 沙悟净 —— 角色卡 SKU-XYJ-003</t></si>
        <si><t>快递单号 SF1428037765921 已签收（丰巢柜）</t></si>
    """),
    ("zh-Hant", "odt_content_xml"): _lines("""
        <office:document-content office:version="1.3"><office:body><office:text><text:h text:outline-level="1">年度營運報告</text:h>
        <text:p text:style-name="P3">本館藏品「&#x5B6B;&#x4E2D;&#x5C71;」手稿，展期至 2027 年 3 月 31 日。</text:p>
        <meta:initial-creator>行政部</meta:initial-creator><meta:creation-date>2026-10-08T10:21:33</meta:creation-date><meta:editing-cycles>14</meta:editing-cycles>
        <office:annotation><dc:creator>審核組</dc:creator><dc:date>2026-11-02T15:40:00</dc:date><text:p>第 4 條請統一用「承租人」稱呼，勿寫真實姓名。</text:p></office:annotation>
        <text:tracked-changes><text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>法務</dc:creator><dc:date>2026-11-20T09:00:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>
        <text:p>PDF 標題欄位值 &lt;FEFF7D056A13592200207B2C4E0956DE&gt; 解碼後為「紅樓夢 第三回」。</text:p>
        <text:p>客服專線 (02) 2181-5566，服務信箱 service@tw-example.com.tw</text:p>
        <text:p>統一編號 24536806，公司登記地址：台北市信義區松仁路 100 號</text:p>
        <text:p>林黛玉進賈府一回中，王熙鳳「未見其人，先聞其聲」。</text:p>
        <text:list-item><text:p>訂單編號 TW2026120400518，金額 NT$ 3,280，已出貨</text:p></text:list-item>
        <text:p>本月共受理 37 件個資查詢申請，其中 5 件要求刪除，平均處理 6.2 個工作天。</text:p>
        <text:user-field-decl office:value-type="string" office:string-value="" text:name="申請人姓名"/><text:user-field-decl office:value-type="string" office:string-value="" text:name="身分證字號"/>
        <text:p>王永慶創辦台塑集團，2008 年辭世，享壽 91 歲。</text:p>
    """),
    ("ms", "tracked_changes_comments"): _lines("""
        <w:comment w:id="3" w:author="Jabatan Kewangan" w:initials="JK"><w:p><w:r><w:t>Sila semak semula jumlah RM12,480.00 dalam Invois INV-2026-0931.</w:t></w:r></w:p></w:comment>
        <w:ins w:id="52" w:author="Unit Perundangan" w:date="2026-08-17T10:05:00Z"><w:r><w:t>Penyewa hendaklah membayar deposit sebanyak dua (2) bulan sewa.</w:t></w:r></w:ins>
        <w:del w:id="53" w:author="Unit Perundangan"><w:r><w:delText>Nama Penyewa: [NAMA PENUH], No. K/P: [______-__-____]</w:delText></w:r></w:del>
        <w:comment w:author="Pentadbir"><w:p><w:r><w:t>Alamat pejabat: Menara Tun Razak, Jalan Raja Laut, 50350 Kuala Lumpur. Talian am 03-2693 1122.</w:t></w:r></w:p></w:comment>
        <w:comment w:id="9" w:author="Penyemak"><w:p><w:r><w:t>Tajuk dalam XMP ialah TGFwb3JhbiBUYWh1bmFuIDIwMjU= (base64), tukar kepada teks biasa.</w:t></w:r></w:p></w:comment>
        <w:ins w:author="Editor"><w:r><w:t>Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.</w:t></w:r></w:ins>
        <w:comment w:author="Khidmat Pelanggan"><w:p><w:r><w:t>Untuk pertanyaan, e-mel aduan@syarikatcontoh.com.my atau hubungi 1-300-88-2525.</w:t></w:r></w:p></w:comment>
        Komen #14 (Setiausaha Syarikat): No. Pendaftaran Syarikat 202001012345 (1371234-X) perlu dimasukkan dalam pengaki setiap muka surat.
        <w:del w:author="Semakan"><w:r><w:delText>Pelanggan A dan Pelanggan B</w:delText></w:r></w:del><w:ins w:author="Semakan"><w:r><w:t>dua (2) pelanggan korporat</w:t></w:r></w:ins>
        Pautan dalam dokumen: Target="https://www.contoh.com.my/promo?t=Syarat%20%26%20Terma%20Promosi%20Hari%20Raya" TargetMode="External"
        <w:comment w:author="Pengurus Bertugas"><w:p><w:r><w:t>Statistik: 14 aduan diterima minggu ini, 11 selesai, 3 masih dalam siasatan.</w:t></w:r></w:p></w:comment>
        <w:ins w:author="Penterjemah"><w:r><w:t>Hang Tuah berkata, "Takkan Melayu hilang di dunia."</w:t></w:r></w:ins>
        <w:comment w:author="QA"><w:p><w:r><w:t>Nombor penjejakan EMS EE123456785MY masih "In transit" sejak 2 Dis.</w:t></w:r></w:p></w:comment>
    """),
    ("en", "xmp_metadata"): _lines("""
        <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c001 79.675d0f7, 2023/06/11-19:21:16">
        <dc:creator><rdf:Seq><rdf:li>Marketing Team</rdf:li></rdf:Seq></dc:creator><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2026 Harbourline Logistics Pte. Ltd.</rdf:li></rdf:Alt></dc:rights>
        <xmpMM:DocumentID>uuid:7c2e9f14-3b8a-4d61-a0e5-91f3c8b2d406</xmpMM:DocumentID><xmpMM:InstanceID>xmp.iid:0a8f3e21-6d4c-4b97-8e12-5f7d9c3a1b60</xmpMM:InstanceID>
        <photoshop:Credit>Wire photo</photoshop:Credit><photoshop:Headline>Prime Minister Anwar Ibrahim opens the ASEAN summit in Kuala Lumpur</photoshop:Headline>
        exiftool -a -G1 brochure.pdf | grep -i author  ->  [PDF] Author : Brand Studio
        [XMP-pdf] Keywords : Q29tcGFueSBDb25maWRlbnRpYWwgLSBEbyBOb3QgRGlzdHJpYnV0ZQ==
        <pdf:Producer>4D6963726F736F667420576F72642031362E30</pdf:Producer><!-- hex-encoded by the export plugin -->
        <xmp:CreatorTool>Canon iR-ADV C5840 (serial QLK04417)</xmp:CreatorTool><xmp:CreateDate>2026-12-01T16:22:09+08:00</xmp:CreateDate>
        <Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiEmailWork="photodesk@newsroom.example.sg" Iptc4xmpCore:CiTelWork="+65 6319 5000"/>
        <dc:subject><rdf:Bag><rdf:li>Sherlock Holmes</rdf:li><rdf:li>221B Baker Street</rdf:li><rdf:li>Dr John Watson</rdf:li></rdf:Bag></dc:subject>
        <xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">Licensed to {{licensee_name}} for internal use only.</rdf:li></rdf:Alt></xmpRights:UsageTerms>
        <stEvt:action>saved</stEvt:action><stEvt:instanceID>xmp.iid:5D2B3C11A9E4</stEvt:instanceID><stEvt:when>2026-11-30T09:41:27+08:00</stEvt:when><stEvt:softwareAgent>Adobe InDesign 19.4</stEvt:softwareAgent>
        <?xpacket id="W5M0MpCehiHzreSzNTczkc9d"?> ... <?xpacket end="w"?> (2,048 bytes of whitespace padding follow)
    """),
    ("mixed", "dlp_scan_log"): _lines("""
        2026-12-04T02:11:09Z dlp-scan INFO file=Q3_results.pdf sha256=9f2c4a7e1b08d3f56c91e27a4b0d8e3f7a6c5b1d2e9f0a4c8b7d6e5f4a3b2c1d findings=0 action=ALLOW dest=offshore
        dlp-scan INFO file=Templates/ID_form.docx rule=SG_NRIC pattern=[STFGM]nnnnnnnA matches=0 placeholders=3 verdict=clean
        scan id=7f1e2a obj=14 0 R /Keywords raw=U0tVPUxYLTQ0MjAtQkxLO3F0eT0yNDA7d2g9U0ctVFVBUy0wMg== decoded="SKU=LX-4420-BLK;qty=240;wh=SG-TUAS-02" pii=none
        [扫描] 文件 合同模板_v7.docx word/comments.xml 批注 12 条，作者均为“法务部”，未发现个人信息 → 出境
        [掃描] 檔案 報價單.xlsx sharedStrings 共 611 筆，命中 0 筆；含統一編號 24536806（公司），不屬個資
        imbasan: fail Laporan_Tahunan.pdf /Author (Bahagian Komunikasi Korporat) /Title (b64:TGFwb3JhbiBUYWh1bmFuIDIwMjU=) keputusan=LUAR NEGARA
        decode /Title <FEFF5E745EA68D2252A162A5544A> -> 年度财务报告 | pii=0 | route=OFFSHORE
        ocr_layer page=3 text="Invoice ＩＮＶ－２０２６－１１８７４５ Amount SGD 1,250.00" normalized="INV-2026-118745" pii=none
        2026-12-04 03:02:45 +0800 docx-sanitizer removed 3 comments, 11 tracked changes, 1 custom property (TemplateVars=e3tjdXN0b21lcl9uYW1lfX0ge3tucmljX2xhc3Q0fX0=) from HR_Letter_Template.docx
        [scan] meta.xml: meta:initial-creator="Administrator" meta:generator="LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1" pii=none
        rule hit SG_PHONE value=6123 4567 ctx="Main line / 总机" owner=organization -> suppressed
        link check: Target="https://shop.example.cn/policy?doc=%E9%80%80%E8%B4%A7%E6%94%BF%E7%AD%96%202026%E7%89%88" status=200 pii=none
        batch 2026-12-04/07 summary: 4,218 files, 3,997 offshore, 221 held, 0 errors; top rules MY_MYKAD 88, SG_NRIC 61, CN_RESIDENT_ID 40
    """),
    ("zh-Hans", "office_helpdesk_tickets"): _lines("""
        工单 #HD-20261204-0331：Word 另存 PDF 后作者字段仍显示“Microsoft Office User”，如何在“文件-信息-检查文档”里清除？
        WPS 导出的 PDF 里 /Producer 显示 WPS 文字，/Author 为空，这样算不算脱敏完成？
        请问 sharedStrings.xml 里 count 和 uniqueCount 不一致是否正常？文件：2026Q3_销售明细.xlsx
        回复：docx 的批注存在 word/comments.xml，修订存在 document.xml 的 w:ins / w:del 标签，接受全部修订并删除批注即可。
        如何批量把 XMP 里的 dc:creator 改成公司名？我们用 exiftool 12.76：exiftool -XMP-dc:Creator="华南物流有限公司" -overwrite_original *.pdf
        工单状态：已关闭｜处理人：二线支持｜耗时 2 小时 14 分｜满意度 5/5
        LibreOffice 打开 .odt 后修订记录作者显示“未知作者”，是因为“工具-选项-用户数据”没填吗？
        模板问题：合同第 3 页的“甲方：________ 身份证号：__________________”被误识别为个人信息，请加入白名单。
        PDF 标题以 UTF-16 十六进制 <FEFF5E745EA68D2252A162A5544A> 存储，预览器显示乱码，求解决办法。
        文件哈希 md5=3b7f0e9c1a24d6f85e0b2c9d7a41f368 与归档一致，版本号 v2.14.0-rc3，无需重新审核。
        咨询：python-docx 读 core_properties.author 返回“张三”，这是模板默认值，能否生成时改为部门名？
        全角编号 ＳＯ－２０２６１２０４－００８１７ 在 Excel 里 VLOOKUP 不到，需要先用 ASC() 转半角。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        7 0 obj << /Type /Info /Title (Payslip Nov 2026) /Creator (PayrollRunner 3.1) /Subject <4F6E672053696577204C696E672053383733343130325A20626173696320342C3835302E3030> >> endobj
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Keywords>cGF0aWVudDogUmFqZXNoIGEvbCBNdXJ1Z2FuLCBNeUthZCA4NTA3MTItMTQtNTgyMw==</pdf:Keywords></rdf:Description>
        <w:comment w:id="12" w:author="Reviewer 2" w:date="2026-11-03T10:12:00Z"><w:p><w:r><w:t>Call the tenant back on 9</w:t></w:r><w:r><w:t>176 </w:t></w:r><w:r><w:t>4408 about the 3 months arrears</w:t></w:r></w:p></w:comment>
        <w:del w:id="44" w:author="legal-redaction" w:date="2026-10-02T09:14:00Z"><w:r><w:delText>Claimant: Marcus Aloysius de Souza, 21 Jalan Kuras, Singapore 577729</w:delText></w:r></w:del>
        <dc:description>resignation letter - final, do not forward</dc:description><cp:lastModifiedBy>jolene.teo87 [at] gmail [dot] com</cp:lastModifiedBy>
        <si><t>Card on file</t></si><si><t>4532 0188 7765 4328</t></si><si><t>exp 08/29 · Mr Haresh s/o Pillai · chargeback dispute</t></si>
        <office:annotation><dc:creator>Team lead</dc:creator><text:p>Benjamin from Level 7 told me in confidence that his wife miscarried last week, go easy on his deadlines</text:p></office:annotation>
        <w:ins w:id="61" w:author="HR" w:date="2026-11-12T17:30:00Z"><w:r><w:t>Priya d/o Ramasamy was placed on a performance improvement plan after the October client incident.</w:t></w:r></w:ins>
        [XMP-dc] Creator : Nguyen Van Thanh | [XMP-dc] Description : work permit renewal, FIN Ｆ２２９３０４７Ｔ
        <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:darren.khoo88%40outlook.com?subject=Final%20reminder%3A%20overdue%20loan%20%2412%2C400" TargetMode="External"/>
        <si><t xml:space="preserve">Mdm Goh, Blk 412 #05-12 - dialysis Tue/Thu, needs wheelchair pickup at 7am</t></si>
        /T (emergency_contact) /FT /Tx /V (nine eight two one, five five zero three - my mum, Mrs Kamala Devi)
        "/Author": "u:Wong Jia Hui", "/Keywords": "u:passport E7731264K; visa rejected twice; appeal letter",
        Title:          Disciplinary hearing minutes - Ahmad Faizal bin Rosli (forklift incident, 3-day suspension)
    """),
    "zh-Hans": _lines("""
        << /Type /Info /Author <FEFF96487F8E73B2> /Subject <FEFF79BB5A5A534F8BAE83497A3F> /Producer (WPS Office) >>
        <cp:coreProperties><dc:creator>&#x9EC4;&#x5FD7;&#x5F3A;</dc:creator><dc:title>个人征信逾期情况说明（信用卡）</dc:title></cp:coreProperties>
        <w:r><w:t>身份证号：4403051986</w:t></w:r><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>07143822</w:t></w:r>
        <si><t>联系人：刘建国 手机１３８１２７６４０９５（催收第三次）</t></si>
        <w:comment w:id="5" w:author="人事部" w:date="2026-11-18T14:20:00Z"><w:p><w:r><w:t>王晓燕怀孕了，试用期先别给她转正</w:t></w:r></w:p></w:comment>
        <text:a xlink:type="simple" xlink:href="https://pan.example.cn/s/8KdQ2?note=%E6%9D%8E%E6%83%B3%20%E6%88%BF%E4%B8%9C%20%E6%8A%BC%E9%87%91%E6%9C%AA%E9%80%80&amp;wx=lixiang_fd0611">押金纠纷证据</text:a>
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Owner"><vt:lpwstr>5byg5Li95Y2O77yM6YKu566xIHpoYW5nbGloOTBAcXEuY29t</vt:lpwstr></property>
        <w:del w:id="77" w:author="审校"><w:r><w:delText>赵磊的父亲上个月确诊肝癌，他请了长假</w:delText></w:r></w:del>
        <c r="D8" t="inlineStr"><is><t>6217 0031 0228 4569 工商银行 收款人 孙倩（退押金）</t></is></c>
        <meta:user-defined meta:name="收件地址">上海市闵行区七莘路 1888 弄 23 号 502 室 周建华 收</meta:user-defined>
        <office:annotation><dc:creator>物业</dc:creator><text:p>3栋的陈阿姨又来投诉楼上漏水，她儿子上个月刚出狱，情绪不稳，上门请两人同行</text:p></office:annotation>
    """),
    "zh-Hant": _lines("""
        /Title (會員資料) /Keywords <4B333831353230284129>
        <dc:description>申請人身分證 Ａ２２３５８１０４７，低收入戶補助第二期</dc:description>
        <dc:title>欠款催收通知（第二次）</dc:title><dc:subject>債務人：&#x6797;&#x5BB6;&#x8C6A;</dc:subject>
        <w:r><w:t>手機 0912</w:t></w:r><w:r><w:t>-</w:t></w:r><w:r><w:t>558-204（蔡小姐，晚上勿撥）</w:t></w:r>
        <si><t>LINE ID：</t></si><si><t>amy.chiu.0623</t></si><si><t>邱小姐（香港，報稅諮詢）</t></si>
        <text:p>B座12樓黃太太的兒子上週因藏毒被捕，管理處同事請勿對外提及。</text:p>
        <w:comment w:author="主管"><w:p><w:r><w:t>張志明這季考績丙等，年終獎金取消，下月面談</w:t></w:r></w:p></w:comment>
        <si><t>收件人：吳詠詩 新界沙田禾輋邨豐和樓 1203 室 電話 9174 6628</t></si>
        <text:changed-region text:id="ct3"><text:deletion><office:change-info><dc:creator>編輯</dc:creator></office:change-info><text:p>聯絡 Telegram：@kaho_leung97（梁家豪，欠租三個月）</text:p></text:deletion></text:changed-region>
    """),
    "ms": _lines("""
        <row r="3"><c r="A3" t="inlineStr"><is><t>Nurul Aisyah binti Kamarudin</t></is></c><c r="B3" t="inlineStr"><is><t>920415</t></is></c><c r="C3" t="inlineStr"><is><t>10</t></is></c><c r="D3" t="inlineStr"><is><t>6637</t></is></c><c r="E3" t="inlineStr"><is><t>pinjaman tertunggak 4 bulan</t></is></c></row>
        <pdf:Keywords>TW9oZCBIYWZpeiBiaW4gWmFrYXJpYSAtIHNpamlsIGN1dGkgc2FraXQgNSBoYXJpLCBrZW11cnVuZ2Fu</pdf:Keywords>
        /T (telefon_waris) /V (kosong satu sembilan, tujuh dua lapan, enam satu empat tiga - Encik Razak, abang ipar)
        <w:comment w:id="8" w:author="Penyelia"><w:p><w:r><w:t>Kak Lina dari unit akaun sedang dalam proses cerai, elak beri tugasan luar kawasan buat sementara</w:t></w:r></w:p></w:comment>
        <w:ins w:author="Sumber Manusia" w:date="2026-10-28T08:15:00Z"><w:r><w:t>Gaji Encik Selvam a/l Krishnan dipotong RM450 sebulan bagi pinjaman koperasi yang tertunggak.</w:t></w:r></w:ins>
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:amirul.hakim92%40yahoo.com.my?subject=Aduan%20gangguan%20seksual%20-%20saksi" TargetMode="External"/>
        <si><t>WXY 4821</t></si><si><t>Puan Rohani - kereta ditarik bank, baki RM18,200</t></si>
        <text:p text:style-name="P2">Alamat surat-menyurat: No. 17, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor (Encik Faizul, penyewa)</text:p>
        <office:annotation><dc:creator>Guru Kelas</dc:creator><text:p>Adik Syafiq (4 Bestari) ada lebam di lengan lagi, disyaki didera di rumah, sudah maklumkan kaunselor</text:p></office:annotation>
        <w:t>No. akaun Maybank １６２０１４５５８９０３ a/n Lim Chee Keong - ansuran tertunggak</w:t>
    """),
    "mixed": _lines("""
        <xmp:Label>543032313536373949</xmp:Label><!-- hex lah, decode it - that's Kelvin's IC for the insurance claim -->
        <dc:creator><rdf:Seq><rdf:li>shеrmaine.ng93@gmаil.com</rdf:li></rdf:Seq></dc:creator> MC attached pls approve leave, my dad in ICU since Sat
        dlp-scan file=WP_renewal.pdf /Keywords base64=aG9sZGVyPVBoYW0gVGhpIExhbjtmaW49RzU1MjA4MTZMO3Blcm1pdD1XUA== 要人工复核
        <w:hyperlink r:id="rId7"/> Target="https://forms.example.cn/claim?idcard=%E8%BA%AB%E4%BB%BD%E8%AF%81%20310112199203051620%20%E7%8E%8B%E8%8A%B3&amp;lang=en"
        <si><t>HKID Y604173(4) - 李穎欣 Karen, visa overstay case, follow up w/ Immigration</t></si>
        <w:comment w:author="Admin"><w:p><w:r><w:t>Ah Boy 陈俊杰 still owes the 互助会 $3,000 since Aug, his WeChat is chenjj_0825, pls chase</w:t></w:r></w:p></w:comment>
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help office staff clean document metadata before files leave the company."),
        (
            "user",
            "Before I send this docx to the vendor, what is this? <dc:creator>Tan Boon Huat</dc:creator><cp:lastModifiedBy>boonhuat.tan@hotmail.sg</cp:lastModifiedBy><dc:subject>Medical appeal - knee surgery claim</dc:subject>",
        ),
        (
            "assistant",
            "That is docProps/core.xml. It names the original author (Tan Boon Huat), shows the last editor's personal e-mail, and the subject reveals a medical claim. Use File > Info > Check Document > Inspect Document, or rewrite core.xml with neutral values.",
        ),
        ("user", "Can I keep the subject if I only drop his name?"),
        (
            "assistant",
            "Better not. Combined with the claim number inside the document it still points to him; change the subject to something generic such as Claim appeal.",
        ),
    ],
    [
        ("system", "你是文档处理助手。"),
        (
            "user",
            "PDF 的 /Keywords 里有一串 5ZGo5b+X5LyfIDExMDEwODE5NzgwOTIzMDQxMSDlgJ/mrL7lkIjlkIw= 是什么？",
        ),
        (
            "assistant",
            "这是 Base64，解码后是“周志伟 110108197809230411 借款合同”，包含姓名和居民身份证号，属于个人信息，建议不要外发。",
        ),
        ("user", "明白，那我把 Keywords 清空再导出。"),
    ],
    [
        ("system", "Anda pembantu hamparan Excel."),
        (
            "user",
            "Dalam gaji.xlsx, sharedStrings ada <si><t>Mohd Azlan bin Ismail</t></si><si><t>880203-08-5519</t></si>. Macam mana nak ambil 4 digit akhir sahaja?",
        ),
        (
            "assistant",
            "Guna =RIGHT(B2,4) untuk dapat 5519. Tetapi nombor MyKad penuh masih tersimpan dalam sharedStrings.xml, jadi padam lajur asal sebelum fail dikongsi.",
        ),
        ("user", "Baik, saya buang lajur B lepas ni."),
    ],
    [
        ("system", "你是 Office 文件助理。"),
        (
            "user",
            "文件裡有一段被刪除的修訂：<w:del w:author=秘書><w:delText>陳淑芬因乳癌化療請假至明年二月</w:delText></w:del>，按了「接受全部」以後還會留在檔案裡嗎？",
        ),
        (
            "assistant",
            "接受全部修訂後，w:del 區段會從 document.xml 移除，陳淑芬的病假內容就不會再出現；未接受前，即使畫面上看不到，解壓 docx 仍可讀到。",
        ),
        ("user", "好，我先接受全部再另存新檔。"),
        ("assistant", "記得也檢查 comments.xml 和舊版本，確認沒有其他地方提到她的病情。"),
    ],
    [
        ("system", "You are a document QA assistant."),
        (
            "user",
            "Summarise this comment from the town council file: <w:comment w:author=Resident><w:t>Mr Lucas Fernandez at #12-07 plays drums till 2am every night, his number is 8234 9017, nobody dares to tell him</w:t></w:comment>",
        ),
        (
            "assistant",
            "A resident complains that Mr Lucas Fernandez of unit #12-07 plays drums until 2am nightly; his mobile 8234 9017 is included.",
        ),
        ("user", "Draft a polite general notice without his details."),
        (
            "assistant",
            "Dear residents, please keep noise to a minimum after 10pm so that neighbours can rest. Thank you for your consideration. - Estate Management",
        ),
    ],
    [
        ("system", "You help users fill in PDF forms."),
        (
            "user",
            "eh why the form split my IC into two box ah, /T (nric_part1) /V (S76) and /T (nric_part2) /V (12058G), then portal keep saying invalid",
        ),
        (
            "assistant",
            "The portal probably reads only one field. Put the full number S7612058G in nric_part1 and leave nric_part2 empty, or use the single-field version of the form.",
        ),
        ("user", "ok can liao, thanks"),
    ],
    [
        ("system", "你是文本清洗助手。"),
        (
            "user",
            "content.xml 里有 <text:p>寄件人：马俊 成都市武侯区人民南路四段 27 号 6 栋 1102，电话 １５９８２３４７７１０</text:p>，帮我把全角数字转成半角。",
        ),
        (
            "assistant",
            "转换后：寄件人：马俊 成都市武侯区人民南路四段 27 号 6 栋 1102，电话 15982347710。注意这是个人收寄信息，只在内部系统使用。",
        ),
        ("user", "好的，只导入我们自己的快递系统。"),
    ],
    [
        ("system", "You explain PDF tool output."),
        (
            "user",
            "pdfinfo gives: Author: Siti Mariam binti Osman / Subject: Notice of loan default - card 5528 4109 3306 1270 / Producer: LetterGen 2.0. Is that normal?",
        ),
        (
            "assistant",
            "The generator copied the customer's name and full card number into the document metadata. Anyone who opens File > Properties can read them; configure LetterGen to write a reference number instead.",
        ),
        ("user", "So every default notice we sent this year has her kind of data in it?"),
        (
            "assistant",
            "Likely yes for every letter from that template. Check a sample with pdfinfo and reissue with cleaned metadata if needed.",
        ),
    ],
    [
        ("system", "Anda pembantu dokumen Word."),
        (
            "user",
            "Ada perubahan dijejak <w:ins w:author=Kerani><w:t>3031322D3634352038383233</w:t></w:ins>, apa maksudnya?",
        ),
        (
            "assistant",
            "Itu teks heksadesimal yang dinyahkod menjadi 012-645 8823, iaitu nombor telefon bimbit Malaysia.",
        ),
        (
            "user",
            "Oh, itu nombor Puan Hasnah, pelanggan yang buat aduan bayaran balik. Kerani tersalah tampal.",
        ),
        (
            "assistant",
            "Tolak perubahan itu dan simpan semula supaya nombor Puan Hasnah tidak kekal dalam document.xml.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for scanning workflows."),
        (
            "user",
            "exiftool on the scanned file shows [XMP-dc] Title : 护照扫描 郑伟杰 ZHENG WEIJIE E58214603, [XMP-dc] Description : 签证加急 for his mother's surgery. OK to upload to the overseas portal?",
        ),
        (
            "assistant",
            "That metadata carries a private person's name, passport number and a family medical reason. Strip the XMP block (exiftool -XMP:all= file.pdf) and confirm the destination is allowed to hold passport data before uploading.",
        ),
        ("user", "Got it, will strip first."),
    ],
]
