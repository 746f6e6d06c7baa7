# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en115: SG/MY university admissions and scholarships (applications, interviews, bonds, appeals, offer letters). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en115
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "admissions portal notice"): _lines("""
        Applications for AY2026/27 undergraduate admission open on 3 Feb 2026 (10am SGT) and close on 19 Mar 2026 (11.59pm SGT) for Singapore-Cambridge GCE A-Level applicants.
        Polytechnic diploma holders may apply from 3 Feb to 4 Mar 2026; your final-semester GPA will be retrieved directly from your polytechnic.
        The non-refundable application fee is S$20 for SC/PR applicants and S$50 for international applicants. Payment via PayNow QR or Visa/Mastercard only.
        Pls do not submit duplicate applications. To amend your programme choices, use "Edit Application" before the closing date - only the latest submission will be processed.
        Indicative Grade Profile 2025 (10th percentile): Computer Science AAA/A, Law AAA/A, Business Administration AAB/B, Nursing BCC/C, Social Sciences ABB/C.
        Selection interviews and situational judgement tests for Medicine will be held from 24 Mar to 11 Apr 2026. Shortlisted candidates will be notified via the Applicant Portal by 20 Mar.
        Wave 1 outcomes will be released on 12 May 2026 from 5pm. Offers must be accepted within 14 days via the portal, otherwise they lapse.
        Scheduled maintenance: the Applicant Portal will be unavailable from Sat 14 Feb 2026, 2200hrs to Sun 15 Feb 2026, 0600hrs. We apologise for any inconvenience caused.
        Applicants with SPM/STPM, UEC, Indian CBSE/ISC or Indonesian SNBT results should refer to the International Qualifications page for minimum subject requirements.
        Aptitude-Based Admissions: up to 50% of places may be offered based on talents and achievements beyond grades. Upload your portfolio (PDF, max 10MB) by 26 Mar.
        For enquiries, call the Office of Admissions hotline +65 6601 4800 (Mon-Fri, 8.30am-5.30pm) or use the online enquiry form. Applications are not accepted via email.
        Office of Admissions, Level 2, University Hall, 21 Lower Kent Ridge Road, Singapore 119077. Walk-in counter closed on public holidays.
        Your application number (format A26-XXXXXXX) is shown in the acknowledgement email. Please quote it in all correspondence with us.
        Successful applicants to Medicine, Dentistry and Nursing must complete the pre-admission medical examination (Form MED-02) at a polyclinic or GP clinic by 30 Jun 2026.
    """),
    ("en", "scholarship bond terms"): _lines("""
        The Scholar shall serve the Government of Singapore for a period of six (6) years upon graduation (hereinafter the "Bond Period").
        In the event of any breach of this Agreement, the Scholar and the Sureties shall be jointly and severally liable to pay liquidated damages computed in accordance with Schedule B.
        Liquidated damages = total emoluments received x (unserved bond months / total bond months) x 1.5, together with compound interest at 10% per annum from the date of breach.
        Each Surety must be a Singapore Citizen or Permanent Resident aged 21 to 60, must not be an undischarged bankrupt, and must not be the spouse of the Scholar.
        Clause 7.3: Periods of full-time National Service, postgraduate study on no-pay leave or external secondment shall not count towards the Bond Period unless approved in writing.
        MOE Tuition Grant recipients undertake to work for a Singapore-registered entity for three years upon graduation; the obligation applies to international students only.
        Schedule A - Annual allowance S$6,000; hostel allowance up to S$2,900 per year; one-time computer allowance S$1,750; one return economy airfare per academic year.
        The Bond Period is deemed to commence on the first working day after the Scholar reports for duty and is suspended during any unpaid leave exceeding 30 consecutive days.
        Scholars who wish to resign before completing the bond may apply for release; the quantum of liquidated damages will be stated in the Bond Release Letter.
        Signatures of the Scholar and both Sureties must be witnessed by an advocate and solicitor or a Commissioner for Oaths. Do NOT pre-sign the Agreement before the appointment.
        Sponsored students under the Malaysian federal programme are required to serve the Government for the period specified in the sponsorship agreement, typically twice the duration of study.
        The Deed of Undertaking shall be governed by the laws of the Republic of Singapore and the parties submit to the non-exclusive jurisdiction of the Singapore courts.
        A Scholar who fails to maintain a minimum GPA of 3.20 for two consecutive semesters may have the award reviewed, suspended or terminated at the Ministry's discretion.
    """),
    ("en", "offer letter template"): _lines("""
        Dear {{applicant.full_name}}, we are pleased to offer you admission to the {{programme.name}} programme commencing in August 2026.
        This offer is conditional upon the verification of your {{qualification}} results and the satisfactory completion of the pre-admission medical examination.
        To accept, log in to the Applicant Portal with your application number and PIN, click "Accept Offer" and pay the acceptance deposit of S$500 by {{deadline}}.
        Subject: [Offer of Admission] AY2026/2027 - Bachelor of Engineering (Hons) - Ref: {{ref_no}}
        Congratulations on your selection for the Scholarship. Attached: (1) Letter of Award, (2) Scholarship Agreement in duplicate, (3) Surety Form SF-1, (4) GIRO application form.
        Kindly note that this offer will lapse automatically if you do not respond by 23:59 SGT on the acceptance deadline.
        Yours sincerely, Director, Office of Admissions. This is a computer-generated letter; no signature is required.
        [NAME] / [NRIC/FIN] / [ADDRESS LINE 1] / [ADDRESS LINE 2] / Singapore [POSTAL CODE] - mail-merge fields, do not edit the brackets.
        We regret to inform you that we are unable to offer you a place in your chosen programmes for AY2026/27 owing to the highly competitive applicant pool.
        Deferment of matriculation is granted only to male Singapore Citizens/PRs serving full-time National Service, or on medical grounds supported by documentation.
        Annual tuition fees for AY2026/27 (subsidised): Singapore Citizens S$8,250; Permanent Residents S$11,550; International students with Tuition Grant S$17,550.
        Please bring the original of this letter, your identity document and two passport-sized photographs (35mm x 45mm, white background) to Matriculation Day.
    """),
    ("en", "appeal procedure"): _lines("""
        Appeals may be submitted only after the release of your application outcome and must be made within 7 days via the Appeal form in the Applicant Portal.
        Successful appeals depend on the availability of places and are rare for programmes with interviews. Submitting an appeal does not guarantee a review.
        State clearly any new information not found in your original application, e.g. re-marked results or extenuating circumstances, and attach supporting documents.
        Extenuating circumstances must be supported by a memo from a registered medical practitioner or counsellor. Do not include details of family members who have not consented.
        Officer handling guide: before uploading appeal documents to the shared drive, redact NRIC numbers to the last four characters and remove home addresses and phone numbers.
        Do not forward applicants' medical reports by personal email or WhatsApp. Use the case management system and restrict access to Appeals Committee members.
        Appeals received after 31 May will not be considered. Decisions of the Committee are final and no further correspondence will be entertained.
        For UPU appeals, SPM and STPM candidates may list up to 12 new programme choices; the appeal window is normally 10 working days after results are announced.
        Scholarship appeals 2025: median turnaround 18 working days (n=412; 23% upheld, 61% rejected, 16% withdrawn).
        Retention schedule: files of unsuccessful appeals are destroyed 24 months after the decision date unless subject to ongoing legal proceedings.
        If the applicant is below 18, the appeal must be co-signed by a parent or legal guardian; enter the guardian's contact details in Section C, not in the free-text box.
        Name your files APPEAL_<ApplicationNo>_<DocType>.pdf (e.g. APPEAL_A26XXXXXXX_MC.pdf) and make sure they are not password-protected.
    """),
    ("en", "student forum"): _lines("""
        anyone know if the PSC interview still 2 rounds? heard they cut the group exercise this year
        tbh the bond not that bad if u alr wanted to go civil service. 6 yrs pass quite fast one
        Got 86.25 RP, applying NUS CS and NTU DSAI. Chances? or should i put CEG as backup
        For the MOE TG bond, does working at a SG-registered MNC count or must it be a local company? asking for a friend from JB
        PTPTN vs JPA which one better if household income below RM4,850? JPA got bond but PTPTN need to pay back
        reminder: the NUS ABA essay limit is characters not words, dont make the same mistake i did haha
        just got the email for SMU interview!! anyone else on 18 Mar? what do they ask ah
        Seniors say the Medicine interview is MMI format, 8 stations x 6 min each. Practise ethics scenarios and stay calm.
        UEC 5A can get into NUS? my seniors from Chung Hwa got in with 6A1 + SPM BM credit
        lol the portal crashed at 11.58pm on closing day, classic
        PSA: no need to pay any "agent" to help with your scholarship application. All official forms are free. Report scams to the ScamShield Helpline 1799.
        Is it true breaking the bond means you pay 1.5x? or just the amount plus interest
        which hall better, Sheares or Temasek? want one with good CCA but not too intense
        bro UPU rayuan result keluar bila? dah 2 minggu tunggu, stress gila
    """),
    ("en", "system log and code"): _lines("""
        2026-03-19T23:59:02+08:00 INFO submit_application status=200 ref=A26-0187342 latency_ms=842 build=portal-4.12.3
        ERROR 2026-03-20 00:00:14 SGT ApplicationWindowClosed: submission rejected (window_id=UG26-ALV, server=adm-web-03)
        UIN_RE = re.compile(r"^[STFGM][0-9]{7}[A-Z]$")  # format only; checksum is validated in validate_uin()
        SELECT programme_code, COUNT(*) AS n_offers FROM offers WHERE cycle = 'AY2026' AND status = 'ACCEPTED' GROUP BY programme_code ORDER BY n_offers DESC;
        payment callback: txn_id=PN20260211093017882 amount=SGD 20.00 status=SUCCESS merchant=UNIV-ADM-01
        sha256(offer_letter_template_v3.docx) = 3b7e9c0f5a1d44e2b8c6f0a9d71e2c3b5f8a6d4e0c2b9a7f1e3d5c8b6a4f2e01
        Release 2.8.0 (2026-01-28): added ABA portfolio upload, fixed timezone bug in interview slot picker (#4412), bumped Django to 5.1.5.
        Data dictionary: guardian_contact VARCHAR(16), stored encrypted (AES-256-GCM), displayed masked as +65 ****1234 in the officer UI.
        0 2 * * * /opt/adm/bin/purge_unsuccessful.py --older-than 730d --dry-run=false >> /var/log/adm/purge.log 2>&1
        Test fixture: nric="S1234567D", name="Test Applicant", dob="2000-01-01" (dummy record, never use production data in UAT)
        Interview slot export: 142 slots, 131 booked, 11 free. CSV columns: slot_id,start_time,panel_room,booked_flag
        HTTP 429 Too Many Requests on GET /api/v2/applications/status - limit 30 req/min per session; Retry-After: 41
        ADM-2291: PDF generator truncates Malay names longer than 60 chars (e.g. with bin/binti and several given names). Fix: widen field to 120.
    """),
    ("en", "named after people"): _lines("""
        The Lee Kong Chian Scholarship, named after the rubber magnate and philanthropist, is awarded to outstanding freshmen at Singapore Management University.
        Shortlisted candidates should report to Yusof Ishak House, Level 3, by 8.45am with their EZ-Link card for building access.
        Tunku Abdul Rahman, Malaysia's first Prime Minister, is commemorated in the name of Universiti Tunku Abdul Rahman, whose main campus is in Kampar, Perak.
        The pre-admission medical examination can be done at the health screening centre of Tan Tock Seng Hospital or at any CHAS GP clinic.
        Raffles Hall, Eusoff Hall and King Edward VII Hall are among the oldest halls of residence on the Kent Ridge campus.
        Dr Goh Keng Swee's 1979 Report on the Ministry of Education introduced streaming and reshaped Singapore's school system for decades.
        The Lee Kuan Yew School of Public Policy offers scholarships for its Master in Public Policy programme to candidates from across Asia.
        In the literature interview, candidates were asked how Elizabeth Bennet's first impressions of Mr Darcy shape the novel's view of judgement.
        Yayasan Tun Razak, set up in memory of Malaysia's second Prime Minister, offers scholarships for Malaysian undergraduates at local and overseas universities.
        The President's Scholarship is presented each year by the President of Singapore at a ceremony at the Istana.
        Sir Stamford Raffles founded the Singapore Institution in 1823; the school is known today as Raffles Institution.
        The Tan Kah Kee Postgraduate Scholarship, named after the pioneering businessman and philanthropist, supports graduate study in science and technology.
    """),
    ("ms", "notis kemasukan dan biasiswa"): _lines("""
        Permohonan UPU bagi lepasan SPM sesi akademik 2026/2027 dibuka dari 3 Februari hingga 4 Mac 2026 melalui portal rasmi UPUOnline.
        Calon dinasihatkan menyemak keputusan permohonan pada 25 Jun 2026 mulai jam 12.00 tengah hari.
        Rayuan hanya boleh dikemukakan sekali dalam tempoh 10 hari bekerja selepas keputusan diumumkan. Pilihan program rayuan mestilah berbeza daripada tawaran asal.
        Penerima Program Penajaan JPA dikehendaki berkhidmat dengan Kerajaan Malaysia selepas tamat pengajian mengikut tempoh yang ditetapkan dalam perjanjian.
        Perjanjian penajaan hendaklah ditandatangani oleh dua orang penjamin warganegara Malaysia berumur antara 21 hingga 60 tahun.
        Had pendapatan isi rumah kasar bulanan bagi kategori B40 ialah tidak melebihi RM4,850 untuk tujuan keutamaan penajaan.
        Sila hubungi Talian Khidmat Pelanggan 03-8000 8000 (Isnin-Jumaat, 8.30 pagi-5.00 petang) untuk sebarang pertanyaan.
        Alamat surat-menyurat: Bahagian Pengurusan Kemasukan Pelajar, Kementerian Pendidikan Tinggi, Aras 4, No. 2, Menara 2, Jalan P5/6, Presint 5, 62200 Putrajaya.
        Format No. Kad Pengenalan: 000000-00-0000 (masukkan tanpa sempang semasa mengisi borang dalam talian).
        Peringatan: JANGAN kongsi No. MyKad, kata laluan atau kod OTP anda dengan mana-mana pihak, termasuk individu yang mendakwa mewakili UPU.
        Sesi temu duga biasiswa akan diadakan secara bersemuka di Dewan Tunku Canselor, Universiti Malaya, pada 14 hingga 16 April 2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Chua Wei Ling (application no. A26-0318852). I uploaded the wrong transcript for my NUS application - my NRIC is T0537719B. Could you reopen it so I can re-upload?
        Surety 1: Mdm Ong Siew Hoon, NRIC S7029184C, Blk 412 Bedok North Ave 2 #08-115 S(460412), clerk, gross monthly income $3,120. Relationship to scholar: mother.
        Dear Admissions Committee, I am appealing on behalf of my son Darren Koh Jun Hao (A26-0294410). He was diagnosed with major depressive disorder in JC2 and was warded at IMH for three weeks just before his prelims.
        SMU interview 18/3, Panel B (Admin Bldg Rm 2-14): 0900 Muhammad Irfan bin Rosli 9732 4418 / 0920 Tan Xin Yi 8276 1039 / 0940 Priya d/o Ramasamy 8814 5502
        pls credit the scholarship allowance to POSB Savings 188-41273-6, acct holder NG KAI WEN (scholar ID PSC-OMS-2025-017). thx!
        Application fee for Lee Jia Hui failed - card 4556 1200 3847 2912 exp 09/28 declined by issuer. Can she pay by PayNow instead?
        Financial declaration: Father Mr Goh Teck Seng, taxi driver, approx. $2,400/mth; Mother Mdm Lau Mei Fong, homemaker; 3 siblings still schooling. Per capita income $480. Applicant: Goh Shu Min.
        Nur Aisyah binti Kamarul Ariffin, MyKad 070412-10-5524, SPM 2024 9A+, applying for the JPA overseas undergraduate sponsorship, tel 012-718 4402.
        Dear Dr Lim, could you write my recommendation for the A*STAR NSS? I'm Lucas Tan Zhi Hao from your 2023 H2 Chem class (6C3), my email is lucastzh07@gmail.com.
        In PSC v Lim Yi Xuan (DC Suit 1187/2025), the former scholar, who resigned after two years of her six-year bond, was ordered to pay liquidated damages of $412,380.55 with interest.
        Offer acceptance rcvd: ****2345Z / TAN BOON KIAT / Bachelor of Laws / deposit paid 14/5 via PayNow
        Nguyen Thi Thu Ha, Vietnamese passport C4417263, DOB 02/09/2007, ASEAN Undergraduate Scholarship applicant, home address 27 Ngo 84 Chua Lang, Dong Da, Ha Noi.
        Kevin Wijaya (Indonesian passport X2381749, FIN G5519037U) has been allocated Pioneer Hall Blk 18 #05-12 from 3 Aug; Student's Pass card collection at ICA on 28 Jul.
        Applicant Aditya Raghunathan: Indian passport T4829173, JEE Main 99.42 percentile, father's annual income Rs 18 lakh, mobile +91 98450 31276.
        Wong Hoi Ching (HKID K385217(2)) is requesting a waiver of the English requirement as she obtained 5** in HKDSE English Language.
        Lin Yu-Ting, ROC ID A228374659, international stream applicant for Computer Engineering, tel +886 912 483 027
        Medical exam result for scholar-designate Farhan bin Zulkifli: hepatitis B carrier (HBsAg positive), fit for study; flag for occupational health review before posting.
        I, Rajesh s/o Muthusamy (NRIC S6841502J), father of Kavitha d/o Rajesh, consent to her accepting the scholarship and the 6-year bond. Contact 9061 2284.
        Please courier the Scholarship Agreement to the second surety, Mdm Kamala Devi d/o Suppiah, Blk 678B Jurong West St 64 #14-233 Singapore 642678.
        Per HR records, bonded officer Ong Jia Jun (Admin Service, bond 2023-2029) draws a gross salary of $6,850/month and received a 2.1-month performance bonus in Dec 2025.
        Hall note: resident Marcus Yeo Zhen Wei (Temasek Hall, Rm B-407) was caught with alcohol during Orientation Week and is barred from hall re-admission in AY2026/27.
        Offer withdrawn - applicant Jerome Sim Kai Lun disclosed a conditional warning from the police (2024) for shop theft under s 379 of the Penal Code.
        can pm me on tele @jiaxuan_koh07 or whatsapp +65 8276 9941, this is Koh Jia Xuan, my SMU interview is tmr and i need the SSP notes
        pls charge the S$500 acceptance deposit to my mum's Mastercard 5401 2398 4410 6730, name LAU MEI FONG, exp 11/27, cvv 482
        Interview-day parking: vehicle SLK 4821 X, driver Mr Daniel Chew, father of applicant Chew Rui En (Medicine shortlist, 24 Mar).
        Student's Pass issued to Zhang Yuhan, FIN G6180923L, valid to 31/07/2030; registered address Blk 861 Tampines Ave 5 #11-402 S(520861).
        Scholar Michelle Tan Hui Min is 24 weeks pregnant and has applied to defer her first posting from Jul 2026 to Jan 2027.
        Transcript: Loh Wen Jie, matric A0271145X, GPA 2.41, failed MA1521 in Sem 2, placed on academic probation for AY2025/26.
        Sponsor: Encik Rosli bin Hamzah, MyKad 740618-08-5203, Malaysian passport A58214903, monthly income RM6,200 (teacher, grade DG48).
        Please arrange wheelchair access and 25% extra time for applicant Gabriel Lim Jun Yi, who has cerebral palsy, at the aptitude test on 24 Mar.
        Amanda Soh (ACJC 2025 cohort) - dyslexia diagnosed by an educational psychologist, report dated 14/2/2023; access arrangements approved for the admission test.
        The girl from Foon Yew who topped the UEC, Heng Xiu Qing, turned down the NUS offer because her dad's chemo at NCIS is eating up all the family savings.
        Emergency contact for scholar Haziq Ilham bin Mohd Noor: mother Puan Rohana binti Ismail, +60 13-552 9107, No. 8, Lorong Kenari 3, Taman Bukit Indah, 81200 Johor Bahru.
        Ms Kavya Nair, T0412873C, DOB 03/06/2004, shortlisted for the SUTD Global Distinguished Scholarship, interview 9 Apr 2pm.
        On 12 Feb, Clarence Ang <clarence.ang.yh@gmail.com> wrote: Hi, I'd like to appeal for Business Analytics, my H2 Econ was re-marked from C to A.
        Scholar Benjamin Teo Wei Ming (S8204417E) broke his bond after 3 years at GovTech; outstanding liquidated damages $187,204.10, payment plan 60 months.
    """),
    "ms": _lines("""
        Saya Nurul Syafiqah binti Azman (No. KP 070608-01-6528) ingin membuat rayuan UPU kerana tawaran Diploma Perakaunan tidak sesuai. No. tel: 019-884 3127.
        Penjamin kedua: Encik Lim Chee Keong, No. KP 680921-07-5131, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, pendapatan bulanan RM5,400.
        Akaun bank untuk pembayaran elaun biasiswa: Maybank 1642 0381 7729 atas nama MUHAMMAD AMIRUL HAKIM BIN SAZALI.
        Calon Aiman Danish bin Roslan (061123-14-3387) tidak dapat hadir temu duga MARA kerana dimasukkan ke Hospital Kuala Lumpur akibat demam denggi pada 12 April.
        Maklumat ibu bapa: Bapa - Sazali bin Daud, pemandu lori, RM2,100 sebulan; Ibu - Zaleha binti Musa, suri rumah. Alamat: Lot 1127, Kampung Sungai Pinang, 16800 Pasir Puteh, Kelantan.
        Salam cikgu, nak tanya pasal borang biasiswa Yayasan Sabah utk anak saya Jeremy Liew, IC 060305-12-5911, dia dapat 8A SPM tapi kami tak mampu. No saya 016-823 4470.
        Keputusan rayuan: DITOLAK. Nama: Thivya a/p Subramaniam, No. KP 070829-07-6142, Program: Ijazah Sarjana Muda Farmasi, Sebab: tidak memenuhi syarat minimum Biologi.
        Baki pinjaman PTPTN bagi Mohd Faizal bin Ramli (KP 981204-03-5477) ialah RM38,412.60 dan beliau telah disekat keluar negara sejak Mac 2025.
        Boleh WhatsApp saya di 011-2645 8830 (Farah, mak Adam Haris), anak saya calon temu duga biasiswa esok tapi demam panas sejak semalam.
    """),
    "zh-Hans": _lines("""
        您好，我是周思雨的妈妈，孩子今年参加新加坡SM2奖学金面试，身份证号43010220080315472X，联系电话13873152486。
        学生：王子轩，昆山市第一中学高三（2）班，身份证320583200711220819，已获南洋理工大学录取，需签署6年服务合约。
        我女儿陈可欣（身份证510107200807093348）去年体检查出轻度抑郁症，请问会影响SM3奖学金的体检吗？
        担保人：陈建国（陈子墨之父），身份证370202197805042910，住址：青岛市市南区东海西路35号2单元1102室，年收入约28万元。
        面试通知已发至 liyuxin_sz2008@163.com，请李雨昕同学（身份证440304200802185669）3月12日携带护照E38217465到上海面试点报到。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a university Office of Admissions. Be concise.",
        ),
        ("user", "hi can i still appeal if i got rejected for nursing?"),
        (
            "assistant",
            "Yes, appeals can be submitted within 7 days of the outcome release through the Appeal form in the Applicant Portal.",
        ),
        ("user", "ok but the portal says my appeal window closed?? my app no is A26-0412287"),
        ("user", "name is Siti Khadijah binti Rahmat, NRIC T0698452A"),
        (
            "assistant",
            "Thanks. I can't view individual records, but I have logged your case for an officer to contact you.",
        ),
    ],
    [
        (
            "user",
            "I'm thinking of breaking my scholarship bond. How is the payout usually calculated?",
        ),
        (
            "assistant",
            "It depends on your agreement, but it is often the emoluments received, pro-rated for the unserved period, multiplied by a factor, plus interest.",
        ),
        (
            "user",
            "ok so for context i'm Eugene Phua, 29, at MOH now, 2 of 6 years served, they told me roughly $298k. my current pay is $7,100",
        ),
        ("user", "the private offer is $11.5k/mth from a bank. worth it?"),
        (
            "assistant",
            "You may want to compare the after-tax difference over the remaining four years against the damages and interest.",
        ),
    ],
    [
        ("user", "Saya nak semak status rayuan UPU saya"),
        (
            "assistant",
            "Baik. Sila log masuk ke portal UPUOnline menggunakan No. MyKad dan PIN anda.",
        ),
        ("user", "tak boleh login. IC saya 070215-13-4418"),
        ("user", "nama penuh Dayang Nurfarah binti Awang Jaini, dari Kuching"),
        ("assistant", "Sila hubungi talian khidmat pelanggan untuk set semula PIN anda."),
    ],
    [
        ("user", "What financial aid is available for low-income students?"),
        (
            "assistant",
            "There are government bursaries, university bursaries and study loans. Eligibility is usually based on gross household income per capita.",
        ),
        (
            "user",
            "my son Ethan Lau is going NTU this Aug. I'm a single mum, cleaner at a hawker centre, earn about $1,650. we stay Blk 23 Jalan Bukit Merah #05-1102",
        ),
        (
            "assistant",
            "With that income your household should qualify for the higher bursary tier. Please apply through the financial aid portal.",
        ),
    ],
    [
        (
            "system",
            "You help applicants draft appeal letters. Never ask for NRIC numbers or other identifiers.",
        ),
        ("user", "can you help me write an appeal? my A levels were bad because of family stuff"),
        (
            "assistant",
            "Of course. Could you describe the circumstances you want the committee to consider?",
        ),
        (
            "user",
            "my dad Tay Kok Wah was jailed in Sep 2024 for CBT at his company and my mum had a breakdown. I'm Tay Li Ting, Temasek JC. I was the one taking care of my two brothers during A levels",
        ),
        (
            "assistant",
            "Thank you for sharing. Here is a draft that explains the impact without going into unnecessary detail.",
        ),
    ],
    [
        ("user", "老师好，我是SM2奖学金的候选人，想问一下面试要带什么材料"),
        (
            "assistant",
            "Please bring your passport, school transcripts, award certificates and the printed interview notice.",
        ),
        ("user", "好的。我的护照号是EB4417206，名字是Huang Jingyi，黄靖怡"),
        (
            "user",
            "if got any change can add my wechat hjy_0817_xm, or email huangjingyi0817@qq.com",
        ),
        ("assistant", "Noted. Any changes will be sent to the email you registered with."),
    ],
    [
        (
            "user",
            "Draft a polite email to my second surety asking him to come sign the bond at the lawyer's office on Sat 10am",
        ),
        ("assistant", "Sure. Who is the surety and what details should be included?"),
        (
            "user",
            "my uncle Mr Seah Chin Huat, NRIC S7715390Z, lives at 15 Jalan Lempeng #03-07, Singapore 128797. lawyer is at Peninsula Plaza",
        ),
        ("assistant", "Dear Uncle Chin Huat, I hope this email finds you well..."),
    ],
    [
        (
            "user",
            "I'm coordinating tomorrow's scholarship interviews. Can you format this into a table?",
        ),
        (
            "user",
            "10.00 Rachel Ho Kai Xin 9623 7150 rachel.hkx@gmail.com\n10.30 Muhammad Hafiz bin Salleh 8451 2039 hafiz.salleh07@gmail.com\n11.00 Jovan Lim Shi Rong 9178 6604 jovanlsr@hotmail.com",
        ),
        ("assistant", "Here is the table with time, name, phone and email columns."),
    ],
    [
        ("user", "I need to pay the acceptance deposit but the portal keeps timing out"),
        ("assistant", "Sorry about that. You may try again later or use a different browser."),
        ("user", "can u just take the card details? 4217 6500"),
        (
            "user",
            "1932 8841 exp 04/29, name on card ANG MEI LING, for my daughter Ang Hui Shan's offer",
        ),
        (
            "assistant",
            "Please do not share card details here. Payment can only be made through the secure portal.",
        ),
    ],
    [
        ("user", "how early should I reach for the Medicine MMI?"),
        ("assistant", "Arrive about 30 minutes before your slot to register and clear security."),
        ("user", "ok. fyi I have type 1 diabetes, may need to check my sugar between stations"),
        (
            "assistant",
            "You can request that accommodation in advance through the admissions office.",
        ),
        ("user", "pls note it under my name then - Kuek Yong Sheng, slot 24 Mar 1.40pm"),
    ],
]
