"""Blind check set en78: gig work and freelancing in SG/MY/HK (platform profiles, invoices, rate cards, payment disputes, tax and CPF for the self-employed). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en78
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "platform help centre"): _lines("""
        To change your payout bank account, go to Account > Earnings > Payout method. Changes take up to 3 working days to take effect.
        From 1 Jan 2025, CPF contributions for eligible delivery partners are deducted automatically from each completed job and shown as a separate line in your statement.
        Your weekly earnings statement is generated every Monday at 06:00 SGT and covers Mon 00:00 to Sun 23:59.
        Verify your identity by scanning the front and back of your MyKad. We do not keep the image after verification is complete.
        If your account was deactivated, you can appeal within 14 days through the Help Centre form. Please do not email us your IC number or bank statements.
        Van (1.7m): max load 500 kg, cargo space 1.7 x 1.2 x 1.2 m. 10ft lorry: max load 1,000 kg. Tolls and parking are paid by the customer.
        Cash jobs: if your wallet balance falls below -RM50, new cash orders will not be assigned until you top up.
        Weekend Quest: complete 45 trips between 24-30 Nov to earn an extra $60. Trips you cancel do not count towards the quest.
        Rider Support Hotline (HK): 3008 5511, daily 9am-9pm. For accidents on the road, call 999 first.
        Error PAY-4031: the receiving bank rejected the transfer because the account holder name does not match your profile. Update your payout details and try again.
        Your rating is the average of your last 500 rated trips. Partners below 4.70 may lose access to Priority and Airport jobs.
        Profile photo guidelines: face clearly visible, no sunglasses or caps, plain background. New photos are reviewed within 24 hours.
        FPS payouts in Hong Kong are sent every Tuesday; if Tuesday is a public holiday, payouts go out the next working day.
    """),
    ("en", "invoice and rate card"): _lines("""
        INVOICE No. INV-2025-0418 | Issue date: 03/11/2025 | Terms: Net 30 | Amount due: SGD 2,450.00
        Rate card 2026 - Brand video (60s): HK$18,000 | Social cutdowns (3 x 15s): HK$6,500 | Extra revision round: HK$1,200 per round
        Payment terms: 50% deposit upon confirmation, balance within 14 days of final delivery. Late payments incur interest at 1.5% per month.
        Bill to: {{client_company}}, {{client_address}} / Attn: {{client_contact_name}} / PO ref: {{po_number}}
        Wedding photography (full day, 2 shooters): RM3,800. Drone add-on: RM450. Outside Klang Valley, transport is charged at RM0.80/km.
        GST is not charged on this invoice as the supplier is not GST-registered.
        Payee: Kopi & Pixel Studio Pte. Ltd. (UEN 201934417K), OCBC current account - full details printed on the official invoice only.
        Translation EN<>ZH: S$0.12/word general, S$0.18/word legal or medical, minimum charge S$60 per job.
        INV-HK-0092 has been voided and replaced by INV-HK-0093 (wrong currency, should be HKD not USD).
        UI design (Figma) 32h @ $85 = $2,720; Front-end build 40h @ $95 = $3,800; Subtotal $6,520; Less deposit ($2,000); Balance $4,520
        Illustration day rate MYR 650, half day MYR 380. Usage: social media only, 12 months. Print/OOH licence +40%.
        This quotation is valid for 30 days from date of issue. Prices in SGD, exclusive of 9% GST where applicable.
        Client: Tan Tock Seng Hospital, Corporate Communications. PO No. 4500218873. Deliverables: 2 x explainer animations (90s).
        Event coverage for Lee Kong Chian School of Business: 40 edited photos per session, delivered within 5 working days.
    """),
    ("en", "tax, CPF and MPF guidance"): _lines("""
        Self-employed persons with an annual Net Trade Income of more than $6,000 are required to make MediSave contributions.
        Platform workers born on or after 1 Jan 1995 are automatically covered by CPF contributions under the Platform Workers Act; older workers may opt in.
        If your revenue is $200,000 or below, you may report a 4-line statement (revenue, gross profit, allowable business expenses, adjusted profit or loss) in Form B.
        Hong Kong: self-employed persons aged 18 to 64 must join an MPF scheme. Mandatory contributions are 5% of relevant income, capped at HK$1,500 a month.
        Malaysia: the Self-Employment Social Security Scheme (SKSPS) under PERKESO covers e-hailing drivers and p-hailing riders, with plans starting from RM13.10 a month.
        LHDN: individuals with business income file Form B by 30 June through MyTax (e-Filing). Keep your receipts for 7 years.
        Allowable: business share of your phone bill, petrol used for deliveries, motorcycle servicing. Not allowable: traffic fines, personal meals, income tax itself.
        Voluntary contributions to your CPF accounts count towards the CPF Annual Limit of $37,740, together with any mandatory contributions.
        HK profits tax for unincorporated businesses: 7.5% on the first HK$2 million of assessable profits, 15% on the remainder.
        Reminder: the CPF Board call centre (1800-227-1188) will never ask you to transfer money or reveal your Singpass OTP.
        Paper submissions: IRAS, Revenue House, 55 Newton Road, Singapore 307987.
        Lembaga Hasil Dalam Negeri Malaysia, Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, Selangor.
        NRIC/FIN: ____________   Tax Reference No.: ____________   Year of Assessment: 20__
        Estimated MediSave payable for NTI of $30,000 at age 35-44: 9% = $2,700 (illustration only; the actual amount is stated in your Notice of Assessment).
    """),
    ("en", "payment dispute policy"): _lines("""
        Disputes must be raised within 7 days of the order being marked complete. After that, funds are released to the freelancer automatically.
        Case #DSP-884120: buyer claims the deliverable did not match the brief. Status: under mediation. Next update by 12 Dec 2025.
        Claims of up to $20,000 (or $30,000 if both parties agree) can be filed at the Small Claims Tribunals. Filing fees start from $10.
        The Small Claims Tribunal in Hong Kong hears monetary claims of up to HK$75,000; lawyers are not allowed to appear for either party.
        Chargeback reason 13.1 (Services Not Provided): submit proof of delivery, such as file transfer logs or signed acceptance, within 20 days.
        Milestone 2 of 3 (HKD 8,000) released from escrow on 2025-10-14 14:22 HKT, reference ESC-HK-20251014-0375.
        Scope changes must be agreed in writing. "Can you add one more page?" is a new milestone, not a revision.
        If the freelancer does not respond within 72 hours of a dispute being opened, the buyer may cancel the order for a full refund.
        Under the Tripartite Standard on Contracting with Self-Employed Persons, written agreements should state the scope of work, fee and payment timeline.
        We will never ask you to pay a release fee to unlock your earnings. Report suspicious messages to the ScamShield Helpline at 1799.
        Hi {client_name}, a gentle reminder that invoice {invoice_no} for {amount} was due on {due_date}. Kindly arrange payment at your earliest convenience.
        Payment failed: insufficient funds in escrow wallet (code E-207). Retry scheduled for 2025-12-06T03:00:00+08:00.
    """),
    ("en", "freelancer forum"): _lines("""
        anyone know if grabfood riders need to pay cpf now? i'm 34 so is it compulsory or opt in ah
        Just got my first Form B reminder lol. Do I need to declare the $800 from my carousell side hustle also?
        client 3 months never pay already, always "finance team processing". SCT worth it or not?
        tip for new riders: Jalan Sultan Ismail after 9pm very dead, go Bangsar or Mont Kiara for better orders
        HK ppl: is MPF compulsory if I only do freelance translation part time? earn maybe 5k a month
        Rate check: junior motion designer in KL, charging RM150/hour. Too low? Clients all say "budget tight" one.
        Never accept payment via those "claim your Shopee voucher" links. Legit clients pay by bank transfer or PayNow to UEN.
        PSA: Fiverr took 20% plus the buyer service fee, so my $100 gig netted about $78. Price accordingly.
        Used the IRAS tax calculator for self-employed, it says I owe around $1.2k. Anyone cross-check with their accountant?
        can lalamove drivers claim petrol as expense? or only for grab?
        asking for a friend: how do you chase a client in HK when they stop replying on WhatsApp?
        Anyone tried Upwork Freelancer Plus? USD 19.99/mo feels steep just for connects.
        My rate went from $40 to $65/hr after I started sending proper SOWs. Not joking.
        the Raffles Place MNCs pay on time one, it's the startups that ghost you after the second invoice
    """),
    ("en", "news and public figures"): _lines("""
        Manpower Minister Tan See Leng tabled the Platform Workers Bill in Parliament in 2024, setting out CPF and work injury coverage for delivery and ride-hail workers.
        Human Resources Minister Steven Sim said the gig workers law would cover e-hailing drivers, p-hailing riders and freelancers.
        Jalan Tun Razak, named after Malaysia's second prime minister, is one of the busiest lunchtime zones for food delivery in KL.
        Foodpanda riders in Hong Kong went on strike in 2022 over pay cuts and changes to delivery distance calculations.
        Grab chief executive Anthony Tan told investors the company would keep investing in driver-partner benefits.
        Like Phua Chu Kang, every contractor in Singapore promises to be "best in Singapore, JB and some say Batam".
        Own-account workers form a sizeable share of Singapore's resident workforce, according to the Ministry of Manpower's latest survey.
        The Labour Department of Hong Kong said it is studying protections for platform workers, including work injury compensation.
        Malaysia's EPF runs the i-Saraan scheme for self-employed people, with a government incentive of 20% on contributions, up to RM500 a year.
        Sir Stamford Raffles founded modern Singapore in 1819; Raffles Place, named after him, is where many agencies that hire freelancers have their offices.
        Freelancing platforms reported a jump in Southeast Asian sign-ups after the 2023 tech layoffs, led by design and software roles.
        Sun Yat Sen Nanyang Memorial Hall is offering a free talk on starting a heritage tour guide business this Saturday.
    """),
    ("en", "code, logs and templates"): _lines("""
        POST /v2/payouts {"payout_id": "po_9Fh2KxL7", "amount": 184250, "currency": "SGD", "status": "pending"}
        2025-12-04T22:15:07.331+08:00 INFO payout-worker batch=HK-20251204-3 processed=1288 failed=4 duration_ms=8712
        # nric_hash is a salted SHA-256 of the NRIC; never log the raw value or write it to analytics tables
        masked = re.sub("[STFGM][0-9]{7}[A-Z]", "[NRIC]", text)  # redact before sending to the LLM
        Partner app v5.32.1 (build 20251128): fixed earnings chart crash on Android 14; improved MyKad OCR accuracy.
        Shipment LM-MY-7781204553 picked up at 14:32, ETA 16:10, status IN_TRANSIT.
        Dear {{freelancer_name}}, your payout of {{amount}} to the account ending {{last4}} has been sent.
        SELECT invoice_no, SUM(amount_cents) / 100.0 AS total FROM invoices WHERE status = 'overdue' GROUP BY invoice_no;
        fixture = {"name": "Test User", "phone": "+65 0000 0000", "email": "test.user@example.com"}
        fix(cpf): round MediSave contribution to nearest cent (#4412)
        order_id,completed_at,zone,base_fare,surge,tips,platform_fee,net_payout
        ValidationError: field 'uen' must be 9 or 10 characters, e.g. 53412345X or 201912345K
        0 6 * * MON /opt/earnings/bin/generate_statements --region=MY --dry-run=false
        sha256(invoice_INV-2025-0418.pdf) = 3b7f0c2a9e41d8c6f5a02b19e7d4c3a8f6e1b0d9c2a7e5f4b3d1c0a9e8f7d6c5
    """),
    ("en", "addresses and hotlines"): _lines("""
        MOM Services Centre: 1500 Bendemeer Road, Singapore 339946. Walk-ins by e-appointment only.
        PERKESO Careline: 1-300-22-8000, Monday to Friday, 8am to 5pm.
        Labour Department (Labour Relations) enquiry hotline: 2717 1771.
        Delivery zone KLN-03 covers Queen Elizabeth Hospital (30 Gascoigne Road) and King's Park.
        Pickup point: Sultan Plaza, 100 Jalan Sultan, #01-24, Singapore 199001 (beside the money changer).
        Drop-off for the orientation kits: Limkokwing University main gate, Cyberjaya.
        Driver-partner centre opening hours: Mon-Sat 10am-7pm, closed on Sundays and public holidays. Queue numbers are issued until 6pm.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Invoice INV-0417 from Jeremy Koh Wei Liang, NRIC S8734105D, Blk 462 Jurong West St 41 #09-318, Singapore 640462. PayNow to 9128 4470.
        Hi I'm Nurul Ain binti Rosli, freelance makeup artist based in Shah Alam, WhatsApp 012-778 3905 for bridal bookings
        Client Marcus Fong (marcus.fong88@gmail.com) still hasn't paid HK$12,400 for the October shoot, I'm filing at the Small Claims Tribunal next week.
        Wong Siew Ling's Form B for YA2025 shows net trade income of $48,210 and MediSave payable of $4,120.50.
        Platform worker Ravi s/o Kannan, NRIC S9261847A, earned $2,980 from deliveries in Nov and $312.90 went to his CPF.
        Freelancer onboarding: Chan Ka Yan, HKID Y418263(2), FPS 1649 2883, Room 1712, Kwai Yin House, Kwai Chung Estate.
        Grab driver Muhammad Faizal bin Hashim, IC 880514-10-5623, car plate WXY 8123 (Proton Saga, silver).
        Sorry for the late files, this is Aileen Teo - I was warded at KTPH for dengue for 3 days and only discharged this morning.
        Kelvin Lau's day rate went from HK$3,800 to HK$4,500 after he joined the agency roster; he billed HK$412,000 last year.
        Private-hire driver Tan Boon Hock, 41, was fined $4,000 and disqualified from driving for 12 months for driving without insurance.
        Please refund to my card 4556 3120 1877 3407, name on card SITI HAJAR BT AHMAD, exp 08/28
        Pay to: Lim Jia Hui, Maybank Savings 1141 2390 8876, ref INV-0092. Thanks!
        For the Jakarta shoot the client needs Tiffany Cheung's passport details: HK SAR passport K09127364, expiry 2031-03-05.
        Contact: ash.rahman.design@outlook.com | +65 9774 2150 | Ashraf Rahman, freelance brand designer
        Contract party B: Huang Meiqi, PRC ID 350203198702243047, Siming District, Xiamen. Fee RMB 28,000 for the showroom renders.
        Subtitle translator Lin Yi-ting (Taiwan ID A128374657) invoiced NT$24,000 to our Hong Kong office for episodes 1-6.
        Nguyen Thi Hoa, FIN G5582013P, was told by MOM she cannot take paid side gigs while on a Dependant's Pass.
        Rider R-20931 (Amirul Hakim, Kepong hub, plate VBH 2291) flagged for 3 late deliveries this week.
        Joanne Lim from the Tampines design collective is 5 months pregnant and going on hiatus till March, so please reroute her clients.
        Deliver the printed invoices to Mr Leung Chi Wai, Flat D, 18/F, Tower 2, The Pacifica, 9 Sham Shing Road, Cheung Sha Wan. Tel 6192 4478.
        Invoice to: Puan Rosnah binti Idris, No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor
        Lalamove van SLB 4821 T driven by Goh Ah Seng rear-ended a car along Pasir Panjang Road yesterday, insurance claim pending.
        Aziz Salleh owes the agency RM7,850 for camera gear he never returned; the lawyer's letter went to his Setapak flat last week.
        Account review: driver Lee Wen Jie (mobile 8233 6190) deactivated on 2 Dec after a passenger's harassment complaint.
        Ms Ho Wing Sze, self-employed hair stylist, MPF member no. 81920374, has not paid her HK$1,500 contribution for November.
        Our contract bookkeeper Ms Pang Lay Hoon, born 12/03/1977, NRIC ending 468I, will sign the engagement letter on Monday.
        My husband Roy Tay drives Grab full time; since his spinal surgery in July his income dropped to about $2,100 a month.
        Earnings statement - Partner: Kumaravel a/l Subramaniam | Week 47 | Net payout RM1,284.60 | CIMB 7006441293
        Home tuition in Bishan by Mdm Cheong Lai Fong, retired MOE teacher, P5-S4 maths, SMS 9005 3318
        The van driver Tsang (plate RX 4821) keeps blocking our loading bay, his WhatsApp is 9437 2216 if you want to scold him.
        Hi Priya Menon, 15% withholding tax (S$540) on your January engagement has been remitted to IRAS under your tax ref T0129384I.
        He told me to transfer to OCBC 595-218834-001 under Benjamin Sim, then reversed the payment through the bank. Classic.
        Stop assigning night shifts to Hafiz Roslan, he is on methadone maintenance and the clinic hours clash.
        Raising funds for the family of Tan Kok Meng, 52, the delivery rider killed in the Bukit Timah crash. PayNow his wife Lily Tan at 8815 2094.
        Studio is my home lah, 5/F, 27 Tai Nan Street, Sham Shui Po, ring the bell for Cheng Wai Man
        pls send the signed SOW to wongkahmun.design@gmail.com before Friday, I need it for my Upwork verification
        Card ending 8945 registered to Jason Ong Jun Jie failed 3 times on the Upwork membership renewal.
        Work injury claim for rider Chong Mei Yee: fractured left wrist on 19 Nov, 14 days MC from Sengkang General Hospital.
        Onboarding form: Name: Arjun Pillai | DOB: 04-09-1993 | Gender: M | Mobile: +60 16-512 8830
        F3107749N is Xiao Mei's FIN; she is on an LTVP, so don't put her on the rider roster.
        IRAS has appointed the bank as agent for Tham Kok Leong over $6,310 of unpaid tax and a 5% late payment penalty.
        Rachel Wee is selling all her photography gear because of the divorce, her ex-husband kept the Geylang studio.
        Nor Azizah binti Kamal, IC 920203-14-6688, freelance bookkeeper, EPF i-Saraan member since 2021
        Reimbursement form: Yip Hoi Ting, HKID XA120598(3), HSBC 512-338871-833, amount HK$2,318
        Manual payout override for freelancer Tristan Yeo to card 5204 7381 9026 6419, approved by finance.
        To whom it may concern: Mr Karthik Raj s/o Murugan earned an average of S$3,450/month from food deliveries from Jun to Nov 2025.
        Rider pickup at Blk 211 Boon Lay Place #04-117, ask for Auntie Hui Geok Lan, she's the one who ordered the 10 trays.
        Intern Sarah Lim Xin Yi, NRIC T0387712J, paid a stipend of $1,200 a month as a freelance designer.
        Shenzhen shoot contact: Ms Xu Yan, +86 139 2644 0781, she will meet the crew at Futian checkpoint.
        Rental car SKV 317 R was returned late by Daryl Ng again; we deducted $150 from his Gojek earnings.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are InvoiceBuddy, an assistant that drafts invoices for freelancers in Singapore.",
        ),
        ("user", "Can you draft an invoice for my video editing job? 12 hours at $70/hr."),
        ("assistant", "Sure. Who is the invoice from, and who is it billed to?"),
        (
            "user",
            "From me, Bryan Seah Kok Wai, Blk 118 Rivervale Drive #12-204, Singapore 540118. Bill to Glint Media Pte Ltd.",
        ),
        ("user", "Oh and add my NRIC S9518803F at the bottom, they need it for their vendor form."),
        ("assistant", "Done. The invoice totals $840.00, payable within 30 days."),
    ],
    [
        ("user", "Is CPF compulsory for me as a foodpanda rider?"),
        (
            "assistant",
            "If you were born on or after 1 Jan 1995, contributions are compulsory under the Platform Workers Act; if older, you can opt in.",
        ),
        ("user", "ok i'm born 1993. name Hazim Zulkifli, my NRIC is S882"),
        ("user", "0417D. can you check if I opted in already?"),
        (
            "assistant",
            "I can't look up CPF records. Please check via the CPF website with Singpass.",
        ),
    ],
    [
        ("user", "How do I find out which MPF trustee holds my self-employed account?"),
        (
            "assistant",
            "You can use the MPFA's Personal Account Enquiry service, or call the MPFA hotline.",
        ),
        (
            "user",
            "My name is Lo Siu Fung, HKID K902715(7). I used to be with a bank scheme before I went freelance.",
        ),
        (
            "assistant",
            "Please don't share your HKID here. Enter it in the MPFA eMPF platform instead.",
        ),
    ],
    [
        ("user", "The buyer opened a dispute saying I never delivered the logo files. I did!"),
        (
            "assistant",
            "Upload your delivery proof in the resolution centre, such as the file links and timestamps.",
        ),
        ("user", "He's been messaging me directly too. His name on the order is Vincent Chua"),
        ("user", "and he keeps calling from 9671 3"),
        ("user", "058 at midnight, threatening to leave 1 star"),
        (
            "assistant",
            "Please report the off-platform harassment through the Help Centre so we can review the account.",
        ),
    ],
    [
        ("system", "You help Malaysian freelancers write letters of demand. Be formal."),
        (
            "user",
            "Write a letter of demand for RM6,400 unpaid for a website project, client is Cahaya Digital Sdn Bhd.",
        ),
        (
            "assistant",
            "Certainly. Please provide your full name, IC number and address for the letterhead.",
        ),
        (
            "user",
            "Farid Iskandar bin Mohd Noor, IC 950711-07-5241, 12-3A, Pangsapuri Sri Pinang, Jalan Van Praagh, 11600 Georgetown, Penang",
        ),
        ("assistant", "Here is your draft letter of demand with a 14-day deadline for payment."),
    ],
    [
        (
            "system",
            "Support agent context. Partner record: Goh Pei Shan, partner ID DP-558102, mobile +65 8712 0496, payout account POSB 188-33025-7, status: payout on hold (bank name mismatch).",
        ),
        ("user", "why is my payout still pending?"),
        (
            "assistant",
            "Your payout is on hold because the bank account name does not match your profile. Please update it in the app.",
        ),
    ],
    [
        (
            "user",
            "Help me set a rate card for freelance copywriting, I can only work about 20 hours a week.",
        ),
        ("assistant", "Sure. What's your experience and niche?"),
        (
            "user",
            "6 years in fintech. I'm Chloe Tan, I have lupus so flare-ups sometimes knock me out for a week. Want to build that into my terms.",
        ),
        (
            "assistant",
            "You could set project-based pricing with flexible milestones and a clear turnaround clause.",
        ),
    ],
    [
        ("user", "Mainland client wants to pay via WeChat Pay, is that ok for my HK tax?"),
        (
            "assistant",
            "Income received through WeChat Pay is still assessable, keep a record of each transaction.",
        ),
        (
            "user",
            "ok. his details for the contract: Zhou Lei, ID 440306199008175129, WeChat zhoulei_sz1990, mobile +86 138 2751 6604",
        ),
        (
            "assistant",
            "Noted. Make sure the contract states the currency and the exchange rate used.",
        ),
    ],
    [
        (
            "user",
            "I'm a Taiwanese freelancer working remotely for a Singapore agency. Do I pay tax in SG?",
        ),
        (
            "assistant",
            "Generally, non-residents are taxed in Singapore only on income from work done in Singapore.",
        ),
        (
            "user",
            "The agency's vendor form asks for my ID, is it safe? It's Chen Pei-jun, F228190041",
        ),
        (
            "assistant",
            "Only send ID details through the agency's official secure form, not by chat.",
        ),
    ],
    [
        ("user", "the Upwork membership charged me twice this month"),
        ("assistant", "Sorry about that. Which card was charged?"),
        ("user", "4111 0498 2377"),
        ("user", "6153 expires 11/27, holder Samuel Kwok"),
        ("assistant", "Thanks, I've raised a refund request for the duplicate charge."),
    ],
    [
        ("user", "I rent a Grab car from a rental company, am I self-employed for tax?"),
        (
            "assistant",
            "Yes, private-hire drivers are treated as self-employed and must declare their net trade income.",
        ),
        (
            "user",
            "Ok thanks. FYI the car is SMA 6092 K, registered to my dad Ong Chee Keong, he lets me drive it on weekends",
        ),
    ],
]
