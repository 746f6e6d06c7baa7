"""Blind check set en86: online courses and MOOCs in Singapore and Malaysia (course forums, certificates, proctored exams, SkillsFuture and HRD Corp claims, refunds). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en86
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "course listing"): _lines("""
        Data Analytics with Python (Beginner) — 24 hrs, 100% online, self-paced. Course Ref No: TGS-2024043317. SkillsFuture Credit eligible.
        Full course fee S$1,450.00 (incl. 9% GST). After SSG funding, Singaporeans aged 40 and above pay S$435.00 before SkillsFuture Credit.
        Who should attend: PMETs looking to pivot into UX design. No prior coding needed, just a laptop w/ Chrome and a stable connection.
        Module 3: Pivot tables, XLOOKUP and Power Query. Quiz at the end (10 MCQs, 70% to pass, unlimited attempts).
        Conducted by NUS SCALE (School of Continuing and Lifelong Education). Intakes: 6 Jan, 3 Mar, 5 May 2026.
        Kursus Asas Pemasaran Digital (BM/EN) — 3 hari secara dalam talian melalui Zoom. HRD Corp claimable.
        Free to audit on Coursera; verified certificate US$49. Financial aid available, apply at least 15 days before you want to start.
        Instructor: Andrew Ng, founder of DeepLearning.AI and adjunct professor of computer science at Stanford University.
        Learning outcomes: by week 6 you should be able to build a simple REST API in Flask and deploy it to a free-tier cloud instance.
        Rating 4.7 ★ (2,318 reviews) · 41,962 learners enrolled · last updated 11/2025
        This micro-credential stacks into the Graduate Certificate in Business Analytics (12 MCs) if completed within 5 years.
        Lee Kong Chian School of Business Executive Development: Leading Hybrid Teams, 2 x 3.5h live online sessions.
        Prerequisite: pass in O-Level E-Math or a credit in SPM Mathematics, or complete our free Bridging Maths MOOC first.
    """),
    ("en", "course forum"): _lines("""
        anyone else stuck on Week 4 assignment? my notebook keeps throwing KeyError: 'price' when i merge the two dataframes
        Tip: the autograder is case-sensitive, so 'Total' and 'total' are different columns. lost 2 marks bcos of this haha
        lol the Alan Turing example in Lecture 2.3 is gold, finally understand the halting problem
        PINNED by moderator: Please do NOT post full solutions to graded quizzes. Hints ok, code dumps will be removed. Repeat offenders may lose certificate eligibility.
        Study group for the Jan intake meets at Tampines Regional Library every Sat 2pm, all welcome, look for the table w the Python sticker
        wah the final exam damn long sia, 3 hours for 60 questions. jia you everyone!
        For those asking: the Sherlock Holmes text in Assignment 2 is the public domain edition from Project Gutenberg, ebook #1661.
        Can confirm SkillsFuture claim works for this course, just make sure you submit BEFORE the course start date or kena rejected.
        Is the cert recognised by employers in Malaysia ah? My boss only cares if got HRDC one
        Replying to thread #4471: yes the video at 12:34 has the wrong formula, errata posted in Announcements.
        Why my submission show 'Pending peer review' for 5 days already? Need 3 reviewers, only got 1 😩
        Anyone from Penang taking this? The live webinar is 8pm GMT+8 so same time as SG.
        The Mr Bean clip in Module 5 on UX failures made my day 😂
        Just passed the capstone with 87/100!! Thanks TAs for the fast replies in this forum 🙏
    """),
    ("en", "funding and claims"): _lines("""
        All Singapore Citizens aged 25 and above receive an opening SkillsFuture Credit of S$500; this credit does not expire.
        Claims must be submitted via the MySkillsFuture portal (log in with Singpass) no earlier than 60 days before the course start date.
        The SkillsFuture Credit (Mid-Career) of S$4,000 for Singaporeans aged 40 and above can only be used on selected courses.
        For claim enquiries, call the SSG hotline 6785 5785 (Mon–Fri 8.30am–7pm) or use the online feedback form.
        Claim status 'Pending Approval' means the training provider has not confirmed your enrolment yet; no action is needed from you.
        Template: Dear <Learner Name>, we have received your SkillsFuture Credit claim <Claim ID> for <Course Title>. Please pay the balance of <Amount> by <Date>.
        HRD Corp levy-paying employers may claim up to RM 2,000 per pax for approved e-learning programmes.
        Claim ID SFC-25-0918274 | Status: Approved | Amount claimed: S$500.00 | Disbursed to provider: 14/10/2025
        Workfare Skills Support (WSS) provides a training allowance for eligible lower-wage workers attending approved courses.
        UTAP lets NTUC members claim 50% of unfunded course fees, capped at S$250 per year.
        Rejected claims can be resubmitted once the reason is fixed; common reasons are a wrong course run ID or a claim made after the course started.
        Course run ID is not the same as course reference number, e.g. run 1092345 under TGS-2024043317.
        Borang tuntutan HRD Corp mesti dihantar dalam tempoh 6 bulan selepas tarikh akhir latihan.
    """),
    ("en", "proctored exam"): _lines("""
        Your exam is remotely proctored. Please have a government-issued photo ID ready; the proctor will ask you to hold it up to the webcam.
        Room scan: slowly pan your webcam 360° around the room and show your desk surface. No phones, notes or second monitors.
        Allowed: one sheet of blank paper, a non-programmable calculator (e.g. Casio fx-96SG PLUS), and water in a clear bottle.
        Exam window: 09:00–21:00 SGT, 12–14 Dec. Once started, the 120-min timer cannot be paused.
        If your connection drops for more than 5 minutes the session is auto-submitted; raise a ticket within 24h to request a review.
        Incident code PX-407: multiple faces detected. Reviewed by human proctor, no violation found.
        System check failed: Chrome 118.0.5993.70 detected, minimum supported version is 120. Please update your browser.
        pls don't panic if the AI flags you for looking away, a human reviewer checks every flag before any decision is made
        Test centre: 1 Raffles Place, #20-61, One Raffles Place Tower 2, Singapore 048616. Arrive 30 min early.
        Peperiksaan diawasi secara dalam talian: pastikan kamera web dan mikrofon dihidupkan sepanjang masa.
        Results are released 10 working days after the exam closes. Appeals cost S$40 and must be lodged within 14 days.
        Accommodations (extra time, screen reader, rest breaks) must be requested 3 weeks before the exam with supporting documents.
    """),
    ("en", "refunds and billing"): _lines("""
        Refund policy: full refund if you withdraw 14 or more days before course start; 50% within 7–13 days; no refund after the course has started.
        Invoice INV-2025-004718 · Data Analytics with Python · S$1,450.00 · 9% GST incl. · Paid via PayNow UEN 201912345K
        Order #COU-88213547 refunded: US$49.00 to original payment method. Please allow 5–10 business days.
        Refunds for SkillsFuture-funded portions are returned to your SkillsFuture Credit account, not to your bank.
        Transaction 3f9a7c21-8b4e-4d0a-9e55-1c2b7d6f0a93 · status REFUND_PENDING · amount RM 299.00
        The 30-day refund guarantee does not apply if you have downloaded most of the course content.
        Billing hotline: +65 6123 4567 (Mon–Fri 9am–6pm). For Malaysia, call toll-free 1-800-88-2026.
        pls help, paid twice for the same course, receipts REC-0041127 and REC-0041128, both S$299
        Chargebacks filed with your bank will suspend your account until the dispute is resolved.
        Promo code LEARN2026 gives 20% off till 31 Jan; cannot be combined with corporate or SkillsFuture pricing.
        Sandbox test with card 4111 1111 1111 1111, exp 12/34, CVC 123: payment intent pi_3OqT2kLxY8 succeeded.
        Monthly subscription S$59/mo, cancel anytime; annual plan S$399 (save 44%).
        Company sponsorship: upload the Letter of Undertaking signed by HR and we will invoice the employer directly.
    """),
    ("en", "certificates"): _lines("""
        Certificate ID UC-7f3e91a2-4c5d-4b8e-a1f0-2d9c8e6b5a47 can be verified on the issuer's public verification page.
        Certificates show your name exactly as entered in your profile; name changes after issuance require a S$20 reissue fee.
        Digital badge issued via Credly, Open Badges 2.0 compliant, assertion hash sha256$a94f5c0e7b1d3e88c2f6.
        Sample certificate text: 'This is to certify that [FULL NAME] has successfully completed [COURSE] on [DATE].'
        Universiti Tunku Abdul Rahman (UTAR) Centre for Extension Education: Certificate of Completion, 40 learning hours.
        GET /v1/certificates/{certificate_id}/verify returns {"valid": true, "issued_at": "2025-11-03T08:15:22+08:00"}
        Anchored on Polygon: tx 0x9c4e2b7d1f0a6e81a3b5 in block 51,204,877.
        Your certificate will be available 48 hours after your final grade is posted; go to Accomplishments > Download PDF.
        A WSQ Statement of Attainment is issued by SSG for each competency unit passed and can be retrieved via MySkillsFuture.
        Sijil Penyertaan hanya akan dikeluarkan kepada peserta yang hadir sekurang-kurangnya 75% sesi.
        PaCE@NTU Certificate of Participation (non-credit bearing), background image: Sir Stamford Raffles statue at Empress Place.
        Certificates from Tan Tock Seng Hospital's online CPR refresher are valid for 2 years from the date of issue.
    """),
    ("en", "platform changelog and code"): _lines("""
        v4.12.3 (2025-11-28): fixed quiz timer drift on Safari 17; forum markdown now supports tables.
        commit 9e1c7a4b refactor(certificates): move PDF rendering to worker queue
        SELECT course_id, COUNT(*) AS enrolments FROM enrolment WHERE intake = '2026-01' GROUP BY course_id;
        LTI 1.3: set the redirect URI to https://lms.example.edu.sg/lti/launch and register the JWKS endpoint.
        Known issue: SCORM packages over 500 MB fail to upload; split the media into separate assets.
        def mask_nric(s): return s[0] + '****' + s[-4:]  # keep first letter and last 4 chars
        0 2 * * * /opt/lms/bin/sync_skillsfuture_claims --since 24h >> /var/log/sfc_sync.log
        Error 422: field 'uen' must match ^[0-9]{8,9}[A-Z]$ or ^[TSR][0-9]{2}[A-Z]{2}[0-9]{4}[A-Z]$
        Moodle 4.3 upgrade scheduled Sat 13 Dec 01:00–05:00 SGT; the site will be read-only.
        API rate limit: 600 requests/min per tenant; 429 responses include a Retry-After header.
        Feature flag proctor.ai_flags.require_human_review=true (default since 2025.10).
        CHANGELOG 2025.11: refunds API now returns amount_minor (int, cents) instead of amount (float); clients on SDK < 3.2.0 must upgrade.
    """),
    ("en", "data protection notice"): _lines("""
        Tutors must never ask learners to post their NRIC, passport or bank details in the course forum.
        If a learner shares an ID number in a support ticket, redact it before escalating and delete the original attachment after 30 days.
        Under the PDPA, proctoring recordings are kept for 90 days, after which they are permanently deleted.
        Data Protection Officer: dpo@academy-example.sg. Please do not include sensitive data in your first email.
        Full NRIC numbers may only be collected where required by law, e.g. for SkillsFuture claims; otherwise store only the last 4 characters.
        Akta Perlindungan Data Peribadi 2010 terpakai kepada transaksi komersial termasuk pendaftaran kursus dalam talian.
        Field learner_email is PII: encrypt at rest (AES-256) and exclude it from analytics exports.
        Certificates shared on LinkedIn are public by the learner's choice, but don't reuse them in marketing without consent.
        Retention schedule: invoices 5 yrs, exam scripts 1 yr, forum posts until account deletion.
        Example redaction: 'My NRIC is [REDACTED], pls help check claim'. Replace any ID with [REDACTED] before saving transcripts.
        Complaints about how an organisation handles personal data can be lodged with the PDPC at www.pdpc.gov.sg.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Nurul Ain binti Kamarudin, NRIC S8823147C, my SkillsFuture claim for the UX course got rejected, can help check?
        Pls update my cert name to 'Lim Wei Jie Marcus', NRIC T0419385C, DOB 02/07/2004, the old one is missing my English name.
        Refund to my Visa 4532 0187 4410 3624 exp 08/28, name on card CHUA SIEW LING. The course was cancelled by the provider.
        Darren Koh (Blk 418 Bedok North Ave 2, #09-1127, S460418) won the book prize for Cohort 7, courier will deliver on Fri.
        Exam accommodation: Siti Hajar Mohd Yusof, candidate 2025-DA-00412, diagnosed with dyslexia (psych report from KK Hospital attached), requests 25% extra time.
        Proctor incident report: candidate Kelvin Teo Jun Hao (S9176402D) seen reading from a phone at 00:47:12; exam voided and case referred to the academic integrity panel.
        Ms Priya d/o Rajendran has filed Small Claims Tribunals claim SCT/4417/2025 against BrightPath Academy for a S$2,180 refund; hearing on 19 Jan 2026.
        HRDC claim for staff: Muhammad Hafiz bin Zulkifli, MyKad 920314-10-5527, basic salary RM 3,850, attended Excel Lanjutan 3–4 Nov.
        WhatsApp me at +65 9184 2736, I'm Jasmine Ho, the one who asked about the Python study group on Sat
        Transfer the refund to my Maybank acc 1140 2288 5391, account holder Tan Kok Leong, IC 880922-14-6237.
        Learner profile: Goh Mei Xuan, 34, meixuan.goh88@gmail.com, mobile 8752 6610, employer Sunrise Logistics Pte Ltd, monthly salary S$4,200.
        my mother Rosnah binti Ahmad, 58, wants to do the digital literacy course but she's just recovering from a stroke, can she get extra time? her IC 661203-08-5524
        FYI the TA for section B, Benjamin Yeo, is on MC for 2 weeks, he was hospitalised for dengue at CGH, so replies will be slow.
        Please courier the printed cert to Lee Hui Min, 23 Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 012-338 4719.
        Student pass holder Zhang Yuting, FIN G5602917L, PRC passport EJ8841273, enrolled in the Digital Marketing module this term.
        Re refund: I'm Wong Ka Yan from HK, HKID K482913(1), paid HK$1,280 by FPS, pls refund to my HSBC account 400-123456-838.
        Registration for online MBA prep: 陈思远 Chen Siyuan, PRC ID 440304199107235614, mobile +86 138 2745 9016, WeChat chensy_sz91
        Lin Yi-Hsuan (林宜萱), Taiwan ID A224187356, enrolled in the ML specialisation; refund to her CTBC card 5353 1640 2978 1123.
        Claim rejected for learner Tan Soo Hwee (NRIC S****475D), DOB 14-03-1980, course run 1092345: claim submitted after course start.
        Candidate Faizal Rahman's car SJN 4418 K got clamped at the exam centre carpark, he asked us to call him at 9622 0371.
        Grade appeal: Ong Jia Hui (student no. A0241873X) scored 38/100 in the proctored final; her father passed away during exam week.
        I'm Rajesh Kumar s/o Pillai, 45, retrenched from my engineering job last month, last drawn salary $6,800. Am I eligible for the mid-career training allowance?
        add me on telegram @aisyah_codes (Nur Aisyah Rahim), i'll share my notes for CS50 week 3
        Payment failed for Mastercard 5520 3911 4726 8034, cardholder Muthu Selvam, billing address 12 Jalan Ipoh Kecil, 50350 Kuala Lumpur.
        Our employee Chong Mun Kit (NRIC T0263718E) completed 18 of 20 modules; he was on hospitalisation leave for a slipped disc from 2 to 16 Oct.
        Learner Lau Boon Hock was convicted in the State Courts last year for paying someone to sit his proctored exam; the provider has banned him permanently.
        Dear Ms Norhayati Bte Osman, your refund of S$640.00 has been credited to your POSB Savings account 188-52731-4 on 03/12/2025.
        Hi tutor, Vincent Chia here (9046 1183). My wife just delivered our baby at Thomson Medical so I'll miss tonight's live session, can I get an extension?
        Emergency contact for candidate Aaron Sim: Mdm Sim Geok Lan (mother), 9388 1020, Blk 211 Jurong East St 21 #05-356.
        Certificate reissue: Nadia Iskandar, Malaysian passport A58219347, born 18 Jan 1995, new surname after marriage Iskandar-Hughes.
        Learner Yap Wen Xin (wenxin.yap@outlook.my) failed the proctored retake twice; account locked under Academic Integrity Policy 4.2, hearing on 9 Dec.
        Login issue: username farid.azman94, registered phone +60 17-529 8836, Farid bin Azman, reset link not arriving.
        Hi all, I'm Deepa Nair, Year 2 at Sunway Uni. I have generalised anxiety disorder so I might go quiet in group calls, plz don't take it personally ya 🙏
        SFC claim for Koh Li Ting, NRIC S7534290Z, S$500 for Cybersecurity Essentials, course run 1104478.
        Happy birthday to our class rep Charmaine Low who turns 30 today (12 Dec 1995)! She's at Blk 940 Jurong West St 91 if anyone wants to drop off the cake
        Nama: Ahmad Danial bin Roslan; No. KP: 010605-07-1043; Alamat: No. 8, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang.
        PayNow the refund to 8123 4410 pls, name will show as LOH WEI MING
        Trainee Kavitha a/p Subramaniam, 770430-08-5166, single mother of 3, household income RM 2,900, qualifies for the B40 fee waiver.
        hey Benedict Tay, ur refund email went to bened1ct.tay@yahoo.com.sg not ur work one, pls check ya
        Transcript request: Chan Wai Kit, matric U2213045B, GPA 3.41, graduated Aug 2025 from the part-time online BSc.
        Proctoring review: Jolene Pang (booking PV-55821930) had her toddler in the room because the nanny was sick; re-sit granted.
        Customer Teo Boon Kiat called 3 times about the S$900 refund, very upset, said he's on antidepressants and can't afford to lose the money.
        Mobile for 黃冠廷 Huang Kuan-Ting is 0912-345-678, Taiwan ID F129053643, he wants the certificate mailed to Taichung.
        The girl who won Best Capstone, Amanda Quek, lists her home on her portfolio site as 7 Jalan Kembangan #03-02 with mobile 9736 5028.
        Sila hantar sijil ke: Encik Zainal Abidin bin Hassan, Lot 1123, Kampung Sungai Tiram, 81800 Ulu Tiram, Johor. H/P 019-774 3025.
        Waiver request: my son Ethan Lee, 14, NRIC T1187564A, Sec 2 at Bedok South Sec, has ADHD and needs breaks during the online coding exam.
        Invoice to: Mdm Chew Bee Hoon, 38 Lorong 4 Toa Payoh #11-17, Singapore 310038, NRIC S8049361D.
        Nguyen Thi Thu Ha, FIN F2871034T, nurse at a nursing home in Yishun, needs the WSQ cert for her S Pass renewal.
        Refund for Joanne Lim: card ending 7719 declined, pls use her DBS account 027-915384-2 instead, she's reachable at 9011 4527.
        Sharon Wee from Cohort 12 is pregnant with twins and due in Feb, so she's deferring the capstone to the May intake.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for LearnSphere Academy. Be polite and keep answers short.",
        ),
        ("user", "hi i want refund for the UX bootcamp, course got postponed 3 times already"),
        (
            "assistant",
            "Sorry about that! Could you share your order number and the name on the account?",
        ),
        ("user", "order LS-20251104-7731, name is Serene Tay Hui Wen"),
        (
            "assistant",
            "Thanks, Serene. The refund goes back to the original card. Can you confirm the last 4 digits?",
        ),
        ("user", "4024 0071 5536 2196 oops thats the full number. anyway ending 2196"),
    ],
    [
        ("user", "My SkillsFuture claim keeps saying invalid NRIC"),
        (
            "assistant",
            "That usually happens when the NRIC on the claim doesn't match your Singpass profile. What did you enter?",
        ),
        ("user", "S9312"),
        ("user", "058B"),
        (
            "assistant",
            "That format looks fine. Is your name on the enrolment form the same as in Singpass?",
        ),
        ("user", "form says Muhd Irfan Sulaiman but singpass is Muhammad Irfan bin Sulaiman"),
        (
            "assistant",
            "That mismatch is likely the reason. Ask the provider to update the enrolment name, then resubmit.",
        ),
    ],
    [
        (
            "system",
            "Proctor console. Candidate: Hannah Lim Shu Fen, NRIC T0385129F. Approved accommodation: epilepsy, may take a 10-min break if she feels an aura; do not flag looking away.",
        ),
        ("user", "Candidate says she feels dizzy and wants to pause."),
        (
            "assistant",
            "Per her approved accommodation, allow a 10-minute supervised break and note the time in the log.",
        ),
        ("user", "ok paused at 01:12:40"),
    ],
    [
        ("user", "I want to report a learner in the Intro to Cybersecurity forum"),
        ("assistant", "I'm sorry to hear that. What happened?"),
        (
            "user",
            "after I disagreed with him he posted my home address in the thread: Blk 605 Hougang Ave 4 #08-221, and wrote 'see you there Melissa Tan'",
        ),
        (
            "assistant",
            "That is doxxing and breaks our community rules. I've hidden the post and escalated it to the trust & safety team.",
        ),
        ("user", "thanks. i'm really scared, i live alone with my grandma"),
    ],
    [
        ("user", "Salam, saya nak daftar 3 staf untuk kursus Microsoft Excel bawah HRD Corp"),
        ("assistant", "Boleh. Sila berikan nama penuh dan nombor MyKad setiap peserta."),
        (
            "user",
            "1) Nor Azlina binti Mat Saman 950118-01-5872\n2) Lim Chee Keong 030911-12-0459\n3) Suresh a/l Muniandy 770812-06-5211",
        ),
        (
            "assistant",
            "Terima kasih, pendaftaran sedang diproses. Invois akan dihantar kepada majikan.",
        ),
    ],
    [
        ("user", "my certificate has the wrong date of birth and spelling"),
        ("assistant", "I can help with a correction request. What should the certificate show?"),
        ("user", "Full name: Arvind Raj s/o Gopal"),
        ("user", "DOB 23/09/1989, passport K6208147N (Singapore)"),
        ("assistant", "Noted. A corrected certificate will be issued within 5 working days."),
    ],
    [
        (
            "user",
            "Hello, I'm a parent asking about my daughter's results for the online coding camp",
        ),
        (
            "assistant",
            "Sure! Results are released on the portal. Is there something specific you'd like to know?",
        ),
        (
            "user",
            "Her name is Chloe Ng, Primary 6 at Rosyth School. She got 42/100 and cried the whole night. Can she retake?",
        ),
        (
            "assistant",
            "Yes, one free retake is allowed within 30 days. I'll send the booking link.",
        ),
        ("user", "please send to my number 9267 3381, thanks"),
    ],
    [
        ("user", "cannot login to my course account, forgot password and my old email is closed"),
        (
            "assistant",
            "I can verify your identity another way. What name and phone number are on the account?",
        ),
        ("user", "Wan Nur Syafiqah, 011-2649 8850"),
        ("assistant", "Thanks. What email should we move the account to?"),
        ("user", "syafiqah.wan@protonmail.com"),
    ],
    [
        ("user", "Does Coursera give financial aid to Malaysians?"),
        (
            "assistant",
            "Yes, financial aid is available to learners worldwide. You fill in an application describing your financial situation and goals.",
        ),
        ("user", "what should i write"),
        (
            "assistant",
            "Be honest and specific about your income, why you need the course, and how you will use it.",
        ),
        (
            "user",
            "ok draft: My name is Hakim Fadzil, I am 27 and a Grab driver in Kuantan, earning about RM 1,800 a month. I support my father who has kidney failure and needs dialysis 3 times a week.",
        ),
    ],
    [
        ("user", "when will my printed certificate arrive"),
        ("assistant", "Let me check. Could you give me your enrolment ID?"),
        ("user", "EN-2025-77410"),
        (
            "assistant",
            "Found it. The certificate for Mr Daniel Foo Jun Kai was shipped on 2 Dec to 15 Jalan Bukit Bintang, Taman Melawati, 53100 Kuala Lumpur. Tracking MY480221735.",
        ),
        ("user", "ok thanks, my phone is 016-882 7405 if courier needs it"),
    ],
]
