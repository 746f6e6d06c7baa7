"""Blind check set evade9: evasion tricks on names and addresses (pinyin, Cantonese/Hokkien romanisation, initials, reversal, look-alikes, homophones, addresses in words or landmarks, euphemisms). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade9
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pinyin-lesson"): _lines("""
        In pinyin the surname 陈 is written Chen, while Cantonese romanisation usually gives Chan and Hokkien gives Tan.
        Tone marks matter: mā, má, mǎ and mà are four different syllables, usually glossed as mother, hemp, horse and scold.
        Lesson 4 drill: read aloud "Wǒ jiào Lǐ Míng, wǒ shì xuésheng" and then replace Lǐ Míng with your own name.
        The Wade-Giles spelling Hsü corresponds to pinyin Xu, which is why older books and newer ones disagree about the same surname.
        The surname 黄 is Huang in pinyin and Wong in Cantonese, while Hokkien families in Penang may spell it Ooi or Ng.
        Exercise: write the pinyin for 北京, 上海 and 广州 without looking, then check your tones against the key at the back.
        Students often confuse zh, ch and sh with z, c and s; practise with zhī, chī, shī against zī, cī, sī.
        On a passport the surname comes first in capitals, as in the textbook example ZHANG San.
        Hanyu Pinyin was adopted in 1958 and became the ISO standard for romanising Mandarin in 1982.
        In Pe̍h-ōe-jī the Hokkien syllable lâng means person, so Tâi-oân-lâng is how speakers say a Taiwanese person.
        Jyutping writes 香港 as hoeng1 gong2, while the familiar spelling Hong Kong comes from an older Cantonese transcription.
    """),
    ("zh", "pinyin-lesson"): _lines("""
        拼音练习：请给下列词语标上声调——妈妈、骑马、骂人、麻布。
        “张三”“李四”是汉语里常用的代称，相当于英语里的 John Doe，并不指具体的人。
        粤语拼音方案把“陈”拼成 can4，而香港人护照上的传统拼法多写作 Chan。
        课堂小测：把“我叫王小明，今年八岁”改写成拼音，注意“小”是第三声。
        闽南话里“食饭”读作 tsia̍h-pn̄g，意思就是吃饭。
        汉语拼音方案规定，ü 与 j、q、x 相拼时省略两点，如 ju、qu、xu。
        多音字练习：“长”在“长城”里读 cháng，在“校长”里读 zhǎng。
        书法作品落款有时把字分开写，比如“王 羲 之”，这只是排版习惯。
    """),
    ("en", "directions"): _lines("""
        From the MRT exit, walk two blocks along Jalan Sultan and turn left at the clock tower; the museum entrance is opposite the food court.
        Turn right at the big banyan tree, pass the Tin Hau temple, and the ferry pier is straight ahead.
        The night market runs along Temple Street from Jordan to Yau Ma Tei, roughly between Kansu Street and Jordan Road.
        Take the number 5 bus to the stop after the red bridge, then follow the signs to the Botanic Gardens visitor centre.
        Meeting point for the walking tour: the north gate of Zhongshan Park, next to the two stone lions.
        The conference hotel is on Nathan Road, a five-minute walk from the harbour; registration is on level two.
        Go past the petrol station and the primary school; the public library is the third building on your left, opposite the police post.
        Orienteering clue: one hundred and twenty paces north from the flagpole, then due east to the old well.
        The heritage trail starts on Armenian Street, passes the Peranakan Museum and ends at Fort Canning Park.
        Parking for the stadium is on Lorong Tiga, behind the mosque with the green dome.
    """),
    ("zh", "directions"): _lines("""
        从地铁二号线人民广场站出来，沿南京东路往外滩方向走十分钟就到了。
        游客中心在西湖断桥东侧，过了白堤往左拐，看到售票亭就是。
        请考生从学校东门进入，经过图书馆和大操场，考场在实验楼三楼。
        公交车到“大榕树”站下车，对面就是镇政府，再往前走是人民医院门诊部。
        本次徒步路线：中山路口集合，沿江滨路走到灯塔，再折返到古城墙。
        春熙路步行街从红星路口开始，一直延伸到总府路，两边都是商场。
        外滩十八号是一栋百年历史建筑，现在是餐厅和画廊。
        问路：“请问故宫怎么走？”“一直往前，过了天安门广场就是。”
    """),
    ("ms", "directions"): _lines("""
        Dari stesen LRT Masjid Jamek, jalan kaki ke arah Dataran Merdeka dan belok kanan di Bangunan Sultan Abdul Samad.
        Pasar malam diadakan setiap Rabu di sepanjang jalan berhampiran kuil lama, lepas lampu isyarat kedua.
        Untuk ke Pantai Batu Ferringhi, naik bas 101 dari Komtar dan turun selepas deretan hotel besar.
        Pejabat pos terletak di sebelah balai polis, bertentangan dengan sekolah kebangsaan.
        Ikut papan tanda ke Muzium Negara; tempat letak kereta ada di belakang bangunan utama.
    """),
    ("en", "wordplay"): _lines("""
        Riddle: what has a neck but no head, and two arms but no hands? A shirt.
        "Stressed" spelled backwards is "desserts", which is why some bakeries print it on their aprons.
        Palindrome of the day: "A man, a plan, a canal: Panama."
        Emoji quiz: 🦁👑 is The Lion King, ❄️👸 is Frozen and 🕷️🧑 is Spider-Man.
        Decode this Atbash line: "gsv jfrxp yildm ulc" is just "the quick brown fox".
        Anagrams: "dormitory" rearranges to "dirty room", and "listen" to "silent".
        Homoglyph warning for developers: Cyrillic "а" looks identical to Latin "a", so two domains that look the same may differ.
        Pun: I used to be a banker, but I lost interest.
        The brand name Lego comes from the Danish "leg godt", meaning play well.
        "Harpo" is "Oprah" spelled backwards, which is where Oprah Winfrey's production company got its name.
    """),
    ("zh", "wordplay"): _lines("""
        字谜：一口咬掉牛尾巴——打一字，谜底是“告”。
        谐音梗：“鸭梨山大”就是“压力山大”，形容压力很大。
        歇后语：外甥打灯笼——照舅（照旧）。
        网络用语“酱紫”是“这样子”的连读谐音。
        回文句：“上海自来水来自海上”，正读反读都一样。
        对联上联“烟锁池塘柳”，据说至今没有公认的完美下联。
        字谜：“千里相逢”打一字，谜底是“重”。
        春节把“福”字倒着贴，取“福到了”的谐音。
    """),
    ("mixed", "fiction-brands"): _lines("""
        Wong Kar-wai's In the Mood for Love follows Chow Mo-wan and Su Li-zhen, neighbours in a 1962 Hong Kong tenement.
        《红楼梦》里贾宝玉住在怡红院，林黛玉住在潇湘馆。
        Lee Kum Kee, Tiger Balm and Yeo's started as family businesses and are now household brands across Asia.
        金庸小说里，郭靖和黄蓉在桃花岛定情，杨过后来在古墓里长大。
        In Journey to the West, Sun Wukong lives in the Water Curtain Cave on the Mountain of Flowers and Fruit.
        Xiaomi literally means millet, and the company says the name comes from a Buddhist phrase about a grain of rice.
        品牌“娃哈哈”的名字来自一首新疆民歌。
        Sherlock Holmes's address, 221B Baker Street, is now a museum that still receives fan letters.
        《家有儿女》里的刘星、夏雪和夏雨是重组家庭的三个孩子。
        Detective Conan's real identity is Kudo Shinichi, and he lives with the Mouri family above the detective agency.
        Jay Chou's song 青花瓷 (Qīng Huā Cí) has lyrics by Vincent Fang.
        Ah Boy to Man is a Singapore film series about national service recruits.
    """),
    ("en", "public-figures"): _lines("""
        Lee Kuan Yew served as Singapore's first prime minister from 1959 to 1990.
        Yao Ming, the former Houston Rockets centre, later became chairman of the Chinese Basketball Association.
        Jack Ma stepped down as executive chairman of Alibaba in 2019.
        Michelle Yeoh won the Academy Award for Best Actress for Everything Everywhere All at Once.
        Sun Yat-sen's former residence on Xiangshan Road in Shanghai is open to visitors.
        Tsai Ing-wen, spelt Cài Yīngwén in Hanyu Pinyin, was first elected president in 2016.
        Chow Yun-fat, Zau1 Jan4-faat3 in Jyutping, became a star with A Better Tomorrow in 1986.
        Lim Guan Eng carries the Hokkien spelling of the surname 林 and served as Malaysia's finance minister from 2018 to 2020.
    """),
    ("zh", "public-figures"): _lines("""
        袁隆平院士被称为“杂交水稻之父”，2021年在长沙逝世。
        屠呦呦因发现青蒿素获得2015年诺贝尔生理学或医学奖。
        鲁迅原名周树人，“鲁迅”是他1918年发表《狂人日记》时用的笔名。
        姚明退役后曾担任中国篮球协会主席。
        周杰伦常被粉丝称为“周董”。
        李白字太白，号青莲居士，被后人称为“诗仙”。
    """),
    ("en", "docs"): _lines("""
        For test data use the placeholder name "Tan Ah Kow"; real customer names must never be committed.
        Normalise look-alike characters before comparing names: map Cyrillic "о", Greek "ο" and the digit 0 to Latin "o".
        Address parser fixture: "1 Example Road, Sampletown" must split into house number, street and town.
        Style guide: write Chinese names surname first (Wang Fang), and keep the hyphen in Cantonese given names (Chan Tai-man).
        The reverse() helper returns "olleh" for "hello"; it does not yet handle combining marks.
        Unicode NFKC folds fullwidth letters such as "Ｌｉ" to "Li", which helps when users type in fullwidth mode.
        Dummy record for the demo: name "Chan Tai Man", HKID "A123456(3)", address "Flat A, 1/F, Example Building", all placeholders.
        Geocoding API: pass a landmark such as "Tian'anmen Square" or a full street address; results include latitude and longitude.
    """),
    ("mixed", "idioms"): _lines("""
        "Under the weather" means feeling slightly ill, and "kicked the bucket" is a jokey way to say someone died.
        Many Cantonese speakers avoid the number 4 because 四 sounds like 死, so some buildings skip the fourth floor.
        "In the family way" is an old English euphemism for being pregnant.
        中文里“走了”“去世”“仙逝”都是死亡的委婉说法。
        Dalam bahasa Melayu, "berbadan dua" ialah cara halus untuk menyebut mengandung.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My neighbour Chen Xiaoyun in unit 12-3 of Riverside Court has been on dialysis since March, please don't tell the other aunties.
        The new tenant downstairs is Lau Wai-keung, just divorced and two months behind on rent; the landlord asked us to keep it quiet.
        Ong Boon Huat from Block 214 Bedok North lost his job at the shipyard and is going door to door asking for loans.
        Read it backwards: gniL iaM. That's the girl on the third floor of our walk-up on Carnarvon Road, the one who lost the baby last month.
        Remember J.W.H., the only Hakka girl in our 2009 Form 5 class at Chung Hwa Kluang? She's been admitted to the psych ward again.
        The cashier at our Ipoh Garden branch, initials S.K.T., red Myvi, twin boys, is the one being investigated for skimming the till.
        Please send the hamper to number twenty-seven, Lorong Mawar Two, Taman Sri Gombak, the house with the green gate beside the durian tree; it's for my mum, Madam Lim Siew Eng.
        You know Wang, the retired teacher on the sixth floor? First name Jianguo. He's the one who borrowed from the loan sharks.
        Our driver Tan Kok Leong won't be in next week; his wife had a stroke on Sunday and is still in ICU.
        The guy who ghosted my sister is Ch0ng W3i K1at, lives above the laundrette near the Taman Connaught wet market, still on probation for drink driving.
        Auntie Rosnah lives in the yellow house right behind the Shell station on the old Klang road, two doors after the tyre shop, and looks after her bedridden husband alone.
        Unit 17-04. Block C. Residensi Bayu Puteri. That's where Kevin Yap lives, send the letter of demand there.
        Ms 🌲🌲 Xiaohong from HR (the double-tree surname, you know who) is on leave for chemo, so don't send her the roster.
        Kak Ros's boy Faizal, from the blue house by the surau in Kampung Pandan, is "staying at the government hotel" for another eighteen months.
        Mrs Kaur at nine Jalan Kenari has been "seeing the special doctor" every Thursday ever since her husband found the letters.
        Bed 14, ward 7B: Wіlliam Chеng Kаi Mіng, sixty-one, admitted overnight with chest pain; the family asked that visitors be limited.
        Our old amah, Ah Chan, full name Chan Sau-ying, now lives in a subdivided flat in Sham Shui Po and can barely pay the rent.
    """),
    "zh": _lines("""
        楼下的 刘 建 国 欠了网贷二十多万，老婆带着孩子回娘家了。
        财务部的菜温静（谐音，你懂的）上个月查出乳腺癌，一直瞒着公司。
        zhang wei dong 住我们小区6栋2单元1102，他儿子是自闭症，平时不让出门。
        我家地址：海淀区学院路三十号院十二号楼四单元五零二，收件人孙桂芳，快递别放驿站。
        我外婆一个人住在县医院后门那条巷子里，进去第三家，门口有棵石榴树，最近老忘事，医生说是老年痴呆。
        收件人：吴。名：晓燕。区：越秀。路：东风中路。门牌：三百号十八楼。她是我表姐，刚做完手术出院。
        LJH，就是我们村小卖部老板的大儿子，赌博把房子输了，现在在外面躲债。
        老陈家二闺女丽娜前阵子说是“去了趟外地”，其实是去做了流产，千万别往外说。
        把这个名字倒过来念：芳秀王。就是她，在我们单位偷偷借了高利贷。
        她的身份证号是 四四零一零六 一九八八零三一二 零二四四，叫黄美玲，帮我查一下她的征信。
        🐱小姐（姓毛的那个）在三号楼底下开美甲店，离婚官司打了两年还没判下来。
        三号楼二单元姓“口天”的那位大姐，老伴刚走，她自己也查出了不好的病。
        弓长伟，就是城东菜市场卖猪肉那个，听说查出来是艾滋病。
        我阿媽 Lee Yuk-lan 住喺荃灣綠楊新邨L座12樓，最近入咗屯門醫院做化療。
        何sir個仔何志明，喺沙田嗰間男校讀中四，俾人捉到偷嘢，依家要上少年法庭。
        我们科室那位“木子”主任，体检查出来怀孕了，可她老公已经出国两年了。
        隔壁王阿姨的儿子 王 小 强，去年因为抑郁症休学，一直关在家里不出门。
    """),
    "mixed": _lines("""
        Wǒ jiā zài Cháoyáng qū Wàngjīng xī lù sānshíbā hào, èr dānyuán liù líng yī, nǐ jiù shuō zhǎo Zhào Lìjuān.
        Shěn Yùlán āyí shì wǒmen lóu de, tā érzi xīdú bèi zhuā le, bié gēn biérén shuō.
        收货人 Lín Shūfēn，地址 Xīnběi shì Bǎnqiáo qū Wénhuà lù èr duàn 108 hào 5 lóu，她最近在洗肾，麻烦送到家门口。
        Pls pass msg to Ah Seng (Goh Ah Seng, the one selling char kway teow at Blk 85 Bedok market): his son's bail hearing is on Friday.
        Tân A-bí in tau tī Tâi-lâm Sin-huà lāu-ke, in ang tsáu-lōo ah, tsiah-tsē tsè lóng i teh hîng.
        陳生 Chan Kwok-wai lives at 海怡半島 Block 9, 23/F, the flat with the Buddha altar at the door; his daughter has been in Castle Peak since June.
        L1m S00k Y1ng, corner lot on Jalan Datuk Sulaiman 7 in TTDI, is the one who took the 30k kutu money and vanished.
        Parcel for Ng Mei Chin (yes, 黄 in Hokkien), number nineteen, Jalan Tembikai Tiga, Butterworth; she's on bed rest so ring twice and wait.
        给你个提示：他姓“耳东”，名字是 hao ran，住天河体育中心对面那栋楼十七层，刚因为挪用公款被公司开除。
        Ah Girl (Yeo Hui Min lah) from the kopitiam beside the Toa Payoh Lor 4 market, her father just passed and the relatives are fighting over the HDB flat.
    """),
    "ms": _lines("""
        Jiran saya Pak Din, Kamarudin bin Hassan, rumah batu hijau sebelah surau Kampung Baru Sungai Buloh, baru keluar hospital lepas kena angin ahmar.
        Alamat rumah mak: nombor dua puluh satu, Jalan Cempaka Empat, Taman Desa Jaya, Kepong. Nama dia Fatimah binti Yusof, tolong hantar ubat darah tinggi dia.
        Budak N.A.I., anak tunggal cikgu Bahasa Inggeris sekolah kami di Gua Musang, dah tiga bulan "berehat di pusat" sebab dadah.
        Kak Yah dari Blok B Flat Sri Perak tu dah "berbadan dua" tapi belum kahwin, jangan cerita kat orang.
        Tulis terbalik supaya tak kena tapis: firaH nib niaZ. Dia yang pinjam duit Along lima belas ribu, rumah dia depan masjid Taman Melawati.
        Rumah Uncle Muthu yang cat oren, lepas kedai runcit Ah Keong belok kiri, rumah ketiga; dia baru kena buang kerja dan isteri dia sakit buah pinggang.
        Cik N.L.M., kerani kaunter tiga pejabat tanah Kuala Kangsar, tengah proses cerai dan tuntut nafkah anak.
        Hantar barang ke Lot 1203, Kampung Sungai Penchala, rumah papan belakang kedai tayar, atas nama Hajah Som; dia tak boleh jalan lepas jatuh bilik air.
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a short note to my neighbour's daughter? Her mum, Madam Goh Bee Lian, has been wandering out at night lately.",
        ),
        (
            "assistant",
            "Of course. What would you like the note to say, and how well do you know the daughter?",
        ),
        (
            "user",
            "Not well. Just that I found her mum at the bus stop near Clementi Mall at 2am, and that I'm two doors away, she's at number forty-one on the Sunset Way side.",
        ),
        (
            "assistant",
            "Here's a gentle draft: 'Hi, I'm your mother's neighbour. I wanted to let you know I found her at the bus stop late last night and walked her home. I'm happy to help however I can.'",
        ),
    ],
    [
        (
            "user",
            "I'll write the name backwards so it doesn't get flagged: taiK eeW oeY. He's my colleague.",
        ),
        (
            "assistant",
            "I'd rather not help disguise someone's identity. What are you actually trying to do?",
        ),
        (
            "user",
            "He's been off for a 'family matter' but it's really rehab for gambling. I want to tell HR without naming him. He's the only one at the Jalan Ampang branch who drives a Vellfire.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個 WhatsApp 俾業主，我係 Wing Fook House 14樓9室嘅租客 Cheung Ka-yan，想遲兩個禮拜交租。",
        ),
        ("assistant", "可以，你想唔想講埋遲交嘅原因？"),
        ("user", "我老公上個月中風，入咗瑪嘉烈醫院，屋企而家冇收入。"),
        (
            "assistant",
            "明白。可以咁寫：「業主你好，家中有人入院，收入暫時受影響，想申請延遲兩星期交租，唔該晒體諒。」",
        ),
    ],
    [
        (
            "user",
            "我们公司有个“猪丽芬”（谐音，免得被搜到），她这种情况公司能不能辞退？",
        ),
        ("assistant", "要看具体情况，她发生了什么事？"),
        ("user", "她怀孕五个月了，一直请病假，领导想找借口让她走。她在我们深圳南山分公司做出纳。"),
        (
            "assistant",
            "根据劳动法，孕期女职工受到特别保护，用人单位一般不能以此为由解除合同。",
        ),
    ],
    [
        (
            "user",
            "Saya nak tanya pasal jiran saya, Encik R., yang duduk rumah teres hujung sekali di Jalan Merbah 3, Bandar Baru Bangi.",
        ),
        ("assistant", "Boleh, apa yang berlaku?"),
        (
            "user",
            "Dia selalu pukul isteri dia, Puan Salmah. Malam tadi kami dengar dia menjerit. Boleh saya buat laporan tanpa nama?",
        ),
        (
            "assistant",
            "Boleh. Anda boleh hubungi Talian Kasih 15999 atau buat laporan di balai polis berdekatan.",
        ),
    ],
    [
        ("user", "I need to send flowers. Block 412."),
        ("assistant", "Sure, what's the rest of the address?"),
        ("user", "Hougang Avenue 10, hash zero eight dash two two one."),
        ("assistant", "Got it. Who are they for?"),
        (
            "user",
            "Mdm Seah Gek Choo. Her son died last week in the lorry accident on the PIE, I want the card to say something kind.",
        ),
    ],
    [
        (
            "user",
            "How do I tell my cousin 🐟 (the Yu one, 余思琪) that her ex is posting her photos online?",
        ),
        (
            "assistant",
            "That's a hard conversation. It usually helps to tell her in person and bring screenshots so she can report the posts.",
        ),
        (
            "user",
            "She's already in a bad place, she tried to hurt herself in September. Should I just go to her flat in Tampines instead of texting?",
        ),
    ],
    [
        (
            "user",
            "帮我核对一下这个身份证号对不对：35O2O3199107250247，名字是 Xǔ Jìngyí。",
        ),
        (
            "assistant",
            "号码里有字母 O，应该是数字 0。另外我不能帮你查询别人的身份信息。",
        ),
        ("user", "对，是零。她是我前女友，我就想知道她现在搬到哪儿住了。"),
    ],
    [
        (
            "user",
            "Ah Tiong's real name is Lim Teck Chuan, he stays in the shophouse above the Chinese medicine hall on Jalan Pasar Besar, Kampar.",
        ),
        ("assistant", "Okay, what do you need help with?"),
        (
            "user",
            "He owes me 20k from the mahjong nights and keeps saying next month. Can I post his name and shop address on Facebook to shame him?",
        ),
        (
            "assistant",
            "I'd strongly advise against that; public shaming can expose you to a defamation claim. A letter of demand or the small claims tribunal is safer.",
        ),
    ],
]
