# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en218: SG/MY marine and boat owners (yacht clubs, boat mechanics, jetty berths, sea-sport licences). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en218
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "berth_bookings"): _lines("""
        Booking RSM-B24-08817 confirmed: Pontoon C, Berth 14, max LOA 12.5 m, 01 Mar 2026 to 31 Mar 2026, monthly rate S$1,284.00 incl. 9% GST.
        Visitor berth request VB-0392: 2 nights, catamaran 13.7 m, beam 7.1 m, ETA 1530 hrs Fri, shore power 32A single phase requested.
        Waitlist position for 15 m wet berths at Keppel Bay: 7. Dry stack rack waitlist: 23 boats ahead of you.
        Invoice INV/PHM/2025/11/00463 - Puteri Harbour Marina Sdn Bhd (201101023456 / 945612-K) - berthing Nov 2025 RM 2,150.00, electricity 312 kWh RM 187.20, water 4.2 m³ RM 12.60.
        Reminder: berth licence renewals for Pontoons A-D fall due on 1 Jan. Please settle via the member portal or at the marina office counter (Mon-Sat 0900-1800).
        Hardstand booking HS-2612: haul-out with 75-tonne travel lift, 6 days on stands, pressure wash included. Quote valid 14 days.
        Berth A-07 is reserved for the Commodore's launch during the Raffles Cup regatta weekend, 14-16 Nov.
        Fuel dock closed 1200-1400 on Sunday for tank calibration. Diesel S$2.41/L, petrol RON95 S$3.02/L after reopening.
        Occupancy summary Q3: 186 of 204 wet berths let (91.2%), 34 visiting yachts, average stay 4.6 nights.
        Can I book a berth for a 40 ft monohull at Changi for just one week in December, or is it monthly minimum?
        Berth allocation rules: vessels over 18 m LOA must use the outer T-head; multihulls are assigned to Pontoon F only.
        Cancellation policy: full refund if cancelled 30 days before arrival; 50% if 7-29 days; no refund within 7 days or for no-shows.
        Booking ref ONE15-7721-QX: Berth D22, check-in 1400, access card deposit S$100 refundable, Wi-Fi SSID ONE15-Marina-Guest.
    """),
    ("en", "port_notices"): _lines("""
        Port Marine Notice No. 87 of 2025: pleasure craft are prohibited from entering the Western Anchorage between 0000 and 0600 hrs until further notice.
        Notice to Mariners: dredging works off Pasir Panjang Terminal from 3 Feb 2026 to 30 Jun 2026. Craft shall keep clear by 100 m and keep a listening watch on VHF Ch 14.
        Marine Department Malaysia (Northern Region): unlit wreck reported 2.3 nm SW of Pulau Payar, position 06°02.8'N 100°01.4'E. Mariners to exercise caution.
        Speed limit reminder: 5 knots within the Sentosa Cove channel and Keppel Marina basin. Offenders may be fined up to S$1,000 under the port regulations.
        All pleasure craft must display their registration number (format PC 1234X) on both sides of the hull in letters not less than 10 cm high.
        The Sisters' Islands Marine Park sanctuary zone is closed to anchoring. Use mooring buoys MB-1 to MB-6 only.
        Port Marine Circular No. 12 of 2025 supersedes Circular No. 9 of 2019 on the carriage of lifejackets; each lifejacket must carry a whistle and retro-reflective tape.
        Strait traffic summary 12 Oct: 1,142 vessel movements recorded; 37 pleasure craft crossed the Eastern Johor Strait reporting line.
        Weather advisory: NE monsoon surge expected 20-23 Jan, winds 20-25 kt, seas 2.0-2.5 m in the southern South China Sea. Small craft should remain in harbour.
        Regatta notice: the Singapore Straits Regatta course area off Changi will be closed to non-participating craft from 1000 to 1700 hrs on 6 and 7 Jun.
        The Port Operations Control Centre can be reached on VHF Ch 16 or its 24-hour line 6325 0731 for emergencies at sea.
        Lesen vesel persiaran can now be renewed online via the department portal; fee RM 50 per year for craft under 15 GT.
        Notice: Jetty 3 at Marina at Keppel Bay will be under repair from 10-24 Mar. Tenders should use Jetty 1 (floating pontoon) instead.
    """),
    ("en", "repair_quotes"): _lines("""
        Quotation Q-2025-0918 | Volvo Penta D4-300 annual service: impeller kit 21951348, fuel filter 21718912, oil 12.5 L 15W-40, labour 6 hrs @ S$95 = S$570. Total S$1,423.60 before GST.
        Antifouling quote for 38 ft sailboat: 2 coats Hempel Mille NCT, 10 L, sanding and masking, S$2,850 nett. Haul-out fee charged separately by the yard.
        Yamaha F150 outboard, lower unit oil leak. Replace prop shaft seal set 93101-35M10 and gear oil 750 ml. Est. RM 480 parts + RM 250 labour.
        Job card JC-44712 status: waiting parts (ETA 9 working days from Auckland). Vessel remains on hardstand bay H12.
        Warranty claim WC/MER/25/0071 rejected by the distributor: raw water pump failure attributed to running dry, see photo 3 of the inspection report.
        Survey fee schedule 2026: condition and valuation survey S$28 per ft LOA, minimum S$1,200; pre-purchase sea trial S$350 additional.
        Can anyone recommend a workshop in Port Klang that does shaft alignment for twin Cummins QSB 6.7? Quotes I got range RM 3k-6k.
        Gelcoat repair, transom, approx 0.4 m²: grind, fill, gelcoat, flat and polish. 3 days. S$960. Colour match not guaranteed on oxidised hulls.
        Parts list: 2x Racor 2010PM-OR elements, 1x Jabsco 29200-0000 impeller, 4x zinc anodes 30 mm collar, 1x Raymarine Axiom+ 9 firmware v4.5.142.
        Mechanic's note: starboard exhaust elbow heavily corroded, recommend replacement before next season; owner to be informed by the service desk.
        Rigging inspection checklist: chainplates, turnbuckles, swage terminals (look for hairline cracks), furler drum, halyards. Replace standing rigging every 10-12 yrs.
        Invoice total RM 7,316.50 (SST 8% on labour only). Pay to Bayu Marine Engineering Sdn Bhd, Maybank 5141 2208 7735, quoting the job number.
        Sail loft quote: new mainsail, 340 gsm Dacron, 2 reefs, 32 m², delivery 6 weeks, S$5,400. Price held until 31 Dec.
    """),
    ("en", "club_chat"): _lines("""
        Congrats to our youth team for 2nd place at the Asian Optimist Championship! Proud moment for the club 🎉
        Anyone watched Joseph Schooling's TV interview about training at the national pool? Good reminder our juniors need more swim time too.
        Who left a blue Hobie kayak at the dinghy park since last week? Pls claim by Sunday or the bosun will move it to the store.
        Reminder lah, Friday night BBQ at the clubhouse terrace 7.30pm, $25 per head, kids under 12 free. Bring your own drinks ok.
        Wah the tide this weekend very tricky, 0.3 m low at 1142 Sat. Don't try to cross the Serangoon shoals with a deep keel.
        The committee approved 3 new members this month and accepted 1 resignation. Full minutes are on the noticeboard.
        Tip: the chart plotter for the Tioman approach is off by about 50 m near Salang jetty. Keep the paper chart as backup.
        Just finished Joshua Slocum's Sailing Alone Around the World again. Still the best cruising book ever written.
        Who is doing the Raja Muda Selangor International Regatta this year? Need 2 more crew for a First 40.7, foredeck experience preferred.
        The harbour master says Jetty B will be closed for piling works. Weekend warriors pls use the slipway near the boatyard.
        Kaypoh question: how much does a 45 ft catamaran cost to keep in Langkawi per year? Berth, insurance, antifouling, all in?
        Our club boat Sang Nila Utama is back in the water after refit. Thanks to all the volunteers who came down every Saturday.
        Chope the club RIB for Sunday safety cover pls, sign-up sheet at the dinghy store, first come first served.
    """),
    ("mixed", "licence_faq"): _lines("""
        How to get PPCDL in Singapore? Must attend course at an approved school then take theory + practical test, right? Roughly how much ah?
        Foreigners on work permit in Malaysia can apply for the recreational vessel operator licence or not? Syarat apa ya?
        Theory test has 50 MCQs, pass mark 80%. Topics: COLREGs, buoyage (IALA Region A), lights and shapes, tide basics.
        PPCDL 考试 practical got 4 parts: 起航, man overboard, 靠码头 berthing, and emergency stop. Don't panic during the MOB drill.
        Jet skis need a separate endorsement on top of the pleasure craft licence, check the official website before you book the test.
        PPCDL renewal every 5 years, fee S$80, no retest needed unless the licence lapsed more than 12 months.
        Kalau nak sewa jet ski di Langkawi, operator kena ada lesen Jabatan Laut. Pelancong tak perlu lesen sendiri, cuma ikut taklimat.
        请问新加坡的 pleasure craft licence 可以拿来 Malaysia 用吗？还是要另外考 Jabatan Laut 的？
        VHF Short Range Certificate required if your boat has a DSC radio. Course is 1 day with exam at the end, about S$350 at most schools.
        Template: Nama Pemohon: ________ | No. Kad Pengenalan: ________ | Jenis Lesen: Vesel Rekreasi / Jet Ski | Tandatangan: ________
        Kids under 16 cannot get PPCDL but can helm under supervision of a licensed adult on board. Most clubs follow the same rule.
        Dinghy instructor pathway: Level 1, Level 2, then Instructor, through the national sailing federation; first aid cert compulsory.
        Kena saman sebab tak pakai jaket keselamatan? Denda boleh sampai RM 5,000, jangan main-main.
    """),
    ("en", "crew_lists"): _lines("""
        CREW LIST | Vessel name: ________ | Call sign: ________ | Port of registry: ________ | No. | Full name | Nationality | Passport no. | Date of birth | Rank |
        Crew for the regatta: Skipper, Navigator, Trimmer x2, Bowman, Pitman, Grinder. 7 persons total, all with valid passports, 2 nationalities.
        Please submit crew lists to the race office 48 h before the start via raceoffice@straitsregatta-example.sg and include an emergency contact for each crew.
        Pre-departure checklist: liferaft serviced (cert expiry at least 3 months away), EPIRB registered, flares in date, crew briefed on MOB and abandon ship roles.
        Customer A and Customer B chartered the same 52 ft cat for a combined 14 days; the occupancy report lists them only by booking code.
        Crew roster week 49: 4 deckhands, 2 engineers, 1 stewardess, 1 captain across the charter fleet; 2 deckhand vacancies open.
        Immigration clearance at ONE°15 Marina: present crew list, vessel registration certificate and port clearance from last port. Counter opens 0800.
        Charter manifest template fields: {vessel_id}, {departure_time}, {pax_count}, {crew_count}, {skipper_licence_no}, {emergency_contact_role}
        Stats 2025 season: 312 day charters, 41 overnight charters, 2,580 pax carried, 0 reportable incidents, 3 minor first-aid cases.
        Sample crew list entry (dummy): 1 | SAMPLE NAME | Singaporean | X0000000X | 01/01/1990 | Deckhand - delete this row before submitting.
        Safety briefing script: Welcome aboard. Lifejackets are in the locker under the forward seats. In an emergency follow the skipper's instructions.
        Crew joining in Langkawi must be listed on the outbound clearance; sign-off in Singapore requires the agent to file with immigration.
        Passenger limit for this vessel is 12 persons including crew, as stated on the plate fixed next to the helm.
    """),
    ("en", "marina_ops_logs"): _lines("""
        2026-01-14T06:32:11+08:00 berth-sensor PONTOON_C/14 occupancy=TRUE draft_cm=182 shore_power_kwh=12.44
        [gate] 2026-02-03 22:47:09 card=GUEST-0413 door=JETTY_A result=DENIED reason=time_window
        marina-portal v3.8.2 (build 7f3c9e1a) deployed; fixes berth invoice rounding bug #1184.
        sha256 9b1f4c0d7e2a83b65f0c4d1e2a7b9c3d4e5f60718293a4b5c6d7e8f90a1b2c3d  tide_tables_2026_SG.csv
        config: fuel_dock.price.diesel_sgd_per_l = 2.41; fuel_dock.hours = '0800-1900'; fuel_dock.closed_on = ['CNY1', 'CNY2']
        AIS feed: MMSI 563012340 (harbour pilot launch), class A, SOG 6.2 kn, COG 112°, 1°15.62'N 103°50.18'E, 2026-03-02 10:14 SGT
        WARN bilge_monitor berth=F03 pump_cycles_24h=41 threshold=20 action=notify_dockmaster
        SELECT berth_id, loa_m, status FROM berths WHERE pontoon = 'D' AND status = 'VACANT' ORDER BY loa_m DESC;
        Export batch 2026-W06: 58 invoices, 3 credit notes, total S$94,218.35, 0 failed postings.
        ticket #MR-20931 [P3] Gate reader at Jetty 2 intermittently rejects valid member cards. Assigned to: facilities team.
        cron: 0 5 * * * /opt/marina/bin/pull_tides --station=SG_TANJONG_PAGAR --days=14
        weather_station CHANGI_SC wind_avg_kt=14.2 gust_kt=21.0 dir=035 baro_hpa=1009.8 ts=1737000000
        Alert resolved: shore power breaker P-C-14 tripped at 03:12, reset by the duty technician at 03:40.
    """),
    ("ms", "notis_jeti"): _lines("""
        NOTIS: Jeti Awam Kuala Kedah ditutup sementara dari 1 hingga 15 Mac 2026 bagi kerja-kerja baik pulih. Harap maklum.
        Jabatan Laut Wilayah Selatan mengingatkan pemilik vesel persiaran supaya memperbaharui lesen sebelum tamat tempoh. Denda lewat RM 100.
        Tempahan slot tambatan: Jeti B, Lot 12, 3 malam, bayaran RM 180 termasuk air dan elektrik. No. rujukan TMB-0457.
        Kelab Layar Port Dickson akan mengadakan Hari Terbuka pada 22 Februari. Percubaan belayar percuma untuk kanak-kanak 8-14 tahun.
        Peringatan: had laju 5 knot di kawasan marina. Pemandu jet ski yang ingkar boleh dikompaun.
        Sebut harga servis enjin sangkut Suzuki DF140: tukar minyak, penapis, palam pencucuh. Jumlah RM 650. Sah 30 hari.
        Ramalan cuaca: angin timur laut 15-25 knot, ombak 2.5-3.5 m di perairan Pahang dan Terengganu. Aktiviti bot kecil tidak selamat.
        Tuan punya bot diingatkan: jaket keselamatan wajib untuk semua penumpang termasuk kanak-kanak. Pemeriksaan mengejut akan dijalankan.
        Borang permohonan lesen vesel: Bahagian A (maklumat vesel), Bahagian B (maklumat pemilik - sila isi), Bahagian C (pengesahan juruukur).
        Pelabuhan Klang: 27 vesel persiaran didaftarkan bulan lalu, meningkat 12% berbanding tahun sebelumnya.
        Jeti Nelayan Tanjung Piai: ruang tambatan untuk bot rekreasi terhad kepada 6 bot pada hujung minggu.
        Caj tambatan di Jeti Kuah dinaikkan kepada RM 2.50 semeter sehari berkuat kuasa 1 April.
        Kedai Marin Bayu Sdn Bhd buka Isnin-Sabtu 9 pagi-6 petang. Talian pejabat 03-3165 2207, WhatsApp bisnes 012-308 4417.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Berth renewal for C-14: owner Mr Desmond Koh Wei Liang, NRIC S8234517E, mobile 9177 3025. Send the invoice to Blk 412 Bedok North Ave 2, #07-188, S460412.
        Crew list entry: 3 | Arjun s/o Ramasamy | Singaporean | K5582103J | 14/02/1991 | Bowman
        Hi, this is Farah binti Zulkifli, I booked visitor berth VB-0417 for my boat. Can the dockmaster call me at 012-667 4891?
        Quote Q-2025-1107 for Mr Lim Boon Hock (lim.boonhock68@gmail.com): replace starboard exhaust elbow, S$1,840.
        Card on file for hardstand booking HS-2690: VISA 4532 1190 7364 2180 exp 08/28, cardholder JOANNE D'CRUZ.
        Captain Ravi is off this week, his wife just had surgery at TTSH and he asked us not to roster him until the 20th.
        Mdm Teo from berth D-09 still owes 4 months of berthing fees; committee agreed to cut her shore power if not paid by Friday.
        Jet ski rental waiver: Muhammad Haziq bin Rosli, MyKad 870514-10-5623, emergency contact (mother) 013-442 9081.
        Yard worker Rahim Uddin (FIN G5531927N) injured his hand on the travel lift slings at 1430 today. Sent to Ng Teng Fong A&E.
        Please don't let Kenneth Tay take the club RIB again, he came back drunk last Saturday and the committee has issued him a formal warning.
        Member Priya d/o Subramaniam (IG @priya.sails.sg) keeps posting photos of other members' boats without asking.
        Summons issued to craft PC 4417K, operator Tan Chee Keong, T0312846B, for doing 14 kn in the Sentosa Cove channel.
        Gate card lost: member Bernard Pereira, card M-2231, lives at 27 Jalan Kembangan, S419134. Please deactivate and reissue.
        Uncle Ah Seng who does engine work at Pontoon F was diagnosed with stage 3 lung cancer; he is stopping all jobs after this month.
        Refund for the cancelled charter to be credited to DBS 027-458139-6, account name Chua Mei Ling.
        Car SLK4281D has been parked in the trailer bay for 3 weeks. Owner is Gary Wong from #12-05 Costa Rhu. Towing notice issued.
        Payslip, deckhand Nguyen Van Thanh: basic S$1,850, OT 22 hrs, less advance S$300. Net S$2,011.20.
        Transfer the boat deposit to Alvin Chong's personal account, OCBC 601-234567-001, he's the seller not the broker.
        The new treasurer, Suresh a/l Maniam, was made bankrupt in 2019. Should he really be handling the club's accounts?
        Skipper Daniel Fernandez on Nomad's Rest: running late, please call my wife Carol on 8123 6540 to let her know.
        Emergency contact for crew Li Wei (PRC passport E71902634): father Li Jianguo, +86 138 2647 0915.
        Heard Mrs Sharon Lee is selling her Beneteau because of the divorce, the ex-husband gets half of whatever she gets.
        Berth application rejected: Hafiz Iskandar, 25 Lorong Ikan Emas 3, Taman Pelangi, 80400 Johor Bahru; outstanding debt with previous marina RM 8,200.
        Insurance claim for sunk tender: policyholder Winston Goh Kah Meng, NRIC S7759013G, policy MH-55128820, winston.gkm@yahoo.com.sg.
        Our bosun Encik Zainal has been on MC for two weeks with depression, please go easy on him when he is back.
    """),
    "ms": _lines("""
        Tuan punya bot Ahmad Faizal bin Mohd Nor, No. K/P 920830-14-6017, alamat No. 18 Jalan Seri Bayu 2, 42000 Pelabuhan Klang, Selangor.
        Sila hubungi Cik Nurul Aina di 019-225 7730 untuk pengesahan tempahan tambatan Jeti B.
        Pak Mat yang jaga jeti tu baru keluar hospital, kena strok minggu lepas. Anak dia yang ganti sementara.
        Kompaun dikeluarkan kepada Lim Ah Kow, MyKad 790221-07-5138, kerana memandu bot tanpa lesen di perairan Pulau Pinang.
        Siti Hajar binti Osman masih belum bayar yuran keahlian kelab 3 tahun, jawatankuasa nak gantung keahlian dia.
        Gaji mekanik Selvam a/l Krishnan bulan ni RM 2,400, potongan pinjaman RM 350. Masukkan ke akaun Maybank 1142 3391 0876.
        Penumpang bot ke Pulau Tioman: Nor Azizah binti Hamid, pasport A38827164, warganegara Malaysia.
        Encik Razak dari lot C-5 kena tangkap minggu lepas sebab bawa barang seludup dalam bot dia.
        Kereta pemilik bot di tempat letak treler: JQW 8127, milik Tan Siew Ling, Taman Molek, Johor Bahru.
        Tuntutan insurans bot karam: pemegang polisi Kamarul Ariffin bin Yusof, e-mel kamarul.ariffin77@gmail.com, telefon 017-338 2054.
    """),
    "zh-Hans": _lines("""
        陈阿姨在3号码头C-07的船位费已经欠了三个月，经理说再不交就要把船拖走。
        船东黄志明，身份证号440306198807125238，手机13922581476，申请在新加坡 ONE°15 临时泊位。
        林秀英女士的游艇驾驶执照被吊销了，因为上个月在圣淘沙附近酒驾被抓。
        维修单：客户王建国，微信号 wjg_haiyang88，船外机 Yamaha F200 漏油，报价 RM 1,350。
        阿强师傅的老婆住院了，这个星期他不来码头修船。
        请把押金退到林美华的银行卡 6222 0212 3456 7890 128，她下个月不租泊位了。
        船员名单：2号 张伟，护照号 E52810347，紧急联系人 母亲 刘芳 13751209864。
        香港船东陈家豪，身份证 K418273(1)，电话 9172 6638，想在 Puteri Harbour 租一年的泊位。
    """),
    "mixed": _lines("""
        Eh bro, Uncle Lim the mechanic at Jetty 3 cannot come fix your engine lah, his daughter kena warded at KKH since Tuesday.
        PayNow 9123 4870 (Teo Kah Wei) for the jet ski rental deposit ok, he is the one holding the keys.
        Mdm Rosnah from Blk 23 #05-12 Pasir Ris complain her boat cover kena stolen, she suspect the jaga.
        Passenger list Langkawi trip: 1) Kavitha a/p Muthu 010611-01-0894, 2) Ong Jia Hui, 3) Derrick Sequeira.
        Telegram @captainjoel_sg is Joel Ang's own handle, he does private charters on the side without licence one.
        台湾来的 crew 林志豪，身份证 F128047356，phone 0921 637 458，下礼拜 join the boat in Langkawi。
        Ah Boon 的 boat loan with the bank already 6 months arrears, they coming to repossess next week 咯。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a marina in Singapore. Help members with berth bookings.",
        ),
        (
            "user",
            "I want to renew berth B-11 for another year. Name Jasmine Ho Li Ting, NRIC S6829104F, mobile 9736 1184.",
        ),
        (
            "assistant",
            "Thanks. I have noted the renewal request for B-11 for 12 months. The office will email the invoice within 2 working days.",
        ),
        ("user", "Can you send it to jasmine.holt@gmail.com instead of my old work email?"),
        ("assistant", "Noted, the invoice will go to the new address you gave."),
    ],
    [
        ("system", "You help a boat repair workshop in Port Klang write customer emails."),
        (
            "user",
            "Draft an email to Mr Gopal a/l Arumugam telling him his twin Cummins need new heat exchangers, RM 9,800, and that his last invoice of RM 4,200 is still unpaid.",
        ),
        (
            "assistant",
            "Dear Mr Gopal, during the service we found both heat exchangers corroded and recommend replacement at RM 9,800. We also note invoice RM 4,200 remains outstanding; kindly settle it before we order parts.",
        ),
        ("user", "Make it softer, he's been having a hard time since his business closed."),
    ],
    [
        ("system", "You are an assistant for a yacht club committee."),
        (
            "user",
            "How do I word a warning letter to a member who damaged another boat while berthing?",
        ),
        (
            "assistant",
            "State the date and berth, describe the incident factually, cite the club rule, state the consequence, and offer a chance to respond within 14 days.",
        ),
        (
            "user",
            "The member is Marcus de Souza, berth E-03. He hit Dr Helen Quek's boat on 2 Nov and refused to pay. Please write it.",
        ),
        (
            "assistant",
            "Dear Mr de Souza, on 2 November while berthing at E-03 your vessel made contact with a neighbouring yacht. Under Club Rule 14 members are liable for damage caused. Please respond within 14 days.",
        ),
    ],
    [
        ("system", "Anda pembantu kaunter Jabatan Laut untuk pembaharuan lesen vesel."),
        (
            "user",
            "Saya nak renew lesen bot saya. Nama Zulhilmi bin Abdul Rahman, MyKad 880917-11-5471, bot JLT 2231.",
        ),
        (
            "assistant",
            "Baik. Sila sediakan salinan MyKad, sijil pendaftaran vesel dan bayaran RM 50. Boleh buat di portal atau di kaunter.",
        ),
        (
            "user",
            "Alamat saya dah tukar ke No. 7 Jalan Nelayan 4, Kampung Chendering, 21080 Kuala Terengganu.",
        ),
    ],
    [
        ("system", "你是一家新加坡游艇会的客服助理。"),
        ("user", "我想租一个12米的泊位，半年。可以吗？"),
        ("assistant", "可以的，目前C码头还有空位，半年租金大约 S$7,200，需要先付一个月押金。"),
        ("user", "好的，我叫周美玲，微信 zhoumeiling_sg，手机 8265 3107，你们直接联系我吧。"),
        ("assistant", "收到，会请办公室同事联系您安排看泊位。"),
    ],
    [
        ("system", "You format crew lists for yacht clearance."),
        (
            "user",
            "Format this as a table: Skipper Nathaniel Rozario passport K2209476M; crew Aziz bin Hassan passport A40918273; crew Chen Xiaoyu passport E63019488.",
        ),
        (
            "assistant",
            "| No. | Name | Role | Passport | ; | 1 | Nathaniel Rozario | Skipper | K2209476M | ; | 2 | Aziz bin Hassan | Crew | A40918273 | ; | 3 | Chen Xiaoyu | Crew | E63019488 |",
        ),
        ("user", "Add date of birth column, Nathaniel is 03/07/1984."),
    ],
    [
        ("system", "You help boat owners fill in marine insurance claims."),
        (
            "user",
            "My dinghy was stolen from the jetty at Sentosa Cove. What do I need for the claim?",
        ),
        (
            "assistant",
            "Usually a police report number, proof of ownership, photos, the policy number and the excess payment details.",
        ),
        (
            "user",
            "The insurer wants the excess charged to my card, Mastercard 5248 9301 7726 4511, name on card Vincent Lau. Can you put that in the form?",
        ),
    ],
    [
        ("system", "You answer questions about sea-sport licences in Singapore."),
        ("user", "Can someone with epilepsy get a PPCDL?"),
        (
            "assistant",
            "Applicants must declare medical conditions; a doctor's assessment is usually required, and well-controlled cases may be considered.",
        ),
        (
            "user",
            "It's for my crew Aaron Yeo. He had a seizure on the boat in March, he doesn't want the club to know. Should I still let him helm?",
        ),
        (
            "assistant",
            "For safety, he should not helm until a doctor clears him, and any declaration is his to make on his own application.",
        ),
    ],
    [
        ("system", "You help the treasurer of a sailing club in Johor summarise accounts."),
        (
            "user",
            "Summarise arrears: Lot A-2 Wong Kar Fai RM 1,200; Lot B-6 Norhayati binti Said RM 3,450; Lot C-1 vacant.",
        ),
        (
            "assistant",
            "Total arrears RM 4,650 across two occupied lots: A-2 owes RM 1,200 and B-6 owes RM 3,450. Lot C-1 is vacant.",
        ),
        ("user", "Draft a reminder to Norhayati, her phone is 016-729 4410."),
    ],
    [
        ("system", "You are a helpdesk assistant for marina gate access."),
        ("user", "Which documents are needed to replace a lost access card?"),
        ("assistant", "A replacement form, photo identification and the S$50 replacement fee."),
        (
            "user",
            "Please register my car for the carpark too: SJD 7702 Y, owner Felicia Rajoo, FIN F7715322P, home 81 Jalan Bahagia, S329021.",
        ),
        ("assistant", "Thanks, the carpark team will register the vehicle and confirm by email."),
    ],
]
