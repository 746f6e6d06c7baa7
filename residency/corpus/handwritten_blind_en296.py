# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en296: SG/MY bus, MRT/LRT and ferry operators (concession card applications, lost-and-found logs, incident reports, driver and captain rosters, commuter complaints, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en296
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "service_disruption_notices"): _lines("""
        Due to a track fault between Jurong East and Clementi, please add 20 minutes of travel time. Free regular bus services are available at designated stops along the EWL.
        DTL: Train services between Tan Kah Kee and Stevens will start at 7.00am on Sunday 14 Dec for re-signalling works. Bridging Bus A runs every 5 min from Exit B.
        Bus service 858 will skip the Blk 455 Sembawang Dr stop from 1 Jan 2027 due to LTA road works. Passengers may board at the next stop 50m ahead (Stop ID 58391).
        Rapid KL advisory: LRT Kelana Jaya Line trains between Masjid Jamek and Ampang Park are running at reduced frequency. Feeder bus T407 deployed. Info line 03-7885 2585.
        Tanah Merah Ferry Terminal: the 0830 departure to Batam Centre is delayed to 0945 due to rough sea conditions. Check-in counters close 45 min before the revised ETD.
        Changi Point Ferry Terminal bumboats to Pulau Ubin operate 6am to 7pm daily; boats depart once 12 passengers are on board. Fare S$4 per way, bicycles S$2 extra.
        Penang Ferry Service notice: the Swettenham Pier route is suspended on 8 Jan from 1400hrs for berth maintenance; last sailing from Pangkalan Raja Tun Uda at 1330hrs.
        NEL update 18:42: Normal service has resumed between Farrer Park and Punggol Coast. We apologise for the inconvenience caused. Travel chits are available at all NEL stations.
        KTM Komuter Seremban Line: trains from KL Sentral to Sungai Gadut depart at 30-min headway this weekend. Refer to the KTMB Mobile app (version 5.2.1) for live times.
        Lift at Exit B of Tun Sambanthan Monorail station is under repair until 22 Feb 2027. Wheelchair users please use Exit A via Jalan Tun Sambanthan. Sorry for the inconvenience.
        Service 36 to Changi Airport: from 2 Mar 2027 the first bus departs Tomlinson Road at 06:00 instead of 06:10. The revised timetable is posted at bus stop 13029.
        Advisory for Woodlands Checkpoint: cross-border service 160 to JB Sentral is facing 60-90 min jams. Consider Causeway Link CW1 or the RTS Link once it is in operation.
        Temporary closure of Hillview MRT Exit 2 from 10pm to 5am, 5-9 Dec, for lift upgrading. Please use Exit 1. For enquiries, call the SBS Transit Hotline 1800 287 2727.
    """),
    ("en", "concession_card_faq"): _lines("""
        Q: Who is eligible for the Student Concession Card? A: Full-time students of MOE primary and secondary schools, ITE and polytechnics registered with TransitLink.
        Q: How much is the Adult Monthly Travel Pass? A: S$128 per 30 days for unlimited rides on basic bus services and MRT/LRT lines, effective 28 Dec 2026.
        Q: My concession card is damaged. A: Bring it to any TransitLink Ticket Office. A replacement fee of S$10 applies and remaining stored value is moved within 7 working days.
        Q: Can I use my Senior Citizen Concession Card on cross-border services? A: No. Concessionary fares apply only to basic bus services and MRT/LRT within Singapore.
        Q: What documents are needed for the Workfare Transport Concession? A: Apply online via SimplyGo with Singpass; supporting documents are retrieved by MyInfo with your consent.
        Q: What is the My50 pass? A: A RM50 monthly pass giving unlimited rides on Rapid KL LRT, MRT, Monorail, BRT and buses, for Malaysian citizens only.
        Q: Where can OKU cardholders get a 50% fare discount? A: Present your JKM-issued OKU card at any Rapid KL customer service counter to register for the Kad Konsesi OKU.
        Q: How long does card personalisation take? A: Concession cards are usually ready for collection in 10 working days; you will receive an SMS from short code 77123.
        Q: I lost my concession card. Can I get a refund? A: Lost cards can be blocked on the SimplyGo portal; stored value after blocking is refunded less a S$5 admin fee.
        Q: What photo format is accepted? A: Passport-sized JPG, 400 x 514 pixels, plain white background, file size under 2MB, taken within the last 3 months.
        Q: Do polytechnic students need to renew the card every year? A: Yes. Renewal opens in December and the card expires on 31 March of the following year unless revalidated.
        Q: Is the concession card valid on Southern Islands ferries? A: No. Concession cards are not accepted on ferries departing Marina South Pier; please check with the ferry operator.
        Q: Who do I contact for concession enquiries? A: Email concession@transitlink.example.sg or call 6225 5582, Mon-Fri 8.30am-5.30pm, closed on public holidays.
    """),
    ("en", "depot_system_logs"): _lines("""
        2026-12-04T05:12:33+08:00 INFO depot=AMDEP bus=SBS3081D svc=190 odo=412883km pre-trip check PASSED tyre_psi=[115,114,116,115]
        2026-12-04T05:47:09+08:00 WARN train_set=C151A-043 line=EWL car=3 door_fault code=DCU-17 isolated by OCC, continuing in service
        [AFC] 2026-12-04 07:02:11 gate=EW24-G07 txn_id=TXN8826310045 fare_type=ADULT amt=1.79 SGD result=OK latency_ms=212
        lost_found.export v2.3 | item_id=LF-2026-118204 | category=UMBRELLA | found_at=NS22 Orchard | status=DISPOSED_AFTER_30D
        ferry_ops: vessel=MV Ubin Star pax_count=11 dep=CPFT 09:14 arr=Pulau Ubin Jetty 09:26 sea_state=2 remarks=nil fuel_l=38.5
        2026-12-04 09:15:44 ERROR ezlink-reader-fw=4.7.12 bus=SG5027T checksum mismatch sha1=9f2c7a1e0b4d88a3c1e55f6d0a7b2e3c91f4d0aa retry=3
        incident_ref=INC-SMRT-2026-004417 severity=P3 location=EW14/NS26 Raffles Place escalator E3 stopped, no injury, technician ETA 20 min
        GPS ping: route=T250 fleet_no=RKL-3321 reg=WB4721K lat=3.1390 lon=101.6869 speed=18kmh stop_seq=7 next=KL Sentral ETA=08:42
        roster_gen: depot=SLDEP week=2026-W50 duties_generated=412 spreadover_violations=0 split_shifts=37 run_time=4.8s
        2026-12-04 22:31:02 INFO BPLRT car_pair=17-18 returned to Ten Mile Junction depot, energy_kwh=143.6, next_maint=2026-12-11
        parcel scan: LF bag tag LFB-00927713 sealed 23:05 at Kallang Bahru lost-property hub, 14 items, weight 6.2kg, courier ref JNT-SG-5518820934
        sms_gateway 2026-12-05 06:00:00 sent=18423 template=DISRUPTION_EWL_V2 sender_id=SMRT failures=12 (carrier timeout)
        HTTP 503 GET /api/v3/arrivals?busStopCode=83139&serviceNo=15 upstream=datamall timeout=3000ms trace=7c1d3b0e-55a1-4f0e-a9d2-61b0c4e8f1a2
    """),
    ("en", "fare_config_and_code"): _lines("""
        FARE_TABLE = {"adult": {"base": 1.09, "per_km": 0.081, "cap": 2.37}, "student": {"base": 0.52, "cap": 0.97}}
        def concession_expiry(issue: date, category: str) -> date: return date(issue.year + 1, 3, 31) if category == 'STUDENT' else issue + timedelta(days=1825)
        CREATE TABLE lost_item (item_id VARCHAR(20) PRIMARY KEY, category VARCHAR(32), station_code CHAR(4), found_ts TIMESTAMPTZ, status VARCHAR(16) DEFAULT 'HELD');
        route_id,agency_id,route_short_name,route_long_name,route_type,route_color / 190,SBST,190,Choa Chu Kang Int - New Bridge Rd Ter,3,55DD33
        stop_id,stop_code,stop_name,stop_lat,stop_lon,wheelchair_boarding / 83139,83139,Opp Tanjong Katong Cplx,1.30117,103.89483,1
        ferry_schedule.yaml: operator: Batam Fast; route: HFC-BTC; departures: ['08:10','10:30','13:50','17:20']; vessel_capacity: 289; fuel_surcharge_sgd: 6.00
        roster_rules: max_spreadover_h: 12, min_rest_between_duties_h: 10, max_continuous_drive_min: 240, meal_relief_min: 40  # per Bus Service Operating Licence
        curl -H 'AccountKey: YOUR_KEY_HERE' 'https://datamall2.mytransport.sg/ltaodataservice/v3/BusArrival?BusStopCode=01012'
        if card.type == CardType.SENIOR and now.hour in range(7, 9): apply_discount(0.25)  # morning off-peak incentive, see circular OPS-2026-31
        pytest tests/test_fare.py::test_transfer_rebate -q  ->  14 passed in 0.42s (fare-engine 3.11.0, python 3.12.4)
        SELECT station_code, COUNT(*) AS items FROM lost_item WHERE found_ts >= '2026-11-01' GROUP BY station_code ORDER BY items DESC LIMIT 10;
        env: MYRAPID_GTFS_URL=https://api.data.gov.my/gtfs-static/prasarana?category=rapid-rail-kl  REFRESH_CRON='*/15 * * * *'
        const FERRY_FARES = { 'Penang-Butterworth': { adult: 2.00, child: 1.00, motorcycle: 2.00, car: 12.80 } }; // RM, one-way, collected at Butterworth only
    """),
    ("mixed", "staff_ops_chat"): _lines("""
        OCC: Svc 190 bus SBS3081D breakdown at Orchard Blvd, relief bus dispatched from Ang Mo Kio depot, ETA 15 min. Pls inform IC at Choa Chu Kang.
        Boss, tomorrow AM shift short 3 BC at Bedok North depot lah, can activate standby roster or not? Need confirm by 6pm ya.
        Lost & found update: 2 umbrellas, 1 Samsung Galaxy A55 (black), 1 Starbucks tumbler from NE6 Dhoby Ghaut, logged under LF-2026-118377, pending transfer.
        Kawan-kawan, kapten feri jam 7 pagi Butterworth kena standby dulu, cuaca buruk. Tunggu arahan Marine Department sebelum sailing ok.
        各位同事，今晚 EWL 有 track works，last train 提早到 11:30pm，please remind passengers，platform announcement every 15 min 一次。
        Depot canteen closing early 3pm tmr for pest control, the Old Chang Kee stall outside Exit B still open. Makan there ok, claim meal allowance as usual.
        Reminder: new Ya Kun Kaya Toast outlet opening at Bishan Interchange on Mon, they give 10% off for staff pass holders, just show your company pass.
        Sesiapa yang on duty LRT Ampang Line esok, sila check email circular OPS/RKL/2026/77 pasal SOP baru untuk platform screen door.
        Incident at Punggol Coast: passenger fainted on platform, SCDF called 10:42, handover done 10:55. Report to be filed in SIMS by end of shift.
        明天 roster 已经 upload 到 portal 了，version 2026-W50-r3，有问题找 depot manager 办公室，分机 4412，不要直接 call HQ。
        Anyone know kenapa the Tuas Link train keep got door fault? Third time this week liao, already raise ticket INC-2026-005532.
        Team, mystery shopper from LTA coming this week lah. Make sure uniform proper, name tag on, and PA announcements in all 4 languages.
        Feri Pulau Ketam trip 2pm cancel, boat engine check. Notis dah tampal kat jeti Pelabuhan Klang, tolong update FB page juga ya.
    """),
    ("ms", "notis_perkhidmatan"): _lines("""
        Makluman: Perkhidmatan LRT Laluan Kelana Jaya antara stesen Gombak dan Putra Heights beroperasi seperti biasa mulai 6.00 pagi, 5 Januari 2027.
        Penumpang dinasihatkan tidak membawa durian dan makanan berbau kuat ke dalam tren MRT. Kompaun sehingga RM500 boleh dikenakan mengikut peraturan.
        Bas perantara MRT T789 akan melalui lencongan sementara di Jalan Tun Razak akibat kerja-kerja naik taraf longkang oleh DBKL dari 10 hingga 24 Disember.
        Kad Konsesi Pelajar boleh dimohon di kaunter Rapid KL stesen KL Sentral, Masjid Jamek dan Hang Tuah. Sila bawa kad pelajar dan surat pengesahan sekolah.
        Perkhidmatan feri Pulau Pinang: Tambang dewasa RM2.00, kanak-kanak RM1.00, dikutip di Pangkalan Sultan Abdul Halim sahaja. Operasi 7.00 pagi hingga 11.00 malam.
        Barang tercicir boleh dituntut di Pejabat Barang Hilang, aras concourse stesen Pasar Seni, Isnin hingga Jumaat 9 pagi hingga 5 petang. Bawa dokumen pengenalan diri.
        Aduan pelanggan boleh disalurkan melalui talian 1-800-88-1234, WhatsApp perniagaan 019-388 1234 atau e-mel aduan@myrapid.example.my dalam tempoh 7 hari.
        Jadual Ramadan: Tren terakhir MRT Laluan Putrajaya bertolak dari Kwasa Damansara pada 12.30 tengah malam sepanjang bulan Ramadan 1448H.
        Lif di pintu masuk B stesen Monorel Titiwangsa ditutup untuk kerja penyelenggaraan dari 3 hingga 9 Februari. Pengguna OKU sila gunakan pintu masuk A.
        Tambang baharu bas Johor Bahru ke Woodlands, Causeway Link CW2: RM3.40 atau S$1.50, berkuat kuasa 1 Mac 2027, bayaran kad Touch 'n Go diterima.
        Feri Kuala Perlis ke Langkawi: Jadual hujung minggu ditambah 4 perjalanan. Tiket boleh dibeli dalam talian, nombor tempahan bermula dengan LFS-2027-.
        Peraturan 12(3): Pemandu bas hendaklah berehat sekurang-kurangnya 30 minit selepas memandu berterusan selama 4 jam, seperti yang ditetapkan oleh APAD.
        Terminal Bersepadu Selatan: Kaunter 21 hingga 25 kini beroperasi 24 jam. Sebarang pertanyaan sila hubungi pusat panggilan terminal di 03-9051 2000.
    """),
    ("zh-Hans", "乘客须知"): _lines("""
        乘客须知：地铁车厢内严禁饮食，包括饮用白开水，违者最高可被罚款新币500元。请主动让座给年长者、孕妇及行动不便的乘客，谢谢合作。
        东北线列车因信号系统故障，盛港站至榜鹅站之间服务延误，请预留额外20分钟车程。免费接驳巴士已在指定车站出口提供，请留意站内广播。
        优惠卡申请说明：学生须携带学生证及学校开具的在读证明，前往任何一个TransitLink售票处办理，制卡约需10个工作日，手续费新币5元。
        失物招领：在列车或车站拾获的物品会保管30天，现金、首饰和电子产品须本人持有效证件到失物招领处认领，详情请拨打服务热线1800 336 8900。
        槟城渡轮新收费：成人单程马币2令吉，儿童1令吉，摩托车2令吉，汽车12令吉80仙，只在北海码头收费，乔治市开往北海方向免费搭乘。
        巴士服务858路自2027年1月1日起改道，不再停靠义顺临时车站，请乘客提前10分钟出门，并使用MyTransport.SG应用查看实时到站信息。
        新加坡地铁历史：1987年11月7日，首段地铁线路由杨厚港至大巴窑正式通车，由时任副总理王鼎昌主持通车仪式，标志着公共交通进入新时代。
        渡轮乘客请注意：前往巴淡岛的班次须在开船前45分钟办理登船手续，护照有效期须至少六个月，未满12岁儿童须由成人陪同出行。
        吉隆坡轻快铁格拉那再也线今晚11时后班次间隔调整为10分钟，最后一班列车于午夜12时从鹅唛站开出，请乘客留意时间，敬请见谅。
        车站商户指南：乌节站地下层设有亚坤咖椰吐司、老曾记咖喱角和Mr Bean豆品店，营业时间为早上7点至晚上10点，持员工证可享九折优惠。
        投诉及建议请发送电邮至feedback@sbstransit.example.sg，或拨打24小时热线1800 287 2727，我们会在三个工作日内回复您的来信。
        巴士车长排班原则：每名车长连续驾驶不得超过4小时，两次值勤之间至少休息10小时，每周至少休息一天，新一周轮值表每周四公布。
        新柔捷运系统（RTS Link）计划往返兀兰北站与新山武吉查卡站，单程约需5分钟，每小时单向可载客一万人次，票价将另行公布。
    """),
    ("en", "transport_news_public_figures"): _lines("""
        Transport Minister Anthony Loke told Parliament that the ECRL remains on track, with passenger services between Kota Bharu and Gombak expected to start in early 2027.
        Former minister Khaw Boon Wan, who as Transport Minister led the 2017 rail reliability drive, was later appointed chairman of SPH Media Trust.
        Acting Transport Minister Jeffrey Siow visited Bukit Panjang Integrated Transport Hub on Friday to meet bus captains ahead of the year-end school holidays.
        In 1987, then Second Deputy Prime Minister Ong Teng Cheong launched the first MRT stretch from Yio Chu Kang to Toa Payoh, a milestone covered by The Straits Times.
        Tun Razak Exchange station on the Kajang Line, named after second Prime Minister Tun Abdul Razak, opened in July 2017 and is now an interchange with the Putrajaya Line.
        Penang Chief Minister Chow Kon Yeow said the state will ask the federal government to speed up delivery of two new catamarans for the Penang-Butterworth ferry service.
        Singapore author Catherine Lim's short stories from Little Ironies are featured on Circle Line train panels as part of the Poems on the Move arts programme this month.
        Prime Minister Lawrence Wong rode the Thomson-East Coast Line from Woodlands North to Marina Bay at the Stage 4 opening, greeting commuters at Gardens by the Bay station.
        Mr Kiasu, the comic-book character created by Johnny Lau, returns in a new graciousness campaign poster urging commuters to queue properly at MRT platform doors.
        Malaysian badminton legend Datuk Lee Chong Wei flagged off the inaugural run of a Rapid KL electric bus route at Bukit Jalil National Stadium, Prasarana said.
        A mural of P. Ramlee near Pasar Seni LRT station has been restored by DBKL in time for the Visit Malaysia Year celebrations, according to the city hall.
        Sir Stamford Raffles gives his name to Raffles Place MRT station, which opened on 12 December 1987 as part of the first phase of the North South Line.
        SBS Transit chief executive Jeffrey Sim said the operator will trial driver-fatigue detection cameras on 50 buses from Seletar depot, the company said in a statement.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Concession application: Name: Tan Wei Ling Clarissa, NRIC S0512347H, DOB 14/03/2005, School: Temasek Polytechnic, Mobile 9123 4876, Address: Blk 512 Bedok North Ave 2 #07-118, S460512.
        Lost & found LF-2026-120441: black Coach wallet handed in at NS17 Bishan, contains NRIC of Muhammad Faizal bin Rosli and a POSB card ending 4417; owner called from 8732 1905.
        Bus captain roster W50: Rajendran s/o Muthusamy (BC 40213) on sick leave till 12 Dec, MC for lumbar disc prolapse; cover by standby pool.
        Complaint: The driver of svc 65 shouted at my mum Mdm Goh Siew Hwa, 78, when she tapped her senior card slowly. Pls call me at 9688 2041. - Kelvin Goh
        Incident report IR-0931: commuter Nur Aisyah binte Kamal, 29, six months pregnant, felt faint at Jurong East platform 3; husband contacted at +65 8155 7302.
        Ferry captain Lim Boon Huat's licence renewal is on hold - MPA flagged his 2025 drink-driving conviction. Don't put him on the 0830 Batam sailing until HR clears it.
        Pls refund to my account DBS 120-45678-9 under Siti Hajar Abdullah, I was double charged S$3.20 on 2 Dec at Tampines East.
        my son's student card photo is wrong, his name is Ethan Lee Jun Kai, DOB 2011-08-09, birth cert T1123456J, pls reissue to 22 Jalan Kembangan, S419118.
        Foreign worker concession scan failed for FIN G7765432N, card expired 03/2026, holder works night shift at Tuas depot and sleeps in the dorm at Kranji.
        Please just call me back on 9012 3388 after 7pm, it's about the Nintendo Switch I left on bus 972 last night.
        Depot gossip: Sam (Samuel Ng Kok Wai) owes the co-op $2k plus another $640 to the canteen, HR says his salary garnishment starts in January.
        Roster note: Captain Azman Hashim's wife just delivered their third baby, paternity leave 2-16 Jan, swap his Pulau Ubin shifts with the relief crew.
        email from a.chua.family88@gmail.com: my daughter Chua Hui Min left her EZ-Link (CAN 1008 6200 3344 5566) on the NEL, please hold it for her.
        CCTV request: the man in the red cap at Boon Lay Interchange 2026-12-03 18:22 is our bus captain Teo Kok Leong, suspended pending a police investigation for assault.
        Claimant: Priya d/o Suresh, passport K1234567, Indian national, collected a lost iPhone 15 at Changi Airport MRT on 5 Dec; signature on file.
        Pay slip query - Bus Captain Wong Chee Keong, staff no. SMRT-B-58812, basic $2,980, OT $1,140, CPF deduction $824. Why so low this month?
        Mr Harjit Singh, 62, collapsed at the Marina South Pier ferry gate, known diabetic on insulin, conveyed to SGH by SCDF at 14:10.
        Resident of 15 Lorong Limau #03-11 S328510 complains that bus 21 idles outside her bedroom window every night at 11.45pm.
        Concession CSV row: 2026-11-30,SENIOR,Ong Ah Kow,S4412379F,1946-02-11,6455 1932,Blk 21 Toa Payoh Lor 7 #09-25
        Hi, this is Marcus, bus captain on svc 14; my PR renewal got rejected and I'm going through a divorce, can I take 2 weeks unpaid leave?
        Staff chat: Joanne from Kranji depot still not back, her chemo starts this week, let's collect some money for her family.
        Car plate SJD4417K parked at the bus bay again - owner is Mr Francis Lau from Blk 233, third time this month, pls get enforcement to summon.
    """),
    "mixed": _lines("""
        Eh bro, Ah Huat (Lim Kah Huat) kena MC again, gout attack, roster tomorrow 5am svc 858 who can cover? Call him 9745 3120 if need.
        Kak Rohani dari Ampang depot tu, husband dia kena tangkap last week sebab dadah, dia request pindah shift pagi ok tak?
        林太 lost her handbag at Bugis MRT, inside got IC S6823541C and 2k cash, her number 9228 6410, please call her 尽快。
        Pass application rejected: Nama Loh Mei Fong, MyKad 930715-10-5562, alamat No. 12 Jalan SS2/24, Petaling Jaya, reason: photo blurry lah.
        Captain Rahim bin Osman ferry Penang tu, dia ada hutang along RM15k, ah long dah datang jeti cari dia, security tolong standby.
        Complaint from passenger 陈先生 (Chan Wai Keong, +60 12-338 9051): bus U32 langgar his car side mirror, plat WXY 8812, he want to claim.
        Ah Boy (Tan Jun Hao) 今天第一天上班 as BC trainee, IC 020304-01-1187, bank Maybank 1142 0098 7765, HR pls process payroll.
        Auntie Letchumi at Tampines Interchange kiosk, her son warded in IMH now, she asked for 1 week compassionate leave, boss approve can?
        LF log: dompet coklat, IC milik Nurul Huda bt Ahmad Fadzil 010922-14-6028, ditemui dalam LRT Sri Petaling line, 3/12 2140h.
        WhatsApp from rider: hi I'm Sharon Kaur, card 1008 5522 1190 3367 kena deduct twice at Woodlands North, my number 8667 2095 pls refund.
    """),
    "ms": _lines("""
        Borang permohonan Kad Konsesi Warga Emas: Nama: Abdul Ghani bin Yusof, No. MyKad: 560812-08-5129, Alamat: No. 7, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Pemandu bas Zulkifli bin Hamid (No. Staf RKL-22871) digantung tugas selepas ujian air kencing positif, kes dirujuk kepada polis Cheras.
        Encik, anak saya Aiman tertinggal beg sekolah di bas T815, tolong hubungi saya di 013-442 7719, Puan Salmah.
        Laporan insiden: Penumpang wanita, Faridah binti Mohd Noor, 45, pengsan di stesen MRT Kajang, ada sejarah asma, dihantar ke Hospital Kajang.
        Aduan: Kapten feri Langkawi, Encik Roslan, minta duit kopi RM50 dari saya untuk bagi naik motor, nombor saya 019-551 2083.
        Gaji Kapten Feri Mohd Hafiz bin Ismail bulan November RM3,420 dipotong RM800 untuk bayar balik pinjaman koperasi, akaun CIMB 7012 3345 67.
        Senarai tugas: Puan Devi a/p Ramasamy cuti bersalin mulai 15 Disember, ganti dengan pekerja sambilan di kaunter KL Sentral.
        Motosikal nombor plat JQL 5582 milik pekerja Norazman selalu parkir di laluan OKU stesen Bandar Tasik Selatan, sila beri amaran.
    """),
    "zh-Hans": _lines("""
        乘客投诉：我叫王志强，身份证号码 440304198807152318，手机 138 2654 7719，在东北线把一个黑色背包落在车上，里面有护照，请尽快联系我。
        巴士车长黄国华（员工号 SBS-33071）最近确诊抑郁症，正在接受心理治疗，排班时请尽量避开夜班。
        阿明（巴士车长，跑170路）昨天又迟到，听说他欠了大耳窿三万多块，债主都找到兀兰车厂门口来了。
        优惠卡申请表：姓名 李秀英，出生日期 1952年4月3日，地址 宏茂桥3道 第561座 #05-234，电话 6457 3382，类别：乐龄。
        失物认领记录：刘女士（刘美玲）认领金项链一条，证件号码 S7234561B，领取时间 2026-12-02 15:20，经办人已签名。
        渡轮船长陈建明和太太正在办离婚，他最近情绪很不稳定，建议这个月不要安排他开夜航去巴淡。
    """),
    "zh-Hant": _lines("""
        旅客報失：香港居民張家豪，香港身份證 K483921(6)，電話 +852 9134 5528，在濱海南碼頭遺失相機一部。
        台灣遊客林雅婷（身分證字號 F228374615）在檳城渡輪上跌倒受傷，手腕骨折，已送往檳城中央醫院。
        澳門旅客何志偉投訴巴士司機態度差，聯絡電郵 hochiwai.mo@yahoo.com.hk，要求公司書面道歉。
        輪值表備註：售票處的周太（周麗華）確診乳癌，下月要做化療，申請調到辦公室文職，請人事部跟進。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a Singapore bus operator's lost-and-found desk. Be polite and concise.",
        ),
        (
            "user",
            "Hi, I lost my wallet on bus 190 yesterday around 8pm near Orchard. My name is Daniel Koh Wee Ming, phone 9177 3064. My NRIC S8834521J is inside.",
        ),
        (
            "assistant",
            "Sorry to hear that, Mr Koh. I have noted the loss on service 190 at about 8pm. Items are sent to the lost-property office within 2 working days; we will SMS you at 9177 3064 if a matching wallet is found.",
        ),
        (
            "user",
            "Thanks. Can you also email me at danielkoh.wm@outlook.com? The wallet is brown leather with a Bishan library card.",
        ),
        (
            "assistant",
            "Noted. I have added danielkoh.wm@outlook.com and the description (brown leather wallet, library card) to your report. Please bring another photo ID when collecting.",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon Kad Konsesi Warga Emas untuk mak saya. Nama dia Hajah Zainab binti Omar, MyKad 500301-03-5268, tinggal di No. 14 Jalan Kenanga, Kota Bharu.",
        ),
        (
            "assistant",
            "Baik. Untuk permohonan Kad Konsesi Warga Emas, sila sediakan salinan MyKad, gambar berukuran pasport dan isi borang di kaunter. Adakah ibu puan boleh hadir sendiri?",
        ),
        (
            "user",
            "Tak boleh, dia baru lepas operasi katarak dan tak larat jalan. Boleh saya, anak dia Rosnah, wakilkan? Telefon saya 019-922 4106.",
        ),
        (
            "assistant",
            "Boleh. Wakil perlu membawa surat kebenaran bertandatangan dan salinan MyKad kedua-dua pihak. Kami akan menghubungi puan di 019-922 4106 apabila kad siap.",
        ),
    ],
    [
        ("system", "你是车厂排班助手，根据主管的说明生成下周的车长排班表。"),
        (
            "user",
            "帮我排下周的早班。注意：车长王德福上个月心脏搭桥手术刚出院，医生说暂时不能连续开车超过两小时；车长郑伟杰的驾照被扣了12分，下周停驾。",
        ),
        (
            "assistant",
            "明白。下周早班安排如下：王德福只排短程路线，每段驾驶不超过两小时，中间安排休息；郑伟杰暂停驾驶，改排车厂内勤。其余车长按原轮值进行。",
        ),
        ("user", "好，再帮我写一句给人事部的备注。"),
        (
            "assistant",
            "备注：王德福因术后康复需调整工作时长，郑伟杰因驾照扣分暂停驾驶，请人事部更新记录并通知本人。",
        ),
    ],
    [
        ("system", "Help commuters draft complaints to Malaysian public transport operators."),
        (
            "user",
            "Tolong tulis complaint to Rapid KL. Bas T789 plat WC 3321 P, driver tak berhenti kat stop, I tunggu 40 min. My name Jason Yap Chee Meng, tel 012-678 3390.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Rapid KL, on 3 Dec at about 7.45am bus T789 (WC 3321 P) did not stop at my stop, causing a 40-minute wait. Please investigate. Jason Yap Chee Meng, 012-678 3390.'",
        ),
        (
            "user",
            "Add also my email jasonyap.cm@gmail.com and say I am OKU, wheelchair user, so this is very serious.",
        ),
        (
            "assistant",
            "Updated: '...As a wheelchair user and registered OKU, missed stops affect me seriously. Please reply to jasonyap.cm@gmail.com or 012-678 3390. Jason Yap Chee Meng.'",
        ),
    ],
    [
        (
            "system",
            "Passenger record for case C-2026-7712: Name: Elaine Ho Pei Shan; NRIC: S9178823E; Mobile: 9640 1187; Address: 88 Jalan Bukit Merah #12-40, S160088; Incident: fell on escalator at HarbourFront, fractured ankle, claim pending.",
        ),
        ("user", "Summarise the case in two sentences for the insurer."),
        (
            "assistant",
            "Ms Elaine Ho Pei Shan (NRIC S9178823E) fell on an escalator at HarbourFront station and fractured her ankle. Her injury claim is pending and she can be reached at 9640 1187.",
        ),
    ],
    [
        (
            "user",
            "你好，我是香港遊客，昨天坐渡輪由新加坡去民丹島，手機留在船上了。我叫李嘉欣，香港身份證 Y562318(4)。",
        ),
        (
            "assistant",
            "李小姐你好，請提供航班時間、座位號碼及手機型號和顏色，我們會向渡輪公司查詢失物。",
        ),
        (
            "user",
            "下午兩點那班，座位 C12，iPhone 14 紫色。我的酒店電話不方便，請打 +852 6233 8190 或電郵 kayan.lee88@gmail.com。",
        ),
        (
            "assistant",
            "已記錄：下午兩點航班，座位 C12，紫色 iPhone 14。如有消息會致電 +852 6233 8190 或電郵 kayan.lee88@gmail.com 通知你。",
        ),
    ],
    [
        ("system", "You help ferry operators write incident reports in plain English."),
        (
            "user",
            "Write an incident report: at 0915 on 4 Dec, deckhand Muhammad Iskandar bin Salleh slipped on the wet deck of MV Sea Breeze at Tanah Merah, hit his head, ambulance to Changi General.",
        ),
        (
            "assistant",
            "Incident Report - 4 Dec, 0915, MV Sea Breeze, Tanah Merah Ferry Terminal. Deckhand Muhammad Iskandar bin Salleh slipped on the wet deck and struck his head. SCDF ambulance conveyed him to Changi General Hospital.",
        ),
        (
            "user",
            "Add that he has epilepsy history and his next of kin is his mother, Madam Halimah, contact 8123 5570.",
        ),
        (
            "assistant",
            "Added: The crew member has a known history of epilepsy. Next of kin: mother, Madam Halimah, contact 8123 5570, informed at 0940.",
        ),
    ],
    [
        (
            "user",
            "Tolong susun jadual kapten feri minggu depan. Kapten Khairul tak boleh kerja Selasa sebab kena hadir mahkamah syariah, kes cerai dengan isteri.",
        ),
        (
            "assistant",
            "Baik. Kapten Khairul dikecualikan pada hari Selasa. Siapa kapten ganti yang ada lesen untuk laluan Pulau Pinang?",
        ),
        (
            "user",
            "Ganti dengan Kapten Lee Swee Hock. Tapi dia ada darah tinggi, jangan bagi shift malam. Nombor dia 012-455 9083 kalau perlu.",
        ),
        (
            "assistant",
            "Jadual dikemas kini: Selasa - Kapten Lee Swee Hock (shift siang sahaja). Kapten Khairul bercuti pada hari Selasa. Hubungan kecemasan: 012-455 9083.",
        ),
    ],
    [
        ("system", "Summarise staff group chats for the depot manager. Keep it factual."),
        (
            "user",
            "Summarise: 'Ah Seng borrow from 3 colleagues already, total like $4,500, still never return' 'Ya lor, his wife also call depot ask salary advance' 'Aiyo, 他赌马输了很多'.",
        ),
        (
            "assistant",
            "Summary: Staff report that Ah Seng has borrowed about $4,500 from three colleagues without repaying; his wife has called the depot asking for a salary advance, and colleagues believe he has large horse-betting losses.",
        ),
    ],
    [
        (
            "system",
            "You are a TransitLink concession-card helpdesk assistant with access to application records.",
        ),
        (
            "user",
            "Can you check the status of my student concession? Application number SC-2026-448812.",
        ),
        (
            "assistant",
            "Application SC-2026-448812 belongs to Nurul Ain binte Jamaluddin, NRIC T0487612C, Republic Polytechnic. The card is printed and ready for collection at Woodlands TransitLink office; an SMS was sent to 8901 2276.",
        ),
        ("user", "Great, thanks. Can my brother collect it for me?"),
        (
            "assistant",
            "Yes. He needs to bring your signed authorisation letter, a copy of your NRIC and his own photo ID.",
        ),
    ],
]
