"""Blind check set en53: foreign domestic workers and maid agencies in Singapore, Hong Kong and Malaysia. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en53
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "regulations"): _lines("""
        From 1 Jan 2025, first-time FDW employers must complete the Employers' Orientation Programme (EOP) before the Work Permit application is submitted.
        FDW levy: S$300/month. Concessionary levy of S$60/month applies if the household has a child below 16, a member aged 67 and above, or a person with disabilities.
        Employers must buy medical insurance for their FDW with annual coverage of at least S$60,000 for inpatient care and day surgery.
        A S$5,000 security bond is required for each non-Malaysian FDW and may be forfeited if any Work Permit condition is breached.
        HK: the Minimum Allowable Wage (MAW) for FDHs is HK$4,990/month for contracts signed on or after 28 Sep 2024; food allowance not less than HK$1,236.
        Under clause 3 of the Standard Employment Contract (ID 407), the helper shall only perform domestic duties for the employer at the address stated in the contract.
        ImmD reminder: a helper must leave Hong Kong upon expiry of the contract or within two weeks from the date of termination, whichever is earlier.
        Form ID(E) 969 (Application for Entry for Employment as Domestic Helper from Abroad) must be submitted together with the signed ID 407 and proof of the employer's financial ability.
        Malaysia: the Employment (Amendment) Act 2022 extends the sexual harassment and forced labour provisions of the Act to domestic employees.
        FDWs must be at least 23 years old and have at least 8 years of formal education, with a certificate, to qualify for a Work Permit in Singapore.
        The six-monthly medical examination (6ME) screens for pregnancy, syphilis, HIV and tuberculosis; the doctor submits the result directly to MOM.
        Since 1 Jan 2023, employers must give their FDW at least one rest day a month that cannot be compensated away with money.
        FDWs must not be made to clean the outside of windows unless an adult is present to supervise and the window grilles are locked.
        JTKSM: employers hiring a foreign domestic helper must apply through the Sistem Maid Online (SMO); processing fee RM50 per application.
    """),
    ("en", "agency listings and fees"): _lines("""
        Sunrise Homecare Employment Pte Ltd · EA Licence 18C4471 · 865 Mountbatten Road #02-37 Katong Shopping Centre S437844 · Tel 6344 8127
        Fee table (Philippines, transfer maid): Agency fee S$388 | Insurance 26 mths S$389 | 6ME S$75 | Levy not incl. | TOTAL S$852
        NEW Indonesian FDW package S$1,688 all-in (SIP, medical, insurance, security bond). Helper loan: 5 months salary.
        HK: agency commission is capped at 10% of the helper's first month wage, i.e. HK$499 at the current MAW. Anything more is illegal - report to the Labour Dept!
        Myanmar fresh maids available now!! age 23-35, 8-10 yrs education, can take care elderly & infant. Walk-in interviews Sat 10am-4pm, no appointment needed.
        Golden Heart Maid Services Sdn Bhd (JTKSM licence 1243/2019), 23A Jalan Tun Sambanthan, Brickfields, 50470 Kuala Lumpur. Hotline 03-2274 8810 / WhatsApp biz 011-1098 7754
        Cancellation policy: if the employer cancels after the IPA is issued, the S$250 administrative fee is non-refundable.
        Replacement guarantee: 2 free replacements within 6 months (helper loan must be cleared first, T&C apply).
        Direct hire service HK$3,800 (Philippines) / HK$4,200 (Indonesia) incl. visa processing, OEC and 1-day pre-departure orientation.
        Price list updated 01/11/2025 (template v3.2). All prices in SGD and before 9% GST.
        Office hrs Mon-Fri 10:30am-7:30pm, Sat 10am-5pm, Sun & PH closed. 2/F Worldwide House, 19 Des Voeux Road Central, HK
        Rated 4.8 stars (1,204 Google reviews) - winner, Best Maid Agency 2024, HomeCare Asia Awards
        Dec promo: ex-HK Filipino helpers from S$888 only! Quote code XMAS25 when you WhatsApp us.
        Search filters: Nationality [All] · Experience [Eldercare] · Language [Cantonese] · Religion [Any] · Available from [Jan 2026] - 42 candidates found
    """),
    ("en", "rights guides"): _lines("""
        You have the right to keep your own passport. Your employer or agency cannot hold it, even if you agree.
        If your salary is not paid within 7 days after the end of the salary period, call the MOM FDW helpline 1800 339 5505.
        Hong Kong: you are entitled to a rest day every week (at least 24 continuous hours), 12 statutory holidays and 7 to 14 days of paid annual leave.
        Tip: keep a copy of every salary slip. Write the date, the amount and sign it yourself. NEVER sign a blank receipt!
        If your employer takes your phone, you can ask for help at the Migrant Workers Office (MWO), 24-hr hotline +65 9177 5848.
        Para sa mga kababayan: kung hindi kayo binibigyan ng day off, tumawag po sa POLO hotline or visit the Labour Department in Mong Kok.
        Illegal deductions include charges for food and lodging, a loan you never signed, and 'fines' for breaking things. Only the agency loan written in your contract may be deducted.
        Injured at work? Your employer must pay your medical fees under WICA and you may claim compensation. Ask the doctor for a medical report.
        Either party may end the contract by giving one month's notice or one month's wages in lieu (clause 10 of ID 407).
        In Hong Kong, dismissing a helper after she has informed her employer of her pregnancy is a criminal offence under the Employment Ordinance.
        Need a shelter? Bethune House Migrant Women's Refuge, inside St John's Cathedral compound, Central, is open 24 hours.
        Sample diary page: Date / Hours worked / Rest taken / Meals given / Remarks. Filling this in daily helps if you need to file a claim later.
        Malaysia: domestic workers can lodge a complaint at any JTK office or through the Working for Workers portal; JTK careline 03-8886 5190.
    """),
    ("en", "employer forum"): _lines("""
        Anyone tried the new rest day compensation form? MOM website keep timing out lol
        Pls recommend agency in Tampines area, budget around $1.5k all in, prefer ex-SG helper w eldercare exp. TIA!
        Re: helper loan - ours had 6 mths salary deduction, agency said it's 'standard'. Is this normal ah??
        Mod note: do NOT post your helper's passport, FIN or photos in this forum. Threads with ID numbers will be deleted without warning.
        Wah the levy concession for 67+ really helps, saving $240/mth for us.
        Quick q: must the 6ME be done at the same clinic every time or any MOM-registered clinic ok?
        HK employer here - is it legal to ask the helper to wash my parents' car in Shatin? pretty sure not covered by ID 407 right
        Update: agency finally refunded the $500 after I quoted the Employment Agencies Act. Persistence pays.
        Mrs Lee's Cookbook is still the best for teaching helpers nyonya food, the ayam buah keluak recipe is legit.
        PSA: scam FB pages pretending to be agencies ask for S$300 'deposit' via PayNow to UEN 202312345K. Report to ScamShield 1799!!
        We give Sundays off, curfew 9pm, she keeps her own phone. What do others do?
        Lol my MIL insists helper must eat after us. 2025 already!! how to convince her
        Thread: FDW insurance comparison 2025 - Etiqa vs FWD vs MSIG, premiums from S$230 to S$412 for 26 months.
        FYI the 2-week rule in HK is not new, it's been there since 1987. Don't let agencies scare you.
    """),
    ("en", "ngo statements"): _lines("""
        HOME welcomes the mandatory rest day but urges MOM to make a weekly day off the legal default for all domestic workers.
        Mission for Migrant Workers (MFMW), 15 Nov 2025: 'The two-week rule continues to push women into debt and undocumented status.'
        In 2024 our helpline received 3,412 calls: 41% concerned salary issues, 22% excessive working hours and 9% physical or verbal abuse.
        Join us at Chater Garden on Sunday 10 Dec, International Human Rights Day, 1pm. Bring your banners and your friends!
        TWC2 notes that placement loans of 6-8 months' wages remain common despite the legal cap of one month's salary per year of the Work Permit.
        The Indonesian Migrant Workers Union and the Asian Domestic Workers Union will hold a joint forum at the Salisbury YMCA, 41 Salisbury Road, Tsim Sha Tsui.
        Donations: DBS 033-901234-5 (HOME Ltd). Please use 'XMAS25' as the reference so we can issue a tax receipt.
        Our shelter currently houses 47 women; 12 of them are waiting for their claims to be heard at the Labour Tribunal.
        ILO Convention 189 on Domestic Workers (2011) has not been ratified by Singapore, Malaysia or China, so it does not apply in Hong Kong.
        'Domestic workers are workers, not family members on call 24/7,' said the spokesperson of the Asian Migrants Coordinating Body at the rally.
        Media enquiries: press@home-ngo.example.org or +65 6341 5535 (office hours only).
        Statement on the Yishun case: we call for an independent review of how abuse reports by domestic workers are handled by agencies and the police.
    """),
    ("en", "training centre notices"): _lines("""
        Settling-In Programme (SIP) classes: Mon-Sat, 8:30am-4:30pm. New FDWs must attend within 3 working days of arrival.
        Course ECB-02 Eldercare Basics: 16 hrs, fee S$180, eligible for the Caregivers Training Grant.
        Reminder: bring the original passport and IPA letter on the day of SIP. Lunch provided (halal).
        Results for batch 2025-11B will be emailed to the agencies by Friday; certificates can be collected at counter 3.
        Caregivers Training Grant: S$200 per year for employers whose FDW cares for a family member with disabilities or frailty.
        Cantonese for Helpers, Lesson 4: 'sik jo faan mei a?' = Have you eaten yet? Homework: practise with your employer's family.
        Centre closed 25 Dec and 1 Jan. Saturday class of 27 Dec moved to Sunday 28 Dec, 9am.
        Infant care module: sterilising bottles, bathing a newborn, recognising fever (above 38 deg C) and safe sleep positions.
        Dress code for cooking practical: covered shoes, hair tied, no jewellery. Headscarves allowed.
        Online class via Zoom, meeting ID 845 2210 9937, passcode HELPER25. Link will be sent 24 hrs before.
        Pass rate for the Sept intake: 94.2% (131 of 139 trainees).
        Trainer wanted: part-time caregiving trainer, WSQ ACTA required, 3 days/week, apply at careers@brightpath-training.example.sg
    """),
    ("en", "forms and templates"): _lines("""
        Employer's name: ______________  NRIC/FIN: ______________  Residential address: ______________________
        Dear {employer_name}, your FDW {helper_name} (WP No. {wp_number}) is due for her 6ME by {due_date}. Please book a clinic early.
        INSERT INTO fdw_applications (employer_nric, helper_passport, status) VALUES (?, ?, 'PENDING');
        mask_id('S1234567D') returns 'S****567D' - example from the docs; never write the unmasked value to the logs.
        2025-12-03T09:14:22+08:00 INFO worker=wp-sync-3 batch=1187 records=240 status=OK sha256=9f2c4e7a1b0d83c5e6f7a2b1c4d9e0f3
        Your order #MS-20251128-7741 (Helper Starter Kit: 2x uniform, slippers, toiletries) has shipped. Track: SPX SG2511288877321
        Field 'Helper passport no.' must be 7 to 9 alphanumeric characters, e.g. P1234567A for a Philippine e-passport.
        Please redact NRIC numbers to the last 3 digits and letter (e.g. ****567D) before uploading documents to the shared drive.
        Schedule of Accommodation and Domestic Duties: size of flat ___ sq ft; number of bedrooms ___; persons in household ___ adults ___ minors ___ expectant mothers
        Release v2.4.1 of the MaidMatch app: fixed a crash when uploading biodata PDFs over 5 MB; added Bahasa Indonesia UI.
        Receipt RCT-00912: banker's guarantee for security bond, premium S$50.00, paid 02/12/2025 via NETS.
    """),
    ("en", "news and public roles"): _lines("""
        The Minister for Manpower told Parliament on 5 Nov that the FDW levy framework will be reviewed in 2026.
        The Secretary for Labour and Welfare told LegCo the MAW review would balance 'employers' affordability and helpers' livelihood'.
        The 1995 execution of Filipina domestic worker Flor Contemplacion in Singapore led to a diplomatic crisis and to the Philippines' Migrant Workers Act.
        In the 2013 film Ilo Ilo, Teresa, a Filipina helper played by Angeli Bayani, forms a bond with the boy Jiale.
        Still Human (2018): Crisel Consunji plays Evelyn, a helper who cares for a paralysed man in Sham Shui Po.
        Labour Department figures: about 368,000 FDHs in Hong Kong at end-2024, roughly 55% Filipino and 43% Indonesian.
        Malaysia and Indonesia signed an MoU on the One Channel System for the recruitment of Indonesian domestic workers.
        MOM took enforcement action against 41 employers for ill-treatment of FDWs in 2024, up from 33 the year before.
        Tan Tock Seng Hospital and KK Women's and Children's Hospital have opened a joint clinic for migrant domestic workers.
        Philippine Consul General Rosario Vidal-Manuel urged OFWs at the Consulate's town hall to report illegal placement fees.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BIODATA | Name: Marites Lumabas Dacanay | DOB 14-03-1991 (34 yrs) | Religion: Roman Catholic | Passport P4827193B exp 2031 | 152cm/51kg | Medical history: asthma since childhood (on inhaler), appendectomy 2019 | 2 kids (9, 6) in Isabela
        Employer: Mr Lim Wee Keong (NRIC S7812364H), residing at Blk 512 Bedok North Ave 3 #08-214, Singapore 460512, hereby agrees to employ the FDW named below.
        Nov payslip - Yuliana Puspitasari (FIN G6183029X): basic $680, rest day comp $27.20 x2, agency loan deduction -$580 (instalment 5 of 7), nett paid $154.40 cash.
        Complaint to agency: our helper Josephine Bacani slipped in the bathroom on 12 Oct and fractured her left wrist, Changi General gave her 6 weeks MC. Who pays??
        Transfer request - Nurul Aini binti Sukardi, FIN F2841937Q, current employer Mdm Goh 9172 4480, new employer Mr & Mrs Raj 8365 0914, pls process by 20 Dec.
        HKID W481726(8) - DELA CRUZ, Rowena Maglaya, F, DOB 02-09-1987, 3rd contract with employer at Flat 12B, Block 3, Kornhill, Quarry Bay.
        Pembantu: Sri Wahyuni, paspor C 3918274, mula kerja 1/8/2025 at the house of En. Azlan bin Hashim (IC 850712-14-5563), No. 23 Jalan SS 2/55, 47300 Petaling Jaya.
        Myanmar passport MD482913, Name: Hnin Wai Phyo, 26 yrs, Buddhist, 9th standard, father U Kyaw Lin, from Magway. Medical: Hep B carrier (inactive).
        Helper Analyn Cabrera tested positive for pregnancy at her 6ME at the Tampines clinic yesterday, what should her employer do now?
        Send the salary to my POSB savings 198-34567-2, name Evangeline M. Sarmiento, not cash this month pls
        Agency balance S$1,420 paid by Visa 4539 7621 8830 4171 exp 08/28, card holder TAN HUI MIN.
        Helper Ma. Lourdes D****, FIN G****265Q, left the flat at Blk 88 Tampines St 81 #05-12 on 3 Nov with her passport and has not returned; employer Mrs Ong 9648 2210.
        Employer Chan Mei-ling, 46, a housewife from Tseung Kwan O, was jailed 3 months at Kwun Tong Magistrates' Courts for hitting her helper with a clothes hanger.
        WhatsApp me po +63 917 482 1930, this is Jenalyn Ortiz, ex-HK 6 yrs, finish contract Dec 15, looking for direct hire employer
        Siti Khadijah's employer in Ampang keeps her passport; her sister's phone is 013-287 4419 and she says Siti has not been paid since July.
        Reminder to Mr Teo: helper Rosalie Tumbaga must not be asked to wash the car (SKD4821U) at the carpark every morning.
        Nama: Endang Sulastri, Tgl lahir 07 Mei 1994, Agama Islam, Status janda, 1 anak, Paspor X 2284716, Tinggi 150 cm, Berat 48 kg, Riwayat penyakit: operasi caesar 2018.
        Ms Rowena Bautista, 39, helper at 8/F, 27 Broadwood Road, Happy Valley, claims HK$21,730 in unpaid wages and long service payment, Labour Tribunal case LBTC 4417/2025.
        Dear Sir, I am Ratih Kusumawati, FDW at Blk 227 Serangoon Ave 4 #11-36. My employer deduct $50 every time I break a plate. Pls help. My hp 8129 4407.
        Contact list: Mdm Wong Siew Lan (S6609821D) 9734 1158 / helper Lanie Pabalan (G5730418P) 8812 0936 / 17 Jalan Kechubong S457893
        ID copy for visa renewal: CHEUNG Ka Wai, Y618420(9), Flat C, 22/F, Tower 5, Laguna City, Lam Tin, tel 9438 2217.
        Clinic note: helper Mercy Gallardo (WP 0 23817462), sputum AFB positive, referred to TTSH CDC for TB treatment; employer informed.
        Loan schedule for Dewi Anggraini (Blk 612 Choa Chu Kang St 62): total $3,360 = 7 x $480; paid Aug-Nov $1,920, balance $1,440 outstanding.
        HK employer Zhao Lijuan, Mainland ID 440304198205173328, 5/F Block B, 18 Tai Hang Drive, tel 6215 7043, signing ID 407 for a new helper.
        Helper Suparmi (KTP 3315065708880002) from Grobogan, pls update her next-of-kin: suami Slamet, HP +62 812 2934 6601.
        Name: Girlie Manalo Sison, DOB 1989-11-22, SSS 34-7812903-5, Pag-IBIG 1211-4830-2917, OEC for deployment to HK approved 02/12/2025.
        My employer Mrs Sharifah Noor (IC 790304-10-6248) took my phone 3 weeks already, I only can use on Sunday. I am Nining, maid at No. 8 Jalan Setiabakti 2, Bukit Damansara.
        Medical memo: FDW Christine Abad, 31, Filipino, seen for depression with suicidal thoughts; 2 weeks rest advised; employer Mr Koh informed on 12/11/2025.
        Pls keep this quiet, Rubylyn Castro (the helper at Blk 14 Marsiling) is 4 months pregnant and wants to go home before her employer finds out.
        Salary GIRO from DBS a/c 027-4-392118 (LEE JIA HUI) to helper Arlene Vergara, OCBC 601-772381-001, on the 28th of every month.
        The new helper's email is jovelyn.pacis1990@gmail.com and her FB is Jovie Pacis Laoag, she's the one we interviewed yesterday.
        Hi, this is Wulan's employer. Her FIN is G7391546K, 6ME on 16 Dec, pls send the result to ngpeiling.home@gmail.com
        Majikan Encik Hafiz Rahman, 012-609 4718, minta ganti maid: Yanti (passport B 4417302) has epilepsy, 2 seizures last week.
        Transfer ref: employer 1 Mr Ravi s/o Kumaran, Blk 305 Ubi Ave 1 #12-87 S400305; employer 2 Ms Serene Tay, 10 Jalan Kembangan S419117; FDW Arlyn Domingo, DOB 05/06/1990.
        I, SANTOS Maricar Lopez, HKID WX093251(3), request an extension of stay as my employer Mr Ho Chun Kit passed away on 28 Nov. Contact 5603 8871.
        Pls pray for Ate Lorna Villanueva from Nueva Ecija, she is in QMH ICU after falling from the 18th floor while cleaning windows at her employer's flat in Pok Fu Lam.
        Salary record Jan-Jun 2025, FDH: Kartini Rahayu, employer: Fong Yee Man, HK$4,990 x 6 = HK$29,940 received in full. Signed by both.
        Employer Mr Ahmad Faizal bin Rahim, NRIC S8834102C, Blk 456 Jurong West St 41 #14-201 S640456, HP 9123 8806 - IPA for FDW Yati Rohayati approved.
        Old passport EC4829163 (expired), new P7719204C - Jennifer Ocampo, pls update both in the WP record.
        i'm helper Tin Tin Aye, my employer Mr Daniel Chia keep shouting and hit my hand with spoon, I stay Blk 21 Marsiling Lane, pls call 8543 1170 after 10pm
        Aisyah Putri lost her HKID R774103(A) at Victoria Park on Sunday; her employer Madam Leung Pui Shan, Flat 3A, Kwong Fai Building, Hung Hom, already made a police report.
        Employer Yap Chee Meng says helper Rosa Lindo tested positive for dengue today at Parkway East and will be warded 3 days.
        Interview notes - Novita (FIN F7726150T), 32, Muslim, divorced, had a miscarriage in 2023, does not want night duty.
        Helper Marlyn A. Reyes, PP P5501832A, WP cancelled 1 Dec; flight SQ916 to MNL on 8 Dec. Bond refund to employer Cheryl Ng, cherylng.sg@outlook.com
        Mr Teh Boon Hock, IC 920118-07-5131, 012-448 3917, 41 Lorong Kenari 3, Sungai Ara, 11900 Bayan Lepas, Penang - applying for a Cambodian maid.
        Insurance premium card 5522 0437 1906 5821, name JOANNE KOH S L, billing address 6 Siglap Plain S456012.
        Hi ma'am, my name Leny from Cebu, I work with Mdm Tan at Sengkang already 2 yrs, salary only $550 and no off day. Can u help me transfer? my WhatsApp 9385 6012
        Found: Philippine passport P3390184A, MARIANO Cherry Ann, at Lucky Plaza 2nd floor. Owner pls contact the security counter.
        Feedback from employer Mrs Harpreet Kaur (9814 0273): helper Indah Lestari did not pass trial, cannot cope with her son who has autism.
        Deposit paid by AMEX 3774 819200 35612 (Mr Gregory Tan) for FDW Merlyn Alonzo, invoice INV-2025-1187.
        Nurhayati's HP: 0813 2710 4456
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant of Bright Star Employment Agency. Do not give legal advice.",
        ),
        ("user", "hi my helper 6ME result not out yet"),
        (
            "assistant",
            "Sorry for the wait! May I have the FDW's name and FIN so I can check with the clinic?",
        ),
        ("user", "Marilou Espiritu"),
        ("user", "G8047265Q"),
        (
            "assistant",
            "Thank you. The clinic has flagged a repeat chest X-ray and will contact you within 2 working days.",
        ),
        ("user", "ok pls call me at 9026 3318, I'm her employer Kenneth"),
    ],
    [
        ("user", "How much is the minimum wage for helpers in HK now?"),
        (
            "assistant",
            "For contracts signed on or after 28 September 2024 the Minimum Allowable Wage is HK$4,990 a month, plus a food allowance of at least HK$1,236 if food is not provided.",
        ),
        (
            "user",
            "My employer only pays me 4,200. My name is Evelyn Pangilinan, I work in Flat 9D, Block 2, Whampoa Garden, Hung Hom. Can I claim the difference?",
        ),
        (
            "assistant",
            "Yes, underpayment can be claimed. You can contact the Labour Department's Labour Relations Division or an NGO such as MFMW for help.",
        ),
    ],
    [
        ("user", "Nak renew permit maid, apa dokumen perlu?"),
        (
            "assistant",
            "Biasanya: salinan IC majikan, pasport pembantu, levi yang telah dibayar dan surat kelulusan perubatan FOMEMA.",
        ),
        (
            "user",
            "ok IC saya 880421-08-5273, nama Rosli bin Omar, alamat 15 Jalan Meru Impian B3, 30020 Ipoh. Maid Sumiati, paspor E 6620143.",
        ),
        (
            "assistant",
            "Terima kasih. Sila jangan kongsi nombor IC di saluran awam; sila hantar dokumen melalui portal rasmi.",
        ),
    ],
    [
        ("user", "What is WICA and does it cover domestic helpers?"),
        (
            "assistant",
            "The Work Injury Compensation Act covers most employees, but domestic workers are covered under the mandatory personal accident insurance instead.",
        ),
        ("user", "ok thanks. what if the injury happened on her day off?"),
        (
            "assistant",
            "Personal accident insurance for FDWs generally covers accidents 24/7, including rest days, subject to the policy terms.",
        ),
        (
            "user",
            "good because our helper Lyka Manansala burned her right arm with hot oil last Sunday, 2nd degree, she's at SGH burns unit now",
        ),
    ],
    [
        ("user", "hello can i transfer to a new employer without the current one agreeing?"),
        (
            "assistant",
            "In Singapore, a transfer requires the current employer's consent unless the Work Permit has been cancelled or is about to expire.",
        ),
        ("user", "ok. I'm Ferlyn Gumabon, ask new employer call me"),
        ("user", "9648"),
        ("user", "2173"),
        ("assistant", "Noted. Please share your number only with employers you trust."),
    ],
    [
        ("system", "You help employers draft polite letters in plain English."),
        ("user", "Pls draft a termination letter for my helper, giving one month notice."),
        (
            "assistant",
            "Sure. Could you give me the helper's full name, passport number and the last working day?",
        ),
        ("user", "Nelia Bautista Fernando, passport P6148207B, last day 31 Jan 2026"),
        (
            "assistant",
            "Dear Ms Nelia Bautista Fernando (Passport P6148207B), this letter serves as one month's notice of termination of your employment. Your last working day will be 31 January 2026.",
        ),
    ],
    [
        ("user", "I want to register for Eldercare Basics class on 13 Dec"),
        (
            "assistant",
            "Great! Please provide your full name, date of birth, passport number and employer's contact number.",
        ),
        (
            "user",
            "Tri Wulandari, 19 Feb 1993, passport C 5582019, employer Mdm Chua 9366 0471",
        ),
        ("assistant", "You are registered for ECB-02 on 13 Dec, 9am, Room 2."),
    ],
    [
        ("user", "my HKID renewal appointment, can i change date?"),
        (
            "assistant",
            "Yes, appointments can be changed online through the Immigration Department's website or by calling their hotline.",
        ),
        ("user", "my name Yuni Astuti, HKID is Z215806"),
        ("user", "(0)"),
        ("user", "I'm in Shatin with employer, can only go on Sunday"),
    ],
    [
        (
            "user",
            "My mother's jade bangle is missing and I think the helper took it. What should I do?",
        ),
        (
            "assistant",
            "Please avoid accusing anyone without evidence. If you believe a theft occurred, you may file a report with the police.",
        ),
        (
            "user",
            "Already did. Police report B/2025/114872 at Bedok NPC against our helper Hartini Suryani, she's staying with us at 31 Jalan Kuras until investigation",
        ),
    ],
    [
        (
            "system",
            "Summarise the candidate biodata for the employer in 3 lines. Do not add opinions.",
        ),
        ("user", "Candidate file attached."),
        (
            "assistant",
            "Joy Anne Magbanua, 29, Catholic, single, from Iloilo; passport P8023761C. 4 yrs in HK caring for an elderly man with Parkinson's. Declared medical history: thyroid surgery in 2021, on levothyroxine daily.",
        ),
        ("user", "ok thanks, schedule video interview"),
    ],
]
