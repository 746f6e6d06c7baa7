# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade26: Unicode evasion in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade26
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "maths and science notes"): _lines("""
        Let 𝐱 ∈ ℝⁿ and 𝐀 ∈ ℝ^(m×n); the least-squares solution satisfies 𝐀ᵀ𝐀𝐱 = 𝐀ᵀ𝐛.
        Photosynthesis: 6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂ (light energy, chlorophyll).
        Q3 (b) Show that ∑ₖ₌₁ⁿ k² = n(n+1)(2n+1)/6 by induction on n. [4 marks]
        ℕ ⊂ ℤ ⊂ ℚ ⊂ ℝ ⊂ ℂ, every first-year should be able to write this chain from memory.
        Half-life of ¹³¹I is about 8.02 days and ⁹⁹ᵐTc only 6.01 h, which is why the latter is preferred for imaging.
        Marie Curie isolated ²²⁶Ra in 1902 and shared the 1903 Nobel Prize in Physics with Pierre Curie and Henri Becquerel.
        Avogadro constant Nₐ = 6.022\u2009140\u200976 × 10²³ mol⁻¹ (exact since the 2019 SI redefinition).
        Euler's identity e^(iπ) + 1 = 0 links five fundamental constants; Euler gave the general formula in 1748.
        Worked example ⑶: x² − 5x + 6 = 0 ⇒ (x − 2)(x − 3) = 0 ⇒ x = 2 or x = 3.
        Conc. H₂SO₄ (98%): always add acid to water, never water to acid. Practical in Lab 𝟒𝐁, benches 𝟗–𝟏𝟐.
        Arrhenius: k = A·exp(−Eₐ/RT), with R = 8.314 J·K⁻¹·mol⁻¹ and T in kelvin.
        In 𝔽₂[x] the polynomial x⁸ + x⁴ + x³ + x + 1 defines the AES field GF(2⁸).
        Combining 𝐅 = m𝐚 with Hooke's law 𝐅 = −k𝐱 gives simple harmonic motion with ω = √(k/m).
        Table 2: mean HbA₁c fell from 8.4% to 7.1% (n = 𝟐𝟏𝟒, p < 0.001) after 24 weeks of treatment.
    """),
    ("zh-Hans", "化学与数学课堂"): _lines("""
        ①先配平：2KMnO₄ ═△═ K₂MnO₄ + MnO₂ + O₂↑；②注意加热条件；③用排水法收集气体。
        已知函数 f(x)=x³−3x²+2，求其单调区间。解：f′(x)=3x²−6x=3x(x−2)，令f′(x)>0得x<0或x>2。
        硫酸铜晶体的化学式为 CuSO₄·5H₂O，俗称胆矾或蓝矾，受热失水变为白色粉末。
        第⑵题：log₂8 = 3，有同学写成 log²8，上下标一定要分清！
        祖冲之算出圆周率在 3.1415926 与 3.1415927 之间，比欧洲早了约一千年。
        酸性高锰酸钾溶液呈紫红色，Mn 为 +7 价，Fe²⁺ 可使其褪色，生成 Mn²⁺ 和 Fe³⁺。
        期末考试时间：２０２６年１月１５日 ８:３０—１０:３０，地点：教学楼Ａ区３０１教室，请提前１５分钟入场。
        集合 𝔸={1,2,3}，𝔹={2,3,4}，则 𝔸∩𝔹={2,3}，𝔸∪𝔹={1,2,3,4}。
        勾股定理：a²+b²=c²，例如 3²+4²=5²，最早的记载见于《周髀算经》。
        氢的三种同位素：¹H（氕）、²H（氘）、³H（氚），其中只有氚具有放射性。
        门捷列夫于1869年发表元素周期表，并预言了“类铝”（即镓）等未知元素。
        本周作业：课本第𝟏𝟐𝟑页 ❶—❻ 题，周五前交给课代表，不要抄答案！！
    """),
    ("en", "social media styling"): _lines("""
        𝐁𝐋𝐀𝐂𝐊 𝐅𝐑𝐈𝐃𝐀𝐘 𝐒𝐀𝐋𝐄 🖤 up to 𝟕𝟎% off storewide, this weekend only at all Kopi & Crumbs outlets islandwide!
        𝓗𝓪𝓷𝓭𝓶𝓪𝓭𝓮 𝔀𝓲𝓽𝓱 𝓵𝓸𝓿𝓮 ✨ DM for orders • ships in 𝟑–𝟓 working days • Shopee: lunaclaycraft.sg
        𝕊𝕙𝕖𝕣𝕝𝕠𝕔𝕜 ℍ𝕠𝕝𝕞𝕖𝕤, 𝟚𝟚𝟙𝔹 𝔹𝕒𝕜𝕖𝕣 𝕊𝕥𝕣𝕖𝕖𝕥 📚 rereading it for book club on Thursday
        Customer care ☎ 𝟭𝟴𝟬𝟬‑𝟮𝟮‑𝟴𝟴𝟴𝟴 (Mon–Sat, 9am–6pm). We will NEVER ask for your OTP.
        ᴛʜᴀɴᴋ ʏᴏᴜ ꜰᴏʀ 𝟏𝟎𝐤 ꜰᴏʟʟᴏᴡᴇʀꜱ 🥹 giveaway rules in the pinned post
        Congrats to 𝐓𝐚𝐲𝐥𝐨𝐫 𝐒𝐰𝐢𝐟𝐭 on wrapping the 𝐄𝐫𝐚𝐬 𝐓𝐨𝐮𝐫: 149 shows across five continents 🎉
        Order #𝟐𝟎𝟐𝟓𝟏𝟏𝟐𝟖-𝟎𝟎𝟒𝟕𝟏𝟗 has been shipped 📦 track it in the app
        ⓘ Promo code ＳＡＶＥ２０ valid till 31/12. T&Cs apply.
        Lim Chee Guan bak kwa queue at New Bridge Rd was 𝟑 𝐡𝐨𝐮𝐫𝐬 today 😭 worth it tho
        Reminder: Harry Potter movie marathon at the library, Sat ②pm–⑨pm, popcorn provided 🍿
        ✿ Bloom & Bean Café ✿ open daily 𝟏𝟎𝐚𝐦–𝟖𝐩𝐦 • 𝟏𝟐 𝐉𝐚𝐥𝐚𝐧 𝐒𝐮𝐥𝐭𝐚𝐧, 𝐒𝐢𝐧𝐠𝐚𝐩𝐨𝐫𝐞 𝟏𝟗𝟗𝟎𝟎𝟏
        R̶e̶g̶u̶l̶a̶r̶ ̶p̶r̶i̶c̶e̶ ̶$̶4̶9̶ now $29, today only!
        ℙ𝕠𝕨𝕖𝕣𝕖𝕕 𝕓𝕪 𝕔𝕠𝕗𝕗𝕖𝕖 ☕ | he/him | views my own | 🇸🇬
        𝐑𝐈𝐏 𝐒𝐭𝐚𝐧 𝐋𝐞𝐞 (1922–2018): Excelsior! 🕷️
    """),
    ("ms", "iklan dan pengumuman"): _lines("""
        𝐉𝐔𝐀𝐋𝐀𝐍 𝐌𝐄𝐆𝐀 𝐑𝐀𝐌𝐀𝐃𝐀𝐍 🌙 diskaun sehingga 𝟓𝟎% di semua cawangan Kedai Buku Pelangi!
        Talian Hotline Perabot Seri Jati: ☎ 𝟏-𝟑𝟎𝟎-𝟖𝟖-𝟓𝟐𝟒𝟏 (Isnin–Jumaat, 9 pagi–6 petang).
        Nombor pesanan anda ＭＹ２５１２０３８８４７１９０ telah dihantar. Terima kasih kerana membeli-belah!
        Kedai Kopi Ah Seng, Jalan Tun Sambanthan, buka 𝟕 𝐩𝐚𝐠𝐢 hingga 𝟑 𝐩𝐞𝐭𝐚𝐧𝐠 setiap hari kecuali Selasa.
        Peringatan: Jangan kongsi nombor TAC/OTP anda dengan sesiapa, termasuk kakitangan bank.
        Hospital Kuala Lumpur, Jalan Pahang, 𝟓𝟎𝟓𝟖𝟔 Kuala Lumpur. Waktu melawat 𝟏𝟐.𝟑𝟎 tgh – 𝟐 ptg dan 𝟒.𝟑𝟎 ptg – 𝟕 mlm.
        Perdana Menteri 𝐃𝐚𝐭𝐮𝐤 𝐒𝐞𝐫𝐢 𝐀𝐧𝐰𝐚𝐫 𝐈𝐛𝐫𝐚𝐡𝐢𝐦 merasmikan Rumah Terbuka Aidilfitri Madani di Putrajaya hari ini.
        Tawaran terhad ➊ beli 1 percuma 1 ➋ penghantaran percuma ➌ cashback RM𝟏𝟎, sah hingga 31 Mac.
        Format borang: Nama: ＿＿＿＿＿＿ No. K/P: ＿＿＿＿＿＿-＿＿-＿＿＿＿ No. Tel: ＿＿＿-＿＿＿＿＿＿＿
        Sekolah Kebangsaan Tunku Abdul Rahman, 𝟖𝟎𝟏𝟎𝟎 Johor Bahru: pendaftaran murid Tahun 1 sesi 2027 kini dibuka.
        Harga runcit RON95 kekal RM𝟐.𝟎𝟓 seliter minggu ini; RON97 naik 𝟓 sen kepada RM𝟑.𝟒𝟕.
        𝙋𝙚𝙣𝙜𝙝𝙖𝙣𝙩𝙖𝙧𝙖𝙣 𝙋𝙖𝙧𝙨𝙚𝙡: kod penjejakan ＥＰ４８２０１７３５６ＭＹ boleh disemak di laman web Pos Malaysia.
        Hang Tuah dan Hang Jebat ialah tokoh legenda dalam Hikayat Hang Tuah; kewujudan mereka tidak pernah disahkan ahli sejarah.
    """),
    ("zh-Hans", "电商与客服"): _lines("""
        【顺丰速运】您的快件 ＳＦ１４０３９２８４７５６１２ 已由【深圳宝安集散中心】发出，预计明日送达。
        尊敬的{{客户姓名}}，您的订单{{订单号}}已发货，物流单号{{运单号}}，请注意查收。
        全国统一客服热线：𝟒𝟎𝟎-𝟖𝟐𝟎-𝟓𝟓𝟔𝟔（工作日９:００—１８:００），如需投诉请拨打 𝟏𝟐𝟑𝟏𝟓。
        双十一狂欢价 ￥１９９.００ ➜ ￥９９.００，前１００名下单再送赠品！
        ❶ 拍下不付款视为放弃 ❷ 默认发中通 ❸ 偏远地区不包邮 ❹ 质量问题７天无理由退换
        发票号码：０４４１２３８６，发票代码：０４４００２３１１１１１，开票日期：２０２５年１１月２８日，购买方：深圳市云帆科技有限公司。
        本店为“张小泉”官方授权经销商，所售刀具假一赔十，支持专柜验货。
        【中国移动】尊敬的客户，您本月套餐剩余流量 ３．２ＧＢ，详询 𝟏𝟎𝟎𝟖𝟔。
        温馨提示：客服不会以任何理由要求您提供银行卡密码或短信验证码，请勿向他人透露。
        商品条码 𝟔𝟗𝟕𝟏𝟐𝟑𝟒𝟓𝟎𝟖𝟖𝟏𝟐，规格：５００ｍｌ×１２瓶/箱，保质期１８个月。
        同仁堂（北京大栅栏店）营业时间调整为 ８:３０—２１:００，节假日照常营业。
        订单 ２０２５１２０３１５４８２２７６３９ 已申请退款，金额 ￥𝟑𝟓𝟗.𝟎𝟎 将原路退回，预计１—３个工作日到账。
        〔收货人〕＿＿＿ 〔手机号〕１＿＿ ＿＿＿＿ ＿＿＿＿ 〔详细地址〕＿＿省＿＿市＿＿区 请完整填写后提交
    """),
    ("en", "unicode and security docs"): _lines("""
        NFKC maps 𝟏 (U+1D7CF MATHEMATICAL BOLD DIGIT ONE) and １ (U+FF11) to ASCII 1; NFC leaves both unchanged.
        Homoglyph attack: the link аpple.com in the phishing sample uses U+0430 CYRILLIC SMALL LETTER A, not Latin a.
        CVE-2021-42574 ("Trojan Source") abuses U+202E RIGHT-TO-LEFT OVERRIDE so that code renders differently from how it compiles.
        Strip U+200B, U+200C and U+2060 before tokenising, but keep U+200D inside emoji sequences such as 👨\u200d👩\u200d👧.
        Rendering test: the string \u2067abc 123\u2069 should display as an isolated RTL run (UAX #9, isolates).
        To redact phone numbers robustly: NFKC-normalise, drop all Cf characters, collapse spaces, then run the country patterns.
        Release v２．１４．０, sha256 𝟿𝚏𝟺𝚌𝟶𝟸𝚎𝟾𝚊𝟷𝟽𝚋𝟻𝟹𝟶𝟿𝚌𝟼𝚍𝟺𝟾𝚎𝟷𝚊𝟶𝚏𝟽𝟸𝟿𝟹𝚋𝟻𝚌𝟾…
        Docs placeholder: name = "Ｊａｎｅ\u3000Ｄｏｅ", email = "jane.doe@example.com", phone = "+65 0000 0000".
        2025-12-03T08:14:27.913Z request-id 𝟳𝗳𝟮𝗮𝟵𝗰𝟰𝗲 latency 𝟭𝟰𝟮 ms status 200
        In Python '²'.isdigit() and '①'.isdigit() are both True, yet int('²') raises ValueError.
        Unicode 15.1 has 1,114,112 code points, of which 149,813 are assigned graphic, format or control characters.
        'café' is 5 bytes in NFC UTF-8 but 6 bytes in NFD, where é is e followed by U+0301.
        DLP rule 14 flags mixed-script words, e.g. Ρаypаl with Greek Rho and Cyrillic a; samples in spoof_samples_v3.csv.
        Ticket INC-0048213: emoji ZWJ sequences break column-width calculation in the CSV exporter (v3.2.0–v3.2.4).
    """),
    ("zh-Hant", "港台公告"): _lines("""
        行政長官李家超今日出席立法會行政長官答問會，回應議員有關房屋供應的提問。
        香港特別行政區政府總部位於金鐘添馬添美道２號；一般查詢請致電１８２３。
        臺北市立聯合醫院中興院區：臺北市大同區鄭州路１４５號，總機（０２）２５５２-３２３４。
        中山紀念公園開放時間：上午６時至晚上１１時，寵物須以狗帶牽引。
        ⑴ 請攜帶身份證明文件正本 ⑵ 填妥表格 ID(E) 999 ⑶ 依預約時間準時到達
        訂單編號：ＨＫ２５１２０３００８７１４，預計３至５個工作天送達，如有查詢請於Ａｐｐ內聯絡客服。
        逸夫書院以邵逸夫爵士命名，於１９８６年成立，為香港中文大學第四所書院。
        颱風「山竹」襲港期間天文台發出十號颶風信號，多區錄得超過每小時２００公里的陣風。
        台灣高鐵 ０６５７ 車次 台北 ➜ 左營，１２:２１ 開車，全車對號座。
        國父孫中山先生誕辰紀念日為１１月１２日，當日各地舉行紀念活動。
    """),
    ("ms", "nota sains dan matematik"): _lines("""
        Persamaan kimia: 2H₂ + O₂ → 2H₂O. Nisbah mol hidrogen kepada oksigen ialah 2 : 1.
        Langkah ①: kembangkan (x + 3)²; langkah ②: kumpulkan sebutan serupa; langkah ③: selesaikan persamaan.
        Luas bulatan = πj², dengan j ialah jejari. Jika j = 𝟕 cm, luas ≈ 𝟏𝟓𝟒 cm².
        Garam biasa NaCl larut dalam air, manakala kalsium karbonat CaCO₃ tidak larut.
        Ibnu Sina (980–1037) menulis Al-Qanun fi al-Tibb, rujukan perubatan utama selama berabad-abad.
        Jadual SPM: Matematik Kertas 1, 𝟖.𝟎𝟎 pagi, Dewan Utama. Bawa kalkulator saintifik yang diluluskan.
        Set nombor nyata ℝ merangkumi nombor nisbah ℚ dan nombor tak nisbah seperti √2 dan π.
        Isotop karbon-14 (¹⁴C) digunakan untuk menentukan usia fosil; separuh hayatnya kira-kira 5,730 tahun.
        Kerja rumah: Buku Teks m/s 𝟒𝟓, soalan ⑴ hingga ⑹, hantar sebelum hari Jumaat ya.
        Hukum Ohm: V = IR. Jika I = 𝟐 A dan R = 𝟔 Ω, maka V = 𝟏𝟐 V.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Selling my IKEA Kivik sofa, self-collect Tampines St 81. WhatsApp ➈➀➇➃ ➁➆➂➅ ask for Darren
        Contact: 𝕁𝕖𝕤𝕤𝕚𝕔𝕒 𝕋𝕒𝕟, 𝟴𝟲𝟮𝟳 𝟬𝟰𝟭𝟯, jеssicа.tаn.wl@gmаil.com. Reply only if serious pls
        Pls send the payslip to my personal mail \u202emoc.kooltuo@88gnaw.nivek\u202c not the office one. Thx, Kevin Wang (Ops)
        Tenant: Muhammad Faizal bin Osman, NRIC S7712\u200b056D, moving into Blk 208 Jurong East St 21 #11-342 on 1 Jan.
        Prayers for my colleague Rаchеl Quеk, back in NUH ward 47 for chemo after her lymphoma relapsed 🙏
        Applicant: CHAN Tsz Ching 陳子晴, HKID Ｋ３８５０２７(７), DOB ０３/０９/１９９１, Flat 12B, Block 3, Lok Fu Estate, Kowloon.
        if u find my dog Mochi pls text ⁺⁸⁵² ⁹⁴⁷⁵ ²⁰⁸⁶, Candice Leung, Tai Koo Shing 🐶
        Card 𝟒𝟓𝟖𝟏 𝟐𝟑𝟎𝟒 𝟏𝟓𝟖𝟐 𝟎𝟔𝟏𝟒 exp 𝟎𝟖/𝟐𝟖, cardholder Aaron Lim Wei Jie. Pls charge the deposit to this.
        ᴘʀɪᴠᴀᴛᴇ: Priya Nair's offer is S$𝟏𝟏,𝟐𝟎𝟎/month + 𝟐 months AWS, start 𝟐 𝐌𝐚𝐫. Don't forward.
        my neighbour Ｄｅｒｅｋ\u3000Ｏｎｇ\u3000Ｋａｉ\u3000Ｍｉｎｇ (34, same floor as us) pleaded guilty to drink-driving yesterday and got fined $4,500
        Passenger: T̲A̲N̲ M̲E̲I̲ L̲I̲N̲G̲, passport K2746031N, DOB 14 FEB 1988, seat 32A, meal: vegetarian
        Νοah Κοh (nοah.kοh@hοtmail.cοm) still owes me $380 for the Bali trip, pls remind him
        Deliver to 17 Lorong 3 Geylang #03-02, recipient Ms Lee Siew Hoon, 9\u200d7\u200d0\u200d2 5\u200d5\u200d1\u200d8
        Hi it's Adam Rizal, my new number is 016\xa0729\xa00348, the old one got lost with my phone
        IC 𝟠𝟡𝟘𝟜𝟙𝟚-𝟙𝟜-𝟝𝟝𝟚𝟟 belongs to my brother Hafiz Roslan, he needs it for the PTPTN form
        Staff note: 𝗕𝗲𝗻𝗷𝗮𝗺𝗶𝗻 𝗧𝗲𝗼𝗵 (P5 Amber) has type 1 diabetes; his insulin pen is in the office fridge.
        Emergency contact for Mdm Goh Ah Lian (dementia, bed 𝟏𝟐): son Raymond Goh, +６５ ８７３６ ２０４９
    """),
    "zh-Hans": _lines("""
        出闲置iPhone15，同城面交，加薇❤ ①⑤⑧②⓪④⑦①③⑨⑥ 备注闲鱼，王先生
        收件人：刘婷婷，手机 𝟏𝟑𝟗𝟏𝟕𝟐𝟔𝟒𝟎𝟖𝟓，地址：上海市浦东新区张杨路１５８８弄２号楼１２０３室
        身份证号 ４４０３０４１９８８０７１６５２１０（张嘉豪），办理入职用，请勿外传
        我老婆的身份证 3101\u200b1519\u200b9302\u200b2840\u200b23，帮她订下周六去成都的机票
        有事打我电话 ¹⁸⁶⁷⁵⁰³²¹⁹⁴，我是3栋2单元的周晓东
        工资卡：建设银行 𝟔𝟐𝟏𝟕 𝟎𝟎𝟗𝟖 𝟓𝟐𝟕𝟕 𝟐𝟎𝟎𝟐 𝟗𝟗𝟑，户名：陈立军，开户行：长沙芙蓉支行
        我们小区５号楼的李\u200d秀\u200d英阿姨上周查出乳腺癌二期，下周一在省肿瘤医院手术
        微信号：ｚｈａｏｙｕ＿１９９４０５１２，加的时候备注一下你是谁，我是赵宇
        粤Ｂ·７Ｋ２９Ｑ 的车主黄伟明，在我们车位停了三天了，电话 １３７６０２８４５１９
        薪资确认：孙悦 ２０２５年１１月实发 ¥𝟐𝟖,𝟔𝟒𝟎.𝟓𝟎，公积金个人缴存 ¥𝟐,𝟒𝟎𝟎.𝟎𝟎
        （２０２５）沪０１１５民初１２３４５号 原告胡建国诉被告马丽离婚纠纷一案，双方育有一子胡天乐（８岁）
        联系我：\u202e5643-1280-771\u202c 小吴（吴佳琪）
        快递单：收件人 马*涛，电话 199****0376，地址 武汉市武昌区积玉桥万达公馆３栋２单元１８０２
        护照号 𝙴𝟼𝟷𝟾𝟸𝟹𝟺𝟶𝟽，姓名 LIU JIANHUA / 刘建华，签证面签时间１２月１８日上午
        我的邮箱是 ｃｈｅｎｓｉｙｕ＿９１＠１６３．ｃｏｍ，简历发这里就行，陈思雨
        吴\xa0涛（财务部）的体检报告：HIV抗体阳性，已通知本人，请大家不要在群里讨论
        护士站交接：𝟑𝟐床 郑国强，男，67岁，肝硬化失代偿期，家属（女儿）电话 𝟏𝟓𝟎𝟎𝟏𝟖𝟑𝟕𝟐𝟔𝟒
    """),
    "ms": _lines("""
        Jual Myvi 2019, boleh nego. WS 𝟎𝟏𝟐-𝟑𝟖𝟒 𝟕𝟕𝟏𝟎 (Encik Zulkifli), Seksyen 7 Shah Alam.
        No. K/P adik saya: 𝟗𝟓𝟎𝟕𝟐𝟑-𝟏𝟎-𝟔𝟐𝟖𝟒, nama Nur Aina binti Kamal, tolong isikan borang biasiswa.
        Alamat rumah Makcik Rohani: No. ２３, Jalan Melur ５, Taman Melawati, ５３１００ Kuala Lumpur
        Emel Siti Aishаh utk urusan pinjaman: sitiаishаh.rаzаk@yаhoo.com
        Nombor abang Faris: 0\u200b1\u200b9\u200b-\u200b5\u200b5\u200b2 6\u200b1\u200b8\u200b3, dia yang uruskan katering kenduri nanti.
        Cikgu, anak saya 𝐀𝐡𝐦𝐚𝐝 𝐃𝐚𝐧𝐢𝐬𝐡 (5 Bestari) ada asma teruk, tolong jangan masukkan dia dalam larian merentas desa.
        Bayaran sewa masuk akaun Maybank ⑤⑥④⑧②⑨③①⑦⑥⓪④ atas nama Lim Boon Keat ya.
        Kad kredit 𝟓𝟒𝟏𝟐 𝟕𝟓𝟖𝟗 𝟎𝟒𝟒𝟏 𝟓𝟓𝟔𝟑 luput 𝟎𝟑/𝟐𝟕, CVV 𝟒𝟏𝟖, pemegang Tan Siew Ling.
        Kereta ＷＶＸ\u3000４８２１ milik Encik Rajesh a/l Muthu selalu parking depan pagar rumah no. 14 kami.
        Gaji bersih Puan Noraini bt Hassan (Kerani Gred N19) bulan ini RM𝟐,𝟖𝟒𝟑.𝟔𝟎 selepas potongan KWSP dan PTPTN.
    """),
    "zh-Hant": _lines("""
        聯絡人：陳嘉欣小姐，手提 ⑥①⑧⑦ ③④⓪②，住址：九龍黃大仙竹園北邨蓮園樓１２樓０８室
        身分證字號 Ｆ２２８７３０４１０，林怡君，新北市板橋區文化路一段２５號７樓之３
        HKID 𝐘𝟔𝟏𝟒𝟑𝟖𝟐(𝟎)，持有人黃志偉先生，請核對後再提交申請。
        阿嫲（張月娥）上個禮拜喺伊利沙伯醫院確診柏金遜症，啲藥好貴
        LINE ID：ѕhеng_уu0830（許勝宇），有問題直接私訊我
        H1165\u200b02871 是我哥吳承翰的身分證字號，幫他報名太魯閣馬拉松
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a property agency in Singapore."),
        ("user", "can u help me tidy this tenant info into a table"),
        ("assistant", "Sure, paste the details and I'll format them."),
        ("user", "𝐍𝐚𝐦𝐞: 𝐒𝐡𝐚𝐫𝐨𝐧 𝐂𝐡𝐞𝐚𝐡 𝐘𝐢𝐧𝐠 𝐘𝐢𝐧𝐠"),
        ("user", "𝐅𝐈𝐍: 𝐆𝟓𝟐𝟒𝟎𝟕𝟏𝟑𝐖 | 𝐌𝐨𝐛: 𝟵𝟯𝟭𝟭 𝟳𝟬𝟲𝟱"),
        ("user", "lease starts 15 jan, unit is 88 Tanjong Rhu Rd #14-07"),
    ],
    [
        ("user", "帮我把这串转成正常数字：①③⑤⓪⑦④①⑧⑧②⑨"),
        ("assistant", "转换后是 13507418829。"),
        ("user", "谢谢，这是我表哥方志鹏的号码，他在昆明做二手车"),
    ],
    [
        ("user", "Tolong semak emel ni betul tak, saya nak hantar dokumen"),
        ("user", "nurulhudа.rаhmаn@gmаil.com"),
        (
            "assistant",
            "Alamat itu kelihatan mengandungi huruf Cyrillic 'а'. Sila taip semula dengan huruf Latin.",
        ),
        ("user", "Ok. Dokumen tu untuk Nurul Huda binti Rahman, K/P ７７０２０８-０１-５８４６"),
    ],
    [
        ("user", "why does this email show backwards when I paste it?"),
        ("user", "Lorraine Phua \u202egs.moc.tengnis@auhp.eniarrol\u202c"),
        (
            "assistant",
            "The text contains a U+202E right-to-left override, so the characters after it are displayed in reverse order.",
        ),
        ("user", "ah ok, she's my tenant, I copied it from her lease"),
    ],
    [
        ("system", "你是一間香港診所的預約助手。"),
        ("user", "想約下星期三睇王醫生"),
        ("assistant", "好的，請提供病人姓名及身份證號碼。"),
        ("user", "身份證 Ｒ２０９４７１(０)"),
        ("user", "名叫何\u200b美\u200b玲，係我媽媽，佢有高血壓同糖尿病"),
    ],
    [
        ("system", "𝓒𝓾𝓼𝓽𝓸𝓶𝓮𝓻 𝓻𝓮𝓬𝓸𝓻𝓭 loaded for this session."),
        (
            "system",
            "𝐍𝐚𝐦𝐞: 𝕄𝕒𝕣𝕔𝕦𝕤 𝕐𝕖𝕠 𝕁𝕦𝕟 ℍ𝕒𝕠 | 𝐂𝐚𝐫𝐝: •••• 𝟎𝟎𝟓𝟖 | 𝐀𝐝𝐝𝐫𝐞𝐬𝐬: Blk 328 Sembawang Crescent #07-219, S750328",
        ),
        ("user", "I want to cancel my gym membership"),
        ("assistant", "I can help with that, Marcus. Your contract ends on 31 March."),
    ],
    [
        ("user", "我爸最近老是咳嗽，还咯血"),
        ("assistant", "咯血需要尽快就医，建议去呼吸科做胸部CT。"),
        ("user", "已经做了，报告上写的是：姓名 欧\u200b阳\u200b振\u200b华，右肺上叶占位，考虑肺癌"),
        ("user", "身份证 ₃₅₀₂₀₃₁₉₉₁₀₈₁₂₆₄₇₅ 是我的，可以用我的医保给他买药吗"),
    ],
    [
        ("user", "Boleh tolong tulis mesej untuk kurier?"),
        ("assistant", "Boleh, apa maklumat penghantaran?"),
        (
            "user",
            "Penerima Chong Mei Fong, Ｎｏ. ８, Ｌｏｒｏｎｇ Ｂｕｋｉｔ Ｒａｊａ ３/２, Ｔａｍａｎ Ｂｕｋｉｔ Ｒａｊａ, ４１１５０ Ｋｌａｎｇ",
        ),
        ("user", "tel 017\u202f603\u202f4921, rumah teres warna hijau"),
    ],
    [
        ("user", "幫我整理報名資料"),
        ("user", "姓名：蔡宜蓁\u3000LINE：yichеn.tsаi"),
        ("user", "身分證：H¹¹⁶⁵⁰²⁸⁷¹？不對，那是我弟的，我的是 Ａ２𝟑𝟓𝟗𝟏𝟒𝟎𝟐𝟗"),
        ("assistant", "好的，已記錄。"),
    ],
    [
        ("user", "Our spoof filter missed this CSV row, can you see why?"),
        (
            "user",
            "ΕLΕNΑ МАRКОVА,еlеnа.mаrkоvа@prоtоn.mе,+65 9\u20608\u20601\u20600 4\u20604\u20607\u20606,Ｆ３３１８２０４Ｗ",
        ),
        (
            "assistant",
            "The name and e-mail mix Greek and Cyrillic letters, the phone has word joiners and the FIN is in full-width characters.",
        ),
        ("user", "right, Elena is one of our members, I'll fix her record by hand"),
    ],
]
