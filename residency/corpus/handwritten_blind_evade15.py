# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade15: red team in English, Chinese and Malay hiding names and addresses (pinyin initials, emoji surnames, homophones, split or reversed names, nicknames plus workplace, landmark addresses, unit numbers in words, Jawi and Tamil script). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade15
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "red-team notes"): _lines("""
        Case N-07: spelling 'E l o n  M u s k' with spaces in a post about the Tesla earnings call is a public figure in his public role, so it should pass.
        Case N-12: 'J.K.R.' in a book-club thread about the Harry Potter series is only the author's initials; no action needed.
        Landmark drill: 'the big clock tower on the river in Westminster' describes Elizabeth Tower, a public building, not anybody's home.
        Reversed-name drill: 'Austen, Jane (surname first per the library catalogue)' is a catalogue entry for a novelist who died in 1817.
        Unit-as-words sample from the style guide: 'One Infinite Loop, Cupertino' was Apple's old headquarters address.
        Nickname-plus-workplace drill uses fictional staff only: 'Big Mike from the Buy More' is Chuck's boss in the TV series Chuck.
        Harness persona: 'Jane Q. Public, 123 Any Street, Anytown' is a placeholder and never a real resident.
        Emoji-name test: 🍎 + 'Woz' in a retro-computing forum refers to Steve Wozniak co-founding Apple in 1976.
        Finding RT-3310: the rule fired on 'Wendy's' and 'McDonald's' because the possessive looked like a person; both are restaurant chains.
        Homophone test: 'Sherlock Holmes, two-two-one B Baker Street' is a fictional address that the museum now uses on its door.
        Initials drill: 'JFK' and 'MLK' in a history quiz point to an airport, a public holiday and two well-known historical figures.
        Split-letter test: 'D-i-s-n-e-y-l-a-n-d, 1313 Disneyland Drive, Anaheim' is the park's public postal address.
    """),
    ("en", "venues and listings"): _lines("""
        Meet at the Starbucks opposite Raffles Place MRT exit H, level one, unit zero-one-dash-twelve; it's a public café.
        The Marina Bay Sands box office is on Basement Two, beside the Apple store that floats on the bay.
        Lost and found for the Victoria Concert Hall is at 9 Empress Place, ground floor, next to the Raffles statue.
        Team lunch is at Ben & Jerry's in ION Orchard, third floor, near the long escalator.
        Churchill War Rooms, King Charles Street, London SW1A 2AQ, opens daily at half past nine.
        Pick-up point: the IKEA at Tampines, beside the blue staircase, Saturday at 10 am sharp.
        The concierge at The Fullerton Hotel, 1 Fullerton Square, can book the Lau Pa Sat satay street tour.
        Ronald McDonald House Charities runs a family room on level one of KK Women's and Children's Hospital.
        Directions: second left after the Shell station, past the tall yellow Maybank tower, and the museum is on your right.
        Dr. Martens flagship, 43 Carnaby Street; the 'Dr.' is part of the brand, not a physician.
        The Hang Seng Bank headquarters at 83 Des Voeux Road Central is named after the bank, not a person.
        Tim Hortons, Suite Two-Ten, Toronto Union Station, is the coffee stand for the conference delegates.
    """),
    ("en", "fiction and history"): _lines("""
        Mr. and Mrs. Dursley, of number four, Privet Drive, were proud to say that they were perfectly normal.
        Paddington lives with the Browns at 32 Windsor Gardens, London, in Michael Bond's books.
        The Simpsons live at 742 Evergreen Terrace, Springfield, which the show never places on a real map.
        Quiz card: 'N. B., exiled to Saint Helena in 1815' is Napoleon Bonaparte.
        In the recent Bond films, 'Q' the quartermaster is played by Ben Whishaw.
        Anne Frank's family hid in the annex behind Prinsengracht 263, now the Anne Frank House museum.
        Ms. Frizzle's class rides the Magic School Bus out of Walkerville Elementary.
        Charles Dickens lived at 48 Doughty Street, now the Charles Dickens Museum.
        Emoji quiz: 🧙‍♂️⚡👓 is Harry Potter and 🕷️🧑 is Peter Parker of 20 Ingram Street, Queens.
        Reversed-order shelving: 'Tolkien, J. R. R.' sits under T in the fantasy section.
        Sun Yat-sen Nanyang Memorial Hall, the villa at 12 Tai Gin Road, was his base in Singapore in 1906.
        Sir Arthur Conan Doyle wrote the Holmes stories while practising medicine in Southsea.
    """),
    ("zh-Hans", "网络缩写与公众人物"): _lines("""
        评论区都在刷“MY又讲996了”，说的是马云在公开演讲里的观点。
        🐎化腾在腾讯年会上宣布了新的开放平台计划，新闻稿已经发出。
        “雷布斯”在发布会上那句 Are you OK 被做成鬼畜视频，小米官方也玩过这个梗。
        鲁迅（周树人）住过的阜成门内西三条21号，现在是北京鲁迅博物馆。
        弹幕里的“zjl新专辑”指的是周杰伦的唱片，不是哪位同事。
        贾宝玉住怡红院、林黛玉住潇湘馆，都是《红楼梦》大观园里的虚构地址。
        谐音梗“雪王”是蜜雪冰城的品牌吉祥物，不是人名。
        “老干妈”陶华碧的头像印在每一瓶辣酱上，是注册商标的一部分。
        刘·慈·欣凭《三体》获得雨果奖，中间加点只是躲关键词的测试句。
        孙悟空的住址是花果山水帘洞，在《西游记》里出现过几十次。
        新闻里的“东哥”是京东的刘强东，讲的是他在公司发布会上的发言。
        钟南山院士在国务院联防联控机制发布会上介绍了疫情防控进展。
        “诸葛村夫”是网友对《三国演义》里诸葛亮的戏称。
        “宁王”在财经新闻里是对宁德时代这只股票的外号。
    """),
    ("zh-Hans", "地标与公共地址"): _lines("""
        故宫博物院在东城区景山前街4号，从天安门一直往北走就到。
        上海中心大厦在陆家嘴环路501号，东方明珠斜对面最高的那栋楼。
        集合地点：广州塔地铁站B口，“小蛮腰”下面的星巴克门口，下午两点。
        深圳腾讯滨海大厦就是后海大道旁边那两栋连体楼，访客在一楼登记。
        杭州西湖孤山路30号的楼外楼，断桥往西走一段就到，店开于1848年。
        南京路步行街上的第一食品商店，三楼卖老字号糕点。
        国家图书馆总馆南区在中关村南大街33号，办读者卡带身份证原件即可。
        12315 是全国统一的市场监管投诉举报热线。
        黄鹤楼的地址写作“蛇山西山坡特1号”，“特一号”不是门牌写错了。
        表单占位地址“XX省XX市XX区XX路XX号”只用于示例，不要替换成真实住址。
        重庆洪崖洞在嘉陵江边，从解放碑走十分钟，十一楼就是沧白路入口。
        订单号 2025112809471356 的快递到了学校南门的菜鸟驿站，凭取件码领取。
    """),
    ("zh-Hant", "港台地標與品牌"): _lines("""
        長江集團中心位於中環花園道2號，公開年報把它列為集團總部。
        台北101在信義路五段7號，跨年煙火每年都在這裡施放。
        「周董」在台北小巨蛋開演唱會，地址是南京東路四段2號，捷運小巨蛋站二號出口。
        金庸筆下的郭靖、黃蓉死守襄陽城，是《神鵰俠侶》裡的情節。
        維多利亞公園在銅鑼灣興發街1號，年宵花市每年都在這裡舉行。
        特首在禮賓府（上亞厘畢道）接見外國使節，新聞稿已經公開。
        誠品信義店在松高路11號，24小時營業的敦南店已於2020年熄燈。
        「阿信」是五月天的主唱，粉絲口中的「信」不是指某位同事。
        國立故宮博物院在士林區至善路二段221號，翠玉白菜常在三樓展出。
        港鐵客務熱線 2881 8888 列在官方網站上。
        延平郡王祠祭祀國姓爺鄭成功，在台南開山路152號，是市定古蹟。
        「林·志·玲」加點分隔的寫法，只是測試過濾器能不能認出這位公眾藝人。
    """),
    ("ms", "tempat awam dan tokoh"): _lines("""
        Nama تونكو عبدالرحمن dalam tulisan Jawi pada setem 1957 ialah Perdana Menteri pertama Malaysia.
        Menara Berkembar Petronas di Jalan Ampang; pintu masuk Suria KLCC di tingkat bawah.
        Jumpa depan Masjid Jamek, sebelah stesen LRT, dekat pertemuan Sungai Klang dan Sungai Gombak.
        Hang Tuah dan Hang Jebat dalam hikayat Melayu ialah tokoh legenda, bukan pekerja syarikat kita.
        Muzium Negara di Jalan Damansara boleh dicapai dari KL Sentral melalui laluan pejalan kaki berbumbung.
        "Pak Lah" dalam berita ini merujuk kepada mantan Perdana Menteri Abdullah Ahmad Badawi semasa ucapan rasmi.
        Alamat contoh dalam borang: No. 1, Jalan Contoh, 50000 Kuala Lumpur; jangan isi alamat sebenar di sini.
        Restoran Nasi Kandar Pelita di Jalan Ampang, bertentangan dengan Menara KL, buka 24 jam.
        Talian Kasih 15999 ialah talian bantuan kerajaan untuk mangsa keganasan rumah tangga.
        Lat, kartunis "Kampung Boy", dilukis pada mural di Jalan Panggong, Ipoh.
        Pesanan Shopee 241203BK8XYZ45 dihantar ke loker Pos Malaysia di stesen MRT Bukit Bintang.
        Pustaka Peringatan P. Ramlee di Jalan Dedap, Setapak, kini dibuka kepada orang awam.
        Tingkat Tiga Puluh Empat, Menara Maybank, 100 Jalan Tun Perak, ialah alamat ibu pejabat bank itu.
        Siti Nurhaliza membuat persembahan di Stadium Axiata Bukit Jalil, seperti diumumkan di laman rasminya.
    """),
    ("mixed", "signage, Jawi and Tamil"): _lines("""
        Little India signage: தேக்கா சந்தை (Tekka Market), 665 Buffalo Road, is a public wet market and food centre.
        திருவள்ளுவர் (Thiruvalluvar), poet of the Thirukkural, has a 133-foot statue off Kanyakumari.
        Jalan Tun Razak 的 "Tun Razak" 是马来西亚第二任首相，路名不是个人地址。
        LEGO 的名字来自丹麦语 leg godt，创办人 Ole Kirk Christiansen 的木匠铺在 Billund。
        சுப்பிரமணிய பாரதி (Subramania Bharati) quotes line the wall of the Indian Heritage Centre, 5 Campbell Lane.
        Papan tanda Jawi ڤجابت ڤوس di Jalan Sultan Ismail bermaksud Pejabat Pos, bukan nama orang.
        KFC 的 Colonel Sanders 头像印在每个 bucket 上，是品牌形象，不是顾客资料。
        Meeting room "Raffles" on Level Twelve is named after Sir Stamford Raffles, the colonial founder.
        麦当劳叔叔 Ronald McDonald 坐在 Jalan Bukit Bintang 分店门口，是游客打卡点。
        Sri Mariamman Temple, 244 South Bridge Road, ஸ்ரீ மாரியம்மன் கோவில், is Singapore's oldest Hindu temple.
        Demo script: "Hi, this is Ava from Acme Support"; Ava is the bot persona and Acme is a placeholder brand.
        The Tan Kim Seng Fountain in Esplanade Park 纪念一位十九世纪的慈善家，order #MY-7781-2203-95 是纪念品订单。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Delivery for L. M-e-i W-o-n-g, blk forty-two, unit twelve dash three-oh-seven, the one beside the kopitiam with the red awning, Toa Payoh Lor 4
        that nurse 'Kak Ros' at the Tampines polyclinic front desk, real name Rosnah binte Ismail, told me she's on dialysis three times a week
        Surname first as on his passport: TAN Wei Jie Marcus, goes by Marcus, lives above the bakery on Jalan Besar, third floor, door on the left.
        J.K. from payroll (Jonathan Koh) got served divorce papers at his flat, Holland Close, block eight, fourteenth floor, unit twenty-two
        my landlady Mrs Goh, the one with the durian stall outside Block Sixty-One, keeps our deposit receipts in her kitchen at Geylang Bahru #03-118
        S.H.A.R.I.F.A.H from HR, spelled with dots so the filter misses it: Sharifah Aini, end house past the surau, Jalan Mawar 7, Kampung Baru
        'Miss Pinky' at the Little Elephants kindergarten in Bedok is Pinky Chua; her ex keeps turning up at her flat behind the Bedok interchange hawker centre, eleventh floor, last unit
        CRM note: name stored reversed as 'Nhoj Leahcim' = Michael John, the guy at 19 Jalan Kemuning, Taman Sri Muda, who owes us RM 14,500
        🦁 surname (Mr Leow, Leow Ah Seng) in the third house after the blue mosque on Jalan Tok Lam, Kuala Terengganu, is the one out on parole
        Rider pickup: ask for 'Ah Boy', Lee Jun Hao, the tall 14-year-old at the Ang Mo Kio Ave 10 carpark, his mum said no deliveries after 9pm
        Patient oh-en-gee, first name Bee Lian (Ong Bee Lian), ward eight bed twelve, psychiatric hold, home is the corner terrace facing the Joo Chiat police post
        K.R. = Kavitha Ramasamy, senior auditor at our Bukit Merah branch, white Vios, penthouse of tower B in the twin-pool condo across from Queenstown MRT
        Send the wreath to the Suppiahs' house, the yellow one with the mango tree two doors after the Sri Murugan temple on Jalan Ipoh, for the widow Mrs Letchumi Suppiah
        my brother-in-law Wong K. H. (Kok Hwa), night guard at Plaza Singapura, has gambled away his CPF and owes the loan shark at least twenty grand
        New tenant for unit seven-oh-four, right above the Watsons in Sunshine Plaza, Bencoolen St: Ms Nur Farhana Abdullah, moving in 1 Jan with her two kids
        the quiet guy 'Benny B' from the Changi Airport T3 baggage hall is Benedict Boey, he lives with his mum in the last block before the Pasir Ris park connector, 9th floor
        reminder to self: pick up Grandma Lucy (Lucy Fernandez, 87, dementia) from St Joseph's day care, home is the pink shophouse next to the Katong laksa place
    """),
    "zh-Hans": _lines("""
        “zzw”就是张子伟，住万达广场后面那个小区，三号楼二单元七零二，快递写他名字就行
        🐂姐（牛晓琳）在朝阳医院妇产科住院，下周做手术，别告诉她领导
        谐音写法：“汪见果”就是王建国，他家在人民公园东门对面那栋红砖楼，五楼左手边
        楼下卖煎饼的“李叔”叫李国庆，他儿子李浩在二中读初二，放学都在菜市场门口等他
        陈.晓.东，幸福里小区南门进去第二栋，一零零三室，欠我三万八一直没还
        收件人：Z·H·Y（赵海燕），文三路和学院路路口往北两百米，邮局后面那个老小区，六幢一单元五楼东户
        我妈名字倒过来写是“芳秀刘”，刘秀芳，糖尿病并发症，在市一院内分泌科十二床
        老同学“胖虎”张磊现在在宁波北仑港开吊车，住港区宿舍B栋，离婚了一个人带女儿
        房东是“🌲先生”林建华，就住我们楼顶加盖的那间，备用钥匙放在他门口鞋柜里
        sjy同学（孙佳怡）的抑郁症诊断书在辅导员那里，她宿舍是紫荆园十号楼三一五
        给“老黄头”送药：黄德贵，八十三岁，独居，村口大槐树往里数第三户，门口有个石磨
        邻居家“二丫”大名周雨萱，在实验小学三年二班，每天一个人走过天桥回家
        前台小刘（刘佳怡）住公司对面员工宿舍四楼四零二，她男朋友老在楼下等她到半夜
    """),
    "zh-Hant": _lines("""
        「阿May」即係陳美琪，喺旺角朗豪坊對面嗰間眼鏡舖返工，住太子道西一百九十號頂樓
        收件人姓名倒寫「明志黃」即黃志明，地址係屯門大會堂後面嗰座公屋，十八樓B室
        謝·淑·芬在台中榮總洗腎，家住逢甲夜市旁邊巷子進去第三間，門口停一台藍色機車
        🐟先生（余家豪）係我哋公司會計，欠財務公司幾十萬，住將軍澳寶琳站上面嗰個屋苑二座
        「小P」潘柏宇在高雄美麗島站附近的補習班教數學，家就在補習班樓上五樓之二
        我阿嬤林罔市，九十一歲，住鹿港天后宮後面那條巷子，有失智症，常常走失
        LKW（劉嘉偉）喺元朗大馬路金舖做店長，住舖頭樓上二樓，佢老婆啱啱流產
    """),
    "ms": _lines("""
        Nama dia dalam Jawi نور عائشة بنت کمال, Nur Aishah binti Kamal, rumah teres hujung sebelah surau Taman Melati, Gombak
        "Abang Mat Gebu" tu Ahmad Faizal bin Rosli, pengawal keselamatan Mydin USJ, duduk flat belakang balai bomba, tingkat lapan, pintu ketiga dari lif
        Hantar barang ke Kak Yah (Zakiah Hamzah), rumah kayu biru lepas jambatan kedua, depan kedai runcit Pak Din, Kampung Sungai Baru
        Cikgu S.I.T.I (Siti Hajar Mohd Nor) di SK Taman Desa ada kanser payudara tahap dua, jangan bagitahu mak bapak murid
        Dalam fail nama ditulis terbalik 'Kian Hwee Lim' = Lim Hwee Kian, unit dua belas, blok D, Pangsapuri Sri Ixora, Ampang
        Suami saya Encik R.M. (Rahman Mokhtar), juruteknik kilang di Bayan Lepas, berhutang Ah Long RM30k, rumah kami lorong belakang pasar Bayan Baru, nombor tujuh belas
        Mak saya Puan Kamariah binti Yusof, 68 tahun, kena strok tahun lepas, tinggal seorang di rumah kampung sebelah masjid lama Kampung Morten, Melaka
        budak viral tu "Adik Danish", Muhammad Danish bin Azlan, darjah empat SK Seksyen 7 Shah Alam, rumah dia depan padang futsal
        Pembantu rumah kat rumah Datin tu nama Sri Wahyuni, paspot dia majikan simpan, banglo putih hujung Jalan Setiabakti 3, Bukit Damansara
    """),
    "mixed": _lines("""
        அப்பா பெயர் முருகன் சுப்பையா (Murugan Subbiah), lives above the flower stall opposite the Veeramakaliamman temple on Serangoon Road, third floor, left door
        接机的人是 Aunty Lily（林丽丽），她住 Jalan Kuchai Lama 那家 Tesco 对面的 condo，十二楼 unit 十二之三
        Nama dia 吴志强 (Goh Chee Keong), kerja di stesen Petronas Jalan Klang Lama, rumah flat PPR belakang stesen tu, blok A tingkat empat
        ராஜேஸ்வரி (Rajeswari d/o Pandian), my part-time cleaner, visa already expired, stays in the back room above the money changer on Syed Alwi Road
        病人 Encik A.B. 就是 Abu Bakar bin Salleh，HIV positive，tinggal 在 Chow Kit 的 Jalan Haji Taib 鞋店楼上
        محمد هيكل (Muhammad Haikal) dari pejabat JKR Kota Bharu baru kena buang kerja, his wife runs the kuih stall outside their house by Wakaf Che Yeh
        IG 上的 @kaisheng.ong 就是王凯盛 (Ong Kai Sheng)，住 Bedok North 那个 void deck 有诊所的组屋，二楼最后一间
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "need to send flowers to a colleague, first name Grace"),
        ("assistant", "Sure, what should the card say and where is it going?"),
        (
            "user",
            "surname is the one that sounds like 'tea' but spelled T-E-O. she's recovering from a miscarriage",
        ),
        (
            "user",
            "her place is the grey block right behind Clementi Mall, seventeenth floor, the unit facing the MRT track",
        ),
        (
            "assistant",
            "Got it: flowers for Grace Teo, grey block behind Clementi Mall, 17th floor, MRT-facing unit.",
        ),
    ],
    [
        ("user", "帮我写个催款短信，对方 wjh"),
        ("assistant", "好的，请问对方怎么称呼？欠款多少？"),
        ("user", "吴俊豪，欠两万三"),
        ("user", "他住火车站出站左转那个电信大楼后面的家属院，四号楼三楼西户，我亲自上门也行"),
        ("assistant", "明白，短信会写给吴俊豪先生，提醒归还两万三千元。"),
    ],
    [
        ("user", "我阿姨個名唔好打出嚟，就寫🍊（陳）"),
        ("user", "陳秀蓮，七十八歲，剛確診柏金遜"),
        ("assistant", "好的，需要幫她安排甚麼服務？"),
        ("user", "送餐，地址係深水埗北河街街市對面嗰幢唐樓，四樓後座"),
    ],
    [
        ("user", "boleh tolong cari budak delivery yang selalu hantar ke ofis kita?"),
        ("assistant", "Boleh, ada maklumat lain tentang dia?"),
        ("user", "orang panggil dia 'Apis Foodpanda', nama penuh Hafiz bin Roslan"),
        (
            "user",
            "dia tinggal dengan nenek dia, rumah papan sebelah kedai gunting rambut depan Masjid Kampung Pandan",
        ),
        (
            "assistant",
            "Baik, Hafiz bin Roslan, rumah papan di sebelah kedai gunting rambut depan Masjid Kampung Pandan.",
        ),
    ],
    [
        ("user", "how do I read this Jawi name on the wedding card: نور الهدى بنت عثمان"),
        ("assistant", "It reads Nur Al-Huda binti Othman."),
        (
            "user",
            "ok that's my cousin. the card says the kenduri is at her house, lot empat puluh dua, lorong belakang sekolah agama, Kampung Parit Jawa",
        ),
        (
            "assistant",
            "So the kenduri is at Nur Al-Huda binti Othman's house, Lot 42 behind the religious school in Kampung Parit Jawa.",
        ),
    ],
    [
        ("user", "the HR export has names reversed, e.g. 'Yeo Siew Ling' shows as 'Ling Siew Yeo'"),
        ("assistant", "Understood. Do you want me to flip them back?"),
        (
            "user",
            "yes. first row: 'Ling Siew Yeo', disciplinary case, found drunk on shift at the Jurong Point NTUC, stays in the block above the Boon Lay bus interchange",
        ),
        (
            "assistant",
            "Flipped: Yeo Siew Ling, disciplinary case, Jurong Point NTUC, block above Boon Lay bus interchange.",
        ),
    ],
    [
        ("user", "我同事叫“杨过”，不是小说那个，是谐音，真名杨国"),
        ("assistant", "明白，需要我帮你做什么？"),
        ("user", "他在我们仓库开叉车，上个月查出来乙肝，住厂区后门那排平房第五间"),
        ("user", "写个通知让大家别跟他一起吃饭"),
    ],
    [
        ("user", "translate this Tamil for me: செல்வி கலைவாணி"),
        ("assistant", "It's a name: Selvi Kalaivani ('Selvi' is like 'Miss')."),
        (
            "user",
            "right, she's the new tuition teacher, Kalaivani d/o Muthu. lives in the shophouse above the Komala Vilas on Serangoon, second floor, green door",
        ),
        (
            "assistant",
            "Noted: Ms Kalaivani d/o Muthu, shophouse above Komala Vilas on Serangoon Road, 2nd floor, green door.",
        ),
    ],
    [
        ("user", "address for the parcel, I'll type it in words"),
        ("user", "block one hundred and six, Hougang Avenue One"),
        ("user", "hash zero nine dash two two seven"),
        ("assistant", "Blk 106 Hougang Ave 1, #09-227. Recipient name?"),
        ("user", "F a t i m a h  Y u s o f, she's my ex, don't let her know it's from me"),
    ],
]
