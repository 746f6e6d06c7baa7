# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en158: SG/MY bicycle and PMD shops, e-scooter rentals and cycling clubs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en158
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notice"): _lines("""
        Notice: From 1 Jan our workshop labour rates are revised. Basic tune-up $45, full overhaul from $120, tubeless setup $25 per wheel. Parts charged separately.
        We do NOT service or charge e-scooters without the UL2272 label. Please do not leave non-compliant devices at the counter, we cannot accept them.
        Shop hours: Tue-Sun 11am-8pm, closed Mondays and on the first two days of CNY. WhatsApp the shop line 6291 4470 for bookings, no walk-in overhauls on weekends.
        Brompton C Line Explore 6-speed, Racing Green, mid handlebar, S$2,899, limited stock, free first service within 3 months.
        PROMO: Schwalbe Marathon Plus 20x1.35 at $48 each, $90 a pair, installation +$10. While stocks last.
        Collection slips are required for pick-up. Bikes not collected within 60 days of notification will be disposed of according to our terms.
        Job card JC-2411-0387 | Dahon Mu D9 | replace rear derailleur hanger (DH-02) + index gears | parts $18, labour $25 | status: READY
        Order #SO-240918-0072 shipped via Ninja Van, tracking NVSGPSHOP0012774918, est. delivery 2-3 working days.
        Battery health check for PABs: $15, takes about 30 min. We test cell balance and BMS cut-off. Swollen packs will not be charged on the premises.
        Rental rates (Pasir Ris outlet): single bike $8/hr, tandem $15/hr, kids bike $5/hr, no e-scooter rental. Deposit required, photo ID to be shown at the counter.
        Frame size guide for 700c road bikes: rider 160-170 cm -> 50-52 cm frame, 170-180 cm -> 54-56 cm. Come down for a free fitting on the trainer.
        Warranty: 5 years on aluminium frame, 1 year on components, 6 months on battery (capped at 300 charge cycles). Crash damage not covered.
        Invoice INV-2024-11873 | Shimano CS-HG400-9 11-34T x1 $39 | KMC X9 chain x1 $28 | labour $20 | GST 9% incl. | Total $87.00 | Paid: NETS
        A bike with frame serial WTU221C5637J has been left outside the shop since Monday; the owner may claim it with proof of purchase before it goes to the police.
        Our Subang Jaya branch (SS15) relocates to Jalan SS 15/4D from 1 March. Hotline 03-5612 8830 remains the same.
        SERVICE INTAKE FORM | Name: __________ | NRIC/FIN (last 4): ______ | Mobile: __________ | Bike make/model: __________ | Work requested: __________
        rental_config: max_hours=8, deposit_sgd=50, photo_id_required=true, late_fee_per_30min=5, ebike_min_age=16
        Dear {{customer_name}}, your {{bike_model}} is ready for collection at our {{outlet}} outlet. Balance payable: {{amount}}. Please bring your job card.
    """),
    ("en", "regulation"): _lines("""
        Under the Active Mobility Act, e-scooters are not allowed on footpaths; they may only be used on cycling paths and park connectors, at a maximum of 25 km/h.
        From 1 July 2020 all e-scooters used in Singapore must be certified to UL2272; non-compliant ones must be disposed of at designated disposal points.
        Power-assisted bicycles must be LTA-approved, carry the orange approval seal and be registered with a number plate before they can be used on roads.
        Riders must be at least 16 years old to ride a PAB on public roads, and must pass the online theory test before riding an e-scooter or PAB on public paths.
        Speed limit for bicycles and PMAs on footpaths is 10 km/h; on shared paths and cycling paths the limit is 25 km/h.
        Cyclists on roads must wear a helmet; a group may not exceed five bicycles in single file, or ten when riding two abreast on roads with two or more lanes.
        PMD device criteria: max unladen weight 20 kg, max width 70 cm, max motor-assisted speed 25 km/h.
        Riding an e-scooter on a footpath can attract a fine of up to $2,000 and/or jail of up to 3 months for a first offence.
        JPJ reminds the public that e-scooters and other micromobility vehicles are prohibited on public roads; offenders may be issued a compound or charged in court.
        In Malaysia, bicycles ridden at night must show a white lamp in front and a red lamp or reflector at the rear.
        After disposing of a registered e-scooter, the owner should deregister it via OneMotoring so the registration mark is cancelled.
        Devices found to be non-compliant may be seized by Active Mobility Enforcement Officers and owners notified by letter.
        Call the LTA hotline at 1800 2255 582 for queries on e-scooter registration and the PAB approval seal.
        Of about 1,200 device checks at park connectors last quarter, roughly 8% found PMDs that could exceed 25 km/h.
        Bicycles are not allowed on expressways or in road tunnels, including the road shoulder of expressways such as the PIE and ECP.
        On shared paths, riders should keep left, slow down near bus stops and ring the bell early when overtaking pedestrians.
    """),
    ("en", "club_ride"): _lines("""
        SUNDAY SOCIAL RIDE | Meet 6:45am at Kallang Riverside Park, flag off 7am | ~45 km to Changi Village and back | pace 22-25 km/h, no-drop | lights and helmet compulsory
        Ride rules: single file when there is a car behind, call out potholes, no half-wheeling, regroup at every junction. The sweeper stays at the back.
        Weekend route: Punggol Waterway -> Lorong Halus -> Pasir Ris Park -> Changi Beach, coffee stop at Changi Village Hawker Centre.
        Reminder: 2025 club jersey orders close 30 Nov. Sizes XS-3XL, $68 member / $80 non-member. Fill in the Google Form linked in the group description.
        Night ride cancelled due to the NEA thunderstorm warning. Stay safe everyone, we will reschedule to Thursday.
        Desaru Coast century ride (160 km) on 15 March. Coach + bike transport to JB provided; passports must be valid for at least 6 months.
        Membership fee for 2025: $60/yr adult, $30/yr student. Includes group insurance for club rides and 10% off at partner shops.
        Beginners ride every Saturday 7.30am from Bishan-AMK Park carpark B; 25 km easy pace, we will teach hand signals and cornering.
        Club AGM on 12 Jan at the community club. Agenda: treasurer's report, election of the committee, 2025 ride calendar.
        Please declare any medical conditions to the ride marshal before the ride; all declarations are kept confidential.
        Ride report: 38 riders, 2 punctures, 1 chain drop, avg 27.4 km/h. Mandai Road was full of lorries this morning, we will avoid it next week.
        KL group: Bukit Tinggi climb this Saturday, meet 6am at Petronas Gombak, bring two bottles, no support car.
    """),
    ("en", "news"): _lines("""
        Track cyclist Azizulhasni Awang won silver in the men's keirin at the Tokyo 2020 Olympics, and track programmes in Malaysia saw more junior sign-ups afterwards.
        Le Tour de Langkawi returns with stages through Kedah, Perak and Terengganu; road closures along the route will be announced ahead of each stage.
        In November 2019, Senior Minister of State for Transport Lam Pin Min announced that e-scooters would be banned from footpaths.
        Anthony Loke served as Malaysia's Minister of Transport from 2018 to 2020 and again from December 2022.
        Bike-sharing operator oBike exited Singapore in 2018, leaving thousands of its yellow bicycles uncollected at void decks and MRT stations.
        A series of fires linked to non-compliant PMD batteries in HDB flats led to the UL2272 deadline being enforced more strictly.
        Tadej Pogacar won both the Giro d'Italia and the Tour de France in 2024, a double not achieved since 1998.
        The mass participation ride closed lanes on the Sheares Bridge and the ECP from 4am to 9am on Sunday.
    """),
    ("en", "howto_qa"): _lines("""
        How do I check that the LTA seal on a second-hand PAB is genuine before I pay the seller?
        Q: Can I bring my foldable bike on the MRT? A: Yes, at any time, as long as it is folded and within 114 x 64 x 36 cm.
        Q: My e-scooter battery swelled after charging overnight, still can use? A: No. Stop using it, keep it outdoors away from anything flammable and bring it to an e-waste point.
        Tubeless or clincher for Singapore weather? Sealant dries faster in the heat, so top it up every 2-3 months.
        What torque for a carbon seatpost clamp? Usually 5 Nm, but check the marking on your frame and use carbon paste.
        Any recommended shop in JB for a Shimano Di2 firmware update? Heard the labour rates are cheaper than in SG.
        How to report a driver who buzzed our group? Save the dashcam or GoPro clip and submit it through Police e-services with the time and location.
        What's the difference between a PMD and a PMA? A PMA is for people with walking difficulties, like a motorised wheelchair; a PMD covers e-scooters, hoverboards and unicycles.
        Brake pads squealing after rain: clean the rotor with isopropyl alcohol, sand the pads lightly and bed them in again.
        Does personal accident insurance cover crashes on club rides? Depends on the policy, look for cycling or sports exclusions in the fine print.
        Ninebot Max G30 vs Kaabo Mantis 10 for a 12 km commute on PCNs, which one holds up better in the rain?
    """),
    ("ms", "notis"): _lines("""
        Notis: Kedai ditutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April. Servis basikal disambung semula pada 4 April.
        Harga servis asas basikal RM35, servis penuh dari RM90, tukar tiub dalam RM15 termasuk upah.
        Peringatan JPJ: skuter elektrik dilarang digunakan di jalan raya awam. Kesalahan boleh dikenakan kompaun.
        Kayuhan santai Ahad ini: berkumpul jam 6.30 pagi di Dataran Merdeka, jarak 30 km, wajib pakai topi keledar.
        Sewa basikal di Putrajaya: RM5 sejam, deposit diperlukan, sila bawa kad pengenalan semasa menyewa.
        Tempahan servis boleh dibuat melalui WhatsApp kedai di 03-4021 7785 atau datang terus ke kedai.
        Pesanan ORD-MY-771204 telah dihantar melalui Pos Laju, nombor penjejakan ER771204335MY.
        Tips: periksa tekanan tayar sebelum berkayuh, 80-100 psi untuk basikal jalan raya dan 30-40 psi untuk MTB.
        Kelab kami menganjurkan kayuhan amal ke Port Dickson pada 20 Julai; yuran penyertaan RM50 termasuk jersi dan makan tengah hari.
        Kedai kami tidak akan mengubah suai had kelajuan e-bike; ubah suai akan membatalkan waranti.
        Laluan basikal di sepanjang Sungai Klang akan ditutup sementara untuk kerja penyelenggaraan minggu ini.
        Borang penyertaan: Nama penuh: ____________ No. KP: ____________ No. telefon: ____________ Saiz jersi: S / M / L / XL
    """),
    ("zh-Hans", "shop_notice"): _lines("""
        本店周一休息，周二至周日上午11点至晚上8点营业，农历新年初一、初二休息。
        电动滑板车必须贴有UL2272认证标签，否则本店不提供维修和充电服务。
        基本保养45新元，全面大保养120新元起，零件另计。
        订单号 SO-241102-0158 已发货，预计2至3个工作日送达。
        周日骑行活动：早上6点45分在加冷河畔公园集合，全程约45公里，请务必佩戴头盔和车灯。
        根据《积极出行法令》，电动滑板车不得在人行道上行驶，违者最高可罚款2000新元。
        折叠自行车搭地铁须折好，尺寸不超过114×64×36厘米。
        请问大家，二手电动自行车要怎么确认陆交局的橙色认证贴纸是真的？
        自行车道和公园连道限速每小时25公里，人行道限速每小时10公里。
        马来西亚陆路交通局(JPJ)提醒：电动滑板车禁止在公共道路上使用。
        轮胎促销：Schwalbe Marathon Plus 20x1.35 每条48元，两条90元，安装另加10元。
        电池检测服务15元，约30分钟；鼓包电池一律不在店内充电。
    """),
    ("mixed", "group_chat"): _lines("""
        wah today the PCN at Punggol damn crowded sia, so many uncles on PABs speeding
        anyone know if the shop at Rochor still open on PH? want to change brake pad lah
        ride tmr still on boh? NEA say got thunderstorm 4pm, we start early ok
        bro second hand e-bike must check the LTA seal properly, fake one kena confiscate then you cry
        Sabtu ni kita ride ke Genting Sempah, jom! meet Petronas Batu Caves 5.30am, bawak lampu
        lepak at mamak after ride? teh tarik on the club this time 😂
        tyre pressure for gravel 40psi ok or not ah, road here got many potholes leh
        club jersey already arrive, collect at shop after 12pm, bring your order number ya
        这次 ride 去 Changi Village 吃 nasi lemak, 大家 6.45 到 ok?
        boss the tandem rental still got or not? 4 pax want to go East Coast this Sat morning
        jangan lupa helmet, polis trafik ada roadblock dekat Jalan Duta weekend ni
        anyone tried the new cycling path along Jurong Lake? heard quite shiok, got shade somemore
        dah tukar chain semalam, shifting smooth gila sekarang 👍
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JOB 2411-0412 | Cust: TAN WEI MING | HP 9726 4183 | Dahon Mu D9 | rear hanger bent, cust says dropped it at Punggol LRT | deposit $20 PayNow | collect Sat
        PMD registration: Owner MUTHU KUMAR S/O RAMASAMY, NRIC S8812345Z, Blk 412 Tampines St 41 #08-223 Singapore 520412, device Inokim Light 2, UL2272 label sighted.
        Incident log 14/03, PCN near Bedok Reservoir: rider Nurul Ain binti Hashim (8834 0617) collided with a jogger, abrasions on left knee, ambulance conveyed her to CGH.
        Member #218 | Gerald de Souza | DOB 12/04/1979 | Emergency contact: Melissa de Souza (wife) 9051 2278 | Blood type O+ | Asthma, carries inhaler in jersey pocket
        E-scooter rental Pantai Cenang: renter AHMAD FAIZAL BIN OSMAN, MyKad 900814-02-5573, deposit RM200 cash, unit #12, return by 6pm, IC copy kept in the drawer.
        Hi, I'm Jessica Lim Hui Min, I rented a bike from your Pasir Ris outlet on Sunday and was charged twice on my Visa 4556 1872 3401 9920, please refund one of the $24 charges.
        Disposal record: Mi M365 without UL label handed over by delivery rider Rahul Verma, FIN F2276418R, HP 8162 7734; trade-in grant form submitted on his behalf.
        Insurance claim: claimant Rajesh a/l Subramaniam, IC 850322-10-6117, Specialized Tarmac stolen from condo bike rack in Mont Kiara on 3 Feb, payout to Maybank 1140 2233 8871.
        Selling my Brompton M6L 2019, barely used since I moved, $1,800 nego, DM me on Telegram @kelvin_rides_sg or text 9288 5106 (Kelvin)
        Warranty registration | Ms Priya d/o Ganesan | priya.g.ganesan@hotmail.com | 8473 9920 | Tern Vektron S10 purchased 02/09/2024 at our Katong outlet
        PARTICIPANT WAIVER - DESARU 160 | NAME: LOH KAH WAI | NRIC: T0529176Z | DOB: 17/06/2005 | MEDICAL CONDITION: epilepsy, controlled with medication | NEXT OF KIN: LOH CHEE KEONG (father)
        I, Mohamed Hafiz bin Abdul Rahman, appeal against the composition fine issued on 9 Oct for riding my PAB on the footpath at Jurong West St 52; I was rushing my mother, who had a fall, to the polyclinic.
        Mechanic on duty this Saturday is Ah Seng (Lim Ah Seng), if the shutter is still down just call him at 9610 3852.
        Top spenders 2024 for the VIP lucky draw: 1) Chia Boon Keat $4,820 2) Sharifah Nadia Syed Ahmad $3,915 3) Vincent Kwek $3,102 - each gets a $50 voucher.
        Sunday ride sign-up: 1. Faridah Yusof 9134 6620 2. Ong Jia Le 8247 1193 3. Daniel Pereira 9790 4416 4. Suresh Nair (no phone, coming with Daniel)
        Our member Vincent Tay was hit from behind by car SLK4471Y along Mandai Road at 6.40am; the driver stopped and exchanged details, Vincent has a fractured collarbone and is warded at KTPH.
        For the Cameron Highlands trip please bank in RM350 to Public Bank 3189442017 (Lee Chong Hui) and send me the slip by Friday.
        Customer Mdm Koh Bee Choo called again about her son's e-bike that LTA seized; she says he is 15 and bought it on Carousell without knowing the seal was fake.
        RENTAL AGREEMENT | HIRER: CHEN YU-TING | Passport: 352871946 (Taiwan) | Hotel: Hotel Boss rm 1218 | Units: 2 e-bikes | 3 days | Card on file: Mastercard 5521 4600 9317 8452
        ticket #48211 - refund request from sarah.tan.87@gmail.com for her rental on 12/10, scooter died halfway at East Coast Park and she pushed it 3 km; $15 refund approved.
        Staff note: do not rent to Marcus Yeo again (HP 9674 2281), returned two bikes with bent rims and refused to pay the $180 damage fee.
        Delivery: Mr Benjamin Chua, 27 Jalan Kembangan #03-02, Singapore 419138 - Fiido D11 with spare battery, call 8391 5540 before arrival.
        Kids cycling class 16/11: Aiden Lim (7) absent, mum says fever; Zara binti Khairul (8) present; Rohan Pillai (6) left early after falling and scraping his elbow, parent informed.
        Lost and found: wallet with the IC of Tan Kok Leong, S7634102H, left at our counter on Friday; we called him and he will collect it after work.
        Treasurer: Derek Fernandez still owes $136 for the jersey order and the Bintan trip, reminded him twice already, no reply.
        Club crash report: Siti Zulaikha fell on the Lornie Road descent, suspected concussion, her husband Azman took her to TTSH; she is off the bike for at least 6 weeks.
        Mr Kenneth Low (HP 96128774): crack inspection on your Cannondale Synapse is done, the crash replacement quote of $1,450 has been sent to kenlow.cyc@gmail.com.
        Student rider Muhammad Danish bin Rosli, Sec 3 at Bedok View Secondary, was stopped on a modified e-bike doing 40 km/h; the school was informed and the bike released to his parents.
        Custom jersey order: name on back 'BALA' for Balakrishnan s/o Velu, size L, deliver to Blk 6 Toh Yi Drive #11-340, S590006.
        PayNow $12 per pax for lunch and the bike wash to 9183 6604 (Wong Mei Xuan) by tonight ya.
        APPLICATION FOR PAB REGISTRATION | Name: NG CHOON HOCK | NRIC: S6905527C | Mobile: +65 9472 0813 | Address: 33 Sims Avenue #05-12 Singapore 387411 | Model: Fiido D3 Pro
        Kak Rosnah, the lady who runs our rental kiosk at Tanjung Bungah, has diabetes and asked not to be rostered on Friday afternoon shifts anymore.
        ACCIDENT REPORT FORM / Rider: LAU KAR MUN / IC No: 920517-14-5238 / Phone: 012-378 4419 / Location: Jalan Tun Razak bike lane / Injury: fractured right wrist / Hospital: HKL
        Clarissa Rodrigues just had ACL surgery at Mount E and is selling her Trek Domane SL5, size 54, $2,300, contact her at 9822 0174.
        Complaint: the e-scooter registered to Hendra Wijaya, FIN G5531872M, clipped my side mirror at Clementi Ave 3 and the rider sped off towards the MRT.
        Rental log 05/12 09:15 | Zhang Haoran | CN passport E73190248 | WeChat zhr_0827 | 2 x e-bikes, 4 hrs | deposit $100 | returned 13:20, no damage
    """),
    "ms": _lines("""
        Borang Pendaftaran Ahli | Nama: SITI HAJAR BINTI MOHD ZAKI | No. KP: 950704-13-5512 | Tel: 019-662 0845 | Alamat: No. 12, Jalan Tabuan Jaya 3, 93350 Kuching
        Encik Zulkifli bin Hamzah dari Taman Melawati terjatuh semasa kayuhan Ahad lalu dan patah tulang selangka; sila doakan beliau cepat sembuh.
        Sewa skuter: penyewa NUR AISYAH BINTI KAMARUL, KP 010903-07-0364, tel 011-2739 5561, deposit RM100, pulang jam 5 petang.
        Yuran kelab sila bank-in ke Maybank 1621 4455 8890 atas nama Mohd Syafiq bin Ismail, kemudian hantar resit ke 013-8805126.
        Aduan pelanggan: Puan Kalaivani a/p Muniandy kata basikal anaknya rosak selepas servis, rim bengkok, dan beliau minta pampasan RM250.
        Saya Hairul Nizam bin Jaafar, no IC 880229-01-5731, nak tuntut insurans untuk basikal saya yang dicuri di stesen LRT Kelana Jaya.
    """),
    "zh-Hans": _lines("""
        会员登记：陈志伟，手机 9047 3318，住址：盛港西大道 Blk 317B #12-45，紧急联系人：太太林美玲。
        顾客林淑芬投诉：上周在本店保养的电动自行车刹车失灵，她在榜鹅摔倒，手肘缝了五针，要求赔偿医药费。
        中国游客租车登记：王磊，身份证 440106199305123279，微信 wanglei_gz93，押金200新元，租两天。
        车队通知：黄俊杰上周日在马林百列路段被车牌 SGX3305S 的轿车撞倒，目前在樟宜医院留院观察，司机已报警。
        李文彬先生，您的自行车已修好，维修费85元，请带收据来取车（客户电话 9650 1147）。
    """),
    "mixed": _lines("""
        eh @jasonkoh_cycles u owe me $40 for the tyres leh, paynow to 9716 2043 can?
        guys Ahmad Zaki from our Sat group kena hit by lorry at Jalan Kebun, now in Klang hospital ICU, wife say need B+ blood donors 🙏
        Boss, customer Tan Ah Kow HP 012-998 4401 datang ambil basikal esok, dah bayar RM180, jangan bagi orang lain ambil ya
        那个 Melvin Goh 又来借 tools 不还了, his number 8927 3360, 下次直接 block 他 lah
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a bicycle and e-bike rental kiosk at East Coast Park.",
        ),
        ("user", "Hi, can I extend my e-bike rental? Booking is under Chloe Ng, mobile 9811 2047."),
        (
            "assistant",
            "Thanks Chloe, I found booking RB-55821 for 2 e-bikes until 4pm today. Extension is $10 per hour per bike. How many hours would you like?",
        ),
        (
            "user",
            "2 more hours please, charge the same card. My husband Ryan is riding the second one.",
        ),
    ],
    [
        (
            "user",
            "Help me write an appeal to LTA. My name is Arjun s/o Ravindran, NRIC S9027731F. I got a fine for riding my e-scooter on the footpath at Yishun Ring Road on 2 Nov.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I, Arjun s/o Ravindran (NRIC S9027731F), refer to the notice issued on 2 November for riding an e-scooter on the footpath at Yishun Ring Road. I wish to appeal for leniency...'",
        ),
        (
            "user",
            "Add that I am the full-time caregiver for my father who has dementia and I was rushing back because he had wandered out of the flat.",
        ),
    ],
    [
        (
            "user",
            "My son Ethan Lee, 12, fell off his bike during the cycling CCA at Rosyth School yesterday and chipped his front tooth.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. For the dental treatment you can ask the school about the student accident insurance, and keep all receipts and the dentist's report.",
        ),
        (
            "user",
            "The dentist at Serangoon Central said he needs a crown, about $900. Can you draft an email to his form teacher Mrs Wee asking how to claim?",
        ),
    ],
    [
        (
            "user",
            "Format into a table: Hui Ling 9158 2276 medium jersey paid, Ravi Chandran 8639 0412 large not paid, Nicholas Pang 9703 5581 XL paid",
        ),
        (
            "assistant",
            "| Name | Mobile | Jersey | Paid | / | Hui Ling | 9158 2276 | M | Yes | / | Ravi Chandran | 8639 0412 | L | No | / | Nicholas Pang | 9703 5581 | XL | Yes |",
        ),
        ("user", "thanks, now write a short reminder to Ravi to pay the $68 by Friday"),
    ],
    [
        (
            "user",
            "Tolong buat surat aduan kepada kedai basikal. Nama saya Norhayati binti Salleh, tel 017 224 9038. Basikal saya dihantar servis pada 3 Jun tapi sampai sekarang belum siap.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Tuan/Puan, saya Norhayati binti Salleh (017 224 9038) ingin membuat aduan berkenaan basikal saya yang dihantar untuk servis pada 3 Jun...'",
        ),
        (
            "user",
            "Tambah saya dah bayar deposit RM150 melalui DuitNow dan saya perlukan basikal itu untuk ke tempat kerja di Shah Alam.",
        ),
    ],
    [
        (
            "user",
            "I was knocked down on my bike at Upper Thomson Road by car SKQ829G. The driver, a Mr Yap, gave me his number 9334 8125. What should I do next for the claim?",
        ),
        (
            "assistant",
            "Make a police report within 24 hours, take photos of your injuries and the bike, get a medical report, and notify the driver's insurer with the vehicle number.",
        ),
        (
            "user",
            "Went to Tan Tock Seng, hairline fracture on my left wrist, 14 days MC. I'm Leong Wai Kit by the way, my email is waikit.leong@outlook.com in case the insurer asks.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条群消息：周六骑行取消，因为队长张伟明心脏不舒服住院了，有事请联系副队长刘佳慧 9752 0186。",
        ),
        (
            "assistant",
            "各位车友：本周六的骑行活动取消，因为队长张伟明身体不适正在住院，祝他早日康复。如有任何问题，请联系副队长刘佳慧（9752 0186）。",
        ),
        ("user", "再加一句，下周的路线改去樟宜村，集合时间不变。"),
    ],
    [
        ("system", "You are an assistant for a scooter and bicycle rental company in Langkawi."),
        (
            "user",
            "Check this renter: RAVEENDRAN A/L KRISHNAN, MyKad 760611-08-5195, rented 2 e-scooters on 28 Nov, paid RM300 deposit. Was it refunded?",
        ),
        (
            "assistant",
            "The record shows the scooters were returned on 29 Nov with a cracked deck on unit #7, so RM120 was deducted and RM180 refunded to his CIMB account.",
        ),
        (
            "user",
            "He says he never got it. Draft a reply to him on WhatsApp, his number is 016-441 7702.",
        ),
    ],
    [
        (
            "user",
            "Reply politely to this customer email: 'I am Grace Tan, I bought a Tern Verge D9 from you last month. My card 4147 0962 1183 2054 was charged $1,598 but the invoice says $1,398.'",
        ),
        (
            "assistant",
            "Dear Ms Tan, thank you for writing in and we apologise for the discrepancy. We are checking the transaction with our payment provider and will refund any overcharge within 7 working days.",
        ),
        (
            "user",
            "Also tell her we will send the refund confirmation to her address at 8 Lorong Chuan #04-17.",
        ),
    ],
    [
        (
            "user",
            "i want to transfer my registered e-scooter to my cousin Lim Jun Wei, his NRIC T0183345B, how to do on OneMotoring ah",
        ),
        (
            "assistant",
            "The current owner starts the transfer on OneMotoring with Singpass, enters the new owner's NRIC and the device details, then the new owner accepts it with his own Singpass.",
        ),
        (
            "user",
            "ok my own one is S8340918E, Jun Wei just turned 25 and he stays at Blk 221 Choa Chu Kang Central, need his address also?",
        ),
    ],
]
