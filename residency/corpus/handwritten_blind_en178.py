# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en178: SG/MY scrap metal dealers, recycling collectors and karung guni. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en178
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rate board"): _lines("""
        TODAY RATE 06/12 (SGD per kg) | Copper bright wire 9.40 | Copper No.2 8.60 | Brass 5.20 | Aluminium cans 0.90 | Aluminium sheet 1.60 | Stainless 304 1.10 | Iron 0.22 | Old newspaper 0.08
        Rates follow LME and can change without notice. Min. 20 kg for lorry pick-up. Payment by cash or PayNow from company UEN 201834567K only.
        We buy: aircon compressors, radiators (copper/alu), car batteries, motors, cables, old laptops, printer cartridges. We do NOT buy: gas cylinders, fire extinguishers, drain gratings, manhole covers.
        Lead-acid battery (car type) $0.95/kg. Motorcycle battery $3 per pc. No leaking or cracked battery please.
        E-waste removal: CRT TV and 2-door fridge we charge $15–$30, flat-screen TV free collection if you can bring it down to the void deck.
        Copper today LME USD 10,820/t, local yards quoting $9.10–9.50/kg for bare bright; insulated cable priced by recovery 40–65%.
        Karung guni doorstep rate card: newspaper 10 cents/kg, cardboard 6 cents/kg, old clothes 20 cents/kg, rice cooker $1, standing fan $2, working TV $5–$20.
        Contractor price list: mixed scrap iron $210/tonne delivered to yard, $170/tonne if we collect with hook-lift; weighbridge ticket issued on every load.
        Catalytic converter prices not published. Bring the unit in, we read the model code and quote on the spot.
        PRICE DROP NOTICE: cardboard (OCC) revised to $0.04/kg effective 1 Dec until further notice due to weak mill demand.
        Brass keys and taps: remove plastic and iron fittings first, otherwise graded as dirty brass at $3.80/kg.
        Special buy this week: old phones any condition $2–$8 each, laptops $5–$25, cash on the spot at the Jalan Papan yard.
        Copper cable with PVC graded by recovery: 70%+ $6.20, 50–69% $4.50, below 50% $2.80. No burnt cable, open burning is an offence.
        Lead $1.80, zinc $1.50, tin solder $18, copper-brass radiator $5.40, alu-copper radiator $3.20, all per kg, Kranji yard, Mon–Sat 8am–5pm.
    """),
    ("en", "policy and procedure"): _lines("""
        Under the Second-Hand Goods Dealers Act, a licensed dealer must record the particulars of every seller and of the goods bought, and keep those records for inspection by the police.
        SOP 4.2 Seller verification: sight the original NRIC, FIN card or passport, scan the front only, key the number into the POS, and do not accept photocopies or photos on a phone.
        SOP 4.3 Hold items: cable with telco or utility markings, manhole covers, gratings, road signs, new copper pipe in full lengths and brand-new tools in boxes must be put on hold and the supervisor informed before any payment.
        Transactions above $1,000 are paid by bank transfer to the seller's own account only, never to a third party and never split into smaller cash payments.
        Lorry drivers weigh in with full load and weigh out empty; net weight = gross minus tare; driver keeps the white copy, yard keeps the yellow copy.
        Persons under 16 are not allowed to sell any metal items at the counter, even when accompanied by a parent.
        If you suspect goods are stolen, do not confront the seller. Complete the slip as normal, note the time and description, and call the Police Hotline 1800-255-0000 after the seller leaves, or 999 if there is danger.
        Refrigerant must be recovered by a licensed contractor before any fridge or aircon unit is cut; no torch-cutting of compressors with gas inside.
        Fire safety: do not stack car batteries higher than 1.5 m and keep 3 m clearance from the hot-work area at all times.
        The weighbridge is verified every 12 months by an accredited body and the certificate is displayed at the office window.
        PDPA notice: personal data collected at the counter is used only to meet licensing record requirements and is disclosed only to the authorities as required by law.
        We do not sign export paperwork on behalf of customers; e-waste leaving the country needs the proper transboundary movement permit.
        New staff checklist: 1) read SOP 4.x 2) shadow the counter for 3 days 3) learn grading with magnet and file test 4) practise ID scanning 5) sign acknowledgement form.
        Manual slip procedure during system downtime: use pre-numbered slip book, write ID number in block letters, key into POS within the same day, file the carbon copy in the blue box.
    """),
    ("en", "weighing slip and ticket"): _lines("""
        WEIGHBRIDGE TICKET No. WB-2612-04417 | In 08:42 Gross 12,460 kg | Out 09:15 Tare 8,120 kg | Net 4,340 kg | Material: HMS 1&2 | Operator: Station 2
        Purchase slip PS-0088213 | 06/12/2026 14:07 | Copper bright 3.4 kg @ 9.40 = 31.96 | Brass 1.1 kg @ 5.20 = 5.72 | Total $37.68 | Paid: cash | Counter 1
        Invoice INV/26/11/0932 to Hock Seng Engineering Pte Ltd: 2 x 40ft containers shredded steel, 51.28 t net @ USD 338 = USD 17,332.64, terms 30 days.
        Delivery order DO-55170: 18 bales OCC cardboard, approx 9.2 t, destination Pasir Gudang mill, container TGHU 482117 2, seal no. 0094412.
        Ticket #A-77812 VOID, reweigh requested, scale showed drift of +15 kg at zero.
        Slip 004512 | Alu cans 12.6 kg x $0.90 = $11.34 | Newspaper 38 kg x $0.08 = $3.04 | Total $14.38 | Thank you, come again!
        Daily summary 05/12: 143 counter transactions, 38 lorry weigh-ins, copper bought 1,214 kg, brass 486 kg, aluminium 2,904 kg, cash paid out $18,442.10.
        Hold item log #H-2611-019: 6 m of black 3-core cable with a partly scraped stencil, placed on hold pending police check, no payment made.
        Credit note CN-3307 issued against INV/26/10/0871 for 2.5% moisture deduction on a wet cardboard load.
        Scale ID SC-03 verified 16/07/2026, capacity 300 kg, division 0.1 kg, next due 15/07/2027.
        Bin 7 tally (mixed e-waste): 41 CPUs, 17 LCD monitors, 6 CRT, 112 kg cables, 23 kg PCB grade B, batch 261203-05-0147.
        Receipt No. 26-0412 | Old 2-door fridge collection $25 | Mattress disposal $30 | Transport $20 | Total $75 | Paid by PayNow QR
        Yard stock 30/11: HMS 182 t, shredded 96 t, copper #1 2.1 t, copper #2 3.4 t, brass 1.8 t, alu extrusion 4.6 t, SS304 7.2 t.
    """),
    ("en", "forum question and advice"): _lines("""
        Anyone know which scrap yard in Sungei Kadut gives the best rate for aircon compressors? Got 4 old units from my reno.
        Is it ok to sell the leftover copper pipe from a BTO renovation? Contractor says can, just keep the receipt.
        Tip: use a magnet. If it sticks it's iron or steel and worth very little; if not, could be aluminium, brass, copper or stainless.
        How to strip copper wire without burning? Buy a cheap manual stripper. Burning is illegal and you lose value anyway.
        Why the karung guni pay so little for an old fridge? They need to pay for degassing and transport, margins very thin one.
        PSA: if someone offers to buy your corridor gate or old letterbox, be careful, some of these fittings are town council property.
        Do the blue recycling bins take aluminium trays with food stains? Rinse them first, otherwise you contaminate the whole bin.
        In Malaysia do I need a licence to open a small kedai besi buruk? Check with your local council (PBT) for the business licence and ask the police about dealer requirements.
        Car battery scrap price dropped from $1.20 to $0.95, is it because of the lead price or just the yard?
        My condo management says karung guni cannot come into the block without permission, normal or not? Yes, most MCSTs require vendors to register first.
        What's the difference between #1 and #2 copper? #1 is clean, bright, unalloyed; #2 has solder, paint or light oxidation.
        Best way to sell 200 kg of old cast iron bathtubs? Call a yard with a hook-lift lorry, they weigh at the yard and pay by transfer.
        Anyone tried the e-waste bins at the CC? They take phones, laptops and batteries but not fluorescent tubes.
    """),
    ("ms", "notis dan harga"): _lines("""
        HARGA BELIAN HARI INI (RM/kg): Tembaga 42.00 | Loyang 25.00 | Tin aluminium 5.20 | Besi buruk 1.10 | Surat khabar 0.50 | Kotak 0.35 | Bateri kereta 3.80
        NOTIS: Kedai ini tidak membeli kabel TNB, kabel Telekom, penutup lubang (manhole) dan papan tanda jalan. Sila bawa kad pengenalan asli untuk setiap jualan.
        Syarikat Besi Buruk Maju Jaya Sdn Bhd (No. Pendaftaran 201901023456) ambil barang lusuh di rumah: peti sejuk, mesin basuh, aircond rosak, minimum 50 kg. Pejabat: 03-3341 7720.
        Waktu operasi: Isnin–Sabtu 8.30 pagi – 6.00 petang, Ahad dan cuti umum tutup. Timbang terakhir 5.30 petang.
        Amaran: Membeli atau menerima barang curi adalah kesalahan di bawah Kanun Keseksaan. Kedai ini bekerjasama dengan PDRM.
        Tips kitar semula: asingkan tin aluminium dari tin besi, bilas botol plastik, lipat kotak supaya jimat ruang.
        Harga tembaga turun RM2 sekilo minggu ini sebab harga LME jatuh, harga loyang kekal.
        Pekeliling: semua pengusaha kedai besi buruk di daerah ini perlu memperbaharui lesen perniagaan sebelum 31 Januari; borang boleh diambil di kaunter majlis.
        Resit No. RB-12049 | Tin aluminium 8.4 kg x RM5.20 = RM43.68 | Surat khabar 22 kg x RM0.50 = RM11.00 | Jumlah RM54.68
        Kenapa harga kotak murah sangat sekarang? Sebab kilang kertas kurang permintaan dan stok masih banyak.
        Perkhidmatan lori 3 tan untuk kilang dan tapak pembinaan, caj pengangkutan ikut jarak dan berat.
        Jangan bakar kabel untuk ambil tembaga, ini salah di sisi undang-undang alam sekitar dan asapnya bahaya kepada kesihatan.
        Kerajaan menyasarkan kadar kitar semula isi rumah sebanyak 40 peratus menjelang 2025.
    """),
    ("zh-Hans", "回收告示与价格"): _lines("""
        今日收购价（新币/公斤）：紫铜 9.40，黄铜 5.20，铝罐 0.90，不锈钢 1.10，废铁 0.22，旧报纸 0.08
        本店不收：带电信公司或电力公司标志的电缆、沟渠铁盖、路牌、全新未拆封工具。卖货请出示身份证原件。
        上门回收旧冰箱、洗衣机、冷气机，组屋住户请先搬到楼下，另收搬运费。
        铜价跟着伦敦金属交易所走，这星期跌了不少，有货的可以再等等。
        磅单号 WB-2612-04502｜毛重 9,880 公斤｜皮重 7,410 公斤｜净重 2,470 公斤｜货品：杂铁
        为什么收旧货的现在不太收旧衣服了？听说旧衣出口价跌到几乎没利润。
        怎么分辨黄铜和紫铜？紫铜偏红，黄铜偏黄，用锉刀锉一下颜色更清楚。
        注意：烧电线取铜是违法的，环境局会开罚单，而且烟有毒。
        营业时间：星期一至星期六早上八点到下午五点，公共假期休息。
        回收小知识：铝罐压扁能省空间，但不要混入铁罐，否则整批降价。
        本公司持有警方二手货商执照，所有交易依法记录并保存。
        “Karung guni”原是马来语，意思是麻袋，早年收旧货的人背着麻袋沿街收购。
        社区中心设有电子废料回收箱，可投放旧手机、电脑和电池，但不收光管。
    """),
    ("mixed", "yard group chat"): _lines("""
        Boss today copper drop again ah, 9.10 only. Tomorrow see how lor.
        Weighbridge 2 spoil already, all lorry go WB1 pls, jangan queue kat gate.
        Anyone got extra pallets? Need 10 for baling kotak tmr morning.
        Lorry from Tuas site reached, net 4.3 ton HMS, ticket WB-2612-04417 ok already.
        Harga loyang naik sikit, RM25.50 hari ni, tembaga still same.
        Reminder: Friday NEA inspection, clear the battery corner and sapu lantai ya.
        今天铝罐特别多, bin 3 full already, tomorrow call hook-lift come take.
        Counter system down 10 mins, don't key in anything, write on manual slip first.
        Police advisory just came in: stolen brass fittings from construction sites in the west, check carefully before buying.
        Aircon compressor today $1.40/kg, if still got gas inside reject ah.
        Who on duty Sunday? Need 2 people for stock-take, OT pay as usual.
        Container booking confirmed 12 Dec, 2x40ft shredded steel to the Penang mill.
        Karung guni lorries pls don't park at loading bay after 4pm, block the trailer.
    """),
    ("en", "news and public information"): _lines("""
        Police arrested three men, aged between 28 and 45, for their suspected involvement in the theft of copper cables from a construction site in Tengah; about 300 kg of cable was recovered.
        According to NEA's waste statistics, ferrous metal has one of the highest recycling rates in Singapore, at about 99 per cent.
        Tenaga Nasional Berhad said cable theft caused unplanned outages in several areas and urged the public to report suspicious activity to its careline at 15454.
        Minister for Sustainability and the Environment Grace Fu said the Extended Producer Responsibility scheme makes producers responsible for collecting and treating regulated e-waste.
        Copper prices hit a record high on the London Metal Exchange in 2024 amid supply concerns, lifting payouts at scrap yards across the region.
        The karung guni trade dates back to early Singapore, when rag-and-bone men went door to door buying old newspapers, bottles and clothes.
        Malaysian scrap exports shifted after China tightened its import standards on solid waste in 2018.
        A fire broke out at a scrap yard in Sungei Kadut on Tuesday afternoon; SCDF said no injuries were reported and the fire was put out with two water jets.
        Police reminded scrap metal dealers to stay vigilant after a spate of thefts of brass water meters from residential estates.
        Lee Kuan Yew launched the Keep Singapore Clean campaign in 1968, decades before recycling bins appeared at every HDB block.
        Telekom Malaysia said repeated cable theft disrupts fixed-line and broadband services and costs millions of ringgit in repairs each year.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Seller: TAN KAH HOCK | NRIC S7873574J | Addr: Blk 412 Bedok North Ave 2 #08-117 | Item: copper pipe 6.2 kg | Amt $58.28 | 06/12 10:14
        ID check fail 05/12 15:40 – male seller showed NRIC S7738347F but photo did not match, gave name as Muthu a/l Ramasamy, left without selling 3 bags of brass taps.
        Report to Jurong West NPC: on 03/12 about 2pm Roslan bin Ahmad Tajudin (MyKad 780412-10-5523) sold us 42 kg of brass water meters and drove off in lorry JQT 8821; items kept aside for IO.
        Pick-up booking #PB-1207: Mrs Jasmine Lim, Blk 108 Yishun Ring Rd #05-342, Sat 10am, old 2-door fridge + washing machine, call 9672 4418 before coming up.
        Uncle Ah Seng, the karung guni with the blue tricycle who stays at Blk 56 Marine Terrace, collects our newspapers every Tuesday; pay him $5 extra for the boxes.
        WEIGHBRIDGE TICKET WB-2612-04431 | Vehicle GBL4821J | Driver/owner: Goh Boon Kiat | Gross 11,240 | Tare 7,960 | Net 3,280 kg | Pay to POSB 081-34772-6
        Worker Md. Rafiqul Islam, WP FIN G7476842W, passport BT0471826, on MC 2 days for back strain from lifting batteries.
        Refund of overcharged disposal fee $45 to card 4571 2361 5063 9202, cardholder NG SIEW LING, approved by ops manager.
        Hi, my name is Harpreet Kaur d/o Gurdev Singh, someone stole the copper piping from my house at 19 Jalan Ulu Siglap during reno. If anyone brings in about 20 m of 15mm pipe pls call me 8316 2095.
        BLACKLIST – do not buy from LEE WEI JIE (T0231847J), tried to sell SP Group cable twice in Nov, reported to police.
        PayNow to 9183 5527 (Mdm Siti Aminah binti Osman) for 86 kg mixed scrap, $41.30, sent 11:02.
        Complaint from Mr Kelvin D'Cruz of 14 Jalan Chempaka Kuning: our karung guni lorry blocked his driveway for 40 min on Sunday and the driver was rude to his wife.
        S/N 0217 | 05/12/2026 | RAJENDRAN S/O KRISHNAN | S7495102C | 9724 0381 | Brass fittings 4.4 kg | $22.88 | Signed
        Regular: Ah Beng (Ong Chee Beng), karung guni from Ang Mo Kio Ave 10, sells ~200 kg cardboard weekly, still owes $120 advance from Oct, HP 8822 6140.
        Booking request via website | Name: Farah Nadia binti Kamarulzaman | Email: farahnadia.k88@gmail.com | Address: 22 Jalan Bunga Raya 5, Taman Melawati, 53100 KL | Items: 3 old aircond units | Preferred: 14/12 morning
        Statement of yard hand Mohan a/l Subramaniam, MyKad 850923-07-6281: he saw two men unloading road-sign aluminium from a van at the back gate around 7pm on 1 Dec.
        Dear Mr Ravi Chandran, your balance of $1,240 for the scaffolding pipes we advanced is overdue since 15 Oct; kindly settle by end of this month.
        Incident 02/12: Ahmad Zulkifli bin Hashim cut his left palm on sheet metal, 5 stitches at Ng Teng Fong Hospital, MC 3 days, WSH report filed.
        KARUNG GUNI VENDOR REGISTRATION – MCST 2719 | Name: LIM AH KOW | NRIC: S7886711F | Vehicle: tricycle | Contact: 9105 3872 | Days allowed: Tue & Fri 9–11am
        Suspect passed to IO: Chinese male about 40, tattoo on right forearm, calls himself Ah Huat, drives white Hino lorry GBC9127U, sold us 3 rolls of new copper cable on 28/11.
        Pick-up confirmed for Mr Brandon Pereira, 3 Jalan Kembangan #02-05, Tue 2–4pm: cast-iron piano frame and 2 old bicycles, gate code 4471#.
        Telegram @siteleftover_des is Desmond Yeo, the guy who keeps offering us "site leftover" copper in bulk; boss says do not deal with him.
        Seller ID: Indian passport Z4821937, SELVAM PERIASAMY, shipyard worker in Tuas, sold 12 kg brass valves, says his supervisor gave them to him.
        Claim form | Insured: Mr Yeo Kah Leng | NRIC S6487908A | Vehicle SJA618U | Loss: catalytic converter cut off at Blk 223 Serangoon Ave 4 carpark, night of 29/11
        Email from peterlau.scrap@yahoo.com.sg: "Hi I'm Peter Lau, retired, I have about 80 kg of old brass door handles from my late father's hardware shop, can you quote?"
        FIN F6059994R – VU THI HOA, Vietnamese, married to a local, sells aluminium cans every Thursday about 15 kg, paid cash.
        Counter note: 16-year-old HO JUN WEI NICHOLAS, NRIC T1080498H, tried to sell 5 kg brass fittings from his father's workshop; refused per policy, told him to come back with his father.
        Elderly karung guni Mr Sim Teck Lai, NRIC S5225782D, 74 this year, hard of hearing, lives alone at Blk 19 Jalan Tenteram; social worker asked us to call her if he stops coming.
    """),
    "ms": _lines("""
        Borang jualan | Nama: MOHD FAIZAL BIN ISMAIL | No. KP: 910215-14-5017 | Alamat: No. 12, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam | Barang: kabel tembaga 8 kg | Bayaran: RM336
        Laporan polis: Saya Kamal bin Yusof, No. KP 690730-01-5343, ingin melaporkan kecurian pagar besi dan 2 pintu pagar di rumah saya di Lot 55 Kampung Parit Raja, Batu Pahat pada 28/11 kira-kira jam 3 pagi.
        Pak cik Din (Jamaludin bin Said) yang kutip surat khabar guna motor, nombor dia 013-772 4810, datang setiap Rabu ke Taman Desa.
        Senarai hitam: jangan beli dari Zainal Abidin bin Mat Noor, KP 800117-03-5129, pernah jual kabel Telekom bulan lepas, lori plat DAB 4418.
        Tempahan ambil barang: Puan Norhayati binti Abdullah, 019-338 4471, No. 8 Lorong Cempaka 2, Taman Cempaka, Ipoh — peti sejuk rosak dan 3 kerusi besi, Sabtu pagi.
        Pekerja Rahim bin Kassim cuti sakit 2 hari sebab tangan luka masa potong besi, MC dari Klinik Kesihatan Klang.
        Bayaran DuitNow ke 012-556 9013 atas nama Siti Khadijah binti Rahman untuk 34 kg tin aluminium, RM176.80.
        Saksi: Encik Lingam a/l Muniandy, KP 750602-08-5211, nampak dua lelaki angkut kabel TNB ke dalam lori kira-kira jam 11 malam di Jalan Sungai Rasa.
        Akaun tetap: Tauke Lim (Lim Choon Seng), pembekal kotak dari pasar malam Seri Kembangan, hutang RM450 belum bayar, tel 016-228 0947.
    """),
    "zh-Hans": _lines("""
        卖家登记：姓名 陈志强｜身份证 S8420969D｜电话 9348 2716｜货品：铜线 5.6 公斤｜付款 $52.64
        上门收旧货预约：黄丽珍女士，宏茂桥 Blk 628 #09-212，星期六早上十点，旧电视两台、洗衣机一台，上来前先打 8759 0143。
        警方查询附件：可疑卖家自称“阿福”，真名林国福，马来西亚人，护照 A51283906，上月三次来卖全新铜管。
        员工王建华（工作准证 FIN G8609251X）上星期搬电池扭伤腰，看了中医，请假三天。
        老陈（陈亚九）每天踩三轮车收纸皮，住在芽笼 25 巷，他女儿最近住院，大家能帮就帮。
        中国籍焊工刘海涛，身份证 350583198703142713，护照 EJ4417283，本月薪水 $1,850 已转账。
        投诉记录：住户李淑芬（电话 9061 7725）投诉收旧货的人每天早上七点在她楼下按喇叭，太吵。
    """),
    "mixed": _lines("""
        Eh bro that guy Azman bin Karim came again today, IC 830405-10-5637, bawa 3 gulung kabel tembaga, I tak beli, very suspicious.
        Boss, Mdm Rosnah binti Jaafar called, dia nak cancel pickup Saturday at Blk 221 Jurong East St 21 #11-88, reschedule next week.
        Pls note Ganesh s/o Velu owe us $300 since Sept, his HP 9812 3064, don't give him any more advance lah.
        Car SLK772E belongs to Mr Sebastian Tay, he came sell catalytic converter but no car papers, say 'own car one', 我觉得怪怪的.
        wah Mdm Chong's daughter Chong Hui Min just got into NUS medicine, last time she helped her mum fold kotak at our yard every Sat.
        Transfer RM1,880 ke Maybank 5142 8830 6127 (Tan Beng Huat) untuk 48 kg tembaga, ref JB-1126, dah settle.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can help me write a short report to the police? I run a scrap yard in Kaki Bukit. Yesterday a guy sold us 18 kg of brand new copper earthing tape, still got the roll label.",
        ),
        (
            "assistant",
            "Sure. Please give me the date and time, what was sold, the seller's particulars as recorded on your slip, and what made it suspicious.",
        ),
        (
            "user",
            "4 Dec around 3.15pm. Seller name Kenneth Quek Boon Huat, NRIC S8369087I, he came in a grey van, said he was a contractor. Paid him $151 cash. After that I saw the label says property of a building company.",
        ),
        (
            "assistant",
            "Here is a draft: 'On 4 Dec at about 3.15pm, a man who identified himself as Kenneth Quek Boon Huat (NRIC S8369087I) sold 18 kg of new copper earthing tape to our yard for $151 cash. The roll label indicates it belongs to a building company. The items are being kept aside for police inspection.'",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant of a karung guni collection service in Singapore. Collect the customer's address, contact and items.",
        ),
        (
            "user",
            "hi i want to clear my late mum's flat, got old fridge, 2 fans, lots of newspapers and a sewing machine",
        ),
        (
            "assistant",
            "Sorry for your loss. May I have the flat address, your name and a contact number, and which day suits you?",
        ),
        (
            "user",
            "Blk 33 Holland Drive #14-06, my name Priya Nair, hp 9420 5581, this Sunday after 11am can?",
        ),
        (
            "assistant",
            "Noted, Ms Nair. Sunday after 11am at Blk 33 Holland Drive #14-06. Our collector will call 9420 5581 before coming up.",
        ),
    ],
    [
        (
            "user",
            "Format these seller rows into a table for me: 1) ONG SOO KIAT, S7345520J, copper 2.3kg $21.62  2) NUR AISYAH BTE SALLEH, T0476120G, alu cans 9kg $8.10  3) KYAW ZIN OO, FIN F0582590M, brass 3.1kg $16.12",
        ),
        (
            "assistant",
            "No | Name | ID | Item | Weight | Amount / 1 | ONG SOO KIAT | S7345520J | Copper | 2.3 kg | $21.62 / 2 | NUR AISYAH BTE SALLEH | T0476120G | Alu cans | 9 kg | $8.10 / 3 | KYAW ZIN OO | F0582590M | Brass | 3.1 kg | $16.12",
        ),
        ("user", "thanks, add column for time, all were between 9 and 10am today"),
    ],
    [
        ("system", "You are a helpful assistant for a scrap metal buyer in Johor Bahru."),
        (
            "user",
            "Saya nak jual pagar besi lama dan pintu gril, lebih kurang 150 kg. Boleh datang ambil?",
        ),
        (
            "assistant",
            "Boleh. Sila beri alamat penuh, nama dan nombor telefon, serta hari yang sesuai.",
        ),
        (
            "user",
            "Nama saya Rohani binti Hassan, KP 720918-06-5094, alamat No. 41 Jalan Mawar 7, Taman Johor Jaya, 81100 JB. Tel 017-604 2283. Khamis petang boleh.",
        ),
        (
            "assistant",
            "Terima kasih Puan Rohani. Lori kami akan datang Khamis petang ke No. 41 Jalan Mawar 7, Taman Johor Jaya dan akan telefon 017-604 2283 dahulu.",
        ),
    ],
    [
        ("user", "帮我写一封投诉信给市镇理事会，我邻居一直把收来的旧货堆在走廊。"),
        ("assistant", "好的，请告诉我您的组屋地址、邻居的单位号码和问题持续多久了。"),
        (
            "user",
            "我住 Blk 517 Tampines St 53 #07-330，隔壁 #07-332 的郭先生（郭福来）是收破烂的，纸皮和旧电器堆了三个月，有蟑螂，挡住消防通道。",
        ),
        (
            "assistant",
            "草稿：'本人住在 Blk 517 Tampines St 53 #07-330。隔壁 #07-332 住户郭福来先生三个月来把纸皮和旧电器堆放在走廊，引来蟑螂并阻塞消防通道，恳请理事会处理。'",
        ),
    ],
    [
        (
            "user",
            "One of my workers got hurt at the yard, need to fill the MOM incident report. What info do I need?",
        ),
        (
            "assistant",
            "You will need the worker's name and FIN, date, time and place of the accident, how it happened, the injury and the medical leave given.",
        ),
        (
            "user",
            "Name Shahidul Alam, FIN G8098443Q, 3 Dec 10.40am at the shearing machine, his right thumb got crushed, fracture, Khoo Teck Puat Hospital gave 14 days MC.",
        ),
        (
            "assistant",
            "Thanks. With the fracture and 14 days of MC, this is reportable. I'll prepare the summary: Shahidul Alam (FIN G8098443Q), right thumb fracture at the shearing machine on 3 Dec, 10.40am, 14 days MC.",
        ),
    ],
    [
        (
            "user",
            "how much do i pay this customer? 14.6kg copper #2 at 8.60 and 7.2kg brass at 5.20",
        ),
        ("assistant", "Copper: 14.6 x 8.60 = $125.56. Brass: 7.2 x 5.20 = $37.44. Total $163.00."),
        (
            "user",
            "ok he wants bank transfer, name Muthukumar a/l Palaniappan, OCBC 587-213904-001, pls write the transfer note",
        ),
        (
            "assistant",
            "Transfer note: Pay $163.00 to Muthukumar a/l Palaniappan, OCBC 587-213904-001, for 14.6 kg copper #2 and 7.2 kg brass, 06/12/2026.",
        ),
    ],
    [
        (
            "user",
            "My late father ran a small scrap shop in Geylang Bahru. I'm the executor, need to write to his supplier about money still owed to the estate.",
        ),
        ("assistant", "I can help. Who is the letter from and to, and how much is owed?"),
        (
            "user",
            "From me, Jeremy Toh Wei Liang, NRIC S7946617D. Dad was Toh Ah Bah. The supplier still owes $4,860 for two loads of aluminium extrusion in August. My email jeremytoh.wl@gmail.com.",
        ),
        (
            "assistant",
            "Draft: 'I am Jeremy Toh Wei Liang, executor of the estate of the late Mr Toh Ah Bah. Our records show $4,860 remains outstanding for two loads of aluminium extrusion delivered in August. Please contact me at jeremytoh.wl@gmail.com to arrange payment.'",
        ),
    ],
    [
        (
            "user",
            "someone cut off the catalytic converter of my car last night at the multi-storey carpark, what should I do",
        ),
        (
            "assistant",
            "Make a police report first, then inform your insurer. Photos of the underside and the carpark location help. Would you like help drafting the report?",
        ),
        (
            "user",
            "yes. I'm Aaron Fernandez, car plate SKP3306J, Toyota Wish, Blk 680 Choa Chu Kang Crescent carpark level 4, my number 9563 2208",
        ),
        (
            "assistant",
            "Draft: 'I, Aaron Fernandez (contact 9563 2208), discovered that the catalytic converter of my Toyota Wish SKP3306J had been cut off while parked at level 4 of the Blk 680 Choa Chu Kang Crescent carpark overnight.'",
        ),
    ],
    [
        ("system", "You help a Malaysian recycling centre write WhatsApp replies."),
        (
            "user",
            "Tolong tulis reply untuk customer ni: Mr Wong Kok Leong, 011-2845 7316, dia complain timbang kita kurang 3 kg masa jual surat khabar semalam.",
        ),
        (
            "assistant",
            "Draf: 'Salam Mr Wong, terima kasih atas maklum balas. Kami minta maaf atas kesulitan. Timbang kita akan diperiksa hari ini dan kami akan hubungi Mr Wong di 011-2845 7316 untuk pulangkan beza 3 kg.'",
        ),
        (
            "user",
            "ok tambah sikit, kita bagi dia voucher RM10 sebab dia regular customer sejak 2019",
        ),
    ],
    [
        (
            "user",
            "I'm a karung guni, want to register with the condo management at Bedok. What do they usually ask for?",
        ),
        (
            "assistant",
            "Usually your name as in NRIC, NRIC number, contact number, vehicle details and the days you plan to come. Some also ask for a photo.",
        ),
        (
            "user",
            "ok my details: Yusof bin Abdul Rahman, S6032917F, hp 9027 4165, I use a small lorry GY1193E, want Mon Wed Fri morning",
        ),
        (
            "assistant",
            "Here's your form text: Name: Yusof bin Abdul Rahman | NRIC: S6032917F | HP: 9027 4165 | Vehicle: GY1193E (small lorry) | Requested days: Mon, Wed, Fri mornings.",
        ),
    ],
]
