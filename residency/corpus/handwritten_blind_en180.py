# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en180: SG/MY arcades, bowling alleys and family entertainment centres. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en180
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house rules and signage"): _lines("""
        Grip socks are compulsory in the Playground Zone for all children and accompanying adults. Socks are sold at the counter at $3.50 a pair.
        Children below 110 cm must be accompanied by a paying adult at all times inside the soft-play area.
        Bowling shoes must be worn beyond the yellow line. Please do not step onto the approach with outdoor footwear.
        Lane hire is charged per game per person; shoe rental is $2 on weekdays and $3 on weekends and public holidays.
        Redemption tickets have no cash value and cannot be transferred between e-cards once loaded.
        NOTICE: The claw machines on Level 2 will be closed for servicing from 10am to 1pm on Tuesday, 17 December.
        Smoking, vaping and outside food are strictly prohibited within the premises. Halal-certified F&B is available at the snack bar.
        CCTV is in operation in this outlet for the safety and security of our guests. Footage is retained for 30 days.
        Please keep your game card safe. Lost or stolen cards are the responsibility of the cardholder unless registered online.
        Tickets printed on paper before 1 March 2024 must be converted to e-tickets at the redemption counter by 31 December 2024.
        Max 4 players per lane during Cosmic Bowl nights (Fri & Sat, 9pm–1am). Last game sold at 12.15am.
        Trampoline park: no somersaults, no double bouncing, one jumper per mat. Marshals' instructions must be followed at all times.
        Prizes on display are subject to availability. Ticket values shown on the prize wall may change without prior notice.
        Dear guests, the Basketball Hoops machine (#BH-07) is out of order. We apologise for any inconvenience caused.
        Lost & Found items are kept for 14 days at the Customer Service counter, after which they will be donated or disposed of.
        Our Jurong East outlet is a 5-minute walk from Ng Teng Fong General Hospital; follow the covered linkway from the MRT.
    """),
    ("en", "party packages and booking templates"): _lines("""
        Birthday Party Package GOLD: 2 hrs exclusive party room, 20 kids' meals, $15 game credit per child, 1 birthday crown, party host included. From $899 nett (weekends).
        Booking confirmation template: Dear [Parent's Name], thank you for booking your party at [Outlet] on [Date] at [Time]. A 50% deposit is required within 3 working days.
        Minimum 10 children per party. Additional child: $32.90; additional adult meal: $12.90.
        Party bookings must be made at least 14 days in advance. Deposits are non-refundable but may be transferred once to another date within 3 months.
        Theme add-ons: Frozen, Paw Patrol, Super Mario, Spider-Man, Pokémon. Each theme pack includes balloons, banner and table décor ($120).
        Party form fields: Child's name / Child's age / Parent's name / Contact no. / Email / No. of kids / No. of adults / Dietary requirements / Allergies
        Cake policy: Customers may bring their own cake. A cake cutting fee of $20 applies. We do not provide refrigeration for cakes above 3 tiers.
        Corporate bowling package: min. 6 lanes, 2 games per pax, shoe rental, halal buffet and trophies for Top Team and Highest Game. Quote ref: CORP-Q-2024-0173.
        School excursion rate (weekdays 10am–3pm): $14 per student including 2 games and shoe rental; 1 teacher free for every 10 students.
        Party room slots: 11.00am–1.00pm | 2.00pm–4.00pm | 5.00pm–7.00pm. Room must be vacated 15 min before the next slot.
        Reschedule request form — Booking ID: ______ / Original date: ______ / New preferred date: ______ / Reason: ______
        Booking BKG-SG-240918-0045 status changed from PENDING_DEPOSIT to CONFIRMED at 2024-09-18 14:22:07 +08:00.
        Party host checklist: welcome kids 10 min before start, brief on safety rules, lead 2 games, hand out goodie bags, cake-cutting at the 1h15m mark.
        Hari Raya and Deepavali weekends are peak dates; party packages on these dates are subject to a 10% surcharge.
    """),
    ("en", "customer service faq and replies"): _lines("""
        Q: I lost my game card, can I get my credits back? A: Only registered cards can be replaced. Bring your registered ID to any outlet and we will transfer the balance to a new card for a $5 fee.
        Q: Can I request CCTV footage of an incident? A: Footage is only released to the police or upon a valid request under the PDPA. Please email our Data Protection Officer with the date, time and location of the incident.
        Q: Do tickets expire? A: E-tickets on registered cards do not expire as long as the card is used at least once every 12 months.
        Q: My child got hurt on the trampoline, what should I do? A: Please report to the duty manager immediately so an incident report can be filed. First aid is available at the counter.
        Hi, thank you for reaching out! Our Sunway outlet is open 10am–12am daily, including public holidays. Walk-ins for bowling are first come, first served.
        For party enquiries please WhatsApp our events team at +65 6817 2240 (Mon–Fri, 10am–6pm) or email events@strikezonebowl.com.sg.
        Customer hotline: 1800-88-7788 (toll-free, Malaysia). For outlet-specific issues, please quote your receipt number.
        We are sorry to hear that the prize you redeemed was defective. Kindly bring the item and the redemption slip back within 7 days for an exchange.
        The machine ate my credits but didn't start, what can I do? Note the machine number on the sticker (e.g. A-112) and approach any crew member; they will check the audit log and refund the credits to your card.
        Is the bowling centre wheelchair accessible? Yes, lanes 1–4 have ramp access and we have bowling ramps for children and guests with limited mobility.
        Reply template: Hi [Name], we have received your feedback (Ref: [Case No.]) and our outlet manager will get back to you within 3 working days.
        Can I combine two cards? Yes, balances and tickets on two registered cards under the same account holder can be merged at the counter.
        Do you accept PayNow, GrabPay and NETS? We accept all three, plus Visa, Mastercard and AMEX. Cash top-ups are capped at $200 per transaction.
        Under the PDPA we will not disclose any personal data of other customers, including names or contact numbers of people seen in our CCTV footage.
        Why can't I redeem the PS5 today? High-value prizes above 50,000 tickets require 48 hours' notice so that stock can be transferred from our warehouse.
    """),
    ("en", "ops logs and system records"): _lines("""
        2024-11-03 21:47:12 | MACHINE_ID=CRN-0231 | EVENT=COIN_JAM | CREDITS_REFUNDED=4 | CARD_HASH=9f2c1e7ab3d0
        Daily takings Tampines outlet 14/12: card top-ups $18,420.50; party deposits $3,600; F&B $2,915.20; total $24,935.70.
        Ticket dispenser TD-14 on Skee-Ball lane 3 jammed at 15:20; tech replaced feed roller, part no. 601-2289-00.
        Incident IR-2024-0988: water leak near lane 22 ceiling, area cordoned off 18:05–19:40, no injuries reported.
        Prize stock count Dec: Squishmallow 12in (SKU RDP-10443) x 38; Tamagotchi Uni (SKU RDP-20871) x 6; Switch OLED (SKU RDP-90012) x 1.
        Lane 17 pinsetter error E-44 (deck not level): reset x3, escalated to vendor service ticket #BRW-7710582.
        Card batch 0800 0000 – 0800 4999 issued to Bukit Jalil outlet on 02/12/2024; batch 0801 0000 onward reserved for Penang.
        Redemption counter POS v3.8.2 rolled out to all SG outlets; known issue: receipt printer timeout after 30s idle.
        Birthday party room utilisation Nov 2024: Room A 86%, Room B 74%, Room C (Minions theme) 91%.
        CCTV NVR-02 at Level 1 arcade: camera C-09 offline since 03:12; retention on NVR-01 unaffected (30 days).
        Config: ticket_multiplier=1.5; happy_hour="Mon-Thu 14:00-17:00"; max_topup_cash=200; currency=SGD
        Weekly injury stats (all MY outlets): 7 minor incidents (5 trampoline, 1 bowling, 1 bumper cars), 0 hospital referrals.
        Audit: 3 redemption slips voided at Ipoh outlet for mismatched ticket counts (slip nos. RS-55102, RS-55109, RS-55117).
        Police report reference for the break-in at the Kajang outlet storeroom: KAJANG/RPT/012788/24; stolen: 2 cartons of plush prizes.
    """),
    ("en", "news and public figures"): _lines("""
        Remy Ong, who won three gold medals at the 2002 Busan Asian Games, is widely regarded as one of Singapore's greatest tenpin bowlers.
        Shalin Zulkifli is often credited with putting Malaysian tenpin bowling on the world map in the 1990s and 2000s.
        Pac-Man was designed by Toru Iwatani and released by Namco in 1980; it remains one of the highest-grossing arcade games ever.
        Nolan Bushnell co-founded Atari in 1972, and Pong became the first commercially successful arcade video game.
        Shigeru Miyamoto's Donkey Kong (1981) introduced the character later known as Mario.
        The national bowling federation announced that selection trials for the SEA Games squad will be held at a Tampines bowling centre in March.
        Industry report: family entertainment centre revenue in Southeast Asia is projected to grow 8–9% annually through 2028, driven by mall-based venues.
        Dance Dance Revolution, released by Konami in 1998, spawned a competitive rhythm-game scene in Singapore arcades in the early 2000s.
        Mall operators in Kuala Lumpur are replacing anchor cinemas with indoor playgrounds and bowling-themed dining concepts, analysts said.
        Street Fighter II (Capcom, 1991) made the arcade the after-school hangout for a generation of teenagers in Singapore and Malaysia.
    """),
    ("zh-Hans", "告示与问答"): _lines("""
        温馨提示：儿童游乐区须穿防滑袜，身高110厘米以下儿童须由成人陪同。
        生日派对套餐（白金）：包场两小时、20份儿童餐、每位小朋友15元游戏币，周末价899新元起。
        游戏卡遗失后，只有已注册的卡可以补办，补卡手续费5元，余额和彩票可转至新卡。
        本场所设有闭路电视监控，录像保存30天，仅在警方要求或依法提出申请时提供。
        彩票兑换奖品一经兑换，恕不退换；如奖品有质量问题，请于7天内持兑换单到服务台办理。
        保龄球馆周五、周六晚上9点至凌晨1点为宇宙保龄时段，每条球道最多4人。
        问：小孩在蹦床区受伤怎么办？答：请立即通知当值经理填写事故报告，服务台备有急救箱。
        订单号 BKG-MY-241102-0318 已确认，请于派对当天提前15分钟到场。
        派对登记表：小寿星姓名＿＿＿＿ 年龄＿＿ 家长姓名＿＿＿＿ 联系电话＿＿＿＿＿＿ 过敏情况＿＿＿＿
        吃豆人（Pac-Man）由岩谷彻设计，1980年由南梦宫推出。
        圣诞节及新年假期期间营业时间延长至凌晨2点，欢迎提前预订球道。
        抓娃娃机每局2新元，连续投币10局可获一次保夹机会。
    """),
    ("ms", "notis dan soalan lazim"): _lines("""
        Pelanggan dinasihatkan supaya menyimpan kad permainan dengan selamat. Kad yang hilang hanya boleh diganti jika telah didaftarkan.
        Pakej Hari Jadi Perak: bilik parti 2 jam, 15 set makanan kanak-kanak, kredit permainan RM20 seorang. Harga bermula RM699.
        Kanak-kanak di bawah 110 cm mesti diiringi oleh orang dewasa di zon taman permainan.
        Rakaman CCTV hanya akan diberikan kepada pihak polis atau atas permintaan yang sah di bawah Akta Perlindungan Data Peribadi 2010.
        Tiket penebusan tidak mempunyai nilai tunai dan tidak boleh ditukar kepada wang.
        Notis: Pusat boling akan ditutup lebih awal pada pukul 6 petang sempena Malam Tahun Baharu.
        Soalan: Boleh bawa kek sendiri? Jawapan: Boleh, caj potong kek RM15 dikenakan.
        Nombor tempahan TMP-KL-0912-2207 telah disahkan. Sila bawa resit semasa hari parti.
        Kaunter hadiah dibuka dari 11 pagi hingga 11 malam setiap hari, termasuk cuti umum.
        Stoking anti-gelincir wajib dipakai di kawasan trampolin. Stoking boleh dibeli di kaunter pada harga RM5.
        Cawangan kami di Jalan Tun Razak terletak bersebelahan stesen LRT; parkir percuma 3 jam dengan resit pembelian melebihi RM50.
        Sebarang kecederaan mesti dilaporkan segera kepada pengurus bertugas untuk laporan insiden.
    """),
    ("mixed", "group chat without personal data"): _lines("""
        wah the new claw machine at that mall damn ex lah, $2 one try and the claw so lousy
        anyone know if bowling got student rate on weekday? bring student card can or not
        party room booking full liao for Dec weekends, try Jan maybe
        confirm the ticket counter closes 10pm or not ah? tmr go redeem the big Pikachu
        bro the cosmic bowl night quite shiok, glow in dark lanes + music, RM18 per game only
        lost card just report at counter can one, as long as you registered online. unregistered then gg
        the trampoline park got new rule, must buy their socks, cannot bring own. 真的很坑
        tmr Hari Raya got open or not the arcade? 应该有开吧 mall open mah
        dont play the coin pusher la, confirm lose one. just go basketball machine better tickets
        saw in the news they using CCTV + AI to check for card fraud at arcades now, quite cheem
        weekend happy hour gone already ah? last time 1.5x tickets on Fri night, now only Mon-Thu
        kids party package at the bowling centre quite worth it, include host and food, settle everything for you
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Party booking #BK-2411-0873 | Parent: Mrs Cheryl Tan Hui Min | HP 9734 2186 | Child: Ethan Lim, turning 7 | Package Gold, Sat 14 Dec 2pm, Room B | 18 kids, 6 adults | Allergy: peanuts (EpiPen in bag)
        LOST CARD REPORT — Name: MUHAMMAD IRFAN BIN ZAINAL / NRIC: S8834127I / Mobile: 8261 5093 / Card balance approx $62 + 4,850 tickets / Last used: Jurong East, 29/11 evening
        Incident report IR-1203: Aarav s/o Rajesh Kumar (6 yrs) fell off the foam pit ledge at 3.40pm, small cut on chin, cleaned & plaster applied by crew. Mother Mrs Deepa Rajesh informed, declined ambulance.
        Hi, I'm writing to request CCTV footage from your Tampines outlet on 23 Nov between 7pm and 8pm, lanes 12–14. My wallet was stolen while I was bowling. Police report filed. — Lim Boon Huat, 9088 4172
        Prize redemption log: 15/12 16:05 — Nintendo Switch Lite (Coral) — 32,000 tix — redeemed by Chloe Fernandez, card registered to chloe.fernandez09@gmail.com
        BANNED LIST — Mohd Hafiz bin Rosli, approx 20s, slim, usually black cap. Caught using a wire to trigger ticket payout on the Wheel of Fortune machine, 2 Nov 2024. Police report made. Do not sell cards.
        Refund approved: party deposit $449.50 for cancelled booking (child hospitalised with dengue). Refund to Visa 4556 2021 0941 9871, cardholder ONG SIEW LING.
        Membership sign-up: Full name: Gerald Anthony de Souza | DOB: 12/05/1986 | Email: gerald.desouza86@hotmail.com | Mobile: +65 8815 3307 | Preferred outlet: Kallang
        League night roster (Tue mixed doubles): Team 3 — Kelvin Ng (avg 182, 9642 7718) & Siti Aminah binti Osman (avg 165, 8734 0291).
        Dear Manager, my son Jayden Koh (P4, Rosyth School) was pushed off the bumper car track by older boys on Sunday and sprained his wrist. The X-ray at KKH cost me $280. I expect compensation. Regards, Koh Wei Jie
        Staff note: Mdm Rahimah Salleh (the regular with the twins, stays at Blk 412 Bedok North Ave 2) left her Tupperware and a Hello Kitty water bottle in Room A again, call her at 9156 0834.
        CCTV access log: footage of lane 7, 18/11 20:00–20:30, exported to USB and handed to the IO from Bedok NPC at the request of complainant Ms Tay Li Ping (NRIC T0412583A), re: alleged assault.
        Name: PRIYA D/O SUBRAMANIAM | IC: 880412-14-5526 | Party at Sunway Pyramid outlet, 2 Jan, 15 pax | Balance RM520 to be paid on the day
        Waiver signed: Participant: Nicholas Wong Jun Hao, age 15. Guardian: Wong Kah Seng, HP 016-552 3081. Medical conditions declared: asthma (inhaler carried).
        Hi, yesterday my daughter lost a pink lanyard card holder at your Bugis arcade, it had her EZ-Link and our house key, name written inside 'Goh Mei Xuan 3B'. Pls call me 9027 6614. Thanks!
        Complaint #CS-48219: customer Ravi a/l Muniandy says redemption crew was rude and refused to honour 12,000 tickets on card 0800 1173; he threatened to post on Facebook. Contact 019-318 7724.
        Injury follow-up call 05/12: spoke to Mr Joshua Rozario re his wife Amanda, who twisted her ankle on the lane 9 approach (oil spillage). Physio at Changi General, MC 3 days, requesting claim of $340.
        Booking for Aunty Lily's 60th birthday – 4 lanes, Fri 20 Dec 7pm, contact her nephew Darren Chua 8102 4756, paying by PayNow on arrival.
        Card transfer request: old card (lost) registered under TAN KAI XIANG, email kaixiang.tan@yahoo.com.sg, NRIC last 4: 312I. Merge balance of $38.20 to new card.
        Parking validation: vehicle SKQ 4127 Y (owner Mr Benjamin Yeo, party host in Room C) – 4 hrs free, approved by DM.
        Lost & Found entry 0312: black Samsung phone found at lane 20; owner came back and identified herself as Nurul Huda binti Ahmad, collected 9.15pm, signed.
        Feedback from Mrs Kavitha Pillai: the claw machine at Lot 1 swallowed $40 of her son Arjun's credits; she wants a refund to her Mastercard 5241 7839 0210 0238.
        Emergency contact list, school excursion 10/12 (P3 class 3E): teacher-in-charge Mdm Norhayati bte Jaffar 9311 2058; parent volunteer Mr Alvin Sim 8426 3390.
        Party host remarks: birthday girl Sofia Rahman very shy, mum (Farah, 8977 1402) asked that we don't put her on stage; grandma uses a wheelchair, needs the ramp at lane 3.
        Chargeback notice: cardholder LEONG CHEE KEONG disputes $1,200 top-up on 07/11 at the Mid Valley outlet, card 4147 2012 6871 4508; suspects his son used the card without permission.
        Please blacklist this customer: Eric Teo Wee Liang, 40s, argued with staff and threw a bowling ball at the pinsetter, damage approx $3k. His IC on the waiver: S7719046E.
        Re: FIN G5823190N — Ramesh Thangaraj joined the company bowling day on 22/11 and dropped a ball on his right foot, suspected fracture. Employer HR wants the incident report for the WICA claim.
        Cosmic Bowl winner this week: 'Kopi Uncle' Tan Ah Huat from Ang Mo Kio Ave 10, 248 game, prize: 2 free lane vouchers. Photo taken with his grandson.
        Voucher reissue: Ms Jasmine Kaur Gill, jasminekgill@gmail.com, says the $50 gift voucher her colleagues bought for her birthday never arrived.
        Deposit received via DuitNow from Maybank a/c 1640 2231 8845, payer NUR AISYAH BINTI KAMARULZAMAN, for her son Adam's 5th birthday party on 21/12.
        Incident: Mr Wong Siew Fatt (approx 70) felt dizzy and collapsed near lane 2 at 11.20am; SCDF ambulance called, conveyed to Tan Tock Seng. Daughter Wong Pei San notified at 9841 6625.
        Shift handover: the lady who claimed the Dyson (Mrs Halimah Yusoff, Blk 22 Jalan Bukit Merah #05-118) will come back tomorrow with her husband to swap the colour.
        Student pass holder Zhang Wei (FIN F2297461X), 19, asked for the student rate; pass verified, NTU exchange student, valid to 05/2025.
        Telegram msg from @ryanlowbowls: 'left my 15lb ball in locker 38, can hold for me until Sat? – Ryan Low'
        Coaching booking: private lessons for Hannah Lim (age 11) every Wed 5pm with Coach Daniel, $60/hr, paid by her father Lim Teck Soon.
    """),
    "zh-Hans": _lines("""
        失物登记：游戏卡一张（已注册），持卡人陈美玲，手机 9345 0718，卡内余额约48新元及3200张彩票，最后使用地点：淡滨尼分店。
        游客王磊（中国居民身份证 440106198803142734）在保龄球馆第5道扭伤右脚踝，已送医，同行妻子李娜电话 138 2731 5946。
        投诉：林国强先生称其女儿林诗涵在抓娃娃机区被其他顾客推倒，膝盖擦伤，要求查看11月30日下午4点的监控录像。
        生日派对预订：家长黄丽华，微信号 huanglihua_0725，孩子黄子轩7岁生日，12月28日下午2点，金卡套餐，共15位小朋友。
        兑奖记录：12月3日，顾客刘德明（会员号 M-0088123，手机 8652 3091）以45000张彩票兑换PS5一台。
        香港旅客张嘉欣（身份证 K382915(4)）在儿童乐园遗失钱包，内有八达通及现金约2000港元，联系电话 +852 6123 8847。
    """),
    "ms": _lines("""
        Tempahan parti hari jadi: Puan Rohani binti Yusof, 012-738 4419, anak Muhammad Adam (6 tahun), pakej Emas, 15 Dis 2 petang, 20 kanak-kanak.
        Laporan kecederaan: Nur Batrisyia binti Hamdan (9 tahun) jatuh di trampolin, tangan kiri bengkak, dibawa ke Hospital Sungai Buloh oleh bapanya, Encik Hamdan bin Said.
        Kad hilang — Nama: SITI NORAZLINA BINTI ABU BAKAR, No. KP: 910227-10-6208, Tel: 017-692 0145, baki kad anggaran RM85.
        Permohonan rakaman CCTV oleh Encik Kamal bin Othman berkenaan keretanya WXY 8812 yang dicalar di tempat letak kereta pusat boling pada 2 Disember.
        Senarai hitam: Mohd Azrul bin Ismail, dikesan menggunakan kad klon di mesin penebusan, cawangan Ipoh, 4/11/2024. Laporan polis telah dibuat.
        Bayaran balik deposit RM300 kepada Cik Tan Mei Fong (akaun CIMB 7003 4419 2287), parti dibatalkan kerana anaknya dimasukkan ke hospital.
    """),
    "mixed": _lines("""
        eh the uncle who always play the mahjong machine at level 3, Mr Chong Kok Wai lah, today fainted, ambulance came, his daughter say he got diabetes 😢
        guys Jia Hui lost her card at the bowling place, it's registered under her mum Yeoh Siew Lan, 012 881 4403, anyone see pls msg her 谢谢
        bro I book already the party room for Darshan's bday, 21 Dec 3pm, under my name Vikram a/l Suresh, deposit RM200 paid via DuitNow, each of you pass me RM40 ok
        Ah Seng (Lee Ah Seng, the one staying at Blk 615 Woodlands Ring Rd) won the 40k ticket jackpot today sia, 已经换了 iPad
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the party booking assistant for StrikeZone Bowl Singapore. Collect the details needed to hold a party slot.",
        ),
        ("user", "Hi, I want to book a birthday party for my son in January."),
        (
            "assistant",
            "Happy to help! May I have the parent's name, a contact number, the child's name and age, preferred date and time, and the number of kids?",
        ),
        (
            "user",
            "Melissa Goh, 9512 8830. Son is Caleb, turning 8. Sat 11 Jan 11am, 12 kids. One of them is lactose intolerant btw.",
        ),
        (
            "assistant",
            "Thank you, Melissa. I've held the 11am slot on Sat 11 Jan for Caleb's party (12 kids) and noted the lactose intolerance. Please pay the 50% deposit within 3 working days.",
        ),
    ],
    [
        ("user", "hi my game card lost, got about $70 inside, how to get back"),
        (
            "assistant",
            "Sorry to hear that! If the card was registered, we can transfer the balance. Could you share the registered name and NRIC so we can look it up?",
        ),
        (
            "user",
            "Name Lee Jun Wei, NRIC T1165038J. Registered under my dad's email actually, leekokhong.72@gmail.com",
        ),
        (
            "assistant",
            "Found it: one registered card with $71.40 and 2,310 tickets. Please bring your NRIC to any outlet and the crew will issue a replacement card.",
        ),
    ],
    [
        (
            "user",
            "I need CCTV footage from your Kallang outlet. On 6 Dec around 8.30pm someone hit my daughter at the air hockey table.",
        ),
        (
            "assistant",
            "We're very sorry. CCTV footage can only be released following a police report or a formal access request. Could you tell us who is making the request and how we can reach you?",
        ),
        (
            "user",
            "I'm Sharifah Nadia binti Syed Ali, mother of Aleesya (10). Email sharifah.nadia.sa@outlook.com. Police report no. is with me, will send.",
        ),
        (
            "assistant",
            "Thank you, Puan Sharifah. We've preserved the footage from 8.00pm to 9.00pm on 6 Dec and our DPO will email you within 3 working days.",
        ),
    ],
    [
        (
            "user",
            "Want to report an injury. My girl slipped at your trampoline park at Paya Lebar yesterday, the mat was wet",
        ),
        (
            "assistant",
            "We're so sorry. Is she alright? May we have her name and age, and your contact details, so the duty manager can follow up?",
        ),
        (
            "user",
            "Her name is Isabelle Tan Yi En, 9 years old. Fractured her left wrist, now in cast at KKH. I'm her father Tan Chee Wee, 8743 2915.",
        ),
        (
            "assistant",
            "Thank you, Mr Tan. I've logged incident IR-2412-077 and the outlet manager will call you today regarding the medical costs.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu tempahan untuk Galaxy Bowl Kuala Lumpur."),
        ("user", "Saya nak tempah 6 lorong untuk majlis syarikat pada 18 Januari, pukul 8 malam."),
        (
            "assistant",
            "Baik. Sila berikan nama penuh, nombor MyKad dan nombor telefon pegawai yang membuat tempahan.",
        ),
        (
            "user",
            "Nama saya Ahmad Faizal bin Mohd Nor, MyKad 850930-07-5141, telefon 011-2345 8861.",
        ),
        (
            "assistant",
            "Terima kasih Encik Ahmad Faizal. Tempahan 6 lorong pada 18 Januari jam 8 malam telah disimpan. Deposit RM600 perlu dibayar dalam 3 hari.",
        ),
    ],
    [
        ("user", "你好，我想问一下兑奖的事情。我用彩票换的蓝牙耳机不能充电。"),
        (
            "assistant",
            "很抱歉给您带来不便。请提供您的姓名和会员卡登记的手机号码，我们帮您查一下兑换记录。",
        ),
        ("user", "我叫郑雅婷，手机 9172 6604，12月1日在武吉士分店换的。"),
        (
            "assistant",
            "郑小姐您好，查到您12月1日以8800张彩票兑换蓝牙耳机一副。请于7天内携带耳机到服务台更换。",
        ),
    ],
    [
        (
            "system",
            "You are an internal assistant for duty managers at FunPark Family Entertainment Centres.",
        ),
        ("user", "Lookup card 0800 2219 pls, customer says tickets missing"),
        (
            "assistant",
            "Card 0800 2219 is registered to Lim Xin Yi, mobile 8390 4471. Balance $12.60 and 6,120 tickets. The last redemption was 4,000 tickets at 19:42 yesterday at the Bedok outlet.",
        ),
        ("user", "ok she says that wasn't her, maybe her ex-boyfriend took the card. note it down"),
        (
            "assistant",
            "Noted on the card account: customer disputes the 4,000-ticket redemption and suspects her ex-partner used the card. CCTV for 19:30–20:00 at the Bedok redemption counter has been flagged for review.",
        ),
    ],
    [
        ("user", "My credit card was charged twice for the party deposit, $450 x 2"),
        (
            "assistant",
            "Apologies for that! Please share the booking reference and the card used so finance can reverse the duplicate charge.",
        ),
        ("user", "Booking BK-2412-1190. AMEX 3760 116649 10539, name on card Marcus Pereira."),
        (
            "assistant",
            "Thanks Mr Pereira, finance has reversed the duplicate $450 charge on your AMEX ending 0539; it should reflect in 5 to 7 working days.",
        ),
    ],
    [
        (
            "user",
            "boss, that guy from last week came back again at the arcade, the one who smash the claw machine glass",
        ),
        (
            "assistant",
            "Do you mean the customer on the banned list? Please confirm his details before calling security.",
        ),
        (
            "user",
            "yes la, Syed Hakim bin Syed Omar, IC on the police report was S9048312I, same tattoo on neck. he's at the DDR machine now",
        ),
        (
            "assistant",
            "Understood. Please ask security to escort him out politely and do not sell him any card. I'll inform the police officer on his case that he has returned.",
        ),
    ],
    [
        ("user", "Can I know if adults can join the toddler playground with their kids?"),
        (
            "assistant",
            "Yes, each child under 110 cm must be accompanied by one paying adult, and both must wear grip socks.",
        ),
        (
            "user",
            "ok thanks. Also please refund my cancelled session, my son Rayyan has chickenpox. Booking under Nadia Iskandar, PayNow 9266 3108.",
        ),
        (
            "assistant",
            "Get well soon to Rayyan! We've processed the refund for the cancelled session to PayNow 9266 3108 under Nadia Iskandar.",
        ),
    ],
]
