# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en164: SG/MY call centres and market-research panels. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en164
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "qa_scorecard"): _lines("""
        QA scorecard v4.2: Opening (10), Verification (15), Needs discovery (20), Resolution (25), Compliance (20), Closing (10); auto-fail if verification is skipped on a billing call.
        Auto-fail triggers: disclosing account balance before 2FA, promising a refund outside policy, or failing to read the PDPA consent line on outbound survey calls.
        Calibration session every 2nd Tuesday, 3pm, Training Room 2: each QA analyst scores the same 5 recordings blind; a variance above 8 points gets discussed.
        Sample size per agent per month: 6 calls for tenured agents, 10 for agents in nesting (first 45 days), plus 2 extra for anyone scoring below 75%.
        Dispute window: agents may dispute a QA score within 5 working days via the QA Dispute form; team leader co-signs; the QA lead's decision is final.
        Marker 3.4 'Empathy statement used when customer expresses frustration' – mark N/A if the customer did not express frustration, do not mark Fail.
        Score bands: 90-100 Exceeds | 80-89 Meets | 70-79 Needs Coaching | below 70 Performance Improvement Plan review.
        Verification standard for SG callers: full name + last 3 digits and letter of NRIC/FIN (e.g. ***567D) + date of birth; never ask for the full NRIC on a recorded line.
        MY callers: verify with name as per MyKad, last 4 digits of IC and registered mobile; for foreign customers use the last 4 characters of the passport number.
        Calls under 20 seconds are excluded from QA sampling (ghost calls, wrong numbers, IVR drop-offs).
        Hold etiquette: ask permission before hold, return every 60 seconds, max 3 holds per call; dead air over 15s counts as an unannounced hold.
        Average QA score Q3: SG site 86.1, KL site 83.7, Penang overflow 79.4; compliance fail rate dropped from 4.2% to 2.9%.
        Coaching form fields: Agent ID, Call ID, Date, Marker failed, Behaviour observed, Agreed action, Follow-up date – do not paste customer details into the free-text box.
        Speech analytics flags: 'cancel', 'lawyer', 'complain to CASE', 'small claims tribunal', 'go viral' → route to QA priority queue within 24h.
        Repeat contact rate is measured over a 7-day window on the hashed caller ANI; hashes are salted SHA-256 and the salt rotates monthly.
        Question from new QA analyst: if the agent verifies correctly but the customer volunteers their full IC number anyway, do we fail compliance or only flag the recording for redaction?
    """),
    ("en", "panel_incentives"): _lines("""
        Panel points: 100 points = S$1. Minimum redemption 1,000 points. Redeem for GrabGift, CapitaVoucher, FairPrice e-voucher or PayNow transfer.
        Incentive for the 60-min in-home usage test: S$80 e-voucher, paid within 14 working days after the last diary entry is submitted.
        Screener S3: In the past 3 months, have you or anyone in your household worked in market research, advertising, PR or a telco? If YES → terminate.
        Quota status as of 10am: Chinese F 25-34 full; Malay M 35-44 need 6 more; Indian 18-24 any gender need 4; Others open.
        This survey takes about 12 minutes. You will receive 250 points on completion. Responses are anonymous and reported only in aggregate.
        Dear {FirstName}, you have been selected for a short study on home internet. Complete by {Deadline} to earn {Points} points. Unsubscribe: {OptOutLink}
        Why was my incentive rejected? Common reasons: speeding (under one third of median time), straight-lining grid questions, or a second account on the same device.
        Panel hygiene: members inactive for 18 months are archived; their personal data is deleted 30 days after archiving unless an incentive claim is still open.
        FGD recruitment spec: 8 per group, 2 groups, mothers of primary school children, household income S$6k-12k, mix of HDB and condo, nobody who joined a group in the past 6 months.
        Respondent fee for a 2-hour FGD in KL: RM150 + RM20 transport allowance, paid in cash on the day against a signed acknowledgement slip.
        IDI with C-suite respondents: honorarium S$300, or a donation of the same amount to a charity of their choice.
        Redemption codes are sent from our noreply address only; we will never ask for your banking PIN, OTP or Singpass password.
        Panel size Dec 2026: SG 48,210 active members, MY 112,904; email invite response rate 21% (SG) vs 17% (MY).
        Incentive ledger export columns: member_hash, study_code, points_awarded, awarded_at, status (PENDING / APPROVED / REVERSED).
        Study MY-FMCG-2611-07 closes Friday 23:59 MYT; late completes get 50 consolation points instead of the full 400.
        Payout batch PB-20261204-03: 1,184 PayNow transfers, total S$14,216.00, 9 failed (proxy not registered), re-queued for Monday.
    """),
    ("en", "ops_roster"): _lines("""
        Roster wk 49: Team A (English voice) 0800-1700 x 18 seats | Team B (Malay/English) 1000-1900 x 12 | Team C (Mandarin/Cantonese/Hokkien) 1200-2100 x 9 | Night 2100-0700 x 5.
        Public holiday coverage: Deepavali – KL site skeleton crew (30%), SG site normal; Hari Raya Puasa – both sites at 50%, overflow to the Manila vendor.
        Shift swap rules: swaps must be same-skill, approved by WFM 48h ahead, max 2 swaps per agent per month.
        Interval 14:30-15:00: offered 412, handled 389, abandoned 23 (5.6%), ASA 38s, AHT 412s, occupancy 88%.
        SLA target 80/20 for the telco line, 90/30 for the insurer's claims hotline; email 24h; WhatsApp first response within 5 min.
        Seat map L12: rows A-F voice, row G chat, row H QA and trainers; no hot-desking on voice rows because of headset pairing.
        MC policy: notify your team leader by 7am and upload the MC to the HR portal within 48h; 3 unsupported absences in a rolling 90 days triggers a first warning.
        Nesting batch Jan 2027: 22 new hires, 4 weeks classroom, 2 weeks nesting on the low-complexity queue, graduation if QA ≥ 80 and AHT ≤ 480s.
        Attrition Nov: SG 3.1%, KL 4.8%; top exit reasons: better pay (41%), shift pattern (22%), further study (15%).
        Break template: 15-min break at +2h, 45-min lunch at +4h30, 15-min break at +7h; no more than 10% of a skill group on break at once.
        Outbound dialler pacing ratio 1.8 for panel recruitment, 1.2 for CSAT callbacks; abandon rate capped at 3%.
        WFM forecast for 11.11: +65% chat volume 10pm-2am, add 14 temp chat agents via agency, OT approved up to 12h/week.
        Agent ID format: two-letter site code + four digits (e.g. SG0001, KL0001); IDs are never reused after an agent leaves.
        Fire drill Thursday 10:15am, all floors; set status to 'Meeting – Drill', the IVR will play the service interruption message.
    """),
    ("en", "system_logs"): _lines("""
        2026-12-03 09:14:22 +08 CALL_IN queue=BILLING_EN ivr_path=1>3>2 wait=00:00:41 talk=00:06:12 disposition=RESOLVED_FCR case=CS-2026-0881432
        2026-12-03 09:15:07 +08 CALL_OUT campaign=PANEL_RECRUIT_MY_Q4 result=NO_ANSWER attempt=3/5 next_retry=2026-12-04T14:00+08:00
        INC0048213 | P2 | IVR option 4 plays Malay prompt in the English queue | assigned: Telephony | status: In Progress
        survey_id=SV-26-1147 wave=3 n_complete=1,204 n_screenout=3,877 n_overquota=412 median_loi=11.6min IR=23.7%
        recording.mask_dtmf=true; recording.pause_on_keywords=['card number','CVV','expiry']; recording.retention_days=90
        webhook schema: {"call_id": str, "agent_id": str, "ani_hash": str, "started_at": iso8601, "csat": int | null}
        CSAT callback result codes: 1 Very satisfied, 2 Satisfied, 3 Neutral, 4 Dissatisfied, 5 Very dissatisfied, 8 Refused, 9 Wrong number.
        Case CS-2026-0912207 reopened: customer disputes late payment charge, escalated to Tier 2, SLA due 2026-12-08 18:00.
        Order SHP-88120934 (test kit PT-2611) shipped via Ninja Van, tracking NVSG2026120488120934, ETA 2-3 working days.
        Invoice INV-MY-2026-11-00418: 4,112 billable hours at RM38.50/h, SST 8% applied, payment terms 30 days.
        CTI error 503 on softphone v7.14.2 build 2291, KL floor 3 only; workaround: clear cache and log in again.
        sha256(recordings_20261203_SG.tar) = 5eb0fc0b9125f428a9369ba60d831192e9996e5d220e827bf091c015e85dcf48
        DNC check: 1,982 numbers checked against the registry at 08:40, 341 registered, removed from the dial list before the 9am load.
        SELECT study_code, COUNT(*) AS completes, AVG(loi_sec) FROM interviews WHERE status = 'COMPLETE' AND site IN ('SG', 'KL') GROUP BY study_code;
    """),
    ("ms", "notis_panel"): _lines("""
        Terima kasih kerana menyertai panel kami. Anda akan menerima 300 mata selepas melengkapkan tinjauan ini; semua jawapan adalah sulit dan dilaporkan secara agregat sahaja.
        Soalan saringan: Adakah anda atau ahli isi rumah anda bekerja dalam bidang penyelidikan pasaran, pengiklanan atau telekomunikasi? Jika YA, tamatkan temu bual.
        Ganjaran perbincangan kumpulan fokus selama 2 jam ialah RM150 tunai, dibayar pada hari sesi selepas borang pengakuan ditandatangani.
        Tebus mata anda: 1,000 mata = RM10, boleh ditukar kepada baucar Touch 'n Go eWallet, Shopee atau pindahan DuitNow.
        Peringatan: Kami tidak akan sekali-kali meminta nombor PIN, OTP atau kata laluan perbankan anda melalui telefon atau WhatsApp.
        Waktu operasi pusat panggilan: Isnin hingga Jumaat 9 pagi - 6 petang, Sabtu 9 pagi - 1 petang, tutup pada cuti umum.
        Kuota semasa: Melayu lelaki 18-24 penuh; Cina perempuan 45-54 perlu 5 lagi; India semua umur perlu 8 lagi; Bumiputera Sabah/Sarawak dibuka.
        Skrip pembukaan: 'Selamat pagi, saya [nama ejen] dari [syarikat], kami sedang menjalankan kajian ringkas tentang tabiat membeli-belah. Boleh saya ambil 10 minit masa tuan/puan?'
        Panduan QA: ejen mesti membaca notis PDPA sebelum soalan pertama; jika terlepas, panggilan dikira gagal pematuhan.
        Laporan harian: 842 panggilan keluar, 96 temu bual lengkap, kadar penolakan 38%, purata tempoh temu bual 14 minit.
        Kempen PRN-JHR-2611 ditangguhkan sehingga notis lanjut atas permintaan klien; semua janji temu semula dibatalkan.
        Soal selidik S9: Berapa kerap anda membeli minuman berkarbonat dalam sebulan? (a) Tidak pernah (b) 1-2 kali (c) 3-5 kali (d) Lebih 5 kali
    """),
    ("zh-Hans", "questionnaire_notice"): _lines("""
        问卷Q7：过去一个月您在以下哪些平台购买过日用品？（可多选）Shopee／Lazada／FairPrice Online／RedMart／其他
        本次调查约需15分钟，完成后可获得300积分，积分可兑换FairPrice电子礼券，所有回答仅作统计分析之用。
        座谈会招募条件：35至50岁华族女性，家中有中学生子女，过去六个月未参加过任何市场调查。
        质检评分标准：开场白10分，身份核实15分，需求了解20分，问题解决25分，合规20分，结束语10分。
        提醒：本公司职员不会要求您提供银行密码或一次性验证码（OTP），如有疑问请致电官方热线。
        客服中心农历新年营业时间：除夕营业至中午12点，初一、初二休息，初三起恢复正常。
        本周配额进度：华族25-34岁男性已满，马来族45岁以上女性尚缺7人，印度族尚缺4人。
        请问这份问卷用的是配额抽样还是随机抽样？报告里的置信区间应该怎么写？
        访员须知：电话访问中如受访者表示不愿继续，应礼貌结束并在系统中标记为"拒访"，不得重复拨打。
        十一月满意度回访结果：非常满意41%，满意37%，一般14%，不满意8%。
        问卷Q12：过去一年您是否参观过晚晴园—孙中山南洋纪念馆或华裔馆的陈嘉庚展览？
    """),
    ("mixed", "team_chat"): _lines("""
        guys the dialler down again lah, everybody set status to 'Admin' first, IT say 15 mins
        QA calibration today postponed to Thurs, boss stuck in client meeting at Raffles Place
        anyone got the latest screener for the kopi study? the one with Q5 changed to 'past 2 weeks' not 'past month'
        wah quota for Malay makcik 45+ still short 6, who free can help dial the Bangi sample after lunch?
        reminder: tomorrow Deepavali, KL team half day, SG team as usual ok
        kakak-kakak, jangan lupa submit timesheet sebelum 5pm, payroll cut-off hari ni
        the CSAT callback script got typo, 'satisfide' lol, pls use v3.1 from the shared drive
        dabao anyone? going Old Airport Road hawker centre, 12.30 leave
        客户又打来问那个voucher几时到, I told them 14 working days lah, according to policy
        IVR prompt baru dah live: 'Untuk Bahasa Melayu tekan 2, for English press 1, 华语请按3'
        weekend OT sign-up sheet dah buka, max 8 hours per person, first come first serve
        so the rule is if respondent say 'don't call me again' we tag DNC in the system, not just 'refused' right? confirm ah
    """),
    ("en", "public_reference"): _lines("""
        Client brief: brand health tracker for KrisFlyer, wave 6, n=1,000 SG residents aged 21-65, fieldwork 5-18 Jan.
        Item POL-03: How would you rate Prime Minister Lawrence Wong's handling of cost-of-living issues? (1 = very poor, 5 = very good)
        Item POL-07 (MY): How much do you agree with the MADANI economic framework announced by Prime Minister Anwar Ibrahim?
        Ad recall test: respondents see the Phua Chu Kang 'Speak Good English' spot and the Upin & Ipin Raya ad; unaided recall measured after 48h.
        Site list for the healthcare CX study: Ng Teng Fong General Hospital, Tan Tock Seng Hospital and Hospital Sultanah Aminah Johor Bahru.
        FGD venue: seminar room at the Lee Kong Chian School of Business, SMU, booked 2-5pm on 15 Jan; 12 seats, no one-way mirror.
        Reading list for new QA analysts: The Effortless Experience by Matthew Dixon, Nick Toman and Rick DeLisi (ISBN 978-1-59184-581-2).
        PDPC advisory on NRIC: from 1 Sept 2019 organisations may not collect, use or disclose full NRIC numbers unless required by law or necessary to verify identity to a high degree of fidelity.
        Merlion Insights Pte Ltd panel helpdesk: +65 6788 1200 (Mon-Fri 9am-6pm) or WhatsApp Business +65 8012 3300.
        Kedai Kajian Sdn Bhd, Level 8, Menara Sunway, Jalan Lagoon Timur, 47500 Subang Jaya – registered office for invoicing purposes.
        Case study for training: how Lat's Kampung Boy cartoons were used as stimulus material in a 1990s Malaysian nostalgia ad test.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Coaching log 03/12 – Agent SG0412 NUR FARHANA BINTE ISMAIL, QA 64% on call C-88120, failed verification (accepted DOB only), placed on 30-day PIP, next review 02/01.
        Roster Sat 7 Dec | 0800-1700: Marcus Goh Wei Jie, Siti Aisyah binti Rahmat, Kavitha d/o Ramasamy | 1200-2100: Jonathan de Souza (OT approved)
        PayNow payout | TAN MEI LING | 9735 2148 | study SV-26-1147 | S$30 | status FAILED – proxy not registered, pls call her to re-register
        2026-12-03 10:02:51 +08 CALL_IN ani=+6591804426 caller_name='Lim Chee Keong' verified=Y reason='says charged twice for Nov fibre bill' case=CS-2026-0881477
        Complaint escalated: Mr Rajesh Kumar a/l Subramaniam (IC 750921-14-5647) says his 12,400 panel points were reversed without reason and is threatening to post on Facebook; call back on 012-387 4415 before 6pm.
        Member PM-558201: Ong Boon Huat, 58, retired taxi driver, Blk 412 Bedok North Ave 2 #08-117 S460412, household of 3, type 2 diabetic (opted into health studies).
        FGD Grp 2 recruit | Mdm Halimah bte Yusoff | 42 | 2 kids at Temasek Primary | 4-rm HDB Tampines | hp 8264 1093 | confirmed 15 Jan 7pm
        Please credit the RM150 FGD fee to Nurul Aina binti Zakaria, Maybank acc 1640 2231 8875, IC 920305-07-6218, session KL-FGD-0115-A.
        Caller verified as Chua Kok Leong, NRIC S8234517E, DOB 14/06/1982; updated billing address to 18 Jalan Kembangan, Singapore 419136.
        New sign-up flagged as duplicate: jjwong.sg@outlook.com (Jasmine Wong Jia Jun) uses the same device ID as member PM-440918; both accounts suspended pending ID check.
        Exit interview – Daniel Pereira (KL1187) resigned after 14 months; his mother has started dialysis in Ipoh and he is moving back to care for her. Eligible for rehire.
        Chargeback: cardholder Alvin Teo, Visa 4564 5014 4779 6118, disputes S$49.90 streaming add-on charged 28/11, says he never ordered it.
        Onboarding: Maria Cristina Santos, FIN G5521086T, S Pass, start date 6 Jan 2027, Team A English voice, laptop to be collected on day 1.
        Lucky draw winner: Ms Deborah Chia (deborah.chia90@gmail.com), iPad 11th gen, to collect at our office with NRIC S9012384Z on or before 20 Dec.
        [00:02:14] CUSTOMER: my IC is eight-six-zero-one-zero-two, one-three, five-three-seven-one, name Awang Jeffrey anak Lemok, I stay Kuching, Jalan Song area
        Q20 open-end (resp 00418): "I'm Sarah Lim, staff nurse at KK hospital, night shifts make it impossible to cook so I order GrabFood 5x a week"
        Courier the product test kit PT-2611 to Chong Siew Ling, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 016-552 0193.
        Moderator note: member posting fake screener answers in the Telegram group, handle @kelvin_yeo_95 (Kelvin Yeo Jun Hao), ban from all studies.
        Carpark claim for FGD participant Mr Hamid bin Osman, car SKP 4821 G, parked 6.45-9.30pm at Bugis Junction, reimburse S$9.60.
        Travel request: TL Farah Diba binti Azman, passport A38712954, to the Manila vendor site 12-16 Jan for the overflow audit.
        Payroll adj: Ng Wei Ling (SG0877), Nov OT 22.5h @ S$14.40 = S$324.00, plus S$150 performance bonus for QA ≥ 95.
        Incident report: agent Vignesh a/l Raman shouted at a caller and used vulgar language at 15:42 on call C-90213; suspended pending HR inquiry.
        CRM note – Puan Rohani binti Abdul Latif, 69, hearing impaired, prefers calls to her son Faizal at 019-271 8836; do not call landline; Lot 1187 Kampung Bukit Tinggi, 16800 Pasir Puteh, Kelantan.
        HH roster (interview 4471): head – Tan Ah Kow, 71, retired; spouse – Lim Geok Lian, 68, housewife; son – Tan Wei Ming, 38, engineer, NRIC S8851273A; Blk 205 Toa Payoh North #05-1123
        PM-612330,HARPREET KAUR D/O GURMIT SINGH,harpreet.k.1990@yahoo.com,+6594680317,F,1990,Sengkang,Punjabi
        Expat panel screener pass: Arjun Mehta, FIN F2284713U, Employment Pass, lives in River Valley, banks with two local banks – eligible for the wealth study.
        QA flag: recording C-90377 captured the full card number 5521 1505 1883 7119 read out by caller Mr Loh Kah Wai; purge the audio and re-upload the redacted version.
        Refund of S$30 incentive to POSB savings 188-31245-7 (Mdm Wong Ah Lian, 74) approved after she called three times; her daughter will check the account.
        Youth panel consent: Ethan Lim Jun Kai, 23, NRIC T0345128Z, NUS undergraduate, agreed to a 4-week mobile diary on gaming spend.
    """),
    "ms": _lines("""
        Senarai penerima baucar: 1) Siti Khadijah binti Kamal – 013-814 3307 – RM50 Touch 'n Go; 2) Ahmad Faiz bin Jamaludin – 017-660 2951 – RM50 Touch 'n Go
        Responden: Nurul Huda binti Mohd Said, No. KP 980227-05-5880, alamat No. 12, Jalan Dato' Bandar Tunggal, 70000 Seremban; ganjaran RM30 belum dibayar.
        Aduan: En. Zulkifli bin Hassan (tel 014-931 6620) mendakwa ejen kami bersikap biadab semasa panggilan pada 2 Dis jam 4 petang; dia minta surat maaf bertulis.
        Nota QA: Ejen KL0342 Mohd Amirul bin Sulaiman gagal membaca notis PDPA dalam 3 daripada 6 panggilan yang disampel, skor 58%, perlu latihan semula.
        Borang tuntutan ganjaran – Nama: LIM SOO CHENG; No. KP: 690808-08-5135; Bank: Public Bank; No. Akaun: 3198552047; Jumlah: RM150
        Cuti sakit: Cik Farhana binti Omar, MC 3 hari dari Klinik Kesihatan Bangi, demam denggi; syif malam beliau akan diganti oleh TL.
        Sila hubungi semula Encik Dinesh a/l Muthu di 011-2345 6718, dia nak tarik diri daripada panel dan minta semua data dipadam.
        Pemenang cabutan bertuah November: Mohd Rizal bin Che Mat dari Kota Bharu, No. KP 831019-03-5279, hadiah baucar RM200 akan dihantar minggu depan.
    """),
    "zh-Hans": _lines("""
        受访者黄志强（手机 8841 5720）参加了12月3日的座谈会，50新元车马费已通过PayNow转账。
        质检记录：坐席员林佩珊（工号SG0561）十二月质检平均分72分，两次未核实客户身份，已安排一对一辅导。
        客户投诉：郑丽华女士称上月账单多收了38令吉，态度很激动，要求今天回电，电话018-275 4409。
        样本名单第17行：李国强，男，54岁，德士司机，住大巴窑8巷第209座，已完成访问，礼券待寄。
        新员工资料：王建军，中国籍，身份证号350206199308140270，工作准证审批中，入职日期2027年1月6日。
        座谈会签到表：吴淑贞，45岁，家庭主妇，女儿在南洋小学读四年级，出席费80新元已领取。
        提醒自己：明天下午三点打给张伟明先生（微信号 weiming_zhang88），他愿意参加深度访谈，但要求报酬300元。
        受访者刘秀英在开放题中提到自己上个月确诊乳腺癌，问卷已标记为敏感，请勿外传原文。
    """),
    "mixed": _lines("""
        eh can pay the uncle's incentive to his paylah 9653 8804? he's mr koh teck seng from the kopitiam group, did the 1hr interview yest
        boss, Aisyah binti Kamarul MC again today, 3rd time this month, she say her father admitted to HKL. shift cover how?
        @all pls don't call respondent 陈淑芬 again, her son called to complain she got dementia and cannot consent, remove from sample
        the guy Jeremy Tan from the Ang Mo Kio FGD still haven't collect his $80 voucher, his hp 9286 4471, can someone whatsapp him
        Kak Yati (Noryati binti Ahmad, QA team, level 5) kena transfer ke Penang site bulan depan, dia dah sign letter semalam
        ok noted, will courier the test kit to ms yvonne lau at Blk 33 Marine Crescent #11-45 S440033, she request delivery after 6pm
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a writing assistant for team leaders at a Singapore contact centre."),
        (
            "user",
            "Help me write a coaching email to Jonathan Lim Zhi Hao (agent SG0733). His QA for Nov is 68%, he skipped verification twice and told one caller 'not my problem'. Firm but supportive, mention PIP starts 9 Dec.",
        ),
        (
            "assistant",
            "Subject: November QA review and next steps / Hi Jonathan, thanks for making time to go through your calls with me. Your November QA average was 68%, below our 75% threshold. Two calls skipped verification, and on one call the phrase 'not my problem' was used with a customer. From 9 December we will start a Performance Improvement Plan together, with weekly check-ins.",
        ),
        ("user", "Shorter pls, and add that his TL Ms Rachel Ong will be cc'd."),
    ],
    [
        (
            "user",
            "Tolong buat surat kepada ahli panel Encik Kamarulzaman bin Yaakob, No. KP 880614-10-5523, maklumkan 5,200 mata beliau dibatalkan sebab dikesan akaun pendua.",
        ),
        (
            "assistant",
            "Encik Kamarulzaman bin Yaakob yang dihormati, / Dimaklumkan bahawa sebanyak 5,200 mata dalam akaun panel tuan telah dibatalkan kerana sistem kami mengesan akaun pendua yang didaftarkan menggunakan No. KP 880614-10-5523. Sekiranya tuan tidak bersetuju, sila hubungi kami dalam tempoh 14 hari.",
        ),
        (
            "user",
            "Tambah nombor rujukan kes CS-2026-0913310 dan buang nombor KP penuh, tulis 4 digit akhir sahaja.",
        ),
    ],
    [
        (
            "user",
            "帮我回复一位客户：何淑仪女士，她说我们的访员一天内打了她的手机 8733 9102 五次，她要求删除她的所有资料。语气要诚恳。",
        ),
        (
            "assistant",
            "何女士您好：对于我们的访员在同一天内多次致电给您造成的困扰，我们深表歉意。我们已根据您的要求启动资料删除程序，并会在30天内以电邮确认。",
        ),
        ("user", "再加一句：我们已将8733 9102加入禁止拨打名单，以后不会再打扰她。"),
    ],
    [
        (
            "user",
            "Member Grace Fernandez (grace.fdz@gmail.com, PM-301177) emailed asking us to delete all her data, but she still has S$45 unpaid incentive. Can we delete before paying her?",
        ),
        (
            "assistant",
            "Best to pay out first: keep only what you need to complete the S$45 payment to Ms Fernandez, then delete her profile and survey-linked identifiers, and confirm to her in writing. Record the withdrawal date for your audit trail.",
        ),
        ("user", "ok draft the reply to her then, say payment by 20 Dec and deletion by 31 Dec."),
    ],
    [
        (
            "user",
            "Summarise this call for the case notes: 'Agent: May I have your full name? Caller: Goh Swee Lan. Agent: And last 4 of your NRIC? Caller: aiya I give you full lah, S7706652G. I moved to Blk 118 Rivervale Drive #14-236, need to change address for the router return.'",
        ),
        (
            "assistant",
            "Case note: Caller Goh Swee Lan verified. Requested change of address to Blk 118 Rivervale Drive #14-236 for router return. Caller volunteered full NRIC on the recording.",
        ),
        (
            "user",
            "Should I remove the full NRIC S7706652G from the recording also or only from the note?",
        ),
    ],
    [
        (
            "user",
            "can help me compute the payout? FGD 2hr $80 each + $10 transport. attendees: Ravi Chandran paynow 9821 3345, Cheryl Koh paynow 8390 6612, Azman bin Salleh paynow 9176 2058 (he came 40 min late, give half the fee only)",
        ),
        (
            "assistant",
            "Ravi Chandran: $80 + $10 = $90 / Cheryl Koh: $80 + $10 = $90 / Azman bin Salleh: $40 + $10 = $50 / Total: $230",
        ),
        ("user", "ok make it a table for finance with the paynow numbers"),
    ],
    [
        ("system", "You help the HR executive of a Kuala Lumpur BPO draft documents."),
        (
            "user",
            "Draft first warning letter for Thivya a/p Selvaraju, agent KL0921, 3 unsupported absences: 4 Nov, 18 Nov, 2 Dec. She said her baby was sick but never submitted MC.",
        ),
        (
            "assistant",
            "FIRST WARNING LETTER / To: Ms Thivya a/p Selvaraju (KL0921) / Our records show that you were absent on 4 November, 18 November and 2 December 2026 without a supporting medical certificate. This is a breach of the attendance policy...",
        ),
    ],
    [
        (
            "system",
            "Call copilot. Active caller: Mdm Lee Siew Kheng | NRIC S6649201Z | mobile 9811 0274 | plan FibreMax 1Gbps | arrears S$212.40 | note: widow, lives alone, prefers Hokkien.",
        ),
        ("user", "customer ask why her bill so high this month, what should I say"),
        (
            "assistant",
            "Explain gently that the S$212.40 covers two months because last month's payment did not go through, and offer to split it into two instalments. Speak slowly; she may prefer Hokkien.",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay: 'Dear Ms Jacqueline Chong Mei Yee (IC 951130-12-6094), your focus group session is confirmed for 15 Jan, 7pm, at our Bangsar office. Please bring your IC to collect the RM150 fee.'",
        ),
        (
            "assistant",
            "Cik Jacqueline Chong Mei Yee (KP 951130-12-6094) yang dihormati, sesi perbincangan kumpulan fokus anda telah disahkan pada 15 Jan, jam 7 malam, di pejabat kami di Bangsar. Sila bawa kad pengenalan anda untuk menerima bayaran RM150.",
        ),
    ],
    [
        (
            "user",
            "clean up this list into CSV (name, phone, age, race): muthu 012 887 3312 34 indian / chan wai kit +60 16-720 4418 27 chinese / nor azizah binti hamid 019-338 2207 45 malay",
        ),
        (
            "assistant",
            "name,phone,age,race / Muthu,0128873312,34,Indian / Chan Wai Kit,0167204418,27,Chinese / Nor Azizah binti Hamid,0193382207,45,Malay",
        ),
        ("user", "add column for incentive RM30 each, total at bottom"),
    ],
]
