# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat30: creative-writing chats (stories, poems, songs, speeches, scripts, roleplay) in English, Chinese, Malay and mixed. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat30
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "story requests"): _lines("""
        Write a 500-word bedtime story where Peter Rabbit and Paddington Bear open a bakery together.
        Can you do a Sherlock Holmes pastiche set in 1920s Penang? Watson should narrate, keep the Conan Doyle voice.
        pls write a rap battle between Napoleon Bonaparte and Genghis Khan, PG-13, 4 verses each
        Short story prompt: a retired lighthouse keeper named Elias Thorne finds a message in a bottle addressed to himself, dated 2087.
        Fan fiction request: Hermione Granger as Minister for Magic, first 100 days, political thriller tone
        Story for my Year 3 class about a dragon who is afraid of the dark. No real names pls, I'll let the kids add their own.
        Write a sonnet in the style of Shakespeare about the Marina Bay Sands light show.
        Give me a heist story like Ocean's Eleven but the crew are all grandmothers from a bingo club in Ipoh.
        Plot outline: Detective Mira Chandrasekar, 42, ex-CID, investigates a murder at the fictional Hotel Belvedere on Orchard Road. Chapter 1 only.
        Retell the Malay legend of Puteri Gunung Ledang for a 10 year old, about 300 words.
        Write a short comedy sketch where Elon Musk and Nikola Tesla argue about electric cars over teh tarik.
        horror story, 2nd person, set in an abandoned HDB block, Blk 404 level 13, the unit that doesn't exist. make it creepy
        ok now make the ending less sad, the dog should survive
        Continue chapter 7 from where Mr. Darcy reads the letter, but make Elizabeth reply by text message.
    """),
    ("zh-Hans", "诗词歌词请求"): _lines("""
        帮我写一首七言绝句，主题是中秋思乡，押平水韵。
        模仿李白《将进酒》的风格，写一首关于加班的打油诗。
        以林黛玉的口吻写一封给贾宝玉的信，半文半白，300字左右。
        给我写一首周杰伦风格的中国风歌词，要有青花瓷、烟雨、江南这些意象。
        写一段孙悟空和哪吒在直播间PK带货的相声，逗哏捧哏都要有。
        苏轼被贬黄州时写了《定风波》，请按这个词牌写一首关于考研失利的词。
        请写一首现代诗，献给所有在深夜值班的护士，不要出现具体人名。
        婚礼致辞模板：尊敬的各位来宾，今天是【新郎姓名】先生和【新娘姓名】女士喜结连理的日子……
        写一首藏头诗，每句第一个字连起来是“生日快乐”。
        帮我把《静夜思》改写成说唱版本，四句不够就扩写到十六句。
        以鲁迅的笔法写一篇关于外卖骑手的杂文，800字。
        给年会写一段rap，客户是张小泉刀具，要提到品牌创立于1663年。
        以孔子和苏格拉底为角色，写一段关于“什么是好老师”的对话。
    """),
    ("ms", "pantun dan ucapan"): _lines("""
        Tolong buatkan pantun empat kerat untuk majlis perkahwinan, tema kasih sayang dan restu ibu bapa.
        Tulis sajak tentang Hari Kebangsaan, sebut Tunku Abdul Rahman dan laungan Merdeka tujuh kali.
        Boleh buat skrip drama pendek pasal Hang Tuah dan Hang Jebat bertengkar dalam group WhatsApp?
        Ucapan alu-aluan: "Terima kasih kepada semua tetamu yang sudi hadir ke majlis hari jadi [nama] yang ke-[umur]..."
        Saya nak lirik lagu raya gaya P. Ramlee, ada unsur lucu, pasal ketupat hangus.
        Buatkan cerita kanak-kanak tentang Sang Kancil menipu buaya, tapi versi moden guna e-hailing.
        Pantun jenaka untuk grup kawan-kawan sekolah lama, jangan sebut nama sesiapa ya.
        Tolong tulis teks pengacara majlis untuk Majlis Anugerah Cemerlang SK Tun Hussein Onn 2026.
        Sajak untuk Hari Guru 16 Mei, dedikasikan kepada semua cikgu di Malaysia.
        Buat lirik nasyid pendek pasal sabar, 3 rangkap, ada korus.
        Karangan: Bayangkan anda terserempak dengan Siti Nurhaliza di KLIA, apa yang anda akan katakan?
        Tempahan kad kahwin: No. pesanan KK-2026-118204, 300 keping, RM0.85 sekeping, siap dalam 7 hari bekerja.
    """),
    ("zh-Hant", "劇本與角色扮演"): _lines("""
        我哋想喺聖誕party做個短劇，角色係哈利波特同埋麥兜，可唔可以幫手寫劇本？
        請用金庸武俠小說風格，寫一段令狐沖同韋小寶喺茶餐廳鬥嘴嘅對白。
        角色扮演：你係維多利亞港一隻海鷗，我係遊客，用廣東話同我傾計。
        幫我改寫《梁祝》結局，今次梁山伯同祝英台唔使死。
        寫一首送給台大醫院急診室全體同仁的感謝詩，不要提到任何病人。
        劇本場景：彌敦道，深夜，一架紅色的士停喺重慶大廈門口，司機阿強（虛構人物，50歲）落車食煙。
        請寫一篇以十大建設為背景的短篇小說，主角是虛構的鐵路工程師，可以讓蔣經國客串一幕。
        伊利沙伯醫院護士節就到，想寫段多謝全體醫護嘅致辭，大概一分鐘。
        幫我寫首粵語流行曲，風格似林夕填詞，講分手之後喺旺角搭尾班車。
        請以中山路上的老書店為題材，寫一篇散文，約600字。
        三國演義角色扮演：我扮諸葛亮，你扮司馬懿，空城計開始。
        搞笑劇本：包青天審理一宗外賣遲到案，被告係外賣平台騎手。
    """),
    ("en", "assistant replies"): _lines("""
        Here's a wedding toast template you can adapt: "Good evening everyone, my name is [YOUR NAME] and I've known [GROOM] since..."
        Sure! Here's a limerick about Taylor Swift's Eras Tour stopping at the National Stadium in Singapore.
        I've kept the names generic ("the bride", "the groom") so you can fill them in yourself.
        Verse 1: In the kampung by the sea, where the coconut trees sway free, Mak Cik's kuih sells out by three...
        I'd rather not include your friend's address or phone number in the poem, but I can use a nickname instead.
        Tip: for a eulogy, pick 2-3 specific memories rather than a list of achievements. Keep it under 5 minutes (about 650 words).
        Title: The Last Train to Tanjong Pagar, Chapter 1. The station clock read 23:47 when Inspector Lim stepped onto the empty platform.
        Word count: 1,248 | Reading time: ~5 min | Tone: warm, humorous
        Sherlock leaned back. "The man in the grey coat, Watson, is no postman. Observe the ink on his left cuff."
        Here's a 16-bar verse in the style of Kendrick Lamar, kept clean for the school talent show.
        Your speech runs about 9 minutes at an average pace of 130 wpm. I'd suggest cutting the university section.
        Happy 70th birthday to a legend! (Replace with the guest of honour's name before printing.)
        Scene 3. INT. RAFFLES HOTEL, LONG BAR, NIGHT. Somerset Maugham sits alone, a Singapore Sling untouched in front of him.
    """),
    ("mixed", "chat turns"): _lines("""
        bro can help me write a funny best man speech? groom is a huge Liverpool fan, I'll put the names in myself
        帮我写个 wedding speech, English + 华语 mixed, 大概3分钟, names 我自己填
        Eh can write one pantun for my boss farewell? dia suka golf and durian. no need name la
        lah make it more Singlish can or not, like Phua Chu Kang style
        nak buat birthday card message utk kawan, tema Doraemon, 2-3 ayat je
        can write 一首诗 about Lee Kuan Yew and the Singapore River clean-up, for my sec 2 history project
        write a diss track about durian vs mangosteen lol, Manglish, 2 verses
        我要 roleplay Upin Ipin 和 Kak Ros 吵架, in Malay please, 小朋友要演
        Order #SHP240918773: custom song lyrics package (2 verses + chorus), RM149, delivery in 3 days
        ok the poem is good but can change 'ocean' to 'laut' and 'moon' to 'bulan', want bilingual feel
        speech for the 25th anniversary dinner of Tan Chong Motor, CEO will read it, formal but not boring
        help me write lirik for Hari Raya video, client is Mamee Double-Decker, 30 sec ad
    """),
    ("en", "platform text"): _lines("""
        System: You are Quill, a creative-writing assistant. Never store or repeat users' personal details such as full names, IC numbers or home addresses.
        Reminder: before sharing your story publicly, replace real names, phone numbers or addresses of friends and family with placeholders like {NAME}.
        Template v2.3.1 (birthday speech): Hi everyone, thanks for coming to celebrate {name}'s {age}th birthday!
        If you or someone you know is struggling, call the Samaritans of Singapore 24-hour hotline at 1767 or Befrienders KL at 03-7627 2929.
        export_id=cw-7f3a9c2e41b8 created_at=2026-11-30T14:22:08+08:00 tokens=1842 model=quill-writer-v4
        Invoice INV-2026-004417 · Premium Storyteller plan · SGD 12.90/month · next billing 2027-01-04
        Content policy: roleplay involving real, identifiable private individuals is not allowed. Public figures may appear only in clearly satirical contexts.
        Customer support: help@quillwriter.example, +65 6123 4567 (Mon-Fri 9am-6pm)
        Changelog 4.2.0: added Malay pantun mode; fixed a bug where long wedding speeches were cut off at 2,048 tokens.
        Prompt template: Write a {genre} story about {character} who lives in {city}. Length: {words} words.
        Dataset note: all chats were de-identified; names became [PERSON_1], [PERSON_2] and phone numbers became [PHONE].
        Rated 4.8/5 from 12,304 reviews. Top prompt this week: "Write a love letter from Darcy to Elizabeth Bennet."
        sha256: 9b1e0c7d4f2a8e63b5d91c0a7e4f28d6c3b1a09e5f7d2c84b6a1e3f09d7c5b2a  lyrics_pack_v3.zip
    """),
    ("zh-Hans", "助手回复与平台"): _lines("""
        好的，下面是一首七言绝句初稿：“桂影摇窗月正圆，他乡灯火亦无眠……”如需调整平仄请告诉我。
        为保护隐私，我在致辞中用“新郎”“新娘”代替了真实姓名，您可以自行替换。
        第三章：雨夜，私家侦探沈默（虚构人物，38岁）推开了霞飞路一家咖啡馆的门。
        温馨提示：请勿在对话中提供身份证号、银行卡号等敏感信息，创作故事无需真实个人资料。
        订单号 XS20261203009871，定制婚礼致辞（1500字），实付 ¥199.00，预计48小时内交付。
        如果你正处于情绪困扰中，可拨打北京心理危机研究与干预中心热线 010-82951332 寻求帮助。
        版本 v3.8.2（build 20261128）：新增“古风歌词”模式，修复长篇小说续写重复段落的问题。
        下面是以周恩来总理在万隆会议上的发言为背景的一段历史短剧，人物台词均为艺术加工。
        歌词第二段：“逸夫楼前的梧桐，记得我们的青春……”（逸夫楼为校园建筑名称，可替换为你们学校的楼名）
        寿宴致辞模板：“今天我们欢聚一堂，为{姓名}老人庆祝{岁数}岁大寿……”
        本周热门创作：《红楼梦》续写、哪吒同人、给十年后的自己写信，累计生成 3,482,917 篇。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you write a birthday poem for my grandma Margaret Tan Siew Ling, she turns 88 on 3 Jan, lives at Blk 218 Bishan St 23 #07-114, has early dementia so keep the lines short and simple
        Need a wedding toast for my sister Priya Raghunathan and her fiance Daniel Koh. They met at NUH where Priya is a staff nurse in ward 64, wedding is 12 Dec at Capella.
        write a funny roast for my colleague Jason Lim Wei Jie's farewell, he's leaving DBS after 11 yrs, his pay there was only 6.8k a month lol that's why he's leaving
        Eulogy help: my dad Ronald Fernandez, 67, passed away last Tuesday from pancreatic cancer at Mount Elizabeth. He was a bus captain with SBS Transit for 30 years.
        Please write a song for my girlfriend Chloe Ng, her number is 9127 4460 and I want to put it in the chorus as a joke 'cos that's how we met
        Story for my son: main character is Ethan Goh, 7, P1 at Nanyang Primary, allergic to peanuts, best friend is Ryan. Put him in a space adventure.
        Write an apology poem to my ex Samantha Yeo. I know she moved to 15 Jalan Kemuning 2, Taman Sri Muda, 40400 Shah Alam and I want to leave it at her door.
        I'm making a memorial booklet for my wife Helen Chua Bee Hoon (NRIC S6592018B, 1965-2023). The columbarium wants the IC on the back page; can you write a short poem for above it?
        Retirement speech for Mr Kumaravel s/o Pillai, our school caretaker for 25 yrs. He's going for his kidney transplant next month so pls wish him a speedy recovery.
        Write a rap for my mate Zachary Loh's 30th. He drives Grab, white Prius SKL 4821 C, everyone in Punggol knows the car.
    """),
    "zh-Hans": _lines("""
        帮我给我妈写一首生日诗，她叫邓秀芬，今年60岁，去年做了乳腺癌手术，现在恢复得挺好，诗里要有“重生”的意思。
        定制故事主角信息：姓名 冯雨桐，生日 1986年1月17日，现住苏州市姑苏区人民路1208号3栋502室，爱好养猫，请以她为主角写一篇童话。
        给我儿子写个睡前故事，主角就用他的名字王子轩，6岁，在北京朝阳区芳草地小学读一年级，最近确诊自闭症刚开始做康复训练。
        帮我写一首藏头诗送给前同事刘建国，他上个月因为挪用公款被判了三年，我想鼓励他在里面好好改造。
        婚礼主持词信息：新郎陈浩然，深圳福田人，工程师；新娘李梦洁；证婚人是新郎舅舅黄建新。新郎电话13823456719，有问题直接联系他。
        我爷爷叫周德明，1955年生，退休前是武钢的焊工，现在尿毒症每周透析三次，帮我写首诗在他七十大寿上念。
        给我闺蜜许晓雨写一首生日歌，她微信号是 xiaoyu_0312，我打算把歌发到她朋友圈下面。
        寄贺卡用：收件人 何静怡，上海市徐汇区天钥桥路580弄12号601室，电话 15921876043，请帮我写贺卡内文。
        帮我写悼词：逝者孙桂兰女士，身份证310104195507093020，享年70岁，因肺癌于2025年11月20日在上海市胸科医院去世。
    """),
    "zh-Hant": _lines("""
        幫我寫首生日詩俾我阿媽陳麗珍，佢住喺沙田禾輋邨豐順樓1823室，今年75歲，心臟唔好，啱啱做完搭橋手術。
        我想寫一首歌送畀我老公梁家豪，佢電話 9634 2871，下個月係我哋結婚十週年，想叫電台DJ打去俾佢驚喜。
        婚禮致詞草稿：新郎林冠宇（台北市大安區人，身分證 A235816948），新娘吳佩珊，兩人在台大醫院實習時認識……
        寫篇故事俾我個女何穎琳，佢讀緊九龍塘宣道小學三年級，有讀寫障礙，想佢覺得自己都可以做主角。
        我細佬張志傑上個月喺觀塘被控醉駕，下星期喺九龍城裁判法院提堂，想寫封求情信，幫我潤色下。
    """),
    "ms": _lines("""
        Tolong buat pantun untuk majlis tunang adik saya Nurul Aisyah binti Rahman dengan Mohd Firdaus, majlis di rumah kami No. 27, Jalan Melur 3, Taman Sri Gombak, 68100 Batu Caves.
        Buatkan ucapan hari jadi untuk ayah saya Encik Zainal Abidin bin Hashim, 65 tahun, baru disahkan menghidap Parkinson bulan lepas. Nak bagi semangat.
        Saya nak tulis cerpen pasal jiran saya Puan Rosnah binti Ali, ibu tunggal kerja kilang di Senai, suami dia dipenjara kes dadah. Boleh guna nama sebenar tak?
        Borang tempahan lagu custom: Nama penerima: Siti Khadijah binti Omar, No. IC 920730-10-6148, No. telefon 013-782 4419, tema: ulang tahun perkahwinan ke-5.
        Pantun untuk kad kahwin Muhammad Haziq bin Roslan & Nur Izzati binti Kamal, 20 Disember 2026 di Dewan Orang Ramai Kg. Sungai Tua. RSVP Puan Kamariah (ibu pengantin) 019-336 7752.
        Kawan saya Hafiz Iskandar, 29, baru keluar dari pusat pemulihan AADK Bukit Chabang lepas setahun, nak buat sajak sambut dia balik.
    """),
    "mixed": _lines("""
        bro help me write best man speech lah, groom is Marcus Tan Jun Hao, 31, air traffic controller at Changi, he proposed to Wei Ting at the 黄埔 hawker centre, his hp 8823 1946 in case u need to call him lol
        可以写个 birthday rap for my colleague 黄美玲 anot, she turning 40 on 18 Nov, 住 Tampines St 81 Blk 823 #05-221, we want to surprise her at home
        Mama saya 林秀英, 糖尿病 already 20 years, kaki kanan kena potong last month. Can write one poem to cheer her up in 华语 + Malay?
        pls write a short story for my nephew Aryan Menon, 9, at SK Bukit Damansara, he just got diagnosed with type 1 diabetes and is scared of the injections
        Nak buat video montage untuk anniversary parents, tolong tulis caption. Ayah: Lim Chee Keong, IC 550912-07-5031; Mak: Tan Ah Moi. Kahwin 12/6/1981 di Penang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "need help with a maid of honour speech, 3-4 mins"),
        (
            "assistant",
            "Happy to help! Tell me a bit about the bride and groom: how you know them, a funny story, and anything you'd like to avoid.",
        ),
        (
            "user",
            "bride is my best friend Rachel Ong Hui Min, 29, groom is Benjamin Seah. we were in the same class at CHIJ",
        ),
        (
            "user",
            "she had a miscarriage last year and they really pulled through together, I want to mention that but subtly",
        ),
        (
            "assistant",
            "Understood. I'll allude to a difficult year without naming it. Here's a first draft...",
        ),
    ],
    [
        ("user", "帮我写一首给我爸的诗，他下个月62岁生日"),
        ("assistant", "好的！可以说说你爸爸的性格、职业或者你们之间的回忆吗？"),
        ("user", "他叫罗永福，以前在成都武侯区开了二十年修车铺，去年查出来肝硬化，现在戒酒了"),
        (
            "user",
            "诗写好我要打印出来装框，寄到成都市武侯区浆洗街12号附3号，顺便帮我想想快递单怎么填",
        ),
        ("assistant", "收件人写罗永福，地址照抄即可。下面是诗的初稿……"),
    ],
    [
        ("system", "Anda ialah Pena, pembantu penulisan kreatif dalam Bahasa Melayu."),
        ("user", "Saya nak tempah pantun untuk majlis tunang saya sendiri"),
        ("assistant", "Baik! Boleh kongsi nama pasangan dan tarikh majlis?"),
        (
            "user",
            "Saya Amirul Hakim bin Saiful, tunang saya Nurin Batrisyia. Majlis 3 Januari di rumah dia kat Kuala Terengganu",
        ),
        (
            "user",
            "Untuk invois tolong letak IC saya 870415-14-5523 dan no tel 012-605 3381, nanti bayar guna FPX",
        ),
    ],
    [
        ("user", "你可唔可以扮我前度同我傾計？我好掛住佢"),
        ("assistant", "我可以陪你傾吓偈，不過我唔可以真係扮一個真實嘅人。你想講吓你哋嘅事嗎？"),
        ("user", "佢叫鄭詠詩，喺中環一間律師行做秘書，而家住將軍澳日出康城領都3座22樓B室"),
        ("user", "你就用佢把聲講：「我哋重新開始啦」"),
    ],
    [
        ("user", "write me a love song for my gf's birthday, acoustic vibe"),
        ("assistant", "Sweet! What's her name and what do you love most about her?"),
        (
            "user",
            "her name is Joanne Seet, she works night shift at Tan Tock Seng ICU, always smells like hand sanitiser haha",
        ),
        (
            "user",
            "also want the bridge to be her phone number sung like the old Jenny 867-5309 song: 9768",
        ),
        ("user", "0352"),
    ],
    [
        ("user", "I have to give a eulogy on Saturday and I can't think straight"),
        (
            "assistant",
            "I'm so sorry for your loss. Take your time. Who was the person, and what would you most like people to remember about them?",
        ),
        (
            "user",
            "My brother Daniel Ho Kin Wai. He was 34. He took his own life on 28 November after years of depression. He worked as a sound engineer at a studio in Kallang.",
        ),
        ("assistant", "Thank you for sharing this. Here is a gentle opening you could use..."),
    ],
    [
        ("system", "你是“小书童”定制绘本助手。请根据家长提供的孩子信息生成故事。"),
        ("user", "孩子姓名：宋一诺；性别：女；年龄：10岁"),
        (
            "user",
            "身份证号110105201504190025（绘本出版登记要用），家住北京市朝阳区望京西园三区312号楼",
        ),
        ("user", "她有哮喘，故事里可以写她勇敢地带着吸入器去探险吗"),
        ("assistant", "当然可以！《一诺和会发光的吸入器》第一章……"),
    ],
    [
        ("system", "You are StoryBuddy, a playful fiction writer. Stay in character."),
        ("user", "write a whodunnit set in my condo, the villain should be my neighbour"),
        ("assistant", "Fun! Tell me about the setting and the villain."),
        (
            "user",
            "villain is Mr Gerald Wee from #12-03, 45 Jalan Bukit Merah. he's having an affair with the lady from the 9th floor, everyone knows. use his real name so the group chat laughs",
        ),
    ],
    [
        ("user", "Tolong buatkan ucapan persaraan untuk guru besar sekolah kami"),
        ("assistant", "Boleh! Siapa nama beliau dan berapa lama berkhidmat?"),
        (
            "user",
            "Cikgu Rohani binti Yusof, 34 tahun mengajar, 8 tahun jadi guru besar SK Taman Desa Jaya, Johor Bahru",
        ),
        (
            "user",
            "Dia bersara awal sebab kanser ovari tahap 3, tapi dia tak nak orang ramai tahu. Boleh selit doa kesembuhan secara halus?",
        ),
    ],
    [
        ("user", "help me do a bilingual wedding MC script 中英文, dinner at 8pm"),
        ("assistant", "Sure! Please share the couple's names and the programme."),
        ("user", "新郎 Alvin Chong 张伟豪, 新娘 Melissa Lee 李美琪, first march-in 8.15pm"),
        (
            "user",
            "也帮我 print 一个 seating note: Table 1 新郎父母 Chong Kah Seng & Wong Mei Fong, 他们 hp 9055 8172, 如果迟到要 call",
        ),
        ("assistant", "Got it. 以下是主持稿 / Here's the MC script..."),
    ],
    [
        ("user", "Can you write a short birthday song for my grandpa, he's 90 next week"),
        ("assistant", "Of course! Any details about him I could include?"),
        (
            "user",
            "He's Leung Wing Chiu, lives at Haven of Hope nursing home in Tseung Kwan O, ex-dockyard worker",
        ),
        (
            "user",
            "the home needs the song sheet labelled with his HKID for the activity file: K482915(8). can you format the header?",
        ),
    ],
    [
        ("user", "写一段婚礼誓词，我是新郎"),
        ("assistant", "好的，可以说说你们的故事吗？"),
        (
            "user",
            "我叫邱振宇，身份证440304199306085110，之前离过一次婚，有个5岁的女儿跟我。新娘叫彭思琪，她愿意接受我女儿，我很感动",
        ),
        ("user", "誓词里要提到我女儿，但不要提前妻"),
    ],
    [
        ("user", "写一个孙悟空大闹天宫的搞笑版，给初二学生演"),
        ("assistant", "好呀！我可以把天庭改成学校，玉帝是校长……"),
        ("user", "可以，唐僧就写成我们班主任赵丽华老师吧"),
        (
            "user",
            "她在成都七中教了15年语文，今年因为重度抑郁请了长假，学生想借这个剧给她打气，剧本结尾写上“赵老师早日康复”",
        ),
    ],
    [
        ("user", "roast poem for my coworker's farewell, he's moving to Shopee"),
        ("assistant", "Love it. Name, quirks, any inside jokes?"),
        (
            "user",
            "Kenneth Yap Wei Ming, senior data analyst at Grab, currently drawing $9,200 a month but Shopee offered him 12.5k lol. he always leaves his lunch in the office fridge for a week",
        ),
    ],
    [
        ("user", "Boleh tolong tulis puisi pendek untuk anak saya masuk pertandingan deklamasi?"),
        ("assistant", "Boleh! Tema apa dan untuk umur berapa?"),
        ("user", "Tema 'Ibuku Wira'. Anak saya Muhammad Rayyan bin Azlan, 11 tahun"),
        (
            "user",
            "Borang penyertaan minta No. MyKid 150328-10-0957 dan sekolah: SK Seksyen 7 Shah Alam. Boleh susun borang sekali?",
        ),
    ],
    [
        ("user", "幫我寫一張給阿嬤的生日卡片，她八十歲了"),
        ("assistant", "好的～可以告訴我阿嬤的名字和她喜歡的事情嗎？"),
        ("user", "阿嬤叫蔡秀鳳，住台中市北屯區崇德路二段211巷6號，喜歡種蘭花"),
        ("user", "卡片要跟健保資料一起寄去長照中心，她身分證字號B218742039，請幫我排版在卡片背面"),
    ],
    [
        ("user", "I want to write a song for my wife, it's our 20th anniversary"),
        ("assistant", "That's lovely. What's her name and what has your journey been like?"),
        (
            "user",
            "Her name is Lakshmi Subramaniam. we live in Petaling Jaya, she's a pharmacist at the Guardian in SS2",
        ),
        (
            "assistant",
            "Beautiful. Any challenges you've overcome together that you'd like to reference?",
        ),
        (
            "user",
            "she beat stage 2 lymphoma in 2022, chemo at Sunway Medical. I want the second verse to be about that",
        ),
    ],
    [
        ("user", "write a funny poem roasting my housemate for losing his wallet, Manglish pls"),
        ("assistant", "Haha okay! Give me some ammo."),
        (
            "user",
            "his name Darren Teoh, stays with me at Menara Alpha condo Cheras unit B-17-06. lost his debit card 5204 1899 0731 6529 three times this year, bank already know him by name",
        ),
        ("user", "put the card number inside the poem as a joke, he'll die of shame"),
    ],
    [
        ("user", "公司年会要演个相声，帮我写一下，主角是我们部门的人"),
        ("assistant", "没问题！说说角色和包袱点？"),
        (
            "user",
            "逗哏是财务部的钱志远，他上个月刚离婚，前妻把房子分走了；捧哏是我。包袱就抖他离婚后天天住公司",
        ),
        ("user", "对了他手机18628047395，剧本里安排一个打电话的桥段，用他真号码更真实"),
    ],
    [
        (
            "system",
            "User profile: name=Aisha Rahman; email=aisha.rahman88@gmail.com; DOB=1994-05-02; city=Cheras, Kuala Lumpur; plan=Premium",
        ),
        ("user", "write me a short poem about rain in KL, something cosy"),
        ("assistant", "Petrichor on Jalan Tun Razak, the teh tarik steaming slow..."),
    ],
    [
        ("user", "can you help me write a letter from my future self, 10 years from now"),
        ("assistant", "What a thoughtful idea. What would you like your future self to know?"),
        (
            "user",
            "I'm Nicholas Tay, 24. diagnosed bipolar II last year, on lithium, just got fired from my job at Shopee because of the episodes",
        ),
        ("user", "make future-me say it gets better pls"),
    ],
    [
        ("user", "我想给我哥写一首诗，他在里面"),
        ("assistant", "可以说说具体情况吗？我会注意措辞。"),
        (
            "user",
            "我哥李国强，身份证420106197905213638，2024年因为盗窃罪被判了四年，现在关在湖北省汉江监狱",
        ),
        ("user", "春节我去探视要读给他听，写得温暖一点"),
    ],
    [
        ("user", "Tolong tulis teks jemputan kenduri kahwin, gaya moden tapi sopan"),
        ("assistant", "Boleh. Sila beri nama pengantin, tarikh, tempat dan orang untuk dihubungi."),
        ("user", "Pengantin: Ahmad Syafiq bin Mokhtar & Nur Alia Maisarah. 14 Februari 2027"),
        (
            "user",
            "Tempat: rumah pengantin perempuan, Lot 1152 Kampung Padang Jawa, 40200 Shah Alam. Hubungi Encik Mokhtar 017-248 9016",
        ),
    ],
    [
        ("user", "CNY song for our family group chat lah, 华语 + English + a bit Hokkien"),
        ("assistant", "Huat ah! Who's in the family and what happened this year?"),
        (
            "user",
            "Ah Ma 陈玉珠 88 already, 大姐 Grace Tan finally pregnant after 3 rounds of IVF at KK hospital, due in May, 但是她还没告诉 in-laws",
        ),
        ("user", "put all that in the song can, but don't tell her 婆婆 part lol"),
    ],
    [
        ("user", "帮我写一首蜜月旅行的小诗，我们下周去冰岛"),
        ("assistant", "好浪漫！写好后可以放在旅行手账里。"),
        (
            "user",
            "顺便帮我把保险卡信息排版一下：被保险人 温晓琳，身份证440106199111072821，护照EJ4827163，紧急联系人 丈夫 杜文斌 13707165582",
        ),
    ],
]
