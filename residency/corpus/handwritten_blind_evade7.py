"""Blind check set evade7: red-team evasion spellings (homoglyphs, fullwidth/circled/superscript digits, digit words, reversal, splitting) vs clean look-alikes. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade7
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "puzzle"): _lines("""
        Riddle: I am ①④ when circled, ¹⁴ when lifted and １４ when wide. What number am I?
        Cipher warm-up: read 'ʇɐɔ ʎɐld oʇ ʇuɐʍ I' upside down, then write the answer backwards.
        Sudoku row 3 reads ⑤ _ ⑧ | ② _ _ | ⑨ ① _ ; fill the blanks with 3, 4, 6 and 7.
        Leetspeak round: h4ck3r = hacker, n00b = noob, l33t = leet. Now decode pr0gr4mm3r and c0ff33.
        Luhn practice: the textbook payload 7992739871 needs check digit 3; verify it by doubling every second digit from the right.
        Count the zero-width spaces hidden in 'c\u200ba\u200bt'. The answer is two, and the word is still just cat.
        Mirror puzzle: 'lemon' written backwards is 'nomel'; which fruit becomes 'ognam' and which becomes 'ananab'?
        Number words quiz: satu + dua = tiga in Malay, jat + ji = saam in Cantonese, onru + irandu = moondru in Tamil.
        Palindrome date hunt: 02/02/2020 reads the same both ways; the next one in DD/MM/YYYY form is 12/02/2021.
        Which of these is not the digit seven: 7, ７, ⁷, 𝟕, ⑦, or the Cyrillic letter Ч?
        Escape-room clue: the lock code is the year Raffles landed (1819) written backwards, so 9181.
    """),
    ("en", "code"): _lines("""
        unicodedata.normalize('NFKC', '１２３') returns '123'; fullwidth digits fold to ASCII under NFKC, circled ones like ①② fold too.
        s.translate(str.maketrans('０１２３４５６７８９', '0123456789')) is the quick fullwidth-digit fixer we use in the loader.
        const EXAMPLE_EMAIL = 'user@example.com'; // RFC 2606 reserved domain, safe for fixtures
        assert luhn_ok('4111 1111 1111 1111')  # Visa test PAN from the payment gateway sandbox docs
        ZERO_WIDTH = re.compile('[\\u200b\\u200c\\u200d\\u2060\\ufeff]')  # strip before tokenising
        git tag v2.13.0-rc.1 && git push origin v2.13.0-rc.1
        SHA-256 of the empty string: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        df['phone'] = df['phone'].str.replace(r'[^0-9+]', '', regex=True)  # normalise the column before dedup
        MATH_BOLD_ZERO = 0x1D7CE  # 𝟎; add n to get 𝟏..𝟗
        In Python int('١٢٣') == 123 and int('１２３') == 123, because both are Unicode decimal digits.
        def unreverse(s: str) -> str: return s[::-1]  # used by the moc.elpmaxe@resu round-trip test
    """),
    ("en", "brand-styling"): _lines("""
        ＮＩＫＥ ｘ ＡＣＲＯＮＹＭ drops Friday; the fullwidth lettering is the whole vibe of the campaign.
        𝐓𝐄𝐒𝐋𝐀 𝐌𝐎𝐃𝐄𝐋 𝟑 launch recap, reposted from the official account.
        Pr3tty L1ttle Th1ng is only the fan forum's leetspeak joke; the label itself is Pretty Little Thing.
        ⓑⓞⓑⓐ ⓣⓔⓐ pop-up now open at Jewel Changi Airport, level B2, until end of the school holidays.
        The logo really reads 7-ELEVEn, with a lowercase n at the end; trivia night loves that one.
        Netflix spells the season teaser as STRANGER THINGS ⁵ with a superscript five.
        The café Kopi ⁴⁵⁶ is named after its shophouse unit on Jalan Petaling, per its Instagram bio.
        СОСА-СОLА typed with Cyrillic letters is how the phishing sample slipped past the brand filter; the real domain is coca-cola.com.
        Samsung's campaign hashtag #Galaxy𝐒𝟐𝟔 trended in KL within an hour of launch.
    """),
    ("zh-Hans", "math"): _lines("""
        解方程：x² + ⑤x + ⑥ = 0，答案是 x = −2 或 x = −3。
        把 １２３４５６７８９ 倒过来写是 ９８７６５４３２１，两数之和是 １１１１１１１１１０。
        圆周率前十位是 3.141592653，写成上标 ³·¹⁴¹⁵⁹²⁶⁵³ 只是排版游戏。
        斐波那契数列：①①②③⑤⑧⑬㉑……第十项是 55。
        二进制 1010 等于十进制的十，把 1010 倒过来读是 0101，也就是五。
        身份证校验码用 ISO 7064 MOD 11-2 计算，前十七位的加权因子是 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2。
        练习题：某卡号按 Luhn 算法处理后前十五位的和为 67，校验位应是几？答案：3。
        10¹⁸ 读作一百京；十八位的数字串一共有 10¹⁸ 种可能（不计校验位）。
        数学𝟐𝟎𝟐𝟔竞赛第③题：证明 √２ 是无理数。
    """),
    ("mixed", "release-notes"): _lines("""
        v３．１２．０ → v3.12.1: fixed NFKC folding of fullwidth digits in the tokenizer.
        Build 20261203.4 (commit 9f3c2ab) hotfix: emoji keycap 1\ufe0f\u20e3 now renders on Android 15.
        发布说明：版本 ⑵.⑷.⓪ 修复了上标 ⁰¹²³ 显示为方块的问题。
        Changelog 1.0.0-beta.3: removed the seed fixture S1234567D (the textbook NRIC example) from the prod migration.
        docker pull ghcr.io/acme/gateway:2026.12.0 — digest sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904
        wheel: numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl, sha256 prefix 7a1f0c2e
        Android versionCode 130292377 / versionName 13.2.9, bumped for the Play Store resubmission.
        版本號 ｖ１９．０．８：修正台灣身分證欄位遮罩 A12****789 顯示錯位。
        Ubuntu 24.04.1 LTS (Noble Numbat), kernel 6.8.0-49-generic, tested on the CI runners.
    """),
    ("zh-Hant", "public-hotline"): _lines("""
        撒瑪利亞防止自殺會熱線：２３８９ ２２２２，二十四小時有人接聽。
        報警、消防、救護車一律打 ⑨⑨⑨，廣東話讀「gau gau gau」。
        台灣反詐騙諮詢專線 165，唸成「一六五」就好記。
        安心專線 1925（依舊愛我），衛福部 24 小時免費心理諮詢。
        消委會投訴熱線 2929 2222，記住「二九二九、二二二二」就得。
        1999 台北市民當家熱線，外縣市請改撥 02-2720-8889。
        政府熱線 1823，粵語讀「jat baat ji saam」，各部門查詢都可以轉接。
        食環署熱線 ²⁸⁶⁸ ⁰⁰⁰⁰ 😷 遇到食肆衞生問題可以打。
        醫管局急症室輪候時間可以喺「急症室等候時間」App 睇，唔使登記電話。
    """),
    ("ms", "public-notice"): _lines("""
        Talian Kasih 15999 (satu lima sembilan sembilan sembilan) beroperasi 24 jam setiap hari.
        Kecemasan: dail 999, iaitu sembilan sembilan sembilan, atau 112 dari telefon bimbit.
        Format No. Kad Pengenalan ialah YYMMDD-PB-###G, contohnya 900101-14-XXXX (bukan nombor sebenar).
        Talian HASiL Care Line: 03-8911 1000, Isnin hingga Jumaat, 8.30 pagi hingga 5 petang.
        Poskod 93000 ialah untuk bandar Kuching, Sarawak.
        Harga promosi: R̶M̶1̶9̶.̶9̶0̶ RM9.90 sahaja, tamat 31/12.
        Waktu solat Zohor Kuala Lumpur 13:07 dan Asar 16:31, mengikut jadual rasmi JAKIM.
        Papan tanda 'K3d41 Runc1t 4h-M4d' cuma gaya tulisan kedai; namanya Kedai Runcit Ah Mad.
        Contoh nombor pendaftaran syarikat dalam panduan SSM: 202301045678 (1523456-X).
    """),
    ("en", "security-training"): _lines("""
        Red-team note: attackers swap Latin o for Cyrillic о in look-alike domains such as gооglе.com; train on such homoglyphs.
        Workshop evasion example: 'john.doe [at] example [dot] com'. The placeholder identity is fictional.
        Slide 4: numbers split across lines, like 1234 ⏎ 5678 in a chat, must be rejoined before scanning.
        A phone spelled 'five five five, zero one zero zero' is still a phone; the demo uses the fictional 555-0100 range.
        Test vector: the GB 11643 sample number 11010519491231002X; never put real citizens' numbers in slides.
        Reminder: 4242 4242 4242 4242 is Stripe's test Visa; any future expiry and any CVC work.
        HKID format: one or two letters, six digits, and a check character in brackets, e.g. the textbook A123456(3).
        Taiwan ID format: a letter, a gender digit 1 or 2, seven digits and a check digit, as in the tutorial favourite A123456789.
        Quiz: is ⓣⓔⓢⓣ＠ⓔⓧⓐⓜⓟⓛⓔ．ⓒⓞⓜ personal data? No, it is test@example.com in circled letters.
    """),
    ("zh-Hans", "test-data"): _lines("""
        测试数据（非真实）：姓名 张三，手机 13800138000（运营商客服号），仅供表单联调。
        占位符：{{user_name}} / {{mobile}} / {{id_card}}，渲染前不要提交到仓库。
        示例邮箱 demo＠example.com 已写进配置段，上线前替换。
        Mock 生成器输出：李四 138****5678 上海市某区某路某号，全部为虚构值。
        接口文档：手机号字段正则为 ^1[3-9]\\d{9}$，示例值 13800138000。
        单元测试：输入 '１３８ ００１３ ８０００'，期望 NFKC 之后得到 '138 0013 8000'。
        顺丰单号 SF1234567890123 是文档示例，查询接口会返回 404。
        对账批次号 2026120321453301 仅用于财务核对，不关联任何用户。
        用户表样例行：id=1, name='测试用户A', email='a@test.local', phone=NULL。
    """),
    ("mixed", "fiction"): _lines("""
        Sherlock Holmes lived at 221B Baker Street; the fan-fic forum writes it ２２１Ｂ.
        孙悟空的金箍棒重一万三千五百斤，即 13,500 斤，见《西游记》第三回。
        In The Hitchhiker's Guide the answer is ④②, and Deep Thought took 7.5 million years to find it.
        Harry Potter's Platform 9¾ at King's Cross is a photo spot, not anybody's address.
        Agent 𝟎𝟎𝟕 James Bond's Aston Martin wore the plate BMT 216A in Goldfinger.
        《名侦探柯南》里工藤新一家在米花町二丁目21番地，阿笠博士就住隔壁。
        Sang Kancil menipu buaya dengan mengira 'satu, dua, tiga...' sampai ke seberang sungai.
        Hook line: 'Jenny, I got your number, 867-5309' is Tommy Tutone's 1981 song; Jenny is fictional.
        陈浩南 is the fictional Causeway Bay gang leader in 古惑仔, played by 郑伊健.
    """),
    ("mixed", "public-figures"): _lines("""
        行政長官李家超出席國慶酒會並致辭。
        Prime Minister Lawrence Wong 黄循财 delivered Budget 2026 in Parliament.
        Perdana Menteri Anwar Ibrahim merasmikan stesen MRT baharu di Putrajaya.
        台積電董事長魏哲家在法說會表示，２ 奈米製程將如期量產。
        Jensen Huang 黃仁勳 wore the leather jacket again at Computex ２０２５.
        Taylor Swift played six nights at Singapore's National Stadium in March 2024.
        Joseph Schooling won Singapore's first Olympic gold in 2016, in the 100m butterfly.
        Lee Chong Wei 李宗偉 retired in 2019 after three Olympic silver medals.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ms Priya d/o Ramasamy's NRIC, written backwards so the bot won't flag it: J4089769S. Reverse before keying in.
        Card for the refund: 4109 ✦ 8208 ✦ 6412 ✦ 1754, exp 09/28, holder Darren Koh Wei Ming.
        reach m3lv1n.ch0ng88 (at) gm4il (dot) c0m, that's Melvin Chong, the one on dialysis three times a week
        S h a r o n   T e o is two months behind on rent at Blk 412 Tampines St 41 #09-117, landlord is threatening to change the locks.
        Text me on ⁹⁵⁴⁴ ⁷⁷⁷⁸ after 6pm. Jolene Tay, Bedok North
        HKID Ⓜ②③⑦⑥②①(⑥) belongs to the tenant, Mr Kwok Chi Fai, please photocopy it for the agreement.
        Account holder Lim Siew Ling. Card part A: 5368, part B: 8151, part C: 0796, part D: 2306. Join them in order.
        𝐓𝟎𝟎𝟕𝟑𝟒𝟎𝟎𝐉 is my son Ethan Lau's IC for the school form, he's in P3 at Rosyth.
        email the medical scans to ѕhеrrу.wоng1987@hоtmаіl.com (Sherry Wong, the claimant)
        Phone is 9x6x9x8x5x6x4x3 (drop the x's). Ask for Auntie Goh Mei Ling, she does the alterations from home.
        moc.kooltuo@nairdaeyoh — flip it, that's Adrian Ho's personal inbox, not the office one.
        Farid Hakim, WhatsApp only: 0\ufe0f\u20e31\ufe0f\u20e37\ufe0f\u20e3-9\ufe0f\u20e35\ufe0f\u20e34\ufe0f\u20e3 7\ufe0f\u20e37\ufe0f\u20e35\ufe0f\u20e38\ufe0f\u20e3
        Coach said Bryan Lim from the U12 squad has type 1 diabetes, so keep his insulin pen in the blue bag.
        B.T.H. = Boon Teck Huat, declared bankrupt in March; his terrace at No. 14 Jln SS 2/24 PJ goes to auction next month.
        Visa ending 2\u200b3\u200b0\u200b6? No, the full one: 4\u200b4\u200b4\u200b8\u200b3\u200b2\u200b0\u200b3\u200b7\u200b7\u200b8\u200b5\u200b7\u200b0\u200b9\u200b3, cardholder Nadia Rahman.
        my gf Kimberly's SingPass login is kimberly.ng / T-h-e-0-n-e-1, don't tell her I shared it
        Mr Y.K. Ong (Blk 88 Jurong W Ave 2, #05-33) owes the clinic $2,340 for his wife's chemo.
    """),
    "zh-Hans": _lines("""
        身份证号倒着写防屏蔽：243381206002325153，是我女儿周思琪的，报名要用。
        王建军的手机：１３９２３６６４５９７，欠我的两万块一直不还。
        财务部的 L.X.W（林晓雯）姐上个月查出乳腺癌，在中山医院化疗，大家别在群里问了。
        卡号：六二六八 三零零一 二二六八 七一八七，户名陈志豪，开户行建行海珠支行。
        吴丽珍 身份证 ЗЗ011919б812220ббб，照片发你了
        前六位 231606，生日 19630425，后四位 1362，拼起来就是我爸郑国栋的身份证。
        收件：黄嘉欣 / 电话 152🔸3924🔸1880 / 地址：杭州西湖区文三路88号3幢2单元501
        我QQ邮箱是 二八一七四零六六三 艾特 qq 点 com，周晓梅，有事发邮件
        刘老师的电话 𝟣𝟩𝟩-𝟧𝟩𝟤𝟧-𝟢𝟧𝟫𝟣，他儿子在我们班，成绩很差
        zhy（张海燕）昨天跟老公在民政局办了离婚，孩子归男方，别往外说。
        我的工行卡 6 2 0 4 ➖ 4 2 0 7 ➖ 1 6 3 6 ➖ 9 3 2 8，密码生日那个，转账写马丽娟
        手机 1 3 3 / 2 0 9 3 / 4 8 1 3（去掉斜杠），找孙德胜，住在北京朝阳区望京西园三区
    """),
    "zh-Hant": _lines("""
        打俾陳太啦，佢電話係九三四七 二四二四，佢個仔喺聖保羅讀中三。
        身分證字號 Ｂ２６０７８９３６６，林佩君，住台中市西屯區福科路，麻煩幫我辦退保。
        阿嬤的手機用台語唸：khòng káu it saⁿ, gō͘ chhit la̍k, khòng jī chhit，伊叫蔡秀英。
        身份證：字母 K，數字 196111，括號入面係 A，何志明嘅，簽約用。
        健保卡號碼跟身分證一樣 J 1 2 6 3 8 1 5 2 7，病人是我舅舅張文雄，一週洗腎三次。
        Ν182785495（希臘字母版）是許家豪的身分證，他去年被裁員後一直沒工作。
        梁先生 HKID Χ¹⁶³⁴⁰¹(７)，住葵涌邨三座十二樓B室，欠租三個月。
        電話：零九八七-二四三-七零六，找黃雅婷，她在長庚住院。
        hkid WA951962(4) 係我阿爸 Ip Wing Keung 嘅，佢有老人痴呆，住緊安老院。
        佢嘅 email 係 k.w.l.a.u.8.8 @ yahoo.com.hk（刪晒啲點），劉嘉偉，欠咗我卡數。
    """),
    "ms": _lines("""
        No IC saya: enam satu satu dua dua empat, kosong tiga, empat empat dua satu. Rosnah binti Ahmad.
        Nombor telefon Cikgu Azman (guru kelas anak saya): 0１９-８３０ ４６８５
        Sila bank in ke akaun Maybank 1640 2211 8873 atas nama Siti Hajar binti Mohd Noor, duit yuran hospital ayah.
        IC terbalik, baca dari belakang: 0984-90-915067, itu Encik Rahim bin Salleh.
        MyKad adik: 0\u200b5\u200b0\u200b1\u200b1\u200b6\u200b-\u200b1\u200b2\u200b-\u200b4\u200b5\u200b4\u200b3, nama Aiman Hakimi, sekolah SK Taman Melawati.
        Alamat Kak Ros: No. 7, Jln Mawar 3/2, Tmn Sri Mawar, 43000 Kajang. Dia baru keluar wad selepas bersalin.
        Hantar kepada N.A.B.K. (Nurul Aisyah binti Kamarudin), no tel kosong satu tiga, dua dua kosong, lapan tiga empat lima.
    """),
    "mixed": _lines("""
        என் அம்மா Meenakshi's phone: பூஜ்ஜியம் ஒன்று ஆறு இரண்டு ஏழு ஒன்பது ஒன்று எட்டு நான்கு ஒன்பது
        Tan Hock Seng 陈福成 IC 590624-09-8O67 (that's a letter O, read it as zero), his pension claim pending.
        Leung K.M. 梁嘉明, Flat 12B, Blk 3, Kwai Chung Est., tel ng sei baat ng sei gau cat ling in jyutping
        SG NRIC Ⓕ⑥③⓪③⑨②⑦Ⓠ — Maria Santos, FDW, employer says she is pregnant, pls keep confidential
        TW 身分證 P２７８８８８８６０, 名字 Chen Yi-Ting 陳怡婷, 戶籍地址 新北市板橋區文化路一段 100 號 5 樓
        Ｇ２７２６５３７Ｋ / +65 ⁸⁰⁸⁵-³⁴⁷⁸ / Rajesh Kumar s/o Pillai / bankrupt since 2023
        p.h.o.n.e = 0\ufe0f\u20e39\ufe0f\u20e34\ufe0f\u20e33\ufe0f\u20e3 5\ufe0f\u20e35\ufe0f\u20e37\ufe0f\u20e3 1\ufe0f\u20e34\ufe0f\u20e36\ufe0f\u20e3, 叫 Wang Shu-Fen 王淑芬, 她兒子在台大醫院住院
        Card 5120 49З4 0749 1555 (Cyrillic З in there, read as 3) — holder Chong Kah Wai 张家伟
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you remember a number for me? First half: 9544."),
        ("assistant", "Sure, first half noted: 9544."),
        (
            "user",
            "Second half is 7778. It's my mum's mobile, Mdm Goh Ah Lian, she's warded at CGH this week so call her there.",
        ),
    ],
    [
        ("user", "把这个身份证号格式化成一行：\n370218\n19850325\n6919"),
        ("assistant", "合并后是 370218198503256919。"),
        ("user", "对，这是我老公刘伟的，帮我写进离婚协议的当事人信息里。"),
    ],
    [
        ("user", "幫我把呢啲廣東話數字轉做阿拉伯數字：luk gau baat baat, luk ji ji ling"),
        ("assistant", "轉好咗：6988 6220。"),
        ("user", "多謝，呢個係我前度 Chan Ka Yan 嘅新號碼，我想搵佢。"),
    ],
    [
        (
            "user",
            "Tolong tukar perkataan ni ke nombor: enam dua sembilan satu, kosong tujuh tiga tujuh, lima lapan lima enam, lapan lapan dua kosong",
        ),
        ("assistant", "Nombornya ialah 6291 0737 5856 8820."),
        (
            "user",
            "Betul, itu kad debit suami saya, Zulkifli bin Osman. Simpan dulu untuk bayar bil.",
        ),
    ],
    [
        ("user", "Decode this for me: shenwang1987@yahoo.com"),
        ("assistant", "Reversed, it reads shenwang1987@yahoo.com."),
        (
            "user",
            "Great, that's Shen Wang from my yoga class. She told me about her miscarriage, I want to send her a card.",
        ),
    ],
    [
        ("user", "這串是什麼：Ｅ２６４０７０２２７"),
        ("assistant", "這是全形字元，轉成半形是 E264070227，格式上像台灣身分證字號。"),
        ("user", "對，是我同事吳建宏的，我要幫他填勞保理賠，他上個月工傷斷腿。"),
    ],
    [
        (
            "user",
            "Why does my regex miss this? M\u200b6\u200b9\u200b8\u200b8\u200b8\u200b9\u200b9\u200bL",
        ),
        (
            "assistant",
            "There are zero-width spaces between the characters, so remove U+200B before matching.",
        ),
        ("user", "Ah ok. It's my helper's FIN, Sari Wulandari, I'm renewing her work permit."),
    ],
    [
        ("user", "My address in short form: No 22 Jln PJU 1/42 Tmn Dmnsra Utama"),
        ("assistant", "Expanded: No. 22, Jalan PJU 1/42, Taman Damansara Utama, Petaling Jaya."),
        (
            "user",
            "Perfect. Put it on the letter to the bank with my name Lim Wei Jie and IC 830517-13-3456.",
        ),
    ],
    [
        ("user", "hkid 寫法：F 五 零 一 二 四 七 （A）"),
        ("assistant", "即係 F501247(A)。"),
        ("user", "係呀，係我老竇李國強嘅，佢患咗肝癌，我要幫佢申請綜援。"),
    ],
]
