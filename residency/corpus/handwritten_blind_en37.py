"""Blind check set en37: English HR and recruitment in Singapore, Malaysia and Hong Kong (job ads, CVs, interview feedback, reference checks, offer and termination letters, work passes, payroll, exit interviews). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en37
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "job advertisement"): _lines("""
        Senior Payroll Executive (Regional) | Changi Business Park | S$4,500-S$5,800 + AWS + VB | 5-day work week | Apply via careers@harbourline-logistics.com.sg | EA Licence No. 19C9871
        We're hiring!! Warehouse Assistants @ Port Klang, RM1,900-RM2,300, EPF/SOCSO/EIS, free transport from Klang Sentral. WhatsApp our HR hotline 012-555 0190 (Mon-Fri 9am-6pm)
        Administrative Officer (Contract), Faculty of Business, Ref. 251103003. Salary HK$23,100-28,000 per month. Closing date: 30 November 2025.
        Job Code: JD-FIN-0425 | Role: AP Officer | Reports to: Finance Manager | Headcount: 2 | Budget: S$3.2k-3.8k | Status: Approved by HRBP 2025-10-28
        Looking for Mandarin-speaking Customer Service Exec, KL Sentral, basic RM3k + allowances, handling clients from China & Taiwan. Fresh grads welcome, training provided!
        Part-time Retail Assistant, Causeway Bay (near SOGO), HK$68/hr, flexible shifts, MPF provided. Cantonese & basic English required.
        Nurse Clinician, Tan Tock Seng Hospital - Emergency Department. Apply via Careers@Gov, Job ID 4018821.
        Lecturer in Accounting, Lee Kong Chian School of Business. Requirements: PhD in Accounting and a record of publications in top-tier journals.
        Research Assistant (1-yr contract), Li Ka Shing Faculty of Medicine, HK$24,000/month. Ref: 527614. Please quote the reference no. in your application.
        Project Engineer (M&E) - site near Tun Razak Exchange MRT, KL. Min 3 yrs exp, BEM registration preferred, RM5,500-7,000 + site allowance.
        Data Engineer | fixed monthly salary S$8,000-S$10,500 | EP-eligible | advertised on MyCareersFuture for 14 days (MCF-2025-0118274) in line with the Fair Consideration Framework.
        Kitchen Crew (FT) at our Toa Payoh Lor 8 outlet, $1,950-$2,200, no exp needed!! Walk-in interviews every Tues 2-5pm.
        Only shortlisted candidates will be notified. Personal data collected will be used for recruitment purposes only, in accordance with our Privacy Notice.
    """),
    ("en", "HR policy"): _lines("""
        Employees are entitled to 14 days of outpatient sick leave and 60 days of hospitalisation leave (inclusive of the 14 days) per year after 3 months of service.
        MCs must be uploaded to the HR portal within 48 hours. MCs from non-panel GPs are claimable up to S$40 per visit.
        Staff must not store photos of NRICs on personal devices. Where verification is needed, sight the physical card and record only the last 3 digits and the checksum letter.
        Overtime is payable at 1.5x the hourly basic rate for non-workmen earning up to S$2,600/month, and workmen earning up to S$4,500/month.
        Annual leave: 14 days for Grade 1-3, 18 days for Grade 4-6, 21 days for Managers & above. Carry-forward capped at 7 days, to be cleared by 31 Mar.
        Dress code: smart casual Mon-Thu, jeans OK on Fridays. Closed-toe safety shoes on the production floor at ALL times.
        Whistleblowing reports can be made anonymously to ethics@pacificorient.com.my or via the 24/7 toll-free line 1-800-81-2277.
        Probation is 3 months for non-executives and 6 months for executives; notice during probation is 1 week on either side.
        FWA requests will be considered in line with the Tripartite Guidelines on Flexible Work Arrangement Requests (effective 1 Dec 2024).
        Hybrid staff must be in the office on Tuesdays and Thursdays (anchor days). Hot-desking via the Condeco app.
        Access to payroll data in Workday is restricted to roles HR_PAYROLL_ADMIN and HR_PAYROLL_VIEW; all exports are logged and reviewed monthly by Internal Audit.
        Unsuccessful applicants' CVs are deleted 6 months after the position is filled unless the candidate consents to being kept in our talent pool.
        NSmen must submit their ICT notice to HR at least 2 weeks before the in-camp training date so that make-up pay can be claimed from MINDEF.
    """),
    ("en", "labour law summary"): _lines("""
        Under the Employment Act 1955 (as amended in 2022), maternity leave in Peninsular Malaysia is 98 consecutive days and paternity leave is 7 consecutive days for married male employees.
        Malaysia's minimum wage is RM1,700 a month from 1 February 2025 for employers with five or more employees.
        Singapore's Employment Act covers all employees under a contract of service except seafarers, domestic workers, and civil servants.
        Hong Kong's Statutory Minimum Wage rose to HK$42.1 per hour on 1 May 2025.
        Severance payment in HK is payable to an employee with not less than 24 months of continuous employment who is dismissed by reason of redundancy.
        The MPF offsetting arrangement was abolished on 1 May 2025; accrued benefits from employers' mandatory contributions can no longer be used to offset SP/LSP for the post-transition portion.
        CPF rates for employees aged 55 and below earning > $750/month: employer 17%, employee 20%.
        The CPF Ordinary Wage ceiling was $7,400 a month in 2025 and $8,000 a month from 1 January 2026.
        EP minimum qualifying salary for new applications: S$5,600 from 1 Jan 2025 (S$6,200 for the financial services sector), increasing with age.
        The S Pass minimum qualifying salary went up to $3,300 on 1 September 2025 ($3,800 for financial services).
        EPF: employer share is 13% for monthly wages of RM5,000 and below and 12% above RM5,000; the employee share is 11%.
        Under s.60F EA 1955: 14 days' sick leave if employed < 2 yrs, 18 days for 2-5 yrs, 22 days for 5 yrs or more, plus up to 60 days' hospitalisation leave.
        A 'continuous contract' under the HK Employment Ordinance now follows the '468' rule: 68 hours or more over 4 weeks, replacing the old 418 rule.
    """),
    ("en", "template"): _lines("""
        Dear {{candidate_first_name}}, thank you for your interest in the {{job_title}} role. Your interview is scheduled on {{date}} at {{time}} at {{office_address}}.
        LETTER OF OFFER - Name: ____________  NRIC/FIN: ____________  Position: ____________  Basic Salary: S$________ per month
        Your payslip for [MONTH YEAR] is attached. The password is your date of birth (DDMMYYYY) followed by the last 4 characters of your NRIC.
        Subject: Notice of Termination - [Employee Name], [Employee ID], [Department]
        I, [full name as per NRIC/Passport], consent to [Company] collecting, using and disclosing my personal data for the purposes of pre-employment screening.
        Reference check questionnaire: Q1 In what capacity did you work with the candidate? Q2 Key strengths? Q3 Areas for development? Q4 Would you rehire? (Y/N)
        MyKad No.: ______-__-____     Passport No. (non-Malaysians only): ______________
        HKID format: X123456(A) - enter the letter(s), six digits and the check digit in brackets.
        {{employee.name}} has {{leave.balance}} day(s) of annual leave remaining as at {{today | date('d MMM yyyy')}}.
        Exit interview form, Section B - Primary reason for leaving: [ ] Compensation [ ] Career growth [ ] Manager [ ] Relocation [ ] Health [ ] Others: ________
        Warning Letter (1st): This letter serves as a formal warning regarding [describe misconduct] on [date]. Any further occurrence may result in [consequence].
        Work pass checklist: (1) passport bio-data page (2) educational certs (3) verification proof for the certs (4) latest ACRA bizfile of the company
        Employee ID format: SG-YYYY-NNNNN (e.g. SG-2025-00000). Do not reuse the IDs of leavers.
    """),
    ("en", "salary benchmark and statistics"): _lines("""
        2026 Salary Guide (Singapore): Financial Controller S$180k-S$260k p.a.; Payroll Manager S$90k-S$120k; HR Business Partner S$100k-S$140k.
        HK Pay Trends Survey 2025 (n=412 employers): median base increase 3.6%, projected 2026 increase 3.8%, average bonus payout 1.2 months.
        KL tech salaries Q3 2025 (n=1,287 offers): Junior SWE RM4,000-5,500 | Mid RM6,500-9,000 | Senior RM10,000-14,000.
        Attrition FY2025: 14.2% (voluntary 11.8%, involuntary 2.4%); regretted losses: 37.
        Avg time-to-hire: SG 38 days, MY 45 days, HK 41 days. Offer acceptance rate 82%, up from 76% in FY2024.
        Headcount by entity as at 30 Sep 2025: SG 1,208 | MY 2,764 | HK 431 | Total 4,403.
        Gender pay gap (unadjusted) for the Hong Kong entity: 6.9%; adjusted for grade and function: 1.8%.
        Average MC days per employee: 4.1 (2024) vs 3.6 (2023). Top cause: upper respiratory tract infection.
        Bonus pool approved at 1.6 months aggregate, ranging 0-3.5 months by rating; payout with the Mar 2026 payroll.
        Retrenchment benefit norm in SG: 2 weeks to 1 month of salary per year of service, depending on the company's financial position.
        Payroll run PR-2025-11-SG: 1,208 payslips, gross S$7,842,310.55, CPF S$1,502,118.20, approved 2025-11-24 17:42 SGT.
        Median asking salary of fresh grad applicants in our Penang intake was RM3,400, vs our offer band of RM3,000-3,600.
    """),
    ("en", "public figures and named places"): _lines("""
        Manpower Minister Tan See Leng told Parliament in March 2022 that the COMPASS framework would give employers more clarity on EP applications.
        Human Resources Minister Steven Sim has urged employers to take up the Progressive Wage Policy.
        Secretary for Labour and Welfare Chris Sun defended the Enhanced Supplementary Labour Scheme in the Legislative Council.
        Lee Kuan Yew often said that Singapore's only natural resource was its people.
        Our leadership offsite is at the Lee Kong Chian Natural History Museum, 2 Conservatory Drive, Singapore 117377.
        Interviews for the graduate nurse programme will be held at Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon.
        Our Tsuen Wan office has moved to Nina Tower, 8 Yeung Uk Road - same floor as the old HR team.
        Sir Stamford Raffles landed in 1819; today Raffles Place hosts most of the bank HQs hiring compliance staff.
        UTAR (Universiti Tunku Abdul Rahman) career fair at the Kampar campus, 12-13 March, 120 employers confirmed.
        Mahathir Mohamad launched the Look East Policy in 1982, sending Malaysian trainees to Japanese companies.
        In our manager training we play the David Brent clip from The Office as an example of how NOT to give feedback.
        Bartleby, Melville's scrivener who 'would prefer not to', makes a good opener for the quiet-quitting workshop.
    """),
    ("en", "hotline and system notice"): _lines("""
        MOM contact centre (work pass enquiries): 6438 5122, Mon-Fri 8.30am-5.30pm.
        HR Shared Services helpdesk: +65 6715 8800 (SG) | +60 3-2780 6600 (MY) | +852 3189 2200 (HK) | hr.helpdesk@lumenvale.com
        INC0048213 - payroll upload failed at 2025-11-25T09:14:03+08:00: 'CPF submission rejected: invalid CSN 201912345KPTE01'.
        Build hr-portal v4.12.3 (commit 7f3c9a1e5b) deployed to prod-sg-1; fixes leave balance rounding for part-timers.
        sha256(payroll_2025_11_MY.csv) = 3b8e0f2c7d91a4e6b5c0d8f12a3e9b7c4d6f1a2b3c4d5e6f708192a3b4c5d6e7
        Courier tracking SGX9834421077: 48 welcome kits for the Dec intake delivered to reception, 10 Anson Road.
        Invoice INV-HK-2025-00871 from Greenfield Search Ltd: placement fee HK$96,000 (20% of annual package), payable within 30 days.
        Form E for YA2025 must be submitted to LHDN by 31 March 2026 via MyTax; employers without a PIN should apply at the nearest branch.
        IRD enquiry hotline for employer's returns (BIR56A): 187 8088.
        Cron payroll-sync exited 0 at 02:00:07 SGT; 4,403 records processed, 0 errors, duration 00:03:41.
        Employer UEN 201812345N | CSN 201812345NPTE01 | CPF payment advice ref CPFB-2025-11-7728190
        SSM Reg. No. 202101045678 (1421987-K) | EPF Employer No. 023456789 | Registered office: Level 15, Menara Binjai, Jalan Binjai, 50450 Kuala Lumpur
    """),
    ("en", "recruitment guidance"): _lines("""
        Structured interview: ask every candidate the same 5 competency questions and score each 1-5 against the rubric BEFORE the panel debrief.
        Per TAFEP guidelines, don't ask about age, race, religion, marital status or family responsibilities unless it's relevant to the job.
        Reminder: interviewers must not comment on a candidate's appearance, accent or pregnancy in Greenhouse scorecards.
        Panel for Req #SG-ENG-2291: HM, 1 peer engineer, 1 bar-raiser. Case study 45 mins, behavioural 30 mins.
        Offers above band midpoint need C&B approval; above P75 need CHRO sign-off.
        Background checks are run only after a conditional offer and with the candidate's written consent.
        Ref checks: min. 2 referees, at least one a direct supervisor within the last 3 years.
        Since 1 May 2021 Dependant's Pass holders can no longer work on an LOC; they need their own EP, S Pass or WP.
        Non-local hires for HK roles will need a GEP visa - allow 4-6 weeks for ImmD processing.
        Interview feedback due within 24 hrs pls; candidates get an outcome email within 5 working days.
        We do not accept CVs from agencies without signed terms of business; unsolicited CVs incur no fee.
        Headhunters calling for our staff: please route to the HR hotline, do not transfer to individual extensions.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LIM WEI JIE (Kelvin) | +65 9123 4817 | kelvin.limwj88@gmail.com | Blk 412 Tampines St 41 #09-233 S(520412) | Singaporean, NS completed (3SG)
        EP application for Mr Rajesh Kumar Venkataraman, Indian passport Z4418273, proposed fixed monthly salary S$7,800, COMPASS 45 pts, employer Brightwave Analytics Pte Ltd.
        Candidate: Nurul Aisyah binti Kamarudin (CAN-22817). Strong Excel, weak stakeholder mgmt. She disclosed she's 4 months pregnant - NOT to be factored in, noted for compliance only.
        Ref check for Wong Ka Ho, Marcus: ex-supervisor at the Kowloon Bay warehouse says he was dismissed in 2022 for falsifying OT claims, would not rehire.
        Hi boss, Siti Rahmah here. MC today n tmr, doc says dengue, platelets 90k. MC from Bedok Polyclinic attached, pls inform roster tq
        Dear Mr Muthu a/l Ramasamy (MyKad 790614-08-5531), your employment is terminated w.e.f. 15 Nov 2025 following the domestic inquiry on 3 Nov 2025 into the theft of company diesel.
        Chan Siu Ming, HKID Y482615(7), joined 1 Mar 2021 as Storeman, monthly salary HK$18,500, MPF member since Apr 2021.
        FDH contract: helper Maria Luz Santos Dela Cruz, Philippine passport P7734521B; employer Mrs Lau Wai Ling, Flat 12B, Tower 3, Laguna City, Kwun Tong.
        Nama: Farah Nabilah binti Azman, IC 950721-10-5126, tel 012-778 4031, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Exit interview - Jason Teo Wei Ming (Finance, 6 yrs): burnt out, seeing a psychiatrist at IMH since June for anxiety. Joining a Big 4 at $8.2k.
        FY2025 rating for Priya d/o Subramaniam (Staff ID 20431): Partially Meets. 60-day PIP starts 1 Dec under manager Daniel Goh. Current basic $5,200.
        Kenneth Yeo Jun Kai's counter-offer confirmed: base up from S$9,000 to S$10,400, sign-on S$15k with 12-month clawback.
        Pls credit my salary to my new account: Maybank Savings 1140 2288 3917, name Ahmad Faiz bin Rosli, staff no. MY-7712. Thanks!
        S Pass for Nguyen Thi Thu Hang (FIN G5518236T, Vietnamese passport C5528194) rejected - MOM could not verify her diploma from the college in Da Nang.
        Hospitalisation leave 14 days for Ong Boon Huat after L4-L5 discectomy at Mount Elizabeth Novena; back on 2 Dec on light duties only.
        Garnishee order received from the State Courts against employee Lee Chun Kiat (Emp 10987) - deduct $600 a month from his salary until the judgment debt is paid.
        Background screening: Cheung Wing Yan, HKID K730218(5). Education verified (HKUST BBA 2018). Bankruptcy petition filed against her in 2023 (HCB 4412/2023).
        Hi HR, Haziq from Ops here. New WhatsApp +60 11-2639 8841 (old phone lost). Also moved to Blok C-12-3, Pangsapuri Seri Cempaka, 43200 Cheras.
        My name is Chloe Ng Hui Min, a Year 3 Business Analytics student at NUS (matric A0239981N), and I can be reached at 8765 2210 or chloe.nghm@u.nus.edu.
        2nd warning letter issued to forklift driver Lim Boon Hock (NRIC ending 127I), Jurong warehouse, for reporting to work under the influence of alcohol on 12 Oct 2025.
        DP application for the spouse of EP holder Arjun Mehta: Kavya Mehta, passport W6109283, DOB 14/02/1992, married in Pune in 2019.
        GEP application 2025-GEP-0381922: Zhang Yuxin, PRC passport E78120934, Mainland ID 440304199307124820, offered Senior Analyst at HK$42,000/month.
        Emergency contact: mother, Mdm Koh Ah Lian, 9672 0134, same address Blk 22 Jalan Bukit Merah #05-112 S(150022).
        We are pleased to offer Ms Tiffany Lau Hoi Yan the position of Marketing Executive at HK$19,000 per month. Address on file: Flat D, 18/F, Block 3, Kwai Fong Gardens, Kwai Chung.
        Pre-employment medical: Mohd Hafiz bin Ismail (IC 900205-03-5673) - HbA1c 9.2%, insulin-dependent diabetic, fit for office work but NOT for night-shift driving.
        E10293,Goh Siew Ling,S8512306H,Finance Manager,9800,CPF,DBS 072-1-883245
        I am Ravi s/o Krishnan, work permit holder FIN F2390517P. My employer Sunrise Renovation has not paid me since August, total owed $4,350.
        Referral: my ex-colleague Stephanie Kwok (stephkwok.hk@outlook.com, 9481 2276) is looking for AP roles - she was laid off from the Causeway Bay branch in Sept.
        Candidate Li Hao, PRC ID 320106199502281631, applying under ASMTP; current address Room 1203, 88 Tianfu Avenue, Chengdu; WeChat lihao_cd95.
        Taiwanese hire Lin Yu-Ting (national ID B228417301) starts in our Singapore office on 5 Jan; EP approved, IPA ref ending 4471.
        I, Aaron Chia Jun Wei (Emp ID 30418), hereby resign; last day 31 Dec 2025. Relocating to Perth because my wife got her PR there.
        Show cause letter to Encik Zulkifli bin Hashim (IC 830417-10-5097), Storekeeper, Shah Alam plant: absent without leave 7-9 Oct 2025, breach of s.15(2) EA 1955.
        Claim CLM-88213: Yeo Pei Shan, outpatient gynae consult at KKH, $186, diagnosis O21.0 hyperemesis gravidarum.
        WICA report: Md Rahim Uddin (FIN G6120473W), Bangladeshi, fell from 2m scaffold at Tuas site on 3 Nov, fractured left wrist, MC 21 days.
        To whom it may concern: Ms Lee Ying Xuan (NRIC S9176402D) was employed with us as Senior Accounts Executive from 3 Jan 2019 to 30 Jun 2024; last drawn salary S$4,850.
        Darren Sim Kok Leong declared a 2017 conviction for drink driving (fined $4,000, disqualified 2 yrs) on his application form - HM to decide.
        Why is my Nov pay only $2,104?? Kumar s/o Ganesan, Ops, Staff ID 11872, Pasir Ris depot
        Shift note: Nur Izzati binti Rahim (staff 5521) is fasting for Ramadan and in her 2nd trimester, no OT after 6pm pls.
        MPF transfer: member Ho Chi Wai, HKID R915604(5), DOB 08/09/1987, scheme member no. 0098-771-2204, from AIA to Manulife.
        Pls send Mr Loh Kah Seng's long-service gift to his home, 7 Jalan Kuras, Singapore 577722 - he retires on 20 Dec after 32 yrs.
        Please courier the signed contract to Ms Kwan Mei Kuen at Flat 3A, 22 Tung Lo Wan Road, Tai Hang; her mobile is 6438 2917.
        Internal watchlist: ex-staff Tay Jun Hao (S8834127I), terminated Mar 2025 for embezzling $38k from petty cash; police report F/20250311/2217.
        Extend probation for Melissa Anne Fernandez by 3 months - frequent lateness and 9 MCs since July (migraine).
        FYI Tan Wei Ling's LTVP expires 14 Jan 2026 and her husband's PR application is still pending, so we can't start her until ICA confirms her LOC.
        P<MYSLEE<<SOOK<YEE<<<<<<<<<<<<<<<<<<<<<<<<<< A582130472MYS9403121F2908177940312146238<<76
        PAYSLIP NOV 2025 | Thivya a/p Rajendran | IC 010809-01-1236 | Basic RM3,200.00 | EPF (11%) RM352.00 | SOCSO RM15.75 | EIS RM6.30 | Net Pay RM2,825.95
        Candidate Jessica Tan Xin Yi (2nd round, Product) mentioned she is doing IVF and may need several days off in Q1.
        Pls reverse the charge on my personal Visa 4532 0187 9346 1121 exp 08/27, used by mistake for the team lunch instead of the corp card - Benjamin Lau, Sales HK
        Applicant CHAN Tsz Kin, HKID Z663049(A), 1/F, 15 Sai Yeung Choi Street South, Mong Kok, expected salary HK$26k, available after 1 month notice.
        Tan Mei Ling (T0217653F), 23, part-time barista at our Bugis outlet, hourly rate $11.50, bank POSB 189-52731-4.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Hi, saw your ad for Logistics Coordinator on JobStreet, still open?"),
        (
            "assistant",
            "Hi! Yes, the role is still open. May I have your name and a contact number?",
        ),
        ("user", "Tham Kok Wai, 016-338 2097"),
        ("assistant", "Thanks. What is your current and expected salary?"),
        ("user", "now RM4,100 at Pos Laju Shah Alam hub, expecting 4.8k. notice 1 mth"),
    ],
    [
        ("system", "You are PayBot, the payroll assistant for Lumenvale Pte Ltd employees."),
        ("user", "why my CPF contribution dropped this month"),
        (
            "assistant",
            "It could be due to unpaid leave, a change in wage, or an age-band change. Can you give me your name and NRIC so HR can check?",
        ),
        ("user", "Siow Hui Ping"),
        ("user", "S7742019C"),
        ("assistant", "Thank you, I've raised ticket HRQ-55120 for the payroll team."),
    ],
    [
        ("system", "You help HR managers draft professional letters."),
        (
            "user",
            "Draft a rejection email for candidate Marcus Ee Zhi Hao, applied for the Sales Manager post. Real reason: his ref check said he had a breakdown last year and was hospitalised at IMH for 2 weeks, but don't mention that.",
        ),
        (
            "assistant",
            "Dear Marcus, thank you for your interest in the Sales Manager role. After careful consideration, we will not be proceeding with your application at this time. We wish you every success.",
        ),
    ],
    [
        (
            "user",
            "I need to fill in the EP form for our new hire, can you tell me which fields are mandatory?",
        ),
        (
            "assistant",
            "You'll need the candidate's full name, passport details, date of birth, nationality, qualifications and the proposed fixed monthly salary.",
        ),
        ("user", "ok so: Dmitri Volkov, Russian, DOB 23 Apr 1990"),
        ("user", "passport 75 4419023, MSc from Bauman, salary 11,500 SGD"),
        (
            "assistant",
            "Thanks - those are the fields. Remember to attach the certificate verification.",
        ),
    ],
    [
        ("user", "My helper just told me she is pregnant. Can I terminate her contract?"),
        (
            "assistant",
            "No. In Hong Kong it is unlawful to dismiss a pregnant employee once she has served notice of pregnancy, except for serious misconduct. You could face prosecution.",
        ),
        (
            "user",
            "ok. her name is Wulandari Sri Rahayu, Indonesian passport C2849173, she works for us at Flat 22C, Block 5, Provident Centre, North Point. what leave is she entitled to",
        ),
        (
            "assistant",
            "If she has worked for you for at least 40 weeks before the expected confinement, she is entitled to 14 weeks of paid maternity leave.",
        ),
    ],
    [
        ("user", "hi, saya nak tanya pasal maternity leave bawah EA"),
        (
            "assistant",
            "Under the Employment Act 1955, eligible female employees get 98 consecutive days of maternity leave.",
        ),
        (
            "user",
            "my employer Sinar Jaya Plastics only giving 60 days. I'm Rosnah binti Othman, IC 880326-06-5242, due date 2 Feb. can I complain to JTK?",
        ),
        (
            "assistant",
            "Yes, you can lodge a complaint with the Labour Department (JTK) at your nearest office.",
        ),
    ],
    [
        (
            "system",
            "Transcript of a reference check call, summarised by the recruiter's assistant.",
        ),
        ("user", "Summarise: spoke to Ms Angela Phua, ex-manager of the candidate at OCBC Centre"),
        ("user", "candidate = Joel Ho Wen Jie, 3 yrs as Relationship Manager, left Feb 2024"),
        (
            "user",
            "she said he's good with clients but was on a final warning for mis-selling an ILP to an elderly customer, that's why he left",
        ),
        (
            "assistant",
            "Summary: Referee Angela Phua (former manager) confirms Joel Ho Wen Jie was a Relationship Manager for 3 years until Feb 2024; strong client skills; was on a final warning for mis-selling and left thereafter.",
        ),
    ],
    [
        ("user", "what's a typical salary for a junior HR exec in Singapore?"),
        (
            "assistant",
            "Roughly S$3,000 to S$3,800 a month, depending on the industry and qualifications.",
        ),
        (
            "user",
            "lol I'm on $2,650 at Kallang Hardware, 2 yrs already. Name's Nadia Rashid, if my boss sees this I'm dead",
        ),
        (
            "assistant",
            "That is below the typical range; you could raise it at your next review with market data.",
        ),
    ],
    [
        ("user", "Help me write a warning letter for an employee who keeps coming late."),
        (
            "assistant",
            "Sure. Please give me the employee's name, position, the dates of lateness and any previous warnings.",
        ),
        ("user", "Wong Kit Yee, Admin Clerk, late 11 times in Oct, verbal warning 5 Sep"),
        (
            "user",
            "address it to her home: Room 1408, Hong Shui House, Tin Shui Wai Estate, Tin Shui Wai, NT",
        ),
    ],
    [
        ("system", "You are an exit interview assistant. Summarise key themes for HR."),
        (
            "user",
            "Employee: Suresh Pillai, Senior Technician, Penang plant, 11 years. Leaving because his son has leukaemia and he needs to be at Hospital Pulau Pinang for the chemo schedule.",
        ),
        (
            "assistant",
            "Key theme: personal/family health reasons; no issues with management raised. Consider offering a rehire pathway.",
        ),
    ],
]
