# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en94: SG/MY laundries, dry cleaners and tailors (orders, alterations, lost items, customer cards, complaints). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en94
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop notices and price lists"): _lines("""
        NOTICE: Items not collected within 90 days will be donated. Management is not responsible thereafter.
        Dry clean: shirt $4.50 | pants $6 | 2pc suit $16 | 3pc suit $21 | kebaya from $18 | wedding gown from $120
        Express 4-hr service +50%. Last express order 1pm. Closed Sun & PH.
        Alterations: hem pants $8 (invisible hem $10), take in waist $12, shorten sleeves w/ buttons $15, replace zip $10-18.
        Wash & fold by kg: min 4kg, $3.20/kg. Comforters charged separately (single $15 / queen $20 / king $25).
        Pls check ur pockets before passing us the clothes!! We are not responsible for coins, pens, tissue or earpiece lost in the wash.
        CNY rush: last day to drop off for collection before CNY is 10 Feb. Orders after that ready after Chap Goh Mei.
        Self-service laundromat: washer 10kg $5 / 18kg $8, dryer $1 per 8 min. Accepts coins, NETS & PayNow QR.
        We now accept PayNow to UEN 201934812K (Sunshine Wash Pte. Ltd.) - pls screenshot the payment and show at counter.
        Membership card T&C: 10 stamps = 1 free shirt. Card is not transferable, has no cash value, and lost cards will not be replaced.
        Leather & suede items are sent to our specialist partner, 10-14 working days, price quoted after inspection.
        Opening hrs: Mon-Sat 8am-8pm, Sun 9am-1pm. Hotline 6748 2219 / WhatsApp Business 8012 3390 (msg only, no calls).
        FOUND: grey Uniqlo blazer size M left in Dryer 6 on 2 Dec. Describe the item & the date to claim at the counter.
        School uniform alteration season! RI, RGS, ACS & Nanyang crest buttons in stock - bring the old shirt for matching.
    """),
    ("en", "POS receipts and system logs"): _lines("""
        ORDER #SW-260412-0087 | 3 pcs | Dry Clean | Ready: 14/04/2026 17:00 | Paid: $21.50 (NETS) | Counter 2
        [2026-11-28T09:14:33+08:00] INFO pos.sync: pushed 148 tickets to hq, batch_id=7f3c9a2e41b0, latency=812ms
        Tax Invoice No. INV-2026-004417  GST Reg No. M90-3721845-K  Subtotal $46.00  GST 9% $4.14  Total $50.14
        J&T tracking JT0028817364512MY - status: Out for delivery (Shah Alam Hub), ETA 2-6pm
        Barcode tag 0004471829 printed x12 | rack B-17 | conveyor slot 233
        SELECT order_id, status, ready_at FROM orders WHERE branch_id = 'PJ03' AND status = 'READY' AND ready_at < NOW() - INTERVAL '30 days';
        v3.8.2 (build 20261119.4) - fix: Epson TM-T82 receipt cutter error; fix: SMS template truncated at 160 chars
        export_orders_2026-11.csv sha256=9b1e4c7d0f2a8b3e5c6d7a8f9e0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b rows=5113
        Z-REPORT 30/11/2026 - 212 tickets, cash $1,184.20, NETS $2,406.50, PayNow $3,118.00, refunds $36.00 (2)
        2026-12-01 15:42:07 DRYER#4 ERR E-12 exhaust blocked; reset at panel 15:49; cycle resumed 15:51
        Shopee order 261128K7QW3B2N - Mesh laundry bag 60x90cm x3 - RM23.70 - SPX MY tracking SPXMY04582917366
        Rule: customer card numbers LC-10000000 to LC-19999999 are reserved for the Bukit Timah branch.
        WARN ticket #KL-88213 voided reason=DUPLICATE by=system at 2026-12-01 10:02:11 +0800
    """),
    ("en", "fabric care and tailoring guides"): _lines("""
        Silk should be dry-cleaned, or hand-washed cold with a pH-neutral detergent. Never wring it.
        The circle with a P on a care label means professional dry clean with perchloroethylene or hydrocarbon solvent.
        On a kebaya the sulam embroidery runs along the front edges, so taking in the side seams is usually safe but re-cutting the front is not.
        A standard trouser hem allowance is about 4 cm; a turn-up (cuffed) hem needs around 10 cm.
        Songket should not be washed. Air it in the shade and store it rolled, not folded, with acid-free tissue.
        Let a suit rest 24 hours between wears, and steam rather than iron the lapel roll.
        Hand-drawn batik can bleed - wash it separately the first time in cold water with a little salt.
        Measure the chest at the fullest point under the arms with the tape level, then add 10-12 cm ease for a regular-fit shirt.
        Wool felts with heat and agitation; once a sweater has shrunk in the dryer it cannot really be restored.
        Most cheongsam makers leave only a 1.5 cm seam allowance, so letting one out by more than one size is rarely possible.
        Yellow underarm stains: soak in sodium percarbonate at 40C for 2 hours before the normal wash.
        With humidity around 80% in SG/MY, store garments with silica gel or run a dehumidifier in the wardrobe to stop mould.
    """),
    ("en", "reviews and local lore"): _lines("""
        The tailors along Jalan Tuanku Abdul Rahman have been cutting baju Melayu since before Merdeka - try the ones near Masjid Jamek.
        Someone brought in a full Phua Chu Kang costume for Racial Harmony Day, yellow boots and curly wig included. We cleaned the shirt only lah.
        P. Ramlee's stage costumes at the Pustaka Peringatan P. Ramlee are cared for by museum conservators, not sent to a dobi.
        We're the appointed linen vendor for two nursing homes near Tan Tock Seng Hospital - pickup daily at 6am.
        5 stars. Ah Seng Dry Cleaning at Toa Payoh Lor 8 saved my wedding suit after a red wine disaster. Uncle very patient, price fair.
        2/5 - Madam Lim's Alteration at Peninsula Plaza took 3 weeks for a simple hem. Quality ok but damn slow.
        Lee Kuan Yew and the PAP candidates wore all-white at the 1959 rally, and the white shirt became the party's signature look.
        Sun Yat-sen popularised the tunic suit that Chinese tailors still call the Zhongshan suit.
        The Inverness cape in our window is from a school Sherlock Holmes play - it's a costume, not for sale.
        Kids' Elsa and Mulan costumes from the concert: polyester, machine wash cold, no dryer please.
        Our association's 2025 survey counted about 1,100 laundry and dry-cleaning outlets in Singapore, down from roughly 1,500 a decade earlier.
        Lucky Plaza and Far East Plaza tailors will make a suit in 48 hours, but a proper half-canvas takes at least two fittings.
        Kedai dobi at Jalan Sultan Ismail closed after 40 years; the landlord is redeveloping the shophouse row.
    """),
    ("en", "data handling and templates"): _lines("""
        PDPA reminder: do NOT write a customer's full NRIC on the order ticket. Use the mobile number, or the last 3 digits + letter only for high-value collection.
        SMS template: "Dear {name}, your order {order_id} is ready for collection at {branch}. Pls collect by {date}. Reply STOP to opt out."
        Customer card form fields: Name / Mobile / Email / Birthday month (optional) / Consent to marketing [ ] Yes [ ] No
        CCTV footage is deleted after 30 days unless an incident report has been filed.
        If a customer asks what data we hold about them, forward it to dpo@sunshinewash.com.sg within 1 working day; we must reply within 30 days.
        Items found in pockets (IC, bank cards, passes) must be sealed in a labelled envelope and logged. Never photograph them.
        Lost item claim form - Order no: ______ Date dropped off: ______ Description of item: ______ Declared value (RM): ______
        WhatsApp broadcast: send only to customers who opted in, max one promo per week, always include an unsubscribe line.
        Retention: order records 5 years (tax); customer card data until the card is closed + 12 months, then purge.
        Example record for staff training: {"customer": "<NAME>", "phone": "<PHONE>", "items": 3, "service": "dry_clean"}
        Malaysia's PDPA 2010 was amended in 2024 to add mandatory breach notification and a right to data portability.
        Google review reply: "Hi {reviewer_name}, thanks for your feedback on order {order_no}. We're sorry about the delay - pls DM us so we can make it right."
    """),
    ("ms", "notis dan iklan kedai dobi"): _lines("""
        Dobi Layan Diri 24 jam. Mesin basuh 10kg RM5, pengering RM1 setiap 8 minit. Terima Touch 'n Go eWallet.
        Sila ambil pakaian dalam tempoh 30 hari. Pakaian yang tidak dituntut akan didermakan.
        Jahit baju kurung, baju Melayu & langsir. Tempahan raya ditutup 15 Mac, siapa cepat dia dapat!
        Kedai Jahit Pak Mat, Jalan Tun Razak - tempahan baju sekolah & uniform pengakap dibuka sekarang.
        Harga cuci kering: kemeja RM6, seluar RM7, kot RM15, jubah RM12, telekung RM10.
        Barang hilang? Hubungi talian khidmat pelanggan 1-300-88-2299 (Isnin-Jumaat, 9 pagi-6 petang).
        Perhatian: Mesin no. 3 rosak. Juruteknik akan datang hari Khamis. Maaf atas kesulitan.
        Tuntutan ganti rugi maksimum 10 kali caj cucian, tertakluk kepada terma dan syarat.
        Kad ahli: kumpul 10 cop, dapat 1 cucian percuma. Kad tidak boleh dipindah milik.
        Dobi Ceria Sdn. Bhd. No. Pendaftaran SSM: 202301045512 (1512345-T)
        Jangan masukkan kasut dalam mesin basuh. Guna mesin khas kasut di sebelah kiri pintu.
        Kami tutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April. Selamat Hari Raya, maaf zahir & batin.
    """),
    ("zh-Hans", "洗衣店与裁缝通知"): _lines("""
        本店提供干洗、水洗、熨烫及修改服务，旗袍、西装、婚纱均可处理。
        取衣请出示收据，遗失收据者须提供订单号。
        农历新年前最后收衣日期：2月10日，请提早安排。
        洗衣价格：衬衫$4.50，西裤$6，两件套西装$16，被套（大）$20。
        客户服务热线：6291 7730（周一至周六 上午9时至晚上7时）。
        衣物超过90天未领取，本店有权自行处理，恕不另行通知。
        晚晴园（孙中山南洋纪念馆）陈列的中山装，是了解早期南洋裁缝工艺的好去处。
        订单号 LC-20261203-0451 已完成，请于营业时间内领取。
        皮革、麂皮类衣物需外送专门店处理，约需10至14个工作日。
        会员卡积满十个印章可免费洗一件衬衫，卡片遗失恕不补发。
        请勿将身份证、银行卡等遗留在口袋内；如有发现，本店将封存登记，凭单领取。
        电影《花样年华》中张曼玉穿的高领窄身旗袍，至今仍是不少顾客定制时的参考款式。
    """),
    ("en", "staff ops chat"): _lines("""
        boss the steam press at Bedok branch leaking again, I already call the Electrolux service line, they come tmr 10am
        pls remember tag every piece b4 putting in the basket, yesterday 3 shirts no tag cannot trace which order
        Tampines outlet low on hangers, need 500 wire + 100 suit hangers by Fri
        reminder: solvent delivery 4 drums on Weds, pls clear the back area
        CNY roster out, check the group photo. want to swap shift must inform supervisor 1 week before
        the kebaya from order 8812 already had a small hole at the armpit when dropped off, I wrote on the ticket & took photo of the garment
        aircon in sewing room spoil again, too hot cannot work, who has the landlord hotline?
        today total 62 orders, 9 express, 2 complaints (1 shrink, 1 missing button) both settled liao
        JB branch ringgit float RM500 pls count before closing
        lalamove coming 3pm to pick up the hotel linen, 12 bags, loading bay B
        new price list effective 1 Jan, pls replace the A4 at counter & update POS
        anyone know how to remove turmeric stain? the briyani one from the wedding tablecloths
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order #SW-260412-0113 - Cust: Jeremy Tan Wei Liang, 9127 4836, Blk 418 Bedok North Ave 2 #09-227 S(460418). 2 suits, deliver Sat am.
        Lost item complaint: Mdm Koh Siew Lan (NRIC S****830I, hp 8345 2190) says her late husband's Rolex was in the blazer pocket when she dropped it off on 3 Nov.
        Customer card LC-10458822 registered to Nurul Aisyah binti Kamarudin, IC 920314-10-5528, DOB 14/03/1992, nurul.aisyah92@gmail.com
        Alteration note: Mrs Priya Nair had a left mastectomy in Aug, pls pad the left side of the blouse & keep the neckline high. She's sensitive abt it, don't mention at collection.
        Refund $84.00 to Visa 4556 3301 8842 7711 exp 09/28, cardholder DARREN LOH KAH MENG - shrunk wool coat.
        Hi I'm Farah from Blk 52 Marine Terrace #03-14, my bf Shawn collected my stuff yesterday, can u confirm he signed for order 0451? my no. 9688 0217
        Pls deliver the 6 sets of uniforms for Rajesh Kumar s/o Selvam, FIN G5738201K, to Westlite Toh Guan dorm, room 12-08.
        Bride: Chloe Ang, wedding 18 Jan 2027 at the Fullerton. Final fitting 3 Jan. Bust 84 / waist 64 / hip 90 - she's 3 months pregnant so leave extra at the waist.
        Driver of SMB 4821 G will collect for Mr Lionel Seah (The Sail @ Marina Bay, unit 12-03) - leave the garment bags at concierge.
        Small Claims Tribunal claim SCT/2026/004118: Ms Vanessa Chia Hui Min v. Sparkle Dry Clean Pte Ltd, $2,300 for a damaged Dior gown, hearing 14 Jan 2027.
        Payslip Nov 2026 - Mohd Hafiz bin Rahim, presser: basic $1,950 + OT $312.40, CPF (employee) $452.48, net paid by PayNow to 8012 7745.
        HK customer Ms Wong Ka Yan, HKID K582913(5), +852 9476 2381 - 3 cheongsams to take in, collecting before her flight on 20 Dec.
        Tailored suit for Mr Zhou Haoran, PRC ID 310115197903054216, WeChat zhr_1979sh, ship to 上海市浦东新区张杨路1288弄5号1902室
        Mr Oliver Bennett, Australian passport PB9032718, Mandarin Oriental rm 1418: 2 shirts + 1 blazer, must be ready by Thu 6pm (flying SQ231).
        From kelvin.ong.kk@hotmail.com: "My son Ethan is allergic to fragrance and his eczema flared all over after your 'unscented' wash. Pls check your detergent." - Kelvin Ong
        Card found in pocket of order 8812: POSB debit ending 3081, name on card S. BALAKRISHNAN. Owner called from 9334 5612 and collected it on 2 Dec.
        Ms Lin Yi-Ting (Taiwan ID F228147353), 55 Eng Hoon St #02-41 - dress to shorten by 3 cm, prefers pickup after 6pm.
        Loyalty sign-up | Name: Tan Boon Huat | Mobile: +65 9812 3065 | Birthday: 07/11/1958 | Email: bh.tan58@singnet.com.sg | Marketing: Y
        FOUND in jeans from Dryer 3: NRIC card T0312856Z, ONG LI XUAN - keep in safe until she comes back.
        Uncle Goh at Blk 203 Tampines St 21 #07-112 sends his late wife's cheongsams every month. He has early dementia - his daughter Irene (9004 2271) says call her, not him.
        Refund RM150 to Maybank 514022338812, a/n Siti Hajar binti Osman, for the lost tudung set (order KL-88213).
        Pls note Mr Daniel Fernandez, 13 Jalan SS2/64, Petaling Jaya, wants pickup after 7pm only - he works night shift at Sunway Medical.
        Lim Siew Lian's pay was docked $120 for the burnt shirt, don't tell the others. She's also on 2 wks MC for her back, slipped disc.
        Hi, I'm Marcus Yeo, 2 of my shirts went missing from order #TB-55102. I live at 21 Jalan Kembangan S(419127), tel 9171 6604. marcus.yeo.jk@gmail.com
        Nora Halim's work uniform came back with blood stains again - she told the counter she's on dialysis and her fistula bleeds sometimes.
        Jasmine Teo, MyKad 930127-01-6644, asked us to update her delivery address to 8 Hillview Rise #11-05.
        CCTV shows the lady who took the wrong bag was Mdm Rosnah from upstairs, Blk 9 Jalan Bukit Merah #05-33 - she'll return it tmr.
        The man who collected order 2207 said his name is Benjamin Low. He said the suit is for his court date next week, he's been charged with drink driving.
        PayNow refund to NRIC S7640192F (Mr Tay Guo Wei) - $45 for the missing button & late delivery.
        Mrs Aishwarya Menon - no leather or horn buttons on her son's uniform (religious reasons). Deliver to 47 Jalan Dato Keramat, 10150 Penang, WhatsApp +60 17-620 9953.
        Ms Xu Ling from Xiamen, +86 159 6021 3384, ordered 4 shirts; ID 350203199304221840 is on the customs declaration.
        @joanne_kwek_sg asked on Telegram if we can rush her dad Kwek Hock Seng's suit for his wake on Sat - he passed away Tue at NUH.
        Deposit for custom nyonya kebaya set paid by Mastercard 5204 7411 9038 2657, name on card NG PEI SHAN, balance $260 on collection.
        Measurements for Hafizuddin Roslan (Form 5, SMK Seksyen 9 Shah Alam): chest 96, waist 92. Mum says doctor diagnosed him pre-diabetic, wants a looser cut.
    """),
    "ms": _lines("""
        Encik Zulkifli nak ambik baju melayu dia esok, no tel 012-378 4461, dah bayar deposit RM80 guna DuitNow.
        Pelanggan: Puan Rohaya binti Ahmad, No. KP 780611-01-5268, alamat No. 12, Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor.
        Tuan Haji Azman baru keluar wad sebab sakit jantung, tak boleh datang ambil. Anak dia, Amirul (019-552 3018), ambil baju Sabtu ni.
        Aduan: Cik Farhana Yusof kata tudung dia hilang lepas cucian, order KL-70315, minta ganti rugi RM120. Emel farhanayusof88@yahoo.com
        Kad ahli DB-00412: Lim Kok Seng, 870902-14-6131, tel 011-2345 8870, tarikh daftar 02/09/2025.
        Tempahan baju nikah Nur Izzati & Hakim, akad 14 Feb 2027 di Masjid Shah Alam. Ukuran pengantin perempuan: dada 86, pinggang 68.
        Hantar ke rumah Mak Cik Salmah binti Yaakob, Lot 233 Kampung Baru Sungai Buloh, dia OKU guna kerusi roda, tolong bawa naik.
        Gaji Kak Ros (Rosmawati bt Daud) bulan ni RM1,700 + elaun RM150, masuk akaun CIMB 7012458830.
        Bayaran balik RM95 ke akaun Bank Islam 14023010055871 atas nama Mohd Faizal bin Ismail.
    """),
    "zh-Hans": _lines("""
        客户陈佳怡，身份证440304198807163522，微信chenjy_0716，定做旗袍两件，寄往深圳市福田区福华三路88号。
        张国梁先生手机 +86 138 2654 7719，西装裤脚改短3厘米，下周三来拿。
        林太太住在大巴窑4巷第78座#10-1342，她说丈夫刚做完心脏搭桥手术，请送货上门。
        遗失物品：何美玲女士说翡翠手镯放在外套口袋里，订单号 LC-20261129-0218，电话 9233 4517。
        会员卡登记：黄志伟，1985年6月2日出生，电话 8845 1290，邮箱 zw.huang85@outlook.com
        吴佩琪小姐投诉我们把她的婚纱弄破了，她已向消费者协会投诉，并要求赔偿$1,800。
        港客梁颖诗，香港身份证 Y407218(7)，电话 +852 6123 9087，旗袍要改腰身。
        郑先生车牌 SKV 73 T，每周五来取衬衫，住在Nassim路的公寓#08-02。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi is this Sparkle Laundry Jurong West? I drop off 2 bags on Monday"),
        ("assistant", "Hi! Yes this is Sparkle Laundry. May I have your order number?"),
        ("user", "JW-30218. one white baju kurung missing, my mum's one"),
        ("assistant", "Sorry about that. We'll check the racks. Who should we contact once found?"),
        ("user", "me Siti Nur Ain, 8871 0342. can send to blk 658B Jurong West St 65 #12-301"),
    ],
    [
        (
            "system",
            "You are the booking assistant for Kim's Bespoke Tailor, Far East Plaza. Help customers schedule fittings.",
        ),
        ("user", "Can I book a home fitting for my father? He can't travel after his stroke."),
        (
            "assistant",
            "Of course. Home fittings are available Tue-Thu. Could you share the address and a contact name?",
        ),
        (
            "user",
            "His name is Mr Chua Teck Beng, 2 Jalan Bingka, S(599765). Left side is weak so he needs magnetic buttons.",
        ),
        (
            "assistant",
            "Noted. We've tentatively booked Wed 10am. A tailor will call the day before.",
        ),
        ("user", "pls call me, Alvin, 9246 1180"),
    ],
    [
        ("user", "I'm collecting a high-value item, the Loro Piana coat"),
        (
            "assistant",
            "For high-value collections we need to verify the ID of the person on the ticket.",
        ),
        ("user", "Ticket is under Grace Lee Mei Ling"),
        ("user", "NRIC T9921035J"),
        ("assistant", "Thank you Ms Lee, your coat is ready at counter 1."),
    ],
    [
        ("user", "Salam, sy nak tanya tempahan baju raya dah siap ke?"),
        ("assistant", "Waalaikumsalam. Boleh berikan nama dan nombor telefon yang didaftarkan?"),
        ("user", "Nama Noraini binti Hassan"),
        ("user", "tel 013-447 2916, IC 850412-08-5530"),
        ("assistant", "Terima kasih Puan Noraini, baju siap Khamis ini."),
    ],
    [
        ("user", "你好，我在新加坡旅游，想改一条西裤"),
        ("assistant", "您好！请问需要改长度还是腰围？大概什么时候要取？"),
        ("user", "改短4厘米，后天上午就回国了"),
        ("assistant", "可以加急，后天上午10点前可取。请留下联系方式。"),
        ("user", "我叫马文杰，电话 +86 186 0213 5574，住在乌节路的酒店1706房"),
    ],
    [
        ("user", "can check my member points? card number LC-10773105"),
        (
            "assistant",
            "Sure. Card LC-10773105 is registered to Mr Suresh Pillai, mobile 9017 3328, birthday 23 Aug. You have 7 stamps - 3 more for a free shirt!",
        ),
        ("user", "thanks, can change the email to suresh.p.1975@gmail.com"),
        ("assistant", "Done, your email has been updated."),
    ],
    [
        ("user", "What's the best way to wash compression garments?"),
        (
            "assistant",
            "Hand wash in lukewarm water with mild detergent, no fabric softener, and air-dry flat away from direct sun.",
        ),
        (
            "user",
            "ok. they're my wife's, Michelle Yap, she had lymphoedema after her cancer surgery. can your shop handle them weekly? we're at 30 Lorong Ong Lye",
        ),
        ("assistant", "Yes, we can set up a weekly pickup. We'll treat them as delicates."),
    ],
    [
        (
            "system",
            "You handle deposits for Couture by Sabrina, Kuala Lumpur. Never repeat full card numbers back to the customer.",
        ),
        ("user", "I want to pay the RM500 deposit for the bridal gown"),
        ("assistant", "Sure, please provide the cardholder name and card details."),
        ("user", "Cardholder TAN XIN YI, 4147 0966 2513 3081, exp 11/29"),
        (
            "assistant",
            "Thank you, the deposit of RM500 has been received for the card ending 3081.",
        ),
    ],
    [
        ("user", "Manager, Ah Meng cannot come in this week"),
        ("assistant", "What happened?"),
        (
            "user",
            "Teo Ah Meng from the Clementi outlet - hospital says dengue, warded at NUH till Fri",
        ),
        ("user", "also his Nov OT $280 not paid yet, he keep asking. his PayNow is 8703 4419"),
    ],
    [
        (
            "system",
            "CRM context - customer: Ms Hannah Kaur, +65 9535 7720, 11 Keppel Bay View #06-02, Gold tier, note: allergic to perc solvent, use wet-clean only.",
        ),
        ("user", "Hi, what time do you close today?"),
        (
            "assistant",
            "Hi Hannah! We're open till 8pm today. Your wet-clean order will be ready by 5pm.",
        ),
    ],
]
