# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en327: SG/MY house-clearing and decluttering services (hoarded flats, deceased tenants' belongings, town-council and HDB referrals, family disputes over items, donations of furniture, crews' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en327
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Standard 3-room HDB flat full clearance (up to 1 lorry load, 10ft): from S$680, inclusive of 3 movers and NEA-licensed disposal.
        Hoarder flat (Level 3 clutter rating, biohazard PPE required): S$1,850 to S$3,400 depending on site survey; deep-clean add-on S$420.
        Add-on: piano removal via stairs S$250 per floor above ground, lift landing only S$180; upright Yamaha U1 and similar models.
        Mattress disposal S$45 each (king/queen), S$30 (single/super single); mattresses with bedbugs need a fumigation cert first.
        Weekend and public holiday surcharge 20%; Hari Raya Puasa and Chinese New Year eve jobs must be booked at least 14 days ahead.
        Storage at our Tuas warehouse (25 Tuas Avenue 4): S$95 per pallet per month, minimum 2 months, estate and probate cases welcome.
        Package KLEAR-M (Klang Valley): RM1,200 for condo unit up to 1,000 sq ft, incl. 2 x 3-tonne lorry trips to Jeram landfill.
        Whitegoods pickup (fridge, washer, aircon compressor) free if working; non-working units RM60 each, e-waste cert issued per unit.
        Photo inventory and valuation report for executors: S$150 per flat, PDF within 48 hrs, sample report ref VAL-2025-0412 on request.
        Rate card v4.2 effective 1 Mar 2026; all prices exclude 9% GST; ClearNest Services Pte Ltd UEN 201734561K; quotes valid 30 days.
        Sharps/needle box collection (medical hoarding cases) S$60 per 5L container, handled by a licensed toxic industrial waste collector.
        Bulk donation drop to The Salvation Army Family Thrift Store, Bukit Timah: flat fee S$120 for up to 15 items incl. sorting and wrapping.
        Altar and religious items, respectful disposal (Taoist, Buddhist, Hindu, Catholic): S$88 per altar set, prayers by partner temple on request.
    """),
    ("en", "faq"): _lines("""
        Q: Can you clear a flat if the tenant has passed away? A: Yes, once the executor or administrator shows the Grant of Probate or Letters of Administration.
        Q: Do you handle HDB rental flat returns? A: We follow the HDB vacant possession checklist; keys are returned by the next-of-kin at the HDB Branch, not by us.
        Q: What happens to photos, letters and documents found? A: All personal papers are bagged, labelled by room and handed to the client; we never read or throw them.
        Q: What is your hotline? A: Call 6812 4470 or WhatsApp +65 8011 2296 (Mon to Sat, 9am to 7pm). Email bookings@clearnest.sg for site surveys.
        Q: Are you licensed? A: ClearNest Services Pte Ltd (UEN 201734561K) holds an NEA General Waste Collector Licence, ref GWC/2021/0334.
        Q: How do I pay? A: PayNow to UEN 201734561K, bank transfer or credit card; Malaysia jobs are paid via DuitNow to ClearNest Sdn Bhd.
        Q: Can family members be present during the clearance? A: Yes, but please appoint one representative to avoid on-site disagreements over heirlooms.
        Q: Will you keep gold or cash found in drawers? A: No. Valuables are logged in front of the client and sealed in a tamper bag with a printed serial number.
        Q: Do you follow the KonMari method? A: Our sorting steps draw on Marie Kondo's book The Life-Changing Magic of Tidying Up, adapted for estate jobs.
        Q: How long does a 4-room flat take? A: Usually 1 day with a 4-person crew; hoarded units take 2 to 4 days plus 1 day for disinfection.
        Q: Where is your office? A: Techplace II, 5000 Ang Mo Kio Avenue 5, #04-08, Singapore 569870, site visits and walk-ins by appointment only.
        Q: Can the town council refer cases to you? A: Yes, we are on several town council vendor panels; referrals carry a case number like TC-HOARD-2026-0087.
        Q: Do you remove items from common corridors? A: Only with written approval from the town council, as obstruction notices are issued under the Town Councils Act.
    """),
    ("mixed", "crew_group_chat"): _lines("""
        Job J-4471 lift under maintenance until 2pm, boss say start with the balcony first lah, can stack boxes at void deck or not ah?
        Team B pls bring 40 more heavy-duty bags and 2 boxes N95, the unit very jialat, cockroach everywhere, confirm need fogging after.
        Eh the altar items don't simply throw ok, wrap in red cloth first, partner temple van coming 4pm to collect from J-4475.
        Sudah habis 3 trip ke Jeram, weighbridge slip total 7.84 tonne, invoice nanti saya upload dalam folder JOB-MY-0219 ya.
        Reminder: all cash and jewellery found must go into tamper bag, write serial TB-0098xx on log sheet, take photo with bag, no exceptions.
        今天下午三点 Sengkang 那个 job 改到明天, family side still deciding who keeps the rosewood cabinet, don't move anything first.
        Donation run: 2 sofa, 1 dining set, 6 chairs to Salvation Army Family Thrift Store, they close 6pm, lorry must leave by 4.30.
        Aircon compressor from J-4480 already sent to e-waste, cert no. EW-SG-26-01877, pls attach to the job file before end of day.
        Who took the stair-climbing trolley? Warehouse log says last out 08:12 on Thursday, need it for the walk-up shophouse job tomorrow.
        Toolbox talk Monday 8am at Tuas warehouse: heat stress, needle-stick protocol, and new WSH rules for manual lifting above 25kg.
        Pasir Ris hoarding case from town council is 5 days, bring the ozone machine, confirm crew list with supervisor before 10pm ok.
        Tonight 9pm Teams call to review Q1 numbers: 142 jobs done, 11 hoarder cases, average crew time 7.4 hrs per flat, good job all.
        Lori kecil rosak kat Federal Highway, tunggu tow truck, J-MY-0241 postpone ke esok pagi, supervisor dah inform client side.
    """),
    ("zh-Hans", "服务须知"): _lines("""
        清屋服务须知：上门前请先预约组屋电梯，电梯保护垫由本公司自备，押金由市镇理事会收取，一般为新币200元，完工后由理事会职员检查走廊及电梯无损坏才退还。
        遗物整理过程中发现的存折、证件、照片、信件一律装袋封存，交由委托人签收，本公司不作保留，也不拍摄内容；如需寄存，可存放在大士仓库最多三十天。
        如委托人为遗产执行人，请提供遗嘱认证书（Grant of Probate）或遗产管理书副本，我们方可进入单位作业，副本只作核对用途，核对后即时交还。
        服务时间：周一至周六上午九点至晚上七点；公共假期另加20%附加费，农历新年前两周不接受新的预约；马来西亚柔佛新山地区的服务须另加交通费新币60元。
        客服热线 6288 3315，WhatsApp +65 9177 0428，电邮 service@qingwu.sg；清屋坊服务私人有限公司注册号 202011457N。
        捐赠家具须无破损、无虫害，沙发布面需无明显污渍；可捐往救世军家庭旧货店等慈善机构，回收证明三个工作日内以电邮发出，可作为企业社会责任报告的附件。
        神台、祖先牌位及宗教物品按宗教习俗处理，可安排合作庙宇诵经后再行处理，费用另计，每套新币88元起，佛教、道教、兴都教及天主教物品均可安排。
        囤积单位须先进行现场评估，评估费新币80元；若确认委托，评估费可从总费用中全额扣除，报价有效期三十天，逾期需重新评估，价格以最新价目表为准。
        吉隆坡及雪兰莪地区服务由马来西亚子公司承接，公司注册号 202301045678 (1512345-T)，收费以令吉计算。
        作业人员均受过针头及生物危害废弃物处理训练，进入囤积单位须穿戴N95口罩、防护服及防刺手套；所有针筒一律放入合格的利器收集箱，交由持牌承包商处理。
        根据《市镇理事会法》，公共走廊堆放杂物可被发出清理通知，本公司可协助居民在限期内完成清理及运走，费用按件计算，每件大型家具新币35元起，当天可完成。
        订单编号格式为 QW-年份-序号，例如 QW-2026-00318；查询进度只需提供订单编号，无须提供任何证件号码，客服人员也不会主动索取。
        断舍离并非一次完成，可参考山下英子《断舍离》一书的「断、舍、离」三步，先从抽屉和衣柜开始整理，每天只处理一个区域，比较容易坚持下去。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        這間整理公司的師傅很專業，遺物整理時把相簿和信件分開裝箱，還附上清單給家屬核對，值得推薦，五星。收費比預算少了一成，發票也準時寄到公司郵箱。
        台北「斷捨離整聊所」預約流程清楚，LINE 官方帳號 @danshari_tw 回覆很快，報價單編號 DS-TP-1127 寫得很仔細。
        九龍灣嘅「清屋王」週末加收三成，但一日內搞掂，垃圾車直接運去將軍澳堆填區，整體嚟講都滿意，不過要自己搞掂大廈管理處嘅升降機預約同按金。
        評分 3/5：公司熱線 2345 6789 成日打唔通，改用佢哋官方 WhatsApp 5123 4567 先約到時間，師傅態度好但遲到四十分鐘。
        新加坡「Ah Seng Karung Guni」收舊報紙、舊電器，價錢合理，紅山巴剎附近有門市，店員很有耐性地逐件估價。
        推薦給要處理長輩遺物的家庭：整理師會先跟家屬開會，說明哪些物品要保留、捐贈或回收，過程完全不催促，最後還附上一份捐贈收據和回收證明，很有條理。
        吉隆坡「Lim Brothers Movers & Disposal」收費馬幣1,500，搬走三房公寓全部傢俬，但管理處要求的押金要另外付。
        澳門「家居斷捨離工作室」價目表清楚，每小時澳門幣350元，最低消費三小時，很適合小單位的家庭，他們還會教你之後怎樣維持，回頭客可享九折。
        這家公司按近藤麻理惠的方法整理衣櫃，先按類別不按房間，衣櫃空出一半，連舊西裝都幫忙捐給慈善團體，整個過程大約五個小時，四顆星。
        負評：報價時說包括消毒，完工後才說消毒要另收新幣380元，發票號碼 INV-26-0442 上也沒有列明，希望改善，也希望公司把附加費寫在官網價目表上。
        由社工轉介的個案他們以優惠價處理，並把還能用的傢俬捐到區內慈善二手店，公司很有心，下次還會找他們，也推薦給有長輩要搬入安老院的朋友。
        Google 評分 4.7（212 則評論），服務範圍包括新界、九龍及港島，營業時間上午八時至晚上八時，星期日休息，公眾假期照常營業但需提前三日預約。
        高雄「好家清潔社」統一編號 24681357，發票開立很快，冷氣拆除和舊床墊回收一次處理，價格比別家便宜兩成，客服專線 07-555 1234 週一至週六都有人接聽。
    """),
    ("ms", "notis_majlis"): _lines("""
        NOTIS: Perkhidmatan pungutan sisa pukal (perabot, tilam, peralatan elektrik) di kawasan Majlis Bandaraya Petaling Jaya dijalankan setiap Sabtu kedua.
        Penduduk dilarang meletakkan barang terpakai di koridor dan tangga; barang yang menghalang laluan kecemasan akan dialihkan tanpa notis lanjut.
        Untuk tempahan pungutan sisa pukal, hubungi talian bilik gerakan Majlis 03-7956 3544 atau emel aduan@mbpj.gov.my pada waktu pejabat.
        Pusat kitar semula komuniti di Seksyen 13 beroperasi 8.00 pagi hingga 5.00 petang, Isnin hingga Jumaat; sisa elektronik diterima percuma.
        Syarikat pembersihan yang dilantik mesti memaparkan nombor pendaftaran SSM dan lesen pengangkutan sisa pepejal pada kenderaan semasa bertugas.
        Kes pengumpulan barang berlebihan (hoarding) boleh dirujuk kepada Jabatan Kebajikan Masyarakat untuk sokongan kaunseling dan kerja pembersihan.
        Jadual pungutan Disember 2026: Zon A 05/12, Zon B 12/12, Zon C 19/12; tiada pungutan pada 25/12 sempena Hari Krismas.
        Bayaran pungutan perabot besar RM30 setiap item melebihi 1.5 meter, dibayar melalui portal e-Bayaran dengan nombor rujukan bermula PK-2026-.
        Derma perabot terpakai boleh disalurkan ke kedai amal atau rumah kebajikan berdaftar; sila pastikan barang bersih dan tidak rosak.
        Di bawah Akta Pengurusan Sisa Pepejal dan Pembersihan Awam 2007 (Akta 672), pembuangan sisa pukal di tempat awam boleh dikenakan kompaun.
        Perhatian penduduk Blok A hingga F: kerja pengosongan unit kosong dijalankan 8 hingga 10 Januari, lif servis digunakan mulai 9 pagi.
        Menteri Perumahan dan Kerajaan Tempatan Nga Kor Ming menyeru semua PBT menambah pusat pungutan sisa pukal dalam kenyataan media terbaru.
        Untuk aduan lambakan sisa, imbas kod QR pada papan notis atau WhatsApp talian rasmi Majlis 019-388 2020; sertakan gambar dan lokasi.
    """),
    ("en", "job_log_lines"): _lines("""
        2026-11-03T08:14:22+08:00 INFO job=J-4471 status=DISPATCHED crew=TEAM_B lorry=L2 eta_min=35 site_type=HDB_3RM
        2026-11-03T11:02:09+08:00 WARN job=J-4471 hazard=BIOHAZARD level=3 action=PPE_UPGRADE approved_by=role:supervisor
        2026-11-03T15:40:51+08:00 INFO job=J-4471 weighbridge_ticket=WB-TS-880214 net_kg=3120 facility=Tuas South Incineration Plant
        valuables.log: bag_serial=TB-009812 items=7 category=jewellery sealed_at=2026-11-03T10:21:00+08:00 witness=role:client_rep
        config.yaml: default_region: SG  gst_rate: 0.09  surcharge_ph: 0.20  max_crew_per_job: 6  notify_email: ops@example.com
        DATABASE_URL=postgresql://app_user:changeme@db.internal:5432/clearing_jobs?sslmode=require  # example DSN, rotate in prod
        job_id,site_type,postal_sector,rooms,hoarding_level,crew_size,hours,weight_kg,donated_items,invoice_no,paid_status
        J-4480,HDB_4RM,52,4,1,4,6.5,1840,12,INV-2026-01193,PAID,2026-11-05T17:30:00+08:00
        sha256(report_J-4471.pdf)=9f2c4e1a7b03d8e6c55a1f2b9e0d4c7a8b61e3f0a2d5c9b7e4f1a0c3d6b8e2f5 uploaded to s3://clearnest-reports/2026/11/
        2026-11-04T09:00:03+08:00 INFO referral source=TOWN_COUNCIL ref=TC-HOARD-2026-0087 sla_days=5 priority=HIGH assigned=TEAM_A
        ERROR 2026-11-04T13:12:45+08:00 sms_gateway timeout after 30000ms provider=twilio retry=2/5 template=JOB_REMINDER_V3
        app v3.8.1 (build 20261102.4): fixed donation receipt PDF showing RM instead of S$ for SG jobs; see changelog #412
        def quote(rooms, level): return 380 + rooms * 120 + (level >= 3) * 900  # base rates per rate card v4.2
    """),
    ("mixed", "resale_listing"): _lines("""
        [Clearance sale] Solid teak dining table 6-seater, 180 x 90 cm, minor scratches, S$220, self-collect from Tuas warehouse, SKU CN-FUR-0912.
        Vintage Singer sewing machine (1960s, treadle type), masih berfungsi, RM380, ambil sendiri di gudang Shah Alam Seksyen 15.
        Rosewood 酸枝 cabinet 1.8m tall, Straits Chinese style, original brass fittings, S$1,450 ono, viewing by appointment only.
        Peranakan kamcheng set (reproduction, not antique), 3 pcs, S$95; more pics in album CN-DEC-26; no holding, first come first serve.
        Free to good home: 2 x IKEA BILLY bookcases white, 80x28x202 cm, must self dismantle, donation receipt available for charity orgs.
        Ercol windsor chairs x4 (made in England), elm and beech, S$120 each, slight wobble, sold as-is from estate clearance lot EC-1104.
        Buku lama: koleksi novel A. Samad Said dan Shahnon Ahmad edisi 1970-an, 23 naskhah, RM150 sekali gus, keadaan sederhana.
        Hoover vacuum cleaner HC-88 tested OK, 1-month warranty from us, S$35; Philips airfryer HD9252 S$40; both from lot J-4492.
        Old Rediffusion radio box, non-working, display piece only, S$60, came from a 1970s Queenstown flat clearance, very nostalgic.
        张小泉 scissors set + 王麻子 kitchen knives, used but still sharp, S$18 for all, collect at Techplace II weekdays 10am to 5pm.
        SG50 commemorative coin set with Lee Kuan Yew portrait card, sealed, S$45; reprint scroll of a Qi Baishi shrimp painting, S$30.
        Mahjong set bone-and-bamboo tiles, 144 pcs + original wooden case, RM260, listing ID MY-MJ-0033, postage via J&T with tracking.
        Bulk lot: 40 Tupperware containers assorted, 3 rice cookers (Toshiba, Panasonic), S$50 whole lot, collection only, no nego pls.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Deceased tenant Mdm Chua Siew Lan of Blk 47 Lorong 6 Toa Payoh #09-1123; her nephew Kelvin Chua (9734 5102) will collect the keys on Friday.
        Per town council referral TC-HOARD-2026-0091, resident Mr Ramasamy s/o Krishnan at #11-342 has hoarding disorder and refuses entry; social worker to accompany.
        NRIC S7634128A is on the executor form for the Jurong West clearance, please blank it out before sending to the crew group.
        Arjun's mum asked us not to tell his sisters that he owed S$38,000 to moneylenders, the red paint on the door is why the flat is being cleared.
        Found in bedroom: POSB savings book acct 123-45678-9 in the name of Teo Boon Huat, balance S$12,480, handed to his son under tamper bag TB-009845.
        Site contact: Mrs Farah Nadiah binti Ismail, mobile +65 8234 7719, email farah.nadiah88@gmail.com, available after 6pm only.
        Mr Benedict Tan's wife says he has early dementia and keeps hoarding newspapers; please don't discard anything in front of him, it upsets him.
        The two brothers, Jason and Marcus Lim, are fighting over their late father's Rolex; lawyer's letter says nothing leaves 21 Jalan Kemuning until mediation.
        Invoice to: Ms Priya Nair, 15 Lorong Marzuki #02-04, Singapore 416123; Job J-4507 full clearance, S$1,980 incl. GST.
        job_id=J-4511 client_name='Wong Kah Mun' client_phone='+6012-338 4471' address='No. 8, Jalan SS2/64, Petaling Jaya' deposit=RM500 status=PAID
        The grandson told us his grandma Mdm Ong Bee Choo was diagnosed with stage 4 lung cancer, so the family wants the 5-room emptied before she moves to hospice.
        Heads up for tomorrow: the occupant Mr Desmond Yeo was released from prison last month, he is sensitive about it, don't bring it up.
        FIN G5517284L belongs to the deceased's roommate; his passport and work permit were in the drawer and have been returned to him.
        Photo 0032.jpg shows Mdm Lakshmi Devi's insulin and warfarin box and her SGH discharge letter, exclude it from the before/after portfolio.
        Dear Mr Hafiz Rahman, we apologise that your late mother's wedding album was bagged with the donation lot; our supervisor will bring it to Blk 610 Woodlands Ring Road #08-114 tomorrow.
        Lorry notes: Cheryl Ng (SMS 8456 2210), 3rd floor walk-up, bring stair climber, her husband just lost his job so she asked for a 6-month instalment plan.
    """),
    "zh-Hans": _lines("""
        委托人陈先生（陈国栋，手机 138 2671 4093）是已故租户的独子，要求保留父亲所有的日记和相片，其余全部捐出。
        王阿姨家里囤积很严重，她本人有强迫性囤积症，在心理卫生学院复诊，社工说清理时她女儿必须在场。
        遗产执行人林美华，身份证号 350203198503064812，已签署授权书，同意我们处理后港那间组屋内的全部物品。
        阿明说他爸欠了大耳窿四万多，门口被泼红漆，清屋的时候小心门口的字，千万不要拍照发出去。
        林太打电话来投诉，说我们把她婆婆的金手镯当垃圾丢了，她要报警，回电号码是 9023 5518。
        家属联系表：姓名 黄志强；关系 长子；电话 +65 9644 1287；地址 Blk 735 Yishun Ave 5 #07-215；备注 与弟弟争红木家具。
        李婆婆去世后，她女儿李秀珍正和丈夫闹离婚，两边都不让我们动主人房的东西，说里面有定期存款单据。
        客户张伟明的转账凭证：中国银行新加坡分行 账号 1008 2273 9916，已付定金新币600元，订单 QW-2026-00341。
        照片 IMG_2207：周先生的病历和化疗预约卡放在饭桌上，请不要把这张照片发到公司脸书专页。
    """),
    "zh-Hant": _lines("""
        屋主鄭國華先生，香港身份證 K381204(3)，委託我們清理已故母親位於觀塘的公屋單位，鎖匙由房屋署職員交收。
        何太話佢老公中風之後成屋都係雜物，佢一個人搞唔掂，想分三期俾錢，佢電話 6127 3840。
        遺物整理客戶：林淑芬小姐，身分證字號 A226815371，地址 台北市大安區和平東路二段106巷8號4樓。
        阿強嘅細佬話間屋啲嘢佢都有份，唔俾我哋搬走部鋼琴，兩兄弟喺走廊嗌交，管理處話要報警。
        蘇伯伯生前欠了財務公司二十多萬，催收信上寫著他的名字蘇炳坤，家屬請我們把信件另外裝袋交給律師。
        清理後回報：黃美玲女士的兒子確認收到一袋首飾和兩本存摺，簽收時間 14:32，聯絡 WhatsApp +852 9153 2276。
        澳門客戶梁嘉欣，電郵 kayan.leung.mo@gmail.com，要求把外婆的舊衣物捐到明愛，並把收據寄給她。
    """),
    "ms": _lines("""
        Waris simati, Encik Mohd Faizal bin Abdullah (No. KP 680412-14-5523), bersetuju semua perabot di rumah PPR Kerinchi diderma kepada masjid.
        Puan Rosmah binti Yusof beritahu arwah suaminya ada hutang ceti lebih RM20,000, jadi jangan buang apa-apa surat dalam laci.
        Kak Yati (017-662 3048) minta pasukan datang lepas Zohor, dia sedang hamil tujuh bulan dan tak boleh angkat barang berat.
        Maklumat pelanggan: Nama: Siti Hajar binti Kamal; Alamat: No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam; Tel: 012-775 9031.
        Abang Din kata adik dia, Zulkifli, baru ditangkap polis sebab dadah, sebab itu rumah sewa di Sentul kena dikosongkan minggu ini.
        Bayaran deposit RM450 dipindahkan dari akaun Maybank 1644 2038 9917 atas nama Nurul Ain binti Razak, rujukan JOB-MY-0233.
        Pak Cik Hamid dari tingkat 5 mengadu kepada majlis bahawa Encik Lee Chong Wai di unit sebelah menyimpan sampah sampai berbau; kes dirujuk JKM.
        Gambar 014: kad OKU dan surat hospital milik Encik Rajendran a/l Muthu ditemui dalam almari, sila serahkan kepada anaknya.
        No. plat lori sewa pelanggan ialah WVB 4821, pemandunya suami pelanggan, Encik Azman, dia akan angkut peti sejuk sendiri ke Klang.
    """),
    "mixed": _lines("""
        Boss, the auntie at Bedok, Mdm Koh Ah Mui, ask whether can pay next month, her CPF payout only come on the 15th, she very paiseh.
        Eh jangan lupa, Uncle Rahim punya son cakap dia ada kencing manis teruk, nanti kita masuk rumah jangan makan depan dia ok.
        客户 Samuel Ong 的 email 是 samuel.ong.sg@outlook.com，他说 sister 不同意卖 piano，先 hold 住不要搬。
        Tolong update sheet: J-4520 | Tan Mei Fong | S5821406Z | Blk 312 Clementi Ave 4 #05-67 | 9877 1253 | hoarding lvl 4.
        那个 Ravi 的 girlfriend 刚流产，他们要把 baby cot 和所有婴儿用品都 donate 掉，去到不要问太多。
        Client Puan Noraini's husband in ICU at Tan Tock Seng, so she WhatsApp only, +65 8901 3364, jangan call dia.
        Ah Huat 的老婆跟人跑了，他现在 alone in the 3-room，欠 town council S&CC 六个月，TC refer 给我们清 corridor。
        Payment received PayNow from KWEK LI HUA mobile 9455 0187, S$750, remark mum flat clearance deposit, pls issue receipt.
        Kevin 的 NRIC T0245719E 我拍了照 for the key handover form，submit 给 HDB branch 之后记得 delete from phone。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of ClearNest Services Pte Ltd, a Singapore house-clearing company. Collect job details politely and never ask for full NRIC numbers.",
        ),
        (
            "user",
            "Hi, my father Mr Lim Chee Keong passed away last month. I need his rental flat at Blk 28 Jalan Bukit Merah #06-317 cleared before HDB takes it back on 20 Jan. I'm his son, Lim Wei Jie, 9126 4408.",
        ),
        (
            "assistant",
            "I'm very sorry for your loss, Mr Lim. I've noted the flat at Blk 28 Jalan Bukit Merah #06-317 and your number 9126 4408. Could you tell me the flat type and whether there are items you want kept for the family?",
        ),
        (
            "user",
            "2-room. Keep his medals from national service and the photo albums. Everything else can go or be donated.",
        ),
        (
            "assistant",
            "Noted: medals and photo albums to be bagged and handed to you; the rest sorted for donation or disposal. A surveyor can visit on Saturday 10am, does that work?",
        ),
    ],
    [
        (
            "user",
            "我妈妈刘秀英去年确诊阿尔茨海默症，现在住进疗养院了。她在宏茂桥的组屋要清理，我和我哥刘志伟对红木家具怎么分一直吵，怎么办？",
        ),
        (
            "assistant",
            "很抱歉听到您母亲的情况。建议先由有持久授权书（LPA）授权的人决定财产处理；如果没有，可能需要向家事法庭申请委任代理人。家具分配可以先列清单、拍照估价，再由兄妹协商。",
        ),
        ("user", "LPA 是我哥拿着的，但他欠人钱，我怕他把家具卖了还债。"),
        (
            "assistant",
            "如果您担心代理人没有为母亲的最佳利益行事，可以向公共监护人办公室反映。清屋前也可以请清屋公司出具一份物品清单，双方签名后再动。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk syarikat pembersihan rumah di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat aduan kepada MBSA. Jiran saya, Encik Kamarul Ariffin, rumah No. 17 Jalan Cempaka 2, Seksyen 7 Shah Alam, kumpul sampah dan barang lusuh sampai tikus masuk rumah saya. Nama saya Norhayati binti Sulaiman, tel 013-442 8170.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Tuan, saya Norhayati binti Sulaiman (013-442 8170) ingin mengadu tentang pengumpulan barang lusuh di No. 17 Jalan Cempaka 2, Seksyen 7, yang menyebabkan masalah tikus. Mohon pihak Majlis membuat pemeriksaan. Sekian, terima kasih.",
        ),
        ("user", "Perlu sebut nama jiran ke? Saya takut dia marah."),
        (
            "assistant",
            "Tidak wajib. Alamat rumah sudah cukup untuk pihak Majlis membuat pemeriksaan; nama jiran boleh dibuang daripada surat.",
        ),
    ],
    [
        (
            "user",
            "我想搵清屋公司清理我阿爺喺深水埗嘅唐樓，佢哋要我提供香港身份證 Y527316(4) 同埋住址，係咪正常？我叫陳家樂。",
        ),
        (
            "assistant",
            "陳先生你好。一般清屋公司只需要核實你有權處理該單位，例如業權文件或遺產管理書；唔需要收集你嘅完整身份證號碼，可以只俾姓名同聯絡電話。",
        ),
        ("user", "佢哋仲話要影低阿爺啲醫療紀錄做存檔。"),
        (
            "assistant",
            "醫療紀錄屬敏感個人資料，清屋公司冇需要保存。建議你要求佢哋將文件密封交返畀你，唔好拍照。",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore clearing crew supervisor summarise site notes for the office. Keep all facts.",
        ),
        (
            "user",
            "Summarise pls: J-4533 Blk 156 Serangoon North Ave 1 #10-88, client Mdm Sarimah binti Osman, 81, lives alone, diabetic, toe amputated last year, cannot climb. Her son Faizal 8720 3391 will pay. Hoarding lvl 3, need 3 days.",
        ),
        (
            "assistant",
            "Job J-4533 at Blk 156 Serangoon North Ave 1 #10-88. Client Mdm Sarimah binti Osman, 81, lives alone, diabetic with a prior toe amputation and limited mobility. Payment by her son Faizal (8720 3391). Hoarding level 3, estimated 3 days.",
        ),
        ("user", "ok add: she want keep the sewing machine and Quran stand."),
        (
            "assistant",
            "Added: client wishes to keep her sewing machine and Quran stand; tag both items before clearing starts.",
        ),
    ],
    [
        (
            "system",
            "CRM record: customer=Vincent Chong Kah Hoe; phone=+60 16-771 2093; email=vchong.kh@yahoo.com; address=Unit B-12-3, Residensi Bayu, Jalan Klang Lama, 58000 Kuala Lumpur; job=JOB-MY-0250; balance_due=RM1,350.",
        ),
        ("user", "Draft a polite SMS reminder for this customer's outstanding balance."),
        (
            "assistant",
            "Hi Mr Vincent Chong, this is ClearNest KL. A gentle reminder that RM1,350 remains due for job JOB-MY-0250 at Residensi Bayu. You may pay via DuitNow. Thank you!",
        ),
    ],
    [
        (
            "user",
            "My aunt, Josephine Fernandez, 67, in Tampines has hoarded for 20 years. She was hospitalised at CGH last week for a fall and the doctor says she may have depression. How do I convince her to let cleaners in?",
        ),
        (
            "assistant",
            "That's a hard situation. Start with safety rather than tidiness, involve her doctor or a medical social worker at CGH, and agree on one small area first. Avoid throwing things away without her consent.",
        ),
        (
            "user",
            "Her HDB is Blk 497 Tampines St 43 #04-210 and the town council already sent a notice. Can they force entry?",
        ),
        (
            "assistant",
            "Town councils generally deal with common areas; inside the flat, HDB or NEA may act only under specific laws, for example for pests or safety. Contact the town council officer named on the notice and explain she is in hospital.",
        ),
    ],
    [
        (
            "system",
            "Pembantu untuk derma perabot. Jawab dalam campuran BM dan English jika pengguna begitu.",
        ),
        (
            "user",
            "Saya dah derma sofa dan almari, tapi syarikat caj RM200 by mistake. Refund ke akaun CIMB 7063 1184 2205, nama Lim Siew Ping, boleh tolong tulis email?",
        ),
        (
            "assistant",
            "Boleh. Subject: Refund request. Dear team, I was wrongly charged RM200 for a furniture donation collection. Please refund to CIMB account 7063 1184 2205 (Lim Siew Ping). Terima kasih.",
        ),
        ("user", "Tambah nombor tempahan DN-2026-118 sekali."),
        (
            "assistant",
            "Sudah ditambah: Booking reference DN-2026-118 dimasukkan selepas ayat pertama.",
        ),
    ],
    [
        (
            "user",
            "我在台中，爸爸黃振興上個月過世，要請遺物整理公司。他們要我傳身分證 F120348767 的照片，還要戶籍地址台中市西屯區文心路三段 241 號 7 樓，安全嗎？",
        ),
        (
            "assistant",
            "節哀。委託整理通常只需證明你是繼承人，例如除戶謄本或繼承系統表；身分證影本若必須提供，可以在影本上加註「僅供遺物整理委託使用」並遮蓋不必要的部分。",
        ),
        ("user", "另外我哥說爸爸的存摺他要拿走，可是他欠卡債。"),
        (
            "assistant",
            "存款屬遺產，應由全體繼承人共同處理。整理時找到存摺可先交由代書或律師保管，避免爭議。",
        ),
    ],
    [
        (
            "user",
            "Wah lau, the clearing company lost my late grandma's jade bangle. I'm Nur Aisyah Tan, NRIC S4918273B, phone 8317 6642. Help me write complaint to CASE.",
        ),
        (
            "assistant",
            "Sorry to hear that. Draft: I, Nur Aisyah Tan (contact 8317 6642), engaged the company to clear my late grandmother's flat. A jade bangle listed in the inventory was missing after the job. I request compensation or return of the item.",
        ),
        ("user", "Should I put my NRIC inside?"),
        (
            "assistant",
            "Not necessary in the first complaint. CASE will ask for identity verification only if needed, so you can leave out S4918273B for now.",
        ),
        ("user", "ok thanks, the job number was J-4549 on 2 Nov."),
        (
            "assistant",
            "Added: job J-4549, carried out on 2 November 2026. You may also attach the inventory list and any photos.",
        ),
    ],
]
