# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en133: SG/MY private investigators, debt collectors and process servers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en133
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_ads"): _lines("""
        Discreet Matrimonial Investigations | Licensed by PLRD | Pre-marital checks, infidelity surveillance, court-ready reports | Call Lion City Investigations Pte Ltd at 6735 2218 (Mon–Sat 9am–7pm)
        SKIP TRACING FROM $380 – locate absconded tenants, missing debtors and estate beneficiaries islandwide. Results in 5 working days or full refund. Merlion Trace Services, 10 Anson Road #22-05, Singapore 079903.
        Process serving for law firms: writs, originating claims, bankruptcy applications, statutory demands. Same-day service within the CBD, affidavit of service drafted and ready for swearing. Tel 6223 7104.
        Corporate due diligence in Malaysia and Singapore: director background checks, litigation searches, asset tracing. Licensed under the Private Agencies Act 1971. KL office 03-2161 9037.
        We do NOT use harassment, red paint or threats. Ethical debt recovery for SMEs – letters of demand, negotiation, instalment plans, referral to lawyers. Success fee 15%–25% of amount recovered.
        Hiring: Field Investigator (full-time) – must hold a valid PI licence and Class 3 driving licence, willing to do night surveillance. Salary $3,200–$4,000 + allowance. Send CV to careers@liontrace.com.sg
        Employee background screening packages: Basic (education + employment verification) $120; Standard (+ litigation & bankruptcy search) $220; Premium (+ overseas records) $450. PDPA-compliant consent forms provided.
        Lost contact with an old friend or relative? Our People Tracing service uses only consent-based methods and public records. Hotline 6100 4527, or drop by our Tanjong Pagar office.
        Insurance fraud investigation: claims validation, activity checks, workplace injury verification. Trusted by general insurers since 2004.
        Bug sweeping / TSCM for offices and boardrooms – detect hidden cameras, GPS trackers and audio devices. Serving Johor Bahru & Iskandar Puteri. Hotline 07-334 8821.
        Process server in Penang – service of court documents in George Town, Butterworth and Bukit Mertajam. RM150 per attempt, RM80 for each additional attempt. Call 04-226 5910.
        24/7 surveillance teams – 2-man or 3-man, motorbike + car, HD video with timestamp and GPS overlay. No job too small, weekend rates apply.
        ★★★★★ Very professional agency, the report was detailed and the investigator kept me updated every evening. Worth every dollar.
        Landlords: unpaid rent, damaged units, tenants who disappeared? We trace the tenant and help you prepare your Small Claims Tribunals filing. Call 6909 3342.
        Industry note: Kroll, founded by Jules Kroll in 1972, helped turn corporate investigations into a global business; regional firms in Singapore followed the same model in the 1990s.
    """),
    ("en", "regulation_and_procedure"): _lines("""
        Under the Private Security Industry Act, no person shall carry on a private investigation agency or act as a private investigator without a valid licence from the Police Licensing & Regulatory Department.
        Licensed private investigators must carry their licence card while on duty and produce it upon request by a police officer.
        Personal service of an originating claim is effected by leaving a copy of the document with the person to be served; if the person refuses to accept it, the server may leave it near them and tell them what it is.
        Where personal service is impracticable, the claimant may apply for an order for substituted service, supported by an affidavit showing reasonable attempts at the last known address.
        The affidavit of service should state the date, time and place of service, how the server identified the person served, and exhibit a copy of the document served.
        In Malaysia, the Private Agencies Act 1971 requires a licence from the Minister of Home Affairs to operate a private agency; operating without one is an offence punishable by fine or imprisonment.
        Licensed moneylenders must not use or threaten violence, harass borrowers or their family members, or enter a borrower's home without consent.
        Agency code of conduct, clause 4.2: collectors must state their name and the creditor they act for, may not call before 8am or after 9pm, and must never disclose the debt to neighbours, employers or relatives.
        Harassment of debtors – vandalism, locking gates, splashing paint, posting notices at a person's home – should be reported to the police; in Singapore call 999 in an emergency or the Police Hotline 1800-255-0000.
        Unlicensed moneylending is an offence under the Moneylenders Act; members of the public with information may call the X-Ah Long hotline at 1800-924-5664.
        Surveillance must not involve trespass, hacking into devices, planting trackers on a vehicle without the owner's consent, or recording private conversations; evidence obtained this way may be excluded and expose the agency to prosecution.
        Under the PDPA, an organisation collecting personal data for a skip trace needs a lawful purpose; collecting without consent is allowed only where it is reasonable for an investigation or proceedings.
        Retention schedule: surveillance footage is kept 12 months after case closure and then securely deleted; client files are kept 5 years for audit by the licensing authority.
        A statutory demand under the Insolvency, Restructuring and Dissolution Act 2018 must be for a debt of at least $15,000 and gives the debtor 21 days to pay, secure or compound the debt.
    """),
    ("en", "how_to_questions"): _lines("""
        Can a debt collector come to my workplace and tell my boss I owe money? Is that allowed in Singapore?
        Got a letter from a "legal department" saying they will send a bailiff to seize my furniture within 7 days. Real or scare tactic? The bank never sued me.
        How do process servers find you if you have moved and never updated the address on your IC?
        Is it legal to hire a PI to follow my spouse in Malaysia, and can the report be used in divorce proceedings?
        What should I ask before hiring a private investigator – licence number, fee structure, written contract, anything else?
        Collectors keep calling our home about my late father's credit card debt. Do family members have to pay?
        How many attempts must a process server make before the court will allow substituted service?
        Ah long sprayed paint on the wrong unit in our block – the borrower was the previous tenant. Who do we call and who pays for the cleaning?
        Anyone know a reliable agency for locating a runaway domestic helper? The employment agency says we must make a police report first.
        Is it true that PIs in Singapore cannot access bank or telco records? Then how do they trace people?
        How do I verify a private investigator's licence in Malaysia? Is there a public list from KDN?
        If I refuse to accept documents from a process server, am I still considered served?
        What's the difference between a debt collection agency letter and a lawyer's letter of demand?
        Landlord here: tenant vanished owing 3 months rent. Worth paying a skip tracer or just go straight to Small Claims?
        Reading Raymond Chandler's The Big Sleep – did real private eyes in 1930s Los Angeles work anything like Philip Marlowe?
    """),
    ("en", "blank_templates"): _lines("""
        AFFIDAVIT OF SERVICE | I, ____________ (NRIC No. ____________), of ____________, process server, make oath and say: On ___/___/20__ at ____ hrs I personally served ____________ with a copy of the ____________ at ____________.
        SKIP TRACE REQUEST FORM | Subject full name: [ ] | ID no.: [ ] | Last known address: [ ] | Last known employer: [ ] | Vehicle no.: [ ] | Reason for trace: [ ] | Client agrees to PDPA terms: Y / N
        Surveillance Daily Log – Date: {date} | Case: {case_ref} | Operative: {op_code} | Time | Location | Activity observed | Photo ref
        Dear {debtor_salutation} {debtor_name}, our records show an outstanding balance of {currency} {amount} on account {account_no}. Please contact us within 14 days to discuss repayment.
        NOTICE OF ATTEMPTED SERVICE — We called at this address on ______ at ______ to deliver legal documents for ______. Please contact the sender at the number above within 3 days.
        Client engagement letter: This agreement is made between the Agency and the Client named in Schedule 1. The Agency shall not be liable for any loss arising from information supplied by the Client.
        Field checklist: licence card ✓ body cam charged ✓ documents + 1 spare copy ✓ photo of unit door & number ✓ note time of every attempt ✓ never enter premises without invitation
        WhatsApp template (approved by compliance): "Hi, this is <AGENCY NAME> regarding account <REF>. Kindly call <OFFICE LINE> during office hours. Please ignore if already settled."
        Investigation Report Cover | Client: <Client Code> | Subject: <Subject Code> | Period: <dd/mm/yyyy> to <dd/mm/yyyy> | Classification: CONFIDENTIAL
        Consent form: I, ____________________, NRIC/FIN __________, consent to ____________ conducting a background screening on me for employment purposes.
        TAKE NOTICE that unless the sum of $______ is paid within seven (7) days of the date hereof, our client shall commence legal proceedings against you without further notice.
        case_id, client_code, subject_code, service_type, attempts, status, served_at, affidavit_sworn, invoice_no
    """),
    ("en", "case_refs_and_ops_logs"): _lines("""
        Job PS-2025-01187: originating claim HC/OC 1043/2025 — 1st attempt 29/10 1915hrs no answer; 2nd attempt 31/10 0705hrs no answer; returned to solicitors for substituted service application.
        Invoice INV-2025-3312 | Skip trace (standard) $380.00 | GST 9% $34.20 | Total $414.20 | Payment terms 30 days
        Registered letter of demand RR482913056SG dispatched 14/11/2025 – delivery status: returned to sender, 'addressee unknown'.
        Ticket #88213 closed: client disputed invoice for 3 unsuccessful service attempts; 50% refunded as goodwill.
        Monthly KPI Oct 2025: 412 documents received, 361 served personally (87.6%), 29 by substituted service, 22 returned unserved.
        Suit no. WA-22NCvC-381-07/2025 — writ and statement of claim received from solicitors on 02/08/2025; must be served within 6 months of issue.
        Pool car VH-07 (Toyota Vios 1.5E, silver) due for 80,000 km servicing; book VH-04 (Perodua Axia 1.0G) for Thursday surveillance instead.
        Body cam firmware v2.3.17 pushed to all units; SHA-256 of release file 3b7f0c9e21d84a6f5e0c1a2b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e.
        Agency licence PA/2023/00517 valid until 31/03/2027 – renewal reminder set for 01/01/2027.
        Policy ref DC-POL-014 rev 3: field agents must end all doorstep visits by 8pm and log every visit in the app within 30 minutes.
        Case MY-SUR-2025-0093 summary: 5 days surveillance, 38 hours, 214 photos, 11 video clips; report delivered 19/09/2025; no complaints.
        2025-11-02T09:14:22+08:00 ERROR trace_api timeout after 30000 ms (request_id=7c1e9a40-2b55-4d1f-9a3e-0e8b6d2f1c77)
        Portfolio handover from bank: 1,250 accounts, total outstanding RM 18.4 mil, average 210 days past due, batch ref BNK-MY-2025-Q3-07.
        Same-day service coverage by postal sector: 01–08, 17–19, 22, 23, 38–41; all other sectors next working day.
    """),
    ("ms", "notis_dan_soalan"): _lines("""
        Adakah ejen pemungut hutang dibenarkan datang ke rumah selepas jam 9 malam? Apa tindakan yang saya boleh ambil?
        Agensi Penyiasatan Persendirian Bersatu Sdn Bhd – berlesen di bawah Akta Agensi Persendirian 1971 | Siasatan latar belakang, pemantauan, pengesanan aset | Tel: 03-7955 2604
        NOTIS: Penyampaian dokumen mahkamah hanya dilakukan oleh wakil yang membawa kad kuasa. Sila minta kad kuasa wakil sebelum menerima dokumen.
        Jika anda diganggu oleh along, buat laporan polis di balai berhampiran atau hubungi talian kecemasan 999.
        Templat: Saya, ______________ (No. K/P: ______________), penghantar saman, dengan sesungguhnya mengaku bahawa pada ______ saya telah menyampaikan ______ kepada ______ secara serahan kediri.
        Berapa kos upah penyiasat persendirian di Kuala Lumpur untuk kes curang suami? Ada pakej harian tak?
        Syarikat kami tidak pernah menggunakan ugutan atau simbah cat. Semua kutipan hutang dibuat secara beretika mengikut garis panduan bank.
        Kekosongan jawatan: Penyiasat Lapangan – lesen memandu D & B2, sanggup bekerja waktu malam, gaji RM2,800 – RM3,500.
        Peringatan kepada orang awam: bank tidak akan meminta anda membayar hutang ke akaun peribadi ejen. Sahkan dahulu dengan bank melalui talian rasmi.
        Kes saman sivil BA-B52NCvC-112-03/2025 – dokumen diterima, percubaan serahan pertama dijadualkan minggu depan.
        Soalan: kalau saya enggan ambil surat daripada penghantar saman, adakah dianggap telah diserahkan?
        Statistik suku tahunan: 86% serahan berjaya pada cubaan pertama, 9% memerlukan cubaan kedua, 5% dipulangkan kepada firma guaman.
    """),
    ("zh-Hans", "forum_qna"): _lines("""
        在新加坡被大耳窿骚扰怎么办？可以打 X-Ah Long 热线 1800-924-5664，或者直接报警。
        马来西亚的私家侦探需要内政部发的执照吗？怎么查一家侦探社是不是合法的？
        收到信说欠银行信用卡钱，七天内不还就上法庭，这是真的律师信还是催收公司吓人的？
        送达员上门送法院文件，如果我不开门，算不算已经送达？
        在新加坡请私家侦探跟踪配偶合法吗？拍到的照片能在离婚诉讼里当证据吗？
        本社为持牌侦探社，提供婚姻调查、员工背景审查、资产追查服务，办公室电话 6532 7781，恕不接受非法窃听委托。
        讨债公司可以打电话给我的同事和老板吗？这样算不算违反个人资料保护法？
        房东求助：租客跑了，欠三个月房租，花钱找人追踪值得吗？还是直接去小额索偿庭？
        小说里的福尔摩斯和《名侦探柯南》里的毛利小五郎，跟现实中私家侦探的工作差别很大。
        统计：去年本社共接案 540 宗，其中婚姻调查占 41%，商业调查占 33%，寻人占 26%。
    """),
    ("mixed", "ops_group_chat"): _lines("""
        Morning all, today got 6 service jobs – 4 in Jurong West, 2 in Sengkang. Addresses already in the job app, don't paste in group ok.
        Boss said from Monday all photos must have timestamp + GPS watermark, otherwise cannot use for affidavit.
        Lift at that block spoil again, walked up 14 floors for nothing, nobody home. Will try again tmr 7am lah.
        Reminder: no need to argue with the person, just identify, hand over, leave. If they shout, walk away and note it down.
        Sapa pegang kamera Sony yang kedua? Bateri dah habis, tolong charge sebelum shift malam.
        今天的 surveillance 取消了，client postpone to next week, OT claim still can submit.
        Guys, individual PI licence renewal due end of month, please submit new passport-size photo to admin by Friday.
        Causeway jam confirm 2 hours, all Johor jobs shift to afternoon ya.
        Anyone got spare A4 envelopes? Need to re-print 3 sets of court papers, the firm sent the wrong version.
        Office aircon servicing tmr 10am, please don't leave case files on the table, lock in the cabinet.
        New client onboarding SOP updated in the shared drive, read before Friday meeting k.
        Kena scolded by the condo guard, cannot go up without resident invitation. Next time call the management office first.
        Nak tanya, claim parking untuk job Bangsar semalam kena guna borang baru ke lama?
        Training on Thursday: how to write surveillance report in neutral language – no opinion, only what you see and the time.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SKIP TRACE REQUEST | Subject: TAN WEI LIANG | NRIC: S8834521E | DOB: 14/03/1988 | LKA: Blk 412 Bedok North Ave 2 #07-118 S(460412) | Last employer: logistics firm in Tuas | Reason: absconded from tenancy owing $5,400
        I personally served the Originating Claim on MUHAMMAD HAFIZ BIN ROSLI at 23 Jalan Bunga Rampai, Singapore 538352 at 7.42pm on 12/11/2025; he confirmed his identity by showing his NRIC S9045716J.
        Surveillance Day 2: 0812hrs Subject (Ms Priya d/o Ramasamy) left her residence at Toa Payoh Lor 1 driving white Honda Vezel SLK 4471Y; 0840hrs parked at a gym in Bishan; remained inside till 1003hrs.
        0047 | LIM CHEE KEONG | 751120-01-5093 | 012-384 7719 | card 5204 7368 1349 7601 | o/s RM 8,452.17 | last payment 03/2025 | Taman Molek, Johor Bahru
        Complaint to Registry of Moneylenders: since October, collectors have been calling my 74-year-old mother, Mdm Goh Siew Lan, at her flat in Ang Mo Kio every night about my brother's loan. She is not a guarantor.
        Client brief: wife suspects husband Ravi a/l Subramaniam (works at a bank in Cyberjaya) is meeting someone at a condo in Puchong on Tue/Thu evenings. His car: black Toyota Camry WVX 3821.
        tmr 9am pls serve the bankruptcy application on Ong Kah Hock at 16 Lorong 27 Geylang #03-02, he usually leaves for his stall by 10.
        called 9672 3318 (debtor Jason Koh Boon Hwee) 3x today, no pickup; wife answered the 4th call and said he now works night shift as a food delivery rider.
        LOCATE: Nurul Ain binti Kamarudin, MyKad 920607-10-6284, beneficiary under her late grandfather's estate, last known staying with her sister in Kota Bharu around 2019.
        Screening result — Candidate: Daniel Fernandez (NRIC T0218874G) | Degree verified | Previous employer confirmed | 1 Small Claims order against him in 2023 – not disclosed in application.
        Tenant trace: Kelvin Ong, mobile 8215 0947 (WhatsApp active, last seen today), moved out of his Clementi unit without notice; now believed staying at Blk 208 Jurong East St 21 with his girlfriend.
        Subject's Telegram @shawnyeo_88 still posting – photos show Shawn Yeo Jun Hao at a Batam resort on 22/11 while on medical leave for a back injury (insurance claim CLM-77812).
        Police report: O$P$ painted on the door of Blk 127 Kim Tian Road #05-233 on 03/12 around 3am; occupier Mr Ng Beng Soon says the debt belongs to his son Ng Wei Ming, 26, who moved out last year.
        SERVED — RAJESH KUMAR S/O GOVINDASAMY, male, approx 1.70m, moustache, blue singlet, at the gate of No. 27, Lorong Bukit Setongkol 5, 25200 Kuantan, 6.55pm. Recipient refused to sign.
        Background check order: please run litigation & bankruptcy searches on CHUA SIEW PENG, NRIC S7612093E, and her company; my client is considering a $250k investment with her.
        Hire purchase arrears RM 6,210 – Perodua Myvi PKC 8810, registered owner Mohd Faizal bin Abdullah, Fourth Schedule notice dated 01/10/2025, repossession team assigned.
        From: sharon.lee.ym@gmail.com — Hi, I need a PI to find my biological father. All I know: his name is Lee Ah Seng, he drove a taxi in the 80s and lived in Queenstown.
        Payment received from debtor Wong Kar Meng via PayNow, 3rd instalment $300, balance $1,800, next due 15/01/2026.
        Refund details: POSB Savings 183-52914-6, account name SITI ZUBAIDAH BTE MOHAMED YUSOF – overpaid retainer $450.
        Handover: subject ANG KOK LEONG lives at Bukit Batok West Ave 6, drives SKQ 8812B, leaves for work ~0730; second car is registered to his wife Cheryl Tay.
        FIN G5582013P – Md Rahim Uddin, Bangladeshi work permit holder, left his dormitory at Tuas South on 02/11/2025 owing his employer a $2,400 loan; employer wants him located.
        Trace hit: old email jeremiah.d.87@hotmail.com linked to a new Carousell account; subject Jeremiah Dass likely relocated to KL, working at a call centre in Bangsar South.
        Call note 14/11: Puan Rosnah binti Haji Ismail (MyKad 690818-08-5210) called crying, collectors came to her house in Ipoh about her son's car loan; she is a retired cleaner on dialysis.
        Hi Encik Azman bin Othman, this is Cheryl from Prime Recovery. Your settlement of RM 3,500 is due this Friday, please don't miss it again or the bank will proceed with legal action.
        Service attempts for KHOO BOON TECK, 71 Jalan Kembangan #02-01: 11/11 0650hrs no answer, shoes outside, light on; 13/11 2010hrs helper said sir not in; 15/11 1230hrs neighbour said he is in Shenzhen.
        HELP FIND: Mr Lau Kim Huat, 79, has dementia, last seen at Bukit Merah View market on 04/12 in a white polo shirt. Please call his daughter Grace at 9438 1206.
        Complaint to PLRD: an investigator, Alvin Sim Teck Wee, followed my daughter Chloe Lim, 17, from her school in Tampines to our home every day for a week. I want to know who hired him.
        0112 | SARAVANAN A/L MUNIANDY | 800716-05-5079 | 017-552 0938 | Taman Rasah Jaya, Seremban | PL o/s RM 12,880 | DPD 187 | promise to pay broken 10/2025
        subject confirmed: Joanne Pereira, 9017 4482, staying Pasir Ris
        Client Mr Marcus Tan wants a covert check on his business partner Benjamin Chew's gambling – Benjamin was seen at the casino three nights last week and owes the company $80k.
        Retainer $1,500 charged to VISA 4175 9006 9292 6050, cardholder YAP LAI KUEN, exp 08/28, for 3 days matrimonial surveillance on her husband.
        Statutory demand served on Hairul Nizam bin Jamaluddin at his workplace, a bus depot in Ang Mo Kio, on 20/11/2025; he tore up the papers in front of me.
        Our agent spotted the absconder Mr Thomas Lim (NRIC S6523081Z) at a kopitiam in Geylang East at 2.15pm, driving SJD 306D. Client informed.
        Ref DBT/2025/08842 – Mr Vijay Nair s/o K. Balakrishnan, 5 Lorong Marican, Singapore 417139: outstanding sum $4,118.60; failing payment in 7 days we shall advise our client to commence proceedings.
        Agency keeps calling our office asking for Nicholas Goh, my ex-colleague who left 2 years ago, and they even told the receptionist he owes $7k on a personal loan.
        Hi, I'm the debtor Lee Mei Fong, S8129470D. I want a settlement letter before I pay anything. My email is meifong.lee.88@yahoo.com.sg
    """),
    "ms": _lines("""
        Laporan pemantauan: Subjek, Encik Zulkifli bin Ahmad, keluar dari rumahnya di No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam pada jam 7.45 pagi menaiki motosikal Yamaha BNR 5172.
        Kepada Puan Siti Hajar binti Mohd Noor (No. K/P 950103-06-5542): baki tunggakan pinjaman peribadi anda berjumlah RM 9,316.40 dan perlu dijelaskan dalam tempoh 14 hari.
        Aduan: ejen kutipan hutang menelefon majikan saya di Kuching dan memberitahu tentang hutang kad kredit saya. Nama saya Awang Jamil bin Awang Kassim, no. tel 013-884 2176.
        Dokumen telah diserahkan kepada Encik Chandran a/l Perumal di pagar rumahnya, Lot 1127, Kampung Sungai Ramal Dalam, 43000 Kajang, jam 6.30 petang. Beliau enggan menandatangani.
        Tolong cari bekas suami saya, Mohd Shahrul Nizam bin Razali, MyKad 880314-14-5527, tak bayar nafkah anak sejak 2023. Kali terakhir dengar dia kerja di Johor Bahru.
        Senarai akaun hari ini: 1) Tan Ah Kow – 016-720 4518 – RM 2,340; 2) Kamala a/p Subramaniam – 014-905 3371 – RM 5,110.
        Cik Farah Nadia binti Hassan minta panggilan ke rumah ibunya di Kampung Baru dihentikan; dia sedang menerima rawatan kanser di Hospital Kuala Lumpur.
        Kereta WQT 6620 milik Lim Kok Seng dikesan di parkir Pasar Borong Selangor, Seri Kembangan, pukul 5.10 pagi. Subjek masuk ke gerai sayur no. 14.
        Bayaran balik ke akaun CIMB 7010883452 atas nama Nor Azizah binti Ramli, jumlah RM 600, kerana kes dibatalkan oleh pelanggan.
    """),
    "zh-Hans": _lines("""
        委托调查：陈志强，马来西亚身份证 930211-13-5567，据说在古晋开建材店，欠我客户货款 RM 48,000，请查他现在的住址和名下资产。
        送达记录：2025年11月18日晚上8点，在 Blk 745 Yishun St 72 #09-311 将诉状亲手交给黄丽娟女士，她当场签收。
        催收员今天又打电话给我妈（李秀英，72岁），说我弟弟李国华欠大耳窿三万块，还威胁要去她家泼漆。
        跟踪报告：目标人物吴家豪，驾驶 SMB 7725G，晚上10点进入芽笼 Lor 16 一家按摩院，停留约一小时后离开。
        请帮我找失联的表哥郑文辉，以前住在新山 Taman Molek，微信号 zhengwh_1983，电话 +60 11-2765 4413，已经三年没消息。
        欠款人资料：刘美玲，新加坡身份证 S7790342I，手机 8862 5731，欠款 $6,200，最后一次还款是 2025年7月。
        债务人何志明的太太说他已经去深圳打工了，她自己在裕廊西一家诊所当护士，每个月只能帮他还两百块。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a drafting assistant for a Singapore process-serving agency."),
        (
            "user",
            "Draft the affidavit of service para: served Teo Hui Min, NRIC S9318265J, at Blk 56 Lengkok Bahru #11-402 on 25 Nov 2025 at 7.05pm, she accepted and signed the acknowledgment.",
        ),
        (
            "assistant",
            "On 25 November 2025 at about 7.05pm, I attended at Blk 56 Lengkok Bahru #11-402, Singapore, where I personally served Teo Hui Min (NRIC No. S9318265J) with a copy of the Originating Claim. She accepted the documents and signed the acknowledgment, a copy of which is exhibited as 'AB-1'.",
        ),
        (
            "user",
            "Add that I identified her by comparing her face with the photo the solicitors gave us, and that she said she would pass it to her lawyer.",
        ),
    ],
    [
        (
            "user",
            "my ex-tenant ran away owing 4 months rent, can you help me write a skip trace brief for an agency?",
        ),
        (
            "assistant",
            "Sure. A good brief has the subject's full name, any ID number you hold from the tenancy agreement, last known phone and address, employer, vehicle, and what you want the agency to find. What details do you have?",
        ),
        (
            "user",
            "name Arjun Menon s/o Raghavan, phone 8390 6624 (now cannot reach), he worked at a car workshop in Ubi, his friend says he might be in JB now. owes $7,600.",
        ),
    ],
    [
        (
            "system",
            "You help staff of a Malaysian collection agency write polite, compliant messages.",
        ),
        (
            "user",
            "Write a reminder SMS for debtor Nur Syafiqah binti Azmi, 011-3082 5716, BNPL account overdue RM 1,780 since August.",
        ),
        (
            "assistant",
            "Salam Cik Nur Syafiqah, this is a reminder that your account has an overdue balance of RM 1,780. Please contact us during office hours to discuss a repayment plan. Ignore this message if you have already paid.",
        ),
        (
            "user",
            "She told us last week she's on maternity leave and her husband lost his job, so soften it and offer 6 instalments.",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to PLRD. A PI named Desmond Wee has been parking outside my house at 18 Jalan Chempaka Kuning every night since 1 Dec, car plate SGX 1149P.",
        ),
        (
            "assistant",
            "Here is a draft: 'I wish to report that since 1 December 2025 a man I understand to be a private investigator, Desmond Wee, has parked vehicle SGX 1149P outside my residence at 18 Jalan Chempaka Kuning nightly. I request that PLRD verify whether he is licensed and whether his conduct complies with licensing conditions.' Would you like to add dates and times?",
        ),
        (
            "user",
            "yes, also mention my wife Angela is pregnant and very stressed, she saw him taking photos of our gate on 3 Dec at 11pm.",
        ),
    ],
    [
        ("user", "summarise these surveillance notes into 3 bullet points for the client"),
        (
            "assistant",
            "Please paste the notes and tell me whether the client wants times included.",
        ),
        (
            "user",
            "0715 Harish Pillai left home at Sengkang East Way in grey Mazda 3 SMB 1306Y, 0750 dropped son at primary school, 0830 reached office at Changi Business Park, 1230 lunch with a female colleague at a hawker centre, 1900 went to a clinic at Punggol, 2030 home. Keep times.",
        ),
    ],
    [
        ("user", "帮我写一封催款信，语气正式一点。"),
        ("assistant", "好的，请提供欠款人姓名、欠款金额、到期日和希望对方联系的方式。"),
        (
            "user",
            "欠款人张伟明，身份证 S8571124E，住宏茂桥 Ave 3 Blk 332，欠我们公司装修款 $12,500，已经拖了五个月，电话一直不接。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat laporan polis pasal along ganggu keluarga saya. Boleh tolong susun ayat?",
        ),
        (
            "assistant",
            "Boleh. Nyatakan nama penuh dan nombor kad pengenalan anda, alamat, tarikh dan masa kejadian, apa yang berlaku, dan sebarang bukti seperti gambar atau mesej.",
        ),
        (
            "user",
            "Nama saya Mohd Khairul Anuar bin Sulaiman, K/P 010425-14-0871, tinggal di PPR Kota Damansara Blok C. Pada 2 Dis jam 2 pagi pintu rumah dicat merah dan ada nota 'bayar atau mati'.",
        ),
        ("assistant", "Terima kasih. Berikut draf laporan berdasarkan maklumat anda..."),
    ],
    [
        (
            "user",
            "Is it legal for me to hire someone to trace a relative who owes me money in Singapore?",
        ),
        (
            "assistant",
            "Generally yes, as long as the agency is licensed and uses lawful methods such as public records and interviews. It cannot obtain bank or telco records, hack accounts or harass the person.",
        ),
        (
            "user",
            "ok the guy is my cousin Tan Boon Huat, IC S6930417F, borrowed $20k for his durian business in 2022 and disappeared after CNY. Last I heard he's staying with his mother in Serangoon.",
        ),
    ],
    [
        ("system", "You assist an HR team in Singapore with pre-employment screening."),
        (
            "user",
            "Candidate Melissa Chong Pei Shan, FIN G7718294U, Malaysian, MyKad 870530-12-6128. Agency report says she had a civil suit in Kota Kinabalu for unpaid credit card in 2021. How should we raise it with her?",
        ),
        (
            "assistant",
            "Give her a chance to explain before deciding. Share the finding privately, ask whether the matter has been settled, and record her response. Only weigh it if it is relevant to the role.",
        ),
        (
            "user",
            "The role is finance executive handling petty cash. She's also 4 months pregnant, does that change anything?",
        ),
    ],
    [
        (
            "user",
            "Write the findings paragraph for an insurance fraud report. Claimant Kumar a/l Rajan, claim no. CLM-2025-4471, says he cannot walk without crutches after a factory accident.",
        ),
        ("assistant", "What did the surveillance observe, and on which dates and locations?"),
        (
            "user",
            "We filmed him playing futsal at Kelana Jaya on 3 Dec from 9pm to 10.30pm, no crutches, and carrying a gas cylinder up the stairs of his flat in Taman Medan on 5 Dec.",
        ),
    ],
]
