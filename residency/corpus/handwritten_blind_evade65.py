# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade65: personal data in spreadsheet artefacts (formulas, cell comments, named ranges, pivot exports, hidden columns, XLSX XML). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade65
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "formulas"): _lines("""
        =IF(AND(LEN(B2)=9,ISNUMBER(--MID(B2,2,7))),"OK","Check NRIC format")
        =TEXT(C2,"000000-00-0000")  ' formats the MyKad column; keep the source cells as Text so leading zeros survive
        =VLOOKUP($A2,'Rate Card'!$A$2:$F$400,MATCH(C$1,'Rate Card'!$A$1:$F$1,0),FALSE)
        =SUMIFS(Sales[Amount],Sales[Region],"Central",Sales[Date],">="&DATE(2025,1,1),Sales[Date],"<"&DATE(2025,4,1))
        =HYPERLINK("mailto:payroll@northwind-logistics.com.sg?subject=Payslip%20query","Email Payroll")
        =XLOOKUP("INV-2025-004512",tblInvoices[InvoiceNo],tblInvoices[Status],"Not found")
        =REGEXMATCH(A2,"^[STFGM][0-9]{7}[A-Z]$")
        =INDEX(PMs!B:B,MATCH(1959,PMs!C:C,0)) returns "Lee Kuan Yew" on the Sec 2 civics quiz sheet; 2004 returns "Lee Hsien Loong"
        =DATEDIF(B2,TODAY(),"y")&" yrs "&DATEDIF(B2,TODAY(),"ym")&" mths"
        =COUNTIFS(Responses!E:E,"Yes",Responses!F:F,"<>")  → 214 respondents opted in to the newsletter
        =ROUND(SUM(D2:D40)*1.09,2)  // adds 9% GST; total for PO-77812 comes to 18,402.35
        =IMPORTRANGE("https://docs.google.com/spreadsheets/d/1Q7mVx3kP0aB2cD9eFgHiJkLmNoPqRsTuVwXyZ012345/edit","Budget!A1:H60")
        =IFERROR(--LEFT(A2,6),"")  extracts the YYMMDD part of a MyKad for the age-band pivot
    """),
    ("en", "cell comments"): _lines("""
        Comment [Finance]: Enter NRIC/FIN as one uppercase string, e.g. S1234567X – no spaces or dashes. The check letter is validated in column K.
        Note: Column H is hidden because it holds the pro-rata helper formulas; unhide via Home > Format > Hide & Unhide.
        Comment by Reviewer: Q3 figures restated – see tab 'Adj', C4:C19. Ticket FIN-20931 has the approval trail.
        Threaded comment: @Finance Team do claims above SGD 500 need director approval? Reply: Yes, per policy FP-07 rev 3, section 4.2.
        Note on B1: "Full name as in NRIC/passport" – the form rejects nicknames and initials.
        Comment: Source SingStat table M810001, downloaded 2025-02-03; figures are in thousands, resident population only.
        Comment: Shipment 784512093366 is FedEx, not DHL – fixed the carrier column and re-ran the pivot.
        Note: This tab covers Tan Tock Seng Hospital and Khoo Teck Puat Hospital cost centres only; polyclinics are on the next sheet.
        Comment: Footer should read "Customer care 1800 222 0000 (toll-free, Mon–Fri 9am–6pm)" – the old number is decommissioned.
        Comment: Jane Eyre and Mr Rochester rows belong to the Year 10 character-analysis sheet, not the class list – moved them.
        Note: Placeholder rows "Employee A" to "Employee F" are for the demo file only; delete before sending to the client.
        Comment: Postal code 238859 maps to the Orchard zone for delivery pricing; 609601 is Jurong East.
        Comment: Template v4.2.1 – macro module SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, signed by IT Apps.
    """),
    ("zh-Hans", "xlsx xml parts"): _lines("""
        <si><t>姓名</t></si><si><t>身份证号</t></si><si><t>手机号</t></si><si><t>紧急联系人</t></si><si><t>开户行</t></si>
        <c r="D2" t="str"><f>TEXT(MID(C2,7,8),"0000-00-00")</f><v></v></c> ——出生日期辅助列，模板里 C 列为空
        <definedName name="税率表">参数!$A$2:$C$8</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">明细!$A$1:$M$1</definedName>
        <dataValidation type="list" allowBlank="1" sqref="E2:E500"><formula1>"男,女"</formula1></dataValidation>
        <dataValidation type="textLength" operator="equal" showErrorMessage="1" error="请输入18位身份证号" sqref="C2:C500"><formula1>18</formula1></dataValidation>
        <cols><col min="8" max="9" width="0" hidden="1" customWidth="1"/></cols> 隐藏的 H、I 两列是个税速算扣除数辅助列
        <comment ref="B3" authorId="0"><text><r><t>财务部:</t></r><r><t>请按发票号升序排列，如 No.04512937 在前</t></r></text></comment>
        <si><t>订单号 3127845502196634182 已发货，顺丰运单 SF1402983376518，预计 3 月 16 日送达</t></si>
        <si><t>工商银行客服 95588 ｜ 12345 政务服务便民热线 ｜ 12315 消费者投诉</t></si>
        <si><t>鲁迅《呐喊》人民文学出版社 ISBN 978-7-02-000220-7</t></si>
        <sheetProtection algorithmName="SHA-512" hashValue="k8Xz7Q2mN4pR9vL1sT6wY3bC5dF0gH8jK2lM4nP6qR8=" saltValue="Jk0pQ3rS5tU7vW9x" spinCount="100000" sheet="1" objects="1"/>
        docProps/core.xml：<dc:creator>财务共享中心</dc:creator><cp:lastModifiedBy>预算组</cp:lastModifiedBy><dc:title>2025年度预算模板</dc:title>
        <si><t>林黛玉</t></si><si><t>贾宝玉</t></si><si><t>薛宝钗</t></si><si><t>王熙凤</t></si>（《红楼梦》人物关系表的共享字符串）
        <si><t>统一社会信用代码 91440300MA5G2K8Q3T ｜ 深圳市前海某某科技有限公司（供应商模板示例）</t></si>
    """),
    ("zh-Hans", "wps formulas and comments"): _lines("""
        =IF(LEN(C2)<>18,"位数错误",IF(MID("10X98765432",MOD(SUMPRODUCT(MID(C2,ROW($1:$17),1)*{7;9;10;5;8;4;2;1;6;3;7;9;10;5;8;4;2}),11)+1,1)=RIGHT(C2),"正确","校验位错误"))
        =DATEDIF(TEXT(MID(C2,7,8),"0-00-00"),TODAY(),"y")  从身份证号提取周岁，用于年龄段透视
        =IF(MOD(MID(C2,17,1),2),"男","女")
        批注（行政部）：本表只统计各部门人数，F 列请勿填写手机号或身份证号。
        批注：身份证号列请先设为“文本”格式再粘贴，否则超过 15 位的部分会变成 000。
        =VLOOKUP(A2,'[供应商名录.xlsx]Sheet1'!$A:$E,5,0)
        批注：中山路店与逸夫楼食堂分开统计，门店编码分别为 ZS-01 和 YF-02。
        =SUMPRODUCT((区域="华东")*(月份>=1)*(月份<=3)*金额)
        批注：屠呦呦 2015 年获诺贝尔生理学或医学奖，放在“中国科学家”页第 12 行。
        =HYPERLINK("https://kyfw.12306.cn","12306 购票")
        批注：YT7521093846127 是圆通快递单号，不是手机号，数据有效性别再拦了。
        =REPLACE(D2,4,4,"****")  手机号脱敏，导出给外包前必须先跑这一列
        =TEXT(A2,"yyyy年m月d日")&" 第"&WEEKNUM(A2,2)&"周"
    """),
    ("zh-Hant", "pivot exports"): _lines("""
        列標籤 | 加總 - 銷售額 / 九龍區 | 1,284,500 / 新界區 | 963,210 / 港島區 | 1,102,880 / 總計 | 3,350,590
        樞紐分析表：年齡層 | 人數 / 18-24 | 132 / 25-34 | 410 / 35-44 | 388 / 45 以上 | 201 / 總計 | 1,131
        產品型號 | 加總 - 數量 / GT-3000X | 48 / XR-7 | 12 / ZH-9050 | 7 / 總計 | 67
        院舍 | 平均輪候(週) / 瑪麗醫院 | 14 / 伊利沙伯醫院 | 22 / 東華醫院 | 18 / 廣華醫院 | 16
        樞紐分析：書院 | 宿位申請數 / 逸夫書院 | 642 / 新亞書院 | 588 / 崇基學院 | 701
        列標籤：蔣經國、李登輝、陳水扁 | 任期（年）10、12、8 —— 公民科「歷任總統」樞紐練習
        樞紐分析表欄位：篩選＝分店；列＝月份；值＝加總 - 營業額；樞紐快取更新於 2025/03/14 10:22
        雙擊明細 Sheet7：訂單編號 TW20250314000873 | 品項 珍珠奶茶 L | 數量 2 | 單價 NT$65 | 門市 信義店
        1823 政府熱線查詢量：類別 | 計數 / 食物環境衞生 | 1,204 / 屋宇 | 833 / 運輸 | 512
        發票號碼 | 加總 - 金額 / AB-48213957 | 12,600 / AB-48213958 | 3,150 / 總計 | 15,750
        角色 | 出場回數 / 郭靖 | 40 / 黃蓉 | 38 / 洪七公 | 15 —— 《射鵰英雄傳》讀書會統計
        郵遞區號 | 筆數 / 106 大安區 | 57 / 110 信義區 | 43 / 220 板橋區 | 61
        樞紐分析表選項：已取消勾選「與檔案一起儲存來源資料」，明細已移除，只保留各部門人數與平均年資
    """),
    ("ms", "hidden columns and data validation"): _lines("""
        Pengesahan data (Senarai) lajur E: "Lelaki,Perempuan"; mesej input: "Pilih jantina daripada senarai".
        Lajur G disembunyikan kerana mengandungi formula KWSP 11% dan PERKESO; jangan padam atau ubah.
        Pengesahan data lajur C: panjang teks = 12 (No. MyKad tanpa sengkang); mesej ralat "Sila masukkan 12 digit tanpa '-'".
        Lajur tersembunyi H: =MID(C2,7,2) untuk kod negeri kelahiran; 14 = W.P. Kuala Lumpur, 10 = Selangor, 12 = Sabah.
        Lajur tersembunyi J: =IF(ISEVEN(RIGHT(C2,1)),"P","L") – jantina daripada digit akhir No. KP.
        Senarai juntai Negeri: Johor, Kedah, Kelantan, Melaka, Negeri Sembilan, Pahang, Pulau Pinang, Perak, Perlis, Sabah, Sarawak, Selangor, Terengganu, W.P.
        Nota: 03-2615 5555 dalam lajur tersembunyi ialah talian utama Hospital Kuala Lumpur, bukan nombor pesakit.
        Lajur D disembunyikan: Kod Cawangan (KLG01, PNG03, JHR07) untuk VLOOKUP ke tab Cawangan.
        Pengesahan data lajur F: nombor telefon mesti bermula 01 dan 10–11 digit; contoh format 01X-XXX XXXX.
        Lajur tersembunyi K: nombor invois INV/2025/03/00871 hingga INV/2025/03/00912 untuk padanan bayaran FPX.
        Lajur tersembunyi L: poskod 50450, 47301 dan 81200 dipadankan dengan zon penghantaran A, B dan C.
        Templat borang pelajar: lajur tersembunyi "Talian Kecemasan" berisi 999 dan Talian Kasih 15999.
        Pengesahan data: tarikh mesti antara 01/01/2025 dan 31/12/2025; amaran "Tarikh di luar tahun kewangan".
    """),
    ("ms", "pivot exports and named ranges"): _lines("""
        Label Baris | Jumlah Jualan (RM) / Johor Bahru | 182,340.50 / Shah Alam | 241,118.00 / Kuching | 97,402.25 / Jumlah Besar | 520,860.75
        Julat bernama KadarCukai = Parameter!$B$2:$C$12 (skop: Buku Kerja); digunakan dalam lajur PCB.
        Julat bernama SenaraiSekolah: SMK Tunku Abdul Rahman, SK Sultan Ismail, SMK Tun Hussein Onn, SMK Dato' Onn
        Jadual pangsi Sejarah Tingkatan 5: Perdana Menteri | Tahun Mula / Tunku Abdul Rahman | 1957 / Abdul Razak Hussein | 1970 / Hussein Onn | 1976
        Label Baris: Kategori Aduan | Kiraan / Jalan berlubang | 212 / Lampu jalan rosak | 87 / Sampah tidak dikutip | 143
        Jadual pangsi KWSP: Julat Gaji | Bil. Pekerja | Caruman Majikan (RM) / ≤ RM5,000 | 42 | 27,310.00 / > RM5,000 | 11 | 9,842.40
        Nama julat "Cuti_Umum_2025" → ='Cuti'!$A$2:$B$20; 31/03 Hari Raya Aidilfitri, 12/05 Hari Wesak, 31/08 Hari Kebangsaan.
        Jadual pangsi: Model | Unit Dijual / Proton X50 | 1,204 / Perodua Myvi | 3,410 / Honda City | 622
        Medan nilai "Kiraan No. Tiket": tiket SR-2025-004417 hingga SR-2025-004530 dikumpulkan mengikut status.
        Label Baris: Watak | Bab / Hang Tuah | 1-12 / Hang Jebat | 9-14 / Tun Teja | 10 – kuiz Hikayat Hang Tuah.
        Pangsi dikemas kini 14/03/2025 09:15; sumber = Jadual_Tuntutan[#Semua]; 1,842 baris, tiada lajur nama.
        Julat bernama AkaunSyarikat = "Maybank 5141 2233 0456 – Syarikat Seri Mutiara Sdn Bhd" untuk templat invois.
        Label Baris: Hospital | Purata Menunggu (min) / Hospital Sultanah Aminah | 184 / Hospital Tengku Ampuan Rahimah | 162
    """),
    ("mixed", "workbook config and macros"): _lines("""
        Sub ExportPivot()  ' 导出 pvtSales 为 CSV，不含个人列 / ActiveSheet.PivotTables("pvtSales").PivotCache.Refresh / End Sub
        ThisWorkbook.Worksheets("名单").Columns("H:I").Hidden = True  ' hide IC 列 before sharing with vendor
        = Table.RemoveColumns(Source,{"NRIC","Mobile","Email","Home Address"})  // Power Query step 在发布到 Power BI 之前
        [Content_Types].xml: <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
        openpyxl: ws.column_dimensions["H"].hidden = True  # 身份证号列在模板里默认隐藏
        pandas: df = pd.read_excel("claims_2025.xlsx", sheet_name="Pivot", dtype={"IC_No": str})  # keep leading zeros, jangan tukar jadi nombor
        Sandbox sheet: =IF(A2="4111 1111 1111 1111","Visa test card from the gateway docs – never a real customer","")
        Named range rngHotlines = {"999","995","1777"} – SG emergency numbers for the safety-sheet 页脚
        xl/workbook.xml: <fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>
        Apps Script: MailApp.sendEmail(row[2], "Payslip " + month, body); // row[2] = 员工邮箱列 from HR sheet, no hard-coded address
        Excel 提示 "We can't update some of the links in your workbook right now" – 外部链接 https://contoso.sharepoint.com/sites/finance/budget_2025.xlsx
        Pivot export: Dept 部门 | Headcount 人数 / IT 信息部 | 34 / HR 人事部 | 12 / Ops 运营部 | 88 / Grand Total | 134
        Google Sheets: =REGEXMATCH(TO_TEXT(C2),"^[0-9]{6}-[0-9]{2}-[0-9]{4}$") 用来检查 MyKad 格式 sebelum import
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        F14 =IF(A14="S8712345F","Tan Wei Ling – no-pay leave till 30 Jun, exclude from bonus",VLOOKUP(A14,HR!$A:$D,4,FALSE))
        Comment on Payroll!G22 by Priya Nair (14/03/2025 09:12): Marcus Goh Jun Hao's pay docked $420 again this month – garnishee order from the State Courts, don't let him see the raw sheet.
        Staff_ID,Name,Dept,_NRIC (hidden),_Mobile (hidden) | E1042,Nurul Huda binte Osman,Finance,T0218476H,8241 0937
        <definedName name="EmergencyContact_SooKiat" hidden="1">'Emergency'!$B$4</definedName> / B4: Lim Soo Kiat (father of intern Lim Jia Hui) +65 9038 6612
        Row Labels,Sum of MC Days,Count of Claims | Rajesh s/o Pillai,14,3 | Cheryl Ang Pei Shan,9,2 | Grand Total,23,5
        <si><t xml:space="preserve">Donovan Pereira – card on file 4539 7827 1351 6081 exp 09/27, auto-debit gym fees</t></si>
        docProps/core.xml: <dc:creator>Grace Chua</dc:creator><dc:title>Grace Chua – divorce settlement asset split v3 (CPF, HDB flat, kids' school fees)</dc:title>
        Data validation (List) on D2:D200, source: "Aaron Teo 96723185,Bernice Lim 87652190,Chong Kai Xiang 91470358"
        Conditional formatting rule 3 on Claims!A2:H900: =$C2="Hafiz bin Rosli" → red fill (audit: duplicate mileage claims Jan–Mar, refer to HR)
        Version history, 12 Mar 10:41 – tenant Jeremy Ong moved out: E9 changed from "Blk 412 Ang Mo Kio Ave 10 #08-1127" to "Blk 611 Clementi West St 1 #05-332"
        =QUERY(Responses!A:F,"select B, C, D where E = 'kelvin.yeo.1990@gmail.com'",1)
        let Source = Excel.CurrentWorkbook(){[Name="Admissions"]}[Content], #"Filtered Rows" = Table.SelectRows(Source, each [Patient] = "Margaret D'Souza" and [Ward] = "B7 Oncology")
        =HYPERLINK("mailto:shalini.d.krishnan@hotmail.com","Email Shalini re: rent 2 months overdue")
        pivotCacheRecords1.xml: <r><s v="Wong Kar Hoe"/><n v="3"/><s v="Dialysis – Tue/Thu/Sat"/><s v="SKF 4821 J"/></r>
        Sheet "do_not_share" (state="veryHidden"): A2 Liam O'Connell | B2 HKID Z840126(9) | C2 Amex 3762 111447 46400 | D2 Flat 17B, Tower 2, Laguna Verde, Hung Hom
    """),
    "zh-Hans": _lines("""
        xl/sharedStrings.xml 片段：<si><t>陈志强</t></si><si><t>440305198803124514</t></si><si><t>138 1245 7630</t></si><si><t>南山区桂庙新村 23 栋 502</t></si>
        批注（王丽 2025/3/4）：刘建国 3 月病假 18 天，诊断腰椎间盘突出，医院证明已交，社保基数按下限 —— 身份证 120104196803094553
        =IF(B2="110105199207182336","张浩然（已离职，借款 ¥8,600 未还）","")
        取消隐藏 K:L 后：A5 周晓梅 | K5 6228 4850 2477 2067 794 | L5 农业银行杭州西湖支行 | 备注：工资卡，3 月起改发此卡
        行标签 | 求和项:物业费欠费(元) / 李秀兰（3栋1202） | 2,340.00 / 赵强（5栋806） | 1,180.00 / 总计 | 3,520.00
        名称管理器：紧急联系人_孙悦 → ='通讯录'!$C$18，当前值“孙悦 母亲 159 2107 4468，身份证 420106198506238242”
        条件格式：=$D2="吴俊杰" 填充黄色 —— 班主任批注：该生父母离异，由外婆接送，周三提前离校做心理辅导
        序号,姓名,身份证号,手机,住址 / 17,黄思琪,440106199705140326,186-2934-0571,广州市天河区体育西路 191 号 B 座 2304 房
        修订记录 3月12日 14:05：E9 由“微信 yangfan_sz88”改为“微信 wxid_7k2m9p4q1l”（客户杨帆换了微信号，等级 VIP3）
        Sub 发工资条() ... .To = "guo.ming1983@163.com" : .Subject = "郭明 2025年3月工资条 实发 12,480.50" ... End Sub
        <c r="C7" t="inlineStr"><is><t>浙A·5K823 车主 钱文博（身份证 330106200104111052）月租车位 B2-117</t></is></c>
        自动筛选结果（签证专员）：马丽娟 | 护照 E83621547 | 有效期 2031-05-19 | 工资卡 6212 2621 9045 8619 795 | 备注：2023 年申根拒签一次，这次补半年流水
    """),
    "zh-Hant": _lines("""
        儲存格註解（Ada）：陳家豪 HKID Y671408(9)，住沙田瀝源邨福海樓 1203 室，已欠租兩期，下星期發律師信
        列標籤 | 加總 - 補習費 (HK$) / 何卓琳 (F.3 數學) | 4,800 / 梁子軒 (F.5 化學) | 6,200 / 總計 | 11,000
        隱藏欄 G（欄寬 0）取消隱藏後：G12 = 9134 2768，F12 = 李美儀（家長，學生 陳樂晴 4C）
        =IF(C2="F228710436","林怡君 育嬰留停至 2025/12/31，勞退暫停提繳","")
        <si><t>張志明　H135948208　0928-417-365　台北市大安區和平東路二段 106 巷 8 號 4 樓</t></si>
        附註（人資 小陳）：黃淑芬（B204731582）3/15 起住院開刀，勞保傷病給付申請中，薪轉郵局帳號 0021578-0493162 先別動
        名稱管理員：Tenant_RM1203 → =Tenants!$A$14:$F$14 → 黃偉強 | K305962(6) | 6218 4095 | 按金 HK$28,000 | 租約 2026/02 到期
        合併列印資料來源第 23 列：陳詠儀小姐 | 九龍何文田常盛街 8 號 9 樓 C 室 | HKID R215390(3) | 保單續保，加買危疾保障
        樞紐分析表明細（雙擊 E7 產生）：訂購人 吳宗翰 | LINE ID hanhan.0955 | 0955 602 184 | 7-11 取貨 | 貨到付款 NT$3,280
        儲存格批註：何嘉欣 信用卡 5523 4112 2073 2313 到期 11/27，每月 5 號自動扣會費，上月被拒付一次
    """),
    "ms": _lines("""
        Komen sel D12 (Kak Ros): Nur Aisyah binti Kamal, IC 880412-14-5522 – cuti bersalin mula 3 Mac, jangan masukkan dalam jadual syif
        Label Baris | Jumlah Tuntutan Perubatan (RM) / Mohd Amirul bin Razak | 2,815.00 / Kavitha a/p Subramaniam | 1,240.50 / Jumlah Besar | 4,055.50
        Lajur H disembunyikan: No. Akaun Maybank 5142 3761 0928 – Ahmad Faizal bin Zainal (gaji terus, potongan PTPTN RM150)
        =SUMIFS(Yuran!E:E,Yuran!B:B,"Lim Jun Wei",Yuran!D:D,"Tertunggak") // 5 Bestari, yuran PIBG RM150 belum bayar, IC 011105-07-0371
        <row r="9"><c r="A9" t="inlineStr"><is><t>KAVITHA A/P SUBRAMANIAM</t></is></c><c r="B9" t="inlineStr"><is><t>760219-01-5286</t></is></c><c r="C9"><v>127345819</v></c></row>
        Julat bernama "Waris_Jessica" → ='Borang Waris'!$B$3:$B$6: Jessica anak Ngau | 030614-13-0442 | ibu: Mary anak Jugah | 013-815 2276
        Cap masa 14/03/2025 08:41:22 | Nama: Ong Teck Seng | No. KP: 841127085391 | No. Tel: 019-286 4410 | Alamat: No 23, Jalan Pasir Puteh 5, Taman Pasir Puteh, 31650 Ipoh | Saiz baju: XL
        Format bersyarat: =$B2="Mohd Hairul bin Amat" → isian merah (KP 920830-12-5479; ponteng 6 hari, surat amaran kedua dihantar ke rumah di Kota Kinabalu)
        Nota sel (Pn. Zarina): Wan Nur Farhana binti Wan Ismail (990305-11-5624) – diabetes jenis 1, simpan insulin dalam peti sejuk bilik guru
        Sejarah versi 10 Mac: En. Rahim tukar F14 daripada "WXY 4821" kepada "JQT 7365" – kereta baharu Siti Khadijah binti Mohd Yusof (950723-10-6148), pas letak kereta Blok C
        Lajur tersembunyi E (Telegram): @farid_kl92 – Farid bin Osman, bendahari kelab, yuran RM50 belum jelas, tel 012-734 5819
        Komen: kad kredit CIMB En. Azlan bin Mokhtar 5204 7370 5561 4507 untuk bayar deposit dewan, padam komen ni lepas bayar
    """),
    "mixed": _lines("""
        =XLOOKUP("S9034521D",tblStaff[NRIC],tblStaff[Name]) → Siti Zulaikha binte Ahmad ｜ 批注：她的 CPF nomination 还没 update，月底前 call 她 9458 2760
        年度体检 pivot export | Row Labels: Goh Mei Ling 吴美玲 | BMI 31.2 | 血压 150/95 | Follow-up: 心脏科 referral
        Sheet "Tenants" row 6: 曾浩文 Tsang Ho Man | XA129563(A) | +852 5473 1620 | 租金 HK$14,500 overdue 45 days | remark: pls chase lah
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a spreadsheet assistant for an HR team."),
        (
            "user",
            "My VLOOKUP returns #N/A for one staff. Staff sheet: A=NRIC, B=Name, C=Mobile. Row 14 is S7645012I | Goh Siew Lan | 8119 6043, and on the leave sheet I use =VLOOKUP(A2,Staff!A:C,2,FALSE). Only her row fails.",
        ),
        (
            "assistant",
            "Most likely a trailing or non-breaking space in A2 or in Staff!A14. Check with =LEN(A2), which should be 9 for an NRIC, and wrap the lookup value: =VLOOKUP(TRIM(A2),Staff!A:C,2,FALSE).",
        ),
        (
            "user",
            "LEN gives 10, so that's it. She's on long medical leave for chemo and HR wants her leave days to add up before her review next week.",
        ),
    ],
    [
        (
            "user",
            "WPS 表格里身份证号显示成 4.40305E+17，改成文本以后后三位变成 000 了，怎么办？那一格原本是 王建华 320583199001015479",
        ),
        (
            "assistant",
            "超过 15 位的数字会被按数值存储，第 16 位以后已经变成 0，无法在表里恢复，只能从原始系统重新导出或粘贴。以后先把整列设为文本，或在输入前加英文单引号。",
        ),
        (
            "user",
            "好，我从 OA 重新导一遍。他是我们昆山厂的夜班组长，手机 150 1187 3204，顺便帮我写个公式把手机号中间四位打码",
        ),
        ("assistant", '可以用 =REPLACE(D2,4,4,"****")，D2 换成手机号所在单元格。'),
    ],
    [
        (
            "user",
            "Macam mana nak keluarkan tarikh lahir daripada no IC dalam Excel? Contoh IC saya 870916-05-5718, nama Norazlina binti Hassan.",
        ),
        (
            "assistant",
            'Jika IC dalam A2 sebagai teks: =DATE(IF(--LEFT(A2,2)>--TEXT(TODAY(),"yy"),1900,2000)+LEFT(A2,2),MID(A2,3,2),MID(A2,5,2)), kemudian format sel sebagai tarikh.',
        ),
        (
            "user",
            "Jadi! Terima kasih, nanti saya salin tarikh lahir tu ke borang pinjaman perumahan LPPSA saya.",
        ),
    ],
    [
        (
            "user",
            "樞紐分析表怎麼算業績獎金？明細：陳冠宇 E127063944 3 月業績 NT$1,280,000，獎金 4%；蔡佩珊 R243109876 NT$960,000，獎金 3.5%",
        ),
        (
            "assistant",
            "在明細表加一欄「獎金」= 業績 × 獎金比例，再把它拉進值區域；用計算欄位的話比例會被加總，結果會錯。",
        ),
        ("user", "了解。另外佩珊下個月開始請產假，她的獎金要不要先扣起來？"),
        ("assistant", "產假期間的獎金是否照發要看公司獎金辦法與勞動契約，建議先跟人資確認再改表。"),
    ],
    [
        (
            "user",
            "Apps Script loops over my 'Tenants' sheet to email rent reminders and crashes on row 3. Row 2: Farah Lim | farah.lim.sy@gmail.com | Unit 3A, 27 Jalan Telawi 2, Bangsar | RM1,850 | 2 months overdue. Row 3: Daniel Fernandez | (blank) | Unit 5B | RM2,100",
        ),
        (
            "assistant",
            "Row 3 has no email, and MailApp.sendEmail throws on an empty recipient. Add `if (!row[1]) continue;` at the top of the loop.",
        ),
        (
            "user",
            "Works now. Daniel said he'll pay cash on the 10th anyway; his number is 016-447 2093 if I need to chase him.",
        ),
    ],
    [
        ("user", "想用條件格式將缺席超過 5 日嘅學生標紅，公式點寫？"),
        ("assistant", "揀 A2:H40，新增規則 → 使用公式：=$E2>5，格式揀紅色填滿就得。"),
        (
            "user",
            "得咗。4B 班麥凱琳缺咗 9 日，佢阿媽話佢做緊抑鬱症治療，我應唔應該喺註解寫返原因？家長電話 5938 0217",
        ),
        (
            "assistant",
            "唔建議喺共用試算表寫病歷資料，可以只標「已獲批病假」，詳情放返學校保密檔案。",
        ),
    ],
    [
        (
            "user",
            "eh how to unhide column H ah, my boss hid it. that col got all the handphone numbers",
        ),
        (
            "assistant",
            "Select columns G to I, right-click and choose Unhide. If it's greyed out, go Review > Unprotect Sheet first.",
        ),
        (
            "user",
            "ok can liao. H5 is 9867 0314 but name col says Ravi s/o Krishnan, he resign last month already, new number 8302 4716. can help write formula flag ex-staff?",
        ),
        (
            "assistant",
            '=IF(COUNTIF(Resigned!A:A,B2),"Ex-staff","") – put the names of people who left in a sheet called Resigned.',
        ),
    ],
    [
        (
            "user",
            "xlsx 打不开，解压后 sharedStrings.xml 里有这段，是不是格式坏了：<si><t>林国栋</t></si><si><t>350203197611302692</t></si><si><t>177 1026 8843</t></si><si><t>厦门市思明区鹭江道 8 号 1702</t></si><si><t>林国栋 &amp 房贷逾期</t></si>",
        ),
        (
            "assistant",
            "&amp 少了分号，应写成 &amp;，XML 解析器遇到它就报错。改好后重新压缩成 zip 再改回 .xlsx 扩展名即可。",
        ),
        ("user", "改完能打开了。这份是催收名单，还要加一列逾期天数，他这笔是 96 天"),
    ],
    [
        (
            "user",
            "Saya bendahari khairat kematian surau. Jadual pangsi kira yuran tapi nama 'Zulkifli bin Hamzah' keluar dua kali sebab ada yang taip 'Zulkifli Bin Hamzah'. Macam mana nak gabung?",
        ),
        (
            "assistant",
            "Buat lajur pembantu =PROPER(TRIM(B2)) dan guna lajur itu sebagai medan baris dalam jadual pangsi, kemudian segar semula.",
        ),
        (
            "user",
            "Dah okay. Encik Zulkifli ni tunggak 3 tahun, RM180, tapi dia baru kena strok, AJK setuju kecualikan. Nombor anak dia 011-2398 7765 kalau nak maklumkan.",
        ),
    ],
    [
        ("system", "You are a data assistant for a private clinic's admin staff."),
        (
            "user",
            "Power Query merge between 'Appointments' and 'Patients' drops rows. Example missing: Patient ID P-004187, Margaret Tan Hui Min, NRIC S5809213D, DOB 02/09/1958.",
        ),
        (
            "assistant",
            "Check the key column types: if Patient ID is Text in one query and has trailing spaces or a different case in the other, the join misses. Add Text.Trim and Text.Upper steps on both keys before merging.",
        ),
        (
            "user",
            "That was it. She's booked for a colonoscopy follow-up on 18 Apr – can you add a custom column that flags anyone over 65 with a GI appointment?",
        ),
    ],
]
