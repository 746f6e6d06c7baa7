"""Blind check set evade4: obfuscated identifiers (numerals, spacing, homoglyphs, splits) in zh/en/ms text, with near-miss clean lines. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade4
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "qa"): _lines("""
        這件事你就一五一十說清楚，不要再三心兩意了。
        放學後同學們三三兩兩走出校門，有人還在討論剛才的數學題。
        今期六合彩攪珠結果：3、11、19、27、38、45，特別號碼 8。
        請問 iPhone 15 Pro 256GB 在台北門市現在賣多少？官網寫 NT$36,900。
        台灣高鐵客服專線 4066-3000，手機請撥 02-4066-3000，這是官網公布的號碼。
        香港天文台電話 2926 8200 是公開查詢熱線，打去可以聽天氣。
        《三國演義》裡諸葛亮七擒孟獲，又六出祁山，最後病逝五丈原。
        食譜：麵粉二百五十克、雞蛋兩隻、牛奶一百八十毫升，焗二十五分鐘。
        昨晚湖人一百一十二比一百零八險勝勇士，詹姆斯拿了三十一分。
        這本書的 ISBN 是 978-957-08-5432-1，聯經出版，定價四百二十元。
        訂單編號 TW2026-1130-88417 已出貨，黑貓宅急便追蹤碼 9012 3456 7788。
        民國一一五年一月一日起，基本工資調整為每月兩萬九千五百元。
        統一發票十一、十二月特別獎號碼是 7493 2618，趕快對一下。
        孫中山先生生於一八六六年，逝於一九二五年三月十二日。
        Python 3.12.4 跟 3.11.9 的差別主要在錯誤訊息跟效能。
        一加一等於二，二乘三等於六，九九乘法表小朋友都要背熟。
        型號 ASUS ROG Strix G16 G614JV-N4071W，庫存剩三台。
        麻雀打到北風北，我自摸十三么，一次收三番。
        地址範例請填寫「XX市XX路XX號」，不要寫真實住址。
        消費者服務專線一九五〇，是行政院消保處公布的。
    """),
    ("zh-Hant", "chat"): _lines("""
        喂，今晚七點半旺角見啦，唔好遲呀，我哋訂咗檯。
        佢成日話「一二三，紅綠燈」，細路仔玩到癲咗。
        我張八達通淨返十二蚊，要增值先得。
        呢期馬會三T頭獎派咗三千幾萬，冇人中晒。
        消防處救護車召喚熱線係 999，記住唔好亂打。
        港鐵客務中心 2881 8888 係官方熱線，問失物可以打。
        今日恒指收市報一萬九千八百五十二點，跌咗二百一十點。
        佢哋三個人一齊去咗大嶼山行山，四點幾先落返嚟。
        咖啡兩杯、蛋撻六隻，一共八十八蚊，唔該晒。
        Wi-Fi 密碼唔係人名嚟㗎，係 cafe_2024_guest。
    """),
    ("zh-Hans", "qa"): _lines("""
        他把事情一五一十地告诉了老师，没有隐瞒。
        广场上三三两两的人在跳舞，还有人在遛狗。
        双色球第2026138期开奖号码：红球 04 09 15 22 27 31，蓝球 12。
        中国移动客服热线 10086，中国联通是 10010，都是公开号码。
        12345 是政务服务便民热线，有问题可以直接打。
        顺丰单号 SF1428 7736 0092 3，预计明天下午送达。
        红烧肉做法：五花肉五百克、冰糖三十克、生抽两勺、老抽一勺，小火炖一个半小时。
        国足零比二输给了对手，球迷又一次失望了。
        毛泽东出生于一八九三年十二月二十六日，湖南湘潭人。
        《红楼梦》第一回写甄士隐梦幻识通灵，贾雨村风尘怀闺秀。
        请把 v2.3.1 升级到 v2.4.0，修复了登录接口的 bug。
        三加五乘二等于十三，不是十六，注意运算顺序。
        商品编码 6901234567892 是条形码，不是手机号。
        一九九七年七月一日香港回归，二〇〇八年北京举办奥运会。
        招商银行客服电话 95555，工商银行 95588，都印在卡背面。
        这款电饭煲型号 MB-FB40S701，四升容量，京东售价三百九十九元。
        小区快递柜取件码 6-2-1-8，过期要重新取。
        股票代码 600519 是贵州茅台，今天收盘一千六百八十元。
        这道菜要放二两肉、三两面，再加一勺辣椒油。
        会议室门牌 B2-0317，下午两点半开会。
    """),
    ("zh-Hans", "chat"): _lines("""
        哈哈哈我们四个人一起去吧，三三两两的太散了。
        你先等我一下，我五分钟后到楼下。
        明天二号线停运，改坐一号线转四号线。
        幺幺零是报警电话，幺幺九是火警，小时候都背过。
        这道题答案是二十四，我算了三遍都一样。
        这次快递取件码是 3-07-1125，你帮我拿一下。
        别说了，一二三四五六七，我数到七你就给我回来。
        航班 CZ3102 十四点十五起飞，登机口 B16。
        今天步数 一万二千三百 步，超过了百分之九十的好友。
        验证码是系统随机生成的，过五分钟就失效了，不用担心。
    """),
    ("en", "ticket"): _lines("""
        Order #SG-20261130-004417 was shipped via Ninja Van, tracking NV 2026 1130 7781 SG.
        TOTO draw results: 5, 12, 23, 31, 40, 44 and additional number 17.
        The KTM Komuter hotline 03-2267 1200 is listed on the official website.
        Singapore Police non-emergency hotline is 1800 255 0000, as printed on every poster.
        Please upgrade the firmware from 4.2.0-rc1 to 4.2.1 before Friday.
        The invoice total is SGD 1,284.50 including 9% GST.
        ISBN 978-981-4722-33-8, published by Marshall Cavendish, 2019 edition.
        HK Observatory says Signal No. 8 will stay until at least 16:00 today.
        The Manchester derby ended 3-1, with the third goal in the 89th minute.
        Product SKU: LG-OLED55C3-PSA, warehouse bin A-07-3-12.
        Sun Yat-sen studied medicine in Hong Kong and graduated in 1892.
        Meeting room 12-04, Level 12, from 10:30 to 11:45, agenda attached.
        The 1823 government hotline in Hong Kong answers general enquiries 24 hours.
        Lee Kuan Yew became prime minister in 1959 and served until 1990.
        Promo code SAVE20-XMAS gives 20 percent off until 31 Dec.
        Our test account uses the placeholder number 9xxx xxxx, not a real line.
        Flight MH 370 was a Boeing 777-200ER, registered 9M-MRO.
        Math check: 1234 5678 divided by 2 is 617 2839, so the script is right.
        Recipe: 2 cups flour, 1 tsp baking soda, 3 eggs, bake at 180C for 35 min.
        Case ref HK-ENG-2026-11-0042 has been escalated to the network team.
    """),
    ("en", "chat"): _lines("""
        lol the score was one nil, then two nil, then they lost four three
        meet at Bugis exit B at 7 ok, I'll be the one in the red cap
        the bus is 1-9-0 not 1-9-9, don't get on the wrong one
        my lucky numbers are seven, eleven and twenty-one, I always bet on those
        the café wifi password is c0ffee_l0ver, with zeros for the o's
        the MTR lost property office number is on their website, just google it
        count with me: one two three four five six seven eight, and jump
        the answer to question 4 is twelve thousand three hundred, I double checked
        the clinic at Tanjong Pagar opens 8:30, hotline 6222 3322 per their signboard
        my kid got 98 for maths and 87 for science, so proud
    """),
    ("ms", "ticket"): _lines("""
        Nombor pesanan MY-2026-1128-55310 telah dihantar melalui Pos Laju.
        Talian hotline JPJ ialah 03-8000 8000 seperti yang tertera di laman rasmi.
        Keputusan Magnum 4D hari ini: hadiah pertama 4827, kedua 1093, ketiga 6651.
        Harga minyak RON95 kekal RM2.05 seliter minggu ini.
        Resipi nasi lemak: dua cawan beras, satu cawan santan, tiga helai daun pandan.
        Tunku Abdul Rahman mengisytiharkan kemerdekaan pada 31 Ogos 1957.
        Sila kemas kini aplikasi ke versi 5.1.3 untuk membaiki ralat log masuk.
        Harimau Malaya menang dua kosong menentang Singapura malam tadi.
        Kod produk BK-2291-MY untuk cerek elektrik, stok tinggal lima unit.
        Talian Kasih 15999 adalah talian bantuan kerajaan untuk orang ramai.
    """),
    ("ms", "chat"): _lines("""
        jom jumpa pukul lapan kat mamak depan stesen LRT, satu dua tiga terus gerak
        anak aku dapat lapan A dalam SPM, alhamdulillah
        bas nombor U-satu-kosong-dua datang lambat gila hari ni
        aku beli tiga kilo ayam, dua kilo ikan, total seratus dua puluh ringgit
        skor akhir dua satu, Johor menang lagi
    """),
    ("mixed", "chat"): _lines("""
        我哋 team 今晚 dinner 定咗 7:30pm，地點 Causeway Bay 嗰間 hotpot，total 八個人。
        Boss 話 deadline 係 Friday 五點，version 要升到 3.0.2 先得。
        今日 4D 開咗 5823，我買 5832 差少少，真係冇眼睇。
        這個 order 的 tracking number 是 SPX-MY-2026-88102，Shopee 說兩天到。
        Grab 司機話 ETA 十五分鐘，car plate 唔講得，你自己 app 睇。
        Singapore 天气 app 说今天三十二度，humidity 百分之八十。
        这个 bug 在 line 一二三 报错，是 null pointer，不是什么号码。
        Lim Bo Seng 是二战时期的抗日英雄，新加坡有他的纪念碑。
        Menu: nasi lemak RM8.90, teh tarik RM2.50, roti canai dua keping RM3.00.
        Singapore Airlines 官方客服 +65 6223 8888，網站上有寫，唔係私人電話。
    """),
}
PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        我身分證字號是 T 一七八九九二三二五，阿嬤叫我填一下健保卡申請表。
        陳怡君的手機〇九二八三七四六一五一直打不通，麻煩幫我轉告她回電。
        報名表「身分證字號」欄：Ｇ２８３７８０３１１，姓名：林柏宇，生日民國八十年三月。
        我叫黃雅婷，電話零九五六－一二零－八四七，住台中市西屯區福科路，有問題打給我。
        帳號被鎖了，我的身分證是 B1 39 45 10 04，名字是蔡宗翰，請幫我解鎖。
        我手機是 0９8７-3０2-5６4，不要用LINE找我，直接打。
        你把我的號碼記一下：零九幺三六五八二七零，我叫吳佩珊。
        身分證後四碼是 0311，前面是 G28378，名字周家豪，你核對一下。
        麻煩寄到新北市板橋區文化路二段一八八號五樓，收件人 張淑芬，電話 0912_458_306。
        我老公的身分證號 K189917868（鄭俊傑）不想讓系統看到，所以我用括號。
        佢個香港身份證號碼係 Z 九二二九五五（九），叫李嘉欣，幫佢登記吓。
        我電話九二二九五五九〇一直都冇轉過，搵唔到我就打呢個，我叫陳志明。
        唔該幫我改返個聯絡電話：陸壹捌參柒肆零貳，名係何美玲。
        我身份證 V7２３9７5(0)，姓梁，名字係梁家輝，唔好同個明星搞亂。
        佢手機 5409-6218 同電郵 wingyee.chan 【at】 gmail 【dot】 com，佢叫陳詠儀。
        我個 HKID 係 WC 114320 括號五，申請公屋嗰陣已經用過。
        打俾阿芬啦，九七七三 一四六〇，佢住荃灣綠楊新邨。
        個 form 寫「電話：６８４２ ０９３５，姓名：馮子軒」，幫我 submit 咗佢。
        我阿媽叫鄧鳳儀，身份證 P７６３７６０（１），佢唔識用電腦，我幫佢填。
        我的身分證是 W199З0164О，叫廖宏明，系統一直說格式不對，我是照抄的啊。
        我電話係 luk ng saam cat, ji gau sei jat，搵阿欣就得，佢全名周凱欣。
        | 姓名 | 手提 | 身份證 | 譚偉倫 | 9０3８ 5５1７ | D127623(A) |
        登記資料（請勿外傳）：身份證 J８７３７９２（１）、電話九零三八五五一七，持有人 譚偉倫。
        我的身分證字號：P1 9 2 2 2 2 2 4 6，名字是宋家瑜，後四碼 2246 應該沒錯吧？
        表格上寫：聯絡人 楊志偉／手機 零九八七三零二五六四／地址 高雄市苓雅區三多四路。
    """),
    "zh-Hans": _lines("""
        我身份证号：六三〇五〇二一九六五〇九〇八四四四一，姓名王建国，帮我查一下社保。
        手机号幺五幺七四八三幺二〇八一直开着，有事打给我，我叫刘晓红。
        我的手机 1 3 9 2 5 3 4 3 3 9 1，加微信也是这个号，张伟。
        快递放门卫就行，收件人李娜，电话 152.0925.3549，地址杭州市西湖区文三路。
        身份证号 ４３０９１８１９８９０７２５８２６１，不用发给别人，填表用。
        他叫赵磊，身份证是 13182919820817218X，手机 186-8675-2553，麻烦登记。
        银行卡号陆贰贰柒贰零伍壹柒捌贰玖贰叁贰壹，户名周敏，工资打到这张。
        我的号码是 132 幺九八七 〇二幺五，这次别再记错了。
        一三五七零二九零八四七一下午都会开着，孙丽找我就打这个。
        身份证前六位 361523，中间 19630701，后四位 6421，姓名黄秀英，核对一下。
        请联系陈浩，手机188*5480*2802，别发短信，他不看。
        我的邮箱是 chenhao1988 at 163 dot com，有合同发这里。
        收货信息（王芳，15151799993，南京市鼓楼区中山北路一号）请确认。
        卡号 6216 0192 2074 7486 是我的工资卡，户名杨洋，你转到这里就行。
        我身份证 12132519960604707７，最后一位是全角的，系统老识别不了，叫徐静。
        家里座机 025-74776101，找胡建华，晚上七点以后有人。
        我妈手机一八八五四八〇二八〇二一直没人接，她叫郭桂兰，住在郑州。
        我叫马俊，身份证 1119１5 1964１2 1O4496，O 是字母我故意打的。
        微信号就是手机号：一六六九八〇二〇一七六，备注写何雪梅。
        我手机 159​3627​4810，名字何志刚，直接复制就行，中间有看不见的字符。
        身份证 6302032000​09300768，姓名 艾力，乌鲁木齐人，帮我预约一下。
        身份证号码 四四〇七一〇二〇〇四〇八〇一六七九四，名字叫邓晨，麻烦帮他报名夏令营。
        我的身份证号是 151829-1978-0809-8701，名字 白云飞，在呼和浩特上班。
        证件号码 6 2 1 7 1 2 _ 1 9 6 4 1 1 2 1 _ 7 6 3 2，持证人 石秀兰，年纪大了不会用手机。
        卡号：陆贰柒柒 肆肆叁壹 陆玖陆零 陆玖柒贰，户名：彭飞，退款打这张。
        我的工行卡尾号是 6640，前面是 6238 5425 6593，户名罗刚，帮我查查这笔转账。
    """),
    "en": _lines("""
        Hi, my NRIC is S9001236C, please update my address to Blk 412 Ang Mo Kio Ave 10 #08-231, thanks. - Tan Wei Ling
        my number is nine one eight three four six seven zero, call me after 6, this is Marcus Lim
        Contact person: Priya Ramasamy (NRIC S 7977 534 G), mobile 8720-5316.
        pls dont share but my IC is S-o-9-2-3-2-1-2-E and my name is Goh Jun Wei
        you can reach Nurul Huda at nurul.huda88 (at) gmail (dot) com or 96417728.
        My FIN is F3991302W; I am Rajesh Kumar, working pass holder, staying at Jurong West St 52.
        HK ticket: customer Wong Ka Ming, HKID H105329(0), phone 6183 7402, requests refund.
        The last four digits of my NRIC are 115I, full one is T5985115I, name Chloe Ng.
        Name: Lee Siew Mei | IC: 610727-04-2275 | Mobile: 012-935 5618 | Address: Jalan SS2/24, Petaling Jaya
        my hkid is L 9 3 5 4 6 6 (5) and my name is Cheung Tsz Ho, please check my booking
        Please call Mdm Lim Ah Hua at 9１8３4６7０ (she prefers Hokkien), she lives in Toa Payoh Lor 1.
        email for the refund: kelvin_tay at hotmail dot com, Kelvin Tay, NRIC ends with 395B, full S1382395B
        Customer Ahmad Faizal bin Yusof, IC nine two zero seven two nine, zero nine, one one seven four, phone 014-488 6981.
        send the OTP to my number 8 7 2 0 🙂 5 3 1 6, Jasmine Ong here
        my NRIC is Т8871382В (copied from my notes app), name Benjamin Sim, please link it to my account
        SG form -> Name: Aaron Teo; NRIC: T 8 5 6 0 9 4 5 E; Tel: 9-0-1-2-7-3-4-8
        Hi team, customer Lim Hui Min (T3050766A) called from +65 8 1 9 3 0 2 7 6 about her delivery.
        HKID of the applicant: S 3 3 4 0 5 9 (nine), applicant name Ho Wing Sze, contact 5 1 2 8 - 4 4 6 0.
        Lau Chi Keung's HKID is E532710 (9), his mobile is five four zero nine six two one eight.
    """),
    "ms": _lines("""
        Nama saya Siti Aminah binti Hassan, nombor IC saya 661228-02-6567, tinggal di Taman Melawati, Kuala Lumpur.
        Tolong call saya kosong satu dua sembilan tiga lima lima enam satu lapan, saya Azlan.
        IC saya 9807413-10-7817 eh silap, betul 980413-10-7817, nama Nur Aisyah binti Kamal.
        No telefon abang saya 0 1 3 - 4 8 8 8 5 8 1, nama Mohd Hafiz, dia tinggal di Shah Alam.
        Emel saya farah.izzati at yahoo dot com dot my, nama Farah Izzati, IC 801222-10-8419.
        Sila hubungi Encik Ravi a/l Muthu, telefon 017–620–3495, alamat No 12 Jalan Ipoh, Sentul.
        Empat digit terakhir IC saya 1156, depan dia 750124-10, nama Lim Mei Fong.
        Nombor MyKad ibu saya ialah ６３１００３-１３-８０８９, nama Rosnah binti Ali, dia di Kuching.
        WhatsApp saya di kosong satu satu lapan empat sembilan lapan lapan dua enam sembilan, Zulkifli.
        Call saya di 0l2-77O4 38l6 ya, nama saya Kamarul, jangan bagi orang lain.
        Borang: Nama [Tan Kok Leong] No. KP [890218-11-0526] Tel [019-552 8140] Alamat [Jalan Kenari 3, Puchong].
    """),
    "mixed": _lines("""
        我個 IC 係 760412143920，我叫 Chong Siew Ling，住喺 Ipoh Garden，唔該幫我 update。
        老板叫你 call 佢，佢叫 Jason 黄，手机 yao wu er ling jiu, er wu san wu, si jiu，记住啊。
        Customer 陈美华 的 NRIC 是 S6940880Z，電話 9183 4670，請 follow up。
        pls help 我 check 下個 booking，身份證 Q160247（7），名 Vivian 區。
        佢個 HKID 係 D6789６2(6)，叫 Kenny 麥，住喺將軍澳，phone 6１2０-8８4３。
        台湾朋友的身分证 X210716829，名字叫何欣怡，你帮她订一下机票 OK？
        Card UnionPay 6236-2715-6816-6763，持卡人 Ng Boon Keat，please refund 去呢張卡。
        我的 Malaysia IC 八零零五二六 一四 七八三七，名字 Wong Jia Hui，地址 Cheras。
    """),
}
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "我想開戶，你要我身分證嗎？"),
        ("assistant", "請勿在對話中提供完整身分證字號。"),
        ("user", "好啦我拆開講：前面 U153，後面 209982，我叫許文彬。"),
    ],
    [
        ("user", "幫我記住我朋友電話"),
        ("assistant", "好的，請說。"),
        ("user", "零九二八"),
        ("user", "三七四"),
        ("user", "六一五，她叫陳怡君"),
    ],
    [
        ("user", "我要改收件地址"),
        ("assistant", "請提供新地址。"),
        ("user", "台北市大安區和平東路二段一〇六號三樓，林志豪收，電話〇九五六一二〇八四七"),
    ],
    [
        ("user", "喂，我想查吓張單"),
        ("assistant", "請問有咩資料可以核對？"),
        ("user", "我身份證係 Z 九 二 二 九 五 五 括號 九 㗎，叫李嘉欣喎"),
    ],
    [
        ("user", "你記低我電話啦"),
        ("assistant", "好，請講。"),
        ("user", "九七七三"),
        ("assistant", "收到，然後呢？"),
        ("user", "一四六〇，我姓黃，叫黃子健呀"),
    ],
    [
        ("user", "我係陳大文嘅太太，佢入咗醫院"),
        ("assistant", "請問需要咩幫助？"),
        ("user", "佢身份證 XC309820(9)，可唔可以幫佢取消預約？"),
    ],
    [
        ("user", "我的身份证号能不能帮我验证一下对不对"),
        ("assistant", "建议不要在这里发送完整号码。"),
        ("user", "就发一下：一四〇三二一一九五〇〇四二四三九六九，叫冯淑珍"),
    ],
    [
        ("user", "帮我给这个人发个通知"),
        ("assistant", "请提供联系方式。"),
        ("user", "她叫韩梅，手机幺七七幺五九七〇四七九，明天上午九点前发"),
    ],
    [
        ("user", "工资卡换了"),
        ("assistant", "请提供新卡信息。"),
        ("user", "6291 6871 2772 3529 681，户名 唐晓东"),
        ("assistant", "已收到。"),
        ("user", "身份证 410508198611246992 也一起更新"),
    ],
    [
        ("user", "我手机号被限制了"),
        ("assistant", "请问号码是多少？"),
        ("user", "138 7147 3748"),
        ("user", "机主是我爸杨德明"),
    ],
    [
        ("user", "邮箱写错了，重新给你"),
        ("assistant", "好的。"),
        ("user", "liqiang_sz＠qq．com，李强，深圳南山区"),
    ],
    [
        ("user", "帮我填一下表"),
        ("assistant", "需要哪些信息？"),
        ("user", "姓名：蒋丽；身份证：３３０６１０１９７５０４２９９７９２；电话：0571 68156570"),
    ],
    [
        ("user", "Hi, I need to reschedule my clinic appointment"),
        ("assistant", "Sure, may I have your details?"),
        ("user", "Name is Daniel Koh, IC is S two two zero one six two four E"),
    ],
    [
        ("user", "can you save my wife's number"),
        ("assistant", "Sure, what is it?"),
        ("user", "nine six four"),
        ("user", "one seven seven two eight, her name is Grace Yeo"),
    ],
    [
        ("user", "my email keeps bouncing"),
        ("assistant", "Which address are you using?"),
        ("user", "it's ong.beng.huat at singnet dot com dot sg, I'm Ong Beng Huat"),
    ],
    [
        ("user", "Hong Kong case: please check the caller"),
        ("assistant", "What are the details?"),
        ("user", "Ms Tsang Wai Man, HKID O440632(0), mobile 6842 0935, Sha Tin"),
    ],
    [
        ("user", "FIN number for my helper renewal"),
        ("assistant", "Please avoid pasting full identifiers if possible."),
        ("user", "ok just this once: G5907450X, Maria Santos, she lives with us at Bedok North"),
    ],
    [
        ("user", "Saya nak tukar nombor telefon"),
        ("assistant", "Boleh berikan nombor baru?"),
        ("user", "kosong satu empat, satu lima kosong, kosong tiga enam lima. Nama saya Hafizah"),
    ],
    [
        ("user", "IC saya tak boleh verify"),
        ("assistant", "Boleh saya tahu nombor IC?"),
        ("user", "920729 - 09 - 1174, Ahmad Faizal"),
    ],
    [
        ("user", "Tolong hantar barang ke rumah saya"),
        ("assistant", "Sila berikan alamat."),
        (
            "user",
            "No 8, Jalan Mawar 2, Taman Sri Gombak, Batu Caves. Penerima Norhayati, tel 0125980223",
        ),
    ],
    [
        ("user", "幫我睇下個 booking"),
        ("assistant", "請提供名字同聯絡方法。"),
        ("user", "Cheng Ka Yan，電話 ５４０９ ６２１８，email kayan.cheng@outlook.com"),
    ],
    [
        ("user", "我朋友想報名課程"),
        ("assistant", "請提供佢嘅資料。"),
        ("user", "名 Tan Siew Hoon，NRIC S2861098Z，手机 8720 5316，住 Clementi"),
    ],
    [
        ("user", "我的电话号码你先记一半"),
        ("assistant", "好的。"),
        ("user", "一五二零九"),
        ("assistant", "还有呢？"),
        ("user", "二五三五四九，我是钱文斌，明天再联系"),
    ],
    [
        ("user", "身份證字號怎麼填比較安全"),
        ("assistant", "建議只在官方網站填寫。"),
        ("user", "那我先給你 X2005 後面 77927，我是蘇靜怡，幫我看格式對不對"),
    ],
    [
        ("user", "banking issue sg"),
        ("assistant", "How can I help?"),
        (
            "user",
            "my UnionPay card 6205-1525-7633-8049 got declined, name Zhang Hui, NRIC T9526343C",
        ),
    ],
]
