# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade115: personal data in payroll and HR bank files (fixed-width GIRO/IBG payment files, CPF/EPF/SOCSO/MPF contribution files, payslip text, IR8A/EA tax forms, HRIS exports). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade115
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "giro_fixed_width_file_spec"): _lines("""
        GIRO payroll file spec v3.2: every detail record is exactly 120 characters, alpha fields padded with spaces on the right and amount fields zero-filled on the left.
        Header record layout: pos 1 = '0', pos 2-12 = originating bank BIC (e.g. DBSSSGSGXXX), pos 13-46 = originator account, pos 47-54 = value date CCYYMMDD.
        Sample trailer from the vendor test pack: 9 00042 000000012345678 TESTBATCH01 means 42 detail records totalling S$123,456.78 in cents.
        Transaction code 22 is used for salary credits and 20 for sundry credits; the bank rejects the whole batch if any payroll line carries code 30.
        Test pack detail line: 1 7171081 0000000000 TEST PAYEE ONE 0000150000 22 SAL DEC2026, where the payee account is all zeros and the amount is S$1,500.00.
        Beneficiary name field is 35 characters, uppercase only; anything outside A-Z, 0-9, space, slash, hyphen and full stop is replaced with a space before upload.
        IBG cut-off for same-day value on DBS IDEAL is 2.00 pm on working days; files uploaded after that are processed on the next business day.
        For PayNow Corporate the debiting company is identified by its UEN proxy 201534567K; employees are still credited by account number, never by an NRIC proxy.
        Error R07 Invalid account length usually means the bank and branch code 7171-081 was keyed into the account field; re-export from the HRIS with split columns.
        Hash total = sum of the last 11 digits of every beneficiary account number, truncated to 15 digits and written in positions 60-74 of the trailer record.
        For Malaysian IBG via Maybank2u Biz the bulk file is pipe-delimited and the receiving bank is given by BIC, e.g. CIBBMYKL for CIMB and PBBEMYKL for Public Bank.
        Value date must not be a Singapore public holiday; in December 2026 the last payroll credit date before Christmas is Thursday 24 December.
        Upload log: PAY_20261224_001.txt sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, size 0 bytes, empty file, please regenerate and resubmit.
    """),
    ("ms", "notis_caruman_kwsp_perkeso"): _lines("""
        Peringatan: Caruman KWSP bagi gaji bulan November 2026 perlu dijelaskan selewat-lewatnya 15 Disember 2026 melalui i-Akaun (Majikan) untuk mengelakkan caj lewat bayar.
        Kadar caruman majikan ialah 13% bagi pekerja bergaji RM5,000 ke bawah dan 12% bagi pekerja bergaji melebihi RM5,000, mengikut Jadual Ketiga Akta KWSP 1991.
        Pertanyaan berkaitan caruman boleh dibuat melalui Pusat Khidmat Pelanggan KWSP di talian 03-8922 6000 atau secara dalam talian di portal i-Saraan.
        PERKESO: siling gaji bagi pengiraan caruman Skim Bencana Pekerjaan dan Skim Keilatan ialah RM6,000 sebulan, berkuat kuasa 1 Oktober 2024.
        Fail teks caruman PERKESO (format TXT, lebar tetap) mesti bermula dengan kod majikan 12 aksara, contohnya EXXXXXXXXXXX, pada setiap baris butiran.
        Pekerja bukan warganegara yang sah kini turut dikehendaki mencarum KWSP pada kadar 2% majikan dan 2% pekerja, mengikut pindaan Akta KWSP.
        Kedai Runcit Ahmad & Anak Sdn. Bhd. (No. Syarikat 201901012345) telah mengemas kini nombor majikan KWSP dalam sistem gaji; tiada tindakan diperlukan oleh kakitangan.
        Talian Khidmat Pelanggan PERKESO 1-300-22-8000 beroperasi Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang, kecuali cuti umum.
        Contoh baris fail Borang A: 000000000000|NAMA PEKERJA|000000-00-0000|0000.00|000.00|000.00 — semua medan hanyalah pemegang tempat dalam manual.
        SIP (Sistem Insurans Pekerjaan) dicarum pada kadar 0.2% majikan dan 0.2% pekerja, dan dibayar bersama caruman PERKESO dalam satu transaksi.
        Notis kepada majikan Zon Tengah: kaunter KWSP Cawangan Petaling Jaya ditutup sementara pada 21 Disember 2026 kerana kerja naik taraf sistem.
        Caj lewat bayar dikenakan ke atas jumlah caruman tertunggak bagi setiap hari kelewatan, dengan caj minimum RM10, seperti dinyatakan dalam notis majikan.
        Statistik suku ketiga 2026: 92.4% majikan di negeri Johor menghantar caruman sebelum tarikh akhir, meningkat daripada 89.1% pada suku sebelumnya.
    """),
    ("zh-Hans", "代发工资系统日志"): _lines("""
        2026-12-05 09:14:22 INFO [batch=PAY202612-0003] 代发工资文件生成完成，共 318 笔，合计金额 ¥2,846,113.50，文件名 ICBC_DF_20261205_01.txt。
        2026-12-05 09:14:23 WARN 第 57 行收款账号 6222****8831 校验不通过，已跳过，请在 HR 系统核对后重新导出。
        2026-12-05 09:15:01 INFO 上传企业网银成功，回执号 ZX20261205091501773，状态：待复核。
        2026-12-05 10:02:47 ERROR 银行返回码 E1024：付款账户（公司基本户）3100 2033 0900 0123 456 余额不足，批次挂起。
        社保申报接口 v2.4.1 调用超时（timeout=30s），trace_id=7f3a9c1e-2b44-4d0a-9e5f-1c2d3e4f5a6b，自动重试第 2 次。
        个税扣缴端导入模板校验：列「证照号码」不得为空，当前模板第 12 列为空列，请改用官方 2026 版模板。
        定时任务 payroll-sync 于 02:00 启动，处理员工档案 1,204 条，其中新增 17 条、离职 9 条、无变化 1,178 条。
        公积金汇缴：单位月缴存比例 12%，个人 12%，缴存基数上限按上年度职工月平均工资 3 倍执行，本月无调整。
        DEBUG 字段映射：emp_name -> 户名，bank_acct -> 账号，id_no -> 证件号码（输出前已脱敏为 110***********1234）。
        2026-12-05 11:30:00 INFO 工资条推送完成：短信 0 条、企业微信 1,187 条，失败 17 条（原因：员工未绑定企业微信）。
        文件校验 md5=9e107d9d372bb6826bd81d3542a419d6 与银行回传一致，对账通过。
        测试环境数据：户名=测试员工001，账号=6222000000000000000，金额=0.01，仅用于联调，禁止在生产环境使用。
        招商银行代发回单：批次 CMB-DF-20261130-88 成功 302 笔、失败 0 笔，手续费 ¥0.00。
    """),
    ("zh-Hant", "強積金與薪俸稅常見問題"): _lines("""
        問：僱員月入低於 $7,100 是否需要供款？答：僱員本身毋須供款，但僱主仍須按有關入息的 5% 作出強制性供款。
        強制性供款的有關入息上限為每月 $30,000，即僱主及僱員每月最高供款各為 $1,500。
        供款日為每個糧期結束後的第 10 日；如遇公眾假期或烈風警告，順延至下一個工作日。
        積金局熱線 2918 0102，辦公時間為星期一至五上午九時至下午六時。
        僱主報稅表 BIR56A 連同 IR56B 須於發出日期起計一個月內交回稅務局，亦可透過電子提交服務遞交。
        取消強積金「對沖」安排已於 2025 年 5 月 1 日生效，轉制後的遣散費及長期服務金不得再以僱主強制性供款的累算權益抵銷。
        範例：IR56B 身份證號碼欄填寫「A123456(3)」僅作示範用途，請勿直接複製至正式申報。
        澳門社會保障基金強制性制度供款每月 MOP 90，其中僱主承擔 MOP 60、僱員承擔 MOP 30。
        台灣勞退新制：雇主每月應為勞工提繳不低於工資 6% 的退休金，存入勞保局個人專戶。
        可扣稅自願性供款（TVC）與合資格延期年金保費合併計算，每個課稅年度扣除上限為 $60,000。
        陳記燒臘（灣仔）有限公司人事部來電查詢強積金成員編號格式，已轉介受託人客戶服務熱線跟進。
        積金易平台全面推行後，僱主可於平台以電子方式遞交供款結算書，毋須再傳真予受託人。
        統計：2026 年第三季約 3.2% 的供款結算書被退回，主要原因為成員編號欄位格式錯誤。
    """),
    ("ms", "invois_dan_templat_slip_gaji"): _lines("""
        INVOIS No. INV/2026/12/0457 — Tan Brothers HR Solutions Sdn. Bhd. (202001023456): penyediaan Borang EA untuk 120 pekerja @ RM8.00 = RM960.00, SST 8% RM76.80.
        Sila buat bayaran ke akaun syarikat Maybank Islamic 5140 1234 5678 atas nama Tan Brothers HR Solutions Sdn. Bhd. dan emelkan bukti bayaran ke akaun@tanbrothershr.com.my.
        Terma pembayaran: 30 hari dari tarikh invois. Pertanyaan: talian pejabat 03-7955 2100 (Isnin hingga Jumaat, waktu pejabat).
        Templat slip gaji v4: Nama: <NAMA>, No. K/P: <NO_KP>, Jawatan: <JAWATAN>, Gaji Pokok: RM <GAJI>, KWSP (Pekerja): RM <KWSP_P>.
        Contoh slip gaji dalam manual: Gaji Pokok RM3,500.00, Elaun Perjalanan RM200.00, KWSP 11% RM385.00, PERKESO RM17.25, SIP RM6.90, PCB RM0.00.
        Nota kredit NK-0031 dikeluarkan kepada Restoran Mak Siti Sdn. Bhd. kerana caj pemprosesan gaji bulan Oktober dikenakan dua kali.
        Sebut harga SH-2026-118: modul cuti dan tuntutan untuk Klinik Dr. Lim & Rakan (Cawangan Seremban), RM2.50 seorang pekerja sebulan.
        Resit RES-7781: diterima RM1,036.80 melalui DuitNow daripada Kedai Emas Wah Hin, rujukan INV/2026/11/0412.
        Penyata akaun setakat 30 November 2026: baki awal RM0.00, caj baharu RM3,412.00, bayaran diterima RM2,000.00, baki tertunggak RM1,412.00.
        Dasar syarikat: slip gaji dihantar melalui e-mel dalam format PDF berkata laluan, dan kata laluan ialah enam digit terakhir nombor kad pengenalan pekerja.
        Nombor majikan yang dicetak dalam contoh invois ini (E-12345678) hanyalah format contoh dan bukan nombor pendaftaran sebenar.
        Kod SKU: HR-EA-2026 (penyediaan Borang EA), HR-CP39 (fail CP39 bulanan), HR-BORANGA (fail Borang A KWSP); harga tertakluk kepada SST.
        Pelarasan: bilangan pekerja dikurangkan daripada 64 kepada 61 kerana tiga pekerja kontrak tamat perkhidmatan pada 31 Oktober.
    """),
    ("mixed", "hr_team_group_chat"): _lines("""
        Eh guys IR8A via AIS must submit by 1 Mar hor, 今年 cannot late again, last year kena reminder from IRAS.
        Payroll cutoff this month 提早到 20号 because of Christmas, later I send the notice to all HODs.
        EPF rate for staff above 60 是 4% employer 0% employee right? Double check with the KWSP table before we run.
        GIRO file rejected again lah, bank say hash total mismatch, 我 regenerate from HRIS already, pls approve in IDEAL.
        CPF OW ceiling naik to $8,000 from Jan 2026 right? Need to update the payroll config before the January run.
        Boss say 年终花红 pay together with Dec salary, so AWS and bonus both count as additional wages, remember the AW ceiling calc.
        Reminder: don't paste full NRIC in this group ya, if need to refer use the masked one like S****567D.
        Testing the new payslip template, 我用 dummy employee TEST USER with NRIC S0000000A, don't panic if you see it in UAT.
        MPF 那邊 trustee portal down since morning, 供款結算書 upload later tonight can?
        SOCSO 表格 now all online already, no need go counter, just upload the txt through the ASSIST portal.
        Who handling the Penang branch payroll now? Need someone to sign off the EA forms before 28 Feb.
        FYI 工资单 PDF password format changed to DDMMYYYY of date of birth, see HR policy memo v2.3.
        Ok noted, I update the SOP and put the screenshot with all names 打码 first before sharing.
    """),
    ("en", "ir8a_ea_form_guidance"): _lines("""
        IR8A item d(i): enter the gross salary, fees, leave pay, wages and overtime pay for the year, excluding the employer's CPF contributions.
        If a foreign employee is leaving Singapore for good, the employer must file Form IR21 at least one month before the cessation date and withhold all monies due.
        Form EA (Borang EA) must be given to every employee by 28 February, and Form E is submitted to LHDN through e-Filing by 31 March.
        Section B of Borang EA covers benefits-in-kind; a company car is valued using the prescribed table in the LHDN public ruling on benefits-in-kind.
        Under the Auto-Inclusion Scheme, employers with five or more employees, or who have received a notice from IRAS, must submit employment income data by 1 March.
        Template placeholders: {{employee_name}}, {{nric_fin}}, {{designation}}, {{gross_salary}}, {{bonus}}, {{cpf_employee}}; never hard-code values in the template.
        Appendix 8A covers benefits such as accommodation and home leave passages; Appendix 8B covers gains from employee share option schemes.
        PCB (Potongan Cukai Bulanan) totals on Form EA must match the CP39 submissions for the year, otherwise LHDN may query the employer.
        On draft IR8A printouts, mask the tax reference number so that only the last four characters are visible, e.g. XXXX567D.
        Tip: run the AIS validation tool before submission; the most common error last season was a bonus declaration date falling outside the basis year.
        Directors' fees approved at an AGM held in 2027 for FY2026 are taxable in YA 2028, because they are income of the year in which they are approved.
        Hong Kong employers must return IR56B forms to the IRD within one month of the BIR56A issue date, normally early April each year.
        The worked example in the IRAS guide uses Tan Ah Kow, NRIC S1234567D, annual salary $48,000: these are the published sample values, not a real taxpayer.
    """),
    ("en", "hris_export_config_and_code"): _lines("""
        payroll_export.yaml: giro.record_length: 120 | giro.originator_bic: OCBCSGSGXXX | giro.txn_code_salary: '22' | giro.value_date_offset_days: -1
        SELECT emp_id, LEFT(nric,1) || '****' || RIGHT(nric,4) AS nric_masked, basic_pay FROM hr.payroll_run WHERE run_id = 'PR-2026-12';
        def cpf_ow_cap(year: int) -> int: return {2024: 6800, 2025: 7400, 2026: 8000}.get(year, 8000)
        export.columns = [employee_no, full_name, id_type, id_number, bank_code, account_no, net_pay]  # order must match the bank's UFF template
        fixtures/employees.csv row 1: E0001,Test Employee,NRIC,S0000000A,7171,0000000000,1000.00 (synthetic fixture for CI only)
        Release notes 7.4.2: fixed EPF Borang A export truncating names longer than 40 characters; added SOCSO Lampiran TXT v2 layout.
        cron: 0 2 * * * /opt/hris/bin/sync_payroll --source=workday --target=payroll --dry-run=false >> /var/log/hris/sync.log 2>&1
        CREATE TABLE mpf_remittance (scheme_no CHAR(8), member_acct VARCHAR(20), relevant_income NUMERIC(12,2), er_mc NUMERIC(10,2), ee_mc NUMERIC(10,2));
        NRIC/FIN pattern: ^[STFGM][0-9]{7}[A-Z]$ and the check letter is verified separately in validators/nric.py.
        git commit 4f9c2ab: mask bank account numbers in the payslip email preview (show last 4 digits only), closes HRIS-2291.
        Environment: PAYROLL_SFTP_HOST=sftp.example.com, PAYROLL_SFTP_USER=svc_payroll, PAYROLL_KEY_PATH=/etc/hris/keys/payroll_ed25519
        Unit test expects parse_mykad('000000-00-0000') to raise InvalidDateError because month 00 does not exist.
        HRIS export job 8c1f0e52-7d3a-4b9e-a6f1-02d4c9e8b713 finished in 41.7 s: 2,318 rows, 0 rejected, sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        1 7171081 0723456789 LEE WEI MING JONATHAN              0000528650 22 SAL DEC2026 S8234157I
        CPF-EZPAY,201534567K-PTE-01,202611,S7719203D,NUR AISYAH BTE RAHMAT,OW 4850.00,AW 0.00,EE 970.00,ER 824.50
        PAYSLIP Nov 2026 | Employee: Rajesh s/o Kumaravel | NRIC: T0312648F | Basic S$3,200.00 | Less: court-ordered maintenance deduction S$600.00 | Net S$1,960.00
        IR8A YA2027 | Name: Chloe Tan Hui Min | FIN: G5583021K | Designation: Senior Staff Nurse | Gross salary 68,400.00 | Bonus 5,700.00 | Commenced 03/04/2023
        {"emp_no":"SG-00417","name":"Muhammad Farhan bin Ismail","dob":"1994-08-17","mobile":"9127 4408","home":"Blk 318 Clementi Ave 5 #09-221"}
        Please stop salary credit to Ong Kah Heng's old OCBC account 5012-384716-001; he closed it after the bankruptcy order last month, new POSB account to follow.
        2026-12-03 08:41:17 REJECT GIRO seq 00088 payee=SITI HAJAR BTE OSMAN acct=POSB 188-53271-4 reason=ACCOUNT CLOSED
        Note to payroll: Daniel Koh Boon Seng (Logistics, Tuas office) is on no-pay leave from 14 Dec for chemotherapy, so hold his December AWS until he is back.
        Payslip remark for Priya Nair, Finance Executive: Government-Paid Maternity Leave 16 weeks from 02/11/2026, baby delivered 28/10/2026, GPML claim pending.
        MPF remittance statement | Scheme member: CHAN Ka Yan | HKID: K482193(9) | Relevant income HK$26,500 | ER MC 1,325.00 | EE MC 1,325.00 | Period 01-30/11/2026
        Attachment of income order: employee Wong Mei Ling, staff no. HK-1192, judgment debt HK$84,300 owed to a finance company, deduct from the January 2027 payroll.
        Workday self-service change: personal email tanjunhao.1991@gmail.com, emergency contact mother Tan Siew Lan 9683 2217, salary bank DBS 072-345618-3.
        Form EA 2026 | Employee: Lim Chee Keong | IC No: 850219-07-5341 | Income tax no: IG 30581746020 | Gross remuneration RM96,000 | PCB RM7,812.00
        Exit interview: Aaron Pereira resigned because of his divorce and is moving into his sister's flat at Blk 21 Jalan Bukit Merah #05-34, final pay by cheque.
        Payroll query from Kevin Lau (kevin.lau.hk88@yahoo.com.hk, 6128 4493): November pay was HK$3,200 short because unpaid sick leave for his back injury was deducted.
    """),
    "zh-Hans": _lines("""
        代发明细|张伟|6222 0212 0045 8817 362|11,850.00|工资202611|身份证440306198804122533
        个人所得税扣缴申报：姓名 刘婷，证照号码 310105199207301849，本期收入 23,600.00，专项附加扣除（子女教育、赡养老人）3,000.00。
        社保增员名单：王建国，男，1985-02-19 出生，身份证 110108198502193075，手机 138 1045 7726，参保地 北京市海淀区。
        工资条：员工 陈思远，研发二部，应发 28,000.00，病假 5 天（腰椎间盘突出住院）扣款 1,610.92，实发 21,337.08。
        人事备注：赵敏 怀孕 28 周，申请调岗至行政部，产假预计 2027 年 3 月开始，期间按生育津贴标准发放工资。
        {"工号":"CD-0392","姓名":"李浩然","身份证号":"510107199009056619","银行卡":"6217 0038 1002 4471 558","住址":"成都市武侯区科华北路 62 号 3 栋 1203"}
        2026-12-05 09:14:23 ERROR 代发失败 户名=黄雅琳 账号=6228480038812345670 原因=户名与账号不符，请员工本人（微信 huangyl_xm95）确认。
        财务群通知：销售部周志强本月工资被法院冻结，他欠网贷 18 万，执行通知书已转法务，大家别在群里议论。
        离职结算单：孙丽娟，入职 2019-07-01，离职 2026-11-30，经济补偿金 N+1 共 96,000 元，汇入其招商银行卡 6214 8312 0567 4402。
        公积金提取申请：员工 吴小燕（身份证 350203199511284721）申请提取公积金，用于偿还厦门市思明区莲前西路 88 号 2 单元 501 的房贷。
    """),
    "zh-Hant": _lines("""
        強積金供款結算書｜成員：李嘉欣｜香港身份證 Y305718(4)｜有關入息 $18,200｜僱主 $910｜僱員 $910｜糧期 2026年11月
        IR56B 2025/26｜僱員姓名 何志明｜身份證號碼 P661240(0)｜住址 九龍旺角通菜街 128 號 6 樓 B 室｜入息總額 $412,000
        人事部記錄：黃詠詩 因產後抑鬱症請假兩個月，醫生證明已收，請勿在部門會議提及。
        薪資轉帳明細：林怡君，身分證 A223458178，台新銀行帳號 2001-10-0123456-7，實發 NT$48,350，勞退自提 6%。
        勞保異動通知：陳冠宇（F128763024），手機 0912-345-678，因車禍受傷住院，自 12 月 1 日起留職停薪。
        澳門社保供款名單：梁家豪，澳門居民身份證 5187234(6)，手機 6612 3458，僱員供款 MOP 30，僱主供款 MOP 60。
        出糧查詢：張美玲（WhatsApp 9123 8876）話佢十一月人工少咗 $2,400，因為佢放咗兩星期無薪假照顧患癌嘅父親。
        扣繳憑單：所得人 王淑芬，統一編號 B204177364，地址 台中市西屯區台灣大道四段 1086 號 12 樓之 3，給付總額 NT$720,000。
        E-1043,鄭浩然,E927305(4),1988-06-21,HSBC 004-512-873901-833,沙田禾輋邨豐和樓 1512 室
    """),
    "ms": _lines("""
        001|AHMAD FAIZAL BIN MOHD NOOR|880412-10-5523|KWSP 18273645|Gaji RM4,200.00|Caruman Pekerja RM462.00|Majikan RM546.00
        Slip Gaji November 2026 — Nama: Nurul Izzati binti Hassan, No. K/P: 920730-14-6188, Akaun Maybank 1641 2308 7754, Gaji Bersih RM3,418.50
        Borang 34 PERKESO: pekerja Muthu a/l Raman, K/P 950128-08-5107, patah tangan kanan di kilang Ipoh pada 18/11/2026, dirawat di Hospital Raja Permaisuri Bainun.
        Makluman HR: Encik Zulkifli bin Hamzah dari bahagian stor sedang diisytiharkan bankrap, jadi potongan gaji kepada Jabatan Insolvensi bermula bulan depan.
        Permohonan tukar akaun gaji: Siti Aminah binti Yusof, telefon 012-718 4492, akaun baharu CIMB 7064 2219 83, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        Borang EA 2026: Penerima Tan Mei Fong, K/P 900905-01-6722, No. Cukai IG 21849307020, Jumlah Saraan RM78,400, PCB RM4,260.
        2026-12-04 16:22:09 IBG_RETURN nama=KHAIRUL ANUAR BIN SALLEH bank=BIMB akaun=1206 3011 4478 92 sebab=NAMA TIDAK SEPADAN
        Catatan cuti: Puan Rohani binti Ismail, kerani akaun, bersalin anak ketiga pada 2 Disember 2026; cuti bersalin 98 hari dengan gaji penuh.
        Pekerja asing: Rahim Uddin, pasport Bangladesh EH0457821, permit kerja tamat 30/06/2027, gaji RM1,700 dibayar ke akaun Bank Islam 1403 2019 5567 21.
        Aduan dalam kumpulan WhatsApp: gaji Kak Lina (Noralina binti Abdul Rahman, 019-442 7130) dipotong RM300 sebulan untuk pinjaman koperasi tanpa persetujuan beliau.
    """),
    "mixed": _lines("""
        Boss, Ah Hock 的 CPF statement wrong leh — Tan Ah Hock, S9026471J, OW should be $3,800 not $3,080, 他 already complain twice.
        HR team pls note: Lee Mei Xuan 下个月 start maternity leave, her EDD 是 12 Jan 2027, GPML claim 我 submit already.
        GIRO 退回 for Kumar Selvam, acct UOB 372-318-492-1, 他说 bank account frozen because of police investigation, 先 hold his salary.
        EPF nominee update: Liew Chun Kit 要 change nominee to his wife Wong Siew Peng, IC 920318-10-5846, contact 016-388 2910.
        emp_id,name,nric,mobile,bank_acct | SG0231,Ng Chee Wai 黄志伟,S6650392E,8377 1902,DBS 072-918273-4
        IR8A 那份 for T1187425D 我 check 过了, Jessica Ho 的 bonus 应该 declare $12,500, 她 also have share option gains under Appendix 8B.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a payroll operations assistant for a Singapore SME. Help staff prepare bank GIRO files.",
        ),
        ("user", "What's the usual layout of a GIRO detail record for salary credits?"),
        (
            "assistant",
            "Typically a fixed-width line: record type, bank and branch code, account number, payee name (35 chars, uppercase), amount in cents zero-filled, transaction code 22 for salary, and a reference.",
        ),
        (
            "user",
            "Ok this one keeps getting rejected, can you spot the issue? 1 7339 0052 4471893020 GOH SHU TING ANGELINE 0000412500 22 SAL NOV2026 — she said her UOB account was only opened last week.",
        ),
        (
            "assistant",
            "The account number 4471893020 looks like it was keyed with the branch code split wrongly; confirm the full UOB account with Ms Goh before resubmitting, since a newly opened account may not yet accept IBG credits.",
        ),
    ],
    [
        ("system", "Anda pembantu HR yang menjawab soalan tentang caruman KWSP dan PERKESO."),
        ("user", "Berapa kadar caruman KWSP untuk pekerja bawah 60 tahun?"),
        (
            "assistant",
            "Pekerja 11%, majikan 13% jika gaji RM5,000 ke bawah atau 12% jika melebihi RM5,000.",
        ),
        (
            "user",
            "Baik. Pekerja saya Azman bin Latif, K/P 870623-05-5179, gaji RM2,800 sebulan. Berapa jumlah caruman untuk dia bulan ni?",
        ),
        (
            "assistant",
            "Untuk gaji RM2,800: caruman pekerja RM308 dan majikan RM364 (berdasarkan Jadual Ketiga), jumlah RM672. Pastikan nombor K/P Encik Azman betul dalam fail Borang A.",
        ),
    ],
    [
        ("system", "你是企业人事薪酬助手。"),
        ("user", "员工离婚后，法院判决每月从工资里扣抚养费，公司应该怎么操作？"),
        (
            "assistant",
            "公司收到法院协助执行通知书后，应按文书载明的金额和期限从应发工资中扣划，并保留书面记录，同时注意保障员工基本生活费。",
        ),
        (
            "user",
            "明白。就是我们部门的李娜，她上个月刚和老公离婚，孩子判给男方，法院要求她每月付 3,000 元抚养费，她很怕同事知道。",
        ),
        (
            "assistant",
            "理解。建议只由薪酬专员处理该扣款，工资条上用中性名称（如“其他代扣”），不要在部门群或邮件中提及李娜的离婚情况。",
        ),
    ],
    [
        ("system", "你係一個強積金查詢助手，用廣東話回答。"),
        ("user", "受託人寄周年權益報表去錯地址，點樣改？"),
        ("assistant", "可以經僱主或者直接向受託人遞交更改地址表格，部分受託人亦接受網上更改。"),
        (
            "user",
            "係我老婆陳秀英嘅報表，佢而家住將軍澳寶林邨寶勤樓 1708 室，但信仲寄去佢以前喺觀塘嘅舊屋，佢公司 HR 又話唔得閒幫手。",
        ),
        (
            "assistant",
            "咁陳太可以自己登入積金易平台更新住址，或者填表連同住址證明寄返受託人，毋須經公司 HR。",
        ),
    ],
    [
        ("system", "You are an HR policy assistant for a Malaysian manufacturing company."),
        (
            "user",
            "Our staff member Farid Hakim from the QC line was diagnosed with end-stage kidney failure and now needs dialysis three times a week. How should payroll treat his leave?",
        ),
        (
            "assistant",
            "Under the Employment Act he is entitled to hospitalisation leave of up to 60 days in addition to sick leave; dialysis sessions supported by medical certificates can be recorded as sick or hospitalisation leave with full pay until the entitlement is used up.",
        ),
        ("user", "And if he runs out? He's the only earner for his wife and three kids."),
        (
            "assistant",
            "You could consider unpaid leave, flexible shifts or a role change; SOCSO's Invalidity Scheme may also apply if he becomes permanently unable to work, so HR can help him prepare the claim.",
        ),
    ],
    [
        ("system", "You are a tax filing helper for Singapore employees. Be concise."),
        (
            "user",
            "My IR8A looks off lah. Name Kelvin Sim Jun Jie, NRIC S8812093J, salary $5,400 x 12, plus bonus $10,800, but the form shows gross $75,600 only.",
        ),
        (
            "assistant",
            "5,400 x 12 = 64,800, plus 10,800 bonus = 75,600, so the total matches. Check whether your AWS was declared separately under item d(ii) rather than included in the bonus.",
        ),
        (
            "user",
            "Oh ok, AWS $5,400 was separate, so should be $81,000 right? I already emailed HR at my personal kelvinsim.jj@outlook.com address.",
        ),
        (
            "assistant",
            "Yes, if the AWS was paid in the year it should appear on the IR8A, giving $81,000. Ask HR to submit an amendment through AIS.",
        ),
    ],
    [
        ("system", "你是台灣的人資勞健保問答助手，請用繁體中文回答。"),
        ("user", "員工留職停薪期間勞保可以繼續投保嗎？"),
        (
            "assistant",
            "育嬰留職停薪期間可選擇繼續加保，其他原因留職停薪原則上應辦理退保，但可依規定以個人身分加保職業工會等。",
        ),
        (
            "user",
            "我自己就是要育嬰留停，身分證 H115930282，手機 0936-228-417，公司在桃園，想確認勞保局那邊需要我本人送什麼？",
        ),
        (
            "assistant",
            "由雇主填寫育嬰留職停薪續保申請書送勞保局即可；您可另向勞保局申請育嬰留職停薪津貼，需附子女戶籍資料及存摺封面。",
        ),
    ],
    [
        ("system", "You are an assistant that reformats HR exports into MPF trustee upload files."),
        (
            "user",
            "Please convert this HRIS row into the trustee's pipe format: R114869(8) / Fong Tsz Lok / joined 2021-09-01 / income 32,000 / mobile 9471 2285.",
        ),
        (
            "assistant",
            "FONG TSZ LOK|R114869(8)|20210901|32000.00|1500.00|1500.00|94712285 — relevant income is capped at $30,000, so both employer and employee mandatory contributions are $1,500.",
        ),
        ("user", "Thanks, that's right."),
    ],
    [
        ("system", "Anda pembantu hak pekerja yang menjawab dalam Bahasa Melayu."),
        (
            "user",
            "Jiran saya, Pak Cik Ramli yang tinggal di No. 14, Lorong Cempaka 3, Taman Melawati, kata majikan dia tak bayar caruman PERKESO sejak Jun. Dia jaga keselamatan kondominium.",
        ),
        (
            "assistant",
            "Pak Cik Ramli boleh menyemak penyata caruman di portal ASSIST PERKESO atau pergi ke pejabat PERKESO terdekat untuk membuat aduan terhadap majikan.",
        ),
        (
            "user",
            "Dia tak reti guna telefon pintar, dan dia baru keluar hospital sebab strok ringan bulan lepas.",
        ),
        (
            "assistant",
            "Kalau begitu, seorang ahli keluarga boleh menemaninya ke kaunter PERKESO dengan kad pengenalan dan slip gaji terakhir; strok itu juga mungkin layak untuk tuntutan faedah jika berkaitan pekerjaan.",
        ),
    ],
    [
        ("system", "你是企业网银代发工资客服助手。"),
        ("user", "代发工资有一笔被银行退回，返回码是“户名账号不符”，一般什么原因？"),
        ("assistant", "常见原因是户名有生僻字或多了空格、卡号录错一位，或员工的卡已销户换卡。"),
        (
            "user",
            "我查了一下，是仓库的刘建华，卡号 6217 8620 0010 3345 216，他说上个月卡丢了补办过。",
        ),
        ("assistant", "补办后卡号通常会变化，请让刘建华提供新卡号并核对开户名，再单笔重发即可。"),
        ("user", "他手机是 139 2874 6651，我让他直接把新卡照片发给你们行里的客户经理可以吗？"),
    ],
]
