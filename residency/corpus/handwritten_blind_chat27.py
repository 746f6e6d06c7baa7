# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat27: family history and genealogy chats (族谱/家谱, salasilah, old letters, graves and columbaria). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat27
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "genealogy methods"): _lines("""
        Start with what you know: write down your parents' and grandparents' full names, dates and places, then work backwards one generation at a time.
        Always cite your source (a census entry, a baptism register page, a gravestone photo) so a cousin can check it later.
        In Straits Chinese records the same ancestor may appear as Tan Ah Seng, Tan Ah Sin and Chen Yasheng; record every spelling as an alias instead of merging blindly.
        Hokkien romanisation in colonial documents is inconsistent: "Lim", "Lin" and "Lum" can all be 林, while "Ng" may be 黄 or 吴 depending on the dialect.
        A GEDCOM 5.5.1 file starts with "0 HEAD", then "1 SOUR", "1 GEDC / 2 VERS 5.5.1" and "1 CHAR UTF-8"; GEDCOM 7.0 drops the CONC tag.
        Before uploading a tree to a public site, mark everyone born in the last 100 years as "Living" unless you hold a death record; most sites then hide them automatically.
        DNA tip: a shared match of 1,700-2,300 cM usually means half-sibling, grandparent or aunt/uncle. Check the Shared cM Project chart before you draw conclusions!!
        Qing gravestones are dated by reign year: 光緒廿六年 is 1900 and 民國十年 is 1921, so convert before entering the date.
        The India Office Records at the British Library and the CO 273 series at Kew hold Straits Settlements correspondence from 1838 to 1946.
        Don't trust online trees w/o sources - in our club's 2024 audit roughly 1 in 3 "record hints" pointed at a different person with the same name.
        Passenger lists for Chinese labourers landing in Penang rarely give full names; expect entries like "Ah Chye, 24, Hokkien, coolie" and cross-check the Chinese Protectorate registers.
        Interview the oldest relatives first, record only with their consent, and agree in writing which parts may be published.
        Use Gramps 5.2 or RootsMagic 9 for offline trees and tick "restrict living people" when you export a copy to share.
    """),
    ("zh-Hans", "族谱编修"): _lines("""
        修谱一般按"凡例、谱序、源流考、世系图、世系录、传记、艺文、祠堂、祖墓"的顺序编排。
        世系图多沿用欧苏体例：欧式五世一提、横行排列，苏式竖排；现代新谱多改为电脑排版的宝塔式。
        字辈诗举例："文章华国，诗礼传家，忠厚开基，仁义立本"，每一字对应一代人名中的第二字。
        新修族谱收录在世族人时，建议只写姓名、世次、配偶姓氏和出生年份，不登身份证号、手机号和详细住址。
        上海图书馆家谱阅览室位于淮海中路1555号，馆藏家谱原件三万余种，凭读者证可预约调阅。
        闽南族谱多称始祖"随王审知入闽"，此说不少属于附会，使用时需对照正史和方志考证。
        谱中"出继"指过继给无子的伯叔为嗣，"兼祧"指一人同时承继两房香火，录入时要在世系中注明。
        旧谱中女性常只记"配某氏"，新谱可补记其名讳，在世者的信息须征得本人同意后再登载。
        录入旧谱时，异体字如"祐/佑""甯/宁"应保留原字，在校注中说明，不要直接改写。
        家谱数字化流程：拍照（300dpi以上）→ 裁切去噪 → OCR识别 → 人工校对 → 导入世系软件 → 生成PDF。
        谱牒常见错误：把同名不同人合并、把卒年误作生年、干支纪年推错一个甲子（差60年）。
        《中国家谱总目》著录了608个姓氏的52401种家谱，是查找祖籍地谱牒的首选工具书。
        第十五世祖 陈公讳德茂，生于清乾隆三十二年丁亥，卒于嘉庆二十五年庚辰，葬本乡后山，坐北向南。
        新谱订购：精装宣纸本每套1280元，线装本每套2680元，订单编号 ZP-2025-0317，请于12月31日前汇入宗亲会对公账户。
    """),
    ("zh-Hans", "先祖与历史人物"): _lines("""
        陈嘉庚1874年生于福建同安集美社，1961年在北京逝世，他创办的集美学村和厦门大学至今仍在办学。
        叶亚来（1837—1885）为吉隆坡第三任甲必丹，祖籍广东惠阳，吉隆坡至今仍有以他命名的Jalan Yap Ah Loy。
        曾祖父林水成，光绪年间自漳州海澄"过番"到槟城，在林氏宗祠当账房，民国十八年病故，葬于峇六拜义山。
        高祖母许氏，生卒年不详，谱中仅记"配许氏，生子三"。
        郑成功之父郑芝龙早年在日本平户经商，娶田川氏，宽永元年（1624年）生郑森。
        《红楼梦》贾府世系：宁荣二公贾演、贾源，下传贾代化、贾代善，再到贾敬、贾赦、贾政一辈。
        巴金小说《家》里的高老太爷和觉新、觉民、觉慧三兄弟都是虚构人物，常被拿来讲旧式大家族。
        1936年的一封侨批写道："字奉贤妻，兹付去大洋贰拾元，到可查收，家中老母望多照料。"落款"愚夫 阿炳"。
        光绪二十六年地契：立卖契人黄阿三，将祖遗田一段，坐落土名下洋，卖与林宅为业，价银叁拾伍元正。
        太公的哥哥陈金福1942年在新加坡"大检证"中遇难，名字刻在日据时期死难人民纪念碑的名录里。
        孙中山1906年在新加坡晚晴园成立同盟会南洋支部，晚晴园今为孙中山南洋纪念馆。
        林文庆（1869—1957），新加坡土生华人医生，1921年起任厦门大学校长长达十六年。
    """),
    ("en", "archives, clan associations and cemeteries"): _lines("""
        National Archives of Singapore, 1 Canning Rise, Singapore 179868. Reading room open Mon-Fri 9am-5pm; oral history recordings can be requested online.
        Arkib Negara Malaysia, Jalan Tuanku Abdul Halim, 50568 Kuala Lumpur. General enquiries 03-6201 0688.
        The genealogy desk at the Singapore Hokkien Huay Kuan, 140 Telok Ayer Street, helps members trace ancestral villages in Nan'an, Anxi and Tong'an.
        Bukit Brown Cemetery closed to burials in 1973; volunteers run free heritage walks on the first Sunday of every month, meet at the gate 8.30am.
        Khoo Kongsi, Cannon Square, George Town: clan temple of the Khoo clan from Sin Kang village. Admission RM10, last entry 4.30pm.
        Lee Kong Chian Reference Library, Levels 7-13, National Library Building, 100 Victoria Street - ask for the Chinese clan publications collection.
        Tan Tock Seng Hospital was founded in 1844 with money from the Hokkien merchant Tan Tock Seng; its early admission books are now at the National Archives.
        Exhumation notices for Choa Chu Kang Cemetery are gazetted by NEA. Enquiries: 6225 5632 (office hours).
        FamilySearch film DGS 004567821 covers "Chinese clan genealogies, Guangdong, 1600-1950" and is viewable at affiliate libraries only.
        Hong Kong Public Records Office, Hong Kong Public Records Building, 13 Tsui Ping Road, Kwun Tong. Search room closed on public holidays.
        The Teochew Poit Ip Huay Kuan keeps ancestral tablets for members' forebears; installation fee S$1,288 at the 2025 rate.
        Leong San Tong Khoo Kongsi reopened its archive room in 2019 with 2,400 digitised membership cards from 1890-1950.
        The Penang Chinese Town Hall on Pitt Street hosts a monthly "Find Your Roots" clinic, 2nd Saturday, 10am-1pm, walk-in, free.
    """),
    ("ms", "salasilah keluarga"): _lines("""
        Salasilah keluarga boleh dimulakan dengan menulis nama penuh ibu bapa, datuk dan nenek, tarikh lahir serta tempat asal mereka.
        Arkib Negara Malaysia menyimpan rekod pendaftaran kelahiran zaman British, tetapi kebanyakannya hanya boleh dirujuk di bilik bacaan.
        Dalam dokumen lama, "bin" dan "binti" menunjukkan nama bapa; susun generasi ikut nama bapa, bukan nama keluarga.
        Hang Tuah, Hang Jebat dan Hang Kasturi ialah tokoh hikayat Melayu, dan salasilah mereka bercampur antara sejarah dengan legenda.
        Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama Malaysia, ialah putera Sultan Abdul Hamid Halim Shah dari Kedah.
        Batu bersurat dan nisan di Pengkalan Kempas dianggarkan berusia lebih 500 tahun dan dijaga oleh Jabatan Warisan Negara.
        Templat: Nama: ______ bin/binti ______; Tarikh lahir: __/__/____; Tempat lahir: ______; Pasangan: ______; Anak: ______.
        Moyang saya, Haji Salleh bin Omar, datang dari Minangkabau sekitar tahun 1870 dan meninggal dunia di Rembau pada 1931.
        Sebelum kongsi pokok keluarga dlm grup WhatsApp, padam dulu no IC dan alamat ahli keluarga yg masih hidup ya.
        Salinan cabutan daftar kematian lama boleh dipohon di kaunter JPN dengan bayaran RM5 bagi setiap salinan.
        Surat beranak tahun 1950-an biasanya ditulis tangan dalam bahasa Inggeris dan ada nombor daftar seperti "No. 4471/52".
        Nisan lama di tanah perkuburan Islam Jalan Ampang direkod semula oleh sukarelawan pada 2019; senarai penuh ada di laman persatuan warisan.
    """),
    ("en", "templates and records"): _lines("""
        Template: "[Full name] (born [year], [place]; died [year], [place]) was the [nth] son of [father's name] and [mother's name]."
        Columbarium niche application - Applicant name: {{applicant_name}}; NRIC/FIN: {{nric}}; Relationship to deceased: {{relationship}}; Contact no.: {{phone}}
        Interview consent form: I, ____________, agree that my recorded recollections may be used in the ____ family memoir. Signature: ______ Date: ______
        {"given": "<given name>", "surname": "<surname>", "birth": {"date": null, "place": null}, "living": true, "privacy": "hidden"}
        0 @I1@ INDI / 1 NAME Lim /Ah Kow/ / 1 BIRT / 2 DATE ABT 1868 / 2 PLAC Haicheng, Fujian / 1 DEAT / 2 DATE 1929 / 2 PLAC Penang
        Memoir outline: 1. The village in Chao'an  2. The voyage (1919)  3. Shophouse years on Chulia Street  4. War and occupation  5. After Merdeka
        Order confirmation #ANC-DNA-88213476: 2 x DNA kits, SGD 198.00, shipped via SingPost, tracking RR938271648SG.
        Kit activation codes look like XXXX-XXXX-XXXX-XXXX; never post a photo of the barcode on Facebook.
        tree_v3_final_FINAL.ged | 2.4 MB | 1,872 individuals | 611 families | last modified 2025-11-02 21:47
        寻亲登记表：姓名【  】性别【  】原籍【  省  市  县】失散时间【  年】联系方式【  】（本表仅用于寻亲，不对外公开）
        Invoice INV-2025-00931 | Restoration of 1 ancestral tablet (gold leaf) | RM 450.00 | Paid 12/11/2025
    """),
    ("mixed", "clean genealogy chat turns"): _lines("""
        Can you help me translate this 侨批 from the 1930s? Handwriting very cursive, I think it says 大洋拾元.
        Sure! "兹付去大洋拾元" means "herewith I send ten silver dollars"; remittance letters usually open with a greeting and then state the amount.
        请问"皇清例授登仕郎"是什么意思？扫墓时在太公墓碑上看到的。
        这是清代墓碑上常见的头衔，"登仕郎"是正九品文散官，多为捐纳所得，不一定真的做过官。
        Eh how to find which village my great-grandpa came from? Only know he Hakka, surname 曾, came to Ipoh as tin miner.
        Try the Ipoh 曾氏 clan association first; many Hakka tin-mining families came from Meixian or Huiyang, and the association may still keep old membership rolls.
        Macam mana nak baca tarikh Hijrah pada batu nisan? Tertulis 1342 H.
        1342 Hijrah bersamaan lebih kurang 1923-1924 Masihi; guna penukar tarikh Hijri-Masihi untuk dapatkan tarikh tepat.
        我想写一本家族回忆录，第一章从太公下南洋写起，你觉得怎么开头好？
        You could open with one concrete scene - the ship's hold, the first sight of Penang Hill - and then widen out to why he left.
        My grandma's maiden name on the marriage cert is spelled "Seow" but the family says it's 萧, is that normal?
        Yes, Seow is a common Hokkien/Teochew romanisation of 萧 (Xiao) in Singapore and Malaysia.
        Can you make me a blank family tree table in markdown with columns Generation, Name (中文), Name (romanised), Born, Died, Notes?
    """),
    ("zh-Hant", "墓園與骨灰龕紀錄"): _lines("""
        公眾骨灰安置所龕位編配查詢熱線：2868 0000（星期一至五 上午9時至下午5時）。
        和合石墳場第12區墓碑：「顯考黃公諱德勝之墓 民國三十八年歲次己丑 孝男 敬立」。
        龕位編號：鑽石山靈灰安置所 C座 第5層 第0213號，1992年編配，龕位為永久使用。
        申請遷葬須提交死亡登記證明書副本、墳場許可證及申請人身份證明文件影印本。
        台北市立第二殯儀館：民權東路二段145號，24小時服務專線 1999 轉 8888。
        族譜記載「十七世祖 李公諱阿炎 字文光 道光二年生 光緒十五年卒」，葬於桃園大溪。
        清明節期間九龍華人永遠墳場開放時間延長至晚上7時，請市民避免燃點香燭。
        華人永遠墳場管理委員會的網上祭祀平台於2020年推出，可為先人建立紀念頁。
        舊式墓碑上「坐癸向丁兼子午」是風水方位紀錄，與墓主身份無關。
        日治時期戶口調查簿可向戶政事務所申請，限直系血親或利害關係人，每張新台幣15元。
        福和宮光緒二年重修捐題碑，捐款人名錄共一百二十名，每名捐銀一大元至十大元不等。
        電子祭祀系統 v2.3.7，更新日期 2025-10-28，修正龕位搜尋結果時間戳顯示錯誤。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My aunt Patricia Goh still lives at Blk 428 Ang Mo Kio Ave 3, #09-1187, Singapore 560428 - she has the original clan book, call her at 9687 2145 before visiting.
        For the memoir: Dad (Raymond Teo Kok Wah) was diagnosed with early-onset Parkinson's in 2021 and asked me not to put that in the family newsletter.
        DNA match update: "Kelvin Ooi, 1,842 cM, predicted half-sibling" - so Uncle Benny really is Kelvin's biological father, and his wife has no idea.
        Our adopted daughter's original birth cert still shows her birth name, Tan Mei Xuan, born 14 March 2014 at KK Hospital; please keep that version out of the tree.
        Cousin Darren Lim's NRIC S7925408H is printed on the 1998 CPF nomination form I found in Ah Ma's drawer, should I black it out before scanning?
        Reunion bus contact: Vincent Lim, vincent.lim.genealogy@gmail.com, WhatsApp +65 8123 6690 - he's organising the trip to the ancestral village.
        Auntie May (Goh Siew May) pre-booked her own niche at Nirvana and paid with card 4556 7812 3490 8718 exp 08/27; the columbarium now wants a copy of the receipt.
        Grandpa passed in 1987 but Grandma Lee Ah Moi is 94, lives with my uncle at 23 Jalan SS2/55, Petaling Jaya, and has dementia - she thinks it's still 1960.
        The fight over the ancestral shophouse is now Ong Beng Hock v Ong Siew Lan, HC/S 412/2023 - my uncle is suing his own sister and the hearing is next month.
    """),
    "zh-Hans": _lines("""
        我小姨叫郑秀珍，住汕头市龙湖区长平路金涛庄东区12栋603，电话13824679053，老家族谱的原件在她手里。
        族谱新增第二十四世：陈立新，1985年11月22日生，身份证440582198511221631，现居深圳南山区，手机159 1832 6074。
        堂哥林志强去年查出肝癌晚期，这次修谱他捐了五万块，说想在有生之年看到新谱印出来。
        表姐黄丽娟的身份证号350521199006073586被印在2015版家谱的附录里了，能不能让宗亲会把那一页撤掉？
        我们收养的儿子原名叫许浩然，出生在福建晋江，生母姓蔡，这个千万不要写进族谱。
        寻亲：舅舅吴建国，1957年3月4日生，身份证35058319570304217X，1989年去日本后失联，有线索请加我微信 wu_family1957。
        三叔公的小儿子陈伟东在广州做生意，月入两万多，上次祠堂重修一分没出，他老婆电话18659213740。
        二伯余国华为了祖屋继承跟亲弟弟打官司，案号（2023）粤0513民初4471号，一审判他赔八万。
        奶奶苏玉兰今年91岁，上个月刚确诊阿尔茨海默症，趁她还记得，想把她口述的家史整理成书。
        祠堂捐款收据：捐款人 刘美华，身份证 441481196809150426，住址 广东省兴宁市兴城镇官汕路88号，金额 5000元。
    """),
    "zh-Hant": _lines("""
        我阿姨陳淑儀而家住紅磡黃埔花園第九期11座18樓C室，電話9273 4815，外公個回鄉證喺佢度。
        舅父李志明嘅香港身份證 K537281(A) 寫咗喺1990年嗰張骨灰龕位申請表度，表哥問可唔可以拎返份表。
        表妹林怡君（身分證 F228391744）去年在台中榮總確診乳癌，這次家族聚會她不想被問起。
        二叔何家輝係領養返嚟嘅，出世紙上原本叫張國輝，呢件事屋企得長輩知。
        戶籍謄本上堂伯陳振雄（R120753383）住台南市安平區安北路215巷7號，他是目前唯一在世的第二十世。
    """),
    "ms": _lines("""
        Mak Long saya, Puan Rosnah binti Ahmad, tinggal di No. 14, Jalan Mawar 3, Taman Sri Andalas, 41200 Klang; nombor telefon dia 012-385 7702.
        Geran tanah tahun 1994 tu ada no IC sepupu saya, Mohd Faizal bin Hamzah, 881103-14-5527, patut ke saya kaburkan sebelum hantar ke grup keluarga?
        Anak angkat kami Nurul Aina, nama asal dalam sijil kelahiran ialah Siti Aisyah binti Abdullah, lahir 2 Jun 2016 di Hospital Sultanah Aminah; tolong jangan masukkan dalam salasilah.
        Pak Ngah, Encik Kamarudin bin Yusof, 71 tahun, baru disahkan menghidap kanser prostat tahap 3 dan sedang dirawat di Hospital Pulau Pinang.
        Untuk lawatan ke kampung asal di Fujian, pasport sepupu saya Lee Wei Ming ialah A57203841, tamat tempoh 19/04/2031.
        Kereta Pak Su, Proton X70 plat PKN 4721, dia yang jemput rombongan kat airport nanti; tel dia 019-771 2036.
    """),
    "mixed": _lines("""
        My Ah Ma 黄亚妹 IC S1584237G, she stay Blk 52 Chai Chee St #04-61, can help me check if she eligible for the columbarium pre-booking?
        我表弟 Jason Tan Wei Jie 的 MyKad 930716-10-6093，上次 reunion 他说 salary RM8,500 一个月，还要 sendiri tanggung mak dia。
        Tolong update family tree: Kak Long 张美玲 kahwin semula dengan Encik Azman bin Idris pada 2022 dan masuk Islam, nama sekarang Nur Aisyah Cheong Mei Ling.
        阿公 Lim Ah Kow 1929 年就过世了 no problem, but 他的 grandson 林国荣 still living at 33 Lorong Kulit, Penang, 电话 016-442 9018, can include or not?
        Cousin 陈静怡 WeChat chenjy_0814，她在 Vancouver 做 DNA test 发现自己不是陈家亲生的，family 还不知道。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I'm writing a memoir chapter about my great-grandfather Goh Tiang Seng, who came to Singapore in 1911.",
        ),
        (
            "assistant",
            "Lovely. Do you have any records - a ship manifest, a clan membership card, a grave?",
        ),
        ("user", "His grave is in Bukit Brown, Hill 3, died 1938. My aunt has the photos."),
        ("assistant", "Great. Would you like a short letter asking her for copies?"),
        (
            "user",
            "yes pls, address it to Aunt Goh Bee Lian, Blk 112 Bishan St 12 #07-245, Singapore 570112",
        ),
        ("user", "and put her number at the bottom, 9842"),
        ("user", "3017"),
    ],
    [
        (
            "user",
            "帮我把这段族谱翻成白话文：“十八世祖讳永福，字德厚，生于道光十年，卒于光绪二十三年”",
        ),
        (
            "assistant",
            "第十八世祖名永福，字德厚，生于道光十年（1830年），卒于光绪二十三年（1897年）。",
        ),
        (
            "user",
            "好。第二十三世我要加上我妈，许素芬，身份证440582196208143125，现住汕头市潮阳区棉城镇东山路17号",
        ),
        (
            "assistant",
            "建议新谱中在世族人不要登载身份证号和详细住址，保留姓名和出生年份即可。",
        ),
        ("user", "好吧，那就只写“许素芬，1962年生”"),
    ],
    [
        (
            "user",
            "Saya nak tulis sejarah keluarga untuk majlis hari raya nanti. Moyang saya Tok Wan Ismail meninggal tahun 1948.",
        ),
        ("assistant", "Bagus. Mahu mula dengan kisah Tok Wan atau susur galur penuh dulu?"),
        (
            "user",
            "Susur galur dulu. Tapi satu benda, ayah saya Rahim bin Ismail sekarang dialisis 3 kali seminggu di Hospital Tengku Ampuan Rahimah, jadi mungkin ni kali terakhir dia larat bercerita.",
        ),
        (
            "assistant",
            "Saya faham. Kita boleh dahulukan rakaman temu bual dengan beliau, kemudian baru susun salasilah.",
        ),
    ],
    [
        ("user", "Found an old 1992 land transfer form for the ancestral house in Balik Pulau"),
        ("user", "cousin's name on it: Khoo Boon Huat"),
        ("user", "IC 620814-07-5213"),
        (
            "assistant",
            "That looks like a living relative's identity card number - I'd mask it before sharing the scan with anyone.",
        ),
        (
            "user",
            "ok but he's 63 now and still stays there, 88 Jalan Sungai Pinang, Balik Pulau. how to check whose name is on the title?",
        ),
    ],
    [
        ("user", "我想幫阿爸申請公眾骨灰龕位，要填咩資料？"),
        (
            "assistant",
            "一般需要先人的死亡登記證明書、申請人身份證明文件，以及與先人關係的證明。",
        ),
        ("user", "申請人係我，張家豪，身份證Y294016(5)，地址沙田第一城36座12樓H室"),
        (
            "assistant",
            "明白。建議你親身到辦事處遞交申請，唔需要喺度提供身份證號碼。",
        ),
    ],
    [
        ("system", "You are a friendly genealogy assistant for the Tan family tree project."),
        ("user", "How should I record an adopted child in a family tree?"),
        (
            "assistant",
            "Most software lets you mark the relationship as 'adopted', and you can choose whether birth parents are shown.",
        ),
        (
            "user",
            "Our son Ethan was adopted in 2017. His birth name was Muhammad Irfan and his birth mother is Nur Syafiqah from Johor Bahru. Should that go in the tree?",
        ),
        (
            "assistant",
            "That's sensitive information. I'd keep the birth-family details in a private note that only you can see.",
        ),
    ],
    [
        (
            "system",
            "你是“寻根网”客服助手。当前用户：王海燕，手机13977451208，会员号 XG-2024-88123，已购买“族谱代修”套餐。",
        ),
        ("user", "你好，我的族谱代修进度怎么样了？"),
        (
            "assistant",
            "您好，您的订单目前处于“世系录入”阶段，预计12月20日前提交初稿供您校对。",
        ),
    ],
    [
        (
            "user",
            "Can you format this for the reunion contact sheet? Lim Siew Hoon | 54 | Penang | 012-556 3820 | 21 Lorong Bunus 6",
        ),
        (
            "assistant",
            "Sure:\n| Name | Age | Address | Phone |\n|---|---|---|---|\n| Lim Siew Hoon | 54 | 21 Lorong Bunus 6, Penang | 012-556 3820 |",
        ),
        ("user", "thx"),
    ],
    [
        ("user", "帮我翻译这封1958年从马来亚寄回潮州的信，是曾祖父写的"),
        ("assistant", "好的，请把原文发给我。"),
        (
            "user",
            "“字奉父母亲大人膝下：儿在吉隆坡身体安好，今付港币五十元，到祈查收，余容后禀。”",
        ),
        (
            "assistant",
            '"Respectfully to my father and mother: I am in good health in Kuala Lumpur. I am sending fifty Hong Kong dollars herewith; kindly acknowledge receipt. More in my next letter."',
        ),
        (
            "user",
            "另外信封里夹着一张1996年的汇款单，汇款人是我表叔谢国栋，上面有他的护照号A24918736和地址No. 7 Jalan Kenanga, 55200 Kuala Lumpur。表叔现在还健在，这个能放网上吗？",
        ),
    ],
    [
        ("user", "I want to order the new 2025 edition of the Ng clan book"),
        (
            "assistant",
            "The clan association sells it for S$120; you can pay by card or PayNow on their website.",
        ),
        ("user", "card 5196 0321"),
        ("user", "4487 6030"),
        ("user", "name on card Ng Hui Min, exp 11/28"),
        (
            "assistant",
            "Please don't share card details here - use the association's official payment page instead.",
        ),
    ],
    [
        ("user", "Boleh terangkan maksud faraid dalam pembahagian harta pusaka?"),
        (
            "assistant",
            "Faraid ialah sistem pembahagian harta pusaka mengikut hukum Islam, dengan bahagian tetap untuk waris seperti anak, pasangan dan ibu bapa.",
        ),
        (
            "user",
            "Sebab tanah arwah datuk di Kuala Pilah sekarang jadi kes mahkamah. Mak Cik Zaleha binti Osman saman abang dia, Encik Rahman bin Osman, di Mahkamah Tinggi Seremban, kes NA-31NCvC-88-05/2024.",
        ),
        (
            "assistant",
            "Kes pusaka memang boleh jadi rumit. Rekod salasilah yang lengkap biasanya membantu mahkamah menentukan waris.",
        ),
    ],
    [
        ("user", "請問日治時期的戶口調查簿要怎麼申請？"),
        (
            "assistant",
            "可向任一戶政事務所申請，申請人須為當事人的直系血親或利害關係人，並攜帶身分證正本。",
        ),
        (
            "user",
            "我要查阿祖陳阿水（明治二十八年生），申請人是我媽林秀鳳，身分證A214683056，她住新北市板橋區文化路一段188巷3號5樓。",
        ),
        ("assistant", "好的，請她攜帶身分證正本與印章親自前往即可。"),
    ],
    [
        ("user", "wah the columbarium want Ah Ma's details for the niche transfer"),
        (
            "assistant",
            "Typically they need the niche number, the death certificate and the applicant's NRIC.",
        ),
        ("user", "Ah Ma died 2003 already, niche is C-12-0457"),
        ("user", "applicant is my dad Tan Kok Leong, S6841275G, hp 9123 5508"),
        ("assistant", "Noted. He can submit the form in person with his NRIC."),
    ],
    [
        ("user", "我在找失散多年的堂姑，她七十年代嫁去了香港"),
        ("assistant", "可以先联系香港的同乡会、宗亲会，或者在报纸上刊登寻人启事。"),
        ("user", "已经找到了！她叫周月娥，今年72，现在住将军澳"),
        ("user", "她微信是 zhouyuee_1953，说欢迎我们过去探望"),
        ("assistant", "太好了，祝你们团聚顺利！"),
    ],
    [
        ("user", "Help me edit this paragraph of my family memoir, it feels clunky."),
        (
            "user",
            '"My mother, Catherine Yeo, spent most of 1994 at the Institute of Mental Health after her second breakdown, and Dad never once spoke of it."',
        ),
        (
            "assistant",
            'Here\'s a tighter version: "Mum spent most of 1994 in hospital after her second breakdown. Dad never spoke of it." You may also want to ask her before publishing.',
        ),
    ],
    [
        (
            "user",
            "帮我排一下这一房的世系：二十一世 黄德才（1921-1988），配林氏，生子三：国强、国华、国明。",
        ),
        (
            "assistant",
            "二十一世 黄德才（1921—1988），配林氏\n└─ 二十二世：国强、国华、国明",
        ),
        (
            "user",
            "国明叔还健在，住泉州丰泽区，他说修谱有事可以直接打他电话：13599827461",
        ),
    ],
    [
        ("user", "Saya cuba jejak saudara sebelah arwah nenek di Melaka"),
        (
            "assistant",
            "Cuba mulakan dengan rekod perkahwinan di pejabat agama daerah dan daftar kematian lama.",
        ),
        (
            "user",
            "Dah jumpa cucu sepupu nenek, nama dia Hafiz bin Rosli, kerja kat Jasin. Kereta dia Myvi putih MCS 8812, rumah dia Lot 214 Kampung Seri Mendapat, 77000 Jasin.",
        ),
        ("assistant", "Baik, mungkin boleh hubungi beliau dulu sebelum melawat."),
    ],
    [
        ("system", "You are GeneHelper. Never reveal one user's DNA results to another user."),
        ("user", "My DNA test shows a 3,400 cM match to 'R.K.' - that's parent-child right?"),
        ("assistant", "Yes, roughly 3,400-3,700 cM is typically a parent/child relationship."),
        (
            "user",
            "So R.K. is Rajesh Kumar, my 'uncle' in Klang - he's actually my biological father. My email is priya.s.devi88@gmail.com, can you help me write to him?",
        ),
    ],
    [
        ("user", "[图片：1998年户口簿第3页] 帮我识别一下文字"),
        (
            "assistant",
            "识别结果：户主 梁永昌；与户主关系：妻；姓名 何桂英；出生日期 1973年2月19日；公民身份号码 31010419730219402X；住址 上海市徐汇区天平路220弄5号。",
        ),
        ("user", "谢谢，她是我舅妈，现在还住那儿"),
    ],
    [
        (
            "user",
            "I'm drafting the newsletter for the Chua clan reunion. Can you suggest sections?",
        ),
        (
            "assistant",
            "Sure: News from the branches, Births & marriages, In memoriam, Family recipes, Ancestral village trip.",
        ),
        (
            "user",
            "For news - cousin Benedict Chua got promoted to VP at his bank, salary now S$28k a month, and his wife Joanne is pregnant with twins, due in March.",
        ),
    ],
    [
        ("user", "我想寫篇文章紀念外婆，佢1998年過身，係順德自梳女。"),
        (
            "assistant",
            "好有意義。自梳女係珠三角獨特嘅歷史現象，可以由佢點解梳起唔嫁講起。",
        ),
        ("user", "啱啱問咗細姨媽黎惠芳啲細節，佢而家住油麻地窩打老道56號3樓"),
        ("user", "佢話自己係末期腎衰竭，想快啲寫好俾佢睇"),
    ],
    [
        ("user", "We're organising a 寻根 trip to Meizhou in April for 12 clan members."),
        (
            "assistant",
            "Great! The hotel and the village committee will usually ask for names, passport numbers and dates of birth.",
        ),
        (
            "user",
            "ok first two: Liew Kah Wai, MY passport A40127753, DOB 03/09/1958; Liew Siew Ping, A41882016, DOB 21/12/1961",
        ),
    ],
    [
        ("user", "翻到一份2003年的祖屋分家协议 scan, can help me summarise?"),
        ("assistant", "可以，请把文字内容贴上来。"),
        (
            "user",
            "“甲方：刘建平，身份证号码44512219791030265X；乙方：刘建文；双方同意将位于饶平县黄冈镇的祖屋一分为二，东厢归甲方，西厢归乙方。”",
        ),
        (
            "assistant",
            "摘要：2003年兄弟二人协议分割饶平黄冈的祖屋，东厢归刘建平，西厢归刘建文。",
        ),
    ],
    [
        ("user", "Tolong draf surat kepada Mak Su untuk minta gambar lama keluarga."),
        ("assistant", "Boleh. Siapa nama penuh dan alamat Mak Su?"),
        (
            "user",
            "Puan Salmah binti Daud, 5 Lorong Cempaka 2, Taman Bukit Indah, 81200 Johor Bahru. Emel salmah.daud62@yahoo.com",
        ),
        (
            "assistant",
            "Assalamualaikum Mak Su, saya sedang menyusun salasilah keluarga dan ingin meminjam gambar-gambar lama keluarga kita...",
        ),
    ],
    [
        (
            "user",
            'Uploading the tree to MyHeritage - I masked Uncle\'s ID, is this OK now? "Ong Chee Keong, b. 12 Aug 1962, S****917D, Blk 7 Telok Blangah Crescent #11-38"',
        ),
        (
            "assistant",
            "The partial NRIC together with his full name, birth date and unit address still identifies him; I'd remove the NRIC and the address entirely.",
        ),
    ],
]
