# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade44: personal data hidden in spreadsheet formulas, cells, comments and named ranges (EN, 简体, 繁體, BM). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade44
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "formula help"): _lines("""
        =CONCAT(B2," ",A2) joins the first name in B2 and the surname in A2 with a space; use =TEXTJOIN(" ",TRUE,B2,A2) if either cell can be blank.
        Why does =CONCAT(A2:A5) give #NAME? on the office PCs? CONCAT only exists in Excel 2019 / M365, on 2016 use CONCATENATE or the & operator.
        Phone column lost its leading zero again lol. =TEXT(E2,"0000000000") puts it back for 10-digit numbers, or format the column as Text BEFORE you paste.
        =TEXT(46361,"dd-mmm-yyyy") returns 05-Dec-2026, the serial number is just days since 1900 (well, 1899-12-30 if you're being pedantic).
        =LEFT(A2,FIND(" ",A2)-1) pulls the first word and =MID(A2,FIND(" ",A2)+1,99) the rest; wrap both in IFERROR for single-word names.
        In Google Sheets =REGEXREPLACE(TO_TEXT(B2),"[0-9](?=[0-9]{4})","*") masks every digit except the last four.
        =IFERROR(VLOOKUP($A2,Staff!$A:$F,3,FALSE),"not found") -- lock the column with $ or the lookup range shifts when you fill right.
        ="Dear "&PROPER(B2)&","&CHAR(10)&"Your appointment is on "&TEXT(D2,"dddd, d mmmm")&" at "&TEXT(E2,"h:mm AM/PM")&"."
        If Ctrl+Shift+0 won't unhide columns it's a Windows language-bar shortcut clash; select the columns either side, right-click the header, Unhide.
        =HYPERLINK("mailto:"&C2&"?subject="&ENCODEURL("Payslip "&TEXT(TODAY(),"mmm yyyy")),"send") builds one mail link per row.
        TEXT format codes: "0" forces a digit, "#" shows a digit only if needed, "@" is the text placeholder, a backslash or quotes make a literal.
        =XLOOKUP(G2,Orders[OrderID],Orders[Status],"missing",0) is the modern replacement, no more counting columns for VLOOKUP.
        Use =TRIM(CLEAN(A2)) before you split names pasted from the HR portal, the non-breaking spaces (CHAR(160)) break FIND otherwise.
    """),
    ("en", "workbook docs"): _lines("""
        Name Manager: Tbl_Staff refers to =Staff!$A$1:$K$412, Rng_TaxRate =Settings!$B$3 (currently 0.17), Rng_FY =Settings!$B$1.
        Changelog v3.2 (2026-11-18): removed hidden column H (IC numbers) from the shared copy; PII now lives only in the HR master on SharePoint.
        Power Query step: = Table.RemoveColumns(Source,{"NRIC","Mobile","Home Address","Date of Birth"}) runs before the data is loaded to the Model.
        MASKID is a LAMBDA in Name Manager: =LAMBDA(id, LEFT(id,1)&REPT("*",LEN(id)-2)&RIGHT(id,1)). Call it as =MASKID(D2).
        Hiding a column is not a control. Anyone with the file can unhide it and Power Query still reads it, so delete before you share.
        Data validation list Dept_List = Lists!$A$2:$A$9 (Finance, HR, Ops, Sales, Legal, IT, Procurement, Admin).
        Sheet protection password is held by the Finance Systems team; raise a ticket under category XLS-ACCESS if you need a column unlocked.
        Cell comment on B3: "FX rate is refreshed by the month-end macro (MonthClose v2.4.1), do not overwrite by hand."
        README tab: columns A-F are inputs (blue), G-M are formulas (black), anything in grey is hidden helper logic, don't sort the table without selecting all of it.
        Run Inspect Document (File > Info > Check for Issues) before emailing: it lists hidden rows, hidden sheets, comments and the author metadata.
        Named range Hotlines = Lists!$D$2:$D$5: Samaritans of Singapore 1767, CPF Board 1800 227 1188, IRAS 1800 356 8300, police non-emergency 1800 255 0000.
        Template row for new hires: {Surname} | {Given names} | {ID type} | {ID no.} | {Mobile} | {Start date} -- fill from the onboarding form, never from WhatsApp screenshots.
    """),
    ("en", "finance cells"): _lines("""
        INV-2026-004417 | SGD 12,480.00 | due 2026-12-31 | status: Paid | ref FAST 20261202SGD0091
        ="PO-"&TEXT(ROW()-1,"00000") gives PO-00001, PO-00002 ... down to PO-00388 on the current sheet.
        Tracking SF1408827716542 (SF Express) shipped 2026-11-29 14:05, 3 cartons, 18.4 kg, consignee: Northpoint Trading Pte Ltd.
        SKU TSH-BLK-XL-0042 | unit cost 18.90 | qty 240 | ext. 4,536.00 | GST 9% 408.24
        Export checksum (SHA-256): d7a10ef38e74114f43953dc3991a8057198d9f10aca0f04facfa933db9bc3a92
        Q3 headcount by dept: Ops 148, Sales 62, Finance 19, HR 11 (total 240); voluntary attrition 4.6%, median tenure 3.1 yrs.
        GL 6120-00 Travel & Entertainment, cost centre CC-SG-014, budget owner: Regional Operations.
        USD/MYR 4.4725 as of 2026-11-28 17:00 (BNM reference rate), pulled by =WEBSERVICE() into Settings!B3.
        Sum check: =SUM(F2:F389)-Summary!C4 should be 0.00; today it's -0.03, a rounding diff from the ROUND(x,2) per line.
        Batch ID 7f3c9a21-04be-4d6e-9a55-1e2b0c7d8f10 | rows 1,204 | rejected 7 (bad date format) | loaded 2026-12-01T09:14:22+08:00
        Invoice template: =CONCAT("Bill to: ",Customer[Company]," | Terms: ",Customer[Terms]," days") -- company names only, no contact person.
        Build 4.18.2-rc1 of the pricing workbook fixes the #SPILL! on the discount tab.
        Amount in words: BAHTTEXT() only does Thai, so for SGD we use the SpellNumber UDF (module mdlWords v1.0.3).
    """),
    ("en", "named entities"): _lines("""
        =VLOOKUP("Tan Tock Seng Hospital",Hospitals,3,0) returns 11 Jalan Tan Tock Seng, Singapore 308433.
        Column A lists US presidents (A2 George Washington, A3 John Adams, A4 Thomas Jefferson) and =B2-C2 gives the years in office.
        Book club tracker: Elizabeth Bennet / Pride and Prejudice; Jay Gatsby / The Great Gatsby; Sherlock Holmes / 221B Baker Street.
        Venue: Lee Kong Chian Reference Library, National Library Building, 100 Victoria Street, Singapore 188064.
        Fun fact for the training deck: Ada Lovelace (1815-1852) wrote what's considered the first published algorithm, for Babbage's Analytical Engine.
        Dan Bricklin and Bob Frankston released VisiCalc in 1979, the first spreadsheet for personal computers.
        Sponsor list: Lee Foundation, Shaw Foundation, Tan Chin Tuan Foundation -- amounts in column D are pledges, not receipts.
        Speaker slot 3: Prime Minister Lawrence Wong, opening address, 10:00-10:20, Sands Expo Hall B.
        Row 12: Raffles Hotel, 1 Beach Road, Singapore 189673 -- booked for the annual dinner.
        =COUNTIF(Winners!B:B,"Marie Curie") returns 2, she's the only person with Nobel prizes in two different sciences.
        Harry Potter house sorting sheet for the kids' party: Gryffindor 8, Hufflepuff 6, Ravenclaw 5, Slytherin 4.
        Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon -- listed in the Sites tab as the HK drop-off point for lab samples.
    """),
    ("zh-Hans", "表格公式教程"): _lines("""
        =CONCAT(A2,B2) 把"姓"和"名"两列合并成全名，中间想加空格就写 =A2&" "&B2。
        身份证号码列要先设成"文本"格式再粘贴，不然超过15位Excel会变成科学计数法，后三位全变成0，救不回来。
        =TEXT(MID(C2,7,8),"0000-00-00") 从身份证号里取出生日期，=IF(MOD(MID(C2,17,1),2),"男","女") 判断性别。
        手机号脱敏：=REPLACE(E2,4,4,"****")，结果是 138****0000 这种格式。
        WPS表格里隐藏列以后，筛选再复制还是会把隐藏列一起带出去，发给外部之前请删列，不是隐藏。
        名称管理器里把"税率"定义成 =参数表!$B$2，公式写 =C2*税率 比 =C2*参数表!$B$2 好读多了。
        =DATEDIF(D2,TODAY(),"Y")&"年"&DATEDIF(D2,TODAY(),"YM")&"个月" 算工龄，D列是入职日期。
        订单号公式 ="DD"&TEXT(TODAY(),"yyyymmdd")&TEXT(ROW()-1,"0000")，今天生成的是 DD202612050001 到 DD202612050316。
        =TEXTJOIN("、",TRUE,IF(D2:D40="已报名",A2:A40,"")) 老版本要按 Ctrl+Shift+Enter 三键结束。
        批注：本列金额单位为万元，含税，数据来源为2026年第三季度财务快报，更新人：财务共享中心。
        课文作者统计表：鲁迅《故乡》、朱自清《背影》、老舍《骆驼祥子》，用 COUNTIF 统计每位作者入选篇数。
        北京协和医院（东单院区）地址：北京市东城区帅府园1号，这一行是供应商送货地址，不是员工信息。
        客服热线一栏：工商银行 95588、中国移动 10086、国家医保服务平台 12393，不要把个人手机号填进这一栏。
    """),
    ("zh-Hant", "試算表儲存格"): _lines("""
        =CONCAT(B2," ",C2) 合併英文姓同名，身份證號碼欄記得設成「文字」，唔係括號會被Excel食咗。
        =IF(ISNUMBER(SEARCH("(",D2)),D2,LEFT(D2,LEN(D2)-1)&"("&RIGHT(D2,1)&")") 幫冇括號嘅身份證號碼補返括號。
        瑪麗醫院地址：香港薄扶林道102號，供應商送貨表第5行，聯絡請打醫院總機。
        有咩問題可以打1823政府熱線，唔好喺表入面寫私人電話。
        報價單編號 QT-HK-2026-0912，總額 HK$38,600，有效期30日，付款條件：月結60天。
        隱藏欄唔等於刪除，傳俾外判商之前用「檢查文件」清走所有隱藏欄同註解。
        身分證字號欄請設為文字格式，檢查碼可以用 =MOD(SUMPRODUCT(...),10) 驗證，公式放在隱藏的輔助欄。
        國父紀念館地址：台北市信義區仁愛路四段505號，場地租借表第3列。
        金庸小說人物表：郭靖、黃蓉、楊過、小龍女，B欄是出場回數，用 =RANK(B2,B$2:B$40) 排名。
        具名範圍「匯率_港幣」= 設定!$C$2（目前 7.7812），所有報價公式都引用呢個名。
        邵逸夫堂場地預約：2026年12月12日 19:30，300座位，收費用 =C5*D5 計。
        =TEXT(A2,"yyyy/mm/dd") 之後再 =A2&"" 會變成序號 46361，記得先 TEXT 再串接。
    """),
    ("ms", "helaian kira"): _lines("""
        Guna =A2&" bin "&B2 atau =A2&" binti "&B2 untuk nama penuh; kalau lajur B kosong, bungkus dengan IF(B2="",A2,...).
        Lajur No. KP mesti diformat sebagai Teks dulu, kalau tak Excel buang sengkang dan sifar di depan.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur -- alamat penghantaran bekalan, baris 4 tab Lokasi.
        Jumlah jualan suku ketiga RM 1,284,560.40, naik 7.2% berbanding suku kedua; formula =SUMIFS(Jualan[Amaun],Jualan[Suku],"Q3").
        Invois INV/2026/11/0387 | RM 8,940.00 | SST 8% RM 715.20 | tarikh akhir 31/12/2026
        Julat bernama KadarSST = Tetapan!$C$4 (0.08), semua formula cukai rujuk nama ni, jangan taip 8% terus.
        Senarai sekolah: SMK Tunku Abdul Rahman, SK Jalan Tun Razak, Kolej Tuanku Ja'afar -- lajur C ialah bilangan murid.
        Komen sel D2: "Kadar ni ikut pekeliling LHDN 2026, semak semula bulan Januari."
        Lajur tersembunyi H hanya untuk formula bantuan =MATCH(), tiada data pekerja di situ.
        Templat label kurier: {Nama Penerima} / {No. Telefon} / {Alamat} / {Poskod} -- isi dari sistem pesanan, bukan dari WhatsApp.
        Talian Kasih 15999 dan Talian HEAL 15555 disenaraikan dalam tab Bantuan untuk kakitangan.
        Kod tracking Pos Laju EP123456789MY hanya contoh format, nombor sebenar ditarik dari API.
        Nombor pesanan Shopee 2611280KQ7H3VB, status Dihantar, RM 59.90 termasuk kos penghantaran.
    """),
    ("zh-Hans", "数据治理说明"): _lines("""
        对外发送的报表必须删除含个人信息的列（姓名、手机号、身份证号、住址），只隐藏不算脱敏。
        共享前请打开"文档检查器"，检查隐藏行列、隐藏工作表、批注以及文档属性里的作者信息。
        导出前运行宏 CleanPII_v1.3：含 @ 的单元格和18位数字列会被替换成"已脱敏"，运行日志写在 Log 工作表。
        名称管理器里不要用人名命名区域，比如"张三_工资"这种，统一改成 Sal_001、Sal_002 这样的编号。
        公式里禁止直接写死身份证号或手机号，一律引用单元格，方便统一删除。
        批注里不得记录员工病情、家庭情况、违纪处分等敏感信息，相关内容请走人事系统。
        按《个人信息保护法》第51条，含敏感个人信息的工作簿需加密存储并限定访问人员。
        2026年第四季度抽查结果：共抽查 312 个共享表格，其中 27 个存在隐藏列未删除，整改完成率 92.6%。
        外发模板字段：{客户编号}、{订单号}、{商品名称}、{金额}，不含收件人信息。
        数据出境评估前，请把含个人信息的工作表单独拆出，境外团队只接收脱敏汇总表。
        CHAR(10) 换行的批注在导出 CSV 时会打乱行，建议先用 =SUBSTITUTE(A2,CHAR(10)," ") 处理。
        版本号 DataPolicy-2026.3，生效日期 2026-10-01，归口部门：信息安全部。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        A2: Lim | B2: Wei Jie | C2: =CONCAT(B2," ",A2) -> Wei Jie Lim | D2 (hidden): S8734216F | E2: 9127 4408
        =HYPERLINK("https://wa.me/6588261937","WhatsApp Rachel Goh") -- tenant, Blk 218 Bedok North St 1 #12-341, rent due 5th
        Comment on F14 (HR): Kavitha Raman on no-pay leave Nov-Jan, doing dialysis 3x a week at the NKF centre in Jurong, pls don't roster her on nights
        Named ranges in payroll.xlsx: Sal_DanielChua -> Payroll!$H$14 (5,820.00), Bonus_DanielChua -> Payroll!$I$14 (2.0 months)
        Row 7: B7 Noor Aini binte Rahmat | F7 1240 | G7 4377 1230 0654 0915 | H7 ="Dear "&B7&", your refund of "&TEXT(F7,"$#,##0.00")&" is on its way"
        masked export still shows: J*** Tan Wen Hao | S****216F | Blk 45 Toa Payoh Lor 5 #08-112 | DOB 14/03/1987 | diabetic, insulin
        hidden col K "Remarks (HR only)": Marcus Teo Jun Kai - drink driving conviction 2024, licence suspended 12 mths, not to drive van SJK4821U
        Emergency contacts tab: Aaron Png | mother Png Soo Lin 9683 2210 | blood type O+ | allergic to penicillin
        =VLOOKUP("T0261945D",Members!A:F,4,FALSE) returns Chloe Ng Hui Min, 19, Blk 602 Jurong West St 65 #05-218
        To: =TEXTJOIN(";",TRUE,Parents!C2:C4) -> amy.lau.tszyin@gmail.com;kenneth.yip77@yahoo.com.hk;shirley_cheuk@outlook.com (P4B parents of Lau Tsz Yin, Yip Ho Lam, Cheuk Man Ki)
        Dropdown source Patients!A2:A4 = "Mr Ong Boon Hock (diabetic foot, 7B bed 12)", "Mdm Seah Geok Lan (post-stroke)", "Mr Ravi s/o Pillai (CKD 4)"
        note on L22: Kwok Siew Ling's divorce hearing moved to 12 Jan, she asked us to keep her home address (3 Jalan Bukit Kiara 5) off the vendor sheet
        Travel roster row 31: ONG | JIA HUI | passport K3398120M | exp 2031-05-18 | DOB 1994-02-11 | seat 34K
        payroll upload built with =CONCAT(A2,",",B2,",",TEXT(C2,"0"),",",D2) -> Ho Kah Meng,DBS,0721234567,3450.00
        C12 comment: Jason Tay Wei Ming (Ops, badge 20417) -- wife is pregnant, due Feb, paternity leave from 3 Feb, Arun covers
        Worker list, FIN in hidden col E: Rahim Uddin G5583210U, work permit exp 2027-03-31, dorm: 8 Kranji Way room 3-14
        =IF(RIGHT(D5,1)="F","check","ok") flagged F2419876Q -- that's Nguyen Thi Lan, our nanny, her pass is expiring 20 Dec
        the named range Boss_Home turned out to be Sheet3!B2 = "David Koh, 27 Jalan Kembangan, S419134, home 6449 2718" lol who did this
    """),
    "zh-Hans": _lines("""
        A列"姓"=欧阳，B列"名"=晓岚，C列 =CONCAT(A2,B2)，D列（已隐藏）身份证 440304198806123510，E列 13827715906
        =TEXT(MID("320102198307074434",7,8),"0000-00-00") 算出来1983-07-07，这是财务部周海涛的身份证，别再把真号写进公式了
        批注（王会计）：孙丽娟本月工资14,800元，扣病假3天（甲状腺手术），个税326.50
        名称管理器：客户_刘建国_卡号 =客户!$F$8，F8 的值是 6228480012345671，开户行农行南京新街口支行
        脱敏后：张*明 | 138****6621 | 上海市浦东新区张杨路1588弄12号602室 | 备注：孕晚期，别打电话，放门口
        =VLOOKUP("11010819750921003X",花名册!A:H,5,0) 返回"海淀区学院路30号院8号楼3单元502"，就是车间主任马卫东家
        隐藏工作表"黑名单"：邓志强，欠租3个月，微信 dzq_19880612，车牌 粤B7K29Q
        D列取消隐藏一看全是体检结果：何晓燕 乙肝表面抗原阳性；李军 血压165/100；这表还发给了供应商
        =CONCATENATE("收件人：",B5," ",C5," ",D5) 显示 收件人：覃美玲 15977031248 南宁市青秀区民族大道136号华润大厦B座1208
        表格备注：胡海波 离婚纠纷 (2025)鄂0106民初8812号，工资卡已被法院冻结，发薪走现金
        数据透视表源数据第88行：周婷婷，女，1999-01-15，成都，身份证51010719990115288X，试用期工资6500
        A15"司马"，B15"云飞"，C15批注：抑郁症复诊，每周二下午请假，别在群里说
        微信群导出表：昵称"小鱼儿🐟"=余佳怡，手机18912340876，地址杭州市西湖区文三路259号昌地火炬大厦1号楼
        =IF(LEN(F3)=18,"OK","错") 那列F3是 420106196802195567，对应退休人员 汪桂芬，住武昌区中南二路6号
    """),
    "zh-Hant": _lines("""
        =CONCAT(B3," ",C3) 出嚟係 LEUNG Ka Wai，旁邊隱藏欄 K482913(1)，電話 6123 4578，住沙田禾輋邨豐和樓1203室
        隱藏欄H：Y305127(5) 陳美儀，保單 HKL-77120394，病歷備註：乳癌第二期，化療中
        註解：何家豪 屋企地址 將軍澳唐德街9號將軍澳中心3座25樓B室，佢話唔好寄去公司
        =LEFT("A223456781",1) 判斷出生地用的，這是林佩君的身分證字號，手機 0912-345-678
        具名範圍「員工_王志明_薪資」= 薪資!$E$22，值是 NT$58,000，勞保投保等級第15級
        家長聯絡表C8：黃詠詩媽媽 WhatsApp 9432 1187，小朋友黃卓謙對花生過敏，要帶EpiPen
        訂房表隱藏欄：鄭家樂 信用卡 6222024800119876，有效期 08/29
        R770214(A) 李志明，區域法院 DCCC 1187/2025 被告，保釋期間每週報到，人事部備註
    """),
    "ms": _lines("""
        =CONCAT(A4," bin ",B4) -> Mohd Faizal bin Ahmad, No. KP 870412-14-5523, tel 013-728 4419
        Lajur tersembunyi G: 910723-10-6284, Nur Syafiqah binti Zainal, akaun Maybank 1142 8830 9917
        Komen sel: Encik Rajesh a/l Muniandy cuti sakit 2 minggu - strok ringan, isteri minta jangan call
        Julat bernama Gaji_Aminah = Gaji!$F$9 -> RM 4,250.00, potongan PTPTN RM 180
        =CONCAT(D9,", ",E9,", ",F9) -> No. 14, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya (rumah Puan Lee Siew Mei, 016-227 8830)
        Penghantaran COD: penerima Ahmad Kamal bin Yusof, kad 5403 1677 8920 0341, alamat Lot 882 Kg Melayu Subang
        Kereta WXY 8812 milik Encik Azlan Hashim, saman JPJ belum bayar, no. KP 030215-07-0149
        Nota HR: Kes Mahkamah Majistret Shah Alam, Faridah binti Ismail dituduh pecah amanah, digantung kerja
        Nama: Siti Hajar binte Osman | NRIC S7612083H | Blk 311 Tampines St 32 #04-55 | HP 8733 2916
        Lajur C (sembunyi) ada nama suami: Zulkifli bin Harun, pesakit HIV+ dalam rawatan, pelanggan nombor 00412
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "how do I merge surname and given name cols into one with a space"),
        ("assistant", 'Use =B2&" "&A2 or =CONCAT(B2," ",A2) and fill down.'),
        (
            "user",
            "ok but it shows wrong for this row: A2 'Tan', B2 'Mei Ling ', C2 T0518372Z. Result is 'Mei Ling  Tan'",
        ),
        ("assistant", 'There\'s a trailing space in B2. Wrap it: =TRIM(B2)&" "&TRIM(A2).'),
    ],
    [
        (
            "system",
            "You are a spreadsheet assistant. Active selection: Sheet 'Claims' A41:F41 = [Lo Wing Sze | P118364(1) | 5187 2290 | Flat 7C, 22 Tai Hang Road | Fracture L wrist | HK$12,400]",
        ),
        ("user", "why is F41 not adding into the total?"),
        (
            "assistant",
            'F41 is stored as text because of the HK$ prefix. Use =VALUE(SUBSTITUTE(F41,"HK$","")).',
        ),
    ],
    [
        ("user", "帮我写个公式从身份证提取出生年月日"),
        ("assistant", '=TEXT(MID(A2,7,8),"0000-00-00")，A2是身份证号所在单元格。'),
        ("user", "不对啊，我这个显示 1987-05-03，但我妈明明是3月5号生的"),
        ("user", "号码是 370202198705032242"),
        ("assistant", "身份证上的出生日期就是1987-05-03，公式没算错，可能是登记时写错了。"),
        ("user", "我妈叫刘秀英，那去青岛市南区派出所改？"),
    ],
    [
        ("user", "具名範圍點樣設定先可以喺另一個sheet用？"),
        ("assistant", "喺名稱管理員度將範圍設為「活頁簿」，唔好揀單一工作表。"),
        (
            "user",
            "我設咗 Salary_CheungKW = HR!$D$17，即係張嘉偉嘅月薪 HK$42,500，點解 Report sheet 顯示 #NAME?",
        ),
        ("assistant", "可能係範圍揀咗工作表層級，改做活頁簿就得。"),
    ],
    [
        ("user", "macam mana nak gabung alamat jadi satu baris untuk label Pos Laju?"),
        ("assistant", '=TEXTJOIN(", ",TRUE,D2:G2) — ia akan abaikan sel kosong.'),
        (
            "user",
            "jadi, tapi poskod hilang sifar depan. contoh baris 2: Wan Nurul Aina, 011-2345 8871, No 5 Jalan Mawar 3, Taman Mawar, 08000 Sungai Petani",
        ),
        ("assistant", 'Format poskod dengan TEXT(G2,"00000") dalam TEXTJOIN.'),
    ],
    [
        ("user", "Can you tidy up the comments in col M before I send this to the auditors?"),
        ("assistant", "Sure, paste the comments and I'll rewrite them in neutral language."),
        (
            "user",
            "M3: 'Benjamin Yeo - on MC again, suspect depression, wife called asking about his gambling debts'. M9: 'fine'",
        ),
        (
            "assistant",
            "I'd remove M3 entirely rather than rephrase it; health and family details don't belong in an audit file.",
        ),
    ],
    [
        ("user", "what's the Excel formula to validate a card number with Luhn?"),
        (
            "assistant",
            "There's no built-in; a common one is a SUMPRODUCT over MID(A2,ROW($1:$16),1) with alternating weights, then MOD(...,10)=0.",
        ),
        ("user", "test it on mine pls 4556701200387713"),
        ("user", "exp 11/28, name on card GRACE LOW SHU TING"),
    ],
    [
        ("user", "the number column keeps showing 9.6E+07"),
        ("assistant", "Widen the column or format it as Number with 0 decimals."),
        ("user", "done, 96120345 now. that's Mdm Faridah Ismail's HP btw, the cleaner at Block C"),
        (
            "user",
            "she lives at Blk 126 Bukit Merah View #09-402, can u put her addr in the same TEXT format",
        ),
    ],
    [
        ("user", "表里有一列被隐藏了，取消隐藏是灰色的"),
        ("assistant", "可能工作表被保护了，审阅→撤销工作表保护，需要密码。"),
        ("user", "撤销了，里面是客户的护照号"),
        ("user", "第一个是 E45128803，持有人 韩雪"),
        ("user", "后面还有她的手机 15013562207 和酒店房号，这要删掉吗"),
    ],
    [
        ("user", "need a formula that builds 'Name (Dept) - Ext' for the phone list"),
        ("assistant", '=B2&" ("&C2&") - "&TEXT(D2,"0000")'),
        (
            "user",
            "works. one issue: row 9 is Sarah Vance (Finance), ext 4417, but she's also got her personal mobile in col E",
        ),
        (
            "user",
            "E9 = +65 9017 3354 and her address in F9, 18 Siglap Plain, she's on maternity leave so we forward calls",
        ),
    ],
]
