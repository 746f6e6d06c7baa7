# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en22: gig-economy and e-commerce text from Singapore and Malaysia. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en22
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "product_listing"): _lines("""
        Xiaomi Redmi Note 13 Pro 5G 8GB+256GB, Malaysia set with 15 months SIRIM-approved warranty, RM1,099 after voucher.
        Carousell listing: IKEA MALM 6-drawer chest, white, 160x78 cm, self-collect at Tampines MRT exit B, S$60 firm, no lowballers.
        Anker 737 Power Bank 24,000mAh 140W, model A1289, PSB safety mark for Singapore, SKU ANK-A1289-BLK.
        Baju Kurung Moden cotton, sizes XS to 3XL, colour Dusty Pink, pre-order ships within 7 working days from our Shah Alam warehouse.
        Samsung Galaxy Tab S9 FE Wi-Fi 6GB/128GB in Gray, model SM-X510NZAAXME, local set, sealed box, 1-year Samsung Malaysia warranty.
        Durian Musang King frozen pulp 400g tray, Grade A, from Raub, Pahang, ships in insulated box with ice packs, West Malaysia only.
        Lego Technic 42151 Bugatti Bolide, 905 pieces, box slightly dented, all bags sealed, S$58, deal at Jurong East MRT control station.
        Philips Series 3000 Air Fryer HD9252/90, 4.1L, 1400W, comes with 3-pin UK plug (BS 1363) for SG and MY sockets.
        Tiger Balm Red Ointment 19.4g, batch 23K118, expiry 11/2027, sold by the official brand store only.
        Preloved Nintendo Switch OLED, serial starts with XTW, joycons no drift, comes with Mario Kart 8 and Animal Crossing, S$330 nego.
        Uniqlo AIRism cotton oversized tee, size L, never worn, tag still on, S$12 or swap for size M, mailing +S$2.50 via SingPost registered.
        Kopi-O kosong 3-in-1 premix, 40 sticks x 20g, halal certified by JAKIM, MeSTI approved, made in Ipoh.
    """),
    ("en", "faq"): _lines("""
        How do I change my delivery address after checkout? You can edit it only before the seller ships: My Purchases > To Ship > Order Details > Edit Address.
        Why was my GrabPay top-up reversed? Top-ups that fail the bank's 3-D Secure check are refunded to the source card within 7 to 14 working days.
        Can a Lalamove driver carry passengers? No. Drivers carry goods only; for moving house, book a Van or 1.7m lorry with extra helpers.
        What is Shopee Guarantee? Your payment is held until you tap Order Received, or released automatically 7 days after the estimated delivery date.
        How long does a Lazada refund take? Refunds to LazWallet are instant after approval; refunds to a credit card take up to 14 business days.
        Do riders accept cash for GrabFood orders in Johor Bahru? Yes, cash on delivery is available in selected areas, capped at RM100 per order.
        My parcel shows Delivered but I have not received it. What now? Check with your guardhouse or neighbours first, then raise a case in the app within 48 hours.
        Why does my fare show a surge? Fares rise during peak hours, heavy rain, or large events such as concerts at the National Stadium.
        Is the Carousell buyer protection fee refundable? The fee is refunded only if the order is cancelled before the seller ships.
        What do I need to sign up as a Foodpanda rider in Malaysia? A valid MyKad or work pass, a Class B2 motorcycle licence, and valid road tax.
        How do I report an item left in a GrabCar? Go to Activity, select the ride and tap Report lost item; a return fee may apply.
        Can I pay with Atome or ShopBack PayLater? Yes, for orders above S$20, split into 3 interest-free monthly payments.
    """),
    ("en", "terms"): _lines("""
        Clause 7.2: The Platform shall not be liable for any delay caused by force majeure, including floods, haze, public holidays and movement control orders.
        Vouchers are non-transferable, cannot be exchanged for cash, and are limited to one redemption per account, per device, per payment method.
        Sellers must dispatch orders within 3 working days (DTS); pre-order listings may set a DTS of up to 10 working days.
        A transaction fee of 2.18% (inclusive of 9% GST) is charged on the total order amount paid by the buyer, including shipping.
        These Terms are governed by the laws of Malaysia, and any dispute shall be submitted to the courts of Kuala Lumpur.
        Personal data is processed under the Personal Data Protection Act 2012 (Singapore) and the Personal Data Protection Act 2010 (Malaysia); see Privacy Notice v4.3.
        From 1 January 2025, platform workers in Singapore are covered by the Platform Workers Act 2024, with CPF contributions phased in for those born on or after 1 January 1995.
        A cancellation fee of S$4 applies if the booking is cancelled more than 5 minutes after a driver has been allocated.
        Prohibited items include lithium batteries above 160Wh, live animals, and controlled drugs under the Misuse of Drugs Act 1973.
        Refund requests must be raised within 15 days of order completion and supported by an uncut unboxing video.
        Section 12.4 (Indemnity) shall survive termination of this Agreement for a period of two (2) years.
    """),
    ("en", "promo"): _lines("""
        Use code GRABSG15 for 15% off GrabFood, min. spend S$25, capped at S$6, valid till 31 Dec 2026, 23:59 SGT.
        12.12 Birthday Sale: free shipping with min. spend RM15, plus RM12 off with code SHPMY1212, limited to the first 10,000 redemptions.
        Foodpanda pro members get free delivery on orders above S$15 from 1,500+ restaurants; the monthly plan is S$5.99.
        Lalamove new user promo: LALANEW20 gives 20% off your first van booking, max discount RM20.
        Flash deal 12:00-14:00: Milo 3-in-1 Activ-Go 36 x 33g now RM29.90 (U.P. RM42.50), limit 2 per customer.
        ShopeePay cashback: 8% coins back up to 500 coins, voucher ID 7712049386, redeemable once per user.
        Payday sale 25.12: extra S$8 off with DBS/POSB cards using code DBSPAYDAY8, min. spend S$60.
        Refer a friend and you both get a RM10 GrabFood voucher; your referral code is under Account > Invite Friends.
        LazMall Brand Day: Dyson V15 Detect at RM2,999 with code LAZDYSON300, limited to 200 units.
        Hari Raya Mega Sale: 50% off selected items, plus a free gift with every purchase above RM150 while stocks last.
        Promo valid in the Klang Valley, Penang and Johor Bahru only; not applicable to Sabah, Sarawak and Labuan.
    """),
    ("en", "announcement"): _lines("""
        Prime Minister Lawrence Wong visited a delivery hub in Ang Mo Kio to hear from riders about the Platform Workers Act.
        Prime Minister Anwar Ibrahim told the Dewan Rakyat that the Gig Workers Bill would give e-hailing and p-hailing riders social security protection.
        Grab co-founder and CEO Anthony Tan said the company would expand GrabMart to more heartland neighbourhoods in 2026.
        Scheduled maintenance: Seller Centre will be unavailable from 02:00 to 05:00 SGT on 14 December 2026.
        Service update: due to flash floods in Klang and Shah Alam, deliveries to postcodes 40000-41999 may be delayed by 1-2 days.
        Foodpanda now delivers on Sentosa, including Siloso Beach and Resorts World Sentosa at 8 Sentosa Gateway.
        App version 5.312.0 (build 20261128) fixes a crash on Android 14 when uploading proof-of-delivery photos.
        Our driver service centres will close on 29 and 30 January for Chinese New Year and reopen on 2 February.
        Customer hotline 1800-288-9999 operates 24/7 in Singapore; in Malaysia, call 1-300-88-2345 from 8am to 10pm.
        Carousell, headquartered in Singapore, said buyers across Southeast Asia listed more than 40 million preloved items this year.
        Rider safety week: free helmet checks at all partner centres from 8 to 14 December, no appointment needed.
    """),
    ("en", "order_tracking"): _lines("""
        Order ID 241203RTKQ8N5M shipped via SPX Express, tracking number SPXSG048291736512.
        Ninja Van tracking NVSGSHPEE000183746521: out for delivery, ETA 2pm-6pm.
        Lazada order #3081927465102811: status Packed, awaiting pickup from the seller warehouse in Senai.
        J&T Express MY waybill 630092817465: arrived at Shah Alam sorting hub, 03/12/2026 21:47.
        Invoice INV-2026-11-004817: subtotal S$142.80, GST 9% S$12.85, total S$155.65.
        Ticket #CS-88120374 merged into #CS-88120211; status Resolved, CSAT survey sent.
        Batch payout BP-20261201-0093 to 1,284 riders completed at 06:00 SGT, total S$412,385.20.
        Booking A-5XKQ2P9TZ1MN, GrabCar Plus, 14.2 km, 27 min, fare S$23.40, paid via GrabPay.
        SKU MY-ELC-004812-BLK restocked: 320 units at the Port Klang fulfilment centre, bin A14-03-2.
        Pos Laju consignment ER284619735MY returned to sender, reason: address incomplete.
        Export orders_2026-12-03.csv, 48,213 rows, sha256 8f86da219e2a5edbd9c84aaa1ef329fd043019e6a02d0f62e3d6ef0aa185bfaa.
        Return authorisation RMA-MY-2026-0071245 approved; refund RM89.00 to the original payment method.
    """),
    ("en", "support_macro"): _lines("""
        Hi {customer_first_name}, we're sorry order {order_id} arrived damaged. A full refund of {refund_amount} has been issued to your wallet.
        Thank you for contacting us. For your security, we will never ask for your OTP, PIN or full card number.
        Customer phone on file: +65 9***-**21; email: j*****@gmail.com. Verification passed via in-app OTP.
        Rider name: [REDACTED], vehicle plate: [REDACTED], incident ref INC-2026-441872 escalated to Trust & Safety.
        Dear Seller, your listing "Wireless Earbuds TWS Pro" was removed for violating the Prohibited Listings Policy (counterfeit brands).
        QA test account: rider.test01@example.com, phone 555-0142, password reset every Monday; never use in production.
        Please share a photo of the parcel label and your unboxing video so we can file a claim with the courier.
        Your appeal has been reviewed and the restriction on store ID 1048823377 has been lifted with effect from today.
        Escalation matrix: L1 chat agents, L2 Merchant Operations (merchant-ops@grabsupport.example), L3 Regional Trust & Safety.
        We have credited 500 coins to the account as a goodwill gesture; coins expire in 90 days.
        Card ending 4821 was declined by the issuer (code 05, Do Not Honour); please try another payment method.
    """),
    ("en", "app_review"): _lines("""
        5 stars, rider came in the heavy rain and the food was still hot. Keep it up!
        Update 5.30 keeps logging me out every time I switch to mobile data, please fix.
        Why delivery fee S$3.99 for 1.2km only? Cheaper to walk to the hawker centre lah.
        Seller packed very well, three layers of bubble wrap, item same as picture. Will buy again.
        App crashes on Huawei P30 after the latest update, cannot even see my order history.
        Lalamove driver arrived 10 mins early and helped carry the fridge up to level 3. Worth the extra helper fee.
        1 star. Waited 55 minutes, then the merchant cancelled and the refund came only as vouchers. Not happy.
        Promo codes never work for me, always say "not eligible". Misleading advertising.
        Decent app, but the map keeps putting the pickup point on the wrong side of the PIE.
    """),
    ("en", "merchant_info"): _lines("""
        Grab Singapore headquarters: 3 Media Close, Singapore 138498.
        Shopee Singapore office: 5 Science Park Drive, Shopee Building, Singapore 118265.
        Lazada One, 51 Bras Basah Road, Singapore 189554.
        Tian Tian Hainanese Chicken Rice, Maxwell Food Centre, 1 Kadayanallur Street, #01-10/11, Singapore 069184.
        Village Park Restaurant, 5 Jalan SS 21/37, Damansara Utama, Petaling Jaya, famous for its nasi lemak ayam goreng.
        Merchant partner support: partners@foodpanda.example, Monday to Friday 9am-6pm, excluding public holidays.
        Collection point: Sunway Pyramid LG2, 3 Jalan PJS 11/15, Bandar Sunway, 47500 Petaling Jaya.
        SingPost Centre, 10 Eunos Road 8, Singapore 408600, POPStation open 24 hours.
        Pos Malaysia headquarters, Kompleks Dayabumi, Jalan Sultan Hishamuddin, 50670 Kuala Lumpur.
        Jewel Changi Airport, 78 Airport Boulevard, Singapore 819666: ride pickup at the Level 1 taxi stand, Door 3.
        Seller: Maju Jaya Trading Sdn. Bhd., registration no. 201901023456 (1331234-K), Seri Kembangan, Selangor.
    """),
    ("ms", "platform_notice"): _lines("""
        Barang sampai cepat, packing kemas, seller responsive. Recommended!
        Kod promo RAYA20 untuk diskaun 20%, belanja minimum RM50, sah sehingga 30 April 2027.
        Penghantaran ke Sabah dan Sarawak mengambil masa 5 hingga 7 hari bekerja.
        Pesanan #MY2612038841 telah dihantar melalui Pos Laju, nombor penjejakan EP771934028MY.
        Untuk bayaran tunai semasa penghantaran (COD), sila sediakan wang secukupnya kerana penghantar tidak membawa baki.
        Perdana Menteri Datuk Seri Anwar Ibrahim berkata pekerja gig akan dilindungi di bawah skim keselamatan sosial PERKESO.
        Pusat Khidmat Pelanggan beroperasi dari 9 pagi hingga 6 petang, Isnin hingga Jumaat, kecuali cuti umum.
        Harga termasuk SST 8%; invois cukai akan dihantar melalui e-mel selepas pesanan selesai.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi bro I'm at Blk 412 Bedok North Ave 2 #08-117, lift lobby B, just call 9127 4860 when you reach ok
        Carousell deal confirmed: Woodlands MRT 7pm, I'm Aaron Teo, PayNow to 8736 2214 before I pass you the PS5.
        Driver Muhammad Hafiz bin Rosli, plate VEA 3317, picked up the passenger at Mid Valley at 22:14; complaint is about rash driving on the Federal Highway.
        Customer NRIC S8834127I provided for age verification of liquor order #SG241203-5521.
        Please refund to my Maybank account 1142 3308 7915, name Nurul Aina binti Kamarudin.
        Recipient: Lim Wei Ling, 27 Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 012-338 7164.
        The rider who delivered to #12-05 Parc Esta yesterday, Rajesh s/o Murugan, was rude to my elderly mother and threw the bag at the door.
        My IC is 870312-14-5523, why does Lazada need it for COD verification?
        Seller pls don't call my office line, WhatsApp me at +60 16-772 0958 only, thanks - Farah
        Ride receipt for Tan Jia Hui (jiahui.tan92@gmail.com): pickup Blk 88 Tanglin Halt Rd, drop-off Raffles Place, S$18.70.
        Delivery note: my son Ethan has a severe peanut allergy so please do NOT substitute any items. Mrs Koh, 21 Lorong Ah Soo.
        Lalamove driver Wong Kar Seng (SBA 7321 Z) scratched my sofa during the move from Punggol to Clementi on 2 Dec.
        FIN G5081236M, work permit holder, rider account flagged for duplicate registration with phone 8421 9930.
        Hi seller, kindly ship to Chong Mei Yee, No. 8, Lorong Kenari 3, Taman Kenari, 08000 Sungai Petani, Kedah. Fragile!
        Can you send the e-invoice to sharonlee.homebakes@yahoo.com.sg? It's for my home-based bakery expense claims.
        Card 4532 1877 4209 5114 exp 08/28 was charged twice for order 241130QZ7HFK1A, cardholder Goh Boon Kiat.
        DM my Telegram @kelvin_sneakerhead for legit check, sold 200+ pairs on Carousell already, just ask for Kelvin Ng.
        Driver-partner Siti Hajar binti Mohd Yusof, MyKad 920715-10-6248, e-hailing PSV licence expiring 03/2027, renewal pending.
        My husband Desmond just had knee surgery at Changi General so please carry the groceries up to Blk 245 Simei St 1 #03-221.
        I ordered the cake under the name Priya Nair, contact 9683 1152, will collect at 6pm.
        Passport C4482917 submitted by Nguyen Van Thanh, Vietnamese national, for rider onboarding in Johor Bahru.
        Buyer kept asking for discount then ghosted. FYI his name is Darren Sim Wee Kiat, stays around Yishun Ring Rd, number 9011 3476, avoid.
        My DuitNow ID is 0197734821, name Amirul Hakim, pls transfer the RM450 deposit for the bike.
        Emergency contact for rider Lee Jun Hao: mother, Mdm Ong Soo Lan, home phone +65 6784 2219.
        Passenger left a wallet in my car, inside got the driving licence of Yeoh Kah Meng, born 14/05/1979, address Jalan Burma, George Town.
        Please deliver to my workplace instead: Sarah Wong, Accounts Dept, Level 21, Menara IMC, 8 Jalan Sultan Ismail, KL, ext 2214.
        Vehicle WXY 4821 is our regular driver Kumar's, he's diabetic so please stop assigning him 12-hour shifts.
        Not UEN, PayNow to my NRIC T0215563F, the name will show as CHUA XIN YI.
        Order for Haziq, Block C-12-3, Pangsapuri Seri Cempaka, Jalan Cempaka, Kajang, call 011-2087 4413 upon arrival.
        My LINE ID is mei.tw88 if easier, I'm in Taipei so the shipping to Da'an District is fine, just use the name Huang Mei-Ting.
        Dispute filed by buyer Jonathan Lau (jlau.8812@hotmail.com), who claims he received an empty box; his Shopee username is jonlau_88.
        Rider Abdul Rahman bin Yusri crashed on the AYE near Clementi last night, he's in NUH ward 56 with a fractured wrist.
        Bank transfer proof: OCBC 595-218731-001 to Teo Hui Min, S$1,250 for the iPhone 15 Pro.
        Refund to POSB savings 188-48972-3, account holder Muthu s/o Ramasamy.
        Shipping label: To Cheung Ka Wai, Flat 12B, Block 3, Laguna City, Kwun Tong, Kowloon, +852 9183 6624.
        HKID K482617(5) uploaded for Lalamove HK driver verification, applicant Chan Siu Ming.
        Taiwan buyer Lin Yi-Chun, ID A128710368, needs EZ WAY customs clearance for the order going to Kaohsiung.
        Buyer Wang Lei, resident ID 440306199108234122, requested a company invoice for reimbursement in Shenzhen.
    """),
    "zh-Hans": _lines("""
        骑手你好，我在宏茂桥10道 Blk 529 #05-1342，到了打我电话 8845 1207，谢谢！
        收件人：陈志强，身份证号 350203198802145276，手机 138 2746 9051，地址：厦门市思明区湖滨南路 88 号 1203 室。
        我老婆怀孕七个月了，麻烦师傅开慢一点，她叫刘晓燕，有事加她微信 xiaoyan_liu0612。
        卖家你好，我是吉隆坡的张伟明，电话 +60 17-665 2398，在蕉赖 Taman Connaught 那边可以面交吗？
        顾客黄丽娟投诉外卖员把汤洒了，她住裕廊西 Blk 651 #11-28，电话 9270 3318，请主管回电。
    """),
    "zh-Hant": _lines("""
        收件人：李家豪，香港身份證 Y305918(7)，地址：新界沙田第一城 38 座 15 樓 F 室。
        您好，我是台中的陳美玲，身分證字號 F210934584，電話 0928-561-347，退貨請寄到西屯區的住處。
        Uber 司機王俊傑，車牌 RBD-5829，態度很差，還一直問我住幾樓、家裡有沒有人。
        Carousell 上的賣家何詠詩，電話 6128 4473，約了旺角站 E2 出口交收。
    """),
    "ms": _lines("""
        Abang rider, rumah saya No. 23, Jalan Mawar 4, Taman Sri Muda, Seksyen 25, Shah Alam, sebelah surau. Nama Aisyah, 013-442 8716.
        Nombor IC saya 950228-07-5131, nama Tan Kok Leong, untuk tuntutan insurans barang hilang.
        Pemandu Grab bernama Zulkifli, plat PKN 2291, tertinggal beg sekolah anak saya dalam kereta dia.
        Tolong masukkan duit ke akaun CIMB 7064 2183 95, nama Nur Syafiqah binti Azman.
        Penerima: Encik Lokman Hakim, Lot 1123, Kampung Padang Luas, 16800 Pasir Puteh, Kelantan. Tel 019-905 2264.
        Anak saya Danish ada asma teruk, tolong jangan bawa barang berbau kuat, rumah Blok B-8-4 Vista Angkasa, Bangsar South.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My Shopee parcel never came. Order 241128X2PQ9RKS, address 56 Jalan Kenanga 2, Taman Kenanga, 81300 Skudai, Johor, name Lee Siew Mei.",
        ),
        (
            "assistant",
            "Sorry to hear that. You can raise a Return/Refund request under the order within 15 days of the estimated delivery date. Want help drafting the message to the seller?",
        ),
        ("user", "Yes please, and add my phone 012-774 3105 in case the courier needs to call."),
    ],
    [
        (
            "user",
            "Help me write a complaint. GrabCar driver Ang Chee Keong, plate SKQ 5518 X, took the long route from Bishan to Changi Airport and charged S$41.",
        ),
        (
            "assistant",
            "Here is a draft: 'I would like to report a fare concern on my recent trip from Bishan to Changi Airport. The route taken appeared longer than necessary. Please review the trip and adjust the fare if appropriate.'",
        ),
        (
            "user",
            "Make it firmer, and say he shouted at my wife because she's in a wheelchair and took long to get in.",
        ),
    ],
    [
        ("user", "How do I reply to a Carousell buyer who wants me to mail the item?"),
        (
            "assistant",
            "Confirm the shipping method and fee, ask the buyer to pay through Carousell Protection, and send the tracking number once posted.",
        ),
        (
            "user",
            "OK the buyer is Jasmine Ho, 71 Tampines St 71 #09-402, Singapore 520071, she paid already. Write the message telling her I'll post tomorrow.",
        ),
    ],
    [
        (
            "user",
            "I'm a Foodpanda rider, Ravi Chandran, rider ID FP-MY-228104. I was diagnosed with epilepsy last month. Do I have to tell them?",
        ),
        (
            "assistant",
            "Rules vary, but if your doctor has advised against riding, you should not ride until cleared. You may also check your obligations to JPJ regarding your licence. Would you like a neutral message to the platform?",
        ),
        (
            "user",
            "Yes, write it, mention my neurologist at Hospital Kuala Lumpur gave me 3 months medical leave.",
        ),
    ],
    [
        ("user", "What do I need for a Lalamove damage claim?"),
        (
            "assistant",
            "Usually photos of the damaged goods, the order ID, the invoice or proof of value, and a short description of what happened, submitted within the claim window.",
        ),
        (
            "user",
            "Order LLM-2611-88420193, the driver was Loh Kean Hin with lorry JRT 6620, my fridge was dented. My name Mohd Faizal, 019-334 8172.",
        ),
    ],
    [
        (
            "user",
            "Format this as a shipping label: Cheng Wing Yan, Room 1807, Tower 2, Metro City Phase 1, Tseung Kwan O, NT, Hong Kong, 9376 4412.",
        ),
        (
            "assistant",
            "TO: Cheng Wing Yan / Room 1807, Tower 2, Metro City Phase 1 / Tseung Kwan O, New Territories / Hong Kong / Tel: 9376 4412",
        ),
    ],
    [
        (
            "user",
            "A buyer sent me his NRIC S9027741C and a photo of his card so I can 'trust' him for COD. Is it safe to keep it?",
        ),
        (
            "assistant",
            "It is better not to keep it. You generally do not need NRIC numbers for a sale; delete the photo and the message, and use the platform's payment protection instead.",
        ),
        ("user", "OK deleted. His name was Benjamin Quek, should I report him?"),
    ],
    [
        (
            "user",
            "Write a short bio for my Grab driver profile: Ahmad Fauzi, 52, former bus captain with SBS Transit for 18 years, lives in Jurong West, drives a Toyota Prius SLM 2047 S.",
        ),
        (
            "assistant",
            "Hi, I'm Ahmad! After 18 years as a bus captain, I now drive with Grab. Safe, smooth and punctual rides guaranteed.",
        ),
        ("user", "Good, also add that I speak Malay, English and a bit of Hokkien."),
    ],
    [
        ("user", "帮我写一条给Shopee卖家的留言，东西少寄了一件。"),
        (
            "assistant",
            "您好，我收到的包裹里少了一件商品，订单号码和照片已附上，麻烦您核实后补寄或退款，谢谢。",
        ),
        ("user", "加上我的名字周雅婷和电话 9462 0385，地址是盛港东 Blk 318A #14-56。"),
    ],
]
