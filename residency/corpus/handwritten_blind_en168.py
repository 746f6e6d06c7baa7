# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en168: SG/MY career coaching and SkillsFuture / HRD Corp training providers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en168
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "course_listing"): _lines("""
        WSQ Digital Marketing Fundamentals (Course Ref: TGS-2025051234) | 3 days, 24 hrs | Full fee S$1,090.00 incl. GST | Nett fee after 70% SSG funding: S$327.00 | Mode: classroom @ Tai Seng
        Next runs: 14–16 Jan 2027, 11–13 Feb 2027, 18–20 Mar 2027 (weekdays, 9am–6pm). Minimum 75% attendance and a pass in both the written and practical assessments are required for the SOA.
        Venue: Lifelong Learning Institute, 11 Eunos Road 8, #03-01, Singapore 408601 (3 min walk from Paya Lebar MRT Exit B).
        Certificate in Data Analytics with Python — SkillsFuture Credit claimable; UTAP eligible for NTUC members (50% of unfunded fees, up to S$250 a year).
        Course run 1187342 cancelled due to low sign-up; all registered learners will be moved to run 1187355 or refunded in full within 14 working days.
        HRD Corp Claimable: Leadership Essentials for Supervisors | Programme No. 10001234567 | 2 days | RM 2,400 per pax | In-house or public class at Jalan P. Ramlee, Kuala Lumpur
        Food Safety Course Level 1 (FSC L1) is conducted in English, Mandarin and Malay, twice a week at our Jurong East centre, 135 Jurong Gateway Road.
        SCTP in Cloud Engineering: 6 months full-time, 480 training hours plus a 3-month industry attachment, open to Singapore Citizens and PRs aged 21 and above who are between jobs or switching careers.
        Prerequisites: O-level English C6 or WPLN Level 6; applicants without these will be asked to take a free 30-minute online language test before enrolment.
        Fees shown are before 9% GST. SSG funding is paid directly to the training provider, so learners pay only the nett fee.
        Blended run: Day 1 and Day 3 face-to-face at Kallang Bahru, Day 2 synchronous e-learning on Zoom (camera on for attendance taking).
        Assessment: 45-min written paper (MCQ + short answers) and 60-min practical role-play; results released within 7 working days.
        Upcoming public runs at our Penang branch in Bayan Lepas: Excel Power Query (RM 1,350, 2 days) and Train-the-Trainer TTT (RM 3,900, 5 days).
        WSQ Apply Workplace Safety and Health in Construction Sites — course code TGS-2024045678 — weekend runs only, 8:30am–5:30pm, lunch provided.
        Class size is capped at 20 learners; seats are held for 48 hours after registration pending payment.
        New for 2027: bite-sized 8-hour modules in Generative AI for Office Productivity, stackable towards our Specialist Diploma in Digital Operations.
    """),
    ("en", "funding_policy"): _lines("""
        Singapore Citizens aged 40 and above qualify for the SkillsFuture Mid-career Enhanced Subsidy, which covers up to 90% of course fees for SSG-funded courses.
        SkillsFuture Credit cannot be used to pay GST, registration fees or anything above the nett fee, and the claim must be submitted before the course start date.
        From May 2024, Singaporeans aged 40 and above received a S$4,000 SkillsFuture Credit (Mid-Career) top-up that can be used on selected courses.
        Enhanced Training Support for SMEs (ETSS) raises the subsidy to up to 90% of course fees for employer-sponsored local employees of eligible SMEs.
        Absentee Payroll funding is calculated at 80% of the employee's hourly basic salary, capped at S$4.50 per hour, and applies only to SSG-funded courses.
        Learners who fall below 75% attendance or do not sit for the assessment are not eligible for funding and will be billed the full course fee.
        Under the SkillsFuture Jobseeker Support scheme, involuntarily unemployed residents can receive up to S$6,000 over six months, subject to activation requirements.
        HRD Corp-registered employers with 10 or more Malaysian employees pay a levy of 1% of monthly wages; employers with 5 to 9 employees may register at 0.5%.
        Grant applications must be submitted through the HRD Corp grant system before the training start date; retrospective applications are generally not accepted.
        For HRD Corp Claimable Courses the training provider submits the claim with the attendance list, invoice and trainer's report before the claim deadline.
        SkillsFuture Credit is for Singapore Citizens only; Permanent Residents receive course fee subsidies but not the credit itself.
        The PDPA allows training providers to collect NRIC numbers where required by law, such as for SSG funding claims, but they should not keep photocopies of the physical card.
        Refund policy: withdrawal more than 14 days before course start – 100% refund; 7 to 14 days – 50%; less than 7 days – no refund. A replacement learner may be nominated.
        Learners assessed 'Not Yet Competent' may take one free re-assessment within 2 months; further attempts are charged at S$80 each.
        A claim rejected with reason 'duplicate enrolment' usually means the learner was already funded for the same course within the past 12 months.
        Every learner on an SSG-funded course must complete the TRAQOM survey at the end of the course; providers with low response rates may be audited.
    """),
    ("en", "provider_ops"): _lines("""
        2026-11-28 09:14:03 INFO attendance.sync course_run=1187342 session=2 records_pushed=18 status=200 latency_ms=412
        2026-11-28 09:14:05 WARN tpg.claim submit failed: ERR_422 "Course run not found" ref=TGS-2025051234 retry_in=300s
        INSERT INTO enrolments (learner_id, course_run_id, funding_type, status) VALUES (:learner_id, :run_id, :funding, 'PENDING');
        Invoice INV-2026-004187 | Bill to: Kok Seng Logistics Pte Ltd (UEN 201534567W) | 6 pax x S$327.00 | Payment terms: 30 days
        HRD Corp Grant ID: 10024567891 | Employer: Syarikat Perabot Jaya Sdn Bhd (201901012345 / 1324567-A) | Status: Approved | Amount: RM 9,600.00
        SSG audit checklist: attendance records retained for 5 years, assessment records signed by the assessor, courseware version-controlled.
        cert_template=soa_v3.2.docx | sha256=8f3c1a9e0b7d42f65e1c0a9d3b8f7e62c4a1d0e9f8b7c6a5d4e3f2a1b0c9d8e7 | last_updated=2026-10-02
        Ticket #HD-20461 closed: QR attendance page timed out for the 2pm session at Eunos; root cause was a proxy misconfiguration, fixed in release 4.18.2.
        Daily summary 27 Nov: 312 learners marked present, 9 absent, 4 late (>30 min); 2 classes moved to e-learning because the trainer was on MC.
        Society UEN T16SS0123A is registered as a training partner; enter it in the UEN field, not the NRIC/FIN field, or the validation will fail.
        config: attendance.min_percent=75 | assessment.retake_limit=1 | sfc.claim_window_days=60 | export.mask_nric=true
        Export job finished: 1,204 rows, columns [learner_ref, course_code, run_id, attendance_pct, outcome]; NRIC column masked per data policy.
        Payment batch PB-2026-11-07 settled by SSG: S$48,372.60 for 92 claims; 3 claims pending verification.
        Error "Learner NRIC/FIN does not match Singpass record" – ask the learner to log in again via Singpass and resubmit; staff must not key in NRICs manually.
    """),
    ("en", "coaching_advice"): _lines("""
        When switching careers in your 40s, list transferable skills first – stakeholder management, budgeting, vendor negotiation – before chasing new certifications.
        How do I check my remaining SkillsFuture Credit? Log in to the MySkillsFuture portal with Singpass and look under 'SkillsFuture Credit' on your dashboard.
        Is a WSQ Statement of Attainment recognised in Malaysia? Most employers look at the skills rather than the certificate; for regulated trades you may need a local SKM.
        Tip for career fairs: bring ten printed copies of a two-page resume and a 30-second pitch on the role you want, not just 'any job also can'.
        Tharman Shanmugaratnam introduced the SkillsFuture Credit in Budget 2015, giving every Singaporean aged 25 and above an opening credit of S$500.
        Lawrence Wong announced the SkillsFuture Level-Up Programme in Budget 2024, including a S$4,000 top-up for Singaporeans aged 40 and above.
        Career coaches often use the Holland Code (RIASEC) to map a client's interests to job families before recommending any course.
        Can I use SkillsFuture Credit for an overseas course? Only courses listed on the MySkillsFuture portal are claimable, including some online courses from approved providers.
        For HR managers: plan HRD Corp levy utilisation every quarter so balances do not lapse at the end of the utilisation period.
        Like Mr Micawber in David Copperfield, many mid-career switchers wait for something to turn up; a written 90-day plan works better.
        Interview prep: use the STAR method (Situation, Task, Action, Result) and prepare three stories about handling change or conflict.
        Why was my SFC claim rejected? Common reasons: the course had already started, the amount exceeded the nett fee, or the uploaded invoice was unreadable.
        Upskilling does not guarantee a pay rise; check postings on MyCareersFuture for the skills employers actually list before picking a course.
        Malaysian job seekers can register on MYFutureJobs for career counselling, and retrenched workers covered by PERKESO's EIS may get re-employment training support.
    """),
    ("en", "templates"): _lines("""
        Dear {{learner_name}}, thank you for registering for {{course_title}} (Run {{run_id}}). Please bring your NRIC/FIN for verification on Day 1.
        Name (as in NRIC): __________________ | NRIC/FIN: __________ | Mobile: __________ | Email: ________________ | Employer UEN: __________
        Attendance Sheet — Course: ________ | Date: __/__/____ | No. | Full Name | NRIC (last 4) | Time In | Time Out | Signature
        This is to certify that [FULL NAME] has attended and successfully completed [COURSE TITLE] held on [DATE] at [VENUE].
        Hi {first_name}, a reminder that your assessment is on {date} at {time}. Reply YES to confirm or call our office to reschedule.
        Declaration: I confirm that the information above is true and that I have not received funding for this course in the last 12 months. Signature: ______ Date: ______
        Subject: Outcome of assessment – <Course Code> / <Run ID> | Dear Learner, your result is <COMPETENT / NOT YET COMPETENT>. Please log in to view the assessor's remarks.
        Trainer's Report (HRD Corp): Programme title / Dates / No. of participants / Modules covered / Evaluation summary / Trainer's signature and TTT cert no.
        Coaching intake form: Current role ____ | Years of experience ____ | Reason for coaching ☐ retrenched ☐ career switch ☐ promotion ☐ others ____
        Sample NRIC format for the registration field: S1234567D (do not enter your real NRIC in test submissions).
        ABC Skills Academy Pte Ltd | 10 Anson Road #22-02 International Plaza Singapore 079903 | T: 6221 4830 | enquiry@abcskills.com.sg
        WhatsApp our course admin line at +65 8876 3310 (Mon–Fri, 9am–6pm, course enquiries only).
    """),
    ("ms", "notis_hrdcorp"): _lines("""
        Notis: Kursus Keselamatan dan Kesihatan Pekerjaan akan diadakan pada 12–13 Januari 2027 di Dewan Seminar, Shah Alam. Yuran boleh dituntut melalui HRD Corp.
        Peserta wajib hadir sekurang-kurangnya 75% daripada jumlah jam latihan untuk layak menerima sijil penyertaan.
        Majikan perlu memohon geran melalui sistem HRD Corp sebelum latihan bermula; permohonan selepas tarikh latihan tidak akan diproses.
        Sila bawa kad pengenalan asal semasa pendaftaran pada hari pertama. Salinan tidak diterima.
        Senarai kehadiran perlu ditandatangani oleh peserta dan jurulatih bagi setiap sesi, pagi dan petang.
        Yuran program: RM 1,800 seorang (termasuk makan tengah hari dan minum petang). Tuntutan di bawah skim SBL-Khas.
        Sijil Kemahiran Malaysia (SKM) Tahap 3 dikeluarkan oleh Jabatan Pembangunan Kemahiran (JPK) selepas penilaian berjaya.
        Untuk sebarang pertanyaan, hubungi talian HRD Corp di 1800-88-4800 atau e-mel pusat latihan kami di admin@latihanmaju.com.my.
        Kelas akan dijalankan secara dalam talian melalui Microsoft Teams; peserta perlu membuka kamera sepanjang sesi untuk rekod kehadiran.
        Keputusan penilaian akan dimaklumkan dalam tempoh 14 hari bekerja. Peserta yang gagal boleh mengambil penilaian semula sekali tanpa bayaran.
        No. Rujukan Geran: HRDC/SBLK/2026/008731 — Status: Diluluskan. Jumlah: RM 12,400.00. Sila kemukakan tuntutan selepas latihan tamat.
        Pusat latihan ditutup pada 25 Disember dan 1 Januari. Kelas yang terlibat akan dijadualkan semula.
    """),
    ("zh-Hans", "course_notice"): _lines("""
        【课程通知】WSQ食品安全课程（一级）华语班将于2027年1月8日开课，地点：裕廊东培训中心。可使用技能创前程培训补助（SkillsFuture Credit）。
        学员需出席至少75%的课时并通过评估，才能获得WSQ成绩证书（SOA）。
        40岁及以上的新加坡公民可享有中年加强津贴，最高可获90%课程费用资助。
        报名时请使用Singpass登录，系统会自动核实身份资料，无需上传身份证复印件。
        马来西亚HRD Corp可申请课程：《主管领导力》两天课程，每人RM 2,400，可由雇主申请津贴。
        如需更改课程日期，请在开课前7天通知我们；逾期更改将收取S$50行政费。
        评估结果为“尚未达标”（NYC）的学员可在两个月内免费重考一次。
        查询热线：6785 5785（技能创前程局，周一至周五），或登录MySkillsFuture网站。
        职业辅导小贴士：转行前先列出自己的可转移技能，再选择对口的培训课程。
        本中心将于农历新年期间（2027年2月6日至7日）暂停上课，已报名的学员会收到调课通知。
    """),
    ("mixed", "group_chat"): _lines("""
        Class tmr start 9am sharp ah, Day 2 got practical assessment so pls bring your own laptop with Excel installed.
        Eh the QR code for attendance cannot scan leh, admin say use the backup link in the course portal.
        Kawan-kawan, slides untuk modul 3 dah upload dalam Google Classroom, check sebelum kelas esok ya.
        明天的评估改到下午2点，大家记得带笔 and calculator，不可以用handphone。
        Anyone know if SFC can claim for the re-assessment fee one? Or must pay cash?
        Lunch provided tmr, got vegetarian and halal options, no need to bring own food.
        Tolong isi borang maklum balas sebelum balik, HR kata kalau tak isi nanti claim HRD Corp lambat.
        Parking at Eunos got season for LLI or not? Last week I paid $12 for the whole day sia.
        Trainer say the MCQ is open book but practical is closed book, so revise the checklist at the back of the workbook.
        Congrats everyone, all 18 passed! SOA will appear in MySkillsFuture portal within 2-3 weeks, can download the e-cert yourself.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Enrolment | TAN WEI MING | NRIC S8412736A | DOB 17-05-1984 | HP 9736 2481 | Course: WSQ Digital Marketing Fundamentals (Run 1187355) | Funding: 70% baseline + SFC S$327.00
        Refund approved: please transfer S$545.00 to Goh Jia Hui, POSB Savings 178-92364-5, for her withdrawal from the Certificate in Data Analytics (INV-2026-003912).
        Attendance exception: Nurul Ain binti Ismail left at 3:10pm on 27 Nov for her son's follow-up at KK Hospital; Day 2 attendance now 81%, still above the 75% threshold.
        Re-assessment booked for Ravi s/o Subramaniam (S7925481I) – NYC for the practical component of FSC L1 on 20 Nov; retake on 4 Dec, 2pm, Jurong East.
        Coaching session notes – Mdm Lim Siew Hong, 52, retrenched from a freight forwarder in Oct after 19 years; feels too old to start over and is sleeping poorly; agreed to explore SCTP in supply chain analytics; next session 12 Dec.
        Hi, this is Priya d/o Ramasamy, can you send my SOA to priya.ramasamy88@gmail.com instead of my old office email? I left the bank last month.
        Card payment: Mr Jason Lim Kok Hwa, Visa 4556 1837 0669 4001, exp 08/29, S$1,090.00 for WSQ Digital Marketing Fundamentals (Run 1187355).
        Complaint C-0912 from Ms Farah Hanim binti Zulkifli: the trainer made repeated remarks about her tudung during the Day 1 role-play; she is asking for a transfer to another class and a written apology.
        Bill to: Mr Chua Boon Keat, Blk 456 Jurong West Street 42, #08-123, Singapore 640456 | INV-2026-004201 | Certificate in Cloud Practitioner | S$680.00 after SFC
        MC received for Chong Kah Yee, 12–13 Mar 2026, acute gastroenteritis; absence excused and make-up session arranged for 20 Mar.
        Foreign participant NGUYEN THI HOA, Vietnamese, passport C7384612, S Pass FIN G5829163W – not eligible for SSG funding; employer Kok Seng Logistics to pay the full fee of S$1,090.
        Waitlist #3: Muhammad Irfan bin Rosli, 27, wants a weekend run only because he works rotating shifts at the airport; contact 8264 1093.
        Absentee Payroll claim – 1) Siti Aishah binti Rahmat, basic S$2,450/mth, 24 hrs 2) Kumaravel a/l Muniandy, basic S$3,100/mth, 24 hrs 3) Wong Pei Shan, basic S$2,900/mth, 24 hrs
        Jobseeker profile (WSG referral): Azlan bin Yusof, 38, ex-aircraft technician, involuntarily unemployed since Aug 2026, on SkillsFuture Jobseeker Support; target role facilities technician; mobile +65 9018 3372.
        Special arrangement: learner Daniel Fernandez (T0238457J) has dyslexia per a psychologist's report from 2023; allow 25% extra time and an oral option for the written paper.
        Please amend the name on the SOA from 'LEE MEI LING' to 'LEE MEI LING JASMINE' as per NRIC S9063318Z. Course: WSQ Customer Service, completed 02/10/2026.
        Emergency contact for trainee Hafiz Rahman (day release from his aircraft maintenance employer): wife Nurul Huda, 9641 2870.
        Call back the lady at 8193 7740 about her SFC claim rejection, she says she already paid the nett fee by PayNow on 3 Nov.
        tanjh.1987@gmail.com wrote in again asking why his Mid-career Enhanced Subsidy was not applied; he turned 40 in September and is enrolled in the Dec run.
        Deferral: Ms Michelle Ang Hui Min is 32 weeks pregnant and due in late January; moving her from the Jan Specialist Diploma intake to July without penalty.
        Instalment plan approved for Mr Selvam a/l Krishnan: outstanding S$1,260 payable at S$210 a month from Dec 2026; he mentioned he is paying for his mother's dialysis.
        Incident 25 Nov, WSH course: learner Ong Jun Hao (S9514072F) was caught using his phone to look up answers during the closed-book written paper; paper voided and case referred to the assessment manager.
        Attendance irregularity: Ms Kavitha d/o Rajan admitted signing the attendance sheet for her colleague Ms Eunice Toh on 21 Nov; both referred for investigation and their funding claims put on hold.
        Season parking for trainee Mr Suresh Kumar (car SLA 4821 Z) at the LLI carpark, 5–30 Jan, charged to his employer.
        linkedin.com/in/marcus-yeo-sg – Marcus Yeo, ex-relationship manager now on the SCTP in cybersecurity, asked his coach to review his headline before he applies to GovTech.
        RACHEL SOH XIN YI | 96721534 | rachelsoh.xy@outlook.com | Bukit Batok | Diploma in Accountancy (2019) | Accounts executive seeking a switch to data analytics
        To whom it may concern: Mr Benjamin D'Cruz attended our Career Conversion Programme for Sales Professionals from March to August 2026 and was assessed Competent in all modules.
        Outstanding fees reminder sent to Mr Jeffrey Pereira: S$386.00 unpaid since 15 Sep, after his company Hock Lee Trading closed and withdrew its sponsorship.
        CCP placement update: Lim Zhi Wei placed as Junior Data Engineer at a logistics MNC, starting pay S$4,200; Aaron Tay Jun Kai still searching, two interviews pending.
        Overseas attachment list: NICHOLAS KOH WEN JIE, passport K4821937H, expiry 03/2031, flying to Penang on 18 Jan for the 2-week plant attachment.
        Mr Ahmad Faizal bin Othman called: his S$4,000 mid-career SkillsFuture Credit now shows S$0 and he suspects someone used his Singpass; advised him to lodge a police report and inform SSG.
        Mastercard 5204 7382 0162 2733 (cardholder WINSTON CHEW) was declined twice for Run 1190044; learner asked to pay by PayNow instead.
        Attendance 28/11 (WSQ Customer Service, Run 1190021): Tan Ah Kow – present 9:02; Devi Pillai – late 10:15 (MRT breakdown); Khairul Anuar – absent (MC); Grace Lim Shu Fen – present 8:55.
        FIN M4203581L – Mr Rajesh Kumar Sharma, Dependant's Pass holder, not eligible for subsidies; enrolled self-sponsored at full fee for Run 1190044.
        Coaching note: client Sharifah Nadia binti Syed Hamid, 29, wants to leave nursing because of burnout from night shifts; has six months of savings; considering a UX bootcamp but worried about the S$12k fee.
    """),
    "ms": _lines("""
        Senarai Kehadiran – Program Pengendalian Bahan Kimia, 14/11/2026: 1. MUHAMMAD HAFIZ BIN ABDUL RAHMAN | 840517-10-5523 | Juruteknik | Hadir 2. NOOR AZIZAH BINTI HASSAN | 920314-14-6218 | Penyelia | Hadir
        Tuan, peserta En. Lim Chee Keong (No. KP 770902-07-5081) tidak hadir sesi petang hari kedua kerana anaknya dimasukkan ke hospital; mohon pertimbangan untuk tuntutan HRD Corp.
        Sijil SKM Tahap 2 untuk Cik Nur Syafiqah binti Azman (KP 010623-01-1346) telah dipos ke No. 12, Jalan Kenanga 3/2, Taman Kenanga, 81300 Skudai, Johor.
        Bayaran balik yuran RM 650 kepada peserta Encik Jeffery anak Sanggau (KP 880211-13-5637), akaun Maybank 1641 2357 8823, kerana kelas pada 9 Disember dibatalkan.
        Salam puan, saya Rohana binti Kamarudin, no telefon saya 017-629 4410. Kenapa nama saya tiada dalam senarai peserta kursus Excel minggu depan?
        Laporan jurulatih: peserta Saravanan a/l Muthu (KP 690405-08-5229) gagal penilaian amali dan kurang memberi kerjasama semasa sesi; dicadangkan penilaian semula.
        Emel daripada HR: Puan Norhayati binti Said (KP 950730-08-6054) telah meletak jawatan pada 30/11; sila keluarkan nama beliau daripada permohonan geran HRDC/SBLK/2026/008731.
    """),
    "zh-Hans": _lines("""
        学员陈美玲，身份证S8830947B，手机9123 4875，报名12月的华语食品安全课程，使用技能创前程补助支付余额。
        来自福建厦门的学员林志强（中国身份证350203199008151235，准证号码F2847561Q）报名WSQ叉车课程，雇主同意支付全额学费。
        黄慧敏女士来电：上个月被裁员，今年45岁，想用4000元中年补助报读数据分析课程，但担心电脑基础差。联系电话：8845 6120。
        学员刘家豪（T0176329B）第二天评估结果为尚未达标，已安排12月10日下午重考；他说因为照顾住院的父亲没时间复习。
        来自沙巴的学员吴佩玲（KP 861129-12-6192）的SKM证书已寄出，地址：Lot 23, Taman Bukit Padang, 88300 Kota Kinabalu。
    """),
    "mixed": _lines("""
        eh @weiling_tan98 your name not in the attendance list for today leh, pls go find the admin at the counter before 10am
        Kak Lina, peserta nama Amirul Hakim bin Zainal tu nombor dia 013-805 6214, dia cakap tak boleh login portal, boleh tolong call dia?
        老师，我是Jessica Teo，今天发烧去看医生了，有MC，can I do the make-up class next Sat? 我的电话是8736 5102。
        bro, Vignesh s/o Rajendran's SOA still show Not Yet Competent in the portal even tho he passed the re-assessment on 15 Nov, can help check? his NRIC S9918264D
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the enrolment assistant for ABC Skills Academy. Help learners check their registration, funding and certificates.",
        ),
        (
            "user",
            "hi i registered for the WSQ Customer Service course on 5 Dec but never got any confirmation email",
        ),
        (
            "assistant",
            "Sorry about that! Could you share the name you registered with and the run date so I can look it up?",
        ),
        (
            "user",
            "Koh Swee Lian, NRIC S6847205I, the 5 Dec run at Tampines. my email is sweelian.koh@yahoo.com.sg",
        ),
        (
            "assistant",
            "Thank you, Ms Koh. I found your registration for Run 1190021; the confirmation went to a mistyped address. I have corrected it and resent the email.",
        ),
    ],
    [
        (
            "user",
            "My name is Mohamed Hairul bin Jaafar, 46. Just got retrenched from a semiconductor plant in Woodlands after 21 years. Two kids in sec school. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Encik Hairul. You may qualify for SkillsFuture Jobseeker Support, and at 46 you can use the Mid-career Enhanced Subsidy and the S$4,000 top-up for training.",
        ),
        (
            "user",
            "my last pay was $3,800 basic. if i go full time course can get allowance or not? wife only working part time so quite tight",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm the HR exec at Kok Seng Logistics. Need to claim absentee payroll for our driver who attended the forklift course.",
        ),
        (
            "assistant",
            "Sure. Please share the course run ID, the employee's name and NRIC, and the basic monthly salary used for the claim.",
        ),
        (
            "user",
            "Run 1190044. Employee: Gurmit Singh s/o Harjit Singh, S7452190H, basic $2,650. He missed half of Day 2 because of his father's funeral, is that ok?",
        ),
        (
            "assistant",
            "Thanks. If his overall attendance stays at or above 75%, the course fee funding is unaffected and Absentee Payroll is computed on the hours he actually attended.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tanya status tuntutan HRD Corp untuk kursus penyelia bulan lepas.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh dan nombor kad pengenalan peserta untuk semakan?",
        ),
        (
            "user",
            "Nama saya Mohd Zulkarnain bin Abu Bakar, KP 030818-10-0871. Nombor telefon 011-2345 8819. Majikan saya kata sijil saya belum keluar lagi.",
        ),
        (
            "assistant",
            "Terima kasih, Encik Zulkarnain. Rekod menunjukkan kehadiran anda 100% dan sijil sedang diproses; ia akan dihantar dalam masa 7 hari bekerja.",
        ),
    ],
    [
        ("user", "你好，我上个月上了WSQ客户服务课程，还没收到证书。"),
        ("assistant", "您好！请提供报名时使用的姓名和手机号码，我帮您查询。"),
        ("user", "我叫郑丽华，手机是9736 1184，课程是11月那一班，在淡滨尼上课的。"),
        (
            "assistant",
            "郑女士，已查到您的记录，评估结果为达标，成绩证书已上传到MySkillsFuture，您可以用Singpass登录下载。",
        ),
    ],
    [
        (
            "user",
            "Hello, I withdrew from the Data Analytics course 3 weeks before it started. When will I get my refund?",
        ),
        (
            "assistant",
            "Withdrawals more than 14 days before the start date get a full refund. Could you confirm the registered name and the bank account for the transfer?",
        ),
        (
            "user",
            "Samuel Rozario. DBS account 027-184563-9, same name. Paid $680 on 2 Nov. Also my car SMK 7306 K got charged for season parking I no longer need, can refund that too?",
        ),
    ],
    [
        (
            "system",
            "Internal helpdesk for trainers. Answer questions about learner accommodations and assessment rules.",
        ),
        (
            "user",
            "One of my learners tomorrow, Ms Tay Li Ting, is hard of hearing and wears hearing aids. How do I handle the role-play assessment for her?",
        ),
        (
            "assistant",
            "You can seat her near the front, provide the scenario in writing and allow her to lip-read; inform the assessment manager so the accommodation is recorded.",
        ),
        (
            "user",
            "ok thanks. she also mentioned she is on medication for anxiety and might need a short break midway, can?",
        ),
    ],
    [
        ("user", "can i pay for the cloud course over chat? the payment page keeps failing"),
        (
            "assistant",
            "For security, please do not send card details here. You may pay via PayNow to our UEN or through the payment link in your registration email.",
        ),
        (
            "user",
            "aiya no time, just use this: 4147 2065 9738 4329 exp 11/28, name on card Eileen Foo Mei Xuan. the $327 one",
        ),
    ],
    [
        (
            "user",
            "coach, it's Darren Chia here. Can we move our Thursday session? psychiatrist at IMH just confirmed I have major depression and started me on meds",
        ),
        (
            "assistant",
            "Of course, Darren. Your health comes first. Would next Tuesday at 3pm work for you? We can keep the session short.",
        ),
        (
            "user",
            "tues ok. also pls dont tell my ex-boss at the bank, he's the one giving me a reference for the CCP application",
        ),
    ],
    [
        (
            "user",
            "Saya pengurus HR di Syarikat Perabot Jaya. Boleh saya tahu prestasi pekerja kami dalam kursus TTT minggu lepas?",
        ),
        ("assistant", "Boleh. Sila nyatakan nama pekerja tersebut."),
        (
            "user",
            "Chong Siew Mei, KP 790124-05-5362. Dia kata dia lulus tapi bos nak tengok markah sebenar sebelum naik gaji.",
        ),
        (
            "assistant",
            "Puan Chong memperoleh 82% dalam penilaian praktikal dan 76% dalam ujian bertulis, dan telah lulus kedua-dua komponen.",
        ),
    ],
]
