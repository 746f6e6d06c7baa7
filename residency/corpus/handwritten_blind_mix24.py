# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix24: social-media posts from Singapore, Malaysia and Hong Kong (English, 中文, Bahasa Melayu: neighbourhood groups, buy-sell-swap, lost and found, scam exposés, public figures). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix24
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "neighbourhood group"): _lines("""
        Anyone else's lift at Blk 6xx down again?? Third time this month. Town council pls 😤
        PSA: Waterway Point carpark gantry upgrade this weekend, expect jam at entrance B from 8am onwards.
        Wah the new Sheng Siong at Tampines North open already, 24h some more. Veg quite cheap leh
        Who is playing piano every night 11pm?? Not complaining, actually quite nice la, just curious what song 😂
        Cockroaches at the hawker centre again. Reported via OneService app, ref no. OSA-2412-0087731, let's see how long they take.
        Found: small grey tabby near the playground at Sengkang East Way, no collar. Now with SPCA Sungei Tengah, ref A24-1183. Owner pls contact SPCA directly.
        Lost black umbrella on bus 88 around 6pm yesterday, not ex but sentimental. SBS lost & found counter at Toa Payoh Interchange opens 8am-6pm.
        Anyone know if the Tan Tock Seng Hospital shuttle still stops at Novena Square? Need to bring my mum for appt next week
        Hari Raya bazaar at Geylang Serai opens 28 Feb till 30 Mar, 5pm to 1am. Parking confirm siao, take MRT
        Not sure who needs to hear this but the "DBS: your account is suspended" SMS with link is SCAM. Call ScamShield Helpline 1799 if unsure.
        Community cat Oyen at the Blk 215 void deck got sterilised by the CCA volunteers, ear-tipped already 🐱 pls don't bring him home
        Reno noise only allowed 9am-6pm weekdays, HDB rules. No hacking on weekends & PH. Screenshot from HDB website in comments.
        Khoo Teck Puat Hospital car park full again by 9am, the ERP-style gantry there charges $2.14 per half hour now ah
    """),
    ("en", "official accounts"): _lines("""
        [SPF] Beware of impersonation scams. The Police will never ask you to transfer money over the phone. If in doubt, call the ScamShield Helpline at 1799.
        SMRT: Due to a track fault between Jurong East and Clementi, pls add 20 mins travel time. Free regular & bridging bus services available. #EWL 0742hrs
        NEA dengue alert: Bedok North Ave 3 / Bedok North St 3 cluster now at 45 cases. Do the Mozzie Wipeout — turn pails, tip vases, clear roof gutters.
        CPF Board: Your 2026 annual statement is ready. Log in with Singpass at cpf.gov.sg. We will NEVER ask for your Singpass OTP over the phone.
        Volunteer template: "Hi {first_name}, thanks for signing up for Clean & Green Day on {date}. Your slot: {slot_id}." Pls don't paste real NRIC numbers into the sign-up sheet.
        Changi Airport: Terminal 2 departure hall is fully reopened. For lost property, use the online form at changiairport.com (reference format LP-T2-XXXXXX).
        Singapore General Hospital, Outram Road: visiting hours 12pm-2pm and 5pm-8pm daily, max 2 visitors per patient at any one time.
        HDB: The Feb 2027 BTO exercise launches on 18 Feb with 5,200 flats in Tengah, Bayshore and Kallang Whampoa. Apply via the HDB Flat Portal.
        IRAS: e-Filing deadline is 18 Apr. Beware of phishing emails titled "Tax Refund Notice ID #IRAS-88317" — we do not send refund links by email.
        Hong Kong Police Force: A 45-year-old man was arrested in Yau Ma Tei last night for suspected trafficking in dangerous drugs. Investigation is ongoing.
        MTR: Tsuen Wan Line service resumed at 08:26. Passengers affected may collect a delay slip at any customer service centre.
        Jabatan Imigresen Malaysia: Passport renewal via MyOnline Passport now at all UTC branches. Fee RM200 for 5-year validity.
    """),
    ("en", "public figures and replies"): _lines("""
        PM Lawrence Wong on FB: "Spent the morning at Marsiling with residents. Thank you to all the volunteers who came down!" — 3.2k comments already
        JJ Lin just dropped his Marina Bay Sands concert dates on IG — 3 nights in Jan, tix via Ticketmaster 10am Wed. RIP my wallet
        LOL Phua Chu Kang trending again because someone edited him into the new HDB ad. "Don't pray pray!"
        Raffles statue at Boat Quay being cleaned by NHB this week, so don't panic if you see Sir Stamford wrapped in plastic 😅
        Chief Executive John Lee's Policy Address 2026 live blog: 30,000 new public housing units and Northern Metropolis updates
        Replying to Jamus Lim's post: Sir, good speech in Parliament on cost of living, but what about the ERP at CTE during off-peak?
        Pritam Singh posted the Aljunied-Hougang Town Council FY2025 financial statements on FB, link in comments for those asking
        Michelle Yeoh liked a fan's post from Ipoh and the whole town lost it 😂
        Lee Kuan Yew's 1965 separation press conference clip being shared again on Threads for National Day, 61 years already
        Tunku Abdul Rahman's "Merdeka!" footage at Stadium Merdeka restored in 4K by Arkib Negara, watch on their YT channel
        Uncle Roger reviewing another egg fried rice video, this time from a Michelin chef in Hong Kong. "Haiyaa" count: 14
        Datuk Lee Chong Wei replied to a fan asking for badminton tips: "Footwork first, smash later." Legend.
    """),
    ("en", "buy-sell-swap"): _lines("""
        WTS: PS5 Slim disc ver, 2 controllers, box & receipt. $520 nego. Meet at Bishan MRT only. No lowballers pls 🙏
        Swap my Eras Tour SG CAT 3 (8 Mar) for 9 Mar same cat. Face value only, no touts.
        Order #2412038KQ7TR9X shipped via Ninja Van, tracking NVSGSHP000394827. Seller says ETA 3 working days.
        Selling IKEA Hemnes daybed, 2 yrs old, self-collect Tampines, $150. Must dismantle yourself sorry no lift.
        Buyer beware: fake "Carousell Protection" link carousell-secure-pay[.]com going around. Real Carousell never asks for card details on WhatsApp.
        J&T tracking JT8839021174MY stuck at Shah Alam hub for 5 days, anyone same??
        WTB Uniqlo x KAWS tee size M white, pay via PayNow, budget $40
        Invoice INV-2026-00481, 3x Dyson V15 filters, total S$89.70 incl. 9% GST. Paid via PayNow to UEN 201934567K.
        Firmware v2.14.3 for the Xiaomi robot vacuum fixes the mapping bug, update before you sell lah buyers will ask
        Meetup msg template: "Hi, I'm interested in your [item]. Can meet at [MRT station] on [date]? Payment by [PayNow/cash]."
        Selling Lego 75313 AT-AT UCS, sealed, RM2,800. COD Mid Valley or Pos Laju. Serious buyers only.
        Admin note: posts containing buyer/seller IC numbers, home addresses or bank statements will be removed. Blur before posting, tq.
        Free to good home: baby cot + mattress, v new. First come first serve, PM for collection.
    """),
    ("zh-Hant", "連登討論區"): _lines("""
        巴打，旺角朗豪坊新開嗰間拉麵好唔好食？排咗成個鐘😂
        港鐵：東鐵綫大埔墟至太和站之間信號故障，請預留多15分鐘車程。
        李家超今日出席立法會答問會，講咗北部都會區嘅進度，有冇巴打睇直播？
        孫中山紀念館今個週末免費開放，仲有導賞團，地址係中環半山衛城道7號。
        伊利沙伯醫院急症室而家等候時間8個鐘，真係唔好病😩
        防騙易熱線 18222，接到自稱入境處嘅電話要你轉錢，一律係騙案，直接收線。
        HKTVmall 單號 HK2412-77310458 延遲咗三日，客服話倉庫爆倉，有冇人一樣？
        有冇師兄知逸夫書院今年宿位幾時抽？
        陳奕迅紅館演唱會加開兩場，門票喺 Cityline 開賣，記得預早排隊。
        《食神》入面周星馳嘅「黯然銷魂飯」，原來真係有茶餐廳照住整咗出嚟。
        連登 app 3.8.2 更新咗咩？留言頁變咗樣，好難用。
        消委會投訴範本：「本人 [姓名]，於 [日期] 在 [商號名稱] 購買 [貨品]，發現……」，自己填，唔好喺度貼身份證。
        彌敦道今晚封路準備除夕倒數，尖沙咀站 E 出口會關閉。
    """),
    ("zh-Hans", "小红书与脸书"): _lines("""
        新加坡星耀樟宜的雨漩涡晚上有灯光秀，7:30 和 8:30 两场，姐妹们冲！
        吉隆坡 Pavilion 新开的奶茶店排队两小时，味道一般般，避雷。
        厦门有陈嘉庚纪念馆，新加坡的陈嘉庚地铁站（Tan Kah Kee）也是纪念他的～
        马来西亚国家反诈骗中心热线 997，接到自称 LHDN 的电话要你转账的一律挂掉。
        新加坡留学生注意：学生准证 IPA 信在 ICA 官网就能下载，任何要你付钱“加急”的都是骗子。
        Shopee 订单 250304KJ8T7Y2Q 已签收，包装很用心，给店家五星好评。
        孙燕姿新专辑上线了，第一首就听哭了😭
        槟城乔治市的姓周桥（Chew Jetty）一定要去，下午五点光线最好拍。
        分享一个租房合同模板：甲方：【房东姓名】，乙方：【租客姓名】，押金：【金额】。请勿在群里发真实身份证号。
        黄循财总理在国庆群众大会上宣布延长育儿假，评论区都在问什么时候开始实施。
        Grab 更新到 5.318.0 之后叫车页面变了，有人一样吗？
        新山 CIQ 今早塞车两个多小时，建议走第二通道。
        新加坡中央医院（SGH）在 Outram Road，预约请打医院总机，别在群里问医生私人电话。
    """),
    ("ms", "kumpulan Facebook"): _lines("""
        PDRM: Orang ramai diingatkan supaya tidak melayan panggilan individu yang mengaku pegawai Bank Negara. Hubungi NSRC di talian 997 jika menjadi mangsa.
        Jualan Rahmah kat Dataran Shah Alam Sabtu ni, beras 10kg RM26, telur gred A RM11. Datang awal!
        Sapa pernah makan nasi kandar Line Clear kat Penang? Berbaloi ke beratur sejam?
        Reply kepada Anwar Ibrahim: Datuk Seri, bila nak turunkan harga minyak masak? Rakyat tercekik dah 🙏
        Jalan Tun Razak sesak teruk petang ni sebab kemalangan dekat Hospital Kuala Lumpur, elakkan kalau boleh.
        Hilang: kucing oren jantan nama Comot, kawasan Seksyen 13 Shah Alam, ada tompok putih kat ekor 😿
        Pos Laju tracking ER204881237MY masih "in transit" dari minggu lepas, normal ke?
        Template laporan polis: "Saya [nama], No. KP [nombor], ingin melaporkan..." — isi sendiri, jangan post IC dalam group.
        Kenangan: Tan Sri P. Ramlee dalam Seniman Bujang Lapok, lawak sampai sekarang.
        Mydin Subang Jaya buka 24 jam sepanjang Ramadan, info dari page rasmi mereka.
        MySejahtera versi 2.8.1 ada update, buat apa sebenarnya?
        Meme hari ni: "Bila mak kata 5 minit lagi nak keluar tapi baru start pakai tudung" 😂
        Sekolah Kebangsaan Tun Hussein Onn tutup esok sebab banjir, ikut pengumuman PPD.
    """),
    ("en", "memes and news shares"): _lines("""
        Straits Times: Singapore's core inflation eased to 1.7% in October, MAS says. Link in comments.
        HK$100 for a bowl of wonton mee in Central now?? HK cost of living meme is real 😭
        me: i'll sleep early tonight. also me at 3am: reading a 400-comment Lihkg thread about which cha chaan teng has the best milk tea
        CNA: Cross Island Line phase 1 to open in 2030, 12 stations from Aviation Park to Bright Hill.
        SHA-256 of the official app APK is 3f1e9c2b7a0d4e88c5a61f92b0e7d3c4a8f6e1b2c9d0a7f5e3b4c6d8e9f0a1b2, don't sideload from Telegram links pls
        The Star: Ringgit strengthens to 4.21 against the USD, highest since 2023.
        DOSM: Malaysia's unemployment rate at 3.1% in Q3 2026.
        When the kopitiam aunty asks "kopi-o kosong peng or siu dai" and you just nod 😂
        SCMP: Hong Kong to raise statutory minimum wage to HK$43.1 per hour from May 2027.
        Bukit Timah Nature Reserve page shared CCTV at 2026-11-29 06:42:17 of a wild boar crossing Hindhede Drive, pls don't feed them
        Nobody: / Singaporeans when the MRT is 3 mins late: "Wah lau eh, I pay $1.99 for this?"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        To the aunty at Blk 412 Tampines St 41 #08-233 who keeps throwing food scraps out the window — yes Mdm Koh Siew Lan, we have CCTV. Stop it or we report to NEA.
        Owner of white Vezel SLK 4729 E, you're the guy from Blk 203 #05-118 right? You hit my car at level 3 and drove off. Ang Chee Wei pls come forward before I make police report.
        EXPOSE: do NOT deal with Nur Aisyah binti Rahman (017-221 5893), took RM380 for a PS5 and blocked me. Maybank acc 1140 2387 5521 under her name.
        Found a wallet at Bishan MRT with NRIC S8827461Z, name Tan Wei Jie, pls share so he can collect from the station control room.
        The uncle in the viral Toa Payoh hawker video is Ong Boon Huat, he's a security guard at Jurong Point and his wife just left him, that's why he snapped lol
        Pls pray for my colleague Darren Seah, 34, just diagnosed with stage 3 nasopharyngeal cancer, starting chemo at NCCS next Mon. His wife Michelle is setting up a fundraiser.
        Calling out Muhammad Hafiz bin Osman (ex-Grab driver, stays Blk 688B Woodlands Dr 75) who owes me $2,400 since March. Pay up or see you at small claims.
        Landlord here: tenant Rajesh Kumar s/o Murugan left #12-45 Blk 117 Hougang Ave 1 owing 3 months rent, FIN G5561903X. Anyone knows where he went pls PM.
        Sai Kung group PSA: the grey Tesla VW 8831 that keeps blocking the village road belongs to Kelvin Cheung, works at HSBC Main Building. Call him yourself 9485 2217.
        Congrats to our lucky draw winner Natasha Goh Pei Shan from Sengkang (NRIC ending 482J)! Collect your voucher at our Compass One booth.
        Omg my ex Brandon Tay is now dating my BFF Cheryl Ng, both at DBS MBFC Tower 3, she was literally my bridesmaid. Just saying.
        My neighbour Lim Chee Keong from Blk 25 Jalan Membina got fined $4k in State Courts for outrage of modesty on the MRT, the news never named him but it's him.
        My cousin Priya Nair is a Senior Analyst at Shopee SG drawing $7.8k a month and still makes me pay for dinner every time 🙄
        lol my aunt posted a photo of her new card on FB 5204 7300 6118 2429 exp 09/28 CHEW MEI LING someone pls tell her to delete
        Anyone know this guy? Nicholas Wong Kah Seng, IC 880412-14-5233, borrowed RM15k from my mum and blocked the whole family. Last seen Taman Connaught, Cheras.
        This Grab driver Tan Kok Leong (grey Corolla Altis SKP 812 J) refused to take my mum's wheelchair at Tampines Mall and scolded her. Pls share.
        MISSING: my grandpa Yap Ah Chai, 81, has dementia, left Blk 529 Ang Mo Kio Ave 10 at 7am in a blue singlet & slippers. Pls call his son Ronnie 9137 2205.
        Selling my late dad's stamp collection. I'm Eric Low, WhatsApp +65 8831 5092, view at my place Blk 441 Clementi Ave 3 #09-27 weekends only.
    """),
    "zh-Hant": _lines("""
        有冇人識呢個女人？陳嘉欣，喺旺角朗豪坊附近開美容院，呃咗我阿媽三萬蚊，電話 6132 7840，大家小心。
        我隔籬屋沙田禾輋邨豐和樓1512室個阿伯張國強成日半夜打老婆，報咗警都冇用，點算？
        喺觀塘 APM 執到一張身份證，姓名：黃詠詩 WONG Wing Sze，號碼 Y672815(2)，失主請PM我。
        HR 手滑 cc 晒成個 department，個個都見到 Marketing 個 Ricky 梁志偉月薪 $68,000，我哋做到死先 $22k。
        同事何美玲確診咗抑鬱症，而家喺葵涌醫院覆診，個主管仲日日逼佢OT，仲係咪人？
        起底：黃金商場呃錢嗰個賣家 FB 叫 Jacky Tsang，真名曾子傑，住荔枝角宇晴軒2座27樓D，WhatsApp 5408 3916。
        我老公鄭浩然喺中環IFC做banking，同佢秘書Cherry搞埋一齊成年，我仲要幫佢湊仔。
        財仔打上公司：「李志明先生欠款 $86,400，請即還款」，而家成個 office 都知佢爆煲。
        台灣嚟讀書嘅學妹林怡君喺城大附近跌咗銀包，入面有台灣身分證 F223815061 同學生證，有人執到請聯絡。
        想問有冇人轉過錢俾呢個人？區家豪 滙豐戶口 168-283917-838，話賣演唱會飛收咗錢就消失。
        大埔運頭街嗰架 PR 3316 日日霸位，車主係對面五金舖老闆林志雄，住寶湖花園3座，大家認住。
    """),
    "zh-Hans": _lines("""
        避雷！新加坡 Bedok 房东吴秀珍，Blk 95 Bedok North Ave 4 #07-52，押金 $2,400 不退还骂人，电话 9726 1843，姐妹们千万别租。
        吉隆坡的朋友帮帮忙，我表妹许佳颖在 Mid Valley 失联两天了，穿白色上衣，电话 012-738 4419 一直没人接。
        在樟宜机场 T3 捡到中国护照，姓名王振宇，护照号 E58213947，里面夹着身份证 440304198806122737，失主请私信。
        我室友杨晓雯在新加坡打工得了肺结核，老板知道后直接把她辞了，她现在住在 Geylang Lor 23 的宿舍。
        曝光骗子：赵磊，微信号 zhaolei_sg88，手机 +86 138 2716 4490，说能办新加坡 S Pass，收了我 8000 新币就消失。
        我老公周文斌在 Tuas 船厂做焊工，月薪才 $1,800，这个月还被扣了 $300，准证 FIN G7720485M，想去 MOM 投诉。
        槟城的谢美华跟她老公离婚了，孩子判给男方，她现在在 Gurney Plaza 的 Sephora 上班，天天哭。
        帮我妈转账的时候截图发错群了……卡号 6222 0210 0384 7196，户名林秀英，大家别乱用😭
        新山的朋友注意：黄俊杰，身份证 910223-07-5517，借钱不还，住 Taman Molek Jalan Molek 2/5 号 18。
        找拼车！我是陈思琪，住 Punggol Field Blk 268C #11-390，每天早上 7:30 去 Raffles Place 上班，可分摊油费。
    """),
    "ms": _lines("""
        Sesiapa kenal lelaki ni? Mohd Faizal bin Ahmad, kerja bahagian IT kat Menara Petronas, dah tipu adik saya RM5k. No tel 013-492 7710.
        Hilang! Anak saudara saya Nur Syafiqah binti Kamarul, 14 tahun, last nampak kat TBS pakai tudung biru. Hubungi ibunya Puan Rohani 019-331 2087.
        Jiran Taman Melawati: Myvi WXY 3381 parking depan pagar rumah no. 24 Jalan H1 tiap hari, tuan dia Encik Zulkifli rumah no. 26. Tolong la faham sikit.
        Mohon doakan sahabat saya Amirul Hakim bin Rosli yang sedang dirawat di ICU Hospital Kuala Lumpur sebab denggi berdarah, dia ayah kepada 3 anak kecil.
        Jumpa dompet kat Pasar Tani Kajang, IC nama SITI AMINAH BINTI YUSOF 950807-10-6148, tuan punya boleh PM saya.
        Hazwan bin Mat Isa dari Kampung Baru Subang hutang RM3,200 dengan saya sejak 2023, akaun CIMB 7064221398 atas nama dia pun dah tutup. Sapa kenal tolong roger.
        Viral: Cikgu Khairul Anuar bin Jamal dari SK Taman Desa kantoi curang dengan isteri orang, bini dia dah failkan cerai kat Mahkamah Syariah.
        Abang saya Iskandar bin Salleh, NRIC S9046218J, hilang sejak semalam dari Blk 512 Jurong West St 52. Tolong share, keluarga risau.
        WTS iPhone 14 Pro, COD Shah Alam, WhatsApp Farhana 011-2845 6630, boleh datang rumah no. 12 Jalan Plumbum 7/102 Seksyen 7.
        Jiran saya Rosli bin Hamid baru kena penjara 2 tahun kat Mahkamah Sesyen Ampang kes dadah, bini dia sekarang tinggal sorang dengan anak.
        Isteri aku Nurul Ain binti Zakaria kerja Shell Bukit Jalil gaji RM12k tapi semua duit masuk akaun mak dia, penat dah aku.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write a FB post warning people about a Carousell scammer?"),
        (
            "assistant",
            "Sure. Stick to facts you can prove: what was sold, when, how you paid, and screenshots. Avoid insults.",
        ),
        (
            "user",
            "ok his name is Desmond Quek Jun Hao, he sold me a fake Rolex for $3,600, PayNow to 9622 0418",
        ),
        ("user", "he said he stays at Blk 178 Toa Payoh Central, can include that also?"),
        (
            "assistant",
            "I'd leave out his home address and report to the police and Carousell instead.",
        ),
    ],
    [
        ("user", "Macam mana nak buat IC baru kalau hilang?"),
        (
            "assistant",
            "Buat laporan polis dahulu, kemudian pergi ke pejabat JPN dengan salinan laporan. Bayaran bergantung pada kali kehilangan.",
        ),
        (
            "user",
            "ok ni IC lama saya 030516-01-0872, nama Lim Jia Hui, boleh semak dah dibatalkan ke?",
        ),
        (
            "assistant",
            "Saya tak boleh semak rekod JPN. Sila hubungi JPN terus atau guna portal rasmi.",
        ),
    ],
    [
        (
            "system",
            "You are the moderation assistant for the Punggol Neighbours Facebook group. Flag posts that break group rules.",
        ),
        (
            "user",
            "Check this post: 'The family at Blk 268A Punggol Field #14-512 (the Sim family, husband Sim Kian Meng) lets their dog poop at the lift lobby every day, here's a photo of him doing it'",
        ),
        (
            "assistant",
            "This post names a private person and gives his unit number with a photo, so it breaks the no-doxxing rule. Suggest removing it.",
        ),
    ],
    [
        ("user", "幫我將呢段連登帖翻譯做英文"),
        (
            "user",
            "「大家小心呢個地產經紀，蘇偉倫，中原地產將軍澳分行，收咗我兩萬蚊訂金就唔見人，手機 9820 4476」",
        ),
        (
            "assistant",
            '"Everyone, beware of this estate agent, So Wai-lun from Centaline\'s Tseung Kwan O branch. He took my HK$20,000 deposit and disappeared. Mobile 9820 4476."',
        ),
    ],
    [
        ("user", "我想在小红书发个避雷帖，关于新加坡的一个中介"),
        ("assistant", "可以，你先说说发生了什么，我帮你整理成客观的描述。"),
        ("user", "中介叫刘佳琪，帮我找工作收了 $4,500"),
        (
            "user",
            "她的 WhatsApp 是 8147 6635，办公室在 People's Park Complex 05-38，其实是她自己家开的",
        ),
        ("user", "后来才知道她之前被 MOM 罚过，身份证 S8512093Z 还被人贴出来过"),
        ("assistant", "建议不要公开她的身份证号，可以向 MOM 和警方举报。"),
    ],
    [
        ("user", "Tolong buatkan poster orang hilang"),
        (
            "assistant",
            "Boleh. Saya perlukan nama, umur, ciri-ciri fizikal, lokasi terakhir dan nombor untuk dihubungi.",
        ),
        ("user", "Nama ayah saya Haji Abdul Rahim bin Yaakob, 72 tahun"),
        (
            "user",
            "ada Alzheimer, last nampak kat Masjid Negara lepas Zohor semalam, pakai baju Melayu kelabu",
        ),
        ("user", "hubungi saya Aiman 017-562 3098"),
    ],
    [
        (
            "user",
            "Hi, I bought the Nintendo Switch OLED from your listing, where should I collect?",
        ),
        (
            "assistant",
            "Thanks for buying! Collection details are shared by the seller after payment.",
        ),
        (
            "user",
            "Seller here lol, I'm using this bot to reply. Tell the buyer: collect from Vanessa Teo, 17 Jalan Bukit Pantai, 59100 KL, call 012-9043 3817 before coming.",
        ),
        (
            "assistant",
            "Noted. Buyer: please collect from Vanessa Teo at 17 Jalan Bukit Pantai, 59100 Kuala Lumpur, and call 012-9043 3817 first.",
        ),
    ],
    [
        ("user", "is it legal in SG to post someone's car plate on FB?"),
        (
            "assistant",
            "Posting a plate alone is a grey area, but combining it with a name or address can breach the Protection from Harassment Act.",
        ),
        ("user", "what if i only say the plate is SMB 3306 J"),
        (
            "user",
            "and it belongs to my downstairs neighbour Mr Leong Wai Kit at #06-14 who keeps parking across two lots",
        ),
        (
            "assistant",
            "That would identify him. Consider raising it with the condo management instead.",
        ),
    ],
    [
        ("user", "Help me write a crowdfunding post for my friend's treatment"),
        ("assistant", "Of course. What's the situation and how much are you trying to raise?"),
        (
            "user",
            "Her name is Charmaine Lau Hoi Yan, 29, from Tseung Kwan O. She was diagnosed with leukaemia last month at Queen Mary Hospital and needs a bone marrow transplant. Target HK$800k.",
        ),
        ("user", "donations to her sister's FPS 5106 2284"),
    ],
    [
        (
            "system",
            "You are the customer support assistant for LiveHome Rentals. Current user profile: Ms Anjali Menon, tenant at 9 Lorong Ampas #03-02 Singapore 328774, passport Z4417093, monthly rent S$3,150.",
        ),
        ("user", "hi my aircon is leaking again, can someone come tomorrow?"),
        (
            "assistant",
            "Sorry about that! I've booked a technician for tomorrow 10am-12pm at your unit.",
        ),
    ],
]
