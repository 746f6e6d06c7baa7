# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en309: SG/MY bicycle shops, e-scooter and PMD dealers and repairers (PMD registrations, UL2272 certificates, accident claims, LTA fines, battery fires, rentals, mechanics' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en309
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notices"): _lines("""
        NOTICE: From 1 Jan our Tampines outlet at 201 Tampines St 21 #01-1137 closes at 8pm on weekdays. Battery charging service stops at 7pm sharp.
        All e-scooters brought in for repair must show the LTA registration mark and the UL2272 label. No label, no service, sorry ah.
        WhatsApp bookings only: +65 8123 4470 (Kim Seng Cycle & PMD, service desk). Calls not answered during lunch 1pm-2pm.
        Uncle Bob's Bike Garage is moving! Last day at 58 Lorong 23 Geylang is 28 Feb; new shop at 3 Soon Lee Street #02-15 from 4 March.
        For safety reasons we do not store customers' batteries overnight. Batteries left after closing go into the fireproof cabinet at owner's risk.
        Trade-in drive: bring your non-certified e-scooter to any Ah Seng Cycles branch before 30 June and get S$150 off a UL2272 model. Disposal by NEA-licensed collector.
        Customers collecting repaired bikes: please bring the job card (JC-24-08817 format) or the SMS reference. We cannot release items without it.
        Public holiday hours (Hari Raya Puasa): 10am-4pm. Rental counter at East Coast Park Service Road, Area E, remains open until 7pm.
        Helmet fitting free with every PAB purchase. All PABs sold here carry the EN 15194 seal and come with LTA registration done on the spot.
        Lost & found: one black Brompton C Line left at our Joo Chiat shop on 14 Nov. Owner please call the shop at 6344 9120 with proof of purchase.
        Email service.sg@velocityworks.com.sg for warranty claims. Include invoice no. (e.g. INV-SG-2024-00381), frame serial and photos of the fault.
        Parking of PMDs along the shop corridor is prohibited by the Town Council. Please use the bicycle racks at the void deck of Block 201, thank you.
        Speed limiter removal is illegal. We will NOT tune any PMD or PAB above 25 km/h, so please don't ask our mechanics, even for a good price.
    """),
    ("en", "regulations_and_news"): _lines("""
        From 5 November 2019, e-scooters were banned from footpaths in Singapore, as announced by then Senior Minister of State for Transport Lam Pin Min.
        Under the Active Mobility Act, riding an e-scooter on a footpath can lead to a fine of up to S$2,000 and/or jail of up to 3 months for a first offence.
        Since 1 July 2020, only e-scooters certified to the UL2272 fire safety standard may be used on public paths in Singapore.
        PMD device criteria in Singapore: maximum unladen weight 20 kg, maximum width 700 mm, maximum motor-assisted speed 25 km/h.
        Speed limits: 10 km/h on footpaths for bicycles and personal mobility aids, 25 km/h on shared paths and cycling paths, per LTA guidelines.
        Malaysia's 2021 order under the Road Transport Act 1987 bars e-scooters, hoverboards and electric unicycles from public roads; JPJ enforces it.
        E-scooter and PAB riders need to pass the LTA theory test before using cycling paths; the test can be taken online and costs nothing.
        SCDF recorded 102 fires involving PMDs in 2019, up from 74 in 2018, and urged owners not to charge batteries overnight or near exits.
        LTA has announced periodic inspections for registered e-scooters to catch illegal modifications such as tampered speed limiters.
        The Active Mobility Advisory Panel, chaired by Associate Professor Faishal Ibrahim, reviewed footpath rules and the UL2272 deadline in 2019.
        Historical note: Karl Drais rode his Laufmaschine in Mannheim in 1817; John Kemp Starley's Rover of 1885 set the pattern of the modern safety bicycle.
        Giant Manufacturing was founded in Taichung in 1972 by King Liu, who famously cycled around Taiwan at the age of 73 to promote cycling.
        Retailers who advertise non-compliant motorised PMDs for use on public paths in Singapore risk heavy fines under the Active Mobility Act.
    """),
    ("en", "product_listings"): _lines("""
        Segway-Ninebot KickScooter F2 Pro | UL2272 certified | 25 km/h limited | SKU SNB-F2P-SG | S$899 | 12-month warranty, 6 months on battery
        Brompton C Line Explore Mid, 6-speed, Racing Green, S$3,150. Stock code BR-CLE-M6-RG. Collection at our Bukit Timah shop only.
        Dahon Mariner D8 folding bike, 20-inch wheels, 8-speed Shimano, 12.2 kg. SKU DH-MAR-D8-BLK, S$1,099, free fitting and first service.
        Fiido D11 PAB with EN 15194 seal, 250 W rear hub, removable 11.6 Ah battery, LTA registration included. S$1,480 nett.
        Refurbished Xiaomi Mi Electric Scooter 3, UL2272, battery health 92%, new tyres. Grade A. S$420. Listing #RF-2024-0553.
        Kaabo Mantis 10 (export model) - NOT for use on public paths in SG. For private track or overseas shipping only. Ask for quote.
        Polygon Heist X5 hybrid, size M (rider 170-180 cm), hydraulic discs. Shop-serviced trade-in, chain replaced. RM1,650, Johor Bahru branch.
        Replacement battery 36V 10.4Ah, Samsung cells, for Mi 1S / Essential, UL2271 tested. Part no. BT-36104-MI. Installation S$60 extra.
        Tern Vektron Q9 e-bike, Bosch Active Line Plus, 400 Wh, S$5,890. Display unit, 2 demo rides only. Frame serial shown on request.
        Inner tube 8.5x2 for Xiaomi, Schrader valve, pack of 2, S$14.90. Ships in 1-2 working days via Ninja Van, tracking provided.
        Mobot FlexiMax 12 (compliant PMD, 15.8 kg). Bundled: lock, phone mount, 1 year battery warranty. Now S$699 (U.P. S$799).
        Rental: Marin Fairfax 1 hybrid, S$12/hour, S$45/day at East Coast Park. Photo ID or S$100 cash deposit required per bike.
        Pinarello Dogma F frameset, size 53, Xolar Grey. Special order, 6-8 weeks from Treviso. 30% deposit. Ref PO-2411-PIN-07.
    """),
    ("en", "system_logs_and_config"): _lines("""
        2024-11-18T09:14:07+08:00 INFO pos.checkout order=SO-88213 store=TPN01 items=3 total=SGD 1,247.00 payment=NETS status=OK
        2024-11-18T21:02:55+08:00 WARN charger.bay3 temp_c=58.4 threshold=55 action=cutoff device_tag=BAY3-CHG-07
        job_card_id,opened_at,device_model,fault_code,labour_hours,parts_total_sgd,status,assigned_bay
        JC-24-09112,2024-11-19 10:20,Ninebot Max G30,ERR-21 BMS comm,1.5,138.00,WAITING_PARTS,BAY2
        lta_api: base_url=https://api.example-pmd.sg/v2 timeout_s=15 retry=3 cert_check=UL2272 region=ap-southeast-1
        [build] fleet-tracker v3.8.2 (commit 9f3c2ab71e) deployed to prod-sg-2; scooters online: 1,842; offline: 57
        ERROR rental.unlock scooter_id=SG-ESC-04417 geofence=PUNGGOL_WATERWAY code=OUTSIDE_ZONE latency_ms=412
        INV-MY-2024-00931 | Syarikat Basikal Jaya Sdn Bhd (202001012345) | Service 10 units Brompton | RM 1,850.00 | SST 8% | Net 30 days
        config.yaml: max_speed_kmh: 25  max_weight_kg: 20  max_width_mm: 700  require_ul2272: true  pab_standard: EN15194
        sha256(firmware_G30_1.7.13.bin) = 4e1b0c9d2f7a6e38b5c1d0aa92f74e61c3b8d5e2f0a9174b6c2d8e3f1a5b7c90
        SELECT device_sku, COUNT(*) FROM repairs WHERE fault = 'battery_swelling' AND created_at >= '2024-01-01' GROUP BY device_sku;
        Tracking SPXSG04418827731 | 2 cartons | 14.2 kg | Shenzhen warehouse to Kim Seng Cycle, 23 Kaki Bukit Road 4 | ETA 22/11
        cron: 0 2 * * * /opt/shop/bin/export_sales --outlet=ALL --format=csv --dest=s3://shop-reports/daily/
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for Hup Leong Cycle at Jalan Besar. They trued my wheel in 20 minutes and only charged S$15, very honest shop.
        Went to Uncle Bob's Bike Garage for a brake bleed, staff very patient, explained everything. Parking a bit tough near Soon Lee.
        Avoid this shop. Quoted S$80 for a puncture on the phone, then charged S$140 at collection. Management never replied to my email.
        The Mobot service centre at Ubi was efficient - battery health report printed out, UL2272 sticker checked, done in an hour.
        Love the coffee bar inside the bike shop at Joo Chiat! Flat white S$6, bike wash S$10, and the Sunday group ride leaves at 7am.
        Ordered a Tern from them in March, arrived only in July. Good bike, but communication was terrible. 3/5, would not order again.
        Kedai Basikal Pak Din in Kota Bharu still fixes old Raleigh frames like nobody else. Cheap, fast and the kopi is free.
        Best rental experience at Pasir Ris Park: clean bikes, helmets for kids, and they let us return at the Loyang side for free.
        Sold me a non-UL scooter in 2019 and refused the trade-in scheme later. Not recommended unless you like being cheated.
        Reply from the owner: Thank you for your feedback, we have retrained our counter staff on the warranty policy. Please visit us again.
        Quick fix for my Brompton hinge creak, the mechanic knew exactly what to do. Prices are listed on the wall, no surprises.
        Penang e-bike tour from a shop on Armenian Street was great - mural stops, decent Giant bikes, and the guide knew the history well.
        Rated 4.6 on Google with 1,203 reviews. Open daily 10:30am-8:30pm, closed on the first Monday of every month.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Eh boss, the G30 from this morning siap already. Just need test ride before 5pm handover, can anot?
        Bay 3 charger again kena overheat, I cut off already. Don't anyhow plug the 48V pack there until technician check ok.
        Supplier say the 10-inch tyres stock habis, next shipment 25 Nov. Tell customers take the CST ones first lah.
        今天 Tampines outlet very busy, 12 job cards open. Can send one mechanic from Ubi over after lunch anot?
        Reminder semua: swollen battery NO CHARGING, put inside the sand bin and log in the battery register. SCDF inspection next week.
        Brompton hinge clamp part no. QMBR-HC order 5 pcs already, PO-2411-088. Ada problem with the invoice, accounts will check.
        LTA officers came this morning check our PAB stock, all got seal. 好险 the two old ones we already send back to supplier.
        Who took the torque wrench from station 2? Pls return, tomorrow got 8 wheel builds for the club order.
        Closing shift: lock the battery cabinet, switch off all chargers, CCTV check, then WhatsApp photo of the shutter in this group.
        The brake squeal complaint came back again. Tolong check the pads, kalau glazed just replace FOC, boss approved.
        Rental fleet count: 46 bikes, 3 under repair, 1 missing lock. Weekend booking 已经 full until Sunday 3pm.
        New price list effective 1 Dec, labour S$35/hr, puncture S$18, brake bleed S$45. Print and paste at counter pls.
        Anyone know fault code E-14 on the Fiido? Manual says throttle sensor but I suspect the connector loose only.
    """),
    ("ms", "soalan_lazim"): _lines("""
        Adakah skuter elektrik dibenarkan di jalan raya? Tidak. Di Malaysia, skuter elektrik dilarang di jalan awam di bawah Akta Pengangkutan Jalan 1987.
        Berapa lama masa untuk servis basikal biasa? Servis asas mengambil masa 1-2 jam; servis penuh termasuk overhaul mungkin 2 hari bekerja.
        Bolehkah saya cas bateri skuter di kedai? Boleh, caj RM5 setiap sesi dan bateri mesti diambil sebelum kedai tutup pukul 8 malam.
        Apakah maksud sijil UL2272? Ia ialah piawaian keselamatan elektrik dan kebakaran untuk peranti mobiliti peribadi, termasuk bateri dan pengecas.
        Bagaimana hendak membuat tuntutan waranti? Sila e-mel ke waranti@basikaljaya.com.my dengan nombor invois dan gambar kerosakan.
        Adakah kedai dibuka pada hari Jumaat? Ya, 10 pagi hingga 12.30 tengah hari, tutup untuk solat Jumaat, dan dibuka semula 2.30 petang.
        Di mana lokasi kedai kami? No. 18, Jalan SS 2/24, Petaling Jaya, 47300 Selangor, bersebelahan kedai makan di tingkat bawah.
        Adakah basikal sewa disediakan di Putrajaya? Ya, sewa RM10 sejam di Taman Botani, helmet percuma, deposit RM50 dipulangkan semula.
        Bolehkah bayar secara ansuran? Boleh, melalui Atome atau kad kredit bank terpilih, 0% sehingga 12 bulan untuk pembelian melebihi RM1,000.
        Apa perlu dibuat jika bateri mula berasap? Jauhkan diri, jangan siram air jika ada percikan elektrik, dan hubungi Bomba di talian 994.
        Talian khidmat pelanggan: 03-7865 4321 (Isnin-Sabtu, 9 pagi-6 petang) atau WhatsApp perniagaan +60 12-345 8890.
        Nombor pendaftaran syarikat kami ialah 202001012345 (1356789-K). Semua invois dikeluarkan dengan nombor SST W10-2001-32000123.
        Berapa jarak maksimum sekali cas? Bergantung pada model; contohnya Segway Ninebot Max G2 boleh mencapai sehingga 70 km dalam keadaan ideal.
    """),
    ("zh-Hans", "维修价目表"): _lines("""
        维修价目表（2024年12月起）：补胎 18新元，更换内胎 25新元（含工），刹车调校 15新元，整车保养 68新元，以上价格均已含消费税。
        电动滑板车电池检测：免费初检；如需拆箱检测另收 30新元。电池鼓包一律不予充电，须按新加坡民防部队（SCDF）指引处理。
        Brompton 折叠车全车保养套餐：包括铰链清洁、链条上油、变速调整与刹车检查，收费 120新元，约需两个工作日完成。
        助力自行车（PAB）限速检查及重新登记代办：服务费 50新元，陆路交通管理局（LTA）相关费用另计，须携带原车购买发票。
        租车价格：普通城市车每小时 8新元，双人车每小时 20新元，电动助力车每小时 15新元；押金 100新元，还车时全数退还。
        配件价格：Shimano 105 链条 45新元，Schwalbe Marathon 外胎 58新元，Kenda 10寸真空胎 32新元，小米原装充电器 49新元。
        上门取车服务：东部地区（淡滨尼、巴西立、勿洛）收费 20新元，其他地区 35新元，单次订单满 200新元免收取车费，需提前一天预约。
        UL2272 认证咨询（仅限经销商）：协助整理产品测试报告与标签照片，每款型号收费 300新元，不包括第三方实验室的检测费用。
        旧车回收：不符合规定的电动滑板车可免费回收，由国家环境局（NEA）认可的电子废料回收商统一处理，不收取任何费用，电池须另行包装。
        凤凰、飞鸽等老牌国产自行车修复：更换轴承 40新元起，重新电镀另议，部分零件需从上海或天津订购，一般约三周到货，订货须先付五成订金。
        公司信息：金成自行车有限公司，统一实体编号（UEN）201912345K，地址：加基武吉4路23号，营业时间每日上午10时至晚上8时。
        所有价格以新元计算，仅适用于新加坡两间门市；马来西亚新山分店价格以令吉计价，请参阅另一张价目表或致电门市热线 6744 2180 查询。
        电动滑板车年度检查套餐：检查控制器、刹车、灯光及限速功能，并出具书面检查报告，收费 55新元；非 UL2272 认证车型恕不受理。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job card JC-24-09231: customer Tan Wei Ling, mobile 9127 4486, Ninebot G30 not charging, deposit S$50 paid by PayNow.
        Rental agreement signed by Muhammad Hafiz bin Rosli, NRIC S8234517E, bike #R-17, returned 2 hours late, rear derailleur damage S$65.
        Hi, this is Priya, my husband Karthik's PAB was seized by LTA last week, he's been unemployed since August and we can't pay the S$1,000 fine.
        Accident claim AC-2411-0087: claimant Goh Siew Hwa, 54, fractured left wrist after an e-scooter hit her at Bedok North Ave 3, MC 14 days from CGH.
        Notice of offence for riding on a footpath issued to Daryl Ong Jun Jie, NRIC T0412876H, composition sum S$300, e-scooter reg mark ES 4471 K.
        Pls call back re battery swap, 8736 2219, anytime after 6pm, he said the one from last month already swell.
        Customer asked us to send the warranty invoice to jeremy.koh.1987@gmail.com instead of his company address.
        Delivery to Blk 418 Bedok North Ave 2 #09-117, Singapore 460418, recipient Mdm Rosnah, leave at door if no answer.
        Uncle Ah Kow from Block 22, the one who always brings the old Raleigh, had a stroke last month; his daughter says cancel his service booking.
        Staff note: Siti's salary advance S$800 approved, deduct S$200 a month from Dec to Mar. Don't tell the others.
        C-10457,Chua Meng Hui,S7719043J,9456 1123,meng.hui.chua@outlook.com,Blk 605 Yishun St 61 #04-233,PAB,EN15194-SG-0032418
        FIN G5583120W, Nguyen Van Thanh, food delivery rider, PMD confiscated after a fire at his rented flat in Woodlands, landlord claiming S$4,200.
        Refund by bank transfer: DBS 027-845612-3, account name Rachel Seah Hui Min, amount S$389.00, reason double charged at counter.
        Photo attached: front of Mr Balakrishnan Pillai's IC and his GrabFood rider card, for the scooter trade-in form. Pls delete after submission.
        Our mechanic Azlan Shah bin Karim is going through a divorce and needs afternoons off for hearings at the Syariah Court this month.
        Ms Jolene Teo (HP 9012 7765) says her son Ethan, 11, was hit by a PMD rider at Punggol Waterway and is still warded at KKH.
        Outstanding: Mr Ravi s/o Subramaniam owes S$1,260 for two e-scooters on instalment, 4 months missed, last payment 12 Jul.
        2024-11-20T18:03:11+08:00 INFO rental.start user_id=U88213 name='Kelvin Lau Jun Hao' phone=+6591834472 bike=R-22 deposit=NRIC
        Insured: Farah Nadia binte Ismail, DOB 03/05/1996, NRIC S9011478F, policy PMD-INS-55120784, incident 2 Nov at Sengkang West Ave.
        Car SMT 4821 K opened door into a cyclist outside our shop on 15 Nov at 6.40pm, our CCTV got the footage, driver refused to give details.
        Hi bro this is Jason Ng from the Saturday ride, my new number is 8120 5567, old one lost together with my phone at Changi.
        Mrs Lee from Block 7 Telok Blangah Crescent is 5 months pregnant, her gynae told her stop riding, she wants to swap her e-scooter for a tricycle.
        Sean Lim Kah Wai was arrested at Jurong West on 9 Nov for riding a modified e-scooter at 60 km/h; our shop sold him the unit in 2021.
        PMD ownership transfer: seller Aaron Yeo Chin Hock to buyer Kumar Rajan, FIN F2276514X, reg mark FN 2281 H, transfer fee S$10 paid.
        Warranty card - Name: Nurul Aisyah, Tel: 8891 3340, Email: nurul.aisyah93@yahoo.com, Model: Fiido D11, Serial: FD11-2308-44172.
        The customer who threatened our technician Marcus Chia found his home address at Compassvale Walk; police report filed, ref E/20241115/3321.
        Ryan, the tall one from Clementi, still owes us S$420 for the Dualtron controller, keeps saying his pay comes in next week.
        Rental waiver: Mr Hamid Osman has type 2 diabetes with a foot ulcer and cannot ride the PAB for 3 months, memo signed by the polyclinic doctor.
        Incident report IR-0112 | 17/11/2024 21:40 | Rider: Chen Jia Hui, 23, NUS student | NRIC T0231958B | 8245 9917 | Burns on right hand from battery fire while charging at home, Blk 120 Serangoon North Ave 1 #06-212 | Unregistered, no UL2272
        PayNow for the deposit came from 9672 4418 under the name TEO H*** Q***, please match it to the Bukit Panjang rental booking.
    """),
    "mixed": _lines("""
        Boss, 那个陈先生 call again about his scooter, his number 9188 3025, he say battery kena fire at home and his wife very angry.
        Tolong inform Encik Roslan the bike siap already, his HP 012-738 4459, and he still owe RM350 for the last service ah.
        阿明 from Hougang say he cannot come collect, his mother in hospital for dialysis, asked us keep the bike until next month.
        Customer MyKad 900512-14-5567, nama Lee Chong Seng, beli e-bike ansuran 12 bulan, 3 bulan tak bayar, nak hantar surat tuntutan.
        林太 WhatsApp this morning, say her son fell from the rental bike at Pasir Ris, 缝了六针, she want us pay the clinic bill S$180.
        Kak Yati punya anak, Danish, 14 years old, kena tangkap ride e-scooter atas jalan raya Shah Alam, scooter disita JPJ.
        Pls update record: Mdm Koh 许美玲, new address Blk 258 Jurong East St 24 #11-305, phone 9033 2871, prefer Mandarin.
    """),
    "ms": _lines("""
        Pelanggan En. Zulkifli bin Hassan, No. KP 850923-10-5231, tinggal di No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, hantar skuter untuk servis.
        Puan Norhayati minta bayaran balik RM1,200 kerana suaminya baru meninggal dunia dan dia tidak mampu teruskan ansuran basikal elektrik.
        Nombor akaun Maybank 1642 8830 7712 atas nama Mohd Firdaus bin Zainal untuk pulangan deposit sewa basikal RM200.
        Sila hubungi 019-662 3841 untuk tuntutan kemalangan, pemilik skuter itu tidak mahu bagi nama penuh.
        Aduan: Cik Amirah Syazwani (amirah.syaz@gmail.com) kata mekanik kami bawa basikal dia keluar tanpa izin dan tercalar, dia mahu ganti rugi RM300.
    """),
    "zh-Hans": _lines("""
        客户王建国，身份证号 440305198807162534，手机 138 2654 7719，在深圳购买的电动滑板车运到新加坡后无法注册，要求退款。
        张女士说她丈夫骑电动车摔伤住院，医药费欠了八千多元，想问能否先退还押金，电话 13917264583。
        租车登记：刘浩然，护照号 E83927461，住乌节路酒店 1205 房，租期三天，押金 200新元已收。
        技师小黄这个月工资 3200新元，扣除预支 500新元，实发 2700新元，请勿在群里讨论。
    """),
    "zh-Hant": _lines("""
        陳家豪先生，香港身份證 K472158(6)，電話 9361 2847，在觀塘店舖購買的電動滑板車電池起火，要求賠償損失。
        台灣客戶林怡君，身分證字號 A215836042，住址台北市大安區復興南路二段152巷8號3樓，訂購 Brompton 摺疊車一台。
        黃太話佢個仔阿傑騎單車撞傷咗腳，而家喺伊利沙伯醫院留醫，想問我哋租車有冇買保險。
        澳門客人何志明，電郵 hochiming.mo@gmail.com，欠維修費 MOP 1,580 未付，已多次催收。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant of Kim Seng Cycle & PMD, 23 Kaki Bukit Road 4, Singapore. Be polite and brief.",
        ),
        (
            "user",
            "Hi, I'm Alvin Tay Boon Huat, NRIC S8106642F. I bought a Mobot scooter from you in 2022 and want to transfer the registration to my nephew. How?",
        ),
        (
            "assistant",
            "Hi Alvin, ownership transfers are done on the LTA OneMotoring portal. You log in with Singpass, choose the e-scooter, enter your nephew's details, and he accepts the transfer from his own account. The fee is S$10.",
        ),
        ("user", "He is only 15, can he still own it?"),
        (
            "assistant",
            "No. The registered owner has to be at least 16, so you would need to keep it under your name until he turns 16.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a claim letter? On 3 Nov at about 7.15pm I was cycling along Tampines Ave 5 and a car, plate SKQ 7712 D, cut into the cycling lane. I fractured my collarbone and was on MC for 21 days from Changi General Hospital.",
        ),
        (
            "assistant",
            "Sure. Here is a draft: Dear Sir/Madam, I am writing to claim for injuries suffered on 3 November when vehicle SKQ 7712 D entered the cycling lane along Tampines Ave 5 at about 7.15pm. I sustained a fractured collarbone and was given 21 days of medical leave by Changi General Hospital. Please tell me which documents you need.",
        ),
        (
            "user",
            "Add my name Lawrence Pang Wei Ming and my contact 9345 1276 at the bottom. Also mention my bike was a Brompton worth S$3,000.",
        ),
        (
            "assistant",
            "Updated ending: The damaged bicycle is a Brompton valued at about S$3,000; the repair quote is attached. Yours faithfully, Lawrence Pang Wei Ming, Tel 9345 1276.",
        ),
    ],
    [
        ("system", "你是一家新加坡电动滑板车店的客服助手，用简体中文回答。"),
        (
            "user",
            "你好，我叫周丽萍，电话 8276 3014。昨晚我在家充电时滑板车电池冒烟，厨房墙壁被熏黑了，保险公司会赔吗？",
        ),
        (
            "assistant",
            "周女士您好，很遗憾发生这种情况。是否能赔偿要看您的家居保险条款，以及设备是否有 UL2272 认证并已向陆路交通管理局注册。建议您先拍照保存现场，再联系保险公司报案。",
        ),
        ("user", "我的车是2019年买的，没有UL2272标签。"),
        (
            "assistant",
            "那么保险公司可能会以设备不合规为由拒赔。您也可以把旧车交给我们，通过国家环境局认可的回收商免费处理，避免再次发生危险。",
        ),
    ],
    [
        (
            "user",
            "Saya nak minta bayaran balik deposit sewa basikal elektrik. Nama saya Nur Hidayah binti Rahman, No. KP 920317-01-6648, sewa di kedai Johor Bahru minggu lepas.",
        ),
        (
            "assistant",
            "Baik, Cik Nur Hidayah. Sila sediakan resit sewa dan nombor akaun bank anda. Biasanya deposit dipulangkan dalam 7 hari bekerja selepas basikal diperiksa.",
        ),
        ("user", "Akaun CIMB 8006 4472 1930, atas nama saya. Basikal tu tak rosak langsung."),
        (
            "assistant",
            "Terima kasih. Saya cadangkan anda e-mel butiran ini bersama gambar resit kepada kedai supaya mereka boleh memproses bayaran balik ke akaun CIMB anda.",
        ),
    ],
    [
        (
            "system",
            "You help mechanics at a bicycle and PMD repair shop in Singapore summarise job cards.",
        ),
        (
            "user",
            "Summarise pls: JC-24-09301 Mr Lim Chee Keong 9821 0043 Fiido D11 brake pads, JC-24-09302 Mdm Fatimah 8342 9916 G30 controller, JC-24-09303 walk-in no name, tyre change. Which ones need call back today?",
        ),
        (
            "assistant",
            "Call back today: JC-24-09301 (Mr Lim Chee Keong, 9821 0043), brake pads done and ready for collection; JC-24-09302 (Mdm Fatimah, 8342 9916), controller needs a quote before ordering. JC-24-09303 is a walk-in tyre change with no contact, so no call needed.",
        ),
        (
            "user",
            "Ok tq, Mdm Fatimah also say cannot afford more than S$100 because her husband just lost job, note that down ah.",
        ),
        (
            "assistant",
            "Noted: JC-24-09302 - customer's budget is S$100 maximum because of a change in family income. Suggest offering a refurbished controller as an option.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name Vincent Soh Kok Leong | NRIC S7502218B | Mobile 9012 8865 | Device: Segway Ninebot Max G30, reg mark ES 3318 B | Past offences: 1 (footpath riding, 2023).",
        ),
        ("user", "I got another LTA letter for riding on the footpath at Toa Payoh. Can I appeal?"),
        (
            "assistant",
            "Mr Soh, you can submit an appeal through the LTA online portal before the payment deadline on the notice. Because the record shows an earlier footpath offence in 2023, a repeat offence may be treated more seriously, so explain any special circumstances clearly.",
        ),
        ("user", "What is the maximum fine for repeat offenders?"),
        (
            "assistant",
            "For repeat offenders the court can impose higher fines and longer jail terms than for a first offence. Please check the exact amounts on the LTA notice or ask a lawyer if the case goes to court.",
        ),
    ],
    [
        (
            "user",
            "我想從新加坡寄一架電動滑板車返香港，收件人係我阿媽，地址係九龍深水埗長沙灣道 288 號 12 樓 B 室，電話 6123 4987。可唔可以寄？",
        ),
        (
            "assistant",
            "鋰電池屬危險品，大部分速遞公司唔接受連電池寄出。你可以考慮拆除電池後只寄車身，或者搵有危險品資格嘅貨運代理。",
        ),
        ("user", "收件人名係梁淑芬，要唔要填身份證號碼？"),
        (
            "assistant",
            "一般私人包裹清關只需要收件人姓名、地址同電話，唔使填身份證號碼。如果海關要求補文件，速遞公司會再聯絡收件人。",
        ),
    ],
    [
        (
            "user",
            "I work as a mechanic at a bike shop in Ubi. My name is Muthu Krishnan, my boss has not paid my salary of S$2,400 for October and November. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Muthu. In Singapore you can file a salary claim with the Tripartite Alliance for Dispute Management (TADM). Keep your payslips, bank statements and any messages with your employer as evidence.",
        ),
        ("user", "I also have a work permit, FIN G6120457T. Will filing a claim affect it?"),
        (
            "assistant",
            "Filing a salary claim is your right and should not by itself cancel your work permit. MOM can help if your employer tries to cancel it unfairly. Do not share your permit number publicly.",
        ),
    ],
    [
        (
            "user",
            "Turn this into a neat table: rental 14/11, Jessica Wong, jess.wong88@hotmail.com, passport K2849103, 2 bikes, 3h; rental 14/11, Hafizah Aziz, 9177 2304, 1 tandem, 2h",
        ),
        (
            "assistant",
            "Date | Name | Contact | ID | Bikes | Hours ;; 14/11 | Jessica Wong | jess.wong88@hotmail.com | passport K2849103 | 2 bikes | 3h ;; 14/11 | Hafizah Aziz | 9177 2304 | - | 1 tandem | 2h",
        ),
        ("user", "Good. Which one paid deposit by passport?"),
        (
            "assistant",
            "Jessica Wong left her passport K2849103 as the deposit. Remember to return it and cross it out of the log after the bikes come back.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a Penang bicycle rental shop. Answer in simple English with some Malay if the user uses it.",
        ),
        (
            "user",
            "Boss my customer Encik Faizal, tourist from KL, phone 017-284 9931, damaged the bike wheel at Gurney Drive. He say not his fault. Boleh charge him or not?",
        ),
        (
            "assistant",
            "You can charge according to the rental terms he signed. Show him photos of the damaged wheel and the repair quote. If he still disagrees, offer to deduct only the parts cost from his deposit.",
        ),
        ("user", "He give IC 880614-14-5539 as deposit, can I keep the IC until he pays?"),
        (
            "assistant",
            "Better not. Holding someone's MyKad as security is not allowed under the National Registration Regulations. Return the IC and ask for a cash deposit or written undertaking instead.",
        ),
    ],
]
