"""Blind check set en57: court, insolvency and legal notices in Singapore, Malaysia and Hong Kong (gazette bankruptcy and winding-up notices, hearing lists, letters of demand, judgments, legal aid and CJC guides, statutory form templates). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en57
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gazette notices"): _lines("""
        NOTICE OF WINDING UP ORDER. Name of Company: SENG HUAT MARINE ENGINEERING PTE. LTD. (UEN 200914562H). Court: General Division of the High Court. Winding Up Application No.: HC/CWU 214/2025. Date of Order: 17 October 2025. Liquidator: The Official Receiver, Insolvency & Public Trustee's Office.
        Notice is hereby given that a Winding Up Application for the winding up of KIAN LENG LOGISTICS PTE. LTD. was on 3 November 2025 presented to the Court by DBS Bank Ltd., and is directed to be heard at 1 Supreme Court Lane, Singapore 178879 at 10 a.m. on 28 November 2025.
        Any creditor or contributory of the company desiring to support or oppose the making of an order on the application may appear at the time of hearing by himself or his counsel for that purpose.
        NOTICE OF DIVIDEND - Name of Company: Orchid Crest Hospitality Pte. Ltd. (In Liquidation); Amount per centum: 4.17%; First and Final; Date payable: 9 December 2025.
        G.N. 6421 COMPANIES (WINDING UP AND MISCELLANEOUS PROVISIONS) ORDINANCE (Chapter 32) NOTICE OF WINDING-UP ORDERS. Name of company: Kam Fung Garment Trading Limited; Court: High Court; No. of matter: HCCW 318/2025; Date of order: 12.11.2025.
        Creditors who have not yet proved their debts must do so by 19 January 2026, otherwise they will be excluded from the dividend. Official Receiver's Office, 10th Floor, Queensway Government Offices, 66 Queensway, Hong Kong.
        WARTA KERAJAAN PERSEKUTUAN - Insolvency Act 1967: Notice of Automatic Discharge. The Director General of Insolvency hereby gives notice that the bankrupts listed in the Schedule were discharged under section 33A with effect from the dates shown therein.
        CREDITORS' VOLUNTARY WINDING UP - Notice is hereby given that a Meeting of Creditors of PRISMA DIGITAL SOLUTIONS SDN. BHD. (Registration No. 201801027745 (1289402-D)) will be held at Level 8, Menara Milenium, Jalan Damanlela, Bukit Damansara, 50490 Kuala Lumpur on Friday, 12 December 2025 at 11.00 a.m.
        Proxies to be used at the meeting must be lodged at the registered office of the company not later than 48 hours before the time fixed for the meeting.
        Dated this 21st day of November 2025. OFFICIAL ASSIGNEE, Ministry of Law, Singapore.
        Notice of Release of Liquidators. Name of Company: Harbourfront Bakeries Limited (Dissolved). Date of release: 2 December 2025. Liquidators' firm: Pacific Rim Restructuring Advisory Limited, 21/F, 8 Connaught Place, Central.
        ARTHUR SUTTON & SONS (PTE) LTD - Members' Voluntary Liquidation. The company, incorporated in 1952 and named after its founder, is solvent; enquiries to the liquidators' office at 80 Robinson Road #02-00, Singapore 068898.
        Editor's note: the Gazette is published every working day at 5 p.m.; notices received after 12 noon two working days before publication go into the next issue. Fee: S$250 per notice (excl. GST).
    """),
    ("en", "hearing lists"): _lines("""
        DAILY CAUSE LIST - Tuesday, 09 December 2025 - Courtroom 7C - Before: Assistant Registrar - 9.30am: HC/CWU 214/2025, HC/CWU 219/2025, HC/CWU 221/2025 (Winding up applications).
        HCCW 318/2025 The Hongkong and Shanghai Banking Corporation Limited v Kam Fung Garment Trading Limited - Mention - Court 26 - 9:30 am
        HIGH COURT OF MALAYA AT KUALA LUMPUR (COMMERCIAL DIVISION) - Case Management via e-Review: WA-28NCC-612-09/2025, Public Bank Berhad lwn. Sri Damai Properties Sdn. Bhd.
        10.00am CA/CA 42/2025 Marina Vista Retail Management Pte Ltd v Comptroller of Income Tax - Hearing (Appeal) - Courtroom 5-1 - Coram: Sundaresh Menon CJ, Steven Chong JCA, Judith Prakash SJ
        Note: family and juvenile proceedings are not published in the hearing list. Parties may check their hearing details via eLitigation or the iFAMS portal.
        ** Hearing in chambers - closed to public ** HC/SUM 3310/2025 (in HC/OC 901/2025) - 2.30pm - Chambers 4D
        DCCJ 4127/2025 China Construction Bank (Asia) Corporation Limited v [name withheld] - Default judgment - Master's Chambers, 3/F, Wanchai Law Courts
        Sessions Court KL (Civil) - Bilik Mahkamah 4 - 8.30 pagi: Sebutan x 14 kes; Bicara penuh: WA-B52NCvC-1188-06/2025 Tenaga Nasional Berhad v Restoran Selera Kampung Sdn Bhd
        Public Prosecutor v Sinar Utama Trading Pte. Ltd. - SC-905612-2025 - Court 17, State Courts, 1 Havelock Square - Plead guilty mention
        Adjourned to 14/01/2026 @ 2.30pm for further mention (no appearance by resp). Next date fixed via e-Court.
        The list is subject to change. Counsel are reminded to be robed for open court hearings; business attire suffices for chambers matters.
        10.00am - HC/OA 77/2025 Tan Tock Seng Hospital Pte Ltd v Chief Assessor - Court 6B - Valuation appeal (property tax)
    """),
    ("en", "judgments and case notes"): _lines("""
        Salomon v A Salomon & Co Ltd [1897] AC 22 remains the starting point: a company is a legal person distinct from its members, even where one shareholder holds almost all the shares.
        In Donoghue v Stevenson [1932] AC 562, Lord Atkin's "neighbour principle" laid the foundation of the modern law of negligence.
        Spandeck Engineering (S) Pte Ltd v Defence Science & Technology Agency [2007] 4 SLR(R) 100 sets out the two-stage test, preceded by factual foreseeability, for a duty of care in Singapore.
        The Court of Appeal held that a statutory demand may be set aside where there is a bona fide dispute on substantial grounds; a bare assertion of a cross-claim is not enough.
        Held, dismissing the appeal: the liquidators had not shown that the payments were unfair preferences, as there was no "desire to prefer" within the meaning of s 226 of the IRDA.
        Re Kam Fung Garment Trading Ltd [2025] HKCFI 4412: the court declined to wind up the company on a creditor's petition where the debt was genuinely disputed on substantial grounds.
        Per Tengku Maimun CJ (delivering the judgment of the Federal Court): the doctrine of separate legal personality is not to be lightly disregarded.
        Judges still invoke Jarndyce and Jarndyce from Bleak House when they criticise delay: "This scarecrow of a suit has, in course of time, become so complicated, that no man alive knows what it means."
        Headnote: Insolvency Law - Bankruptcy - Annulment - Whether debts paid in full - Section 392(1)(b) Insolvency, Restructuring and Dissolution Act 2018
        The defendant's argument that the letter of demand was "without prejudice" was rejected; the label is not determinative, the court looks at the substance of the communication.
        Costs fixed at S$18,000 (all-in), to be paid by the appellant to the respondent within 14 days. Usual consequential orders.
        Judgment reserved; written grounds to follow. [2025] SGHC 287 - Version No 1: 03 Dec 2025 (10:14 hrs)
        Chief Justice Andrew Cheung, at the Ceremonial Opening of the Legal Year, reiterated that the Judiciary's independence is constitutionally guaranteed under the Basic Law.
    """),
    ("en", "legal aid and CJC guides"): _lines("""
        The Community Justice Centre (CJC) is located on Level 1 of the State Courts Towers, 1 Havelock Square, Singapore 059724. Walk-in hours: Mon-Fri 9am-5pm (closed on PH).
        To qualify for civil legal aid you must pass the means test, e.g. per capita household income of not more than $1,500 and annual value of residence not exceeding $21,000.
        Legal Aid Department hotline (24-hr recorded info): 2537 7677. Applications may be made in person at the LAD office, 27/F, Hang Seng Wanchai Building, 200 Hennessy Road, Wan Chai.
        Biro Bantuan Guaman (Legal Aid Department Malaysia) gives free advice on divorce, custody, small claims and syariah matters - call 03-8885 1000 or visit your nearest state branch.
        What to bring to your first appointment: your IC or passport, the letter of demand or court papers you received, your last 3 months' payslips and any tenancy agreement.
        Don't ignore a statutory demand! You have 14 days to apply to set it aside, or 21 days to pay, otherwise the creditor can file a bankruptcy application against you.
        If your unsecured debts are below $150,000 you may be eligible for the Debt Repayment Scheme (DRS) instead of bankruptcy. Ask the Official Assignee.
        Free Legal Advice Scheme: evening sessions at 9 Community Halls across HK; book by phone at 2526 4011 (answering machine after 5:30pm).
        Small claims in M'sia: the Small Claims Procedure (Order 93 ROC 2012) covers claims up to RM5,000 - no lawyer needed, and Form 198 can be downloaded from the e-Court portal.
        Our volunteer lawyers cannot act for you in court; they can only give preliminary advice in a 20-minute session.
        Privacy notice: the personal data you provide in this application will be used by the Legal Aid Bureau solely to assess your eligibility and may be disclosed to the solicitor assigned to you.
        Tip: when you email us, please do NOT put your full NRIC number or bank details in the email body - use the secure upload link we send you instead.
        Mediation at the CJC is free for litigants-in-person; a typical session lasts 3 hrs. Over 70% of cases referred in 2024 reached settlement.
    """),
    ("en", "statutory form templates"): _lines("""
        FORM 1 - BANKRUPTCY APPLICATION BY CREDITOR. In the matter of [name of debtor], NRIC/FIN/Passport No. [          ], of [address]. I/We [name of creditor] of [address] apply to the Court for a bankruptcy order to be made against the debtor named above.
        STATUTORY DEMAND (Section 311(1) IRDA). To: ______________ (debtor) of ______________ (address). TAKE NOTICE that the creditor claims that you owe the sum of $__________, being the amount stated in the Schedule.
        AFFIDAVIT OF SERVICE: I, <deponent name>, of <address>, <occupation>, make oath and say as follows: 1. On <date> at <time> I served <name of person served> with a copy of the sealed application.
        IN THE HIGH COURT OF THE HONG KONG SPECIAL ADMINISTRATIVE REGION COURT OF FIRST INSTANCE BANKRUPTCY PROCEEDINGS NO. ____ OF 20__ Re: [Debtor's name in English and Chinese] (HKID No. [        ])
        Borang 5 - Notis Kebankrapan. Kepada: {NAMA_PENGHUTANG} No. K/P: {NO_KP} Alamat: {ALAMAT}. Ambil perhatian bahawa dalam tempoh 7 hari selepas penyampaian notis ini ke atas kamu...
        Instructions: Part A must be completed in BLOCK LETTERS. Where the debtor is a foreigner, state the passport number and country of issue instead of the NRIC number.
        Schedule - Particulars of debt: (a) Date(s) on which debt was incurred: ____ (b) Nature of debt: ____ (c) Amount: $____ (d) Interest (if any) at ___% p.a. from ____ to ____
        [Insert name of debtor] was, on the [  ] day of [        ] 20[  ], adjudged bankrupt by the Court and the Official Assignee is the trustee of the bankrupt's estate.
        Sample completed form - Claimant: "John Doe"; Respondent: "ABC Pte Ltd"; Claim amount: S$1,234.56. For illustration only, do not copy.
        Field "Identification No.": enter in the format S1234567D for NRIC or G1234567X for FIN, without spaces or dashes.
        Declaration: I declare that the information given in this form is true to the best of my knowledge and belief. Signature: __________ Date: __/__/____
        Fees: HK$1,045 for filing a bankruptcy petition; deposit to the Official Receiver HK$8,000 payable by cashier order to "The Government of the Hong Kong Special Administrative Region".
    """),
    ("en", "law firm correspondence"): _lines("""
        Dear Sirs, RE: OUTSTANDING SUM OF S$48,720.00 DUE FROM YOUR COMPANY TO OUR CLIENTS, BRIGHTON STEEL FABRICATORS PTE LTD. We act for the abovenamed and are instructed to write to you as follows.
        TAKE NOTICE that unless the said sum is paid within seven (7) days from the date hereof, our clients have instructed us to commence legal proceedings against you without further reference, at your own risk as to costs and interest.
        This letter is issued without prejudice to our clients' rights, all of which are expressly reserved.
        Our Ref: KOP/LIT/25/0418 | Your Ref: - | Date: 4 December 2025 | BY HAND & EMAIL
        Ong, Koh & Tan LLC - Advocates & Solicitors - 20 Cecil Street #14-01, Singapore 049705 - T: +65 6224 8800 - F: +65 6224 8811
        Tetuan Azman, Lim & Rao - Peguambela dan Peguamcara - Suite 12-3A, Menara Keck Seng, 203 Jalan Bukit Bintang, 55100 Kuala Lumpur
        Kindly remit payment to our clients' account: Public Bank Berhad, A/C No. 3-1827440-19, account name SRI DAMAI PROPERTIES SDN BHD, quoting Invoice No. INV-2025-08831.
        Tax Invoice No. KOT/2025/1192 - Professional fees for drafting letter of demand: S$650.00; disbursements (courier, printing): S$28.40; GST 9%: S$61.06; TOTAL: S$739.46
        We refer to your letter of 28 Nov and note that your client disputes liability. Kindly let us have your client's settlement proposal by 4pm on 10 Dec, failing which we shall proceed.
        PRIVILEGED & CONFIDENTIAL - This email and any attachments are intended only for the addressee. If received in error, please notify the sender and delete it. Ho, Lai & Fung is a firm of solicitors regulated by the Law Society of Hong Kong.
        Pls find attached sealed copy of the Originating Claim and Statement of Claim for yr records. Service on the defendant co. was effected at its registered office on 2/12.
        Attention: The Legal Officer, Insolvency & Public Trustee's Office - kindly confirm whether the company has been struck off the register.
    """),
    ("en", "insolvency statistics and news"): _lines("""
        Bankruptcy applications in Singapore rose 6.4% year on year to 1,927 in the first three quarters of 2025, according to figures released by the Ministry of Law.
        Malaysia's Insolvency Department recorded 3,416 new bankruptcy cases in Jan-Sep 2025; those aged 35-44 made up 39% of cases, and personal loans were the top cause (41.8%).
        Hong Kong's Official Receiver's Office received 8,102 bankruptcy petitions in 2024, down from 8,866 in 2023; compulsory winding-up petitions numbered 331.
        The minimum debt for a creditor's bankruptcy application is $15,000 in Singapore, RM100,000 in Malaysia and HK$10,000 in Hong Kong.
        Under Malaysian law, a bankrupt may be automatically discharged after three years if the statutory conditions are met and no creditor objects.
        Explainer: what happens when a company is wound up? The liquidator takes control, employees' wage claims rank as preferential debts, and the directors' powers cease.
        Bankruptcy orders by age group, SG 2024: <30: 6%; 30-39: 22%; 40-49: 31%; 50-59: 27%; 60+: 14%. Source: MinLaw annual report.
        The 2021 Record of Meeting between the Supreme People's Court and the HKSAR Government has so far been used to recognise HK liquidators in Shenzhen, Shanghai and Xiamen in 9 cases.
        Charles Dickens' father, John Dickens, was imprisoned for debt in the Marshalsea in 1824 - an experience that later shaped Little Dorrit.
        The Minister for Law told Parliament that the Debt Repayment Scheme had helped more than 2,000 debtors avoid bankruptcy since its expansion.
        Of the 1,204 companies wound up by the Singapore courts in FY2024, 58% were in wholesale trade, F&B and construction.
        Press release: the Legal Aid Bureau will extend its opening hours to 7pm on Tuesdays and Thursdays from 5 January 2026. Media enquiries: media@lab-mlaw.example.sg
    """),
    ("en", "e-filing and court IT"): _lines("""
        eLitigation: Submission ID EL-20251204-0038817 accepted at 14:22:07 (SGT); filing fee S$500.00 debited to the firm's GIRO account.
        CMS v4.12.3-hotfix2 release notes: fixed a bug where hearing times in the Cause Book were displayed in UTC instead of HKT.
        sha256: da949bebc2250811872ec52acd86889198623719118ddf41067bf822d66aac07  Judgment_2025_SGHC_287.pdf
        Error 4031: Document rejected - PDF exceeds 20MB or is not text-searchable. Please OCR scanned documents before resubmitting.
        e-Filing System (EFS) payment ref. EFS/KL/2025/1284490 - RM 100.00 - Status: BERJAYA
        Practice direction: redact NRIC/FIN numbers in filed documents to show only the last 3 digits and the letter, e.g. XXXXX123A; names of parties are not to be redacted.
        0 2 * * * /opt/gazette/bin/export_notices --since=yesterday --format=xml >> /var/log/gazette/export.log 2>&1
        Registered article RR228144903SG - letter to creditor company - delivered 03/12/2025 10:41
        Your e-filing account has been locked after 5 unsuccessful login attempts. Please contact the Judiciary helpdesk at 3758 2340 (Mon-Fri 9:00-17:45).
        2025-12-04T09:31:58+08:00 | event=HEARING_ADJOURNED | case=HCCW 318/2025 | actor=registry_bot_03 | commit aea32980d37c
        SELECT case_no, hearing_date, courtroom FROM cause_list WHERE court_id = 'SGHC' AND hearing_date >= CURRENT_DATE ORDER BY hearing_date;
        Gazette XML schema v2.8.0 adds <DebtorIdMasked> and deprecates <DebtorIdFull>; publishers must migrate by 31 Mar 2026.
        Order No. LAW-SHOP-0099182 - 1 x Singapore Civil Procedure 2026 (2 vols) - S$1,280.00 incl. GST - ships in 5-7 working days.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        NOTICE OF BANKRUPTCY ORDER. Name of Bankrupt: GOH KAH WENG, NRIC No. S8816342G. Address: Blk 412 Ang Mo Kio Avenue 10, #07-1183, Singapore 560412. Bankruptcy No.: HC/B 1823/2025. Date of Order: 14 November 2025.
        Name of Bankrupt: Nur Hidayah binte Salleh (NRIC S7523019B), formerly trading as Hidayah Bridal Studio, of 52 Jalan Bahagia #03-11 Singapore 320052. Date of discharge: 01/12/2025.
        2.30pm - HC/OC 512/2025 Ng Siew Ling v Koh Boon Kiat - Assessment of Damages (personal injuries) - Courtroom 3A
        We act for Mr Ravindran s/o Muthusamy. Our client instructs us that you, Ms Jocelyn Tay Hui Min, owe him S$18,450.00 for renovation works carried out at your flat at Blk 627C Punggol Central #14-322 S(823627).
        The plaintiff, Mdm Lim Gek Choo (67), slipped at the wet market and suffered a displaced fracture of the left femoral neck requiring hemiarthroplasty; she was awarded $38,000 for pain and suffering.
        LAB intake 03/12: applicant Teo Wei Jie, T0245718G, retrenched in Aug, last drawn salary $3,150/mth, wife pregnant, 2 kids (7 & 4). Owes Cashmart Credit abt $12k.
        Walk-in at CJC: Mdm Rosnah bte Ismail, 58, says her son Faizal owes ah long about $9k and they keep pasting notes at her door at Blk 23 Marsiling Drive #09-114. Referred to police.
        TO: CHIA SOON HENG (NRIC S6930481H) of last known address 15 Lorong 3 Geylang #05-02 Singapore 388869. TAKE NOTICE that Originating Claim HC/OC 733/2025 has been commenced against you for the sum of S$212,384.17.
        Claimant Md. Rasel Hossain (FIN G5521687N), work permit holder, alleges unpaid salary of $4,860 for Jun-Sep 2025 against his employer; ECT hearing fixed 16 Dec.
        Pls send the draft affidavit to my personal email sharon.lowhm88@gmail.com, not the office one. My hp 9738 2104. - Sharon Low Hui Min (defendant, HC/OC 1047/2025)
        Debtor: KOH W*** L*** (S****290J), Blk 118 Rivervale Drive #12-345 Singapore 540118 - statutory demand served by posting on the door on 28/11, debtor did not open.
        Heard Benjamin Seah Kok Leong from our cell group was made bankrupt last month, his wife said the bank went after him for the $380k renovation loan.
        Hearing fee paid by credit card 4556 1200 9381 4420 (exp 08/27), cardholder ONG KAI XIANG; receipt emailed to kx.ong91@gmail.com.
        Traffic accident claim: defendant's car SJB 2871 K, driven by Mr Toh Chee Meng, rear-ended the claimant's taxi at Upper Thomson Rd / Sin Ming Ave on 4 Aug 2025.
        Mr Desmond Yeo Jun Hao (S9047736F) shall pay the Wife $1,800 monthly as maintenance for the child of the marriage, Chloe, 9, by GIRO on the 1st of each month.
        Garnishee order: please deduct from the salary of your employee Harjit Singh s/o Gurcharan Singh (staff ID 44182, basic pay $4,700) until the judgment debt of $23,900 is satisfied.
        Respondent: Lee Choon Hwee, DOB 12/05/1979, private hire driver, residing at 18 Jalan Kembangan, Singapore 419124, contact +65 8162 5530.
        Defendant Priya Natarajan (FIN F2284105W), Indian national on Dependant's Pass, is sued in DC/OC 2291/2025 for unpaid rent of $7,200 at 9 Tanjong Rhu Road #08-05.
    """),
    "en-MY": _lines("""
        NOTICE OF BANKRUPTCY ORDER - Debtor: MOHD FAIZAL BIN ABDUL RAHMAN, NRIC No. 850312-10-5573, of No. 23, Jalan SS 19/6, 47500 Subang Jaya, Selangor. Bankruptcy No.: BA-29NCC-1442-05/2025. Date of Order: 18/09/2025.
        Name: LIM SIEW PENG; I/C No.: 920704-01-6248; Address: No. 14, Jalan Anggerik 3/2, Taman Bukit Indah, 81200 Johor Bahru, Johor; Petitioning creditor: Hong Leong Bank Berhad; Adjudication: 02/10/2025.
        TAKE NOTICE that our client demands from you, Encik Shahrul Nizam bin Othman (NRIC 780215-07-5131) of 5-2-8 Taman Sri Pinang, 11600 Jelutong, Pulau Pinang, RM42,310.55 being arrears under HP Agreement No. HP/PG/19/88214 for vehicle PKT 7730.
        Judgment debtor Tan Ah Huat @ Tan Kok Wah, Malaysian passport A58214037, believed to have left for Perth in March 2025; JDS called but respondent absent.
        Salam Puan Norazlina binti Hassan, the hearing for your husband Azhar bin Md Yusof (Sessions Court Shah Alam, BA-B52NCvC-377-03/2025) is postponed to 22/1/2026. Pls bring his original IC.
        Applicant: Nurul Aisyah binti Kamarudin, 31, single mother of 3, earns RM2,150/month as a factory operator in Senai; seeking custody and nafkah from ex-husband Rizal bin Jaafar.
        Medical report: the plaintiff, Mr Sivakumar a/l Rajendran (IC 880919-14-5907), sustained a spinal cord injury at C5-C6 and is wheelchair-bound; loss of earnings claimed at RM3,800/month as a lorry driver.
        Kindly serve the sealed writ on the 2nd defendant, Chong Mei Yee, by email at chong.meiyee@yahoo.com.my and at her residence at B-12-07 Pangsapuri Seri Ros, Jalan PJU 1A/3, 47301 Petaling Jaya.
        Refund of court deposit RM1,000 will be credited to card 5204 7311 8860 9179 in the name of Mr Goh Teck Leong, pls confirm the card is still active.
        The accused, Muhammad Irfan bin Zulkifli, driver of lorry JRX 4416, was charged under s 41(1) of the Road Transport Act 1987 for causing the death of a motorcyclist on Jalan Kulai-Kota Tinggi.
        Guarantor: Chen Xiaoyan, PRC Resident ID 350203199102284042, WeChat xiaoyan_xm91 - substituted service via WeChat allowed per order dated 3/10/2025.
        Garnishee proceedings: Abdul Razak bin Haji Sulaiman earns RM4,280 gross (Gred J29) at JKR Kuantan; the judgment debt is RM31,600.
        fyi my cousin Kelvin Lee Chun Wai (the one staying at 28 Lorong Seri Kuching 5, Taman Sri Kuching, KL) got a bankruptcy notice from the bank, now cannot travel overseas already.
        Ms Kavitha Subramaniam testified that she was diagnosed with major depressive disorder after the assault and has been on sertraline since January.
        Respondent Lin Ya-ting, Taiwan ID F126635081, married the petitioner in Kaohsiung in 2016; the divorce petition was filed at the High Court in Kuching.
        +60 17-529 3318 is the debtor's number, Mr Yap Kok Hin, he keeps avoiding calls from the Jabatan Insolvensi officer.
    """),
    "en-HK": _lines("""
        BANKRUPTCY ORDINANCE (Chapter 6) NOTICE OF BANKRUPTCY ORDERS: CHEUNG Wai-man, HKID Y703264(A), Unemployed, of Flat 12, 18/F, Block C, Kwai Shing East Estate, Kwai Chung, New Territories. HCB 2817/2025. Date of Order: 5 November 2025.
        TO: WONG Siu-kuen, formerly of Flat D, 23/F, Tower 3, Laguna Verde, Hung Hom, Kowloon. TAKE NOTICE that a Writ of Summons (HCA 1562/2025) has been issued against you claiming HK$486,200.
        HCPI 884/2025 CHAN Ka-lok v LAU Hoi-ying - Court 15 - 2:30 pm - Assessment of damages
        We are instructed by our client, Mr Ho Chun-kit, that you, Mr Leung Tsz-hin, borrowed HK$150,000 from him on 3 March 2024. Despite repeated demands sent to your WhatsApp (+852 6038 1957), nothing has been repaid.
        The Defendant, Zhou Minghui, PRC Resident ID No. 440304198307162814, residing at Room 1802, Block 6, Xiangmi Lake Garden, Futian District, Shenzhen, is the judgment debtor under the registered mainland judgment.
        Debtor: TSANG Kwok-ming, HKID Z158820(7), self-employed renovation contractor, of Rm 1507, Wo Lok House, Lok Fu Estate, Kowloon; petition debt HK$273,400.
        Legal aid applicant FUNG Mei-ling, 44, clerk, income HK$14,800/month, seeks divorce; says husband KWOK Chi-wai has a gambling addiction and owes HK$620,000 to finance companies.
        The Plaintiff, Madam NG Yuk-lan, aged 72, suffered a stroke while in the Defendant's care home and now requires tube feeding; she sues by her daughter and next friend NG Pui-shan.
        Private car RK 4128 registered to Mr LAM Chi-keung was seized by the bailiff under the writ of fi. fa. in HCA 204/2025 at his home carpark in Tai Wai.
        Pls serve the bankruptcy petition on the debtor CHAN Kwok-wai by email to kelvin_ckw@hotmail.com as ordered by the Master; last known address 3/F, 27 Tung Choi Street, Mong Kok.
        Exhibit AB-7: the judgment debtor AU-YEUNG Ho-yin used his Visa card 4003 2577 1904 6380 to pay HK$38,000 to an online casino.
        Attachment of income order: the employer is to deduct HK$6,500 monthly from the salary of Mr YIP Wing-hong (monthly salary HK$28,400) until HK$97,500 is paid.
        heard Mrs Lo Siu-fong from 3/F, Block 2 of Cheung Hong Estate has been made bankrupt, the ORO letter went into our mailbox by mistake
        Maintenance pending suit: the Respondent husband MAK Tin-yau, a pilot earning HK$186,000 a month, shall pay the Petitioner HK$55,000 monthly pending the hearing of FCMC 8821/2025.
        Creditor's statutory demand served on KOO Pui-shan (HKID XA021936(0)) at her office, 11/F, Wing Kwok Centre, 182 Woosung Street, Jordan on 17/11/2025.
        Contact the guarantor Mr Zhang Wei on +86 139 2874 6150, he lives in Dongguan and is the 2nd defendant in HCA 1889/2025.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are LegalAid-SG, a chatbot that explains court procedures in plain English. Do not give legal advice.",
        ),
        ("user", "I got a statutory demand from a bank. What does it mean?"),
        (
            "assistant",
            "A statutory demand is a formal demand for payment. If you do not pay or apply to set it aside within the time limits, the creditor may file a bankruptcy application.",
        ),
        (
            "user",
            "ok. my name is Muthu Krishnan a/l Selvam, NRIC S8504127D, staying Blk 305 Bukit Batok St 31 #11-27. can you check if they already filed?",
        ),
        (
            "assistant",
            "I can't look up cases. You can search the Insolvency Office's bankruptcy search or ask the CJC.",
        ),
    ],
    [
        ("user", "Hi, I need a lawyer for a divorce in HK, how much roughly?"),
        (
            "assistant",
            "Fees vary widely. An uncontested joint application may cost less; you may also check legal aid eligibility.",
        ),
        ("user", "I earn HK$21,500 a month, 2 kids. husband moved out in June."),
        ("user", "his name is SO Ka-fai, he works at the airport, mobile 9416 2273"),
        ("user", "my HKID is C668142(3) if you need it for the conflict check"),
        ("assistant", "Thank you. Our intake team will contact you within 2 working days."),
    ],
    [
        ("user", "macam mana nak check status bankrap? I think I kena bankrap already"),
        (
            "assistant",
            "You can check on the Malaysian Department of Insolvency (MdI) website using your MyKad number, or visit their office.",
        ),
        ("user", "790823-08"),
        ("user", "5419"),
        (
            "user",
            "name Ahmad Zaki bin Ismail, last time stay in Ipoh, Taman Cempaka. ada result?",
        ),
        (
            "assistant",
            "I can't search the MdI database for you. Please use the official e-Search or call the Ipoh branch.",
        ),
    ],
    [
        (
            "user",
            "My neighbour keeps throwing water at my door. He is Mr Lionel Pang at #08-212, same block 781B Woodlands Cres. He has schizophrenia, his sister told me he stopped taking his meds.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. The Community Mediation Centre or the CJC can help with neighbour disputes. If you feel unsafe, call the police.",
        ),
        ("user", "can I file a claim at the CDRT?"),
        (
            "assistant",
            "Yes, the Community Disputes Resolution Tribunals hear neighbour disputes. You'll need to file an online claim and attend a case management conference.",
        ),
    ],
    [
        (
            "system",
            "Draft short letters of demand for Ong, Koh & Tan LLC. Use a formal tone and the firm's standard paragraphs.",
        ),
        (
            "user",
            "Draft LOD. Client: Serene Ho Li Ting. Debtor: Marcus Lim Jia Hao, 27 Jalan Jintan, Singapore 229032. Loan $25,000 given 12/03/2025 by PayNow to his mobile 9025 6418. Not repaid.",
        ),
        (
            "assistant",
            "Dear Sir, We act for Ms Serene Ho Li Ting. Our client instructs us that on 12 March 2025 she lent you the sum of S$25,000.00, which remains unpaid. TAKE NOTICE that unless the said sum is paid within 7 days...",
        ),
        ("user", "good, add interest 5.33% p.a."),
    ],
    [
        ("user", "what is a 'Notice of Intended Dividend'?"),
        (
            "assistant",
            "It tells creditors that a dividend will be declared soon and that they must prove their debts by a stated date to share in it.",
        ),
        (
            "user",
            "thanks. the OA sent one about my brother's bankruptcy - Tay Boon Huat, HC/B 2216/2022. He's in IMH now for bipolar, so I'm handling his mail.",
        ),
        (
            "assistant",
            "You may wish to contact the Official Assignee to explain the situation; they can advise on who may act for him.",
        ),
    ],
    [
        ("user", "Accident at Jalan Tun Razak last week, the other party is suing me"),
        ("assistant", "I'm sorry. Do you have the sealed writ and the police report?"),
        (
            "user",
            "yes. I'm the defendant, Wong Mei Ling, my car is WVX 3821. Plaintiff says she broke her wrist.",
        ),
        (
            "user",
            "my insurer wants me to send the docs to them. pls call me 011-2345 6781 if need more info",
        ),
        (
            "assistant",
            "Please forward the writ to your insurer immediately; they usually appoint panel solicitors.",
        ),
    ],
    [
        (
            "system",
            "Client file loaded: Client: Ms Farah Nadia binte Rahim; FIN: F7730215T; address: 21 Lorong Marzuki, Singapore 418725; matter: employment claim vs Bloomwell Clinics Pte Ltd; note: client disclosed she is HIV-positive, keep strictly confidential.",
        ),
        ("user", "Summarise the next steps for this client's claim."),
        (
            "assistant",
            "1. File the claim with the ECT within the limitation period. 2. Attend mediation at TADM. 3. Prepare documents: contract, payslips, termination letter.",
        ),
    ],
    [
        ("user", "How do I pay the hearing fee online for HCB 3125/2025?"),
        (
            "assistant",
            "The Judiciary accepts payment through the e-filing system by credit card or PPS.",
        ),
        ("user", "Card 5378 1206 4429 0313, exp 11/28, name on card TAM Hoi-lun"),
        (
            "assistant",
            "Please don't share card numbers in chat. Enter them only on the official payment page.",
        ),
        (
            "user",
            "oops ok. I'm the debtor btw, address is Flat 6, 9/F, Fook On Building, Shau Kei Wan",
        ),
    ],
    [
        ("user", "Can a foreigner be made bankrupt in Singapore?"),
        (
            "assistant",
            "Yes, if the debtor is domiciled in Singapore, or was resident or carried on business here within the relevant period.",
        ),
        (
            "user",
            "ok cos my ex-employer is chasing me. I'm Huang Jiamin from Fuzhou, China ID 350102197605123813, worked at a Tuas shipyard until Oct, S Pass cancelled. Wechat hjm_1976",
        ),
        (
            "assistant",
            "You may want to get legal advice quickly; the Legal Aid Bureau and CJC can tell you about your options.",
        ),
    ],
]
