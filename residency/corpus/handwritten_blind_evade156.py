# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade156: personal data in printing and document-scanning artefacts (print-server job logs, scan-to-email metadata, OCR text layers, fax cover sheets, photocopier address books, PDF annotations). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade156
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "print_server_job_log"): _lines("""
        2026-11-03 09:14:22 cupsd[1187]: [Job 48213] Queued on "HP_M607_L12_East" by "svc-reporting" (application/pdf, 14 pages, duplex=long-edge).
        papercut-ng 2026-11-03T09:15:07+08:00 job_id=pc-7731904 user=guest-kiosk printer=SGP-MBFC-T2-L18-MFP01 pages=3 color=N cost=SGD 0.30 status=RELEASED
        I [03/Nov/2026:10:02:41 +0800] [Job 48227] Completed successfully. job-originating-user-name=lp, job-name="Q3_Board_Pack_v7_FINAL.pdf", media=iso_a4_210x297mm
        E [03/Nov/2026:10:05:13 +0800] [Job 48228] Unable to connect to printer; will retry in 30 seconds (ipp://10.42.8.17:631/ipp/print, printer-state-reasons=connecting-to-device)
        Microsoft-Windows-PrintService/Operational Event 307: Document 112, Print Document owned by SYSTEM on KLCC-SRV-PRN02 was printed on RICOH IM C3000 (Tower2-L9) through port 10.80.9.44. Pages printed: 6.
        @PJL SET JOBNAME = "Tender_Doc_JKR_2026_112" @PJL SET USERNAME = "SCAN-SVC" @PJL SET HOLD = OFF @PJL SET RESOLUTION = 600
        %%Title: (Menu_Lunch_Set_Dec2026.pdf) %%Creator: (Adobe InDesign 19.2) %%For: (printroom) %%CreationDate: (D:20261201083015+08'00')
        [2026-11-04 14:22:09] PrinterLogic: driver "Canon Generic Plus UFR II v3.10" deployed to 214 endpoints in OU=HKG-Quarry-Bay; 3 failed (0x80070005 access denied).
        job 55102 | queue=TPE-Xinyi-17F-Color | owner=kiosk01 | 2026-11-05 11:40:33 | 22 pages A3 | toner C 41% M 38% Y 52% K 17% | status=held_for_release
        cups-pdf[2231]: file="/var/spool/cups-pdf/ANONYMOUS/job_48301-Annual_Report_2025_ZH.pdf" written, 2.4 MB, sha256 prefix 9f2c4e1a7b0d3c55
        PaperCut quota alert: shared account "Marketing-Collateral" balance MYR 12.40 below threshold MYR 50.00 after job pc-7735120 (Brochure_Raya_2026.pdf, 120 pages).
        lpstat -o: HP_M607_L12_East-48345 svc-erp 1048576 Thu 05 Nov 2026 03:00:01 PM +08 (nightly AR statements batch, 412 pages, tray 3)
        Fiery log 2026-11-06 08:01:55 JobID 9921 "Jin_Yong_Boxset_Cover_Proof.pdf" ripped in 00:01:47, 4/0 CMYK, 350gsm art card, queue Print/Hold, imposition 2-up
    """),
    ("en", "fax_cover_sheet"): _lines("""
        FAX COVER SHEET | To: Accounts Payable, Harbourfront Marine Services Pte Ltd | Fax: +65 6863 1221 | From: Procurement Desk | Pages incl. cover: 4 | Re: PO 4500192837 revised delivery
        CONFIDENTIALITY NOTICE: This facsimile contains information intended only for the addressee. If received in error, please call our front desk at +603-2282 7100 and destroy all pages.
        Fax header: 06-NOV-2026 16:42 FROM +60 3 7955 2200 TO 0065 6223 4410 P.001/003 — Tan Brothers Hardware Sdn Bhd (199701004512)
        Please note our new fax number from 1 Jan 2027: +65 6743 9020 (Customer Service, Ah Hock Logistics Pte Ltd, UEN 201534221K, 25 Tuas Avenue 4, Singapore 639375).
        Pages: 1 of 1 | Urgent [X] For Review [ ] Please Reply [X] | Subject: Revised shipping schedule for container MSKU 7712049, ETA Port Klang Westport 14 Nov 2026
        Attn: Registry Counter | From: Conveyancing Section, Lim & Partners, Advocates & Solicitors | Re: updated checklist for submission of Form 14A (blank template attached)
        Fax template v3.2 (doc ref QF-ADM-017): fields {recipient_org}, {recipient_fax}, {sender_dept}, {page_count}, {subject}; default footer "Macau Grand Printing Lda."
        If you do not receive all 6 pages, please call the Shipping Desk on 2361 4400 ext. 218 between 9am and 6pm (Mon–Fri). Reference: BL No. OOLU2710934560.
        FAX TRANSMISSION REPORT  OK  Date 2026/11/07 10:03  Remote ID SGH-PHARMACY-STORE  Mode ECM  Pages 03  Duration 00:01:12  Job No. 0442
        From: Customer Service, Uncle Lim's Kaya Toast (SSM 202203117733) | Fax: 04-263 1188 | Re: weekly order of 40 kg pandan kaya for the outlet at Lebuh Chulia, George Town
        The fax to 6339 8800 failed at 14:12 (Error 0x0022: no answer). Machine will redial 3 times at 5-minute intervals. Contact the vendor helpdesk 1800 226 7788 if it persists.
        To: Tender Secretariat, Public Works Department Sarawak | From: Estimating Dept, Borneo Steelworks Sdn Bhd | Re: clarification on tender JKR/SWK/T/2026/045, Bill No. 3 item 4.2
        Fax cover (Chinese/English bilingual template) printed on letterhead of Pacific Dragon Freight (HK) Ltd, Unit 1203, 148 Connaught Road Central, Sheung Wan; BR No. 61803344
    """),
    ("zh-Hans", "扫描到邮件配置"): _lines("""
        扫描到邮件设置：SMTP 服务器 smtp.exmail.qq.com，端口 465（SSL），发件人 scanner@huaxin-printing.com.cn，主题默认为“扫描件_%Y%m%d_%H%M”。
        佳能 iR-ADV C5840 远程用户界面 → 设置/注册 → 发送 → 电子邮件设置：最大附件 10 MB，超出则自动分割；PDF 压缩选“高压缩”，分辨率 300×300 dpi。
        共享文件夹扫描路径示例：smb://10.20.3.15/scan/finance/，用户名填写 scan_svc（服务账号），请勿使用个人域账号，密码每 90 天轮换一次。
        扫描件元数据：Producer=Kyocera TASKalfa 4054ci; CreationDate=2026-11-08T09:12:44+08:00; Subject=合同扫描批次 B-20261108-07; Pages=36; 文件大小 8.7 MB。
        邮件头样例：From: "MFP-3F" <mfp3f@example.cn>; Subject: =?UTF-8?B?6LSi5Yqh6YOo?= 扫描 0042（即“财务部”）; X-Mailer: Ricoh Scan Router 3.4.1
        扫描件首页 OCR：深圳市华信印务有限公司 统一社会信用代码 91440300MA5G2K7Q3D 地址 深圳市南山区科技园南区高新南七道 18 号 办公楼 5 层
        OCR 配置 ocr.yaml：language: [chi_sim, eng]; deskew: true; dpi: 300; output: pdf_with_text_layer; confidence_threshold: 0.82; workers: 4
        扫描到邮件失败日志：2026-11-08 10:21:05 ERR 554 5.7.1 Message rejected: attachment too large (14.2 MB > 10 MB)，任务号 SCN-000871，目标地址组“采购部”。
        通讯录分组建议：按部门建立共享邮箱（hr@、finance@、legal@），复印机上不要保存员工个人邮箱，人员离职交接时就无需逐一删除。
        兄弟 MFC-L8900CDW 扫描文件命名规则：{设备名}_{日期}_{序号}.pdf，例如 MFC3F_20261108_0017.pdf；启用“空白页跳过”可节约约 12% 存储。
        扫描任务汇总（11 月第 2 周）：共 1,284 份，平均 7.4 页/份，彩色占比 23%，失败 9 份（均为 SMTP 超时），峰值时段 09:00–10:00。
        TLS 证书更新：scan-relay.corp.example 的证书将于 2026-12-31 过期，新指纹 SHA256 4B:7E:19:A2:0C:D3:55:8F…，请在复印机上重新导入根证书。
        鲁迅纪念馆档案扫描项目：《呐喊》1923 年新潮社初版扫描件已上传，分辨率 600 dpi，TIFF 无损，共 282 页，MD5 前缀 3c1f9a0e77b24d6e。
    """),
    ("zh-Hans", "PDF批注_出版审校"): _lines("""
        批注 [作者: 排版部] 第 37 页：张爱玲《倾城之恋》引文与 1944 年初版不符，“范柳原”后缺逗号，“白流苏”一名前多一空格，请核对原书。
        /Annot /Subtype /Text /T (校对二组) /Contents (图 3-2 分辨率不足 150 dpi，印刷会模糊，请替换原图) /M (D:20261109153012+08'00')
        高亮注释：“1949 年 10 月 1 日，毛泽东在天安门城楼宣布中华人民共和国中央人民政府成立”——请编辑确认引文出处，建议标注《人民日报》当日版面。
        便签批注（作者：Acrobat 默认用户）：封底 ISBN 978-7-02-008153-2 条码与版权页不一致，版权页印为 978-7-02-008135-4，请统一。
        删除线批注：第 112 页“贾宝玉初见林黛玉”一段重复排版，删除第二段；同时检查第 113 页起页码是否顺延，目录需同步更新。
        PDF 属性：标题《金庸武侠小说研究》；作者 出版社编辑部；创建工具 Adobe InDesign 2025 (20.1)；PDF/X-4:2010；注释 47 条，已解决 39 条。
        批注回复：同意修改。第 5 章所引苏轼《念奴娇·赤壁怀古》采用中华书局 1982 年版《苏轼诗集》，页脚注释补全出版信息即可。
        图章批注“已审核 - 三审” 颜色 #D7263D，付印前请扁平化注释（打印 → 注释和表单：文档和标记），避免图章漏印或被误印到成品上。
        批注导出 XFDF：annots count="23"，其中 subject="替换文本" 11 条，subject="插入文本" 8 条，其余为高亮，页码范围 p.201–p.248。
        责编注：第 14 页“钱钟书于 1947 年出版《围城》”无误，但“杨绛为其妻”一句请改为“杨绛（钱钟书夫人）”，与全书人物称谓体例一致。
        印前检查批注：第 2、7、19 页存在 RGB 图像，第 44 页字体“方正书宋_GBK”未嵌入，出血 3 mm 不足，需退回排版重新输出。
        批注 [作者: Designer-02] 封面书名《三体》字距 -20 请调至 0，刘慈欣署名字号与译者署名保持一致（11 pt），腰封文案另附。
        审校进度：共 386 页，PDF 批注 212 条，已关闭 187 条，待作者确认 25 条，预计 2026-12-15 付印，首印 8,000 册，印厂为雅昌。
    """),
    ("zh-Hant", "影印機通訊錄"): _lines("""
        通訊錄匯出 addressbook.csv：編號,名稱,類型,目的地 / 001,會計部,電郵,accounts@goldenharbour.com.hk / 002,人事部,電郵,hr@goldenharbour.com.hk
        快速撥號 05｜名稱：供應商-永昌紙業有限公司｜傳真：(852) 2389 1170｜備註：A4 80g 影印紙訂單專用，每月 25 日前落單
        單觸鍵 12「陳記印刷廠」傳真 2744 3390，SMB 資料夾 smb://fs01/vendor/chan-kee，最後修改 2026-10-30，修改者為 admin 管理帳戶
        群組「各分行」：旺角分行 2394 8800、銅鑼灣分行 2890 1122、澳門新馬路分行 (853) 2833 6600，共 3 個傳真目的地，用於每日報價表。
        理光 MP C4504 通訊錄備份檔 UDirectory_20261110.udf 大小 48 KB，共 126 筆，其中電郵 88、資料夾 31、傳真 7，請存放於 IT 共用碟。
        台北信義辦公室複合機通訊錄：「總務處」 soa@formosa-design.com.tw、「法務室」 legal@formosa-design.com.tw，公司統一編號 24536817。
        SMB 目的地設定：主機 10.1.5.20，路徑 /scan/admin-dept/，登入帳號 mfp-scan（服務帳戶），連線測試成功，延遲 12 ms，SMB 3.0。
        通訊錄政策：影印機只可登記部門及公司對外地址，個人電郵及私人手機號碼一律不得輸入，違者由 IT 於每月盤點時刪除，並記錄於資訊保安檢查表 ISC-07。
        快速撥號 21｜名稱：阿娥冰室（外賣傳真）｜傳真：2805 7713｜最後使用：2026-11-05 12:31｜類別：餐飲｜逢星期日休息
        LDAP 通訊錄同步：ldap://dc01.corp.example:389，搜尋基底 OU=Departments,DC=corp,DC=example，只同步 objectClass=group，共匯入 42 個部門信箱。
        傳真目的地「澳門財政局 稅務申報」已停用，因局方已改用網上申報；如需遞交 M/1 表格請使用澳門公共服務一戶通，傳真機亦已移除該快速撥號鍵。
        通訊錄錯誤：第 57 筆「物業管理處」電郵格式錯誤（pmo@hk-plaza..com），匯入時已略過，請管理員修正後重新匯入。
        富士軟片 Apeos C3570 目的地清單列印頁尾：頁 3/5、列印時間 2026/11/10 17:02、機器序號 3C5-128774、韌體 2.6.1、共 64 筆。
    """),
    ("zh-Hant", "影印店價目表"): _lines("""
        黑白影印 A4 單面 $0.5／張，雙面 $0.8；A3 單面 $1.2；滿 500 張九折（旺角 西洋菜南街 68 號 2 樓 志明影印中心）
        彩色雷射列印 A4 NT$5／張、A3 NT$10／張；學生憑證 85 折，公館店 羅斯福路三段 316 巷 8 號 1 樓，營業至 23:00。
        掃描服務：一般文件 300 dpi $2／頁，書本非破壞掃描 $5／頁，可輸出可搜尋 PDF（含 OCR 文字層），交件用 USB 或雲端連結。
        傳真代發：本地 $5 首頁、續頁 $2；國際（中國內地、台灣、星馬）$20 首頁，收發傳真請用 2388 0611（店舖專線）。
        膠圈釘裝 $15／本（100 頁內），熱熔膠裝 $25，精裝燙金 $180 起；畢業論文 3 個工作天，加急 24 小時另加 50%。
        大圖輸出：海報 A1 霧面相紙 $120、A0 $220；易拉架連印 80×200 cm $380，可代設計，檔案請提供 PDF/X-1a，CMYK 模式。
        澳門 新馬路 阿勝文具影印 價目：證件相 4 張 MOP 60，過膠 A4 MOP 8，影印 MOP 0.6／張，支援澳門通及 MPay 付款。
        名片印刷 300g 雙面彩色 一盒 100 張 $88，兩盒 $150；製作天數 2 天，來稿請留 3 mm 出血，所有字體請轉外框。
        Google 評論 4.6★（1,238 則）精選：「幫手將掃描檔轉成 PDF 好快手，價錢同價目表一樣，冇額外收費。」
        會員價：儲值 $500 送 $60，儲值 $1000 送 $150，餘額可用於影印、列印、掃描，不可兌換現金，過期餘額不設退款。
        台中 一中街 林記影印 統一編號 53812264：黑白 A4 $1、彩色 A4 $6、護貝 A4 $15、傳真 $10／頁，電話 (04) 2222-3180。
        印刷品交收時間：週一至週五 10:00–20:00，週六 11:00–18:00，公眾假期休息；線上訂單編號格式 HK-PR-2026-xxxxx，請憑編號取件。
        文件銷毀服務：碎紙 $3／公斤（最低 $50），可出具銷毀證明書，適合律師行、診所及會計師樓年度清理檔案，上門收件滿 20 公斤免運費。
    """),
    ("ms", "notis_bilik_cetak"): _lines("""
        NOTIS: Mesin fotostat di Aras 3 (Ricoh IM C4500) akan diselenggara pada 12 Nov 2026, 2.00–5.00 petang. Sila gunakan mesin di Aras 5 buat sementara.
        Semua cetakan berwarna melebihi 50 muka surat perlu kelulusan Ketua Bahagian. Borang permohonan BPC-07 boleh dimuat turun dari portal intranet.
        Peringatan: Jangan tinggalkan dokumen sulit di dulang pencetak. Gunakan fungsi "Secure Print" dan masukkan PIN pada panel mesin untuk mengambil cetakan.
        Kod jabatan untuk kuota cetakan: 1101 Pentadbiran, 1102 Kewangan, 1103 Sumber Manusia, 1104 Teknologi Maklumat. Kuota bulanan 2,000 muka surat setiap kod.
        Fungsi imbas-ke-e-mel kini menggunakan alamat pengirim imbas-noreply@syarikat.example.my; had saiz lampiran 15 MB dan format lalai PDF boleh cari.
        Aduan kerosakan mesin cetak boleh dibuat melalui Talian Meja Bantuan IT 03-8888 3100 samb. 4412 atau tiket di portal helpdesk (SLA 4 jam bekerja).
        Kertas A4 80gsm jenama Double A kini dibekalkan oleh Kedai Alat Tulis Pak Mat Enterprise (SSM 002345671-T), pesanan minimum 20 rim.
        Jadual pengosongan tong dokumen sulit: setiap Jumaat jam 4.00 petang oleh kontraktor pelupusan berlesen; sijil pemusnahan disimpan di Unit Rekod.
        Makluman: Pemacu pencetak baharu (versi 5.2.1) telah dipasang secara automatik pada semua komputer riba jabatan melalui SCCM pada 10/11/2026.
        Cetakan Buku Program Majlis Sambutan Maulidur Rasul: 500 naskhah, kertas art 128gsm, siap sebelum 20 Ogos 2026, rujukan PO 2026/PEN/0891.
        Petikan teks OCR: "Dasar Perlindungan Data Peribadi Syarikat, Seksyen 4.2: Dokumen yang mengandungi data peribadi hendaklah diimbas ke folder terhad sahaja."
        Bilik cetak Aras 2 dibuka 8.00 pagi hingga 6.00 petang. Kad akses staf diperlukan untuk melepaskan kerja cetakan di mesin Canon iR-ADV DX 6860i.
        Sebut harga sewaan mesin fotostat: RM 420 sebulan termasuk 8,000 salinan hitam putih; lebihan 2.5 sen sesalinan; kontrak 36 bulan, No. Sebut Harga QT-KL-26-117.
    """),
    ("mixed", "ocr_text_layer"): _lines("""
        OCR p.1 (conf 0.91): "PENYATA TAHUNAN 2025 / ANNUAL REPORT 2025 — Syarikat Perusahaan Ah Kow Sdn. Bhd. (197801002233) 马来西亚 槟城 峇六拜工业区"
        OCR text layer, page 4: "Menu Harga / 价目表 — Kopi O RM1.80, Teh Tarik RM2.20, 海南鸡饭 RM7.50, Nasi Lemak Ayam RM8.90" (misread "RMB.90" corrected)
        OCR 結果 conf=0.78：「香港特別行政區政府憲報 Government Gazette, Vol. 30, No. 45 — G.N. 6123 Companies Ordinance (Cap. 622) 公司條例」
        Tesseract 5.3.4 -l eng+chi_tra+msa: 412 words, mean confidence 86.2, 3 low-confidence tokens ("Pej4bat", "5ingapura", "印刷廠") flagged for review.
        OCR hOCR snippet: span class='ocrx_word' title='bbox 412 88 690 120; x_wconf 93' SINGAPORE / title='bbox 702 88 901 120; x_wconf 95' POST 新加坡邮政
        Scanned brochure OCR: "Lee Kuan Yew: The Man and His Ideas — exhibition at National Library Building, 100 Victoria Street, Level 10, 10am–9pm, 免费入场"
        OCR (poor scan, 150 dpi): "Invo1ce No. INV-2O26-OO4412 / 发票号 / Tarikh 08-11-2026 / Jumlah RM 1,2O4.5O (termasuk SST 8%)"
        OCR text of a shop sign photo: "陳記燒臘 Chan Kee Roast Meat 茶餐廳 — 營業時間 7am–10pm, 外賣熱線 2548 6612, 西環 皇后大道西 388 號地舖"
        OCR layer of certificate template: "This is to certify that ______ has completed / Sijil Penyertaan / 参与证书 — Workshop on PDPA Compliance, 14 Nov 2026"
        OCR output JSON: {"page":2,"lang":"zh-Hans","text":"上海书城 上海市黄浦区福州路 465 号 营业时间 9:30-21:00","confidence":0.88}
        OCR misread sample set: "Jalan Tun Razak" → "Jalan Tun Razek"; "Petronas Twin Towers" → "Petr0nas Twin T0wers"; "吉隆坡" → "吉隆玻"; avg confidence drop 0.12.
        PDF text layer: "Mahathir Mohamad, as Prime Minister, launched the Multimedia Super Corridor in 1996 / Dr. Mahathir melancarkan MSC Malaysia / 马哈迪推介多媒体超级走廊"
        OCR confidence report: pages 1–24, avg 0.93; page 17 rotated 90°, deskewed; scripts Latin 61%, Han 37%, other 2%; saved as scan_batch_7781_ocr.pdf
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        cupsd[1187]: [Job 48402] Queued on "HP_M607_L12_East" by "tan.weiming" job-name="Payslip_Nov2026_TanWeiMing.pdf" 2 pages, net pay SGD 7,415.60 printed on page 1
        PaperCut job log: user=rachel.goh@harbourfront-marine.com printer=SGP-MBFC-T2-L18-MFP01 document="IVF_cycle3_consent_form_RGoh.pdf" pages=6 released 2026-11-04 18:22
        %%For: (Marcus Lee Jun Hao) %%Title: (Marcus_Lee_bankruptcy_petition_response.docx) %%CreationDate: (D:20261105221530+08'00')
        FAX COVER SHEET | To: Dr. Ivan Chua, Raffles Medical Holland V | From: Mrs. Grace Ong (mother of patient Ethan Ong, 9) | Re: Ethan's asthma action plan and EpiPen refill
        Scan-to-email metadata: From: "MFP-Lobby" <mfp@condo-mgmt.sg>; To: kelvin.ng1987@gmail.com; Subject: Scanned NRIC front and back; Attachment: scan_0017.pdf (412 KB)
        Photocopier address book entry 033: Name "Priya (home)", Type Email, Address priya.raman.home@yahoo.com.sg, Fax 6452 7719, last used 2026-10-29
        /Annot /T (HR-Admin) /Contents (Jason Koh: probation extended to Feb 2027 after repeated absence for chemotherapy, do not circulate) /Subj (Comment)
        OCR of scanned tenancy form: "Tenant: Wong Kar Fai  HKID: K582913(5)  Tel: 9123 4471  Address: Flat 12B, Block 3, Tai Koo Shing  Deposit: HK$36,000"
        job-originating-host-name=DESKTOP-7F2K; job-name="S7619042I.pdf"; pages=2; queue=SGP-Jurong-Reception
        Fiery job "Wedding_Invite_Chloe_Tan_and_Daniel_Wee_12Dec2026.pdf" 150 copies, back of card: RSVP to Chloe at +65 9731 5586 by 20 Nov
        OCR text layer, scan batch 0419 p.3: "I, Raymond Sim Kok Leong, acknowledge that I owe SGD 48,500 under my personal loan and agree to repay over 36 months."
        Event 307: Document 88, Print Document owned by ahmad.faizal on KLCC-SRV-PRN02 printed on RICOH IM C3000, document name "Divorce_settlement_draft_AhmadFaizal_v3.docx"
    """),
    "zh-Hans": _lines("""
        打印服务器日志：2026-11-08 22:41:09 用户 chenzhiqiang 打印《陈志强_离婚协议书_第二稿.docx》共 6 页，打印机 SZ-NS-7F-HP01。
        扫描到邮件：收件人 13826457719@139.com，主题 =?UTF-8?B?6ZmI5b+X5by6?= 身份证正反面，附件 scan_20261108_0012.pdf，发送成功。
        OCR 文字层：“姓名 王丽娟 性别 女 民族 汉 出生 1992年3月17日 住址 上海市长宁区愚园路1088弄15号602室 公民身份号码 310105199203174424”
        传真封面：致 华山医院感染科 李主任；发件人 张建国家属；事由：张建国 乙肝肝硬化复查报告，共 5 页，请回电 139 1624 8803。
        PDF 批注 [作者: 风控部] 第 3 页：“借款人赵永刚已逾期 7 个月，欠款 ¥186,000，下周起诉”——请法务确认后再发催收函。
        复印机通讯录导出：012,老周(私人),邮箱,zhoujun_1975@163.com,上次使用 2026-10-22
        共享打印队列 job 7731 文件名：%E5%AD%99%E6%99%93%E6%A2%85_%E5%AD%95%E6%A3%80%E6%8A%A5%E5%91%8A.pdf，4 页，彩色
        扫描件 OCR 第 2 页仅识别出：“440306198805142317 有效期限 2016.05.14-2036.05.14”
        打印任务：用户 小马（马晓东）打印《工资条_2026年10月》实发 ¥23,480.00 个税 ¥1,962.00，打印机 财务部-01，已取件。
        扫描仪元数据 XMP：dc:creator=吴秀英；dc:title=吴秀英_精神科门诊病历_抑郁症复诊；xmp:CreateDate=2026-11-02T15:20:11+08:00
        传真回执：发往 0755-2671 8830 成功 3 页；内容为快递签收单，收件人 林先生，深圳市南山区海岸城 3 栋 1704，电话 186 7543 2290。
    """),
    "zh-Hant": _lines("""
        影印機通訊錄 045：名稱「黃美玲（私人）」，類型 電郵，地址 mayling.wong88@netvigator.com，傳真 2711 3358，最後使用 2026-11-01
        掃描郵件主旨 =?UTF-8?B?6buD576O546y?= 身份證副本，寄件者 MFP-Lobby@pmo-hk.com，附件 HKID_Y306471(7).pdf
        傳真封面頁：致 台大醫院 婦產部 王醫師｜寄件人 林淑芬｜事由：懷孕 14 週產檢報告及 NIPT 結果，回覆請撥 0912-386-557
        OCR 文字層：「中華民國國民身分證 姓名 蔡宗翰 出生 民國79年6月3日 統一編號 F126873018 住址 新北市板橋區文化路一段188巷6號3樓」
        PDF 註解 /T (人事部) /Contents (陳太嘅老公陳國輝上月涉醉駕被警方拘捕，佢請咗兩星期假，唔好喺群組講)
        列印伺服器記錄：2026-11-09 08:12 使用者 ah-keung（強哥）列印「強哥_財務公司_欠款通知_HK$92,000.pdf」3 頁，印表機 MK-2F-Color。
        掃描至資料夾 smb://fs01/scan/reception/ 新檔案：何家豪_澳門居民身份證_5215299(8)_正反面.pdf（2 頁，612 KB）
        掃描 OCR 頁尾只得一行：「M741205(9)」，檔案 scan_0231.pdf，來源 前台影印機 MFP-GF-01
        影印店訂單備註：客人阿傑（張志傑）印 100 份尋狗傳單，聯絡 0938-551-204，住松山區八德路四段 520 號 5 樓
        PDF 批註（作者：林太）：「我個仔林浩然今年 DSE 數學只得 2 級，學校建議轉讀職專，請老師唔好公開佢嘅成績」
    """),
    "ms": _lines("""
        Log pencetak: pengguna nurul.aina mencetak "Slip_Gaji_Okt2026_Nurul_Aina_binti_Rosli.pdf" (2 muka surat) di KL-HQ-L5-Mono, gaji bersih RM 6,842.50
        Muka depan faks: Kepada Klinik Kesihatan Seksyen 7 Shah Alam | Daripada: Encik Rahim bin Osman | Perkara: keputusan ujian HIV isteri saya, Puan Zainab, sila hubungi 013-728 4410
        Teks OCR kad pengenalan: "MyKad 880514-14-5523 MOHD HAFIZ BIN ZAKARIA NO 12 JALAN SS 2/24 47300 PETALING JAYA SELANGOR"
        Buku alamat mesin fotostat: 019, "Kak Long (rumah)", e-mel khadijah.kaklong77@gmail.com, faks 03-6137 2294
        Imbas-ke-e-mel: Subjek =?UTF-8?B?TnVydWwgQWluYSBiaW50aSBSb3NsaQ==?= penyata bank Maybank akaun 1140 2256 8831, lampiran 3 muka surat
        Anotasi PDF oleh Pegawai HR: "Encik Kumar a/l Subramaniam digantung kerja kerana ditahan polis atas tuduhan pecah amanah, tunggu keputusan mahkamah"
        Nama fail imbasan "920317-10-6684.pdf" dihantar dari mesin fotostat Aras 3 ke folder Kewangan
        Sembang staf: "Tolong fotostat geran kereta Abang Din, plat WXY 8821, dia nak jual sebab hutang ceti RM30k"
        Kerja cetakan ditahan: "Surat_Tuntutan_Hutang_Lim_Ah_Chuan.pdf", penerima Lim Ah Chuan, No. 27 Lorong Kenari 3, Taman Sri Rampai, 53300 Kuala Lumpur, baki RM 12,300
    """),
    "mixed": _lines("""
        OCR p.2: "Name 姓名: Lau Chee Keong 刘志强 | NRIC: S8834127I | Diagnosis 诊断: Type 2 diabetes 糖尿病 | MC 3 days"
        Scan-to-email log: To=ahseng.lim@hotmail.com Subject="Kad pengenalan Ah Seng 身份证" Attachment=IC_010723-07-0341.pdf status=sent
        PDF annotation /T (Finance) /Contents (陈先生 Mr Chan Siu Ming 欠 rent 3 个月 HK$54,000，沙田 flat 8C，必须 follow up)
        Fax header 傳真 08-NOV-2026 FROM +853 6683 2147 (何生 Mr. Ho private mobile) TO +852 2388 0611 P.1/1
        Photocopier address book: 077 | Mei Ling 美玲 (personal) | meiling.tan.sg@gmail.com | last used 2026-11-03
        打印 job log: user=G5512873T document="Work_Permit_Renewal_Nguyen_Thi_Lan.pdf" printer=SGP-Jurong-HR-01 pages=4
        OCR 结果: "Penerima: Tan Mei Hua 陈美华, No. 8 Jalan Kenanga 2, Taman Maluri, 55100 KL, Tel 016-338 9072 — 包裹 COD RM 239"
        Staff group chat: "Boss, printer 又 jam 咗，Ah Keat 张俊杰 printing his 离婚 court papers again, 3rd time today"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an IT helpdesk assistant for a Singapore office. Help staff read print-server logs and fix printing problems.",
        ),
        (
            "user",
            "Our CUPS box keeps holding jobs. Here's the line: [Job 48517] Held on HP_M607_L12_East by 'sharon.lim', job-name='Sharon_Lim_CPF_statement_and_HDB_loan_arrears.pdf'. Why is it held?",
        ),
        (
            "assistant",
            "The job is in a held state, usually because the queue has hold-until set or a secure-release policy is on. Run 'lpstat -o' and 'lpoptions -p HP_M607_L12_East' to check. Note the log line exposes Sharon Lim's name and a document about her HDB loan arrears, so avoid pasting it into shared tickets.",
        ),
        ("user", "Got it, it was hold-until=indefinite. Released now."),
    ],
    [
        ("system", "你是一名文档数字化助手，帮助用户整理扫描件 OCR 结果。"),
        (
            "user",
            "帮我把这段 OCR 整理成表格：姓名 周海燕 性别 女 出生 1975年11月2日 公民身份号码 110108197511020518 住址 北京市海淀区学院路 30 号院 7 号楼 402",
        ),
        (
            "assistant",
            "整理如下：姓名：周海燕；性别：女；出生日期：1975-11-02；身份证号：110108197511020518；住址：北京市海淀区学院路30号院7号楼402。提醒：这是身份证信息，请仅在必要范围内保存。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一張傳真封面，寄去伊利沙伯醫院心臟科，講我阿媽梁淑儀下星期三覆診要改期，我電話係 6128 7743。",
        ),
        (
            "assistant",
            "傳真封面 | 致：伊利沙伯醫院 心臟科 預約處 | 寄件人：梁淑儀家屬 | 頁數：1 | 事由：梁淑儀女士覆診改期申請 | 內容：病人梁淑儀原定下星期三覆診，因事未能出席，懇請安排改期。如有查詢請致電 6128 7743。",
        ),
        ("user", "多謝，可唔可以加埋佢病人編號 HN08127745？"),
        ("assistant", "已加入：病人編號 HN08127745，放喺事由下面一行。"),
    ],
    [
        ("system", "Anda pembantu AI untuk pentadbir pejabat di Malaysia."),
        (
            "user",
            "Buku alamat mesin fotostat ada entri peribadi: 'Faridah (rumah), faridah.hanim82@yahoo.com, 012-915 3340'. Macam mana nak padam dari panel Canon?",
        ),
        (
            "assistant",
            "Pada panel Canon: Tetapan/Daftar > Tetapan Destinasi > Daftar Destinasi > Buku Alamat, pilih entri Faridah (rumah), tekan Padam dan sahkan. Lepas itu eksport semula buku alamat supaya salinan sandaran tidak menyimpan e-mel dan nombor telefon peribadinya.",
        ),
    ],
    [
        (
            "system",
            "Print shop assistant. Current customer record: 陈淑华 Tan Siok Hua, tel +65 9068 2217, order PR-2026-04417, 200 copies of a memorial booklet for her late father.",
        ),
        (
            "user",
            "Customer asks if we can finish the booklet by Friday, 42 pages, A5 saddle-stitched.",
        ),
        (
            "assistant",
            "Yes, 200 copies of a 42-page A5 saddle-stitched booklet can be ready by Friday if artwork is approved today. Please call Ms Tan Siok Hua at +65 9068 2217 to confirm the proof for order PR-2026-04417.",
        ),
    ],
    [
        ("system", "You summarise PDF review comments for a project manager."),
        (
            "user",
            "Summarise the annotations: p.2 /T (PM) 'timeline slips 2 weeks'; p.5 /T (HR) 'Kenneth Yap on medical leave till 30 Nov, slipped disc surgery'; p.9 /T (QA) 'figure 4 low res'.",
        ),
        (
            "assistant",
            "Summary: the schedule has slipped two weeks (p.2); one team member, Kenneth Yap, is on medical leave until 30 Nov after slipped-disc surgery (p.5), which is health information and should stay out of the client version; figure 4 needs a higher-resolution image (p.9).",
        ),
        ("user", "Please give me the client-safe version."),
        (
            "assistant",
            "Client-safe summary: the schedule has moved by two weeks due to resourcing, and figure 4 on page 9 will be replaced with a higher-resolution image.",
        ),
    ],
    [
        (
            "user",
            "扫描到邮件一直失败，错误是 550 mailbox unavailable，收件地址是 yangfan.hz1988@qq.com，我想把我的体检报告扫给自己。",
        ),
        (
            "assistant",
            "550 通常表示收件邮箱不存在或拒收。请确认地址 yangfan.hz1988@qq.com 拼写正确，并检查 QQ 邮箱是否拦截了复印机的发件域名。另外，体检报告属于健康信息，建议用 U 盘而非公司复印机转发。",
        ),
        ("user", "拼写没错，可能是被拦截了，我改用 U 盘。"),
    ],
    [
        ("system", "You help Singapore staff redact scanned forms before filing."),
        (
            "user",
            "This scanned form has 'Applicant: Muhammad Irfan bin Yusof, NRIC S9012874D, address Blk 512 Bedok North Ave 3 #09-211'. Which fields must I black out?",
        ),
        (
            "assistant",
            "Redact the NRIC S9012874D fully and the unit number #09-211 of Blk 512 Bedok North Ave 3. Keep the name only if the filing purpose needs it. Make sure you flatten the PDF after redaction so the OCR text layer does not still contain the NRIC.",
        ),
        (
            "user",
            "Good point about the text layer, I'll run the Acrobat redact tool instead of drawing boxes.",
        ),
    ],
    [
        ("system", "你是台灣影印店的客服助理。"),
        ("user", "客人要影印身分證，正面寫著 鄭雅婷 A223456781，要印 3 份給銀行開戶用，可以嗎？"),
        (
            "assistant",
            "可以影印，但建議在影本上加註「僅供 OO 銀行開戶使用」並註明日期，避免被挪用。影印完成後請將原件與所有影本交還鄭雅婷小姐，掃描暫存檔也要從機器刪除。",
        ),
    ],
    [
        ("system", "Pembantu untuk menyediakan faks kepada bank."),
        (
            "user",
            "Tolong tulis faks ke CIMB Bank cawangan Ipoh Garden: saya Lee Wai Kit, akaun pinjaman 8004-1122-6731, tertunggak 3 bulan, nak minta penjadualan semula. Tel 017-552 8019.",
        ),
        (
            "assistant",
            "KEPADA: CIMB Bank, Cawangan Ipoh Garden | DARIPADA: Lee Wai Kit (Tel: 017-552 8019) | PERKARA: Permohonan Penjadualan Semula Pinjaman, Akaun 8004-1122-6731 | Saya ingin memohon penjadualan semula bayaran kerana tunggakan tiga bulan. Mohon pihak tuan/puan menghubungi saya untuk perbincangan lanjut.",
        ),
        ("user", "Terima kasih, boleh tambah 'Yang benar' di hujung?"),
        ("assistant", "Boleh: ... Sekian, terima kasih. Yang benar, Lee Wai Kit."),
    ],
]
