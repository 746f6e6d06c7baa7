# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade38: nicknames, homophones and landmark-described addresses. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade38
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "谐音梗与网络用语"): _lines("""
        “520”谐音“我爱你”，“1314”谐音“一生一世”，每年5月20日花店订单量都会暴涨。
        “杯具”是“悲剧”的谐音，“河蟹”是“和谐”的谐音，都是十几年前的网络流行语。
        有些商家把“微信”写成“V信”“薇信”“威❤”来躲避平台关键词过滤，平台规则已明确禁止这种站外导流。
        “蓝瘦香菇”就是“难受想哭”，出处是2016年一段带口音的网络视频。
        “栓Q”是英文 thank you 的谐音，一般带点无奈或者阴阳怪气的语气。
        数字谐音速查：886=拜拜了，7456=气死我了，9494=就是就是，748=去死吧（慎用）。
        春节倒贴“福”字取“福到了”的谐音；送礼忌讳送钟，因为“送钟”谐音“送终”。
        广东人过年爱吃生菜，谐音“生财”；年糕谐音“年高”，发糕谐音“发高”。
        《西游记》里孙悟空被封“弼马温”，民间说法是取“避马瘟”的谐音。
        鲁迅笔下的阿Q连真名都没人说得清，有人说是“阿桂”，有人说是“阿贵”。
        本店招牌“老王烧烤”只是个名字，跟老板姓啥没关系，加盟电话见门头。
        {昵称}，您好！您关注的主播「{主播昵称}」已开播，点击进入直播间>>
        为啥东北人管人叫“老铁”？因为铁哥们儿关系硬，跟具体哪个人没关系。
    """),
    ("zh-Hans", "地标导航与公共机构"): _lines("""
        市第一人民医院位于人民广场西侧，地铁2号线人民广场站C口出，步行约300米即到，急诊24小时开放。
        出租车师傅一般不认门牌号，打车时说“去市图书馆旁边那个邮政大楼”反而更快。
        国家博物馆在天安门广场东侧，参观需实名预约，每周一闭馆（法定节假日除外）。
        导航提示：前方200米在中山公园东门右转，目的地在您的左侧。
        中山路、中山公园、中山大学大多是为纪念孙中山先生而命名的。
        办理护照请前往市出入境管理局受理大厅（市政务服务中心三楼），工作日9:00-17:00。
        老城区问路常听到“沿着鼓楼往北走，看到麦当劳再左拐”，这种地标式描述比门牌号管用。
        快递柜位置：小区北门保安亭旁，取件码见短信，超时12小时收取0.5元保管费。
        绍兴鲁迅故里在越城区鲁迅中路，包括鲁迅故居、百草园和三味书屋，免费参观需预约。
        本市12345政务服务便民热线可受理噪音扰民、占道经营等投诉，全天24小时接听。
        北京宋庆龄故居位于西城区后海北沿，原为清代醇亲王府花园。
        温馨提示：请在地址栏填写“小区名+楼栋+门牌号”，不要只写“超市旁边”，以免骑手找不到。
        逸夫楼、邵逸夫图书馆在很多高校都有，因为是邵逸夫先生捐资兴建的。
    """),
    ("zh-Hant", "港台花名與街坊店舖"): _lines("""
        「發哥」周潤發喺《英雄本色》入面飾演小馬哥，成為八十年代香港電影經典形象。
        旺角「阿婆豬腳薑」係老字號，喺砵蘭街近山東街，逢星期一休息。
        搭的士講「去海港城」或者「去中環碼頭」就得，司機唔會問你門牌。
        「九叔」係林正英喺殭屍片入面嘅經典角色，道袍加桃木劍。
        港鐵旺角站E2出口出去就係朗豪坊，行三分鐘就到西洋菜南街行人專用區。
        台北「阿宗麵線」在西門町峨嵋街，沒有座位，大家都站在騎樓下吃。
        「阿扁」是陳水扁的暱稱，他在2000年至2008年擔任中華民國總統。
        公屋申請進度查詢熱線 2712 2712，請預備申請編號同申請人香港身份證號碼。
        廣東人忌「4」字，因為同「死」同音，好多新樓盤冇4樓、14樓同24樓。
        佛山黃飛鴻紀念館喺祖廟旁邊，每晚有舞獅表演，學生憑證半價。
        街坊講「去大笪地嗰頭」、「喺榕樹頭等」，其實係油麻地廟街附近嘅老地標。
        「周董」是周杰倫的外號，因為他開了自己的唱片公司當老闆。
    """),
    ("en", "Singapore and Malaysia directions"): _lines("""
        Take the MRT to Toa Payoh, walk through Toa Payoh Hub and the polyclinic is right across the bus interchange.
        In SG most people give directions by block and landmark, e.g. "the block beside the hawker centre", not by street name.
        Old Airport Road Food Centre is at 51 Old Airport Rd; a lot of the stalls close on Mondays.
        Jalan Tunku Abdul Rahman in KL is named after the first Prime Minister of Malaysia.
        ICA Building at 10 Kallang Road is next to Lavender MRT, exit A — bring your appointment letter.
        "Turn left at the big durian tree" is genuinely how some kampung deliveries get routed; good riders call ahead.
        Singlish labels like "Ah Boy", "Ah Girl" and "Ah Beng" are generic terms, not anybody's actual name.
        Order #SG-2025-448812 shipped via Ninja Van, tracking NVSGXY00218375, ETA 2 working days.
        Lee Kuan Yew, often just "LKY", was Singapore's first Prime Minister from 1959 to 1990.
        Mustafa Centre is the big 24h shop along Syed Alwi Road, two mins from Farrer Park MRT exit I.
        Pro tip for Grab: pin the drop-off at the guardhouse, drivers cannot enter most condos without a visitor pass.
        Nasi lemak stall "Makcik Kiah" closed down in 2023 — the name was just the brand, the owners sold the recipe.
    """),
    ("en", "moderation and redaction guidelines"): _lines("""
        Flag listings that spell phone digits as words ("nine eight one...") to bypass contact filters; do not copy the number into the ticket.
        Spam accounts often swap "WeChat" for "V", "VX", "薇" or a heart emoji to dodge keyword rules.
        When redacting, remove nicknames as well as legal names: a nickname plus a landmark address can single someone out.
        Test fixture: user = {"nickname": "<NICK>", "landmark": "<LANDMARK>", "phone": "<PHONE>"}
        Ticket INC-20251205-0442: the delivery address field only said "opposite the fire station"; courier asked the merchant to clarify.
        "Auntie" and "Uncle" are honorifics in Singapore and Malaysia and on their own point to nobody in particular.
        Retention: transcripts containing contact details are purged after 90 days; anonymised transcripts are kept for 2 years.
        Export checksum (sha256): 3b7e9f0c2d41a8e6b5c7d9f1a2e4c6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9
        Safe rewrite example: "Contact [NAME] at [PHONE], lives near [LANDMARK]."
        Annotators: a homophone spelling of a real person's name still counts as their name when the context identifies them.
        Changelog 3.8.2 — normalise 幺/一 and 零/〇 before number matching; no schema changes.
        Reviewer note: the string "ah meng 8888" turned out to be a shop's promo code, not a handle — closed as not PII.
    """),
    ("ms", "arah dan nama gelaran"): _lines("""
        Dari Stesen LRT Masjid Jamek, jalan kaki ke Pasar Seni lebih kurang 5 minit sahaja.
        Orang kampung selalu bagi arah macam "lepas masjid, belok kiri kat pokok mangga besar".
        Hospital Kuala Lumpur terletak di Jalan Pahang, bersebelahan Institut Pediatrik.
        "Pak Lah" ialah gelaran mesra bagi Tun Abdullah Ahmad Badawi, Perdana Menteri Malaysia kelima.
        Mat Kilau ialah pahlawan Pahang yang menentang British pada akhir abad ke-19.
        Panggilan seperti "Abang", "Kakak", "Mak Cik" dan "Pak Cik" ialah panggilan hormat, bukan nama sebenar.
        Talian Kasih 15999 menerima aduan berkaitan keganasan rumah tangga 24 jam sehari.
        Pesanan #MY250012874 telah dihantar melalui Pos Laju, no. penjejakan ER123456785MY.
        Jalan Tun Razak dinamakan sempena Perdana Menteri kedua, Tun Abdul Razak Hussein.
        Sila isi alamat penuh termasuk poskod; alamat seperti "belakang kedai makan" tidak diterima sistem kurier.
        Tok Janggut ialah tokoh penentang British di Kelantan pada tahun 1915.
        Kedai "Pak Mat Char Kuey Teow" buka pukul 6 petang, tutup hari Selasa, depan balai polis lama.
    """),
    ("en", "public figures and fiction"): _lines("""
        Sherlock Holmes "lived" at 221B Baker Street — the address did not exist when the stories were written, now it is a museum.
        Harry Potter slept in the cupboard under the stairs at 4 Privet Drive, Little Whinging, Surrey.
        Ah Q, from Lu Xun's The True Story of Ah Q, is the archetype of the self-deceiving everyman.
        Yao Ming was nicknamed "The Little Giant" and played for the Houston Rockets from 2002 to 2011.
        Stephen Chow, known to Hong Kong fans as "Sing Yeh" (星爺), directed Kung Fu Hustle in 2004.
        In Kung Fu Hustle, the Landlord and Landlady run Pigsty Alley, the tenement the Axe Gang tries to take over.
        Paddington Bear was found at Paddington Station and lives with the Browns at 32 Windsor Gardens.
        Teresa Teng, affectionately "Little Teng" (小鄧), recorded The Moon Represents My Heart in the 1970s.
        Spider-Man's Aunt May lives at 20 Ingram Street in Forest Hills, Queens.
        "The Iron Lady" was the press nickname for Margaret Thatcher, UK Prime Minister 1979–1990.
        Jackie Chan's stage name 成龍 means "to become a dragon"; his Peking Opera school nickname was "Big Nose".
        Lord Voldemort's birth name is Tom Marvolo Riddle, an anagram of "I am Lord Voldemort".
    """),
    ("zh-Hans", "订单与系统日志"): _lines("""
        订单号 DD20251205093318827 已发货，顺丰单号 SF1408273619540，预计12月7日送达。
        【系统】昵称修改成功，新昵称审核中（预计1-3小时），审核期间继续显示原昵称。
        2025-12-05 09:41:27.318 WARN address_parser: 地址仅含地标描述“小学对面”，未解析出门牌号，已转人工复核
        发票号码 24442000000183726615，价税合计 ¥1,268.00，购买方：深圳市鹏程物流有限公司。
        APP 版本 v8.12.3（build 20251201）：修复昵称含 emoji 时个人主页闪退的问题。
        客服热线 95188，服务时间 8:00-22:00；投诉请拨 400-600-8866。
        模板：亲爱的{nickname}，您在{landmark}附近的自提点有{count}件包裹待取，请于{deadline}前领取。
        骑手须知：顾客地址写“XX大厦对面”时先电话确认，不要把顾客的姓名电话写进公开备注。
        统计：本季度“仅地标描述”的收货地址占比3.7%，环比下降0.8个百分点。
        git commit 4e7a1d9: normalize 零/〇/洞/幺 in numeric strings before matching
        库存告警：SKU 6923450657713「小胖丁」卡通抱枕 剩余12件，请及时补货。
        脱敏示例：张**，138****0000，XX省XX市XX区XX路***号（仅供培训使用）。
        驿站通知：取件码 8-3-2041，请到小区南门便利店内的菜鸟驿站领取，营业时间 8:00-21:00。
        任务 #7731 已完成：共清洗 12,408 条收货地址，其中 461 条为纯地标描述，已打回重填。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        谁认识“胖虎”？就是住人民公园东门对面那栋黄色老楼三楼、开白色五菱宏光那个，大名鲁志鹏，借我三万块不还，电话幺三八二七六四九零五一
        外卖备注：市一中老校门对面好又多超市楼上，左边铁门进去402，找阿杰（甘俊杰）159 8832 4107，别敲门孩子睡觉
        群里说的“芳姐”就是咱小区门口卖菜的邓晓芳，上礼拜查出乳腺癌晚期，家就在菜市场后头那排平房最里面那间，大家能帮就帮一把
        闲鱼自提：科技园地铁站A口出来麦当劳右手边那栋公寓1908，联系人老白（白文斌），喂心 bai_wenbin_sz，威信同号一八六二零三三七四一九
        给“小猪佩奇”转生活费——其实是我表妹朱佩琪，农行卡 6228 4806 1234 5678 017，备注别写钱的事
        停在小区东门垃圾站旁边那辆白色思域 粤A·3K7Q9，车主“靓仔强”余国强，天天占消防通道，137 2810 9946 打过去也不接
        我妈王秀琴（我们都叫她秀秀阿姨）下周二在省人民医院做心脏搭桥，12病区23床，家就在医院后门那个家属院3栋
        收件人：眼镜哥 钟亦凡，文三路电子市场斜对面带红色雨棚那个小区3幢2单元601，手机一五七 零五八一 三三二六
        帮“糖糖”订票，她本名唐思涵，身份证怕被屏蔽我用谐音发：三二零幺零二幺九九三零七二五幺八八八
        物业工资表：“辉哥”阮志辉（保安队长）11月应发5,472.35元，扣社保612.35元，实发4,860.00元
        邻居“瘸子老刘”刘长根，老火车站水塔下面那户，去年醉驾被判拘役三个月，案号（2025）鄂0106刑初417号
        外婆杭雪梅（我们喊她“老佛爷”）护照号 EJ4419027，元旦去新加坡看我舅，帮她填下入境卡
        “二狗子”就是我舅宗建国，身份证 420106198506302419，在城中村牌坊进去第二个路口小卖部楼上租房
        班里“学霸”龚一鸣的扣扣是二八七六五四三一九，他爸就是东门口开修车铺的龚师傅，家住修车铺后面二楼
        张姐（张丽华）说她抑郁症又犯了，一直住在体育馆北边那个老干部小区7号楼，电话 139 2557 1860，麻烦居委会去看看
        “大漂亮”乔婉婷，龙湖天街对面华润二十四城7栋1702，加她薇❤ dpl_520520，她怀孕五个月了课暂停
        幼儿园接送卡：乐乐（费乐晨，4岁），家长费志远 186 0721 5593，住幼儿园正对面锦绣花园10栋，乐乐对花生严重过敏
    """),
    "zh-Hant": _lines("""
        太子站B2出口，旺角警署對面嗰棟唐樓5樓B室，搵「肥仔明」陳家明，佢電話 6128 4093，收錢記得攞收條
        「阿May」梁美儀 HKID K512736(A)，住黃大仙祠後面竹園北邨桃園樓1812室，佢老公上個月走咗
        大廈管理處通告貼錯咗：「豬肉榮」麥志榮（街市二樓豬肉檔）欠財務公司二十萬，而家成日有人淋紅油，佢住9樓C
        舊同學「大隻佬」黃偉強 WhatsApp 9237 5810，住沙田第一城後面嗰幾座，上個月啱啱離咗婚
        阿嬤蔡林秀鳳住台南赤崁樓旁邊巷子第三間紅色鐵門那戶，身分證 F225730418，有糖尿病每天要打胰島素
        「小胖」林冠宇 LINE ID：kuanyu.lin0921，住在公館捷運站2號出口對面那棟大樓12樓，目前在戒毒所門診追蹤
        我阿哥「牛精」何子軒車牌 RV 8321，成日泊喺花園街街市門口，佢有思覺失調，唔好同佢嗌交
        Ken（蘇嘉健）喺IFC隔籬嗰棟寫字樓做會計，月薪 HK$38,500，年尾先加人工
        送貨：坑口站C出口樓上嗰個屋苑第3座22樓F室，收件人「Bobo」楊寶儀 5473 8826，放門口唔該
        我姨丈「爛賭華」鄧國華上個禮拜喺東區裁判法院認咗店舖盜竊，案件編號 ESCC 2817/2025，判咗社會服務令
        「細佬仔」Y208841(8) 周梓朗，就係七樓嗰個讀緊中三嘅，成日喺天橋底打機，佢媽話佢有ADHD
    """),
    "en": _lines("""
        Ah Boon from the kopitiam beside Toa Payoh Hub is Lim Boon Huat, NRIC S8216473A, Blk 177 #08-1243 — he still owes the tontine $4,200
        Pls deliver to the HDB block directly behind Bedok Interchange, the one with the blue void deck mural, Blk 201 #11-45, ask for "Uncle Fatty" (Tan Kok Leong) 9172 5548
        Auntie Rosie — Rosalind Pereira, the corner terrace house opposite St Anne's church — was just diagnosed with early-onset Alzheimer's, please keep an eye on her
        Our helper "Ate Lyn" (Marilyn Dizon), FIN F2291874P, work permit expires 14 Mar 2026, stays with us at the condo next to Compass One
        call Sam at nine-eight-one-two, seven-three-four-oh — Samuel Ong, lives above the 7-Eleven next to Clementi MRT
        White Honda Vezel SKP 4821 G belongs to "Big Dave" (David Chua) from the Sengkang condo near Compass One, he keeps scratching cars in the carpark
        Jasmine Koh (we call her Jiggly), jiggly.koh93@gmail.com, resigned last week after her miscarriage, don't bring it up at the dinner
        Remember "Tiger" Lau? Lau Chee Keong from the block next to Redhill market — got 18 months for the Carousell scam last year
        ping me on tele @kopi_peng_boy, real name Desmond Yeo, I stay at the block right above the Pioneer Mall bus stop, #14-220
        Passport E3827716K is for "Baby" Goh Xin Yi, my daughter, DOB 03/06/2019 — booking for the Bangkok trip
        "Skinny" on the payroll sheet = Ravi s/o Krishnan, T0348125A, basic $3,150, CPF employee $630
        Ah Chai (Chai Wei Loon), MyKad 900418-14-5523, lives behind the Pelita mamak near Masjid Jamek, the shophouse with the green shutters, 2nd floor
        Our tenant "Lobang King" — Benjamin Toh, S9034417Z — moved out of the room above the Tiong Bahru bakery without paying 2 months rent ($5,600)
        Deliver to Kak Ros — yellow house after the surau, before the big durian tree, Kg Sungai Penchala — Rosnah binti Abdullah, 012-738 4419
    """),
    "ms": _lines("""
        Mak Jah (Khatijah binti Osman), IC 670912-03-5128, rumah papan biru sebelah kedai runcit Pak Mat di Kg Pulau Melaka, kena dialisis tiga kali seminggu
        Abang Lan (Azlan bin Yusof) tel 019-447 2810, duduk flat belakang Stesen LRT Sri Petaling blok C tingkat 7 pintu hujung
        Nombor Adik Mira (Amira binti Zulkifli): kosong satu tiga, lapan dua lima, enam enam kosong empat — jangan bagi orang lain
        Gaji "Boss Kecik" Hafiz bin Rahman RM4,200 sebulan, elaun RM350, masuk akaun Maybank 1640 2211 8093
        Pak Long (Ismail bin Hamid) yang duduk depan sekolah agama tu didakwa di Mahkamah Majistret Kuala Terengganu sebab pecah amanah RM18,000
        Cikgu Ani (Rohani binti Said), IC 850227-10-6634, rumah teres hujung sekali lepas tadika KEMAS, baru keluar wad sebab strok
        Kirim ke "Bang Joe" Johari bin Ahmad, sebelah bengkel motor depan masjid Taman Bukit Indah, 017-662 9031, bayar COD
        Tok Wan saya Abdul Majid bin Saad, 84 tahun, tinggal rumah kayu bawah pokok jambu dekat jeti Teluk Bahang, telinga kiri dah pekak dan tak boleh membaca
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "城中村没有门牌号，快递地址要怎么写才送得到？"),
        (
            "assistant",
            "可以写村名加明显地标，比如“牌坊进去第二个路口小卖部楼上”，再留一个能接通的电话，快递员会提前联系。",
        ),
        (
            "user",
            "好，那就写：石牌村牌坊进去第二个路口小卖部楼上，收件人阿彪（罗彪），电话 177 0831 4452",
        ),
        ("assistant", "这样写可以，建议再补一句“到了打电话”。"),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a community lost-and-found group in Singapore.",
        ),
        ("user", "my dad wandered off again, can you help me write a lost person post"),
        (
            "assistant",
            "Of course. Please share what you're comfortable posting: appearance, last seen location and a contact number.",
        ),
        (
            "user",
            "he's Ong Swee Lim, everyone at the coffeeshop calls him Ah Pek, 81, has dementia",
        ),
        (
            "user",
            "last seen at the hawker centre below Blk 85 Whampoa, we stay at #06-112 same block. call me 8771 4602",
        ),
    ],
    [
        ("user", "幫我寫個訊息約人收貨"),
        ("assistant", "冇問題，收件人係邊位？"),
        ("user", "阿珍，李淑珍"),
        ("user", "電話9字頭"),
        ("user", "9236"),
        ("user", "5108"),
        ("assistant", "好，我會寫：「阿珍你好，貨品已到，請致電 9236 5108 約時間。」"),
    ],
    [
        ("user", "Tolong tulis surat rasmi untuk tuntutan JKM bagi pihak nenek saya"),
        ("assistant", "Boleh. Sila berikan nama penuh, no. kad pengenalan dan alamat nenek anda."),
        ("user", "Nama Siti Aminah binti Yaakob, orang kampung panggil Wan Nah"),
        (
            "user",
            "IC 480316-03-5072, rumah dia sebelah masjid lama Kampung Kubang Kerian, yang ada perigi depan",
        ),
        ("assistant", "Terima kasih, saya akan sediakan draf surat."),
    ],
    [
        ("user", "身份证号老被系统吞，我用谐音发你，帮我核对一下位数"),
        ("assistant", "可以，请发送。"),
        ("user", "三五零二零三 幺九八七零四零六 幺零二八"),
        ("assistant", "共18位，格式正确。"),
        ("user", "好的，这是我们小区“包租婆”柯美玲的，她在厦门中山路骨科医院旁边那栋有6套房出租"),
    ],
    [
        ("system", "You help a marketplace trust & safety team summarise flagged listings."),
        (
            "user",
            "Summarise this listing: 'iPhone 15 pro 256gb, meet at the McD opposite Jurong Point. whatsapp Kelvin nine one seven two, zero four eight eight. Kelvin Sim, Blk 493 #07-31, if no reply just come up'",
        ),
        (
            "assistant",
            "The listing sells an iPhone 15 Pro 256GB with a meetup at a fast-food outlet and a spelled-out contact number.",
        ),
    ],
    [
        ("user", "我想幫阿嬤申請長照服務，需要準備什麼？"),
        (
            "assistant",
            "通常需要長輩的身分證、健保卡，以及主要照顧者的聯絡方式，可撥1966長照專線預約評估。",
        ),
        ("user", "阿嬤叫陳罔市，大家都叫她阿市姨，住彰化鹿港天后宮後面那條巷子第二間"),
        ("user", "她去年中風右邊沒力，主要照顧者填我舅舅陳志明，身分證 B120987653 可以嗎？"),
    ],
    [
        ("user", "quick payroll question, in our shop everyone calls our cashier 'Botak'"),
        ("assistant", "Sure, what would you like to know?"),
        (
            "user",
            "Botak is Muhammad Faizal bin Kamarudin, MyKad 950822-10-5147, RM2,350 basic, can I deduct for the till shortage?",
        ),
        (
            "assistant",
            "Under the Employment Act deductions are only allowed in specific cases; a till shortage usually needs his written consent.",
        ),
    ],
    [
        ("system", "你是社区网格员的写作助手。"),
        ("user", "帮我写一段走访记录"),
        ("assistant", "好的，请提供走访对象和情况。"),
        (
            "user",
            "对象是“哑巴叔”褚立新，住在老粮站院子里那间红砖房，听障，独居，低保户，每月领低保金980元，最近肺结核复发",
        ),
    ],
    [
        ("user", "neighbour keeps parking in front of my gate, what can I do"),
        (
            "assistant",
            "You can report obstructive parking to the local council or the police with a photo and the plate number.",
        ),
        (
            "user",
            "ok it's WXY 3391, black Myvi, owner is the guy we call Kapten, Khairul Anuar, the house with the big satellite dish beside the Shell at Taman Melawati",
        ),
    ],
]
