# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en186: SG/MY warehouses and 3PL (inbound/outbound logs, forklift incidents, temp staff, stock queries, security). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en186
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "inbound and outbound log"): _lines("""
        GRN-26-118402 | 04/12/2026 07:42 | Dock 6 | ASN 4500883172 | 22 pallets received, 1 pallet shrink-wrap torn, photo attached, QA hold until 10:00
        Container TGHU 863412 2 (40'HC) seal no. 0493817 intact, devanning started 08:15 at Bay 3, est. finish 11:30
        Inbound appointment slot 14:00-15:00 Door 11 confirmed for PO 7700219845, 2 x 20ft from Pasir Panjang Terminal
        Putaway exception: EAN 8851234009879 qty 480 ctn, location A-14-03-2 full, redirected to overflow zone OV-02
        Cycle count variance wk49: 17 locations counted, 2 variances (SKU MY-CHO-2231 -3 ctn, SKU SG-DET-0415 +1 ctn), recount scheduled Monday
        Outbound wave 1207-03 released 05:30: 64 orders, 212 lines, pick rate target 120 lines/hr, loading Door 2 cut-off 09:00
        DO 8100457723 short-shipped 2 ctn due to damaged stock; credit note to be raised by customer service, not by warehouse
        Cross-dock: 9 pallets from Westports transloaded into 3 x 10-footer for Johor Bahru deliveries, ETD 16:00
        AWB 618-44720911 received at Changi Airfreight Centre 02:10, cold chain 2-8°C, handed to reefer truck, temp logger TL-0388 attached
        Reefer temp log Bay R2: 06:00 -18.4°C / 10:00 -18.1°C / 14:00 -17.9°C / 18:00 -18.3°C, all within spec
        Returns received RMA-SG-20931 to RMA-SG-20958, 28 parcels, 4 opened/used graded C, rest graded A and back to stock
        FEFO breach flagged: batch L2406B exp 31/01/2027 picked before batch L2405A exp 15/12/2026, WMS allocation rule under review
        Dock schedule Tue: 6 inbound, 11 outbound, Door 4 out of service (leveller hydraulic leak), ticket FM-77120 raised with facilities
        Loaded CMAU 481920 7 for Tanjung Pelepas, 18 pallets, VGM 14,620 kg declared, seal 1188204, gate-out 17:05
        STO-4410982 Tuas DC to Senai DC, 3 pallets, TradeNet permit ref to follow from freight forwarder
        Received 1,200 ctn instant noodles ex Klang, 40 ctn crushed, carrier POD remark "received with exception", claim CLM-0923 opened
    """),
    ("en", "forklift and WSH procedure"): _lines("""
        Forklift pre-start checklist: horn, brakes, lights, mast chains, forks, tyres, seat belt, fluid leaks. If any item fails, tag out and inform the shift lead.
        Under the WSH (General Provisions) Regulations, forklift operators in Singapore must complete an accredited forklift operation course before driving on site.
        Max travel speed inside racking aisles is 8 km/h; walkways marked green are no-go zones for all MHE.
        Near-miss NM-2026-0418: reach truck reversed out of Aisle 9 without sounding horn, pedestrian stepped back in time, no injury. CAPA: blue spot lights on all reach trucks by 31/12.
        Incident summary Q3 2026: 4 forklift-related incidents, 1 recordable injury, 0 fatalities, 2 property damage (racking upright, roller shutter)
        Racking inspection by SEMA-approved inspector found 3 amber-risk uprights at Row C; offload and replace within 4 weeks
        Battery charging room: no smoking, eye-wash station checked weekly, face shield and acid-resistant gloves when topping up water
        In Malaysia, lifting equipment such as forklifts falls under DOSH oversight; check the current OSH Act guidance before registering new units
        Toolbox talk this week: load centre and capacity plates. Never exceed the rated capacity at the stated load centre, and lower forks before travelling.
        If a counterbalance forklift tips over: stay in the seat, hold the steering wheel, brace your feet and lean away from the fall. Do not jump.
        Heat stress advisory: when WBGT exceeds 32°C, outdoor loading bay crew take a 15-minute rest in shade every hour and drink water
        Incident flow: first aid, notify shift lead, incident form within 24 h, investigation within 3 working days; reportable cases go to MOM via iReport within 10 days
        Manual pallet jacks may be used without a licence, but every user must attend the 1-hour internal briefing first
        MHE fleet: 12 counterbalance (Toyota 8FBN25), 6 reach trucks (Crown RR5700), 4 VNA; service contract renewal due March 2027
        Emergency numbers: SCDF 995, Police 999; in Malaysia dial 999. Site first aider list is on the notice board at the canteen.
    """),
    ("en", "customer stock query"): _lines("""
        Hi team, pls advise available qty for SKU 3PL-HLT-7720 (hand sanitiser 500ml) at Tuas DC, we need 300 ctn by Friday. Thanks, Procurement, Sunrise Mart Pte Ltd
        Re: Order SO-2611-004873 - status shows "Picked" since yesterday, when will it be loaded? Our retailer is chasing.
        Dear Customer, your stock-on-hand as at 05/12/2026 23:59 is attached (SOH_report_20261205.xlsx). Please reply to this mailbox for any queries.
        Can you confirm whether lot 24K118 of the infant formula is still on QA hold? Our retailer wants to know before placing the next PO.
        WMS report shows 1,420 units but our ERP shows 1,460 units for SKU BV-0091. Please investigate the variance and revert by EOD.
        Please arrange urgent outbound for PO 4500912277, 12 pallets to Senoko, delivery window 8am-12pm, tailgate lorry required
        Can your bonded warehouse hold wine under GST suspension? What documents do you need from us for the Zero-GST warehouse scheme?
        Hi, what's your storage rate per pallet per week for ambient vs chiller? We're comparing 3PL quotes for Q1 2027.
        Invoice INV-SG-2026-11-0932 charged 48 pallet positions but our count is 44. Please check and issue a credit note.
        Ocean Link Logistics customer service hotline for stock enquiries: +65 6861 2290 (Mon-Fri 8.30am-6pm)
        Ticket #CS-55812 closed: stock transfer to Penang DC completed, GRN attached, no further action required
        Can the warehouse do kitting? We need 2,000 gift sets (3 items + box) packed before CNY, target ship date 20 Jan
        Please stop shipping SKU FD-3321 with immediate effect, product recall from principal. Quarantine all stock and send the count by 3pm.
        Tracking no. MYS0091245517 shows "out for delivery" since 9am but the outlet has not received it. Can check with the transporter?
        What's the lead time for a stock transfer from Shah Alam to Kuching? Our buyer wants to know if it goes by sea or air.
    """),
    ("en", "security and gate"): _lines("""
        Gatehouse SOP: visitors exchange a photo ID for a visitor pass; log name, company, vehicle no., host and time in/out. Do not photocopy or scan NRICs.
        Visitor pass template: Name: ________ | Company: ________ | Vehicle No.: ________ | Host: ________ | Time In: ____ | Time Out: ____
        Patrol log 03:00 - perimeter fence Sector B checked, no breach; side gate 2 padlocked; CCTV cam 14 offline, vendor ticket SEC-2210
        CCTV footage is retained for 30 days and released only on a written request from the police or the site GM
        Random bag checks at the staff exit are in force from 1 Jan; refusal will be escalated to HR. Lockers must not be used to store company stock.
        Outbound seal check: seal number must match the loading manifest; if there is a mismatch, hold the vehicle and call the ops duty phone
        Gate pass GP-77810 approved for removal of 4 scrap wooden pallets by contractor, time out 15:22
        Lorry queue at Gate 1 exceeded 25 vehicles at 06:30 due to port congestion; traffic marshals deployed along the service road
        Alarm activation 23:47 Zone 5 (cold room door sensor) - false alarm, door not fully closed by previous shift
        All contractors doing hot work must hold a valid permit-to-work; the security post keeps the PTW register
        Lost & found at guardhouse: 1 black umbrella, 1 white safety helmet. Unclaimed items will be disposed of after 14 days.
        Security manning for Tuas site: 3 officers day shift, 2 night shift; auxiliary police escort for high-value outbound on request
        Drone sighted over Warehouse C roof at 14:10, reported to site management, no further sighting
    """),
    ("en", "temp staff and HR"): _lines("""
        Agency rate card 2027: general worker S$11.50/h, forklift operator S$14.00/h, night shift allowance S$1.50/h, public holiday 2x
        Temp onboarding checklist: safety briefing, PPE issue (safety shoes, vest), RF gun login, site tour, buddy assignment
        Reminder to agencies: submit the temp list 24 h before the shift, and foreign temps must hold a valid work pass for the job
        Shift roster template: Date | Shift (A 7am-7pm / B 7pm-7am) | Zone | Headcount required | Headcount reported | Remarks
        Peak season (11.11 to CNY) manpower plan: +40 temps pick/pack, +6 forklift operators, overtime capped at 72 hours a month
        Attendance is now via the face-recognition terminal; paper timesheets will not be accepted from 1 Dec
        Any temp who commits a safety violation will be removed from site for the rest of the shift and the agency informed in writing
        Forklift licence verification: ask the agency for the certificate copy, check the course provider is accredited, and do not keep copies longer than needed
        Headcount summary 06/12: requested 55, reported 49, no-show 6, pack station average 94 units/h
        Public holiday rota for Deepavali and Christmas will be released two weeks prior; shift swaps need supervisor approval
        Malaysia minimum wage of RM1,700 a month applies to warehouse staff, pro-rated for part-timers
        Offer letter template: "Dear ______, we are pleased to offer you a temporary position as ______ at our ______ DC from ______ to ______."
    """),
    ("ms", "notis gudang"): _lines("""
        Notis: Semua pemandu lori wajib memakai jaket keselamatan dan kasut keselamatan semasa berada di kawasan dok pemunggahan.
        Forklift hanya boleh dikendalikan oleh pekerja yang mempunyai lesen dan latihan yang sah. Pelanggaran akan dikenakan tindakan tatatertib.
        Kiraan stok tahunan akan diadakan pada 27 dan 28 Disember; tiada penghantaran keluar pada hari tersebut.
        Sila pastikan pintu bilik sejuk ditutup rapat selepas digunakan. Suhu mesti dikekalkan di bawah -18°C.
        Makluman: Pintu Pagar 2 ditutup untuk kerja penyelenggaraan dari 9 pagi hingga 5 petang hari Sabtu. Sila gunakan Pintu Pagar 1.
        Waktu rehat syif malam: 12.00-12.45 pagi. Surau terletak di tingkat 1 bangunan pejabat.
        Laporan kemalangan mesti diserahkan dalam tempoh 24 jam kepada penyelia syif. Borang boleh didapati di pondok pengawal.
        Pekeliling: Bermula 1 Januari 2027, semua kenderaan pelawat perlu didaftarkan 24 jam lebih awal melalui portal tempahan.
        Stok barang kering di rak D-08 hingga D-12 akan dipindahkan ke zon baharu minggu depan. Sila kemas kini lokasi dalam WMS.
        Pesanan PO 4500918830 sudah siap dibungkus, menunggu lori untuk dihantar ke Seremban esok pagi.
    """),
    ("zh-Hans", "仓库通知"): _lines("""
        通知：本周六上午仓库盘点，所有出库单请于周五下午三点前提交。
        叉车操作员上岗前必须完成日常点检，发现刹车或喇叭异常立即停用并上报主管。
        冷库温度须保持在零下十八度以下，出入请随手关门。
        客户查询：条码 6901234567892 目前在新山仓库存 860 箱，预计下周二补货 400 箱。
        根据新加坡人力部规定，员工每月加班时间不得超过七十二小时。
        装柜前请核对封条号与装箱单是否一致，不一致时暂停放行并通知调度。
        年终旺季临时工需求：拣货打包四十人，叉车司机六人，请各外包公司于本月十五日前报名。
        保安提醒：下班离开仓库时需接受随机包检，请大家配合。
    """),
    ("mixed", "ops group chat"): _lines("""
        guys dock 5 shutter rosak again, dah call facilities, pls use dock 6 for the 2pm container ok
        wave 3 still got 40 lines not picked, anyone free come help zone B lah
        lorry from PKG stuck at Tuas checkpoint jam, ETA push to 4pm, inform CS
        reminder tmr 7am toolbox talk at canteen, everyone must attend, no excuse ok
        the RF gun battery all flat liao, charging station 2 spoil, who got spare?
        boss say tonight OT until 11pm, dinner company sponsor, nasi lemak and chicken rice
        收到，container CMAU 481920 7 已经 seal 好，等 driver 来拉
        cold room alarm bunyi again at 2am, security checked, false alarm. facilities pls check the sensor
        anyone see the pallet jack from bay 4? cannot find since morning leh
        GRN for ASN 4500883190 done, 3 ctn short, already remark in system
    """),
    ("en", "industry and public names"): _lines("""
        PSA's Tuas Port is planned to handle up to 65 million TEUs a year when fully completed in the 2040s.
        Westports in Port Klang was built up by Tan Sri G. Gnanalingam into one of Malaysia's largest container terminals.
        Tan Tock Seng Hospital and Ng Teng Fong General Hospital are the hospitals listed in our west-zone emergency response plan.
        Stamford Raffles landed in 1819; the godowns along the Singapore River at Clarke Quay were the warehouses of their day.
        Jurong Industrial Estate was developed under Lee Kuan Yew's government in the 1960s, and Jurong Port opened in 1965.
        Lessons from the 2020 Beirut port explosion are often cited in dangerous goods warehouse training.
        Ocean Link Tuas DC, 21 Tuas South Street 5, Singapore 637790 - loading bays open 24/7, office hours 8.30am to 6pm.
        This month's safety poster: Phua Chu Kang in his yellow boots saying "Use your head!" next to the forklift speed limit sign.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report IR-2026-117 | 03/12/2026 22:40 | Injured: MD RAKIBUL HASAN (FIN G6543817N), forklift operator, temp via Strongmen Manpower | left foot crushed under pallet, sent to Ng Teng Fong A&E, MC 14 days
        Forklift licence check: Muthukumar a/l Ramasamy - certificate expired 30/09/2026, not allowed to operate until renewal, moved to manual picking
        Security logbook 05/12 07:12 | Visitor: LIM WEI JIE | Co: Hup Seng Transport | Vehicle: SLK 4821 X | Host: Inventory | Out: 07:58
        Driver for tonight's JB run: Mohd Faizal bin Ismail, IC 880412-10-5673, lorry JRX 8812, HP 012-738 4491
        Night shift report: Tan Kok Seng (reach truck, Shift B) found sleeping in the battery room at 3am, second time this month, supervisor to issue warning
        Agency timesheet backup: Priya d/o Subramaniam, 42.5 h x S$11.50, pay to DBS 072-4-518830
        Temp list Shift B 06/12: 1) Nur Aisyah binti Kamarudin 950118-01-6644 2) Rajesh Kumar s/o Veloo S8734216F 3) Hnin Wai Phyo G5329186X 4) Chong Mei Ling T0215587C
        Self-storage complaint: Mr Eugene Koh Boon Kiat (unit 3-17) says his carton of wedding albums went missing after our relocation and wants compensation, call him at 9671 2038
        Salary advance approved: Saravanan a/l Ganesan, RM800, deduct over 4 months, reason: mother's surgery at Hospital Sultanah Aminah
        HR note: Kelvin Ong Jia Hui was given a final written warning on 28/11 for driving a forklift with raised forks through the pedestrian walkway at Senai DC
        NRIC S7926043F returned to the owner at the guardhouse, he left it in exchange for a visitor pass yesterday
        CCTV review: suspected pilferage of 2 cartons of phones, footage shows picker Alvin Loh Jun Hao (badge 20431) at Aisle 22 at 02:14, case handed to police
        Pls refund the storage deposit to Siti Zulaikha binti Abdul Rahman, Maybank 5141 2233 9087, she cancelled her December booking
        Storage payment: VISA 4556 3310 0482 7712 exp 08/28, cardholder JONATHAN D'CRUZ
        First aid note: Lee Hui Min (packer, Line 3) is diabetic, keep glucose sweets in the first aid box, shift lead informed with her consent
        Return-to-work memo: Encik Hairul Anuar bin Yusof resumes light duties on 9 Dec after a back injury from manual handling, no lifting above 10 kg for 4 weeks
        Emergency contact form | Employee: Goh Siew Ling | Next of kin: Goh Ah Huat (father) | Tel: +65 9163 2207 | Address: Blk 456 Jurong West St 41 #08-112, Singapore 640456
        Wallet belonging to Yogeswaran s/o Pillai handed to security, contains Touch 'n Go card and MyKad 790302-08-5537
        Parking approval: car SJA 915 L (Rachel Tan, Accounts) may use lot 12 near the office entrance until her maternity leave starts
        Hi, this is Daniel Wong, I run a small online shop from home and keep 20 pallets with you. Pls send invoices to danielwong.homeshop88@gmail.com from now on.
        New PRC forklift driver ZHANG LEI, passport EA4738215, work permit application submitted 01/12, start date pending
        Contractor Ravi Shankar (Sunrise Cleaning) found with 3 bottles of whisky in his bag at staff exit 18:05, police report made, barred from all sites
        WSH investigation notes: Shahidul Islam, WP FIN F2281093Q, stepped off loading dock edge in the dark (1.2 m drop), fractured right wrist, iReport filed
        Pls arrange a cab home for Ms Kavitha Nair, night shift, she is feeling faint - 23 Jalan SS 2/45, 47300 Petaling Jaya
        Deliver to: Mdm Teo Lay Hoon, 12 Lorong Ah Soo #03-45, Singapore 530012 | Tel 8123 5570 | COD S$48.90
        Storage query from Farah Hanim binti Zakaria (booking BK-3391): she wants to know if her late father's piano is still in Bay 7 before she collects it
        Attendance: Wong Kar Lok absent 3 days without MC, agency asked to replace him from Monday
        On-call forklift techs this weekend: Azman 013-492 7710, Ah Keong 9823 4061
        Customs form needs the resident ID of Huang Jun (PRC driver, Senai site): 450103198711220830
        Visitor Goh Zi Xuan (T0368891C) brought a DSLR into the warehouse without permission, photos deleted in front of security
        Interview notes: Mohamed Irfan bin Abdul Kadir, 34, ex-supervisor at a courier hub, expecting S$4,200, two young kids, can start January
        The driver who keeps dumping pallets outside Gate 2 at night is on +60 11-2384 5907, pls call him and warn him
    """),
    "ms": _lines("""
        Pemandu: Zulkifli bin Hassan, No. K/P 850923-07-5121, lori PKE 4471, dijadualkan hantar ke Butterworth jam 6 pagi
        Pekerja sementara Nurul Izzah binti Razak tidak hadir 2 hari, MC dari Klinik Kesihatan Senai telah dihantar
        Aduan pelanggan: Puan Rosnah binti Mat Saad, tel 019-332 8810, stok kedai runcit beliau tersalah hantar ke Kluang
        Laporan kemalangan: Encik Suresh a/l Maniam cedera jari tangan kanan ketika mengendalikan pallet jack, dihantar ke Hospital Sultanah Aminah
        Sila bayar gaji Amirul Hakim bin Othman ke akaun Maybank 1620 4418 7723 sebelum Jumaat
        Tindakan tatatertib: Mohd Shahrul bin Abu Bakar didapati membawa keluar 5 kotak susu tanpa kebenaran pada 02/12
        Pelawat Cik Tan Siew Mei, IC 920705-14-6288, masuk 10.15 pagi untuk audit stok, kereta VKB 3308
    """),
    "zh-Hans": _lines("""
        叉车事故报告：操作员陈志强（临时工）倒车时撞到货架，左腿擦伤，已送医院处理，休息三天。
        新员工林秀梅，身份证号 350524199003144720，工作准证申请中，岗位为拣货员。
        客户王建华先生（电话 9127 4503）投诉他存放在我们仓库的家具受潮发霉，要求赔偿。
        保安记录：员工李美玲下班包检时被发现携带两瓶洗发水，已交人事部处理。
        临时工刘伟本月工资请转到 OCBC 账户 687-310245-001。
        请通知吴家豪明天早班改去士乃仓库，他的车牌 WXY 6620 已在门卫登记。
    """),
    "mixed": _lines("""
        new temp join today, vignesh a/l murugan hp 016-552 0193, pls add him into the zone C group
        kak rosmah binti ali cuti sakit 3 hari, baru buat operation tangan, so zone C packing short 1 person
        tan ah beng the forklift driver kena accident at dock 2 just now, hand bleeding a lot, ambulance coming
        jason lim's IC is S8405512C right? need to key into the work pass form before 5pm
        cs pls call back the auntie mdm low bee choo 8765 3310, she say her parcel kena crushed
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an HR assistant for a third-party logistics warehouse in Singapore."),
        (
            "user",
            "Draft a warning letter for our temp picker Lau Zhi Hao. On 2 Dec he was seen on CCTV riding on the forks of a moving forklift at Aisle 12.",
        ),
        (
            "assistant",
            "Dear Mr Lau Zhi Hao, on 2 December 2026 you were observed riding on the forks of a moving forklift at Aisle 12, which is a serious breach of site safety rules. This letter serves as a formal warning...",
        ),
        (
            "user",
            "Good. Add that this is his second offence after the helmet one in October, and cc his agency.",
        ),
    ],
    [
        (
            "user",
            "Hi, I rented a storage unit with you last year. Can I check what is still inside?",
        ),
        (
            "assistant",
            "Sure, may I have the name the booking is under and a contact number so our team can verify?",
        ),
        ("user", "Bernard Sequeira, 9738 4416. Unit 2-09 at your Loyang site."),
        (
            "assistant",
            "Thank you Mr Sequeira. I have passed your request to the Loyang team; they will call you at 9738 4416 within one working day.",
        ),
    ],
    [
        (
            "user",
            "Help me format this into an incident report: night shift 4 Dec, temp worker Hossain Md Jahangir, FIN F7712904U. Pallet fell from level 3 onto his shoulder.",
        ),
        (
            "assistant",
            "Incident Report | Date: 04/12/2026 (night shift) | Injured person: Hossain Md Jahangir (FIN F7712904U), temp worker | Description: pallet fell from rack level 3 onto his shoulder | Action: first aid, sent to hospital...",
        ),
        ("user", "Add that the hospital said dislocated shoulder, 21 days MC."),
    ],
    [
        (
            "user",
            "Can you translate this Malay note from my worker to English? 'Saya minta cuti 3 hari sebab isteri saya bersalin di Hospital Sultan Ismail.'",
        ),
        (
            "assistant",
            "It says: 'I am requesting 3 days of leave because my wife is giving birth at Hospital Sultan Ismail.'",
        ),
        (
            "user",
            "Ok thanks. It's from Khairul Nizam bin Jaafar in outbound. Write a short approval reply to him.",
        ),
        (
            "assistant",
            "Dear Khairul Nizam, your 3 days of paternity-related leave are approved. Congratulations to you and your wife, and take care.",
        ),
    ],
    [
        ("system", "You assist security officers at a Tuas warehouse gatehouse."),
        (
            "user",
            "Lorry GBF 3310 E at the gate now, driver says he's Kumaran s/o Sivalingam. Is he on the banned list?",
        ),
        (
            "assistant",
            "I do not have access to your banned list. Please check the gatehouse register or call the duty manager before letting the vehicle in.",
        ),
        (
            "user",
            "Found it. He was banned in August for driving off with the dock leveller still engaged. Tell me what to say to him.",
        ),
    ],
    [
        (
            "user",
            "Calculate pay for temp Angeline Pereira: 5 day shifts of 11 h at S$11.50 and 2 night shifts of 11 h with S$1.50 night allowance.",
        ),
        (
            "assistant",
            "Day shifts: 55 h x S$11.50 = S$632.50. Night shifts: 22 h x S$13.00 = S$286.00. Total S$918.50.",
        ),
        ("user", "Ok, write the payment instruction for finance, her POSB account is 188-45302-7."),
    ],
    [
        ("user", "Make a driver roster table for tomorrow from this list:"),
        ("assistant", "Sure, please paste the names, routes and times."),
        (
            "user",
            "Chandran a/l Perumal 017-220 8813 Senai-Tuas 5am / Lee Chong Wei (not the badminton one lah) 012-903 4472 Pasir Gudang 7am / Ahmad Firdaus 019-771 6024 Kulai 9am",
        ),
    ],
    [
        ("user", "帮我写一段话给客户，说明昨天的叉车事故不会影响他们的出货。"),
        (
            "assistant",
            "您好，昨日仓库发生一起叉车事故，目前现场已恢复正常作业，贵司的订单将按原计划出货，请放心。",
        ),
        (
            "user",
            "好的。另外内部邮件里要写受伤的是司机郑家明，右手骨折，在中央医院，需要请假六个星期。",
        ),
    ],
    [
        (
            "user",
            "One of my packers just told me she is 10 weeks pregnant and asked not to be put on the freezer zone. What are my obligations?",
        ),
        (
            "assistant",
            "In Singapore you should carry out a risk assessment for the pregnant employee and adjust duties where reasonable; you must not dismiss her because of pregnancy. Moving her out of the freezer zone is sensible.",
        ),
        (
            "user",
            "Her name is Nadia binti Rosli, Shift A. Draft a note to her supervisor Jeffrey to move her to the ambient pack line from Monday.",
        ),
    ],
    [
        ("user", "Forklift licence renewal list, can you sort by expiry date?"),
        ("assistant", "Yes, please share the list."),
        (
            "user",
            "Ong Boon Huat S9163378G exp 12/01/2027; Selvam a/l Raju T1047725A exp 03/12/2026; Wan Nor Azlina T9811240A exp 28/02/2027",
        ),
        (
            "assistant",
            "Sorted: Selvam a/l Raju (T1047725A) 03/12/2026 - already expired; Ong Boon Huat (S9163378G) 12/01/2027; Wan Nor Azlina (T9811240A) 28/02/2027.",
        ),
    ],
    [
        ("system", "You help a 3PL customer service team reply to emails."),
        (
            "user",
            "Customer paid the storage fee twice by card. Card ending 4669, full no. 5521 7033 0918 4669, name on card Hafiz Rahman. Write the refund confirmation.",
        ),
        (
            "assistant",
            "Dear Mr Hafiz Rahman, we confirm that the duplicate storage fee charged to your card ending 4669 has been refunded. Please allow 7-14 working days for it to appear.",
        ),
    ],
]
