# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en226: SG/MY comic shops, cosplay events and anime conventions. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en226
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "preorder_shop"): _lines("""
        Pre-order PO-2026-1183 for the 1/7 scale Frieren figure closes 14 Jan 2027, 23:59 SGT; deposit S$50, balance S$189.90 on arrival.
        Invoice INV-SG-0048213 | SKU GSC-NND-2291 Nendoroid Anya Forger x1 | S$62.00 | GST 9% S$5.12 | Paid via PayNow to UEN 201634519K
        Restock alert: Chainsaw Man Vol. 17 (ISBN 978-1-9747-5043-8) back in store at our Bras Basah Complex outlet from Saturday.
        Tracking SGP0928374651 via Ninja Van - status: out for delivery, ETA 2-6pm. Please do not reply to this automated message.
        Deposit policy: deposits for cancelled pre-orders are refundable only if the manufacturer delays release by more than 90 days.
        SKU export 2026-11-30: BAN-OP-LUFFY-G5 qty 12, KOT-ARTFX-LEVI qty 3, MH-POPUP-GOJO qty 0 (sold out), FNX-17-RAIDEN qty 5
        Customer A pre-ordered 4 items, Customer B cancelled 1; total outstanding balance across 37 open pre-orders is RM 8,412.60.
        For pre-order enquiries WhatsApp our shop line 6338 0712 (Tue-Sun, 1pm-9pm) or email preorders@kurokocomics.sg - we do not take orders via IG DM.
        Our Mid Valley Megamall kiosk (Lot T-045) will be closed for stocktake on 3 Dec; the KL Gateway outlet operates as usual.
        Tezuka Productions licensed Astro Boy 75th anniversary artbook, hardcover, 320 pages, RM 289 - limited to 2 per customer.
        Order #MY-77120 shipped by J&T Express, waybill 630918274455, weight 1.8 kg, postcode zone 47301 Petaling Jaya.
        Shopee voucher KOMIK12 gives 12% off min spend RM 150, capped at RM 30, valid till 31/12/2026 23:59.
        Hi, may I check if the Good Smile Company Miku 2027 ver. pre-order includes the bonus acrylic stand or is that Japan-only?
    """),
    ("en", "cosplay_competition"): _lines("""
        Cosplay Championship 2026 rules: max 2 minutes on stage, no open flames, props above 1.8m must be cleared at prop check by 10:30am.
        Entry template: Cosplayer name: ____ | Character: ____ | Series: ____ | Handmade %: ____ | Music file (MP3, under 90s): ____
        Results (Group): 1st - Team #G07 (Genshin Impact: Liyue Qixing), 2nd - #G12 (Jujutsu Kaisen), 3rd - #G03 (Honkai: Star Rail).
        The finals judging panel includes three guest cosplayers invited by the organiser; names will be announced on our official page on 20 Nov.
        Workmanship judging slots: entries S01-S15 at 11:00, S16-S30 at 11:45, Room 302, Suntec Convention Centre Level 3.
        A total of 148 solo entries and 26 group entries were received, up 18% from last year; 41 entrants were first-timers.
        Can I cosplay Sailor Moon with a store-bought foam staff for the craftsmanship category or must it be fully scratch-built?
        Prop weapon policy: replica firearms must have an orange tip; bladed props must be foam, EVA, worbla or wood - no metal.
        Naruto Uzumaki, Kamado Tanjiro and Raiden Shogun were the three most cosplayed characters on Day 1, based on photo wall tags.
        Backstage call time 1:15pm, entrants queue by entry number, and the MC reads your character intro verbatim from the form.
        Prizes: Champion S$1,500 + trophy, 1st runner-up S$800, 2nd runner-up S$500, Best Craftsmanship S$300 sponsored by Art Friend.
        Disqualification log 2026: 2 entries late to call time, 1 entry exceeded the 2-min limit, 0 safety violations.
        The Malaysia qualifier for the World Cosplay Summit will be held at Sunway Pyramid Convention Centre, Petaling Jaya.
    """),
    ("en", "photography_consent"): _lines("""
        Photography rule: always ask before shooting any cosplayer, and respect a no. Cosplay is not consent.
        Lanyard colour code: green = photos OK, yellow = ask first, red = no photos please.
        Model release template: I, [FULL NAME], NRIC/Passport no. [XXXXXXXXX], consent to [PHOTOGRAPHER] using images taken on [DATE] at [VENUE].
        Sony A7 IV with the 85mm f/1.8 works fine under Hall 6 lighting, try ISO 1600 at 1/200s and white balance around 4300K.
        Photo zone booking PZ-0412, slot 14:30-14:50, Zone B (Lantern Garden backdrop), max 6 people per booking.
        Official event photographers wear black vests marked PRESS; images may be used on our socials as stated in Section 7 of the T&C.
        Takedown requests: email takedown@cosfest.sg with the post URL within 14 days; we reply within 3 working days.
        DSC09821.ARW, 24.2MP, f/2.8, 1/250s, ISO 800, taken 2026-11-22T15:41:07+08:00, EXIF GPS stripped.
        In 2025 we processed 23 takedown requests with a median response time of 2.5 days.
        No upskirt or low-angle shots. Anyone doing so will have their badge revoked and will be reported to venue security.
        Drone photography is prohibited inside and around MITEC under venue rules.
        Is it okay to post group photos on my IG if the faces of passers-by are blurred?
    """),
    ("en", "lost_and_found"): _lines("""
        Found: 1 x 3-Day badge, serial AFA26-3D-004821, handed to the Info Counter Hall 4 at 16:20. Owner to show the purchase email.
        Lost badge replacement fee is S$15; the original badge will be deactivated. Bring your order confirmation (e.g. ORD-7XK2P9).
        Lost & found log Day 2: 3 phones, 1 wallet (no ID inside), 2 wigs (silver, pink), 1 katana prop, 1 Genshin keychain.
        Unclaimed items are kept for 30 days at our office at 1 Raffles Place #20-61, then donated.
        Badge scan error E-407 at Gate C, scanner GC-03, firmware v2.14.1, checksum mismatch on QR payload.
        If you lost your badge, do NOT buy another on Carousell - resold badges are voided at the gate.
        Lost item form: Item: ___ | Colour: ___ | Last seen (hall/booth): ___ | Contact: submit via form, do not post numbers publicly
        Found a Pikachu plush near booth C-22 tagged Property of Booth C-22, returned to the booth.
        Badge count: 2,814 Day passes scanned, 1,102 3-Day passes, 47 replacements issued, 6 flagged duplicates.
        Anyone found a black Nikon lens cap near the Sailor Moon photo wall? Hall 5, around 3pm.
        Wristband colour for Saturday is orange and Sunday is purple; exchange at Gate A with your badge.
        The Info Counter moves from Hall 4 to the Level 1 foyer on Sunday because of the Hall 4 teardown.
    """),
    ("en", "safety_reports"): _lines("""
        Report harassment to any staff in a red shirt or call the con safety line 6123 4400, manned 9am-10pm all three days.
        Incident summary Q3: 9 reports received, 6 verbal, 2 unwanted touching, 1 online stalking; 4 badges revoked.
        Report form: Date/time: __ | Location: __ | Description: __ | Person reported (if known): __ | Witnesses: __
        Case ref HR-2026-031 closed; outcome communicated to the parties involved, details withheld per policy.
        The safe space room is at Level 2 Room 205 and is staffed by two trained volunteers at all times.
        Our code of conduct references the Protection from Harassment Act 2014; victims may also apply to the Protection from Harassment Court.
        In Malaysia, report to PDRM or call Talian Kasih 15999 for support.
        The banned attendee list is internal and not shared publicly; it held 12 entries as of Nov 2026.
        How do I report someone who kept following cosplayers around with a camera if I don't know his name?
        Online harassment: screenshot, don't engage, use the platform report button, then email safety@cosfest.sg.
        Staff training module v3.2: de-escalation, first response, escalation to the duty manager, incident form within 2 hours.
        A security guard is stationed at every exit and the duty manager has authority to eject attendees.
    """),
    ("en", "volunteer_ops"): _lines("""
        Volunteer roster v4 (export 2026-11-28): Gate A 08:00-12:00 6/6, Gate B 4/6, Cosplay backstage 8/8, Info counter 3/4.
        shifts: - id: GA-AM  start: 08:00  end: 12:00  headcount: 6  lead_role: gate_supervisor
        Volunteer perks: free 3-day badge, S$10 meal voucher per shift, certificate; minimum 2 shifts.
        Shift lead briefing 7:30am at Loading Bay 2; bring your volunteer lanyard.
        Volunteer sign-up template: Name: ___ Age: ___ Emergency contact: ___ T-shirt size: ___ Preferred role: ___
        Headcount: 214 volunteers registered, 187 attended, 27 no-shows; average 2.6 shifts each.
        Announcements go out on our broadcast-only Telegram channel t.me/cfsg_vol_official; no personal numbers are shared there.
        SELECT shift_id, COUNT(*) AS filled FROM volunteer_shifts WHERE event_id = 'CFA26' GROUP BY shift_id ORDER BY filled;
        Can volunteers under 16 sign up if a parent gives consent?
        volunteer_id,shift_id,role,checkin_ts,checkout_ts
        Rostering rule: no volunteer may be scheduled more than 8 hours a day, with a 30-min break every 4 hours.
        Role: Queue marshal - manage lines at the artist alley and redirect overflow to Hall 6.
    """),
    ("mixed", "forum_posts"): _lines("""
        Eh anyone going AFA this year? Heard the Day 1 queue damn long last time, like 3 hours sia.
        Wah Comic Fiesta 2026 at MITEC got so many booths, artist alley alone 600+ tables leh.
        Bro, which shop at Bras Basah still got Weekly Shonen Jump back issues ah? Want the 1997 issue with One Piece chapter 1.
        Eiichiro Oda's handwritten message at the 25th anniversary exhibition make me cry lor, so touching.
        Hari Raya sale at the Sungei Wang comic floor tomorrow, all manga RM 10 only, go early ah.
        买了Chainsaw Man第17卷，Kinokuniya Ngee Ann City今天有货，S$15.90。
        Anyone know the rule for bringing wig stands into Suntec? Last year security kena confiscate mine.
        HSR cosplay group looking for 3 more: Dan Heng, March 7th, Welt. DM the group page, not personal accounts ya.
        Lat's Kampung Boy exhibition at Balai Seni Negara worth going or not? Weekend parking there how?
        Sonny Liew's The Art of Charlie Chan Hock Chye got new edition already, Kinokuniya got signed copies from the launch.
        Kalau beli pre-order kat Shopee dan seller lari, boleh report kat Tribunal Tuntutan Pengguna tak?
        After Day 2 we go Jalan Alor makan? Meeting point at the Bukit Bintang monorail station 9pm.
    """),
    ("ms", "notis_acara"): _lines("""
        Notis: Kaunter tiket Comic Fiesta dibuka jam 9 pagi, tunai dan DuitNow QR diterima.
        Peraturan cosplay: semua senjata replika mesti diperiksa di kaunter prop check sebelum masuk dewan.
        Pesanan awal No. PO-MY-20931 untuk figura Demon Slayer: deposit RM 80, baki RM 320 apabila stok tiba.
        Pertandingan cosplay kategori individu: 95 penyertaan diterima, 12 finalis akan diumumkan di laman rasmi.
        Kehilangan lencana: sila ke Kaunter Informasi Dewan 2; yuran penggantian RM 20.
        Hubungi talian khidmat pelanggan 03-2166 5500 atau e-mel khidmat@komikmart.com.my untuk sebarang pertanyaan.
        Gangguan seksual tidak akan dibenarkan. Laporkan kepada petugas berbaju merah dengan segera.
        Sukarelawan: taklimat pukul 8 pagi di Pintu Masuk 3, MITEC, Jalan Dutamas 1, Kuala Lumpur.
        Komik Mart Sdn. Bhd. (No. Syarikat 201801023456 (1284530-W)) adalah penganjur rasmi acara ini.
        Bolehkah saya bawa kamera DSLR ke dalam dewan tanpa pas fotografi?
        Tema tahun ini: Hang Tuah dan legenda Melaka - kategori cosplay sejarah kini dibuka.
    """),
    ("zh-Hans", "shop_notices"): _lines("""
        【预购通知】《间谍过家家》安妮亚1/7比例手办，订金S$50，尾款到货时付清，截止12月20日。
        本店营业时间：周二至周日下午1点至晚上9点，周一休息。地址：Bras Basah Complex #03-41。
        漫展志愿者排班表（第三版）：A门早班6人，B门午班4人，后台8人，服务台3人。
        失物招领：黑色双肩包一个，内有动漫周边，无证件，请到一号馆服务台认领。
        请问cosplay比赛可以用自己的背景音乐吗？需要什么格式？
        本届特设手冢治虫作品回顾展区，展出《铁臂阿童木》原画复制品共42幅。
        骚扰举报统计：本届共收到5宗举报，均已处理，其中2人被取消入场资格。
        摄影须知：拍摄前请先征得coser同意，禁止低角度拍摄，违者没收证件。
        订单号 SG20261129-0087 已发货，顺丰单号 SF1402938475612，预计3个工作日送达。
        客服邮箱 service@manhuawu.sg，门店热线 6345 8890，私信恕不回复。
        会员积分规则：每消费S$1积1分，满500分可换S$5代金券，积分有效期12个月。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Jasmine Koh, I paid the deposit for PO-2026-1183 but I lost my job last month, can I extend the balance payment until Feb?
        Please deliver to Blk 418 Tampines Street 41, #09-233, Singapore 520418, recipient Darren Lee, HP 9724 5318.
        Lost badge report: Muhammad Haziq bin Roslan, NRIC S8834172D, badge AFA26-3D-004822, last seen Hall 5 near the Sailor Moon photo wall.
        HR-2026-032: complainant says a man named Kelvin Yeo (IG @kelv.shoots) followed her between halls and kept taking photos after she said no.
        Roster note: Priya d/o Ramasamy can't do Saturday AM, she has chemo on Friday and is usually wiped out the next day.
        Wei Jie asked to be moved off the Gate B team because his ex Shannon is on that shift and things are still bad between them.
        Cosplayer: Nur Aisyah binti Kamarul | Character: Raiden Shogun | Phone 012-884 3217 | Email aisyah.kamarul98@gmail.com
        Refund S$248.00 to card 4556 3820 1947 2630 for cancelled order INV-SG-0048219, cardholder Benjamin Tay.
        Model release signed by Rachel de Souza, passport K4827361M, for the Hall 6 shoot on 22 Nov.
        Mdm Lim from #03-41 next door keeps telling customers our shop is closing because Uncle Ah Seng is bankrupt.
        Volunteer registration: Rajesh Kumar s/o Subramaniam, FIN G5528310P, work permit expiring March 2027, phone 8316 4027.
        Chargeback on 5221 8493 0617 4527 - customer Lau Mei Ling claims she never received the Gojo Pop Up Parade.
        Steward report: Joshua Pereira fainted backstage; he told us he is diabetic and skipped lunch, his parents have been informed.
        Grey Honda Vezel SJK 4821 T left at Loading Bay 2 overnight belongs to Amanda Chua from Team #G07.
        Pls contact my sister Xin Yi on Telegram @xinyi_cosplays_sg for the wig commission, she is 15 so our mum must approve.
        Badge revoked: Hafiz from the Genshin group was caught filming up skirts in Hall 6, security called his parents.
        Redelivery to 22 Jalan SS2/64, 47300 Petaling Jaya, recipient Tan Boon Keat, 016-552 9081, call before coming.
        Part-timer pay: Nadia gets S$11/hr but Ming Hui only S$9, Ming Hui found out and is upset, pls handle quietly.
        Photographer Eugene Sim (eugenesim.photo@gmail.com) posted my photos after I asked him to delete them, can I report him?
        The girl who lost her wallet at booth C-22, Charmaine the Honkai cosplayer, said her dad will hit her if she goes home without it.
        Under-18 entrant consent: Ethan Goh Jun Hao, NRIC T0251946H, guardian Mrs Goh 9183 7720.
        Aunty Rosie, the Eurasian lady upstairs, still owes us S$430 for the Sailor Moon box set; she says her pension comes on the 15th.
    """),
    "mixed": _lines("""
        Eh Jun Kai, your Frieren figure arrive liao, balance S$189.90, can PayNow to my personal 9128 4406 (Marcus) since shop QR spoil.
        The uncle who keep touching cosplayers at Hall 5 is Alvin Ong, stays Blk 654 Jurong West St 61, everybody know him already lah.
        Roster: 陈志伟 (Tan Chee Wei) morning Gate A, his mum in hospital so he might leave early, pls arrange cover.
        Kak Ros from booth 14 pengsan tadi, dia pregnant 5 bulan, ambulance dah sampai.
        Lost badge!! Name Lee Shu Fen, HP 9837 1206, email shufen.lee.cos@outlook.com, badge AFA26-1D-019934 pls help
        Aiyo Siew Ling's boyfriend came backstage to shout at her again, third time already, security pls ban him.
        Found your Gojo blindfold! Add my WeChat lin_jiahui_0823 and we arrange pickup at Toa Payoh MRT.
        MY round: Thivya a/p Maniam, MyKad 990412-10-5583, entry S14, pls confirm she above 18.
        Ryan Tan owe me RM 250 for the Kimetsu commission, still ghost me on IG @ryantan.cos, anyone know him tell him pay up.
        Tolong check parcel to No. 8, Lorong Kenari 3, Taman Sri Bunga, 41200 Klang, nama Wong Kar Lok, 011-2390 4518, still not sampai.
    """),
    "ms": _lines("""
        Nama: Ahmad Faizal bin Zulkifli, No. MyKad 010823-14-6021, telefon 013-447 2856, tugas sukarelawan: marshal barisan.
        Aduan: Nurul Syafiqah binti Azman melaporkan seorang jurugambar bernama Zul mengekori beliau dari Dewan 1 ke tempat letak kereta.
        Encik Rahim dari kedai komik tingkat 3 tak dapat datang minggu ni, anak dia masuk wad sebab denggi.
        Bayaran balik ke akaun Maybank 1140 2287 3316 atas nama Farah Adibah binti Yusof untuk pesanan yang dibatalkan.
        Kereta WXY 7731 milik peserta cosplay Hakim menghalang Pintu 3, sila minta dia alihkan.
        Kak Lina dari kaunter tiket diberhentikan sebab ambil RM 300 tunai dari laci semalam.
        Peserta bawah umur: Muhammad Danish bin Azlan, 15 tahun, penjaga Puan Hasnah binti Omar, 019-665 8214.
        Alamat penghantaran: No. 27, Jalan Merbau 4/2, Taman Bukit Indah, 81200 Johor Bahru, penerima Lim Wei Siang.
        Adik Aiman yang dapat tempat kedua tu ada autisme, mak dia minta juri beri dia masa lebih di belakang pentas.
    """),
    "zh-Hans": _lines("""
        志愿者登记：王思琪，手机 138 1427 6603，身份证号 44030619950817312X，负责B门检票。
        举报：有个叫刘浩然的摄影师一直跟拍coser，他的微信是 haoran_lens88，请工作人员处理。
        3号摊位的陈阿姨说她女儿小美最近抑郁症复发，这几天不能来帮忙看店。
        预购退款请转到银联卡 6214 8309 1745 2830，户名赵婉婷，订单 PO-2026-1190。
        收件人：黄子轩，地址：Blk 312 Clementi Ave 3 #07-118 Singapore 120312，电话 8532 9047。
        比赛后台周俊杰一直哭，队长说他爸妈正在闹离婚，他这阵子压力很大。
    """),
    "zh-Hant": _lines("""
        遺失證件：陳家豪，香港身份證 K384216(9)，電話 6128 4937，請聯絡服務台。
        台灣來的coser林雅婷，身分證 A228173643，手機 0912-538-406，報名個人組。
        阿傑上次在漫展喝醉騷擾攤位的女生，被保安趕出去，他媽媽知道後氣到不讓他出門。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Kuroko Comics & Figures, Singapore.",
        ),
        (
            "user",
            "Hi, can I change the delivery address for order SG-77120? New address is Blk 211 Bishan St 23 #12-402, S570211, name Clara Ng, 9651 2208.",
        ),
        (
            "assistant",
            "Sure, I have noted the new address for order SG-77120. Our team will confirm by SMS before dispatch.",
        ),
        (
            "user",
            "Thanks. Also can I split the balance S$189.90 into two payments? Money a bit tight this month.",
        ),
        (
            "assistant",
            "We can allow two instalments for this order; the first half is due before the figure is released for delivery.",
        ),
    ],
    [
        ("system", "You help convention safety staff write up incident reports in a neutral tone."),
        (
            "user",
            "Write up: at 3.40pm in Hall 5 a cosplayer, Michelle Wong, said a guy named Derrick Phua grabbed her waist during a photo. She was shaking.",
        ),
        (
            "assistant",
            "Incident summary: At approximately 15:40 in Hall 5, attendee Michelle Wong reported that Derrick Phua placed his hands on her waist without consent during a photo. She appeared visibly distressed.",
        ),
        ("user", "Add that we revoked his badge AFA26-3D-007713 and security escorted him out."),
        (
            "assistant",
            "Added: Badge AFA26-3D-007713 was revoked and the individual was escorted off the premises by security.",
        ),
    ],
    [
        ("system", "You are a rostering helper for convention volunteers."),
        (
            "user",
            "Need to add a volunteer: Joseph Anthony Rozario, FIN F2217645P, Gate A Sat AM and Sun AM.",
        ),
        (
            "assistant",
            "Added Joseph Anthony Rozario to Gate A for Saturday 08:00-12:00 and Sunday 08:00-12:00.",
        ),
        (
            "user",
            "He also said he cannot stand too long because of his knee surgery last month, can put him at info counter instead?",
        ),
        ("assistant", "Moved him to the Info Counter for both shifts, which is a seated role."),
    ],
    [
        ("system", "Anda ialah pembantu kaunter informasi Comic Fiesta."),
        (
            "user",
            "Saya hilang lencana 3 hari. Nama saya Tan Mei Xuan, MyKad 970305-07-4418, telefon 017-239 4410.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Sila bawa e-mel pembelian ke Kaunter Informasi Dewan 2 untuk lencana gantian.",
        ),
        ("user", "E-mel tu dalam telefon kawan, boleh guna MyKad je?"),
        (
            "assistant",
            "Boleh, petugas akan semak nama dan nombor MyKad anda dengan rekod pembelian.",
        ),
    ],
    [
        ("system", "你是新加坡一家漫画店的客服助手。"),
        (
            "user",
            "你好，我是从厦门来的，叫郑雨萱，想预订《葬送的芙莉莲》手办，身份证 350203199802234521，手机 159 2047 8836。",
        ),
        ("assistant", "您好，预订不需要身份证号码，请只留下手机号码和邮箱即可。"),
        ("user", "好的，那发货到我在新加坡住的酒店，Hotel Boss 房间 1108，12月15号前能到吗？"),
        ("assistant", "目前预计12月18日到货，可能赶不上，建议改为门店自取或寄回国内地址。"),
    ],
    [
        ("system", "You are an assistant for the cosplay competition registration desk."),
        (
            "user",
            "Register solo entry: Mr Goh Kok Leong, NRIC S7712093I, cosplaying Guts from Berserk, entry S22.",
        ),
        (
            "assistant",
            "Registered solo entry S22 for Goh Kok Leong, character Guts (Berserk). Prop check is required for the Dragonslayer prop.",
        ),
        ("user", "He mentioned he has a heart condition, is there a medic near backstage?"),
        (
            "assistant",
            "Yes, a first-aid post is located beside Backstage Door 2. I will flag this to the stage manager.",
        ),
    ],
    [
        ("system", "You help photographers handle consent and takedown requests politely."),
        (
            "user",
            "A cosplayer called Bella Chan (IG @bellachan.cos) asked me to delete the Hall 6 shots of her. Draft a reply.",
        ),
        (
            "assistant",
            "Hi Bella, thanks for letting me know. I have deleted the Hall 6 photos of you from my drive and removed the post. Sorry for any discomfort.",
        ),
        ("user", "Make it shorter, I am sending it on IG DM."),
        (
            "assistant",
            "Hi Bella, noted and done - the Hall 6 photos are deleted and the post is down. Sorry about that!",
        ),
    ],
    [
        (
            "system",
            "You help a small comic shop owner in Kuala Lumpur write messages to customers.",
        ),
        (
            "user",
            "Write a polite reminder to Encik Shahrul Nizam bin Ismail, he owes RM 640 for three months of pre-orders, WhatsApp 012-776 3051.",
        ),
        (
            "assistant",
            "Salam Encik Shahrul, this is a friendly reminder that RM 640 remains outstanding for your pre-orders. Please let us know when you can settle it. Terima kasih.",
        ),
        ("user", "Add that we can hold the figures until end of January."),
        (
            "assistant",
            "Salam Encik Shahrul, a friendly reminder that RM 640 is outstanding for your pre-orders. We can hold your figures until 31 January. Terima kasih.",
        ),
    ],
    [
        ("system", "你是動漫展服務台的助理。"),
        ("user", "我是香港來的，叫何嘉欣，身份證 Y702593(7) 連銀包一齊唔見咗，點算？"),
        ("assistant", "請先到一號館服務台登記失物，並向警方報案取得報案編號，之後聯絡入境處補領。"),
        ("user", "我電話係 9436 1827，如果有人交返可唔可以打俾我？"),
        ("assistant", "可以，服務台會記錄你的電話，如有人交回會盡快通知你。"),
    ],
    [
        (
            "system",
            "You are the online order assistant for a Malaysian figure shop that ships to Taiwan.",
        ),
        (
            "user",
            "Ship my Raiden Shogun figure to 台北市大安區復興南路一段 215 號 6 樓, 收件人 許志明, phone 0935-712-604.",
        ),
        (
            "assistant",
            "Noted. For Taiwan customs, the courier may ask for the recipient's ID number for clearance.",
        ),
        ("user", "OK his ID is F129340589."),
        ("assistant", "Thanks, I have added it to the customs declaration for this shipment only."),
    ],
]
