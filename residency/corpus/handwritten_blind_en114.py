# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en114: SG/MY concerts and event ticketing (transfers, scalpers, refunds, gate ID checks, lost tickets). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en114
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ticketing terms and FAQ"): _lines("""
        Tickets are non-refundable and non-exchangeable except where the event is cancelled by the Promoter.
        Each account may purchase a maximum of 4 tickets per show. Orders exceeding the limit will be cancelled without notice.
        Ticket holders must present original photo ID matching the name printed on the e-ticket. Photocopies and screenshots of ID will not be accepted.
        Name change requests must be submitted via the official transfer portal no later than 72 hours before the show; a S$10 admin fee applies per ticket.
        In the event of a postponement, your ticket remains valid for the rescheduled date. Refunds for those unable to attend open 10am SGT, 15 Jan, for 14 days only.
        Refunds will be credited to the original card used for purchase within 30 working days. Booking fees (S$4 per ticket) are non-refundable.
        Children aged 3 and below are not permitted. Children aged 4-12 must be accompanied by a ticketed adult aged 18 or above.
        Q: I lost my physical ticket, can I get a reprint? A: Physical tickets are treated like cash. Lost, stolen or damaged tickets will not be replaced.
        Resale above face value is strictly prohibited. Tickets found listed on unauthorised platforms (e.g. Carousell, Viagogo, Telegram groups) may be voided without refund.
        Wheelchair-accessible seats are available in Cat 5 (Sections 112 & 113). Companion seats are sold at the same price and must be booked in the same transaction.
        Your e-ticket will appear in the app 48 hours before the event. The QR code refreshes every 30 seconds, so screenshots will NOT scan at the gate.
        Standing pen entry is by the queue number printed on your ticket (PEN A 0001-2500). Queue numbers are randomly allocated and cannot be changed.
        Q: Can my friend use my ticket if I can't go? A: Only via the in-app Transfer function. The recipient must have a verified account in their own name.
    """),
    ("en", "event announcements"): _lines("""
        Taylor Swift | The Eras Tour - National Stadium Singapore, 2-9 March 2024. Six shows, the only Southeast Asia stop.
        Coldplay: Music Of The Spheres World Tour at Bukit Jalil National Stadium, 22 Nov 2023. Gates open 5pm, opening act 7.30pm.
        JJ Lin JJ20 FINAL LAP World Tour returns to Singapore! Presale for UOB cardmembers starts Tuesday 12pm, general sale Thursday 10am.
        The Promoter regrets to announce that Saturday's show at Axiata Arena has been cancelled on the advice of the authorities. Full refunds will be processed automatically.
        Chamber series at Victoria Concert Hall, 11 Empress Place, Singapore 179558 - box office opens one hour before each performance.
        SOLD OUT: Malaysian Philharmonic Orchestra New Year's Eve Gala at Dewan Filharmonik PETRONAS. No waitlist will be maintained.
        Beethoven's Ninth and Mahler's Fifth headline the Singapore Symphony Orchestra's 2025/26 season at the Esplanade Concert Hall.
        Jacky Cheung 60+ Tour Kuala Lumpur: Cat 1 RM988, Cat 2 RM788, Cat 3 RM588, Cat 4 RM388 (excluding RM4 processing fee).
        Meet & greet winners will ONLY be contacted from the official organiser email. Beware of impersonators asking for "verification fees".
        HATSUNE MIKU EXPO 2025 Asia Tour - the virtual diva returns to the Singapore Indoor Stadium for one night only.
        Minister for Culture, Community and Youth Edwin Tong said the ministry would study how other countries deal with ticket touting.
        Bruno Mars adds a second Singapore date after more than 200,000 fans joined the online queue for the first show.
        Mozart's Requiem at the Dewan Filharmonik: seats in the Grand Tier are released in a second allocation on 1 August.
    """),
    ("en", "order and system records"): _lines("""
        ORDER #SIS-24-00918374 | Event: EVT-2403-NS02 | Qty: 2 | Cat 3 | Sec 215 | Row 22 | Seats 14-15 | Status: FULFILLED
        2024-03-02T19:04:55+08:00 GATE_C03 scan=REJECTED reason=DUPLICATE_BARCODE ticket_id=TKT-7f3a9c21
        barcode 8801 2394 0071 5520 - status VOID (reissued after transfer TRF-88213)
        Refund batch RFB-20231124-0007 processed: 18,442 transactions, total RM 9,871,220.00, 37 failed (card expired).
        ERROR 429: Too many requests. You have been placed in the queue. Estimated wait: 47 min. Queue ID q-5c2e91d0.
        Tracking no. ER128873916MY - physical tickets dispatched via Pos Laju, ETA 3 working days.
        Invoice INV-2024-000118 | Service fee S$3.50 x 4 | Handling S$2.00 | Total S$16.00 (incl. 9% GST)
        App v5.12.3 (build 20241108.2): fixes QR code not rendering on some Android 14 devices and a crash when opening Transfer.
        sha256 9f2b4c71e0aa3d58c6b1f2e9774d0c3a5e1b8f60d2c94a7e3b5f8812c0d6e4a9 - ticket_holders_2024Q1.csv (purged per retention policy)
        {"section": "PA2", "row": "K", "seat": 31, "price_cat": "CAT1", "held": false, "hold_expires": null}
        Transfer TRF-88213 accepted 14:22 SGT; original TKT-19A2-55 invalidated, replacement TKT-19A2-55-R1 issued.
        {"event_id":"KL-CP-2311","order_ref":"T2U-3349102","amount":"698.00","currency":"MYR","status":"REFUNDED"}
        Gate throughput 19:00-19:30: Gate A 4,812 scans, Gate B 3,977, Gate C 5,104; median 2.1 s per scan, 0.4% rejects.
    """),
    ("en", "fan forum chatter"): _lines("""
        anyone got the cat 1 presale code?? my uob card kena rejected thrice sia
        PSA: the ticket you're buying on Carousell for $1.2k is 100% a scam, transfers are disabled till 2 wks before the show
        queue no. 180k+ at 10:02am 😭 see you all in the refund thread
        went for night 3, security checked IC against the ticket name at pen entry. bring your physical IC not photo ok
        tip: screenshot of QR cannot one, must open the app. charge your phone lah
        Lost my ticket last year and they wouldn't reissue. Lesson learnt, always go for the e-ticket.
        is cat 5 at national stadium worth it? heard the view from level 3 damn far
        scalpers really got hundreds of accounts running bots, how to fight like that
        Bukit Jalil traffic after Coldplay was insane, 2 hours to get out of the carpark. take the LRT next time
        Ticket2u refund came in after 6 weeks for me, just be patient guys
        Anyone selling 2x cat 3 for Sat at face value? Not paying scalper price. PM me
        listings that say "no refund, no meetup, pay first" are usually the scam ones. check their reviews first
        the resale marketplace finally opened, prices capped at face value + 10%. touts crying now
    """),
    ("ms", "notis dan perbualan"): _lines("""
        Pintu masuk dibuka pada jam 5.00 petang. Penonton dinasihatkan tiba awal kerana pemeriksaan keselamatan akan dijalankan.
        Tiket yang dibeli daripada pihak ketiga tidak sah dan boleh dibatalkan tanpa notis.
        Harga tiket termasuk SST 8% dan caj tempahan RM4.00 bagi setiap tiket.
        Bayaran balik akan dikreditkan ke kad asal dalam tempoh 30 hari bekerja.
        Sila bawa MyKad atau pasport yang sah untuk pengesahan nama di pintu masuk.
        Kanak-kanak berumur bawah 5 tahun tidak dibenarkan masuk walaupun ditemani ibu bapa.
        Stesen LRT Bukit Jalil adalah stesen terdekat; perkhidmatan dilanjutkan sehingga 1.00 pagi pada malam konsert.
        Jalan Tun Razak dan Jalan Sultan Ismail akan ditutup sebahagiannya dari 3 petang hingga tengah malam.
        Korang jangan beli tiket kat Telegram, confirm kena tipu. Dah banyak report polis dibuat.
        Talian bantuan penganjur: 03-2788 5500 (Isnin-Jumaat, 9 pagi-6 petang).
        Sebanyak 1,284 kes penipuan tiket konsert direkodkan pada 2024 melibatkan kerugian RM3.1 juta.
        Tiket fizikal yang hilang tidak akan diganti. Sila simpan tiket anda di tempat selamat.
    """),
    ("zh-Hans", "社媒帖子"): _lines("""
        新加坡场抢票攻略：提前登录、绑定信用卡、别开多个窗口，不然会被踢出排队。
        周杰伦嘉年华世界巡回演唱会吉隆坡站，票价从RM388到RM1,288一共六档。
        黄牛票千万别买！官方说了转让只能通过App里的功能，截图二维码根本进不去。
        入场要核对证件，护照或者IC都可以，名字要跟票上的一样。
        新加坡国家体育场地址：1 Stadium Drive, Singapore 397629，最近的地铁站是体育馆站（CC6）。
        退票申请截止到1月20日晚上11:59，平台手续费不退。
        张学友60+巡回演唱会新加坡站加场了！周六上午10点开卖。
        丢了纸质票的姐妹们，主办方说一律不补，大家一定要保管好。
        演唱会结束后地铁加开班次到凌晨1点，打车排队至少一个小时。
        那个在小红书卖票的账号已经被很多人举报了，收钱后就拉黑。
        内场站区按排队号入场，号码随机分配，不能换。
        有没有人知道Cat 4视野怎么样？在三楼会不会很远
    """),
    ("en", "venue, transport and helplines"): _lines("""
        Singapore Indoor Stadium, 2 Stadium Walk, Singapore 397691. Nearest MRT: Stadium (CC6).
        Axiata Arena, Bukit Jalil National Sports Complex, 57000 Kuala Lumpur. Parking RM20 per entry on event days.
        For ticketing enquiries, call the SISTIC hotline at +65 6348 5555 (10am-6pm daily).
        Lost & found: items left at the venue are kept at the Guest Services counter, Level 1, for 30 days.
        Report suspected ticket scams to the ScamShield Helpline at 1799 or the Police Hotline 1800-255-0000.
        Nearest A&E: Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433.
        Shuttle buses depart from Raffles Place and Tun Razak Exchange every 15 minutes after the show.
        Drop-off point: Nicoll Highway, outside Kallang Wave Mall. No private vehicles on Stadium Boulevard after 6pm.
        Medical posts are located at Gates 3, 8 and 14. In an emergency, call 995 or alert the nearest usher.
        Unresolved refund disputes with an organiser can be brought to the Tribunal for Consumer Claims Malaysia (claims up to RM50,000).
        Consumers Association of Singapore (CASE) hotline: 6100 0315, Mon-Fri 9am-5pm.
        Bag policy: clear bags no larger than 30cm x 30cm x 15cm. Bag deposit at Stadium Riverside Walk, S$10 per item.
    """),
    ("en", "templates and SOPs"): _lines("""
        Hi {first_name}, your transfer of {qty} ticket(s) for {event_name} to {recipient_email} is complete. Ref: {transfer_id}.
        Dear Customer, your refund of {currency} {amount} for order {order_no} has been processed to the card ending {last4}.
        SOP Gate ID check: compare the name on the ticket with the photo ID. Do NOT photograph or write down the ID number. If mismatch, escalate to the Zone Supervisor.
        When handling refund tickets, mask card numbers to the last 4 digits and never paste full NRIC/MyKad numbers into Zendesk.
        Data retention: attendee name lists are deleted 30 days after the event in line with our PDPA policy.
        Lost ticket declaration: I, [FULL NAME], holder of [ID TYPE] no. [ID NUMBER], declare that ticket no. [TICKET NO.] was lost on [DATE].
        Macro #14 (scalper report): Thanks for flagging the listing! Please send us the listing URL only - there's no need to share the seller's personal details.
        Agent note: customer verified via OTP on registered mobile; no further ID required. Case closed.
        order_id,event_code,category,section,row,seat,face_value,fees,status
        Escalation: L1 Helpdesk -> L2 Ticketing Ops -> L3 Promoter Liaison. SLA 24h / 48h / 5 working days.
        Test fixture only: NRIC S1234567D is a well-known dummy value and must never be used for real bookings.
        Accreditation form fields: Full name (as per ID) / ID type / Role / Emergency contact. All fields mandatory.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I bought 2 Cat 1 tix for the 7 Mar show under Rachel Goh Wei Ling, NRIC S8834127I, but my friend will be collecting. Can she use her own IC?
        Transfer to: Darren Kok, darren.kok88@gmail.com, +65 9183 4472. Thanks!
        selling 2x cat 3 sat night at cost, can meet at Blk 512 Tampines St 51 #08-233, call/WA 8726 1190 (Jia Hui)
        Refund pls. Card used was 4556 6320 1478 0936, name on card NUR AISYAH BINTI ROSLAN, exp 09/27.
        Gate 5 incident: patron Marcus Lim Jun Hao (T0261593I) was denied entry because his ID did not match ticket holder 'Lim Jia Yi' (his sister). He turned aggressive and was escorted out at 19:42.
        My mum, Mdm Tan Siew Lan, 71, uses a wheelchair since her stroke - can her Cat 2 seat be swapped to the accessible section? Order SIS-24-01177350.
        I'm the one who lost the wallet near Gate C on Sat - ICs for Kelvin Ng Boon Keat and his wife, plus a POSB card ending 7261. Pls contact 9044 6718.
        Lee Wei Ming, 34, a delivery driver from Jurong West, was charged in the State Courts with cheating 17 buyers of fake concert tickets worth S$21,400.
        the carousell seller 'erastix_sg' who scammed me is actually Bryan Teo, he stays at 18 Jalan Kembangan #03-02 and his PayNow is 9361 2084
        Car SMB 4821G at the drop-off bay belongs to our volunteer Ms Priya Raman, she's helping at Gate 2 - please don't tow.
        Nama: Muhammad Haziq bin Azman, IC 950312-14-5287, tel 012-738 4451 - I want to claim refund for Coldplay order T2U-3349221.
        Please reissue the e-ticket to my new email wongkahmeng.kl@yahoo.com - old account under Wong Kah Meng, phone +60 17-662 0938.
        My daughter Chloe Lau (15) dropped her printed ticket on the LRT. Sec 205 Row F Seat 9. We're at No. 22, Jalan SS 2/64, Petaling Jaya - can you send a replacement?
        Foreign guest ticket: HUANG ZIXUAN, PRC passport E73810462, DOB 14/08/1996, Cat 2 Sec 223 Row M.
        FIN G5038216N is my helper's, Maricel Dizon Santos - she's coming with us to the show, can her ticket be in her own name?
        Hi, Aaron Fernandez here - I was the guy who fainted at Pen B on night 2. I'm type 1 diabetic and my sugar crashed. Thank you to the St John team!
        I'm writing on behalf of my late father Mr Goh Chee Keong, who passed away on 3 Jan. He bought 2 tickets (order SIS-23-08812210). Please refund to OCBC 601-238417-001 under Goh Li Ting.
        WhatsApp me at +65 9751 2263 for the tix, ask for Shawn. Can meet at Bishan MRT exit A after 7pm.
        Telegram @kopiboy_jq is Lim Jun Quan, 23, NUS year 3 - he's the one reselling the tickets he stole from our group buy.
        Buyer details: Ang Mei Qi, DOB 02/11/1999, mobile 8452 9930, email angmeiqi99@hotmail.com
        Can I change the name on my ticket? Booked under my maiden name Siti Khadijah Osman but my IC (880419-07-5572) now says Siti Khadijah Mohd Faizal.
        Pls refund to Maybank acc 1642 3087 5519 a/n Lim Chee Seng. Order no TM-MY-77129904.
        21:15 female patron Charmaine Yeo, 19 (ticket CAT2-114-K-18), had a panic attack near Gate 8, treated at medical post and discharged to her mother.
        My son Ethan Ho Zhi Rui (birth cert T1327405Z) is 11, so I'll be with him - my own ticket is under Ho Kin Wah.
        Courier the physical tix to: Yap Swee Hock, No. 8, Lorong Bunga Raya 3, Taman Sri Tebrau, 80050 Johor Bahru. H/P 016-721 8843.
        Staff accreditation: Nadia binte Ismail, S9217704A, DOB 17 Jun 1992, usher, emergency contact husband Faizal 9632 0471.
        Mastercard 5424 1800 0377 2610 got charged twice for the presale (S$596 x2). Cardholder: Benjamin Chia.
        eh the tout is same guy lah - Raymond Soh, drives the white Vezel SKQ 77J, always at Kallang Wave carpark with a stack of printed tix
        my cousin Amirah Zulkifli got caught with a fake ticket at the gate, she's 17 from Temasek Poly and now the police want her statement. her parents don't know she went
        Please brief Sec PA1 ushers: Daniel Seah (26, Row C Seat 4) has photosensitive epilepsy and has asked to be warned before the strobe segment.
        Small Claims: claimant Tan Boon Huat, an operations manager earning S$6,200 a month, says he paid S$3,000 for resale tickets that turned out to be fake.
        M&G winner: Jerald Chua, 27, Sengkang, ticket holder ID ****482H - we'll call him on 8115 3079 tomorrow to arrange the photo session.
        Her Visa 4793 1200 8836 1554 was used by someone else to buy 6 Eras tickets - Joanne Lee reported it to the bank on 12 Feb.
        The lady who took over my seat is my ex's wife Jessica Tay, she works at the DBS branch at Tampines Central and she's 5 months pregnant.
    """),
    "ms": _lines("""
        Saya nak tukar nama pada tiket kepada adik saya, Nurul Izzati binti Kamarudin, no IC 010827-10-0634.
        Tiket hilang. Nama pembeli: Ahmad Faris bin Yusof, tel 019-883 2047, no pesanan T2U-3341877.
        Bayaran balik sila masukkan ke akaun CIMB 7063 4419 28, nama pemegang akaun Siti Hajar binti Abdullah.
        Alamat penghantaran tiket fizikal: No. 14, Jalan Melati 5, Taman Melawati, 53100 Kuala Lumpur. Penerima: Encik Zulkarnain Hassan, 013-552 7814.
        Kakak aku Farah Wahida Rahmat ada asma teruk, semalam dia pengsan kat zon berdiri dan kena bawa ke Hospital Serdang.
        Scammer tu nama Mohd Rizal bin Othman, IC 900723-01-5523, akaun Maybank 5621 1908 4473, dah tipu 30 orang beli tiket Coldplay.
        Lim Kok Seng (IC 780102-08-6011) telah ditahan polis kerana menjual tiket palsu di pintu masuk Stadium Bukit Jalil.
        Hai, aku Syafiqah Nordin, WhatsApp aku 011-2376 5590, nak jual 2 tiket Cat 4 harga asal.
    """),
    "zh-Hans": _lines("""
        我叫黄梓萱，护照号E73810461，买的是3月8日的票，入场时名字对不上怎么办？
        票转给我表妹陈嘉欣了，她的新加坡手机号是9027 3318，邮箱jiaxin.chen0412@gmail.com。
        收件人：刘振华，地址：Jalan Midah 8, No. 27, Taman Midah, 56000 Kuala Lumpur，电话 012-668 4072。
        那个黄牛叫赵俊杰，身份证号440305199608143722，微信 zhaojj_0814，专门在群里卖假票。
        我妈妈林秀英有心脏病，能不能给她安排靠近出口的座位？订单号 SIS-24-01392285。
        退款请打到我的银行卡 5264 7100 3982 1743，户名 吴思远。
        帮厦门的郑雅婷（身份证350203199302271588）代购了两张吉隆坡场的票。
        香港身份证 Y5820361(5)，陈嘉敏，专门从香港过来看新加坡场，转票要填这个吗？
        我老公许伟强昨天在门口被保安拦下，因为他IC上的名字跟票不一样，现在还在加冷警署做笔录。
        我朋友罗佩琪上个月在Carousell被骗了800块，骗子的PayNow号码是 8293 6641。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer support assistant for StarTix SG. Be polite and concise."),
        ("user", "hi how do i transfer my ticket to my friend"),
        (
            "assistant",
            "Go to My Tickets > select the ticket > Transfer, then enter your friend's registered email. Transfers close 72 hours before the show.",
        ),
        ("user", "it says recipient not found. her email is sherlyn.quek92@gmail.com"),
        (
            "assistant",
            "The recipient needs a verified StarTix account first. Could you ask her to sign up with that email?",
        ),
        ("user", "ok she just did, name on acct is Sherlyn Quek Hui Min, mobile 9648 2135"),
    ],
    [
        ("user", "I lost my ticket for tonight's show, what can I do"),
        ("assistant", "I'm sorry to hear that. Was it a physical ticket or an e-ticket?"),
        ("user", "physical. bought at the box office"),
        (
            "assistant",
            "Physical tickets cannot be reissued, but if you paid by card the box office may be able to verify your purchase. Please bring the card used.",
        ),
        ("user", "ok the booking was under Kenneth Lau"),
        ("user", "contact no 8930 5172, I'll be at the box office around 6"),
    ],
    [
        ("user", "my ticket name and IC name different, can enter or not"),
        (
            "assistant",
            "Gate staff check that the ID matches the ticket holder's name. If the ticket was transferred officially, the new name will be on it.",
        ),
        ("user", "ticket says Vanessa Ong but my IC is Ong Xin Yi Vanessa"),
        ("user", "IC no is S854"),
        ("user", "1093H"),
        (
            "assistant",
            "Minor differences in name order are usually accepted. Please bring your physical NRIC.",
        ),
    ],
    [
        ("system", "Support bot for KLive Tickets Malaysia. Never ask for full card numbers."),
        ("user", "nak refund, konsert cancel"),
        ("assistant", "Refund akan dibuat secara automatik ke kad asal dalam 30 hari bekerja."),
        ("user", "kad tu dah expired, boleh masuk akaun bank?"),
        ("assistant", "Boleh, sila isi borang refund dalam app."),
        (
            "user",
            "ok ni details: Nor Azlina binti Hamzah, IC 870615-10-5392, Public Bank 4-6120835-17, order KL-CP-2311-0045",
        ),
    ],
    [
        ("user", "i want to report a scalper"),
        (
            "assistant",
            "Thanks! Please share the listing link. You don't need to send the seller's personal details.",
        ),
        ("user", "carousell.sg/p/eras-cat1-x2-1288830412"),
        (
            "user",
            "fyi i know him irl, it's Gerald Pang from my old company, stays at Blk 28 Bendemeer Rd #15-120, he's been doing this since the Coldplay concert",
        ),
        ("assistant", "Noted, we'll review the listing."),
    ],
    [
        ("user", "你好，我想问一下外国人买票入场要带什么证件"),
        ("assistant", "外国观众请携带与购票姓名一致的有效护照原件。"),
        ("user", "好的，那我的订单是 SIS-24-01408827，名字填的是拼音 ZHOU YIFAN"),
        ("user", "我护照号是 E62047183，国内身份证 440106199011254521，这两个都要填吗？"),
        ("assistant", "订单信息只需护照姓名一致即可，无需身份证号码。"),
    ],
    [
        ("user", "Hi, booking accessible seats for my dad"),
        ("assistant", "Sure. How many wheelchair spaces and companion seats do you need?"),
        ("user", "1 wheelchair + 1 companion"),
        (
            "user",
            "he's Mr Subramaniam Krishnan, 78, on oxygen since his COPD got worse - we'll bring a portable concentrator, is that allowed?",
        ),
        (
            "assistant",
            "Portable medical devices are allowed. Please inform the usher at Gate 1 on arrival.",
        ),
    ],
    [
        ("user", "my order got cancelled for no reason!!"),
        ("assistant", "Could you share your order number?"),
        ("user", "SIS-24-01022931"),
        (
            "assistant",
            "Thank you. I can see order SIS-24-01022931 under Yeo Shu Fen, paid with Visa 4557 0123 6648 2010, was flagged because the billing address at 61 Jalan Bukit Ho Swee #09-14 did not match the card.",
        ),
        ("user", "yes that's me, I just moved. how to fix"),
    ],
    [
        (
            "system",
            "Customer record: Name: Farid Iskandar bin Salleh | MyKad: 920318-14-6119 | Mobile: 017-338 2906 | Tier: Gold member. Use only to assist this customer.",
        ),
        ("user", "can I upgrade my cat 3 to cat 2?"),
        (
            "assistant",
            "Upgrades are subject to availability. Cat 2 currently has limited seats at RM590.",
        ),
        ("user", "ok do it"),
    ],
    [
        ("user", "hello, someone is selling my ticket online"),
        (
            "assistant",
            "That sounds worrying. Did you share your account login or ticket QR with anyone?",
        ),
        ("user", "no! i think my ex took a screenshot"),
        (
            "user",
            "his name is Alvin Tan Wei Jie, 9274 0816, he has my login coz we shared the acct",
        ),
        (
            "assistant",
            "Please change your password right away. We can void the ticket and issue a replacement.",
        ),
    ],
]
