# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en171: SG/MY money changers and remittance counters (transfers home, KYC, limits, suspicious transactions, queues). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en171
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "counter notice"): _lines("""
        NOTICE: With effect from 1 Dec 2026, all money-changing transactions above S$5,000 require the original NRIC, FIN card or passport. Photocopies and photos on your phone will not be accepted.
        Rates shown on the board are indicative and may change without notice. The rate printed on your receipt is final.
        We do not accept torn, taped, stained or written-on notes. Old series USD 100 (before 1996) are bought at a reduced rate, please ask the cashier.
        Sunday remittance counter: 9.30am to 6.00pm. Queue tickets stop at 5.15pm. Please take a number from the kiosk at the entrance and wait for your number to be called.
        Transfers to Bangladesh: bank account credit 1-2 working days; bKash wallet credit usually within 30 minutes during service hours. Delays may happen on Bangladesh public holidays.
        BEWARE OF SCAMS: Our staff will never ask you to send money to "release a parcel", "unlock a bank account" or "pay customs fees". If unsure, call the ScamShield Helpline 1799 before you pay.
        Golden Crescent Remit Pte Ltd (UEN 201734582K) is licensed by the Monetary Authority of Singapore as a Major Payment Institution under the Payment Services Act 2019.
        Counter 3 is closed for system upgrade from 2.00pm to 4.00pm today. Sorry for the inconvenience, please proceed to Counter 1 or 2.
        Before coming to the counter, please prepare your beneficiary's full name exactly as in the bank record, bank name, branch and account number. Wrong details = returned transfer and fee not refundable.
        Walk-in customers: maximum S$3,000 per day per person. Registered members may send up to S$20,000 per transaction subject to additional checks.
        Purchase of foreign currency above RM3,000 is by cash or debit card only. Credit cards are not accepted for currency purchase.
        Chinese New Year hours: 28 Jan open until 1pm, 29 and 30 Jan closed, counters resume 31 Jan at 10am. Gong Xi Fa Cai from all of us!
        Please do not hand cash to anyone outside the counter area. Our staff collect money ONLY at the counter and will always give you a printed slip.
        For your safety, please count your money in front of the cashier. Shortages reported after leaving the counter cannot be entertained.
        Queue numbers starting with A are for money changing; numbers starting with R are for remittance; numbers starting with P are for pre-ordered currency collection.
    """),
    ("en", "customer question"): _lines("""
        Anyone knows which money changer at the Arcade in Raffles Place gives the best rate for JPY now? Going Tokyo next week, need about 150k yen.
        Is it cheaper to send money to the Philippines through the counters at Lucky Plaza or through the app? The fee looks the same but the peso rate is different.
        Why does the remittance shop ask for my payslip when I only send $800 a month? Is this normal or they just being kaypoh?
        Can I send money to India with my work permit card only, or must I bring my passport also?
        What is the difference between the "we buy" and "we sell" rate on the board? Every time also confused.
        Money changer asked me for source of funds when I wanted to change S$12k cash to USD. Must I answer or can I refuse?
        Is there a limit on how much cash I can carry into Malaysia through Woodlands? Heard above USD 10,000 equivalent must declare at customs.
        My transfer has been "pending compliance review" for 3 days already. Is this normal? What exactly are they checking?
        How do I check whether a money changer in KL is licensed? Some shops at Jalan Masjid India don't show any licence on the wall.
        Which is better for RMB, the shops in Chinatown or the ones at Mustafa? Need to pay school fees in Guangzhou next month.
        Do money changers take coins? I have a whole jar of leftover baht and rupiah coins from holidays.
        Why is the rate at the airport so lousy one ah? Difference with Raffles Place can be 3-4 percent.
        For sending kyat to Myanmar, is the app better or the counters at Peninsula Plaza? Heard the rate difference quite big now.
        If I send money home every month, will the remittance company report me to IRAS or MOM? Just normal salary only.
        Can my family collect cash pickup in Dhaka without their national ID card, or must they have NID?
    """),
    ("en", "compliance procedure"): _lines("""
        SOP 4.2 Identity verification: for every cross-border transfer, sight the original identity document, check the photo against the customer, record document type, number and expiry in the system, and return the document immediately.
        Red flags for structuring: several transactions just below S$5,000 on the same day, at different branches, or split among family members who arrive together.
        Red flags for third-party funding: someone else hands over the cash, the customer reads beneficiary details from a phone message, or cannot explain the relationship with the beneficiary.
        When you suspect a transaction, inform the Compliance Officer the same day. Compliance will decide whether to lodge an STR with STRO through SONAR. Never tell the customer that a report is being considered.
        Tipping off a customer about a suspicious transaction report is a criminal offence. If the customer asks why the transfer is delayed, say only that it is under routine review.
        Enhanced due diligence applies to politically exposed persons, customers from higher-risk jurisdictions listed by FATF, and any transaction above S$20,000. EDD requires senior management approval and source-of-wealth evidence.
        Name screening: screen both sender and beneficiary against the UN and MAS targeted financial sanctions lists before release. Any partial match above the threshold is escalated; counter staff may not override.
        Record keeping: CDD records, transaction records and screening results must be kept for at least five years after the transaction or end of the business relationship.
        Malaysian branches: money services business licensees must submit suspicious transaction reports to the Financial Intelligence and Enforcement Department of Bank Negara Malaysia.
        End-of-day checklist: float reconciliation by two staff, vault closed under dual control, CCTV footage kept for at least 90 days, cash-in-transit log signed.
        All counter staff must complete annual AML/CFT refresher training and pass the assessment with at least 80 percent before 31 March.
        Where a customer refuses to provide CDD information, do not proceed with the transaction and consider whether an STR is required. Do not advise the customer how to avoid the threshold.
        Masking rule for printed receipts: show only the last three digits and letter of the NRIC or FIN, for example SXXXX567D, never the full number.
        Customer complaints must be acknowledged within 2 working days and resolved within 14 working days; unresolved cases go to the Financial Industry Disputes Resolution Centre (FIDReC).
    """),
    ("en", "system log and config"): _lines("""
        2026-11-05 14:22:31 INFO txn=RMT-20261105-00871 corridor=SG-BD channel=BKASH status=SCREENING_PASSED latency_ms=412
        2026-11-05 14:23:02 WARN rate_feed: stale quote for THB (age 312s > 300s), fallback to last good rate 0.03963
        cdd_threshold_sgd: 5000 | ecdd_threshold_sgd: 20000 | sanctions_list_version: 2026.11.03 | fuzzy_match_score: 0.85 | auto_release: false
        ERROR printer=EPSON TM-T82III port=COM3 code=PAPER_END counter=2 at 2026-11-06 10:04:17
        SELECT corridor, COUNT(*) AS txns, SUM(amount_sgd) AS total FROM remittance WHERE txn_date = '2026-11-05' GROUP BY corridor ORDER BY total DESC;
        Settlement file MAYB_SETTLE_20261105_02.csv uploaded: 184 records, total MYR 412,880.50, sha256 9f3c1a7e44b0d2c85e61f0a93b7d2e4c5a8f1b6d0c3e9a27f48b51d6e0c7a913, status ACCEPTED
        Queue kiosk status: ticket R047 called to Counter 2 | average wait 11 min | 23 waiting | kiosk firmware 2.8.1
        release counter-app v4.12.3: fix Tamil and Bengali characters printing as boxes on receipts; add PHP cash pickup partner codes
        2026-11-06 09:00:00 INFO eod_job=vault_recon branch=SG-TEKKA variance_sgd=0.00 signed_off=true
        alert_rule STRUCT-03: flag when same document number has >= 3 transactions with amount between 4500 and 4999 SGD within 24h across branches
        2026-11-06 16:40:12 INFO sanctions_sync source=MAS_TFS entries_added=4 entries_removed=1 duration_s=38
        Batch REF 9182 3374 returned by partner bank: reason code AC04 (account closed), 1 record, will auto-refund to source after 3 working days.
    """),
    ("en", "rate board and receipt"): _lines("""
        RATES 06/12/2026 10:30 | USD 1.2985 / 1.3040 | EUR 1.4010 / 1.4120 | MYR 0.2921 / 0.2945 | THB 0.03942 / 0.03985 | INR 0.01548 / 0.01566 | RMB 0.1812 / 0.1829
        Receipt no. RC-2611-004731 | 05/11/2026 14:22 | WE SELL MYR 2,000.00 @ 0.2931 | SGD 586.20 | Cashier C07 | Counter 2 | Goods sold are not returnable
        Fee schedule: SG to Bangladesh bank credit S$5 | bKash S$4 | SG to Philippines cash pickup S$6 | SG to India bank credit S$5 | SG to Myanmar S$8 | SG to China UnionPay card S$10
        REMITTANCE APPLICATION FORM | Sender name: ________ | NRIC/FIN/Passport no.: ________ | Beneficiary name: ________ | Relationship: ________ | Purpose: [ ] family support [ ] education [ ] medical [ ] others ________
        Pre-order slip P-20261205-0112 | Currency: AUD 3,000.00 | Rate locked: 0.8795 | Collect by 07/12/2026 6pm | Deposit: S$300.00
        WE BUY: SGD 100 = MYR 341.50 | WE SELL: MYR 100 = SGD 29.45 | Rates for notes in good condition only
        Advice of transfer | TT ref: 2611-SGBD-004512 | Amount BDT 75,000.00 | Rate 91.42 | Fee S$5.00 | Status: Credited | Keep this slip for enquiry
        Tax invoice: Golden Crescent Remit Pte Ltd, 1 Syed Alwi Road #01-12, Singapore 207628, tel 6291 4470 | GST reg. 201734582K | Service fee S$5.00 incl. GST
        Daily summary Counter 1: 142 transactions | money changing 97 | remittance 45 | busiest hour 12-1pm | largest single MYR sale 18,000.00
        Zamzam Money Changer Sdn Bhd, Lot G-23, Kotaraya Complex, Jalan Cheng Lock, 50000 Kuala Lumpur | Tel 03-2072 5518 | Lesen BNM No. MSB-B-0147
    """),
    ("mixed", "staff group chat"): _lines("""
        counter 2 printer jam again lah, who got the spare thermal roll?
        boss say today USD float very low, anything above 10k pls call him first before confirm the rate
        reminder: Sunday crowd confirm heavy, open counter 4 at 11am ok, bring extra queue tickets from store room
        MYR rate updated already or not? board still showing yesterday one leh
        SG-PH corridor down since 3pm, tell customers either wait or come back tmr, don't promise credit today ah
        closing later must have 2 person count vault, don't do alone, compliance will check CCTV one
        新年前人民币 demand 很高, remember order more from the wholesaler this week
        Nepal side all banks reject today, got 6 returned already, partner say their switch down until tonight
        guys pls stop keying beneficiary name in all small letters, partner bank system reject, use CAPITAL as per passbook
        abang-abang, esok kita buka pukul 10, bukan 9.30, sebab audit BNM datang pagi
        anyone see the new scam poster? stick one at each counter and one at the queue machine
        today THB sold out already, only left 3k, tell customers pre-order for Saturday
        system auto-flag so many name matches today, is the sanctions list update bug? IT checking
        wah today queue until outside the shop, Deepavali week every year same one
    """),
    ("ms", "notis kaunter"): _lines("""
        Pelanggan dikehendaki membawa MyKad atau pasport asal bagi semua transaksi kiriman wang ke luar negara. Salinan fotostat tidak diterima.
        Kadar tukaran yang dipaparkan adalah indikatif dan boleh berubah tanpa notis. Kadar pada resit adalah muktamad.
        Syarikat ini dilesenkan oleh Bank Negara Malaysia di bawah Akta Perniagaan Perkhidmatan Wang 2011.
        Waktu operasi sepanjang bulan Ramadan: 10.00 pagi hingga 5.00 petang. Kaunter ditutup 1.00 hingga 2.00 petang untuk rehat.
        AWAS PENIPUAN! Jangan pindahkan wang kepada pihak yang mendakwa sebagai polis, mahkamah atau kastam. Hubungi Pusat Respons Scam Kebangsaan di talian 997.
        Boleh ke hantar duit ke Indonesia guna permit kerja sahaja, atau kena bawa pasport sekali?
        Had harian kiriman wang bagi pelanggan yang belum berdaftar ialah RM5,000 seorang.
        Nombor giliran A untuk tukaran mata wang, R untuk kiriman wang. Sila tunggu nombor anda dipanggil.
        Sebarang aduan berkaitan institusi kewangan berlesen boleh dibuat melalui BNMTELELINK di talian 1-300-88-5465.
        Sila simpan resit anda. Nombor rujukan transaksi diperlukan untuk sebarang pertanyaan atau tuntutan bayaran balik.
    """),
    ("zh-Hans", "告示与问答"): _lines("""
        本公司为新加坡金融管理局持牌汇款机构，汇款至中国银联卡一般一至两个工作日到账。
        单笔换汇超过五千新元，须出示身份证、准证或护照正本，影印本恕不接受。
        请问在牛车水哪家换人民币汇率比较好？下个月要回厦门。
        汇款被退回最常见的原因是收款人姓名与银行账户名不一致，请按存折上的名字填写。
        注意诈骗：本公司职员绝不会要求您把钱转入私人账户，如有疑问请拨打1799。
        春节营业时间：除夕营业至中午一点，初一、初二休息，初三上午十点照常营业。
        马币现在多少？昨天还是3.41，今天跌到3.39了。
        排队号码A字头是换钱，R字头是汇款，P字头是领取预订外币。
        为什么汇款公司要问我钱的来源？只是工资而已，也要证明吗？
        牌价仅供参考，以收据上的汇率为准。
    """),
    ("en", "news and history"): _lines("""
        The portrait on ringgit banknotes is Tuanku Abdul Rahman, the first Yang di-Pertuan Agong, not Tunku Abdul Rahman the first Prime Minister, a common mix-up at the counter.
        Singapore's portrait series notes feature Encik Yusof Ishak, the country's first President, and have been in circulation since 1999.
        Remittance volumes from Singapore to Bangladesh usually peak in the two weeks before Eid, operators say, as workers send money for festival spending.
        Bank Negara Malaysia publishes the list of licensed money services business operators on its website, and the public is advised to deal only with licensed remittance and money-changing companies.
        The money changers of the Arcade at Raffles Place have long been known among travellers for competitive rates, with dozens of small counters under one roof.
        Former MAS managing director Ravi Menon often spoke in public speeches about making cross-border payments cheaper and faster for migrant workers.
        The Payment Services Act 2019 brought money-changing and cross-border money transfer services in Singapore under a single licensing regime.
        FATF recommendations require money transfer operators to include originator and beneficiary information with cross-border wire transfers, known as the travel rule.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CUSTOMER DUE DILIGENCE FORM | Name: MUHAMMAD HAFIZ BIN ROSLAN | NRIC: S8895409B | DOB: 12/03/1988 | Address: Blk 512 Jurong West St 52 #08-214 Singapore 640512 | Occupation: Bus captain | Purpose: family support | Amount: S$6,500
        Sender: MD RAKIB HASAN | WP FIN: G3436592Q | Mobile: 8484 2092 | Beneficiary: MST RUMANA BEGUM (wife) | bKash 01712-548391 | Amount BDT 45,000 | Corridor SG-BD
        Draft STR note: Tan Wee Liang (S7420242Z) came in 4 times this week, each time changing S$4,900 cash to USD. Says it is for his renovation business in Batam but could not show any invoice. Recommend STR.
        Complaint: I am Priya d/o Suppiah. On 3 Nov I sent S$1,200 to my mother's SBI account 3318 4920 7716 (IFSC SBIN0007421) at your Serangoon Road branch and after 5 days it is still not credited. Please call me at 9916 2799.
        Sunday queue R-series: R012 Jonalyn Reyes (PH, cash pickup Cebu, PHP 15,000) | R013 Sri Wahyuningsih (ID, BRI) | R014 Aung Ko Ko (MM, KBZ) | R015 Md Shahin Alam (BD, bKash)
        INTERNAL WATCHLIST | RAJENDRAN A/L MUNIANDY | MyKad 750630-08-6219 | presented altered passport on 14/09/2026 at Masjid India branch | do not transact, inform Compliance
        Hi, why my transfer to my brother in Kathmandu rejected? My name Bishnu Prasad Gurung, WP FIN F0743621K, phone 8125 0545. Sent 2 days ago at Desker Road.
        Handover: Mdm Koh Siew Lan (regular, changes RMB every month for her son's school fees in Xiamen) left her bank passbook at Counter 1. Kept in the safe, she will collect tomorrow morning.
        Case 2026-STR-0419: Subject ARUN KUMAR S/O RAMASAMY, FIN F4686207N, sent S$38,400 in 11 transfers to 7 different beneficiaries in Chennai during October, declared salary S$1,800 as a cleaner. Pattern inconsistent with profile.
        Payment by Visa 4556 3310 4705 8622 exp 09/28, name on card GOH BEE LENG, for purchase of THB 20,000 at Orchard branch, approval code 38X1Q2.
        Pre-order: Mr Darren Tay Jun Hao, 9347 9291, reserved USD 8,000 for collection Friday 3pm at Raffles Place branch. Deposit S$500 paid, balance cash.
        Marites Dela Cruz, FDW, FIN G2868313N, sends PHP 12,000 every month to her son in Iloilo through Palawan pickup. Employer pays her salary in cash, she asked us to keep her receipts because her room has no drawer.
        Sender: SUMIATI (single name), Indonesian passport C4819273, HP 8777 1025 | Beneficiary: SUYONO (husband) | BRI rek. 0123-01-004512-50-9 | IDR 4,500,000
        Refund request: wrong account keyed by cashier. Customer LOH KAH WAI, OCBC 601-482917-001, refund S$2,300 by cheque, mail to Blk 88 Bedok North Ave 4 #11-1302 Singapore 460088.
        Ko Zaw Min Htet, passport MH482917, sends every second Sunday from Peninsula Plaza to his mother in Mandalay, KBZ account, her phone +95 9 450128837.
        Security log 15/11: black Vezel SKQ4821B waited at loading bay 20 min while the passenger changed S$15,000 to MYR. Passenger identified at counter as Kelvin Ong Jia Wei, NRIC T0208814I.
        Mrs Geraldine D'Cruz (tel 8852 8931) asked whether she can send S$3,000 to her granddaughter who is studying in Perth. She only had a photocopy of her pink IC, told her to come back with the original.
        Mr Thomas Whitfield, UK passport 533821947, changed GBP 6,000 to SGD on 02/12, staying at a hotel in Marina Bay until 10/12, asked to split into 50s.
        Dear MUTHU KUMAR A/L SELVAM, your transfer of MYR 2,000.00 to account ending 7716 has been credited on 05/11/2026. Ref TT-MY-20261105-2291. Thank you for choosing Mutiara Remit.
        Deliver pre-ordered AUD 3,000 to Ms Farah Nadiah binti Azmi, 18 Jalan Kemuning 3, Taman Kemuning, 81200 Johor Bahru, tel 019-444 6697, after 6pm only.
        Counter shortage 04/11: cashier Ravi s/o Krishnan short S$200 at closing, he admitted miscounting a MYR sale and promised to pay back on Friday.
        WARNING LETTER | To: Nurul Huda binti Ismail, cashier, Woodlands branch | You released transfer RMT-20261102-00412 before sanctions screening was cleared. A second breach will lead to termination.
        Incident: Mr Chia Kok Leong, about 70, collapsed in the queue around 11.40am, ambulance called. His daughter said he is diabetic and skipped breakfast. CCTV clip saved for insurance.
        Please send e-receipt to hafizah.rahim87@gmail.com, customer Hafizah binti Abdul Rahim sent RM1,200 to her sister in Medan on Saturday.
        Sender: ZHANG WEIMING | S Pass FIN G6005405W | PRC ID 350211198804170790 | Beneficiary: wife, CCB Xiamen | Purpose: housing loan repayment | Amount RMB 60,000
        Google review, 1 star, by Rachel Ng Hui Min: waited 2 hours on Sunday at the Tekka branch to send money for my helper's family and the counter staff was very rude to my helper.
        EDD review: LAKSHMI D/O GANESAN, NRIC S7367663J, remitted S$52,000 to Tamil Nadu in one transaction, source stated as sale of HDB flat at Woodlands, completion letter sighted and filed.
        Hello I am Joseph Fernandez, my Mastercard 5204 7423 1835 7746 was charged twice for the same transfer yesterday S$850, please reverse one, contact joseph.fernandez.sg@outlook.com
        Note for Monday: Mdm Wong Ah Moi (Blk 23 Toa Payoh Lor 7) brought S$9,000 in old $1,000 notes, said her husband kept them in a biscuit tin before he passed away. Held for note check.
        CDD on Alicia Tan Pei Shan, T0421873B, 22 years old, student, tried to buy USD 12,000 cash, said her boyfriend told her to pay a deposit to an overseas agent. Suspect scam victim, refused transaction and advised her to call 1799.
    """),
    "mixed": _lines("""
        eh that aunty Mdm Lee Swee Hong again come change, this time 15k all in $50 notes, say her son Jason give her from his car workshop. pls do CDD properly
        boss, Ah Seng's son Marcus Lee Wei Jie come collect the USD for his father, got authorisation letter but no IC copy of father, can release or not?
        陈先生 Tan Kok Wah 电话 9771 3324 要预订 RMB 50,000, 明天下午三点来拿, pls keep aside
        Abang Rizal dari Pasir Gudang tu datang lagi, tukar RM30k ke SGD cash, cakap untuk bayar hutang along, IC 920115-07-5561. Sila semak fail dia
        Anna, Mr Suresh a/l Pillai asking again why his amma's Indian Bank account in Trichy keep rejecting, his number 012-739 9110, pls call him back after lunch
        fyi Puan Norliza binti Samad the makcik from Kampung Baru who always change riyal for umrah, she tell me her husband Haji Karim admitted HKL last week, so she delay the trip
        Ms Lakshmi the Sunday one, S7367663J, ask whether can split her 52k into 3 days to avoid the form, I said cannot and informed CO already
        that Bangla boy Rakib from the shipyard, 8484 2092, come ask whether can send on behalf of his roommate, told him roommate must come himself
    """),
    "ms": _lines("""
        Borang KYC: Nama: SITI HAJAR BINTI MOHD YUSOF | No. MyKad: 790823-10-6014 | Alamat: No. 14, Jalan Mawar 7, Taman Sri Muda, 40400 Shah Alam | Pekerjaan: Guru | Tujuan: kos pengajian anak di Mesir
        Laporan dalaman: Encik Azman bin Hashim datang tiga kali pada hari yang sama, setiap kali tukar RM4,900 ke USD di cawangan berlainan. Tidak dapat jelaskan sumber wang. Dirujuk kepada Pegawai Pematuhan.
        Penerima: Puan Rohani binti Daud (ibu) | Bank Rakyat akaun 1102 9384 7720 | Pengirim: Mohd Faris bin Zulkifli, tel 019-178 2925
        Pengirim: Sutrisno, pasport Indonesia B7713542, pekerja ladang sawit di Kluang, hantar Rp 3,500,000 kepada isteri di Lombok setiap hujung bulan.
        Tuan, saya Nur Aisyah binti Kamaruddin (MyKad 880716-13-5402). Kad debit saya dicaj dua kali untuk pembelian SGD 1,500 di cawangan Mid Valley semalam. Mohon semak.
        Pelanggan tetap Encik Ahmad Faizal bin Othman, MyKad 850412-14-5237, datang dengan Myvi putih WUP 4821, tukar RM40,000 ke SGD tunai dan enggan nyatakan sumber wang.
    """),
    "zh-Hans": _lines("""
        客户林美玲，身份证号350583197203059425，护照E84729163，今天在牛车水分店汇款人民币八万元给在泉州的儿子买房。
        收款人：黄志强，中国银行卡号6216 6199 0543 9264 671，手机138 5921 4476，关系：父亲。汇款人：黄丽娟，FIN G7171840P。
        刘秀英阿姨今天又来换了三万新币的美金，说是卖了大巴窑的组屋，但是上个月也来过两次，请合规部看一下。
        张国栋先生（FIN F6988633R）投诉：上周汇到福建莆田的钱被退回，手续费二十块不退，他很不满意，电话9317 3818。
        小陈，客户吴淑芬预订了两万马币，周五下午来拿，她说要给在新山的妈妈做手术用，记得留好。
        可疑交易备注：客户郑国华，身份证S7026415C，十天内七次以现金兑换，每次4,900新元，刚好低于门槛，建议上报。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant of Golden Crescent Remit. Help customers track transfers.",
        ),
        ("user", "hi my transfer still not reach, ref RMT-20261104-00233"),
        (
            "assistant",
            "Sorry for the wait. To check, please give the sender's full name and the mobile number registered with us.",
        ),
        (
            "user",
            "Mohammad Jahangir Alam, 94582216. sent to my father Abdul Mannan account in Sonali Bank Sylhet",
        ),
    ],
    [
        ("user", "I want to add a new beneficiary for bKash. How?"),
        (
            "assistant",
            "You can add a beneficiary at the counter or in the app under Beneficiaries > Add. You will need the full name and the bKash wallet number.",
        ),
        (
            "user",
            "ok the name is Mst Nasima Khatun, my mother, bKash 01819-337452. my FIN is G3194614Q, can you add now?",
        ),
    ],
    [
        ("user", "Saya nak tahu had kiriman saya bulan ni dah sampai berapa"),
        (
            "assistant",
            "Boleh. Untuk semakan, sila berikan nama penuh dan nombor MyKad yang didaftarkan.",
        ),
        (
            "user",
            "Nama saya Wong Mei Ling, MyKad 680302-01-5348. Saya hantar ke anak di Melbourne tiap bulan",
        ),
        ("assistant", "Terima kasih. Sila tunggu sebentar sementara kami menyemak rekod anda."),
    ],
    [
        ("user", "Why your staff keep asking where my money come from? So insulting"),
        (
            "assistant",
            "I am sorry it felt that way. Licensed remittance companies are required by law to ask about source of funds for larger amounts. May I know more about the transaction?",
        ),
        (
            "user",
            "I am Teo Chee Keong, selling my late mother's terrace house in Ayer Itam, Penang, bringing 280k ringgit back to Singapore. I already show the SPA to your Bukit Mertajam branch",
        ),
    ],
    [
        (
            "system",
            "Internal compliance drafting assistant. Write STR narratives from officer notes.",
        ),
        (
            "user",
            "Notes: customer Vijay Anand s/o Raman, NRIC S8817304Z, 9 transfers to Dubai in 2 weeks total S$41,000, says import of textiles, trade licence not produced, phone 8777 1025 belongs to another customer too. Draft narrative.",
        ),
        (
            "assistant",
            "Draft: Between 1 and 14 November 2026 the subject made nine outward transfers to the UAE totalling S$41,000, stating textile imports as the purpose, without producing supporting trade documents. The contact number provided is also registered to an unrelated customer.",
        ),
    ],
    [
        ("user", "请问汇款到中国工商银行卡要多久？"),
        ("assistant", "一般一至两个工作日到账。请提供收款人姓名和卡号，我们帮您查看是否支持。"),
        (
            "user",
            "收款人是我女儿陈丽华，身份证440582199509230189，卡号6222 0259 7496 3800 397，她在汕头读大学",
        ),
    ],
    [
        (
            "user",
            "Hello po, can I do cash pickup to Bacolod today? I'm domestic helper, only off on Sunday",
        ),
        (
            "assistant",
            "Yes, cash pickup to Bacolod is available today. Please bring your FIN card. Who will collect the money?",
        ),
        (
            "user",
            "My sister Rowena Santos Villanueva will collect. My name Gemma Santos, FIN F7337075L, my employer house is 27 Jalan Kembangan, Singapore 419153",
        ),
    ],
    [
        ("user", "I moved house, need to update my address in your system"),
        (
            "assistant",
            "Sure. Please provide your full name, ID number and new residential address. We may ask for proof of address at your next visit.",
        ),
        (
            "user",
            "Nicholas Pereira, S7479325H, new address Blk 406 Pasir Ris Drive 6 #05-118, Singapore 510406. Old one was Hougang",
        ),
    ],
    [
        ("user", "Kak, saya mau kirim uang ke kampung di Ponorogo, berapa fee nya?"),
        (
            "assistant",
            "Fee untuk kiriman ke bank di Indonesia ialah S$5. Sila bawa pasport atau kad permit kerja ke kaunter.",
        ),
        (
            "user",
            "Oke. Nama saya Siti Rahayu, no HP 8124 7730, majikan saya di Bukit Timah. Nanti saya datang Minggu jam 10",
        ),
    ],
    [
        (
            "system",
            "HR assistant for a money-changing company. Help supervisors write staff letters.",
        ),
        (
            "user",
            "Pls make this more formal: to Kumaresan a/l Veerappan, cashier at KL Sentral outlet, you left the vault open for 40 min on 3 Dec, this is your final warning, next time terminate.",
        ),
        (
            "assistant",
            "Dear Mr Kumaresan a/l Veerappan, this letter serves as a final written warning regarding the incident on 3 December 2026, when the vault at KL Sentral outlet was left unsecured for approximately 40 minutes.",
        ),
    ],
    [
        ("user", "my card kena charged but the money changer say no record"),
        (
            "assistant",
            "Sorry to hear that. Please share the transaction date, amount and the last 4 digits of the card so we can trace it.",
        ),
        (
            "user",
            "5 Dec, RM2,340 for SGD. full card 4895 4127 1213 1959, name Chong Wai Keat. pls check fast, this is my salary money",
        ),
    ],
]
