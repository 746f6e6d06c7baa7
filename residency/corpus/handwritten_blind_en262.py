# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en262: SG/MY speech therapists and autism early-intervention centres (assessments, therapy schedules, subsidies, parent updates, waitlists, therapist rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en262
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "centre_notices"): _lines("""
        NOTICE: The centre will close at 12:30pm on Thu 24 Dec 2026 and stay closed on Fri 25 Dec 2026 for Christmas. Make-up sessions will be offered from Mon 4 Jan 2027.
        Parking at Blk 521 Hougang Ave 6 is by coupon only; please do not double-park at the drop-off bay in front of our void deck centre (#01-2270) during the 8:45am arrival window.
        Reminder: Term 1 2027 parent-child sessions (Hanen More Than Words) start Sat 9 Jan, 9:30-11:30am, Room 3. Bring your child's favourite snack and one toy from home.
        Our reception hotline 6786 2140 is manned Mon-Fri 8:30am-5:30pm. For same-day cancellations, WhatsApp the centre line +65 8817 4403 before 8am so the slot can go to the waitlist.
        Sensory Room B is closed for cleaning every Wednesday 1:00-2:00pm. OT sessions in that slot will move to the Gross Motor Hall on Level 2 until further notice.
        Haze advisory: if the 24-hr PSI published by NEA exceeds 200, all outdoor play and community outings are cancelled; indoor therapy sessions continue as scheduled.
        From 1 Feb 2027, new intake assessments for children aged 2 to 6 will be held at our Jurong East branch, 2 Venture Drive, #07-18 Vision Exchange, Singapore 608526.
        Parent talk: Understanding Echolalia, by our Principal Speech-Language Therapist, Sat 16 Jan 2027, 10am, free admission, 40 seats. Register at bit.ly/llt-echolalia-talk.
        Lost and found: one blue Bluey water bottle and a pair of size 24 Crocs were left in the waiting area last Friday. Items not collected by 31 Dec will be donated.
        Please note our new GIRO details: DBS Bank, account name Little Lighthouse Therapy Pte Ltd, account no. 072-905123-4. Our UEN is 201834567W; quote the invoice no. as reference.
        Our Kuala Lumpur centre at 23-1, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur opens Saturdays 9am-1pm for speech screening. Walk-ins welcome, or call 03-2282 7719.
        Visitor rule: only two caregivers per child in the therapy room. Siblings under 12 may wait in the playroom with the centre assistant on duty; no food beyond the pantry.
        World Autism Awareness Day, 2 April: staff will wear blue and the lobby will display artwork by the children of our Thursday social-skills group. All families are welcome.
    """),
    ("en", "subsidy_faq"): _lines("""
        Q: Who qualifies for government-funded early intervention? A: Singapore Citizens and PRs below 7 with developmental needs, referred through the Child Development Programme at KKH or NUH.
        Q: How much will I pay for EIPIC? A: Fees are means-tested on per capita household income, and subsidised fees can be very low. Ask our front desk for the latest ECDA fee table.
        Q: Can I use the Baby Bonus Child Development Account to pay for speech therapy? A: Yes, as we are an Approved Institution. Our CDA AI code is printed on every invoice.
        Q: What is Development Support and Learning Support (DS-LS)? A: It helps preschoolers with mild developmental needs within their own preschool, delivered by Learning Support Educators and therapists.
        Q: Is an OKU card needed for fee waivers at Malaysian centres? A: For PDK programmes run under JKM, OKU registration is required; private centres set their own policies.
        Q: Can I claim private speech therapy from my insurer? A: Some outpatient riders cover it with a specialist referral. We issue itemised receipts; please check coverage with your insurer first.
        Q: How long is the waitlist? A: As of December 2026 the estimated wait for a weekday morning slot is 10 to 14 weeks; Saturday slots take about 6 to 8 months.
        Q: Do you issue receipts for Malaysian tax relief? A: Yes. Fees for early intervention for a child with learning disabilities may be claimed under LHDN relief, subject to the yearly cap.
        Q: What if my child misses a session? A: Two absences with a medical certificate per term can be made up. Unexcused absences and no-shows are charged in full.
        Q: Which assessment tools do you use? A: CELF Preschool-3, PLS-5, the Goldman-Fristoe Test of Articulation 3 and, together with a clinical psychologist, ADOS-2.
        Q: What approach does your social communication programme follow? A: The SCERTS Model by Barry Prizant, Amy Wetherby, Emily Rubin and Amy Laurent, plus Hanen strategies at home.
        Q: Can grandparents attend parent training? A: Yes, any primary caregiver may attend. Sessions are in English, with Mandarin, Malay and Tamil interpreters on request.
        Q: Where else can families ask about support schemes? A: SG Enable (hotline 1800 8585 885) and your nearest Family Service Centre can advise on disability and caregiver schemes.
    """),
    ("en", "price_list_and_invoices"): _lines("""
        INVOICE INV-2026-11-0482 | Little Lighthouse Therapy Pte Ltd (UEN 201834567W) | 4 x Individual Speech Therapy 45 min @ S$180.00 | Subtotal S$720.00 | GST 9% S$64.80 | Total S$784.80
        Price list 2027: Initial speech and language assessment (2 sessions + written report) S$850; Reassessment S$520; Individual therapy 45 min S$175; 60 min S$215.
        Group social skills (4-6 children, 2 therapists): S$95 per child per session; 10-session term billed upfront; 10% sibling discount applies to the second child.
        Home-based therapy surcharge: S$40 within 8 km of our Bishan centre, S$65 beyond that; no home visits to Sentosa or the offshore islands, teletherapy offered instead.
        Quotation QT-MY-0917 (KL branch): speech assessment RM450; individual therapy 45 min RM160; school progress report RM120. Valid until 31/03/2027.
        Receipt RCP-88213 | Paid via PayNow to UEN 201834567W | S$1,050.00 | Term 4 2026 group programme, 10 sessions | Thank you for your payment!
        Cancellation fees: under 24 hours notice 50% of session fee; no-show 100%; if the therapist is on sick leave there is no charge and a replacement slot is offered.
        Supplier invoice SI-30045 (Pearson Clinical Assessment): 1 x PLS-5 English Test Kit S$1,486.00; 25 x Record Forms S$137.50; delivery S$25.00; our PO-2026-118.
        Parent course fee: It Takes Two to Talk, 8 group sessions plus 3 video feedback consults, S$1,200 per family; payable by CDA, PayNow or NETS at the counter.
        AAC device rental: Proloquo2Go iPad package S$60 per month with a refundable S$300 deposit; LAMP Words for Life trial set S$45 for 4 weeks.
        Monthly programme summary Dec 2026 - billed S$31,485.60; EIPIC subsidy claims S$24,910.00; collected S$6,120.40; outstanding S$455.20 across 3 invoices.
        E-Invoice MY-2026-004471 issued by Sinar Kasih Therapy Sdn Bhd (Reg. No. 202101023456 (1422331-H)), TIN C25811234560, total RM1,280.00, due 15/01/2027.
        Materials reorder PO-KL-0311: 12 x Melissa and Doug wooden puzzles @ RM35.90; 6 x Play-Doh 10-pack @ RM42.00; 2 x Gazillion bubble machine @ RM89.00.
    """),
    ("en", "scheduler_log_lines"): _lines("""
        2026-12-07T08:02:14+08:00 INFO scheduler slot=SLT-B2-0900 room=B2 type=ST_INDIV status=confirmed reminder_sms=sent template=REM_24H_v3
        2026-12-07T08:05:51+08:00 WARN waitlist queue=weekday_am size=87 oldest_entry_age_days=96 threshold_days=90 alert=raised channel=ops-alerts
        2026-12-07T08:11:02+08:00 INFO sync gcal calendar=ot-room-c@littlelighthouse.sg events_updated=14 events_deleted=2 duration_ms=812
        2026-12-07T09:30:00+08:00 ERROR sms_gateway provider=twilio code=21610 msg=unsubscribed_recipient job=REM_2H batch=77 retry=false
        [2026-12-07 10:14:33] billing: generated 42 invoices (INV-2026-12-0001..INV-2026-12-0042), total S$31,485.60, 3 flagged for subsidy mismatch
        2026-12-07 10:20:05 +0800 audit action=export_report report=monthly_utilisation format=xlsx rows=318 actor=svc-reporting status=ok
        2026-12-07T03:00:12Z DEBUG api GET /v2/sessions?centre=BSH&date=2026-12-08 200 47ms ua=LighthouseApp/3.4.1 (iOS 18.2; iPad13,18)
        2026-12-07 11:45:00 INFO roster centre=KL-BGS week=2026-W50 therapist_slots_open=6 locum_requests=2 ot_coverage=0.83 st_coverage=0.91
        kafka topic=ei.attendance partition=3 offset=1184402 key=SESS-7731204 value={present:true,duration_min:45,room:A1,late_min:5}
        2026-12-07T13:02:47+08:00 INFO teleconsult zoom_meeting_id=84311275590 created host=room-a1@littlelighthouse.sg duration=45 recording=off
        cron[2211]: 2026-12-07 14:00:00 backup ok bucket=s3://llt-prod-backups/2026/12/07 size=2.31GiB sha256=9f2c4e1a7b0d3c58e6f1a2b4c7d9e0f3
        2026-12-07T15:30:09+08:00 INFO form_submit form=intake_v7 source=website utm_campaign=autism_awareness_2026 spam_score=0.02 queued=true
        2026-12-07T17:59:59+08:00 INFO shutdown worker=notif-03 version=2.18.0 commit=4be1c9a uptime=9h58m processed=1204 failed=3
    """),
    ("en", "config_and_code"): _lines("""
        SMS_SENDER_ID = 'LHTherapy'  # alphanumeric sender ID registered with the SGNIC SMS Sender ID Registry, see ticket OPS-412
        DEFAULT_SESSION_MINUTES: 45  # individual ST; individual OT is 50 and the social skills group is 90
        centre_contact: {hotline: '+65 6786 2140', whatsapp: '+65 8817 4403', email: 'hello@littlelighthouse.sg', uen: '201834567W'}
        test_fixture = {'child_name': 'Test Child', 'dob': '2022-01-01', 'nric': 'S0000000A', 'guardian': 'Example Parent'}
        CREATE TABLE waitlist (id SERIAL PRIMARY KEY, child_ref UUID NOT NULL, programme VARCHAR(32), referred_on DATE, priority SMALLINT DEFAULT 3);
        child_ref,programme,referred_on,priority,preferred_slot,language_pref,subsidy_tier,referral_source,status
        REMINDER_TEMPLATE = 'Hi {{parent_name}}, a reminder of {{child_first_name}}'s session on {{date}} at {{time}}. Reply C to cancel.'
        public_holidays = load_calendar('SG', year=2027)  # MOM gazette; fallback file data/holidays_sg_2027.json
        if session.group_size > 4 and not session.second_therapist: raise ValidationError('Groups above 4 children need 2 therapists')
        pip install ei-scheduler==2.18.0 --index-url https://pypi.internal.littlelighthouse.sg/simple  # pinned for Python 3.12
        ALLOWED_ORIGINS=https://portal.littlelighthouse.sg,https://staff.littlelighthouse.sg SESSION_TTL=3600 LOG_LEVEL=info
        assessment_codes: {ADOS2_M1: 'ADOS-2 Module 1', CELF_P3: 'CELF Preschool-3', GFTA3: 'Goldman-Fristoe 3', PPVT5: 'Peabody Picture Vocabulary Test-5'}
        WAITLIST_PRIORITY = {'sibling_enrolled': 1, 'hospital_referral': 2, 'self_referral': 3}  # reviewed by clinical lead 2026-11
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, Room B2 aircon bocor again lah, already lodged with facilities, ticket FM-2291. 9am ST sessions shift to Room A3 ok?
        Reminder: EIPIC monthly returns due on the SG Enable portal by 5 Dec, pls update attendance by today 5pm, don't wait last minute hor
        Anyone got a spare PECS Phase III binder? The Bishan one habis already, can pass to KL team when they come down for the training
        Eh the new CELF-5 record forms reached, 2 boxes at pantry. 已经签收了, invoice SI-30045 pass to admin please, thanks
        Tmr Saturday roster: 2 ST + 1 OT + 1 EIPIC teacher at Hougang, agency locum ST coming 8:30am, pls show the fire exit 先 before first session
        KL side update: JKM inspection for PDK partnership on 15 Dec, semua SOP file kena ready, termasuk fire drill log and CPR cert list.
        Pantry fridge cuci on Friday, whatever not labelled will be thrown, jangan marah ya, we warned already three times this month
        Waitlist weekday AM now 87 already, management says open one more slot Tue/Thu 8am, who can take? OT ok already, ST need one more
        Reminder all therapists: PDPA refresher on the LEARN app must finish by 31 Dec, HR says counted in appraisal 哦, takes about 40 min only
        Kawan-kawan, Hanen certification workshop in Penang 20-22 Jan, RM3,200 per pax, company sponsor 2 seats only, submit the HR form by Friday
        Printer level 3 jammed 又来了, pls use the one beside reception, tray 2 got the A4 with centre letterhead, don't waste ya
        FYI the Zoom link for Friday case conference changed, new meeting ID 812 4470 3391, passcode ei2026, same time 2pm in Room D
        CNY deco meeting after lunch tomorrow, bring 红包 ideas, budget S$150 from staff welfare fund, boleh? Year of the Goat theme for reception ah
    """),
    ("ms", "notis_pusat_intervensi"): _lines("""
        NOTIS: Pusat Intervensi Awal Sinar Kasih akan ditutup pada 25 Disember 2026 sempena Hari Krismas. Sesi gantian akan diaturkan mulai 28 Disember.
        Ibu bapa dimaklumkan bahawa sesi terapi pertuturan berkumpulan bagi kanak-kanak berumur 3 hingga 5 tahun diadakan setiap Sabtu, 9.00 hingga 10.30 pagi.
        Untuk pertanyaan, sila hubungi talian pejabat 03-7956 2281 atau WhatsApp rasmi pusat 012-338 4719 (Isnin hingga Jumaat, 9 pagi hingga 5 petang).
        Alamat baharu pusat: No. 12A, Jalan SS 2/24, 47300 Petaling Jaya, Selangor (tingkat 1, di atas kedai farmasi). Parkir berbayar di sepanjang jalan.
        Permohonan bantuan kewangan JKM bagi kanak-kanak OKU boleh dibuat di Pejabat Kebajikan Masyarakat Daerah atau portal eBantuanJKM; sediakan kad OKU dan laporan pakar.
        Yuran bulanan program intervensi awal: RM650 (3 hari seminggu) dan RM950 (5 hari seminggu). Yuran pendaftaran RM200 tidak akan dikembalikan.
        Hari Terbuka pada 9 Januari 2027: saringan pertuturan percuma untuk kanak-kanak 18 bulan hingga 6 tahun, tempat terhad kepada 30 keluarga sahaja.
        Peringatan: Sila maklumkan pembatalan sekurang-kurangnya 24 jam lebih awal. Ketidakhadiran tanpa notis akan dikenakan caj penuh sesi.
        Program PDK di bawah JKM menerima pendaftaran baharu bagi kanak-kanak autisme; sesi adalah percuma untuk warganegara Malaysia yang berdaftar OKU.
        Bengkel ibu bapa Memahami Autisme bersama Persatuan Autisme Kebangsaan Malaysia (NASOM), Sabtu 23 Januari 2027, 2.00 hingga 5.00 petang, dewan serbaguna.
        Sinar Kasih Therapy Sdn Bhd (No. Pendaftaran SSM 202101023456) berdaftar sah; ahli terapi kami berdaftar dengan Majlis Profesion Kesihatan Bersekutu Malaysia.
        Waktu operasi bulan Ramadan: 8.30 pagi hingga 4.00 petang. Sesi terakhir bermula jam 3.00 petang. Selamat berpuasa kepada semua keluarga kami.
        Senarai menunggu: anggaran masa menunggu untuk slot pagi hari bekerja ialah 3 hingga 4 bulan, manakala slot hari Sabtu melebihi 6 bulan.
    """),
    ("zh-Hans", "家长须知"): _lines("""
        【家长须知】本中心位于宏茂桥5道第712座#01-3040（组屋楼下），送孩子上课时请勿把车停在救护车通道上，以免影响居民出入，谢谢大家配合。
        早期干预课程（EIPIC）的学费按家庭人均收入评估，经津贴后的费用可以很低；详情请向前台索取幼儿培育署（ECDA）最新收费表。
        语言治疗个别课每节45分钟，收费新币175元；初次评估（含两次面谈及书面报告）新币850元，可使用婴儿花红儿童培育户头（CDA）支付。
        中心热线：6786 2140（星期一至五上午8时30分至下午5时30分）；当天请假请在早上8点前WhatsApp中心专线 +65 8817 4403，方便安排候补。
        12月24日平安夜只开放上午，最后一节课于中午12时30分结束；12月25日圣诞节休息，补课将于2027年1月4日起陆续安排，请留意通知。
        2027年第一学期家长讲座：《从游戏开始学说话》，主讲人为本中心首席言语治疗师，名额40位，免费入场，请扫描海报上的二维码报名。
        本中心的社交沟通课程采用SCERTS模式及Hanen《It Takes Two to Talk》家长课程，常用评估工具包括ADOS-2、PLS-5及CELF学前版第三版。
        马来西亚吉隆坡分行地址：59100 吉隆坡孟沙 Jalan Telawi 3 第23-1号，每逢星期六上午9时至下午1时提供免费语言筛查，欢迎直接到访。
        为保障孩子安全，接送时请出示中心发出的接送卡；如由其他亲属或帮佣代接，请提前通过家长App通知当天的老师，否则老师不能放人。
        世界自闭症关注日（4月2日）当天，全体员工会穿蓝色衣服，大厅也将展出周四社交技能小组孩子们的画作，欢迎家长们一起来参观。
        温馨提示：烟霾期间若环境局公布的24小时PSI超过200，所有户外活动及社区外出一律取消，室内治疗课程则照常进行，请家长放心。
        收据编号RCP-88214：已通过PayNow（UEN 201834567W）收到新币1,050.00元，为2026年第四学期小组课程（共10节）费用，谢谢支持。
        常见问题：目前平日上午时段的候补名单约需等待10至14周，星期六时段则约需6至8个月，如有急需可向前台询问其他分行的空位。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Parent update for Aiden Lim Jun Hao (4y2m): produced 2-word combinations like more juice and open door this week; mum Mrs Rachel Lim says he still melts down on the MRT.
        Intake form | Child: Nur Aleesya binti Mohd Faizal | DOB 14/03/2022 | Guardian NRIC S8834127I | Mobile 9126 4058 | Referral: KKH DCD, suspected ASD
        Ravi Chandran's son was diagnosed with autism level 2 last month; Ravi told the front desk he is behind on his HDB loan and asked if our fees can be deferred.
        Please call back Mdm Goh Siew Ling at 8273 1964 about her grandson's Tuesday slot; she can only come after her dialysis on Mon, Wed and Fri.
        waitlist_export.csv row: 2291,Ethan Ong Kai Xiang,2022-08-19,ST_INDIV,weekday_am,English,tier_B,ethan.ong.mum@gmail.com
        Home visit address for Sunday OT: Blk 448 Jurong West St 42 #09-311, Singapore 640448. Parents Mr and Mrs Tan Wei Ming, dog in the flat, ring twice.
        Roster note: Ms Priya Nair (ST) is on no-pay leave from 3 Jan to 28 Feb 2027 after her miscarriage; please don't mention it to parents.
        Fee refund by bank transfer: account holder Lee Hui Min, POSB Savings 188-54321-9, refund S$540 for the cancelled Term 1 sessions.
        Maya's father said he is going through a divorce and the mother now has care and control, so only she can sign the consent forms from January.
        FIN G7213456M belongs to the domestic helper who brings the boy on Thursdays; the family asked us to put it on the authorisation letter.
        Assessment summary: Lucas Teo, 3y9m, CELF-P3 core language score 68 (below 2nd percentile), ADOS-2 Module 1 comparison score 7, consistent with ASD.
        Can you send Zara Hussain's speech report to her paediatrician? Mum's e-mail is farah.h.hussain@outlook.com, not the old hotmail one.
        Mr Kelvin Ng (car SKR 4519 G) keeps parking at the ambulance bay during pick-up; security has already warned him twice.
        Ah Boy's grandmother said his dad was arrested last week and she is now the main caregiver, so please call her instead of the parents.
        Subsidy appeal: household of 5, gross monthly income S$3,850, mother Siti Rohani bte Abdullah unemployed since Aug, father drives Grab at night.
        SMS from 9745 2210 at 7:12am: Sorry teacher my boy vomit last night cannot come today. Please mark as medical absence and ask for the MC.
        Emergency contact for Jayden Chua: grandfather Mr Chua Beng Huat, 6288 4173 (home), 9012 7745 (mobile), 21 Jalan Bunga Rampai, Singapore 538404.
        Ms Cheryl Wong (senior ST) earns S$5,400 a month and is asking for S$6,000 to match a hospital offer; keep this between HR and the director.
        MyKad 210512-01-0377 is for the Johor child enrolling at our JB partner centre; his mother crosses the Causeway daily on a work permit.
        Nathaniel's mum is 30 weeks pregnant with twins and on bed rest, so his Saturday sessions will be attended by the helper until March.
        Case note 2026-12-03: Mrs Angela Soh reports that her son Caleb (5) bites himself when upset; bruises seen on left forearm, referred to psychologist.
        Photo consent withdrawn: please remove the video of Isabelle Koh doing the picture exchange from our Instagram post dated 12 Nov.
        Outstanding fees: Mr Daniel Yeo owes S$2,145 for Aug-Nov sessions; third reminder letter sent to 15 Lorong 27 Geylang #05-02, Singapore 388169.
        Hi this is Aunty Mei, Jun Wei's nanny, my number is 8361 0927, his mummy say I can fetch him on Wednesdays from now on.
        Teletherapy log 2026-12-05 10:00: session with Aarav Menon (ASD, non-verbal), parent device iPhone, IP 118.200.45.77, father Suresh Menon joined late.
        Referral letter to NUH CDU for Chloe Tan Yu Xuan, NRIC T2234567I, DOB 02/05/2022, query global developmental delay and hearing loss in the right ear.
    """),
    "mixed": _lines("""
        Eh can help check the slot for 小明 (Lim Xiao Ming) or not, his mum 林太 say Tuesday cannot make it, she got chemo at NCC that day
        Encik Hafiz (papa Aqil) minta invoice dihantar ke hafiz.rosli82@yahoo.com sebab nak claim dengan company dia, boleh tolong?
        Pn. Kavitha's son Arjun said 2 words today lah!! She cried in the room, tapi dia cakap suami dia still in denial about the diagnosis
        Roster tukar: Ms Nurul Izzah (OT) MC 3 hari, doktor cakap dengue, her Monday kids pass to Room C locum ok?
        陈先生 called again about the waitlist, his number 9688 3021, 他说 his son 3 years old still no words, very worried, can prioritise?
        Parent WhatsApp group admin pls remove +60 17-552 8834, that's Puan Zaleha's ex-husband, she got a protection order against him
        阿明 mummy Ms Ho Mei Fong just paid via PayNow from her DBS 027-11438-2, S$380 for December, can issue receipt under her name?
        Kak Ros, nenek Danish, cakap anak dia (Danish's mum) kena tahan reman sebab dadah, so from now nenek jadi penjaga sah
        Adik Sofea punya kad OKU dah approve, MyKad dia 200814-10-5562, mak dia Puan Nor Azlina nak tahu bila boleh apply bantuan JKM
        Mr Wong Kah Leong 黄家良 (Taiwan ID F128374652) relocating from Taipei, wants his daughter 黄芯妤 assessed in English and Mandarin before P1
    """),
    "ms": _lines("""
        Puan Hasnah binti Ismail, ibu kepada Muhammad Irfan (4 tahun), memaklumkan bahawa anaknya disahkan autisme oleh pakar di Hospital Kuala Lumpur pada Oktober lepas.
        No. telefon bapa: 013-774 2156 (Encik Kamal). Sila hubungi selepas jam 6 petang kerana beliau bekerja syif pagi di kilang.
        Borang pendaftaran: Nama: Nur Iman Qistina binti Azman; MyKad: 220417-10-6684; Alamat: No. 7, Jalan Cempaka 3/2, Taman Cempaka, 43000 Kajang, Selangor.
        Encik Roslan mengaku masih berhutang yuran RM1,950 sejak Ogos kerana diberhentikan kerja; beliau minta bayar ansuran RM200 sebulan.
        Adik Hani menunjukkan kemajuan dalam kontak mata, tetapi ibunya Puan Rahayu memberitahu dia sedang menerima rawatan kemurungan selepas bersalin.
        E-mel penjaga: syafiqah.yusof91@gmail.com; akaun Maybank untuk bayaran balik: 1640 2233 8815 atas nama Syafiqah binti Yusof.
        Aduan: Cik Amirah Zulkifli, guru di pusat kami, dituduh oleh seorang bapa memarahi anaknya; siasatan dalaman sedang dijalankan.
    """),
    "zh-Hans": _lines("""
        陈美玲女士（手机 9234 6617）来电询问儿子陈浩宇的语言评估报告，她说孩子上个月在KK医院确诊为自闭症谱系障碍。
        家长资料：父亲王建国，中国居民身份证 110105198603154316，持工作准证在新加坡工作，希望孩子只排周六的课。
        林太说她和先生正在办离婚，下个月起孩子由外婆带来上课，评估报告千万不要再寄到旧地址。
        阿杰的妈妈已经欠了三个月学费共新币1,620元，她说丈夫十月失业了，问能不能分期付款。
        周六班家长群里，刘先生把别的孩子哭闹的视频发到抖音，被其他家长投诉，视频里能看到小朋友张子轩的脸。
    """),
    "zh-Hant": _lines("""
        何太（香港身份證 Y682345(7)）剛從香港搬來新加坡，兒子何卓軒四歲，在香港已被診斷為自閉症，想轉介到本中心。
        澳門家長梁小姐電郵 leung.kayan.mo@gmail.com，詢問女兒梁芷晴的言語治療報告能否翻譯成中文，供澳門社工局使用。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admin assistant of Little Lighthouse Therapy, an early-intervention centre in Bishan, Singapore. Write warm, short parent updates in Singapore English.",
        ),
        (
            "user",
            "Draft a WhatsApp update to Mrs Rachel Lim about her son Aiden (4y2m, ASD). Today he used 3 new signs (more, finish, help) and sat for 10 minutes at table time. Her number is 9338 2041.",
        ),
        (
            "assistant",
            "Hi Mrs Lim, a quick update on Aiden today! He used three new signs (more, finish and help) and sat at table time for about 10 minutes, his longest so far. Do try the help sign at home when he reaches for snacks. Have a good evening!",
        ),
        ("user", "Nice. Can you also add that next Tuesday's session moves to 10am?"),
        (
            "assistant",
            "Sure: Also, next Tuesday's session will move to 10am, same room. Let us know if that timing is ok for you. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Sort these waitlist rows by referral date, oldest first: 2291,Ethan Ong Kai Xiang,2022-08-19,referred 2026-09-02 / 2304,Nur Aleesya binti Mohd Faizal,2022-03-14,referred 2026-08-11 / 2310,Lucas Teo,2023-02-27,referred 2026-10-20",
        ),
        (
            "assistant",
            "Oldest referral first: 1) 2304, Nur Aleesya binti Mohd Faizal, referred 2026-08-11; 2) 2291, Ethan Ong Kai Xiang, referred 2026-09-02; 3) 2310, Lucas Teo, referred 2026-10-20.",
        ),
        (
            "user",
            "Thanks. Ethan's mum emailed from ethan.ong.mum@gmail.com saying he now has a KKH diagnosis. Should he move up?",
        ),
        (
            "assistant",
            "If your centre's policy gives priority to hospital referrals with a confirmed diagnosis, you could move Ethan up once you have the KKH report on file. Ask his mum to send a copy of the report and note the date you receive it.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Pusat Intervensi Awal Sinar Kasih, Petaling Jaya. Jawab dalam Bahasa Melayu yang formal.",
        ),
        (
            "user",
            "Tolong tulis surat rujukan ke pakar pediatrik untuk Muhammad Irfan bin Khairul, MyKad 220903-14-5127, umur 4 tahun, masih belum bercakap dan kerap mengamuk. Ibunya Puan Hasnah binti Ismail.",
        ),
        (
            "assistant",
            "Tuan/Puan, dengan hormatnya saya merujuk Muhammad Irfan bin Khairul (MyKad 220903-14-5127), 4 tahun, yang dibawa oleh ibunya Puan Hasnah binti Ismail. Kanak-kanak ini belum menggunakan perkataan bermakna dan kerap mengamuk apabila keinginannya tidak difahami. Mohon penilaian lanjut bagi gangguan spektrum autisme. Sekian, terima kasih.",
        ),
        ("user", "Terima kasih, tambah juga nombor telefon ibu 019-662 3185."),
        (
            "assistant",
            "Baik, sila tambah di bahagian akhir surat: Untuk sebarang pertanyaan, ibu pesakit boleh dihubungi di talian 019-662 3185.",
        ),
    ],
    [
        (
            "user",
            "你好，我是陈美玲，儿子陈浩宇三岁半，上个月在KK医院被诊断为自闭症。我们家四口人，家庭月收入大约新币6,800元，请问EIPIC学费大概多少？",
        ),
        (
            "assistant",
            "陈女士您好。EIPIC学费是根据家庭人均收入来评估的，按您提供的资料，人均收入约为新币1,700元。具体收费以幼儿培育署（ECDA）最新收费表为准，建议您在医院转介后向中心前台或医院的医疗社工确认实际金额。",
        ),
        (
            "user",
            "好的，谢谢。那我可以用婴儿花红CDA付吗？我的手机是9234 6617，可以请中心联系我吗？",
        ),
        (
            "assistant",
            "如果中心是婴儿花红核准机构（Approved Institution），就可以用CDA支付。我无法直接替您联系中心，建议您致电中心热线或通过官方WhatsApp留下联系方式，说明想咨询EIPIC入学和CDA付款。",
        ),
    ],
    [
        (
            "system",
            "You help the front desk of a speech therapy centre in Singapore reply to parent complaints politely.",
        ),
        (
            "user",
            "Parent Mr Kelvin Ng (9155 7820) complain we charge him full fee for no-show last Sat, but he say his son Ryan got fever. He never send MC leh. How to reply?",
        ),
        (
            "assistant",
            "Suggested reply: Dear Mr Ng, thank you for letting us know, and we hope Ryan is feeling better. Our policy waives the no-show fee when a medical certificate is provided. If you can send us a copy of Ryan's MC from last Saturday, we will reverse the charge on your next invoice.",
        ),
        ("user", "ok good, can make it shorter for WhatsApp?"),
        (
            "assistant",
            "Hi Mr Ng, hope Ryan is better! If you can WhatsApp us his MC for last Sat, we will waive the no-show fee on your next invoice. Thank you!",
        ),
    ],
    [
        (
            "system",
            "Therapist roster for Hougang centre, week 2026-W50: Ms Priya Nair (ST) 9871 2234, on leave; Mr Darren Lau (ST) 8124 6690, Mon-Wed; Ms Nurul Izzah (OT) 9013 5547, MC until Tue; agency locum ST, Thu-Sat.",
        ),
        ("user", "Who can cover Priya's Monday 9am and 10am kids?"),
        (
            "assistant",
            "Mr Darren Lau is rostered on Monday, so he is the natural choice for the 9am and 10am slots. Ms Nurul Izzah is on MC until Tuesday and the locum only starts Thursday. You may want to call Darren at 8124 6690 to confirm he can take the extra sessions.",
        ),
        ("user", "Ok. Draft a short SMS to him."),
        (
            "assistant",
            "Hi Darren, could you cover Priya's 9am and 10am ST sessions this Monday at Hougang? Case notes are in the shared folder. Thanks!",
        ),
    ],
    [
        (
            "user",
            "Hi, I am Siti Rohani bte Abdullah, NRIC S7712093I. My husband and I have 3 kids, household income S$3,850 a month. My youngest Aqil got autism. Am I eligible for any extra help with EIPIC fees?",
        ),
        (
            "assistant",
            "Thank you for sharing. With a household of five and income of S$3,850, your per capita income is about S$770, which is usually in the most heavily subsidised band for government-funded EI. You can also ask a Family Service Centre or the medical social worker at the referring hospital about additional assistance. Please avoid sharing your NRIC in chats like this.",
        ),
        ("user", "Ok sorry. Where can I check the latest fee table?"),
        (
            "assistant",
            "You can check the ECDA website or ask your EI centre's front desk for the current means-tested fee table for government-funded EI programmes.",
        ),
    ],
    [
        (
            "user",
            "我是何太，香港身份證 K402918(6)，剛帶兒子何卓軒由香港搬到新加坡。他在香港瑪嘉烈醫院診斷為自閉症，我們現在是EP家屬，可以讀EIPIC嗎？",
        ),
        (
            "assistant",
            "何太您好。新加坡政府資助的早期干預課程主要給新加坡公民及永久居民；持EP家屬准證的孩子一般需要報讀私人早期干預或言語治療中心。建議您帶上香港的診斷報告，聯絡私人中心安排評估。",
        ),
        ("user", "明白，私人中心大概多少錢一節？"),
        (
            "assistant",
            "私人言語治療個別課每節45分鐘一般約新幣150至220元，評估另外收費，各中心價格不同，建議先比較幾間的收費表。",
        ),
    ],
    [
        (
            "system",
            "You anonymise clinical notes before they are shared for supervision. Replace names, contacts and identifiers with placeholders.",
        ),
        (
            "user",
            "Anonymise: Session 12, Caleb Soh (5y), mum Angela Soh 9478 3321 present. Caleb bit his left forearm twice when the iPad was removed. Dad Marcus lost his job in Oct and Angela says home is tense.",
        ),
        (
            "assistant",
            "Session 12, [CHILD] (5y), [PARENT 1] present. [CHILD] bit his left forearm twice when the tablet was removed. [PARENT 2] had a change in employment in Oct and [PARENT 1] reports that the home environment is stressful.",
        ),
        ("user", "Good, keep the age but remove the month."),
        (
            "assistant",
            "Session 12, [CHILD] (5y), [PARENT 1] present. [CHILD] bit his left forearm twice when the tablet was removed. [PARENT 2] recently had a change in employment and [PARENT 1] reports that the home environment is stressful.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Encik Roslan bin Hamid dari Johor Bahru, MyKad 850622-01-5581. Anak saya Danish buat terapi pertuturan kat PJ, total tahun ni RM7,400. Boleh claim LHDN semua ke?",
        ),
        (
            "assistant",
            "Encik Roslan, pelepasan cukai LHDN untuk intervensi awal atau rawatan pemulihan bagi anak kurang upaya pembelajaran mempunyai had tahunan, jadi tidak semua RM7,400 boleh dituntut. Sila semak had terkini di laman LHDN dan simpan semua resit asal dari pusat terapi.",
        ),
        (
            "user",
            "Ok, resit semua atas nama isteri saya Nor Aini binti Salleh, boleh ke saya yang claim?",
        ),
        (
            "assistant",
            "Biasanya pelepasan dituntut oleh ibu atau bapa yang menanggung perbelanjaan, dengan resit yang menunjukkan bayaran dibuat. Jika resit atas nama isteri, lebih selamat isteri yang membuat tuntutan, atau rujuk LHDN untuk pengesahan.",
        ),
    ],
]
