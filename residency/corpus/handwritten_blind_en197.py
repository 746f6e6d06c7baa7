# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en197: SG/MY speech, occupational therapy and early intervention centres for children. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en197
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "centre_notice"): _lines("""
        Notice to parents: the centre will be closed on 31 Dec and 1 Jan; sessions falling on these dates will be rescheduled by your therapist within the same billing month.
        Reminder: please arrive 10 minutes early for the first OT assessment so your child can settle in the sensory gym before the standardised tasks begin.
        From 1 March, late cancellations (less than 24 hours' notice) will be charged at 50% of the session fee, except with a medical certificate.
        Haze advisory: when the 24-hr PSI exceeds 200, gross-motor play moves from the playground to the indoor gym and the air purifiers in Rooms 2-5 will be switched on.
        Our Jurong East branch has moved to Blk 135 Jurong Gateway Road #02-317, Singapore 600135; the main line 6563 2210 stays the same.
        Parent workshop "It Takes Two to Talk" runs over 8 Saturday mornings starting 7 Feb; S$480 per family, CDA accepted.
        Hand-foot-mouth disease alert: two cases in the playgroup class this week. Children with mouth ulcers or rashes should stay home until fully recovered.
        Therapy rooms are CCTV-monitored for safeguarding; footage is kept for 30 days and is not shared outside the centre without a police or court request.
        New parking arrangement: Level B1 carpark charges S$1.20 per half-hour; parents attending sessions can validate one hour free at reception.
        Hari Raya Puasa week: the Tuesday social skills group is cancelled; individual speech sessions continue as normal.
        Waitlist update for the January intake: current wait for a speech assessment is about 10 weeks, and about 14 weeks for an OT assessment.
        Please label water bottles, spare clothes and diapers with your child's name; lost items are kept at the front desk for two weeks.
        Feeding clinic sessions now take place in the kitchen room on Level 3; please bring one preferred food and one non-preferred food to each session.
        Fee revision from 1 April 2027: 45-min individual speech session S$150 (from S$140), 60-min OT session S$175, full assessment with written report S$780.
    """),
    ("en", "subsidy_and_policy"): _lines("""
        EIP fees are means-tested on the household's per capita income; families with a PCI of S$1,500 and below receive the highest tier of subsidy.
        To apply for the Early Intervention Programme, the child must be a Singapore Citizen or PR below 7 years old and be referred by a hospital child development unit.
        DS-LS is delivered inside the preschool by learning support educators and visiting therapists, so the child does not need to travel to a separate centre.
        Child Development Account funds can be used for therapy fees only at CDA Approved Institutions; check the centre's status before paying.
        In Malaysia, parents can register a child with a developmental disability for the Kad OKU at any Jabatan Kebajikan Masyarakat office with a medical report confirming the diagnosis.
        Under the PDPA, the centre may only share a child's assessment report with a school or another provider after the parent gives written consent.
        LHDN allows additional tax relief for each unmarried child certified as OKU; keep the JKM card and the medical certification with your tax records.
        Children on the Inclusive Support Programme receive support in their preschool for up to 2 years, after which the team reviews progress with the family.
        All staff must complete a child safeguarding refresher every 12 months and report any suspected abuse to the centre head on the same day.
        Assessment reports are kept for 7 years after the last session or until the child turns 25, whichever is later, then shredded or securely deleted.
        Therapists must hold a valid practising certificate with the Allied Health Professions Council and renew it every two years.
        Households with a gross monthly income above the published ceiling are not eligible for the means-tested subsidy but may still enrol at the full fee.
    """),
    ("en", "parent_faq"): _lines("""
        My 2-year-old only says "mama" and "papa" - should I wait until he is 3 before getting a speech assessment?
        Is it true that speaking both English and Mandarin at home will cause a speech delay?
        How do I know if my daughter needs OT or just more time to develop her handwriting before Primary 1?
        What is the difference between a developmental paediatrician and a speech therapist, and which one do we see first?
        Can I use Medisave or the CDA for my son's speech therapy at a private centre?
        Tips for screen time: keep it below one hour a day for children aged 2 to 5, watch together and talk about what you see.
        Try "wait time": after you ask a question, count silently to five before helping; many late talkers need that extra pause to respond.
        Why does the therapist recommend a sensory diet, and what activities can we do in a small HDB flat?
        Stuttering in a 3-year-old is common; see a speech therapist if it lasts more than 6 months, involves visible tension, or the child starts avoiding talking.
        Should I tell the kindergarten teacher about the autism diagnosis, or will it affect how they treat my child?
        How long is the waiting list for EIP in the east, and can we do private therapy while waiting?
        Is using a pacifier after age 2 linked to lisps? Our dentist and our speech therapist gave us different answers.
    """),
    ("en", "forms_and_templates"): _lines("""
        Child's full name (as in Birth Certificate): ____________ | BC/NRIC No.: ____________ | Date of birth: __/__/____
        Parent/guardian 1: {parent_name} | Relationship: {relationship} | Mobile: {mobile} | Email: {email}
        Dear [Parent's Name], thank you for your interest in our centre. [Child's Name] has been placed on the waitlist for [Service]; we will contact you when a slot opens.
        Consent: I, ________________ (NRIC: ____________), give permission for the therapist to share the report with __________________ (school/doctor).
        SOAP note template - S: parent report | O: targets, trials, % accuracy | A: progress vs last session | P: plan and home practice
        Emergency contact (other than parent): Name ________ Tel ________ - please do not list the same person twice.
        Goal bank (expressive language): <child> will use 2-word combinations (e.g. noun + verb) in 8 of 10 opportunities across 3 consecutive sessions.
        Home programme sheet - Week __ | Activity | Days practised (M T W T F S S) | What worked | Questions for therapist
        School report request form: please tick the areas to include - attention, fine motor, self-care, peer play, speech clarity, following instructions.
        Medication and allergy section: list any daily medication, allergies (food/latex/plaster) and whether an EpiPen is carried. Leave blank if none.
        Referral letter template: Re: {child_name}, DOB {dob} - the above child was seen on {date} for {concern}. Kindly assess for {service}.
    """),
    ("en", "admin_records"): _lines("""
        Invoice INV-TP-2026-004183 | 4 x speech therapy (45 min) @ S$140.00 | GST 9% S$50.40 | Total S$610.40 | Due 15/01/2027
        Receipt no. RC-0098211 issued 03/11/2026 10:42, payment via PayNow to company UEN 201934567K, amount S$175.00
        Case ref EIP/REF/26/01873 forwarded to partner centre on 12 Nov; acknowledgement expected within 10 working days.
        Helpdesk ticket #44871: booking calendar shows duplicated 9:30 slots for Room 4 after the v2.8.3 update.
        Waitlist summary Q3: 142 new enquiries, 97 assessments completed, median wait 63 days, 11 families withdrew.
        Parcel tracking JNT 630041928715 - therapy kit (weighted lap pad, chewy tube x2, pencil grips) out for delivery.
        Purchase order PO-MY-27-0312: 6 packs PLS-5 record forms, 2 packs Sensory Profile 2 caregiver questionnaires, total RM 1,284.00.
        Room booking 2026-12-08 14:00-15:00 | OT gym | group: handwriting readiness (K2) | capacity 6 | status confirmed
        Claim batch CLM-20261130-07 submitted: 38 EIP session claims, total S$9,120.00, checksum 7f3c9a1e0b44d2.
        Session code ST-IND-45-TUE-1530 deactivated; please use ST-IND-45-TUE-1600 from next week.
        SELECT session_date, therapist_role, COUNT(*) FROM sessions WHERE status = 'no_show' GROUP BY 1, 2 ORDER BY 1;
        scheduler.yaml: slot_minutes: 45 | buffer_minutes: 15 | max_daily_sessions_per_therapist: 7 | reminder_sms_hours_before: 24
    """),
    ("en", "clinical_reference"): _lines("""
        Typical milestones: about 50 words and first two-word phrases by 24 months; about 200-300 words and 3-word sentences by 36 months.
        The ADOS-2 Module 1 is used for children with little or no phrase speech; it is one part of an autism assessment, not a diagnosis on its own.
        A. Jean Ayres developed sensory integration theory in the 1960s and 1970s, and her work still shapes paediatric OT practice.
        Helen Keller learned the word "water" when Anne Sullivan spelled it into her hand at the pump in 1887.
        Temple Grandin's Thinking in Pictures remains one of the most borrowed titles in our parent lending library.
        Childhood apraxia of speech differs from a phonological delay: errors are inconsistent and vowels are often affected.
        In the /s/ drill, children repeat carrier phrases such as "Sam sees seven socks" before moving to spontaneous speech.
        Case vignette (de-identified): a 4-year-old girl with CAS received 24 sessions of DTTC; percent consonants correct rose from 38% to 71%.
        Upin & Ipin episodes work well for narrative retell with Malay-speaking preschoolers - pause after each scene and ask "Apa jadi?"
        The Beery VMI scores visual-motor integration; a standard score below 85 usually prompts a closer look at pencil grasp and shape copying.
        Our home activity workbook (ISBN 9789811234569) follows Vygotsky's zone of proximal development: give just enough help, then fade the cue.
    """),
    ("ms", "notis_pusat"): _lines("""
        Makluman: Pusat akan ditutup pada 1 dan 2 Syawal. Sesi terapi pada tarikh tersebut akan diganti pada minggu berikutnya.
        Ibu bapa dinasihatkan membawa Buku Rekod Kesihatan Kanak-kanak semasa sesi penilaian pertama.
        Yuran sesi terapi pertuturan individu (45 minit): RM 120. Penilaian penuh beserta laporan bertulis: RM 450.
        Permohonan Program Intervensi Awal Kanak-kanak (PIKA) boleh dibuat di pejabat JKM daerah dengan membawa laporan doktor.
        Sesi terapi cara kerja berkumpulan untuk kanak-kanak 4-6 tahun akan bermula pada bulan Februari, setiap Sabtu jam 9.00 pagi.
        Sila maklumkan kepada kaunter sekurang-kurangnya 24 jam lebih awal jika anak tidak dapat hadir; sesi yang dibatalkan lewat akan dicaj penuh.
        Soalan lazim: Adakah anak perlu berumur 3 tahun dahulu sebelum boleh buat penilaian pertuturan?
        Talian Kasih 15999 boleh dihubungi 24 jam untuk sokongan keluarga dan laporan penderaan kanak-kanak.
        No. rujukan aduan ADU-2026-11-0442 telah diterima dan akan disiasat oleh pengurus pusat dalam tempoh 7 hari bekerja.
        Bengkel ibu bapa "Bermain Sambil Bercakap" di Dewan Serbaguna Seksyen 7, 40000 Shah Alam. Percuma, tempat terhad.
        Borang pendaftaran: Nama kanak-kanak: __________ No. MyKid: __________ Nama ibu/bapa: __________ No. telefon: __________
    """),
    ("zh-Hans", "家长通知"): _lines("""
        各位家长好：本中心将于12月25日圣诞节休息一天，当天的言语治疗课程将另行安排补课。
        提醒：初次职能治疗评估约需90分钟，请让孩子提前吃饱、穿舒适的衣服。
        在家多和孩子说话：吃饭、洗澡、坐车的时候都可以描述你们在做什么，用简单的短句。
        双语家庭不必担心讲华语和英语会造成语言迟缓，关键是每种语言都有足够的输入。
        收费标准：个别言语治疗每节45分钟新币140元；综合评估连书面报告新币780元。
        请家长注意：近期手足口病病例增加，如孩子发烧或口腔有溃疡，请留在家中休息。
        早期干预计划（EIP）的津贴按家庭人均收入计算，详情请向中心社工查询。
        请问孩子两岁半只会说十几个词，需要马上做评估吗？还是再等等？
        在新加坡的多语环境下，孩子把华语、英语、马来语混着说是正常的语言现象。
        报名表：儿童姓名：______ 出生日期：______ 家长联系电话：______ 主要担忧：______
    """),
    ("mixed", "group_chat"): _lines("""
        Teacher, tmr got class or not ah? Heard the centre close for Deepavali.
        Any parents know which EIP centre in the north got shorter waitlist? Woodlands or Yishun better?
        Sharing ah, the therapist say must practise 5 mins every day, not 1 hour on Sunday only. Very true lor.
        Mummies, the Hanen workshop quite worth it, but book early because cepat penuh one.
        Reminder from admin: pls pay Nov invoice by 15 Dec via PayNow to the centre UEN, ref = invoice no. Thank you!
        Anyone tried the chewy necklace from Shopee? The one sold at the centre RM 45, online cheaper leh.
        Boleh tak buat speech session online? Rumah jauh, traffic jam teruk pagi-pagi.
        孩子今天在课上讲了第一个 two-word phrase "more juice"！好感动 😭
        Aiyo the carpark full again, just drop off at the lobby then go up Level 5 okay.
        Kids' day celebration on Sat 10am, wear something red and bring one finger food to share ya.
        Pls note this group chat is for centre announcements only, do not post children's photos or reports here.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        INTAKE FORM | Child: LIM JUN HAO RYAN | BC No: T2108473A | DOB: 19/05/2021 | Father: LIM WEI MING, 9672 1834 | Main concern: speech unclear, strangers understand about half | Referred by KKH Dept of Child Development
        Session 6 note - Nur Aisyah binti Rahmat (4y2m): produced 2-word combos 12/20 with visual cue; drooling reduced; mum says she still refuses rice with lumps, will start feeding goals next week.
        Hi Mrs Pillai, Arjun s/o Ramesh did very well today - he waited for his turn 4 times in the group game! Please continue the turn-taking board game at home. See you Thurs 4pm.
        Nursery 2 progress report - Chloe Tan Xin Yi (Class Butterfly): separates well from mum, still finds cutting along a line difficult; we recommend DS-LS support next term.
        Means-test declaration: applicant NUR HIDAYAH BTE ISMAIL (S8834512F), household of 4, gross household income S$5,800/month, PCI S$1,450; child MUHAMMAD HAZIQ BIN ROSLAN, DOB 02/09/2020.
        Waitlist #37 - Muhammad Irfan bin Zulkifli, 2y11m, speech delay, mum Siti Khadijah contact 012-378 4561, prefers Saturday morning slots, Klang area.
        Payment for Ethan Ng Zhi Hao's OT package: card 4556 3321 8807 4618 exp 08/29, name on card NG CHEE KEONG, 10 sessions S$1,650.
        Complaint log 14/11: Mr Gurdeep Singh (father of Harleen Kaur, 5y) unhappy that the OT session was cancelled three times this month without notice; asked for refund of S$350.
        Home visit Tues 10am: Darshan a/l Muniandy, 3y, global developmental delay, No. 14, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya - grandmother will open the gate.
        Parent email on file: gabriel.desouza.family@gmail.com - son Aaron De Souza, 6y, weak pencil grasp, starting P1 at St Stephen's School next year.
        Please send the school report for Goh Wen Qi to her mother at wenqi.mummy88@hotmail.com before 30 Nov; she needs it for the Primary 1 SEN support application.
        Assessment summary: Ethan Ng Zhi Hao (T1967204I), 5y3m. CELF Preschool-3 core language score 72. Diagnosed ASD Level 1 at KKH in March. Recommend weekly speech therapy and social skills group.
        Pick-up note: Natalie Pereira's grandfather collects her after OT every Wed in a silver Honda Jazz SLK 4821 X; no one else is authorised.
        Telegram msg from parent @mummy_of_kayden: "Kayden Lee had a meltdown at the MRT after therapy again, can the therapist call me back?"
        Referral letter: Re: Oliver Whitfield, DOB 11/02/2021 - seen on 03/10/2026 for poor articulation and frequent ear infections; kindly assess hearing. Parents James and Rachel Whitfield, tel 8315 2290.
        Staff note: Ms Jovita Gumpil (speech therapist) on medical leave 9-13 Dec after surgery; her caseload will be covered by the locum.
        Authorised escort: MARITES DELA CRUZ (FIN G5127834N), domestic helper, may collect ZACHARY WONG KAI LE after sessions - signed by mother WONG MEI LING on 02/08/2026.
        Refund of RM 360 for October to parent's Maybank account 1640 5522 8193 (account holder PRIYA A/P SELVARAJ) - overpayment for her son Kishen's speech sessions.
        Incident report 21/10/2026 3:15pm, Room 2 - Ryan Chua Kai Xiang (4y) bit another child during circle time; no broken skin; father informed at 9048 7716 at 3:40pm.
        Hi, this is the mum of Isabelle Koh from the K1 social skills group, my new number is 8862 0473, pls update the class list.
        To whom it may concern: Tan Mei Ling, K2 at PCF Sparkletots Punggol, attends weekly OT for fine motor delay and may need extra time for colouring and writing tasks.
        Call log 11:02 - Mdm Rosnah (mother of Amir Danish bin Kamal, 3y) called from 9255 8140, asked if Amir's EIP start date can be brought forward as she returns to work in January.
        OT assessment: Kavitha d/o Subramaniam, 6y1m, Beery VMI standard score 78, weak bilateral coordination, avoids swings; mother reports toe-walking since age 2.
        Dear Mr and Mrs Lau, we are pleased to offer Lau Yu Xuan a place in the Mon/Thu EIP class from 5 Jan 2027. Please bring his birth certificate (T2211986E) and your NRICs for verification.
        Home-based EI: Blk 318C Sengkang East Way #12-456, Singapore 543318 - Daniel Rozario, 2y8m, Down syndrome, Mondays 9am; dog in the house, call mum at +65 9731 5028 on arrival.
        Feeding clinic: Emily Chong Jia Wen, 3y, accepts only 6 foods (white rice, nuggets, plain bread, Milo, banana, crackers), weight on 3rd percentile; dietitian review at NUH on 18 Dec.
        Teacher referral: Aiden Yeo (K1 Blue, Little Seeds Preschool Tampines) rarely speaks in class, echoes phrases from YouTube, flaps hands when excited. Parents Yeo Boon Huat and Sharon Lim agree to assessment.
        Sibling discount applied: Joshua and Jeremy Teo (twins, both on speech therapy), father Teo Kah Seng, NRIC S8576203F, monthly bill S$1,120 after 10% discount.
        Parent feedback: "My son Haris bin Azman was teased at his childcare because of his stammer, the therapist here helped him so much" - Nurul Ain, 017-602 9183.
        Group roster Sat 9am: 1. Matthew Fernandez (ADHD, needs movement breaks) 2. Khoo Yi Ting (selective mutism, mum stays in room) 3. Arif Hakim bin Jamal (hearing aids, sit near therapist)
    """),
    "ms": _lines("""
        Borang Permohonan Kad OKU - Nama: MUHAMMAD ADAM BIN FAIZAL | No. MyKid: 200903-14-1157 | Jenis: Pembelajaran (Autisme) | Penjaga: FAIZAL BIN OTHMAN, 910728-07-5613, tel 019-881 2046
        Assalamualaikum puan, sesi terapi Nur Qistina binti Hafiz hari Sabtu ni dibatalkan sebab terapis demam. Kami ganti Isnin 3 petang ya.
        Catatan sesi: Aqil Hakimi bin Rosli (3 tahun 6 bulan) boleh sebut "nak air", "mama pergi"; masih guna isyarat tangan untuk minta makanan. Ibu risau sebab belum bercakap dalam ayat.
        Laporan kemajuan untuk tadika: Sofea Irdina binti Azlan, Kelas Melur, lemah motor halus dan sukar pegang pensel; dicadangkan guru beri masa tambahan semasa menulis.
        Puan Zarina binti Yusof (870115-01-6428), No. 21, Jalan Anggerik 3, Taman Mawar, 81200 Johor Bahru, memohon bantuan PIKA untuk anaknya yang lewat bercakap.
        Senarai menunggu terapi cara kerja: 1) Hafiy Iskandar bin Mohd Nor, 4 thn, ADHD, 013-295 7718; 2) Puteri Aleesya binti Kamarul, 5 thn, CP ringan, 014-908 6623.
        Aduan: Encik Jimbun anak Ngelai (bapa kepada Jessica anak Jimbun) tidak puas hati laporan penilaian lewat 6 minggu, sedangkan laporan diperlukan untuk kemasukan PPKI.
        Bayaran yuran Disember untuk Danish Haikal bin Ramli telah diterima, RM 480, dibayar oleh ibunya Nor Azlina; resit dihantar ke azlina.ramli89@yahoo.com.
    """),
    "zh-Hans": _lines("""
        家长陈美玲（手机 8194 6637）反映，儿子黄子轩在幼儿园不肯开口说话，老师怀疑是选择性缄默症，希望预约评估。
        评估报告摘要：周子涵，女，出生证明 T2019837G，言语理解接近同龄，表达落后约12个月，建议每周一次言语治疗。
        林先生您好，您女儿林可欣本周三的职能治疗改到周五下午四点，如不方便请回复。
        缴费记录：何俊杰 十次言语治疗配套 新币1,400，家长何志明以信用卡 5521 1500 4372 9187 付款。
        槟城家长：郑家豪的妈妈 016-447 3092，住 No. 8, Lorong Kenari 2, 11900 Bayan Lepas，孩子三岁还不会叫爸爸妈妈，想问有没有会讲华语的治疗师。
        老师观察：陈思颖（K2）上课注意力很难集中，常常离开座位，家长已带她去NUH做ADHD评估，结果下个月出来。
    """),
    "mixed": _lines("""
        teacher sorry ah, my boy today got fever 38.6, cannot come for ST at 3pm, can change to sat? - mummy of Ong Kai Xuan
        hi ms rani, this is faridah, Irfan's mum 😊 my new hp 018-221 5409, the old one spoil already. btw Irfan now can say "nak susu" liao!
        Eh the OT say my girl Sarah Lim Hui En need to go KKH for sensory assessment, anyone know how long the wait? Dr say maybe 4 months 😩
        Bro, Vikram here, Nikhil's dad (Nikhil Raj a/l Vikram, the K2 boy). Can send me the EIP form? email vikram.raj.sg@gmail.com
        Dear parents, pls welcome Zara binti Hisham and her mum Puan Lina to our Tuesday playgroup! Zara loves Upin Ipin and is working on using words to ask for help 😊
        今天 OT 后是我 helper 来接我儿子 Jayden Tan 哦，她叫 Dewi Lestari，FIN G6048215U，如果她迟到请打我 9502 3317
        Mdm Lee, ur son Lee Jia Le today v good, can cut along curve line already! But still cry when need to wash hands, pls continue the sensory play at home ok 👍
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write an email to my son's kindergarten teacher? His name is Ryan Koh Wei Jie, K1 Sunflower at My First Skool Bedok. He was diagnosed with speech and language delay at KKH last month and now goes for speech therapy every Tuesday, so he will leave school at 2pm on Tuesdays.",
        ),
        (
            "assistant",
            "Sure, here is a draft: Dear Teacher, I would like to let you know that Ryan has recently been diagnosed with a speech and language delay and has started weekly speech therapy. From next week he will need to leave school at 2pm every Tuesday. Please let me know if you notice anything in class that I can share with his therapist. Thank you for your support.",
        ),
        ("user", "Thanks. Also add that she can call me at 9308 4127 and sign it as Koh Li Ping."),
    ],
    [
        ("system", "You help therapists turn rough notes into clear SOAP notes."),
        (
            "user",
            "Pls tidy: Kayla Ho Yu Xin 4y, sess 8. mum says sleeping bad, new baby brother at home. /k/ initial 14/20 w model, 6/20 spont. still fronting /g/ -> /d/. cried 5 min at start. HW: k-cards 5 min daily.",
        ),
        (
            "assistant",
            "S: Mother reports poor sleep since the arrival of a new baby brother. Kayla cried for about 5 minutes at the start of the session. O: /k/ word-initial 14/20 with model, 6/20 spontaneous; continues to front /g/ to /d/. A: Emerging /k/ with support; spontaneous use still limited. P: Continue /k/ at word level, introduce /g/ contrast; home practice with k-cards 5 minutes daily.",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon Kad OKU untuk anak perempuan saya Nur Alya Sofea binti Hairul, MyKid 210517-10-0842. Dia autisme, doktor Hospital Tunku Azizah dah sahkan. IC saya 930604-13-5902. Apa dokumen lain perlu bawa ke JKM?",
        ),
        (
            "assistant",
            "Biasanya anda perlu bawa borang permohonan yang lengkap, laporan perubatan yang disahkan doktor, salinan MyKid anak, salinan kad pengenalan ibu atau bapa, dan gambar berukuran pasport anak. Sebaiknya hubungi pejabat JKM daerah dahulu untuk semak senarai terkini.",
        ),
        ("user", "Ok terima kasih. Kami tinggal Shah Alam, jadi pergi JKM Petaling ke?"),
    ],
    [
        (
            "user",
            "My NRIC is S9012873F and my wife's is S8261947Z. Household income about $7,000 a month, 2 kids. Our son Caleb Ho Jun Wei is 3 and on the EIP waitlist since July. Which subsidy tier would we fall into?",
        ),
        (
            "assistant",
            "With a gross household income of about $7,000 and 4 family members, your per capita income is about $1,750. Subsidy tiers are set by the agency and are revised from time to time, so please check the latest PCI bands with SG Enable or the EIP centre's social worker, who can confirm Caleb's fee once the means test is done.",
        ),
    ],
    [
        (
            "user",
            "你好，我女儿叫王诗涵，今年三岁半，在幼儿园几乎不跟别人说话，只跟我讲。老师建议做言语评估。",
        ),
        (
            "assistant",
            "您好，孩子在家能说话、在学校却不开口，可能与焦虑或选择性缄默有关，建议先找言语治疗师或发展儿科医生做评估。您可以请幼儿园老师写一份课堂观察，带去评估时参考。",
        ),
        ("user", "好的，麻烦帮我登记，我的电话是 8127 5530，周末比较方便。"),
    ],
    [
        (
            "system",
            "You are the booking assistant for Bright Steps Therapy Centre. Collect the child's name, age and a contact number, then offer the next available slot.",
        ),
        (
            "user",
            "Hi I want to book an OT assessment for my daughter Tan Yi Xin, DOB 12 June 2022. She can't hold a pencil properly and K1 teacher is worried.",
        ),
        ("assistant", "Thank you. May I have a contact number for the parent?"),
        ("user", "9617 2284, I'm her dad, Tan Boon Kiat."),
        (
            "assistant",
            "Thank you, Mr Tan. The next available OT assessment slot is Saturday 9 January at 10am at our Tampines centre. Shall I confirm it for Yi Xin?",
        ),
    ],
    [
        (
            "user",
            "Summarise this for Friday's case conference: Darren Soh Jia Hui, 5y, BC T2147750D. Parents divorced in June, lives with mum and grandma in Woodlands. Since then more meltdowns, hitting peers at preschool, sleep poor. Dad has access on weekends only. Speech goals on hold.",
        ),
        (
            "assistant",
            "Case summary: Darren (5y) has shown increased meltdowns, aggression towards peers at preschool and poor sleep since his parents separated in June. He lives with his mother and grandmother; his father has weekend access. Speech goals are paused while the team addresses emotional regulation. Suggest discussing a referral to the preschool's learning support team and a parent support session.",
        ),
    ],
    [
        (
            "user",
            "Penat la. Husband I tak setuju hantar anak pergi therapy, dia kata Aiman Hakimi bin Roslan ni nanti pandai cakap sendiri. Dah 4 tahun still tak boleh sebut nama sendiri. Macam mana nak convince dia?",
        ),
        (
            "assistant",
            "Memang memenatkan bila ibu bapa tidak sependapat. Mungkin boleh ajak suami hadir sekali ke sesi penilaian supaya dia dengar terus daripada terapis tentang perkembangan Aiman. Penjelasan yang jelas tentang apa yang biasa pada umur 4 tahun kadangkala membantu.",
        ),
        ("user", "Ok I try bawa dia Sabtu ni. Tq."),
    ],
    [
        ("system", "You draft short SMS reminders for the centre's front desk."),
        (
            "user",
            "Draft reminders for tomorrow: Mdm Chitra (Rohan a/l Suresh, 10am ST) 9874 1063; Mr Benjamin Chia (Ella Chia, 11am OT) 8506 2219; Puan Hasnah (Adib bin Salleh, 2pm EIP review) 9160 4482.",
        ),
        (
            "assistant",
            "1) To 9874 1063: Dear Mdm Chitra, a reminder of Rohan's speech therapy session tomorrow at 10am. 2) To 8506 2219: Dear Mr Chia, a reminder of Ella's OT session tomorrow at 11am. 3) To 9160 4482: Dear Puan Hasnah, a reminder of Adib's EIP review tomorrow at 2pm. Reply C to confirm or R to reschedule.",
        ),
    ],
    [
        (
            "user",
            "My daughter Aleena Farhana binti Hairi has cerebral palsy (GMFCS level III). Any OT who does home visits near us? Address is No. 37, Jalan Rasah Jaya 5, Taman Rasah Jaya, 70300 Seremban.",
        ),
        (
            "assistant",
            "Some private OT practices and NGOs in Negeri Sembilan offer home-based sessions. You could also ask the rehabilitation unit at Hospital Tuanku Ja'afar for a list of community therapists, and check with JKM about PIKA support for children with CP.",
        ),
        ("user", "Ok. If anyone can take her, pls get them to WhatsApp me at 019-332 8741."),
    ],
]
