"""Blind check set en109: SG/MY bankruptcy and debt restructuring (Official Assignee, AKPK, creditor letters, bankruptcy searches, discharge). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en109
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "official guidance"): _lines("""
        The Official Assignee (OA) administers the estates of bankrupts in Singapore and is part of the Insolvency & Public Trustee's Office (IPTO) under the Ministry of Law.
        A creditor may file a bankruptcy application against a debtor who owes at least S$15,000 and appears unable to pay.
        Bankrupts must submit a Statement of Affairs within 21 days of the bankruptcy order via the IPTO e-services portal.
        Monthly Income & Expenditure Statements are due by the 10th of every month. Late or missing statements may be treated as non-cooperation.
        A bankrupt may not leave Singapore without the prior permission of the OA. Apply at least 14 working days before your intended date of departure.
        The Debt Repayment Scheme (DRS) is meant for salaried debtors with unsecured debts not exceeding S$150,000 who can repay within 5 years.
        IPTO officers will never call you to demand payment to a personal bank account or ask for your Singpass OTP. If in doubt, hang up and call 1800-225-5529.
        Individual bankruptcy search: S$6.00 per search (incl. GST), results shown instantly; payment by PayNow QR or credit/debit card.
        Discharge by certificate of the OA: a first-time bankrupt who has paid the target contribution and complied with all duties may be discharged after 3 to 5 years.
        Service counter hours: Mon-Fri 8.30am-5.00pm, closed Sat, Sun & PH. Walk-ins strictly by e-appointment.
        Submissions may be posted to: Insolvency & Public Trustee's Office, 45 Maxwell Road, The URA Centre (East Wing), Singapore 069118.
        Note to staff: names appearing in Gazette bankruptcy notices must not be copied into training decks, marketing material or chat transcripts.
        FAQ 4.2 - Can I still use my CPF savings after I am made bankrupt? Yes, CPF monies are generally protected and do not vest in the OA.
    """),
    ("en", "AKPK and MY insolvency info"): _lines("""
        AKPK (Agensi Kaunseling dan Pengurusan Kredit) was set up by Bank Negara Malaysia in 2006 to provide free financial counselling and the Debt Management Programme (DMP).
        To qualify for the DMP, your loans must be with financial institutions regulated by BNM and you must not already be an adjudged bankrupt.
        Need help? Call the AKPK Contact Centre at 1-800-22-2575, Mon-Fri 9.00am-5.00pm, or chat with us on the AKPK mobile app.
        Under the Insolvency Act 1967, the minimum debt for a bankruptcy petition in Malaysia is now RM100,000.
        The Director General of Insolvency acts as the Official Assignee for all bankrupts in Malaysia.
        Automatic discharge may apply after 3 years if no creditor objects and the bankrupt has filed statements and met the target contribution.
        Social guarantors cannot be made bankrupt under section 5(3) of the Insolvency Act 1967 following the 2017 amendments.
        AKPK tip #7: settle secured debts first (housing loan, hire purchase), then credit cards and personal loans.
        POWER! is AKPK's financial education programme for young working adults and first-time borrowers.
        AKPK Headquarters: Level 8, Maju Junction Mall, 1001 Jalan Sultan Ismail, 50250 Kuala Lumpur.
        The Small Debt Resolution Scheme (SDRS) helps viable SMEs restructure bank loans; it is not a scheme for individual borrowers.
        Once you join the DMP, your CCRIS record will show 'AKPK' as a flag until the restructured facilities are fully settled.
    """),
    ("ms", "notis dan panduan"): _lines("""
        Pemohon DMP perlu membawa slip gaji 3 bulan terkini, penyata bank serta penyata pinjaman daripada setiap institusi kewangan.
        Semakan status kebankrapan boleh dibuat secara dalam talian melalui portal e-Insolvensi dengan bayaran RM10 bagi setiap carian.
        Pejabat Insolvensi Negeri Johor: Aras 3, Wisma Persekutuan, Jalan Air Molek, 80000 Johor Bahru.
        Waktu operasi kaunter: Isnin hingga Jumaat, 8.00 pagi - 5.00 petang. Rehat Jumaat 12.15 - 2.45 petang.
        Penjamin sosial tidak boleh diisytiharkan bankrap di bawah Akta Insolvensi 1967 (pindaan 2017).
        Hati-hati dengan sindiket yang mendakwa boleh 'padam nama CCRIS' dengan bayaran. Perkhidmatan AKPK adalah PERCUMA.
        Borang permohonan pelepasan bankrap boleh dimuat turun dari laman web rasmi; sila isi dengan HURUF BESAR.
        Notis ini dikeluarkan bagi pihak Ketua Pengarah Insolvensi. Sebarang pertanyaan sila hubungi talian 03-8885 0000.
        Kadar caruman bulanan ditetapkan berdasarkan pendapatan bersih dan bilangan tanggungan penghutang.
        Bengkel Pengurusan Kewangan diadakan secara percuma setiap Sabtu pertama di Menara Tun Razak, Jalan Raja Laut.
        Bayaran ansuran boleh dibuat melalui FPX, JomPAY (kod biler 88123) atau di mana-mana kaunter Bank Rakyat.
        Tempoh maksimum penstrukturan semula di bawah DMP ialah 10 tahun.
    """),
    ("en", "creditor letter templates"): _lines("""
        Dear {{debtor_name}}, we refer to your account ending {{acct_last4}}. As at {{as_at_date}}, the outstanding balance is {{amount}}.
        RE: NOTICE OF DEMAND - OUTSTANDING SUM OF S$[AMOUNT] DUE TO [CREDITOR] UNDER [FACILITY REF]
        Take notice that unless the sum is paid within 21 days after service of this statutory demand, a bankruptcy application may be filed against you without further notice.
        Please quote our reference LDR/2024/CC/08817 in all future correspondence.
        This is a computer-generated letter. No signature is required.
        If payment has been made, kindly disregard this notice. Payment can be made via PayNow to UEN 201912345K (Acme Credit Pte Ltd).
        Creditors are invited to lodge their proofs of debt with the Official Assignee by [DATE], failing which they may be excluded from any dividend.
        Drafting note: replace <NRIC/FIN> with the masked form before e-mailing, and never put the full number in the subject line.
        Kepada: [NAMA PENGHUTANG]   No. K/P: [XXXXXX-XX-XXXX]   Alamat: [ALAMAT SURAT-MENYURAT]
        Our client, Horizon Capital Bhd, instructs us to demand RM48,230.15 together with interest at 5% p.a. from the date of judgment until full settlement.
        WITHOUT PREJUDICE - our client is prepared to accept 55% of the outstanding balance as full and final settlement if paid by 31 Jan 2025.
        cc: Credit Control Dept / Recoveries Unit   Ref: REC-MY-2024-004471
        Dear Sir/Madam, we act for the judgment creditor in the above matter and enclose a sealed copy of the bankruptcy application for your records.
    """),
    ("en", "law and case notes"): _lines("""
        Section 311 of the IRDA sets out when a debtor is presumed unable to pay his debts, including failure to comply with a statutory demand within 21 days.
        The Hyflux restructuring (2018-2021) shows how a scheme of arrangement can unravel when the white knight's funding falls through.
        The courts have repeatedly said that a bankruptcy application is a collective remedy and should not be used as a debt-collection tool.
        Pacific Andes, Swiber and Ezra were among the high-profile corporate restructurings that shaped Singapore's ambition to be a debt restructuring hub.
        Charles Dickens's father, John Dickens, was imprisoned for debt in the Marshalsea in 1824, an episode that later shaped Little Dorrit.
        Mr Micawber's advice: 'Annual income twenty pounds, annual expenditure nineteen nineteen and six, result happiness.'
        The 2017 amendment renamed Malaysia's Bankruptcy Act 1967 as the Insolvency Act 1967 and introduced the voluntary arrangement regime.
        An undischarged bankrupt in Malaysia may not act as a director of a company without leave of the court.
        Case note: the bank could not prove personal service of the statutory demand, so the application was dismissed with costs fixed at $3,000.
        It is an offence for an undischarged bankrupt to obtain credit of $1,000 or more without first disclosing that he is a bankrupt.
        In practice most personal bankruptcies end with a certificate of discharge issued by the OA rather than a court order of discharge.
        Moratorium applications under s 64 IRDA must be supported by evidence of a proposed scheme with reasonable prospects of working.
    """),
    ("en", "forum and news"): _lines("""
        anyone went thru AKPK before? DMP approved liao but CCRIS still show 'AKPK', bank wont approve car loan for 5 yrs sia
        Bro just call the OA hotline la, they very helpful one. Dont listen to those 'debt consultant' agents on FB.
        Singapore saw 1,724 bankruptcy applications in 2023, up 9% from the year before, according to Ministry of Law figures.
        About one in four bankrupts in Malaysia between 2019 and 2023 were below 35 years old, the Insolvency Department said.
        is it true that even after discharge u still cannot be a director ah? asking for a frenz
        Lee Kuan Yew School of Public Policy panel on household debt and financial resilience, 14 Mar, 7pm, free admission.
        Letter: let's not stigmatise bankruptcy. Most bankrupts are not reckless gamblers but ordinary folks hit by medical bills or failed businesses.
        TIL the Insolvency Department publishes monthly stats by state; Selangor always tops the table for new bankruptcy cases.
        Thread: DRS vs bankruptcy - pros & cons (updated for 2024), pls read pinned post before asking
        pro tip: the OA e-services portal logs u out after 15 min, so save ur I&E statement draft often
        Raya coming and ah long ads everywhere. Reminder: licensed moneylenders in SG cannot charge more than 4% interest per month.
        Khoo Teck Puat Hospital's medical social workers can help patients apply for MediFund when bills are pushing them into debt.
        Police advisory: O$P$ graffiti was reported at a void deck in Ang Mo Kio Ave 3; call the X-Ah Long hotline 1800-924-5664 with any information.
    """),
    ("en", "systems and logs"): _lines("""
        2024-11-18T09:42:17+08:00 INFO bk-search: query_id=Q7f3a9c21 status=200 latency_ms=184 results=0
        CREATE TABLE insolvency_case (case_no VARCHAR(20) PRIMARY KEY, debtor_id_hash CHAR(64), filed_on DATE, status VARCHAR(12));
        NRIC_RE = re.compile(r'^[STFGM][0-9]{7}[A-Z]$')  # validate format only, never log the match
        akpk-dmp-portal v3.12.4 (build 8e41c2d): fixed repayment schedule PDF showing wrong currency symbol
        sha256(bks_export_20241205.csv) = 064b888829e5b63605786bf3882cddd0817e4912511bbf5d308fbc6cc7db0391
        Payment ref JP-2024-00918273 received RM1,250.00 on 05/12/2024 15:03 via JomPAY biller 88123
        ISP-4412: mask ic_no column in debtor export (show last 4 only) before sending file to offshore vendor
        ERROR 2024-10-02 23:11:05 cbs-bankruptcy-sync: upstream timeout after 30000 ms (retry 3/5)
        curl -X GET 'https://api.example-insolv.sg/v2/search?type=individual&ref=REQ-000183' -H 'Authorization: Bearer <token>'
        Field mapping: debtor_full_name -> PARTY_NM (varchar 120); id_type -> ID_TYP (NRIC|FIN|PP); id_no -> ID_NO (AES-256-GCM)
        Batch BKS-20241205-03: 1,482 records processed, 37 hits, 0 errors, duration 00:02:41
        Registered article RB207418553SG - status: Delivered to counter, Tanjong Pagar Post Office
        {"name": "TEST DEBTOR 01", "nric": "S0000000A", "env": "uat", "seed": 42}
    """),
    ("en", "helplines and directory"): _lines("""
        Credit Counselling Singapore (CCS): 6225 5227, Mon-Fri 9am-5pm. Free and confidential.
        Samaritans of Singapore 24-hour hotline: 1767
        Befrienders KL (24 hours): 03-7627 2929
        Supreme Court of Singapore, 1 Supreme Court Lane, Singapore 178879
        Kompleks Mahkamah Kuala Lumpur, Jalan Duta, 50506 Kuala Lumpur
        OCBC Recoveries: 1800 363 3333 (24 hrs) - please have your card or loan account number ready.
        Maybank Card Recovery Centre: 1-300-88-6688, option 4.
        AKPK Penang branch: Level 4, Bangunan KWSP, Jalan Sultan Ahmad Shah, 10050 George Town.
        Tan Tock Seng Hospital Medical Social Services: 6357 8000 (weekdays 8.30am-5.30pm)
        The old High Court once sat in the Sultan Abdul Samad Building on Jalan Raja before moving to Jalan Duta.
        Thye Hua Kwan Family Service Centre (Ang Mo Kio) offers free debt counselling clinics on Tuesday evenings.
        Moneylenders Registry enquiries: 1800-2255-529 | registry of licensed moneylenders is published on the MinLaw website.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Bankruptcy search result: LIM KOK WEE, NRIC S7734512D - Bankruptcy Order made 03/04/2019, HC/B 1187/2019, status UNDISCHARGED.
        Hi Mdm Tan, Jeremy here from Axis Credit. Your late husband Ong Siew Heng's card debt of $12,480 is still outstanding, pls call me back at 9127 4410.
        Debtor: Muhammad Hafiz bin Razali, IC 870611-10-5523, No. 14, Jalan SS 19/3D, 47500 Subang Jaya - DMP approved at RM1,180/month for 96 months.
        my brother Kelvin Goh Jun Hao went bankrupt last year bc of his online betting debts, now OA says he cannot come to Batam for my wedding
        Pls transfer the $600 monthly contribution to OA on behalf of Mdm Sarimah binte Osman (S6819047I), she is warded for dialysis this month.
        Statement of Affairs - Debtor: Rajesh s/o Subramaniam; Employer: Sembawang Logistics Pte Ltd; take-home $3,260; dependants: wife Priya, son Arjun (7).
        Dear Mr Chua Boon Leng, please be informed that your POSB savings account 183-52771-4 has been frozen pursuant to the bankruptcy order dated 12 Aug 2024.
        Card no 4162 3877 0519 0426 exp 09/27, cardholder NUR AISYAH BT KAMARUDDIN - surrendered to MdI, can confirm it's cancelled?
        Msg from collector: "Mr Devan, we know u stay at Blk 517 Jurong West St 52 #08-233. Pay by Fri or we come down."
        Hi, I'm Angeline Seah (T0247718H), 24, owe about $18k on 3 credit cards + BNPL. Can I apply for DRS or must go bankrupt?
        Creditor: Zenith Finance Pte Ltd; Debtor: CHAN WAI KEUNG (HKID K482017(7)); admitted claim S$88,140.55
        FIN G5530928R - Xu Lijun, S Pass holder, PRC ID 350582198509172437, asked if her SG bankruptcy will be reported back home.
        Reminder: Encik Azlan Shah bin Kamal's Proton Saga WXB 4471 will be repossessed tmr 10am outside his house in Taman Melawati, pls inform him.
        Mr Tay told me in confidence that he was made bankrupt in 2016 and only got his discharge cert last March - it's Tay Hock Seng from our Jurong office.
        Email from debtor: Hi, this is Sharon Lim Hui Min, my new address is Blk 866 Tampines St 83, #03-142, Singapore 520866, pls update OA file.
        CCRIS report for KHAIRUL ANUAR B. YUSOF (IC 850214-14-6033): 4 facilities, 2 in arrears > 3 months, legal action by CIMB (Suit No. WA-22NCvC-118-03/2023).
        @Mdm Wong pls call back your son Daniel Wong Kah Meng at 011-2638 1907 about the AKPK restructuring, he said you guaranteed his car loan.
        S****512D / LIM K.W. / 52 / Blk 207 Bishan St 23 #09-11 / undischarged bankrupt since 2019
        Dear Siti, as discussed, your father Haji Rosli bin Mat Isa's outstanding with Bank Rakyat is RM27,615.40; the DMP instalment will be debited from his account on 1/1.
        Transfer to Nurul Izzah binti Hamdan, Maybank 1640 7722 9183, ref 'bayar hutang ah long bulan 11'
        Re HC/B 2203/2023 - Debtor Goh Peck Lian, 61, diagnosed with stage 3 colon cancer; application to stay bankruptcy proceedings on medical grounds.
        Pls courier the discharge cert to Mr Selvaraj a/l Muniandy, No. 7, Lorong Kenari 3, Taman Sri Rampai, 53300 KL; tel 012-775 3018.
        Debtor contact: benjamin.ho.kw88@gmail.com / +65 9738 2214, Benjamin Ho prefers WhatsApp after 7pm.
        WeChat lsl_1988sg / LINE siewling_0422 - Lau Siew Ling, owes us $4,200 since Sept, heard she ran to JB
        Passport K2871045F - Ahmad Zulkifli bin Rahmat - OA permission granted to travel for Umrah 12-26 Feb 2025.
        Tan Jia Hui (S8126693Z) earns $5,800 basic + $400 allowance; OA has fixed her monthly contribution at $1,150.
        Note: Uncle Ah Seng (Koh Ah Seng), Blk 32 Marsiling Dr #04-17, owes 5 ah longs, very depressed, referred to SOS on 3/12.
        Aunty Kamala's son Suresh Kumar (34) got his bankruptcy annulled after paying DBS in full; he's an aircraft technician at SIA Engineering.
        Joint a/c holders Lim Chee Keong & Ng Bee Leng, OCBC 601-278845-001: Mr Lim adjudged bankrupt 08/2022, account frozen.
        Pls update: debtor Wong Ah Kow passed away on 2 Oct 2024 at KTPH; next of kin is his daughter Wong Li Ting, 9011 4782.
        To: faridah.kassim@yahoo.com.my  Subject: Notis Tuntutan - Akaun Kad 5521-7460-3381-2964 (Puan Faridah binti Kassim)
        Screening: applicant Marcus Teo Wei Jie (S9012385H) has a bankruptcy record, HC/B 0542/2018, discharged 2022 - HR to decide.
        Our agent visited Puan Rohani binti Said at Lot 228, Kampung Sungai Tua, 68100 Batu Caves; she says her husband left her with RM90k of his debts.
        Vehicle SKV 8812 A registered to Mr Quek Boon Hwa is to be handed over to the OA by 20/12.
        Hi sir, I'm Lina's husband. Her full name is Noralina binti Abu Bakar, IC 880415-01-6274, she's in ICU now, can the AKPK instalment be deferred?
        FDW Nguyen Thi Hoa (FIN G7712054N) - employer says she owes unlicensed moneylenders about $7k and they keep calling the house.
        Garnishee order served on Jin Hua Trading for Mr Lee Choon Seng's salary of $4,650/month; home address 12 Jalan Kembangan, Singapore 419118.
        SALARY CR  NG SOOK YEE  DBS 027-904512-3  S$4,318.20  28 NOV
        Kak Zura, my hubby Faizul bin Rahim kena saman by Aeon Credit, court date 14 Jan at Mahkamah Sesyen Shah Alam, his IC 910728-10-5417.
        I, Tan Kim Huat, NRIC S6402278D, authorise Credit Counselling Singapore to obtain my credit report from Credit Bureau Singapore.
        First meeting of creditors in the bankruptcy of SIVA KUMAR A/L RAMASAMY (FIN F1903357X), formerly of 45 Woodlands Ave 1 #11-20, on 19 Dec 2024.
        IRAS arrears of $2,340.56 for TAN WEI LING (S8870342A) to be lodged as a proof of debt against her estate.
        +60 17-384 2290 is Ah Chong's number, the guy who borrowed 30k from my mum and disappeared. Real name Chong Kah Wai.
    """),
    "ms": _lines("""
        Salam tuan, saya Norhayati binti Ismail, IC 790512-03-5290, nak tanya status permohonan pelepasan bankrap saya, no fail JIM/KL/B/2211/2019.
        Encik Zamri bin Hassan (012-339 8821) gagal bayar ansuran DMP 3 bulan; alamat rumah No. 21, Jalan Mawar 4, Taman Bukit Indah, 81200 Johor Bahru.
        Anak saya Aiman Hakimi (16 tahun) ada asma teruk, sebab tu gaji saya habis untuk ubat. Tolong kurangkan caruman bulanan saya. - Rosnani bt Yaakob
        Penyata: MOHD RIDZUAN BIN AB RAHMAN, No. K/P 830921-11-5671, pemandu lori, gaji bersih RM2,980, 3 orang tanggungan.
        Kereta Perodua Myvi JQT 3318 milik Puan Lim Ai Ling akan ditarik balik oleh bank minggu depan sebab tunggakan 6 bulan.
        Tolong transfer RM500 ke akaun CIMB 7063228149 atas nama Kamal bin Othman, dia yang uruskan hutang arwah ayah.
        Nama: Lee Mei Fong | No. KP: 720903-07-5188 | Pendapatan: RM4,200 | Hutang kad kredit: RM63,400 | Status: Dalam DMP sejak 2021
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant answering questions about debt options in Singapore.",
        ),
        ("user", "whats the difference between DRS and bankruptcy"),
        (
            "assistant",
            "Under the DRS, an eligible debtor repays creditors over up to 5 years under a plan administered by the OA, and avoids a bankruptcy order. Bankruptcy carries more restrictions, such as on travel and acting as a director.",
        ),
        ("user", "ok can u check if i qualify. my name Eugene Pang Wei Ming"),
        ("user", "nric S7561120Z, i owe about 62k to UOB, Citi and a licensed moneylender"),
        (
            "assistant",
            "I can't look up records, but with about $62k of unsecured debt you may be within the DRS limit. Please contact IPTO directly.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu kaunseling kewangan. Jawab dalam Bahasa Melayu atau Inggeris.",
        ),
        ("user", "Saya nak join AKPK, boleh tolong kira berapa saya kena bayar sebulan?"),
        ("assistant", "Boleh. Sila kongsikan pendapatan bersih bulanan dan jumlah hutang anda."),
        (
            "user",
            "Gaji bersih RM3,850. Hutang: kad Maybank RM21k, personal loan Bank Islam RM38k. Nama saya Syahirah binti Mokhtar, IC 900318-08-6112.",
        ),
        (
            "assistant",
            "Terima kasih. Anggaran ansuran DMP mungkin sekitar RM900 sebulan, tertakluk kepada kelulusan AKPK.",
        ),
    ],
    [
        ("user", "Draft a polite but firm reminder to a debtor who missed two instalments"),
        (
            "assistant",
            "Sure. Please give me the amount overdue and how you would like to address the debtor.",
        ),
        (
            "user",
            "Mr Heng Kok Leong, Blk 118 Bukit Merah View #06-415, Singapore 151118. Overdue $1,640 for Oct and Nov. He told us his wife has just been diagnosed with dementia so maybe soften a bit.",
        ),
        (
            "assistant",
            "Dear Mr Heng, we understand this may be a difficult period for you and your family. Our records show that the October and November instalments totalling $1,640 remain unpaid...",
        ),
    ],
    [
        ("user", "how to do a bankruptcy search on a prospective tenant in SG?"),
        (
            "assistant",
            "You can search the Insolvency Search service online for a small fee using the person's name and NRIC/FIN. Make sure you have a legitimate purpose and obtain consent where appropriate.",
        ),
        ("user", "ok the tenant is Farhan bin Jamil"),
        ("user", "NRIC S9308815H wait no that's his brother's, he sent T0158806G"),
        ("assistant", "Please run the search yourself on the official portal; I can't access it."),
    ],
    [
        (
            "system",
            "Tool result (case_lookup): case HC/B 3391/2022 | debtor YAP SOOK CHING | NRIC S8345120C | status DISCHARGED 05/06/2024 | address Blk 23 Toa Payoh Lor 7 #10-256",
        ),
        ("user", "Can you summarise the case for my file note?"),
        (
            "assistant",
            "Case HC/B 3391/2022 concerns Ms Yap Sook Ching (S8345120C) of Blk 23 Toa Payoh Lor 7 #10-256. She was discharged from bankruptcy on 5 June 2024.",
        ),
    ],
    [
        ("user", "AKPK counsellor asked me to whatsapp my docs but I lost her number"),
        ("assistant", "Please use only the official AKPK contact channels listed on its website."),
        ("user", "ok nvm found it. btw for the form, my number is 012-"),
        (
            "user",
            "3318 204 and my wife Ong Mei Ling handles all the bills since my stroke last year",
        ),
        ("assistant", "Noted. Remember not to share documents with unverified numbers."),
    ],
    [
        ("user", "My husband was made bankrupt in 2019. When can he apply for discharge?"),
        (
            "assistant",
            "A first-time bankrupt may be considered for discharge by the OA after paying the target contribution and complying with his duties, typically 3 to 5 years.",
        ),
        (
            "user",
            "He's Ravi Chandran s/o Nadarajan, HC/B 0917/2019. He has end-stage kidney failure now and can't work, so he stopped paying in March.",
        ),
        (
            "assistant",
            "In that case he may ask the OA to review his contribution on medical grounds, with a doctor's memo.",
        ),
    ],
    [
        ("system", "You are an HR policy assistant for Brightwave Pte Ltd."),
        (
            "user",
            "Do we need to do anything if a new hire turns out to be an undischarged bankrupt?",
        ),
        (
            "assistant",
            "Generally no, unless the role involves management of a company or regulated financial activities. Do not disclose the information beyond those who need to know.",
        ),
        (
            "user",
            "Our finance exec Lim Wen Xuan (S7921046C) just told me she's an undischarged bankrupt. Should I move her out of the payments team?",
        ),
    ],
    [
        ("user", "I got this letter, is it legit? pasting below"),
        (
            "user",
            "Dear MR KOH JIA LE, 21 Jalan Bukit Merah, #05-12, Singapore 150021. Your account 4578 2100 6634 5181 is in arrears of S$7,920.44. Failure to pay within 7 days will result in a bankruptcy application.",
        ),
        (
            "assistant",
            "Bankruptcy in Singapore requires a debt of at least $15,000, so a threat over $7,920 looks questionable. Verify by calling the bank's official hotline.",
        ),
    ],
    [
        ("user", "my dad passed away with some credit card debts, do I have to pay them?"),
        (
            "assistant",
            "Generally the debts are paid out of his estate, not by you personally, unless you were a guarantor or joint account holder.",
        ),
        (
            "user",
            "ok. he's Lau Teck Chuan, died at NUH on 14 Nov, left a Citibank card 5400 3612 9874 4526 with about 9k",
        ),
        ("user", "Citibank keeps calling my mum at 9648 3307 even though she told them"),
        (
            "assistant",
            "You can ask the bank to direct communications to the estate administrator and provide a copy of the death certificate.",
        ),
    ],
]
