"""Blind check set en44: expats and European firms in Singapore, Hong Kong and Malaysia (GDPR alongside PDPA). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en44
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "privacy notice"): _lines("""
        This Privacy Notice explains how Hartwell Lindqvist Pte. Ltd. (UEN 201634219K) collects, uses and discloses personal data in accordance with the Personal Data Protection Act 2012 and, where applicable, Regulation (EU) 2016/679 (GDPR).
        Where we transfer personal data from the EEA to Singapore, we rely on the Standard Contractual Clauses adopted by Commission Implementing Decision (EU) 2021/914.
        You may contact our Data Protection Officer at dpo@hartwell-lindqvist.sg or by post: Data Protection Officer, 8 Marina View, #31-01 Asia Square Tower 1, Singapore 018960.
        If you are in the EU, you have the right to lodge a complaint with your local supervisory authority, e.g. the CNIL (3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).
        Hong Kong residents may contact the Office of the Privacy Commissioner for Personal Data, Room 1303, 13/F, Dah Sing Financial Centre, 248 Queen's Road East, Wanchai, tel. 2827 2827.
        We retain payroll records for 7 years after the end of employment to meet obligations under the Income Tax Act 1947 and the German Abgabenordnung (§147 AO).
        Categories of data we process: identification data (name, passport number, NRIC/FIN), contact details, bank details (IBAN, BIC, sort code), tax identifiers, information on dependants, and health data where strictly necessary for insurance enrolment.
        Our EU representative under Article 27 GDPR is EuroRep Compliance B.V., Herengracht 420, 1017 BZ Amsterdam, the Netherlands.
        Last updated: 14 November 2025 (version 3.2). Previous versions are available on request.
        We do not sell personal data and we do not use automated decision-making producing legal effects within the meaning of Article 22 GDPR.
        Malaysian users: this notice is provided in English and Bahasa Malaysia pursuant to section 7 of the Personal Data Protection Act 2010; in case of inconsistency the BM version prevails.
        Cookies: strictly necessary (session_id, csrf_token) and, only with your consent, analytics cookies (_ga, _gid) which expire after 2 years and 24 hours respectively.
        Requests to exercise your rights are answered within one month (Art. 12(3) GDPR) or within 30 days under the PDPA, whichever is shorter.
        Singapore regulator: Personal Data Protection Commission, 10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438.
        Malaysia regulator: Jabatan Perlindungan Data Peribadi (JPDP), Aras 6, Kompleks KKD, Lot 4G9, Persiaran Perdana, Presint 4, 62100 Putrajaya.
    """),
    ("en", "visa and relocation"): _lines("""
        From 1 January 2025 the EP qualifying salary is S$5,600 (S$6,200 for financial services), rising with age to S$10,700 for candidates in their mid-40s.
        COMPASS: candidates need 40 points across C1–C4 (salary, qualifications, diversity, support for local employment), plus bonus criteria C5 and C6.
        Dependant's Pass holders can no longer work on a Letter of Consent since 1 May 2021 – they need their own work pass.
        HK Immigration Department general enquiries: 2824 6111, or e-mail enquiry@immd.gov.hk.
        Tip: the MOM Services Centre is at 1500 Bendemeer Road, Singapore 339946 – only go for card registration with your appointment letter.
        ICA Building, 10 Kallang Road: bring the original passport, the IPA letter and a recent photo (35mm x 45mm, white background).
        Checklist for movers: IPA letter, passport valid ≥ 6 months, marriage cert (apostilled + translated if not English), kids' birth certs, degree certs, AVS permit for pets.
        Malaysia Employment Pass Cat. I: monthly salary RM10,000 and above, contract up to 5 yrs; Cat. II RM5,000–9,999, up to 2 yrs (pre-June 2025 thresholds).
        Top Talent Pass Scheme (TTPS) Category A: annual income of HK$2.5 million or more in the year immediately before the application.
        Relocation package v2025.3 – shipping allowance 1x 20ft container, 14 nights serviced apartment, 2 school-search days, tax briefing with the Big Four provider.
        Our guide "Moving to Singapore with kids" (PDF, 2.4 MB) was downloaded 18,240 times in 2025.
        JB commuters: the RTS Link from Bukit Chagar to Woodlands North is scheduled to start passenger service by end-2026.
        Don't book flights before the IPA is out!! MOM takes ~10 working days for most online EP applications, longer if they ask for extra docs.
        Relocation agent shortlist for HK→SG moves: Santa Fe Relocation, Crown World Mobility, K2 Corporate Mobility – get 3 quotes before signing.
        Sir Stamford Raffles landed in Singapore in 1819; Raffles Hotel, Raffles Place and Raffles Institution all carry his name.
    """),
    ("en", "payroll and banking"): _lines("""
        Example IBAN in our API docs: GB82 WEST 1234 5698 7654 32 (sort code 12-34-56, account 98765432) – test data only, never a real account.
        The sandbox accepts DE89 3704 0044 0532 0130 00, NL91 ABNA 0417 1643 00 and ES91 2100 0418 4502 0005 1332; any other IBAN returns IBAN_NOT_WHITELISTED.
        IBAN check: move the first four characters to the end, replace letters by numbers (A=10 … Z=35) and verify that the number mod 97 equals 1.
        HMRC format for National Insurance numbers: two prefix letters, six digits and a suffix A–D, e.g. QQ 12 34 56 C (example only, never issued).
        SEPA credit transfers to EU accounts go through our correspondent bank, BIC DEUTDEFFXXX; cut-off 14:00 SGT.
        Payroll calendar 2026: SG cut-off 18th, pay date 25th; HK MPF contribution day 10th of the following month; MY EPF by the 15th.
        CPF rates for employees aged 55 and below: 20% employee, 17% employer, OW ceiling S$7,400 from 1 Jan 2025.
        Foreigners on EP don't contribute to CPF; SPRs contribute at graduated rates in their first two years.
        Batch PAY-2025-11-SG-004 processed 412 payslips, total net S$3,918,442.17, 0 rejections, 3 manual adjustments.
        The field "Steuer-ID" must contain 11 digits; the "Sozialversicherungsnummer" has 12 characters with a letter at position 9.
        Template: "Hi {employee_first_name}, your {month} payslip is ready. Net pay: {currency} {net_amount}. Paid to: {iban_masked}."
        MPF mandatory contributions: 5% each from employer and employee, relevant income capped at HK$30,000 per month.
        EPF (KWSP) for non-Malaysian employees: mandatory 2% employer / 2% employee contributions from Q4 2025.
        FX reference rate used for EUR salary splits: 1 EUR = 1.5092 SGD (28 Nov 2025 close).
        Invoice INV-HK-2025-08817 for "tax equalisation – 37 assignees", HK$486,300.00, payment terms 30 days.
    """),
    ("en", "hr and it tickets"): _lines("""
        [HRIS-4471] Workday → SuccessFactors sync fails for employees with "ß" or "ø" in the legal name field; fix shipped in release 2025.11.2.
        2025-11-28T03:14:07+08:00 INFO payroll-export job=sg_monthly rows=412 sha256=9f2c4e0a7b1d3c58e6f4a2b9d0c7e1f3a5b8c2d4e6f0a1b3c5d7e9f2a4b6c8d0 status=OK
        Please do NOT attach passport scans to ServiceNow tickets. Upload them to the HR vault and quote the case number only.
        Masking rule: show only the last 4 characters of NRIC/FIN (e.g. ****567D) on non-HR screens, in line with the PDPC advisory guidelines.
        Reminder from IT: the old VPN client (v4.9.1) stops working on 15 Jan; install GlobalProtect 6.2 from Self Service.
        INC0098812 resolved – Outlook on the KL floor couldn't resolve the EU mail relay after the DNS change on Tuesday.
        Headcount Q3: SG 212, HK 97, KL 143, of which 61 on EP / Employment Visa; annualised attrition 8.4%.
        Access review: 14 accounts in group "Payroll-EU-ReadAll", 3 without a named business owner – remediate by Friday pls.
        IT helpdesk: +65 6800 1234 ext. 2 (Mon–Fri 8:30–18:00 SGT) or it.support@hartwell-lindqvist.sg.
        The emergency contact phone is now mandatory in the onboarding form; validation allows an optional plus sign and 7–20 digits, spaces, brackets or hyphens.
        Retention job purge_leavers_v3 deleted 1,208 records older than 7y on 2025-12-01 02:00 SGT, audit id AUD-77f31c.
        New joiners from Germany: your Lohnsteuerbescheinigung for 2025 will still be issued by the Frankfurt entity in February.
        Use the DocuSign template "EP renewal – employee consent v2"; it no longer asks for the mother's maiden name.
        The Lee Kong Chian room on level 12 is booked for Thursday's GDPR refresher, bring your laptop.
    """),
    ("en", "schools and insurance"): _lines("""
        Tanglin Trust School admissions for August 2026 open on 1 September; applicants for Year 3 and above sit an online CAT4 assessment.
        German European School Singapore offers both the German Abitur and the IB Diploma; expect waiting lists for Primary.
        The French International School "Victor Segalen" in Hong Kong runs a French stream and an international (English) stream.
        Most international schools charge a non-refundable application fee (S$525–S$700) plus an annual development levy.
        Under most international health plans, pre-existing conditions are excluded unless declared and accepted, or covered after a 24-month moratorium.
        Cigna Global, Allianz Care and Bupa Global all offer an area of cover "Worldwide excl. USA" which is popular with SG and HK expats.
        Section C of the claim form must be completed by the treating physician; the insurer may request records only with the member's written authorisation.
        Gleneagles Hong Kong and Mount Elizabeth Novena are in the direct-billing network; Queen Mary Hospital is public and bills the member directly.
        Policy wording v2025.07, clause 4.3: maternity benefits apply after a 10-month waiting period.
        Tan Tock Seng Hospital traces back to a donation by the philanthropist Tan Tock Seng in 1844.
        Relocating dogs: the AVS import licence must be issued before the flight and the rabies titre must be ≥ 0.5 IU/ml.
        Group policy GP-SG-2025-00318: 212 members, 164 dependants, renewal 1 April, annual premium S$1.84m incl. 9% GST.
        The 24/7 emergency evacuation line is printed on the back of your member card – save it before travelling to Bali or Phuket.
        Sir Ellis Kadoorie Secondary School (West Kowloon) is an aided school with a long history of teaching non-Chinese-speaking students.
    """),
    ("en", "dsar handling"): _lines("""
        DSAR playbook, step 3: verify identity proportionately – only ask for a copy of ID if the requester cannot be authenticated through their account.
        Do not forward a data subject request to the whole team; log it in OneTrust (reference DSR-2025-0412 format) and assign it to the regional privacy lead.
        Redact third-party personal data from e-mails before disclosure, unless the third party consents or disclosure without consent is reasonable.
        Erasure requests: payroll and tax records are exempt while the statutory retention period runs – tell the requester which records we keep and why.
        DSR statistics 2025: 317 requests (EU 121, SG 98, HK 54, MY 44), median time to close 19 days, 2 complaints to supervisory authorities.
        The PDPC's Advisory Guidelines on the PDPA for NRIC and other national identification numbers took effect on 1 September 2019.
        Breach notification: GDPR requires notice to the supervisory authority within 72 hours; the PDPA requires notice to the PDPC within 3 calendar days of assessing a breach as notifiable.
        Access request fees: the PDPA allows a reasonable fee, whereas under the GDPR the first copy must be free of charge.
        Reply template: "Dear [Name], we acknowledge receipt of your request dated [date]. Our reference is [DSR-ID]. We will respond by [deadline]."
        Schrems II (Case C-311/18, 16 July 2020) invalidated the EU-US Privacy Shield; transfer impact assessments are now expected alongside SCCs.
        Hong Kong PDPO: data access requests must be complied with within 40 days (s.19); there is no general right to erasure.
        Malaysia's PDPA (Amendment) Act 2024 introduces mandatory DPO appointment, breach notification and a right to data portability.
        DPA with our payroll vendor, Annex III (v1.4): sub-processors in Dublin, Singapore and Cyberjaya; 30 days' notice before any change.
        Search checklist: HRIS, SAP payroll, mailbox archive, Slack exports, CCTV (kept 30 days), badge logs (kept 90 days).
    """),
    ("en", "expat forum and newsletter"): _lines("""
        Prime Minister Anwar Ibrahim tabled Budget 2025 in the Dewan Rakyat in October 2024, including changes for foreign workers' EPF.
        Best roti prata near Holland V? The one we liked on Lorong Liput closed down :(
        Re: Dependant Pass rejected?? – most rejections I've seen were because of unapostilled marriage certs, not the EP holder's salary.
        Sherlock Holmes lived at 221B Baker Street – the quiz question everyone got wrong at the Brit club last Thursday.
        Newsletter #47: school holiday dates, how to get Singpass with your FIN, and the members' discount at Marks & Spencer Wheelock Place.
        PSA: scam calls pretending to be ICA ("your pass has been suspended, press 1") – hang up and call the ScamShield Helpline 1799.
        Thread: does Wise accept an N26 IBAN? Yes, worked for me, SGD→EUR arrived in 4 hrs, fee ~0.43%.
        Wanted: Dutch-speaking playgroup in Sai Kung, Thursday mornings, kids 2–4 yrs. Tell your friends!
        Mrs. Doubtfire is screening at The Projector on Saturday – family night, tickets S$15.
        The Kuching Waterfront walk from the Old Courthouse to Chinese History Museum takes about 20 min, nice at sunset.
        Anyone moved HK→SG with a 2-bed? Quotes we got ranged from HK$31k to HK$44k incl. insurance, door to door ~6 weeks.
        Reminder: Christmas on A Great Street – the Orchard Road light-up is on from mid-November till early January.
        Pro tip: the Dutch embassy in Singapore only renews passports by appointment, book 6–8 weeks ahead before the school holidays.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi HR, please change my salary account from 1 Dec: Markus Brenner, IBAN DE44 5001 0517 5407 3249 31, BIC INGDDEFFXXX. Thanks!
        Payroll note – Sophie Lindqvist (FIN G5524091X), EP expires 31/03/2026, renewal submitted 02/12, basic S$13,800 + S$4,500 housing.
        Tom Haskett, NI no. JT 48 27 19 C, left the UK on 14/02/2025 – pls file the P85 with his SG address: 27 Jalan Kembangan, #03-02, Singapore 419124.
        BSN of my wife Eline van Rijn is 234198618, the Belastingdienst needs it for the M-biljet (emigration year).
        Steuer-ID 47193582608 gehört zu Felix Hartmann (geb. 12.05.1984), bitte im Lohnkonto hinterlegen before his Singapore secondment starts.
        Claire Dubois, n° sécu 2 87 06 75 115 083 69, wants her mutuelle cancelled from 1 Jan as she's now on the HK group plan.
        HK dependant visa for Jonas Weber's wife: Mei Weber-Chan, HKID Y301547(3), mobile 9187 3302.
        Our son Maximilian Krüger (DOB 03/09/2015) is diagnosed with dyslexia and has an IEP from his school in Munich – can GESS learning support take him into Year 5?
        Nurul Aina binti Hashim, IC 880412-14-5528, joining KL office 6 Jan, EPF no. 19283746, salary to Maybank 1140 2231 8876.
        Charge the relocation deposit to my card pls: Visa 4147 2019 3376 8046, exp 08/27, Anneke de Boer.
        Henrik Aalto (Finance SG) is a type 1 diabetic on an insulin pump – make sure Bupa covers his supplies from day one, no moratorium.
        Joost Verhoeven from Treasury KL is on sick leave for burnout until 15 March; his manager knows, pls keep it off the team channel.
        Emergency contact for Lars Petersen: wife Kirsten Petersen, +65 9734 2281, home Blk 412 Clementi Ave 1 #08-233, S120412.
        German passport C4RJ7K2T9, Katharina Vogt, valid until 18.05.2031 – scan attached for the IPA.
        Priya Raghunathan (NRIC S8734126G) is the Singaporean spouse sponsoring Daniel Moreau's LTVP, her HP is 8123 5590.
        Mr Chen Jun's ID card 440305198706142139 for the Shenzhen-to-HK transfer, his mobile is +86 138 2654 7710.
        Please update: Aoife Brennan moved to Flat 15C, Robinson Place, 70 Robinson Road, Mid-Levels; new mobile 6428 1937.
        Offer letter draft – Ingrid Solberg, Head of Compliance APAC, base S$22,000/month, 13th month, 20% target bonus, start 2 Feb 2026.
        Richard Ashworth and Ashworth Mei Ling are in divorce proceedings (FJC, D 2143/2024) – don't release Olivia Ashworth's school reports to the father without the court order.
        WhatsApp Pieter Jansen on +31 6 2487 1930 for the car handover – it's his grey Volvo XC60, SMH 4521 K.
        Bank details for the deposit refund: Barclays, sort code 20-32-53, acc 44871290, name Oliver J. Whitcombe.
        Subject access request – Ms Hannah Groß, employee no. 60218, hannah.gross@posteo.de, wants all performance notes from her time in the Kuala Lumpur office.
        Hi, this is Elodie Marchand, my Dependant's Pass (ref. DP-2025-118274) was rejected and I'm 34 weeks pregnant, I need to stay in SG with my husband Julien. Pls call +33 6 48 21 73 05.
        Tenants: Stefan & Julia Novak, unit #09-14, The Trilinq, 31 Jalan Lempeng, Singapore 128790; rent S$5,800, deposit S$11,600 via PayNow to 9188 2407.
        Daniel Koh Wei Liang, 790923-10-5371, car WXY 8812, staying at No. 18, Jalan SS 2/72, 47300 Petaling Jaya.
        Payslip Nov-25 | Employee: Björn Sandberg | FIN F33•••60L | Net S$11,204.55 | DBS ••••-7731
        Helper contract: employer Gareth Owens, helper Maricel Dizon Santos, PH passport P4817290B, salary HK$4,990/month, starts 3 Jan.
        Work permit for our helper Siti Rahmah binti Yusof, FIN G8843017X, expires 11 Apr 2026; she asked for home leave to Surabaya in Feb.
        Please reimburse Isabella Conti: root canal + crown at Gleneagles, S$3,480, claim no. CLM-88120374.
        Insurance enrolment: Ahmad Farid bin Zulkifli, spouse Nor Hidayah binti Ismail (850317-08-6254), daughter Aisyah (DOB 22/07/2019) – nothing pre-existing except Aisyah's asthma.
        Taiwan transfer: Lin Yu-Ting, ID F228734016, mobile 0912 448 306, LINE id yuting_lin88.
        Re DSAR: requester is François Lemaire, ex-contractor, born 04/11/1979, home 12 rue des Martyrs, 75009 Paris – wants CCTV of 7 Oct from the Raffles Place office.
        Pls pass to the school nurse: Emma Lindgren, Year 8, peanut allergy (carries EpiPen), parents Karl Lindgren +46 70 412 83 97 and Sara Lindgren.
        UK passport 548927163, Harriet Jane Coleman, DOB 30 Aug 1991, for her EP application – she starts on 12 Jan.
        Kees Bakker's BSN is 177024598 and his NL mobile +31 6 1784 2290 – needed for the DigiD reset before he leaves for Penang.
        Ms Wong Ka Yan, HKID K482913(1), Flat 21D, Block 6, Taikoo Shing, Quarry Bay – spouse of our new CFO, add her to the medical plan.
        Dependant's Pass: husband Zhang Haoran, Chinese passport EJ4820137, resident ID 11010819850923153X.
        Anneke's kids Sem (7) and Lotte (4) de Boer are both on my Cigna plan; Lotte had her tonsils out in March at KKH.
        hi it's Raj, my EP got cancelled yesterday after the layoff – Rajesh Kumar Iyer, FIN F2907734R – how long do I have on the STVP?
        sorry typo in my last msg, the IBAN is NL77 INGB 0007 7318 62 – Sanne Visser
        Tax equalisation input: Gemma Pryce, 2023 gross £118,000, 2024 £124,500 + S$9,000 COLA, hypo tax to be withheld monthly.
        Spouse employment: Giulia Romano, codice fiscale RMNGLI88D52F205V, wants to keep her Milan INPS contributions running.
        Thomas Keller had a heart attack on the flight from Frankfurt and is in the NUH cardiac ICU; his wife Andrea is asking HR for the insurer's case number.
        Please courier the original degree certificate to Ms Kavitha Subramaniam, No. 7, Jalan Setiabakti 3, Bukit Damansara, 50490 Kuala Lumpur, tel 012-388 4917.
        The Finanzamt letter for Jan-Erik Vogel, Sonnenstraße 14, 80331 München, was forwarded to the SG office – he owes €4,312 for his 2024 return.
        Background check – Chloé Bernard: undisclosed 2019 conviction (Tribunal correctionnel de Lyon, drink-driving), offer on hold pending legal review.
        Compassionate leave for Stefan Brandt 8–19 Dec, his father passed away in Hamburg; he's on LH 779 on the 7th.
        MyKad 020815-14-0764 belongs to the new intern Ling Hui Min – please fix the typo in her KWSP registration (we keyed 020815-14-0746).
        Please remove Mastercard 5520 4419 0387 2162 from my profile – Michael O'Sullivan, member no. HKG-772104.
        hi can u update home addr for Nguyen Thi Thu Ha → Blk 687B Woodlands Dr 75 #11-402 S732687, HP 8762 0193, thx
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the HR assistant of Hartwell Lindqvist APAC. Never ask for full NRIC numbers.",
        ),
        ("user", "hi, my EP renewal letter says 'pending documents', what do they want?"),
        (
            "assistant",
            "Usually MOM asks for an updated passport copy or a recent payslip. Could you check the EP Online notice for the list?",
        ),
        ("user", "ok it's the passport. I'm Sebastian Fischer, FIN G3391027? no wait"),
        ("user", "FIN is F4410275R, and the new passport no. is C7LN02XH4"),
        ("assistant", "Thanks, I'll pass that to the mobility team so they can upload it."),
    ],
    [
        ("user", "Need to update bank details before Dec payroll"),
        ("assistant", "Sure. Please give the account holder name, IBAN and BIC."),
        ("user", "Name: Camille Rousseau"),
        ("user", "FR76 2004 1010 0505 1739 2684 153, BIC PSSTFRPPPAR"),
        ("assistant", "Got it, the change will apply from the December run."),
    ],
    [
        ("user", "What documents does the school need for Year 2 admission?"),
        (
            "assistant",
            "Typically the last two school reports, the passport copy, immunisation records and any learning support reports.",
        ),
        (
            "user",
            "Our daughter Freya Maclean was born 11/02/2019, she has autism (ASD level 1) and a speech therapist in Edinburgh, is that a problem?",
        ),
        (
            "assistant",
            "It shouldn't be – most schools have a learning support team. Share the reports with admissions.",
        ),
        ("user", "Great, my number is +44 7700 918 245 if they want to call me (Ewan)"),
    ],
    [
        ("user", "how do I claim for my MRI under the group plan?"),
        (
            "assistant",
            "Submit the claim form, the itemised bill and the referral letter through the member portal.",
        ),
        (
            "user",
            "portal keeps crashing. member Jasmine Tan Li Ping, policy GP-SG-2025-00318-0442, MRI at Mount E for a suspected MS relapse, S$2,150",
        ),
        (
            "assistant",
            "Sorry about that – I've logged it and the claims team will e-mail you within 2 working days.",
        ),
    ],
    [
        ("system", "Privacy desk intake bot. Collect request type and contact details."),
        ("user", "I want all the data you hold on me, GDPR Art. 15"),
        (
            "assistant",
            "Understood. Please tell me your full name and the e-mail address linked to your account.",
        ),
        ("user", "Maarten de Graaf, m.degraaf1978@ziggo.nl"),
        ("user", "I worked at your Hong Kong office until 2023, staff no. HK-4417"),
        (
            "assistant",
            "Thank you, your request is logged as DSR-2025-0533. We'll reply within one month.",
        ),
    ],
    [
        ("user", "movers arriving tomorrow, which address do u have on file?"),
        (
            "assistant",
            "I can't read addresses back to you. Please tell me the delivery address and I'll confirm with the mover.",
        ),
        ("user", "Flat 8B, 23 Conduit Road, Mid-Levels, HK"),
        ("user", "contact person on site is my husband Arjun Mehta 5306 7721, I'm Nadia Mehta"),
        ("assistant", "Thanks, the crew will call Arjun 30 minutes before arrival."),
    ],
    [
        ("user", "Boss, KWSP registration for new staff need what ah?"),
        ("assistant", "Name as per MyKad, MyKad number, date joined and monthly wage."),
        ("user", "Muhammad Hafiz bin Rahman, IC 910726-10-"),
        ("user", "5839. joined 1 Dec, gaji RM6,200"),
        ("assistant", "Noted, I will submit on the i-Akaun portal today."),
    ],
    [
        ("user", "Is it true Dutch citizens can keep their BSN after moving abroad?"),
        (
            "assistant",
            "Yes, your BSN stays the same for life; you just register as a non-resident in the RNI.",
        ),
        ("user", "ok good. then pls put mine on the 30% ruling termination form"),
        ("assistant", "Please share your full name and BSN."),
        (
            "user",
            "Roel Smit, BSN 314159268? no sorry — it's on my passport card, I'll send later. Mobile +31 6 4410 8837, I'm in SG until June",
        ),
    ],
    [
        ("user", "What's the EP minimum salary for a 38 year old in tech?"),
        (
            "assistant",
            "The qualifying salary rises with age from S$5,600; for someone in their late 30s it is roughly S$8,000–9,000. Check MOM's SAT tool for the exact figure.",
        ),
        ("user", "and can my wife come on DP straight away?"),
        (
            "assistant",
            "Yes, if your fixed monthly salary is at least S$6,000 she can apply for a Dependant's Pass.",
        ),
        (
            "user",
            "cool. she's Svetlana Horvat, Croatian passport 118204735, DOB 9 May 1990 – she's 3 months pregnant so we want her here before the baby comes",
        ),
    ],
    [
        ("user", "Ich brauche eine Bescheinigung for my German tax office, can HR do that?"),
        (
            "assistant",
            "Yes, we can issue a confirmation of your SG employment and salary for the Finanzamt.",
        ),
        ("user", "Great. Tobias Lang, Steuer-ID 65021784932"),
        (
            "user",
            "old address was Gartenstraße 7, 60594 Frankfurt am Main, please put that on the letter",
        ),
        ("assistant", "Will do – you'll get the signed PDF by Friday."),
    ],
]
