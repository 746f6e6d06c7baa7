"""Blind check set ``blind-evade3``: evasion. Personal identifiers written in disguise by
people who want them to get past a filter (digits spelled in English, Malay, Mandarin,
Cantonese and Hokkien romanisation, mixed number systems, emoji or letters between digits,
repeated separators, "double eight" / 两个八, "name at gmail", fullwidth or bracketed @,
HTML entities, URL-encoding, spelled NRIC / HKID / 身分證 letters) or typed sloppily, in
single texts and across chat turns (labelled parts, corrected digits, split domains,
assistant read-backs); and, as hard negatives, harmless text with the same shapes (numbers
in words in stories and recipes, lucky numbers, scores, prices, versions, order numbers,
hotlines and support addresses of businesses, documentation examples, lottery draws).
All names and values are invented; identifiers come from ``residency.corpus.identifiers``.
Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade3"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "story"): _lines("""
        On the ninth of June, nine hundred and twelve lanterns floated down the river, one for every house in the village.
        The old sailor counted aloud, one, three, five, nine, two, and then lost his place because the gulls were screaming.
        She had lived at the end of the lane for eighty-seven years and had never once locked the door.
        Grandpa always said double eight was the luckiest number, so he married Grandma on the eighth of August.
        The robot beeped four times, paused, beeped twice more, and the whole class cheered.
        In the fairy tale the giant has three hundred and sixty-five keys, one for every day of the year.
        By chapter eleven the detective had crossed out six of the seven suspects on the blackboard.
        The dragon slept for a thousand and one nights and woke up hungry on the thousand and second.
        Our cat has nine lives and has used about seven of them jumping off the fridge.
    """),
    ("en", "recipe"): _lines("""
        Whisk two eggs with one hundred and fifty grams of sugar, then fold in two hundred grams of flour.
        Bake at one eight zero degrees for twenty-five to thirty minutes, turning the tray once halfway.
        Use three cups of water to one cup of rice, and let it rest for ten minutes with the lid on.
        Add a pinch of salt, two tablespoons of soy sauce and one teaspoon of sesame oil, in that order.
        Marinate the chicken for at least four hours, or overnight if you can wait that long.
        Step 1..2..3: rinse the beans, soak them, then simmer for forty-five minutes.
    """),
    ("en", "sports"): _lines("""
        Final score: one hundred and two to ninety-nine after double overtime.
        Liverpool won three nil, with two goals in the last nine minutes.
        He ran the hundred metres in nine point eight seven seconds, a new national record.
        The tennis match went to five sets: six four, three six, seven six, four six, nine seven.
        Our bowling team scored two eight nine in the last game, the best of the season.
        The marathon starts at five thirty a.m. and the cut-off is six hours and thirty minutes.
        Jersey number twenty-three retired tonight, twenty years after his debut.
    """),
    ("en", "shopping"): _lines("""
        The jacket was ninety-nine ninety, down from one hundred and forty-nine.
        Buy two get one free on all items priced at nine ninety-nine or less.
        Order number seven seven four two nine one was shipped this morning and should arrive Friday.
        Your tracking number is RB eight eight four one two zero three three six SG, see the courier site.
        The set costs 1,888 dollars, a lucky price the shop chose for Chinese New Year.
        Pay in three instalments of 333.30 each, no interest.
        Receipt no. 0045-2291-8830, keep it for returns within thirty days.
        Item SKU 9🔥1🔥2🔥3 is the flame-red kettle from the spring catalogue.
    """),
    ("en", "schedule"): _lines("""
        The meeting moved from two thirty to four fifteen, same room on level nine.
        Bus one nine zero leaves from stop number four at seven forty every weekday.
        Take train number G one two three four from Beijing South, departing at nine oh five.
        The clinic is open nine to five, Monday to Friday, and nine to one on Saturdays.
        Flight SQ two two one boards at gate B six at eleven fifty p.m.
        Sprint planning is on the twenty-first, retro on the twenty-eighth, both at ten.
        Route 961 runs every twelve minutes during peak hours and every twenty after eight.
    """),
    ("en", "tech"): _lines("""
        Upgrade to version three point eleven point four before running the migration script.
        Release v2..3..1 fixes the crash on startup; v2.3.0 should not be used.
        The test fixture uses the textbook sample NRIC S1234567D, which belongs to nobody.
        In the docs, the sample email is user (at) example (dot) com and must never be a real address.
        Set the port to eight zero eight zero and the timeout to thirty seconds.
        The error code is zero x eight zero zero seven zero zero zero five, which means access denied.
        Use the placeholder 000000-00-0000 for the IC field in screenshots.
        Write the @ sign as &#64; in the HTML template so the parser does not choke on it.
        Encode spaces as %20 and the at sign as %40 when building the query string.
        The API returns HTTP four two nine when you exceed one hundred requests per minute.
        Build number 20261203.4 passed all one thousand two hundred and six tests.
        Replace foo\uff20bar\uff0ecom in the fullwidth test string with ASCII before comparing.
    """),
    ("en", "math"): _lines("""
        Nine times nine is eighty-one, and eighty-one times nine is seven hundred and twenty-nine.
        The sum one plus two plus three up to one hundred is five thousand and fifty.
        Pi to ten places is three point one four one five nine two six five three five.
        Two to the power of thirty-two is four two nine four nine six seven two nine six.
        If x plus seven equals nineteen, then x equals twelve.
        The first primes are two, three, five, seven, eleven, thirteen, seventeen, nineteen.
    """),
    ("en", "lottery"): _lines("""
        Tonight's Toto draw: four, eleven, eighteen, twenty-three, thirty-six, forty-four, additional number nine.
        The 4D first prize was eight eight eight eight, and half the coffee shop had bought it.
        Mark Six results: 3 - 9 - 15 - 27 - 38 - 46, extra number 12.
        He plays triple six every week because it is his house number.
    """),
    ("en", "classroom"): _lines("""
        Turn to page one hundred and twelve, exercise four, questions one to nine.
        Please read pages twenty-three to thirty-one before Thursday.
        Count with me: one, two, three, four, five, six, seven, eight, nine, ten!
        Copy this down: chapter seven, section three, paragraph two.
        Room two oh four is for the exam; bring two pencils and an eraser.
    """),
    ("en", "business"): _lines("""
        For bookings call our hotline one eight zero zero, two two two, three three three three.
        Customer service: help (at) brightlamp (dot) com, replies within two working days.
        Email the front desk at reservations [at] harbourviewhotel [dot] sg for group rates.
        The taxi company number is six five five five, triple eight eight, printed on every cab.
        Our office is at Unit nine one two, Tower Two, open from nine to six.
        Send press enquiries to media&#64;orchidair.example, not to individual staff.
    """),
    ("en", "social"): _lines("""
        We got 🔟 likes in ➊ minute lol, new record for the bakery page.
        Day 1️⃣0️⃣0️⃣ of learning Mandarin and I can finally count to ninety-nine.
        Steps today: 1️⃣2️⃣,3️⃣4️⃣5️⃣ and my legs are done.
        The party is at eight, bring snacks, dress code is anything with the number nine on it.
        Happy 8️⃣8️⃣th birthday to the best grandma in the world!
    """),
    ("zh-Hans", "story"): _lines("""
        奶奶说八八是吉利数字，所以开店那天特意选了八月八号。
        他一口气数了一二三四五六七八九十，然后就睡着了。
        这本小说一共三百六十五页，我读到第一百二十八页就停了。
        比赛最后比分是九十八比九十五，主队险胜。
        红烧肉要用五百克五花肉、两勺冰糖和三片姜。
        今天双色球开奖号码是零三、零九、一五、二二、二七、三一，蓝球零八。
        请把课本翻到第六十六页，做第三题到第九题。
        G幺二三四次列车九点零五分从北京南站出发。
        客服热线：四零零八二零八八二零，工作日九点到十八点。
        示例身份证号 110101199003070000 仅用于文档演示，不是真实号码。
    """),
    ("zh-Hant", "story"): _lines("""
        阿嬤說六六大順，所以搬家選在六月六號。
        九巴一零四號線早上七點開出，每十二分鐘一班。
        今晚六合彩攪珠結果：三、九、十五、二十七、三十八、四十六，特別號碼十二。
        這款手機殼原價三百九十九，現在特價一百九十九。
        請翻到第八十八頁，抄寫第一段。
        訂單編號七七四二九一已經出貨，預計星期五送達。
        服務信箱 service (at) greenteahouse (dot) com.tw，歡迎來信詢問。
    """),
    ("ms", "story"): _lines("""
        Nenek kata nombor lapan lapan membawa tuah, jadi kedai dibuka pada lapan haribulan lapan.
        Masukkan dua cawan tepung, satu cawan gula dan tiga biji telur ke dalam mangkuk.
        Bas nombor satu sembilan kosong bertolak pada pukul tujuh empat puluh setiap pagi.
        Keputusan perlawanan: tiga kosong untuk Harimau Malaya.
        Sila buka muka surat empat puluh dua dan jawab soalan satu hingga sembilan.
        Talian bantuan syarikat: satu tiga kosong kosong, lapan lapan, lima lima lima lima.
    """),
    ("mixed", "chat"): _lines("""
        今晚 dinner 我哋 order 咗 three 個 pizza，每個九十九蚊。
        Bus 一九零 dah lambat lima minit, I tunggu kat stop number four.
        Score 三比一 lah, Arsenal menang, double happy.
        My lucky number is 八八 so I always choose seat 8A on the plane.
        Version 二点三点一 已经 release 咗，update la.
        记得带 two 个 eggs 同 一百五十 grams 的糖去 baking class。
        Lottery 今期 4D 头奖 eight eight eight eight，kopitiam 全部人都中。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Text me on one three five, nine two five eight, nine five four nine, that's my mainland number. Wei
        my email is darren.koh.wl at gmail dot com, don't put it on the group sheet
        Reach Priya at priya (dot) raman88 (at) outlook (dot) com for the flat keys.
        Mr Tan Kok Leong, NRIC S for Sugar, one zero four five three zero one, A for Apple.
        call 9🔥1🔥3🔥2🔥8🔥2🔥7🔥7 after 9pm, ask for Jolene
        Chan Siu Ming's HKID: W eight zero two three seven two, bracket A
        card number six two two nine . four four eight two . zero eight nine seven . one four seven six, Yvonne Lim, expiry next year
        whatsapp me on plus six five, eight seven seven six, nine one three two. Marcus
        My IC is seven six zero four zero two, oh nine, two nine six one. Farid bin Osman
        email: m.e.i.l.i.n.g.t.a.n@gmail.com (Mei Ling)
        Contact for the viewing: hsu.yating&#64;yahoo.com.tw
        send the CV to kelvin.lau%40hotmail.com please, thanks
        ping me, HK number is 9..8..5..6..3..5..1..1, name's Tommy Cheung
        Mobile: 1-5-9-6-8-6-5-5-8-6-5, ask for Ms Zhao Lan
        Lin Yu-ting's cell is oh nine double one, oh two oh, nine four five
        Chen Pei-shan, Taiwan ID F as in Frank, one five five nine two three four four seven
        IC 8️⃣1️⃣0️⃣9️⃣1️⃣7️⃣-0️⃣6️⃣-9️⃣9️⃣0️⃣5️⃣ for the insurance form, Nurul Huda
        reach me at jasonyeo.88\uff20gmail\uff0ecom, Jason
        email is lee_hui_min[@]yahoo[.]com.sg
        Phone 9\u200b1\u200b4\u200b7 8\u200b1\u200b5\u200b8 (Aaron Goh)
        card 6214x6650x8875x9567 belongs to Zhou Jie
        Guo Hong, ID five three one five one six, one nine seven zero oh nine two three, one five four eight
        my LINE id is chen.meiyu0412, add me before Friday
        hk mobile 966-21-236 ask for Sandy Ho
    """),
    "zh-Hans": _lines("""
        我手机一五三一四四六零二六三，张磊，有事打给我
        电话：幺五零七五九二三三七二，找王老师
        刘秀英的身份证号一三一二零一一九六七一二二九一七四五
        卡号6291 二九七三 1246 四七三三 443，户名陈志强
        邮箱是 liuyang_sh 艾特 163 点 com，杨柳收
        加我微信 zhaoxin 下划线 两个八，我叫赵欣
        黄晓东 手机：1️⃣8️⃣9️⃣9️⃣6️⃣7️⃣0️⃣8️⃣7️⃣5️⃣1️⃣
        孙丽 身份证前六位640325，出生1972年7月14日，后四位4752
        孙先生电话158五三三3一四七八
        银行卡 6 2 2 3 - 6 6 2 1 - 1 2 6 4 - 8 5 4 3 开户人吴芳
        何静的手机号 1\uff135九二五\uff189五4\uff19
    """),
    "zh-Hant": _lines("""
        林怡君 身分證字號：字母 R，一五七一零七一一九
        陳先生手機零九三六，七七三，三五三
        黃嘉欣 香港身份證 P 五九一六一四 括號七
        打俾我：九二七一 八零五八，阿明
        電郵：wongkahei 艾特 gmail 點 com，搵黃家希
        LINE ID：tsai_yiting0818，蔡宜庭，加我
        我電話係九零八一五七二七，搵 Kelvin 梁
        張家豪 身分證 D 一二七四二九八四三
        吳雅婷 手機 0️⃣9️⃣1️⃣7️⃣ 6️⃣2️⃣1️⃣ 4️⃣3️⃣7️⃣
        李志明 香港身份證K六二二五五零(零)
        信箱 chen_yuting \uff20 yahoo\uff0ecom\uff0etw，陳玉婷
    """),
    "ms": _lines("""
        Nombor IC saya lapan empat kosong tujuh kosong tiga, satu empat, satu satu sembilan tujuh. Siti Aminah
        Call saya kosong satu tiga, lapan lapan kosong, tiga enam dua kosong, Azlan
        WhatsApp Encik Hafiz: 0️⃣1️⃣2️⃣-9️⃣8️⃣5️⃣ 0️⃣6️⃣1️⃣0️⃣
        emel saya aiman.hakim at yahoo dot com, bukan gmail
        IC: 790104 - kosong tiga - 1098, nama Lim Siew Ling
        nombor telefon 017..575..0806, Puan Rohani
        no ic 920126 02 4581 utk borang, Ahmad Zaki
        Hantar resume ke nurul.izzah%40gmail.com ya
        Telefon Kak Ros kosong satu sembilan, tiga satu tujuh, lapan satu empat tujuh
        nombor Singapore saya lapan empat empat sembilan, tiga tiga enam kosong. Rahim
    """),
    "mixed": _lines("""
        my HK number 五四八九 seven zero seven one, 阿 Ken
        NRIC S 八六一八 zero 一七 J，Tan Wei Ming
        IC 870925 dash 零四 dash 6166, 叫 Chong Mei Fong
        email 我：ong.beng.huat 艾特 gmail dot com
        Taiwan phone 零九二六 000 七零五，找 Amy 林
        李娜身份证 411317 一九九四 1126 三七一三
        加我 WeChat：xiaoyu_kl 或者 call +60 一一 7272 三四零四
        TG: @ho_jun_jie 🙏 or phone 9️⃣2️⃣0️⃣9️⃣ 5️⃣5️⃣8️⃣8️⃣
        Ah Huat HP: peh chit chit lak, kau it sa ji
        call 我 luk luk yat yi, ling baat ling chat, 搵陳生
        Xiao Li de shouji: yao wu ling qi wu jiu er san san qi er
        Lam Ka Yan HKID 字母 B，069963 括號 eight
        my son Wei Jie's ic 051108-08-6229
        Tay Boon Keng's email t.b.k.e.n.g (at) singnet (dot) com (dot) sg
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "call me at one five nine one eight seven nine two seven four eight, I'm Zhou Min",
        ),
        ("assistant", "Got it, 15918792748?"),
        ("user", "no sorry, last digit is nine not eight"),
    ],
    [
        ("user", "can you update my contact email, name is Huang Jiaxin"),
        ("assistant", "Sure, what is the new address?"),
        ("user", "huang.jiaxin.92"),
        ("user", "at outlook"),
        ("user", "dot com"),
    ],
    [
        ("user", "NRIC starts with T for Tango"),
        ("assistant", "Okay, and the digits?"),
        ("user", "eight seven nine eight one one three"),
        ("user", "ends with J for Juliet. Name is Ong Li Hua"),
    ],
    [
        ("user", "帮我填一下表，我叫覃雪梅"),
        ("assistant", "好的，请提供身份证号。"),
        ("user", "前六位450805"),
        ("user", "出生日期1999年11月15日"),
        ("user", "后四位8045"),
    ],
    [
        ("user", "我係梁國華，身份證頭個字母係 N"),
        ("assistant", "好，跟住啲數字呢？"),
        ("user", "零六八九七三"),
        ("user", "括號入面係二"),
    ],
    [
        ("user", "身分證第一個字母是 E，我叫許雅雯"),
        ("assistant", "請繼續提供後面的數字。"),
        ("user", "二七九二七零四九九"),
        ("assistant", "確認一下：E279270499，對嗎？"),
        ("user", "對"),
    ],
    [
        ("user", "退款打到我卡上，户名邓涛"),
        ("user", "卡号前四位 6271"),
        ("user", "中间 1390 4532"),
        ("user", "最后 5433"),
    ],
    [
        ("user", "Saya nak daftar, nama Mohd Faizal bin Rahman"),
        ("assistant", "Boleh beri nombor IC?"),
        ("user", "IC saya 700802"),
        ("user", "kod negeri sepuluh"),
        ("user", "last four 9678"),
    ],
    [
        ("user", "office line is six two five three, four five zero six"),
        ("user", "sorry typo, last digit is eight. ask for Mdm Koh Swee Lan"),
    ],
    [
        ("user", "can't share my number, just tele me"),
        ("assistant", "What's your Telegram handle?"),
        ("user", "lim underscore zhi underscore hao, no numbers"),
        ("user", "that's me, Lim Zhi Hao"),
    ],
    [
        ("user", "加我 LINE，我是王雅婷"),
        ("assistant", "LINE ID 是什麼？"),
        ("user", "wang 點 yating 零三"),
    ],
    [
        ("user", "我微信号就是我名字拼音"),
        ("assistant", "请问名字是？"),
        ("user", "刘浩然，liuhaoran 后面加 1990"),
    ],
    [
        ("user", "my email is tan dot sh at hotmail, Tan Shu Hui"),
        ("assistant", "So that's tan.sh@hotmail.com?"),
        ("user", "yes correct"),
    ],
    [
        ("user", "HK mobile: five one eight four, double six four six"),
        ("assistant", "5184 6646, thanks. Who should we ask for?"),
        ("user", "Mrs Yip"),
    ],
    [
        ("user", "我手機是0901"),
        ("user", "562"),
        ("user", "571"),
        ("assistant", "好的，0901-562-571，請問怎麼稱呼？"),
        ("user", "簡志偉"),
    ],
    [
        ("user", "nombor saya kosong satu tujuh"),
        ("user", "lima tujuh empat kosong"),
        ("user", "kosong lapan dua lapan, Nor Azura"),
    ],
    [
        ("user", "快递联系人 钱伟"),
        ("user", "手机 1️⃣8️⃣3️⃣"),
        ("user", "7634"),
        ("user", "〇六三四"),
    ],
    [
        ("user", "The contact form keeps rejecting my address"),
        ("assistant", "What address are you entering?"),
        ("user", "w.chen.88&#64;qq.com, Wang Chen"),
    ],
    [
        ("user", "write my email as sophia.lee\uff20gmail\uff0ecom, the normal one gets blocked"),
        ("assistant", "Noted, Sophia."),
    ],
    [
        ("user", "姚明辉 手机 幺九九"),
        ("user", "1514"),
        ("user", "two three five one"),
    ],
    [
        ("user", "IC number 2303440, Nadia Tan"),
        ("assistant", "What's the letter in front?"),
        ("user", "T"),
        ("user", "and E for Echo at the end"),
    ],
    [
        ("user", "身份证541517 1974 1205 7205，达瓦"),
        ("user", "打错了，最后四位是7250"),
    ],
    [
        ("user", "工资卡号 六二零一 一四八七"),
        ("user", "八一三五 零三一零"),
        ("user", "四三五，卡主何建国"),
    ],
    [
        ("user", "HKID A for Apple 658678"),
        ("assistant", "And the check digit in brackets?"),
        ("user", "six. Name's Fung Wing Sze"),
    ],
    [
        ("user", "阮美玲的電話 khòng káu peh sì"),
        ("user", "gō· jī gō·"),
        ("user", "it saⁿ káu"),
    ],
    [
        ("user", "email d.a.v.i.d.n.g.7 [at] gmail"),
        ("assistant", "Which domain ending?"),
        ("user", "[dot] com, David Ng"),
    ],
]
