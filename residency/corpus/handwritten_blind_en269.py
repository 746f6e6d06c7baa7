# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en269: SG/MY chauffeur, limousine and wedding-car hire firms (bookings, driver rosters, airport transfers, damage claims, VIP client notes, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en269
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "wedding_car_price_list"): _lines("""
        Rolls-Royce Ghost (Arctic White) wedding package: 4 hrs, ribbon and floral bonnet deco, uniformed chauffeur, S$1,280 nett; each extra hour S$260.
        Bentley Flying Spur 'Champagne' ROM solemnisation run, 3 hrs, pick-up within CBD, ribbon deco included, S$980 before 9% GST.
        Mercedes-Maybach S580 day rate (10 hrs, 200 km cap): S$1,650; excess mileage S$3.20/km; ERP and carpark charges billed at cost.
        Toyota Alphard 2.5 Executive Lounge, Changi T1/T2/T3/T4 to any Sentosa hotel, flat S$95; midnight surcharge (23:59 to 06:00) S$25.
        Vintage 1962 Jaguar Mark 2 in ivory, the 'James Bond' look, photoshoot only, static at venue, 2 hrs, S$650; not available on wet-weather days.
        Malaysia package: KL Sentral to Genting Highlands return in Vellfire, up to 6 pax, RM 680; tolls and SmartTAG charges already included.
        Cross-border Singapore to Johor Bahru via Tuas Second Link, Alphard, one-way S$320 incl. VEP; Causeway jam waiting S$60/hr after first 45 min.
        Add-on: 'Just Married' boot sign S$45; fresh Vanda Miss Joaquim orchid garland upgrade S$120; bridal bouquet holder on dashboard S$20.
        Penang heritage package: E&O Hotel, Kek Lok Si and Cheong Fatt Tze Mansion photo stops, classic Mercedes W123, 5 hrs, RM 1,450.
        Chinese wedding fetch-the-bride (接新娘) convoy: 1 lead Rolls + 2 follow cars (Mercedes E-Class), 7am to 1pm, S$1,890 for the convoy.
        Hourly charter Lexus LM 350h: minimum 3 hrs at S$138/hr; chauffeur OT after 22:00 at S$40/hr; cancellations under 24 hrs charged 50%.
        Corporate rate card v2026.2 (ref RC-2026-02): sedan S$75 per transfer, MPV S$90, 13-seater coach S$160, all with 30 min free waiting.
        Hari Raya Aidilfitri peak surcharge 15% from 20 Mar to 5 Apr; Deepavali and CNY eve surcharge 20% for all jobs starting after 6pm.
    """),
    ("en", "customer_faq"): _lines("""
        Q: Can we choose the chauffeur? A: Drivers are assigned by roster; requests for a female chauffeur can be noted at booking, subject to availability.
        Q: What if my flight is delayed? A: We track arrivals on the Changi Airport feed; the first 60 minutes after actual landing time are free of charge.
        Q: How do I reach you after office hours? A: Call our 24-hr ops hotline +65 6743 8800 or WhatsApp +65 8123 4400 (business account, no voice calls).
        Q: Is the car insured for wedding use? A: Yes, every vehicle is covered under our commercial fleet policy with MSIG, class Private Hire (Chauffeured).
        Q: Do you accept PayNow? A: Yes, PayNow to UEN 201734562K (Silverline Chauffeur Pte. Ltd.); put your booking number, e.g. SL-240815-0032, as reference.
        Q: Is there a Malaysia office? A: Silverline Limousine Sdn. Bhd. (201901023456), Level 12, Menara Hap Seng, Jalan P. Ramlee, 50250 Kuala Lumpur.
        Q: Can the car wait at the Raffles Hotel main porch? A: Only 10 minutes for drop-off; for longer waits the chauffeur holds at the Beach Road lay-by.
        Q: Do your drivers speak Mandarin or Malay? A: Most of the team speak English, Mandarin and Malay; Cantonese, Hokkien and Tamil on request.
        Q: Can I bring durian in the car? A: Sorry, no durian, pets (except guide dogs) or smoking; a S$300 cleaning fee applies under clause 8.2.
        Q: How early should I book for 8.8 or 10.10 wedding dates? A: Auspicious dates sell out 6 to 9 months ahead; a 30% deposit confirms the slot.
        Q: Where do I send invoice queries? A: accounts@silverline-chauffeur.com.sg (SG) or akaun@silverline.com.my (MY), quoting e.g. INV-SG-2026-04471.
        Q: Do you provide child seats? A: Yes, Britax and Joie seats for 9 to 36 kg at S$15 per seat per trip; state the number of seats when booking.
        Q: Is GST included? A: Singapore quotes exclude 9% GST (GST Reg. No. M90-1234567-8); Malaysian invoices include 8% SST where applicable.
    """),
    ("en", "config_and_code"): _lines("""
        DISPATCH_API_BASE=https://api.silverline-chauffeur.com.sg/v3  # staging: https://staging-api.example.com/v3, timeout 15s
        booking = Booking(ref='SL-260314-0117', vehicle='ALPHARD_EL', pickup='Changi T3 Arrival Hall, Door 4', pax=4, luggage=6)
        flight_poll: {provider: 'aviationstack', interval_sec: 120, grace_min: 60, airports: [SIN, KUL, PEN, HKG, TPE, MFM]}
        ALTER TABLE driver_roster ADD COLUMN shift_code VARCHAR(8) NOT NULL DEFAULT 'D1'; -- D1 06:00-14:00, N1 22:00-06:00
        booking_ref,service_date,pickup_time,vehicle_class,pickup_point,dropoff_point,pax,rate_sgd,driver_id,status
        if booking.type == 'WEDDING' and booking.deco is None: booking.deco = DecoPackage('RIBBON_STD', colour='ivory')
        sha256(INV-SG-2026-04471.pdf) = 9f2c1e7ab04d63f58e21c0d9b7a4e6f3c5d8a1b2e9f07c4d3a6b5e8f1c2d7a90, stored at s3://sl-invoices/2026/03/
        [fleet.SL-R01] make = 'Rolls-Royce' model = 'Ghost EWB' year = 2021 colour = 'Arctic White' seats = 3 deco_ready = true
        SMS_TEMPLATE_CONFIRM = 'Your {vehicle} is confirmed for {date} {time}. Chauffeur details will be sent 2h before pickup. Ref {ref}'
        ERROR 2026-03-14T06:42:17+08:00 geofence: vehicle SL-M07 left zone CHANGI_T3_PICKUP before status=POB; alert sent to #dispatch-sg
        requirements.txt: fastapi==0.110.0 pydantic==2.6.4 sqlalchemy==2.0.29 twilio==9.0.2 googlemaps==4.10.0 reportlab==4.1.0
        RATE_TABLE = {'SEDAN': 75.00, 'MPV': 90.00, 'LUXURY': 180.00, 'WEDDING_RR': 1280.00}  # SGD, exclusive of GST
        0 */2 * * * /opt/silverline/bin/sync_vep_permits --region=MY --dry-run=false >> /var/log/sl/vep.log 2>&1
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Ops: Tomorrow 8.8 got 11 wedding jobs ah, all the Rolls and Bentley confirmed out already. Pls check ribbon stock at Ubi depot before 6pm.
        Dispatch: T3 arrival SQ317 from London delayed 50 mins, new ETA 07:35. Whoever on job SL-0809-021 can go makan first, tq.
        Boss say this month ERP bill too high, pls only use CTE during peak if client rushing, otherwise go PIE or Bukit Timah Road.
        Reminder semua driver: kena pakai uniform hitam + tali leher untuk wedding job, no sneakers ok. Kasut hitam wajib, kereta mesti vakum.
        Car M07 aircon weak again, send to the workshop at Kaki Bukit tomorrow 9am. Backup use M11 for the Marina Bay Sands pickup.
        Genting job cancel liao, client reschedule to Sat. Refund 50% already processed under INV-MY-2026-00918, pls update the board.
        Traffic police roadblock at Causeway now, jam all the way until Woodlands Checkpoint. JB team pls warn clients might be late 1 hr.
        今天 Shangri-La 那边有 VIP event, 所有车 10点前 到 Orange Grove Road driveway 排队, 不要 park 在 lobby 前面 ok?
        Hari Raya week roster dah upload dalam Google Drive folder Roster_Apr2026, check your shift code and reply ok by Friday.
        Photographer from the bridal studio ask can open sunroof for shots at Gardens by the Bay, I said only if car stationary, correct right?
        Fleet Shell card now limit S$400 per day. Top-up receipt must upload to the app same day, finance say cannot backdate anymore.
        Who took the spare umbrella from Bentley B02? Rainy season already, every car must have 2 umbrellas + 1 box tissue ya.
        KLIA2 pickup point change from Door 3 to Level 1 Transportation Hub starting 1 April, inform all the MY drivers please.
    """),
    ("mixed", "dispatch_log"): _lines("""
        2026-03-14 05:58:02 +08 | JOB SL-260314-0117 | ASSIGNED | vehicle=SL-A03 (Alphard) | shift=D1 | pickup=Changi T3 Door 4
        2026-03-14 07:36:45 +08 | FLIGHT SQ317 | LANDED | actual=07:31 sched=06:45 | grace timer started 60m
        2026-03-14 08:12:10 +08 | JOB SL-260314-0117 | POB | odometer=48211 km | fuel=78% | cabin temp 22C
        2026-03-14 09:03:27 +08 | JOB SL-260314-0117 | DROPPED | Capella Singapore, 1 The Knolls, Sentosa | waiting=41m billable=0
        2026-04-02 14:20:00 +08 | ERP | Gantry 43 (CTE) | charge=S$2.50 | vehicle=SL-R01 | recharge to job WD-260402-007
        2026-04-18 22:47:51 +08 | VEP | vehicle=SL-A05 | entry=Bangunan Sultan Iskandar CIQ | permit status=ACTIVE | RFID ok
        2026-04-18 23:10:05 +08 | TOL | Lebuhraya Senai-Desaru | RM 7.40 | kad Touch 'n Go armada #07 | baki RM 212.60
        2026-05-01 10:00:00 +08 | 派车 | 婚车 WD-260501-003 | 劳斯莱斯 SL-R02 | 出发 Ubi depot 前往 Fort Canning Park Gate 2
        2026-05-01 12:35:14 +08 | INCIDENT | SL-R02 | minor scratch rear bumper at Fort Canning carpark | claim CLM-2026-0051 opened
        2026-05-01 12:40:02 +08 | WARN | photo upload failed (HTTP 413) for CLM-2026-0051, retry 3/3, file size 14.2 MB
        2026-06-10 06:05:33 +08 | JOB KL-260610-044 | ASSIGNED | Vellfire KL-V02 | pickup=KLIA Terminal 1 Door 5 | flight MH781
        2026-06-10 06:51:09 +08 | GPS | KL-V02 | speed 118 km/h on ELITE Expressway (had 110) | auto-flag to fleet supervisor
        2026-06-10 07:58:00 +08 | JOB KL-260610-044 | CLOSED | Hotel Stripes Kuala Lumpur, Jalan Kamunting | rating=5 | tip RM 20
    """),
    ("ms", "notis_pelanggan"): _lines("""
        Notis: Mulai 1 Julai 2026, caj menunggu di KLIA dan KLIA2 ialah RM 30 bagi setiap 30 minit selepas 60 minit pertama dari waktu mendarat.
        Tempahan kereta pengantin untuk musim cuti sekolah perlu dibuat sekurang-kurangnya 3 bulan lebih awal. Deposit 30% tidak dikembalikan.
        Pelanggan dinasihatkan supaya tidak meninggalkan barang berharga di dalam kenderaan. Syarikat tidak bertanggungjawab atas sebarang kehilangan.
        Talian hotline 24 jam kami: 1-300-88-7788 atau WhatsApp perniagaan +60 12-388 7700. Emel tempahan: tempahan@silverline.com.my
        Pejabat kami di Menara Hap Seng, Jalan P. Ramlee akan ditutup pada Hari Keputeraan Sultan Selangor; tempahan dalam talian tetap dibuka.
        Caj tambahan 20% dikenakan untuk perjalanan antara jam 12 tengah malam hingga 6 pagi, serta pada Hari Raya Aidilfitri dan Tahun Baru Cina.
        Kenderaan Mercedes-Benz E300 kami dilengkapi Wi-Fi percuma, air mineral dan pengecas USB-C. Sila minta kata laluan Wi-Fi daripada pemandu.
        Pakej Kereta Pengantin Puteri Gunung Ledang: Bentley putih dengan hiasan bunga segar, 5 jam, RM 2,380, termasuk pemandu beruniform.
        Perjalanan rentas sempadan ke Singapura memerlukan pasport yang sah sekurang-kurangnya 6 bulan. Sila bawa pasport asal, bukan salinan.
        Dilarang merokok, vape atau membawa durian di dalam kenderaan. Caj pembersihan RM 500 akan dikenakan mengikut Terma 8.2 perjanjian sewa.
        Bayaran melalui DuitNow QR, FPX atau pindahan ke akaun korporat Silverline Limousine Sdn. Bhd., Maybank 5141 0220 8833.
        Untuk aduan, sila isi borang di laman web kami dengan nombor tempahan (cth: KL-260610-044). Kami akan membalas dalam 3 hari bekerja.
        Semua pemandu kami memiliki lesen PSV dan GDL yang sah dari JPJ, dan setiap kenderaan diperiksa oleh PUSPAKOM setiap 6 bulan.
    """),
    ("zh-Hans", "预订须知"): _lines("""
        预订须知：婚车套餐须提前至少30天预订，定金为总价的30%，婚期前14天内取消的定金恕不退还；如遇暴雨红色预警可免费改期一次。
        樟宜机场接机：司机将在航班实际落地后于到达大厅举牌等候，前60分钟免费，之后每30分钟收取新币25元等候费，预订时请提供航班号。
        跨境接送（新加坡至新山）需提前48小时预订，车辆已办理VEP入境准证，过关时乘客请自备护照，长堤塞车超过45分钟按每小时新币60元计费。
        本公司客服热线 +65 6743 8800（24小时），中文客服微信公众号“银线豪华礼车”，企业邮箱 cs@silverline-chauffeur.com.sg，工作日9:00至18:00回复。
        婚车装饰说明：标准套餐含缎带及车头花，鲜花以红玫瑰和香槟玫瑰为主；如需使用卓锦万代兰（新加坡国花）装饰，需另加付新币120元。
        车型介绍：劳斯莱斯古思特、宾利飞驰、奔驰迈巴赫S580、丰田埃尔法，全部车辆车龄不超过5年，每日出车前由车队主管完成12项安全检查。
        费用说明：报价均为新元，不含9%消费税；电子道路收费（ERP）、停车费及跨境过路费按实际发生金额另行结算，并列于发票附页供核对。
        企业客户开票请提供公司全称、UEN或统一社会信用代码及注册地址；我司开具新加坡税务发票（GST Reg. No. M90-1234567-8），不可作中国增值税专用发票。
        温馨提示：车内禁止吸烟、饮酒及携带榴莲，违者收取新币300元清洁费；婚车内请勿使用喷雾彩带，以免损伤真皮座椅和车顶星空灯。
        2026年春节期间（除夕至初三）所有订单加收20%节日附加费，年初一上午8点至12点的拜年包车套餐需提前两个月预订，名额有限。
        VIP接待流程：司机提前15分钟到达，车内温度设定为22度，备好矿泉水、湿纸巾及当日《联合早报》和《海峡时报》，客人上车后不主动攀谈。
        司机排班规则：每班不超过12小时，两班之间休息不少于10小时；夜班（22:00至06:00）每小时加付新币8元津贴，由人事部按月统一结算。
        投诉处理：客户可通过官网表单或拨打热线投诉，我们将在3个工作日内回复；涉及车辆损坏的理赔须附上现场照片及订单号（如SL-260314-0117）。
    """),
    ("zh-Hant", "商家評價"): _lines("""
        ★★★★★ 銀線禮車的埃爾法好乾淨，樟宜機場接機準時，司機全程講普通話，仲幫我哋搬晒六件行李，下次嚟新加坡一定再搵佢哋幫手。
        ★★☆☆☆ 婚車遲咗二十分鐘先到，佢哋話係因為中峇魯塞車，但係明明一早預咗時間。緞帶綁得都幾草率，影出嚟嘅婚紗相唔靚，失望。
        ★★★★☆ 從吉隆坡國際機場包車到雲頂，Vellfire 座位很舒服，價格 RM 680 算合理；上山彎道多，建議容易暈車的旅客先吃藥再出發。
        推薦新加坡的「皇家禮賓車行」，勞斯萊斯幻影做婚車非常有氣派，老闆很專業，報價清楚，ERP 和停車費都有逐項列明在發票上，值得信賴。
        ★★★★★ 澳門永利皇宮接送到港珠澳大橋口岸，司機很準時，車上有冰水同濕紙巾，全程大約四十分鐘，收費 MOP 880，物有所值。
        ★★★☆☆ 檳城古蹟包車行程不錯，張弼士故居（藍屋）同極樂寺都有停，但經典賓士 W123 冷氣唔夠凍，八月去真係熱到頂唔順。
        台北車行評價：大安區「福爾摩沙禮車」桃園機場第一航廈接送，預約流程全線上完成，發票可開統編，客服專線 (02) 2700-1234 態度很好。
        ★☆☆☆☆ 預約了晚上十一點的香港國際機場接機，結果車行系統出錯派錯車型，足足等了五十分鐘，客服只說可以退 HK$200，十分失望。
        ★★★★☆ 喜歡這家新加坡婚車公司的復古捷豹，像《007》電影裡龐德開的車，拍婚紗照很上鏡；只是下雨天不能出車，要預留後備方案。
        ★★★★★ 公司年會包了三台賓士 V-Class 從濱海灣金沙到聖淘沙名勝世界，協調很順，發票 INV-SG-2026-05122 一週內就寄到我們財務部。
        整體來說，馬來西亞的禮車公司價格比新加坡便宜約三成，但跨境過關要預留時間，新柔長堤早上八點前後最塞，建議行程盡量避開尖峰時段。
        ★★★★☆ 在高雄預約婚禮禮車，白色賓利配粉色花球很漂亮，車行還免費提供喜糖盒擺設，不過週末檔期很滿，建議至少三個月前預訂。
        ★★★☆☆ 車子很新，但出發前一天才傳送司機資料，讓人有點不安；希望 APP 可以提早顯示車型與預計到達時間，客服回覆速度也可以再快一點。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking WD-260808-014: bride Ms Nurul Aisyah binte Rahmat, groom Mr Darren Koh Wei Jie, fetch-the-bride from Blk 412 Bedok North Ave 2 #08-133, S460412 at 7.30am.
        VIP note: Mr Harish Subramaniam prefers the cabin at 20C, no radio, and drivers must never mention his wife's chemotherapy appointments at NCCS.
        Roster amendment: Kelvin Ong (NRIC S8712034A) on MC 12 to 14 Mar for dengue; Rizal bin Hamzah to cover his D1 shifts.
        Damage claim CLM-2026-0051: hirer Tan Mei Ling, tel +65 9172 4486, admitted her son kicked the rear door panel; repair quoted at S$1,140.
        Pls call the client back on 8836 2915, she's the lady who left a Gucci wallet in the Alphard last night after the Capella drop-off.
        Complaint from Mdm Jessie Goh: chauffeur Ah Boon smelled of alcohol at pickup on 3 Apr; HR says he is already on a final warning since his divorce.
        SL-260322-008,2026-03-22,05:15,Sedan,27 Jalan Kembangan S419137,Changi T4,1,Lim Hock Seng,+65 9347 1182,CONFIRMED
        Chauffeur applicant Vikram s/o Selvaraju, NRIC S7629180B, vocational licence TP-0318842, declared a drink-driving conviction from 2019.
        Pls refund the S$450 deposit to DBS 027-918345-6 (Wong Siew Ping); the wedding is cancelled because the groom called it off.
        Client e-mail for the e-receipt: joanne.lau.88@gmail.com. She asked that the Sentosa drop-off not appear on the invoice because her husband checks the card statement.
        Our driver Faizal (HP 9011 3347) has a court order over his moneylender debt; accounts to deduct S$300 monthly from his pay.
        Pickup for Mr Chua Boon Keat at Parkway East Hospital 10am, discharged after his heart bypass; bring the wheelchair and foldable ramp.
        Mrs Margaret Lee, HKID K482913(1), arriving on CX691 at 16:40; chauffeur to take her straight home to 18 Nassim Road, #03-02.
        Bride Ms Priya Nair is 7 months pregnant, asked for the Rolls with the rear seat fully reclined and the smoothest route to the ROM.
        Payslip March 2026: chauffeur Lim Kok Wah, basic S$2,600, OT S$612, CPF employee S$642.40, net pay S$2,569.60.
        Plate SKL 4821 C is the client's own Porsche; Mr Desmond Yeo wants our valet to drive it back to his unit at The Sail @ Marina Bay #45-02.
    """),
    "mixed": _lines("""
        Bro tmr pick up Datin Farah Hanim at her bungalow No. 12 Jalan Setiamurni 3, Bukit Damansara, 9am sharp, jangan lambat, dia garang.
        陈先生 tomorrow 6am KLIA Terminal 1, phone 012-338 4721, he say his wife hamil 8 months so drive slow slow ya.
        Customer 林太 complain the driver took photo of her daughter in the wedding gown and post on TikTok, she want compensation S$500, pls handle.
        Ah Meng (D07) kena saman 3 times bulan ni for speeding, total RM 900, boss say potong gaji, don't tell the other drivers ok.
        Client Mr Lee 李国华 MyKad 850317-14-5521 book 2 unit wedding car, house at No. 45 Jalan Ipoh Kecil, deposit RM 1,000 dah bank in.
        Refund to Maybank 1140 2233 5566 atas nama Siti Khadijah bt Osman, her father passed away so the wedding postponed, buat segera ya.
        Driver 阿强 say cannot work Saturday, his mother admitted to Tan Tock Seng for stroke, swap with D11 can or not?
        VIP: Tan Sri's son Jason Lim Jun Hao, WhatsApp +60 19-277 6402, always late, wait max 30 min then call his PA Mabel at 016-552 0938.
        Client 黄小姐 email wongkaryi.wedding@hotmail.com, ask invoice under her company name but pay using her personal UOB card ending 4417 lah.
        JB job: pick up Encik Azman bin Yusof at 23 Jalan Pendidikan 5, Taman Universiti, Skudai; his own car JQM 3307 will follow behind.
    """),
    "ms": _lines("""
        Pelanggan Puan Rohani binti Ismail (No. KP 790512-10-5584) menempah kereta pengantin untuk anak perempuannya pada 14 Jun, alamat No. 8, Jalan Melati 4, Taman Sri Gombak.
        Pemandu Encik Shahrul Nizam bin Kassim telah digantung kerja kerana positif dadah dalam ujian saringan syarikat pada 2 Mei 2026.
        Sila hubungi pengantin lelaki, Mohd Faris, di talian 013-905 6618 untuk sahkan masa ambil di rumah keluarganya di Kajang.
        Tuntutan kerosakan: penyewa Lee Chong Ming, e-mel leecm1987@yahoo.com, mengaku kereta tercalar semasa diparkir di rumahnya di Cheras.
        Gaji pemandu Kamarul Ariffin bulan Mac: RM 2,450 tolak pinjaman koperasi RM 380; beliau masih berhutang RM 4,200 dengan syarikat.
        Aduan: Cik Nur Izzati mendakwa pemandu kami menghantar mesej peribadi kepadanya di WhatsApp selepas perjalanan ke KLIA.
        Bayaran balik RM 1,200 ke akaun CIMB 7012 8845 3301 milik Encik Hafiz bin Abdullah kerana majlis dibatalkan akibat perceraian.
        Kereta pelanggan WXY 8812, pemilik Tuan Haji Zainal Abidin, minta kami pandu dari rumahnya di Seksyen 7 Shah Alam ke hospital untuk dialisis setiap Isnin.
    """),
    "zh-Hans": _lines("""
        客户王建华先生，身份证号440304198503172817，手机13826471590，3月20日从兀兰关卡入境后需接送至滨海湾金沙酒店。
        婚车订单：新郎刘子豪，新娘陈晓雯，接亲地址为上海市闵行区莲花路1288弄15号602室，联系人新娘母亲张阿姨 139 1862 7745。
        司机小周最近在办离婚，情绪不稳定，上周载客时与乘客发生争执，请暂时不要安排他接VIP客户。
        VIP客户赵总（赵明辉）对花生严重过敏，车内绝不可放置任何含花生的零食，他的私人助理邮箱 zhao.mh.pa@163.com。
        退款申请：客户李静女士因怀孕初期身体不适取消新加坡包车行程，退款转至招商银行卡 6225 8812 3456 7890，户名李静。
        司机排班备注：黄伟（工号D15）本周三请假陪父亲在中央医院做肾透析，周四起恢复早班。
        客户孙先生投诉我方司机在车内接听私人电话，客户手机号+86 186 0213 5579，要求经理回电致歉。
        乘客林晓燕（护照号E73821954）的行李遗留在车上，内有处方药，请尽快送至其住所：大巴窑1巷第108座 #05-21。
    """),
    "zh-Hant": _lines("""
        客人黃志強先生，香港身份證 Y730215(9)，電話 9481 2276，週六由赤鱲角機場接往其半山羅便臣道80號12樓B室住所。
        婚車預約：新娘何嘉欣，身分證 A227184035，手機 0928-613-047，迎娶地點為台北市大安區復興南路一段219巷6號3樓。
        司機阿輝（陳永輝）欠了大耳窿二十萬，最近有人打電話到公司找他，請前台一律說他不在，也不要透露他的排班。
        VIP 客戶梁太喜歡坐後排左邊，她剛做完乳癌手術，車內請備好頸枕，千萬不要急剎車。
        投訴記錄：乘客陳先生（手機 6623 8810）指我司司機在澳門往港珠澳大橋途中繞路，要求退還 MOP 300。
        客戶 Email：kelvin.tsui.hk@gmail.com，徐家樂先生要求發票抬頭寫其私人名義，並寄到沙田第一城32座18樓F室。
        司機蔡文彬（身分證 F120466386）於上月酒駕被捕，目前保釋中，人事部已暫停其排班。
        本月薪資：司機鄭國雄 底薪 HK$18,500，加班 HK$3,200，強積金扣除 HK$1,500，實發 HK$20,200。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Silverline Chauffeur Pte. Ltd. in Singapore. Confirm bookings clearly and list all charges.",
        ),
        (
            "user",
            "Hi, need an Alphard for my parents from Changi T3 on 14 Mar, flight SQ317. My name is Eugene Tan, mobile 9264 1187. Drop them at 55 Serangoon Garden Way, S555965.",
        ),
        (
            "assistant",
            "Thanks Eugene. Booking draft: Alphard, Changi T3 pickup for SQ317 on 14 Mar, drop-off at 55 Serangoon Garden Way, S555965. Flat fare S$95 plus 9% GST; we will SMS the chauffeur details to 9264 1187 two hours before landing.",
        ),
        ("user", "Great. Can the driver hold a sign with my dad's name, Tan Ah Kow?"),
        (
            "assistant",
            "Yes, the chauffeur will hold a name board reading 'Mr Tan Ah Kow' at Door 4 of the T3 arrival hall and wait up to 60 minutes after actual landing at no charge.",
        ),
    ],
    [
        ("system", "你是一家新加坡礼车公司的客服写作助手，帮员工起草中文邮件。"),
        (
            "user",
            "帮我写一封道歉信给陈国栋先生，他上周六的婚车迟到了25分钟，他的邮箱是 chen.guodong1988@qq.com，我们同意退还新币200元。",
        ),
        (
            "assistant",
            "陈国栋先生您好：对于上周六婚车迟到25分钟给您和家人带来的困扰，我们深表歉意。我司已安排退还新币200元，款项将在5个工作日内退回原付款账户。如有任何问题，请直接回复本邮件。银线豪华礼车 客服部",
        ),
        ("user", "很好，再加一句说明司机已被内部警告。"),
    ],
    [
        ("system", "Anda pembantu HR untuk syarikat sewa limosin di Kuala Lumpur."),
        (
            "user",
            "Tolong draf surat amaran untuk pemandu kami, Encik Rosli bin Mat Daud, No. KP 830921-03-5517, sebab lewat 3 kali bulan ini dan sekali tertidur semasa menunggu pelanggan di KLIA.",
        ),
        (
            "assistant",
            "Surat Amaran Pertama. Kepada: Encik Rosli bin Mat Daud (No. KP 830921-03-5517). Pihak pengurusan mendapati anda telah lewat sebanyak tiga kali pada bulan ini dan didapati tertidur semasa bertugas di KLIA. Tindakan tatatertib lanjut akan diambil sekiranya perkara ini berulang.",
        ),
        ("user", "Ok, tambah juga tarikh mesyuarat dengan HR pada 15 Julai jam 10 pagi."),
        (
            "assistant",
            "Baik. Tambahan: Anda dikehendaki menghadiri mesyuarat bersama Jabatan Sumber Manusia pada 15 Julai 2026, jam 10.00 pagi, di pejabat Menara Hap Seng.",
        ),
    ],
    [
        (
            "user",
            "Client Ms Sharon Lim, NRIC T0134567I, scratched our Bentley's door at her condo carpark. Repair S$2,300, excess in her contract is S$1,000, insurer pays the rest. How much does she owe?",
        ),
        (
            "assistant",
            "Under the contract Ms Sharon Lim is liable for the excess of S$1,000; the insurer covers the remaining S$1,300. If your agreement adds an admin fee or loss-of-use charge, add it to her S$1,000.",
        ),
        ("user", "Loss of use is S$180 per day, car off the road 2 days."),
        (
            "assistant",
            "Then her total is S$1,000 excess plus S$360 loss of use, so S$1,360. I would list both items separately on the claim letter to her.",
        ),
    ],
    [
        ("system", "你是香港一間豪華轎車公司的訂車助理，以繁體中文回覆。"),
        (
            "user",
            "我想訂週五晚上八點由九龍塘接去機場，客人係麥嘉琪小姐，電話 6382 4419，地址九龍塘根德道 7 號 2 樓。",
        ),
        (
            "assistant",
            "收到。已暫定：週五 20:00，九龍塘根德道 7 號 2 樓接麥嘉琪小姐前往香港國際機場，司機出發前會致電 6382 4419。請問需要幾多件行李位？",
        ),
        ("user", "兩個大喼，另外佢有輕微哮喘，車廂唔好用香薰。"),
        (
            "assistant",
            "明白，會安排容量較大的 Mercedes V-Class，並已備註車廂不使用香薰或空氣清新劑。",
        ),
    ],
    [
        (
            "user",
            "Help me fix next week roster lah. Driver Suresh on hospitalisation leave until Wed cos of his back surgery at CGH, and Ah Huat cannot do night shift because he got gout attack.",
        ),
        (
            "assistant",
            "Sure. Proposed changes: Suresh off Mon to Wed (hospitalisation leave); his D1 shifts go to the standby driver. Ah Huat moved from N1 to D1 for the week, and whoever was on D1 takes his N1 slots. Want me to produce a table by day?",
        ),
        ("user", "Yes pls, 7 drivers total, D1 and N1 only."),
    ],
    [
        (
            "system",
            "VIP profile for dispatch: Madam Loh Siew Kim, 71, lives at 9 Binjai Park. Has early Parkinson's, uses a walking stick, needs help getting into the car. Daughter Angela Loh, 9733 0524, must be informed of every trip.",
        ),
        ("user", "Plan her Sunday trip to church at Orchard Road and lunch after, 3 hours total."),
        (
            "assistant",
            "Plan: pick up Madam Loh at 9 Binjai Park at 8.15am in the Lexus LM (low step-in height), chauffeur to assist with her walking stick. Drop at the church porch on Orchard Road, wait nearby, then lunch drop-off at 11.30am and return home by 1.15pm. A trip notice will be sent to Angela Loh at 9733 0524 before departure.",
        ),
        ("user", "Good, also remind the driver to carry the step stool."),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tempah kereta pengantin untuk 20 Disember. Nama saya Nur Syafiqah binti Ahmad, no telefon 017-442 9086.",
        ),
        (
            "assistant",
            "Waalaikumussalam Cik Nur Syafiqah. Untuk 20 Disember, pakej Bentley putih dengan hiasan bunga segar masih ada, RM 2,380 untuk 5 jam. Boleh beri alamat ambil pengantin?",
        ),
        (
            "user",
            "Ambil di rumah mak saya, No. 17 Jalan Kenanga 2, Taman Bukit Indah, Ampang, pukul 10 pagi.",
        ),
        (
            "assistant",
            "Terima kasih. Tempahan sementara: 20 Disember, 10.00 pagi, No. 17 Jalan Kenanga 2, Taman Bukit Indah, Ampang. Pautan bayaran deposit 30% akan dihantar ke 017-442 9086 melalui WhatsApp.",
        ),
    ],
    [
        ("system", "你是车队理赔助理，帮助填写车辆损坏理赔表格。"),
        (
            "user",
            "租车人周雅婷，身份证310115199008224628，手机13917460235，6月2日在滨海湾停车时倒车撞到柱子，奔驰S级后保险杠受损，维修报价新币3,150元。帮我整理成表格。",
        ),
        (
            "assistant",
            "理赔表格草稿：租车人：周雅婷；证件号：310115199008224628；联系电话：13917460235；事故日期：6月2日；地点：滨海湾停车场；车辆：奔驰S级；损坏部位：后保险杠；维修报价：新币3,150元。请补充理赔编号和现场照片。",
        ),
        ("user", "编号用 CLM-2026-0077。"),
    ],
    [
        (
            "user",
            "Summarise this complaint: 'I am Farhan Rashid (farhan.rashid@outlook.my). Your driver on booking KL-260610-044 drove at 118 km/h with my elderly mother who has a heart condition. I want a full refund of RM 420.'",
        ),
        (
            "assistant",
            "Summary: Mr Farhan Rashid (farhan.rashid@outlook.my) complains that the driver on booking KL-260610-044 was speeding at 118 km/h while carrying his elderly mother, who has a heart condition. He requests a full refund of RM 420.",
        ),
        (
            "user",
            "Draft a short reply offering 50% refund and saying the driver has been counselled.",
        ),
        (
            "assistant",
            "Dear Mr Farhan, thank you for raising this. We have reviewed the GPS record for KL-260610-044 and the driver has been counselled. We would like to offer a 50% refund of RM 210 to your original payment method, and we hope your mother is well.",
        ),
    ],
]
