# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en229: SG/MY furniture, mattress and curtain shops (orders, deliveries, measuring, warranty, instalments, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en229
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "order_invoice"): _lines("""
        Order SO-2611-04827 confirmed: 1x Cloud Nine Pocket Spring Mattress (Queen, 152x190cm) S$1,289.00, 1x Solid Teak Bedframe TK-QB-07 S$1,150.00. Deposit S$700 paid via PayNow to UEN 201734562K, balance due on delivery.
        TAX INVOICE INV/2026/11/00913 | Lorong Kinabalu Furnishings Pte Ltd | GST Reg No. M2-0087451-3 | Subtotal S$3,412.84 | GST 9% S$307.16 | Total S$3,720.00
        Quotation Q-KL-5518 (valid 14 days): dim-out curtain, 2 panels, track 3.2m, fabric code DO-221 Beige, RM 1,146.00 incl. installation. Customer: ________ Contact: ________
        Hi, your order #MY88120447 from Sofa Seni Sdn Bhd (202001034471 / 1378822-P) has been packed and will be handed to our delivery team tomorrow. Reply STOP to unsubscribe.
        Receipt 0047-0311-2289, Jurong Point outlet, 03/12/2026 19:42, POS-03. Memory foam pillow x2 @ S$89.00, voucher -S$20.00, NETS S$158.00. Thank you, please come again!
        Split order notice: items 1-3 ship from our Senai DC this week; item 4 (custom L-shape sofa, 8-10 weeks lead time) ships separately under ref SPL-00412-B.
        Credit note CN-2026-0088 issued against INV-2026-3371 for one returned walnut side table, S$239.00 refunded to the original payment method within 7-14 working days.
        Price list update 1 Dec 2026: Spine Guard Queen from S$2,399 to S$2,199; Crown Jewel King unchanged at S$5,899; all bedframes +3% from 1 Jan due to freight.
        PO 4500218834 to Foshan Meijia Furniture Co., Ltd.: 40x dining chair DC-118 walnut, FOB Shekou, USD 23.50/unit, ETD 12 Jan 2027, payment T/T 30/70.
        Sales summary week 48: 312 orders, 41 mattresses returned under the 100-night trial (13.1%), average basket S$1,874, top SKU BF-STOR-Q storage bedframe.
        Dear [Customer Name], thank you for your purchase of [Item] on [Date]. Your order number is [Order No.] and your delivery slot is [AM/PM] on [Delivery Date].
        Please make payment to Kayu Jati Living Sdn Bhd, Maybank corporate account 5142-7788-0031, quoting the invoice number as reference. Cash is not accepted at delivery.
        Order MT-77102 status history: PAID > PICKING > QC_PASSED > OUT_FOR_DELIVERY (last updated 2026-12-04T10:15:22+08:00).
    """),
    ("en", "delivery_dispatch"): _lines("""
        Dispatch 05/12: Truck T-07 (14ft), 8 drops, West zone, first drop 9:30am Jurong West, last drop Tuas South ETA 5:45pm. Crew: driver + 2 helpers.
        Delivery for postal districts 53 to 57 on Tuesdays and Fridays only. No deliveries to HDB blocks after 8pm, no drilling after 6pm on weekends.
        Tracking JNT-MY-630015882217: Departed Shah Alam hub 03:12 > Arrived Johor Bahru sorting 09:48 > Out for delivery 11:05.
        Stair-carry surcharge S$15 per floor above level 3 where the lift does not stop; walk-up shophouses are quoted on site by the team leader.
        Failed delivery code FD-04 (no lift access for 2.1m wardrobe): 6 cases this month, all rescheduled as dismantle-and-reassemble jobs.
        Reminder to all crew: shoe covers on at every unit, photograph the packaging before unboxing, take back the old mattress only if the S$40 disposal fee is paid.
        Route plan v3.2 exported 2026-12-05 22:10: 47 stops, 312 km, fuel est. RM 168.40, toll RM 54.10 (Bukit Kayu Hitam run not included).
        Slots next week: Mon AM full, Mon PM 2 left, Wed AM 4 left, Sat all full. Book via delivery@sofaseni.com.my or call our main line 03-7931 5580.
        Old sofa removal is S$60 per seat, handled by our NEA-licensed general waste collector (licence GWC-2026-0412). Mattress removal S$40 each.
        Customer B's bedframe arrived with a cracked slat; replacement slat goes out with the next West zone run, no charge.
        Container MSKU 7736128 with 68 sofas cleared Westport, Port Klang on 2 Dec; stuffing list and packing list attached for the warehouse.
        Pickup counter: Senai warehouse, Lot PTD 4412, Jalan Persiaran Teknologi, 81400 Senai, Johor. Mon-Sat 10am-6pm, bring your order slip.
        Heads-up: three drops today around Tan Tock Seng Hospital and the Novena medical centres, avoid Balestier Road after 5pm, jam like crazy.
    """),
    ("en", "measuring_visit"): _lines("""
        Measuring visit booking form: Name ________ / Mobile ________ / Address ________ / No. of windows ____ / Preferred slot: Sat 10-12, Sat 2-4, Sun 10-12
        Our measurer arrives within a 2-hour window with a laser meter and fabric swatch book. The visit is free within 15km of our Ubi showroom, S$30 beyond.
        Tip: measure the recess width at the top, middle and bottom and use the smallest figure; for ceiling-mounted tracks add 15cm on each side.
        For HDB BTO bay windows the sill height is usually around 1.2m, but some Tengah and Bidadari projects differ, so always confirm on site.
        Measurement sheet M-0912: W1 2410 x 2580mm (living, ripplefold), W2 1190 x 1300 (bedroom 2, roller blind), W3 890 x 1300 (study, zebra blind). Fabric ordered 14.6m.
        Curtain fullness: pinch pleat 2.5x, ripplefold 2.2x, eyelet 2.0x. Sheer day curtain available in 280cm-width roll only.
        Slot summary 7 Dec: 11 measuring visits (Punggol 4, Sengkang 3, Tampines 2, Woodlands 2); one measurer on MC, so 2 visits moved to 8 Dec.
        Is it normal for a motorised curtain track to need a power point within 1m of the end bracket? Asking before our electrician comes.
        Cancellations less than 24h before the slot forfeit the S$30 booking fee, which is credited to your final bill if you rebook within 14 days.
        Mattress fit check: a frame with internal size 153 x 191cm takes a standard Queen 152 x 190; older Super Single frames may be 105cm instead of 107cm.
        Site photo checklist for measurers: full wall, window frame corners, ceiling cornice, power sockets, aircon position, any existing hooks or brackets.
        Visit outcome code MV-3 (nobody home) was logged 9 times in November, down from 17 in October after automated SMS reminders went live.
        Roller blind chain side is left or right as viewed from inside the room. Default is right unless the job sheet says otherwise.
    """),
    ("en", "warranty_claims"): _lines("""
        Warranty: 10 years on mattress springs, 2 years on fabric and foam. Sagging deeper than 3.5cm with no body weight on the mattress counts as a defect.
        Claim WC-2026-00417 status APPROVED: replacement pocket spring unit dispatched from the factory, ETA 10 working days.
        Warranty card: Product ________ Serial No. ________ Date of purchase ________ Dealer stamp ________. Keep this card together with your official receipt.
        Not covered: stains, pet damage, bed bug infestation, use without a proper bed base, removal of the law label, commercial or rental use.
        Complaint stats Q3: 128 complaints (54 delivery delay, 31 product defect, 22 wrong colour, 21 other); median resolution time 6 days.
        Customer A reported the recliner motor grinding after 4 months; the technician found a loose bracket, fixed it on site, claim closed.
        To claim, email warranty@lorongkinabalu.sg with your invoice number, photos of the defect with a measuring tape, and the serial number on the law label.
        Serial format LK-{YY}{WW}-{line}-{seq}, e.g. LK-2647-B-00381 means week 47 of 2026, production line B, unit 381.
        Under the Lemon Law in Singapore, defects reported within 6 months of delivery are presumed to have existed at the time of delivery.
        Escalation path: store manager > customer care team > CASE mediation (SG) or the Tribunal for Consumer Claims (MY), claims up to RM 50,000.
        Technician report TR-8831: fabric pilling on 3-seater seat cushions, within normal wear; claim declined, 20% off a replacement cover offered.
        Leather on my sofa started peeling after 18 months, is that normally covered or considered wear and tear? Bought from a shop in Ubi.
        Factory RMA batch 11/26: 9 mattresses (CN-PS-Q x6, CN-PS-K x3), defect code D07 spring noise, return freight on supplier account.
    """),
    ("en", "instalment_plans"): _lines("""
        0% instalment up to 24 months with DBS, OCBC, UOB and Citibank credit cards, min spend S$500; IPP admin fee waived till 31 Dec 2026.
        Atome and Grab PayLater available: split into 3 payments, no interest. Not applicable to clearance and display items.
        Easy payment plan: RM 99/month x 12 months for the Harmoni 6-seater dining set (cash price RM 1,188), subject to approval.
        Instalment schedule IPP-009127: 12 x S$124.92, first charge 15 Jan 2027, final charge 15 Dec 2027. Card details masked.
        Note: IPP conversion is done at the counter terminal; online orders must use the bank's own EPP conversion within 30 days of the transaction.
        Instalment plans approved in November: 214 (Maybank 88, CIMB 61, Public Bank 40, others 25). Rejection rate 7%.
        If an instalment deduction fails we retry after 3 days; after 2 failures the plan converts to the full outstanding balance per clause 7.2.
        Interest-free offer excludes in-store consumer financing, which carries a flat rate of 0.75% per month on the financed amount.
        FAQ: Can I return a mattress bought on 0% instalment? Yes, within the 100-night trial; the bank cancels remaining instalments in 1-2 billing cycles.
        Hire purchase agreement template: Hirer [Full Name as per NRIC] / NRIC [S/T_______] / Address [________] / Guarantor [________] / Signature [____]
        SPayLater promo: 6 months 0% for orders above RM 300 from our official store, 12.12 only, while stocks last.
        Finance: reconcile OCBC_IPP_20261130.csv against POS; variance of S$42.10 traced to a voided transaction at the Jurong Point outlet.
        UOB IPP terminal for the Ubi outlet: merchant ID 000198237741, terminal ID 80012217. Settlement batch closes at 11pm daily.
    """),
    ("mixed", "shop_chat_faq"): _lines("""
        Boss, the 4-seater sofa in grey got stock or not? Want to pass by Ubi showroom this Sat lah.
        Hi, dim-out curtain can block 90% light anot? Baby room wanna make it dark dark one.
        Mattress 100 nights trial means can return after sleep on it ah? Return got charge or not?
        请问你们的窗帘可以上门量尺寸吗？Tampines 那边要收费吗？
        Ada stok tilam queen firm tak? Nak hantar ke Shah Alam minggu depan boleh?
        Wah the teak dining table very chio but RM 3,200 quite pricey leh, got raya promo or not?
        Showroom hours 11am-9pm daily. CNY eve close 3pm, 初一 and 初二 closed, 初三 open as usual.
        Auto-reply: Thank you for messaging Sofa Seni! Our CS team replies Mon-Sat 10am-7pm. For urgent delivery matters call 03-7931 5580.
        Can help check whether the L-shape sofa chaise can swap left or right? My living room layout a bit tricky.
        床垫送货需要多久？如果买两张可以一起送吗？
        Got curtain for HDB service yard window or not? The small one beside the washing machine.
        Is your Raffles armchair collection named after Sir Stamford Raffles? Looks like the ones in the Raffles Hotel lobby leh.
        Kids bunk bed like Nobita's room in Doraemon got sell? My kids keep asking for that one haha.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai ditutup pada 25 Disember 2026 sempena Hari Krismas. Penghantaran akan disambung semula pada 26 Disember.
        Promosi Tahun Baru: Diskaun 20% untuk semua tilam, sah sehingga 15 Januari 2027. Tertakluk kepada terma dan syarat.
        Pengukuran langsir percuma di sekitar Lembah Klang. Sila tempah melalui talian perniagaan kami 03-8070 2211.
        Waranti tilam 10 tahun hanya sah dengan resit asal dan label undang-undang yang tidak ditanggalkan.
        Pelan ansuran 0% sehingga 12 bulan dengan kad kredit Maybank, CIMB dan Public Bank. Belian minimum RM 1,000.
        Perabot dihantar dalam tempoh 7-14 hari bekerja untuk Semenanjung; Sabah dan Sarawak mengambil masa 3-4 minggu.
        Bilik pameran baharu kami di Jalan Tun Razak, Kuala Lumpur kini dibuka setiap hari dari 10 pagi hingga 10 malam.
        Aduan pelanggan bulan November: 37 kes, 21 berkaitan kelewatan penghantaran, semuanya telah diselesaikan dalam 10 hari.
        Borang tuntutan: Nama ________ No. Invois ________ Tarikh Pembelian ________ Gambar kerosakan ________
        Pelanggan diingatkan supaya memastikan lif boleh digunakan pada hari penghantaran; caj tangga RM 20 bagi setiap tingkat.
        No. Pendaftaran Syarikat: 201901023456 (1334567-X). Lesen Perniagaan MBPJ: L/2026/00871.
        Koleksi P. Ramlee: set sofa retro diilhamkan daripada filem klasik 1950-an, kini dengan harga istimewa RM 2,499.
        Cuti Hari Raya Aidilfitri: kedai tutup 2 hari; tempahan dalam talian masih diterima dan diproses selepas cuti.
    """),
    ("en", "ops_exports_config"): _lines("""
        CSV header: order_id,sku,qty,unit_price_sgd,delivery_zone,slot_code,status
        SO-2611-04829,MT-CN9-Q,1,1289.00,W3,AM2,OUT_FOR_DELIVERY
        {"event":"delivery.completed","order":"SO-2611-04831","truck":"T-07","ts":"2026-12-05T14:22:09+08:00","pod_photos":3}
        sha256(orders_20261205.csv.gz) = 9f4c2a7e1b03d58e6a2f7c914be0d3a5c81f6e2247b9a0d3e5f1c6a87b2d4e90
        delivery.max_drops_per_truck=9 ; measuring.slot_minutes=120 ; warranty.auto_approve_below_sgd=150
        ERROR 2026-12-04 23:41:07 sync_pos: outlet=JP01 batch=8812 duplicate receipt_no 0047-0311-2289 skipped
        SELECT zone, COUNT(*) AS drops FROM deliveries WHERE slot_date = '2026-12-08' GROUP BY zone ORDER BY drops DESC;
        release v4.7.2 (build 20261201.3): fix GST rounding on instalment orders; add field curtain_fullness_ratio; driver app photo proof-of-delivery.
        Masking rule for exports: customer_name -> initials, mobile -> last 4 digits hidden, address -> postal sector only, nric -> dropped.
        Redaction fixture: name=<REDACTED> nric=<REDACTED> phone=<REDACTED> order=SO-2611-04835 sku=CUR-DO-221
        0 2 * * * /opt/sofaseni/bin/export_orders --since=24h --out=s3://ss-exports/daily/
        Webhook retry policy: 5 attempts, backoff 30s/2m/10m/1h/6h, then dead-letter queue ss-dlq-orders.
        Alert: warranty_claims_open > 60 for 3d (current 64). Owner: customer care team lead. Runbook: wiki/ops/warranty-backlog
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Delivery note for Mdm Tan Siew Hoon, Blk 418 Bedok North Ave 2 #07-163, Singapore 460418. Call 9127 4408 before arriving, lift only stops at 6th floor.
        Instalment application: Muhammad Haziq bin Roslan, NRIC S8834127I, monthly income S$3,200, works as a rigger on Jurong Island, guarantor is his elder brother.
        Warranty claim WC-2026-00431: Kavitha a/p Rajendran, MyKad 880414-10-5523, mattress sagging 5cm at the centre, photos attached, contact 016-552 0873.
        Refund S$1,150.00 to Visa 4556 3310 2874 5197 for cancelled order SO-2611-04902, cardholder GOH JUN WEI.
        Mr Desmond de Souza asked us to hold the bedframe delivery because he is in hospital for a knee replacement until the 20th; his daughter will call to confirm.
        Please stop calling Mrs Lakshmi Narayanan about the outstanding balance this week, she told the counter her husband just lost his job and they are behind on everything.
        Work permit holder Nyein Chan Aung (FIN G5129374L), delivery helper, had S$120 deducted from his Nov pay for the scratched wardrobe and has filed a dispute with MOM.
        Measuring visit Sat 7 Dec 10am: Ms Clara Pereira, 27 Lorong Marzuki, Singapore 418790, clara.pereira82@gmail.com, 3 windows, wants ripplefold.
        Customer messaged from Telegram @weiming_hdb88 asking to move his delivery; he is Lim Wei Ming, order SO-2611-04877, wants Sunday instead.
        Sales consultant Jasmine Koh received a written warning for selling the display mattress as new to a customer at the Jurong Point outlet.
        Bank transfer received from LEE HUI MIN, POSB savings 183-47209-6, S$650 deposit for the 3-seater, please tag it to her invoice.
        Complaint from Rajesh s/o Pillai (9845 0316): our curtain installer drilled into a concealed pipe at his flat on Yishun Ring Road and the unit below got water damage.
        Auntie Rosnah who came to the Ampang showroom says her son is on dialysis, so the delivery must be before his Tuesday session, not after.
        Export order: Zhang Lihua, PRC resident ID 440306198604153722, 2 mattresses to be shipped to her home in Nanshan, Shenzhen; mobile 13827459061.
        Chan Ka Yan, HKID K628413(2), buying a sofa set for her condo in Johor Bahru; reach her on WhatsApp +852 6192 4730.
        Curtain order for Lin Yi-Ting, Taiwan ID A238164058, delivery to her Tanjong Rhu condo, phone 0928 316 547 on roaming.
        Ah Huat from the warehouse is going through a divorce, please don't roster him on weekends when he has the kids.
        Car SKQ4812C blocked our loading bay at Ubi again; the owner, Mr Ong from unit 05-12, is now claiming our trolley scratched his door.
        Outstanding RM 4,380 on HP-0917, Mohd Faizal bin Rosli, MyKad 920730-14-6071, 3 months in arrears, last known address No. 14, Jalan SS 2/64, 47300 Petaling Jaya.
        The lady from #05-12, Mdm Tan, cried at the counter: she bought the adjustable bed for her husband who has Parkinson's and it arrived with a broken motor.
        Measurer Suresh a/l Muniandy, November commission RM 2,840 plus basic RM 2,300; payslip sent to suresh.muniandy@yahoo.com.
        Installer Ramil Dela Cruz hurt his back lifting a king mattress on Monday; 5 days MC and no stair-carry jobs for him till January.
        IG @sheryl.homenest tagged us in a story about the peeling sofa; she is Sheryl Oliveiro, order SO-2611-04412, we offered her a new cover.
        Crew reported the Sengkang customer, Mr Tan Boon Huat, was drunk and shouting at his wife during the install; send two crew if we go back.
        Mastercard 5204 7418 6302 9577 exp 08/28 declined twice for IPP; customer Priya d/o Ganesan says she will come back with another card.
        Replacement mattress delivery to Noraini binti Hashim, 019-284 6631, Lot 1123 Kampung Batu 5, 43000 Kajang, Selangor.
        Finance says Mr Winston Teo is an undischarged bankrupt, so we cannot approve him for the 24-month in-house plan.
        NRIC T0251896H on the HP form belongs to the guarantor, Ms Ng Pei Shan, the applicant's younger sister, still a poly student.
        Driver Md Rakibul Hasan asked for a salary advance because his mother back home in Sylhet needs surgery next month.
        Email from amirul.hakim92@gmail.com: my bedframe slats broke after 2 weeks, order LK-6621, pls call me at 8019 6624 after 6pm.
    """),
    "ms": _lines("""
        Pelanggan Siti Aminah binti Abdullah, tel 012-738 4419, minta tukar tarikh penghantaran tilam ke 14 Disember sebab dia masuk wad bersalin.
        Tuntutan waranti: En. Hafiz bin Kamal, No. KP 751102-07-5318, sofa kulit mengelupas, alamat 22 Lorong Kenari 3, 11900 Bayan Lepas, Pulau Pinang.
        Kak Ros dari Taman Melawati belum bayar ansuran tiga bulan; suaminya kata dia sedang menjalani rawatan kanser dan minta tangguh.
        Bayaran balik RM 1,250 dikreditkan ke akaun CIMB 7063441209 atas nama Nurul Syafiqah binti Zainal untuk pesanan langsir yang dibatalkan.
        Pemandu lori kami, Azman, digantung kerja seminggu kerana memandu laju dan gagal ujian air kencing.
        Penjamin pelan ansuran: Tan Kok Leong, MyKad 010925-01-4412, pelajar universiti, anak kepada pemohon.
        Kereta JQT 7742 milik Puan Zarina tercalar masa kru kami angkat almari di rumahnya di Taman Universiti, Skudai; dia minta ganti rugi.
        Cik Farah dari cawangan Kota Bharu minta cuti tanpa gaji sebab nak jaga ayahnya yang lumpuh selepas strok.
    """),
    "zh-Hans": _lines("""
        陈阿姨住在3栋12楼，她说床垫有臭虫要求退货，她儿子的电话是 9184 3307。
        客户黄志强，身份证 350203199108271066，订了一套实木餐桌送到厦门思明区，手机 15960283417。
        销售员林秀英因为私下收客户红包被公司记大过，这个月奖金全部取消。
        送货师傅说刘先生家里的老人刚去世，这周不方便上门装窗帘，改到下周。
        分期付款申请人：吴佩玲，新加坡 FIN F2743068Q，月薪 S$2,800，在裕廊一家工厂做操作员。
    """),
    "mixed": _lines("""
        Eh boss, Mdm Lim from Blk 233 Tampines St 21 #11-48 call again lah, she say the curtain 还没装好, her number 8362 1957.
        Uncle Ah Seng 的 sofa warranty claim rejected because got cat scratch, he very angry, his wife 说 he got high blood pressure don't let him stress.
        Bos, customer Encik Shahrul (WhatsApp 011-2645 7302) nak bayar deposit guna card 4000 5718 2936 4183, boleh ambil over phone tak?
        请帮忙 check order SO-2611-04950 for Mr Wong Kar Hing, HKID Y305917(9), he flying back HK 下礼拜, must deliver to his Bukit Timah condo before that.
        Kak Yati said Ravi from the Klang branch 被 caught taking cushions from the warehouse, boss already fire him but don't tell others ah.
        WeChat ID chenmeiling_1987 那个客人陈美玲 say mattress return already but still no refund, 她的 OCBC account 601-284719-001, please transfer back S$1,289.
        Ms Tan, 你的 measuring visit confirmed 8 Dec 2-4pm at 51 Jalan Chempaka Kuning, Singapore 458742, she say bring own ladder 因为 her ceiling very high.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer care assistant for Lorong Kinabalu Furnishings. Help with orders, deliveries and warranty.",
        ),
        (
            "user",
            "Hi, my mattress from order SO-2611-04877 is sagging in the middle already, only 8 months. What do I do?",
        ),
        (
            "assistant",
            "Sorry to hear that. Please send photos of the dip with a measuring tape across it, plus the serial on the law label, and we will open a claim.",
        ),
        (
            "user",
            "Ok sent. I'm Loh Mei Xuan, my number is 9733 0582, can your technician come on Saturday morning?",
        ),
        (
            "assistant",
            "Thank you Ms Loh, claim WC-2026-00452 is opened and I have requested a Saturday AM technician visit. You will get an SMS confirmation.",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon pelan ansuran 12 bulan untuk set bilik tidur, berapa dokumen perlu?",
        ),
        (
            "assistant",
            "Untuk pelan ansuran dalaman, kami perlukan salinan MyKad, slip gaji 3 bulan terkini dan penyata bank. Pelan kad kredit 0% pula hanya perlu kad kredit anda.",
        ),
        (
            "user",
            "Ok, nama saya Mohd Ridzuan bin Hamzah, MyKad 860219-08-6635, gaji RM 3,900 sebulan, kerja kerani di Ipoh. Boleh lulus tak?",
        ),
        (
            "assistant",
            "Terima kasih Encik Ridzuan. Permohonan akan disemak oleh pasukan kewangan dalam 2 hari bekerja dan kami akan hubungi anda semula.",
        ),
    ],
    [
        ("system", "You book curtain measuring visits for a Singapore curtain shop."),
        ("user", "Want to book measuring for 5 windows, new BTO, got slot this Sunday?"),
        (
            "assistant",
            "Sunday 10am-12pm and 2pm-4pm are still open. May I have the address and a contact number for the measurer?",
        ),
        (
            "user",
            "2-4pm ok. Blk 672B Edgefield Plains #14-221, Singapore 822672. Call my husband Kelvin Chua at 8456 1290, I'll be at work.",
        ),
        (
            "assistant",
            "Booked for Sunday 2-4pm at Blk 672B Edgefield Plains #14-221. Our measurer will call Mr Chua 30 minutes before arriving.",
        ),
    ],
    [
        ("user", "你好，我想把一张床垫寄回上海我妈妈家，可以吗？"),
        (
            "assistant",
            "可以的，我们可以安排海运到上海，大约三到四周，运费另计。请提供收件人姓名、地址和电话。",
        ),
        ("user", "收件人周桂芳，上海市闵行区莘庄镇七莘路 1888 弄 12 号 501 室，电话 18620731594。"),
        ("assistant", "好的，已记录收件人周桂芳女士的地址和电话，报价单会在今天内发到您的邮箱。"),
    ],
    [
        (
            "system",
            "You are an internal assistant for the finance team of Sofa Seni Sdn Bhd. You may read the CRM.",
        ),
        ("user", "Which instalment accounts are more than 60 days overdue at the Klang branch?"),
        (
            "assistant",
            "Only one: HP-1042 under Farid bin Osman, balance RM 2,760, last payment 2 Sep. Notes say he was retrenched in August and asked to restructure.",
        ),
        ("user", "Ok, draft a polite reminder letter to him, don't mention the retrenchment."),
        (
            "assistant",
            "Dear Encik Farid, our records show the instalment for HP-1042 is overdue since September. Please contact our Klang branch to discuss a payment arrangement.",
        ),
    ],
    [
        (
            "user",
            "I want to complain about the installer who came yesterday to fix my roller blinds. He was rude and left the bracket hanging.",
        ),
        (
            "assistant",
            "I'm sorry about that. Could you share your order number and the best way to reach you so the service manager can follow up?",
        ),
        (
            "user",
            "Order CUR-7719. Email me at jeanette.fernandez.sg@outlook.com, my name is Jeanette Fernandez. I live at 18 Jalan Kechubong, Singapore 537301.",
        ),
        (
            "assistant",
            "Thank you Ms Fernandez. I have escalated CUR-7719 to the service manager, who will email you within one working day to arrange a re-installation.",
        ),
    ],
    [
        ("system", "You help the HR executive of a furniture retail chain write letters."),
        (
            "user",
            "Need a warning letter for our showroom sales Vignesh s/o Kumaran, he came to work late 9 times in November and was rude to a customer on 28 Nov.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Mr Vignesh, this letter serves as a first written warning regarding repeated late attendance in November and conduct toward a customer on 28 November.",
        ),
        (
            "user",
            "Add that his December incentive will be withheld and one more incident means a final warning.",
        ),
        (
            "assistant",
            "Added: As a result, your December sales incentive will be withheld, and any further incident will result in a final written warning.",
        ),
    ],
    [
        (
            "user",
            "Hi, can you deliver the hospital bed to my mum's place instead of mine? She has dementia so someone must be home.",
        ),
        (
            "assistant",
            "Sure, we can change the delivery address. Who will be at home to receive it, and what is the address?",
        ),
        (
            "user",
            "My mum is Mdm Koh Ah Lian, 81 years old, she stays at Blk 35 Marine Crescent. The helper Sri will open the door.",
        ),
        (
            "assistant",
            "Noted, delivery changed to Blk 35 Marine Crescent for Mdm Koh. Our crew will ask for Sri on arrival and set up the bed in the bedroom.",
        ),
    ],
    [
        (
            "user",
            "I returned the sofa two weeks ago but no refund yet. Can you transfer to my bank instead of card? The card is cancelled.",
        ),
        (
            "assistant",
            "Yes, we can refund by bank transfer. Please provide the account holder name, bank and account number.",
        ),
        (
            "user",
            "Account name Nurhayati binti Salleh, Maybank 1640 2219 8765. Also my IC is T0389512I if you need to verify.",
        ),
        (
            "assistant",
            "Thank you. The refund of S$899 will be transferred to the Maybank account ending 8765 within 5 working days.",
        ),
    ],
    [
        ("system", "You answer WhatsApp messages for a mattress shop in Johor Bahru."),
        (
            "user",
            "Bro, I parked my car at your loading bay to collect the mattress, plate JTK 5521, can tell your guard don't clamp ah.",
        ),
        ("assistant", "No problem, I'll inform the guard. How long will you be there?"),
        (
            "user",
            "15 mins only. Name Jason Lau, my Telegram @jasonlau_jb if anything, phone 017-390 2284.",
        ),
        (
            "assistant",
            "Okay Mr Lau, the guard has been told to allow vehicle JTK 5521 for 15 minutes. Your mattress is ready at counter 2.",
        ),
    ],
]
