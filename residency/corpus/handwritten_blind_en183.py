# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en183: SG/MY airline cabin crew and ground handling. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en183
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "crew_circular"): _lines("""
        CREW CIRCULAR CC-2026/118: With effect from 01 Jan 2027, all cabin crew operating ULR sectors (SIN-EWR, SIN-JFK) shall complete the revised fatigue self-assessment in the crew app no later than 2 hours before report time.
        Reminder: Crew Briefing Room 3 at Terminal 2 is closed for renovation from 14-28 Dec. Pre-flight briefings will be held in Briefing Room 5, Level 3 of the Crew Centre.
        Roster bidding for the February 2027 roster period opens on 8 Dec at 1000hrs SGT and closes on 15 Dec at 2359hrs SGT. Late bids will not be considered.
        Uniform exchange: worn sarong kebaya sets may be exchanged at the Uniform Store (Level 1, Airline House) Mon-Fri 0900-1700. Bring the old set and your staff pass.
        Please note the minimum rest after a night duty exceeding 10 hours FDP is 14 hours at home base, as per the approved Flight Time Limitations Scheme (FTL Rev 9).
        Safety Bulletin 26-31: two recent cases of galley carts left with brakes off during turbulence. All crew to re-familiarise with cart stowage procedures in CCOM Ch. 4.2.
        Effective immediately, power banks must not be used or charged on board at any time. The senior crew is to make the PA in English and Mandarin before pushback.
        Recurrent Emergency Procedures (EP) training for Q1 2027 will be allocated by surname block A-L first; check the e-training portal for your slot.
        Lost & found items from crew rest compartments must be handed to the Duty Manager with a completed LF-07 form. Do not take any item home, even for safekeeping.
        Crew are reminded that posting photos in uniform on personal social media with passengers visible in the background is prohibited under Social Media Policy section 3.2.
        NOTICE: Crew on Home Standby must be contactable and able to report within 90 minutes. Crew on Airport Standby must remain in the Crew Lounge until released by Crew Control.
        For Delhi layovers, crew transport will depart the hotel 2h15m before STD due to the revised traffic advisory. Pick-up times are shown in the crew app under Trip Details.
        Template - Voyage Report: Flight No: ____ / Date: ____ / Sector: ____ / Purser: [NAME] / Staff No: [XXXXX] / Summary of events: ____ / Action taken: ____
        Crew Welfare Fund: applications for hardship assistance are submitted through the HR portal; all applications are treated in confidence and reviewed by the committee monthly.
        The Crew Centre carpark at Changi Airfreight Centre will have reduced lots (Zone B closed) from 3 Jan to 31 Mar 2027. Please use the shuttle from Car Park 2A.
        Crew Control 24h line for duty changes: +65 6541 2200 (ext 1 for Operating Crew, ext 2 for Standby). Do not use personal WhatsApp to report sick.
    """),
    ("en", "ground_handling_log"): _lines("""
        0612L SQ 231 ON BLK bay E5, 14 min late due to ATC flow. PCA connected 0615. First bag on belt 41 at 0631, last bag 0702.
        TR 882 SIN-KUL loaded 2 AKE + 1 PMC. ULD AKE 24857 SQ tagged damaged (base rail crack), removed from service for repair.
        Aircraft 9V-SKS towed from Bay C19 to Hangar 4 for A-check; ETA return to service 05:40Z.
        Ramp closed 1420-1455 on lightning warning (Red). Loading suspended on all remote bays; 7 departures delayed avg 27 min.
        MH 603 KUL-SIN: 4 WCHR, 1 WCHC, 2 MAAS pre-booked; ambulift requested for bay F32 on arrival.
        LDM SQ318/05DEC.9VSKA.J48Y272 T8120 1/2040 2/3950 3/2130 PAX/0/23/389 PAD/0/0/2 SI NIL
        Belt 46 jammed 2215-2240; 183 bags from TR 15 rerouted to belt 45. Engineering job card JC-2612-0441 raised.
        Fuel uplift for AK 712 revised to 7,400 kg after load sheet amendment; loadsheet edition 2 accepted at 1847L.
        Bag tag 0618 457213 scanned at transfer sortation 1832 with no onward flight found, sent to rush bag area for manual handling.
        GSE: baggage tractor BT-114 out of service (hydraulic leak). Spare unit BT-121 dispatched to bay B8.
        OD 805 turnaround 42 min vs 45 scheduled. Catering uplift complete 1108, cabin cleaning signed off 1112, doors closed 1131.
        Misconnected bags at T3 yesterday: 64 (0.31 per 1,000 pax). Top cause: short connection times for transfers from Terminal 1.
        DGR: one UN3480 lithium ion battery consignment rejected at acceptance for missing Section II label. AWB 618-47219933 held at the cargo terminal.
        Pushback delayed 11 min awaiting tug; IATA delay code 33 (loading equipment) entered in the MVT message.
        Crew bus CB-07 from Crew Centre to T3 departs 0450, 0520 and 0550 daily; the T1 shuttle runs every 20 min.
        roster_sync: {"base": "SIN", "period": "2027-02", "min_rest_hours": 12, "max_fdp_hours": 13, "notify_channel": "crew-app"}
    """),
    ("en", "baggage_help"): _lines("""
        If your baggage is delayed, please file a Property Irregularity Report (PIR) at the baggage services counter in the arrival hall before leaving the airport.
        Once your delayed bag is located, we will deliver it free of charge to any address within Singapore. Track progress with your 10-character file reference on the WorldTracer page.
        Claims for damaged baggage must be submitted in writing within 7 days of receiving the bag, and for delayed baggage within 21 days, as required by the Montreal Convention.
        The carrier's liability under the Montreal Convention for loss, damage or delay of baggage is limited to 1,519 SDR per passenger unless a special declaration of value was made.
        Changi Airport's 24-hour contact centre at +65 6595 6868 can direct you to the right lost property office for items left in the terminal.
        Template: Dear [Passenger Name], we regret that your baggage under file reference [XXXXX00000] has not been located after 21 days. Please complete the enclosed contents claim form.
        Q: My luggage came out with a broken wheel on a Penang-Singapore flight yesterday, can I still claim if I already left the airport?
        What counts as an interim expense for a delayed bag? Usually toiletries and one change of clothes, up to a daily cap; keep all original receipts.
        File status KULMH72810: bag located at BKK, forwarded on MH 785 05DEC, expected delivery 06DEC after 1400.
        Unclaimed baggage is kept for 90 days, after which the contents may be disposed of or donated in line with airport rules.
        Do not pack power banks, e-cigarettes or spare lithium batteries in checked baggage; they must travel in cabin baggage.
        Baggage Services at KLIA Terminal 1 is located in the Level 3 arrival hall and is open 24 hours.
        Tip: photograph your bag and its tag before check-in, and keep a business card inside the bag rather than your home address on the outside.
        PIR fields: Name / Permanent address / Temporary address / Phone / Flight / Bag tag no. / Bag type code (e.g. 22 = upright) / Colour code (BK, BU, RD).
    """),
    ("mixed", "crew_chat"): _lines("""
        anyone got the new Jan roster alr? app still showing loading leh
        Guys the Dubai layover hotel changed to the one near the mall, transport 2h before, don't be late ok
        bidding for CNY period damn competitive sia, last year I put 10 choices also kena standby
        Pls note crew bus from T3 at 0450 today cancelled, next one 0520. Grab if you're rushing
        wah today SIN-PER full flight, 2 infants both crying the whole way, I need kopi peng now
        Confirm the new safety video is live on the A350 from tomorrow. Only do manual demo if IFE u/s.
        Tmr report 0530 for KUL-NRT, sapa nak share grab from Kota Damansara area?
        Reminder: medical kit seal numbers must be written in the tech log before doors close, audit found many missing lately
        any1 know if the crew discount at the duty free still 15% or they changed already?
        makan after landing? the nasi lemak place near T1 open until 2am
        大家记得明天开始 uniform inspection 很严, nails and hair all will check
        Wei the Bangkok layover per diem credited yet? Mine not yet, HR say by the 10th
        Sharing the slides from today's CRM session, pls don't forward outside group ya 🙏
        Heads up, T2 crew carpark gantry spoil, use the side entrance near the cargo road
        boleh tak someone explain the new FDP extension rule, commander's discretion max 2 hours or 3?
        Happy Deepavali to all celebrating, safe flying this festive season 🪔
    """),
    ("ms", "notis_krew"): _lines("""
        NOTIS: Semua anak kapal dikehendaki menghadiri taklimat keselamatan tahunan sebelum 31 Disember 2026. Sila daftar melalui portal latihan.
        Sila ambil maklum bahawa bas krew dari Kompleks Operasi Krew ke KLIA Terminal 1 akan bertolak setiap 30 minit mulai 1 Januari 2027.
        Penumpang yang kehilangan bagasi perlu membuat laporan PIR di kaunter Perkhidmatan Bagasi sebelum meninggalkan lapangan terbang.
        Tuntutan bagi bagasi rosak mestilah dikemukakan secara bertulis dalam tempoh 7 hari dari tarikh penerimaan bagasi.
        Peringatan: power bank tidak dibenarkan dalam bagasi berdaftar dan tidak boleh digunakan sepanjang penerbangan.
        Anak kapal yang bertugas pada bulan Ramadan boleh memohon hidangan sahur dan iftar khas melalui aplikasi krew sekurang-kurangnya 48 jam sebelum penerbangan.
        Pengalihan penerbangan atas sebab perubatan: ketua kabin mesti melengkapkan Laporan Kecemasan Perubatan (borang MED-02) dan menyerahkannya kepada Pengurus Bertugas dalam tempoh 24 jam.
        Templat: Nama Penumpang: ______ / No. Tempat Duduk: ___ / Penerbangan: ___ / Butiran Insiden: ______ / Tindakan: ______
        Kaunter Barang Hilang di KLIA dibuka 24 jam; pertanyaan boleh dibuat melalui talian rasmi lapangan terbang atau borang dalam talian.
        Jadual tugas bulan Februari akan diterbitkan pada 20 Januari. Permohonan cuti tahunan selepas tarikh itu tidak akan dipertimbangkan.
        Kadar elaun makan (per diem) untuk persinggahan di Jeddah disemak semula kepada USD 68 sehari berkuat kuasa 1 Disember 2026.
        Semua kakitangan pengendalian darat wajib memakai jaket keselamatan reflektif dan pelindung telinga semasa berada di apron.
    """),
    ("zh-Hans", "crew_ground_notice"): _lines("""
        通知：自2027年1月1日起，所有乘务员在执行超长航线前须在机组App中完成疲劳自评。
        行李延误的旅客请在离开机场前到到达大厅行李服务柜台填写行李运输事故记录（PIR）。
        根据《蒙特利尔公约》，托运行李损坏须在收到行李之日起7日内提出书面索赔。
        航班 SQ 802 新加坡至北京今日延误约90分钟，原因为前序航班晚到。
        机上医疗急救：如遇旅客突发疾病，乘务长应立即广播寻找医生，并报告机长评估是否需要备降。
        请各位注意：机上禁止使用充电宝或为充电宝充电，起飞前须用中英文广播提醒。
        地勤安全提示：雷电红色预警期间，所有远机位装卸作业暂停，人员撤至安全区域。
        模板：旅客姓名：______ 座位号：___ 航班号：___ 事件经过：______
        樟宜机场第三航站楼41号行李转盘今晚维修，相关航班行李改至45号转盘提取。
        机组群提醒：明天制服检查，头发、指甲、鞋子都要符合标准，大家辛苦了。
    """),
    ("en", "inflight_medical_guidance"): _lines("""
        In-flight medical emergencies occur in roughly 1 in 600 flights; syncope and gastrointestinal complaints make up the majority of calls.
        Before recommending a diversion, the commander should weigh advice from the ground-based medical provider, the nearest suitable airport and the passenger's condition.
        How do I use the AED on board if the passenger has a pacemaker? Place the pad at least 8 cm away from the device.
        The Emergency Medical Kit (EMK) seal is checked at every turnaround; crew may only open the EMK for a qualified medical professional who volunteers.
        A MEDIF must be submitted at least 48 hours before departure for passengers who need oxygen, a stretcher, or who had surgery in the last 10 days.
        Expectant mothers beyond 28 weeks must carry a medical certificate dated within 7 days of travel; single pregnancies are not accepted beyond 36 weeks.
        Medical diversion statistics Q3: 11 diversions network-wide, most common alternates Chennai, Colombo and Dubai; average delay 4h20m.
        Q: If a doctor volunteers on board and something goes wrong, is the doctor protected by Good Samaritan laws in Singapore or Malaysia?
        Crew should record time of onset, vital signs every 10 minutes and all medication given on the In-flight Medical Incident Report (IMIR).
        Signs of hypoxia in a passenger include confusion, blue lips and rapid breathing; give therapeutic oxygen at the high-flow setting via mask.
        Suspected infectious disease on board: isolate the passenger where possible, assign one crew member for care, and report to the destination health authority via ATC.
    """),
    ("en", "aviation_public_record"): _lines("""
        Tony Fernandes took over the loss-making AirAsia for one ringgit plus its debts in 2001 and built it into Asia's largest low-cost airline group.
        The sarong kebaya uniform of the Singapore Girl was designed by French couturier Pierre Balmain and first worn in 1968.
        SQ 321, a Boeing 777-300ER from London to Singapore, hit severe turbulence over Myanmar in May 2024 and diverted to Bangkok.
        Goh Choon Phong has been chief executive of Singapore Airlines since 2011 and oversaw the merger of Vistara into Air India, in which SIA holds a 25.1% stake.
        Malaysia Airlines flight MH370 disappeared on 8 March 2014 with 239 people on board; the search remains one of the largest in aviation history.
        Changi Airport Terminal 5 is planned to open in the mid-2030s and to handle about 50 million passengers a year.
        Changi was named World's Best Airport by Skytrax in 2023, its twelfth win of the title.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CREW SICK REPORT 05/12/2026 - Staff No 41728 NUR AISYAH BINTE ROSLAN (FA, Y-class) reported sick 0312L for SQ 856; MC from Raffles Medical 2 days, gastroenteritis. Standby crew activated.
        Hi team, Kenneth Ong Wei Jie (Leading Steward) will be off roster till 20 Dec on compassionate leave, his father passed away at SGH on Tuesday. Please don't call him for swaps.
        PIR KULMH72811 | Pax: RAJENDRAN/SURESH MR | Tel 012-738 4152 | Perm addr: No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor | 1 x BK upright, tag 0232 381947
        Unruly pax report SQ 317 LHR-SIN 04DEC: seat 47C, Mr Daniel Fitzgerald-Hughes (British, ppt 534812907), intoxicated, verbally abused crew, restrained at 0214Z, handed to Airport Police on arrival.
        Medical diversion MAA: pax TAN AH KOW, 71 y/o, seat 32D, chest pain + sweating, doctor volunteer on board, SpO2 88%, diverted to Chennai, disembarked with daughter Tan Mei Lin.
        [04/12/26, 23:17] Priya Subramaniam: girls anyone can swap my SIN-SYD on 12 Dec? Need to bring my son for his tonsil operation at KKH that morning 🙏
        Staff pass application - Name: MUHAMMAD HAZIQ BIN ISMAIL / NRIC: S9170055G / Dept: Ramp / Mobile: 9728 4103 / Address: Blk 412 Tampines St 41 #08-233 S520412
        Lost item: Ms Chloe Lim's iPad (rose gold, name engraved) found at seat 12A on TR 15; pax contacted at 8346 2917, will collect at T2 Lost & Found tomorrow.
        UMNR form - Child: Aarav Nair, age 9, NRIC T1717531E / SIN-PEN / Seen off by: Mrs Deepa Nair, +65 9054 7783 / Met by: Mr K. Ramesh Nair, 016-329 7705
        Roster swap approved: FA Lee Jia Hui (S/N 52061) takes 15DEC SIN-HKG-SIN from FA Wong Pei Shan (S/N 49822), who is grounded for pregnancy (2nd trimester).
        Layover rooming list Chennai 05-06 Dec: CPT Marcus Yeo rm 1412, FO Farhan Hakim bin Abdullah rm 1415, IFS Gladys Pereira rm 1503, FA Vanessa Chong rm 1507
        Disciplinary note: ground staff Ravi Chandran s/o Muthusamy (GS 30417) found asleep in the aft hold of 9M-MXD during turnaround on 2 Dec; second warning letter issued.
        Interim expenses approved for PIR SINTR20931, Mdm Siti Zubaidah binti Osman, SGD 240.00, to be credited to her POSB Savings 188-52741-9.
        Pax Jonathan Tay Kok Leong requests the excess baggage refund to his Visa 4557 0130 1914 4429, exp 08/28, instead of travel credit.
        WCHC request: Mr Lim Boon Huat, 84, post-stroke, cannot climb stairs, needs aisle chair to seat 3C on MH 604 tomorrow. Family contact: daughter Lim Siew Ping 9183 5526.
        Injury report: FA Kavitha a/p Muniandy sustained a 2nd degree burn on her right hand from the aft galley water boiler; seen at company clinic, 3 days MC given.
        Fwd complaint from jasonlim.wk@hotmail.com: "The steward Marvin Goh on my flight to Perth was extremely rude to my wife and refused her a blanket. I want a written apology."
        Manifest extract: 14A CHAN/KAR WAI MR HKID K482915(8) / 14B CHAN/SUK YEE MRS / 14C CHAN/HO YIN MSTR (CHD, 6)
        Crew ID lost: Stewardess Stephanie de Souza, staff no 47190, lost her crew ID and SG passport K2715093C at Jewel on 3 Dec; police report made, replacement requested.
        FDP exceedance report: Purser Ahmad Faizal bin Rahim exceeded max FDP by 1h05m on SIN-DXB after a tech delay; he reported dizziness on arrival and was sent to hotel doctor.
        Crew file NOK update - TRICIA ANG HUI MIN, NRIC S8428444J; NOK: ANG SOO KHENG (mother), Blk 481 Jurong West St 41 #11-45, Singapore 640481, tel 6793 2418
        Shift note: loader Mohd Khairul Anuar (GH 22871) hurt his lower back lifting an overweight bag at bay E5, sent to Changi General Hospital A&E at 1510.
        Check-in: NG CHEE KEONG, MyKad 870116-01-6011, KUL-SIN MH 603, 2 checked bags, paid excess 10 kg by Mastercard 5217 2987 8502 6947.
        Feedback CF-882104 from Mrs Halimah Yusof-Wong: "My mother Puan Rokiah, 78, was left at gate C22 for over 40 minutes without the wheelchair we pre-booked."
        DNB record: LIU/YANG MR, PRC passport E59218347, refused boarding at SIN for invalid onward visa; rebooked next day, hotel voucher issued for Crowne Plaza Changi.
        DM log 2140L: Mr Harpreet Singh s/o Gurdev Singh (seat 22K) reported his wallet stolen during the flight; police informed; pax reachable at +65 8812 0396.
        Crew medical board: cabin crew Lydia Sim, 34, unfit to fly for 6 weeks after inner-ear barotrauma, reassigned to ground duties at the Crew Centre meanwhile.
        Emergency contact updated: FA Hafizah binti Mohd Noor, mobile +6019 662 0843, email hafizah.mnoor@gmail.com, next of kin husband Azlan bin Kassim.
    """),
    "ms": _lines("""
        Laporan bagasi hilang: Encik Mohd Hafiz bin Zulkifli, No. KP 880415-10-5673, tel 013-884 2716, alamat Lot 1182, Kampung Sungai Serai, 43100 Hulu Langat, Selangor. Beg hitam, tag 0232 519374.
        Puan Noraini binti Hassan (tempat duduk 18F) pengsan semasa penerbangan KUL-JED; doktor sukarela memberi oksigen dan penumpang dihantar ke hospital di Jeddah bersama suaminya.
        Makluman kru: Cik Farah Nadia binti Kamarudin (No. Staf 33109) cuti sakit 3 hari mulai 6 Dis, MC dari Klinik Kesihatan Kajang kerana demam denggi.
        Borang Pas Keselamatan - NAMA: NURUL SYAHIRAH BINTI JUSLI / NO. KP: 010904-12-0894 / JAWATAN: Ejen Pengendalian Bagasi / TEL: 011-2367 4490
        Aduan: Saya Hajah Zainab binti Ahmad, penumpang ke Kota Kinabalu pada 2 Disember. Beg saya rosak dan rantai emas hilang. Sila hubungi saya di +6017 528 3091.
        Pertukaran tugas diluluskan: Pramugara Amirul Hakim bin Jasni ganti tugas Pramugari Siti Khadijah binti Omar yang sedang berpantang selepas bersalin pada 28 Nov.
        Bayaran balik tuntutan bagasi RM 850 untuk Encik Lee Kah Meng akan dikreditkan ke akaun Maybank 1140 2318 6627 dalam 14 hari bekerja.
        Insiden apron: pekerja darat Rajesh a/l Ganesan tercedera jari kiri semasa memunggah ULD di petak B6 dan dihantar ke Hospital Sepang untuk rawatan.
    """),
    "zh-Hans": _lines("""
        行李延误登记：旅客王秀英，身份证号 440106198709238182，手机 138 2741 6630，航班 SQ 851，行李请送至广州市天河区天河北路 233 号 1205 室。
        乘务员陈佳怡（工号 58213）因怀孕申请调整排班，预产期为2027年5月，暂停执行长航线任务。
        备降记录：12月3日 旅客张建国，男，68岁，座位 41C，机上疑似心梗，航班备降昆明，由其儿子张伟陪同送医。
        机组微信群：@刘晓婷 你的护照 E47182936 落在机组车上了，我已经交给值班经理，下班记得去拿。
        旅客投诉：李文静女士（电话 15921784463）称在樟宜机场T3行李转盘丢失一只行李箱，箱内有她的降压处方药。
        不正常旅客报告：旅客周浩（身份证 310115199203143794）在航班上醉酒并推搡乘务员，落地后移交新加坡警方处理。
    """),
    "zh-Hant": _lines("""
        失物招領：陳家偉先生（HKID Y307164(0)，電話 6247 1835）遺留相機一部於座位 33A，已交樟宜機場失物處。
        乘客林雅婷小姐（身分證 A228371649，手機 0912-483-726）於新加坡轉機時行李延誤，請送至台北市大安區和平東路二段 96 巷 11 號 3 樓。
        空服員鄭志明（身分證 F130298470）在吉隆坡過夜期間因急性盲腸炎入院，公司已通知其太太。
    """),
    "mixed": _lines("""
        [05/12/26, 06:48] Jeremy Koh: guys my wife just gave birth at Thomson Medical, can someone cover my 1700 SIN-MNL? 🙏 call me 9661 7240
        Eh Nurul Izzati from batch 118 kena offload at KUL because her passport expiring in 5 months, she damn stressed, someone pls check on her
        Sis Chua Mei Ling ah, your MC for yesterday HR still never receive, pls send to crew admin today otherwise they mark you AWOL
        [06/12/26, 21:03] Grace Tan Xiao Yun: 我的 roster 被改了！下个礼拜要飞 SIN-LHR 但我妈在 NUH 做化疗，我已经 apply compassionate swap 了
        [03/12/26, 22:15] Azman Shah Yusof (Ramp B): tmr I drive, can pick up anyone near my place Blk 23 Jalan Membina #05-112, car SLK4821X
        lol shanice tan from batch 121 kena scolded by the IFS for sleeping in the bunk during her rest-less sector, now she got a warning letter
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help cabin crew write clear, factual voyage reports."),
        (
            "user",
            "Need a voyage report for SQ 328 AMS-SIN 04 Dec. Pax Mr Hendrik de Vries, seat 61A, Dutch passport NXR7K2L84, drank his own duty free gin, shouted at crew, refused to sit for seatbelt sign.",
        ),
        (
            "assistant",
            "Voyage Report - SQ 328 AMS-SIN, 04 Dec. Passenger Mr Hendrik de Vries (61A, NL passport NXR7K2L84) consumed duty-free alcohol on board, became verbally aggressive towards crew and refused to comply with the seatbelt sign. Verbal warning given; commander informed.",
        ),
        (
            "user",
            "Add that his wife Anneke apologised to us and that he was met by Airport Police at gate A15.",
        ),
    ],
    [
        ("user", "Can you write a delayed baggage complaint for me? Keep it firm but polite."),
        (
            "assistant",
            "Sure. Please give me your name, flight, PIR reference and what you need from the airline.",
        ),
        (
            "user",
            "Lakshmi Narayanan, TR 15 from Perth on 2 Dec, PIR SINTR20977, bag still missing, my insulin pens were inside. Reach me at 9462 3815 or 7 Jalan Kemuning, Singapore 769850.",
        ),
        (
            "assistant",
            "Dear Baggage Services, I am Lakshmi Narayanan, a passenger on TR 15 from Perth on 2 December (PIR SINTR20977). My bag has not been delivered and it contains my insulin pens. Please prioritise the search and contact me at 9462 3815 or at 7 Jalan Kemuning, Singapore 769850.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada supervisor saya. Saya Nur Syafiqah binti Azmi, staf 33871, kena denggi dan masuk wad Hospital Serdang semalam, tak dapat fly KUL-BKI esok.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan, saya Nur Syafiqah binti Azmi (No. Staf 33871). Saya dimasukkan ke wad Hospital Serdang semalam kerana demam denggi dan tidak dapat bertugas untuk penerbangan KUL-BKI esok. Surat MC akan saya hantar kepada Crew Admin. Terima kasih.",
        ),
    ],
    [
        ("system", "You format ground handling injury reports for the safety office."),
        (
            "user",
            "Loader Tan Kok Wah, NRIC S7696649D, 2 Dec 1640 bay C19, left foot run over by a baggage dolly. Sent to CGH, fractured toe, MC 14 days.",
        ),
        (
            "assistant",
            "INJURY REPORT | Employee: Tan Kok Wah (S7696649D), Loader | Date/Time: 02 Dec, 1640 | Location: Bay C19 | Injury: left foot run over by baggage dolly, fractured toe (CGH) | MC: 14 days",
        ),
    ],
    [
        ("user", "Summarise my notes into a short medical diversion summary for the duty manager."),
        (
            "user",
            "pax FERNANDEZ/JOANNE MS 45 seat 27E, history of epilepsy, seizure 3h after dep from SIN, 2 doctors on board, gave oxygen, diverted to Colombo, ambulance took her to Asiri hospital with her husband Paul",
        ),
        (
            "assistant",
            "Medical diversion summary: Ms Joanne Fernandez (45, seat 27E), known epileptic, had a seizure about 3 hours after departure from SIN. Two doctors on board assisted and oxygen was given. The flight diverted to Colombo; she was taken by ambulance to Asiri Hospital, accompanied by her husband Paul.",
        ),
    ],
    [
        ("user", "帮我写一封投诉信给航空公司，关于航班上的服务问题。"),
        ("assistant", "好的，请告诉我航班号、日期、发生了什么，以及您的联系方式。"),
        (
            "user",
            "我叫郭丽华，12月1日坐 MH 361 从吉隆坡飞北京，我婆婆坐轮椅，登机时没人帮忙。电话 +86 139 1082 5573。",
        ),
        (
            "assistant",
            "尊敬的马来西亚航空客户关系部：本人郭丽华，于12月1日乘坐 MH 361 由吉隆坡飞往北京。我婆婆需使用轮椅，但登机时无人协助。请贵司调查并回复，联系电话 +86 139 1082 5573。",
        ),
    ],
    [
        (
            "user",
            "Saya pramugari, nak buat surat rayuan untuk amaran bertulis. Nama saya Wan Nur Amalina binti Wan Ismail, KP 930722-14-6158, saya lewat report duty 3 kali sebab jaga ayah yang sakit buah pinggang.",
        ),
        (
            "assistant",
            "Tuan, saya Wan Nur Amalina binti Wan Ismail (KP 930722-14-6158) ingin merayu amaran bertulis yang dikeluarkan. Kelewatan saya melapor diri sebanyak tiga kali berpunca daripada tanggungjawab menjaga bapa saya yang menghidap penyakit buah pinggang. Saya memohon budi bicara pihak tuan.",
        ),
    ],
    [
        ("user", "How do I update my next of kin in the crew portal?"),
        (
            "assistant",
            "Go to Profile > Personal Details > Emergency Contacts, edit the entry and submit. Crew Admin approves changes within 3 working days.",
        ),
        (
            "user",
            "ok can you check this before I submit: Crew Bryan Pereira staff 46628, NOK sister Melissa Pereira, mobile 8273 6409, address 15 Jalan Jintan, Singapore 229015",
        ),
        (
            "assistant",
            "That looks complete. Make sure the mobile number has no spaces if the portal rejects it.",
        ),
    ],
    [
        (
            "user",
            "What does the unaccompanied minor service cost for a 10 year old flying Penang to Singapore?",
        ),
        (
            "assistant",
            "Most carriers charge a fixed UM fee per sector on top of the fare; the child must be 5-11 and the parent must stay at the gate until departure.",
        ),
        (
            "user",
            "ok booking for my daughter Mia Lim Jia En, 10, MyKad 160418-07-0342, flying 20 Dec. I'm her mum Jocelyn Khoo, 016-477 2951, my brother Alvin Khoo will meet her at Changi.",
        ),
    ],
    [
        ("system", "You assist airline customer service agents with refunds."),
        (
            "user",
            "Pax Siva Kumar a/l Raman wants refund for the seat he paid for but was moved from, 14 Dec KUL-SIN, RM 95. Card on file Amex 3797 586058 96956.",
        ),
        (
            "assistant",
            "Refund note: Mr Siva Kumar a/l Raman, KUL-SIN 14 Dec, paid seat not provided. Refund RM 95.00 to Amex 3797 586058 96956; expect 7-14 working days.",
        ),
        (
            "user",
            "Also add he has a hearing impairment and asked for written updates only, email sivak.raman@yahoo.com",
        ),
    ],
]
