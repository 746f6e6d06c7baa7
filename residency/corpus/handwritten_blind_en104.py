# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en104: SG/MY pawnshops and moneylenders (pawn tickets, redemption notices, loan contracts, harassment complaints, Registry notices). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en104
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pawn ticket terms"): _lines("""
        PAWN TICKET - issued under the Pawnbrokers Act 2015. Redemption period: 6 months. Interest: 1.5% per month or part thereof.
        Pledge description: 1x 916 gold bangle (approx. 18.20g), 1x 999 gold pendant (approx. 3.75g). Valuation $2,140.00 / Loan $1,600.00
        Redemption may be made by the pledger or by any person presenting this ticket together with the loan amount and interest due.
        Name of Pledger: ______________ NRIC/FIN No.: ______________ Address: ____________________ (please complete in BLOCK LETTERS)
        Pledges with a loan value of $50 and below shall be forfeited to the pawnbroker at the end of the redemption period.
        Ticket No. {{ticket_no}} | Date of Pawn {{pawn_date}} | Redemption Due {{due_date}} | Pledger {{customer_name}}
        Renewal: pay interest only at any outlet to extend the pledge for another 6 mths. Original ticket must be produced.
        Interest calc: $1,600 x 1.5% x 3 mths = $72.00; total payable to redeem = $1,672.00
        Lost ticket? Pls come personally w/ your IC. Replacement fee $2. NO phone enquiries on pledge details.
        Karat purity tested via XRF, reading 91.4% Au. Item stamped "KDM 916". Nett wt after stone deduction 7.88g.
        Branded watch pledges (Rolex, Omega, Cartier) require box & warranty card; valuation subject to servicing history.
        Surplus from the auction sale of an unredeemed pledge may be claimed by the ticket holder within 12 months of the sale.
        Pawnbroker Licence No. PB/0417/2026 - Heng Loong Pawnshop Pte Ltd, 231 Bain Street #01-07, Singapore 180231.
    """),
    ("en", "moneylender regulation"): _lines("""
        Under the Moneylenders Rules, licensed moneylenders may charge interest of not more than 4% per month, regardless of the borrower's income.
        Late interest cannot exceed 4% per month for each month the repayment is late; the late fee is capped at $60 for each month of late repayment.
        Total charges (interest, late interest, upfront admin fee of max 10% of principal, and late fees) cannot exceed 100% of the principal.
        For borrowers earning less than $20,000 a year, the aggregate unsecured loan limit across all licensed moneylenders is $3,000.
        Registry of Moneylenders: list of licensed moneylenders as at 01 Dec 2026 - 142 licensees, 3 licences suspended, 2 revoked.
        Licensed moneylenders are NOT allowed to advertise via SMS, WhatsApp, flyers or social media; only in business directories, their own websites and within their premises.
        Moneylenders must explain the terms of the loan in a language the borrower understands and provide a copy of the Note of Contract.
        Registry notice: Prosper Sun Credit Pte Ltd (Licence No. 52/2026) has ceased operations with effect from 15 Nov 2026. Existing borrowers may call 1800-2255-529.
        Reminder to licensees: a Moneylenders Credit Bureau (MLCB) report must be obtained before every new loan is granted.
        Section 5(1): No person shall carry on or hold himself out in any way as carrying on the business of moneylending in Singapore, unless authorised to do so by a licence.
        ROM Circular No. 3/2026 - amendments to Form 6 (Note of Contract) take effect on 1 Jan 2027; old forms to be disposed of by 31 Mar 2027.
        Complaints against licensed moneylenders may be lodged with the Registry via the online form; for harassment by unlicensed moneylenders, call 999.
        Do not hand over your SingPass, ATM card or NRIC to any moneylender to keep. Retaining a borrower's identity documents is an offence.
    """),
    ("ms", "notis KPKT dan pajak gadai"): _lines("""
        Notis: Senarai Pemberi Pinjam Wang Berlesen di bawah Akta Pemberi Pinjam Wang 1951 boleh disemak di laman web rasmi KPKT.
        Kadar faedah maksimum bagi pinjaman bercagar ialah 12% setahun, manakala pinjaman tanpa cagaran tidak melebihi 18% setahun.
        Orang ramai dinasihatkan supaya tidak berurusan dengan "Ah Long" atau pemberi pinjam wang tanpa lesen.
        Ar-Rahnu: upah simpan dikenakan RM0.65 bagi setiap RM100 nilai marhun sebulan, tempoh pajakan 6 bulan.
        Lelongan barang kemas yang tidak ditebus akan diadakan pada 18 Disember 2026, jam 10.00 pagi, di premis kedai.
        Akta Pemegang Pajak Gadai 1972 (Akta 81): tempoh penebusan ialah 6 bulan dari tarikh pajakan.
        Perjanjian Jadual J untuk pinjaman berjamin; Perjanjian Jadual K untuk pinjaman tanpa jaminan.
        Aduan boleh dibuat melalui sistem aduan awam KPKT atau hubungi talian 03-8000 8000 pada waktu pejabat.
        Jangan serahkan kad ATM, buku bank atau kad pengenalan anda kepada mana-mana pemberi pinjam wang.
        Harga emas 916 hari ini: RM412/g (jual), RM378/g (beli). Tertakluk kepada perubahan tanpa notis.
        Kedai Pajak Gadai Tai Seng, Jalan Tun H.S. Lee, Kuala Lumpur - dibuka Isnin hingga Sabtu, 9 pagi hingga 5.30 petang.
        Pelekat "Pinjaman Segera Tanpa Dokumen" di tiang lampu adalah iklan haram dan akan ditanggalkan oleh PBT.
    """),
    ("en", "shop ads and gold rates"): _lines("""
        Today's buying rate - 916 gold: $98.50/g | 999 gold: $107.20/g. Rates as at 10:30am, 05/12/2026.
        Kim Hock Pawnshop - 3 outlets: Ang Mo Kio Ave 10, Toa Payoh Lor 8, Tampines St 81. Open daily 10am-8pm incl. Sundays.
        Gold jewellery, Rolex, diamonds, branded bags - we lend up to 85% of valuation. Walk in, no appointment needed!
        Pre-owned jewellery sale: 916 Mickey Mouse charm 2.1g $265; 18K white gold ring w/ 0.3ct diamond $680.
        Lee Kim Soon Jewellers & Pawnbrokers, est. 1948 - now run by the third generation of the family.
        CNY operating hours: closed on 1st & 2nd day of CNY, reopens 3rd day at 11am. Gong xi fa cai!
        Year-end promo: 0.88% interest for the first month on gold pledges above $5,000. T&Cs apply, valid till 31 Dec 2026.
        Visit us at Blk 190 Lorong 6 Toa Payoh #01-532, beside the wet market.
        Free walk-in valuation. Bring your NRIC / FIN / passport for all pledges as required by law.
        Rolex Submariner 126610LN, 2021 card, full set - from our forfeited pledge sale, $12,800 nett.
        Hotline 6292 8811 (Mon-Sat). WhatsApp enquiries 8123 6600 - pls do NOT send photos of your IC over WhatsApp.
        PAMP Suisse 1oz gold bar, sealed w/ assay card, selling $3,720 today only.
    """),
    ("en", "history and news"): _lines("""
        Yap Ah Loy, the third Kapitan Cina of Kuala Lumpur, is often credited with rebuilding the town after the great fire of 1881.
        Loke Yew, the tin-mining tycoon, was one of the early benefactors of the University of Hong Kong.
        Jack Neo's 1998 comedy "Money No Enough" follows three friends sinking deeper into debt, including borrowing from loan sharks.
        Pawnshops in Singapore were historically dominated by Hakka clans from Dabu, many of whom started as clan association members.
        Unlicensed moneylending and related harassment cases fell to 1,184 in Jan-Jun 2026, down 12.4% year on year, police said.
        The Pawnbrokers Act 2015 repealed the earlier Pawnbrokers Act and introduced minimum paid-up capital requirements for licensees.
        Shares of the listed pawnbroking group rose 3.2% to S$0.415 after it reported a 14% rise in half-year net profit.
        Jalan Tuanku Abdul Rahman has some of Kuala Lumpur's oldest pawnshops, clustered near Masjid India.
        The Minister for Law said in a written parliamentary reply that 27 licensed moneylenders had been penalised in the past three years.
        "Ah Long" is Cantonese-derived slang for an illegal moneylender; the term is widely used in both Malaysia and Singapore.
        In Malaysia, pawnbroking licences fall under the Ministry of Local Government Development, with Ar-Rahnu schemes run by cooperatives and banks.
        Gold prices hit a record of US$2,910 an ounce this week, and pawnshop footfall in Singapore rose as households cashed in jewellery.
        Under the colonial revenue farm system, the exclusive right to operate pawnshops in the Straits Settlements was once auctioned to the highest bidder.
    """),
    ("en", "ops logs"): _lines("""
        2026-12-05T09:14:22+08:00 INFO pledge-svc ticket=PT-2612-004417 status=REDEEMED branch=AMK01 amount=1672.00
        ERROR mlcb-client: HTTP 503 from bureau endpoint, retry 3/5, request_id=7f3a9c1e-42b8-4d0e-9a61-2c5b8e0d11af
        pawnpos v4.12.3 (build 20261130.2) - fixed rounding of interest for partial months
        Daily close AMK01: 38 pledges ($61,240.00), 27 redemptions ($44,905.50), 9 renewals, 0 voids.
        sha256(contract_template_v7.docx) = 9b1d4e0c7a2f83b6e5d1c0a9f4e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0
        Invoice INV-2026-11-00873 to Heng Loong Pawnshop Pte Ltd: XRF analyser servicing, S$1,380.00 + GST 9%.
        Auction lot 118: 916 gold chain 24.6g, reserve $2,050. Lot 119: Cartier Love bracelet, reserve $4,200.
        cron: 0 2 * * * /opt/ml/bin/send_due_reminders --dry-run=false --channel=sms
        Tracking no. SGP2612050093317 - courier pickup of auction catalogue proofs from printer.
        SELECT ticket_no, pledge_value, due_date FROM pledges WHERE due_date < CURRENT_DATE AND status = 'ACTIVE';
        Build failed: test_interest_cap_4pct expected 64.00 got 64.01 (float rounding in late_interest())
        Queue depth reminders.sms=0, reminders.email=14; last run 2026-12-05 02:00:07 SGT, exit code 0
        ALERT ml-portal: 429 Too Many Requests on /api/v2/loan-quote from 3 IPs in 10.0.0.0/8; rate limiter engaged
    """),
    ("en", "data handling guidance"): _lines("""
        Collect full NRIC numbers only where required by law (e.g. Pawnbrokers Act, Moneylenders Act); otherwise record the last 3 digits and checksum letter.
        Template: Dear {salutation} {surname}, your pledge {ticket_no} is due for redemption on {due_date}. Please visit {branch} with your ticket.
        Mask phone numbers in screenshots before posting to the team chat; never forward customer IC images via personal WhatsApp.
        Retention: loan records must be kept for at least 5 years after full repayment, then destroyed with a cross-cut shredder.
        Access requests under the PDPA must be answered within 30 days; log each request in the DSAR register without storing a copy of the IC.
        Redaction rule: replace names with [BORROWER], NRIC with [NRIC], addresses with [ADDRESS] before exporting chat logs.
        Example masked format for display: S****123A - never use a masked value as a lookup key.
        Staff must not photograph customers' MyKad with personal phones. Use the branch scanner only (Ref: SOP-KYC-04 rev 3).
        If a caller claims to be from the Registry and asks for customer lists, note the caller's name and call back via the official hotline.
        Field spec: borrower_nric CHAR(9) NOT NULL, borrower_mobile VARCHAR(15), monthly_income NUMERIC(10,2)
        Training deck sample uses the fictional borrower "Ah Beng" with dummy NRIC S0000000A - never use real customer files.
        Collectors may only contact borrowers between 7am and 10pm, and must not visit the borrower's workplace or contact relatives.
    """),
    ("en-SG", "forum advice"): _lines("""
        Bro if u borrow from licensed ML they cannot charge more than 4% per mth, check the list on MinLaw website first then go.
        Ah long harass u, don't pay them, just make police report lor. Splash paint on door confirm police will come.
        Pawnshop interest actually quite low compared to credit card leh, 1.5% a month vs 26.9% p.a. on card.
        anyone know which pawnshop gives better rate for 999 gold bar? PAMP 1oz, still sealed
        Got SMS say "approved $5k instant loan", confirm is ah long or scam, licensed ones cannot SMS u one.
        The Note of Contract must show the EIR, if they never explain just walk out, dun sign.
        CNY coming, pawnshop queue sure damn long, go early morning or wait until after chap goh mei.
        My advice: call the X-Ah Long hotline 1800-924-5664, they very helpful one.
        Msia side also same, the stickers on lamp posts "Pinjaman Wang Segera" all illegal, don't anyhow call.
        Just pawned my Rolex GMT, got about 70% of market, not bad la considering.
        tbh the ML near Geylang Lor 25 very professional, explained everything, no pressure.
        Pro tip: renew your pawn ticket online now can already, no need to queue just to pay interest.
        ppl always ask "can pawnshop check my CTOS?" - no, pawning doesn't involve any credit check at all.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pledger: TAN SOK HWA, NRIC S8734512B, Blk 318 Clementi Ave 4 #09-211 S(120318), tel 9127 4406. Item: 916 gold bangle 18.2g, loan $1,600.
        Redemption reminder - Mr Muhammad Faizal bin Rahmat, your pledge at our Bedok North branch expires on 12 Jan 2027. Enquiries: 8846 2190.
        Borrower: Jeyakumar s/o Ramasamy (T0265873E), employer SBS Transit, gross monthly income $2,850, principal $3,000 over 6 instalments.
        Complaint: since 2 Nov ah long splashed red paint and chained my gate. Blk 627 Woodlands Ring Rd #11-47. I am Lau Siew Peng, HP 9315 7720. The debt is my son Lau Jun Kai's.
        Our client Mr Ng Boon Hock (NRIC ending 2473Z) is in arrears of $4,212.60 under Loan Agreement LA/0914/26; legal action will commence in 7 days.
        Lim Geok Choo, the auntie staying at Blk 85 Commonwealth Close #04-118, pawned her daughter's wedding jewellery again last week - she's already a bankrupt.
        Card used for repayment: 4556 1823 0097 4124, cardholder WONG MEI XIN, exp 08/29.
        FIN G5129836K, Nguyen Thi Hoa, staying at the dormitory at 17 Tuas South Ave 1, loan $500 to remit to her family in Can Tho.
        Hi Kelvin Ong Wei Jie, your instalment of $545.00 is overdue by 14 days and a late fee of $60 has been applied. Pls call us at 6338 0192.
        Guarantor: Sim Ah Kow, 67, retired, father of borrower Sim Jia Hui; residing at 12 Jalan Bunga Rampai, S(538395).
        Harassment case ref HP/2026/118843 - victim Ms Rachel Goh Pei Shan (S7619024J) received 47 threatening calls between 20-27 Nov.
        MC attached: borrower Haslinda binte Osman was hospitalised at CGH for dialysis complications 3-9 Nov, requests deferment of Dec instalment.
        Collateral vehicle: SKQ4821B, Toyota Wish 2014, registered owner Chua Teck Meng, log card retained by lender.
        Mr Ravi Chandran (HP +65 9776 3018) lost his job at Jurong Port in Oct, now driving Grab part-time, wife 7 months pregnant.
        pls send the contract to my email huiling.seah88@gmail.com and the name should be SEAH HUI LING not SEAH HUI LIN. thx
        Writ of Summons MC/04417/2026: Fortune Credit Pte Ltd v Koh Yong Sheng - claim for $6,830.40 plus contractual interest.
        Passport P4829173B, Marites Dela Cruz Santos, domestic helper employed at 41 Jalan Kembangan, applied for $1,500 loan; employer not informed.
        Disbursement to POSB Savings 198-34771-2 in the name of Teo Boon Kiat, ref LN-26-1204-07.
        Collector visited Blk 12 Toh Yi Drive #03-45 at 9am, no answer. Borrower Yusof bin Ismail and wife Noraini not at home, neighbour says they moved to the in-laws.
        S6950281D / CHEONG KAM LOY / DOB 14-03-1969 / Blk 22 Sin Ming Rd #07-131 / 3 active pledges
        My husband Alvin Tay Wee Leong owes 4 ah longs from gambling, he's been warded at IMH for depression since Tuesday. What do I do with the debts?
        Approved: Nur Aisyah binte Kamal, NRIC T11***40B, mobile 97** **18, $2,000 disbursed 03/12/2026.
        The DBS Visa debit 4160 8933 0251 8747 belongs to my brother Edmund Low, he let the ML keep it together with his PIN.
        Borrower's Telegram is @kahwai_lim88, full name Lim Kah Wai, works night shift at the Tuas bakery, still owes $2.4k.
        Zhang Wei, PRC national on S Pass, ID 350203199102243013, living at 9 Hougang Ave 8 #02-15, borrowed $1,000 at our Aljunied branch.
        HK customer Chan Ka Yan, HKID K382910(3), tel +852 9345 2618, pledged a Patek Philippe 5711 at our Orchard branch.
        CPF statement shows Mdm Koh Lay Hoon earns $1,920/mth as a cleaner, below the $20k income threshold, so cap $3k applies to her.
        Police report filed by Ganesh Pillai (S8459027D): someone posted his photo and home address, Blk 710 Yishun Ave 5 #06-290, on a "debtor wall" group.
        Redemption notice sent by registered post to Mr Ho Chee Wai, 55 Lorong Marzuki, Singapore 416918, ticket KH-2611-3307, loan $4,900.
        Our records show Mdm Leong Yoke Mui (T0587713F) pawns her gold every month-end to pay her son's ah long debts.
        Lender's note: Jessie Kwan Li Ting, 29, staff nurse at KTPH, salary $3,400, MLCB shows 3 other active loans totalling $7,900.
        Amex 3791 554021 68038 on file for auto-debit, cardholder Benjamin Chia; billing address 7 Sunset Drive, Singapore 597447.
    """),
    "en-MY": _lines("""
        Boss my pawn ticket lost already, name Veronica Lajim, IC 010422-12-0846, pawned at the Kota Kinabalu branch last July. Can replace or not?
        ah long came to my brother Kamarul Ariffin's house, C-3-12 Pangsapuri Seri Melati, Taman Melawati, threaten to burn his car WXY 8812.
        Guarantor Tan Ah Chuan (780905-07-5233) from Bukit Mertajam, my uncle, he never agree to sign, the signature on the Jadual K is fake.
        Send the money to Maybank 1640 2288 3917 under Nurul Huda binti Rahim, then WhatsApp the slip to 012-388 4107.
        This one the debtor: Lee Chee Keong, lorry driver, plate JQT 3301, stays Taman Sentosa Klang, wife Mei Ling, HP 017-229 6830.
        Ticket KPG/2611/4471 under Kavitha Raman, IC 960203-08-5312, 2 gold chains at the Ipoh Old Town branch, she wants to redeem but husband took the ticket.
    """),
    "ms": _lines("""
        Peminjam: Azman bin Yusof, No. K/P 850314-10-5527, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Pinjaman RM5,000 (Jadual K).
        Puan Rosnah binti Abdullah, barang gadaian anda (tiket AR-0712-2291) akan dilelong pada 18/12/2026 jika tidak ditebus. Hubungi 013-782 4409.
        Nama: Lingam a/l Subramaniam, gaji RM3,200 sebulan, majikan kilang sarung tangan di Klang, tel 016-552 9013.
        Saya Chong Mei Fong, No. IC 920728-14-6184, mahu buat aduan kerana pengutip hutang datang ke pejabat saya setiap hari.
        Faisal bin Hamid (24), anak Pn. Zaleha dari Kampung Baru Sungai Buloh, dimasukkan ke Hospital Sungai Buloh selepas dipukul pengutip hutang pada 1 Dis.
        Notis tuntutan: En. Roslan bin Ahmad, No. 17, Jalan Delima 5, Taman Sri Delima, 84000 Muar, Johor - baki tertunggak RM2,870.50 setakat 30/11/2026.
    """),
    "zh-Hans": _lines("""
        借款人黄志强，手机 9288 0417，住在 Blk 456 Ang Mo Kio Ave 10 #05-1234，欠款 $3,800 已逾期两个月。
        我老婆林秀英的金链子当在牛车水那间当铺，当票号 TS-2611-0881，她最近在中央医院做化疗，请问可以延期吗？
        王丽华，身份证号 440106198307165224，现住新加坡 Blk 203 Bukit Batok St 21 #08-77，在我们公司借了 $2,500。
        大耳窿天天打电话给我妈陈桂英（8772 6045），说我欠钱不还，我叫陈俊杰，IC S8013369C，已经报警了。
        台湾客户 林志明，身分证 F128045567，护照已过期，想用劳力士 116610 典当，微信号 lzm_1979tw。
        我叔叔许国栋在芽笼借了大耳窿 $8,000，现在利滚利变成 $20,000，他的 WhatsApp 是 +65 8930 1526。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer service assistant of a licensed pawnshop in Singapore."),
        (
            "user",
            "hi can i check if my pawn ticket still can redeem? i think already more than 6 months",
        ),
        (
            "assistant",
            "Sure, I can help. Could you share your ticket number and the name on the ticket?",
        ),
        ("user", "ticket HL-2605-01182, name is Poh Siew Lan"),
        ("user", "IC is S7702145J if u need"),
        (
            "assistant",
            "Thank you. The redemption period ended on 3 Nov, but the item is not yet auctioned. Please visit the branch this week.",
        ),
    ],
    [
        ("user", "I need help writing a complaint about loan shark harassment"),
        (
            "assistant",
            "I'm sorry you're going through this. Please tell me what happened and I can help you structure the report.",
        ),
        ("user", "They taped a note to my door saying O$P$ and my name, Darren Yeo Kok Seng."),
        (
            "user",
            "Address is Blk 148 Mei Ling St #14-322. Happened 28 Nov around 3am, CCTV got capture.",
        ),
        (
            "assistant",
            "Here is a draft: 'On 28 Nov 2026 at about 3am, unknown persons affixed a note reading O$P$ to the door of my flat...'",
        ),
    ],
    [
        (
            "system",
            "Loan application assistant for a licensed moneylender in Johor Bahru. Collect details politely.",
        ),
        ("user", "nak pinjam RM3000, boleh?"),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, nombor MyKad, pendapatan bulanan dan majikan.",
        ),
        (
            "user",
            "Mohd Hafiz bin Zainal, 890611-01-5671, gaji RM2,600, kerja operator pengeluaran di Pasir Gudang",
        ),
        (
            "assistant",
            "Terima kasih. Permohonan anda akan disemak dan pegawai kami akan menghubungi anda dalam 1 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "My mum has early dementia and I think she's been pawning her jewellery without telling us",
        ),
        (
            "assistant",
            "That's worrying. You may ask the pawnshop, with her consent or under a Lasting Power of Attorney, for a list of her pledges.",
        ),
        (
            "user",
            "She's Mdm Ong Ah Lian, 78, we stay at Blk 5 Jalan Kukoh #10-81. The pawnshop downstairs knows her well.",
        ),
        (
            "assistant",
            "I'd suggest bringing the LPA certificate and her NRIC to the pawnshop and asking for the pledge records.",
        ),
    ],
    [
        ("user", "请问当票丢了怎么办？"),
        ("assistant", "一般需要本人携带身份证到当铺办理挂失，并签署法定声明。"),
        ("user", "当票上的名字是我爸郑金福，他中风住院了没办法自己去"),
        ("user", "我是他女儿郑美琪，电话 9014 3376，可以代办吗"),
        ("assistant", "如果有授权书或持久授权书，通常可以代办，建议先打电话向当铺确认。"),
    ],
    [
        ("user", "Can you check this loan contract for me? Whether the interest legal or not"),
        (
            "assistant",
            "Of course. Please paste the key terms - principal, interest rate, fees and repayment schedule.",
        ),
        (
            "user",
            "Borrower: SIVA KUMAR A/L MUNIANDY, NRIC F3059912T, Principal $2,000, interest 4%/mth, admin fee $200, 6 monthly instalments of $381.53",
        ),
        (
            "assistant",
            "The 4% monthly interest and 10% admin fee are within the caps set by the Moneylenders Rules.",
        ),
    ],
    [
        ("system", "Internal assistant for branch staff. Draft letters on request."),
        ("user", "draft a final redemption notice for customer, ticket TP-2606-00915, loan $3,250"),
        ("assistant", "Sure. Who is the customer and what's the mailing address?"),
        ("user", "Mr Low Kian Huat, 33 Jalan Tari Piring, Singapore 358770"),
        (
            "assistant",
            "Dear Mr Low, this is to remind you that pledge TP-2606-00915 is due for redemption on 20 Dec 2026...",
        ),
    ],
    [
        ("user", "the ah long keep whatsapp me from different numbers"),
        (
            "assistant",
            "Please don't engage with them. Screenshot the messages and make a police report, or call 999 if you feel threatened.",
        ),
        ("user", "ok. my nric is T0391"),
        ("user", "856J, name Farah Nadia binte Suhaimi, for the police form right?"),
        (
            "assistant",
            "Yes, the police will ask for your particulars when you make the report. Please keep your screenshots ready.",
        ),
    ],
    [
        ("user", "how to pay my instalment by card? the branch closed already"),
        (
            "assistant",
            "Most licensed moneylenders accept payment via their website. Please don't share your full card number here.",
        ),
        ("user", "too late lol. 5521 3390 6114 7824, exp 11/28, name GOH KHENG HUAT"),
        (
            "assistant",
            "Please contact your bank to replace the card, as the number has now been exposed in this chat.",
        ),
    ],
    [
        ("user", "Saya ada pinjaman dengan syarikat berlesen, tapi mereka ambil kad bank saya"),
        (
            "assistant",
            "Pemberi pinjam wang berlesen tidak dibenarkan menyimpan kad ATM peminjam. Anda boleh membuat aduan kepada KPKT.",
        ),
        (
            "user",
            "Nama saya Rajeswari a/p Krishnan, tinggal di No. 8, Lorong Kenari 3, Taman Bukit Indah, 81200 Johor Bahru.",
        ),
        ("user", "Saya juga ada penyakit jantung, stress sangat dengan ugutan mereka"),
        (
            "assistant",
            "Saya faham. Sila simpan semua bukti dan buat laporan polis serta aduan kepada KPKT secepat mungkin.",
        ),
    ],
]
