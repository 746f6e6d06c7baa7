"""Blind check set en41: social-service and NGO casework in Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en41
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "programme description"): _lines("""
        The Family Service Centre (FSC) provides casework and counselling for families facing financial difficulty, marital conflict, family violence and caregiver stress; walk-ins welcome Mon-Fri 9am-6pm.
        ComCare Short-to-Medium Term Assistance (SMTA) supports lower-income households with monthly cash, help with household bills and rental arrears, usually for 3 to 6 months at a time.
        Project Befriend pairs trained volunteers with isolated seniors living alone in 1- and 2-room HDB rental flats; befrienders commit to one home visit a fortnight for at least 12 months.
        Our halfway house runs a 6-month residential programme for ex-offenders with a history of drug use, combining work release, family sessions and relapse-prevention groups.
        FAM@FSC covers marriage support, divorce support and the mandatory marriage preparation programme for couples where one party is below 21.
        KidSTART practitioners visit families with children aged 0-6 from pregnancy onwards; referrals come mainly from KKH, NUH and the polyclinics.
        The crisis shelter for women and children has 24 beds; admissions are arranged through the FSCs, the police or the PAVE and TRANS SAFE Centres, 24 hrs.
        Migrant Workers' Helpdesk: every Sunday 11am-5pm at the dormitory recreation centre, handling salary claims, WICA injury claims and accommodation complaints.
        Stepping Stones is a 10-week group for children who witnessed family violence; groups are capped at 8 kids and run in English and Mandarin.
        The Medical Social Work team at Tan Tock Seng Hospital refers patients discharged with high care needs to us for home-based caregiver training.
        Volunteers must complete the 6-hour Befriender Basics course, a background screening and one shadowing visit before being assigned a senior.
        Counselling is free for ComCare recipients; others pay $5-$30 per session on a sliding scale based on per capita income (PCI).
        Community nurses from Khoo Teck Puat Hospital co-locate with us every Wed afternoon at the Yishun Ring Road office - no appointment needed for BP and glucose checks.
    """),
    ("en-SG", "annual review"): _lines("""
        FY2024/25 at a glance: 1,284 cases served, 3,906 counselling sessions, 412 home visits and 96 active volunteers clocking 7,450 hours.
        Financial assistance disbursed: S$482,350.00 across 617 households, of which 58% were single-parent families.
        Family violence cases rose 14% year-on-year (218 vs 191); 71% of survivors were women aged 30-49.
        Average time from referral to first contact fell from 9.2 working days to 4.6 after we introduced the triage duty roster in Q2.
        Income breakdown: Government grants 62.4%, Community Chest 18.1%, donations 12.7%, programme fees 3.3%, others 3.5%.
        Reserves stood at S$3.2m, equivalent to 1.4 years of operating expenditure, within the Board's 1-3 year reserves policy.
        Our Adviser, Dr Faridah Osman, MP for Tampines West, officiated the opening of the new satellite centre on 12 July 2025.
        Top presenting issues: financial (41%), family relationship (23%), mental health (15%); housing-related issues doubled to 9%.
        Volunteer retention at 12 months was 67% against a target of 70%; the top reason given at exit was a change in work schedule.
        Client satisfaction survey (n=356, response rate 48%): 91% agreed that staff treated them with dignity and respect.
        The Society has been an Institution of a Public Character since 1 April 2003; UEN S86SS0123K, IPC No. HEF0042/G.
        Independent auditor: Wong, Tay & Partners PAC, Public Accountants and Chartered Accountants, Singapore.
        Staff strength as at 31 Mar 2025: 38 full-time (incl. 19 social workers and 6 counsellors) and 4 part-time; turnover 16.8%.
    """),
    ("en-MY", "notices and hotlines"): _lines("""
        Need help? Call Talian Kasih 15999 or WhatsApp 019-261 5999, 24 jam, percuma.
        Women's Aid Organisation hotline +603 3000 8858; SMS/WhatsApp TINA at +6018 988 8058 if you cannot talk safely.
        Our drop-in centre is at No. 12, Jalan Tun Sambanthan 3, Brickfields, 50470 Kuala Lumpur (opp. the YMCA). Open Tue-Sat 10am-5pm.
        Applicants for JKM Bantuan Kanak-Kanak must attach: copy of MyKad (both sides), child's birth cert, latest payslip or surat pengesahan pendapatan from the ketua kampung.
        Zakat assistance for asnaf families is decided by Lembaga Zakat Selangor - we only help fill in the form, we don't decide eligibility ya.
        Refugee mobile clinic every Thursday at the Hospital Tuanku Ja'afar outreach tent, Seremban; bring your UNHCR card if you have one.
        Our 2024 survey with three partner NGOs found 1 in 3 plantation workers interviewed (n=540) had their passports held by the employer.
        Reminder to all volunteers: office closed 31 Mar - 4 Apr 2025 for Hari Raya. Emergency cases go to the duty officer line 03-7956 2240.
        Donations to Pertubuhan Kebajikan Harapan Insan (PPM-012-10-15062009) are tax-exempt under subsection 44(6) of the Income Tax Act 1967, ref. LHDN.01/35/42/51/179-6.1234.
        STR 2025 phase 2 payments are credited from 18 June; households earning below RM2,500 receive up to RM1,200 in total.
        Volunteer appreciation night at Dewan Loke Yew, Kuala Lumpur on Sat 22 Nov 2025, 7.30pm. Dress code: smart casual, batik welcome!
        Food bank pick-up: Wed & Sat 9-11am at the Dewan Orang Ramai, PPR Kerinchi Blok C. Bring your own bags pls.
        Bantuan Warga Emas: RM500 a month for seniors aged 60+ with household income below the PGK; apply at any Pejabat Kebajikan Masyarakat Daerah.
    """),
    ("en-HK", "services and shelters"): _lines("""
        Harmony House 24-hour hotline: 2522 0434. Men's hotline: 2295 1386.
        Feeling overwhelmed? Samaritan Befrienders Hong Kong 24-hour hotline: 2389 2222.
        The Integrated Family Service Centre at Sham Shui Po is on 2/F, Cheung Sha Wan Government Offices, 303 Cheung Sha Wan Road, Kowloon.
        CSSA standard rate for an able-bodied adult in a 1-person household is HK$3,580 a month; rent allowance is capped at HK$2,170.
        Our shelter for foreign domestic helpers between jobs takes up to 30 residents; the average stay last year was 47 days.
        Non-refoulement claimants receive in-kind assistance: a HK$1,500 rent allowance paid directly to the landlord plus HK$1,200 in food coupons monthly.
        The MSW unit at Pamela Youde Nethersole Eastern Hospital refers DV cases to us on the standard SWD referral form.
        Under the Standard Employment Contract (ID 407), the helper is entitled to at least one rest day in every 7 days and free food or a food allowance of not less than HK$1,236 a month.
        Refuge centre admissions: NO walk-ins. Admission only via the SWD Family and Child Protective Services Units (FCPSU) or the police.
        Sir Run Run Shaw Hall, CUHK, is booked for our 40th anniversary fundraising concert; tickets HK$280/HK$480 via URBTIX, event code HH40C-2025.
        Mission: every migrant worker in Hong Kong should be able to claim wages, rest days and dignity without fear of losing their visa.
        Q3 2025: 1,163 intake enquiries; 62% Filipino, 33% Indonesian, 5% others. Top issues: underpayment (28%), early termination (21%).
        Claims of up to HK$15,000 go to the Minor Employment Claims Adjudication Board; our volunteers can accompany helpers to the hearing.
    """),
    ("en", "forms and templates"): _lines("""
        Client name: ____________  NRIC/FIN: ____________  DOB: __/__/____  Contact no.: ____________
        Dear {{client_salutation}} {{client_surname}}, this is a reminder of your appointment with {{worker_name}} at {{centre_name}} on {{appt_date}} at {{appt_time}}. Reply Y to confirm.
        Section C - Household members (list ALL persons living in the unit): Name | Relationship to applicant | ID no. | Age | Occupation | Monthly gross income (S$)
        Consent: I, [NAME OF CLIENT], NRIC/FIN [XXXXXXXXX], consent to [AGENCY] sharing my information with [PARTNER AGENCIES] for the purpose of [PURPOSE].
        I declare that the information given in this application is true and complete. Applicant's signature: __________ Date: __________
        HKID No.: ☐☐☐☐☐☐☐(☐)   Passport No. (non-residents): ______________   Visa type: ☐ FDH ☐ Recognisance ☐ Others
        MyKad No.: ______-__-______ (contoh / example format: YYMMDD-PB-####)
        Case note template: Date | Mode (HV/OV/TC/WhatsApp) | Persons present | Presenting issue | Assessment | Plan | Next review date
        Risk screen: ☐ Suicidal ideation ☐ Self-harm ☐ Child protection concern ☐ Elder abuse ☐ Partner violence - if ANY is ticked, inform your supervisor within 24h.
        Befriender log - Visit no. __  Date: ______  Senior's mood (1-5): __  Home safety: ☐ Clutter ☐ Wet floor ☐ No grab bar ☐ Expired food
        Subject: [FA Application] {case_id} - request for supporting documents (payslips for last 3 months, CPF contribution history, latest SP Group bill)
        Work Permit No.: ____________  FIN: ____________  Employer UEN: __________  Sector: ☐ Construction ☐ Marine ☐ Process ☐ Services ☐ MDW
        Dummy record for CMS training only: Name: TEST CLIENT; NRIC: S0000000A; Address: 1 Test Street #00-00 S(000000); Phone: 0000 0000.
        To: Branch Manager, HDB {branch}. Re: Request for public rental flat for {applicant_name} ({nric_masked}) and family of {n} persons.
    """),
    ("en", "data protection guidance"): _lines("""
        Do not collect full NRIC numbers for event sign-ups; if you must verify identity, record at most the last 3 digits and the letter.
        Case files stay in the locked cabinet in Room 3 or on the CMS - never on personal laptops, thumbdrives or in WhatsApp groups.
        When emailing case details to partner agencies, password-protect the attachment and send the password by SMS separately.
        Before a case conference, replace names with initials and remove addresses, unit numbers, NRIC/FIN and employer names from the slides.
        Closed case files are retained for 7 years from closure and then shredded by the vendor, who issues a certificate of destruction.
        Under the PDPA, volunteers act on behalf of the organisation, so a breach by a befriender is treated as a breach by the agency.
        Hong Kong PDPO Data Protection Principle 3: personal data shall not be used for a new purpose without the data subject's prescribed consent.
        Malaysia's PDPA 2010 does not apply to the Federal and State Governments, but NGOs processing applications for them are covered.
        Report any suspected data breach to the DPO (dpo@familycare-sg.org) within 24 hours; the DPO assesses within 3 days whether PDPC must be notified.
        Event photos need written consent; for shelter residents never post faces, school badges or anything that shows where the shelter is.
        Redaction check before release: search for S/T/F/G/M + 7 digits + letter, 8-digit phone numbers and '#' unit numbers.
        From the PDPA training deck: a masked form such as S****567D is acceptable on printed attendance lists; the full number is not.
    """),
    ("en", "news and donors"): _lines("""
        Guest-of-Honour Ms Rachel Sim, Minister of State for Social and Family Development, announced that ComCare help will be available at all SSOs and FSCs by 2026.
        We thank the Lee Foundation, the Shaw Foundation and Tote Board for their generous support this year.
        Donors above S$10,000: Anonymous (3); Bank of Greater Asia Ltd; Ong Siew Lan Memorial Fund; Seng Heng Engineering Pte Ltd.
        In a Legislative Council question, the Hon Tony Leung Kwok-fai asked how many FDH shelters receive government funding; the Secretary for Labour and Welfare replied that none do.
        In our forum theatre skit, 'Ah Huat' is a fictional 58-year-old taxi driver who hides his debts from his wife; the audience steps in to change the ending.
        Receipt no. TDR/2025/011874 issued for a donation of S$1,500.00 via PayNow to UEN 200212345R on 28/11/2025 14:32.
        The Chinese Women's Association was founded in 1915; Dr Lee Choo Neo, the first Straits Chinese woman doctor, was among its early members.
        Tung Wah Group of Hospitals was founded in 1870 by Chinese merchants to provide free medical care; its Chairman serves a one-year term.
        Giving Week 2025 raised HK$2.4 million from 3,211 donors; the top corporate donor was Kowloon Pearl Properties Ltd.
        Volunteer Team of the Year: the Bukit Batok Youth Corps, for 2,300 hours of befriending seniors in Blocks 101-150.
        Yayasan Nik Salleh funded 40 laptops for our B40 tuition programme in Kota Bharu - terima kasih!
        Speaking at the launch, HOME's executive director said the new rest-day rules were 'a step forward but not enough'.
    """),
    ("en", "case management system"): _lines("""
        CMS v4.12.3 release notes: fixed a bug where the 'Next review date' field reset to 01/01/1970 after saving.
        Export job CMS-EXP-20251203-0042 completed in 00:03:17; 1,284 rows; sha256 9f2c4e1a7b3d5e8f0a6c2b4d8e1f3a5c7b9d0e2f4a6c8b1d3e5f7a9c0b2d4e6f.
        Error 422: field 'id_no' failed checksum validation. Please re-enter the identification number.
        Ticket #SR-88213: SSNet login for Tampines West FSC staff fails with 'Invalid token' since 2 Dec 09:15 SGT.
        0 2 * * * /opt/cms/bin/purge_closed_cases --older-than 7y --dry-run=false >> /var/log/cms/purge.log 2>&1
        Field mapping: client.id_no -> SSNet.IdentificationNo (string, 9); client.dob -> SSNet.DateOfBirth (yyyy-MM-dd).
        Dashboard refreshed 2025-12-03T23:00:05+08:00: open cases 412, overdue reviews 37, pending FA approvals 19.
        Invoice INV-2025-1187 from Kallang Print Services: 5,000 copies of the FA application form, S$1,240.00 incl. GST.
        After importing into the CMS, delete the columns 'Name' and 'IC' from the old befriending Excel sheet and remove the file from OneDrive.
        Anonymised dataset v3 for the university research MoU: md5 3b8e1f0c9a2d4e6b7c5f1a3d9e8b2c40, 9,812 records, k-anonymity k=5.
        SMS template TPL-0031 approved: 'FamilyCare: Your appointment is confirmed. Call 6786 1122 if you need to reschedule.'
        Donated laptops shipped: tracking SPX SG2512034478915; delivered to the centre reception on 4 Dec.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        HV 03/12: Mdm Rosnah bte Ismail (S7029184C), 55, Blk 347 Jurong East Ave 1 #08-221. Husband Sazali bin Omar admitted IMH last wk for relapse. S&CC arrears $1,248.60, SP bill $386.
        Client Mr Ganesan s/o Muthusamy rearrested on 28 Nov for consuming methamphetamine - his 3rd LT1. Wife Mdm Vasanthi informed, she is coping but crying a lot.
        FA application: Ms Nur Aisyah binte Rahmat, S9120476B, single mother of 3 (ages 2, 5, 9), last drawn salary $1,650 as supermarket cashier, retrenched Oct 2025.
        WP holder Md Rahim Uddin, FIN G6093271P, injured right hand at worksite in Tuas on 14 Sep; employer has not filed WIC claim. Staying at Tuas View Dormitory Blk B #03-12.
        Befriender log 2/12 - Uncle Tan Ah Kow (Blk 52 Chai Chee St #05-1127) fell in the toilet last Sat, bruised hip, refused to go A&E. Says his son in JB never calls.
        PPO granted 21/11/2025 at Family Justice Courts for Mdm Lim Bee Choo against her husband Koh Wee Liang. Next mention 9 Jan. Client staying w sister at Punggol Field for now.
        MDW Maricel Dela Cruz (FIN G7715408L, PP P4382917B) ran away from employer at 22 Sunset Way on 30/11, says madam slapped her and withheld Nov salary ($650). Now at our shelter.
        Caller gave her name as Jasmine Teo, 34, HP 9127 4835, asked if she can get ComCare while divorce is pending - husband controls all the money.
        Referral from SSO Bedok: Mr Yeo Kai Jie, NRIC T****835C, 21, aged out of children's home, now couch-surfing; history of self-harm (cutting) since age 15.
        hi ms chua this is Priya (priya.nair.87@gmail.com), can u send me the letter for the rental flat appeal? landlord wants us out by 15 dec. thks
        Mr Chong Wai Keat owes $23,400 to 2 licensed moneylenders; unlicensed lenders splashed paint at his door at Blk 118 Rivervale Dr #11-403 on 1 Dec.
        Caregiver Mdm Siti Zubaidah, 67, caring for son Hafiz (38, schizophrenia, monthly depot injection at IMH); both in 1-rm rental at Blk 20 Jalan Tenteram.
        Pls credit $500 SMTA for Dec to POSB savings 188-43912-7, a/c holder Ms Lee Shu Fen (S8234517E).
        Rayyan (P3), son of client Mdm Nurul Huda, disclosed to school counsellor that his stepfather hit him with a clothes hanger; CPS notified 2 Dec.
        Shelter discharge: Ms Wang Xiaoling, PRC national, passport E67239184, stayed 19 Sep-28 Nov, 4 months pregnant, flying back to Fuzhou on 5 Dec.
        Mr Arumugam Ravi, 62, diabetic with L below-knee amputation since March, lives alone Blk 415 Bedok North Ave 2 #02-77, HP 8463 2290, needs transport to dialysis 3x/wk.
        Ms Chloe Ng's LTA appeal was rejected - she has bipolar disorder, on lithium, and her only income is $300/mth maintenance from ex-husband Jeremy Ng.
        Volunteer Elaine Goh's screening came back with a 2019 conviction for cheating; do not assign her to seniors until the review is done.
    """),
    "en-MY": _lines("""
        Client: Puan Norhayati binti Abdullah, MyKad 850317-14-5632, PPR Kerinchi Blok C-12-07, Pantai Dalam, 59200 KL. Suami meninggal Jun 2025, 4 anak bawah 12 tahun. Applying Bantuan Am JKM.
        Intake: Kyaw Min Thu, Myanmar, UNHCR card 354-14C02871, DOB 12/03/1991, works at a car wash in Selayang for RM40/day, boss keeps his passport.
        Ms Lakshmi a/p Subramaniam (790214-08-5386) says husband hit her with a motorcycle helmet on 29 Nov; police report made at Balai Polis Ipoh, IPO being applied.
        Encik Mohd Faizal bin Razak, 017-602 9135, baru keluar Penjara Kajang bulan lepas, needs halfway house - ada kencing manis, takde IC sebab hilang.
        Worker Ramesh Bahadur Thapa, Nepal passport PA0482736, employer Jaya Plastik Sdn Bhd, Klang - lost 2 fingers of L hand in machine accident 8/11, PERKESO claim not filed yet.
        Visited Mak Cik Esah binti Jusoh at No. 23 Lorong Raja Muda Musa 4, Kg Baru. She forgets to eat, maybe early dementia; daughter Rozita works in Singapore.
        Bank in FA to Maybank 1640 2287 5519, a/n Tan Mei Ling, IC 900625-07-5290, RM800 x 3 bulan.
        PMI Siti Rahayu, passport C4829174, maid for a family in TTDI, not paid 7 months (RM1,500/mth), phone confiscated by majikan. Contact her sister in Batam +62 812 7734 5520.
        Halfway house report: resident Azlan bin Ghazali (620809-01-5133) is HIV+ on ART at Hospital Sungai Buloh, on methadone 60mg daily; family in Batu Pahat refuses to take him back.
        Auto-debit pledge RM50/month, card 5413 9033 4854 0407 exp 08/28, cardholder Jenny Lau Siew Peng.
        Abang Lim Ah Seng (016-419 2287) used to run for Ah Long, now owes RM18k himself and sleeps at Pudu Sentral some nights.
        Rohingya family: father Mohammad Noor (UNHCR 354-17C09914), wife Rashida Begum, kids Ayesha (7) and Yusuf (4); rent RM450 owed for 2 months at their Selayang Baru flat.
        Nurul Izzah binti Kamarul, 15, Form 3 at a school in Shah Alam, is 5 months pregnant; referred by school counsellor, her mum doesn't know yet.
        Wheelchair application: Mr Wong Kok Keong, 881230-12-5745, stroke 2024, Lot 14, Taman Bukit Padang, 88200 Kota Kinabalu, tel 019-775 3014.
        WhatsApp dari Priya Devi (011-2745 8830): akak saya tak boleh datang esok, my son admitted Hospital Klang for dengue.
        Support letter for EPF withdrawal for Encik Harun bin Said, KWSP no. 14728830, to clear rental arrears at PPR Sri Pantai - he has stage 4 colon cancer.
    """),
    "en-HK": _lines("""
        Intake 02/12: Ms Maria Santos Villanueva, FDH, HKID W412087(9), dismissed by employer in Taikoo Shing on 25 Nov without notice; owed HK$9,240 wages and payment in lieu.
        CSSA case: Mr Leung Chi-keung, HKID K603415(2), 58, subdivided flat cubicle 4, 3/F, 117 Tung Choi Street, Mong Kok, rent HK$4,300; COPD on home oxygen.
        Ms Siti Aminah, Indonesian FDH, HKID R227164(7), is 6 weeks pregnant; employer Mrs Cheung told her to go home or be fired. She wants to stay and claim maternity protection.
        Non-refoulement claimant Mr Abdul Karim from Pakistan, ImmD file T/2019/41287, lives in a squatter hut in Ping Che; claim rejected, appeal hearing 15 Jan.
        Befriender visit: Po Po Wong Yuk-lan (91), Tai Hang Tung Estate Block 6 Room 1412. Hearing aid broken; mentioned she wants to 'go early' - escalated to SW today.
        DV: Ms Ho Ka-yan, 29, WhatsApp 6541 0938; husband Tse Wing-hong tracks her with an AirTag. Don't call after 7pm, he checks her phone.
        Applicant Mr Lam Chun-wai, HKID Y530928(8), security guard earning HK$11,800/month; wife Chow Mei-ling unemployed; son Lam Ho-yin (11) has ADHD.
        Mr Wong Chi-ming (黃志明), mobile 9187 2264, lost HK$680,000 of savings to a romance scam; police report made at Kwun Tong station last Friday.
        Rowena Reyes, 38, Filipina FDH in Tsuen Wan, dx breast cancer stage 2 at Princess Margaret Hospital; employer terminated her after sick leave. Sister in Pampanga +63 917 552 8104.
        Shelter resident Dewi Lestari overstayed since 3 Dec; extension-of-stay application EOS2512-04471 pending; her passport is held by her agency in Causeway Bay.
        Mr Zhou Jianguo, one-way permit holder from Guangzhou (mainland ID 440103197908142630), arrived 2024, applying for public housing; wife on dialysis for uremia.
        Ms Chen Xiaohong, ID 350582198603271423, two-way permit, working illegally as a cleaner in Sham Shui Po, owes a loan shark HK$30,000.
        Outreach: Chan Hoi-lam, 16, HKID Z902631(3), dropped out of school, sleeps at a 24h McDonald's in Mong Kok, admits using ketamine with friends.
        Emergency fund HK$3,000 paid to Mr Cheung Kwok-wing's HSBC a/c 012-345678-838 for his late wife's funeral.
        FDH Joy Bautista (5432 8871) says the employer's 17-year-old son comes into her room at night; she sleeps in the storeroom of Flat B, 22/F, Tower 3.
        CSSA review: Mdm Lee Sau-ying, WX118342(5), 72, lives alone in Shek Kip Mei Estate Block 41; moderate dementia; nephew Lee Kin-fai keeps her bank card.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of Lighthouse Family Service Centre. Answer questions about ComCare and our services. Do not promise approval.",
        ),
        ("user", "hi can i apply comcare if my husband still working part time"),
        (
            "assistant",
            "Yes, you can still apply. ComCare looks at total household income and per capita income. You can apply at any SSO or FSC.",
        ),
        (
            "user",
            "ok our household income is $2,100, 5 of us staying Blk 610 Woodlands Dr 71 #09-352",
        ),
        ("user", "my name Halimah Bte Yusof S6612093G can u check my status"),
        (
            "assistant",
            "I'm unable to check individual applications here. Please call the ComCare hotline or visit the SSO with your documents.",
        ),
    ],
    [
        ("user", "sir my employer not give me off day since July"),
        (
            "assistant",
            "Under MOM rules you are entitled to a weekly rest day. Would you like us to help you talk to your employer or MOM?",
        ),
        ("user", "yes pls but dont tell ma'am i contact u"),
        ("user", "my name Sri Wahyuni, FIN G5238016U"),
        (
            "user",
            "i stay with employer at 15 Jalan Kechubong, she also cut my salary $120 every month for 'damage'",
        ),
        (
            "assistant",
            "Thank you. A caseworker will WhatsApp you on Sunday. Please keep your phone safe.",
        ),
    ],
    [
        (
            "user",
            "Draft a short support letter to the Labour Tribunal for my client Ms Ana Lopez, HKID P884127(A). She was dismissed the day after she was discharged from hospital for TB treatment.",
        ),
        (
            "assistant",
            "Dear Presiding Officer, we write in support of Ms Ana Lopez, a foreign domestic helper who was dismissed on the day after her discharge from hospital, where she was treated for tuberculosis. We request that the Tribunal take her medical circumstances into account.",
        ),
        (
            "user",
            "add that she is still on medication until March and her employer kept her passport",
        ),
    ],
    [
        ("user", "Assalamualaikum, boleh tolong? Saya nak mohon bantuan zakat"),
        (
            "assistant",
            "Waalaikumussalam. Boleh. Zakat assistance is handled by the state zakat body; we can help you prepare the form. Which state are you in?",
        ),
        ("user", "Kelantan, Kota Bharu. Nama saya Rosli bin Hamid, IC 700915-03-5517"),
        (
            "user",
            "saya ada sakit jantung, tak boleh kerja sejak bypass tahun lepas, anak 3 orang masih sekolah",
        ),
        (
            "assistant",
            "Terima kasih. Please bring your MyKad, medical report and the children's school letters to our office.",
        ),
    ],
    [
        (
            "system",
            "Summarise the volunteer's befriending visit into the standard log format. Keep it factual.",
        ),
        (
            "user",
            "Went to see Uncle Lim Teck Soon today at Blk 9 Upper Boon Keng Rd #07-1402. Flat very messy, rice cooker spoilt.",
        ),
        (
            "user",
            "He told me doctor at SGH confirmed prostate cancer last week, he don't want to tell his daughter in Perth.",
        ),
        (
            "assistant",
            "Visit log: Senior living alone, home clutter and broken appliance observed. Senior reports a recent cancer diagnosis and does not wish to inform family. Follow-up: inform SW, arrange replacement rice cooker.",
        ),
    ],
    [
        (
            "system",
            "You help caseworkers de-identify case notes before they are shared at the inter-agency case conference. Replace names, IDs, phone numbers and addresses with placeholders.",
        ),
        (
            "user",
            "Please de-identify: Ms Yeung Wai-man (HKID M305712(2), tel 6127 4490) lives at Flat 12, 8/F, Block C, Lok Fu Estate with her two children. She reports that her ex-partner Mr Ng Siu-fung threatened her with a knife on 20 Nov.",
        ),
        (
            "assistant",
            "[CLIENT] (HKID [ID], tel [PHONE]) lives at [ADDRESS] with her two children. She reports that her ex-partner [PERSON] threatened her with a knife on [DATE].",
        ),
    ],
    [
        ("user", "what are the visiting hours for the drug rehab centre"),
        (
            "assistant",
            "Visits to DRC inmates are by appointment and usually via e-visit or the visit centre; the inmate must register you as a visitor first.",
        ),
        ("user", "ok. also can family get help from FSC while he is inside"),
        (
            "assistant",
            "Yes, families can approach any FSC for counselling and financial assistance.",
        ),
        (
            "user",
            "thanks. my brother is Desmond Tan Wei Jie, S9347120B, admitted DRC 2nd time in Oct. mum has stroke and i'm the only one working",
        ),
    ],
    [
        ("user", "Hello, I am Rohingya refugee, can your clinic help my wife deliver baby"),
        (
            "assistant",
            "Yes, we can help with a referral and may support part of the hospital deposit. Do you have a UNHCR card?",
        ),
        ("user", "yes card 354-19C11208 under my name Anwar Hossain"),
        (
            "user",
            "wife Sanjida 8 months pregnant, blood pressure very high, my number 011-1098 4422",
        ),
        ("assistant", "Thank you. Our nurse will call you today to arrange a check-up."),
    ],
    [
        ("user", "Is the food bank still open for registration?"),
        (
            "assistant",
            "Yes, registration is open until 20 December. Please send your details by email.",
        ),
        (
            "user",
            "I'm Kwok Man-yee, kwokmanyee1979@yahoo.com.hk, living in Cheung Sha Wan. My husband is serving 4 years in Stanley Prison so I'm raising 2 kids alone on CSSA.",
        ),
        (
            "assistant",
            "Thank you, Ms Kwok. You will receive a confirmation email within 3 working days.",
        ),
    ],
    [
        (
            "system",
            "You are a debt-advice assistant for a Singapore charity. Never ask for passwords or OTPs.",
        ),
        ("user", "i owe ah long $9k and they painted my door last night"),
        (
            "assistant",
            "Please make a police report immediately and do not borrow more. We can also refer you to a credit counselling service.",
        ),
        ("user", "already report. my name Ong Boon Hock, Blk 156 Bishan St 13 #04-211"),
        (
            "user",
            "can u also stop the GIRO on my card 4026 6963 4997 1579 first, i got no money for the insurance",
        ),
        (
            "assistant",
            "Please don't share card numbers here. Contact your bank directly to stop the GIRO arrangement.",
        ),
    ],
]
