# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en122: SG/MY conveyancing and property lawyers (SPAs, caveats, title searches, completion accounts, stamp duty). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en122
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "practice notes"): _lines("""
        A caveat based on an exercised OTP can only be lodged once the OTP has been stamped, so diarise stamping first and lodge the caveat the same day the stamp certificate comes out.
        HDB resale: the completion appointment is fixed by HDB, usually about 8 weeks after the resale application is approved, and takes place at HDB Hub in Toa Payoh.
        Send the standard requisitions on title to the vendor's solicitors and the legal requisitions to URA, LTA, PUB, NEA and SLA; replies normally come back within two to three weeks.
        Where the individual or strata title has not been issued, the purchaser cannot lodge a private caveat; protect the purchaser by a Deed of Assignment and a notice of assignment to the developer instead.
        Under the National Land Code a private caveat lapses at the end of six years unless it is withdrawn or removed earlier, so check the lodgement date on every title search.
        Always run a bankruptcy search and, for corporate vendors, a winding-up search before releasing the balance purchase price; an undischarged bankrupt cannot give good title.
        Completion checklist: original title or certificate of title, duly executed transfer, redemption statement from the chargee, discharge of charge, keys and vacant possession letter, property tax clearance, confirmation of no MCST arrears.
        If the purchaser is using CPF, allow at least two weeks for the CPF Board's approval and make sure the CPF charge documents are lodged together with the transfer.
        Typical MY subsale structure: 2% earnest deposit on acceptance of the offer, a further 8% on signing the SPA, and the 90% balance within three months plus an automatic one-month extension at 8% p.a. late interest.
        RPGT: the purchaser's solicitor retains 3% of the purchase price (7% where the vendor is not a citizen or PR) and remits it to LHDN within 60 days of the date of disposal.
        For leasehold land in most states, State Authority consent to transfer must be obtained before the MOT can be presented; allow two to six months depending on the land office.
        Sale of a Bumiputera-quota unit to a non-Bumiputera purchaser requires a release of quota from the state, which is usually subject to a levy payable by the vendor.
        Do a fresh title search the day before completion; any encumbrance lodged after the first search (a new caveat, a prohibitory order, a lien-holder's caveat) must be cleared before release of funds.
        The completion account should show the balance purchase price, apportionment of property tax and maintenance charges to the completion date, less deposit paid, less CPF monies, plus late completion interest if any.
        Never accept a change of payee bank account by e-mail alone; call the vendor's solicitors on the number in the Law Society directory to verify before you release any money.
        Foreign purchasers in Malaysia must meet the minimum price threshold set by each state and obtain State Authority consent before the transfer can be registered.
    """),
    ("en", "stamp duty and fees"): _lines("""
        BSD on residential property: 1% on the first $180,000, 2% on the next $180,000, 3% on the next $640,000, 4% on the next $500,000, 5% on the next $1.5 million and 6% on the remainder.
        Worked example: BSD on a $1,500,000 condominium unit = $1,800 + $3,600 + $19,200 + $20,000 = $44,600.
        ABSD rates from 27 April 2023: Singapore Citizens 0% / 20% / 30% for first, second and third property; SPRs 5% / 30% / 35%; foreigners 60%; entities 65%.
        Stamp duty on an OTP or S&P must be paid within 14 days after the document is signed in Singapore, or within 30 days after receipt if signed overseas.
        Seller's Stamp Duty is payable by the seller if a residential property is sold within the holding period; apply the rates in force on the date of acquisition, not on the date of sale.
        Malaysian MOT stamp duty scale: 1% on the first RM100,000, 2% from RM100,001 to RM500,000, 3% from RM500,001 to RM1,000,000 and 4% above RM1,000,000.
        Example: stamp duty on an MOT for RM650,000 = RM1,000 + RM8,000 + RM4,500 = RM13,500.
        Stamp duty on a housing loan agreement in Malaysia is a flat 0.5% of the loan amount.
        Check whether the first-home stamp duty exemption applies before quoting; it has a price cap and an expiry date that tend to change with each Budget.
        Stamp duty on a lease of more than one year and up to four years in Singapore is 0.4% of the total rent for the period of the lease.
        Married couples with at least one Singapore Citizen spouse who buy a second home can claim an ABSD refund if the first home is sold within six months of the purchase.
        Our quotation for a resale condo purchase: legal fee $2,500 to $3,000 before GST, title search and other disbursements about $350, stamp duty computed separately.
        Owner-occupier residential property tax rates range from 0% to 32% of annual value from 2024 onwards.
        The IRAS e-Stamping portal issues a stamp certificate with a document reference number; save the PDF in the matter folder before closing the file.
    """),
    ("en", "templates and forms"): _lines("""
        THIS AGREEMENT is made the ____ day of ____________ 20__ BETWEEN [VENDOR NAME] (NRIC No. __________) of [ADDRESS] (the "Vendor") of the one part AND [PURCHASER NAME] (NRIC No. __________) of [ADDRESS] (the "Purchaser") of the other part.
        In consideration of the sum of S$[OPTION FEE] (being [1]% of the purchase price) paid by you, I/We hereby grant you the option to purchase the property known as [PROPERTY ADDRESS] at the price of S$[PRICE].
        Received from ______________________ the sum of RM______________ being 2% earnest deposit for the purchase of the property known as ______________________, subject to contract.
        Clause 4.2: The balance purchase price shall be paid within three (3) months from the date of this Agreement or the date of receipt of the State Authority consent, whichever is later (the "Completion Date").
        Dear Sirs, / RE: SALE AND PURCHASE OF [PROPERTY] / We act for the Purchaser(s) in the above matter and enclose our standard requisitions on title for your reply. / Yours faithfully,
        Caveat form fields: Caveator: {{caveator_name}} | Estate or interest claimed: {{interest}} | Title: {{title_type}} {{title_no}} | Lot: {{lot_no}} | Mukim: {{mukim}}
        We, Messrs [FIRM NAME], solicitors for the Purchaser, hereby undertake to release the balance purchase price of RM[AMOUNT] to you within [14] days from the date of receipt of the duly executed MOT and the original issue document of title.
        We confirm that vacant possession of the Property will be delivered to the Purchaser on the Completion Date together with [NUMBER] sets of keys and [NUMBER] access cards.
        I, ______________________ (NRIC/Passport No. ______________), of full age, do solemnly and sincerely declare that I am not an undischarged bankrupt and that no bankruptcy proceedings are pending against me.
        Hi {first_name}, your completion is fixed on {completion_date} at {time}. Please bring your original NRIC and the cashier's order for the cash balance. Regards, Conveyancing Team
        New purchase matter checklist: [ ] NRIC/passport copy of each purchaser [ ] signed OTP or SPA [ ] letter of offer from bank [ ] CPF approval letter [ ] fire insurance cover note [ ] engagement letter signed
        Power of Attorney (specific): Donor: __________ ; Attorney: __________ ; Property: __________ ; Powers: to sign the transfer, receive the purchase price and give a good receipt for it.
        Completion account (template) | Purchase price: ______ | Less deposit: ______ | Less CPF: ______ | Add property tax apportionment: ______ | Balance payable by cashier's order: ______
        Notice of Assignment: TAKE NOTICE that by a Deed of Assignment dated ________ the Assignor has assigned absolutely to the Assignee all rights, title and interest in Parcel No. ____ of the development known as ____________.
    """),
    ("en", "matter logs and system records"): _lines("""
        2026-03-14 09:12:44 INFO caveat lodged | instrument no. IE/0318/2026 | status ACCEPTED | channel STARS eLodgment
        Matter ref CV/26/0412/RES | property type: condominium | tenure 99-yr LH from 2011 | status: completion fixed | next diary: 28/05/2026
        e-Stamp cert no. 2603-118-0047291 generated | BSD $44,600.00 | ABSD $0.00 | paid via GIRO batch 0417
        Title search: HSD 118203, PT 40112, Mukim Damansara, Daerah Petaling | Registered proprietor: MAJU SETIA DEVELOPMENT SDN BHD | Encumbrance: charge to Bank Perdana Berhad, presentation no. 8812/2019
        Invoice INV-2026-04417 | professional fees $2,800.00 | disbursements $312.40 | GST 9% $252.00 | total $3,364.40
        Client account 700-01 | receipt RCPT-88214 | RM 65,000.00 | narration: 10% deposit, subsale matter M/2026/118 | banked in 16/04/2026
        CRON 02:00 purge_scanned_ids completed with 0 errors; 1,284 files archived to cold storage (retention 7 years)
        Redemption statement ref RS/260411/09 | redemption sum RM 312,448.19 | per diem interest RM 42.80 | valid until 30/04/2026
        Completion statement v3 | BPP S$1,215,000.00 | less deposit S$60,750.00 | less CPF S$180,000.00 | add property tax apportionment S$312.55 | cash payable S$974,562.55
        Ticket #CONV-5512: STARS eLodgment timed out while submitting a discharge of mortgage; retried at 14:05, accepted.
        HDB resale application R26-004418 | status: approval granted | completion appointment slot 10:30 | venue: HDB Hub, Toa Payoh
        Upload OK: SPA_final_executed.pdf (2.4 MB, sha256 9f2c41e07ab3d58e) -> DMS /2026/Q2/SPA/M-2026-118
        Form 14A presentation no. PDSA 9921/2026 registered 02/06/2026 at Pejabat Tanah dan Galian Selangor
        Diary export 05/2026: 41 completions, 12 caveats lodged, 9 caveats withdrawn, 3 late completions, 0 rescissions
    """),
    ("mixed", "firm group chat"): _lines("""
        eh anyone know if the PTG Shah Alam counter open on Saturday? need to present MOT urgently
        STARS down again since 3pm, pls don't promise clients the caveat today ya
        reminder: stamping deadline is 14 days from exercise of OTP, not from the OTP date. last month kena one late penalty already, don't repeat
        boss say all new matters must do bankruptcy search before signing SPA, no exceptions ok
        who took the firm cheque book? need to issue cheque to LHDN for the RPGT retention lah
        ok noted, I prepare the completion account template tonight, tomorrow pass to you check
        printer level 3 jam again, all the title copies come out senget
        tmr public holiday so all completions falling on 1 May shift to next working day, pls update diary
        wah the new SRO fee scale so confusing, anyone got the table? share in group pls
        developer's panel lawyer say master title still not issued, so no caveat, DOA first
        can someone check with CPF whether they accept e-copy of the approval letter or must be original?
        pls use engagement letter v4.2 in the shared drive, the old one still says GST 8%
        valuation came in lower than purchase price again, 3rd one this month, market really softening
        lunch kopitiam 12.30? then we go land office together 顺便 collect the stamped MOT
    """),
    ("ms", "prosedur hartanah"): _lines("""
        Kaveat persendirian dimasukkan menggunakan Borang 19B di bawah Seksyen 323 Kanun Tanah Negara.
        Memorandum Pindahmilik (Borang 14A) hendaklah disetem di LHDN terlebih dahulu sebelum diserahkan ke Pejabat Tanah untuk pendaftaran.
        Baki harga belian hendaklah dibayar dalam tempoh tiga bulan dari tarikh perjanjian, dengan lanjutan satu bulan tertakluk kepada faedah lewat 8% setahun.
        Pembeli rumah pertama mungkin layak mendapat pengecualian duti setem; sila semak syarat terkini sebelum menandatangani perjanjian jual beli.
        Notis: Kaunter penyerahan dokumen Pejabat Tanah ditutup pada 1 Mei sempena Hari Pekerja.
        Carian hakmilik rasmi boleh dibuat secara dalam talian melalui portal e-Tanah bagi negeri yang menggunakan sistem tersebut.
        Senarai semak penyempurnaan: hakmilik asal, Borang 14A yang telah ditandatangani, penyata penebusan, Borang 16N (pelepasan gadaian), resit cukai tanah dan cukai pintu terkini.
        Tanah Rizab Melayu tidak boleh dipindahmilik kepada orang yang bukan Melayu.
        Templat: Saya, ____________________ (No. K/P: ____________), dengan ini mengaku bahawa saya bukan seorang bankrap.
        Peguam pembeli akan menahan 3% daripada harga belian sebagai wang tahanan CKHT dan meremitkannya kepada LHDN dalam tempoh 60 hari.
        Yuran guaman bagi perjanjian jual beli dikira mengikut skala dalam Perintah Saraan Peguam Cara.
        Perjanjian jual beli hartanah pemaju menggunakan format berkanun Jadual G (rumah bertanah) atau Jadual H (strata) di bawah Akta Pemajuan Perumahan.
    """),
    ("zh-Hans", "客户问答"): _lines("""
        新加坡买房：行使购房选择权（OTP）后14天内必须缴交买方印花税（BSD），逾期会被罚款。
        外国人在新加坡购买住宅须缴交60%的额外买方印花税（ABSD）。
        马来西亚二手房交易一般先付2%订金，签买卖合约时再付8%，其余90%在三个月内付清。
        律师会做产权查册，确认注册业主、有没有银行抵押，以及有没有私人禁令（caveat）。
        问：组屋转售一定要请律师吗？答：可以由建屋发展局代办，也可以自己聘请私人律师，费用不同。
        产业盈利税（RPGT）：买方律师须扣留售价的3%，并在60天内交给内陆税收局。
        交易完成当天请带身份证件原件；如使用公积金，请提前确认公积金局已批准。
        本所营业时间：星期一至星期五上午9时至下午6时，公共假期休息。
        印花税计算示例：买价150万新元的公寓，买方印花税为44,600新元。
        马来西亚地契分为个别地契和分层地契；未发分层地契的单位须以转让契（DOA）办理。
    """),
    ("en", "market news and public notices"): _lines("""
        Private home prices rose 0.9% quarter-on-quarter in Q1 2026, according to the URA flash estimate, while HDB resale prices were flat.
        The former home of Lee Kuan Yew at 38 Oxley Road remains at the centre of the debate over heritage preservation.
        The Torrens system adopted in the National Land Code 1965 is named after Sir Robert Torrens, a nineteenth-century Premier of South Australia.
        Launch weekend: Maju Setia Development Sdn Bhd offers a 5% rebate on bookings at Residensi Orkid, sales gallery hotline 03-7728 1100.
        Bank Negara Malaysia kept the Overnight Policy Rate unchanged, so floating-rate housing loan instalments stay the same this quarter.
        MCST Plan No. 4321 notice: the Annual General Meeting will be held on 20 June 2026 at the function room; proxy forms must be lodged 48 hours before the meeting.
        Shophouses along Jalan Tun Razak and Jalan Sultan Ismail continue to attract interest from REITs and family offices.
        Freehold units near Tan Tock Seng Hospital and Novena MRT command a premium of around 10% over comparable leasehold projects.
        Land office notice: all presentations at the Kuala Lumpur land office will be by appointment only from 1 July; walk-in counters will be closed.
        Law Society of Singapore reminder: conveyancing money must be paid into a conveyancing account and released only in accordance with the Conveyancing and Law of Property (Conveyancing) Rules.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Purchaser: TAN WEI MING (NRIC S8812345Z), SC, first property, DBS loan 75%, BSD only - no ABSD payable
        OTP exercised 12/03 by Mdm Lim Swee Hoon; option fee $12,500 paid by cheque; her mobile 9734 2218 for completion reminders
        File note: vendor Mr Rajendran s/o Krishnan is an undischarged bankrupt per the InsS search run this morning - sale cannot proceed without the Official Assignee's consent.
        Completion account for NURUL AIN BINTI ISMAIL | BPP S$688,000.00 | less deposit S$34,400.00 | less CPF OA S$152,300.00 | cash balance S$501,300.00
        Caveat lodged IE/0412/2026 by caveator CHONG KAH LENG (S7654321F) against the property; interest claimed: purchaser under an exercised option to purchase
        Vendor: MUHAMMAD FAIZAL BIN ABDUL RAHMAN, NRIC 850612-10-5523, of No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Pls refund the balance RM 2,104.50 to client's Maybank a/c 1640 2331 8875, a/c name Saraswathy a/p Muniandy
        Client paid the legal fee deposit RM1,500 by card 4556 2083 9415 3794 exp 08/28 - receipt to be emailed to angeline.koh88@gmail.com
        Foreign purchaser CHAN KA YAN, HKID K482913(1), Hong Kong permanent resident, ABSD 60% payable on S$2.1m = S$1,260,000
        The vendor, Ms Aileen Pereira, needs to sell because of her divorce; the interim judgment is not yet final, so the transfer of the matrimonial flat also needs her ex-husband's signature.
        Balance purchase price to be credited to vendor's OCBC a/c 5012-093847-001 (account name: LOW CHEE KEONG)
        File note 04/04: spoke to Encik Hafiz bin Othman (purchaser), he is warded at Hospital Sultanah Aminah for bypass surgery and asks to postpone signing of the SPA to end April.
        ABSD query from Mr Kumaravel a/l Subramaniam: already owns a Punggol flat jointly with his wife and wants to buy a condo in his sole name - advised ABSD 20% as SC second property.
        HDB resale: seller Madam Wong Ah Moi, 81, moving into a nursing home after a stroke; daughter Cindy Wong (9182 7764) signs under the LPA.
        Deliver the original certificate of title to the purchaser at Blk 412 Tampines Street 41 #08-221 Singapore 520412, attn Mr Ong Kian Seng
        Title search: GRN 58214, Lot 3307, Mukim Setapak | Registered proprietor: LEE MEI LING (790304-14-6148) | Charge to CIMB Bank Berhad 2016 | Private caveat by TAN SOO HOCK 2024
        Late completion interest: purchaser Darren Sequeira failed to complete on 15/05; 10% p.a. on S$1,020,000 for 9 days = S$2,515.07, to be added to his completion account.
        SMS sent to +65 8123 4409: "Dear Mr Teo Boon Chai, your completion is on 28 May 10am at our office. Please bring the cashier's order for S$318,600."
        Client intake | Name: Siti Hajar binti Zulkifli | IC: 880930-13-5572 | Tel: 013-882 4107 | Email: sitihajarz@yahoo.com | Matter: subsale purchase, Kuching
        Conflict check: Jason Ho Kok Wai is already our client as vendor in CV/26/0388, so we cannot act for the purchaser in the same transaction.
        POA registered: donor Mr Loh Boon Huat (S6734120A), now living in Perth, appoints his brother Loh Boon Seng as attorney to sign the transfer of the Clementi flat.
        Estate of the late Yeo Teck Chye: administrator is his son Yeo Jun Hao, who is still waiting for the grant of letters of administration before the flat can be transferred.
        GIRO mandate for progressive payments | account holder: PRIYA D/O RAMASAMY | POSB Savings 188-54321-7
        FIN G5512348P - purchaser is an EP holder, Indian national, passport Z4418273; ABSD 60% applies, remind him stamping within 14 days
        whatsapp from vendor: "hi this is Melvin Tay selling the Sengkang flat, my new no. is 8871 0296, old phone lost"
        Complaint: Ms Farah Lim (purchaser, CV/26/0301) says our clerk disclosed her loan amount to the seller's agent; escalated to the managing partner.
        Cheque no. 000482 for S$35,000 drawn by KOH SIEW LAN on UOB was returned unpaid; purchaser informed and will replace with a cashier's order.
        Visitor parking: car SJK 4417 D belongs to Mr Vincent Goh, purchaser, signing at 3pm, pls inform security
        Stamping: purchaser Ng Pei Shan is an SPR buying her first property - ABSD 5% on S$980,000 = S$49,000, plus BSD.
        Dear Mr and Mrs Chandran, we refer to your purchase of No. 9, Jalan Anggerik 3, Taman Anggerik, 47500 Subang Jaya and confirm that the bank has released the loan sum today.
        Purchaser Geraldine D'Cruz asked to bring completion forward to June because she is due to give birth in July and will be on maternity leave.
        Co-purchaser NRIC T0456219J added to the OTP, pls redo the ABSD computation as joint SC-SC
        ZHOU JIANGUO, PRC passport E48213957, buying a resale condo unit; funds coming from Xiamen, need source-of-funds declaration for CDD
    """),
    "ms": _lines("""
        Pembeli: NORAZLINA BINTI MOHD SALLEH, No. K/P 920817-07-5332, alamat No. 15, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang
        Encik Roslan bin Hashim (012-745 3381) belum bayar baki deposit 8%, tarikh akhir 30/4, sila follow up.
        Penjual, Puan Rohani binti Che Mat, sedang menjalani rawatan dialisis di Hospital Raja Perempuan Zainab II; mohon tandatangan SPA dibuat di hospital.
        Baki harga belian RM585,000 akan dikreditkan ke akaun Bank Islam 12-045-01-234567-8 atas nama Zulkarnain bin Awang.
        Borang 19B: Pengkaveat LIM AH KOW (No. K/P 680125-01-5087) terhadap HS(M) 24871 PT 1120 Mukim Plentong, Daerah Johor Bahru
        Pembeli warga Singapura WONG SIEW MEI, NRIC S9023817E, perlu kelulusan Pihak Berkuasa Negeri sebelum pindahmilik didaftarkan.
        Sila WhatsApp Puan Kavitha a/p Ramasamy di 016-220 8814 untuk temujanji menandatangani MOT minggu depan.
    """),
    "zh-Hans": _lines("""
        买方：陈美玲（身份证号 350203197803149004），中国公民，在新加坡购买公寓，须缴交60%额外买方印花税。
        业主黄志强先生来电（手机 9123 5587），说要卖掉淡滨尼的组屋，因为生意亏损需要周转。
        林晓燕（身份证 440106198509213765）委托本所办理吉隆坡公寓转让，售房款汇入她的农业银行卡 6228 4845 7930 3957 178。
        张先生微信 zhangwei_kl88，说下周三来签买卖合约，他太太怀孕八个月不方便一起来。
        客户刘德胜的女儿刘思敏在新加坡国立大学读书，他想用女儿名义买一套公寓，问律师费和印花税。
    """),
    "mixed": _lines("""
        eh the vendor Mr Sim Boon Keat call again, he say if we don't release the $$ by Fri he wanna complain to Law Soc. his hp 9672 1184 pls call back
        Kak pls check, purchaser Amirul bin Kamal (IC 950311-03-5129) nak tukar bank from RHB to Maybank, loan belum approve lagi
        Client Ho Wei Ling 那个 case her completion account still show wrong CPF amount, she call me 3 times already 很烦
        Tolong hantar original geran to Mr Balakrishnan at No. 8, Jalan Melur 2, Taman Melati, 53100 KL, dia dah settle semua fees
        ok boss, purchaser Faizal Hakim tu bayar guna card 5243 6621 4738 6620, I already key in terminal
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a drafting assistant for the conveyancing department of a Singapore law firm.",
        ),
        (
            "user",
            "Draft the completion account. Purchaser: Benjamin Lau Kah Wai, NRIC S8067312D. Price S$1,380,000, 5% deposit paid, CPF OA S$210,000, completion 30 June.",
        ),
        (
            "assistant",
            "Completion account for Benjamin Lau Kah Wai: purchase price S$1,380,000.00; less 5% deposit S$69,000.00; less CPF S$210,000.00; balance payable by cashier's order S$1,101,000.00, subject to property tax apportionment.",
        ),
        ("user", "Add his wife as co-purchaser too, she is Rachel Lau, S8520194H."),
    ],
    [
        (
            "user",
            "Hi, I'm Priya Nair, an SPR. My husband is a Singapore citizen and we want to buy our first condo jointly. Which ABSD rate applies?",
        ),
        (
            "assistant",
            "For a joint purchase, the higher applicable rate applies, so as an SPR buying a first property the rate would be 5%. Married couples with one SC spouse buying their first home may be able to apply for remission.",
        ),
        (
            "user",
            "ok can your lawyer call me? 9347 1206, after 6pm please, I'm on night shift at KK hospital.",
        ),
    ],
    [
        ("system", "Anda pembantu firma guaman hartanah di Johor Bahru."),
        (
            "user",
            "Saya Mohd Khairul bin Ismail, IC 770415-08-6033. Nak masukkan kaveat atas rumah di Taman Universiti sebab penjual dah terima deposit saya tapi tak mahu teruskan jual.",
        ),
        (
            "assistant",
            "Baik Encik Khairul, kami perlukan salinan surat tawaran, resit deposit dan carian hakmilik terkini untuk menyediakan Borang 19B.",
        ),
        (
            "user",
            "Resit deposit RM12,000 saya dah scan. Alamat saya No. 44, Jalan Pendidikan 7, Taman Universiti, 81300 Skudai.",
        ),
    ],
    [
        (
            "user",
            "我是新加坡公民何俊杰，NRIC S9347702B，想买第二套私宅，现有组屋和太太联名。请问ABSD多少？",
        ),
        (
            "assistant",
            "新加坡公民购买第二套住宅须缴交20%额外买方印花税。若您与太太联名购买，仍按第二套计算。",
        ),
        ("user", "那如果我先把组屋卖掉呢？我手机 8265 3310，律师方便的话打给我。"),
    ],
    [
        ("user", "Paste of the title search for you to summarise:"),
        ("assistant", "Sure, please paste it."),
        (
            "user",
            "GRN 77120 Lot 5521 Mukim Batu, Daerah Kuala Lumpur. Tuan Tanah: NURUL IZZATI BINTI HAMDAN, K/P 010722-14-0846. Bebanan: Gadaian kepada Maybank Islamic Berhad. Kaveat persendirian oleh CHEAH KOK LEONG.",
        ),
        (
            "assistant",
            "Summary: the land is registered to Nurul Izzati binti Hamdan, charged to Maybank Islamic Berhad, and there is a private caveat lodged by Cheah Kok Leong that must be withdrawn before completion.",
        ),
    ],
    [
        (
            "user",
            "my late father's HDB flat needs to be sold. the siblings are me (Marcus Fernandez), Joanne and Alvin. Alvin has schizophrenia and can't sign, what do we do?",
        ),
        (
            "assistant",
            "If Alvin lacks mental capacity and has no LPA, a deputy would usually need to be appointed by the Family Justice Courts under the Mental Capacity Act before he can sign the transfer.",
        ),
        (
            "user",
            "ok. my email is marcus.fdz77@hotmail.com, pls send the quote for the deputyship application and the sale.",
        ),
    ],
    [
        (
            "user",
            "I want to complain about the agent who handled my sale, Kelvin Yap. He told the buyer my lowest price without asking me.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You may lodge a complaint with the Council for Estate Agencies; please keep any messages showing what was disclosed.",
        ),
        (
            "user",
            "I have the whatsapp screenshots. I'm Doris Chia, the flat was at Bukit Batok, completion is next Tuesday.",
        ),
    ],
    [
        ("system", "Assistant for client accounts at a Kuala Lumpur conveyancing firm."),
        ("user", "Refund the excess stamp duty to purchaser Tan Boon Hwa, RM 1,320."),
        (
            "assistant",
            "Please provide the purchaser's bank name and account number so that the refund voucher can be prepared.",
        ),
        ("user", "Public Bank 3184 2207 51, account name TAN BOON HWA."),
    ],
    [
        (
            "user",
            "Need a caveat withdrawal letter. Caveator is Suresh Pillai s/o Arumugam, FIN F2245871W, he lodged against MK 24 Lot 1182C when the OTP was exercised.",
        ),
        (
            "assistant",
            "Here is a draft: 'We act for the caveator, Suresh Pillai s/o Arumugam, and hereby withdraw Caveat No. ____ lodged against the property...'",
        ),
        ("user", "Good. He's flying back to Chennai on 3 July, so he must sign before then."),
    ],
    [
        ("user", "who is handling the Punggol completion tmr ah"),
        (
            "assistant",
            "The diary shows that matter is with the resale team; the completion is at 11am.",
        ),
        (
            "user",
            "ok the purchaser Aisyah binti Roslan just called, she say her CPF not yet approved, her number 9026 4418. pls tell the partner",
        ),
    ],
]
