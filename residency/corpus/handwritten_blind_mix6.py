"""Blind check set mix6: Singapore and Malaysia forums, social media and Telegram groups in Singlish, Manglish, Malay and Chinese. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix6
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "edmw_complaint"): _lines("""
        SMRT again ah? Circle Line train fault at Buona Vista, stuck 40 min, LTA still say "additional travel time of 20 minutes" my foot
        HDB BTO at Tengah waiting time 5 years sia, by the time collect key my kids already in sec school liao
        Grab surge at 11pm from Clarke Quay to Punggol $48, kena rob in broad daylight, even the aircon also not cold
        Shopee 12.12 free shipping voucher min spend $40, 00:01 already "fully redeemed", wah piang eh
        Town council take 8 months to replace lift at Blk 123 Bukit Batok, the whole estate old folks walking stairs
        ERP 2.0 OBU installation at Kaki Bukit queue 2 hours, call LTA 1800 2255 582 also nobody pick up
        Singtel fibre down again 3 hours, CS chatbot keep asking me restart router, restart until my hand pain
        COE Cat A hit $108k today, soon a Honda Fit cost more than 3-room resale in Jurong West
        Toa Payoh Lorong 1 kopitiam kopi now $1.80, last time $1.10 only, inflation siao liao
        Touch 'n Go eWallet down on payday, cannot even pay parking at Mid Valley, adoi
        LRT Kelana Jaya line tergendala lagi, Rapid KL tweet "kami memohon maaf" 5th time this month, sorry no cure
        Pos Laju tracking EN482913307MY stuck at "item dispatched out" since Monday, anyone else same or only me suay
        NEA red banner up again at Bedok North Ave 3 dengue cluster, pls go check your flower pot water
    """),
    ("en", "reddit_politics"): _lines("""
        PM Lawrence Wong spent 20 minutes of the National Day Rally on housing and the r/singapore megathread is already at 4k comments
        Pritam Singh, as Leader of the Opposition, asked in Parliament what the Tengah BTO delays actually cost
        Anwar Ibrahim announced the RON95 subsidy rationalisation in the Budget speech and r/malaysia is predictably split down the middle
        Chee Hong Tat told Parliament the Circle Line 6 stretch will open on schedule, screenshot this for later
        President Tharman's Istana open house queue went all the way back to Dhoby Ghaut MRT
        Fahmi Fadzil as communications minister says platforms like TikTok must now hold a licence under the social media framework
        Sylvia Lim gave the Workers' Party victory speech at Hougang Stadium after they held Aljunied GRC again
        Ong Ye Kung as Health Minister defended the MediShield Life premium increase, r/singapore rage incoming
        Anthony Loke's promise of the ETS to Johor Bahru actually happened, credit where credit is due
        The Court of Appeal acquitted Syed Saddiq and r/malaysia has been arguing about it all week
    """),
    ("mixed", "carousell_listing"): _lines("""
        WTS Nintendo Switch OLED white, 95% new, comes w Zelda TOTK cartridge, $330 firm, meet Bishan MRT exit A only, chat on Carousell, no lowballers
        LF IKEA Kallax 4x4 white, budget $60, can self collect anywhere in the East
        Selling Daikin iSmile 3-ticks system 3, bought from Gain City 2022, receipt provided, $1,200 neg
        BNIB Dyson V15 Detect, SKU 447930-01, sealed, RRP $1,149, letting go $850 because won 2 at company D&D lucky draw
        Honda Vezel 1.5X Hybrid 2017, COE till 2027, dealer listing by Autohub Pte Ltd, viewing at Ubi Autopoint
        Jual Perodua Myvi 1.5 AV 2018, mileage 62k km, full service record Perodua, RM38,500 nego sikit
        Pokemon TCG Charizard ex 151 SIR, PSA 10, cert no 84562319 can verify on PSA website, $480
        2x Taylor Swift Eras Tour Cat 3 Sat 9 Mar National Stadium, face value $248 each, transfer via Ticketmaster app only
        iPhone 15 Pro 256GB Natural Titanium, battery health 91%, IMEI can show during meetup, AppleCare till Feb
        FREE old Sec 3 E-Math and A-Math textbooks, Marshall Cavendish edition, pls don't ask "still available?" just reserve on Carousell
    """),
    ("ms", "facebook_group"): _lines("""
        Assalamualaikum semua, pasar malam TTDI hari Rabu dah pindah ke tapak baru sebelah masjid, jangan sesat ye
        Info: MBPJ umumkan cukai taksiran boleh bayar online sampai 28 Februari, link ada kat laman rasmi MBPJ
        Siapa nak join gotong-royong surau Kampung Kerinchi Sabtu ni pukul 8 pagi, bawa penyapu sendiri ye
        Upin dan Ipin musim baru dah keluar, Kak Ros marah sebab Tok Dalang bagi ayam goreng free kat Mail
        Harga ayam di Pasar Chow Kit hari ni RM9.50 sekilo, bayam RM3 seikat, murah sikit dari minggu lepas
        Perhatian: Jalan Tun Razak ditutup Ahad ini untuk larian dari 5 pagi hingga 11 pagi, rujuk notis DBKL
        Dato' Sri Siti Nurhaliza buat konsert di Bukit Jalil Disember ni, tiket mula RM150
        Talian Kasih 15999 untuk mangsa keganasan rumah tangga, share ye, mana tahu ada kawan yang perlukan
        Resepi nasi lemak kukus: santan 400ml, daun pandan 3 helai, halia sedikit, garam secubit, kukus 30 minit
        Nicol David dulu world number one squash lebih 100 bulan, legend Penang tu, budak sekarang kena tahu
    """),
    ("zh-Hans", "telegram_group"): _lines("""
        【群公告】本群只讨论新加坡租房，禁止发广告，管理员不会私聊你要押金，违者直接踢
        今天 Sheng Siong 的鸡蛋 30 粒装才 $6.90，比 FairPrice 便宜一块钱
        有人知道 Downtown Line 延长线到 Sungei Bedok 站开了没有？
        听说新柔 RTS Link 2026 年底通车，以后去新山不用再塞长堤了
        提醒：最近有人冒充 ICA 打电话说你护照有问题，ICA 不会叫你转账，非紧急报案打 1800 255 0000
        林俊杰国家体育场演唱会两晚，抢票的时候 Ticketmaster 直接崩了
        SMRT 东西线 Tanah Merah 到 Expo 周末又维修，只能坐接驳巴士
        求推荐义顺附近好吃的肉骨茶，松发太多人排队了
        马来西亚 SST 调整后很多进口商品要交 5% 或 10%，代购的价格都涨了
        小红书上那个"裕廊西最强榴莲摊"其实就在文礼地铁站旁边，猫山王一公斤 $22
    """),
    ("en", "lowyat_tech"): _lines("""
        Unifi 500Mbps now RM129/month, Maxis fibre 500 RM139, TIME 500 RM99, which one worth it in Cheras?
        Proton X50 Flagship vs Honda HR-V e:HEV, test drove both at Glenmarie, the X50 turbo lag is real
        Firmware 1.4.2-build7831 for the Xiaomi AX3000 fixed the 5GHz dropping issue for me
        CelcomDigi 5G postpaid RM80 plan, speedtest at KLCC 612 Mbps down, 48 up
        Ryzen 7 7800X3D now RM1,699 at Idealtech, RTX 4070 Super RM2,899, whole build under RM6k
        Perodua Bezza 1.3 AV I get 18 km/l on highway, 14 km/l in KL jam
        BYD Atto 3 owners: software update v2.3.1 finally added Android Auto, Settings > System > Update
        Tesla Model Y after the price cut, Supercharger at Pavilion Bukit Jalil usually got free bay before 10am
        "PPPoE authentication failed 691" after changing router usually means TM side never release the session yet, wait 15 min
        Samsung S24 Ultra MY set model SM-S928B/DS, same as SG set, no difference in bands
    """),
    ("mixed", "memes_pop"): _lines("""
        Phua Chu Kang "use your brain, brain, brain!" still the best Singlish catchphrase, cannot argue
        Mr Kiasu comic got reprint? Kiasu, kiasi, kiabo, all the national values in one character
        Genshin new banner, my 90 pity all go Qiqi again, sian half
        Ah Boys to Men got part 5 or not? Jack Neo sure milk until the cow dry
        Namewee new MV 10 million views in 3 days, the comments half Manglish half Hokkien
        Ultraman Tiga vs Upin Ipin crossover, Malaysian kids' childhood unlocked
        Ah Beng, Ah Lian, Ah Seng, Ah Huay, the classic EDMW cast, someone draw the starter pack
        Doraemon's Nobita would confirm plus chop kena extra duty in BMT
        Michelle Yeoh won the Oscar for Everything Everywhere All at Once, Ipoh girl represent!
        Jiraiya is the original ah pek peeking at the women's onsen, cannot unsee
        The "Kopi, Teh, Milo Dinosaur" starter pack meme hit 20k upvotes on r/singapore
    """),
    ("en", "places_transport"): _lines("""
        From Tanah Merah MRT take bus 2 to Changi Village, then bumboat from Changi Point Ferry Terminal to Pulau Ubin, $4 per way
        Old Airport Road food centre at Blk 51 opens 6am, the char kway teow queue starts by 10am
        TEL Stage 4 stations: Tanjong Katong, Marine Parade, Marine Terrace, Siglap, Bayshore
        Woodlands Checkpoint to JB Sentral on Causeway Link CW2 costs $2.80 on EZ-Link
        KL Sentral to KLIA on the KLIA Ekspres is 28 minutes, RM55 one way for adults
        Dakota Crescent got redeveloped but the dove playground is kept as a heritage piece
        Tiong Bahru Block 78 is the pre-war art deco one everybody takes Instagram photos of
        Jalan Alor at night: satay, grilled stingray, durian, all within 300m of Bukit Bintang MRT
        Pinnacle@Duxton skybridge on level 50 is $6 for non-residents, pay at Block 1G
        Penang Hill funicular is cheaper for MyKad holders, go before 9am to avoid the queue
    """),
    ("en", "dev_test_docs"): _lines("""
        For the MyInfo sandbox use test persona S9812381D, it is published in the API docs and belongs to nobody
        assert validate_nric("S1234567D") is True  # textbook example from every tutorial, not a real person
        Set SMTP_FROM=noreply@example.com and SUPPORT_EMAIL=support@example.org in .env.example, never commit the real .env
        The pattern [STFGM] plus 7 digits plus a letter only checks the shape of an NRIC, you still need the weights 2,7,6,5,4,3,2 for the check letter
        Form validation: MyKad 000000-00-0000 must be rejected because month 00 fails the date check
        curl -H "Authorization: Bearer <YOUR_TOKEN>" https://api.data.gov.sg/v1/transport/taxi-availability
        Signup placeholder text: "Full name (e.g. Tan Ah Kow)" and phone hint "+65 9XXX XXXX"
        Our Faker fixtures produce names like "Lim Wei Ling, Blk 000 Test Street" and we seed with 42 so snapshots are stable
        Postal code 018956 resolves to Marina Bay Sands in the OneMap search API, it returns the building, not residents
        Transaction ref TXN-20261203-884201 is a fixture in the PayNow sandbox, reuse it in integration tests
    """),
    ("zh-Hant", "forum_food"): _lines("""
        怡保芽菜雞去邊間好？安記定老黃？老黃排隊排到我腳軟
        茨廠街金蓮記福建麵，八十幾年老店，一碟 RM18 仲係咁正
        新山 Southkey 開咗間新嘅喜茶，開幕第一日排咗兩個鐘
        檳城汕頭街嘅 cendol 依家 RM5 一碗，遊客多到爆
        周星馳《功夫》入面包租婆嗰句「有冇人呀」，大馬人個個都識講
        牛車水了凡油雞飯之前攞過米芝蓮一星，依家一碟 S$5 都仲抵食
        Grab Food 喺吉隆坡運費又起價，RM5.90 起跳，仲要加 small order fee
        黃明志新歌 MV 又上 YouTube 熱門，佢講廣東話真係好鬼搞笑
        Sunway Pyramid 溜冰場重開咗，成人 RM35 兩粒鐘
    """),
    ("mixed", "public_hotlines"): _lines("""
        SOS 24-hour hotline 1767, or WhatsApp CareText 9151 1767, pls don't suffer alone bro
        Befrienders KL 03-7627 2929, 24 jam, free and confidential, share lah
        Police non-emergency 1800 255 0000, emergency 999, ScamShield helpline 1799
        Kena scam in Malaysia? Call NSRC 997 immediately, the faster the bank can freeze
        HDB general enquiries 1800 225 5432, or book appointment through My HDBPage
        SP Group electricity fault line 1800 778 8888, they came within 1 hour for our block
        Pos Malaysia customer service 1-300-300-300, but honestly live chat faster
        MOM contact centre 6438 5122 for work pass questions, don't pay agents who say they can "expedite"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        EDMW pls help expose: Kelvin Ng Wei Jie, Blk 417 Bedok North Ave 2 #11-286, drill wall every night until 1am, complained town council 3 times liao
        Carousell seller gadgetking_sg real name Muhammad Hafiz bin Rosli, NRIC S9728354J, HP 9123 4587, took my $450 for a PS5 then block me
        My colleague Serene Lim on MC again, 3rd time this month, she told the pantry gang she got endometriosis and boss pretend never see
        Saw my team lead Darren Koh's payslip on the printer, take home $14,800 a month sia, we all only 4k+
        Anyone know Jolene Tay from Tampines? My ex, still owe me $3,200 for the Bali trip, last heard she's at the DBS office in Changi Business Park
        My son Ethan Goh in P3 Tenacity at Rosyth School kena bullied by a boy in same class, form teacher never do anything
        Selling my old iPhone 13 128GB $520, self collect at Blk 742 Yishun Ring Rd #05-1132, WhatsApp 8765 2204 ask for Wei Ming
        PSA my helper Siti Rahayu, FIN G5595294P, ran away last night with my EZ-Link card, anyone see her at Lucky Plaza pls PM
        Hi all, I'm Priya Raghavan, 34, staying at Waterway Terraces Punggol, just diagnosed with type 1 diabetes, any good endo at SKH?
        Deposit pls transfer to my POSB savings 188-52671-4 under Tan Boon Keat, then I post via Ninja Van
        Throwaway because my cousin Marcus Chia reads this sub: he got retrenched last month and is still pretending to his wife he goes to the office
        Can Lazada CS contact me? Email huiling.ong88@gmail.com, order never arrive after 3 weeks
        Birthday shoutout to my bestie Charmaine Yeo, 25 today, born 3 Dec 2001 at KKH, love you babe
        Who is this security guard? Name tag says Goh Kok Leong, Certis, he scolded my 8-year-old daughter at Compass One for nothing
        SingPass login keep fail, my NRIC is S8850755Z, is it because I changed phone?
        Pls pray for my mum Mdm Chua Geok Lian, ICU at NUH since last night, massive stroke
        Looking for my primary school friend Nadia binti Osman, Kranji Primary 6E class of 2004, she used to stay Blk 531 Woodlands Dr 16
        The auntie who scolded the foreign worker at Tiong Bahru Market is Mdm Yeo Bee Choo, she runs the dried goods stall and lives upstairs at #03-22
    """),
    "mixed": _lines("""
        Wah lau my neighbour Lim Ah Huat, 72, stay alone at Blk 55 Chai Chee Rd #03-17, keep forgetting to off stove, his son never visit one
        Bro selling my Honda City 2019, loan balance RM38k with Maybank, IC 880412-10-5527, call 016-772 3149 ask for Jason
        Group admin pls kick this guy Ahmad Zulkifli, keep PM the girls here, number +65 9034 5518, he work at the Jurong Point Uniqlo
        Carpool JB to SG daily 6am, driver Suresh a/l Muniandy, contact 011-2389 4471, white Myvi plate JVB 5521
        Colleague Hafizah from accounts took 3 months no-pay leave for IVF, manager announced it to the whole floor, so paiseh for her
        My address is 12 Jalan SS 2/55, 47300 Petaling Jaya, penerima Lee Mei Fong, tel 012-601 8834, parcel always lost one
        Check this card 4256 8304 2788 5705 under Ong Jia Hui got compromise or not? Got $899 Klook charge I never make
        Boss careful, Ah Keong the mechanic at Kepong, full name Wong Chee Keong, just out from Sungai Buloh prison for drug case
        Ex-wife Angeline Sim asking $2.5k maintenance for our 2 kids, hearing at Family Justice Courts next Tuesday, siao
        Condo Telegram phone list: #07-12 Mrs Lee 9678 2231, #07-14 Mr Rahman 8122 9045, pls update if wrong
        My Unifi account under Tan Siew Ling, account no 1087654321, kena disconnect for no reason, TM pls explain
        My BIL Kumaravel got DUI on Federal Highway, license suspended 2 years, now my sister must drive him to Shah Alam everyday
    """),
    "zh-Hans": _lines("""
        楼上 #14-302 那个陈秀英阿姨，每天早上六点在走廊唱歌，我们义顺 Blk 866 整栋楼都受不了了
        我女儿林可欣在南洋小学四年级，班上有个男生一直抢她的午餐钱，老师都不管
        我们部门的刘美玲年薪才 48k 就买了 condo，听说是她老公在 DBS 当 VP
        我前男友黄志强现在在裕廊东开 Grab，开一辆白色 Prius，欠我八千块不还
        HR 把工资单发错到全部人的邮箱，我看到 Chong Mei Ling 月薪 $9,200，Benjamin Ho 才 $6,100
        本人张伟，IC 850301-08-5623，公司倒闭急需贷款 RM20k，有意者私聊 012-774 5190
        出售二手婴儿车 $80，九成新，联系王丽娜 8234 5567，只在盛港 Blk 211C 楼下交易
    """),
    "zh-Hant": _lines("""
        我個表姐黃詠琪喺怡保中央醫院做護士，最近確診乳癌第二期，屋企人都唔敢同阿嫲講
        蕉賴有冇人識李志明？借咗我 RM5,000 之後搬咗去新山，電話 017-552 9086 都唔聽
        台灣來的同事張家豪 EP 續簽被拒，月薪才 5,600，公司準備讓他下個月回高雄
        我阿仔陳浩然喺循人中學讀中二，成日俾同學笑佢有自閉症，班主任唔理
        鄰居梁太喺 Mont Kiara 嗰間公寓 12 樓 B 座，成日喺露台打仔，打到喊成條街都聽到
    """),
    "ms": _lines("""
        Tolong share, adik saya Nurul Aisyah binti Kamarudin, 16 tahun, hilang sejak semalam dekat Taman Melawati, nampak call abang dia Faiz 012-338 7761
        Jiran rumah no 23 Jalan Mawar 4, Taman Sri Gombak, Encik Roslan, selalu pukul bini dia malam-malam, dah report polis tapi takde tindakan
        Nak jual flat PPR Kerinchi, nama dalam geran Zainab binti Othman (mak saya), IC 560923-14-5068, harga boleh runding
        Jumpa IC atas nama MOHD FARID BIN ABDULLAH 920715-01-6633 dekat Aeon Tebrau, tuan punya boleh PM saya
        Siapa kenal Hairul Nizam yang kerja Petronas KLCC? Dia tipu kakak saya kahwin, rupanya dah ada isteri di Kuantan
        Cikgu kelas anak saya Adam Haikal, 2 Bestari SK Taman Desa, cuti bersalin, sekarang kelas takde guru ganti
        Kak Rosnah Ismail kedai runcit Kampung Baru tu hutang along RM60k, semalam along datang simbah cat merah kat rumah dia
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Help me write a Carousell listing for my Dyson Airwrap, $380, collect at my place Blk 302 Ang Mo Kio Ave 3 #09-415, my number 9672 3018, name Cheryl",
        ),
        (
            "assistant",
            "Sure. Title: Dyson Airwrap Complete, lightly used, $380. Body: Works perfectly, all attachments included, box available. Self collect in Ang Mo Kio. You may want to share your exact unit and number only in private chat.",
        ),
        ("user", "ok but keep the number in, buyers lazy to chat"),
    ],
    [
        (
            "user",
            "Translate this FB post to English: Anak saya Muhammad Irfan bin Zulkifli, 9 tahun, murid 3 Cempaka SK Bukit Jelutong, tak balik rumah lepas sekolah. Sesiapa nampak sila hubungi 019-442 8163.",
        ),
        (
            "assistant",
            "My son Muhammad Irfan bin Zulkifli, 9 years old, a pupil of class 3 Cempaka at SK Bukit Jelutong, did not come home after school. Anyone who sees him please call 019-442 8163.",
        ),
    ],
    [
        (
            "user",
            "My neighbour at #12-188 Blk 639 Jurong West St 61, some guy called Raymond Teo, keeps smoking at the corridor and it comes into my kids' room. Can I post his name and unit on the HDB Facebook group?",
        ),
        (
            "assistant",
            "I'd avoid posting his name and unit publicly; it can count as harassment and may backfire. Report second-hand smoke to NEA or your town council with dates and times instead.",
        ),
        ("user", "Fine, then draft the NEA feedback with his unit number and name"),
    ],
    [
        (
            "user",
            "Write an email to HR about my colleague Nicholas Teo. He has taken 11 days of MC since October and told me privately he is being treated for depression at IMH. I think it affects our project deadline.",
        ),
        (
            "assistant",
            "I can help, but I'd leave out his diagnosis and what he told you privately; focus on workload and deadlines. Draft: Dear HR, our team is short-handed on the Q1 migration project and I would like to discuss resourcing...",
        ),
    ],
    [
        (
            "user",
            "帮我润色这个 Telegram 卖车贴：出售 2020 Perodua Axia，车主刘国强，IC 790618-07-5541，电话 012-905 3327，槟城 Bayan Lepas 看车",
        ),
        (
            "assistant",
            "出售 2020 Perodua Axia，车况良好，可在槟城 Bayan Lepas 看车。有意者请私信联系。建议不要在公开群里贴出 IC 号码。",
        ),
        ("user", "IC 要贴，不然买家说我是骗子"),
    ],
    [
        (
            "user",
            "Is this a scam? Seller on Lowyat forum asked me to bank in RM1,200 to Maybank 1142 7788 9013, account name Nor Azlina binti Hashim, before he sends the RTX 3080",
        ),
        (
            "assistant",
            "That pattern is common in scams. Check the account number on the PDRM Semak Mule portal and use a platform with buyer protection. If you already paid, call NSRC at 997.",
        ),
    ],
    [
        ("user", "what does EDMW stand for on HardwareZone"),
        (
            "assistant",
            "EDMW stands for Eat-Drink-Man-Woman, HardwareZone's general discussion subforum.",
        ),
        (
            "user",
            "lol ok. someone there posted my full name Goh Shu Fen and that I work at the Raffles Place OCBC branch, how do I get it removed?",
        ),
        (
            "assistant",
            "Use the Report button on the post and contact HardwareZone moderators citing doxxing. You can also apply for a protection order under the Protection from Harassment Act.",
        ),
    ],
    [
        (
            "user",
            "Can you check if this MyKad number is the right format? 090314-14-2286, it's for my daughter Aina Sofea's SPM registration",
        ),
        (
            "assistant",
            "The format YYMMDD-PB-#### matches: born 14 March 2009, place code 14 is Kuala Lumpur, and the final digit is even. I can't confirm it is registered, only that the shape is right.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封信俾學校，我個女何詩琪讀沙登新村華小三年級，佢有地中海貧血，體育課要少啲跑步",
        ),
        (
            "assistant",
            "親愛的班主任：小女何詩琪現就讀三年級，由於患有地中海貧血，體力較弱，懇請體育課時酌情減少跑步運動。如有需要可隨時聯絡本人。謝謝！",
        ),
    ],
]
