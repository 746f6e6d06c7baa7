# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en176: SG/MY self-service laundromats and dobi shops (lost items, damaged clothes, app top-ups, machine faults, franchise notices). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en176
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "machine_signage"): _lines("""
        Washer No. 4 OUT OF ORDER — please do not insert coins. Technician scheduled 08/12. Sorry for the inconvenience.
        Dryer 2 & 3 accept coins only ($1 and 50c). Cashless payment via app for Dryer 1, 4 and 5.
        Wash 10kg $5 / 15kg $7 / 20kg $9 | Dry $1 per 8 min | Detergent & softener auto-dosed, do not add your own.
        NO pet bedding, rugs with rubber backing, or items soaked in petrol or cooking oil. Fire risk. Machines will be locked if misuse is seen on CCTV.
        Please remove your laundry within 15 minutes of cycle end. Unattended items will be moved to the blue basket; management is not responsible for any loss.
        This premises is under 24-hour CCTV surveillance. Footage is released only to the police.
        Operating hours: 7am – 11pm daily incl. public holidays. Last wash 10pm, last dry 10.30pm.
        Machine stuck? Scan the QR code on the door, choose "Report fault", enter machine no. W06. Refund to app wallet within 3 working days.
        Lost & found shelf is behind the folding table. Items unclaimed after 30 days will be donated to charity.
        Do not overload: max 2/3 of the drum. Overloading may trigger error E21 and the cycle will stop without refund.
        Change machine accepts $2, $5 and $10 notes only. No $50 notes. Torn or taped notes will be rejected.
        Kindly do not dry shoes in the dryers. Shoe washer & shoe dryer available at the corner (Machine S1, $4 per cycle).
        Please be considerate: no smoking, no vaping, no durian inside the laundromat.
        Name: ____________  Mobile: ____________  Machine no.: ____  Amount lost: $____  (drop this slip into the red box, staff will call you back)
        Operator hotline 6589 3310 (FreshSpin Laundromat Pte Ltd), Mon–Sat 9am–6pm. Outside these hours please use the in-app Help button.
    """),
    ("en", "franchise_notice"): _lines("""
        FreshSpin Laundromat is expanding! Franchise package from S$88,000 including 8 washers, 6 dryers, renovation and 3 years of app licence. Enquiries: franchise@freshspin.com.sg
        Notice to all franchisees: from 1 Jan 2027 the base wash price will be adjusted from $5.00 to $5.50 at every Singapore outlet due to higher water and electricity tariffs.
        All outlets must complete the quarterly lint-duct cleaning by 20 Dec and upload photos to the franchise portal under Maintenance > Q4.
        Franchisee memo FM-2026-19: detergent supplier changes in January. Existing stock is to be used up before 31 Jan; do not mix the two brands in the dosing pump.
        Reminder: royalty of 6% of gross sales and a 2% marketing levy are due on the 7th of every month. Late payment incurs 1.5% interest per month.
        The Jurong West Street 52 outlet will be closed from 10–14 Dec for renovation. Nearest outlets: Boon Lay Place and Pioneer Mall.
        Grand opening at our new Bandar Baru Bangi outlet: first wash free with app sign-up, 14–21 Dec, while promo credit lasts.
        We are pleased to welcome Dobi Express Sdn Bhd (SSM 201901023456) as our master franchisee for Johor and Melaka.
        Compliance check: each outlet must display its business licence, the operator hotline and the "no unattended children" sign at the entrance.
        Price list update for Malaysia outlets: Wash RM5 (12kg), RM7 (18kg), Dry RM4 per 20 min. Effective 1 December 2026.
        Our Jalan Tun Razak outlet is now open 24 hours. Security guard on duty from 11pm to 7am.
        The old coin acceptors (model CA-7 rev B) will be phased out by Q2 2027. Please budget S$420 per machine for the upgrade kit.
        Franchise preview talk at Suntec Singapore Convention Centre, Room 302, Sat 17 Jan 2027, 2–4pm. Free admission, register on our website.
        Congratulations to the Tampines Central outlet for Best Outlet 2026 with an average customer rating of 4.9 out of 5 from 1,284 reviews.
    """),
    ("en", "app_support_faq"): _lines("""
        Q: I topped up but my wallet still shows $0. A: PayNow top-ups may take up to 15 minutes. If it is not credited after 1 hour, send us the transaction reference from your bank app.
        Top-up tiers: $20 get $22, $50 get $58, $100 get $120. Bonus credit expires 180 days after top-up.
        Wallet balance is non-refundable and non-transferable, except where a machine fault is verified from the machine log.
        How to start a machine: open the app > Scan > point the camera at the QR sticker > choose programme > Pay. The machine starts within 10 seconds.
        Error "Machine offline (code 503)" means the controller lost Wi-Fi. Please use another machine and report it via Help > Machine issue.
        Refund status: Pending (checking logs) > Approved (credited to wallet) > Rejected (no fault found in machine log).
        Transaction TXN-20261203-884127 | Washer W03 | $5.50 | Status: REFUNDED to wallet 04/12/2026 10:22
        App version 3.8.2 release notes: fixed double charge on Android 14, added Bahasa Melayu and 中文 language options, faster QR scanning.
        To delete your account: Settings > Account > Delete account. Any remaining wallet balance is forfeited after 30 days.
        We will never ask for your OTP or card PIN. Our staff will not call you to request payment details.
        Promo code WASHDEC26 gives 20% off drying, one use per account, valid until 31/12/2026.
        Dear {customer_name}, your lost item ({item_description}) has been found at our {outlet_name} outlet. Please collect it within 30 days with your receipt no. {receipt_no}.
        Card payments are processed by our payment partner; we do not store full card numbers. Receipts only show the last 4 digits.
        If the app shows "Payment successful" but the machine did not start, do NOT pay again. Tap Report > "Paid but not started" and attach a photo of the machine display.
    """),
    ("en", "ops_fault_log"): _lines("""
        2026-12-02 21:14 | Outlet SG-TPN-07 | W05 Electrolux W5180H | Err E21 drain timeout | Cleared pump filter, found coins and a hairclip | Resolved
        Ticket #FS-48213 | Dryer D2 no heat | Gas valve replaced by vendor 03/12 | Cost $180 billed to franchise | Closed
        Serial 9162774055 / Speed Queen SC40 / door lock fault intermittent, controller board sent for RMA 26-0419.
        Weekly takings Outlet MY-BGI-02: coins RM1,284; app RM3,902; total RM5,186; variance RM0.00.
        Water leak near W08; plumbing contractor replaced inlet hose (part no. 1325012345). Floor dried, wet-floor sign placed.
        Payment gateway outage 03:10–03:42 SGT, 37 failed top-ups auto-reversed, incident INC-2026-1187.
        Coin box collection: Tue & Fri 10am, two staff present, seal numbers recorded in Log B.
        W02 firmware updated 2.1.4 -> 2.1.7, sha256 3fa9c2e1d07b, no further E-03 errors after update.
        Lint filter check: D1 ok, D2 ok, D3 torn – replaced, D4 ok. Next check 09/12.
        Damaged-clothes claims Nov: 4 received, 1 approved (dryer overheating confirmed by thermostat log), 3 rejected (care label says do not tumble dry).
        CCTV recorder at Outlet SG-AMK-03 disk full; overwrite-oldest enabled, retention 30 days.
        refund_window_hours: 72 | max_auto_refund_sgd: 10.00 | require_photo: true | notify_channel: ops-sg
        Refund batch RB-1206 processed: 12 refunds, total $71.50, all credited to app wallets.
    """),
    ("mixed", "group_chat"): _lines("""
        anyone know the dobi at blk 210 open during CNY or not ah
        wah the dryer at the coin laundry near my place super weak, 3 rounds still damp lor
        eh don't use washer no. 3 at the corner shop, detergent tank kosong, clothes come out smelly
        bro the app topup got bonus now, $50 get $58, can kau kau wash your comforter
        got people know how to wash songkok or not? scared it go out of shape
        aiyo someone took my basket again, next time I bring my own IKEA bag
        mana dobi paling murah kat Bangi? the one near Seksyen 9 RM5 only but always full
        pro tip: queen size comforter use the 20kg machine, then dry 40 min high heat, confirm dry
        我家楼下的 laundromat 换了新机器，现在可以用 GrabPay 付钱了 so convenient
        weekend 8am go confirm no queue, after 10 sure full of NS boys washing their No. 4
        the dobi auntie say batik cannot hot wash, colour will run, use cold and turn inside out
        raya week all the dobi full because everyone wash langsir, better go early morning
        the new laundromat got Lat's Kampung Boy mural on the wall, very nostalgic sia
    """),
    ("ms", "notis_dobi"): _lines("""
        NOTIS: Mesin basuh No. 6 rosak. Sila jangan masukkan duit syiling. Harap maaf atas kesulitan.
        Waktu operasi: 7 pagi – 12 malam setiap hari termasuk cuti umum.
        Dilarang membasuh karpet, alas kaki getah dan pakaian berminyak. Mesin akan dikunci jika disalahgunakan.
        Sila ambil pakaian anda dalam masa 15 minit selepas kitaran tamat. Pihak pengurusan tidak bertanggungjawab atas kehilangan.
        Harga: Basuh RM5 (12kg) / RM7 (18kg) / Kering RM1 setiap 6 minit.
        Tambah nilai melalui aplikasi: RM30 dapat RM33, RM50 dapat RM57. Kredit bonus tamat tempoh selepas 6 bulan.
        Pakaian yang tidak dituntut dalam masa 30 hari akan didermakan kepada rumah kebajikan.
        Kedai dobi ditutup pada 1 dan 2 Syawal. Selamat Hari Raya Aidilfitri, maaf zahir dan batin.
        Untuk aduan mesin, imbas kod QR pada mesin atau hubungi talian khidmat pelanggan 1-300-88-3742.
        Perkhidmatan dobi basuh lipat: RM3.50 sekilo, minimum 5kg, siap dalam 24 jam. Cadar dan comforter dikenakan caj berasingan.
        Tiket #DB-77120: mesin pengering D3 tidak panas, juruteknik membaiki elemen pemanas pada 04/12. Status: selesai.
        Cawangan kami di Jalan Tun Razak kini dibuka 24 jam. Pengawal keselamatan bertugas dari 11 malam hingga 7 pagi.
    """),
    ("zh-Hans", "shop_notice"): _lines("""
        通知：4号洗衣机故障维修中，请勿投币，不便之处敬请原谅。
        营业时间：每天早上7点至晚上11点，公共假期照常营业。
        衣物洗好后请在15分钟内取走，逾时未取的衣物将放入蓝色篮子，本店不负责遗失。
        价目表：洗衣 10公斤 $5 / 15公斤 $7，烘干每8分钟 $1，洗衣液和柔顺剂已自动添加。
        App充值优惠：充$50送$8，充$100送$20，赠送金额180天内有效。
        失物招领：柜台后面有失物架，30天内无人认领的物品将捐给慈善机构。
        请勿烘干鞋子、带橡胶底的地垫或沾有汽油的衣物，以免引起火灾。
        退款说明：如机器故障，经后台记录核实后，款项将在3个工作日内退回App钱包。
        订单号 FS20261205-00718 已退款 $7.00，请在App“我的钱包”中查看。
        本店农历新年期间（除夕下午至初二）暂停营业，初三恢复正常。
        加盟咨询：总部热线 6589 3310，或到官网填写加盟申请表。
        干洗服务：西装每套$18，羽绒服$25，3至5个工作日取件，请凭单据领取。
    """),
    ("en", "review_question"): _lines("""
        How do I get a refund if the washer ate my coins? The shop is unmanned and there is no number on the machine.
        Is it safe to wash cloth nappies in a public laundromat? Worried about leftover detergent from the previous user.
        3 stars. Machines are clean and the app works, but two of the four dryers were out of order on a Sunday afternoon.
        Can I put a wool baju kurung in the dryer on low heat? The care label is in Korean and I cannot read it.
        Which is better for comforters, the 20kg front loader or sending to a dobi for wash-and-fold?
        5 stars! Counter staff helped me get my wallet credit back within a day after the machine hung halfway.
        Are dobi shops allowed to charge extra for "heavily soiled" items without telling the customer first?
        My white school shirts turned pinkish after the wash-and-fold service. Is it reasonable to ask for compensation?
        Tip for new users: the "Quick 30" programme is enough for office clothes and saves $1.50 compared to Normal.
        Why does the dryer say 40 minutes but stop after 32? Is the timer wrong or is it the moisture sensor?
        1 star. Paid $9 for the big washer, it showed E21 halfway and kept my money. Hotline never picked up.
        The outlet opposite Tan Tock Seng Hospital is very handy for nurses coming off night shift, open till midnight.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LOST ITEM REPORT | Name: TAN WEI MING | Mobile: 9734 2186 | Item: black Casio G-Shock left on folding table, 3 Dec ~9pm | Outlet: Bedok North St 3
        Found a pink water bottle with name sticker "Chloe Lim Xin Yi P4 Henry Park Primary" in Dryer 2, kept at the counter for the parents to collect.
        Hi, this is Rajesh s/o Muthusamy, my 2 sets of security guard uniform went missing from Washer 5 at the Yishun 8 outlet on Tuesday night, please check the CCTV.
        App refund request #RR-55120 — user kelvin.ong.88@gmail.com paid $7 twice for W04 at 10:41, please refund one charge.
        Pickup & delivery order: Mdm Lee Siew Khim, Blk 512 Jurong West St 52 #08-1146, S640512, 2 bags, collect Sat 10am.
        Staff note: Ahmad Firdaus bin Rosli (regular, stays upstairs) seen on CCTV taking another customer's dryer load on 28/11. Warned verbally; next time we make a police report.
        Staff roster Dec — Mon/Wed/Fri: Siti Hajar (012-384 7721) | Tue/Thu: Kavitha a/p Subramaniam (016-225 9034) | Sat/Sun: Jason Chua (019-770 4318)
        Refund $18.50 to card 4556 3300 3165 9718 (Dryer D3 not heating) approved by ops.
        PayNow refund to 8215 6093 (Ms Priya Nair) for $5.50, ref RB-1207.
        MEMBER SIGN-UP: HO KAH LENG / F / DOB 14-06-1987 / 9062 4417 / hokahleng87@hotmail.com / Blk 118 Ang Mo Kio Ave 4 #06-311
        Mr Desmond Rozario complained that his wool blazer came back with a scorch mark from pressing; we offered a $60 voucher but he insists on the full $220.
        Lost: gold chain with Ganesh pendant left in jeans pocket, Washer 3 @ Serangoon North outlet, 30 Nov. Owner: Meena d/o Ravi, HP 8873 1250. Reward offered.
        anyone saw who took my grey Nike hoodie from dryer 4 at Punggol Waterway Point yesterday 7pm? pls contact Bryan 9481 0372
        CCTV footage request | Requester: LEONG KAR WAI | NRIC: S8834512F | Lost handbag at Clementi Ave 2 outlet, 4 Dec 18:00–19:00 | Police report filed same night
        Franchise agreement signed by Mr Harjit Singh s/o Gurmail Singh, NRIC S7621039Z, for the Woodlands Ave 6 outlet; franchise fee S$88,000 paid by cashier's order.
        Lost & found 04/12: black wallet with the NRIC of YEO SHU FEN (T0412765F) and a POSB card inside, found in Dryer D5, handed over to Bedok Police Division.
        Found blue tote bag with a Hello Kitty purse inside at W02. Note inside says owner is Shanice, contact tg @shanice_wl or 8306 7729.
        Please delete my data. Name: Chandran Rajoo, email chandran.rajoo61@yahoo.com, account closed 1 Dec, remove my card ending 0318 and my number 9227 1483 from your system.
        Goodwill voucher $50 issued to Mdm Wong Ah Moi (82, customer since 2015) after Dryer D1 overheated and burnt her late husband's shirts that she keeps for remembrance.
        Ticket #FS-48230 | Customer: Siddharth Menon | Change machine swallowed his $10 note | Tel 8467 2091 | Refund $10 cash on next visit
        The lady from Blk 347 Yishun Ring Rd #05-22 always leaves her laundry in the machines for hours, then scolds whoever moves it out. Can management speak to her?
        Dear FreshSpin, my daughter Sophia Fernandez's school blazer (St Margaret's, size 12) was lost by your wash-and-fold service on 2 Dec. Please call me on 9326 5508. Regards, Carol Fernandez
        Incident 03/12 23:40 Outlet SG-AMK-03: Mr Lim Boon Huat, about 70, slipped on wet floor near W08, bruised left elbow and hip, declined ambulance, son fetched him home.
        Employee warning letter: Muhammad Hafiz bin Zainal, part-time attendant, late 6 times in November and cash float short by $40 on 22/11. Final warning.
        Vehicle SKL 4821 C parked across our loading bay for 2 hours again today; it's the Grab driver from Blk 118 who washes his seat covers here every Sunday.
        Hi admin, I'm Ashwin Pillai. My wallet shows -$2.50 after Dryer D1 charged me twice on 5 Dec. Registered number +65 9158 2264.
        Refund declined: Goh Mei Ling (acct 100482) claims her merino sweater shrank; care label says hand wash only. She threatened to post on Facebook.
        Helper drop-off: Maricel Santos (FIN F2298145P), helper of the family at #14-02 Parc Esta, bedsheets + 2 curtains, employer pays on collection.
        Medical leave: Lakshmi a/p Krishnan on MC 5–7 Dec (dengue), Outlet MY-KLG-01 to be covered by part-timer.
        Compensation for torn silk curtain: please transfer RM45 to ONG CHEE KEONG, Maybank 1640 2871 5523.
        wash & fold booking — Ms Natalie Quek, 9845 0266, natalie.quek@outlook.com, 6 kg, pickup Thu 7pm at the guardhouse of Treasure at Tampines, no softener pls she has eczema
        Member G5531870R NGUYEN VAN THANH registered for the dormitory discount plan (S$15/month), paid by card 5401 7000 4675 4858.
    """),
    "ms": _lines("""
        Laporan barang hilang: Nama: MOHD AZLAN BIN ABDULLAH | No. K/P: 880514-10-5523 | Tel: 013-482 7710 | Beg sukan Adidas hitam tertinggal di Dobi Layan Diri Seksyen 7, 2 Dis.
        Kak Zainab binti Osman dari Flat Sri Kenanga Blok C tu selalu ambil bakul orang lain kat dobi ni, dah tegur banyak kali tapi tak berubah.
        Tuntutan ganti rugi: Encik Lim Kok Wai (K/P 750921-07-5231), kemeja sutera koyak selepas dibasuh di mesin W3, tuntutan RM180.
        Pekerja baharu: Nurul Izzah binti Hamdan, tel 011-2837 4510, mula kerja 8 Dis, gaji RM1,700 sebulan, syif petang.
        Bayaran balik RM12 ke akaun Public Bank 3184772016 atas nama SARAVANAN A/L GOPAL kerana mesin pengering tidak berfungsi.
        Penghantaran dobi: Puan Faridah, No. 8, Lorong Haji Taib 2, 50350 Kuala Lumpur, 012-970 5531, 2 beg pakaian, bayar tunai.
        Ahli baharu: TEOH SWEE LAN, K/P 961103-08-6642, emel teohsl96@gmail.com, mata ganjaran 0.
        Notis amaran kepada Encik Ravi a/l Muniandy: anda dilarang masuk ke premis dobi ini selepas kejadian merosakkan mesin basuh pada 25/11.
    """),
    "zh-Hans": _lines("""
        失物登记：陈美玲，手机 9612 3398，12月3日晚上在宏茂桥3号店2号烘干机遗失一件白色羽绒外套。
        退款申请：林志强重复扣款 $5.50，请退回他的万事达卡 5521 1500 4955 7442。
        员工黄丽华这个月已经第三次收银短款，店长决定扣她奖金 $50。
        投诉：住在兀兰 Blk 681 #11-230 的周先生每次都把狗垫放进洗衣机，狗毛弄得到处都是。
        加盟商资料：郑国伟，身份证 S9012384Z，联系电话 9845 1176，店铺地址 Tampines St 81。
        外送订单：李秀英阿姨，Blk 23 Toa Payoh Lor 7 #12-45，两袋衣服，周六上午取件，电话 8093 5127。
    """),
    "mixed": _lines("""
        eh the uncle at our blk, Mr Koh Ah Seng from #03-12, ask me tell the dobi his grandson's NS uniform still never return lah
        guys I dropped my IC inside dryer no. 5 at Tampines 823 just now, name Nurhidayah binti Salleh, if anyone find pls pm 9347 8812 tq 🙏
        我老公 Daniel Sim 上礼拜在 Sengkang 那间 laundromat 被烘干机烫到手，现在还在 polyclinic 换药
        bro that Kumar s/o Rajendran kena caught on CCTV sleeping inside the laundromat every night, owner already make police report
        tq bos, pls refund to my Maybank 1620 4481 9073 under AMIRUL HAKIM, sorry for troubling 🙏
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the in-app support assistant for the FreshSpin laundromat app in Singapore.",
        ),
        ("user", "hi my topup $50 via PayNow never come in, already 2 hours"),
        (
            "assistant",
            "Sorry about that! Could you share the PayNow transaction reference and the mobile number registered to your app account?",
        ),
        ("user", "ref 20261204PN88123, registered number 9734 5512, account under Shirley Tay"),
    ],
    [
        (
            "user",
            "Salam, saya tertinggal cincin emas dalam poket seluar, mesin basuh no. 2 kedai dobi Seksyen 13 semalam.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh dan nombor telefon supaya staf boleh hubungi jika cincin dijumpai?",
        ),
        ("user", "Hasnah binti Yusof, 019-552 8810. Cincin tu hadiah arwah mak saya."),
    ],
    [
        (
            "user",
            "My wife's kebaya came out with a big yellow stain after your wash-and-fold. How do I claim?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Please give the claimant's full name, NRIC and the receipt number, plus a photo of the stain.",
        ),
        (
            "user",
            "Claimant Jessie Chong Li Ping, NRIC S8127734F, receipt WF-3391. She paid $380 for that kebaya, it was for our son's wedding.",
        ),
        (
            "assistant",
            "Thank you. I've logged claim DC-0712 for Ms Chong; the outlet manager will reply within 3 working days.",
        ),
    ],
    [
        ("system", "你是一家新加坡自助洗衣店的客服助手。"),
        ("user", "你好，我是王建华，昨天在 Bukit Batok 店洗被子，洗衣机中途停了，钱没退。"),
        ("assistant", "王先生您好，请告诉我机器号码和您App注册的手机号码，我帮您查一下。"),
        ("user", "是W07，手机 8562 0913。"),
    ],
    [
        (
            "user",
            "I'm thinking of buying a laundromat franchise. I'm Marcus Teo, 41, just retrenched from my logistics job at the end of October.",
        ),
        (
            "assistant",
            "Thanks for sharing, Marcus. Most franchise packages need S$80,000–120,000 upfront. Do you plan to use savings or a bank loan?",
        ),
        (
            "user",
            "I have about $120k in savings but my wife is against it because we still have the HDB loan and two kids in primary school.",
        ),
    ],
    [
        ("system", "You help a dobi in Shah Alam schedule pickup and delivery."),
        ("user", "Nak book pickup esok pagi, 2 comforter dan 1 set langsir."),
        ("assistant", "Boleh. Sila beri alamat pickup dan nombor telefon."),
        (
            "user",
            "No. 23 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tel 017-609 2245, Puan Rohana.",
        ),
    ],
    [
        (
            "user",
            "Help me write an apology message to a customer. Her name is Mrs Angela Pereira, we lost her son's NS No. 3 uniform set on 1 Dec, and we'll pay $150.",
        ),
        (
            "assistant",
            "Dear Mrs Pereira, we sincerely apologise that your son's No. 3 uniform set was lost in our care on 1 December. We will compensate you $150 and have reviewed our tagging process. Thank you for your patience.",
        ),
        ("user", "Good, add that we will PayNow to her number 9703 4418 by Friday."),
    ],
    [
        (
            "user",
            "Draft a notice for my laundromat. There's a regular, Jeffrey Low, who keeps overloading the 10kg washers and broke W3's door seal.",
        ),
        (
            "assistant",
            "Sure. Should the notice name him publicly? Posting a customer's name may cause problems; a private warning letter may be better.",
        ),
        (
            "user",
            "Ok then private letter. He lives at Blk 406 Pasir Ris Dr 6 #09-157, tell him he owes us $260 for the repair.",
        ),
    ],
    [
        ("system", "Payment support assistant for a self-service laundry chain."),
        (
            "user",
            "Dryer charged my Visa 3 times for one cycle. Card 4788 2558 6702 7369, amount $4 each.",
        ),
        (
            "assistant",
            "I'm sorry. I can see the duplicate charges; the two extra $4 charges will be reversed within 5–7 working days.",
        ),
        ("user", "thanks. name on card is Farhan Iskandar."),
    ],
    [
        ("user", "hi can delete my account in the app? dont want already"),
        (
            "assistant",
            "Sure, please confirm the e-mail or phone linked to the account and note any wallet balance will be forfeited.",
        ),
        (
            "user",
            "email is vanessa.yeo.lx@gmail.com, balance only $1.20 never mind. I moved to Penang already, so no more using the Sengkang outlet.",
        ),
    ],
]
