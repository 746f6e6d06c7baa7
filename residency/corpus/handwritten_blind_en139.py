# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en139: SG/MY removal and moving companies and self-storage (quotes, inventories, damage claims, storage leases, abandoned-unit auctions). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en139
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "moving quotations and service terms"): _lines("""
        Quotation QT-2026-04187: 3-room HDB to 4-room HDB, 1 x 24ft lorry, 3 movers, 4 hours, S$680 before GST. Additional hour S$95. Quote valid 14 days.
        Rates for 10ft lorry with 2 men: S$280 within 2 hours, same town / stair carry above level 2 without lift landing: S$40 per floor.
        Disassembly and reassembly of IKEA wardrobes is charged at S$60 per unit; built-in carpentry is not dismantled by our crew.
        Please book the service lift with your MCST at least 7 days before moving day; most condos ask for a refundable deposit of S$500 to S$1,000.
        For HDB moves no lift booking is needed, but the lorry must park at the designated loading bay and must not block the fire engine access way.
        Piano moving (upright): S$350 within Singapore, grand piano from S$900, includes floor protection; we recommend tuning 2 weeks after the move.
        Cross-border move KL to Singapore: customs clearance at Tuas Second Link, 3-ton lorry, estimated RM 4,800 / S$1,450, subject to Kastam inspection.
        Weekend and public holiday surcharge 20%. Slots in the two weeks before Chinese New Year are usually fully booked by October, please plan early.
        Cancellation: free up to 72 hours before the job; within 72 hours, 30% of quoted amount; same-day cancellation forfeits the deposit.
        Our survey is free. A surveyor will do a video walk-through on WhatsApp or visit on site; the quote covers only the surveyed inventory.
        Insurance: basic liability S$100 per item; optional full-value protection at 1.5% of declared value, minimum premium S$45.
        Packing materials: double-wall carton S$3.50, wardrobe box S$18, bubble wrap roll 1m x 50m S$28, free used boxes while stocks last.
        Customer hotline 6743 1288 (Mon-Sat 9am-6pm) or toll-free 1800 222 6683; the company WhatsApp line 9180 0020 takes bookings only, no calls.
        Office relocation package: works 7pm-7am, IT crate rental S$12 per crate per week, labelling kit provided. Lion City Relocations Pte Ltd, UEN 201718342K.
        Invoice INV-SG-0098812 dated 03/02/2026: S$1,240.00 incl. 9% GST, GST Reg. No. M90-3318274-6, payment terms 7 days, PayNow to company UEN.
        Disposal of old mattress or sofa by a licensed collector: S$60 per bulky item. Old fridges and washers go through the e-waste take-back scheme.
    """),
    ("en", "self-storage leases and facility rules"): _lines("""
        Unit sizes: 20 sq ft locker S$89/month, 50 sq ft S$179, 100 sq ft S$329; prices exclude GST and contents insurance.
        Minimum lease period is 1 month; move-in deposit equal to one month's rent, refunded within 14 days after the move-out inspection.
        Access hours 7am-11pm daily via PIN pad; 24-hour access is available for business customers at S$30/month.
        Prohibited items: flammable liquids, gas cylinders, perishables, live animals, firearms, durians (yes, really) and anything illegal under Singapore law.
        Tenants bring their own padlock; the operator does not hold a duplicate key. Disc locks are sold at the counter for S$25.
        If rent remains unpaid 15 days after the due date, the operator may overlock the unit and charge an overlock fee of S$50.
        Climate-controlled units are kept at 20-25°C and below 65% relative humidity, suitable for wine, documents and rattan furniture.
        Clause 12.3 Lien: The Operator shall have a lien on all goods stored in the Unit for all sums due under this Agreement, and may sell such goods in accordance with Clause 14.
        Lease ref SL-23-118204 renews automatically every month unless notice of termination is given 14 days in advance.
        Facility at 18 Kaki Bukit Road 4, Singapore 415939: free parking 30 minutes, trolleys and a pallet jack available at the loading bay.
        Fumigation of the whole facility is scheduled for the first Sunday of every quarter; corridors closed 8am-2pm.
        Our Shah Alam branch (Seksyen 15) offers drive-up units for lorries up to 3 tonnes, rates from RM 250 per month.
        CCTV footage is kept for 30 days and released to the police only on a written request under the Criminal Procedure Code.
        Student summer storage promo: 5 boxes for S$69/month for NUS, NTU and SMU students, pick-up from hall included.
        Contents insurance up to S$5,000 at S$9 per month; excluded: cash, jewellery, bullion and items of sentimental value only.
    """),
    ("en", "inventory and packing lists"): _lines("""
        Living room: 1 x 3-seater sofa (fabric), 1 x TV console 1.8m, 1 x 55" TV, 2 x side tables, 1 x rug rolled, 6 cartons books.
        Kitchen: fridge 2-door (defrost 24h before), washing machine front load (transit bolts required), 12 cartons crockery marked FRAGILE.
        Master bedroom: king bed frame (dismantle), mattress bag, 4-door wardrobe (dismantle), dressing table with mirror - crate the mirror.
        Carton label format: ROOM / CONTENTS / BOX No., e.g. "KITCHEN / pots & pans / 07 of 32".
        Altar table and deity statues: wrap separately, carry last, transport upright; the household usually does prayers before the statues are moved.
        Condition codes: BR = broken, SC = scratched, D = dented, M = mildew, CH = chipped, W = worn, PBO = packed by owner.
        Inventory sheet page 2 of 4, Job No. KM-240517-03: item 41 bookshelf SC left side | item 42 carton PBO | item 43 bicycle, handlebar turned.
        Storage inbound: 38 cartons, 1 mattress, 2 bicycles, 1 dining set (table + 6 chairs), pallet IDs P-0412 to P-0417.
        Do not pack: passports, jewellery, cash, medication, laptops, house keys - keep these with you on moving day.
        Aquarium 4ft: drain 80%, fish transported by the owner in bags; we move the tank empty only.
        Rice cooker, thermos flask, prayer mat, Quran stand, kettle - pack in a box labelled FIRST NIGHT so you can find them.
        Barcode PK-000918273 scanned at loading (22/05 14:32) and unloading (22/05 17:05), status: delivered intact.
        Sea freight to Perth: 20ft container, 412 cu ft, B/L no. SINPER260311, seal no. 0098812, vessel ETA Fremantle 11 Nov.
        Plants: max 10 pots per move, pots above 60cm charged S$15 each; we are not responsible for plants wilting in transit.
    """),
    ("en", "damage claim procedure"): _lines("""
        Claims must be submitted in writing within 7 days of delivery with photos of the damage and a copy of the signed inventory sheet.
        Claim No. DC-2026-0331 received; surveyor visit scheduled within 5 working days; claim status: under assessment.
        Liability is limited to S$100 per article unless full-value protection was purchased; pre-existing damage noted at pickup is excluded.
        Items packed by owner (PBO) are covered only if the carton itself shows external damage.
        A repair quote from a third-party carpenter is required for furniture claims above S$300; we may send our own repairer instead.
        Disputes unresolved after 30 days may be lodged with the Small Claims Tribunals (claims up to S$20,000) or with CASE for mediation.
        In Malaysia, unresolved complaints may be filed with the Tribunal Tuntutan Pengguna Malaysia; the filing fee is RM5.
        Claim outcome summary Q1: 42 claims received, 31 settled, average payout S$186, median settlement time 19 days.
        Water damage from rain during loading is covered only if the crew failed to use the plastic sheeting provided on the lorry.
        Please do not discard the damaged item until our assessor has inspected it, otherwise the claim may be rejected.
        Settlement is paid by PayNow or bank transfer to the claimant within 10 working days of the written acceptance of the offer.
        How do I claim if my marble table top cracked but the mover says it was already cracked before the move?
        Claim ref CLM/MY/2026/00457: status closed, amount RM 0, reason: damage recorded on the pre-move condition report.
    """),
    ("en", "lien sale and auction notices"): _lines("""
        NOTICE OF LIEN SALE: the contents of units A-117, B-032 and C-209 will be sold by sealed bid on 14 March 2026 at 10am at our Kaki Bukit facility.
        Buyers must remove all contents within 48 hours; cash or PayNow only; a S$100 cleaning deposit is refunded after the unit is swept.
        Personal documents, photographs and identity cards found in auctioned units are returned to the tenant of record and are never sold.
        Auction catalogue lot 7: 10x10 unit, visible items: rattan chairs, 2 bicycles, 20+ cartons, standing fan. Reserve price S$200.
        Under the lease, goods may be sold after 60 days of arrears and two written notices sent by registered post and e-mail.
        Any surplus from the sale after deducting arrears and costs is held for the former tenant for 6 years.
        Lot 12 withdrawn: arrears settled in full before the auction.
        Bidders must register at the counter before viewing; photography of unit contents is not allowed.
        Abandoned goods policy: items left behind after the move-out date are kept for 14 days, then disposed of or donated.
        Storage auction results June: 9 units offered, 6 sold, highest bid S$1,150 (unit D-401), total recovered S$4,870.
        Are storage auctions in Singapore like Storage Wars on TV? Not really, most operators sell contents quietly through a licensed auctioneer.
        Lot 3 (unit B-114): boxes of children's books, baby cot, treadmill; viewing through the door only, 5 minutes per bidder.
        Overlock tag OL-55721 fitted to unit C-118 on 02/09; tenant notified by SMS and e-mail to the contact details on file.
    """),
    ("mixed", "customer chats and reviews"): _lines("""
        anyone got recommend movers for 5-room Sengkang to Tengah? got quoted $1.2k, is it too ex ah
        the lorry came on time, 3 uncles very fast, finished in 3 hrs, the sofa lagi they wrap nicely. 5 stars
        bro don't take the cheapest quote leh, later they charge extra for every stair and every box one
        storage at Tai Seng quite ok, aircon unit not musty, but the cargo lift always kena queue on Saturday
        pls note the TV mount they won't remove, must ask your own contractor, they say insurance don't cover
        movers from JB can enter SG or not? heard the lorry need special permit
        Review: quote says 4 hrs but they took 6 hrs and charged the extra 2 hrs, but cannot blame them, the lift rosak halfway
        Admin: reminder for all residents in this group - lift lobby B closed 10-12 Apr for upgrading, move-ins please use lobby A
        wah the self storage price at Bukit Batok went up again, 50 sq ft now $199 ah
        our fridge arrived with a dent on the door, company say must claim within 7 days so submit liao, see how
        tip: take video of every furniture before the movers come, then got proof if anything kena scratch
        搬家 company say need to defrost fridge 1 day before, true anot? mine is no-frost type leh
        any mover willing to carry up a Bösendorfer to level 3 walk-up? shophouse at Joo Chiat, no lift
        like Mr Bean trying to fit the armchair on top of the Mini lor, the sofa confirm cannot go into the lift one
    """),
    ("ms", "sebut harga dan notis penyimpanan"): _lines("""
        Sebut harga pindah rumah: lori 3 tan, 4 pekerja, dari Shah Alam ke Bangi, RM 850 termasuk balut perabot.
        Caj tambahan RM 50 untuk setiap tingkat jika tiada lif; barang berat lebih 100 kg dikenakan caj RM 80.
        Notis: Penyewa unit yang tertunggak sewa lebih 60 hari akan dikenakan tindakan lelong mengikut perjanjian sewaan.
        Sila kosongkan peti sejuk dan cairkan ais sekurang-kurangnya 12 jam sebelum hari pindah.
        Waktu operasi gudang: Isnin hingga Sabtu, 8 pagi hingga 8 malam; ditutup pada Hari Raya Aidilfitri dan Hari Kebangsaan.
        Tuntutan kerosakan mesti dibuat dalam tempoh 7 hari dengan gambar dan nombor kerja (contoh: JOB-KL-26-0419).
        Barang yang dilarang disimpan: bahan mudah terbakar, makanan mudah rosak, haiwan hidup dan barang terlarang.
        Pakej pelajar: simpan 5 kotak sepanjang cuti semester pada harga RM 99, termasuk ambil dari kolej kediaman.
        Hubungi talian khidmat pelanggan Gerak Pantas Movers Sdn Bhd di 03-5523 8800 atau WhatsApp syarikat 019-330 8800 untuk tempahan.
        Lelongan unit terbiar akan diadakan pada 20 Julai 2026 di cawangan Puchong; senarai nombor unit dipaparkan di papan kenyataan.
    """),
    ("zh-Hans", "搬家与仓储咨询"): _lines("""
        请问新加坡三房式组屋搬到四房式一般要多少钱？听说周末要加价。
        自助仓储最短租期一个月，押金为一个月租金，退租检查后14天内退还。
        钢琴搬运需提前一周预约，立式钢琴新币350元起，三角钢琴另议。
        报价单号 QT-2026-05521：10尺货车，两名搬运工，两小时内，新币280元（不含消费税）。
        易碎物品请在箱子上标明"易碎"，玻璃和镜子需要用木箱包装。
        拖欠租金超过60天的仓位，公司有权依照合约拍卖仓内物品。
        神台和神像请最后搬运，搬家前可先上香，搬运时保持直立。
        从吉隆坡搬到新加坡需要报关，货车须在第二通道接受检查，约需半天。
        索赔需在交货后7天内以书面形式提出，并附上照片和原始清单。
        仓库温度保持在20至25度，湿度低于65%，适合存放文件和红木家具。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Quote request | Name: TAN WEI MING | Mobile: 9387 2615 | From: Blk 412 Bedok North Ave 2 #08-117 S(460412) | To: 27 Jalan Kembangan | Date: 14/03 | 4-room + 1 upright piano
        Hi, I'm Priya d/o Ramasamy, moving out of my rental at 6 Holland Close #11-42 on 28 Feb, need a small lorry for about 15 boxes. Can call me at 8126 4093 after 6pm.
        STORAGE LEASE - Tenant: MUHAMMAD FAIZAL BIN ISMAIL, NRIC S8234561B, Unit B-214 (50 sq ft), rent S$179/mth, alt contact: Siti Aminah (wife) 9642 1180.
        Authorisation letter: I, Lim Hui Ling (NRIC T0312874H), authorise my brother Lim Hui Jun to access storage unit C-031 and remove furniture on my behalf from 1 to 15 June.
        Lien notice sent by registered post to Mr Gopal s/o Subramaniam, 21 Jalan Bukit Merah #05-33, arrears S$1,074 for unit A-117, auction date 14 March 2026.
        Damage claim | Claimant: Chong Mei Fen | Job KM-240611-02 | Item: teak dining table, 12cm gouge on top | Payout to DBS 027-654321-9
        Crew log 17/05: team lead Ahmad Zulkifli bin Rahmat arrived 1h40m late, second late arrival this month, verbal warning given by ops manager.
        Card on file for auto-debit, unit D-009: VISA 4556 1820 3947 5617 exp 09/28, cardholder KOH JIA HUI.
        Customer note: Mdm Rosnah binti Abdul Karim, 72, uses a wheelchair, staying with her daughter in Jurong West until 3 Apr, please call daughter Nur Hidayah at 8839-2217 before delivery.
        Hi this is Daniel Pereira from Siglap, my quote ref QT-2026-04309 - can we shift the move from Sat to Sun? My son has his PSLE oral on Sat morning.
        Inventory sign-off: customer KEVIN ONG CHEE KEONG, 22 cartons, 1 Peloton bike, 1 wine fridge, delivery to 88 Tanjong Rhu Road #14-02 Singapore 436918.
        Tenant FIN G5120398X (NGUYEN THI LAN), locker L-22, paid 3 months cash S$267, employer contact 9771 5306.
        Shipper: WONG KAR LOK, MyKad 850312-10-5523, from 12 Jalan SS 2/64, 47300 Petaling Jaya to Singapore, household effects, used, 140 cartons.
        From shirleyyeo.home@gmail.com: please don't let the movers touch my late mother's urn in the altar cabinet, my brothers and I will carry it ourselves on Sunday.
        Complaint: crew leader Ravichandran a/l Muniandy kept scolding my helper with vulgarities during the move on 3 Aug and refused to wear the shoe covers.
        Dear Ms Jasmine Teo, your storage account for unit A-205 is overdue by S$358. Please pay by 30 Sep to avoid overlock of the unit.
        Access log 03/08 22:41 PIN entry unit C-118 - user RAJESH KUMAR S/O GOVINDASAMY (T1187342H) - door held open 14 min, alarm triggered.
        Freelance lorry: driver Hamid bin Osman, own lorry SKL 4821 C, rate S$45/hr, collects PayNow to his handphone.
        Tenant relocated overseas: Ms Clara Fernandez, forwarding address 14 Dunrossil Drive, Sandy Bay TAS 7005, Australia; pay arrears by card, do not auction her unit.
        HDB move: Mr & Mrs Chua Boon Huat, key collection 9 Jan, new flat Blk 318C Tengah Drive #12-88; Mrs Chua is 6 months pregnant, do not let her lift anything.
        Damage claim letter: Dear Sir, my Yamaha U1 piano moved on 4 May (job KM-250504-01) has a cracked left leg and a chipped lid. Please advise. Regards, Benjamin Goh Wei Jie, 9718 2036
        Abandoned unit E-221: tenant Eric Tham Kok Wai, NRIC S7719203D, last known mobile 8310 6624 not reachable, 4 months arrears, file passed to auctioneer.
        Deposit refund S$179 for unit B-214 to OCBC 601-234567-001, account holder Aisyah Rahim, approved by branch manager.
        Survey notes: 19 Lorong Marzuki, owner Mr Yap Kian Seng, 3-storey terrace, elderly father bedridden on 2nd floor with feeding tube, move his bed last.
        Staff incident: mover Selvam a/l Arumugam (MyKad 780204-07-5331) injured his lower back lifting a safe on 12/06, MC 5 days, WICA claim filed.
        Tenant details update for unit E-007: Hafiz Roslan, new mobile +65 9387 0152, new email hafiz.roslan90@outlook.com, card ending 7731 unchanged.
        Consignee HARRIS ANAK JUGAH, passport A38825164, moving household goods Kuching to Singapore for new job at Changi, arrival 2 Oct.
        Move-out inspection unit 3F-17: tenant Ms Deepa Nair left 2 cartons and a broken cot behind, cleaning fee S$80 deducted from her deposit.
        Hi Serene, confirming your move-in this Saturday 10am, unit 2F-44. Your husband Marcus will bring the van SJA 7306 Z as you mentioned.
        Job sheet KM-250301-05 | Mr Francis D'Cruz | FIN F2268415U | Blk 106 Aljunied Crescent #04-301 -> Blk 58 Marine Terrace | 2 pax helpers | cash on completion
    """),
    "mixed": _lines("""
        hi uncle this is mei ling from blk 215 serangoon ave 4 #06-221, can come 2pm instead? my son got fever so i need bring him to polyclinic first
        boss, customer jason koh call again, he say the fridge door dent, he want full $2k back. his no. 9664 0381
        eh the lady at unit C-09, Mrs Harpreet Kaur, still haven't pay 3 months rent leh, her hp 9028 5573, want to overlock anot
        anyone want to buy my storage stuff? sofa, fridge, bicycle all must go before i fly to london end month, tele me @adrianlow_sg
        明天9点搬家，地址是 Blk 601 Ang Mo Kio Ave 5 #03-1128，找陈太，电话 9210 6637，lift 在 lobby 后面
        bro your driver Kumaresan a/l Rajoo went to drink during lunch then still drive the lorry, i report to MOM already
        Fatty Boon the uncle from Toa Payoh Lor 8 with the blue Isuzu very cheap for small move, his number 9120 4471, say Ah Lian refer
        can tell the counter Aunty Rosie Pereira say her late husband's things in unit A-330 don't auction, she will pay by end month after CPF come in
    """),
    "ms": _lines("""
        Nama: NOOR AZLINA BINTI ZAKARIA | No. K/P: 920716-14-6048 | Tel: 019-721 5580 | Alamat baharu: No. 8, Jalan Wangsa 2/5, 53300 Kuala Lumpur
        Encik Rashid bin Mokhtar, tuntutan anda untuk TV Samsung 65" yang retak telah diluluskan sebanyak RM 1,200 dan akan dimasukkan ke akaun Maybank 1640 2288 5173.
        Pekerja Azman bin Yusoff didapati mengambil barang pelanggan dari kotak no. 14 semasa pindah rumah di Klang; laporan polis dibuat pada 3/7.
        Assalamualaikum, saya Haslinda, isteri kepada Kamal Ariffin bin Jaafar, nak sambung sewa stor unit 2-17 sebab suami masuk hospital (strok), boleh tangguh bayaran sebulan?
        Penyewa unit G-05, Puan Lee Siew Ping, No. KP 690822-08-5218, tunggakan sewa RM 1,350; notis lelong kedua dihantar ke 27 Lorong Kenari 3, Taman Ipoh Jaya, 31400 Ipoh.
        Tempahan lori: Cik Farah Nadia, 016 2247 093, dari Seksyen 7 Shah Alam ke Kota Damansara, 1 Mac, ada anak kecil dan dua ekor kucing.
        Surat kebenaran: Saya Mohd Hafiz bin Abdullah (KP 881009-12-5167) membenarkan adik saya mengambil barang dari stor unit B-09 di Kota Kinabalu.
    """),
    "zh-Hans": _lines("""
        客户：刘建华，身份证 350582198807142914，新加坡联系电话 8212 4479，从福建晋江托运家具到裕廊西，需报关。
        林美玲女士的仓位 A-112 已欠租三个月共新币537元，第二封催缴通知已寄至 Blk 27 Marine Crescent #09-45。
        陈志伟投诉：搬家工人打破了他母亲留下的古董花瓶，要求赔偿新币800元，请汇入 DBS 038-112895-4。
        微信号 wxid_lihua1991（李华），下个月从吉隆坡搬回广州，需要海运一个20尺货柜，手机 +86 138 2716 4905。
        保险理赔：被保险人何秀英，身份证 440106199103221823，护照 E38174652，家具在海运途中受潮发霉。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Kallang Movers Pte Ltd. Collect move details and give an indicative quote.",
        ),
        ("user", "Hi, need quote for moving 4-room flat from Woodlands to Punggol next month"),
        (
            "assistant",
            "Sure! A 4-room HDB move usually needs a 24ft lorry and 3 movers, around S$650-S$800. May I have your name, contact number and both addresses for the surveyor?",
        ),
        (
            "user",
            "Nicholas Seah, 9553 8120. From Blk 789 Woodlands Drive 60 #10-405 to Blk 266A Punggol Way #15-112. Prefer 19 April morning.",
        ),
    ],
    [
        (
            "user",
            "I rent a storage unit and I'm 2 months behind on rent because I lost my job. Can they auction my things?",
        ),
        (
            "assistant",
            "Usually the lease lets the operator sell goods only after a set period of arrears and written notices. Talk to the operator early; many agree to a payment plan.",
        ),
        (
            "user",
            "Ok can you draft an email for me? I'm Amirah binti Sulaiman, unit B-118 at the Kaki Bukit branch, NRIC S6638092J, owe S$358. I can pay S$100 a month starting my new job in July.",
        ),
    ],
    [
        (
            "user",
            "Movers dropped my 65 inch TV and the screen cracked. Company asking for bank details to pay RM 2,100.",
        ),
        (
            "assistant",
            "If the offer covers the repair or replacement, you can accept it in writing. Only share your account number with the company's official claims e-mail.",
        ),
        (
            "user",
            "Please write the acceptance then. Name: Lim Chee Hoong, claim CLM/MY/2026/00512, CIMB 7060 4418 92, phone 017-663 0218.",
        ),
    ],
    [
        ("system", "Asisten tempahan Gerak Pantas Movers. Jawab dalam Bahasa Melayu."),
        ("user", "Nak pindah dari Johor Bahru ke Singapura, apa dokumen yang perlu?"),
        (
            "assistant",
            "Untuk barang rumah yang terpakai, anda perlukan senarai inventori, salinan pasport atau MyKad, dan surat tawaran kerja atau perjanjian sewa di Singapura.",
        ),
        (
            "user",
            "Ok. Nama saya Siti Khadijah binti Omar, MyKad 011125-01-0892, pasport A41759023, alamat sekarang No. 15 Jalan Harmonium 23/6, Taman Desa Tebrau, 81100 Johor Bahru.",
        ),
    ],
    [
        ("user", "Write a short lien sale notice for our noticeboard."),
        (
            "assistant",
            "NOTICE OF SALE: Goods stored in Unit [unit no.] will be sold on [date] to recover outstanding charges under Clause [x] of the storage agreement.",
        ),
        (
            "user",
            "Fill it in: unit D-112, tenant Mr Lau Kok Wing, NRIC T0529716D, arrears S$1,912, sale on 22 Nov at 10am.",
        ),
    ],
    [
        ("system", "You help the operations manager of a removal company write staff reports."),
        (
            "user",
            "Summarise this for HR: Suresh a/l Maniam, mover since 2019, took 9 days MC in October for gout, then no-show on two jobs (KM-251014-02 and KM-251021-01). Customers complained.",
        ),
        (
            "assistant",
            "Summary: Suresh a/l Maniam (mover since 2019) was on medical leave for 9 days in October due to gout and subsequently failed to report for two assigned jobs, which led to customer complaints.",
        ),
        (
            "user",
            "Add that he has 3 kids and his wife already called us to ask for an advance of S$500.",
        ),
    ],
    [
        ("user", "How early should I book movers in Singapore for end of June?"),
        (
            "assistant",
            "End of June is peak season (school holidays and lease ends). Book 3-4 weeks ahead and confirm the lift booking with your condo management.",
        ),
        (
            "user",
            "ok thanks. actually can you help me message the condo? I'm Ong Pei Shan, unit #07-03 at 41 Jalan Lempeng, moving out 28 June, my email is peishan.ong@yahoo.com.sg",
        ),
    ],
    [
        ("user", "我在新加坡租了一个仓位，想问搬回中国之前要怎么退租？"),
        (
            "assistant",
            "一般需要提前14天书面通知运营商，清空仓位后会做退租检查，押金会在检查后退还。",
        ),
        (
            "user",
            "帮我写个通知：我叫黄晓东，仓位号 C-215，微信 huangxd_0824，手机 8917 3306，6月30日退租，押金退到我的 POSB 186-23047-1。",
        ),
    ],
    [
        ("user", "Draft a reference letter for a mover who is leaving us."),
        (
            "assistant",
            "Certainly. Please give me the employee's name, role, dates of employment and any strengths you would like to highlight.",
        ),
        (
            "user",
            "Mohamed Irfan bin Rosli, lorry driver, Mar 2021 to Nov 2026, Class 4 licence, very careful with pianos. But don't mention he was caught speeding on the PIE last year.",
        ),
    ],
    [
        (
            "user",
            "can the storage company sell my stuff if my dad passed away and nobody paid the rent?",
        ),
        (
            "assistant",
            "The operator must normally send notices to the tenant of record and any next of kin listed. Contact them with the death certificate to pause the sale while the estate is settled.",
        ),
        (
            "user",
            "the unit is under my father Goh Ah Beng, unit A-014 at the Ubi branch, he passed in August. I'm his son Goh Seng Chye, can reach me at 8406 7719.",
        ),
    ],
    [
        ("user", "Quick one: which self storage near Tampines takes cash monthly?"),
        (
            "assistant",
            "Most operators prefer GIRO or card, but several smaller facilities in Tampines and Pasir Ris accept cash or PayNow at the counter.",
        ),
        (
            "user",
            "Ok i'll ask them. If they need my card for deposit I'll use Mastercard 5204 7411 8839 2049 exp 11/27, name on card TEO KAI XIANG. Can you format a short enquiry?",
        ),
    ],
]
