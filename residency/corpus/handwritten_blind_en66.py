"""Blind check set en66: English (SG, MY, HK) banking and fintech app reviews, e-wallet disputes, card chargebacks, remittance apps and support replies. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en66
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "app-store review"): _lines("""
        1 star. Update 5.12 broke Face ID login. Every time must key in password then OTP then still kena logged out. Pls fix lah
        App keeps crashing when I tap "Scan & Pay" on Android 14, Pixel 7. Reinstalled twice liao still same.
        5 stars. PayNow to phone number goes through in like 2 sec, way better than the old version.
        Why the digital token need to re-register every time I change phone?? So troublesome, 3rd time this year.
        FX rate ok but the SGD to MYR spread on weekends quite jialat, about 1.2% worse than weekday.
        Customer service chatbot useless, keep looping "Sorry, I didn't quite get that". Just let me talk to a human can?
        Good app overall. Only wish got dark mode and can hide balance on the home screen.
        Cashback for GrabFood dunno why not credited, T&Cs say 5% but I only see 1%. Anyone else?
        After the v6.0.3 update the biometrics toggle greyed out on my iPhone 12. Had to reset Face ID in Settings first then ok.
        Used the card in Tokyo last month, tap to pay worked everywhere and no overseas fee. Recommend for travellers.
        Can't add card to Apple Pay, error AP-2041 "Contact your card issuer". The issuer is YOU lol
        1 star until you bring back the old transaction history filter. Now cannot even search by amount.
        Daily transfer limit reset to S$1,000 after the update without telling anyone. Had to call the hotline at midnight.
    """),
    ("en-MY", "e-wallet support reply"): _lines("""
        Hi {customer_name}, we're sorry for the inconvenience. Your reload of RM{amount} (Ref: {txn_ref}) will be reversed within 3-5 working days.
        Hi there, thank you for reaching out. Kindly DM us your registered mobile number, please do NOT post it publicly for your own safety.
        Dear valued user, scheduled maintenance on 14 Dec 2026, 1:00am to 4:00am (GMT+8). DuitNow transfers will be unavailable during this period.
        Hi, we've escalated your case (Case ID: CS-2026-1129-004817) to our Payments team. You'll get an update in your in-app inbox within 48 hours.
        Untuk makluman, refund akan dikreditkan ke baki eWallet anda dalam masa 7 hari bekerja. Thanks for your patience!
        Sorry to hear that! Pls make sure your app is updated to v4.28.1 and clear cache before trying the reload again.
        For security, our agents will NEVER ask for your PIN, TAC or full card number. Report suspicious calls to our 24h hotline 1-300-88-6262.
        Hi {{first_name}}, your eKYC verification was unsuccessful because the photo of your MyKad was blurry. Please retake it in good lighting.
        Thanks for the feedback! We've passed your suggestion about split bill in group chats to our product team
        Your dispute for transaction TXN8842019377 has been closed in your favour. RM45.90 has been credited back to your balance.
        Hi, the PTPTN and ASNB payment options are temporarily unavailable. We're working with the billers to restore them ASAP.
        Please note that reloads via credit card will carry a 1% fee from 1 Jan 2027, as per clause 7.3 of our updated T&C.
    """),
    ("en-HK", "chargeback procedure"): _lines("""
        Cardholders must raise a dispute within 60 days from the statement date of the transaction in question.
        Required documents: copy of statement with the disputed item highlighted, merchant correspondence, and the signed Cardholder Dispute Form (CDF-07).
        Visa reason code 13.1 "Merchandise/Services Not Received"; the Mastercard equivalent is 4855.
        Do not include full card numbers in email; quote the last 4 digits only and send the form via the secure upload link.
        When filling in section B, write the merchant name exactly as it appears on your statement, e.g. "SQ *KOWLOON BAKERY HK".
        A temporary credit may be posted while the case is investigated; it may be reversed if the merchant provides compelling evidence.
        Agents: verify the caller with 2 of 3 factors (DOB, last transaction amount, registered email) before discussing the case. Never read the full HKID back over the phone.
        Pre-arbitration response deadline: 30 calendar days. The arbitration filing fee of USD 500 is charged to the losing party.
        Card-not-present fraud disputes require the card to be blocked first; a replacement card is issued within 7 working days.
        For Octopus auto top-up disputes, please contact Octopus Cards Limited at 2266 2222 first.
        Under the PDPO you may request a copy of the data we hold about you by submitting a data access request form to our Data Protection Officer.
        A chargeback ratio above 0.9% for two consecutive months places a merchant in the Visa Dispute Monitoring Program.
    """),
    ("en", "release notes"): _lines("""
        v6.4.0 (build 2611): added PayNow QR scanning from gallery; fixed crash on Android 12 when opening e-Statements.
        What's new in 3.17.2: bug fixes and performance improvements. We squashed 14 bugs this sprint!
        fix(remit): handle FX quote expiry after 30s, closes #4471, commit 9f3c2a71e0b4
        Minimum supported iOS version is now 15.0. Devices on iOS 14 will stop receiving updates from 1 Mar 2027.
        SHA-256 3b7e0f9a2c4d81e6f05a9b2d7c13e48f6a90b5d2c7e1f48a3b09d6e2c5f71a84  app-release-7.2.1.apk
        Known issue: transaction notifications may arrive up to 5 min late on Huawei devices without HMS Core 6.11.
        Deprecated: /v1/wallet/topup will be removed on 2027-06-30. Migrate to /v2/wallet/topup with idempotency keys.
        Build 2026.12.03-rc2 passed QA on 38/40 devices; 2 failures on Samsung A14 (keyboard overlay issue).
        Changelog 5.9.0: new DuitNow AutoDebit mandate screen; FPS proxy lookup now shows the masked payee name.
        Sentry spike: NullPointerException at TransferConfirmFragment.kt:218, 1,204 events since 09:14 SGT.
        [RELEASE] remit-service 2.3.8 to prod, rollout 10% / 50% / 100%, rollback tag rs-2.3.7
        Sandbox test card: 4111 1111 1111 1111, any future expiry, CVV 123. Never use real cards in staging.
    """),
    ("en-SG", "regulator and industry news"): _lines("""
        MAS Managing Director Chia Der Jiunn said the updated e-payments user protection guidelines would be rolled out in phases.
        DBS chief executive Tan Su Shan told analysts that digital channels saw record traffic over the Lunar New Year period.
        Bank Negara Malaysia Governor Datuk Seri Abdul Rasheed Ghaffour spoke on financial inclusion and cross-border QR payments at the symposium.
        HKMA Chief Executive Eddie Yue said registrations on the Faster Payment System continued to grow strongly.
        The Monetary Authority of Singapore, 10 Shenton Way, MAS Building, Singapore 079117, licenses major payment institutions under the Payment Services Act 2019.
        Scam losses in Singapore exceeded S$1.1 billion in 2024, according to police statistics.
        Under the Shared Responsibility Framework, banks and telcos may have to bear phishing scam losses if they breach their duties.
        Hong Kong Monetary Authority, 55th Floor, Two International Finance Centre, 8 Finance Street, Central, Hong Kong.
        BNMTELELINK, the Bank Negara Malaysia contact centre, can be reached at 1-300-88-5465 on weekdays.
        Remittance flows from Singapore to the Philippines rose 8% year on year in the third quarter, an industry report said.
        The Financial Dispute Resolution Centre handles monetary disputes between individuals and financial institutions in Hong Kong.
        Apple chief executive Tim Cook has called Apple Pay one of the company's most important services.
        The Ombudsman for Financial Services in Malaysia handles banking complaints with claims of up to RM250,000.
    """),
    ("en-MY", "places and brands named after people"): _lines("""
        The Maybank branch at Menara Maybank, 100 Jalan Tun Perak, Kuala Lumpur opens 9:15am to 4:30pm on weekdays.
        Meet at the lift lobby outside the Lee Kong Chian Reference Library, National Library Building, 100 Victoria Street.
        The card terminal at the TAR UMT canteen only accepts TnG eWallet and DuitNow QR.
        Raffles Place MRT exit B has a DBS ATM cluster that always got a queue on payday.
        Queen Elizabeth Hospital's shroff office accepts Octopus, FPS and credit cards for medical fees.
        Public Bank cheque deposit machine at the Jalan Sultan Ismail branch out of order since Monday.
        The fintech career fair will be held at Sir Run Run Shaw Hall, CUHK, on 18 January.
        Tan Tock Seng Hospital bills can be paid via the HealthHub app or at AXS stations.
        Ah Huat Kopitiam at Toa Payoh Lorong 1 finally accepts PayLah! and NETS QR.
        The ad with Mr Bean trying to split the bill at a hawker centre was actually quite funny.
        Sir Stamford Raffles landed in Singapore in 1819; today Raffles Place is the heart of the banking district.
        Every Malaysian ringgit note carries the portrait of Tuanku Abdul Rahman, the first Yang di-Pertuan Agong.
        Yusof Ishak's portrait appears on every note of Singapore's Portrait series.
    """),
    ("en-HK", "forum post"): _lines("""
        anyone else's PayMe stuck on "processing" since this morning? tried both wifi and 5G, same
        LIHKG thread says the FPS outage was from the bank side not HKICL. not sure true anot
        講真 the new mobile banking layout is so confusing, took me 5 mins to find where to download eStatement
        Tip: if your chargeback gets rejected, ask for the merchant's compelling evidence and reply within 10 days, otherwise it auto-closes.
        ZA Bank vs Mox for daily use? Mox cashback better for me but ZA got higher savings rate during promo.
        WeLab customer service picked up in 2 mins, actually impressed. Dispute for the double charge solved same day.
        有冇人知 if the 0.95% FX fee applies to AlipayHK payments in Shenzhen? Statement shows HK$0.83 extra on a HK$87 bill.
        PSA: scam SMS pretending to be an "HKMA refund", link goes to hkma-refund[.]cc. Don't click!!
        Tried to remit HKD to PHP through the app, rate was 7.21 vs 7.34 on Wise. Not worth it.
        Whoever designed the OTP that expires in 60s while the SMS takes 90s to arrive deserves a raise /s
        My 2 cents: always screenshot the merchant's refund confirmation before filing a dispute, saves so much back and forth.
        Octopus top-up via FPS is now instant, used to take 15 mins.
    """),
    ("en-SG", "data handling guideline"): _lines("""
        Never paste a customer's NRIC, card number or address into Slack or JIRA tickets; reference the case ID instead.
        Masking rule: show only the last 4 digits of account numbers, e.g. ****-***-1234, in every screenshot.
        Template: "Dear [Customer Name], we refer to your dispute dated [DD/MM/YYYY] for [Amount] at [Merchant]."
        Sample CSV header: txn_id,timestamp,amount_sgd,merchant_mcc,status,channel
        PayNow via UEN is for businesses only, e.g. 201912345A; individuals register with NRIC/FIN or mobile number.
        Redaction checklist: names, NRIC/FIN, passport no., phone, email, home address, bank account, card PAN, photos of ID.
        Dispute records are kept for 5 years after case closure, then purged under retention policy RP-04.
        Postal code validator uses ^\\d{6}$; do not log the matched value.
        If a user posts their IC number in an app review, reply asking them to delete it and never quote it back.
        Support macro #112 "Refund timeline - FPS": refunds to FPS accounts usually arrive within 2 working days.
        Access requests under the PDPA should be answered as soon as reasonably possible, normally within 30 days.
        Placeholder profile for demos: John Doe, 123 Example Street, +65 0000 0000, john.doe@example.com
        Seed data: user_id=U000123, name="Test User 01", email=test01@example.com, kyc_status=PENDING
        Ticket priority P1: wallet balance mismatch above S$500, or more than 50 users affected.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        1 star. Bank froze my acct after I received PayNow from my tenant. My name Tan Wei Ling, NRIC S8734162C, been calling 3 days nobody answer!!
        Pls refund the S$389.00 double charge, card 4556 3301 4478 2910 exp 08/28, name on card LIM JUN HAO
        My father Ong Kok Seng (78) has dementia and someone used his PayLah to transfer $12k to a scammer. He stays at Blk 412 Bedok North Ave 2 #09-117, S460412. Who do I talk to?
        Hi can update my mobile to 9672 1845, my old number 8316 0294 already terminated. Account holder: Nurul Huda binte Ismail.
        @raj_pillai89 Hi Rajesh, your chargeback for the Shopee order is approved, S$212.40 will be credited to your POSB account ending 5531 by tomorrow.
        Monthly remittance to my wife Maria Santos Dela Cruz in Cebu, receiver mobile +63 917 482 3365, S$800, purpose family support.
        Worker Md Rafiqul Islam, FIN G5409127W, basic salary $1,150 paid into DBS acct 072-4-018836 every 7th.
        I'm Kelvin Goh, the one who kena scammed by the fake Carousell buyer. Police report A/20261118/2094. Email me kelvin.goh.sg@gmail.com pls
        Caller verified: S****162C, Tan W.L., DOB 14/03/1987, enquired about the frozen savings account and the PayNow from her tenant.
        My mother Mdm Lim Ah Moi is in ICU at SGH after a stroke, pls let me access her account to pay the hospital bills, I have the LPA.
        Paid the parking fine for SMB 4821 G in the app but still got the reminder letter. The car is under my husband Jason Teo.
        Send the new debit card to Blk 688B Choa Chu Kang Drive, #13-204, Singapore 682688, attn Siti Zawiyah binte Osman.
        My neighbour Derrick Yeo Chee Meng from Sengkang was charged in the State Courts for cheating elderly victims with fake PayNow requests.
        Payslip shows gross $6,420 but bank says my income doc not enough for the credit card. I'm Priya d/o Subramaniam, clinic assistant in Jurong.
        PayNow to SHARON NG SOK HUI via mobile 8851 3307, txn ref 20261202SGDPNOW4471, she says never received
        The scammer's Telegram is @alvin_lowzy, real name Alvin Low Zhi Yi, he used NRIC T0251947F to open the wallet.
        My son Ethan Koh (Sec 2 at Bedok Green Sec) lost his student debit card, pls block the card ending 7185 asap.
    """),
    "en-MY": _lines("""
        Hafiz here, Muhammad Hafiz bin Rosli, IC 880514-14-5523. My TnG eWallet kena hack, RM1,870 gone to unknown DuitNow. Tolong la!!
        Refund tak masuk lagi. Nama: Nur Aisyah binti Kamarudin, phone 012-738 4419, txn RM156.30 at Lazada on 28/11.
        Please send the replacement card to No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, under the name Lee Mei Xuan.
        My grandma Wong Ah Lan, 81, diabetic and half blind, gave the TAC to someone pretending to be from the bank. Her Maybank acct 5141 2089 6637.
        Chargeback for card 5521 8003 4471 9267 (cardholder KUMAR A/L RAMASAMY), merchant AGODA*BOOKING, RM2,340.00
        Passport A38271546, Tan Boon Keat, trying to do eKYC for the remittance to Shenzhen but face match keep failing
        Payroll batch Dec 2026: Zulkifli bin Omar, CIMB acct 7064 2281 9903, net salary RM3,215.60
        My wife Farah Nadia binti Azmi is 8 months pregnant and can't go to the branch. Can she reset her PIN via video call? Her IC 920307-10-6248.
        WhatsApp me 017-229 0583 (Ah Keong, Taman Desa Jaya Kepong) if anyone else kena the same Touch n Go scam
        Boss, my car WXY 4821 kena double charge at Sungai Besi toll via RFID. Owner name Gan Chee Wai.
        Pls email the statement to hafizah.yusof92@yahoo.com.my, I'm the account holder Hafizah binti Yusof.
        My ex Ravi a/l Krishnan was ordered by the Seremban Sessions Court to pay RM1,200 monthly maintenance but he keeps reversing the DuitNow transfers.
        Tolong unlock my account, I'm Chong Siew Mei, was in HKL for chemo (breast cancer stage 2), couldn't login for 3 months.
        Remit to my mother in Medan: Sri Wahyuni, BCA acct 4810275593, phone +62 812-6634-1907.
        Transfer successful. DuitNow to NG KAH WAI, mobile 011-3362 0915, RM480.00, ref 2026120310442211.
        Saya Aminah binti Daud, alamat Lot 1172 Kampung Sungai Kayu Ara, 47400 Petaling Jaya, nak claim balik duit bantuan yang tak masuk eWallet.
        Applicant: Lim Chee Hong, MyKad 750921-07-5131, monthly income RM8,500, employer a semiconductor firm in Bayan Lepas.
    """),
    "en-HK": _lines("""
        Chan Ka Ho 陳家豪, HKID K382915(4), mobile 9134 5827. PayMe account locked after I changed phone, pls help
        Please send the dispute form to my flat: Flat 12C, Block 3, Laguna City, Kwun Tong, Kowloon. Name: Leung Wai Man.
        Card 4001 1590 2367 7185 was charged HK$4,680 at an online casino I never visited. Cardholder: Ms Yip Hoi Ying.
        My helper Marites Reyes (HKID Y604177(7), passport P4829173B) needs to send her HK$4,990 salary home every month, can she open an account?
        FPS ID 164829375 belongs to my brother Ho Chun Kit, please confirm the HK$20,000 was received on his side.
        Mr Tsang Yiu Fai, 67, just had bypass surgery at Queen Mary Hospital; his daughter is asking to defer his card repayments.
        Kwok Siu Ming, 24, of Sham Shui Po, was fined HK$8,000 at Eastern Magistrates' Courts for renting out his bank account to a scam syndicate.
        WeChat id wingyan_0623, that's Lau Wing Yan who sold me the fake concert tickets and took HK$2,400 via PayMe.
        Salary HK$32,500 credited to HSBC 023-418205-838 every 25th, account holder CHEUNG SZE WING
        Mainland client Zhou Xiaoling, ID card 440305198807142621, wants to open an account for Cross-boundary Wealth Connect.
        Customer from Taipei, Lin Ya-Ting, ID A228451679, remitting TWD to HKD for her son's tuition.
        Contact me at ivy.poon1990@gmail.com or 6218 4073, I'm the account holder Ivy Poon Sze Ki.
        HKID Z730561(4) is my tenant Ng Ka Lok in Tai Po, he left without paying rent and the bank won't tell me if his autopay bounced.
        Pls change the correspondence address of cardholder Mak Wing Sze to Rm 1608, Yat Hong House, Yat Tung Estate, Tung Chung, NT.
        Mr Lo in 4B, Block C, Kam Fung Court, Ma On Shan keeps charging his mum's credit card without asking; she has Alzheimer's.
        My Amex 3774 812239 05669 (Cheng Pui Shan) got flagged for fraud in Macau, pls unblock, I'm travelling till 9 Dec.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "ur app crash every time I open Transfer tab. iPhone 13, iOS 18.1"),
        (
            "assistant",
            "Sorry about that! Could you try updating to v6.4.1 and restarting the phone?",
        ),
        ("user", "done already still crash. and now my account locked after 3 wrong PIN"),
        ("assistant", "To unlock, we need to verify you. Please share your full name and NRIC."),
        ("user", "Koh Mei Ling"),
        ("user", "S7712058J"),
    ],
    [
        (
            "system",
            "You are RemitEasy's support assistant. Help users with transfers to Indonesia and the Philippines.",
        ),
        ("user", "I want to send RM1,500 to my sister in Surabaya"),
        ("assistant", "Sure! Please provide the recipient's name, bank and account number."),
        ("user", "Dewi Lestari, Bank Mandiri"),
        ("user", "acct 1420018837265, her HP +62 813 3021 7784"),
        ("assistant", "Thank you. The transfer will arrive within 1 working day."),
    ],
    [
        ("user", "hi i want to dispute a charge, HK$1,288 from 'KLOOK TRAVEL' that I cancelled"),
        ("assistant", "I can help with that. Which card was used?"),
        ("user", "5204 7388"),
        ("user", "1206 5447, under Wong Tsz Ching"),
        (
            "assistant",
            "Thanks, I've logged dispute DSP-88120. You'll get a temporary credit within 10 working days.",
        ),
    ],
    [
        (
            "system",
            "You are a friendly virtual assistant for a Singapore digital bank. Never ask for passwords or OTPs.",
        ),
        ("user", "my card never arrive after 3 weeks leh"),
        (
            "assistant",
            "So sorry! Let me check the delivery. Can you confirm the mailing address on file?",
        ),
        (
            "user",
            "Blk 155 Serangoon North Ave 1, #07-423, Singapore 550155. Name Muthu Kumaran s/o Rajoo, hp 8742 6190",
        ),
        ("assistant", "Thanks, I've requested a replacement card to be couriered to you."),
    ],
    [
        ("user", "Assalamualaikum, nak tanya pasal refund GrabPay"),
        ("assistant", "Waalaikumsalam! Sure, what's the issue with the refund?"),
        (
            "user",
            "bapa saya Encik Rahim bin Salleh baru keluar hospital lepas dialysis, dia tak boleh datang kaunter",
        ),
        (
            "user",
            "the refund RM264 for his cancelled flight still not in his wallet, his number 019-455 2803",
        ),
        (
            "assistant",
            "Noted, I'll escalate this to our refunds team and update you within 48 hours.",
        ),
    ],
    [
        ("user", "I sent HK$6,000 via FPS to the wrong mobile number, how to get it back?"),
        (
            "assistant",
            "Please contact your bank immediately and provide the transaction reference.",
        ),
        ("user", "ref FRN20261203HKFPS0099173"),
        (
            "user",
            "the receiver name shown was CHOW K** M**, number 9327 1506. I know him, it's Chow Kin Man my old colleague, he won't reply",
        ),
        (
            "assistant",
            "Your bank can request a return of funds from the receiving bank, but it requires the recipient's consent.",
        ),
    ],
    [
        ("user", "Applied for the personal loan in the app but rejected, why?"),
        (
            "assistant",
            "Decisions are based on income, existing debt and credit score. Would you like me to check your application?",
        ),
        ("user", "yes pls. Nicholas Tay, email nicholas.tay.wk@gmail.com"),
        (
            "user",
            "I earn $5,800 a month but I'm still paying off a $14k debt consolidation plan from 2024",
        ),
        (
            "assistant",
            "Thanks Nicholas, I can see the application. A credit officer will email you within 3 working days.",
        ),
    ],
    [
        ("user", "eKYC keep fail, it says IC number not matching"),
        ("assistant", "Please key in your MyKad number exactly as printed, without spaces."),
        ("user", "010203-01"),
        ("user", "1862. Nama Siti Aishah binti Hamid, Johor Bahru"),
        ("assistant", "Thanks. Please also retake the selfie in bright lighting, without glasses."),
    ],
    [
        (
            "system",
            "Customer profile: Ho Wai Kwan, HKID CA227361(5), mobile 6935 2718, Premier client since 2019, last login 02/12/2026.",
        ),
        ("user", "What's the FX rate for HKD to JPY today?"),
        (
            "assistant",
            "Today's board rate is HKD 1 = JPY 19.42. Would you like to set up a rate alert?",
        ),
    ],
    [
        ("user", "my helper wants to register for the remittance app, what she need?"),
        ("assistant", "She'll need her FIN card and passport for verification."),
        ("user", "ok her FIN F2368814W, passport P7718204A, name Rowena Bautista Santos"),
        ("user", "she's sending to her mum in Iloilo every month, around S$600"),
        ("assistant", "Got it. She can complete the registration in the app using those details."),
    ],
]
