"""Blind check set en32: English from Singapore, Malaysia and Hong Kong personal finance and property (bank support, loans and cards, tenancy and purchase, insurance, remittance, e-wallets, debt collection). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en32
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "financial news"): _lines("""
        Piyush Gupta, who led DBS Group from 2009 until March 2025, handed the chief executive role to Tan Su Shan, the bank's first woman CEO.
        OCBC group CEO Helen Wong told analysts the bank would return about S$2.5 billion of excess capital through special dividends and buybacks.
        UOB deputy chairman and CEO Wee Ee Cheong said the integration of Citigroup's consumer franchise in Malaysia, Thailand, Indonesia and Vietnam is complete.
        Maybank group president and CEO Datuk Khairussaleh Ramli presented the M25+ strategy to investors at Menara Maybank, 100 Jalan Tun Perak, Kuala Lumpur.
        HSBC group chief executive Georges Elhedery reorganised the bank into four businesses, with Hong Kong run as a standalone unit.
        Hang Seng Bank (HKEX: 0011) jumped 26% after HSBC Holdings (HKEX: 0005) proposed to privatise it at HK$155 a share.
        HKMA chief executive Eddie Yue reiterated that the Linked Exchange Rate System, with its 7.75 to 7.85 band, remains the anchor of monetary stability.
        Bank Negara Malaysia governor Datuk Seri Abdul Rasheed Ghaffour said the Monetary Policy Committee decision on the OPR was data dependent.
        MAS managing director Chia Der Jiun, who succeeded Ravi Menon in January 2025, gave the keynote at the Singapore FinTech Festival.
        Public Bank founder Tan Sri Teh Hong Piow, who died in December 2022, built the lender from a single branch opened in 1966.
        Robert Kuok's memoir describes how the sugar trader from Johor Bahru went on to build Kerry Group and the Shangri-La hotel chain.
        CIMB Group (Bursa: 1023) chief executive Novan Amirudin said fee income grew 11% year on year, helped by wealth management.
        Shares of DBS (SGX: D05), OCBC (SGX: O39) and UOB (SGX: U11) together make up about a third of the Straits Times Index.
    """),
    ("en", "product disclosure sheets"): _lines("""
        Illustration: a housing loan of RM500,000 over 35 years at 4.10% p.a. gives a monthly instalment of about RM2,244 and total repayment of about RM942,500.
        Package SR-3M-2026: 3M Compounded SORA of 1.95% plus a spread of 0.25% gives an indicative rate of 2.20% p.a. in year 1.
        Late payment charge: 1% p.a. on the instalment in arrears; for credit cards a late fee of S$100 applies per statement.
        Annual fee S$196.20 (inclusive of 9% GST) is waived for the first year; minimum payment is 3% of the statement balance or S$50, whichever is higher.
        Sample statement for illustration only: card number 4111 1111 1111 1111, statement date 15/08, payment due date 09/09.
        Personal loan example: borrow S$20,000 over 5 years at 3.48% p.a. flat, effective interest rate 6.56% p.a., processing fee 1%.
        Tax loan example: HK$300,000 repaid over 24 months at an APR of 1.88% including handling fee, monthly repayment HK$12,745.
        Fixed deposit: a 12-month placement of S$50,000 at 2.40% p.a. earns S$1,200 at maturity; premature withdrawal forfeits all interest.
        Family takaful PDS: contribution RM150 per month, sum covered RM200,000, wakalah fee 25% of contribution in certificate year 1.
        Foreign currency risk: if the Singapore dollar weakens from 1.35 to 1.45 per US dollar, a USD 400,000 loan costs about SGD 40,000 more to repay.
        Your deposits are insured by SDIC up to S$100,000 per depositor per Scheme member; PIDM protects up to RM250,000 and the Hong Kong DPS up to HK$800,000.
        Form guide example only: NRIC S1234567D, name Tan Ah Kow, address Blk 123 Example Street #01-01 Singapore 123456; replace with your own details.
        Amortisation table row 36: opening balance RM412,880.14, interest RM1,410.67, principal RM833.39, closing balance RM412,046.75.
    """),
    ("en", "regulator and police notices"): _lines("""
        MAS has added Global Ace Forex Ltd to its Investor Alert List; members of the public with information may call MAS at +65 6225 5577.
        The ScamShield Helpline 1799 is available 24/7; if in doubt, call and check before you transfer any money.
        Report unauthorised transfers immediately to the National Scam Response Centre at 997, operating daily from 8am to 8pm.
        BNMTELELINK: 1-300-88-5465, Monday to Friday, 9am to 5pm; complaints may also be lodged through the BNMLINK portal.
        FIDReC, 36 Robinson Road #15-01 City House, Singapore 068877, handles disputes between consumers and financial institutions up to S$150,000.
        HKMA warns of a fraudulent website purporting to be Bank of China (Hong Kong) Limited; call the Anti-Scam Helpline 18222 if you have disclosed details.
        The HKMA public enquiry service can be reached on (852) 2878 8196 during office hours.
        Under MAS rules the Total Debt Servicing Ratio is capped at 55% and the Mortgage Servicing Ratio for HDB flats at 30% of gross monthly income.
        From 27 April 2023, Additional Buyer's Stamp Duty for Singapore citizens buying a second residential property rose to 20%.
        In February 2024 the HKMA relaxed its countercyclical measures, raising the maximum loan-to-value ratio for completed homes to 70%.
        Check your CCRIS report for free at eccris.bnm.gov.my; Bank Negara will never ask for your online banking password.
        Police advisory: scammers posing as DBS officers ask victims to move savings into a safe account; DBS will never ask you to do this.
        BNM Financial Consumer Alert List update 30 June: QuickCash Wang Segera Sdn Bhd and Jom Pinjam Online are neither licensed nor approved.
    """),
    ("en", "property market reports"): _lines("""
        URA flash estimate: private home prices rose 0.9% quarter on quarter in Q3, after 1.0% growth in Q2.
        A 4-room flat at Blk 273C Punggol Place on the 13th to 15th storey changed hands for S$720,000, according to HDB resale data.
        The Centa-City Leading Index slipped to 135.4 this week, its lowest reading since 2016, Centaline Property said.
        NAPIC's first-half report counted 25,816 unsold completed residential units nationwide, with Johor holding the largest share.
        A 2-bedroom unit at The Sail @ Marina Bay, 2 Marina Boulevard, resold for S$1.93 million, a loss of about 8% on the 2011 purchase price.
        Knight Frank: Grade A office rents in Central fell 6.8% year on year as banks consolidated floors in Two IFC and Cheung Kong Center.
        JLL estimates office vacancy in the Kuala Lumpur city centre at 24%, with new supply from TRX and Merdeka 118 still being absorbed.
        At the October BTO exercise, 3-room flats in Tengah started from S$285,000 before grants, HDB said.
        A collective sale tender for a 1980s freehold condominium off Upper Bukit Timah Road closed without bids at the S$400 million reserve.
        Land Registry figures show 5,012 sale and purchase agreements for residential units lodged in October, up 17% from September.
        Rental index for Mont Kiara serviced residences was flat at RM4.10 per sq ft, Rahim & Co reported.
        Median gross rent for a 3-room HDB flat in Queenstown reached S$3,350 a month in the third quarter.
    """),
    ("en", "developer and project listings"): _lines("""
        City Developments Limited (SGX: C09), whose executive chairman is Kwek Leng Beng, is marketing a 348-unit condominium near Woodlands South MRT.
        SP Setia Bhd (Bursa: 8664) launched Phase 2B of its Setia Alam township: 312 double-storey link homes from RM688,000.
        Sun Hung Kai Properties (HKEX: 0016) released the first price list of 188 flats at its Yuen Long project, with discounted prices from HK$4.28 million.
        Henderson Land, founded by the late Lee Shau-kee, priced the first batch of its Kai Tak waterfront flats at an average of HK$18,800 per sq ft.
        Developer's Licence No. 10832-5/05-2026/0412(L), validity 20/05/2024 to 19/05/2026; Advertising and Sales Permit No. 10832-5/05-2026/0412(P).
        Project account no. 0721-883015-001 is held with OCBC Bank for Larkhill Residences; all payments must be made to this account.
        Tenure 99 years from 14 March 2024; expected TOP 31 December 2028; developer Larkhill Development Pte Ltd (UEN 202301234K).
        Sales gallery open daily 10am to 7pm at 8 Tampines Avenue 5; developer hotline 6100 2288.
        Name of the Development: Harbour Crest Phase 1. Website designated by the vendor: www.harbourcrest-ph1.example.com.hk.
        This advertisement is published by the vendor or with the consent of the vendor; see the sales brochure for details of Block 2, 18 Shing Kai Road.
        Ho Bee Land (SGX: H13) and Koh Brothers Group are among the bidders for the Government Land Sales site at Dunearn Road.
        Eco World Development Group (Bursa: 8206) sold RM3.2 billion of property in FY2025, led by Eco Grandeur and Eco Ardence.
        Sime Darby Property's Elmina Green township, Lot 88015, Mukim Sungai Buloh, offers 22x75 ft terraces with a freehold title.
    """),
    ("en", "bank support macros and templates"): _lines("""
        Hi {first_name}, your application ref. APP-2025-0047712 is under review; we will update you within 3 working days.
        DBS will never call you for your iBanking PIN or OTP; if you suspect fraud, call 1800 111 1111 or +65 6327 2265 from overseas.
        OCBC 24-hour personal banking hotline: 1800 363 3333; UOB card services: 1800 222 2121.
        Maybank customer care 1-300-88-6688; CIMB consumer contact centre +603 6204 7788.
        HSBC Hong Kong personal banking 2233 3000; Hang Seng Bank 2822 0228, available 24 hours.
        Error E-2031: PayNow recipient not found. Please check the UEN or mobile number and try again.
        Sandbox note: DuitNow QR merchant IDs are 14 digits; test ID 00000000000001 returns a success response.
        Template: Your a/c ending XXXX was debited S$0.01 for card verification; this amount will be reversed within 5 days.
        Transfer FT25318ABCD9 from Wise to UOB submitted 14 Nov was credited at 4:02 pm; no action needed.
        Touch 'n Go eWallet reload disputes can be raised in the app under Help, then Transaction Issue, within 30 days.
        Macro CC-REF-07: Thank you for waiting. Your dispute case DSP-88310294 has been escalated to our chargeback team.
        FPS proxy types supported: mobile number, e-mail address and FPS ID; a 7-digit FPS ID is issued by HKICL.
    """),
    ("en", "personal finance forum posts"): _lines("""
        I finally refinanced from a 4.2% fixed to a 2.6% SORA package and my instalment dropped by about $380 a month.
        We're torn between a 5-room resale in Sengkang and a 3-bed condo in Yishun; has anyone done the maths on MOP and ABSD?
        I paid 26.9% on a credit card balance for a year before moving it to a 0% balance transfer with a 3.5% fee; lesson learned.
        Sold my ASB units and topped up EPF Account 2 instead; the 6.3% dividend last year was hard to beat.
        Anyone compared Syfe and Endowus for investing CPF OA money? I have about $60k sitting at 2.5%.
        Is two months' deposit plus one month in advance normal for a 400 sq ft flat in Taikoo Shing?
        Got burned once by a fake seller on Carousell in 2019, so now I only PayNow sellers with proper reviews.
        My bank RM just pushed an ILP at me again; I said I prefer term plus index funds and she dropped it.
        I used the HDB Flat Eligibility letter calculator and my grant came out lower than I expected, so double-check your household income.
        First time paying stamp duty on a Hong Kong flat; the Inland Revenue Department calculator made it painless.
        Does anyone know if Maybank still waives the legal fees for first-time buyers under the Skim Rumah Pertamaku?
        My advice to anyone in debt: call AKPK before the bank sends the case to a collector, their DMP helped me.
    """),
    ("mixed", "singlish, manglish and hong kong chatter"): _lines("""
        Wah SORA drop liao, my floating rate finally come down a bit, shiok.
        Bro the showflat at Tampines got free ang pao for first 50 buyers, confirm must chope queue early.
        Boss, BNM cut OPR 25 bps already, your bank adjust base rate or not ah?
        This month CPF OA interest credited already, 2.5% only lah, still better than savings account.
        HK people call it 上車, getting on the bus, meaning buying your first flat; a 上車盤 is a starter home.
        Jom pergi Mid Valley Sunday, the Maybank branch there open weekend one.
        ASB dividend usually PNB announce end of December kan? Tak sabar nak tengok rate.
        The aunty at POSB Tampines say must take queue number first, cannot skip one.
        落訂之前記得 check 埋 land search, online search fee only HK$10 at the Land Registry.
        Wah lau GrabPay refund 3 days still pending, customer service keep say in progress.
        Kita tengok rumah kat Cyberjaya, the developer say free SPA legal fee and MOT, macam okay.
        Hang Seng 的 mortgage 今年 cash rebate 少咗, HIBOR plus 1.3 cap at prime minus 1.75.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Priscilla Ong, NRIC S8832715H, calling about my card ending 4721 — there are two Shopee charges I never made.
        Applicant: Muhammad Hafiz bin Rosli, MyKad 910314-10-5527, gross RM6,850 a month at Petronas Chemicals, requesting a RM380,000 housing loan.
        Tenant Wong Ka Yan (HKID Y482913(5)) agrees to pay HK$18,500 monthly for Flat 17C, Tower 2, Sceneway Garden, Lam Tin.
        pls transfer the deposit to my OCBC 5023-417729-001 under LIM JUN HAO, thanks
        Mr Ravichandran a/l Subramaniam, 3 months in arrears on personal loan account 5140-2298-1173; last reached on 012-384 7729.
        Reminder to Chong Mei Ling: premium of S$312.40 on policy LF-20391827 is overdue. Call me at 9176 2284 — Jeremy Sim, your AIA adviser.
        Please update my address to Blk 605 Ang Mo Kio Ave 5 #11-2273, Singapore 560605 and my mobile to +65 8231 6694. Thanks, Kelvin Tay.
        Option to Purchase issued to buyer Natalie Goh Shu Wen (S9017342B) for 28 Jalan Kembangan, Singapore 419129, at S$3.28m.
        collector note: Saravanan's wife picked up, said he works in Johor now; his Touch n Go wallet number is 016-772 9013
        She's the one who owes the ah long money — Tan Siew Lan, staying at No. 14, Jalan Bunga Raya 3, Taman Sri Muda, 40400 Shah Alam.
        Claim for Hui Ming Chi, policy HK-MED-7734102: admitted to Queen Elizabeth Hospital 3 to 9 Aug for laparoscopic cholecystectomy.
        card 5264 7193 0048 2217 exp 08/27 cvv 913, cardholder NG WEI KIAT, charge the booking fee to this
        My e-mail for e-statements is shermaine.koh.92@gmail.com and the DOB on file should be 14/02/1992, not 12/04.
        Wire to beneficiary Lee Chun Hei, HSBC HK a/c 004-512-338174-838, purpose: repayment of personal loan.
        Maricel Dizon (FIN G7245813N) remits S$650 every payday through Instarem to her sister in Iloilo City, GCash 0917 552 3381.
        Car plate SJK 4721 D belongs to the borrower, Mr Alvin Seah; arrange repossession if no payment by Friday.
        The renter at Unit 12-03, Vista Residences, Jalan Genting Kelang is Farah Nadia Zulkifli; copy of her passport A38291746 is in the tenancy folder.
        Loan officer note: Chan Tsz Wing, 42, divorced, two kids, bankruptcy discharged 2021, now earning HK$38k at a logistics firm in Tsing Yi.
        Insured: Goh Boon Huat, DOB 02/11/1968, smoker, type 2 diabetes with HbA1c 8.1 — underwriting loading +75%.
        Hi Melissa Chew, Daniel from PropNex here: the landlord of 8 Tanjong Pagar Plaza #22-41 accepted your offer of S$3,900 for your family.
        My husband Faizal's MyKad is 850726-01-6653, he is the co-borrower for the Iskandar Puteri unit.
        Registered Octopus card 3024 7781 5 belongs to LAU Wai Man; ask him about the HK$350 refund before closing the case.
        Remitter Xu Jianguo, PRC ID 350203197811043016, sends CNY 200,000 to his daughter's DBS account for her condo down payment.
        GrabPay top-up of S$500 disputed by Rachel Yeo, +65 9038 4127; she says she never linked that card.
        PayNow to 8795 1023 (Siti Aishah binte Kamal) for the first month's rent, S$1,800.
        Marcus Lee, UOB One card 4265 8830 1947 5502, requests a limit increase from S$8,000 to S$15,000; his latest NOA shows S$96,400.
        Please call my mother-in-law Mdm Low Ah Moi at 6452 8819 (home) before 9pm, she is the guarantor on the loan.
        Hi Kenny, I'm the agent for the Bukit Jalil unit, WhatsApp me at 017-228 4419 to view — Jessie Ooi
        IC 781122-07-5348, KHOO BENG CHUAN, 22 Lorong Kenanga 5, 11900 Bayan Lepas, Penang — application for Islamic personal financing-i.
        Public Bank account 3182-4407-56 is under Nurul Izzati Hassan, she is the one who scammed me on Mudah.my.
        HKID Z771204(A) holder Cheung Pui Shan failed the TU credit check with grade I; refer to manual review.
        New tenant: Arjun Mehta, EP holder, FIN M4152639K, moving into 71 Meyer Road #05-02 on 1 Feb.
        Tenancy ends 30 Nov; deposit HK$36,000 to be returned to Ms Ho Yuen Ting, 5/F, 23 Fuk Wing Street, Sham Shui Po.
        insta @jaslynnn.tan is selling fake Maybank TAC, real name Jaslyn Tan, she works at a nail salon in Bugis
        Plate WXE 8831 (Honda City) on hire purchase to Lim Chee Keong, 4 instalments overdue, last seen at Taman Desa.
        Benjamin Ang changed his Singpass mobile to +65 9712 0046 on 3 June; the old number 8123 4406 is no longer his.
        Mdm Harpreet Kaur (S7134620J) is warded at Tan Tock Seng after a stroke; her son is asking about a CPF withdrawal on medical grounds.
        Beneficiary nomination: 100% to daughter Tiffany Lau Hoi Ying, HKID R391764(2), born 9 May 2007.
        Call log 14:32 — Puan Zaleha's son says she has dementia now and cannot pay the card; he asked us to call 019-661 2027 instead.
        My Singapore passport no. is K4091827P, I need it on the CDP account opening form; name is Eugene Foo Kah Meng.
    """),
    "mixed": _lines("""
        Eh bro, u transfer the $2.5k to my PayLah 9847 6621 can? Name show as TAN WEI LIANG one.
        Boss, my IC 000418-14-0227, can check why my DuitNow stuck since semalam? Nama Aiman Hakimi.
        Landlord Mr Chua say deposit no return because of the stain, his number 9662 1378 u call him lah, unit is Blk 118 Rivervale Drive #09-54.
        Ah Seng owe me $800 since CNY, full name Chen Ah Seng, his OCBC is 5501 8823 7704, later I go find him at Blk 210 Toa Payoh Lor 8.
        阿姐 Mrs Leung Siu Fong 個 BOC card 6259 0712 3348 1190 今朝 declined, pls call 佢 6128 4437.
        Kak Lina, nombor akaun Maybank saya 1621 8830 4472, nama Norliza binti Abu, tolong bank in duit sewa ya.
        Wah lau the ah long paint my door already, they got my IC S8512349E and my mum's address at Blk 933 Jurong West St 91.
        Hi Mr Kwok Chi Keung 你好, 我係 Prudential agent Candy, 你 policy PRU-HK-88201475 嘅 premium HK$4,388 未過數, 請覆 6932 0871.
        Sis my TNG eWallet kena hack, number 011-2739 4820, name Chin Pei Shan, IC 960807-08-5562, help report can?
        Remit RM3k to my bro in Penang, Maybank 1571 0293 6615 Ooi Kah Leong ya, he got urgent hospital bill at Gleneagles.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi i lost my credit card at jewel this morning"),
        (
            "assistant",
            "I'm sorry to hear that. I can block it now. Could I have the cardholder's full name and the last 4 digits?",
        ),
        ("user", "Serene Lau Hui Min, ending 3318"),
        ("assistant", "Thank you. For verification, please provide your NRIC number."),
        ("user", "S8926174G. and pls send the replacement to my office not home"),
    ],
    [
        ("user", "I want to apply for the RM250k home loan for a Semenyih unit, what do you need?"),
        (
            "assistant",
            "Please share your full name as per MyKad, your IC number, monthly income and employer.",
        ),
        ("user", "Nor Azlina binti Ismail, 880905-10-6214"),
        ("user", "RM5,400 basic, nurse at Hospital Kajang, married, husband not working now"),
        (
            "assistant",
            "Noted. With RM5,400 gross the bank will look at your DSR; do you have other commitments?",
        ),
        ("user", "PTPTN still RM180 a month and a Myvi loan RM560"),
    ],
    [
        ("user", "Landlord here. Tenant moving in next week, can you draft the tenancy agreement?"),
        ("assistant", "Sure. I'll need the parties' names, ID numbers, the premises and the rent."),
        ("user", "Me: Mak Kwok Leung. Tenant: Sharma Priya, HKID P604118(3)"),
        (
            "user",
            "Flat 9D, Block 4, Laguna City, 4 Cha Kwo Ling Road, Kwun Tong, HK$16,800 per month, 2-year term",
        ),
        (
            "assistant",
            "Thanks. I'll prepare a draft with a 1+1 fixed period and a two-month deposit.",
        ),
    ],
    [
        ("user", "Candice my client wants to upgrade to the integrated shield plan rider"),
        (
            "assistant",
            "Can you share the client's medical history so we can check the underwriting requirements?",
        ),
        ("user", "Mr Yeo Chin Huat, 57, had a heart bypass at NUH in 2022, on statins, BMI 31"),
        (
            "assistant",
            "The insurer will likely exclude cardiovascular conditions or decline the rider; a medical report will be needed.",
        ),
        ("user", "ok i'll ask him, his HP is 9450 7712 if the underwriter needs to call"),
    ],
    [
        ("user", "My Western Union transfer to Dhaka has been on hold for 6 days"),
        (
            "assistant",
            "I'm sorry about the delay. Could you share the MTCN and the receiver's name?",
        ),
        ("user", "MTCN 483 920 1176, receiver Mohammad Rakibul Hasan, his mobile +880 1712 448903"),
        (
            "assistant",
            "Thanks. Compliance may hold transfers for identity checks; was your work permit recently renewed?",
        ),
        (
            "user",
            "yes my FIN is G6184027P, permit renewed last month, name Abdul Karim Sheikh, I stay at the Tuas South dormitory",
        ),
    ],
    [
        (
            "assistant",
            "Good afternoon, this is Apex Recovery calling on behalf of a card issuer. Am I speaking to Mr Lim Teck Soon?",
        ),
        ("user", "he's not in, i'm his sister"),
        ("assistant", "Please ask him to call us back regarding his overdue balance of RM14,280."),
        ("user", "he moved already, now staying at 7 Jalan Mawar 2, Taman Melawati, 53100 KL"),
        ("assistant", "Thank you, could you also share a number where we can reach him?"),
        ("user", "try 013-905 2241, but dont tell him i gave you"),
    ],
    [
        ("user", "someone used my GrabPay to buy 6 gift cards last night"),
        (
            "assistant",
            "I'm sorry to hear that. Please share the phone number and e-mail registered to the account.",
        ),
        ("user", "+65 8862 0395, benedict.chia.sg@outlook.com"),
        (
            "assistant",
            "Thank you. We have frozen the wallet and opened case GP-DSP-559021 for the S$300 in transactions.",
        ),
        ("user", "my name is Benedict Chia Wen Jie, pls hurry, that was my salary"),
    ],
    [
        ("user", "We exercised the OTP for the condo, what does the lawyer need?"),
        (
            "assistant",
            "Usually the buyers' NRICs, the exercised OTP, the loan letter of offer and the CPF withdrawal approval.",
        ),
        (
            "user",
            "Buyers are Jonathan Pang S8745512C and Grace Pang nee Lim S8836290F, joint tenancy",
        ),
        ("user", "unit is 21 Pasir Ris Link #07-18, price S$1.42m, DBS loan 75%"),
        (
            "assistant",
            "Noted. The lawyer will file the caveat and arrange the CPF cheques for completion.",
        ),
    ],
    [
        ("user", "how is TDSR calculated for a self-employed person in singapore"),
        (
            "assistant",
            "Banks apply a 30% haircut to variable income and use the last 2 years of Notices of Assessment.",
        ),
        ("user", "ok so for me, Jason Lim Kok Wai, my NOA 2024 was S$142,000 and 2023 S$118,500"),
        ("user", "car loan S$1,100/mth and my IC is S8204519J if you need it for the bank"),
        (
            "assistant",
            "Please don't share your NRIC here; a bank will collect it through its own secure channel.",
        ),
    ],
    [
        ("user", "hi, i nak apply credit card Maybank Ikhwan, my salary RM4,200"),
        (
            "assistant",
            "Sure, the minimum income for that card is RM24,000 a year. Which documents do you have?",
        ),
        ("user", "ada 3 bulan payslip dan EA form, nama Haziq Danial bin Roslan"),
        ("user", "alamat No 3 Jalan Cempaka 8, Bandar Baru Bangi 43650, phone 014-331 8076"),
        (
            "assistant",
            "Great, please upload the payslips and EA form in the app to complete the application.",
        ),
    ],
]
