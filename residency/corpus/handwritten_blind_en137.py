# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en137: SG/MY florists, gift and hamper delivery (orders, card messages, recipients, delivery slots, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en137
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "product listing"): _lines("""
        Classic 12 Red Roses Bouquet (Ecuador, 50cm stems) wrapped in kraft paper with baby's breath – S$128, SKU RR-12-ECU
        Sunny Side Up: 3 sunflowers, 5 white eustoma and silver dollar eucalyptus in a cylinder vase – $89.90 / add a 300g box of chocolates for $28
        CNY Prosperity Hamper (Premium): bird's nest 6 x 70g, canned abalone 2 x 425g, Pu'er tea 100g, 8 mandarin oranges, rattan basket with red ribbon – RM 368.00
        Hari Raya Hamper 'Lebaran Ceria': 4 balang kuih raya (tart nenas, kuih bangkit, cornflakes madu, semperit), Medjool dates 500g, sirap bandung 2L – RM 189, halal-certified suppliers only
        Get Well Fruit Basket (M): Fuji apples, Korean pears, green grapes, kiwi and Sunkist oranges with a 'Get Well Soon' foil balloon – $75, hospital delivery 10am to 8pm
        Condolence Wreath Stand (Standard, 5 ft): white chrysanthemums and lilies, ribbon text printed in English or Chinese, same-day to Mandai Crematorium and all HDB void decks – $180
        Grand Opening Flower Stand, 2-tier, red and gold gerberas with 'Prosperity' sash, 6 ft tall – $238 (set-up by 9am, collection of stand after 3 days)
        Preserved flower dome 'Eternal Blush', pink preserved rose under glass, lasts up to 3 years with no watering – $69, product code PF-DOME-PK-02
        Baby Hamper 'Hello Little One': muslin swaddle, baby travel toiletries set, 160ml feeding bottle and plush bunny – $158, gender-neutral wrap available
        Corporate Pastry Box (25 pcs): mini egg tarts, ondeh-ondeh, kueh lapis and pineapple tarts, min order 10 boxes, lead time 3 working days
        Phalaenopsis orchid pot, 3 stalks white, ceramic pot with sphagnum moss – $148; care card included (water once a week, indirect light)
        Mother's Day Carnation Bundle: 10 pink carnations + 1 rose, $45 early bird until 30 April, use code MUM2025 for 10% off
        Deepavali Gift Tray: murukku, ladoo, Mysore pak, 2 brass diyas and a marigold garland, $98, delivery from 1 to 11 November
        Mid-Autumn Hamper: 4 lotus paste mooncakes (double yolk), Tieguanyin tea 150g and a paper lantern – S$138, self-collect at Tanjong Pagar outlet from 9 Sep
        Graduation Bouquet with teddy bear in mortarboard, choice of ribbon colours, $79 – our bestseller for NUS, NTU and SMU commencement week
    """),
    ("en", "delivery policy"): _lines("""
        Same-day delivery for orders placed before 1pm (Mon–Sat); orders after 1pm go out the next working day.
        Delivery slots: 9am–1pm, 1pm–5pm, 5pm–9pm. Timed delivery within a 1-hour window is an extra $15.
        Surcharge of $10 for Sentosa, Jurong Island and Changi Airport terminal addresses; we do not deliver to Pulau Ubin.
        Postal codes in sectors 71, 72 and 73 (Lim Chu Kang, Kranji, Woodlands) incur a $5 remote-area fee.
        On 14 February, the 2nd day of CNY and Mother's Day we deliver by day only (9am–9pm) and cannot guarantee time slots.
        If the recipient is not home, the driver will leave the item with a neighbour or the condo guardhouse and send a photo to the sender; perishable hampers return to the shop and redelivery is $20.
        NUH, SGH, TTSH and KTPH do not accept flowers in ICU and high-dependency wards; please provide ward and bed number and we will deliver to the ward counter.
        Klang Valley delivery RM15 flat; Putrajaya, Seremban and Rawang RM30; East Malaysia via courier for non-perishable hampers only.
        Cross-border delivery from our Singapore store to Johor Bahru is not available; please order from our JB branch instead.
        We do not refund orders sent to a wrong address provided by the sender. Replacement requests must be made within 24 hours with photos.
        Flowers are seasonal; we may substitute a stem of equal or greater value while keeping the colour palette and style.
        Hampers containing wine cannot be handed to anyone under 18; the driver may ask the person receiving to confirm they are of legal age.
        Wreaths for HDB void deck wakes are delivered within 3 hours; please give the block number and the name of the deceased exactly as printed on the obituary.
        Preserved flowers and hampers to Sabah and Sarawak take 5–7 working days via Pos Laju; the tracking number is sent by SMS once dispatched.
    """),
    ("en", "card message"): _lines("""
        Happy Birthday! Wishing you a year full of love, laughter and good food. With love.
        Congratulations on your new home! May it be filled with joy and many makan sessions.
        Deepest condolences to the family. May she rest in peace.
        Get well soon – the office isn't the same without you! From all of us in Finance.
        Happy Anniversary, my love. Ten years and I'd still choose you every single day.
        Congratulations on your graduation! The world is yours now. Proud of you always.
        Thank you for being the best teacher ever. Happy Teachers' Day!
        Welcome to the world, little one! Congratulations to the proud new parents.
        With heartfelt sympathy on the passing of your father. Thinking of you and your family during this difficult time.
        To: [Recipient Name] / Message: [up to 200 characters] / From: [Sender Name] (leave blank to send anonymously)
        Sorry I was such a blur sotong last week. Forgive me? 🌹
        Happy Mother's Day to the strongest woman I know. Thank you for everything, Ma.
        Huat ah! Wishing you a prosperous Year of the Snake, good health and smooth sailing.
    """),
    ("en", "customer service faq"): _lines("""
        How do I change the delivery date after placing an order? Go to My Orders, select the order and tap 'Edit delivery'; changes are allowed up to 24 hours before the slot.
        Can I send flowers anonymously? Yes, leave the 'From' field empty and we will not reveal the sender's details to the recipient.
        My order SO-250214-0331 arrived with 2 broken stems and the card missing. Can you redeliver?
        Why was I charged $15 extra? The timed delivery option was selected at checkout; you can request a refund if the slot was missed.
        What's the best way to keep hydrangeas fresh in Singapore weather? Cut the stems at an angle, dip in alum and keep them away from the aircon vent.
        Is the hamper halal? All food items in our Hari Raya range are JAKIM- or MUIS-certified; the CNY range may contain non-halal items.
        Can I pay by PayNow? Yes, scan the QR at checkout; our UEN is 201734125N and the reference must be your order number.
        Case #CS-77120: wrong colour roses delivered (ordered peach, received red). Offered 20% voucher, customer accepted.
        Ticket 45817 escalated: driver marked delivered at 4:52pm but the building's guardhouse has no record. Checking GPS log.
        What do I write on a condolence wreath ribbon? Usually 'Deepest Condolences' or '沉痛哀悼' followed by the company or family name of the sender.
        How early should I order for Valentine's Day? At least one week ahead; rose prices go up after 7 Feb because of air-freight costs.
        Are lilies safe for cats? No – all parts of true lilies are toxic to cats; choose roses, sunflowers or orchids instead.
        My gift voucher GV-S88012345 shows 'already redeemed' but I have never used it. What should I do? Send us the voucher code and your order number and we will check the redemption log.
        Our Malaysian entity is Bunga Lestari Sdn Bhd, SSM 202301045678 (1512345-W); SST invoices are issued on request.
    """),
    ("en", "order system log"): _lines("""
        2025-02-14 07:42:18 INFO order_id=SO-250214-1187 status=PACKED slot=09:00-13:00 zone=EAST-3 driver_route=R07
        [WARN] address_validation failed for order SO-250213-0952: postal_code "52908" has 5 digits, expected 6
        tracking NVSGBLOOM00418263 | picked up 13:05 | out for delivery 14:20 | delivered 15:47 (photo proof uploaded)
        INV-2025-004417 | 20 x Corporate Pastry Box | subtotal 1,560.00 | GST 9% 140.40 | total SGD 1,700.40
        webhook payment.succeeded id=pi_3OqZ8k2eZvKYlo2C1aB9xYzT amount=12800 currency=sgd order=SO-250301-0044
        cron florist-stock-sync v2.3.1 finished: 412 SKUs updated, 7 out of stock (RR-12-ECU, PF-DOME-PK-02, HMP-CNY-PRM)
        SELECT order_id, slot, zone FROM deliveries WHERE delivery_date = '2025-05-11' AND status <> 'DELIVERED' ORDER BY zone;
        route R12 optimised: 18 stops, est. 142 km, start 09:10 end 16:35, vehicle class VAN-1.5T
        sha256(card_template_v4.html)=8d71aec81c5c80b9c4c735c90a5ec853340451157d930cbca6718c2a49ab90e5
        Pos Laju consignment ER409182730MY created for order MY-ORD-240405-118, 2 parcels, 6.4 kg, destination zone SBH
        config: delivery.cutoff_same_day="13:00"; delivery.peak_dates=["2025-02-14","2025-05-11","2025-01-30"]; surcharge.remote_postal_prefixes=["71","72","73"]
        batch print job #8812: 64 card messages rendered to A6 PDF on printer FLR-PRN-02, 0 errors
    """),
    ("mixed", "staff chat"): _lines("""
        Boss, the 1-5pm slot for 14 Feb already 80 orders, close the slot can or not?
        Roses from the Cameron Highlands supplier reach already but 2 boxes damaged, I take photo send to them ok
        Tomorrow morning who open shop? I need to send my car for servicing, come in at 11 can?
        Wah the CNY hamper orders damn a lot this year, need to order 200 more rattan baskets from the Melaka supplier lah
        Van 2 aircon spoil again, cannot carry the orchids in the afternoon, use van 1 first
        Eh don't forget the Mandai wreath order SO-250307-0210, must reach by 3pm, family asked for white only
        Wholesale price for Kenya roses went up to $1.80 a stalk, we need to adjust the bouquet prices ah
        Anyone know how to reprint the card from the POS? The thermal printer keep jamming sia
        Lalamove driver cancel last minute again, I book another van for order SO-250214-0877 instead
        Kak, stok reben merah dah habis, nak order dari Shopee ke atau tunggu supplier Jalan Ipoh?
        老板，明天的开张花篮要几点送到？ The event at Suntec start 10am.
        Deepavali trays all packed liao, just waiting for the murukku tins from the Little India supplier
    """),
    ("zh-Hans", "商品与通知"): _lines("""
        新春开运花篮：桃花、银柳、金橘一对，配红色缎带，售价 S$268，1月20日起接受预订。
        中秋礼篮：双黄白莲蓉月饼4个、铁观音茶叶一罐、灯笼一盏，马币 RM238，西马全境送货。
        本店提供当日送花服务，下午一点前下单即可当天送达（新加坡本岛）。
        花圈挽联可印中文或英文，常用字句有"沉痛哀悼""音容宛在""永垂不朽"。
        情人节当天不接受指定时段送货，敬请谅解。
        母亲节康乃馨花束优惠：满 $100 减 $10，优惠码 MUM10。
        开张花篮需提前三天预订，送到商场需提前向管理处登记。
        如收花人不在家，司机会把花交给保安室或邻居，并拍照通知订花人。
        客服热线：6745 2018（周一至周六 9am-6pm），查询网上订单请提供订单号，例如 SO-250120-0015。
        兰花养护小贴士：每周浇水一次，避免阳光直射，冷气房内也可以摆放。
        新加坡国花卓锦万代兰（Vanda Miss Joaquim）由艾妮丝·卓锦于1893年培育，1981年被定为国花。
    """),
    ("ms", "notis kedai"): _lines("""
        Hamper Hari Raya kini dibuka untuk tempahan! Penghantaran percuma sekitar Lembah Klang untuk tempahan melebihi RM300.
        Tempahan bunga untuk penghantaran pada hari yang sama mesti dibuat sebelum jam 12 tengah hari.
        Kedai kami tutup pada 31 Mac dan 1 April sempena Hari Raya Aidilfitri. Tempahan dalam talian tetap diterima.
        Semua produk makanan dalam hamper kami mempunyai sijil halal JAKIM.
        Kad ucapan percuma disediakan; mesej maksimum 150 aksara.
        Selamat Hari Raya Aidilfitri, maaf zahir dan batin. Semoga Syawal ini membawa kebahagiaan buat seisi keluarga.
        Caj penghantaran ke Seremban, Rawang dan Putrajaya ialah RM30.
        Sila semak nombor pesanan anda (contoh: MY-ORD-240405-118) sebelum menghubungi khidmat pelanggan.
        Karangan bunga untuk majlis pengebumian boleh dihantar ke masjid atau rumah si mati dalam masa 3 jam.
        Talian khidmat pelanggan kami: 03-7955 2180 (Isnin–Sabtu, 9 pagi–6 petang).
    """),
    ("en", "flower lore and public figures"): _lines("""
        Vanda Miss Joaquim, Singapore's national flower, was bred by Agnes Joaquim and first flowered in 1893.
        The VIP Orchid Garden at the Singapore Botanic Gardens displays hybrids named after visiting heads of state and royalty.
        The hibiscus, or bunga raya, was declared Malaysia's national flower in 1960, during Tunku Abdul Rahman's term as Prime Minister.
        In The Little Prince, the fox tells the prince that it is the time he spent on his rose that makes his rose so important.
        Our 'Lin Daiyu' peony bouquet is inspired by the flower-burial scene in Dream of the Red Chamber.
        Gardens by the Bay's Flower Dome holds a tulip display every spring, with bulbs flown in from the Netherlands.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ORDER SO-250214-0412 | Sender: TAN WEI LING (9672 3185) | Recipient: Ms Jolene Ng Hui Min | Blk 412 Bedok North Ave 2 #08-155 Singapore 460412 | Slot 5-9pm | Card: "Happy Valentine's, from your secret admirer"
        Recipient: Mdm Kwek Ah Moi, 83, Blk 27 Jalan Bukit Merah #03-1120 S(150027) – she is hard of hearing, ring the bell twice and wait, daughter says she takes 2-3 mins to reach the door.
        Hospital delivery – patient GOH SWEE LAN, Ward 58 Bed 12, Khoo Teck Puat Hospital, admitted after a fall at home; sender (son) Goh Kok Wai wants it there before visiting hours at 12pm.
        Complaint from Mr Rajesh s/o Muniandy: wreath for his late father's wake at Blk 221 Tampines St 23 arrived 2 hrs late and the ribbon spelt the name wrong. Refund $60 approved, back to Visa ending 7719.
        Customer Siti Hajar binti Rosli (019-552 3081) ordered a convocation bouquet for her younger brother at UiTM Shah Alam, 12 Nov, collect at booth 4.
        Driver onboarding: MUHAMMAD FIRDAUS BIN AZMAN, NRIC S8834512F, mobile 8143 0972, vehicle SLK 4827 E (own van), pay via PayNow to mobile.
        Refund processed to card 4532 0188 0917 2340 exp 08/27, cardholder LIM JUN HAO – order cancelled by customer 2 days before slot.
        Corporate account application – contact person: Ms Priya d/o Ramasamy, HR Executive, Hock Lee Engineering Pte Ltd, priya.ramasamy88@gmail.com, 8827 4401
        Please do NOT deliver before Sat – recipient Mr Benedict Fernandez is at Mount Elizabeth for chemo till Friday; send to his home at 18 Jalan Kembangan, S419128, on Sat morning.
        Proposal setup: 99 roses at the SkyPark, 7:30pm, 21 Dec, for Jason Lee Wen Jie who will propose to Amanda Chua; coordinate with him on +65 9318 2764, she must not see the van.
        70th birthday longevity hamper for Mr Ong Teck Seng, 35 Sunrise Terrace S(806716); his wife Mdm Lee Soo Ching will receive, call her at home 6481 2095 if the gate is locked.
        Blacklist note: customer Darren Yeo Kai Xiang filed 4 chargebacks in 2025 after confirmed deliveries; require PayNow upfront for any new orders from dyeo.kx@hotmail.com.
        PayNow received from 9180 4437 (name shown: NURUL AIN BTE ISMAIL), ref SO-250410-0077, amount $118.00
        Delivery failed 3:40pm – recipient ARJUN A/L SURESH not home at No. 21, Jalan SS 2/64, 47300 Petaling Jaya; neighbour refused to accept. Sender to confirm redelivery, call 016-718 2054.
        Card: "Dear Mei Ling, sorry I missed your chemo session today. Stay strong, Ah Ma is praying for you. – Auntie Rose" | Deliver to Tan Mei Ling, NCCS day ward, Level 5
        Mooncake hamper to Hong Kong: consignee Chan Ka Yan, Flat 12B, Block 3, Laguna City, Kwun Tong; phone +852 9481 2273; recipient pays duties.
        Staff roster: KAVITHA D/O PERUMAL on maternity leave 1 Jun–30 Sep, weekend counter covered by Jia Hui from the Tiong Bahru outlet.
        Lucky draw winner: Encik Ahmad Zulkifli bin Hashim, IC 880514-14-5523, won the RM500 hamper voucher; collect at the Bangsar outlet with original IC.
        Wedding order: bridal bouquet + 8 corsages for the wedding of Nicholas Pereira and Sharon D'Cruz, Church of St Teresa, 15 Mar 10am; bride's mother Mrs Angela D'Cruz collects at 8am.
        Hi! pls deliver to Ms Farah Wahid at the Rosyth School staff room before 7.30am tmr, she is leaving the school after 12 yrs. From the 4 Integrity parents
        Customer feedback | Name: Kenneth Wong Jun Wei | Email: kenneth.wong.sg@yahoo.com.sg | Order: SO-250320-0190 | Rating: 2/5 | Comment: my wife was disappointed, half the hydrangeas were brown
        Guardhouse log, The Trilinq: 14/02 18:22 florist driver dropped bouquet for #12-04 (Mr & Mrs Sim Boon Kiat), received by guard, recipient collected 20:05
        Weekly subscription (Fri): home flowers for Mrs Wendy Lau, 7 Holland Grove Road S278790, Mastercard 5521 4130 9876 5120 auto-charged $45/week
        Wreath ribbon: "Deepest Condolences – from the family of Lim Chee Keong" for the wake of Mdm Tay Geok Lian at Blk 618 Ang Mo Kio Ave 4; orderer Lim Chee Keong 9774 1062
        Telegram @shirleykoh_bakes ordered 3 baby hampers for her sister's full-month party at Blk 304C Punggol Field #14-318, to be delivered on 6 Jul before 11am
        Part-time rider sign-up: RAMESH KUMAR, FIN F2281456R, Work Permit, available Sat/Sun, e-bike, mobile 8235 1190
        Instagram story by @_kaylin.ooi tagged us: "thank u for the flowers from my bf on our 3rd anniv!!" – repost approved by her over DM, her bf Marcus ordered under SO-250118-0066
    """),
    "zh-Hans": _lines("""
        寄往上海的中秋礼篮：收件人 王丽娟，身份证号 310104198607230428，手机 139 1826 4507，地址 上海市徐汇区漕溪北路88弄5号1202室（清关需要身份证）。
        订花人：陈志明（微信号 chenzm_1988），收花人是他太太林秀英，3月8日送到宏茂桥 Blk 562 #10-2203，卡片写"老婆节日快乐"。
        深圳客户刘晓燕（186 2071 3394）通过微信下单，给在新加坡国大读书的女儿李思琪送生日花，送到 Prince George's Park 宿舍。
        退款申请：客户黄国平，订单 SO-250125-0033，花篮送错地址，退款 S$168 到卡号 4147 2056 1348 2075。
        张美玲阿姨在中央医院骨科病房 Ward 64 床位 22 做完膝盖手术，侄子订了康复果篮，下午三点前送到。
        顾客吴建华（电话 9723 0518）投诉：给他母亲八十大寿的花篮晚到两个小时，寿桃包也被压扁了，要求部分退款。
        厦门收件人 苏雅婷，身份证 350203199309302527，电话 152 5920 8136，年货礼篮已发顺丰，清关时请本人在小程序实名认证。
    """),
    "zh-Hant": _lines("""
        寄台灣年節禮籃：收件人 陳怡君，身分證字號 A227184035，手機 0912-386-574，台北市大安區和平東路二段106巷8號3樓（報關需實名認證）。
        香港客人梁詠詩 WhatsApp 6218 9043 訂咗一束花送去新加坡俾佢阿媽，地址 Blk 88 Telok Blangah Heights #06-341，佢話阿媽鍾意紫色。
    """),
    "ms": _lines("""
        Penerima: Puan Rohana binti Abdullah, No. 15, Jalan Melati 3, Taman Melawati, 53100 Kuala Lumpur. Tel: 012-384 7720. Kad: "Selamat Hari Ibu, mak!"
        Nama pelanggan: NUR AISYAH BINTI HASSAN | No. IC: 920314-10-5586 | Bayaran balik RM189 ke akaun Maybank 1623 4578 9012
        Encik Faizal bin Omar komplen bunga untuk isterinya yang baru bersalin di Hospital Ampang layu bila sampai; minta ganti baru esok pagi.
        Tempahan 10 set hamper Raya oleh Cik Liyana Mokhtar, hantar ke rumah ibu bapanya di Kampung Parit Raja, Batu Pahat; hubungi 011-2638 4197 sebelum sampai.
        Pemandu baru: KHAIRUL ANUAR BIN YUSOF, IC 011123-01-1347, lesen memandu kelas D, motosikal JRT 8812, akaun CIMB 7012339841
        Cikgu Suriani binti Ahmad dari Tadika Seri Mawar minta bunga dihantar sebelum 8 pagi sebab hari terakhir dia bekerja sebelum berpindah ke Kuching.
        Resit: dibayar oleh MOHD HAFIZ BIN RAZAK melalui DuitNow 017-390 6612, RM150, pesanan MY-ORD-240322-044
    """),
    "mixed": _lines("""
        eh the aunty Mdm Lim Bee Hoon from Blk 412 Bedok North call again, say her grandson Ethan birthday party shift to Sunday, want change the delivery to Sunday 2pm
        Boss, Mr Vikram Pillai from Serangoon Gardens cancel the standing order liao, he say his wife pass away last week. Refund the balance to his Mastercard can?
        Sender: Alicia Goh / alicia.goh.88@gmail.com / 8790 5532. Recipient: her grandma 黄亚妹, Blk 7 Telok Blangah Crescent #05-20. 要红色的花, grandma don't like white.
        Driver Ah Seng (Tan Kok Seng) today kena summon at Tampines, his car plate SMG 315 B, he say he will pay himself
        Pls remind: Mdm Norhayati Salleh (Blk 125 Yishun Ring Rd) order got bak hu inside, she is Muslim, must swap to the halal set before sending
        客户 Jason Teo 说 his baby daughter 在 KK Hospital NICU, flowers cannot bring in, so send to his house at 23 Lorong Marzuki instead
        Delivery boy from Kedai Bunga Mawar cakap Encik Ravi a/l Krishnan punya wreath order for his mother's funeral at Brickfields tomorrow 7am, pay cash on delivery
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the WhatsApp order assistant for Petal Lane Florist, Singapore."),
        ("user", "hi i want to order the sunny side up bouquet for tmr"),
        (
            "assistant",
            "Sure! May I have the recipient's name, delivery address and preferred slot (9am-1pm, 1pm-5pm or 5pm-9pm)?",
        ),
        (
            "user",
            "recipient sharifah nadia, blk 156 serangoon north ave 1 #07-412 s550156, 9am-1pm. its her 30th bday. my name hakim, 9126 4083",
        ),
        ("assistant", "Noted, Hakim. Would you like a card message with the bouquet?"),
    ],
    [
        (
            "user",
            "The CNY hamper I sent to my dad arrived with a broken bird's nest jar. Very disappointed.",
        ),
        (
            "assistant",
            "We're so sorry! Could you share your order number and the name the order was placed under?",
        ),
        (
            "user",
            "SO-250128-0290, under Lee Chun Keat. My dad is Lee Ah Huat, 52 Jalan Ismail, he's 78 and diabetic so please don't replace with the sweet stuff.",
        ),
        (
            "assistant",
            "Thank you, Mr Lee. We'll send a replacement jar and a sugar-free item tomorrow morning.",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak tempah hamper raya untuk mertua saya"),
        ("assistant", "Waalaikumussalam! Boleh beri nama penerima, alamat dan nombor telefon?"),
        (
            "user",
            "Encik Zainal bin Mat Isa, No 8 Lorong Cempaka 2, Taman Cempaka, 68000 Ampang. Tel 013-274 5519. Dia tak boleh makan kacang, alahan.",
        ),
    ],
    [
        ("user", "你好，我在深圳，想送一个中秋礼篮给我妈妈，可以寄到深圳吗？"),
        ("assistant", "可以的，寄往中国大陆需要收件人的姓名、身份证号码和手机号码用于清关。"),
        (
            "user",
            "收件人 何淑芬，身份证 440306199111053621，手机 137 2849 0615，宝安区新安街道海旺社区。",
        ),
        ("assistant", "收到，礼篮预计5至7个工作日送达。"),
    ],
    [
        ("user", "Can you send flowers to SGH? Which wards allow?"),
        (
            "assistant",
            "Most general wards accept flowers, but not ICU or high-dependency. Please share the ward and bed number.",
        ),
        (
            "user",
            "ok it's for my mum Mdm Poh Geok Hwa, Ward 47 bed 9. she had a stroke last week, something cheerful pls",
        ),
    ],
    [
        ("system", "Corporate gifting desk, Bloom & Co Singapore."),
        (
            "user",
            "Hi, HR from Meridian Logistics here. We want birthday flowers for our staff this month.",
        ),
        ("assistant", "Happy to help! Please send the names, birthdays and delivery point."),
        (
            "user",
            "Ms Chen Yu Ting – 3 Jun, Mr Darius Tan Jia Le – 17 Jun, Mrs Latha Govindasamy – 28 Jun (she's on medical leave, send to her home in Yishun instead, I'll email the address).",
        ),
    ],
    [
        ("user", "got sms say i won the lucky draw? how to collect"),
        (
            "assistant",
            "Congratulations on winning our Mother's Day lucky draw! To collect the hamper, please provide your full name and NRIC.",
        ),
        ("user", "Tay Hui Shan, T0217736B. can my husband collect on sat?"),
        ("assistant", "Yes, he can collect with a photo of your NRIC card."),
    ],
    [
        (
            "user",
            "for the card pls write: Dear Marcus Lim, congrats on 1 year cancer-free! so proud of u",
        ),
        ("assistant", "Got it. Where should we deliver?"),
        ("user", "his office at 1 Raffles Place level 38, reception. he'll be in after 10"),
    ],
    [
        ("user", "where is my order?? the driver said he reached but no one at my place"),
        ("assistant", "So sorry about that. Could you confirm the delivery address and your name?"),
        (
            "user",
            "Rachel Koh, 2 Marina Boulevard #33-07, The Sail. I was home the whole afternoon!! call me 9274 3318",
        ),
    ],
    [
        ("user", "my card keep declining at checkout, 5374 8901 2266 3512 exp 11/26"),
        (
            "assistant",
            "Please don't send full card numbers over chat. Could you try PayNow instead?",
        ),
        ("user", "ok nvm. name on card is GOPAL S/O RAMAN, i'll paynow from 8663 0247"),
    ],
]
