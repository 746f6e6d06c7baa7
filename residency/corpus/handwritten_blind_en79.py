"""Blind check set en79: accounting and audit in SG/MY/HK (audit confirmations, GST/SST filings, expense claims, payroll audits, annual returns, accountants' e-mails). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en79
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "audit confirmation"): _lines("""
        Please confirm directly to our auditors, Tan Chong & Partners PAC, the balance due to you as at 31 December 2025 of S$184,362.50.
        If the above balance is in agreement with your records, please sign and return this form directly to the auditors; if not, please detail the differences below.
        Bank confirmation request ref BCR/2025/SG/00417 sent via Confirmation.com on 06-Jan-2026; DBS response pending (SLA 10 business days).
        Debtor circularisation: 42 confirmations sent, 31 replied, 6 with reconciling differences (timing, goods in transit), 5 covered by alternative procedures.
        Dear Sir/Madam, RE: AUDIT CONFIRMATION - {{CUSTOMER_LEGAL_NAME}} - BALANCE AS AT {{FYE_DATE}}: {{CURRENCY}} {{AMOUNT}}
        Negative confirmation: no reply is needed unless you disagree with the balance of HK$76,015.00 shown as owing by your company.
        Legal letter sent to Messrs Rajah & Tann Singapore LLP requesting details of pending litigation involving the Group as at 30 June 2025.
        Confirmation returned undelivered - Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Prai - customer has relocated, new address obtained from SSM e-Info.
        Per ISA 505, the auditor shall maintain control over external confirmation requests, including determining the information to be confirmed.
        Reply slip: We confirm that as at 31/03/2025 the amount owing by us to Kowloon Bay Plastics Ltd was HK$________. Authorised signature & company chop: ________
        Conf #C-0093 (Lee Hing Hardware Sdn Bhd) agreed to ledger, diff RM0.00, tickmark on WP D3.2
        pls chase the 3 outstanding bank confs (OCBC, UOB, Public Bank) - partner won't sign off w/o them
        Third-party stock confirmation from the Kerry Logistics warehouse at Tsing Yi confirms 12,840 cartons held on our behalf at 31 Mar.
    """),
    ("en", "gst sst filing"): _lines("""
        GST F5 for Oct-Dec 2025 due 31 Jan 2026; Box 1 standard-rated supplies S$2,381,440, Box 6 output tax S$214,329.60.
        From 1 Jan 2024 the standard GST rate is 9%; invoices issued before that date for supplies made on or after it must be accounted for at 9%.
        Box 7 input tax: exclude disallowed expenses such as club subscription fees, staff medical expenses (unless obligatory under WICA) and motor car expenses.
        SST-02 for taxable period Jan-Feb 2026 must be submitted via MySST by the last day of the following month, i.e. 31 March 2026.
        Service tax on most taxable services went from 6% to 8% on 1 March 2024; F&B, telecommunication, parking and logistics services remain at 6%.
        Our SST registration no. W10-1808-31012345 and GST reg. no. M90371234X must appear on every tax invoice issued.
        Reverse charge applies to imported services where the GST-registered business is not entitled to full input tax credit.
        TaxPrime support hotline 1800 296 3310 - for filing software issues only, we cannot give tax advice over the phone.
        Late filing: IRAS may impose a late filing penalty of S$200 per month, up to S$10,000, for each outstanding GST return.
        HK has no GST/VAT; profits tax for corporations is 8.25% on the first HK$2m of assessable profits and 16.5% on the remainder.
        Voluntary disclosure filed via myTax Portal on 2025-11-14, ack no. VD-2025-7740183, for under-declared output tax of S$18,290.22 in Q2.
        Low-value goods not exceeding S$400 imported by air or post are subject to GST under the OVR regime from 1 Jan 2023.
        Sales tax is 5% or 10% depending on the tariff code; exempted goods are listed in the Sales Tax (Goods Exempted from Tax) Order 2018.
    """),
    ("en", "expense claims"): _lines("""
        Claims must be submitted within 60 days of the expense date with itemised receipts; credit card slips alone are not accepted.
        Taxi/Grab fares are claimable only after 10pm or when carrying client documents - state the purpose in the remarks field.
        Per diem for business travel: HK$900/day Mainland China, S$120/day ASEAN, RM250/day domestic outstation.
        Claim EC-2025-11-0384 returned: receipt total RM312.40 does not match claim amount RM321.40, pls resubmit.
        Entertainment above S$500 per occasion needs HOD pre-approval and a list of attendees (company names only).
        Mileage reimbursement: S$0.60/km for private cars; ERP and carpark charges claimable with receipts.
        Receipt: Ya Kun Kaya Toast, Raffles Place, 2 x Kaya Toast Set, S$14.20 incl. GST, 08:14 12/11/2025
        Receipt: Hotel Jen Tanglin, room rate SGD238.00++, folio #884210, 2 nights, paid by corporate card.
        Audit finding: 14 of 60 sampled claims were approved by the claimant's own delegate; recommend a system control to block self-approval.
        Concur report status: Submitted > Manager Approved > Finance Review > Paid (batch 2025-W47).
        Pls don't attach boarding passes or passport copies to claims, only the e-ticket receipt showing the fare.
        Lunch @ Din Tai Fung Pavilion KL w/ client (ABC Sdn Bhd x3, us x2) RM386.90 - entertainment, GL 6420-01
        Medical claims go through the insurer portal, not Concur; finance never sees diagnosis details.
    """),
    ("en", "payroll audit"): _lines("""
        CPF rates from 1 Jan 2025 for employees aged 55 and below: 17% employer, 20% employee, on Ordinary Wages up to the OW ceiling of S$7,400.
        EPF employer share is 13% for monthly wages of RM5,000 and below and 12% above RM5,000; SOCSO and EIS per the contribution schedules.
        MPF mandatory contributions are 5% each from employer and employee, relevant income capped at HK$30,000 a month.
        Headcount reconciled: HRIS 418 active vs payroll 421 - 3 leavers processed after cut-off, final pay adjusted in the Dec run.
        Ghost employee test: matched bank account numbers across the employee master file, 0 duplicates in 1,206 records.
        Sample selected with random seed 52817; 25 employees tested for rate changes against signed increment letters.
        Export only EmpID, grade, cost centre, basic pay and allowances for the audit; mask the name and NRIC columns before uploading to the shared drive.
        PCB (MTD) recomputed for a sample of 30 employees using the LHDN e-PCB calculator - no exceptions noted.
        IR8A for YA2026 must be submitted through AIS by 1 March 2026 for all employees.
        Overtime cost up 38% YoY, driven by the Tuas plant moving to 12-hour shifts in Q3.
        Form IR56B for 2024/25 must be filed with the IRD within one month from the date of issue; IR56F not later than one month before cessation.
        SDL is payable at 0.25% of monthly remuneration, minimum S$2 and maximum S$11.25 per employee.
        Payroll journal PJ-2025-12 posted 24/12 16:05: Dr Salaries 3,118,402.17 / Cr Bank 2,561,930.45 / Cr CPF payable 556,471.72
    """),
    ("en", "annual returns"): _lines("""
        Annual return for FYE 30 Jun 2025 to be lodged with ACRA via BizFile+ within 7 months after FYE, i.e. by 31 Jan 2026.
        Private companies may dispense with holding an AGM if the financial statements are sent to members within 5 months after FYE.
        Malaysia: the annual return must be lodged with SSM within 30 days from the anniversary of incorporation (s.68 Companies Act 2016).
        Form NAR1 must be delivered to the Companies Registry within 42 days after the anniversary of the company's incorporation.
        Registered office: 1 Raffles Place, #44-01 One Raffles Place, Singapore 048616
        Late delivery fee for NAR1 under Cap. 622: HK$870 if up to 3 months late, rising to HK$3,480 if more than 9 months late.
        Hock Lee Trading Pte. Ltd. (UEN 199804512K) - status: Live Company; paid-up capital S$500,000.
        Checklist: financial statements, directors' statement, auditors' report, XBRL filing (full or highlights), solvency statement if applicable.
        The company secretary must be a natural person ordinarily resident in Singapore; our corporate services team can provide one.
        Return of allotment of shares (s.78): 200,000 ordinary shares allotted at RM1.00 each to existing shareholders on 15/10/2025.
        BizFile+ transaction no. T25-0871342 - status: Approved - fee S$60.00 paid by GIRO.
        Do not put directors' residential addresses into the shared tracker, write 'address on register' and pull it from BizFile when needed.
    """),
    ("en", "accountant emails"): _lines("""
        Hi team, attached draft FS v3 w/ tracked changes. Open items: lease modification (SFRS(I) 16), ECL on trade receivables, subsequent events up to sign-off.
        Dear Client, kindly provide the following PBC items by Fri 16 Jan: AR aging, FA register, Dec bank recs and board minutes for FY25.
        Hi, can u resend the TB? The one on SharePoint still shows Nov closing, rev doesn't tie to GL by $12.4k.
        Gentle reminder: partner review is on Wed 3pm at our Marina Bay office, pls clear all review notes by Tue EOD.
        Pls note our office will be closed 16-18 Feb 2026 for Chinese New Year. Gong Xi Fa Cai to all our clients!
        Thanks for your email. I'm out of office until 5 Jan with limited access to email; for urgent matters pls contact audit.sg@tcpartners.com.sg
        Audit fee for FY2025: S$38,500 (excl. GST), 50% billed on commencement and the balance on signing of the audit report.
        FYI mgmt agreed to book the AJE for the unrecorded legal fee accrual of RM86,200; SUM now below the clearly trivial threshold.
        Reminder to all: do NOT forward payslips or IC copies over personal WhatsApp - use the client portal upload link only.
        Engagement letter countersigned by the Board received 02/12; entity KYC done, UBO declaration still pending.
        Quick one - is the HK$1.2m consultancy fee paid to the BVI entity deductible under s.16? Need the TP doc before we conclude.
        Pls use the new WP template (v2025.3), the old one has the wrong materiality formula in cell F12.
    """),
    ("en", "systems and logs"): _lines("""
        2025-12-31T23:59:59+08:00 [close] period 2025-12 locked by job GL_CLOSE_MONTH (run id 7f3a91c2) - 0 errors, 2 warnings
        INV-SG-2025-004812 | Customer: Sengkang Dental Group Pte Ltd | Amount: S$4,360.00 | Status: Overdue 45d
        sha256(GL_FY25_export.csv) = 9f65f583639e7d208f9f51b2ee12b4a3647cb8776c435d9750b959c8bb462d4e
        Xero bank feed: DBS 072-XXXXXX-5 (company current a/c) synced 14:02, 38 new transactions, 3 unmatched.
        Error E4021: tax code SR9 not valid for posting dates before 01.01.2024 - use SR8.
        AutoCount v5.1.27 build 20251103 - SST module patch for the 8% service tax rate.
        PO-MY-88213 / GRN-55170 / INV 2025/0917 three-way match failed: qty variance 12 pcs.
        FedEx tracking 7781 2394 5502 - original confirmations dispatched to Ernst & Young LLP, One Raffles Quay North Tower.
        SoD conflict report: 2 roles hold both vendor-create and payment-release rights; role AP_Clerk capped at S$5,000 approval.
        Log redaction pattern for NRIC/FIN: [STFGM][0-9]{7}[A-Z] replaced with [REDACTED] before export.
        Test fixtures use the dummy NRIC S1234567D and dummy HKID A123456(3) only - never load real IDs into UAT.
        Payment file DBS_IDEAL_20251128_0412.txt: 312 records, hash total 2,417,880.15, checksum OK
    """),
    ("en", "public and historical"): _lines("""
        Luca Pacioli's 1494 Summa de arithmetica is often cited as the first printed description of double-entry bookkeeping.
        In his Budget 2022 statement, then-Finance Minister Lawrence Wong confirmed the GST increase from 7% to 9% would be staggered over 2023 and 2024.
        Prime Minister Anwar Ibrahim, who is also Finance Minister, tabled Budget 2025 in the Dewan Rakyat on 18 October 2024.
        Financial Secretary Paul Chan's 2024-25 Budget proposed a one-off 100% reduction of salaries tax for 2023/24, capped at HK$3,000.
        Bob Cratchit's fifteen shillings a week in A Christmas Carol is still the opening example in our payroll training deck.
        Tan Tock Seng Hospital and Ng Teng Fong General Hospital are on the approved panel for staff outpatient claims.
        Offsite at the Lee Kong Chian School of Business, 50 Stamford Road - seminar room booked 9am-5pm, lunch by Old Chang Kee.
        The Auditor-General's Report for FY2023/24 highlighted lapses in the management of grant disbursements at several statutory boards.
        Inland Revenue Department, Inland Revenue Centre, 5 Concorde Road, Kai Tak, Kowloon
        LHDN head office: Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, Selangor
        IRAS, Revenue House, 55 Newton Road, Singapore 307987
        Exam question: Mr Wong runs Wong's Bakery as a sole proprietor with turnover of S$1.1m - must he register for GST? (ACCA TX-SGP practice)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Payroll sample #07: Tan Wei Ling (NRIC S8834127I), Senior Buyer, basic S$6,850/mth - employer CPF for Mar-25 under-paid by S$119.00.
        Re the IR56F for Chan Ka Yan (HKID Y305716(8)): last day 15 Aug 2025, final salary HK$41,200 plus pro-rata bonus HK$18,650.
        EPF mismatch: Rajesh a/l Subramaniam, IC 850317-14-5273, EPF member no. 18273645 - employer share RM702 vs RM756 per schedule.
        Expense claim EC-25-0917, Muhammad Hafiz bin Roslan: Grab from office to home (No. 27, Jalan SS 2/64, 47300 Petaling Jaya) at 11.48pm, RM38.60.
        Dear Mr Lau Chi Keung, our auditors request you to confirm that you owed Wing Fat Trading Co. HK$48,200 in unpaid rent for Flat 9C, Tower 2, Kingsford Terrace, 8 Hing Hon Road as at 31 March 2025.
        MC from Nurul Aina binti Zulkifli (finance exec), 3 days, dx gastritis w/ H. pylori - outpatient claim RM180 from the Bangsar clinic.
        Director per annual return: Lim Siew Hoon, NRIC T0219384H, residential address Blk 512 Tampines St 53 #08-221, Singapore 520512.
        Jason Ong Kah Wee's Dec payslip: basic S$11,200 + retention bonus S$3,000, net S$11,722.50 credited to POSB 189-23514-7.
        Corporate card 4893 2053 8770 4189 (cardholder GOH POH CHOO, exp 09/28) was used for S$2,140 at Takashimaya on a Sunday - pls ask her to explain.
        Audit noted that R. Krishnan (IC ******-07-5131), storekeeper at the Penang branch, received two salary credits in Oct 2025.
        Pls update payee details: Siti Hajar binti Ismail's reimbursement should go to her Maybank a/c 1140 2256 7713, not the old CIMB one.
        Hi, this is Priya Nair from AR, I'm on maternity leave till March so pls send the signed confirmation to my personal email priya.nair.86@gmail.com
        Our ex-finance manager Vincent Koh Boon Teck has been charged (DAC-912347-2025) with criminal breach of trust of S$212,000 from the petty cash account.
        Garnishee order: deduct RM1,200/month from Azman bin Yusof's salary for child maintenance per the Syariah Court order, Shah Alam.
        Zakat payroll deduction RM85/mth for Nor Azlina binti Ahmad (IC 920614-10-6588), remitted to Lembaga Zakat Selangor.
        PRC national Zhou Yifan (ID 440304198807142318) joined the HK office on 3 Mar 2025 under IANG, salary HK$36,500/mth, lives at Room 1805, Tai Hing Gardens Phase 2, Tuen Mun.
        Consultancy fee HK$32,000 paid to Lin Yu-ting (Taiwan ID A238156476) - we still need to file an IR56M for her as a non-employee.
        Mileage claim: Ahmad Faizal, Proton X50 WVB 2813, 412 km KL-Ipoh return @ RM0.70/km = RM288.40
        Salary advance of S$5,000 approved for Mdm Koh Ai Ling as her husband was admitted to NCCS for stage 3 colorectal cancer.
        Kelvin Yeo (audit senior) here - WhatsApp me the scanned receipts at 9173 4486, the office line is down.
        BIR60 for Mr WONG Tsz Hin: salaries HK$1,086,000, MPF deduction HK$18,000, home loan interest HK$100,000 for Flat 23A, Kam Din Terrace, Taikoo Shing.
        NOA YA2025 for Ms Chong Mei Ling: chargeable income S$96,430, tax payable S$4,912.40, GIRO deduction from 18 Jun.
        Passport K2718354J of Mr Benjamin Tay Jun Hao was attached to the Bangkok trip claim - pls remove before archiving.
        FIN G5530218P - Arun Kumar Pillai, S Pass, fixed monthly salary S$3,650; levy S$650 paid by the company.
        Employee 00417 (that's Melissa from Tax, 2nd floor) submitted her son's KK Hospital bill of $2,340 under her own medical benefit.
        Dear Mrs Kaur, your late husband Harpreet Singh's unpaid salary of RM14,820 and EPF arrears will be paid to you as next-of-kin; we will call you at 012-537 8841 to arrange.
        Audit query: why was Teo Hui Min (T1187426B) paid S$8,400 in Sept when she was on no-pay leave for IVF treatment?
        Tenancy confirmation: tenant Mr Samuel Lee, #14-03 The Tessarina, 51 Anamalai Avenue; deposit S$9,600 held by the landlord company.
        HR says Faridah (payroll, JB branch) is going through a divorce and asked that her new address, 14 Jalan Molek 2/9, Taman Molek, 81100 Johor Bahru, not be given to her ex-husband.
        Cheque 004127 for S$18,000 issued to Mr Chia Boon Huat for "consultancy" - he is the CFO's brother-in-law and is not in the vendor master.
        HKID K482913(1) belongs to the casual worker Leung Wai Man, paid HK$620/day in cash without MPF enrolment - breach noted.
        Please reimburse Dr Lee Mei Fong's CPD course fee of S$1,850 - she's our in-house doctor, send the remittance advice to leemeifong.md@gmail.com
        Mr Ng Kim Swee, 58, of Blk 118 Bukit Merah View #05-82 called to say the overdue invoice is his late wife's and he can't pay until probate is granted.
        Amended IR8A for Chong Jia Hui, S7612058G: add director's fee S$24,000 approved at the AGM on 30 Apr 2025.
        Exception: Lim Kok Leong was paid into two bank accounts, UOB 372-301-884-6 and OCBC 601-784520-001, for Jul-Sep.
        Sharifah Nadia's MyKad 010425-01-0844 and her mother's were both used to open supplier accounts - potential fictitious vendor.
        Staff loan of HK$80,000 to Cheung Hoi Ling, repayable HK$3,500/mth over 24 months, secured on her Toyota Sienta, reg. VS 8823.
        Pls note Mr Raymond Loh (Blk 25 Jalan Membina #12-104) disputes the S$6,780 debt and has engaged a lawyer; no further reminders.
        WeChat ID chen_xiaoyu_0819 / +86 138 2651 9047 - that's Chen Xiaoyu on the Shenzhen supplier side, she wants her commission paid into her personal account.
        Hi Mr Tan Boon Seng, your Nov overtime pay is S$1,284.60 (62 hrs at 1.5x); the 10 hrs above the 72-hour cap have been flagged to MOM.
        Laptop FA-IT-0921 is at Rebecca Foo's home, 33 Lorong 27 Geylang #03-11, since her stroke last June - she works remotely now.
        LINE: ms.yuki.hk / +852 6428 1193 - Yuki Tsang, freelance bookkeeper, Oct invoice HK$7,500 paid.
        Ahmad Zaki's basic pay jumped from RM4,800 to RM9,600 in Aug with no increment letter - he is the HR manager's son.
        IR21 for departing Indian national Vikram Rao, FIN F2948173M, leaving SG on 30 Nov; withhold S$21,460 from his final pay.
        Dear Ms Lam Wing Sze (HKID R168352(6)), we refer to your claim for unpaid wages of HK$56,000 lodged with the Labour Tribunal (LBTC 3187/2025).
        Bank statement line "IBG GIRO SAL ANG SOO KIAT 6,430.00" - but Ang Soo Kiat resigned on 31 Aug per HR records.
        Expense claim "medical - psychiatric consult" S$280 by Daniel Sim (HR), pls keep this strictly confidential.
        Hi auditor, I'm a sole proprietor - Hafizah Mohd Noor, 012-384 9152, 23 Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam - can you do my Form B this year?
        Card 5412 6432 8103 6838 exp 04/27 is Encik Ridzuan Hamid's company card, pls book his flight to Kuching with it.
        Payroll variance explained: Evelyn Chua (finance director) took unpaid leave Oct-Dec to care for her daughter, who has leukaemia.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are FinBot, the internal finance assistant of Meridian Logistics Pte Ltd."),
        ("user", "how do I submit a claim for a client lunch?"),
        (
            "assistant",
            "Create a new report in Concur, choose 'Entertainment - external', attach the itemised receipt and list the client company names.",
        ),
        (
            "user",
            "ok it's for me, Aaron Lim Jun Jie, staff ID 2201. I paid with my personal card 4571 4038 3115 2928 and the receipt is in aaron.limjj@gmail.com",
        ),
        (
            "assistant",
            "Noted. Please forward the receipt to your work mailbox and do not share card numbers in chat.",
        ),
    ],
    [
        (
            "user",
            "doing a payroll audit for a small HK client, what's the penalty for not enrolling staff in MPF?",
        ),
        (
            "assistant",
            "Failing to enrol an employee is an offence under the MPF Schemes Ordinance; the MPFA can also impose a financial penalty and the employer must pay the arrears plus a contribution surcharge.",
        ),
        (
            "user",
            "the staff is Ms Ho Yuen Ting, HKID P772104(1), salary HK$19,000, never enrolled for 8 months. how much arrears?",
        ),
        (
            "assistant",
            "Employer and employee contributions of 5% each would be HK$950 per month, so HK$7,600 each over 8 months, plus surcharge.",
        ),
    ],
    [
        ("user", "need to file IR21 for one of our staff"),
        (
            "assistant",
            "Sure. I'll need the employee's name, FIN, last day of employment and income details.",
        ),
        ("user", "name is Karthik Subramaniam"),
        ("user", "FIN G7041952T"),
        ("user", "last day 15 Jan, he's going back to Chennai for good. salary S$7,800 + AWS"),
        (
            "assistant",
            "Thanks. File the IR21 at least one month before he leaves and withhold all monies due to him.",
        ),
    ],
    [
        (
            "user",
            "client's director wants to claim his wife's car as company expense, is that ok under MY tax?",
        ),
        (
            "assistant",
            "Generally no - expenses for a vehicle not used in the business are not deductible and may be treated as a benefit-in-kind to the director.",
        ),
        (
            "user",
            "ya thought so. it's Mr Lee Chong Meng, the car is his wife Tan Siew Lan's Honda City BNM 6612, petrol RM650/mth",
        ),
    ],
    [
        ("user", "draft a short letter to a debtor asking them to confirm their balance"),
        (
            "assistant",
            "Dear [Debtor Name], our auditors are verifying our records. Please confirm the balance of [Amount] owing as at [Date] by signing and returning the attached slip.",
        ),
        (
            "user",
            "fill it in: Mr Kwok Siu Ming, Flat 7D, Block B, Sceneway Garden, Lam Tin, owes HK$23,480 in tuition fees for his son Kwok Tsz Lok",
        ),
    ],
    [
        (
            "system",
            "Context: payroll exception list Q3 - 1) Nurhidayah binti Kamal, IC 980223-14-6204, paid twice in Aug (RM3,950 x2); 2) none further.",
        ),
        ("user", "summarise the exceptions for the audit committee"),
        (
            "assistant",
            "One exception: a duplicate August salary payment of RM3,950 to one employee, to be recovered.",
        ),
    ],
    [
        ("user", "eh how to compute CPF for 62-year-old part timer?"),
        (
            "assistant",
            "For employees above 60 to 65 from 1 Jan 2025 the rates are lower; check the CPF contribution rate table for the current employer and employee shares.",
        ),
        (
            "user",
            "ok it's for my uncle lah, Lim Ah Huat S9025361A, he helps at our kopitiam S$1,600/mth",
        ),
    ],
    [
        ("user", "I think a colleague is inflating her expense claims, what should I do?"),
        (
            "assistant",
            "Please report it through the company's whistleblowing channel with whatever evidence you have.",
        ),
        (
            "user",
            "it's Sharon Wee from marketing, she claimed S$4,200 of taxis in Oct while she was on medical leave after her knee surgery",
        ),
        ("assistant", "Thank you. The whistleblowing officer will handle this confidentially."),
    ],
    [
        ("user", "how to update a director's residential address on bizfile?"),
        (
            "assistant",
            "Log in to BizFile+ with Singpass, select 'Update Company Officers' Particulars', and submit within 14 days of the change.",
        ),
        ("user", "new address Blk 301 Punggol Central #11-457, Singapore 820301"),
        ("user", "director is Goh Jun Wei, NRIC S6678103H"),
    ],
    [
        (
            "user",
            "proofread pls: 'Dear Mr Ramasamy, further to your call from 012-903 4478, we confirm the refund of RM12,000 for your daughter Kavitha's scholarship bond will be credited by 20 Dec.'",
        ),
        (
            "assistant",
            "Suggested: 'Dear Mr Ramasamy, further to your call, we confirm that the RM12,000 refund of your daughter Kavitha's scholarship bond will be credited by 20 December.'",
        ),
    ],
]
