# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en200: SG/MY cruise lines, ferry terminals and duty-free shops. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en200
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ferry_terminal_notice"): _lines("""
        Tanah Merah Ferry Terminal: departure hall opens 2 hours before sailing; check-in counters close 30 minutes before departure for all Batam and Bintan routes.
        Notice to passengers: due to rough sea conditions, the 0810 sailing from HarbourFront Centre to Batam Centre is cancelled. Affected passengers may rebook at Counter 6 without charge.
        All passengers to Indonesia must complete the electronic customs declaration before boarding; paper forms are no longer accepted at Batam Centre.
        Ferry ticket ref BF-2612-0481733 is valid for one-way travel only and is non-transferable after check-in.
        Lost & Found items unclaimed after 30 days will be disposed of or donated. Enquiries: lostfound@tmft-ops.com.sg or the terminal office at 6513 2200 (Mon–Fri 9am–6pm).
        Schedule change from 1 Jan 2027: Singapore (Tanah Merah) – Bintan (Bandar Bentan Telani) departures at 0910, 1210 and 1710 daily; Fridays add 2030.
        Passports must be valid for at least 6 months from the date of arrival. Holders of Emergency Travel Documents will not be checked in for international sailings.
        Baggage allowance: 20 kg check-in per passenger; excess baggage charged at S$3 per kg, payable at the excess baggage counter beside Gate 2.
        Stulang Laut Ferry Terminal, Johor Bahru – Batam service suspended 14–16 Feb for pontoon repairs. Refunds will be processed automatically to the original payment method within 14 working days.
        Changi Point Ferry Terminal: bumboats to Pulau Ubin leave when 12 passengers are on board; fare S$4 per person one way, bicycles S$2 extra, cash only.
        Swettenham Pier Cruise Terminal Penang: free shuttle to Weld Quay every 20 minutes from 0800 to 1800 when a ship is in port.
        Kuala Kedah – Langkawi: passengers with vehicles must report 90 minutes before departure; every vehicle is recorded on the cargo manifest by plate number.
        Reminder: power banks above 160Wh are not permitted on any vessel, whether in hand-carry or checked baggage.
        Gate closure for the 1430 sailing to Harbour Bay is 1405. Late passengers are treated as no-shows and the fare forfeited under Conditions of Carriage clause 7.3.
        Terminal Wi-Fi: SSID TMFT_FREE, no password required, session limit 3 hours, reconnect via the landing page.
        Marina South Pier: last return ferry from St John's Island to the mainland departs at 1615 on weekdays and 1715 on weekends and public holidays.
    """),
    ("en", "cruise_policy_faq"): _lines("""
        2-night Penang cruise: embarkation at Marina Bay Cruise Centre Singapore opens at 1330 and all guests must be on board by 1630.
        Guests under 21 must be accompanied by a parent or guardian aged 21 or above sailing in the same or a connecting stateroom.
        Pregnancy policy: we cannot accept guests who will have entered their 24th week of pregnancy by the end of the cruise. A doctor's fit-to-travel letter is required for all expectant mothers.
        Cancellation charges: 60 days or more before sailing, deposit forfeited; 59 to 30 days, 50% of fare; 29 days or less, 100% of fare. Port taxes are refunded in full.
        Refund for cancelled sailing DR241206 will be issued as Future Cruise Credit at 125% of the fare paid, or as a cash refund if requested within 30 days.
        The onboard medical centre charges consultation fees from US$120; we strongly recommend travel insurance that covers cruising and medical evacuation.
        Q: What documents do Malaysian citizens need for a cruise from Singapore to Phuket? A: A passport valid for 6 months; no visa is required for a short stay in Thailand.
        Your cruise card is your room key, charge card and boarding pass. Please keep it with you at all times and report any loss to Guest Services on Deck 5.
        Halal-certified dishes are served at the main dining room and at the Lido buffet stations marked with the green logo.
        Gratuities of S$20 per guest per night are added automatically to your onboard account and can be adjusted at Guest Services before the last night.
        Smoking is permitted only in the designated area on the starboard side of Deck 16; vaping is prohibited in staterooms and on balconies.
        The muster drill is mandatory for all guests. Scan your card at the assembly station printed on the back of your stateroom door.
        The casino opens once the ship is in international waters; minimum age 21, proof of age may be requested.
        Port Klang Cruise Terminal: no free parking for cruise guests; the paid multi-storey car park charges RM30 per day.
        Q: Can I bring my own alcohol? A: Each guest aged 21 and above may bring one 750 ml bottle of wine at embarkation; spirits and beer will be held and returned at disembarkation.
        Luggage tags are e-mailed 5 days before sailing; print them, fill in your deck and stateroom number, and attach before handing bags to the porters.
    """),
    ("en", "duty_free_retail"): _lines("""
        Travellers arriving in Singapore after at least 48 hours abroad may bring in 1 litre of spirits, 1 litre of wine and 1 litre of beer duty-free; there is no duty-free concession for cigarettes.
        Johnnie Walker Black Label 1L, barcode 5011294003177, S$62 at the cruise centre duty free; promotion 2 for S$115.
        Langkawi duty-free tip: keep your receipts, customs officers at Kuala Perlis jetty may ask for them when you bring liquor back to the mainland.
        Receipt No. 0088-2612-004417 | Outlet HFC-T3 | Toblerone 360g x3 | Subtotal S$28.50 | GST absorbed | Paid VISA ****
        Order #DF-77312-SG is ready for collection at the Arrival Duty Free counter, Tanah Merah; please bring the collection slip.
        Staff memo: tester bottles must be labelled NOT FOR SALE and logged in stock sheet ST-04 every Monday.
        Price tag: chocolate gift box 30 pcs, EAN 8881234500212, RM39.90, member price RM35.90.
        GST refunds under the Tourist Refund Scheme are not available for purchases at ferry terminal duty-free outlets because the goods are already sold free of GST.
        Liquor purchases are limited to customers holding a boarding pass for an international sailing on the same day.
        Stock transfer STN-2026-1187: 48 cartons moved from bonded warehouse B2 to outlet 3; container seal no. 0447821 intact.
        Promo: buy any 2 skincare items and get a free travel pouch. Valid 1–31 Dec while stocks last; not valid with other discounts.
        Top sellers this month at the onboard boutiques: Swiss watches, SK-II Facial Treatment Essence and single-malt whisky gift sets.
        Return policy: sealed items may be exchanged within 7 days with the original receipt at the same outlet; liquor and tobacco are non-returnable.
        Goods above your duty-free allowance must be declared at the red channel; GST and duty can be paid through the Customs@SG app before arrival.
    """),
    ("en", "ops_log_config"): _lines("""
        2026-11-30T06:41:12+08:00 INFO manifest.sync vessel=IMO9733105 voyage=GD2611-30 pax_count=3412 crew_count=1288 status=OK
        2026-12-01T14:02:55+08:00 WARN checkin.api timeout after 30000ms endpoint=/v2/bookings/{booking_ref}/passengers retry=2
        export MANIFEST_DB_URL=postgres://${DB_USER}:${DB_PASS}@db-internal:5432/manifest
        SELECT booking_ref, cabin_no, embark_port FROM bookings WHERE sail_date = :sail_date AND status = 'CONFIRMED';
        Baggage belt 3 scanner BR-3 error code E47, sensor dirty, cleaned 0915, back in service 0932.
        INC-20261204-0097 | Category: Facilities | Location: Deck 7 aft lift lobby | Issue: lift B out of service | Assigned: Engineering | Status: Resolved
        Template: Dear {{guest_title}} {{guest_last_name}}, your stateroom {{cabin_no}} is ready. Your muster station is {{muster_station}}.
        Shift handover: 2 wheelchairs returned to store, PA system tested, Gate 4 door sensor still faulty (ticket FM-3381).
        manifest_export_v3.4.1.tar.gz sha256 9f2c4e7a1b0d83e6c5a4f1029b7de3a8c6f51e09d2b74c3a8e1f0d6b5c492a17
        cron: 0 2 * * * /opt/ferry/bin/purge_scans --older-than 90d --dry-run=false
        Daily KPI 3 Dec: 18 sailings, 4,902 pax, on-time departure 94%, average check-in queue 11 min, 2 bags mishandled, 0 injuries.
        Field spec: nationality (ISO 3166 alpha-3), passport_no (string, max 12), passport_expiry (date), id_no (string, masked in UI except last 4 characters).
    """),
    ("ms", "notis_terminal"): _lines("""
        Makluman: Perkhidmatan feri Kuala Perlis – Langkawi ditangguhkan sementara akibat cuaca buruk. Penumpang boleh menukar tiket di kaunter tanpa caj.
        Penumpang dikehendaki tiba di jeti sekurang-kurangnya 45 minit sebelum waktu berlepas. Kaunter tiket ditutup 15 minit sebelum feri bertolak.
        Barang tercicir yang tidak dituntut dalam tempoh 30 hari akan dilupuskan. Sila hubungi pejabat terminal di talian 04-966 1234 pada waktu pejabat.
        Bayaran balik bagi pelayaran yang dibatalkan akan dikreditkan ke kad asal dalam tempoh 14 hari bekerja.
        Dilarang membawa durian, buah-buahan berbau kuat dan haiwan peliharaan ke atas feri.
        Soalan: Adakah bayi bawah 2 tahun perlu beli tiket? Jawapan: Bayi dikenakan tambang RM5 tanpa tempat duduk, dan mesti ada pasport sendiri untuk laluan antarabangsa.
        Kedai bebas cukai di Jeti Kuah menawarkan diskaun 10% untuk semua coklat sepanjang cuti sekolah.
        Borang tuntutan bagasi hilang: Nama penuh: ________ No. Pasport: ________ No. Tiket: ________ Keterangan beg: ________
        Pelayaran 3 malam ke Phuket dari Pelabuhan Klang: daftar masuk bermula 11 pagi dan semua penumpang mesti berada di atas kapal sebelum 4 petang.
        Kaunter imigresen di Terminal Feri Antarabangsa Stulang Laut dibuka dari 7 pagi hingga 9 malam setiap hari.
        Jumlah penumpang feri ke Pulau Pinang meningkat 12% pada suku ketiga berbanding tahun lepas, menurut laporan pengendali.
        Jaket keselamatan terletak di bawah setiap tempat duduk. Sila dengar taklimat keselamatan oleh anak kapal sebelum feri bertolak.
    """),
    ("zh-Hans", "customer_faq"): _lines("""
        请问从新加坡滨海湾邮轮中心出发，需要提前多久到码头办理登船？答：建议开航前3小时抵达，登船截止时间为开航前1小时。
        邮轮取消后的退款将在14个工作日内退回原支付账户，如用信用卡支付，到账时间以发卡行为准。
        在免税店购买的烈酒每人限带1升入境新加坡，超出部分需在红色通道申报并缴纳消费税和关税。
        行李遗失请在离开码头前到二楼失物招领处登记，并保留行李牌存根。
        订单号 DF20261128-0457 已发货，预计3个工作日内送达邮轮码头提货点。
        孕妇在航程结束时怀孕满24周的，恕不接待登船。
        船上医务室收费较高，建议购买包含邮轮医疗和紧急撤离的旅游保险。
        从新山士都兰港码头坐船去巴淡岛要多久？大约一个半小时，视海况而定。
        温馨提示：渡轮上全程禁止吸烟，包括电子烟，违者将被罚款。
        兰卡威免税岛购物攻略：巧克力、酒类和香烟价格较低，但带回马来西亚半岛有数量限制，请保留收据。
        客服热线：+65 6223 7000（周一至周五 9:00–18:00），邮箱 enquiry@straitsstar-cruises.com
        航次 GD2612-20 因台风取消，已订舱客人可免费改签至12月27日航次，或申请全额退款。
    """),
    ("mixed", "staff_groupchat"): _lines("""
        Guys the 0810 Batam sailing cancelled already, pls inform pax at counter 3 to 6 and give them rebooking slip ya
        Lost & found got 1 black luggage from the 1530 arrival, no tag, I put inside store room B first
        Printer at gate 4 spoil again lah, boarding pass all smudge. IT ticket raised: IT-22817
        Anyone got the new refund SOP? The one with 14 working days, not the old one
        Tomorrow ship come in early 0600, need 4 more porters. Boss say OT can claim
        Eh duty free cashier 2 drawer short RM20, recount after closing ok
        Wah today queue at immigration until outside, only 3 counters open, complain also no use
        Reminder: all staff must wear lanyard pass when going airside, security audit this Thursday
        Ada sesiapa nampak wheelchair no. 7? Tak jumpa dari pagi
        今天码头好多人，大家辛苦了，晚上一起去吃宵夜？
        Cabin 8142 shower leak again, engineering dah check tapi still drip. Ticket FM-4410 raised already
        FYI the 2 for S$115 whisky promo ends tonight, tomorrow change price tag back
        Pax complain aircon too cold in departure hall, can adjust to 24 or not?
        Don't forget typhoon advisory, Phuket call maybe skip, wait for HQ confirm first
    """),
    ("en", "news_reviews"): _lines("""
        Clifford Pier, named after Sir Hugh Clifford, Governor of the Straits Settlements, was the landing point for generations of immigrants until ferry services moved to Marina South Pier in 2006.
        Joseph Conrad served on merchant ships sailing out of Singapore in the 1880s, and the port appears in Lord Jim and The End of the Tether.
        Review: 3-night Phuket cruise, buffet was decent and the shows were fun, but disembarkation took almost two hours. 3/5.
        Star Cruises, founded in Malaysia in 1993, was for years the largest cruise line based in the Asia-Pacific region.
        Forum tip: take the 0700 Bintan ferry on weekdays, much less crowded, and bring SGD cash for the resort shuttle.
        Blog: 5 things to buy at Langkawi duty free, namely chocolates, Tiger Balm, local coffee, kitchenware and cheap luggage if yours breaks.
        Forum question: does the Batam Centre ferry allow folding bicycles? Planning a cycling trip there next month.
        Operators reported weekend ferry traffic to Batam and Bintan rising sharply after the school holidays began.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PASSENGER MANIFEST | Voyage GD2612-06 | TAN WEI MING | M | SGP | DOB 14/03/1988 | NRIC S8812345Z | Cabin 9214 | Emergency contact: wife, 9734 2218
        Lost baggage report LB-TMFT-26-0331: pax Nurul Aina binti Mohd Rashid arrived on the 1530 from Batam Centre, navy Samsonite 28 inch with pink ribbon missing. Contact 012-738 4410.
        Refund request: Mr Rajesh Kumar a/l Subramaniam, booking RWC-58821, cancelled because his father was admitted to Hospital Sultanah Aminah. Refund to Maybank acct 1621 4438 9902.
        Onboard incident log 02:14 Deck 12 pool: guest CHEONG KAH LENG (stateroom 10311) intoxicated, slipped and cut chin, 4 stitches at medical centre, security escorted him back to cabin.
        Hi, I'm Jasmine Teo, booked the Bintan ferry for 20 Dec but my passport K1947328D expires in May, can I still travel? Please reply to jasmine.teo88@gmail.com
        Complaint: Mdm Lim Soo Hwa, 72, was left at the wheelchair assistance point at HarbourFront for 50 minutes; her son Daniel Lim (9651 0382) is asking for compensation.
        Chargeback dispute: card 4543 1259 4669 4198, cardholder Priya d/o Ramasamy, disputes S$386 charged at the onboard watch boutique, says she never bought the watch.
        Crew note: steward reports guest in 8127, Mr Hafiz bin Osman, smoking on balcony twice; first warning issued and S$250 cleaning fee charged to his account.
        Medical log 23:40: guest Kavitha a/p Muniandy, cabin 7043, 28 weeks pregnant per her own statement, having contractions; bridge informed, medevac requested at Penang.
        Booking RWC-77410 | Lead guest: Benedict de Souza | MyKad 750923-10-6117 | 2 adults 1 child | balcony 11208 | paid RM4,280 via FPX
        CCTV request from police IO: review footage of male passenger Goh Jun Hao, NRIC T0258813C, alleged shoplifting at Arrival Duty Free on 3 Dec at 1847hrs.
        Please refund my ticket, my name is Muhammad Irfan bin Zulkifli, IC 011205-07-0233, missed the 5pm ferry to Langkawi because my car broke down near Kuala Perlis. My number 017-360 9924.
        Guest Services log: cruise card reported lost by Ms Chloe Ng Hui Shan, stateroom 9018, new card issued; she thinks her daughter Megan (6) dropped it at the kids club.
        Wheelchair list 06 Dec 0915 sailing: 1) Mdm Wong Ah Lian, 84, cannot walk far, daughter accompanying 2) Mr S. Balakrishnan, 67, post-stroke, uses walking frame
        Excess baggage paid: pax HARTONO SUGIANTO, Indonesian passport C4187203, 12 kg excess, S$36 cash, receipt EB-5521.
        Incident report: ferry crew denied boarding to Farah Diyana binti Kamarulzaman (passport A38827416), who appeared drunk and shouted at staff at Gate 2; refunded 50% per policy.
        Group manifest row 14 | WU JIANHUA | M | CN ID 350203198506142716 | passport EJ4821377 | shares cabin 8206 with row 15
        Found iPhone in grey case at Gate 5, lock screen says "If found pls call Mummy 9088 4521", logged at Lost & Found L2 as LF-0612.
        Email from Lee Mei Xuan (leemx.92@hotmail.com): charged twice for the Desaru Coast ferry on 22 Nov, wants RM168 back to her card.
        Car SKX 1234 D belonging to Mr Ong Boon Kiat was left in the TMFT drop-off lane for 3 hours while he went to Batam; towed by Auxiliary Police, owner to pay S$150.
        HR note: duty free sales assistant Nur Syafiqah binti Roslan (staff no. 4417) issued final warning after stock shortfall of S$1,240 at outlet 3.
        Joiner letter: Mr Ramon Villanueva Jr., Filipino, passport P7281934A, joining the ship at Marina Bay Cruise Centre on 9 Dec as assistant waiter.
        Pls call back Mr Chandran s/o Perumal at +65 8216 0973 re refund for cancelled Phuket cruise, very angry, says he will post on Facebook.
        Boarding exception: minor Aisyah Humaira binti Faizal, 9, travelling with grandmother Hasnah binti Yusof without parents' consent letter; mother contacted at 019-552 8736, consent e-mailed 10:42, allowed to board.
        Cabin move: Mr Harjit Singh and Mrs Gurpreet Kaur, stateroom 6102 beside engine noise, moved to 9510, complimentary upgrade approved by Hotel Manager.
        Checkpoint referral: NGUYEN THI HOA, FIN G6017725U, work permit holder returning from Batam, held at TMFT for overstaying her previous pass by 3 days.
        Dear Sir/Madam, I write to complain about the 15 Nov sailing. My husband Marcus Yeo has type 1 diabetes and the crew refused to keep his insulin in the medical fridge, so he was unwell for two days. I expect a full refund of S$2,460. Regards, Angeline Yeo, Blk 728 Jurong West St 72 #11-245, Singapore 640728
        Photo desk sale PX-2281: Darren Quek proposing to Michelle Lau at Deck 18 sunset, 3 prints bought by Darren, S$39.90 charged to his cabin 10422.
        Cashier note: card 5401 1750 7227 7019 declined 3 times for Mr Kenneth Wee buying Dior Sauvage 100ml; customer left without paying, manager informed.
        Uncle Ah Huat (surname Koh), the retired SBS bus captain from Yishun who takes the Batam ferry every Tuesday for the casino, collapsed at Gate 5 today; ambulance took him to KTPH.
    """),
    "ms": _lines("""
        Aduan: Saya Norazlina binti Hashim, no. telefon 013-442 7815, beg saya tertukar dengan penumpang lain di Jeti Kuah pada 2 Dis. Beg hitam jenama Polo, ada nama saya pada tag.
        Senarai penumpang feri Kuala Kedah–Langkawi 0930: 1. SALMAH BINTI DAUD 880412-01-5634 | 2. ZAINAL ABIDIN BIN HAMID 660830-08-5141 | 3. LEONG MEI FONG 920117-14-5082
        Tuan, mohon bayaran balik RM320 untuk pelayaran yang dibatalkan. Nama: Siti Khadijah binti Abdul Rahman, akaun CIMB 7060223145, no. tempahan BK-66120.
        Laporan insiden: penumpang lelaki Haziq bin Rosli (21) bergaduh dengan pekerja kaunter di Terminal Feri Stulang Laut, polis dipanggil ke tempat kejadian.
        Kehilangan pasport: Encik Tan Chee Keong, pasport Malaysia A51620394, hilang di atas kapal, kabin 8012. Laporan sudah dibuat dengan Guest Services.
        Assalamualaikum, ni Kak Ros dari Batu Pahat, nama penuh Rosnah binti Jaafar. Mak saya Hajah Fatimah, 78 tahun, perlukan kerusi roda masa naik kapal 12 Dis. Boleh call 011-2847 6603.
        Makluman kakitangan: Encik Suresh a/l Ganesan, penyelia kedai bebas cukai Jeti Kuah, cuti sakit 3 hari mulai 5 Dis kerana demam denggi.
        Resit bayaran balik: NUR AMIRA BINTI ZAKARIA | MyKad 950302-13-5570 | Tiket LGK-7712 | RM92.00 | dikreditkan 10/12/2026
    """),
    "zh-Hans": _lines("""
        失物登记：旅客林志强，手机138 0592 7714，在滨海湾邮轮中心丢失一个蓝色双肩包，内有护照和笔记本电脑。
        投诉：我叫黄丽娟，身份证号320583197809210649，12月1日在船上被多收了两晚小费共80新元，请尽快退款。
        团队名单第3行：王建华，男，护照号E82749163，房间8206，与妻子刘芳同住，刘芳有高血压需随身带药。
        客服记录：陈国栋先生，微信号 chen_gd1985，要求把退款打到他的招商银行卡 6225 8852 6018 1599。
        船上医务室记录：乘客张晓雯，女，34岁，9楼客房，晕船严重伴呕吐，注射止吐针一次，收费120美元。
        家长留言：我女儿李思琪（8岁）在儿童俱乐部被别的小朋友推倒，额头缝了两针，希望船方给个说法。我的电话+65 9442 1736。
        免税店退货单：顾客郑雅婷，香港身份证 K603817(4)，退回SK-II神仙水一瓶，退款新币238元至原信用卡。
    """),
    "mixed": _lines("""
        Eh bro tmr 8am ferry confirm ah, I already pay for u and Ah Seng. My PayNow 9870 3315, transfer me $62 each ok
        Mdm Lee from cabin 7021, 李秀英, very unhappy, say her diamond ring missing after housekeeping clean room, want to make police report when ship arrive
        Boss, pax Vijay a/l Krishnan kena deny boarding sebab passport tinggal 4 bulan validity, dia marah gila, his wife number 016-481 2295
        Lost luggage update: beg untuk Puan Zaleha binti Mat Isa dah jumpa kat Batam Centre, will send back on the 1700 sailing, pls call her 012-906 3378 to collect at HFC
        Kak Yati the duty free cashier (Suryati binti Omar) today MC again, 3rd time this month, HR say must bring cert
        Customer 陈先生 Chen Wei Liang, S8039157I, want to change Bintan package to 28 Dec, already pay $50 admin fee
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a Singapore-based cruise line. Help guests with bookings and refunds.",
        ),
        ("user", "hi i need to cancel my cruise on 18 dec, booking ref RWC-90217"),
        (
            "assistant",
            "I'm sorry to hear that. May I have the lead guest's full name and contact number to verify the booking?",
        ),
        (
            "user",
            "Samantha Chua Li Ting, 8775 3160. I got admitted to CGH for dengue yesterday, still on drip, doctor say cannot travel",
        ),
        (
            "assistant",
            "Thank you, Ms Chua, and get well soon. With a hospital memo you may be eligible for Future Cruise Credit. Please upload the memo in the Manage Booking page.",
        ),
        (
            "user",
            "ok will ask my husband to upload, the memo also got my NRIC S8611027Z on it, is that fine?",
        ),
    ],
    [
        (
            "user",
            "Family cruise group: ok everyone pls send me passport no + expiry so I can key in for the Genting booking",
        ),
        ("user", "Mine is K3850712Q exp 2031. Boon Heng"),
        ("user", "Mei Ling: K4417906C, exp Aug 2029. Also pls tell them I allergic to shellfish"),
        (
            "user",
            "Ah Ma passport expired already!! Need to renew at ICA, her IC S1482307G, she 80 this year cannot queue long",
        ),
    ],
    [
        ("user", "Salam, saya nak tukar tarikh tiket feri ke Langkawi dari 14 Dis ke 16 Dis."),
        (
            "assistant",
            "Waalaikumsalam. Boleh berikan nama penuh dan nombor MyKad seperti dalam tiket?",
        ),
        (
            "user",
            "Mohd Khairul Anuar bin Abdullah, 870619-02-5417. Tiket untuk saya dan isteri, Nor Hidayah binti Saad.",
        ),
        (
            "assistant",
            "Terima kasih, Encik Khairul. Caj pertukaran ialah RM10 seorang. Bayaran boleh dibuat melalui pautan yang akan dihantar ke telefon anda.",
        ),
        ("user", "Hantar ke 012-514 0386 ya."),
    ],
    [
        ("user", "你好，我的行李在新加坡下船后一直没找到，航次GD2611-28，房间9316。"),
        ("assistant", "很抱歉给您带来不便。请提供旅客姓名和联系方式，我们会通知码头失物处查找。"),
        (
            "user",
            "我叫周文斌，微信 zhouwb_xm88，手机 139 5024 6617。箱子是银色的，上面贴了厦门航空的标签。",
        ),
        ("assistant", "好的周先生，已登记，编号 LF-SG-26-1144，找到后会通过微信联系您。"),
    ],
    [
        (
            "user",
            "Eh outlet 3 today got one guy caught stealing 2 bottles Hennessy, police already came",
        ),
        ("user", "Who sia?"),
        (
            "user",
            "Malaysian guy, name on his IC Lau Kok Wai, 900504-10-5523, say he work in JB as lorry driver",
        ),
        (
            "user",
            "Send me his details, I need to put in the incident report for HQ. Also CCTV timing?",
        ),
        ("user", "1512 to 1516, camera 7 and 9"),
    ],
    [
        ("system", "Internal crew messaging, medical department."),
        (
            "user",
            "Doc, guest in 10517 Mrs Indra Devi w/o Muthusamy, 66, chest pain since 0200, history of heart bypass 2019",
        ),
        (
            "assistant",
            "Bring her down to medical centre by wheelchair now. ECG on arrival. Notify bridge in case we need a medevac at Port Klang.",
        ),
        (
            "user",
            "Her son Prakash is with her, his cabin 10519, he's asking whether insurance will cover",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a complaint to the ferry company? My details: Harold Fernandez, 43, living at 12 Jalan Bukit Indah 7/3, 81200 Johor Bahru. Ferry on 29 Nov from Stulang Laut to Batam was 3 hours late and I missed my cousin's wedding.",
        ),
        (
            "assistant",
            "Of course. Here is a draft: 'Dear Customer Service, I am writing regarding the 29 November sailing from Stulang Laut to Batam, which departed three hours late. As a result I missed a family wedding. I request a full refund and an explanation. Yours faithfully, Harold Fernandez.' Would you like to add your booking number?",
        ),
        ("user", "yes add booking SLB-38190 and my phone 016-772 9045"),
    ],
    [
        ("user", "wah my cousin Shanti d/o Raju kena caught at Tanah Merah customs last night"),
        ("user", "why?"),
        (
            "user",
            "she brought back 3 cartons of cigarettes from Batam, didn't declare. fined $1,800 and the cigs confiscated. she works as nurse at TTSH somemore, scared her boss find out",
        ),
    ],
    [
        ("user", "Bro you still selling the cruise voucher? Saw your post in the Carousell group"),
        (
            "assistant",
            "Ya still have. S$400 credit for Dream cruise, expires Mar 2027. Name on voucher is Wilson Tay Kok Leong, but can transfer name with a S$25 fee",
        ),
        ("user", "ok how to contact you?"),
        (
            "assistant",
            "Telegram @wilsontay_kl or just WhatsApp 9427 8803. Meet at Tampines MRT also can",
        ),
    ],
    [
        (
            "user",
            "Hi, I still haven't received my refund for the cancelled Phuket sailing, it's been 5 weeks",
        ),
        (
            "assistant",
            "I'm sorry for the delay. Could you provide the booking number and the card used for payment so I can trace it?",
        ),
        (
            "user",
            "Booking DR-2210-7723, Amex 3759 872649 23892, name on card Eleanor Pereira. Amount should be S$1,318.",
        ),
        (
            "assistant",
            "Thank you, Ms Pereira. I can see the refund was rejected by the issuing bank because the card was replaced. Please share the new card details through the secure link we will e-mail you.",
        ),
    ],
]
