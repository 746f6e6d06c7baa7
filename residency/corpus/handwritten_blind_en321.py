# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en321: SG/MY ship chandlers and seafarers' manning agencies (crew lists, seaman's books, shore leave, medical sign-offs, wage allotments to families, port agents' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en321
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "crew_change_notice"): _lines("""
        NOTICE: Crew change for MV Kota Harum at Western Anchorage on 14 Jan 2027, 0800-1200 hrs. Launch departs Marina South Pier, 31 Marina Coastal Drive; bring seaman's book and passport.
        Sign-off crew flying SQ 918 to Manila: transport leaves the agency van point at 1530 sharp. Agency desk at Changi T3 Departure Hall, Row 9, will hold the ticket envelopes.
        Shore leave for MV Pacific Dayang is suspended from 2100 hrs tonight due to bunkering at Eastern Anchorage. Shore passes already issued stay valid until 2030 hrs.
        Reminder to all manning clerks: PDOS certificates, OEC and yellow fever cards must be scanned into the crew folder before the medical sign-off is filed with the P&I correspondent.
        Lintas Samudera Crewing Sdn Bhd (SSM 201501034567 / 1157890-K), Level 8, Menara Lintas, Jalan Tengku Kelana, 41000 Klang. Tel +603-3371 8800, crewing@lintassamudera.com.my
        Crew change window for MT Nur Aisyah (IMO 9784512) moved from 0600 to 1400 LT, pilot boarding ground PEBGA. Agents please amend the ICA crew list submission accordingly.
        Medical sign-off procedure: Master sends Form MS-3 to the agency, agency books the panel clinic, results go to the P&I club only, never into the WhatsApp group.
        Wage allotment cut-off for December is 20/12 at 1700 SGT. Remittances via DBS and Maybank credited before Christmas; late allotment slips roll into January batch AL-2701.
        Joining instructions v3.2: report to HarbourFront Centre lobby, 1 Maritime Square, at 0630. Launch 'Sea Sparrow 7' to Eastern Anchorage. Luggage limit 23 kg per seafarer.
        From 1 Feb 2027 shore passes at Swettenham Pier Cruise Terminal, Penang, will be issued through the port app; paper passes from the old Weld Quay counter will not be accepted.
        Agency closed on Hari Raya Aidilfitri; 24-hr duty line +65 8123 4400 for crew emergencies only. Office reopens 0900 next working day at 190 Middle Road, #12-05 Fortune Centre.
        Port Klang crew change slots for week 03/2027: Mon-Wed Westport CT4-CT9, Thu-Fri Northport Wharf 8; max 12 on-signers per vessel per slot, 48-hr notice to Immigresen.
        Seafarers joining at Tanjung Pelepas must collect the MOH health declaration QR from the agency desk at the Wisma PTP lobby; desk hotline 07-504 2222 ext 318.
    """),
    ("en", "chandler_price_list"): _lines("""
        Tan Bros Ship Chandlers Pte Ltd (UEN 198702345K) - provisions price list week 49/2026. Prices in SGD, ex-warehouse Pasir Panjang, launch delivery charged extra.
        FRESH-0112 | Cabbage, round, Cameron Highlands | per kg | 2.40 | min order 20 kg | chilled 2-4 C
        DRY-0450 | Jasmine rice, Royal Umbrella, 25 kg bag | 48.90 | Thai origin | halal certified
        MEAT-2201 | Chicken leg quarters frozen, halal (JAKIM), 10 kg carton | 52.00 | delivered within 6 hrs
        BOND-7781 | Marlboro Red 10x20s, IMPA 450101 | USD 38.50 per carton | only for vessels outside port limits
        DECK-1143 | Mooring rope polypropylene 64 mm x 220 m, with class cert | SGD 1,860.00 | lead time 3 days
        ENG-5520 | Mobil DTE Oil Heavy Medium, 208 L drum | 1,245.00 | Shell Tellus S2 M 68 offered as alternative
        Mak Cik Kiah Galley Supplies - halal spice pack (sambal, rempah kari, belacan) 5 kg set SGD 64.00; Baba's curry powder 1 kg SGD 12.80; Uncle Roger noodles out of stock.
        MED-0901 | Ship's medicine chest refill Category A, WHO IMGS 3rd ed. | SGD 2,480.00 | with pharmacist-signed drug list
        Ah Huat Marine Hardware, 51 Ubi Ave 1 #01-23, Singapore 408933 - welding rods E6013 3.2 mm 5 kg box SGD 36.50; office tel 6745 2210, Mon-Sat 8am-6pm.
        Delivery charges: Western Anchorage SGD 180/trip, Eastern Anchorage SGD 220/trip, Jurong Island SGD 260/trip; after-hours surcharge 35 percent from 2200 to 0600.
        Payment 30 days from invoice; quote ref QTN-2026-11873 valid 7 days. Bank: OCBC, account name Tan Bros Ship Chandlers Pte Ltd, corporate a/c 501-234567-001.
        SAFETY-3302 | Lifejacket SOLAS 150N with light, Lalizas | 78.00 each | MED wheel mark | expiry 2031
    """),
    ("en", "port_agent_group_chat"): _lines("""
        [07:42] Ops desk: Launch for MV Bunga Kenanga cancelled due to squall, rebook 0930 from Marina South Pier. Pls inform Master on VHF ch 16 then switch to 72.
        [07:45] Boarding team: Noted. Immigration clearance done, crew list with 21 pax submitted at 0612, ref ICA-CL-2712-0881.
        [08:03] Chandler rep: Fresh provisions for MT Ocean Harmony loaded on lighter KL-215, 46 pallets, ETA alongside 1100. Dry stores short 3 cartons UHT milk, will top up.
        [08:10] Finance: December allotment batch uploaded to bank portal, 132 records, total USD 214,880.50. Pls don't forward the file here, shared drive only.
        [08:26] Port Klang office: Westport berth CT7 window confirmed 15:00-23:00. Shore leave via Gate 3 with valid pass only, no overnight.
        [09:14] Ops desk: Who has the spare seaman's book pouches? Need 5 for the sign-on at Keppel, the old ones all dah koyak already.
        [09:20] Crewing: Clinic slot booked 1400 at the Tanjong Pagar panel clinic, 3 pax. Results go to the crewing inbox only, not WhatsApp ok.
        [10:02] Ops: Master of MV Kota Lestari asking for 2 extra cartons of Milo and Maggi mee plus 40 kg ice. Charge to ship's account SA-4471, approved by vessel manager.
        [10:15] Boarding team: Pilot boarding at PEBGB delayed 1.5 hrs, revised ETB 1330. Launch moved, new booking no. LB-88132.
        [11:40] Finance: invoice INV-SC-26-04412 for MV Bunga Kenanga stores disputed by owners, 4 items missing. Pls check delivery note DN-77120 before we reissue.
        [12:05] Port Klang office: Kastam K8 for bonded stores approved. Lorry leaves Pulau Indah warehouse by 2pm, plate no. as per DO.
        [13:30] Crewing: STCW endorsement renewals are online at the MPA portal now, about 5 working days, fee SGD 40 per cert. No need to queue at the counter.
        [15:48] Ops desk: MV Bunga Kenanga sailed 1540. Closing job file JOB-SG-26-3391, thanks all. Next one MT Sri Mersing at 1900, same team pls.
    """),
    ("mixed", "config_and_code"): _lines("""
        crew_list.csv header: vessel_imo,voyage_no,rank,seafarer_id,given_name,surname,nationality,dob,seamans_book_no,passport_no,sign_on_port,sign_on_date
        ALLOTMENT_BANK_CODES = {'MBBEMYKL': 'Maybank', 'DBSSSGSG': 'DBS', 'BKCHHKHH': 'Bank of China (HK)'}  # SWIFT lookup for remittance module
        export CREWING_API_BASE=https://api.example-crewing.sg/v2 && export CREWING_TIMEOUT_SEC=30  # 船员系统 staging only, jangan point ke prod
        def mask_id(value: str) -> str: return value[:1] + '*' * (len(value) - 2) + value[-1:]  # run before crew list leaves the vessel
        2026-12-05T03:14:22+08:00 INFO allotment-worker batch=AL-2612 records=132 status=SENT bank=MBB latency_ms=842 retries=0
        2026-12-05T03:14:25+08:00 WARN shore-pass-sync port=MYPKG vessel_imo=9612345 pass_count=18 expired=2 action=notify_agent
        sign_off_reason enum: END_OF_CONTRACT | MEDICAL | COMPASSIONATE | DISCIPLINARY | VESSEL_SOLD; 医疗下船 requires medical_report_id not null
        SELECT vessel_imo, COUNT(*) AS crew_on_board FROM crew_movements WHERE status = 'ON_BOARD' AND port_code IN ('SGSIN','MYPKG','MYTPP') GROUP BY vessel_imo;
        docker-compose: image chandler-erp:4.12.3, env PRICE_LIST_CURRENCY=SGD, DELIVERY_ZONES=AWW,AEW,JIC, HALAL_ONLY_DEFAULT=true  # 船供 ERP
        sample_payload = {'order_no': 'PO-88231', 'vessel': 'MV Hang Tuah Spirit', 'items': 42, 'total_sgd': 6120.75, 'eta': '2026-12-09T06:00+08:00'}
        SEAMANS_BOOK_PATTERN = '^[A-Z]{1,2}[0-9]{6,7}$'  # SG/MY books; test fixtures use AB0000000 only, jangan guna data sebenar
        git log: a3f9c1e fix(wages): round allotment FX to 2 dp for MYR/PHP/CNY; bump crewing-core to 2.7.1 (sha256:4be7d0c2a91f)
        nginx: location /api/crew-lists { limit_req zone=crew burst=20; proxy_pass http://crewing-backend:8080; }  # 港口代理 portal, 2026-11 hardening
    """),
    ("ms", "notis_pelabuhan"): _lines("""
        NOTIS: Kebenaran mendarat (shore leave) bagi anak kapal asing di Pelabuhan Klang hanya sah dengan pas yang dikeluarkan oleh Jabatan Imigresen, tempoh maksimum 72 jam.
        Semua kapal yang berlabuh di Westport perlu menghantar senarai anak kapal sekurang-kurangnya 24 jam sebelum ketibaan melalui sistem pelabuhan dalam talian.
        Ejen perkapalan diingatkan bahawa pertukaran anak kapal di Pelabuhan Tanjung Pelepas memerlukan kelulusan Jabatan Laut Wilayah Selatan terlebih dahulu.
        Waktu kaunter Jabatan Laut Pelabuhan Klang: Isnin hingga Jumaat 8.00 pagi - 5.00 petang, rehat Jumaat 12.15 - 2.45 petang. Talian am 03-3168 2000.
        Harga bekalan kapal minggu ini: beras 10 kg RM 38.00, minyak masak 5 kg RM 29.50, telur gred A 30 biji RM 14.20, ikan kembung sejuk beku 1 kg RM 16.00.
        Kedai Pak Long Marine Supplies, Lot 22, Jalan Pelabuhan Utara, 42005 Pelabuhan Klang. Buka setiap hari 7 pagi - 11 malam, pesanan WhatsApp kedai 012-330 4455.
        Buku Rekod Pelaut boleh diperbaharui di pejabat Jabatan Laut Semenanjung; sediakan pasport, sijil perubatan yang sah dan dua keping gambar berukuran pasport.
        Pemeriksaan perubatan pelaut hanya sah jika dijalankan oleh doktor panel yang diluluskan; senarai klinik panel dikemas kini setiap suku tahun di laman web Jabatan Laut.
        Peringatan: Kiriman gaji (allotment) kepada keluarga anak kapal diproses setiap 10 haribulan. Jika jatuh pada cuti umum, bayaran dibuat pada hari bekerja berikutnya.
        Syarikat Perkapalan Laut Timur Sdn Bhd (No. Syarikat 199801012345) dilantik sebagai ejen bagi kapal MV Tun Abdul Razak Jaya sepanjang tempoh dok di Pasir Gudang.
        Larangan: Anak kapal tidak dibenarkan membawa keluar barangan bebas cukai dari kapal tanpa borang kastam K8. Denda boleh mencecah RM 50,000 di bawah Akta Kastam 1967.
        Sejarah ringkas: Pelabuhan Swettenham dibuka pada tahun 1901 dan dinamakan sempena Sir Frank Swettenham, Residen-Jeneral British pertama Negeri-negeri Melayu Bersekutu.
        Pusat Kebajikan Pelaut Pelabuhan Klang menyediakan Wi-Fi percuma, kad SIM prabayar dan pengangkutan ke bandar. E-mel: kebajikan@pelautklang.org.my, tel 03-3176 5522.
    """),
    ("zh-Hans", "船供报价单"): _lines("""
        新加坡恒顺船舶供应有限公司（UEN 201823456M）报价单 QT-2612-0457，适用船舶：MV Kota Harum，交货地点：西锚地，报价有效期七天，币种为新元。
        冷冻鸡腿（清真认证）每箱10公斤，单价52.00新元，共12箱，小计624.00新元；由冷藏车送至巴西班让码头，再由驳船转运上船。
        泰国香米（金象牌25公斤装）单价48.90新元，共20包，小计978.00新元；备注：船方要求长粒米，不接受碎米，到货前请先拍照确认。
        付款方式：发票日起30天内电汇，收款单位：恒顺船舶供应有限公司，开户行：中国银行新加坡分行，公司对公账号 100-000-112233-8。
        医疗物资：船用药箱A类补充包（依据世界卫生组织《国际船舶医疗指南》第三版），单价2480新元，须附药剂师签发的药品清单及有效期。
        送货附加费：西锚地每趟180新元，东锚地每趟220新元，裕廊岛每趟260新元；晚上十点至次日早上六点之间送货另加收百分之三十五。
        甲板物料：聚丙烯缆绳64毫米×220米，附船级社证书，单价1860新元，交货期约三天；如需尼龙缆绳或钢丝绳请另行询价，我司尽快回复。
        保税物资仅限港区以外船舶：万宝路香烟10条装每箱38.50美元，轩尼诗VSOP每瓶42美元，须凭海关K8表格交付，港内一律不得开箱。
        发票号 INV-HS-26-11873 已开具，对应订单号 PO-88231，共42项，总计6120.75新元（含消费税9%），请船方在送货单上加盖船章签收。
        客户服务热线：+65 6265 8899（办公时间），24小时调度台 WhatsApp：+65 9012 7788，电邮：sales@hengshun-marine.sg，欢迎询价。
        公司地址：新加坡先驱路88号 #02-05，邮编628500；仓库位于裕廊港区，周日及公众假期休息，紧急订单请提前一天联系调度台安排。
        蔬菜水果：金马伦高原包菜每公斤2.40新元，最少20公斤起订；马来西亚木瓜每公斤3.10新元；山东大蒜每公斤4.50新元，均可冷藏送船。
        备注：本报价不含新加坡海事及港务管理局规定的锚地作业许可费用，如需我司代办，另收手续费每次85新元，敬请船东及代理留意。
    """),
    ("zh-Hant", "航運歷史"): _lines("""
        鄭和七下西洋期間曾多次停泊馬六甲，當地的三寶山與寶山亭至今仍是紀念這位明代航海家的古蹟，吸引不少靠港船員在休假時上岸參觀。
        約瑟夫·康拉德（Joseph Conrad）年輕時曾以船員身份到過新加坡，他的小說《吉姆爺》中的港口描寫，據說正是取材自當年的新加坡河口。
        一九二二年香港海員大罷工由中華海員工業聯合總會發動，蘇兆徵與林偉民為主要領導人，罷工持續五十多天，最終迫使船公司同意加薪。
        高雄港於日治時期開始大規模築港，戰後成為台灣最大的國際商港，一九七零年代以後更長期位列全球貨櫃吞吐量排名前列的港口之一。
        澳門內港在十九世紀是華南重要的轉口港，不少船上用品店聚集在下環街與沙梨頭一帶，為往來帆船供應米糧、淡水、纜繩與帆布等物資。
        新加坡海員俱樂部的歷史可追溯至十九世紀末，早期主要為英國商船船員提供住宿與膳食，今日則為各國海員提供上岸休息與通訊的地方。
        香港油麻地避風塘一帶曾有大量艇戶及船具店，一九七零年代以後隨著西九龍填海工程展開，船欄行業逐漸遷往屯門、青衣與長沙灣一帶。
        檳城喬治市海墘街保存了多座姓氏橋，如周橋、林橋、陳橋、楊橋，是早年福建籍船工與碼頭工人聚居的水上村落，現已列入世界遺產範圍。
        董浩雲早年在上海從事航運，其後在香港與台灣建立船隊並創辦東方海外，被譽為世界七大船王之一，晚年更斥資購入郵輪改建為海上學府。
        包玉剛於一九五五年以一艘舊燃煤貨船起家，創立環球航運集團，一九七零年代末其船隊總噸位一度位居全球首位，人稱「世界船王」。
        長榮海運由張榮發於一九六八年在台北創立，起初只有一艘船齡超過二十年的雜貨船，後來逐步發展為全球主要的大型貨櫃航運公司之一。
        馬來西亞巴生港舊稱瑞天咸港，以英國殖民官員瑞天咸命名，一九七二年正式改名為巴生港，至今仍是馬來西亞吞吐量最大、最繁忙的港口。
        早期南洋船員多經由「水客」介紹上船，水客兼營僑匯，把海員的工資連同家書帶回閩粵僑鄉，這種做法被視為後來船員家匯制度的雛形。
    """),
    ("en", "regulations_faq"): _lines("""
        Q: How many hours of rest must a seafarer get? A: Under MLC 2006 Standard A2.3, at least 10 hours in any 24-hour period and 77 hours in any 7-day period.
        Q: Can the agency deduct recruitment fees from wages? A: No. MLC Regulation 1.4 prohibits charging seafarers for recruitment or placement, directly or indirectly.
        Q: Who pays for repatriation after a medical sign-off? A: The shipowner, under Regulation 2.5, including travel, lodging and food until the seafarer reaches home.
        Q: What is a wage allotment? A: A standing instruction for part of the monthly wage to be sent to a family member or bank nominated by the seafarer, per MLC Standard A2.2.
        Q: Is a seaman's book needed for shore leave in Singapore? A: Usually a valid passport or ILO C185 seafarer identity document plus the ship's crew list is enough.
        Q: How long is a seafarer medical certificate valid? A: At most two years under STCW Regulation I/9, or one year for seafarers under 18; colour vision up to six years.
        Q: Can I sign off early if a family member is seriously ill? A: Most CBAs provide compassionate repatriation; ask your manning agent for the clause number in your SEA.
        Q: What happens if a ship is abandoned? A: Since the 2014 MLC amendments entered into force in 2017, owners must hold security covering up to four months of unpaid wages.
        Q: Who oversees manning agencies in Malaysia? A: Recruitment and placement services for seafarers fall under the Marine Department (Jabatan Laut Malaysia).
        Q: Is overtime included in my basic wage? A: Check your SEA. The ILO minimum for an able seafarer is reviewed by the Joint Maritime Commission, so confirm the current figure.
        Q: Can a chandler deliver bonded stores while the ship is inside port limits? A: Only with customs approval and a sealed bond locker; otherwise wait until outside limits.
        Q: Where can seafarers raise an MLC complaint ashore in Singapore? A: With MPA, which handles onshore complaints; the seafarers' unions can also assist members.
        Q: How do I check that a chandler is legitimate? A: Look up its UEN on ACRA BizFile and ask for its ISSA or IMPA membership; UEN 201912345K, for example, should show Live.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Crew list row: 3/O Rizal bin Hamzah, Malaysian, DOB 14/03/1994, seaman's book MY-A0458123, passport A51239876, sign-on Port Klang 02/12/2026.
        Bosun Ernesto Dimaculangan signed off at Singapore on medical grounds, suspected kidney stones, now warded at Ng Teng Fong General Hospital ward 9B bed 14.
        Pls remit allotment for AB Lim Wei Jie to his wife Tan Mei Ling, Maybank a/c 1142 8830 5517, MYR 2,800 monthly starting January.
        Shore pass issued to Oiler Pradeep Kumar s/o Ramasamy, FIN G5123456T, valid 18:00-23:00 only, return via Marina South Pier.
        Heard the cook from MV Kota Lestari, Ah Seng, owes the chandler almost SGD 3,000 for cigarettes on credit; boss says no more stores for him until he pays.
        Medical sign-off form: Name: Muhammad Faiz bin Ismail | MyKad: 950712-10-5523 | Rank: Motorman | Diagnosis: fractured left wrist | Fit to travel: yes, with escort
        Next of kin for AB Mark Anthony Villanueva: Mrs Jocelyn Villanueva (mother), +63 917 845 2210, Blk 4 Lot 12, Barangay San Isidro, Dasmarinas, Cavite.
        Chief Cook Hendra Wijaya's wife delivered their baby last night; he is asking for compassionate leave and a USD 1,500 advance on next month's wages.
        Hi, this is Kelvin Ong from crewing, my own mobile is 9672 3184, pls WhatsApp me the scan of the new 2/E's seaman's book before 5pm.
        Captain Ravi Shankar Nair was relieved of command after his drink-driving arrest in Johor Bahru last Saturday; owners want the incident report by Monday.
        Email from seafarer: my November salary was short by USD 420, contract says USD 1,850 basic, pls check. Regards, Nguyen Van Thanh, AB, seaman's book VN-B112233.
        Photo attached: passport bio page of 2/O Shen Jiahao, PRC passport E81234567, expiry 2031-05-10, for his Singapore transit visa.
        Courier the seaman's book to Blk 218 Jurong East Street 21 #08-342, Singapore 600218, attn Mdm Siti Rohani, she will pass it to her son.
        Oiler Tan Kok Wah, 47, is going through a divorce and asked us to stop the allotment to his ex-wife's OCBC account from next month.
        Car plate SJK 4821 M is the port runner's own car; he wants the Changi parking fine deducted from his December claim, not from his salary.
        2026-12-03,MV Bunga Kenanga,AB,Joseph anak Bujang,900418-13-6621,BSN 0410-29-00012345-6,MYR 2300,allotment to father
    """),
    "zh-Hans": _lines("""
        船员名单：二副 王海涛，身份证号 330902198705143015，手机 138 5802 4417，家庭住址 浙江省舟山市定海区环城南路 126 号，紧急联系人 妻子 孙丽。
        陈先生的儿子在船上当水手，听说上个月在新加坡靠港时跟人打架被警察带走了，到现在还没放出来，家里人急得不行。
        请把三管轮刘建华本月的安家费转到他爱人张丽的工商银行卡 6222 0212 3456 7890 123，金额人民币 12,000 元。
        阿明在船上体检查出了乙肝，船东要他在新加坡下船，他怕公司知道以后不再派他上船，求我们帮他保密。
        林太刚才打电话说老林三个月的工资都没寄回家，她房贷已经还不上了，银行发了催款通知，问公司能不能先垫一点。
        家属联系人：周晓燕（船员妻子），手机 139 0571 2846，住址：浙江省舟山市定海区解放西路 88 弄 3 号 502 室。
        大厨黄国强这次体检血压 180/110，诊所医生不让他上船，公司已经在找人替他，他自己还不知道。
        海员证复印件：姓名 赵磊，出生日期 1991-08-23，身份证 21020319910823271X，海员证号 E20418876，有效期至 2029-08-22。
        登记表｜姓名：吴志鹏｜职务：机工｜微信号：wuzp_sailor88｜紧急联系人：母亲 郑秀英 150 5921 3307｜过敏史：青霉素
    """),
    "zh-Hant": _lines("""
        船員表：大副 李家豪，香港身份證 K583920(3)，手提 9123 4687，住址 新界屯門友愛邨愛德樓 1512 室，持香港海員證上船。
        陳生個仔阿傑喺船上跌傷咗條腰，而家喺新加坡中央醫院，佢老婆仲未知，佢叫我哋暫時唔好同佢屋企講住。
        台灣籍輪機長 林志明，身分證字號 E128459300，月薪美金 9,800，家匯帳戶 國泰世華 0123-4567-8901，收款人 林陳秀琴。
        黃太話佢老公欠咗船欄三萬幾蚊，家用已經停咗兩個月，想問公司可唔可以直接喺佢人工度扣返。
        家屬聯絡：何美玲（妻子），澳門手提 6688 1234，地址：澳門黑沙環新街 52 號海景花園第三座 12 樓 C 座。
        水手 張文傑 在高雄港上岸時被驗出毒品反應，已移送高雄地檢署偵辦，公司暫停其派遣資格並通知其家屬。
        傳真回覆：蘇建宏先生之醫療下船報告顯示為急性闌尾炎，已於樟宜綜合醫院完成手術，預計兩週後可搭機返台休養。
    """),
    "ms": _lines("""
        Senarai anak kapal: Juruminyak Mohd Hafiz bin Abdullah, No. MyKad 880305-08-5127, Buku Pelaut MY-B0234567, naik kapal di Pelabuhan Klang 05/12/2026.
        Tolong pindahkan elaun keluarga Kelasi Azman bin Yusof ke akaun isterinya, Nor Azlina binti Kassim, CIMB 7012 3456 78, RM 1,900 sebulan.
        Kak Yam call tadi, suami dia Pak Din yang jadi tukang masak kapal tu kena strok masa di laut, sekarang dirawat di Hospital Tengku Ampuan Rahimah Klang.
        Alamat rumah untuk hantar buku pelaut: No. 14, Jalan Bakau 3, Taman Sri Andalas, 41200 Klang, Selangor, u.p. Puan Rosmah binti Ahmad.
        Saudara Faizal, anak kapal MV Tun Abdul Razak Jaya, ada hutang ah long RM 8,000 dan orang ah long dah datang cari dia di pejabat ejen semalam.
        Nombor telefon bimbit Encik Shahrul (bosun) 013-928 4471, tolong WhatsApp dia pasal jadual pemeriksaan perubatan esok pukul 9 pagi.
        Borang pemeriksaan perubatan: Nama: Siti Khadijah binti Omar | Jawatan: Pembantu Dapur | Keputusan: hamil 12 minggu, tidak layak belayar | Klinik Panel Pelabuhan Klang
        Gaji November Kadet Amirul Hakim bin Zainal dipotong RM 450 sebab didenda mabuk di atas kapal, dan dia sudah mengadu kepada kesatuan pelaut.
        Kereta WXY 7382 milik pemandu ejen, Encik Lokman; saman parkir di Westport tu dia minta syarikat bayar dulu dan potong gaji bulan depan.
        Pelaut Rajendran a/l Subramaniam (MyKad 790621-10-6093) diberhentikan kerja selepas didakwa mencuri stor kapal; kes disebut di Mahkamah Majistret Klang.
    """),
    "mixed": _lines("""
        Boss, Ah Keong the oiler cannot sign on lah, his medical got problem, doctor say his heart got arrhythmia, need to send him back to Sibu already.
        Crew list 更新: 2/E Ong Boon Hock, NRIC S8234567A, mobile +65 9123 8876, 住 Blk 405 Bedok North Ave 3 #05-128, joining MT Sri Mersing.
        Eh the new messman Rahim tu, his wife WhatsApp me from 019-662 0815 ask for his allotment, say dia tak dapat duit 2 bulan, anak sakit. Can check ah?
        Allotment 汇款 failed: beneficiary Lee Siew Lan, Public Bank a/c 3198 5520 16, RM 3,500; bank kata nama tak match dengan IC 720914-07-5284.
        Kapten Lau Chee Meng 那边讲 his daughter kena masuk hospital, denggi, so he want to sign off at Penang next port, pls arrange replacement.
        Seaman's book scan: SURNAME CHUA / GIVEN NAMES KIAN BENG / NRIC S7812345A / Book No. SG-0912345 / 发证日期 2022-04-11 / Rank: Chief Engineer
        Tolong check, AB Kumaresan punya salary dia claim USD 1,200 tapi SEA signed USD 980 only, dia marah-marah dalam group, say want to complain to MPA.
        Shore leave log: 18:05 OUT Bosun Wong Kar Lok (HKID Y271645(1)), 23:40 IN, 迟到 40 min, Master warned him in writing, copy to crewing file.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a drafting assistant for a Singapore seafarers' manning agency. Keep letters short and formal.",
        ),
        (
            "user",
            "Draft a letter to Maybank asking to change the allotment beneficiary for AB Lim Wei Jie (seaman's book MY-A0771204) from his mother Mdm Goh Ah Lian to his wife Tan Mei Ling, a/c 1142 8830 5517, effective January.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, Re: Change of Allotment Beneficiary - AB Lim Wei Jie (Seaman's Book MY-A0771204). Please note that with effect from January 2027 the monthly allotment shall be credited to Ms Tan Mei Ling, Maybank account 1142 8830 5517, instead of Mdm Goh Ah Lian. The seafarer's signed instruction is enclosed. Yours faithfully, Crewing Department.",
        ),
        ("user", "Good. Add one line saying the amount stays MYR 2,800."),
        (
            "assistant",
            "Added: 'The monthly allotment amount remains unchanged at MYR 2,800.' placed just before the closing line.",
        ),
    ],
    [
        ("system", "你是新加坡一家船员派遣公司的助理，负责整理医疗下船报告。"),
        (
            "user",
            "帮我把这段整理成报告：二管轮 刘建华，身份证 440306198503174858，12月2日在东锚地突发胸痛，送新加坡中央医院，诊断为急性心肌梗塞，已做支架手术，医生建议休养三个月。",
        ),
        (
            "assistant",
            "医疗下船报告｜船员：二管轮 刘建华（身份证 440306198503174858）｜事发：2026年12月2日，东锚地，突发胸痛｜处理：送新加坡中央医院，诊断急性心肌梗塞，已行支架手术｜医嘱：休养三个月，暂不宜上船。",
        ),
        ("user", "谢谢，再加一句已通知其家属。"),
        ("assistant", "已在末尾补充：公司已于当日电话通知其家属。"),
    ],
    [
        (
            "user",
            "Tolong buat surat permohonan shore leave untuk anak kapal saya, Juruminyak Mohd Hafiz bin Abdullah, pasport A40918273, kapal MV Bunga Kenanga di Westport, 6 Disember, 6 petang hingga 11 malam.",
        ),
        (
            "assistant",
            "Kepada Pegawai Imigresen, Pelabuhan Klang. Per: Permohonan Kebenaran Mendarat. Dengan hormatnya dimohon kebenaran mendarat bagi Juruminyak Mohd Hafiz bin Abdullah (Pasport A40918273), anak kapal MV Bunga Kenanga, pada 6 Disember 2026 dari jam 6.00 petang hingga 11.00 malam. Sekian, terima kasih.",
        ),
        ("user", "Ok, tambah nama ejen kami di bawah."),
        (
            "assistant",
            "Baik, saya tambah ruang 'Disediakan oleh: (nama ejen dan cop syarikat)' di bahagian bawah surat supaya tuan boleh isi sendiri.",
        ),
    ],
    [
        (
            "system",
            "You help small ship chandlers in Singapore with customer service and collections.",
        ),
        (
            "user",
            "One ship cook lah, Ah Seng, real name Teo Beng Seng, HP 8234 5519, owe my shop SGD 2,960 since August for cigarettes and rice. Ship already left. How to chase him nicely?",
        ),
        (
            "assistant",
            "You could send a polite written reminder first: 'Dear Mr Teo, our records show an outstanding balance of SGD 2,960 for stores supplied from August. Kindly arrange payment or contact us to agree a schedule.' Keep copies of the delivery notes he signed. If there is no reply, you may write to the ship manager, since stores were delivered to the vessel, or file a Small Claims Tribunals claim.",
        ),
        (
            "user",
            "Can I post his name and number in the chandlers' WhatsApp group so nobody else gives him credit?",
        ),
        (
            "assistant",
            "I would not advise that. Sharing his name, number and debt in a group could break the PDPA and expose you to a defamation claim. Stick to the private reminder and the formal routes.",
        ),
    ],
    [
        (
            "user",
            "我老公何志強喺一隻散貨船做水手，香港身份證 R408813(0)，已經兩個月冇家用寄返嚟，公司話係銀行問題，我應該點做？",
        ),
        (
            "assistant",
            "明白你而家好擔心。你可以先要求派遣公司以書面列出最近兩個月嘅工資同家匯紀錄，包括匯款日期同收款帳戶；如果佢哋未能解釋，可以向船旗國主管當局或者海員工會投訴，MLC 2006 規定船東要按時支付工資。",
        ),
        ("user", "我可以直接打去船公司嗎？我有佢哋新加坡辦公室電話。"),
        (
            "assistant",
            "可以。打去嘅時候講清楚你丈夫嘅全名、船名同職位，並要求對方以電郵回覆，方便之後跟進。",
        ),
    ],
    [
        (
            "system",
            "Crew data for this session: Chua Kian Beng, Chief Engineer, NRIC S7812345A, DOB 1978-02-19, mobile +65 9734 1120; Pradeep Kumar s/o Ramasamy, Oiler, FIN G5123456T. Convert to the agency CSV layout when asked.",
        ),
        ("user", "Give me the two rows for the crew list CSV, columns rank,name,id,nationality."),
        (
            "assistant",
            "Chief Engineer,Chua Kian Beng,S7812345A,Singaporean; Oiler,Pradeep Kumar s/o Ramasamy,G5123456T,Indian",
        ),
        ("user", "Thanks. Leave out the mobile numbers in future exports."),
        ("assistant", "Noted, mobile numbers will be left out of future exports."),
    ],
    [
        (
            "user",
            "My name is Marcus Tan Jun Hao, 3rd Engineer. The Master is holding my seaman's book and passport and won't let me go on shore leave at Port Klang. Is that allowed?",
        ),
        (
            "assistant",
            "Under MLC 2006 and ILO C185 your identity documents belong to you. A Master may hold them for port formalities, but he should not keep them to stop you going ashore when shore leave is authorised. Ask for the reason in writing and contact your manning agent or union.",
        ),
        ("user", "The agent is Lintas Samudera. Can you write a short message I can send them?"),
        (
            "assistant",
            "Dear Lintas Samudera Crewing, I am 3rd Engineer Marcus Tan Jun Hao on board. The Master is holding my passport and seaman's book and has refused my shore leave at Port Klang without a reason. Please advise and help me get my documents back. Thank you.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk ejen pengambilan pelaut di Johor."),
        (
            "user",
            "Saya Noraini binti Hassan, bekas isteri kepada Kelasi Azman bin Yusof. Kami dah bercerai bulan lepas tapi mahkamah syariah perintah nafkah anak RM 800 sebulan. Boleh ke saya minta syarikat potong terus dari gaji dia?",
        ),
        (
            "assistant",
            "Puan boleh kemukakan salinan perintah mahkamah syariah kepada ejen pengambilan dan pemilik kapal. Pemotongan gaji pelaut biasanya perlu dibenarkan oleh undang-undang atau perintah mahkamah, jadi sertakan perintah itu beserta butiran akaun bank puan.",
        ),
        ("user", "Akaun saya Bank Islam 1203 4019 8827 55. Tolong tulis surat ringkas."),
        (
            "assistant",
            "Kepada Pengurus, Ejen Pengambilan Pelaut. Saya, Noraini binti Hassan, memohon supaya nafkah anak sebanyak RM 800 sebulan seperti perintah mahkamah syariah yang dilampirkan dipotong daripada gaji Kelasi Azman bin Yusof dan dikreditkan ke akaun Bank Islam 1203 4019 8827 55. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信，发给船员王海涛的爱人孙丽（手机 138 5802 4417），告诉她王海涛在新加坡因为阑尾炎下船，手术顺利，下周一坐 SQ 830 回上海。",
        ),
        (
            "assistant",
            "孙丽女士您好，我是新加坡船员派遣公司的代理。王海涛先生因急性阑尾炎已在新加坡下船就医，手术很顺利，目前恢复良好。公司已为他订好下周一的 SQ 830 航班回上海，具体到达时间稍后再告知您。如有疑问请随时联系我们。",
        ),
        ("user", "语气再温和一点，不要提航班号。"),
        (
            "assistant",
            "孙丽女士您好，打扰了。王海涛先生最近因阑尾炎在新加坡下船治疗，手术很顺利，请您放心。公司已安排他下周一回国，到时会再跟您确认时间。有任何需要，随时找我们。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Port Klang ship agency; reply in the user's language mix.",
        ),
        (
            "user",
            "Can help me check the format for this IC ah? Bosun Shahrul bin Mat Isa, 860214-01-5379, the immigration form keep reject.",
        ),
        (
            "assistant",
            "The MyKad 860214-01-5379 format looks ok: 6-digit date of birth (14 Feb 1986), 2-digit state code 01 for Johor, then 4 digits. Maybe the form wants it without dashes, so try 860214015379. Also check the name exactly matches his IC, with 'bin'.",
        ),
        (
            "user",
            "Ok dah boleh, thanks. Sekarang dia nak shore leave tonight, pass number SLP-26-11842.",
        ),
        (
            "assistant",
            "Noted. Remind Encik Shahrul to carry the pass SLP-26-11842 and his seaman's book, and to be back through Gate 3 before the pass expires.",
        ),
    ],
]
