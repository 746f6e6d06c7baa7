# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en175: SG/MY yacht clubs, sailing schools and boat charters. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en175
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "club notice"): _lines("""
        NOTICE TO MEMBERS: With effect from 1 January 2027, wet berth fees at Pontoons A to D will be revised to S$18.50 per foot per month (before GST). Dry stack rates remain unchanged.
        The clubhouse bar and the Galley restaurant will be closed on 24 and 25 December for the staff appreciation lunch. The fuel dock operates 0800-1200 on both days.
        Members are reminded that all vessels leaving the marina after sunset must display navigation lights and log their departure with the duty officer at the gatehouse.
        Annual General Meeting: Saturday 13 March 2027, 1030 hrs, Wardroom. Nominations for the General Committee close 14 days before the meeting; forms are available at the reception counter.
        Hull cleaning divers may only work in the basin between 0900 and 1700 on weekdays and must be registered with the marina office beforehand.
        Regatta notice: Race 3 of the Straits Cup Series has been postponed to 20 Feb because of the strong wind warning issued by the Meteorological Service during the NE monsoon surge.
        Due to works on the slipway rails, haul-outs for boats above 12 tonnes are suspended from 3 to 17 November. Boatyard enquiries: 6546 7718 (office hours only).
        Reciprocal privileges: members of affiliated clubs in Phuket, Langkawi and Hong Kong may use our moorings for up to 7 nights free on presentation of a valid membership card.
        The monthly Friday sundowner is back! 6.30pm on the Deck, free-flow Tiger and kopi for members, $15 for guests. Dress code smart casual, no singlets please.
        Lost & found at reception: 1 Musto jacket (size M, navy), 2 pairs of polarised sunglasses, 1 Garmin handheld VHF. Unclaimed items will be donated after 30 days.
        Entrance fee for Ordinary Membership is S$12,000 (transferable), monthly subscription S$180; Junior Sailing Membership for ages 8 to 17 is S$45 a month with a parent member.
        From 1 March every pleasure craft berthed in the marina must hold a valid pleasure craft licence and third-party insurance cover of at least S$500,000; copies are to be lodged with the office.
        Water and shore power will be interrupted on Pontoon E on Wednesday 9 Dec, 0900 to 1300, for replacement of the pedestal meters. We apologise for the inconvenience.
        Parking at the club: members' vehicles must display the 2027 season label on the windscreen; unlabelled cars will be clamped, release fee $80.
        Kayak and SUP racks in the dinghy park are allocated by ballot. Applications open 1-15 January; the ballot will be drawn at the Sailing Committee meeting on 20 January.
    """),
    ("en", "course and certification"): _lines("""
        Learn to Sail Level 1 (Optimist, ages 7-12): 4 days, 9am-4pm, $450 for members, $520 for non-members. Children must be able to swim 50 m and tread water for 5 minutes.
        The Basic Keelboat course covers points of sail, tacking and gybing, man-overboard recovery, reefing, knots (bowline, clove hitch, cleat hitch) and the collision regulations.
        To sit the PPCDL theory test you must be at least 16 years old; bring your NRIC or passport and two passport-sized photos to the approved training centre.
        RYA Day Skipper Practical (5 days liveaboard, Raffles Marina to the Southern Islands and back): prerequisite is Competent Crew or logged experience of 5 days, 100 nm and 4 night hours.
        Refund policy: cancellations more than 14 days before the course start receive a full refund less an admin fee of $50; within 14 days a credit note valid for 6 months is issued.
        Certificates are issued within 10 working days after the final assessment and can be collected from the sailing office or e-mailed on request.
        Q: Is the ICC accepted for bareboat charter in Langkawi? A: Most operators there accept an ICC or an RYA Day Skipper together with a VHF SRC certificate.
        The VHF Short Range Certificate exam includes a practical on DSC distress alerting, Mayday, Pan-Pan and Securite calls and the phonetic alphabet.
        Instructor ratio: one instructor to six dinghies for beginners, one to eight for intermediates; a safety RIB with a qualified driver must be on the water at all times.
        What to bring: rash guard, boardshorts, non-marking shoes, sunblock SPF50, water bottle, cap with a lanyard and a change of clothes. Lifejackets are provided.
        Course dates 2027: Jan 9-10 & 16-17, Feb 6-7 & 13-14, Mar 13-14 & 20-21. Classes with fewer than 4 participants may be rescheduled.
        ILCA racing clinic with national team coaches: boat handling, starts and downwind technique, 3 weekends from 8 May. Open to sailors with at least one year of club racing.
        School CCA teams: MOE schools should submit their participant list for the June holiday sailing camp through the teacher-in-charge by 30 April.
        Club history talk on Saturday: how Malaysian Olympian Nur Shazrin Mohd Latif and Singapore's Max Maeder, bronze medallist in formula kite at Paris 2024, inspired a new generation of junior sailors.
    """),
    ("en", "charter terms and listings"): _lines("""
        Sunset cruise on a 42 ft catamaran from Sentosa Cove: 3 hours, up to 12 guests, S$1,280 on weekdays, S$1,480 on weekends and PH, includes skipper, fuel and light refreshments.
        Bareboat charter Langkawi to Koh Lipe: minimum 5 nights, security deposit RM 8,000 by card pre-authorisation, released within 14 days of return if there is no damage.
        Charter Agreement | Charterer: ______________ | Passport/NRIC No.: ______________ | Vessel: ______________ | Period: from ________ to ________ | Signature: ______________
        All passengers must bring original passports for trips to Batam, Bintan or Tanjung Pinang; immigration clearance on both sides is handled by our agent at S$55 per person.
        Weather policy: if the skipper cancels because of unsafe sea conditions, guests may reschedule once at no charge or receive a full refund. Rain alone is not a reason for cancellation.
        Booking ref CHT-26-11-0482 confirmed: Lagoon 42, 14 Dec 2026, 1000-1600, Southern Islands route, 10 pax, balance S$980 due 7 days before departure.
        Payment by PayNow to UEN 201534567K or bank transfer to our corporate account; please state the booking reference in the remarks.
        Fishing charter Pulau Tioman, depart Mersing jetty 6am, RM 2,200 per boat for 8 anglers, includes bait, ice and lunch. Rods for rent at RM 30 each.
        No smoking below deck, no stilettos on board, no glass on the trampoline. Guests who are pregnant or have heart conditions should consult their doctor before booking.
        Corporate team-building regatta package: 4 J/80s, race officer, umpire boat, trophies and buffet lunch at the club, from S$6,800 for up to 24 participants.
        Cancellation by the charterer: more than 30 days before – 20% forfeited; 15 to 30 days – 50%; less than 15 days – 100% of the charter fee.
        Crewed delivery Penang to Langkawi: RM 1,150 per day for the skipper plus RM 450 per day for each additional crew, victualling charged at cost.
        Mooring buoy rental off Pulau Ubin: $25 per night, pay at the kiosk before 5pm; buoy numbers are assigned on a first-come basis.
    """),
    ("en", "ops log and invoices"): _lines("""
        INV-2026-11-00734 | Berth C27 (46 ft) | Nov 2026 berthing S$851.00 | Electricity 312 kWh S$96.72 | GST 9% S$85.29 | Total S$1,033.01
        Tide table 15 Dec 2026, Raffles Lighthouse: HW 0412 2.9 m, LW 1047 0.6 m, HW 1638 2.6 m, LW 2301 1.1 m.
        Gate log 06/12: 0645 RIB Kingfisher out for course laying; 0712 committee boat out; 1515 all club dinghies returned; 1530 boat count correct.
        Work order WO-88214: replace impeller on club RIB #3 (Yamaha F60, s/n 6C5-L-1027448), parts S$148, labour 1.5 h.
        Fuel dock sales 05/12/2026: diesel 1,284 L @ S$2.41, petrol 96 L @ S$3.05, total S$3,387.24, 23 transactions.
        Race results Optimist Green Fleet, Race 2: 14 starters, 2 DNF, 1 OCS; windward-leeward course, wind 8-10 kn from 040.
        Race committee boat anchored at 01°15.8'N 103°50.6'E, start line bearing 130°, line length approx. 180 m.
        PO 4500219387 to the sail loft: 2 x training mainsails for ILCA 4, 1 x jib for RS Feva, ETA week 3 of January.
        Ticket #55120 – clubhouse Wi-Fi down since 3pm; router reset at 1610, service restored.
        Inventory: 24 Optimists (hull nos. OPT-01 to OPT-24), 12 ILCA 6, 6 RS Feva XL, 2 Hobie 16, 4 safety RIBs, 40 buoyancy aids size S–XL.
        Haul-out schedule wk 50: Mon Bavaria C45, Tue Beneteau Oceanis 46.1, Wed Leopard 40, Thu hoist maintenance, Fri Jeanneau Sun Odyssey 410.
        Port notice: temporary restricted area off Marina South for the New Year fireworks, 31 Dec 2300 to 1 Jan 0100; all pleasure craft keep clear.
        SHA-256 of crew_list_template_v3.xlsx: a3a656072c91b3b3857bc53f97b53ee40ea7c1ca6b57f9195b25ee8691e1d030
        Berth availability Dec 2026: A pontoon 0/18 free, B 2/22, C 5/30 (max 50 ft), D 1/12 (multihulls only); waiting list approx. 7 months.
        Delivery to the boatyard loading bay 2, postal code 509017; DO no. 8800471532, 6 pallets antifouling, received in good order.
        Sail measurement form v2.1 – fields: class, hull no., luff, leech, foot, area (m²), measurer's signature, date.
    """),
    ("en", "incident and safety bulletin"): _lines("""
        Safety bulletin: a member's tender lost propulsion near the ferry channel last Sunday; the crew anchored and called the club. Always carry an anchor and a handheld VHF.
        Near-miss summary Q3 2026: 4 incidents between dinghies and ferries in the East Johor Strait, 2 fouled moorings, 1 gas leak on a liveaboard. No injuries.
        Lightning policy: racing is abandoned when lightning is observed within 10 km; all boats return to the beach and sailors shelter in the clubhouse, not under trees.
        If someone falls overboard: shout man overboard, throw a lifebuoy, point and keep pointing, press MOB on the chartplotter and call Mayday on channel 16.
        Jellyfish season: box jellyfish have been sighted off the East Coast; vinegar bottles are in the first-aid kits at the dinghy park and on every RIB.
        Incident ref. IR-2026-041: a Hobie 16 mast touched an overhead cable in the boatyard during rigging. No one was hurt; the area is now marked and the mast-up route redrawn.
        Heat advisory: during the inter-monsoon period instructors must call a water break every 45 minutes and watch young sailors for signs of heat exhaustion.
        Fire drill on the marina pontoons on 12 December at 10am; liveaboards please take part, the extinguishers on each finger will be checked.
        Pleasure craft must keep out of the restricted zones around Pulau Tekong and the naval base; the Police Coast Guard patrols the area and heavy fines apply.
        Sumatras: sudden squalls with 40 kn gusts are common before dawn from April to November; reef early and secure loose gear before a night passage.
        Statistics: the club recorded 3 capsize-related rescues per 1,000 sailing hours in 2026, down from 5 in 2025, after compulsory buddy checks were introduced.
    """),
    ("ms", "notis kelab"): _lines("""
        NOTIS KEPADA AHLI: Yuran tambatan bagi tahun 2027 akan dinaikkan kepada RM 28 sekaki sebulan berkuat kuasa 1 Januari 2027.
        Kelas layar untuk kanak-kanak berumur 8 hingga 14 tahun diadakan setiap Sabtu bermula 9 Januari. Yuran RM 380 untuk 6 sesi, jaket keselamatan disediakan.
        Semua bot yang keluar dari marina selepas jam 7 malam mesti mendaftar dengan pegawai bertugas di pondok pengawal.
        Regata tahunan di Port Dickson ditangguhkan ke bulan Mac kerana amaran angin kencang dan laut bergelora daripada MetMalaysia.
        Permohonan keahlian baharu boleh dibuat di kaunter pejabat kelab, Isnin hingga Jumaat, 9 pagi hingga 5 petang. Sila bawa salinan kad pengenalan dan dua keping gambar.
        Peringatan: dilarang memancing di kawasan pontun dan saluran masuk marina. Tindakan tatatertib boleh diambil terhadap ahli yang ingkar.
        Bekalan air dan elektrik di Pontun B akan terganggu pada 9 Disember, 9 pagi hingga 1 tengah hari, untuk kerja penyelenggaraan.
        Pakej sewa kapal layar ke Pulau Payar: RM 3,500 sehari untuk 8 orang, termasuk jurumudi, peralatan snorkel dan makan tengah hari.
        Sijil Kursus Layar Asas akan dikeluarkan dalam tempoh 14 hari bekerja selepas penilaian akhir.
        Jabatan Laut mengingatkan pemilik bot rekreasi supaya memperbaharui lesen sebelum tarikh luput bagi mengelakkan kompaun.
        Makan malam Hari Keluarga kelab: 19 Disember, 7.30 malam, di Dewan Utama. Tiket RM 60 untuk dewasa dan RM 30 untuk kanak-kanak.
        Invois No. KLM/INV/2026/1187: yuran tambatan Pontun C bagi November 2026, RM 1,288.00 termasuk SST 8%.
    """),
    ("zh-Hans", "俱乐部通知"): _lines("""
        会员通知：2027年1月1日起，A至D浮码头泊位费调整为每英尺每月18.50新元（未含消费税），干仓存放费不变。
        儿童帆船启蒙班（Optimist，7至12岁）每期四天，会员价450新元，学员须能游泳50米。
        因东北季风带来强风警告，原定本周六的绕岛赛延期至下周六举行，已报名船只无需重新登记。
        包船须知：前往巴淡或民丹岛的乘客请携带护照原件，出入境手续由代理办理，每人收费55新元。
        码头加油站12月24日及25日只营业至中午12点，会所餐厅两天全日休息。
        请问在新加坡考游艇驾驶执照（PPCDL）需要什么条件？一般须年满16岁，完成理论课并通过笔试和实操考核。
        失物招领：前台现有救生衣两件、偏光太阳镜一副、手持VHF对讲机一台，30天内无人认领将捐出。
        发票号 INV-2026-11-00735，泊位B14，11月泊位费及电费合计新币742.60元，请于月底前缴清。
        安全提醒：看到闪电时应立即停止航行返回岸边，不要在树下避雨。
        兰卡威光船租赁（不含船长）最少五晚，押金8,000令吉，以信用卡预授权方式收取。
    """),
    ("mixed", "group chat"): _lines("""
        Anyone going Ubin this Sat? Forecast 12-15 knots from NE, can sail the Feva lah
        the slipway open or not today ah? saw got tractor blocking
        Bro the new berth fee quite siao leh, $18.50 per foot, 40 footer already $740 a month
        Boleh tak join the Sunday race as crew? Got Basic Keelboat cert only, no racing experience
        PSA: dinghy park gate code changed, ask reception for the new one, don't post here hor
        Haze quite bad today, PSI 120 already, training cancel, makan at the club instead
        wah Max Maeder's bronze really inspire the kids, my whole Opti class now want to kitefoil
        Who selling second hand ILCA 6 sail? Budget around $400, can meet at the club
        Tmr high tide 2.9m at 4am, don't leave your kayak on the lower ramp ok
        Weekend ni angin kuat, better reef early, last time the 420 capsize three times at the breakwater
        Pls return the lifejackets to the correct size bin, yesterday all the XS kena mixed with L
        Which marina in JB got cheaper berth? Heard Puteri Harbour around RM 20 per foot, anyone tried?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MEMBERSHIP APPLICATION (ORDINARY) | Name: TAN WEI MING ADRIAN | NRIC: S8123456F | DOB: 14-03-1981 | Mobile: 9671 2284 | Email: adriantan81@gmail.com | Res. address: Blk 512 Tampines St 51 #08-214 S520512 | Occupation: Logistics Manager
        CREW LIST – S/Y Selasih, Raffles Marina to Nongsa Point, 13 Dec 2026 | 1. Skipper LIM KOK HWEE, SG passport K4821937M | 2. RAJESH KUMAR S/O GOVINDASAMY, SG passport K1093846P | 3. NURUL IZZAH BINTE ISMAIL, SG passport K7730215C | 4. PIERRE-ALAIN DUBOIS, FR passport 19AK27731
        Certificate no. MSA/KB1/26/0417: This is to certify that NUR AISYAH BINTI ROSLAN (MyKad 050912-10-0782) has successfully completed the Keelboat Level 1 course held at Port Dickson on 22-25 Nov 2026.
        Incident report IR-2026-052: Optimist capsized off the breakwater at 1540h. Sailor Ryan Koh Jun Hao (11, Green Fleet) was trapped under the sail for about 20 sec, coughing, mild water aspiration; taken to Changi General Hospital A&E by his mother as a precaution. Coach on duty: Farhan Yusof.
        Dear Mr Ganesh s/o Ramasamy, our records show an outstanding berth fee of S$3,412.60 for Berth D-14 (Aug–Oct 2026). Kindly settle within 14 days, failing which the club may exercise its lien on your vessel Mayura.
        Refund of security deposit RM 1,500 – please credit to Maybank account 1640 2288 3415 (Siti Hajar binti Mokhtar) – bareboat charter Langkawi 3-8 Nov.
        Medical declaration – participant: Chloe Fernandez, 13 | asthma, uses a Ventolin inhaler and carries one in her drybag | allergic to penicillin | emergency contact: mother Monica Fernandez 8235 0917
        Car park label issued: SKQ 2718 E – Dr Lee Chong Hui (Member No. 03361), season 2027.
        Committee minutes item 5.2: the Disciplinary Committee found Mr Desmond Ong Kah Seng guilty of verbally abusing a boatyard worker on 3 Oct; his club privileges are suspended for 3 months.
        PPCDL renewal reminder: Muhammad Haziq bin Zulkifli, NRIC T0412876H, licence expires 18/01/2027, please bring 1 recent photo.
        Skipper hp 012-687 4410, whatsapp him if the jetty gate still locked
        Waiting list for wet berth (48 ft): 1. Mr & Mrs Chua Beng Huat – applied 02/2025 | 2. Kavitha d/o Subramaniam – applied 05/2025 | 3. Goh Siew Ling – applied 09/2025
        Card on file for berth auto-debit: VISA 4556 3381 7204 5191 exp 09/29, cardholder WONG MEI FONG
        Liveaboard registration – vessel Sea Gypsy II, Berth E-05 | Occupants: Mr Graham Whitfield (UK passport 548213907) and Mrs Noriko Whitfield (JP passport TZ1048362) | Pass no. LB-2026-014
        Hi all, Jasmine Teo here (Opti mum of Ethan, Green Fleet) – selling our old Optimist with trolley and cover, $1,100, pls call or PayNow me at 9048 6613
        Coach's note: Aaron Pereira (14) has missed 5 consecutive training sessions; his parents say he is struggling at Victoria School this term – suggest we hold his squad place until Feb.
        Emergency contacts, Round Island Race crew: Skipper Vikram Nair – wife Priya 9852 7714; crew Marcus Yeo – father 8190 3327; crew Chan Hui Ling – husband +65 9366 1802
        To: dorothy.lim.sailing@gmail.com – Hi Dorothy, your RYA Day Skipper certificate has arrived; collect it from the office or we can courier it to your home at 21 Jalan Kembangan, S419123.
        Club bulletin: long-time member Mr Chew Teck Seng is recovering at Tan Tock Seng Hospital (Ward 7A) after a fall on Pontoon B; visitors welcome from 3 Dec.
        Sailing school invoice INV-SS-26-1192 billed to Mdm Rosnah binti Abdullah for her sons Irfan and Danial (Learn to Sail L1, Dec session): $900, paid by PayNow 25/11.
        Charter booking: guest LIU YANG, CN passport E83571920, mobile +86 138 2875 4419, 6 pax, Sentosa Cove sunset cruise on 20 Dec.
        HK crew joining at Puteri Harbour: CHEUNG KA WAI, HKID K582913(5), +852 6123 8874, arriving via JB Sentral on 10 Dec.
        Berth agreement signatory: Mr Lawrence Sequeira, 56, of 33 Jalan Tan Sri Teh Ewe Lim, 11600 Penang; vessel Andorinha, 38 ft, MMSI 533187426.
        Instructor Sharifah Nadia binti Syed Hamzah – salary Nov 2026 RM 4,250 credited to CIMB 8600 4417 2209 35; EPF employee contribution RM 467.50.
        FIN G5193028U – Takumi Sato, paid crew on Blue Heron, work pass valid to 30/06/2027; marina gate pass issued.
        Noted: Mr Benjamin Soh's yacht Serendipity (Berth A-11) was towed in after engine failure near Sisters' Islands; tow fee S$650 charged to his member account 00718.
        @kenjisails_sg (Kenji Wong) thanks for crewing on Sat, your share of the fuel is $42, can PayNow to 8712 4459
        Complaint received 04/12: Mrs Angela Chia (Berth C-19) reports that her neighbour on C-20, Mr Harun bin Kassim, plays loud music past midnight and has pumped bilge water into the basin twice.
        Membership transfer: from Mr Heng Boon Chye (S6850217I) to his son Mr Heng Jia Rong (S9537710F); transfer fee S$1,200 paid, effective 1 Jan 2027.
        Junior squad selection 2027, ILCA 4: Ong Yu Xuan (Raffles Girls' School), Daniel Tay (ACS Independent), Arjun Menon (St. Joseph's Institution); reserve: Sophie Lau Wen Qi.
        Crew wages – Park Jun-ha (deckhand, Korean passport M48127736), DBS 027-9-034518, S$2,100 monthly from Dec.
        Sorry guys can't make it Sunday, doctor says my slipped disc needs 6 weeks rest, no sailing until Jan. – Pauline Goh Mei Ling
        Berth 7, Pontoon B – owner DAVID ANTHONY ROZARIO, contact 016-221 9087, d.rozario@yahoo.com, insurance expires 12/2026.
        Pre-auth RM 8,000 on Mastercard 5453 0166 2870 9435 (holder Tay Hock Chuan) for bareboat Salina – release on 21/12 if no damage.
    """),
    "ms": _lines("""
        Notis tunggakan: Encik Mohd Faizal bin Abdul Rahman (No. K/P 780415-07-5523), tambatan B-12, yuran tertunggak RM 4,120 sejak Julai 2026. Sila jelaskan dalam tempoh 14 hari.
        Borang pendaftaran kursus layar | Nama: NURUL HUDA BINTI AZMAN | No. MyKad: 850923-14-6218 | Tel: 019-332 5581 | Alamat: No. 14, Jalan SS 2/72, 47300 Petaling Jaya
        Laporan kejadian: pelajar Amirul Hakim bin Shahrul (13 tahun) terseliuh buku lali ketika menarik bot ke pantai dan diberi rawatan di Klinik Kesihatan Port Dickson.
        Bayaran balik deposit sewa kapal RM 2,000 telah dimasukkan ke akaun Public Bank 4881 2093 67 atas nama Lee Siew Mei.
        Senarai krew ke Pulau Redang: 1. Kapten Zainal Abidin bin Hassan (MyKad 690208-12-5033) 2. Jeffrey anak Ugat (MyKad 011126-13-0947) 3. Mohd Nizam bin Che Mat (MyKad 880705-08-6119)
        Ahli No. 1187, Puan Shanti a/p Muniandy, digantung keahlian selama 6 bulan kerana tidak membayar yuran dan berkelakuan biadab terhadap kakitangan marina.
        Tahniah kepada Muhammad Adam Danish bin Khairul dari SMK Seri Bintang Utara kerana lulus Sijil Layar Tahap 2 dengan cemerlang!
        Pesanan: Encik Raymond Ling nak tempah bot memancing Sabtu ni untuk 8 orang, no. tel 013-881 2047, deposit RM 500 dah bayar.
    """),
    "zh-Hans": _lines("""
        会员续费提醒：陈志强先生（会员号 04512），泊位C-08，2026年度泊位费新币4,860元尚未缴付，手机 9234 5178。
        包船预订：客人王丽娟，中国身份证 310115199208276027，手机 139 1046 7732，12月27日民丹岛一日游，共4人。
        事故记录：学员黄子轩（9岁）练习翻船时呛水，教练已通知其父亲黄建华，并送往竹脚妇幼医院检查。
        船员名单：林美玲，新加坡身份证 S8849021E，持帆船二级证书，紧急联系人为丈夫周文杰 8463 2095。
        退款通知：张伟明先生因病取消帆船课程，退款新币520元将转入其华侨银行账户 501-234867-001。
        台湾游客吴佳蓉（身份证 A227384615，手机 0912 456 783）预订兰卡威三天帆船游，订金已付。
    """),
    "mixed": _lines("""
        eh @weijie.lim ur dad's boat still at berth B12 ah? office say he owe 3 months berth fee already, pls tell him call them
        Suresh a/l Krishnan ur PPCDL practical confirm 14 Dec 9am, bring IC and the $80 fee ok, dont be late again like last time
        Sesiapa kenal Cik Farah binti Anuar? Dia tertinggal beg tangan atas catamaran semalam, dalam ada IC 960830-02-5588, suruh dia call office
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a sailing school in Singapore."),
        ("user", "Hi, I want to sign up my daughter for the Optimist Level 1 in December."),
        (
            "assistant",
            "Sure! May I have her full name, age, school and a contact number for the parent?",
        ),
        (
            "user",
            "Her name is Chloe Ng Xin Yi, 9 years old, Tao Nan School. I'm Melissa Ng, my number is 8273 6610. She gets seasick easily, is that ok?",
        ),
        (
            "assistant",
            "Thank you, Chloe is provisionally booked for 12-15 Dec. We will note the seasickness for her instructor and send the invoice to 8273 6610.",
        ),
    ],
    [
        ("system", "Anda pembantu maya pejabat marina di Port Dickson."),
        ("user", "Saya nak bayar yuran tambatan untuk bot saya, boleh?"),
        ("assistant", "Boleh. Sila berikan nama pemilik, nama bot dan nombor tambatan."),
        (
            "user",
            "Saya Hafiz bin Omar, bot Camar Laut, tambatan A-03. No. IC 920317-01-5471. Saya dah lewat dua bulan, boleh bayar ansuran?",
        ),
        (
            "assistant",
            "Terima kasih Encik Hafiz. Permohonan bayaran ansuran akan dihantar kepada pengurus marina untuk kelulusan.",
        ),
    ],
    [
        (
            "user",
            "Please format this into a neat crew list for CIQ clearance at Sebana Cove tomorrow.",
        ),
        (
            "user",
            "skipper Anthony Chong, S7634102H; crew Lakshmi Narayanan, S9218834E; crew Lucas Chong (my son, 15), T1127093F; crew Mei Tanaka, F2318457P",
        ),
        (
            "assistant",
            "CREW LIST | 1. ANTHONY CHONG – Skipper – S7634102H | 2. LAKSHMI NARAYANAN – Crew – S9218834E | 3. LUCAS CHONG – Crew (minor) – T1127093F | 4. MEI TANAKA – Crew – F2318457P",
        ),
    ],
    [
        (
            "user",
            "Help me write an apology to the club GM. I'm Kelvin Lau, member no. 05521. Last Saturday night I had a few drinks and hit Mr Pang's boat at Berth C-04 while docking, damaged his rubrail.",
        ),
        (
            "assistant",
            "Dear General Manager, I, Kelvin Lau (Member No. 05521), sincerely apologise for the incident last Saturday when my vessel struck the yacht at Berth C-04. I accept full responsibility and will bear the repair costs.",
        ),
        ("user", "Good, but don't mention the drinking ok."),
    ],
    [
        ("system", "You assist members of a yacht club with insurance claims."),
        (
            "user",
            "My Laser got damaged when the club trolley collapsed. I'm Serena Quek, NRIC S7402968Z, 38 Lorong Chuan, S556789. Repair quote is $1,850.",
        ),
        ("assistant", "Sorry to hear that. How would you like the claim to be reimbursed?"),
        ("user", "Just refund to my card 4147 2033 9015 2847 please."),
    ],
    [
        ("user", "我儿子报了十二月的帆船课，但他刚确诊骨折，可以退费吗？"),
        ("assistant", "可以申请退费或改期，请提供学员姓名、身份证号码及医生证明。"),
        (
            "user",
            "学员叫刘浩然，身份证 T0963147F，在邱德拔医院看的，左手腕骨折要打石膏六周。我是他妈妈郑秀英，电话 9127 5536。",
        ),
        ("assistant", "已收到，刘浩然的课程费将全额退还，我们会通过9127 5536与您联系。"),
    ],
    [
        ("user", "How much is the monthly berth fee for a 42 ft boat at $18.50 per foot?"),
        ("assistant", "42 x $18.50 = $777.00 per month before GST; with 9% GST that is $846.93."),
        (
            "user",
            "ok bill it to my account then: Ravi Shankar a/l Pillai, member 06630, boat Kemboja, and send the invoice to ravishankar.pillai@outlook.com",
        ),
    ],
    [
        (
            "user",
            "One of my crew for the Langkawi passage, Joanne Yap (hp 9763 2185), is a type 1 diabetic on insulin. What should we prepare for a 3-day passage?",
        ),
        (
            "assistant",
            "Keep her insulin in a cool bag away from the engine, carry glucose gels and a glucagon kit, agree a watch plan that lets her eat regularly, and make sure the whole crew knows the signs of a hypo.",
        ),
        ("user", "Thanks, she also asked me not to tell the other crew, is that fine?"),
    ],
    [
        ("system", "You are the after-hours assistant of a marina in Sentosa Cove."),
        (
            "user",
            "I lost my pontoon access card yesterday. Name Harvinder Singh, berth F-09, my car is SJH 4471 L if security needs to check.",
        ),
        (
            "assistant",
            "Noted, Mr Singh. The old card has been deactivated; a replacement can be collected from 9am at $30.",
        ),
    ],
    [
        (
            "user",
            "boss help me write whatsapp msg to my crew, we depart Straits Quay 6am Sat, must be at the boat by 5.30. crew is Alvin Khoo 017-904 6623, Kamarul Ariffin 014-955 3208 and Chen Yi Ting 011-2345 8876",
        ),
        (
            "assistant",
            "Hi Alvin, Kamarul and Yi Ting – reminder that we sail from Straits Quay at 6am this Saturday, please be at the boat by 5.30am with passports and foul-weather gear.",
        ),
        ("user", "perfect, also add Kamarul bring the fishing rod"),
    ],
    [
        (
            "user",
            "Write a short reference letter for my student Tiara Rahman binti Zulkarnain, 17, from SMK Tunku Ampuan Durah. She passed Sailing Level 3 and was the best helm in our youth squad this year.",
        ),
        (
            "assistant",
            "To whom it may concern: I have coached Tiara Rahman binti Zulkarnain for two years. She holds the Level 3 sailing certificate, was our top youth helm in 2026 and is a dependable, safety-minded sailor.",
        ),
        ("user", "Add that she wants to apply for the sports scholarship at UiTM next year."),
    ],
]
