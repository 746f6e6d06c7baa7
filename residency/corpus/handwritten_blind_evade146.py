# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade146: personal data in office-suite and spreadsheet artefacts (Excel formulas and hidden columns, CSVs with BOM, Google Sheets sharing logs, pivot-table exports, cell comments, OneDrive version histories). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade146
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "excel_formulas"): _lines("""
        =XLOOKUP([@SKU],tblPriceList[SKU],tblPriceList[UnitPrice_SGD],"not listed",0) in column F of Orders_FY25 returns 12.90 for SKU YK-KT-0420 (kaya toast set).
        =SUMIFS(Sales[Amount],Sales[Outlet],"Ya Kun - Far East Square",Sales[Month],">="&DATE(2025,1,1)) gives 48,312.60 for Q1; reconcile against the POS Z-report.
        =TEXT(TODAY(),"yyyy-mm-dd")&"_"&$B$1&"_stocktake.xlsx" builds the file name; B1 holds outlet code OCK-TPY-03 (Old Chang Kee, Toa Payoh Hub).
        Column H (hidden, width 0): =IFERROR(VLOOKUP(D2,GST_Rates!A:B,2,FALSE),0.09) looks up the GST rate; kept hidden so franchisees do not overwrite it.
        =HYPERLINK("https://www.iras.gov.sg/taxes/goods-services-tax-(gst)","IRAS GST guide") sits in A40 of the cover sheet; link last checked 2025-03-14.
        Named range CompanyUEN = 'Cover'!$C$4 = 201734512M, used by =CONCAT("Tax invoice issued by UEN ",CompanyUEN) in every printed footer.
        =COUNTIF(Returns!E:E,"Damaged in transit") returned 37 of 1,204 Lazada MY parcels in March; tracking numbers such as MY2503142207331 are in column B.
        Conditional format =AND($G2>0,$G2<=7) turns amber when stock cover drops under 7 days; applies to =$A$2:$M$480 on sheet "Tiger Balm Red 19.4g".
        =LET(q,SUM(C2:C13),r,SUM(D2:D13),IF(r=0,"",q/r)) returns a stock turn of 1.87 for Lee Kum Kee Premium Oyster Sauce 510g (SKU LKK-OS-510), FY2024.
        =PROPER(TRIM(B2)) turns supplier names like "  CHOW TAI FOOK JEWELLERY CO LTD" into "Chow Tai Fook Jewellery Co Ltd"; column B is hidden after the paste.
        Data validation on column K: =INDIRECT("Region_"&$J2), where Region_SG = Central, East, North, North-East, West and Region_MY = Klang Valley, Penang, Johor.
        =IMPORTRANGE("https://docs.google.com/spreadsheets/d/1xQ9rTzK7bWmP4vLhN2cYdA8fE3gJ6sU0oR5iK1tB2wM","FX!A1:C30") pulls MAS reference rates, refreshed 09:05 SGT.
        #REF! in 'Summary'!D18 after the sheet "Outlet 07 - Jalan Alor" was deleted; the formula was =SUM('Outlet 01:Outlet 07'!F42), restore it from version 3.2.
    """),
    ("en", "onedrive_version_history"): _lines("""
        Version 14.0 | Modified 2025-06-03 17:42 | Modified by: Finance Shared Mailbox | Size 2.4 MB | Comment: "Q2 accrual journal posted, FX at 1 SGD = 3.41 MYR"
        Version history for /Shared Documents/Procurement/Vendor_Master_2025.xlsx: 31 versions, oldest 2024-11-18 09:02 +08:00, retention label "Keep 7 years".
        Restored version 22.0 over 23.0 at 2025-04-11 10:15 by SharePoint System Account; reason: Power Automate flow "Daily PO import" overwrote tab PO_Lines.
        AutoSave collapsed 118 minor versions into major 5.0 of Budget_FY26_MOH_grant.xlsx, tenant contoso.sharepoint.com, site /sites/FinanceSG.
        Version 3.0 (2025-02-27 08:31), check-in comment: "Added Penang Gurney Plaza and Johor Bahru City Square outlets, removed Tampines 1 after lease end".
        FileModified by app@sharepoint, ClientIP 20.190.128.4, UserAgent "Microsoft Office Excel 2016", item Quotation_Changi_T5_fitout.xlsx, version 19.0.
        Version 41.0 is 18.7 MB and exceeds the co-authoring limit, so Excel for the web opened it read-only. Split it into Sales_2019-2021.xlsx and Sales_2022-2025.xlsx.
        Compare versions 8.0 and 9.0: 214 cells changed on sheet "Rates", e.g. C17 from 0.0800 to 0.0900 (GST from 1 Jan 2024); no rows or columns inserted.
        Sensitivity label changed from "General" to "Confidential - Finance" on version 6.0 by Microsoft Purview auto-labelling policy SG-FIN-02 at 2025-05-20 02:00 UTC.
        Sync error 0x8004de40 on shared library "HQ Marketing"; version 12.0 of Campaign_Tracker_CNY2026.xlsx was kept as "Campaign_Tracker_CNY2026 (2).xlsx".
        Retention policy "Version Trim 500/180" removed 386 versions older than 180 days from /sites/OpsMY/Stock/Stock_Count_Shah_Alam_DC.xlsx on 2025-06-30.
        Version 7.0 | 2025-01-08 23:59 | Modified by: Xero Integration (service) | Comment: "INV-2025-000418 to INV-2025-000466 synced, total SGD 82,140.55"
        Recycle bin: Price_List_Q3_Nando's.xlsx deleted 2025-07-02 14:20, 93 days remaining; versions 1.0 to 4.0 can be recovered by a site collection admin.
    """),
    ("zh-Hans", "csv_bom_exports"): _lines("""
        ï»¿门店编码,门店名称,门店地址,客服热线,统一社会信用代码,营业时间,是否支持外卖,备注（导出自ERP v8.3，2025-06-30）
        SZ-NS-012,喜茶深圳海岸城店,深圳市南山区文心五路33号海岸城购物中心L1-128,400-882-1616,91440300MA5ETX1K3P,10:00-22:00,是,
        SH-JA-004,老凤祥银楼南京西路店,上海市静安区南京西路1618号久光百货1F,021-6288 1234,91310000132212345X,09:30-21:30,否,周一盘点
        ï»¿订单号,SKU,商品名称,数量,金额 | 4392017735221048,GM-LXJ-280,老干妈风味豆豉油制辣椒280g,24,215.76
        注意：用Excel直接打开UTF-8无BOM的CSV会乱码（如“闂ㄥ簵鍚嶇О”），请在文件头加EF BB BF，或用“数据→自文本/CSV”导入并选65001编码。
        京东物流运单,JDX018827364512,始发:北京亚洲一号大兴分拣中心,目的:成都双流分拨中心,重量1.85kg,状态:已签收(快递柜代收)
        ï»¿"发票代码","发票号码","开票日期","销售方名称","价税合计" | "044031900111","08732915","2025-03-18","深圳市腾讯计算机系统有限公司","1,060.00"
        导出说明：字段“联系人”“手机号”已从导出模板中移除，仅保留门店座机与400热线；如需其他字段请走数据申请流程(DA-2025-017)。
        按日导出：2025-06-18,PV 1284773,UV 402951,跳出率37.6%,来源=抖音小店“李宁官方旗舰店”,活动=618大促,客单价¥286.40
        ï»¿sku_id,barcode,title,brand,price | 100012043978,6920202888883,王老吉凉茶310ml*24罐,王老吉,89.90
        仓库盘点：库位A-03-12,物料号MAT-0087321,批次20250412B,账面480,实盘476,差异-4,差异原因=破损,复核班组=夜班B组
        #格式 UTF-8 with BOM，分隔符逗号，换行CRLF，日期yyyy/m/d；金额千分位要去掉，否则Power Query会把"12,345.60"识别成文本。
        ï»¿城市,门店数,月销售额(万元),同比 → 杭州,46,1832.5,+12.4%；宁波,19,611.0,+3.1%；温州,11,347.8,-2.6%（来源：华东大区周报第23周）
    """),
    ("zh-Hans", "staff_group_chat"): _lines("""
        @所有人 5月对账表已放共享盘“财务/2025/05”，请各门店店长周五18:00前核对B列销售额和C列退款，有差异直接在单元格加批注。
        VLOOKUP又报#N/A了，原因是商品编码前面多了空格，先用=TRIM()处理一下再匹配，SKU格式统一成GM-XXX-000。
        刚在腾讯文档看到“进货价”那一列被取消隐藏了，麻烦大家别动保护区域，有问题去IT工单系统提单（分类：表格权限，优先级P3）。
        数据透视表刷新后华南区少了两家店，是因为源数据没扩到第1201行，已改成超级表(Ctrl+T)，以后新增行会自动纳入透视表的数据源。
        供应商“张小泉”发来的对账单是xls老格式，打开提示兼容模式，另存为xlsx后公式才正常，金额¥38,420.00核对无误。
        今晚22:00-23:30 金蝶K/3 停机升级到V15.1，期间导出的CSV可能缺表头，明早重新导一次，别直接发给总部。
        客诉汇总表里请不要写顾客姓名和电话，只写订单号，比如 JD2025061800123，其余信息在OMS系统里按订单号都能查到。
        广州天河城店的收银报表日期显示成45812，不是数据丢了，把单元格格式改成“日期”就恢复成2025/6/4了，其他门店同理。
        周报模板更新到v3.2：新增“抖音直播”渠道列，毛利率公式改为=(E2-F2)/E2，旧模板请删除，避免交叉引用出现#REF!。
        共享链接已改成“仅公司内部可查看”，外部审计用他们的审计账号 audit-ext@pwc.com 单独授权，有效期到6月30日。
        提醒：报销表里发票号码填8位，比如 08732915，不要把发票代码044031900111也填进去，财务系统会校验长度。
        顺丰月结账单导出有1,237票，其中23票重量异常（>30kg）已标红，物流组明天上午打顺丰客服95338逐票确认计费重量。
        Excel提示“宏已禁用”是因为文件从邮件下载，右键属性勾选“解除锁定”再打开即可，宏是IT部签名的内部库存预警宏v2.7，可放心启用。
    """),
    ("zh-Hant", "sheets_sharing_logs"): _lines("""
        2025-04-02 10:14 HKT｜「2025年第一季銷售總表」共用設定變更：知道連結的使用者 → 限制存取；操作者：Google Workspace 管理員政策 HK-DLP-03
        共用對象：finance-hk@harbourtea.com.hk（群組，可編輯）、audit@kpmg.com.hk（檢視者，2025-06-30 到期）；擁有者：共用雲端硬碟「財務部」
        存取要求已自動拒絕：外部網域 gmail.com 不在允許清單（規則：僅允許 @wingon.com.hk、@harbourtea.com.hk），試算表 ID 1Fz8kQ0pLmN3
        活動記錄：2025-05-17 15:02 有 3 位匿名使用者透過公開連結檢視了「周大福門市價目表_2025Q2」，連結已於 15:30 停用。
        Apps Script 觸發器 onEdit() 於 2025-03-09 09:00:03 寫入「澳門門市庫存」B2:F118，執行者：sheets-sync@macau-retail-prod.iam.gserviceaccount.com
        共用雲端硬碟「台北信義店」成員：內容管理員 2、撰寫者 5、檢視者 11；門市地址 台北市信義區市府路45號 台北101購物中心4樓
        擁有權已轉移：「誠品書店 2025 書展採購單」由已停用帳號轉至共用雲端硬碟「採購部」，依 IT 離職交接流程 SOP-IT-014 第5條辦理。
        修訂記錄：B 欄「張愛玲典藏全集」定價由 NT$3,600 改為 NT$3,960，原因：皇冠文化出版 2025/7 新價目，修改者：採購部共用帳號
        稽核事件 change_acl_editors：doc_title=「李錦記醬料出貨排程」 target=group:logistics-tw@lkk-partner.com.tw visibility=shared_internally
        「港鐵站內商舖租金比較表」已設定禁止檢視者下載、列印和複製；如需 PDF 請聯絡物業部熱線 2881 8888 或 leasing@mtr-partner.hk。
        版本記錄：2025年6月1日 下午4:22「命名版本：董事會簡報用 v5」，包含工作表「營收」「毛利」「門市數」，由行政部共用帳號建立。
        通知規則：「客服回訪統計」A:H 有變更時每日彙整寄至 cs-report@hktvmall-partner.com，最近一次 2025-06-21 08:00，共 42 筆變更。
        外部共用審查 2025年6月：公開檔案 7 份、對外網域共用 19 份；「澎湖旅遊套裝價格表」內含統一編號 24536806，經確認為公司資料可保留。
    """),
    ("zh-Hant", "invoices"): _lines("""
        電子發票證明聯 QK-58203471｜2025-05-08 14:32｜賣方：春水堂人文茶館 統一編號 83120473｜品名：珍珠奶茶(大)×12｜總計 NT$1,020｜隨機碼 4821
        INVOICE 發票 No. HKI-2025-00731｜公司地址：香港中環德輔道中68號萬宜大廈12樓1203室｜商業登記號碼 61234567-000-06-25-3｜A4 影印紙 5箱 HK$1,150.00
        收據 RC-MO-250417-009｜營業稅登記 M1/123456｜澳門新馬路 21號 地下 舖位｜葡式蛋撻 ×60 @ MOP 10｜合計 MOP 600｜多謝惠顧
        C22 =ROUND(SUM(C10:C21)*0.05,0) 計算 5% 營業稅；範例：未稅 NT$42,380 → 稅額 NT$2,119 → 含稅 NT$44,499（字軌 RX）
        付款資訊（公司帳戶）：戶名 福興號五金行股份有限公司｜統一編號 54091724｜台灣銀行 城中分行｜帳號 045-001-08812-6｜請於月結 30 天內匯款
        報價單 Q-2025-0418 有效期 30 天；單價已含 5% 營業稅；滿 NT$3,000 免運，未滿加收 NT$150；客服專線 0800-088-123（週一至週五 9:00-18:00）
        發票作廢紀錄：AB-12345678 於 2025-03-02 作廢，原因「品名誤植：金門高粱 58度 600ml 誤為 38度」，同日重開 AB-12345699。
        香港 Invoice 模板欄位：發票編號、日期、客戶公司名稱、商業登記號碼、貨品描述、數量、單價(HK$)、金額、付款期限(30天)、收款銀行(滙豐/中銀)。
        月結單 2025年5月｜美心西餅 旺角店 → 供應商：嘉頓有限公司｜發票 37 張 合計 HK$128,406.50｜逾期 0｜對數請電郵 ar@garden-supply.com.hk
        發票樣板隱藏欄 K:M 存放匯率(TWD/USD 32.41)、稅別代碼(TX)、載具類別(3J0002)；列印範圍 A1:J48，請勿刪除隱藏欄。
        電子發票上傳失敗 E1003：買方統一編號 00000000 檢核錯誤；B2C 請留空不要填 0，重新匯出 CSV 後上傳財政部電子發票整合服務平台。
        收據 No. 004217｜咀香園餅家 澳門氹仔官也街 9號｜杏仁餅 ×20 盒 @ MOP 45｜合計 MOP 900｜現金已收
        商業發票 Commercial Invoice CI-TW-250611：HS 2106.90 太陽餅禮盒 240 盒，FOB 基隆港 US$1,872.00，出口商統一編號 67204539
    """),
    ("ms", "pivot_exports"): _lines("""
        Jadual Pangsi: Jumlah Jualan mengikut Negeri (RM): Selangor 1,284,330.50 | Johor 742,118.20 | Pulau Pinang 513,907.75 | Jumlah Besar 2,540,356.45
        Label Baris: Kategori Produk; Label Lajur: Bulan; Nilai: Jumlah Kuantiti. Ralat "Nama medan Jadual Pangsi tidak sah" berlaku kerana lajur F tiada tajuk.
        Eksport PivotTable SAP B1, cawangan Kedai Runcit Ah Seng (SSM 202001023456 (1367890-K)): jualan Mei 2025 RM48,220.10 daripada 3,118 transaksi.
        Tekan Segarkan Semua (Ctrl+Alt+F5) selepas tambah data Jun; julat sumber ditukar kepada Jadual1 supaya pivot "Ringkasan Cawangan" tidak tertinggal baris 2,401 ke atas.
        Pemotong Negeri: Kedah, Kelantan, Terengganu, Perlis dipilih; purata nilai bakul RM37.42, median RM29.90, n=18,442 resit (Zon Utara & Timur).
        Ringkasan Pivot Aduan Pelanggan S2: Lewat hantar 214, Barang rosak 87, Salah item 41, Lain-lain 19; sumber borang Google tanpa lajur nama dan telefon.
        Medan Dikira "Margin%" = (Jualan-Kos)/Jualan; SKU MAMEE-MS-8X25G mencatat 31.6% di Lotus's Mid Valley dan 28.9% di AEON Bukit Tinggi Klang.
        Jumlah Pesanan Shopee mengikut Kurier: J&T Express 6,204 | Pos Laju 2,981 | Ninja Van 1,877 | DHL eCommerce 512; contoh no. penjejakan 630881234567.
        ï»¿Negeri,Daerah,Bil_Premis,Jumlah_Lesen_RM | W.P. Kuala Lumpur,Kepong,1842,2104500 | Selangor,Petaling,3310,3877250 (sumber: portal data terbuka PBT)
        Kumpulan Tarikh: Suku/Tahun; "Tarikh Invois" dikumpul jadi S1-2025 hingga S2-2025; invois terawal INV-MY-2025-004512, terakhir INV-MY-2025-009876.
        Pivot Gaji mengikut Jabatan (purata, RM): Kewangan 5,820 | Operasi 3,410 | IT 6,950 | Jualan 4,105; tiada baris individu, minimum 5 orang setiap kumpulan.
        Pivot Tempahan Dewan 2025: Dewan Tunku Abdul Rahman, Jalan Ampang: 42 tempahan korporat, 18 majlis perkahwinan, kadar sewa RM4,500 sehari.
        Perhatian: GETPIVOTDATA("Jumlah Jualan",$A$3,"Cawangan","OldTown White Coffee Ipoh") pulangkan #REF! jika nama cawangan ditukar; guna rujukan sel biasa.
    """),
    ("mixed", "config_and_code"): _lines("""
        df = pd.read_csv("export.csv", encoding="utf-8-sig")  # 去掉 BOM，否则第一列名会变成 "ï»¿order_id"，merge 时找不到 key
        ws.column_dimensions["H"].hidden = True  # kolum H simpan kadar GST 9%, jangan padam; ws.protection.password = os.environ["XLSX_PROTECT_PW"]
        NRIC_PATTERN = "^[STFGM][0-9]{7}[A-Z]$"  # validation only; test fixtures use the literal placeholder NRIC_REDACTED, never a real number
        MYKAD_REGEX = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # semak format sahaja; DataValidation(type="custom", formula1="=LEN(C2)=14")
        sh.share("finance-sg@example.com", perm_type="group", role="reader", notify=False)  # gspread: 只共享给财务群组，不发邮件通知
        sheets_export: {spreadsheet_id: 1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd, range: "Stok!A1:M", tz: Asia/Kuala_Lumpur, schedule: "0 6 * * *"}  # eksport harian
        = Csv.Document(File.Contents("C:/Exports/sales.csv"),[Delimiter=",", Encoding=65001, QuoteStyle=QuoteStyle.Csv])  // Power Query：65001 = UTF-8，有 BOM 也能读
        If Range("K" & r).Value = "" Then Range("K" & r).Interior.Color = RGB(255, 199, 206)  ' VBA 标红：缺少发票号码 (e.g. INV-2025-000418)
        rclone copy onedrive:Finance/2025 s3:acme-archive/finance/2025 --max-age 30d --checksum  # sha1 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b, siap 02:14 MYT
        .gitattributes: *.xlsx diff=zip | git config diff.zip.textconv "unzip -c -a"  # 方便 review sharedStrings.xml 的改动，v2.4.1 起启用
        docProps/app.xml: <Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion><Company>Acme Trading Sdn Bhd</Company>  # metadata bersih
        pivot_cache.refresh_on_load = True  # 打开时自动刷新；sourceRange = 'Sales_2025'!$A$1:$R$48211，约 4.8 万行，需 Excel 365 版本 2405 以上
        MailApp.sendEmail("ops-alerts@example.org", "Stok rendah: SKU MILO-1KG", body)  // Apps Script, threshold 120 unit, trigger setiap jam 08:00-20:00 SGT
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        =IF(D14="S8734215H","Chong Wai Kit - do not re-hire (misconduct 2024)","") found in hidden column AB of Staff_Roster_2025.xlsx
        Cell comment on F22 in Salary_Review.xlsx: "Priya Nair's basic goes from 4,850 to 5,400 SGD from 1 Aug; she asked us not to tell the team until her letter is out."
        ï»¿member_id,full_name,nric,mobile,email | M-002381,Siti Rahmah binti Osman,T0291846Z,+65 9182 7364,siti.rahmah.osman@gmail.com
        OneDrive version 9.0 | Modified by: Marcus Lee Jun Hao (marcus.leejh@outlook.sg) | Comment: "added my home address 23 Jalan Bukit Ho Swee #08-114 S(160023) for the courier"
        Google Sheets sharing log: "Wedding_Guests_Final" shared by evelyn.tay.1990@gmail.com with d.kwok.hk@yahoo.com.hk (Editor) on 2025-03-02 21:47 SGT
        Hidden sheet "HR_Notes" row 14: Kelvin Ong | MC 14 days | diagnosis: major depressive disorder | follow-up at IMH 2025-07-02
        Pivot export "Outstanding by Tenant": Goh Boon Keat, Blk 412 Ang Mo Kio Ave 10 #05-233, arrears SGD 6,420.00 (5 months), letter of demand sent 2025-05-10
        =HYPERLINK("tel:+6598734102","call Auntie Lina back about her refund") in the Follow-up column of the complaints sheet
        Hidden cell Z1, white font on white: VGFuIEh1aSBNaW4gfCBTOTE2MDM4NEUgfCArNjUgOTczNCAyMDg2 (base64 dedupe key of a staff row)
        =VLOOKUP("G5820163X",WorkPass!A:F,6,FALSE) returns the pass expiry; the lookup value was typed straight into the formula
        Resolved comment: "@Finance Mr Rajesh Kumar s/o Suppiah called again, 3 months behind on his car loan and wants to restructure, pls keep him off the arrears tab"
        AutoRecover: C:/Users/jasminewong88/Documents/IVF_clinic_costs_Jasmine_and_Daniel.xlsx, version 2.0 saved 2025-04-19 01:12, sheet "Cycle 3 - embryo transfer"
    """),
    "zh-Hans": _lines("""
        ï»¿姓名,身份证号,手机号,住址 | 王建国,440305198806124739,13824716058,深圳市南山区桃园路南油小区18栋602
        隐藏列AE里发现的公式：=IF(C2="310115199203041827","周雪梅-产假中(预产期2025-09-14)","")
        批注（D15）：陈先生说他离婚官司还没结，工资卡先别换，新卡是招商银行6214 8327 1093 5562，等判决下来再改。
        腾讯文档分享记录：「2025年工资明细」由 李慧(lihui_0729@163.com) 共享给 刘强(微信号 liuqiang_sz88)，权限：可编辑，时间 2025-06-05 22:41
        透视表明细（双击总计生成）：销售员 赵磊，5月提成 ¥18,640，扣回客户坏账 ¥4,200（客户 孙丽华 欠款未还，电话 139 1025 7734）
        阿明那台车 粤B·D82K19 上个月违章三次，罚款表第12行备注“本人不认，要走复议”，先别从他工资里扣。
        OneDrive 版本 6.0 修改者：黄晓燕 (Xiaoyan.Huang@outlook.com)；备注：“把我妈的病历号 ZY2025041877 和肺癌IIIA期 加到报销表里了”
        门禁导入表 隐藏列J：=CONCAT(K2,"-",L2)，K2=张伟，L2=110108197909213651，结果“张伟-110108197909213651”
        VLOOKUP 报错的查找值：510107199501182262（要设成文本格式，否则后三位会被Excel变成000）
        林太在群里说她儿子小宇确诊了自闭症，想把下学期培训费分期，财务表里先把她家那一行标黄。
        共享表访问日志：2025-05-12 09:03 wang.fang1989@qq.com 下载了「员工体检结果汇总.xlsx」，并筛选出她自己乙肝表面抗原阳性的那一行
    """),
    "zh-Hant": _lines("""
        ï»¿會員編號,姓名,身分證字號,手機,地址 | TW-00417,林志明,F130647857,0912-348-765,台中市西屯區河南路三段120號7樓之2
        儲存格註解（G9）：陳美玲小姐 A229384711 乳癌化療中，2025年7-9月留職停薪，請勿在部門共享表公開原因。
        Google 試算表共用記錄：「租客名冊_旺角」由 chanwaiman.hk@gmail.com 共用給 mrs.leung.1968@yahoo.com.hk（檢視者），2025-04-08 23:15 HKT
        樞紐分析表明細：租客 何家輝｜HKID K482913(1)｜單位 旺角通菜街88號12樓B室｜欠租 HK$27,600（4個月）｜已發律師信
        OneDrive 版本記錄 v11.0｜修改者：張嘉欣 (karen.cheung@ymail.com)｜註解：「加咗我老公嘅電話 6128 4093 同埋離婚協議日期 2025-02-14」
        隱藏工作表「保險」第3列：梁太 Y305127(5)｜保單號 PRU-HK-88216403｜受益人：女兒 梁凱澄｜備註：糖尿病已申報
        ï»¿員工編號,姓名,澳門身份證,電話,住址 | MO-031,區志強,5215387(6),6632 1479,澳門黑沙環新街52號 海濱花園第3座18樓F
        =COUNTIF(黑名單!A:A,"E217540392")>0 回傳 TRUE，代表此人已列入拒絕往來名單
        阿傑上個月喺公司飲醉打交俾差佬拉咗，HR 表 F 欄寫咗「已保釋，等上庭」，唔好擺上共享 drive。
        薪轉匯出檔(.txt 轉 Excel)：戶名 黃俊賢｜銀行 822 中國信託｜帳號 0425-4019-8836｜金額 NT$58,300｜備註 2025/06 薪資
    """),
    "ms": _lines("""
        ï»¿No_Pekerja,Nama,No_KP,Telefon,Alamat | P0192,Nurul Aina binti Zakaria,930412-10-5628,012-738 4951,No. 17 Jalan SS 2/64 Petaling Jaya Selangor
        Komen sel (H12): "Encik Faizal Hakim dah 2 bulan tak bayar ansuran, baki hutang RM14,300, jangan masukkan dalam laporan umum"
        Log perkongsian Google Sheets: "Senarai Pesakit Klinik Desa" dikongsi oleh farah.izzati87@gmail.com kepada sesiapa yang ada pautan, 2025-05-03 20:11 MYT
        Jadual Pangsi Gaji Individu (tersilap eksport): Mohd Hafiz bin Rosli | Operasi | RM3,150 | potongan PTPTN RM220 | dalam program AKPK
        Lajur tersembunyi AD: 880915-14-6673 untuk baris "Lim Chee Keong, pemandu lori, plat WXK 8126"
        Versi OneDrive 4.0 diubah oleh Kak Ros (rosnah.ismail@yahoo.com): "tambah no akaun Maybank saya 1641 2205 8873 untuk tuntutan perjalanan"
        =VLOOKUP("950307-08-5214",Ahli!A:H,8,FALSE) pulangkan #N/A sebab sel sumber berformat Nombor
        Catatan sel K33: Pak Cik Ramli (Blok C-12-5, PPR Kota Damansara) masuk wad HKL kerana strok, keluarga minta yuran koperasi ditangguh
        Borang Google ke Sheets baris 88: Nama: Tan Mei Fong | Emel: meifong.tan77@hotmail.my | Tel: +60 16-552 0391 | Sebab cuti: hamil 28 minggu, pendarahan
        Sejarah versi: kamal.arif.work@gmail.com tukar B4 "Status Perkahwinan" daripada "Berkahwin" kepada "Bercerai" dan tambah anak: Aisyah (7), Adam (4)
    """),
    "mixed": _lines("""
        Pivot drill-down 明细 Sheet7：Customer 黄志强 Wong Chi Keung | HKID A774261(7) | mobile 9387 2150 | overdue HK$42,800 since 2024-11
        Cell comment 批注: "Mdm Koh 说她 husband 在 NUH ICU，这个月 rent 会迟交，pls don't chase" (Blk 56 Lengkok Bahru #12-341)
        ï»¿name,nric,kad_pengenalan,phone | Ravi a/l Muthusamy,,780226-07-5431,+60 19-446 8820 | Lee Jia Hui 李佳慧,S7412093H,,+65 8123 9047
        Sharing log: 「Family budget 家庭预算.xlsx」 owner alvin.chua.sg@gmail.com, shared with 老婆 grace_lim_0512@hotmail.com; tab 房贷 has DBS loan a/c 0721-384-519-2
        OneDrive 版本 v3.0 modified by Selvam Kumar: "added my FIN F2391847K and work permit expiry 2026-01-31 for 保险 claim"
        隐藏名称 _hidden_contact = "bm9yYWluaS5hemhhckBnbWFpbC5jb20gLyAwMTMtNTU4IDIwNDc=" (base64 去重键, sheet cfg)
        Q2 bonus pivot 奖金: 陈静 Chen Jing (Shanghai) ¥36,000 held; note: 5/12 起病假，诊断抑郁症，HR 说 bonus 先冻结
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a spreadsheet helper for the admin team of a small GP clinic in Singapore.",
        ),
        (
            "user",
            "Our patient list CSV opens in Excel with junk at the start of the first header (ï»¿patient_no) and the mobile numbers lose their formatting. First data row: P-10442,Ong Siew Ling,S6621837F,9736 0418,Blk 208 Bishan St 23 #07-155,hypertension. How do I fix the import?",
        ),
        (
            "assistant",
            "The junk is a UTF-8 byte order mark read as Windows-1252. Import through Data > From Text/CSV and set File Origin to 65001: Unicode (UTF-8), then set the NRIC and mobile columns to Text before loading. Since the file holds patient NRICs, addresses and diagnoses, keep it on the clinic drive and don't email it.",
        ),
        ("user", "Thanks. Can I hide the NRIC column for the receptionist?"),
        (
            "assistant",
            "Hiding a column is not access control, because anyone can unhide it. Move the NRIC column to a separate protected workbook, or share a view that leaves it out.",
        ),
    ],
    [
        ("system", "你是一个帮助企业财务人员处理Excel公式的助手。"),
        (
            "user",
            "我想把身份证号中间几位打码再发给外包。A列是姓名，B列是身份证，比如 A2=刘洋，B2=330106198611050717，C2 要显示成前6后4，中间用星号。",
        ),
        (
            "assistant",
            '可以在C2输入 =REPLACE(B2,7,8,"********")，B2 要先设成文本格式，否则18位数字会被Excel截断。这样C2会显示330106********0717。注意：姓名和前6后4组合在一起仍可能识别到个人，外发前最好连姓名列一起删掉。',
        ),
        ("user", "明白，那我把A列也删了再导出CSV。"),
    ],
    [
        ("system", "你係一個幫香港物業管理公司處理 Google 試算表嘅助手。"),
        (
            "user",
            "頭先我錯手將「租客名單」共用咗俾 mr.tsang.k@gmail.com，入面有 403 室 曾國豪 嘅 HKID P613058(9) 同電話 9021 6347，點算？",
        ),
        (
            "assistant",
            "即刻喺「共用」入面移除嗰個電郵嘅權限，再喺「版本記錄」睇吓對方有冇開過檔案。如果已經被檢視過，要通知公司嘅資料保障主任，評估係咪需要通報私隱專員公署。",
        ),
        ("user", "移除咗喇，活動記錄顯示對方冇開過。"),
        (
            "assistant",
            "咁好。建議之後將租客個人資料放喺另一個只限管理處存取嘅檔案，公開名單淨係留單位號碼。",
        ),
    ],
    [
        ("system", "Anda pembantu Excel untuk jabatan HR sebuah syarikat logistik di Shah Alam."),
        (
            "user",
            "Saya buat Jadual Pangsi gaji tapi bila klik dua kali jumlah keluar senarai nama. Contoh baris: Ahmad Zulkifli bin Hassan, 850623-01-5847, RM4,200, potongan mahkamah RM600 (nafkah anak).",
        ),
        (
            "assistant",
            "Klik dua kali pada nilai pivot akan membuka butiran sumber dalam helaian baharu, jadi data individu seperti nombor MyKad dan potongan nafkah itu akan kelihatan. Untuk laporan kepada pengurusan, nyahtanda 'Dayakan tunjukkan butiran' dalam Pilihan Jadual Pangsi > Data, dan padam helaian butiran yang sudah terhasil.",
        ),
        ("user", "Ok, sudah padam helaian itu."),
    ],
    [
        ("system", "You help office staff with OneDrive and SharePoint version history."),
        (
            "user",
            "Someone overwrote our leave tracker. Version 12.0 was saved by Darren Foo and it still had his note 'hospitalised at TTSH 3-9 June, appendix surgery'. Version 13.0 wiped the Medical column. How do I get 12.0 back?",
        ),
        (
            "assistant",
            "Open the file in OneDrive, right-click and choose Version history, then pick 12.0 and select Restore. That makes it the newest version and keeps 13.0 in the history. Darren's hospital note is health information, so after restoring, think about moving the Medical column to a file only HR can open.",
        ),
        ("user", "Can I delete just the old versions that show his note?"),
        (
            "assistant",
            "Yes, a site owner can delete individual versions from the Version history pane. Check your retention policy first, because a retention label can keep deleted versions in the Preservation Hold library.",
        ),
    ],
    [
        (
            "user",
            "Got cell comment in our 客户跟进 sheet: 'Uncle Tan 陈亚福 in Jurong West keep calling 8452 3019, say our aircon install spoil his ceiling, want to sue'. Boss say must clean up before we send to vendor. Best way?",
        ),
        (
            "assistant",
            "Go to Review > Notes (or Comments) > Delete All in this sheet, or go through them one by one with Next. Cell comments stay in the .xlsx file even when they are hidden, so delete them rather than just hiding them. Then run File > Info > Check for Issues > Inspect Document to remove any remaining comments and personal metadata.",
        ),
        ("user", "好，谢谢，我试试看。"),
    ],
    [
        (
            "system",
            "用户资料：刘洋，上海浦东新区张杨路 1588弄 6号 1201室，手机 15921847306，会员等级：企业版。请用中文回答表格问题。",
        ),
        ("user", "SUMIFS 的条件能不能用通配符？我要统计商品名里含“老干妈”的销售额。"),
        (
            "assistant",
            '可以：=SUMIFS(D:D,B:B,"*老干妈*")。星号匹配任意字符，问号匹配单个字符；如果商品名本身含星号，要在前面加波浪号 ~ 转义。',
        ),
    ],
    [
        (
            "system",
            "You are a data-cleaning assistant. The user uploaded members.csv (UTF-8 with BOM).",
        ),
        ("user", "Just tell me which rows have a wrong IC format."),
        (
            "assistant",
            "Two rows fail the pattern 6 digits, 2 digits, 4 digits: row 3, Nor Hidayah binti Kassim, '9104021458' (no dashes, too short), and row 9, Gan Wei Liang, '870719-08-54' (last block incomplete). All other rows, for example row 5 Suresh a/l Pillai 820114-07-3319, are fine.",
        ),
        ("user", "Ok fixed row 3 to 910402-14-5826."),
        (
            "assistant",
            "That now matches the format. Re-save the file as CSV UTF-8 so the BOM stays and the Malay names with special characters open correctly.",
        ),
    ],
    [
        ("system", "你是協助台灣中小企業處理 Excel 發票巨集的助理。"),
        (
            "user",
            "我的巨集會檢查買方統編，可是客戶吳宗翰是個人，他填了身分證 B128466035，巨集就報錯。地址是新竹市東區光復路二段 101巷 8號 3樓。怎麼改？",
        ),
        (
            "assistant",
            "統一編號是 8 位數字，身分證字號是 1 個英文字母加 9 位數字，兩者不同。個人消費者是 B2C，買方統編欄應留空，不要填身分證。可以在巨集裡加判斷：如果長度不是 8 或含英文字母，就跳過統編檢核並改開 B2C 發票；身分證和住址也不需要存進發票明細表。",
        ),
        ("user", "了解，我把那一欄清掉了。"),
    ],
    [
        ("system", "You help a Hong Kong insurance broker's back office with Power Query."),
        (
            "user",
            "I merged Clients and Policies on HKID but one row won't match: Clients has Z940372(9) for Mrs Fung Lai Ha and Policies has Z9403729. Also her husband Fung Kin Man, HKID C518204(0), shows up twice.",
        ),
        (
            "assistant",
            "The formats differ: one keeps the check digit in brackets and the other doesn't. Add a custom column to both queries that uses Text.Remove on the HKID column to drop both bracket characters, and merge on that new column. The duplicate for Mr Fung is probably two policies, which is expected in a one-to-many merge; use Group By if you need one row per client.",
        ),
        ("user", "Worked, thanks."),
    ],
]
