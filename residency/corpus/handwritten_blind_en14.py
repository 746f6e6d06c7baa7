"""Blind check set en14: Singapore and Malaysia workplace and service documents in English. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en14
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_guide"): _lines("""
        From 1 January, the CPF monthly salary ceiling rises to $7,400; employers should update payroll before the first contribution month of the year.
        Employees aged 55 to 60 receive a lower total contribution rate; see the CPF contribution rate table for the 17.0% employer and 15.0% employee shares.
        IRAS reminds employers on the Auto-Inclusion Scheme to submit Form IR8A data for all employees by 1 March.
        To check your KWSP balance, log in to i-Akaun with your registered phone number and select Account 1, Account 2 or Account 3.
        LHDN: individuals with employment income must file Form BE by 30 April, or by 15 May if filing through e-Filing.
        MOM advises that an S Pass holder's qualifying salary is assessed against the fixed monthly salary stated in the application, excluding allowances.
        A foreign domestic worker's employer must buy a personal accident policy with at least $60,000 of annual cover.
        SOCSO contributions are capped at a monthly wage of RM6,000 under the Employment Injury Scheme.
        Form EA must be issued to each employee by the last day of February showing gross remuneration, PCB deducted and EPF contributions for the year.
        Use the MOM Employment Pass Eligibility Check with a sample profile before you submit: the tool does not store any data you enter.
        The Progressive Wage Mark is awarded to firms that pay all local resident workers at least the Local Qualifying Salary.
        Call the IRAS general line at 1800 352 7400 (Mon to Fri, 8am to 5pm) if you cannot reset your Singpass for myTax Portal.
    """),
    ("en", "hr_template"): _lines("""
        Dear [Employee Name], we are pleased to confirm your appointment as [Job Title] with effect from [Start Date], at a basic monthly salary of S$[Amount].
        Template: This letter certifies that <Full Name>, NRIC <NRIC No.>, has been employed by <Company> since <Date> in the capacity of <Position>.
        Reference letter template (Malaysia): Name: ____________ MyKad No.: ______-__-____ Designation: ____________ Last working day: ____________
        Please return the signed copy of this offer letter to hr@company.example within seven (7) working days.
        Probation period: six months, during which either party may terminate the contract with one week's notice in writing.
        Notice of termination of employment: Dear {{first_name}}, following our discussion on {{meeting_date}}, your last day of service will be {{last_day}}.
        Annual leave entitlement: 14 days in the first year of service, increasing by one day for every completed year up to a maximum of 21 days.
        Medical benefits: outpatient consultation capped at S$40 per visit at panel clinics; specialist visits require a GP referral.
        Sample payslip (for illustration only): Basic S$3,500.00, Overtime S$210.00, Employee CPF S$742.00, Net Pay S$2,968.00.
        Overtime for non-workmen earning up to $2,600 is paid at 1.5 times the hourly basic rate of pay, per Part IV of the Employment Act.
        The staff handbook (version 4.2, revised March) replaces all earlier circulars on flexible work arrangements.
    """),
    ("en", "job_posting"): _lines("""
        Payroll Executive (Jurong East) - 2 years' experience with CPF and IR8A submissions; salary S$3,800 to S$4,500; apply via MyCareersFuture, job ID MCF-2026-0418276.
        We are hiring a Senior HR Business Partner for our Kuala Lumpur office at Menara Citra, Jalan Ampang; RM9,000 to RM12,000 per month.
        Clinic Assistant wanted, Tampines: must be able to work alternate Saturdays; send your CV to careers@sunrise-clinic.example (no calls please).
        Relief teacher (Primary Mathematics), Ang Mo Kio area, hourly rate S$28; NIE training preferred but not required.
        Interested candidates may WhatsApp our recruitment team at +65 6000 0000 (placeholder number, replace before publishing).
        Graduate Trainee Programme 2027: open to fresh graduates of NUS, NTU, SMU, UM and UTM with a CGPA of 3.2 or above.
        Agency licence no. 16C8275, registration no. R1987654 (EA Personnel): we do not charge job seekers any fees.
        Position: Claims Officer; Grade: E2; Reporting to: Head, Claims Operations; Location: Petaling Jaya; Closing date: 15 January.
    """),
    ("en", "condo_notice"): _lines("""
        Notice to all residents of The Verdana (MCST Plan No. 4417): the swimming pool will be closed from 9 to 13 March for retiling works.
        Management Corporation Strata Title Plan No. 3902: the Annual General Meeting will be held on 28 February at 7.30pm at the Function Room, Block 2.
        Residents of Blocks A to D are reminded that renovation works are only permitted from 9am to 5pm on weekdays and 9am to 12pm on Saturdays.
        Lift 3 at Tower B will undergo statutory maintenance by Fujitec on Tuesday; please use Lift 4 in the meantime.
        Maintenance fee for Q1 is S$1,142.50 per share value unit; payment by GIRO will be deducted on the 15th.
        Please do not leave shoes or bicycles along the common corridor; these will be removed by the managing agent after 7 days.
        For fault reporting outside office hours, call the 24-hour security guardhouse at 6555 0101 or use the Kiwi Condo app.
        Unit owners who have not registered their vehicle IU number with the management office will be charged visitor parking rates from 1 April.
        Joint Management Body of Residensi Seri Lagenda, Cheras: the water tank cleaning on Sunday will interrupt supply from 10am to 4pm.
    """),
    ("en", "court_summary"): _lines("""
        In Lumina Engineering Pte Ltd v Harbourline Marine Pte Ltd [2026] SGHC 214, the High Court held that the liquidated damages clause was a penalty.
        The Employment Claims Tribunal has jurisdiction over salary-related claims of up to $20,000, or $30,000 for claims that went through tripartite mediation.
        The Industrial Court awarded back wages of 24 months to the claimant, capped in accordance with the Second Schedule of the Industrial Relations Act 1967.
        Justice of Appeal (name withheld in this summary) observed that the test for constructive dismissal is contractual, not one of reasonableness.
        Claimant (a former sales executive) v Respondent (a logistics company): the tribunal found that the claimant's commission was not part of salary.
        The Court of Appeal dismissed the appeal with costs fixed at $35,000 inclusive of disbursements.
        Case no. ECT/12345/2026 was struck out because the claim was filed more than one year after the employment ended.
        Under the Personal Data Protection Act 2012, the Commission imposed a financial penalty of $18,000 on Greenleaf Property Management Pte Ltd for failing to protect residents' data.
        Mahkamah Perusahaan Malaysia, Award No. 1043 of 2026: Syarikat Bina Jaya Sdn Bhd was ordered to reinstate the union members without loss of seniority.
    """),
    ("en", "clinic_admin"): _lines("""
        Referral letter template: Dear Dr ___, kindly see this patient (name, NRIC, DOB on label) for further evaluation of ___. Thank you.
        Polyclinic appointments can be rescheduled through the HealthHub app; please bring your CHAS card and Medisave authorisation form.
        Dr Tan Chin Hock, the clinic's fictional mascot doctor in our health-education comic, reminds children to wash their hands for 20 seconds.
        MC issued by a registered medical practitioner is accepted for sick leave; teleconsultation MCs must include the doctor's MCR number.
        Clinic opening hours: Mon to Fri 8.30am to 9pm, Sat 8.30am to 1pm, closed on Sundays and public holidays.
        The panel clinic list was updated on 2 December: 14 clinics added in Johor Bahru and 6 removed in Klang.
        Diabetes screening uptake among residents aged 40 and above rose to 62.3% in 2025, according to the National Population Health Survey.
        Specialist Outpatient Clinic subsidy: Singapore Citizens receive 50% to 70% subsidy depending on monthly household income per person.
        Our nurses will never ask for your bank PIN or OTP over the phone; report suspicious calls to the ScamShield helpline 1799.
    """),
    ("en", "bank_telco_cs"): _lines("""
        Thank you for contacting Arcbank. Your reference number is CS-20261203-884213; a specialist will respond within 3 working days.
        Agent script: "May I verify the last four digits of your NRIC and your date of birth before I proceed?"
        Your order #SG-7741902 for the iPhone 17 (256GB, Sage) has been shipped via Ninja Van, tracking NV2026SG04471290.
        Plan change: Postpaid 5G 120GB at $35/month, 24-month contract, early termination charge of $400 prorated.
        Maintenance advisory: internet banking will be unavailable from 2am to 6am on Sunday for system upgrading.
        Transaction reference FT26337M9Q2KX was reversed on 03/12/2026 14:22:07 SGT due to a duplicate submission.
        Use the test card 4111 1111 1111 1111 with any future expiry date to simulate a successful payment in the sandbox.
        Fixed deposit promotion: 2.65% p.a. for 12 months with a minimum placement of RM10,000, while campaign funds last.
        Customer feedback survey (n=2,431): 78% rated the branch experience as good or excellent; average wait time 11 minutes.
        To report a lost card, call our 24-hour hotline at 1800 222 3939 or +65 6222 3939 from overseas.
    """),
    ("en", "school_admin"): _lines("""
        Dear students, module registration for Semester 2 opens on 5 January at 9am; please check EduRec for your allocated timeslot.
        All Year 1 students must complete the online academic integrity module by Week 4; the completion rate is currently 87%.
        Dear Parent/Guardian, the P5 learning journey to the Science Centre will take place on 14 March; please sign the consent slip and return it by Friday.
        The Registrar's Office is closed for stocktaking on 30 and 31 December; transcript requests will resume in January.
        Scholarship applications must include: (a) the completed form, (b) certified copies of results, (c) two referee letters. Do not include your NRIC copy.
        Results of the Dean's List will be published on 20 January; students may view them in the portal under Academic Records.
        Placeholder roster for the demo: Student A, Student B, Student C (matric nos. A0000000X, A0000001Y, A0000002Z).
        Universiti Malaya will hold its 66th Convocation at Dewan Tunku Canselor from 18 to 25 October.
        The Vice-Chancellor announced that tuition fees for the 2027 intake will remain unchanged for Malaysian students.
    """),
    ("en", "public_figures_news"): _lines("""
        Manpower Minister Dr Farid Rahman told Parliament that 96% of Employment Pass holders met the COMPASS framework points threshold.
        Minister of State Ms Grace Lim Wen Hui visited the Tripartite Alliance for Fair Employment Practices office to launch the new workplace fairness guidelines.
        KWSP Chief Executive Officer Datuk Azman Idris said the fund declared a dividend of 6.10% for conventional savings.
        In his Budget speech, Finance Minister Tan Boon Kiat announced a one-off CPF Special Account top-up for lower-income seniors.
        Human Resources Minister Steven Raj Sivakumar said the minimum wage of RM1,700 would apply to all employers from August.
        LHDN Chief Executive Officer Dato' Mohd Nizam Ahmad urged taxpayers to use e-Filing before the deadline.
        Inspector Rahim, the hapless detective in the sitcom "Balai Cemerlang", returns for a third season on Astro.
        Ah Kow, the CPF Board's cartoon uncle in its retirement-planning videos, explains CPF LIFE payouts in Hokkien.
    """),
    ("en", "insurance_policy"): _lines("""
        Claims must be submitted within 30 days of the date of discharge together with the original hospital bill and the discharge summary.
        This policy does not cover pre-existing conditions unless they have been declared and accepted in writing by the insurer.
        Sample claim form (SPECIMEN ONLY - DO NOT SUBMIT): Policyholder: JOHN DOE, NRIC: S1234567D, Policy no.: XX-000000.
        The Integrated Shield Plan rider co-payment is capped at $3,000 per policy year for treatment at a panel provider.
        Group Term Life benefit: 24 times monthly basic salary, subject to a maximum of S$500,000 per insured employee.
        Work Injury Compensation: the maximum compensation for permanent incapacity is $289,000 for accidents on or after 1 November.
        Claim status: PENDING_DOCS. Outstanding items: itemised bill, specialist memo. Claim ID CLM-2026-00987341.
        Takaful contribution for the family plan starts from RM95 per month; the wakalah fee is disclosed in the product disclosure sheet.
        Illustration assumes a projected investment return of 4.25% p.a.; actual returns may be higher or lower.
    """),
    ("en", "payroll_tech"): _lines("""
        def cpf_employee_share(wage: float, age: int) -> float: return round(wage * (0.20 if age <= 55 else 0.15), 2)
        SELECT emp_id, basic_salary, cpf_ee FROM payroll WHERE pay_month = '2026-11' AND status = 'FINAL';
        Fixture: {"name": "Test Employee", "nric": "S0000001I", "email": "test.employee@example.com", "salary": 1000}
        ERROR 422: field "mykad_no" must match pattern ^\\d{6}-?\\d{2}-?\\d{4}$ (received "XXXXXX-XX-XXXX").
        git tag v3.8.1 -m "Fix PCB rounding for bonus months; bump kwsp-rates to 2026.2"
        sha256: 9f2c4e7a1b03d6e8f5a7c2b9e1d4f6a8c3b5e7d9f1a2c4e6b8d0f2a4c6e8b0d2  payroll-export-2026-11.csv.gpg
        The EPF employer rate is 13% for wages of RM5,000 and below and 12% above; the function rate_for(wage) encodes this rule.
        Mask NRIC values in logs as S****567D; never log the full number, a phone number or the home address.
        Seed data generator: faker.Faker("en_SG").name() produces fictitious names for staging only; staging must never be loaded with production data.
    """),
    ("ms", "panduan_agensi"): _lines("""
        Pencarum KWSP boleh membuat pengeluaran Akaun 2 untuk pendidikan, perumahan dan kesihatan tertakluk kepada syarat yang ditetapkan.
        Majikan wajib mendaftar dengan PERKESO dalam tempoh 30 hari selepas mengambil pekerja pertama.
        Borang BE hendaklah dikemukakan kepada LHDN sebelum 30 April; bayaran baki cukai boleh dibuat melalui FPX.
        Notis kepada penduduk: bekalan air akan terganggu pada hari Ahad dari jam 10 pagi hingga 4 petang.
        Contoh surat tawaran: Nama: [Nama Penuh] No. Kad Pengenalan: [No. MyKad] Jawatan: [Jawatan] Gaji Pokok: RM[Amaun].
        Kadar caruman majikan KWSP ialah 13% bagi pekerja yang bergaji RM5,000 dan ke bawah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        This is to certify that Ms Nurul Aisyah binte Kamarudin (NRIC S5729266J) has been employed as a Senior Accounts Executive since 4 March 2019.
        Payslip for November: Lim Wei Jie, Employee No. 10472, basic S$5,200, transport allowance S$300, employee CPF S$1,040, net pay S$4,460, credited to DBS 072-41859-3.
        Re: Mr Ganesh s/o Murugiah, 58, referred for suspected early Parkinson's disease with resting tremor of the right hand; please review and advise.
        Dear Dr Wong, I am referring Mdm Koh Siew Lan (DOB 14/02/1961) who has had three episodes of chest pain on exertion; ECG attached.
        Claimant: Tan Jia Hui, claim no. CLM-2026-00412877, admitted to Mount Elizabeth Novena for appendectomy on 12 Oct; bill S$18,420.35.
        Your MyKad number 880412-14-5523 has been verified and your KWSP withdrawal of RM8,500 will be credited to Maybank account 1140 3328 6701.
        Tenant of #08-112, Blk 417 Tampines Street 41, Singapore 520417, Mr Shafiq Rahman, is three months in arrears on rent.
        Performance review 2026 - Employee: Chong Mei Ling (HR ID 3381). Rating: 2 (Below expectations). She will be placed on a 90-day Performance Improvement Plan.
        Please call Mrs Devi Krishnan on 9735 2281 to arrange the home visit; she is recovering from a hip replacement and cannot come to the door quickly.
        Hi Melissa, just a heads-up that Aaron Teo from Finance is going through a divorce, so please be gentle about the overtime request this month.
        ECT summary: The claimant, Mr Joseph Ong Kah Wee, a driver earning $2,450 a month, was awarded $3,120 in unpaid overtime against his former employer.
        Student Nur Farhana binti Zulkifli (matric no. U2104471K) has been granted a deferment on medical grounds following a diagnosis of major depressive disorder.
        Dear Mr Ravi Chandran, we refer to your NRIC T1888732G and confirm that your CPF Medisave balance as at 30 November is $41,276.18.
        Employee passport no. E5538201K, Ms Siti Hajar Mohd Yusof, Work Permit to be renewed before 21 January.
        Condo notice: the owner of #12-04, Dr Harold Tay, has been reported for unauthorised subletting of the unit to short-term guests.
        Please send the hospitalisation letter to Chua Boon Huat at 23 Jalan Setia Indah 9, Taman Setia Indah, 81100 Johor Bahru.
        Candidate Lee Xin Yi (tel 8264 1907, xinyi.lee92@gmail.com) accepted our offer at S$6,800 per month; she resigns from her current role on Friday.
        Salary adjustment letter: Encik Hafiz Azmi's basic salary is revised from RM4,300 to RM4,750 effective 1 January.
        Mr Kumar Selvaraj's wife is expecting their second child in February, so he has applied for shared parental leave.
        Insurance claim denied: Ms Goh Pei Shan's policy excludes her pre-existing condition of lupus, which was not declared at application.
        MyKad: 920817-10-6231, Name: Wan Nur Izzati binti Wan Ahmad, Address: No. 17, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        FIN G2525873N - Mr Pradeep Nair, S Pass holder, monthly salary S$3,650, employer Zenith Logistics Pte Ltd.
        Hi, this is Jasmine from 10-3A. My son Ethan (Sec 2 at Bedok South Secondary) was bullied in the lift lobby yesterday; I have reported it to the school.
        Account holder: Azlan bin Ismail, CIMB current account 8602 1145 37, reason for closure: moving to Perth for his wife's cancer treatment.
        The tribunal ordered the landlord to refund the deposit of RM2,400 to the tenant, Ms Priya Devi a/p Subramaniam, of Unit B-7-3, Residensi Cahaya, Shah Alam.
        Dear Ms Ho, your daughter Chloe Ho Yu Xuan (class 4 Integrity) was absent for 9 days this term; please submit the MCs to the form teacher.
        Staff medical claim: Muhammad Irfan (Emp 20931) visited Raffles Medical for a psychiatric follow-up; claim amount S$185.
        Telco account 8-23349017 under Mr Benjamin Soh, service address Blk 208 Serangoon Central #11-231, Singapore 550208, overdue $312.40.
        Reference check: Ms Angela Fernandez left our company in 2024 after a misconduct inquiry into expense claims; we would not rehire her.
        Please update my home address to 51 Lorong Ah Soo #03-07, Singapore 536745 and my new mobile number +65 9482 6613. - Kelvin Yeo
        Applicant's NRIC S4444672C, date of birth 11 July 1994, household income $3,200 per month, four family members.
        Dear Sir, I am writing on behalf of my father, Mr Tan Ah Seng (NRIC S2878080Z), who has dementia, to request that his bank statements be sent to me.
        Leave records show that Ms Rachel Wong took 18 days of hospitalisation leave for chemotherapy between July and September.
        Transfer the final salary of RM3,912.60 to Public Bank account 3-1874-2209-16, beneficiary Lee Chee Keong, ref: FINAL PAY NOV.
        Emergency contact for employee Ng Hui Min: her mother, Mdm Lau Geok Eng, 6781 2294 (home).
        Passport A41827765, holder Mohd Danial bin Rosli, born 25 September 2001 in Kota Bharu, Kelantan.
        Dr Fatimah, the results of Mr Vincent Loh's HbA1c came back at 9.8%; he has not been taking his metformin regularly.
        Hey team, Brandon Lim's bonus this year is S$24,000 but please keep that between us, he earns more than his manager.
        Card ending 4003 0945 2923 2177, cardholder KAREN TAN SIEW PING, disputed a charge of S$1,299 at a Bugis electronics shop.
        Tenancy agreement: Tenant Mr Arjun Mehta, Indian passport Z4471902, monthly rent S$3,400 for 9 Cairnhill Rise #15-02.
        Pupil Muhammad Aiman, Primary 3, is under the Financial Assistance Scheme because his father has been unemployed since March.
        Dear Mdm Norhayati, your son's MyKad 010925-01-0873 was used to register for SPM; please collect the certificate at SMK Taman Daya.
        Email from wendy.chia@singnet.com.sg: "I still have not received my reimbursement of $460 for the dental surgery in October."
        The deceased, Mr Siow Kok Leong, 67, of Blk 12 Jalan Bukit Merah, left his HDB flat to his nephew according to the will.
        Mr Lai's CPF nomination names his partner Ms Jenny Quek as sole beneficiary, not his estranged children.
        Ms Tan Hwee Ling, NRIC F7644144T, has been certified unfit for duty for 14 days due to a slipped disc at L4-L5.
        Call back Puan Rosmah at 016-448 2903 about her husband's SOCSO invalidity pension; he had a stroke in June.
        Finance: vendor refund goes to POSB savings 188-52714-6 (account name: Goh Wei Ming), not to the company account.
        Ms Cheryl Ang, our HR admin in Jurong West, is HIV positive and has asked that only her direct supervisor be told.
        Student email: Dear Prof, I am Daniel Koh (A0245512R), I missed the midterm because I was admitted to KK Hospital for my premature daughter's birth.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Hi, I want to check why my November salary was short. My name is Lim Shu Fen, employee ID 20417.",
        ),
        (
            "assistant",
            "Sorry to hear that. Could you tell me what amount you expected and what you received?",
        ),
        (
            "user",
            "Should be S$4,300 net, but only S$3,860 went into my OCBC account 601-284937-001. Is it because of my no-pay leave?",
        ),
    ],
    [
        ("user", "How do I make a KWSP Account 2 withdrawal for my child's university fees?"),
        (
            "assistant",
            "You can apply through i-Akaun with the offer letter and fee statement. Is the student your own child?",
        ),
        (
            "user",
            "Yes, my daughter Nur Amira binti Hashim, MyKad 050611-14-0622, she's entering UiTM Shah Alam in March.",
        ),
    ],
    [
        ("user", "Draft a referral letter to a cardiologist for my patient."),
        ("assistant", "Sure. Please give me the patient's details and clinical findings."),
        (
            "user",
            "Mr Teo Chee Meng, 62, NRIC S5583440G, chest tightness on exertion for 3 weeks, ex-smoker, LDL 4.6, ECG shows ST depression in V4-V6.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Dr ___, I would be grateful if you could review Mr Teo Chee Meng...",
        ),
    ],
    [
        ("user", "My telco keeps billing me for a line I cancelled. What can I do?"),
        (
            "assistant",
            "You can escalate to the telco, and if unresolved, file a complaint with the relevant mediation centre. Do you have the account details?",
        ),
        (
            "user",
            "Account is under Jonathan Seah, 9 Hillview Avenue #07-11 Singapore 669558, mobile 9116 3480. They charged $89.90 for three months.",
        ),
    ],
    [
        ("user", "Can you summarise this performance review into three bullet points for my boss?"),
        ("assistant", "Of course, please paste the review."),
        (
            "user",
            "Employee: Farah Lee, Regional Sales Manager. Missed target by 35%. Frequent absences since her miscarriage in April. Recommend no increment and review in Q2.",
        ),
    ],
    [
        (
            "user",
            "What documents do I need for an insurance claim after a car accident in Malaysia?",
        ),
        (
            "assistant",
            "Usually a police report, your driving licence, the vehicle registration card, photos and repair quotations.",
        ),
        (
            "user",
            "OK. The other driver's details: Yap Kok Wai, MyKad 750203-07-5148, phone 012-387 4410, vehicle PKM 6021. He admitted fault.",
        ),
    ],
    [
        (
            "user",
            "Our condo committee wants to send a notice about a resident who keeps throwing rubbish from height.",
        ),
        (
            "assistant",
            "It is best not to name anyone in a public notice. Should I write a general reminder instead?",
        ),
        (
            "user",
            "No, name him: Mr Derek Poh of #18-06 Block C. The police already warned him and his wife says he's on psychiatric medication.",
        ),
    ],
    [
        (
            "user",
            "I need help writing an email to the university registrar to appeal my dismissal.",
        ),
        ("assistant", "Certainly. What are the grounds of your appeal?"),
        (
            "user",
            "I'm Marcus Chan Wei Lun, matric A0198834N. My CAP fell to 1.8 because my mum was diagnosed with stage 3 colon cancer and I was her main caregiver.",
        ),
    ],
    [
        ("user", "Can you format this for the bank's dispute form?"),
        ("assistant", "Yes, please share the transaction details."),
        (
            "user",
            "Cardholder: Suresh Pillai, card 5604 4738 3764 4341, email suresh.pillai77@yahoo.com.sg, disputed transaction S$2,480 on 28 Nov at an online merchant.",
        ),
        (
            "assistant",
            "Here is the formatted dispute entry with cardholder, card number, contact email, amount and date.",
        ),
    ],
]
