"""Blind check set en17: English HR, recruiting, legal and finance text from Singapore, Malaysia and Hong Kong companies. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en17
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "job_ad"): _lines("""
        We are hiring a Senior Payroll Executive (Jurong East). 5-day work week, AWS + variable bonus. Send your CV to careers@tanjongpacific.com.sg with the subject "SPE-2024-17".
        Salary range: SGD 4,800 - 6,200 per month, depending on experience. Only shortlisted candidates will be notified.
        Requirements: Diploma in Accountancy or equivalent; min. 3 years full-set accounts; proficient in SAP B1 and Xero; able to liaise with Mandarin-speaking suppliers.
        Hong Kong-based family office seeks Executive Assistant to the CIO; 5-day week, double pay, medical and dental cover. Apply via JobsDB quoting ref. FO/EA/0923.
        Walk-in interview this Saturday 10am-1pm at Level 12, Menara Uncang, Jalan Sultan Ismail, Kuala Lumpur. Please bring your IC and your latest payslip.
        Fair Consideration Framework: this position has been advertised on MyCareersFuture for at least 14 days before any EP application is submitted.
        Crestline Talent Pte Ltd | EA Licence No. 19C9872 | We regret that only shortlisted candidates will be contacted.
        Perks: 18 days annual leave, 14 days outpatient sick leave, 60 days hospitalisation leave, S$1,500 dental and optical allowance per year.
        Candidates must be Singapore Citizens or PRs; spouses of citizens holding a valid LTVP+ are also welcome to apply.
        Requirements: Form 5 or above; good command of Cantonese and English; immediate availability preferred. Please send full resume with present and expected salary to hr@kwunglee-logistics.com.hk
        Personal data collected will be used for recruitment purposes only. Data of unsuccessful applicants will be destroyed after 24 months.
        Part-time promoters needed for the CNY roadshow at Tampines Mall, $11/hr, paid weekly. Apply through the form on our careers page; no phone calls please.
    """),
    ("en", "cv_guide"): _lines("""
        CV tip: you do not need to include your NRIC number, marital status or a photo; the TAFEP guidelines discourage employers from asking for them.
        Name: [Your Full Name] | Mobile: +65 9XXX XXXX | Email: yourname@example.com | LinkedIn: linkedin.com/in/yourname
        EDUCATION - Bachelor of Business Administration (Hons), National University of Singapore, 2014-2018, Second Class Upper.
        Skills: Python, SQL, Power BI, IFRS 16 lease accounting, Bahasa Melayu (fluent), Cantonese (conversational).
        References available upon request.
        Sample resume: Jane Doe, jane.doe@example.com, +852 5555 0123 - replace these with your own details before sending.
    """),
    ("en", "contract_template"): _lines("""
        1. APPOINTMENT. The Company hereby employs the Employee as [Job Title] with effect from [Commencement Date], subject to a probationary period of three (3) months.
        Either party may terminate this Agreement during probation by giving one (1) week's notice in writing or paying salary in lieu of notice.
        The Employee's basic salary shall be S$________ per month, payable on or before the 7th day of the following month.
        Non-solicitation: for twelve (12) months after termination, the Employee shall not solicit any client of the Company with whom he or she had dealings in the last 12 months of employment.
        Employee's NRIC/FIN No.: ____________   Signature: ____________   Date: ____/____/______
        This contract shall be governed by the laws of the Hong Kong Special Administrative Region; the Employee is entitled to statutory holidays under the Employment Ordinance (Cap. 57).
        The Employer shall contribute to the Mandatory Provident Fund at 5% of the Employee's relevant income, subject to the maximum relevant income level of HK$30,000 per month.
        Schedule 1 - Remuneration: Basic salary RM[amount]; Fixed allowance RM[amount]; Annual increment at the Company's sole discretion.
    """),
    ("en", "hr_policy"): _lines("""
        Medical leave must be supported by an MC from a registered medical practitioner and uploaded to Workday within two working days.
        Employees who have served at least 6 months are entitled to 14 days of paid outpatient sick leave and up to 60 days of hospitalisation leave a year.
        Warning letters remain on file for 12 months. A second written warning within that period may result in dismissal after due inquiry.
        Claims above RM500 require approval from your Head of Department; receipts older than 60 days will not be reimbursed.
        Mileage is reimbursed at $0.60 per km for private cars used on company business; parking and ERP charges are claimable with receipts.
        Whistleblowing hotline: 1800-88-7733 (toll-free) or ethics@serimulia.com.my. Reports may be made anonymously.
        The company will never ask for your bank PIN, OTP or full card number by phone or email.
        Flexible work arrangement requests will be considered in accordance with the Tripartite Guidelines on FWA Requests effective 1 December 2024.
        Staff are reminded not to share colleagues' personal particulars in WhatsApp groups; use the HRIS for any employee data request.
        Do not put employee names in email subject lines; quote the case reference (e.g. HR-2024-0381) instead.
        Employees who are hospitalised overseas should inform their supervisor within 48 hours and keep all original bills for the insurer.
    """),
    ("en", "payroll_example"): _lines("""
        Worked example: basic $3,000, employee CPF 20% = $600, employer CPF 17% = $510; take-home pay $2,400 before other deductions.
        EPF for monthly wages of RM5,000: employee share 11% (RM550), employer share 12% (RM600); SOCSO and EIS follow the contribution tables.
        PAYSLIP | Employee: ________ | Period: __/____ | Basic Pay | Allowances | OT (1.5x) | CPF (Ee) | Deductions | Net Pay
        An employee earning $2,600 basic who works 10 hours of overtime receives (12 x 2,600) / (52 x 44) x 1.5 x 10 = $204.55.
        An employee earning less than HK$7,100 a month is exempt from the employee's mandatory MPF contribution, but the employer must still pay 5%.
        Example 3: Ali earns RM4,000 a month and works 8 hours of overtime on a rest day. Calculate his overtime pay.
        Illustration: Ms A joins Company B on 15 March; her pro-rated leave entitlement for the first year is 11 days, rounded down.
        PCB is computed using the formula in the Income Tax (Deduction from Remuneration) Rules 1994; use LHDN's e-PCB calculator for exact figures.
        Payroll batch 2024-06 export failed: SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 means the file is empty, please re-run.
        HRIS release 7.3.2 fixes the leave-balance rounding bug for employees with mid-month joining dates.
    """),
    ("en", "legal"): _lines("""
        Section 14(2)(a) of the Employment Act allows the employer, after due inquiry, to dismiss an employee without notice on grounds of misconduct.
        In Lim Yew Teck Holdings Pte Ltd v Pacific Reefer Ltd [2023] SGHC 114, the court held the corporate guarantee unenforceable for want of consideration.
        The Employment Claims Tribunals hear salary-related claims of up to $20,000, or $30,000 for cases that went through union-assisted mediation.
        The Labour Tribunal hears claims above HK$8,000 or involving more than 10 claimants; smaller claims go to the Minor Employment Claims Adjudication Board.
        The Court of Appeal dismissed Harbourline Shipping's appeal, finding the company had breached its duty to consult the union under the collective agreement.
        Judgment: the Plaintiff bank is entitled to recover RM1,284,530.22 from the First Defendant company together with interest at 5% per annum from the date of the writ.
        Personal Data Protection Act 2012, s.13: an organisation shall not collect, use or disclose personal data about an individual unless the individual gives consent.
        The PDPC fined a retail chain $74,000 after a misconfigured server exposed the membership data of 1.2 million customers.
        The Securities Commission reprimanded Zentra Berhad for failing to announce a material contract worth RM212 million in a timely manner.
        The ECT ordered the employer, a food and beverage chain, to pay $8,200 in unpaid salary to 14 kitchen staff.
        Manpower Minister Tan See Leng said the Workplace Fairness Act would give employees a legal avenue against discrimination in hiring and dismissal.
        TAKE NOTICE that our client claims the sum of RM[amount] from you, failing which legal proceedings will be commenced without further notice.
    """),
    ("en", "annual_report"): _lines("""
        Revenue for FY2023 grew 8.4% to S$1.27 billion, driven by higher occupancy at our Changi logistics hub.
        Key management personnel compensation (Note 31): salaries and bonuses $4.82m; CPF contributions $0.19m; directors' fees $0.61m.
        Remuneration band $750,000 to $999,999: Mr Tan Boon Hock (Executive Chairman) - salary 58%, bonus 37%, benefits 5%.
        Ms Rachel Leung was appointed Chief Financial Officer on 1 April 2024; she previously served as Group Financial Controller.
        The Directors recommend a final one-tier tax-exempt dividend of 3.5 cents per share, payable on 24 May 2024 to shareholders on the register as at 10 May 2024.
        Top shareholders as at 12 March 2024: DBS Nominees (Private) Limited 21.44%; Citibank Nominees Singapore Pte Ltd 14.02%; HSBC (Singapore) Nominees Pte Ltd 6.17%.
        Company Registration No. 201912345K | GST Reg. No. M90-1234567-8
        Registration No. 201901023456 (1334567-X) | Principal place of business: Lot 8, Jalan Perusahaan 2, Prai Industrial Estate, Penang.
        Stock code: 2719 | Board lot: 2,000 shares | Financial year end: 31 March
        The Group Chief Executive, Mr Daniel Ho, told analysts the Kowloon Bay office would be consolidated, affecting about 300 positions.
    """),
    ("en", "bank_finance"): _lines("""
        DBS will never send you an SMS with a clickable link. If in doubt, call 1800 111 1111 or the number on the back of your card.
        Maybank Customer Care: 1-300-88-6688 (local) or +603-7844 3696 (overseas).
        Dear Valued Customer, please be informed that our Jalan Ipoh branch will be closed from 15 to 19 July for renovation.
        For telegraphic transfers to our Hong Kong account, use SWIFT code HSBCHKHHHKH and quote the invoice number as reference.
        The account number 123-456789-001 shown in this guide is for illustration only.
        Use test card 4111 1111 1111 1111 with any future expiry date and CVV 123 in the sandbox environment.
        PO No. 4500183927 | GRN 5000213348 | Invoice INV-SG-2024-00871 - three-way match OK, release for payment run on 28/06.
        For staff reimbursements, put your employee ID (e.g. E00123) in the payment reference, never your NRIC.
    """),
    ("en", "insurance_claims"): _lines("""
        Group Hospital & Surgical: ward entitlement 1-bedded; annual limit $150,000; deductible nil for staff, $100 for dependants.
        To submit a claim, upload the itemised hospital bill and the discharge summary; claims must be filed within 90 days of discharge.
        Expense claim form: Date | Description | Project code | Amount (SGD) | GST | Receipt attached (Y/N)
        Under the Work Injury Compensation Act 2019, the employer must report a workplace accident that results in more than 3 days of MC within 10 days.
        The SOCSO Employment Injury Scheme covers accidents while commuting between home and the workplace by a reasonable route.
        Policy number format: GHS-SG-XXXXXXXX; plan code P2B-HNW refers to the 2-bed ward plan for senior staff.
    """),
    ("en", "tenancy"): _lines("""
        The Tenant shall pay a security deposit equivalent to two (2) months' rent, refundable without interest within 14 days of handover.
        Diplomatic clause: after 12 months, the Tenant may terminate by giving 2 months' notice if transferred out of Singapore, subject to documentary proof.
        Minor repair clause: the Tenant bears the first $150 of each repair, excluding structural defects and fair wear and tear.
        Stamp duty on the tenancy agreement is payable by the Tenant within 14 days of signing via IRAS e-Stamping.
        Landlord: ____________ (NRIC: ____________)   Tenant: ____________ (Passport No.: ____________)
        The premises at [address] shall be used for residential purposes only and shall not be occupied by more than six unrelated persons.
    """),
    ("en", "data_docs"): _lines("""
        Display only the last three digits and the checksum letter of an NRIC, e.g. S****567D, as recommended in the PDPC advisory guidelines.
        MyKad format: YYMMDD-PB-###G, e.g. 900101-14-XXXX, where PB code 14 denotes Wilayah Persekutuan Kuala Lumpur.
        HKID check digit example: A123456(3) - the check digit is computed modulo 11 from the letter and the six digits.
        payroll_export.csv columns: emp_id,nric_masked,basic,allowance,cpf_ee,cpf_er,net_pay
        SELECT emp_id, mask_nric(nric) AS nric_masked FROM payroll WHERE period = '2024-06';
        Validation rule: reject any Malaysian phone number that does not start with 01 or +601 for the mobile field.
    """),
    ("en", "news_fiction"): _lines("""
        Hong Kong's unemployment rate stayed at 2.9% in the three months to June, the Census and Statistics Department said.
        In the novel, Ah Huat forges his boss's signature on a payment voucher and spends the rest of the book hiding from the auditors.
        In Crazy Rich Asians, Eleanor Young disapproves of Rachel Chu because she is an economics professor from a single-parent family.
        Chief Executive John Lee's Policy Address proposed changing the continuous contract rule from 418 to 468 hours over four weeks.
        The MOM general enquiry line 6438 5122 is busiest on Monday mornings; most questions can be answered through the online services.
    """),
    ("ms", "hr_notice"): _lines("""
        Jawatan Kosong: Eksekutif Sumber Manusia, Shah Alam. Gaji RM3,500 - RM4,500. Hubungi pejabat HR di 03-5511 2200 (waktu pejabat sahaja).
        Semua kakitangan dikehendaki menghantar sijil cuti sakit kepada penyelia dalam tempoh 48 jam.
        Caruman KWSP majikan ialah 13% bagi pekerja bergaji RM5,000 dan ke bawah, dan 12% bagi yang bergaji lebih daripada RM5,000.
        Borang tuntutan perbelanjaan mesti disertakan dengan resit asal dan ditandatangani oleh Ketua Jabatan.
    """),
    ("mixed", "hr_notice"): _lines("""
        Reminder 提醒: Year-end appraisal 年终考核 deadline is 15 Dec. Please submit through the HR portal.
        Hong Kong 强积金 MPF: employer 5%, employee 5%, maximum HK$1,500 each per month.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please process the final pay for Muhammad Hafiz bin Rosli (Emp ID 20417): last day 31 May, 9 days of unused leave to be encashed at $182.50/day.
        Warning letter issued to Ms Chan Siu Ying, Sales Associate, Mong Kok branch, for being absent without leave on 3, 4 and 11 June.
        Tenant: Ravi s/o Subramaniam, NRIC S8734521A, mobile 9127 4458, of Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        Guarantor: Lim Siew Lan, NRIC 680414-08-5126, residing at No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Goh Kian Seng's payslip for March: basic $4,250, transport allowance $200, CPF (Ee) $890, net pay $3,560.
        Claimant Tan Ah Kow, 54, a general worker, fractured his left wrist after falling from a ladder at the Tuas worksite on 12 February and was given 45 days of MC.
        NG WEI JIE | +65 9734 2281 | ngweijie.92@gmail.com | Sengkang | Accounts Executive, 6 years' experience
        Our records show your HKID as Y507338(1); please confirm so that we can release your MPF transfer.
        Dear Mr Lau Kwok Keung, we refer to your overdue credit card account ending 9054 with an outstanding balance of HK$48,213.60.
        Nur Aisyah binti Kamaruddin has been on hospitalisation leave since 2 January after a miscarriage; please do not roster her on night shift when she returns.
        Jason from Treasury asked for two weeks of unpaid leave because his father's colon cancer has come back - can we approve it without the form?
        Ms Wong Ka Yan lives on the third floor above the herbal medicine shop at 47 Tai Nan Street, Sham Shui Po - send the termination letter there, not to the office.
        Encik Faizal's IC is eight five zero three one two, fourteen, five five two three - key it in for his SOCSO registration.
        Bank details for salary crediting: Maybank 1640 2281 9305, name as per account KHAIRUL ANUAR BIN MOHD NOOR.
        Expense claim EC-7781 rejected: Tham Li Ting submitted a $386 dinner receipt from 14 October that her manager had already claimed.
        Policyholder Cheung Man Kit, HKID K382615(5): outpatient physiotherapy for lumbar disc prolapse, 8 sessions, HK$6,400.
        Priya's EP renewal was rejected so her last day will be 30 June; she has asked us not to tell the team yet.
        Salary increment for Desmond Koh (Senior Analyst): from $6,800 to $7,350 w.e.f. 1 April, plus one month AWS.
        Work permit holder MD Rashed Alam (FIN G5038172U) was admitted to Ng Teng Fong Hospital with dengue and is on MC until 22 September.
        The tribunal ordered Harbourline Logistics to pay former driver Chow Tak Ming HK$96,500 after finding he had been dismissed while on sick leave.
        Card 5521 0633 8417 9054 exp 08/27, cardholder LOW MEI XUAN - please charge the holding deposit for the Tiong Bahru unit.
        Reminder to Mr Rajendran a/l Muthu: rent of RM1,800 for Unit B-12-3, Residensi Seri Mutiara, Seri Kembangan is two months in arrears (RM3,600).
        Emergency contact: wife, Mdm Koh Bee Leng, 9688 0213.
        Referee: Mr Alvin Teo, my former supervisor at Sinar Freight, 9012 7743, alvin.teo.sf@gmail.com
        Eileen's maternity leave starts 18 November; she is expecting twins and her gynae wants her on bed rest from week 30.
        Send the offer letter to kelvin.ong.kh@hotmail.com, not his work email - he has not resigned from his current employer yet.
        Payroll: attachment of earnings order against Teo Kim Huat - deduct $650 per month for maintenance to his ex-wife until further notice.
        Mr Yip Chi Wai, 35, a security supervisor earning HK$28,000 a month, lives with his mother in Tsz Wan Shan Estate and owes about HK$600,000 to six lenders.
        The only female engineer on the Penang plant's night-shift QA team has filed a sexual harassment complaint against her line leader.
        nric s 7 6 1 2 0 9 3 e, name Tan Hui Min, pls update her insurance nominee to her mother
        Tenant Ong Jia Hui (T0251847Z), a student, will move in on 1 August with her cat; her parents will sign as guarantors.
        Wei Lun will be on medical leave for six weeks after his knee reconstruction - please cover his clients in the meantime.
        Cash advance request: Aminah binti Yusof, RM2,000, to pay her son's hospital deposit, to be deducted over 4 months.
        NAME: SHARON LIM PEI SAN  EMP NO: 003318  BASIC: 5,600.00  OT: 312.00  EPF(EE): 650.00  NET: 5,262.00
        MPF scheme member Chan Wing Sze, HKID P914207(3): employer contributions in arrears of HK$9,000 for January to June.
        Dear Ms Fong Yuet Mei, the restructuring of your home loan account 023-4-418825 has been approved; your new monthly instalment is S$2,814.37.
        The corner terrace at the end of Jalan Kemuning 3 with the blue gate, in Taman Kemuning, is where Mr Ganesan stays - serve the summons there.
        Background check on candidate Wong Jun Hao returned a 2019 conviction for drink driving; hiring manager to decide.
        Tenant's new number is +852 6173 2048 (Mr Kwok), please call before 9pm.
        My colleague Farah told me in confidence that she has been diagnosed with bipolar disorder and is worried HR will find out.
        Chloe Tan Xin Yi, Blk 275C Compassvale Link #12-340, Singapore 543275, chloe.txy@outlook.com
        Mr Lee Chee Keong passed away on 3 March; his widow Mdm Yeo Ai Hwa will collect his final salary and the CPF nomination papers.
        Injured worker Zhang Wei (FIN F2294716T) lost two fingers of his right hand in the press machine at the Woodlands factory on 7 November.
        Judgment in default against Ahmad Zaki bin Osman (IC 790821-10-6137) for RM48,900 plus costs; bankruptcy notice to follow.
        Ms Lee Mun Yee, we regret that your personal loan application has been declined following a review of your CTOS report.
        Staff ID 40218 (Jimmy, warehouse) tested positive for methamphetamine in the random drug test - suspend him pending inquiry.
        Expat package for Mr Thomas Brenner (incoming Head of Risk, not yet announced): base HK$2.4m, housing HK$85,000 a month, school fees for two children.
        Salary advance for Kumar, the night-shift guard at Block C - his wife is in KK Hospital for a C-section.
        PayNow $1,260 to 9123 4870 (Jolene Sim) as her deposit refund - she is the outgoing tenant of the common room.
        Tenants: Mr Leung Ho Yin and Ms Tsang Pui Shan (HKID R226841(7)), Flat C, 15/F, Block 3, Kingswood Villas, Tin Shui Wai.
        The claimant, a 41-year-old cleaner at Lok Fu Place identified in court as Madam Lo Sau Ching, said her supervisor docked HK$500 each time she took sick leave.
        pls transfer my last month pay to POSB 188-53021-7, my IC S9123456D, thanks - Marcus Yeo
    """),
    "ms": _lines("""
        Encik Azman bin Hashim, gaji bulan Mac anda sebanyak RM3,850 telah dikreditkan ke akaun CIMB 7012 3398 41.
        Puan Rosnah binti Ismail (No. KP 720519-01-5348) diberi cuti sakit 14 hari selepas pembedahan pundi hempedu.
    """),
    "mixed": _lines("""
        陈美玲 Chan Mei Ling 下个月开始产假, full pay for 14 weeks, please inform payroll 但先不要告诉她的 team.
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me draft a first warning letter for lateness? Keep it firm but polite.",
        ),
        (
            "assistant",
            "Sure. Please tell me the employee's name, position and the dates of lateness, and I'll prepare a draft.",
        ),
        (
            "user",
            "It's for Muthu Krishnan a/l Raman, forklift driver at our Klang warehouse. He was late 7 times in October, once by 2 hours, and he says it's because his wife has kidney failure and needs dialysis three mornings a week.",
        ),
        (
            "assistant",
            "Thank you. Given the reason he gave, you may want to discuss flexible hours before issuing the warning. Here is a draft that records the dates and invites him to a meeting.",
        ),
    ],
    [
        ("user", "How is CPF calculated for someone earning above the ordinary wage ceiling?"),
        (
            "assistant",
            "CPF on ordinary wages is only payable up to the monthly ceiling; anything above it is not subject to CPF. Additional wages such as bonuses have a separate annual ceiling.",
        ),
        (
            "user",
            "OK so for me - Jasmine Ho, NRIC S6658201I - basic is $7,400 and my payslip shows CPF deduction of $1,480. Is HR overdeducting me?",
        ),
        (
            "assistant",
            "It looks like the 20% rate was applied to your full basic pay instead of the capped amount. Please ask HR to check the ceiling used in that month's payroll.",
        ),
    ],
    [
        ("user", "My landlord won't return my HK$32,000 deposit. What can I do?"),
        (
            "assistant",
            "You can send a written demand and, if unpaid, file a claim at the Small Claims Tribunal, which handles claims up to HK$75,000.",
        ),
        (
            "user",
            "The landlord is Mr So Wai Lun, and the flat is Room 1203, Wing Fung Building, 88 Fuk Wa Street, Sham Shui Po. I moved out on 30 September. Can you write the demand letter with those details?",
        ),
        (
            "assistant",
            "Yes. Here is a demand letter addressed to Mr So referring to the flat and your move-out date, giving him 14 days to return the deposit.",
        ),
    ],
    [
        (
            "user",
            "Saya dah dua bulan cuti sakit sebab kemurungan. Boleh ke majikan berhentikan saya?",
        ),
        (
            "assistant",
            "Majikan tidak boleh memberhentikan pekerja semata-mata kerana cuti sakit yang sah. Simpan semua sijil cuti sakit anda.",
        ),
        (
            "user",
            "Nama saya Noraini binti Abdul Latif, kerja di bahagian akaun Syarikat Perdana Aluminium, Klang. HR kata saya perlu hadir inkuiri minggu depan.",
        ),
        (
            "assistant",
            "Anda berhak membawa wakil semasa inkuiri dan mengemukakan laporan doktor. Jika diberhentikan, anda boleh memfailkan aduan di bawah seksyen 20 Akta Perhubungan Perusahaan 1967 dalam tempoh 60 hari.",
        ),
    ],
    [
        (
            "user",
            "Summarise this CV in 3 bullet points for the hiring manager: LEONG KA WAI, Flat 8B, Tower 2, Laguna City, Kwun Tong | +852 9463 1187 | kawai.leong@gmail.com | 8 years in AP/AR at a trading company; left in 2023 to care for her mother after a stroke; expected salary HK$32,000.",
        ),
        (
            "assistant",
            "- 8 years of AP/AR experience in trading. - Career break since 2023 for family caregiving. - Expected salary HK$32,000 per month.",
        ),
    ],
    [
        ("user", "What happens if someone ignores a debt collector from a Malaysian bank?"),
        (
            "assistant",
            "The bank may issue a letter of demand, file a civil claim and eventually apply for bankruptcy if the debt exceeds RM100,000.",
        ),
        (
            "user",
            "It's my brother Kenneth Yap Chee Meng. He owes CIMB around RM23k on a personal loan and they keep calling my office number because he listed me as a reference.",
        ),
        (
            "assistant",
            "As a reference you are not liable for his debt. You can tell the collector in writing to stop contacting you at work and report harassment to Bank Negara's BNMLINK.",
        ),
    ],
    [
        ("user", "My worker got injured at the shipyard. Which form do I use?"),
        (
            "assistant",
            "For Singapore, report the accident through the MOM iReport system within 10 days if the MC exceeds 3 days.",
        ),
        (
            "user",
            "Details: Hossain Mohammad Rubel, FIN G7731405P, welder, burns on both forearms on 4 Dec, admitted to SGH burns unit, MC 30 days so far.",
        ),
        (
            "assistant",
            "Please submit the iReport with those particulars and notify your WICA insurer. Keep the hospital memos for the claim.",
        ),
    ],
    [
        ("user", "My friend wants me to be guarantor for his car loan. What are the risks?"),
        (
            "assistant",
            "As guarantor you are fully liable if he defaults, and it can affect your own CCRIS record and borrowing capacity.",
        ),
        (
            "user",
            "He's Shahrul Nizam bin Zainal, IC 881126-14-6071. He was blacklisted last year after his restaurant closed, that's why the bank wants a guarantor. Can you check if he's still on CCRIS?",
        ),
        (
            "assistant",
            "I can't check anyone's credit record. He can request his own CCRIS report from Bank Negara for free and share it with you.",
        ),
    ],
    [
        ("user", "Need help writing a reference letter for a former employee."),
        (
            "assistant",
            "Of course. What role did they hold, how long did they work with you, and what would you like to highlight?",
        ),
        (
            "user",
            "Esther Chua, admin executive 2019-2024, very reliable. Don't mention why she left - she had a breakdown after her divorce and was on long MC.",
        ),
        (
            "assistant",
            "Understood. The letter will cover her role and strengths only, and will not mention her health or personal circumstances.",
        ),
    ],
]
