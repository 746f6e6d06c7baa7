# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en151: SG/MY laundry and dry-cleaning shops (orders, lost or damaged garments, alterations, pickup and delivery, laundromat disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en151
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Dry Cleaning Price List (effective 1 Jan 2025): Shirt $4.50 | Blouse $5.00 | Trousers $6.00 | Suit 2pc $16.00 | Suit 3pc $21.00 | Tie $4.00 | Prices exclude 9% GST
        Wash & fold by weight: $2.80/kg, minimum 5 kg, 48-hour turnaround; express same-day +$10 if dropped off before 10am.
        Traditional wear: Baju kurung (2pc) RM12 | Baju Melayu with samping RM18 | Cheongsam (silk) RM22 | Saree plain RM20, heavy zari work from RM35 | Sherwani from RM40
        Household items: Duvet single $18 / queen $24 / king $28 | Bedsheet set $9 | Curtains $5.50 per kg, take-down and rehang $40 per visit within 5 km
        Alterations: Hem trousers $8 | Hem with original hem $14 | Take in waist $12 | Shorten jacket sleeves $25 | Replace zip $10-$18 | Sew on button $1 each
        Leather and suede cleaning from $65 per jacket, 10 working days; handbag spa from $90, colour restoration quoted only after inspection.
        Laundromat rates: Washer 10kg $5 / 15kg $7 / 22kg $9 | Dryer $1 per 8 min | Detergent and softener auto-dosed, included in price
        Shoe cleaning: sneakers $15/pair, canvas $12, suede or nubuck $25, midsole whitening +$8.
        Wedding gown cleaning and preservation: from $280 (cleaning only) or $350 with acid-free box and tissue, allow 3-4 weeks.
        Corporate uniform contract: polo tee $1.20/pc, chef jacket $2.50/pc, minimum 200 pcs per week, free pickup twice weekly within Jurong Industrial Estate.
        Student promo: 15% off wash & fold on weekdays with a valid NTU, NUS or SMU matric card; not stackable with member points.
        Delivery fee: free above $40; $6 below $40; $12 for same-day; $5 surcharge for Sentosa and Jurong Island addresses.
        Carpet cleaning RM4.50 per sq ft, minimum charge RM80; Persian and silk rugs by quotation only.
    """),
    ("en", "shop_notice"): _lines("""
        NOTICE: Garments not collected within 90 days of the ready date will be donated to charity. We are not liable for items left beyond this period.
        Our liability for lost or damaged items is limited to 10 times the cleaning charge or S$200, whichever is lower, unless a higher value was declared and insured at drop-off.
        Please check all pockets before handing over your clothes. We are not responsible for cash, earbuds, IC or EZ-Link cards left in garments.
        Chinese New Year operating hours: closed 29 Jan to 1 Feb; last drop-off for pre-CNY collection is 24 Jan, 6pm.
        Hari Raya Aidilfitri closure: all outlets closed on 31 March and 1 April; orders due on those days will be ready from 2 April.
        Lost your receipt? Collection without a receipt requires the registered mobile number and a signature at the counter; we do not photocopy ICs.
        Self-service laundromat rules: no dyeing, no pet beds, no rubber-backed mats in the washers. Do not leave laundry unattended more than 15 minutes after the cycle ends.
        This outlet is under 24-hour CCTV surveillance. Footage is kept for 30 days and released only to the police on request.
        For feedback on our service, call our customer hotline 6747 3310 (Mon-Sat 9am-6pm) or email care@freshpresslaundry.com.sg.
        Machine out of order? Scan the QR code on the machine or call our 24h helpline 1800 272 8899. Please do not hit or tilt the machine.
        We accept PayNow (UEN 201634812K), NETS, Visa, Mastercard and cash. Cheques are not accepted.
        Items with pre-existing damage (tears, fading, missing buttons) will be tagged at the counter and photographed before cleaning.
        Customers in a dispute with a laundry shop may approach CASE for mediation; claims up to $20,000 can be filed at the Small Claims Tribunals.
        Dear customers, from 1 March our Tampines Central branch moves to 1 Tampines Walk, #B1-32 (Our Tampines Hub). Existing order numbers remain valid.
        Pickup and delivery slots: 9-12, 12-3, 3-6 and 6-9pm on weekdays. Please hand the bag to the driver or leave it with your condo guardhouse.
        Order form: Name ________ / Mobile ________ / Unit no. ________ / Items ________ / Special instructions ________ / Customer signature ________
    """),
    ("en", "care_advice"): _lines("""
        How do I get turmeric curry stains out of a white cotton shirt? Rinse in cold water, rub in dish soap, then dry it in the sun; UV fades turmeric faster than bleach does.
        Songket and kain tenun with metallic thread should never go into a washing machine; dry clean only and store them rolled, not folded.
        Q: Why did my wool jumper shrink in the dryer? A: Heat plus agitation causes felting. Wool should be hand washed cold and dried flat.
        Silk cheongsam: turn inside out, hand wash in lukewarm water with a pH-neutral detergent, never wring, and iron on low with a pressing cloth.
        In Singapore's humidity, clothes left in the plastic dry-cleaning bag can grow mould within weeks; remove the bag and let garments breathe.
        Is it safe to tumble dry a down jacket? Yes, on low heat with two clean tennis balls; expect two or three dryer cycles at the laundromat.
        Tip: store a saree with a heavy zari border wrapped in muslin and refold it along different lines every few months so the metal threads do not crack.
        Can I wash school uniforms together with the white PE shirt? Better not; the navy or green dye of some uniforms bleeds in the first few washes.
        What does a circle with the letter P inside mean on a care label? Professional dry cleaning with perchloroethylene or hydrocarbon solvent is fine.
        Choosing a washer size: a 10kg machine fits about a week of clothes for one adult; a queen duvet needs the 18kg or 22kg machine.
        If your item is damaged, take photos at once, keep the receipt and tag, and write to the shop within 7 days before you wear or rewash it.
        Smelly gym clothes: add half a cup of white vinegar to the rinse and skip fabric softener, which traps odour in synthetic fibres.
        New batik from Pekalongan or Kelantan: wash it separately in cold water with a little salt for the first few washes to help set the colour.
    """),
    ("en", "order_system"): _lines("""
        ORD LX-2411-08817 | 3 pcs | status READY | rack C-14 | paid PayNow txn PN24111809321 | ready 18/11 17:00
        [2024-11-19 02:14:07] W05 cycle_start prog=COTTON_40 coins=5.00 door_lock=OK
        [2024-11-19 02:51:33] D02 error E35 heater_timeout; refund_voucher RV-77120 issued automatically (value $2.00)
        Tracking no. SPXSG0471882356 - parcel with 2 garment bags out for delivery, ETA 3-6pm
        Invoice INV-MY-2411-00893 | Customer: Hotel Seri Bayu Sdn Bhd | 1,240 pcs linen | RM 2,976.00 | payment terms 30 days
        Case ref CS-24-10562: shrinkage claim on wool blazer assessed by supervisor, 50% refund approved under clause 7.2.
        Batch 45 sorting: 62 bags received, 3 bags flagged for stain pre-treatment, 1 bag missing tag - placed on hold shelf H2.
        SKU DRY-SUIT2-STD price 16.00 tax SR9 | SKU WF-KG price 2.80 tax SR9 | SKU ALT-HEM-ORI price 14.00 tax SR9
        Asset register: SN 8K2G-44719, Electrolux Professional WH6-11 washer, installed 03/2022, Outlet 07 bay 2
        Daily Z-report Outlet 03: gross $1,842.50 | NETS $612.00 | PayNow $798.50 | cash $432.00 | voids 2 | refunds $18.00
        Delivery route R3 Fri: 14 stops, depart hub 09:10, postal sectors 46-52, last drop 12:40, vehicle V2.
        Garment tag 0043-07-B: navy blazer, 2 buttons missing on arrival, pre-existing pilling on sleeves, customer informed at counter.
        Order SG-GOWN-0229 boxed and sealed 12/10; preservation certificate PC-2024-0229 issued; box stored in climate room B.
        Voucher code RAYA25 gives 25% off dry cleaning from 15 March to 15 April, one use per account.
    """),
    ("mixed", "group_chat"): _lines("""
        anyone know the laundromat at tampines st 21 got 24 hr or not ah
        wah lau the dryer at my block eat my $2 coin again, machine never start also
        my mum say the dry cleaner at bukit timah plaza very good for cheongsam, but quite ex lor
        dei anyone know where to alter a sherwani fast? wedding next sat, the tailor at little india say need 2 weeks
        Aiyo my son's school uniform shrink until become crop top, which detergent you all use ah
        Kak, kedai dobi dekat Seksyen 7 tu boleh cuci karpet tak? baru pindah rumah, karpet penuh bulu kucing.
        pro tip: go laundromat before 8am sunday, later all the machines kena chope with baskets one
        any1 tried those wash & fold apps with pickup? worth $2.80/kg or just do myself
        The hotel laundry charged $9 for one shirt, crazy. Next trip I'm bringing my own travel detergent.
        那间自助洗衣店的烘干机真的很烂，烘了三次还是湿的 lah, don't go
        cincai wash only lah, all those "dry clean only" tags scam one (joke haha)
        Is it normal for a laundromat to not refund when the machine stops halfway? Mine just says "call hotline" then nobody pick up
        got any dobi at PJ SS2 can do same day? need to wash baju melayu for tomorrow raya
        Eh the new SpinCity outlet opening got free wash first week, jom go try
    """),
    ("ms", "notis"): _lines("""
        Dobi layan diri ini dibuka 24 jam. Sila jangan tinggalkan pakaian di dalam mesin lebih daripada 15 minit selepas kitaran tamat.
        Harga: Mesin basuh 12kg RM6, 18kg RM9 | Pengering RM1 setiap 6 minit | Syiling RM1 dan QR Pay sahaja.
        Pakaian yang tidak dituntut dalam tempoh 60 hari akan didermakan kepada badan kebajikan.
        Perhatian: Dilarang mencuci tikar getah, tilam haiwan peliharaan dan kain bercat di dalam mesin basuh.
        Kami tidak bertanggungjawab atas kehilangan barang berharga yang tertinggal di dalam poket.
        Perkhidmatan ambil dan hantar percuma untuk pesanan melebihi RM50 di sekitar Shah Alam dan Klang.
        Talian aduan pelanggan: 03-5523 8812 (Isnin hingga Sabtu, 9 pagi hingga 6 petang).
        Cara menanggalkan kesan kunyit pada baju putih: rendam dalam air sejuk, sapu sabun pencuci pinggan, kemudian jemur di bawah matahari.
        Promosi Hari Raya: diskaun 20% untuk cucian kering baju Melayu dan baju kurung sehingga 30 Mac.
        Mesin rosak? Sila imbas kod QR pada mesin untuk membuat laporan; bayaran balik diproses dalam 3 hari bekerja.
        Borang tempahan: Nama ______ / No. telefon ______ / Alamat ______ / Jenis pakaian ______ / Tarikh ambil ______
    """),
    ("zh-Hans", "notice"): _lines("""
        本店干洗价格：西装两件套16元，衬衫4.5元，旗袍22元，羽绒服28元起。
        衣物送洗前请检查口袋，遗留的现金、耳机、证件等物品本店概不负责。
        逾期九十天未领取的衣物将捐赠给慈善机构。
        自助洗衣店使用须知：请勿清洗宠物垫和橡胶地垫；洗衣结束后请尽快取出衣物。
        农历新年营业时间：除夕下午三点关门，初一至初三休息，初四照常营业。
        丝质旗袍应反面手洗，水温不超过30度，不可拧干，低温熨烫。
        订单号 LX-2412-01156 已完成，请凭收据到柜台领取。
        如对服务有任何意见，欢迎致电客户服务热线 6747 3310。
        羊毛大衣缩水主要是高温加上搅拌造成的，建议干洗或冷水手洗后平放晾干。
        改衣服务：裤脚改短8元，收腰12元，换拉链10至18元，一般需要三个工作日。
        本店接受PayNow、NETS及信用卡付款，恕不接受支票。
    """),
    ("en", "config"): _lines("""
        {"machine_id": "W05", "type": "washer", "capacity_kg": 12, "price_cents": 600, "programs": ["COTTON_40", "SYNTH_30", "BEDDING_60"], "payment": ["coin", "qr"]}
        CREATE TABLE orders (order_id VARCHAR(20) PRIMARY KEY, customer_id INT REFERENCES customers(id), status VARCHAR(12), ready_at TIMESTAMP, rack_slot VARCHAR(6));
        dryer_pricing: {base_minutes: 8, price_per_block_cents: 100, max_blocks: 8, cooldown_minutes: 3}
        SMS template: "Hi {customer_name}, your order {order_no} is ready for collection at {outlet_name}. Reply STOP to opt out."
        def price_wash_fold(kg: float) -> float: return round(max(kg, 5.0) * 2.80, 2)
        WHATSAPP_TEMPLATE_PICKUP = "Hello {{1}}, our driver will arrive between {{2}} and {{3}}. Please have your laundry bag ready."
        outlets.csv: outlet_code,name,address,postal_code,phone,opening_hours / OUT07,Fresh Press Bedok,Blk 539 Bedok North St 3 #01-601,460539,6449 2087,08:00-21:00
        0 3 * * * /opt/laundry/bin/purge_cctv --older-than 30d --outlet all
    """),
    ("en", "background"): _lines("""
        Dhoby Ghaut in Singapore takes its name from the Indian dhobis who washed clothes in a stream near today's Orchard Road in the 19th century.
        In Shakespeare's The Merry Wives of Windsor, Falstaff escapes by hiding in a basket of dirty laundry and is tipped into the Thames.
        Jalan Dhoby in Johor Bahru recalls the washermen who once worked along the nearby river; the street is now lined with cafes in heritage shophouses.
        Dry cleaning is often traced to Jean Baptiste Jolly, a Paris dye-works owner who noticed in the 1840s that kerosene spilled on a tablecloth cleaned it.
        Perchloroethylene, the classic dry-cleaning solvent, is being phased out in many countries in favour of hydrocarbon and professional wet-cleaning systems.
        Industry survey: roughly one in three laundromat users in the Klang Valley visit at night, and most pay by e-wallet rather than with coins.
        The self-service laundromat boom in Malaysia took off in the mid-2010s, with franchise outlets opening next to mamak stalls and convenience stores.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ORDER SLIP #TB-10482 | MDM LIM SIEW HOON | HP 9736 2418 | 2x cheongsam (silk) + 1x kebaya, dry clean | collect Sat 14/12 | deposit $10 paid
        Dear Manager, my name is Priya d/o Ramasamy. On 3 Nov I left my Kanchipuram silk saree (order BD-1103-221) with you and it came back with the border colour bled into the body. It belonged to my late mother and I am asking for $480 compensation. Please call me at 8264 0917.
        LOST ITEM CLAIM | Claimant: TAN WEI JIE | NRIC: S8523417Z | Addr: Blk 412 Bedok North Ave 2 #08-117 S(460412) | Item: navy Hugo Boss blazer sz 50 | Order ref BD-2210-0342 | Declared value S$650
        Route 3 stop 7 | Mr Harjit Singh | 27 Jalan Kembangan S(419131) | 2 bags wash & fold | cash $38 | dog at the gate, ring bell twice
        CCTV review 17/11 02:14 - customer Muhammad Faris bin Zulkifli (012-748 2290) reports 3 school uniforms and his son's school shoes taken from W05 while he went to the 7-Eleven; footage shows a man in a red jersey removing the load. Advised him to lodge a police report.
        ALTERATION | Nurul Ain binti Rosli | hem baju kurung 2", let out waist 1.5" (6 months pregnant, leave allowance) | for raya open house | ready 28/3 | 016-335 9017
        Refund request - cardholder GOH MEI LING, Visa 4563 6354 5917 7915, exp 08/27, amount RM86.00 for tablecloth returned with a burn hole (order PG-0918-44).
        pls transfer the $120 compensation to my POSB savings 188-43712-5 under Jeremy Teo Jun Hao, thanks. the shirt collar still torn btw
        Incident note 05/12: counter staff Siti Khadijah binti Omar handed the wrong bag to customers twice this week (orders 3312 and 3340). Verbal warning given; she said she was distracted because her father is in hospital.
        Ravi a/l Subramaniam (presser, Ipoh Garden branch) on MC 3 days from 9/12 - dengue fever, doctor ordered bed rest. Pls arrange cover for the steam press.
        New member sign-up: Chloe Fernandez | chloe.fernandez.sg@gmail.com | DOB 14/02/1991 | prepaid package $200 (+$40 bonus) | preferred outlet Holland V
        Hi Mr Daniel Ong Chee Wei, we are very sorry your Burberry trench coat came back with a scorch mark on the left sleeve. As discussed on the phone, we have refunded $350 to your Mastercard and sent the coat for invisible reweaving at our cost.
        Hi Mdm Wong Lai Peng, our driver will pick up from Blk 675A Jurong West St 64 #11-42 tomorrow between 9 and 11am. Please leave the blue bag outside your door. - Fresh Press
        Blacklist note: Mdm Chia Soo Lan (drives white Honda Vezel SMJ5128B) shouted at our staff again on 2 Dec and refused to pay $46 for 2 curtains. Do not accept new orders from her.
        Wedding gown preservation certificate - Bride: Amanda Lee Shu Fen | Wedding date 9 Nov 2024 | Gown: ivory lace, cathedral train | Box sealed 12 Oct, stored room B | Contact 9068 5521
        Outstanding payment: Mr Vincent Chua Kok Leong owes $216 for Oct-Dec office shirts; promised to pay by 15 Jan. Do not release further orders until settled.
        Dorm laundry list | MD RAKIBUL HASAN | FIN G5148732Q | Room 3-14 | 6 work shirts, 4 pants | $7 deducted from salary per employer arrangement
        Condo laundry log: Mr Akira Sato, Cove Residences unit 12-05 - 3 business shirts pressed, 1 linen jacket dry cleaned, charged to monthly account; he flies back to Tokyo on 20/12 so deliver by 19/12.
        Hi, this is Kavitha Ramesh (kavitha.r.92@yahoo.com). I dropped off my daughter's Bharatanatyam costume on 2 Dec for her arangetram on 21 Dec, receipt 00781. Can you confirm it will be ready by 18 Dec?
        Lost & found log #0087 | gold ring found in drum of W03 on 11/10 | engraved "Kumar & Devi 2015" | claimed 13/10 by Devi a/p Kumaran, IC 950211-08-6248, verified against wedding photo on her phone
        selling my 2nd hand Samsung 8kg washer $150, used 2 yrs, moving back to Penang end of month. pm me on tele @jiaxuan_tan97 or self collect at Punggol Field
        Promo broadcast opt-ins: 9302 6675 (Aunty Mary, Blk 88 Zion Rd) ; 8845 1902 (Hafiz, Blk 23 #03-12) ; 8392 0174 (Mrs Sandhu, Siglap)
        Customer feedback form: Name: Benjamin Koh Zhi Wei / Mobile: +65 9671 2283 / Outlet: Toa Payoh Lor 8 / Rating: 1/5 / Comments: third time my shirts come back with yellow marks under the collar. Not coming back.
        From: rachel.goh88@gmail.com | Subject: damaged lehenga, order 55120 | Hi, the sequins on the dupatta have melted and I have photos. I need it for my best friend's wedding on 28 Dec. Please advise. Rachel Goh
        Third-party claimant: Mrs Evelyn de Souza, 19 Ceylon Road S(429612) - says her Peranakan silk curtains came back 8 cm shorter after cleaning; she is asking $1,200 and the adjuster will visit her home on 16 Dec.
        Dec payslip | Aung Ko Ko | FIN F2376190N | laundry operator | basic $1,650 | OT 22h | salary advance $200 deducted
        Encik Hairul Nizam bin Ahmad - baju Melayu cekak musang for his nikah on 15 Feb; chest 40, waist 34, length 29; deposit RM80 paid; call 019-882 6031 when ready
        Re: claim CS-24-10589 - Dear Mr Arjun s/o Krishnan, after inspection we found the shrinkage of your wool suit was caused by an incorrect care label from the manufacturer, so we are unable to accept liability.
        Mdm Noraini bte Said, Blk 308 Woodlands St 31 #04-219 - 2 curtains + 1 duvet, pickup Tue morning. She uses a wheelchair, pls go up to the unit, don't ask her to come down.
        Collection without receipt: collected by Ms Tan Hui Min, NRIC T0387152A, on behalf of her grandmother Mdm Koh Bee Lian, orders 7781 & 7782, signature on file
        Collect: ANG SOOK CHING | 9846 1130 | 4 pcs | $23.50 | PAID
        Laundromat app auto top-up: user Nicholas Pereira, Mastercard 5520 4428 8973 2156, top up $30 when balance drops below $5
    """),
    "mixed": _lines("""
        boss, the auntie from blk 214 - Mdm Lee Ah Moi - come back again say her husband's batik shirt shrink, she want full refund. her hp 8112 7749, u call her can?
        Tolong check order Puan Zaleha binti Mat Isa, dia kata baju kurung moden dia hilang 3 butang, nak claim. No tel 013-906 7724 ya.
        lol my neighbour Kenneth Yeo at Blk 117 #07-15 hang his dripping laundry along the common corridor again, town council already warn him twice
        Ah boy, 陈国辉先生 (Tan Kok Hui) 的西装 still not ready ah? he say tmr flight to Shanghai for job interview, must collect tonight 9pm
        Kak Ros (Rosnah binti Yusof) from Sri Muda called, her 4 helai telekung still missing, she very upset because need for umrah next week. hp +60 17-554 3209
        customer Jason Lim Wei Ming pay already for 20kg but the app never record, his DuitNow ref M10293847, pls verify and refund to his TNG 011-2637 4418
        Driver note: Mrs Margaret Tan, 12A Lorong Selamat, 10400 George Town - COD RM64, ask for her personally, she stays upstairs with her son
        rack E-09: Mr Loh Kheng Huat, 4 shirts, still owe $12 balance, hp 8726 0391, he always say "next time pay" one
    """),
    "ms": _lines("""
        Puan Rohani binti Hashim, No. KP 920908-10-6044, menuntut ganti rugi RM250 untuk baju pengantin yang koyak di bahagian lengan selepas cucian kering.
        Encik Kamarul Ariffin, No. 23, Jalan SS 2/64, 47300 Petaling Jaya - hantar balik 3 beg cadar esok pagi, bayar tunai RM45.
        Aduan: Pelanggan bernama Lim Kah Heng (012-530 8841) mendakwa pengering D4 menelan RM10 tetapi tidak panas; minta bayaran balik ke akaun Maybank 1640 1358 2270.
        Pekerja Nor Azlina binti Abdullah bercuti bersalin 60 hari mulai 2 Januari; gaji dibayar penuh.
        Borang tuntutan: Nama: MOHD SYAFIQ BIN RAHMAT / No. KP: 850317-14-5263 / Alamat: B-07-03 Pangsapuri Sri Ria, Jalan Kuchai Lama, 58200 Kuala Lumpur / Barang: jaket kulit hitam / Nilai: RM900
        Makcik Fatimah binti Ismail dari Kampung Baru tempah jahit semula 5 pasang langsir; minta ambil di rumah sebab kaki sakit, tel 019-427 1185.
    """),
    "zh-Hans": _lines("""
        客户：陈丽娟　电话：9845 3306　地址：义顺72街第741座 #05-233　衣物：羽绒服2件干洗　取件日期：12月20日
        黄志强先生投诉本店洗坏了他的羊毛大衣，要求赔偿800新元，经理已答应下周一回复他（手机 8310 4427）。
        员工郑秀云因腰伤请假两周，医生证明已交，熨烫工作暂由其他同事代班。
        退款记录：刘家豪，信用卡 5217 7164 2958 1225，退款金额 RM45，原因：窗帘缩水。
        李淑芬女士（身份证 010615-01-0386）已于新山 Taman Molek 分店领回遗失在烘干机里的金手链，并已签收。
        王建明先生替太太送来旗袍改衣：收腰一寸，下摆改短两寸，周六婚宴要穿，联系电话 +65 9117 3054。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Can you help me write a firm complaint email to Sparkle Dry Cleaners? They ruined my suit.",
        ),
        (
            "assistant",
            "Sure. Please share the order number, what happened and what outcome you want.",
        ),
        (
            "user",
            "Order SP-88213, dropped off 2 Dec at their Novena outlet, grey Zegna suit, came back with shiny press marks on both lapels. I want a full refund of $1,200. Sign it off as Marcus Lim Jun Jie, 9455 0812.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for the customer service team of a laundry chain in Singapore.",
        ),
        (
            "user",
            "Summarise this case for the manager: customer Mrs Anita Menon called 3 times about her missing silk dupatta, order 66104. She is getting emotional because it is from her wedding.",
        ),
        (
            "assistant",
            "Summary: Mrs Anita Menon (order 66104) has called three times about a missing silk dupatta of sentimental value. Recommend a full rack search today and a personal callback from the manager.",
        ),
        (
            "user",
            "Add that she wants the callback after 6pm on 8736 2290 and that she is threatening to go to CASE.",
        ),
    ],
    [
        ("user", "Salam, boleh ambil baju kotor kat rumah saya esok? Ada 2 beg besar."),
        (
            "assistant",
            "Waalaikumussalam. Boleh, sila berikan nama, alamat penuh dan nombor telefon.",
        ),
        (
            "user",
            "Nama Siti Hajar binti Mansor, No. 8, Jalan Melati 3, Taman Sri Gombak, 68100 Batu Caves. Tel 017-268 5530. Datang lepas 10 pagi sebab saya hantar anak ke tadika dulu.",
        ),
    ],
    [
        ("user", "你好，我上个星期在你们义顺分店送洗的羽绒服不见了。"),
        ("assistant", "非常抱歉给您带来不便。请提供订单号和您的联系方式，我们会立即查找。"),
        (
            "user",
            "订单号 YS-1129-0457，我叫林美华，电话 9582 4416。那件是我女儿从日本买给我的，很有纪念价值。",
        ),
    ],
    [
        (
            "user",
            "I run a self-service laundromat in Cheras. A customer says dryer D2 took RM8 and never heated up. How should I handle refunds?",
        ),
        (
            "assistant",
            "Check the machine log for that time. If an error is recorded, refund through the same payment channel and keep a record with the ticket number.",
        ),
        (
            "user",
            "Log shows error E35 at 22:41. Customer is Chong Kah Seng, IC 780422-07-5119, he wants the RM8 back to his Touch n Go linked to 014-903 2817. Draft me the refund note.",
        ),
        (
            "assistant",
            "Refund note: RM8.00 to be returned to Mr Chong Kah Seng (IC 780422-07-5119) via Touch 'n Go eWallet 014-903 2817 for dryer D2 fault E35 at 22:41.",
        ),
    ],
    [
        ("user", "Hi, I need my wedding cheongsam altered. The wedding is on 18 Jan."),
        (
            "assistant",
            "Congratulations! We will need a fitting. Could you share your name, a contact number and your current measurements if you have them?",
        ),
        (
            "user",
            "Joanne Yeo Pei Shan, 8917 6043. bust 84, waist 66 - I've lost weight before the wedding so the waist needs to go in about an inch. can do fitting Sat 11am at your Katong outlet?",
        ),
    ],
    [
        ("system", "You are an HR assistant for a small laundry business in Johor Bahru."),
        (
            "user",
            "One of our ironing staff, Letchumy a/p Muniandy, has been late 9 times this month. She says her husband is on dialysis and she sends him every morning. What's a fair way to handle this?",
        ),
        (
            "assistant",
            "Talk to her privately first. Given the family situation, consider a later shift or flexible start time before any disciplinary step, and put the agreement in writing.",
        ),
        (
            "user",
            "ok draft a letter offering her a 10am-7pm shift from 1 Jan. her IC is 690104-01-5036.",
        ),
    ],
    [
        (
            "user",
            "Help me fill in the claim form for my laundry shop's insurer. A customer's rug was damaged.",
        ),
        (
            "assistant",
            "Sure. I need the claimant's details, a description of the item, its value and the incident date.",
        ),
        (
            "user",
            "Claimant Mr Rajesh Kumar s/o Pillai, NRIC S9108264J, 41 Upper East Coast Road S(455214). Persian wool rug, value $3,800, bleach patches after cleaning on 4 Dec.",
        ),
    ],
    [
        ("user", "can your driver deliver my laundry to a different address today?"),
        ("assistant", "Yes, please tell us your order number and the new delivery address."),
        (
            "user",
            "order 90312, name Farah Nadhirah Rahim. pls send to my office instead, 10 Anson Road #22-05, my colleague at reception will sign. my number 9034 5571 if the driver can't find",
        ),
    ],
    [
        ("user", "someone at the laundromat took my bedsheet set by mistake, what should I do"),
        (
            "assistant",
            "Ask the operator to check the CCTV for the time you used the machine, and put up a polite notice near the machines asking the person to return it.",
        ),
        (
            "user",
            "help me write the notice. my name Eric Tan Boon Hock, tele @erictan_bd, i stay Blk 123 Bedok North St 2, the set is grey Akemi with ET sewn on the corner",
        ),
    ],
]
