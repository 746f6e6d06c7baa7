# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en121: SG/MY migrant worker dormitories (beds, clinic, remittances, notices, permits). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en121
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dorm operator notice"): _lines("""
        NOTICE TO ALL RESIDENTS: Water supply to Blocks A3 and A4 will be shut off on Tue 14 Jul 2026 from 10am to 2pm for tank cleaning. Please store water beforehand. — Management, Tuas Bay Lodge
        Reminder: Cooking in rooms is strictly prohibited. Use the designated cooking points at Level 1 of each block. Offenders will be reported to their employers. Fire safety is everyone's responsibility.
        Bed allocation for new arrivals on 3 Aug: Block C Level 5, rooms C5-01 to C5-12 (12 beds each). Employers to submit resident lists via the operator portal by 31 Jul, 5pm.
        Laundry room L2 washers 3 and 4 under repair. Ticket ref MNT-2026-08817. Please use the Block B laundry in the meantime.
        Visitors' hours on Sundays and public holidays: 10am to 8pm. All visitors must register at the guardhouse with a valid photo ID; IDs are returned on exit.
        Dengue alert: 3 cases reported in the Kranji cluster. Clear stagnant water from pails, shoe racks and flower pots. Fogging on Fri 21 Aug, 7pm–9pm; keep windows closed.
        Recreation Centre movie night this Saturday: Tamil film at 7pm, Bangla film at 9pm. Free entry, bring your resident card.
        Mini-mart opening hours extended to 11pm from 1 Sep. Top-up of SIM cards and EZ-Link available at the counter.
        Lost & found: one black Samsung phone, one set of keys with red lanyard, two safety helmets found at the Block D bus bay. Claim at the management office with proof of ownership.
        Shuttle to Boon Lay MRT now departs at :10 and :40 every hour on Sundays. Last bus back 10.40pm.
        Room inspections for the annual FEDA licence audit will take place from 5 to 9 Oct. Please keep lockers closed and corridors clear of shoes and bags.
        Air-con servicing: Block A (Mon), Block B (Tue), Block C (Wed), Block D (Thu). Residents need not be present. Any issues, call the operator hotline 6861 4470 (8am–6pm).
        Deepavali celebration at the multi-purpose hall on 8 Nov: rangoli competition, free murukku and teh tarik, sponsored by the operator and volunteer groups.
        Please do not hang clothes along the corridor railings on Level 6 and above. Use the drying racks provided. Items left there will be removed after 24 hours.
        Mattress replacement exercise for rooms B2-03, B2-07 and B2-11 on Thursday morning. Leave old mattresses outside the room by 8am.
        Vacant beds as of 1 Oct: B12-04-07U, B12-04-08L, C03-11-02U, C03-11-05L. Employers may book through the portal; first come first served.
        Management office: 20 Kranji Way, Singapore 739438 | Mon–Fri 9am–6pm, Sat 9am–1pm | closed on public holidays.
    """),
    ("en", "work permit and MOM guidance"): _lines("""
        How do I check my work permit expiry date? Log in to the SGWorkPass app with Singpass, then tap 'View pass details'. The date is also printed on the back of the card.
        Your employer must apply to renew your Work Permit before it expires. The renewal notice goes to the employer, not to the worker, so ask your HR early.
        FIN numbers for foreign pass holders begin with F, G or M, followed by seven digits and a checksum letter. Never share a photo of your card in public groups.
        Form template: Name of worker: __________ | FIN: __________ | Passport no.: __________ | Employer UEN: __________ | Dorm address & bed no.: __________
        If your salary is not paid within 7 days after the salary period, you can file a claim with TADM or call the MOM contact centre at 6438 5122.
        The Migrant Workers' Centre 24-hour helpline is 6536 2692. Interpreters are available for Bengali, Tamil, Burmese, Mandarin and Thai.
        Under the new dormitory standards, each resident should have at least 4.2 sqm of living space and a room should house no more than 12 residents.
        Primary Care Plan: employers of work permit holders living in dormitories must buy a PCP from an appointed operator; each visit costs the worker $5.
        A security bond of $5,000 applies to each non-Malaysian work permit holder and is discharged once the worker has left Singapore.
        Q: Can my employer keep my passport? A: Your employer should not withhold your passport or work permit card. You can report this to MOM.
        Malaysia: under Act 446 (Employees' Minimum Standards of Housing, Accommodations and Amenities), employers need a Certificate for Accommodation from JTKSM for every workers' hostel.
        Checklist for PLKS renewal in Malaysia: passport with at least 18 months validity, FOMEMA result 'Fit', levy payment receipt, insurance and an employer's cover letter.
        In 2020, then Manpower Minister Josephine Teo announced plans for new purpose-built dormitories with higher living standards after the COVID-19 outbreaks in dorms.
        A change of residential address for work permit holders must be updated by the employer online; workers cannot update it themselves.
        Work permit cancellation: the employer must buy the air ticket home and settle all outstanding salary before the worker is repatriated.
    """),
    ("en", "dorm clinic and health info"): _lines("""
        Medical post at Block E open Mon–Sat 6pm–10pm. Bring your work permit card. $5 co-payment under the Primary Care Plan.
        Feeling unwell? Do not go to work with a fever. Get an MC from the doctor and inform your supervisor; paid sick leave applies to MC days if you are eligible.
        Mental health support: counsellors who speak Bengali, Tamil and Mandarin are at the Recreation Centre every Wednesday, 7pm–9pm. All talks are confidential.
        Heat stress: drink a cup of water every 15–20 minutes during outdoor work, rest in the shade, and report dizziness or cramps to your supervisor immediately.
        FOMEMA appointment slots for the Johor Bahru panel clinics are full until 15 Mar; employers may choose another panel clinic through the portal.
        Clinic summary 12 Aug: 47 consultations — 9 back pain, 7 fever/URTI, 5 skin rash, 3 dental referrals, 2 hospital referrals.
        Dental screening bus at the basketball court on 19 Sep, 9am–4pm. Scaling and extraction are free for residents.
        Scabies prevention: wash bedsheets in hot water weekly, do not share towels, and show itchy rashes at the medical post early.
        TB screening for all residents of Block F on 2 and 3 Feb. Chest X-ray van at the car park; bring your resident card.
        Emergency ambulance: 995. For non-emergency transport to hospital, call 1777.
        Medical post queue numbers are called in order; patients with chest pain, breathlessness or bleeding are seen first.
    """),
    ("en", "remittance and money"): _lines("""
        Remittance counter rates today (SGD 1 =): BDT 91.20 | INR 64.85 | MMK 2,610 | CNY 5.42 | NPR 103.70. Rates updated 9.30am.
        Tip: keep your remittance receipt until your family confirms they received the money. Check the transaction reference number, not only the amount.
        Scam alert: no remittance company will ask for your Singpass, OTP or PIN over WhatsApp. Call the ScamShield helpline 1799 if in doubt.
        Receipt template: Sender ____ | Sender ID ____ | Beneficiary ____ | Account/Wallet ____ | Amount SGD ____ | Ref ____
        Txn ref SG2608-771043-BD completed · Amount SGD 500.00 · Fee SGD 3.50 · Rate 91.18 · Payout: mobile wallet
        Western Union counter at the dorm mini-mart closes at 9pm on weekdays and 6pm on Sundays; bring your original work permit card.
        Why does my bKash transfer show 'pending'? Usually the wallet name must match the beneficiary name exactly; check the spelling with the remittance company.
        Your payslip must show basic pay, overtime hours, allowances and deductions such as dorm rent. Ask your employer if any item is missing.
        Dorm rental invoice INV-TBL-2026-0932 to Kim Seng Builders Pte Ltd (UEN 201534781K): 48 beds × SGD 340, period Aug 2026, payment due 15 Sep.
        Informal money transfer (hundi/hawala) is illegal in Singapore. Use only licensed remittance agents listed on the MAS website.
        Remittance volume this month rose 18% compared with last month, mostly to Bangladesh and India, ahead of Eid.
        Promo: first transfer fee waived for new customers until 31 Oct, T&Cs apply. Register in the app with your work pass details.
        Banks offer a basic savings account for work permit holders with no minimum balance; bring your passport, work permit card and employer letter.
    """),
    ("en", "dorm group chat"): _lines("""
        anyone know whether the shuttle still going Little India tomorrow since public holiday?
        bro the wifi in block C level 4 down again since morning, somebody already report?
        which clinic near Jurong West can do dental for work permit, price ok one?
        Admin: pls don't post job offers from unknown agents in this group, many are scams asking for placement fee.
        Sunday cricket at the field behind Block A, 4pm, need 2 more players, bring own bat if got.
        Hi all, WP renewal need new medical check or only the first time come Singapore?
        got free haircut at recreation centre this sunday 2–5pm, volunteers from a church group
        Does anyone know if the PCP $5 also apply for teleconsult or only walk-in?
        Eid prayer at the multipurpose hall 7.30am, those who want to join come early, mats provided
        the canteen rice too hard today, can tell the caterer or not
        new rule: cannot charge e-bike or PMD battery inside room. charging point at level 1 only.
        Which remittance got better rate for Nepal today?
        Pls share: MWC free legal clinic every 1st Sat of the month, bring your salary slips and IPA letter.
        the guard at gate B very strict today, check everybody bag, dunno why
        Anna, clinic open until what time today? Fever since morning, need MC for tomorrow
    """),
    ("en", "dorm system config and logs"): _lines("""
        bed_alloc.yaml: max_beds_per_room: 12 | min_area_sqm_per_bed: 4.2 | isolation_rooms_per_block: 2 | sort_by: [employer_uen, arrival_date]
        CREATE TABLE residents (fin CHAR(9) NOT NULL, passport_no VARCHAR(12), bed_id VARCHAR(12), employer_uen VARCHAR(10), check_in DATE, PRIMARY KEY (fin));
        2026-08-14T06:02:11+08:00 INFO gate-turnstile-03 scan ok count=412 denied=3 reason=expired_card
        Bed id regex: ^[A-H][0-9]{1,2}-[0-9]{2}-[0-9]{2}[UL]$ (block-level-room plus U/L for upper or lower bunk)
        Job BED-REALLOC-0917 finished: 36 beds moved from Block D to Block F, 0 conflicts, runtime 4.2s
        def mask_fin(fin: str) -> str: return fin[0] + "XXXX" + fin[5:]  # printed rosters show only the last 4 characters
    """),
    ("ms", "notis asrama dan panduan"): _lines("""
        NOTIS: Bekalan elektrik ke Blok 2 akan diputuskan pada 18 Julai 2026 dari 9 pagi hingga 1 petang untuk kerja penyelenggaraan. Harap maklum.
        Penghuni asrama dilarang memasak di dalam bilik. Sila gunakan dapur bersama di tingkat bawah.
        Pemeriksaan kesihatan FOMEMA untuk pekerja baharu akan diadakan di klinik panel pada hari Isnin. Majikan perlu membuat temu janji melalui portal FOMEMA.
        Borang permohonan katil: Nama pekerja: ______ | No. pasport: ______ | Majikan: ______ | Tarikh masuk: ______
        Mengikut Akta 446, setiap penginapan pekerja mesti mempunyai Perakuan Penginapan yang dikeluarkan oleh JTKSM.
        Bas pekerja ke tapak projek bertolak jam 6.30 pagi. Sesiapa lewat perlu naik bas kedua jam 7.15 pagi.
        Amaran penipuan: Jangan beri nombor PIN atau kod OTP kepada sesiapa yang mengaku wakil syarikat kiriman wang.
        Kadar kiriman wang hari ini: RM1 = BDT 27.80, NPR 31.40, IDR 3,520.
        Semua penghuni diminta membersihkan kawasan bilik sebelum pemeriksaan JTKSM minggu depan.
        Talian Kasih 15999 boleh dihubungi 24 jam untuk aduan penderaan atau masalah kebajikan.
        Kaunter pembaharuan permit (PLKS) di pejabat HR dibuka setiap Selasa dan Khamis, 2 petang hingga 5 petang.
    """),
    ("zh-Hans", "宿舍通知与工友群"): _lines("""
        【通知】本周六上午9点至12点，C座三楼热水器维修，期间停止供应热水，请大家提前安排洗澡时间。
        工友们注意：宿舍内禁止私拉电线给电动车充电，一经发现将通知雇主并没收充电器。
        请问大家，工作准证续签需要重新体检吗？还是只有第一次来的时候要？
        汇款小提示：汇款后请保留收据，确认家里收到钱之前不要丢掉。
        新加坡人力部热线 6438 5122，可以用中文咨询工资和准证问题。
        医疗站开放时间：周一至周六晚上6点到10点，看病带工卡，基本医疗计划每次收费5元。
        今晚八点在多功能厅放电影，欢迎大家来看，免费提供饮料。
        床位分配表模板：姓名＿＿＿ 准证号码＿＿＿ 房号＿＿＿ 床号＿＿＿ 雇主＿＿＿
        有没有人知道 Jurong 那边哪家诊所看牙便宜一点？
        中秋节晚上在篮球场有月饼和茶水，宿舍管理处和义工团体一起主办。
    """),
    ("mixed", "dorm chat and bilingual forms"): _lines("""
        bro tomorrow bas pukul berapa ke site? semalam lambat sampai, boss marah
        anyone 知道 the dorm 小卖部 still sell phone card or not?
        Notis / Notice / 通知: Lif Blok B rosak, lift Block B under repair, B座电梯维修中。Sila guna tangga. Please use the stairs.
        bhai kal remittance rate kitna hai? SGD to taka 91 ke upar hai kya?
        Dorm rule 规定: no alcohol inside room 房间内禁止饮酒, denda/fine $50.
        Borang / Form: Nama/Name ______ No. Pasport ______ 床位 Bed No. ______ Tandatangan ______
        Jangan lupa, Sunday ni ada free medical check-up kat dewan, 9am to 1pm, bawa permit card.
        MOM officer datang inspect hari Rabu, semua locker kena kunci, 走廊不要放东西.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        B14-03-12L | MD RAFIQUL ISLAM | FIN G6537701U | Employer: Kim Seng Builders Pte Ltd | Check-in 02/08/2026 | Locker 117
        Medical post log 12/08 21:40 — Murugan s/o Karuppiah (C3-05-09U), 41, c/o lower back pain after carrying formwork, BP 148/96, given Arcoxia 90mg, MC 2 days, review if numbness.
        Hi, this is Jessie from Hup Lee Engineering HR. Zaw Min Htet's WP renewal is approved, new expiry 17 Oct 2028. Pls ask him to collect the new card at our office. Any query call me 9734 2281.
        REMITTANCE RECEIPT | Sender: SUMON MIA | FIN: M2799445P | Beneficiary: Shirin Akter (wife) | bKash 01716-482913 | Amount SGD 600.00 | BDT 54,708 | Ref SG2609-118830
        Warning letter: Resident Li Jianguo, Room A7-14, was found cooking with a portable gas stove in his room on 3 Sep 2026 at 10.15pm. This is a first warning; a copy has been sent to his employer.
        pls pray for our brother Habibur Rahman from block D level 6, he fell from scaffold at Tengah site this morning, now in NTFGH ICU, his family in Comilla not yet informed
        Warden contact list: Kumar a/l Subramaniam, MyKad 850412-10-5587, Asrama Pekerja Pasir Gudang, tel 012-738 4416
        Salary claim — Claimant: Selvakumar Ramasamy, FIN G1326667R. Employer owes Jun–Aug 2026 salary totalling $4,860 plus 92 hrs OT; claimant now staying at Cochrane Lodge II, bed 4-12.
        Case note: Aung Ko Ko Naing (passport MD482917) says his supervisor has kept his passport since March and refuses to return it before the contract ends.
        Name: WANG LEI | PRC ID: 411521199203011576 | Passport: EJ4829173 | WP: G1447141W | Trade: rebar | Bed: T2-08-03L
        Dear Sir, I am Md Shahidul Alam, work permit G2486001P, staying Sungei Tengah Lodge block 5 room 7-08. My employer deduct $250 every month for housing but company also pay the dorm. Please help. My phone 8421 6637.
        Hospital admissions 19/09: (1) CHEN WENBIN, FIN G2854042L, suspected dengue, platelets 62; (2) PRAKASH ANNAMALAI, FIN G3850210M, heat exhaustion, discharged next day.
        Courier address: Bishnu Prasad Gurung, Ward No. 4, Besisahar Municipality, Lamjung, Gandaki Province, Nepal — mobile +977 9846 213 570
        lost wallet found near canteen, inside got work permit card of RANA AHMED M8877200P and one DBS ATM card, owner pls come management office
        Security roster, Block C gate, night shift 10pm–7am: Marcus de Souza (NRIC S6368067B), hp 9012 4478
        Referral letter: Dear Dr, kindly see Mr Velu s/o Arumugam, 52, WP holder, diabetic on metformin, HbA1c 10.2% today, for further management. Thank you. — Dr Grace Ong, Westlite Medical Post
        To dorm operator: our worker Kyaw Thura (FIN F0424820K) was repatriated on 21/09/2026. Please release bed D2-10-04U and hand over his belongings to our driver.
        Bank details for deposit refund: account name TAN WEI MING, POSB Savings 188-52917-3 (key card deposits he paid for his crew)
        Somchai Kaewmanee from room 3-14, Thai, 47 years old, complained of chest pain on the bus this morning; supervisor sent him to Ng Teng Fong A&E, outcome pending.
        Resident card replacement — Name: Mohammad Abdul Kader Jilani | FIN: G2077341W | Reason: card washed in laundry | Fee $20 paid, receipt R-44821
        Visitor log Sun 6 Sep: 14:05 IN — Ms Priya Nair, visiting brother Rajesh Nair (B9-02-07), ID sighted S1975953I; 16:40 OUT
        Counselling note (confidential): Abdur Rahim Sarker, 29, Block 3, not sleeping, owes about BDT 6 lakh to his agent in Dhaka, wife threatening divorce. Safety plan discussed, follow-up Thursday.
        Mini-mart top-up failed: cardholder JOMAR DELA CRUZ, Visa 4563 2811 0968 6722, exp 11/28, declined by issuer
        Ganesh s/o Perumal reported that his room C4-11 has 16 occupants instead of 12 and he has been sleeping on the floor for two weeks.
        WICA claim W2026-551203: injured worker MD HOSSAIN JAHANGIR, passport BM0487213, accident 14/07/2026 at Jurong Island site, right hand crushed, 45 days MC.
        Renewal on hold — DINESH KUMAR (passport V4827163, exp 02/2027): passport validity too short, ask him to renew at the Indian High Commission first.
        Emergency contact update for Chen Zhiming (Block A 5-02): wife Lin Xiuying, +86 139 5071 2286, Nan'an, Fujian.
        AML review: Anbarasan s/o Govindasamy, FIN F0444084Q, sent 9 transfers in 3 days totalling SGD 7,400 to different accounts in Trichy; EDD requested.
        Hi boss, I am Kyaw Zin Oo, my phone spoil so new number is 9153 8826, pls update in the group, room 6-04 block B.
        Feedback #FB-2031 from residents of E6-09: the caretaker Ravi Chandran keeps shouting at us and takes $10 each time to change a light bulb.
        Duty handover 21/09: Nurul Huda binti Ismail (T2043389I) handed the master keys to the night shift at 10.05pm.
        Isolation room IR-09 occupied from 02/10: AUNG MYO THANT, FIN G5348082P, chickenpox, employer notified, meals delivered 3x daily.
        Repatriation booking: MD ALAMGIR HOSSAIN, passport BX0953182, PNR K7QZ2M, Singapore–Dhaka BG585 on 30 Oct 2026; employer to escort him to Changi T1 by 9am.
        eh the lorry uncle Tan Ah Kow, GBC 8214 H, again park blocking the dorm side gate, can someone tell him move lah
    """),
    "ms": _lines("""
        Pekerja: Ram Bahadur Thapa, warganegara Nepal, pasport 09482731, PLKS tamat 12/11/2026. Majikan diminta hantar dokumen pembaharuan sebelum 12/09.
        Encik Hafiz bin Rosli (No. KP 780305-02-5331) dilantik sebagai penyelia asrama Blok A berkuat kuasa 1 Oktober 2026.
        Aduan asrama wanita: Siti Rohani, pekerja Indonesia bilik 2-05, mengadu gajinya dipotong RM300 untuk tilam baharu tanpa resit.
        Kiriman wang: Penghantar AGUS SETIAWAN, pasport C4827193, penerima Sri Wahyuni, Bank BRI akaun 0123-01-045678-50-9, jumlah RM1,200.
        Senarai katil Blok C: C2-01 Md Sohel Rana, C2-02 Kabir Hossain, C2-03 Nur Alam — semua pekerja Syarikat Bina Jaya Sdn Bhd, masuk 05/08.
        Kavitha a/p Muniandy, jururawat klinik asrama, no. tel 016-429 8813, boleh dihubungi untuk temu janji susulan.
        Laporan kemalangan: pekerja Myanmar Min Khant Kyaw jatuh dari tangga asrama pada 22/09 jam 11 malam, patah kaki kiri, dimasukkan ke Hospital Sultanah Aminah.
    """),
    "zh-Hans": _lines("""
        张海涛，身份证350583198806140315，南安人，现住大士南宿舍B座3楼12号床，准证下个月到期，老板说要续签。
        工友群通知：王德福的老婆生了，是个男孩，大家恭喜他！他这个月多寄了两千块回家。
        报名体检名单：1. 刘强 370881198511222134 2. 赵志刚 511602197909084794 3. 孙浩 320982199605173254
        陈文斌师傅你好，你在 Kranji 宿舍 D 座的床位已经调到 D5-07-02 下铺，钥匙明天到管理处拿。
        我叫黄国平，在新加坡做焊工，工资三个月没发了，老板电话也不接，我的手机是8236 5519，微信 hgp_1987nanan，求帮助。
        汇款记录：汇款人 郑美玲（F0899646Q），收款人 郑大伟，中国银行卡 6217 8560 0012 8394 250，金额 2,000 新元。
    """),
    "mixed": _lines("""
        bhai Sohel ke bolo, his WP card ready already, collect from office tmr. his no. 8573 2014 not picking up
        Nama/Name: SARAVANAN A/L KRISHNAN | IC: 900115-14-7729 | Bilik/Room: 3A-07 | 床位 Bed: 2 | Majikan: Syarikat Pembinaan Seri Maju
        张师傅 Zhang Jianping 明天 MC, doctor kata demam denggi, tolong beritahu supervisor site Punggol.
        Ali bin Osman, driver bas asrama, 电话 019-552 7140, kalau bas lambat boleh call dia directly.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the resident helpdesk assistant for Tuas Bay Lodge. Answer in simple English.",
        ),
        (
            "user",
            "hi, my bed B7-04-11U the fan spoil since 3 days. also i want change to lower bunk, my knee injured at site last month, doctor gave letter",
        ),
        (
            "assistant",
            "Sorry to hear that. I can log the fan repair now. For a lower bunk, please share your full name and FIN so the office can check your medical letter.",
        ),
        (
            "user",
            "Mohammad Nurul Amin, FIN G9083742M, employer Soon Hock Construction. letter from Jurong Medical Centre dated 28 Aug",
        ),
        (
            "assistant",
            "Thank you, Mr Nurul Amin. Repair ticket MNT-2026-09412 is created, and your lower-bunk request with the note about your knee injury has been sent to the office.",
        ),
    ],
    [
        ("user", "Can you help me write a letter to MOM? My company not pay salary since July."),
        (
            "assistant",
            "Yes. Please tell me your name, work permit number, employer, which months are unpaid and the amount.",
        ),
        (
            "user",
            "Name Karthik s/o Muthusamy, FIN G0160491R, company Everbright Marine & Engineering Pte Ltd, July Aug Sep not paid, basic $1,150 every month, stay Westlite Woodlands room 12-08",
        ),
        (
            "assistant",
            "Draft: 'Dear Sir/Madam, I, Karthik s/o Muthusamy (FIN G0160491R), employed by Everbright Marine & Engineering Pte Ltd, have not received my salary for July, August and September 2026 (basic $1,150 a month, total $3,450). I stay at Westlite Woodlands, room 12-08. I request MOM's help to recover my salary.'",
        ),
    ],
    [
        ("system", "You assist the HR team of a construction subcontractor in Singapore."),
        (
            "user",
            "Format this into a table for WP renewal: Zaw Lin Aung passport MF093817 exp 2029-04-11 FIN M8195823P; Thet Naing Soe passport MG271504 exp 2028-12-02 FIN M9076013T",
        ),
        (
            "assistant",
            "| Name | Passport | Passport expiry | FIN | / | Zaw Lin Aung | MF093817 | 2029-04-11 | M8195823P | / | Thet Naing Soe | MG271504 | 2028-12-02 | M9076013T |",
        ),
        (
            "user",
            "Add Ko Ko Win too, passport MH552016, FIN M5522931N, but his passport expires 2027-01-20, is that enough?",
        ),
        (
            "assistant",
            "Added Ko Ko Win. The permit cannot run past his passport validity, so for a two-year renewal he should renew his passport at the Myanmar Embassy first.",
        ),
    ],
    [
        (
            "user",
            "I sent 400 dollar to my brother bkash yesterday but still not reach. ref SG2609-204417",
        ),
        (
            "assistant",
            "The wallet number or name may not match. Can you share the beneficiary name and bKash number so we can check?",
        ),
        (
            "user",
            "brother name Jahid Hasan, bkash 01823-517406. my name Rubel Hossain, FIN M9051859X",
        ),
        (
            "assistant",
            "Thanks, Rubel. Please call the remittance company's hotline with reference SG2609-204417 and these details; if the wallet is registered under a different spelling they can correct it.",
        ),
    ],
    [
        ("user", "你好，我在工地受伤了，右手手指被机器压伤，老板不让我报工伤，怎么办？"),
        (
            "assistant",
            "先去看医生，保留所有医疗单据和病假单。工伤可以由你自己、医生或雇主向人力部申报，雇主不能阻止你申报。",
        ),
        (
            "user",
            "我叫徐国庆，身份证341221198704151930，准证号G3303583M，住在榜鹅S11宿舍，受伤日期是10月3日，工地在登加。",
        ),
        (
            "assistant",
            "徐先生，请带着准证、医疗单据和工地照片去移工中心或直接联系人力部，说明10月3日在登加工地受伤的经过。",
        ),
    ],
    [
        ("system", "Anda pembantu untuk pengurusan asrama pekerja di Johor."),
        (
            "user",
            "Tolong tulis surat amaran untuk penghuni Md Sohag Mia, bilik 4-11 Blok B, sebab bawa masuk orang luar tidur dalam bilik pada 15 dan 16 September.",
        ),
        (
            "assistant",
            "Surat Amaran Pertama — Kepada: Md Sohag Mia, Bilik 4-11, Blok B. Tuan didapati membawa masuk orang luar untuk bermalam pada 15 dan 16 September. Perbuatan ini melanggar peraturan asrama.",
        ),
        (
            "user",
            "Tambah nombor pasport dia BN0628417 dan salinan kepada majikan, Syarikat Tegap Bina Sdn Bhd.",
        ),
    ],
    [
        (
            "user",
            "Summarise for handover: Elango s/o Rajendran, 38, B3-07, cough 3 wks, night sweats, lost 4kg. Referred to TTSH TB control unit. Worried about losing his job.",
        ),
        (
            "assistant",
            "Handover: Elango s/o Rajendran (38, B3-07) — 3-week cough, night sweats, 4kg weight loss; referred to TTSH TB control; anxious about his job.",
        ),
        (
            "user",
            "add his contact 8862 0174 and that employer not informed yet, he asked us not to tell them",
        ),
        (
            "assistant",
            "Updated: contact 8862 0174. Employer not yet informed at the patient's request; please discuss consent before any disclosure.",
        ),
    ],
    [
        (
            "user",
            "help me write short message in simple english to my wife, i send 30,000 taka for Eid, she should buy clothes for the children",
        ),
        (
            "assistant",
            "'My dear, I sent 30,000 taka today for Eid. Please buy new clothes for the children and something for yourself. I miss you all.'",
        ),
        (
            "user",
            "also i courier a parcel. address Nasima Begum, Village Shibpur, PO Madhabpur, Upazila Brahmanpara, District Cumilla, Bangladesh, phone +880 1912 604 318. how to write the label?",
        ),
        (
            "assistant",
            "Write it like this: To: Nasima Begum / Village Shibpur, PO Madhabpur / Upazila Brahmanpara, District Cumilla / Bangladesh / Tel +880 1912 604 318.",
        ),
    ],
    [
        ("system", "You are an HR assistant for a shipyard subcontractor."),
        (
            "user",
            "Our worker Ponnusamy Ayyanar, FIN F9876285W, has been in NUH for 3 weeks after a stroke. Can we cancel his work permit and send him home?",
        ),
        (
            "assistant",
            "Please check with MOM first. While he is hospitalised you remain responsible for his medical costs and upkeep, and repatriation should only happen when doctors say he is fit to travel.",
        ),
        (
            "user",
            "His brother in Tiruchirappalli wants to come and see him. Brother is Ayyanar Velmurugan, phone +91 94432 71806.",
        ),
    ],
    [
        (
            "user",
            "anna, how to send money to amma's Indian Bank account through the app? first time",
        ),
        (
            "assistant",
            "Open the app, choose India, select bank transfer, then enter the account holder name, account number and IFSC code. Check everything before you confirm.",
        ),
        (
            "user",
            "account name Lakshmi Perumal, Indian Bank a/c 6742519038, IFSC IDIB000T112. my name Senthil Perumal, FIN G3052665T",
        ),
        (
            "assistant",
            "Good. Enter Lakshmi Perumal as the beneficiary with account 6742519038 and IFSC IDIB000T112, and make sure your own FIN G3052665T matches your registered profile.",
        ),
    ],
]
