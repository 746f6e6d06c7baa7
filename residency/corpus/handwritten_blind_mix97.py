# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix97: durian farms, stalls and delivery in SG/MY/HK (orders, farm stays, complaints, export, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix97
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "stall_notice"): _lines("""
        TODAY'S PRICES | Mao Shan Wang (Bentong) $22/kg | Black Thorn $38/kg | D24 $12/kg | XO $10/kg | Red Prawn $15/kg | Prices change daily, no bargaining pls
        Stall closed Mon 14 Jul for restocking. Reopening Tue 3pm. Pre-orders from Sunday can still be collected till 11pm.
        We open every durian on the spot. Please check the pulp before paying — once you leave the stall, no exchange.
        Durian party package for 10 pax: 6kg MSW + 4kg D24, mats, gloves and bottled water included. $280 nett. Book at least 2 days ahead at the counter.
        Durians are not allowed on the MRT or buses. Eat here, or we vacuum-pack for you (+$2 per box).
        Ordering hotline of Tropika Durian Trading Pte Ltd: 6749 3820 (10am-7pm). WhatsApp orders are not processed on public holidays.
        Seasonal note: the main Malaysian harvest runs Jun to Aug, with a smaller crop Nov to Jan. Outside these windows we sell frozen pulp only.
        Receipt no. DR-2025-004817 | 2 x MSW box 1.5kg | subtotal $96.00 | GST incl. | PayNow to UEN 201834567K (Tropika Durian Trading Pte Ltd)
        Minimum order for island-wide delivery: $80. Delivery fee $15 to all postal districts except Sentosa and Jurong Island ($25).
        Every durian sold here is a fallen fruit, never cut from the tree. Ask our staff to show you the stem if unsure.
        Tasting board: 1 seed each of MSW, Black Thorn, Golden Phoenix and Tekka — $18 per set, limit 2 sets per table.
        Fri & Sat we close at 1am. Last durian opened at 12.30am. Kitchen hand-wash station at the back.
        Bring your own container and get $1 off per box. We support zero-waste!
        Deliveries to postal code 389472 and the rest of the Sims/Geylang area go out on the 7pm run only.
    """),
    ("en", "howto_faq"): _lines("""
        How do I tell if a durian is ripe? Shake it gently — a slight knock of seeds inside is good. Smell near the base, not the tip.
        Can I keep opened durian overnight? Yes, in an airtight box in the fridge for up to 2 days. Wrap the box in cling film or the whole fridge will smell.
        Why does my Musang King taste bitter? Many fans prize that bitterness; it comes from slight fermentation of the pulp. If you prefer sweet, ask for D24 or Red Prawn.
        Is it safe to drink alcohol after eating durian? Many people avoid it, since sulphur compounds in durian may slow down alcohol breakdown. Go slow.
        What is the difference between D197 and Musang King? Same cultivar — D197 is the clone number registered with the Malaysian Department of Agriculture.
        How to freeze durian pulp: remove seeds, pack in a single layer, vacuum seal and freeze at -18°C or colder. Thaw in the fridge for 4-6 hours.
        Why are durian prices so high this year? Heavy rain in Pahang during flowering reduced fruit set, while demand for frozen whole fruit from China keeps rising.
        Can dogs eat durian? A little pulp is fine for some dogs, but the seeds and the spiky husk are dangerous. Check with your vet first.
        How much durian for 6 people? Plan about 600g to 800g of whole fruit per adult; the pulp is only around a quarter to a third of the weight.
        What does "fallen durian" mean? Fruit that dropped naturally when ripe, collected from nets under the tree, as opposed to fruit cut early for long-distance shipping.
        Tip: pour water through the empty husk and rinse your hands with it — an old kampung trick, but it does cut the smell.
        Which hotels ban durian? Most hotels in Singapore and Malaysia do; check the house rules, deodorising fees of a few hundred dollars are common.
        How long does a whole durian last after it falls? Usually 2-3 days at room temperature before it splits open and over-ferments.
    """),
    ("zh-Hans", "variety_guide"): _lines("""
        猫山王（D197）果肉金黄、口感绵密，苦中带甜，是马来西亚最受欢迎的品种之一。
        黑刺（D200）原产槟城，果底有一个五角星形的黑色尖刺，产量少，价格常年高于猫山王。
        D24苏丹王口感偏苦，价格亲民，适合第一次吃榴莲的朋友。
        红虾（D175）果肉橙红，香甜带黏，个头较小，很多小朋友喜欢。
        泰国金枕头多为提前采摘后催熟，果肉偏脆偏甜，和马来西亚树熟榴莲风格完全不同。
        挑选榴莲看三点：刺尖有弹性、果柄新鲜湿润、闻起来有熟香但不刺鼻。
        近年来中国每年进口鲜榴莲超过一百万吨，主要来自泰国和越南，马来西亚以冷冻整果为主。
        马来西亚冷冻整颗榴莲自2019年起获准出口中国，鲜果出口则需要另外的检疫议定书。
        订单号 DU20250718-0032 已发货，顺丰单号 SF1402857719633，预计2-3个工作日送达。
        吃完榴莲不宜马上喝酒，也不要一次吃太多，容易上火，可以配山竹一起吃。
        民间说法榴莲壳内层白瓤煮水可以下火，但目前没有科学研究支持。
        金凤（D159）、葫芦、竹脚、老树王——彭亨劳勿一带的老树品种各有特色。
    """),
    ("zh-Hant", "hk_shop_notice"): _lines("""
        本店榴槤全部由馬來西亞空運到港，每日新鮮開，貓山王 HK$268/磅起。
        訂購須知：送貨範圍只限港九新界（離島除外），滿HK$800免運費。
        貓山王今日到貨少，每人限購兩個，唔該大家合作。
        開咗嘅榴槤恕不退換，除非係爛肉或者未熟，請喺送貨員面前即場檢查。
        冷凍榴槤肉解凍後請於24小時內食用，切勿再次冷凍。
        果皇坊有限公司客戶服務熱線 2386 5170（星期一至六 10:00-19:00），WhatsApp查詢請留言，我哋會盡快回覆。
        八號風球或以上，當日所有送貨暫停，順延至下一個工作天。
        黑刺同貓山王點分？黑刺果底有粒黑色星形尖，肉色較淺，味道更香甜帶少少苦。
        訂單編號 HKD-250726-118 已確認，預計送貨時間 7月27日 下午2時至6時。
        唔好將榴槤帶上港鐵同巴士，好多乘客會投訴㗎。
        榴槤團購截單時間：逢星期三晚上10點，星期六統一派送。
        八達通、支付寶HK、WeChat Pay HK 同 FPS 都收，FPS 收款資料請喺付款頁面查閱。
        今季泰國金枕頭批發價跌咗兩成，但貓山王因為失收反而加價。
    """),
    ("ms", "kebun_info"): _lines("""
        Pakej inap desa kebun durian Raub: 2 hari 1 malam, makan durian sepuas hati, RM280 seorang dewasa, kanak-kanak bawah 12 tahun RM150.
        Durian yang dijual di kebun kami semuanya durian gugur, bukan dipetik dari pokok.
        Musim durian di Pahang biasanya dari Jun hingga Ogos. Sila tempah awal kerana chalet terhad.
        Harga hari ini: Musang King RM55/kg, Black Thorn RM70/kg, D24 RM25/kg, durian kampung RM10 sebiji.
        Dilarang membawa durian ke dalam bilik chalet. Sila makan di pondok yang disediakan.
        Jabatan Pertanian menasihatkan pekebun supaya mendaftar klon durian dengan nombor D untuk memudahkan pensijilan eksport.
        Cara memilih durian: goncang perlahan, kalau biji berbunyi sedikit tanda isi sudah masak. Jangan tekan duri terlalu kuat.
        Kebun dibuka kepada pelawat setiap hari 8 pagi hingga 6 petang kecuali Hari Raya Aidilfitri.
        Tempahan berkumpulan lebih 20 orang dapat diskaun 10%. Hubungi pejabat Syarikat Agro Durian Bukit Tinggi Sdn Bhd di 09-355 2184.
        Pesanan ORD-MY-77104 telah dihantar melalui Pos Laju, nombor penjejakan ER918273640MY.
        Kebun kami tidak menyembur racun dalam tempoh tiga minggu sebelum musim buah gugur.
        Durian Tekka, Udang Merah dan Duri Hitam — ketiga-tiganya ada di kebun kami musim ini.
        Aktiviti termasuk: lawatan kebun, demo buka durian, BBQ malam dan mandi sungai.
    """),
    ("mixed", "group_chat_ops"): _lines("""
        Morning all 🙏 today MSW from Raub arrived, grade A only 20 boxes. Order 截单 at 3pm ya, 先到先得.
        Admin note: pls don't post other sellers' links here, will kick without warning. 谢谢合作.
        Harga hari ni naik sikit sebab hujan, MSW RM58/kg. Sorry geng, bukan kami yang tentukan harga.
        D24 今日好甜 👍 still have 8 boxes left, PM admin for order.
        Reminder: collection tonight at the carpark beside the market, 8-9pm. Bring own bag ok.
        Lorry stuck at Woodlands checkpoint 😩 delivery will be delayed ~2hrs, sorry everyone.
        新加入的朋友请先看置顶公告：付款方式、退换规则、配送时间都写在那里。
        Black thorn this batch very 甘苦, those who like bitter must try. Those who prefer sweet go for Red Prawn.
        Group buy #37 closed. Total 142 boxes. Delivery Sat 10am-2pm, driver will WhatsApp you 30 mins before arriving.
        Kalau durian ada isi basah atau berulat, ambil gambar dalam 1 jam dan hantar kepada admin, kami ganti baru.
        Pls everyone, payment only to the company account in the pinned message. We will NEVER ask you to pay into a personal account.
        今晚 live 开榴莲 8pm, Facebook page 同步直播, 欢迎来看 😁
        Stock update: MSW ❌ sold out, XO ✅ 12 boxes, D24 ✅ 20 boxes, Tekka ✅ 5 boxes.
        Next season pre-order form will be posted here on 1 June. Don't PM us before that ok 😅
    """),
    ("en", "export_logistics"): _lines("""
        Frozen whole durian falls under HS code 0810.60; it must be blast frozen right after harvest and kept at -18°C or below throughout transit.
        AWB 618-40952715 | MYKUL-HKG | 42 cartons frozen durian pulp | gross 512 kg | consignee: Fruit King Trading (HK) Ltd
        A phytosanitary certificate issued by the Department of Agriculture Malaysia must accompany each consignment.
        Container MSKU 482951-0, reefer set point -20°C, ETA Port Klang to Shanghai 9 days.
        Each carton must show the orchard registration number, packing house code and production date in Chinese and English.
        Invoice INV-2025-0613 | 1,200 kg MSW pulp grade A @ USD 21.50/kg | FOB Port Klang | payment T/T 30% deposit, balance before B/L release
        An import permit is required for every consignment of fresh fruit entering Singapore; apply through TradeNet before arrival.
        Cold chain checklist: pre-cool the truck to -18°C, log temperature every 30 min, reject any carton showing signs of thawing.
        Batch code MK-RB-25-0719-03 = Musang King, Raub, harvested 19 Jul 2025, lot 3.
        Shipment SHP-0093814 delayed at Kwai Tsing terminal due to typhoon signal no. 8; revised ETA 29 Jul.
        Vacuum pack spec: 400g pulp per tray, PET tray 180x120x45mm, nitrogen flush, shelf life 24 months frozen.
        Customs declaration K2-2025-B3381207 cleared at Bukit Kayu Hitam, 3 trucks released 04:40.
    """),
    ("mixed", "complaint_policy"): _lines("""
        Refund policy: if more than 1/3 of the pulp is spoiled, send photos with your order no. within 2 hours of delivery. We refund or replace, customer's choice.
        Dear [Customer Name], we're sorry your order [Order No.] did not meet expectations. A replacement will reach you on [Date].
        投诉处理流程：1. 拍照留证 2. 提供订单号 3. 客服24小时内回复 4. 确认后退款或补发。
        Borang aduan: Nama: ________ No. telefon: ________ No. pesanan: ________ Masalah: ☐ busuk ☐ belum masak ☐ berulat ☐ lain-lain
        Template reply (bad durian): Hi {first_name}, thanks for the photos of order {order_id}. We've approved a {refund_amount} refund to your original payment method.
        We do not refund for taste preference (e.g. too bitter, too soft), as durian is a natural product and every fruit is different.
        客人收貨後如發現榴槤爛肉，請於兩小時內 WhatsApp 相片到公司客服，逾時恕不受理。
        Customer survey Q3: 87% rated us 4 or 5 stars; top complaint was late delivery (41%), followed by unripe fruit (23%).
        Reminder to staff: never post customers' phone numbers or addresses in the group when following up complaints — PM only.
        Case #CMP-2025-00412 closed: replacement delivered, customer confirmed satisfied, no further action.
    """),
    ("en", "trivia_history"): _lines("""
        The naturalist Alfred Russel Wallace wrote that eating durian was "a new sensation worth a voyage to the East to experience".
        Anthony Bourdain famously warned that after durian your breath will smell as if you'd been French-kissing your dead grandmother.
        The Esplanade – Theatres on the Bay in Singapore is nicknamed "the durian" because of its spiky sunshades.
        Raub in Pahang became famous worldwide for Musang King after the variety took off in the late 1990s and 2000s.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Delivery note 26/7: Mr Kelvin Tan Wee Liang, Blk 417 Bedok North Ave 2 #09-153, S460417, 2 boxes MSW, call 9724 8831 before coming up.
        Complaint from Priya d/o Ramasamy: 3 of her 4 D24s were watery and sour, she wants the $64 back — approved by Jason, refund via PayNow today.
        Farm stay booking | Guest: HOLLOWAY, Daniel James | Passport: 543891276 (GBR) | 2 adults | Chalet B3 | 12-13 Jul | deposit RM300 paid
        Pls refund to POSB savings 189-45127-3 under the name Lim Siew Hwa, she was double charged for the black thorn order.
        Roster: Rizwan bin Abdul Hamid (driver) on MC 14-16 Jul, dengue fever — his Tampines routes handed to the Sims Ave team.
        BLACKLIST: Jerome Fernandez, orders 10 boxes then cancels at the door, 4 times since June. Do not accept COD from 8163 2097.
        Customer notes: Mdm Goh Ah Lian, 78, diabetic, her son orders for her every Sat — only 1 small box, don't upsell her.
        Lucky draw winner: Nur Aisyah binti Kamaruddin, 5kg MSW hamper, NRIC T0312864J checked at collection on 3 Aug.
        Order #DR-88213 | Bill to: Samuel Ong | samuel.ong.kh88@gmail.com | card 5520 3741 6093 8527 exp 09/28 | 3x Black Thorn box
        Incident report: driver Muthu s/o Krishnan reversed van GBF6620R into a parked car at Yishun Ring Rd during the 8pm run, says he was rushing, no injuries.
        Hi, this is Grace, I bought 3 MSW at your Geylang stall last night and one was totally rotten. My number is 8832 5107, can send pics.
        Exporter contact: Mr Wong Chee Keong, MyKad 780412-06-5233, Lot 2211 Kampung Sungai Ruan, 27600 Raub, Pahang.
        Work pass holder Nguyen Van Hai, FIN F2287461Q, employed as durian sorter at our Pasir Panjang warehouse since March 2023.
        Farm stay waiver signed by Sarah-Jane Oliveiro (DOB 04/11/1987), declares peanut and latex allergy, emergency contact her husband on 9318 4406.
    """),
    "zh-Hans": _lines("""
        收件人：陈晓敏，电话 138 2745 9016，地址：深圳市福田区福华三路168号嘉兴花园3栋1702，冷冻猫山王2盒。
        清关资料：收货人 黄志强，身份证号 440304198506172310，用于跨境电商个人物品申报。
        群里那个刘建华上次拿了三箱榴莲一直没给钱，总共860新币，大家注意别再赊给他。
        报名榴莲园之旅：张丽 + 老公 + 两个小孩（8岁、5岁），小儿子对坚果过敏，请安排。微信号 zhangli_sz1988
        客户 周文斌 投诉：收到的D24有三个没熟，要求全额退款 RM180，已转主管处理，他手机 012-738 4592。
        付款人 林佳怡，信用卡 4796 3201 5487 2065，订单两箱黑刺，请财务核对。
        王秀英阿姨住宏茂桥3道第552座，每周二固定订一盒红虾，她行动不便，请一定送上门。
        员工 何俊杰 因在档口和客人打架已被辞退，自即日起不再代表本公司。
        买家实名信息：郑雅婷，身份证 440106199203084520，订冷冻猫山王果肉5盒寄广州。
    """),
    "zh-Hant": _lines("""
        收貨人：陳美玲小姐 / 電話 6287 3410 / 地址：九龍土瓜灣落山道18號富華大廈12樓C室 / 貓山王 x2 / 貨到付款
        李生（李嘉偉）上星期買嘅黑刺全部爛晒，佢話唔退錢就去消委會投訴，電話 9538 1276。
        會員登記：姓名 梁詠詩 / HKID Y219874(4) / 出生日期 1991-03-22 / 積分 1,280
        阿May（何美娟）今日喺舖頭暈低，懷疑食太多榴槤又飲咗酒，已經叫白車送咗伊利沙伯醫院。
        請退款到 HSBC 戶口 012-583294-833，戶口持有人 張家豪，佢張單已經取消咗。
        黃伯（黃志明，住屯門大興邨興昌樓）每個月月頭都賒數，而家仲欠緊 HK$1,560。
        大陸客戶 蘇偉明 身份證 350203197809251034 訂咗10箱冷凍榴槤肉寄去廈門，要幫佢報關。
        群組admin注意：Ken Lau（+852 5173 9028）一直喺群入面賣假貓山王，已經踢走咗。
        員工 吳志豪 HKID K730245(2) 由8月1號起轉做送貨司機，負責新界西線。
    """),
    "ms": _lines("""
        Tempahan homestay: Encik Mohd Faizal bin Ismail, No. KP 690115-07-5021, 3 dewasa, masuk 19 Julai, bayar penuh RM840.
        Pekerja kebun Ahmad Zaki bin Yusof cedera kaki ditimpa durian jatuh semalam, dah dibawa ke Hospital Raub, MC 5 hari.
        Deposit chalet RM200 sila masukkan ke akaun Maybank 1142 3887 6059 atas nama Nor Azlina binti Hassan.
        Pelanggan Kavitha a/p Subramaniam (No. KP 920630-14-5582) minta invois untuk tuntutan syarikat, alamat No. 23, Jalan SS 2/54, 47300 Petaling Jaya.
        Aduan: Puan Rohani bt Said beli 2 biji Musang King di gerai kami di Bentong, dua-dua berulat. No. tel 013-962 4471.
        Senarai hutang peraih: Lim Ah Keong (lori JKR 8812) masih belum bayar RM4,350 untuk durian yang diambil 8 Julai.
        Lee Jun Hao, 010208-01-1377, pelajar UTM tahun dua, mohon kerja sambilan jaga gerai durian masa cuti semester.
        Pemandu penghantaran Shahrul Nizam bin Abu Bakar disaman polis kerana memandu laju di Lebuhraya Karak, saman RM300 dipotong gaji.
        Tempahan pakej inap: Tan Mei Ling, 880317-08-6364, 4 dewasa 2 kanak-kanak, 19-20 Julai, e-mel meiling.tan88@yahoo.com
    """),
    "mixed": _lines("""
        boss the MSW u send to my mum at 41 Jalan Chempaka Kuning S468832 got ulat one lah, she 82 already very upset, refund to my PayNow 9651 2840 can?
        Hi 老板, 我系 Jason Yeo, 上次 order 嘅 D24 太生, can exchange? 我 number 9276 1458.
        Kak Ros (Rosnah binti Jaafar) dah bayar RM120 untuk 2 kotak tapi 还没收到货, pls check ya, dia tinggal Taman Desa Jaya, Kepong.
        Telegram @durianhunter_jerry 这个人拿了货不付钱, 三次了, his real name is Jerry Koh Boon Seng, 大家小心.
        Order form | Nama: Aaron Pereira | Tel: 017-228 4619 | Addr: 12A Lorong Bunus 6, 50100 KL | Item: MSW 2kg | 付款: TnG eWallet
        @Vivian 小心哦, her husband 林志伟 (the one driving the red Vellfire VCH 2288) keeps telling people our durians are fake.
        Ah Hock my kaki, IC S7612093E, pls register him for the Raub farm stay also, same room as me.
        Priya here 😊 pls deliver to Blk 286C Compassvale Crescent #11-402 after 7pm, baby sleeping so don't ring bell, text 8937 6624 ok.
        deposit 已经 transfer 了, from my OCBC 6871 2304 5561 (Ng Pei Shan), pls confirm slot for 26 Jul durian buffet.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp order assistant of Tropika Durian Trading Pte Ltd. Collect delivery details politely.",
        ),
        ("user", "hi want order 2 box MSW for this Sat"),
        (
            "assistant",
            "Sure! 2 boxes of Mao Shan Wang for Saturday. May I have the recipient name, delivery address and a contact number?",
        ),
        (
            "user",
            "Melvin Seah, Blk 117 Rivervale Drive #05-221 S540117, hp 9183 6647. after 6pm pls",
        ),
    ],
    [
        ("user", "Your black thorn yesterday all rotten inside, wasted my money"),
        (
            "assistant",
            "So sorry to hear that. Could you share your order number and a photo of the fruit so we can process a refund?",
        ),
        (
            "user",
            "order DR-90417, I'm Chloe Lim. paid with card 5424 1830 6917 2451, refund back to same card",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, nak tempah chalet kebun durian untuk 12 Julai, ada kosong lagi?",
        ),
        (
            "assistant",
            "Waalaikumsalam. Untuk 12 Julai masih ada 2 chalet. Boleh berikan nama penuh, No. KP dan bilangan orang?",
        ),
        (
            "user",
            "Nama saya Noraini binti Kassim, KP 850923-10-6148, 4 orang dewasa. Saya nak bilik dekat surau sebab mak saya guna kerusi roda.",
        ),
    ],
    [
        ("user", "我想訂兩個貓山王送去觀塘，聽日得唔得？"),
        ("assistant", "聽日下晝有位，請提供收貨人姓名、電話同埋地址。"),
        ("user", "收貨人 區婉婷，電話 5968 2314，觀塘協和街 101 號 8 樓 D 室，唔該"),
    ],
    [
        (
            "user",
            "Help me write a firm complaint email to the durian stall. I'm Hafiz bin Othman, bought 3 Musang King at their SS2 stall on 14 Jul for RM210, two were spoilt and they refused to exchange.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Sir/Madam, On 14 July I purchased three Musang King durians at your SS2 stall for RM210. Two of them were spoilt on opening, and my request for an exchange was refused. I request a refund of RM140 within 7 days. Regards, Hafiz bin Othman.'",
        ),
        ("user", "Good, add my phone 019-447 2083 at the bottom."),
    ],
    [
        ("user", "跨境寄冷冻榴莲到广州需要收件人身份证吗？"),
        ("assistant", "需要的。个人物品清关一般要求收件人实名，姓名和身份证号要和支付人一致。"),
        (
            "user",
            "好的，收件人 梁秀芬，身份证 450103198811142761，电话 139 2267 4085，南宁的朋友帮我代收",
        ),
    ],
    [
        ("system", "You help a durian group-buy admin tidy up order lists."),
        (
            "user",
            "Summarise into a table: 'Janice 9012 7734 2 box MSW Tampines St 81' / 'Uncle Wong 8458 3390 1 box D24 Bedok Reservoir' / 'Farah 9377 0162 3 box XO Pasir Ris, paid'",
        ),
        (
            "assistant",
            "Name | Phone | Item | Area | Paid / Janice | 9012 7734 | 2 box MSW | Tampines St 81 | not yet / Uncle Wong | 8458 3390 | 1 box D24 | Bedok Reservoir | not yet / Farah | 9377 0162 | 3 box XO | Pasir Ris | paid",
        ),
    ],
    [
        (
            "user",
            "One of my stall helpers, Siva a/l Murugan, keeps coming late and I think he's taking durians home without paying. How should I handle it?",
        ),
        (
            "assistant",
            "Start by documenting dates and stock counts, then speak to him privately with the evidence. Give a written warning before any dismissal, and follow your employment contract terms.",
        ),
        (
            "user",
            "He's been with me 3 years at the Jalan Alor stall, his wife just had a baby, I don't want to be too harsh.",
        ),
    ],
    [
        (
            "user",
            "Can you check this export declaration is complete? Exporter: Kebun Durian Sri Bentong, owner Chong Kah Weng, MyKad 750628-06-5419, 50 cartons frozen MSW to Hong Kong.",
        ),
        (
            "assistant",
            "You'll also need the phytosanitary certificate number, the orchard registration number and the HS code 0810.60. Check with your forwarder whether the owner's MyKad needs to appear on the declaration itself.",
        ),
    ],
    [
        (
            "user",
            "I left my wallet at your Sims Ave stall last night around 11pm, black Coach wallet",
        ),
        (
            "assistant",
            "Our staff found a black wallet. To verify it's yours, can you tell us the name and IC number inside?",
        ),
        ("user", "Goh Wei Ming, S9045618J. Can collect today after work?"),
    ],
    [
        ("user", "轉咗數俾你喇，FPS 由陳浩然 6412 7785 轉出，HK$536"),
        ("assistant", "收到，多謝！兩盒黑刺聽日下晝送到，請問地址係咪同上次一樣？"),
        ("user", "係呀，沙田第一城 32 座 15 樓 F，記得先打電話"),
    ],
]
