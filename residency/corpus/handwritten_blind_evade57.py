# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade57: personal data in document and file metadata (EXIF/XMP, docx/pdf properties, track changes, paths, archive listings). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade57
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exif_dump"): _lines("""
        ExifTool Version Number : 12.76 | File Name : DSC_0412.NEF | Make : NIKON CORPORATION | Camera Model Name : NIKON Z 6_2 | Exposure Time : 1/250 | F Number : 8.0 | ISO : 100 | Date/Time Original : 2024:11:02 16:48:09 | Artist : | Copyright : | Lens ID : NIKKOR Z 24-70mm f/4 S
        File Name : marina_bay_sands_night.jpg | Image Description : Marina Bay Sands and the ArtScience Museum at dusk | GPS Position : 1 deg 17' 2.31" N, 103 deg 51' 33.12" E | Credit : Singapore Tourism Board | Usage Terms : Editorial use only
        [EXIF] Artist : NASA/JPL-Caltech | [EXIF] Copyright : Public domain | [XMP-dc] Title : Perseverance rover selfie at Rocky Top, Jezero Crater | [XMP-photoshop] Credit : NASA
        [IPTC] By-line : Reuters Staff | [IPTC] Caption-Abstract : Prime Minister Anwar Ibrahim delivers the Budget 2025 speech at Parliament in Kuala Lumpur, October 18, 2024 | [IPTC] City : Kuala Lumpur | [IPTC] Source : Reuters
        Owner Name : | Serial Number : (not set) | Image Unique ID : 9f3c2a7be41d4c0e8a55d2b71f60c3aa | Camera Firmware : Ver.1.40 | Shutter Count : 18422
        exiftool -all= -overwrite_original *.jpg | 37 image files updated | 0 image files unchanged | 2 files weren't updated due to errors
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe Photoshop Lightroom Classic 13.2 (Windows)" xmp:CreateDate="2024-05-19T10:12:44+08:00" xmpMM:DocumentID="xmp.did:5c1e8a3f-7b21-4f5e-9d0a-2e6b4c8f1d37"/>
        Exif.Image.Make Ascii 6 Canon | Exif.Image.Model Ascii 20 Canon EOS R6 Mark II | Exif.Photo.BodySerialNumber Ascii 1 (stripped) | Exif.GPSInfo.GPSLatitudeRef Ascii 2 North
        File Name : sample_with_gps.jpg | Comment : Test fixture for the metadata-stripping unit tests; GPS set to 0 deg 0' 0.00" N, 0 deg 0' 0.00" E (Null Island) | Artist : Test Author | Copyright : Example Corp
        Caption : Lee Kuan Yew addresses the crowd at the Padang on National Day, 9 August 1966 | Source : National Archives of Singapore | Media Image No. : 19980005123 - 0045 | Copyright : Ministry of Information and the Arts Collection
        Image Description : Petronas Twin Towers from KLCC Park | Artist : Tourism Malaysia | Copyright : (c) Tourism Malaysia 2023 | GPS Altitude : 58 m Above Sea Level | Lens Model : EF16-35mm f/4L IS USM
        Make : Apple | Camera Model Name : iPhone 15 Pro | Software : 18.1 | Lens Model : iPhone 15 Pro back triple camera 6.765mm f/1.78 | Date/Time Original : 2025:01:29 00:03:15+08:00 | Content Identifier : 4B2E7A91-3C5D-4E8F-A1B6-9D0C2F7E3A55 | GPS Position : (removed by share sheet)
        Keywords : lantern, mid-autumn, Gardens by the Bay, festival, family-friendly | Headline : Mid-Autumn Festival lanterns 2024 | Credit Line : Gardens by the Bay | Job Identifier : GB-PR-2024-0917
    """),
    ("en", "office_pdf_properties"): _lines("""
        <cp:coreProperties><dc:title>Q3 Operations Review</dc:title><dc:creator>Microsoft Office User</dc:creator><cp:lastModifiedBy>Microsoft Office User</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-07-02T03:11:00Z</dcterms:created></cp:coreProperties>
        /Title (Pride and Prejudice) /Author (Jane Austen) /Creator (calibre 7.4.0) /Producer (calibre 7.4.0 [https://calibre-ebook.com]) /Subject (ISBN 978-0-14-143951-8)
        <w:ins w:id="27" w:author="Author" w:date="2025-03-04T00:00:00Z"><w:r><w:t>subject to clause 14.2 and the payment schedule in Annex B</w:t></w:r></w:ins>
        Document Properties | Title: Employee Onboarding Form (Template) | Author: Human Resources Department | Company: Northwind Logistics Sdn Bhd | Comments: Replace {{employee_name}} and {{nric}} before sending | Template: Normal.dotm
        Title: World Development Report 2024: The Middle-Income Trap | Author: World Bank | Keywords: growth; middle-income; policy | DOI: 10.1596/978-1-4648-2078-6 | PDF Version: 1.7 | Pages: 288
        <Properties><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><Company>Ministry of Health Singapore</Company><AppVersion>16.0300</AppVersion></Properties>
        Inspect Document results: Comments, Revisions and Versions - none found; Document Properties and Personal Information - removed; Custom XML Data - none found; Headers, Footers and Watermarks - 1 found (CONFIDENTIAL)
        Track changes summary: 42 insertions, 17 deletions, 6 formatting changes by "Legal Team"; 3 comments by "Reviewer 2"; all accepted on 2025-09-30
        /Author (Charles Darwin) /Title (On the Origin of Species, 1859 first edition facsimile) /Producer (Internet Archive) /Subject (natural selection; Darwin Online)
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ContractRef"><vt:lpwstr>CTR-2025-00871</vt:lpwstr></property><property pid="3" name="Classification"><vt:lpwstr>Internal</vt:lpwstr></property>
        Creator: LaTeX with hyperref | Producer: pdfTeX-1.40.25 | CreationDate: Tue Mar 11 09:20:14 2025 SGT | Tagged: no | Pages: 12 | Encrypted: no | Page size: 595.276 x 841.89 pts (A4) | File size: 482117 bytes
        <dc:title>Character map - Sherlock Holmes, Dr John Watson, Professor Moriarty</dc:title><dc:creator>English Department, Raffles Institution</dc:creator><cp:keywords>Conan Doyle; Year 3 literature</cp:keywords>
        <pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance><pdf:Producer>Adobe PDF Library 23.8.53</pdf:Producer><xmpMM:InstanceID>uuid:2f8d41c6-0b7e-4a93-bb21-7c5e0d9a6f14</xmpMM:InstanceID>
    """),
    ("en", "metadata_howto"): _lines("""
        How do I stop Word from saving my name as the author on every new document? I don't want it in the files I send to clients.
        Tip: on iPhone, tap Options on the share sheet and switch off Location before sending photos, so the GPS coordinates are not attached.
        Policy 4.3: every file published on the corporate website must go through metadata sanitisation; the Author field must read "Communications Office" and all tracked changes must be accepted or rejected before conversion to PDF.
        Is it true that WhatsApp strips EXIF data from images but not from photos sent as documents?
        Why does pdfinfo still show "Author: Administrator" after I changed it in Acrobat? Is the XMP packet out of sync with the Info dictionary?
        Checklist before sharing a zip: no personal folders like Desktop or Downloads in the paths, no usernames in file names, no .DS_Store, Thumbs.db or __MACOSX entries.
        Our DLP rule keeps flagging file names like SG-2048-7731-B from our supplier catalogue; how do I tune it so product codes are not treated as ID numbers?
        Explain the difference between dc:creator, xmp:CreatorTool and pdf:Producer in an XMP packet.
        In our audit of 12,400 PDFs on public portals, 38% still carried an author name in the Info dictionary and 6% contained unresolved tracked changes.
        Use exiftool -gps:all= -xmp:geotag= photo.jpg to remove location tags while keeping the camera settings.
        from docx import Document; d = Document(path); d.core_properties.author = ""; d.core_properties.last_modified_by = ""; d.save(path)
        When a zip is created on macOS, does the archive listing reveal the account name through the /Users/ prefix? Asking for our research data repository guidelines.
        Remember that Windows .lnk shortcut files embed the target path, volume serial and machine NetBIOS name, so keep them out of release archives.
    """),
    ("zh-Hans", "paths_archives"): _lines("""
        D:\\项目资料\\2025\\合同扫描\\HT-2025-0316_采购合同_盖章版.pdf
        unzip -l 投标文件.zip｜长度 日期 时间 名称｜1048576 2025-04-22 09:30 01_营业执照副本.pdf｜532118 2025-04-22 09:31 02_资质证书.pdf｜88214 2025-04-22 09:33 03_报价单_含税.xlsx｜共 3 个文件
        /home/ubuntu/datasets/coco2017/val2017/000000000139.jpg
        模板文件命名规范：姓名_身份证号_正面.jpg（示例：XXX_XXXXXXXXXXXXXXXXXX_正面.jpg），示例中请勿填写真实号码
        7z l 鲁迅全集.7z｜2024-12-01 20:11:03 ....A 412388 呐喊/狂人日记.txt｜2024-12-01 20:11:03 ....A 388102 彷徨/祝福.txt｜2024-12-01 20:11:04 ....A 275940 朝花夕拾/从百草园到三味书屋.txt
        C:\\Users\\Administrator\\AppData\\Roaming\\Microsoft\\Word\\财务制度汇编((Autosave-Recovered)).asd
        tar -tvf release-v2.3.1.tar.gz｜-rw-r--r-- build/build 20480 2025-06-18 11:02 app/config/default.yaml｜-rwxr-xr-x build/build 8388608 2025-06-18 11:02 app/bin/server｜sha256: 3b7e9f0c1a2d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b
        发票归档：dzfp_25442000000123456789_深圳市顺丰速运有限公司_20250612.pdf
        网盘同步日志 2025-08-03 22:14:07 上传完成：/我的资源/考研/2026数学一真题及解析.pdf（37.2 MB）
        \\\\NAS01\\共享\\行政部\\会议纪要\\2025-09-15_周例会纪要_v2.docx
        快递面单导出_顺丰_SF1409283746155.xlsx 已归档至 /物流/2025/Q2/
        钉钉云盘：/人力资源/制度/员工手册_2025修订版.pdf｜修改人：人力资源部｜大小 2.1MB｜版本 7
        WPS 自动备份路径：C:\\Users\\Public\\Documents\\WPS Cloud Files\\backup\\政府工作报告学习要点.docx
    """),
    ("zh-Hans", "exif_xmp"): _lines("""
        文件名：IMG_20250501_093012.jpg｜相机制造商：HUAWEI｜型号：ALN-AL10｜拍摄时间：2025:05:01 09:30:12｜GPS：39°54'27"N 116°23'29"E（天安门广场）｜作者：（空）
        IPTC 图片说明：3月5日，国务院总理李强在十四届全国人大三次会议上作政府工作报告｜署名：新华社｜城市：北京
        XMP：xmp:CreatorTool="美图秀秀 7.5.2" photoshop:DateCreated="2024-10-01" Iptc4xmpCore:Location="西湖断桥"
        EXIF 用户注释：ASCII "Shot on OPPO Find X7 Ultra"｜版权：OPPO 官方样张｜软件：ColorOS 14
        图库元数据｜标题：黄山云海｜关键词：风景, 安徽, 日出｜摄影：视觉中国｜图片编号：VCG41N1234567890
        字段对照表：Artist→作者，Copyright→版权，ImageDescription→图像描述，GPSLatitude→纬度，UserComment→用户注释，XPKeywords→标记
        无人机航拍元数据：DJI Mavic 3｜相对高度 +120.3 m｜云台俯仰 -90.0°｜GPS 31.2397 N 121.4998 E（陆家嘴）｜序列号字段已清空
        相册导出日志：共 248 张照片，已去除位置信息 248 张，已去除设备信息 248 张，失败 0 张
        扫描件属性｜扫描仪：Canon imageRUNNER ADVANCE C5560｜分辨率：300 dpi｜文件名：scan_20250314_101522_0007.pdf｜发件人：scanner@printer-3f.local
        馆藏图像｜标题：清明上河图（局部）｜作者：张择端（北宋）｜收藏：故宫博物院｜版权：故宫博物院数字文物库
        占位示例：作者=张三，手机号=138XXXXXXXX，身份证号=XXXXXXXXXXXXXXXXXX（模板字段，导出前请替换）
        元数据：相机型号 Xiaomi 14 Ultra｜镜头 Summilux 1:1.63/23｜ISO 50｜曝光 1/1000｜水印“XIAOMI 14 ULTRA | LEICA”
        新闻图片 IPTC｜署名：中新社｜标题：巴黎奥运会网球女单决赛 郑钦文夺得金牌｜城市：巴黎｜日期：2024-08-03
    """),
    ("zh-Hant", "doc_properties_track_changes"): _lines("""
        文件摘要資訊｜標題：申請表格填寫範例｜作者：入境事務處｜關鍵字：申請人姓名 陳大文 CHAN, Tai Man（示例姓名）｜版本：2024年3月
        修訂：插入（法務部，2025/2/14 上午 10:21）：「乙方應於簽約後十四日內支付訂金」
        文件屬性｜標題：臺北市政府年度施政計畫｜作者：臺北市政府研究發展考核委員會｜公司：臺北市政府｜建立日期：2024/12/30｜修訂次數：31
        PDF 內容｜標題：射鵰英雄傳 第一回｜作者：金庸｜製作程式：Adobe InDesign 19.0｜ISBN 978-962-257-051-1
        批註（審閱者 1）：此段數字請與統計處二〇二四年第四季報告核對
        「檢查文件」結果：已移除文件屬性與個人資訊；未找到隱藏文字；找到 2 個內嵌物件。
        core.xml：<dc:creator>香港大學圖書館</dc:creator><cp:lastModifiedBy>lib-scan-03</cp:lastModifiedBy><dc:title>館藏古籍掃描 明刊本《三國志通俗演義》</dc:title>
        追蹤修訂匯出｜作者：Author｜日期：2025-05-06｜類型：刪除｜內容：「本公司客服熱線 2345 6789（辦公時間）」
        檔案路徑：\\\\fs02\\公文\\114年度\\府授研字第1140001234號函.pdf
        檔案資訊｜名稱：國立臺灣大學醫學院附設醫院_門診時刻表_2025.pdf｜作者：台大醫院醫務行政室
        XMP：<dc:rights>© 香港特別行政區政府新聞處</dc:rights><photoshop:Headline>行政長官出席國慶酒會</photoshop:Headline>
        文件範本｜欄位：{{客戶姓名}}、{{身分證字號}}、{{聯絡電話}}｜說明：合併列印前請勿填入真實資料
        壓縮檔清單：畢業紀念冊_排版檔.zip｜封面.indd｜內頁_01-48.indd｜字型/思源黑體.otf｜連結/校景_空拍.tif
    """),
    ("ms", "metadata_notes"): _lines("""
        Sifat Dokumen | Tajuk: Pekeliling Perkhidmatan Bilangan 3 Tahun 2024 | Pengarang: Jabatan Perkhidmatan Awam Malaysia | Kata kunci: cuti, elaun, penjawat awam
        Laluan fail: C:\\Users\\Public\\Documents\\Templat\\Borang_Tuntutan_Perjalanan_kosong.docx
        Senarai arkib: dokumen_tender.zip | 01_Surat_Akuan_Pembida.pdf | 02_Sijil_SSM_201901012345.pdf | 03_Jadual_Harga.xlsx | 3 fail
        Nota sokongan IT: untuk buang nama pengarang dalam Word, pergi ke Fail > Maklumat > Semak Isu > Periksa Dokumen, kemudian klik Buang Semua pada "Sifat Dokumen dan Maklumat Peribadi".
        Metadata foto: Kamera Samsung SM-S918B | Tarikh 2025:03:31 08:15:02 | Lokasi GPS 2.1940 N, 102.2490 E (Stadthuys, Bandar Hilir, Melaka) | Keterangan: Pagi Hari Raya di Bandar Hilir
        /Title (Tunku Abdul Rahman: Ucapan Pengisytiharan Kemerdekaan 31 Ogos 1957) /Author (Arkib Negara Malaysia) /Keywords (Merdeka, Stadium Merdeka, sejarah)
        Dokumen templat: Nama penuh (seperti dalam MyKad): ____________ | No. MyKad: ______-__-____ | No. telefon: ___-_______
        Jejak perubahan: 12 sisipan dan 4 pemadaman oleh "Unit Undang-Undang", 2 komen oleh "Penyemak"; semua perubahan diterima pada 14/08/2025.
        Fail: Hospital_Sultanah_Aminah_Johor_Bahru_jadual_klinik_pakar_2025.pdf | Saiz: 1.4 MB | Dicipta oleh: Unit Komunikasi Korporat
        Log muat naik: 2025-02-11 09:02:44 Berjaya - Invois_INV-2025-004417.pdf (Pengurusan Air Selangor Sdn Bhd) -> /Kewangan/Bil/2025/Feb/
        Nombor dalam nama fail seperti "SST_W10-1808-32000123_sijil.pdf" ialah nombor pendaftaran cukai jualan dan perkhidmatan syarikat, bukan nombor kad pengenalan.
        exiftool menunjukkan "Artist: Jabatan Penerangan Malaysia" dan "Copyright: Hak cipta terpelihara 2024" pada gambar Sambutan Hari Kebangsaan di Putrajaya.
        Struktur folder cadangan: /Sekolah/2025/Kelas_{nama_kelas}/Murid_{no_giliran}/ - jangan guna nama murid dalam nama folder atau fail.
    """),
    ("mixed", "encoded_fields"): _lines("""
        dc:description (base64): UXVhcnRlcmx5IHNhbGVzIGRlY2sgLSBGSU5BTCB2MyAoaW50ZXJuYWwp
        /Author <FEFF99996E2F72795225884C653F5340653F5E9C7D718A088655> /Title (Hong Kong Annual Digest of Statistics 2024) /Producer (Acrobat Distiller 24.0)
        file:///D:/reports/2025%E5%B9%B4%E5%BA%A6%E8%B4%A2%E5%8A%A1%E6%8A%A5%E5%91%8A_%E7%BB%88%E7%A8%BF.pdf
        exiftool -j cover.jpg: [{"SourceFile": "cover.jpg", "Artist": "\\u4e2d\\u534e\\u4eba\\u6c11\\u5171\\u548c\\u56fd\\u56fd\\u5bb6\\u7edf\\u8ba1\\u5c40", "Copyright": "CC BY 4.0"}]
        docProps/custom.xml Notes = VGVtcGxhdGU6IHt7ZnVsbF9uYW1lfX0gLyB7e25yaWN9fSAvIHt7bW9iaWxlfX0=
        /Producer <4a61626174616e20506572616e676b61616e204d616c6179736961> /Title (Buletin Perangkaan Bulanan Jun 2025)
        Content-Disposition: attachment; filename="=?UTF-8?B?6YeH6LSt5ZCI5ZCMX+aooeadv192Mi5kb2N4?="
        <dc:creator><rdf:Seq><rdf:li>&#x885B;&#x751F;&#x7F72;</rdf:li></rdf:Seq></dc:creator><dc:title>流感疫苗接種計劃 2024/25 單張</dc:title>
        XMP-custom:Form = Qm9yYW5nIFBlbmRhZnRhcmFuIFBlc2FraXQgTHVhciAtIHZlcnNpIDIwMjQ=
        unzip -O GBK -l course.zip｜ 152043118 2025-03-02 10:14 视频教程/第01讲_Python环境安装.mp4｜ 98231004 2025-03-02 10:15 视频教程/第02讲_变量与类型.mp4
        IMG_0001.JPG md5=7c9e4f2a18b3d05e6f41a92c3b7d8e10 sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 size=3481920
        ThumbnailImage : (Binary data 8432 bytes, use -b option to extract) | PreviewImage : (Binary data 214876 bytes, use -b option to extract)
        <photoshop:DocumentAncestors><rdf:Bag><rdf:li>adobe:docid:photoshop:7c0f3d2e-1a4b-11ee-9f3a-c8d7e2b0a914</rdf:li><rdf:li>xmp.did:0180117407206811822AB7B1D5C0E2F4</rdf:li></rdf:Bag></photoshop:DocumentAncestors>
        Keywords (base64): 5Lmd6b6N5be05aOr77yI5LiA5Lmd5LiJ5LiJ77yJ5pyJ6ZmQ5YWs5Y+4IOW5tOWgsSAyMDI0
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ExifTool Version Number : 12.76 | File Name : IMG_4471.HEIC | Make : Apple | Camera Model Name : iPhone 13 | Date/Time Original : 2025:08:09 07:41:12+08:00 | GPS Position : 1 deg 22' 15.84" N, 103 deg 50' 44.16" E | Owner Name : Darren Koh Jun Wei | Copyright : Darren Koh, Blk 412 Ang Mo Kio Ave 10 #08-1123, S560412
        <cp:coreProperties><dc:title>Medical leave appeal</dc:title><dc:creator>Priya d/o Ramasamy</dc:creator><cp:lastModifiedBy>HR-Admin</cp:lastModifiedBy><cp:keywords>MC 14 days, dengue, ward 6B, readmitted 22 Sep</cp:keywords></cp:coreProperties>
        /Title (Tenancy Agreement - Unit 15-03 Residensi Pandan) /Author (Kevin Loh) /Subject (Tenant: Farah Nadia binti Zulkifli, NRIC 910215-10-5284, deposit RM4,200) /Producer (Microsoft Word for Microsoft 365)
        <w:del w:id="14" w:author="Marcus Tay" w:date="2025-10-02T09:14:00Z"><w:r><w:delText>Staff S8834215A (Goh Wei Ming) was absent without leave from 3 to 5 Sept and is on final warning</w:delText></w:r></w:del>
        C:\\Users\\jlim\\OneDrive - Acme Pte Ltd\\HR\\Payslips\\2025\\LIM_JIA_HUI_T0461827G_Sep2025_payslip.pdf
        Archive: visa_docs.zip | Length Date Time Name | 204811 2025-06-02 21:15 RAJESH_KUMAR_AL_SUBRAMANIAM/passport_bio_A41273855.jpg | 98120 2025-06-02 21:16 RAJESH_KUMAR_AL_SUBRAMANIAM/bank_statement_May.pdf | 2 files
        <rdf:Description dc:creator="Ong Mei Ling"><Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiEmailWork="mei.ling.ong88@gmail.com" Iptc4xmpCore:CiTelWork="+65 9172 4408" Iptc4xmpCore:CiAdrExtadr="22 Jalan Kembangan" Iptc4xmpCore:CiAdrPcode="419125"/></rdf:Description>
        XMP dc:subject : [lost wallet, if found call nine one three four two two zero eight, ask for Aunty Rosnah, Blk 7 Telok Blangah Crescent]
        UserComment (base64) : QmVuamFtaW4gTmcgLSBkaWFiZXRlcyB0eXBlIDIsIEhiQTFjIDguMSwgbmV4dCByZXZpZXcgMTQgTm92 | Software : Adobe Scan 24.9 | File Name : lab_results_scan.pdf
        7z l phone_backup.7z | 2025-03-30 16:20:44 ....A 1183204 Backup/Documents/Sharon_Pereira_custody_hearing_notes_kids_Ryan_Chloe.docx | 2025-03-30 16:20:45 ....A 88310 Backup/Documents/Sharon_Pereira_maintenance_arrears_calc.xlsx
        /Title <4c6f616e2064656661756c74206e6f74696365202d204161726f6e204665726e616e64657a2c20636172642035353231333338343031393535323736> /Producer (iText 7.2.5)
        LNK target : D:\\Scans\\ICs\\Wong_Kah_Mun_950722-07-5346_IC_front.jpg | Machine ID : desktop-7h2k91q | Volume serial : 3E4A-91C2 | Accessed : 2025-04-11 13:02
        Shared drive listing: Claims/2025/Tan Boon Hock (stage 3 colon cancer)/biopsy_report_2025-02-17.pdf | Claims/2025/Tan Boon Hock (stage 3 colon cancer)/hospital_bill_S$48,210.pdf
        <w:comment w:id="3" w:author="Siti Khadijah Ahmad" w:initials="SKA" w:date="2025-06-19T08:40:00Z"><w:p><w:r><w:t>pls remove the part about my miscarriage before this goes to the board</w:t></w:r></w:p></w:comment>
        Image Description : Ethan's first day at Nan Hua Primary, class P1-3 | GPS Latitude : 1.3197 N | GPS Longitude : 103.7645 E | Artist : Grace Chia (Ethan's mum) | Camera Owner Name : Grace Chia
        Camera Owner Name : IF FOUND CALL YUSOF 8123 4409 | Body Serial Number : 052031004418 | Make : Canon | Model : Canon EOS 90D
    """),
    "zh-Hans": _lines("""
        exiftool -j 输出：[{"SourceFile": "./wx_camera_1718.jpg", "XPAuthor": "\\u738b\\u6653\\u519b 440106198807233510", "XPComment": "身份证复印件 仅供办理宽带使用", "Make": "Xiaomi"}]
        文档属性｜标题：离职证明｜作者：陈静怡｜单位：上海浦东某贸易有限公司｜备注：身份证号 310115199204162081，离职原因：个人原因，末月工资 18,500 元已结清
        D:\\工作\\人事档案\\2024入职\\李娜_身份证_110105197609301140_正反面.jpg
        7z l 报销材料.7z｜2025-09-12 18:03:11 ....A 321004 张磊_工商银行卡_6222024002118374927.jpg｜2025-09-12 18:03:12 ....A 88412 张磊_出差北京_机票行程单.pdf
        file:///C:/Users/Admin/Desktop/%E7%8E%8B%E6%B5%A9_%E4%BD%93%E6%A3%80%E6%8A%A5%E5%91%8A_%E8%A1%80%E7%B3%96%E5%81%8F%E9%AB%98.pdf
        PDF 信息字典：/Author <FEFF5F204F1F0020624B673A0031003300390032003600340038003700300031003500205FAE4FE1540C53F7> /Title (个人简历) /Creator (WPS 文字)
        EXIF｜图像描述：我家小区 阳光花园 7栋2单元1502 门口｜GPS 纬度 30.2741 N 经度 120.1551 E｜作者：周晓梅｜拍摄时间 2025:04:05 17:22:40
        XMP｜xmpRights:Owner="吴昊" xmpRights:UsageTerms="商用请加微信 wuhao_1990ks 或 QQ 2750916483 联系本人"
        tar -tvf offer归档.tar｜-rw-r--r-- hr/hr 182044 2025-05-20 09:13 offer/孙悦_offer_月薪28000_试用期3个月.pdf｜-rw-r--r-- hr/hr 90211 2025-05-20 09:14 offer/孙悦_背调报告_前司劝退.pdf
        <w:del w:author="黄志强" w:date="2025-07-08T10:02:00Z"><w:r><w:delText>经查，员工黄志强于6月28日因酒驾被行政拘留十日，期间旷工</w:delText></w:r></w:del>
        邮件附件：Content-Disposition: attachment; filename="=?UTF-8?B?5YiY6IqzX+emu+WpmuWNj+iuruS5pl/nrb7lrZfniYgucGRm?="
    """),
    "zh-Hant": _lines("""
        \\\\fileserver\\HR\\新入職\\2025\\陳家豪_K382519(1)_住址證明_水電費單.pdf
        PDF 屬性｜標題：診斷證明書｜作者：林怡君｜主旨：病人 林怡君 身分證 B256310488 乳癌第二期 術後化療中｜製作者：Microsoft Word 2019
        XMP｜dc:creator="張雅婷"｜photoshop:Credit="接案請加 LINE：yating0915"｜Iptc4xmpCore:CiTelWork="0915-382-664"
        unzip -l 租約文件.zip｜ 412230 2025-01-08 14:02 業主_李美玲_HKID_Y604127(0).jpg｜ 88104 2025-01-08 14:03 租客_何志強_糧單_月入38000.pdf
        批註｜作者：何嘉欣｜日期：2025/3/2｜內容：我下個月要做甲狀腺手術，三月十二號嘅匯報麻煩阿Ken幫我頂一頂
        檔案名稱：IMG_2291.JPG｜拍攝者：蔡宗翰｜GPS 25°00'52"N 121°27'35"E｜說明：宗翰家，新北市板橋區文化路一段188巷12號5樓
        桌面\\薪轉\\黃郁婷_E217603947_中國信託帳號_0127-5408-8163.xlsx
        docProps/custom.xml｜<property name="客戶資料"><vt:lpwstr>6YSt5YGJ5YCrIEg3MzA2MjgoQSkgOTAyNCA2NjE4</vt:lpwstr></property>
        XMP：<dc:creator>&#x66FE;&#x5B50;&#x8070;</dc:creator><dc:description>仲欠我 HK$26,000 未還，電話 6293 1157</dc:description>
        追蹤修訂｜刪除者：Kelvin Ng Ka Lok｜刪除內容：「申請人吳志偉（HKID M417093(3)）曾於 2023 年因欠債被申請破產」
    """),
    "ms": _lines("""
        C:\\Users\\Admin\\Documents\\Permohonan PTPTN\\NUR_AISYAH_BINTI_KAMARUDDIN_030514-10-0822_slip_gaji_bapa.pdf
        Sifat Dokumen | Tajuk: Surat Amaran Kali Kedua - ponteng kerja 5 hari | Pengarang: Bahagian Sumber Manusia | Subjek: Mohd Faizal bin Rahman (No. Pekerja 20417, KP 870403-01-6137)
        EXIF | Pemilik kamera: Hafiz | Keterangan: rumah kami, No 27 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam | GPS 3.0163 N 101.5398 E
        unrar l dokumen_pinjaman.rar | Suresh_a_l_Muniandy_780126-08-5591_penyata_Maybank_akaun_164012345678.pdf | Suresh_a_l_Muniandy_slip_gaji_Mac2025.pdf
        Jejak perubahan (Zulaikha Hassan, 02/05/2025): dipadam "Encik Tan Ah Kow (HP 012-388 4152) dari unit B-12-3 belum bayar sewa 3 bulan, tunggakan RM5,400"
        XMP | dc:rights="© Amirul Hakim" | Iptc4xmpCore:CiTelWork="019-772 3015" | Nota: tempahan fotografi kahwin, Telegram @amirulhkm_ph
        Kata kunci (base64): Tm9yaGF5YXRpIGJpbnRpIE9zbWFuLCA4NTA5MTctMDMtNTI2MiwgcGVzYWtpdCBkaWFsaXNpcyBIS0w= | Dicipta: 2025-01-20 | Perisian: CamScanner 6.58
        /Author (Dr. Lim Chee Keong) /Title (Laporan Perubatan - Kumaravel a/l Ganesan, KP 640819-05-5127) /Subject (diabetes, amputasi jari kaki kiri, cuti sakit 60 hari)
        tar: Pelajar_2025/2_Bestari/Muhammad_Danish_bin_Azman_110305-14-0493_keputusan_UASA_gagal_Matematik.pdf
        Nama fail: IMG_20250611_0832.jpg | GPS 3.0738 N 101.5183 E | Keterangan: kereta Faridah binti Yusof WXY 8821 langgar tiang lampu depan rumah, tuntutan insurans
    """),
    "mixed": _lines("""
        exiftool -a -G1: [XMP-dc] Creator : 陈美玲 Tan Mei Ling | [XMP-dc] Description : her NRIC S9127604F, stays Blk 56 Lengkok Bahru #12-301, 这个是 renovation contract 的附件
        Archive: docs_for_NUS_admission.zip | T0219354F_Lee_Jun_Hao_NRIC.pdf | Lee_Jun_Hao_A-level_results.pdf | 爸爸_mobile_9634_0187.txt
        dorm mgr pls check: WP_scan/F2251839U_Rahim_Uddin_medical_checkup_TB_positive.pdf | WP_scan/G5308172Q_Mohammad_Alamgir_passport.pdf
        Author: Sim Kok Leong <kokleong.sim@gmail.com> | Date: Sat Sep 13 01:22:10 2025 +0800 | wip 我的 CPF statement 先放在 /home/kokleong/private/CPF_2025.pdf
        XMP-custom:Memo : U2l2YSBhL2wgS3Jpc2huYW4gfCAwMTctMjY0IDg4MzAgfCBvd2VzIFJNMyw1MDA= (lepas raya mesti bayar)
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you check this before I post it on the class FB group? exiftool says: Artist: Michelle Yeo | GPS Position: 1 deg 20' 31.20\" N, 103 deg 56' 44.90\" E | Image Description: Chloe Yeo, K2 Sunflower, PCF Sparkletots Tampines West",
        ),
        (
            "assistant",
            "The GPS position and the description together reveal your daughter's name, class and preschool location. Strip them with exiftool -all= before posting, or export a copy with location turned off.",
        ),
        (
            "user",
            "ok done. the Word invite for the party also shows Author: Michelle Yeo 9866 2071 in the properties, should I remove that too?",
        ),
    ],
    [
        ("system", "你是文档处理助手。"),
        (
            "user",
            "帮我看下这个压缩包清单有没有问题：顾晨_320508200102253236_学籍档案.pdf、顾晨_高数挂科_重修申请.docx、顾晨_心理咨询记录.pdf",
        ),
        (
            "assistant",
            "文件名里直接写了身份证号，还有挂科和心理咨询这类敏感信息，建议改成编号命名，并把对照表单独保存。",
        ),
        ("user", "那我把身份证号转成 base64 再放进文件名，这样是不是就看不出来了？"),
    ],
    [
        (
            "user",
            "我的報告 PDF 屬性裡作者欄位被寫成「陳冠宇 H129485736」，上傳到公司系統大家都看得到，要怎麼刪？",
        ),
        (
            "assistant",
            "可以在 Acrobat 的「文件屬性」>「描述」中清空作者，再用「移除隱藏資訊」一併清掉 XMP 中的 dc:creator。",
        ),
        (
            "user",
            "好。另外 Word 原稿的追蹤修訂還留著主管的批註，寫說我今年考績丙等、不續約，這個也會跟著轉成 PDF 嗎？",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak buang metadata dalam gambar? Gambar ni ada GPS 6.1254 N 102.2386 E, itu rumah saya kat Kota Bharu.",
        ),
        (
            "assistant",
            "Dalam Android, buka Galeri > butiran gambar > Edit > buang lokasi. Atau guna exiftool -gps:all= nama_fail.jpg pada komputer.",
        ),
        (
            "user",
            "ok. tapi nama pemilik kamera tertulis 'Wan Nor Azlina binti Wan Ismail 013-920 4475', itu pun kena buang ke?",
        ),
    ],
    [
        (
            "user",
            "Why does the insurance portal reject my upload? The docx properties say <dc:creator>Chan Wing Yan</dc:creator><cp:keywords>HKID P918356(A), physiotherapy claim after car accident on 3 Feb</cp:keywords>",
        ),
        (
            "assistant",
            "Some portals block files whose metadata contains identity numbers. Clear the Keywords field under File > Info > Properties and save again.",
        ),
        ("user", "Cleared it. Do I need to remove my name as author as well?"),
    ],
    [
        (
            "user",
            "我老婆的照片 EXIF 里有 GPS 22.5431, 114.0579，备注写着“林晓燕 身份证350203199008170460 孕28周产检”，直接发朋友圈会不会泄露？",
        ),
        (
            "assistant",
            "会。朋友圈一般会压缩图片，但原图或以文件发送时这些字段可能保留。建议先用相册的“去除位置信息”并清空备注再发。",
        ),
        ("user", "明白了，那我先导出一份干净的。"),
    ],
    [
        (
            "user",
            "bro the zip i sent to the landlord got a folder called S7912846E_Chua_Beng_Huat_IC inside, can he see the folder name?",
        ),
        (
            "assistant",
            "Yes, folder and file names are visible in any archive listing even without extracting. Rename the folder and create the zip again.",
        ),
        (
            "user",
            "alamak. the pdf inside also shows author chua.benghuat@hotmail.com, how to change that one",
        ),
    ],
    [
        ("system", "You are a support agent for an e-signature platform."),
        (
            "user",
            "The completed envelope's audit trail PDF lists Signer: Haslinda binti Omar, haslinda.omar82@yahoo.com, mobile +60 17-318 6620. She is my tenant and asked me to remove her details from the file metadata.",
        ),
        (
            "assistant",
            "The audit trail is sealed and cannot be edited, but you can share the signed document without the certificate page. Would you like the steps?",
        ),
        ("user", "Yes please, and can the sender field be hidden too?"),
    ],
    [
        (
            "user",
            "部 Sony 相機 EXIF 嘅版權欄寫住「梁詠詩 9178 2306」，點樣改？",
        ),
        (
            "assistant",
            "可以喺相機選單「版權資訊」度清除，已經影咗嘅相就用 exiftool -Copyright= -Artist= 處理。",
        ),
        (
            "user",
            "明白。仲有上載嘅檔名係 梁詠詩_R255740(0)_身份證.jpg，係咪都要改埋？",
        ),
    ],
    [
        (
            "user",
            "Fail docx ni ada track changes dari cikgu kelas: 'Aiman bin Rosli, 4 Cempaka - disyaki membuli rakan, ibu bapa dipanggil 12/9'. Saya nak hantar kepada PIBG.",
        ),
        (
            "assistant",
            "Sebelum dihantar, terima atau tolak semua perubahan dan jalankan Periksa Dokumen supaya komen dan jejak perubahan dibuang.",
        ),
        ("user", "ok, nama cikgu dalam Author pun saya buang sekali."),
    ],
]
