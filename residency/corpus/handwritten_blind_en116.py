# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en116: SG/MY language schools for foreigners (student visa letters, placement tests, attendance, certificates, homestays). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en116
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "course info"): _lines("""
        Intensive General English (IGE) runs Mon–Fri, 9am–1pm, 20 contact hrs/week; new intakes every 4 weeks, min. age 16.
        Course fees 2027: IELTS Prep 12 wks SGD 3,960 (incl. 9% GST); Business English 8 wks SGD 2,880; application fee SGD 327 (non-refundable).
        EduTrust-certified PEI | UEN 201934567K | CPE Registration No. 2019-07-4412 | EduTrust validity 12 Mar 2025 – 11 Mar 2029
        Class sizes are capped at 15 (avg 11.4 students in 2026). All teachers hold CELTA or DELTA; 72% are native speakers.
        Our KL centre: Level 3, Wisma Tun Sambanthan, Jalan Sultan Abdul Samad, Brickfields, 50470 Kuala Lumpur — 5 min walk from KL Sentral.
        The Lim Boon Keng Bursary covers 50% of tuition for 3 students per intake; apply with your placement result and a 300-word essay.
        Penang branch: 2nd floor, 18 Lebuh Armenian, George Town, 300m from Khoo Kongsi. Free street parking after 6pm.
        Admissions hotline +65 6338 2150 (Mon–Sat 9:00–18:00) or WhatsApp Business +65 8012 3400, replies within 1 working day.
        Closed on all gazetted public holidays; make-up lessons are scheduled inside the same 4-week block, no extra charge.
        Kelas Bahasa Melayu Asas untuk pelajar antarabangsa: 40 jam, RM 850, termasuk buku teks dan sijil penyertaan.
        Mandarin for Beginners (HSK 1–2) — Tue & Thu evenings 7–9pm, 10 weeks, SGD 680. Textbook: HSK Standard Course 1.
        Min. entry for IELTS Prep is B1 on our placement test; students below B1 start with General English Pre-Intermediate.
        Pls note: the Orchard campus moves to 1 Scotts Road #12-01 from 1 July 2027, same phone & email.
    """),
    ("en", "visa guidance"): _lines("""
        Apply for the Student's Pass no earlier than 2 months and no later than 1 month before the course start date via ICA's SOLAR+ system.
        Once the IPA letter is issued, complete formalities at ICA Building, 10 Kallang Road, Singapore 208718 — e-Appointment required, walk-ins not served.
        Student's Pass holders at PEIs must keep at least 90% monthly attendance; schools report shortfalls to ICA and CPE.
        MY: international students apply through the EMGS portal; the eVAL is usually issued within 14 working days after medical screening.
        Dear {{student_full_name}}, your eVAL ref {{val_ref}} was approved on {{approval_date}}. Please print it and present it with your passport at KLIA immigration.
        Checklist: passport (min. 18 months validity), 1 photo 35x50mm white bg, offer letter, bank statement or sponsor letter, health declaration.
        ICA general enquiries: +65 6391 6100. Do not send passport scans by unencrypted email; use the upload link in SOLAR+ only.
        eForm 16 and V36 must be completed by the student and the local sponsor; PEI staff must not sign on the student's behalf.
        This is to certify that [STUDENT NAME] (Passport No. [PASSPORT NO.]) is enrolled as a full-time student in [COURSE] from [START DATE] to [END DATE].
        Jabatan Imigresen Malaysia, Blok 2G4, Presint 2, 62550 Putrajaya — counters open Mon–Fri 7:30am–5:30pm.
        Processing fee S$30 is non-refundable; issuance fee S$60, plus S$30 if a multiple-journey visa is required.
        Visa status codes in the SIS: PEND_MED, PEND_IMM, APPROVED, REJECTED, EXPIRED — see table 3.2 of Admissions SOP v4.1.
        Agents: IPA letters should be forwarded through the agent portal, never via WeChat or Telegram groups.
        If your IPA expires before you collect the pass you must re-apply; there is no extension of an expired IPA.
    """),
    ("en", "placement test"): _lines("""
        Section B, Q14: Choose the correct form — "If I ___ (know) about the MRT breakdown, I would have left earlier." Answer: had known.
        Read the dialogue between Mr Tan, a hawker at Maxwell Food Centre, and Sarah, a tourist from Leeds, then answer Q21–25.
        Listening Part 2: You will hear Dr Aminah Yusof, a marine biologist, talk about coral bleaching off Pulau Redang. Complete the notes.
        Writing (B1): Write an email of 120–150 words to your homestay host, Mrs Lim, explaining why you will be late for dinner tonight.
        Score bands: 0–20 A1, 21–35 A2, 36–50 B1, 51–65 B2, 66–80 C1. Within 2 pts of a cut-off = 10-min speaking interview.
        Speaking prompt: Describe a famous person from your country — e.g. Jackie Chan, Yuna or Son Heung-min — and say why people admire them.
        Q7. Which sentence is correct? (a) She have been in Singapore since two years. (b) She has been in Singapore for two years. (c) She is in Singapore since two years.
        Answer key v2027.1: 1c 2a 3d 4b 5b 6a 7b 8d 9c 10a 11d 12c
        Test ID PT-GE-0427 | 45 min | 60 items | Cronbach's α = 0.91 (n = 1,284, Jan–Jun 2026)
        Reading passage: "In 1819, Stamford Raffles signed a treaty with Sultan Hussein Shah and the Temenggong…" Q: Why was the island important for trade?
        Cloze: Yesterday Ken and Mei ___ (go) to Haw Par Villa and ___ (see) the Ten Courts of Hell.
        Invigilators: collect phones before the listening section and reset headset volume to 60%.
        Online test link expires 72 h after issue; if the page freezes just refresh, answers autosave every 30 s.
    """),
    ("en", "attendance system"): _lines("""
        2027-01-14T09:02:17+08:00 INFO attendance.sync batch=GE-2701 present=14 absent=1 late=2 duration=1.8s
        ERROR 422: class_code 'IELTS-EVE-03' not found in term 2027T1 (request_id 7f3c9a1e-2b44-4d0e-9c1f-88a0e1b2d6c4)
        Attendance rate for the Jan intake was 93.6%; 7 of 112 students fell below 90% in at least one month.
        SELECT class_code, COUNT(*) FILTER (WHERE status = 'ABSENT') AS absences FROM attendance WHERE term = '2027T1' GROUP BY class_code;
        v3.8.2: QR check-in now rejects scans >15 min after start; fixed UTC vs SGT bug in the monthly ICA report export.
        Teachers: if the QR won't scan, mark 'P*' manually and add a note — the registrar reviews manual marks every Fri.
        Monthly report columns: Student ID | Class | Sessions held | Attended | % | Flag (<90%). Do NOT add passport numbers to this sheet.
        sha256 3b7e1f0c9a4d82e6b5c1f7a0d3e9b2c4a8f6e1d0c7b3a5f2e9d8c4b1a0f6e3d2  attendance-export-2027-01.csv
        KIOSK-ORC-02 offline since 08:47; fallback = paper register form AT-03 at reception.
        0 2 1 * * /opt/attend/bin/monthly_report --country SG --threshold 0.90 --notify ops-alerts
        Late = arrival more than 10 min after start; 3 lates count as 1 absence. MC must be submitted within 48 h.
        POST /v2/attendance/{session_id}/marks  {"student_id": "<uuid>", "status": "PRESENT|LATE|ABSENT|MC"}
        Dashboard shows "Sync pending (3)" after a power cut — normal, records upload once the kiosk is back on WiFi.
    """),
    ("en", "certificates"): _lines("""
        CERTIFICATE OF COMPLETION — This is to certify that ______________ has successfully completed ______________ (120 hours) at CEFR level ____.
        Cert no. format LSC-{YYYY}-{campus}-{seq5}, e.g. LSC-2027-ORC-00418; verify online with the cert no. and the 6-char code on the back.
        CEFR B2: Can understand the main ideas of complex text on both concrete and abstract topics, including technical discussions in their field.
        Certificates are only issued to students with ≥80% overall attendance and a final assessment score of 60 or above.
        Replacement certificate: SGD 45 (soft copy) / SGD 80 (hard copy, courier within SG). Allow 10 working days.
        Transcript headings: Module code | Module title | Hours | Grade | Remarks. A 85–100, B 70–84, C 60–69, F <60.
        Print run 2027-03: 214 certificates, 300gsm ivory stock, batch PR-0327-B, invoice INV-2027-004381 SGD 642.00.
        Does our certificate count for NUS/NTU admission? No — universities need IELTS/TOEFL; ours is a record of completion only.
        Sijil Penyertaan Kursus Bahasa Inggeris Intensif — Tahap B1, 160 jam. Ditandatangani oleh Pengarah Akademik.
        The P. Ramlee Award for Best Oral Presentation is presented at every graduation ceremony of the KL centre.
        Mail-merge fields: «FullName» «CourseTitle» «Level» «StartDate» «EndDate» «CertNo»
        Signed by the Principal and the Academic Director, embossed with the school seal; e-certs carry a QR code to the issuer register.
    """),
    ("en", "homestay handbook"): _lines("""
        Homestay fee: SGD 1,450/month single room incl. breakfast & dinner; placement fee SGD 350; min. stay 4 weeks.
        House rules: quiet hours 10:30pm–7am, no overnight guests, tell your host by 4pm if you'll miss dinner.
        Aircon use above 8 hrs/night may be charged at cost (approx. S$0.33/kWh), agreed in writing at check-in.
        Hosts are re-screened every 2 years; each student room must have a window, a study desk and WiFi ≥ 50 Mbps.
        Airport pickup Changi T1–T4 or KLIA/KLIA2: SGD 90 / RM 150 one way. Our staff hold a sign with the school logo, not your name.
        Staying with a Malay-Muslim family? Don't bring pork or alcohol into the home, and take off your shoes at the door.
        Emergency numbers — SG: Police 999, Ambulance/Fire 995. MY: 999 (from mobile also 112).
        Nearest polyclinic to the Tampines host cluster: Tampines Polyclinic, 1 Tampines St 41, Singapore 529203.
        Placement form fields: dietary requirements, allergies, smoker Y/N, pets OK Y/N, preferred area (leave blank if unsure).
        Laundry: hosts allow washing machine use twice a week; bring your own detergent (about S$8 at NTUC FairPrice).
        Get an EZ-Link card at any MRT station; in KL a Touch 'n Go card works on LRT, MRT and RapidKL buses.
        Homestay invoice HS-2027-0219: 4 weeks × SGD 362.50 = SGD 1,450.00, due 7 days before arrival.
        Complaints about a host family go to the Student Welfare Officer — we reply within 2 working days.
    """),
    ("en", "data protection"): _lines("""
        PDPA reminder: never post photos of student passports in the teachers' WhatsApp group; use the admissions portal.
        When forwarding a visa case to an agent, mask the passport no. except the last 3 characters and remove the date of birth.
        Retention: placement scripts 12 months; attendance records 5 years after completion, then shredded by the contracted vendor.
        Before sending a host the student profile, get written consent (form DP-02) and share only first name, arrival date and diet.
        Malaysia's PDPA 2010 was amended in 2024: the whitelist for cross-border transfers was replaced and data breach notification became mandatory.
        If a parent calls asking for an adult student's attendance, verify identity and check the consent flag in the SIS before disclosing.
        Suspected data breach? Tell the DPO within 1 hour; if notifiable, PDPC must be informed within 3 calendar days of the assessment.
        Training slide sample: Name ██████ | FIN █████████ | Nationality ███ | Course GE-B1 | Attendance 87%
        Never use real student records in demo environments — run `make seed-fake` to generate 200 synthetic students.
        Rule of thumb for agent emails: student ID and course code are fine; passport no., FIN, DOB, home address and health info are not.
        Access requests go to the Data Protection Officer via the web form; we respond within 30 days.
    """),
    ("en", "marketing"): _lines("""
        ★★★★★ "Teachers super patient lah, my speaking improved so much in 3 months!" — Google review, Mar 2027
        Join 3,000+ students from 42 countries who have studied with us since 2012!
        Singapore's bilingual policy, championed by founding PM Lee Kuan Yew, makes it an ideal place to learn English and Mandarin together.
        Photo contest: post your best #KampongGlam shot with #StudyInSG before 31 Mar — the winner gets a S$100 Kinokuniya voucher.
        Agent commission 2027: 15% of tuition for enrolments ≥12 weeks, paid within 30 days of course start (invoice ref AGT-INV-YYYY-###).
        Visiting KL? Our Mid Valley centre is beside The Gardens Mall, a 3-min walk from KTM Mid Valley.
        Open Day Sat 6 Mar 2027, 11am–3pm at the Tanjong Pagar campus — free placement test + bubble tea!
        Meet Ali, Mei Ling and Raju, the three friends who run a kopi stall in Tiong Bahru in our new textbook series "Kopi Talk".
        Promo code EARLYBIRD27: 10% off tuition paid before 15 Jan 2027; not combinable with the Tun Hussein Onn Bursary.
        Study where Singlish was born: "Can or not?" "Can!" — join our free Singlish vs Standard English workshop this Friday.
        Student ambassador programme: 1 free week of tuition for every 3 referrals, max 4 free weeks per year.
        Shortlisted: 2026 Star Awards, Language School of the Year – Asia. Thank you to our students, hosts and agents!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Re: Student's Pass application — NGUYEN THI THU HANG (Passport C4817392, DOB 14/02/2004), Intensive English 24 wks from 5 Apr 2027.
        FIN G5519327X is Park Ji-woo (KOR) — Student's Pass expires 30 Sep 2027, pls update SIS before the IPA renewal.
        Attendance alert: Liu Haoran (stu ID S27-0418, GE-B1 am) 76.5% in Feb — 3rd consecutive month below 90%, ICA report required.
        Host family for Kenta Watanabe: Mr & Mrs Rajan, Blk 512 Tampines St 51 #08-214, Singapore 520512, hp 9127 4863.
        Pls note Aiko Suzuki (GE-A2, homestay w/ the Lim family) has a severe peanut allergy & carries an EpiPen, she was warded at CGH last Tues.
        家长 王丽华 wechat: lihua_wang0612，孩子 陈子轩 在你们 Orchard 校区读雅思班，麻烦每周把出勤发给我
        Sponsor: father Chen Guoqiang, 身份证 510107197505294414, monthly income RMB 28,000, employer Chengdu Rongda Logistics.
        Refund SGD 1,980 to card 5238 7164 0092 3854 (cardholder THAPA BISHNU) for withdrawn IELTS Prep, approved by finance 11/3.
        Homestay host application — Puan Rohana binti Ismail, IC 760312-10-5482, No. 14, Jalan SS 2/55, 47300 Petaling Jaya, Selangor.
        FYI Dmitri Volkov from the Penang campus was charged at the George Town Magistrates' Court on 3 Feb for shoplifting; his pass may be cancelled.
        Offer letter: Ms Hannah O'Connell, English Teacher, basic SGD 4,800/month + housing allowance SGD 350, start 4 Jan 2027.
        Local guardian Tan Wei Ming (NRIC S****716F), uncle of student Tan Jia Hui, same address as on her V36.
        Placement: Nattapong Srisuk (THA, 19) 38/80 → A2+, recommend Pre-Int. Note: he has a strong stutter, please don't force him to read aloud.
        Aung Ko Ko (Myanmar) new MY number 016-728 4513, now staying at Vista Komanwel B-12-07, Bukit Jalil, 57700 KL.
        Guardian HKID Y528163(4) — Mrs Leung Ka Yan, mother of our student Leung Tsz Hin, mobile 9318 2706.
        Student 林怡君 (Taiwan ID A227318451) needs a letter confirming enrolment for her bank in Taipei.
        P<CHNZHANG<<YUXUAN<<<<<<<<<<<<<<<<<<<<<<<<<< EJ30457211CHN0509145F3204164<<<<<<<<<<<<<<<4
        Zalo của em là 0912 384 756 (Trần Minh Khoa), em cần thư xác nhận sinh viên để gia hạn visa ạ.
        Mum's KakaoTalk ID is sunhee_kim77 — she wants the homestay address for Kim Do-yun before he flies out on the 14th.
        LINE: yuki.t_0521 — Takahashi Yuki, arriving SQ 637 on 3 Apr 22:10, homestay in Bishan with the Chua family.
        Host Mr Goh will pick up Rina Hasegawa at T3 arrival hall in his white Honda Vezel SJK 4821 U.
        Maria Santos (BRA, 22) told her host she is 10 weeks pregnant and asked for an OB-GYN referral — please keep this confidential.
        Counsellor note: Kim Ji-hoon, GE-B2 evening, low mood and insomnia since failing IELTS twice; referred to a psychiatrist at Mount Elizabeth.
        Fatimah Zahra Rahimi asked for the prayer room key on Fridays; she's Shia and fasting during Muharram, pls inform her homestay.
        Bank statement for sponsor Tanaka Hiroshi: MUFG a/c ending 4471, balance JPY 4,820,000 as at 28 Feb 2027.
        寄证书到：浙江省杭州市上城区望江东路88号3幢1502室，收件人 周思彤，电话 138 5712 0946
        Zhou Sitong's ID no. 330102200603112185 is on the sponsor letter, please redo the visa letter with the same spelling.
        Disciplinary: Omar Farouk Hassan (EGY) cheating on Unit 5 test, 2nd written warning; father informed at +20 10 2345 6789.
        Dewi Kartika Sari, NIK 3174054509990002, passport X2847163 — EMGS health screening passed on 7 Mar.
        Complaint received about host Mr Kelvin Ong, Blk 203 Toa Payoh North #11-1187: he allegedly entered the student's room without knocking, twice.
        Happy 18th birthday to Aruzhan Bekova from Almaty (born 09.06.2009)! See you at the class party in 3B, 4pm 🎉
        MC from Raffles Medical for Nguyen Van Duc: 3 days (dengue fever, platelets 62), 12–14 Mar, excused from attendance.
        Emergency contact for Ivan Sokolov: mother Svetlana Ivanova, +7 916 482 3571, ul. Profsoyuznaya 104-57, Moscow.
        EMGS application 2027-I-004851 — Ahmad Reza Karimi (IRN), passport K52819374, DOB 21/11/2001, medical screening cleared.
        Please charge the balance to my Visa 4556 2830 1947 2168 exp 09/29, name on card WANG JIANJUN, it's for my son's fees.
        Rina Hasegawa's new address is Blk 18 Jalan Membina #14-33, hp 9xxx 4417, please update her homestay file.
        ICA rejected the Student's Pass for Bui Thanh Tam (FIN F2846031R) due to a previous overstay of 41 days in 2025.
        Oyunchimeg from the Tue/Thu evening class, who lives with the Sharma family in Serangoon, tested positive for latent TB at the ICA medical.
        Chan Hoi Ching, HKID K371804(2), mobile 6238 4071, wants to switch from Business English to IELTS Prep.
        En. Lim Chee Keong, 820917-07-5233, 12 Jalan Sungai Dua, 11700 Gelugor, Pulau Pinang, tel 012-477 3051 — approved as host.
        Local guardian: Mdm Koh Siew Lan, NRIC S6810453Z, Blk 112 Ang Mo Kio Ave 4 #05-1320, Singapore 560112.
        Please reply to my personal mail jiwoo.park0923@naver.com, not the agent — Park Ji-woo, IELTS morning class.
        WhatsApp me at +65 8736 2194 — Rahul Mehta, GE-B2 morning, absent Wed for my interview at ICA.
        Transcript for Sung Min-jae: IELTS Prep 12 wks, final mock band 6.0 (L6.5 R6.0 W5.5 S6.0), attendance 94%.
        Background check flagged host applicant Yap Kok Wai (S7739205Z): 2019 drink-driving conviction, application not approved.
        New FIN M4172859T for Phan Quoc Bao after re-issue — old FIN G7042186R cancelled 2 Apr.
        Homestay payment from Hoang Lan Anh, Vietcombank card 4111 1735 2066 8040, for Apr–Jun, sender mobile +84 903 571 284.
        Xu Yutong (female, 身份证 440306200408176521) asks us to reissue her enrolment letter with the pinyin name XU YUTONG, not XU YU TONG.
        Teacher's report: Eun-ji Choi often arrives with bruises and says her host's son shouts at her — escalate to welfare today.
        Kamila Yusupova (UZB) has type 1 diabetes; her host at 27 Jalan Kenari 5, Bandar Puchong Jaya must keep insulin in the fridge.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi, i need the visa letter for my student pass, how long does it take?"),
        (
            "assistant",
            "Usually 3 working days after your fees are paid. Please send your full name as in the passport and your passport number.",
        ),
        ("user", "ok. LE HOANG PHUONG ANH"),
        ("user", "passport C7302946, born 03/08/2003"),
        ("assistant", "Thank you, the admissions team will email the letter once it is ready."),
    ],
    [
        (
            "system",
            "You are the front-desk assistant of a Singapore language school. Be brief and polite.",
        ),
        ("user", "老师好，我想问一下我女儿上个月的出勤"),
        ("assistant", "您好！请问学生的姓名和班级？"),
        ("user", "赵欣怡，IELTS 晚班"),
        ("user", "我的手机是 +86 139 1027 4586，有问题直接打给我。她最近说头痛一直请假，我很担心"),
        ("assistant", "好的，我们会请班主任与您联系。"),
    ],
    [
        (
            "user",
            "Hello, I'm the host for the new student arriving Sunday. Anything I should know?",
        ),
        (
            "assistant",
            "Welcome! The student profile will be shared once consent is signed. Do you have specific questions?",
        ),
        (
            "user",
            "The agent told me already, her name is Haruka Mori, 17, and she is coeliac, so no gluten at all. Also she's on antidepressants, should I keep them?",
        ),
        (
            "assistant",
            "Please let the Student Welfare Officer handle medication questions. Thank you for letting us know.",
        ),
    ],
    [
        (
            "system",
            "School assistant. Student visa status lookups are handled by admissions staff only.",
        ),
        ("user", "can u check my student pass status"),
        (
            "assistant",
            "I can't look it up directly, but I can forward your request. Which course are you in?",
        ),
        ("user", "Business English 8wk, FIN G6283014Q, name Joon-ho Baek"),
        ("assistant", "Noted, admissions will reply by email."),
    ],
    [
        ("user", "boleh saya hantar dokumen penjamin untuk VAL?"),
        ("assistant", "Boleh, sila muat naik melalui portal ejen. Jangan hantar melalui WhatsApp."),
        (
            "user",
            "portal down la. penjamin: Encik Faizal bin Othman, IC 790625-14-6071, kerja kerajaan, gaji RM 6,200",
        ),
        ("assistant", "Terima kasih, kami akan hubungi anda apabila portal dipulihkan."),
    ],
    [
        ("user", "I withdrew from the IELTS course, how do I get my refund?"),
        (
            "assistant",
            "Refunds go back to the original card within 14 working days. Which card did you use?",
        ),
        ("user", "mastercard 5379 4128"),
        ("user", "0615 3747, under my mum Lakshmi Venkataraman"),
        ("assistant", "Thanks, finance will process it this week."),
    ],
    [
        ("user", "Can you mail my certificate home? I already left Singapore"),
        (
            "assistant",
            "Sure, the courier fee is SGD 80. Please provide the delivery address and phone number.",
        ),
        (
            "user",
            "Nguyen Bao Ngoc, 45 Hẻm 112 Lê Văn Sỹ, Phường 14, Quận 3, TP.HCM, Vietnam. Phone +84 938 217 560",
        ),
        ("assistant", "Got it — it will be dispatched on Monday."),
    ],
    [
        ("system", "You help students of a Kuala Lumpur language centre with admin questions."),
        ("user", "I lost my passport at Pavilion yesterday. what do I do about my student pass?"),
        (
            "assistant",
            "Please make a police report first, then contact your embassy for a new passport. We will help update EMGS.",
        ),
        (
            "user",
            "police report no. DANG WANGI/011842/27. my name Ahmed Al-Sayed, passport was A08317462",
        ),
        ("user", "my phone 011-2384 6190 if you need me"),
    ],
    [
        ("user", "I want to retake the placement test, I think I was sick that day"),
        ("assistant", "No problem, retakes are free within 7 days. May I have your details?"),
        ("user", "Bolat Nurlanovich"),
        ("assistant", "And your date of birth and email, please?"),
        ("user", "12 May 2005, bolat.nurlan05@mail.ru"),
    ],
    [
        ("user", "what time does the homestay office open tomorrow?"),
        ("assistant", "9am to 5pm, Monday to Friday."),
        ("user", "ok. also can I change host? the one I have now is ok but"),
        ("assistant", "Of course. Could you tell us a little more?"),
        (
            "user",
            "I'm Chayanin from the A2 class, my host Mrs Tay at Blk 430 Serangoon Ave 1 keeps asking about my HIV meds. I don't want her to know.",
        ),
    ],
]
