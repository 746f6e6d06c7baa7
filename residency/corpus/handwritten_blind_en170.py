# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en170: SG/MY foreign worker dormitories and shipyards. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en170
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dorm notice"): _lines("""
        NOTICE: Block B residents — water supply to Levels 3 to 6 will be interrupted on Tue 17 Mar from 10.00am to 2.00pm for tank cleaning. Please store water beforehand. – Dorm Management Office
        Room inspection schedule (Wk 12): Blk A Lvl 1-4 Mon, Blk A Lvl 5-8 Tue, Blk B Wed, Blk C Thu. Beds must be made, no cooking appliances, no wet laundry hanging along corridors.
        Reminder: cooking is only allowed in the common kitchen on each level between 5am-9am and 5pm-10pm. Rice cookers and induction hobs found in rooms will be confiscated and returned upon check-out.
        Recreation Centre shuttle for Sundays & PH: departs Gate 2 at 9.00am, 11.00am and 1.00pm; last return trip 8.30pm. Bring your dorm access card, no card no boarding.
        Rooms 07-14 and 07-15 aircon servicing tomorrow 9am-12pm. Occupants need not be present; the duty officer will escort the contractor.
        Bed bug treatment for Level 4 rooms 04-01 to 04-22 on Sat 21 Mar. Bag all clothing and bedding in the black bags provided and leave them in the corridor by 8am.
        Dormitory Rules (extract): 1. No visitors after 10.30pm. 2. No alcohol in rooms. 3. Max 12 beds per room. 4. Report any fever, cough or rash to the medical post on Level 1.
        Occupancy report Feb 2026 — Block A 96.2%, Block B 91.8%, Block C 88.5%; overall 92.4% of 4,800 licensed beds; 312 check-ins, 287 check-outs.
        Lost & found: one blue earphone case and a set of three keys on a red lanyard found at the Block D laundry. Claim at the Management Office with proof of ownership.
        Access card replacement fee is $20 per card, payable by PayNow to the operator UEN 201734529K only. Our staff will never ask you to transfer money to a personal number.
        Wifi maintenance: SSID DORM-WIFI-BLKC will be down 2am-4am Thursday for firmware upgrade to v7.2.1. Please use the BLKD network meanwhile.
        Fire drill on Wednesday 25 Mar at 3.30pm. When the alarm sounds, go to the assembly point at the basketball court. Do not use the lifts. Room leaders will take roll call.
        Allocation rule for new arrivals: workers of the same employer are housed together where possible; new arrivals stay in the Onboarding Block for 3 nights before moving to permanent beds.
        Residents no longer need to declare temperature twice daily. Please continue to use the FWMOMCare app to report symptoms and book telemedicine.
        Laundry room Level 2 washer no. 3 out of order since Monday; work order WO-26-0418 raised, technician expected Friday.
        Minimart at Block E opens 6am-11pm daily. Prepaid SIM top-up, phone cards and remittance kiosk available. Report overcharging to the office hotline 6862 4410.
    """),
    ("en", "work pass and claims faq"): _lines("""
        Q: My employer has not paid my salary for two months, what can I do? A: You can file a salary claim with TADM. If you are still employed, file within 1 year of the claim arising; if you have left, within 6 months of your last day.
        Under the Work Injury Compensation Act the employer must report the accident to MOM within 10 days once the worker is given more than 3 days of MC or is hospitalised for at least 24 hours.
        How do I check if my Work Permit is still valid? Use the SGWorkPass app or the online check on the MOM website. Never send photos of your card to people you do not know.
        If you are on MC because of a work accident, you get full average pay for up to 14 days of outpatient MC or 60 days of hospitalisation leave, then two-thirds pay up to one year.
        Employers must buy medical insurance with annual claim limit of at least $60,000 for each Work Permit holder for permits issued or renewed from 1 July 2023.
        Primary Care Plan: dormitory residents are covered for primary care at the appointed medical centre for their area; the co-payment is $5 per visit.
        To submit a dormitory complaint, tap 'Feedback' in the FWMOMCare app, choose a category (Hygiene / Food / Facilities / Safety), attach a photo and submit. You will get a case number starting with FB-.
        Template — Letter of Consent for Transfer: I, ______________ (name as in passport), FIN ______________, agree to transfer to ______________ (new employer) with effect from __/__/____. Signature: __________
        Migrant Workers' Centre helpline: 6536 2692 (24 hours). Free legal clinics are held on Sundays; bring your payslips, timecards and any messages from your employer.
        Counselling for migrant workers is available in Bengali, Tamil, Mandarin and Burmese through NGOs such as HealthServe; ask the dorm medical post for the current helpline.
        Do not pay 'transfer fees' or kickbacks to any agent or supervisor to keep your job. Employers who collect kickbacks commit an offence under the Employment of Foreign Manpower Act.
        Malaysia: under Act 446 an employer must obtain a Certificate for Accommodation from JTKSM before housing workers in centralised quarters; the application is made online.
        Malaysia: foreign workers must pass the FOMEMA medical examination within 30 days of arrival and again when the permit is renewed as scheduled.
        How to calculate overtime: hourly basic rate = (12 x monthly basic) / (52 x 44). OT is paid at not less than 1.5 times the hourly basic rate.
        Malaysia: foreign workers have been covered under the PERKESO Employment Injury Scheme since 2019; the employer reports a workplace accident using Borang 34.
        Q: Can my employer keep my passport? A: In Singapore only for safekeeping with your consent, and it must be returned when you ask; in Malaysia unlawfully withholding a worker's passport is an offence.
    """),
    ("en", "shipyard safety log"): _lines("""
        PTW-2026-11873 Hot Work | Location: Dock 3, FPSO hull block B12, Tank 4P | Gas free cert GF-0447 valid 0800-1800 | O2 20.9% LEL 0% H2S 0ppm CO 0ppm | Fire watch assigned
        Toolbox talk 0715hrs: topic — working at height on staging; 100% tie-off above 3m, check scaffold tag (green = safe, red = do not use). Attendance 46 pax from 5 subcon companies.
        Near miss NM-0392: 5kg shackle dropped from 14m during lifting ops at Quay 2; no injury; drop zone barricade found incomplete. Action: re-brief riggers, enforce exclusion zone.
        Monthly safety stats Feb 2026: man-hours 1,284,600; LTI 1; recordable 3; first aid 17; near miss 42; LTIFR 0.78 per million man-hours.
        Vessel MV Ocean Pioneer, IMO 9384722, GT 42,318, DWT 74,500 — docking 12 Apr, undocking 2 May; scope: blasting and painting of hull, propeller polishing, sea chest overhaul.
        Confined space entry checklist: continuous gas monitoring, standby person at manhole, rescue tripod ready, ventilation blower running 30 min before entry, entry log at the entrance.
        Heat stress advisory: WBGT 32.4°C at 1300hrs, Dock 1. 15 min rest every hour, drink 1 cup of water every 15-20 min, shaded rest area at Bay 6.
        Grit blasting suspended at Bay 4 from 1400hrs due to lightning within 8km. Resume only after the all-clear from the control room.
        NCR-26-0117: weld on bulkhead frame 87 failed UT, 120mm linear indication; repair per WPS-SMAW-014 rev C and re-inspect before painting.
        Accident investigation summary (anonymised): a subcontract worker fractured his left wrist after slipping on an oily platform; root cause poor housekeeping; action: daily platform check by supervisors.
        Lifting plan LP-0583: 65t crawler crane, SWL at 18m radius 14.2t, load 9.8t (pipe spool + rigging), utilisation 69%. Signalman and lifting supervisor required.
        Stop Work Order at Dock 2 lifted after re-inspection found the scaffolding compliant; work resumes from 10 Mar with a fresh toolbox briefing for all crews.
        PPE standard: safety helmet with chin strap, safety glasses, ear plugs in zones above 85 dBA, FR coverall for hot work, full body harness with double lanyard at height.
        Hull H-1427 (semi-sub rig): block erection 78% complete, float-out target 15 Aug; manpower on site — welders 320, fitters 145, riggers 60.
        Gate pass GP-2026-03341 approved for removal of 2 welding sets and 1 grinder by the subcontractor; tools list checked against serial numbers at Gate 1.
        Fire extinguisher tag: 9kg ABC powder, serial FX-20931-22, last serviced 01/2026, next due 01/2027.
    """),
    ("en", "payroll admin"): _lines("""
        Payroll cut-off for March is 25/03. OT sheets signed by supervisors must reach HR by 26/03 noon. Salaries credited by 07/04 via GIRO.
        Invoice INV-SG-2026-00812: dormitory bed rental Feb 2026, 148 beds x $385 = $56,980.00 + GST 9% $5,128.20 = $62,108.20.
        Itemised payslip must show basic pay, allowances, deductions, OT hours and OT pay, and the salary period; total deductions in a month are capped at 50% of salary.
        Template SMS: Dear {name}, your salary for {month} of ${net_pay} has been credited to the account ending {last4}. Your payslip is in the HR app.
        TADM case TADM/ECT/2026/04871 is scheduled for mediation on 14 Apr at 10.30am at the Devan Nair Institute, Jurong East. Both parties must bring timecards.
        Average basic salary in our 2026 survey of 14 yards: welders $1,150-$1,450; fitters $950-$1,200; general workers $650-$800 per month.
        Salary advance policy: max 2 advances per year, each not more than one month basic pay, repaid over 3 to 6 months, no interest charged.
        The foreign worker levy is billed to the employer monthly and deducted by GIRO; it must never be recovered from the worker's salary.
        GIRO bank file format: header record H, detail records D with beneficiary_name, bank_code, branch_code, account_no, amount, ref; trailer record T with count and hash total.
        Malaysia minimum wage is RM1,700 per month from 1 Feb 2025; employers with fewer than five workers followed from 1 Aug 2025.
        Kickback complaints handled by our unit: 58 in 2024, 47 in 2025; 71% resolved with repayment to the workers.
        Dorm and meal deductions (e.g. $250 and $180 a month) need the worker's written consent and must match what was declared in the IPA letter.
    """),
    ("en", "news and public record"): _lines("""
        In April 2020, then-Manpower Minister Josephine Teo announced measures to isolate foreign worker dormitories as COVID-19 cases surged among residents.
        Malaysian Human Resources Minister Steven Sim has urged employers to comply with Act 446 housing standards for foreign workers.
        Seatrium was formed in 2023 from the combination of Sembcorp Marine and Keppel Offshore & Marine.
        Transient Workers Count Too (TWC2) runs the Cuff Road Project, a free meal programme for injured and unpaid migrant workers.
        Ng Teng Fong General Hospital in Jurong East sees many work injury cases from the Tuas and Jurong shipyards.
        The 2013 Little India riot led to temporary public order laws and to more recreation centres being built for foreign workers.
        The S11 Dormitory @ Punggol became one of the largest COVID-19 clusters in Singapore in April 2020.
        HealthServe, co-founded by Dr Goh Wei Leong, started as a clinic for migrant workers in Geylang.
        In 2020 US Customs and Border Protection issued a Withhold Release Order against Top Glove, pushing Malaysian manufacturers to improve worker hostels and repay recruitment fees.
        Singapore passed the Foreign Employee Dormitories Act in 2015 to license large purpose-built dormitories.
    """),
    ("en", "config and code"): _lines("""
        dorm_allocation: {max_beds_per_room: 12, min_space_sqm: 4.2, group_by: employer, isolation_block: X, reserve_ratio: 0.05}
        CREATE TABLE wage_claim (claim_id TEXT PRIMARY KEY, worker_fin TEXT NOT NULL, employer_uen TEXT, amount_sgd NUMERIC(10,2), status TEXT CHECK (status IN ('open','mediation','closed')));
        def ot_rate(monthly_basic: float) -> float: return round(12 * monthly_basic / (52 * 44) * 1.5, 2)
        FIN_PATTERN = re.compile(r'^[FGM][0-9]{7}[A-Z]$')  # format only; checksum is validated in fin_checksum()
        wbgt_alerts: {thresholds: [31.0, 32.0, 33.0], actions: [hydrate, rest_15min_per_hr, stop_work], sensors: [WBGT-D1-01, WBGT-D2-03]}
        GET /api/v2/dorms/{dorm_id}/rooms?level=4&status=vacant -> 200 OK, returns room_no, beds_total, beds_free
    """),
    ("zh-Hans", "shipyard notice"): _lines("""
        【通知】3号船坞明天上午8点至12点进行大型吊装作业，无关人员不得进入警戒区，违者按厂规处理。——安全部
        宿舍B栋4楼热水器维修，预计周四恢复，请暂时使用3楼淋浴间。
        新员工入职须知：报到时携带护照、体检报告和入境卡；工作准证费用由公司承担，任何人不得向工人收取。
        高温作业提醒：湿球黑球温度超过32度时，每小时休息15分钟，多喝水，出现头晕恶心立即报告班长。
        工资每月7日前发放，加班费按基本时薪1.5倍计算，如有疑问请联系人事部，办公室电话 6861 2233。
        动火作业许可证 PTW-2026-12044 有效期至今天18:00，气体检测合格，现场必须配备看火人。
        请问新加坡工伤赔偿一般多久能拿到？需要准备哪些材料？
        本月安全统计：总工时 86,400 小时，无损工事故，险兆事件 5 起，已全部整改。
        食堂菜单调整：周一至周五午餐增加一荤一素，周日供应饺子。
        宿舍内禁止私拉电线、使用电饭锅和电磁炉，一经发现没收，并通知雇主。
    """),
    ("ms", "notis asrama"): _lines("""
        NOTIS: Pemeriksaan asrama oleh pegawai JTK akan diadakan pada 18 Mac 2026. Pastikan bilik bersih, tiada barang mudah terbakar dan katil disusun mengikut pelan.
        Bekalan elektrik di Blok C akan terputus dari 9 pagi hingga 1 petang pada hari Ahad untuk kerja penyelenggaraan.
        Semua pekerja asing wajib menjalani pemeriksaan FOMEMA dalam tempoh 30 hari selepas tiba di Malaysia.
        Peraturan asrama: dilarang membawa masuk minuman keras, dilarang memasak dalam bilik, waktu senyap bermula jam 11 malam.
        Sebarang potongan gaji untuk penginapan mesti dipersetujui secara bertulis oleh pekerja dan mematuhi Akta Kerja 1955.
        Aduan gaji tidak dibayar boleh dibuat di pejabat Jabatan Tenaga Kerja yang berdekatan atau melalui portal rasmi JTKSM.
        Latihan kebakaran di limbungan kapal akan diadakan pada hari Rabu jam 3 petang. Berkumpul di tapak perhimpunan berhampiran Pintu 2.
        Statistik kemalangan limbungan suku pertama 2026: 4 kemalangan dilaporkan, 1 hilang upaya sementara, tiada kematian.
        Bagaimana cara memohon PLKS baharu untuk pekerja yang bertukar majikan?
        Nombor rujukan aduan anda ialah JTK/JHR/2026/00318. Sila simpan nombor ini untuk semakan status.
    """),
    ("mixed", "group chat"): _lines("""
        bro tmr 6am lorry pickup at dorm gate A, dun be late ah, today got MOM inspection at yard
        anyone know the canteen at blk C open until what time on Hari Raya? macam closed already
        guys the new FWMOMCare update got bug, cannot open medical appointment page, try uninstall and install again
        paiseh ah, who took the extension cord from room 05-09? need it back tonight for charging
        Tuas shuttle 7.10 cancel, next one 7.40, boss say clock in late today no problem
        ada sesiapa tahu kedai remit kat Little India buka hari Ahad tak? nak hantar duit balik kampung
        dorm wifi jialat again, full bar but cannot load anything
        reminder all: Sunday bring own container for free makan from the NGO van, 12pm at Gate 3
        今天船坞好热 lah, WBGT already 33, safety say must rest every hour
        where to buy safety boots cheap? shop at Jurong West sell $38, got SS 513 cert one
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DORM ALLOCATION 16/03/2026 | Blk 2 #03-11 Bed 7 | MD SHAHIDUL ISLAM | FIN G6148273W | Employer: Kim Seng Marine Pte Ltd | check-in confirmed
        Blk C Rm 4-12 move-in 20 Mar: 1) Thein Zaw Oo G7730186R 2) Kyaw Min Htet G3095517Q 3) Aung Ko Ko G5581940N — all Hup Lee Engineering, night shift
        Clinic note: Murugan s/o Palanisamy, 34M, welder, c/o lower back pain since lifting steel plates on 11/3, no red flags, MC x3 days, physio referral, review Fri.
        Incident report IR-26-0117: at approx 10.35am fitter HOSSAIN MD JAKIR (FIN F2275914X) fell ~1.8m from staging at Dock 2, complained of right ankle pain, conveyed by company van to NTFGH A&E.
        Salary claim: claimant RAHMAN MIZANUR, Bangladesh passport BW0847213, unpaid OT Jan–Mar 2026 amounting $1,842.50, employer Sin Hua Marine Services; bank POSB 173-28491-6.
        pls help, my fren Alamgir Hossain from room 08-03 very high fever 3 days already, company dont want send clinic, his hp +65 8264 9017
        WP renewal (expiring Apr): KARTHIK A/L SUBRAMANIAM – Malaysian – FIN G9127764L – exp 02/04/2026 – needs fresh medical before renewal
        Transfer request: Mr Rajaram Muthusamy (Indian passport N2945710), rigger, wants to change employer after 2 months of salary delay; consent letter signed 12 Mar; contact 9137 4826.
        Dear Madam, I am Sumon Miah from the blasting team. I was admitted to Ng Teng Fong hospital for dengue fever from 2 to 6 March, attaching discharge summary and MC. Please do not deduct my salary. Thank you.
        FOMEMA result UNFIT (chest x-ray abnormal, suspected TB): MD. SHAFIQUL ISLAM, passport A05521739, employer Sri Pelangi Shipbuilding Sdn Bhd, to be repatriated within 14 days.
        Please update bank details for salary credit from next month – Name: PRAKASH KUMAR, FIN G6620493L, DBS a/c 027-904518-3.
        Complaint: Mr Lim Chee Keong, manager of the Tuas dorm, reported by 14 residents for confiscating rice cookers and demanding a $50 'fine' each without receipt.
        Next of kin for Md Rubel Hossain: wife Mst. Nasrin Akter, +880 1712-384956, Vill. Char Bhadrasan, P.O. Char Bhadrasan, Dist. Faridpur, Bangladesh.
        Paid the Biman ticket for Abdul Karim's repatriation with my own Visa 4556 3381 0274 9169, pls reimburse this month — Jeffrey Pereira, HR
        Safety offence record: SUBRAMANIAM KANNAN (G8316025Q) found without harness at 12m on 04/03, second offence, 3-day suspension and retraining per yard policy.
        Heat injury 14 Mar: Nay Lin Aung, 27, Myanmar, collapsed at Dock 1 around 1.40pm, temp 39.8, cooled on site and sent to NTFGH, heat exhaustion, discharged same night.
        Feedback FB-26-1193 from Mohammad Faruk, room 06-17: roommate stealing his food and threatening him, asks to move to another block. Contact 8815 3290.
        Re-entry: LI XIAOMING, China passport EJ4817265, crane operator, returning from home leave on 28 Mar; collect new WP card at MOM Services Centre on 30 Mar.
        IPA issued — CHEN JIANGUO, DOB 12-03-1987, FIN G4471268M, occupation welder (marine), basic salary $1,300, dorm deduction $250.
        Case notes: Biswas Tapan Kumar, 31, Bangladeshi grinder, lost tip of right index finger in a yard accident on 22 Jan; insurer disputing WIC claim; currently staying at a temporary shelter.
        Transport request 2pm: Md Sohel Rana, Sujon Ahmed and Rakib Hasan from Rm 10-02 have dental appointments at the medical centre, please arrange lorry.
        Letter of warning to Mr Gopal s/o Krishnan, NRIC S7112580G, dormitory night duty officer, for sleeping on duty on 8 and 9 March 2026.
        Dorm Ops roster contact: Ms Nurul Huda binti Jamal, nurulhuda.jamal88@gmail.com, HP 9702 5531 (on leave 20-24 Mar).
        Wage ledger | Worker: DAS SUMAN | Passport BN0392817 | Basic $850 | OT 72h $418.50 | Dorm -$250 | Net $1,018.50 | paid cash 07/03, no payslip
        Referral: Ko Ko Naing, 29M, Myanmar, FIN G2259803T, 2/52 cough with night sweats and 4kg weight loss, CXR ordered, r/o PTB, mask and isolate pending results.
        I lost my work permit card at Boon Lay MRT on Sunday night. My name ARIFUL ISLAM, FIN F5816742T, police report done. Pls help to apply replacement.
        Grievance to MWC, 10 Mar: six workers of Sin Hock Seng Engineering say their supervisor Mr Tan Boon Huat shouts at them and hits them with his helmet.
        Receipt: Received from Md. Jahangir Alam the sum of BDT 450,000 as service charge for Singapore shipyard job, paid by bKash from 01819 447203.
        Remittance: sender ANANDAN PERUMAL, FIN F9043327W, SGD 600 to receiver PERUMAL VASANTHI, Indian Bank a/c 6374 0921 8850, Pudukkottai branch.
        Home leave approved: Ramasamy Govindasamy (F7462031X), 18 Apr–18 May, flying to Tiruchirappalli; family contact in India +91 94437 21586.
        Service of summons on employer director TEO KAH MENG at his home, Blk 512 Jurong West Street 52 #08-214 Singapore 640512, failed; re-serve by registered post.
        Ravi Chandran's private car SLK 5093 Z parked at the dorm loading bay overnight again, wheel clamped, $50 release fee.
        Insurance claim MI-26-55810: insured LIU HAIBO, passport E87341290, hospitalised 3–9 Feb at Alexandra Hospital for appendicectomy, bill $14,820.35.
        the Burmese cook at Sungei Tengah Lodge Blk K kitchen everyone call Uncle Chit, got diabetes and leg ulcer cannot heal, scared go hospital because of bill
        Safety officer Gerald de Souza (HP 8439 6612) on MC with shingles this week; PTW sign-off for Dock 3 goes to the deputy instead.
        PAULO DELA CRUZ, Philippine passport P4829137B, S Pass planner, asked HR for a salary certificate for his wife's visit visa; last drawn $3,200.
        WSH coordinator appointment: MUHAMMAD HAIKAL BIN ROSLAN, NRIC S8734412F, assigned to Hull H-1427 from 1 Apr.
        Foreman WONG KOK LEONG, Malaysian, FIN F1583207W, 26 years in the yard, retiring 30 Jun; gratuity of $4,500 approved by management.
    """),
    "zh-Hans": _lines("""
        张建国，身份证号 320682198703122919，电焊工，3月11日在2号船坞被铁板砸伤左脚，已送医院，工伤报告待提交。
        宿舍分配：王海涛 B栋305室3号床，刘志强 B栋305室4号床，均为江苏南通籍，3月18日入住。
        家属联系：李小明的妻子陈丽，电话 138 5216 7734，如李小明出事请第一时间通知她。
        工资纠纷：工人周德胜反映2月工资少发1,200元，加班费未结，微信 zhoudesheng_0725，已向人力部投诉。
        体检复查名单：林秀梅（食堂）身份证 350322198509040728，乙肝表面抗原阳性，需复查肝功能。
        黄志勇，身份证 411526199302183391，手机 159 6231 8840，护照遗失，需要回国补办，已请假两周。
    """),
    "ms": _lines("""
        Penyelia asrama: AHMAD FAIZAL BIN HAMZAH, No. K/P 850914-01-5523, H/P 012-718 4402, bertanggungjawab bagi Blok A asrama pekerja Pasir Gudang.
        Laporan kemalangan: pekerja Indonesia Sutrisno bin Wagiman, paspor C4172839, jatuh dari perancah di limbungan Lumut, patah tulang kaki kanan, dimasukkan ke Hospital Seri Manjung.
        Tuntutan gaji: Nur Aisyah binti Rosli (K/P 920307-10-6148), kerani akaun, belum dibayar gaji 3 bulan berjumlah RM6,300; akaun Maybank 1141 2378 9054.
        Aduan penghuni: Encik Rajesh a/l Muniandy dari bilik 2-14 mengadu penyelia asrama Mohd Hafiz bin Osman meminta wang RM50 setiap bulan.
        Pekerja Bangladesh Md Rasel, paspor A11830264, disahkan positif tuberkulosis oleh FOMEMA dan diasingkan di bilik kuarantin Blok D sementara menunggu penghantaran pulang.
        Hilux JQW 8812 milik Encik Ong Teck Seng digunakan untuk mengangkut pekerja tanpa permit; alamat rumah No. 27, Jalan Permas 10/6, Bandar Baru Permas Jaya, 81750 Masai, Johor.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for migrant workers in Singapore. Answer simply."),
        (
            "user",
            "sir i want write complain to MOM, my company not pay salary 3 month already. how to write?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You can file a salary claim with TADM. Tell me your name, employer, which months are unpaid and the amount, and I will help you draft it.",
        ),
        (
            "user",
            "my name ABUL KALAM AZAD, FIN G3841026T, company Kim Seng Marine, Dec Jan Feb not paid, basic $900 every month plus OT. my hp 9021 7735",
        ),
    ],
    [
        ("user", "Please format this into a table with columns Name, FIN, Room, Bed."),
        ("assistant", "Sure, paste the list and I will turn it into a table."),
        (
            "user",
            "Rashed Khan G5027394L 9-04 bed 2 / Mithun Chandra Das G7368150U 9-04 bed 3 / Tamilarasan s/o Velu G8904431L 9-05 bed 1",
        ),
    ],
    [
        ("user", "我在新加坡船厂干活，上个月被焊渣烫伤了手臂，公司不给报工伤，怎么办？"),
        (
            "assistant",
            "工伤应由雇主向人力部申报。你可以保留医院单据和伤口照片，直接联系人力部或移工中心寻求帮助。",
        ),
        ("user", "我叫孙立军，身份证 370283199107251536，老板说如果我报工伤就送我回国。"),
    ],
    [
        ("user", "Saya perlu tulis laporan kes perubatan pekerja untuk JTK, boleh bantu?"),
        (
            "assistant",
            "Boleh. Sila berikan nama pekerja, nombor dokumen, diagnosis, hospital dan tarikh masuk wad.",
        ),
        (
            "user",
            "Nama Md Sabbir Hossain, paspor A07392158, denggi, masuk Hospital Sultanah Aminah 9 Mac, majikan Pelangi Marine Sdn Bhd, tinggal di asrama Pasir Gudang.",
        ),
    ],
    [
        ("system", "You help NGO volunteers write short case summaries."),
        (
            "user",
            "Summarise: Palani Velu, 45, Indian, scaffolder, fell 4m at a Tuas yard on 3 Feb, spine fracture, still cannot walk, employer stopped his MC wages after 2 weeks. Wife in Thanjavur reachable at +91 98401 63327.",
        ),
        (
            "assistant",
            "Case summary: 45-year-old Indian scaffolder injured in a 4m fall on 3 Feb, spinal fracture, immobile; MC wages stopped after 2 weeks, which may breach WICA. Next of kin: wife in Thanjavur.",
        ),
    ],
    [
        ("user", "how to send money back Bangladesh cheaper? bank or bKash?"),
        (
            "assistant",
            "Licensed remittance companies are usually cheaper than banks. Compare the rate and fee before sending.",
        ),
        (
            "user",
            "ok i send to my wife Shirin Akter bKash +880 1934-551087, every month $400, which company best?",
        ),
    ],
    [
        ("user", "Draft an incident report for our yard. Details follow."),
        (
            "assistant",
            "Please give the name of the injured person, time, place, what happened and the treatment.",
        ),
        (
            "user",
            "KYAW ZIN LATT, FIN G6259318R, rigger, hit by swinging load at Quay 3 at 2.15pm on 12 Mar, fracture of left forearm, sent to NTFGH by ambulance.",
        ),
        (
            "assistant",
            "Draft: At 1415hrs on 12 Mar a rigger was struck by a swinging load at Quay 3 ...",
        ),
        ("user", "also add that he got 2 previous near-miss warnings this year"),
    ],
    [
        (
            "user",
            "Write a firm warning letter to resident Rajesh Kanna, room 11-06 bed 4, Tuas Harbour Lodge, caught cooking in room twice and smoking in the stairwell on 3 Mar.",
        ),
        (
            "assistant",
            "Dear Mr Rajesh Kanna, this letter is a formal warning regarding breaches of the dormitory rules ...",
        ),
    ],
    [
        (
            "user",
            "my brother Md Ashraful Alam is in ICU at Ng Teng Fong after fall at shipyard, his company not answer phone. i am in Dhaka",
        ),
        (
            "assistant",
            "I'm very sorry. You can contact the hospital's medical social worker and the Migrant Workers' Centre, who can follow up with the employer.",
        ),
        (
            "user",
            "please tell them call me, my number +880 1712-553018, he work for Sin Hua Marine 6 years",
        ),
    ],
    [
        ("user", "Convert to SOAP note please."),
        ("assistant", "Sure, paste the consultation notes."),
        (
            "user",
            "41M Indian national Sivakumar Ramalingam FIN G4713862R, dorm resident, chest pain on exertion x 1 wk, BP 162/98, ECG ST depression V4-V6, referred to NTFGH ED.",
        ),
    ],
    [
        (
            "user",
            "hello, i am Tun Tun Win from Mandalay, passport MD419283, want work Singapore shipyard as welder, agent ask 3,500,000 kyat, is it normal?",
        ),
        (
            "assistant",
            "Agent fees vary, but in Singapore the fee charged to a worker is capped. Ask for a written receipt and check that the agency is licensed.",
        ),
        ("user", "ok thanks, if got job can contact me telegram @tuntunwin_95"),
    ],
]
