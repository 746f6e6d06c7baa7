"""Blind check set en58: English immigration and visa consultancy in Singapore, Malaysia and Hong Kong (EP/S Pass, DP/LTVP, MM2H, IANG, talent schemes, agents' WhatsApp, ICA/JIM/ImmD notices). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en58
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "official notices"): _lines("""
        With effect from 1 January 2025, the minimum qualifying salary for new Employment Pass applications is S$5,600 (S$6,200 for the financial services sector), rising progressively with age.
        ICA will be conducting system maintenance on 14 Dec 2026 from 0000hrs to 0600hrs. e-Services including the LTVP e-Service and PR e-Service will be unavailable during this period.
        Applications under the Top Talent Pass Scheme may be submitted online via the Immigration Department website, or by post or drop-in box.
        Jabatan Imigresen Malaysia wishes to inform that the MM2H counter at Putrajaya HQ will be closed on 31 August in conjunction with Hari Kebangsaan.
        Dependant's Pass holders who wish to work must obtain a work pass in their own right; the Letter of Consent route for DP holders ceased on 1 May 2021.
        ICA Building, 10 Kallang Road, Singapore 208718: applicants collecting PR or LTVP cards must arrive within their appointed time slot. Walk-ins will not be entertained.
        Immigration Headquarters, 61 Po Yap Road, Tseung Kwan O. Visa enquiry counters: Mon-Fri 8:45am-4:30pm, Sat 9:00am-11:30am, closed on Sundays and public holidays.
        For enquiries on work passes, call the MOM contact centre at 6438 5122 (Mon-Fri, 8.30am-5.30pm) or use the online enquiry form.
        In August 2020, then-Manpower Minister Josephine Teo announced that the EP qualifying salary would rise from S$3,900 to S$4,500.
        Secretary for Labour and Welfare Chris Sun said the Top Talent Pass Scheme had received well over 100,000 applications since its launch in December 2022.
        Tourism, Arts and Culture Minister Tiong King Sing unveiled the revised MM2H tiers (Silver, Gold and Platinum) in June 2024.
        From 1 September 2025 the S Pass qualifying salary is S$3,300, increasing progressively with age; financial services S$3,800.
    """),
    ("en", "document checklists"): _lines("""
        EP checklist: passport bio-data page (valid > 7 months), degree certs + transcripts, company bizfile (not older than 3 mths), job description, MyCareersFuture ad screenshot if applicable.
        For DP: marriage certificate (with certified English translation if not in English), children's birth certs showing both parents' names, copy of main pass holder's EP card front & back.
        MM2H Silver tier: fixed deposit of USD 150,000, proof of offshore income, medical report from a Malaysian-registered hospital, police clearance from country of residence.
        IANG extension: latest 3 months payslips, employment contract, proof of residential address in HK, copy of current visa label.
        All documents not in English must come with a certified translation. Pls do NOT staple originals, use paper clips only.
        Photo spec for ICA: 35mm x 45mm, white background, taken within the last 3 months, no spectacles, ears not required to be visible.
        LTVP (parent of SC): sponsor's birth certificate showing the relationship, sponsor's latest IRAS Notice of Assessment, sponsor's CPF contribution history (12 mths).
        Bring originals plus one photocopy of each. Notarised copies accepted for degree certificates issued outside SG/MY/HK.
        QMAS General Points Test covers age, academic/professional qualifications, work experience, talent list, language proficiency and family background.
        Medical exam for Work Permit / S Pass (certain nationalities): chest X-ray and HIV test at a Singapore-registered clinic within 2 weeks of arrival.
        DE Rantau Nomad Pass: min annual income USD 24,000, valid passport (> 14 mths), proof of health insurance, latest bank statements (3 mths).
        Checklist v4 (rev. Nov 2026) supersedes all previous versions. Item 7 (employer's CPF board letter) is now optional.
    """),
    ("en", "agent broadcasts"): _lines("""
        🔥 PROMO Dec only!! EP / S Pass application package from S$688 nett, includes free COMPASS pre-assessment. PM us now 🇸🇬
        MM2H new rules 2024 explained, FREE webinar this Sat 3pm MYT. Register link in bio. Limited seats ah 😄
        Hi all, our office at Tun Razak Exchange will close early on CNY eve. Urgent cases pls WhatsApp our hotline +60 3-2788 5500.
        Reminder: we NEVER ask clients to pay into personal accounts. Payments only to VisaJalan Sdn Bhd, Maybank 5140 2219 8833 (company acct).
        IANG / TTPS / QMAS all can do! Success rate 98% for TTPS Cat B last yr. DM for free assessment 👍
        New office! Level 21, Lee Garden One, 33 Hysan Avenue, Causeway Bay. Walk-ins Mon-Sat 10am-7pm.
        All our consultants are registered with MOM (EA Licence No. 21C0543). Check the EA Directory before you engage any agent ok.
        Xmas hours: 24 Dec close 1pm, 25 Dec closed, 26 Dec as usual. Merry Xmas from Team MerlionPass 🎄
        PR rejected? Don't give up lah, can re-apply after 6 months. Our track record speaks for itself 💪
        Tip of the week: no need to queue at Tan Tock Seng Hospital for the MOM medical, any GP panel clinic can do it. Call first to book.
        Price list 2027: PEP application S$1,800 | ONE Pass S$2,200 | LTVP (parent) S$980 | PR (PTS) S$3,500. GST not incl.
    """),
    ("en", "forum questions"): _lines("""
        Anyone know how long EP renewal takes nowadays? Submitted 3 weeks ago still pending, no request for more docs.
        Is it true DP holders can't work on LOC anymore? What's the alternative if the spouse only wants part-time work?
        MM2H vs DE Rantau for digital nomads, which one better if income about USD 3k/mth?
        TTPS Cat C renewal: do they look at actual income or just the employment contract? Pls share experience.
        LOL the ICA queue today was longer than the Hello Kitty plush queue at McDonald's back in 2000
        Rejected for S Pass twice, employer says quota full. Can agent really "help"? Sounds dodgy leh
        You need Sherlock Holmes level detective skills to find the right form on the ImmD website 🙄
        Does time on IANG count towards 7 years continuous ordinary residence for HK PR? From what I read yes.
        Quick q: for LTVP+ the sponsor must be SC right? PR sponsors not eligible?
        Thread: COMPASS Shortage Occupation List (SOL) 2026, pls add any jobs I missed
        Anyone tried the new MM2H online portal? Keeps showing "Session expired" error 0x80070005 after uploading docs
        Hong Kong Talent Engage office in Admiralty, is walk-in consultation still available or must book online?
    """),
    ("en", "email templates"): _lines("""
        Dear {{client_salutation}} {{client_surname}}, we are pleased to inform you that your In-Principle Approval (IPA) for the {{pass_type}} was issued on {{ipa_date}}.
        Subject: [ACTION REQUIRED] Additional documents for application <REF_NO>, please upload by <DEADLINE>.
        Hi [First Name], friendly reminder that your pass expires on [Expiry Date]. Renewal can be submitted up to 6 months before expiry.
        Template WA-07: "Hi {name} 👋 this is {agent} from {agency}. Your ICA appt is on {date} at {time}. Pls bring original passport + IPA letter."
        Applicant name: ______________  NRIC/FIN: ______________  Date of birth: DD/MM/YYYY  Nationality: ______________
        Dear Sir/Madam, please find attached the revised employment contract for the candidate. Kindly countersign page 4 and return by email.
        Kindly note our service fee is non-refundable once the application has been submitted to MOM / ICA / ImmD / JIM.
        Mr/Ms [SURNAME] [GIVEN NAME] (Passport No. [XXXXXXXX]) will be employed as [JOB TITLE] with effect from [DD/MM/YYYY].
        Write the name exactly as in the passport MRZ, surname first, e.g. DOE, JOHN. Do not use nicknames or Christian names not in the passport.
        In ICA's guide the sample applicant is "Tan Ah Kow"; replace it with the applicant's own particulars before submitting.
        {% if pass_type == 'DP' %}Please attach the marriage certificate and the main pass holder's latest payslip.{% endif %}
    """),
    ("en", "status notifications"): _lines("""
        Your application status has changed to: PENDING - ADDITIONAL INFORMATION REQUIRED. Please log in to EP Online to view details.
        DHL Express: Shipment 4829104736 (documents to Immigration Department) delivered at 10:42 on 03 Dec 2026. Signed by: RECEPTION.
        Invoice INV-2026-11-0387 | Service: TTPS application (Cat A) | Amount: HK$8,800 | Status: PAID
        Payment received: MYR 2,500.00 via FPX, ref FPX2612030049187. Thank you for choosing VisaJalan.
        Queue ticket B137, please proceed to Counter 12. Estimated waiting time: 25 min.
        Appointment slot confirmed: ICA PR Section, 15 Jan 2027, 09:30-09:45, Level 4. Reschedule at least 2 working days before.
        Error 4012: Submission rejected, attachment exceeds the 5 MB limit. Please compress the file and retry.
        Scheduled downtime: 2026-12-06T22:00+08:00 to 2026-12-07T02:00+08:00 (e-Visa and Apply-for-Visa e-Services).
        Your e-Visa will be sent to the email address registered in your application account. No physical label will be issued.
        Batch job expiry_reminder finished: 1,284 reminders queued, 17 bounced, 0 failed (run id 7f3a9c2e).
        Status: APPROVED. Next step: book an appointment for card registration within 2 weeks of the IPA letter date.
    """),
    ("en", "data handling SOP"): _lines("""
        Never send clients' passport scans over personal WhatsApp. Use the firm's encrypted portal and delete local downloads within 24 hours.
        Under the PDPA, NRIC numbers may be collected where required by law (e.g. ICA/MOM submissions), but mask them in internal sheets, e.g. S****567D.
        Redact HKID numbers to the first four characters (e.g. A123***(*)) in all marketing case studies and testimonials.
        Retention: application files are kept for 5 years after pass expiry, then shredded by our vendor. File the certificate of destruction.
        If a client requests access to their personal data, respond within 30 days and log the request in the access request register.
        Do not paste client details into ChatGPT or any other AI tool. Use the anonymised case template instead.
        Suspected data breach? Inform the DPO within 24 hours; the PDPC must be notified within 3 calendar days if the breach is notifiable.
        Our HK office is subject to the Personal Data (Privacy) Ordinance (Cap. 486). PCPD enquiry hotline: 2827 2827.
        Malaysia's PDPA amendments (2024) introduce mandatory DPO appointment and data breach notification for data controllers.
        Test fixtures must use synthetic data only; real client FINs and passport numbers are prohibited in the staging database.
    """),
    ("en", "config and code"): _lines("""
        FIN_PATTERN = r"^[FGM][0-9]{7}[A-Z]$"  # validate format only, never log the value
        visa-status-bot==2.7.3 ; python_version >= "3.11"  # pinned after ICA API change
        GET /api/v2/applications?status=PENDING&pass_type=EP&page=3 -> 200 OK (142 ms)
        ALTER TABLE applicants ADD COLUMN hkid_hash CHAR(64) NOT NULL DEFAULT '';
        docker pull registry.visajalan.my/mm2h-portal:1.14.0
        pytest -k test_expiry_reminder --maxfail=1  # 23 passed in 4.12s
        ERROR 2026-12-03 14:22:07,118 [worker-4] ica_client: Timeout after 30s (retry 2/5)
        # TODO: migrate DP/LTVP workflows to the new ICA API before 31/03/2027
        const PASS_TYPES = ["EP", "SP", "WP", "DP", "LTVP", "PEP", "ONE"];
        0 7 * * 1-5  /opt/visa/bin/send_expiry_reminders --days-before=90 >> /var/log/reminders.log 2>&1
    """),
    ("en", "history and news"): _lines("""
        Sir Stamford Raffles established a British trading post in Singapore in 1819, and migrant labour from China and India soon followed.
        The Chinese Protectorate, set up in 1877 under William Pickering, regulated the coolie trade in the Straits Settlements.
        Hong Kong's Capital Investment Entrant Scheme was suspended in 2015 and relaunched as the New CIES in March 2024 with a HK$30 million threshold.
        The Touch Base Policy, which let mainland immigrants who reached the urban areas stay in Hong Kong, was abolished in October 1980.
        MM2H was launched in 2002, replacing the Silver Hair Programme introduced in 1996.
        In the film Crazy Rich Asians, Rachel Chu flies to Singapore with her boyfriend Nick Young to meet his family.
        The Lee Kuan Yew School of Public Policy will host a public panel on foreign talent policy on 12 Nov at Oei Tiong Ham Building.
        Singapore's total population stood at about 6.11 million in June 2025, of which non-residents made up about 1.91 million.
        Home Affairs Minister K. Shanmugam has said Singapore will remain selective in granting permanent residence.
        Traffic along Jalan Tun Razak is heavy on weekday mornings; allow extra time if your appointment is at the KL immigration office.
        According to ImmD statistics, IANG approvals rose sharply after the talent measures announced in the 2022 Policy Address.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Ms Deepika, received ur passport copy (Z4839217) & degree cert. Still need marriage cert for hubby Arjun Menon's DP, pls send by Fri 🙏
        Client: WONG Ka Lok, HKID K538201(7), DOB 02/11/1991, applying IANG extension, currently living at Flat 12B, Tower 2, Grand Promenade, Sai Wan Ho.
        Pls update records: Mr Rahul Iyer's FIN is G5127390M, new mobile 9172 4486, moved to Blk 287B Compassvale Crescent #11-342, S542287.
        MyKad 880412-14-5523, Encik Hafiz bin Rosli, sponsor for his Indonesian wife's LTSVP. Contact him at 012-387 5521.
        Can u check my EP? Got rejected. Name Chen Yuxin, passport EK4418203, salary offered S$5,900 at a fintech in Tanjong Pagar.
        Heads up: Maricel Dizon's S Pass medical came back HIV positive, clinic is informing MOM. How do we break it to her?
        Friend's husband Rajesh s/o Muniandy was convicted in 2021 for drink driving (fined $4k + DQ 2 yrs). Will it kill his PR application?
        QMAS applicant: Liu Siqi, PRC ID 440304198907163028, currently in Shenzhen Futian, mobile +86 138 2617 4493.
        TTPS Cat A: Ms Lin Yi-Hsuan, ID A234817656, annual income TWD 4.8m last yr, tax statement attached.
        Pls charge the IANG fee to my card 4539 2011 7834 5621 exp 09/28, name on card TAN WEI MING, CVV I'll give over the phone.
        Mr Goh Boon Hwee will drive to ICA tmr, car plate SMN4821T (grey Vezel), pls reserve a visitor lot under his name.
        Offer: Ms Ananya Krishnan, Senior Data Engineer, basic S$9,200/mth + 2 mths AWS, start 05 Jan 2027. Send EP docs to ananya.krish88@gmail.com
        Client wechat id zhangleiSZ_0611 (Zhang Lei), prefers voice msg. Wife Zhou Min also applying as dependant under his TTPS.
        Taiwan client Chang Po-Wei, LINE id powei.chang77, asking if his 2019 DUI conviction in Taichung must be declared on the visa form.
        Ms Ho Mei Ling (NRIC S****216F, DOB 22/03/1987): PR application acknowledged, interview at ICA on 14 Jan, 10.15am.
        Send the MM2H approval letter to Mr & Mrs Hendricks, No. 18, Jalan Bukit Kiara 3, Taman Bukit Kiara, 60000 Kuala Lumpur. Tel +60 17-662 4019.
        DP for kids: Aarav Sharma (7, P1 at Nanyang Primary) and Anika Sharma (4), passports T8830124 / T8830125, father Vikram Sharma on EP.
        Ms Cheung Wing Sze's divorce from Mr Lau Chi Keung was finalised at the Family Court last month, so her dependant visa is void. Needs own visa asap.
        Bro my cousin Md. Arif Hossain overstayed 47 days in KL, passport BX0439871, JIM holding him at Bukit Jalil depot. Can help or not?
        Pls courier the visa label to Ms Priyanka Rao, Flat D, 23/F, Block 5, Laguna City, Lam Tin, Kowloon. Phone 9482 3317.
        Mr Abdul Karim Farouk (Rohingya, UNHCR card 354-18C04219) is asking whether any Singapore pass could be sponsored for him.
        Candidate Kelvin Ng Chun Hei: current package HK$62k x 13, expecting HK$75k, IANG expires 30 Mar 2027, can start 1 Apr.
        Sponsor Lim Shu Fen, NRIC T0451987B (SC), wants LTVP for her Vietnamese husband Nguyen Van Duc, married 2025 in HCMC.
        Huang Jiahao's father will accompany him on Student's Pass; dad's phone +86 159 1102 8836, passport EJ7720341.
        Puan Farah Izzati binti Osman (910725-10-6218) is sponsoring her British husband's spouse visa; she's a lecturer at UiTM Shah Alam.
        EP rejected AGAIN for Sunil Patil (sunilpatil.dev@outlook.com), COMPASS C2 = 0 pts. He wants to appeal, can we take it?
        Mdm Koh's mother, Koh Ah Lian (78), has stage 3 chronic kidney disease. Doctor's memo attached for the LTVP+ insurance query.
        Refund to client: Maybank acct 1140 2238 7719, account name MOHD FAIZAL BIN ISMAIL, amount RM1,200 (MM2H deposit).
        Dependant child CHAN Hoi Yan, born 12/06/2019, HKID R614773(8); mother Tsang Mei Kuen holds the GEP visa.
        Note for file: Mr Oliver Brennan's wife Siobhan is 22 weeks pregnant, so her DP medical should skip the chest X-ray.
        Attached is the NOA 2025 for Mr Tan Kok Leong: assessable income S$186,420, tax payable S$21,970. For his parents' LTVP.
        Jocelyn Bautista, Filipino, passport P7734120B, ex-FDW now S Pass staff nurse, mobile 8356 2091, wants to switch employer.
        Called back Mr Ibrahim Sulaiman (9xxx x821, Woodlands Ave 6): PR rejected 3 times, wife Zainab on chemo at NCCS. Pls handle sensitively.
        Ms Olena Kovalenko, Ukrainian, born 14 Feb 1990, on LTVP extension since her husband died in Oct 2026.
        Ms Kim Ji-woo, 21 Holland Grove Road #05-12, Singapore 278815 (jiwoo.kim@naver.com), requests cancellation of her DP.
        Card 5520 4187 3310 9288 for Mr Daniel Okafor, billing address 88 Robertson Quay #07-04, Singapore 238254.
        Ms Tan Li Ying (Malaysian passport A51290877) applying for SG EP, mobile +60 16-904 3218, currently staying in Johor Bahru.
        The guy from Penang, Lee Chee Keong 850109-07-5331, still hasn't paid the MM2H deposit. Wife says he's warded for depression.
        Police check shows Mr Yip Tsz Lung has a 2018 conviction for assault occasioning ABH at Kwun Tong Magistrates' Courts, so QMAS likely refused.
        Fwd from client: "Hi this is Joanne Teo, my new number is 9788 1342, pls update before the ICA appt tmr"
        Refused: Mr Guo Hao (PRC ID 11010519850624781X), IANG. Reason given: degree not from a recognised institution.
        Mrs Aisha Rahman needs her ex-husband's consent letter for daughter Zara's DP; he lives at No. 7, Lorong Maarof, Bangsar, 59000 KL.
        Student's Pass for Nguyen Thi Thu Ha (DOB 03/09/2008); guardian LTVP for her mum Pham Thi Lan, +84 90 812 3456.
        Driver for Mr Kwok Wai Man (plate TK 3391) will collect his new ID card from ImmD HQ at Tseung Kwan O on Thursday.
        My EP got rejected la. I'm Vanessa Lau, 29, offered $5,200 at a hotel on Sentosa, they say below qualifying salary for my age.
        Pls cc ms.haruka.sato@gmail.com (Haruka Sato, client's wife), she's on DP and pregnant, due date 2 Feb 2027.
        Dr Ravi Chandran, MM2H applicant, income tax no. SG 21904556070, annual pension RM240,000 from Shell.
        Birth registered: Ethan Low Jun Kai, born 22/11/2026 at KKH, birth cert no. T2634871J. Parents asking how to register his citizenship.
        Dependant spouse Tang Xiaoyu, ID 510107199302081864, is 4 months pregnant; can she still do the HK medical check-up?
        Qingdao client Sun Peng, ID 370202198709302510, WeChat sunpeng_qd87, wants QMAS with wife and 2 kids.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for MerlionPass, a Singapore work pass agency."),
        ("user", "hi what docs do I need for EP?"),
        (
            "assistant",
            "Usually passport bio page, education certificates, and your employer's company details. "
            "Your employer or agent submits the application.",
        ),
        ("user", "ok. my name is Prakash Venkatesan, passport Z6120483, DOB 11 July 1990"),
        ("user", "offer is S$8,400 from a logistics firm in Jurong, can u pre-check COMPASS?"),
    ],
    [
        ("user", "Need help renewing IANG"),
        ("assistant", "Sure. Could you share your current visa expiry date and HKID for the form?"),
        ("user", "expiry 28 Feb 2027"),
        ("user", "HKID Y402"),
        ("user", "518(9)"),
        ("assistant", "Thanks, noted. Please also upload your latest payslips."),
        ("user", "ok, full name is Fok Hiu Tung btw"),
    ],
    [
        (
            "system",
            "Collect sponsor details for LTVP applications. Remind users not to share card details.",
        ),
        ("user", "I want to sponsor my mother for LTVP"),
        ("assistant", "Happy to help. May I have your NRIC and residential address as sponsor?"),
        ("user", "S7612048Z, Blk 512 Bedok North Ave 2 #09-118 Singapore 460512"),
        ("user", "name Siti Aminah binte Jamal, mum is Indonesian"),
    ],
    [
        ("user", "Is DP holder allowed medical treatment at public hospitals?"),
        (
            "assistant",
            "Yes, DP holders can use public hospitals, but they pay non-resident rates. "
            "Insurance is recommended.",
        ),
        ("user", "ok because my wife was just diagnosed with thyroid cancer at SGH"),
        ("user", "her name is Priya Natarajan, on DP under me, can we still renew in March?"),
        ("assistant", "A medical condition itself does not affect DP renewal eligibility."),
    ],
    [
        ("user", "MM2H Gold tier, what's the FD needed?"),
        (
            "assistant",
            "For Gold tier the fixed deposit is USD 500,000, subject to the latest JIM rules.",
        ),
        (
            "user",
            "I'm Graham Whitfield, 64, retired, bank balance GBP 612k at HSBC Jersey. "
            "Email graham.whitfield54@btinternet.com",
        ),
        ("assistant", "Thank you, a consultant will email you with the next steps."),
    ],
    [
        ("user", "Hi pls confirm my details for the S Pass renewal"),
        (
            "assistant",
            "Thanks Mr Chua Jun Hao, I have your FIN F2398471R and your current address as "
            "Blk 112 Rivervale Drive #04-231. Is that still correct?",
        ),
        ("user", "yes correct"),
    ],
    [
        ("user", "How long does TTPS take?"),
        ("assistant", "Typically about 4 weeks once all documents are received."),
        ("user", "what if I'm from Taiwan?"),
        (
            "assistant",
            "Taiwan residents apply under a separate arrangement; processing times are similar.",
        ),
        (
            "user",
            "ok I'm Huang Yu-Ting, ID F145720390, LINE yuting.h_tw, please contact me there",
        ),
    ],
    [
        ("user", "does a criminal record affect PR?"),
        ("assistant", "ICA considers character, so a conviction may be taken into account."),
        (
            "user",
            "my brother Lim Wei Xiang got 6 weeks jail in 2020 for cheating, State Courts. "
            "He's applying PR next month",
        ),
        ("assistant", "He should declare the conviction truthfully on the application."),
    ],
    [
        ("system", "You assist VisaJalan clients with Malaysian spouse visas."),
        ("user", "I'm a Malaysian, want to apply LTSVP for my husband from Pakistan"),
        (
            "assistant",
            "Sure. Please share your MyKad number and home address for the sponsor form.",
        ),
        ("user", "930330-08-5902"),
        ("user", "No. 23, Jalan Sultan Azlan Shah, 31400 Ipoh, Perak. I'm Nur Syazwani Hamdan"),
    ],
    [
        ("user", "Can I pay the PEP fee by credit card?"),
        ("assistant", "Yes, card payments are accepted through our secure payment link."),
        ("user", "just charge this one 4012 8877 2301 5465 exp 11/27"),
        ("user", "cardholder Evelyn Soh, 9 Siglap Plain Singapore 456000"),
        ("assistant", "Please don't share card numbers in chat; use the payment link instead."),
    ],
]
