"""Blind check set en61: English parenting forums and parents' chats in Singapore, Malaysia and Hong Kong (enrichment, PSLE/SPM/DSE, child health, helpers, admissions, parenting books). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en61
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "parenting forum threads"): _lines("""
        Anyone sending their DD to the Kumon at Junction 8? Is the waitlist really 6 months or they just say only
        PSLE over liao!! Now can finally sleep past 6am on Saturdays 😂
        Tip from a veteran mum: start researching P1 registration when your kid is in K1, not K2. Phase 2C for the popular schools is a bloodbath.
        Is it normal for P4 science to have so many "explain why" questions? The keywords thing is driving me nuts lah
        Just sharing: Toa Payoh library has a very nice kids' section and the storytelling on Sat morning is free.
        My 3yo still not really talking in sentences, PD said wait till 3.5 then refer for speech assessment. Anyone went through this? How long was the wait?
        Mod note: this thread is for discussing enrichment centres, not for selling preloved assessment books. Pls use the marketplace subforum, thanks.
        Raffles Girls' Primary vs Nanyang Primary, which one less homework? Both also super stressful from what I hear
        Baby Bonus cash gift amounts were raised for 3rd child onwards, you can check the payout schedule in the LifeSG app.
        Thanks all for the replies! Decided to go with the playgroup at the CC, only $180/month and the teachers very patient.
        Haha your DH sounds exactly like mine, buys Lego "for the kids" then builds it himself at 1am
        Anybody knows if Henry Park still got so many parents fighting for the PV places? Heard they changed the scheme again.
        bump. still looking for good Chinese tutor in the west, budget $50/hr for P5, pls PM
        SIL says we're spoiling the baby by carrying so much. Gina Ford fans pls don't attack me, we're doing contact naps and surviving.
    """),
    ("en-SG", "school and exam notices"): _lines("""
        P1 Registration Exercise: Phase 2C opens at 8.30am on Tuesday via the MOE P1 Registration Portal. Balloting results will be released online.
        PSLE Written Examination, English Language Paper 2: 8.15 am to 10.05 am. Candidates must report to the examination venue by 7.45 am.
        Under the AL scoring system each subject is graded from AL1 (best) to AL8, and the PSLE Score is the sum of four subjects, from 4 to 32.
        Please acknowledge the P5 Camp consent form on Parents Gateway by Friday. Camp fee: $85.40 after MOE subsidy.
        The school will be closed on Monday in lieu of Deepavali. The Student Care Centre operates 7am-7pm as usual.
        Dear Parents/Guardians, the school will never ask for NRIC or birth certificate numbers via WhatsApp. Any such request is a scam, please call the ScamShield Helpline at 1799.
        Ministry of Education, 1 North Buona Vista Drive, Singapore 138675. General enquiries: 6872 2220.
        DSA-Sec applications close at 3pm on the last day; late submissions will not be accepted regardless of talent area.
        Ref: MOE/PS/2025/0471 - Revised guidelines on homework and weighted assessments for Primary 1 and 2.
        SJI Junior open house this Saturday 9am-12pm at 3 Essex Road. Parking at Newton Food Centre is limited, please take public transport.
        Results slips can be collected from form teachers from 11am. Parents are not required to attend.
        Tao Nan School was founded in 1906 by the Hokkien community; it moved from Armenian Street to Marine Parade in 1982.
    """),
    ("en-MY", "tuition centre and SPM chatter"): _lines("""
        KPM says the SPM national average grade improved a bit this year, so parents can stop panicking already 🙏
        Pusat Tuisyen Bestari Cemerlang - SPM intensive Add Maths & Physics, Jan-Oct, RM180/bulan. Office line 03-7865 2210.
        Guys is it true cannot get SPM cert if fail BM? My nephew's school keep saying must pass, damn stress la
        SBP intake results out next week. Kolej Tunku Kurshiah and STAR Ipoh both had quite high cut-off last year.
        Reminder: UPSR was abolished in 2021, so no need to buy all those old-format exam books lah
        Any mummies in Bangsar or Mont Kiara know a good Montessori? Budget around RM1,500 max per month.
        Receipt No: BCT-2025-004417 | Yuran Tuisyen November | Amount: RM360.00 | Paid via DuitNow QR
        Lat's Kampung Boy should be compulsory reading, my kids laughed until cannot breathe
        SSPN savings for the kids can get you tax relief of up to RM8,000 a year, don't waste it.
        The KSSM Form 4 Sejarah textbook has a whole chapter on Tunku Abdul Rahman and the road to Merdeka.
        Hospital Tunku Azizah (the old Hospital Wanita dan Kanak-Kanak KL) paeds clinic only takes patients with referral letter.
        Talian Kasih 15999 is 24 hours if any parent is struggling. Please don't suffer alone ❤️
        Tuition rate guide: Form 5 Add Maths group class RM40-60/hr, private home tuition RM80-120/hr around KL.
    """),
    ("en-HK", "kindergarten and DSE forum"): _lines("""
        K1 interview season again... our playgroup said don't drill too much, the teachers can tell 😅
        Under the Kindergarten Education Scheme, half-day KGs in the scheme are free for eligible children; whole-day ones may still charge a fee.
        DBS and St Paul's Co-ed open day dates are out, check their official websites, not the FB groups
        HKEAA says only a tiny % of candidates get 5** in Chinese Language each year, so don't let the tutor scare you
        Hong Kong Examinations and Assessment Authority, 17/F Southorn Centre, 130 Hennessy Road, Wan Chai.
        QEH paeds A&E is at 30 Gascoigne Road, Jordan. Expect 4-6 hr wait for semi-urgent cases on Sunday nights.
        McDull and his classmates at Springfield Flower Kindergarten are basically every HK kid's first lesson in sarcasm
        SSPA results come out in July, but the Discretionary Places stage closes much earlier so don't miss it.
        Anyone tried the phonics class in Kowloon Tong? $4,800 for 12 lessons seems crazy even for HK
        SWD Hotline 2343 2255 if you need support, they handle child care and family issues too.
        Sir Ellis Kadoorie Secondary School (West Kowloon) has a strong Chinese as a second language programme for NCS students.
        Reminder: the standard employment contract for FDHs is form ID 407, and the minimum allowable wage is set by the Labour Department.
        Nathan Road traffic was crazy today, school bus was 40 min late to TST. Anyone else?
    """),
    ("en", "parenting books and children's characters"): _lines("""
        Amy Chua's Battle Hymn of the Tiger Mother (2011) gets quoted in every PSLE thread, usually by people who never finished it.
        Gina Ford's The Contented Little Baby Book worked for my first, my second just laughed at the schedule.
        Emily Oster's Cribsheet is good for data-minded parents, she's an economist at Brown so lots of charts.
        Paddington Bear lives with the Brown family at 32 Windsor Gardens, London, and my son wants to visit "his house" on our UK trip.
        Greg Heffley's mum Susan in Diary of a Wimpy Kid is the reason my boy thinks all mums read parenting magazines.
        Geronimo Stilton, editor of The Rodent's Gazette in New Mouse City, has more books than my kid can read in a lifetime.
        Sherlock Sam by A.J. Low is set in Singapore and his robot sidekick is called Watson, great for P3-P5.
        The Diary of Amos Lee by Adeline Foo is good for reluctant boy readers in P2-P4.
        Mr Kiasu, the comic character created by Johnny Lau in 1990, "everything also must grab", still so relevant during P1 registration 😂
        Julia Donaldson's The Gruffalo: "A mouse took a stroll through the deep dark wood", I can recite it in my sleep.
        Matilda Wormwood read Great Expectations at four; my four-year-old eats crayons. Manage expectations, people.
        Dr Benjamin Spock's Baby and Child Care (1946) told parents "trust yourself". Still the best advice.
        Peppa Pig's little brother George only ever says "Dinosaur!" and that is my toddler's entire vocab also.
    """),
    ("en", "orders, apps and system messages"): _lines("""
        Your order #2511-04-88317 from Bubba Bear Store has shipped. Tracking: SPXSG047712938 (Shopee Xpress). Est. delivery 6-8 Nov.
        Invoice INV-2025-00912 | Little Sprouts Learning Pte. Ltd. (UEN 201834567H) | Term 4 fees S$1,380.00 incl. 9% GST
        Parents Gateway v5.2.1 (build 20251104): fixed a crash when opening consent forms on Android 14.
        [Auto-reply] Thank you for contacting KiddoMart customer service. Our hotline 1800 123 4567 operates Mon-Fri 9am-6pm.
        Booking confirmed: Trial class - Junior Coders (age 7-9), Sat 15 Nov, 10:00-11:30, ref JC-TRL-77218.
        Class photo album: https://photos.example-kindy.sg/album/8f3a2c1e (link expires 2025-12-31T23:59:59+08:00)
        sha256 of the updated parent handbook PDF: 3b7e9c0a41d2f58e6a1c9b04d7e2f3a8c5b6d9e0f1a2b3c4d5e6f7a8b9c0d1e2
        Payment gateway staging: use test card 4242 4242 4242 4242, any future expiry, any CVC. Do NOT use real parent cards here.
        Hi {parent_name}, {child_name}'s attendance for {month} is {attendance_pct}%. Reply STOP to unsubscribe.
        Lalamove order LLM-HK-20251103-5562 delivered to the Harbour City Ocean Terminal pickup point at 14:32.
        Error 403: You do not have permission to view this child's profile. Please contact your centre admin.
        Tiny Steps Baby Store, Shop 301, 3/F, Times Square, 1 Matheson Street, Causeway Bay. Year-end sale ends Sunday!
        Grab receipt GR-SG-8123-4471-90 · Fare S$14.60 · Pickup: Tampines Mall · Drop-off: Changi General Hospital
    """),
    ("en", "helper, childcare and data-handling guidance"): _lines("""
        MOM advises employers not to keep their helper's passport or Work Permit card without her consent.
        Admin reminder: before posting a screenshot of the class chat, pls blur out names, phone numbers and profile photos. Thank you!
        For the FDW insurance claim, fill in: Helper name | FIN | Policy no. | Date of incident. Do not email the form unencrypted.
        Under the PDPA, a childcare centre needs consent before using a child's photo on social media, and parents can withdraw it anytime.
        Since 2023, helpers in Singapore must get at least one rest day a month that cannot be compensated away.
        Field spec: child_nric VARCHAR(9) NOT NULL, masked in all reports as S****###X, purged 12 months after withdrawal.
        HK FDH food allowance is payable on top of the minimum allowable wage if the employer does not provide free food.
        Helper reference letter template: "[Helper's full name] worked for our family from [start date] to [end date] and cared for [number] children."
        In Malaysia, employers of foreign domestic workers must register them with PERKESO since June 2021.
        Nanny agency checklist: medical exam at a registered clinic, police clearance, 2 references. We will never ask for your bank PIN or OTP.
        Enter NRIC/FIN without spaces, e.g. S1234567D. The system will not store the number after verification.
    """),
    ("en", "children's health information"): _lines("""
        HFMD is going around again: fever, mouth ulcers, rash on hands and feet. Keep kids home until all the blisters dry up.
        KK Women's and Children's Hospital, 100 Bukit Timah Road, Singapore 229899. Children's Emergency is open 24 hours.
        National Childhood Immunisation Schedule: 6-in-1 at 2, 4 and 6 months; MMR at 12 months and 15-18 months.
        The Child Assessment Service of the Department of Health assesses children under 12 with developmental problems; referral is needed.
        Fever of 38°C or more in a baby under 3 months = see a doctor the same day, no "wait and see".
        Tan Tock Seng (1798-1850), a Malacca-born merchant, funded the paupers' hospital that grew into today's TTSH.
        Paracetamol syrup 120mg/5ml: 15mg/kg every 4-6 hours, max 4 doses in 24 hours. Always check with your PD.
        Hospital Sultanah Aminah JB paeds ward visiting hours are 12pm-2pm and 4pm-7pm, max 2 visitors per patient.
        Myopia in Singapore kids goes from about 1 in 10 at P1 to more than half by P6, so let them play outdoors daily.
        Samaritans of Singapore 24-hour hotline: 1767. Kids and teens can also WhatsApp SOS CareText at 9151 1767.
        Signs of a dengue warning: severe abdominal pain, persistent vomiting, bleeding gums. Go to A&E immediately.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Transferring my helper Marites Dela Cruz, 34, FIN G7834561L, WP expires Mar 2027. Very good with newborn, cooks Chinese food. Contact Mrs Ang at 9147 2286.
        For the P1 ballot pls double check: Child: Lim Jia Hui Chloe, BC no. T1934582Z, address Blk 512 Tampines Central 1 #08-214 S520512.
        Congrats to Ethan Koh Jun Wei from Nan Hua Primary 6E for getting AL 5!! So proud of you Ethan, love from Ah Ma and Ah Gong
        Jayden Tan (P3 Integrity, Rosyth) was diagnosed with ADHD at KKH last week, his mum asked us to tell the teachers he's starting Concerta.
        Playdate this Sat 3pm at our place, 18 Jalan Kembangan, Singapore 419117. Text me (Priya, Arjun's mum) at 8126 5503 if parking full.
        Nanny Auntie Lim Siew Hoon from Hougang charges $2,600/mth for 5-day infant care, cash only. Her HP 9683 0147.
        Receipt - Patient: Ong Kai Xuan (T18***29B), DOB 14/02/2018, Kids Clinic @ Punggol, Dx: acute otitis media, Total $68.50
        My ex Daniel Wong Kah Meng was ordered by the FJC to pay $1,200/month maintenance for our 2 kids but hasn't paid since Aug. Case FC/OSM 1142/2024.
        Whoever owns the silver Vezel SMB 4721 L (it's Mr Goh Teck Seng, Kai's papa from K2 Sunflower), pls stop blocking the drop-off lane at 7.20am!!
        PayNow the teachers' day gift money to me, Jasmine Ong, 9274 1836, or DBS savings 027-381945-6 by Fri pls
        Referral: Mdm Nurul Huda bte Rahmat (S8823917B), 37, mother of 3, for assessment of postnatal depression. Contact 9355 6021.
        Hi, I'm Rachel Seah, Abigail's mum (4 yrs). She's allergic to peanuts and egg, carries an EpiPen. We're at 9 Sixth Avenue #03-02 S276472.
        Tuition enquiry pls email my husband Kelvin Chia at kelvinchia.dylanpapa@gmail.com, our son Dylan (P5, Catholic High Pri) needs Higher Chinese help.
        Mrs Zhang Wei, FIN F3928471P, PRC mum on LTVP accompanying her son Zhang Haoyu at Bukit Panjang Pri, looking for part-time job near Senja.
        My father-in-law Tay Ah Kow, 81, fell at the void deck of Blk 203 Serangoon Central last night, now warded at CGH with hip fracture.
        Our helper Sri Wahyuni's salary is $750 + $30 off-day comp, paid into her POSB acct 188-54321-0. Her passport C4821937 expires 2028.
        DSA result: Tan Wei Ling Megan (T1372541H) offered a place at Methodist Girls' School for netball, pls accept on the portal by 15 Oct.
        Wei Ming's papa Mr Lee Wei Chong just got retrenched, family staying at Blk 118 Jurong East St 13 #05-477 really struggling. Can help with his school fees?
    """),
    "en-MY": _lines("""
        My girl Nurul Aisyah binti Kamarudin, MyKid 150423-10-1234, Tahun 5 at SK Taman Tun Dr Ismail 1, can the tuition centre take her mid-year?
        Urgent la, my boy Aryan Raj s/o Kumaravel, 7, just diagnosed autism level 2 at Hospital Tunku Azizah. Any OT centre in Klang ok? Call me 012-387 4452
        Maid for transfer: Siti Rahayu, Indonesian, passport X2391847, 3 yrs exp with twins. Employer Mrs Lee, 016-228 9051, Cheras.
        Pls send the SPM trial results to Mr Tan Boon Keat (father of Tan Jia Xin, 5 Sains 1, SMK Damansara Jaya) at tanboonkeat79@yahoo.com.my
        Parcel for Farah Izzati, No. 15, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 019-662 3108. Pls leave with guard.
        Pay tuition fees to Cikgu Rosnah binti Abdullah, Maybank 1642 8803 9175, RM320 for Nov, she teaches my twins Adam & Hawa
        The Myvi VFB 7723 that knocked the school gate at SK Bukit Damansara this morning belongs to Encik Hafiz Roslan, Year 3 parent.
        My MIL Madam Chong Siew Lan (IC 540812-08-5276) was admitted to Penang GH for stroke, no one to fetch the kids. Any transport uncle in Jelutong?
        Hi all, I'm Deepa, Kavin's mum (Std 2, SJKT Vivekananda). Kavin has G6PD deficiency so pls no fava beans or mothball-scented stuff at the party ok?
        DuitNow to 011-2659 3407 (Lim Mei Chin) for the Sports Day T-shirt, RM25 each. Ze Yu size M, Ze Hao size S.
        Update: my SIL Nor Azlina binti Ismail finally got custody of her kids at the Syariah Court KL, ex-husband Shahrul Nizam must pay RM900 nafkah.
        School insurance form: Muhammad Irfan bin Zulkifli, IC 140817-14-5327, blood type O+, allergic to penicillin.
        Payslip Oct: Nurse Emily Chew Pei San, Sunshine Paediatric Clinic Ipoh, basic RM3,850, EPF 11% RM423.50, net RM3,337.
        Babysitter needed at Unit B-12-03, Residensi Sentulmas, Jalan Sentul, 51000 Kuala Lumpur, RM12/hr. WhatsApp Mrs Vanessa Ho 017-552 0394.
        Admin pls charge the holiday camp fee to my Mastercard 5520 3871 0042 3186 exp 09/27, name Wong Kah Loke.
        Ustazah Mariam's son Hakim (Form 3, SMK Seri Bintang Utara) kena caught vaping and suspended 2 weeks, she's devastated
    """),
    "en-HK": _lines("""
        Our helper Maricel Bautista Santos, HKID Y482913(A), PH passport P4827163B, contract ends 30 Jan, released with good reference. WhatsApp Mrs Cheung 9137 6624.
        My daughter Chan Tsz Ching (HKID R617205(8)) got a K1 offer from St. Catherine's, must I pay the registration fee before Registration Day?
        Wong Ho Yin (K3, Kowloon Tong campus) was assessed by CAS as having dyslexia, his mum Kathy Wong wants the school to arrange SEN support.
        Cross-border kid Li Zihan, mainland ID 440304201403122438, studies in Sheung Shui; mum Chen Xiaoyu's mobile +86 138 2654 7791.
        Party invite: Flat D, 17/F, Block 2, Harbour Crest, 88 King's Road, North Point. RSVP Joanna Lau 6723 9018 (Ethan & Chloe's mum).
        Taiwanese mum here, Lin Yi-Chen, ID A223456781, moving to HK with 2 kids in Jan. Any intl school near Discovery Bay to recommend?
        Congrats Ho Ka Yan of DGS for 5**x6 in the DSE! Her dad Ho Chi Wai posted her results slip in the alumni WhatsApp group.
        Helper Dewi Lestari (HKID WX183604(6)) admitted to Tuen Mun Hospital for TB; her employer Mr Lam asks if his kids need screening.
        Octopus AAVS is linked to HSBC Visa 4543 1234 9876 5011, holder CHEUNG MAN KIT. It's my son's school bus card, pls stop the charge.
        Playgroup teacher Miss Yip Wing Sze at the Tai Koo branch only earns $17,500 a month, no wonder she's quitting.
        Sorry to vent. My husband Tony Ng Kwok Keung, 42, was arrested last night for drink driving in Sai Kung and the kids saw everything.
        WeChat: lucy_mama_0618. Lucy Fung, twins Max & Mia (P2 at Pui Ching), looking for Putonghua tutor in Ho Man Tin.
        Hi, I'm Sophie Leung's mum (K2 Rainbow class). Sophie has type 1 diabetes and needs her glucose checked at 11am, pls remind Ms Ho.
        Class rep Mrs Chow Mei Ling, home tel 2756 3390, Rm 1203, 12/F, Hoi Lok House, Tung Yan Estate. Drop the uniforms there pls.
        The black Tesla Model Y XN 8246 belongs to Simon Kwok (Jasper's dad, P1C), he double-parks at pickup every single day.
        From Ms Tse Lai Fong <laifong.tse.mama@gmail.com>: my son Marcus (4A, La Salle Primary) fractured his arm, pls excuse him from PE till 20 Dec.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the enrolment assistant of Little Sprouts Learning. Collect only what the centre needs for a waitlist entry.",
        ),
        ("user", "hi do u have infant care vacancy at the Sengkang branch for Feb?"),
        (
            "assistant",
            "Hello! We may have 1-2 places in Feb. May I have your child's name and date of birth?",
        ),
        ("user", "Ryan Lok Jun Hao, born 3 Aug 2025"),
        (
            "assistant",
            "Thank you. Please also share the birth certificate number and a contact number.",
        ),
        ("user", "BC T2518340H. call my wife Cheryl, 9820 4471, she's on maternity leave"),
    ],
    [
        ("user", "Can you help me write a FB post warning other parents about a tuition teacher?"),
        ("assistant", "I can help you write it factually. What happened?"),
        (
            "user",
            "Ms Kelly Goh Hui Min, the one in Punggol, took $1,600 deposit from 3 families for P6 crash course and disappeared. Her number 8235 1190 now cannot reach.",
        ),
        (
            "assistant",
            "I'd suggest reporting it to the police first. For the post, avoid speculating and stick to what you experienced.",
        ),
    ],
    [
        ("system", "Helper agency chat. Agent: Joyce."),
        (
            "user",
            "Good morning, I want to transfer my helper to a new employer, she is finishing contract",
        ),
        ("assistant", "Sure, please send her name, HKID and contract end date."),
        ("user", "Rowena Mabini Castillo"),
        (
            "user",
            "HKID C778102(2), contract ends 14 Feb, she's 41 and has high blood pressure but controlled with meds",
        ),
        ("assistant", "Noted, I will prepare the release letter."),
    ],
    [
        ("user", "my son got fever 39.2 since last night and vomit twice, can book PD today?"),
        ("assistant", "I'm sorry to hear that. Which clinic and what time would you prefer?"),
        ("user", "Kinder Paeds Bishan, anytime after 2pm"),
        ("assistant", "I can hold 2.40pm. Patient's name and NRIC please."),
        ("user", "Aaron Lim, T2076413E"),
        ("user", "mother's HP 9736 2218, we stay Blk 262 Bishan St 22"),
    ],
    [
        ("user", "DSE is in 4 months and my son just stopped going to school"),
        ("assistant", "That sounds very hard. Is he getting any support right now?"),
        (
            "user",
            "Kelvin Lo, F.6 at Wah Yan Kowloon. He has been seeing a psychiatrist at Kwai Chung Hospital since September for depression and is on sertraline.",
        ),
        (
            "assistant",
            "Thank you for sharing. Please keep in touch with his psychiatrist; you can also call the Samaritan Befrienders 2389 2222 anytime.",
        ),
    ],
    [
        ("user", "is Pioneer Primary within 1km of our new flat? for P1 2027"),
        ("assistant", "I can help estimate. What's the address?"),
        ("user", "Blk 668C Jurong West St 65 #12-310"),
        ("assistant", "It looks to be within 1km, but please confirm with OneMap's school query."),
        (
            "user",
            "ok thanks. the child is Nur Sofea Qistina binti Azman, BC no T2047396C, can I register under Phase 2C?",
        ),
    ],
    [
        ("user", "help me draft a whatsapp to invite 6 kids for my daughter's 8th bday"),
        ("assistant", "Sure! Give me the date, time, venue and how to RSVP."),
        (
            "user",
            "14 Dec 3-6pm, our house No. 7 Jalan Setia Murni U13/52, Setia Alam 40170 Shah Alam. RSVP me Aunty Mei (Tan Siew Mei) 012-718 3056. birthday girl is Olivia",
        ),
        (
            "assistant",
            "Hi parents! 🎉 Olivia is turning 8! Join us on 14 Dec, 3-6pm at No. 7 Jalan Setia Murni U13/52, Setia Alam. RSVP Aunty Mei at 012-718 3056.",
        ),
    ],
    [
        ("user", "renewing my kid's passport online, which fields do I need?"),
        (
            "assistant",
            "Usually the child's current passport number, expiry date and a recent photo.",
        ),
        ("user", "ok his old one is K4829163P expiring 2 Mar 2026"),
        ("user", "name Muhammad Danish bin Roslan, born 2016, my number 8912 5540"),
        (
            "assistant",
            "Thanks. Please submit through the ICA e-service and keep the reference number.",
        ),
    ],
    [
        (
            "user",
            "我係新嚟香港嘅, need help to find a Putonghua-friendly kindergarten in Tseung Kwan O",
        ),
        ("assistant", "Happy to help! How old is your child and when do you want to start?"),
        (
            "user",
            "Boy, 3 years old, Zhou Yichen. I am Zhou Lei, ID 440303198609175622, WeChat zhoulei_tko86, phone 5638 2047",
        ),
        (
            "assistant",
            "Thank you. Here are some KGs in TKO with Putonghua classes you can look at.",
        ),
    ],
    [
        (
            "system",
            "You are the parent helpdesk of Happy Tots Centre. Current parent: Mdm Salmah binti Yusof, child Aiman (N2), phone 9012 3344, fees overdue $1,120.",
        ),
        ("user", "Hi, when is the last day to pay Nov fees?"),
        (
            "assistant",
            "Hello! November fees are due by the 7th of the month. You can pay via GIRO or PayNow.",
        ),
    ],
]
