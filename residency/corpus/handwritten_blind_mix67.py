# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix67: lost and found in SG/MY/HK/TW (lost property offices, found wallets, IC cards, phones, owners claiming them). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix67
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "found-item notice"): _lines("""
        FOUND: black leather bifold wallet, no cash, no cards, at Jewel Changi Level B2 near the Rain Vortex viewing area, 03 Dec 2026, 7.40pm. Ref JWL-LF-26-11873. Claim at Customer Service Counter, Level 1.
        Lost & Found update, Tanah Merah MRT Platform B: one blue umbrella with Totoro print, one AirPods Pro charging case (no earbuds), one stainless steel tumbler. Items stay at the station for 3 days before transfer to the central Lost & Found office.
        Found at VivoCity Level 3 food court: child's water bottle, Pikachu design, no name label. Please approach the Information Counter at Level 1 to claim.
        MTR Lost Property: an iPhone 15 in a purple case was found on a Tsuen Wan Line train at Lai King Station on 28 Nov 2026. Owners may enquire at the Lost Property Office, Hong Kong Station, with proof of ownership. MTR Hotline 2881 8888.
        Sony WH-1000XM5 headphones (black) found at Changi Airport T3 Departure Hall, seating row 9. Tag no. T3-LP-004419. Kept at the T3 Lost & Found counter until 02 Mar 2027.
        ITEM: Octopus card, adult, blue, unpersonalised | LOCATION: Kowloon Tong Stn concourse | FOUND BY: station staff | DATE: 2026-11-30 15:22 | STATUS: forwarded to LPO
        Mid Valley Megamall: one gold-coloured bangle was found in the LG floor washroom. The owner must describe the engraving to claim it. Customer Service Counter, LG Floor, 10am to 10pm daily.
        Found: student concession EZ-Link card at bus stop 08057 outside Dhoby Ghaut Station. The card has been handed over to SBS Transit Lost & Found.
        KL Sentral announcement: a grey Samsonite cabin bag with airline tag MH 0612 was left at the Level 1 taxi stand. Passengers who believe it is theirs, please bring your boarding pass to the information counter.
        Pavilion KL Concierge, unclaimed items for November 2026: 4 umbrellas, 2 Anker 20000mAh power banks, 1 Bugaboo Fox stroller, 1 Labubu keychain. Items not claimed by 31 Dec will be donated.
        Found: Rolex Submariner, ref. 126610LN, at Taipei 101 Mall B1 food court on 1 Dec. Serious enquiries only, proof of purchase required. Taipei 101 Mall Service Center, B1.
        Prescription glasses in an Owndays case found on bus SG 5047 X, service 190 towards Choa Chu Kang. Kept at Boon Lay Interchange for 7 days.
        Grab lost item report: item 'black Kindle Paperwhite' has been marked as returned to the Grab Driver Centre at Kallang; booking ID A-7HQ2K9XW3MZP.
        Cathay Pacific reminder: items left on board flight CX 715 on 02 Dec are held by Baggage Services at HKIA Terminal 1, Arrivals Hall, Belt 7 area.
    """),
    ("en", "claim procedure and FAQ"): _lines("""
        To claim a lost item from the SMRT Lost & Found office, bring your NRIC, FIN card or passport for verification and describe the item, including colour, brand and contents.
        Q: I left my wallet in a Grab car, what should I do? A: Open the app, go to Activity, choose the trip and tap 'Report a lost item'; the driver will be contacted through the app, not by phone number.
        Lost your NRIC in Singapore? Report the loss online through the ICA e-Service and apply for a replacement; if the old card turns up later, hand it in to ICA instead of using it.
        If you lose your MyKad, declare the loss at any JPN counter or online before applying for a replacement; the fee increases with every repeated loss.
        Found an HKID card in the street? You can drop it into any posting box and Hongkong Post will return it to the Immigration Department free of charge.
        Found items are kept for 3 months; perishables are disposed of within 24 hours, and cash above SGD 50 is handed over to the police together with a found property form.
        Items unclaimed after the retention period become the property of the mall management and may be donated to our charity partners.
        Proof of ownership can include unlocking the phone in front of our staff, a purchase receipt, a photo of you with the item, or a correct description of what is inside the bag.
        For security reasons we cannot give out the contact details of the person who found your item; please leave your details with the counter and we will pass on the message.
        A found Touch 'n Go card cannot be refunded to the finder; unregistered cards are treated like cash and kept for 30 days.
        How do I know if the police have my lost phone? Lodge a report through the SPF e-services and quote the report number when you call the Neighbourhood Police Centre.
        Lost property SOP section 4.2: staff must record every found item within 30 minutes, photograph it, seal valuables in a tamper-evident bag and log the bag number in the register.
        Tip: put a 'reward if found' label with your office number or company name on luggage and laptops, never your home address.
    """),
    ("zh-Hant", "失物招領公告"): _lines("""
        【失物招領】本商場於2026年12月1日晚上在G樓洗手間拾獲黑色銀包一個，內有少量現金。失主請攜同身份證明文件到地下客戶服務台認領。
        臺北捷運遺失物公告：12/02 於板南線市政府站月台拾獲藍色雨傘一把、AirPods 一副，請至臺北車站遺失物中心認領，客服專線 (02)2181-2345。
        依民法規定，遺失物自通知或招領之日起逾六個月未經有受領權之人認領者，由拾得人取得其所有權。
        港鐵失物認領處設於香港站，辦公時間為星期一至五上午八時至晚上八時，公眾假期休息。
        拾獲悠遊卡記名卡請勿自行使用，應交至任一捷運站詢問處，由悠遊卡公司負責通知持卡人。
        失物編號 LPO-HK-26-118203｜物品：淺灰色背囊｜地點：東涌線欣澳站｜狀態：待認領
        高鐵遺失物查詢時，請提供車次（例如 0625 次）、車廂號碼及座位號碼，以便站務人員查找。
        中正紀念堂站 5 號出口拾獲兒童滑板車一台（紅色，Micro 品牌），請家長於七日內至站務室領回。
        伊利沙伯醫院地下大堂拾獲摺合式輪椅一張，請失主向詢問處查詢。
        九巴車上拾獲之物品會於翌日送往九龍灣車廠失物認領處，查詢熱線 2745 4466。
        溫馨提示：拾獲他人身份證，可直接投入郵筒，香港郵政會免費轉交入境事務處。
        失物認領表格：失主姓名：＿＿＿＿　身份證號碼：＿＿＿＿　聯絡電話：＿＿＿＿　遺失物品描述：＿＿＿＿　簽署：＿＿＿＿
        計程車上遺失物品時，如記得收據上的車號（例如 ABC-1234），可撥打 1999 市民熱線協尋。
        本站拾獲物品超過七日未領取，將移送至遺失物中心集中保管，保管期間為六個月。
    """),
    ("zh-Hans", "问答与经验"): _lines("""
        请问在新加坡地铁上丢了手机，应该去哪里找？是每个站都有失物处，还是要去总部？
        在马来西亚丢了护照，要先去警察局报案，再拿着报案单去中国大使馆申请旅行证。
        在新加坡捡到钱包交给警察局，如果一直没人认领，拾得人可以申请领回吗？
        经验分享：在香港搭的士掉了手机，记住收据上的车牌号，打电召台或者去警署报失，一般两三天就能找回。
        台湾捡到东西交给派出所，会拿到一张拾得物收据，六个月后没人认领就会通知拾得人领取。
        樟宜机场失物招领处在哪里？T1 到 T4 都有服务柜台，也可以在机场官网填写遗失物品表格。
        提醒大家：在商场捡到身份证，不要拍照发到群里，直接交给客服或者投进邮筒。
        新加坡的 EZ-Link 卡如果没有注册，丢了基本找不回来，余额也没办法退。
        问一下，港铁失物招领处可以代领吗？代领人需要带什么证明？
        失物处登记流程：拾获人填写《拾获物品登记表》，工作人员编号入库，贵重物品单独封袋并由两人签字。
        数据：2025 年台北捷运遗失物中，手机、钥匙、雨伞占前三名，整体认领率约为六成。
        吉隆坡轻快铁站捡到的东西一般会统一送到 KL Sentral 的 Prasarana 客服中心。
        给孩子的书包挂一个只写“请联系学校”的名牌，比写家长手机号码更安全。
    """),
    ("ms", "notis dan prosedur"): _lines("""
        Notis: Barang tercicir yang tidak dituntut dalam tempoh 30 hari akan dilupuskan mengikut prosedur syarikat.
        Dijumpai: sebuah beg tangan berwarna coklat di Tingkat 2 berhampiran surau. Sila tuntut di Kaunter Khidmat Pelanggan dengan membawa dokumen pengenalan diri.
        Kehilangan MyKad: pemohon perlu hadir ke pejabat JPN berhampiran, membawa dokumen sokongan jika ada, dan membayar fi penggantian.
        Penumpang yang tertinggal barang di dalam tren MRT boleh menghubungi Pusat Khidmat Pelanggan Rapid KL di talian 03-7885 2585.
        Barang dijumpai: dompet hitam, telefon bimbit Samsung (skrin retak), kunci kereta Proton. Lokasi: Stesen LRT Masjid Jamek. No. rujukan: RKL/BH/2611/0457.
        Soalan: kalau jumpa kad Touch 'n Go tepi jalan, patut serah ke mana? Balai polis atau stesen LRT?
        Borang Tuntutan Barang Hilang | Nama: ____________ | No. K/P: ______-__-____ | No. Telefon: ____________ | Tandatangan: ________
        Statistik: sebanyak 1,284 barang tercicir direkodkan di KLIA pada suku ketiga 2026, kebanyakannya power bank dan botol air.
        Dijumpai di Stesen MRT Tun Razak Exchange (TRX): sebuah payung lipat biru dan sebuah beg kertas berisi buku.
        Peringatan: jangan muat naik gambar kad pengenalan yang dijumpai ke media sosial; serahkan terus kepada pihak polis.
        Kad bank yang dijumpai akan dipotong dua di hadapan saksi dan dipulangkan kepada bank berkenaan.
        Tempoh simpanan: barang berharga 90 hari, dokumen 30 hari, makanan dan minuman dibuang pada hari yang sama.
        Kisah Bawang Putih Bawang Merah bermula apabila kain ibu tiri hanyut di sungai dan Bawang Putih terpaksa mencarinya.
        Barang yang tertinggal di Perpustakaan Sultan Abdul Samad akan disimpan di kaunter pinjaman selama seminggu sebelum diserahkan kepada pengawal keselamatan.
    """),
    ("mixed", "group chat"): _lines("""
        anyone lost a pink water bottle at Block 5 lift lobby? 放在保安亭了 ok
        guys 我刚在 Bugis Junction 的 toilet 捡到一个 Casio watch, passed to customer service already, if your friend lost pls go there
        Eh semalam ada orang tertinggal umbrella kat pantry level 12, I letak kat reception ya
        有冇人喺 Festival Walk 溜冰場跌咗 AirPods？已經交咗去 concierge
        our condo mgmt says found items kept at guardhouse 2 weeks only, after that donate. 大家注意哦
        lost my EZ-Link at Jurong East interchange, got chance to find back or not? unregistered one 😭
        Just checked the SMRT lost & found page, they list by date and station, very useful lah
        拎返部 iPad 要 unlock 俾職員睇，冇 receipt 都 ok 㗎
        Sesiapa ada tertinggal kunci motor dengan keychain Doraemon kat parking B2? Ada kat guard house.
        聽講去台北捷運遺失物中心要先上網查詢，係咪真㗎？有冇人試過
        PSA: if you find someone's IC don't post photo in the group, just pass to management or drop in post box ok
        刚在 LRT 上看到一架贴着 "Property of Gleneagles Hospital" 的 wheelchair，已经跟站务员讲了
        lost & found form got QR code one, scan then fill item, date, location, very fast
    """),
    ("en", "system log and config"): _lines("""
        2026-12-03T19:42:11+08:00 INFO lpo.intake item_id=LP26-0119382 category=wallet location=JEWEL-B2 status=RECEIVED bag_seal=TB-774120
        {"item_id": "HKLP-2026-48112", "category": "mobile_phone", "brand": "Apple", "model": "A2846", "found_at": "TKO-Line/Po Lam", "owner": null, "status": "unclaimed"}
        CREATE TABLE found_items (item_id TEXT PRIMARY KEY, category TEXT, found_at TIMESTAMP, station_code CHAR(3), claimant_id_hash CHAR(64), status TEXT);
        retention_days: {valuables: 90, documents: 30, perishables: 0}  # per LPO policy v3.2
        2026-12-04 10:15:02 WARN claim.verify ticket=CLM-2611-00872 reason=description_mismatch attempts=2
        Item forwarded to the central lost property office by courier, tracking no. SF1598072634125.
        claimant_id_hash=3b7e1f0c9a52d4e8b61f07a9c3d2e5f4a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4 verified=true
        Batch export: 412 rows, 37 claimed, 375 pending; generated 2026-12-01 02:00 SGT by job lpo-nightly v1.8.4
        Found water bottle, barcode 9556010331470, brand label torn, held at Level 2 counter, shelf C-14.
        Reference format: LF-[0-9]{2}-[A-Z]{3}-[0-9]{5}, for example LF-26-CGI-00417
        Disposal list 2026-11: item IDs LP26-0098812 to LP26-0099207 scheduled for donation to The Salvation Army Family Thrift Store.
        Power bank found: Xiaomi PB2030MI, serial 26119/00041873, 20000mAh, held at T4 Arrival Hall, bin 3.
    """),
    ("en", "culture and public figures"): _lines("""
        Cinderella is perhaps the best-known lost-and-found story: a prince searches the whole kingdom for the owner of a lost glass slipper.
        In Dream of the Red Chamber, Jia Baoyu loses his jade, and the whole Jia household turns every room upside down looking for it.
        Paddington Bear is found at London's Paddington Station wearing a label that reads 'Please look after this bear. Thank you.'
        Sun Yat-sen Memorial Hall Station and Chiang Kai-shek Memorial Hall Station on the Taipei Metro both have their own lost property counters.
        Items found at the Lee Kong Chian Natural History Museum are kept at the admissions counter for two weeks.
        The Dr Sun Yat-sen Museum in Central reminds visitors that items left in the exhibition halls are handed to the Leisure and Cultural Services Department.
    """),
    ("zh-Hant", "典故與文化"): _lines("""
        《紅樓夢》第九十四回寫寶玉失玉，賈府上下翻箱倒櫃，連當舖都派人去問。
        成語「拾金不昧」形容撿到財物不據為己有，常用於表揚把失物交回的市民。
        《唐律疏議》已有「得闌遺物」的條文，拾得遺失物滿五日不送官者須受罰。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lost & Found log #4471: brown wallet found by cleaner Aunty Rosnah at Level 3 toilet; contains NRIC S4925718Z (TAN WEI MING), POSB card and $42 cash. Owner informed by phone at 9137 4820.
        Hi, I'm Priya d/o Ramasamy, I lost my black Coach wallet at Tampines Mall level 2 on Sunday around 4pm, my NRIC T0356218I is inside, please call me at 8264 1937.
        CLAIMANT: MUHAMMAD HAFIZ BIN ROSLAN | ID: 880412-10-5673 | TEL: 012-718 3346 | ITEM: Samsung A55, blue case | FOUND AT: KL Sentral Level 1 | COLLECTED 04/12/2026 3.15pm
        Dear Ms Lim Shu Fen, your iPad left on bus service 67 on 1 Dec has been found and is ready for collection at Tampines Interchange. Please bring your NRIC.
        Found HKID card, name CHAN Ka Yan, no. P218676(8), at Mong Kok East station exit B; handed over to Mong Kok Police Station.
        Incident 12/03: elderly man Mr Ong Boon Huat (about 78, has dementia according to his daughter) left his walking stick and wallet at the Level 1 toilet; daughter Ong Li Ping collected them at 5.20pm, contact 9651 2703.
        If found please return to: Sarah Fernandes, Blk 415 Bedok North Ave 2, #08-117, Singapore 460415 | +65 9822 4063
        From: jeremy.koh88@gmail.com | Subject: jacket left at gate D42 | Hi Changi Lost & Found, I left a grey Uniqlo jacket at Gate D42 before flight SQ 638 yesterday, the name on my booking is KOH JEREMY MR.
        Found: Mastercard 5521 5768 9513 9440, exp 08/29, name on card LEONG MEI XIN, at Suntec City Tower 3 lobby. Card has been cut and returned to the issuing bank.
        Found property report: finder Mr Karthik Raja (FIN G9453524M), construction worker, handed in S$1,200 cash found at Boon Lay bus interchange; told he may claim it if unclaimed after the holding period.
        Carpark B2 note: black Honda Vezel SJN 3318 Y belonging to Mr Yeo (unit #12-04) has headlights on and a wallet on the dashboard; guard could not reach the owner.
        Taxi lost item follow-up: passenger Angela Wong left her Kindle in the cab after a ride from Orchard to Bishan, reply to angelawong.sg@hotmail.com when the driver drops it at the depot.
        Announcement: will the parents of Ethan Lau, 5 years old, wearing a yellow T-shirt and blue shorts, please come to the Customer Service Counter at Level 1. Thank you.
        PIR filed at HKG: passenger WONG/CHI KEUNG MR, bag tag CX 438211, delivery address Flat 12B, Block 3, Kornhill, Quarry Bay, tel 9643 1728.
    """),
    "zh-Hans": _lines("""
        失物登记：拾获中国居民身份证一张，姓名刘子涵，号码440305199108232155，地点樟宜机场T3到达厅，已转交机场警署。
        你好，我是陈思远，昨天在吉隆坡双子塔商场附近把护照落在出租车上了，护照号E61820437，手机+86 139 2614 7783，麻烦帮忙留意一下。
        认领记录：2026-12-02 14:30，认领人王雅婷，证件为往来港澳通行证 C68291047，领回粉色行李箱一个，经手人：客服部。
        谁在新加坡 VivoCity 捡到一个蓝色钱包？是我表妹张欣怡的，里面有她的南洋理工学生证和一张银行卡6225883531730229，拜托大家了
        工作日志：今天保安老周在停车场B3捡到一部华为手机，失主黄建国（上海来的游客）打电话过来，电话 138 1652 0947，约好明早十点来拿。
        报失：本人林晓雯，身份证号310115198702140462，于11月30日在台北101附近遗失黑色双肩包一个，内有笔记本电脑一台。
        前台交接：1208 房客人赵敏女士退房时把一条金项链落在保险箱里，已联系上，她的微信号 zhaomin_0627，说下周让朋友来取。
        捡到一张学生卡：新加坡华侨中学，中三学生何嘉欣，已经交给学校门卫室了。
        感谢新加坡地铁的工作人员帮我找回装着我妈妈心脏病药的包！我妈妈周桂兰今年72岁，那天在宏茂桥站把包忘在椅子上了。
        失物寄回：收件人孙浩然，福建省厦门市思明区莲前西路218号6栋1503室，电话186 5921 3307，运费到付。
    """),
    "zh-Hant": _lines("""
        失主姓名：李志強｜香港身份證：C900353(1)｜電話：9623 5841｜物品：黑色銀包（內有八達通及信用卡）｜認領日期：2026年12月3日
        各位街坊，我阿媽梁秀芳今朝喺黃大仙中心跌咗個紅色銀包，入面有佢嘅長者咭同伊利沙伯醫院覆診卡，有見到請 WhatsApp 我 6187 2290 🙏
        拾得物受理紀錄：民眾於中山站拾獲國民身分證一枚，持有人張雅琪，統一編號F209506225，已通知本人至中山分局領回。
        我在高鐵台中站撿到一個皮夾，裡面有健保卡，名字是林怡君，民國84年次，有人認識她嗎？我的 LINE ID: kevin.tsai0918
        報案紀錄：民眾黃美玲（A299850168）於11/29在臺北車站遺失 iPhone 15，聯絡電話0937-512-864，已協尋中。
        多謝港鐵職員！我個仔何樂軒（讀聖保羅書院小學四年級）前日喺東鐵線上面唔見咗書包，今日搵返喇
        乘客遺失物通報：乘客陳冠廷先生遺留公事包於車上，回報手機 0921-337-045，請司機送回營業所。
        拾獲信用卡一張，卡號 4543 1394 7496 4758，持卡人 NG SIU MAN，已剪卡並交回發卡銀行。
        病房拾遺：病人鄧志偉（B12 床，糖尿病入院）之假牙一副遺留於洗手間，已由當值護士交回。
        如拾獲此鑰匙，請寄回：新北市板橋區文化路一段123巷8號5樓 蔡淑惠 收，感謝！
        失物：港澳居民來往內地通行證一本，姓名 HO KWOK WAI 何國偉，號碼 H09457231，於羅湖站拾獲，已交出入境管制站。
        學生證遺失：臺大化學系三年級許博翔，學號 B11203045，如有拾獲請送至化學系辦公室，感謝。
    """),
    "ms": _lines("""
        Salam, saya Nurul Aisyah binti Kamarudin, tertinggal beg galas hitam dalam KTM Komuter dari Klang ke KL Sentral semalam jam 6 petang. Dalam beg ada laptop dan MyKad saya (950728-14-6204). Boleh hubungi saya 019-447 2815.
        Laporan barang dijumpai: dompet coklat milik En. Mohd Faizal bin Ismail, mengandungi kad Maybank dan lesen memandu, diserahkan oleh pengawal Encik Gopal a/l Muniandy pada 02/12/2026.
        Kad pengenalan dijumpai di Stesen LRT Ampang: LOW CHEE KEONG, 760303-01-5127, alamat pada kad No. 23, Jalan Mawar 4, Taman Sri Skudai, 81300 Skudai, Johor.
        Tuan, anak saya Siti Hajar binti Azman (Tingkatan 2, SMK Seksyen 9 Shah Alam) tercicir beg sekolah dalam bas Smart Selangor laluan SA02. Nombor telefon saya 013-692 0418.
        Pemulangan barang: kad debit 5405 1262 4840 6954 atas nama SHARIFAH NOR ATIQAH telah dihantar semula ke cawangan bank di Bangsar.
        Log pengawal 3/12 11.40 malam: penghuni unit B-12-07 Puan Kavitha a/p Raman menuntut kunci kereta Perodua Myvi VDK 4728 yang dijumpai di lobi.
        Penumpang Encik Tan Ah Kow, 68 tahun, pesakit strok, tertinggal kerusi roda di Terminal Bersepadu Selatan; anaknya akan datang ambil esok pagi.
        Pasport Malaysia A41928375 atas nama ARIFF DANIAL BIN HASHIM dijumpai di kaunter check-in KLIA2 dan diserahkan kepada Imigresen.
    """),
    "mixed": _lines("""
        lost & found bro, my cousin Marcus Tan left his Herschel bag on the 5.20pm ferry 去 Batam, passport inside leh, can help ask the ferry counter? his hp 9174 3306
        eh 我同事 Siti Aminah lost her phone at Sunway Pyramid ice rink, pink casing, pls PM me 012-583 9427 ok tq
        我老公陳志明 today 喺機場 T1 留低咗個 Rimowa, 有冇人知 Baggage Services 幾點開？you can call him direct 5128 6630
        Hi admin, 我係 Jessica Lau 住 Tower 3 18A, yesterday left my Dyson hair dryer at clubhouse gym changing room, can check CCTV? Thanks!
        請問有人在西門町撿到一個 Nike 包嗎？是我弟 Alex 林子翔的，裡面有他的建國中學學生證，拜託 DM IG @alexlin_0926
        Boss, found one IC at Lot 10 toilet: NUR FARHANA BINTI ZAKARIA 021115-07-0388, I keep in drawer first, later pass to police ok
        Hi all, my helper Maricel Dela Cruz (FIN F9162739Q) dropped her work permit card near Lucky Plaza this morning, if found pls call me 8726 1049 🙏
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of the Changi Airport Lost & Found service. Collect the details needed to file a lost item report.",
        ),
        (
            "user",
            "Hi, I think I left my laptop bag at the security screening at T2 this morning, before flight SQ 322 to London.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you describe the bag and give me your full name and a contact number so our team can reach you?",
        ),
        (
            "user",
            "It's a navy Tumi backpack with a MacBook inside. Name is Benjamin Chua Wen Kai, mobile +65 9785 2164, but I'm in London now so email is better: ben.chua.wk@outlook.com",
        ),
        (
            "assistant",
            "Thank you, Mr Chua. Your report has been filed under reference LF-26-CGI-00931 and we will email you once the bag is located.",
        ),
    ],
    [
        ("user", "你好，我想查詢失物。我前日喺觀塘線油麻地站月台唔見咗個手袋。"),
        ("assistant", "你好！請描述一下手袋的款式、顏色同埋入面有咩物品，另外請提供聯絡方法。"),
        (
            "user",
            "係啡色 Longchamp 手袋，入面有我張身份證 Z139159(4)、一部 iPhone 同埋鎖匙。我叫黃詠詩，電話 9316 4728。",
        ),
        (
            "assistant",
            "收到，黃小姐。我已經記錄咗你嘅資料，如果失物認領處有相符物品，職員會致電通知你。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tanya pasal barang tertinggal dalam tren MRT Laluan Kajang semalam.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh encik/puan terangkan barang tersebut dan berikan butiran untuk dihubungi?",
        ),
        (
            "user",
            "Dompet kulit warna hitam, ada MyKad, kad ATM dan duit lebih kurang RM300. Nama saya Ahmad Zulkifli bin Che Mat, no IC 880412-03-5517, telefon 011-2387 6154.",
        ),
        (
            "assistant",
            "Terima kasih Encik Ahmad Zulkifli. Laporan telah direkodkan dan pihak kami akan menghubungi encik sekiranya dompet dijumpai.",
        ),
        ("user", "Kalau dah jumpa, boleh adik saya tolong ambilkan? Dia kerja dekat KL Sentral."),
    ],
    [
        ("user", "我是大陆游客，在台北捷运上把护照弄丢了，现在很着急，怎么办？"),
        (
            "assistant",
            "别着急。建议你先到台北车站遗失物中心查询，同时到附近派出所报案，拿到报案证明后可以联系相关机构办理旅行证件。方便留一下你的信息吗？我可以帮你整理报失内容。",
        ),
        (
            "user",
            "好的，我叫吴嘉怡，护照号EB7265031，身份证号350203199506113282，微信 wujiayi_xm，住在西门町的一家民宿，明天下午的飞机回厦门。",
        ),
        (
            "assistant",
            "已经帮你整理好了报失内容：姓名吴嘉怡，证件为护照，遗失地点为台北捷运车厢。请带着这份内容去派出所报案。",
        ),
    ],
    [
        ("system", "You help mall staff write lost-and-found announcements."),
        (
            "user",
            "Can you write a short notice? Cleaner found a wallet at Level 4 of Causeway Point. Inside there is an NRIC S8734126G belonging to Nadia binte Rahmat and a bank card.",
        ),
        (
            "assistant",
            "Notice: A wallet was found at Level 4 of Causeway Point. The owner may claim it at the Customer Service Counter with proof of identity. For privacy, please do not print the owner's name or NRIC number on a public notice.",
        ),
        (
            "user",
            "ok noted, I'll just call her instead, the card also has her number 8193 2650 on a sticker",
        ),
    ],
    [
        (
            "user",
            "bro help me write fb post, I found a wallet at Bedok Interchange hawker, the IC inside is LIM KAH HOE S7621094B, want to find the owner",
        ),
        (
            "assistant",
            "Better not to post his IC number online. You could just say you found a wallet at Bedok Interchange Hawker Centre on Thursday evening and ask the owner to PM you with a description, or hand it to the nearest police post.",
        ),
        (
            "user",
            "ok but I saw his address on the IC also, Blk 627 Bedok Reservoir Road, maybe I just go his house directly? walking distance only",
        ),
    ],
    [
        ("user", "您好，我昨天晚上在台鐵區間車上遺失一個錢包，是從桃園到中壢那段。"),
        (
            "assistant",
            "您好，請提供錢包的外觀、內容物，以及您的姓名和聯絡電話，我們會協助向車站查詢。",
        ),
        (
            "user",
            "深藍色長夾，裡面有身分證跟健保卡。我叫鄭宇翔，身分證字號 D105997762，手機 0958-231-604。",
        ),
        ("assistant", "鄭先生您好，已為您登記，若車站尋獲相符物品，將以電話通知您前往中壢站領取。"),
    ],
    [
        (
            "user",
            "I'm a Grab driver. A passenger left her phone in my car just now, how do I return it?",
        ),
        (
            "assistant",
            "Please use the Driver app: open the trip in your history and choose 'Report a found item'. Grab will connect you with the passenger without sharing phone numbers.",
        ),
        (
            "user",
            "The trip was from Raffles Hospital to Punggol, passenger name shows as Chloe Ng. Her phone lock screen keeps showing calls from 'Mum 9426 8013'.",
        ),
        (
            "assistant",
            "Please don't call numbers from the lock screen. Report it through the app or drop the phone at the Grab Driver Centre so it can be returned safely.",
        ),
    ],
    [
        ("user", "老师您好，我是三年级学生家长。我儿子今天在学校丢了一个水壶和一件校服外套。"),
        (
            "assistant",
            "您好！请告诉我孩子的姓名和班级，以及物品的特征，我帮您转给学校的失物招领处。",
        ),
        (
            "user",
            "孩子叫郑子豪，在新加坡南华小学三年级四班。外套上绣着他的名字，水壶是绿色的恐龙图案。如果找到了请打我电话 9062 7385，谢谢！",
        ),
    ],
    [
        ("system", "You are an HR helpdesk assistant for a Kuala Lumpur office."),
        (
            "user",
            "Hi, one of our staff, Rachel Goh Pei Ling from Finance, left a small pouch in meeting room 7B. It has her insulin pen inside, she's diabetic and needs it by lunchtime.",
        ),
        (
            "assistant",
            "Thanks for flagging this. I've alerted the facilities team to check meeting room 7B and take the pouch to reception right away.",
        ),
        ("user", "Great, please tell reception to call her on 016-508 3927 once it's there."),
    ],
]
