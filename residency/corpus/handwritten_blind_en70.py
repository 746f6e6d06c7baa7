"""Blind check set en70: retail banking operations in SG/MY/HK (KYC, branch notices, card disputes, dormant accounts, RM notes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en70
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "branch notice"): _lines("""
        NOTICE: Our Tampines Central branch will be closed on Sat 12 Dec 2026 for system upgrading. Nearest branch: Tampines Mall #02-11, open 10am-7pm.
        Branch operating hours wef 2 Jan 2027: Mon-Fri 9.30am-4.30pm, Sat 9.30am-12.30pm. Closed on Sun & PH.
        Dear valued customers, in conjunction with Hari Raya Aidilfitri all branches in Kelantan & Terengganu will close at 12pm on the eve of Raya. Self-service terminals remain available 24/7.
        Kindly be informed that the coin deposit machine at Jalan Tuanku Abdul Rahman branch is temporarily out of service. We apologise for any inconvenience caused.
        Typhoon Signal No. 8 / Black Rainstorm: all HK branches close 2 hrs after the signal is hoisted and reopen 2 hrs after it is lowered, if lowered before 12 noon.
        Now serving Q-047 at Counter 3. Q-048 please proceed to Counter 5.
        Priority Banking Centre, Level 2, Ngee Ann City Tower B, 391B Orchard Road, Singapore 238874. Strictly by appointment.
        Please note: bank staff will NEVER ask for your OTP, PIN or i-Banking password over the phone. If in doubt call our 24-hr hotline 1800 222 8888.
        Safe deposit box rental revision: Small (5x10) S$180 -> S$210, Medium S$320 -> S$360, effective 1 Mar 2027. GST 9% applies.
        Branch relocation: our Causeway Bay branch moves to G/F, 88 Lee Garden Road from 18 Nov 2026. Branch code 512 remains unchanged.
        Cash withdrawal above RM50,000 over the counter requires 1 working day advance notice. Tq for your kind understanding.
        Jalan Tun Sri Lanang branch (Melaka) renovation works 2-20 Dec; counter services shifted to temporary kiosk beside the 7-Eleven.
        The ATM at Sir Run Run Shaw Hall, CUHK, will be decommissioned on 6 Jan. Nearest ATM: University MTR Station Exit A.
    """),
    ("en", "kyc procedure"): _lines("""
        CDD checklist (individual, SG resident): NRIC front/back, proof of residential addr dated within last 3 mths, source of funds declaration, FATCA/CRS self-cert.
        Per MAS Notice 626 para 8, EDD is required where the customer or beneficial owner is a PEP, or a family member or close associate of a PEP.
        For MyKad holders, verify the chip with the MyKad reader; do NOT accept a photocopy only. Foreign nationals: passport + valid pass (EP / S Pass / DP).
        Acceptable addr proof: utility bill (TNB, Air Selangor, Indah Water), telco bill, LHDN assessment notice, or tenancy agreement stamped by LHDN.
        HKID format reminder: 1-2 letters + 6 digits + check digit in brackets, e.g. X123456(?). Never write the full HKID on sticky notes, last 4 only.
        Specimen form filled with the standard dummy data: Name CHAN Tai Man, HKID A123456(3), Flat A, 1/F, 1 Sample Street. Use for staff training only.
        Risk rating matrix v3.2: Low (score 0-24), Medium (25-49), High (50+). High risk requires Head of Branch sign-off within 2 WD.
        If name screening returns a potential hit against the UN consolidated list, STOP onboarding, raise an STR via the compliance portal and do not tip off the customer.
        Video KYC sessions must be recorded and retained for min 5 yrs after acct closure.
        Reminder: scanned customer IDs go to DocVault only, not the shared drive and never via personal WhatsApp. Delete local copies after upload.
        Periodic review cycle: high risk yearly, medium every 3 yrs, low every 5 yrs, or earlier upon trigger events (change of nationality, large unexplained txns).
        For minors below 16 the acct must be opened jointly with a parent or legal guardian; birth cert + guardian's ID required.
        The GIIN of Straits Harbour Bank Ltd is 9XK2P7.00041.ME.702, quote this on W-8BEN-E requests from corporate counterparties.
    """),
    ("en", "card dispute ops"): _lines("""
        Visa reason code 13.1 (Merchandise/Services Not Received): cardholder must wait 15 calendar days from the expected delivery date before disputing, unless the merchant has ceased trading.
        Mastercard chargeback time limit is 120 days from the central processing date for most reason codes (4853, 4837).
        Dispute batch DSP-20261204-03 closed: 41 cases, 29 won, 8 lost, 4 pre-arb. Recovery rate 70.7%.
        ARN 74537606338012345678901 is the acquirer reference no., pass it to the merchant so they can trace the refund.
        A temporary credit of the disputed amount will be posted within 5 WD; if the dispute is found invalid the credit will be reversed together with any finance charges.
        Refund for order #SHP-88213407 was processed by the merchant on 28/11, pls close the case as 'credit received'.
        Fraud trend this month: CNP txns at 'GOOGLE*ROBLOX' and 'STEAMGAMES.COM 4259522985' from compromised BINs. Auto-decline MCC 5816 above S$500 on new devices.
        Test cards 4111 1111 1111 1111 (Visa) and 5555 5555 5555 4444 (MC) are for the sandbox only and will be rejected in PROD.
        Do not paste the full PAN in Salesforce case notes. Use first 6 + last 4 (e.g. 411111******1111) as per PCI DSS req 3.4.
        Dispute form DF-07 (rev. 2025/03): section B 'Cardholder declaration' must be signed, e-signature via the mobile app accepted.
        Merchant descriptor 'LAZADA*MY KL 03-2119 3888' is the merchant's own helpline, advise cust to contact the merchant first.
        Chargeback fee of HK$150 per case is borne by the bank if the cardholder wins; there is no charge to the customer.
        Pre-arbitration responses must be uploaded to VROL before 23:59 UTC on day 30, late submissions are auto-accepted in the issuer's disfavour.
    """),
    ("en", "dormant accounts"): _lines("""
        Under the Unclaimed Moneys Act 1965 (Act 370), moneys unclaimed for 7 years must be lodged with the Registrar of Unclaimed Moneys by 15 March each year.
        Savings accts with no customer-initiated txn for 12 months and current accts for 6 months are flagged dormant; interest crediting is NOT customer-initiated.
        A dormancy fee of S$2/month applies to accts with balance below S$500; waived for customers aged 62 and above and for junior savers.
        To reactivate, the customer must visit any branch with original ID. No reactivation via phone banking.
        Dormant acct report 2026-Q4: 18,442 accts flagged, total balance HK$63.2m; 1,207 reactivated within 30 days of the notification letter.
        Letters to dormant acct holders are printed by vendor PrintPro (job ref PP-DORM-1126) and sent to the last known correspondence address.
        The public can search for unclaimed moneys on the eGUMIS portal run by the Accountant General's Department (JANM), Presint 2, Putrajaya.
        Remaining balances below RM10 are not lodged with JANM; they are credited to unclaimed income GL 4410-2200 after notice.
        GL 2170-0090 Unclaimed Balances: month-end recon variance S$0.00, signed off by Ops Control 05/12/2026.
        SOP DORM-04: deceased acct holders are excluded from the dormancy fee run, route them to the Estate Management team.
        Q: Can a dormant account receive incoming GIRO credits? A: Yes, incoming credits are accepted but they do not reactivate the acct.
        Dormancy reminder letters go out at month 10 so customers get 2 months' notice before the flag is set.
    """),
    ("en", "rm desk notes"): _lines("""
        RM huddle 9am: push 12-mth FD promo 3.10% p.a. (min S$20k fresh funds), ends 31 Dec. Target 40 new placements per team.
        Client mtg prep: bring the updated risk profiling questionnaire (CRPQ v5), fact sheets for the Asian bond funds and the new structured deposit term sheet.
        Reminder: all Priority Banking calls must be logged in CRM within 24h incl. unsuccessful attempts; suitability notes required for any UT/ILP pitch.
        Market note: 1M HIBOR eased to 3.85% this week; mortgage clients on H+1.3 plans should see lower instalments next cycle.
        Vulnerable customers: for clients aged 65+ or with limited literacy, offer a trusted companion, use plain language and tick the 'VC' flag in CRM.
        Portfolio review template: Client: {client_name} | Segment: {segment} | AUM: {aum_sgd} | Last review: {last_review_date} | Next action: {action}
        Q4 league table: Team Orchard 112% of target, Team Jurong East 96%, Team Woodlands 88%. Well done all!
        BNM's MPC meets on Thursday, pls prepare talking points for clients with floating-rate home loans in case OPR moves.
        Gift policy: RMs may not accept gifts above RM200 in value; declare all gifts in the GRC portal within 3 WD.
        Client event: private screening at the Lee Kong Chian Lecture Theatre, 7pm, smart casual. RSVP via your RM by 10 Dec.
        Tan Tock Seng Hospital payroll package renewed till 2028; new-joiner acct openings to be arranged through the hospital's HR dept.
        Call script: 'Hi, this is {rm_name} from Straits Harbour Bank, I'm calling about your fixed deposit maturing on {maturity_date}.'
        Note for new RMs: never take instructions via WhatsApp voice notes; get a signed form or a recorded line.
    """),
    ("en", "system log"): _lines("""
        2026-12-04T09:14:22.118+08:00 INFO [ekyc-svc] MyInfo callback received txn_id=7f3c9a2e-41b8-4d6e-9a0c-2b5e8f11d4c7 status=200 latency=412ms
        ERROR CBS-BATCH EOD-DORM-FLAG job 4471 failed at step 3/7: ORA-01555 snapshot too old; rerun scheduled 02:30 SGT
        Deploy: card-dispute-portal v2.14.3 (build 20261203.2) to PROD-HK, sha256 9c1e4b7a2f0d8e63c5a1b9f74d02e6a8b3c7f1e5d9a0b4c8e2f6a1d3b5c7e9f0
        JIRA OPS-18822: branch kiosk at Paya Lebar Quarter prints receipts with wrong GST rate (8% vs 9%). Fix in kiosk-fw 5.2.1.
        SWIFT MT103 ref FT26338KLX0918 queued; sanctions screening 0 hits; cut-off 16:00 HKT.
        [WARN] nric_mask(): input length 8 != 9, returning '*********' (see test_mask_short_input)
        SELECT acct_no, dormant_flag, last_txn_dt FROM casa.accounts WHERE last_txn_dt < ADD_MONTHS(SYSDATE, -12) AND status = 'A';
        MYKAD_RE = r"^\\d{6}-\\d{2}-\\d{4}$"  # never log the matched value
        Incident INC0091834 P2: FAST/PayNow outward transfers delayed 11:02-11:47 SGT; 3,812 txns affected, all settled by 12:15.
        ATM SG-TMP-0412 cassette low (type 2: S$50 notes, 118 remaining). Replenishment ticket RPL-55120.
        pip install kyc-utils==3.8.0 --index-url https://artifactory.internal/pypi/simple
        cron 0 2 * * 1-5 /opt/cbs/bin/dormancy_scan.sh --country=MY --dry-run >> /var/log/dorm.log 2>&1
    """),
    ("en", "customer template"): _lines("""
        Dear {title} {surname}, your new debit card ending {last4} has been dispatched to your registered mailing address. Pls activate it in the app before {expiry_date}.
        [SHB] Your OTP for adding a payee is ******. Valid for 5 min. Never share this code with anyone, incl. bank staff.
        SHB: A txn of SGD {amount} at {merchant} on card x{last4} was declined. Not you? Call 1800 222 8888.
        Hi {first_name}! Your account is now active. Your account number is {acct_no}. Welcome aboard!
        We refer to your dispute case {case_id} dated {date}. The merchant has provided proof of delivery; accordingly the temporary credit of {currency} {amount} will be reversed.
        Notification of dormancy: our records show no customer-initiated activity on account no. XXX-XXXXX-X for the past 12 months.
        Your appointment at {branch_name} on {date} at {time} is confirmed. Please bring your original NRIC/passport and proof of address.
        Mail-merge fields for the KYC refresh letter: <<FULL_NAME>>, <<ADDR_LINE1>>, <<ADDR_LINE2>>, <<POSTCODE>>, <<CIF_NO>>
        SMS DM-12 (BM/EN): SHB: Akaun anda akan menjadi dorman, sila hubungi 03-2178 8000. / Your acct will become dormant, pls call 03-2178 8000.
        WhatsApp Business auto-reply: Thanks for contacting Straits Harbour Bank HK. Our officers are available Mon-Fri 9am-6pm. Lost card? Call (852) 2233 8000 anytime.
        How would you rate your branch visit today? Reply 1 (poor) to 5 (excellent).
        Your Nov 2026 statement is ready. Min payment due: {min_due}; payment due date: {due_date}.
    """),
    ("en", "public figures and history"): _lines("""
        Bank Negara Malaysia Governor Abdul Rasheed Ghaffour said the OPR remains supportive of the economy at the latest MPC press briefing.
        HKMA Chief Executive Eddie Yue reminded the public that banks will no longer send SMS or emails with embedded hyperlinks.
        Loke Yew, the 19th-century tin magnate, was a major benefactor of the University of Hong Kong; Jalan Loke Yew in KL is named after him.
        Tan Kah Kee MRT station on the Downtown Line takes its name from the philanthropist who founded Ee Hoe Hean Club.
        The Hongkong and Shanghai Banking Corporation was founded in 1865 at the initiative of Thomas Sutherland, a Scottish P&O superintendent.
        Jalan Wong Ah Fook in Johor Bahru honours the contractor who built the Istana Besar.
        In Crazy Rich Asians, Nick Young's family fortune comes from property in Singapore, not banking.
        Mr Kiasu, the comic-strip character, would surely queue overnight for the bank's limited-edition Year of the Horse notes.
        Sir Robert Ho Tung was compradore of Jardine Matheson and among the wealthiest men in Hong Kong in his time.
        Des Voeux Road Central is named after Sir William Des Voeux, Governor of Hong Kong from 1887 to 1891.
        According to the group's 2025 annual report, the CASA ratio was 41.6% and the cost-to-income ratio 38.9%.
        Lim Bo Seng Memorial at Esplanade Park commemorates the Force 136 war hero; it is a popular stop on heritage banking walks.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        KYC remark: cust Tan Wei Ming (NRIC S8734215H) presented SP Group bill, addr Blk 417 Tampines St 41 #08-221 S520417, matches MyInfo.
        RM note 03/12: Mdm Lim Swee Hoon, 71, recently widowed, husband's estate still in probate; son Daniel (9123 4587) handles her banking as she gets confused with OTPs.
        Cust Goh Kah Leng called re dispute, card 4556 8820 1734 9128, txn S$1,249.00 at AGODA on 22 Nov, says she never travelled.
        FIN F3391827P, Mr Rajesh Kumar Pillai, EP holder, employer Meridian Semicon Pte Ltd, monthly salary S$11,800, opening payroll a/c.
        Pls update mailing addr for Ms Nur Aisyah bte Rahmat: 28 Jalan Bahagia #03-05, Singapore 329873. Mobile +65 8261 0394.
        Joint a/c 712-34891-2 holders Ong Chee Keong & his daughter Ong Mei Ling, either-to-sign mandate.
        Chua Boon Hock's dormant a/c reactivated today. He said he was warded at IMH for 14 months, hence no txn.
        email from cust: hi i am Jasmine Koh, my new email is jas.koh.88@gmail.com pls update, also my card ending 6534 kena swallowed by the ATM at Bedok.
        Caller verified: Tan W*** M***, NRIC ending 215H, DOB 14-07-1987, Blk 417 Tampines. Proceed with token reset.
        STR memo: Mr Low Teck Seng (T0378124G), 23 y/o poly student, received 14 inbound PayNow transfers totalling S$38,400 within 2 days, suspected money mule.
        Lost card: Ms Priya d/o Subramaniam, card ending 7653, last used at FairPrice Jurong Point; she lives at 503C Jurong West St 51 #12-384.
        Deceased notification: Mr Yeo Kim Huat passed away 29/11/2026, NOK daughter Yeo Li Ting tel 9774 3021 will bring the death cert and LoA.
        Pemohon: Muhammad Hafiz bin Ismail, MyKad 900514-10-5673, alamat No. 12, Jalan SS 2/64, 47300 Petaling Jaya. Pekerjaan jurutera, gaji RM6,800.
        RM note: Datin Sharifah Norlia (IC 680223-14-5158) wants to move RM2.3 mil FD to Private Banking; her husband is under MACC investigation, escalate to compliance before accepting.
        Cust Lee Siew Fong (012-338 7102) complained that RM3,450 was debited via FPX to MAXIS without her consent on 01/12.
        KYC docs recv: MY passport A38271654, holder Kavitha a/p Raman, DOB 03 Mar 1992, for Premier acct opening at Jalan Ipoh branch.
        Tolong check dormant acct 1642-0028-7731 under Ah Chong bin Abdullah, his wife says he's bedridden after a stroke and she wants to withdraw the balance.
        Ms Tan Pei Shan (880917-07-5348), Penang hawker, declared income RM4,000/mth but deposits avg RM27k monthly, EDD triggered.
        Card dispute: cardholder Ravi Chandran, Visa 4378 0192 5563 0481, disputes 3 repeated charges of RM29.90 at ZUS COFFEE.
        Home addr on file for Wong Jia Hui: No. 7, Lorong Cempaka 3, Taman Bukit Indah, 81200 Johor Bahru. H/p 016-772 9014.
        Hi encik, saya Zulkifli Ahmad, no akaun 5642 1188 9023, boleh check kenapa gaji bulan ni tak masuk lagi? WhatsApp saya 019-345 6671.
        Hire purchase: Proton X50 WUP 8821 registered to Chin Kok Wai; repossession notice issued after 4 months' arrears.
        MdI search hit: Suresh a/l Muthu, IC 750812-08-6231, adjudged bankrupt in 2019 (KL High Court), do not approve the credit card application.
        Mr Lim Ah Seng's dementia diagnosis letter from Hospital Pulau Pinang received; daughter Lim Bee Lian holds the LPA, pls update the mandate.
        KYC: Wong Ka Yan Cathy, HKID Y650913(2), residing Flat 12B, Block 3, Laguna City, Kwun Tong, mobile 9436 7182.
        RM call note: Mr Leung Chi Wai (HKID K384721(7)) wants to break his TD of HK$1.2M for his son's tuition; he is going through a divorce and wife Ho Mei Kuen may contest.
        HK dispute: cardholder Cheung Siu Ling, Mastercard 5412 9700 3186 5749, disputes HK$8,760 charged by TRIP.COM on 18/11.
        Mainland cust Zhang Lei, PRC ID 440304198507124310, HK mobile 6152 8830, CN mobile +86 138 2651 4407, opening a Cross-boundary Wealth Connect acct.
        Dormant a/c 024-518-293841-001, holder Mr Ng Wing Keung, last known addr Rm 1406, Wah Kin House, Wah Fu Estate; letter returned undelivered.
        Ms Lau Mei Ki prefers her RM to contact her on WeChat (id: laumeiki_1990) rather than by phone.
        FDH payroll: Maria Santos Dela Cruz, PH passport P1928374A, salary HK$5,100/mth credited to her a/c on the 1st.
        Taiwanese cust Chen Yi-Chun, ROC ID F228710392, opening HKD savings at Admiralty branch, tel 5937 2046.
        Mr Kwok Hon Ming, 58, is hearing impaired, pls use written communication at the counter; his daughter Kwok Wing Sze (9812 6603) is authorised.
        Court order HCMP 2281/2026 received: freeze all accounts of Yip Chun Kit (HKID R227490(5)) pending asset recovery proceedings.
        From cheuk.yan.tse@netvigator.com: Ms Tse Cheuk Yan requests copies of her statements 2019-2022 for her tax appeal with the IRD.
        Onboarding FIN G5528017M, Mr Nguyen Van Thanh, S Pass, staying at 21 Kaki Bukit Ave 1 #05-12, salary S$3,150.
        Mdm Ho, the auntie from Blk 88 Zion Rd who comes every Tues, came in crying again; her grandson Marcus Ho took S$42k from her acct using her token.
        Payslip for income verification: Jonathan Teo Wen Jie, Senior Associate at Kwan Liang & Partners LLP, basic S$9,200 + AWS.
        Amex 3792 456188 03526 belongs to Mr Kenneth Sim, disputing a S$3,980 airline charge after his flight was cancelled.
        PDPA access request from Ms Angela Yeo Hui Min (S9012487J): she wants all her call recordings from Jan-Jun 2026.
        Acct opened for minor Ethan Lim Jun Hao, birth cert T1503829I, DOB 09/05/2015, guardian mother Lim Xiu Wen.
        Scam victim Mr Arumugam s/o Velu, 67, lost S$186,000 to a fake MAS officer; police report no. F/20261201/4471, pls freeze the beneficiary accts.
        WhatsApp from +65 9738 1402 (Mr Daryl Foo) had a photo of his NRIC S8156620H, pls save to DocVault and delete from the phone.
        Relationship note: Mrs Wendy Kwan (AUM HK$18.4m) is pregnant, due in March; avoid scheduling reviews Feb-Apr.
        Remittance to Dhaka: sender Mohammad Rafiqul Islam, WP FIN F7710482T, beneficiary brother Abdul Karim, Sonali Bank a/c 0112034567891.
        UnionPay 6228 4801 2377 6517 captured at the Mong Kok ATM; cardholder Mr Liang Hao, mainland visitor, to collect with passport E81234567.
        Salary credit RM12,450.00 from Petronas Dagangan Bhd to the a/c of Farah Adibah binti Hashim, IC 910226-03-5902.
        Mdm Chew Lay Hoon asked to remove her ex-husband Tan Kok Leong from their joint acct; decree absolute dated 3 Oct 2026 sighted.
        Overdue card a/c: DCA to call Mr Mohd Faizal bin Osman at his workplace, Kilang Sawit Sri Jaya, Kluang, 07-772 1098; outstanding RM14,822.16.
        Priority client Mr Raymond Tsang's HbA1c of 9.1% came up in his insurance medical, decline the ILP top-up and refer to underwriting.
        MyInfo mismatch for Mdm Kwek Soo Lan, NRIC S7645309H: registered addr 6 Bishan St 13 #11-08 vs declared Blk 129 Lor 1 Toa Payoh #07-115.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi my card kena charged twice at Grab yesterday"),
        (
            "assistant",
            "Sorry to hear that. Could you share the last 4 digits of the card and the amount?",
        ),
        ("user", "its 4556882077163021, S$23.40 x2, name on card GAN HUI LING"),
        (
            "assistant",
            "Thanks, I've raised dispute case CD-771203. Please do not share your full card number in chat next time.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for relationship managers. Summarise client notes in bullet points.",
        ),
        (
            "user",
            "Pls summarise: Met Mr Tay Boon Kiat today at his office, S6827314E, 54, owns a logistics SME, wants a S$1.5m loan for new trucks, mentioned he has stage 2 colon cancer and wants his wife Serene to be joint signatory.",
        ),
        (
            "assistant",
            "- Client: Mr Tay Boon Kiat, 54, SME owner (logistics)\n- Request: S$1.5m loan for trucks\n- Health: stage 2 colon cancer\n- Wants wife Serene as joint signatory",
        ),
    ],
    [
        ("user", "my father passed away last month, how to close his account?"),
        (
            "assistant",
            "My condolences. You will need the death certificate, your ID, and the letter of administration or grant of probate if the balance exceeds the bank's threshold.",
        ),
        ("user", "ok his name Abdul Razak bin Yusof, IC 520807-01-5387"),
        ("user", "acct no 1123 4405 8876, balance around RM38k"),
        (
            "assistant",
            "Thank you. Please bring the documents to any branch and our Estate Management team will assist.",
        ),
    ],
    [
        ("user", "How do I update my residential address for my HK savings account?"),
        (
            "assistant",
            "You can update it in the mobile app under Profile > Address, or submit a form at any branch with address proof.",
        ),
        ("user", "app keeps failing. new address is Flat 23C, Tower 5, Taikoo Shing, Quarry Bay"),
        ("user", "HKID Z457102(A), name Mok Pui Shan"),
        ("assistant", "Noted, a branch officer will call you to complete verification."),
    ],
    [
        ("user", "can u call me back re my dormant acct, number is 9123"),
        ("user", "6672"),
        ("assistant", "Sure, may I have your full name so the officer knows who to ask for?"),
        ("user", "Seah Kok Meng. I'm usually free after 6pm"),
    ],
    [
        ("system", "You help branch staff prepare KYC files. Do not store data."),
        (
            "user",
            "Customer is opening a Premier account. Nationality Indian, passport Z4417825, EP holder with Orion Analytics Pte Ltd.",
        ),
        (
            "assistant",
            "For EP holders please collect the passport, EP card and an employment letter or latest payslip.",
        ),
        ("user", "Payslip shows S$14,500 basic. Name is Ananya Krishnamurthy, FIN G3046197K."),
        (
            "assistant",
            "Thanks. Based on the income and pass type, standard CDD applies unless screening returns a hit.",
        ),
    ],
    [
        ("user", "Draft a polite email to a customer whose dispute we lost. Keep it short."),
        ("assistant", "Sure, please give me the customer name and case details."),
        (
            "user",
            "Mr Hasan Basri, hasan.basri77@yahoo.com.my, case DSP-88413, RM2,150 charge at a furniture shop in Shah Alam, merchant showed signed delivery slip.",
        ),
        (
            "assistant",
            "Dear Mr Hasan Basri,\n\nWe refer to case DSP-88413. The merchant has provided a signed delivery slip for the RM2,150 purchase, so we are unable to pursue the dispute further. The temporary credit will be reversed on your next statement.\n\nRegards,\nCard Services",
        ),
    ],
    [
        ("user", "what documents are needed to open a joint account in singapore?"),
        (
            "assistant",
            "Both holders need NRIC or passport with a valid pass, plus proof of residential address if it isn't shown on the ID.",
        ),
        ("user", "and can a foreign spouse on LTVP be the second holder?"),
        (
            "assistant",
            "Yes, LTVP holders are generally accepted with their passport and LTVP card.",
        ),
        (
            "user",
            "ok good. Me: Lee Jun Kai S9248153J, wife Pham Thi Thu, LTVP, we stay at Blk 632 Woodlands Ring Rd #09-47",
        ),
    ],
    [
        ("user", "bro nak tanya, can i open acct for my mum? she's 78 and can't walk"),
        (
            "assistant",
            "If she cannot come to the branch, you may request a home visit by our officers, subject to branch approval.",
        ),
        (
            "user",
            "her name Tan Ah Mooi, IC 480311-07-5122, we live at 23 Lorong Kampung Jawa 4, 11900 Bayan Lepas",
        ),
        ("user", "my number 012-481 6630, call before 5pm"),
    ],
    [
        ("system", "Internal assistant for HK wealth management. Be concise."),
        ("user", "Client Mrs Yuen wants to add her granddaughter as beneficiary. What form?"),
        (
            "assistant",
            "Use the Beneficiary Nomination Form BN-02 and attach the beneficiary's ID copy.",
        ),
        (
            "user",
            "Granddaughter is Yuen Hoi Ching, HKID M836251(9), DOB 2004. Mrs Yuen is Yuen Lai Fong, 81, she has early Parkinson's so signature may be shaky, ok?",
        ),
        (
            "assistant",
            "If the signature differs from the specimen, arrange a signature verification with the branch manager present.",
        ),
    ],
    [
        ("user", "For the CBWC southbound scheme what ID do mainland clients need?"),
        (
            "assistant",
            "A PRC resident identity card and a mainland travel permit, plus proof of GBA residence.",
        ),
        (
            "user",
            "ok client Sun Qian, ID 310115198809163728, lives in Guangzhou, mobile +86 139 2207 5518, pls prefill the form",
        ),
    ],
]
