# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en146: SG/MY taxi and private-hire fleet operators (driver rentals, accident reports, lost items, complaints, vocational licences). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en146
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "fleet notice"): _lines("""
        NOTICE TO ALL HIRERS: With effect from 1 January 2027, the daily rental for Toyota Prius Hybrid taxis will be revised from $108.00 to $112.50 (incl. GST). The hybrid fuel rebate remains unchanged.
        Reminder: LTA periodic inspection for taxis registered in 2021 falls due this quarter. Please book your slot in the hirer app at least 7 days before the due date; no-shows will be charged a $50 admin fee.
        The Kallang Bahru depot will be closed on Hari Raya Haji. Vehicle swaps and accident drop-offs are redirected to the Ang Mo Kio service centre, 8am to 5pm.
        All hirers are reminded that smoking in the vehicle is prohibited. A $300 deep-cleaning charge applies on top of any LTA penalty.
        New EV hirers must attend a 2-hour charging and regenerative braking briefing before collection. Sessions run every Tuesday and Thursday at 10am, Level 2 Training Room.
        Changes of shift (day/night relief) must be registered with the fleet office at least 48 hours in advance. Unregistered relief drivers are NOT covered by the fleet insurance policy.
        Festive incentive: complete 180 paid trips between 20 Jan and 9 Feb and receive a $150 rental rebate in your March statement. Cancelled and no-show trips do not count. T&Cs apply.
        Rental payments by PayNow must be made to UEN 201534872K (Merlion Fleet Rentals Pte Ltd) with the vehicle number in the reference field, otherwise the payment cannot be matched.
        December rental deduction will be processed on 28/12/2026. Please keep sufficient balance in your GIRO account by 27/12 to avoid the $25 failed-deduction charge.
        Workshop advisory: brake pad replacement for all Hyundai Ioniq 5 units is scheduled from 3 to 14 March. Cars will be recalled in batches and a replacement vehicle provided for the day.
        ERP 2.0 on-board units will be fitted free of charge to all fleet vehicles. Fitting takes about 90 minutes at the Ubi depot; book under "OBU installation" in the hirer portal.
        Meter software will be updated to version 6.3.2 on the night of 14 Nov. Please log off and restart the meter after 2am if the fare screen freezes.
        Vehicles with less than 12 months of COE remaining are offered at a 15% rental discount. The list of eligible units is on the depot notice board.
        Lost property handed in at the depot is kept for 30 days and then transferred to the police. Do not return items directly to passengers without going through the customer service counter.
        Merlion Fleet Rentals 24-hour breakdown and towing hotline: 6291 4400. Hirer counter (Mon-Sat 8am-6pm): 6291 4411. Address: 21 Kallang Bahru, Singapore 339344.
        Uniform reminder: collared shirt, long pants and covered shoes are required on duty. New uniform sets are available at the counter at $18 per set, sizes S to XXL.
    """),
    ("en", "licensing and hirer FAQ"): _lines("""
        How early can I sign up for the TSDVL refresher course if my licence expires in March next year?
        Q: Can a PDVL holder drive a street-hail taxi? A: No. A PDVL only lets you drive private hire cars booked through a ride-hail app; driving a taxi needs a TSDVL.
        What happens to my vocational licence if I collect too many demerit points within the set period? Is it suspension first or straight revocation?
        Do drivers aged 65 and above need a medical examination every time they renew the vocational licence, or only every few years?
        Is Singapore citizenship a requirement for the taxi vocational licence, or can PRs apply as well?
        How long does the APAD e-hailing vehicle permit (EVP) usually take to be approved after submitting online?
        What documents should I bring for the PSV licence course at a JPJ-approved driving institute?
        Can I use my own car for private hire, or must it be a rental from a licensed PHC operator? What insurance is required?
        Q: A passenger left a phone in my car and the trip has ended. Must I drive to return it? A: Please don't arrange private meet-ups; hand the item in at any depot counter and customer service will contact the passenger through the booking.
        If another car hits me from behind while I'm stopped at a traffic light, do I claim from my fleet insurer or from the other driver's insurer?
        Does the fleet insurance cover personal accident for the hirer, or only third-party and own damage?
        How do I transfer an LTA parking summons to the relief driver who was on shift at that time?
        What is the difference between the platform fee and the booking fee shown on the trip receipt?
        Is the midnight surcharge calculated on the metered fare only, or on the total including ERP and airport charges?
        How many days of MC must I submit before the company will waive the rental for those days?
        Can I switch from a Prius Hybrid to an EV taxi in the middle of my rental contract, and is there a penalty?
    """),
    ("en", "accident and claims procedure"): _lines("""
        ACCIDENT REPORT FORM (FLEET) | Date/Time: ______ | Location: ______ | Vehicle No.: ______ | Hirer Name: ______ | NRIC/FIN: ______ | Third-party vehicle: ______ | Police report made: Yes / No
        Claim ref CLM-2026-0418832: own-damage assessment completed; awaiting workshop invoice INV/KB/26/11907 before release of the vehicle.
        Template: "Dear {hirer_name}, we refer to the incident on {incident_date} involving vehicle {vehicle_no}. Please attend the reporting centre by {deadline} with your driving licence and the police report number."
        Excess schedule: own-damage excess $2,000 for hirers with less than 3 years' experience, $1,500 otherwise; windscreen-only claims $100.
        After a minor collision: 1) stop safely, 2) exchange particulars, 3) photograph both vehicles and the road, 4) report to the fleet within 24 hours, 5) do not admit liability at the scene.
        All accidents must be reported to the insurer within 24 hours and the vehicle brought to an authorised reporting centre, whether or not a claim is made.
        Windscreen crack report: Toyota Prius Hybrid, job card WS-26-1142, part no. 56101-47210, labour 1.5 hrs, status: completed.
        SELECT vehicle_no, COUNT(*) AS incidents FROM accident_reports WHERE incident_date >= '2026-01-01' GROUP BY vehicle_no ORDER BY incidents DESC;
        Fleet accident summary Q3: 47 reported accidents, 31 own-fault, 16 third-party fault; average repair cost $3,860; 9 cases with injuries, none fatal.
        Workshop quotation Q-26-08817: rear bumper respray $420, tail lamp assembly $265, parking sensor $180, total $865 before GST.
        Third-party claims are handled by the insurer; hirers must not accept cash settlements at the scene without informing the claims team first.
        If the vehicle is not driveable, call the breakdown hotline and stay with the car until the tow truck arrives. The tow to the reporting centre is free within Singapore.
        Police report number, claim reference and job card number must all be written on the claim submission checklist before it is handed to the claims team.
        Injury claims checklist: medical report, hospital bills, MC certificates, police report, photos of the scene; originals to be submitted within 30 days.
    """),
    ("en", "ops log and lost property"): _lines("""
        Case No. LF-26-03391 | Item: black golf umbrella | Found: rear seat | Date: 02/11/2026 14:20 | Status: unclaimed, transferred to police 02/12/2026
        Lost property summary Nov 2026: 214 items handed in, 61% mobile phones, 12% wallets, 9% umbrellas; 148 returned to owners.
        2315hrs depot handover: 42 vehicles out on night shift, 6 in workshop, 2 awaiting accident survey, 1 spare car available.
        Ticket #CS-884210 closed: passenger feedback on weak air-con resolved after compressor replacement.
        Booking ID A-6KQ2W9ZP8J refunded SGD 18.40 due to double charge; root cause: payment gateway timeout at 21:04.
        Item received 0715hrs: brown leather wallet, no ID inside, $40 cash and two receipts. Logged as LF-26-03458.
        Night shift note: charging bay 4 at Ubi depot tripped twice, electrician called, bays 1-3 usable.
        Weekly tally: 23 passenger feedback tickets (15 compliments, 6 route complaints, 2 cleanliness), average closure time 3.2 days.
        Item LF-26-03477, Apple AirPods case (white), found by cleaning crew in boot; no engraving; awaiting enquiry.
        Complaint category codes: C01 rude behaviour, C02 route/overcharging, C03 refusal of service, C04 unsafe driving, C05 cleanliness, C06 lost item follow-up.
    """),
    ("ms", "notis dan soalan pemandu"): _lines("""
        NOTIS: Semua pemandu e-hailing diingatkan bahawa lesen PSV dan permit EVP mesti sah sepanjang masa. JPJ akan menjalankan operasi di sekitar Lembah Klang bulan ini.
        Kadar sewa Proton Saga untuk pemandu e-hailing: RM45 sehari atau RM280 seminggu, termasuk insurans e-hailing dan servis berkala.
        Pemeriksaan Puspakom bagi kenderaan e-hailing hendaklah dibuat mengikut jadual. Sila semak tarikh pemeriksaan dalam aplikasi sebelum hujung bulan.
        Soalan: Berapa lama kursus PSV di institut memandu dan berapa yurannya?
        Pejabat Sinar Kenderaan Sewa Sdn Bhd di Jalan Tun Razak akan ditutup pada Hari Raya Aidilfitri pertama dan kedua. Talian kecemasan 24 jam: 03-2145 6600.
        Kemalangan kecil? Ambil gambar kedua-dua kenderaan, buat laporan polis dalam masa 24 jam dan maklumkan pejabat sebelum membaiki kereta.
        Barang tercicir yang ditemui dalam kereta mesti diserahkan ke kaunter dalam masa 24 jam. Jangan simpan dalam but kereta.
        Soalan: Kalau permit EVP tamat tempoh, boleh terus bawa penumpang sementara tunggu pembaharuan?
        Pemandu yang melengkapkan 150 perjalanan dalam bulan Ramadan akan menerima rebat sewa RM100.
        Caj pembersihan RM150 akan dikenakan jika kereta dipulangkan dalam keadaan kotor atau berbau rokok.
        Templat aduan: Nama penumpang: ______ | No. tempahan: ______ | Tarikh perjalanan: ______ | Butiran aduan: ______
        Statistik bulan Oktober: 1,820 tempahan selesai, 37 aduan diterima, 92% diselesaikan dalam 3 hari bekerja.
        Soalan: Insurans e-hailing tu cover penumpang sekali ke, atau pemandu sahaja?
        Kereta baharu Perodua Bezza 1.3 AV kini tersedia untuk sewaan jangka panjang, deposit RM500.
    """),
    ("zh-Hans", "车队通知与问答"): _lines("""
        各位司机请注意：明年1月起，普锐斯混合动力德士的日租金调整为112.50元（含消费税），燃油回扣不变。
        问：德士司机职业执照（TSDVL）到期前多久可以报名复习课程？
        遇到交通意外，请在24小时内通知车队，并在保险公司规定的时间内把车送到授权报告中心。
        失物处理流程：乘客遗留物品须在当天交到车厂柜台，保存30天后转交警方处理。
        问：私召车司机（PDVL）可以在路边载客吗？答：不可以，私召车只能通过召车应用接单。
        本周六上午10点在加冷巴鲁车厂举行电动车充电讲座，名额30人，请到柜台报名。
        交通部长徐芳达在国会表示，政府会继续检讨德士和私召车司机的保险保障。
        车内严禁吸烟，违者须付300元清洁费，陆交局的罚款另计。
        马来西亚的电召车司机必须持有有效的PSV执照和EVP准证才能接单。
        计价表软件将于11月14日凌晨更新至6.3.2版，如屏幕卡住请重新开机。
        问：替班司机在当班时被开罚单，要怎样把罚单转到替班司机名下？
        统计：本季度车队共发生47起交通意外，其中16起为对方责任，没有死亡个案。
    """),
    ("mixed", "driver group chat"): _lines("""
        Anyone know today Changi T3 taxi queue long or not? Thinking to go there after lunch.
        Wah the new Ioniq 5 regen braking very shiok, but passengers at the back say a bit pening leh.
        Eh the depot counter close at 5pm today right? Need to change tyre before night shift.
        Bro which workshop at Sin Ming can do aircon gas top-up cheap? Fleet one queue until next week.
        Tonight NDP fireworks, Marina Bay confirm surge. Go early and wait near Bayfront, don't block the taxi stand.
        Malam ni hujan lebat, area Bangsar confirm banyak booking, jom keluar awal.
        Kalau kena saman JPJ sebab EVP tak aktif, boleh rayu tak? Ada sesiapa pernah cuba?
        Any item passenger leave behind, just bring to depot counter. Don't keep in boot overnight, later become problem.
        Who got tips for the TSDVL theory test? The Chinese version a lot of questions on road names and landmarks.
        今晚Suntec有concert，散场时taxi stand肯定很多人，大家小心开车。
        Aiya the meter app keep hang after the 2am update, anyone else kena?
        Rental rebate 180 trips — cancelled trips count or not ah? Counter also not sure.
        Tomorrow Thaipusam procession, Serangoon Road close from early morning, avoid Little India ah.
        Got anyone try the new EV charger at Ubi? 30 min only 60% leh, slow like turtle.
    """),
    ("en", "industry news and statistics"): _lines("""
        Transport Minister Chee Hong Tat told Parliament that the government would study ways to improve insurance coverage for platform drivers.
        Grab co-founder and CEO Anthony Tan said the company would continue expanding its electric vehicle rental programme for driver-partners in Southeast Asia.
        Malaysian Transport Minister Anthony Loke said the ministry would review e-hailing permit requirements after feedback from driver associations.
        The Platform Workers Act, in force since 1 January 2025, requires platform operators to make CPF contributions for platform workers born in or after 1995.
        LTA figures show the taxi population has shrunk over the past decade while the number of private hire cars has grown.
        Tan Tock Seng Hospital's main taxi stand will be relocated during renovation works until mid-2027; pick-ups will be at the Jalan Tan Tock Seng side gate.
        The National Taxi Association and the National Private Hire Vehicles Association signed a memorandum with operators on fatigue management guidelines.
        Survey of 1,200 fleet hirers: 58% prefer daily rental, 31% weekly, 11% monthly; average working day reported at 10.4 hours.
        Ng Teng Fong General Hospital and Jurong Community Hospital share a single drop-off point from next month; taxis may wait up to 5 minutes.
        Electric taxis made up more than a third of new taxi registrations last year, with BYD e6 and Hyundai Ioniq 5 the most common models.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        HIRER REGISTRATION | Name: MUHAMMAD HAFIZ BIN ROSLAN | NRIC: S8812307G | TSDVL expiry: 14/03/2027 | Vehicle: SHA 4821 X (Toyota Prius Hybrid) | Shift: Day, no relief | HP: 9738 2164
        Accident 03/11/2026 approx 2315hrs: hirer Tan Boon Keat (SHD 2268 R) was stationary at the junction of Upper Serangoon Rd / Braddell Rd when car SLK 8821 U rear-ended him. Third-party driver Ms Priya d/o Rajan, contact 8216 5093, admitted she was looking at her phone. No injuries, police report filed.
        Lost item: passenger Ms Cheryl Goh (9054 8817) called 0940hrs, left a grey Samsung tablet in SHB 7712 C after a trip from her home at Blk 456 Jurong West St 42 to Raffles Place. Driver informed, will drop at depot.
        Complaint #CS-771204: passenger reports the driver of SHC 1093 P, Rajesh Kumar s/o Subramaniam, refused to load her father's foldable wheelchair at the TTSH taxi stand on 21 Oct and shouted at them. She wants an apology.
        Muthu a/l Krishnan (night shift, SHE 5407 G) submitted MC from Bedok Polyclinic for lumbar strain, 3 days 08-10 Dec. Relief to cover; rental waived per MC policy.
        Arrears list Dec | AHMAD FAIZAL BIN OSMAN | $1,240.00 outstanding since 15 Sep | 2 reminder letters sent | refer to debt collection if unpaid by 31 Dec
        Relief driver registration: main hirer Lee Swee Hock (SHF 3185 D, day shift) adds his son Jason Lee Jun Hao, NRIC S8539140B, for night shift from 1 Jan.
        GIRO AUTHORISATION | Account holder: LEONG KAH WAI | Bank: POSB | Savings a/c: 178-54291-3 | Purpose: weekly rental | Signed 02/12/2026
        Excess payment received: hirer Nurul Huda binti Kamarudin paid the $1,500 own-damage excess with card 4556 3322 9512 9412 exp 08/29 for claim CLM-2026-0511203.
        Wong Kok Leong, 58, TSDVL holder, now at 18 demerit points after the ECP speeding offence on 2 Nov. One more offence may trigger suspension; schedule a counselling session.
        PDVL medical: applicant Goh Seng Huat (S7634519H) passed the exam but was flagged for high blood pressure; doctor wants a review in 3 months before the licence is issued.
        Hi, this is Kelvin Ong, I rented SMR 8123 C last week. Please email the rental invoice to kelvin.ong.wk88@gmail.com and refund my $500 deposit to OCBC 601-284935-001. Thanks.
        Incident log 14/11 0220hrs: driver Saravanan a/l Muniandy (SKQ 3306 D) reported a drunk passenger vomited in the back seat and grabbed his arm. Driver shaken, went to A&E at CGH for a bruised wrist, off duty 2 days.
        Relief driver wanted for SHC 8874 G, night shift 5pm-5am, $55 per shift. Contact Lim Teck Seng (Ah Boy) on Telegram @ahboy_teck88 or 8731 0426.
        Small Claims Tribunal: passenger Siti Aisyah binti Rahmat has filed a claim of $680 against our hirer Chua Kim Huat for luggage damaged in the boot. Hearing 20 Jan 2027.
        Mr Eric Fernandez, Blk 32 Marine Crescent #11-1405, Singapore 440032 — FINAL REMINDER: rental for SNB 6619 A is 9 days overdue ($882.00). Return the vehicle by 12 Dec or legal action will follow.
        Onboarding checklist complete for Jeevan Raj s/o Pillai — NRIC S9021466G, TSDVL issued 05/11/2026, uniform size L, first shift Monday at Ubi depot.
        Third party: Mr Zhang Wei, FIN G6127043X, PRC national on work pass, driving rental car SJT 457 S, collided with our taxi at the Woodlands Checkpoint exit lane. He says he has no insurance of his own.
        Mdm Koh Lay Hoon called: her husband Tan Ah Kow (hirer of SFX 9042 Y) was admitted to CGH last night after a stroke. Car is parked at Tampines St 81 carpark, please arrange collection.
        pls call back Mr Daniel Teo 8127 4695 re black wallet left in cab last night around 11pm from Holland V.
        Third-party claimant Faridah binti Yusof (MyKad 880614-01-6032), Malaysian visitor, claims whiplash and $2,300 in bills from Gleneagles after our taxi braked suddenly on Orchard Rd.
        TSDVL refresher 3 Dec — absent: Harjit Singh s/o Gurdev Singh (S6809922F), Tay Poh Lin (S7421083Z). Both must re-book before licence expiry on 31 Jan.
        PHV RENTAL AGREEMENT | Lessee: Ms Nadia Rahman | DOB 12/07/1993 | NRIC S9317725H | Address: Blk 115 Bukit Merah View #08-22 | Vehicle: Toyota Corolla Cross Hybrid SNF 3148 R | Weekly rental $560
        I'm Mrs Gillian Pereira, I took cab SHA 6630 S on 5 Dec from Changi T3 and the driver went round via ECP and Nicoll Highway, charged me $48. My number is 9662 1380, please call me back.
        Police IO requested in-car camera footage of SHE 1207 T for 29/11 22:00-23:30: passenger Liu Jiaxin alleges that driver Ng Chee Keong pushed her out of the car during a fare dispute.
        Vehicle return: hirer Kamal bin Abdullah, 06/12 0830hrs, fuel 1/2, new scratch on rear bumper left side; hirer acknowledged, $250 to be deducted from his deposit.
        Refund $1,000 security deposit to Ms Tan Mei Ling, DBS Savings 027-018354-9, contract ended 30 Nov with no outstanding.
        driver nric S8045617D, name Yap Chee Ming, he was on duty 30 Nov nite shift when the lost iPhone was found in the car
        Found: blue Nike backpack with the ITE College East student card of Muhammad Irfan bin Zulkifli and an EZ-Link card. Kept at Ubi depot; his mother informed at 9415 7302.
        Incentive payout Nov: Balakrishnan a/l Ramasamy $320 / Siew Kah Mun $280 / Low Wei Xiang $150 — credited 5 Dec.
    """),
    "ms": _lines("""
        Nama Pemandu: NUR AIN BINTI ZAKARIA | No. K/P: 910305-14-6284 | Lesen PSV: sah hingga 09/2027 | EVP: aktif | Kenderaan: Perodua Bezza VKB 4412 | Tel: 017-629 3045
        Laporan kemalangan: pemandu e-hailing Mohd Azlan bin Ismail (019-772 1836) terlibat dalam kemalangan di Lebuhraya Persekutuan dekat Subang pada 2 Dis. Proton Saga WXY 2341 rosak teruk, pemandu cedera ringan di lutut.
        Aduan penumpang: pemandu bernama Rosli bin Hamid, kereta BMT 7720, enggan hantar saya ke KLIA selepas tahu tambang rendah dan memaki saya depan anak saya.
        Tunggakan sewa: Encik Faizal bin Mohd Noor (K/P 850317-10-5523) masih berhutang RM1,120 sewa Proton Persona sejak Oktober. Surat peringatan kedua dihantar 1 Dis.
        Barang tercicir: Puan Kamala a/p Muniandy tertinggal beg tangan coklat dalam kereta JQA 8812 selepas perjalanan dari Hospital Sultanah Aminah ke Taman Pelangi. Sila hubungi beliau di 012-384 7261.
        Permohonan ihsan: pemandu teksi Lim Ah Seng, 63 tahun, diserang strok bulan lepas dan tidak boleh memandu; isterinya memohon pengecualian sewa selama dua bulan.
        Sewa mingguan RM280 bagi pemandu Siti Rohani binti Che Mat akan didebit daripada akaun Maybank 1640 2238 7915 setiap Isnin mulai 8 Dis.
        Pemandu Ravi a/l Subramaniam (K/P 780922-07-5141) digantung 14 hari kerana bercakap di telefon semasa memandu dan tidak memakai tali pinggang keledar, berdasarkan aduan penumpang.
    """),
    "zh-Hans": _lines("""
        乘客投诉：11月28日晚上搭乘SHB 2046 A，司机陈志明一路讲电话，还故意绕路多收了十几块。我叫何佩珊，电话8890 2471，请回电。
        失物登记：乘客林嘉欣（T0245871Z），大学生，把学生证和钱包落在车上，已通知她明天下午来车厂领取。
        车队记录：司机吴国梁（S8674021D）上个月在PIE发生两次小事故，保险公司已发出警告，续约前必须参加安全驾驶课程。
        司机李文华的租金从12月起改为每天98元，因为他太太在中央医院做化疗，公司同意他先欠两个星期。
        找替班：SHA 9066 B 夜班，有意者请加司机张伟强微信 zwq_taxi1978，或打 9105 3386。
        事故报告：12月1日凌晨，司机黄秀英在实龙岗路被一辆摩托车擦撞，左手骨裂，已在陈笃生医院治疗，请假两个星期。
    """),
    "mixed": _lines("""
        bro Ah Seng (Tan Ah Seng, the SHB 5318 X one) kena accident at Jurong East yesterday, now warded at NTFGH, his wife say cannot drive at least 1 month
        anyone know Kak Ros? Rosnah binti Ahmad, drive Grab Proton X50 VHB 3321, hp 011-2354 8907 cannot reach since Friday, family very worried
        Uncle Raju (Rajoo a/l Perumal) from our night shift retiring after 32 years driving taxi, farewell makan at Changi Village this Fri 7pm, he say no need angpow
        Lim Mei Fong ah, the PHV driver with white Corolla Altis SLM 5520 Y, still owe me $300 car rental since last month, 不还钱 and now block my number
        tolong share: my cousin Arun Kumar a/l Selvam lost his PDVL card and IC near Kranji MRT, IC no S8203514A, if found pls call 8426 1957 thank you
        Boss Zulkifli potong $200 from Farhan's deposit sebab lambat pulang kereta 3 jam, Farhan bin Yusri already complain to NTA but no reply yet
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the claims assistant for a Singapore taxi fleet. Help hirers prepare accident reports.",
        ),
        (
            "user",
            "Need to report accident. I am Ong Kian Huat, NRIC S8361092A, taxi SHD 9183 E. This morning 7.40am at AYE near Clementi exit a lorry change lane and hit my front left.",
        ),
        (
            "assistant",
            "Sorry to hear that. Was anyone injured, and did you get the lorry's vehicle number and the driver's particulars?",
        ),
        (
            "user",
            "No one injured. Lorry is YN 4417 K, driver name Selvam, his hp 9023 6614. I already made police report online.",
        ),
    ],
    [
        (
            "user",
            "Hello, I left my spectacles case and a Kindle in a Grab car yesterday night, from Tiong Bahru to Pasir Ris. Can you help?",
        ),
        (
            "assistant",
            "I can help you file a lost item report. Could you share your name, a contact number and the trip time?",
        ),
        (
            "user",
            "Name is Rachel Koh Hui Min, 8539 2716, trip around 10.15pm. The driver was an Indian uncle with a grey Toyota Corolla Altis.",
        ),
    ],
    [
        (
            "user",
            "Saya nak perbaharui permit EVP. Nama saya Hairul Nizam bin Abdul Razak, K/P 870209-06-5413.",
        ),
        (
            "assistant",
            "Baik. Adakah lesen PSV encik masih sah, dan bilakah tarikh tamat permit EVP sekarang?",
        ),
        (
            "user",
            "PSV sah sampai Mac 2027. EVP tamat 15 Dis. Kereta saya Perodua Myvi CDE 6120, daftar atas nama isteri saya Norliza binti Hassan.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封请假信给车队。我是司机郑淑敏，车号SKV 7051 K，医生说我有糖尿病并发症，要住院检查一个星期。",
        ),
        ("assistant", "好的。请问住院日期是哪几天？在哪家医院？是否需要安排替班司机？"),
        ("user", "12月8日到14日，在邱德拔医院。替班司机是我弟弟郑伟杰，电话 9217 4508。"),
    ],
    [
        ("system", "You summarise customer complaints for the fleet quality team."),
        (
            "user",
            "Summarise this: Passenger Mr Vincent Lau, booking on 2 Dec 8.05pm from Bishan to Sengkang. He says driver Chandran s/o Velu smelled of alcohol and nearly hit a motorcyclist on CTE. Mr Lau's email vlau.sg@outlook.com.",
        ),
        (
            "assistant",
            "Summary: Passenger Vincent Lau reports that on 2 Dec (8.05pm, Bishan to Sengkang) driver Chandran s/o Velu appeared to smell of alcohol and drove unsafely on the CTE, nearly hitting a motorcyclist. Category C04 unsafe driving; recommend suspension pending investigation and contacting Mr Lau at vlau.sg@outlook.com.",
        ),
    ],
    [
        (
            "user",
            "Can you calculate the arrears for hirer Azman bin Said? Daily rental $98, he didn't pay from 18 Nov to 5 Dec. He already paid $300 on 25 Nov.",
        ),
        (
            "assistant",
            "18 Nov to 5 Dec inclusive is 18 days. 18 x $98 = $1,764. Less the $300 paid, the outstanding amount is $1,464.",
        ),
        (
            "user",
            "Ok. He said he will transfer from his CIMB account 7063441892 this Friday. Draft a short reminder SMS to his number 8662 0397.",
        ),
    ],
    [
        (
            "user",
            "Appeal letter to LTA pls. Name: Sim Boon Chye, NRIC S7118462E, TSDVL holder. Got 6 demerit points for stopping at bus stop on 19 Nov, but I was helping a passenger on crutches.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I, Sim Boon Chye (NRIC S7118462E), wish to appeal against the demerit points for stopping at a bus stop on 19 Nov. I stopped briefly to help a passenger on crutches to alight safely...' Do you have any evidence, such as the trip receipt?",
        ),
        (
            "user",
            "Yes, booking A-7PM3Q8XT2C. And please add that this is my first offence in 15 years of driving.",
        ),
    ],
    [
        ("system", "HR assistant for Harbour Cab Services Pte Ltd."),
        (
            "user",
            "Draft a termination of hire agreement for Koh Teck Meng, NRIC S6920418Z, taxi SHA 6630 S. Reason: 4 complaints of overcharging in 3 months and failure to attend the counselling session.",
        ),
        (
            "assistant",
            "Draft: 'Dear Mr Koh Teck Meng, we regret to inform you that your hire agreement for SHA 6630 S will be terminated with effect from 31 December 2026 due to repeated overcharging complaints and non-attendance at the counselling session...'",
        ),
    ],
    [
        ("user", "booking for cross border taxi JB to Changi tmr 5am, 2 pax"),
        (
            "assistant",
            "Sure. For cross-border trips I need the full names as in the passports and the passport numbers of both passengers.",
        ),
        (
            "user",
            "Lee Siew Ling passport A58213476, Tan Jun Kai passport A61094823. Pick up at No. 12 Jalan Pelangi 3, Taman Pelangi, 80400 Johor Bahru. My hp 016-405 9273.",
        ),
    ],
    [
        (
            "user",
            "Nak tanya, pemandu kami Suresh a/l Ganesan kena tahan polis semalam sebab disyaki memandu dalam keadaan mabuk. Kereta syarikat BKT 2208 ditunda ke balai.",
        ),
        (
            "assistant",
            "Baik. Syarikat perlu dapatkan salinan laporan polis dan maklumkan syarikat insurans. Adakah pemandu sudah dibebaskan?",
        ),
        (
            "user",
            "Dah diikat jamin oleh abang dia. Nombor telefon Suresh 013-918 6402, kes dibicarakan bulan depan.",
        ),
    ],
    [
        (
            "user",
            "hi can help me check why my rental deduction failed? my name Nurhidayah, hirer of SNE 2793 P since Dec",
        ),
        (
            "assistant",
            "The deduction on 28/12 was returned by the bank. Could you confirm the bank account you registered for GIRO?",
        ),
        (
            "user",
            "UOB One 372-304-518-6, Nurhidayah binti Mansor. Pls try again, my salary from the other job comes in on 1st.",
        ),
    ],
]
