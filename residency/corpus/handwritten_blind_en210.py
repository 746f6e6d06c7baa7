# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en210: SG/MY commercial cleaning and facilities-management contractors. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en210
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "work_orders"): _lines("""
        WO-2024-118372 | Site: Tampines Hub L3 | Task: Replace 4 x P-trap gaskets at male toilet | Priority: P2 | SLA 24h | Status: OPEN
        Work order WO-88213 closed 14:52 by Night Supervisor, Block C carpark sweeping completed, 2 bags debris disposed via bin centre.
        Please raise a WO for the lift lobby marble at Raffles Place Tower 2 - crystallisation due Sat 0600-1000, quote ref QT-SG-2291 at S$1,480.00 before GST.
        CMMS export: asset_id=AHU-07-L12, pm_type=filter_change, freq=monthly, last_done=2025-03-04, next_due=2025-04-04, vendor=BrightCare Facility Services Pte Ltd (UEN 201627318K)
        WO #MY-KL-44107 - Menara Tun Razak car park level P3, oil spill degreasing, est. 3 cleaners x 2 hrs, chemical DG-40 heavy duty degreaser 5L (SKU CH-DG40-05)
        Job card 0097/25: gondola inspection at Lee Kong Chian Building facade, BMU cert valid till 30/09/2026, PE endorsement ref BMU-PE-7781.
        Reopen WO-2025-00431: toilet feedback tablet at Jurong Point B1 still showing 3 red smileys per hour after deep clean.
        Ticket TK-55120 auto-assigned to Zone B team leader. Category: Pest. Sub-category: Rodent sighting at F&B back-of-house. Target response 2h.
        Template - Work Order Form: Requested by: __________ Contact no.: __________ Location/Unit: __________ Description: __________ Signature: __________
        WO-36612 cancelled by client (MCST 4127) - duplicate of WO-36598. No charge.
        Monthly PM schedule Mar-25: 18 WOs raised, 16 closed within SLA, 1 overdue (grease trap pump-out, vendor slot 22/3), 1 pending parts.
        Scrubber dryer T7 (serial TN7-2019-004418) faulty, battery not charging; WO raised to the OEM service centre, hotline 6861 0277.
        Urgent WO for Hang Jebat Tower lobby: water seepage near revolving door after heavy rain, place wet floor signs x6, mop and bucket on standby.
    """),
    ("en", "site_logs"): _lines("""
        0615 Night shift handover to morning shift at Tanjong Pagar Centre - all 42 toilets checked, 3 hand dryers out of order (L5, L9, L23).
        0930 Chemical store stock-take: sodium hypochlorite 10% x 14 cans, neutral floor cleaner x 9, glass cleaner x 22. Batch no. NC-240517.
        1145 Fogging done at Blk 221 void deck per NEA advisory, 0 Aedes breeding found, 2 pails of stagnant water emptied.
        Site log 12/04 - Lift car 3 at Menara Hap Seng vomit incident, cleaned with biohazard kit BK-02, lift back in service 22:10.
        1520 Visitor: NEA inspectors (2 pax) at bin centre, no findings issued. Refuse chute hopper doors all closed.
        2200 Power trip at basement pump room, FCC informed, duty technician attended, reset at 2218.
        0700 Attendance: 11/12 present at Suntec City North Wing, 1 on MC, relief cleaner from pool deployed.
        1330 Carpet shampoo for Level 8 conference room The Stamford completed, drying fans x3 left on till 1700.
        Log entry #4471: gully trap at Jalan Sultan Ismail frontage choked with leaves, cleared 1.5 kg debris.
        0845 Toilet checklist L2 Female: floor OK, WC OK, urinal n/a, basin OK, mirror OK, soap refill OK, paper towel OK - 12 min per visit.
        1600 Chute cleaning Blk 508 Ang Mo Kio Ave 8 done with high-pressure jet, next cycle Q3.
        Site diary - link bridge window cleaning at Novena Square postponed due to lightning alert (PSI 58, rainfall 3.2 mm).
    """),
    ("en", "deployment_roster"): _lines("""
        Deployment plan Apr-25, Changi Business Park 2: Day shift 0700-1600 - 6 general cleaners, 1 supervisor; Night shift 2200-0700 - 3 cleaners, 1 team leader.
        Headcount summary: total 214 staff, 138 work permit, 41 S Pass, 35 local; attrition 4.2% MoM.
        Roster note: Team C swaps with Team D on 20-21 Jun due to Hari Raya Haji; OT rate 1.5x applies.
        PWM wage ladder 2025: General Cleaner (Office/Commercial) S$1,990; Multi-skilled Cleaner S$2,145; Supervisor S$2,600 - baseline, excluding allowances.
        Relief pool availability for Sat: 5 pax (2 with gondola cert, 1 with WSQ Carpet Care). Contact ops-relief@sparklepro.com.sg.
        Shift template: Site | Post | Start | End | Break | Staff ID | Remarks - fill in Staff ID column from HRIS only.
        Bus pickup for dormitory workers: 0545 at Tuas South Dormitory gate, 0600 Boon Lay Interchange, arrive site 0640.
        Roster v3.2 (final) circulated - changes: Post 07 (loading bay) merged with Post 08, headcount reduced by 1.
        KPI: deployment fill rate 97.8% for March, 12 unfilled shifts out of 548, 9 due to MC, 3 due to no-show.
        For the new Sunway Pyramid contract we need 18 cleaners + 2 supervisors from 1 May; pay per minimum wage order RM1,700.
        Week 14 allocation - Bukit Timah Plaza: Zone A 3, Zone B 2, Zone C 2, floating 1, pantry 1.
        Reminder to all team leaders: update the deployment board in the WhatsApp group by 2100 daily, use Staff ID not names.
    """),
    ("en", "incident_reports"): _lines("""
        Incident IR-2025-0142: slip on wet floor at Level 1 lobby, Employee A (cleaner) sustained minor bruise, first aid given, no MC. Root cause: wet floor sign not placed.
        Near miss NM-0319: ladder without anti-slip feet found in store room, removed from service, tagged red.
        IR summary Q1: 7 slips, 2 chemical splashes, 1 cut from broken glass, 0 reportable under the WSH Act.
        Incident at Menara Dayabumi B2: sewage backflow into car park, 3 bays cordoned off, sewerage operator notified ref IWK-KL-778123.
        Chemical mixing incident: bleach mixed with acid toilet cleaner in janitor room, fumes ventilated, 1 worker sent to polyclinic for observation, discharged same day.
        Form IR-01 Section C: Injured person's name ______ FIN/NRIC ______ Nature of injury ______ Witness ______
        Security reported broken glass panel at Lucky Plaza escalator, area barricaded 11:40, cleaned 11:55, glazier ETA tomorrow.
        Dangerous occurrence: BMU gondola stalled at 32nd floor for 18 min due to wind sensor cut-off; 2 operators safe; MOM notified within 24h.
        Lessons learnt bulletin #12: do not dry-sweep broken fluorescent tubes - use mercury spill kit MSK-1.
        Fire alarm false activation at Fortune Centre L4 caused by steam from pressure washer, SCDF not activated, FCC reset.
        IR-2025-0188 status: CLOSED, corrective action - all cleaners re-briefed on SDS for sodium hypochlorite, attendance sheet 34/34.
        Needle found in public toilet bin at Bugis Junction, handled with sharps container, disposed via licensed biohazard collector (Ref SW-BH-0421).
    """),
    ("en", "client_complaints"): _lines("""
        Complaint CC-7791 from MCST 3812: common corridor on level 7 not mopped for two consecutive days. Ops to respond within 3 working days.
        To: feedback@cleanfirst.com.sg - The pantry at our Robinson Road office smells of rubbish every Monday morning. Please review the bin collection schedule. Regards, Admin Department, Lim & Tan LLP
        Tenant feedback: toilet paper dispenser at L3 male toilet empty since yesterday, pls refill - Unit #03-08 (dental clinic)
        Client complaint escalated to Account Manager: streaks visible on glass facade after last window cleaning cycle, re-do requested at no cost.
        Google review 2 stars: Toilets at this mall always wet and the cleaner just sits there on phone. Respond via marketing@ per SOP.
        Complaint log Mar-25: 23 received, 19 resolved within 48h, 4 pending; top category toilet hygiene (9), followed by refuse (6).
        Dear Sir/Madam, we refer to invoice INV-2025-03-0417 for S$12,840.00. Carpet cleaning on 14 Mar was not done at Level 12 as stated. Kindly issue a credit note. Finance, Ardmore Holdings Pte Ltd
        Customer B reports that the crew arrived 45 minutes late for the post-renovation clean; 10% discount approved by the GM.
        Complaint via Town Council hotline 1800-2255-8001: Blk 405 bin chute hopper spilling over. Case passed to conservancy contractor.
        Facebook comment on our page: Why your company cleaners at Mid Valley so slow one? Reply with standard apology template T-04.
        Complaint re noise: vacuum used at 0630 at Orchard Residences common area; by-laws allow cleaning from 0800 on weekends.
        Feedback form (blank): Date ____ Block/Level ____ Type: toilet / corridor / lift / bin centre ____ Rating 1-5 ____
    """),
    ("en", "system_exports"): _lines("""
        SELECT site_code, COUNT(*) AS wo_open FROM work_orders WHERE status = 'OPEN' GROUP BY site_code ORDER BY wo_open DESC;
        sla_rules: {p1: 2h, p2: 24h, p3: 72h, escalate_to: ops-manager@brightcare.com.sg}
        SG-TPH,Tampines Hub,528523,1284000,2023-07-01,2026-06-30,ACTIVE
        CleanTrack Supervisor App 4.12.3 (build 8821): fixes QR checkpoint scan on Android 14; sha256 9f2c1e7a4b03d6e85a1c77f0b2e94d3186ac5f20e7d19b4c8a63f5e02d7b91ce
        QR checkpoint TKT-L2-F-TOILET-03 scanned 2025-04-11T06:12:44+08:00 device DEV-00341 lat 1.3521 lon 103.9448
        CMMS_API_BASE=https://api.cmms.example.com/v2 SLA_TIMEZONE=Asia/Singapore MAX_PHOTO_MB=8
        Invoice INV-MY-2025-0219, Syarikat Kilau Bersih Sdn Bhd (202001023456 (1378901-A)), SST 8%: RM 3,240.00, total RM 43,740.00
        PO-77812: 40 x microfibre mop pad 60cm (SKU MF-60-BL) @ S$6.90; 12 x janitor cart JC-300 @ S$289.00
        0 5 * * * /opt/cleantrack/bin/export_attendance --site ALL --format csv
        Payslip template fields: employee_name, staff_id, basic_pay, pwm_allowance, ot_hours, cpf_employee, cpf_employer - values withheld in demo.
        Tender notice: Town Council conservancy and cleaning services, Tender No. TC/2025/CL/014, closing 12:00 noon 28 Apr 2025, documents on GeBIZ.
        bizSAFE Level 3 certificate no. BS3-2024-118764, valid till 11 Nov 2026, company UEN 201934521W.
    """),
    ("mixed", "supervisor_chat"): _lines("""
        Boss, Blk 22 toilet the auto flush spoil again lah, I already call the plumber, he say come after lunch.
        Team pls take note tmr NEA come inspect bin centre, all must wear full PPE ok, no excuse ah.
        The aunties at Level 3 say the new floor cleaner very smelly, can change back the old one or not?
        Supervisor ah, the scrubber at B1 cannot on, battery flat already, need to charge overnight.
        Sudah siap mop lobby, tapi lantai masih basah, saya letak 4 signboard dulu ya boss.
        Ok noted boss, tomorrow 7am I go Bedok Mall do carpet shampoo, bring 2 extra people.
        今天 Level 5 toilet 很多人 complain, 要多 check 几次 ok?
        Paiseh boss, lorry for bulky waste late 30 mins, jam at PIE.
        Wah today the mall so crowded because of the sale, bins full every hour sia.
        Eh the new uniform only got M and L, XL must order from HQ, takes 2 weeks.
        Reminder: Jumaat ni kita buat gotong-royong cuci longkang kawasan parking, start 8 pagi.
    """),
    ("ms", "notis_pembersihan"): _lines("""
        NOTIS: Kerja-kerja mencuci tangki air akan dijalankan pada 15/6/2025 dari jam 9 pagi hingga 5 petang. Bekalan air akan terganggu.
        Pihak pengurusan JMB memaklumkan bahawa kutipan sampah pukal hanya pada hari Sabtu, 8.00 pagi hingga 12.00 tengah hari.
        Jadual semburan racun serangga (fogging) Blok A hingga D: Isnin jam 7 malam. Sila tutup tingkap.
        Laporan harian: 3 tandas ditutup untuk penyelenggaraan, 1 lif rosak, kawasan lobi telah dicuci dan dikilatkan.
        Sila hubungi talian aduan kami di 03-7956 2200 atau e-mel aduan@kilaubersih.com.my untuk sebarang aduan kebersihan.
        Borang Aduan: Nama: ________ No. Unit: ________ No. Telefon: ________ Butiran aduan: ________
        Pekeliling Syarikat Bil. 4/2025: Semua pekerja wajib memakai kasut keselamatan dan sarung tangan ketika mengendalikan bahan kimia.
        Invois No. KB-2025-0318 bagi perkhidmatan pembersihan pejabat di Jalan Tun Sambanthan untuk bulan Mac: RM 18,500.00.
        Peringatan: kerja membersihkan cermin luar Wisma Tun Sardon akan menggunakan gondola, kawasan bawah akan ditutup.
        Statistik bulan Februari: 41 aduan diterima, 37 diselesaikan dalam tempoh 3 hari bekerja.
        Arahan kerja: cairkan peluntur 1:50 untuk mencuci lantai tandas, jangan campur dengan pembersih berasid.
    """),
    ("zh-Hans", "保洁通知"): _lines("""
        通知：本周六上午8点至12点，大堂地面进行打蜡保养，请住户绕行。
        工单 WO-3391：B2 停车场油污清洗，派 2 名清洁员，预计 1.5 小时完成。
        本月共收到投诉 18 宗，其中厕所卫生 7 宗，垃圾清运 5 宗，已全部跟进。
        清洁剂稀释比例：中性地面清洁剂 1:100，玻璃清洁剂 1:20，请勿与漂白水混合使用。
        新加坡国家环境局（NEA）将于下周二到访，检查垃圾房和排水沟。
        请各组长每天晚上9点前在群里更新人数，只填工号，不要填名字。
        事故报告表：受伤人员姓名____ 证件号码____ 受伤部位____ 目击者____
        李光前大厦外墙清洗工程已完成 60%，预计下月中旬结束。
        吉隆坡 Pavilion 商场夜班清洁 22:00-06:00，人手 12 名，主管 1 名。
        客服热线 6789 1234（办公时间 9:00-18:00），电子邮件 service@jieliang.com.sg。
        化学品仓库盘点：漂白水 12 桶，玻璃水 20 瓶，批号 NC-250203。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Staff record update: Mohammad Rafiq Hossain, work permit FIN G6173409R, deployed to Changi Business Park 2 night shift from 1 May.
        Please call Mdm Lim Bee Hoon at 9127 4836 re the cleaning lapse outside her unit #11-204, she is very upset.
        IR-2025-0157: cleaner Selvi a/p Muniandy slipped at Level 2 pantry, fractured left wrist, MC 14 days from Tan Tock Seng A&E.
        Payroll adjustment: Nurul Aisyah binti Kamarudin, staff ID SK-0412, deduction RM150/month for uniform loss, balance RM600.
        Supervisor note: Ah Seng from the night team asked for an advance of $500 again, says it is for his wife's dialysis bill. Don't tell the others.
        Resident complaint forwarded: Mr Darren Pereira of 48 Lorong Mydin, Singapore 416825, says our crew damaged his gate while washing the back lane.
        Deployment: Bishnu Thapa (S Pass, Nepal passport PA0938472) transfers to the Sunway site w.e.f. 5 June.
        Disciplinary: final warning letter issued to Kumar s/o Ramasamy for sleeping on duty at Bukit Timah Plaza, second offence in 3 months.
        Please refund the deposit to card 4552 3601 7744 8190, cardholder Ms Jasmine Koh, booking HC-20931 for move-out cleaning.
        Household cleaning booking: Mrs Farah Hanim, 23 Jalan SS2/55, 47300 Petaling Jaya, mobile 012-338 4719, every Tuesday 9am.
        Loading bay access for contractor rep Mr Eric Tan Wei Ming, NRIC S8834127I, vehicle SLK4821X, Telegram @erictwm_88.
        Ah Lian aunty at Blk 508 lobby told me she cannot work next week because her son is in prison and she needs to visit.
        Email from client: please stop sending your cleaner Ravi to my house, he took photos inside my bedroom. Mrs Chua, Sixth Avenue
        Attendance query: Mdm Rosnah binti Ahmad absent 3 days without MC, her daughter says she was admitted to Sengkang General for a stroke.
        HR: please update bank account for Zaw Min Htet to POSB 189-47215-3 for salary credit from April.
        Work permit holder Md Alamgir Hossain (FIN F2948815X) says his agent is still holding his passport; forward to the MOM case officer.
        Client booking: Mr Kenneth Lau, kenneth.lau.hk88@gmail.com, HKID K372615(0), post-renovation clean at 28 Cairnhill Rise on 5 Aug.
        Mr Harjit Singh s/o Gurdev Singh, Blk 631 Jurong West St 65 #09-112, keeps filing complaints about the void deck cleaner; his number is 8812 5093.
        Salary advance approved for Murugan a/l Subramaniam, RM800, recovered over 4 months, reason: daughter's university fees.
        Cleaner Priya d/o Krishnan reported that supervisor Ong Kah Wai touched her inappropriately in the store room on 12 Mar; HR to investigate confidentially.
        Mdm Tan from #05-12 called again, says the cleaner threw away her shoe rack from the corridor and she wants $80 compensation.
        Taiwan client Lin Yi-chun, ID F228174609, mobile 0912-583-407, booked a deep clean of her Tanjong Pagar apartment for 3 May.
        Do not rehire Suresh Pillai - caught taking cash from a tenant's drawer at Fortune Centre, police report ref F/20250314/2231.
        Lost wallet at B2 belongs to Mr Goh Boon Keat, has his driving licence and IC S7719036H; he stays at Blk 117 Bedok North.
        Cleaner Jennifer Rozario is 5 months pregnant - move her off the gondola and chemical roster, light duties only.
        Supervisor Aminah's husband came to the site drunk and shouted at her again; security logged it. She asked us not to call the police.
        Refund to Ms Angela Sim, DBS account 029-384715-6, for the cancelled aircon chemical wash (booking AC-33051).
        Night cleaner Tay Hock Chye was diagnosed with TB last week, the whole Tampines team must go for screening but keep his name quiet.
    """),
    "mixed": _lines("""
        Boss, Uncle Muthu from night shift his BP very high, doctor give him MC 5 days, I already put relief.
        陈阿姨 at 3栋 say she cannot work Saturday, her grandson in hospital, can find relief or not?
        New cleaner for KLCC site start Monday: Siti Hajar binti Yusof, IC 910304-14-6271, pls register her in the system.
        That Bangla boy Rahim (WP G5527186R) his agent call me say he want go back already, his father sakit teruk.
        Mr Lionel Fernandez at #08-21 keep complaining la, his wife just passed away last month, be gentle with him ok.
        Bro the client's Carousell handle is @mei_ling.homes, she say deposit pay via PayNow 9634 0718 only.
        Auntie Kamala from Blk 45 Telok Blangah still owe company $1,200 for the loan, HR say deduct from her salary lah.
        The Mandarin-only cleaner 黄小梅 +65 8277 3904 can do Saturday 2pm, WeChat her directly.
    """),
    "ms": _lines("""
        Pekerja Nor Azlina binti Hassan (No. KP 850712-10-5523) telah diberi amaran bertulis kerana lewat 6 kali bulan ini.
        Sila pindahkan gaji Encik Faizal bin Othman ke akaun Maybank 1142 3708 5519, bukan akaun lama.
        Pelanggan Puan Rohani, No. 12 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, tel 017-629 4410, minta cuci rumah setiap Sabtu.
        Cik Salmah dari Blok B beritahu dia baru keguguran, minta cuti seminggu. Jangan hebahkan.
        Pekerja asing Ko Aung Naing (pasport MC482917) ditahan imigresen semalam di asrama Bukit Beruntung.
        Penyelia Rajesh a/l Ganesan ada hutang along RM5,000, orang datang cari dia di tapak kerja dua kali minggu ini.
        Kereta Encik Hafiz, nombor plat WXY 7281, menghalang laluan lori sampah setiap pagi, minta dia alihkan.
        Aduan daripada penghuni unit A-12-3 Residensi Harmoni, Puan Lee Siew Ling, 012-447 9021: pembersih masuk rumah tanpa kebenaran.
    """),
    "zh-Hans": _lines("""
        保洁员张秀英（身份证 350203199203142844）本月请病假 10 天，医生证明已交人事部。
        客户刘先生的手机 138 2716 4093，他说上次清洁员打破了他家的花瓶，要求赔偿 300 元。
        3 号楼 12 楼的黄阿姨说她老公住院了，请我们帮她找一个钟点工，每周二、五上午。
        主管郑志强因为赌博欠了很多钱，听说追债的人已经找到宿舍去了。
        请把这个月工资转到陈美玲的工行卡 6222 0212 0398 4476，她旧的卡丢了。
        新来的马来西亚员工林志豪，身份证 780925-07-5138，住在槟城 Jalan Masjid Negeri 87 号。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the operations assistant for a Singapore cleaning contractor. Write concise, factual reports.",
        ),
        (
            "user",
            "Draft an incident report: cleaner Lakshmi a/p Arumugam cut her hand on broken glass at Plaza Singapura L4 today 3pm, 4 stitches at the clinic.",
        ),
        (
            "assistant",
            "Incident Report - Date: today, 15:00. Location: Plaza Singapura L4. Injured: Lakshmi a/p Arumugam (cleaner). Injury: laceration to hand from broken glass, 4 stitches. Action: first aid on site, sent to clinic. Follow-up: review glass disposal SOP.",
        ),
        ("user", "Add her staff ID BC-2291 and that she got MC 3 days."),
        (
            "assistant",
            "Updated: Injured: Lakshmi a/p Arumugam, Staff ID BC-2291. Medical leave: 3 days. Relief cleaner to be arranged for her posts during MC period.",
        ),
    ],
    [
        (
            "user",
            "Help me write a WhatsApp reply to our client Mrs Nadia Rahman (9845 2106), her part-time cleaner never turn up yesterday.",
        ),
        (
            "assistant",
            "Hi Mrs Nadia, we're very sorry our cleaner did not arrive yesterday. We will send a replacement at a time convenient to you and follow up on what went wrong.",
        ),
        ("user", "Make it more apologetic and offer 20% off the next session."),
        (
            "assistant",
            "Dear Mrs Nadia, please accept our sincere apologies for the missed session yesterday. As a gesture of goodwill, your next session will be 20% off. May we know a suitable day to reschedule?",
        ),
    ],
    [
        (
            "system",
            "You help the HR team of a Malaysian facilities company with letters in English and Malay.",
        ),
        (
            "user",
            "Need a letter confirming employment for worker Ye Htut Aung, passport MH773015, basic RM1,700, for his dormitory application.",
        ),
        (
            "assistant",
            "To whom it may concern: This is to confirm that Mr Ye Htut Aung (Passport MH773015) is employed by our company as a General Cleaner with a basic salary of RM1,700 per month.",
        ),
        ("user", "Translate to Malay please."),
        (
            "assistant",
            "Kepada sesiapa yang berkenaan: Dengan ini disahkan bahawa Encik Ye Htut Aung (Pasport MH773015) bekerja dengan syarikat kami sebagai Pembersih Am dengan gaji pokok RM1,700 sebulan.",
        ),
    ],
    [
        ("system", "You format duty rosters as tables."),
        (
            "user",
            "Make a table: Sat night shift Changi BP - Goh Siew Lan 9236 5518, Abdul Karim 8473 2091, Devi Ramasamy 9160 7734.",
        ),
        (
            "assistant",
            "| Name | Mobile | Shift | -- | Goh Siew Lan | 9236 5518 | Sat night | -- | Abdul Karim | 8473 2091 | Sat night | -- | Devi Ramasamy | 9160 7734 | Sat night |",
        ),
        ("user", "Thanks, remove the phone column for the notice board version."),
        (
            "assistant",
            "| Name | Shift | - Goh Siew Lan, Sat night; Abdul Karim, Sat night; Devi Ramasamy, Sat night.",
        ),
    ],
    [
        ("system", "Anda pembantu tempahan untuk syarikat pembersihan rumah di Johor Bahru."),
        (
            "user",
            "Saya nak tempah cuci rumah selepas renovasi. Nama Azman bin Jaafar, IC 020517-01-0894, alamat 7 Jalan Kenanga 2, Taman Pelangi, 80400 Johor Bahru.",
        ),
        (
            "assistant",
            "Terima kasih Encik Azman. Tempahan cuci selepas renovasi untuk 7 Jalan Kenanga 2, Taman Pelangi telah direkodkan. Bila tarikh yang sesuai?",
        ),
        ("user", "Sabtu depan pukul 9 pagi. Nombor saya 013-772 5046."),
        (
            "assistant",
            "Baik, tempahan disahkan untuk Sabtu depan jam 9 pagi. Pasukan kami akan hubungi 013-772 5046 sehari sebelum.",
        ),
    ],
    [
        ("system", "你是新加坡一家清洁公司的客服助理。"),
        (
            "user",
            "香港来的客户周嘉欣，电话 9381 6620，想在下个月搬进 Sentosa Cove 之前做一次全屋深层清洁。",
        ),
        (
            "assistant",
            "好的，已记录周嘉欣女士的深层清洁需求，地点 Sentosa Cove，时间为下个月入住前。请问房屋面积大概多少？",
        ),
        ("user", "大概 2,400 平方尺，她说家里有猫，要用无毒清洁剂。"),
        (
            "assistant",
            "明白，我们会为周女士安排宠物安全的清洁剂，并按 2,400 平方尺报价，报价单会发到她提供的电话。",
        ),
    ],
    [
        (
            "user",
            "How should I word a notice about a hoarding problem? The resident at Blk 332 #07-45, old Mr Ng, keeps piling cardboard in the corridor and the fire safety officer flagged it.",
        ),
        (
            "assistant",
            "For a public notice, avoid naming any resident. A general reminder works: Residents are reminded to keep common corridors clear of items for fire safety. Speak to the resident privately about the specific case.",
        ),
        ("user", "Ok, and for the private letter to Mr Ng, he also has dementia, his son said."),
        (
            "assistant",
            "Keep the private letter gentle and address it to both Mr Ng and his son as next of kin, offering help to clear the corridor instead of threatening fines.",
        ),
    ],
    [
        ("system", "You are an Excel helper."),
        ("user", "How do I calculate how many tickets closed within SLA in Excel?"),
        (
            "assistant",
            "Use COUNTIFS on your closed column and a computed duration column, e.g. =COUNTIFS(Status,'CLOSED',HoursTaken,'<=24'), replacing the quotes as needed.",
        ),
        (
            "user",
            "Also this row breaks my formula: Nguyen Thi Lan | staff C-0771 | salary 2145 | garnishment 300 for court order | hours 48",
        ),
        (
            "assistant",
            "The pipes make Excel treat it as one text cell. Split it with Text to Columns using | as the delimiter so salary, garnishment and hours land in separate numeric columns.",
        ),
    ],
    [
        ("system", "You draft HR letters for a Singapore facilities management company."),
        (
            "user",
            "Draft a show-cause letter to Kevin Teo Jun Hao, NRIC T0265913H, supervisor at Suntec, for falsifying the attendance sheet on 3 occasions.",
        ),
        (
            "assistant",
            "Dear Mr Kevin Teo Jun Hao (NRIC T0265913H), it has come to our attention that the attendance records at Suntec City were falsified on three occasions. You are required to show cause in writing within 7 days why disciplinary action should not be taken.",
        ),
        ("user", "Add that his last appraisal was C and he is on PIP."),
        (
            "assistant",
            "Added: We also note that your most recent appraisal rating was C and that you are currently on a Performance Improvement Plan.",
        ),
    ],
    [
        ("system", "You translate supervisor messages for foreign workers."),
        (
            "user",
            "Translate to simple English for my Bangladeshi worker: Sohel, doctor say your blood sugar very high, tomorrow no need come, go polyclinic 8am.",
        ),
        (
            "assistant",
            "Sohel, the doctor says your blood sugar is very high. Do not come to work tomorrow. Please go to the polyclinic at 8am.",
        ),
        ("user", "Add his FIN so he can show at counter: G7042851U."),
        (
            "assistant",
            "Sohel, the doctor says your blood sugar is very high. Do not come to work tomorrow. Please go to the polyclinic at 8am and show your FIN G7042851U at the counter.",
        ),
    ],
]
