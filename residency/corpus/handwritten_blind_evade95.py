# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade95: personal data in document-generation and printing pipelines. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade95
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "latex_source"): _lines(r"""
        \documentclass[11pt,a4paper]{letter} \usepackage{fontspec} \setmainfont{TeX Gyre Termes} \signature{Accounts Receivable Team} \address{Harbourline Logistics Pte Ltd / 80 Robinson Road #10-01 / Singapore 068898}
        \newcommand{\recipient}{<<FULL_NAME>>} \newcommand{\nric}{<<NRIC>>} % filled by mailmerge.py at render time, never commit filled copies
        \begin{tabular}{|l|r|} \hline Item & Amount (SGD) \\ \hline A4 toner cartridge TK-5240K & 189.00 \\ Fuser unit FK-5290 & 412.50 \\ \hline \end{tabular}
        @book{lu1923nahan, author = {Lu Xun}, title = {Nahan (Call to Arms)}, publisher = {Xinchao She}, year = {1923}, note = {reprint, ISBN 978-7-02-005034-9}}
        \hypersetup{pdftitle={Annual Report 2025}, pdfauthor={Corporate Communications, Straits Mercantile Bhd}, pdfsubject={Form 10 filing}, pdfkeywords={annual report, governance}}
        % Certificate template v3.2 -- \certname and \certid are injected by the Jinja pass (see render_certs.py --dry-run) \def\certname{\VAR{student.full_name}} \def\certid{\VAR{student.cert_no}}
        \section*{Data protection notice} We collect your name, NRIC/FIN and contact number only to issue your certificate. Questions may be sent to our Data Protection Officer at dpo@nanyangskills.edu.sg.
        \letterhead{Ministry of Health Malaysia}{Aras 3, Blok E7, Parcel E, Presint 1, 62590 Putrajaya}{Tel: 03-8000 8000}
        \caption{Print queue latency by driver (PCL6 vs PostScript 3), n = 14,208 jobs, median 2.4 s} \label{fig:latency}
        \opening{Dear Mr Darcy,} We regret to inform you that Netherfield Park is no longer available for the Michaelmas term. \closing{Yours faithfully,}
        \texttt{invoice\_no}: INV-2026-004417 \quad \texttt{po\_ref}: PO/SG/88213 \quad \texttt{due}: 31 Dec 2026 \quad \texttt{amount}: SGD 3,482.60
        ! LaTeX Error: File `ctexart.cls' not found. Type X to quit or <RETURN> to proceed, or enter new name. (Default extension: cls) Enter file name:
    """),
    ("en", "print_job"): _lines(r"""
        @PJL JOB NAME="INV-2026-004417.pdf" @PJL SET USERNAME="svc-billing" @PJL SET RESOLUTION=600 @PJL ENTER LANGUAGE=PCLXL
        %!PS-Adobe-3.0 %%Creator: Ghostscript 10.02.1 %%Title: (Quarterly statement batch 2026Q3) %%Pages: 4812 %%BoundingBox: 0 0 595 842 %%EndComments
        /Helvetica-Bold findfont 14 scalefont setfont 72 760 moveto <494E564F49434520494E562D323032362D303034343137> show 72 740 moveto <5041494420494E2046554C4C202D205448414E4B20594F55> show
        ^[E^[&l26A^[&l0O^[&l1X^[(s0p12h10v0s0b3T^[*p150x300Y STATEMENT OF ACCOUNT -- SPECIMEN ONLY ^[E
        cups-pdf[2291]: job 18342 'Payslip_template_blank.pdf' from user printops on host print02 -- 1 page, 0.4 s
        lpstat -o: HP_M607_L3-18342 printops 482304 Fri 04 Dec 2026 09:14:07 AM +08
        %%BeginFeature: *Duplex DuplexNoTumble <</Duplex true /Tumble false>> setpagedevice %%EndFeature %%BeginFeature: *InputSlot Tray2 <</MediaPosition 1>> setpagedevice %%EndFeature
        ipptool -tv ipp://print02.corp.local:631/printers/HP_M607_L3 get-jobs.test -> job-id 18342 job-state 9 (completed) job-originating-user-name "svc-hr-batch" job-impressions-completed 2
        (Page ) show pagenum 10 string cvs show ( of ) show pagecount 10 string cvs show showpage %%Trailer %%EOF
        PCL XL error 21: page too complex -- job 'Annual_Report_2025_final_v7.pdf' on Ricoh IM C3000, set PageProtect=AUTO and resend
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /GBK-EUC-H def /Registry (Adobe) /Ordering (GB1) endcmap 80 720 moveto <CABEC0FDCEC4B5B5> show
        Fiery job log: 2026-12-05 17:42 | job 00713 | "Brochure_OpenHouse_2027.pdf" | 420 sheets SRA3 | duplex | stapled | user: marketing-kiosk | status: printed
    """),
    ("en", "rendered_template"): _lines(r"""
        Dear {{ customer.first_name }}, your order {{ order.id }} has shipped via {{ carrier }} and should arrive by {{ eta | date("d M Y") }}.
        {{#patients}}<tr><td>{{name}}</td><td>{{mrn}}</td><td>{{ward}}</td></tr>{{/patients}}{{^patients}}<tr><td colspan="3">No admissions today</td></tr>{{/patients}}
        Dear Valued Customer, your order SO-88213-MY has shipped via J&T Express (tracking JT0012847736511) and should arrive by 09 Dec 2026.
        jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'nric' -- template: letters/renewal_notice.html.j2, line 14
        Your appointment at Raffles Place Dental Centre is confirmed for Tuesday, 15 December 2026 at 10:30. To reschedule, call the clinic at 6225 1188.
        Hi there! Thanks for registering for PyCon APAC 2026 -- your ticket number is PYA26-00417-GA. Show this email at the registration desk.
        Rendered 3,214 of 3,220 letters; 6 skipped (missing postal_code). Output: out/renewal_2026-12/*.pdf, 18.7 MB, template sha256:9b1e4c07d2aa83f5e61c0f7d94b2a3c8e5d716f0a2b9c4e8d13f6a7052be9c41
        Subject: Your e-statement for November 2026 is ready | Dear Cardmember, your statement is now available in the app. Minimum payment and due date are shown on page 1.
        Sherlock Holmes, 221B Baker Street, London NW1 6XE -- Dear Mr Holmes, your library membership renewal is due on {{ renewal_date }}.
        {% for line in invoice.lines %}{{ line.sku }} x{{ line.qty }} @ {{ "%.2f"|format(line.unit_price) }}{% endfor %} Subtotal: {{ invoice.subtotal }}
        Press release (rendered from pr_template.j2): Prime Minister Lawrence Wong delivered his National Day Rally speech on 17 August 2025, the Prime Minister's Office said.
    """),
    ("en", "mail_merge"): _lines(r"""
        salutation,first_name,last_name,nric,address_line1,postal_code,mobile,amount_due
        "Mr","John","Doe","S0000000X","1 Example Street","000000","+65 0000 0000","0.00"
        «Title» «FirstName» «LastName» / «Address1» / «City» «Postcode» -- Word mail merge field codes; check the data source if the fields print as errors
        row 418: SKIPPED (email field empty) | row 419: OK | row 420: OK | rows processed: 1,206 | merged PDF: merge_2026-12-04.pdf (1,204 pages)
        org_name,contact_role,phone,email / "Klinik Kesihatan Kelana Jaya","Reception","03-7880 4455","kkkelanajaya@moh.gov.my"
        "Tan Tock Seng Hospital","11 Jalan Tan Tock Seng","308433","6256 6011","Main switchboard"
        school_code,school_name,district,enrolment / SJKC-JB-041,"SJK(C) Foon Yew 2","Johor Bahru",2418
        Mail merge test send to all 12 addresses on the QA list (qa-list@example.com) completed; no production data used.
        { MERGEFIELD Amount_Due \# "$#,##0.00" } -- shows as $1,250.00 in preview record 1 of 1 (sample data source)
    """),
    ("en", "pdf_extract"): _lines(r"""
        pdftotext -layout statement_template.pdf - | head: ACCOUNT SUMMARY    Opening balance    Payments    Closing balance    Page 1 of 3
        T a b l e 4 . M e d i a n h o u s e h o l d i n c o m e b y r e g i o n , 2 0 2 5 ( S G D )   C e n t r a l 1 4 , 2 0 0   E a s t 1 1 , 9 8 0
        FORM IR8A  Name of Employee: ____________  NRIC/FIN: ____________  Date of birth: __/__/____  (blank form, Inland Revenue Authority of Singapore, YA 2027)
        Tracking No. SPXMY048812736550 | Order ID 261204ABCD9KQ7 | Weight 1.20 kg | Sort code KUL-47-03B | COD: No
        The ﬁrst ofﬁcial census of the Straits Settlements was taken in 1871; Sir Stamford Raffles had founded the trading post in 1819.
        Policy No. TL-2026-0884132 -- Schedule of Benefits: Hospital room & board SGD 1,200/day; Surgical limit SGD 60,000; Deductible SGD 3,500 per policy year.
        Page 7 of 212 — Terms and Conditions (continued) 14.3 The Bank may vary these terms by giving 30 days' notice. 14.4 Call our 24-hour hotline 1800 111 1111.
        Scan quality report: OCR confidence 0.93, 2 pages rotated, 1 blank page removed, fonts: ArialMT (embedded subset), SimSun (not embedded)
        Author: Jane Austen  Title: Pride and Prejudice  Producer: pdfTeX-1.40.25  CreationDate: D:20261203101512+08'00'  Pages: 432
        Receipt No. R-00917342  Date 04/12/2026 14:22  Cashier 03  Nasi lemak ayam x2  RM 21.80  SST 6%  RM 1.31  Total RM 23.11  Thank you, please come again
    """),
    ("zh-Hans", "latex_source"): _lines(r"""
        \documentclass[UTF8]{ctexart} \title{2026年第三季度财务报告} \author{财务部} \date{\today}
        \newcommand{\xingming}{\underline{\hspace{4cm}}} \newcommand{\shenfenzheng}{\underline{\hspace{6cm}}} % 空白表格，打印后手写填写
        \begin{tabular}{ll} 项目 & 金额（元） \\ 打印耗材 & 12,480.00 \\ 设备维护 & 3,600.00 \\ 合计 & 16,080.00 \end{tabular}
        鲁迅在《狂人日记》中写道：“救救孩子……”\footnote{鲁迅：《呐喊》，人民文学出版社，1973年版。}
        % 模板说明：\VAR{学生.姓名} 与 \VAR{学生.学号} 由渲染脚本填充；请勿将已填充的 .tex 文件提交到仓库
        ! Package fontspec Error: The font "SimSun" cannot be found. 请安装思源宋体，或在 \setCJKmainfont 中改用 Noto Serif CJK SC。
        \bibitem{gbt7714} 国家市场监督管理总局. GB/T 7714—2015 信息与文献 参考文献著录规则[S]. 北京: 中国标准出版社, 2015.
    """),
    ("zh-Hans", "rendered_template"): _lines(r"""
        尊敬的{{ 客户姓名 }}，您的订单 {{ 订单号 }} 已于 {{ 发货日期 }} 发出，请注意查收。
        尊敬的客户：您本期信用卡账单已生成，应还金额请登录手机银行查询。如有疑问请致电客服热线 95588。
        【顺丰速运】您的快件 SF1402837745619 已到达深圳南山集散中心，预计明日送达。
        渲染完成：共生成 2,316 份录取通知书，失败 4 份（缺少字段 邮政编码），输出目录 out/tongzhishu_2026/
        {% if 学生.奖学金 %}恭喜您获得{{ 学生.奖学金.名称 }}！{% else %}感谢您的申请。{% endif %}
        发票代码 044031900111 发票号码 08813427 开票日期 2026年11月28日 金额 ¥1,280.00 税额 ¥166.40 销售方：深圳市华印科技有限公司
        温馨提示：本通知由系统自动生成，请勿直接回复。如需帮助，请联系学校招生办公室 010-6275 1407。
    """),
    ("zh-Hans", "pdf_extract"): _lines(r"""
        第 3 页 共 12 页 　　二〇二六年度 部 门 预 算 公 开 说 明 　　一、收入预算 2,418.6 万元
        居民身份证申领登记表（空白） 姓名：＿＿＿＿ 性别：＿＿ 公民身份号码：□□□□□□□□□□□□□□□□□□ 常住户口所在地：＿＿＿＿
        毛泽东于1949年10月1日在天安门城楼宣告中华人民共和国中央人民政府成立。
        pdfinfo: Title: 季度报告 Author: 行政部 Creator: WPS 文字 Producer: WPS PDF Pages: 18 Encrypted: no
        快递面单 运单号 YT7512038846221 寄件网点：杭州西湖 目的网点：成都武侯 重量 2.3kg 保价 否
        统 计 表 2 ： 2025 年 各 省 份 打 印 设 备 采 购 量 （ 台 ） 广 东 18,240 江 苏 15,117 浙 江 12,906
    """),
    ("zh-Hant", "print_job"): _lines(r"""
        @PJL SET JOBNAME="報價單_Q-2026-1187.pdf" @PJL SET USERNAME="FINANCE-PC07" @PJL ENTER LANGUAGE=POSTSCRIPT
        /MingLiU-Big5 findfont 12 scalefont setfont 90 700 moveto <B3F8BBF9B3E6> show ( Q-2026-1187) show
        列印佇列：HP-LaserJet-4F 共 3 份工作 ｜ 工作 1042「會議紀錄_1205.docx」12 頁 ｜ 工作 1043「場地租借申請表（空白）.pdf」2 頁 ｜ 狀態：列印中
        %%Title: (中華民國115年度總預算案) %%Creator: Adobe InDesign 2026 %%DocumentNeededResources: font MingLiU-ExtB %%Pages: 386
        印表機錯誤 49.4C02：韌體錯誤，請關閉電源後重新開機。如問題持續，請致電原廠客服 0800-010-055。
    """),
    ("zh-Hant", "pdf_extract"): _lines(r"""
        國立臺灣大學 115 學年度 入學申請表（範本） 姓名：＿＿＿＿ 身分證字號：＿＿＿＿＿＿＿＿＿＿ 聯絡電話：＿＿＿＿
        孫中山先生於 1905 年在東京成立中國同盟會，提出「驅除韃虜，恢復中華，創立民國，平均地權」。
        發票號碼 QX-40718236 日期 115/12/03 品名 碳粉匣 CF258X 數量 2 單價 3,450 合計 6,900 賣方統一編號 24536806
        香港特別行政區政府 1823 查詢熱線 ｜ 服務時間 每日 24 小時 ｜ 網址 www.1823.gov.hk
        第 2 頁／共 5 頁 租 賃 合 約 範 本 　 甲方（出租人）：＿＿＿＿ 乙方（承租人）：＿＿＿＿ 租金每月新臺幣＿＿＿元整
        掃描結果：OCR 信心值 0.88，偵測到 2 個表格、1 個印章（公司章，非個人），已輸出 searchable PDF。
    """),
    ("ms", "mail_merge"): _lines(r"""
        gelaran,nama_penuh,no_kp,alamat_1,poskod,negeri,no_telefon,jumlah_tunggakan
        "Klinik Kesihatan Seksyen 7","Jalan Plumbum 7/102","40000","Shah Alam","03-5510 2224"
        Cantuman surat selesai: 842 surat dijana, 3 rekod ditolak kerana poskod tidak sah, fail output surat_tawaran_2027.pdf
        «Gelaran» «Nama» / «Alamat1» / «Poskod» «Bandar» -- medan cantuman Microsoft Word, jangan padam tanda «»
        "SK Taman Tun Dr Ismail (1)","Jalan Datuk Sulaiman","60000","Kuala Lumpur","WBA0123"
        Contoh rekod ujian sahaja: "NAMA CONTOH","000000-00-0000","ALAMAT CONTOH","00000" -- padam sebelum cantuman sebenar
    """),
    ("ms", "rendered_template"): _lines(r"""
        Yang dihormati {{ nama }}, permohonan anda {{ no_rujukan }} telah {{ status }}. Sila semak portal untuk maklumat lanjut.
        Pelanggan yang dihargai, bil elektrik anda untuk November 2026 telah dijana. Sila rujuk bil untuk nombor akaun. Hubungi TNB Careline 15454.
        Notis: Pejabat Pendaftaran Negara cawangan Petaling Jaya akan ditutup pada 25 Disember 2026 sempena Hari Krismas.
        Tahniah! Tiket anda untuk Pesta Buku Antarabangsa Kuala Lumpur 2027 telah disahkan. No. tiket: PBAKL27-0041733. Sila tunjukkan e-mel ini di pintu masuk.
        Ralat templat: pemboleh ubah 'pelajar.no_kp' tidak ditakrifkan dalam templat sijil_tamat.html.j2 baris 22
        Tunku Abdul Rahman mengisytiharkan kemerdekaan Persekutuan Tanah Melayu pada 31 Ogos 1957 di Stadium Merdeka.
    """),
    ("mixed", "pipeline_chat"): _lines(r"""
        @channel the nightly mail-merge job failed again lah, template letters/renew_v4.j2 missing {% endif %} at line 31, boleh someone fix before 8am?
        打印机 L3-HP607 又卡纸了，已经报修 ticket INC-0048812，IT 说明天上午来换 fuser。
        Reminder: jangan commit rendered PDFs into the repo; only templates (*.tex, *.j2, *.mustache) and fixtures with dummy names.
        ghostscript 10.03 upgrade 之后 CJK fonts 全部变成豆腐块 □□□，要在 cidfmap 里加 /STSong-Light 的 mapping 才 ok
        PO 2026-11-3381 for 40 boxes kertas A4 80gsm approved, vendor Syarikat Percetakan Maju Sdn Bhd, delivery to loading bay B by Friday.
        FYI 台北辦公室的 Canon iR-ADV C5840 IP 改成 10.24.8.51，driver 請用 UFR II 不要用 PCL6，不然中文會亂碼。
        who owns the cron for statement_batch? it's printing 2x copies since v2.8.1 deploy, rollback ok or not?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        /Helvetica findfont 11 scalefont setfont 72 700 moveto <54414E20574549204C494E47> show 300 700 moveto <533837333432313548> show 72 680 moveto (Outpatient bill: SGD 486.20, Ward 7B physiotherapy) show
        @PJL SET JOBNAME="MC_Rajesh_Kumar_al_Muniandy_3days_gastroenteritis.pdf" @PJL SET USERNAME="rajesh.k" @PJL SET COPIES=1 @PJL ENTER LANGUAGE=PCLXL
        \newcommand{\studentname}{Chloe Fernandez} \newcommand{\studentid}{T1128406F} \newcommand{\cca}{Girl Guides} \newcommand{\conduct}{Fair -- two suspensions in Term 2 for vaping}
        "Mdm","Goh","Siew Ping","T0218364H","Blk 412 Bedok North Ave 2 #08-117","460412","8462 0395","1284.50"
        N a m e : O N G  J U N  H A O   N R I C : S 9 1 4 6 0 7 2 F   D i a g n o s i s : T y p e  2  d i a b e t e s  m e l l i t u s
        Dear Mr Marcus de Souza, your appointment at the Psychiatry Clinic, Block 3 Level 2, is on 14 Dec 2026 at 9:40am. Queue no. P-027. Please bring your NRIC (S7602931H).
        render ok template=welcome_pack.mustache ctx=eyJuYW1lIjoiQWxpY2lhIFRoYW0gUGVpIFNoYW4iLCJmaW4iOiJHNjA1MTIzOE4iLCJtb2JpbGUiOiIrNjUgOTAxOCA3NzMxIiwicGxhbiI6Im1hdGVybml0eSJ9 pages=3
        /Author <FEFF0050007200690079006100200064002F006F002000530075006200720061006D0061006E00690061006D> /Title (Resignation letter - serving 1 month notice, last day 31 Jan 2027) /Producer (Microsoft Word for Microsoft 365)
        ^[*p150x1400Y Card: 4556 3888 8270 2094  Exp 08/29  Cardholder: KEVIN CHUA BOON HOCK ^[*p150x1460Y Deposit SGD 2,150.00 (pre-authorised) ^[E
        PAYSLIP NOV 2026 | Employee: Nurul Huda binti Kamarudin | Emp No 00417 | Basic 3,850.00 | OT 212.40 | CPF (EE) 770.00 | Net pay 3,292.40 | Credited to DBS 027-918442-0
        \opening{To whom it may concern,} I supervised Mr Daniel Teo Kah Meng (NRIC T0593817H) during his internship with us from May to August 2026; he was absent for 11 days owing to his father's stroke.
        "WONG, Ka Yan Kelly","K382915(4)","Flat 12B, Block 3, Kwun Tong Garden, Kwun Tong, Kowloon","6128 3947","overdue rent HK$18,400"
        To: sarah.lim.88@gmail.com | Subject: Your IVF review on 09/12 | Hi Sarah, this confirms your follow-up with the fertility team at 2:15pm. Please fast from midnight.
        %!PS-Adobe-3.0 %%Creator: Microsoft Word %%For: (Hafizah Binti Osman) %%Title: (Hafizah_divorce_affidavit_draft3.docx) %%CreationDate: (12/4/2026 11:02 PM)
        lpq -P HR_Color: active  siti.aminah  1042  Warning_letter_Muthu_a-l_Ramasamy_repeated_lateness.pdf  88213 bytes
        DEBUG render letters/loan_offer.j2 ctx={'applicant': 'Lee Jia Hui', 'ic': '920722-14-6318', 'loan_amount': 45000, 'monthly_income': 4200, 'employer': 'retail assistant, Sunway Pyramid'}
        SHIP TO: Aaron Pereira / 23 Jalan SS 2/64 / 47300 Petaling Jaya, Selangor / Tel 016-742 9018 / Order 261204ABX77Q / Contents: insulin pen needles x3
        merge row 57 -> Ravi s/o Gunasekaran, 9736 2184, unpaid tuition Q4 $640
    """),
    "zh-Hans": _lines(r"""
        /STSong-Light-GBK-EUC-H findfont 12 scalefont setfont 80 720 moveto <C0EEBDA8B9FA> show 260 720 moveto (110105198803140277) show 80 700 moveto <D7A1D4BAD1BABDF0CAD5BEDD> show
        To: <15821934472@139.com> | Content-Disposition: attachment; filename*=UTF-8''%E9%99%88%E6%80%9D%E8%BF%9C_%E4%BD%93%E6%A3%80%E6%8A%A5%E5%91%8A_2026.pdf
        \newcommand{\xingming}{周雨桐} \newcommand{\shenfenzheng}{330106199301300586} \newcommand{\zhuanye}{会计专业 2023 级} \newcommand{\chufen}{期末考试作弊，给予记过处分}
        {"name":"\u738b\u7f8e\u73b2","phone":"186-2179-3340","addr":"上海市浦东新区张杨路1588弄12号602室","tpl":"jiaofei_tongzhi.mustache"}
        尊敬的刘志强先生：您于2026年11月30日申请的个人消费贷款（金额 ¥80,000）未获批准，原因：个人征信存在逾期记录。如有疑问请致电 95588。
        张晓雯,女,310115199107220462,138 1046 7723,上海市徐汇区漕溪北路 88 弄 5 号 1201 室,物业费欠缴 ¥3,260
        /Author <FEFF8D754E3D5A1F> /Title <FEFF79BB804C8BC1660E> /Creator (WPS 文字) /CreationDate (D:20261130162210+08'00')
        姓 名 ： 黄 俊 杰 　 身 份 证 号 ： 4 4 0 3 0 5 1 9 8 5 0 9 0 9 0 1 3 0 　 诊 断 ： 腰 椎 间 盘 突 出 症 　 建 议 休 息 两 周
        @打印室 小李 帮我把孙浩然的录取通知书重打一份，地址改成南京市玄武区珠江路 688 号 3 栋 502，他电话 177 0711 3958
        2026-12-05 08:31:12 打印任务 #7731 用户 wangfang 文件「杨秀英_工资条_2026年11月.pdf」 实发工资 6,842.30 元 状态 已完成
        还款提醒（已渲染）：郑伟 您好，您的农业银行信用卡 6228 4854 6522 2657 本期应还 ¥4,318.22，最后还款日 12月20日。
    """),
    "zh-Hant": _lines(r"""
        /MingLiU-Big5 findfont 12 scalefont setfont 72 700 moveto <B3AFA9C9A767> show ( A234817567 ) show (115學年度 清寒獎學金 核定 NT$20,000) show
        To: linyating0712@gmail.com | Content-Disposition: attachment; filename*=UTF-8''%E6%9E%97%E9%9B%85%E5%A9%B7_%E6%88%90%E7%B8%BE%E5%96%AE.pdf
        "黃子朗","Y604127(0)","九龍旺角通菜街 123 號 8 樓 B 室","9372 0518","拖欠管理費 HK$6,420"
        \newcommand{\name}{區嘉儀} \newcommand{\hkid}{R258306(1)} \newcommand{\ward}{瑪麗醫院 K12 病房} \newcommand{\dx}{乳癌第二期，化療第三週期}
        【中華電信】吳冠宇先生您好，您的門號 0912-384-576 本期帳單 NT$1,388 已逾期 15 日，請儘速繳費以免停話。
        申 請 人 ： 蔡 承 翰 　 身 分 證 字 號 ： F 1 2 7 3 9 6 0 4 7 　 戶 籍 地 址 ： 新 北 市 板 橋 區 文 化 路 一 段 2 8 8 號 7 樓
        @PJL SET JOBNAME="張家豪_診斷證明書_重度憂鬱症.pdf" @PJL SET USERNAME="nurse03" @PJL ENTER LANGUAGE=PCLXL
        阿May 幫手印埋份租約：租客 何嘉敏，HKID P917243(6)，電話 5403 6129，租沙田第一城 32 座 15 樓 F 室，月租 $14,800
    """),
    "ms": _lines(r"""
        72 700 moveto <4E5552204154495141482042494E544920524F534C414E> show 320 700 moveto (No. KP: 880314-10-5528) show 72 680 moveto (Yuran tertunggak: RM 1,250.00) show
        X-Merge-Template: surat_amaran_ptptn.docx | X-Merge-Data: TW9oZCBIYWZpeiBiaW4gWmFpbmFsLCA4NTA5MDktMDEtNTA0Mw==
        "Encik","Ahmad Faizal bin Abdullah","790615-07-5211","No. 14, Lorong Kenari 3, Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang","012-338 4571","ansuran kereta tertunggak 3 bulan"
        Yang dihormati Puan Rosnah binti Ismail, keputusan ujian darah anda pada 28/11/2026 menunjukkan paras HbA1c 8.9%. Sila hadir ke Klinik Kesihatan Kuala Kubu Bharu pada 10/12/2026.
        Notis saman dijana: No. kenderaan WXY 4821, pemilik Lim Chee Keong, kesalahan memandu melebihi had laju (142 km/j) di KM 302.4 Lebuhraya Utara-Selatan, kompaun RM 300
        \newcommand{\namapelajar}{Muhammad Aiman bin Rosli} \newcommand{\nokp}{010218-08-0437} \newcommand{\sekolah}{SMK Seri Manjung} \newcommand{\catatan}{Digantung sekolah 5 hari kerana bergaduh}
        N a m a : K A V I T H A  a / p  S U P P I A H   N o . K P : 9 5 0 8 1 1 - 1 2 - 5 6 9 4   J a w a t a n : J u r u r a w a t   G a j i : R M 3 , 4 2 0
        kak, tolong print borang ni utk adik aku Nur Izzati binti Hamdan, IC 930130-06-5388, no tel 019-265 7730, dia nak mohon bantuan OKU
        Log pencetak 05/12/2026 10:22 pengguna: farah.n fail: "Penyata_Maybank_Tan_Mei_Ling_akaun_514022338817_Nov2026.pdf" halaman: 4
    """),
    "mixed": _lines(r"""
        @team pls reprint the MC for Ethan Ong Yi Xuan, NRIC T1547026C, 3 days hand-foot-mouth, 老师 say school must have hardcopy with clinic stamp
        Tolong reprint slip gaji staff ni: Gopal a/l Krishnan, IC 760503-13-5157, gaji bersih RM 4,128.60, akaun CIMB 7012448392, printer L2 jam tadi 又卡纸
        LINE ID: mei_ting_0927 / 電話 0963-207-418 / 收件人 許美婷 / ship to 台中市西屯區福星路 427 號 5F，receipt print 要繁體 pls
        WeChat: zhangyu_sz1988, 手机 139 2580 6617, name card 印 200 张: 张宇 Senior Engineer，背面加印家庭住址 深圳市南山区桃源街道 龙珠花园 6 栋 1802
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My LaTeX certificate won't compile, it says Undefined control sequence at line 12. Here's the snippet:",
        ),
        (
            "user",
            r"\newcommand{\recipient}{Jonathan Peh Wei Ming} \newcommand{\nric}{T0812573I} \certbody{\recipient}{\nric}{Completed 40 hours of community service ordered by the Youth Court}",
        ),
        (
            "assistant",
            r"The error comes from \certbody, which is not defined in your preamble. Either define it with \newcommand{\certbody}[3]{...} or load the class file that provides it.",
        ),
        ("user", "ok it compiles now, thanks. can you also make his name bold on the cert?"),
    ],
    [
        ("user", "Can you write me a Jinja2 template for a rent arrears reminder letter?"),
        (
            "assistant",
            "Sure: Dear {{ tenant_name }}, our records show rent of {{ amount }} for {{ unit }} is overdue since {{ due_date }}. Please pay within 14 days.",
        ),
        (
            "user",
            "Perfect. Render it for my tenant: Mohan s/o Pillai, unit Blk 221 Tampines St 21 #05-332, owes $2,400 since 1 Oct, his number is 9123 4867.",
        ),
        (
            "assistant",
            "Dear Mohan s/o Pillai, our records show rent of $2,400 for Blk 221 Tampines St 21 #05-332 is overdue since 1 October. Please pay within 14 days.",
        ),
    ],
    [
        ("user", "PostScript 文件里有一段十六进制文字，怎么还原成中文？"),
        (
            "assistant",
            "如果字体使用 GBK 编码，可以用 Python：bytes.fromhex(s).decode('gbk')。请把那段十六进制贴出来。",
        ),
        ("user", "<C2DED6BECEB0> show (320102199508110854) show <B3F6D4BAD0A1BDE1> show"),
        (
            "assistant",
            "解码后是：罗志伟、身份证号 320102199508110854、出院小结。这是一份包含个人身份信息的出院小结，处理时请注意保密。",
        ),
    ],
    [
        ("system", "你是診所系統的模板助手，協助撰寫 Mustache 模板。"),
        ("user", "幫我寫一個覆診提醒的 Mustache 模板，要有病人姓名同覆診時間。"),
        (
            "assistant",
            "{{病人姓名}}您好，提提您 {{覆診日期}} {{時間}} 於本診所覆診，如需改期請回覆此短訊。",
        ),
        (
            "user",
            "試下用呢個資料 render：病人 鄭凱琳，HKID Z713509(3)，手機 6235 8814，12月18日 下午3點 覆診（甲狀腺功能亢進）",
        ),
    ],
    [
        (
            "user",
            "Mail merge Word saya keluar «Error! MergeField was not found in header record». Kenapa ya?",
        ),
        (
            "assistant",
            "Biasanya nama medan dalam dokumen tidak sama dengan tajuk lajur dalam fail Excel. Semak ejaan dan ruang kosong pada baris pertama.",
        ),
        (
            "user",
            "Ini baris pertama dan kedua fail saya: nama,no_kp,alamat,tunggakan / Zulkifli bin Mat Saman,830412-01-5219,No 8 Jalan Mawar 2 Taman Pelangi 80400 Johor Bahru,RM 2,870",
        ),
        (
            "assistant",
            "Tajuk lajur anda nampak betul. Pastikan medan dalam Word ditulis «no_kp», bukan «No_KP».",
        ),
    ],
    [
        (
            "user",
            "why my PCL job print out rubbish characters one? the receipt template looks fine on screen",
        ),
        (
            "assistant",
            "Usually the driver sends PCL6 but the printer expects PCL5, or the escape character got stripped. Can you paste the first bytes of the job?",
        ),
        (
            "user",
            "^[E^[&l26A^[(s0p10h12v0s0b3T Member: Siew Kah Lok  Card 5218 9314 3098 9312  Exp 03/28  Top-up S$500.00 ^[E",
        ),
        (
            "assistant",
            "The header looks like valid PCL5. Try switching the queue to the PCL5 driver and reprint.",
        ),
    ],
    [
        (
            "user",
            "Can you turn this pdftotext output of my bank statement into CSV columns date,description,amount?",
        ),
        (
            "user",
            "Statement for PRISCILLA NAIDU, Account 001-482217-6, 18 Lorong Chuan #03-04 Singapore 556754 / 02 NOV FAST TRANSFER TO NAIDU R 1,500.00 / 05 NOV MOUNT ALVERNIA HOSPITAL 3,240.85 / 07 NOV GIRO IRAS INCOME TAX 812.00",
        ),
        (
            "assistant",
            "date,description,amount / 02 NOV,FAST TRANSFER TO NAIDU R,-1500.00 / 05 NOV,MOUNT ALVERNIA HOSPITAL,-3240.85 / 07 NOV,GIRO IRAS INCOME TAX,-812.00",
        ),
    ],
    [
        ("user", "帮我把这个 CSV 转成 LaTeX 表格，用 booktabs："),
        (
            "user",
            "姓名,工号,部门,月薪 / 陈思琪,A0317,财务部,18500 / 马俊,A0402,IT部,22000 / 唐晓敏,A0519,行政部,9800（试用期）",
        ),
        (
            "assistant",
            r"\begin{tabular}{llll} \toprule 姓名 & 工号 & 部门 & 月薪 \\ \midrule 陈思琪 & A0317 & 财务部 & 18500 \\ 马俊 & A0402 & IT部 & 22000 \\ 唐晓敏 & A0519 & 行政部 & 9800（试用期） \\ \bottomrule \end{tabular}",
        ),
    ],
    [
        (
            "system",
            "You are the online assistant of a print shop. Help customers prepare files for printing.",
        ),
        ("user", "Hi, I need 150 wedding invitations, A5, matte card. Can I send a Word file?"),
        (
            "assistant",
            "Yes, Word is fine, but a PDF with embedded fonts is safer. Please include 3 mm bleed.",
        ),
        (
            "user",
            "ok. the RSVP line should read: RSVP to Natalie Rodrigues 8175 4469 or natalie.rod92@hotmail.com by 20 Jan, reception at our home, 7 Jalan Kembangan, Singapore 419115",
        ),
        (
            "assistant",
            "Noted. We'll place the RSVP details at the bottom of the card and send you a proof by tomorrow.",
        ),
    ],
    [
        ("user", "Boleh tolong betulkan CV LaTeX saya? moderncv keluar error pada \\social."),
        (
            "assistant",
            r"Dalam moderncv versi baru, guna \social[linkedin]{nama-pengguna} dan \phone[mobile]{...}. Tunjukkan bahagian maklumat peribadi anda.",
        ),
        (
            "user",
            r"\name{Aisyah}{binti Kamal Ariffin} \phone[mobile]{+60 11-2384 5096} \email{aisyah.kamal.ariffin@gmail.com} \address{No. 5, Jalan Anggerik 4, Seksyen 31}{40460 Shah Alam}",
        ),
        (
            "assistant",
            "Kod itu betul. Masalahnya ialah \\social tanpa argumen pilihan; tambah [linkedin] di situ.",
        ),
    ],
]
