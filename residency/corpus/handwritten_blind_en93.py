# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en93: SG/MY music schools and exam boards (ABRSM entries, recital programmes, student progress, fees). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en93
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exam board notices"): _lines("""
        ABRSM Practical Grades: the Singapore Autumn 2025 session runs 6 Oct – 28 Nov; online entries close 1 Aug at 23:59 SGT.
        Grade 8 Piano (2025 & 2026 syllabus) entry fee, Singapore: S$412.00. Grade 5 Music Theory (online): S$98.00.
        Candidates for Grades 6–8 must show photo ID on arrival; the steward checks it and hands it straight back, nothing is copied or kept.
        Results for the Kuala Lumpur June session will be released on the Portal 4–6 weeks after the last exam day at the centre.
        Performance Grade videos must be one continuous, unedited take, with the candidate's hands and instrument visible throughout.
        Mark bands: 100 Pass, 120 Merit, 130 Distinction (total 150).
        Applicant number = 8 digits (e.g. 12345678). Don't confuse it with the 4-digit candidate number on the Attendance Slip!!
        Access arrangements (extra time, large-print papers, adapted aural tests) must be requested at entry with supporting documents; never email medical reports to the examiner.
        Exam venue for Centre 1203: Harmonia Music Centre, 68 Orchard Road #04-11, Singapore 238839. Lift lobby B, follow the blue signs.
        A pass in Grade 5 Theory, Practical Musicianship or Jazz is required before entering Practical Grades 6, 7 and 8.
        Southeast Asia Music Examinations Board helpline: +65 6589 2200 (Mon–Fri 9am–5pm), Malaysia office 1-300-88-2733.
        Grade 1 Piano scales: C, G, D, F major; A, D minor — hands separately, 1 octave, min. crotchet = 60.
        Spring 2025 certificates dispatched by SingPost on 14 Jul; consignment tracking RR204518736SG covers all of Centre 1203's envelopes.
        Exam timetables are emailed to the applicant (teacher or school) only, about 3 weeks before the exam date. Pls don't call the examiner.
    """),
    ("en", "recital programmes"): _lines("""
        Year-End Students' Concert — Sunday 14 December 2025, 3.00pm, The Arts House Chamber, 1 Old Parliament Lane, Singapore
        J. S. Bach (1685–1750): Prelude and Fugue in C minor, BWV 847
        Chopin – Nocturne in E-flat major, Op. 9 No. 2
        W. A. Mozart: Piano Sonata in C major, K. 545 — I. Allegro
        ~ Interval (15 min) ~ Refreshments in the foyer, courtesy of the Parents' Committee
        Zubir Said (1907–1987): Majulah Singapura, arr. for string ensemble by our Gr 3–5 strings class
        P. Ramlee medley — 'Getaran Jiwa' & 'Azizah', arr. for violin and piano
        Dick Lee: 'Home' (NDP 1998), junior choir with piano accompaniment
        Sonatina Strings: Vivaldi, Violin Concerto in A minor, RV 356, 1st mvt (Allegro)
        Please switch off mobile phones. Non-flash photography during the bows only, thank you!
        Tchaikovsky: The Nutcracker — Dance of the Sugar Plum Fairy (arr. celesta & strings)
        Programme note: Clara Schumann wrote her Piano Trio in G minor, Op. 17, in 1846, a year of illness and the loss of her infant son Emil.
        Running time approx. 1h 45m. Doors open 2.30pm, free seating, no ticket needed.
        Clementi: Sonatina in C, Op. 36 No. 3 — I. Spiritoso
        Beethoven: Für Elise, WoO 59. By 1810, when he wrote it, Beethoven's hearing was already failing badly.
    """),
    ("en", "fees and invoices"): _lines("""
        Term 1 2026 tuition: Gr 1–3 piano S$160/month (4 x 30 min), Gr 4–5 S$200, Gr 6–8 S$280 (4 x 60 min).
        Invoice INV-2025-11-0847 | Grade 5 Piano exam entry x1 | S$245.00 | GST 9% S$22.05 | Total S$267.05
        $20 late fee after the 7th of each month. Missed lessons are not refunded; one make-up per term with 24h notice.
        PayNow to UEN 201912345K (Harmonia Music Pte Ltd) — use the invoice no. as reference, NOT your child's name pls.
        Receipt R-000318: received RM 1,260.00 for Term 2 violin (Gred 4), DuitNow QR, 03/06/2025 14:22:07
        Order #CM-7741290 — Yamaha P-145 digital piano, S$899.00, free delivery within 5–7 working days.
        Lee Foundation Music Bursary covers up to 50% of exam fees for eligible students; forms at the front desk.
        10% sibling discount applies to the 2nd and subsequent child enrolled in the same term.
        Bank transfer: DBS Bank Ltd, a/c name Crescendo Music Studio LLP, business a/c 072-901234-5.
        2026 book prices: Hanon The Virtuoso Pianist S$18.90 | Piano Exam Pieces Gr 3 (book only) S$24.50 | Theory Workbook Gr 1 S$15.80
        All fees are subject to 9% GST with effect from 1 Jan 2024. GST Reg. No. M90-1234567-8
        refund txn 8f3a2c91e07b amount=150.00 SGD status=SETTLED at 2025-09-18T10:42:31+08:00
        Grade 1 Piano entry fee rises from S$128 to S$136 for the 2026 sessions (+6.3%).
        Deposit of one month's fee (refundable with one full term's written notice) is payable on registration.
    """),
    ("en", "teacher group chat"): _lines("""
        Reminder all parents: no lessons on Hari Raya Puasa (31 Mar), studio closed. Make-up slots will be posted here next week 🙏
        Pls remind the kids to bring their own pencil and the red exam book every lesson ok, many forgot last week 😅
        Teacher, the aircon in Room 3 leaking again lah, can call the contractor?
        Gr 3 theory mock paper uploaded to the Google Drive folder, answers next Fri.
        Pls DON'T post students' NRIC no. or exam marks in this group — send to admin thru the portal only.
        Exam day checklist: attendance slip, original music books (no photocopies unless permitted), rosin, spare E string, water bottle.
        Anyone got an accompanist free for Gr 8 violin (Bruch) in Nov? the usual one fully booked already
        Parking at Bukit Timah branch: use the coupon lot along Jalan Jurong Kechil, basement is residents only.
        Sat 9am–1pm theory class: Level 2 classroom confirmed, max 12 pax.
        Can or not shift the group lesson to 4.30? Many kids got CCA until 4.
        Aural tip: for the Gr 5 cadence question listen to the bass — V–I perfect, IV–I plagal, I–V imperfect, V–vi interrupted.
        Studio 2 grand tuned 12 Nov by the Cristofori technician, A=442Hz, pls don't put drinks on the lid.
        华乐团 ensemble rehearsal moved to Tues 7pm, bring your own stand ya.
    """),
    ("en", "history and pedagogy"): _lines("""
        The Yong Siew Toh Conservatory of Music at NUS is named after Yong Siew Toh, daughter of the philanthropist Dr Yong Loo Lin.
        The Suzuki Method, developed by Shinichi Suzuki in post-war Japan, teaches young children to play by ear before reading notation.
        Kodály-inspired solfège with hand signs is widely used in Singapore pre-school music programmes.
        Sight-reading: practise daily in short bursts — 5 minutes, new material each time, and never stop to correct.
        Leopold Mozart published his violin treatise in 1756, the year his son Wolfgang was born.
        Robert Schumann's hand injury in the early 1830s ended his hopes of a virtuoso career and turned him to composition.
        Dewan Filharmonik Petronas at KLCC is the home of the Malaysian Philharmonic Orchestra, founded in 1998.
        The Singapore Symphony Orchestra, founded in 1979, performs mainly at the Esplanade Concert Hall and the Victoria Concert Hall.
        Victoria Concert Hall, 9 Empress Place, Singapore 179556
        Kahchun Wong, the Singapore-born conductor, won the Gustav Mahler Conducting Competition in Bamberg in 2016.
        Scales in contrary motion help beginners feel the symmetry of the keyboard: both thumbs meet on the same key.
        Practice logs work better as checklists of tasks than as minutes — '3 clean runs of bars 9–16' beats '20 min'.
    """),
    ("en", "parent forum"): _lines("""
        Is it normal for a 7yo to take 2 yrs to pass Grade 1? teacher says ok but I worry leh
        Anyone compared ABRSM vs Trinity for piano? which one DSA schools prefer?
        Recommend piano teacher around Punggol/Sengkang? budget ~$180/mth, patient with young kids pls
        PSA: the 2025–2026 piano syllabus books are out at most music shops, ~$25 each.
        Our centre in Cheras charges RM150/month for Gr 2 piano, is that reasonable or kena chop?
        Don't buy second-hand exam books with pencil markings if your kid is easily distracted haha
        Gr 8 Distinction vs Merit — does it matter for DSA? Heard they look more at the audition.
        Swee Lee at Clarke Quay still carries the Yamaha U1? went last month only saw Kawai
        Yamaha Music School vs private teacher — Yamaha has its own grading, need extra prep for ABRSM.
        FYI the Jurong East exam centre room is super cold, bring a jacket for the kids.
        Is 30 min practice a day enough for Gr 4? Mine does 20 then start complaining.
        Theory Gr 5 online vs paper — online one got auto-marking for some qns, results came back in 2 weeks only.
    """),
    ("en", "school system and logs"): _lines("""
        [2025-11-03 09:14:22 SGT] INFO entries.export: wrote 148 rows to abrsm_entries_autumn.csv sha256=9c1e4b7a02d3f85e
        enrolment-service v2.14.3 (build 7f3e91c): fix duplicate invoice numbers when the term rolls over
        SELECT term, COUNT(*) FROM lessons WHERE status = 'cancelled' GROUP BY term ORDER BY term;
        Dear {parent_name}, {student_name}'s Grade {grade} {instrument} exam is on {exam_date} at {venue}. Please arrive 15 minutes early.
        PDPA notice: we collect students' names, dates of birth and guardian contact numbers only for exam entry, and delete them 12 months after the session.
        retention job purge_old_students finished 02:00:17, 37 records anonymised, 0 errors
        candidate_no,surname,forename,dob,instrument,grade,centre_code,access_arrangement
        Error 422: field 'nric' failed checksum validation. Format: S/T/F/G/M + 7 digits + letter, e.g. S1234567D.
        GET /api/v1/rooms/3/slots?date=2025-12-06 -> 200 OK (14 slots, 3 free)
        0 8 * * MON send_fee_reminders --term=2026T1 --dry-run=false
        commit a41c9e2: rename guardian_hp -> guardian_phone, add E.164 validation (+65 / +60)
        fixture: Student(name="Test Student", phone="+65 0000 0000", email="test@example.com")
    """),
    ("ms", "notis sekolah muzik"): _lines("""
        Notis: Kelas piano Sabtu 20 Disember dibatalkan kerana cuti sekolah. Kelas ganti akan dimaklumkan kemudian.
        Yuran pendaftaran RM80 (sekali sahaja); yuran bulanan Gred 1–3 RM150, Gred 4–5 RM190.
        Peperiksaan praktikal ABRSM sesi Oktober diadakan di pusat Kuala Lumpur, sila hadir 20 minit lebih awal.
        Ibu bapa diminta TIDAK berkongsi nombor kad pengenalan anak dalam group WhatsApp. Sila guna borang dalam talian.
        Sekolah Muzik Irama Sdn Bhd (201801023456), Lot 2-15, Jalan Tun Razak, 50400 Kuala Lumpur
        Sila bawa buku teori Gred 2 dan pensel 2B setiap kelas ya.
        Konsert akhir tahun: Ahad 7 Disember, 3 petang, Auditorium Tunku Abdul Rahman. Masuk percuma!
        Waktu operasi Isnin–Jumaat 2pm–9pm, Sabtu–Ahad 9am–6pm. Talian pejabat 03-2145 6678.
        Sijil peperiksaan boleh diambil di kaunter mulai 15 Januari, sila tunjukkan resit pendaftaran.
        Pelajar yang lulus Gred 8 dengan Distinction layak memohon biasiswa sekolah untuk tahun 2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Teacher Grace, this is Jayden's mum, Mdm Lim Hui Min. Can Jayden Tan change his Sat lesson to 3pm? WhatsApp me at 9127 4483 ya.
        ABRSM entry: Nur Aisyah binti Kamarulzaman, DOB 14/03/2013, MyKad 130314-10-1286, Piano Gr 3, centre KL, access arrangement: none
        Term 3 progress — Ethan Koh Wei Ming (Sec 2): sight-reading still weak. He was diagnosed with ADHD last year so we keep theory to 30-min blocks; his mum Karen agreed.
        Fee reminder to Mrs Priya Ramasamy: Kavya's violin fees for Aug–Oct still unpaid, 3 x $220 = $660, second reminder already sent.
        Paid the Gr 6 entry with my Visa 4557 0218 3460 9179 exp 08/27, cardholder LOW SIEW LING, pls confirm received
        Pls courier Ryan's Gr 8 cert to Blk 682B Jurong West Central 1 #12-345, Singapore 642682, attn Mr Muhammad Faizal bin Osman (father).
        Lessons for Ong Kai Xuan are at the family's home, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, every Tue 5pm — gate code 4471.
        Payroll Nov 2025 — Cheryl Teo Hui Shan (part-time piano): 62 teaching hrs x S$55 = S$3,410; employee CPF S$682; net S$2,728
        New teacher onboarding: Goh Li Ting, NRIC S8834127I, LRSM (2015), mobile 8652 0917, starts 5 Jan at the Tampines branch.
        Special consideration approved for Chua Yi Xuan (NRIC ****468Z, Gr 5 theory): dyslexia, 25% extra time.
        Heads up: Mrs Rachel Seah Pei Ling filed a claim against us at the Small Claims Tribunals for the $1,800 term refund, hearing 14 Jan. Don't discuss her son Marcus in the group.
        Chen Sitong (Student's Pass, FIN G5318207R), Gr 6 violin, guardian is her mum Lin Meiqi — WeChat lin_meiqi_0614
        Accompanist fee for order #TR-2291 was paid by Mr Yap Chee Keong from Maybank a/c 1143 2209 8761 — refund the extra RM50 to the same acc.
        Sophia Ng (Gr 4 flute) has asthma, inhaler is in the side pocket of her bag. If she gets an attack call her mum Jolene at 9734 0128 immediately.
        Only the father, Mr Daniel Chia, may pick up Megan Chia (P3) after lessons. There is a court order; do not give the mother any info about her schedule.
        Bursary application: Harini d/o Suresh, household of 5, gross income S$2,350/mth, father retrenched in March, living in a 2-room rental flat at Blk 25 Jalan Kukoh.
        Congrats to Tan Jia Wei of our Serangoon studio — 142/150 Distinction for Gr 8 piano, the top mark in our centre this year!!
        Pls send the accompaniment track to my personal email nurulhuda.azman88@gmail.com, my daughter Alya's Gr 3 singing exam is next Wed.
        Aiden Lim Zhi Hao, born 02/11/2015, NRIC T1583926G, entering Initial Grade cello; parent contact 8290 3315.
        Piano lessons at my home studio near Clementi MRT — Ms Evelyn Sim, Blk 315 Clementi Ave 4 #05-21, call/text 9183 6604. ARSM, 10 yrs exp.
        student_id=STU-20931 name='Rayyan bin Hakim' dob=2012-07-19 guardian='Hakim bin Yusof' guardian_phone=+60 12-339 8471 status=ACTIVE
        {"candidate": "Lim Wen Jie", "nric": "T0912468Z", "instrument": "Piano", "grade": 7, "dob": "2009-04-22", "mark": 118}
        Whose car is SJH 8821 J? Blocking the loading bay again. I think it's Alicia Yeo's dad, Mr Raymond Yeo — can someone tell him?
        Pls update my address: moved to 18 Jalan Bunga Raya 4, Taman Melawati, 53100 Kuala Lumpur. — Kelvin Loh Wai Keong (parent of Loh Zi Ying, Gr 2 violin)
        Teacher Wong Mei Fong is on hospitalisation leave till 12 Dec after her thyroid cancer surgery; her Thursday students go to Mr Arun.
        Transfer student from HK: Ho Ching Yan, HKID K603218(4), sat Gr 5 theory at the Kowloon Tong centre, now staying at 8 Toh Tuck Road #03-07.
        Offer letter draft for Ms Tan Xin Yi (full-time violin teacher): basic S$4,200/month + S$15/hr above 30 hrs/week, 3-month probation.
        Lucas Fernandez, 8, St Joseph's Institution Junior, Gr 2 piano Thurs 4pm — mum Angela, angela.fernandez.sg@outlook.com
        The boy who cried in the exam room today was Bryan Ho from the Gr 4 class, he said his parents are divorcing and he hasn't been sleeping. Pls go easy on him.
        Amended entry: surname is 'Gurpreet Kaur d/o Harjit Singh' not 'Gurprit', DOB 30/06/2012, NRIC T1276053H
        Mdm Siti Zubaidah binti Ahmad, IC 850412-07-5362, applied for the staff discount for her twins Adam & Hawa (Gr 1 piano).
        Overseas candidate Kevin Wijaya, Indonesian passport C4718203 exp 11/03/2029, entering Gr 8 violin at the Singapore centre.
        Caleb Lau was suspended from school last week for vaping, so his dad Jonathan (9811 2047) asked us to pause his lessons for a month.
        Staff file update: Nur Amirah binti Zulkifli, IC 920117-14-5522, EPF no. 18374526, basic RM3,800.
        Mrs Kwek's OCBC cheque no. 004517 for $560 bounced, 2nd time this year, and her husband Mr Kwek Boon Hwa isn't answering either.
        Result slip — Alyssa Teo Jia En, Piano Gr 1: A1 22, A2 24, B 21, scales 18, sight-reading 17, aural 14, total 116 Merit
        Hi, Darren here (Chloe Wee's dad). We moved to Blk 523A Punggol Way #15-88 so pls put her Sat lessons at Punggol branch. Number still 8473 6150.
        Low Jun Kai wears bilateral hearing aids, aural tests to be adapted as per access arrangement ref AA-2025-0311.
        Pls charge Anjali's Gr 7 voice fee to her dad Mr Rajesh Pillai's Mastercard 5378 4120 6659 3013 exp 11/26, he'll give the CVV by phone.
        Transfer my Dec pay to POSB savings 188-45732-1 under Chong Wei Ling ya, the old DBS acct closed already.
        Teacher ah, my son Lee Jun Jie (李俊杰) this sem cannot come Wed, he got tuition. My hp 016-552 0917.
    """),
    "ms": _lines("""
        Assalamualaikum cikgu, saya ibu Muhammad Harith (Gred 2 piano). Nombor saya 013-478 2290, boleh tukar kelas ke hari Khamis pukul 5?
        Yuran Oktober untuk Nur Damia binti Rosli belum dibayar: RM180. Alamat surat: No. 12, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Borang pendaftaran: Danish Haziq bin Azman, MyKad 090722-14-5517, Gred 5 teori, telefon bapa 017-631 4408.
        Cikgu, anak saya Iman Sofea baru keluar wad semalam sebab denggi, minggu ni dia tak dapat hadir kelas violin ya. — Puan Rohana
        Gaji cikgu sambilan Encik Faris bin Jamaluddin bagi November: 48 jam x RM45 = RM2,160, masuk ke akaun CIMB 7012 4488 1093.
        Keputusan ABRSM: Tan Mei Xuan (No. KP 120601-08-0344) lulus Gred 4 piano dengan Merit, 124 markah.
    """),
    "zh-Hans": _lines("""
        陈老师您好，我是陈思彤的妈妈林美琪，微信 lin_meiqi_0614，孩子下个月在新加坡考小提琴六级，麻烦帮忙报名。
        报名资料：考生 王梓涵，女，出生日期 2012-03-09，身份证 440306201203094420，钢琴五级。
        学费转账人：林美琪，身份证号 350203198706143027，金额 SGD 1,120，请开收据。
        黄子轩家长：孩子有癫痫病史，上课如果发作请马上打我电话 +86 138 2745 0916，谢谢老师。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for Harmonia Music School (Singapore). Help parents with ABRSM entries and fees.",
        ),
        ("user", "hi need to enter my son for Gr 5 piano spring session"),
        (
            "assistant",
            "Sure! Please give the candidate's full name as in the NRIC, date of birth and preferred centre.",
        ),
        ("user", "Isaac Tan Kai Wen, 5 May 2012, Orchard centre"),
        ("user", "nric T1219847C"),
        ("assistant", "Thanks, the entry is saved. The fee of S$245 can be paid by PayNow."),
    ],
    [
        (
            "user",
            "Hello, is this the Bangsar music school? I want to ask about violin for my daughter",
        ),
        ("assistant", "Yes! We have violin classes for ages 5 and up. How old is she?"),
        ("user", "6 years. Name Chloe Ooi. Can call me, I'm Mrs Ooi"),
        ("user", "019-880"),
        ("user", "2314"),
        ("assistant", "Noted, our coordinator will call you tomorrow afternoon."),
    ],
    [
        ("user", "Can you help me write a term report for one of my piano students? Keep it kind."),
        (
            "assistant",
            "Of course. Tell me about the student's progress, strengths and what to work on.",
        ),
        (
            "user",
            "Her name is Sarah Lim Xin Hui, 10, Grade 3. She is on the autism spectrum and gets overwhelmed by loud sounds, but her sense of pitch is amazing. Scales are messy, pieces are 80% ready.",
        ),
        (
            "assistant",
            "Here's a draft: 'Sarah has shown a wonderful ear for pitch this term, and her pieces are nearly exam-ready...'",
        ),
    ],
    [
        ("user", "draft a polite final reminder for overdue fees"),
        (
            "assistant",
            "Dear Parent, our records show an outstanding balance of S$[amount] for [term]. Kindly settle by [date]...",
        ),
        (
            "user",
            "fill in: Mr Benjamin Quek, Blk 107 Bedok North Road #09-210 S460107, S$840 for Jul–Oct, son is Nathan Quek Gr 6 cello",
        ),
        (
            "assistant",
            "Dear Mr Quek, our records show an outstanding balance of S$840 for July to October...",
        ),
    ],
    [
        ("user", "I want a refund for the theory class, my kid withdrew"),
        (
            "assistant",
            "I'm sorry to hear that. Refunds go back to the original payment card within 7–10 working days.",
        ),
        ("user", "ok the card was 4012 8812 3456 7700, name on card Angeline Foo"),
        ("assistant", "Thank you, the refund request has been submitted."),
    ],
    [
        ("user", "Which Grade 4 pieces would suit a shy 9-year-old who loves Disney?"),
        (
            "assistant",
            "Try the lyrical List B pieces; many teachers also use Disney arrangements for fun outside exam work.",
        ),
        ("user", "nice. also does your teacher do home lessons? we stay in Tampines"),
        ("assistant", "Yes, home lessons are available in the east for an extra S$20 per lesson."),
        (
            "user",
            "ok book Tues 6pm. address Blk 861 Tampines Ave 5 #07-145 S520861, ask for Mdm Chong, the girl is Rachel",
        ),
    ],
    [
        ("user", "Saya nak daftar anak untuk kelas gitar"),
        ("assistant", "Baik puan. Boleh beri nama penuh dan umur anak?"),
        ("user", "Muhammad Aqil bin Rahim, 11 tahun"),
        ("user", "IC dia 140203-10-6671. Saya Puan Zarina, 012-274 9036"),
        ("assistant", "Terima kasih puan, kami akan hubungi puan untuk slot kelas."),
    ],
    [
        ("user", "Hi, my daughter will come from Xiamen to sit ABRSM Grade 8 piano in Singapore"),
        (
            "assistant",
            "Welcome! International candidates can enter through our centre. We'll need passport details.",
        ),
        ("user", "她叫郑雨萱 Zheng Yuxuan，护照号 E84120937，出生 2008年7月16日"),
        ("user", "我的微信 zyx_mama1980，手机 +86 159 6023 8817"),
        ("assistant", "收到，我们会把报名确认发到您的微信。"),
    ],
    [
        ("user", "Format this recital running order into a nice table pls"),
        ("assistant", "Sure, paste the list."),
        (
            "user",
            "1. Hannah Goh (9, Rosyth School) – Minuet in G; 2. Marcus Lee (12, Raffles Institution) – Clair de lune; 3. Jolene Wu (11, Nanyang Primary) – she uses a wheelchair so needs the ramp side of the stage",
        ),
        (
            "assistant",
            "| No. | Performer | Age | School | Piece |\n|---|---|---|---|---|\n| 1 | Hannah Goh | 9 | ...",
        ),
    ],
    [
        (
            "system",
            "Screen teacher applications for Crescendo Music Studio. Summarise each applicant in three lines.",
        ),
        (
            "user",
            "Applicant: Vanessa Chew Pei Wen, NRIC S9163245D, DipABRSM (2019), email vanessa.chew.piano@gmail.com, expects S$3,800/month, currently at another school but unhappy with boss.",
        ),
        (
            "assistant",
            "Vanessa Chew Pei Wen — DipABRSM 2019; currently employed elsewhere; salary expectation S$3,800/month.",
        ),
    ],
]
