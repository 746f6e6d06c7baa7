# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en39: English customer-support tickets for SG/MY/HK/CN SaaS and e-commerce (refunds, account recovery, KYC, chargebacks, PDPA/PIPL/GDPR requests). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en39
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "refund policy"): _lines("""
        Refunds are processed to the original payment method within 5–10 business days after the returned item passes inspection.
        Items marked "Final Sale" (e.g. SKU FS-2291, FS-2292) are not eligible for return or exchange.
        For orders paid via PayNow or FPS, refunds will be credited to the originating bank account; we cannot refund to a third party's account.
        Shipping fees (S$4.99 standard, S$12.00 express) are non-refundable unless the item arrived damaged or incorrect.
        Malaysian customers: refunds for COD orders are issued as store credit or via DuitNow within 7 working days.
        Chargebacks filed while a refund request is still open may result in the account being placed on hold pending review.
        Under the Consumer Protection (Fair Trading) Act, you may be entitled to a repair, replacement or refund for defective goods reported within six months of delivery.
        Digital goods (gift cards, in-game credits, e-vouchers) cannot be refunded once the code has been revealed.
        Refund amount = item price − discount applied + original shipping (if eligible); loyalty points used will be reinstated, not cashed out.
        Pre-orders for the Harry Potter Hogwarts Edition box set can be cancelled free of charge until the release date of 14 Feb 2026.
        Charles & Keith, Tommy Hilfiger and Calvin Klein items bought during the 11.11 sale follow the brand's own 14-day return window.
        Returns from Hong Kong and Macau must be dropped off at any SF Express service point with the QR code from your returns portal.
        Refunds over RMB 5,000 require a second approval by the finance team (policy FIN-RF-07, rev. 3.2).
    """),
    ("en", "macro replies"): _lines("""
        Hi {{ticket.requester.first_name}}, thanks for reaching out! I've issued a refund of {{refund.amount}} to your {{payment.method}} ending {{payment.last4}}.
        Dear [Customer Name], we are unable to verify your identity with the documents provided. Pls upload a clear photo of both sides of your [ID type] and a selfie holding it.
        Hi there, for your security we will never ask for your full card number, CVV or OTP over chat, email or phone.
        Hello {first_name}, your data access request {dsr_id} has been received. We will respond within 30 days as required under the PDPA.
        Hi <NAME>, your password reset link expires in 15 minutes. If you didn't request this, please ignore this email.
        Macro KYC_RESUBMIT_BLURRY: "Hi {{name}}, the photo of your {{doc_type}} is too blurry for our system to read. Please retake it in good lighting without glare."
        Thank you for your patience. Your case has been escalated to our Tier 2 team and you'll hear from us within 48 hours.
        Hi, sorry for the trouble! Could you share your order number (starts with HC- and has 7 digits)? Pls don't include your IC or passport no. in chat.
        您好 {{customer_name}}，您的退款申请 {{case_id}} 已提交，预计 3-5 个工作日到账。
        Dear Valued Customer, we regret to inform you that your chargeback dispute for transaction {txn_ref} has been decided in favour of the merchant.
        Hi {{first_name}}, we've corrected the spelling of your name on your account as requested. The change may take up to 24 hours to appear on invoices.
        Hi John Doe — this is a sample preview of the "Deletion confirmed" template. Replace placeholder values before sending.
        Salam & hi {{nama}}, permohonan bayaran balik anda utk pesanan {{order_no}} telah diluluskan. Thank you for shopping with us!
    """),
    ("en", "ticket and order logs"): _lines("""
        Ticket #48213 merged into #48190 (duplicate). Status: Pending → Solved. SLA breached by 00:14:32.
        Order HC-5520193 | 2 items | SGD 128.40 | paid via GrabPay | shipped 2025-11-28 via Ninja Van, tracking NVSG4477120993.
        refund_id=rf_3PqK9xLm2Tz8 status=succeeded amount=4590 currency=myr created=1733302211
        Chargeback CB-2025-10-88172: reason code 4853 (Cardholder Dispute), representment deadline 2025-12-19, evidence uploaded 3/5.
        JIRA SUP-2291: refund button greyed out on iOS app v4.18.2 (build 1182) for orders split across two warehouses.
        Bulk action: 1,284 tickets tagged "double_charge" between 02:10 and 03:45 SGT auto-closed after refunds issued.
        SF Express waybill SF1409827730561 — status: Delivered to locker, Kwun Tong MTR Exit A2.
        DSR queue: 37 open (access 21, deletion 12, correction 4); oldest item 26 days old, 4 days left on the 30-day clock.
        sha256 of export batch 2025-12-01: c2385e8b294630a2e0681c17c5c45d44bafff346416652e3b8a1b0d2876c5d2f
        Webhook retry #3 failed: POST /v2/kyc/callback → 502 Bad Gateway (x-request-id 7c1e0b44-93d2-4f0a-a1b6-22e7d5c08f31).
        Escalation matrix updated: L1 → L2 after 24h, L2 → Trust & Safety after 72h, any PDPA/PIPL request → DPO same day.
        Cainiao tracking LP00638821947731 stuck at "Departed from Guangzhou sorting centre" for 9 days, pls chase.
        Macro usage last wk: REFUND_APPROVED 2,311; KYC_RESUBMIT 874; DSR_ACK 96; CHARGEBACK_WON 41.
    """),
    ("en", "status page"): _lines("""
        [Resolved] Delayed refunds to Maybank and CIMB cards — 04 Dec 2025, 09:12 MYT. All pending refunds have now been processed.
        Investigating: Some users in Hong Kong are unable to receive SMS OTP codes. Email OTP is unaffected.
        Scheduled maintenance: KYC verification will be unavailable on 7 Dec 2025 from 01:00 to 03:00 SGT (UTC+8).
        Monitoring — A fix has been deployed for the issue causing duplicate charges on Alipay+ transactions. Affected orders will be refunded automatically.
        Uptime last 90 days: API 99.97%, Checkout 99.91%, Help Centre 100.00%.
        Identified: our payment processor is seeing elevated error rates (HTTP 503) for UnionPay cards issued in mainland China.
        Incident INC-20251203-02 postmortem: root cause was an expired TLS certificate on refunds.api.internal; duration 47 min.
        Degraded performance — account recovery emails may be delayed by up to 2 hours due to a backlog at our email provider.
        All Systems Operational · Last updated 4 Dec 2025 14:05 HKT
        Update 16:40: chat support in Bahasa Melayu and Mandarin is back online; English queue wait time is ~12 min.
        Post-incident note: no customer personal data was accessed or exfiltrated during the 2 Dec outage.
        Maintenance complete. Version 5.3.0 of the merchant dashboard is now live (changelog: new dispute evidence uploader).
    """),
    ("en", "privacy procedure"): _lines("""
        Before fulfilling an access request, verify the requester using at least two data points already on the account; don't ask for a fresh copy of their ID unless necessary.
        Do not paste NRIC, HKID or card numbers into internal Slack channels — link the ticket instead.
        Deletion requests: anonymise the customer record, purge marketing lists, and keep transaction records only as long as tax law requires (5 yrs SG, 7 yrs HK and MY).
        Under the PDPA, organisations must respond to an access request as soon as reasonably possible, generally within 30 days.
        Since 1 Sep 2019, organisations in Singapore may not collect, use or disclose full NRIC numbers unless required by law or necessary to accurately establish identity.
        For PIPL requests from mainland users, route the ticket to the Shenzhen entity and reply within 15 working days.
        Sample identifiers used in training decks: S1234567D (NRIC), A123456(3) (HKID), 11010519491231002X (PRC ID) — documentation specimens, not customers.
        Correction requests that change legal name or date of birth need a supporting document; cosmetic changes (nickname, display name) do not.
        Call recordings are retained for 90 days and then deleted automatically unless placed on legal hold.
        If a requester asks for data about another person (e.g. a spouse or parent), decline unless they provide written authorisation or a court order.
        Notification of a notifiable data breach to the PDPC must be made within 3 calendar days of assessing that it is notifiable.
        Cross-border transfers of personal information out of the PRC need a CAC security assessment, a filed standard contract, or certification (PIPL Art. 38).
        When quoting a card in a ticket show only the first 6 and last 4 digits, e.g. 411111******1111.
    """),
    ("en", "legal citations"): _lines("""
        Personal Data Protection Act 2012 (No. 26 of 2012), s. 21 (access) and s. 22 (correction).
        Personal Information Protection Law of the PRC, adopted 20 August 2021, effective 1 November 2021; Articles 44–47 set out the rights to know, access, copy, correct and delete.
        Regulation (EU) 2016/679 (GDPR), Art. 17 — right to erasure ("right to be forgotten").
        Personal Data (Privacy) Ordinance (Cap. 486), Data Protection Principle 6 and sections 18–19 on data access requests.
        Personal Data Protection Act 2010 (Act 709) of Malaysia, as amended by the Personal Data Protection (Amendment) Act 2024 (Act A1727).
        Case C-311/18, Data Protection Commissioner v Facebook Ireland Ltd and Maximillian Schrems (Schrems II), ECLI:EU:C:2020:559.
        The PIPL was promulgated by Order of the President of the People's Republic of China No. 91, signed by President Xi Jinping.
        Visa Core Rules and Visa Product and Service Rules, Dispute Condition 13.1: Merchandise/Services Not Received.
        Mastercard Chargeback Guide, message reason code 4837 — No Cardholder Authorization.
        Trade Descriptions Ordinance (Cap. 362), s. 13E — bait advertising.
        Anti-Money Laundering and Counter-Terrorist Financing Ordinance (Cap. 615), Schedule 2 on customer due diligence.
        GDPR Art. 12(3): the controller shall provide information on action taken on a request without undue delay and in any event within one month of receipt.
    """),
    ("en", "public contacts"): _lines("""
        Personal Data Protection Commission, 10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438.
        Office of the Privacy Commissioner for Personal Data, Room 1303, 13/F, Dah Sing Financial Centre, 248 Queen's Road East, Wanchai, Hong Kong.
        Data Protection Officer, Harbourcart Pte. Ltd. — dpo@harbourcart.sg — 1 Raffles Place, #44-01, One Raffles Place, Singapore 048616.
        Customer hotline (SG): 1800 226 7788, Mon–Fri 9am–6pm; (MY): 1-300-88-2468; (HK): +852 3008 1234.
        China customer service: 400-820-6618 (toll-free within mainland), or email cnsupport@kopimart.cn.
        Kopimart Sdn. Bhd. (Registration No. 202101034512), Level 23, Menara Tun Razak, Jalan Raja Laut, 50350 Kuala Lumpur.
        Walk-in returns counter: Shop G12, Hysan Place, 500 Hennessy Road, Causeway Bay (open 11:00–21:00).
        Media enquiries: press@harbourcart.sg. Our CEO does not respond to individual customer complaints via LinkedIn.
        Still unhappy? In Hong Kong you can contact the Consumer Council hotline 2929 2222; in mainland China call 12315.
        Suspect a scam call pretending to be us? In HK call the Anti-Deception Coordination Centre on 18222.
        Frontline staff at Tan Tock Seng Hospital and Queen Mary Hospital get 10% off with corporate code HCW2026.
        Self-collection point: Raffles City Shopping Centre, 252 North Bridge Road, #B1-44E, Singapore 179103.
    """),
    ("en", "kyc guidance"): _lines("""
        Accepted documents: Singapore NRIC, Malaysian MyKad, HKID, PRC Resident Identity Card, or a passport valid for at least 6 months.
        MyKad numbers follow the format YYMMDD-PB-###G, where PB is the place-of-birth code and the last digit is odd for males and even for females.
        HKID format: one or two letters, six digits and a check digit in brackets, which may be 0–9 or A.
        The 18th character of a PRC resident ID is a check digit computed with ISO 7064 MOD 11-2; it may be "X".
        Liveness thresholds: pass ≥ 0.85, manual review 0.60–0.85, reject < 0.60.
        Reject if the document is expired, the photo is a screenshot, or any corner of the card is cropped.
        Enhanced due diligence applies to politically exposed persons (PEPs) and to customers whose top-ups exceed SGD 20,000 in 30 days.
        Sanctions screening runs against the UN, OFAC SDN and MAS lists every 24h; a name match alone isn't a hit until DOB or nationality also matches.
        Proof of address must be dated within the last 3 months: utility bill, bank statement, or a letter from a govt agency (IRAS, LHDN, IRD).
        Sandbox test identity "Alice Tan", DOB 01/01/1990, document no. TEST-0000001 always returns status=approved.
        Screening QA: searching "Lawrence Wong" (Prime Minister of Singapore) must return a PEP flag in the sandbox.
        KYC tier limits: Tier 0 (unverified) S$0; Tier 1 (phone + email) S$1,000/month; Tier 2 (ID + selfie) S$30,000/month.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, my name is Tan Wei Ling and I was charged twice for order #HC-5520193 — pls refund to my card ending 5602, my mobile is 9128 4470.
        Acct recovery: user lost 2FA phone. Verified via selfie + NRIC S8834127I, name on ID Muhammad Hafiz bin Roslan, new number +65 8731 2096.
        Dear PDPO team, under s.18 I request a copy of all personal data you hold on me. Full name: Chan Ka Yan, HKID Y352716(4), registered email kayan.chan88@gmail.com.
        根据《个人信息保护法》第47条 I request deletion of my account. 姓名 Liu Yang，身份证号 310104199103024836，phone 138 1762 4093.
        KYC rejected for Siti Nur Aisyah binti Kamal — MyKad 920815-10-6084 photo blurred; address on utility bill: No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Chargeback CB-771209 filed by cardholder Ng Boon Keat (Visa 4539 6825 1398 6999), reason 13.1 not received; POD for Blk 412 Bedok North Ave 2 #08-117 S460412 shows signed by "Ah Ma".
        Customer Wong Siu Ming says he's on chemo at Queen Mary and asked us to pause his subscription billing until March.
        Pls verify: account holder is L*** Mei Fong, DOB 14/02/1987, NRIC ending 093E, registered to Blk 7 Toa Payoh Lor 8 #05-33.
        Please correct my surname from "Lim" to "Lin" – I'm Lin Jia Hui, passport K7310452E, email jiahui.lin@outlook.sg
        can u refund the premium plan, i was retrenched last month, salary only RM4,200 cannot afford. — Nur Syafiqah Ahmad, 012-338 9104
        Customer asked to be contacted on WeChat instead: wxid zhoujie_1990, name Zhou Jie (Hangzhou), order CN20251130-88123.
        WhatsApp me at +60 17-552 8390, this is Rajesh a/l Subramaniam, my parcel to 23, Lorong Kenari 4, Taman Sri Rampai, 53300 KL still not here!!
        Taiwanese buyer Huang Ya-Ting, ID A2235168741, LINE id yating.h0321, wants the e-invoice sent to carrier /QW8K2P7.
        FYI legal: Koh Chee Meng, who filed Small Claims Tribunal claim SCT/2025/004812 against us over the sofa refund, also has a pending bankruptcy application.
        Rider says recipient Mr Ganesh Pillai drives SJK4821U and wants parcels left at his car in the Blk 233 Jurong East St 21 carpark.
        Ms Chow Pui Shan requested a refund of the hearing-aid subscription; she has severe hearing loss in both ears so reply by email only: puishan.chow@yahoo.com.hk
        Customer Lee Jun Hao (acct 4409812) opened 6 refund requests in 60 days, all >$200; last login IP 118.189.77.23 (Tampines). Flag for abuse review.
        From: Karen Teo <karen.teo.hy@gmail.com> Sent: Tue 2 Dec 2025 21:14 Subject: Re: Refund for order 5531-0921 — still waiting, my husband Daniel is in hospital and we need the money.
        Please send the replacement to Flat 12B, Block 3, Kornhill, 2 Hong On Street, Quarry Bay — recipient Cheung Tsz Hin, 9634 2871.
        Shipping label: Wu Haoran / 139 1724 5086 / 上海市徐汇区田林路200号1栋602室 — refund to the Alipay account on this phone pls.
        hi my card no is 5412 7475 5788 5602 exp 08/28 cvv 331 pls just charge it again, name Farah Lim
        Refund to UnionPay 6222 6488 8242 9025, cardholder Wang Xiaoling, ID 440305198809172146, ICBC Shenzhen Nanshan sub-branch.
        ID check failed – applicant Lam Chi Keung, HKID R907431(6), DOB 1979-11-03; proof of address from HK Electric shows Rm 1608, Wah Fai House, Wah Fu Estate.
        Work pass holder Nguyen Thi Hoa, FIN G5128734M, wants her account name to match her new passport after marriage (new surname Tan).
        PDPA withdrawal of consent: stop all marketing to me pls. Lim Kok Wai, lkw1972@singnet.com.sg, 9047 2218. Also delete my daughter Chloe's profile (she's 11).
        Agent note: caller said she is the ex-wife of account holder Raymond Ho and wants his order history for their divorce proceedings — denied, no authority.
        MyKad no. 890412-14-5327, nama Ahmad Faizal bin Yusof, tolong refund ke Maybank acct 1142 8830 5517 ya. Tq
        Priya Ramasamy (priya.r.2011@gmail.com) disputes the RM349 charge — says her son used her phone to buy game credits without permission.
        Verifying cross-border buyer: passport EA4829173, Sun Lei, born 1990-05-17 in Qingdao; uploaded selfie does not match the passport photo.
        Chen Guan-Yu (F1283774022) called from 0935-217-804 about a duplicate charge on his Shopee order, wants callback after 7pm.
        The courier left my parcel with my neighbour at #11-240 and now she denies it. I'm Joanne Yeo at #11-242, Blk 118 Rivervale Drive, S540118.
        Recovering acct: dob 22 Jul 1994, registered email m.iskandar94@hotmail.com, old phone 016-728 4410, full name Muhammad Iskandar Zulkarnain.
        Income verification: payslip shows Goh Hui Min, Staff Nurse at Changi General Hospital, basic $4,850/mth, NRIC T0219845I.
        Ong Siew Hoon, Visa ending 6999, billing 55 Lorong 23 Geylang #04-05 S388388 — bank says fraud, she says she never received the Dyson.
        My late father Chua Beng Huat passed away on 3 Nov; please close his account chuabh@pacific.net.sg and refund the unused annual fee to me, his son Chua Wei Jie.
        Pls refund via FPS to 6283 1947 (FPS registered to Leung Wing Sze) instead of the credit card, tks.
        Under Article 15 GDPR I'd like all data incl. call recordings. I'm Sophie Müller, living in SG, sophie.mueller@posteo.de, customer no. 30018842.
        Please cancel Mdm Rosnah Abdullah's Raya hamper order – she was admitted to Hospital Sultanah Aminah after a stroke yesterday; her daughter Aida (013-449 2176) will collect the refund.
        KYC L2 approved: Zhao Guoqiang, 110105197506111272, Beijing Chaoyang, liveness 0.93, bank card 6217 **** **** 4410 linked.
        Deng Xiaomei, 42, Chengdu, ID 510107198307143628, asking why her credit limit was cut after she reported her phone lost.
        Pls unlink my store from old email. Legal rep: Fang Yuchen, ID 330106199601285517, new email fangyc96@163.com, phone 186 6817 2390.
        Appeal: Ho Ka Lok (HKID XA114528(A)) says his account was locked after he moved to Vancouver; new address 2311 W 4th Ave, Vancouver BC V6K 1P1.
        To whom it may concern, I, Mak Suet Ying, HKID C668203(9), authorise my sister Mak Suet Lai to request my order records on my behalf.
        Mr Rahim bin Osman (S7612093E) is visually impaired and asked that refund letters be sent in large print to Blk 21 Jalan Bukit Merah #03-1120, S160021.
        Student Kim Min-jun (FIN F2297408N, NUS) says his Student's Pass was used by a stranger to open an account with us; police report no. E/20251118/4471.
        Parent complaint: her 11-yr-old son Ethan Koh (NRIC T1456620H) bought $640 of gems with her card; she wants a refund and his account banned.
        Amex 3714 004455 96367, cardmember Vivian Seah, disputes SGD 1,299.00 for the Maldives package — she was hospitalised with dengue and couldn't travel.
        Card ending 3398 and shawn.lee.0707@gmail.com belong to the same guy who did 3 chargebacks last year — Shawn Lee, Sengkang. Add to blocklist.
        She tagged us on IG @jaslyn.ooi_ complaining: Jaslyn Ooi from Penang, order MY-88213077, wants a refund for the broken air fryer.
        Dear Sir/Madam, my ex-tenant Benjamin Foo is still using my address (Blk 301 Ang Mo Kio Ave 3 #09-1840) for his orders, pls remove it. Tan Geok Lian, 9817 3305
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi refund for order SG-2025-118830 pls, item arrived cracked"),
        ("assistant", "So sorry about that! Could you share the name and email on the order?"),
        ("user", "Tay Hui Min"),
        ("user", "huimin.tay.88@gmail.com"),
        (
            "assistant",
            "Thanks, a refund of S$89.90 has been initiated and should reach you in 5-10 business days.",
        ),
    ],
    [
        (
            "system",
            "You are the Kopimart support assistant. Never ask for full card numbers, CVV or OTPs.",
        ),
        ("user", "my account kena locked leh, cannot login since morning"),
        (
            "assistant",
            "Sorry about that! Please share the mobile number registered to the account.",
        ),
        ("user", "+65 9726 1830, name is Darren Sim"),
        ("assistant", "Thanks Darren, I've sent a verification link to that number."),
    ],
    [
        ("user", "I lost access to my email and need to recover my account"),
        (
            "assistant",
            "I can help. For verification, what's the HKID on the account? Only the first 4 characters are needed.",
        ),
        ("user", "K681"),
        (
            "user",
            "actually here's the whole thing K681024(1), I'm Yeung Hoi Ching, born 5 June 1983",
        ),
        (
            "assistant",
            "Thank you, please don't share full ID numbers in chat. I've opened ticket #58812 for our recovery team.",
        ),
    ],
    [
        (
            "user",
            "I want to close my account and have all my personal information deleted under PIPL",
        ),
        (
            "assistant",
            "Understood. Deletion is permanent — any remaining balance will be forfeited. Do you want to proceed?",
        ),
        ("user", "yes. account phone 13826 041 759"),
        ("user", "sorry 138 2604 1759, name 何志强, Guangzhou Tianhe"),
        (
            "assistant",
            "Your deletion request has been logged and will be completed within 15 working days.",
        ),
    ],
    [
        ("system", "You help merchants prepare chargeback evidence."),
        ("user", "Need help writing a rebuttal for dispute CB-2025-11-00431, reason 13.1"),
        ("assistant", "Sure. Please summarise the order timeline and delivery proof."),
        (
            "user",
            "Buyer is Yap Mei Ling, Visa 4893 6652 9046 0155, delivered 18 Nov to 7 Jalan Tembaga 3, Taman Perindustrian Puchong, she signed for it herself",
        ),
        (
            "assistant",
            "Here's a draft rebuttal citing the signed proof of delivery and the tracking history.",
        ),
    ],
    [
        ("user", "KYC keep failing, already try 3 times"),
        (
            "assistant",
            "Sorry! Please make sure your MyKad is flat, well-lit and all four corners are visible.",
        ),
        ("user", "ok the number is 850301-07"),
        ("user", "5119"),
        ("user", "name Lim Chee Keong, Penang, should match my Maybank account"),
        (
            "assistant",
            "Thanks, I've asked our verification team to review your submission manually.",
        ),
    ],
    [
        ("user", "Hello, I'd like to submit a subject access request under the GDPR."),
        (
            "assistant",
            "Certainly. Please tell us which account the request relates to and how you'd like to receive the data.",
        ),
        (
            "user",
            "Account lukas.brenner@gmx.de. I moved from Munich to Hong Kong last year, now at Flat 7C, 18 Conduit Road, Mid-Levels. Please send everything by email.",
        ),
        ("assistant", "Thank you, we'll respond within one month as required by Art. 12(3)."),
    ],
    [
        ("user", "did my order ship?"),
        ("assistant", "Let me check — could you give me the order number?"),
        ("user", "HK-77120483"),
        (
            "assistant",
            "Found it. The order is registered to Chow Kin Wah, Flat 3, 12/F, Block B, Lok Fu Estate, Kowloon, mobile 6192 4835, and it shipped yesterday via SF Express.",
        ),
        ("user", "ok thx"),
    ],
    [
        ("user", "I want to cancel my gym membership, your T&C says medical reasons are ok"),
        (
            "assistant",
            "Yes, a medical cancellation is possible with a doctor's memo. Could you share your member number?",
        ),
        ("user", "member no. 77310, Amanda Low"),
        ("user", "I'm 20 weeks pregnant and my gynae at KKH said no more high-intensity classes"),
        (
            "assistant",
            "Thank you, I've submitted the cancellation; please email the memo to membership@fitlab.sg.",
        ),
    ],
    [
        ("user", "my resident ID on your KYC record is wrong, one digit off"),
        ("assistant", "Please send the correct number and we'll raise a correction request."),
        ("user", "correct one is 320106199208155124, name Xu Jing, Nanjing"),
        (
            "assistant",
            "Thanks, the correction request has been submitted and you'll be notified by SMS.",
        ),
    ],
]
