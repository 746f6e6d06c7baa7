# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat163: chats with an assistant about one's own job loss or unfair dismissal (termination letters, retrenchment benefits, references, background checks, tribunal and labour-office claims, telling family). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat163
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tribunal_faq"): _lines("""
        Q: How long do I have to file a wrongful dismissal claim? A: Lodge it with TADM within one month of your last day of employment; late claims are generally not accepted.
        TADM Service Centre: Devan Nair Institute for Employment and Employability, 80 Jurong East Street 21, Singapore 609607. Consultations by appointment, Mon-Fri 8.30am-5.30pm.
        Employment Claims Tribunals sit at the State Courts Towers, 1 Havelock Square, Singapore 059724. Bring your NRIC or FIN card, payslips and the termination letter to the hearing.
        Retrenchment benefit is not mandated by law for employees with under 2 years of service, but the prevailing norm is between 2 weeks and 1 month of salary per year of service.
        Mandatory Retrenchment Notification must reach MOM within 5 working days after affected employees are told, if the company employs at least 10 staff.
        Q: My employer says I resigned but I was told to leave. A: Keep the WhatsApp message or e-mail asking you to go, and note the date, time and who was in the room.
        Hong Kong Labour Department enquiry hotline 2717 1771 (handled by 1823) runs 24 hours; Labour Relations Division branch offices try conciliation before any referral.
        Labour Tribunal: Ground Floor, 38 Gascoigne Road, Kowloon. Claims above HK$8,000 or by more than 10 claimants go to the Tribunal; smaller ones go to MECAB.
        Severance payment in Hong Kong is two-thirds of the last month's wages (wage ceiling HK$22,500) for each year of service, subject to an overall cap of HK$390,000.
        Reference letters: employers are not legally required to give a testimonial, but a Certificate of Employment stating dates and job title is good practice under the Tripartite Guidelines.
        Q: Can a screening firm call my previous employer without my consent? A: Under the PDPA the organisation should obtain consent unless an exception, such as evaluative purposes, applies.
        Need help in another language? Call the MOM contact centre at 6438 5122 or use the online enquiry form; Mandarin, Malay and Tamil interpreters can be arranged.
        Tip: the Employment Claims Tribunals do not allow lawyers to appear for either side, so prepare a one-page timeline with dates, amounts claimed and the clause of the contract you rely on.
    """),
    ("en", "hr_system_log"): _lines("""
        2026-03-02T09:14:07+08:00 INFO offboard-svc batch=RTR-2026-Q1-007 template=termination_letter_sg_v4.docx rendered=38 failed=0 duration_ms=12873
        2026-03-02T09:14:09+08:00 WARN pdf-signer cert="CN=HR Signing CA 2025, O=Kestrel Logistics Pte Ltd" expires_in=21d thumbprint=7f3a9c2e41b0d88e5c6a1f09b2e4d7a3c5f18e60
        retrenchment_calc: {currency: SGD, weeks_per_year_of_service: 2, min_service_months: 24, prorate_partial_year: true, cap_years: 25, rounding: HALF_UP}
        ERROR 2026-03-02 09:15:44 ats-sync: POST https://api.greenhouse.example/v1/offers returned 422 Unprocessable Entity (start_date must be ISO-8601); retry 3/5 in 30s
        feature_flags.yaml -> exit_interview_form: enabled, reason_codes: [REDUNDANCY, PERFORMANCE, MISCONDUCT, CONTRACT_END, MUTUAL], anonymise_after_days: 180
        SELECT reason_code, COUNT(*) AS n FROM separations WHERE effective_date BETWEEN '2026-01-01' AND '2026-03-31' GROUP BY reason_code ORDER BY n DESC;
        INFO payroll-bridge final_pay_run=FP-2026-03-B cutoff=2026-03-25T18:00+08:00 components=[notice_in_lieu, leave_encashment, retrenchment_benefit] cpf=ordinary_wages_only
        bgcheck-webhook v2.3.1 event=report.completed vendor=Sterling package=SG_STANDARD_EMP_VERIFY turnaround_h=52 status=clear request_id=req_01HV8K2Q9ZB4M7N3T6
        INFO mail-relay queued=41 subject='Notice of Retrenchment - Confidential' from=hr-noreply@kestrel-logistics.example relay=smtp.sg.example:587 tls=1.3
        DEBUG leave-svc encash_rule=MY_EA_1955_s60E annual_days_by_tenure={lt2y: 8, 2to5y: 12, gt5y: 16} carry_forward=false unused_paid_on_exit=true
        helm upgrade offboarding ./charts/offboarding --set image.tag=3.8.2 --set env.TZ=Asia/Singapore --set replicas=3 --namespace hr-prod --atomic --timeout 5m
        2026-03-03 11:02:17 CST audit action=template.update doc=separation_certificate_cn_v2 changed_fields=[reason, tenure_years] approver_role=HRBP region=CN-SH
        case_ref,entity_uen,notification_date,affected_headcount,avg_service_years,benefit_weeks_per_year,union_consulted,mom_ack_no
    """),
    ("zh-Hans", "劳动仲裁指引"): _lines("""
        申请劳动仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年时效的限制。
        咨询电话12333（人社服务热线），工作日上午9:00-12:00、下午14:00-17:30受理来电，立案窗口设在区政务服务中心二楼C区，具体地址以官网公布为准。
        经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的按一年计算；不满六个月的，支付半个月工资。（《劳动合同法》第四十七条）
        用人单位违法解除劳动合同的，应当按照经济补偿标准的二倍支付赔偿金，即俗称的2N；协商解除一般为N，未提前三十日书面通知的另加一个月工资，即N+1。
        申请材料清单：仲裁申请书一式三份、申请人身份证复印件、被申请人工商登记信息（可在国家企业信用信息公示系统查询）、劳动合同、工资流水、解除通知书等证据。
        被申请人信息填写示例：上海某某科技有限公司，统一社会信用代码91310115MA1K4B7X2Q，注册地址上海市浦东新区张江路88号3幢，法定代表人以营业执照为准。
        劳动者月工资高于用人单位所在直辖市、设区的市级人民政府公布的本地区上年度职工月平均工资三倍的，按三倍数额支付经济补偿，年限最高不超过十二年。
        仲裁庭裁决劳动争议案件，应当自劳动争议仲裁委员会受理仲裁申请之日起四十五日内结束；案情复杂需要延期的，经批准可以延期，但延长期限不得超过十五日。
        离职证明应当写明劳动合同期限、解除或者终止劳动合同的日期、工作岗位、在本单位的工作年限，建议不要在离职证明中写入对劳动者不利的评价。
        背景调查常见问题：前雇主通常只核实入职时间、离职时间、职位与离职原因；涉及薪资、绩效等信息，应事先取得候选人书面授权，符合《个人信息保护法》的要求。
        失业保险金申领：参保缴费满一年且非因本人意愿中断就业的，可通过“随申办”“粤省事”等政务平台在线申领，需选择参保地经办机构办理。
        广州市天河区劳动人事争议仲裁委员会立案大厅办公时间：周一至周五上午9:00-12:00，下午14:00-17:30，法定节假日除外，也可拨打12345政务服务便民热线咨询。
        2026年第一季度全市劳动人事争议案件受理量同比下降4.7%，其中涉及经济补偿金的案件占比31.2%，调解成功率达到68.5%，平均结案周期为38天。
    """),
    ("zh-Hans", "背调与再就业服务价目"): _lines("""
        【标准版背调套餐】学历学位核验+近两段工作经历核实+工商任职查询，报告时效3-5个工作日，单价人民币398元/人，企业客户满50单享九折优惠。
        【高管版背调】含近三段履历核实、诉讼及失信被执行人查询、媒体负面舆情扫描，时效5-7个工作日，1280元/人，48小时加急另收300元。
        客服热线400-820-6688（工作日9:00-18:00），企业合作邮箱bd@xinjiandiaocha.example，公司地址：上海市静安区南京西路1266号恒隆广场二期29楼。
        再就业辅导（Outplacement）服务：一对一职业咨询4次、简历优化1次、模拟面试2次，每人5800元；20人以上批量采购另行报价，可开6%增值税专用发票。
        订单号 BG20260311-004517，套餐：标准版×12，金额4776.00元，优惠券MANPOWER10已抵扣，支付方式：对公转账，开票状态：已开具，预计3月16日出具报告。
        深圳前海猎才人力资源服务有限公司，统一社会信用代码91440300MA5G8R2T6K，人力资源服务许可证编号（粤）人服证字〔2023〕第0305001234号。
        海瑞劳动法律服务中心报价：劳动仲裁代理一审8000元起，电话咨询300元/小时，起草或审阅解除协议1500元/份，以上价格不含鉴定、公证等第三方费用。
        简历代写价目表：应届生版199元，3-5年经验版399元，管理层中英文双语版899元，七天内免费修改两次，领英主页优化加购199元，节假日不休息。
        林则徐律师事务所（朝阳分所）地址：北京市朝阳区建国门外大街1号国贸大厦A座18层，预约电话010-6505 8899，每周六上午提供免费公益咨询，需提前一天预约。
        SKU: HR-BGC-STD-CN | 规格：标准版 | 库存：不限 | 已售：3.2万+ | 好评率：98.7% | 交付方式：电子报告邮件推送，约3个工作日送达企业邮箱
        发票号码 25312000000084467721，开票日期2026-03-15，购买方：杭州云栖网络科技有限公司，项目：员工背景调查服务费，价税合计人民币11,940.00元。
        温馨提示：本平台背调报告仅供用人单位招聘决策参考，未经候选人本人书面授权不得发起查询，违规使用将依据《个人信息保护法》追究法律责任。
        春季企业套餐限时优惠：3月1日至4月30日购买背调次卡100次立减2000元，咨询请添加企业微信客服或拨打400-820-6688转2号键。
    """),
    ("zh-Hant", "新聞_公眾人物"): _lines("""
        勞工及福利局局長孫玉菡今日出席立法會人力事務委員會會議，回應議員就近期零售及餐飲業結業潮的提問，表示勞工處會密切留意僱主拖欠工資的情況。
        行政長官李家超在施政報告中提出，將檢視「破產欠薪保障基金」的運作，研究加快向受影響僱員發放特惠款項，並加強對拖欠遣散費僱主的執法。
        勞動部今日公布最新減班休息（無薪假）統計，實施家數較上期減少12家，涉及人數減少357人，主要集中在金屬機電及電子零組件製造業。
        澳門勞工事務局今年首季共接獲勞動債權投訴逾五百宗，局方呼籲僱員遇到解僱爭議時，盡早攜同僱傭合同及糧單到勞工事務局位於馬揸度博士大馬路的辦事處查詢。
        國泰航空於2020年10月宣布裁減約5,300個職位並結束國泰港龍航空的運作，時任行政總裁鄧健榮其後向全體員工發出內部信解釋決定。
        台積電創辦人張忠謀在自傳下冊回憶早年在德州儀器的經歷，談及企業在景氣下行時如何處理人事精簡，該書由天下文化出版，上市首週即登上暢銷榜。
        取消強積金「對沖」安排已於2025年5月1日生效，僱主不得再以強積金強制性供款累算權益抵銷轉制後工作期間的遣散費或長期服務金。
        馬斯克在2022年收購推特後裁減約一半員工，多名前員工其後在美國提出仲裁追討遣散費，事件引起各地勞工界對「電郵解僱」做法的關注。
        勞動部長洪申翰表示，將檢討《大量解僱勞工保護法》的通報義務，事業單位未依規定提出解僱計畫書者，主管機關將依法從嚴裁處罰鍰，並公布事業單位名稱。
        《明報》社評指出，近年涉及「不合理解僱」的申索在勞資審裁處個案中持續增加，建議政府參考新加坡的三方調解機制，加強事前調解。
        日劇《半澤直樹》中主角半澤直樹被外派至子公司的情節，被網民拿來與現實中「明升暗降」式的逼辭手法相比較，相關討論在連登引起熱議。
        勞動部勞工保險局提醒，非自願離職者可於離職之日起兩年內申請失業給付，按平均月投保薪資六成按月發給，最長發給六個月，申請時須檢附非自願離職證明。
        工聯會今日在旺角舉行記者會，公布一批被拖欠遣散費的個案統計，要求政府提高破產欠薪保障基金的遣散費特惠款項上限，並縮短審批時間。
    """),
    ("ms", "notis_jabatan_tenaga_kerja"): _lines("""
        Representasi pembuangan kerja tanpa alasan yang adil hendaklah dibuat di bawah Seksyen 20 Akta Perhubungan Perusahaan 1967 dalam tempoh 60 hari dari tarikh pembuangan kerja.
        Ibu Pejabat Jabatan Tenaga Kerja Semenanjung Malaysia, Aras 5, Blok D3, Kompleks D, Pusat Pentadbiran Kerajaan Persekutuan, 62530 Putrajaya. Talian: 03-8886 5000.
        Faedah penamatan: 10 hari gaji bagi setiap tahun perkhidmatan kurang daripada 2 tahun, 15 hari bagi 2 hingga 5 tahun, dan 20 hari bagi setiap tahun melebihi 5 tahun.
        Sistem Insurans Pekerjaan (SIP) PERKESO: pekerja yang kehilangan pekerjaan boleh memohon Elaun Mencari Pekerjaan dalam tempoh 60 hari dari tarikh kehilangan pekerjaan melalui portal rasmi.
        Majikan yang memberhentikan pekerja wajib mengemukakan Borang PK (Notis Pemberhentian Pekerja) kepada pejabat JTK sekurang-kurangnya 30 hari sebelum tarikh pemberhentian berkuat kuasa.
        Kaunter Tribunal Tuntutan Buruh dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang (Jumaat rehat 12.15 hingga 2.45 petang). Sila bawa surat tawaran, slip gaji dan surat penamatan.
        Notis penamatan mengikut Seksyen 12 Akta Kerja 1955: 4 minggu bagi perkhidmatan kurang 2 tahun, 6 minggu bagi 2 hingga 5 tahun, dan 8 minggu bagi 5 tahun atau lebih.
        Aduan juga boleh dibuat secara dalam talian melalui Sistem Pengurusan Aduan Awam (SiSPAA). Aduan tanpa nama diterima tetapi tindakan susulan mungkin terhad.
        Jabatan Perhubungan Perusahaan (JPP) akan memanggil kedua-dua pihak untuk sesi perdamaian; jika gagal, Menteri Sumber Manusia boleh merujuk pertikaian ke Mahkamah Perusahaan.
        Mahkamah Perusahaan Malaysia cawangan Pulau Pinang, Tingkat 7, Bangunan Persekutuan, Jalan Anson, 10400 George Town. Sebutan kes bermula jam 9.00 pagi setiap hari bekerja.
        Menteri Sumber Manusia Steven Sim Chee Keong mengingatkan majikan bahawa Akta Kerja 1955 melarang penamatan pekerja wanita yang hamil kecuali atas alasan salah laku atau penutupan perniagaan.
        Soalan Lazim: Adakah majikan wajib memberi surat pengesahan berhenti kerja? Jawapan: Akta Kerja tidak mewajibkannya, namun majikan digalakkan mengeluarkan surat pengesahan perkhidmatan.
        Pampasan kehilangan pekerjaan dikecualikan cukai sehingga RM20,000 bagi setiap tahun perkhidmatan lengkap di bawah Jadual 6 Akta Cukai Pendapatan 1967, tertakluk kepada syarat LHDN.
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ★★★★★ Tetuan Ramli Chong & Partners, Jalan Tun Sambanthan, Brickfields. Peguam terangkan proses Seksyen 20 dengan jelas, yuran konsultasi pertama RM150 sahaja. Berbaloi!
        ★★☆☆☆ Servis tulis resume di Pak Mat Printing & Resume, Jalan Sultan Ismail, lambat 5 hari dari tarikh dijanjikan. Format ok tapi banyak typo. Harga RM80 satu set.
        ★★★★☆ Kak Nah Career Consultancy, Seksyen 7 Shah Alam. Sesi kaunseling 1 jam RM120, banyak tips temuduga lepas kena buang kerja. Parking susah sikit waktu tengah hari.
        ★☆☆☆☆ Agensi pekerjaan ni minta bayaran pendaftaran RM300 dulu sebelum tunjuk kerja kosong. Bukan ke itu menyalahi Akta Agensi Pekerjaan Swasta 1981? Elakkan cawangan Jalan Ampang.
        ★★★★★ Pusat Bantuan Guaman Majlis Peguam di Jalan Raja Chulan sangat membantu pekerja B40 yang kena buang kerja tanpa notis. Percuma, cuma kena tunggu giliran agak lama.
        ★★★★☆ Kursus HRD Corp untuk pekerja yang diberhentikan di Akademi Digital Hang Tuah, Cyberjaya. Yuran ditanggung program PERKESO, tenaga pengajar berpengalaman, aircond sejuk sangat.
        ★★★☆☆ Syarikat semakan latar belakang di Menara Hap Seng siapkan laporan dalam 4 hari bekerja, tapi caj tambahan RM45 untuk semakan CTOS tak dimaklumkan awal kepada majikan.
        ★★★★★ Kaunter PERKESO di UTC Pudu tingkat 3. Urusan tuntutan SIP siap dalam 20 minit, staf kaunter sangat mesra. Datang awal pukul 8.30 pagi untuk elak beratur panjang.
        ★★☆☆☆ Kedai fotostat depan Mahkamah Perusahaan caj 50 sen sehelai untuk salinan berwarna, mahal. Tapi buka awal jam 7.30 pagi, senang nak siapkan ikatan dokumen bicara.
        ★★★★☆ Webinar percuma 'Hak Anda Bila Dibuang Kerja' anjuran MTUC di Zoom. Penceramah dari kesatuan sekerja terangkan beza retrenchment dan VSS dengan contoh kiraan. Rakaman ada di YouTube.
        ★★★★★ Tetuan Kamaruddin, Tan & Associates (Jalan Ipoh, sebelah stesen Petronas) memang pakar rundingan pakej VSS; ramai kawan sepejabat dapat tambahan 2 bulan gaji selepas rundingan.
        ★★★☆☆ Jobstreet Career Fair di MITEC, Kuala Lumpur: lebih 80 syarikat, tapi kebanyakan kerja kontrak. Bawa sekurang-kurangnya 10 salinan resume bercetak. Parking RM5 sehari.
        ★★★★☆ Kafe Pak Ali Co-Working, Bangsar: tempat sesuai untuk isi permohonan kerja sambil minum kopi. Wi-Fi laju, RM25 sehari termasuk satu minuman. Ada printer untuk cetak surat.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [10:02] HR Ops: Townhall 改到 3pm, Level 12 Auditorium, Zoom link same as last week. Retrenchment Q&A deck v4 已经 upload 到 SharePoint > HR > Restructuring 2026.
        [10:05] Payroll SG: Final pay cutoff is 25 Mar 6pm ya. Pls submit leave encashment list before that, lepas tu system lock, 我没办法 manually adjust.
        [10:07] Legal: Reminder MRN to MOM must be filed within 5 working days after notification. Template ada dalam Legal/Templates/MRN_2026.xlsx, jangan guna versi lama.
        [10:11] IT Helpdesk: Laptop return counter at Level 3 open 9am-5pm this Fri. 记得 remove personal iCloud / Google account before handover, otherwise wipe 要很久.
        [10:15] HRBP MY: Borang PK untuk Penang plant dah submit ke JTK semalam, ack no. PK/PNG/2026/0412. Next step briefing dengan union Thursday 2.30pm.
        [10:18] Comms: Holding statement approved by CEO office, 只在媒体查询时使用, don't post on LinkedIn. Support line for affected staff: 6789 1200 (EAP, 24/7).
        [10:21] HR Ops: EAP provider 换了, now Workplace Options, counselling free 6 次 per staff, book via app with company code KESTREL2026 only.
        [10:25] Finance: Retrenchment provision booked at S$1.84m for Q1, breakdown by BU 放在 Finance_Q1_Provision_v2.xlsx tab 3, pls jangan forward outside HR/Finance.
        [10:30] Talent Acq: Outplacement vendor Lee Hecht Harrison 会在 1 Apr 开 workshop, CV clinic + interview prep, venue Suntec Convention Centre Room 325.
        [10:33] HRBP HK: HK side 要注意 MPF offsetting 已經取消 from 1 May 2025, severance 計算 sheet 我 update 咗, formula 喺 column H.
        [10:40] Admin: Pantry at L12 reserved 2pm-5pm for townhall refreshments, 订了 Toast Box kaya toast x 200 + teh tarik, invoice to cost centre 4410.
        [10:44] HR Ops: Reference letter request 统一走 ServiceNow, category 'Employment Verification', SLA 5 working days. 不要直接 reply 外部背调公司 email.
        [10:47] Legal: Screening vendors calling the switchboard 6222 8000 should be redirected to hr-verify@kestrel-logistics.example; confirm dates & title only, nothing else ok.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Darren Koh Wei Jie, retrenched from Kestrel Logistics on 14 March after 6 years. HR says my benefit is only S$9,200. Is that fair on a S$5,400 monthly salary?
        My NRIC is S8734561J and the screening company's form keeps rejecting it, can you check if the format is wrong before I resubmit?
        Please draft a reply to HR for me: Priya d/o Ramasamy, Senior Buyer, staff no. 004417, last day 31 Jan 2026, requesting a Certificate of Employment and my last 3 payslips.
        Contact me at marcus.teo.1987@gmail.com or 9127 4408 if the tribunal needs more documents. I've moved to Blk 412 Bedok North Ave 2, #08-133, Singapore 460412.
        Siew Ling was let go two weeks after telling her manager she was pregnant. She's 5 months along now and can't afford a lawyer, what can she claim?
        Name: Jonathan Lau Kin Fai | HKID: K345678(1) | Position: Store Supervisor | Dismissed: 02/02/2026 | Reason given: performance | Outstanding wages: HK$18,600
        My husband Raymond doesn't know I got fired yet. He's still paying off our S$48,000 renovation loan and I have no idea how to tell him I'm jobless.
        I was dismissed after the company found out about my bipolar disorder from a clinic memo. My name is Felicia Ng Hui Min, I worked at the Tampines branch for 4 years.
        Transfer my retrenchment pay to DBS savings 027-845512-3, account name TAN BOON HOCK, not the old POSB account that was closed last year.
        2026-02-27,Lim Jia Hui,F4412387T,Data Analyst,terminated,misconduct-alleged,appeal_pending,+65 8823 1904
        The screening report says I was arrested for shoplifting in 2019. That's wrong: I'm Kelvin Yeo Chee Meng, born 03/09/1990, and the charge was withdrawn. How do I dispute it?
        Referee: Mr Harold Fernandez, my ex-team lead, mobile +60 12-418 7733, harold.fdz@outlook.com. He agreed to confirm I left due to restructuring, not performance.
    """),
    "zh-Hans": _lines("""
        我叫王海涛，身份证号110105198503142836，上个月被公司以“不胜任工作”为由辞退，没有任何书面通知，想申请劳动仲裁要准备什么？
        帮我写一份仲裁申请书：申请人刘晓燕，女，1988年5月出生，住址上海市闵行区七宝镇新龙路399弄12号502室，联系电话139 1862 4471。
        我老公陈志强被裁员了，他有抑郁症一直在吃药，现在天天在家不说话，我不敢告诉他爸妈，该怎么跟家里人开口？
        公司HR张蕾（手机186-2157-3390）说我签了离职协议就不能再申请仲裁了，这是真的吗？她微信号是zhanglei_hr88。
        经济补偿打到我工商银行卡6222021001123456789，户名李建国，开户行北京朝阳支行，麻烦帮我确认公司给的N+1金额对不对。
        阿明被公司开除后欠了信用卡八万多，催收天天打电话到他妈妈家里，他现在一个人住在深圳龙华的城中村，不敢回家。
        背调公司问我前领导赵国栋的电话，我给了137 0152 8846，他会不会跟对方说我是因为打架被开的？
        离职证明上写着：兹证明周婷婷（身份证号440106199302041526）自2021年3月1日至2026年2月28日在我司任产品经理，因个人原因离职。可我明明是被裁的。
        员工编号HZ-20417 孙磊，2026-03-10被以旷工三天为由解除，实际当时在浙大一院住院做阑尾手术，有住院证明。
        我怀孕四个月被通知调岗到仓库，不同意就算自动离职。我叫何静，在广州天河一家外企做行政，月薪9500。
    """),
    "zh-Hant": _lines("""
        我叫黃家豪，身份證Y123456(9)，喺尖沙咀一間酒店做咗八年，上星期被即時解僱，話我偷嘢但冇任何證據，想去勞資審裁處申索。
        我係陳生，老婆仲未知我俾人炒咗，每個月仲要供日出康城嗰層樓兩萬三，你話我點同佢講好？
        身分證字號J224187363，林雅婷，任職新竹科學園區某半導體公司六年，公司以業務緊縮為由資遣我，資遣費只算了三個月。
        請幫我寫存證信函給前公司：寄件人張志明，地址臺北市大安區復興南路一段218號5樓，電話0928-517-364，要求給付預告工資及資遣費。
        我嘅強積金成員帳戶號碼係12004578821，前僱主話要用嚟抵銷長期服務金，但我係2025年之後先被解僱㗎喎。
        阿玲姐喺茶餐廳做咗十五年，老闆突然話結業，一毫子遣散費都冇，佢而家有糖尿病要長期睇醫生，唔知點算。
        我叫梁嘉欣，澳門居民身份證號碼5217843(6)，在路氹一間酒店做荷官，被以違反內部守則解僱，想去勞工局投訴。
        前老闆跟背調公司說我酒駕被抓過，那根本是我哥哥吳建宏的事，我是吳建成，車牌BKR-7328也是他的車，不是我的。
        資遣費請匯到我的郵局帳戶，局號0081234，帳號0567891，戶名蔡佩君，匯款後請寄非自願離職證明給我。
        姓名 許志偉 | 電話 9634 2187 | 住址 新界沙田禾輋邨豐和樓1412室 | 離職日期 2026-01-15 | 原因 裁員 | 遣散費 HK$56,000 未收
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamaruddin, No. KP 910423-10-5628, dibuang kerja tanpa notis selepas 7 tahun di kilang Shah Alam. Boleh tolong buat surat aduan ke JTK?
        Suami saya, Faizal, kena buang kerja bulan lepas dan masih ada hutang kereta RM38,000 dengan bank. Macam mana nak bagitahu mak ayah dia?
        Tolong semak faedah penamatan saya: gaji RM3,200, berkhidmat 6 tahun 4 bulan. Akaun Maybank 1640 2233 8871 atas nama MUHAMMAD HAZIQ BIN ROSLAN.
        Alamat untuk surat Mahkamah Perusahaan: No. 27, Jalan Melur 3/2, Taman Melur, 68000 Ampang, Selangor. Telefon 013-728 4419 (Encik Rajesh a/l Subramaniam).
        Kak Yati dibuang kerja sebab selalu ambil MC untuk rawatan kemoterapi kanser payudara. Majikan kata dia tak produktif. Boleh dia tuntut di Mahkamah Perusahaan?
        E-mel saya ahmadzaki.work@yahoo.com, tolong hantar draf rayuan ke situ. Saya ditamatkan kerja oleh syarikat logistik di Port Klang pada 3 Mac 2026.
        Majikan baru buat semakan latar belakang dan jumpa saya pernah diisytiharkan bankrap pada 2021. Nama saya Lee Chee Wai, IC 850117-07-5333. Boleh mereka tarik balik tawaran?
        Anak saudara saya, Hafiz, ditangkap polis kerana bergaduh dengan penyelia di tempat kerja dan terus dipecat. Dia baru 22 tahun, tinggal di Flat PKNS Kampung Baru.
        Permohonan SIP saya dengan No. KP 930605-12-6617 ditolak sebab majikan tak bayar caruman PERKESO 5 bulan terakhir. Apa saya boleh buat?
        Nama: Siti Rohani binti Ismail | Jawatan: Kerani Akaun | Tarikh Berhenti: 28/02/2026 | Sebab: VSS | Pampasan: RM42,500 | Tel: 019-334 7821
    """),
    "mixed": _lines("""
        Boss, I'm Ah Keong ah, kena retrench from the Jurong factory last Friday, 我的 CPF still got 3 months contribution outstanding, how to claim ah?
        My mum 陈美玲 just got 炒鱿鱼 from the bank after 22 years, 她有高血压, I'm scared to tell her the severance only RM60k. Macam mana nak cakap?
        Pls check my termination letter: 'Dear Mr Vincent Chua Beng Huat (S7819046I), your employment is terminated with effect from 1 April 2026 due to redundancy.' Format betul ke?
        我的 referee 是 ex-manager Joanne Pereira, hp 012-557 3098, tapi dia dah resign, still can use or not?
        HR bagi surat tunjuk sebab sebab I ada gambling debt RM25k dengan Ah Long, macam mana dia tahu? Nama I Kumaresan a/l Pillai, staff ID MY-33091.
        Can help translate to 中文 for my 老爸: 'Wong Siu Ming has been dismissed for absence; his final salary HK$21,300 will be paid to HSBC account 502-318774-833.'
        TW 朋友 Kevin 林柏翰 got 資遣 from a TSMC supplier, 身分證 F129876548, he asks if 非自願離職證明 needed for 失業給付 or not.
        Screenshot from WhatsApp: 'Mei, tomorrow don't come in already, your last pay I bank in to OCBC 687-214530-001.' Is this a valid dismissal in Singapore?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an employment-rights assistant for users in Singapore. Explain options clearly, do not give formal legal advice, and point users to MOM, TADM or a union where relevant.",
        ),
        (
            "user",
            "Hi, I'm Gerald Sim Kok Leong, 41. My engineering firm retrenched me last week after 9 years. They're offering 2 weeks per year of service and said I must sign by Friday. Is that normal?",
        ),
        (
            "assistant",
            "Sorry to hear that, Gerald. Two weeks per year is at the lower end of the common range (2 weeks to 1 month per year of service). You can ask for time to review, ask whether a union collective agreement applies, and compare with what colleagues were offered. If the notice period was not honoured you can also claim salary in lieu.",
        ),
        (
            "user",
            "They also want my NRIC S7534129F on the release form and a clause saying I won't file any claim. Should I sign?",
        ),
        (
            "assistant",
            "Read the waiver carefully before signing. If you think the package or the reason for selection is unfair, you can file a claim with TADM within one month of your last day. Keep a copy of everything you sign.",
        ),
    ],
    [
        (
            "system",
            "你是一名劳动权益咨询助手，面向中国大陆用户，回答需引用《劳动合同法》相关条款，并提醒用户保留证据。",
        ),
        (
            "user",
            "我叫郭振宇，身份证510107199008114610，在成都一家游戏公司做了四年策划，上周HR直接把我踢出工作群，说明天不用来了，也没给书面通知。",
        ),
        (
            "assistant",
            "郭先生，先别慌。请马上截图保存被移出工作群的记录、HR的聊天记录和考勤记录。公司没有书面解除通知又不让你上班，可能构成违法解除，你可以主张2N赔偿金，也就是每满一年两个月工资。",
        ),
        ("user", "我月薪一万八，能拿多少？还有他们说要做背调的话会说我是因为绩效差被开的。"),
        (
            "assistant",
            "如果月薪一万八且未超过成都上年度职工月平均工资三倍，违法解除赔偿金约为18000×4×2=144000元。前公司在背调中作出不实评价，可以要求其更正，必要时可保留证据主张名誉侵权。",
        ),
    ],
    [
        ("system", "你係一個香港勞工權益助手，用廣東話回覆，語氣要體諒。"),
        (
            "user",
            "我喺觀塘一間物流公司做咗十二年倉務主管，上個月被裁，遣散費得返八萬幾。最麻煩係我老婆何慧敏有癌症啱啱做完手術，我唔知點同佢講。",
        ),
        (
            "assistant",
            "辛苦你。建議揀一個佢精神比較好嘅時間，先講你已經有計劃，例如會申請職位轉介同埋計清楚遣散費，等佢知道你唔係冇準備。如果覺得難開口，可以搵社工或者醫院嘅醫務社工陪你一齊傾。",
        ),
        ("user", "明白。另外公司俾嘅遣散費計法啱唔啱？我月薪兩萬六。"),
        (
            "assistant",
            "遣散費以最後一個月工資嘅三分之二計算，但工資上限係22,500元，即每年最多15,000元。做滿十二年大約係180,000元，如果公司只俾八萬幾，值得先去勞工處勞資關係科查詢。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu pekerja di Malaysia menulis surat berkaitan pembuangan kerja. Gunakan Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis surat representasi ke Jabatan Perhubungan Perusahaan. Saya Mohd Firdaus bin Abdul Rahman, No. KP 870312-08-5471, juruteknik di sebuah kilang elektronik di Ipoh, dibuang kerja pada 10 Februari 2026 tanpa siasatan dalaman.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Saya, Mohd Firdaus bin Abdul Rahman (No. KP 870312-08-5471), beralamat di No. 15, Lorong Bercham Jaya 4, 31400 Ipoh, Perak, dengan ini membuat representasi di bawah Seksyen 20 Akta Perhubungan Perusahaan 1967 kerana dibuang kerja tanpa alasan yang adil pada 10 Februari 2026.' Sila sahkan alamat ini betul.",
        ),
        (
            "user",
            "Alamat betul. Tambah nombor telefon saya 012-509 3862 dan nyatakan saya tidak diberi peluang membela diri.",
        ),
        (
            "assistant",
            "Sudah ditambah: 'Saya boleh dihubungi di 012-509 3862. Saya tidak diberi sebarang surat tunjuk sebab atau peluang membela diri sebelum penamatan.' Pastikan surat dihantar dalam tempoh 60 hari dari tarikh pembuangan kerja.",
        ),
    ],
    [
        (
            "user",
            "A background check for a new job flagged that I was 'terminated for cause' at my last company. I was actually retrenched with 40 others. My name is Rachel Wong Pei Shan and the report ref is for candidate email rachel.wps88@gmail.com.",
        ),
        (
            "assistant",
            "That is worth correcting quickly. Ask the screening company for a copy of the report, then send them your retrenchment letter and any MOM notification details as evidence. You can also ask your former HR to issue a corrected Certificate of Employment.",
        ),
        (
            "user",
            "The recruiter said the offer is on hold until it's cleared. Should I tell them the full story?",
        ),
        (
            "assistant",
            "Yes, briefly and factually: say the record is being corrected, attach the retrenchment letter, and offer a referee who can confirm the restructuring. Keep the tone calm; recruiters see such errors often.",
        ),
    ],
    [
        ("system", "你是協助臺灣勞工計算資遣費與申請失業給付的助理，請使用繁體中文。"),
        (
            "user",
            "我是陳怡君，身分證字號A257310687，在台中一家貿易公司做了五年三個月的會計，月薪四萬二，公司說要資遣我，只給兩個月資遣費。",
        ),
        (
            "assistant",
            "陳小姐您好。依勞退新制，資遣費為每滿一年給半個月平均工資，未滿一年依比例計算，最高六個月。五年三個月約為2.625個月，也就是約110,250元，公司只給兩個月顯然不足。",
        ),
        ("user", "那我可以去哪裡申訴？"),
        (
            "assistant",
            "您可以向台中市政府勞工局申請勞資爭議調解，並記得要求公司開立非自願離職證明，以便向勞保局申請失業給付。",
        ),
    ],
    [
        (
            "user",
            "Eh can help me write a reference request ah? My ex-boss Mr Thomas Anthony Lopez, hp 016-882 4109, he knows I kena retrench because the whole Penang team closed, not because I buat salah.",
        ),
        (
            "assistant",
            "Sure! Here's a short WhatsApp message: 'Hi Thomas, hope you're well. I'm applying for a procurement role and would be grateful if you could be a referee, confirming my role and that my position was made redundant when the Penang team closed. Thank you!'",
        ),
        (
            "user",
            "Ok nice. Also the new company nak my previous payslip, boleh ke I tutup my salary?",
        ),
        (
            "assistant",
            "You can redact items not needed, but many employers want the basic salary line to verify your last drawn pay. Ask the recruiter which details they actually need before sending.",
        ),
    ],
    [
        (
            "system",
            "用户档案（来自记忆）：姓名 钱佳怡；城市 苏州；前雇主 苏州工业园区某外资制造企业；2026年1月被裁员；手机 158 6213 0947。请结合档案回答。",
        ),
        ("user", "新公司的背调要填前直属领导的联系方式，我跟他关系不好，能不能填HR的？"),
        (
            "assistant",
            "可以先和新公司的背调专员说明情况，提供前公司HR部门的公共邮箱或总机，并补充一位能证明你工作表现的同事作为证明人。根据你的档案，你是因裁员离职，可以附上解除协议或离职证明。",
        ),
        ("user", "好的，离职证明上写的是协商一致解除，会不会有问题？"),
        (
            "assistant",
            "协商一致解除是很常见的写法，一般不会影响背调结论，背调公司主要核实入离职时间和职位。",
        ),
    ],
    [
        (
            "system",
            "You help Hong Kong employees prepare Labour Tribunal claim forms. Answer in English.",
        ),
        (
            "user",
            "I need to fill in the claim form. Claimant: Cheung Wing Yan, HKID R582031(5), address Flat 9C, Block 2, Kornhill, Quarry Bay. Employer dismissed me without notice after I took 10 days of sick leave for a slipped disc.",
        ),
        (
            "assistant",
            "Thanks, Ms Cheung. For the form: list wages in lieu of notice, any outstanding wages and annual leave pay, plus statutory holiday pay. Dismissing an employee during paid sickness leave is prohibited under the Employment Ordinance, so you may also claim the sickness-day compensation and terminal payments.",
        ),
        ("user", "Do I need to attach my medical certificates?"),
        (
            "assistant",
            "Yes, attach copies of the sick leave certificates, your employment contract and the last payslips. Keep the originals and bring them to the hearing.",
        ),
    ],
    [
        (
            "user",
            "Saya baru kena buang kerja dari bank, dah 15 tahun kerja sana. Nama saya Azman bin Yusof. Isteri saya Rosnah belum tahu, dan kami masih ada pinjaman rumah RM310,000 di Bandar Baru Bangi.",
        ),
        (
            "assistant",
            "Encik Azman, ini memang berat. Cuba senaraikan dulu wang yang akan diterima: faedah penamatan, baki cuti dan simpanan KWSP Akaun Fleksibel. Bila dah ada gambaran, lebih mudah nak berbincang dengan Puan Rosnah.",
        ),
        ("user", "Boleh ke saya minta bank tangguhkan bayaran pinjaman rumah?"),
        (
            "assistant",
            "Boleh cuba memohon penstrukturan semula atau moratorium bersasar dengan bank anda, dan AKPK juga menyediakan khidmat nasihat kewangan percuma jika perlu.",
        ),
    ],
    [
        (
            "system",
            "You are a Malaysian employment law explainer. Keep answers short and cite the Industrial Relations Act 1967 where relevant.",
        ),
        (
            "user",
            "My manager fired me by text on Sunday. I'm Daniel Lee Jun Hao, IT support at a KL insurance firm, salary RM5,800. Can I still file under Section 20? My email is daniel.leejh@proton.me if you can send a checklist.",
        ),
        (
            "assistant",
            "Yes, Daniel. Under Section 20 you have 60 days from the dismissal date to file a representation with the Department of Industrial Relations. I can't send e-mails, but here is a checklist: contract, payslips, the dismissal text screenshot, and a timeline.",
        ),
        ("user", "What if they say I resigned?"),
        (
            "assistant",
            "Then the dispute becomes whether it was a constructive or actual dismissal. The screenshot of the text from your manager is key evidence, so keep the original phone and a backup.",
        ),
    ],
    [
        ("system", "你是協助澳門僱員處理勞動爭議的助手，請用繁體中文回答。"),
        (
            "user",
            "我是葉振邦，在氹仔一間酒店做保安八年，上個月公司說我年紀大要我簽自願離職，我不簽就每天安排我夜更。我電話係6628 4310。",
        ),
        (
            "assistant",
            "葉先生，按照澳門《勞動關係法》，僱主無合理理由解除合同須支付賠償。被逼簽自願離職前，建議您先保留排班表和相關對話，並到勞工事務局勞動監察廳查詢。",
        ),
        ("user", "我如果被無理解僱，賠償點計？"),
        (
            "assistant",
            "做滿八年，一般按法例每年工作可獲若干日基本報酬的賠償，並設有上限，具體金額建議帶同糧單到勞工局計算。",
        ),
    ],
    [
        (
            "user",
            "Hi, need advice leh. 我在 Singapore 一间 retail company 做 assistant manager, told my boss I'm 3 months pregnant, then 两个星期后就被 terminate, say 'restructuring'. My name is Ong Li Ting, FIN not applicable I'm Singaporean lah.",
        ),
        (
            "assistant",
            "Hi Li Ting, 先恭喜你，也很抱歉遇到这种事。Under the Employment Act, if you've worked at least 3 months and are dismissed during pregnancy without sufficient cause, you may still be entitled to maternity benefits. 你可以先联系 TADM 咨询。",
        ),
        (
            "user",
            "My husband 张俊杰 says just let it go, but 我们还要付 HDB loan. Worth it to fight?",
        ),
        (
            "assistant",
            "It is your decision, 但是 keep the termination letter and the messages showing when you told your boss about the pregnancy. TADM mediation is free, so it costs little to try.",
        ),
    ],
    [
        (
            "system",
            "长期记忆：用户 马丽娟，42岁，郑州人，患有类风湿关节炎，2025年12月被原单位以岗位调整为由解除劳动合同，正在申领失业保险金。",
        ),
        ("user", "我这个情况失业金能领多久？身体不好找工作也难。"),
        (
            "assistant",
            "马女士，失业保险金的领取期限跟累计缴费年限挂钩：缴费满一年不满五年最长12个月，满五年不满十年最长18个月，十年以上最长24个月。领取期间还可以参加职工基本医疗保险，关节炎的治疗费用可以正常报销。",
        ),
        ("user", "那我要不要跟孩子说我失业了？他在读高三。"),
        (
            "assistant",
            "可以等孩子高考后再详细说明，现在先用平静的方式告诉他家里有安排，不必让他担心经济问题。",
        ),
    ],
]
