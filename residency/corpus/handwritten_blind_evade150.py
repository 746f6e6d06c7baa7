# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade150: personal data in payroll and HR-system artefacts (EA forms and IR8A XML, CPF/EPF contribution files, payslip text, bank GIRO files, leave-balance CSVs, HRIS audit logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade150
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ir8a_xml_and_iras_notes"): _lines("""
        <IR8AHeader><ESubmissionSDSC><FileHeaderST><RecordType>0</RecordType><Source>6</Source><BasisYear>2026</BasisYear><PaymentType>08</PaymentType></FileHeaderST>
        <OrganizationIDType>8</OrganizationIDType><OrganizationIDNo>201934567M</OrganizationIDNo><AuthorisedPersonName/><AuthorisedPersonDesignation>HR Director</AuthorisedPersonDesignation>
        IRAS reminder: employers with 5 or more employees must submit IR8A, Appendix 8A/8B and IR8S via AIS by 1 Mar 2027 for Year of Assessment 2027; late filing may attract a composition fine.
        Field IDType accepts 1 = NRIC, 2 = FIN, 3 = Immigration File Ref No., 4 = Work Permit No., 5 = Malaysian IC (non-resident director), 6 = Passport No.; leave IDNo empty in the shared template.
        AIS validation error E0213: Gross salary (item d1) must equal the sum of d1a to d1c. Check the GrossSalary element rounding, amounts are whole dollars with no cents.
        <BonusDecDate/> must be omitted entirely when no bonus was declared in the basis year; an element with value 0 is rejected by the AIS validator (spec v1.4, section 3.2).
        For AIS file rejections call the IRAS hotline 1800 356 8300 (Mon-Fri 8am-5pm) and quote the submission reference, e.g. AIS-2027-0000918273, together with the organisation UEN.
        Appendix 8A benefits-in-kind: place of residence provided by the employer is valued at the annual value of the premises; furniture and fittings at 50% of AV for fully furnished units.
        Tax clearance (IR21) must be filed at least one month before a foreign employee ceases employment; the AIS pre-fill pulls the cessation date from the payroll file in DD/MM/YYYY format.
        <IR8ARecord><RecordType>1</RecordType><IDType></IDType><IDNo></IDNo><NameLine1></NameLine1><NameLine2></NameLine2><Nationality>301</Nationality><Sex></Sex></IR8ARecord>
        Payroll vendors on the AIS API list (Talenox, Payboy, Swingvy and others) re-certify their XML generator each year; our build 2026.11.2 passed the IRAS sandbox test on 14 Oct 2026.
        CPF ordinary wage ceiling rises to $8,000 per month from 1 Jan 2026; the additional wage ceiling stays at $102,000 less total ordinary wages subject to CPF for the year.
        SHA-256 of the validated file IR8A_201934567M_2026_v3.xml: 4b1e9c0a7f3d2e8b61c5a9f04d7e2b3c8a6f1d0e9b7c5a3f2e1d0c9b8a7f6e5d, keep it with the AIS acknowledgement page.
    """),
    ("en", "hris_audit_log"): _lines("""
        2026-11-30T23:58:41+08:00 INFO [payroll-engine] run_id=PR-SG-2026-11 stage=CPF_CALC processed=412 skipped=0 duration_ms=18422 actor=svc_payroll_batch
        2026-11-30T23:59:07+08:00 WARN [giro-export] file=DBS_IDEAL_20261201_001.txt records=409 rejected=3 reason=ACCT_FORMAT actor=svc_giro_export ticket=HR-OPS-5531
        2026-12-01T09:12:03+08:00 AUDIT role_change role=PAYROLL_APPROVER scope=MY-KL-HQ changed_by=sso:okta-admin-group approvals_required=2 policy=SOD-07
        2026-12-01T09:15:44+08:00 ERROR [epf-export] i-Akaun Majikan upload failed HTTP 503 endpoint=https://i-akaun.kwsp.gov.my/ retry_in=300s attempt=2/5 batch=EPF-MY-2026-11
        2026-12-01T10:02:19Z INFO config_reload module=leave-policy version=2026.12.0 changed_keys=[annual_leave.carry_forward_max, childcare_leave.sg_citizen_days] by=gitops-bot commit=9f3c2ab
        2026-12-01T10:30:00+08:00 AUDIT export_download report=HEADCOUNT_BY_DEPT format=xlsx rows=27 pii_columns=none requested_via=api_key:reporting-ro-03
        2026-12-02T02:00:00+08:00 INFO [cron] purge_job=payslip_pdf_retention policy_days=2555 deleted_files=1184 storage=s3://acme-hr-archive-sg/payslips/2019/
        2026-12-02T08:47:33+08:00 WARN [mpf-remittance] scheme=MASTER-TRUST-A period=2026-11 total_er=HK$184,650.00 total_ee=HK$181,200.00 variance=0.00 members=402
        2026-12-02T11:05:12+08:00 INFO [sso] login_success tenant=hris-prod idp=azuread client=mobile-ess/4.8.1 session_ttl=3600 mfa=totp count_last_hour=212
        2026-12-03T14:20:55+08:00 AUDIT bulk_update entity=LeaveBalance field=annual_leave_cf rule=cap_at_10_days affected=318 job=LB-YE-2026 approved_by=HR_POLICY_COMMITTEE
        2026-12-03T16:41:09+08:00 ERROR [tw-labor-ins] insured-salary grade table mismatch expected=2026-01 found=2025-01 module=payroll-tw action=block_run
        2026-12-04T01:13:27+08:00 INFO [backup] pg_dump hris_prod OK size=18.4GiB sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 target=oss://hr-backup-cn-shanghai/
        2026-12-04T09:00:00+08:00 AUDIT permission_denied resource=/api/v2/payslips?period=2026-11 principal=svc_analytics_ro reason=scope_missing:payslip.read
    """),
    ("en", "payroll_vendor_invoices"): _lines("""
        INVOICE INV-2026-11-0457 | Tan & Lim Payroll Services Pte Ltd (UEN 201508812R) | Payroll processing Nov 2026, 412 employees x S$6.50 = S$2,678.00, GST 9% S$241.02, total S$2,919.02
        Tax Invoice TI/26/03318 from Swingvy Sdn Bhd: HR Suite Standard, 85 seats, Dec 2026 to Nov 2027, RM 19,380.00 + SST 8% RM 1,550.40, pay via JomPAY biller code 88215 ref 0008819
        Quotation Q-HK-2026-0912: MPF remittance outsourcing by Golden Harbour HR Consulting Ltd (BR No. 71234567), HK$38 per employee per month, minimum HK$2,500, valid until 31 Jan 2027.
        Auntie Lucy's Catering invoice #AL-88213: year-end HR appreciation lunch, 60 pax bento @ S$14.50, delivery to 1 Raffles Place Level 22 reception, total S$870.00 incl. GST
        Receipt OR-000781, Payboy Pte Ltd: EA/IR8A auto-submission add-on, annual plan S$480.00, paid by PayNow to UEN 201934567M on 12 Nov 2026, thank you for your business.
        Debit note DN-2026-044 from Kingsway Payroll Bureau Sdn Bhd: re-run of November payslips due to wrong SOCSO table, 3.5 hours @ RM 180/h = RM 630.00, terms 30 days.
        Product listing: Payslip Envelope C5 tamper-evident, window left, 500 pcs/box, SKU PE-C5-500W, S$58.90 per box, 10+ boxes S$52.00, ships from our Ubi Avenue 1 warehouse.
        Taiwan e-invoice AB-12345678 from 104 Corporation: HR cloud module annual fee NT$72,000 + 5% business tax NT$3,600 = NT$75,600, buyer UBN 23456789, carrier code on file.
        Invoice SH-221B/2026: Baker Street Background Checks Ltd, 40 pre-employment screening packages @ HK$420 = HK$16,800; reports at https://portal.bakerstreet-checks.hk
        Statement of account, Kedai Alat Tulis Seng Huat Sdn Bhd (201001012345): 3-ply continuous payslip forms, 12 boxes, RM 1,116.00 outstanding, remit to company account Maybank 5140 1234 5678.
        Invoice INV-CN-20261128-07, Shanghai FESCO agency fee: social insurance and housing fund administration for 35 staff at RMB 80 per head per month, total RMB 2,800.00, VAT 6% included.
        PO-77120 approved: 2 x Zebra ZD421 label printers for the payroll mailroom, S$689.00 each, vendor Cheng Kee Office Supplies, delivery to 10 Anson Road #15-01, Singapore 079903.
        Order #SHP-58812093, tracking SPXMY0264519928: Kalkulator Gaji Pro 12-digit desk calculator, RM 45.90, sold by Kedai Buku Wan Saman, Jalan Sultanah Zainab, Kota Bharu.
    """),
    ("zh-Hans", "个税社保问答"): _lines("""
        问：年终奖可以单独计税吗？答：根据财政部、税务总局公告，全年一次性奖金单独计税政策延续至2027年12月31日，扣缴时可选择单独计税或并入综合所得。
        问：个人所得税APP里的专项附加扣除什么时候确认？答：每年12月需确认下一年度扣除信息，未确认的将从次年1月起暂停扣除，可拨打纳税服务热线12366咨询。
        上海市2026年度社保缴费基数下限为7,460元，上限为37,302元，单位养老保险比例16%，个人8%；具体数额以上海市人力资源和社会保障局公布为准。
        住房公积金缴存比例为5%至12%，单位与职工按同一比例缴存；如有疑问请拨打住房公积金服务热线12329，或登录当地公积金管理中心网上服务大厅办理。
        问：工资表里的“应发工资”和“实发工资”有什么区别？答：应发工资为税前合计，扣除社保个人部分、公积金个人部分和个人所得税后即为实发工资。
        代发工资文件格式说明：第一列账号、第二列户名、第三列金额（保留两位小数），文件编码UTF-8，单个文件不超过5000笔，示例模板见附件“代发模板.xlsx”。
        问：离职员工的工资记录需要保存多久？答：根据《工资支付暂行规定》，用人单位应当保存工资支付记录至少两年备查，我们建议电子工资单归档五年。
        北京市社会保险经办机构提醒：2026年12月社保费申报截止日为12月25日，逾期缴纳将按日加收万分之五的滞纳金，请各参保单位提前安排。
        问：实习生的劳务报酬怎么扣税？答：按累计预扣法预扣预缴个人所得税，每月减除费用5000元，年度汇算时多退少补，详见国家税务总局官网问答专栏。
        深圳市社会保险基金管理局地址：深圳市福田区福中三路市民中心C区，咨询电话12333，办理单位参保登记需携带营业执照及统一社会信用代码证明材料。
        工资条模板字段：员工编号、部门、基本工资、岗位津贴、绩效奖金、加班费、养老保险（个人）、医疗保险（个人）、失业保险（个人）、住房公积金（个人）、个税、实发。
        问：跨年度发放的12月工资属于哪个所属期？答：个税按实际发放月份申报，例如2027年1月发放的2026年12月工资，计入2027年1月所属期进行扣缴申报。
        经办提醒：统一社会信用代码91310115MA1K4XXXXX仅为示例格式，请在电子税务局中填写本单位真实代码，切勿直接复制模板中的示例内容提交。
    """),
    ("zh-Hant", "強積金與薪俸稅通告"): _lines("""
        稅務局提醒：僱主須於2027年4月1日發出的僱主報税表（BIR56A）發出日起計一個月內，連同所有僱員的IR56B一併遞交；查詢熱線187 8088。
        強積金計劃管理局：有關入息水平最高為每月HK$30,000，最低為HK$7,100；強制性供款為有關入息的5%，僱主及僱員各自供款，查詢熱線2918 0102。
        通告：由2025年5月1日起取消強積金「對沖」安排，僱主不能再以強積金僱主強制性供款累算權益抵銷轉制後服務年資的遣散費或長期服務金。
        IR56B電子檔案格式：XML版本須符合稅務局最新規格，每個檔案最多處理10萬名僱員紀錄，使用「僱主報税表」網上服務上載前請先以驗證程式檢查。
        澳門社會保障基金通告：僱主須於每季結束後的下一個月內為僱員繳交社會保障制度供款，每名僱員每月供款澳門元90元，其中僱主60元、僱員30元。
        澳門財政局職業稅：僱主須於每年1月及2月內申報上年度僱員之工作收益（M3/M4格式），網上申報請登入財政局網站「電子服務」專區辦理。
        薪俸稅2026/27年度基本免稅額為HK$132,000，已婚人士免稅額為HK$264,000，標準稅率15%，應評稅入息超過500萬元的部分按16%計算。
        人事部公告：12月糧期於2026年12月31日（星期四）以自動轉賬存入各同事的薪金戶口，如遇銀行系統延誤，請以網上糧單（ESS）顯示為準。
        常見問題：糧單上的「MPF EE」及「MPF ER」分別代表僱員及僱主強制性供款；「VC」代表自願性供款，比例由僱員透過eMPF平台自行選擇。
        勞工處提醒：僱主須於工資期屆滿後7天內支付工資，否則可被檢控，一經定罪，最高可被罰款35萬元及監禁3年，有關詳情可致電2717 1771查詢。
        法定假日：2026年起香港勞工假期增至15日，並將逐步於2030年增至17日；僱主須於最少14日前通知僱員放取法定假日的替代日期。
        積金易平台（eMPF）已全面上線，僱主可透過平台一站式處理僱員登記、供款及終止僱傭通知，遇到技術問題可致電積金易熱線183 2622。
        系統設定：payroll.hk.mpf_min_income=7100，payroll.hk.mpf_max_income=30000，payroll.hk.mpf_rate=0.05，修改後須經財務總監覆核方可生效。
    """),
    ("zh-Hant", "人資同事群組對話"): _lines("""
        各位同仁提醒一下，本月勞保、健保投保薪資調整已經上傳勞保局e化服務系統，週五前請各部門主管確認新進人員的加保日期，謝謝大家。
        剛剛問過勞保局客服（02-2396-1266），他們說115年度投保薪資分級表一月一日生效，我們系統裡的級距表記得要換新版，不然會算錯。
        薪資檔已經轉給銀行了，台灣銀行薪轉批號 TB20261205-03，總筆數 286 筆，明天早上九點入帳，各分公司如果有問題再到群組裡說。
        提醒：明年基本工資調整為每月29,500元、時薪196元，排班表跟加班費公式都要更新，請IT同仁週三前把 v3.12 版本上線。
        二代健保補充保費費率2.11%，單次獎金超過當月投保金額四倍的部分要扣，年終獎金發放前請先跑一次試算報表給主管看，確認無誤再送出。
        今天下午三點在8樓大會議室開年終結算會議，議程：特休未休折現、勞退提繳差額、各類所得扣繳憑單列印時程，請各組帶筆電準時出席。
        各類所得扣繳憑單的申報期限是1月31日，國稅局說電子申報系統1月2日開放，大家不要拖到最後一天才上傳，去年最後一天系統整個塞爆了。
        有人知道勞退新制的個人自提6%要怎麼在系統設定嗎？我記得是員工主檔→勞退頁籤→自提比例，可是新版畫面一直找不到存檔按鈕，求救。
        福委會公告：尾牙訂在1月16日晚上，地點是台北國際會議中心，摸彩券號碼會印在一月份薪資單上，不用另外到福委會辦公室領取，謝謝。
        IT說HR系統明天凌晨00:00到04:00停機升級到2026.12版，期間員工自助請假會無法送出，有急用的同仁請先填紙本假單。
        剛才確認過：特休假依勞基法第38條計算，年資滿一年給7日，滿兩年給10日，系統預設值已經改好，報表也已經重新匯出到共用資料夾了。
        社保基金的季度供款檔格式範本，可以到澳門社會保障基金官網 https://www.fss.gov.mo 下載，金額記得用澳門元填寫。
        高雄廠的出勤卡機下午斷線，打卡資料晚點才會補匯入，今天的加班時數先不要核准，等資料補齊後再一起跑薪資試算，廠務那邊已經報修了。
    """),
    ("ms", "notis_kwsp_perkeso_pcb"): _lines("""
        Peringatan: Caruman KWSP bagi upah bulan November 2026 hendaklah dibayar sebelum atau pada 15 Disember 2026 melalui i-Akaun (Majikan); caj lewat caruman akan dikenakan.
        PERKESO: Majikan wajib mendaftarkan pekerja dalam tempoh 30 hari dari tarikh mula bekerja melalui portal ASSIST; talian khidmat pelanggan 1-300-22-8000.
        LHDN mengingatkan majikan supaya menyediakan Borang EA kepada semua pekerja sebelum 28 Februari 2027 dan mengemukakan Borang E sebelum 31 Mac 2027 melalui e-Filing.
        Soalan Lazim: Adakah elaun perjalanan dikecualikan cukai? Jawapan: Elaun perjalanan, petrol atau tol dikecualikan sehingga RM6,000 setahun bagi urusan rasmi sahaja.
        Format fail CP39 untuk potongan PCB: medan no. rujukan majikan (E), nama, no. cukai pendapatan, jumlah PCB dan CP38; muat naik melalui e-PCB Plus dalam format .txt.
        Kadar caruman KWSP majikan ialah 13% bagi pekerja bergaji RM5,000 dan ke bawah, dan 12% bagi yang bergaji melebihi RM5,000; kadar caruman pekerja kekal 11%.
        Notis dalaman: Slip gaji Disember akan dihantar melalui portal ESS pada 30 Disember 2026. Sila semak baki cuti tahunan kerana baki melebihi 5 hari akan luput.
        Ibu Pejabat KWSP, Menara KWSP, Jalan Raja Laut, 50350 Kuala Lumpur; pusat panggilan 03-8922 6000, waktu operasi Isnin hingga Jumaat 8.30 pagi hingga 5.30 petang.
        SIP/EIS: Caruman Sistem Insurans Pekerjaan ialah 0.2% majikan dan 0.2% pekerja, berdasarkan siling gaji RM6,000 sebulan mulai 1 Oktober 2024.
        Makluman IT: Modul gaji versi 5.4.2 telah dikemas kini dengan jadual PCB 2026 dan kadar caruman PERKESO terbaharu; sila jana semula slip gaji ujian sebelum 20hb.
        Hebahan HR: Cuti Hari Krismas dan Tahun Baru Cina 2027 telah dimasukkan ke dalam kalendar cuti syarikat; cawangan Sabah dan Sarawak mengikut kalendar negeri masing-masing.
        Garis panduan: Pekerja asing yang bekerja di Malaysia wajib mencarum KWSP mulai Oktober 2025 pada kadar 2% majikan dan 2% pekerja, sila rujuk pekeliling KWSP terkini.
        Jadual gaji kumpulan: Eksekutif Gred E1 RM3,200 hingga RM4,800; Gred E2 RM4,500 hingga RM6,500; elaun tetap RM300 sebulan, kenaikan tahunan berkuat kuasa 1 Januari 2027.
    """),
    ("mixed", "csv_headers_and_config"): _lines("""
        emp_id,nama_pekerja,no_kp,epf_no,socso_no,gaji_pokok,epf_ee,epf_er,socso_ee,socso_er,eis_ee,eis_er,pcb,gaji_bersih (Borang A export header, UTF-8, comma separated)
        leave_balance.csv header: employee_id,leave_type,entitled,taken,pending,carry_fwd,balance,as_of; 假期类型代码 AL=年假, SL=病假, ML=产假, CCL=childcare leave
        giro: { bank: DBS, bic: DBSSSGSGXXX, originator_acct: ${GIRO_ORIG_ACCT}, value_date_offset_days: 2, file_prefix: IDEAL_SAL_, encoding: ascii }  # 勿提交真實帳號
        CPF FTP file spec: record type 0 = employer header, 1 = summary, 2 = member detail, 9 = trailer; CSN format 201934567MPTE01, submission mode FTP, 每月14日前上传
        SELECT dept_code, COUNT(*) AS headcount, SUM(gross_pay) AS total_gross FROM payroll_2026_11 GROUP BY dept_code ORDER BY total_gross DESC; -- 部门汇总, 不含个人明细
        payslip.template.footer = 此乃電腦列印之糧單，毋須簽署 / This is a computer-generated payslip, no signature required / Slip gaji ini dijana oleh komputer.
        ir8a_mapping: {d1_gross_salary: earnings.basic + earnings.allowance_fixed, d2_bonus: earnings.bonus_contractual, d4_director_fee: 0}  # YA2027 映射表 v2
        HKD,MOP,MYR,SGD,TWD,CNY fx_rates_2026-11-30: 1.000,1.030,0.574,0.172,4.120,0.915 (source: HKMA indicative; 匯率僅供薪資換算參考, kadar rujukan sahaja)
        cron: 0 2 1 * *  job: epf_borang_a_export  out: /data/exports/kwsp/BORANG_A_{yyyymm}.csv  notify: payroll-ops@acme-asia.example  # 每月1日凌晨2点
        PAYROLL_PERIOD=2026-12; CUT_OFF=2026-12-20; PAY_DATE=2026-12-28; 计薪天数=21.75; OT_RATE_WEEKDAY=1.5; OT_RATE_RESTDAY=2.0; OT_RATE_PH=3.0; hari_gaji=26
        bank_codes.csv: 7171,DBS Bank Ltd; 7339,OCBC; 7375,UOB; 7144,Standard Chartered; MBBEMYKL,Maybank; CIBBMYKL,CIMB; 004,滙豐 HSBC; 012,中國銀行(香港)
        GIRO trailer layout: T + total_count(6) + total_amount(15, 2 implied decimals) + hash_total(15); 例 T000409000000123456789 仅用于对账, bukan data pekerja
        i18n: leave.type.AL = Annual Leave / 年假 / Cuti Tahunan; leave.type.MC = Medical Leave / 病假 / Cuti Sakit; leave.type.HL = Hospitalisation / 住院假 / Cuti Hospital
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <IR8ARecord><IDType>1</IDType><IDNo>S8812734Z</IDNo><NameLine1>TAN WEI LING JOANNE</NameLine1><DateOfBirth>19880314</DateOfBirth><GrossSalary>86400</GrossSalary><Bonus>14400</Bonus></IR8ARecord>
        2201934567MPTE01 202611 T0212345I CHUA BOON KIAT           000720000 000144000 000129600 OW AW00000000 EMPSTATUS=E
        PAYSLIP Nov 2026 | Employee: Muhammad Hafiz bin Roslan | Emp No. E10482 | Basic S$3,850.00 | CPF EE S$770.00 | Court-ordered maintenance to ex-wife S$600.00 | Net S$2,480.00
        E20317,Priya Ramasamy,SL,14,14,0,0,2026-11-28,remarks: chemotherapy cycle 4 at NCCS - converting remaining days to hospitalisation leave
        2026-11-21T14:03:11+08:00 AUDIT field_update emp=E30991 field=bank_account old=POSB 188-40217-3 new=OCBC 601-234567-001 changed_by=self channel=mobile-ess
        HR note: Kelvin Ong from the Jurong warehouse asked that his salary be garnished for the Official Assignee from January after his bankruptcy order; keep this off the team channel.
        Please update the GIRO payee account to 072-041883-6 (DBS Savings) for staff no. SG-0441 before the 25th, the old POSB account was closed last week.
        GET /ess/profile/update?mobile=%2B6597318842&email=jasmine.koh88%40gmail.com&addr=Blk%20412%20Bedok%20North%20Ave%202%20%2311-205 200 user=E41207
        EA Form C.P.8A 2026: Name Lim Siew Mei, IC No. 870612-10-5568, Income Tax No. SG 21045873090, EPF No. 18442761, gross remuneration RM 74,820.00, PCB RM 3,964.00
        payslip_meta=eyJlbXAiOiJFNTEyMzAiLCJuYW1lIjoiTmcgSHVpIE1pbiIsIm5yaWMiOiJTOTA0MTgyN0oiLCJiYXNpYyI6NTIwMCwibWNfcmVhc29uIjoibWFqb3IgZGVwcmVzc2l2ZSBkaXNvcmRlciJ9
        Maternity leave form: Nurul Ain Abdullah (Finance, ext 4417) expects delivery around 9 Feb 2027; GPML 16 weeks from 26 Jan, she asked that the pregnancy not be announced before her probation review.
        MPF termination notice: employee CHEUNG Ka Yan, HKID Y628410(6), last day 15/12/2026, summary dismissal for theft of stock, LSP not payable, scheme member no. 8830-2291-47
    """),
    "zh-Hans": _lines("""
        工资条 2026年11月 | 姓名：王志强 | 工号：SH0923 | 身份证号：310115198707224518 | 应发 18,500.00 | 社保个人 1,958.00 | 公积金 1,295.00 | 个税 642.30 | 实发 14,604.70
        6222021001098765432,李秀兰,8650.00,2026年11月工资,中国工商银行上海浦东分行
        刘姐这个月请了三周病假，说是乳腺癌术后化疗，部门群里先别说，工资按病假工资标准发。
        2026-11-18 10:22:05 修改员工档案 工号BJ2031 字段：紧急联系人 旧值：周丽（妻）13816629074 新值：周建国（父）13905178832 操作人：本人
        社保增员名单：陈浩然，男，身份证 440306199203150031，户籍 广东省深圳市南山区，参保起始 2026-12，缴费基数 12,000 元
        请把12月工资卡改为 6217 0012 3456 7890 123，原来那张挂失了，工号 GZ0558，谢谢。
        财务说张伟明借公司的五万块还没还清，每月从工资里扣2000，目前还剩31,000，离职时要一次性结清。
        法院协助执行通知书：被执行人赵晓东（工号SZ1120）因抚养费纠纷，每月从其工资中扣划3,000元至申请人孙佳的账户。
        {"event":"payslip_view","emp_no":"CD0071","name":"何雨桐","mobile":"15882736401","ts":"2026-11-30T20:11:45+08:00","device":"iPhone15,2"}
        员工住址变更：黄丽娟，新住址 上海市浦东新区锦绣路1500弄12号602室，个税完税证明请邮寄至此地址。
    """),
    "zh-Hant": _lines("""
        IR56B 2026/27：僱員姓名 LEUNG Wing Sze 梁詠詩，香港身份證 K638219(3)，住址 九龍觀塘秀茂坪道88號寶達邨達禮樓1812室，總入息 HK$412,800，MPF僱員供款 HK$18,000
        薪資單 115年11月｜員工：林志豪｜身分證字號 H133792048｜本薪 52,000｜勞保自付 1,145｜健保自付 807｜勞退自提 3,120｜實領 46,928
        倉庫那邊的阿明上個月被警察帶走之後就一直沒來上班，人資說先停薪留職，等法院判決下來再處理他的薪水。
        林太打電話嚟話佢先生欠卡數欠到債仔追上公司，問可唔可以幫佢先生預支兩個月人工還住先。
        澳門社保供款名單：僱員 何嘉慧，澳門居民身份證 5215837(3)，社保編號 0041829317，手提電話 6628 1934，2026年第四季供款 MOP 90
        薪轉明細：012 台北富邦 帳號 82120000187364 戶名 蔡宜君 金額 NT$46,380 備註 含育嬰留停津貼補發
        E0772,鄭雅婷,產假,56,56,0,2026-10-03,備註：雙胞胎早產，兩個寶寶都還在NICU，申請接續育嬰留職停薪
        新同事話糧單寄錯地址，叫我哋之後改用佢手機 9438 2716 收 WhatsApp 電子糧單。
        2026-12-02 15:40:12 [人事系統] 使用者 hr_admin03 查閱 員工 E1187 張家豪 之 健康檢查報告（B型肝炎帶原），用途：外派體檢
        莊生嘅太太上星期嚟公司大嗌，話佢哋離緊婚，要求我哋唔好再將人工過入聯名戶口，人事部應該點處理？
    """),
    "ms": _lines("""
        Borang A Nov 2026: 18442760 | AHMAD FAIZAL BIN ISMAIL | 900215-14-5327 | Gaji RM4,200.00 | Caruman Pekerja RM462.00 | Caruman Majikan RM546.00
        SLIP GAJI DIS 2026, Nama: Nur Aisyah binti Zulkifli, No. Pekerja MY-2219, Gaji Pokok RM3,650.00, Potongan PTPTN RM150.00, Pinjaman Koperasi RM420.00, Gaji Bersih RM2,511.40
        Encik Razak dari bahagian stor dimasukkan ke wad psikiatri Hospital Bahagia Ulu Kinta minggu lepas, jadi cuti sakitnya perlu direkod sebagai cuti hospital.
        IBG|MBBEMYKL|164012345678|KUMARESAN A/L SUBRAMANIAM|3880.50|GAJI NOV 2026|kumaresan.s77@gmail.com
        Tolong kemas kini nombor telefon saya kepada 012-738 4459 dalam sistem HR, nombor lama dah tak aktif sejak bulan lepas.
        Surat dari AKPK: Pekerja Mohd Shukri bin Yusof (No. Pekerja 3310) menyertai Program Pengurusan Kredit, potongan gaji RM780 sebulan untuk hutang kad kredit.
        2026-11-29 09:14:52 KEMAS_KINI alamat_rumah pekerja=E5521 lama='No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam' baru='Lot 118, Kampung Batu 5, 28700 Bentong, Pahang'
        Borang EA 2026: Nama Pekerja Wong Chee Keong, No. KP 850907-08-6143, No. Cukai Pendapatan IG 11023456708, Jumlah Saraan RM96,450.00, PCB RM6,210.00, KWSP RM10,609.50
        Kak Yati di kaunter hadapan sedang hamil lima bulan dan doktor beri cuti rehat sebab tekanan darah tinggi, tolong jangan jadualkan dia syif malam.
        Pendaftaran PERKESO: Nama Farah Diyana binti Azman, No. KP 010923-10-0842, e-mel farahdiyana.azman@yahoo.com, tarikh mula kerja 2 Dis 2026, gaji RM2,300
    """),
    "mixed": _lines("""
        Boss, 那个 Ah Seng 的 CPF 这个月 short pay 了 S$312, 他 NRIC S7634218J, 叫他 WhatsApp 我 8123 6650 settle 一下 can?
        D|7171|0720123456|LIM AH KOW 林亚九|000000412050|SAL1126|Blk 55 Lengkok Bahru #08-117
        MY0098,Rajesh a/l Muniandy,Cuti Sakit,22,22,0,2026-11-20,MC from klinik - dengue fever, admitted HKL 3 days, please don't deduct
        user=E6602 (何志明 Ho Chi Ming) uploaded payslip_dispute.pdf: 我份糧少咗 HK$2,300 OT, 請 HR call 我 6187 2290 after 6pm
        {"name":"陳美玲 Chan Mei Ling","hkid":"Z702154(3)","mpf_member":"MT-55120938","bank":"HSBC 004-123-456789-833","dept":"Retail"}
        Encik Lim 讲他的 EPF 号码 20519366 不对, 其实是 20519368, tolong update sebelum submit Borang A bulan ini.
        Re: 育嬰留停 application, employee 吳俊賢 (emp# TW-3381) wife due Mar 2027, 申請 6 months unpaid parental leave, 勞保 self-paid 續保
        HR ticket #8812: FIN G5123456T belongs to Nguyen Thi Hoa (S Pass), she say her payslip wrong, 加班费 missing 12 hours, contact 8845 1203
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a payroll assistant helping a Singapore SME prepare its AIS submission.",
        ),
        (
            "user",
            "AIS keeps rejecting this record, can you see why? <IR8ARecord><IDType>1</IDType><IDNo>T0368152H</IDNo><NameLine1>GOH JIA HUI RACHEL</NameLine1><GrossSalary>52,800</GrossSalary></IR8ARecord>",
        ),
        (
            "assistant",
            "The GrossSalary value contains a comma. AIS wants a plain whole-dollar number, so change it to <GrossSalary>52800</GrossSalary>. IDType 1 with the NRIC T0368152H looks fine.",
        ),
        ("user", "Thanks. She also left on 31 Oct, do I need anything else?"),
        (
            "assistant",
            "If she is a Singapore citizen, IR21 tax clearance is not needed. Just make sure her cessation date 31/10/2026 is filled in the record before you resubmit.",
        ),
    ],
    [
        ("system", "你是一名薪酬顾问助手，回答中国大陆个税与社保问题。"),
        (
            "user",
            "帮我核一下这张工资条的个税：姓名 刘芳，身份证 510107199508062829，11月应发 23,000，社保个人 2,185，公积金 1,610，专项附加扣除 3,000（子女教育+房贷）。",
        ),
        (
            "assistant",
            "按累计预扣法，先算本月应纳税所得额：23,000 - 5,000 - 2,185 - 1,610 - 3,000 = 11,205 元。具体税额要看1至10月的累计数，请把前十个月的累计预扣数据发给我。",
        ),
        ("user", "1到10月累计应纳税所得额是 108,900，已预扣 8,370。"),
        (
            "assistant",
            "累计到11月为 120,105 元，适用20%税率、速算扣除数16,920，累计应纳税额 7,101 元，低于已预扣的8,370元，所以本月无需再预扣，年度汇算时多预扣的部分可以申请退还。",
        ),
    ],
    [
        (
            "user",
            "我哋公司有個同事黎頌恩啱啱確診鼻咽癌，要做六個星期電療，佢有權放幾多日有薪病假？",
        ),
        (
            "assistant",
            "根據《僱傭條例》，累積的有薪病假日最多120日，僱主須按僱員平均每日工資的五分之四支付疾病津貼，前提是有醫生證明書並連續放假4天或以上。",
        ),
        ("user", "佢嘅病假日已經用到剩返38日，咁之後點算？"),
        (
            "assistant",
            "用完之後可以考慮無薪病假或者同佢傾彈性安排；要留意僱主不得在僱員放有薪病假期間解僱佢，否則可能觸犯條例。",
        ),
    ],
    [
        ("system", "Anda pembantu HR untuk syarikat logistik di Johor Bahru."),
        (
            "user",
            "Tolong drafkan surat potongan gaji untuk Encik Saiful Azmi bin Hashim, No. KP 880419-01-5273, dia setuju bayar balik pendahuluan gaji RM2,400 dalam 6 bulan.",
        ),
        (
            "assistant",
            "Baik. Draf ringkas: 'Dengan ini saya, Saiful Azmi bin Hashim (No. KP 880419-01-5273), bersetuju bahawa pendahuluan gaji sebanyak RM2,400 akan dipotong RM400 sebulan dari Januari hingga Jun 2027.' Pastikan surat ditandatangani oleh pekerja.",
        ),
        ("user", "Perlu ke kelulusan Jabatan Tenaga Kerja?"),
        (
            "assistant",
            "Tidak perlu untuk bayaran balik pendahuluan gaji di bawah seksyen 24 Akta Kerja 1955, tetapi jumlah potongan sebulan tidak boleh melebihi 50% daripada gaji pekerja.",
        ),
    ],
    [
        (
            "user",
            "eh need help, our worker Muthu Krishnan 的 CPF 上个月漏交了, his NRIC S8527461I, salary S$2,950, how much I need to top up ah?",
        ),
        (
            "assistant",
            "For an employee aged 55 and below earning S$2,950, total CPF is 37%: employer 17% (S$501.50) and employee 20% (S$590.00), so S$1,091.50 in total. Late payment interest applies at 1.5% per month.",
        ),
        ("user", "他 58 岁 leh, 不是 55 以下"),
        (
            "assistant",
            "Then the rates for above 55 to 60 apply: employer 16% (S$472.00) and employee 18% (S$531.00), so S$1,003.00 in total, plus late payment interest. Submit it through CPF EZPay as a backdated contribution.",
        ),
    ],
    [
        (
            "system",
            "HRIS assistant. Context for current user: employee_id=E77120, name=Daniel Seah Kok Wah, dept=Operations, mobile=+65 9672 4018, AL_entitled=18, AL_taken=11, SL_taken=9 (reason: slipped disc surgery).",
        ),
        ("user", "How many days of annual leave do I have left this year?"),
        (
            "assistant",
            "You have 7 days of annual leave left for 2026 (18 entitled, 11 taken). Up to 5 unused days can be carried forward to 2027.",
        ),
        ("user", "Can I apply 3 days from 22 Dec?"),
        (
            "assistant",
            "Yes. I have drafted a leave request for 22 to 24 Dec 2026 (3 days) and sent it to your reporting manager for approval.",
        ),
    ],
    [
        ("system", "你是台灣中小企業的人資小幫手，熟悉勞保、健保與勞基法。"),
        (
            "user",
            "我們員工許雅雯（身分證 F228719304）上週下班途中騎機車被撞，右腳骨折要休三個月，勞保職災給付要怎麼申請？",
        ),
        (
            "assistant",
            "通勤途中發生事故可認定為職業災害。請協助她填寫勞工職業災害保險傷病給付申請書，附上醫院診斷書和交通事故證明，送勞保局審核。不能工作的第四天起可以領傷病給付，前兩個月按平均月投保薪資全額發給。",
        ),
        ("user", "公司這三個月還要照付薪水嗎？"),
        (
            "assistant",
            "依勞基法第59條，雇主在醫療期間必須補償原領工資；勞保給付的金額可以抵充，差額由公司補足。",
        ),
    ],
    [
        (
            "user",
            "Our UOB GIRO file got rejected at line 57: 2|7375|3551027841|YEO BEE HOON|0000004120.75|SALARY DEC|. Bank says invalid account length. What's wrong?",
        ),
        (
            "assistant",
            "UOB account numbers are 10 digits, so 3551027841 is the right length for UOB. But the bank code in that row is 7375 (UOB) while your header may be set for another originating bank. Check that the record format matches the header bank.",
        ),
        ("user", "Header is DBS IDEAL. So interbank GIRO needs a different layout?"),
        (
            "assistant",
            "Yes. For interbank payments from DBS IDEAL you need the receiving bank BIC (UOVBSGSGXXX) in the detail record, not just the 4-digit bank code. Regenerate the file with the interbank template.",
        ),
    ],
    [
        ("system", "Pembantu cukai pendapatan untuk staf payroll di Pulau Pinang."),
        (
            "user",
            "Borang EA untuk Tan Kah Seng, No. KP 760302-07-5519, ada silap: elaun perumahan RM12,000 dimasukkan sebagai gaji. Boleh betulkan selepas diserahkan kepada pekerja?",
        ),
        (
            "assistant",
            "Boleh. Keluarkan Borang EA pindaan dan tandakan sebagai 'Pindaan'. Elaun perumahan patut dilaporkan di Bahagian B, bukan dalam gaji pokok. Maklumkan juga kepada pekerja supaya dia membetulkan e-BE jika sudah difailkan.",
        ),
        ("user", "Borang E syarikat pun kena pinda?"),
        (
            "assistant",
            "Ya, jika Borang E sudah dihantar, kemukakan pindaan melalui e-Filing supaya jumlah saraan dalam CP8D sepadan dengan Borang EA yang dipinda.",
        ),
    ],
    [
        ("system", "你是企业HRIS安全审计助手。"),
        (
            "user",
            "帮我看下这段审计日志有没有问题：2026-11-27 23:41:09 user=it_ops07 action=export table=salary_detail filter=emp_no:SH0417 name=吴婧 rows=24 dest=personal_mail:wujing.bak@163.com",
        ),
        (
            "assistant",
            "有明显问题：IT运维账号在深夜导出了员工吴婧（SH0417）24个月的工资明细，而且发到了外部个人邮箱wujing.bak@163.com，这不符合最小权限和数据不出域要求。",
        ),
        ("user", "那应该怎么处理？"),
        (
            "assistant",
            "建议立即冻结it_ops07的导出权限，保存日志证据，通知数据保护负责人评估是否需要向员工吴婧告知，并核实这个163邮箱是否属于员工本人。",
        ),
    ],
]
