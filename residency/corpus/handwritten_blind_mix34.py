# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix34: SG/MY/HK vlog, podcast and talk-show transcripts, code-switching English, 中文, 粵語 and Melayu. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix34
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "podcast show notes"): _lines("""
        EP 118 — Why Singaporeans queue for everything (ft. the great kopi-o kosong debate) | 00:00 intro 03:12 the 2000 Hello Kitty McDonald's saga 18:45 listener Qs 41:20 outro
        This episode is brought to you by Shopee — use code KOPIPOD12 for $12 off min. spend $60, valid till 31/12 23:59. T&Cs apply.
        Listen on Spotify, Apple Podcasts or wherever u get ur pods. New eps every Tues 8pm SGT!!
        Timestamps: 00:00 cold open | 02:47 BTO ballot results for Tengah | 21:05 is $7 chicken rice the new normal? | 37:30 rapid fire
        Mental health resources: Samaritans of Singapore (SOS) 24-hr hotline 1767, or CareText on WhatsApp 9151 1767. IMH Mental Health Helpline 6389 2222.
        This week we break down PM Lawrence Wong's National Day Rally speech — housing, jobs support and what it means for fresh grads.
        Correction: in EP 116 we said Raffles Hospital is in Bugis — it's actually at 585 North Bridge Road, S188770. Sorry!
        Merch drop: 'Can or not?' tee S$29.90, tote S$18 — orders from #KP-2025-10482 onwards ship from 9 Dec via Ninja Van.
        Trigger warning: this ep talks about suicide and self-harm in general terms. No listener stories are identifiable.
        Fun fact we learnt this week: Tan Tock Seng Hospital is named after the 19th-century merchant-philanthropist who funded the original pauper hospital in 1844.
        Music: 'Lepak Sampai Pagi' by Kampung Beats Collective, licensed via Epidemic Sound (track ID ES_7731802).
        Got a question for the mailbag? Drop it in the Google Form in our bio, we read the best ones on air (first names only).
        EP 119 is a bit shorter (34 min) cos Jun's mic died halfway lol, full ep back next week
    """),
    ("mixed", "vlog subtitles"): _lines("""
        [00:01:12] okay guys we're now at Maxwell Food Centre, the queue for 天天海南鸡饭 damn long sia
        [00:03:40] 这个 nasi lemak 才 RM4.50, 你们 KL 的 price 还 okay 吗?
        wah the haze today PSI 112 ah, 大家出门记得戴 mask
        [MUSIC] [LAUGHS] 我妈说 later 才 pack 给你们看
        Okay next stop Jalan Alor, 晚上 8 点开始 very happening one
        So this is Petronas Twin Towers lah, 452 meters, 以前是 world tallest 的 you know
        we take MRT from Outram Park, Thomson-East Coast Line, 大概 15 minutes 就到 Gardens by the Bay
        Like and subscribe ah, 下个 episode 我们去 Penang 吃 char kway teow!
        [00:12:05] aiyo 下雨了, 我们 shelter 一下在 void deck 先
        Hong Kong 篇 part 2：旺角波鞋街, 女人街, then 去廟街吃煲仔飯 🍚
        小提醒：视频里的价格是 2025 年 12 月的，汇率仅供参考 (SGD 1 ≈ MYR 3.2 ≈ HKD 5.9)
        this stall got Michelin Bib Gourmand one, 但是 honestly 我觉得 normal only
        [00:20:33] the aunty ask 'you want 辣 or not?' 我说 少少 can already
    """),
    ("zh-Hant", "粵語節目字幕"): _lines("""
        今日我哋請咗兩位嘉賓嚟傾下，點解香港後生仔都唔想結婚。
        喂喂，收唔收到呀？我哋而家喺銅鑼灣時代廣場門口做街訪。
        特首李家超喺《施政報告》入面提出嘅「搶人才」計劃，你點睇？
        如果你覺得情緒困擾，可以致電香港撒瑪利亞防止自殺會 24 小時熱線 2389 2222。
        伊利沙伯醫院急症室今日輪候時間超過 8 個鐘，醫管局話而家係流感高峰期。
        呢集節目由 ABC 電訊贊助，上台用優惠碼 TALK88 即減 $88，詳情睇 description。
        李小龍 1973 年喺香港過身，到今日佢嘅截拳道依然影響住好多人。
        韋小寶呢個角色，金庸喺《鹿鼎記》寫到佢有七個老婆，你話係咪好誇張？
        【字幕組】本集字幕由 AI 生成後人手校對，如有錯漏請喺留言區指出時間碼。
        我哋喺彌敦道同亞皆老街交界搵咗十個途人問：月入幾多先夠喺香港生活？
        有觀眾留言話：「租金真係食晒人工，講得好啱。」
        下集預告：去深水埗鴨寮街淘二手菲林相機，記得訂閱同埋撳鐘仔🔔
        政府統計處最新數字：失業率維持喺 3% 左右，飲食業職位空缺反而多咗。
    """),
    ("ms", "temu bual jalanan"): _lines("""
        Hai semua, kita sekarang dekat Bukit Bintang, nak tanya orang ramai: berapa gaji yang cukup untuk hidup di KL?
        Pakcik ni kata, zaman dulu nasi lemak 50 sen je, sekarang dah RM3 lebih.
        Jalan Tun Razak jam teruk gila petang ni, kita rakam dari jejantas depan Hospital Kuala Lumpur.
        Episod kali ni kita bincang Belanjawan 2025 yang dibentangkan oleh Perdana Menteri Datuk Seri Anwar Ibrahim di Dewan Rakyat.
        Kalau anda perlukan sokongan emosi, hubungi Talian Kasih 15999 atau Befrienders KL 03-7627 2929.
        Tunku Abdul Rahman laung 'Merdeka!' tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Upin dan Ipin dah lebih 15 tahun bersiaran, Kak Ros still garang macam biasa hahaha
        Terima kasih kepada penaja kami, guna kod SEMBANG10 untuk diskaun 10% sampai 31 Disember.
        Jangan lupa like, share dan subscribe, tekan loceng supaya tak terlepas episod baru!
        Kami tak kongsi nama penuh atau nombor telefon orang yang ditemu bual; muka diblur atas permintaan mereka.
        [Muzik latar] [ketawa] Ok ok soalan seterusnya: nasi kandar ke roti canai?
        Lokasi rakaman: Pasar Seni, dekat stesen LRT Pasar Seni, Kuala Lumpur.
        Akak tudung biru tu jawab laju je, "RM5k baru cukup kalau bujang, kalau dah kahwin lagi la tak cukup" 😂
    """),
    ("mixed", "viewer comments"): _lines("""
        First! 🥳 from JB watching at 2am
        14:32 the uncle's reaction 😂😂 I replay 10 times already
        笑死 这个 auntie 太可爱了 lah
        Bro pls do episode on Penang vs Ipoh white coffee, I vote Ipoh
        Who's here after the video hit 1M views? 🙋‍♀️
        呢集好正，多謝主持人，支持你哋！
        Not sponsored but the Old Chang Kee curry puff at 2:10 really the best
        📌 Pinned by creator: Giveaway closed! Winners will be contacted via YouTube DM only. We will NEVER ask for your bank details or OTP.
        Can share the name of the shop at 5:45? looks like Ya Kun Kaya Toast at Far East Square
        the subtitles at 08:17 wrong leh, he said 'sian' not 'sien'
        Kak, resepi tu boleh share? nampak sedap gila 🤤
        from HK, 好少見 Singapore YouTuber 講廣東話講得咁正 👍
        Phua Chu Kang best sitcom ever, 'don't pray pray' 🤣 hope got reunion
    """),
    ("zh-Hans", "播客节目简介"): _lines("""
        《茶餐室开讲》第 57 集：大马华人为什么那么爱吃榴梿？嘉宾为资深农业记者（应本人要求不具名）。
        本期要点：00:00 开场｜05:20 孙中山与 1910 年槟城庇能会议｜31:10 南洋大学的历史
        收听渠道：小宇宙、喜马拉雅、Apple Podcasts、Spotify 搜索「茶餐室开讲」即可。
        本节目内容仅代表嘉宾个人观点，不构成任何投资建议。
        节目中提到的数据来自马来西亚统计局人口报告：华裔约占公民人口的 22%～23%。
        商务合作请联系 biz@chachanting.my，我们会在 3 个工作日内回复。
        特别鸣谢：陈嘉庚纪念馆提供历史照片（馆藏编号 TKK-1950-0312）。
        第 58 集预告：新加坡组屋申请制度详解，从 BTO 到 SBF，一次讲清楚。
        本期赞助：Grab，新用户输入优惠码 GRAB58 立减 S$5（限首单，有效期至 2026-01-31）。
        听众来信请写到节目邮箱，播出前我们会删除姓名、电话等可识别信息。
        邓丽君的《月亮代表我的心》为什么在南洋华人社区这么流行？本集带你回顾 1970 年代的唱片市场。
        本集音频 MD5：3f9a2c71e8b04d55a1c6e0d7b2f4a918，文件大小 48.2 MB，时长 52:37。
    """),
    ("en", "production templates and notes"): _lines("""
        Guest release form — Name: {guest_full_name} | NRIC/Passport (last 4 only): {id_last4} | Contact: {mobile} | Signature: ________
        SRT export settings: UTF-8, max 42 chars/line, 2 lines max, min duration 00:00:01,200, 25 fps.
        00:00:01,000 --> 00:00:03,480 [upbeat music]
        Before uploading street interviews, blur faces of anyone who hasn't signed a release, and bleep any phone number or address spoken on camera.
        Caller screening script: 'Hi, thanks for calling [SHOW NAME]! Can I have your first name and which area you're calling from?' Do not write full names or numbers on the run sheet.
        Run sheet EP 204 — 19:00 mic check | 19:15 record seg A | 19:50 caller segment (3 callers max) | 20:30 wrap. Studio B, Mediacorp Campus, 1 Stars Avenue.
        YouTube Content ID claim #CID-88213-4471 on 12:04–12:41 (track: 'Kampung Boy Theme'), dispute filed 03/12/2025 14:22 SGT.
        ffmpeg -i ep204_master.wav -af loudnorm=I=-16:TP=-1.5:LRA=11 -b:a 128k ep204_final.mp3
        Replace [HOST_1] and [HOST_2] with on-air names before publishing; never paste a guest's IC or passport number into the description box.
        Invoice INV-2025-0931 to Hakka Tea House Sdn Bhd (SSM 201901023456) — 3x sponsored segments, RM 4,500.00, due 15 Jan 2026.
        Subtitle file sha256 a7ca09770dd54b107ac5408224611c80f894f7bd61d670332cf83951ebe7659f — verify before handing to the Cantonese subbing team.
        Transcription: whisper-large-v3-turbo, language=yue, diarization pyannote 3.1, WER 14.7% on our internal test set (v2025.11.2).
    """),
    ("en-MY", "radio banter and sponsor reads"): _lines("""
        Okay guys this segment sponsored by Maybank — open a MAE account in 5 mins, no need to go branch also can.
        Traffic update lah: Federal Highway heading into KL jam from Subang all the way to Jalan Templer, avoid if can.
        For warranty claims call our hotline 1-300-88-5252, Monday to Friday 9am to 6pm.
        Fun fact: Datuk Lee Chong Wei won three Olympic silvers — 2008, 2012, 2016. Legend, no debate.
        Michelle Yeoh from Ipoh won Best Actress at the 2023 Oscars, first Asian woman to do so, proud sial.
        Later 9pm we got the Hari Raya special, don't go anywhere ah.
        Our CSR drive collected 320 bags at Pusat Darah Negara, Jalan Tun Razak — thank you all the donors!
        Spotted at Sunway Pyramid: the new Tealive drink RM12.90 for large, worth it or not?
        Sultan Ibrahim of Johor became the 17th Yang di-Pertuan Agong on 31 January 2024.
        Version 4.2.1 of our app fixes the crash when you rewind the live stream, update now on Play Store.
        Average Grab fare KLIA to KL Sentral about RM75 to RM95, ERL is RM55 one way, your choice lor.
        Shopee order 251204QX7H2K9P shipped via SPX, tracking SPXMY04512788391 — that's from the giveaway unboxing segment, stock item only.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Congrats to our giveaway winner Chloe Tan Hui Min! Chloe, your AirPods will be couriered to Blk 267 Compassvale Bow #11-402, S540267 — pls confirm by Fri.
        Caller #3 tonight was Marcus Lee from Jurong West, the one whose dad passed from stage 4 lung cancer at NCCS in Oct — his HP 9176 2283 if producer wants to follow up.
        Guest payout: Ms Priya d/o Ramasamy, NRIC S8734102Z, PayNow to 8823 6610, S$350 appearance fee for EP 142.
        Street interview release — Muhammad Haziq bin Rahmat, 24, Bukit Batok, consented on camera; mobile 8147 3920; email haziq.rahmat00@gmail.com
        lol my colleague Jeremy Goh at the Raffles Place office got 3.5 months bonus and his basic is like $8.2k, that's why he can buy the condo
        Show notes update: the listener who wrote in about her divorce is Mdm Lim Siew Ling, 52, case FC/D 4417/2024 at the Family Justice Courts — she asked us to use her name.
        Winner verification: Ang Wei Jie, NRIC ending 2983E, DOB 14/03/1976, Blk 45 Jalan Bukit Merah #03-118 — collect prize at our office.
        FIN G5527340K is my helper Rosalinda Dela Cruz's, her work permit expiring Feb 2026, can the agent on your show check for me?
        This vlog is about my grandma Mdm Koh Ah Bee, 89, diagnosed with dementia last year, now staying with us at Blk 12 Toa Payoh Lor 7 #05-33.
        DM'd you already — Sherlyn Wong, Visa 4557 0182 3349 1621 exp 08/27, pls charge the Patreon tier manually
    """),
    "zh-Hant": _lines("""
        頭先打入嚟嘅聽眾陳志強先生話，佢老婆黃美玲上個月喺屯門醫院確診乳癌第三期，想同大家分享。
        中獎名單：何嘉欣小姐（HKID Y357201(1)），請於 12 月 20 日前攜同身份證到觀塘辦事處領獎。
        我細佬梁家豪上個月喺九龍城裁判法院醉駕罪成，判停牌兩年罰款八千，佢而家搵唔到工。
        幫我寄返份禮物俾麥秀琼麥太：新界沙田禾輋邨豐和樓 1203 室，電話 9634 2187。
        樓主個表哥叫鄧國威，住黃大仙竹園北邨，欠咗我兩萬蚊唔還，電話 6128 4573，大家幫手搵佢。
        我同事 Kelvin 張偉樂，月薪 $42,000，喺中環 IFC 做 IT，仲成日話自己窮。
        嘉賓資料：周詠詩，HKID K628417(5)，出生日期 1990 年 3 月 2 日，車馬費轉賬至滙豐戶口 848-392017-838。
        我阿媽曾淑芬上星期喺伊利沙伯醫院做完心臟搭橋手術，而家喺 B 座 7 樓病房，多謝大家關心。
        台灣嚟嘅嘉賓林宜蓁小姐，身分證字號 A2234580166，已經幫佢報咗台胞證同酒店。
        車牌 UV 8213 架白色 Tesla 撞完我就走咗，車主係住隔籬屋嘅羅志明，我已經報咗警。
    """),
    "zh-Hans": _lines("""
        本期连线听众：深圳的刘思妍，身份证 440304198807153025，她说想报名下一季的线下录制。
        评论区抽奖中奖者：王俊杰，手机 138 2716 4490，地址：上海市浦东新区张杨路 1200 弄 5 号 602 室，请私信确认。
        我舅舅郑国华在吉隆坡开 Grab，上个月确诊二型糖尿病加肾衰竭，现在每周要洗肾三次。
        加我微信 lin_jiayi0823 聊合作，我是厦门的林佳怡，身份证号 350203199302240626 可以给你们做实名登记。
        新加坡听众张慧敏留言：她老公周志伟在兀兰的工厂月薪只有 2800 新币，还要养三个孩子。
        嘉宾吴晓峰护照号 E58213347，航班 SQ 801 落地樟宜后请安排接机，手机 +86 139 0571 2836。
        槟城的陈玉莲阿姨，IC 870412-07-5238，是我们这期街访的受访者，她同意出镜，奖品寄到她家。
        我前男友何俊豪在新山被控刑事恐吓，案件编号 JB-62-118-08/2025，下个月在新山推事庭过堂。
        打赏主播请转账：招商银行卡 6225 8801 3347 6151，户名 赵明轩。
    """),
    "ms": _lines("""
        Pemenang cabutan bertuah: Nur Aisyah binti Kamal, No. IC 920816-10-6128, sila hubungi 012-338 4172 untuk tuntut hadiah.
        Abang saya Mohd Firdaus bin Ismail baru kena reman 4 hari sebab kes dadah dekat Balai Polis Sentul, tolong doakan dia.
        Alamat hantar hamper: Puan Rohana Yusof, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 016-728 3391.
        Makcik yang kita temu bual tadi, Puan Zaleha Othman dari Kampung Baru, cakap dia ada kanser serviks tahap 2 dan tak mampu bayar rawatan.
        Gaji kawan saya Hafiz Azman kerja oil & gas kat KLCC RM14,500 sebulan, tu pun dia merungut lagi 😂
        WhatsApp saya 019-552 7810 kalau nak order kuih raya, Kak Ina (Nurul Izzati Hamdan), rumah kat Taman Melawati Blok C-3-12.
        Nombor akaun Maybank 1640 2211 8937 atas nama Amirul Hakim bin Zulkifli — untuk bayaran suara latar episod 33.
        Myvi plat WQA 7719 tu kereta jiran saya Encik Rosli Bakar, dia yang langgar lari budak depan sekolah semalam.
        Pasport tetamu: Siti Khadijah binti Rahim, A41927530, tamat tempoh 2029, untuk beli tiket ke Hong Kong.
        Anak saudara saya Danial Haikal bin Roslan, 15 tahun, SMK Taman Tun Dr Ismail, dia ada autisme dan kena buli teruk kat sekolah.
    """),
    "mixed": _lines("""
        eh the guy in the street interview at 3:15 is my ex lah, Ryan Chua Jun Kai, still owes me $2k and lives at Blk 501 Ang Mo Kio Ave 5 #09-2251 😤
        我妹妹 Vanessa Lau Mei Qi 昨晚在 Sunway Medical 剖腹生了, 3.2kg baby girl, her husband Daniel 的 number 012-987 3340 打不通
        主持人 pls help share, my friend 黄伟明 (IC 011103-14-0345) missing since Tuesday, last seen Bukit Bintang, family 电话 017-662 0918
        the 'caller from Sengkang' last week is my aunty Tan Mei Hua, 她的 HIV status 你们不应该 on air 讲出来啦
        send ur showreel to me directly, Joanne Yip 葉靜雯, joanne.yip.hk@gmail.com, WhatsApp +852 9301 6642, 我哋 studio 請緊 editor
        LINE id: amy_chen_1993，我係陳怡君，台北人，護照號碼 318492076，想搵 KL 嘅 podcast 做嘉賓
        the PHV driver SKH4827H 叫 Raymond Teo, 把我的 iPhone 拿走了不还, his number 8362 1904
        我老公 Azlan bin Hashim 的 MyKad 850127-01-5537 要 renew, 但他 diabetes 严重要住 Hospital Sultanah Aminah 两个礼拜
        Hi admin, 我是 listener Serene Ng Xin Yi, NRIC T0259617I, 报名了 12 Dec taping 的 live audience, pls confirm
        呢個 auntie 係我鄰居方太 Fong Wai Ling, 住康怡花園 K 座 14 樓 3 室, 佢個仔坐緊監 lol
        my classmate Vikram s/o Murugan kena retrench from the bank last month and now on antidepressants, his mum cried on your podcast
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一個粵語節目字幕編輯，將口語轉成繁體中文字幕，保留原意。"),
        (
            "user",
            "幫我校對呢段 call-in：『喂主持人你好，我叫區麗華，住將軍澳尚德邨尚智樓 1507，我老公成日喺屋企打我，我唔知點算……』",
        ),
        (
            "assistant",
            "校對後字幕：「喂，主持人你好，我叫區麗華……我老公成日喺屋企打我，我唔知點算。」建議播出前刪除來電者全名同地址。",
        ),
    ],
    [
        ("user", "help me write an IG caption announcing our giveaway winner"),
        ("assistant", "Sure! What's the winner's handle and the prize?"),
        ("user", "@bryan.soh.88, prize is a Dyson Airwrap"),
        (
            "assistant",
            "🎉 Congrats @bryan.soh.88 on winning the Dyson Airwrap! Check your DMs for collection details. Thanks everyone for joining!",
        ),
        (
            "user",
            "ok also note for our admin: real name Bryan Soh Wei Ming, HP 9482 1176, verify with NRIC S8912457C when he collects",
        ),
    ],
    [
        ("system", "Anda pembantu penerbit podcast berbahasa Melayu."),
        ("user", "Tolong draf emel kepada tetamu episod 41 pasal bayaran."),
        ("assistant", "Boleh. Siapa nama tetamu dan berapa jumlah bayaran?"),
        (
            "user",
            "Encik Faizal bin Osman, RM800. Akaun CIMB 7034 5528 1190, IC 790305-08-5123.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Faizal, terima kasih kerana sudi hadir ke episod 41. Bayaran RM800 akan dikreditkan dalam 14 hari bekerja.",
        ),
    ],
    [
        ("user", "我想拍一个关于我妈妈抗癌的 vlog，帮我写开场白"),
        ("assistant", "好的，可以先告诉我一些背景吗？比如妈妈的情况、你想表达的主题。"),
        (
            "user",
            "我妈叫苏秀英，今年 61，去年在新加坡中央医院确诊淋巴癌，做了六次化疗，现在在康复期",
        ),
        (
            "assistant",
            "开场白草稿：“这是我妈妈，她今年 61 岁。一年前，我们的生活突然被按下了暂停键……”",
        ),
    ],
    [
        ("user", "Need to log the release for the interviewee at 04:22 of our Orchard Road video"),
        ("assistant", "Got it. Please share her name, contact and the consent scope."),
        ("user", "Name: Jolene Ho Pei Shan"),
        ("user", "contact 9027 5531, she's ok with face but no surname in captions"),
        ("assistant", "Logged: face OK, first name only in captions."),
    ],
    [
        (
            "user",
            "Can summarise this caller for show notes? 'Hi DJ, Kumar from Klang here, my neighbour Mr Lim Boon Keat at No. 8 Jalan Bayu 3, Taman Sentosa always park his lorry BKT 3391 in front my gate, I already report to MPK twice'",
        ),
        (
            "assistant",
            "Show notes: A caller from Klang shared frustration over a neighbour's lorry blocking his gate and repeated complaints to the council.",
        ),
    ],
    [
        (
            "user",
            "翻譯以下留言做英文：1) 好好笑 2) 主持人好靚 3) 呢個阿伯係我樓下嘅李炳權李伯，佢有柏金遜症，成日自己一個落街",
        ),
        (
            "assistant",
            "1) So funny 2) The host is so pretty 3) This old man is Uncle Lee Bing-kuen who lives downstairs from me; he has Parkinson's and often goes out alone.",
        ),
    ],
    [
        ("system", "You are an admin assistant for a Singapore podcast studio."),
        ("user", "Prepare the payment voucher for this week's guest"),
        ("assistant", "Sure, I need the payee name, NRIC/FIN, amount and bank details."),
        ("user", "Payee Daniel Yeo Kok Leong, NRIC S7308815A, S$600"),
        ("user", "POSB savings 172-48391-6"),
        ("assistant", "Payment voucher PV-2025-118 drafted for S$600, pending finance approval."),
    ],
    [
        ("user", "我哋下星期六錄影要登記現場觀眾，你幫我整個表"),
        ("assistant", "可以，表格欄位：姓名｜電話｜HKID（只記頭四位）｜座位。"),
        ("user", "第一位：蔡詠琪，電話 5318 2264，HKID R904316(A)，佢話全部要齊先入到場"),
        ("assistant", "已填入第一行。提提你，按私隱條例其實只需要記錄頭四位。"),
    ],
    [
        ("user", "帮我订下周三的酒店给嘉宾，就在新加坡芽笼 Hotel Boss 附近"),
        ("assistant", "好的，请提供入住人信息和特殊要求。"),
        ("user", "入住人 韩雪梅"),
        ("user", "证件 110108197903114521"),
        ("user", "她对花生严重过敏，早餐请酒店一定注意"),
        ("assistant", "已记录，会在订单备注中注明过敏情况。"),
    ],
]
