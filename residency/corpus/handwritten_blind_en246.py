# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en246: SG/MY corporate training providers and SkillsFuture/HRDF-claimable courses (enrolments, attendance, assessments, funding claims, trainer rosters, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en246
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "course_notice"): _lines("""
        NOTICE: The WSQ Workplace Safety and Health (Level B) class on 14 Jan 2027 has moved from Level 3 to Training Room 5B, 1 Kaki Bukit View, Singapore 415941.
        Course Reference No. TGS-2026045512 is approved for SkillsFuture Credit until 31 Mar 2028. Full fee S$1,200.00 before GST; nett fee for SC aged 40 and above is S$360.00 after MCES.
        Learners must achieve 75% attendance and pass the written and practical assessment to receive the Statement of Attainment (SOA). Arriving more than 15 min late = absent for that session.
        Enquiries: training@brightpathacademy.com.sg or WhatsApp our course desk at +65 8876 2210 (Mon-Fri 9am-6pm). Walk-ins welcome at 10 Anson Road #22-05, International Plaza.
        Reminder: bring your own laptop with Excel 365 for the Data Analytics with Power BI (Intermediate) run, 3-5 Feb 2027, 9:00am-5:30pm, lunch provided (halal option available).
        Due to the Chinese New Year public holidays, no classes will run from 16 to 18 Feb 2027. Affected runs 27-029 and 27-031 are rescheduled to 22-24 Feb 2027.
        Absentee Payroll funding is capped at S$4.50 per training hour; employers should submit claims on the SkillsFuture for Business portal within 30 days of course completion.
        This course is conducted by an ACTA-certified adult educator. Trainer profiles are available on request from the Programme Office, tel 6221 8890 ext 302.
        Venue change: Run 2027-B of Leading with Emotional Intelligence will be held at SMU Connexion, 40 Stamford Road, Singapore 178908, Seminar Room 2-1.
        The Zoom link for synchronous e-learning will be sent 24 hours before class. Cameras must stay on; attendance screenshots are taken at 10:00, 12:30 and 15:30.
        Class full. Next intake for Digital Marketing with Google Analytics 4 opens 7 Apr 2027. Join the waitlist via the Register button on the course page.
        HRDF-claimable under the HRD Corp Claimable Course scheme, Programme No. 10001234567. Fee RM 1,850 per pax, inclusive of lunch, tea breaks and certificate of attendance.
        Graduation for the ACTA cohort 41 will be held on 9 Jan 2027, 2pm, at the Lifelong Learning Institute, 11 Eunos Road 8, Singapore 408601. Dress code smart casual.
    """),
    ("en", "funding_faq"): _lines("""
        Q: Can I use SkillsFuture Credit for courses under S$100? A: Yes, as long as the course is listed on the MySkillsFuture portal and the fee is payable by the individual.
        Q: My company is not registered with HRD Corp. Can we still claim? A: No. Only employers registered under the PSMB Act 2001 who pay the levy can apply for training grants.
        Q: What is the HRD Corp levy rate? A: 1% of monthly wages for employers with 10 or more Malaysian employees; 0.5% optional for employers with 5 to 9 employees.
        Q: How long does SSG take to approve a Training Grant? A: Usually 2-4 weeks after submission; status shows as Pending, Approved or Rejected on the Training Partners Gateway.
        Q: Who do I call about a rejected claim? A: SSG contact centre 6785 5785 or HRD Corp toll-free 1800-88-4800. Have your Grant ID ready, e.g. TG-2027-000451.
        Q: Is the SkillsFuture Level-Up Programme the same as MCES? A: No. Level-Up gives a S$4,000 credit top-up to Singaporeans aged 40 and above; MCES gives up to 90% course fee subsidy.
        Q: Can staff on Employment Pass get course fee funding? A: No. Only Singapore Citizens and PRs are eligible for SSG course fee grants, but companies may still send them at full fee.
        Q: Is GST charged on the nett fee? A: GST at 9% is charged on the nett fee payable after subsidy, as shown on the tax invoice issued by the training provider.
        Q: What is SBL-KHAS? A: An HRD Corp scheme where the training provider claims directly from HRD Corp, so the employer does not need to pay upfront.
        Q: Do e-learning courses count? A: Yes. Approved asynchronous modules are claimable if the LMS logs show at least 75% completion and the assessment is passed.
        Q: What if the trainer falls sick on class day? A: We assign a backup trainer from the approved roster or reschedule; funding is not affected if SSG is informed 3 working days ahead.
        Q: Where do I find the Course Reference Number? A: On the course page on MySkillsFuture, under Course Details. It starts with TGS- followed by 10 digits.
        Q: Can the HRDF grant cover hotel and airfare? A: Only for approved overseas training, capped per the HRD Corp Allowable Cost Matrix; please check the latest circular before booking.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning all, TPGateway down since 8.15am. Pls do attendance on paper first, scan and upload by 6pm. Don't let learners leave without signing AM and PM.
        Room 3 projector HDMI port spoil again. Facilities ticket FAC-2027-0193 raised. Use Room 5 for the Excel class today, I already changed the signage outside.
        Reminder: trainer roster for Feb is up on the shared drive (Roster_Feb2027_v3.xlsx). Swap requests by Friday 5pm, no last-minute changes pls.
        HRD Corp auditor coming Thursday 10am for document check on grant batch Jan-27. Need attendance sheets, T3 evaluation forms and TTT cert copies ready in the blue files.
        Tea break vendor confirmed: Old Chang Kee curry puffs + Ya Kun kaya toast, 48 pax, halal certified. Invoice will go to the finance@ mailbox as usual.
        Anyone know if the new assessment summary record template (ASR v2.1) must be used from 1 Jan? The old one got rejected for batch 26-118 yesterday.
        Can someone cover the 2pm WSH refresher? Scheduled trainer stuck on the Causeway, jam until Tuas. Need ACTA-certified, module code WSH-REF-02.
        FYI Minister Steven Sim is officiating the HRD Corp National Training Week launch next Tues. Our booth is B12 at MITEC, need 3 staff for booth duty.
        Stationery low: A4 paper 5 reams, whiteboard markers blue/black, name tents 60 pcs. PO raised under cost centre CC-TRN-04, pls approve before Wed.
        Dear team, pls stop using personal WhatsApp for learner updates. Use the course desk line +65 8876 2210 only, PDPA reasons. Thanks all.
        Batch 27-003 feedback avg 4.6/5, top comment was about the case studies. Good job everyone, will share the breakdown at Monday huddle.
        Wifi password for Training Room 2 changed to Learn@2027Feb, pls update the whiteboard sign. Guest SSID is BPA-Guest, 2.4GHz only.
        Ok done, uploaded 24 SOAs to the portal, status Submitted. Remaining 2 learners did not pass practical, need a re-assessment slot next week.
    """),
    ("en", "lms_logs_and_config"): _lines("""
        2027-01-14T09:02:17+08:00 INFO attendance.sync run_id=27-014 session=AM marked=22/24 source=qr_kiosk device=KIOSK-ANS-02
        2027-01-14T17:45:03+08:00 WARN tpg.api POST /tpg/enrolments returned 429 Too Many Requests; retry in 60s (attempt 2/5)
        ssg_api: { base_url: https://api.ssg-wsg.sg, uen: 201912345K, cert_path: /etc/lms/certs/tp_prod.pem, timeout_s: 30 }
        hrdc: { portal: https://etris.hrdcorp.gov.my, employer_mycoid: 1234567-X, claim_window_days: 180, currency: MYR }
        2027-01-20T11:14:40+08:00 ERROR grant.calc course_ref=TGS-2026045512 funding_tier=MCES nett_fee=-12.50 reason=negative_value_after_rounding
        INSERT INTO courses (course_ref, title, hours, fee_sgd) VALUES ('TGS-2026045512', 'Power BI Intermediate', 24, 1200.00);
        lms-worker v4.12.3 (build 8f3c2a1) started on pid 20931, queue=assessments, concurrency=4, redis=redis://cache.internal:6379/2
        sha256(ASR_batch_27-003.zip) = 9b1e4c0d7a55e2f38c61d2b0a4e9f7c3d15a8b6e0f2c4a9d7e1b3c5f8a0d2e4b
        cron: 0 2 * * * /opt/lms/bin/export_attendance --format csv --since yesterday --dest s3://bpa-lms-exports/attendance/
        2027-02-05T17:31:09+08:00 DEBUG feedback.t3 form_id=T3-27003 responses=24 avg_score=4.58 nps=62 open_text_redacted=true
        course_code,run_no,start_date,end_date,mode,venue_code,trainer_slots,max_pax,funding_scheme,crn
        if attendance_pct < 0.75: status = 'NOT_ELIGIBLE_FOR_FUNDING'  # per SSG funding rule, do not submit the ASR
        2027-02-03T08:59:58+08:00 INFO zoom.webhook meeting_id=842 1193 5507 event=meeting.started participants=0 host=course-desk
    """),
    ("en", "invoices_and_price_lists"): _lines("""
        INVOICE INV-BPA-2027-00318 | Bill to: Sunrise Logistics Pte Ltd (UEN 201534567M) | 6 pax x WSQ Forklift Operation @ S$580.00 | GST 9% S$313.20 | Total S$3,793.20
        Tax Invoice No. 2027/0142 | Kenanga Skills Academy Sdn Bhd (202001023456) | Training fee RM 12,600.00 | Claimable via HRD Corp Grant ID 2027-HRD-88712
        Payment terms 30 days. Bank: DBS Bank Ltd, account name BrightPath Academy Pte Ltd, account 072-901234-5, SWIFT DBSSSGSG. Please quote the invoice no.
        Credit Note CN-2027-0007 against INV-BPA-2026-01877: 1 pax withdrew before course start, refund S$436.00 to employer by GIRO.
        Price list 2027: Excel Essentials S$350 | Excel Advanced S$450 | Power BI Intermediate S$1,200 | Python for Analysts S$1,650 (all before subsidy, excl. GST)
        Corporate package: 10 seats for any 2-day WSQ course at S$3,800 (save 15%). Valid for bookings until 30 Jun 2027. Quote ref QT-CORP-2027-12.
        Receipt RCPT-778120 | Paid via PayNow UEN 201912345K | Amount S$1,308.00 | Date 06/01/2027 | Course: Leading with Emotional Intelligence, Run 2027-B
        Trainer fee schedule: Lead trainer S$90/hr, Assessor S$60/hr, Co-trainer S$55/hr, travel claim capped at S$30/day. Effective 1 Jan 2027.
        Quotation QTN-MY-27-0045: Effective Business Writing, 2 days, 25 pax, RM 9,750 incl. meals, venue Wisma HRD Corp, Jalan Beringin, Damansara Heights, Kuala Lumpur.
        Line 3: Assessment re-sit fee S$80.00 | Line 4: Replacement SOA printing S$15.00 | Line 5: Courier (Ninja Van tracking NVSGBPA0012345) S$6.50
        Catering invoice TH-2027-0113 from Tim Ho Wan: 8 dim sum platters @ S$48.00, Mr Bean soya drinks x48 @ S$1.80, delivered to 10 Anson Road #22-05.
        Statement of Account as at 31 Jan 2027: Outstanding INV-BPA-2026-01910 S$2,180.00 (62 days), INV-BPA-2027-00044 S$980.00 (17 days). Kindly arrange payment.
        Pro-forma PF-27-019 | SkillsFuture Credit portion S$500.00 | Cash/NETS balance S$210.00 | Enhanced Training Support for SMEs applied: Yes
    """),
    ("ms", "notis_dan_pekeliling"): _lines("""
        Makluman: Kursus Pengurusan Stor dan Inventori pada 18-19 Mac 2027 ditangguhkan kerana penceramah jatuh sakit. Tarikh baharu akan dimaklumkan kemudian.
        Semua majikan berdaftar dengan HRD Corp wajib membayar levi sebelum 15hb setiap bulan. Bayaran lewat akan dikenakan faedah mengikut peraturan semasa.
        Permohonan geran SBL-KHAS hendaklah dikemukakan sekurang-kurangnya 1 hari bekerja sebelum tarikh mula kursus melalui portal eTRiS HRD Corp.
        Peserta mesti hadir sekurang-kurangnya 75% daripada jumlah jam latihan untuk layak menerima sijil penyertaan dan untuk tuntutan geran diluluskan.
        Hubungi talian bebas tol HRD Corp 1800-88-4800 atau e-mel support@hrdcorp.gov.my untuk pertanyaan berkaitan tuntutan dan status geran.
        Lokasi kursus: Dewan Seminar, Aras 2, Perbadanan Produktiviti Malaysia, Lorong Produktiviti, Petaling Jaya. Letak kereta percuma untuk semua peserta.
        Yuran kursus: RM 1,200 seorang termasuk nota, makan tengah hari dan minum petang. Tuntutan boleh dibuat di bawah skim HRD Corp Claimable Courses.
        Pekeliling Bil. 3/2027: Kadar maksimum elaun penceramah dalaman dinaikkan kepada RM 800 sehari berkuat kuasa 1 April 2027.
        Sila imbas kod QR di pintu masuk untuk kehadiran pagi dan petang. Peserta yang tidak mengimbas akan dianggap tidak hadir bagi sesi tersebut.
        Kursus ini dikendalikan dalam Bahasa Melayu dan Bahasa Inggeris. Bahan kursus dan soalan penilaian disediakan dalam kedua-dua bahasa.
        Notis: Pejabat urusetia latihan ditutup pada 10 dan 11 Mac 2027 sempena Hari Raya Aidilfitri. Operasi biasa bermula semula pada 12 Mac 2027.
        Borang penilaian kursus (Borang T3) mesti diisi oleh semua peserta sebelum sijil dikeluarkan. Penilaian adalah tanpa nama dan sulit.
        Penyedia latihan berdaftar: Kenanga Skills Academy Sdn Bhd, No. Pendaftaran HRD Corp TP-2019-0456, Jalan Tun Razak, 50400 Kuala Lumpur.
    """),
    ("zh-Hans", "课程通知与价目"): _lines("""
        【课程通知】WSQ职场安全与健康（B级）课程将于2027年1月14日上午9点开课，地点：加基武吉景1号，5B培训室。请提前15分钟到场签到。
        本课程已获SkillsFuture技能创前程资助，课程编号TGS-2026045512。全额学费1200新元（未含消费税），40岁及以上公民净学费360新元。
        学员出勤率须达到75%以上，并通过笔试与实操考核，方可获得SSG颁发的成绩证明（Statement of Attainment）。
        中文课程咨询热线：+65 6221 8890（周一至周五 9:00-18:00），邮箱：zh-courses@brightpathacademy.com.sg，欢迎企业来电洽询。
        价目表：Excel基础班350新元｜Excel进阶班450新元｜Power BI中级班1200新元｜Python数据分析1650新元（均为资助前价格，不含消费税）。
        马来西亚学员请注意：本课程可通过HRD Corp申请培训补贴，课程编号10001234567，每人学费1850令吉，含午餐及茶点。
        春节期间（2027年2月16日至18日）暂停上课，受影响的27-029及27-031班顺延至2月22日至24日，敬请留意。
        本期领导力课程参考书目：史蒂芬·柯维《高效能人士的七个习惯》、丹尼尔·卡尼曼《思考，快与慢》，请学员于开课前一周预读第一章并完成课前小测验。
        培训地址：新加坡安顺路10号国际广场22楼05室，丹戎巴葛地铁站A出口步行约3分钟，大厦设有付费停车场，建议学员乘搭公共交通前往。
        线上同步课程需全程开启摄像头，系统将于10:00、12:30和15:30自动截图记录出勤，未出现在画面中视为缺席，请提前测试网络和设备。
        【系统维护】学员门户将于2027年1月20日凌晨1:00至5:00升级至v4.13.0，维护期间暂停报名、缴费及电子证书下载，敬请见谅。
        企业团报优惠：10人以上报名任何两天WSQ课程，每人优惠15%，报价单编号QT-CORP-2027-12，有效期至2027年6月30日。
        本期课程反馈平均分4.6/5，学员最喜欢案例分析环节，下期将增加一小时的小组讨论，并更新Power BI练习数据集及课后作业。
    """),
    ("mixed", "provider_reviews"): _lines("""
        Google review 4/5 for BrightPath Academy @ Anson Road. Trainer very steady, explain Excel pivot until everybody got it. Only thing aircon damn cold, bring jacket ah.
        5 stars for Kenanga Skills Academy KL. Kursus best, nota lengkap, makan tengah hari sedap. HRDF claim settle fast, our boss also happy.
        Review on Lion City Learning Hub FB page: 课程内容很实用, but the venue at Paya Lebar Quarter a bit hard to find. Signage pls improve lah.
        2/5. Course kena cancel last minute 2 times already, and the refund took 6 weeks. Customer service line 6221 8890 always engaged one.
        Dale Carnegie Training Malaysia punya course memang worth it. Public speaking module paling membantu. Highly recommend for new managers.
        Went for the Phua Chu Kang-themed WSH refresher lol, very don't play play style. Memorable, the safety boots part funny gila.
        The 7 Habits workshop (Stephen Covey framework) at Suntec City, facilitator knows his stuff, 但是 lunch buffet 很普通. Overall 4 stars.
        Syarikat kami hantar 12 staff ke Python course di Cyberjaya. Lab PC laju, but the Wi-Fi keep dropping. Trainer sabar layan semua soalan.
        Ah Meng Cafe next to the training centre got good kopi peng, 1 hr lunch break enough. Course itself OK lah, 3.5/5.
        Reply from owner: Thank you for the feedback! Wi-Fi routers in Lab 2 sudah diganti. Pls WhatsApp our office line +60 3-8322 7788 for follow-up.
        Singapore Polytechnic CET Academy 的 short course 很专业, lecturers also very approachable. SkillsFuture Credit can use fully, no need top up.
        TAR UMT (Tunku Abdul Rahman University of Management and Technology) punya CPD workshop OK, tapi parking susah nak cari. 4/5.
        Sijil dapat dalam 2 minggu, very efficient. ESG reporting course by PwC's Academy Malaysia, 推荐给做 finance 的朋友.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Enrolment form: Name: Tan Wei Ling Jasmine | NRIC: S8834521H | DOB: 14/03/1988 | Mobile: 9147 2265 | Employer: Sunrise Logistics Pte Ltd | Course: Power BI Intermediate Run 27-014
        Hi, this is Muthu Krishnan from Jurong West, I signed up for WSH Level B but my SkillsFuture Credit balance shows S$0, can check? My NRIC ends 567D, HP 8231 0947.
        Attendance exception: Nurul Ain binti Rosli absent PM session 15 Jan 2027, MC submitted, diagnosed with dengue and hospitalised for 3 days.
        Please note trainee Lim Kok Seng is going through a divorce and has asked not to be seated next to his ex-wife, who is in the same Run 27-021 cohort.
        Trainer roster Feb: 03-05 Feb Power BI, lead Rachel Goh (HP 9670 3318, rachel.goh.trainer@gmail.com), assessor Daniel Sim; 10-11 Feb Excel, Rachel Goh again.
        Complaint from learner Siti Hajar Aziz: trainer made remarks about her hijab during the group activity; she wants a formal apology. Her email: sitihajar.aziz92@yahoo.com
        Refund to learner's own account: POSB Savings 188-45231-7, account holder Chong Mei Fong, amount S$436.00, ref CN-2027-0007.
        Learner S9012345A failed the practical assessment twice; third and final attempt scheduled 22 Feb 2027.
        Call back 9823 4410 re re-sit booking, she prefers after 6pm on weekdays.
        Mr Ravi Chandran's monthly salary is S$2,900 so he qualifies for Workfare Skills Support; please attach his Nov 2026 payslip to the claim.
        FIN G7654321N, Employment Pass holder Kevin O'Brien, not eligible for SSG funding; invoice the full fee S$1,308.00 to his employer.
        27-014,S7712345C,Ong Boon Huat,boonhuat.ong@sunriselog.com.sg,+6591234876,Present,Present,Pass
        Home address for SOA courier: Blk 512 Tampines Central 7, #08-214, Singapore 520512, attn: Fatimah Bte Ismail.
        Learner Jason Teo disclosed he is on medication for bipolar disorder and may need a short break every hour; please inform the trainer discreetly.
        Ms Priya Nair is 6 months pregnant and has asked to skip the forklift practical; offer deferment to the Aug run without any penalty.
        Former trainee Alvin Koh still owes S$1,650 for the Python course after his employer's sponsorship fell through; 3rd reminder letter sent to his Bedok North flat.
        2027-01-14T09:05:12+08:00 INFO checkin learner_nric=T0123456J name='Chloe Lee Xin Yi' mobile=+6587702231 session=AM run=27-014
        Car SJH 4821 K belonging to trainee Harish Kumar was parked at the loading bay during class; the management office asked him to move it.
        Dear Mrs Wong, your son Marcus Wong Jun Jie (S0512345B) did not meet 75% attendance so SkillsFuture funding cannot apply; balance S$840 is payable.
        Photo of Aisha Rahman's disability card attached to support her request for wheelchair access to Training Room 5B.
        Assessor notes: candidate Gary Tay said he was arrested last month for drink driving, licence suspended, so he cannot drive to the Tuas site for the practical.
        DOB 07/11/1979, NRIC S7931245F, mobile 8122 6097, need these to re-submit the enrolment on TPGateway, pls confirm correct.
    """),
    "mixed": _lines("""
        Eh boss, Ah Huat from Run 27-003 still haven't pay the balance S$360 lah, his HP 9008 1123, I call 3 times he never pick up.
        Pelajar Lee Chee Keong (IC 850623-10-5417) 今天没来上课, his wife called to say dia masuk wad HKL for heart surgery.
        Pls update contact: Kak Rosnah, 013-772 4598, rumah di No. 18, Jalan SS 2/64, Petaling Jaya, she wants the sijil posted there, not office.
        陈先生 (Tan Ah Kow) 说他的 SkillsFuture Credit 被 ex-employer 乱用, wants us to check transactions under NRIC S6512874G.
        Ms Kavitha 的 Maybank account 1142 6633 9871 for refund RM 1,850, please process sebelum Jumaat, she already complained twice.
        林太 called again asking whether her daughter Lim Xin Hui passed the assessment, daughter is 24, PDPA cannot tell her, pls advise.
        Trainer Encik Faizal bin Hamdan minta cuti sakit 3 hari, slipped disc, MC dari Klinik Kesihatan Kajang. Need cover for WSH class 啊.
        Learner Wong Siew Mei 的 salary slip shows RM 2,400 sebulan, so eligible for SBL-KHAS subsidy; her IC 900214-08-6652.
        Boss, 阿明 from the warehouse team failed the forklift test again, he said got eye problem (glaucoma), can arrange re-test after his op?
        Grab driver lambat so learner Mdm Chua Geok Lan sampai lewat 1 jam, her grandson WhatsApp from 8845 2290 to explain, pls excuse her.
    """),
    "ms": _lines("""
        Peserta Ahmad Firdaus bin Zulkifli, No. KP 950318-03-5521, tidak hadir sesi petang kerana menjaga anaknya yang dimasukkan ke wad.
        Sila hubungi Puan Noraini di talian 019-884 3310 untuk mengesahkan pendaftaran kursus Pengurusan Stor minggu depan.
        Alamat penghantaran sijil: Mohd Hafiz bin Yusof, No. 27, Jalan Bunga Raya 4, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Aduan peserta: Cik Farah Nadiah mendakwa jurulatih mengeluarkan kata-kata kesat terhadapnya semasa kelas; beliau mahu aduan dibawa ke HRD Corp.
        Encik Ramli bin Osman masih berhutang RM 2,300 yuran kursus kerana majikannya muflis; surat peringatan kedua dihantar ke rumahnya di Klang.
        Gaji bulanan peserta Siti Khadijah binti Mat Noor ialah RM 1,900 dan beliau sedang hamil 7 bulan, mohon pertimbangkan kelas dalam talian.
        No. akaun CIMB 7012 4455 8810 atas nama Lim Poh Chin untuk bayaran balik yuran kursus sebanyak RM 650.
        Kenderaan WVC 8812 milik jurulatih Suresh a/l Maniam diletakkan di petak OKU, pengurusan bangunan minta dialihkan segera.
    """),
    "zh-Hans": _lines("""
        学员王志强，身份证号110105198703152318，手机13911227845，报名参加Power BI中级班，由深圳分公司派送。
        陈先生的太太来电说陈先生因抑郁症住院，本周课程全部请假，请不要直接联系他本人，有事找陈太太即可。
        退款账户：中国工商银行 6222 0212 3456 7890 123，户名刘晓燕，金额3600元人民币，请财务本周内处理。
        林太反映她女儿在培训期间被讲师骚扰，要求公司提供讲师排班记录配合警方调查。她的电话是+65 9672 1184。
        学员黄丽娟（NRIC S8245671J）的成绩：笔试58分，实操不及格，需要安排补考。
        阿强欠了培训中心2400新元学费，听说他最近失业，还在办离婚，催款时请注意语气。
    """),
    "zh-Hant": _lines("""
        學員陳嘉欣，香港身份證號碼 Y123456(7)，電話 +852 9123 8876，報名新加坡WSQ數據分析課程。
        台灣學員張志明，身分證字號 A123456789，住址台北市大安區復興南路一段218號5樓，申請課程證書郵寄。
        何生話佢個仔上星期俾警察拉咗，所以要取消下個月嘅課程，訂金五百蚊可唔可以退返畀佢？佢話唔想其他學員知道件事。
        澳門學員李婉婷（身份證 1234567(8)）因懷孕需要調整實習時段，請盡快通知導師及評核員。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the course desk of BrightPath Academy, a SkillsFuture-approved training provider in Singapore.",
        ),
        (
            "user",
            "Help me write a polite email to Benjamin Yeo Kah Wai (benjamin.yeo88@gmail.com). He failed the Power BI practical on 5 Feb and needs to book a re-sit. Re-sit fee is S$80.",
        ),
        (
            "assistant",
            "Subject: Re-assessment for Power BI Intermediate (Run 27-014). Dear Benjamin, thank you for attending the course. We regret to inform you that the practical assessment on 5 Feb was not passed. You may book one re-sit at S$80.00; please reply with your preferred date. Best regards, Course Desk.",
        ),
        ("user", "Make it shorter and mention the re-sit must be within 30 days."),
        (
            "assistant",
            "Dear Benjamin, your Power BI practical on 5 Feb was not passed. Please book a re-sit (S$80.00) within 30 days by replying to this email. Best regards, Course Desk.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk urusetia latihan Kenanga Skills Academy Sdn Bhd. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat rayuan kepada HRD Corp. Tuntutan kami ditolak sebab peserta Nor Azlina binti Kamarudin (KP 870905-06-5234) hadir 70% sahaja. Dia tak hadir 1 hari sebab bersalin awal.",
        ),
        (
            "assistant",
            "Tuan/Puan, kami ingin merayu keputusan penolakan tuntutan bagi kursus Pengurusan Stor. Peserta Nor Azlina binti Kamarudin (KP 870905-06-5234) tidak dapat hadir satu hari kerana bersalin awal, dan sijil kelahiran dilampirkan. Kami memohon pertimbangan tuan/puan. Sekian, terima kasih.",
        ),
        ("user", "Ok, tambah nombor geran 2027-HRD-88712 sekali."),
        (
            "assistant",
            "Baik. Tambah ayat ini selepas perenggan pertama: Rujukan geran: 2027-HRD-88712. Selebihnya kekal sama.",
        ),
    ],
    [
        (
            "system",
            "你是新加坡一家培训机构的排课助手。二月讲师名单：周丽华 手机 +65 9388 1472；Ahmad Shukri 手机 +65 8123 5590。",
        ),
        ("user", "2月10日的Excel进阶班谁有空？"),
        (
            "assistant",
            "根据名单，周丽华老师2月10日没有其他课程，可以安排她上Excel进阶班，联系电话+65 9388 1472。",
        ),
        ("user", "好的，帮我写一条WhatsApp通知她。"),
        (
            "assistant",
            "周老师您好，2月10日（周三）9:00-17:30的Excel进阶班（Run 27-033）想请您担任主讲，地点安顺路10号22-05室，请回复确认，谢谢！",
        ),
    ],
    [
        (
            "user",
            "Here is the attendance for run 27-021. Who is below 75%? Name,NRIC,Hours attended (of 16): Goh Siew Lan,S7423318B,16; Rajesh s/o Pillai,S8012297Z,10; Nicholas Loh,T0245583E,12",
        ),
        (
            "assistant",
            "75% of 16 hours is 12 hours. Goh Siew Lan (16 h) and Nicholas Loh (12 h) meet the requirement. Rajesh s/o Pillai (S8012297Z) attended 10 h (62.5%), so he is not eligible for funding for this run.",
        ),
        ("user", "What can Rajesh do now?"),
        (
            "assistant",
            "He can attend the missed sessions in the next run if your provider allows make-up classes, or the employer pays the full fee for this run. Check with SSG before submitting the ASR.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian training company handle complaints. Be neutral and professional.",
        ),
        (
            "user",
            "Learner complaint: Cik Wan Nur Izzati says trainer Mr Kenneth Lau shouted at her in class and commented about her weight. Dia nak refund. Her HP 017-665 2091. Macam mana nak reply?",
        ),
        (
            "assistant",
            "Suggested reply: Dear Cik Wan Nur Izzati, thank you for letting us know. We are sorry for your experience. We are investigating the matter with the trainer and will contact you at 017-665 2091 within 3 working days about the outcome and your refund request.",
        ),
        ("user", "Can also write internal memo to HR about Kenneth?"),
        (
            "assistant",
            "Memo: A learner complaint dated 12 Feb 2027 alleges that trainer Kenneth Lau raised his voice and made remarks about a learner's weight. Please schedule a fact-finding interview with the trainer and suspend his assignments pending review.",
        ),
    ],
    [
        (
            "system",
            "You are the course desk chatbot for BrightPath Academy. Logged-in learner: Cheryl Ng Hui Min, NRIC S9134476G, mobile 9456 1203, enrolled in Run 27-014 (Power BI Intermediate).",
        ),
        ("user", "hi can i check if my skillsfuture credit was deducted"),
        (
            "assistant",
            "Hi Cheryl, for Run 27-014 we submitted a SkillsFuture Credit claim of S$360.00 on 6 Jan 2027. Deduction shows in your MySkillsFuture account within 5 working days.",
        ),
        ("user", "ok thx. can u send receipt to my mobile instead of email?"),
        (
            "assistant",
            "Sure, a receipt link will be sent by SMS to 9456 1203 within the next hour.",
        ),
    ],
    [
        (
            "user",
            "我係香港學員，想報新加坡嘅WSQ課程。我叫黃志偉，HKID係K654321(3)，電話+852 6234 5589。可唔可以用SkillsFuture資助？",
        ),
        (
            "assistant",
            "黃先生你好，SkillsFuture課程資助只適用於新加坡公民同永久居民，香港居民可以全費報讀。如需要，我可以幫你整理報名資料。",
        ),
        ("user", "好呀，全費幾錢？"),
        (
            "assistant",
            "以Power BI中級班為例，全費1200新元另加9%消費稅，即1308新元。報名時請準備護照副本。",
        ),
    ],
    [
        (
            "system",
            "You summarise learner records for the training manager. Only use the data provided.",
        ),
        (
            "user",
            "Summarise this: learner id 4471, Daniel Foo Jia Le, S8821953C, Sunrise Logistics, WSQ Forklift, failed practical 2x, note: has epilepsy, seizure in class on 4 Feb, ambulance called.",
        ),
        (
            "assistant",
            "Summary: Daniel Foo Jia Le (S8821953C, Sunrise Logistics) did not pass the WSQ Forklift practical on two attempts. He has epilepsy and had a seizure in class on 4 Feb 2027; an ambulance was called. Recommend a medical fitness review before any re-assessment.",
        ),
        ("user", "Is it ok to send this to his employer?"),
        (
            "assistant",
            "Health details are sensitive. Send the employer only the assessment outcome and ask for the learner's consent before sharing anything about his medical condition.",
        ),
    ],
    [
        (
            "user",
            "Saya nak proses refund yuran RM 1,200 untuk peserta Kamal bin Idris. Akaun Maybank dia 5621 0033 4418, IC 820417-14-6631. Perlu dokumen apa?",
        ),
        (
            "assistant",
            "Untuk bayaran balik, sediakan borang pembatalan bertandatangan, salinan penyata bank yang menunjukkan nama Kamal bin Idris dan nombor akaun 5621 0033 4418, serta invois asal.",
        ),
        ("user", "IC perlu ke?"),
        (
            "assistant",
            "Biasanya cukup nombor IC 820417-14-6631 pada borang untuk pengesahan; salinan penuh IC tidak perlu disimpan jika tidak diwajibkan.",
        ),
    ],
    [
        ("system", "You are an HR assistant for a Singapore training centre."),
        (
            "user",
            "Our freelance trainer Vanessa Chia (HP 9771 0385) just told me she has breast cancer and will start chemo in March. Draft a message to reassign her April classes without revealing why.",
        ),
        (
            "assistant",
            "Message to learners: Due to a scheduling change, the April runs of Excel Advanced (27-041, 27-044) will be conducted by another ACTA-certified trainer. Course dates and venue remain unchanged.",
        ),
        ("user", "And a short private note to Vanessa?"),
        (
            "assistant",
            "Hi Vanessa, we have arranged cover for all your April classes, so please focus on your treatment. Your roster slots stay open for when you are ready. Take care.",
        ),
    ],
]
