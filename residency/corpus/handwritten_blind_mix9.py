"""Blind check set mix9: code-switched Singlish, Manglish and Chinese-English chats and Carousell/Mudah listings (rentals, tuition, used cars, sales, pets, reno, part-time jobs). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix9
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop-listing"): _lines("""
        Ah Huat Motor Pte Ltd: 2019 Honda Vezel 1.5 hybrid, 48k km, COE till 2029, $78,800 nego. Showroom hotline 6284 3390, open daily 9am-7pm.
        Brand new Dyson V12 Detect Slim, sealed box, local set with 2 yr warranty. Collect at our shop in Sim Lim Square #04-33, call store line 6336 1209.
        Kedai Perabot Sinar Jaya clearance sale! 3-seater fabric sofa RM899, delivery within Klang Valley free. Hotline 03-8737 2281.
        Sunrise Tuition Centre now taking Sec 3 E-Math and A-Math, max 8 per class, MOE-trained tutors. Enquiries 6452 8810 or WhatsApp the centre at 8028 4410.
        Paws & Whiskers Adoption Drive this Sunday at Pasir Ris Park carpark C, 11am to 4pm, all dogs sterilised and microchipped.
        Renovation package 4-room BTO from $28k, includes hacking, vinyl flooring and carpentry. HDB-licensed contractor, CaseTrust accredited. Call Reno Kaki Pte Ltd 6749 0023.
        Part-time retail assistant wanted at Uniqlo Jurong Point, $11/hr, weekends only. Apply via uniqlo careers portal, no walk-in please.
        iPhone 15 Pro 256GB natural titanium, battery health 96%, full box, $1,180. Sold by MobileKaki (Bugis Junction L2), 3 month shop warranty.
        Ikea HEMNES daybed frame, white, bought 2023, minor scratches at the side. $150, self collect only, no delivery.
        Condo common room available Jan 2027 at The Tapestry, Tampines, $1,100 incl utilities, no cooking, agent CEA reg no shown in listing.
        Yamaha P-45 digital piano, 88 weighted keys, comes with stand and sustain pedal, $380 firm. Listing by Harmony Music Store, Ang Mo Kio.
        Used Proton Saga 1.3 auto 2018, mileage 72,000 km, full service record at Proton service centre, RM23,800. Dealer: Kereta Murah Auto, Seri Kembangan.
        Grade 8 piano teacher wanted by Melody Academy (Punggol branch), $35-45/hr depending on experience. Send CV to hr@melodyacademy.com.sg
        Bosch Serie 4 washer 8kg front load, 1400 rpm, energy tick 4, display unit at our Tampines outlet, $699 while stocks last.
        Aircon servicing promo: $25 per unit for 3 units and above, chemical wash $80. CoolBreeze Aircon hotline 6100 7722, operating Mon-Sat.
        The Carousell team reminds buyers to use CarouPay or meet in public places like MRT stations for high-value items.
        Mudah.my tip: listings marked Verified Seller means the company submitted SSM registration, not that the item is guaranteed.
        Toyota Corolla Altis 1.6 2016 for export, $15,500, COE expiring 2026. Sold by Goldbell Used Cars, Ubi showroom.
        Shih tzu puppies for adoption from Hope Dog Rescue, vaccinated and dewormed, adoption fee $250 goes to shelter upkeep.
        Looking for kitchen helper at Ya Kun Kaya Toast outlet, $1,900/month, 5-day week, apply in store with resume.
    """),
    ("mixed", "market-talk"): _lines("""
        COE Cat A close at $98k this round sia, who still can afford car in Singapore one.
        Wah rental in Bedok now common room also $900 already, last time $650 can get with aircon.
        Bro Myvi 2017 resale value still very steady leh, RM28k to RM32k depending on mileage.
        HDB resale price index up 1.8% for Q3, 5-room in Punggol break one million already, crazy.
        Tuition rates 2026: part-time tutor primary $30-40/hr, full-time $45-60, ex-MOE $70-100. Source: tutor agency survey.
        Carousell now got so many scam listings for Labubu, confirm fake if the price below $50.
        Mudah used car prices drop after the new RON95 subsidy announcement, many sellers panic sell.
        Rent in KL Sentral studio around RM2,200 now, Cheras same size only RM1,300 lah.
        Renovation cost for kitchen alone easily 15k to 20k if you change the cabinet and hacking the wall.
        Lazada 12.12 sale got the Xiaomi robot vacuum S10 for RM699, cheaper than Shopee by 40 bucks.
        Petrol RON97 now RM3.47 per litre, RON95 subsidised still RM2.05 for Malaysians with MyKad.
        Bukit Timah landed property ask price $28 million, GCB market still hot with foreign money.
        Part time grab food rider earn how much ah? Heard weekend peak hours can hit $25 per hour including incentives.
        Toyota Alphard 2018 in Malaysia recond still RM200k plus, Singapore must pay COE again, don't say.
        Second hand Nintendo Switch OLED going for $320 to $350 on Carousell, new one $449 at Challenger.
        Pasar malam Taman Connaught Wednesday night, char kuey teow RM8 now, last time RM5 only.
        The new Johor-Singapore RTS Link open end of 2026, property agents already hyping Bukit Chagar condos.
        Cat adoption fee $150-$300 at most Singapore shelters lah, cover sterilisation and vaccination.
        Brand new BTO 4-room Tengah price from $395k before grants, resale same size at $580k.
        Selling on Carousell now must pay 'Bump' to get views, otherwise your listing tenggelam in two days.
    """),
    ("zh", "listing"): _lines("""
        全新 Dyson 吹风机 HD15，新加坡行货两年保修，门市价 $699，我们店促销 $599，欢迎来电 6223 8845 询问。
        Tampines 组屋主人房出租，月租 $1,200 含水电网络，只限女生，不可煮饭，请通过中介联系。
        二手 Honda City 2017 年，里程 60,000 公里，车况良好，车行价 RM42,000，欢迎试驾。
        华文补习中心招收小六学生，每班最多 6 人，备战 PSLE 高级华文，报名热线 6789 1024。
        宠物领养日本周六在义顺举行，所有猫狗已绝育并打疫苗，领养费用 $200。
        装修配套三房式组屋 $25,000 起，包括拆墙、铺地板、厨房橱柜，本公司持有 HDB 执照。
        兼职招聘：咖啡店收银员，时薪 $10，周末班，有意者请到店面应征。
        二手 iPad Air 5 64GB，电池健康 91%，原价 $899，现卖 $520，可在 Jurong East 地铁站面交。
        新加坡拥车证 C 类这次开到 $72,000，商用车也越来越贵了。
        吉隆坡公寓租金今年平均涨了 5%，Mont Kiara 三房单位约 RM4,500 一个月。
        林俊杰演唱会门票转卖要小心，官方只认 Ticketmaster 的电子票。
        卖二手家具记得拍清楚尺寸，买家最常问的就是长宽高和有没有刮痕。
    """),
    ("ms", "iklan"): _lines("""
        Bilik untuk disewa di Shah Alam Seksyen 13, RM550 sebulan termasuk api air, dekat dengan UiTM, ejen berdaftar sahaja.
        Dijual kereta terpakai Perodua Axia 2019, 55,000 km, servis penuh di Perodua, RM24,500. Hubungi bilik pameran Auto Jaya 03-5510 7788.
        Pusat Tuisyen Cemerlang buka pendaftaran SPM 2027, subjek Matematik Tambahan dan Fizik, yuran RM120 sebulan.
        Kucing Parsi untuk diadopsi dari Persatuan Haiwan Selangor, sudah divaksin, yuran pengambilan RM100.
        Kerja sambilan di Mydin Subang Jaya, gaji RM9 sejam, syif malam, minta datang dengan resume.
        Harga sewa rumah teres di Bangi naik kira-kira RM200 berbanding tahun lepas menurut laporan iProperty.
        Pakej ubah suai dapur rumah teres bermula RM12,000, termasuk kabinet dan jubin, kontraktor berdaftar CIDB.
        Jual Samsung Galaxy A55 terpakai, 8GB/256GB, bateri masih kuat, RM950 boleh runding, COD di LRT Kelana Jaya.
        Tips jual di Mudah: jangan hantar gambar MyKad kepada pembeli, penipu guna untuk buka akaun.
        Harga minyak RON95 kekal RM2.05 seliter untuk warganegara Malaysia, kata kenyataan Kementerian Kewangan.
        Anwar Ibrahim umum bantuan STR fasa ketiga akan dibayar sebelum Hari Raya, jumlah RM500 bagi isi rumah layak.
        Lee Chong Wei buka akademi badminton di Bukit Jalil, yuran kelas kanak-kanak RM300 sebulan menurut laporan akhbar.
    """),
    ("en", "public-figure"): _lines("""
        PM Lawrence Wong said at the NDR that more BTO flats will be launched in Mount Pleasant and Bayshore next year.
        JJ Lin concert at the National Stadium sold out in 2 hours, resale tickets on Carousell already $800 each.
        Nicol David posted on Instagram about her new squash clinic for juniors, fees not stated yet.
        Anwar's budget speech promised more EV charging stations along the North-South Highway by 2027.
        Jack Neo's new CNY movie got a scene at Sim Lim Square, very accurate lah the sales uncle style.
        Lee Kuan Yew's house at 38 Oxley Road still the subject of debate, parliament discussed it again.
        Tony Fernandes posted that AirAsia will add more flights from Senai to Bangkok.
        Minister Chee Hong Tat said COE supply for Cat A and B will increase slightly in the next quarter.
        Siti Nurhaliza performing at Axiata Arena this December, tickets from RM188.
        Ho Ching's post about the Temasek portfolio returns went viral again on Facebook.
    """),
    ("en", "codes-specs"): _lines("""
        Shopee order 241211QWER7TY shipped via J&T Express, tracking JT0004839217, estimated delivery 3-5 working days.
        Carousell listing #1298473321 marked as sold, thanks everyone for the offers.
        Dashcam firmware v2.3.1 sha256 9f2c4e1ab37d08c5e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a, flash via microSD.
        Honda Jazz GK5 uses the L15B engine, 1,496 cc, 130 PS, CVT gearbox, fuel tank 40 litres.
        Daikin iSmile Eco 3-ticks model FTKM25VVMG, 9000 BTU, R32 refrigerant, 5-year compressor warranty.
        Model number on the fridge sticker: Panasonic NR-BX421XGKS, made in Thailand, 2024 batch.
        Invoice no. INV-2026-004512 dated 14/11/2026, amount due $2,340.00 for carpentry works.
        Promo code CNY2027 gives 12% off all listings above $100, valid till 31 Jan.
        Booking ref for the viewing slot: VW-7731-KL, please show this at the showflat reception.
        PSLE AL scoring: AL1 is 90 and above, AL8 is below 20, total score 4 to 32, lower is better.
        Ticket #SR-448120 closed: the Mudah support team confirmed the ad was removed for duplicate posting.
        Toyota Wish ZGE20 tyre size 205/55 R16, pressure 230 kPa front and back.
    """),
    ("mixed", "advice"): _lines("""
        Tenancy agreement template: Tenant NRIC S1234567D (sample only, replace with actual), monthly rent $XXXX, deposit one month.
        Scam alert: if the landlord ask you transfer deposit before viewing, confirm kena scam one. Always check CEA register.
        Singapore mobile numbers start with 8 or 9, like 9XXX XXXX, landlines start with 6, don't anyhow give out yours.
        MyKad number format is YYMMDD-PB-###G, e.g. 000101-14-XXXX in our demo form, never type your real one in a public listing.
        When buying used car check the log card and the PARF rebate, don't just believe the seller say 'one owner'.
        For pet adoption, shelters usually do a home visit first to check the windows got grilles for cats.
        Hire tutor must ask for their MOE registration or past result slips, but blur out the students' names.
        Before renovate, get BCA permit for hacking walls in HDB, otherwise kena fine up to $5,000.
        Part-time job ads on Telegram that promise $300 a day for 'liking videos' are job scams, police warned many times already.
        For Carousell deals, meet at MRT control station got CCTV, safer than go to stranger's house.
        If sell car in Malaysia must do JPJ ownership transfer at Puspakom first, bring both original ICs during transfer.
        Landlord can only keep deposit for actual damage, normal wear and tear cannot deduct one, check your TA clause 5.
        Use dummy data like 'Tan Ah Kow, 9000 0000' in your rental form screenshot, don't show real tenant details.
        Kalau nak sewa bilik, minta resit setiap bulan, senang nak claim kalau ada masalah nanti.
    """),
    ("en", "fiction"): _lines("""
        Phua Chu Kang always say 'use your brain!' but his renovation also always got problem one, haha.
        In Ah Boys to Men, Ken Chow try to run away from NS by faking injury, classic scene.
        Upin and Ipin's Opah selling kuih at the pasar in that episode, so nostalgic.
        Lat's Kampung Boy describe life in a Perak village, the rubber tapping part very real.
        Mr Bean wannabe in the Carousell meme tried to sell a used toothbrush for $5, lol.
        In the drama 'The Little Nyonya', Yueniang sew beaded slippers to survive, very touching.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Room for rent, owner staying. Blk 412 Hougang Ave 10 #08-1243, $750 common room, text me Aunty Lim 9127 4483 after 7pm.
        Selling my late father's Toyota Camry, plate SKV 4829 D, under his name Tan Boon Huat, need to settle estate, call 8812 6650.
        Tenant details for TA: Rajesh s/o Muniandy, NRIC S8823741B, move in 1 Jan, deposit $1,800 paid by PayNow.
        Tuition update: Chloe Ng (P6, Nanyang Pri) prelim math jumped from 58 to 81, her mum so happy she cried.
        Eh Marcus Teo still owe me $3,200 from the car loan, his phone 9473 2018, anyone see him tell him pay up.
        Can't do viewing this week sorry, my mother Mdm Goh Siew Lan just discharged from CGH after a stroke.
        Collect at my house: corner terrace along Jalan Kembangan, number twenty-three, the one with the green gate.
        Pet adopter: Farah binti Ismail, 012-776 3048, landed house in Taman Melawati, already has two cats.
        My IC is eight eight zero five two three, one four, five seven three one, can you fill in the form for me.
        Renovation contractor please come my unit #14-372, Blk 221A Sumang Walk, Punggol, to measure, my number 9035 1187.
        My tutee Aaron Lee (Sec 4, Bedok Green) failed A-Math again, 38 marks, his dad say will stop tuition.
        Transfer the deposit to my POSB savings 198-47312-6, name Wong Mei Ling, then I hold the room for you.
        Buyer's details for delivery: Nur Aisyah, 10 Jalan SS2/55, Petaling Jaya, phone 016-552 8931.
        The white Vezel SJK 7013 R keep blocking my lot, owner is Mr Kwok from #05-112 in my block, so inconsiderate.
        Part-time maid wanted, Mrs Chen, 27 Lorong Chuan #03-05, call 9186 2204, my husband just had heart surgery so need help.
        Seller very honest, Ahmad Faizal bin Rosli, his IC 950817-10-6285 and plate WVB 8812 matched the grant.
        Jason's tenant Priya Nair lost her job and owe two months rent, now he want to chase her out.
        My email jiahui.sim92@gmail.com, send me the TA draft before Friday, my old unit at Clementi Ave 3 ok to reference.
    """),
    "mixed": _lines("""
        Wah my neighbour Uncle Seah at #09-88 kena dementia already, always forget lock door, his son 9725 4410 never pick up.
        Bro I selling my Myvi, plate JQK 6621, under my name Kelvin Lau, call 017-882 3915 after 6 can.
        Landlord ah Mr Ong Chee Keat, 12B Jalan Ampang Hilir, say must pay RM2k deposit in cash one, weird or not?
        Tuition student Ethan Sim from Raffles Pri, PSLE math AL7 only, his mum Jess Sim blame me sia.
        Eh Siti bought my sofa but haven't pay, her number 011-2345 6781, 21 Jalan Mawar 4, Taman Sri Gombak, anyone know her?
        My sister Mei Qi got depression after divorce, now staying with me at Blk 308 Tampines St 33, pray for her.
        Jia Wei owe Ah Long 20k already, got red paint at his flat door #11-204 Yishun Ring Rd last night.
        For Lalamove pickup: sender Vincent Ho 9842 5511, 7 Jalan Bukit Bintang condo unit A-15-3, item is old TV.
        Kakak saya Nurul Huda baru kena cancer stage 2, we selling her car to pay the treatment, Perodua Bezza BMM 3308.
        Apply part-time, my details: Lim Zi Xuan, IC 020311-07-1148, HP 012-508 7762, can work weekends.
        My cat adopter Daniel Yeo 8133 6024 say he stay at Block 45 Sims Place #06-19, go check if window got grille.
        Boss pay my salary to the wrong account, supposed to be Maybank 1140 2233 5817 under Siva Kumar lah.
        Anyone know who own the red Civic SGX 5518 G? He hit my car at Blk 50 carpark, I think his name Raymond Chua.
        Aiyo my tenant Zhao Lei passport E38291745 expire already, still no renew, how to register with ICA?
    """),
    "zh": _lines("""
        房东陈太太电话 8123 4477，单位在 Toa Payoh Lor 1 Blk 128 #10-45，月租 $1,000 不含水电。
        我的学生黄子轩这次 O 水准华文拿了 A1，他妈妈请我吃饭，太开心了。
        租客王丽华身份证号 440305198807143528，护照号码我等下再发给你。
        我舅舅李国强欠了银行二十多万，现在房子要被拍卖了，地址是 Jalan Kuching 那边的 3 号。
        卖车的是张先生，车牌 WXY 2871，他电话 012-338 6072，说车是他老婆的名字。
        我婆婆周玉珍上个月确诊肾衰竭，每星期要洗肾三次，所以我们要搬去 Ang Mo Kio 住近一点。
        领养人刘佳慧住在 Bukit Batok West Ave 6 Blk 172 #07-311，她手机 9366 1908，已经有一只狗。
        转账到我的 OCBC 户口 551-219344-001，户名 Koh Siew Hoon，收到后我就把房间留给你。
        补习学生郑可欣 PSLE 数学从 AL6 进步到 AL3，她住在我家楼下，每周三晚上上课。
        我朋友阿明的信用卡 4556 2138 0192 4472 被盗刷了三千块，他现在很慌。
    """),
    "ms": _lines("""
        Sape nak beli kereta arwah ayah saya, Myvi 2017 WVB 8812, boleh call saya Aina 019-338 4720.
        Bilik sewa dekat rumah saya, No. 18, Jalan Cempaka 3, Taman Desa Jaya, Kepong, hubungi Puan Rohani 013-227 9016.
        Penyewa saya Hafiz bin Othman, IC 880523-14-5731, dah tiga bulan tak bayar sewa, saya nak buat report.
        Anak murid saya Irfan Danial dapat 5A dalam UASA tahun ni, ayah dia Encik Zulkifli belanja makan.
        Abang saya Khairul baru keluar hospital sebab denggi, jadi tak boleh datang renovate rumah minggu ni.
        Pembeli sofa: Siti Aminah, Blok C-7-12, Pangsapuri Seri Mutiara, Cheras, tel 012-998 3027.
        Tolong bank in RM300 deposit ke akaun CIMB 7063 4418 2290 atas nama Nor Azlina binti Hassan.
        Encik Ramli jiran saya ada hutang Ah Long RM15,000, semalam orang datang conteng pintu rumah dia.
        Kucing ni saya bagi kepada Puan Leela, rumah dia di 5 Lorong Kenari 2, Ipoh, nombor 016-443 0891.
        Saya cari kerja part-time, nama Amirul Hakim, umur 19, IC 070915-08-5519, tinggal di Taman Pelangi JB.
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Hi, saw your Carousell listing for the common room in Hougang. Still available?"),
        ("assistant", "Yes still available, $750 including utilities. You working or studying?"),
        ("user", "Working, I'm a nurse at SKH. Can view this Saturday?"),
        (
            "assistant",
            "Can, come 3pm. Address is Blk 418 Hougang Ave 10 #06-1217, I'm Mrs Ho, call me 9063 4482 when you reach downstairs.",
        ),
    ],
    [
        ("user", "Bro the Myvi you selling still got?"),
        ("assistant", "Got bro, RM28,500 nego sikit. Engine very clean, never flood."),
        ("user", "Can send me the grant picture? Want to check owner."),
        (
            "assistant",
            "Ok, owner is my wife Lee Pei Shan, IC 910402-10-5528, plate BNC 7145, she agree to sell already.",
        ),
    ],
    [
        ("user", "老师，请问下学期的华文补习还有位子吗？"),
        ("assistant", "还有两个位子，每月 $280，每周一堂，一个半小时。"),
        ("user", "好的，我儿子叫陈俊豪，在 Henry Park 读小五，上次考试华文只拿了 52 分。"),
        ("assistant", "明白了，我先给他做个测验，看看作文和理解哪方面比较弱。"),
    ],
    [
        ("user", "Hi nak tanya, kucing oren tu masih ada untuk adopt?"),
        ("assistant", "Masih ada. Boleh bagi detail sikit? Nama, alamat dan rumah jenis apa."),
        (
            "user",
            "Nama saya Syafiqah Azmi, tinggal di No. 42 Jalan Anggerik 7, Taman Sri Muda, Shah Alam. Rumah teres, ada grill.",
        ),
        ("assistant", "Ok terima kasih, nanti saya datang home visit hari Ahad."),
    ],
    [
        ("user", "Eh can help me write a nice message to chase my tenant for rent?"),
        ("assistant", "Sure, how many months overdue and what tone you want?"),
        (
            "user",
            "Two months already. She is Kavitha Raman, staying in my unit at 23 Jalan SS15/4D Subang, she say her mother in hospital for kidney failure so no money.",
        ),
        (
            "assistant",
            "Here's a polite but firm draft: 'Hi Kavitha, I'm sorry to hear about your mother. Could we agree on a repayment plan for the two months by the end of this month?'",
        ),
    ],
    [
        (
            "user",
            "Reno contractor ask me to send IC for the HDB permit application, is that normal?",
        ),
        (
            "assistant",
            "Yes, for HDB renovation permits the contractor usually needs the flat owner's details. Just send it through a secure channel.",
        ),
        ("user", "Ok I send you first to check format: T0215836H, Blk 221B Sumang Lane #12-455."),
        ("assistant", "The format looks right. Please don't post it in group chats though."),
    ],
    [
        ("user", "哈罗，请问你们还在招兼职吗？我周末可以做。"),
        ("assistant", "有的，时薪 $11，星期六日早班。请发你的资料给我。"),
        (
            "user",
            "我叫吴佩玲，电话 8276 3150，住在 Jurong West St 52 Blk 517 #04-288，今年 17 岁，还在读 ITE。",
        ),
    ],
    [
        (
            "user",
            "Can check car plate SMB 226 B owner? He knock my side mirror at Tiong Bahru carpark.",
        ),
        (
            "assistant",
            "I can't look up vehicle owners. You can lodge a police report and your insurer can request details.",
        ),
        (
            "user",
            "Actually I know already la, it's my colleague Desmond Yap, he stay at 15 Jalan Bahagia, he keep saying tomorrow pay tomorrow pay, owe me $650 now.",
        ),
        (
            "assistant",
            "Then maybe send him a written message with the repair quote and a deadline, keep the record in case you need small claims.",
        ),
    ],
    [
        ("user", "Tutor here, need help summarise my students' results for parents group."),
        ("assistant", "Sure, send me the data and I'll make a short table."),
        (
            "user",
            "Isaac Tan 42 to 67, Rachel Ong 75 to 88, Haziq bin Rahman 30 to 51 failed still. Rachel's dad Mr Ong also ask can pay late because he retrenched.",
        ),
        (
            "assistant",
            "Noted. I'd suggest sending each parent their child's result privately instead of in the group.",
        ),
    ],
]
