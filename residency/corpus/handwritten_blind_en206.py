# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en206: SG/MY seafood wholesalers, fishmongers and wet-market stalls. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en206
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "supplier_invoice"): _lines("""
        TAX INVOICE | Hup Lee Marine Products Pte Ltd | UEN 199804512K | GST Reg No. M2-0083451-6 | Invoice INV-26/08817 | 12 Aug 2026 | Red snapper 18-20cm x 24kg @ $11.80 = $283.20 | Ice & packing $15.00 | Total incl. 9% GST $325.04
        Invoice SSF-0426-1193 from Sin Soon Fatt Seafood Trading, Jurong Fishery Port Road, Blk A #01-18: 3 cartons frozen vannamei 31/40, 6 x 1.8kg blocks, $52 per carton, terms 30 days.
        Credit Note CN-2026-0071 issued against INV-2026-04417 for 4.5kg ikan kembung rejected at receiving (core temp 9°C), amount $29.25 credited to account code KTM-014.
        Statement of Account as at 31/07/2026 — Customer: Golden Wok Catering Pte Ltd | Opening balance $4,812.60 | Invoices $12,390.00 | Payments $11,000.00 | Closing $6,202.60 | Please remit within 30 days.
        PO #TB-PO-5582: 2 boxes Norwegian salmon 5-6kg whole, HOG, deliver Mon before 6am to loading bay B, Tiong Bahru Market.
        Quotation Q-MY-2611 | Syarikat Perikanan Teluk Bahang Sdn Bhd (201401038812) | Tiger prawn U10 RM98/kg, U15 RM82/kg, ikan kurau 2-3kg RM65/kg, ex-jetty, valid 7 days.
        Payment advice: GIRO ref 8820-4471-0903 received $6,202.60 from Golden Wok Catering Pte Ltd on 18 Aug, applied to INV-26/07911 to INV-26/07960.
        Delivery Order DO 004512 | Consignee: Chong Pang Market fish stalls (bulk drop) | 12 styro boxes, seal no. 77812-77823 | Received in good order: ________ (sign & chop)
        Terms: Goods remain the property of Kim Hock Seafood Supply Pte Ltd until paid in full. Late payment interest 1.5% per month. Cheques payable to "Kim Hock Seafood Supply Pte Ltd" only.
        Batch 26-0815-SK04 | Origin: Sabah (FAO 71) | Species: Lutjanus malabaricus | Net wt 22.40kg | Catch date 14/08/2026 | Health cert HC/SBH/26/11823
        Pro forma invoice for export to Singapore: 1,200kg live mud crab (Scylla serrata), HS 0306.33, FOB Pengerang RM38,400, payment by TT 50% before loading.
        Price adjustment notice from Ocean Fresh Supplies: monsoon landings down about 40%, ikan tenggiri up from $18 to $24/kg effective 1 Dec; prices reviewed weekly.
        Receipt No. 002381 — cash sale, 1.2kg sotong @ $14/kg = $16.80, 0.8kg prawns @ $22/kg = $17.60, total $34.40, thank you come again!
        Remit to: Hup Lee Marine Products Pte Ltd, DBS Current Account 003-904512-7, SWIFT DBSSSGSG — please quote the invoice number as payment reference.
        SFA licence SFA/LR/2026/00431 — licensed fish processing establishment at 21 Fishery Port Road, valid till 31/03/2027.
    """),
    ("en", "market_notice"): _lines("""
        NOTICE: Ghim Moh Market & Food Centre will close for annual spring cleaning from 3 to 6 March. Fish stalls to clear all ice boxes by 2 March, 10pm.
        Jurong Fishery Port trading hours: 2.00am to 8.00am daily except public holidays; buyers must display a valid buyer pass at all times.
        Attention stallholders: wet floor near the fish section. Please use the drainage grating and do not sweep scales into the common drain. — Market Management
        Chinese New Year special hours: Tekka Market fish stalls open 4am on the eve, closed first two days. Pre-orders recommended for pomfret, prawns and lobsters.
        SFA advisory: consumers are reminded to buy seafood only from licensed retailers and keep chilled fish at 0-4°C. Report suspected illegal sales via the SFA online feedback form.
        Due to algal bloom reports in the East Johor Strait, raw cockles (see hum) from affected farms are withheld from sale until test results clear. — Seafood Traders Association
        Stall rental tender: Stall #01-45 (wet fish), 8 sqm, Geylang Serai Market. Tender closes 12 noon, 30 Sept. Forms at the NEA Customer Service Centre.
        Fish Merchants' Association AGM on 14 Nov, 3pm, at the association hall. Agenda: port fee revision, new cold room roster, election of committee.
        Warning: scammers posing as SFA officers have been calling stallholders asking for "licence renewal fees" by bank transfer. SFA never collects fees over the phone.
        Lost and found: one blue cooler box (48qt) left at the fish section loading bay on Saturday. Owner please claim at the market office with a description.
        Price board 18/9: Batang $18 | Ikan merah $22 | Pomfret (white) $35 | Sotong $14 | Tiger prawn (L) $28 | Lala $6 | Cockles $5 — per kg
        Reminder: temperature logs for all chillers must be filled twice daily and kept for 6 months for inspection.
        For complaints about market hygiene call the NEA Contact Centre at 6225 5632 (24 hours) or report through the myENV app.
        Senoko Fishery Port: the auction hall will be closed on 25 Dec and 1 Jan; landing of catch continues as usual from 1am.
    """),
    ("en", "food_safety"): _lines("""
        SFA inspection checklist item 4.2: fish displayed on crushed ice with ice-to-fish ratio at least 1:1; core temperature not exceeding 4°C.
        Inspection Report — Premises: ________ | Licence No.: ________ | Date/Time: ________ | Observations: ________ | Officer's signature: ________
        Histamine control for tuna, mackerel and sardines: keep below 4°C from capture; histamine above 50 ppm indicates decomposition; reject lots that test positive.
        Food handlers in Singapore must complete the Food Safety Course Level 1 before handling food and attend refresher training at the required interval.
        Cockles should come from approved depuration facilities; eating raw or half-cooked cockles carries a risk of hepatitis A and Vibrio infection.
        Case ref NEA/FH/2026/04412: routine inspection at a wet market fish section found 3 non-compliances (drain blockage, missing chiller thermometer, pest activity). Re-inspection in 14 days.
        Formalin test kit result: 0 of 20 samples positive (ikan kembung, selar, sotong). Lot from Pasar Borong Selayang, 07/10/2026.
        Thawing frozen prawns: thaw in the chiller overnight or under cold running water in sealed bags; never at room temperature on the display tray.
        Under the Points Demerit System, a stall that accumulates 12 or more demerit points within 12 months may have its licence suspended.
        Labelling for packed seafood: declare crustacean and mollusc allergens clearly; include net weight, packing date and supplier name.
        Cleaning schedule for fish cutting boards: scrape, wash with detergent, sanitise with 200 ppm chlorine, air-dry; replace boards with deep cuts.
        Lab report LR-26-3381: total plate count 4.1 x 10^5 CFU/g, E. coli <10 CFU/g, Salmonella not detected in 25g — sample: chilled snapper fillet.
        Malaysia: premises handling fish must comply with the Food Hygiene Regulations 2009; food handlers need typhoid vaccination and a food handler training certificate.
        Ciguatera is mostly linked to large reef fish; many traders refuse to buy oversized barracuda and moray eel for that reason.
    """),
    ("en", "delivery_run"): _lines("""
        Run A (West): Jurong Fishery Port 03:30 → Boon Lay Place 04:10 → Taman Jurong 04:35 → Jurong West 505 05:00 → back by 06:30. Chiller truck #3.
        Truck 2 reefer set-point -18°C, logger ID TL-8841; last reading 02:15 -17.6°C, 04:40 -16.9°C, door open 6 min at stop 4.
        Route plan Selayang → Kepong → Jinjang → Segambut: 28 drops, estimated 4h10m, fuel RM96, toll RM8.40.
        Drop list Tue: Bedok 85 market (4 boxes), Chai Chee market (2 boxes), Eunos Crescent market (3 boxes), Kaki Bukit central kitchen (1 box).
        Delivery window policy: wholesale drops must be completed before 6.30am to avoid loading bay congestion; late drops need prior approval from the market office.
        Ice order for tomorrow: 60 bags crushed ice and 20 blocks, pick-up at the Senoko ice plant at 2am.
        Proof-of-delivery photos must show box seal number, timestamp and receiving stall number; upload to the shared folder before 9am.
        Tracking JNT 630012458871 — 1 parcel dried fish maw, Penang hub to Johor Bahru hub, status: out for delivery.
        Vehicle maintenance log — Lorry 5 (Isuzu NPR 75) — reefer compressor serviced 02/09, next service 02/12, odometer 184,221 km.
        Causeway crossing checklist: export permit, health certificate, packing list, seal intact, temperature printout, arrive Woodlands Checkpoint before 4am.
        Weekly volume by route: West 2.8t, North 1.9t, East 3.4t, Malaysia cross-border 1.2t. Returns 0.6%.
        Driver briefing: no double parking at the Tekka loading bay; use bay 3 for chilled goods; keep the reefer running during the drop.
    """),
    ("mixed", "stall_chat"): _lines("""
        Today Jurong got no batang leh, boat never come in, price sure up tmr. Anyone got stock share share?
        wah the sotong today very fresh, 14 dollar only, lai lai come buy before finish
        Ikan kembung harga naik lagi, RM14 sekilo kat Selayang pagi tadi, gila lah
        Anyone know where to buy the big 60L styrofoam box cheaper? The shop at Pandan Loop now $7.50 each already.
        今天的红斑很靓, ikan merah 2-3kg, 22 一公斤, can reserve for your customers
        Pls remember NEA coming this week for inspection, check your chiller thermometer and throw away the old ice
        Rain very heavy at Kukup, the ferry delay, crab lorry only reach 9am. Sorry all.
        Lala from Pulau Ketam finish already, next batch Thursday. Want to order pls reply in this group with qty.
        Who got the SFA circular about the new online licence renewal? Can share link?
        Haiya, the cold room door spoil again, already call the company, they say technician come 2pm
        Hari Raya week business damn good, all the ikan bawal sold out by 8am
        Pasar Borong price today: udang harimau RM75, ketam bunga RM40, sotong RM22. 明天可能更贵.
        CNY 前一天 4am start ah, everybody come early, the queue for pomfret confirm long
    """),
    ("ms", "notis_pasar"): _lines("""
        NOTIS: Pasar Borong Selayang akan ditutup pada 1 Mei untuk kerja-kerja penyelenggaraan longkang di bahagian ikan.
        Peniaga ikan diingatkan supaya menggunakan ais yang mencukupi dan memastikan suhu ikan di bawah 4°C. Pemeriksaan mengejut akan dijalankan.
        Harga siling ikan kembung bagi musim perayaan ditetapkan RM14.90 sekilogram di Semenanjung; peniaga yang melanggar boleh dikompaun.
        LKIM menggalakkan nelayan mendaftar dengan Persatuan Nelayan Kawasan untuk memohon elaun sara hidup bulanan.
        Borang permohonan lesen penjaja ikan — Nama: ________ No. K/P: ________ Alamat: ________ Jenis ikan dijual: ________
        Waktu operasi pasar ikan: 3.00 pagi hingga 12.00 tengah hari. Lori penghantaran dilarang meletak kenderaan di laluan kecemasan.
        Musim tengkujuh: bekalan ikan dari Pantai Timur dijangka berkurangan sehingga Februari; harga ikan tongkol dan selar mungkin naik.
        Pekeliling DBKL: semua gerai ikan mesti mempunyai singki dengan air paip dan longkang bertutup sebelum 31 Disember.
        Invois No. PBS-2026-00781, 25 kg udang putih @ RM32 = RM800.00, bayaran tunai, tiada SST.
        Kursus Pengendali Makanan untuk peniaga pasar akan diadakan di dewan orang ramai pada 12 Okt, yuran RM50, tempat terhad.
        Pemberitahuan: kawasan pemunggahan di kompleks LKIM Kuala Kedah ditutup sementara untuk pembaikan dari 5 hingga 9 Jun.
        Ikan segar hari ini: kerapu, siakap, bawal hitam, udang galah, ketam nipah. Pesanan borong sila hubungi pejabat syarikat pada waktu pejabat.
    """),
    ("zh-Hans", "行情与通知"): _lines("""
        今日批发行情（裕廊渔港）：马鲛鱼 $20/公斤，白鲳 $34，红斑 $26，苏东 $13，老虎虾 $29。
        通知：本周日鱼市场进行大扫除，所有鱼档须在周六晚上十点前清空冰箱。
        新加坡食品局提醒：冷藏海鲜应保持在 0 至 4 摄氏度，冷冻产品须保持在零下 18 度以下。
        发票号 HL-2026-0913，冻虾仁 10 箱，每箱 $48，合计 $480，付款期限 30 天。
        过年前一周鲳鱼、石斑、龙虾需求大增，建议各档口提前向批发商预订。
        如何挑选新鲜的鱼：眼睛清澈饱满，鳃呈鲜红色，鱼身按下去有弹性，没有刺鼻的氨味。
        柔佛海峡东部出现赤潮，部分养殖场的鱼暂停出货，请各位留意食品局公告。
        鱼贩联谊会将于十一月举行年度聚餐，欢迎各档主报名，每桌 $688。
        冷库温度记录表：日期 ____ 时间 ____ 温度 ____ 记录人签名 ____
        马来西亚吉胆岛的啦啦这周停货，下周二恢复供应。
    """),
    ("en", "howto_credit"): _lines("""
        How do I set up a simple credit book for regular zi char customers — what columns should I have (date, items, amount, paid, balance)?
        What payment terms are normal for seafood wholesale in Singapore? Most suppliers give 7, 14 or 30 days depending on volume.
        Template reminder: "Dear [Customer], our records show an outstanding balance of $[amount] as at [date]. Kindly settle by [due date]. Thank you."
        Should I keep customers' IC copies when they take goods on credit? Under the PDPA you generally should not collect NRIC numbers unless the law requires it.
        Excel ageing formula: =IF(TODAY()-C2>60,"60+",IF(TODAY()-C2>30,"31-60","0-30"))
        Tips for fishmongers: weigh in front of the customer, show the scale reading, round down not up — it builds trust.
        How much ice do I need for a 4-hour delivery run in tropical heat? Rule of thumb is 1 kg of ice per kg of fish in styrofoam boxes.
        Is GST charged on fresh fish in Singapore? Yes, at the standard 9% if the supplier is GST-registered; fresh food is not zero-rated.
        Difference between a delivery order and a tax invoice: the DO confirms goods received; the tax invoice is the demand for payment with GST shown.
        Question: are work permit holders allowed to serve customers at the front of a wet market stall, or only cut and clean fish at the back?
        Best way to record cash sales when the market has a power cut: numbered carbon-copy receipt book, reconcile with scale counts at closing.
        Python: df.groupby("customer_code")["balance"].sum().sort_values(ascending=False).head(10)  # top 10 debtors by code
        Customer account codes KTM-014, GWC-002 and HBC-117 are within terms as per the attached ageing report; no action needed.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Credit book p.14 — Mdm Teo Siew Lan (Blk 216 Bedok North St 1, #05-112) owes $86.40 for prawns + batang on 2 Aug; says will pay when her CPF payout comes in on the 15th.
        OVERDUE — TAN BOON HOCK, mobile 9127 4408, outstanding S$1,245.00 since June for red snapper supply, 3 reminders sent, one cheque bounced.
        Delivery run Thu: driver Muthu a/l Krishnan, van GBJ 2841 A, left Jurong Fishery Port 03:40, reached Tekka 05:10, 2 boxes short — he says loading boy miscounted.
        Staff record: Nur Aisyah binti Kamal, NRIC S8512094H, fish cutter, start date 3 March, hourly $11.50, PayNow 8236 5917.
        New hire at Senoko: ZHANG WEI, FIN G5129037U, work permit holder, passport E82714536, staying at Kranji dormitory, bed 3-17B.
        Pls transfer refund to Lim Mei Ling, DBS 027-6-084519, for the 3 kg spoilt sotong she returned on Sat.
        Hi this is Farah from Blk 44 Chai Chee Street — can you send my invoice to farah.izzati.m@gmail.com instead? My husband paid the last one already.
        NEA inspection 12/09: stall #01-37 licensee Goh Kah Wee issued composition fine $300 for fish kept above 4°C without ice; second offence this year.
        Fishmonger Rajesh s/o Pillay on 5 days MC — fish-bone puncture on left hand got infected, polyclinic doctor says cellulitis, on antibiotics.
        Standing order card on file — Mr Ong Kian Seng, Visa 4539 7864 7330 2244 exp 09/28, charge every Friday for 2 kg pomfret + 1 kg prawns.
        Dear Mr Edwin Pereira, your CNY order (1 whole ikan kurau 3.2kg, 2kg tiger prawns) is ready for collection on 28 Jan; balance $214 payable on pick-up.
        Supplier KYC — sole prop owner: LOW CHEE KEONG, NRIC S7841236D, res. address 27 Jalan Bunga Rampai, Singapore 538406, bank OCBC 5012 3846 7001.
        Koh Ah Keong from the Ghim Moh fish stall just discharged after his stroke, his son taking over the stall until he can walk properly.
        Found near the cockle basins: black wallet with IC of WONG PEI SHAN, T0263517D — owner pls claim at the market office.
        Pay slip Aug — SELVARAJ A/L MUNIANDY, MyKad 780412-01-5523, Gross RM2,350.00, EPF RM258.50, salary advance RM300 deducted.
        Complaint log #C-0921: customer Jasmine Koh (9682 0341) says the salmon she bought on 21 Sep smelled off; offered replacement, she insists on full refund of $42.
        Mdm Chua Geok Eng, 74, bought pre-cut batang steak on Sunday, got a fish bone stuck and went to A&E at CGH; her daughter called twice asking for compensation.
        Note: collect $560 from Hamid bin Osman (nasi padang stall, Geylang Serai) — he asked to pay after Hari Raya because his wife just gave birth.
        Home delivery — Mrs Priya Nair, 9 Lorong Kismis #02-04, gate code 4471, leave with helper if not home, tel 8815 2276.
        Telegram order from @kelvintan_hougang88 (Kelvin Tan): 3 packs frozen squid, self-collect Sunday at the usual Hougang Ave 8 carpark.
        Deposit for 40-pax chilli crab party charged to Amex 3777 457945 64240, cardholder Francis D'Cruz, balance due on the day.
        Foreign worker Mohammad Rafiqul Islam, FIN F2384716R, claims 3 months of overtime unpaid by his fishery port employer; case filed with MOM.
        Lee Siew Lian (Ah Lian, stall 3 at Tiong Bahru market) borrowed $2,000 from the boss, paying back $200 a month, 4 more instalments to go.
        Wedding banquet seafood — bride's mother Mdm Rosalind Fernandez, 9034 7762, wants 12 tables of lobster, deposit $1,500 paid 3 Oct.
        PayLah refund of $37.80 to 8471 3390 (Nicholas Yeo) for the double charge on 14 Nov.
        Hairul Nizam bin Rosli, Class 4 licence, drives our lorry XD 6317 S on the Pasir Panjang run; two speeding summonses this year, last warning given.
        Crew list for landing at Kuala Kedah: Nguyen Van Thanh, Vietnam passport C4291873, deckhand, joined vessel 3 weeks ago.
        Bounced cheque: Mr Lawrence Teo, UOB cheque 004512 drawn on a/c 362-301-458-7, $3,180 for Aug supply; send lawyer's letter if no payment by Friday.
        Residents complained that Jeffrey Sim of Blk 12 Upper Boon Keng Rd #08-221 dries salted fish along the common corridor; town council warning issued.
        Ah Huat's new assistant is his nephew Tan Wei Jie, 17, still in ITE, only works Sat and Sun because of school.
    """),
    "ms": _lines("""
        Buku hutang: Kak Rosnah binti Abdul Latif, Blok 5 PPR Kerinchi, hutang RM145 udang + sotong, janji bayar hujung bulan bila gaji suami masuk.
        Pembantu gerai baru: Muhammad Hafiz bin Zainal, No. K/P 010215-10-5097, gaji RM1,800, mula kerja 1 Julai, tel 017-6612 408.
        Tuan Haji Ismail bin Yusof (019-775 3026) tempah 5 ekor ikan kerapu untuk kenduri kahwin anak dia Sabtu ni, deposit RM200 dah bayar.
        Laporan pemeriksaan: gerai ikan milik Encik Lau Chee Hong di Pasar Besar Kepong (gerai 42) tiada sijil latihan pengendali makanan; notis kompaun RM500 dikeluarkan.
        Tolong bank in duit jualan ikan ke akaun Maybank 1642 1039 8821 atas nama Siti Mariam binti Hamdan, dia dah tunggu dari Isnin.
        Nelayan Che Mat bin Daud dari Kampung Pantai Sabak cedera kaki terkena kipas bot, tak boleh turun ke laut dua minggu.
        Pelanggan Puan Noraini Hashim, tel 011-2617 5540, No. 12 Jalan Mawar 3, Taman Sri Muda, Shah Alam — hantar 3kg ikan kembung setiap Jumaat.
        Aduan: pekerja Sutrisno bin Wagiman, pasport Indonesia B4829173, kata majikan gerai ikan di Selayang tahan pasport dia dan gaji 2 bulan tak bayar.
        hutang: Rosli Kassim 016-2290 417 RM85 (udang galah, 3/9)
        Deposit tempahan ikan bakar dibayar guna kad Visa 4226 9049 6493 3298 atas nama Norhayati binti Jusoh.
    """),
    "zh-Hans": _lines("""
        欠账本：陈秀英阿姨，Bedok North Ave 4 Blk 412 #07-88，上周买了两斤大虾和一尾鲳鱼，欠 $63.20，说下个月领了退休金再还。
        新员工登记：林志强，身份证号 350583198603142716，福建南安人，工作准证，月薪 $1,900，住 Kranji 宿舍。
        黄国平师傅昨天在码头搬冰时扭伤了腰，医生给了一周病假，这周的送货由别人顶上。
        客户郑丽华，手机 9758 1124，订了年初二的石斑鱼两尾、花蟹三只，订金 $80 已收。
        退款 $45 请 PayNow 到 8319 6642，收款人吴美玲，她说上周买的鱿鱼有异味。
        供应商蔡文辉，MyKad 740118-08-5211，Maybank 账户 1584 2273 6019，每周二从 Kukup 送活石斑过来。
    """),
    "mixed": _lines("""
        Uncle Tan Ah Kow kopitiam at Blk 89 still owe us $320 lah, his hp 8923 1457, call him after 3pm dont call morning he sleeping.
        Boss, Kumar's wife just called, dia masuk hospital semalam, so Kumar a/l Ramasamy tak datang kerja this week ya.
        卖鱼的 Lim Ah Seng kena caught by NEA again for no ice on the ikan kembung, summon $400, 这是第三次了
        Pls PayNow $220 to Jenny Ho 9236 4410 for the 20kg lala she sent from Pulau Ketam, dia tunggu since Monday.
        Customer Encik Azman bin Othman, Blk 601 Woodlands Drive 42, complain fish not cleaned properly, dia nak refund $15 — 明天他会来拿.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a polite WhatsApp reminder? Customer is Mr Dennis Lau, runs a zi char stall at Blk 115 Aljunied, owes us $1,860 for July and August (INV-26/0712 and INV-26/0815).",
        ),
        (
            "assistant",
            "Sure. Draft: 'Hi Mr Lau, hope business is good. Just a gentle reminder that invoices INV-26/0712 and INV-26/0815 totalling $1,860 are still outstanding. Appreciate if you could settle this week. Thank you!'",
        ),
        (
            "user",
            "Add that we will stop delivery until he pays. I'll send it to his hp 9264 3018.",
        ),
    ],
    [
        ("system", "You are a bookkeeping helper for a fish stall at Chong Pang Market."),
        (
            "user",
            "Tally the credit book: Mdm Lee Ah Moi $42.50, Rahimah binti Said $18, Mr Sanjay Gupta $96.30 — who owes the most?",
        ),
        (
            "assistant",
            "Mr Sanjay Gupta owes the most at $96.30. Total outstanding is $156.80.",
        ),
        ("user", "Ok. Rahimah paid $10 this morning, update hers and give me the new total."),
    ],
    [
        (
            "user",
            "My cutter Arumugam s/o Velu, NRIC S6938402A, cut his finger badly on Tuesday, 6 stitches at Khoo Teck Puat Hospital. How do I report this to MOM as a workplace injury?",
        ),
        (
            "assistant",
            "If the injured worker is given more than 3 consecutive days of MC or is hospitalised for at least 24 hours, the employer must report it through MOM's iReport within 10 days. Keep the MC and the hospital memo.",
        ),
        ("user", "He got 7 days MC. He's been with us 11 years, can we also top up his pay?"),
    ],
    [
        (
            "user",
            "Tolong tulis surat tuntutan hutang kepada Encik Zulkifli bin Ahmad, No. K/P 720308-11-5283. Dia hutang RM3,450 untuk bekalan ikan sejak Mac.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Tuan, dengan hormatnya kami merujuk kepada baki tertunggak sebanyak RM3,450 bagi bekalan ikan sejak bulan Mac. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini.'",
        ),
        (
            "user",
            "Alamat dia No. 27, Lorong Seri Pantai 4, 20400 Kuala Terengganu. Masukkan sekali di atas.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信消息给吴建国先生，提醒他明天早上七点送货到他家：Tampines St 21 Blk 287 #09-341，两公斤大虾和一尾金鲳。",
        ),
        (
            "assistant",
            "吴先生您好，提醒您明天早上七点我们会把两公斤大虾和一尾金鲳送到府上，请留意门铃，谢谢！",
        ),
        ("user", "再加一句：货到付款 $76。他的电话是 8736 2045，送货员到了会先打电话。"),
    ],
    [
        (
            "user",
            "Fill this supplier registration form: Name: Kamarudin bin Salleh, sole proprietor, MyKad 810506-12-5783, bank CIMB 7052184693, supplies ikan bilis from Semporna.",
        ),
        (
            "assistant",
            "Supplier Registration | Name: Kamarudin bin Salleh | Type: Sole proprietor | ID: 810506-12-5783 | Bank: CIMB 7052184693 | Product: ikan bilis (Semporna)",
        ),
        ("user", "Also add his mobile +60 13-884 2193 and payment terms 14 days."),
    ],
    [
        (
            "system",
            "You are a dispatcher assistant for a fish stall at Tekka Market doing home deliveries.",
        ),
        (
            "user",
            "Plan tomorrow's route: (1) Mrs Anita Menon, 6 Rowell Road #04-15; (2) Mr Kenneth Chia, Blk 33 Cambridge Road #11-07; (3) Mdm Fatimah bte Ali, Blk 2 Beach Road #06-12.",
        ),
        (
            "assistant",
            "Suggested order from Tekka: Rowell Road first, then Cambridge Road, then Beach Road. About 40 minutes in total.",
        ),
        (
            "user",
            "Mdm Fatimah says she's at dialysis until 11am, so put her last and tell the driver.",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay for my worker: 'Siti Khadijah binti Musa, your salary RM1,650 will be paid into your Bank Islam account 1201 4021 8836 57 on the 7th, minus the RM200 advance.'",
        ),
        (
            "assistant",
            "'Siti Khadijah binti Musa, gaji anda RM1,650 akan dimasukkan ke akaun Bank Islam 1201 4021 8836 57 pada 7 haribulan, ditolak pendahuluan RM200.'",
        ),
        ("user", "Terima kasih. Add also that her EPF will start next month."),
    ],
    [
        (
            "user",
            "Checklist please for renewing the work permit of my fish cutter from Bangladesh, Md Shahidul Alam, FIN G8813264K, permit expires 14 Feb.",
        ),
        (
            "assistant",
            "Typical steps: check his passport is valid for at least 7 months beyond renewal, confirm the levy and quota, ensure medical insurance and security bond are in place, then renew online in WP Online.",
        ),
        ("user", "His passport BR0712934 expires in May next year. Is that a problem?"),
    ],
    [
        (
            "user",
            "Customer emailed: 'I am Tan Siew Hoon, I bought 1kg prawns from your stall on 3 Oct and got food poisoning, my son had diarrhoea for two days.' How should I reply?",
        ),
        (
            "assistant",
            "Acknowledge quickly, apologise for the experience, ask for the receipt and the date and time of purchase, and offer a refund or replacement while you check your cold chain records.",
        ),
        (
            "user",
            "Her email is siewhoon.tan72@yahoo.com.sg. Please write the full reply with the apology and refund offer.",
        ),
    ],
    [
        (
            "user",
            "boss ask me calculate commission for Ong Ah Meng, he sold $9,800 of fish this month, 2% how much",
        ),
        ("assistant", "2% of $9,800 is $196."),
        (
            "user",
            "ok PayNow to his number 9013 5528 can? he say need the money for his mother's operation next week",
        ),
    ],
]
