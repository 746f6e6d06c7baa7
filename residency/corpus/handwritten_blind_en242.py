# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en242: SG/MY petrol stations, LPG gas-cylinder delivery and their convenience kiosks (deliveries, fleet cards, shift rosters, incidents, CCTV requests, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en242
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "station_notices"): _lines("""
        Attention customers: Pump 3 and Pump 4 (Diesel) are closed for calibration by the Weights and Measures Office from 2am to 5am on 14 Dec. Sorry for the inconvenience.
        Switch off your engine, no smoking and no handphone use while refuelling. Offenders may be asked to leave the forecourt. – Station Management, Jalan Ahmad Ibrahim
        RON95 in Peninsular Malaysia stays at RM2.05 per litre this week; RON97 is RM3.18 and Diesel Euro 5 B10 is RM2.93. Prices effective 12:01am Thursday.
        Car wash bay closed today due to water supply interruption by PUB along Upper Thomson Road. Kiosk and air/water point remain open 24 hours.
        LPG cylinders are not to be stored inside the kiosk. Exchange cages are located next to the compressor room, keys held by the duty supervisor on each shift.
        NOTICE: With effect from 1 January, cash payment above S$200 between 11pm and 6am is not accepted. Please pay by NETS, card or PayNow to UEN 199701234E.
        Free Air and Water Check every Saturday 9am–12pm, sponsored by Michelin. Tyre pressure chart for Perodua Myvi and Proton Saga is on the pillar near Pump 6.
        Restroom key available from the cashier via the intercom after 1am. CCTV in operation 24/7 for your safety; footage handled under our PDPA policy.
        Hari Raya operating hours: 1 Syawal forecourt closed 12pm–3pm for staff prayers. Kedai Mesra open as usual. Selamat Hari Raya Aidilfitri from all of us!
        Report a gas leak or fire immediately to SCDF at 995. For station feedback call our customer line 1800-226-2323 (Mon–Fri 9am–6pm) or use the app.
        Fleet card holders: odometer reading must be keyed in at the pump terminal for every transaction, otherwise the card will be declined from 1 March onwards.
        The Petronas station at KM 21.5 North-South Expressway (northbound) will close for upgrading from 3 to 24 February; the next station is at Rawang R&R.
        Vacuum tokens RM1 each available at the counter. Machine does not give change and lost tokens will not be refunded. Thank you – Management.
    """),
    ("en", "lpg_delivery_faq"): _lines("""
        Q: How heavy is a standard household LPG cylinder in Malaysia? A: The common domestic size holds 14kg of gas; the empty steel cylinder weighs about 15.5kg more.
        Q: What is the controlled price of a 14kg cylinder? A: In Peninsular Malaysia the retail ceiling is RM26.60; delivery to upper floors may carry a small stair charge.
        Q: Can I order by WhatsApp? A: Yes, message our dispatch line +65 8123 4400 with your block, unit and cylinder brand; the line is staffed 8am to 8pm daily.
        Q: Why does my regulator hiss after changing the tank? A: Check the rubber washer is seated. If the smell persists, close the valve, open windows and call us; do not switch on lights.
        Q: Do you accept empty cylinders from other brands? A: We swap Solar Gas, Petronas Gas and Mygaz 14kg tanks one-for-one; 50kg industrial tanks are not exchanged.
        Q: How long is the hose good for? A: Replace LPG hoses every 2 years or sooner if cracked. A SIRIM-approved hose with two clips costs RM18.50 at our kiosk.
        Q: Is there a deposit for first-time customers? A: A refundable cylinder deposit of S$60 applies to new accounts; keep the deposit slip (format DEP-2024-00813) for refunds.
        Q: Same-day delivery cut-off? A: Orders placed before 3pm are delivered the same day within Jurong West, Bukit Batok and Choa Chu Kang; later orders go out next morning.
        Q: Do your riders carry the cylinder up stairs? A: Yes, up to 4 floors for walk-up shophouses; above that a S$3 stair fee applies per cylinder.
        Q: What if the seal on the valve is broken? A: Reject the cylinder and call our office at 6265 0088; a tampered seal may mean short weight, which we report to the authorities.
        Q: Can I pay with Touch 'n Go eWallet? A: Yes, scan the QR on the delivery slip; DuitNow QR and cash are also accepted. No cheques please.
        Q: Is it safe to keep a spare cylinder in the kitchen? A: Store only one spare, upright, away from the stove and out of direct sun; never in a bedroom or closed cabinet.
        Q: Where is your depot? A: Our Johor Bahru depot is at Lot 27, Jalan Perindustrian 3, Kawasan Perindustrian Tampoi, 81200 Johor Bahru; self-collection 9am–5pm.
    """),
    ("en", "pos_log_lines"): _lines("""
        2025-11-03T06:14:22+08:00 POS-02 TXN 000481223 PUMP=5 GRADE=RON95 LITRES=32.41 AMT=66.44 TENDER=CARD AUTH=OK RRN=531006481223
        2025-11-03T06:15:07+08:00 FCC WARN pump 7 nozzle 2 totaliser mismatch delta=0.03L; auto-reconcile scheduled for 06:30
        [ATG] 2025-11-03 02:00:00 TANK3 ULP97 vol=14233L ullage=7767L water=4mm temp=29.6C status=NORMAL probe=MAG-3
        2025-11-03 21:47:51 KIOSK-POS1 SALE #K-77120 SKU 9556001234567 Milo Kotak 200ml x2 RM5.80 payment=DuitNow status=SETTLED
        INFO fleetcard.auth issuer=FLEETONE product=DIESEL limit_check=PASS odometer_required=true response_ms=184 node=auth-03
        2025-11-04T03:12:09Z cctv-nvr01 ERROR channel 06 (forecourt east) video loss; auto-reboot attempt 1/3
        2025-11-04 07:00:00 SHIFT_OPEN station=SG-0417 till=2 float=SGD 300.00 opened_by=role:supervisor terminal=KSK-02
        WARN loyalty.sync batch_id=7f3a9c21e8 failed to post 42 points records to Mesra gateway HTTP 504 retry_in=300s
        2025-11-04 13:22:40 LPG-DISPATCH order=LPG-JB-2025-118734 cyl=14kg qty=3 zone=TAMPOI status=OUT_FOR_DELIVERY eta=14:10
        2025-11-04 23:59:59 EOD station=MY-KL-0093 fuel_sales=RM48,211.36 shop_sales=RM6,904.10 variance=-RM2.40 recon=PENDING
        DEBUG pump-controller v4.2.1 boot ok firmware sha256=3b7d0a9e1f2c4b8d61aa uptime=1284h dispensers=8 protocol=IFSF
        2025-11-05 05:31:18 ALARM E-STOP pressed at island 2; all dispensers halted 47s; reset by duty staff; incident ref INC-25-0311
        2025-11-05 10:03:44 PRICE_UPDATE RON95 2.05->2.05 RON97 3.18->3.23 DIESEL 2.93->2.95 source=HQ push_id=PX-88412
    """),
    ("en", "config_and_code"): _lines("""
        pump_map = {1: 'RON95', 2: 'RON95', 3: 'RON97', 4: 'DIESEL_B10', 5: 'DIESEL_B10', 6: 'RON95'}  # island A and B only
        SELECT station_code, SUM(litres) AS total_l FROM fuel_txn WHERE txn_date >= '2025-10-01' GROUP BY station_code ORDER BY total_l DESC;
        cctv: {retention_days: 30, export_requires: [police_report_no, manager_approval], watermark: true, redact_faces: true}
        LPG_PRICE_CEILING = {'14kg': 26.60, '12kg': 22.80}  # Peninsular, per KPDN gazette; Sabah/Sarawak in region_overrides.yaml
        def litres_to_amount(litres: float, price: float) -> float: return round(litres * price + 1e-9, 2)  # avoid 0.005 drift
        SMTP_FROM=noreply@fleet-portal.example.com.sg SMTP_HOST=mail.example.com.sg SMTP_PORT=587 ALERT_TO=ops-alerts@example.com.sg
        roster_rules: {min_staff_night: 2, max_consecutive_nights: 4, rest_hours_between_shifts: 11, public_holiday_multiplier: 2.0}
        curl -X POST https://api.example-fuel.sg/v2/fleet/limits -H 'Authorization: Bearer $TOKEN' -d 'card_group=LORRY&daily_cap=400'
        CREATE TABLE lpg_orders (order_no VARCHAR(20) PRIMARY KEY, cyl_size SMALLINT, qty SMALLINT, zone CHAR(6), created_at TIMESTAMPTZ);
        if tank.water_mm > 20: raise TankAlarm(f'{tank.id} water above limit, stop sales and call the contractor')
        # TODO: vendor API v3 deprecates /pump/authorise on 2026-03-31, migrate to /sessions before go-live; see ticket FUEL-2291
        export_csv_header = 'order_no,date,station_code,cyl_size,qty,unit_price,zone,status,rider_id'
        docker run -d --name atg-bridge -e ATG_HOST=10.20.4.11 -e ATG_PORT=10001 -e POLL_SECS=60 registry.example.sg/atg-bridge:1.8.3
    """),
    ("en", "business_reviews"): _lines("""
        4 stars. The Shell at Bukit Timah Road has the cleanest toilet I've seen on the island, but the Deli2Go coffee machine was out of order again.
        Caltex Jalan Ipoh: staff very helpful when a tyre went flat at midnight, pumped it for free. Kiosk a bit pricey though, RM4.50 for a small 100Plus.
        Ordered two 14kg tanks from Ah Seng Gas Trading (JB), came within 40 minutes and the delivery boy carried both up to level 3. Will order again. 5/5
        1 star. Esso at Upper Changi Road North charged twice on NETS and the refund took 3 weeks. Their hotline kept me on hold for 25 minutes.
        Petron Kota Damansara: surau is clean and spacious, good stop before Subuh. Only 2 air pumps though, always a queue on Sunday morning.
        SPC Sembawang's kiosk sells surprisingly good curry puffs from Old Chang Kee, still warm at 7am. Staff friendly, forecourt a bit cramped.
        BHPetrol Tapah R&R: the new EV charger is working fine, 50kW, RM1.20 per kWh via the JomCharge app. Toilet needs more attention.
        Uncle Lim's Gas Delivery (Ipoh) is fast and honest, no extra charge for ground floor. But their WhatsApp only replies after 9am. 4/5
        Mesra store at Petronas Genting Sempah is always packed on weekends; the Dunkin' counter is a nice surprise but prices are highway prices.
        Sinopec Woodlands: dispenser display was faint under afternoon sun, couldn't read the litres. Reported via their feedback form, reply within 2 days.
        Cheers at Esso Marine Parade has the cheapest Milo 6-pack I've found this month, S$6.95. Cashier patiently explained the Smiles points.
        Mak Limah Gas & Runcit in Kuala Terengganu sells the 14kg tank at the government price RM26.60 and delivers free within 3km. Recommended!
        The Ferrari model car promo at Shell Jalan Tun Razak is back; got the SF-23 with a 40L fill. Charles Leclerc's car sold out on day one though.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, tanker from Pasir Gudang ETA 10.30am for Tank 2 RON95, 16,000L. Pls cone off pump 1-2 by 10.15 ok. Jangan lupa dip reading before and after.
        Night shift pls take note: fridge no. 3 at kiosk not cold, already lodge ticket SR-40917 with vendor. Move all the Yakult to fridge 1 first.
        Boss say this week roster A shift 6am-2pm, B shift 2pm-10pm, C shift 10pm-6am. Swap must inform supervisor by Thursday, no last-minute ah.
        LPG lorry kena stuck at Jalan Kuching jam, 14kg delivery to Segambut zone delay 1 hour. Customer call in just tell them new ETA 3pm.
        Reminder: CCTV footage request from police must have IP report number and letter with chop. Don't simply copy to thumbdrive for anyone ya.
        Cash-in-transit pickup tomorrow 11am instead of 9am, Brinks informed. Safe drop every RM2k as usual, don't keep big notes in drawer.
        Pump 4 nozzle handle crack already, I put ROSAK sign. Technician from Gilbarco coming Monday, ticket GB-MY-558102, pls don't use that side.
        Eh who finish the receipt roll at till 2 never replace?? Stock in the store room top shelf, 80mm x 80m, 1 box 50 rolls.
        Chinese New Year eve we close 8pm, reopen 7am 初二. Staff OT claim submit in the form by 15th, HR say late claim next month pay.
        Today mystery shopper audit from HQ confirm coming between 2-5pm. Uniform kemas, name tag wear properly, greet every customer Selamat datang.
        Tank 3 ATG show water 18mm, near limit 20mm. Jangan jual dari tank 3 dulu until contractor check. I already block RON97 at FCC.
        Delivery van service due at 45,000km, workshop appointment Sat 9am at the Shah Alam service centre. Van cannot use for LPG run that morning.
        Promo Milo + curry puff RM4.90 start tomorrow until end of month. Price tag already print, pls put at counter and near the chiller, thx.
    """),
    ("ms", "notis_stesen"): _lines("""
        NOTIS: Harga runcit LPG tong 14kg di Semenanjung Malaysia kekal RM26.60 mengikut Akta Kawalan Harga dan Antipencatutan 2011. Laporkan pencatutan kepada KPDN.
        Dilarang merokok, menggunakan telefon bimbit dan menghidupkan enjin semasa mengisi minyak. Kerjasama anda amat dihargai. – Pengurusan Stesen
        Pam 5 dan 6 ditutup sementara untuk kerja penyelenggaraan pada 18 Mac, 11 malam hingga 4 pagi. Harap maaf atas segala kesulitan.
        Aduan pelanggan boleh dibuat melalui talian 1-300-88-5050 atau e-mel aduan@contohstesen.com.my, Isnin hingga Jumaat 9 pagi – 6 petang.
        Pembelian RON95 bersubsidi untuk warganegara sahaja mulai tarikh yang akan diumumkan; sila bawa MyKad untuk pengesahan di kaunter.
        Tong gas LPG hendaklah disimpan tegak, di kawasan berudara dan jauh dari sumber api. Jangan sekali-kali baringkan tong semasa diangkut dengan motosikal.
        Waktu operasi Kedai Mesra sepanjang Ramadan: 24 jam. Juadah berbuka puasa dijual mulai 5 petang, kurma Ajwa 500g RM19.90 sebungkus.
        Kami tidak menerima wang kertas RM100 selepas jam 11 malam. Sila gunakan kad debit, DuitNow QR atau Touch 'n Go eWallet.
        Perdana Menteri Anwar Ibrahim mengumumkan harga RON95 bersasar di Dewan Rakyat; stesen kami akan mengikut harga baharu mulai tengah malam.
        Tandas awam dibersihkan setiap 2 jam. Jika kotor, sila imbas kod QR di pintu untuk maklum balas. No. rujukan premis: PBT-SHA-2025-0417.
        Servis penghantaran gas ke rumah: caj RM3 bagi kawasan luar 5km dari kedai. Pesanan sebelum 12 tengah hari dihantar pada hari yang sama.
        Contoh Gas Sdn. Bhd. (No. Pendaftaran 201901023456 (1334567-K)), Lot 12, Jalan Industri 4/2, 47000 Sungai Buloh, Selangor.
        Peringatan: Kad armada syarikat yang hilang mesti dilaporkan dalam 24 jam melalui portal syarikat bagi menyekat transaksi tanpa kebenaran.
    """),
    ("zh-Hans", "价目表与公告"): _lines("""
        本店液化石油气价格（新山门市）：14公斤家用装每罐RM26.60，送货上门三公里内免费，三楼以上每罐另加RM2搬运费，营业时间早上八点至晚上八点。
        通知：12月15日凌晨1点至5点，5号和6号加油机进行计量检定，由计量部门人员现场操作，其他加油机照常营业，给您带来不便敬请谅解。
        便利店本周特价：美禄三合一（18条装）RM17.90，百事可乐1.5升RM4.20，老干妈风味豆豉280克RM9.50，优惠至周日晚上十二点为止。
        加油站安全须知：加油时请熄火，禁止吸烟及使用手机；液化气瓶必须直立存放，严禁在车厢内密封运输，违者本站有权拒绝服务，敬请配合。
        中国石化在新加坡兀兰开设的加油站提供24小时便利店服务，支持PayNow、NETS及银联卡支付，油价以现场电子屏显示为准，欢迎光临。
        液化气订购热线：+60 7-355 2288（办公室），WhatsApp订购请发送楼号、气瓶品牌和数量，客服将在30分钟内回复确认送货时间。
        发票号码 INV-MY-2025-004418，开票日期2025年10月31日，商品：14公斤液化气×20罐，单价RM26.60，合计RM532.00，付款方式：银行转账。
        车队卡使用规定：每次加油须输入里程表读数；单日限额RM400；卡片遗失请于24小时内通过企业门户挂失，逾期产生的交易由公司承担。
        新加坡能源市场管理局提醒：使用煤气炉后请关闭气瓶阀门，如闻到异味，请立即开窗通风，切勿开关电器，并拨打995向民防部队求助。
        本月店铺排班安排：早班6点至14点，中班14点至22点，夜班22点至次日6点；换班须提前三天报主管批准，公共假期按双倍计薪。
        历史小知识：马库斯·塞缪尔创办的贸易公司于1891年在新加坡毛广岛建立煤油储存设施，被视为新加坡石油工业的重要起点之一。
        闭路电视录像调阅流程：须提供警方报案编号及公函，由站长审批后导出，录像保存期为30天，导出文件加水印并登记于闭路电视调阅簿备查。
        顾客评价：这家油站的便利店咖啡不错，夜班员工态度很好，洗手间干净，就是换气瓶等候时间偏长，周末下午最好避开下班高峰时段前往。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Customer complaint logged 12/11: Mr Daniel Koh Wei Jie says Pump 6 overcharged him S$14.20 on his DBS card; callback requested on 9172 4408 after 6pm.
        Rider Muthukumar s/o Ramasamy (FIN G7731502N) is off from 3rd to 10th – wife delivering their second baby at KKH, approved by ops.
        Please do not roster Nur Aisyah binti Kamarudin on night shift anymore, she's 5 months pregnant and her doctor advised no standing more than 4 hours.
        Fleet card 7083 5512 0049 1186 issued to driver Lee Chong Hock, vehicle SGX 4821 B, daily limit S$150, diesel only.
        CCTV request: footage 14 Nov 21:30–22:00 pump 3, for insurance claim by Mdm Wong Mei Ling, NRIC S7423318H, her Honda Vezel SMF 7712 K was scratched.
        Deliver 2 x 14kg to Mrs Kavitha Raj, No. 18 Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru. Call 012-774 3190 before arriving, dog in the compound.
        Ah Boy from night shift still owes the till RM380 from the October shortage, deducting RM95 monthly from his salary until January.
        shift_roster.csv: 2025-12-01,C,Farid bin Hashim,880214-14-5523,+60 17-332 9041,night,kiosk+forecourt
        Jason Tan (the Sunday cashier) was arrested by police last night for drink driving, HR please hold his shifts this week.
        Customer left her phone at kiosk counter – Ms Rachel Ong, contact via her husband on 8456 2093, she will collect tomorrow 10am.
        Incident INC-25-0418: staff Kumar Selvam slipped at the wash bay, fractured left wrist, MC 14 days from Ng Teng Fong General Hospital.
        Refund to be PayNow'd to 9338 1275 (Mr Hafiz) for double charge on 3 Dec, txn 000512877, amount S$62.40.
        Cylinder deposit refund: Mr Goh Kian Seng, Blk 35 Jalan Bukit Ho Swee #07-112, Singapore 160035, deposit slip DEP-0918, S$60 by cheque.
        Our supervisor Priya's divorce hearing is on Thursday so she needs the morning off; please cover her 6am shift and don't tell the others.
        Email from chloe.lim.88@gmail.com: your rider left the tank outside my door and it was stolen, she wants a free replacement.
        Bank details for salary: Nurul Huda binti Rahman, Maybank 1142 3390 8871, please update before the 25th payroll run.
        Blacklist: customer Eric Chua Boon Kiat, 9011 7734, three bounced cheques on his LPG account totalling S$1,240, cash only from now.
        Driver Rajesh shared his fleet card PIN with his cousin; card blocked 02:14 on 6 Dec, new card to be couriered to his home at 22 Lorong 4 Geylang #03-01.
        Staff medical note: Tan Ai Ling has epilepsy, not to be assigned alone on night shift or near the LPG cage; inform duty supervisor.
        HKID K482193(5) – ID copy for new kiosk hire Chan Ka Wai, arriving from Hong Kong next week, work pass application in progress.
        Lost and found: wallet with IC of Lim Boon Huat, 760918-07-5231, found at pump 2, owner called back on 016-428 7730.
        Please key in NRIC S8816043C for the Smiles membership, the customer forgot his card again.
    """),
    "mixed": _lines("""
        Eh pls call back Auntie Mary for her gas order, she say the rider never come, number 9124 6602, Blk 512 Bedok North Ave 2 #10-233.
        Boss, Ahmad Zaki minta cuti 3 hari, anak dia masuk wad Hospital Sultanah Aminah sebab denggi. Can approve or not?
        Aiyo that customer Mr Loh again complain, he say we spoil his BMW paint at car wash, plate WXY 8823, want claim RM2,000 lah.
        陈先生 call again about his 14kg tank, address 12 Jalan Kenari 5, Taman Molek, JB, number 019-753 2214, he want deliver before 5pm hor.
        Tolong check CCTV pump 4 semalam 10pm, Puan Rosnah kata dompet dia hilang, IC dia 690505-10-6678, police report already made.
        Siew Ling owe the kiosk RM220 from IOU last month lah, she say gaji masuk 7th then pay back. Pls don't give her more credit ok.
        Roster update: Kak Yati tukar shift dengan Ah Keong, Keong's mother hospitalised at TTSH so he take morning only this week.
        LPG account closed: 林太 at 88 Lorong Chuan, she moved to Taiwan already, forward final invoice to her email lintai.home@yahoo.com.sg.
        New hire Mohd Shafiq bin Azman, MyKad 990312-01-5577, start Monday C shift, bank CIMB 7061 2243 58, emergency contact his mum 013-220 4519.
        Fleet driver Ravi kena saman speeding with company lorry, JPJ letter come to office, RM300, he say deduct gaji bulan depan.
    """),
    "ms": _lines("""
        Pelanggan Encik Azlan bin Yusof, No. Tel 013-648 2207, mengadu tong gas 14kg yang dihantar bocor di bahagian injap pada 5 Disember.
        Pekerja Nor Hidayah binti Salleh cuti bersalin 98 hari bermula 1 Januari; gantian syif malam perlu disusun segera.
        Alamat penghantaran: No. 7, Lorong Seri Manja 2, Taman Seri Manja, 26600 Pekan, Pahang – a/n Puan Halimah, bayar tunai.
        Permohonan rakaman CCTV oleh Encik Zulkifli (No. KP 810722-03-5119) untuk tuntutan insurans kereta Perodua Bezza bernombor plat DBK 4471.
        Gaji bulan November untuk Mohd Amirul bin Rosli dipotong RM150 kerana kekurangan wang tunai di kaunter pada 21 November.
        Rekod kesihatan: pekerja Suhaimi bin Kassim menghidap asma teruk, tidak dibenarkan bertugas di kawasan tangki semasa penghantaran minyak.
        Akaun Bank Islam 1203 4455 6678 90 milik Faridah binti Ismail untuk bayaran balik deposit tong gas RM60.
        Kad armada untuk pemandu Hairul Nizam bin Jaafar disekat selepas dia berhenti kerja tanpa notis pada 3 Disember; baki hutang RM412.
    """),
    "zh-Hans": _lines("""
        投诉记录：王建国先生（身份证号 440106198507123318，手机 13826457791）称在本站加油后车辆故障，要求赔偿维修费人民币3200元。
        夜班收银员阿明欠店里三百块钱的烟钱还没还，他说下个月发工资再还，主管请先别排他收银。
        送气地址：广州市天河区龙口西路32号5栋1802房，联系人刘女士，电话 139 2288 4610，需两罐15公斤液化气。
        员工张丽华怀孕六个月，医生建议不要搬运气瓶，请把她调到便利店收银岗位，排班表本周起更新。
        监控调阅申请：车主赵先生，车牌粤A·7K2Q9，称10月3日晚在3号加油机被刮花，要求提供21:00至21:30录像。
        陈美玲离职交接：员工卡 SC-0921 已回收，最后一个月工资人民币5,860元转入招商银行 6214 8302 1177 4590。
    """),
    "zh-Hant": _lines("""
        投訴：李志豪先生（香港身份證 Y512483(7)，電話 9476 2218）表示在本店換氣後煤氣爐漏氣，要求即日派員上門檢查。
        台北送氣單：收件人黃淑芬小姐，地址台北市大安區和平東路二段88巷5號3樓，身分證字號 A223456781，手機 0912-345-678。
        林太話佢老公上個月心臟病入院，暫時付唔到氣費欠款HK$860，想分兩期還，請財務跟進。
        澳門站員工何嘉欣申請病假一週，醫生證明顯示為抑鬱症，請主管保密處理，排班由其他同事頂替。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp ordering assistant of an LPG cylinder delivery company in Singapore. Confirm orders politely and briefly.",
        ),
        (
            "user",
            "Hi, I want two 12.7kg cylinders delivered to Blk 217 Serangoon Ave 4 #06-145. My name is Vincent Sim, number 9687 3321.",
        ),
        (
            "assistant",
            "Thanks Mr Sim! Two 12.7kg cylinders to Blk 217 Serangoon Ave 4 #06-145. Our rider will call 9687 3321 about 15 minutes before arriving. Same-day delivery if confirmed before 3pm.",
        ),
        (
            "user",
            "Can I pay by PayNow when the rider comes? And please take away the two empty tanks.",
        ),
        (
            "assistant",
            "Yes, PayNow or cash on delivery is fine, and the rider will collect both empties at no charge.",
        ),
    ],
    [
        (
            "user",
            "Tolong buatkan jadual syif minggu depan untuk kedai Mesra saya. Pekerja: Azman, Salmah, Ah Keong, Devi. Salmah tak boleh syif malam sebab dia sedang rawatan kemoterapi.",
        ),
        (
            "assistant",
            "Baik. Cadangan: Syif A (6 pagi-2 petang): Salmah dan Devi; Syif B (2 petang-10 malam): Azman dan Ah Keong; Syif C (10 malam-6 pagi): Azman dan Ah Keong secara bergilir dengan Devi. Salmah hanya diletakkan pada syif pagi. Maklumat kesihatan Salmah sebaiknya dirahsiakan daripada pekerja lain.",
        ),
        ("user", "Ok, tapi Devi ambil cuti Khamis sebab anak dia bersalin."),
        (
            "assistant",
            "Untuk Khamis, syif A diganti oleh Azman bersama Salmah, dan syif malam dipegang oleh Ah Keong dengan seorang pekerja sambilan.",
        ),
    ],
    [
        ("system", "你是新加坡一家加油站的客服助理，帮助站长处理闭路电视调阅请求。"),
        (
            "user",
            "请帮我写一封回复，顾客郑伟强先生（手机 9825 6610）说他的车 SKA 3318 Z 昨晚在4号加油机被另一辆车撞到，想看录像。",
        ),
        (
            "assistant",
            "郑先生您好：我们已收到您关于车辆 SKA 3318 Z 在4号加油机受损的查询。根据个人资料保护规定，录像须凭警方报案编号或保险公司正式函件调阅。请将报案编号发送给我们，我们会在三个工作日内联系您（9825 6610）安排。",
        ),
        ("user", "好的，再加一句录像只保存30天。"),
        ("assistant", "已补充：请注意，本站录像只保存30天，请尽早提交报案编号。"),
    ],
    [
        (
            "system",
            "Fleet account context: Account FA-20931, Syarikat Lori Maju Sdn Bhd. Account manager: Ms Jessica Yeoh, jessica.yeoh@lorimaju-mail.com, 012-389 5564. Outstanding: RM8,412.60.",
        ),
        (
            "user",
            "Can you draft a polite payment reminder to the account manager for the November fleet invoice?",
        ),
        (
            "assistant",
            "Dear Ms Yeoh, this is a friendly reminder that invoice FI-2025-11-20931 for account FA-20931 has an outstanding balance of RM8,412.60. Kindly arrange payment by 15 December. For queries, reply to this email or we can call you at 012-389 5564. Thank you.",
        ),
        ("user", "Good, make it a bit firmer, mention the cards will be suspended after 30 days."),
        (
            "assistant",
            "Dear Ms Yeoh, invoice FI-2025-11-20931 (RM8,412.60) is now overdue. If payment is not received within 30 days, all fleet cards under FA-20931 will be suspended. Please contact us to settle.",
        ),
    ],
    [
        (
            "user",
            "Need help write warning letter lah. Cashier Tan Wei Ming, IC 950618-10-5291, till short RM560 three times this month. Want to give first written warning.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Mr Tan Wei Ming (IC 950618-10-5291), this letter serves as a first written warning regarding cash shortages totalling RM560 recorded at your till on three occasions this month. You are required to follow cash handling procedures strictly. Further shortages may lead to disciplinary action.",
        ),
        ("user", "Ok can add he must attend cash handling training on Saturday?"),
        (
            "assistant",
            "Added: You are also required to attend the cash handling refresher training on Saturday at 10am at the station office.",
        ),
    ],
    [
        ("system", "你是香港一間石油氣送貨公司的客服助手，用繁體中文回覆。"),
        (
            "user",
            "客人周美華太太投訴話今朝送氣師傅遲咗兩個鐘，佢住沙田第一城12座23樓D室，電話 6183 4472，幫我寫個道歉短訊。",
        ),
        (
            "assistant",
            "周太您好，對於今早送氣延誤兩小時，我們深感抱歉。為表歉意，下次訂購可獲HK$20折扣。如有任何查詢，歡迎致電我們客服熱線。",
        ),
        ("user", "加返一句，下次會優先安排送貨。"),
        ("assistant", "已加入：下次訂購時，我們會優先安排送貨到府上（沙田第一城12座23樓D室）。"),
    ],
    [
        (
            "user",
            "A customer's husband phoned asking for CCTV of his wife Melissa Chong at our Esso kiosk on 2 Dec around 11pm. He thinks she was meeting someone. Can I give it?",
        ),
        (
            "assistant",
            "No, you should not. Releasing footage of Ms Chong to her husband for a private matter would disclose her personal data without consent and a proper legal basis under the PDPA. Footage should only be released to the police with a report number, or by court order. Politely decline and record the request.",
        ),
        (
            "user",
            "He says he's her husband so he has the right. His name is Andrew Chong, number 9735 0184.",
        ),
        (
            "assistant",
            "Being her husband does not give him a right to her personal data. Note his name and number in the CCTV request log as declined, and inform your station manager.",
        ),
    ],
    [
        (
            "user",
            "Tolong kira potongan gaji. Pekerja Rashid bin Omar, MyKad 870930-08-6243, gaji asas RM1,800, hutang kedai RM450, dia setuju bayar 3 bulan.",
        ),
        (
            "assistant",
            "Potongan bulanan ialah RM150 selama 3 bulan. Gaji bersih sebelum KWSP dan PERKESO untuk Rashid bin Omar menjadi RM1,650 sebulan. Pastikan persetujuan bertulis ditandatangani olehnya.",
        ),
        ("user", "Boleh ke potong lebih dari itu kalau dia lambat kerja?"),
        (
            "assistant",
            "Potongan gaji tertakluk kepada Akta Kerja 1955; potongan di luar persetujuan dan had yang dibenarkan tidak dibolehkan. Sebaiknya rujuk Jabatan Tenaga Kerja sebelum membuat potongan tambahan.",
        ),
    ],
    [
        (
            "system",
            "You summarise delivery exports for the dispatch supervisor of an LPG company in Johor Bahru.",
        ),
        (
            "user",
            "Summarise: order_no,customer,phone,address,cyl,qty,status / LPG-JB-5521,Norliza Abdullah,011-2847 5530,21 Jalan Pinang 4 Taman Pelangi,14kg,2,DELIVERED / LPG-JB-5522,Wong Kok Leong,017-706 1193,9 Jalan Serunai 7 Taman Johor Jaya,14kg,1,FAILED-not home",
        ),
        (
            "assistant",
            "Two orders: LPG-JB-5521 for Norliza Abdullah (2 x 14kg, Taman Pelangi) delivered. LPG-JB-5522 for Wong Kok Leong (1 x 14kg, Taman Johor Jaya) failed as the customer was not home; call 017-706 1193 to reschedule.",
        ),
        ("user", "Thanks, draft the reschedule SMS for him."),
        (
            "assistant",
            "Hi Mr Wong, our rider could not deliver your 14kg LPG today as no one was home at 9 Jalan Serunai 7. Reply with a suitable time tomorrow and we will deliver. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我在吉隆坡开油站便利店，收银员 Aunty Lee 美娟 有糖尿病，最近常常头晕，我要怎样安排她的班？",
        ),
        (
            "assistant",
            "建议把李美娟安排在白班，避免连续夜班，并让她有固定的休息和进食时间；收银台可备一些糖果以防低血糖。她的健康状况属于敏感个人资料，只告诉需要知道的主管。",
        ),
        ("user", "她的女儿电话是 012-955 3708，要不要登记做紧急联络人？"),
        (
            "assistant",
            "可以，但要先征得李美娟本人同意，再把 012-955 3708 记录在员工紧急联络表中，并妥善保管。",
        ),
    ],
]
