"""Blind check set en24: English workplace/HR e-mails, clinic and insurance messages, school and tuition notices, and Singapore/Malaysia landlord-tenant messages, against HR policy, medical literature, executive and political news, reviews and technical docs. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en24
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "HR policy documents"): _lines("""
        Section 4.2 Annual leave: staff with fewer than 3 years of service receive 14 days; from year 3 the entitlement rises by one day a year to a cap of 21.
        Under the Employment Act, an employee who has served at least 3 months is entitled to 14 days of outpatient sick leave and up to 60 days of hospitalisation leave a year.
        Appendix B sample payslip: employee "Jane Sample", employee no. 000000, basic salary SGD 4,200.00, CPF employee share SGD 840.00 (illustration only).
        Claims above RM 500.00 must be approved by the Head of Department on form HR-F-017 (rev. 2024-09) before they go to Finance.
        Whistleblowing reports may be made anonymously to the Audit Committee via the ethics line 1800-555-0199 or ethics@company.example.
        Managers must reply in writing to a flexible work arrangement request within two months, as set out in the Tripartite Guidelines effective 1 December 2024.
        Probation is six months; confirmation letters are issued by HR Operations, Level 12, One Raffles Place, Singapore 048616.
        I joined this company eleven years ago and I still think the hybrid-work policy in section 7 is the best thing HR has ever written.
        Grade bands G11 to G14 are individual contributors and M1 to M4 are people managers; salary ranges are reviewed every April.
        Outpatient GP visits are capped at SGD 40 per visit at panel clinics; specialist visits need a referral letter from a panel GP.
        Exit checklist: return the laptop (asset tag IT-LT-20931), access card and any petty-cash float by your last working day.
        The employer EPF contribution is 13% for employees earning RM 5,000 or less a month and 12% for those earning more.
        Employees who report harassment in good faith will not face retaliation; see policy HR-POL-022, version 3.1, page 6.
    """),
    ("en", "medical literature and public health advice"): _lines("""
        Adults should aim for at least 150 minutes of moderate-intensity aerobic activity a week, according to WHO guidance.
        The phase 3 trial registered as NCT04368728 enrolled roughly 43,000 participants across six countries.
        Patient 3 in the case series, a 54-year-old man with no travel history, presented with fever, myalgia and a maculopapular rash on day 4.
        An HbA1c of 6.5% (48 mmol/mol) or higher on two occasions is diagnostic of diabetes under ADA criteria.
        Maximum adult dose of paracetamol is 4 g in 24 hours; children are dosed by weight at 15 mg/kg per dose.
        Keep a child with hand, foot and mouth disease at home until all blisters have dried; the illness is most common in under-fives.
        Alexander Fleming described the antibacterial effect of Penicillium notatum in 1928 at St Mary's Hospital, London.
        Dengue prevention: turn over pails, clear roof gutters and change water in vases at least once a week.
        ICD-10 code E11.9 denotes type 2 diabetes mellitus without complications; I10 is essential (primary) hypertension.
        In Singapore call 995 for emergencies and 1777 for a non-emergency ambulance; in Malaysia dial 999.
        The Samaritans of Singapore run a 24-hour hotline at 1767 for anyone in emotional distress.
        Median age of the cohort was 61 years (IQR 52-69), and 58.3% of the 1,204 subjects were women.
        I had my flu jab last week and my arm was sore for a day, which the leaflet says is perfectly normal.
    """),
    ("en", "news about executives and politicians"): _lines("""
        Prime Minister Lawrence Wong delivered the Budget 2025 statement in Parliament on 18 February 2025.
        Prime Minister Anwar Ibrahim tabled Budget 2025 in the Dewan Rakyat in October 2024.
        Nvidia chief executive Jensen Huang told reporters in Taipei that demand for the company's chips remained very strong.
        DBS said Tan Su Shan took over as group chief executive in March 2025, succeeding Piyush Gupta.
        Microsoft chairman and CEO Satya Nadella discussed Azure growth on the company's quarterly earnings call.
        Apple CEO Tim Cook greeted customers at the Apple Marina Bay Sands store during a visit to Singapore.
        Grab chief executive Anthony Tan spoke about the company's path to sustained profitability at its investor day.
        Manpower Minister Tan See Leng said the Workplace Fairness Act passed by Parliament in January 2025 would take effect after guidelines are updated.
        Capital A chief executive Tony Fernandes posted on LinkedIn about AirAsia's new routes from Kuala Lumpur.
        Lee Kuan Yew, Singapore's first prime minister, died on 23 March 2015 at the age of 91.
        Former prime minister Mahathir Mohamad marked his 100th birthday on 10 July 2025.
        Tengku Zafrul Aziz, then Minister of Investment, Trade and Industry, led a trade mission to attract semiconductor investment.
        The Straits Times reported that the chairman of the town council would step down after the general election.
    """),
    ("en", "book and film reviews"): _lines("""
        In 'Crazy Rich Asians', Nick Young brings Rachel Chu home to Singapore for a wedding, and Kevin Kwan plays the Tyersall Park excess for laughs.
        Tan Twan Eng's 'The Garden of Evening Mists' is still the finest novel set in the Cameron Highlands; 4.5 out of 5.
        'Ilo Ilo' (2013), Anthony Chen's debut, follows the domestic helper Teresa and the boy Jiale through the 1997 financial crisis.
        Reread 'Nineteen Eighty-Four' (Penguin Modern Classics, ISBN 978-0-14-118776-1): Winston Smith's flat in Victory Mansions still chills.
        In 'Parasite', Bong Joon-ho makes the Kim family's semi-basement flat the real protagonist of the film.
        Sherlock Holmes lives at 221B Baker Street, a fictional address that now hosts a museum and receives fan mail.
        John Carreyrou's 'Bad Blood' tells how Elizabeth Holmes built Theranos on a blood test that never worked.
        Tara Westover's memoir 'Educated' describes growing up in Idaho without a birth certificate until she was nine.
        I gave 'Ah Boys to Men' three stars: Jack Neo knows his audience, but the barracks jokes wear thin by the second act.
        Dr Gregory House's running joke is that it is never lupus, until the one episode where it is.
        In 'Grey's Anatomy' season 2, Meredith Grey's patient in bed 4 turns out to have a live round lodged in his chest.
        My book club voted 7 to 2 that 'The Midnight Library' by Matt Haig is better as an audiobook than in print.
    """),
    ("en", "technical docs"): _lines("""
        Set DATABASE_URL=postgres://app:app@localhost:5432/hrms_dev before running migrations; these are the default development credentials.
        Example employee record: {"emp_id": "E000123", "nric_masked": "SXXXX567D", "email": "user@example.com", "phone": "+65 6000 0000"}.
        Release v4.12.3 (build 20250918.4) fixes a crash in the payroll export when the CPF file has more than 65,535 rows.
        POST /api/v2/patients/{patient_id}/appointments returns 201 with an appointment_id such as 8f14e45f-ceea-467f-a0e6-2b5c1d3e9a71.
        Validate Singapore postal codes with ^\\d{6}$ and local numbers with ^[689]\\d{7}$; NRIC checksum logic lives in utils/nric.py.
        The FHIR Patient resource carries name, telecom, gender, birthDate and address; see hl7.org/fhir/patient.html.
        Run docker run -p 8080:8080 ghcr.io/acme/tuition-portal:2.3.0 to start the demo, then log in as admin / admin.
        SMTP relay: smtp.office365.com on port 587 with STARTTLS; never hard-code the service password in config.yaml.
        Error 0x80070005 (access denied) appears when the installer is run without administrator rights.
        In the clinic network diagram 192.168.10.1 is the gateway and DHCP hands out 192.168.10.100 to 192.168.10.200.
        The test card 4111 1111 1111 1111 passes the Luhn check, which is why every payment sandbox accepts it.
        Commit 3f9a2c7 reverts the timezone change: timestamps are stored in UTC and shown in Asia/Singapore (UTC+8).
        The MyKad field in the form accepts the pattern YYMMDD-PB-NNNN, for example 000000-00-0000 in the placeholder text.
    """),
    ("en", "school and tuition notices"): _lines("""
        Term 3 fees of SGD 320 a month are payable by PayNow to UEN 201912345K by the 7th of each month.
        Bright Minds Learning Centre, 3 Ang Mo Kio Street 62, #01-23, will be closed on the Deepavali public holiday.
        Reminder: P5 Science worksheet 14 (pages 32 to 35) is due on Friday; please bring the green file.
        Class 3B had 28 pupils this year and an average of 78.4 in the mid-year mathematics paper.
        Holiday programme: Creative Writing Bootcamp, 9-13 June, 9 am to 12 pm, $380 nett, maximum 12 students a class.
        School bus service is provided by Woon Brothers Transport Pte Ltd, route 7 via Punggol Central and Sumang Walk.
        Teachers' Day is celebrated on 16 May in Malaysia; classes end at 11 am that day.
        Form 5 candidates should check the SPM timetable published by Lembaga Peperiksaan rather than rely on forwarded messages.
        The PTM on Saturday runs from 8.30 am to 12.30 pm in the school hall; book a 10-minute slot through Parents Gateway.
        Our centre's O-Level A-Math class scored 41 distinctions out of 56 candidates last year.
        Lost property: a blue Hydro Flask, size 2 PE shirt and a Casio fx-97SG X calculator are at the general office.
        Room 4-07 will be used for the Primary 6 preliminary examination, papers 1 and 2, from 19 to 23 August.
    """),
    ("en", "tenancy and property guides"): _lines("""
        HDB flat owners must complete the five-year minimum occupation period before renting out the whole flat.
        Stamp duty on a Singapore residential lease of up to four years is 0.4% of the total rent for the period of the lease.
        A common clause in Singapore tenancy agreements makes the tenant pay the first $150 of each minor repair.
        The usual deposit in Kuala Lumpur is "2+1": two months' security deposit and one month's utility deposit.
        Viewing at The Sail @ Marina Bay, 2 Marina Boulevard, on Saturday from 2 to 5 pm; units from 1-bedroom to penthouse.
        Tenancy template: Landlord [NAME], NRIC [S0000000A]; Tenant [NAME], Passport [X0000000]; Rent [SGD ____] per month.
        Pet rules at Mont Kiara condominiums vary, so check the house rules with the management office before signing.
        I have rented in Tiong Bahru for six years and the rent has not gone up once, which I count as pure luck.
        Under the URA rules, private residential units cannot be rented for stays of less than three consecutive months.
        Median HDB rent for a 4-room flat in Queenstown rose to about $3,600 in the third quarter, according to the SRX index.
        Check an estate agent's registration number on the CEA public register before paying any booking fee.
        Lot 10, Jalan Bukit Bintang, 55100 Kuala Lumpur is a shopping mall, not a residential address.
    """),
    ("mixed", "clinic and insurer public notices"): _lines("""
        Polyclinic appointment can book via HealthHub app lah, no need to queue at the counter.
        Klinik Kesihatan buka Sabtu 8 pagi hingga 12 tengah hari, walk-in only, bawa MyKad dan buku rawatan.
        Panel clinic list updated: Fullerton Health, Minmed and Q&M Dental all accept the new e-card from 1 Jan.
        诊所 CNY 营业时间: closed on day 1 and 2, reopen day 3 at 9am, emergency please call 995.
        Claim form kena submit within 30 days of discharge, attach original bill and discharge summary.
        MediShield Life covers large hospital bills for all Singapore citizens and PRs, regardless of age or health condition.
        Influenza vaccine at the clinic is $35 for adults, walk-in Mon to Fri, 2pm to 5pm only hor.
        Hotline Talian Kasih 15999 sentiasa buka 24 jam untuk mangsa keganasan rumah tangga.
        Dental scaling and polishing $78, CDMP subsidy not applicable for this item ya.
        Policy wording v2023.4 page 12: pre-existing conditions are excluded for the first 12 months of cover.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Priya, pls update my bank details for payroll: DBS 072-481935-6, account name Aravind Subramaniam. Thanks!
        FYI the candidate we're offering, Melissa Goh Hui Min (NRIC S9234718F), accepted SGD 6,800/month, start date 3 Nov.
        Confidential - Kenneth Lau in Finance has been put on a PIP after two written warnings; please do not forward this.
        Dear HR, attaching my MC, I was diagnosed with dengue at Sengkang General on 14 Aug. Regards, Nurul Huda (ext 4127, hp 9748 2036)
        Resignation from Wong Jia Hui, staff no. 20418, last day 31 Jan; she's going to Shopee and declined our counter offer.
        Please renew the work pass for Ramesh Kumar, FIN G4829173N, Indian passport P7284610 expiring 12/03/2026.
        Emergency contact for Farah binti Ismail: husband Azlan Harun, +60 12-774 3091.
        Payslip Oct 2025 - Lim Shu Fen, EPF no. 18294731, basic RM 5,450.00, net pay RM 4,612.35
        Note to file: Mr Tan Boon Leong told me he is on chemotherapy for colon cancer and asked for a lighter workload until March.
        Hi Dr Chua, I'm Mdm Rosalind Teo's daughter, her HbA1c came back 9.2 and she's still on metformin 1g twice a day, can we bring forward her review?
        Appointment confirmed: Mohd Faizal bin Hamzah, IC 870612-10-5537, Klinik Pakar Mata, 12 Dec 9.30am. Reply Y to confirm.
        Claim CLM-2025-0048812 for insured Christine Yeo, policy 3018-4472-19, appendicectomy at Mount Elizabeth Novena, has been rejected for late submission.
        Dr Wee needs the pap smear result for Ms Jasmine Loh Pei Shan, DOB 22/07/1991, tel 8163 5529.
        Prudential renewal for Gan Wei Ming: premium SGD 2,184.60 will be charged to Visa 4763 8812 0945 4031 on 1 Dec.
        hi im Harjit Singh's wife, his blood test shows hep B positive, can the clinic send the referral to harjit.singh77@gmail.com
        Dear Parent, your child Ethan Ong Jun Kai (P4 Integrity) was absent 5 days without MC. Please call Mrs Lee at 9026 1147.
        Tuition fees overdue: Chloe Tan (Sec 2 A-Math) $1,080 for Sep-Nov, pls PayNow to 9381 4702 (Mr Tan, tutor)
        Reminder for Aiman Hakimi's mum: pickup is 6pm not 5pm today, and his asthma inhaler is in the front pocket of his bag.
        Student record: Nur Aisyah binti Roslan, MyKid 130418-01-0926, Year 6 Bestari, severe peanut allergy, EpiPen in the office.
        Can you email Isaac Chew's SEN report (dyslexia, mild ADHD) to his mother at michelle.chew.kk@hotmail.com before the PTM?
        Landlord here. Tenant Rajesh Pillai at Blk 318 Clementi Ave 4, #11-562, S(120318) hasnt paid rent for Sept and Oct.
        Hi Mr Lim, the water heater at No. 14, Jalan SS 2/72, 47300 Petaling Jaya is leaking again - Danielle, 016-392 8847
        Tenancy agreement between landlord Chong Kah Wai (NRIC S7615224G) and tenant Siti Mariam binti Abu (Malaysian passport A38172645), rent SGD 2,900.
        my landlady Aunty Mei keeps going into my room while I'm at work, her number is 9672 4418, can I report her to someone?
        Deposit refund of RM 3,600 to tenant Hafiz Zulkifli, Maybank 1641 2083 5517, after deducting RM 250 for repainting.
        Car park sticker for unit B-12-07 Residensi Suria: plate WVB 4826, owner Kelvin Ng, h/p 012-667 1934
        The guy renting my common room, Joel Fernandez, does night shifts at Changi Airport and still owes me $750 in utilities.
        Please courier the spare keys to Ms Tay Hui Ling, 55 Lorong 25 Geylang, #03-02, Singapore 388291.
        HKID of the new expat tenant is Y517283(9), Patrick Leung Ka Ho; his employment letter from the bank is attached.
        Onboarding for intern Zhou Yiming: resident ID 320102199807214316, passport E72931048, arrives 5 Jan.
        Taiwanese hire Chen Yu-Ting, ID F228314572, starts 6 Jan and needs her Employment Pass processed.
        Macau BIR 1372846(5) belongs to our new sales rep Leong Wai Man, pls keep it off the shared drive.
        Reference check: Amanda Seet left her previous firm after filing a harassment complaint against her manager - she told me in confidence.
        Physio claim: Joseph Anthony (NRIC S8051736H), 6 sessions at $120 after ACL reconstruction, pending insurer approval.
        Hi this is Siew Ling from the 3rd floor, my son Marcus has HFMD so he'll stay home from childcare till Friday. Call me at 8847 2093.
        The applicant is @benjy.koh.92 on Instagram and posts a lot about his divorce, not sure that's relevant for the hiring panel.
        Please blacklist tenant Muhammad Irfan bin Abdullah, IC 950227-14-6153, he left the KL Sentral unit owing 3 months.
        Transfer from Goh Siew Hoon, POSB Savings 188-43572-1, is for November rent of the master bedroom.
        new tenants mobile +65 8294 0371 and email rachelpng.design@gmail.com, she moves in on the 1st with her cat
        Courier address for the signed offer: Jasper Lee, 8 Jalan Kurau, Singapore 419470 (landed, leave at the gate).
        Mr Vincent Ho's pre-employment X-ray shows an old TB scar; his offer is on hold until the chest clinic clears him.
        Dear Mdm Kwek, your son Ryan's Primary 6 prelim results: English 62, Maths 48, Science 55, Chinese 71. Please see me.
        Sick leave record: Ng Mei Ting, 14 days this year, 9 of them certified for major depressive disorder by Dr Ong at IMH.
    """),
    "mixed": _lines("""
        Boss, the new cleaner Puan Rohani binti Daud, IC 680915-03-5288, gaji RM1,800, start Isnin ya.
        Eh my tenant Huang Zhiqiang 黄志强 身份证 350203198511062718, his work permit expire already, how ah?
        Ms Lee 的儿子 Lucas 每个星期六上 Maths tuition, 妈妈电话 9173 2264, if he late pls call her.
        Klinik tu kata Encik Salleh bin Ahmad positive TB, his wife phone 013-448 2976, please inform HR quietly.
        Sewa bilik RM650, tenant nama Kavitha a/p Muthu, IC 990731-08-6624, deposit belum bayar lagi lah.
        房东 Mr Koh say aircon servicing $80 will deduct from deposit, his PayNow 9028 3361 under KOH AH BENG.
        HR says Jeremy Sim 的 medical leave extend two more weeks, 他 got slipped disc, dont tell others hor.
        Murid Aqil Danish bin Mohd Ridzuan, darjah 4, ada epilepsi, ibu Nurul Izzah 019-227 5108 kalau kecemasan.
        新租客 Wang Lei, 护照 E83920174, 电话 +86 139 2847 6310, move in this Sunday.
        Already send the NRIC copy S8514426Z of Mr David Chia to the maid agency, they say ok liao.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write an email to my team about a colleague's leave?"),
        ("assistant", "Sure. What should the email say, and how much detail do you want to share?"),
        (
            "user",
            "Sandra Lim from Accounts will be away 6 weeks, she's having a mastectomy next Tuesday.",
        ),
        (
            "assistant",
            "I'd suggest not mentioning the surgery to the team. Shall I just say she is on extended medical leave?",
        ),
        (
            "user",
            "ok yes, but cc her husband at desmond.lim.kw@gmail.com so he knows who's covering",
        ),
    ],
    [
        ("user", "I need to reschedule my mother's eye appointment at the polyclinic"),
        ("assistant", "I can help you draft the request. What details does the clinic need?"),
        (
            "user",
            "Her name is Chan Ah Moi, NRIC S4128376C, current appointment 3 Dec 10am, cataract review.",
        ),
        ("user", "contact number is mine, 9651 0824"),
    ],
    [
        ("user", "My landlord won't return my deposit. What are my options in Singapore?"),
        (
            "assistant",
            "You could send a written demand first and then consider the Small Claims Tribunals. How much is owed?",
        ),
        ("user", "$4,200. Landlord is Mr Edmund Quek, he owns #07-33 at 21 Bedok Reservoir View."),
        ("assistant", "Put the amount, the unit address and the date you moved out in the letter."),
        ("user", "his number 9830 5516 and he blocks me on whatsapp already"),
    ],
    [
        (
            "assistant",
            "Welcome to Excel Tuition! Which level and subject is your child signing up for?",
        ),
        ("user", "Sec 3 Chemistry for my daughter Tan Xin Yi, she's at Nan Hua High"),
        ("assistant", "Thanks. May I have a parent contact number and email?"),
        ("user", "+65 9174 6302, tanmeiling.home@yahoo.com.sg"),
    ],
    [
        ("user", "How do I submit a hospitalisation claim to my insurer in Malaysia?"),
        (
            "assistant",
            "Usually you send the claim form, itemised bill and discharge summary. Do you want a checklist?",
        ),
        (
            "user",
            "Yes. Claim is for my father Zainal Abidin bin Yusof, IC 560318-06-5171, stroke, admitted to HKL 2 weeks",
        ),
        ("assistant", "Noted. Add the policy number and his doctor's report to the checklist."),
        ("user", "policy is AIA T204481736, premium paid from my CIMB 7064 1932 58"),
    ],
    [
        ("user", "payroll bounced for one of our staff, I need to redo the GIRO"),
        (
            "assistant",
            "I can help format the correction. What's the employee and the corrected account?",
        ),
        ("user", "Muthukumar s/o Raman"),
        ("user", "OCBC 591-"),
        ("user", "204817-001"),
        (
            "assistant",
            "So the account reads OCBC 591-204817-001 for Muthukumar s/o Raman. Anything else?",
        ),
    ],
    [
        (
            "user",
            "I'm a form teacher. Help me write a note to a parent about her son's learning needs.",
        ),
        ("assistant", "Happy to. What would you like the note to cover?"),
        (
            "user",
            "Boy is Darren Sim Kai Xiang, 2E3, just diagnosed with autism spectrum disorder, needs exam accommodations.",
        ),
        ("user", "mum is Serene, email serene.sim.82@outlook.com"),
    ],
    [
        ("user", "Draft a simple room rental agreement for Penang please."),
        ("assistant", "Sure. Please give me the parties' names, the property and the rent."),
        (
            "user",
            "Landlord Ooi Chee Seng, IC 710405-07-5319. Tenant Nur Syafiqah binti Kamarul, IC 010226-02-0418.",
        ),
        (
            "user",
            "Room at 12-3A Lintang Sungai Pinang 3, 11600 Georgetown, RM550 a month, 1+1 deposit",
        ),
    ],
    [
        ("user", "Write a reference letter for a former employee of mine."),
        ("assistant", "Of course. What was their role and how long did they work with you?"),
        ("user", "Hazwani Rahim, HR executive, 2019 to 2024. Reachable at +60 17-385 2049"),
        ("assistant", "Would you like to mention why she left?"),
        ("user", "no, just don't mention the burnout leave she took in 2023"),
    ],
]
