# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat158: chats with an assistant about one's own credit-counselling and debt-restructuring troubles (AKPK, Credit Counselling Singapore, Hong Kong IVAs, bankruptcy, debt collectors, loans from family). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat158
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Does joining a Debt Management Programme affect my credit report? A: Your Credit Bureau Singapore record will show the accounts as restructured until the plan is completed.
        Q: How long does intake take at Credit Counselling Singapore? A: Allow about 2 to 3 weeks from submitting the online intake form before a volunteer counsellor is assigned.
        Q: Is there a fee for AKPK's Program Pengurusan Kredit? A: No. AKPK was set up by Bank Negara Malaysia in 2006 and its counselling and DMP services are free of charge.
        Q: Which debts can go into the DMP? A: Unsecured debts such as credit cards and personal loans from participating banks; housing loans and car hire-purchase are generally excluded.
        Q: Can I keep using my credit card during the plan? A: No. All card facilities included in the DMP are suspended once the creditor banks accept the proposal.
        Q: What is an IVA in Hong Kong? A: An Individual Voluntary Arrangement under Part VIA of the Bankruptcy Ordinance (Cap. 6), approved by creditors holding at least 75% in value of the debts.
        Q: How do I reach AKPK? A: Call the toll-free line 1-800-22-2575, Monday to Friday 8.30am to 5.30pm, or book a session through the AKPK Mobile app.
        Q: Will debt collectors stop calling after I enrol? A: Participating banks route communication through the plan, but agencies appointed before enrolment may need up to 14 days to update their records.
        Q: What is the bankruptcy threshold in Singapore? A: Under the Insolvency, Restructuring and Dissolution Act 2018, a bankruptcy application may be filed for debts of at least S$15,000.
        Q: What should I bring to my first session? A: Your last 3 months of payslips, CPF contribution history, bank statements, the latest statement from each creditor, and your NRIC for verification.
        Q: Is the Debt Repayment Scheme the same as a DMP? A: No. The DRS is a statutory scheme run by the Official Assignee for debtors owing less than S$150,000; a DMP is an informal arrangement with banks.
        Q: Can a moneylender call my employer or relatives? A: Licensed moneylenders must not harass third parties. Report breaches to the Registry of Moneylenders hotline 1800-2255-529.
        Q: Why does Mr Micawber appear in our workshop slides? A: Dickens' line about annual income twenty pounds and expenditure twenty pounds ought and six is still the best summary of budgeting we know.
    """),
    ("en", "config_and_code"): _lines("""
        DMP_MIN_MONTHLY_INSTALMENT_MYR=150  # floor applied by plan calculator v3.4.1 when net disposable income is very low
        plan = restructure(total_debt=48_500.00, tenor_months=96, rate_pa=0.045)  # example values from test_long_tenor
        SELECT creditor_code, COUNT(*) AS plans FROM dmp_plans WHERE status = 'ACTIVE' AND created_at >= '2025-01-01' GROUP BY creditor_code;
        collections_policy: {max_calls_per_day: 3, quiet_hours: '21:00-08:00', channel_priority: [sms, email, voice], locale: en-SG}
        def dsr(monthly_commitments: float, net_income: float) -> float: return round(monthly_commitments / net_income * 100, 2)  # debt service ratio
        CREDITOR_WEBHOOK_URL=https://api.example-bank.com.my/v2/dmp/notify  # staging only, rotate the HMAC secret every 90 days
        case_ref,intake_date,channel,counsellor_team,total_unsecured_myr,num_creditors,proposed_tenor,dsr_pct,status
        fix(calculator): cap tenor at 120 months for AKPK PPK plans; bump schema to 2025.11.0 (commit 9f3c2e7a1b, reviewed in PR #812)
        {"plan_id": "DMP-2025-000417", "currency": "SGD", "creditors": 5, "monthly": 820.00, "tenor": 60, "source": "fixture"}
        SMS_SENDER_ID=CCS-SG; SMS_TEMPLATE_REMINDER='Reminder: your DMP instalment is due on {due_date}. Reply STOP to opt out.'
        NRIC_PATTERN = r'^[STFGM][0-9]{7}[A-Z]$'  # used only to reject malformed input, never logged or stored
        image: registry.internal/dmp-portal:4.2.7-alpine  resources: {limits: {cpu: 500m, memory: 512Mi}}  replicas: 3
        assert monthly_instalment(principal=12000, months=48, flat_rate=0.0) == 250.00  # zero-interest restructure per PPK guideline
    """),
    ("en", "log_lines"): _lines("""
        2025-11-03T09:14:22.318+08:00 INFO  dmp-calculator[4127]: plan computed in 41 ms (creditors=4, tenor=84, engine=v3.4.1)
        2025-11-03 09:15:07 WARN  creditor-gateway: timeout calling POST /v2/proposals for bank code MBB after 30000 ms, retry 2/5
        [2025-11-03 10:02:55 SGT] cron nightly_bureau_sync finished: 12,408 read, 12,397 updated, 11 rejected (schema mismatch), exit 0
        10.20.4.17 - - [03/Nov/2025:10:21:44 +0800] "GET /api/v1/faq?lang=ms HTTP/1.1" 200 5123 "-" "kube-probe/1.29"
        ERROR payment-recon: batch GIRO-20251103-02 mismatch, expected SGD 184,220.50 got SGD 184,118.50, diff 102.00, flagged for finance
        2025-11-04T02:00:01Z backup s3://dmp-backups/prod/2025-11-04.tar.zst done, 3.8 GiB, sha256=4e1f9a0c7b2d6e83a51f0c9d2b7e4a6f18c3d5e7
        deploy: dmp-portal 4.2.7 -> 4.2.8 rolled out to 3/3 pods in ap-southeast-1 by pipeline #5521, duration 6m12s, status=Succeeded
        audit: role=counsellor_lead action=EXPORT report=monthly_intake_summary rows=0 personal_fields=0 format=xlsx ts=2025-11-05T17:40:09+08:00
        2025-11-05 18:01:33 INFO sms-dispatcher: 2,311 reminder SMS queued under sender ID AKPK, 14 rejected by carrier, p95 latency 820 ms
        rate-limit: 429 returned to client app ios/3.9.0 on /api/v1/calculator, window=60s, limit=30, current=31, region=MY
        2025-11-06 08:30:00 INFO ivr: hotline queue 1-800-22-2575 opened, agents_online=18, avg_wait=00:02:47, abandoned=0
        kafka consumer group dmp-events lag=0 on topic plan.status.v2 partitions 0-11 after rebalance at 2025-11-06T11:12:40+08:00
        WARN tls: certificate for portal.ccs.example.sg expires in 14 days (notAfter 2025-11-20 23:59:59 UTC), renew via cert-manager
    """),
    ("zh-Hans", "新闻"): _lines("""
        《深圳经济特区个人破产条例》自2021年3月1日起正式施行，是我国内地首部个人破产法规，深圳市破产事务管理署同日挂牌成立，受理个人破产申请。
        中国人民银行征信中心提醒：征信报告中的逾期记录自不良行为终止之日起保留5年，任何声称可以“花钱洗白征信”“内部渠道删除记录”的广告均属诈骗。
        国家金融监督管理总局发布风险提示，提醒消费者警惕“代理维权”“债务优化”等黑灰产，此类机构常以收取高额服务费为目的，诱导借款人停止正常还款。
        浙江省温州市中级人民法院于2019年审结一起具有个人破产实质功能的案件，被业内普遍称为“个人破产第一案”，引发了社会各界的广泛讨论。
        中国银行业协会发布的信用卡催收工作指引要求，催收人员不得在晚间22时至次日8时之间致电，不得向债务人以外的第三人透露欠款信息。
        招商银行信用卡客服热线95555介绍，持卡人如遇还款困难，可致电申请个性化分期还款协商，经审核后最长可分60期，期间需按时足额还款。
        周小川担任中国人民银行行长期间，《征信业管理条例》于2013年3月15日起正式施行，为我国征信体系建设提供了行政法规层面的依据。
        深圳市破产事务管理署官网通知：个人破产信息公开平台已上线，公众可在线查询已公开的破产案件信息、管理人名册及重整计划的执行情况。
        电视剧《人世间》中周秉昆一家为筹钱还债四处奔波的情节播出后，引发网友对民间借贷、亲友借款以及家庭债务问题的热烈讨论，相关话题阅读量破亿。
        上海金融法院发布年度审判白皮书，提示借款人理性消费、量入为出，避免“以贷养贷”，并对职业放贷人和套路贷案件保持从严打击的态势。
        支付宝客服热线95188提醒用户：官方不会以“注销校园贷账户”“降低征信影响”等理由要求用户转账或提供验证码，遇到此类电话请立即挂断。
        最高人民法院相关负责人在新闻发布会上表示，将继续推动建立健全失信被执行人信用修复机制，鼓励被执行人主动履行义务、积极修复信用。
        《个人破产：从深圳试点到全国立法》一书由法律出版社于2023年出版，作者梳理了英国、美国和新加坡的破产免责制度，定价68元，各大书店有售。
    """),
    ("zh-Hant", "公告"): _lines("""
        破產管理署總辦事處位於香港金鐘道66號金鐘道政府合署10樓，辦公時間為星期一至五上午8時45分至下午5時45分，星期六、日及公眾假期休息。
        根據《破產條例》（第6章）第30A條，首次破產的破產人一般於破產期開始起計滿四年後獲解除破產，但受託人或債權人可向法院提出反對。
        個人自願安排（IVA）須由代名人（一般為律師或執業會計師）向法院提交建議書，並在債權人會議上獲得按債務價值計算75%或以上的債權人同意。
        放債人註冊處提醒市民：根據《放債人條例》（第163章），實際年利率超過48%的貸款協議可被推定為屬敲詐性交易，超過60%即屬刑事罪行。
        香港警務處提醒市民：切勿向聲稱可以「一筆清晒卡數」「低息轉按唔使入息證明」的中介繳交任何手續費，如有懷疑請致電防騙易熱線18222查詢。
        消費者委員會在《選擇》月刊刊出財務中介調查，發現部分中介收取的服務費高達貸款額三成，建議市民先直接向銀行或持牌放債人查詢條款。
        司法機構公告：高等法院原訟法庭破產案件的聆訊排期表每日於司法機構網頁更新，破產案件編號格式為HCB 1234/2025，公眾可按編號查閱。
        財政司司長陳茂波在財政預算案演辭中表示，政府會繼續透過「中小企融資擔保計劃」協助企業應付現金流壓力，並延長申請期至2026年。
        澳門金融管理局提醒居民：在澳門從事放貸業務須依法獲得許可，市民可於金管局網頁查閱持牌機構名單，切勿向非法放貸人士或賭廳借款。
        【分行公告】梁興記財務有限公司觀塘分行（觀塘道388號創紀之城1期12樓）將於12月24日下午4時提早關門，放債人牌照號碼 0821/2025。
        信貸資料服務機構環聯（TransUnion）香港提示：市民可按法例免費查閱個人信貸報告，網上申請一般三個工作天內以電郵形式發出報告。
        破產管理署網上查冊服務：每宗個人破產或公司清盤記錄查冊須繳付指定費用，收費以署方最新公佈為準，可用信用卡、繳費靈或轉數快繳費。
        香港銀行公會表示，會員銀行會按個別客戶情況考慮延長還款期、調低利率或提供暫緩還款安排，有需要的客戶應盡早聯絡所屬銀行的客戶服務部。
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★☆ 台北信義區「安心債務協商事務所」服務態度不錯，律師很有耐心解釋前置協商跟更生程序的差別，只是諮詢費一小時收2,000元有點貴。
        ★☆☆☆☆ 「金福來整合貸款」根本就是代辦，廣告說銀行利率3%，結果手續費收了貸款金額的15%，打客服(02)2771-8866一直推託，大家小心。
        財團法人法律扶助基金會台中分會的志工很親切，消債條例的聲請狀一步一步教我們填，律師諮詢完全免費，而且不用排很久，真心推薦給需要的人。
        「美華代書事務所」在板橋府中站附近，幫忙整理財產及收入狀況說明書收費合理，每份3,500元，三天就完成，老闆娘講話很直接但很專業。
        去板橋地方法院遞更生聲請，法院一樓的訴訟輔導服務處志工很熱心，還提醒要附最近兩年的收入證明和財產清冊，讓我們少走很多冤枉路。
        ★★☆☆☆ 打中國信託客服0800-024-365轉債務協商專線，等了快40分鐘才接通，專員態度還可以，但文件來回寄了三次才收齊，效率有待加強。
        金融聯合徵信中心的臨櫃服務很快，申請個人信用報告只要帶身分證和第二證件，十分鐘就拿到，工本費100元，網路申請用自然人憑證更方便。
        這間「好日子理財教室」的線上課程講解最大債權銀行協商流程，講師用月收入36,000元的虛擬案例做試算，很實用，可惜影片畫質只有720p。
        ★☆☆☆☆ 「鼎信資產管理」這家討債公司半夜十一點還在打電話，甚至打到客戶的公司去，已經向金管會跟警察局檢舉，拜託不要委託他們收款。
        新北市「消債自救協會」每月第二個週六下午兩點在三重社福中心辦說明會，免費入場不用預約，主講人是執業律師，建議帶自己的債務清單去問。
        推薦「家計帳」App，評分4.8，支援信用卡帳單自動匯入，可以設定每月協商還款提醒和預算上限，唯一缺點是進階版一年要NT$990。
        臺灣銀行網站的債務協商專區說明很清楚，最大債權銀行制度下只要向一家銀行申請，其他銀行會一起協商，流程圖跟表單下載都很齊全，大推。
        ★★★★★ 高雄市政府社會局的理財輔導窗口真的很用心，社工幫忙擬定收支表，還轉介免費的法律諮詢，整個過程不用花一毛錢，給五顆星。
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Kaunter AKPK Cawangan Johor Bahru ditutup pada 1 Januari 2026 sempena Tahun Baharu. Perkhidmatan kaunseling dalam talian di www.akpk.org.my beroperasi seperti biasa.
        Peringatan Bank Negara Malaysia: Berhati-hati dengan pihak yang menawarkan khidmat penyatuan hutang dengan bayaran pendahuluan. Semak senarai institusi berlesen melalui BNMTELELINK.
        Jabatan Insolvensi Malaysia (MdI): Semakan status kebankrapan boleh dibuat di kaunter atau secara dalam talian, tertakluk kepada fi mengikut jadual terkini yang dipaparkan di portal rasmi.
        Di bawah Akta Insolvensi 1967, had minimum hutang untuk memfailkan petisyen kebankrapan terhadap seseorang individu ialah RM100,000, berkuat kuasa mengikut pindaan terkini.
        Program Pengurusan Kredit (PPK) AKPK terbuka kepada individu yang mempunyai pinjaman dengan institusi kewangan di bawah seliaan BNM. Hubungi talian bebas tol 1-800-22-2575.
        Taklimat Celik Kewangan AKPK: Sabtu, 15 November 2025, 9.30 pagi hingga 12.30 tengah hari, Dewan Komuniti Taman Tun Dr Ismail, Kuala Lumpur. Masuk percuma, tempat terhad.
        Pemberi pinjam wang berlesen di bawah KPKT wajib memaparkan nombor lesen, contohnya WL1234/10/01-2/260826, di premis perniagaan serta dalam setiap iklan yang diterbitkan.
        Notis Latihan: Semua kaunselor Zon Utara diminta hadir sesi latihan Pelan Pembayaran Balik Berstruktur di Hotel Sunway Georgetown, Pulau Pinang pada 20-21 November 2025.
        AKPK tidak pernah mengenakan bayaran untuk perkhidmatan kaunseling. Sebarang mesej WhatsApp yang mendakwa daripada AKPK dan meminta pemindahan wang adalah penipuan. Lapor kepada NSRC 997.
        Kempen bayaran balik PTPTN berlangsung sehingga 31 Disember 2025. Maklumat lanjut boleh didapati di www.ptptn.gov.my atau melalui Careline 03-2193 3000 pada waktu pejabat.
        Ibu Pejabat AKPK: Tingkat 8, Maju Junction Mall, 1001 Jalan Sultan Ismail, 50250 Kuala Lumpur. Waktu operasi Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang.
        Kenyataan Media: Gabenor Bank Negara Malaysia, Dato' Seri Abdul Rasheed Ghaffour, menekankan kepentingan literasi kewangan isi rumah dalam ucapan perasmian Bulan Literasi Kewangan.
        Makluman: Aplikasi AKPK Mobile versi 2.3.0 kini tersedia di Google Play dan App Store dengan ciri kalkulator bajet bulanan serta semakan status permohonan PPK.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team, reminder: tmr 9am briefing at Level 2 meeting room, agenda = new DMP creditor list from Maybank & CIMB, please bring laptop ya 🙏
        各位，今天 walk-in 比较多，counter 3 的 queue number 已经到 A047 了，谁有空可以过来帮忙一下 intake？lunch 我请 kopi 🙏
        Boss kata form baru PPK v2025.3 kena guna mula Isnin, yang lama tolong shred ikut SOP ya, jangan buang dalam tong sampah biasa.
        FYI the bureau portal down from 2pm to 4pm for maintenance, so credit report pull kena tunggu. Don't promise clients same-day proposal ok.
        今晚 7pm 有 webinar Managing BNPL Debt by Credit Counselling Singapore, link 已经放在 shared drive /Training/2025-11，记得先 register。
        Case load update: Team A 42 active plans, Team B 37, Team C 45. Target bulan ni close 20 new proposals, jom push sikit 💪
        Level 3 的 HP LaserJet M404 又 jam 了，IT ticket INC-20251104-0193 已经开了，暂时先用 Level 2 那台，scan 的话用 Ricoh。
        Reminder utk semua: jangan sekali-kali screenshot dokumen pelanggan dalam group ni. PDPA audit bulan depan, semua kena ikut SOP 4.2.
        新的 creditor contact list 已更新：UOB collections hotline 1800 222 2121，OCBC 1800 363 3333，call 之前记得 double check 营业时间。
        Guys, pantry aircond rosak lagi 😩 facilities says technician datang Thursday 10am. Meanwhile jangan tinggal makanan dalam pantry ya.
        年终 dinner 定在 12 Dec 星期五 7.30pm，地点 Paradise Dynasty @ ION Orchard，budget SGD 60 per pax，RSVP 之前请在 poll 投票。
        Quick poll: nak tukar template email DMP Proposal Accepted ke bilingual BM/EN? React 👍 kalau setuju, 👎 kalau tak, deadline Friday.
        Stats last month: 318 intake calls, avg handling time 11m40s, 64% referred to DMP, 9% referred to Official Assignee info session. Good job all!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My name is Darren Koh Wei Liang, I owe about S$38,000 across four credit cards and Credit Counselling Singapore said my DMP might run 7 years.
        NRIC S8234517E, mobile 9187 4426 - please update my contact on the DMP file, I changed number after the collectors kept calling.
        Priya Ramasamy was made bankrupt on 14 March 2024 and is still undischarged; she asked if the Official Assignee will let her travel to Chennai for her father's funeral.
        My wife Jocelyn doesn't know I borrowed $12k from an Ah Long, they splashed paint and wrote O$P$ on our door at Blk 412 Bedok North Ave 2 #09-231.
        Hi, this is Marcus Tan, marcus.tan.wl88@gmail.com - the collector from the agency keeps texting my sister about my overdue loan.
        Payslip I sent the counsellor: Employee Lim Hui Min, Staff No. 40217, Basic $3,450, CPF deduction $690, Net $2,760, Oct 2025.
        2025-10-21,Nur Aisyah binti Rahman,880514-10-6242,012-734 5581,Maybank CC,RM18420.00,PPK approved
        My dad lent me HK$200,000 from his retirement savings to cover the IVA shortfall, and Uncle Raymond keeps saying I should sign an IOU to my own father.
        DMP instalment account: DBS Savings 027-4-118536, account name Goh Siew Ling, GIRO deduction on the 5th of each month.
        I'm Kelvin Ng, diagnosed with major depression last year and lost my job at the logistics firm, that's how I fell behind on my $24k personal loan.
        My car SJN 4821 T was repossessed on Tuesday, they towed it from the carpark under my block at Jurong West St 64 while my kids were watching.
        HKID Y604417(2), Chan Ka Wai, monthly income HK$21,500, total unsecured debts HK$486,000 - that's what I put on the IVA nominee's intake form.
    """),
    "zh-Hans": _lines("""
        我叫王晓东，身份证号440305198706142315，在深圳欠了网贷和信用卡一共27万，想问能不能申请个人破产。
        催收的一直打我妈的电话13825716049，说我再不还钱就去湖南邵阳老家找她，我该怎么办？
        刘婷（女，32岁）因产后抑郁辞职，花呗借呗逾期8个月，目前欠款约6.3万元，丈夫还不知情。
        老公张国强赌博欠了高利贷40多万，我们正在闹离婚，债主还上门到上海市闵行区莘松路1258弄23号502室贴大字报。
        收款账户：中国工商银行 6222021001483392716 户名：李秀芳，这是我姐姐借钱给我还债用的那张卡。
        赵磊 188****3267 这是我的号码，催收公司把我通讯录里的人全打了一遍，连我领导都知道了。
        表哥陈志伟去年借我15万还信用卡，说好三年还清，现在我失业了还不上，亲戚都知道了，很丢人。
        我的征信报告：姓名 周敏，证件号 310115199203084528，逾期账户4个，最长逾期M5，近半年查询记录23次。
        小胖（我室友）给我担保的那笔小额贷款也逾期了，对方把他在杭州上班的公司电话都打爆了，他快被开除了。
        法院寄到广东省东莞市南城区宏图路88号星河城3栋1704 黄伟明 收的快递，是不是起诉状副本？我很害怕。
    """),
    "zh-Hant": _lines("""
        本人陳家豪，HKID K382915(4)，欠咗三張信用卡同埋一筆私人貸款共HK$52萬，想問做IVA定係破產好？
        林太話佢老公喺觀塘做地盤，欠咗財仔十幾萬，成日有人淋紅油，佢哋住秀茂坪寶達邨達欣樓2015室。
        收數公司打去我公司搵我，同事全部都知我欠錢，我叫何詠詩，電話 6431 2857，可唔可以投訴佢哋？
        我在台中的帳戶：中國信託 822-532-0187-4496，戶名 吳佩珊，每月協商款18,600元都是從這裡扣。
        身分證字號F128493072，姓名林志明，想聲請消債條例更生，月薪42,000元，債務總額約新台幣310萬。
        阿強的媽媽上個月中風住院，醫藥費加上他自己的卡債，現在每個月要還三萬多，他說快撐不下去了。
        澳門居民蕭嘉欣，澳門身份證 5173026(3)，在路氹賭場向疊碼仔借款80萬港元，現在被追數追到屋企。
        我老公黃志偉已經被頒令破產，案件編號HCB 3317/2024，佢想問破產期間可唔可以繼續揸的士。
        家裡那台車車牌 BKR-7352 被債權銀行聲請強制執行要拍賣了，登記在我爸楊文雄名下，他氣到血壓飆高。
        我懷孕五個月，先生周建宏失業，卡債逾期三個月，身分證A227318648是我的，銀行說要先繳最低應繳金額才能談。
    """),
    "ms": _lines("""
        Nama saya Mohd Faizal bin Ismail, No. KP 850312-14-5527, saya ada hutang kad kredit RM45,000 dan nak mohon PPK dengan AKPK.
        Adik saya Nurul Syafiqah dah 3 bulan tak bayar pinjaman peribadi, ejen kutip hutang datang rumah kami di No. 27, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam.
        Tolong call saya di 013-482 7716, saya Kak Yati, suami saya baru diisytiharkan bankrap bulan lepas dan gaji dia kena potong.
        Pak Long Harun pinjamkan saya RM30,000 untuk langsaikan hutang Along, sekarang dia minta balik dan ugut nak bagitahu satu kampung di Kuala Pilah.
        Akaun untuk bayaran balik: Maybank 164022819937, nama pemegang akaun Noraini binti Hashim, potongan setiap 25hb.
        Saya Lim Chee Keong, pemandu Grab di Penang, pendapatan lebih kurang RM3,200 sebulan, hutang AEON Credit RM14,800 dah tertunggak 5 bulan.
        E-mel saya azlanhakim.1990@yahoo.com, tolong hantar surat tawaran PPK ke situ sebab alamat lama di Kuantan dah tak guna.
        Encik Rajesh a/l Muniandy, No. KP 790925-08-6131, dirujuk ke Jabatan Insolvensi kerana hutang perniagaan RM180,000; isterinya menghidap kanser tahap 3.
        Kereta Proton Saga saya, nombor plat WXY 3184, dah ditarik bank minggu lepas, baki pinjaman masih RM19,000 dan saya tak tahu nak buat apa.
        Borang PPK | Nama: Haslinda binti Osman | KP: 910207-03-5418 | Tel: 019-355 2084 | Majikan: Hospital Raja Perempuan Zainab II | Gaji kasar: RM4,850
    """),
    "mixed": _lines("""
        Hi counsellor, saya Alvin Teo, my CCS case officer said 我的 DMP 可以 start next month, tapi UOB masih call my office 6735 1192 ext 224 every day.
        我老婆 Mei Ling 不知道我欠了 Ah Long RM8k, they already came to our rumah at Taman Connaught Cheras, 很怕她会知道。
        FIN G5528103W, Nguyen Thi Hoa, work permit holder, 欠 licensed moneylender S$6,500, boss says will cancel permit kalau tak settle.
        My brother-in-law Ah Seng 借了我 HK$80,000, 现在要我 sign IOU + pay 5% interest, 否则 he'll tell my mother, 她有心脏病。
        Dear AKPK, saya nak update phone number: 016-209 4473 (new), nama Tan Mei Fong, IC 920116-07-5820, thanks.
        Debt list 给 counsellor: Citibank CC S$9,200 / HSBC CC S$4,100 / personal loan S$15,000 / 阿嫲借的 S$3,000 - Ong Jia Hui, NRIC T0312845D
        林sir你好，我系 Wong Siu Ming 嘅 wife，佢 bankrupt 咗之後 mental health 好差，成日話想死，我哋住天水圍天恩邨恩澤樓1208室。
        Tolong la, 我 sister Jasmine 的 Atome 跟 Shopee PayLater 都 overdue 了, total around RM6,300, she's only 22 and still studying at UiTM Shah Alam.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that helps people in Singapore understand debt options. Do not give legal advice.",
        ),
        (
            "user",
            "Hi, I'm Bryan Yeo, 34. I owe about S$62,000 on five credit cards and a Lendela personal loan. My take-home is S$4,100. Is Credit Counselling Singapore worth it or should I just go bankrupt?",
        ),
        (
            "assistant",
            "Thanks for sharing, Bryan. With S$62,000 of unsecured debt and S$4,100 take-home pay, a Debt Management Programme through CCS may be realistic if your essential expenses leave room for an instalment. Bankruptcy has long-lasting effects, so it is usually a last resort.",
        ),
        (
            "user",
            "My mum already lent me S$10k from her CPF-withdrawn savings last year and she keeps asking when I will pay her back. Should that go into the DMP too?",
        ),
        (
            "assistant",
            "A DMP only covers participating banks, so your mum's loan stays outside it. It is still worth writing down a simple repayment schedule with her so both of you know what to expect.",
        ),
    ],
    [
        (
            "user",
            "我在深圳工作，户籍也在深圳，欠了大概45万，主要是信用卡和网贷。听说深圳可以个人破产，需要什么条件？",
        ),
        (
            "assistant",
            "根据《深圳经济特区个人破产条例》，申请人需在深圳连续缴纳社保满三年，并因生产经营或生活消费导致丧失清偿能力。建议先整理全部债务清单、收入证明和财产情况。",
        ),
        (
            "user",
            "我叫郑浩然，身份证441302198911053313，去年因为胃癌做了手术，公司把我裁了，现在每个月只有失业金。这样的情况法院会考虑吗？",
        ),
        (
            "assistant",
            "疾病和失业导致的收入下降通常属于法院会考虑的“诚实而不幸”的情形。请保留好病历、裁员通知和失业金记录，并且不要在网上公开你的身份证号码。",
        ),
    ],
    [
        ("system", "你是一個協助香港用戶了解債務重組及破產程序的助理，以廣東話回答。"),
        (
            "user",
            "我叫鄧麗珊，喺荃灣做文員，月入一萬八，欠咗五間銀行同兩間財仔總共大概38萬。朋友話做IVA好過破產，係咪真㗎？",
        ),
        (
            "assistant",
            "IVA需要搵律師或會計師做代名人，同埋要75%債務價值嘅債權人同意，費用一般都唔平。以你月入一萬八，要睇扣除基本開支之後每月仲可以還幾多，先知IVA可唔可行。",
        ),
        (
            "user",
            "仲有，收數佬上個禮拜去咗我阿媽屋企，即係葵涌邨勝葵樓1517室，嚇親佢，佢本身有心臟病。我可以點做？",
        ),
        (
            "assistant",
            "收數公司唔可以滋擾第三者。你可以記低時間同情況，向警方報案，亦可以向有關銀行投訴，要求佢哋停止委託嗰間收數公司。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tanya pasal AKPK. Hutang kad kredit saya dah RM52,000, gaji bersih RM3,900. Boleh ke masuk PPK?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh cuba. AKPK akan semak pendapatan, perbelanjaan dan senarai hutang anda sebelum mencadangkan pelan bayaran balik kepada bank. Perkhidmatan ini percuma.",
        ),
        (
            "user",
            "Ok. Nama saya Zulkifli bin Ahmad, KP 830619-06-5183, tinggal di Lot 1124, Kampung Padang Tengku, Kuala Lipis. Boleh tolong tulis e-mel permohonan?",
        ),
        (
            "assistant",
            "Boleh. Contoh: Tuan/Puan, saya Zulkifli bin Ahmad (KP 830619-06-5183) ingin memohon sesi kaunseling di bawah Program Pengurusan Kredit. Jumlah hutang kad kredit saya ialah RM52,000 dan gaji bersih RM3,900 sebulan. Sekian, terima kasih.",
        ),
        ("user", "Terima kasih, nanti saya hantar guna nombor telefon 017-928 4410."),
    ],
    [
        (
            "user",
            "bro I kena Ah Long la, pinjam RM5k tapi sekarang dorang kata kena bayar RM14k. 他们还 WhatsApp 我老板 和 my wife.",
        ),
        (
            "assistant",
            "Pinjaman daripada Along adalah haram dan anda tidak patut berurusan lagi dengan mereka secara bersendirian. Sila buat laporan polis dan simpan semua tangkapan skrin mesej ugutan.",
        ),
        (
            "user",
            "ok tapi they sent a photo of my house, No. 8 Lorong Bunga Raya 2, Taman Bukit Mewah, Kajang. Nama I Chong Wai Kit, I really scared 我的孩子会出事。",
        ),
        (
            "assistant",
            "Keselamatan keluarga anda paling penting. Bawa gambar dan mesej itu ke balai polis Kajang segera, dan maklumkan kepada majikan anda bahawa anda sudah membuat laporan supaya mereka tidak melayan ugutan tersebut.",
        ),
    ],
    [
        (
            "system",
            "You help Hong Kong residents understand bankruptcy under the Bankruptcy Ordinance (Cap. 6). Be concise.",
        ),
        (
            "user",
            "If I petition for my own bankruptcy, can I keep working as a security guard? I'm Leung Chi Fai, 51, owe about HK$700k after my restaurant closed during Covid.",
        ),
        (
            "assistant",
            "In general a bankrupt may keep working in most jobs, but some licences and positions have restrictions. The trustee may ask you to contribute part of your income above reasonable living expenses.",
        ),
        (
            "user",
            "My son is still at university and I pay his tuition. Will the trustee count that? My HKID is M271038(8) if you need it for the form example.",
        ),
        (
            "assistant",
            "Please do not share your HKID here. Reasonable family expenses such as a dependant's education may be considered when the trustee assesses your income contribution, so keep receipts for his tuition.",
        ),
    ],
    [
        ("user", "請問台灣的消債條例更生跟清算差在哪裡？我欠了大概兩百萬。"),
        (
            "assistant",
            "更生是在法院認可的方案下分期還款，通常六年左右，不需要變賣主要財產；清算則是處分財產來清償，程序結束後可能取得免責，但對生活限制較多。",
        ),
        (
            "user",
            "我叫謝宗翰，住在台南市東區林森路二段145巷6號3樓，在工廠當作業員，月薪大概三萬八，太太今年剛生第二胎，這樣適合更生嗎？",
        ),
        (
            "assistant",
            "以你有穩定薪資收入的情況，更生通常比較適合。聲請時要附上家庭必要生活費用的說明，扶養兩個小孩和太太的支出都可以列入，建議先到法扶基金會諮詢。",
        ),
    ],
    [
        (
            "user",
            "Can you help me draft a simple IOU? My sister is lending me S$15,000 to clear my credit card so I can finish my DMP early.",
        ),
        (
            "assistant",
            "Sure. Please give me both names, the amount, the repayment schedule and whether there is any interest.",
        ),
        (
            "user",
            "Borrower: Samuel Lee Jun Hao, NRIC S7651093H. Lender: Rachel Lee Hui Wen, NRIC T9874120D. S$15,000, no interest, S$500 a month from 1 Feb 2026.",
        ),
        (
            "assistant",
            "Here is a draft: I, Samuel Lee Jun Hao (NRIC S7651093H), acknowledge that I have borrowed S$15,000 from Rachel Lee Hui Wen (NRIC T9874120D), interest-free, to be repaid at S$500 per month starting 1 February 2026 until fully repaid. Signed and dated by both parties.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu pengguna Malaysia berurusan dengan ejen pemungut hutang secara beretika.",
        ),
        (
            "user",
            "Ejen kutip hutang dari syarikat agensi bank telefon saya 15 kali sehari, termasuk pukul 11 malam. Saya nak buat aduan ke BNM.",
        ),
        (
            "assistant",
            "Anda boleh membuat aduan melalui BNMTELELINK. Sertakan tarikh, masa panggilan, nama agensi dan nombor akaun pinjaman berkaitan.",
        ),
        (
            "user",
            "Tolong tulis aduan. Nama: Siti Aminah binti Yusof, KP 870402-11-5066, akaun pinjaman peribadi Bank Rakyat 1109-88-204517, telefon 019-664 3021.",
        ),
        (
            "assistant",
            "Aduan: Saya, Siti Aminah binti Yusof (KP 870402-11-5066), pemegang akaun pinjaman peribadi 1109-88-204517, ingin mengadu bahawa ejen pemungut hutang telah menghubungi saya sebanyak 15 kali sehari termasuk selepas jam 11 malam. Saya boleh dihubungi di 019-664 3021.",
        ),
    ],
    [
        ("user", "催收公司天天给我爸妈打电话，我爸有高血压，被吓得住院了，这种情况能投诉吗？"),
        (
            "assistant",
            "可以。催收机构不得向无关第三人催收或威胁恐吓。你可以向放贷机构投诉、向当地金融监管部门反映，情节严重的可以报警。",
        ),
        (
            "user",
            "我叫孙佳怡，欠的是某消费金融公司3.8万。我爸叫孙国平，电话13967402218，他们还说要去他单位（宁波市鄞州区某中学）闹。帮我写一段投诉内容吧。",
        ),
        (
            "assistant",
            "投诉内容示例：本人孙佳怡，在贵公司有借款约3.8万元。贵公司委托的催收人员多次拨打我父亲孙国平的手机，并扬言到其工作单位滋扰，导致其高血压发作住院。请立即停止对我家人的联系，否则我将向监管部门及公安机关反映。",
        ),
    ],
    [
        (
            "system",
            "User profile (from onboarding): name=Farah Nadia binti Kamal; phone=+60 12-507 3389; email=farahnadia.k@outlook.com; monthly_net=RM5,200; debts=PTPTN RM28,000, car loan RM41,000, credit card RM9,500. Use this to personalise budgeting advice.",
        ),
        ("user", "Can you make me a monthly budget? I want to clear my credit card first."),
        (
            "assistant",
            "Based on your RM5,200 net income, try: rent and utilities RM1,500, car loan instalment about RM780, PTPTN RM250, food and transport RM1,100, savings RM400, and put around RM900 a month towards the RM9,500 credit card, which would clear it in roughly 11 months.",
        ),
    ],
    [
        ("user", "澳門有冇債務重組嘅機構？我喺賭場做荷官，欠咗信用卡同朋友錢。"),
        (
            "assistant",
            "澳門目前冇類似香港IVA嘅專門制度，一般要直接同銀行商討重組還款，亦可以向社會工作局轄下嘅防治賭博輔導機構求助。",
        ),
        (
            "user",
            "我叫麥家樂，朋友阿輝借咗我澳門幣12萬，佢而家話要我下個月還晒，唔還就搵我老婆。我老婆唔知我賭錢，點算？",
        ),
        (
            "assistant",
            "建議你先同太太坦白，避免被第三者利用呢件事施壓；同時同阿輝傾一個書面分期還款方案，並考慮尋求戒賭輔導。如果對方有恐嚇行為，可以報警。",
        ),
    ],
    [
        (
            "user",
            "Hi, my BNPL debts on Atome, Grab PayLater and Shopee 加起来 about S$4,800, plus 银行 overdraft S$11k. DRS 适合我吗？",
        ),
        (
            "assistant",
            "The Debt Repayment Scheme is for people who already have a bankruptcy application filed against them or who are filing for their own bankruptcy, with total debts under S$150,000. If no one has filed yet, a DMP or direct negotiation may be the first step.",
        ),
        (
            "user",
            "Actually 银行已经 file 了 bankruptcy application, 我是 Tay Wen Xuan, 住 Blk 227 Choa Chu Kang Central #12-88, hearing date 是 9 Jan 2026.",
        ),
        (
            "assistant",
            "Since an application has been filed, you can ask the Official Assignee about suitability for the DRS before the hearing on 9 January 2026. Bring your list of debts, payslips and CPF statements.",
        ),
    ],
    [
        (
            "user",
            "Please summarise this row from my spreadsheet so I can read it to the counsellor: Yap Kok Leong | 760811-01-6273 | 012-388 1460 | CIMB CC RM21,300 | Hong Leong PL RM35,000 | wife Lee Swee Hoon guarantor",
        ),
        (
            "assistant",
            "Summary: Yap Kok Leong (IC 760811-01-6273, tel 012-388 1460) owes RM21,300 on a CIMB credit card and RM35,000 on a Hong Leong personal loan, for which his wife Lee Swee Hoon is the guarantor. Total unsecured debt is RM56,300.",
        ),
        ("user", "Thanks. Should my wife worry that the bank will chase her?"),
        (
            "assistant",
            "As guarantor for the personal loan, the bank can pursue her if the loan defaults, so it is worth including that loan in any AKPK plan early and letting her attend the session with you.",
        ),
    ],
]
