"""Blind check set en59: AML, sanctions and fraud investigation at SG/MY/HK banks and fintechs. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en59
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "STR template"): _lines("""
        Section B - Particulars of Reporting Entity: name of FI, MAS licence no., branch code, designation of contact officer (do not enter a personal mobile).
        Section C - Subject details: Full name as per ID [SUBJECT_NAME] | ID type [NRIC/FIN/Passport] | ID no. [ID_NUMBER] | DOB [DD/MM/YYYY] | Nationality [ISO 3166 alpha-2]
        Grounds for suspicion (max 4,000 chars): describe who/what/when/where/why, quote txn IDs, no screenshots pasted into the text box.
        Txn table columns: Date | Value date | Channel (FAST/GIRO/TT/cash) | Dr/Cr | Amount (SGD) | Counterparty BIC | Payment ref
        STR lodged via SONAR on 03/11/2025 15:42 SGT, acknowledgement no. STRO-ACK-2025-11-0438817.
        Tipping-off is an offence under the CDSA - do NOT tell the customer that an STR has been or will be filed, and do not hint at it either.
        JFIU STREAMS: select Reason Code 07 (structuring / smurfing) where cash deposits are deliberately kept below HKD 120,000.
        BNM FINS - STR Part II, type of suspicious activity: [ ] cash structuring [ ] online fraud proceeds [ ] trade-based ML [ ] terrorism financing [ ] others (specify)
        Amount involved: MYR 1,284,500.00 across 37 credits between 01/08/2025 and 29/08/2025; account type: Current Account-i.
        Narrative tip: "customer unable to explain SOF" is weak. Write down what was asked, what was answered, and why it does not fit the profile.
        Attachments: account opening form (redacted), statements Jul-Sep, ScamShield report printout; PDF only, max 10 MB per file.
        STR ref STR/HK/2025/004417 - status: acknowledged by JFIU, no further action requested at this stage.
        For corporate subjects fill in Section D (UEN / BRN / company no., place of incorporation, nature of business) and leave Section C blank.
    """),
    ("en", "sanctions and PEP screening"): _lines("""
        Hit on "PUTIN" in MT103 field 70 - narrative reads "Putin's People hardcover x2", i.e. a bookshop order. Discounted as FP.
        PEP (foreign, tier 1): Anwar Ibrahim, Prime Minister of Malaysia since Nov 2022 - EDD applies wherever he is a BO or signatory.
        World-Check UID 4418765 closed as FP: the payer only shares the surname token "KIM" with KIM Jong Un (DPRK, UN 1718 list).
        Min Aung Hlaing, Commander-in-Chief of the Myanmar armed forces, is designated by OFAC under EO 14014; rescreen all MMK-linked wires.
        John Lee Ka-chiu, Chief Executive of the HKSAR, remains on the OFAC SDN list (designated Aug 2020 as Secretary for Security); USD clearing will reject.
        Fuzzy threshold 85 (Jaro-Winkler), tokens < 3 chars ignored, pinyin / Wade-Giles / Jyutping transliteration table ON.
        ALR-SAN-20251104-00912: vessel OCEAN GLORY 7 (IMO 9387425) flagged on vessel name only; hold payment pending L2 review.
        UN 1718 Committee list update 2025-10-30: 3 entities added, 0 delisted. Delta rescreen completed at 02:14 SGT.
        Lawrence Wong, Prime Minister of Singapore, is a domestic PEP; his close associates are in scope only where a business link is shown.
        Payee "LEE KUAN YEW" = Lee Kuan Yew School of Public Policy (NUS), tuition fee. FP, whitelist the payee.
        Hit "TUNKU ABDUL RAHMAN" - beneficiary is Universiti Tunku Abdul Rahman (UTAR), Kampar campus. Closed FP.
        Dow Jones R&C: Najib Razak, former Prime Minister of Malaysia, convicted in the SRC International case (2020); sentence later halved by the Pardons Board.
        Bulk rescreen job #5521: 1,204,883 records, 4,117 potential matches, 38 escalated to L2, 0 true matches.
    """),
    ("en", "regulator circular"): _lines("""
        MAS Notice 626 - Prevention of Money Laundering and Countering the Financing of Terrorism - Banks.
        HKMA circular dated 18 Sep 2025: authorized institutions should make full use of Scameter alerts before releasing first-time FPS payments.
        BNM Policy Document: Anti-Money Laundering, Countering Financing of Terrorism, Countering Proliferation Financing and Targeted Financial Sanctions for Financial Institutions.
        Comments may be sent to the Anti-Money Laundering Department, Monetary Authority of Singapore, 10 Shenton Way, MAS Building, Singapore 079117.
        Responses should be addressed to the Banking Conduct Department, Hong Kong Monetary Authority, 55th Floor, Two International Finance Centre, 8 Finance Street, Central, Hong Kong.
        Financial Intelligence and Enforcement Department, Bank Negara Malaysia, Jalan Dato' Onn, 50480 Kuala Lumpur.
        Para 4.12: an FI shall apply a cooling-off period of at least 12 hours to the first high-risk transaction after a new device is bound to the account.
        The Shared Responsibility Framework takes effect on 16 December 2024; FIs and telcos bear phishing scam losses in a defined waterfall.
        Annex B lists 14 red-flag indicators for mule accounts, incl. logins from the same device ID across unrelated customers.
        National Scam Response Centre (NSRC) hotline 997; victims should call immediately so the funds can be traced and frozen.
        SPF Anti-Scam Helpline 1800-722-6688; ScamShield Helpline 1799.
        Anti-Deception Coordination Centre (ADCC) 24-hour "Anti-Scam Helpline 18222".
        Responses to this consultation paper are due by 31 January 2026 and will be published on the HKMA website unless marked confidential.
    """),
    ("en", "mule-account alert"): _lines("""
        TM rule R-MULE-03 fired: >= 10 inbound PayNow credits from distinct payers within 2h, followed by outward FAST to a crypto exchange.
        Device fingerprint 7f3a9c2e1b04d8e6 shared by 23 accounts opened via eKYC in the last 30 days - cluster CL-2025-0417.
        BlueStacks 5.21 emulator detected on 61 logins across 9 CIFs within 48h - likely mule farm onboarding.
        Alert score 0.93 (MULE-GBM v3.2.1, trained 2025-06-30), threshold 0.80; outgoing suspended, inbound left open for tracing.
        DuitNow transfers of exactly RM 4,999.00 repeated 14x in 3 days - just under the RM5k cooling-off trigger.
        FPS proxy type: mobile; 4 of 5 payers show "high risk" on Scameter. Recommend 72h hold + call-back.
        Velocity 38 txns/day vs peer median 2.1; end-of-day balance after sweep HKD 12.40.
        Closed NFA - account belongs to an F&B chain (UEN 201912345K) collecting PayNow QR payments; pattern consistent with business.
        Typology #4 "account rental": student accounts rented out for RM300-500 a month via Telegram groups.
        USDT TRC-20 off-ramp wallet TQ5v...9xKp shows 41% exposure to a FinCEN 311-designated marketplace.
        Kill switch invoked 04:11 HKT; 1,972 tokenised cards on the compromised wallet suspended.
        Batch MA-20251103: 412 accounts referred to SPF Anti-Scam Command; 97% opened less than 6 months ago.
        Alert #MA-558102 auto-closed: inbound credits are payroll from one employer (GIRO batch ref SAL-NOV25), not mule behaviour.
    """),
    ("en", "KYC remediation e-mail"): _lines("""
        Dear Valued Customer, as part of our periodic review, please update your particulars in the app within 30 days to avoid account restrictions.
        Subject: [Action Required] Periodic KYC review - Ref {{case_id}} - please upload a proof of address dated within the last 3 months
        Hi {{first_name}}, the ID document on file expired on {{id_expiry}}. Kindly upload a valid copy via Profile > Documents.
        We will never ask for your OTP, PIN or full card number by e-mail or phone. If in doubt, call the number on the back of your card.
        Pls note SOW declarations for accts > SGD 200k AUM must be signed by the BO, not the introducer. Reject if unsigned.
        Reminder to RMs: do NOT forward customer passports to personal Gmail, use the secure upload link only (DLP will block it anyway).
        Lionpay Customer Service Hotline: 1800 388 2200 (local) / +65 6388 2200 (overseas), Mon-Sat 8am-8pm.
        Hi team, remediation tracker v7 attached: 2,311 files outstanding, 486 past SLA, target zero by 31 Dec. Pls prioritise high-risk first.
        For the corporate account kindly provide: M&AA, latest ACRA bizfile, register of registrable controllers, board resolution.
        Employment letter printed on Queen Mary Hospital letterhead is not accepted on its own - it must come from HR via the Hospital Authority e-mail domain.
        Dear Sir/Madam, Re: Account No. ending ****, we cannot proceed until Section 3 (Tax residency / CRS self-certification) is completed.
        Automated reminder 3 of 3 - sent 2025-11-28T09:00:04+08:00 - template KYC_REM_EN_v2.4
    """),
    ("en", "training material"): _lines("""
        Module 3: placement, layering, integration. Walter White's car wash in Breaking Bad is the textbook placement example.
        Quiz Q7: A customer deposits SGD 19,000 in cash three days in a row. Which red flag is this? (a) structuring (b) round-tripping (c) TBML
        Case study (fictional): "Customer X", a 34-year-old freelancer, receives 20 transfers from strangers in one evening. Discuss the mule indicators.
        Marty Byrde laundering cash through the Blue Cat Lodge (Ozark, season 1) is a neat illustration of commingling.
        1MDB: USD 4.5bn allegedly misappropriated; funds moved through Good Star Limited and a BVI look-alike of Aabar Investments PJS.
        Red flags for TBML: over/under-invoicing, phantom shipments, multiple invoicing of the same goods, misdescribed goods.
        Completion: 96.4% of staff (n=3,118) passed AML Refresher 2025 with >= 80%; non-completers auto-escalated to line managers.
        Correspondent banking: request the respondent's Wolfsberg CBDDQ v1.4 and check it against the public register of the home regulator.
        Role play: trainee plays the RM, trainer plays a customer who refuses to explain a HKD 2m inflow. Debrief on tipping-off risk.
        Slide 14: as Sherlock Holmes put it, "Data! data! data! I can't make bricks without clay." Start from the transaction data, not hunches.
        FATF Recommendation 12 requires enhanced measures for foreign PEPs; for domestic PEPs the measures are risk-based.
        Wirecard (2020): EUR 1.9bn said to sit in escrow at two Philippine banks did not exist; the auditors relied on forged confirmations.
    """),
    ("en", "case system log"): _lines("""
        2025-11-04 02:13:55.718 INFO screening-svc[4471] batch=SAN-20251104 rows=1204883 elapsed=3h41m status=OK
        sha256(evidence_pkg_CASE-HK-2025-08831.zip) = 9b1f0c3e7a6d52e8c4b1a0f9d37e6c25b8a41f0e2d9c7b6a5e4f3d2c1b0a9988
        CASE-MY-2025-10442 reassigned from queue L1-KL to L2-FIU; SLA clock paused (awaiting RFI from branch).
        ERROR 422 PATCH /api/v2/alerts/ALR-99812/disposition - field 'rationale' must be at least 50 chars
        Release notes SAM 10.2.1: fixed duplicate alerts on FPS reversals; new parameter FPS_REV_WINDOW_MIN (default 30).
        UETR 3f2c8a9e-71b4-4d0c-9e55-2a6b1c7d8e90 - MT103 HSBCHKHHHKH -> DBSSSGSG, USD 250,000.00, status ACSC
        Invoice INV-2025-11-00731 (screening engine licence renewal): SGD 184,500.00 excl. GST, due 15/12/2025.
        AMLOPS-2291: rule R-STRUCT-02 threshold lowered from MYR 20k to MYR 15k, approved by MLRO committee 2025-10-21.
        Disposition codes: TP-STR (true positive, STR filed), TP-NSTR, FP-NAME, FP-DOB, FP-GEO, ESC-L2.
        0 2 * * * /opt/aml/bin/rescreen --lists=OFAC,UN,EU,MAS --delta-only >> /var/log/aml/rescreen.log 2>&1
        Courier tracking SF1304589927451 - pouch with notarised originals for HK Legal, received 09:12.
        Dashboard as at 30/11: open alerts 8,412 | >30d 1,106 | avg handling 22.4 min | STR conversion 3.8%
    """),
    ("en", "investigator chat"): _lines("""
        anyone know if STRO accepts the new SONAR template already or still the old one?
        lol the Chan Tai Man dummy records in UAT triggered 400 hits again, can someone purge the test data
        pls dun close the crypto cluster alerts yet, FIU wants to link them to the Op Tiger Lily referrals first
        FYI Raffles Place branch cash recycler down again, cash deposit alerts from that terminal will be delayed
        QC sampling this wk: 5% of closed FP, min 20 per analyst. pls fill up the checklist la
        the chargeback spike at that Pavilion KL merchant (MID 000112233445) is card testing, not mule. tag as FRAUD-CNP
        reminder: WFH staff cannot open case attachments on personal laptops, VDI only
        who has access to the screening API key? prod one expired 00:00 HKT
        Jalan Sultan Ismail branch sent 3 CTRs without teller ID, pls bounce back to them
        STR count Oct: SG 142, HK 97, MY 211. MY spike due to the Macau scam wave
        can Legal confirm a production order under the CDSA overrides banking secrecy? i think yes but need it in writing
        any ETA for the model retrain? FP rate 97.8% is killing the team tbh
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Subject: TAN Wei Ming, Desmond | NRIC S8734521A | DOB 12-Mar-1987 | Blk 412 Bedok North Ave 2 #08-115 S(460412) | HP 9137 2284
        Mule acct 5621-0348-8817 (Maybank) held by Nurul Aisyah binti Kamarudin, MyKad 990312-14-5526, 26yo UiTM student; RM 48,200 in from 19 scam victims in 5 days.
        Case note 14/11: met LEUNG Ka Wai (HKID K482913(1)) at Mong Kok branch, he admitted renting his account to a "friend" for HKD 3,000/month.
        Mainland client ZHOU Lei, PRC ID 440304198506122735, mobile +86 138 2654 7190, Shenzhen address Rm 1702, Block B, 3008 Yitian Road, Futian.
        Pls don't escalate - Mdm Lim Siew Ling (S7612093E) is on chemo at NCCS for stage 3 breast cancer, the SGD 60k cash withdrawals are for treatment per her daughter.
        WhatsApp +60 12-738 4419 (saved as "Ah Boy Kaya") recruits mules at RM500/acct; real name per PDRM is Lee Chong Hock, 31, from Klang.
        Card 4556 2210 3481 9724 exp 08/27 hit by 41 card-testing auths; cardholder Ms Priya d/o Ramasamy confirms she still has the physical card.
        SOW: Mr Rajesh s/o Muthusamy, Senior Engineer, basic SGD 9,850/mth + AWS, CPF statement shows employer contributions since 2014.
        Salary credit HKD 23,400 monthly from Hospital Authority - customer Ms CHEUNG Wing Sze, HKID Y306518(7), enrolled nurse at PYNEH.
        Joint a/c: Mr Goh Chee Keong and his wife Mdm Teo Pei Shan; their son Goh Jun Kai (T1356028A, 12 y/o) is the trust beneficiary.
        Cust email: "pls update my email to ahmadfaizal.razak87@gmail.com, new address No. 23, Jalan SS 2/64, 47300 Petaling Jaya" - Ahmad Faizal bin Abd Razak, IC 870415-10-5233.
        Masked screenshot still shows "ONG B*** H***, S****837Z, Blk 27 Jalan Bukit Merah #11-204" - pls re-redact properly before it goes to STRO.
        Court: Wong Kok Leong, 38, pleaded guilty in the State Courts to 3 charges for handing over his iBanking credentials to a syndicate; 9 months' jail.
        FIN G5183420N - Ms Nguyen Thi Hoa, domestic helper on a work permit, salary SGD 650, yet her account takes in SGD 12k a week.
        HK plate PK 6271 (white Alphard) registered to Mr KWOK Siu Fung, seen at 3 cash deposit machines in Yuen Long on 2 Nov.
        LINE ID lin_yating_0716 - account holder is Taiwanese national LIN Ya-Ting, ID A227105936, who received the "investment" funds.
        PRC passport E71284593, holder XU Mingjie, DOB 28/02/1979, used to open 4 e-wallets in MY within one week.
        Client's mother Mdm Chua Bee Hoon, 78, has dementia (diagnosed at CGH 2023); son holds the LPA, verify every withdrawal with him.
        Subject Muhammad Hafiz bin Zulkifli, 27, stays at 18 Jalan Anggerik Vanilla 31/97, Kota Kemuning, 40460 Shah Alam with his girlfriend.
        Mastercard 5221 8800 4716 3305 of Mr Sim Kah Hui - dispute says the merchant was a phishing site, customer lost SGD 3,480.
        STR subject Chen Xiaoyu (陈晓雨), mainland student at HKU, WeChat xiaoyu_chen1998, received HKD 860k by FPS from 44 payers.
        PRC ID 350203197902284156 belongs to the UBO Mr Huang Zhiqiang, who also holds HK permanent ID P771204(2).
        KYC refresh: Ms Farah Nadia binti Ismail changed her phone to 019-552 8103, address Unit B-12-3, Residensi Sri Putramas, Jalan Kuching, 51200 KL.
        Mr Lau Chi Ho (DOB 05/07/1990) called from 6218 4437 saying he never authorised the HKD 150,000 transfer; police RN 25100873.
        Investigator note: subject's elder brother Tan Boon Huat was a bankrupt (discharged 2019) and co-signs all his cheques.
        Card ending 7718, "Mdm S. Krishnan", Blk 603 Yishun St 61 #04-227 - masked but still identifies her, do not send out.
        SG plate SMB4821G registered to Mr Yeo Jian Hao; the car was used to courier cash to the Geylang remittance agent.
        Payslip: Ms Divya Nair, Analyst, salary SGD 5,200 - inconsistent with SGD 310k of inflows YTD.
        Suspect's FB page "Jason Ooi (JO Trading)" lists mobile 016-883 2047 and his house at 21 Lorong Kelawai, 10250 George Town.
        Victim: Ms Kavitha a/p Subramaniam, MyKad 920728-07-6118, lost RM 87,400 to a Macau scam caller posing as a PDRM officer.
        Her personal e-mail k.tsang.wingyan@outlook.com is also used for her employer's account - Ms Tsang Wing Yan, pls note.
        S Pass holder F2471096M, Mr Arjun Mehta, unemployed since Sept per MOM, still receiving SGD 40k a month.
        Previous STR: Mr Ng Kian Seng's UOB acct 378-301-462-8 was closed in 2021 for suspected cheque kiting.
        TT beneficiary LIM Chee Wah, acct 7012233485 at Public Bank, IC 651102-01-5371, 45 Jalan Molek 2/9, Taman Molek, 81100 Johor Bahru.
        Telegram @moneyboy_hk is run by Mr HO Tsz Long, HKID Z519027(5), who lives with his parents in Shek Kip Mei Estate.
        EDD interview: Mr Takeshi Morimoto said he was treated for gambling addiction at IMH in 2022; his wealth is a Japanese inheritance.
        Mdm Rosnah binti Ahmad passed away on 3 Nov; her son Azlan (017-228 9164) is the administrator, freeze and flag as deceased.
        pls check T0291847H - student acct, 23 PayNow credits today
        HK mule: Mr SO Chun Hei, 9273 1108, Flat 12C, Block 5, Kingswood Villas, Tin Shui Wai.
        Applicant's dad Mr Lee Seng Chye is a retired police superintendent, not a PEP, but note it in the file.
        Victim profile: Madam Yap, 81, lives alone at Blk 135 Jurong East St 13 #05-372, lost her entire SGD 128k CPF payout to a fake-official scam.
        Employer letter: Ms Joanne Koh Hui Min earns HKD 68,000/month as VP at a Central-based family office.
        Mr Danial Iskandar's AmBank Visa 4377 1852 0094 1652 was used at a Bangkok casino at 03:00 while he was in KL.
        Ms WANG Jing, PRC ID 110108199203170628, is director of 11 shell companies sharing one Sheung Wan address.
        Mr Ip Wai Kit, Flat 2305, 23/F, Tower 3, The Wings, 9 Tong Chun Street, Tseung Kwan O; mobile 5128 6670.
        Ms Chong Mei Ling, Malaysian passport A41982736, 8 Jalan Bunga Raya, Melaka - also director of 2 remittance firms.
        RM comment: "Mr Ravi Chandran is going through a divorce, wife claims half of the SGD 2.4m portfolio" - note for SOW review.
        Mr Kelvin Tay Wen Jie, 22, NSF, arrested 12/11 for selling his POSB account for SGD 800.
        Mdm Zhang Hui and her husband Mr Xu Bin opened accounts at Kowloon Bay branch with the same phone +86 159 0218 6634.
        pls call back cust Siti Khadijah binti Osman at 012-940 6271 re: blocked card, she is the one caring for the disabled son
        Taiwanese investor CHEN Chih-Ming, ID F128047365, wired TWD 3.2m to the HK shell company; his spouse is listed as director.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an AML drafting assistant for Lionpay investigators. Write STR grounds in plain English, factual, no speculation.",
        ),
        (
            "user",
            "draft grounds for: Mohd Rizal bin Hashim, MyKad 010923-08-6455, 24, student, acct rcvd RM 96k from 31 unrelated payers in 6 days, all sent out to Luno within minutes",
        ),
        (
            "assistant",
            "Grounds for suspicion: Between [date] and [date], the account of Mohd Rizal bin Hashim (MyKad 010923-08-6455), a 24-year-old student, received RM 96,000 from 31 unrelated payers, and the funds were transferred to a crypto exchange within minutes of receipt, which is inconsistent with his declared profile.",
        ),
        ("user", "ok add that he said a 'friend' in Ipoh manages the account"),
    ],
    [
        ("user", "why is my account frozen?? I need to pay rent today"),
        (
            "assistant",
            "I'm sorry for the trouble. For your security I can't discuss account restrictions here. Please verify your identity so I can route you to the right team.",
        ),
        ("user", "Full name Jasmine Ho Li Ting"),
        ("user", "nric S9012837Z"),
        (
            "assistant",
            "Thank you. A case officer will call you at your registered number within 1 working day.",
        ),
        ("user", "registered number changed, use 8826 4013 pls"),
    ],
    [
        (
            "system",
            "HK bank virtual assistant. Never ask for full passwords or OTPs. Scam victims should also be advised to call 18222.",
        ),
        (
            "user",
            "I think I got scammed, I transferred HKD 420,000 to a 'Hong Kong Police' officer over WhatsApp",
        ),
        (
            "assistant",
            "Please call the Anti-Scam Helpline 18222 right away and make a police report. I can also flag the transfer for a recall attempt.",
        ),
        (
            "user",
            "yes pls. my name MAK Sau Ling, HKID R660483(7), account 012-874-5-102938, I live in Flat 8B, Po Tat House, Po Tat Estate, Sau Mau Ping",
        ),
    ],
    [
        ("user", "what's the difference between layering and integration?"),
        (
            "assistant",
            "Layering moves illicit funds through many transactions to obscure their origin; integration brings them back into the economy as apparently legitimate wealth, e.g. property or business investment.",
        ),
        ("user", "got it. now help me summarise this case note for my manager:"),
        (
            "user",
            "Cust Mr Chandra Sekar a/l Gopal (IC 880611-05-5871) withdrew RM 210k cash over 3 wks. He says it's for his kidney dialysis and a transplant in Chennai. Wife confirms, letter from Hospital Seremban attached.",
        ),
        (
            "assistant",
            "Summary: Mr Chandra Sekar a/l Gopal made cash withdrawals totalling RM 210,000 over three weeks. He attributes them to dialysis and a planned kidney transplant in India, corroborated by his wife and a hospital letter. Recommend closing as NFA.",
        ),
    ],
    [
        ("user", "Is Vladimir Putin a PEP for screening purposes?"),
        (
            "assistant",
            "Yes. As President of the Russian Federation he is a foreign PEP and is also subject to sanctions by the EU, UK and US among others.",
        ),
        (
            "user",
            "ok what about our private banking client Dmitri Volkov, Russian passport 75 4418203, lives at 21 Ocean Drive, Sentosa Cove, no govt role, just a timber trader?",
        ),
        (
            "assistant",
            "If he holds no prominent public function and is not a family member or close associate of a PEP, he would not be a PEP, but check the sanctions lists and assess the Russia-related exposure of his business.",
        ),
    ],
    [
        (
            "system",
            "You help RMs write polite KYC remediation e-mails. Keep them short, do not mention STRs or investigations.",
        ),
        (
            "user",
            "write a reminder to Ms Audrey Lim Shu Yi (audrey.lsy@gmail.com), her proof of address has been overdue since March and her acct will be restricted on 15 Dec",
        ),
        (
            "assistant",
            "Dear Ms Lim, we note that we have not yet received your proof of address. To avoid any disruption, please upload a recent document via the app before 15 December. Thank you for your understanding.",
        ),
    ],
    [
        ("user", "pull up the card dispute summary for case FR-2025-22817"),
        (
            "assistant",
            "Case FR-2025-22817: cardholder Mr Benjamin Chua Kok Wee, Visa 4519 8760 6213 4852, disputes 6 transactions totalling SGD 7,940 at an online electronics store on 9 Nov. Device and IP do not match his usual profile. Provisional credit granted.",
        ),
        ("user", "thx, close it as confirmed fraud once the chargeback comes back"),
    ],
    [
        ("user", "mule alert ALR-88102, need to decide by EOD"),
        ("assistant", "What do the account holder's profile and the flows look like?"),
        ("user", "acct holder is Koay Jia Hui, 19, Penang, opened 3 weeks ago via eKYC"),
        ("user", "address on file 7-3-12 Taman Sri Nibong, Jalan Sungai Dua, 11900 Bayan Lepas"),
        (
            "assistant",
            "Opening age and profile are consistent with a recruited mule. I'd suggest suspending outward payments and calling the customer for an explanation.",
        ),
    ],
    [
        (
            "user",
            "boss, this one the acct holder Encik Faizul bin Mat Noor, IC 880113-12-5249, he work as lorry driver, gaji around RM 2,800 only but monthly inflow RM 140k",
        ),
        (
            "assistant",
            "That's a large mismatch. Do we have any business registration or second income declared?",
        ),
        (
            "user",
            "takde. but his brother-in-law got SSM company, maybe related. his HP 013-861 5530 kalau nak call",
        ),
    ],
    [
        (
            "user",
            "呢個 customer 陳家豪 want to transfer HKD 3m to a crypto OTC desk, RM asked me to check",
        ),
        ("assistant", "Please share the relevant KYC details and the purpose he stated."),
        (
            "user",
            "HKID E204817(9), DOB 14/09/1984, lives in Flat 1603, Tower 2, Grand Promenade, Sai Wan Ho. Purpose: 'buy BTC for retirement'. He's a civil servant at the Lands Department.",
        ),
        (
            "assistant",
            "Noted. I'd recommend EDD on source of funds and confirming the OTC desk is a licensed VATP.",
        ),
    ],
]
