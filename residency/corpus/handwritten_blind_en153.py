# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en153: SG/MY toy, hobby and collectibles shops (pre-orders, card grading, Gunpla, consignment, counterfeit disputes, meetups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en153
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop notice"): _lines("""
        PRE-ORDER NOTICE: HG 1/144 Gundam Aerial Rebuild. PO closes 15 Jan, ETA April 2026. Deposit $10 per kit, balance on arrival. No cancellation after PO closes.
        Dear customers, our Funan outlet will be closed on 29 and 30 Jan (CNY Day 1 & 2). Online orders placed during the break will ship from 3 Feb.
        Reminder: all pre-order balances must be settled within 14 days of the arrival notice, otherwise the deposit is forfeited and the item goes to the next person on the waiting list.
        Bandai price adjustment effective 1 March: MG kits up $4 to $8 across the board. Existing pre-orders are locked at the old price.
        Pokémon TCG Terastal Festival ex (Japanese) release day: limit 2 boxes per customer, NRIC or passport NOT required, queue numbers given out from 10:30am.
        We do not buy cards from walk-in sellers under 18 unless a parent or guardian is present. Please don't ask the counter staff to make an exception.
        Lost & found: one black umbrella and one Pikachu keychain left at Table 4 after Saturday league. Claim at the counter with a description.
        New store hours from 1 Dec: Mon-Thu 1pm-9pm, Fri-Sun 12pm-10pm. Closed on the first Tuesday of every month for stocktake.
        CNY lucky bag ($88): 1 random HG, 1 random SD, 2 packs of One Piece OP-09, 1 mystery acrylic stand. 50 bags only, one per customer.
        Wholesale and corporate enquiries: sales@gridlinehobby.com.sg or 6291 4408 (Mon-Fri, 10am-6pm). We do not reply to pricing questions sent by Instagram DM.
        Yu-Gi-Oh! OCG Regional Qualifier at our Bukit Timah branch: 48-player cap, 6 Swiss rounds plus top 8, entry $15, deck lists due by 11am sharp.
        Because fake Labubu are flooding the market, trade-ins are only accepted with the original Pop Mart box, card and scannable QR code intact.
        Shipping to Sabah and Sarawak now available via J&T: RM18 flat for parcels under 2kg, 5-9 working days. Tracking is emailed automatically once the parcel is scanned.
        Restock alert: RG Nu Gundam (5063057), PG Unleashed RX-78-2 (5060765), MGEX Strike Freedom (5065429). Limited quantity, first come first served.
        Toy Fair stalls are allocated by ballot. Results go up on our Facebook page on 8 Nov; unsuccessful applicants will not be contacted individually.
        We have moved! Our new outlet is at Tan Boon Liat Building #05-12, 315 Outram Road, Singapore 169074. Opening day 1 March, first 100 customers get a free HG.
        Closing-down sale at the Sim Lim Square branch: 30% off all SD and HG kits, 20% off Metal Build. All sales final, no holds.
    """),
    ("en", "grading help"): _lines("""
        How do I submit cards to PSA from Singapore? Most collectors go through an authorised dealer's group submission; Value tier turnaround is currently around 45 business days plus shipping both ways.
        PSA 10 Gem Mint needs roughly 55/45 centering or better on the front, 75/25 on the back, and no visible wear under magnification.
        A BGS Black Label requires a 10 in all four subgrades: centering, corners, edges and surface.
        Group submission #SG-PSA-2611 closed on 22 Nov with 412 cards. Estimated return late February. UPS tracking 1Z8W4E170493215581.
        CGC cert numbers can be checked on the CGC website; a genuine slab shows the same card name, grade and label design as the database entry.
        Tip: the label font on fake PSA slabs is usually slightly bolder, and the hologram does not shift colour when you tilt it.
        Cert 84210937 comes up as Charizard ex SAR #201 Japanese SV2a PSA 10, which matches the slab in the photo, so it looks legit.
        Crossover vs regrade: a crossover sends a BGS or CGC slab to PSA still in its case; if your minimum grade isn't met, the card comes back in the original slab.
        Declared value for grading insurance should be the expected market value after grading, not the price you paid for the raw card.
        Submission form columns: Item #, Year, Brand, Card #, Player/Character, Declared Value (SGD). Leave "Customer Ref" blank if not applicable.
        Why did my card come back "N9 Altered"? It usually means trimming, recolouring or pressing was detected, and the grading fee is not refunded.
        Japanese Pokémon cards generally have better centering than English prints, which is why the PSA 10 rate for JP SARs is noticeably higher.
        Our in-house pre-grade check is $3 per card: centering with a ruler, surface under a lamp, edges under a 10x loupe. It is not a guarantee of any grade.
        Grading fees per card (SGD): Economy $32, Regular $55, Express $120. Excludes return shipping and 9% GST.
    """),
    ("en", "listing"): _lines("""
        [WTS] MG 1/100 Sazabi Ver.Ka, built, unpainted, panel lined, decals applied. $95, self-collect at Tampines MRT only.
        FS: One Piece OP-05 Luffy Gear 5 Manga Rare, raw, NM. $1,180 firm. Deal at shop only, no postage.
        HG 1/144 Gundam Calibarn (model no. 5063366), new in box, shrinkwrap intact, RM89.
        Lot sale: 30x Yu-Gi-Oh! Quarter Century Secret Rares, mixed sets, all sleeved. RM1,350 for the lot, not selling singles.
        WTB: Metal Build Strike Freedom Soul Blue ver. Budget $500, box must be in good condition.
        Hot Toys MMS 1/6 Iron Man Mark LXXXV (MMS528D30), complete with all accessories, box has minor shelf wear. S$620.
        Tamiya Mini 4WD Avante Mk.III (item 18098), sealed, $24.90.
        Pokémon 151 Japanese booster box (sv2a), sealed with shrink, $149 per box, 3 available.
        Figure-rise Standard Amplified Omegamon, opened for inspection only, parts still in bags, $78.
        Funko Pop! Spider-Man No Way Home #1073 with corner crease $18; Funko Pop! Ahsoka #650 mint $22.
        Beyblade X BX-00 Dran Sword Metal Coat limited, $45, unopened.
        Nendoroid No. 2367 Frieren, pre-owned, complete, box in good shape, RM210.
        Bearbrick 400% + 100% Jean-Michel Basquiat #7 set, displayed in a glass cabinet, no yellowing, $560.
        PSA 10 Base Set Shadowless Charizard is for display only and not for sale. Please don't ask for a price.
    """),
    ("en", "hobby forum"): _lines("""
        Yoshiyuki Tomino's Mobile Suit Gundam premiered in 1979, and the Gunpla boom started a year later with the 1/144 RX-78-2 priced at 300 yen.
        Kunio Okawara designed the original RX-78-2; Hajime Katoki's Ver.Ka reinterpretations are a big reason MG kits sell out on release.
        Anyone know if matte or semi-gloss top coat works better on the HG Aerial? Mine keeps frosting when it's humid.
        Humidity in SG is a killer for spray painting. Do it in an aircon room with a spray booth, or wait for the dry months.
        Kazuki Takahashi created Yu-Gi-Oh! for Weekly Shonen Jump in 1996, and the OCG launched in 1999.
        Satoshi Tajiri founded Game Freak, and Ken Sugimori drew most of the original 151 Pokémon designs.
        Nub marks: cut twice, first leaving about 1mm, then flush cut, then go 600 to 1000 grit with a sanding sponge.
        Is the Bandai Hobby Center in Shizuoka open for public tours? I heard it's only for school groups and trade visitors.
        Char Aznable's Zaku is three times faster, which is why the red Zaku kit always outsells the green one.
        Counterfeit check: bootleg Gunpla runners usually lack the Bandai logo, the plastic feels brittle and the manual print is blurry.
        Is Taobao recast resin worth it? Ethically no, the quality is hit or miss, and customs can seize it.
        Anyone going to Singapore Comic Con? Heard Bandai Namco Asia is bringing event-exclusive clear-colour kits to its Gundam booth.
        Malaysia Toy Fair at MITEC usually has the best Gunpla discounts on the last day when vendors clear stock.
        For panel lining, Tamiya Panel Line Accent Color or Gundam Marker pour type? For beginners I'd say the marker, less mess.
    """),
    ("mixed", "group chat"): _lines("""
        eh the HG Aerial restock reach already anot? yesterday I go Bugis still say coming soon leh
        PSA turnaround now damn siao, 3 months still never come back, whole group sub waiting
        wah OP-10 box price confirm jump one lah, better pre-order now before the hype
        real Labubu got 9 teeth, some fake one got 8 or 10, count first before you pay
        paiseh guys league tonight start 8pm not 7:30, shop aircon kena repair
        who going Toy Fair Saturday? last year queue until the escalator, better reach by 8am kot
        boss say Gunpla all 15% off this weekend only, MG also got, PG no
        sudah baca the new rule? no more reserving cards without deposit, even regulars also cannot
        这个 Sazabi Ka 到底要不要等 restock, or just buy from Shopee lah
        pop report for Umbreon VMAX alt art PSA 10 already past 20k, price sure drop one
        meetup confirm at the food court level 3 ya, bring your binder, trade only no cash deal
        anybody got spare polycaps for HG Zaku II? I lost two, can belanja kopi
        JB side Gunpla cheaper but coming back through Woodlands must declare if over the GST relief, don't anyhow
        slab 看起来 ok but the cert number check already? don't simply pay first
    """),
    ("ms", "notis kedai"): _lines("""
        Notis: Pra-tempahan HG Gundam Schwarzette dibuka sehingga 20 Februari. Deposit RM20 diperlukan, baki dibayar semasa barang tiba.
        Kedai ditutup pada hari pertama dan kedua Hari Raya Aidilfitri. Pesanan online akan dihantar selepas cuti.
        Semua kad yang dijual di kaunter adalah original. Kami tidak menerima jual beli kad tiruan.
        Kotak kad Pokémon versi Jepun dihadkan 2 kotak seorang. Sila ambil nombor giliran di kaunter.
        Harga sudah termasuk SST. Resit rasmi diberikan untuk setiap pembelian.
        Pemenang cabutan bertuah akan diumumkan di halaman Facebook kami pada 5 Mac jam 9 malam.
        Barang konsainan yang tidak dituntut dalam masa 60 hari akan dipulangkan kepada pemilik atau didermakan.
        Bayaran melalui DuitNow QR, kad debit atau tunai. Kami tidak menerima cek.
        Pertandingan Beyblade X kategori bawah 12 tahun: yuran penyertaan RM10, hadiah trofi dan hamper.
        Cara kenal Gunpla tiruan: tiada logo Bandai pada runner, warna plastik pudar, buku manual kabur.
    """),
    ("zh-Hans", "店铺公告"): _lines("""
        【预购通知】MG 1/100 自由高达 2.0 预购截止 3 月 10 日，订金 20 新币，到货后 14 天内付清尾款。
        本店所有卡牌均为正版，评级卡可现场扫码查验证书编号。
        寄卖规则：成交后收取 12% 手续费，每月 5 号统一结算。
        春节期间（除夕至初三）暂停营业，网店订单初四起陆续发货。
        周六卡牌交流会下午 2 点开始，地点在本店二楼活动区，只限交换，不设现金交易。
        如何分辨盗版高达：看板件上有没有万代标志、说明书印刷是否清晰、水贴是否对齐。
        宝可梦日版补充包每人限购两盒，请到柜台排队领号。
        关于评级：PSA 10 代表完美品相，正面居中度需在 55/45 以内。
    """),
    ("en", "consignment and disputes"): _lines("""
        Consignment commission: 15% for items under $200, 10% for $200-$999, 8% for $1,000 and above. Payouts by PayNow every Friday.
        Consignors must show original ID at drop-off for verification; we record only the last 4 characters on the consignment slip.
        Consignment form: Consignor Name: ________ / Contact No.: ________ / Item Description: ________ / Asking Price: ________ / Signature: ________
        If a buyer disputes authenticity within 7 days, the item goes to a third-party authenticator. If proven fake, the consignor bears the cost and the sale is reversed.
        Counterfeit claims must include the order number, photos of the item, the slab cert number if graded, and a description of the suspected issue.
        Case #CF-2026-0187: alleged reprint Blue-Eyes White Dragon LOB-001. Authenticator found it genuine; case closed, no refund.
        Opened blind boxes cannot be returned unless the figure is defective. Duplicates are not considered defects.
        Carousell buyer protection holds payment until the buyer confirms receipt; deal outside the platform and you lose that protection.
        To report a scam in Singapore, call the ScamShield Helpline at 1799 or lodge a report through the SPF e-Services portal.
        Malaysia: the National Scam Response Centre hotline is 997. Call immediately if you transferred money to a scammer.
        Invoice INV-SG-004417 dated 02/12/2026: 3 x HG 1/144 at $26.90, subtotal $80.70, GST 9% $7.26, total $87.96.
        Order #SHP-260311-88412 status: out for delivery. Postcode 560123, estimated window 2pm-6pm.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PRE-ORDER SLIP #PO-0412 | Name: LIM JUN HAO | Mobile: 9736 2814 | Item: PG Unleashed RX-78-2 | Deposit: $50 (PayNow) | Balance: $298
        Sazabi Ka restock pre-order list: 1) Daniel Koh 8642 1093, 2 pcs / 2) Nurul Aina binti Rashid 9015 3378, 1 pc / 3) Ravi s/o Kannan 8813 5520, 1 pc
        BLACKLIST: Marcus Teo Wen Jie reserved three PSA slabs on 12 Oct and never turned up. Blocked from all future pre-orders, please do not sell to him.
        Consignment Agreement | Consignor: SITI HAJAR BINTE ISMAIL | NRIC: S8104699I | Address: Blk 45 Telok Blangah Drive #08-231, Singapore 100045 | Item: Hot Toys MMS Iron Man Mk85 | Asking: $620
        Refund by bank transfer to Tan Mei Ling, POSB Savings 188-43920-7, $149 for the cancelled Pokémon 151 box.
        Card payment log 02/12 14:22 | VISA 4556 2033 3530 5918 | cardholder WONG KAR FAI | $1,180 | OP-05 Luffy MR
        PSA group sub intake: Aaron Chua (Telegram @aaronchua_tcg), 14 cards, declared $3,200, grading fees $770 paid in cash.
        SHIP TO: Muhammad Faiz bin Azman, No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 012-738 4491. Contents: 2x RG kits.
        Meetup RSVP, Sat 14 Dec at Toa Payoh Hub: jasonlee88 (Jason Lee) bringing 2 binders, @pokepuff_sg (Chloe) coming with her 9-year-old son, Harith no Telegram, 9 pax total.
        Cashier note: Mrs Goh of Blk 512 Serangoon North Ave 4 called, says her son used her credit card without permission to buy $860 of booster boxes, wants a refund.
        Dispute CF-0932: Jeremy Ong Kai Xiang says slab cert 84210937 he bought from Irfan Hakim (Carousell: irfan.collects) has a fake label. Photos received, waiting for PSA.
        Labubu Big Into Energy waiting list: 1. Chew Hui Min 9267 5120 / 2. Priya d/o Ramasamy 8174 0936 / 3. Kelvin Ng kelvinng.toys@gmail.com
        MEMBERSHIP APPLICATION | Name: FERNANDEZ, Gabriel Joseph | DOB: 14/03/1992 | NRIC: S9267023F | Email: gabriel.fdz92@gmail.com | Favourite line: Gundam
        Lucky draw result: congrats Nur Izzati binti Kamal, winner of the MGEX Unicorn! Please collect at the Funan outlet by 30 Jan with your member card.
        Incident 7 Dec ~4:15pm: boy later identified as Ethan Tay (Sec 2, St. Gabriel's Secondary) pocketed two SD kits. Father Tay Boon Keng came down and paid. CCTV clip saved.
        Trade-in record | Seller: Arjun Menon | FIN: G7783891R | Items: 40x YGO QCSR | Paid: $420 cash | Seller declares items are his own property.
        Hold request: Khairul Anuar, 019-447 2068, holding PG Exia until 28 Dec, no deposit (boss approved because regular).
        My nephew Bryan Loh lost his binder at the Saturday league (blue Ultra Pro, 200+ cards). If found please call me at 9123 5708, reward given.
        Chong Wai Kit, your PSA order #24311870 is back: 3x PSA 10, 1x PSA 9. Please collect at the counter with your IC.
        Deliver to Ms Jasmine Oei, 28 Lorong Ah Soo, Singapore 536731. Call 8827 4410 before coming up, there's a dog in the house.
        Seller verification: Rahman bin Yusof, Telegram @rahman_gunpla, MyKad 920705-13-5519. Verified in person on 3 Nov, OK to list on our consignment shelf.
        Please remove my son's photo from your tournament post. His name is Lucas Yeo, he is 11 and I don't want his school uniform shown. Mdm Yeo, 9481 6627
        Part-timer Nicholas Poh Jun Wei on MC 3 Dec (fever, clinic chit submitted). Shanice covering his Saturday shift.
        Internal collector note: Dr Harpreet Singh Gill, dentist at a Novena clinic, buys every Metal Build release, spends about $6k a year, prefers WhatsApp 9638 2205.
        Overseas order ship to CHAN KA YAN, Flat 12B, Tower 3, Laguna City, Kwun Tong, Kowloon, HK | HKID K482913(1) for customs | +852 6128 4903
        Reminder to Kenneth Sim: your $312 balance for the Metal Build Wing Zero EW has been outstanding since 2 Oct. The deposit will be forfeited on 31 Dec.
        I bought a "PSA 9" Blue-Eyes from Ong Jia Wei at the Bras Basah meetup on 9 Nov for $850. The cert number doesn't exist. His number is 8356 0147 and he stopped replying.
        League results 30 Nov: 1st Darren Quek (Player ID 3841927, Lugia VSTAR), 2nd Aishah binti Noordin (Player ID 4409316, Charizard ex). Prizes collected.
        Instalment plan: Alvin Yap, NRIC S7388593J, PG Unleashed x2, 3 months at $120/month, auto-charge to Mastercard 5424 1835 8330 4044.
        Please change the invoice name from Toh Yi Xuan to YX Collectibles and send it to yixuan.toh@hotmail.com instead of my work email.
        Walk-in buyer Gerald Pereira (S6594582G) tried to pay with a card that was declined twice, then left his Seiko watch as collateral for the MG Sazabi. Watch in safe.
        Return label: Ms Vanessa Lim Xin Yi, 18 Jalan Kembangan, Singapore 419127, mobile +65 9652 7743. PSA return, signature required.
        Consignor payout: Benjamin Seah, PayNow to 9701 4482, $1,032 for Metal Build 00 Raiser (sold 5 Dec).
        Reported to police: Sharifah Nadia's Telegram @nadiaa_popmart took $380 for two Labubu Zimomo and blocked me. Her account was OCBC 601-338492-001.
    """),
    "mixed": _lines("""
        eh guys anyone know this Zul? he sell me fake Labubu at Jurong Point carpark, hp 8705 3316, tg @zul_popmart, I already make police report
        ah girl Shermaine Kwok your PSA slabs back already ah, come collect before Sunday, boss say cannot keep long
        bro Yusuf bin Osman still owe me RM450 for the Metal Build, blue tick 3 weeks already, anyone know him pls ask him settle
        收件人：陈家豪 / 地址：Blk 208 Jurong East St 21 #05-118 Singapore 600208 / HP 9342 6081 / 备注：下午才在家
        @meiqi_collects your Aerial Rebuild pre-order arrived, balance $22, PayNow to shop or pay cash at counter
        boss, Lim Ah Kow uncle call again, he say his grandson break the PG at shop and want to pay by instalment, his house number 6258 3114
        Kak Rosnah binti Hashim yang jual preloved Barbie kat Sunway tu confirm pass box at LRT Kelana Jaya 7pm, hp dia 017-663 9104
    """),
    "ms": _lines("""
        Penerima: Nor Syafiqah binti Mohd Radzi, No. 7, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam | Tel: 011-2384 6617 | Barang: Labubu Exciting Macaron x2
        Aduan: Saya Azlan bin Hamid, No. KP 850630-12-5097, telah membeli kad "PSA 10" palsu daripada penjual di Facebook Marketplace dengan harga RM1,900.
        Tahniah Muhammad Haziq bin Rosli (No. ahli 00412), pemenang hadiah utama MGEX Strike Freedom dalam cabutan bertuah kedai kami!
        Sila pulangkan deposit RM100 ke akaun Maybank 1620 4418 8702 atas nama Farah Nadia binti Zainal, pra-tempahan dibatalkan kerana barang lewat 3 bulan.
        Rekod konsainan: Pemilik Chandran a/l Muniandy, KP 010306-14-0871, 1x Metal Build Wing Zero, harga minta RM2,800, komisen 10%.
    """),
    "zh-Hans": _lines("""
        代购清关信息：收件人 黄诗琪，身份证号 440106199508143720，手机 13925068471，广州市天河区体育西路 103 号 1502 室。物品：MG 自由高达 x2
        客户投诉：张伟强先生（电话 8613 5297）称上周在本店寄卖的 PSA 10 喷火龙被调包，要求调看监控。
        会员刘子健预订 RG 牛高达，已付订金 30 新币，到货请打 9284 3376 通知他。
        寄卖结算：寄卖人吴佩珊，DBS 账户 072-4-183659，本月成交 3 件，应付 486 新币。
        厦门客户林雅婷，身份证 350203198902271464，预订 PG 独角兽 2 台，要求寄到厦门思明区莲前西路 2 号。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant for a Gunpla and trading card shop in Singapore.",
        ),
        (
            "user",
            "Help me write a polite but firm WhatsApp reminder. Customer is Edwin Tham, 9827 1064, pre-ordered MG Freedom 2.0, balance $58 unpaid for 3 weeks.",
        ),
        (
            "assistant",
            "Hi Edwin, this is a friendly reminder that your MG Freedom 2.0 has arrived and the $58 balance is still outstanding. Please settle it by Sunday so we can keep the kit for you. Thank you!",
        ),
        ("user", "Add that if he doesn't pay by 15 Dec his $20 deposit is forfeited."),
    ],
    [
        ("user", "Someone scammed me on Carousell for a PSA 10 Umbreon. How do I report it?"),
        (
            "assistant",
            "Keep screenshots of the listing and chat, report the account through Carousell's in-app function, and lodge a police report online. If you paid by bank transfer, call your bank immediately.",
        ),
        (
            "user",
            "ok the seller account is umbreon.vault.sg, he gave me name Jonathan Kwek and I transferred $1,450 to his DBS 027-5-661803 on 28 Nov. Can you draft the police report summary?",
        ),
    ],
    [
        (
            "user",
            "Can you turn this into a neat table? Aerial Rebuild PO: Sarah Lim 9183 2270 x2 paid; Hafiz bin Rahmat 8265 4419 x1 unpaid; Thiru a/l Rajan 9470 3381 x1 paid",
        ),
        (
            "assistant",
            "| Name | Phone | Qty | Status | / | Sarah Lim | 9183 2270 | 2 | Paid | / | Hafiz bin Rahmat | 8265 4419 | 1 | Unpaid | / | Thiru a/l Rajan | 9470 3381 | 1 | Paid |",
        ),
        ("user", "Thanks, now sort by unpaid first."),
    ],
    [
        (
            "user",
            "My son left his Pokémon binder at your shop after league yesterday. Anyone hand it in?",
        ),
        (
            "assistant",
            "Sorry to hear that! Could you describe the binder and give us a name so we can check the lost and found?",
        ),
        (
            "user",
            "Red Vault X binder, about 150 cards, his name is Caleb Ng, 10 years old, wearing Nan Hua Primary PE shirt. You can call me at 8109 5526.",
        ),
    ],
    [
        ("system", "Anda pembantu kedai mainan di Kuala Lumpur."),
        (
            "user",
            "Tolong buat resit konsainan untuk pelanggan ni: Nurul Huda binti Ahmad, KP 990214-01-6682, 2 kotak One Piece OP-07, harga minta RM600.",
        ),
        (
            "assistant",
            "Baik. Resit Konsainan: Pemilik Nurul Huda binti Ahmad, KP 990214-01-6682. Barang: 2 kotak One Piece OP-07. Harga minta RM600. Komisen 10% akan ditolak selepas jualan.",
        ),
        ("user", "Tambah nombor telefon dia 013-921 4475 juga."),
    ],
    [
        (
            "user",
            "I'm sending 20 cards for grading through your group sub. Where should PSA return them?",
        ),
        (
            "assistant",
            "Returns come back to the shop by default, but we can forward to your home for a $12 courier fee. Please give us the full address and a contact number.",
        ),
        (
            "user",
            "Please forward to Pang Wei Lun, Blk 331 Tampines St 33 #11-402, Singapore 520331, hp 9310 8846.",
        ),
        (
            "assistant",
            "Noted, Wei Lun. We'll forward the slabs to your Tampines address once they're back and call 9310 8846 before the courier goes.",
        ),
    ],
    [
        (
            "user",
            "Organising a collector meetup next Saturday, 12 confirmed so far. Can you make a reminder message?",
        ),
        ("assistant", "Sure! Please share the date, venue, and anything attendees need to bring."),
        (
            "user",
            "Sat 21 Dec, 2pm, Kopitiam at Bugis Junction. Also tag these people: @ryan_slabs (Ryan Foo), @kaylatcg (Kayla Mohan, she's bringing her PSA 10 Moonbreon), @jun.gunpla (Jun Kiat, leaving early for his night shift)",
        ),
    ],
    [
        ("user", "帮我整理一下代购单，发给货代用。"),
        ("assistant", "好的，请提供收件人、证件号码、地址、电话和物品清单。"),
        (
            "user",
            "收件人 郑浩然，身份证 440105199203156516，电话 13802967345，地址 广州市海珠区新港西路 88 号，物品 PG 强袭自由 1 台，RG 海牛 1 台。",
        ),
    ],
    [
        ("user", "What's the usual consignment payout timing for Metal Build figures?"),
        (
            "assistant",
            "Most shops pay out within 3 to 7 days after the sale is confirmed, usually by PayNow or bank transfer.",
        ),
        (
            "user",
            "Ok. Please pay Fatimah binte Salleh for her sold MB Astray Red Frame, $780 less 10%, PayNow to NRIC T0140699F.",
        ),
    ],
    [
        ("user", "Is this a fake PSA slab? Cert 71188462, the label looks a bit off."),
        (
            "assistant",
            "Check the cert on PSA's website first; if the card, year and grade don't match, or the hologram doesn't shift colour, it's likely a fake.",
        ),
        (
            "user",
            "Doesn't match. I bought it from Kelvin Ho Jia Le at the Sunway Pyramid meetup for RM2,100, his number is 016-238 5571. What should I do?",
        ),
        (
            "assistant",
            "Keep all evidence, ask him for a refund in writing, and if he refuses, lodge a police report and call the NSRC on 997 if money was transferred.",
        ),
    ],
]
