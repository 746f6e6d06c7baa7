"""Blind check set "evade": identifiers written in disguise (digits as words in Chinese,
English and Malay, full-width, circled, keycap, superscript and subscript, Arabic-Indic
and Devanagari digits, separators, zero-width characters and soft hyphens, look-alike
letters, spelled-out e-mail addresses, numbers split across chat turns) and, as hard
negatives, harmless text with the same shapes (maths, poems, lottery draws, scores,
dates, prices, formulas, versions, hashes, business hotlines, placeholder ids in docs,
keycap ratings).

Written blind on 2026-12-03 and measured once with
python -P -m residency.corpus.handwritten --blind-evade.

First sight: leaked 7/99 personal, held 6/111 clean.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "math"): _lines("""
        一三八加四等于多少？请写出竖式。
        计算：壹佰叁拾捌乘以贰拾等于多少？用大写写出结果。
        把１３８６５４２３除以７，商是多少，余数是多少？
        圆周率前十一位是三点一四一五九二六五三五八，你能背到第几位？
        二的十次方是一〇二四，二的二十次方是一〇四八五七六。
        等差数列 3, 8, 13, 18, 23 的第一百三十八项是多少？
    """),
    ("zh-Hans", "literature"): _lines("""
        一去二三里，烟村四五家，亭台六七座，八九十枝花。
        《水浒传》一百单八将，三十六天罡加七十二地煞。
        第一百二十回　甄士隐详说太虚情　贾雨村归结红楼梦
        白发三千丈，缘愁似个长。不知明镜里，何处得秋霜。
        他数了数，一、二、三、四、五、六、七、八、九、十、十一，整整十一级台阶。
    """),
    ("zh-Hans", "numbers"): _lines("""
        双色球第2026138期开奖：红球 03 08 12 19 25 31，蓝球 07。
        大乐透开奖号码：〇五 一一 一九 二七 三三 + 〇二 〇九，一等奖两注。
        终场比分一百零八比九十六，主队豪取十一连胜。
        男子一百米决赛成绩：九秒八七、九秒九一、十秒〇二。
        会议定于二〇二六年十二月三日下午三点半在三楼会议室召开。
        时间戳：２０２６－１２－０３　１４：５９：５９，日志级别 INFO。
        一九九八年二月十二日，农历正月十六，天气晴，北风三级。
        这款手机售价三千九百九十九元，以旧换新再减五百。
        合计：¥１３８．００，优惠１０．００，实付１２８．００。
        本市常住人口一千三百八十六万五千四百二十三人。
    """),
    ("zh-Hans", "technical"): _lines("""
        葡萄糖的分子式是C₆H₁₂O₆，相对分子质量约一百八十。
        硫酸铜晶体 CuSO₄·5H₂O 加热后失去结晶水变成白色粉末。
        版本号 v13.8.2 修复了登录问题，构建号 20261203.1。
        提交哈希 9f3a1c2e7b8d4056 已合并到主分支，请重新拉取。
        单元测试里 mock 的手机号统一用 13800138000，不要写真实号码。
        手机号格式说明：1 开头，共十一位，例如 1XX XXXX XXXX。
        型号 KX-T7730，序列号前缀 SN2026，整机保修三年。
    """),
    ("zh-Hans", "business"): _lines("""
        客服热线：４００－８２０－１２３４，工作日九点至十八点。
        【鲜果速递】订购热线 四〇〇 一六八 八八六六，满九十九包邮！
        投诉建议请发送至 service[at]example.cn，我们将在三个工作日内回复。
        官方邮箱 hr＠example-tech。com 只接收简历，不接受电话咨询。
        今天打卡第1\ufe0f\u20e33\ufe0f\u20e38\ufe0f\u20e3天💪 体重掉了5\ufe0f\u20e3斤🎉
        评分：⭐⭐⭐⭐ 4\ufe0f\u20e3/5\ufe0f\u20e3 菜品不错，服务一般，人均八十八。
    """),
    ("zh-Hant", "literature"): _lines("""
        唐詩三百首裡第一百三十八首是哪一首？
        一年好景君須記，最是橙黃橘綠時。
        第三屆金馬獎於一九六五年十月三十日舉行。
        農曆十二月初八是臘八節，家家戶戶喝臘八粥。
    """),
    ("zh-Hant", "numbers"): _lines("""
        香港賽馬第三場：頭馬八號、二馬十二號、三馬一號。
        六合彩攪珠結果：03、11、19、27、38、44，特別號碼 08。
        佢哋今晚三比一贏咗，球隊連續九場不敗。
        呢部機售價港幣四千三百九十九蚊，信用卡可以分十二期。
        今日氣溫攝氏十八至二十三度，相對濕度百分之八十五。
        台積電今日收盤一千零三十五元，成交量三萬八千張。
        今期威力彩頭獎號碼：〇八、一三、二二、二九、三五、三八。
        臺北捷運板南線共二十三站，末班車十二點發車。
    """),
    ("zh-Hant", "technical"): _lines("""
        身分證字號欄位格式：一個英文字母加九位數字，例如 A123456789。
        香港身份證號碼格式示例：A123456(3)，括號內為校驗碼。
        統一編號範例：12345678（本欄位為公司統編，非個人資料）。
        版本 ５．１３．０ 已上架，修正了閃退問題。
        化學式 Ca(OH)₂ 是氫氧化鈣，俗稱熟石灰。
    """),
    ("zh-Hant", "business"): _lines("""
        客服專線 0800-000-123（免付費），服務時間上午九時至下午六時。
        查詢請電郵 enquiry[at]example-museum.hk，本館不設電話預約。
        ⭐評分 4\ufe0f\u20e3.5\ufe0f\u20e3 分，共 1\ufe0f\u20e32\ufe0f\u20e38\ufe0f\u20e3 則評論，推薦指數滿分。
        全港分店熱線：二八九三 八八八八，歡迎致電訂枱。
    """),
    ("en", "math"): _lines("""
        What is one three eight plus forty-two? Show your working.
        Pi to ten decimal places is three point one four one five nine two six five three five.
        Two to the power of thirty is one billion seventy-three million seven hundred forty-one thousand eight hundred twenty-four.
        Population of the town: one hundred thirty-eight thousand, two hundred and twelve.
        Convert ⁹⁸⁶⁵ from base ten into binary and write the exponent in superscript.
    """),
    ("en", "literature"): _lines("""
        Psalm 119:105 says thy word is a lamp unto my feet.
        John 3:16 and Romans 8:28 are the verses we memorised this week.
        Chapter Thirteen: Eighty-Eight Keys and Nine Lives
        Ten green bottles hanging on the wall, nine green bottles, eight green bottles...
    """),
    ("en", "numbers"): _lines("""
        4D results: first prize 8 1 3 6, second prize 0 2 9 7, third prize 5 5 1 4.
        Final score: one hundred and eight to ninety-six after double overtime.
        Marathon splits: 1:02:38, 2:05:44, finished in 2:58:13.
        The train departs at fourteen twenty-five from platform nine.
        Promo code SAVE2026 gives 15% off orders above $80.
        Room 1\ufe0f\u20e30\ufe0f\u20e31\ufe0f\u20e3 booked for 3\ufe0f\u20e3 nights 🎉 rated 5\ufe0f\u20e3⭐
    """),
    ("en", "technical"): _lines("""
        Version 2.13.8-rc.1 was tagged at 2026-12-03T14:59:59Z.
        sha256: 3f7a9c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a
        Water is H₂O, and table sugar is C₁₂H₂₂O₁₁.
        NRIC format: one letter, seven digits, one checksum letter, e.g. S1234567D.
        In the unit test: assert mask('91234567') == '9123****'  # dummy value
        Serial no. ＡＢ－２０２６－００１３８, full-width digits copied from a Japanese manual.
        Example e-mail for the sign-up form: name@example.com (replace with your own).
        Model XPS 9320, firmware 1.18.0, BIOS dated 2026/11/30.
        The regex [0-9]{3}[-.\u2009]?[0-9]{4} matches numbers split by dots, dashes or thin spaces.
    """),
    ("en", "business"): _lines("""
        Call our hotline at 1800 two two five five for billing questions, Mon-Fri 9am-6pm.
        For help, email support[at]acmecloud.com or open a ticket in the portal.
        Bright Labs Pte Ltd, office line +65 6123 4567, sales enquiries to sales (at) brightlabs (dot) sg.
        Press one for English, two for Mandarin, three for Malay, or zero for an operator.
        Text STOP to seven two seven two seven to unsubscribe from our promotions.
    """),
    ("ms", "numbers"): _lines("""
        Berapakah satu tiga lapan tambah empat puluh dua?
        Keputusan Magnum 4D hari ini: pertama 7 3 0 9, kedua 2 4 4 1, ketiga 6 0 8 5.
        Harimau Malaya menang dua kosong, jaringan pada minit ke-38 dan ke-71.
        Harga promosi RM1,399 sahaja, jimat RM200!
        Mesyuarat pada tiga Disember dua ribu dua puluh enam, pukul sepuluh pagi.
        Jumlah pelajar tahun ini: seribu tiga ratus lapan puluh orang.
        Surah Al-Baqarah ayat 255 dikenali sebagai Ayat Kursi.
        Satu dua tiga empat, lima enam tujuh lapan, sembilan sepuluh, mari kita menyanyi!
    """),
    ("ms", "business"): _lines("""
        Talian khidmat pelanggan 1-300-88-1234, dibuka setiap hari.
        Sila e-mel pertanyaan ke bantuan[at]kedaibuku.com.my.
        Format nombor MyKad: YYMMDD-PB-###G, contohnya 900101-14-5678 (contoh sahaja).
        Formula kimia garam biasa ialah NaCl dan asid sulfurik H₂SO₄.
        Versi aplikasi 4.12.7 sudah boleh dimuat turun.
        Penilaian ⭐ 4\ufe0f\u20e3/5\ufe0f\u20e3, makanan sedap, tempat bersih 👍
        Kod produk MX-2026-0138, warna hitam, saiz L.
    """),
    ("mixed", "chat"): _lines("""
        今天 scrum 的 ticket 是 JIRA-1386，due date 十二月五号。
        lah this one RM一百三十八 only, very cheap 啦
        Order #２０２６１２０３０１３８ 已发货，tracking 稍后更新
        呢個 promo code 係 XMAS2026，打九折 ok 嘛
        Meeting 改到 3 点，room 一〇八，bring laptop
        CPU 温度 78°C，fan speed 2400 rpm，正常范围
        比分 3：1，MU win lah!
        Grab 司机 rating 4\ufe0f\u20e3.9\ufe0f\u20e3 ⭐ 超好
        请参考 RFC 5322 第 3.4.1 节关于 addr-spec 的定义
        git commit a3f9c1e 修复了 bug，version bump 到 v2.0.1
        Customer service 热线 1800-88-8888 是公司的，not personal number ok
        Kita jumpa kat 三楼 pukul dua setengah，jangan lambat ya
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我手机号一三九〇二四四四一八五，有事直接打给我，我叫陈晓峰。
        加我微信就是手机号：幺八九 两四四九 四四五四，备注你是哪个群的。
        王丽娟的身份证号码是壹伍零叁贰壹壹玖玖捌零贰壹贰陆柒贰肆，帮她把报名表填一下。
        收件人：赵建国，电话１８７１１０３９６７２，地址：杭州市西湖区文三路二百八十八号五栋。
        我的号码 ①③⑦②⓪⑨②⑤③⑤④ 别外传哈
        联系我：1\ufe0f\u20e33\ufe0f\u20e37\ufe0f\u20e35\ufe0f\u20e31\ufe0f\u20e37\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e39\ufe0f\u20e30\ufe0f\u20e38\ufe0f\u20e3 刘思远
        刘海燕 电话 166\u200b9802\u200b0176 下午三点后方便
        退款请打给我 1.5.8.7.3.7.4.8.3.4.7 我姓孙
        快递员电话打不通，换这个：l385657O9l9（张伟收）
        号码是152开头，中间3279，最后1687，找周小琴。
        身份证：1 3 0 6 1 6 1 9 9 0 1 2 2 1 2 3 5 5，姓名韩梅，请核对。
        学员林佳怡 身份证号 350203\u00ad20010114\u00ad2208
        打款到我卡上：六二八三 一二〇八 二二五三 四三三六，户名吴志强。
        工资卡号6225_5399_0198_7027 开户行建行，户主何敏
        加我QQ：二四八五三九二九三五，昵称小鱼儿，我是邓佳。
        简历发我邮箱 chenxf1988 at 163 dot com，谢谢（陈晓峰）
        我的邮箱是 liyanan_91＠126。com 有问题发邮件
        发票寄到 zhoujq[at]qq(dot)com，抬头写周建强个人
        家长手机 182/5391/0921 孩子叫马一鸣，三年级二班
        身份证四二一零零三二零零四零七二五四八二五，姓名许文静
        麻烦给我回个电话 186，4589，2546，我是杨帆的妈妈
        我表哥手机₁₆₆₂₀₅₁₅₂₅₇，你找他买二手车
        卡号：六二九五 两四四九 七九〇幺 九〇七七，持卡人唐晓东
        QQ号 1918271249 后面加艾特 qq 点 com 就是我邮箱，我叫罗娜
        老公手机 ¹⁹¹⁰⁰²⁹⁷¹⁴⁴ 送货前打他
        身份证 34060720000706123九 快递实名用，收件人沈浩
        银行卡 6258－6303－7265－9789，户名：梁静（农行）
    """),
    "zh-Hant": _lines("""
        我的身分證字號是 A二九三〇九八二〇八，請幫我填報名表，我叫林怡君。
        身分證：Ｖ１２５９３５４６９ 姓名：黃志明
        手機零九八一 七八八 三三九，找陳雅婷就可以了
        有問題打給我 ⓪⑨⑦⑧③⑦⓪⑨⓪⑨ 王小姐
        t 131 889 074 這是我身分證號碼，拜託幫我保密，陳冠宇
        蔡宗翰 手機 0937.266.517 下班後再聯絡
        我個電話係九三一九 零八五三，搵阿芬就得啦
        我身份證號碼係 L 三一一四三二 括號八，幫我填吓張表，我叫何美玲
        陳家明嘅身份證 \u041d310532(8)，麻煩幫佢登記
        WhatsApp 我 9\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e36\ufe0f\u20e3 1\ufe0f\u20e38\ufe0f\u20e39\ufe0f\u20e32\ufe0f\u20e3 李太
        聯絡人：周嘉欣 5500_3654，平日晚上先得閒
        張志偉 身份證 G234837\u200b(2)
        電話前面是0982，後面197820，找吳佩珊
        信箱 yating0815 小老鼠 gmail 點 com，我是劉雅婷
        我email係 kaman.wong(at)yahoo.com.hk 搵黃嘉雯
        身分證 U壹伍參貳零玖玖捌貳，姓名鄭淑芬
        我新號碼 ⑼⑴⑸⑶⑻⑶⑵⑶ 阿Ken（梁家樂）
        身分證號碼 J二三九九一三〇二六，生日跟我說過，是許家豪
        我屋企地址係沙田第一城二十八座十樓F室，電話 ６５８４ １２１７，收件人鄧太
    """),
    "en": _lines("""
        Text me on nine one four four two one four eight, it's Darren, my old number is gone.
        My IC is S three two zero two three nine four J, can you update the form for me? - Melissa Tan
        email me: bryan.koh88 at gmail dot com
        contact: wei.ling[at]hotmail[dot]com (Lim Wei Ling)
        my number is 9 0 8 0 1 4 6 8 if anything comes up, ask for Priya
        Raj Kumar's NRIC for the insurance claim: T5985ll5I
        Patient: Goh Kai Wen, NRIC \u04050923212\u0415, allergic to penicillin
        send the receipts to jasmine\u200b.ong\u200b@\u200bgmail.com
        the mailto link he gave me: mailto:kenneth.yeo%40outlook.com
        my email is sarah.lim2004 - at - yahoo.com.sg, thanks!
        Call Zhang Lei in Shenzhen on one eight nine two two six zero zero five four five
        HKID is C nine zero zero one seven four, bracket one. Name: Chan Tai Man
        whatsapp me at zero one two, six six zero, eight four two six - Aisyah
        6255-7009-8788-5989 is my UnionPay card, name on card LIU MING
        my cell ⁸⁸⁵⁶⁰⁸⁷⁴ (Jun Hao)
        reach me at +٦٥ ٨٩٨٨ ٢٦٩٧, Farid
        her Taiwan ID is Z one two two zero one six two four six, name Chen Yu-ting
        QQ one seven seven two eight zero two six zero five, add me, I'm Xiaoyu
        my mobile is 9216 then 5673, ask for Hui Min
        Ravi's handphone: ८८८६ ९८१०
        Mr Wong's Chinese ID: 441021\u206019750615\u20607133
        My FIN is G six three three three three nine zero K - Arjun Mehta, Block 123 Tampines St 11 #05-67
    """),
    "ms": _lines("""
        Nombor saya kosong satu sembilan, lapan satu satu, tujuh empat tujuh sembilan. Cari Siti.
        IC saya lapan empat satu kosong satu empat, kosong dua, kosong kosong empat kosong, nama Nur Izzati
        No. IC: 56O9O2-O2-2816 (Ahmad Faizal)
        hantar resit ke nurul.huda at yahoo dot com dot my
        Telefon Encik Rahman: 017.888.5817
        IC：０６１２２８－１０－３０１６ nama Muhammad Hafiz
        Boleh WhatsApp saya ⓪①②⑥⑥⓪⑧④②⑥
        no fon kak Ros 0\ufe0f\u20e31\ufe0f\u20e38\ufe0f\u20e35\ufe0f\u20e34\ufe0f\u20e33\ufe0f\u20e38\ufe0f\u20e34\ufe0f\u20e31\ufe0f\u20e30\ufe0f\u20e3
        No kad pengenalan 700104\u200b-13\u200b-9001, nama Tan Ah Kow
        nombor dia 013 lepas tu 253 lepas tu 7486, nama Kavitha
        NRIC saya M dua sembilan tiga tujuh tujuh sembilan dua P, tolong isi borang
        emel saya aiman_zaki(at)gmail(dot)com
        MyKad abang saya 780805\u00ad09\u00ad8713, nama Mohd Razif
        sila hubungi Puan Zainab di 01 - 95 - 29 - 92 - 53
        Alamat: No. 12, Jalan Mawar 3, Taman Sri Muda, Shah Alam. Tel: ０１４－６０５ ２６３２ (Faridah)
        IC no dia 68O925-1O-7712, nama Lim Siew Ling, tinggal di Ipoh
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "我电话你记一下，前面是一三二"),
        ("assistant", "好的，请继续说后面的数字。"),
        ("user", "五七一二 三七一一，我叫黄志刚"),
    ],
    [
        ("user", "我的身分證前面是 W15"),
        ("assistant", "收到，後面呢？"),
        ("user", "4705066，幫我查一下訂單，我是蘇怡萱"),
    ],
    [
        ("user", "my email is kelvin.tan77"),
        ("assistant", "And the domain?"),
        ("user", "gmail dot com, the usual"),
    ],
    [
        ("user", "IC saya 710411"),
        ("assistant", "Baik, sambung."),
        ("user", "06 kemudian 5903, nama Rosnah binti Ali"),
    ],
    [
        ("user", "我身份證第一個字母係 T"),
        ("assistant", "好，之後呢？"),
        ("user", "三五一四六八"),
        ("assistant", "明白。"),
        ("user", "括號九"),
    ],
    [
        ("user", "打钱到这张卡：六二零七 二五三九"),
        ("assistant", "请继续。"),
        ("user", "五三八三 五一八一，户名孙丽"),
    ],
    [
        ("user", "加我扣扣：一五"),
        ("assistant", "嗯"),
        ("user", "三〇八四五〇四七七，我叫小敏"),
    ],
    [
        ("user", "身份证前六位 321817"),
        ("assistant", "收到。"),
        ("user", "中间 19700924"),
        ("assistant", "还有最后四位？"),
        ("user", "3120，名字周海峰"),
    ],
    [
        ("user", "Text me, the first part is nine four"),
        ("assistant", "Okay, go on."),
        ("user", "two one, then one one four eight. I'm Clara"),
    ],
    [
        ("user", "我個手機前四個字係 九八六八"),
        ("assistant", "好"),
        ("user", "後面 〇四九〇，搵陳生"),
    ],
    [
        ("user", "my email name part is ong.meiling"),
        ("assistant", "Which provider?"),
        ("user", "at singnet dot com dot sg"),
    ],
    [
        ("user", "手機號碼：０９２４"),
        ("assistant", "後面呢？"),
        ("user", "８９４　３７３，找林書豪"),
    ],
    [
        ("user", "nombor saya 0\ufe0f\u20e31\ufe0f\u20e38\ufe0f\u20e3"),
        ("assistant", "Lagi?"),
        (
            "user",
            "9\ufe0f\u20e38\ufe0f\u20e30\ufe0f\u20e3 2\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e38\ufe0f\u20e3 - Hafizah",
        ),
    ],
    [
        ("user", "NRIC: S4571"),
        ("assistant", "Continue please."),
        ("user", "440C, name Tan Boon Huat"),
    ],
    [
        ("user", "收件人许明，电话１８８"),
        ("assistant", "好的"),
        ("user", "2551"),
        ("assistant", "嗯"),
        ("user", "９８０６，地址上海市浦东新区张江路一百号"),
    ],
]
