# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en166: SG/MY tyre shops, battery replacement and roadside assistance. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en166
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notice"): _lines("""
        NOTICE: Our Kaki Bukit outlet will close at 1pm on Hari Raya Haji. 24-hr battery callout remains available via hotline 6841 2290.
        Promo this month: buy 3 Continental UltraContact UC6 tyres, get the 4th free. Sizes 185/65R15 to 225/45R18 only. While stocks last.
        Free battery health check with every wheel alignment. Takes 10 minutes, printout provided.
        Please note: we do not accept PayNow for callout jobs above $500; card or NETS only at the van.
        Reminder to all customers: old batteries are collected for recycling at no charge. Please do not leave them at the void deck or bin centre.
        Price list (Nov): NS40ZL $95 | NS60 $120 | 55D23L $155 | DIN66 $230 | DIN74 AGM $380. Installation included within 15 km of Ubi Ave 1.
        Lorry tyres 11R22.5 now in stock: Bridgestone R150 and Double Coin RR202. Trade accounts please call the sales desk.
        Our Jalan Kuchai Lama branch is now open Sundays 9am-1pm for puncture repairs only.
        We have moved! New address: 21 Kaki Bukit Road 3, #01-12, Singapore 417818. Same business line, same friendly team.
        Card terminal down today, sorry for the inconvenience. Cash and PayNow to our UEN 201912345K only.
        Used tyres (ex-demo cars, about 80% tread) from RM60 each. Subject to availability, no warranty on part-worn tyres.
        Run-flat tyres cannot be repaired once driven flat for more than 80 km. Please let the technician inspect the sidewall first.
    """),
    ("en", "warranty_terms"): _lines("""
        Battery warranty: 12 months or 20,000 km, whichever comes first, for maintenance-free batteries purchased and installed by us.
        Warranty is void if the battery case is cracked, the terminals are modified, or the vehicle is used for e-hailing or delivery unless the fleet plan was purchased.
        Claims must be accompanied by the original tax invoice and the warranty card stamped by the installing outlet.
        Tyre workmanship warranty covers bead leaks and valve failures for 30 days after fitting. Road hazard damage is not covered.
        Pro-rated replacement: after month 6, the customer pays 50% of the current retail price for the replacement unit.
        Claim reference numbers follow the format WC-YYYY-NNNNN, e.g. WC-2024-00318; quote this number in all follow-ups.
        Batteries that pass the load test with resting voltage above 12.4V will be recharged and returned, not replaced.
        Michelin passenger tyre warranty runs 5 years from date of manufacture per the DOT week code, e.g. DOT 2323 means week 23 of 2023.
        Uneven wear caused by misalignment or under-inflation is excluded from the mileage warranty.
        Warranty is transferable to the next owner if the vehicle is sold, provided the original invoice is handed over.
        Start-stop vehicles must use AGM or EFB batteries; fitting a conventional flooded battery voids our warranty.
        Replacement batteries issued under warranty carry only the balance of the original warranty period.
        For claims outside the Klang Valley, the battery may be returned to any authorised dealer listed on the manufacturer's Malaysian website.
    """),
    ("en", "job_card_log"): _lines("""
        JOB CARD JC-240871 | Service: 4x tyre change 205/55R16 + balancing + alignment | Bay 3 | Tech ID T07 | Time in 10:42 | Time out 11:55
        Job card template: Customer name: ____ | Contact no: ____ | Vehicle no: ____ | Mileage: ____ | Work requested: ____ | Signature: ____
        Callout log #CO-18822 | 02:14 dispatched | 02:41 on site | Jump start OK, battery CCA 212/550, advised replacement | closed 02:58
        INV-SG-0098213 | 2x Yokohama BluEarth ES32 195/65R15 91H @ $118 | Balancing $20 | GST 9% $23.04 | Total $279.04
        Tow order TW-5530 | Pickup: PIE exit 29 towards Changi, road shoulder | Drop: Ubi workshop | Distance 14 km | Flatbed | Closed 23:10
        Battery test result: SOH 38% | SOC 71% | CCA measured 240 / rated 480 | Internal resistance 9.8 mOhm | Recommendation: REPLACE
        Alignment printout: Front toe L +0.12 R -0.05 | Camber L -0.8 R -0.6 | Thrust angle 0.03 | All within spec
        Tyre DOT 4721 | tread depth FL 5.2mm FR 5.0mm RL 3.1mm RR 2.9mm | recommend rear pair change at next visit
        Stock count 2024-11-30: 55D23L x 14, NS60LS x 22, DIN55 x 6, Q85 EFB x 4, S95 AGM x 2
        SKU BAT-AMR-75D23L-HL / barcode 8901526405174 / supplier code AMR-HL75 / reorder level 6
        Job card JC-________ | Customer declines recommended repair: [ ] Yes [ ] No | Customer signature: __________ | Date: __/__/____
        Roadside form fields: caller_name, caller_mobile, vehicle_plate, location_text, gps_lat, gps_lng, fault_type, eta_minutes
        Callout ETA SLA: 45 min within Klang Valley, 60 min outer zones, 90 min for highway KM markers beyond Nilai.
    """),
    ("en", "forum_howto"): _lines("""
        How do I know if my car battery is dying? Slow crank in the morning, dim headlights at idle, and the battery warning light.
        Is it safe to drive on a plugged tyre on the PLUS highway back to Penang? The nail was in the tread, not the sidewall.
        Which is better for a Myvi, NS40ZL or 55B24L? Shop says NS40 is enough but the forum says upgrade.
        Anyone know if the Vios 2019 needs battery registration after replacement? Heard some continental cars need coding.
        Tyre pressure for Honda City is usually 230 kPa front and 220 kPa rear, but always check the door sticker.
        Rule of thumb in SG heat: batteries last about 2 years, not the 3-4 years you read on overseas sites.
        Why does the TPMS light come on after a tyre change? Usually the sensors need a relearn, 5 minute job.
        Should I rotate tyres every 10,000 km? Front tyres wear faster on FWD cars, so yes.
        What does 91V mean on a tyre? 91 is the load index (615 kg per tyre), V is the speed rating up to 240 km/h.
        If your car won't start in a multi-storey carpark, note the deck and lot number before calling for a jump start because the signal inside is bad.
        Cheap batteries from JB vs SG shops, worth it? Making a warranty claim across the Causeway is a headache.
        Run-flat vs normal tyres plus a spare for a 3 Series in Singapore: most owners switch to normal tyres after the first set.
        Does the insurance towing benefit cover a flat battery or only accidents? Most motor policies include one free tow up to 80 km, check your schedule.
    """),
    ("en", "roadside_faq"): _lines("""
        Q: How long does a battery callout take? A: Our vans aim to reach you within 45 minutes in central Singapore; the replacement itself takes about 15 minutes.
        Q: Do you charge if the battery turns out to be fine? A: A $40 diagnosis fee applies when no replacement is needed.
        Broken down on an expressway? Switch on your hazard lights, stand behind the guardrail and call the LTA Expressway Monitoring hotline at 1800 2255 582.
        PLUSLine 1800-88-0000 provides free towing to the nearest exit for light vehicles that break down on PLUS highways.
        Q: Can I pay by instalment? A: Yes, 0% for 6 months with selected credit cards for purchases above $600.
        Q: Do you cover Sentosa and Jurong Island? A: Sentosa yes with a $20 surcharge; Jurong Island requires an entry pass arranged by your company.
        For complaints, email feedback@tyrepro-sg.com.sg with your invoice number; we reply within 3 working days.
        Q: Can I bring my own tyres for fitting? A: Yes, $15 per tyre for fitting and balancing; workmanship warranty is limited to 7 days.
        Towing rates: $120 flat within 20 km, $4 per km thereafter, midnight to 6am surcharge $50. Basement carparks under 1.9m need a wheel-lift truck.
        Q: Will you come down to a condo basement carpark? A: Yes, but please inform the guardhouse and tell us the lot number.
        Tyre Pro Malaysia Shah Alam outlet business line 03-5510 2288, WhatsApp quotations Monday to Saturday 9am-6pm.
    """),
    ("mixed", "staff_groupchat"): _lines("""
        bro 195/55R16 Bridgestone T005 still got stock or not? customer at Bay 2 waiting
        van 3 going Tampines now, jump start job, after that straight back for lunch
        boss say tomorrow stocktake, all batteries must scan into system before 6pm ok
        Amaron supplier delay, NS60 sampai Thursday only. tell customers can use Century as temporary
        alignment machine calibration today 3pm, dont take alignment bookings after 2.30
        eh the tyre changer at bay 1 leak air again, call the vendor to service lah
        today rain until shiok, 8 callouts already, all flat battery sia
        jangan lupa isi log book for tow truck, JPJ spot check next week
        wah new price list from Michelin up 6% leh, must update POS tonight
        walk-in want 4 tyres no booking, can squeeze or not? ok can, Bay 4 free at 4pm
        PIE towards Tuas jam teruk, ETA for Jurong callout revise to 70 min
        reminder: old batteries go out every Friday, recycler lorry come 10am
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai tutup pada 31 Ogos sempena Hari Kebangsaan. Perkhidmatan bateri kecemasan 24 jam tetap beroperasi.
        Promosi: Tayar Goodyear Assurance TripleMax 2 saiz 185/55R15 kini RM210 sebiji termasuk pemasangan dan imbangan.
        Jaminan bateri 12 bulan atau 20,000 km, mana yang terdahulu. Sila simpan resit asal.
        Bateri lama boleh ditukar untuk potongan RM10. Bateri terpakai akan dihantar untuk kitar semula.
        Perkhidmatan tunda 24 jam di sekitar Lembah Klang. Caj bermula RM150 untuk 15 km pertama.
        Tayar yang bocor di dinding sisi tidak boleh ditampal dan mesti diganti.
        Soalan: Berapa lama hayat bateri kereta di Malaysia? Jawapan: Biasanya 18 hingga 24 bulan bergantung kepada penggunaan.
        Pelanggan dinasihatkan memeriksa tekanan angin tayar setiap dua minggu, terutama sebelum balik kampung.
        Kad Kerja No. JK-30221 | Tukar bateri NS60L | Juruteknik T12 | Masa 14:05-14:20 | Selesai
        Kami menerima tunai, kad debit, DuitNow QR dan Touch 'n Go eWallet di kaunter.
        Menjelang musim perayaan, cawangan Seremban dibuka 8 pagi hingga 10 malam untuk pemeriksaan bateri percuma.
        Aduan boleh dihantar melalui borang di laman web kami dengan menyatakan nombor invois. Kami akan membalas dalam 3 hari bekerja.
    """),
    ("zh-Hans", "门市告示"): _lines("""
        通知：本店农历新年初一至初三休息，初四照常营业。紧急拖车请拨打合作伙伴热线。
        电池保修期为12个月或2万公里，以先到者为准，请保留原始发票。
        轮胎促销：米其林Primacy 4 205/55R16 每条新币168元，含安装和平衡。
        怎么知道车电池快不行了？早上发动慢、大灯变暗、仪表盘电池灯亮，就该检查了。
        工单 JC-240913 | 更换55D23L电池 | 技师编号 T04 | 用时15分钟 | 已完成
        拖车收费：20公里内新币120元，之后每公里4元，午夜至早上6点另加50元。
        新加坡天气炎热，电池寿命一般只有两年左右，建议每半年做一次检测。
        轮胎侧面被刺穿无法补胎，只能更换，请勿在漏气状态下继续行驶。
        本店接受PayNow、NETS及信用卡付款，恕不接受支票。
        胎压监测灯亮起不一定是漏气，换胎后传感器需要重新匹配。
        投诉请附上发票号码，我们会在三个工作日内回复。
        高速公路上抛锚请打开双闪灯，人员站到护栏外等候救援。
    """),
    ("en", "industry_news"): _lines("""
        Bridgestone reported higher replacement tyre sales in Southeast Asia for the first half of the year, led by SUV sizes.
        The Goodyear Tire & Rubber Company was named after Charles Goodyear, who patented vulcanised rubber in 1844.
        John Boyd Dunlop developed the first practical pneumatic tyre in 1888 for his son's tricycle in Belfast.
        André and Édouard Michelin founded their tyre company in Clermont-Ferrand in 1889.
        Pirelli brought the C3, C4 and C5 compounds to the Marina Bay street circuit for the Singapore Grand Prix.
        Malaysia's Road Transport Department (JPJ) reminds motorists that driving on tyres with tread depth below 1.6mm is an offence.
        Amara Raja, maker of Amaron batteries, was founded by Ramachandra N. Galla in Tirupati.
        Electric vehicles still carry a 12V auxiliary battery, which remains a common reason EV owners call for roadside help.
        Most of Singapore's tyre workshops are clustered in the Kaki Bukit, Ubi and Sin Ming industrial estates.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JOB CARD JC-241102 | Customer: TAN WEI LIANG | HP: 9127 4483 | Vehicle: SKV 4481 Y Honda Vezel | Work: 4x Bridgestone 215/60R17 + alignment | Paid NETS $712
        Callout 03:20am for Ms Nurul Ain binti Rosli, flat battery at Blk 512 Jurong West St 52 carpark, deck 4 lot 118. Her mobile 8842 1907.
        Warranty claim WC-2024-00412 | Claimant: Rajesh Kumar a/l Subramaniam | MyKad: 850314-10-5523 | Battery 55D23L bought 12/03/24 | Failed load test | Replacement approved
        Complaint: Mr Goh Chee Keong says our tech scratched his rim during the tyre change on 14 Oct at Ubi outlet and wants $180 for the repair. Manager to call him back.
        pls call back customer 9683 2215 asap, she said the new battery cannot start her car this morning
        Tow request | Name: Lim Siew Hua | Contact: +65 9012 7741 | Location: outside her house at 38 Jalan Kembangan | Car: SLA 2903 J Corolla Altis | Destination: Borneo Motors Leng Kee
        Customer Mdm Wong Ah Moi, 78, lives alone in Toa Payoh Lor 1, asked us to come after 10am because her son can only help on weekends.
        Payment by card 4556 1234 5678 9015 exp 09/27, cardholder LEE JUN HAO, for 2x Michelin PS5 225/45R17
        Refund of $155 to POSB savings 188-52034-6 (account holder Siti Hajar binti Kamal) for the duplicate charge on INV-SG-0098771.
        FIN G5582910T, Mr Nguyen Van Duc, towing fee $220 to be paid in two instalments, first $110 received 3 Nov, balance due 3 Dec.
        Fleet driver Muthu a/l Ramasamy was rude to our tow operator at Tuas Checkpoint and refused to sign the job sheet; dispatcher has logged the incident.
        Google review reply: Hi Jasmine Ong, so sorry about the 2-hour wait for your battery callout in Punggol last Saturday. We have refunded the callout fee to your card.
        Booking confirmed: Darren Fernandez, Sat 16 Nov 11:00, 4x tyre rotation + balancing, Sin Ming branch. We will SMS 9788 3120 when the car is ready.
        Customer email kavitha.pillai88@gmail.com asking for an e-copy of the warranty card for the Amaron battery installed on 2 Feb.
        Telegram @jason_kwek93 is the guy who keeps asking for free nitrogen top-ups; his Mazda 3 is SJH 718 C.
        Driver site note: owner Mr Benjamin Chua appeared drunk and could not produce his licence; car left at Clarke Quay carpark, police informed.
        Callout for Mr Arun s/o Krishnan, Blk 201B Punggol Field #12-344, Singapore 822201, Honda Jazz won't start. He will PayNow after the job.
        New customer account / Name: CHRISTOPHER DE SOUZA / NRIC: S8234516G / Mobile: 9123 0648 / Address: 7 Jalan Lim Tai See, Singapore 278837 / Vehicle: SMX 6620 R
        Warranty card | Owner: Ho Mei Ling | Phone 012-338 4410 | Car plate WXY 4821 | Battery Century NS60 | Date 5/6/2024 | Outlet: Cheras
        Insurance towing claim: insured Mr Zulkifli bin Hassan, accident at KM 302.4 NSE northbound, reported neck pain and was sent to Hospital Sultanah Aminah by ambulance.
        Staff note: no more credit for Ms Pang Lay Choo, she still owes $460 from the August tyre job and her cheque bounced.
        SMS log 14:02 to 016-772 9035: Hi Encik Hakim, your Proton Saga JQM 8821 is ready for collection. Total RM385.
        Ah Huat, the Grab driver with the white Prius SGX 1357 E, came again for a puncture, 3rd time this month, says he cannot afford new tyres until next month.
        Dear Mr Sim Kok Wah, we regret that your warranty claim WC-2024-00518 is rejected as the battery was physically damaged. You may collect the old unit at our Ubi outlet by 30 Nov.
        Tech remark: customer Priya d/o Ramanathan is 8 months pregnant and was waiting in the car without aircon, so we prioritised her job. Done in 10 min.
        Complaint ticket #CT-2291 | Raised by: Eddie Yeo Boon Kiat | Issue: tyre blew out on ECP 2 weeks after purchase | Claims wrist injury | Wants S$2,000 compensation
        Deposit for 4 tyres received from Farah Liyana, 50% by PayNow, balance on collection. She is collecting Friday 7pm after work.
        Roadside membership card expired, verified member by NRIC T0148823B instead, member name Kelvin Ang Zhi Wei.
        Call from Mrs Margaret Tan: her husband Dr Leonard Tan's car is dead in the Mount Elizabeth carpark and he has a surgery at 2pm, urgent jump start needed.
        Invoice to: Suresh Nair, 45 Jalan Ampang Hilir, 55000 Kuala Lumpur | 2x Pirelli P Zero 245/40R18 | RM1,980 | Paid by card 5204 7311 8902 4550
        Found in tow truck: wallet of Mohd Hafiz bin Omar, IC 880430-08-6211, please contact him at 019-522 8107.
        Passport TR4410267, Mr Takeshi Yamada, tourist in a rental car, tyre burst on the way to Legoland; charged to his card, rental company invoiced separately.
        Fleet account: Lalamove driver Siva Kumar s/o Pillai asked to pay 2 tyres by monthly instalment because his income dropped; approved $60/month.
        Birthday voucher sent to Grace Teo, DOB 14 Feb 1991, member since 2019, last battery change Sep 2023.
        Blacklist: Mr Jeffrey Seow, NRIC S8812045J, disputed 3 callout charges with his bank in 2024. Cash only if he calls again.
    """),
    "ms": _lines("""
        Pelanggan: NUR SYAFIQAH BINTI ABDULLAH | No. KP: 920708-14-6142 | Alamat: 12 Jalan SS 15/4D, 47500 Subang Jaya | Tunda ke pusat servis Perodua Glenmarie
        Encik Faizal bin Yusof, Myvi putih WPK 3317, bateri kong di parking Mydin USJ. No telefon 013-284 5562. Juruteknik dah dalam perjalanan.
        Aduan daripada Puan Rohani binti Ismail: juruteknik kami datang lewat 2 jam, anak beliau demam panas di rumah dan perlu dibawa ke klinik.
        Resit: Ahmad Zaki bin Mansor, tukar 4 tayar Bridgestone, RM920, bayaran pindahan dari akaun Maybank 1640 2231 8807.
        Tuntutan waranti: Encik Kamarul Ariffin bin Samad, bateri dibeli 3/1/2024 rosak selepas 8 bulan. Beliau bekerja di Petronas Kerteh dan hanya boleh datang hujung minggu.
        Cik Aishah, WhatsApp 011-2370 8846, minta sebut harga tayar 195/60R15 untuk Honda City beliau.
        Pemandu lori tunda melaporkan Encik Razak bin Hamid marah-marah dan enggan membayar caj tunda RM280 di Tol Sungai Besi.
        Nama: LOH KAR MUN | IC: 010915-07-0348 | Tel: 017-445 0921 | Kenderaan: PLM 6230 | Kerja: tukar bateri Amaron NS40ZL
    """),
    "zh-Hans": _lines("""
        客户陈志明先生，手机 9735 2208，明早8点在宏茂桥 Blk 225 停车场换电池，车牌 SJR 8876 Z。
        投诉记录：林美玲女士说上周在我们店换的轮胎开了三天就漏气，要求全额退款，电话 012-698 3340。
        黄国强 NRIC S7611209F，保修卡遗失，要求补发，电池型号55D23L，去年10月在乌美分店安装。
        拖车单：车主张伟华，身份证 780221-01-5877，车在新山 Jalan Tebrau 路边抛锚，拖往丰田服务中心。
        李秀英阿姨说她儿子下个月才发工资，电池钱先欠着，约好12月5日还新币180元。
    """),
    "mixed": _lines("""
        bro the uncle Ong Beng Huat from Blk 330 Serangoon Ave 3 call again, say his battery die again after 2 months, want free replacement leh
        Kak Salmah binti Ismail punya kereta tayar pancit kat Jalan Klang Lama, dia tunggu dengan baby, hp 014-903 2271, cepat sikit
        eh the lady Cheryl Lau from yesterday jump start, she PayNow to wrong number, her mobile 8366 0415, pls refund her
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a tyre shop in Singapore."),
        ("user", "hi can book tyre change sat morning? 4 tyres for my Mazda 3"),
        (
            "assistant",
            "Sure, we have 10am or 11:30am at our Ubi outlet. May I have your name, mobile number and vehicle number?",
        ),
        ("user", "10am pls. Kwek Jia Hui, 9456 1172, SNH 2451 K"),
    ],
    [
        ("user", "my car cannot start, Civic 2018, at Blk 688 Woodlands Dr 75 carpark level 3"),
        (
            "assistant",
            "Sorry to hear that. Our nearest van can reach you in about 40 minutes. Could you share your name and a contact number for the technician?",
        ),
        ("user", "Mohamed Irfan, 8127 5530. I'm waiting in the car with my two kids"),
        ("assistant", "Noted, Mr Irfan. The technician will call you when he is 5 minutes away."),
    ],
    [
        ("system", "Warranty claims assistant for a battery retailer."),
        ("user", "I want to claim warranty, battery only 7 months and already dead"),
        (
            "assistant",
            "I can help. Please provide the invoice number and the NRIC used at purchase so I can find the record.",
        ),
        ("user", "INV-SG-0091187, NRIC T0392217G, name Vanessa Lim"),
    ],
    [
        (
            "user",
            "i want to complain. your guy at Sin Ming didn't tighten my wheel nuts, wheel came loose on the CTE",
        ),
        (
            "assistant",
            "We are very sorry. Was anyone hurt? Please share your details so our service manager can contact you today.",
        ),
        (
            "user",
            "my dad was driving, he's 67, got a bruised shoulder and saw the doctor at Tan Tock Seng. Name Chong Kah Wai, call me at 9311 8804",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat tunda 24 jam di Malaysia."),
        ("user", "kereta saya rosak kat Jalan Kapar, Klang, nak tunda ke bengkel"),
        (
            "assistant",
            "Baik, boleh berikan nama penuh, nombor kad pengenalan dan nombor telefon untuk borang tunda?",
        ),
        (
            "user",
            "Mohd Azlan bin Rahim, IC 890612-10-5231, tel 012-775 3094. Saya tunggu tepi jalan depan kedai makan",
        ),
    ],
    [
        ("user", "你好，我的车在淡滨尼爆胎了，可以派人来吗？"),
        ("assistant", "可以的，请提供您的姓名、联系电话和具体位置。"),
        (
            "user",
            "我叫吴佩珊，电话 9845 2671，在 Tampines St 81 Blk 858 楼下停车场，车牌 SLB 5120 B",
        ),
    ],
    [
        ("user", "Need a tow from my house, car won't start at all, starter motor I think"),
        (
            "assistant",
            "We can arrange a flatbed. What is the pickup address and where should we send the car?",
        ),
        (
            "user",
            "pickup 16 Siglap Plain, Singapore 456017, send to Kah Motor Bukit Timah. Name Douglas Pereira",
        ),
        (
            "assistant",
            "Thank you, Mr Pereira. The tow truck ETA is 55 minutes; the fee is $140 payable on site.",
        ),
    ],
    [
        ("user", "hi, my mum's car battery died at home, can you send someone"),
        (
            "assistant",
            "Of course. Could you give us the address and the name of the person on site?",
        ),
        (
            "user",
            "Mdm Tan Geok Lian, she's 81 and uses a wheelchair so she cannot come down, the car is at the carpark of Blk 45 Marine Crescent",
        ),
        ("user", "my number is 9067 3319 if the tech need to call, she's hard of hearing"),
    ],
    [
        ("system", "You are a payment assistant for roadside services."),
        ("user", "can I pay the battery replacement by card over chat? the tech left already"),
        (
            "assistant",
            "For security, please use the payment link we send by SMS instead of typing card details here.",
        ),
        (
            "user",
            "aiya just take it: 4147 0926 5531 8874, exp 11/26, name on card RAVINDRAN A/L GOPAL",
        ),
    ],
    [
        ("user", "pls update my email for warranty reminders, the old one is not used anymore"),
        ("assistant", "Sure. Please provide your registered mobile number and the new email."),
        (
            "user",
            "mobile 8752 0946, new email is nadia.hamzah.sg@yahoo.com, account under Nadia binti Hamzah",
        ),
    ],
]
