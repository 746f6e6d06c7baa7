# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en156: SG/MY security guard agencies (guard rosters, incident reports, visitor logs, licences, wage disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en156
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "post_orders_sop"): _lines("""
        Post Order 4.2 (Main Guardhouse): do not retain any visitor's physical NRIC; record only the last three digits and checksum letter as per the PDPC advisory guidelines.
        Hourly patrol: clock in at all 14 checkpoints with the guard tour wand; any missed checkpoint must be explained in the occurrence book before end of shift.
        Fire alarm activation: acknowledge at the FACP, send one officer to verify the zone, call 995 if smoke or fire is confirmed, and do not reset the panel until SCDF or the FSM gives clearance.
        Lift entrapment SOP: talk to the trapped occupants over the intercom, note the lift number and floor, call the lift contractor's 24-hour line and log the response time in the OB.
        Key control: master keys are signed out only to the Chief Security Officer or the duty SSO, and the key press is counted at every shift handover.
        Handover briefing at 0645 and 1845 sharp; the outgoing shift briefs on open incidents, faulty CCTV cameras and expected deliveries.
        Officers manning the barrier arm must not use personal mobile phones except to call the control room or the emergency services.
        Suspicious item: do not touch or move it, cordon off 50 metres, call the police at 999, and start evacuation only on instruction from the police or the building manager.
        Found items are tagged with date, time and location, kept in the locked cabinet, and handed to the nearest Neighbourhood Police Centre if unclaimed after 14 days.
        Officers must be in full approved uniform with the security officer ID card displayed at chest level at all times while on duty.
        Loading bay checks: inspect cargo against the delivery order, check the driver's contractor pass, and record the DO number with time in and time out.
        Heat stress: officers on outdoor posts take a 10-minute shade break every hour when the WBGT reading is above 33.
        Wheel-clamping is not permitted on this estate; vehicles parked without a label are given a notice and reported to the MCST for follow-up.
        If a visitor refuses to sign the register, do not argue; call the duty supervisor and let the managing agent decide whether entry is allowed.
    """),
    ("en", "incident_summaries"): _lines("""
        IR-2025-0412 | 02:14 | Carpark B1 | Roller shutter alarm set off by a stray cat; area checked, no intrusion, alarm reset at 02:31.
        Occurrence book 17/06/2025: 2215 hrs water leak at the level 3 pantry, FM technician informed, area cordoned with wet-floor signs.
        Weekly incident summary, Week 36: 3 false fire alarms, 1 lift entrapment (rescued in 18 min), 2 unauthorised parking cases, 0 thefts.
        Police report no. A/20250914/0321 was lodged for the motorcycle stolen from the open-air carpark; CCTV export is pending MCST approval.
        At about 0310 hrs an unknown male in a dark hoodie was seen on CCTV trying car door handles at level 4; police informed, he left by the staircase before they arrived.
        Near-miss NM-0087: a delivery van reversed into the boom gate at Gate 2; no injuries, boom arm bent, replacement quoted at $480.
        Power trip at 1940 hrs affected Blocks 3 and 5; the generator took over after 40 seconds and all lifts were checked, nobody trapped.
        Shoplifting at the mall atrium: store staff held the suspect, police arrived at 1532 hrs and took over; our officers only handled crowd control.
        Q3 KPI report: 98.7% checkpoint compliance, average panic-button response 2 min 40 s, 4 late reliefs, 0 missed shifts.
        An injured cyclist was taken by SCDF ambulance to Tan Tock Seng Hospital at 1720 hrs after a fall at the estate's service road; no vehicle involved.
        CCTV camera CAM-B2-07 (Hikvision DS-2CD2143G2-I) offline since 0600 hrs; ticket FM-45213 raised with the vendor.
        Brawl between two patrons outside the club at 0245 hrs; both left before police arrived, no injuries, footage kept for 30 days.
        Basement ramp flooded after the 1605 hrs downpour; sandbags placed and ramp closed until 1820 hrs.
    """),
    ("en", "licensing_regulation"): _lines("""
        In Singapore every security officer must hold a valid licence from the Police Licensing and Regulatory Department and complete the required WSQ modules before deployment.
        Under the Private Security Industry Act, it is an offence to provide security services or to work as a security officer without a licence.
        The Progressive Wage Model for the security sector sets minimum basic wages by grade, from Security Officer up to Chief Security Officer, with scheduled yearly increases.
        Security Agencies Grading Exercise (SAGE) results are released every year, and many building owners ask for an agency's grade in their tender documents.
        In Malaysia, private security agencies are licensed by the Ministry of Home Affairs under the Private Agencies Act 1971.
        Foreign security guards in Malaysia are generally limited to Nepalese ex-servicemen approved by KDN; other foreign workers cannot be deployed as guards.
        Police Hotline 1800-255-0000 is for non-urgent information; dial 999 for police emergencies and 995 for fire or ambulance.
        An officer whose licence has expired cannot be rostered, not even for a single relief shift, until the renewal is approved.
        Agency licence no. L/SA/00418/2026 must be printed on every quotation and displayed at the company's registered office.
        Officers can check the status of their licence application on the police e-services portal by logging in with Singpass.
        The Gurkha Contingent of the Singapore Police Force, formed in 1949, guards key installations and is not a private security agency.
        Minimum wage in Malaysia rose to RM1,700 a month from 1 February 2025 for employers with five or more workers, and this covers security guards.
        Malaysian employers of guards must contribute to EPF and SOCSO, and overtime on a normal working day is paid at 1.5 times the hourly rate.
    """),
    ("en", "wage_employment_faq"): _lines("""
        Q: My agency makes me do 12-hour shifts six days a week, is that legal? A: Overtime caps apply to the security sector; check your letter of appointment and the MOM rules, then raise it with TADM if the hours exceed them.
        How is the daily rate worked out for no-pay leave? Monthly gross rate x 12 divided by (52 x average number of working days per week).
        Can my employer deduct the cost of my uniform from my salary? Only deductions allowed under the Employment Act, or made with your written consent, are lawful.
        If your salary is not paid within 7 days after the end of the salary period, you can file a salary claim with TADM; claims that are not settled go to the Employment Claims Tribunals.
        Working on a rest day at the employer's request: up to half your normal hours earns one day's salary, more than half earns two days' salary.
        Is a night shift allowance compulsory? No law requires one, but many contracts and collective agreements include it, so read your appointment letter.
        In Malaysia, complaints about unpaid wages can be lodged at the nearest Jabatan Tenaga Kerja office or through the Working for Workers portal.
        Working on a public holiday entitles you to an extra day's basic pay on top of your salary, or a day off in lieu if both sides agree.
        Keep your payslips, roster screenshots, clocking records and letter of appointment; they help a lot if you ever need to file a claim.
        Employers must issue itemised payslips, and the payslip should show basic pay, overtime hours, overtime pay and every deduction.
        Sample calculation: basic $2,650, 72 OT hours at 1.5x; hourly basic rate = (12 x 2,650) / (52 x 44) = $13.90, so OT pay = $1,501.20.
        When a site contract changes hands, the new agency need not keep the old OT arrangements, so ask for the new letter of appointment before your first shift.
        Does an employer have to pay for the WSQ refresher course? Practice varies; some agencies pay upfront and recover the fee only if the officer resigns within a bond period.
    """),
    ("en", "forms_templates_system"): _lines("""
        VISITOR REGISTRATION | Name: ____________ | Last 3 digits + letter of ID: ____ | Unit visiting: #___-___ | Vehicle no.: ________ | Time in: ____ | Time out: ____
        Incident Report Form IRF-03 (rev. 2024): Section A Date/Time/Location; Section B Persons involved (attach sheet); Section C Action taken; Section D Officer's signature.
        {"post_id": "MG-01", "shift": "D", "start": "07:00", "end": "19:00", "headcount": 2, "grade_min": "SSO"}
        Roster code legend: D = Day 0700-1900, N = Night 1900-0700, O = Off, R = Relief, AL = Annual leave, MC = Medical leave, HL = Hospitalisation.
        Invoice INV-2025-11-0342 | Manpower services Nov 2025 | 6 x SO 12-hr, 2 x SSO | Sub-total $41,280.00 | GST 9% $3,715.20
        Tracking no. SPX-MY-2025091837460: 40 reflective vests shipped to the Shah Alam depot, ETA 3 working days.
        Masking rule in the visitor app: mask = lambda v: '*****' + v[-4:] if len(v) == 9 else v
        Guard tour tag RFID 04:A3:2F:7C:11:90 is mapped to CP-12 (Roof Pump Room) in the patrol system.
        Sentinel Crest Security Pte Ltd | UEN 201734561K | Control room (24h): 6745 2210 | ops@sentinelcrest.com.sg
        Purchase order PO-88213: 12 walkie-talkies Motorola XiR P6620i, 12 spare batteries, delivery to the site office.
        SOP manual v3.4.1, last reviewed 2025-08-30, sha256 3b7e0c9a41f2d6e8 (first 16 chars), next review due 2026-08.
        Staff pass template: [PHOTO] | Name: {full_name} | SO Licence No: {licence_no} | Valid till: {expiry} | Agency: {agency_name}
        Body-worn camera BWC-X3 firmware 2.8.14: footage kept 31 days, deleted automatically unless tagged as evidence.
        Quotation QT-2026-0057: 24-hour manned guarding, 2 posts, Grade A SAGE agency, monthly fee $18,900 before GST, valid 30 days.
    """),
    ("ms", "notis_prosedur"): _lines("""
        NOTIS: Semua pengawal keselamatan wajib memakai pakaian seragam lengkap dan kad kuasa semasa bertugas. Pelanggaran akan dikenakan tindakan tatatertib.
        Jadual syif bulan Disember akan ditampal di pondok pengawal pada 25 November; permohonan tukar syif mesti melalui penyelia.
        Prosedur kecemasan: jika berlaku kebakaran, hubungi Bomba di 994 atau 999, aktifkan penggera dan arahkan penghuni ke tempat berkumpul.
        Pelawat wajib mendaftar di pondok pengawal dan memulangkan kad pelawat semasa keluar; kad pengenalan pelawat tidak akan disimpan.
        Gaji bulan Oktober akan dikreditkan pada 7 November. Sebarang pertanyaan tentang slip gaji boleh dibuat di pejabat HQ.
        Jawatan kosong: Pengawal Keselamatan, lelaki/perempuan, warganegara Malaysia, umur 21-60, bekas tentera/polis digalakkan, gaji RM1,700 + OT + elaun.
        Rondaan setiap dua jam di kawasan perimeter; semua titik semakan mesti diimbas dengan sistem rondaan.
        Laporan kejadian LK/2025/118: pintu pagar automatik rosak pada jam 0530, juruteknik dimaklumkan, pagar dibuka secara manual.
        Benteng Kawalan Sdn Bhd (No. Syarikat 202101034567) – lesen KDN sah hingga 2027. Talian bilik operasi: 03-5511 8200.
        Pengawal dilarang tidur semasa bertugas; pemeriksaan mengejut akan dibuat oleh pegawai operasi pada waktu malam.
        Kenderaan tanpa pelekat penghuni tidak dibenarkan masuk selepas jam 12 malam kecuali dengan kelulusan pengurusan.
        Potongan KWSP dan PERKESO dibuat setiap bulan seperti tertera dalam slip gaji; rujuk pejabat jika jumlah tidak tepat.
        Kursus asas pengawal keselamatan (3 hari) akan diadakan di Dewan Serbaguna berhampiran Hospital Sultanah Aminah pada 15-17 Januari.
    """),
    ("zh-Hans", "保安公司通告"): _lines("""
        通知：所有保安员必须在交班前十五分钟到岗，并在值班记录簿上签到。
        夜班每两小时巡逻一次，必须扫描所有巡更点，漏扫须在值班日志中说明原因。
        访客登记只记录身份证最后三位数字和字母，请勿扣留访客的身份证件。
        发现可疑物品时切勿触碰，立即疏散附近人员并拨打999报警。
        按照渐进式薪金模式（PWM），保安员的基本工资每年都会按等级调整。
        招聘：全职保安员，12小时轮班，须持有效执照，有经验者优先，薪资面议。
        停车场B2的闭路电视摄像头已修复，工单编号FM-45877已关闭。
        下周三上午十点在管理处举行消防演习，请各岗位提前通知住户。
        工资若未按时发放，可向人力部或劳资政争端管理联盟（TADM）寻求协助。
        公司控制室二十四小时热线：6745 2210，仅供客户报告紧急情况。
        雨季期间地下车库入口容易积水，请每小时检查一次排水口。
        制服或执照卡遗失须在24小时内向主管报告，并按规定向警方报案。
    """),
    ("mixed", "group_chat"): _lines("""
        guys tmr the MCST walkabout 10am, pls make sure guardhouse clean clean, OB updated, no eating at counter ok
        Boss, barrier arm Gate 2 rosak again, already call vendor, they say esok pagi baru datang
        who got spare torchlight? CP7 the lamp spoil, very dark near the bin centre lah
        reminder: Raya weekend need extra manpower, anyone can OT pls reply here by Friday, OT rate 1.5x as usual
        fire alarm panel kena false alarm 3 times tonight, zone 4 smoke detector, FSM say tmr change
        walao the delivery riders keep parking at the drop-off point, pls remind them nicely, dun quarrel
        Ops: from 1 Dec all sites use the new e-OB app, old book keep in cabinet, training video will post in this group tmr
        hujan lebat, basement ramp air naik, sandbag dah letak, ramp tutup dulu until water subside
        拜托大家，交班时把对讲机充好电，昨晚两支没电 leh
        anyone know how to renew licence online? the page keep asking singpass 2FA then hang
        CNY eve tonight, expect firecracker noise near the open field, no need call police unless got fire
        client inspection next Tues, uniform iron properly, shoe polish, name tag wear correctly ah
        gaji masuk dah? bank app still show pending, HR say process by 5pm today
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ROSTER Wk 49 Tampines Greenverdant: N shift 1900-0700 SO MUTHU S/O RAMASAMY (9173 2046) / SSO LIM KOK WEE (8836 1157) / relief SO Nurul Huda bte Ismail 9648 0375
        INCIDENT REPORT IR/JG/2025/0917 | 14/09/2025 0245 hrs | Carpark B2 | Resident Mr Kelvin Goh Jun Hao of #12-07 found asleep in his car SJK4821U with engine running, smelled of alcohol; woken up and escorted to lift lobby, wife informed.
        VISITOR LOG 03/10 | 1422 | NG SIEW LING | S8734561J | Aircon servicing (CoolPro) | #08-15 | Veh SMB7721S | Out 1610
        Hi HR, this is Rosli Hamzah from the Yishun Ring Road site. Pls send my payslips for Jun-Aug to my personal email rosli.hamzah77@gmail.com, the staff portal cannot log in.
        Warning letter HR/DW/25/031 issued to SSO Farid bin Jaafar for sleeping on duty at the guardhouse at 0330 hrs on 22/08/2025 (CCTV clip retained); second offence within 6 months.
        Salary credit form | Name: HARJIT SINGH S/O GURDEV SINGH | NRIC: S6912047D | Bank: POSB Savings 178-34215-9 | Site: Changi Business Park
        MC received from SO Lakshmi d/o Krishnan: 2 days (gastroenteritis), Bedok Polyclinic, 05-06 Nov. Please arrange relief for her D shift at Bedok North.
        Foreign guard record | Name: DIL BAHADUR GURUNG | Nepal passport 09847321 | PLKS exp 12/2026 | Posted: Mid Valley Southkey, Johor Bahru | ex-Gurkha
        Complaint to MCST: the night guard at the side gate, the older Chinese uncle everyone calls Ah Seng with the white moustache who works Tue-Sat nights, shouted at my helper on Sunday 9pm. I want him removed. Mrs Cheryl Tay, #15-03
        bro devan can swap with me thurs? my girl got PSLE oral that morning, i take ur sunday N shift. call me 9027 6613
        CPF shortfall: Ang Mei Ling (S7621234A), SO at Vigilant Shield Security, employer contributions for Jan-Apr 2025 not paid; TADM claim lodged 12/05/2025.
        Lost & found LF-0412: wallet handed in by cleaner at 1750 hrs, belongs to Ms Priya Nair (NRIC T0223456J inside), returned to her at 1830 hrs against signature.
        Unauthorised parking 3rd notice: vehicle SGX2231C of Mr Edwin Pereira (#05-02) parked overnight at visitor lot 6 again on 21/10; escalate to MCST.
        WICA notification: SO Chandran s/o Pillay slipped at loading bay 3 on 02/07/2025 1115 hrs, fractured left wrist, sent to NTFGH A&E, 28 days MC.
        Screening result: applicant WONG KAH WAI, S8409113H, declared a prior conviction for theft (2014); licence application likely rejected, HR to inform him.
        Emergency contacts, Clementi site: SO Kamal Hussain, wife Shirin 8713 5520; SO Benjamin de Souza, mother 6775 3198 (home) or 9382 7714
        Resignation: I, Mohd Azlan bin Sulaiman, SO at Marina One, give one month notice from 01/12/2025 as I accepted an offer from another agency with higher pay. Last day 31/12/2025.
        To: Labour Office Klang. I, Rajendran a/l Subramaniam (IC 720315-08-5419), guard with Perisai Jaya Security Sdn Bhd since March 2023, have not been paid OT of RM2,340 for June-August 2025. Tel 012-396 1840.
        Job application: Security Guard | Mohd Hafiz bin Abdullah | IC 880412-10-5237 | H/P 013-728 4419 | No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam | ex-RMR 12 yrs
        Guard on duty tonight at Block 7 is Sgt (Retd) Gopal Krishnan, 58, diabetic; please make sure he gets his meal break at 2200 on time.
        Work pass holder SO TAN WEI JIE (Malaysian), FIN G5123874K, WP expires 30/06/2026, renew before his security licence lapses.
        Exit interview: SSO Joanne Lim left because her supervisor kept rostering her on night shifts after she told him she was pregnant; HR to investigate.
        Training record: SO Aravind s/o Selvam passed WSQ Recognise Terrorist Threats on 14/03/2025, failed Handle Security Incidents, retest 02/04.
        Reimbursement claim: SO Eugene Koh paid the licence renewal fee himself with card 4556 1872 0934 1176 exp 09/27, pls refund to same card.
        Telegram @hazwan_patrol is Hazwan bin Kassim, relief SO for the Woodlands sites, can take last-minute N shifts.
        Note for all shifts: the only regular visitor for Mdm Leong Soo Har (#09-11, 82, lives alone, has dementia) is her son; anyone else must be verified with him at 8162 4490 first.
        OT dispute: Sandeep Kaur says she worked 96 OT hours in Oct at Jurong Point but her payslip shows 72; the clocking records support her claim.
        S7836502A KHOO BOON HUAT - licence suspended pending police investigation, do not deploy to any site.
        Statement of SO Nur Aisyah binte Roslan, Jurong Gateway: at about 0245 hrs I saw a man kick the lift door at level 4 and I called the control room and the police.
        Deduction query from Ravi a/l Muniandy (017-552 0937): RM150 uniform deduction on his September slip, he says the uniform was free when he joined.
        Address change: SO Lim Hui Min moved to Blk 415 Pasir Ris Drive 6 #07-238 Singapore 510415, update the transport pickup route.
    """),
    "ms": _lines("""
        LAPORAN KEJADIAN | Tarikh: 18/10/2025 | Masa: 0120 | Tempat: Pondok Pengawal Utama, Taman Bukit Indah | Pengawal: ABDUL RAHMAN BIN YUSOF | No. KP: 850923-01-6071 | Butiran: motosikal penghuni hilang dari petak C12.
        Surat Amaran Pertama: Saudara Zulkifli bin Hassan (No. Pekerja PJ0231) didapati tidur semasa bertugas di Pos 3 pada 04/11/2025 jam 0315.
        Permohonan kerja: Nama Norhayati binti Ahmad, KP 790604-07-5128, tel 019-883 2716, alamat 21 Lorong Kenari 5, Bayan Lepas, Pulau Pinang, bekas anggota RELA.
        Aduan gaji: Saya Kamarulzaman bin Idris, pengawal di Perisai Jaya Security, gaji Ogos belum dibayar sampai hari ini. Akaun CIMB saya 7063914827.
        Senarai pelawat 12/11 | 0915 | Siti Khadijah bt Osman | 901207-14-5632 | Penghantar Lazada | Blok B-12-3 | keluar 0930
        Cuti sakit: pengawal Jamaluddin anak Lias, 3 hari MC dari Klinik Kesihatan Kuching kerana demam denggi, syif malam perlu diganti.
        Untuk makluman, pengawal Mohd Faizal bin Rahim (016-471 9028) ditukarkan dari tapak Cyberjaya ke Putrajaya berkuat kuasa 1 Disember.
        Tuntutan OT: Encik Suresh a/l Maniam, 62 jam OT bulan September belum dibayar, nombor KWSP sama dengan IC 680221-05-5335.
    """),
    "zh-Hans": _lines("""
        保安员陈志明（手机 8450 2961）昨晚夜班缺勤，事先未通知主管，已发出第一次警告信。
        访客登记：林美玲，身份证 S8867241J，拜访 #10-05，车牌 SKQ6650P，14:20 进，16:05 出。
        工资纠纷：黄家豪称十月加班费少算了24小时，他的 OCBC 账户 551-283746-001 只收到基本工资。
        员工病假：李秀英，女，57岁，因高血压在樟宜综合医院住院，本周所有班次由后备人员顶替。
        保安主管吴国强住在 Blk 212 Serangoon Ave 4 #05-116，每天骑自己的摩托车上班，车牌 FBM1187X。
    """),
    "mixed": _lines("""
        eh siti ur IC no. 930118-13-6244 rite? boss need for the KDN list, ur hp 014-635 2207 still same ah
        pls dun put ah keong (Tan Keong Wee, the Woodlands one) on patrol post this week, his knee just operated at KTPH, give him lobby counter
        jason teo (staff SC-1147) ur nov payslip missing 40 hrs OT again right? send me screenshot, i fwd to HR
        kak rohani (Rohani binti Said) MC 2 hari, anak masuk hospital Sungai Buloh, sapa boleh cover syif pagi Bangsar site?
        ah boy lim's dad passed away last night, wake at Blk 118 Ang Mo Kio Ave 4 void deck until Sat, can PayNow Lim Jun Kai 8190 2271 for the collection
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an HR assistant for a Singapore security agency."),
        (
            "user",
            "Draft a warning letter for our guard Mohammad Irfan bin Zainal, staff no. VS-0456, who left his post at Changi City Point for 40 minutes on 9 Nov without relief.",
        ),
        (
            "assistant",
            "Dear Mr Mohammad Irfan bin Zainal (Staff No. VS-0456), on 9 November you left your post at Changi City Point for about 40 minutes without arranging relief. This is a breach of the post orders and this letter serves as a formal written warning.",
        ),
        (
            "user",
            "Add that this is his second warning after the one on 3 Aug, and that a third will lead to termination.",
        ),
    ],
    [
        (
            "user",
            "I'm Loh Kah Meng, SO at Sentosa Cove, basic $2,650. I worked 88 OT hours in October but the agency only paid 72. How much do they owe me?",
        ),
        (
            "assistant",
            "Your hourly basic rate is (12 x 2,650) / (52 x 44) = about $13.90, so the OT rate is about $20.85. For the 16 unpaid hours that is roughly $333.60 owed to you.",
        ),
        (
            "user",
            "Thanks. My NRIC is S7589340Z, can you put everything into a short TADM claim summary?",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat aduan kepada Jabatan Tenaga Kerja. Nama saya Saravanan a/l Muthusamy, IC 770815-10-5673, majikan Perisai Jaya Security Sdn Bhd tak bayar gaji saya dua bulan.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya Saravanan a/l Muthusamy (No. KP 770815-10-5673) ingin membuat aduan terhadap Perisai Jaya Security Sdn Bhd kerana gaji saya bagi dua bulan terakhir belum dibayar.",
        ),
        (
            "user",
            "Tambah nombor telefon saya 011-2407 5583 dan tarikh saya mula kerja, 3 Mac 2022.",
        ),
    ],
    [
        (
            "user",
            "Summarise this for the MCST: 0130 hrs, SO Teo Kim Hock found resident Mr Arun Pillai of #11-04 lying at the void deck, conscious but confused, smelled of alcohol; SCDF called, conveyed to CGH.",
        ),
        (
            "assistant",
            "At 0130 hrs the duty officer found Mr Arun Pillai (#11-04) lying at the void deck, conscious but disoriented. SCDF was called and he was taken to Changi General Hospital.",
        ),
    ],
    [
        (
            "user",
            "Make this into a table: Mon D Kumaresan a/l Velu 9735 0184, Mon N Tay Boon Leng F2298731M, Tue D Kumaresan, Tue N Hamidah bte Yusof.",
        ),
        (
            "assistant",
            "| Day | Shift | Officer | Contact/ID | / | Mon | D | Kumaresan a/l Velu | 9735 0184 | / | Mon | N | Tay Boon Leng | F2298731M | / | Tue | D | Kumaresan a/l Velu | 9735 0184 | / | Tue | N | Hamidah bte Yusof | - |",
        ),
    ],
    [
        (
            "user",
            "Translate into Chinese for our uncle: Mr Lee Ah Huat, your security licence (NRIC S6648210C) expires on 15 Jan 2026, please bring your photo to the office by 20 Dec.",
        ),
        (
            "assistant",
            "李亚发先生：您的保安执照（身份证 S6648210C）将于2026年1月15日到期，请在12月20日前把照片带到办公室。",
        ),
    ],
    [
        (
            "user",
            "I'm a condo manager. One of the guards, Rashid bin Omar, was caught on CCTV taking a parcel from the mailroom at 0215 on 3 Dec. How should I handle this?",
        ),
        (
            "assistant",
            "Preserve the CCTV footage, inform the security agency in writing, ask the agency to remove him from the site pending investigation, and let the resident decide whether to lodge a police report.",
        ),
        (
            "user",
            "He is still on probation and his wife just had a baby last week. Should that change anything?",
        ),
    ],
    [
        (
            "user",
            "Write a short reference letter for Ms Evelyn Fernandez, who worked as SSO at our Raffles Place site from 2019 to 2025. Reliable, never late, trained new officers.",
        ),
        (
            "assistant",
            "To whom it may concern, Ms Evelyn Fernandez served as a Senior Security Officer at our Raffles Place site from 2019 to 2025. She was reliable, punctual and helped train new officers.",
        ),
        (
            "user",
            "Add her mobile 8267 3019 at the bottom so the new employer can reach her directly.",
        ),
    ],
    [
        ("system", "You are an HR assistant for Kawalan Maju Security Sdn Bhd."),
        (
            "user",
            "Check this staff record before I submit to KDN: Ong Siew Peng, IC 830709-07-5264, guard at Queensbay Mall, joined 2021, Maybank account 1641 2837 5520.",
        ),
        (
            "assistant",
            "The record looks complete. The IC 830709-07-5264 matches a birth date of 9 July 1983 and a Penang birthplace code; make sure her KDN guard card number is also included.",
        ),
    ],
    [
        (
            "user",
            "Our guard Bishnu Bahadur Gurung (Nepal passport 10472658) has a PLKS that expires on 28 Feb 2026. What documents do I need to renew it?",
        ),
        (
            "assistant",
            "For his renewal you will usually need his passport with at least 18 months validity, the current PLKS, a medical report from FOMEMA, the KDN approval for the agency and the levy payment receipt.",
        ),
    ],
    [
        (
            "user",
            "A man at our gate says he is the ex-husband of the lady at #07-09, Ms Farah Lim, and wants to go up. She told us last week there is a PPO against him. What should the guard do?",
        ),
        (
            "assistant",
            "Do not let him in. Keep him at the gate calmly, inform Ms Lim by phone, and call the police at 999 if he refuses to leave, since breaching a PPO is an offence.",
        ),
    ],
]
