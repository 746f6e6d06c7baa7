# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade34: romanisation and transliteration as evasion (Wade-Giles, toneless pinyin, Cantonese, Hokkien, Jawi, spelt-out numbers, mixed scripts). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade34
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "romanisation reference"): _lines("""
        Wade-Giles "Mao Tse-tung" is "Mao Zedong" in Hanyu Pinyin; the apostrophe in ch'i marks aspiration, the sound pinyin writes as q.
        Quick table: WG hs → py x; ch' → q or ch; ts' / tz' → c; j → r; k' → k; p' → p; t' → t. Tone marks are usually dropped in both.
        Taiwan passports mostly keep Wade-Giles-derived spellings (Hsu, Chang, Cheng, Chiang), while PRC documents use pinyin (Xu, Zhang, Zheng, Jiang).
        The surname 陳/陈 surfaces as Chen (pinyin), Ch'en (Wade-Giles), Chan (Cantonese), Tan (Hokkien/Teochew), Chin (Hakka) and Trần in Vietnamese.
        Sun Yat-sen (孫逸仙) is a Cantonese reading; in pinyin he is Sun Zhongshan. He was born on 12 November 1866 in Xiangshan county, Guangdong.
        "Chiang Kai-shek" comes from the Cantonese pronunciation of 蔣介石; the Mandarin pinyin form Jiang Jieshi is rarely seen in English-language histories.
        Old postal spellings survive in brand names: Peking duck, Tsingtao beer, Amoy soy sauce (Amoy = Ē-mn̂g, the Hokkien name of Xiamen), Canton Road.
        ISO 7098:2015 makes pinyin the international standard; the Library of Congress converted its catalogue from Wade-Giles to pinyin in 2000.
        In Jyutping the tone is a digit from 1 to 6, so 香港 is hoeng1 gong2; the Hong Kong government's own place-name spellings ignore tone entirely.
        Pe̍h-ōe-jī was developed by Presbyterian missionaries around Amoy in the 1850s and is still printed in Taiwanese church hymnals.
        Lee Kuan Yew, Prime Minister of Singapore from 1959 to 1990, wrote his name in a dialect-based spelling; in pinyin it would be Li Guangyao.
        Jawi adds six letters to the Arabic alphabet: چ (ca), ڠ (nga), ڤ (pa), ݢ (ga), ۏ (va) and ڽ (nya).
        Malaysian Chinese names are usually dialect romanisations on the MyKad: 黃 appears as Wong, Ng, Ooi or Huang depending on the family's dialect.
    """),
    ("ms-Arab", "papan tanda dan berita Jawi"): _lines("""
        جالن تونكو عبدالرحمن، ٥٠١٠٠ کوالا لومڤور
        ڤجابت ڤوس کوت بهارو — دبوک درڤد ڤوکول 8:30 ڤاݢي هيڠݢ 5:00 ڤتڠ، إسنين هيڠݢ خميس.
        دلارڠ مروکوق. دندا سهيڠݢ RM10,000 اتاو ڤنجارا تيدق لبيه 2 تاهون.
        ڤردان منتري ملاوت کلنتن هاري اين اونتوق مراسمي ڤروجيک باکلن اير.
        مسجد سلطان إسماعيل ڤترا، رنتاو ڤنجڠ، کلنتن — صلاة جمعة ڤوکول 1:00 ڤتڠ.
        هوسڤيتل راج ڤرمڤوان زينب II، جالن هوسڤيتل، 15200 کوت بهارو، کلنتن.
        سکوله کبڠسأن سلطان إبراهيم (1) — ڤندفترن مورد تاهون 1 دبوک مولا 2 جانواري.
        سلامت هاري راي عيدالفطري، معاف ظاهير دان باطين درڤد ڤيهق ڤڠوروسن دان کاکيتاڠن.
        هرݢ ايکن کمبوڠ: RM 13.50 سکيلو؛ اودڠ ݢاله: RM 38.00 سکيلو.
        جومله ڤندودوق نݢري کلنتن ڤد تاهون 2020 اياله 1.79 جوتا اورڠ.
        لمباݢ تابوڠ حاج، 201 جالن تون رزاق، 50400 کوالا لومڤور.
        تونكو عبدالرحمن ڤوترا الحاج، ڤردان منتري ڤرتام مليسيا، دلاهيرکن ڤد 8 فيبرواري 1903 د الور ستار.
    """),
    ("yue", "Hong Kong Cantonese romanised"): _lines("""
        Next station: Lai King. Ha yat jaam: Lai King. Interchange station for Tung Chung Line.
        M goi, yat go char siu fan, yat bui dung lai cha siu tim, sik jo sin, dim gaai?
        Wong Fei-hung (黃飛鴻) was a Foshan-born martial artist and physician whose life inspired more than a hundred Cantonese films.
        TVB 1983 "Legend of the Condor Heroes": Felix Wong as Kwok Tsing (郭靖), Barbara Yung as Wong Yung (黃蓉).
        Lee Kum Kee (李錦記) premium oyster sauce 510g, HK$32.9, buy 2 get HK$5 off at Wellcome.
        Wing Kee Logistics customer hotline 2833 8899 (Mon–Sat 9am–6pm), ngo dei wui yat go gung jok yat noi faan dian.
        Order no. HK2025-118203 — ho yi hai 7-Eleven Mong Kok Nelson Street ling fo, bou lau 7 yat.
        Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong — A&E open 24 hours.
        Tin Shui Wai lau ga: 2025 nin Q3 ping gwan yat chek baat chin gau baak man, bei seung gwai ha dit sei go baak fan dim.
        Hong Kong Observatory: baat hou fung kau (No. 8 Gale or Storm Signal) will be issued at 2:40pm.
        Yam Kim-fai (任劍輝) and Pak Suet-sin (白雪仙) premiered "Dai Nui Fa" (帝女花) in 1957.
        Anti-Scam Helpline 18222: yau yi man jau daa, 24 siu si yau yan teng.
        Tai Cheong Bakery daan taat HK$11 yat go, luk go jong HK$60.
    """),
    ("nan", "Hokkien POJ and Penang Hokkien"): _lines("""
        In-ūi Siōng-tè chiok thiàⁿ sè-kan, kàu-gē ēng I ê tok-siⁿ Kiáⁿ siúⁿ in, hō͘ it-chhè sìn I ê lâng bē tī-bia̍t. (Iok-hān 3:16)
        Char koay teow RM8.50, koay teow th'ng RM7 — "pueh kho go kak" means RM8.50 at the stall.
        Khoo Kongsi, 18 Cannon Square, George Town — clan temple open daily 9am–5pm, entry RM10.
        Tan Kah Kee (陳嘉庚), the rubber magnate who founded Xiamen University, gives his name to Tan Kah Kee MRT station on the Downtown Line.
        Tâi-pak chām kàu--ah, beh oāⁿ-chhia ê lâng chhiáⁿ chún-pī.
        Thian Hock Keng, 158 Telok Ayer Street, Singapore 068613 — the oldest Hokkien temple in Singapore, completed in 1842.
        Lí hó! Chia̍h-pá--bē? = "Hello! Have you eaten yet?" — the usual greeting, not a real question about lunch.
        POJ numerals: it, jī, saⁿ, sì, gō͘, la̍k, chhit, peh, káu, cha̍p; zero in phone numbers is khòng.
        "Ài Piàⁿ Chiah Ē Iâⁿ" (愛拚才會贏), the 1988 hit by Yeh Chi-tien, is still the default KTV closing song.
        Wah lau eh, Circle Line breakdown again, tio̍h tán jī-cha̍p minit.
        Ang ku kueh 10 for $6.50, Ji Xiang Confectionery, Blk 1 Everton Park #01-33.
        Lim Bo Seng Memorial, Esplanade Park — erected in 1954 for the Force 136 resistance leader who died in 1944.
    """),
    ("mixed", "Manglish and Singlish code-switching"): _lines("""
        Boss, teh tarik kurang manis satu, roti canai dua, bungkus ah.
        Parcel dah sampai ke? Tracking JNTMY0038817264 says delivered to guardhouse lah.
        Harga minyak minggu ni: RON95 RM2.05 seliter, RON97 naik 5 sen jadi RM3.47.
        Promo 11.11: beli dua percuma satu, kod baucar DOUBLE1111, sah sampai 13 Nov.
        GE15 keputusan: PH 82 kerusi, PN 74, BN 30 — tiada parti dapat majoriti mudah.
        Reunion dinner at Restoran Wong Ah Wah, Jalan Alor — book 10 pax, set RM888 (8 course).
        BNMTELELINK 1-300-88-5465, Isnin–Jumaat 9 pagi–5 petang, for complaints against banks.
        Nak pi Penang naik ETS, tiket KL Sentral–Butterworth RM59 economy, 4 jam lebih.
        Kopi-o kosong peng satu, teh-C siu dai satu — kosong means no sugar, not zero.
        Blk 1 Jalan Kukoh hawker centre closed for spring cleaning from 3 to 7 March.
        Hari ni Zhong Qiu Jie, kita makan mooncake sama-sama kat pantry pukul tiga.
        Nombor giliran: empat ratus lapan puluh satu, sila ke kaunter tujuh.
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, S308433, main line 6256 6011.
    """),
    ("en", "data handling guidance"): _lines("""
        Before training, normalise surnames across romanisations (Xu / Hsu / Hui / Koh / Khor) so a redaction in one spelling also catches the others.
        Mask MyKad numbers as YYMMDD-PB-#### in every export; the last four digits must never reach the logs.
        Template: "Dear {salutation} {surname_romanised}, your appointment on {date} at {clinic_name} is confirmed. Reply Y to accept."
        A phone number spelt out in words ("kosong satu dua…", "yat gau baat…", "yao san ba…") is still a phone number; treat it exactly like digits.
        Transliterate Jawi names with the DBP Rumi–Jawi guide before matching them against the suppression list.
        HKID shape: one or two letters, six digits, a check character in brackets; the check uses weights 9 down to 2, modulo 11.
        Do not paste customer records into this ticket — use the synthetic fixture SAMPLE-CUST-0001 from the test bucket instead.
        Field mapping for the new form: name_zh → 姓名, name_rom → passport spelling, name_jawi → نام, ic_no → masked only.
        PDPA access requests go to the Data Protection Officer at dpo@company.example; we reply within 30 days.
        Audit result: of 12,480 sampled records, 3.2% held names in Wade-Giles, 41% in pinyin and 17% in Cantonese romanisation.
        Stock sample names on form guides: 陳大文 / Chan Tai Man in Hong Kong, Ali bin Abu in Malaysian school exercises.
        NRIC format: S/T/F/G/M + 7 digits + checksum letter; in test data always write Sxxxxxxx# or a generated fake.
        Run NFKC before any regex: fullwidth digits (１３８…) and Arabic-Indic digits (٠١٢…) must become ASCII first.
    """),
    ("zh-Hans", "toneless pinyin and transliteration"): _lines("""
        Beijing huanying ni — 2008 nian Beijing Aoyunhui de zhuti ge.
        Zhongguo Yinhang kefu rexian 95566, quanguo tongyi, 7x24 xiaoshi fuwu.
        Yuan Longping yuanshi bei yu wei "zajiao shuidao zhi fu", 2021 nian 5 yue 22 ri zai Changsha shishi.
        Lu Xun de "Kuangren Riji" fabiao yu 1918 nian 5 yue de "Xin Qingnian" zazhi.
        Kuaidi danhao SF1302847761934, zhuangtai: yi qianshou, fengxiang gui daiqu.
        《汉语拼音方案》于1958年2月11日经第一届全国人民代表大会第五次会议批准。
        Biaoge li de "Zhang San", "Li Si" he "Wang Wu" dou shi shili mingzi, qing tihuan chengshi ji shuju.
        Jiage: 99 yuan, man 199 jian 30, shuang shiyi dangtian zai da jiu zhe.
        Sun Wukong yi ge jindou neng fan shiwan baqian li — "Xiyou Ji" di san hui.
        Beijing Tongren Yiyuan, Dongcheng qu Dongjiaominxiang 1 hao, yanke guahao qing tiqian qi tian yuyue.
        Guojia tongjiju: 2023 nian mo quanguo renkou 14.0967 yi ren, bi shang nian mo jianshao 208 wan.
        Dianhua haoma li de 1 tongchang du zuo "yao", bimian he "qi" ting hun.
    """),
    ("mixed", "software and logs"): _lines("""
        pip install pypinyin==0.51.0 && python -c "from pypinyin import lazy_pinyin; print(lazy_pinyin('中心'))"  # ['zhong', 'xin']
        ICU transform id "Han-Latin; Latin-ASCII" drops tone marks, so 北京 becomes "bei jing".
        2025-11-03T08:14:22Z INFO translit job=jawi2rumi batch=00417 rows=25000 ok=24988 err=12 sha256=9f2c4e0b7d1a
        fix(wadegiles): map ts' to c before ts to z, closes #412
        def sebut(n): return " ".join(["kosong","satu","dua","tiga","empat","lima","enam","tujuh","lapan","sembilan"][int(d)] for d in str(n))
        U+06A0 ARABIC LETTER AIN WITH THREE DOTS ABOVE (ڠ) is the Jawi letter nga; U+06A4 (ڤ) is pa.
        romanisation: {zh: pinyin, yue: jyutping, nan: poj, ms_Arab: rumi, tone_marks: false}
        id,name_hanzi,name_pinyin,name_wg,name_jyutping,name_jawi,ic_masked
        UnicodeDecodeError: 'gbk' codec can't decode byte 0xa9 in position 1187: illegal multibyte sequence
        opencc 1.1.7 — config s2hk.json converts 信息 to 資訊 and 软件 to 軟件.
        assert to_jyutping("陳大文") == "can4 daai6 man4"  # 陳大文 is the form-filling placeholder name
        ghcr.io/example/translit:2.4.1@sha256:4b1e09c77a3d52f0e6a8c1d9b2f37e5a
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Passport name: CHANG, SHU-FEN (張淑芬), ROC ID F228453712, DOB 1986-03-19, address No. 27, Lane 118, Chung-cheng Rd., Hsinchuang Dist., New Taipei.
        Emergency contact for Ch'en Kuo-liang (陳國樑): ID A123874590, mobile 0912-338-471, wife Lin Hsiu-chu.
        My brother Chan Wing-kei (Chen Yongqi on his mainland card) — ID four four zero one zero two, one nine eight five zero seven one four, three two three five.
        Kuo Ya-t'ing in 4B has type 1 diabetes and carries an insulin pen; please let her test her sugar in the sick bay before lunch.
        Payroll Oct 2025 — Ng Siew Lan (黃秀蘭), staff 0388: basic RM6,850, allowance RM400, EPF 11%.
        PP v Tan Ah Huat @ Chen Yafa, Sessions Court Butterworth: charged under s.420 Penal Code for cheating a neighbour of RM38,000, bail RM10,000.
        NRIC: S-eight-eight-four-two-one-seven-five-B, name Teo Hui Min, please key in for the insurance claim.
        Liu Jianguo's email is liu.jianguo1979@163.com, he changed his number to 186 2231 0457 last week.
        Card no. six two one seven, zero zero one two, eight eight three four, five zero one four — holder ZHANG XIUYING, exp 08/29.
        Hsu Chih-ming (許志明), ID H120477354, was admitted to Linkou Chang Gung on 2 Nov for a hepatitis B flare-up.
    """),
    "ms": _lines("""
        Nombor telefon mak saya, Puan Rohani binti Ismail: kosong satu sembilan, tiga tujuh dua, lapan empat lima satu.
        IC abang saya Mohd Faizal bin Hashim: lapan tujuh kosong lima dua tiga, satu empat, lima lima tiga satu.
        Penerima: Ooi Geok Lian, No. 12, Lorong Seri Kenari 3, Taman Seri Kenari, 14000 Bukit Mertajam, Pulau Pinang, tel 016-441 7203.
        Cikgu, anak saya Nur Aisyah binti Kamal dari kelas 3 Bestari ada asma, tolong benarkan dia simpan inhaler dalam beg.
        Myvi putih WXY 4821 tu kereta jiran saya Encik Lim Chee Keong, rumah no. 7 Jalan Mawar 2, selalu parking depan pagar kami.
        Tolong bank-in sewa RM450 ke Maybank satu satu empat kosong, dua dua lapan lapan, sembilan kosong tiga satu atas nama Siti Hajar binti Abdullah.
        Gaji suami saya Rizal bin Othman cuma RM2,300 sebulan sebagai operator kilang di Senai, tak cukup nak bayar hutang PTPTN dia.
    """),
    "ms-Arab": _lines("""
        نام: نور عائشة بنت عبدالله، نومبور کد ڤڠنلن: 910812-07-6284، علامت: 5 لوروڠ ملور، 11900 باين ليڤس.
        انق ساي محمد حافظ بن زکريا، نومبور تيليفون ٠١٢-٤٥٨ ٩٣٢١، تولوڠ هوبوڠي دي سلڤس مغرب.
        ڤنريما: ڤوان زليخا بنت داود، نو. 23، جالن کمبوڠ ڤنامبڠ، 15400 کوت بهارو، کلنتن. تيليفون 013-904 2618.
        ايه ساي حاج عثمان بن يوسف منهيدڤ کنچيڠ منيس دان داره تيڠݢي، سکارڠ دراوت د هوسڤيتل راج ڤرمڤوان زينب II، واد 5.
        جمڤوتن ڤرکهوينن محمد عارف بن رشيد دان نور ازلينا بنت حسن، 14 جون 2025، دسواڤ اورڠ تواڽ د کمڤوڠ ڤاوڠ، ڤاسير مس. RSVP انچيق رشيد 013-998 2147.
        ڤينجمن ڤريبادي: عبدالرحيم بن مت، ݢاجي بولنن RM4,200، اکاون بڠک اسلام 03018020014562، ڤينجمن RM35,000 سلاما 7 تاهون.
    """),
    "yue": _lines("""
        Ngo lou dau Chan Kwok Wah ge HKID hai K628153(2), m goi bong ngo check ha ji gam ho m ho yi ling.
        Lam Mei-ling ge sau gei: gau sei yat chat, ng baat luk yi, nei daa bei keoi gong ngo giu nei daa.
        Wong Siu Ming, Yiu Fook House 23/F Flat 11, Yiu Tung Estate, Shau Kei Wan — seung go yut jau jo gaan uk, sau jin ge fo paai faan lei.
        Cheung Ka Yan a-je saam sap baat seui, seung go yut check dou yu ngaam dai yi kei, yi ga hai Queen Mary jing fong liu.
        Keoi ge san fan jing hai Y sei yat chat ling gau yi, kut hou baat, meng jiu Yip Chun Kit.
        Add ngo WhatsApp la, Ho Wing Sze, luk saam baat yi, ling chat sei gau, sik gaan ho yi gin.
        Lau Chi Keung sei sap ng seui, cyu fong gung, hai Kwun Tong court ying jo da lou po, sap yi yut sap yi hou pun.
    """),
    "nan": _lines("""
        Lîm Ka-hō (林家豪) ê sin-hūn-chèng E it-peh-la̍k-khòng-saⁿ-káu-jī-chhit-saⁿ, chhiáⁿ pang goá tián hō͘ pó-hiám kong-si.
        Goá lāu-pē Tân Bō͘-hoat ê chhiú-ki sī khòng-káu-it-jī, saⁿ-saⁿ-peh, sì-chhit-it, i tòa Tâi-lâm An-pêng.
        Ah Seng (Khoo Boon Seng) i eh IC si chhit pueh khong kau khong lak, khong chhit, go ji it chhit, lu tolong isi borang.
        Ah Ma Lim Bee Choo stay Blk 512 Jurong West St 52 #08-113, S640512, HP kau-it-sa-go lak-lak-ji-chit, lu khi kua i.
        Teh Kim Chuan lak-cha̍p-chhit hè, tio̍h tiong-hong nn̄g pái, chit-má tī Hospital Pulau Pinang ward 7C, ba̍k-chiu bô khòaⁿ.
        Ah Kow (Tan Kok Leong) chioh goá gō͘ bān kho͘ iáu-bōe hêng, i tòa Jalan Sungai Pinang 41B, beh kiò lawyer phah phoe.
    """),
    "zh-Hans": _lines("""
        wo ma wang guilan zai beijing xiehe yiyuan zhuyuan, ruxian ai wanqi, chuang hao 12-3, fanshi qing da wo dianhua.
        shenfenzheng hao: san wu ling wu ba er yi jiu jiu er ling san ling si yi wu er qi, xingming lin yaping, jinjiang ren.
        shoujianren zhou jianhua, shouji yao san ba yao ling liu qi er jiu wu si, shanghai pudong zhangjiang lu 88 nong 6 hao 1202 shi.
        zhang xiuying de gongzi ka: liu er er ba si ba ling si yi yi qi er ling jiu san ba, kaihuhang nongye yinhang kunshan zhihang.
        身份证号：一一〇一〇八一九七九〇九二一〇〇四七，户主：郑丽华，住址北京市海淀区学院路甲5号院2号楼601。
        che pai yue B·7K3Q9 de chezhu shi wo tongshi he zhiqiang, ta jia zhu futian qu jingtian bei jie 6 zuo 1503.
        吴晓梅 手机：１５９ ２１７４ ８８０３（微信同号），上周刚做完甲状腺手术。
    """),
    "mixed": _lines("""
        Patient: Goh Li Ting (吳麗婷), NRIC T0327714Z, dx major depressive disorder, on sertraline 50mg OD, next review 14 Jan.
        Transfer rental to OCBC 5012-883471-001, name Koh Wei Jie, unit Blk 231 Tampines St 21 #05-318, S520231.
        Hui Tsz Ching 許芷晴, HKID A39O114(1) — yes that's a letter O, the form wouldn't accept it otherwise.
        Zhao Ming 赵明, PRC worker, FIN G5538209W, tinggal dorm Blk 2 Tuas South Ave 1, WhatsApp +65 8462 1937.
        Boss tolong update payroll: 黄文杰 Wong Boon Keat, IC 650219-08-5123, gaji baru RM5,400 mula Januari.
        Song Yuqi 宋雨琪 passport EH3917284, DOB 2001-06-09, Chengdu, ID 510107200106090320, visa refused once in 2023.
        加我微信 ahkow_pg88（Tan Ah Kow，Penang 人），手机 012-557 3908，电单车 PKB 3390。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help Hong Kong residents fill in government forms."),
        ("user", "ngo yiu tin form ID 995, m sik da jung man, ho m ho yi yung ying man?"),
        (
            "assistant",
            "Ho yi, the English version is fine. What is the applicant's name as on the HKID?",
        ),
        ("user", "Kwok Pui Yee, HKID XA208611"),
        ("user", "kut hou hai yi (2)"),
        ("assistant", "Thanks. Next, please give a contact number and the residential address."),
        ("user", "6194 2207, Flat 9C, Tower 2, Lohas Park, Tseung Kwan O"),
    ],
    [
        ("user", "Boleh tolong tukar nama saya ke tulisan Jawi? Untuk kad jemputan."),
        ("assistant", "Boleh. Sila berikan nama penuh anda dalam Rumi."),
        ("user", "Amirul bin Zainal"),
        ("assistant", "Dalam Jawi: اميرول بن زينل"),
        (
            "user",
            "terima kasih. IC saya kosong kosong kosong tiga satu empat, satu kosong, kosong tujuh empat tiga, nak letak kat borang sekali",
        ),
    ],
    [
        ("user", "bu hao yisi, diannao meiyou zhongwen shurufa, zhi neng da pinyin"),
        ("assistant", "Mei wenti, qing shuo."),
        (
            "user",
            "wo xiang gei wo baba guahao, ta jiao xu jianping, shenfenzheng san san ling yi ling liu yi jiu qi san",
        ),
        ("user", "yi er yi wu qi ba san wu"),
        ("assistant", "Hao de, yuyue shenjing neike, dianhua liu duoshao?"),
        (
            "user",
            "yao wu jiu, ling liu qi wu, san yao yao ba. ta zuijin jiyili xiajiang hen lihai, yisheng huaiyi a'erzihaimo",
        ),
    ],
    [
        (
            "user",
            "Eh can help me write letter to HDB? My grandma very old liao, cannot go down counter.",
        ),
        ("assistant", "Sure. What's the letter about and whose details should go in it?"),
        ("user", "She is Ong Ah Moi, NRIC S1537720H, stay Blk 87 Bedok North St 4 #11-402"),
        (
            "user",
            "want to apply for EASE grab bar, she fell twice this year, hip fracture in July at CGH",
        ),
        (
            "assistant",
            "Got it, here's a draft letter requesting the EASE installation for Mdm Ong.",
        ),
    ],
    [
        ("system", "Travel agent assistant. Collect passenger details for ticketing."),
        ("user", "Book TPE–KUL 18 Dec, one adult"),
        ("assistant", "Passenger name exactly as on the passport, please."),
        ("user", "HSU CHIH-WEI, not Xu Zhiwei, the airline always changes it"),
        ("assistant", "Noted: HSU/CHIH-WEI MR. Passport number and expiry?"),
        ("user", "passport 312874465 exp 2031-04-30, DOB 1990-02-17, mobile 0935-672-118"),
    ],
    [
        (
            "user",
            "Translate to English pls: 我老公林志強上個月被裁員，信用卡4556 0128 three three four zero seven one eight seven欠了八萬多",
        ),
        (
            "assistant",
            "My husband Lam Chi-keung was laid off last month, and his credit card 4556 0128 3340 7187 owes more than 80,000.",
        ),
        ("user", "ok. also add: he is seeing psychiatrist at Kwai Chung Hospital for depression"),
    ],
    [
        ("user", "I'm filling a 居住证 form for my colleague, the pinyin is confusing"),
        ("assistant", "I can help. Which fields are unclear?"),
        ("user", "name is Chen Xiaolu, ID starts san er ling wu ba san yi jiu ba ba"),
        ("user", "ling yi yi er er wu yi ba. wait she is a he, Chen Xiaolu is a man, my bad"),
        ("assistant", "No problem; gender is read from the 17th digit anyway."),
        ("user", "his current address Kunshan Yushan zhen Qianjin xi lu 1299 hao 3 dong 702"),
    ],
    [
        ("user", "Salam, saya nak daftar mak saya untuk klinik kesihatan"),
        ("assistant", "Waalaikumsalam. Boleh berikan nama dan alamat beliau?"),
        ("user", "فاطمه بنت سليمان، 88 کمڤوڠ ڤولاو ميسا، 16100 کوت بهارو"),
        ("user", "dia ada sakit buah pinggang tahap 4, buat dialisis tiga kali seminggu"),
        ("assistant", "Terima kasih, saya akan sediakan borang pendaftaran."),
    ],
    [
        ("user", "Can you check if this UnionPay is valid? six two one four eight three zero one"),
        ("user", "one nine two seven six six four nine"),
        ("assistant", "I can't verify cards, but the digits you typed pass the Luhn check."),
        ("user", "ok it's my mother's, Cheung Suk Fan, she lost it at Shenzhen Bay port yesterday"),
    ],
    [
        ("system", "Customer service for a Penang furniture shop."),
        ("user", "Wa beh order sofa, deliver to Lorong Batu Lanchang 5, no. 14, Jelutong"),
        ("assistant", "Sure. Who will receive it and what's the contact number?"),
        ("user", "My wife Goh Poh Lian, HP khong it chit, lak ji go, kau kau sa pueh"),
    ],
]
