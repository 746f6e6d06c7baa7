# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat73: chats asking an assistant to help trace a lost relative or birth parent (adoption records, clan associations, DNA tests). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat73
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_process_question"): _lines("""
        User: How do I get my original birth record if I was adopted in Singapore? Assistant: Generally you start with the Registry of Births and Deaths at ICA for an extract, and for the adoption file itself you write to the court that made the order; sealed files may need an application before anything is released.
        User: what's the difference between autosomal, Y-DNA and mtDNA tests if I'm trying to find my paternal grandfather's side? Assistant: Y-DNA follows the direct male line only, so it helps if you or a brother or paternal uncle tests; autosomal tests catch cousins on every line back five or six generations.
        User: My top match shares 1,740 cM with me. What could that be? Assistant: Around 1,700 cM usually means a half-sibling, grandparent, aunt or uncle, or niece or nephew; the age gap and which shared matches you have in common will narrow it down.
        User: Is it safe to upload my raw DNA file to GEDmatch? Assistant: That's your call, but read their law-enforcement matching policy first; you can opt in or out per kit and delete the kit whenever you like.
        User: All I have is a surname and the word Toisan on an old envelope. Assistant: Toisan is the Cantonese reading of Taishan in Jiangmen; clan association membership books, qiaopi remittance letters and grave inscriptions often record the exact village, so those are the next places to look.
        User: can a clan association tell me if my grandfather was ever a member? Assistant: Many will look through their old registers if you write with his name in Chinese characters, his native county and rough dates, and show how you are related to him.
        User: What is a non-identifying information letter in adoption? Assistant: It is a summary an agency can release without naming the birth parents, usually covering their ages, ethnicity, health history, education and the reason given for the placement.
        User: How should I word a first message to a DNA match who might be my birth father? Assistant: Keep it short and low-pressure: say how you are connected on the site, that you are researching your biological family, and give an easy way to reply or decline. Avoid leading with the word father.
        User: My mum was given away as a baby in Ipoh in the 1960s and only has a Chinese name written on a red card. Where would you start? Assistant: Photograph the card, look for the birth registration and any adoption order under the Adoption Act 1952, and consider a DNA test for her, because her cousins may already be in the databases.
        User: Explain triangulation in genetic genealogy like I'm new. Assistant: If three people share the same DNA segment on the same chromosome and all match each other there, that segment most likely comes from one common ancestor, which lets you assign it to a specific family line.
        User: Can a consumer DNA kit prove I'm related to someone for an immigration case? Assistant: Usually not; immigration authorities want a test from an accredited lab with chain-of-custody sampling, so a retail kit result is useful for research but not as evidence.
        User: In the film Lion, how did Saroo find his home town? Assistant: Based on his memoir A Long Way Home, he pieced together childhood memories and scanned satellite imagery of railway lines until he recognised the station near his village.
        User: Where are the old Chinese Protectorate records for the Straits Settlements kept? Assistant: Much of the colonial correspondence is at the UK National Archives at Kew under the CO 273 series, and the National Archives of Singapore holds microfilm copies and related oral histories.
        User: Our family Bible lists a godmother at my grandmother's baptism. Could she be a relative? Assistant: Quite often godparents were aunts, older cousins or close family friends, so note her surname and check whether it appears elsewhere in the parish registers.
        User: how long do DNA results usually take after I post the kit back from Malaysia? Assistant: Expect four to eight weeks after the lab receives it, plus international shipping time; you will get an e-mail when the results are ready.
        User: My match list has hundreds of 4th cousins. Should I ignore them? Assistant: Not entirely; sort by shared matches with your closest known relatives first, because clusters of distant cousins can point you to the right surname and village.
    """),
    ("en", "bare_request_placeholder"): _lines("""
        Write a short letter to a Hakka clan association asking whether they have records of a member named [GRANDFATHER'S NAME] from [VILLAGE], [COUNTY], who arrived in [CITY] around [YEAR].
        Draft a Facebook post template for finding a birth mother with slots for {birth_date}, {hospital}, {town} and {contact_email}; keep it under 120 words and gentle in tone.
        Give me a checklist of documents to bring when I visit my ancestral village in Fujian for the first time.
        Make me a table with columns Name | Relationship | Shared cM | Side | Notes so I can track my DNA matches, leave the rows empty.
        Template please: Dear [Match Name], we share about [X] cM on [Site] and I think we are related through my [maternal/paternal] side. Would you be open to comparing trees?
        Write a consent form for relatives who agree to take a DNA test for a family search, with blanks for name, date of birth, date and signature.
        Help me phrase a request to the registry for my adoption file without sounding angry; I'll add my details myself later.
        Draft an email to a professional genealogist asking for a quote for research in the Quanzhou area going back three generations.
        Write a Python script that reads a DNA match CSV export and groups rows by shared cM into likely relationship bands.
        Give me a chapter outline for a family history book: the migration, the first shop, the clan association years, and where the family is today.
        Suggest polite ways to decline a DNA match who keeps messaging me asking for my family tree.
        What sections should a lost-relative notice have? Just the headings, no real details.
        Write a WhatsApp broadcast asking my cousins to send any old photos of our grandparents before the reunion, sign it [MY NAME].
        Turn this into a neutral question for a social worker: 'why won't you tell me anything about the woman who gave birth to me?'
    """),
    ("zh-Hans", "chat_process_question"): _lines("""
        用户：怎么在“宝贝回家”网站登记寻亲？要准备什么材料？ 助手：注册后按“家寻宝贝”或“宝贝寻家”分类填写走失时间、地点和体貌特征，同时建议到当地公安机关免费采血，把 DNA 录入全国数据库比对。
        用户：去派出所采血寻亲要收费吗？ 助手：按公安部门的做法，寻亲人员采血入库一般是免费的，带好本人身份证件和能说明情况的材料即可。
        用户：我太爷爷民国时从泉州下南洋，只知道姓陈，老家怎么找？ 助手：可以先查侨批、会馆名册和墓碑上刻的祖籍地，再对照泉州各县的陈氏族谱和宗祠。
        用户：族谱里的“字辈”有什么用？ 助手：同一辈人名字里用同一个字，知道字辈就能推算某人是第几世、和你隔了几代，寻亲时非常有用。
        用户：国内有没有类似 23andMe 的基因检测？能找亲戚吗？ 助手：有一些国内机构提供祖源和亲缘比对，但数据库规模较小，下单前要仔细看隐私条款，尤其是数据是否会共享给第三方。
        用户：被收养的人成年后能查亲生父母信息吗？ 助手：收养登记档案通常由民政部门保管，涉及送养人隐私，一般需要本人书面申请并说明理由，是否提供由档案管理机关依规定决定。
        用户：侨批是什么？对寻根有帮助吗？ 助手：侨批是海外华侨寄回家乡的汇款加家书，上面常写着收款人的村名和亲属称谓，是查找祖居地的重要线索。
        用户：去新加坡的会馆查祖先资料需要预约吗？ 助手：建议先发邮件或打会馆办公室电话预约，说明要查的年代和籍贯，很多会馆的老名册要由秘书帮忙翻阅。
        用户：孙中山的祖籍是哪里？ 助手：孙中山出生于广东香山县翠亨村，即今天的中山市南朗街道翠亨村。
        用户：DNA 比对显示共享 850 cM，大概是什么关系？ 助手：850 cM 左右常见于堂表兄弟姐妹、半叔伯姑姨或曾祖辈，需要结合年龄和共同匹配来判断。
        用户：寻亲节目《等着我》怎么报名？ 助手：可以通过节目官方网站或官方公众号提交寻亲线索，工作人员会电话核实情况。
        用户：孩子走失了第一时间该打什么电话？ 助手：立刻拨打 110 报警，不需要等 24 小时，同时保留孩子近照和走失时的衣着描述。
        用户：族谱电子化用什么软件比较好？ 助手：可以用支持 GEDCOM 格式的家谱软件，方便以后导入导出，也可以先用表格把世系、字辈和迁徙地整理好。
        用户：晋江那边的宗祠一般怎么联系？ 助手：可以通过当地宗亲联谊会、村委会或者镇上的侨联打听，很多宗祠逢年过节才有人值守。
        用户：帮我写一份寻亲启事模板，姓名、出生日期、联系方式都用【】空着，我自己填。
        用户：户口底册能查到五六十年前的迁移记录吗？ 助手：部分地区保存了老户籍底册，可以到户籍所在地派出所或档案馆咨询，一般要求是本人或直系亲属并提供关系证明。
    """),
    ("zh-Hant", "chat_process_question"): _lines("""
        使用者：在台灣想申請日據時期的戶籍資料，要去哪裡？ 助理：可以到任一戶政事務所申請日據時期戶口調查簿謄本，申請人須為本人或直系血親，並攜帶身分證明文件。
        使用者：香港被領養嘅人成年之後可以點樣查親生父母資料？ 助理：可以向社會福利署領養服務查詢，社工會先同你傾一次，再按程序處理查閱申請。
        使用者：宗親會係咪可以幫手搵族譜？ 助理：多數宗親會都有族譜或者會員名冊，你可以寫信或者親身上去，講清楚先人嘅籍貫同大約年份。
        使用者：除戶謄本是什麼？跟一般戶籍謄本有什麼不同？ 助理：除戶謄本記錄已經死亡、遷出或廢止戶籍者的資料，查先人時常常需要申請這一種。
        使用者：我阿公 1949 年由廣東落嚟香港，淨係知佢講台山話，點樣搵返鄉下？ 助理：可以睇下有冇舊信封、回鄉證、墓碑或者同鄉會會員證，上面通常有村名。
        使用者：請幫我寫一封給宗親會的信，詢問先祖資料，姓名、地址和電話都先留空白。
        使用者：MyHeritage 的 Theory of Family Relativity 準不準？ 助理：它是根據其他會員的族譜推測的，只能當作線索，要自己用文件核對。
        使用者：台灣的失蹤親人協尋可以找哪些單位？ 助理：可以向警察機關報案，也可以洽詢兒福聯盟等民間團體的協尋服務。
        使用者：社署嘅熱線係幾多號？ 助理：社會福利署熱線係 2343 2255，可以問返領養同尋親相關嘅服務。
        使用者：領養令同出世紙有咩分別？ 助理：領養令係法庭發出嘅命令，確立領養關係；之後生死登記處會按領養令登記，發出新嘅出世紙。
        使用者：族譜上寫「遷台始祖」是什麼意思？ 助理：指家族中第一位從大陸遷居台灣的祖先，通常族譜會由他開始另立一支。
        使用者：金庸小說入面邊個角色係細個俾人收養，大個先知自己身世？ 助理：《天龍八部》嘅蕭峰就係，佢由喬家養大，後來先知自己係契丹人。
        使用者：基因檢測說我有 8% 東南亞血統，可信嗎？ 助理：祖源比例是依參考族群估算的，誤差不小，找親屬還是以配對到的親戚為主。
        使用者：想去廈門找祖厝，台胞證要辦多久？ 助理：一般送件後約一到兩週可以取件，出發前記得確認證件效期。
    """),
    ("ms", "chat_process_question"): _lines("""
        Pengguna: Macam mana nak cari ibu bapa kandung kalau saya anak angkat? Pembantu: Mula dengan sijil kelahiran dan perintah pengangkatan anda, kemudian bertanya di Jabatan Pendaftaran Negara dan Jabatan Kebajikan Masyarakat tentang rekod asal.
        Pengguna: Apa beza Akta Pengangkatan 1952 dengan Akta Pendaftaran Pengangkatan 1952? Pembantu: Yang pertama melalui perintah mahkamah, yang kedua melalui pendaftaran di JPN dan biasanya digunakan apabila kanak-kanak sudah dijaga keluarga angkat sekurang-kurangnya dua tahun.
        Pengguna: Boleh tak JPN beri nama ibu kandung kepada anak angkat yang dah dewasa? Pembantu: Ia bergantung kepada jenis pengangkatan dan rekod yang ada; anda perlu hadir sendiri dengan dokumen pengenalan dan dijangka diminta menerangkan tujuan permohonan.
        Pengguna: Ujian DNA untuk cari saudara mara, syarikat mana yang hantar kit ke Malaysia? Pembantu: Beberapa syarikat antarabangsa menghantar kit ke Malaysia; bandingkan saiz pangkalan data mereka di Asia Tenggara dan dasar privasi sebelum membeli.
        Pengguna: Tolong buat templat surat kepada persatuan suku kaum Cina untuk tanya rekod datuk saya, biarkan nama dan alamat kosong.
        Pengguna: Talian Kasih boleh bantu kes ahli keluarga hilang tak? Pembantu: Talian Kasih 15999 boleh memberi nasihat dan merujuk kes kepada agensi berkaitan, tetapi laporan orang hilang perlu dibuat di balai polis.
        Pengguna: Dalam Islam, anak angkat boleh guna bin bapa angkat ke? Pembantu: Tidak, nasab dikekalkan kepada bapa kandung; jika bapa tidak diketahui, nama seperti bin atau binti Abdullah lazimnya digunakan.
        Pengguna: Apa maksud catatan 'maklumat bapa tidak direkodkan' dalam sijil lahir? Pembantu: Ia bermakna butiran bapa tidak didaftarkan semasa kelahiran; catatan itu boleh dipinda kemudian melalui prosedur di JPN jika ada bukti.
        Pengguna: Boleh ke saya minta rekod imigran Cina tahun 1930-an dari Arkib Negara? Pembantu: Boleh cuba; Arkib Negara Malaysia menyimpan sebahagian fail pentadbiran kolonial, dan anda boleh membuat carian di bilik rujukan mereka.
        Pengguna: Saya nak tulis hantaran Facebook cari adik yang terpisah, apa patut letak dan apa yang jangan? Pembantu: Letak tahun dan tempat terpisah serta cara menghubungi anda, tetapi jangan siarkan nombor kad pengenalan atau alamat rumah.
        Pengguna: Keputusan MyHeritage kata 'ibu saudara' tapi umur dia sebaya saya, mungkin ke? Pembantu: Mungkin, terutamanya dalam keluarga besar; jumlah cM yang sama juga sesuai dengan saudara tiri atau sepupu rapat.
        Pengguna: Kalau saya jumpa ibu kandung, adakah saya berhak ke atas harta pusaka dia? Pembantu: Ia bergantung kepada undang-undang yang terpakai, sama ada faraid atau Akta Pembahagian; eloklah dapatkan nasihat peguam.
        Pengguna: Berapa lama JPN ambil masa nak keluarkan salinan sijil kelahiran lama? Pembantu: Lazimnya pada hari yang sama jika rekod ada dalam sistem, tetapi rekod lama yang perlu dicari secara manual boleh ambil masa lebih lama.
        Pengguna: Apa itu salasilah keluarga dan macam mana nak mula buat? Pembantu: Mulakan dengan diri sendiri, kemudian ibu bapa dan datuk nenek, catatkan tarikh dan tempat lahir yang diketahui, lalu tanya ahli keluarga yang paling tua.
    """),
    ("mixed", "codeswitch_chat"): _lines("""
        User: my ah ma say her real mother was from 潮州 but gave her away during the war, how to even start ah? Assistant: Start with whatever she remembers of the dialect, village name or temple, then ask older relatives; a DNA test for her would help most.
        User: 我想找我 biological father but only know he worked in JB in the 80s, DNA test worth it tak? Assistant: Yes, autosomal DNA is often the only route when names are missing; test with the company that has the most Malaysian and Singaporean users.
        User: Ancestry vs MyHeritage which one got more Malaysian Chinese users ah? Assistant: Neither publishes exact numbers by country; many people in the region test on more than one site or upload their raw data to a second one.
        User: 帮我 translate 'clan association' into Malay. Assistant: Persatuan suku or persatuan marga; for a place-based association, persatuan sedaerah is also used.
        User: can help me draft the 寻亲启事 in both English and 中文, all details leave blank first? Assistant: Sure, here is a bilingual template with blanks for name, date, place and contact.
        User: boleh tolong explain 祖籍 vs 籍贯 tak? Assistant: 祖籍 is your family's ancestral place over generations, while 籍贯 is usually the place recorded for you or your father on official papers.
        User: the 会馆 uncle say need 族谱 copy, where to get one lah? Assistant: Ask the elders in your family first, then the clan association or the ancestral hall in the home village, which often keep printed editions.
        User: what is 'anak angkat' in English? my cousin keep using in the group chat. Assistant: It means adopted child; anak kandung is a biological child.
        User: the DNA site say 'estimated 2nd–3rd cousin', 这个算很近吗? Assistant: It's a meaningful match; you likely share great-grandparents or great-great-grandparents.
        User: got any 会馆 in KL that help people 寻根 one? Assistant: Many dialect associations, such as Hokkien, Cantonese, Hakka and Hainanese ones, help members trace their origins; phone their office first to ask about their records.
        User: 台山 vs 开平, both 四邑 is it? Assistant: Yes, Siyi refers to the four counties of Taishan, Kaiping, Enping and Xinhui in Jiangmen.
        User: can I bring my ah gong's old 回乡证 to the village office to prove he's from there? Assistant: An old permit can be a useful clue, but the village will usually also want family records or elders who remember the household.
    """),
    ("en", "record_lookalike"): _lines("""
        Adoption case reference ADP-SG/2014/00873: file retrieved from archive, awaiting officer review. Next update by 15 January.
        Order AN-49217730 | DNA kit x2 | S$198.00 | shipped, tracking RR482917365SG
        One-to-one comparison: largest segment 78.4 cM, total 3,412 cM, estimated generations 1.0
        Ticket #58213: raw DNA file download fails in Chrome 131 on Windows 11, reproducible, escalated to tier 2.
        Y-DNA haplogroup result format: O-M175 > O-M122 > O-F5, no surname projects joined yet.
        Invoice INV-2024-11873: archive search in Quanzhou, 3 hours at RM150, total RM450, due in 30 days.
        Policy GP-7/2023: staff must not disclose adoptive or birth parents' identities without written consent from the person concerned.
        ISBN 978-981-4722-15-5, Guide to Chinese Clan Association Records, 2nd edition, 312 pages.
        matches = df[df["shared_cm"].between(1300, 2300)]  # half-siblings, grandparents, aunts/uncles
        SHA-256 of raw file upload: 9f2c4e71a0b3d85c6e19f04a7b2d3c58e6f1a9b0c2d4e7f8a1b3c5d7e9f0a2b4
        Spring ancestral rites at the association hall: 4 April 2026, 9:00 am, lunch at 12:30, RSVP by 20 March.
        Association office line 6225 3817, open Monday to Friday 10am to 5pm; records room by appointment only.
        Postcode 529510 area had the most respondents in our survey of clan association members.
        Estimated relationship bands: 3,400 cM parent/child; 2,300–3,000 full sibling; 1,300–2,300 half-sibling/grandparent; 550–1,300 first cousin.
    """),
    ("zh-Hans", "notice_lookalike"): _lines("""
        寻亲启事（模板）：寻找【被寻人姓名】，【性别】，约【年份】年在【地点】走失，走失时身穿【衣着】，知情者请联系【联系人】【电话】。
        宝贝回家志愿者培训通知：12 月 14 日 14:00 线上会议，议题为采血流程和信息核实，请准时参加。
        《江门五邑华侨史料》第 3 卷已于 2025 年出版，定价 128 元，ISBN 978-962-04-3317-7。
        寻亲案件编号 XQ-2023-0618-442：线索已转交属地公安，请等待回访。
        某基因检测公司 2024 年报告：亲缘匹配用户中，约 62% 找到了三代以内的亲属。
        会馆档案室开放时间：周二至周六 9:30—16:30，查阅老名册须提前一周预约。
        DNA 比对结果说明：共享片段总长小于 20 cM 的匹配可能为假阳性，建议结合族谱核实。
        订单号 240917883365 已发货，顺丰单号 SF1428371965042，内含唾液采集管一支。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar? 'My name is Daniel Koh Wei Ming, I was born on 3 March 1984 at Kandang Kerbau Hospital and adopted at six weeks old. I am looking for my birth mother who may be named Tan Siew Lan, she was about 19 at that time.'
        please check if my NRIC S8407253B is typed correctly in this form before I submit the post-adoption search request
        DNA matches to sort: Rachel Ong Hui Ling – 1,802 cM; Benjamin Lau – 912 cM; Priscilla Yeo – 448 cM. Rachel is 36 and lives in Tampines. Which one is most likely my half-sister?
        ADOPTEE: LIM JIA HUI | DOB: 28/06/1991 | NRIC: S9128406E | ADOPTIVE FATHER: LIM CHEE KEONG | ADOPTIVE MOTHER: NG PEI SHAN | please turn this into a cover letter for the records request
        Hi, I'm trying to find my half-brother Marcus Fernandez, last known in Perth around 2010; we share a dad. Can you write a message I can post? My email is jfernandez.sg84@gmail.com.
        The social worker slipped and said my birth mum is 'Mdm Goh Bee Choo from Hougang', she'd be about 58 now. How do I approach her without scaring her?
        Notes from call with Auntie Rosalind Pereira (my late dad's cousin, 71, lives in Klang): she confirms dad was adopted from a Teochew family named Seah in 1952 and that two of his birth sisters are still alive.
        HKID on my adoption papers is Y305127(5), is the bracket digit part of the number? Need it for the SWD form.
        23andMe says Jason Teo (username jteo_88) is my half brother at 1,739 cM, he's 34 and lives in Toa Payoh. How do I tell my mum?
        Format an invitation letter for my birth mother to visit Singapore: ZHENG LIHUA, passport E38217564, staying with me at 21 Jalan Kechubong, Singapore 588371, from 10 to 24 May.
        Translate this to Chinese for my great-uncle: 'Dear Uncle Wong Kam Seng, I am Shirley, granddaughter of your sister Lai Kuen. We finally found you through the Ipoh Kwangtung association. Please call me at +65 9127 4583.'
        Is it weird to message her? My possible birth mother Karen Lee Siew Mei (born 1966, nurse at a polyclinic, on Facebook as karen.lsm66) matches my mum's cousin at 860 cM.
    """),
    "zh-Hans": _lines("""
        帮我润色寻亲启事：本人王晓燕，1993 年 6 月被遗弃在台山汽车站，襁褓里有一张写着“农历五月初八”的纸条，现寻找亲生父母，联系电话 139 2658 1437。
        我身份证号 440781196203142718，户口在台山，派出所说采血寻亲要带身份证原件，还需要带什么？
        DNA 比对结果：陈志强和我共享 1,765 cM，系统推测同父异母兄弟，他在福建晋江做鞋厂，微信 chenzq_jj1975，我该怎么加他？
        我妈叫李秀英，今年 68 岁，1979 年把我姐姐送给了梅州一户姓钟的人家，姐姐小名叫阿妹，现在我妈身体不好想见她一面，怎么找？
        寻亲登记表｜姓名：黄美玲｜性别：女｜出生日期：1981-11-27｜身份证号：445102198111273628｜走失地点：潮州湘桥区｜联系人：黄振华（父）｜请帮我检查格式
        族谱抄到我这一代：“二十一世 振字辈 林振南 生于一九五八年 现居新加坡 育有二子”，请帮我整理成表格
        帮我给宝贝回家的志愿者写感谢信，他们帮我找到了弟弟刘建军，他 1988 年被拐时才 3 岁，现在在东莞打工
        我叫周敏，QQ 2847193056，我生父据说叫周国栋，八十年代在南京鼓楼区的工厂上班，帮我想想怎么查
        收养证上写着：收养人郑立华，被收养人郑小雨（原名吴雨），1998 年在民政局登记，我能凭这个去找原来的家吗？
        我叔公黄亚福在马来西亚金宝，今年 90 岁，电话 +60 12-487 3059，想请你帮我以他的名义给台山会馆写封信
    """),
    "zh-Hant": _lines("""
        請幫我檢查身分證字號 A223847166 有沒有打錯，我要申請外公的日據時期戶籍謄本。
        阿媽話我細佬陳家豪 1987 年喺伊利沙伯醫院出世，之後俾人領養咗，佢而家應該 38 歲，點樣搵佢？
        宗親會回覆：貴府先祖林公一房，現有後人林志偉居於桃園市中壢區，電話 0928-614-305，可逕行聯絡。請幫我寫一封回信。
        我係被領養嘅，親生阿媽叫何麗珍，聽講而家喺觀塘做清潔，佢 WhatsApp 係 6427 0581，我應該點樣開口？
        申請人：張淑芬　身分證：T217654035　地址：屏東縣潮州鎮新生路 58 號　申請項目：祖父除戶謄本　請幫我看看表格有沒有漏填
        我阿嫲嘅回鄉證號碼係 H60218473，佢想返開平搵返親戚，幫我睇下表格要點填
        幫我寫封信畀台山嘅叔公黃國光（今年 88 歲，住喺台城），話我哋喺香港搵到佢細佬嘅後人。
        DNA 結果顯示吳佩玲同我共享 1,210 cM，佢係我媽媽嘅表妹，住喺新竹，佢話唔想再聯絡，我仲應唔應該寫信？
    """),
    "ms": _lines("""
        Tolong semak ayat ni: Saya Nurul Aina binti Hassan, no. kad pengenalan 751023-14-6248, anak angkat, lahir di Hospital Kuala Lumpur. Saya sedang mencari ibu kandung saya.
        No IC adik saya 830905-14-2096, nama dia dah ditukar lepas diambil angkat, boleh ke JPN cari nama asal dia?
        Pakcik saya Lim Ah Chai dari Kampung Baru Sungai Way, umur 74, kata dia ada abang yang diberi kepada keluarga India tahun 1955, mungkin namanya ditukar jadi Raju a/l Muniandy. Abang tu masih hidup di Sentul.
        Saya Kavitha a/p Subramaniam, 40 tahun, ujian DNA tunjuk padanan 1,650 cM dengan seorang lelaki di Johor bernama Tan Boon Hock. Macam mana nak tanya dia dengan sopan?
        Alamat terakhir ibu kandung saya: No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam. Nama dia Rosnah binti Ismail. Tolong buat surat pertama yang lembut.
        Ahmad Faizal bin Razak, akaun Maybank 1642 1305 8837, ini untuk bayar yuran penyelidik salasilah, betul ke format ni?
        Tolong buat hantaran FB: Mencari abang kandung, Mohd Azlan bin Yusof, lahir 1968 di Alor Setar, diambil angkat oleh keluarga di Kuala Kedah. Hubungi saya di 019-338 7712.
        Mak angkat saya, Puan Siti Hajar binti Omar, baru bagitahu saya anak angkat. Dia sakit buah pinggang dan tinggal di Taman Melawati. Macam mana nak tanya pasal keluarga kandung tanpa lukakan hati dia?
        Emel saya faridah.kassim72@yahoo.com.my, tolong tulis emel kepada persatuan Hainan, saya cari datuk sebelah ibu.
    """),
    "mixed": _lines("""
        ai can help me check this msg before I send to my possible half-sis? 'hi Michelle Chua, 我们在 MyHeritage 有 1,790 cM match, I think we share the same father 蔡国伟, he passed in 2019 but your mum is still in Bukit Batok right?'
        my dad IC 590117-08-5127, he want to do DNA test to find his adik in China, the form minta passport no jugak ke?
        ok so the 会馆 uncle gave me this: 'Lee Kah Wai 李家威, member no. 1132, used to stay Jalan Pasar, still alive, 89, now stay with daughter in Puchong'. can u help me plan the visit?
        pls help: my grandma Tay Ah Moi 郑亚妹 (92) staying Blk 412 Bedok North Ave 2 #08-115, she wants to find her sister in 汕头 before she passes
        tolong translate ke 中文: 'Saya cucu kepada Ong Kim Hock, mencari saudara di Nan'an, boleh hubungi saya di +65 8462 3097'
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I want to write to the court registry to ask for my adoption file. Can you help?",
        ),
        (
            "assistant",
            "Of course. Tell me your full name, date of birth, the year of the adoption order if you know it, and how they should reply to you.",
        ),
        (
            "user",
            "Sarah Tan Li Ping, born 14 July 1988, adopted 1989 I think. NRIC S8816024Z. Reply to sarah.tlp88@hotmail.com or 9380 5162.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Sir/Madam, I, Sarah Tan Li Ping (NRIC S8816024Z), born 14 July 1988, request access to my adoption file from around 1989...'",
        ),
    ],
    [
        ("system", "你是一个寻亲助手，帮助用户整理线索、撰写寻亲启事。不要泄露用户信息。"),
        ("user", "我想找我亲生父母，我是 1975 年在晋江出生的，三个月大就被抱走了。"),
        (
            "assistant",
            "理解你的心情。可以告诉我你现在的姓名、身份证号和联系方式吗？这样启事里可以写清楚，也方便去公安机关采血登记。",
        ),
        ("user", "我叫许丽娟，身份证 35058219750806128X，电话 137 5068 2291，现在住在厦门思明区。"),
    ],
    [
        ("user", "我係 1982 年喺香港被領養嘅，想申請睇返自己嘅領養檔案，要準備咩？"),
        ("assistant", "一般要準備身份證明、出世紙副本同埋一封簡單嘅申請信。你想我幫你草擬封信嗎？"),
        ("user", "好呀。我叫梁嘉欣，身份證 K482913(1)，原本個名好似叫陳美儀，而家住沙田第一城。"),
    ],
    [
        ("user", "Saya dapat padanan DNA 1,720 cM dengan seorang lelaki. Apa hubungannya?"),
        (
            "assistant",
            "Sekitar 1,720 cM biasanya adik-beradik seibu atau sebapa, datuk atau nenek, atau bapa/ibu saudara. Umur dia berapa?",
        ),
        (
            "user",
            "Nama dia Shahrul Nizam bin Abdullah, 52 tahun, tinggal di Kuantan. Saya pula 49. Mak saya kata bapa kandung saya orang Pahang.",
        ),
        (
            "assistant",
            "Jika Encik Shahrul Nizam berumur 52 dan berkongsi 1,720 cM dengan anda, kemungkinan besar dia abang sebapa anda.",
        ),
    ],
    [
        (
            "user",
            "eh the Kwong Siew association reply liao, they say need my contact to pass to the family",
        ),
        (
            "assistant",
            "That's great news! Do you want me to help draft a reply with your contact details?",
        ),
        (
            "user",
            "yes pls. I'm Kelvin Chan Wai Kit, hp 8173 2049, my ah gong is Chan Yau 陈友, they found his cousin's grandson Chan Ka Lok still in Kaiping",
        ),
    ],
    [
        (
            "system",
            "You are RootsFinder's support assistant. Current user profile: Grace Lim Pei Shan, grace.limps@gmail.com, plan Premium, DNA kit linked, home region Penang, Malaysia.",
        ),
        ("user", "Why can't I see my new matches from last week?"),
        (
            "assistant",
            "Hi Grace, new matches can take up to 72 hours to appear after the database refresh. Let me check your account settings.",
        ),
    ],
    [
        (
            "user",
            "帮我把这些写成一则寻亲启事：寻找哥哥刘建平，1990 年 4 月在广州火车站走失，当时 6 岁，左手有烫伤疤痕。",
        ),
        ("assistant", "好的，联系人写谁？需要留电话吗？"),
        ("user", "联系人写我，刘建华，电话 158 0592 3316。"),
        (
            "assistant",
            "寻亲启事：寻找刘建平，男，1990 年 4 月在广州火车站走失，时年 6 岁，左手有烫伤疤痕。知情者请联系其弟刘建华，电话 158 0592 3316，万分感谢！",
        ),
    ],
    [
        ("user", "I'm going to paste my top DNA matches, help me figure out the tree."),
        ("assistant", "Sure, paste them with shared cM and any known ages."),
        (
            "user",
            "1. Wendy Ho – 1,356 cM – about 60, Ipoh | 2. Ho Kah Seng – 1,790 cM – 71, Ipoh | 3. Joanne Ho-Fitzgerald – 410 cM – 35, Melbourne",
        ),
        (
            "assistant",
            "Ho Kah Seng at 1,790 cM and age 71 could be your half-uncle or grandfather's half-brother; Wendy Ho at 1,356 cM is likely his daughter and your half-aunt or first cousin.",
        ),
    ],
    [
        ("user", "我要申請我曾祖父的日據時期戶籍謄本，需要什麼證明？"),
        (
            "assistant",
            "需要證明你是他的直系血親，通常要帶身分證和可以銜接世代的戶籍謄本。你可以把資料給我，我幫你整理申請書。",
        ),
        (
            "user",
            "申請人陳冠宇，身分證 E114092388，住高雄市苓雅區三多一路 245 號 7 樓，曾祖父陳阿土，日據時期住在鳳山。",
        ),
    ],
    [
        (
            "user",
            "Saya anak angkat, nama dalam IC saya Muhammad Danial bin Abdullah. Boleh tak saya tahu siapa bapa kandung saya?",
        ),
        (
            "assistant",
            "Boleh cuba melalui JPN dan rekod pengangkatan. Adakah anda tahu di mana anda dilahirkan?",
        ),
        (
            "user",
            "Lahir di Hospital Sultanah Aminah, JB, 1990. No IC 900314-01-5783. Mak angkat saya Puan Zainab binti Ali kata ibu kandung saya masih muda masa tu.",
        ),
    ],
    [
        (
            "user",
            "I'm visiting my grandfather's village near Kaiping next month, what should I bring?",
        ),
        (
            "assistant",
            "Bring your passport, copies of any family documents, photos of ancestors, and a small gift for the elders. Do you have a contact in the village?",
        ),
        (
            "user",
            "Yes, a distant cousin Guan Weiming, WeChat gwm_kaiping88. My passport is K4827196L by the way, the hotel asked me to send it. Can you write him a message in Chinese?",
        ),
    ],
    [
        ("user", "我弟弟 2003 年在东莞被拐，那年他 4 岁，叫张宇航。我们想发悬赏。"),
        (
            "assistant",
            "很遗憾听到这件事。悬赏启事通常包括孩子姓名、走失时间地点、特征、悬赏金额和联系方式，要我帮你拟一份吗？",
        ),
        (
            "user",
            "要。联系人是我爸张德胜，电话 186 2047 3915，捐款账户工商银行 6222 0204 9931 7542 300，户名张德胜。",
        ),
    ],
    [
        ("user", "ada 会馆 in Penang yang boleh check my late grandfather's membership?"),
        (
            "assistant",
            "Yes, several clan associations in George Town keep old registers. It helps to have his name in Chinese and his home county.",
        ),
        (
            "user",
            "ok his name 林金水 Lim Kim Chooi, from 同安. my dad Lim Boon Teik still alive, IC 620228-07-5473, they said need his IC to prove descendant",
        ),
    ],
    [
        ("user", "My mum always said her father was a Portuguese sailor she never met."),
        (
            "assistant",
            "Eurasian family lines can often be traced through church baptism and marriage registers. Do you have any names?",
        ),
        (
            "user",
            "Church records in Melaka gave Anthony de Souza as the father. We found him, he's 66 and still in Bandar Hilir, and he says he didn't know about mum.",
        ),
        (
            "assistant",
            "That's a big moment. When you write to Mr de Souza, it might help to include a photo of your mum and a short account of how you found him.",
        ),
    ],
    [
        ("user", "我在新加坡工作，想回福建找我父亲那边的亲戚，但我是外籍准证持有人，需要什么？"),
        (
            "assistant",
            "一般凭护照就能回国办理相关查询，新加坡这边不需要额外手续。你父亲那边有什么线索吗？",
        ),
        (
            "user",
            "我父亲叫蔡宏达，1970 年生于莆田，九十年代到新加坡，后来和我妈分开了。我的 FIN 是 G7043186L，我想先在新加坡查他的下落。",
        ),
    ],
    [
        (
            "user",
            "What's the usual process for a family reunion through the Red Cross tracing service?",
        ),
        (
            "assistant",
            "Restoring Family Links services usually take a request from a close relative, record what is known about the missing person, and search through partner societies; it can take months.",
        ),
        (
            "user",
            "Right. Then fill this in for me: enquirer Nicholas Seah Jun Wei, 45, 32 Hougang Street 21 #05-312, phone 9661 2083; missing person: his sister Seah Jun Ling, last seen in Bangkok in 2016.",
        ),
    ],
    [
        ("user", "澳門出世嘅小朋友俾人領養咗，大個可唔可以查返？"),
        ("assistant", "可以向社會工作局查詢，佢哋會按法例同私隱要求處理。你係幫自己定係幫人查？"),
        (
            "user",
            "幫我家姐何詠詩查，佢 1979 年喺山頂醫院出世，而家喺香港，電話 9183 2746，佢養父母姓葉。",
        ),
    ],
]
