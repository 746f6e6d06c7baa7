# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en155: SG/MY recycling, karung guni and e-waste collectors. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en155
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "estate notice"): _lines("""
        Bulky Item Removal: Residents may request free removal of up to 3 bulky items per household per month. Call the Town Council hotline at 6259 3810 or book via the online form at least 3 working days ahead.
        NOTICE: The e-waste recycling bin at the void deck of Blk 215 will be relocated to the Residents' Committee centre from 15 Jan. ICT items, batteries and bulbs only. No large appliances.
        Reminder from Management: Please do not leave old mattresses, sofas or cabinets at the bin centre. Unauthorised dumping is an offence and the MCST may recover disposal costs. Contact the management office at 6784 2190 (Mon–Fri, 9am–6pm).
        Under the Extended Producer Responsibility framework, large appliances such as fridges, washing machines and TVs can be taken back free of charge by the retailer when you buy a new one of the same type (1-for-1 take-back).
        Batteries: tape the terminals of lithium batteries before dropping them into the e-waste bin. Do not put power banks in the blue recycling bin.
        Blue bin contamination notice: food waste, soiled containers and styrofoam found in the Block 4 chute bin this week. Please rinse before you recycle!
        Recycling Day this Saturday 9am–12pm at the multi-purpose hall. Bring old clothes, newspapers and small electricals. Cash is paid by weight for metals only.
        Karung guni collection at this estate is every Tuesday and Friday morning. Residents may leave bundled newspapers at the lift lobby before 8am; collectors must not block the corridor with trolleys.
        Lift lobby advisory: collectors with trolleys please use the service lift (Lift C) only. Passenger lifts are not to be used for moving scrap or appliances.
        The Town Council will not collect renovation debris, car tyres, or items from commercial premises. For these, please engage a licensed general waste collector listed on the NEA website.
        E-waste bins accept: mobile phones, laptops, tablets, small printers, batteries and lamps. Not accepted: fridges, aircon units, washing machines — arrange a take-back or call a licensed e-waste collector.
        Condo notice: The quarterly bulky item drive is on 22 March. Items must be tagged with your unit number and placed at the loading bay by 7am.
        Notice of Works: Chute cleaning at Blks 301–309 on 4 and 5 June. Please do not discard bottles or cans down the chute during this period.
        Residents are reminded that the contractor appointed by the Town Council will never ask for payment at your door for bulky item removal. Report any such request to the hotline 6259 3810.
    """),
    ("en", "rate card"): _lines("""
        Today's buying price (per kg): Newspaper $0.08 | Cardboard $0.05 | Aluminium cans $0.90 | Copper wire (stripped) $8.50 | Brass $4.20 | Stainless steel $0.80 | Old clothes $0.10
        Weekly rate board — Sungei Kadut yard: Mixed iron 0.28/kg, Heavy melt steel 0.32/kg, Motor (small) 1.10/kg, Compressor 1.40/kg, Radiator (Cu/Al) 3.80/kg. Prices change without notice.
        E-waste: desktop CPU $3/unit, laptop (working) $15–40, CRT TV no value (disposal fee $20), LCD TV 32 inch and above $5, aircon outdoor unit $25–35 depending on size.
        Fridge pickup: single-door free, double-door $10 collection fee if no lift landing, washing machine free, 3-seater sofa $40, queen mattress $35. HDB only, condo +$10.
        Battery price guide — car battery (lead acid) $4/pc, UPS battery $1.50/kg, lithium laptop pack no buy-back (drop it at an e-waste bin).
        Paper grades: OCC (old corrugated cardboard) 5 cents/kg, ONP (old newspaper) 8 cents/kg, mixed office paper 6 cents/kg, hard-cover books not accepted.
        Price revision w.e.f. 1 Aug: aluminium can price drops from $1.10 to $0.90/kg due to LME movement. Copper unchanged.
        Minimum for house call: 20 kg newspaper or 1 large appliance. Below that, please bring to our shop at Jalan Besar, open 8am–5pm daily except PH.
        Phone buyback (used, working): iPhone 11 $60, iPhone 12 $110, Samsung A52 $40, cracked screen deduct 50%. No iCloud/FRP lock.
        Copper grades — bright and shiny (millberry): top price; #2 copper (tinned/painted): -15%; insulated wire: paid on estimated recovery, usually 35–60%.
        Rates quoted are for clean material. Contaminated loads (wet paper, cans with liquid) are weighed with a 10% deduction.
        Stainless 304 $1.20/kg, 201 $0.60/kg — bring a magnet if not sure. Cast iron $0.25/kg.
        Ex-yard price per tonne: HMS 1&2 80:20 – S$330; shredded – S$355; turnings – S$190.
    """),
    ("en", "slip and job sheet"): _lines("""
        WEIGHING SLIP No. WS-0048213 | Date: 14/03/2025 10:42 | Gross 2,340 kg | Tare 1,610 kg | Net 730 kg | Material: Mixed ferrous | Rate $0.28 | Amount $204.40
        Slip #A17732 — Newspapers 36.5 kg x $0.08 = $2.92; Cans 4.1 kg x $0.90 = $3.69; Total $6.61 (paid cash)
        SELLER DECLARATION (template): I, ____________ (NRIC/FIN No. ____________), declare that the goods listed below belong to me and are not stolen property. Signature: ________ Date: ________
        Receipt template fields: {slip_no}, {date}, {material}, {net_kg}, {rate}, {amount}, {seller_name}, {seller_id_masked}
        Bulky Item Removal Job Sheet — Job ID: BIR-24-09-1187 | Items: 1 x 3-seater sofa, 1 x bed frame | Status: Completed 11:05 | Crew: Team 3 | Photo ref: IMG_4410-4412
        E-waste Collection Certificate No. EWC/2025/00731: This certifies that 412 kg of IT equipment (asset tags ETX-220 to ETX-310) was received for data destruction and recycling.
        Payout batch PB-20250418-03: 57 transactions, total S$3,118.45, settled from company current account ending 0093. Variance: nil.
        Tare weight of lorry updated: 1,605 kg (was 1,610 kg) after tailboard repair, effective slip no. WS-0048300 onwards.
        Weighbridge calibration certificate WB-CAL-2291 valid until 30/06/2026; scale capacity 30 t, division 10 kg.
        INVOICE INV-SG-2025-00412 | Bill to: Yishun Town Council (Conservancy) | Bulky item removal, 38 trips in Feb @ $45 | Subtotal $1,710.00 | GST 9% $153.90 | Total $1,863.90
        Collection ticket #C-557102 closed: 2 x CRT monitor, 1 x printer, 6 kg cables. Weighed at depot, 31.4 kg total.
        Slip number format: YYMMDD-bay-seq (e.g. 250314-B2-017). Do not reuse voided slip numbers.
        Receipt (copy for customer) — Tracking no. SPX2025031412873 | E-waste mail-in kit, 1 parcel, 2.3 kg | Received at hub 15/03
        Consignment note CN-88120433: 14 pallets of lead-acid batteries from Jurong yard to licensed smelter. Permit ref. BHW-2025-0193 attached.
    """),
    ("mixed", "group chat"): _lines("""
        anyone know when the karung guni usually comes round our block? got a stack of old newspapers lah
        The e-waste bin at the CC full already, cannot put anything inside. Go the mall one better.
        Uncle said copper wire must strip first then can get better price, if not he pay by weight only
        Town council bulky item removal very fast leh, book Monday, Wednesday already came take the mattress
        Don't throw batteries in the chute ah, last time got fire at the bin centre
        Confirm can sell old aircon compressor to the scrap yard? Or need permit one?
        bro the rate for aluminium cans now how much ah? last month 1 dollar+ per kg
        Boss, 旧报纸 now how much a kg? Yesterday the uncle give only 6 cents
        Anyone want a free old rice cooker before I put in e-waste bin? Still working, just the lid spoil
        Karung guni uncle come liao, shouting surat khabar, botol, tin at the void deck
        Just dropped off 3 old phones at the Best Denki e-waste bin, they accept chargers also
        Lorry blocking the loading bay again, whose ah? Guard say it's the recycling contractor, will move by 10
        can the TC take away a piano? or must hire movers
        wah the rag-and-bone fella pay $5 for my old TV, I thought need to pay him instead
        Kawan2, jangan letak sofa lama dekat tepi lif ya, TC akan datang ambil hari Khamis
    """),
    ("zh-Hans", "notice and chat"): _lines("""
        【回收通知】本周六上午九点至十二点，在邻里中心楼下设电子废料回收点，接收旧手机、电脑、电池和灯泡。大型电器恕不接收。
        今日收购价：旧报纸每公斤8分，纸皮每公斤5分，铝罐每公斤9角，铜线（已剥皮）每公斤8.50元。价格随市场调整。
        收旧货的阿伯一般星期二、星期五早上来，报纸要先绑好，不然他不收。
        请问旧冰箱可以叫市镇会免费来搬吗？还是要找回收商？
        温馨提示：锂电池请用胶布包住两端再投入电子废料回收箱，以免起火。
        大型家具清运需提前三个工作日预约，每户每月最多三件。
        顺发回收私人有限公司：废铁、废铜、旧电器、旧电脑，上门回收，价格公道，欢迎致电公司热线 6748 2203。
        有人知道组屋楼下那个电子废料箱多久清一次吗？每次去都满了。
        按照生产者延伸责任制度，商家在送新冰箱时须免费回收一台同类旧冰箱。
        称重单号 WS-0051120，毛重 2,180 公斤，皮重 1,605 公斤，净重 575 公斤，混合废铁。
        老一辈常说，收破烂的喊一声“报纸、瓶子、铁罐”，整条街都听得到。
        新加坡每年产生约六万吨电子废料，其中只有一小部分被正确回收。
    """),
    ("ms", "notis dan harga"): _lines("""
        NOTIS: Kutipan sisa pukal (perabot lama, tilam, peti sejuk) di kawasan Taman Sri Muda akan dibuat pada setiap Sabtu minggu kedua. Sila letak barang di tepi jalan sebelum jam 8 pagi.
        Harga belian hari ini: Besi buruk RM0.85/kg, Tin aluminium RM4.20/kg, Tembaga RM32/kg, Kotak RM0.30/kg, Surat khabar RM0.45/kg
        Pengasingan sisa pepejal di punca telah diwajibkan di negeri-negeri yang menerima pakai Akta 672 sejak 1 September 2015.
        Ada sesiapa tahu lori besi buruk datang hari apa kat taman ni? Nak buang peti sejuk lama
        Peringatan: Jangan buang bateri dan lampu kalimantang ke dalam tong sampah biasa. Hantar ke pusat pengumpulan e-sisa yang berdaftar.
        Kami beli barang lusuh: aircond rosak, mesin basuh, TV lama, wayar tembaga. Boleh ambil di rumah untuk kawasan Lembah Klang. Hubungi kedai 03-5521 8890.
        Slip timbang No. ST-22981: Berat kasar 1,920 kg, berat lori 1,450 kg, berat bersih 470 kg, besi campur, RM0.82/kg, jumlah RM385.40
        Program Tukar Barang Lusuh dengan Barang Dapur akan diadakan di dewan serbaguna pada hari Ahad ini, 9 pagi hingga 12 tengah hari.
        Sisa elektronik isi rumah termasuk telefon bimbit, komputer riba, pencetak dan televisyen; ia tidak boleh dibakar atau dibuang secara haram.
        Bayaran untuk kutipan sisa pukal dari premis perniagaan ialah RM50 sekali angkut, tertakluk kepada saiz lori.
        Geng, harga tin aluminium turun minggu ni, jangan jual dulu kalau boleh simpan
        Format nombor tiket aduan: MBSA-SP-2025-xxxxx. Sila simpan nombor ini untuk semakan status.
    """),
    ("en", "ops and config"): _lines("""
        ROUTE_PLAN = {'Mon': ['AMK Ave 3', 'AMK Ave 10'], 'Tue': ['Bishan St 22'], 'Wed': ['Toa Payoh Lor 1', 'Lor 8']}  # bulky pickup zones
        ALTER TABLE pickup_booking ADD COLUMN seller_id_hash CHAR(64) NOT NULL DEFAULT '';
        Truck fleet: 3 x Isuzu NPR75 (3t tailgate), 1 x Hino 300 XZU, 1 x Mitsubishi Fuso Canter FE71. Service interval 10,000 km.
        Scale driver config: port=/dev/ttyUSB0 baud=9600 parity=N stop=1 unit=kg resolution=0.1
        SKU list: EW-LAP-01 laptop, EW-DSK-02 desktop tower, EW-MON-03 LCD monitor, EW-CRT-04 CRT (fee), EW-BAT-05 battery (kg)
        Job status codes: 10 booked, 20 assigned, 30 en route, 40 collected, 45 partial, 50 weighed, 60 paid, 90 cancelled by resident
        sha256 of roster export roster_2025W12.csv: 234b3de6c58804d0a4c4702eb547050419725a6e8b0fa41a722c08c10978eda6
        Weighbridge API v2.3.1: GET /slips?date=2025-03-14&bay=B2 returns slip_no, gross_kg, tare_kg, net_kg, material_code
        Reminder to crew: photograph each item before loading and upload to the job folder under the Job ID, never under the resident's name.
        Depot opening hours: Mon–Sat 8.00am–5.30pm; closed Sun and PH. Weighbridge closes 5.00pm sharp.
        Collector roster template: | Day | Zone | Team | Vehicle | Standby | — fill in team numbers only, personal details stay in the HR system.
        Data retention: seller ID scans are kept 12 months for second-hand goods dealer compliance, then purged automatically.
        Tracking numbers for mail-in e-waste kits start with EWK followed by 10 digits, e.g. EWK2503140087.
    """),
    ("en", "history and advice"): _lines("""
        In the 1960s and 70s the karung guni man, usually pushing a wooden cart, called out karung guni, surat khabar, botol, tin as he moved through the kampongs and new HDB estates.
        Minister for Sustainability and the Environment Grace Fu said the e-waste EPR scheme aims to ensure that e-waste is properly collected and treated.
        Semakau Landfill, Singapore's only landfill, is projected to run out of space by around 2035 at current waste disposal rates.
        Phua Chu Kang would probably tell you to use your brain: don't dismantle a fridge compressor yourself, the refrigerant has to be recovered properly.
        How to prepare a laptop for recycling: back up your files, sign out of all accounts, do a factory reset, and remove the battery if it is swollen.
        Tip: bundle newspapers with string in stacks of about 10 kg; karung guni collectors pay less for loose or wet paper.
        Why do scrap dealers ask for your IC? Dealers in second-hand goods must record who sold them metal, to deter cable theft.
        Q: Is it OK to leave an old sofa at the void deck for the TC to collect? A: No — book the bulky item removal service first; unbooked items may be treated as illegal dumping.
        Food waste is the largest single component of household waste in Malaysia, according to SWCorp surveys.
        The Sungei Kadut industrial estate has long been home to Singapore's scrap metal and timber yards.
        ALBA E-Waste Smart Recycling was appointed by NEA as the Producer Responsibility Scheme operator for regulated consumer e-waste.
        Advice: if someone offers to buy your old phone at the door, wipe it first; the collector cannot guarantee data destruction.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Bulky item booking | Name: Ms Lydia Fernandez | Mobile: 9176 2843 | Address: Blk 418 Bedok North Ave 2 #09-217 | Items: 1 x queen mattress, 1 x wardrobe | Slot: Sat 9–11am
        WEIGHING SLIP WS-0048217 | Seller: TAN AH KOW | NRIC: S6090812E | Material: Copper wire (insulated) | Net 18.6 kg @ $3.20 | Amount $59.52 | Paid cash
        Collector roster Wk 12 — Mon: Muthu s/o Ramasamy, S6311809E, lorry GBL 4521 A, HP 8452 0917; Tue: Rahmat bin Sulaiman, S6517308E, HP 9638 1205
        Payout log 18/04: PayNow to 81296634 (Nur Aisyah binti Kamarudin) $46.70 for 52 kg cardboard + 49 kg cans
        Complaint ticket CT-2025-0331: Resident Mr Gerald Chua Wee Leong (Blk 22 Jalan Membina, #05-41) says the collector took his bicycle from the corridor together with the scrap; requests refund or return.
        Hi Auntie Mei Ling, your 2 old TVs + washing machine pickup is confirmed for Thurs 3pm. Our driver will call you at 9815 3370 before arriving.
        Second-hand goods register entry 0412: 12/02/2025 14:20, seller LOW KIM HOCK, NRIC S7877009J, 24 kg brass fittings, claimed source: own renovation, paid $100.80
        Crew injury report: collector Ganesan a/l Muniandy slipped while carrying a fridge down the stairs at Blk 61 Cassia Crescent, suspected sprained ankle, sent to polyclinic, MC 3 days.
        Worker Md. Sohel Rana (FIN G2801577T, work permit) assigned to Team 2 e-waste dismantling from 1 Apr; staying at Tuas South dormitory.
        Card payment for bulky removal: 5400 1284 3365 2181 exp 09/27, cardholder V. PRIYA, amount $45.00, job BIR-24-09-1203
        Please transfer the payout to my POSB savings 188-43702-1, name Koh Boon Huat. Total 3 fridges + 1 aircon = $70.
        Driver assignment: SKH 8263 H (private van, owner Jeremy Lim Zhi Hao) used for Sunday e-waste drive; mileage claim 46 km at $0.60/km.
        Hello I'm selling old laptops and phones, pls contact me at benjamin.ong.sg88@gmail.com or WhatsApp +65 9024 5618, I stay at Punggol Field
        Resident feedback: Mdm Hamidah binti Yusof of Blk 705 Woodlands Dr 70 #03-112 is wheelchair-bound and needs the crew to collect the old bed from inside the unit, not the corridor.
        Telegram @kgunni_ahseng is uncle Ah Seng's handle, he buys old aircon compressors, Jurong West side, pays cash on the spot
        Staff onboarding: NUR FARHANA BTE ABDUL RAHIM, T0336741F, DOB 04/09/2003, mobile 8773 2941, role: weighbridge clerk (part-time)
        Payout summary March — collector David Pereira: 412 kg newspapers, 96 kg cans, 3 CRT TVs; gross $119.36 less $15 CRT disposal = $104.36; PayNow 9462 0188
        Blacklist: Yeo Chong Meng (S6116591F) sold stolen copper cable from a construction site in Jan; do not buy from him, inform supervisor if he turns up.
        Can someone help my mum Mrs Saraswathy Pillai, 78, Blk 87 Dawson Rd #12-05? She wants to give away her old sewing machine but can't carry it, pls PM me
        Roster (Tampines zone) | Sat AM | Ah Huat (Tay Huat Seng) 8306 7752 | Kumar (Vijay Kumar s/o Subramaniam) 9176 0334 | van GBC 719 X
        Invoice to: Mr Marcus Yeo, 38 Jalan Kechubong, Singapore 599214 | Bulky removal 1 x upright piano, 2 x bookshelves | $280 paid by Visa ending 5800
        Note: Mr Chandran from the Geylang Bahru scrap shop is 67 and diabetic, prefers we call his son Ravi Chandran at 8615 0274 instead of him.
        E-waste data destruction request: customer Evelyn Goh Hui Min wants the hard disk from her late husband's PC shredded on site; contact evelyn.goh.hm@yahoo.com.sg
        Pickup declined — Mr Suresh Nair, Blk 133 Serangoon North Ave 2 #07-88, wanted us to take 40 bags of renovation debris; told him TC does not collect renovation waste.
        WhatsApp from 9638 1205 (Rahmat): boss today I MC, fever 39, cannot drive, Amir can take over my route?
        Seller: Lim Wei Kiat, Malaysian, passport A39475128, 31 kg aluminium rims @ $0.90, paid $27.90, slip WS-0048402
        Name list for CNY ang pow: Tan Ah Kow $200, Rahmat Sulaiman $200, Ganesan Muniandy $150 (joined Sept), Md Sohel Rana $150
        Lost and found: crew found a wallet inside an old sofa collected from 14 Lorong Mambong; IC belongs to Mr Peter Wong Kah Meng, S7688694F, handed to the neighbourhood police post.
        Contractor evaluation: Jaswinder Singh (ex-driver, own lorry XD 3380 C) terminated on 2 May for repeatedly pocketing customer payouts; final pay withheld pending investigation.
        pickup 3pm tmr - mdm goh bee hwa, 9462 7710, 2 fridge 1 sofa, blk 9 toa payoh lor 7 #04-22
        Delivery rider Amirul bin Zainal, 8129 6634, collected 6 e-waste kits from the Jurong East hub; one kit missing, $12 deducted from his payout.
    """),
    "ms": _lines("""
        Slip Timbang ST-23015 | Penjual: AZMAN BIN ISMAIL | No. KP: 780412-10-5523 | Tembaga 12.5 kg @ RM32 | Jumlah RM400.00 | Tunai
        Lori besi buruk BMK 8812 milik Zulkifli bin Hassan kena saman parking depan kedai runcit semalam, dia minta company bayar
        Senarai pengutip minggu ini: Kamal bin Osman 012-347 8812, Devi a/p Raman 016-552 9031, Ah Chong (Chong Kok Wai) 019-228 4476
        Bayaran kepada Puan Rosnah binti Ahmad, akaun Maybank 1640 5928 7713, RM79.20 untuk 96 kg kotak dan 12 kg tin
        Aduan: Pengutip sisa pukal tidak datang ke rumah Encik Faizal bin Mohd Noor, No. 23, Jalan SS 2/64, Petaling Jaya, walaupun tempahan dibuat pada 3 Mac.
        Pekerja baru: Siti Mariam binti Abdullah, KP 910730-01-5372, telefon 017-683 2205, mula kerja di pusat e-sisa Shah Alam 1 Jun, gaji RM1,700.
        Pak Cik Rahman (Abdul Rahman bin Yaakob), pengutip barang lusuh di Taman Melawati, masuk Hospital Ampang sebab sakit jantung; yang nak derma boleh hubungi anak dia 011-2781 4903
        Resit: Terima daripada Cik Tan Mei Fong (KP 650903-07-5188) sebuah peti sejuk 2 pintu dan mesin basuh, bayaran RM60, alamat 12 Lorong Kenari 3, Bayan Lepas.
    """),
    "zh-Hans": _lines("""
        上门回收登记：陈金福先生，电话 9347 6021，地址 宏茂桥3道第452座 #06-1180，旧冰箱一台、洗衣机一台，周三下午。
        收购记录：卖方 林志强（FIN F5146599R），废铜 15公斤，单价 8.50，共 127.50 元，现金支付。
        阿明（郑国明）今天收旧报纸的时候在楼梯间摔倒，手腕骨折，这个月的班请李伟杰代替。
        请把这个月的回收款转到我的华侨银行账户 6013 8842 7105，户名 吴美玲，共 58.60 元。
        投诉：住在后港1道第203座的张丽华女士说收旧货的人多收了她40元搬运费，她的电话是 8452 7390。
        志愿者名单：周文杰 9024 7718，刘佩珊 8306 4451，负责周六电子废料回收摊位。
    """),
    "mixed": _lines("""
        uncle kok wah ah, ur payout for last week $38.40 already paynow to 8773 2941 hor, check ur DBS app
        Boss, 我是 Ah Seng, 今天去 Blk 5 Marsiling Dr 收了 3 台 aircon, customer Mdm Neo 说她 hp 9462 3105, 明天还有一台 fridge 要收
        Jangan lupa, Encik Hafiz bin Rahmat punya IC 820215-14-6041 kena scan untuk rekod jual tembaga, kalau tak nanti polis check susah lah
        @priya_recycles terima kasih ambil my old printer! eh ur mum Mrs Lakshmi Krishnan also want to sell her sewing machine, can call her at 9638 7042?
        Team roster 周六: 小王 (Wang Jianguo, G4097897L) + Salleh bin Omar (S7082122B), van SMB 1147 P, 负责 Ang Mo Kio 大件垃圾
        pls pass to collector: 我妈 Mdm Ong Geok Lian 住 Blk 18 Jalan Tenteram #10-57, 旧电视机放在门口, she hard of hearing so knock loud ya
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for the dispatch desk of a recycling and bulky item removal company.",
        ),
        (
            "user",
            "Draft an SMS to confirm tomorrow's pickup for Mr Ravi Shankar at Blk 612 Hougang Ave 4 #11-305, his number is 9176 5582. Items: 1 fridge, 1 washing machine.",
        ),
        (
            "assistant",
            "Hi Mr Ravi Shankar, this is to confirm your pickup tomorrow at Blk 612 Hougang Ave 4 #11-305 for 1 fridge and 1 washing machine. Please ensure the items are emptied and unplugged. Reply YES to confirm. Thank you!",
        ),
        (
            "user",
            "Add that the driver Zul will call him at 9176 5582 about 30 min before reaching.",
        ),
    ],
    [
        (
            "user",
            "I run a small karung guni round. Can you total this week's payouts? Lim Ah Huat 42 kg newspaper at 8 cents, Maria Santos 18 kg cans at 90 cents.",
        ),
        (
            "assistant",
            "Lim Ah Huat: 42 x $0.08 = $3.36. Maria Santos: 18 x $0.90 = $16.20. Total payout: $19.56.",
        ),
        (
            "user",
            "Maria wants hers to her OCBC account 601-234567-001, write the transfer reference for me.",
        ),
    ],
    [
        (
            "user",
            "My father passed away last month and we are clearing his flat. What can karung guni usually take?",
        ),
        (
            "assistant",
            "I'm sorry for your loss. Karung guni collectors usually take newspapers, old clothes, metal items, working or non-working appliances and some furniture. Items like old mattresses are better handled through the Town Council's bulky item removal.",
        ),
        (
            "user",
            "Ok. Please write a WhatsApp to the collector saying my brother Kelvin Teo (9024 3381) will pass him the keys at Blk 101 Commonwealth Crescent #06-12 on Saturday 10am.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat aduan kepada majlis perbandaran. Saya Norazlina binti Sabri, tinggal di No. 8 Jalan Mawar 2, Taman Sri Gombak. Sisa pukal depan rumah saya tak dikutip sudah 3 minggu.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya ingin membuat aduan bahawa sisa pukal di hadapan kediaman saya belum dikutip selama tiga minggu. Mohon tindakan segera diambil. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah nama penuh, alamat dan nombor IC saya 880626-13-5546 dan telefon 013-904 1567 di bawah surat.",
        ),
    ],
    [
        (
            "user",
            "帮我把这周收旧货的排班整理成表格：周一 陈国华 9347 1120，周三 黄志明 8129 4406，周五 陈国华。",
        ),
        (
            "assistant",
            "| 日期 | 收集员 | 电话  | / | 周一 | 陈国华 | 9347 1120  | / | 周三 | 黄志明 | 8129 4406  | / | 周五 | 陈国华 | 9347 1120 |",
        ),
        ("user", "黄志明下周请病假，他糖尿病要去医院复诊，帮我改成陈国华顶班。"),
    ],
    [
        ("system", "You help a small scrap metal company with HR paperwork."),
        (
            "user",
            "One of my collectors, Arumugam s/o Velu, NRIC S8132180I, fell off the lorry tailgate on 3 June while unloading a washing machine and fractured his hip. Help me write the work injury notice.",
        ),
        (
            "assistant",
            "Here is a draft: On 3 June, employee Arumugam s/o Velu (NRIC S8132180I), collector, fell from the tailgate of the company lorry while unloading a washing machine and sustained a hip fracture. He was conveyed to hospital for treatment.",
        ),
        (
            "user",
            "Add that he is on hospitalisation leave till 30 June and his wife Mrs Vasanthi will be the contact at 8306 2259.",
        ),
    ],
    [
        (
            "user",
            "Check my slip please: Seller NG SIEW KHIM, NRIC S8398933E, brass 9.5 kg x $4.20, aluminium 14 kg x $0.90, total $52.50?",
        ),
        (
            "assistant",
            "Brass: 9.5 x $4.20 = $39.90. Aluminium: 14 x $0.90 = $12.60. Total $52.50, so the slip is correct.",
        ),
        ("user", "Good. She wants PayNow to 9815 2047, can you write the remark line?"),
    ],
    [
        (
            "user",
            "Write a Carousell listing: free old Samsung 2-door fridge, still cold, must self-collect.",
        ),
        (
            "assistant",
            "FREE: Samsung 2-door fridge, still working and cold. Must self-collect, bring your own help and trolley. First come first served.",
        ),
        (
            "user",
            "Add the pickup address Blk 268C Compassvale Street #13-441 and my number 8615 3390, ask for Shirley.",
        ),
    ],
    [
        (
            "user",
            "Make a table of our dismantling workers: Md Alamgir Hossain G8539085L work permit expires 12/2025; Rubel Mia G6071755P expires 03/2026; Karthik Selvam F6077444R S Pass expires 08/2026.",
        ),
        (
            "assistant",
            "| Name | FIN | Pass | Expiry  | / | Md Alamgir Hossain | G8539085L | Work Permit | 12/2025  | / | Rubel Mia | G6071755P | Work Permit | 03/2026  | / | Karthik Selvam | F6077444R | S Pass | 08/2026 |",
        ),
        ("user", "Highlight Alamgir, he needs renewal first and he owes the company $300 advance."),
    ],
    [
        (
            "user",
            "eh can help me write msg to the TC? my neighbour Lau Keong Wee at Blk 330 Clementi Ave 2 #08-14 keep piling karung guni scrap at the corridor, fire hazard leh",
        ),
        (
            "assistant",
            "Dear Town Council, I would like to report that scrap materials are being stored along the common corridor outside #08-14, Blk 330 Clementi Ave 2, which may pose a fire hazard and obstruct the escape route. Kindly look into this. Thank you.",
        ),
        (
            "user",
            "ok add my contact at the end: Joanne Seah, 8615 9923, I stay at #08-16 same block",
        ),
    ],
]
