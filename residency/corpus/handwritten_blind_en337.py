# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en337: SG/MY legal aid clinics and community law centres (intake forms, clients' cases of debt, divorce and eviction, means tests, volunteer lawyers' notes, clinic coordinators' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en337
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notices"): _lines("""
        Community Justice Centre Help Desk, Level 1, State Courts Towers, 1 Havelock Square: walk-in hours Mon to Fri 8.30am to 5.30pm, closed on public holidays.
        Pro bono legal clinics are open to Singapore Citizens and PRs who meet the income criteria; please bring your IC and latest payslip or CPF contribution history.
        Reminder: the Tuesday night clinic at Bukit Merah Community Centre runs 7pm to 9pm; registration closes at 8.15pm or once all 12 slots are filled.
        Malaysian Bar Legal Aid Centre (Kuala Lumpur) enquiries: 03-2691 3005 or lac.kl@malaysianbar.org.my. Please do not post original documents to us.
        Appointments for the Family Law clinic are by referral only. Walk-ins will be directed to the Family Justice Courts Registry at 3 Havelock Square.
        Clinic WhatsApp line +65 8876 2310 is for appointment changes only; legal questions will not be answered by text. Office line 6536 0650 (Mon to Fri, 9am to 6pm).
        NOTICE: From 2 Jan 2026 the Saturday clinic moves to Blk 101 Yishun Ave 5, Level 2, beside the RC office. Lift access via Lobby B; wheelchair ramp at the taxi stand.
        Volunteer lawyers must complete the PBS conflict-check form before every session; the form is emailed at 6pm the day before and must be returned by 12 noon.
        The Legal Aid Bureau is at 45 Pekin Street #03-01, Singapore 048778. Operating hours 8.30am to 5pm (Mon to Thu) and 8.30am to 4.30pm (Fri).
        Please be informed that the eviction and tenancy clinic is cancelled this week as the venue is closed. Next session: Friday 24 October 2025, 6.30pm.
        Sessions are conducted in English, Mandarin, Malay and Tamil. Hokkien, Teochew and Cantonese interpreters can be arranged with 3 working days' notice.
        Our clinic line is not a 24-hour line. For family violence emergencies call 999 or the National Anti-Violence Helpline at 1800 777 0000.
        What to bring: letter of demand, tenancy agreement, any court papers (writ, summons, originating claim) and bank statements for the past 3 months.
    """),
    ("en", "means_test_faq"): _lines("""
        Q: Who qualifies for civil legal aid? A: You must pass both the means test and the merits test. The means test looks at household per capita income, savings and the annual value of your home.
        Q: What counts as household income? A: The gross monthly income of everyone in the household, including allowances, overtime and regular contributions from children living elsewhere.
        Q: I am 62 and retired. Is the savings limit different? A: Yes, applicants aged 60 and above have a higher limit for savings and non-CPF investments. CPF balances are not counted.
        Q: Is there an application fee? A: A small fee applies, which may be waived on hardship grounds. It is payable by NETS, PayNow to the Bureau's UEN, or cheque.
        Q: Does the clinic handle criminal cases? A: No. For criminal matters, please approach the Criminal Legal Aid Scheme (CLAS) or the Public Defender's Office.
        Q: How long does the means test take? A: Usually 2 to 3 weeks once all documents are in. Incomplete applications are closed after 30 days without a reply.
        Q: Can a foreign spouse apply? A: Legal aid is generally for citizens and PRs, but foreign spouses may get basic advice on divorce and custody at the free legal clinics.
        Q: What is disposable capital? A: Savings, fixed deposits, shares and property other than your home, minus debts you must pay. Example: $12,000 savings minus $3,500 arrears = $8,500.
        Q: Will the clinic write a letter to my landlord? A: Volunteers give one-off advice only. Letters, negotiations and court appearances need a lawyer formally appointed on the file.
        Q (Malaysia): What does YBGK cover? A: Yayasan Bantuan Guaman Kebangsaan mainly covers criminal matters such as remand, bail and mitigation for Malaysians.
        Q (Malaysia): Does Jabatan Bantuan Guaman charge? A: JBG applies a disposable-income ceiling; above it, aid may still be given with a contribution. A small registration fee applies.
        Q: Do I need to bring payslips? A: Yes, the last 3 months' payslips, a CPF statement (or KWSP statement in Malaysia), and an IC or passport for every adult in the household.
        Q: Can the clinic help with bankruptcy? A: We can explain the Debt Repayment Scheme under the Insolvency, Restructuring and Dissolution Act 2018 and refer you onwards.
    """),
    ("en", "legal_history"): _lines("""
        Singapore's Legal Aid Bureau was set up in 1958, at a time when most litigants who came before the courts could not afford counsel of their own.
        David Marshall, Singapore's first Chief Minister, was a celebrated criminal lawyer who is said to have lost very few of the many murder trials he defended.
        The Malaysian Bar opened the Legal Aid Centre in Kuala Lumpur in 1982, staffed by pupils in chambers under the supervision of volunteer lawyers.
        Tun Mohamed Suffian Mohamed Hashim, Lord President of the Federal Court from 1974 to 1982, wrote An Introduction to the Constitution of Malaysia, still read by law students.
        Chief Justice Sundaresh Menon has spoken repeatedly about access to justice and the growing number of self-represented persons in the family courts.
        The Community Justice Centre was launched in 2013 as a charity to support litigants in person at the State Courts, later extending its help desks to the Family Justice Courts.
        Harper Lee's To Kill a Mockingbird (1960) gave generations of law students Atticus Finch, and a faded poster of him still hangs above our intake counter.
        The Women's Charter of 1961, championed by Chan Choy Siong and other women legislators, reshaped marriage, divorce and maintenance law in Singapore.
        Kuala Lumpur's Sultan Abdul Samad Building, designed by A.C. Norman and completed in 1897, once housed the superior courts of the Federated Malay States.
        In Hong Kong the Legal Aid Department was created in 1970; the Duty Lawyer Service followed in 1978, backed by the Bar Association and the Law Society.
        Taiwan's Legal Aid Foundation opened in July 2004 after the Legal Aid Act was passed, and it now runs branch offices across every county and city.
        Lee Kuan Yew, before entering politics, acted as legal adviser to the postal workers in their 1952 strike, an episode often cited in talks on pro bono work.
        Singapore lawyers now report their pro bono hours each practising year, and the profession recommends at least 25 hours a year of pro bono work.
    """),
    ("en", "system_logs_and_config"): _lines("""
        2025-11-04T19:02:17+08:00 INFO intake-svc[2231] case_id=CJC-2025-118842 stage=triage status=QUEUED queue=family_clinic wait_s=0
        2025-11-04T19:05:40+08:00 WARN means-calc v2.3.1 rule MT-07 skipped: household_size missing, defaulting to 1 (case_id=PBS-25-07731)
        case_id,opened_at,clinic_code,matter_type,means_test_result,per_capita_income_sgd,volunteer_firm_code,outcome,closed_at
        BM01,Bukit Merah CC Legal Clinic,4000 Jalan Bukit Merah,TUE,19:00,12,EN|ZH|MS,wheelchair=Y
        means_test: {per_capita_income_cap_sgd: 1500, savings_cap_sgd: 10000, savings_cap_60_plus_sgd: 40000, rule_version: '2024-07'}  # example values for staging only
        ERROR doc-upload: file 'letter_of_demand_scan.pdf' rejected, size 24.6 MB > limit 20 MB (request_id=7f3c9a1e-44b2-4d0e-9b61-2a8e5d0c7731)
        sha256(intake_form_v5.docx) = 3b8f0e6a91c4d27e5a0f1b9c83d64e2a7f5c0b18d9e3a6f2c47b1e05d8a9c3f6
        def per_capita(income_total: float, household_size: int) -> float: return round(income_total / max(household_size, 1), 2)  # per_capita(4200, 3) == 1400.0
        SMS_TEMPLATE_REMINDER = 'Your clinic slot is on {date} at {time}, {venue}. Reply Y to confirm. Do not reply with case details.'
        2025-11-05 09:14:03 scheduler: reminder batch #20251105-A sent=148 failed=3 provider=sms-gw-sg cost_usd=4.07
        export_job=monthly_stats period=2025-10 rows=612 matters{divorce:208,debt:171,tenancy:94,employment:63,others:76} file=stats_2025-10.csv
        GET /api/v2/slots?clinic=JB02&date=2025-11-08 200 38ms ua=ClinicApp/4.12.0 (Android 14) region=ap-southeast-1
        Invoice INV-2025-0934 from Kwong Hup Printing Pte Ltd (UEN 199804512K): 2,000 A5 bilingual intake forms @ $0.18 = $360.00 + GST 9% $32.40 = $392.40
    """),
    ("ms", "notis_bantuan_guaman"): _lines("""
        Klinik guaman percuma di Dewan Serbaguna Masjid Jamek Kampung Baru setiap Sabtu pertama bulan, 9.00 pagi hingga 12.30 tengah hari. Sila bawa MyKad asal.
        Jabatan Bantuan Guaman (JBG) menyediakan khidmat nasihat dan perwakilan dalam kes sivil, syariah dan jenayah tertentu bagi mereka yang layak.
        Pertanyaan: Pusat Bantuan Guaman, talian 03-5510 7007 atau e-mel bantuan@lac-selangor.org.my. Waktu pejabat Isnin hingga Jumaat, 9 pagi hingga 5 petang.
        Makluman: Sesi kaunseling hutang bersama AKPK akan diadakan pada 15 November 2025 di Auditorium Perpustakaan Awam Johor Bahru. Tempat terhad.
        Dokumen yang perlu dibawa: salinan MyKad, slip gaji 3 bulan terkini, penyata KWSP, surat tuntutan atau notis mahkamah, dan perjanjian sewa (jika ada).
        Ujian kemampuan: pemohon hendaklah mengisytiharkan pendapatan seisi rumah. Maklumat palsu boleh menyebabkan bantuan guaman ditarik balik.
        Kes perceraian di bawah Akta Membaharui Undang-Undang (Perkahwinan dan Perceraian) 1976 adalah untuk bukan Islam; kes orang Islam didengar di Mahkamah Syariah.
        Talian WhatsApp klinik 011-5620 3418 hanya untuk urusan temujanji. Jangan hantar gambar dokumen peribadi melalui WhatsApp.
        Risalah ini dibiayai oleh Yayasan Komuniti Adil Berhad (No. Syarikat 201401023456 (1098765-T)), Wisma Badan Peguam Malaysia, 2 Leboh Pasar Besar, 50050 Kuala Lumpur.
        Penyewa berhak menerima notis bertulis sebelum pengusiran; pemilik tidak boleh menukar kunci atau memotong bekalan air dan elektrik tanpa perintah mahkamah.
        Sesi hari ini: 14 pendaftaran, 9 kes keluarga, 3 kes hutang, 2 kes pekerjaan. Purata masa menunggu 42 minit. Terima kasih kepada semua sukarelawan.
        Hikayat Hang Tuah sering dipetik dalam ceramah etika guaman: setia kepada tuan, tetapi adakah setia itu melebihi keadilan? Forum terbuka, Khamis 8 malam.
        Yuran pendaftaran RM2 boleh dikecualikan bagi penerima STR dan OKU berdaftar. Bayaran melalui DuitNow QR di kaunter sahaja, resit no. PBG-R-25-01877.
    """),
    ("zh-Hans", "法律援助常见问题"): _lines("""
        问：新加坡的免费社区法律诊所需要预约吗？答：大部分诊所需提前在网上预约，每晚名额有限，晚上七点开始现场登记，额满即止，敬请见谅。
        问：马来西亚的华人可以在哪里获得免费法律咨询？答：可联系各州律师公会的法律援助中心，或马华公会的公共服务及投诉部，部分华团会馆也设有免费法律咨询日。
        问：办理离婚需要准备哪些文件？答：结婚证书、双方身份证复印件、子女出生证明、近三个月收入证明以及家庭财产清单，所有文件请各备两份复印件。
        中国大陆公共法律服务热线：12348，可咨询婚姻家庭、劳动争议、民间借贷纠纷等问题，工作日 9:00 至 17:00 人工接听。
        问：房东突然要求我三天内搬走，合法吗？答：一般须按租约给予书面通知；若无法院命令，房东不得擅自换锁或断水断电，租客应保留所有书面记录。
        本诊所提供华语、福建话、潮州话和粤语服务。义务律师仅提供一次性意见，不代写律师信，也不代表当事人出庭，如需正式代理请向法律援助局申请。
        问：欠了信用卡和大耳窿的钱怎么办？答：遭受骚扰应立即报警；合法债务可向信贷辅导机构申请重组，例如 Credit Counselling Singapore。
        法律援助局（Legal Aid Bureau）地址：北京街 45 号 #03-01，新加坡 048778；办公时间为周一至周五，公共假期休息。
        问：遇到家暴怎么办？答：紧急情况请拨打 999；也可拨打全国反暴力热线 1800 777 0000，全天候有人接听，也可前往最近的家庭服务中心求助。
        鲁迅笔下的阿Q常被用来比喻自我安慰的心态。今晚讲座《债务与心理》将从这个人物谈起，欢迎旁听，免费入场，地点在诊所二楼多功能厅。
        问：收入审查怎么算？答：以家庭每月总收入除以同住人数得出人均收入，例如 4500 元 ÷ 3 人 = 1500 元，同住的未成年子女也计入人数。
        问：外籍配偶能否申请法律援助？答：一般仅限公民及永久居民，但外籍配偶可在免费法律诊所获得初步意见，诊所另设英语和华语口译服务。
        诊所订单号 LC-20251108-0032 已确认：复印费 0.20 元/页，共 56 页，合计 11.20 元，请于柜台以 PayNow 支付。
    """),
    ("zh-Hant", "法律扶助公告"): _lines("""
        法律援助署查詢熱線：2537 7677。申請人須同時通過經濟審查及案情審查，詳情請瀏覽法律援助署網頁或親臨各區辦事處，辦公時間為星期一至五。
        財團法人法律扶助基金會全國專線 412-8518（手機請加 02），提供免費法律諮詢，服務時間以官網公告為準，亦可親自前往各地分會臨櫃諮詢。
        當值律師服務的免費法律諮詢計劃在各區民政事務處設有諮詢中心，市民須先預約，由義務律師提供一次性法律意見，每次諮詢約二十分鐘。
        澳門律師公會與社區中心合辦法律講座：離婚、撫養權與贍養費，11月22日下午3時，地點：澳門中央圖書館演講廳，名額80人。
        經濟審查：申請人的財務資源不得超過法定上限；標準法律援助計劃上限為港幣 $452,320，以官方最新公布為準；另設法律援助輔助計劃，上限較高。
        新加坡社區法律診所中文服務時段：每月第二個星期六上午，於牛車水大廈三樓活動室舉行，需提前網上登記，現場亦設少量名額，請攜帶身分證明文件。
        《民法》第1052條列舉裁判離婚事由，包括重婚、不堪同居之虐待、惡意遺棄等；本週讀書會將逐款討論，歡迎志工參加，地點在本會三樓會議室。
        系統公告：預約平台將於 12/14（日）02:00 至 05:00 進行維護，版本更新至 v3.8.2，期間暫停線上預約。
        「包青天」包拯的故事常被用作法律教育教材，本中心兒童法律營以此開場，並介紹少年法庭的運作方式，適合十至十四歲兒童參加，家長須陪同出席。
        發票號碼 AB-12345678：大同文具行 影印紙 A4 10 包 NT$1,150，營業人統一編號 24536817，買受人：法律扶助基金會臺北分會。
        常見問題：租客被業主追討欠租，可向小額錢債審裁處或土地審裁處處理；小額錢債審裁處不設律師代表，申索金額上限為港幣七萬五千元。
        法律扶助申請須備：身分證正反面影本、戶籍謄本、最近一年所得及財產清單；資力審查依各縣市標準認定，詳情可洽各地分會或撥打全國專線查詢。
        義務律師排班表（第47週）：星期二晚 灣仔中心 3 名、星期四晚 觀塘中心 2 名、星期六上午 沙田中心 4 名，尚缺 1 名。
    """),
    ("mixed", "coordinator_group_chat"): _lines("""
        [19:02] Intake desk: Room 2 aircon rosak again lah, shifting the 7.30 slots to Room 4. Pls update the door sign and the Google Sheet 🙏
        [19:05] Coordinator: Rajah & Tann volunteers confirmed for Thurs, Allen & Gledhill team can only come 8pm onwards. Jadual dah update dalam sheet.
        [19:11] Admin: Printer jammed again, 已经 call Kwong Hup Printing 的 hotline 6743 2281，technician coming tomorrow 10am. Meanwhile use the one at level 3.
        [19:20] Intake desk: walk-in queue now 9, cut off at 8.15 ok? Tell the security counter stop issuing queue numbers after Q-0214.
        [19:34] Coordinator: Reminder semua, jangan snap gambar IC client pakai phone sendiri. Scan guna tablet clinic sahaja, auto-upload ke CMS.
        [20:02] Admin: Tomorrow 华语场 full already, 12/12. Overflow go to Saturday morning at Chinatown Complex, registration link same as before.
        [20:15] Coordinator: Can we still use the Phua Chu Kang poster for the renovation-dispute talk? Marketing say got copyright issue, better draw our own 😂
        [20:41] Intake desk: CJC-2025-118842 done, passed to family clinic. Tonight total 14 served, 3 referred to LAB, 1 to PDO, 2 no-show.
        [21:03] Admin: Makan malam for volunteers, ordered 15 nasi lemak from Mak Cik Kiah Kitchen (invoice MKK-0788, $67.50), collect at lobby.
        [21:10] Coordinator: Pls remember PDPA, no client names in this group. Use case ID only. 谢谢大家今晚辛苦了 🙏
        [21:12] Intake desk: Noted. Tomorrow clinic at Woodlands CC starts 6.45pm, tolong bawa extra lanyards and the visitor log book.
        [21:30] Admin: Wifi password for clinic room changed to ClinicGuest#2025 (guest SSID only). Staff SSID unchanged, ask IT if cannot connect.
        [21:45] Coordinator: MinLaw volunteer survey link out already, deadline 30 Nov. 填完了就 reply 👍 so I can track numbers, no need to write names.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Intake 04/11: Mdm Lim Siew Peng, 67, widow, owes $18,400 to three licensed moneylenders after her son's business failed; her only income is $720 a month from Silver Support.
        Applicant: Muthusamy s/o Raju, NRIC S8734215H, HP 9734 2186, Blk 512 Jurong West St 52 #08-331, Singapore 640512. Matter: eviction from HDB rental flat.
        Volunteer note: client Nurul Ain bte Kamarudin disclosed she is 5 months pregnant and her husband has stopped maintenance since July; advised on applying for a maintenance order.
        Means test: household of 4, combined income $5,820 ($3,900 Mr Ong Kah Wee + $1,920 Mrs Ong), per capita $1,455, PASS. Savings declared $6,300 in POSB 182-34567-8.
        Pls call back Mr Rajesh Kumar at 8215 6043 re his divorce hearing date, he missed the mention on 3 Nov because of his dialysis session.
        rachel.tay.88@gmail.com: client asked that all correspondence on her bankruptcy application go to this personal address, not her office email.
        Client FIN G5530127T, domestic worker, says her employer withheld 4 months' salary ($2,400) and her passport; she wants to file a claim before repatriation.
        Case note (Chong Wai Keat, 41): arrested in 2023 for drug consumption, released from DRC in March; his landlord is now using the conviction to end the tenancy.
        PBS-25-07731,2025-10-28,Tan Boon Huat,S7612093E,91846623,Blk 23 Toa Payoh Lor 7 #05-112,debt,FAIL
        Spoke to Ah Seng, the client's brother-in-law who stays with them in Bedok North; he is the one who took the $30k Ah Long loan using her IC.
        Bank details for refund of deposit: Priya d/o Suresh, DBS Savings 027-9-184653, PayNow linked to 8774 1290.
        Mileage claim: drove client Mrs Kartini Hassan (divorce, FC/D 4417/2025) to FJC in car SLM 4821 K, 18.4 km x $0.60 = $11.04.
        Mr Lau's HDB arrears are $4,260 as at 31 Oct; he is HIV positive and recently lost his warehouse job, so he is asking for a 12-month instalment plan.
        Photo received on WhatsApp: IMG_20251103_2214.jpg showing bruises on client Sharifah Nadia's forearm, taken by her neighbour the night of the incident.
        Income proof: Mohd Hafiz bin Azman, Grab driver, average net earnings $2,150/month Jun to Sep 2025; his ex-wife claims he actually earns about $4,000.
        Emergency contact for Ms Jessica Ng Hui Min: her mother Mdm Koh Ah Lian, 6289 4417 (home), 12 Jalan Bunga Rampai, Singapore 538457.
        Client T0218846A (19) co-signed a phone contract for her boyfriend and is now $3,870 in arrears; the debt collector keeps calling her polytechnic.
        Divorce intake: husband Kelvin Sim Jun Jie, wife Angela Sim (nee Teo), two kids aged 7 and 4; wife alleges he ran up about $60k in casino debts this year.
    """),
    "ms": _lines("""
        Pemohon: Siti Khadijah binti Abdullah, No. MyKad 850312-14-5521, tel 016-772 9081, alamat No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Encik Rosli bin Omar (45) menghidap kencing manis tahap teruk dan tidak mampu bayar ansuran kereta; bank telah hantar notis tarik balik kenderaan WXY 2371.
        Catatan peguam sukarela: anak guam, Puan Lakshmi a/p Murugan, mendakwa suaminya memukulnya pada 2 Nov; laporan polis IPD SHAH ALAM/012345/25 telah dibuat.
        Kak Yati dari PPR Seri Pantai blok C tingkat 9, tunggakan sewa RM3,600, DBKL dah hantar notis pengusiran, anak bongsu dia OKU.
        No. akaun Maybank 1140 2256 8813 atas nama Ahmad Zulkifli bin Ismail untuk pemulangan deposit sewa RM1,200.
        Ujian kemampuan, Nor Azizah binti Yusof: gaji kasar RM2,450, suami menganggur, 5 orang dalam isi rumah, pendapatan per kapita RM490. LAYAK.
        Sila hubungi Pak Cik Hamid di 019-338 4172 selepas Asar, dia nak tanya pasal tanah pusaka arwah ayahnya di Kampung Parit Raja.
        E-mel anak guam: farah.izzati92@yahoo.com.my, mahu salinan perintah hak jagaan anak dihantar ke e-mel ini, bukan ke rumah bekas suami.
        Tuan Haji Kamal bin Hussin diisytiharkan bankrap pada 2019 (No. kes WA-29NCC-1182-08/2019) dan kini memohon pelepasan daripada kebankrapan.
    """),
    "zh-Hans": _lines("""
        来访登记：陈先生，陈国强，身份证号 440305198706234519，手机 139 2756 8043，咨询在新加坡务工期间被拖欠工资八个月的问题。
        林太说她丈夫去年在云顶赌场输了四十多万，现在银行要拍卖他们在蒲种的双层排屋，她想知道能不能保住房子。
        阿明（张志明）上个月因醉驾被捕，女朋友已经怀孕三个月，他担心判监后没人付房租，想问能否申请社区服务令。
        客户资料：黄丽娟，女，52岁，乳腺癌化疗中，前夫拒付赡养费，住址：宏茂桥3道第224座 #09-1187，新加坡。
        请把离婚协议草稿发到 zhou.min.sz@163.com，周敏女士特别要求不要寄到她公司。
        律师笔记：王建华的母亲患阿尔茨海默症，他想向法院申请成为母亲的受托代理人，但他弟弟坚决反对。
        微信转账截图：付款人 刘晓燕，收款人“阿龙财务”，金额 ¥20,000，备注：九月利息，时间 2025-09-15 21:33。
        身份证 350203199111083023 的持有人于 2025 年 8 月被列为失信被执行人，尚欠人民币 126,500 元。
    """),
    "zh-Hant": _lines("""
        申請人：李美玲，香港身份證 K537281(A)，手提電話 9632 1874，現居觀塘秀茂坪邨 1512 室，因拖欠租金被房委會發出遷出通知書。
        張太話佢老公喺澳門賭場欠咗成百萬，而家有人日日打電話去佢屋企，佢好驚，想申請禁制令。
        個案：吳志偉，身分證字號 F228374618，積欠卡債新台幣 87 萬元，已向法院聲請更生，月收入 3 萬 2 千元。
        陳小姐（阿琪）懷孕六個月，僱主得知後即以「表現欠佳」為由解僱她，她希望追討懷孕歧視賠償。
        聯絡人：蔡先生 0912-483-265，住址：台北市大安區和平東路二段 96 巷 15 號 3 樓，代理其父處理遺產及債務。
        Y204618(9) 持有人的破產案件編號 HCB 4521/2024，破產管理署已凍結其儲蓄戶口 024-718362-838。
    """),
    "mixed": _lines("""
        Client Madam Tan 说她的 ex-husband 每个月 maintenance 都 late, already 4 months tak bayar, total $3,200. Her HP 9058 2267.
        Eh the one called Desmond Goh ah, IC S6928451E, dia punya landlord nak halau dia by end month, 你 follow up can?
        Uncle Raju from Blk 18 Marsiling Lane #03-45, 他儿子 borrow Ah Long money pakai IC dia, now Ah Long splash paint at his door.
        Pn Wong Mei Ling (MyKad 790824-10-6638) 的 divorce petition sudah filed di Mahkamah Tinggi Shah Alam, next mention 12 Dis.
        Coordinator: Aishah's CPF statement shows only $1,140 in OA, 她的 husband control all the money, can we fast-track her means test?
        Sorry late reply, Mr Lee Chee Keong (Ah Keong) tadi call from hospital, 他 stroke last week, cannot attend mediation Thursday, ask to postpone.
        Nama/姓名: Kavitha a/p Rajendran | Tel: 012-905 3348 | Isu: 家暴 & hak jagaan anak | Anak: 3 (umur 9, 6, 2)
        Grab receipt for client's ride home: drop-off Blk 88 Telok Blangah Heights #12-204, passenger Ms Fatimah Zahra, $14.60, paid by clinic.
        Vol lawyer WhatsApp: bro the client Jason Lim Wei Jie owe Atome + Shopee PayLater + 3 credit cards, total lebih kurang $27k, he want to go bankrupt, 怎样 advise?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are ClinicAssist, an intake helper for a Singapore community legal clinic. Collect facts politely, do not give definitive legal advice, and suggest booking a slot with a volunteer lawyer.",
        ),
        (
            "user",
            "Hi, my name is Goh Siew Ling, 58. My landlord in Clementi wants me out by 30 Nov because I owe 3 months rent ($2,700). My son is in prison so nobody can help me pay. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry you're going through this, Ms Goh. A landlord generally has to follow the tenancy agreement and the law before making you leave. Could you tell me if you have a written tenancy agreement and whether you received any letter or court papers?",
        ),
        (
            "user",
            "Only a WhatsApp message. You can call me at 9187 6402 after 6pm. I also have high blood pressure so I cannot stand in queue long.",
        ),
        (
            "assistant",
            "Thank you. I have noted that you only received a WhatsApp message, and that you prefer calls after 6pm. I will flag that you need a seated priority slot. Please bring the message and any rent receipts to the Tuesday clinic.",
        ),
    ],
    [
        (
            "system",
            "Case summary for volunteer lawyer. Client: Harjit Singh s/o Balwant, NRIC S9052768A, 52, lorry driver, HP 8326 5190. Debts: $42,000 across 4 credit cards and 1 licensed moneylender. Wife left in 2024; 2 children in secondary school. Means test: PASS.",
        ),
        ("user", "Draft me a short plan for the first 30-minute meeting with this client."),
        (
            "assistant",
            "Plan for Mr Harjit Singh: (1) 5 min: confirm facts and the list of creditors totalling about $42,000. (2) 10 min: explain options, namely negotiation, the Debt Repayment Scheme and bankruptcy, and how each affects his job as a lorry driver. (3) 10 min: monthly budget with his children's school costs. (4) 5 min: next steps and documents.",
        ),
        ("user", "Good. Add a note to check if the moneylender is licensed."),
        (
            "assistant",
            "Added: check the moneylender against the Registry of Moneylenders' list of licensed moneylenders, and ask Mr Singh for the loan contract and repayment receipts.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Saya Zulaikha binti Harun, 34, tinggal di Seksyen 7 Shah Alam. Saya dah bercerai tahun lepas dan bekas suami tak bayar nafkah anak RM600 sebulan sejak Mac. Apa saya boleh buat?",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Zulaikha. Jika ada perintah nafkah anak daripada Mahkamah Syariah, puan boleh memohon penguatkuasaan perintah itu. Adakah puan ada salinan perintah mahkamah tersebut?",
        ),
        (
            "user",
            "Ada. No telefon saya 013-442 8107 kalau peguam nak hubungi. Anak sulung saya pula ada asma, selalu kena ke klinik.",
        ),
        (
            "assistant",
            "Baik, puan. Sila bawa salinan perintah nafkah, rekod pembayaran terakhir dan resit perubatan anak ke klinik guaman. Puan juga boleh hubungi Jabatan Bantuan Guaman untuk bantuan perwakilan.",
        ),
    ],
    [
        ("system", "你是马来西亚一家社区法律援助中心的中文助理。请用简体中文回答。"),
        (
            "user",
            "你好，我叫郑伟，在新山一家工厂做工，身份证号 110108198502146738。老板已经三个月没发工资，一共欠我 RM7,500，还扣着我的护照。",
        ),
        (
            "assistant",
            "郑先生您好。扣留工人护照在马来西亚一般是违法的；拖欠工资可以向劳工局（Jabatan Tenaga Kerja）投诉。请问您有工资单或者银行入账记录吗？",
        ),
        (
            "user",
            "有银行记录，我的 Maybank 账户是 1512 0398 4476。我妻子在国内，下个月要生孩子，我很着急。",
        ),
        (
            "assistant",
            "明白您的情况。请带上银行流水、雇佣合同和工作证到中心，我们会帮您准备劳工局的投诉表格，并优先安排义务律师。",
        ),
    ],
    [
        (
            "user",
            "你好，我係何太，何陳淑儀，HKID P718345(7)。我老公上個月搬走咗，唔再俾家用，我同兩個仔住喺沙田，可以點做？",
        ),
        (
            "assistant",
            "何太你好。你可以考慮向家事法庭申請贍養令，亦可以先到當值律師服務的免費法律諮詢計劃預約一次性諮詢。請問你哋有冇書面協議或者佢以前俾家用嘅記錄？",
        ),
        ("user", "有銀行轉賬記錄。我自己月入得一萬二，想知可唔可以申請法律援助。"),
        (
            "assistant",
            "以你講嘅月入，可以先向法律援助署查詢經濟審查。請準備身份證、入息證明、銀行月結單同租單，並帶埋轉賬記錄。",
        ),
    ],
    [
        (
            "system",
            "You help clinic coordinators tidy intake notes. Keep all facts, fix grammar, output in English.",
        ),
        (
            "user",
            "Can help tidy this: 'Mdm Suriani bte Osman, 62, HP 8463 1179, kena scam $18k through fake investment on Telegram, 她的女儿 also owe bank $9k, both stay Blk 633 Bukit Batok Central #07-220'",
        ),
        (
            "assistant",
            "Tidied note: Mdm Suriani bte Osman, 62 (HP 8463 1179), lost about $18,000 in a fake investment scam on Telegram. Her daughter also owes a bank about $9,000. Both live at Blk 633 Bukit Batok Central #07-220.",
        ),
        ("user", "Thanks, also add she already made police report last Friday."),
        (
            "assistant",
            "Updated: Mdm Suriani bte Osman, 62 (HP 8463 1179), lost about $18,000 in a fake investment scam on Telegram and made a police report last Friday. Her daughter also owes a bank about $9,000. Both live at Blk 633 Bukit Batok Central #07-220.",
        ),
    ],
    [
        (
            "user",
            "I'm Deborah Fernandez. Household of 3: my salary is $2,800, my mum gets $600 from her pension, and my son is a student with no income. Do we pass the per capita income test?",
        ),
        (
            "assistant",
            "Your household income is $2,800 + $600 = $3,400 a month. Divided by 3 people, that is about $1,133 per person. Many clinics use a per capita limit around $1,500, so you would likely pass, subject to the savings and home-value checks.",
        ),
        (
            "user",
            "Ok. I also have $14,000 in savings but I'm paying off my late husband's hospital bill at Changi General, about $9,000 left.",
        ),
        (
            "assistant",
            "Thanks, Ms Fernandez. Savings of $14,000 may be above some savings limits, but outstanding debts such as the $9,000 hospital bill can be relevant. Bring the bill statement and your bank statements so the officer can assess it properly.",
        ),
    ],
    [
        (
            "system",
            "Rekod anak guam: Encik Faizal bin Rahman, MyKad 880417-08-5127, alamat No. 14, Lorong Cempaka 2, Taman Cempaka, 31400 Ipoh, Perak. Isu: tuan rumah menahan deposit RM2,400.",
        ),
        (
            "user",
            "Tolong sediakan surat ringkas kepada tuan rumah untuk menuntut deposit dipulangkan dalam 14 hari.",
        ),
        (
            "assistant",
            "Tuan, Per: Tuntutan Pemulangan Deposit Sewa. Saya, Faizal bin Rahman, penyewa terdahulu di No. 14, Lorong Cempaka 2, Taman Cempaka, 31400 Ipoh, dengan ini menuntut deposit sebanyak RM2,400 dipulangkan dalam tempoh 14 hari dari tarikh surat ini. Sekian, terima kasih.",
        ),
        ("user", "Bagus. Tambah juga nombor telefon dia 017-520 6634 di bawah tandatangan."),
        ("assistant", "Baik. Di bawah tandatangan: Faizal bin Rahman, Tel: 017-520 6634."),
    ],
    [
        ("system", "You are an assistant for volunteer lawyers at a Malaysian legal aid centre."),
        (
            "user",
            "Convert these rows to a short summary table: LAC-25-0412, Tan Mei Fong, 920611-07-5344, divorce, 2 kids; LAC-25-0413, Ganesan a/l Pillai, 750930-02-6121, eviction, arrears RM5,400.",
        ),
        (
            "assistant",
            "Summary: LAC-25-0412 | Tan Mei Fong | MyKad 920611-07-5344 | Divorce, 2 children. LAC-25-0413 | Ganesan a/l Pillai | MyKad 750930-02-6121 | Eviction, rent arrears RM5,400.",
        ),
        ("user", "Which one should be prioritised this week?"),
        (
            "assistant",
            "Mr Ganesan's eviction matter is usually more urgent because of the risk of losing his home; check whether a court date has been fixed. Ms Tan's divorce can be scheduled for the next family clinic unless there are safety concerns.",
        ),
    ],
    [
        (
            "user",
            "Hi AI, I help my neighbour 林太 (Lim Ah Hoon) lah, she 78 already, staying alone at Blk 45 Sims Drive #11-560. Her nephew took her CPF money 大概 $35k and now refuse to return. 她也有 dementia early stage. Can she sue?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Because Mdm Lim has early dementia, a key question is whether she can still make decisions herself or whether someone needs to act for her, such as a donee under a Lasting Power of Attorney or a court-appointed deputy. Do you know if she made an LPA?",
        ),
        (
            "user",
            "No LPA. Her only daughter in Melbourne, phone +61 412 583 907. Should I call her?",
        ),
        (
            "assistant",
            "Yes, it would help to involve her daughter, since a family member may need to apply to be deputy. Please also bring any CPF withdrawal records to the clinic so a volunteer lawyer can advise on recovering the $35,000.",
        ),
    ],
]
