"""Blind check set en47: Singapore and Malaysia English on schools, tuition and enrichment. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en47
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "parents WhatsApp group"): _lines("""
        Reminder from class rep: tmr is PE day, pls let the kids wear PE attire + bring water bottle. No need to bring textbooks for CCE 👍
        Anyone knows if SA2 Maths paper 2 can use calculator or not? My boy say cannot but I think can leh
        Pls don't share the kids' full names or photos in this chat hor, the school said use Parents Gateway for all consent forms.
        Racial Harmony Day is 21 July, kids can come in traditional costume. No need buy new one, batik or cheongsam or kurta also can.
        Wah P1 registration Phase 2C got balloting again at Nan Hua, 45 places for 120 applicants 😱
        Sharing: Tinkle Friend helpline for primary school kids is 1800 274 4788, Mon-Fri 2.30pm-5pm. Can tell your children to call if they stressed.
        Lost & found: blue Smiggle water bottle, no name label, found at canteen near the drinks stall. Now at General Office.
        Ok noted, thank you teacher! 🙏🙏
        Book Week dress-up on Fri: can come as any storybook character, Geronimo Stilton, Matilda, Harry Potter, Mr Kiasu also can 😂
        FYI the Edusave Merit Bursary letters are out, check your PG app under Announcements.
        Popular bookstore at Junction 8 got the PSLE 10-year series already, $18.90 for Science, but the one from the school bookshop cheaper
    """),
    ("en-SG", "school and MOE notices"): _lines("""
        Ministry of Education, 1 North Buona Vista Drive, Singapore 138675. Visits to the MOE Customer Service Centre are by appointment only.
        Education Minister Chan Chun Sing told Parliament that Full Subject-Based Banding is now implemented in all secondary schools.
        The school will be closed on 5 Sept (Teachers' Day); 3 Oct (Children's Day) is a half day with dismissal at 10.30am.
        Parents Gateway: Consent for P5 Camp at MOE Jalan Bahar Camp, 12-14 March. Please acknowledge by 28 Feb, 11.59pm.
        Term 3 begins on Monday, 23 June 2025. Mid-year holidays: 31 May to 22 June.
        Raffles Girls' School, Nanyang Girls' High and Dunman High will host the inter-school debate finals at the Lee Kong Chian Reference Library, Level 10.
        Dental screening by the Health Promotion Board's School Dental Service for all P1 and P4 pupils will be carried out on 8 and 9 April.
        The Yusof Ishak Secondary School Open House is on 4 Nov, 9am to 12pm. All P6 pupils and their parents are welcome.
        Edusave contributions for 2025: $230 for primary and $290 for secondary school students, credited in January.
        DSA-Sec applications close on 3 June 2025, 3pm. Apply via the DSA-Sec portal; late applications will not be accepted.
        SMS from school: Heavy rain warning. All outdoor CCAs cancelled today. Pls arrange pick up by 3.30pm. - GO
        Reply slip: I *do / do not consent to my child's participation in the Learning Journey to the Singapore Botanic Gardens on 17 Oct. (*delete where applicable)
    """),
    ("en-SG", "PSLE and O-level results summaries"): _lines("""
        A total of 38,752 pupils sat for the 2024 PSLE; 98.4% of them are eligible for secondary school.
        2024 GCE O-Level results: 83.6% of school candidates attained at least five O-Level passes.
        Under the AL scoring system, PSLE scores range from 4 (best) to 30; AL 1 is 90 marks and above.
        Indicative COP for Raffles Institution (IP) in 2024: AL 6 for non-affiliated pupils; Hwa Chong Institution: AL 6-7.
        Results will be released on Wednesday, 20 Nov, at 11am; private candidates can retrieve them on the SEAB Candidates Portal using Singpass.
        L1R5 ranges from 6 to 54, lower is better; JC cut-off points for the 2025 JAE ranged from 4 to 20.
        Table 3: Percentage of candidates with AL 1-4 in Foundation Mathematics: 2021 - 52.3%, 2022 - 54.1%, 2023 - 55.0%.
        Our 2024 O-Level cohort: median L1R5 of 11, with 94% posted to JCs, polytechnics or ITE.
        SEAB reminder: candidates must bring their NRIC or student pass into the exam hall; mobile phones are not allowed.
        Appeal for re-marking of PSLE scripts: $67.05 per subject (incl. GST), within 4 working days of the release of results.
        Singapore topped PISA 2022 in mathematics (575 points), reading (543) and science (561).
    """),
    ("en-MY", "SPM and school notices"): _lines("""
        SPM 2024: the national average grade (GPN) improved to 4.60 from 4.74, Education Minister Fadhlina Sidek announced in Putrajaya.
        Kementerian Pendidikan Malaysia, Blok E8, Kompleks Kerajaan Parcel E, Presint 1, 62604 Putrajaya.
        Candidates can check SPM results on the MySPM portal from 10am using their IC number and angka giliran.
        PIBG meeting this Saturday 9am at the school hall, all parents welcome. Agenda: canteen contract, yuran PIBG RM50 per family.
        SMK Victoria Institution and Sekolah Tuanku Abdul Rahman will meet in the MSSD rugby final at Stadium Bukit Jalil.
        Reminder: school cuti on 31 Aug (Hari Kebangsaan) and 16 Sept (Hari Malaysia). Classes resume as normal on 17 Sept.
        UPSR was abolished in 2021 and PT3 in 2022; schools now use PBD (Pentaksiran Bilik Darjah) and UASA.
        Bantuan Awal Persekolahan (BAP) of RM150 will be credited for all students from Year 1 to Form 5 in January.
        Uniform reminder: white shirt, dark green pinafore or long pants, plain white tudung. No coloured socks pls.
        Tunku Abdul Rahman, the first Prime Minister, studied at the Penang Free School before going to Cambridge.
        Results slip template: NAMA: ____________ NO. KP: ______-__-____ ANGKA GILIRAN: __________
        Form 4 streaming: Science stream requires at least a B in Maths and Science in the Form 3 UASA.
    """),
    ("en-SG", "tuition and enrichment adverts"): _lines("""
        Mr Tan's Maths Tuition Centre - P3 to Sec 4, small groups of 6. Hotline 6285 1730 | WhatsApp (admin) +65 8028 3391
        Aunty Lucy's Phonics Playhouse @ Blk 201 Tampines St 21 #01-1123. Trial class $35, nurturing little readers since 2009!
        PSLE Chinese Oral Intensive, 4 Saturdays, $280. Register at www.brightpath.sg/psle-oral, promo code EARLYBIRD25 till 30 Sept.
        Dr Goh's Science Academy: "From AL 7 to AL 1 in 6 months!*" *Results vary. Testimonials available on request.
        Coding for kids with Scratch & Python, ages 8-12, at Jurong Regional Library. Edusave can be used for MOE-approved courses only.
        Holiday camp: Robotics with LEGO SPIKE Prime, 9-13 Dec, 9am-12pm, $450 (materials incl). Min 6 pax to start.
        SwimSafer Stage 1-6 at Clementi Swimming Complex every Sun 8am, coaches are NROC certified.
        Invoice No. BP-2025-10-00877 | Term 4 Tuition Fee (P5 English) | 4 lessons x $75 = $300.00 | Due 07/10/2025
        Ivy League Abacus & Mental Arithmetic, Level 1 to 10. Call 6764 0025 (office hours) to book a free assessment.
        We are hiring! Part-time tutors for Sec 3/4 A-Math and Pure Chem, $45-$70/hr depending on experience. Send resume to careers@brightpath.sg
        Our 2024 PSLE results: 72% of our students scored AL 4-12 in Maths; 31 out of 40 improved by at least 2 ALs.
        T&Cs: fees are non-refundable; 1 month written notice for withdrawal; make-up classes subject to availability.
    """),
    ("en-MY", "tuition and enrichment adverts"): _lines("""
        Pusat Tuisyen Cemerlang - SPM Add Maths, Physics & Chemistry intensive. Call 03-7728 5516 or WhatsApp our office line 012-388 0921.
        Kelas UPKK & Fardhu Ain every Sat & Sun, RM60 sebulan. Venue: Surau Al-Ikhlas, Taman Melawati.
        Book club this month: Lat's "Kampung Boy" (1979) and "Town Boy", suitable for Year 4 and above.
        Mandarin for non-Chinese kids, 1.5 hrs weekly, RM180/month, at Jaya One, Petaling Jaya. Max 8 students per class.
        Receipt No: R-000452 | Yuran Tuisyen Mac 2025 | RM220.00 | Paid via DuitNow QR | Ref: 2503120944
        Chess club for kids at the Sunway Pyramid activity room, every Wed 4-6pm, FIDE-rated coach.
        SPM trial paper collection 2024, all states (Johor, Selangor, Kelantan, Terengganu...), RM35 per set, postage RM8 to Sabah/Sarawak.
        Early bird promo! Register before 15 Jan and get a free Sasbadi workbook. T&C apply.
        Speech & drama classes, LAMDA Grade 1-8, monthly fee RM250, trial class RM40.
        Taska & Tadika with transit service 7am-7pm, lunch and tea break included, pick-up from SK Taman Tun Dr Ismail 1.
        Hafazan programme for children aged 7-12, intake in March. Contact the admin office at 09-747 2210.
    """),
    ("en", "forms, templates and data handling"): _lines("""
        Dear Parent/Guardian of {student_name} ({class}), your child has been selected for the {cca_name} trials on {date}.
        Student care enrolment form, Section B: Child's Name (as in Birth Cert) ______ NRIC/FIN/BC No. ______ Date of Birth __/__/____
        PDPA notice: personal data collected in this form will be used only to administer the programme and retained for no longer than 2 years.
        Do not paste NRIC numbers, medical info or home addresses into the class chat. Use the secure form link instead.
        Columns: student_id, class_code, cca, attendance_pct, last_updated (ISO 8601). Example row: <id>, 3E1, Basketball, 92.5, 2025-03-14T08:00:00+08:00
        If a parent asks for their child's records, verify identity via Singpass before releasing them and log the request in the DPO register within 3 working days.
        Sample format only: S1234567D (NRIC), F1234567N (FIN). Do not use real numbers when testing the registration form.
        Hi {{parent_first_name}}, {{child_name}}'s Term 2 fee of ${{amount}} is due on {{due_date}}. Reply STOP to opt out.
        [ ] I agree to photos of my child being published on the school website and social media (no names will be shown).
        Retention schedule: CCA attendance 1 year; incident reports 5 years; medical forms destroyed at the end of the year.
        Error 422: field 'guardian_contact' must match ^([+]65)?[89][0-9]{7}$
        Export completed: 1,284 enrolment records, 0 errors, sha256 3f9a1c07e2b4d8aa91c5e60f7d2b3c48a9e1f05b6d7c2a18e4f90b3c5d6a7e21
    """),
    ("en-SG", "school bus and student care operations"): _lines("""
        School bus fees 2025: Zone A (within 3km) $165/month; Zone B $185/month; Zone C $210/month.
        Route 7 pick-up points: Bishan MRT Exit D (6.20am), Junction 8 taxi stand (6.25am), Bishan Bus Interchange (6.32am).
        Bus operator: Sunshine Transport Pte Ltd. Enquiries hotline 6748 2219 (8am-6pm, weekdays).
        Student care centre operating hours: Mon-Fri 7am-7pm, Sat 7am-1pm; closed on public holidays.
        The Student Care Fee Assistance (SCFA) scheme covers up to 95% of fees for households with gross monthly income of $4,500 or less.
        Menu for the week: Mon chicken rice; Tue mee soto; Wed vegetarian bee hoon; Thu fish porridge; Fri nasi lemak (halal-certified caterer).
        PLS NOTE: bus will not wait more than 2 min at each stop. Late students pls make own way to school.
        40-seater, seat belts fitted, CCTV onboard. Last inspection 12/05/2025, ref LTA/VR/2025/11842.
        Homework supervision 3-5pm, snack time 5pm, outdoor play at the void deck playground 5.30pm (weather permitting).
        Invoice #SC-2025-0617, June student care: $385.00 less SCFA subsidy $292.00, payable $93.00 by GIRO on 25 June.
        Kids Kingdom Student Care @ Sengkang, Blk 271C Compassvale Link #01-09, Singapore 543271. Enrol now for 2026!
        Route change from 1 Aug: Route 3 will no longer stop at Blk 408 Ang Mo Kio Ave 10 due to road works; use the stop at AMK Hub instead.
    """),
    ("en", "educators, history and literature"): _lines("""
        Sir Stamford Raffles laid the foundation stone of the Singapore Institution, later Raffles Institution, in 1823.
        Munshi Abdullah, who taught Malay to the British officers, completed the Hikayat Abdullah in 1843.
        Za'ba (Zainal Abidin Ahmad) standardised Malay grammar and taught at the Sultan Idris Training College in Tanjung Malim.
        In "Kampung Boy", Lat recalls leaving his village to study at a boarding school in Ipoh.
        Tony Tan, later President, was Minister for Education from 1985 to 1991.
        The Goh Report of 1979, led by Dr Goh Keng Swee, introduced streaming in primary schools.
        In "Ah Boys to Men", Ken Chow is a spoilt recruit who tries everything to get out of Basic Military Training.
        Upin & Ipin learn about Hari Raya from Kak Ros and Opah, a nice episode for Year 1 Bahasa lessons.
        Maria Montessori opened her first Casa dei Bambini in Rome in 1907; many kindergartens in Bukit Timah follow her method.
        The Tan Tock Seng Hospital talk on children's screen time, at the Ngee Ann Polytechnic Convention Centre, is free for parents.
        Li Ka Shing Library at SMU and the Lee Kong Chian School of Business are open to JC students for the Econs seminar.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi all, I'm Jolene, mummy of Ryan Teo from 3 Courage. If anyone wants to carpool to the swim meet can WA me at 9734 2618 😊
        Dear Mrs Pillai, just to inform you that Shermaine Wong (P4 Integrity) was diagnosed with dengue yesterday and is warded at KKH. Will submit the MC once she is discharged. Regards, Adeline Wong (mother)
        Girls' Netball U15 roster: 1. Chua Hui Min (2A) GS, 2. Nurul Huda bte Rosli (2C) GA, 3. Kaviya d/o Suresh (2B) WA
        Pick-up authorisation: only the grandmother, Mdm Lim Ah Lian (NRIC S****201D), may collect Ethan Lim Jun Wei from student care. Father NOT allowed under the Family Court order.
        PSLE results for our Caleb Ng Zhi Hao: AL 9 (EL AL2, MA AL1, SC AL3, CL AL3) 🎉 so proud of him!!
        Student: Tan Xin Yi, NRIC T1518824Z, DOB 12/08/2015, 4 Harmony. Allergy: peanuts (EpiPen in school bag).
        Hi teacher, Aaron's dad here. Aaron Koh (P2 Joy) was diagnosed with ADHD at KKH and starts on Ritalin on Monday, pls let me know if he is drowsy in class.
        Our school bus uncle is Mr Rahim bin Osman, van plate SLK 4821 X, HP 8216 4473. He picks up from Blk 612 Jurong West St 65 at 6.15am.
        PTM notes: Mdm Siti Zubaidah (mother of Muhammad Danish, 5E) shared that the family lost their flat and is staying at a relative's place in Woodlands; FAS application submitted.
        Kindly PayNow $240 for Term 3 tuition to Ms Goh Li Ping, 9088 1325. Thank you!
        Home address for DSA application: Blk 318A Punggol Way #12-345, Singapore 821318 (father Tan Boon Kiat, daughter Tan Yu Xuan).
        Darren Ong Wei Jie (3E2) caught vaping in the boys' toilet on 14 Mar, 2 strokes of the cane, parents informed. Next offence suspension.
        FIN G5547318N, Mrs Nguyen Thi Hoa, mother of Minh Anh (P1 Kindness), long-term visit pass holder, contact 8765 2091.
        P1 registration: Lee Kai Xuan, BC no. T1711468E, parents Lee Wei Liang & Chen Mei Ling, Blk 25 Dover Crescent #08-112 S130025.
        Hi Ms Rachel, pls email Joshua Lau's compo to me at karen.lau.mummy@gmail.com, he forgot to bring home. Thks!
        Scholarship shortlist: Priyanka Ramesh (4/1), per capita household income $690, father unemployed since March.
        Ms Vanessa Yeo (Sec 2 Science) will be on long hospitalisation leave for her chemotherapy from 1 Sept; Mr Ang will take over 2E1 and 2E3.
        Private tutor Lim Chee Keong, 41, was charged in court today with outraging the modesty of his 13-year-old student at his Sengkang flat.
        Card for Term 1 enrichment fees: 4556 1820 3947 1160 exp 08/27, name on card CHEW SIEW LING
        Muhammad Irfan bin Zulkifli (P3 Kindness) is fasting this Ramadan, pls excuse him from afternoon PE. Thank you cikgu.
        Tutor profile TT-0442: Jeremy Sim Kah Wai, NUS Chem grad, NRIC S8221590E, $60/h, HP 9228 3706, prefers Bishan/Toa Payoh.
        Kaitlyn Loh Shu Min (2 Grace), passport K4471290N, exp 03/2031, for the Sec 2 Japan immersion trip.
        DAS assessment: Bryan Yeo Jun Rui, age 9, full-scale IQ 104, reading age 6y8m, diagnosed with dyslexia, recommended for MOE SDR.
        Hi it's Mrs Kumar, Divya and Arjun's mother (5B and 2A). We just moved to 41 Jalan Kembangan, S419126, pls update the school records.
        Dear Mr Chong, my son Javier Tay (S4 Tenacity) was admitted to IMH last week after self-harm. We would like to ask about special arrangements for his O-levels.
        Sibling discount applied: Ong Jia Le (P5) & Ong Jia Hui (P2), parent contact +65 9467 3318, Blk 109 Bishan St 12 #03-201.
        Add me on Telegram @mummy_evelyn_tan for the Sec 1 orientation carpool, my girl is Sophie Tan in 1 Integrity.
        Student pass renewal: mother Wang Li, China ID 350203198706113020, WeChat wangli_xm87, son Zhang Yichen (Sec 3), +86 138 2651 0937
    """),
    "en-MY": _lines("""
        Assalamualaikum cikgu, I'm the mother of Nur Aisyah binti Kamarulzaman (4 Amanah). Her IC no 150312-14-0562, can cikgu check why BAP not received yet?
        SPM 2024: Tan Kah Seng, angka giliran WB112A047, 9A+ 1A, SMK Seri Bintang Utara. Father Tan Kok Wai 016-772 1449.
        Teacher's log: Harish a/l Murugan (Form 2 Bestari) absent 19 days this term; mother says he is working at his uncle's car workshop in Klang to help pay debts.
        Hi parents, I'm Mdm Chin, Lucas Chin's mom from 3 Cempaka. My number is 012-388 5170, pls add me for the Sports Day potluck list.
        Bank in RM350 to Maybank 1140 2233 4567 (SITI HAJAR BT MOHD NOOR) for Year 6 camp then send receipt to her.
        Van Pak Mat (Ahmad bin Ismail), plate WXY 7718, picks up Daniel Lee from No. 23, Jalan SS 2/24, 47300 Petaling Jaya at 6.40am.
        Medical note: Chong Wei Jie, Form 1, has epilepsy, last seizure Jan 2025. If he has a fit call his mother Irene at 017-552 9083.
        Dear Puan Rohana, Sofea Elisya binti Azlan's UASA results: BM 68, BI 82, Maths 91, Sains 77. Can we discuss moving her to the science class?
        Hostel application: Nurul Iman binti Hasbullah, MyKad 080914-03-5248, father a rubber smallholder earning RM1,400/month, 5 siblings.
        Tutor wanted for my son Ethan Yap (Std 5, SJKC Chung Hwa), Taman Sri Gombak area. Contact Yap Mei Fong, WhatsApp 019-388 2051.
        Class rep here: pls transfer to CIMB 7009881245 (Lee Siew Yen) by Friday, RM30 per pax for the Teachers' Day gift.
        Discipline board minutes: Amirul Hakim bin Zainal (4 Sains 2) suspended 7 days for fighting; the victim's family lodged police report KAJANG/003417/25.
        School registration: Lim Jia En, MyKid 180621-01-0734, born at Hospital Sultanah Aminah JB on 21/06/2018.
        Cikgu Vincent Lau (SJK(C) Puay Chai 2), gross salary RM4,870, applied for transfer to Sibu to take care of his mother who has stage 3 kidney failure.
        Passport copy for the Singapore study trip: MUHAMMAD HARITH BIN ROSLAN, A50662173, DOB 04 FEB 2011, EXP 11 MAR 2029
        Hi cikgu, Ooi Jia Hui (3 Bestari) won't be in school tmr, she has her chemo session at Hospital Pulau Pinang. - Mrs Ooi
        Scholarship interview list: 1) Kavitha d/o Ramasamy, SMK Convent Ipoh, 10A, IC 070522-08-6142.
        Special needs registration: Adam Haikal bin Rizal, autism spectrum disorder, OKU card no. 1122-48830, PPDK Ampang.
        For the tuition teacher: Lot 1207, Kampung Sungai Pusu, 53100 Gombak, Selangor. Ask for Mak Cik Normah, yellow house beside the surau.
        Per the Syariah Court order dated 3 March 2024, only the mother Nor Azizah binti Hamid may collect Iman Nadhirah (Year 2) from school.
        Pls be sensitive ya, Kamal's dad Encik Zulkarnain bin Sabri is in Sungai Buloh prison for drug trafficking, don't ask the boy about family.
        Can I book a trial class for my daughter Chloe Tan, 7 yrs old, Year 1 at SK Bukit Damansara? Email tan.pearl88@yahoo.com, phone 011-2345 6781
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Help me write an email to my son's form teacher, very angry"),
        (
            "assistant",
            "I'm sorry to hear that. What happened, and what would you like the teacher to do?",
        ),
        (
            "user",
            "His name is Nathan Lim, P4 Respect. He was bullied by 3 classmates and came home with bruises on 3 Oct. I'm his mother Serene Lim, 9812 6640. Want a meeting this week.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Form Teacher, I am writing about an incident involving my son...",
        ),
    ],
    [
        (
            "system",
            "You are the helper bot of HappyBee Student Care. Child on this session: Chloe Wee, P2, allergic to shellfish. Guardian: Mr Kenneth Wee, +65 8123 9904.",
        ),
        ("user", "whats for lunch tmr"),
        (
            "assistant",
            "Tomorrow is prawn noodles. Chloe will get the chicken noodle alternative because of her shellfish allergy.",
        ),
    ],
    [
        (
            "user",
            "I need to update my daughter's NRIC on the enrichment portal, it keeps saying invalid",
        ),
        (
            "assistant",
            "Please re-enter it carefully; it should be a letter, 7 digits and a letter.",
        ),
        ("user", "T1627"),
        ("user", "390I"),
        ("user", "name is Megan Soh Hui Ting, P3"),
        ("assistant", "Thanks, that format looks correct. Please try saving it again."),
    ],
    [
        ("user", "Want to sign up my son for the SPM Add Maths intensive class"),
        ("assistant", "Sure! May I have the student's name, form and school?"),
        ("user", "Muhammad Aiman bin Roslan, Form 5, SMK Seksyen 9 Shah Alam"),
        ("user", "my no 013-627 4418 (Puan Rosnah)"),
        ("assistant", "Thank you Puan Rosnah, our admin will WhatsApp you the schedule."),
    ],
    [
        ("user", "Did the bus company confirm my booking already?"),
        (
            "assistant",
            "Yes, confirmed: Kayden Ang, pick-up at Blk 512 Serangoon North Ave 4 #07-88 at 6.25am, Route 5, parent contact 9653 1182.",
        ),
        ("user", "great thanks"),
    ],
    [
        ("user", "PSLE score AL 22, can go Express or not?"),
        (
            "assistant",
            "AL 22 usually falls under Posting Group 2 or 3, but the exact options depend on the school's COP.",
        ),
        (
            "user",
            "ok. it's for my nephew Tay Jun Hao, he is very depressed now, not eating, we are bringing him to see a psychologist on Sat",
        ),
        (
            "assistant",
            "I'm sorry he is going through this. It's good that you are getting him support.",
        ),
    ],
    [
        ("user", "pay the enrichment fee with card 5204 7310 6688 2310 exp 11/28"),
        (
            "assistant",
            "Please don't share card numbers in chat. Use the secure payment page instead.",
        ),
        ("user", "ok. the card is my husband's, Goh Chee Meng"),
    ],
    [
        ("user", "Summarise these WhatsApp messages for the class committee:"),
        (
            "user",
            "[07/03, 21:14] Mrs Devi: Sorry all, Kishen won't join the Penang trip, his father was retrenched last month and we can't afford the RM450 now\n[07/03, 21:16] Class Rep: Noted, take care 🙏",
        ),
        (
            "assistant",
            "Summary: One family has withdrawn from the Penang trip for financial reasons.",
        ),
    ],
    [
        (
            "user",
            "My son Zhang Hao is going to Sec 1 at Bedok View next year. The student pass form asks for his China ID 320506201109234515, is that the 18-digit one?",
        ),
        (
            "assistant",
            "Yes, that is the 18-digit resident identity number. Also prepare his passport and birth certificate.",
        ),
    ],
    [
        (
            "system",
            "You help teachers write report book comments. Keep them kind and constructive.",
        ),
        (
            "user",
            "Comment for Isaac Chua Jun Kai, 3E3. Conduct Fair, often late because his parents are divorcing, SA2 Maths 38/100.",
        ),
        ("assistant", "Isaac is a capable student who has faced some challenges this year..."),
    ],
]
