# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en163: SG/MY plumbers, locksmiths and handyman services. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en163
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "job sheet"): _lines("""
        JOB SHEET No. JS-261204-031 | Date: 04/12/2026 | Time in: 10:15 Time out: 11:40 | Fault: choked kitchen sink | Cause: grease build-up in bottle trap | Work done: dismantled trap, cleared and flushed | Parts: nil | Labour: S$80.00 | Tech code: T07
        Job card template — Customer name: ____________ Contact no.: ____________ Address: ____________ Unit: #___-____ Postal code: S(______) | Nature of job: [ ] plumbing [ ] locksmith [ ] handyman | Payment: [ ] cash [ ] PayNow [ ] card
        Completion checklist: water supply restored / no leak at joints after 15 min / silicone cured / area wiped dry / old parts shown to customer / photos uploaded to job ticket
        JS-261130-008 closed: replaced 15mm ball valve at water meter compartment, tested pressure 3.2 bar, advised customer to monitor meter reading overnight.
        Job ticket #48813 status changed from ASSIGNED to EN_ROUTE at 14:22, ETA 14:55, SLA 90 min, priority P2 (leak, contained).
        Site note: concealed PPR 20mm pipe in master bathroom wall, leak about 600mm above floor trap; hacking needs approval from condo management office, est. 2 days incl. re-tiling.
        Parts used on job 2611-044: 1 x Fluidmaster 400A fill valve, 1 x flush valve seal, 2 x 1/2" flexi hose 40cm, 1 roll PTFE tape.
        Locksmith job LS-0772: main door lockout, lock type Yale YDM 4109A, opened with manual override key after ownership documents sighted, no damage, night surcharge S$60.
        Handyman job HM-1203-5: mounted 55" TV bracket on concrete wall, 4 x M8 anchors, cable conduit 1.2 m, customer declined trunking.
        Job sheet remarks: customer not home at 3pm slot, left calling card at door, office to reschedule to next available slot.
        Reference: JS-261201-019 | Invoice INV-2026-12-0087 | Receipt R-55310 | Warranty ref WTY-26-0419 | Amount S$238.50 incl. 9% GST
        Pressure test log: 09:00 10.0 bar / 09:30 10.0 bar / 10:00 9.9 bar — pass, within 0.2 bar tolerance for new copper line.
        Before-and-after photos attached: IMG_20261204_101532.jpg (leak at elbow), IMG_20261204_112006.jpg (new elbow, dry).
        Job type codes: PL-01 choke, PL-02 leak, PL-03 heater, LS-01 lockout, LS-02 lock change, LS-03 digital lock install, HM-01 drilling, HM-02 assembly.
    """),
    ("en", "quotation"): _lines("""
        QUOTATION QT-2026-1187 | Supply & install 1 x Rinnai RB-712S instant heater incl. isolator and 2m piping: S$388.00 | Dismantle & dispose old heater: S$30.00 | Total: S$418.00 (GST incl.) | Valid 30 days
        Price list 2026: choke clearing from $80, toilet bowl replacement from $220 (bowl not included), basin tap replacement $60 + part, digital lock install $120, key duplication $5 to $15.
        Night call-out (10pm to 7am) surcharge S$60; public holidays S$40; transport fee waived for Tampines, Pasir Ris and Bedok.
        Quote for MCST 3217: replace 6 nos. 100mm uPVC stack pipe sections at Tower B riser, including scaffolding, S$7,850 before GST.
        Digital lock package A: Samsung SHP-DP609 + installation + 2 RFID tags + 2-year warranty = S$698; package B: Philips Easykey 9300 = S$1,088.
        Quote revision v2: removed wall hacking item (customer chose exposed piping), added 2 x pipe clip covers, new total S$265.
        Terms: 50% deposit upon confirmation, balance upon completion; quotation excludes tiling, electrical works by LEW, and hidden defects found after hacking.
        Estimate for 4-room HDB full repiping (kitchen + 2 bathrooms), copper 15mm/22mm, 3 working days, S$3,200 to S$3,800 depending on concealment.
        Klang Valley rates: unclog kitchen sink RM120, change water pump (pump excluded) RM180, install water filter RM80, open locked door from RM100 (Sundays +RM50).
        Labour breakdown: 2 technicians x 4 hours x S$45/hr = S$360; materials S$212.40; subtotal S$572.40; GST 9% S$51.52; total S$623.92.
        Quote QT-MY-0455 on Paip Jaya Services Sdn Bhd letterhead, Reg. No. 202001023456 (1371234-P): supply & install Joven SA10 storage heater RM1,150 excl. SST.
        Bulk rate for property agencies: lock change S$85 per door (min. 10 per month), rekeying S$45 per cylinder, master key system quoted separately.
        Handyman rate S$55/hr (min 2 hrs); IKEA PAX wardrobe 2m assembly from S$150; curtain rail install S$35 per window.
    """),
    ("en", "warranty and policy"): _lines("""
        Warranty: 6 months on workmanship, 12 months on parts supplied by us; warranty is void if the installation is tampered with or serviced by a third party.
        Our locksmiths open a door only after sighting proof of residence (NRIC/FIN with matching address, tenancy agreement or utility bill). We may refuse the job and call the police.
        Under the Public Utilities (Water Supply) Regulations, only a licensed water service plumber may carry out water service work in Singapore; check the licence on PUB's online directory.
        PUB 24-hour hotline 1800-2255-782 for water supply disruption, pipe bursts in common areas or water quality feedback.
        Air Selangor hotline 15300 for supply disruption complaints; owners are responsible for internal piping after the meter.
        Privacy notice: we collect your name, contact number and address only to schedule and perform the service; records are kept 5 years and never sold. Contact our DPO at dpo@fixrightservices.com.sg.
        Warranty claims must be lodged within 7 days of discovering the defect, quoting the job sheet number with photos; we aim to attend within 2 working days.
        Safety policy: isolate the water heater at the DB before touching it; no work at height above 3 m without a second person holding the ladder.
        Refund policy: the S$40 call-out fee is non-refundable once the technician arrives on site, even if no work is carried out.
        Complaint handling: acknowledge within 1 working day, supervisor site visit within 3 working days, resolution or referral to CASE within 14 days.
        Consumers may report errant contractors to the Consumers Association of Singapore (CASE) at 6277 5100.
        Digital locks carry a 2-year manufacturer warranty; battery replacement and damage from water ingress are not covered.
        All our technicians wear company uniform and carry a photo staff pass; if in doubt, call our office at 6745 2210 to verify before letting anyone in.
        Technicians must not accept cash tips, photograph customers' belongings, or discuss one customer's job with another customer.
    """),
    ("en", "how-to question"): _lines("""
        My toilet keeps running after flushing, is it the flapper or the fill valve? The water level is above the overflow tube.
        How do I tell if the leak is from my unit or the upstairs neighbour? Ceiling stain in the bathroom, HDB 4-room, about 20 years old.
        Is it normal for a locksmith to charge $250 to open a door at 2am in Singapore? What's the usual range?
        Tip: before calling a plumber for a slow drain, pour hot (not boiling) water with dish soap, wait 10 min, then plunge with the overflow hole covered.
        Can I replace the kitchen tap myself or do I need a licensed plumber? Staying in a condo in SG.
        Which digital lock brand is better for an HDB gate + door set, Samsung or Philips? Heard the batteries drain fast in humid weather.
        Water heater trips the DB whenever I switch it on — heating element or the ELCB? Unit is 8 years old.
        How to reset the master code on a Yale YDM 4109A if lost? Manual says press the reset button under the battery cover.
        Why did my water bill jump suddenly? Turn off all taps and watch the meter; if the dial still moves, there's a hidden leak.
        Best way to remove a stripped screw from a door hinge? The rubber band trick didn't work.
        Sink smells like rotten eggs in the evening — dry trap or vent problem? Double-storey link house in Malaysia.
        What is the difference between a 3-lever and a 5-lever mortise lock, and which one do insurers usually accept?
        Handyman tip: most HDB walls are concrete, so use a hammer drill with a 6mm masonry bit and plastic plugs, and check for concealed pipes first.
        Pump under the kitchen in a terrace house keeps cutting in and out every few minutes — is the pressure tank dead or the switch?
    """),
    ("en", "roster and dispatch"): _lines("""
        Roster wk 50: Team A (2 techs) East zone 8am to 5pm; Team B (2 techs) West zone 10am to 7pm; Team C on 24hr standby; locksmith on-call rotates L1 > L2 > L3.
        Dispatch rule: assign the nearest free tech with the right skill tag (PL/LS/HM); if none within 30 min drive, escalate to the supervisor on duty.
        Public holiday roster (25 Dec): skeleton crew, emergency call-outs only, holiday rate applies, office closed.
        November KPIs: first-time fix rate 87%, average response time 68 min, warranty callbacks 3.1%, customer rating 4.6/5 from 412 reviews.
        Van allocation: V1 Toyota Hiace (plumbing stock), V2 Nissan NV200 (locksmith kit), V3 Hyundai H-1 (handyman tools); fuel cards kept in the office safe.
        Standby allowance S$30 per night, call-out bonus S$15 per job after 10pm; claims to be submitted by the 5th of the following month.
        Shift handover: 3 open tickets (2 leaks awaiting parts, 1 lock cylinder on order), van V2 low on 15mm fittings, restock tomorrow 8am.
        Zone map: East = postal districts 14 to 18; North = 25 to 28; West = 21 to 24; Central = 01 to 13 and 19 to 20.
        Training schedule: Friday 3pm toolbox talk on working in confined spaces; all techs to attend, attendance sheet at the front desk.
        Ramadan roster note: no jobs scheduled between 7:00pm and 7:45pm for techs who are fasting, so they can break fast.
    """),
    ("en", "news and trivia"): _lines("""
        Thomas Crapper, the Victorian plumber, did not invent the flush toilet, but he popularised it and held several plumbing patents, including one for the floating ballcock.
        Linus Yale Jr. patented the modern pin tumbler cylinder lock in the 1860s, building on his father's earlier design.
        In Budget 2017, Finance Minister Heng Swee Keat announced a 30% increase in water prices, phased in over two years.
        Mario, Nintendo's famous plumber, first appeared as Jumpman in Donkey Kong in 1981.
        Under PUB's Water Efficiency Labelling Scheme, taps and toilets are rated from 1 to 3 ticks, with 3 ticks being the most water-efficient.
        Harry Houdini built his stage career on escaping from handcuffs, locks and sealed tanks, a favourite topic in locksmith training folklore.
    """),
    ("ms", "notis dan iklan"): _lines("""
        NOTIS GANGGUAN BEKALAN AIR: Kerja penyelenggaraan paip utama di Jalan Klang Lama pada 12 Dis 2026, 9 pagi hingga 6 petang. Pengguna dinasihatkan menyimpan air secukupnya. — Air Selangor
        Syarikat Baiki Pantas Enterprise: tukang paip & tukang kunci 24 jam kawasan Johor Bahru. Buka pintu, tukar tombol, paip bocor, sinki tersumbat. Talian pejabat 07-335 2210.
        Harga servis: cuci tangki air RM150, tukar pam air RM180 (tidak termasuk pam), pasang penapis air RM80, buka pintu terkunci dari RM100.
        Jaminan kerja 6 bulan. Jaminan tidak termasuk kerosakan akibat salah guna atau pembaikan oleh pihak lain.
        Soalan: Kenapa tandas saya bocor di bahagian bawah mangkuk? Perlu tukar wax ring sendiri atau panggil tukang paip?
        Tip: tutup injap utama di meter air sebelum buka kepala paip; sediakan baldi dan kain buruk.
        Jawatan kosong: 2 orang tukang paip berpengalaman, gaji RM2,200 hingga RM3,000 + elaun, kawasan Shah Alam. Hantar resume ke hr@paipjaya.com.my.
        Laporan bulanan: 326 kerja siap, 14 aduan diterima, 12 selesai, purata masa tindak balas 75 minit.
        Peringatan kepada semua juruteknik: pakai kasut keselamatan dan tunjukkan pas pekerja sebelum masuk rumah pelanggan.
        No. sebut harga SH-2026-0381, no. invois INV/26/1204, no. resit R-8872 — sila rujuk nombor ini untuk sebarang tuntutan jaminan.
        Waktu operasi cuti Hari Raya: pejabat tutup 1 hingga 3 Syawal, hanya panggilan kecemasan dilayan, caj tambahan RM50.
        Borang aduan: Nama: ________ No. telefon: ________ Alamat: ________ No. kerja: ________ Butiran aduan: ________
    """),
    ("zh-Hans", "广告与常见问题"): _lines("""
        专业通渠、补漏、换水喉，24小时服务，全岛上门，师傅持有PUB执照，办公室电话 6745 2210。
        价目表：通马桶 $80起，换水龙头 $60 另加零件，装电子锁 $120，配钥匙 $5起。
        问：热水器一开就跳闸怎么办？答：先关掉热水器开关，请电工检查加热管和漏电开关，不要自己拆。
        保修条款：工艺保修6个月，零件保修12个月；如经第三方维修，保修自动失效。
        开锁须知：师傅上门后须查看身份证或租约以确认居住人身份，否则不予开锁。
        停水通知：Tampines St 51 第512至518座将于12月10日上午9时至下午1时暂停供水，以便更换水管。——市镇理事会
        工单编号 JS-261205-012，发票号 INV-2026-12-0133，金额 $156.96（含消费税）。
        小贴士：水费突然暴涨，可先关闭所有水龙头，看水表是否仍在转动，若仍在转动说明有暗漏。
        招聘：水喉师傅两名，月薪 $2,800 至 $3,500，有PUB执照优先，请将履历发至 hr@fixrightservices.com.sg。
        客户满意度调查：11月共收到 412 份评价，平均 4.6 分，主要投诉为迟到和报价不清楚。
        问：租的组屋门锁坏了，应该房东付还是租客付？一般看租约的维修条款，$150 以内的小修理通常由租客负责。
        三星电子锁 SHP-DP609 与飞利浦 Easykey 9300 对比：前者价格较低，后者支持指纹和蓝牙开锁。
    """),
    ("mixed", "group chat"): _lines("""
        boss, the Tampines job settle already, customer pay cash $120, receipt R-55318 I put in the folder
        eh who got spare 15mm elbow? van V2 finish already, later I pass by office take
        Today PIE very jam, all the afternoon jobs confirm late 30 min, office pls inform customers
        Bro lockout job tadi done, lock Yale YDM 4109A, pakai override key je, no damage, RM150 collected
        tomorrow PH, roster same as Sunday ah, only emergency, double rate
        paip kat bawah sinki tu dah tukar, tapi customer nak add on pasang penapis air, quote RM80 ok ka?
        later 3pm toolbox talk hor, don't forget sign the attendance, boss say very important
        macam mana nak buka digital lock kalau bateri habis? ada 9V terminal kat bawah kan?
        今天下午的工都 done 了，剩下 JS-261205-018 要等零件，明天早上再去
        office pls order 10 pcs Fluidmaster 400A, stock left 2 only
        anyone know the condo at Bishan St 15 need what permit for hacking? guard say must apply at management office 3 days before
        reminder: feedback form link already inside the WhatsApp template, after every job send ah, boss want 4.5 and above
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JOB SHEET JS-261203-044 | CUSTOMER: MDM LIM SIEW HONG | ADDRESS: BLK 418 BEDOK NORTH AVE 2 #11-87 S(460418) | TEL: 9672 3418 | FAULT: WC CISTERN LEAKING, INLET VALVE WORN | CHARGES: $95 LABOUR + $28 FILL VALVE | PAID: PAYNOW
        23:47 emergency lockout | caller Ravichandran s/o Subramaniam, hp 8231 5096 | 7 Lorong Marican, terrace house, keys left inside | NRIC S7913308F checked against SP bill before opening | charged $180 night rate
        Warranty claim WC-0931: Nurul Huda binti Kamaruddin (NRIC S8823410C) reports the Joven storage heater we installed on 14 Aug 2026 is tripping the DB again and asks for a free replacement under the 12-month parts warranty.
        Complaint received by email: "The technician who came on Saturday, Daniel Pereira, smelled of alcohol and left grout all over my bathroom floor. I want a full refund." — from Sharon Tay, job JS-261129-006
        Roster wk 49 change: Muthu a/l Rajan on MC Wed to Fri (dengue, admitted to CGH), his East zone jobs reassigned to Team C; please don't call him, his wife says he needs rest.
        Nov payout: Tan Kok Wah — 26 jobs, commission S$1,040, standby S$180, PayNow to 9128 4470 on 5 Dec.
        Card payment: MASTERCARD 5188 2601 4477 3093 exp 09/28 | cardholder JOANNE KOH PEI SHAN | INV-2026-12-0091 | S$342.40 | approval 771204
        Hi Mr Chandran Pillai, attached is quotation QT-2026-1192 for repiping the kitchen sink at your flat, Blk 127 Lor 1 Toa Payoh #06-311. Please reply to confirm. (sent to chandran.pillai77@gmail.com)
        Reply to Google review: Hi Melissa Goh, we are sorry our locksmith was 2 hours late to your flat at Blk 266A Punggol Field on 28 Nov; we have refunded the $40 call-out fee to your card.
        Authorisation: I, Koh Boon Huat (owner, 9035 2281), authorise FixRight to replace the main door digital lock at 21 Holland Grove Road for my tenant Pradeep Kumar; please bill me, not the tenant.
        New hire record — Mohd Faizal bin Abdullah, NRIC T0156789B, DOB 14/03/2001, mobile 8845 2173, completed water service plumbing course at ITE College Central, assigned van GBF 2318 R.
        Work permit list: RAHMAN MD ABDUL (Bangladesh) FIN G5523198U, WP expiry 30/06/2027, staying at Tuas South dormitory Block C, pipe fitter, basic S$1,150.
        Damage claim: during pipe chasing we cracked 3 floor tiles at the home of Sebastian and Marian D'Cruz, 12 Jalan Bunga Rampai; they are asking S$600, insurer ref MSIG-LIA-26-0733.
        Overdue: Ng Chee Keong still owes $1,250 for the concealed pipe job since September, not picking up 9761 0382; sending a letter of demand to Blk 30 Marine Crescent #07-12 next week.
        pls call back Mdm Wong Ah Lian 9120 4478 re leaking pipe under kitchen sink, she says after 6pm only
        Lockout verification: tenant Arjun Mehta, Indian passport Z4412870, tenancy agreement for 8 Sophia Road #05-02 sighted, door opened 01:20am.
        Van SLQ 7390 X is Jason Lim's own car — he uses it for small jobs, claims mileage at S$0.60/km, last month 820 km for Jurong and Clementi jobs.
        Ceiling leak report, Blk 152 Serangoon North Ave 1: water dripping into #08-14 from #09-14; upstairs owner Mr Goh Eng Soon refuses entry, downstairs owner Mdm Sarojini d/o Pakiri wants our report for HDB.
        Lead from Telegram: Ong Shu Hui (@shuhui_reno) — 3-bedroom unit at Parc Esta, wants a quote for 3 bathroom mixers, prefers a Saturday visit.
        Refund S$85 to Kavitha d/o Murugan, POSB savings 188-51247-3, for the cancelled call-out on 2 Dec (tech could not make it).
        Probation review — Kelvin Chua Jun Hao: late 6 times in Nov, two customer complaints on attitude, failed trade test on first attempt; recommend extending probation by 3 months.
        Incident report 26-014: technician Suresh a/l Nadarajan cut his left palm on a broken basin at a job in Jurong West St 91, 6 stitches at Ng Teng Fong Hospital, MC 5 days, WICA claim to be filed.
        Customer note: Mdm Chia Ah Moi, 82, lives alone at Blk 9 Upper Boon Keng Rd, uses a walking frame — send a female tech if possible and knock loudly; son Alan Chia 9338 6015 pays by PayNow.
        Quote sent to brandon.yeo.sg@hotmail.com (Brandon Yeo) for replacing 2 toilet bowls at his 5-room flat in Sengkang; budget max $800, he moves in on 20 Jan.
        Oliver Bennett (expat, lease ends 31 Dec) wants all locks changed at 45 Cairnhill Rise before handover to the landlord, mobile +65 9455 0871, pays by company card.
        Subcontractor: Lee Wei Jie, NRIC S6632087A, OCBC 501-234567-001, day rate S$200, did 9 days of repiping for us in November.
    """),
    "ms": _lines("""
        BORANG KERJA | NAMA: SITI AISYAH BINTI OMAR | NO. K/P: 920807-14-6118 | ALAMAT: NO. 23, JALAN SS 15/4C, 47500 SUBANG JAYA | TEL: 012-338 4172 | MASALAH: PAIP BOCOR BAWAH SINKI | CAJ: RM150
        Aduan pelanggan: tukang paip Zulkifli bin Hassan datang lewat 3 jam, tak pakai kasut keselamatan dan tinggal sisa simen dalam bilik air. Pelanggan minta potong caj.
        Pelanggan En. Kamal Ariffin (019-772 5401) minta datang esok pagi tukar kepala paip dapur, rumah teres di Jalan Melawati 5, Taman Melawati.
        Gaji Nov: Ahmad Faris bin Rosli, akaun Maybank 1640 2290 8815, gaji pokok RM2,150 + OT RM320, tolak pendahuluan RM200.
        Cuti sakit: Norhayati binti Ismail (kerani pejabat) MC 3 hari, demam denggi, sijil dari Klinik Kesihatan Seksyen 7; kerja dia diambil alih oleh Kak Ros.
        Tuntutan jaminan: pemanas air yang dipasang di rumah Encik Lim Kok Seng, No. 8 Lorong Bukit Minyak Utama 3, 14100 Simpang Ampat, Pulau Pinang, rosak lagi selepas 2 bulan; tel 016-452 7730.
        Buka kunci: rumah Puan Devi a/p Krishnan, No. K/P 780215-07-5238, pintu grill terkunci, anak kecil di dalam, dibuka 10:05 malam, caj RM180.
        Van syarikat WTR 8821 dipandu oleh Hairul Nizam bin Mat Saman kena saman parkir di Bangsar, RM50 — potong gaji dia bulan ni.
        Pekerja baru: Agus Santoso (Indonesia), no. pasport C4417092, permit kerja tamat 2027, tinggal di asrama pekerja Klang, mahir kerja paip PPR.
    """),
    "zh-Hans": _lines("""
        维修单：客户 陈美玲，电话 9023 6617，地址 Blk 632 Yishun St 61 #05-233，问题：马桶水箱漏水，已换进水阀，收费 $85。
        投诉：上星期六来修门锁的师傅黄志强态度很差，还多收了我五十块，我要求退款。——林淑芬 8126 4490
        排班更改：周三 梁家豪 请病假（搬热水器时扭伤腰），周四的两个工单改由 B 组代班。
        新山客户蔡文德先生，家在 Taman Molek Jalan Molek 2/4 No. 31，热水器漏电跳闸，电话 016-225 8830，约明天下午两点。
        保修申请 WR-2026-118：客户 郑丽华，身份证 S7654321F，2026年3月购买三星电子锁 SHP-DP609，指纹模块失灵，要求免费更换。
        师傅工资：刘德明 十一月 RM3,400，已转入 CIMB 户口 8009441267，备注加班 12 小时。
        微信客户：李霞（微信号 lixia_jb88），住新山 Taman Pelangi，要装防盗门和两把电子锁，预算 RM3,000 左右。
        回访记录：何秀英阿姨 85岁 独居在 Blk 43 Telok Blangah Rise，耳朵不好，电话打不通就打她女儿 9671 2248。
    """),
    "mixed": _lines("""
        boss the aunty at blk 57 lengkok bahru #12-345 say the tap still drip lah, her name Mdm Rosnah binti Ali, hp 9734 1120, can send someone tmr morning?
        eh Teo Kah Seng MC again today, his gout flare up until cannot walk, who can cover his 2 jobs at Sengkang?
        customer Mr Harpreet Singh 8455 0913 at 22 Jalan Jurong Kechil want pay cash only, dun want PayNow, ok anot?
        Kak Ida, tolong call balik customer Puan Faridah Hanim 013-446 2091, dia nak cancel appointment esok sebab anak dia masuk hospital Sungai Buloh
        bro the lock job at 18 Jalan Mas Puteh, owner Vincent Tan Beng Chye dun have proof, neighbour say he kena chase out by his wife last week, don't open first ok
        Goh Ah Kow van SKP 4821 G kena summon at Bedok Reservoir, $70, deduct from his Dec pay can anot
        ok noted, billed to card 4377 0211 9845 3105 under Priya Nair, approval code 004512, she want receipt email to priya.nair.88@yahoo.com
        Uncle Chong Weng Kee at Jalan Besar shophouse No. 214, hp 9640 3317, pay deposit $200 liao, balance $450 after we finish the pipe
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore locksmith company's dispatch desk. Keep SMS messages short and polite.",
        ),
        (
            "user",
            "Draft an SMS to confirm tomorrow's digital lock installation for Mr Benjamin Lau Wei Ming at Blk 279C Compassvale St #14-61, slot 2-4pm. His number is 9187 6620. Remind him to have his NRIC ready.",
        ),
        (
            "assistant",
            "Hi Mr Lau, this is FixRight Locksmith confirming your digital lock installation tomorrow, 2pm to 4pm, at Blk 279C Compassvale St #14-61. Please have your NRIC ready for verification. Reply YES to confirm or call our office to reschedule.",
        ),
        ("user", "Good. Add that our tech will come in van XD 4412 M so he can tell the guard."),
    ],
    [
        (
            "user",
            "Need a letter of demand. Debtor is Mr Rizal bin Mohamed Noor, 41 Jalan Kechubong, Singapore. He owes S$2,380 for bathroom plumbing works, invoice INV-2026-09-0212, unpaid for 75 days. Give him 14 days.",
        ),
        (
            "assistant",
            "Dear Mr Rizal bin Mohamed Noor, re: Outstanding payment of S$2,380 (Invoice INV-2026-09-0212). Our records show the above sum for plumbing works completed at 41 Jalan Kechubong remains unpaid 75 days after the invoice date. Please make full payment within 14 days of this letter, failing which we will take further action without further notice. Yours faithfully, Accounts Department.",
        ),
        (
            "user",
            "Add that we will file a claim at the Small Claims Tribunals, and soften the ending a bit.",
        ),
    ],
    [
        (
            "user",
            "I'm Farah binti Zainal, NRIC S9011236H. Your plumber replaced my water heater on 2 Nov at Blk 88 Telok Blangah Heights #09-402 and the water is cold again. Can you help me write a warranty claim email to the company?",
        ),
        (
            "assistant",
            "Subject: Warranty claim – water heater replaced on 2 Nov. Dear Sir/Madam, I am writing about the water heater your technician replaced on 2 Nov at my home. Since yesterday the heater no longer produces hot water. As the work is still within warranty, I would like a technician to inspect and repair it at no charge. Please let me know your earliest available slot. Regards, Farah binti Zainal",
        ),
        ("user", "Can you put my address and NRIC inside too? They asked for it last time."),
    ],
    [
        (
            "user",
            "Tolong susun borang kerja ni: nama En. Mohd Azlan bin Ismail, IC 850412-10-5523, rumah No. 17 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, tel 017-266 0931, masalah: pam air rosak, bunyi bising dan tak naik air ke tingkat atas.",
        ),
        (
            "assistant",
            "BORANG KERJA | Nama: Mohd Azlan bin Ismail | No. K/P: 850412-10-5523 | Alamat: No. 17 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam | Tel: 017-266 0931 | Masalah: pam air rosak, bising, air tidak naik ke tingkat atas | Juruteknik: ________ | Tarikh: ________",
        ),
        (
            "user",
            "Ok, tambah caj anggaran RM180 dan nota: pelanggan nak datang lepas 5 petang sebab dia kerja syif.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条WhatsApp给客户张秀兰阿姨，她住在 Blk 105 Ang Mo Kio Ave 4 #03-118，明天上午十点师傅去修马桶，她的电话是 9612 0385，她不太会看英文。",
        ),
        (
            "assistant",
            "张阿姨您好，我们是维修公司。明天上午十点师傅会到您家（Blk 105 Ang Mo Kio Ave 4 #03-118）修理马桶，请您在家等候。如需更改时间，请回复这条信息。谢谢！",
        ),
        ("user", "再加一句：师傅到之前半小时会先打电话给她。"),
    ],
    [
        (
            "system",
            "You help a small Singapore plumbing contractor with HR and workplace safety paperwork.",
        ),
        (
            "user",
            "Our technician Ramesh Kumar Selvaraj (Indian national, FIN F7734521M) fell off a ladder yesterday while changing a ceiling light at a landed house in Serangoon Gardens. Fractured right wrist, MC 14 days from Tan Tock Seng. Help me summarise it for the MOM iReport.",
        ),
        (
            "assistant",
            "Incident summary: On the date of incident, employee Ramesh Kumar Selvaraj (FIN F7734521M), technician, fell from a ladder while replacing a ceiling light at a customer's landed residence in Serangoon Gardens. He sustained a fractured right wrist and was given 14 days of medical leave by Tan Tock Seng Hospital. Cause under investigation; ladder and work method to be reviewed.",
        ),
        (
            "user",
            "Also mention he is the sole breadwinner and we advanced him S$500 from next month's pay.",
        ),
    ],
    [
        (
            "user",
            "Plan next week's roster. Muhammad Hafiz bin Roslan is on paternity leave Mon-Fri because his wife is due on the 15th. Lim Jun Hao has NS reservist in-camp Tue-Thu. Joseph Fernandez is on annual leave to Perth all week. Remaining techs: T03, T05, T07.",
        ),
        (
            "assistant",
            "Draft roster: Mon – T03 East, T05 West, T07 standby, Lim Jun Hao Central. Tue to Thu – T03 East, T05 West, T07 Central + standby (Hafiz, Jun Hao and Joseph away). Fri – T03 East, T05 West, Lim Jun Hao Central, T07 standby. Suggest keeping locksmith call-outs with T07 as he is the only one with LS tag this week.",
        ),
        (
            "user",
            "Joseph might come back Thursday if his mum's surgery in Perth goes fine, keep Fri open for him.",
        ),
    ],
    [
        (
            "user",
            "bro got call from one tenant at Residensi Pandanaman, name Tharshini a/p Ravi, IC 960318-14-5876. she say landlord change the lock because rent late 2 months, all her stuff inside. can I open for her?",
        ),
        (
            "assistant",
            "Better not open it straight away. If the landlord changed the lock, opening it could put you in the middle of a tenancy dispute. Ask her to show the tenancy agreement and her IC with the same address, and suggest she makes a police report first so there is a record. Only proceed if the management office or police are present.",
        ),
        (
            "user",
            "ok she sent the tenancy copy, her unit is Blok B-12-07, management say can open tomorrow 10am with guard present",
        ),
    ],
    [
        (
            "user",
            "Customer Jeremy Sim Yong Kang paid invoice INV-2026-11-0451 for S$642 with card 4556 1873 4092 1555, now the bank says chargeback. His email is jeremy.sim.yk@gmail.com and we have his signed job sheet. Draft our reply to the bank.",
        ),
        (
            "assistant",
            "Dear Chargeback Team, we dispute the chargeback on invoice INV-2026-11-0451 (S$642). The cardholder, Mr Jeremy Sim Yong Kang, booked the service, was present during the work and signed the job sheet on completion. Attached are the signed job sheet, before-and-after photos and the e-mail confirmation sent to the cardholder. We request that the chargeback be reversed.",
        ),
        ("user", "Add that he also messaged us on 20 Nov saying he was happy with the work."),
    ],
    [
        (
            "user",
            "Write a reply to this Google review from Cheryl Ong Hui Min: 'Plumber Ahmad Zaki bin Yusoff came 2 hours late to my flat at Blk 321 Clementi Ave 5, didn't apologise and the pipe still leaks. 1 star.'",
        ),
        (
            "assistant",
            "Hi Cheryl, thank you for your feedback and we're sorry for the late arrival and the leak. This is not the standard we expect. Our supervisor will contact you today to arrange a free follow-up visit, and we are reviewing the matter with the technician concerned.",
        ),
        (
            "user",
            "Fine, but don't mention Zaki at all, he already got a warning letter for lateness last month.",
        ),
    ],
]
