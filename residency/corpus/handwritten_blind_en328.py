# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en328: SG/MY lift and escalator maintenance contractors (lift breakdowns with people trapped, residents' complaints, incident reports, technicians' call-outs, town-council liaison, technicians' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en328
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "town_council_notices"): _lines("""
        NOTICE: Lift L2 at Blk 218 Bedok North St 1 will be shut down from 9am to 5pm on 14 Dec 2026 for hoist rope replacement. We apologise for any inconvenience caused.
        Residents trapped in a lift should press the alarm bell and stay calm. Do not attempt to prise open the doors. Call the 24-hr EMSU hotline at 1800 555 0123.
        Lift Upgrading Programme (LUP) works at Blks 301 to 309 Ang Mo Kio Ave 3 are scheduled to complete by Q2 2027, subject to weather and manpower availability.
        The Level 1 lift lobby of Blk 55 will be cordoned off on 3 Jan 2027 while our contractor, Sentosa Vertical Engineering Pte Ltd (UEN 201508812K), replaces the landing door sills.
        Feedback on lift breakdowns can be lodged via the OneService app or at our office at 1 Marsiling Lane #01-01, Mon-Fri 8.30am to 5.30pm, Sat 8.30am to 12.30pm.
        Lift servicing schedule for December: Blks 10-16 on the 2nd Tuesday, Blks 18-24 on the 3rd Tuesday. Each lift will be out of service for about 2 hours.
        Please do not jam the lift doors with trolleys or renovation materials. Repair costs arising from misuse may be recovered from the responsible party under the Town Council by-laws.
        The Permit to Operate (PTO) for all 146 lifts in the estate has been renewed by BCA. Certificates are displayed inside each lift car and are valid till 30 Nov 2027.
        Escalator E3 linking the hawker centre to the bus interchange will be closed for step chain overhaul from 6 to 19 Jan 2027. Please use the lift beside the taxi stand.
        Service standard: our lift contractor must arrive within 30 minutes of a trapped-passenger call and restore a breakdown within 2 hours, 24/7 including public holidays.
        For urgent lift faults after office hours, WhatsApp a photo of the lift number plate inside the car to our EMSU line +65 8000 4321 (text only, no calls).
        Mid-Autumn lantern walk on 25 Sep: Lift A at the MSCP will be locked from 7pm to 10pm for crowd control. Wheelchair users may approach our marshals at the drop-off point.
        The Town Council chairman and BCA officers will inspect the newly upgraded lifts at Blk 703 Pasir Ris Dr 10 this Saturday at 10am. Residents are welcome to join the walkabout.
    """),
    ("en", "controller_log_lines"): _lines("""
        2026-11-27T02:14:53+08:00 LIFT=BDN-218-L2 EVT=ALARM_BTN_PRESSED car_pos=F07 door=CLOSED load=148kg src=ERA-gw-04
        2026-11-27T02:15:10+08:00 TKT=SR-2026-118734 priority=P1_TRAPPED assigned=TEAM_EAST_3 eta_min=22 sla_min=30 status=DISPATCHED
        [WARN] 2026-11-27 02:41:06 controller KCM831 fault 0071: door zone switch not made at F07, car stopped outside levelling zone by 38mm
        [INFO] 2026-11-27 02:52:44 rescue_complete lift=BDN-218-L2 passengers_released=2 method=MANUAL_WINDING duration=37m breach_sla=true
        escalator_id=JE-MRT-ESC-07 step_chain_elongation=1.8% threshold=2.0% handrail_speed_dev=+1.4% next_inspection=2027-01-15
        modbus rx addr=0x11 reg=40021 val=0x03E8 (1000 rpm) motor_temp=71.5C brake_coil_V=103.9 status=OK gateway=10.20.4.17
        2026-12-01 07:30:00 ARD battery self-test lift=PG-611A-L1 Voc=52.4V load_test=PASS runtime_est=3m40s fw=ard-2.3.7
        2026-12-01 11:02:19 +08 ticket SR-2026-119102 closed root_cause='vandalism: COP button cover prised off' parts=COP-BTN-MIT-02 x3
        sync job tc-portal-export v4.12.0 completed: 1,284 tickets, 37 trapped-passenger cases, 0 errors, sha256=9f2c1e7a4b0d83f6e51a27c9d04b6e13
        2026-12-02 18:44:07 GSM_HEARTBEAT_LOST lift=JW-420-L3 device=DEV-00417 last_seen=18:29:02 action=auto_ticket SR-2026-119240
        RTU 7F-22 reports OVERSPEED_GOV_TRIP at 03:05:11, rated speed 1.75 m/s, trip at 2.06 m/s; safety gear engaged, car held at F14
        cron[2214]: 0 3 * * 1 /opt/liftops/bin/purge_cctv_clips --older-than 30d --site=SENGKANG-WEST ok removed=412 files
        2026-12-03 09:15:40 WO-KL-260312 site=Menara Cahaya Lot 5 lift=P4 part=door_operator_VVVF qty=1 sku=FTX-DO-220 status=AWAITING_PARTS
    """),
    ("en", "contractor_reviews"): _lines("""
        ★★★★★ Called Lift-Rite Engineering at 3am when our condo lift stalled with two people inside, technician reached in 18 mins. Very professional, will recommend to our MCST.
        ★★☆☆☆ Ah Seng Lift & Escalator Services quoted $4,800 for a new door operator, another vendor did it for $2,950. Service ok but pricing too steep.
        Their 24/7 care line is polite, but the technician only came after 55 mins. For a trapped case that one is too long lah. 2 stars for Vertica Lift Services.
        Mr Lift Engineering Sdn Bhd serviced our shoplot lifts in Puchong for 3 years, no major breakdown. Monthly report always sent on time. 4/5.
        Avoid Golden Kirin Elevator. Our JMB paid a deposit of RM12,000 in March and until now the modernisation works at Block C never started.
        Tried Uncle Lim's Lift Parts at Sims Avenue for a replacement COP button, they had stock of the Mitsubishi type. Cheaper than the OEM, 5 stars.
        Schindler 3300 at our office tower is smooth and quiet, but the destination dispatch screen confuses visitors. Building management please add signage.
        Google rating 3.8/5 from 212 reviews: hotline 6745 2210 always answered, but the Saturday crew seldom brings spare parts. (Zhen Hua Lift Pte Ltd)
        Best lift contractor in Johor Bahru! Siti Khadijah Engineering replaced all 6 ropes in 2 days, clean site, no complaints from tenants.
        The lift in this mall always smells like burning brake pads, third breakdown this month. Management office at Level 3 just says contractor coming.
        Otis Gen2 at our condo: 10 years, zero trapped cases. Elisha Otis would be proud. Only complaint is the downtime during the yearly PTO inspection.
        Seng Kee Engineering (M) Sdn Bhd 199701012345 responded well to our escalator incident in Ipoh; report was detailed with photos of the broken step.
        Felt like Charlie in Roald Dahl's Great Glass Elevator riding the new panoramic lift at the mall. Whoever installed it, well done, super smooth ride.
    """),
    ("en", "config_and_code"): _lines("""
        SLA_TRAPPED_PASSENGER_MIN = 30  # contract rescue arrival limit; do not change without Town Council approval
        dispatch_hotline: "+65 6100 7788"  # control room, 24h; fallback_whatsapp: "+65 8000 4321"
        def eta_minutes(distance_km: float, traffic_factor: float = 1.3) -> int: return math.ceil(distance_km / 40 * 60 * traffic_factor)
        SELECT lift_id, COUNT(*) AS trapped_cases FROM incidents WHERE category = 'P1_TRAPPED' AND reported_at >= '2026-01-01' GROUP BY lift_id ORDER BY 2 DESC;
        notifier.smtp: {host: smtp.liftops.example.com, port: 587, from: alerts@liftops.example.com, to: tc-liaison@example.org}
        CSV header: ticket_id,site_code,lift_id,fault_code,reported_at,arrived_at,restored_at,trapped_count,contractor_uen,remarks
        FAULT_CODES = {'E12': 'door lock circuit open', 'E37': 'overspeed governor tripped', 'E51': 'ARD battery low', 'E64': 'levelling error > 20mm'}
        requirements: pymodbus==3.6.9, paho-mqtt==2.1.0, fastapi==0.115.4, sqlalchemy==2.0.36  # pinned for controller gateway v4.12
        mqtt topic liftops/sg/east/BDN-218/L2/telemetry, payload example {"door": "closed", "floor": 7, "load_kg": 148, "alarm": true}
        git commit 7c41e2d: fix ETA rounding for Sengkang West depot; add Malay notice template notis_gangguan_lif_v2.md
        test fixture: Ticket(id='SR-TEST-0001', site='BLK-999-TEST', phone='+65 6000 0000', caller='Test Caller', trapped=1)
        */5 * * * * /opt/liftops/bin/poll_era --gateway 10.20.4.17:502 --timeout 3s --retries 2 >> /var/log/liftops/era.log
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Singapore LIFTOPS_REGION=SG-EAST; EXPOSE 8080; CMD uvicorn liftops.api:app --port 8080
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team East 3 pls go Blk 218 Bedok North L2 now, 2 pax trapped, ERA already talking to them. Bring the manual winding wheel hor.
        Reached site 02:37, lift stuck between 6 and 7 lah. Doing manual rescue now, TC duty officer also on the way.
        Rescue done, 2 pax out ok, no injury. Door zone switch spoil already, tomorrow morning need to change. Lock out the lift first.
        Anyone got spare Fujitec door roller? Van 2 stock finish already, the store at Tampines depot also kosong.
        Boss say this week all PTO inspections must finish before Friday, BCA auditor coming on Monday. Jangan lupa the logbook signature.
        Ok noted. Sengkang West got 5 lifts, I do 3 today, tomorrow the other 2. Parts order PO-26-0912 dah sampai or not?
        PO-26-0912 arrived this morning, collect from store at Ubi, counter open 8am. Ada 6 boxes, heavy so bring trolley.
        Wah today 3 callouts in Jurong, all COP button vandalism. TC should put CCTV inside the lift car lor.
        Hari ni hujan lebat, pit at Blk 7 flooded again. Pump dah on, but need TC to clear the drain before we can restore the lift.
        Reminder: toolbox talk 7.30am tomorrow at depot, topic is harness and working at height in the shaft. Got breakfast, kopi and kaya toast.
        师傅们 noted, tonight standby roster Team B and D. 有 trapped case 先 call control room 6100 7788 then update this group.
        Menara Cahaya P4 door operator still AWAITING_PARTS, supplier say ETA 12 Dec. JMB angry already, pls update them by email.
        Just now MRT escalator E7 emergency stop kena pressed by a kid, no fault found, reset done 16:42. Logged under SR-2026-119377.
    """),
    ("mixed", "quotations_and_invoices"): _lines("""
        QUOTATION QT-2026-0457 | Replace 6 nos hoist ropes 8mm (Lift L1, Blk 12) | S$7,860.00 excl. GST 9% | valid 30 days
        INVOICE INV/KL/26/1103 | Mr Lift Engineering Sdn Bhd (202001023456) | Servis bulanan Nov 2026, 4 unit lif @ RM380 = RM1,520.00
        SKU FTX-DO-220 VVVF door operator 220V, compatible with Fujitec GLVF series, S$2,340 each, lead time 3-4 weeks ex Osaka
        Item 4: Escalator step (cast aluminium, 1000mm) x 12 pcs @ RM1,150 = RM13,800; 运费 delivery Shah Alam to Penang RM450
        Payment to Sentosa Vertical Engineering Pte Ltd, DBS current account 072-901234-5, SWIFT DBSSSGSG; please quote invoice no. as reference.
        门机皮带 door belt HTD-8M x 1,240mm, unit price S$68, MOQ 10 pcs, stock available at Ubi warehouse, 现货 ready for collection
        Credit note CN-2026-0031 issued against INV-2026-1187 for cancelled ARD battery pack (48V 7Ah x 4), amount S$512.00
        Harga termasuk SST 8%. Pembayaran 30 hari dari tarikh invois. Cek atas nama Seng Kee Engineering (M) Sdn Bhd sahaja.
        Annual comprehensive maintenance contract, 146 lifts x S$265/lift/month = S$464,280.00 per annum, GST 9% applicable, 3+2 years
        Emergency call-out charges: weekday after-hours S$180, Sun/PH S$260, trapped-passenger rescue no charge under comprehensive contract.
        Governor rope 6.3mm, 50m roll, 每卷 RM620; overspeed governor re-calibration and tagging RM850 per unit, 需要 DOSH inspection after
        Tracking no. SF1402387765210 for parcel from Guangzhou: 2 ctn LCD floor indicators, ETA Pasir Panjang 11 Dec 2026
        Payment received with thanks: S$7,860.00 for QT-2026-0457 via PayNow to UEN 201508812K on 05/12/2026 15:22
    """),
    ("ms", "notis_jmb"): _lines("""
        NOTIS: Lif B di Blok C, Pangsapuri Seri Kenanga akan ditutup pada 10 Disember 2026 dari 9 pagi hingga 4 petang untuk kerja penyelenggaraan bulanan.
        Penghuni yang terperangkap di dalam lif diminta menekan butang loceng kecemasan dan bertenang. Jangan cuba membuka pintu lif secara paksa.
        Talian kecemasan lif 24 jam pejabat pengurusan: 03-7781 2200. Untuk aduan bukan kecemasan, sila e-mel ke aduan@jmbserikenanga.com.my.
        Kerja-kerja menaik taraf lif di Blok A dan B dijangka siap pada Mac 2027. Kos ditanggung oleh Kumpulan Wang Penjelas seperti diluluskan dalam mesyuarat.
        Semua lif di premis ini telah diperiksa oleh JKKP (DOSH) dan Perakuan Mesin Angkat (PMA) sah sehingga 31 Oktober 2027.
        Peringatan: dilarang menahan pintu lif dengan troli atau barang pindah rumah. Kerosakan akibat salah guna akan dicaj kepada pemilik unit berkenaan.
        Eskalator dari aras bawah ke aras 1 di Plaza Seri Kenanga tidak beroperasi sementara waktu kerana kerosakan rantai anak tangga. Harap maaf.
        Kontraktor penyelenggaraan lif yang dilantik: Mr Lift Engineering Sdn Bhd (202001023456), No. 18, Jalan Industri PBP 3, 47100 Puchong, Selangor.
        Mesyuarat Agung Tahunan JMB akan membincangkan laporan kerosakan lif 2026 dan kontrak baharu pada 20 Disember 2026, 8 malam, di Dewan Serbaguna.
        Sebarang kerja pemindahan barang menggunakan lif servis mesti ditempah 3 hari lebih awal di kaunter pengurusan. Deposit RM300 dikenakan.
        Statistik bulan November: 14 aduan lif rosak, 2 kes penghuni terperangkap (semua diselamatkan dalam 25 minit), 1 kes vandalisme panel butang.
        Mulai 1 Januari 2027, caj penyelenggaraan akan dinaikkan daripada RM0.25 kepada RM0.30 sekaki persegi bagi menampung kos kontrak lif.
        Waktu operasi pejabat pengurusan: Isnin hingga Jumaat 9 pagi - 5 petang, Sabtu 9 pagi - 1 tengah hari. Tutup pada hari Ahad dan cuti umum.
    """),
    ("zh-Hans", "事故报告与工作通告"): _lines("""
        事故报告 IR-2026-0088：11月27日凌晨2时14分，勿洛北第218座2号电梯停在6楼与7楼之间，困梯2人，2时52分以手动盘车救出，无人受伤。
        初步原因：门区开关接触不良，轿厢停于平层区外38毫米，控制器报故障码0071。已更换开关并连续试运行20次均正常，12月1日上午恢复服务。
        根据维修合约第7.3条，所有困人事故须在24小时内向市镇理事会书面报告，本公司已于11月27日上午9时以电邮提交，案件编号 SR-2026-118734。
        11月份共处理电梯故障报修126宗，其中困人11宗，平均到场时间19分钟，最长一宗41分钟（泛岛快速公路塞车），其余均符合30分钟要求。
        新山某商场扶梯梯级断裂事故现场已封锁，须待职业安全与卫生局（DOSH）官员调查完毕后方可拆卸检修，马来西亚分公司已派两组人员待命。
        请各位师傅注意：进入井道或底坑作业前必须挂牌上锁（LOTO），佩戴全身式安全带，并在控制室登记开始及结束时间，违者按公司纪律处分。
        电梯更新工程报价 QT-2026-0502：曳引机、控制柜及门机全套更换，每台新币18.5万元，工期约10周，价格已含九巴仙消费税，有效期30天。
        客服热线 6100 7788（24小时），邮箱 service@sentosavertical.com.sg，办公地址：乌美弯10号 #05-12。
        镇理事会来函，要求本公司于12月15日前提交第四季度电梯可靠性报告及改善方案，请东区、北区、西区主管在12月10日前把数据交给项目部。
        奥的斯（Otis）创始人伊莱沙·奥的斯于1854年在纽约水晶宫当众割断吊绳，展示电梯安全钳，被视为现代电梯安全装置的起源，培训课第一堂就讲这个。
        三菱电机NexWay系列配件到货：门刀2套、层门滚轮24个、平层感应器4个，已放入乌美仓库A区第3层货架，领料请填写领料单 MR-26-1184。
        周末值班安排：B组与D组轮值，晚上10点至早上7点，如遇困人个案，先通知控制室 6100 7788，再在工作群组报告到场时间及救援结果。
        设备编号 BDN-218-L2 已连续三个月出现门锁回路故障（故障码E12），建议列入明年电梯提升计划优先名单，并先更换全部层门门锁触点。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Trapped passenger: Mdm Tan Siew Lan, 78, Blk 218 Bedok North St 1 #07-142, wheelchair user; daughter Grace Ong contactable at 9734 5821.
        Complaint from Mr Rajendran s/o Muthusamy (#11-305, Blk 611A Punggol Central): lift broke down 4 times this month and he needs dialysis 3x weekly, cannot climb stairs.
        Caller: Nur Aisyah binte Rahmat, NRIC S8812345Z, mobile 8123 4567, reported lift L3 at Blk 420 Jurong West St 42 dropping suddenly between floors.
        Mr Benjamin Koh of 27 Jalan Kembangan still owes S$3,200 for the home lift repair; he says he lost his job in October and asked to pay by instalments.
        Injury report: technician Ravi Chandran Pillai, FIN G5123456T, crushed left hand in the pit at Blk 55, warded at Changi General Hospital, MC 14 days.
        Ms Cheryl Lim Hui Min wrote in from cheryl.limhm88@gmail.com to say she is 7 months pregnant and was stuck 40 mins in L2, asking for compensation.
        Resident asked for a callback about the grinding noise in lift L1, please call 9823 1467 after 7pm only.
        TC feedback FB-26-77812: Mr Goh Kok Wee, Blk 703 Pasir Ris Dr 10 #04-211, says our technician shouted at his autistic son during the rescue.
        CCTV still from lift car L1 shows Mr Daniel Seah Jun Hao smashing the COP panel; TC will lodge a police report and recover S$1,150 from him.
        Car SLK 4821 H belonging to Mr Alvin Teo was parked blocking the lift motor room access at MSCP Blk 12, technicians could not enter for 45 mins.
        Staff record: Lee Wei Jie, technician grade 2, basic salary S$2,850, PR since 2019, on performance improvement plan after 3 late arrivals to trapped cases.
        Mdm Fatimah bte Yusof, 82, lives alone at Blk 9 Telok Blangah Cres #02-15 and has dementia; ring her neighbour at 9188 2204 before entering during lift works.
        SR-2026-118734,BDN-218,L2,Tan Siew Lan,+65 9734 5821,S4512345F,2026-11-27 02:14,trapped,wheelchair user
        Technician Kelvin Ng asked to move to night shift because his ex-wife has custody on weekdays and the divorce hearing is on 18 Dec.
        Photo IMG_4471.jpg shows Mr Arjun Menon's face and his flat number #09-88 reflected in the lift mirror; please blur before sending to the TC.
        Callback list: 1) Mdm Chua 9011 2345 (L2 noise) 2) Mr Hassan 8765 0912 (door hitting kids) 3) Ms Priya 9456 7780 (no ventilation in car)
        Ah Boy from #05-321, the one with the big dog, jammed the lift door with his bicycle again; the auntie at #05-319 saw him do it.
        Resident Jonathan Tay Wen Kai (DOB 14/03/1991) claims he hurt his back when L1 jerked and is seeking S$25,000 through his lawyer, letter dated 2 Dec.
        PayNow refund of S$180 call-out fee to mobile 9654 3218 (Ms Rachel Wong) approved by finance, ref RF-26-0412.
        Tenant Zhang Wei, PRC passport E48213576, moved into Blk 88 #12-04 last week and keeps using the service lift without booking; landlord Mr Chew Boon Hock informed.
        Our former technician Faizal bin Abdul Rahman was arrested on 30 Nov for stealing copper cables from lift motor rooms in Woodlands; HR to hold his final pay.
        Please send the rescue report to the resident's son at marcus.ong.sg@outlook.com, he is handling things since his father's stroke.
    """),
    "mixed": _lines("""
        Eh the auntie kena trapped just now is Mdm Lee Ah Moi, unit #09-77 Blk 12 Toa Payoh Lor 1, her son at 9876 1234 very angry, say want to sue TC.
        Bro, Encik Zulkifli from Blok C unit C-12-07 call again, dia cakap lif rosak and his mother got stroke cannot go down for physio. His no 012-786 4521.
        林先生 Blk 305 #06-19 complain lift noise again lah, he say cannot sleep because his wife 刚生 baby, call him 9123 8877 after 8pm.
        Wah the uncle at Sengkang, Mr Kuah Boon Keng, owe ah long money, got O$P$ painted at his door beside the lift lobby, police came just now.
        MyKad 880514-10-5523 punya owner, Puan Noraini Hashim, minta CCTV rakaman lif on 3 Dec sebab her purse kena curi. Pass to JMB office ya.
        阿明 the new technician, IC S9912345A, his mother in ICU at SGH so today he MC, pls cover his Punggol callouts.
        Boss, Kak Ros from Blok A-5-3 call, dia pregnant 8 bulan, lif mati since pagi, ask us prioritise. Phone 019-334 2187.
        Vincent Chong punya salary advance RM2,000 approved, potong RM500 monthly starting Jan, jangan bagitau the others ok.
        陈太 at the Jalan Ipoh condo, unit B-18-3, HP 016-223 9087, say she trapped 1 hour last night, her husband wants CCTV footage plus RM5k compensation.
        Found Mr Ong Teck Soon's Touch 'n Go card and IC inside lift car L2, IC no 720301-07-5241, we keep at guardhouse until he collects.
    """),
    "ms": _lines("""
        Aduan daripada Encik Ahmad Faizal bin Ismail (No. KP 790822-01-6635), unit A-10-05, lif Blok A rosak 5 kali bulan ini, ibunya pesakit jantung.
        Penghuni terperangkap: Cik Nurul Izzah binti Kamarudin, 24, terperangkap 35 minit di lif B pada 2 Dis 2026, mengalami serangan panik dan dibawa ke Hospital Serdang.
        Sila hubungi Puan Salmah di talian 013-665 2019 sebelum 5 petang untuk menjadualkan pemasangan lif rumah di kediamannya, No. 7, Jalan Setia 2/5, Shah Alam.
        Tunggakan caj penyelenggaraan unit B-7-12 milik Encik Lingam a/l Subramaniam berjumlah RM4,870; akses kad lif akan disekat mulai 15 Dis.
        Juruteknik Mohd Azrul bin Hamzah, no. akaun Maybank 1140 2233 9876, gaji bulan November RM2,600 belum dimasukkan, sila semak dengan HR.
        Rekod CCTV menunjukkan anak Encik Razak dari unit C-3-9 menconteng panel butang lif; bapanya bersetuju membayar ganti rugi RM650.
        E-mel aduan daripada haslinda.kamal79@yahoo.com: lif di Blok D tak berfungsi, suaminya baru keluar hospital selepas pembedahan lutut.
    """),
    "zh-Hans": _lines("""
        投诉人：黄志强先生，手机 138 1234 5678，身份证号 440304198503122836，反映其母在深圳福田某小区困梯40分钟后心脏不适住院。
        维修技师王建国（员工号T0317）昨晚因醉酒驾驶被警方拘留，明天新山夜班请另派人手。
        李太太住大巴窑8座#10-23，说电梯门夹伤了她孙子的手，已到医院缝了三针，要求公司赔偿医药费。
        阿华上个月向公司预支工资新币1,500元，这个月开始每月扣300元，请财务注意，不要在群里讲。
        请联系周美玲女士 9345 6612，她要为中风的父亲在家里安装楼梯升降椅，地址是实龙岗花园第三道15号。
        困梯记录：姓名 刘德发，年龄 67，电话 +86 139 0276 5543，住址 广州市天河区体育西路88号3栋1502，困梯52分钟，有高血压病史。
    """),
    "zh-Hant": _lines("""
        投訴人：陳大文先生，香港身份證 K483921(8)，住九龍灣德福花園G座21樓F室，指升降機故障令他錯過化療覆診。
        台北市技師張志明，身分證字號 A128739407，電話 0912-345-678，上週在電梯機房跌倒骨折，請協助申請勞保給付。
        何太話部 lift 困咗佢同個仔成45分鐘，佢電話 9876 5432，要求管理處書面道歉同埋賠償。
        住戶林美珍小姐（澳門居民身份證 5215299(8)）投訴管理員將她被困升降機的閉路電視片段傳到業主群組。
        維修員阿強欠街數三萬蚊，債主今朝上公司搵人，仲喺門口淋紅油，請大家唔好透露佢嘅住址同排更表。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the dispatch assistant of Sentosa Vertical Engineering Pte Ltd, a lift maintenance contractor in Singapore. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft an SMS to Grace Ong (9734 5821). Her mother Mdm Tan Siew Lan, 78, wheelchair user, was trapped in L2 at Blk 218 Bedok North St 1 last night. She is fine, lift restored 1 Dec.",
        ),
        (
            "assistant",
            "Dear Ms Grace Ong, we are sorry your mother Mdm Tan Siew Lan was trapped in lift L2 at Blk 218 on 27 Nov. She was released safely and the lift has been back in service since 1 Dec. Please call our control room at 6100 7788 if you need anything. - Sentosa Vertical Engineering",
        ),
        ("user", "Shorter pls, under 160 chars."),
        (
            "assistant",
            "Dear Ms Ong, sorry Mdm Tan was trapped in L2 at Blk 218. Lift repaired and back in service since 1 Dec. Any help: 6100 7788. - Sentosa Vertical",
        ),
    ],
    [
        (
            "user",
            "Help me write an incident report. Passenger Nur Aisyah binte Rahmat, NRIC S8812345Z, mobile 8123 4567, trapped 28 mins in L3 at Blk 420 Jurong West St 42 on 2 Dec at 21:10. She has asthma and used her inhaler. Cause: brake coil overheated.",
        ),
        (
            "assistant",
            "Incident Report Date/time: 2 Dec 2026, 21:10 Location: Lift L3, Blk 420 Jurong West St 42 Passenger: Nur Aisyah binte Rahmat (NRIC S8812345Z, tel 8123 4567) Duration trapped: 28 minutes Condition: asthmatic, used own inhaler, no further medical help needed Cause: brake coil overheating Action: lift locked out, brake coil replaced, test runs done.",
        ),
        ("user", "Should I include her NRIC when sending to the town council?"),
        (
            "assistant",
            "Usually not. Under the PDPA you should only share what the town council needs. Refer to her by name and ticket number, and leave out the NRIC and the asthma detail unless the TC specifically asks for them.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Mr Goh Kok Wee, Blk 703 Pasir Ris Dr 10 #04-211, tel 9302 7761. Open complaint FB-26-77812: technician shouted at his autistic son during rescue on 29 Nov.",
        ),
        ("user", "He called again very angry. How should I reply to him in writing?"),
        (
            "assistant",
            "Dear Mr Goh, thank you for telling us about what happened during the rescue on 29 Nov. We are sorry that our technician raised his voice while your son was in the lift. We have spoken to the technician and will give our rescue teams more training on supporting passengers with special needs. Our supervisor will call you at 9302 7761 within two working days.",
        ),
        (
            "user",
            "Can you also mention we will waive the next service fee for his home? No wait, it's HDB, no fee. Remove that.",
        ),
        (
            "assistant",
            "Understood. The reply stays as drafted above, with no mention of any fee waiver.",
        ),
    ],
    [
        (
            "user",
            "Can translate this to Malay for the resident? Encik Zulkifli, unit C-12-07, the lift will be repaired by tomorrow 3pm, we will carry your mother down for physio if needed, call me 012-786 4521.",
        ),
        (
            "assistant",
            "Encik Zulkifli (unit C-12-07), lif akan dibaiki sebelum pukul 3 petang esok. Jika perlu, kami akan membantu membawa ibu encik turun untuk sesi fisioterapi. Sila hubungi saya di 012-786 4521.",
        ),
        ("user", "Ok tq. Make it more polite can?"),
        (
            "assistant",
            "Assalamualaikum Encik Zulkifli. Dengan hormatnya dimaklumkan bahawa lif di blok encik dijangka siap dibaiki sebelum pukul 3 petang esok. Sekiranya perlu, pasukan kami sedia membantu membawa ibu encik turun untuk sesi fisioterapi. Sila hubungi saya di 012-786 4521. Terima kasih.",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk pejabat pengurusan JMB Pangsapuri Seri Kenanga."),
        (
            "user",
            "Tolong draf surat tuntutan kepada Encik Lingam a/l Subramaniam, unit B-7-12, tunggakan RM4,870 sejak Januari. Akses kad lif akan disekat 15 Dis.",
        ),
        (
            "assistant",
            "Kepada: Encik Lingam a/l Subramaniam, Unit B-7-12, Pangsapuri Seri Kenanga Perkara: Tuntutan Tunggakan Caj Penyelenggaraan Rekod kami menunjukkan tunggakan sebanyak RM4,870 sejak Januari 2026. Sila jelaskan jumlah ini dalam tempoh 14 hari. Jika tidak, akses kad lif bagi unit tuan akan disekat mulai 15 Disember 2026.",
        ),
        ("user", "Boleh ke kita sekat akses lif? Dia ada anak OKU."),
        (
            "assistant",
            "Sebaiknya dapatkan nasihat Pesuruhjaya Bangunan atau peguam dahulu. Menyekat akses lif kepada penghuni OKU boleh menimbulkan isu keselamatan dan undang-undang. Anda boleh teruskan tuntutan melalui Tribunal Pengurusan Strata.",
        ),
    ],
    [
        (
            "user",
            "帮我总结这条投诉：黄志强先生，电话 138 1234 5678，他母亲在福田的小区电梯里困了40分钟，出来后心脏不舒服住院了，他要求物业和维保公司承担医药费。",
        ),
        (
            "assistant",
            "投诉摘要：投诉人黄志强先生（138 1234 5678）称其母亲在福田某小区电梯内被困约40分钟，获救后出现心脏不适并住院。诉求：要求物业公司及电梯维保单位承担医疗费用。建议跟进：调取电梯运行记录及监控，核实救援到场时间。",
        ),
        ("user", "再帮我拟一句回复给他。"),
        (
            "assistant",
            "黄先生您好，对令堂受困一事我们深表歉意，公司已调取电梯记录进行调查，将在三个工作日内回复您赔偿处理方案，祝老人家早日康复。",
        ),
    ],
    [
        ("system", "你係一間香港物業管理公司嘅客服助理，用繁體中文回覆。"),
        ("user", "何太話部 lift 困咗佢同個仔45分鐘，佢電話 9876 5432，幫我寫封道歉信。"),
        (
            "assistant",
            "何太太： 就閣下與令郎於本月被困升降機約45分鐘一事，本處深表歉意。我們已要求升降機承辦商提交詳細事故報告，並會加強日常保養。如有查詢，本處職員將致電 9876 5432 與閣下聯絡。 管理處 謹啟",
        ),
        ("user", "佢仲要求賠償，我哋可以點講？"),
        (
            "assistant",
            "可以話明管理處會將賠償要求轉交承辦商及保險公司處理，待事故調查完成後再正式回覆，暫時唔好承諾任何金額。",
        ),
    ],
    [
        (
            "user",
            "HR question. Our technician Lee Wei Jie just told me he was diagnosed with epilepsy. Can he still do shaft work? His medical cert is from Tan Tock Seng Hospital.",
        ),
        (
            "assistant",
            "Working at height inside a lift shaft carries real risk for someone with uncontrolled seizures. Ask for a fitness-to-work assessment from his doctor or an occupational health physician. Until it is done, consider giving Lee Wei Jie machine-room or office duties. Keep his diagnosis confidential and share it only with the people who need to know.",
        ),
        ("user", "Can we cut his pay if he moves to office work?"),
        (
            "assistant",
            "Be careful. Cutting pay only because of a medical condition may breach the Tripartite Guidelines on Fair Employment Practices and his employment contract. Discuss any change with him first and get his written agreement.",
        ),
    ],
    [
        (
            "user",
            "Compute average arrival time from this: SR-118734,Tan Siew Lan,9734 5821,arrived 22 min SR-119102,Daniel Seah,9001 3345,arrived 31 min SR-119240,Priya Nair,9456 7780,arrived 17 min",
        ),
        (
            "assistant",
            "Average arrival time = (22 + 31 + 17) / 3 = 23.3 minutes. One case (SR-119102) went over the 30-minute SLA.",
        ),
        ("user", "thanks, and next time remind me not to paste names and phones"),
        (
            "assistant",
            "Noted. For statistics only the ticket number and the times are needed, so you can leave out passenger names and phone numbers.",
        ),
    ],
    [
        (
            "system",
            "You help lift technicians in Malaysia. Reply in simple English, can mix Malay.",
        ),
        (
            "user",
            "Kak Ros from Blok A-5-3 is 8 months pregnant, lift rosak since pagi, she call 019-334 2187 asking when can fix. Part only come tomorrow. What to tell her?",
        ),
        (
            "assistant",
            "Tell her honestly: the part only arrives tomorrow, so the lift cannot be fixed today. Offer to help carry her barang up and down, and give her the management office number for emergencies. If she feels unwell, she should call 999 and the team will help with the stairs.",
        ),
        ("user", "Ok can write the WhatsApp message for me?"),
        (
            "assistant",
            "Salam Kak Ros, sorry ya, lif Blok A rosak and the spare part only sampai esok. We will fix first thing tomorrow. If need help bawa barang or anything urgent, call me anytime. Take care ya.",
        ),
    ],
]
