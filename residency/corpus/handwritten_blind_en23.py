"""Blind check set en23: English personal finance text from Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en23
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "finance_education"): _lines("""
        The Rule of 72 says money growing at 6% a year doubles in roughly 12 years; at 3% it takes about 24.
        In Singapore, the Total Debt Servicing Ratio caps monthly debt repayments at 55% of gross monthly income when you take a property loan.
        A credit card at 26.9% p.a. effective interest turns a S$5,000 balance paid at the 3% minimum into more than a decade of repayments.
        EPF members in Malaysia now have Akaun 1, Akaun 2 and Akaun 3 (Fleksibel); withdrawals from Akaun 3 can be made at any time with a minimum of RM50.
        Hong Kong MPF: employees and employers each contribute 5% of relevant income, with the mandatory contribution capped at HK$1,500 a month.
        Singapore Savings Bonds can be redeemed in any month with no penalty; you get your principal back plus accrued interest.
        Flat rate versus effective rate: a car loan quoted at 2.78% flat over 7 years works out to roughly 5.1% effective interest.
        Rule of thumb: keep three to six months of expenses in an instant-access account before you start investing.
        Dollar-cost averaging S$300 a month into an STI ETF means you buy more units when prices fall and fewer when they rise.
        CCRIS is run by Bank Negara and shows 12 months of repayment history, while CTOS is a private agency that also pulls court and trade records.
        In Hong Kong, TransUnion credit grades run from A to J; borrowers graded H to J are usually declined for unsecured personal loans.
    """),
    ("en", "product_disclosure"): _lines("""
        Product Highlights Sheet - Personal Instalment Loan: Applied Rate 3.88% p.a., EIR 7.56% p.a., processing fee 1% of loan amount, early redemption fee 3% of outstanding balance.
        Key Facts Statement: Annualised Percentage Rate (APR) 6.15% for a HK$200,000 loan over 36 months, monthly flat rate 0.17%.
        Product Disclosure Sheet (Personal Financing-i, Tawarruq): profit rate 5.99% p.a., ceiling profit rate 15% p.a., late payment charge (ta'widh) 1% p.a. on the overdue instalment.
        Annual fee: S$196.20 (inclusive of GST), waived for the first year. Late payment fee: S$100. Cash advance fee: 8% of amount withdrawn or S$15, whichever is higher.
        The premium illustration assumes projected investment returns of 4.25% p.a. and 3.00% p.a.; these are not the upper and lower limits of what you might get back.
        Free-look period: you may cancel this policy within 14 days of receiving the policy document for a refund of premiums, less any medical examination costs.
        Your deposits are insured up to S$100,000 per depositor per Scheme member by the Singapore Deposit Insurance Corporation.
        Protected by PIDM up to RM250,000 for each depositor. Foreign currency deposits are not protected.
        The Deposit Protection Scheme protects eligible deposits up to HK$800,000 per depositor per Scheme member in Hong Kong.
        Foreign exchange fee: 3.25% on transactions in foreign currency, including online purchases from merchants registered overseas.
        Minimum monthly payment: 3% of the statement balance or S$50, whichever is higher, plus any overdue amount.
    """),
    ("en", "central_bank_notice"): _lines("""
        MAS has added the following to the Investor Alert List: Trade-Apex Global Ltd (tradeapexfx.example) and Goldleaf Capital Partners; neither is regulated by MAS.
        Bank Negara Malaysia has updated its Financial Consumer Alert list with 12 new unlicensed entities, including HighYield Asset Club and Ringgit Prime Digital.
        The HKMA wishes to alert members of the public to a fraudulent website purporting to be related to Hang Seng Bank Limited: hxxps://hangseng-secure-login[.]top
        The Monetary Policy Committee of Bank Negara Malaysia decided to reduce the Overnight Policy Rate by 25 basis points to 2.75 percent.
        MAS Managing Director Chia Der Jiun said the prevailing rate of appreciation of the S$NEER policy band would be maintained.
        HKMA Chief Executive Eddie Yue said the Linked Exchange Rate System remains the anchor of Hong Kong's monetary and financial stability.
        Check whether an entity is licensed in the Financial Institutions Directory at www.mas.gov.sg/fid, or call MAS at 1800 326 8802 (overseas +65 6225 5577).
        BNMTELELINK: 1-300-88-5465, Monday to Friday, 9am to 5pm; from overseas call +603-2174 1717.
        HKMA Public Enquiry Service: (852) 2878 8196, 55th Floor, Two International Finance Centre, 8 Finance Street, Central, Hong Kong.
        Banks will impose a 12-hour cooling-off period before high-risk activities can be performed after a new digital token is activated on a device.
        Bank Negara Malaysia, Jalan Dato' Onn, 50480 Kuala Lumpur: circular on the migration away from SMS one-time passwords for online banking.
    """),
    ("en", "market_news"): _lines("""
        DBS Group Holdings (SGX: D05) reported record net profit of S$11.4 billion for 2024 as Piyush Gupta prepared to hand over the CEO role to Tan Su Shan.
        HSBC Holdings (0005.HK) shares rose 2.1% after Group CEO Georges Elhedery announced a further US$2 billion share buyback.
        Maybank (1155.KL) declared a final dividend of 34 sen per share; Group President and CEO Khairussaleh Ramli said asset quality remained stable.
        The Hang Seng Index closed at 19,846.51, down 312.08 points, on turnover of HK$142.6 billion.
        Tencent (0700) fell 3.4% while Alibaba (9988) gained 1.8% in morning trade on tariff headlines.
        Public Bank founder Tan Sri Teh Hong Piow, who died in December 2022, built the lender from a single branch opened in 1966.
        CK Hutchison (0001.HK), founded by Li Ka-shing, agreed to sell most of its ports business in a deal valued at about US$22.8 billion including debt.
        OCBC (SGX: O39) named Tan Teck Long as Group CEO, succeeding Helen Wong, who retired at the end of 2024.
        The STI ended the week at 3,812.44, up 0.6%, with Singtel (Z74) leading gains on data centre news.
        Bursa Malaysia's FBM KLCI slipped 5.2 points to 1,598.36 as CIMB (1023) and Tenaga Nasional (5347) weighed.
        Grab Holdings (NASDAQ: GRAB) said its lending portfolio grew 60% year on year to US$757 million.
    """),
    ("en", "sample_statement"): _lines("""
        SPECIMEN - Account holder: MR SAMPLE NAME | Account no. XXX-XXXXXX-X | Statement date 01 JAN 20XX | Balance S$0.00
        Example e-statement (for illustration only): card ending 0000 | previous balance S$1,234.56 | payments -S$1,234.56 | new charges S$389.10
        Sample payslip in our guide: basic salary RM4,500.00, EPF (11%) RM495.00, SOCSO RM22.25, EIS RM8.90, PCB RM120.00, net pay RM3,853.85.
        Illustration: a borrower named "Jane Doe" paying only the minimum on a HK$15,000 card balance would take over nine years to clear it.
        Test fixture: {"customer": "Test User", "email": "test.user@example.com", "phone": "+1 555-0142", "card": "4111 1111 1111 1111"}
        Demo values for the loan calculator: principal=300000, rate=0.0285, tenure_years=25, monthly_instalment=1399.34
        Receipt mock-up: Your PayNow transfer of S$50.00 to ABC TRADING PTE LTD (UEN 201912345Z) was successful. Ref PN20250314-0009981.
        Masked statement line: 14 MAR  GRAB*RIDE  SINGAPORE  S$18.40  (card xxxx-xxxx-xxxx-7731)
        Template: Dear [Customer Name], your policy [Policy No.] will lapse on [Date] unless the premium of [Amount] is received.
        Sample redacted search result: Name: [REDACTED] | ID: S****567D | Status: Discharged | Case no. HC/B 0000/2019 (example only)
        Redacted chat export: "Hi, my number is 9***-**21 and I want to dispute a charge of HK$2,380 at APPLE.COM/BILL."
    """),
    ("en", "scam_advisory"): _lines("""
        If a caller claiming to be from MAS asks you to move funds into a "safe account", hang up; MAS will never ask you to transfer money.
        Not sure if it is a scam? Call the ScamShield Helpline at 1799 or check the ScamShield app.
        Malaysia's National Scam Response Centre (NSRC) can be reached at 997, 8am to 8pm daily; call immediately if you have transferred money to a scammer.
        The Anti-Scam Helpline 18222 operated by the Hong Kong Police Force runs 24 hours, and Scameter lets you check suspicious numbers, URLs and accounts.
        Typical Macau scam script: "This is Pos Malaysia, a parcel under your name contains illegal items, I am transferring you to the Bukit Aman police officer."
        Phishing SMS seen this week: "OCBC: Your account has been suspended. Verify at ocbc-sg-verify.com within 24h." OCBC does not send clickable links by SMS.
        Job scam red flags: you are paid S$5 to like videos, then moved to a Telegram group and told to top up crypto to unlock commissions.
        Deepfake ads showing Lawrence Wong and Anwar Ibrahim promoting a "quantum AI trading" platform are fake; neither has endorsed any investment product.
        Report WhatsApp accounts impersonating DBS by calling the official DBS hotline 1800 111 1111, or +65 6327 2265 from overseas.
        The Semak Mule portal (semakmule.rmp.gov.my) lets the public check whether a bank account or phone number appears in police scam reports.
        OCBC customers can freeze all their accounts with the kill switch in the app or by calling 6363 3333 and pressing 8.
    """),
    ("en", "bank_support_faq"): _lines("""
        To activate your new card, log in to digibank and go to Cards > Activate Card; you will need the last 4 digits of the card number.
        Standard Chartered Hong Kong customer service: 2886 8888. Lost card reporting is available 24/7.
        Maybank customer care hotline: 1-300-88-6688 (local) or +603-7844 3696 (overseas).
        HSBC Hong Kong Personal Banking hotline: (852) 2233 3000, press 2 for credit card enquiries.
        Ticket #SR-2025-0418-55231 has been closed. If the issue persists, please reply to this email within 7 days.
        Our branch at Marina Bay Financial Centre Tower 3, 12 Marina Boulevard, Singapore 018982 opens 10am to 4pm on Saturdays.
        SWIFT/BIC codes: DBS Singapore DBSSSGSG, OCBC OCBCSGSG, UOB UOVBSGSG, Maybank Malaysia MBBEMYKL, HSBC Hong Kong HSBCHKHHHKH.
        Error E-4012: your session has expired, please log in again. App version 7.18.2 (build 2025031401).
        DuitNow transfers above RM5,000 require Secure2u approval on your registered device.
        For card disputes, email cards.disputes@bank.example with the transaction date, merchant name and amount; never include your full card number.
        Your reference number is CHT-7731-0092-AQ. A specialist will reply within 2 working days.
    """),
    ("en", "forum_generic"): _lines("""
        Anyone else think the 2.6% fixed deposit promo is a gimmick? Minimum placement S$20k and fresh funds only.
        UOB One vs OCBC 360 really depends on whether you can hit the salary credit and card spend criteria every month.
        TL;DR: don't take a 10-year endowment if you might need the money in 3 years; the surrender value will be far below premiums paid.
        Re: HDB loan vs bank loan - HDB at 2.6% is stable, bank fixed rates are lower now but reprice after 2-3 years. Do your own maths.
        In KL most people refinanced when the OPR went up; check the lock-in period first, usually 3 years with a 2-3% penalty.
        HK folks: IBKR or Futu for US stocks? Futu has the nicer app, IBKR has better FX conversion.
        Honestly the best investment in your 20s is paying off that 25% credit card debt.
        Forum rules: do not post NRICs, account numbers or screenshots showing full names. Mods will delete such posts without warning.
        Mod note: the thread about a moneylender on Geylang Road has been locked because members were posting personal details.
        Those "no documents, approved in 5 minutes" flyers on lamp posts are from illegal moneylenders; the Registry of Moneylenders lists the licensed ones.
        Is topping up CPF for the tax relief worth it? Only if you are sure you won't need that cash before 55.
    """),
    ("en", "remittance_rates"): _lines("""
        Indicative rates today: 1 SGD = 3.3210 MYR, 1 SGD = 5.7854 HKD, 1 SGD = 5.3920 CNY.
        Remittance fee: S$3.00 per transfer to Malaysia; delivery usually within 1 business day.
        Western Union agent: People's Park Centre #01-27, 101 Upper Cross Street, Singapore 058357.
        Moneychangers at Mustafa Centre, 145 Syed Alwi Road, were quoting 5.82 HKD per SGD on Saturday afternoon.
        The PayNow-PromptPay link lets you send up to S$1,000 a day to Thailand using just a mobile number.
        A Swift gpi UETR has the format 8-4-4-4-12 hex characters, e.g. 97ed4827-7b6f-4491-a06f-b548d5a7512d.
        Telegraphic transfers from Hong Kong to Malaysia cost around HK$120 at most banks, plus HK$160 to HK$200 in intermediary charges.
        Cross-border QR payments between DuitNow QR and Singapore's NETS QR are accepted at participating merchants.
        Rate alert triggered: MYR/SGD crossed 0.3015 at 14:32 SGT (alert ID RA-558201).
        Tracking: transfer MTCN 8837221044 is ready for pickup (example shown in our help centre).
    """),
    ("en", "insolvency_guide"): _lines("""
        Anyone can do a bankruptcy search through the Insolvency Office e-services for a small fee per search.
        The Insolvency Office is located at The URA Centre, 45 Maxwell Road, Singapore 069118.
        In Malaysia the minimum debt for bankruptcy proceedings was raised to RM100,000 under the Insolvency (Amendment) Act 2023.
        Official Receiver's Office, 10th Floor, Queensway Government Offices, 66 Queensway, Hong Kong.
        Singapore's Debt Repayment Scheme applies to debtors whose unsecured debts do not exceed S$150,000.
        AKPK (Agensi Kaunseling dan Pengurusan Kredit) offers a free Debt Management Programme; call 1-800-22-2575.
        An Individual Voluntary Arrangement in Hong Kong needs the approval of creditors holding at least 75% of the debt by value.
        Debt collectors must not contact debtors at unreasonable hours or harass relatives and employers to shame the borrower.
        Registry of Moneylenders hotline: 1800-2255-529; a licensed moneylender cannot ask you for your Singpass password.
        A discharged bankrupt's record stays on the credit bureau file for a period after discharge, so lenders can still see it.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Marcus Lim Wei Jie, NRIC S8734512B, applying for the 5-year loan on my Mazda 3, plate SLA 7361 P.
        Dear Mr Rajendran a/l Muthusamy, the balance of RM12,418.60 on card 4556 1234 0987 6612 is 94 days overdue. Please call our officer at 016-728 4413 before 15 March.
        My mum Koh Siew Lan (62, stays in Tampines) lost S$84k to a fake DBS officer last week. Police report done, ref F/20250312/0041. Any lawyer recommendations?
        Beneficiary: Nur Aisyah binti Kamarudin | Maybank savings 1640 2718 9053 | Amount RM2,300 | Purpose: family support
        Claim form - Insured: Chan Ka Ming, HKID Y205631(1), diagnosis: stage II colorectal cancer, admitted to Queen Mary Hospital on 3 Feb.
        Search result: TAN BOON HUAT, S7629034B, bankruptcy order made 12/08/2021, HC/B 2291/2021, status UNDISCHARGED.
        Please send the loan agreement to my personal email angela.seow88@gmail.com, not the office one.
        Hey bro it's Farid, can you transfer the RM450 for the Genting trip to my CIMB 7061882345? Thanks!
        Our tenant Wong Mei Ling in Flat 12B, Block 3, Kwun Tong Garden Estate hasn't paid since June and now her rent cheque has bounced.
        FIN G5193846T, Rahul Mehta, Employment Pass holder, requests a credit limit increase to S$25,000 based on annual income of S$168,000.
        We act for Ms Lim Pei Shan (NRIC 870415-14-5524), who disputes the alleged debt; you are to cease contacting her at her workplace in Bangsar South.
        The guy who took my RM30k for "forex copy trading" is Jayson Teoh, Telegram @jaysonfx_kl, drives a white Vios VDJ 8832.
        My father Leung Chi Keung had a stroke and can't sign anything. How do I pay his bills from his HSBC account 004-512-349871-838?
        Sherlyn's PayNow is 9127 4460 - send her your share of the ang bao for Jun Hao's wedding by Friday.
        Customer 0192837: Mdm Siti Hajar binti Osman, DOB 14/09/1958, pension RM2,140/month, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Borrower: Zhang Wei, PRC passport EA4471902, FIN M4072951P, employer Kim Seng Construction Pte Ltd, requested loan S$3,000.
        HR, please update my salary crediting account to OCBC 601-234567-001, name Tay Hui Min, staff no. 20418.
        A debt collector keeps calling my sister Pang Xiao Wen on 9683 2217 about a loan she never took; someone used her NRIC T0261849J to apply online.
        PHV rental SKR 4821 X, Muhammad Hafiz bin Rosli, contact 8812 6045 - rental company short-paid my rebate three weeks in a row.
        My ex-husband Ng Kok Wai (HP 012-339 8871) took a personal loan using my old IC 920803-10-6118. Can I get it removed from CCRIS?
        Travel claim TRV-88213: Cheryl Goh Xin Yi was hospitalised in Bangkok with dengue fever, passport K2719044Q; pay out to DBS 027-905432-1.
        Deliver the replacement card to Loh Jia Hui, Blk 412 Bedok North Ave 2, #08-115, Singapore 460412, mobile +65 9371 5528.
        Used Kenneth Yip's referral code; he said he'd split the HK$500 bonus, his email is kenneth.yip.hk@outlook.com if anyone wants one too.
        KYC note: Au Yeung Siu Fong, 58, retired teacher, HKID K493817(8), conservative profile, liquid assets about HK$3.2m, early Parkinson's, treat as vulnerable customer.
        hi can u unblock my card? name on card LIM CHEE KEONG, last 4 is 8343, dob 21/11/1983
        Sorry for the late instalments, I was retrenched from Micron Penang in January. Teoh Swee Lan, loan account 2200-0081-4473.
        Guarantor: Ravi Shankar a/l Subramaniam, 790122-08-5341, 2 Lorong Bunga Raya 5, Taman Bunga Raya, 31400 Ipoh, Perak, tel 05-548 2219.
        The moneylender agent "Kelvin" from +65 8021 3398 now wants my Singpass login, and I already sent him my NRIC S9108472D. What do I do?
        Please credit the maturity payout to Hang Seng 024-388-201517-001 in the name of Cheung Wing Yan, the policy owner's daughter.
        34, earning S$5,200, OA only S$41k after buying our flat at Blk 312C Punggol Walk #11-302 - is that normal?
        Liu Yang (resident ID 110108199203172025) opened an account at BOCHK Central to buy a savings plan with US$150,000 annual premium.
        Amex 3779 156088 23443 exp 09/28, cardholder Ho Kar Wai - please charge the holding deposit for the Repulse Bay flat.
        Got rejected by Atome, probably because of my ex's debts. Email me at sheryl_ong.92@yahoo.com.sg if you know a workaround.
        Letter of demand to Mr Goh Chin Peng, 28 Jalan Anak Bukit, Singapore 588999, for S$18,750 unpaid under the renovation loan.
        Chen Yi-Ting, Taiwan ID A234817567, wants to move NT$1.2 million from Cathay United Bank to her HSBC Singapore account.
        Underwriting: Mdm Yap Gek Hoon has Type 2 diabetes, HbA1c 8.1%, so a 50% premium loading applies to her policy.
        My husband Daniel Foo hides the Citi statements - card 5404 1877 3201 9456 is maxed at S$22k and he's back at the casino.
        Mule account: Public Bank 6398441027, account name Chong Wai Kit, a 21-year-old student from Kajang who sold the account for RM500.
        UOB Yishun branch manager Jeremy Quek has been approving loans for his cousin Quek Li Ting without proper income documents.
        Lam Tsz Ho, HKID XA730192(5), declared HK$9,800 monthly from a part-time job at Fortress for the public housing income check.
        Pay Tse Hoi Lam via FPS ID 1627489 for her share of the co-op loan; text her on 9481 2736 once done.
        Hi Mr Ong, Jasmine from the Raffles Place branch here - the refinancing for 19 Sennett Avenue is approved, call me back at 9004 7735.
    """),
    "zh-Hant": _lines("""
        陳家豪先生，你嘅私人貸款已經逾期三十日，欠款HK$48,600，請即致電9135 2870與我哋聯絡。
        保單持有人：李美華，香港身份證號碼R618204(5)，受保人確診乳癌第二期，申請危疾賠償。
        幫我轉錢俾阿妹黃詠詩，匯豐戶口004-615-228904-001，佢下個月要交學費。
        台灣客戶林志明（身分證F129073458）想喺香港開戶買美股，佢手機0912-345-678。
        我老公張偉倫喺尖沙咀問財仔借咗二十萬，佢手機6023 7719成日有人打嚟追數。
    """),
    "zh-Hans": _lines("""
        我是吉隆坡的林美玲，IC 010617-01-0894，想问这个大耳窿的利息合法吗？他们一直打我妈妈的电话012-771 3305。
        请把理赔款汇到我的工商银行卡6222 0212 0004 5567 893，户名王芳，身份证31011519751129064X。
        客户刘建华，住槟城乔治市Jalan Burma 112号，患末期肾病，每周洗肾三次，想申请保单提前给付。
        微信号chenxiaoli_0823，就是这个陈小丽在小红书自称新加坡持牌理财顾问，骗了我舅舅八万新币。
        黄志强在新加坡欠了两万多的信用卡债，NRIC S6518203C，现在已经回马来西亚新山住了。
    """),
    "ms": _lines("""
        Assalamualaikum, saya Mohd Azlan bin Ismail, no IC 850312-03-5127, nak tanya status permohonan pinjaman peribadi saya.
        Notis tuntutan: Puan Rosnah binti Hamid, baki tertunggak RM8,930.15 bagi akaun pembiayaan 1122-4098-7731.
        Tolong masukkan duit tu dalam akaun Bank Rakyat adik saya, Siti Nur Amira, 110129394412, terima kasih!
        Suami saya Kamaruddin bin Yusof ada kencing manis dan darah tinggi, umur 47, kerja di Felda Jengka, boleh ke dia mohon takaful hayat?
        Kereta Myvi JRT 2190 atas nama Faizal Hakim bin Roslan ditarik repo semalam di Taman Universiti, Skudai.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Hi, I got charged twice for the same Shopee order yesterday."),
        (
            "assistant",
            "Sorry about that. To look into it, could you confirm the name on the card and the last four digits?",
        ),
        (
            "user",
            "Goh Wen Qi, card ending 6612. You can reach me on 9247 8830 if you need more info.",
        ),
        (
            "assistant",
            "Thank you, Ms Goh. I've raised a dispute for the duplicate charge; you should hear back within 14 working days.",
        ),
    ],
    [
        (
            "user",
            "Collectors from a debt agency keep coming to my house in Klang and shouting at my neighbours. Is this allowed?",
        ),
        (
            "assistant",
            "No. Collectors must not harass or threaten you. You can complain to the bank that appointed them and to BNMLINK.",
        ),
        (
            "user",
            "The loan is under my name, Suresh a/l Krishnan, IC 880921-10-5573, house at No. 7 Jalan Bayu 3, Taman Sri Andalas. What should I write in the complaint?",
        ),
    ],
    [
        (
            "user",
            "My dad has early dementia and can't manage his portfolio anymore. Can I take over his brokerage account?",
        ),
        (
            "assistant",
            "You would normally need a Lasting Power of Attorney or a court-appointed deputy. Did he make an LPA before the diagnosis?",
        ),
        (
            "user",
            "No LPA. He's Tan Kim Seng, 74, NRIC S8021775G, diagnosed at Tan Tock Seng Hospital last March. His CDP account still has about S$600k of shares.",
        ),
        (
            "assistant",
            "Thanks. Without an LPA you'll need to apply to the Family Justice Courts for a deputyship order.",
        ),
    ],
    [
        (
            "user",
            "I want to send RM1,500 a month to my mother in Ipoh. Cheapest way from Singapore?",
        ),
        (
            "assistant",
            "Digital remittance apps are usually cheapest. You'll need her full name, bank and account number.",
        ),
        (
            "user",
            "Her name is Lee Ah Moi, Public Bank account 4-1283-9057-21. She lives at 15 Jalan Pasir Puteh, Ipoh. Which app lets me save her as a payee?",
        ),
    ],
    [
        (
            "user",
            "Before I sign the partnership agreement, how do I check if my business partner is bankrupt?",
        ),
        (
            "assistant",
            "In Singapore you can do an individual bankruptcy search through the Insolvency Office e-services using the person's name or NRIC.",
        ),
        (
            "user",
            "OK, his name is Desmond Chua Hock Leong, NRIC T0117394J. He told me he was discharged in 2019 but I'm not sure.",
        ),
    ],
    [
        ("user", "我想申請按揭，月入四萬五，供得起幾多？"),
        ("assistant", "按壓力測試，供款一般不可超過月入的五成左右。你想買的單位大約幾多錢？"),
        (
            "user",
            "我叫何家欣，HKID Z884130(7)，而家住沙田第一城32座18樓F室，想買大約八百萬嘅單位。",
        ),
    ],
    [
        ("user", "Someone on Carousell sold me a fake iPhone and blocked me. I paid by PayNow."),
        (
            "assistant",
            "Lodge a police report and inform your bank as soon as possible. Keep the chat screenshots and the transaction reference.",
        ),
        (
            "user",
            "I paid S$1,480 to a Jaslyn Teo at 8372 1194 from my POSB account 188-52730-4. My own number is 9660 2381, will the police call me?",
        ),
    ],
    [
        ("user", "Can you help me fill in this personal loan form for Citibank Hong Kong?"),
        (
            "assistant",
            "Sure. Paste the fields you are unsure about and leave out anything you don't want to share.",
        ),
        (
            "user",
            "Name: Poon Wai Shan, HKID M527604(2), DOB 02/05/1991, address Room 2314, Ming Tak House, Tsz Ching Estate, Tsz Wan Shan, monthly income HK$28,000. Which box is 'employer'?",
        ),
        (
            "assistant",
            "Your employer goes under Section C, Employment Details. Please avoid pasting your HKID into chat tools in future.",
        ),
    ],
    [
        (
            "user",
            "Should I surrender my whole life policy? I'm 41 and was just diagnosed with stage 1 breast cancer.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Please don't surrender it before checking whether it has critical illness or early CI riders that pay out now.",
        ),
        (
            "user",
            "It's with Great Eastern, policy owner Nadia Tan Li Hwa, policy no. 0048812756. My agent is not replying, can I call them directly?",
        ),
        (
            "assistant",
            "Yes, you can contact Great Eastern's customer service directly and ask them to check the claimable benefits on your policy.",
        ),
    ],
]
