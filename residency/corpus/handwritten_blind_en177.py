# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en177: SG/MY event catering and buffet caterers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en177
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "quotes_menus"): _lines("""
        Mini Buffet Package A – $12.80/pax (min 30 pax) | 8 courses incl. nasi briyani, ayam masak merah, sambal sotong, achar, chendol | Halal certified by MUIS | Free delivery above $500 nett
        Premium Western Buffet: aglio olio, herb roasted chicken, fish & chips, caesar salad, mini pavlova. $22.90/pax before GST, min 40 pax, includes table skirting and chafing dishes.
        Quotation QT-24-08812 | 150 pax tea reception | Kueh platter x6, curry puffs x300, teh tarik urn x3 | Subtotal S$1,842.00 | 9% GST S$165.78 | Total S$2,007.78 | Valid 14 days
        Bento sets for corporate training: chicken teriyaki / sambal fish / Buddhist vegetarian (no onion, no garlic). RM14.90 each, min order 50 boxes, cut-off 2 working days before.
        Full month celebration tray (10 pax): red eggs, ang ku kueh, mee sua, curry chicken, sweet & sour fish – $288 per set, +$50 delivery surcharge for Sentosa and Jurong Island.
        Live station add-ons: chicken/mutton satay (300 sticks) $270, roti prata live station $350 for 2 hours, ice kacang $380. Each station needs 3m x 3m space and one 13A power point.
        Jain menu available on request: no root vegetables, no onion, garlic, potato or carrot. Please inform us at least 5 working days before the event.
        Seminar package (80 pax): morning tea 2 items + coffee/tea, 8-course buffet lunch, afternoon tea 2 items. $35.00/pax nett incl. 1 service crew for 4 hours.
        Price list effective 1 Jan 2025: delivery surcharge $30 for orders below 20 pax; $60 for deliveries before 7am or after 9pm; CBD ERP and parking charges absorbed by us.
        Deepavali high tea: murukku, medu vadai, mutton varuval, vegetable biryani, payasam, gulab jamun – $19.50/pax, available 20 Oct to 3 Nov only.
        Christmas takeaway: log cake 1kg $58, whole roast turkey 5–6kg with chestnut stuffing $168, honey baked ham 2kg $128. Pre-order by 15 Dec, self-collection at Ubi outlet only.
        Halal Chinese buffet: cereal prawns, salted egg chicken, yang chow fried rice, sambal kangkong, mango pudding. From $16.90/pax, min 25 pax.
        Vendor comparison for CNY lo hei lunch, 120 pax: Vendor A $18.20/pax excl. yusheng, Vendor B $21.00/pax incl. yusheng, Vendor C $17.50/pax excl. delivery. Procurement recommends Vendor B.
        Nyonya set (min 20 pax): ayam pongteh, chap chye, sambal terung, nonya kueh platter. Babi pongteh available at our non-halal kitchen only, price on request.
    """),
    ("en", "orders_ops"): _lines("""
        ORDER #CTR-240517-0093 | Deliver 17 May 2024, 11:15am | Level 5 Function Room, Marina One East Tower | 60 pax Package B | Billed to corporate invoice INV-2024-11873
        Driver manifest 23/08: Run 1 Changi Business Park (2 drops), Run 2 one-north (3 drops), Run 3 Tuas South Ave 2 (1 drop, loading bay B). Both lorries back by 2pm for buffet collection.
        Kitchen prep sheet 12 Jun: rendang 18kg, nasi lemak rice 40kg, sambal 6kg, chicken wings 900pcs, otah 450pcs. Allergen flag: peanuts in ikan bilis mix – label all trays.
        Ninja Van tracking NV2409118842761: chafing dish rental set dispatched, ETA 2 working days.
        Credit note CN-00412 issued against INV-2024-10966 for 12 missing portions of chicken satay (S$14.40 + GST).
        Corporate account ACC-SG-00318: 30-day terms, credit limit S$15,000, 2 invoices overdue (INV-2024-09811, INV-2024-10042). Hold new orders until payment received.
        Buffet set-up checklist: skirting, table cloth, chafing dishes x8, sternos x16 (2-hour burn), tongs, food labels, halal cert copy, disposable cutlery, trash bags. Collection 4 hours after set-up.
        Invoice footer: Makan Makan Catering Pte Ltd | UEN 201723456K | 21 Woodlands Close #05-12, Singapore 737854 | Tel 6363 2271 | sales@makanmakancatering.com.sg
        Delivery window 10:30–11:00, please ensure someone receives at the loading bay. Lift access required for Level 23 pantry. Parking coupons not provided.
        Web order summary: 1x Package C (45 pax) S$859.50 | 2x fruit platter S$76.00 | Promo EARLYBIRD10 -S$93.55 | Total S$841.95 | Payment: PayNow to UEN 201723456K
        POS export: outlet=BEDOK_CK, date=2024-09-14, covers=312, revenue=S$6,118.40, voids=2, refund_total=S$86.00
        Order ORD/KL/2409/0551 confirmed: 200 pax buffet, Level 3 multipurpose hall, Menara Pelangi, Jalan Sultan Ismail, 50250 Kuala Lumpur. Invoice to company, SST not applicable.
        Orders via WhatsApp Business 8777 2360 (sales team, Mon–Sat 9am–6pm). Urgent same-day enquiries please call our hotline 6841 2288.
        Delivery zones by postal district: 01–08 free, 50–52 (Changi) +$15, 60–64 (Jurong) +$20, 72–73 (Woodlands) +$20.
    """),
    ("en", "food_safety_policy"): _lines("""
        If you suspect food poisoning after a catered event, seek medical attention first, then report it to SFA through its online feedback form. Keep leftover food and packaging for investigation.
        Following gastroenteritis cases linked to a caterer, SFA suspended the licence pending investigation; all food handlers must re-attend the Basic Food Hygiene course before resuming work.
        Incident SOP: (1) log the complaint with a case ID, (2) retain samples at 4°C for 72h, (3) notify the QA lead within 2h, (4) compile an anonymised symptom count, (5) cooperate with the authorities.
        2023 QA summary: 27 food-related complaints out of 18,400 orders (0.15%) – 4 foreign objects, 9 temperature abuse, 14 taste or portion issues.
        Under the PDPA we only keep dietary and allergy information for the duration of your event and delete it within 30 days after the event date.
        Allergen statement: our kitchen handles peanuts, tree nuts, shellfish, eggs, dairy, gluten and soy. We cannot guarantee that any dish is free from traces.
        Malaysia: food premises must comply with the Food Hygiene Regulations 2009; every food handler needs the food handler training certificate and a valid typhoid vaccination.
        Temperature rule: hot food held above 60°C, cold food below 5°C; sternos replaced every 2 hours; food discarded 4 hours after delivery.
        Case FS-2024-0417 closed: retained samples tested within limits for Bacillus cereus and E. coli; no further action required.
        News: MOH and SFA are investigating 41 gastroenteritis cases among staff of two companies that ate packed lunches from the same caterer on 3 March.
        WHO Five Keys to Safer Food: keep clean, separate raw and cooked, cook thoroughly, keep food at safe temperatures, use safe water and raw materials.
    """),
    ("en", "customer_faq"): _lines("""
        How many pax should I order for a 3-hour open house where guests come and go? Usually 70% of the invited headcount is enough.
        Can I self-collect to save on delivery? Which of your outlets are open on Sundays?
        Is the buffet still halal if the venue serves alcohol at a separate bar?
        What is the difference between vegetarian and Buddhist vegetarian on your menu?
        Do you deliver from Singapore to Johor Bahru, or do I need a Malaysian caterer for an event in JB?
        How do I request a partial refund if the food arrives more than 1 hour late?
        Are children under 5 counted in the pax count for a buffet?
        Do you have gluten-free options for guests with coeliac disease?
        How early can the buffet be set up before the event starts, and how long can the food stay out?
        Is there a cancellation fee if we cancel 3 days before the event?
        For a wake at a void deck, do you also arrange tentage, tables and chairs, or only the food?
        Can our company pay by GIRO or corporate cheque instead of PayNow?
    """),
    ("en", "reviews_and_news"): _lines("""
        ★★★★☆ Ordered the $15.80 package for our office farewell – beef rendang was tender, prawns a bit overcooked. Delivery on time, crew cleared up fast.
        ★☆☆☆☆ Half our team had diarrhoea the day after the lunch buffet. Reported to SFA. Avoid this caterer!
        Our Peranakan spread was inspired by Violet Oon's cookbooks: ayam buah keluak, chap chye and kueh salat.
        Chef Wan's nasi kerabu cooking demo drew the biggest crowd at the halal food fair in MITEC this year.
        Phua Chu Kang-themed office party: 'Don't pray pray!' banner, yellow boots centrepiece and a kopi-o and curry puff table.
        Hainanese chicken rice became famous in Singapore through Moh Lee Twee's Swee Kee restaurant on Middle Road.
        Catered the staff appreciation lunch at Tan Tock Seng Hospital for 600 nurses across 3 seatings.
        Gala dinner at the Lee Kong Chian Natural History Museum: canapés only, no food allowed inside the gallery halls.
        ★★★☆☆ Bento for the Khoo Teck Puat Hospital volunteer training was fine but rice was cold by the time it arrived.
    """),
    ("ms", "notis_sebut_harga"): _lines("""
        Pakej Kenduri Kahwin A: RM18/pax, minimum 500 pax, termasuk nasi minyak, ayam masak merah, daging masak hitam, acar timun nenas dan air sirap. Khemah dan meja beradab dikenakan caj tambahan.
        Notis: Semua makanan disediakan di dapur yang mendapat pensijilan Halal JAKIM. Salinan sijil boleh dilihat di laman web kami.
        Sebut harga SH-2409-118: 120 pax jamuan Hari Raya pejabat, jumlah RM3,240.00 tidak termasuk SST. Sah selama 14 hari.
        Sila maklumkan sebarang alahan makanan (kacang, makanan laut, telur) sekurang-kurangnya 3 hari sebelum majlis.
        Makanan perlu dimakan dalam tempoh 4 jam selepas dihantar. Pihak kami tidak bertanggungjawab atas makanan yang disimpan melebihi tempoh tersebut.
        Tempahan Ramadan: bubur lambuk dan juadah berbuka (6 jenis kuih) RM12/set, ambil sendiri di cawangan Shah Alam selepas 5 petang.
        Polisi pembatalan: deposit 30% tidak dikembalikan jika pembatalan dibuat kurang daripada 7 hari sebelum tarikh majlis.
        Boleh tak katering hantar ke Putrajaya hari Ahad? Caj penghantaran berapa?
        Laporan kualiti bulan Julai: 3 aduan diterima (2 lambat hantar, 1 nasi kurang masak), semua diselesaikan dalam 48 jam.
        Majlis tahlil dan doa selamat: nasi kotak RM9.50 (nasi beriani, ayam, dalca, acar), minimum 100 kotak.
        Kursus Pengendali Makanan wajib untuk semua pekerja dapur; suntikan anti-tifoid perlu diperbaharui mengikut tempoh yang ditetapkan.
        Dewan Seri Melati boleh memuatkan 1,500 tetamu; hanya katering dalaman dibenarkan, tiada makanan luar.
    """),
    ("zh-Hans", "菜单通知"): _lines("""
        自助餐套餐B：每位新币16.80元（最少30人），含咖喱鸡、麦片虾、扬州炒饭、马来风光、水果盘，另收9%消费税。
        满月礼盒：红蛋两粒、红龟粿、黄姜饭配咖喱鸡，每盒8.50元，50盒起订，需提前5天预订。
        温馨提示：食物送达后请在4小时内食用，剩余食物请勿打包带走。
        素食说明：我们的斋菜不含五辛（葱、蒜、韭菜、洋葱、兴渠），适合佛教徒。
        订单号 SG-CNY-25-00731 已确认，捞生套餐30份，送货时间1月29日上午11点。
        春节期间（除夕至初三）暂停外送服务，初四恢复正常营业。
        食品安全：如发生疑似食物中毒，请保留剩余食物并通知本公司品管部，我们会在24小时内回复。
        问：公司年会200人，自助餐和围桌哪一种比较划算？
        发票抬头请填写公司全称与UEN号码，个人订单恕不开发票。
        寿宴菜单（10人一桌）：八宝鸭、发菜蚝豉、清蒸石斑、寿桃包、长寿面，每桌新币588元起。
    """),
    ("mixed", "group_chat"): _lines("""
        guys the caterer say min 30 pax for the package, we only 22 leh, top up to 30 or go for bento?
        Eh the buffet come already, who got lighter for the sterno? 🙏
        tmr lunch is halal ah, so dun bring ur char siew bao into the pantry ok 😂
        boss say this year D&D dun want same caterer, last year the mee goreng damn salty
        Anyone know which caterer got good nasi lemak for 50 pax in Tampines area? Budget around $10/pax
        sudah order kuih for Friday, 200 pcs, the shop say deliver 9am to pantry
        lo hei at 12.30pm sharp ya, pls don't be late, yusheng only got 3 sets
        makan time! leftover buffet at level 3 pantry, must finish by 3pm cos caterer coming to collect
        Wah the satay live station very shiok, next event also book this one
        bro the invoice say 50 pax but we only got 45 portions of rice, can claim back anot
        Reminder to all committee members: final headcount to caterer by Wed 5pm, after that cannot change already
        Family day catering: nasi briyani dum from the Geylang Serai stall or the usual one? vote 👍 or ❤️
    """),
    ("en", "templates_config"): _lines("""
        Dear {customer_name}, thank you for order {order_id}. Your {pax}-pax buffet will arrive at {delivery_address} between {window_start} and {window_end}.
        config: MIN_PAX_BUFFET=30; DELIVERY_CUTOFF_HOURS=48; GST_RATE=0.09; SURCHARGE_EARLY_SGD=60.00
        CSV header: order_id,event_date,pax,package_code,venue_type,postal_code,dietary_flags,total_sgd
        SELECT order_id, event_date, pax FROM orders WHERE status = 'CONFIRMED' AND event_date = CURRENT_DATE + 1 ORDER BY delivery_window;
        Booking form: Full name (as per NRIC) ________ | Contact no. ________ | Delivery address ________ | Dietary: ☐ Halal ☐ Vegetarian ☐ No beef ☐ Others ____
        SMS template: [MakanBox] Hi {first_name}, your driver {driver_name} is on the way. Track here: {tracking_url}
        def gst_inclusive(amount): return round(amount * 1.09, 2)  # SG GST 9% from 1 Jan 2024
        Allergen label: Contains PEANUT | SHELLFISH | EGG | Halal ✔ | Consume by __:__ | Batch B2409-17
        {"package": "B", "pax": 60, "items": ["nasi briyani", "ayam masak merah"], "halal": true, "postal_code": "608526"}
        Order number format: CTR-[0-9]{6}-[0-9]{4}; invoice format: INV-YYYY-NNNNN; case format: FS-YYYY-NNNN
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dietary requirements – Finance townhall 14/3: Tan Hui Min (vegetarian, no egg) | Muhammad Hafiz bin Osman (halal) | Priya d/o Ramasamy (no beef) | Jonathan Goh (severe peanut allergy, carries EpiPen)
        Complaint ref FS-2024-0388: Mrs Lim Siew Kheng called re her son's birthday party on 6 Jul at Blk 682 Hougang Ave 4 #09-217; 6 guests incl. her 78-year-old mother vomited overnight, 2 went to Sengkang General A&E. Contact 9734 2186.
        Deliver to: Mdm Rosnah binti Yusof, Blk 108 Bedok North Rd #03-1452, S460108 | HP 8123 6075 | 40 pax Hari Raya open house, food by 2pm
        New corporate account Veritas Analytics Pte Ltd – billing contact Ms Sharon Pereira, Finance Manager, mobile 9658 3041, send invoices to sharon.pereira.sg@gmail.com for now
        Pls charge the $300 deposit to my card 4532 0184 7261 9031 exp 09/27, name on card WONG KAR LENG
        Refund for cancelled order ORD-2409-2231: S$412.50 to POSB savings 183-56720-1, account holder Ng Boon Keat
        Equipment loan form | Name: CHUA MEI LING | NRIC: S8812345Z | Address: 27 Jalan Kembangan, Singapore 419132 | Items: 2 tents, 10 round tables, 80 chairs
        Kitchen roster wk 36: KUMAR S/O MANIKAM (WP, FIN G5170263N) – AM shift, dishwashing; ZHANG LIHUA (S Pass, FIN F2398714R) – PM shift, dim sum section
        Booking: 250 pax wedding buffet at Dewan Serbaguna Taman Melawati on 12/10. Customer Suresh a/l Muniandy, IC 880517-14-5523, tel 012-338 7154. Deposit RM2,000 paid via Maybank2u.
        Part-time driver Mohd Faizal bin Rahim uses his own car SKP 762 U for deliveries – claim S$0.60/km, 212 km this month
        Customer on Telegram @jiahui_bakes_sg wants 80 mini quiches for her sister's baby shower in Punggol on 3 Nov, will pay half upfront
        hi auntie, this is Mei's mum, 9 pax from our side, my husband Kelvin Ong is diabetic so pls make his dessert less sweet ok
        Dear Sir/Madam, after your buffet at our office on 2 Aug, I (Aaron Teo Wei Jie, Ops Executive) and 11 colleagues had diarrhoea and fever; the polyclinic gave me 2 days MC. Please reply to aaron.teowj@outlook.com.
        HR note: salary advance S$500 approved for dishwasher Ravichandran a/l Perumal, to be deducted over 2 months from Oct payroll.
        Mr Desmond Rozario ordered 2 Christmas hams and 1 sugee cake, pays cash on collection 23 Dec, hp +65 9021 4478
        Wake catering – Blk 421 Tampines St 41 void deck, 3 days from 18/9, 100 pax/day, Buddhist vegetarian. Contact Mr Ho Chee Keong (son of the deceased), 9847 1203.
        URGENT kitchen note: Table 7 at the Goh–Tan wedding lunch – guest Ms Rachel Goh (bride's cousin) has anaphylaxis to prawns, prepare a separate plate, no cross-contact
        Account opening form | Company: Lumina Dental Group | Authorised person: DR. SITI NORHALIZA BINTE ABDUL KADIR | NRIC S8306192H | Mobile 9188 5402
        Reminder: INV-2024-11077 S$1,260 unpaid since June. Private order by Mr Benjamin Lau Kok Wai for his father's 80th birthday at 8 Sunrise Terrace; he said he'd pay after his bonus.
        PayNow the refund to my mobile 9035 6728 pls, order was under Jasmine Lee, 20 pax curry puff platter that came burnt
        Food handler Lim Ah Hock (Bedok central kitchen) on MC 3–7 Oct, stool test positive for Salmonella – not to return to food handling until cleared by doctor
        Guard house won't let the van in, pls call the customer directly at 8876 3412 before 10am, she will come down to Blk 216A drop-off point
        Work pass application – cook WU JIANGUO, PRC passport EG4471926, resident ID 350203199108224016, arriving Changi 2 Dec, will stay at the company dormitory
        From nurul.ain.kamal92@gmail.com: Hi, I'd like to book 30 pax nasi ambeng for my engagement on 16 Mar, my fiance's family is from Batu Pahat so pls include sambal goreng.
        Seating & dietary (christening lunch): Mr & Mrs Gerald Pereira – table 1; Miss Celeste de Souza – no pork, no lard; Uncle Patrick Rodrigues – low salt, just had bypass surgery
        Quote request from Emma Whitfield, farewell party at her condo The Tembusu #12-03 before she moves back to the UK, 25 pax incl. 8 kids, mobile 9712 0548
        Mdm Kamala 97461820 – 50 thosai + 2 pots sambar, self-collect Sat 8am, pay cash
        Gala dinner security list: CHAN Ka Yan, HKID K612384(8), flying in from Hong Kong on 14 Nov, table 3 next to the CEO
        Card on file for Mr Farid Ismail: Mastercard 5523 1877 4012 5564, auto-charge monthly for his home pantry snack subscription
        Draft reply: Dear Ms Pang Xin Yi, we are very sorry that your father was admitted to hospital after the reunion dinner catering on 9 Feb; our QA manager will call you today.
        Class party at Bedok Green Sec: teacher-in-charge Mr Mohan Raj; student Aisyah Putri (Sec 2E) has egg allergy – pack her food separately and label it
        2024-06-12 14:03 | CS agent: Nadia | Caller: Mr Ong Teck Chye | Issue: short delivery, 20 pax missing | Refund S$180 to DBS 027-901234-5
        Complaint from Encik Zulkifli bin Hamid (012-984 5301): nasi minyak for his daughter's kenduri at No. 12, Jalan SS 2/24, 47300 Petaling Jaya turned sour by 1pm, 30 guests didn't eat, asks RM1,500 refund
        Pls tell the driver: customer Jeremy Koh will wait at Lakeshore View tower 3 lobby in his car SJX 3319 S to collect the trays
        Lucky draw winner (catering fair): TAN XIAO WEI, NRIC S****485D, prize 50-pax buffet voucher, to collect at Ubi outlet with IC
        Staff birthday cakes for Oct: Hazirah Salleh 3/10, Kelvin Tay 11/10, Rajesh Pillai 27/10 – all Accounts, 3rd floor, deliver 3pm
    """),
    "ms": _lines("""
        Borang Tempahan Katering | Nama: NUR FARHANA BINTI AHMAD ZAKI | No. KP: 930204-01-6782 | Alamat: No. 45, Jalan Mawar 3, Taman Sri Pulai, 81300 Skudai, Johor | Tel: 017-712 4489 | 400 pax majlis perkahwinan 21/12
        Salam puan, saya Rosli bin Kassim, nak tanya status bayaran balik RM850 untuk tempahan yang dibatalkan sebab bapa saya masuk wad. No akaun Maybank 5641 2238 9017.
        Aduan keracunan makanan: Puan Suhaila binti Mat Noor dan 3 orang anaknya muntah-muntah selepas makan nasi kotak majlis tahlil 5 Ogos, dirawat di Klinik Kesihatan Bangi.
        Senarai pekerja sambilan (hidang) 14/9: 1) Amirul Hakim bin Sulaiman – 011-2345 6781 2) Siti Khadijah binti Omar – 019-386 2270; bayaran RM80 sehari, tunai
        Penghantaran: rumah En. Kamarul Ariffin, Lot 1123 Kampung Sungai Penchala, 60000 KL. Tel 013-668 2904. Bawa khemah 2 unit dan 20 meja bulat.
        Invois untuk Dr. Hafizah binti Mohd Yusof (tempahan peribadi, majlis hari jadi anak), MyKad 790630-08-5126, baki RM640 belum dibayar
    """),
    "zh-Hans": _lines("""
        订单备注：陈美玲小姐，9月28日满月宴，地址 Blk 512 Jurong West St 52 #08-331，手机 9362 0817，宝宝的哥哥对牛奶过敏，甜品请不要放奶。
        投诉记录：黄志强先生反映10月3日公司自助午餐后他和太太都腹泻发烧，已去诊所看病，要求全额退款。微信号 huangzq_1986
        员工档案：厨房助理 刘慧敏，中国籍，身份证号 440304198805173620，住公司宿舍，试用期三个月
        马来西亚古来：林国华先生订寿宴20桌，身份证 450318-01-5377，电话 012-771 3058，要求全素菜单
    """),
    "mixed": _lines("""
        eh boss, my NRIC S9023417Z for the lucky draw form, name Lim Jun Hao, hp 9826 5511, can send the voucher to my email?
        aiyo the nasi lemak last sat make my whole family sakit perut leh, my mum Mdm Toh Ah Moi kena admitted CGH two days, u all must compensate lah. my number 9147 3308
        Bos, tolong hantar 50 nasi bungkus ke rumah saya, 23 Jalan Kuchai Maju 5, 58200 KL, nama Chandran, hp 016-402 7719, bayar cash on delivery boleh?
        auntie mary fernandez order 3 trays devil curry + 1 sugee cake for her grandson's christening, paid cash $240, pickup from her house 71 Siglap Ave
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the order assistant for Sedap Selalu Catering (Singapore). Collect delivery details and confirm orders.",
        ),
        (
            "user",
            "Hi, I want to order Package B for 35 pax this Saturday 12 noon, it's my daughter's 21st birthday.",
        ),
        (
            "assistant",
            "Happy to help! May I have the name, contact number and delivery address for this order?",
        ),
        (
            "user",
            "Name is Karen Yeo Siew Ping, mobile 9268 4137, address 35 Jalan Bunga Rampai, Singapore 538420. It's a landed house, van can park outside.",
        ),
        (
            "assistant",
            "Thank you, Ms Yeo. Package B for 35 pax is confirmed for Saturday 12:00pm at Jalan Bunga Rampai. Total S$612.15 incl. GST.",
        ),
    ],
    [
        (
            "user",
            "I need to report food poisoning from your buffet at our company event on 20 Sept at the Tai Seng office.",
        ),
        (
            "assistant",
            "I'm very sorry to hear that. Could you tell me how many people were affected and your contact details so our QA team can follow up?",
        ),
        (
            "user",
            "At least 9 of us. I'm Deepa d/o Ganesan, HR executive. I was warded overnight at Changi General for dehydration. Call me at 8351 9027.",
        ),
        (
            "assistant",
            "Thank you, Ms Deepa. I've logged case FS-2024-0452 and our QA manager will call you within 24 hours. Please keep any leftover food.",
        ),
    ],
    [
        (
            "user",
            "We want to open a corporate account for monthly town hall lunches. Company is Brightwell Logistics Pte Ltd, UEN 201834567W.",
        ),
        (
            "assistant",
            "Great. Please provide the authorised contact person's name, designation, email and mobile number.",
        ),
        (
            "user",
            "Contact is Mr Terence Chia Boon Leong, Admin Manager, terence.chia.bl@gmail.com, 9650 8814. Our office email is down so use his gmail first.",
        ),
        ("assistant", "Noted. We'll send the account application form to Mr Chia's email today."),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tempah katering untuk majlis akad nikah anak saya 15 Februari, 300 pax.",
        ),
        (
            "assistant",
            "Waalaikumsalam. Boleh berikan nama penuh, nombor MyKad dan alamat majlis untuk borang tempahan?",
        ),
        (
            "user",
            "Nama saya Mohd Azlan bin Hashim, MyKad 700911-07-5031, majlis di rumah No. 8, Lorong Kenari 2, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang. Telefon 012-475 3306.",
        ),
        (
            "assistant",
            "Terima kasih Encik Azlan. Deposit RM1,500 diperlukan untuk mengesahkan tarikh 15 Februari.",
        ),
    ],
    [
        ("user", "你好，我想订明天中午的便当，40份，公司培训用。"),
        ("assistant", "好的，请提供联系人姓名、电话和送货地址。"),
        (
            "user",
            "联系人郑丽娟，手机 8142 7765，送到 Ang Mo Kio 工业园二道的公司前台。有两位同事吃全素，我本人对花生严重过敏。",
        ),
        (
            "assistant",
            "已记录：40份便当，其中2份全素，郑小姐的餐点完全不含花生，明天11点半前送达。",
        ),
    ],
    [
        ("system", "You help office admins prepare catering orders."),
        (
            "user",
            "Can you format this into a dietary table for the caterer? Alan Sim – no beef; Farah binte Ismail – halal, pregnant so no raw or half-cooked food; Vikram Nair – vegetarian; Grace Lim – lactose intolerant.",
        ),
        (
            "assistant",
            "| Name | Requirement | | Alan Sim | No beef | | Farah binte Ismail | Halal; no raw/half-cooked food (pregnancy) | | Vikram Nair | Vegetarian | | Grace Lim | Lactose-free |",
        ),
        (
            "user",
            "Thanks, also add that Vikram is diabetic, and remove Grace, she resigned last week.",
        ),
    ],
    [
        (
            "user",
            "Your driver never showed up for our 2pm tea reception, order CTR-241102-0187. I want a full refund.",
        ),
        (
            "assistant",
            "Apologies for the missed delivery. The refund will go back to the original payment card. Can you confirm the card used?",
        ),
        (
            "user",
            "Visa 4147 2099 3418 2067 under CHEONG WAI MUN. If the card refund takes too long just PayNow to 9473 2615.",
        ),
        (
            "assistant",
            "Thank you. A refund of S$486.00 has been initiated to the Visa card ending 2067; it may take 5–10 working days.",
        ),
    ],
    [
        (
            "user",
            "Draft a WhatsApp message to our new part-timer: first shift Sat 6am at Woodlands central kitchen, and HR needs a copy of his work permit.",
        ),
        ("assistant", "Sure – what is his name, and anything else to include?"),
        ("user", "Nguyen Van Thanh, FIN G8821476K, hp 8896 2041, pay $11/hr, kitchen helper."),
        (
            "assistant",
            "Hi Thanh, welcome to the team! Your first shift is this Saturday 6:00am at our Woodlands central kitchen. Please bring a copy of your work permit (FIN G8821476K) for HR. Pay is $11/hr. See you!",
        ),
    ],
    [
        (
            "user",
            "Help me write an apology to a customer. Mrs Lakshmi Venkatesan ordered 60 vegetarian thosai for her mother's 70th birthday prayer on 12 Oct but we sent chicken curry by mistake. She is strictly vegetarian and very upset.",
        ),
        (
            "assistant",
            "Dear Mrs Venkatesan, please accept our sincere apologies for sending chicken curry with your vegetarian order for your mother's birthday prayer on 12 Oct. This was a serious error on our part.",
        ),
        (
            "user",
            "Add that we will refund the full S$540 to her OCBC account 5012 3487 6001 by Friday.",
        ),
        (
            "assistant",
            "Added: We will refund the full S$540 to your OCBC account ending 6001 by this Friday, and our operations manager will call you personally.",
        ),
    ],
    [
        ("user", "hi can self collect the 3 trays bee hoon tmr 9am at ur Ubi outlet?"),
        (
            "assistant",
            "Yes, self-collection at our Ubi outlet starts from 8:30am. Please provide your name and vehicle number for the loading bay.",
        ),
        ("user", "ok name Jason Lim Wei Ming, car SFR 1057 P, my tele @jasonlwm if need to msg"),
        (
            "assistant",
            "Noted, Mr Lim. Your 3 trays of bee hoon will be ready at the Ubi loading bay by 9am.",
        ),
    ],
]
