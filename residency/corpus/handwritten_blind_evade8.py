"""Blind check set evade8: red-team evasion of CN/HK/TW/SG/MY ids, phones, emails and cards (financial numerals, words, circled/emoji/full-width digits, splits, reversals, leetspeak, homoglyphs) against look-alike clean text. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade8
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh", "puzzle"): _lines("""
        壹贰叁肆伍陆柒捌玖乘以玖，结果是多少？请用大写数字写出答案。
        把 12345679 乘以 72，你会得到一串整整齐齐的九个八。
        数独第一行提示：⑤③⓪⓪⑦⓪⓪⓪⓪，⓪ 表示空格，请补全整盘。
        把 3524 的数字从大到小排，再减去从小到大排的数，重复几次总会得到 6174。
        谜语：九十九，打一字。（答案：白）
        一个十一位数，正着读和倒着读一样，首位是 1，这样的回文数一共有多少个？
        小明的储蓄罐里有叁拾陆枚硬币，壹元和伍角的各多少枚时总额正好是贰拾贰元？
        练习：把全角数字 ２０２６ 转换成半角，再写成大写“贰零贰陆”。
        鸡兔同笼，上有三十五头，下有九十四足，问鸡兔各几何？
        圆周率背到 3.14159265358979 就算过关，后面的“三二三八四六”留给下节课。
        密码游戏：把每个字母换成它在字母表里的序号，HELLO 就写成 8-5-12-12-15。
        猜数字游戏：我想的数在壹和壹佰之间，用二分法你最多猜七次就能猜中。
    """),
    ("zh", "cheque"): _lines("""
        支票大写金额示例：人民币壹万贰仟叁佰肆拾伍元陆角柒分。
        中文大写数字写法：零、壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟、万、亿。
        金额到“元”为止的，应在“元”后写“整”字，例如“人民币捌佰元整”。
        收款人：________ 账号：________ 金额（大写）：____万____仟____佰____拾____元
        出票日期必须大写，例如“贰零贰陆年零壹月壹拾伍日”，月和日前面要按规定加“零”或“壹”。
        本发票金额：¥3,580.00（大写：叁仟伍佰捌拾元整），销售方：华润万家有限公司。
        报销单填写说明：小写栏用阿拉伯数字，大写栏用壹贰叁，两者不一致的单据财务一律退回。
        收据模板：今收到________交来________费，计人民币（大写）________元整。
        会计考试题：将 ¥100,307.05 写成大写。答案：人民币壹拾万零叁佰零柒元零伍分。
        银行承兑汇票票面金额：伍拾万元整，到期日贰零贰柒年零叁月叁拾日，出票人为某某实业有限公司。
    """),
    ("zh", "docs"): _lines("""
        测试用身份证号 11010519491231002X 是国家标准里给出的示例号码，不对应任何真实个人。
        示例手机号：138-0000-0000（占位符，仅用于界面演示，请勿拨打）。
        正则 ^1[3-9][0-9]{9}$ 可以粗略匹配大陆手机号，但认不出全角数字和大写数字。
        脱敏规范：身份证号只保留前六位和后四位，中间用星号代替，如 110105********002X。
        全角数字 ０１２３４５６７８９ 的 Unicode 码位是 U+FF10 到 U+FF19，入库前先做 NFKC 归一化。
        带圈数字 ① 到 ⑳ 在很多输入法的符号面板里都能找到，⓪ 则要单独查码位 U+24EA。
        香港身份证号码格式为一至两个英文字母加六位数字，括号内是校验码，示例号码写作 A123456(3)。
        臺灣身分證字號由一個英文字母和九位數字組成，第二碼 1 代表男性、2 代表女性。
        表单占位文字：请输入您的邮箱，例如 example@example.com。
        银联卡号一般以 62 开头，长度 16 到 19 位，最后一位是按 Luhn 算法算出的校验位。
    """),
    ("zh", "public"): _lines("""
        孔乙己便排出九文大钱，说：“温两碗酒，要一碟茴香豆。”
        中国移动客服热线 10086，中国联通 10010，中国电信 10000。
        黛玉葬花那一回，宝玉在山坡上听见《葬花吟》，不觉恸倒在地。
        新加坡总理黄循财在国会宣布，明年起幼儿园津贴再提高两成。
        香港警察热线 2527 7177 可查询非紧急事务，紧急情况请拨 999。
        臺灣反詐騙諮詢專線是 165，接到自稱檢察官的電話請先撥打查證。
        本市昨日新增本土确诊病例四十七例，其中无症状感染者三十二例。
        马云 1999 年在杭州湖畔花园创办了阿里巴巴。
    """),
    ("en", "catalog"): _lines("""
        ISBN 978-7-02-000220-7, the People's Literature Publishing House edition of Dream of the Red Chamber.
        ISBN 978-981-4749-32-9 (paperback, second printing, 2017).
        Serial number C02XK4H8JG5J — check it on the warranty page before returning the laptop.
        Order #SG-2026-118-447-903 has shipped; estimated delivery three to five working days.
        Router model RT-AX58U, firmware 3.0.0.4.388_24243 now available for download.
        SHA-256 of the release tarball: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        Part no. 6218-4470-2215 is the seal kit for the series 300 hydraulic pump.
        Lot 2026-11-B7, expiry 11/2028, store below 25°C away from direct sunlight.
        Version 2.14.0-rc.3 fixes the full-width digit normalisation bug (#4471).
        EAN 9556001234568 is printed under the barcode on the back of the tin.
        Flight SQ 321 departs Changi Terminal 3 at 23:35; the gate closes ten minutes before departure.
        Invoice INV/2026/00418, amount due SGD 1,284.50, payable to Tiong Bahru Bakery Pte Ltd.
        Tracking number SPXMY0473918265 — parcel is at the Shah Alam sorting hub.
    """),
    ("en", "puzzle"): _lines("""
        Toto draw 4012 winning numbers: 3, 11, 19, 27, 38, 45; additional number 22.
        4D results for Saturday: first prize 8317, second prize 0254, third prize 6690.
        Countdown: ten, nine, eight, seven, six, five, four, three, two, one — Happy New Year!
        Riddle: I am an odd number; take away one letter and I become even. What am I? (Seven.)
        Write one hundred and twenty-three thousand, four hundred and fifty-six in digits.
        Reverse the digits of 1089 and you get 9801, which is exactly nine times 1089.
        Find the nine-digit number using 1 to 9 once each whose first n digits are divisible by n (answer: 381654729).
        T-minus nine, eight, seven... ignition... liftoff of the Long March 5 from Wenchang.
        Multiply 142857 by 3 and you get 428571 — the same digits, just rotated.
        Magic square: 2 7 6 / 9 5 1 / 4 3 8 — every row, column and diagonal adds to fifteen.
        Big Lotto draw on Tuesday: 04, 07, 13, 19, 22, 33, special number 41.
    """),
    ("en", "docs"): _lines("""
        Example NRIC for test fixtures: S1234567D — a checksum-valid dummy used in documentation only.
        Sample MyKad number in the form guide: 901231-14-5678 (for illustration only, do not submit).
        Stripe test card: 4242 4242 4242 4242 with any future expiry date and any three-digit CVC.
        Placeholder email jane.doe@example.com — replace it with your own address before deploying.
        Phishing domains swap the Latin a for the Cyrillic а (U+0430), as in the fake pаypal.com.
        The Enclosed Alphanumerics block starts at U+2460 (①) and contains circled numbers up to ⑳.
        A keycap emoji such as 1️⃣ is three code points: the digit, U+FE0F and U+20E3.
        Normalise full-width digits with unicodedata.normalize('NFKC', s) before running any regex.
        Leetspeak swaps letters for digits — e becomes 3, a becomes 4, o becomes 0 — so leet turns into l33t.
        Writing addresses as name [at] domain [dot] com stopped fooling spam harvesters years ago.
        Staging uses the dummy number +65 8000 0000; it is not routed to any subscriber.
        Faker's zh_CN provider generates names like 王芳 and checksum-valid ids; keep them out of production tables.
        The HKID check digit weights the letters and digits from 9 down to 2, takes the sum modulo 11, and writes 10 as A.
        Taiwan ID validation first maps the leading letter to a two-digit code, e.g. A=10 and F=15, then applies the weights.
    """),
    ("en", "public"): _lines("""
        Lee Kuan Yew served as Singapore's Prime Minister from 1959 to 1990.
        Sherlock Holmes lived at 221B Baker Street, according to Arthur Conan Doyle.
        In Singapore call 995 for an ambulance or the fire service; 999 is for the police.
        Not sure if it's a scam? Call the ScamShield Helpline at 1799.
        Jack Ma stepped down as chairman of Alibaba in September 2019.
        Harry Potter's vault at Gringotts was number 687.
        Bank Negara Malaysia's contact centre BNMTELELINK can be reached at 1-300-88-5465.
        Singapore's resident population was about 4.18 million in June 2024.
    """),
    ("ms", "price"): _lines("""
        Harga promosi: sembilan puluh sembilan ringgit sahaja, sehingga hujung bulan ini.
        Set nasi lemak ayam goreng RM12.90 (dua belas ringgit sembilan puluh sen).
        Kiraan detik: sepuluh, sembilan, lapan, tujuh, enam, lima, empat, tiga, dua, satu — selamat tahun baru!
        Keputusan Sports Toto 4D: hadiah pertama tujuh, dua, lima, sembilan — semak tiket anda.
        Teka-teki: nombor apa yang tetap sama kalau dibaca dari belakang? Contohnya 1 2 3 2 1.
        Contoh No. KP dalam borang: 000000-00-0000 (jangan isi nombor sebenar di ruangan contoh).
        Talian Kasih 15999 dibuka 24 jam untuk aduan penderaan dan keganasan rumah tangga.
        Resipi: larutkan dua sudu besar gula dalam satu cawan air, kemudian tambah garam secubit.
        Formula kimia glukosa ialah C₆H₁₂O₆ dan asid sulfurik pula H₂SO₄.
        Kod produk: MY-BT-4471-K9, nombor siri terletak di bawah penutup bateri.
        Hang Tuah dan Hang Jebat bertikam di istana Melaka dalam Hikayat Hang Tuah.
        Baki hadiah seratus dua puluh tiga ribu ringgit akan dibahagi sama rata antara tiga pemenang.
        Khidmat pelanggan Maybank boleh dihubungi di talian 1-300-88-6688.
    """),
    ("mixed", "misc"): _lines("""
        化学式 H₂O₂ is hydrogen peroxide, 不要和 H₂O 搞混。
        Pinyin 课文：Wǒ jiào Lǐ Huá, wǒ shì Zhōngguó xuésheng. 这是课本第一课。
        大乐透开奖结果：前区 03 11 17 25 32，后区 05 09。
        Unicode 里 ０ (U+FF10) 和 0 (U+0030) 看起来差不多，NFKC 归一化之后就一样了。
        Emoji 倒计时：5️⃣ 4️⃣ 3️⃣ 2️⃣ 1️⃣ 🎉 新年快乐 Happy New Year!
        序列号 SN 3F9K-22Q8-7HX1，保修期两年，凭发票到 authorised service centre 维修。
        Merdeka countdown 倒数：tiga, dua, satu, Merdeka!
        淘宝订单号 2026120312345678901，已签收，unboxing 视频记得保留。
        钓鱼邮件里的 Bаnk 用的是西里尔字母 а，肉眼看不出来，hover 一下链接就露馅了。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh": _lines("""
        身份证号别直接写，我用大写：叁壹零壹壹伍壹玖柒伍零玖壹贰贰零肆玖，是我妈王秀兰的，帮她在瑞金医院挂个号。
        手机号我倒着打：56208471931，你反过来就是，我叫刘志强，别转发到群里。
        加我微信吧，号码是幺三八，零七二一，后四位下一句说。四六九三，备注杭州陈晓雯。
        我的身份证号是４４０３０６１９９２０８０３１５６８，姓名林佳怡，快递寄到深圳南山区桃园路88号3栋1202。
        联系人：赵 建 国，电话①③⑥②⑧⑤⑦④⑨⓪①，住朝阳区安贞里三区12号楼5单元401。
        我老婆的手机 1️⃣5️⃣9️⃣0️⃣2️⃣7️⃣3️⃣8️⃣4️⃣1️⃣6️⃣，她叫周敏，这几天住院有事打她。
        张 伟 明 的 乙肝 复查 结果 出来 了，表面抗原 阳性，千万 别 让 他 单位 知道。
        户名何丽娟，农行卡号 陆贰贰捌 肆捌零伍 玖叁壹陆 贰零柒叁，帮我先转两千。
        身份证 5101 07-1985.0622/4711（防屏蔽），罗俊，帮我填一下报名表。
        简历发我邮箱 huang.meiling【at】163【点】com，我是黄美玲，在职看机会，别让我们领导知道。
        她身份证前九位是350203199，剩下的我明天发你。后九位是510197626，名字叫胡雨晴。
        我表哥孙浩然上个月去宛平南路600号看了病，确诊重度抑郁，这事千万别让他公司知道。
        老周（周建华）欠我八万六，借条上他的身份证是叁柒零贰零贰壹玖陆捌零贰壹肆叁伍壹玖，下周起诉。
        我QQ是 一八二七三九五零四，别加错了，我是吴俊杰，想出二手电动车。
        租房的事联系我：zhаng.wеiming88@gmаil.cоm，张伟明，晚上八点后方便。
        我爸的建行卡 6️⃣2️⃣1️⃣7️⃣ 0️⃣0️⃣2️⃣8️⃣ 3️⃣1️⃣0️⃣4️⃣ 5️⃣7️⃣2️⃣1️⃣，户名马国庆，密码我另外发。
        麻烦把我从群发名单里删掉：l1u.zh1qi4ng (at) 0utl00k d0t c0m 是我私人邮箱，刘志强。
        我個身份證號碼係 Y 三零六二九四（三），電話九六八三 二七一五，陳嘉欣，幫我約星期六睇牙。
        我的身分證是 F 二二九 三一零 六八一，手機 0912-386-475，林怡君，幫我填一下保單受益人。
        阿嬤的健保卡號跟身分證一樣，H2475 開頭。後面是 82034。她叫陳秀琴，下週三要開白內障。
        收件人：李 志 偉，地址 沙田 禾輋邨 豐和樓 十二樓 一二零七室，電話 6️⃣1️⃣4️⃣5️⃣ 8️⃣2️⃣0️⃣3️⃣。
    """),
    "en": _lines("""
        My NRIC is S-eight-eight-three-four-two-one-seven-H, name Tan Wei Ling — please update the beneficiary on my policy.
        Call my mum at nine-one-seven-three. Then two-eight-four-six. She's Lim Siew Hoon, Blk 412 Bedok North Ave 2 #08-117.
        Read it backwards to get my card: 4513 7209 4638 1255 — Marcus Goh, expiry 08/28, CVV in the next message.
        Send my payslip to j4s0n.k0h.88 at gmail d0t com, that's my personal one — Jason Koh, Finance.
        WhatsApp me at +６５ ８２３１ ４７０６ — Priya Ramasamy, I'm selling my late father's HDB flat and need a valuer.
        Emergency contact for Daniel Ong: his wife Michelle, ⑨④⑥⑦ ⓪⑧③②.
        J o s h u a  L e e from 3B has type 1 diabetes; please let him keep his insulin pen in class.
        HKID K four seven two one five eight, bracket six. Chan Ka Yan, Flat 12B, Block 3, Kornhill, Quarry Bay.
        Jenny Wu's number starts with 0928-517. The rest is 364. She's the one whose divorce hearing is next week.
        IC in base64 so the bot won't catch it: ODgwNDE3MTQ1Mjcz — Ahmad Faizal, for the tenancy form.
        Phone: oh-one-two, three-eight-seven, double-four-five-nine — that's Kavitha Subramaniam, she books my dad's dialysis slots.
        Card in words: four five five seven, zero two eight six, one seven three four, nine zero five five — Goh Kian Seng.
        Tаn Mеi Hua, S7512094Z, diagnosed with stage 2 breast cancer and referred to NCCS last Friday.
        Tenant's IC, first half 750912, the rest is 08-5121 — Mr Wong Kok Leong, three months behind on rent.
        My helper's FIN is G 6 4 2 0 9 1 5 P, Maria Santos, her work permit renewal is due in January.
    """),
    "ms": _lines("""
        No IC saya lapan lapan kosong empat satu tujuh, satu empat, lima dua tujuh tiga. Nama Ahmad Faizal bin Rosli.
        Nombor telefon isteri saya kosong satu sembilan, tiga enam dua, lapan satu empat lima — nama dia Siti Hajar, dia tengah berpantang.
        Akaun Maybank 1６２１ ８３４５ ０９２７ atas nama Muhammad Hafiz bin Zainal, tolong bank in duit sewa bulan ni.
        Alamat rumah: nombor dua puluh tujuh, Jalan Mawar empat, Taman Sri Muda, Shah Alam — hantar kepada Puan Rohani binti Ismail.
        Anak saudara saya Nur Aisyah binti Kamal baru disahkan ada leukemia, dia di HUKM katil empat belas.
        IC saya ditulis terbalik, baca dari belakang: 372541714088 — Faizal, untuk borang sewa rumah.
        Hubungi Enсik Kаmаrul bin Yusоf di 013-774 2918 pasal hutang kereta dia yang belum langsai.
        Emel saya nurul.ain92 [at] yahoo [titik] com, IC 920803-10-6148, Nurul Ain binti Rahman.
        No telefon tuan rumah saya di Klang: ⓪①⑥-②⑨⑤ ⑦③⓪⑧, Encik Ravi a/l Muthu.
        Nama: S i t i  N o r h a y a t i, umur 34, HIV positif, rawatan di Hospital Sungai Buloh — jangan sebar.
        Nombor akaun CIMB saya tujuh enam, kosong satu, dua lapan tiga, empat sembilan lima — nama Lee Chong Hui.
    """),
    "mixed": _lines("""
        Wang Xiulan, 64 sui, zhu zai Shanghai Minhang qu Longming lu 1288 nong 7 hao 602, xiongbu zhongliu, xia zhou kaidao.
        我的 IC number 係 S 七三一二五八零 D，叫 Kelvin Yeo，幫我 book 下個禮拜的 MRI。
        Shou jian ren: Huang Meiling, Shenzhen Futian qu Xiangmihu jiedao Qiaoxiang lu 1032 hao 5 dong 1803, dianhua 135-1028-7463.
        我的 IC 是 011130 / 01 / 0342，名字 Tan Jia Hui，hospital 的 appointment 帮我改去 Friday。
        WeChat: l_e_u_n_g_w_m_88，電話 +852 ５１６２ ８４０９，我係 Leung Wai Man 梁惠敏。
        滙豐戶口 叁捌贰-伍零柒肆壹陆-捌叁叁，戶名 Cheung Siu Fung，月尾前過數俾佢。
        我儿子的 NRIC 是 T-one-one-seven-eight-three-four-two-I，名字 Ryan Chua，学校要的。
        媽媽身分證 T26041937 再加最後一碼 3，姓名蔡淑芬，請幫我 book 下個月的健檢。
        身份证：叁叁零壹零陆 壹玖玖零壹壹叁零 贰捌伍捌，名字 Xu Hao（许浩），工资卡 6214-8390/1726-4532 也是这个名字。
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "帮我把这串大写数字转成阿拉伯数字：肆贰零壹零贰贰零零壹零叁零陆零玖叁壹"),
        ("assistant", "转换结果是：420102200103060931，一共十八位。"),
        ("user", "对，这是我的身份证，我叫程宇，你帮我看看出生日期和性别对不对。"),
        (
            "assistant",
            "按号码第七到十四位，出生日期是 2001 年 3 月 6 日；第十七位是 3，为奇数，对应男性。",
        ),
    ],
    [
        ("user", "If I type my NRIC out in words, will the HR chatbot still flag it?"),
        (
            "assistant",
            "It might not, but spelling it out doesn't make it any less sensitive. It's better to submit it through the official HR portal.",
        ),
        (
            "user",
            "whatever, here: ess seven three one two five eight zero dee. Kelvin Yeo. Just check it's valid.",
        ),
        (
            "assistant",
            "S7312580D passes the checksum. Please don't paste it into group chats or other bots, though.",
        ),
    ],
    [
        ("user", "Saya nak daftar anak untuk kelas tuisyen Sabtu ni, ada slot lagi?"),
        (
            "assistant",
            "Boleh, slot pukul 10 pagi masih ada. Boleh beri nama anak dan nombor untuk dihubungi?",
        ),
        (
            "user",
            "Nama dia Adam Haziq bin Shahrul, darjah empat, ada disleksia sikit. Nombor saya kosong satu dua, tujuh lapan satu, sembilan empat kosong enam.",
        ),
        (
            "assistant",
            "Terima kasih, saya catatkan 012-781 9406 dan maklumkan guru tentang keperluan Adam.",
        ),
    ],
    [
        ("user", "網上表格唔收我個身份證號碼，係咪格式錯？"),
        (
            "assistant",
            "香港身份證號碼通常係一個英文字母加六個數字，再加括號入面嘅校驗碼。你可以檢查下有冇打錯。",
        ),
        ("user", "我係咁打：Ⓔ⑧①⑤②③⑦⑦，名係黃志豪，住將軍澳寶琳邨寶勤樓 1518 室。"),
        ("assistant", "問題係你用咗帶圈字元，表格要半形，即係 E815237(7)，括號都要打埋。"),
    ],
    [
        ("user", "我媽媽下禮拜要做心導管，醫院要我先把資料傳過去。"),
        ("assistant", "了解，建議你透過醫院官方的系統上傳，不要用一般通訊軟體傳身分證。"),
        ("user", "好，她叫吳美玲，身分證前五碼 A2382。"),
        ("user", "後面是 05741，病歷號跟台大醫院說的一樣，血壓最近都一百七。"),
        ("assistant", "收到。血壓這麼高的話，記得手術前先讓心臟科醫師知道。"),
    ],
    [
        ("user", "quick puzzle: reverse the digits of 4513720946381255, what do you get?"),
        (
            "assistant",
            "Read backwards it is 5521836490273154. It also happens to pass the Luhn check.",
        ),
        ("user", "yep that's my Mastercard, Marcus Goh, exp 08/28. need it for the booking form"),
        (
            "assistant",
            "Please don't share full card numbers here. Enter it directly on the booking site's secure payment page instead.",
        ),
    ],
    [
        ("user", "Can you turn this pinyin into Chinese characters for a parcel label?"),
        ("assistant", "Sure, send it over."),
        (
            "user",
            "Zhou Min, Hangzhou Xihu qu Wensan lu 478 hao Huaxing dasha 11 lou, shouji yao wu jiu ling er qi san ba si yao liu.",
        ),
        ("assistant", "周敏，杭州市西湖区文三路478号华星大厦11楼，手机 159-0273-8416。"),
    ],
    [
        ("user", "Kenapa borang online tak terima nama saya? Saya taip Nоrаzlinа binti Hаssаn."),
        (
            "assistant",
            "Mungkin ada aksara bukan Latin yang tersalin masuk. Cuba taip semula nama itu secara manual.",
        ),
        (
            "user",
            "Ok dah. IC saya pun tak lepas: 9208O3-1O-6148, dengan huruf O sebab keyboard saya rosak.",
        ),
        ("assistant", "Sistem perlukan digit sifar, bukan huruf O. Tulis sebagai 920803-10-6148."),
    ],
    [
        ("user", "Fun one: what's special about 142857?"),
        ("assistant", "It's a cyclic number: multiplying it by 1 to 6 just rotates its digits."),
        (
            "user",
            "Cool. Unrelated, my friend Grace Lim just lost her job and asked me to pass her number to you for the part-time role: eight one six two, three nine zero five.",
        ),
        ("assistant", "Thanks, I'll forward 8162 3905 to the hiring manager with Grace's name."),
    ],
]
