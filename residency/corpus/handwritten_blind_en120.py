# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en120: SG/MY freelance and gig work (platform profiles, invoices, contracts, payout details, disputes, tax forms). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en120
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "platform_profile"): _lines("""
        Profile completeness: add at least 3 portfolio samples, set your hourly rate (SGD 25–150) and verify with Singpass to unlock the Verified badge.
        Sample profile (placeholder): [Your Name] | [Service] | [City] | Rate: [RM/SGD per hour] | Languages: [EN / BM / 中文 / தமிழ்]
        Top Rated status requires a 90-day Job Success Score of 90% or above, no account holds and at least SGD 1,000 earned in the past 12 months.
        Agency profile: Kampung Pixel Studio Sdn Bhd, a 12-person motion graphics team in Bangsar South (SSM 202301045678), takes projects from RM5,000.
        Your display name and bio may not contain phone numbers, e-mail addresses or Telegram handles; moving the chat off-platform before a contract starts breaches section 4.2 of the Terms.
        Service categories: Tuition (PSLE, SPM, IGCSE) · Aircon servicing · Event photography · Mandarin–English translation · Home baking · Moving and delivery (van/lorry)
        Headline tip: say what you deliver ("Shopee product photos in 48h"), not who you are ("passionate creative soul").
        Badge legend: ⭐ Top Rated · ✔ ID verified · 🕒 Replies within 1 hr · 🇸🇬 Based in Singapore · 🇲🇾 Based in Malaysia
        Grab was founded in Malaysia in 2012 by Anthony Tan and Tan Hooi Ling as MyTeksi before moving its headquarters to Singapore.
        Tutors must be at least 18 to register; lessons for students under 18 are booked through a parent or guardian account.
        Search ranking weights: response rate 30%, completed jobs 25%, repeat clients 20%, reviews 15%, profile freshness 10%.
        Review queue batch RQ-2026-11-0381: 1,204 new freelancer profiles checked, 63 sent back for a clearer portfolio, 9 rejected for duplicate accounts.
        Why was my profile hidden? Profiles with no login for 90 days are hidden from search automatically; log in and update your availability to show up again.
    """),
    ("en", "invoice"): _lines("""
        INVOICE INV-2026-00417 | Bill to: Merlion Bites Pte Ltd, 10 Anson Road #22-02, Singapore 079903 | Menu photography (half day) SGD 680.00 | Terms: 30 days
        Invoice template — From: {freelancer_name} | NRIC/UEN: {id_number} | PayNow: {mobile_or_uen} | Bill to: {client} | Amount: {amount} | Due: {due_date}
        Tax invoice TI/26/0932 from Lorong Lima Creative LLP (UEN T19LL0123A) to Sunway Digital Sdn Bhd: website maintenance Q4, SGD 2,400, GST not charged.
        Line items: 1 × logo concept (3 rounds) RM1,200.00; 1 × brand guideline PDF RM850.00; SST 8% RM164.00; Total RM2,214.00
        Payment terms: 50% deposit before work starts, balance within 14 days of delivery; overdue amounts incur 1.5% interest per month.
        LHDN's MyInvois e-invoicing is being phased in by annual turnover band; check the start date for your band on the HASiL e-Invois page.
        Reminder: INV-0088 for SGD 1,150.00 is 21 days overdue. Please pay by PayNow to UEN 202012345R or reply with the expected payment date.
        Credit note CN-2026-014 reduces invoice INV-2026-00391 by RM300.00 because one of five video edits was cancelled.
        Quotation Q-1127, valid 30 days: wedding videography, 8 hours, 2 shooters, drone add-on RM600, travel outside Klang Valley at RM0.80/km.
        Receipt RCP-5531: received with thanks from Tiong Bahru Dental Clinic the sum of SGD 450.00 for social media content, November 2026.
        Invoice numbering tip: use a prefix, the year and a running number (e.g. AB-2026-001) and never reuse a number after voiding it.
        Purchase order PO-45100821 from Changi Events Services must be quoted on every invoice, otherwise Accounts Payable will reject it.
        Invoice status export: INV-00412 paid 02/11 · INV-00413 part-paid (SGD 200 of 500) · INV-00414 void · INV-00415 draft
    """),
    ("en", "contract"): _lines("""
        Scope of Work: the Contractor shall deliver 12 short-form videos (15–30 s) per month for the Client's TikTok and Instagram Reels, with two rounds of revisions per video.
        Intellectual property in the deliverables passes to the Client on full payment; until then the Contractor grants a revocable licence for internal review only.
        Nothing in this Agreement creates an employment relationship; the Contractor is responsible for their own MediSave contributions and income tax.
        Either party may terminate with 14 days' written notice; work completed up to the termination date shall be paid pro rata.
        This Agreement is governed by the laws of Malaysia and the parties submit to the exclusive jurisdiction of the courts in Kuala Lumpur.
        Parties: (1) ______________ Pte Ltd (UEN: __________) and (2) ______________ (NRIC/FIN: __________), hereinafter "the Contractor".
        Kill fee: if the Client cancels after the shoot date is confirmed, 30% of the project fee is payable; within 48 hours of the shoot, 100%.
        Confidentiality survives termination for 2 years and does not cover information that is public or independently developed.
        Under Singapore's Platform Workers Act, in force since 1 January 2025, platform operators must provide work injury compensation and CPF contributions for platform workers.
        Non-solicitation: for 6 months after the project ends, the Client shall not engage the Contractor's subcontractors directly without written consent.
        Signed for and on behalf of Helix Reno Sdn Bhd: ____________ (Director) | Witness: ____________ | Date: ___/___/20___
        Clause 7.3 (Late delivery): RM50 per day, capped at 10% of the total fee, unless the delay was caused by late feedback from the Client.
        Malaysia's Gig Workers Bill 2025, tabled by Human Resources Minister Steven Sim, requires written service agreements and sets up a tribunal for gig-work disputes.
    """),
    ("en", "payout"): _lines("""
        Payouts run every Tuesday and Friday; DBS/POSB, OCBC and UOB accounts are credited the same day, other banks within 1–2 working days.
        Payout batch PB-20261201-07 (4,812 transfers, SGD 1,903,442.18) completed at 14:05 SGT; 17 transfers returned for name mismatch.
        To receive payouts by PayNow, first link your mobile number or NRIC to PayNow in your bank app, then choose Wallet > Withdraw > PayNow.
        Error PO-431: beneficiary name does not match the account holder name. Enter the name exactly as it appears on your bank statement.
        Cash-out fee: one free cash-out a week; further instant cash-outs cost SGD 0.50 (SG) or RM1.00 (MY) each.
        Weekly earnings summary — Trips: 62 | Gross fares: SGD 1,248.30 | Incentives: SGD 85.00 | Commission: SGD -249.66 | Net: SGD 1,083.64
        Withdrawal request WD-7730-9921 status: PENDING_COMPLIANCE; expected release in 2–3 working days.
        Payouts to e-wallets (GrabPay, Touch 'n Go eWallet, ShopeePay) are capped at RM1,500 per transaction and RM5,000 per day.
        Reserve: new accounts have 10% of each payout held for 30 days against chargebacks; the hold drops to 0% after 20 completed orders.
        SWIFT codes for common payout banks: DBSSSGSG (DBS), OCBCSGSG (OCBC), UOVBSGSG (UOB), MBBEMYKL (Maybank), CIBBMYKL (CIMB), PBBEMYKL (Public Bank).
        Webhook example: {"event": "payout.failed", "payout_id": "po_8f3a21c9", "amount": 12050, "currency": "SGD", "reason": "account_closed"}
        No payouts on public holidays; a Friday batch that falls on a public holiday runs on the Thursday before.
    """),
    ("en", "dispute"): _lines("""
        Dispute DSP-2026-08813 opened: client says the logo files came in JPG only while the contract specified AI and SVG. Mediation deadline 12 Dec 2026.
        Escalation path: Resolution Centre (7 days) → platform mediation (14 days) → Small Claims Tribunals (claims up to SGD 20,000, or 30,000 with consent).
        In Malaysia, claims up to RM50,000 can be filed with the Tribunal for Consumer Claims (TTPM) for a RM5 fee.
        Chargeback reason code 13.1 (Services Not Provided): upload proof of delivery such as file-transfer logs or a signed acceptance form.
        Please do not post the other party's phone number, IC number or address in a public review; such reviews will be removed.
        Case summary (anonymised): tutor cancelled 3 of 8 paid sessions without notice; platform refunded the 3 sessions and issued a formal warning.
        Outcome codes: R1 full refund to client · R2 partial refund · R3 release to freelancer · R4 split 50/50 · R5 closed, no action
        Evidence checklist: signed quotation, in-platform chat transcript, delivery timestamps, revision requests, payment receipts.
        Ticket #GRB-88213045 was merged into #GRB-88212990 (duplicate report of the same incident).
        Response template: "Hi, thanks for raising this. We've paused the payout for order #{order_id} while we review both sides. You'll hear from us within 3 working days."
        Refund for order #SG-5519023 processed: SGD 85.00 returned to the original payment method; allow 5–10 working days.
        Most common dispute this quarter: "one more small change" requested after final approval — define in the contract what counts as a revision.
    """),
    ("en", "tax_form"): _lines("""
        IRAS: self-employed persons with net trade income above SGD 6,000 must make MediSave contributions; Form B is due by 18 April if filed online.
        Form B fields: Gross income from trade, Allowable business expenses, Adjusted profit. Taxi and private-hire drivers may claim deemed expenses of 60% of gross driving income.
        LHDN: Borang B is for individuals with business income; the deadline is 30 June, extended to 15 July for e-Filing.
        Borang BE (no business income) is due on 30 April; freelancers who run a business must file Borang B instead.
        CP500: individuals with business income may receive a CP500 notice to pay estimated tax in six bi-monthly instalments.
        Keep invoices, receipts, bank statements and mileage logs for 5 years; they support your expense claims if IRAS reviews your return.
        SST registration for taxable services is required once annual turnover exceeds RM500,000.
        PERKESO's Self-Employment Social Security Scheme (SKSPS) is compulsory for p-hailing and e-hailing drivers; Plan 1 costs RM13.10 a month.
        EPF i-Saraan: the government adds 20% of the voluntary contributions of self-employed members, up to RM500 a year.
        Form IR8A is issued by employers only; if you were paid as a freelancer you will not receive one, so declare the income yourself as trade income.
        For Singapore citizens and PRs the income tax reference number is the NRIC number; foreigners use their FIN or an ITR number.
        Estimated tax on chargeable income of SGD 40,000: first 20,000 at 0%, next 10,000 at 2% (200), next 10,000 at 3.5% (350) = SGD 550 before rebates.
        Withholding tax on payments to non-resident professionals in Singapore is 15% of gross income, or 24% of net income if the professional elects.
    """),
    ("ms", "notis"): _lines("""
        Notis: Bayaran mingguan kepada rakan penghantar dibuat setiap hari Khamis. Sila pastikan nama akaun bank sama seperti nama dalam MyKad.
        Borang B mesti dihantar melalui e-Filing sebelum 30 Jun; lanjutan 15 hari hanya untuk penghantaran secara elektronik.
        Caruman PERKESO bagi pekerja sendiri (SKSPS) boleh dibayar di kaunter BSN, Pos Malaysia atau secara dalam talian.
        Sebut harga SH-0412: servis aircond 1.0HP, 4 unit x RM80 = RM320. Harga tidak termasuk tambahan gas.
        Templat invois: Nama: __________ No. K/P: __________ No. Akaun: __________ Bank: __________ Jumlah (RM): __________
        Tuntutan tidak melebihi RM50,000 boleh difailkan di Tribunal Tuntutan Pengguna Malaysia (TTPM).
        Talian HASiL Care Line: 03-8911 1000 (Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang).
        Status pertikaian #DSP-MY-20931: ditutup. Bayaran dilepaskan kepada pekerja bebas selepas 7 hari tanpa maklum balas pelanggan.
        Tip untuk penunggang p-hailing: simpan resit minyak dan servis motosikal untuk tuntutan perbelanjaan dalam Borang B.
        Rang Undang-Undang Pekerja Gig 2025 telah diluluskan oleh Dewan Rakyat pada Ogos 2025.
    """),
    ("zh-Hans", "faq"): _lines("""
        在新加坡做自由职业需自行申报营业收入，年度净营业收入超过6000新元须缴纳保健储蓄（MediSave）。
        提现失败常见原因：银行户名与注册姓名不一致、账户已关闭，或 PayNow 尚未绑定。
        发票模板：开票人：＿＿＿＿ 身份证/UEN：＿＿＿＿ 收款方式：PayNow / 银行转账 金额：＿＿＿＿
        平台每周二、周五结算，马来西亚账户经 DuitNow 到账，一般需 1 至 2 个工作日。
        争议处理流程：先在订单页提交证据，7 天内协商不成的，由平台介入调解。
        合同提示：写清修改次数、交付格式和尾款期限，避免“再改一点点”的纠纷。
        马来西亚个人所得税：有营业收入的个人填写 B 表，电子报税截止日期为 6 月 30 日。
        订单号 SG-20261128-3391 已退款 45.00 新元，原路退回。
    """),
    ("mixed", "group_chat"): _lines("""
        guys grab payout today got delay or not? mine still pending since 10am leh
        anyone know Shopee affiliate commission kena tax or not? or only above certain amount
        client wanna pay by bank transfer but insist invoice must have UEN, I sole prop no UEN how ah
        pro tip: always collect 50% deposit first. kena ghosted twice already, never again lah
        wah LHDN send CP500 again, ansuran ni boleh bayar through MyTax kan?
        Borang B 我去年是找 agent 帮忙 submit 的，今年想自己做，有人教吗
        rider group reminder: Puchong hub closed tomorrow for Deepavali, collect thermal bag at Subang hub instead
        rate check: full-day wedding photo in KL now around RM1.5k–3k right? dun undercut each other pls
        IRAS letter says self-employed must pay MediSave, can use GIRO split 12 months?
        dispute finally closed in my favour 🙏 platform took 3 weeks but duit dah masuk
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        INVOICE #AK-2026-017 | From: Aisyah Kamaruddin (Freelance Illustrator) | Bill to: Kopi Lab Sdn Bhd | 6 spot illustrations RM1,800.00 | Pay to: Maybank 1141 2038 5567, NUR AISYAH BINTI KAMARUDDIN
        Payout details updated — Name: TAN WEI MING | Bank: DBS | Acct: 027-481395-2 | PayNow: 9186 4427 | NRIC: S8812345Z
        This Service Agreement is made on 3 November 2026 between Brightlane Media Pte Ltd (UEN 201934567K) and RAJESH KUMAR S/O MUTHUSAMY (NRIC S7741208E) of Blk 412 Bedok North Ave 2 #08-115, Singapore 460412.
        DSP-2026-09120 | Client: Melissa Goh (melgoh.events@gmail.com) | Freelancer: Darren Pereira | Issue: photographer arrived 2 hrs late to her ROM ceremony on 14 Nov; client wants 50% of SGD 1,600 back
        Rider 7731-KV | Muhammad Hafiz bin Rosli | Yamaha Y15ZR, plate JTK 4821 | Zone: Kluang | Tel 017-726 4093 | Emergency contact: wife Nurul Izzati, 019-553 2170
        Form B YA2026 draft for Chloe Ng Pei Shan, NRIC S9034712H: gross trade income from tutoring on 3 platforms SGD 58,420; expenses claimed SGD 4,150; MediSave payable est. SGD 4,680
        anyone got contact for the aircon guy Vincent Loh? he serviced my Punggol flat, his number 8273 1940 not picking up
        note to self: Kavitha d/o Suppiah still owes $450 for the Deepavali family shoot, said she'll PayNow by end of month
        Flagged profile "Jess Bakes SG": Jessica Teo Li Ying, home baker, put her home address 27 Jalan Kechubong, Singapore 359421 and WhatsApp +65 9645 0281 in the bio (policy breach)
        Payment log 2026-11-28 09:14 | payer: Kenneth Lau Kar Wai | card 4539 9808 5228 4509 exp 08/29 | SGD 320.00 | captured
        Annex B — Contractor details: SITI NORHAIZA BINTI ABD RAHMAN | MyKad 920415-10-5482 | No. 18, Jalan SS 15/4C, 47500 Subang Jaya, Selangor | CIMB 7062114893
        KYC rejected for applicant Arjun a/l Ramasamy: MyKad photo blurry and IC 990801-08-5213 does not match the name on the Public Bank statement for a/c 6412093785.
        Hi Daniel, as discussed pls send the signed contract to my personal email priya.nair.design@gmail.com, not the studio one. Thanks, Priya Nair
        I, Wong Mei Ling, delivered all 40 product photos on 2 Nov via WeTransfer. The client (Shopee seller GlowUp Beauty MY) has not paid the RM1,400 balance and has blocked me on WhatsApp.
        WICA incident: delivery partner Mohamed Irfan s/o Abdul Kader, FIN G5812093L, fell off his e-bike at Jurong West St 91 on 22 Nov; fractured left wrist, MC 14 days
        Dear Mr Lim Boon Huat, our records show INV-2026-118 (SGD 2,300) for the kitchen cabinet installation at your home is still unpaid. A copy was also sent to your mobile 9731 5508.
        PayNow me at 8810 2375 ok? thanks — Shawn
        Transfer SGD 780 to Ravi Chandran, OCBC 5012-384716-001, for 3 days of event crew work at the Expo
        Carousell seller @kelvinsneakers.my (Kelvin Ho) took RM350 deposit for custom shoe painting and never delivered; his TnG eWallet is 012-668 4017
        Weekly statement — Driver: Low Kah Heng | Vehicle SLK 7125 C | Trips 58 | Net payout SGD 1,012.40 | paid to UOB 372-118-406-5
        Bill to: Mrs Janet Fernandez, 62 Jalan Bahagia, Singapore 328963 | Piano lessons Nov (4 lessons for her daughter Chloe, ABRSM Grade 5) | SGD 320.00
        Signed by the Contractor: Ng Siew Lan (NRIC T0215738H), 01/12/2026 | Witness: Ng Ah Kow (father)
        Hi Encik Zul, as requested my IC is 950607-14-3328 and my EPF no. for the i-Saraan claim is 17294051. Thanks, Farah Diyana
        Singpass MyInfo retrieved: CHUA KENG LEONG JEREMY | S8460917Z | DOB 1984-03-11 | Blk 271 Tampines St 22 #05-118, Singapore 520271
        Review removed (personal attack): "Don't hire Eugene Sim, took my $200 deposit for the reno drawings and disappeared. His wife Tina answers his phone 9423 7781."
        Tutor onboarding: Faizal Hakim bin Yusof, Year 3 NUS Chemical Engineering, A-level H2 Chemistry A, available Tue/Thu evenings in Sengkang
        Leave request from subtitle translator Chen Mei Xuan: warded at Sunway Medical Centre with dengue since 18 Nov; Bahasa subtitle deadline moved to 2 Dec
        Refund reversed to card 5204 7486 8996 8300 (cardholder YEOH SZE MIN) for cancelled booking BK-20261119-554
        CPF nomination for platform worker Ong Jun Jie: mother, Madam Tay Geok Lian, NRIC S6927415C, 100% share
        DM me on Telegram @nazrulshoots for Raya photoshoot slots, deposit RM100 to Maybank 5142 0976 3381 (Nazrul Amin)
        Lalamove van driver Teo Chee Hwa (plate JUV 2718) says he was not paid the RM45 waiting fee for the Senai job on 27 Nov
        Internal watchlist: Amirul Haziq bin Sulaiman — 3 no-shows in October and 2 customer complaints about rude behaviour; account suspended 14 days
    """),
    "ms": _lines("""
        Borang B 2025 | Nama: LEE CHOON KEAT | No. K/P: 880923-01-6117 | No. Rujukan Cukai: IG 21847306090 | Pendapatan perniagaan (e-hailing): RM41,260
        Saya, NOR HIDAYAH BINTI ISMAIL (No. K/P 860505-05-5090), mengesahkan bahawa bayaran RM2,500 bagi kerja jahitan langsir telah diterima sepenuhnya.
        Aduan: pelanggan Encik Khairul Anuar dari Taman Melawati tidak membayar baki RM600 untuk kerja cat rumah. No. telefon beliau 013-284 7719.
        Maklumat bayaran penunggang: Mohd Syafiq bin Azman, akaun Bank Islam 12023010456789, DuitNow ID 011-2390 4415
        Tuan, saya Suresh a/l Kumaran, pemandu e-hailing, ingin membuat tuntutan PERKESO kerana kemalangan di Lebuhraya Persekutuan pada 9 Nov; kaki kanan patah.
        Invois kepada Puan Rosnah binti Hamid, No. 7 Lorong Damai 3, Taman Desa, 75350 Melaka — katering kenduri kahwin 300 pax RM7,500, deposit RM2,000 sudah dibayar
        Akaun pekerja bebas Nurul Ain binti Razak (011-2763 0958) digantung kerana menerima bayaran di luar platform.
        Permohonan i-Saraan: Tan Ah Seng, No. K/P 870312-12-5671, caruman sukarela RM1,200 bagi tahun 2026
    """),
    "zh-Hans": _lines("""
        收款信息：陈美玲，Maybank 5142 3098 7716，DuitNow 手机号 016-338 2094，请尽快转尾款 RM800。
        合同乙方：林子豪，新加坡身份证号 S9567302C，住址 Blk 628 Ang Mo Kio Ave 4 #11-207, Singapore 560628，自由摄影师。
        我来新加坡做自由翻译，身份证号 440106199307152145，护照 EK4821736，FIN 是 F2345871M，请问这些资料开发票时要不要写上？
        投诉：设计师黄俊杰收了 1500 令吉定金后失联，他的微信号 hjj_design88，手机 012-775 3016。
        李思颖（T0376624H）本周外卖配送收入 S$486.20，已转入 POSB 198-56237-4。
        家教老师周雅琪请假：她母亲住院开刀，下周三、周四的数学课暂停，补课时间另约。
    """),
    "mixed": _lines("""
        bro Hafiz ur Shopee payout masuk already? mine stuck. btw my new number 011-5098 2276 ya, old phone hilang
        eh Jason Tay, the Sengkang guy who does reno drawings, kena sued at SCT last week by a client for $4k. careful ah
        paiseh everyone cannot take delivery jobs this week, my mother warded at KTPH after a stroke — Siva (Sivakumar Rajan)
        Invoice 发给 Ms Chong Li Na，email chonglina.makeup@outlook.com，她是 freelance makeup artist，bridal trial 收 RM250
        Kak Ros, akaun CIMB saya 8009451726 ya, nama Nur Syazwani binti Othman, tolong transfer upah jahit baju raya RM380 😊
        lol client paid with credit card 5498 3133 3398 1202 but name on card is Gary Koh, not him, macam fishy, should I proceed?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an invoicing assistant for freelancers in Singapore."),
        (
            "user",
            "Can you make an invoice for me? I'm Nadia Rahman, freelance copywriter. Billing Tanjong Pagar Roasters Pte Ltd SGD 1,250 for 5 blog posts, PayNow to 9056 3381.",
        ),
        (
            "assistant",
            "Here is a draft: INVOICE NR-2026-001 | From: Nadia Rahman, Copywriter | PayNow: 9056 3381 | Bill to: Tanjong Pagar Roasters Pte Ltd | 5 blog posts SGD 1,250.00 | Due in 14 days.",
        ),
        ("user", "Their finance wants my NRIC on it too, T0098123G. Please add under my name."),
    ],
    [
        ("user", "I need a letter of demand. Client hasn't paid me for a renovation design job."),
        (
            "assistant",
            "Sure. Please give me the client's name and address, the amount owed, the invoice date and what was delivered.",
        ),
        (
            "user",
            "Client is Mr Benedict Low, 19 Lorong Ong Lye, Singapore 536512. He owes SGD 3,800 from invoice dated 2 Sep for 3D renders of his condo. I'm Grace Quek, sole prop.",
        ),
        (
            "assistant",
            "Dear Mr Benedict Low, I refer to my invoice dated 2 September 2026 for 3D renders, of which SGD 3,800 remains unpaid. Unless payment is received within 14 days, I will file a claim at the Small Claims Tribunals. Yours faithfully, Grace Quek",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Jessica anak Jimbun from Kuching, I do Grab and foodpanda part time. IC 930218-13-6064. Last year I earned about RM28,000 from both. Do I need to file Borang B?",
        ),
        (
            "assistant",
            "Yes. Income from e-hailing and delivery is business income, so you file Borang B via e-Filing by 30 June (15 July with the e-Filing extension). Keep fuel and maintenance receipts for expenses.",
        ),
        (
            "user",
            "OK. My husband is also asking, he does Lalamove with his own lorry, is it the same form?",
        ),
    ],
    [
        ("system", "你是一名协助自由职业者处理报税问题的助手。"),
        (
            "user",
            "你好，我叫郑晓雯，中国籍，拿 EP 在新加坡工作，下班后接一些平面设计的私活。我的国内身份证是 350203198903220466，这些副业收入要在哪边报税？",
        ),
        (
            "assistant",
            "在新加坡获得的副业收入一般需要在新加坡申报，作为营业收入填入报税表。也请先确认您的 EP 条件是否允许从事副业。",
        ),
        ("user", "明白了，那我今年大概赚了 1.2 万新币，要交多少？"),
    ],
    [
        ("user", "my payout failed again, error PO-431. what does it mean"),
        (
            "assistant",
            "PO-431 means the bank account holder name doesn't match the name on your profile. Can you check both?",
        ),
        (
            "user",
            "bank acct DBS 029-374815-6 is under GOH SOON HUAT, but profile I wrote Andy Goh. same person la, Andy is my English name",
        ),
        (
            "assistant",
            "Understood. Please change your profile legal name to GOH SOON HUAT exactly as on the bank statement; you can keep Andy Goh as your display name.",
        ),
    ],
    [
        ("user", "Can you check this clause in my freelance contract, does it look fair?"),
        (
            "user",
            "'The Contractor, Divya Menon (NRIC S9301847H), of 5 Jalan Rumia, Singapore 279700, shall not provide similar services to any competitor of the Client for 24 months.'",
        ),
        (
            "assistant",
            "A 24-month non-compete for a freelancer is long and may be hard to enforce. You could ask to limit it to 6 months and to named competitors only.",
        ),
    ],
    [
        (
            "user",
            "Saya penunggang p-hailing di Bayan Lepas, nama Muhammad Aiman bin Zakaria, K/P 011130-07-0451. Dah 3 minggu syarikat tak bayar insentif RM420. Apa saya boleh buat?",
        ),
        (
            "assistant",
            "Simpan tangkap layar penyata pendapatan dan mesej dengan syarikat. Buat aduan rasmi melalui aplikasi dahulu; jika tiada jawapan, anda boleh memfailkan tuntutan.",
        ),
        ("user", "Ok. No telefon saya 014-928 3307 kalau perlu untuk borang."),
    ],
    [
        (
            "system",
            "You help delivery riders with work injury claims under the Platform Workers Act.",
        ),
        (
            "user",
            "I'm Rahim Uddin, FIN G7320581L, I deliver for a food app on bicycle. Yesterday a car hit me at Boon Lay Way, doctor at NTFGH said two ribs cracked, MC 10 days.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Report the accident to the platform as soon as possible and keep your MC and hospital bills; the platform operator must notify MOM and handle the claim.",
        ),
        (
            "user",
            "The app still shows me online and they deducted a no-show penalty. Can they do that when I'm on MC?",
        ),
    ],
    [
        ("user", "I'm booking a home tutor for my son through your platform."),
        ("assistant", "Great! Which level and subject, and which area are you in?"),
        (
            "user",
            "Sec 3 A-Math. He's Ethan Lim, at Bukit Panjang Government High, struggling since he has ADHD. We stay at Blk 612 Senja Road #09-233, Singapore 670612. Call me at 9372 6150, I'm Mrs Lim.",
        ),
        (
            "assistant",
            "Thanks, Mrs Lim. I'll shortlist tutors experienced with Sec 3 A-Math and learners with ADHD near Senja Road and send the profiles to 9372 6150.",
        ),
    ],
    [
        (
            "user",
            "help me write announcement for our freelance photographer telegram group. Marcus Yeo (@marcusyeo_photo, 8641 5029) collected deposits from 3 couples then disappear. want to warn members",
        ),
        (
            "assistant",
            "Suggested text: 'Reminder to members: if you were affected by unfulfilled bookings, please file a police report and keep all payment records. Avoid sharing personal details publicly; let the authorities handle it.'",
        ),
        ("user", "no need so soft lah, I want to include his name and number so people know who"),
    ],
]
