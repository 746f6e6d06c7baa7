# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade89: personal data in spreadsheets and their exports (Excel formulas and cell comments, Google Sheets CSV, hidden columns, pivot outputs, XLSX XML). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade89
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "formula_and_comment"): _lines("""
        =IFERROR(VLOOKUP($B2,'Price List FY25'!$A:$F,4,FALSE),"not found")
        =SUMIFS(Claims!$H:$H,Claims!$C:$C,$A5,Claims!$E:$E,">="&DATE(2025,1,1))
        Comment [Finance Ops]: FX rate in G3 is pulled from the MAS daily close; refresh before the month-end lock on the 3rd working day.
        =TEXT(A2,"000000-00-0000") turns a 12-digit number in column A into the MyKad-style dashed layout; column A is blank in this template, paste values as text first.
        Note on D1: do not sort this sheet - column D is hidden and holds the lookup key for the Orders tab (keys look like SO-2025-018274|SKU).
        Data validation (custom formula) on C2:C500: =REGEXMATCH(C2,"^[STFG][0-9]{7}[A-Z]$") - rejects entries that are not 9 characters in NRIC/FIN layout.
        =HYPERLINK("mailto:ap-helpdesk@northwind-logistics.com.sg?subject=Invoice "&A2,"Email the AP team")
        Threaded comment (resolved): Q3 freight totals were double-counted in rows 210-245 because the pivot source range included the subtotal line. Reply: Fixed, source is now Table_Freight.
        =ARRAYFORMULA(IF(LEN(A2:A),LEFT(A2:A,3)&"-"&RIGHT(A2:A,4),)) shortens tracking numbers, e.g. JNTMY0039182746 becomes JNT-2746 on the printout.
        Cell comment on F12: invoice INV-2025-004417 was credited in full by CN-2025-000389 on 14/03/2025; do not chase.
        =XLOOKUP(H2,Products[SKU],Products[Unit Price],0) with H2 = "XR-1790-BLK" returns 39.90
        Cell note B7: average call wait taken from the regulator's published Q2 2024 service report - 47 seconds; this workbook holds no caller-level rows.
        =COUNTIF(Attendance!C:C,"Absent")/COUNTA(Attendance!C:C) gives the site-wide absence rate for the month; format the cell as %.
        Comment by Admin: sheet protected by the IT-FIN team. Only B2:B200 is unlocked for data entry; ask via ticket REQ-88213 if you need more.
        =IFERROR(DATEDIF(C2,TODAY(),"y"),"") returns age in whole years from a date of birth in column C and stays blank for empty rows.
    """),
    ("en", "sheets_csv_export"): _lines("""
        sku,description,unit_price,currency,stock | XR-1790-BLK,"Wireless mouse, black",39.90,SGD,412 | XR-1790-WHT,"Wireless mouse, white",39.90,SGD,97
        order_id,order_date,status,total | 3371592046183275410,2025-03-14,SHIPPED,128.50 | 3371592046183275411,2025-03-14,CANCELLED,0.00
        name,office,term_start,term_end | Lee Kuan Yew,Prime Minister of Singapore,1959,1990 | Goh Chok Tong,Prime Minister of Singapore,1990,2004
        branch,address,phone,opening_hours | Orchard Branch,"391A Orchard Road, #B2-01, Singapore 238873",+65 6123 4000,10:00-21:00 | Jurong Branch,"50 Jurong Gateway Road, #03-12, Singapore 608549",+65 6123 4010,10:00-21:00
        "Title","Author","ISBN","Shelf" | "Pride and Prejudice","Jane Austen","978-0-14-143951-8","F AUS" | "Sapiens","Yuval Noah Harari","978-0-06-231609-7","909 HAR"
        tracking_no,carrier,origin,destination,weight_kg | SPXMY046182739,Shopee Express,Shah Alam,Kuching,1.2 | SPXMY046182740,Shopee Express,Shah Alam,Miri,0.4
        full_name,nric_fin,mobile,email,emergency_contact | <full name as in NRIC>,<SXXXXXXXA>,<+65 XXXX XXXX>,<name@example.com>,<name / relationship / phone>
        week,region,new_signups,churned,net | 2025-W10,Central,1204,311,893 | 2025-W10,East,884,267,617 | 2025-W10,West,702,198,504
        character,novel,role | Elizabeth Bennet,Pride and Prejudice,protagonist | Jia Baoyu,Dream of the Red Chamber,protagonist | Sherlock Holmes,A Study in Scarlet,detective
        policy_ref,product,premium_myr,status,renewal | POL/MY/2023/00871,Motor Comprehensive,1450.00,ACTIVE,2026-01-31 | POL/MY/2023/00872,Home Contents,320.00,LAPSED,
        vendor_code,company,uen,contact_email | V0041,Tan Brothers Hardware Pte Ltd,201912345K,sales@tanbrothers-hw.com.sg | V0042,Kumar & Sons Trading,53412876W,orders@kumarsons.sg
        timestamp,sensor_id,temp_c,humidity_pct | 2025-06-01T08:00:00+08:00,COLD-RM-03,4.1,62 | 2025-06-01T08:05:00+08:00,COLD-RM-03,4.3,61
        fixture,date,venue,score | Lion City Sailors vs Tampines Rovers,2024-05-18,Jalan Besar Stadium,2-1 | Geylang International vs Hougang United,2024-05-19,Our Tampines Hub,0-0
        version,build_hash,released,notes | 4.12.0,9f3c2a1e7b,2025-02-11,pivot cache fix | 4.12.1,1b7d44e0ac,2025-03-02,CSV export keeps leading zeros
    """),
    ("zh-Hans", "csv_and_formula"): _lines("""
        商品编码,商品名称,规格,单价,库存 | SP-20250314-001,保温杯,500ml,59.00,320 | SP-20250314-002,保温杯,750ml,79.00,145
        =IF(LEN(C2)=18,"位数正确","请检查位数") —— 只校验C列身份证号的长度，模板里C列是空的
        =TEXT(MID(C2,7,8),"0000-00-00") 可从身份证号中提取出生日期；批注：请先把C列设为文本格式，否则后三位会被显示成0
        批注（财务部）：本表金额单位为万元，汇率取国家外汇管理局公布的当月人民币汇率中间价。
        订单号,下单时间,状态,实付金额 | 250402-318847162930117,2025-04-02 21:14,已发货,199.00 | 250402-318847162930118,2025-04-02 21:15,待付款,59.00
        省份,常住人口(万人),城镇化率 | 广东,12706,74.8% | 山东,10123,65.5% | 河南,9815,57.1%
        作者,书名,出版社,ISBN | 鲁迅,呐喊,人民文学出版社,978-7-02-000224-5 | 钱锺书,围城,人民文学出版社,978-7-5321-3742-8
        数据透视表 行标签=大区 值=求和项:销售额(万元) | 华东 1,284.6 | 华南 973.2 | 华北 811.9 | 总计 3,069.7
        隐藏列说明：D列是VLOOKUP辅助键（=A2&B2），E列是快递单号（如 SF1420987365512），打印前请勿取消隐藏。
        入职登记表模板：姓名：______ 身份证号：__________________ 手机：___________ 紧急联系人及电话：______
        人物,朝代,代表作 | 李白,唐,静夜思 | 苏轼,北宋,赤壁赋 | 李清照,宋,声声慢
        品牌,客服热线,服务时间 | 海岚家电,400-820-1688,08:00-22:00 | 青禾生鲜,400-016-9090,07:00-23:00
        =SUMPRODUCT((月份=3)*(部门="研发")*金额) 统计3月研发部报销总额，结果为 48,250.00
        发票号码,开票日期,金额,税额 | 25442000000123456789,2025-05-06,10000.00,600.00 | 25442000000123456790,2025-05-07,2350.00,141.00
    """),
    ("zh-Hant", "pivot_and_report"): _lines("""
        樞紐分析表｜列標籤：區域｜加總 - 銷售額(新台幣)｜北區 3,482,100｜中區 2,119,450｜南區 1,876,300｜總計 7,477,850
        列標籤,計數 - 申請編號,平均 - 處理天數 | 已核准,412,6.3 | 審核中,87,11.8 | 退件,23,4.1
        =VLOOKUP(A2,'品項主檔'!A:D,3,FALSE) 若回傳 #N/A，請確認品號（例如 TW-PK-0413）前後沒有多餘空白。
        儲存格註解：本欄為隱藏的輔助欄，存放 =TEXT(B2,"yyyy-mm") 的月份鍵，請勿刪除或取消隱藏。
        工作表「Holidays」已匯入香港政府公布的 2025 年公眾假期，共 17 天，供 NETWORKDAYS 公式使用。
        樞紐分析表（資料來源：表格_門市）｜旺角店 來客數 12,408｜銅鑼灣店 10,977｜沙田店 8,652｜總計 32,037
        範本欄位：姓名｜身分證統一編號（A1XXXXXXXX 格式）｜手機（09XX-XXX-XXX）｜通訊地址，範本請勿填入真實資料。
        追蹤號碼,承運商,狀態 | 620012345678,黑貓宅急便,已配達 | 620012345679,黑貓宅急便,配送中
        人物,身分,年代 | 孫中山,中華民國國父,1866–1925 | 張愛玲,作家,1920–1995 | 賈寶玉,紅樓夢主角,小說人物
        =IF(COUNTIF($B$2:$B$500,B2)>1,"重複","") 用來標示重複的保單號碼，例如 PL-HK-2024-007731。
        醫院,聯網,總機 | 瑪麗醫院,港島西,2255 3838 | 伊利沙伯醫院,九龍中,3506 8888
        月份｜新增會員｜流失會員｜淨增加 — 2025-01｜1,204｜88｜1,116 — 2025-02｜976｜102｜874
        已隱藏工作表「Lookup」內容：幣別代碼 TWD、HKD、MOP、USD 與 2025/06 月平均匯率，供 XLOOKUP 換算使用。
    """),
    ("ms", "template_and_export"): _lines("""
        Templat borang: Nama penuh (seperti dalam MyKad): ________ | No. K/P: ______-__-____ | No. telefon: 01X-XXX XXXX
        =IF(LEN(B2)<>14,"Format No. K/P salah","OK") untuk menyemak lajur B mengikut format YYMMDD-PB-####.
        Jadual pangsi: Label Baris = Negeri | Kiraan Permohonan: Selangor 1,842 | Johor 1,207 | Pulau Pinang 655 | Jumlah Besar 3,704
        kod_produk,nama_produk,harga_rm | MK-KOPI-250,Kopi O Kampung 250g,12.90 | MK-TEH-100,Teh Tarik Segera 10 paket,9.50
        Nota sel C4: kadar pertukaran diambil daripada Bank Negara Malaysia pada 30/06/2025, 1 USD = 4.2135 MYR.
        Perdana Menteri,Mula,Tamat | Tunku Abdul Rahman,1957,1970 | Abdul Razak Hussein,1970,1976 | Hussein Onn,1976,1981
        No. Invois,Tarikh,Jumlah (RM),Status | INV-MY-25-00931,12/05/2025,2340.00,Dibayar | INV-MY-25-00932,13/05/2025,880.50,Tertunggak
        Lajur tersembunyi G mengandungi formula =A2&"|"&C2 sebagai kunci carian untuk tab Stok; jangan padam lajur ini.
        Talian Kasih 15999 dan talian NSRC 997 telah dimasukkan ke tab "Hotline" sebagai rujukan untuk pelanggan.
        poskod,bandar,negeri | 47301,Petaling Jaya,Selangor | 81300,Skudai,Johor | 93350,Kuching,Sarawak
        Komen (Pentadbir): helaian ini dikunci. Sila isi data dalam julat B2:F300 sahaja dan jangan tukar nama tab.
        No. Penjejakan,Kurier,Status | ER104827365MY,Pos Laju,Dalam transit | ER104827379MY,Pos Laju,Telah dihantar
        =SUMIFS(Tuntutan!E:E,Tuntutan!B:B,"Jabatan Kewangan",Tuntutan!D:D,"Lulus") mengira jumlah tuntutan yang diluluskan bagi satu jabatan.
        Watak,Karya,Pengarang | Hang Tuah,Hikayat Hang Tuah,tidak diketahui | Salina,Salina,A. Samad Said
    """),
    ("mixed", "xlsx_xml"): _lines("""
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>SKU</t></si><si><t>Description</t></si><si><t>Unit Price</t></si><si><t>Qty</t></si></sst>
        xl/worksheets/sheet2.xml: <col min="4" max="4" width="0" hidden="1" customWidth="1"/> (column D hidden; it holds =A2&B2 lookup keys)
        <c r="B7" s="3"><f>SUM(B2:B6)</f><v>18452.75</v></c>
        <dataValidation type="list" allowBlank="1" sqref="E2:E500"><formula1>"Pending,Approved,Rejected"</formula1></dataValidation>
        <comment ref="G3" authorId="0"><text><r><t>Admin: rates are quarterly averages, not spot.</t></r></text></comment>
        <definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Orders!$A$1:$H$2048</definedName>
        <sheet name="Lookup" sheetId="3" state="veryHidden" r:id="rId3"/> 这个隐藏工作表只存放币种和税率对照表
        <si><t>姓名</t></si><si><t>身份证号</t></si><si><t>联系电话</t></si><si><t>备注</t></si> (header row only, no data rows in sheet1.xml)
        <pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField>
        docProps/core.xml: <dc:creator>HR Shared Services</dc:creator><cp:lastModifiedBy>Finance Automation Bot</cp:lastModifiedBy><dcterms:modified>2025-07-01T09:12:44Z</dcterms:modified>
        <c r="A2" t="inlineStr"><is><t>Nasi Lemak Ayam Rendang</t></is></c><c r="B2"><v>14.9</v></c><c r="C2" t="inlineStr"><is><t>Menu Utama</t></is></c>
        <hyperlink ref="F2" r:id="rId5" display="https://www.hasil.gov.my"/> — pautan rujukan cukai dalam lajur F
        <numFmt numFmtId="164" formatCode="&quot;RM&quot;#,##0.00"/> applied to the Harga column via cellXfs index 7
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row> where shared string 0 = Kod Produk and 1 = Kuantiti
    """),
    ("en", "pivot_output"): _lines("""
        Row Labels | Sum of Revenue (SGD) | Count of Orders — Central 482,130.55 | 1,204 — East 391,002.10 | 988 — Grand Total 873,132.65 | 2,192
        Pivot: Rows = Ward, Values = Average of Length of Stay (days): Ward 5A 4.2 | Ward 7B 6.8 | ICU 9.1 | Grand Total 5.7
        Refresh error: "The PivotTable field name is not valid. To create a PivotTable report, you must use data that is organized as a list with labeled columns." How do I find the blank header?
        Count of Complaint ID by Category (Q2 2025, all outlets): Billing 214 | Delivery delay 187 | Damaged item 63 | Staff attitude 12
        Slicer Region = North; Timeline Jan-Mar 2025; Sum of Overtime Hours = 3,418.5 across 6 depots
        Show Values As % of Column Total: Visa 41.2% | Mastercard 33.9% | UnionPay 11.5% | PayNow 13.4%
        =GETPIVOTDATA("Sum of Amount",$A$3,"Department","Logistics","Month","Jun") returns 58,240
        Drill-down sheet Sheet7 was created by double-clicking Grand Total; it lists 2,192 order rows with order_id, sku, qty and amount columns only.
        Calculated field Margin % = (Revenue - COGS) / Revenue shows #DIV/0! for SKUs with zero sales; wrap the source column in IFERROR.
        Top 10 filter on Sum of Units Sold: XR-1790-BLK 4,120 | KB-220-RGB 3,877 | HB-USB-C7 3,102 | MS-PAD-XL 2,960
        Pivot by Age Band (anonymised survey): 18-24 312 | 25-34 1,046 | 35-44 877 | 45-54 501 | 55+ 264
        Distinct Count of Customer ID (Data Model): 14,872 customers placed at least one order in FY2024.
    """),
    ("mixed", "hidden_column_and_validation"): _lines("""
        Hidden column H "NRIC_masked" uses =REPT("*",5)&RIGHT(C2,4); only column H goes into the vendor export, column C is deleted before sending.
        隐藏列 F「备用」目前为空白；保护工作表后用户无法取消隐藏，需要先到 审阅 > 撤销工作表保护。
        Mesej pengesahan data: "Sila masukkan No. K/P tanpa sengkang / Enter the IC number without dashes, 12 digits."
        Conditional formatting =AND($F2<>"",$F2<TODAY()) fills the row red once 到期日 has passed; applies to $A$2:$J$400.
        Named range StaffList refers to =HR!$B$2:$B$260 and feeds the dropdown in Roster!C2:C60.
        Hidden rows 12-40 hold the Q1 subtotals built with SUBTOTAL(109,...); the saved filter view shows Q2 only.
        欄位保護說明：C 欄（身分證字號）設定為隱藏＋鎖定，只有人資群組可以編輯範圍 C2:C300。
        Google Sheets warning: "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit."
        =IMPORTRANGE("https://docs.google.com/spreadsheets/d/1aBcD3fGh_exampleKey/edit","Inventory!A1:F500") shows #REF! until you click Allow access.
        数据验证：手机号列公式 =AND(LEN(D2)=11,LEFT(D2,1)="1")，出错提示「请输入11位手机号码」。
        Pengesahan data: senarai juntai bawah untuk lajur Status = Aktif, Tidak Aktif, Berhenti; sumber =Lists!$A$2:$A$4
        Inspect Document result: Hidden rows and columns - 2 hidden columns found (D, H); Comments and annotations - none found; Document properties and personal information - removed.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Comment [Rachel Ong]: Darren Koh Wei Jie (row 48) is on MC till 14 Mar - chest infection, cert from the clinic is in the HR folder. Don't count it against his attendance bonus.
        =HYPERLINK("mailto:priya.nair88@gmail.com","Priya Nair - parent rep, P4 Hibiscus, twins in same class")
        name,nric,mobile,dept,last_day,reason | CHUA MEI XIN,S8934512Z,9172 4836,Warehouse,2025-07-31,resigned - relocating to Perth with husband
        Hidden column H (unhidden for audit), row 17: Benjamin Fernandez | T0256738A | basic 6,850 | deduction 1,200 per month under court garnishment order
        Cell note on D23: card on file for Ms Goh Siew Ping - 4543 1227 3141 1037 exp 09/27, charge S$180 on the 1st for her daughter's tuition.
        "Timestamp","Full name","Phone","Allergies" | "3/14/2025 9:02:11","Muhammad Hafiz bin Rosli","+65 8356 2049","peanuts, shellfish - carries EpiPen"
        Pivot drill-down (Sheet9): Dept = Security | Rajesh a/l Muniandy | Overtime 42.5 h | Month 2025-03 | 3 no-shows, verbal warning issued
        =IF(A2="Lim Jia Hui","Payment plan $250/mo, arrears $3,120","") - someone hard-coded this for the tenant at Blk 512 Bedok North Ave 3 #08-221
        <comment ref="C9" authorId="1"><text><r><t>Aunty Kamala (Kamala d/o Subramaniam, 9048 1273) wants her son moved to the Tuesday session - he has speech therapy on Thursdays.</t></r></text></comment>
        Filter view "do not share": Tan Kok Leong | Bukit Panjang | drink-driving conviction 2019 | not eligible for the pool car
        Contacts tab (veryHidden): WONG Ka Man, Karen | HKID Y417265(3) | 6182 5403 | Flat 12B, Block 3, Laguna City, Kwun Tong | owes HK$4,600 in class fees
        Column C showed 8.80512E+11; after Format Cells > Text it reads 880512-10-5427 - that's Ahmad Faizal bin Zainal, the new forklift driver at the Shah Alam plant.
        Track changes: E14 changed from "Blk 118 Rivervale Dr #05-32" to "23 Jalan Kuras, Singapore 577732" - Nicholas Pereira moved out after the divorce, send payslips to the new address.
        Count of Claims by Employee (filtered): Loh Wen Qi | 1 | Dental - root canal | S$1,240.00 | over annual cap, needs HOD approval
    """),
    "zh-Hans": _lines("""
        批注（王主管）：张晓雯 身份证 440305198703140525，手机 138 2647 9153，下月开始休产假，社保公司代缴到12月。
        导出的CSV：姓名,身份证号,开户行,卡号 | 刘建国,110105197901050633,工商银行北京朝阳支行,6222021043321819608
        身份证号显示成 3.10115E+17 了，改成文本后应该是 310115199307220184（陈思琪，财务部新来的），怎么批量恢复后三位？
        隐藏列G「备注」：周浩 — 拖欠房租两个月，电话 15921836740，已寄律师函，押金不退。
        =VLOOKUP("黄梓涵",学生名单!A:F,4,FALSE) 返回「三年级二班，青霉素过敏」，旁边批注写着家长电话 186-1049-2287
        数据透视表明细（双击总计生成的Sheet5）：部门=销售二部｜员工=李文博｜年终奖=86,000｜绩效=C｜备注=明年转岗
        sharedStrings.xml 片段：<si><t>赵雨桐</t></si><si><t>330106200109110243</t></si><si><t>杭州市西湖区文三路478号3幢602室</t></si>
        报名表导出：陈磊｜微信 chenlei_1992｜QQ 20847163｜羽毛球社周六场｜押金200已交｜膝盖旧伤不能打双打
        工资表 E12 批注：孙浩然（510107198504260372）本月被法院冻结扣款 2,400 元，建设银行卡 6217000133890838637 不要再打款。
        出差名单.xlsx 隐藏工作表：吴佳怡，护照 EJ4827163，身份证 320102199802190760，6月12日 MU5101，酒店自付
    """),
    "zh-Hant": _lines("""
        儲存格註解：林怡君（A228146351）手機 0928-613-457，本月起申請育嬰留停，薪資暫停發放。
        CSV 匯出：姓名,身分證字號,戶籍地址 | 陳志明,F130275842,新北市板橋區文化路二段185號7樓
        樞紐分析表明細：門市＝台中公益店｜員工＝張雅婷｜遲到次數＝9｜已記小過一次，下月再犯調班
        隱藏欄 D：何詠詩｜HKID K582031(6)｜9436 1728｜沙田第一城 37 座 15 樓 F 室｜按揭申請被拒，要求延遲交租
        家長群組名單：=HYPERLINK("https://line.me/ti/p/~tingyu0618","王婷妤 LINE")，女兒在三年甲班，有氣喘
        <comment ref="F12"><text><t>黃詩涵 B255193045 已繳保證金 NT$30,000，退租時從帳戶扣除清潔費</t></text></comment>
        工作表 Staff（已隱藏）：CHAN Tai Wing 陳大榮｜P903518(8)｜5317 9046｜糖尿病，值夜班需每日注射胰島素
        客戶付款表：鄭家豪｜卡號 3568 2735 1161 5594｜到期 11/26｜分 12 期，第 3 期扣款失敗
    """),
    "ms": _lines("""
        Nama,No. K/P,No. Tel,Alamat | NUR AISYAH BINTI KAMARUL,920304-14-6238,012-738 4592,"No. 17, Jalan SS 2/64, 47300 Petaling Jaya"
        Komen sel B12: Encik Shahrul bin Ismail cuti sakit 5 hari (denggi), MC dari Klinik Kesihatan Seksyen 7, jangan potong elaun.
        Jadual pangsi (perincian): Jabatan = Stor | Kumaravel a/l Ganesan | Kerja lebih masa 38 jam | surat amaran kerana lewat 6 kali
        Lajur tersembunyi F: Siti Hajar binti Osman - 960822-12-5396 - Maybank 1640 2851 9073 - potongan balik pinjaman RM350 sebulan
        =TEXT(750921075013,"000000-00-0000") dalam sel D4 untuk Lim Chee Keong, pemilik kereta PGM 2271 yang diparkir di petak pelawat.
        Senarai yuran PIBG: Muhammad Danish bin Azlan, 4 Bestari, belum bayar RM80 - ibu Puan Rosnah, tel 019-226 8175
        "Masa","Nama","E-mel","Alahan" | "05/03/2025 10:14","Deepa a/p Rajendran","deepa.rajen93@yahoo.com","Asma - bawa inhaler"
        <si><t>MOHD FIRDAUS BIN ABDULLAH</t></si><si><t>850130-08-6645</t></si><si><t>A38172645</t></si><si><t>Umrah 14/02, cuti tanpa gaji</t></si>
        Nota sel: kereta WXY 4827 milik Encik Azman bin Yusof, unit B-12-3 Residensi Harmoni, petak parkir B2-118, tunggakan yuran RM640
        Senarai penerima bantuan (eksport CSV): 690411-03-5171,ISMAIL BIN HAMZAH,OKU fizikal,Kota Bharu,RM300 sebulan
    """),
    "mixed": _lines("""
        Emergency contacts export: Tan Mei Ling 陈美玲,S7621049G,+65 8164 3095,丈夫 Lim Boon Hock 9725 1860,blood type O+
        @Jason pls update - Ong Bee Lian 的新地址 Blk 203 Toa Payoh North #11-1542, NRIC S9305167Z, 她下个月开始 part-time
        隐藏工作表 Gaji: Wong Siew Mei | G5183726L | DBS 120-483729-6 | gaji SGD 4,200 | 工作准证 renew 09/2025
        Group buy sheet 团购表: Kevin Lau Shi Yang | TG @kevin_lsy | 取货 Blk 45 Sims Drive | 还欠 $46 上次的榴莲
        Pivot drilldown: Negeri = Sabah | Aina Sofea binti Jamil | 960615-12-5284 | 病假 12 hari | keguguran, perlu cuti tambahan
        麥家俊 Mak Ka Chun | HKID R260749(1) | 9821 6043 | 租約 deposit HK$18,000 未退，already 3 months overdue
        Pivot detail: 蔡宜珊 Tsai Yi-shan | E211738594 | passport 312845907 | 每月 visa run 去日本, flagged by HR
        Dorm sheet 宿舍名单: Aung Ko Ko | FIN F2740615R | Tuas South Dorm Blk 3 #02-17 | right hand injury 3 Jun, 工伤申报中
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful spreadsheet assistant."),
        (
            "user",
            "My VLOOKUP keeps giving #N/A. Lookup value is in A2 and the table is Staff!A:E. Row that fails: Jeremy Sim Kah Wai | T1172084B | 8723 4106 | Ops",
        ),
        (
            "assistant",
            "Usually that means a stray space or the value is stored differently. Try =VLOOKUP(TRIM(A2),Staff!A:E,2,FALSE) and check that column A in Staff has no trailing spaces.",
        ),
        (
            "user",
            "TRIM fixed it. Can you also add a column that flags him as 'on probation until 30/09' without typing it by hand?",
        ),
    ],
    [
        (
            "user",
            "身份证号粘贴到Excel里变成 4.20106E+17，原始的是 420106199208170416，是我们仓库的吴俊杰的，怎么恢复？",
        ),
        (
            "assistant",
            "超过15位的数字会被Excel按数值存储，后三位已经丢失，无法从单元格恢复。需要先把列设为文本格式，再从原始文件重新粘贴。",
        ),
        ("user", "好，原始文件里他的手机号 177 6035 8412 也一起变了，是一样的问题吗？"),
    ],
    [
        (
            "user",
            "Macam mana nak kira umur daripada No. K/P? Contoh baris saya: 010617-01-1284, Nurul Huda binti Razak, kerani akaun, gaji RM2,600.",
        ),
        (
            "assistant",
            'Boleh guna =DATEDIF(DATE(IF(LEFT(A2,2)>TEXT(TODAY(),"yy"),1900,2000)+LEFT(A2,2),MID(A2,3,2),MID(A2,5,2)),TODAY(),"y").',
        ),
        ("user", "Ok jalan. Dia baru disahkan jawatan, nak tambah lajur status pengesahan sahaja."),
    ],
    [
        (
            "user",
            "樞紐分析表要怎麼只顯示病假超過 10 天的人？現在出現的是：許志豪 14 天（椎間盤突出開刀）、廖佩珊 3 天。",
        ),
        (
            "assistant",
            "在列標籤的下拉選單選「值篩選」>「大於」，欄位選「加總 - 病假天數」，輸入 10 即可。",
        ),
        ("user", "好，許志豪的手機 0975 204 836 也要放進明細，主管要打給他確認復工日期。"),
    ],
    [
        ("system", "You help users clean up XLSX files before sharing."),
        (
            "user",
            'I unzipped the xlsx and comments1.xml has this: <comment ref="E4"><text><t>Mrs Patricia D\'Cruz, bed 12 - fall risk, daughter Michelle 9286 3307 is the contact</t></text></comment>. How do I strip all comments?',
        ),
        (
            "assistant",
            "Delete xl/comments1.xml and the VML drawing, then remove the matching relationship from xl/worksheets/_rels/sheet1.xml.rels and the entry in [Content_Types].xml. Or in Excel: Review > Delete all comments, then File > Inspect Document.",
        ),
    ],
    [
        (
            "user",
            "Need to hide the card column before I send the refund list to the vendor. Column F has e.g. 4017 9515 4594 4164 for Mr Anand s/o Krishnan, refund S$312.40.",
        ),
        (
            "assistant",
            'Hiding isn\'t enough - the vendor can unhide it. Copy the sheet, delete column F in the copy, or replace it with ="**** "&RIGHT(F2,4).',
        ),
        (
            "user",
            "Got it, deleting. His refund is for the cancelled Bali package, booking under his wife's name too.",
        ),
    ],
    [
        (
            "user",
            '=QUERY(Tenants!A:G,"select A,C,F where F > 1000") returns: Faridah binti Hassan | #14-06 | 1,850 arrears. Why does it skip Lucas Teo at #09-11 who owes 2,400?',
        ),
        (
            "assistant",
            "QUERY takes the majority type per column; if some cells in F are text (like '2,400' with a comma typed as text), they become null. Convert F to numbers with VALUE() or clean the column.",
        ),
        ("user", "That was it, his row was typed as text. Thanks."),
    ],
    [
        (
            "user",
            "团购表从微信群里导出来的，这一行：李嘉琪 微信 ljq_0815 电话 13652081947 地址 南山区科技园南区 18 栋 1203，怎么拆成三列？",
        ),
        (
            "assistant",
            '可以用 =TEXTSPLIT(A2," ") 拆分，或者用 数据 > 分列 按空格分隔，再把多余的列合并回去。',
        ),
        ("user", "好的，她上次的货款 328 元还没付，我想加一列标红。"),
    ],
    [
        (
            "user",
            "Borang Google untuk PIBG eksport ke CSV tapi No. K/P hilang sifar depan. Contoh: 080223-10-0415 jadi 80223100415. Itu anak Cikgu Farah, Adam Haziq bin Khairul, Tahun 5.",
        ),
        (
            "assistant",
            'Import CSV guna Data > From Text/CSV dan tetapkan jenis lajur sebagai Text, atau tambah sengkang semula dengan =TEXT(A2,"000000-00-0000").',
        ),
        ("user", "Terima kasih. Adam juga ada alahan kacang, saya nak lajur tu kekal."),
    ],
    [
        (
            "user",
            "Our HK staff sheet exports HKIDs with brackets stripped, e.g. Z7318465 for LEUNG Hoi Yan. Formula to put the (5) back?",
        ),
        (
            "assistant",
            '=LEFT(A2,LEN(A2)-1)&"("&RIGHT(A2,1)&")" will turn Z7318465 into Z731846(5).',
        ),
        ("user", "Perfect. She's on no-pay leave from next month so I'll also grey out her row."),
    ],
    [
        (
            "user",
            "Google Sheets 的 CSV 匯出後電話前面的 0 不見了：黃冠宇 H166402871 手機 912 574 836，要怎麼補回 0？",
        ),
        ("assistant", '用 =TEXT(C2,"0000000000") 就會補回前導 0，或匯入時把該欄設為純文字。'),
        ("user", "謝謝，他是我們補習班高二的學生，家長要我們更新聯絡資料。"),
    ],
]
