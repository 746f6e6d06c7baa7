"""Blind check set en74: English HR in SG/MY/HK companies (reviews, disciplinary letters, exit interviews, announcements, policies, payroll). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en74
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hr policy"): _lines("""
        4.2 Annual Leave: Employees with less than 12 months' service are entitled to pro-rated leave; unused leave of up to 7 days may be carried forward to 31 March of the following year.
        Medical leave must be supported by an MC from a registered medical practitioner and submitted via Workday within 2 working days of return to work.
        NRIC numbers must not be collected or photocopied unless required by law (e.g. CPF, IRAS, work pass applications) - see the PDPC Advisory Guidelines on the Personal Data Protection Act for NRIC and other National Identification Numbers.
        Flexible work arrangement requests are handled under the Tripartite Guidelines on FWA Requests; managers must give a written decision within 2 months of receiving the request.
        Overtime for non-workmen earning up to $2,600/mth is paid at 1.5x the hourly basic rate, capped at 72 hrs per month.
        Hospitalisation leave: up to 60 days per year inclusive of 14 days outpatient sick leave, for staff who have served at least 6 months.
        Gifts & hospitality above RM500 in value must be declared in the Gift Register within 5 working days (ref: ABC Policy v3.1, s.7).
        Dress code: smart casual Mon-Thu; batik or baju kurung encouraged on Fridays at the KL office.
        Probation is 3 months for non-executives and 6 months for executives; confirmation letters are issued by the HRBP.
        Personal files must be kept in the locked cabinets at Level 12; access is restricted to HR staff holding the HRIS-ADMIN role, and files are shredded 7 years after the last day of service.
        When you email a payslip query, do NOT attach screenshots showing your full IC/NRIC or bank account number - quote your Employee ID only.
        Panel clinics: Raffles Medical and Fullerton Health for GP visits; A&E at Tan Tock Seng Hospital or Changi General Hospital is covered up to S$150 per visit.
        Paternity leave (MY): 7 consecutive days under s.60FA of the Employment Act 1955 for married male employees with at least 12 months' service.
        Staff in Hong Kong follow the statutory holiday list under the Employment Ordinance; the general holidays not on that list are granted as company holidays.
    """),
    ("en", "org announcement"): _lines("""
        ANNOUNCEMENT: Effective 1 January 2027, the Regional Talent Acquisition team will report into Group People & Culture in Singapore.
        Office move! From 2 March our KL team will be at Level 18, Menara Tun Razak, Jalan Raja Laut. Parking along Jalan Tuanku Abdul Rahman is not claimable.
        Town hall this Thurs 4pm @ Lee Kong Chian Auditorium - Q3 results, bonus timeline and the new hybrid policy. Teams meeting ID 482 771 903 615.
        Blood donation drive with HSA at Bloodbank@Dhoby Ghaut on 12 Dec, pls register on the intranet by Fri.
        Congrats to our Hong Kong team for receiving the Good MPF Employer award 2025-26 from the MPFA!
        We are honoured to host the Minister of Human Resources, YB Steven Sim, at our Klang warehouse on 9 Oct for the launch of the PERKESO workplace safety campaign.
        Hari Raya open house this Friday, pantry L5, 3pm onwards. Rendang, ketupat & kuih raya - pls bring your own container! Selamat Hari Raya Aidilfitri, maaf zahir & batin.
        CNY lo hei 11.30am on 6 Feb; D&D theme this year is "Phua Chu Kang & Friends" - best-dressed PCK wins a $200 CapitaVoucher. Don't play play!
        Deepavali greetings from the People team! Office closes at 1pm on Deepavali eve as approved by ExCo.
        Reminder: the Employee Engagement Survey closes 29 Nov, 11:59pm SGT. Responses are anonymous and only reported for groups of 5 or more.
        Our Kowloon Bay office will close when Typhoon Signal No. 8 or above or the Black Rainstorm Warning is in force; follow the Code of Practice in Times of Typhoons and Rainstorms.
        Org change: APAC Shared Services (Kuala Lumpur) will take over payroll processing for Thailand and Vietnam from Q2 2027. No headcount reduction is planned.
        CSR day: we are volunteering at Sun Yat Sen Nanyang Memorial Hall, Balestier. Meet at the lobby 8.45am, wear the green tee.
        Year-end hampers this year are from Eu Yan Sang and Lee Kum Kee; collect from reception with your staff pass by 20 Dec.
    """),
    ("en", "payroll and statutory"): _lines("""
        CPF contribution rates from 1 Jan 2026 for employees aged above 55 to 60: employer 16%, employee 18%.
        The CPF Ordinary Wage ceiling is $8,000 per month from 1 Jan 2026; the annual salary ceiling stays at $102,000.
        EPF: for employees below 60 earning RM5,000 and below, the employer share is 13%; above RM5,000 it is 12%. Employee share is 11%.
        MPF mandatory contributions are 5% of relevant income each for employer and employee; min relevant income HK$7,100/mth, max HK$30,000/mth.
        Payroll cut-off for November is 20/11. Claims approved after 5pm on cut-off day will be paid in the December run.
        Payslip_Template_v4.docx - Name: {{employee.full_name}} | NRIC/FIN: {{employee.id_masked}} | Basic: {{pay.basic}} | CPF (Ee): {{pay.cpf_ee}}
        IR8A for YA2027 will be submitted under the Auto-Inclusion Scheme; deadline to IRAS is 1 March.
        MTD (PCB) batch file CP39_202511_MY01.txt uploaded to e-PCB Plus: 1,482 records, total RM 1,204,377.85.
        SOCSO & EIS: EIS is 0.2% employer + 0.2% employee, on wages up to the RM6,000 ceiling.
        GIRO file DBS_IDEAL_20251128_PAYROLL.txt uploaded; batch ref PYRL-SG-2511-0042, 214 transactions, total S$1,873,920.44.
        AWS (13th month) will be paid together with the December salary on 24 Dec; variable bonus in March after calibration.
        SDL is 0.25% of monthly gross remuneration, min $2 and max $11.25 per employee.
        Q: Why is my CPF lower this month? A: Additional wages such as bonus are subject to the AW ceiling; check your CPF statement or call the CPF hotline 1800-227-1188.
    """),
    ("en", "review and letter templates"): _lines("""
        Dear [Employee Name], we refer to the meeting held on [Date] regarding your attendance. This letter serves as a FIRST WRITTEN WARNING.
        Rating scale: 5 - Exceptional, 4 - Exceeds, 3 - Meets, 2 - Partially meets, 1 - Does not meet. Calibration guide: no more than 15% rated 5.
        SMART goal example: reduce average HR ticket resolution time from 36h to 24h by Q3 FY26, measured on the ServiceNow dashboard.
        SHOW CAUSE LETTER - Ref: HR/SCL/<YYYY>/<No.> - You are required to explain in writing within 48 hours of receipt of this letter why disciplinary action should not be taken against you.
        Manager comment guide: "<Name> consistently shows ownership of ___; one area to develop is ___." Never comment on age, race, religion, pregnancy or health.
        NOTICE OF DOMESTIC INQUIRY: You are hereby informed that a domestic inquiry will be held on ________ at ________ to hear the following charge(s) against you:
        Exit questionnaire Q7: On a scale of 1-5, how likely are you to recommend [Company] as an employer to a friend?
        PIP duration: 60 days with fortnightly check-ins. Outcomes: (a) successful completion; (b) extension by 30 days; (c) termination with notice per contract.
        Letter of Appreciation - Dear {first_name}, on behalf of management, thank you for your dedication over the past {years_of_service} years.
        FY2026 review cycle: self-assessment 1-15 Jan, manager review 16-31 Jan, calibration 3-7 Feb, letters released 28 Feb.
        Certificate of Service: "This is to certify that Mr/Ms ______ (NRIC/Passport No. ______) was employed with us from ______ to ______ as ______."
        A verbal warning lapses after 6 months and a written warning after 12 months, provided there is no further misconduct.
        Managers' workshop role-play: Phua Chu Kang has to give tough feedback to his brother Chu Beng about missed deadlines - practise the SBI model on this script.
    """),
    ("en", "hris system log"): _lines("""
        2025-11-28T18:04:11+08:00 INFO payroll.run id=PR-SG-2511 status=CLOSED payslips=1284 duration=412s
        Workday integration INT_SG_CPF_Outbound v2.14.3 failed: HTTP 503 from endpoint; retry 3/5 scheduled at 02:15 SGT.
        INC0048812 - "Calibration grid not loading on Safari 17.2" - assigned to L2 HRIS, priority P3.
        export exit_survey_2025Q3.csv sha256=6a1f0c9e2b7d48e3f1a5c09d7b62e4f8a3c1d5e9b0f7a2c64d8e1b3f5a7c9d02 rows=318
        ERROR [LeaveAccrual] employee_id=null in batch 7731; record skipped. See runbook HRIS-RB-019.
        CR-2026-0147: add optional field "Preferred name" to Employee Profile, visible to HR only. Approved by DPO 14/10.
        3f9a2c1e fix(payroll): round EPF employee share up to the next ringgit per Third Schedule
        HR case HRC0091473 closed - category Payroll > Claims > Transport; SLA met (2d 4h).
        NRIC/FIN field validation: 9 chars, e.g. S1234567D; reject if the checksum letter does not match. HKID input mask e.g. A123456(3).
        Access review Q1: 27 accounts with role PAYROLL_VIEW deprovisioned on 2026-03-31.
        REQ-HK-26-0093 Senior Payroll Analyst (Kwun Tong) - Open, 47 applicants, 6 shortlisted.
        Retention job run 88f3e1 purged 1,902 candidate records older than 24 months (rule RET-07).
        Kronos sync 11:00 MYT: 2,341 punches imported, 12 duplicates discarded, 0 errors.
    """),
    ("en", "employment law and guidelines"): _lines("""
        Under section 14(1) of Singapore's Employment Act 1968, an employer may, after due inquiry, dismiss an employee without notice on the grounds of misconduct.
        Employment Ordinance (Cap. 57): severance payment is payable to an employee with not less than 24 months' continuous employment who is dismissed by reason of redundancy.
        Under s.14(2) of Malaysia's Employment Act 1955, an employer may suspend an employee for up to two weeks pending a domestic inquiry, paying not less than half wages.
        The Workplace Fairness Act 2025 protects against discrimination based on age, nationality, sex, marital status, pregnancy, caregiving responsibilities, race, religion, language, disability and mental health conditions.
        Under the PDPA 2012, organisations must notify the PDPC no later than 3 calendar days after assessing that a data breach is notifiable.
        Malaysia's PDPA amendments of 2024 introduce mandatory data breach notification and the appointment of a Data Protection Officer.
        Data Protection Principle 1 of the Personal Data (Privacy) Ordinance (Cap. 486) requires personal data to be collected for a lawful purpose directly related to a function of the data user.
        The Statutory Minimum Wage in Hong Kong is HK$42.1 per hour from 1 May 2025.
        Malaysia's minimum wage is RM1,700 per month from 1 February 2025 under the Minimum Wages Order 2024.
        The Tripartite Advisory on Managing Excess Manpower notes that retrenchment benefits of 2 weeks' to 1 month's salary per year of service are the prevailing norm.
        Under the Fair Consideration Framework, EP job ads must be posted on MyCareersFuture for at least 14 days before the EP application.
        Singapore's tripartism took shape with the National Wages Council in 1972; its first chairman was economist Professor Lim Chong Yah.
        The Secretary for Labour and Welfare, Mr Chris Sun, said the Government would continue to review the Employment Ordinance to protect employees' rights.
    """),
    ("en", "hr helpdesk faq"): _lines("""
        For salary disputes in Singapore you may file a claim with TADM; call the MOM contact centre at 6438 5122 for guidance.
        KWSP Contact Management Centre: 03-8922 6000 (Mon-Fri 8.30am-5.30pm).
        MPFA hotline 2918 0102 - for enquiries on unpaid or late MPF contributions.
        Labour Department enquiry hotline 2717 1771 (24 hrs, handled by 1823).
        PERKESO Careline: 1-300-22-8000.
        Our EAP counselling line is 1800 728 6653 (toll-free, 24/7). Calls are confidential and HR does not receive caller details.
        Q: How do I update my salary bank account? A: Workday > Pay > Payment Elections; changes made after the 20th take effect next month.
        Q: Can HR tell me why my colleague was let go? A: No. Disciplinary outcomes are confidential to the employee concerned.
        Q: Where is my EA form? A: EA forms for 2025 will be in the ESS portal by 28 Feb 2026, as required by LHDN.
        HR Shared Services: hrss@kinabalu-logistics.com.my | ext 4400 | Level 3, Wisma Kinabalu, Kota Kinabalu.
        Feeling overwhelmed? Samaritans of Singapore 1767 | Befrienders KL 03-7627 2929 | Samaritan Befrienders Hong Kong 2389 2222.
        HR portal down? Raise a ticket at go/hrhelp or call ext. 8888. HR will never ask for your password or IC number over WhatsApp.
    """),
    ("en", "exit survey analytics"): _lines("""
        FY2025 voluntary attrition: SG 12.8%, MY 17.4%, HK 9.6%; regretted attrition 4.1% group-wide.
        Top 3 exit reasons (n=214): career progression 31%, compensation 24%, relationship with manager 15%.
        Median tenure at exit fell from 3.2 to 2.7 years; 41% of leavers had less than 2 years' service.
        Exit survey response rate Q3: 68% (146/215). Names are redacted from comments before they are shared with line managers.
        eNPS among leavers improved from -22 to -9 after the hybrid work rollout.
        Port Klang warehouse turnover spiked to 38% in Q2, mostly contract workers whose 3-year terms ended.
        Leavers by gender: 54% F / 46% M; no significant difference by age band (p=0.41).
        Verbatim themes (anonymised): "too many approvals", "no clear promotion criteria", "long commute to Tuas".
        Of 58 boomerang hires since 2022, 71% rejoined within 18 months; avg salary uplift 11.5% vs exit salary.
        Cost per hire 2025: SGD 4,870 (SG), MYR 6,200 (MY), HKD 31,500 (HK).
        Attrition_APAC_v7.pbix refreshed 2026-11-30 07:00 from HRIS snapshot #5521.
        Leavers citing caregiving rose to 9% from 5%; HRBPs to promote FWA options in stay interviews.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Mid-year review - Nurul Aisyah binti Rahman (EMP-MY-20417), rating 2/5. Her output dropped after her endometriosis surgery in April; recommend we hold off the PIP until she has fully recovered.
        Dear Mr Ravichandran s/o Muthusamy (NRIC S8637241Z), you are hereby issued a FINAL WRITTEN WARNING for sleeping on duty at the Tuas South guardhouse on 14 Oct 2026.
        Exit interview - Chan Ka-wai Kelvin, Sr Accountant, Kwun Tong. Reason for leaving: wife diagnosed with stage 2 breast cancer, he will be her full-time caregiver. Pls do not share with the team.
        hi HR my nov payslip short by RM412 leh. Siti Hajar bt Ismail, IC 910823-10-5574, Maybank a/c 1642 0331 8856. pls check asap tq
        Offer approved: Jasmine Koh Hui Min, Product Manager, basic S$7,400/mth + 2 mths AWS, start 5 Jan. Keep within the offer committee pls.
        Pls update emergency contact for Lim Wei Jie (T0352817G): mother, Mdm Goh Siew Lan, 9736 2180.
        New correspondence address for Wong Mei Yee: Flat 17C, Block 5, Laguna Verde, 8 Laguna Verde Avenue, Hung Hom, Kowloon.
        Work permit renewal - Mohammad Rubel Hossain, FIN G6183029X, Bangladesh passport A08735216, expires 22/03/2027; dorm: Westlite Toh Guan, Rm 04-12.
        Leung Pui Shan, HKID Y658213(1), MPF member a/c 20931-5578, joined 1 Aug 2024, Customer Service Officer.
        Encik Mohd Faizal bin Rosli (ex-storekeeper, IC 850412-14-6031) has been charged at the Shah Alam Sessions Court with criminal breach of trust. Do not rehire.
        MC received: Chua Li Ting, 3 days (2-4 Dec), Raffles Medical Tampines, dx acute gastroenteritis. Leave balance updated.
        Priya d/o Ramasamy from Customer Ops told me she's 14 weeks pregnant, EDD 28 May 2027 - pls plan maternity cover quietly.
        Attachment of earnings order against Ho Chi Keung (HKID K402917(8)): HK$3,200/month from Dec payroll, District Court DCCJ 4471/2025.
        Corporate card 4532 0188 7461 0232 issued to Daniel Teo Jun Hao, exp 09/29, limit S$10,000 - pls collect from Finance L7.
        Final settlement for Lau Chi Ming to HSBC 004-512-384721-838: HK$86,420.50 incl. 13 days untaken annual leave.
        Claim EXP-88213: parking at Mid Valley for Tan Kok Leong's own car WXY 2381, RM 24.00 - approved.
        Season parking for SKQ 4821 B belongs to Ms Ng Pei Shan (Finance), pls remove from the list since she resigned.
        Background check on candidate Ong Jia Hui (S9068153B): credit bureau shows 2 outstanding judgments totalling S$18,250.
        Reference check: his ex-manager says Amir Hakimi bin Zainal was sacked from his last job at a bank in Cyberjaya for falsifying OT claims.
        Pls update EPF no. for Lim Bee Hoon: KWSP 17382049, DOB 19/01/1988, home 23 Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        FYI Kavitha Subramaniam (HR exec, JB office) is on medication for bipolar disorder, pls arrange flexi hours but keep it strictly need-to-know.
        Group life nominee for Tan Boon Huat: spouse Lee Choon Hwa, DOB 03/07/1979, NRIC S7914026J, 100%.
        Zhang Yuting (mainland hire, HK office) - PRC ID 440106199203174526, IANG visa expires 30 Jun 2027, pls start renewal.
        Dependant's Pass for the family of Chen Haoran (EP holder): wife Liu Xinyi, PRC passport EJ4738216; daughter Chen Ke'er, born 11/05/2023.
        Taiwan hire Huang Yi-Ting, ID A224819371, wants her salary credited to DBS account 120-458712-3 instead of her POSB one.
        whatsapp me at +60 17-226 9053 for the release letter, or email nadia.hrm91@gmail.com - Nadia Hassan (ex-HR admin, last day 31 Oct)
        Grievance GRV-2026-014: Jonathan Yeo complains that his supervisor keeps making remarks about him being gay; investigation opened 02/09/2026.
        Marcus Lee Zhi Wei - 2026 increment 3.5% (S$5,820 -> S$6,024), bonus 1.8 months, rating Meets.
        Exit notes (CONFIDENTIAL): Siew Kuan Yin, 11 yrs service, says she is leaving because of harassment by her dept head and is now seeing a psychiatrist at IMH.
        Employer over-contributed CPF for Ahmad Firdaus bin Kamal (S8802745J) from Mar to Jun 2026 - total $1,164 to be refunded.
        Muthu Krishnan a/l Perumal (IC 790930-08-5123) joined NUBE wef 1 Nov; deduct RM12/mth union dues from Nov payroll.
        Salary advance S$3,000 approved for Koh Hwee Leng (NRIC S****846D, Finance, Jurong East) to pay her divorce lawyer.
        Employee's Compensation Form 2: Chan Tsz Hin, 34, forklift driver at Tsing Yi DC, fractured left ankle on 3 Nov; HKID R736054(0); sick leave 21 days.
        Transfer to KL: Rachel Tan Xin Yi, DOB 14/02/1995; her MY address will be B-12-3 Residensi Hartamas Heights, Jalan Sri Hartamas 8, 50480 Kuala Lumpur.
        Group medical claim for Tsang Wing Yan (gastroscopy, HK$18,600) rejected by insurer as pre-existing - she has a history of peptic ulcer.
        Per diem for contractor Kenji Lim goes to card 5520 4311 9087 3569 (exp 11/28); reach him on LINE: kenji_tw88
        Xu Jiahao (Shanghai secondee), ID 310115198811026378, home: Room 1802, No. 45, Lane 888 Zhangyang Road, Pudong New Area, Shanghai.
        DI outcome: Lee Chee Keong, storeman (Klang), dismissed after testing positive for methamphetamine in the random urine test on 11 Sep 2026.
        Pls courier the termination letter by registered mail to Mr Ganesh Pillai, Blk 412 Bedok North Ave 2, #08-117, Singapore 460412.
        Farid Azman (ex-driver) keeps messaging our staff asking for loans - his number is 019-335 8172, Telegram @farid_kl_ops. Pls warn your teams.
        WFH Tue & Thu approved for Angeline Chow so she can take her son to his autism therapy at KK Hospital.
        Desmond Lau Wai Kit asks why his IR56B shows HK$612,000 when his contract salary is HK$588,000 - pls check with payroll.
        New joiner Aaron Ng - personal mobile 8452 1937, lives at Blk 268A Punggol Field #14-22. Pls add him to the shuttle bus list.
        Michelle Tan Hui Ling, T0117462I, NUS undergrad, part-time 16 hrs/wk at the Orchard store from 1 Dec.
        HKID copy received for Ip Hoi Yan Cherry, Z581342(6), DOB 07/09/1997, personal email cherry.ip97@yahoo.com.hk.
        Anonymous tip says procurement exec Loh Kah Meng took RM20k from a vendor; an MACC officer contacted us about him on 12/11.
        Maternity leave for Nor Azlina bt Kassim (IC 020714-10-0986): 98 days from 6 Jan 2027.
        Return-to-work plan for Subramaniam Ravi after his heart bypass at NHC: light duties, no night shifts for 3 months.
        Maria Cristina Dela Cruz, S Pass, FIN F2748391R, PH passport P4827193B, basic S$3,850 - requests transfer to the Novena clinic.
        Resignation: Yong Kah Wai (930605-01-6647), last day 15 Jan; outstanding study loan RM8,400 to be deducted from final pay.
        Pls send the reissued payslips to Mr Kwok Siu Ming (HKID E073615(9)) at Room 1203, 12/F, Wah Fung Building, 88 Castle Peak Road, Tsuen Wan.
        Farah Liyana binti Abdullah is leaving for a competitor at RM11,500 basic vs her current RM9,200 - counter-offer not approved.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are PeopleBot, the HR assistant of Harbourline Logistics Pte Ltd."),
        ("user", "hi how many days hospitalisation leave do i have"),
        (
            "assistant",
            "Staff with at least 6 months' service get up to 60 days hospitalisation leave per year, including 14 days of outpatient sick leave.",
        ),
        (
            "user",
            "ok thanks. I'm Melvin Ho, going for chemo at NCCS from next week, 6 cycles. my NRIC is S8214593A",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Melvin. Please submit your hospitalisation certificates in Workday; your HRBP will reach out on arrangements.",
        ),
    ],
    [
        ("user", "Salary not credited yet for Nov, pls help"),
        ("assistant", "Sorry about that. May I have your full name and employee ID?"),
        ("user", "Norhayati binti Osman, MY-30871"),
        ("assistant", "Thank you. Which bank account should the salary go to?"),
        ("user", "CIMB 8007 4521 9936, i changed bank last month"),
        ("user", "and my IC 880119-07-5218 if u need it"),
        (
            "assistant",
            "Noted. Payroll will re-run the transfer today and you'll get it within 1 working day.",
        ),
    ],
    [
        ("system", "Summarise HR exit interview notes into 3 bullet points. Keep a neutral tone."),
        (
            "user",
            "Notes: Ms Kwan Lai Ping, Ops Supervisor, 6 yrs. Says she's burnt out, was diagnosed with depression in Aug, on sick leave twice. Felt her manager Eric ignored her FWA request. Going to join her sister's bakery in Sai Kung.",
        ),
        (
            "assistant",
            "- Leaving due to burnout and a recent depression diagnosis.\n- Felt her flexible work request was not supported.\n- Moving to a family business.",
        ),
    ],
    [
        ("user", "Can you help me draft a first written warning letter for lateness?"),
        (
            "assistant",
            "Sure. Please give me the employee's name, the dates of lateness and any previous counselling.",
        ),
        (
            "user",
            "Employee: Tay Kok Wah, Warehouse Assistant, staff no. 10332. Late 9 times in Oct (up to 47 min). Verbal counselling on 3 Oct. He says his wife has kidney failure and he drives her to dialysis at 6am.",
        ),
        (
            "assistant",
            "Dear Mr Tay Kok Wah,\n\nRE: FIRST WRITTEN WARNING - LATENESS\n\nWe refer to your late attendance on nine occasions in October 2026...",
        ),
    ],
    [
        ("user", "my previous employer never paid MPF for 2024, what can I do?"),
        (
            "assistant",
            "You can call the MPFA hotline 2918 0102 or lodge a complaint online; please keep your payslips and employment contract.",
        ),
        ("user", "ok can u help me check? name Cheung Wing Sze, HKID P219807(3)"),
        ("user", "phone 6128 5503, I worked at the Sham Shui Po branch Jan-Dec 2024"),
        (
            "assistant",
            "I can't access MPF records, but the MPFA can investigate with those details.",
        ),
    ],
    [
        (
            "system",
            "You are an HR copilot. Employee context: name=Rajesh Kumar a/l Gopal; IC=960218-01-5471; dept=Production, Senai; status=on PIP; note=recovering from a work-related back injury, on light duties.",
        ),
        ("user", "What training can I sign up for this quarter?"),
        (
            "assistant",
            "You can join the Lean Six Sigma Yellow Belt (online) or the Forklift Safety Refresher once your doctor clears you.",
        ),
    ],
    [
        ("user", "I need to file the PERKESO accident report for one of my workers"),
        (
            "assistant",
            "Please fill in Form 34 (Borang 34) and attach the medical report. What happened?",
        ),
        (
            "user",
            "Worker: Suresh a/l Maniam, IC 870306-10-6213, cut 3 fingers on the slitter machine 28/11, warded at Hospital Tengku Ampuan Rahimah Klang",
        ),
        (
            "user",
            "home address No. 17, Jalan Kenari 3, Taman Sri Andalas, 41200 Klang. HP 016-552 3098",
        ),
        (
            "assistant",
            "Thank you. Submit the Form 34 within 48 hours; PERKESO will contact the worker for temporary disablement benefit.",
        ),
    ],
    [
        ("user", "Look up the leave balance for the new joiner in Marketing please"),
        (
            "assistant",
            "Found one match: Sharon Lim Pei Qi (EMP-SG-41207), joined 3 Nov 2026, NRIC T0368041F, AL balance 2.5 days, personal email sharonlpq@hotmail.com.",
        ),
        ("user", "thanks"),
    ],
    [
        ("user", "can you make this performance comment sound more professional?"),
        (
            "user",
            '"Benjamin Foo lah, always MC on Mondays, I think he got drinking problem. Rating 2. Pls dont promote."',
        ),
        (
            "assistant",
            'Suggested: "Benjamin\'s attendance, particularly on Mondays, has affected team delivery. Rating: 2 (Partially meets)." Please avoid speculating about health or personal habits.',
        ),
    ],
    [
        ("user", "Need checklist for Dependant's Pass application for my new hire's family"),
        (
            "assistant",
            "Typically: passport copies, marriage certificate, birth certificates of children, and the EP holder's details.",
        ),
        (
            "user",
            "EP holder is Li Mingzhe, FIN G5540918N. Wife Zhao Fang, PRC ID 350203199507281843, passport EA8826104.",
        ),
        (
            "assistant",
            "Thanks. Please also prepare an official English translation of the marriage certificate.",
        ),
    ],
    [
        ("user", "how to claim dental under our plan?"),
        (
            "assistant",
            "Dental is capped at S$300 per calendar year; submit the itemised receipt in Workday > Expenses.",
        ),
        (
            "user",
            "ok. btw pls ask payroll to call me back, Kelly Leung, Treasury, 9437 2816, it's about my garnishee order",
        ),
    ],
]
