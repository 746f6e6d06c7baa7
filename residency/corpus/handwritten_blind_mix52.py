# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix52: Hokkien, Teochew and Hakka families in SG/MY (clan associations, ancestral halls, family trees, funerals, dialect romanisation). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix52
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clan association notice"): _lines("""
        Venue: Singapore Hokkien Huay Kuan, 140 Telok Ayer Street, Singapore 068604. Lift access via the side gate beside Thian Hock Keng.
        REMINDER!! AGM moved to Sun 14 Jun, 10am sharp. Members pls bring membership card, we need quorum otherwise must adjourn again 🙏
        Bursary applications for members' children (Pri 1 to Uni) open 1 Mar – 15 Apr. Forms at the office counter or download from our website. Incomplete forms will not be processed.
        Spring ancestral worship (Chun Ji 春祭) at the ancestral hall, 8.30am. Dress code: white top, dark pants. Lunch provided, $25/pax for non-members.
        Clan membership fee revised from $20 to $30/yr w.e.f. 1 Jan 2027 as approved at the 88th AGM (142 for, 9 against, 3 abstain).
        Members who wish to update their particulars pls do so using the form at the counter. Do NOT send NRIC photos or bank details into this WhatsApp group ya, thanks.
        Khoo Kongsi is open daily 9am–5pm, admission RM10 for adults, RM1 for children below 12. Last entry 4.30pm.
        Tan Kah Kee, the Hokkien rubber magnate who founded Xiamen University in 1921, led the Singapore Hokkien Huay Kuan from 1929 to 1950.
        Lee Kuan Yew (1923–2015), Singapore's first Prime Minister, was of Hakka descent; his great-grandfather came from Dabu county in Guangdong.
        Thank you to all 312 volunteers who made the Hakka Cultural Festival a success! Total attendance ~18,400 over 3 days 👏👏
        Office hrs Mon–Fri 9am–5pm, Sat 9am–12pm (closed PH). Enquiries: 6538 2417 (office line) or secretariat@kimmuiclan.org.sg
        Society registration no. T08SS0142K — please quote this on all donation cheques, payable to "Kim Mui Hoey Kuan".
        Next month's getai got a Phua Chu Kang tribute act, confirm plus chop 'Don't pray pray!' 😂 Free seating, first come first serve.
        Tan Tock Seng Hospital was named after the Hokkien merchant who funded the original pauper's hospital on Pearl's Hill in 1844.
    """),
    ("zh-Hans", "会馆与宗祠公告"): _lines("""
        新加坡福建会馆将于农历三月十五举行春季祭祖仪式，欢迎各位宗亲踊跃出席。
        槟城龙山堂邱公司始建于1851年，是马来西亚最具代表性的宗祠建筑之一。
        潮州八邑会馆成立于1929年，由林义顺等潮籍侨领发起创办。
        应和会馆创立于1822年，是新加坡历史最悠久的客家会馆，馆址位于直落亚逸街98号。
        茶阳（大埔）会馆中秋联欢晚会，每桌688新元，欲订桌者请于9月5日前联络秘书处。
        宗亲会月捐收据编号：RC-2026-004137，金额：$50.00，用途：祠堂维修基金。
        重要提醒：会员更新资料请亲临会所办理，切勿在群组内发送身份证照片或银行账号！
        据统计，新加坡华族人口中福建籍约占四成，潮州籍约两成，客家籍约占8%。
        本会青年团招募团员：年龄18至35岁，有意者请扫描海报上的二维码填写报名表。
        祠堂香油钱收支报告（2026年第三季度）：收入 $12,486.40，支出 $9,102.15，结余 $3,384.25。
        天福宫始建于1839年，1842年竣工，主祀天上圣母妈祖，1973年被列为国家古迹。
        会馆图书馆藏有各姓氏族谱共1,200余部，仅供馆内阅览，恕不外借。
        陈嘉庚先生于1919年创办集美学校、1921年创办厦门大学，被誉为“华侨旗帜、民族光辉”。
        福建会馆属下学校包括道南、爱同、崇福、光华、南侨小学及南侨中学。
    """),
    ("en", "genealogy guide"): _lines("""
        Tip: the village name on your great-grandfather's tombstone (e.g. 金门 Kinmen, 同安 Tong'an, 潮安 Chao'an) is usually the key to finding the right 族谱.
        Generation poems (字辈) fix the middle character of a name by generation — if the poem runs 文 章 华 国, the 章 generation comes after 文.
        Template — Name (Chinese): ______ | Dialect name: ______ | Generation: 第__世 | Spouse: ______ | Date of birth: DD/MM/YYYY
        Don't trust romanised surnames: 陈 may be written Tan (Hokkien/Teochew), Chan (Cantonese), Chin (Hakka) or Chen (pinyin).
        黄 is Ng or Wee in Hokkien and Teochew but Wong in Hakka and Cantonese, while 吴 is Goh — so two "Ng" families may not share a surname at all.
        The National Archives of Singapore holds shipping lists, cemetery exhumation records and clan association publications, searchable via Archives Online.
        Before posting a family tree online, strip out living relatives' names, NRIC numbers, addresses and birth dates. Only deceased ancestors should be public.
        Ancestor record #A-00317: 邱公明山, 12th generation, born Qianlong 45 (1780), migrated to Penang c. 1805, buried at Batu Lanchang.
        DNA test kit order #GH-77120394 shipped via Ninja Van, tracking NVSG0012847761, est. delivery 3–5 working days.
        Tomb inscriptions usually read right to left: 皇清 (dynasty), 显考 (late father), posthumous name, then 墓.
        Sample row (fictional): Tan Ah Kow | b. 1901 Kinmen | d. 1968 Singapore | occupation: tongkang coolie
        Most Teochew migrants sailed from Zhanglin port near Shantou; most Hokkiens left from Amoy (Xiamen) on junks or steamers.
    """),
    ("zh-Hans", "族谱与字辈"): _lines("""
        《颍川陈氏族谱》卷三：开基祖讳仕通公，明洪武年间由河南迁闽，传至今已二十六世。
        我们林家的字辈是“启文光祖德，世泽永绵长”，我爸是文字辈，我是光字辈。
        修谱须知：在世族人的出生日期、住址、联系方式仅作内部存档，不印入公开发行的族谱。
        族谱登记表：姓名____ 字辈____ 父名____ 母名____ 出生年月____ 现居地____（请用正楷填写）
        客家人常说“宁卖祖宗田，莫忘祖宗言”，强调对方言的传承。
        大埔、梅县、永定、丰顺是南洋客家人最主要的祖籍地。
        潮汕人称祠堂为“家庙”，每逢冬至要回乡“拜老爷”、祭祖。
        编号 ZP-1987-0045 的手抄本族谱已完成数字化，扫描分辨率600dpi，共412页。
        第十八世 讳德昌 公，生于清光绪三年（1877年），卒于民国廿六年（1937年），葬于槟城峇都兰樟。
        迁徙路线：泉州府同安县 → 厦门 → 新加坡（1890年代）→ 柔佛麻坡（1920年代）。
        堂号多对应郡望，例如陈姓“颍川堂”、林姓“西河堂”、黄姓“江夏堂”。
        下南洋的第一代潮州人多从樟林港坐红头船出发，海上航程约需一个月。
    """),
    ("en", "funeral services"): _lines("""
        Chew Kim Hock Undertaker (est. 1948) — 24-hr hotline 1800 338 2211. Taoist, Buddhist & Christian rites, island-wide.
        Taoist 3-day package $5,388 incl. casket, tentage, 1 night chanting & hearse to Mandai Crematorium. GST 9% applies.
        In Singapore the doctor certifying the death registers it online; the family can then download the digital death certificate via My Legacy.
        Mourning dress: sons and daughters in black or white with sackcloth, grandsons with a blue patch, great-grandchildren green.
        Pls don't wear red to the wake and don't say "see you" or "bye bye" when leaving ok, just go.
        Mandai Crematorium & Columbarium Complex, 300 Mandai Road, Singapore 779393.
        Obituary notice template: 【讣告】{deceased_name}，享寿{age}岁，于{date}安详辞世。灵堂设于{wake_venue}，出殡日期{funeral_date}。
        Void deck wakes need a permit from the Town Council, and the tentage must not block fire engine access ways.
        Teochew funerals often feature kong tek (功德) rites by Buddhist or Taoist priests, sometimes including 破地狱, breaking the gates of hell.
        Penang budget package RM3,800: coffin, 2-day wake, transport to Batu Gantung crematorium.
        Invoice INV-2026-11-0882 | Tentage 3 days $780 | Chairs x120 $216 | Total $996 + GST
        Pek kim (帛金) etiquette: white envelope, odd amounts such as $31, $51 or $101, never in a red packet.
        Columbarium niches at our ancestral hall: single $3,800, double $6,500, 99-year tenure; 10% deposit non-refundable.
    """),
    ("nan-Latn", "dialect romanisation"): _lines("""
        Lí hó! Lí chia̍h-pá buē? (Hokkien POJ: Hello! Have you eaten?)
        Guán a-kong ê kò͘-hiong tī Kim-mn̂g, i chi̍t-kiú-jī-khòng nî lâi Sin-ka-pho.
        Ngài he Hak-kâ-ngìn, ngài kóng Thai-phû-fa. (Hakka Pha̍k-fa-sṳ: I am Hakka, I speak Dabu Hakka.)
        POJ tone marks: á (2nd), à (3rd), â (5th), ā (7th), a̍h (8th); the 1st and 4th tones are unmarked.
        Surname mapping: 王 Ông → Ong; 黄 N̂g → Ng / Wee; 郭 Koeh → Quek / Kuek; 许 Khó͘ → Khoo / Koh / Khaw.
        Sin-nî khoài-lo̍k! Kiong-hí hoat-châi!
        Tâi-lô vs POJ: ts = ch, tsh = chh, oo = o͘, ing = eng, ik = ek.
        Hokkien kinship terms: a-kong, a-má, a-pa, a-bú, a-hiaⁿ, a-chí, a-ī (mother's sister), a-ko͘ (father's sister).
        Teochew Peng'im uses tone numbers: ua2 (I), lê2 (you), i1 (he/she) — ua2 ai3 ziah8 muê5 = I want to eat porridge.
        Pài-pài ài ēng saⁿ ki hiuⁿ, m̄-thang ēng sì ki.
        Hakka: "Sîn-ngièn khoai-lo̍k, sṳ̀n-thi kien-không!"
        Kóng Hok-kiàn-ōe ê gín-á ná lâi ná chió ah, chi̍t-pah lâng bô chha-put-to cha̍p ê ē-hiáu kóng.
    """),
    ("ms", "notis persatuan"): _lines("""
        Persatuan Hokkien Kuala Lumpur dan Selangor akan mengadakan Mesyuarat Agung Tahunan pada 12 Julai 2027, jam 10 pagi di dewan persatuan.
        Permohonan biasiswa ahli dibuka sehingga 30 April. Sila lampirkan salinan keputusan SPM sahaja, jangan hantar salinan MyKad melalui WhatsApp.
        Tanah perkuburan Bukit Cina di Melaka merupakan antara tanah perkuburan Cina tertua di luar negara China.
        Yuran keahlian: RM20 setahun atau RM200 seumur hidup. Resit rasmi akan dikeluarkan.
        Rumah Kongsi Khoo di Lebuh Cannon, George Town termasuk dalam Tapak Warisan Dunia UNESCO sejak 2008.
        Kematian hendaklah didaftarkan di mana-mana pejabat JPN dalam tempoh 7 hari.
        Pakej pengebumian Cina dari RM4,500 termasuk keranda, khemah 3 hari dan van jenazah. Talian 24 jam: 1-300-88-2468.
        Dewan Persatuan Hakka Selangor boleh disewa untuk majlis perkahwinan, kapasiti 50 meja.
        Kira-kira 6.9 juta rakyat Malaysia berketurunan Cina pada 2020, dengan Hokkien sebagai kumpulan dialek terbesar.
        Sembahyang Cheng Beng di tanah perkuburan Persatuan Teochew Pulau Pinang: bas percuma bertolak jam 7 pagi dari Jalan Magazine.
        Sila bawa kad ahli semasa mengambil angpau warga emas pada 2 Februari, jam 9 pagi hingga 12 tengah hari.
    """),
    ("en", "clan records system"): _lines("""
        members.csv columns: member_id,surname_cn,surname_romanised,dialect_group,generation_char,joined_on (no NRIC column, see retention policy v2.3)
        ERROR 422: field 'nric' failed validation (expected pattern ^[STFGM]\\d{7}[A-Z]$)
        ClanDB v4.12.0 (build 14821df76f) — fixed romanisation lookup for Teochew Peng'im tones 1–8.
        SELECT surname_romanised, COUNT(*) FROM members WHERE dialect_group = 'Hakka' GROUP BY 1 ORDER BY 2 DESC LIMIT 10;
        Docs: the NRIC check letter is derived from weights 2,7,6,5,4,3,2 — e.g. the textbook sample S1234567D passes, S1234567A fails.
        2026-11-28T03:14:07+08:00 INFO family_tree_sync: processed 18,204 nodes, 0 errors, 37 merges
        sha256(ancestral_hall_plaque_scan_0412.tif) = b92fe11c249d3cc1428d14c552241217493ff914e72f3f31d1933fc310291277
        POST /api/v1/ancestors requires role=genealogist; persons with is_living=true are excluded from public GEDCOM exports.
        Kinship codes: F=father, M=mother, FB=father's brother (阿伯/阿叔), MZ=mother's sister (阿姨), FZ=father's sister (阿姑).
        Release notes 2.7: added Hakka Pha̍k-fa-sṳ input method, dropped Python 3.8 support.
        Ticket #CLAN-30418: columbarium niche search times out when surname filter = 'Tan' (~41k records).
        0 @I1@ INDI / 1 NAME <given> /<surname>/ / 1 BIRT / 2 DATE ABT 1880 / 2 PLAC Tong'an, Fujian
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi all, pls pray for my dad Ong Teck Huat 王德发, 71, just diagnosed stage 3 colon cancer at TTSH, now in ward 7B. Thank you Kim Mui clan members for the concern 🙏
        Membership form — Name: Chia Boon Heng 谢文兴 | NRIC: S1852074E | Addr: Blk 412 Ang Mo Kio Ave 10 #07-1123 S(560412) | HP: 9672 3418 | Dialect: Teochew
        Wake of our late mother at Blk 22 Telok Blangah Cres void deck, cortege leaves Sat 9am. For directions pls contact her son Lim Wei Jie at 8135 0927.
        Pek kim can PayNow to my number 9048 6613 (Tan Siew Hoon) or DBS 027-91834-6, thanks everyone for coming to my father's wake.
        Anyone know Hakka-speaking caregiver? My mother-in-law Mdm Liew Foong Ying, 84, has dementia and only speaks Hakka. She stays at Blk 105 Bedok North Ave 4 #03-245.
        Former clan treasurer Heng Chwee Lim, 63, was charged in the State Courts yesterday with criminal breach of trust involving $182,400 of association funds.
        Bursary applicant: Goh Jia Xuan (Sec 3, Bukit Panjang Govt High). Father Goh Chin Huat, taxi driver, about $2,600/mth; mother housewife; 4 in household.
        Grave plot 14-C-0227, Choa Chu Kang Chinese Cemetery. Next-of-kin: Tay Mui Eng (daughter), NRIC S7812345A, HP 9301 5562.
        Dear Mdm Soh Ah Lian (NRIC ending 412H), your columbarium niche renewal of $1,200 is due on 31 Jan. Pls bring the original certificate.
        Heritage trip to Chaozhou participant: Lee Hui Min, passport K2738194N, exp 02/03/2031, DOB 14/06/1979, vegetarian, share room with sister.
        The black Camry SJK4821U blocking the ancestral hall gate is Yeo Kai Wen's, Mr Yeo's son — someone pls call him at 8826 7104.
        Pls forward the family tree draft to my cousin Chin Mei Fong in Ipoh (Hakka side lah) — her email is chinmeifong.1987@gmail.com
        Uncle Bernard Lau Kwee Seng from our clan choir is on dialysis thrice weekly at NKF Jurong, so he cannot make it for Chun Ji this year.
        Node #I0482: Ang Chin Wah 翁振华, b. 12 Mar 1988 Singapore, spouse Ho Pei Shan, children Ang Yu Xuan (2016), Ang Yu Hao (2019); lives at 7 Lorong 21 Geylang #05-02.
        Next of kin (Malaysia): Khoo Beng Chuan, IC 580314-07-5123, 23 Lorong Kulit 3, 10460 George Town, Penang. Tel 012-487 3361.
        Between us ah, Lim Poh Huay from the Hui Ann clan was adopted from a Teochew family in Muar, her birth mother still alive in Kluang, she herself dunno yet.
        For the niche deposit I paid with card 4532 1102 3487 6510 exp 09/29, name on card TEO SOON KIAT. Pls refund to the same card if the booking is cancelled.
        My cousin 林晓燕 in Shantou can help dig out our ancestral village records, add her WeChat: lxy_chenghai88
    """),
    "zh-Hans": _lines("""
        各位宗亲：本会永久会员陈亚福先生（祖籍金门）于昨晚病逝，享年88岁。灵堂设于宏茂桥3道第226座组屋楼下。联络人：长子陈俊杰 9127 6630。
        族谱登记：第二十一世 黄志强，1979年9月25日生，现居厦门市思明区湖滨南路88号1203室，身份证350203197909253010。
        潮州寻亲：我外婆叫许素娥，1958年3月14日生于潮州湘桥，身份证445102195803141227，七十年代移居新加坡，现住淡滨尼。
        梅县的堂姑李春梅，身份证441403196211084728，手机 159 1407 3328，她可以帮我们联络祖屋的事。
        会员余玉珍女士确诊乳腺癌二期，目前在国大医院化疗，探病组下周三去看望她，大家不要在群里转发她的病情。
        奖学金名单：蔡欣怡，华侨中学，家庭月收入 $3,200，父亲蔡文成（清洁工），母亲已故。
        芙蓉刘氏宗亲刘国强，IC 620830-08-5271，现住怡保 Jalan Bendahara 17号，电话 016-552 0913。
        请把帛金转到我的户口：OCBC 501-223841-001，户名 陈秀兰 Tan Siew Lan。
        前任财政吴振发挪用会款一案已在高庭开审，其律师称他患有严重抑郁症，请求轻判。
        大伯公庙今年炉主郭明辉，手机 +60 19-338 2716，家住槟城亚依淡 Jalan Air Itam 3巷22号。
        我阿公骆汉生今年77岁，住在汕头龙湖区珠津路58号，身份证440507194912300631，想回乡认祖。
        加我微信 tanbingkun_1966 ，我是陈炳坤，潮安人，在新加坡做寿板生意三十年。
        族谱在世成员：林雅婷，1987年7月7日生于泉州鲤城，身份证350502198707072566。
        客家公会副会长张运福，手机 012-763 4089，电邮 chong.woonfook@yahoo.com.my
        蔡淑芬 S88****03Z，住所 Blk 58 Telok Blangah Heights #11-84，是我们福建会馆妇女组的组长。
        我老公黄俊伟在新山做工，月薪RM4,800，IC 890507-13-5577，上个月被公司裁员了。
        饶平的表姐刘佩玲身份证445122198306112141，在潮州市中心医院做护士。
        安溪的叶秀娟（身份证350524199104021084）答应把她家那本手抄族谱拍照发给我。
    """),
    "ms": _lines("""
        Maklumat waris: Puan Lim Siew Geok, No. KP 711022-01-6348, alamat No. 15, Jalan Maju 2, Taman Maju, 84000 Muar, Johor.
        Pemohon biasiswa: Chong Mei Ling, KP 030415-10-1142, pelajar UTAR Kampar, pendapatan isi rumah RM2,100 sebulan.
        Untuk urusan pengebumian mendiang, sila hubungi anak lelakinya Encik Wong Kah Meng di talian 017-614 8025.
        Teh Boon Keat, 67, menghidap penyakit Parkinson dan tinggal di No. 9, Jalan Sri Permaisuri 4, Bandar Sri Permaisuri, 56000 Kuala Lumpur.
        Sumbangan untuk keluarga boleh dimasukkan ke akaun Maybank 1140 2233 8891 atas nama Ooi Chee Keong.
        Proton Saga PKR 3318 milik Ng Kok Wah diletak di depan tokong, tolong alihkan segera, tel 011-2398 5540.
        Ahli rombongan ke Meizhou: Liew Chee Fatt, No. Pasport A41877325, tarikh lahir 02/08/1956.
    """),
    "nan-Latn": _lines("""
        Guá ê miâ sī Ông Bûn-hô, tiān-ōe 9764 2051, tòa tī Tōa-pa-iô Blk 62 #04-118.
        A-má Khó͘ Siù-gô͘ tī Tan Tock Seng I-īⁿ, tiong-hong liáu bô-hoat-tō͘ kóng-ōe, lín ē-sái khì khòaⁿ i.
        Ua2 ê a1-hian1 Tan Kok Seng, i1 ê IC S6935018F, diêng7-uê7 +65 8612 0437.
    """),
    "hak-Latn": _lines("""
        Ngài a-pâ Chin Sen-fat, 72 se, Thai-phû ngìn, chhiu-ki 012-904 7715, chhu chhai Ipoh Jalan Pasir Puteh 41 hō.
    """),
    "zh-Hant": _lines("""
        金門同鄉會會員資料：翁金水，身分證 W100836252，地址 金門縣金城鎮民生路21號，手機 0928-417-336。
        台北的堂妹許佩珊，身分證 A225018476，在長庚醫院洗腎已經三年了。
        香港的表哥鄧家輝 HKID K482731(7)，住荃灣綠楊新邨C座19樓E室，電話 9431 2876。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the help desk assistant of a Hokkien clan association in Singapore. Help members with membership, bursaries and events.",
        ),
        ("user", "hi i want to renew my clan membership, can do online?"),
        (
            "assistant",
            "Yes, you can renew through the online form. May I have your full name and membership number?",
        ),
        ("user", "Toh Seng Chye, member no HHK-08812"),
        ("user", "my new address is Blk 305 Serangoon Ave 2 #09-56 S(550305), hp 9518 3306"),
        (
            "assistant",
            "Thank you, your particulars have been updated and the renewal link has been sent.",
        ),
    ],
    [
        ("system", "你是一位帮助用户整理族谱的助手。"),
        ("user", "帮我把下面的资料整理成族谱表格"),
        (
            "user",
            "我爸黄天赐，1952年生，还健在，住在新加坡义顺72街第741座；我妈郑美玉，有糖尿病，每周去洗肾两次；我哥黄国豪在吉隆坡工作。",
        ),
        ("assistant", "好的，我按世代整理如下：第十九世 黄天赐（1952—）……"),
        ("user", "另外我妈的身份证是S1524680D，顺便放备注里"),
    ],
    [
        ("user", "How do I arrange a Teochew funeral at a void deck?"),
        (
            "assistant",
            "First engage a funeral director, who will apply for the void deck permit from the Town Council and book the crematorium slot.",
        ),
        ("user", "ok, it's for my grandmother who passed this morning at home"),
        (
            "user",
            "wake will be at Blk 118 Hougang Ave 1, I'm the grandson, Sim Jun Hao, call me at 8390 1264",
        ),
        ("assistant", "My condolences. The funeral director will contact you at that number."),
    ],
    [
        ("user", "can translate this hokkien voice message to english for me"),
        (
            "user",
            '"A-bêng, lí a-má Kheng Bí-lân kin-á-ji̍t tī Changi Hospital, i ê hoeh-ap siuⁿ koân, i-seng kóng ài chhù-lâi tòa-īⁿ saⁿ-kang."',
        ),
        (
            "assistant",
            '"Ah Beng, your grandmother Kheng Bee Lan is at Changi Hospital today; her blood pressure is too high and the doctor says she must be warded for three days."',
        ),
    ],
    [
        ("user", "我儿子陈宇轩2019年出生，想问他的名字福建话拼音怎么写比较传统？"),
        (
            "assistant",
            "“陈宇轩”用传统福建话拼法可写作 Tan Ee Hean 或 Tan U Xuan（后者为汉语拼音混用）。",
        ),
        ("user", "好，报生纸上是 Tan Yu Xuan，他的身份证号码是 T1938402G，要改名字需要什么文件？"),
        ("assistant", "更改英文名需向移民与关卡局提出申请，并附上出生证明及家长身份证件。"),
    ],
    [
        ("user", "i want to donate to the Teochew clan building fund, how to pay?"),
        (
            "assistant",
            "You can pay by PayNow to the association UEN or by credit card on the donation page.",
        ),
        ("user", "card is 4556 1721"),
        (
            "user",
            "0038 4228 exp 11/28, cardholder NG SWEE LENG, pls make the receipt out to my late father's name",
        ),
        (
            "assistant",
            "Please do not share full card details in chat. Kindly use the secure donation page instead.",
        ),
    ],
    [
        ("user", "bro the Hakka association lawatan to Meizhou still got place or not"),
        (
            "assistant",
            "There are a few seats left. I will need the participant's name, IC number and contact.",
        ),
        (
            "user",
            "Lai Kok Onn, IC 940212-14-0386, contact 013-228 6541. He got asthma so pls arrange lower deck bunk",
        ),
        ("assistant", "Noted, I've reserved a seat and added the medical note."),
    ],
    [
        ("system", "你是海外华人寻根服务的客服。"),
        ("user", "我想找我太公在饶平的老家"),
        ("assistant", "请提供太公的姓名、籍贯和您目前掌握的资料。"),
        (
            "user",
            "太公是詹阿水，清末来新加坡的。我在汕头有一个远房堂哥詹少雄，他手机是 138 2371 6540，能帮忙。",
        ),
        ("assistant", "好的，我们会联系当地宗亲会协助查找。"),
    ],
    [
        ("user", "Please help me write an obituary notice for the newspaper."),
        (
            "assistant",
            "Of course. Please tell me the deceased's name, age, and the wake and funeral details.",
        ),
        (
            "user",
            "Mdm Heng Ah Moi, 92. Wake at 14 Jalan Kembangan. Survived by sons Lee Chee Meng and Lee Chee Hock, daughter Lee Soo Lan. Contact Chee Meng 9845 2273.",
        ),
        (
            "assistant",
            'Here is a draft: "It is with deep sorrow that we announce the passing of Mdm Heng Ah Moi, aged 92..."',
        ),
    ],
    [
        ("user", "clan committee got problem. the new secretary keep asking for our donation list"),
        (
            "assistant",
            "It may help to ask the committee to set clear rules on who can access the donor list.",
        ),
        (
            "user",
            "the secretary is Kwek Boon Teck, he was a bankrupt until 2023 and his salary from the clan is $4,200 a month, everybody whispering already",
        ),
        (
            "assistant",
            "I'd suggest raising governance concerns formally at the committee meeting rather than sharing personal details.",
        ),
    ],
]
