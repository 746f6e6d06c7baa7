# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en192: SG/MY home loans and mortgages (valuations, letters of offer, refinancing, CPF/EPF, arrears, banker and broker chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en192
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bank_letter_template"): _lines("""
        LETTER OF OFFER – HOUSING LOAN | Borrower(s): [FULL NAME AS PER NRIC] | NRIC/FIN: [__________] | Property: [PROPERTY ADDRESS] | Facility amount: S$[AMOUNT] | Tenure: [__] years
        Dear {{customer_name}}, we are pleased to offer you a housing loan of {{loan_amount}} subject to the terms and conditions set out below. This offer lapses if not accepted within 14 days from the date of this letter.
        Interest rate: Year 1–2: 3M Compounded SORA + 0.30% p.a.; Year 3 onwards: 3M Compounded SORA + 0.75% p.a. The 3M Compounded SORA is published by MAS and is subject to change.
        Prepayment fee: 1.5% of the amount redeemed if the loan is partially or fully repaid within the lock-in period of 2 years from the first disbursement date.
        Clawback: the legal subsidy of S$2,000 and the valuation fee subsidy will be clawed back if the facility is fully redeemed within 3 years of first disbursement.
        REMINDER: Your housing loan instalment for account no. [XXXXXXXXXX] of S$[amount] was due on [date] and remains unpaid. Please make payment immediately to avoid late charges.
        Late payment charge: 3% per annum above the prevailing interest rate on the overdue amount, calculated daily until full payment is received.
        NOTICE OF DEMAND (template) – To: <Borrower> / <Correspondence Address> – Take notice that the sum of RM<amount> being arrears of instalments under the above facility is due and payable within thirty (30) days of this notice.
        Valuation report cover sheet: Property type: 4-room HDB flat | Tenure: 99-year leasehold from [year] | Floor area: [__] sqm | Market value: S$[______] | Valuer: [name of licensed appraiser], Licence No. [____]
        Conditions precedent to drawdown: (a) a valuation report satisfactory to the Bank; (b) evidence of CPF Board approval for the use of CPF savings; (c) fire insurance with the Bank endorsed as loss payee.
        Please bring the following to the signing appointment: original NRIC of all borrowers, latest 12 months CPF contribution history, 2 years Notice of Assessment, and the exercised Option to Purchase.
        Subject: Repricing offer for your existing housing loan – switch to our 2-year fixed package at 2.58% p.a. with an admin fee of S$800. Reply to this email to request the repricing form.
        Kindly note that the loan quantum is capped at 75% of the lower of the purchase price or the valuation. Any cash-over-valuation (COV) must be paid in cash.
        Acceptance slip: I/We, ____________________ (NRIC No. ____________), accept the above offer on the terms stated. Signature: __________ Date: __________
        This is a computer-generated letter and requires no signature. For enquiries, please call our Home Loan Hotline at 1800 111 1111 (Mon–Fri, 9am–6pm).
    """),
    ("en", "policy_howto"): _lines("""
        The Total Debt Servicing Ratio (TDSR) caps a borrower's total monthly debt obligations at 55% of gross monthly income.
        A Mortgage Servicing Ratio (MSR) of 30% applies to HDB flats and to new Executive Condominiums bought directly from the developer.
        From 20 August 2024, the loan-to-value limit for HDB housing loans was lowered from 80% to 75%.
        You need a valid HDB Flat Eligibility (HFE) letter before you can book a new flat or obtain an Option to Purchase for a resale flat.
        CPF Ordinary Account savings can be used for the downpayment, stamp duties, legal fees and monthly instalments, subject to the Valuation Limit and the Withdrawal Limit.
        When you sell the property, the CPF savings used plus accrued interest at 2.5% p.a. must be refunded to your Ordinary Account.
        In Malaysia, EPF members can withdraw from Akaun Sejahtera to buy or build a house, reduce or settle a housing loan, or pay monthly instalments.
        How to refinance in Malaysia: get a fresh valuation, compare the new lender's SBR + spread against your current rate, check the lock-in penalty, and budget for legal fees and stamp duty on the new loan agreement.
        Tip: ask your current bank for a repricing offer before paying legal fees for a full refinance; many banks waive the conversion fee once you are out of lock-in.
        A flexi loan lets you park spare cash in the current account linked to the loan to save interest, but the spread is usually 0.1–0.2% higher than a term loan.
        MRTA vs MLTA: MRTA cover reduces as the loan is paid down and is usually tied to the lender, while MLTA is level cover that can be transferred to a new loan.
        The HDB concessionary loan rate is pegged at 0.1% above the CPF Ordinary Account interest rate, which works out to 2.6% p.a.
        The maximum tenure of an HDB loan is 25 years, and banks generally cap the tenure so that the loan is repaid by age 65 or 75 depending on the property type.
        If you fall behind on an HDB loan, contact HDB early to discuss options such as extending the tenure or a temporary reduced-instalment arrangement.
        In Malaysia, AKPK offers free counselling and debt management programmes for borrowers who are struggling with housing loan instalments.
        The lock-in period is not the same as the fixed-rate period: you can be out of the fixed rate and still be within the lock-in.
    """),
    ("en", "forum_post"): _lines("""
        Hi all, couple aged 32 and 30, combined gross 11.5k, eyeing a 5-room resale in Sengkang around 700k. HDB loan or bank loan ah?
        Just got our LO, bank says valuation came in 20k lower than our offer price. Is COV normal again in Tampines these days?
        Anyone refinanced recently? Current package is SORA + 0.8 after lock-in, banker quoting 2.45% fixed 3 years. Worth switching?
        My dad is 64 and retired, can he still be a co-borrower if I'm the main applicant? Bank said tenure will be based on income-weighted average age.
        PSA: don't sign the OTP before you get the HFE letter, saw someone on this forum lose their option fee that way.
        Sold our flat last year and the CPF refund was much more than expected because of the accrued interest. Sharing so others are not caught off guard.
        Was 2 months late on the mortgage after a retrenchment and the bank letter mentions legal action. Is this standard wording or should I be worried?
        KL buyers: is it still possible to get 90% margin for a first home under RM500k? Banker told me 90% plus MRTA financed.
        Lelong units in Cheras look cheap but check the outstanding maintenance fees and quit rent before you bid.
        Any recommendation for a conveyancing lawyer in Penang who does both the SPA and the loan agreement? The quote I got was RM9k all-in.
        Bank valuation for our Puchong terrace came back RM620k, purchase price RM650k. Margin is based on the lower one, right?
        Has anyone used EPF Akaun Sejahtera to reduce principal? How long did it take for the money to reach the loan account?
        We're both self-employed and the bank wants 2 years of Borang B plus 6 months of bank statements. Any bank friendlier to freelancers?
        Broker keeps pushing a 3-year lock-in. Is there any scenario where that makes sense when rates are falling?
    """),
    ("en", "reference_hard_negative"): _lines("""
        Loan application ref: HL-2025-0718-00342 | Status: Pending valuation | Assigned queue: SG-MORT-OPS-3
        Valuation report no. VR/KL/25/11842 issued on 14 Aug 2025 for a 2-storey terraced house in Mukim Petaling, market value RM780,000.
        Case ID 0091827364 escalated to Collections Tier 2; SLA 3 working days.
        HDB Branch Service Line: 1800 225 5432 | CPF Call Centre: 1800 227 1188 | Opening hours 8am–5.30pm.
        Postal code 560123 falls within the Ang Mo Kio planning area.
        Rate table v3.2.1 (effective 01/09/2025): 3M SORA 1.81%; 1M SORA 1.64%; floor rate 1.75%.
        SBR revised from 3.00% to 2.75% effective 11 July 2025 following the OPR cut.
        Invoice INV-78231 | Legal fees – discharge of charge | Amount RM2,350.00 | SST 8% RM188.00
        sha256: 9f2c4e1ab0d7c3e58f6a2b19d4e07c5a1f3b8e6d2c9a4f70b1e5d8c3a6f29e14  LO_template_v7.pdf
        Tracking no. SPX-SG-883104927 – original title deed dispatched to panel solicitor.
        Product code HL-FX3-2025Q4 (3-year fixed, min loan S$300k, max LTV 75%)
        Account type code 4021 = HDB-linked term loan; 4022 = private property term loan; 4031 = flexi loan.
        MCST 4321 AGM notice: sinking fund contribution increases to $0.38 psf from 1 Jan 2026.
        Maybank Home Financing enquiries: 1300-88-6688 or any Maybank branch; quote campaign code HF25-RAYA.
    """),
    ("ms", "notis_faq"): _lines("""
        Pinjaman perumahan anda tertakluk kepada Kadar Asas Standard (SBR) ditambah margin seperti yang dinyatakan dalam Surat Tawaran.
        Sila pastikan ansuran bulanan dibayar sebelum tarikh matang untuk mengelakkan caj lewat bayar sebanyak 1% setahun atas jumlah tertunggak.
        Pengeluaran KWSP Akaun Sejahtera untuk membeli rumah tertakluk kepada syarat dan hanya untuk rumah kediaman yang didaftarkan atas nama ahli.
        Dokumen diperlukan: salinan kad pengenalan, slip gaji 3 bulan terkini, penyata KWSP, penyata bank 6 bulan dan salinan Perjanjian Jual Beli (SPA).
        Notis ini dijana oleh sistem. Jika anda telah membuat bayaran, sila abaikan notis ini.
        Surat Tawaran Pinjaman Perumahan – Nama Peminjam: ________ | No. KP: ________ | Jumlah Pinjaman: RM________ | Tempoh: ___ tahun
        Skim Jaminan Kredit Perumahan (SJKP) membantu individu tanpa pendapatan tetap mendapatkan pembiayaan rumah pertama.
        LPPSA menawarkan pembiayaan perumahan kepada penjawat awam dengan kadar keuntungan 4% setahun.
        Jika anda menghadapi kesukaran membayar, hubungi AKPK di talian 1-800-22-2575 untuk khidmat nasihat percuma.
        Penilaian hartanah akan dijalankan oleh penilai panel bank yang berdaftar dengan Lembaga Penilai, Pentaksir, Ejen Harta Tanah dan Pengurus Harta.
        Borang 16D Kanun Tanah Negara ialah notis tuntutan yang dikeluarkan sebelum bank boleh memohon perintah jualan.
        Pembiayaan semula (refinance) boleh mengurangkan ansuran bulanan tetapi ambil kira kos guaman, duti setem dan penalti tempoh terikat.
    """),
    ("zh-Hans", "forum_news"): _lines("""
        新加坡金管局规定，私宅贷款的总债务偿还率（TDSR）上限为55%。
        请问组屋贷款和银行贷款哪个划算？现在银行两年定息大概2.5%左右，建屋局优惠利率是2.6%。
        出售组屋时，动用的公积金本金加上累计利息必须退回到普通户头。
        马来西亚国家银行宣布将隔夜政策利率下调25个基点至2.75%，多家银行随即下调基础利率。
        再融资前一定要看清楚锁定期，提前还款罚金一般是赎回金额的1.5%。
        估价比成交价低的话，差额（COV）只能用现金支付，不能用公积金。
        大马首购族：50万令吉以下的首间房屋可享全额印花税豁免。
        有没有人用过雇员公积金第二户头来减少房贷本金？大概多久批下来？
        银行拖欠通知一般先发提醒信，连续三个月没还才会发律师信。
        温馨提示：签署购房选择权（OTP）前，请先申请组屋购屋资格信（HFE）。
        关于浮动利率：3个月复合SORA每天由金管局公布，贷款利率按季度调整。
        本行房贷热线：1800 363 3333（周一至周五，上午9时至下午6时）。
    """),
    ("mixed", "broker_chat"): _lines("""
        bro 3M SORA drop again leh, now floating cheaper than fixed already, u still wan lock 2 yrs?
        Eh the valuation for that Punggol 5rm come back already, 650k flat, no COV lah can proceed.
        Boss, client ask whether can use CPF for the legal fees or must pay cash first then claim back?
        Banker say lock-in 2 yrs but no clawback if sell, quite ok one right?
        Aiyo this month SBR go down but the bank still never adjust the instalment, must call them meh?
        Abang, nak refinance rumah Shah Alam, bank mana paling ok sekarang? SBR + berapa?
        Tolong share checklist dokumen untuk loan, I nak prepare awal sebelum jumpa banker.
        这个月SORA又跌了，你们要不要reprice？我的banker说free conversion。
        Wah the lelong unit in Kepong so cheap, but need to pay 10% deposit on the auction day ah?
        HDB loan can refinance to bank but cannot go back to HDB loan ok, think carefully before switch.
        Broker fee is paid by the bank right? Why this agent want to charge 1% leh?
        Sis, MRTA must take or not? Banker say compulsory but I heard can opt MLTA instead.
    """),
    ("en", "news_public"): _lines("""
        Then-Prime Minister Lee Hsien Loong announced the Standard, Plus and Prime classification for new HDB flats at the 2023 National Day Rally.
        Prime Minister Anwar Ibrahim, tabling Budget 2025, extended the full stamp duty exemption for first homes priced up to RM500,000 until 2027.
        In the September 2022 cooling measures, MAS raised the medium-term interest rate floor used to compute TDSR to 4% for private property loans.
        Bank Negara Malaysia Governor Abdul Rasheed Ghaffour described the July 2025 OPR reduction as a pre-emptive move to sustain growth.
        Mortgage rates in Singapore eased through 2025 as SORA tracked US rate cuts, and several banks cut their 2-year fixed packages.
        DBS, OCBC and UOB together account for the bulk of new private housing loans in Singapore, according to analysts.
        The August 2024 measures, announced jointly by MND and HDB, cut the loan-to-value limit for HDB loans to 75%.
        In Pride and Prejudice, Mr Collins stands to inherit the Longbourn estate because of an entail on the property.
        Lee Kuan Yew championed the Home Ownership for the People Scheme, which HDB launched in 1964.
        From 1968, CPF members were allowed to use their savings to buy HDB flats, a change that drove home ownership in Singapore.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LETTER OF OFFER Ref: HL/SG/2025/08/11472 | Borrowers: TAN WEI MING (S8734521A) & LEE SHU QI (S9021463B) | Property: Blk 412 Bedok North Ave 2 #08-151 Singapore 460412 | Facility: S$412,000 | Tenure: 25 yrs | Rate: 3M Compounded SORA + 0.28% p.a. (Yr 1-2)
        CPF Housing Withdrawal Statement – Member: Lim Hui Fen, NRIC S7612094C | Property: 23 Jalan Kembangan #03-04 Singapore 419113 | Principal used $186,420.00 | Accrued interest $21,337.15 | As at 31 May 2025
        Dear Mr Muthu a/l Ramasamy, our records show that your housing loan account 5141 2033 8876 is in arrears of RM4,812.60 (3 instalments). Kindly settle within 14 days to avoid legal action.
        Valuation request: 17, Jalan Bunga Raya 3, Taman Melawati, 53100 Kuala Lumpur | Owner/contact: Pn Noraini binti Ahmad 012-378 4419 | Purpose: refinance | Access: Sat morning only
        CRM note 14/07: Priya d/o Suresh (34, staff nurse at TTSH) wants to refi her 1.3m condo loan, lock-in ends Mar 2026. Call 9123 4567 after 7pm.
        Hi, can send the signed LO to my personal email kelvin.ong88@gmail.com instead? Office PC blocks attachments. Thanks, Kelvin
        Valuation fee of S$350 for Blk 618 Clementi West St 1 charged to Visa 4556 3454 1746 5647 exp 09/28, cardholder GOH BEE LENG.
        Arrears list (HDB loan) | Mr Rajesh Kumar s/o Nadarajan | Blk 205 Jurong East St 21 #11-322 | 4 months overdue, $5,940.00 | Counselling appt 22 Sep 10am at Jurong HDB Branch
        Co-borrower declaration: I, NUR AISYAH BINTE ISMAIL, NRIC T0358817Z, confirm that I am not a guarantor for any other credit facility and that my gross monthly income is S$4,200.
        from broker: Jason Goh from Treasure at Tampines still owes us his 2024 NOA and latest payslip, his TDSR already 54.8% so if he takes that car loan the whole thing dies
        Refinance comparison for Mr & Mrs Chua Boon Keat, 8 Siglap Hill Road Singapore 456012: outstanding $968,000, current rate 4.05%, proposed 2.55% fixed 2 yrs, monthly saving about $740.
        Please credit the CPF refund adjustment to DBS savings 027-918342-5, account holder Daniel Fernandez, and copy the confirmation to his solicitor.
        Late payment letter returned undelivered – addressee Mr Wong Kah Seng, No. 22 Lorong Mahsuri 5, 11950 Bayan Lepas, Penang. Customer not contactable at 016-442 8190; refer to tracing agent.
        Tele-call log 09/09 15:32 – spoke to Mdm Kamala Devi d/o Periasamy (S6803357H); says son lost his job, will pay $1,200 on 30/09 and the remaining $2,640 arrears by end Oct.
        Hi Sharon, Vincent from the bank here – valuation for 51 Upper Serangoon Road #12-07 came in at $1.18m, $20k under your OTP price, so the $20k COV has to be cash.
        New application – Ms ZHANG LIHUA, FIN G5542918P, Employment Pass, gross $9,800/mth, applying for 75% LTV on a resale condo in Bukit Batok, 2 yrs employment history in SG.
        Title search: Lot 35122 Mukim Setapak – registered proprietor ABDUL HALIM BIN YUSOF (NRIC 760309-07-5231), charge in favour of CIMB Bank Berhad registered 2019, private caveat lodged 2024.
        Our clients Mr Lim Chee Keong and Ms Ong Pei Shan (Tel 9782 3310) exercised the OTP for 3 Jalan Lim Tai See on 2 Oct; kindly expedite the LO as completion is in 12 weeks.
        Amex 3762 548334 25365 used for stamp duty of S$14,600 on behalf of buyer Christopher Pereira – receipt sent to chris.pereira.sg@outlook.com
        Telegram DM: hey @shermaine_lim_ this is the banker from the Fernvale roadshow, for your 5-room the max loan is about $486k based on your income, can talk tmr?
        Credit bureau check – LOW KIM HOCK, S7935580A: no bankruptcy record; 1 active car loan ($820/mth); 1 credit card, limit $12k. Proceed with TDSR calc.
        Mortgage insurance claim: Ms Teo Siew Hwa (S8459012F) submitted her late father's death certificate; HPS payout of $210,000 to go towards the HDB loan on her parents' flat, which she will now take over.
        Agent note: vendor Mr Harjit Singh (HP 8133 6072) wants a fast sale as he is relocating to Perth in January; outstanding loan with UOB around $420k.
        Hi Mdm Chew, your refinancing with OCBC is approved. Your new loan account no. is 601-284517-001 and the first instalment of $3,412.50 will be deducted on 1 Dec.
        HFE outcome – applicant T0249186E, household income $15,200 exceeds the ceiling; eligible for bank loan only, CPF housing grants not applicable.
        To whom it may concern: this is to certify that Mr Arjun Menon has been employed with Keppel Ltd as a Senior Engineer since 2016 at a basic salary of S$7,850 per month. Issued at his request for a housing loan application.
        note on file: cust Eileen Tay new mobile 9671 2208, moved to 88 Toh Tuck Road #05-11, pls update address for arrears letters
        Notice to borrower Jeffrey Sim Kok Wah: pursuant to the mortgage dated 12 May 2018 over 10 Sin Ming Walk #09-10, the Bank will exercise its power of sale if the outstanding sum of $61,208.44 is not paid by 15 Jan 2026.
        [12/10/25, 21:14] Daryl Seah: bro bank say my mortgage 2 months overdue already, can u check with ur contact if can restructure? my IC T0564419J
        BORROWER | NRIC | LOAN A/C | O/S | DPD ~ ANG SOK HOON | S7701528J | 0712-448-903 | $288,416.20 | 92 ~ RAVINDRAN A/L SUPPIAH | S9364107H | 0712-451-276 | $402,880.05 | 61
    """),
    "ms": _lines("""
        Permohonan Pengeluaran Perumahan KWSP – Ahli: MOHD FAIZAL BIN OTHMAN | No. KP: 880412-14-5523 | Jumlah dipohon: RM35,000 | Tujuan: mengurangkan baki pinjaman perumahan Bank Islam
        Notis tunggakan kepada Puan Rohana binti Mat Saad, No. 8 Jalan Cempaka 2, Taman Cempaka, 25200 Kuantan, Pahang – tunggakan ansuran sebanyak RM3,126.40 bagi 2 bulan.
        Potongan gaji LPPSA: Vijaya Lakshmi a/p Ganesan, No. KP 850117-01-5672, RM1,450 sebulan bermula Januari 2026.
        Salam tuan, saya Azman bin Hashim, tel 019-265 3471, nak tanya status penilaian rumah saya di Seksyen 7 Shah Alam untuk refinance.
        Senarai lelong: hartanah milik Encik Lee Kok Wai (KP 820214-08-6347), tunggakan RM58,900, lelongan awam pada 18 Nov 2025 di Mahkamah Tinggi Ipoh.
        Akaun pembiayaan rumah CIMB 7012 8834 5510 27 atas nama Nurul Huda binti Rahim telah dikemas kini: ansuran baharu RM1,980 selepas penstrukturan semula.
        Borang MRTA – Nama: TAN AH SENG | No. KP: 930830-13-5019 | Sejarah kesihatan: diabetes jenis 2 sejak 2020 | Jumlah perlindungan: RM380,000
        Pembeli Puan Fatimah binti Abdullah (tel 013-882 0754) bersetuju membayar baki deposit 10% iaitu RM42,000 selewat-lewatnya 30 Nov.
    """),
    "zh-Hans": _lines("""
        买家：陈志强，身份证号 350203198706142737，在新山购买公寓，向马来西亚银行申请七成贷款，月收入约人民币3万元。
        客户林美玲（电话 9245 8813）组屋贷款拖欠两个月共 $2,310，已约好下周三到宏茂桥建屋局分行面谈。
        黄俊杰先生：您的再融资申请已获批，新贷款户口 372-301-845-6，首期还款 $2,876 将于12月1日扣除。
        业主吴秀英女士，地址：Blk 136 Toa Payoh Lorong 1 #10-482 Singapore 310136，估价结果 $598,000，比成交价低 $12,000。
        中介群：郑国华的律师费刷卡 5183 1235 2262 2479，金额 $2,800，收据请发到 zhengguohua1985@163.com。
        香港买家 CHAN Ka Yan（陈嘉欣），香港身份证 K582341(2)，以第二家园签证在吉隆坡购买公寓，贷款额 RM900,000。
    """),
    "mixed": _lines("""
        eh bro ur client Ravi s/o Krishnan call me again, he say his CPF OA only left 3k after downpayment, can still cover legal fees or not? his hp 8822 4105
        Boss, 这个客户 Ong Teck Huat IC S6591243J 的 income doc 还没齐，NOA 2024 missing, TDSR 算不出来。
        Kak, Encik Hafiz bin Rosli punya valuation dah keluar, RM415k, kurang 15k dari harga beli, dia kena top up cash. No tel dia 011-2345 8871.
        Lim Siew Mei 那间 Bukit Jalil condo 的 LO 下来了 ya, margin 90%, tenure 35 tahun, nanti kasi dia sign.
        FYI client Suresh Pillai SPA signing 11am tmr at the Jalan Ampang office, bring his bank stmt + EPF stmt, he had 2 months salary arrears from his last employer so explain the gap.
        @mortgage_grp Wei Jie's arrears letter from HDB came already, the Blk 52 Marine Terrace #07-91 one, tell him pay at least $800 before 15th lah
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a home loan assistant for a Singapore bank. Be concise and never promise approval.",
        ),
        (
            "user",
            "Hi, I want to check if I can refinance. I'm Benjamin Koh, NRIC S8126734J. Outstanding loan about $712k at 3.9%, property is 12 Jalan Chempaka Kuning.",
        ),
        (
            "assistant",
            "Thanks, Benjamin. To assess a refinance I'll need your remaining tenure, whether you're still in lock-in, and your latest gross monthly income. A banker can call you to go through the numbers.",
        ),
        (
            "user",
            "Lock-in ended last month, 21 years left, income around 14k. Call me at 9034 7716 after 6pm.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat rayuan kepada bank. Nama saya Zulkifli bin Ahmad, akaun pinjaman perumahan 5622 0418 7713, tertunggak 3 bulan sebab saya masuk hospital untuk pembedahan jantung.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: 'Tuan/Puan, saya Zulkifli bin Ahmad, pemegang akaun pinjaman perumahan 5622 0418 7713, ingin memohon penjadualan semula ansuran kerana tertunggak 3 bulan akibat rawatan pembedahan jantung...'",
        ),
        (
            "user",
            "Tambah nombor telefon saya 012-554 3908 dan cakap saya boleh mula bayar RM800 sebulan.",
        ),
    ],
    [
        (
            "user",
            "Help me write to HDB about my mother's loan arrears. She is Mdm Leong Yoke Lin, flat at Blk 27 Hougang Ave 3 #04-112, she was diagnosed with stage 3 colon cancer in June and stopped working.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I am writing on behalf of my mother, Mdm Leong Yoke Lin, owner of Blk 27 Hougang Ave 3 #04-112. Since her diagnosis in June she has been unable to work, and her HDB loan has fallen into arrears...' Would you like to propose a repayment plan?",
        ),
        ("user", "Yes, say I will pay $600 a month from my own salary until she recovers."),
    ],
    [
        ("user", "帮我算一下，组屋贷款 38 万，25 年，利率 2.6%，每月要还多少？"),
        ("assistant", "按 2.6% 年利率、25 年期计算，每月还款约为 $1,724。"),
        (
            "user",
            "好的。我叫何志明，手机 8116 2093，麻烦帮我转给你们的房贷专员，我想下个月从建屋局贷款转到银行贷款。",
        ),
    ],
    [
        ("system", "You summarise client files for a Malaysian mortgage broker."),
        (
            "user",
            "Summarise: Client Nadia binti Kamal, MyKad 910302-10-5938, admin exec at a Klang logistics firm, gross RM6,500, commitments PTPTN RM200 and car RM850, buying a RM480k condo in Kota Kemuning, wants 90% + MRTA.",
        ),
        (
            "assistant",
            "Nadia binti Kamal (MyKad 910302-10-5938): gross RM6,500, commitments RM1,050/mth. A 90% loan of RM432k over 35 years would put her DSR around 45–50% depending on the bank's rate, which is within most banks' limits for this income band.",
        ),
    ],
    [
        (
            "user",
            "I'm Amanda Tan, 38, my CPF OA balance is $64,210 and my wife Chloe has about $41k. We're looking at a $1.45m condo. Can we cover the 25% downpayment?",
        ),
        (
            "assistant",
            "For a $1.45m purchase the 25% downpayment is $362,500, of which at least 5% ($72,500) must be cash. Your combined OA of roughly $105k would cover part of the remaining 20%, so you would still need around $185k more in cash or CPF.",
        ),
        ("user", "Ok, can you email the breakdown to amandatan.finance@gmail.com?"),
    ],
    [
        ("system", "You are the collections virtual agent of a Singapore bank."),
        (
            "user",
            "I want to clear my overdue home loan instalment now. Loan account 0721-339-560, name Marcus Yeo.",
        ),
        (
            "assistant",
            "Thank you, Mr Yeo. The overdue amount on loan account 0721-339-560 is $2,954.30 including late charges. How would you like to pay?",
        ),
        ("user", "Charge to my card 4214 7958 1603 9886, expiry 11/27."),
    ],
    [
        (
            "user",
            "Saya Ganesan a/l Muniandy, IC 780615-05-5437, beli rumah PR1MA di Bandar Sri Permaisuri tahun 2021. Sekarang gaji dipotong separuh, boleh ke minta moratorium dengan bank?",
        ),
        (
            "assistant",
            "Encik Ganesan boleh memohon bantuan bayaran balik (seperti penstrukturan semula atau pengurangan ansuran sementara) terus dengan bank. Sediakan slip gaji terkini dan surat majikan yang menunjukkan potongan gaji.",
        ),
        ("user", "Bank saya RHB, akaun 2 14097 0028193 3. Boleh tolong tulis emel kepada mereka?"),
    ],
    [
        (
            "user",
            "Please rewrite this email nicer: 'Mr Derek Lau, our valuer will inspect your unit at 41 Jalan Kayu #02-03 on Thursday 3pm, pls be around, call 9358 1642 if cannot.'",
        ),
        (
            "assistant",
            "Dear Mr Lau, our appointed valuer would like to inspect your unit at 41 Jalan Kayu #02-03 this Thursday at 3pm. Kindly let us know if the timing is inconvenient – you may reach us or we can call you at 9358 1642.",
        ),
    ],
    [
        (
            "user",
            "我的 banker 叫我加 Telegram @peishan_mortgage 跟进，但我想先问你：我 Serene Chua 名下 Bishan 那间 condo 还欠 $540k，lock-in 明年3月才完，现在 reprice 划不划算？",
        ),
        (
            "assistant",
            "锁定期内无论 reprice 还是再融资，一般都要付赎回金额 1.5% 的罚金（约 $8,100）。建议等明年3月锁定期结束后再 reprice，现在可以先向现有银行要报价。",
        ),
        (
            "user",
            "OK，我的 email 是 serene.chua.ps@yahoo.com.sg，你帮我写个 email 给 banker 问报价。",
        ),
    ],
    [
        (
            "user",
            "I'm on an Employment Pass, FIN F2231875Q, name Rahul Mehta. Bought a condo in Clementi in 2023 with a $1.1m loan. My company is relocating me to Dubai next year – can I keep the loan?",
        ),
        (
            "assistant",
            "Generally yes, the loan continues as long as instalments are paid, but the bank may re-assess if your income source changes. Tell the bank about your relocation and check whether they require a local correspondence address.",
        ),
        ("user", "Got it, my SG address is 9 Dover Rise #15-04 until I move."),
    ],
]
