# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en167: SG/MY ferry terminals and cross-border coach operators. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en167
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "terminal_notice"): _lines("""
        ADVISORY: Due to choppy sea conditions in the Singapore Strait, the 1100 and 1230 sailings from Tanah Merah Ferry Terminal to Bandar Bentan Telani are delayed by about 45 minutes. Passengers already checked in please remain in the departure hall.
        Check-in counters for Batam Centre, Harbour Bay and Sekupang close 45 minutes before departure. Late arrivals will be rebooked on the next available sailing, subject to a $10 amendment fee.
        HarbourFront Centre Level 2: departure immigration for Indonesia-bound ferries is via Gate 3 from 0600 to 2000 daily. Toilets and money changers are located before the immigration counters.
        LOST & FOUND: A navy blue cabin trolley, a Casio watch and a bag of kuih lapis were found on vessel Ocean Pearl 9 (1530 ex-Batam Centre, 2 Nov). Owners may claim at the HarbourFront lost property counter with proof of ownership. Items unclaimed after 30 days will be disposed of.
        Changi Point Ferry Terminal: bumboats to Pulau Ubin depart when 12 passengers are on board. Fare $4 per person one way, bicycles $2 extra. Cash only, exact change appreciated.
        Notice to all coach passengers: from 1 December, cross-border buses departing Queen Street will board at Bay 4. Please have your passport ready before reaching Woodlands Checkpoint.
        Travellers entering Malaysia must submit the Malaysia Digital Arrival Card (MDAC) within 3 days before arrival. Singapore citizens are exempt.
        Ferry services between Stulang Laut and Batam Centre are suspended today, 14 Jan, owing to strong northeasterly winds. Refunds are available at the counter or via the operator's website within 7 days.
        Reminder: power banks above 100Wh, durians and open containers of fuel are not allowed on board. Checked luggage limit is 20kg per passenger; excess is charged at RM5 per kg.
        Lost property found at Larkin Sentral Platform 12: one grey Xiaomi phone in a pink casing, one Hello Kitty water bottle. Enquire at the information counter, Level G.
        Woodlands Checkpoint traffic update 0715: heavy departure traffic in the bus hall. Estimated clearance time 60 to 90 minutes. Passengers with flights from Senai should allow extra time.
        Sailing schedule effective 1 March 2027: TMFT to Bintan Telani 0810, 1100, 1400, 1800 (Fri to Sun additional 2030). Return 0920, 1240, 1600, 1945 (Indonesia time).
        Penumpang/Passengers: the Kuah Jetty to Kuala Perlis ferry at 1345 is cancelled due to low tide. Affected passengers may board the 1530 service with their existing ticket.
        Wheelchair assistance is available at all our terminals. Please inform counter staff at least 30 minutes before boarding so the crew can prepare the gangway ramp.
    """),
    ("en", "faq"): _lines("""
        Q: My passport has 5 months validity left, can I still take the ferry to Batam? A: Indonesia requires at least 6 months validity on arrival, so you may be refused boarding. Renew before you travel.
        How early should I reach Golden Mile for a 7am coach to KL on a Friday? Usually 30 minutes is enough, but during school holidays the jam at Woodlands can be crazy, so come 45 minutes early.
        Is the ferry ticket refundable if I miss the boat? Most operators treat no-shows as forfeited; some allow a date change for a fee if you inform them at least 24 hours before.
        Do children need their own ferry ticket? Infants under 2 travel free without a seat but still need their own passport; children aged 2 to 11 pay the child fare.
        What happens if the coach leaves while I am still in the immigration queue at Sultan Iskandar? Most operators wait 15 to 20 minutes; after that you have to take the next bus of the same company, so keep your ticket stub.
        Is it OK to bring durian back on the coach? Most coach companies ban it because of the smell, and ferries to Batam and Bintan prohibit it too.
        How do I get from Changi Point to Pengerang? The bumboat to Tanjung Pengelih takes about 30 minutes and leaves when full. Bring your passport, there is immigration on both sides.
        Why does my ticket say SEAT: FREE SEATING? On most Batam routes seats are not assigned; you board in the order of the boarding number printed on your pass.
        What does a Malaysian need for a day trip to Singapore by coach? A passport valid for at least 6 months and the SG Arrival Card submitted online; no visa is required.
        If my luggage goes missing on the ferry, who do I contact? The ferry operator, not the terminal management. Lodge a report at the arrival counter before you leave the terminal.
        Can I change the name on a ferry ticket? Most operators do not allow name changes once the manifest has been submitted; you must cancel and rebook.
        Should I change ringgit in Singapore or in JB? Money changers at City Square usually give better rates than the counters at the ferry terminal, but compare first.
        Coach or plane from Singapore to KL? The coach takes around 5 to 6 hours depending on checkpoint queues; flying is faster but airport transfers eat up much of the difference.
        Tip for first-timers at Tanah Merah: print or screenshot your boarding pass, the wifi in the departure hall drops out when the terminal is crowded.
    """),
    ("en", "ops_log"): _lines("""
        2026-11-14 0642 | TMFT | Vessel Bintan Star 3 departed 0640 for BBT | Pax 187 / Cap 310 | Crew 9 | Weather fair, sea state 2
        OPS-LOG HF-T2 23/11: 1530 BTC sailing held 25 min, engine alarm starboard, cleared by chief engineer 1555. Departed 1558. Incident ref ENG-26-0911.
        Coach SG-KL 0800 | Fleet no. CB-207 | Dep Golden Mile 0812 | Woodlands 0855-1010 | BSI 1035-1120 | Arr TBS 1422 | Pax 28/30, 2 no-shows
        Lost item case LI-TMFT-26-00418 closed: black umbrella, unclaimed 30 days, disposed of per SOP 7.3.
        Manifest summary BF-0830 (HFC to BTC) 22 Dec: SGP 112, MYS 14, IDN 38, IND 6, CHN 9, others 4. Total 183. Submitted to APIS 0742.
        Refund batch RF-2026-1121 processed: 46 transactions, total SGD 2,318.00, gateway ref 7f3a91c2e0, settlement T+3.
        Delay code D4 (CIQ congestion) logged for trips 0730, 0800 and 0830 ex-Larkin. Average delay 52 min. No complaints lodged.
        Counter 5 cash float 0600: SGD 300.00 and IDR 1,500,000. Closing 1400: SGD 2,864.00. Variance nil. Supervisor signed off.
        CCTV request CR-0097 from terminal security for Gate 2 footage 1410-1440, 3 Jan, re unattended bag. Bag cleared by K9 unit, no further action.
        Weather stop 1215: wind 25 kn gusting 30, all fast ferries ex-TMFT held on MPA advisory. Resumed 1400 after advisory lifted.
        Booking ref TX7Q4M status changed to NO-SHOW, fare forfeited per T&C clause 4.2, seat released to standby list.
        Ticket no. 0162 4471 0938 scanned twice at Gate B (0903, 0911); duplicate scan flagged, boarding system v3.8.1 patched.
        Headcount mismatch on 1800 BBT to TMFT: manifest 201, gate count 200. Recount at berth found an infant in arms not scanned. Resolved 1812.
    """),
    ("en", "template_config"): _lines("""
        Dear {passenger_name}, your booking {booking_ref} for the {sailing_time} sailing from {origin} to {destination} on {date} is confirmed. Please arrive 60 minutes before departure with your passport.
        SMS template: [FerryCo] Your {route} trip on {date} is delayed to {new_time}. We apologise for the inconvenience. Reply STOP to opt out.
        MANIFEST COLUMNS: SEQ | SURNAME | GIVEN NAMES | SEX | NATIONALITY | PASSPORT NO | DOB | EXPIRY | SEAT
        Lost Property Form | Name: ________ | Contact No: ________ | Item description: ________ | Date/time of travel: ________ | Vessel/Bus No: ________
        CREATE TABLE manifest_entry (id BIGSERIAL PRIMARY KEY, sailing_id INT NOT NULL, full_name TEXT NOT NULL, passport_no VARCHAR(12), nationality CHAR(3), dob DATE, seat VARCHAR(4));
        apis: / endpoint: https://apis.example.org/v2/submit / timeout_s: 30 / retry: 3 / fields: [surname, given_names, doc_no, doc_type, nationality, dob, sex]
        Booking references are 6 alphanumeric characters, e.g. K7XQ2P. Ticket numbers are 12 digits printed in groups of four, e.g. 0162 0000 0000.
        Refund Request: I, ______________ (NRIC/Passport No. ______________), request a refund for booking no. ________ due to ______________. Signature: ________ Date: ________
        def mask_passport(p: str) -> str: return p[:2] + "*" * (len(p) - 3) + p[-1]  # boarding pass shows only first 2 and last char
        Boarding pass layout v2: ROUTE / DATE / DEP TIME / GATE / BOARDING NO. / PAX NAME (max 30 chars, uppercase) / QR (booking ref + seq)
        Validation rule: Malaysian passport must match ^[AHK][0-9]{8}$ and Singapore passport ^[EK][0-9]{7}[A-Z]$; otherwise ask the passenger to re-enter.
        Incident report template: Date: / Time: / Location (terminal, gate, vessel): / Description: / Action taken: / Reported by (staff ID): / Case no.:
    """),
    ("mixed", "group_chat"): _lines("""
        anyone know the 6am Causeway bus still running or not? queue at Kranji already damn long lah
        Woodlands jam like siao today, bus stuck on the bridge 40 min liao, confirm late for work
        Batam ferry tix cheaper if buy at counter or online ah? last time online got $5 discount
        JB checkpoint so packed sia, better take the 5.30am one tomorrow
        Bas ke KL pukul 9 pagi delay ke? aku tunggu kat TBS dah sejam, kaunter pun takde orang
        hi all, does the Bintan ferry allow foldable bikes? want to cycle around Lagoi
        admin, the 2pm trip from HarbourFront cancel or not? website never update one
        Reminder to group: this Sat long weekend, expect crowd at Tanah Merah. Reach early early hor
        wah the new ferry got wifi but so slow, cannot even load whatsapp photo
        got lost and found at Larkin? left my umbrella on the bus just now, cheap one only, nvm la
        今天关卡好多人 lah, bus 等了一个钟头还没过
        Eh the MDAC form must fill again every trip ah? so leceh
        Pengerang bumboat today got run or not? weather look bad
        Like Phua Chu Kang say, "don't pray pray" - the jam at Second Link every Friday confirm one
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Perkhidmatan feri dari Jeti Kuala Perlis ke Langkawi pada 1430 dibatalkan kerana cuaca buruk. Penumpang boleh menaiki feri 1600 dengan tiket yang sama.
        Penumpang dinasihatkan tiba di kaunter daftar masuk sekurang-kurangnya 45 minit sebelum waktu berlepas. Pasport hendaklah sah sekurang-kurangnya 6 bulan.
        Barang hilang: Sebuah beg galas hitam ditemui di dalam bas ke Melaka (1030, 5 Dis). Tuntut di kaunter maklumat Larkin Sentral dengan bukti pemilikan.
        Tambang bas ekspres Johor Bahru ke Kuala Lumpur: Dewasa RM35, Kanak-kanak RM27, Warga emas RM30 (tunjukkan kad pengenalan).
        Hebahan: Terminal Feri Stulang Laut ditutup untuk kerja penyelenggaraan dari 2 hingga 4 Januari. Perkhidmatan ke Batam dipindahkan ke Terminal Feri Puteri Harbour.
        Soalan: Boleh bawa kucing dalam bas ke Singapura? Jawapan: Tidak dibenarkan; haiwan peliharaan memerlukan permit dan pengangkutan khas.
        Makluman: Kaunter imigresen di Bangunan Sultan Iskandar beroperasi 24 jam. Warganegara Malaysia dengan pasport sah boleh menggunakan lorong autogate.
        Jadual baharu feri Pulau Pinang ke Langkawi berkuat kuasa 1 Februari: bertolak 0830 dan 1400 setiap hari, tiket dijual di Swettenham Pier.
        Kes barang hilang no. BH-LRK-2026-0331 telah ditutup selepas 30 hari tanpa tuntutan.
        Pemandu bas dikehendaki berhenti rehat di R&R Machap tidak lebih 20 minit. Penumpang yang lewat tidak akan ditunggu.
        Harap maklum, bayaran balik tiket hanya boleh dibuat 24 jam sebelum perjalanan. Caj pentadbiran RM3 dikenakan.
        Talian bantuan syarikat: 1-300-88-4627 (9 pagi hingga 6 petang, Isnin hingga Jumaat).
    """),
    ("zh-Hans", "公告"): _lines("""
        【通告】因海上风浪较大，今日丹那美拉码头往民丹岛的11:00及12:30航班延误约45分钟，请已办理登船手续的旅客在候船厅等候。
        失物招领：11月2日15:30自巴淡中心抵港的船上发现黑色背包一个，失主请携带证明到港湾中心失物处认领。
        新山至吉隆坡长途巴士票价：成人RM35，儿童RM27。请于开车前30分钟到达拉庆汽车总站。
        温馨提示：入境马来西亚前请于三天内填写MDAC电子入境卡，新加坡公民免填。
        请问从樟宜尖码头坐驳船去乌敏岛要多少钱？单程4新元，脚车另加2元，满12人开船。
        长堤今早交通拥堵，巴士通关预计需90分钟，赶飞机的旅客请提早出发。
        船票一经售出，开船前24小时内不退不换；如需改期，请缴付10新元手续费。
        工作日志：11月23日15:30班次因右舷引擎警报延误25分钟，事故编号ENG-26-0911。
        乘客须知：榴莲、动物及超过100Wh的充电宝不得带上船。托运行李每人限20公斤。
        客服热线：+65 6546 8000（每日上午8时至晚上8时），紧急情况请联系码头保安。
        订票编号为6位字母数字，例如Q3ZP8K；船票号码为12位数字，分三组打印。
        兀兰关卡巴士排队时间：早上6点至9点最长，建议避开周五傍晚和公共假期前夕。
    """),
    ("en", "news_history"): _lines("""
        The Johor-Singapore Causeway opened to goods trains in 1923 and was officially opened by Governor Sir Laurence Guillemard on 28 June 1924.
        The Malaysia-Singapore Second Link opened in January 1998, connecting Tuas in Singapore with Tanjung Kupang in Johor.
        Transport Minister Anthony Loke said the RTS Link between Bukit Chagar and Woodlands North is expected to ease pressure on cross-border coach services once it opens.
        Tanah Merah Ferry Terminal in the east of Singapore serves ferry routes to Bintan and Batam, while HarbourFront Centre handles most Batam and Karimun sailings.
        Golden Mile Complex, the 1970s brutalist block on Beach Road designed by Design Partnership, was long known as Little Thailand and as a hub for coaches to Malaysia and Thailand.
        After Singapore's separation from Malaysia in 1965, the Causeway became an international border and customs posts were set up at both ends.
        Wong Ah Fook, the 19th-century builder and businessman who worked for Sultan Abu Bakar, gave his name to Jalan Wong Ah Fook, the road that today leads towards the Bangunan Sultan Iskandar CIQ complex.
        Penang's ferry between Raja Tun Uda Ferry Terminal and Sultan Abdul Halim Ferry Terminal now carries pedestrians, motorcycles and bicycles across the channel.
        Tanjung Pinang on Bintan was once the seat of the Riau-Lingga Sultanate; today ferries link it with Singapore, Batam and Johor.
        ICA reported that the land checkpoints handled more than 500,000 travellers on several peak days in 2024, mostly at Woodlands.
        Prime Minister Lawrence Wong and Prime Minister Anwar Ibrahim witnessed the signing of the Johor-Singapore Special Economic Zone agreement in January 2025.
        Swettenham Pier in George Town is named after Sir Frank Swettenham, the British colonial administrator, and today receives cruise ships.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BF-0830 HFC-BTC 22/12 | 017 | TAN | WEI LIANG | M | SGP | K5520913L | 14/03/1988 | 21/08/2031 | FREE
        Seq 028 KAVITHA D/O RAMASAMY, F, SGP, passport K4409186P, DOB 02 NOV 1979, seat 12C, TMFT to Bintan Telani 0810.
        TMFT departure 0915: Pax NURUL HUDA BINTI ISMAIL (MYS, A58210374) refused boarding, passport validity under 6 months (exp 11/03/2027). Ticket rebooked open-dated, fee waived by duty manager.
        Lost item report LI-HF-26-00522. Reporter: Mr Desmond Pereira, HP 9736 2184. Lost a brown leather wallet containing his NRIC S7621093D and a DBS card on the 1730 ex-Batam Centre, seat area row 8.
        To Customer Service, I am writing to complain about the 7.30am coach from Queen Street on 6 Dec. The driver left Sultan Iskandar without waiting for my mother, Mdm Lee Ah Moi, 78, who walks with a stick. She was stranded for 3 hours. Booking CX-88213. Regards, Jonathan Lee
        Incident 14/11 1620, vessel Bintan Star 3: passenger Mr Goh Beng Huat (62, SGP) complained of chest pain mid-crossing, given oxygen by crew, handed over to SCDF ambulance at TMFT berth 2. Wife Mdm Ong Siew Lian accompanied him.
        Refund to: CHUA LI TING, POSB Savings 184-53762-0, for booking K7XQ2P cancelled due to ferry suspension. Amount $96.00.
        Chargeback dispute: cardholder Ms Aileen Koh, Visa 4556 3069 1027 4977, charged twice SGD 68.00 on 3 Oct for TMFT-BBT round trip. Please reverse one transaction.
        Coach boarding list 0545 Larkin to Woodlands (contract workers, Sunrise Precision Pte Ltd): 1. Muthu Kumar a/l Selvaraj, FIN G5823017R / 2. Ahmad Zaki bin Hassan, FIN F2946183W / 3. Lim Chee Keong, FIN G7130482K
        Selling 2x Batam ferry return tix for 20 Dec, cannot go liao. PM me on tele @kelvin_jbsg88 or call 9184 6620
        Special assistance: Ms Farah Hanim binti Abdul Rahman, wheelchair user, booked on 1400 TMFT-BBT, needs ramp assistance at berth. Contact her daughter at 012-738 4915.
        Driver report: private car SLA 4821 Z belonging to Mr Eric Tay blocked Bay 4 at Golden Mile from 0700 to 0745; our 0730 departure left late. Owner reached via the number on his dashboard.
        Booking Confirmation K3PZ7W | Passenger: MS SARAH JANE WILLIAMS | Passport: GBR 548216793 | HarbourFront to Batam Centre | 18 Jan 2027 0940 | Email: sarahjw.travels@gmail.com
        Checkpoint note: traveller Mr Rajesh s/o Krishnan, NRIC S8812345Z, stopped at Woodlands bus hall for outstanding traffic fines, allowed to proceed after payment, missed his 0830 coach.
        PA log 1152: announced lost child, boy about 6 named Aidan, found at Gate 3. Mother Mrs Priya Nair collected him at 1205 after showing passport T4829103.
        Pax 14 LOW KAH MENG, MYS, A60317725 - found overstayed by 2 days at departure check, handed to ICA officer at HFC.
        Hi, booking Q9TL4R is under Marcus Chen, could you seat my wife Wendy Chen next to me? She gets seasick and needs the aisle near the toilet. Thanks, 8120 5573
        Roster change: counter staff Nur Syafiqah binti Zulkifli (staff no. FT-0412) on MC 12-14 Dec for dengue, replaced by part-timer Jason Ong.
        Group tour SGBTM-1225 (Teo family, 3 pax): TEO HOCK SENG S6827310B / TEO MEI FONG T0234871Z / TEO JUN HAO T0518847J, Batam Centre 0940, return 1830.
        E-ticket TBS to Singapore | Passenger: Mohd Haikal bin Azman | IC 880412-01-5523 | Seat 4A | Dep 21 Dec 2200 | Contact 019-552 7731
        Passenger feedback: counter officer at Stulang Laut, Hafizuddin Rosli, shouted at my father Mr Tan Kok Leong when he asked about the delayed 1030 trip on 9 Nov. Very rude and unprofessional.
        Dear Sir/Madam, I, Ang Swee Choo (NRIC S9034512E), authorise my nephew Benjamin Ang to collect my lost suitcase (case LI-TMFT-26-00471) from the Tanah Merah lost property office on my behalf.
        Mrs Gloria de Souza, 71, on the 0930 bumboat Changi Point to Pulau Ubin, slipped on the wet jetty steps and grazed her knee; first aid given, declined ambulance. Son Clement informed.
        Pax OLIVER HARTLEY, AUS passport PA7730129, denied boarding to Bintan: no onward ticket and no hotel booking shown. Referred back to his travel agent.
        Charter deposit for the wedding party to Muar: transfer RM1,500 to Maybank 1642 1038 5527, account holder Lau Siew Peng. Pls WhatsApp the receipt to 016-482 9035.
        Lim Hui Min 9274 1058 - lost spectacles case, 1145 BBT arrival
    """),
    "mixed": _lines("""
        eh jia hui ur passport still inside my bag leh, I at Tanah Merah now, u come take before 5 can? call me 9852 6314
        my cousin Tan Ah Seng from Taman Pelangi, the Grab driver with the limp, kena stopped at CIQ again because his passport expired lol
        Bro the Causeway Link driver Encik Roslan bin Mat Isa very kind, waited for my grandma at BSI 20 mins. Want to write compliment, his staff no CL-2291
        faizal u owe me rm45 for the ferry ticket to batam ok, transfer to my maybank 1142 8830 1967 anytime
        我老婆陈美玲 passport 刚过期 lah, tomorrow cannot go Batam already, anyone know ICA express renewal?
        Guys the TBS bus I booked, seat 5A & 5B under my name Yap Siew Ling, if I late pls tell driver tunggu kejap, my hp 012-361 4487
        Kak Rohani from Blk 412 Bedok North Ave 2 #08-117, her son lost his IC on the Pengerang bumboat this morning, if anyone found pls pass to her
        @ayu_kembara_89 (Nur Ayu, the one who works at the Stulang Laut kiosk) selling her unused ferry voucher, DM her
    """),
    "ms": _lines("""
        Laporan barang hilang: Nama: Siti Khadijah binti Omar, No. K/P: 900715-10-6284, Tel: 013-291 5520. Barang: beg tangan coklat tertinggal dalam bas Johor Bahru ke Melaka, 3 Dis, 1430.
        Penumpang Encik Azlan bin Yusof (Pasport A61930482) tidak dibenarkan menaiki feri dari Jeti Kuah ke Satun kerana pasport rosak; perjalanan ditangguhkan.
        Surat aduan: Saya, Puan Zaleha binti Mahmud, ingin mengadu tentang pemandu bas ekspres ke Singapura pada 12 Nov yang memandu secara berbahaya. Nombor tempahan saya TBS-55291, telefon 019-774 2803.
        Senarai peserta rombongan surau ke Batam: 1. Haji Ismail bin Daud (670204-04-5119) 2. Hajah Rokiah binti Said (690822-04-5362)
        Pemulangan wang tiket feri yang dibatalkan: Nama akaun Muhammad Irfan bin Zainal, Bank Islam 12029010485612, jumlah RM86.00.
        Maklum balas: Pegawai kaunter Cik Aina Sofea di Terminal Feri Stulang Laut sangat membantu ibu saya, Puan Normah binti Jaafar, yang sakit lutut semasa menaiki feri ke Batam.
        Anak saya Danish Haiqal bin Shahrul, 9 tahun, tertinggal beg sekolah dalam bas dari Kota Raya ke Woodlands pagi tadi. Sila hubungi 011-2784 6093.
        Borang tuntutan insurans: Nama RAVICHANDRAN A/L MUTHUSAMY, K/P 761203-14-5137, alamat No. 23, Jalan Seroja 5, Taman Johor Jaya, 81100 Johor Bahru; tuntutan bagasi hilang dalam feri Pulau Pinang ke Langkawi 8/11.
    """),
    "zh-Hans": _lines("""
        旅客名单 厦门团 | 林秀梅 | 女 | 身份证 350203198705143623 | 护照 EJ4829163 | 巴淡岛一日游 12月20日
        失物登记：失主黄志伟先生，电话 +65 9137 4428，于11月5日乘坐港湾中心往巴淡的09:40船班时遗失黑色钱包，内有身份证及现金约300新元。
        投诉：我叫刘佳怡，12月3日从吉隆坡TBS坐巴士到新加坡，司机在新山关卡没等我就开走了，行李还在车上。订单号 KL2612-0877，电话 017-385 6142。
        深圳旅客周雅婷（身份证440305199308221485）在丹那美拉码头因护照有效期不足六个月被拒登船，已安排改签至下周。
        微信号 lily_jb2025 的王丽丽阿姨每周三坐早班车过新山做钟点工，今天在兀兰关卡晕倒，已被送往医院。
        退款信息：户名 郑国华，银联卡 6217 8566 3923 3214 687，退还民丹岛往返船票 128新元。
        南京团员吴建国，身份证320106196503020253，男，61岁，乘坐民丹岛渡轮时严重晕船呕吐，导游已陪同就医。
    """),
    "zh-Hant": _lines("""
        香港旅客陳嘉欣小姐（HKID K473921(3)），電話 +852 9187 3365，在港灣中心碼頭遺失手提電話，請拾獲者聯絡。
        台灣旅客張雅婷（身分證 F219384053）於吉隆坡TBS搭乘往新加坡巴士前遺失護照，已報警，案件編號 TBS/RPT/1207。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for a Singapore ferry operator. Be concise and polite.",
        ),
        ("user", "Hi, I need to change my Batam trip from 20 Dec to 21 Dec. Booking ref M4TQ9Z."),
        (
            "assistant",
            "Sure. Please give me the lead passenger's full name and passport number exactly as in the booking.",
        ),
        (
            "user",
            "Kenneth Loh Wei Jie, passport K3371046T. Same timing 0940 from HarbourFront please.",
        ),
        (
            "assistant",
            "Thank you, Mr Loh. The 0940 on 21 Dec has seats; a $10 amendment fee applies. Shall I proceed?",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat aduan dalam Bahasa Melayu. Bas ekspres dari Larkin ke Singapura tinggalkan saya di CIQ.",
        ),
        (
            "assistant",
            "Baik. Sila berikan nama penuh, tarikh perjalanan, nombor tempahan dan nombor telefon anda.",
        ),
        (
            "user",
            "Nama saya Nor Azizah binti Kamal, K/P 930618-08-6042, perjalanan 14 Dis pukul 0700, tempahan LRK-77314, telefon 014-920 3386.",
        ),
    ],
    [
        ("system", "You format passenger manifests for ferry counter staff."),
        (
            "user",
            "Format into table: chong mei yee f mys A57102938 dob 5/6/91 / arjun pillai m ind passport N8830145 dob 22/1/85",
        ),
        (
            "assistant",
            "| SEQ | NAME | SEX | NAT | PASSPORT | DOB | / | 1 | CHONG MEI YEE | F | MYS | A57102938 | 05/06/1991 | / | 2 | ARJUN PILLAI | M | IND | N8830145 | 22/01/1985 |",
        ),
    ],
    [
        (
            "user",
            "I left my laptop bag on the 1800 ferry from Bintan Telani to Tanah Merah yesterday. Who do I contact?",
        ),
        (
            "assistant",
            "Please contact the ferry operator's lost property counter at Tanah Merah. It helps to have your boarding pass and a description of the bag.",
        ),
        (
            "user",
            "Ok can you draft the email? Grey Targus bag with a MacBook, sticker of Merlion. My name Daniel Seah, 9621 0487, danielseah.sg@gmail.com",
        ),
        (
            "assistant",
            "Dear Lost Property Team, I left a grey Targus laptop bag on the 1800 sailing from Bintan Telani to Tanah Merah... Regards, Daniel Seah, 9621 0487.",
        ),
    ],
    [
        (
            "user",
            "can book coach JB to KL for my ah ma? she 79 already, need front seat because her knee not good",
        ),
        (
            "assistant",
            "Of course. I need her full name as on her MyKad, IC number and the travel date.",
        ),
        ("user", "Wong Ah Kiew, IC 470319-01-5270, 28 Dec morning one, the 9am from Larkin"),
    ],
    [
        ("user", "我爸爸今天早上坐9点40的船去巴淡，到现在还没联系我，船是不是出事了？"),
        (
            "assistant",
            "今天巴淡航线没有事故通报。请问您父亲的姓名和电话？我可以帮您查询他是否已经登船。",
        ),
        ("user", "他叫苏国明，电话 9463 1127，新加坡护照 K2219853W。"),
    ],
    [
        ("system", "You answer travel questions for a cross-border coach company."),
        (
            "user",
            "My son Ethan Koh is 12 and has epilepsy. He is going with his school on the 3 Jan coach to Malacca. Is there anything the driver should know?",
        ),
        (
            "assistant",
            "Please inform the operator in advance, pack his medication in hand luggage and give the teacher-in-charge a written seizure plan.",
        ),
        ("user", "Thanks. The booking is under Mrs Pamela Koh, ref MLK-30177."),
    ],
    [
        ("user", "Ferry cancelled because of the weather, how do I get my money back?"),
        (
            "assistant",
            "Refunds for weather cancellations are full. Please give the booking ref and the account to refund.",
        ),
        ("user", "Booking QZ8R2L. Refund to OCBC 595-812047-001, name Siva Shankar a/l Ganesan."),
    ],
    [
        (
            "user",
            "Translate to Malay for the bus driver: 'My name is Grace Lim, I am on the 2200 bus JB to KL, seat 12. Please wait for me at R&R Machap, my phone is 8834 2091.'",
        ),
        (
            "assistant",
            "Nama saya Grace Lim, saya menaiki bas 2200 dari JB ke KL, tempat duduk 12. Sila tunggu saya di R&R Machap, telefon saya 8834 2091.",
        ),
    ],
    [
        ("system", "You summarise incident reports for the terminal duty manager."),
        (
            "user",
            "Summarise: 1410 arrival hall TMFT. Passenger Mr Hendra Wijaya, IDN passport C3920184, bag contained 3 cartons undeclared cigarettes. Handed to Singapore Customs, officer ref SC-4471. Passenger's Singapore contact: his sister Mdm Linda Wijaya, 9105 7762.",
        ),
        (
            "assistant",
            "Summary: Indonesian passenger Hendra Wijaya (C3920184) found with 3 undeclared cartons of cigarettes at TMFT arrival, handed to Singapore Customs (ref SC-4471). Sister Linda Wijaya notified.",
        ),
    ],
]
