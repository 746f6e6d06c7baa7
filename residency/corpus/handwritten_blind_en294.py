# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en294: SG/MY educational psychologists and learning-support centres (dyslexia and ADHD assessments, exam access arrangements, parent consent, therapy session notes, fees, school liaison). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en294
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "centre_notice"): _lines("""
        NOTICE: Our Tampines branch at 201 Tampines Central 1, #02-14 will be closed on 23 Dec 2026 for year-end stocktake. Sessions resume 26 Dec, 9:00am.
        Psychoeducational assessment reports are released only after the feedback session. Please allow 15 working days from the final testing date.
        Reminder: access arrangement applications for national exams are submitted by the school, so please pass our latest report to your school's AED(LBS) early in Term 1.
        BrightQuill Learning Pte. Ltd. is registered with ACRA (UEN 201834567W); all our psychologists are listed on the Singapore Register of Psychologists.
        New! Saturday social skills group for ages 8-11 at International Plaza, 10 Anson Road, #23-05. 8 sessions, max 6 children per group, starts 9 Jan 2027.
        Please note our WhatsApp line +65 8876 2140 is for scheduling only; clinical questions are answered by e-mail at intake@brightquill.sg within 2 working days.
        Free parent talk 'Is my child lazy or dyslexic?' at the Central Public Library, 100 Victoria Street, B1 Programme Zone, Sun 18 Oct 2026, 2-4pm. Registration via our website.
        Children attending the holiday reading camp should bring a water bottle, a nut-free snack and their centre ID card. Drop-off 8:45am, pick-up 12:15pm.
        Book club pick for December: Percy Jackson and the Lightning Thief by Rick Riordan. Percy has dyslexia and ADHD, which makes it a great discussion starter for ages 9-12.
        Our educational psychologists do not prescribe medication. ADHD medication reviews are done by doctors, e.g. at KK Women's and Children's Hospital or the Institute of Mental Health.
        Updated consent forms (version CF-2026-03) are now in use. Forms signed on the older CF-2024-11 template remain valid until 31 Mar 2027.
        Fee adjustment effective 1 Jan 2027: weekly literacy intervention goes from S$95 to S$102 per 60-min session, inclusive of 9% GST.
        KL branch has moved to Wisma Cendana, Jalan Klang Lama, Level 2, Unit 2-08, a 5-minute walk from Kuchai MRT station. Same hotline: +60 3-7981 4420.
    """),
    ("en", "fee_schedule"): _lines("""
        Full psychoeducational assessment (WISC-V + WIAT-III, 2 sessions, written report, 60-min feedback): S$2,180 incl. GST
        ADHD screening package (Conners 4 parent & teacher forms, classroom observation, 45-min debrief) - S$1,150
        Exam access arrangements review letter (existing report under 24 months old): S$380; urgent 5-working-day turnaround +S$150
        KL branch price list (RM): dyslexia assessment 1,850 | reading therapy 60-min 140 | school liaison letter 250 | late cancellation under 24h 70
        Term package: 10 x 60-min Orton-Gillingham sessions S$980 (save S$70). Valid 16 weeks from first session, not transferable between programmes.
        School visit / classroom observation within the CBD: S$320 per visit; outside the CBD add S$60 transport. Jurong and Woodlands branches charge the same rates.
        SKU LSC-OG-10 | Orton-Gillingham term pack | S$980.00 | GST 9% inclusive | stock: n/a (service) | status: active
        Social skills group (8 weeks, 90 min each): S$760; second enrolment from the same household 10% off; SkillsFuture credits not applicable.
        Invoice INV-2026-11-0487 | Bill to: Kranji Heights Primary School (PTA fund) | 3 x teacher workshop 'Spotting dyslexia early' | S$1,650.00 | due 30 Dec 2026
        Cancellation policy: 48h notice for assessments (otherwise 50% of first session fee, S$545); 24h notice for therapy sessions (otherwise full fee charged).
        Payment via PayNow to UEN 201834567W (BrightQuill Learning Pte. Ltd.) or NETS at the counter; cheques will not be accepted from 1 Jan 2027.
        Report translation into Chinese or Malay: S$0.28 per word, minimum S$180; done by our partner translation agency within 7 working days.
        Teleconsult follow-up (Zoom, 30 min): S$160 / RM480 for Johor clients; bank transfer to Maybank 5140 1234 8890 (BrightQuill Learning Sdn. Bhd.).
    """),
    ("en", "faq_access_arrangements"): _lines("""
        Q: What access arrangements can a candidate with dyslexia get? A: Common ones are extra time, a reader, a scribe, a separate room and enlarged print; the school applies, not the parent.
        Q: Does a private psychologist's report need to be recent? A: Most schools ask for a report no older than two years at the time of application; check with your school's AED(LBS).
        Q: Is ADHD considered for SPM arrangements in Malaysia? A: Applications go through the school to Lembaga Peperiksaan, and supporting documents from a registered practitioner are required.
        Q: Can my child type instead of handwriting? A: Use of a word processor is a recognised arrangement for candidates with documented writing difficulties, subject to approval.
        Q: Will the arrangement appear on the exam certificate? A: No. Certificates do not state that access arrangements were granted.
        Q: My child is in an international school, does this apply? A: The IBO and Cambridge International run their own access arrangement rules; we can format reports to match them.
        Q: What is the difference between a reader and a reading pen? A: A reader is a trained adult who reads questions aloud; a C-Pen ExamReader is a device allowed in some exams.
        Q: How long is the assessment? A: Usually two mornings of about 2.5 hours each for ages 6-16; children under 6 get a developmental screen instead.
        Q: Do you diagnose ADHD? A: Our psychologists assess attention and executive function; a formal diagnosis and medication are handled by a doctor, e.g. the Child Guidance Clinic (IMH).
        Q: Who is Orton-Gillingham named after? A: Samuel T. Orton, a neuropsychiatrist, and Anna Gillingham, an educator and psychologist, who developed the approach in the 1930s.
        Q: Is Wechsler a brand? A: The WISC-V and WIAT-III carry the name of David Wechsler, the psychologist who created the scales; they are published by Pearson.
        Q: Can I use Medisave for the assessment? A: Private psychoeducational assessments are generally not Medisave-claimable; some employer insurance plans reimburse part of the fee.
        Q: What if the school disagrees with the report? A: We offer one free liaison call with the school's SEN team within 3 months of feedback; hotline 6909 3182 ext 2.
    """),
    ("en", "staff_group_chat"): _lines("""
        Room 3 WISC-V kit is missing the Block Design cubes again, pls return them to the grey cabinet after each admin 🙏
        Reminder all: the school AA window closes next Fri, any liaison letters still pending pls upload to the shared drive folder AA-2027/pending by Wed
        Printer on Level 2 jammed, I've logged ticket #IT-4471 with the landlord's vendor. Use the Level 3 one for printing reports for now.
        Who's covering the 4pm OG session at Bishan tmr? Slot is still on the roster, front desk says the booking is confirmed.
        Updated report template v3.2 is in Teams > Clinical > Templates. Main change: AA recommendations table now comes before the score summary.
        Can someone bring 2 extra Conners 4 teacher forms to Jurong branch? We ran out, next Pearson order arrives 14 Dec.
        FYI the Zoom licence renews on 02/01/2027, S$279.90/yr, finance asked us to stop using personal Zoom accounts for teleconsults.
        CPD this Sat 9am: webinar on PPKI placement and SPM accommodations in Malaysia, 2 CPD points, link is in the calendar invite.
        Aircon at KL branch leaking again near the waiting area, landlord says technician comes Thurs 10-12, pls put the wet floor sign out.
        Pls don't type clients' names in this chat, case codes only (format BQ-YY-NNNN). PDPA refresher training is on 9 Jan, attendance compulsory.
        Parent talk slides final? Need by 5pm so I can print 40 copies, function room at Toa Payoh Central Community Club already booked.
        Stock check: 12 Toe by Toe books, 7 Nessy licences left, 3 spare C-Pen ExamReaders (one needs a new battery), 2 boxes of sand trays.
        Heads up: the school cluster we work with wants all reports via their secure portal from Term 1, no more WhatsApp attachments.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-11-28T09:14:07+08:00 INFO booking.create id=BK-88213 branch=TPN service=OG60 slot=2026-12-03T16:00 status=CONFIRMED
        2026-11-28T09:14:09+08:00 INFO notify.whatsapp template=booking_confirm_v4 recipient=[masked-by-policy] latency_ms=412 provider=twilio
        2026-11-28T10:02:51+08:00 WARN report.render job=RPT-2026-0931 template=psyed_v3.2 missing_field=aa_recommendations fallback=empty
        config.yaml: clinic_timezone: Asia/Singapore | default_currency: SGD | max_daily_assessments: 4 | report_retention_years: 7
        2026-11-28T11:40:33+08:00 ERROR payment.paynow ref=PN-20261128-00719 amount=2180.00 uen=201834567W reason=TIMEOUT retry=2/3
        sha256=ffae8f3e3936e393a0f4593a241e394d17ab5ba5bba1a857dcbf0e3e78d24a19 object=s3://bq-reports-sg/2026/11/RPT-2026-0931.pdf size=1.8MB
        2026-11-28T12:00:00+08:00 DEBUG scheduler.optimise branch=KUL rooms=4 therapists_on_duty=6 utilisation=0.83 duration_ms=1290 version=2.14.1
        SELECT branch_code, COUNT(*) AS sessions FROM sessions WHERE service IN ('OG60','ADHD_COACH') AND date >= '2026-11-01' GROUP BY branch_code;
        2026-11-28T13:15:20+08:00 INFO consent.version_check current=CF-2026-03 deprecated=CF-2024-11 sunset=2027-03-31 forms_pending_resign=37
        case_code,branch,referral_source,service_code,assessor_code,assessment_date,report_due,aa_requested,invoice_no,amount_sgd
        2026-11-28T15:47:02+08:00 INFO sync.school_portal endpoint=https://liaison.brightquill.sg/api/v2/letters batch=17 ok=17 failed=0 took=3.4s
        ALERT disk usage 91% on host bq-app-02 (/var/lib/postgresql), threshold 85%, on-call paged via PagerDuty incident P-20261128-03
        feature_flags: aa_letter_autofill=true zh_translation_beta=false ms_report_locale=ms-MY pdpa_banner=v2 build=2026.11.27-rc3
    """),
    ("ms", "notis_pusat"): _lines("""
        Makluman: Pusat Pembelajaran Cahaya Ilmu cawangan Shah Alam akan ditutup pada 24 Disember 2026 sempena cuti Krismas. Kelas ganti akan dimaklumkan kemudian.
        Penilaian disleksia untuk kanak-kanak berumur 6 hingga 12 tahun kini dibuka. Yuran RM1,850 termasuk laporan bertulis dan sesi maklum balas 60 minit.
        Ibu bapa digalakkan membawa laporan sekolah dan buku latihan anak semasa sesi pertama. Sila tiba 15 minit lebih awal untuk pendaftaran.
        Alamat baharu kami: No. 12-2, Jalan SS 15/4B, 47500 Subang Jaya, Selangor. Tempat letak kereta awam tersedia di belakang bangunan.
        Talian WhatsApp pusat: +60 12-338 7021 (Isnin hingga Jumaat, 9 pagi - 6 petang). E-mel: pertanyaan@cahayailmu.com.my
        Pusat ini berdaftar dengan SSM (No. Pendaftaran 202101045512 / 1425871-D) dan mematuhi Akta Perlindungan Data Peribadi 2010.
        Program Intervensi Awal Bacaan (8 minggu) bermula 9 Januari 2027, setiap Sabtu 10:00 pagi - 11:30 pagi. Tempat terhad kepada 8 kanak-kanak.
        Peringatan: Permohonan pengubahsuaian peperiksaan SPM bagi calon berkeperluan khas dibuat oleh pihak sekolah kepada Lembaga Peperiksaan, bukan oleh ibu bapa secara terus.
        Bengkel guru 'Mengenal Pasti Murid Disleksia' anjuran pusat kami dengan kerjasama PPD Petaling Utama, 13 Mac 2027, Dewan Seminar Aras 3.
        Yuran sesi terapi bacaan: RM140 sejam. Bayaran melalui DuitNow QR atau pindahan bank ke akaun syarikat CIMB 8603 4412 77 (Cahaya Ilmu Sdn. Bhd.).
        Kami tidak mengeluarkan diagnosis ADHD secara rasmi. Rujukan kepada pakar pediatrik atau psikiatri kanak-kanak di hospital kerajaan akan diberikan jika perlu.
        Kad OKU bagi murid bermasalah pembelajaran dipohon melalui Jabatan Kebajikan Masyarakat (JKM); pusat kami boleh membantu melengkapkan borang laporan profesional.
        Waktu operasi semasa bulan Ramadan: Isnin-Jumaat 9:00 pagi - 4:30 petang. Sesi petang dipindahkan ke hujung minggu.
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars for BrightQuill Tampines lah, the psych explained the WISC scores very clearly, no jargon, report came out in 2 weeks only. Parking a bit jialat though.
        Auntie Mei's Reading Corner at Kuchai Lama very patient with the kids, got aircon, got snacks, RM60 per class quite reasonable la.
        Don't go Teacher Lim Phonics Studio if you want fast results, very traditional one, but honestly the phonics foundation damn solid. 4/5.
        Customer service 很好, WhatsApp reply within 1 hour. 但是 assessment fee S$2k+ quite steep, wish they got instalment plan.
        Booked the ADHD screening at Cahaya Ilmu Subang, staff semua friendly, tapi waiting area kecik sangat, bawa budak kecil memang susah.
        Report very detailed but the school still ask for another form, end up pay extra S$380 for the AA letter. Centre should mention upfront leh.
        Good place for OG therapy in JB, near KSL City Mall, free parking got. Only thing is the Saturday slots always full by Wednesday.
        Their holiday camp using Nessy and Toe by Toe, kids actually enjoy. Only 3 stars because reschedule policy very strict, 24h notice also kena charge.
        Google review 2/5: receptionist say will call back but nobody call, had to email intake@brightquill.sg three times. Clinical side ok, admin side need improve.
        Mandarin-speaking psychologist available, 对我们家很重要 because the grandparents fetch the kids. Report also can translate to 中文, extra fee.
        Quite hard to find in International Plaza, take lift lobby B then turn left, #23-05. Once inside very cozy, got small library corner.
        Worth every cent. Pusat ni ada psikologis berdaftar, bukan tutor biasa. Laporan diterima sekolah tanpa masalah untuk permohonan SPM.
        Price changed without notice, from RM120 to RM140 per session. They say rental naik, ok understandable but should inform earlier mah.
    """),
    ("zh-Hans", "中心通知与价目"): _lines("""
        【通知】本中心武吉知马分行将于2026年12月24日至26日暂停营业，12月28日（星期一）恢复正常上课，敬请家长留意。
        读写障碍（Dyslexia）评估套餐：WISC-V 智力测验 + WIAT-III 学业成就测验 + 书面报告，新币2,180元（含消费税）。
        注意力缺陷多动障碍（ADHD）初步筛查需家长及班主任各填写一份 Conners 4 问卷，问卷可在本中心官网下载，填妥后请于首次评估前三个工作日交回前台。
        考试特别安排（Access Arrangements）须由学校向新加坡考试与评鉴局（SEAB）提出申请，家长无需自行递交。
        吉隆坡分行地址：Jalan Klang Lama, Wisma Cendana 二楼 2-08 单位，近 Kuchai 地铁站；营业时间周二至周日上午9点至晚上7点。
        咨询热线：+65 6909 3182；微信公众号：明笔学习中心；电子邮件：info@brightquill.sg；WhatsApp 预约专线 +65 8876 2140（仅限预约，不作临床咨询）。
        华文读写支援班每期10堂课，每堂60分钟，学费新币950元，配合小学华文课本采用多感官教学法，适合小一至小四学生，每班最多六人，上课地点为武吉知马分行。
        本中心所有心理学家均已在新加坡心理学家注册处（SRP）登记，并定期参加专业进修课程；马来西亚分行的心理学家则持有马来西亚心理学会（PERSATUAN PSIKOLOGI MALAYSIA）会员资格。
        寒假阅读营：2026年12月7日至18日，适合7至10岁儿童，每天上午9点至中午12点，名额20人，额满即止；学费新币420元，包括《波西·杰克逊》中文版读本一册及全部活动材料。
        付款方式：PayNow（UEN 201834567W）、NETS、信用卡；马来西亚分行接受 DuitNow 及 Touch 'n Go eWallet。
        家长讲座《孩子读得慢，是不是懒？》由本中心首席教育心理学家主讲，地点：新加坡国家图书馆大厦（维多利亚街100号），2026年10月18日下午2点至4点，免费入场，须网上报名。
        退款政策：评估开始前7天取消可全额退款；7天内取消收取首节费用的50%；已完成的测试概不退款；治疗课程须提前24小时改期，否则照常收费，特殊情况由中心经理酌情处理。
        公司注册号：201834567W（新加坡）／202201018834（马来西亚）；本中心遵守《个人资料保护法》（PDPA）。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Parent intake: Mdm Koh Siew Ling, mobile 9271 4408, son Ethan Tan Jun Hao (P4), concerns: reversing b/d, avoids reading aloud, cries before spelling tests.
        Assessment summary for Nur Aisyah binte Rahmat (DOB 14/03/2016): WISC-V FSIQ 104, WIAT-III Word Reading SS 78; profile consistent with Specific Learning Disorder in reading.
        Consent to release report to school signed by the father, Mr Rajesh Kumar s/o Muthusamy, NRIC S7834521G, on 21 Nov 2026.
        Session note 12/11: Ryan Lim still distracted after 10 min; his mum Michelle shared that the parents are separating and he has been sleeping at grandma's in Bedok.
        Callback request 27/11 15:42 - +65 9034 7715 - re: outstanding invoice, caller says will pay by PayNow tomorrow.
        From parent wong.peishan88@gmail.com: please do NOT cc my ex-husband on the ADHD report, the custody order is attached.
        Outstanding fees: Mr Darren Sim owes S$1,640 for his daughter's assessment since August; two reminders sent, he says he lost his job in September.
        BQ-26-0412,TPN,Farhan bin Ismail,T1523418G,2015-06-02,ADHD combined presentation,AA: extra time 25% + separate room,INV-2026-09-0211,2180.00
        Home visit for Ms Priya d/o Suresh at Blk 455 Ang Mo Kio Ave 10, #08-1234, Singapore 560455; bring the portable testing kit, lift stops at even floors only.
        Teacher referral: Chloe Ng Hui Min (Sec 2) scored 32/100 on her EL paper; form teacher suspects dyslexia, mother Jasmine Ng reachable at 9688 2310.
        Mrs Yamamoto Keiko (FIN G5123456T) requests the report in English and Japanese for her son Haruto, who is moving back to Osaka in March.
        Letter from paediatrician: Jayden Chua, 9, started methylphenidate (Ritalin) 10 mg every morning from 3 Nov; mum reports poor appetite and trouble sleeping.
        Mum Serene Lau asked to postpone Kai's sessions till March; she is 30 weeks pregnant with twins and on bed rest.
        The Honda SKR 4521 L belonging to Mr Tan Boon Huat is parked at the loading bay again, pls ask him to move it before the 3pm drop-off.
        Refund of S$545 to Mdm Lee Ai Ping, POSB Savings 188-34512-7, for her son's assessment cancelled on 5 Nov.
        Client registration (JB): Muhammad Haziq bin Zulkifli, MyKad 150812-01-0637, father Zulkifli bin Osman 012-775 3409, Taman Molek, Johor Bahru.
        Intake note: father Kenneth Yeo is remanded pending a drink-driving case; mother asks that the school not be told why he misses meetings.
        Sharon Teo and her husband are in divorce proceedings at the Family Justice Courts; both want separate copies of Isaac's dyslexia report.
        Fee waiver application: Mdm Rosnah binte Ahmad, cleaner, take-home pay S$1,480/month, 3 children, requesting 50% subsidy for Adam's assessment.
        Little Boon Boon had another meltdown in Room 2 and hit his head on the table; grandma says he has been on risperidone since October.
        2026-11-30T14:02:11+08:00 INFO booking.create id=BK-88311 client=Tan Wei Jie contact=+6591457728 service=ADHD_SCREEN parent_email=tan.lihua@yahoo.com.sg
        Name: Aarav Menon | DOB: 09/01/2017 | Concern: slow writing, poor spelling | Parent: Anjali Menon, +65 8452 0913 | Referred by: school counsellor
        Psychologist note: Megan Wee (Sec 3) disclosed cutting on her forearm during the session; safety plan done, mother informed, referral made to IMH CHAT.
        Attached photo of Daniel Koh's spelling test with his name and class (P3 Integrity) for the report appendix, file IMG_4412.jpg.
        Mr Alvin Chong says he cannot pay the S$2,180 now because of about S$30k in credit card debt, asks to split it over 6 months.
        New client from Hong Kong: Cheung Hoi Yan, HKID R208473(1), relocated to Singapore in Aug 2026, previous assessment from her Hong Kong school attached.
        Please send the AA recommendation letter to the mother, Mrs Vanessa Fernandez, at vfernandez.home@outlook.com and not to the school.
        Joshua's mum called again, crying; his dad lost custody last week and Joshua refused to come in for his session.
    """),
    "mixed": _lines("""
        Eh the mother of Lim Jia Xuan call again lah, say the AA letter got wrong IC, should be T1634927A, pls amend before we send to school.
        Parent WhatsApp: 老师, 我儿子 Brandon 的 report 可以下礼拜拿吗? 我的 number 是 9736 1182, 谢谢 - Mrs Ho
        Farah punya mak cakap dia dah stop makan ubat ADHD sebab side effect, now very hyper in class, teacher complain every day.
        Uncle Ah Seng, grandfather of Kelvin Low, paying cash S$980 for the OG package, receipt pls issue under his daughter's name Low Mei Fong.
        Boss, the Chong family in Puchong still owe RM3,700, Mr Chong Wai Keong kata business dah tutup, minta bayar ansuran RM300 sebulan.
        阿明 his dad Mr Leong call to say Ah Ming diagnosed with epilepsy last week, doctor say must monitor during long test sessions, pls note in file.
        Nur Hidayah binti Azman, Form 2, SMK Seksyen 9 Shah Alam, IC 120305-10-1482, assessment Sabtu ni 9am, mak dia boleh contact 019-221 8843.
        Note: Mdm Tan 陈美玲 said husband hit her in front of the kids, that's why Wei Ming so anxious in school; already refer to Family Service Centre.
    """),
    "ms": _lines("""
        Borang persetujuan ibu bapa: Nama murid: Muhammad Aiman bin Roslan; No. MyKad: 140322-14-0587; Nama bapa: Roslan bin Hashim; Tel: 013-458 2290.
        Catatan sesi: Aina Sofea menangis semasa ujian bacaan, ibunya beritahu bapanya baru ditangkap polis atas kes dadah minggu lepas.
        Puan Zaleha binti Yusof masih berhutang RM2,150 untuk penilaian anaknya; beliau minta tempoh sehingga gaji bulan Januari.
        Alamat rumah klien untuk lawatan: No. 27, Jalan Melati 3/5, Taman Melati, 53100 Kuala Lumpur (rumah teres, pagar hijau).
        Sila pindahkan bayaran balik RM460 ke akaun Maybank 1642 3018 7725 atas nama Nor Azlina binti Che Mat.
        Laporan psikologi: Daniel anak Jimbun, 10 tahun, dari Kuching, didiagnosis disleksia dan ADHD jenis tidak berperhatian; dicadangkan masa tambahan 25%.
    """),
    "zh-Hans": _lines("""
        家长陈先生来电，说儿子陈浩然最近被诊断为多动症，目前在服用专注达，希望考试时能申请单独考场。电话：+65 9182 3307。
        学生资料：王梓涵，女，2015年7月出生，身份证号 110105201507230424，随父母从北京移居新加坡，需评估阅读障碍。
        林太说她和先生正在办离婚，孩子的评估费暂时付不了，欠款新币1,200元，请财务先别催她。
        阿杰的妈妈在微信里说，阿杰昨天在学校打了同学，被记大过，她很担心会影响明年的PSLE。
    """),
    "zh-Hant": _lines("""
        香港家長黃太太查詢：兒子黃子朗（香港身份證 Y654321(7)）將轉讀新加坡國際學校，需要英文版讀寫障礙評估報告。
        台灣來的林小姐（身分證字號 A227318451）想為女兒預約 ADHD 篩查，聯絡電話 +886 933 581 207。
        治療紀錄：張家豪今天情緒低落，說爸爸欠了很多賭債，家裡常有人上門討債，晚上睡不好。
        澳門家長何先生的電郵是 ho.kawai.mo@gmail.com，他要求報告只寄給他本人，不要寄給前妻。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the front desk of BrightQuill Learning, a learning-support centre in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Draft a reminder e-mail to Mr Darren Sim (darren.sim.kh@gmail.com) about the unpaid S$1,640 for his daughter Clara's dyslexia assessment in August.",
        ),
        (
            "assistant",
            "Subject: Friendly reminder - outstanding balance for Clara's assessment. Dear Mr Sim, we hope you are well. Our records show a balance of S$1,640 for Clara's psychoeducational assessment completed in August. We would be grateful if you could arrange payment by PayNow to UEN 201834567W, or let us know if you would like to discuss a payment plan. Kind regards, BrightQuill Learning Front Desk",
        ),
        ("user", "Shorter please, and offer 4 monthly instalments since he lost his job."),
        (
            "assistant",
            "Dear Mr Sim, a gentle reminder that S$1,640 remains outstanding for Clara's assessment. We understand circumstances change, so we are happy to split this into 4 monthly instalments of S$410. Just reply to confirm. Warm regards, BrightQuill Front Desk",
        ),
    ],
    [
        (
            "user",
            "I'm an ed psych. Help me phrase the summary paragraph: Nur Aisyah binte Rahmat, 10, FSIQ 104, Word Reading 78, Spelling 74, Processing Speed 82. I want to recommend extra time and a reader for PSLE.",
        ),
        (
            "assistant",
            "Suggested wording: Nur Aisyah's overall cognitive ability falls within the Average range (FSIQ 104). In contrast, her Word Reading (78) and Spelling (74) scores are well below what would be expected for her ability, and her Processing Speed (82) is in the Low Average range. This pattern is consistent with a Specific Learning Disorder with impairment in reading (dyslexia). To give her fair access to examinations, 25% extra time and the use of a reader are recommended.",
        ),
        (
            "user",
            "Can you add a line that her mum mentioned the family moved from Johor last year and she's still adjusting?",
        ),
        (
            "assistant",
            "You could add: Her mother reported that the family relocated from Johor in 2025 and that Nur Aisyah is still adjusting to the new school environment; this was considered when interpreting her results, but does not account for the severity of her literacy difficulties.",
        ),
    ],
    [
        (
            "user",
            "Hi, my son Ethan Goh P4 at Hougang, teacher say he cannot sit still and always daydream, maybe ADHD. Where to assess ah? Budget around S$1.5k. If centre need, my number is 8314 5520.",
        ),
        (
            "assistant",
            "For a formal ADHD diagnosis in Singapore you can ask your polyclinic for a referral to the Child Guidance Clinic or KKH's Department of Child Development, which is subsidised. Private psychologists can also do an attention and learning assessment, usually from S$1,100 to S$2,500. I would suggest not sharing your phone number here; give it directly to the clinic you choose.",
        ),
        ("user", "Ok thanks. Polyclinic one very long queue or not?"),
        (
            "assistant",
            "Waiting times for subsidised child development services can be several months. Many parents start with the polyclinic referral and, if the school needs support sooner, get a private screening in the meantime.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk ibu bapa di Malaysia tentang sokongan pembelajaran. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Anak saya Nur Qistina binti Fauzi, MyKad 130917-08-0326, disahkan disleksia oleh pakar psikologi di Ipoh. Boleh saya mohon kad OKU untuk dia?",
        ),
        (
            "assistant",
            "Boleh. Murid dengan masalah pembelajaran seperti disleksia boleh memohon pendaftaran OKU melalui Jabatan Kebajikan Masyarakat (JKM). Puan perlukan borang pendaftaran, laporan pengamal perubatan atau profesional yang diiktiraf, salinan MyKad anak dan ibu bapa, serta gambar berukuran pasport.",
        ),
        ("user", "Adakah kad OKU ini akan menjejaskan peluang dia masuk universiti nanti?"),
        (
            "assistant",
            "Tidak. Status OKU tidak menghalang kemasukan ke universiti, malah boleh membantu anak puan mendapat kemudahan seperti masa tambahan semasa peperiksaan. Maklumat ini dirahsiakan dan hanya dikongsi dengan kebenaran puan.",
        ),
    ],
    [
        (
            "user",
            "我女儿李思源今年读小学五年级，上个月被诊断为读写障碍，我要怎么跟学校的老师沟通？她的班主任好像觉得她只是不用功。",
        ),
        (
            "assistant",
            "建议您先约见班主任和学校的学习辅导员（AED(LBS)），带上心理学家的评估报告。可以说明报告中的具体结果，例如阅读速度和拼写方面的困难，并询问学校能提供哪些支援，例如课堂调整和考试特别安排。",
        ),
        ("user", "报告里写了她有焦虑，还有她爸爸去年去世的事，我不想让全班老师都知道。"),
        (
            "assistant",
            "这是可以理解的。您可以要求学校只把报告交给需要知道的老师，或者请心理学家另写一份只包含学习建议的简短信函给学校，而不提家庭情况和情绪方面的细节。",
        ),
    ],
    [
        ("system", "你是協助香港家庭移居新加坡的教育顧問助理，請用繁體中文回答。"),
        (
            "user",
            "我兒子陳卓軒（香港身份證 K531906(4)）在香港已被評估有專注力不足/過度活躍症，明年搬到新加坡，之前的報告還能用嗎？",
        ),
        (
            "assistant",
            "很多新加坡學校會接受兩年內、由註冊心理學家或醫生發出的英文報告。如報告是中文，建議先做認證翻譯。若需申請考試特別安排，學校可能會要求新加坡的心理學家再作檢討。",
        ),
        ("user", "他現在每天吃利他林 18 毫克，轉校後要不要告訴學校？"),
        (
            "assistant",
            "是否告知學校由家長決定。如果他需要在上學時間服藥或有副作用需要留意，讓學校護理人員或班主任知道會比較安全，但可以只提供必要的資料。",
        ),
    ],
    [
        (
            "system",
            "Client record (confidential): Case BQ-26-0377, Lucas Tay Zhi Hao, 8, ADHD combined presentation, on methylphenidate 10 mg. Parents: Gerald Tay (mobile 9645 2081) and Evelyn Tay, separated since June. Summarise session notes for the file.",
        ),
        (
            "user",
            "Today's notes: Lucas came in with dad, very restless, finished 2 of 4 OG tasks, used fidget and timer, better after break. Dad says he forgot meds this morning. Summarise.",
        ),
        (
            "assistant",
            "Session summary (BQ-26-0377, Lucas Tay): Lucas attended with his father. He was highly restless and completed 2 of 4 Orton-Gillingham tasks; a fidget tool and visual timer helped, and attention improved after a short break. Father reported that the morning dose of methylphenidate was missed. Plan: remind parents about medication timing on session days and continue movement breaks.",
        ),
        ("user", "Add that mum wants to be copied on all updates since they're separated."),
        (
            "assistant",
            "Added: Mother, Mrs Evelyn Tay, has asked to be copied on all session updates as the parents are separated; both parents to receive summaries going forward.",
        ),
    ],
    [
        (
            "user",
            "Make me a CSV of overdue invoices for the finance meeting: Alvin Chong 2180 INV-2026-08-0144 phone 9120 6637; Rosnah binte Ahmad 740 INV-2026-09-0302 phone 8877 1046; Kenneth Yeo 1150 INV-2026-10-0219 phone 9455 3018.",
        ),
        (
            "assistant",
            "invoice_no,client,amount_sgd,phone | INV-2026-08-0144,Alvin Chong,2180.00,9120 6637 | INV-2026-09-0302,Rosnah binte Ahmad,740.00,8877 1046 | INV-2026-10-0219,Kenneth Yeo,1150.00,9455 3018 (one row per line when you paste it into Excel)",
        ),
        (
            "user",
            "Sort by amount, largest first, and add a days_overdue column as of 30 Nov 2026 if due dates were 31 Aug, 30 Sep and 31 Oct.",
        ),
        (
            "assistant",
            "invoice_no,client,amount_sgd,phone,days_overdue | INV-2026-08-0144,Alvin Chong,2180.00,9120 6637,91 | INV-2026-10-0219,Kenneth Yeo,1150.00,9455 3018,30 | INV-2026-09-0302,Rosnah binte Ahmad,740.00,8877 1046,61",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm a therapist in KL. Need OG activity ideas for my student Arif Danial, 9, ADHD, attention span like 5 min only. His parents tengah bercerai, so he's been very moody lately.",
        ),
        (
            "assistant",
            "For short attention spans, keep each activity to 3-5 minutes and rotate: sand-tray letter tracing, phoneme tapping with a hopping game, word-building with magnetic tiles, and a quick reading of 5 decodable words with a sticker reward. Given what is happening at home, a predictable routine and a short check-in at the start can help him feel settled.",
        ),
        ("user", "Ok nice. Boleh bagi contoh check-in script dalam BM?"),
        (
            "assistant",
            "Contoh: Hai Arif, hari ini awak rasa macam mana - gembira, penat atau marah? Tunjuk pada kad emosi. Terima kasih sebab beritahu cikgu. Jom kita mula dengan permainan huruf dulu, lepas tu ada rehat sekejap.",
        ),
    ],
    [
        ("system", "You help school staff in Singapore write clear, warm messages to parents."),
        (
            "user",
            "I'm the AED(LBS). Please draft an e-mail to Mrs Kavitha Raman (kavitha.raman77@gmail.com) saying her son Pranav's AA application for PSLE was approved: 25% extra time and separate room.",
        ),
        (
            "assistant",
            "Subject: Pranav's access arrangements for PSLE. Dear Mrs Raman, I am pleased to let you know that Pranav's application for access arrangements for the PSLE has been approved. He will have 25% extra time and will sit his papers in a separate room. We will go through what to expect with him during the school's practice papers. Please feel free to contact me if you have any questions. Warm regards, AED(LBS)",
        ),
        ("user", "Add that we still need the signed consent form back by 15 Jan."),
        (
            "assistant",
            "Added before the closing: Kindly return the signed consent form to the school office by 15 January so that we can complete the arrangements.",
        ),
    ],
]
