# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en144: SG/MY freight forwarders and shipping agents (bills of lading, customs declarations, consignee details, claims). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en144
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bill_of_lading"): _lines("""
        B/L No. ONEYSINE12345600 | Shipper: PACIFIC RIM POLYMERS PTE LTD, 10 Tuas Avenue 13, Singapore 638976 | Consignee: TO ORDER OF OCBC BANK | Notify: SAME AS CONSIGNEE
        Port of Loading: Port Klang (Westport) / Port of Discharge: Chennai / Vessel: KOTA LAYANG V.0482W / Container: TGHU1188060 40'HC / Seal: SG4471920 / 18 PLTS STC 720 CTNS CANNED SARDINES
        SHIPPER'S LOAD, STOW AND COUNT. SAID TO CONTAIN 1x20GP MSCU4820318 / 9 PACKAGES USED MACHINERY PARTS / FREIGHT PREPAID / CY-CY
        Three (3) original bills of lading have been issued, one of which being accomplished, the others to stand void.
        Telex release remark: B/L HLCUSIN2611AWKL9 has been surrendered at origin, consignee may collect the DO against payment of local charges.
        Sea waybill SWB-KUL-26-004418: non-negotiable, no original required, cargo released to named consignee MEGA ELECTRICAL SUPPLIES SDN BHD on presentation of company registration 199701023456 (435612-T).
        House B/L HBL-SIN-261108 issued by the forwarder as carrier under NVOCC terms; master B/L MAEU239874512 shows the forwarder's agent in Jakarta as consignee.
        Clause 19 (Himalaya Clause): every servant, agent and subcontractor of the Carrier shall have the benefit of all exceptions, limitations and defences herein.
        Marks & Nos: N/M | Description: 1,200 BAGS x 25KG REFINED WHITE SUGAR ICUMSA 45 | Gross Wt: 30,240.000 KGS | Meas: 27.500 CBM | HS 1701.99
        Freight collect at destination; THC at both ends for account of consignee; shipped on board 14 NOV 2026, Pasir Panjang Terminal.
        Amendment request: change notify party from SAME AS CONSIGNEE to SENG HUAT HARDWARE (M) SDN BHD, 3 Jalan Kasuarina 8, Bandar Botanic, 41200 Klang. Amendment fee SGD 50 per B/L.
        Consignee field must show the full company name, address, tax ID and a contact point; TO ORDER shipments need a notify party with complete details as required by destination customs.
        OBL draft for checking, pls confirm by 1700hrs today: consignee NUSANTARA AGRO RESOURCES SDN BHD, POD PASIR GUDANG, 2x40HC ONEU0933189 / CMAU6502470, net 48,600 KGS crude palm kernel oil in flexibags.
        Switch B/L issued in Singapore replacing the original Hong Kong B/L; shipper changed to the trading intermediary, all other particulars unchanged.
        Dangerous goods: UN 1263 PAINT, Class 3, PG III, EmS F-E, S-E; MSDS and DG declaration attached; container SEGU4029573 to carry Class 3 placards on all four sides.
    """),
    ("en", "customs_permit"): _lines("""
        TradeNet permit type IN-Payment (dutiable goods and GST): the declarant's UEN must match the declaring agent registered with Singapore Customs.
        HS 2204.21 wine of fresh grapes in containers of 2 litres or less: excise duty charged per litre of alcohol, GST 9% on CIF value plus duty.
        Malaysia: the K1 form is the import declaration, K2 the export declaration, and K8 covers transhipment and removal of goods between customs stations.
        Declared value USD 18,450.00 FOB; freight USD 1,120.00; insurance 0.1% of CIF; CIF in SGD computed at the weekly customs exchange rate.
        Certificate of Origin ATIGA Form D ref KL-2026-0047721; preferential rate 0% claimed for HS 8516.60 electric rice cookers.
        Permit No. 26ZA4110873 | Type: IN-Non-Payment (FTZ) | Cargo: 2 pkgs spare parts | Inward carrier: KOTA LAYANG V.0482W | Arrival 22/11/2026
        Customs declaration B10-2611-0193447: import duty RM 2,318.40, sales tax 10% RM 1,402.75, paid by the importing company via FPX on 03/11/2026.
        Reminder: declarants must keep invoices, packing lists, bills of lading and permits for five years from the date of permit approval.
        Commercial invoice must state seller, buyer, Incoterm (e.g. CIF Port Klang, Incoterms 2020), unit price, currency and country of origin for every line item.
        AWB 618-44021935 | 3 PCS 42.5 KG | SIN-BOM | Nature of goods: pharmaceutical samples, non-DG | Shipper: Jurong Pharma Labs Pte Ltd
        Tariff query: plastic crates for reusable transport go under 3923.10 (boxes, cases, crates for the conveyance or packing of goods), not 3926.90.
        Valuation: where buyer and seller are related, declare Related Party = Yes and be ready to show the relationship did not influence the price.
        Strategic goods check: before exporting servers or encryption modules, screen the items against the Strategic Goods (Control) list and apply for a permit if listed.
        Inward permit checklist for FCL import: B/L or sea waybill, invoice, packing list, CA/licence from the controlling agency if the HS code is controlled.
    """),
    ("en", "ops_group_chat"): _lines("""
        KOTA LAYANG delayed 2 days at Tanjung Pelepas, new ETA PSA Sat 0600. Pls inform all consignees ah, DO release also push back.
        Cut-off for ONE Wed sailing moved to Mon 1200hrs, VGM by Mon 1000. Don't miss again ok, last week 3 boxes rolled over.
        Westport yard density above 90%, trucking surcharge RM150 per trip effective tomorrow until further notice.
        Anyone got chassis for 40' at Keppel? Need 2 units tmr morning for job SIN-EXP-26-1187.
        Container SEGU4029573 pulled for inspection at Tuas, DSA pending. Client to resend packing list and invoice by noon.
        Reminder all: do NOT send customer IC copies in this group. Upload to the job folder in CargoWise only.
        Reefer plug-in charge at PSA revised to SGD 35/day for 40RF, pls update the quotation template.
        Job KUL-IMP-26-0452 LCL 3.2 CBM ex Ningbo, devanning at Northport CFS Thu, 3 days free storage.
        FYI carrier advisory: Red Sea routing continues via Cape of Good Hope, add 10 to 14 days transit to North Europe.
        Server down lor, CargoWise cannot login since 9am, IT says fixed by lunch.
        Truck stuck in Tuas checkpoint queue 2 hrs, OOLU8561108 will miss the 4pm slot, pls rebook for tomorrow.
        DG warehouse full until next week, Class 8 cargo must stay on chassis, demurrage running on 2 boxes.
        Who has the tariff for Penang to Belawan feeder? Customer asking 1x20GP general cargo.
        Booking ref 8BKG2611043 cancelled by shipper, pls return the empty to Pasir Panjang depot.
    """),
    ("en", "cargo_claims"): _lines("""
        Notice of loss or damage must be given to the carrier in writing within 3 days of delivery where the damage is not apparent; suit is time-barred after one year (Hague-Visby Art. III r.6).
        Carrier's liability is limited to 666.67 SDR per package or 2 SDR per kg of gross weight, whichever is higher, unless the nature and value were declared on the B/L.
        Claim ref CLM-SG-26-0317: 14 cartons wet-damaged, joint survey held 19/11, loss estimated USD 3,260, file passed to the P&I correspondent.
        Documents for a cargo claim: commercial invoice, packing list, B/L copy, survey report, photos, delivery order with exceptions noted, and the letter of claim.
        Letter of Indemnity template: We, [Company Name], request you to deliver the cargo under B/L No. [____] to [____] without production of the original bill of lading.
        General average declared for MV [vessel name]: cargo interests must lodge a GA bond and guarantee before release; average adjusters appointed.
        Concealed damage: if cartons look intact but contents are broken, endorse the DO subject to inspection and call the surveyor within 24 hours.
        Check the forwarder's Standard Trading Conditions for excepted perils and the liability cap before accepting any claim from a customer.
        Institute Cargo Clauses (A) are all risks; Clauses (C) cover major casualties only and exclude theft and rain water damage.
        Short delivery: 2 pallets missing from TCNU7715423, seal intact and matching on arrival, so the count at the shipper's loading is the likely cause.
        Claim ref MYCLM/2026/0881 settled at RM 7,420.00 ex gratia, full and final, without admission of liability.
        The Hague Rules date from 1924; the Hamburg Rules of 1978 and the Rotterdam Rules of 2008 never gained the same acceptance among Asian shipping nations.
        Surveyor's finding: condensation damage consistent with container sweat, no desiccants fitted; recommend dry bags for January to March shipments.
    """),
    ("en", "rate_notice"): _lines("""
        Rate sheet Dec 2026: SIN to Shanghai 20GP USD 180 / 40HC USD 320, excluding destination charges, valid until 31/12.
        BAF adjustment effective 01/01/2027: USD 45 per TEU intra-Asia; low sulphur surcharge unchanged at USD 20 per TEU.
        Singapore import local charges: DO fee SGD 75, THC 20' SGD 240, documentation SGD 45, CFS SGD 28 per revenue ton, minimum 1 RT.
        Straits Link Logistics customer service hotline +65 6221 8800 (Mon to Fri 0830 to 1800); after-hours operations desk +65 6221 8899.
        Port Klang office: Lot 8, Jalan Pelabuhan Utara, 42000 Pelabuhan Klang, Selangor | Tel 03-3168 2200 | Fax 03-3168 2201 | ops.pkg@straitslink.com.my
        Sir Stamford Raffles set up a British trading post in Singapore in 1819, and the free-port policy turned the harbour into the region's entrepot.
        Tan Kah Kee, the rubber industrialist and philanthropist, built his fortune trading through Singapore and founded Xiamen University in 1921.
        PSA Singapore handled about 39 million TEUs in 2023, keeping it the world's largest transhipment hub.
        Peak season surcharge USD 200/FEU to US West Coast from 15 Jul; GRI USD 500 on 1 Aug subject to filing.
        Demurrage: 5 free days, then USD 25/day for days 6 to 10 and USD 50/day from day 11 for 20GP; rates doubled for 40'.
        Quotation QTN-26-1204-SG valid 14 days: 2x40HC Singapore to Jebel Ali USD 1,650 each, direct service, transit 14 days.
        When fully completed in the 2040s, Tuas Port is planned to handle up to 65 million TEUs a year, consolidating all PSA container terminals in one place.
    """),
    ("ms", "notis_kastam"): _lines("""
        Notis: Semua pengisytiharan import hendaklah dibuat melalui sistem uCustoms; borang K1 yang tidak lengkap akan ditolak.
        Caj pengendalian terminal di Pelabuhan Klang akan disemak mulai 1 Januari 2027. Sila rujuk jadual tarif terkini di laman web rasmi.
        Waktu operasi kaunter pesanan penghantaran (DO): Isnin hingga Jumaat 8.30 pagi hingga 5.00 petang; Sabtu 8.30 pagi hingga 12.30 tengah hari.
        Kontena MSCU4820318 telah dilepaskan oleh Kastam, sila atur pengangkutan sebelum tamat tempoh simpanan percuma.
        Peringatan: Cukai jualan 10% dikenakan ke atas barang bercukai berdasarkan nilai import iaitu CIF ditambah duti import.
        Dokumen untuk pelepasan kargo: bil muatan, invois komersial, senarai pembungkusan, permit (jika berkaitan) dan surat kuasa kepada ejen.
        Makluman: Pejabat kami di Pasir Gudang ditutup pada Hari Deepavali; operasi biasa disambung semula keesokan harinya.
        Tuntutan kerosakan kargo mesti dikemukakan secara bertulis dalam tempoh 3 hari selepas penghantaran, bersama laporan juruukur.
        Udang beku di bawah kod HS 0306.17 memerlukan permit import MAQIS sebelum kapal tiba; tanpa permit kargo tidak akan dilepaskan.
        Talian hotline syarikat: 03-3176 4400 (24 jam). Untuk pertanyaan bil, emel akaun@bayulogistik.com.my.
        Kapal dijangka tiba di Pelabuhan Tanjung Pelepas pada 24/11/2026, nombor pelayaran 0482W; tarikh tutup dokumen 20/11/2026 jam 12 tengah hari.
        Templat surat kuasa: Saya/Kami, ______ (No. Pendaftaran ______), dengan ini memberi kuasa kepada ______ untuk menguruskan pelepasan kargo di bawah B/L No. ______.
    """),
    ("zh-Hans", "货代通知"): _lines("""
        通知：受台风影响，本周三开往厦门的船期延误，新的预计到港时间为周五上午，请各位客户留意。
        新加坡进口清关所需文件：提单、商业发票、装箱单、原产地证（如适用）及进口准证。
        集装箱 CMAU6502470 已于今日下午在巴西班让码头卸船，可安排提柜。
        本公司客服热线：+65 6338 2100（周一至周五 9:00–18:00），邮箱 cs@nanyang-freight.com.sg。
        海运费报价：新加坡至上海 20GP 180美元，40HQ 320美元，有效期至12月31日，不含目的港费用。
        温馨提示：锂电池属于危险品，必须申报UN编号并提供MSDS，否则船公司将拒绝装船。
        提单号 COSU6283410770 已电放，收货公司可凭付款水单换取提货单。
        陈嘉庚是著名的南洋华侨实业家，早年在新加坡经营橡胶业，并创办了集美学校和厦门大学。
        货损理赔流程：收货时发现破损应当场在提货单上批注，并于三天内书面通知承运人，同时安排公估行检验。
        马来西亚巴生港西港近期堆场拥堵，提柜需提前预约，拖车费每趟加收150令吉。
        报关单模板：收货人名称____，统一社会信用代码____，HS编码____，申报价值____。
        滞箱费说明：免费用箱期7天，超期后20GP每天20美元，40HQ每天40美元。
    """),
    ("mixed", "whatsapp_broadcast"): _lines("""
        Boss all, CNY week cut-off earlier ya, last sailing to Port Klang before 新年 is Wed, after that only resume following Thu. Book early kk.
        Hari Raya cuti: warehouse tutup 2 hari, trucking ada standby untuk urgent job only, charges x1.5 hor.
        Ops update: Causeway jam teruk, lorry to Tuas today expect 3 to 4 jam, customers pls bear with us lah.
        Reminder 各位: VGM must submit before cut-off, if not box cannot load, no more last minute can or not ah.
        Good news: new direct service Port Klang to Haiphong weekly, transit 4 days only. Rate boleh nego for volume.
        Warehouse Tuas South ada space 200 pallets from 1 Dec, SGD 18/pallet/month, interested PM office.
        Kastam punya uCustoms slow sikit hari ni, permit approval maybe delay, jangan panic, we follow up.
        Pls note our new office tel 6559 1288, old line 6559 1200 will stop next month. 谢谢大家支持!
        Scam alert: someone pretending to be our company asking payment to new bank account. We NEVER change bank details by WhatsApp, call office to verify.
        Lorry GPS tracking link now available for all FCL jobs, ask CS for the job link, no need to call the driver anymore.
        Deepavali & Christmas week operating hours 9am to 1pm only, DO counter tutup on PH.
        Tips: wooden pallet must be ISPM 15 heat-treated with IPPC stamp, if not Indonesia & Australia customs sure reject one.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CONSIGNEE: MUHAMMAD HAFIZ BIN ROSLAN | NRIC/MYKAD: 880514-10-5523 | ADDRESS: NO. 17, JALAN SS 15/4C, 47500 SUBANG JAYA, SELANGOR | TEL: 012-387 5521 | CARGO: 1 X 20GP PERSONAL EFFECTS (RETURNING RESIDENT)
        Personal effects job SIN-EXP-26-0991: shipper Ms Priya d/o Ramasamy, NRIC S7812345A, moving from Blk 627 Jurong West St 65 #11-298 S640627 to Perth; pack date 28 Nov, 14.5 CBM, insurance declared SGD 22,000.
        Pls update consignee on HBL SIN-261108: Mr Daniel Pereira, hp 9734 2816, deliver to 41 Jalan Kembangan S419137 between 9 and 12 Sat, he will pay DO charges by PayNow.
        Dear Sir, I, Lim Chee Keong, wish to claim for my sofa set damaged during the move under your job KUL-PE-26-0033. Kindly pay RM 3,850 to my Maybank account 1140 2237 8815.
        Incident log 14/11: driver Selvam a/l Krishnan (lorry WXY 8812) reversed into the gate at Westport Block C; breathalyser negative; suspended 3 days pending HR review.
        Overdue COD (personal effects): Mdm Wong Siew Lan, RM 2,140.00, 63 days, says she will pay after her husband's heart surgery next month.
        Port pass application | Name: ARUL KUMAR S/O PERUMAL | NRIC: S6923810F | DOB: 03/04/1969 | Company: Straits Link Logistics | Designation: prime mover driver
        Consignee: Chong Mei Ling, 28 Lorong Kenari 3, Taman Bukit Indah, 81200 Johor Bahru, 016-742 0938 | parcel YT2611048823 | declared USD 42 cosmetics
        From: kavitha.r88@gmail.com / Subject: my household goods to Chennai / Hi, my passport Z4820196 copy was sent last week, can you confirm the customs clearance date for my container?
        Staff note: Nurul Izzati binti Hassan (CS exec, Port Klang) on MC 12 to 15 Nov for dengue; all her shipments reassigned to the KL desk.
        Refund for duplicate DO payment: Goh Boon Kiat, OCBC 601-284417-001, SGD 375.00, approved by finance 20/11.
        Card on file for walk-in customer Rachel Yeo: Visa 4556 3312 0845 7712 exp 09/28, charged SGD 1,240.50 for air freight under AWB 618-44021935.
        Declaration for parcel: consignee ZHANG LI, FIN G5523109K, Blk 412 Bedok North Ave 2 #08-115 S460412, 6 pcs clothing valued SGD 380, GST payable.
        Customer complaint: Mr Farid bin Ismail says our driver was rude and left his boxes in the rain outside his house in Taman Melawati; wants compensation. Tel 019-225 6614.
        Driver for tomorrow's Tuas delivery: Ah Seng (Lim Kok Seng), Telegram @kokseng_lorry, hp 8261 0475.
        DO NOT ACCEPT bookings from Mr Ong Jia Hao (NRIC T0341276D): 3 earlier shipments declared as household items contained undeclared cigarettes, case referred to Singapore Customs.
        Relocation inventory | Expat: Mr Graham Whitcombe, EP holder, FIN G8071234R, with Mrs Helen Whitcombe and 2 children | Origin: Bukit Timah condo | Destination: Leeds | Box 14: children's school reports and medical files.
        POD 21/11 14:32: received by Mdm Lakshmi, wife of consignee R. Venkatesh, at Blk 221 Serangoon Ave 4 #05-67; 2 cartons dented, noted on DO.
        SHIPPER: LIU YANG, PRC PASSPORT EH4725319, ID 440304198706121438, WECHAT liuyang_sz87 | 3 CARTONS PERSONAL BELONGINGS (BOOKS, CLOTHES) | FOR STUDIES IN SINGAPORE
        Pls transfer the balance RM 980 to Public Bank 4410392851, a/c name NG KAH MUN (this is my personal account, not the company one).
        Salary deduction for damaged cargo: forklift operator Muthu s/o Ganesan, deduct SGD 150 x 3 months as per signed agreement dated 02/11.
        Compound notice: Jonathan Ling Kah Hock, MyKad 850130-13-5097, compounded RM 2,000 for undeclared liquor found in his personal effects container at Kuching.
        Consignee verification failed: name on MyKad (WONG SIEW LAN, 690911-08-5232) does not match B/L consignee, pls ask her to submit a letter of authorisation.
        NOTIFY PARTY: MR RAMESH A/L SUBRAMANIAM, 12 JALAN MERBAU 2, TAMAN SRI SKUDAI, 81300 SKUDAI, JOHOR. HP +6017-608 3392 / IC 750822-01-5371
        Returning resident from Brunei: Jerry Matius Gimbang, IC 960225-12-5681, 1 used motorcycle and 6 cartons household goods, delivery to his family home in Penampang.
        Feedback form | Name: Harpreet Kaur | Email: harpreet.kaur.sg@gmail.com | Rating: 2/5 | Comment: my wedding gifts shipment from Amritsar was stuck 3 weeks and nobody answered my calls.
        Crew sign-on SG via agency: Rodel B. Santos, Filipino, AB, passport P4417290B, DOB 11/06/1991, joining MV OCEAN PEARL at Western Anchorage on 26/11.
        pls chase Mr Kumar 9472 6605 for the unpaid storage, already 2 months
        Reference check reply: former ops assistant Benjamin Chua Wei Ming was dismissed in 2025 for falsifying delivery orders. Not recommended for rehire.
        Consignee: Mr Chan Ho Yin, HKID K381926(4), Flat 12B, Block 3, Riviera Gardens, Tsuen Wan, mobile 9463 2081, personal effects ex Singapore 6 CBM.
        Insurance claim form | Insured: Clement D'Cruz | Address: 32 Jalan Loyang Besar, Singapore 509380 | Item: piano, cracked during transit | Amount claimed: SGD 6,800 | Card for excess: Mastercard 5523 1877 4410 2635
        Please note Ms Tan Hui Min (S8534021B) is authorised to collect the DO on my behalf for job SIN-IMP-26-0775. Signed, Tan Ah Kow, father.
        Walk-in: Mdm Rahimah binti Salleh came to the counter crying, her late son's belongings from Dubai still held at Keppel, waived storage fee per manager approval.
        Ops note: Eric Yap from the Penang branch has been late 6 times this month and warned verbally; next lateness goes to a written warning.
    """),
    "ms": _lines("""
        Penerima: NUR AISYAH BINTI KAMARUDIN, No. KP 010619-14-0844, alamat No. 5, Jalan Wangsa 2/7, Taman Wangsa Melawati, 53300 Kuala Lumpur, tel 011-2398 4471, barang: 2 kotak pakaian dan buku.
        Encik Azman bin Yusof, kontena barang peribadi tuan telah ditahan Kastam di Westport kerana senarai pembungkusan tidak lengkap. Sila hubungi pejabat kami segera.
        Surat tuntutan: Saya, Rosnah binti Mat Isa, menuntut RM 1,200 bagi peti sejuk yang rosak semasa pemindahan dari Kuantan ke Kota Bharu. No. akaun Maybank 1620 4418 0275.
        Pemandu lori: Zulkifli bin Omar, no. plat JQR 3345, tel 013-455 7281, akan ambil kontena di Pasir Gudang esok jam 8 pagi.
        Senarai hutang pelanggan individu: 1) Puan Letchumy a/p Muniandy, RM 640 caj simpanan, 45 hari; 2) Encik Chan Kok Wai, RM 1,150, 90 hari, minta bayar ansuran.
        Untuk pelepasan kereta terpakai dari Jepun, pelanggan Tan Wei Liang (920307-07-6127) perlu hantar salinan MyKad depan dan belakang serta surat kuasa.
        Cik Farah Nabila, pekerja gudang kami di Shah Alam, cedera tangan semasa memunggah kontena pada 18/11; cuti sakit 5 hari, laporan PERKESO sedang disediakan.
        Maklumat pengirim: Haji Ismail bin Daud, pasport A58217364, hantar barang dari Jeddah ke Kuala Terengganu, tel +60 19-882 0135.
    """),
    "zh-Hans": _lines("""
        收货人：刘洋，身份证号 440304198706121438，手机 138 2654 7719，新加坡地址 Blk 105 Clementi St 12 #07-42，个人物品三箱。
        发货人：黄志强，身份证 350203199202283012，厦门市思明区，托运家具一批到新山，需提供护照首页复印件。
        客户投诉：林美玲女士说她寄往吉隆坡的包裹被海关扣留，要求我们赔偿，她的微信号 linmeiling_kl88，手机 016-512 3384。
        员工处分通知：仓库主管郑伟杰因私自放行未付款货物，记大过一次，扣发当月奖金。
        退款申请：客户王丽华（身份证 310115198509110421）多付清关费人民币860元，请退回其招商银行卡 6225 8841 0732 9651。
    """),
    "mixed": _lines("""
        Boss, consignee Mr Lee 李国明 hp 9058 3317 say tmr cannot receive lah, his wife 住院 in SGH, pls reschedule to Monday.
        Eh the IC copy for job 0452, Siti Hajar binti Rahmat S9012664D, sudah upload ke folder tapi gambar blur sikit, minta dia hantar semula.
        Driver Ravi 8839 1260 kena saman at Woodlands checkpoint for overload, 他说 company must pay, pls check with boss.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the relocation desk assistant of a Singapore freight forwarder. Collect details for moving quotes.",
        ),
        ("user", "Hi, I need a quote to move my 3-room flat to Kuala Lumpur end of January."),
        (
            "assistant",
            "Certainly. May I have your name, the pickup address and a contact number for the survey?",
        ),
        (
            "user",
            "Nicholas Teo Jun Jie, Blk 318 Tampines St 33 #04-221 Singapore 520318, hp 8917 4403. Survey any weekday after 7pm.",
        ),
        (
            "assistant",
            "Thank you, Mr Teo. Our surveyor will contact you to fix a video survey this week.",
        ),
    ],
    [
        (
            "user",
            "My TV arrived cracked from your Penang to Singapore move, job PEN-SG-26-0118. How do I claim?",
        ),
        (
            "assistant",
            "Sorry to hear that. Please send photos, the packing inventory and your payout details, and we will lodge it with the insurer.",
        ),
        (
            "user",
            "ok. name Kalaiselvi d/o Raju, POSB savings 188-21543-7, claim amount SGD 1,450. photos I email tonight.",
        ),
    ],
    [
        (
            "user",
            "What documents do you need for my personal effects container from Shanghai? I am a new EP holder.",
        ),
        (
            "assistant",
            "For personal effects we need your passport bio page, your pass card, the tenancy agreement and a detailed packing list.",
        ),
        (
            "user",
            "Passport E87342156, FIN F7712096M, my name is Xu Wenjing. I live at 9 Cuscaden Walk #15-02 now. Container arrives 3 Dec.",
        ),
        (
            "assistant",
            "Thanks Ms Xu, I will prepare the in-payment permit and send it for your confirmation.",
        ),
    ],
    [
        ("user", "Parcel YT2611053310 says delivery failed, can you check?"),
        (
            "assistant",
            "The courier notes nobody was home. Please confirm the recipient name, phone and address so we can reschedule.",
        ),
        (
            "user",
            "Nurul Huda binti Osman, 017-236 9904, No. 44 Jalan Mawar 6, Taman Mawar, 81700 Pasir Gudang. Saya ada rumah lepas 6 petang.",
        ),
    ],
    [
        (
            "system",
            "Internal accounts assistant for a Malaysian forwarding company. Draft polite collection letters.",
        ),
        (
            "user",
            "Draft a reminder to Mr Gurdev Singh a/l Kartar Singh, he owes RM 3,275 for storage and trucking since August, invoice INV-PKG-26-0911.",
        ),
        (
            "assistant",
            "Dear Mr Gurdev Singh, our records show RM 3,275 outstanding under invoice INV-PKG-26-0911 since August. Kindly settle within 14 days or contact us to arrange payment.",
        ),
        ("user", "Add that we know he lost his job and we can accept 3 instalments."),
    ],
    [
        ("user", "Assalamualaikum, saya nak tanya status kontena barang pindah saya dari Sabah."),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh dan nombor kad pengenalan untuk semakan?",
        ),
        (
            "user",
            "Mohd Faizal bin Abdullah Sani, IC 830716-12-5427. Kontena tu ada barang arwah ayah saya.",
        ),
        (
            "assistant",
            "Terima kasih Encik Faizal. Kontena tuan dijangka tiba di Port Klang pada 28 November.",
        ),
    ],
    [
        ("user", "你好，我的包裹从广州寄到新加坡，显示清关中，要多久？"),
        ("assistant", "一般一到三个工作日。请提供收件人姓名和联系方式，我帮您查询。"),
        (
            "user",
            "收件人 周雅婷，手机 9156 2287，微信 zhouyating_sg，地址 Blk 58 Marine Terrace #10-33 Singapore 440058。",
        ),
    ],
    [
        ("system", "You summarise incident reports for the HSE manager of a Singapore haulier."),
        (
            "user",
            "Summarise: At 0615 on 17/11 prime mover driver Tay Boon Huat, 54, clipped a trailer at Tuas Port gate 3. He admitted he had only slept 3 hours. Hospital check at NTFGH found minor neck strain.",
        ),
        (
            "assistant",
            "Summary: 17/11, 0615, Tuas Port gate 3. Driver Tay Boon Huat (54) clipped a trailer; fatigue admitted (3 hours' sleep). Minor neck strain diagnosed at NTFGH. Recommend fatigue review.",
        ),
    ],
    [
        ("user", "I'm exporting my car to Malaysia, how does deregistration work with you?"),
        (
            "assistant",
            "We handle the LTA export deregistration and the shipping. We need the owner's NRIC, the vehicle number and the log card.",
        ),
        (
            "user",
            "Owner Ivan Koh Sze Wei, NRIC S8820457C, car SKP4821G, Honda Civic. I'll drop the log card at your Ubi office Friday.",
        ),
    ],
    [
        (
            "user",
            "Can I pay the customs duty for my shipment by card over chat? Job SIN-IMP-26-1032.",
        ),
        (
            "assistant",
            "For security please use the payment link, but if you prefer our staff can key it in. Please do not share your CVV here.",
        ),
        (
            "user",
            "ok just charge it. Mastercard 5403 1200 8812 3649, exp 04/29, name on card AHMAD KAMIL BIN SUHAIMI.",
        ),
        (
            "assistant",
            "Please use the secure payment link we sent to your e-mail instead; we have deleted the card number from this chat.",
        ),
    ],
    [
        (
            "user",
            "Need to update staff leave: Chew Li Ting from documentation is on maternity leave from 1 Dec to 31 Mar.",
        ),
        ("assistant", "Noted. Who will cover her B/L drafting during that period?"),
        (
            "user",
            "Vanessa from Tuas office. Also Li Ting's emergency contact is her husband, 9620 7715.",
        ),
    ],
]
