# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade45: personal data hidden in Morse, NATO phonetics, A1Z26, tap code, keypad and simple ciphers. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade45
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "amateur radio and CW practice"): _lines("""
        CQ CQ CQ DE W1AW W1AW K — the textbook general call; W1AW is the ARRL headquarters station in Newington, CT.
        GM OM TNX FER CALL UR RST 599 599 QTH NR KL = RIG IC-7300 ES ANT DIPOLE = HW CPY? AR
        Koch method lesson 7 characters: K M U R E S N A P T L — practise at 20 wpm character speed, 12 wpm effective.
        Farnsworth timing: send each character at 18 WPM but stretch the gaps so the overall rate is 10 WPM.
        PARIS is the standard timing word: .--. .- .-. .. ... is exactly 50 dot units including the word gap.
        Prosigns cheat sheet: AR .-.-. end of message, SK ...-.- end of contact, BT -...- break, KN -.--. go ahead named station only.
        Contest exchange for CQ WW DX CW is just 5NN + CQ zone, e.g. 5NN 28. Log it, don't ragchew, next station.
        Q-codes you'll hear every night: QRM man-made interference, QRN static, QSB fading, QRZ? who is calling me, QTH location.
        The NCDXF/IARU beacons send their callsign in CW followed by four one-second dashes at 100 W, 10 W, 1 W and 0.1 W.
        Numbers have a pattern: 1 is .---- and 6 is -...., count dots from the left for 1-5 and dashes for 6-0.
        cut numbers in contests: T for 0, N for 9, A for 1 — so 5NN is just 599 sent faster
        Club net every Tuesday 2100 SGT on 145.6125 MHz, newcomers pls check in with callsign and QRV, no need for full name on air.
    """),
    ("en", "aviation and call-centre phonetics"): _lines("""
        Cathay Six Five Two, taxi to holding point Lima Three via Kilo, Hotel, QNH one zero one two.
        Information Bravo is current: wind two four zero degrees eight knots, visibility one zero kilometres, runway two zero centre.
        Your booking reference is Kilo-Seven-Papa-Echo-Quebec-Two (K7PEQ2); please keep it for online check-in.
        Tracking no. read back to caller: Romeo-Romeo 4-4-7-1-0-2-9-3-1 Sierra-Golf (RR447102931SG) — status: out for delivery.
        Agent script: 'Could you spell that using the phonetic alphabet? For example, B as in Bravo, D as in Delta.'
        Say 'niner' not 'nine' and 'tree' for three on the radio; ICAO pronunciation avoids confusion with German 'nein'.
        Squawk seven-seven-zero-zero means general emergency, seven-six-zero-zero radio failure, seven-five-zero-zero unlawful interference.
        Invoice INV-2025-0831 spelled: India-November-Victor dash two-zero-two-five dash zero-eight-three-one, amount SGD 1,284.50.
        Why 'Alfa' and 'Juliett'? ICAO spells them that way so French and Spanish speakers pronounce them right.
        Template: 'Thank you, I have your postal code as {postcode_nato}. Is that correct?' — never read back the full card number.
        Promo code this weekend: Sierra-Uniform-Mike-Mike-Echo-Romeo-Two-Five (SUMMER25), valid till 31 Aug, min spend $50.
        Lounge Wi-Fi today: Golf-Oscar-Lima-Delta-Seven-Seven, all caps, changes daily at 00:00.
    """),
    ("en", "puzzles and escape rooms"): _lines("""
        Clue 4: 19-8-5-18-12-15-3-11 8-15-12-13-5-19 lives at 221B — find the street on the map in the study.
        The tap code grid drops K (use C). Tapping 2-3, 1-5, 3-1, 3-1, 3-4 spells HELLO.
        Hint for room 2: the safe code is the keypad digits for 'LOCK' → 5625.
        ROT13 spoiler, don't decode unless you've finished chapter 9: Gur ohgyre qvq vg.
        Atbash of 'WIZARD' is 'DRAZIW' — a mirror pair puzzle setters love.
        Final lock: turn 13-1-18-9-5 3-21-18-9-5 into letters, then count the vowels to get the last digit.
        Escape room 'Bletchley 1942' — teams of 4-6, 60 minutes, $28 per pax on weekdays, walk-ins welcome if a slot is free.
        Player handout: the radio in the bunker keeps repeating -- .- -.-- -.. .- -.-- — what word is it?
        Cipher wheel craft for kids: print two circles, pin the centre, rotate by 3 — that's how Julius Caesar reportedly did it.
        Answer key (GM only): Room 1 = 7-4-2-9, Room 2 = NIGHTINGALE, Room 3 = tap code KEY UNDER RUG.
        A1Z26 warm-up: 16-21-26-26-12-5 = PUZZLE. Now you try 3-15-4-5.
    """),
    ("en", "developer docs and code"): _lines("""
        def to_morse(text: str) -> str: return ' '.join(MORSE[c] for c in text.upper() if c in MORSE)
        T9_MAP = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
        Test vectors: encode('SOS') == '... --- ...'; encode('') == ''; unknown characters are dropped with a warning.
        Changelog v2.4.1 (2025-11-03): fixed Farnsworth spacing bug, added prosign <SK>, bumped numpy to 1.26.4 (commit 9f3c2ab).
        Note: ROT13 is not encryption. Do not use it to 'protect' NRIC, phone or card numbers in logs — drop or tokenise them instead.
        assert a1z26_decode('8-5-12-12-15') == 'HELLO'
        TapCode.encode('WATER') -> '52 11 44 15 42' (row first, then column; K is folded into C)
        CLI: morsekit encode --wpm 20 --tone 600 'CQ TEST' -o out.wav
        Issue #482: multi-tap decoder treats '7777' as S, but '77777' should wrap back to P. PR welcome.
        Regex for a dash-separated A1Z26 string: ^(?:[1-9]|1[0-9]|2[0-6])(?:-(?:[1-9]|1[0-9]|2[0-6]))*$
        SHA-256 of fixtures/morse_paris_20wpm.wav: 3b7e2c91d0a84f5e6c1f0b9a27d4e8c3f5a6b1d2e9c7f4a0b8d3e6c2a1f5b7e9
    """),
    ("en", "history and public figures"): _lines("""
        Samuel F. B. Morse sent 'What hath God wrought' from the Capitol in Washington to Baltimore on 24 May 1844.
        Titanic's senior wireless operator Jack Phillips sent CQD and then SOS on the night of 14-15 April 1912.
        In 1966 US Navy pilot Jeremiah Denton blinked T-O-R-T-U-R-E in Morse during a televised interview as a POW in Hanoi.
        Alan Turing's work on the Bombe at Bletchley Park cut the time needed to recover daily Enigma settings.
        The Navajo Code Talkers passed messages across the Pacific theatre; Chester Nez was one of the original 29.
        Hedy Lamarr, the film star, received a 1942 patent on frequency hopping together with composer George Antheil.
        According to Suetonius, Julius Caesar shifted letters by three places in his private correspondence.
        Mary, Queen of Scots was convicted in 1586 after Walsingham's decipherer Thomas Phelippes broke the Babington letters.
        In 1870 a submarine telegraph cable linked Singapore with Penang and Madras, and onward to London.
        Marconi's station at Poldhu sent the letter S (...) across the Atlantic to Newfoundland in December 1901.
        Morse Road in Columbus and the many Samuel Morse schools are named after the inventor, not after anyone who lives there.
    """),
    ("zh-Hans", "电码与密码科普"): _lines("""
        中文电码用四位数字表示一个汉字，例如“中”是0022，“国”是0948，早年发电报按字计费，所以电文越短越好。
        摩尔斯电码由塞缪尔·莫尔斯等人在1830年代发明，1844年从华盛顿发往巴尔的摩的第一封电报是“What hath God wrought”。
        敲击码把字母排成5×5方阵，K用C代替，先敲行号再敲列号，越战时期美军战俘曾用它在牢房之间通信。
        九宫格输入法：2对应ABC，3对应DEF……7对应PQRS，9对应WXYZ，拼音“ni hao”打出来是64 426。
        北约音标字母表：Alfa、Bravo、Charlie、Delta……民航和军队报读字母时使用，避免B和D、M和N听混。
        SOS（···———···）并不是任何单词的缩写，只是因为它在电码里好发又好认。
        凯撒密码：把每个字母向后移3位，A变D，B变E，明文HELLO就变成KHOOR。
        A1Z26是最简单的替换密码：A=1，B=2……Z=26，常见于密室逃脱和小学生传的“秘密纸条”。
        业余无线电操作证分A、B、C三类，考试由各地无线电管理机构组织，报务（CW）已不是必考项目。
        《永不消逝的电波》里的李侠是艺术形象，原型是在上海秘密收发电报的革命烈士李白。
        小学科学课教案：用手电筒练习摩尔斯电码，两人一组，一人发“SOS”一人记录，限时10分钟。
        Base64不是加密，只是编码，任何人都能还原，所以不能用它来给身份证号、手机号“脱敏”。
    """),
    ("zh-Hans", "客服与数据规范"): _lines("""
        客服规范第4.2条：核对身份时只允许客户报身份证后四位，禁止引导客户用谐音、大写数字或字母报完整号码。
        订单号 SO20251203-88417 已发货，顺丰单号 SF1408827736521，向客户复述时用“幺两三”读法并放慢语速。
        话术模板：“您好，请问您的手机号是{手机号}吗？为保护隐私，我只读后四位：{后四位}。”
        数据标注须知：遇到摩尔斯电码、拼音首字母、大写数字、倒序等“变形”写法的手机号或证件号，一律按个人信息处理并打码。
        全国统一客服热线 400-880-2233（读作：四零零 八八零 两两三三），服务时间 8:00-22:00。
        工单 #TK-77310：用户反映语音验证码用“幺两三”播报时听不清，已转产品组排期优化。
        退款编号 RF-2025-112903，金额 ¥1,299.00，预计3-5个工作日原路退回。
        坐席培训：报读字母可用“A as in Alfa”，中文坐席也可说“苹果的A”，但举例时不要用真实客户的姓名。
        日志脱敏规则：phone 字段保留前3后4位；idcard 字段仅保留出生年份；Base64 编码字段需先解码再判定。
        发布说明：版本 v3.12.0-rc2，构建号 20251204.1733，提交 a91f07c，修复九宫格联想词重复的问题。
    """),
    ("zh-Hant", "港台解謎與無線電"): _lines("""
        密室逃脫「摩斯電報局」：每隊3至6人，限時60分鐘，平日每位HK$198，地址：旺角亞皆老街88號12樓。
        香港業餘無線電考試由通訊事務管理局辦公室（OFCA）舉辦，考生合格後可申請業餘電台牌照。
        提示三：8-1-16-16-25 2-9-18-20-8-4-1-25 之後，就係嗰個抽屜嘅密碼。
        忘記切輸入法打出「su3cl3」其實就是「你好」，網友戲稱這叫注音密碼。
        航空公司客服：訂位代號請以字母代號確認，例如 Papa-Quebec-Seven-Xray-Two-Mike（PQ7X2M）。
        取票代碼 2841573，請於自動售票機輸入代碼取票，代碼24小時內有效。
        摩斯密碼手環DIY：用長短珠子串出「LOVE」(.-.. --- ...- .)，材料包一份NT$120。
        海事處提醒：遇險時可用燈光發出 ···———··· 求救，並在VHF第16頻道守聽。
        敲擊碼範例：「2-3 2-4」＝ HI，監獄題材電影經常出現。
        資料處理指引：客戶以摩斯、拼音或倒寫方式提供的個人資料，與明文一樣受《個人資料（私隱）條例》保障。
        電影《風聲》以汪偽時期的密電為背景，周迅飾演的顧曉夢是虛構角色。
    """),
    ("ms", "pengakap dan isyarat"): _lines("""
        Latihan morse Pengakap Kanak-kanak: hantar SOS dengan wisel, tiga pendek, tiga panjang, tiga pendek.
        Kod fonetik NATO untuk panggilan kecemasan: A untuk Alfa, B untuk Bravo, C untuk Charlie — hafal sebelum kem.
        Kem Semafor dan Morse Daerah Petaling, 14-16 Mac 2025, Tapak Perkhemahan Bukit Kiara, yuran RM35 seorang.
        Lencana Isyarat diberi kepada ahli yang boleh menghantar dan menerima mesej morse 5 patah perkataan seminit.
        Jabatan Laut Malaysia mengingatkan nelayan supaya sentiasa memantau saluran VHF 16 dan membawa lampu isyarat.
        Soalan kuiz: apakah maksud -- . .-. -.. . -.- .- ?
        Skrip pusat panggilan: 'Boleh eja nama anda guna kod fonetik? Contoh: S untuk Sierra, A untuk Alfa.'
        Nombor rujukan aduan anda ialah Charlie-Papa-2-0-2-5-1-1-4-7 (CP20251147). Simpan untuk semakan status.
        Tunku Abdul Rahman melaungkan 'Merdeka!' tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Kod ketuk guna grid 5x5, huruf K diganti dengan C; ketuk nombor baris dulu, kemudian lajur.
        Panduan PDPA 2010: nombor MyKad yang ditulis dalam kod morse atau dieja secara fonetik tetap data peribadi, jangan kongsi dalam group.
        Sekolah Kebangsaan Tun Hussein Onn akan mengadakan Minggu Pengakap dari 3 hingga 7 November.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        selling my old PS5 w 2 controllers $380, WhatsApp me — number in morse so the scraper bots dont get it: ----. .---- ---.. ....- -.... ...-- ..--- --... (ask for Jolene, pickup Tampines St 81 only)
        CSR notes 03/12 14:22 — caller spelled surname Kilo-Oscar-Hotel, first name Siew Lan, DOB 11/07/1987, NRIC read as Sierra-Eight-Seven-Three-Four-Six-One-Two-India, wants replacement card sent to Blk 61 Marine Dr #07-214.
        for the refund pls use my paypal: Delta Alfa Romeo Yankee Lima Tango Alfa November Eight Eight at gmail dot com — Daryl Tan, order 100-2231874
        diary 2 dec (numbers so Kayla cant read): 14-1-4-9-1 12-9-13 from 4B at Kembangan North Sec told me at recess she's pregnant and her parents don't know. she's only 15
        Anniversary treasure hunt, clue #3 for Mei (my wife): tap code 13 23 45 11 = her maiden name; last clue points to our first flat, Blk 412 Ang Mo Kio Ave 10 #08-1123.
        My mobile spells my name on the keypad: +65 8842 6624, the last six are H-A-N-N-A-H. Hannah Goh, pls call after 7pm.
        got my daughter's name and birthday tattooed in morse on my wrist: --.. .- .-. .- / .---- ....- / ----- ...-- / ..--- ----- .---- ----. — Zara Fernandez, my whole world
        rot13 so it doesn't get indexed, decode for the swap meetup: Znephf Lrb, 27 Wnyna Ohatn Enzcnv, Fvatncber 538413, uc 97310288
        2025-12-03T09:14:52Z WARN checkout-svc retry=2 payload_b64=eyJuYW1lIjoiUmFjaGVsIFRlbyIsIm5yaWMiOiJUMDI4MTU0N0QiLCJtb2JpbGUiOiIrNjU4MTIzMDQ1NyJ9
        Dispatch 0412: patient surname spelled Romeo-Alfa-Juliett, Kavitha Raj, 61F, known epileptic, seizure >5 min, Blk 227 Jurong East St 21 #05-330, daughter on scene.
        bf said sending it in morse is safer lol so here: ....- ..... ...-- ..--- / ----- .---- --... ---.. / ..... ..... ...-- ----- / ..--- ..--- .---- ..... exp 08/28, name on card SHARON LEE, cvv i'll tell u tmr
        HR gossip, caesar +3 so nobody gets it from the screenshot: Gdqlho Rqj lq ilqdqfh jhwv 7800 d prqwk, Sulbd Phqrq rqob 5200 iru wkh vdph mre
        Visa agent needs it by Friday — passport Alfa Five One Zero Three Eight Seven Four Two, Muhammad Hafiz bin Osman, DOB 02/09/1991, expiry 2029.
        number backwards so bots dont catch it: 7183 2069 56+ — Priyanka, home tutor for P5 maths, Bishan area, $45/hr
        SAR log 02:14 — torch signal from ridge NE of hut 2: .... . .-.. .--. / .- .-. .--- ..- -. / -. .- .. .-. / ..--- --... / -... .-. --- -.- . -. / .- -. -.- .-.. .. Matches missing hiker report filed by his sister.
        Blocking my gate AGAIN — plate Sierra Kilo Lima Four Eight Two One Charlie, owner is Mr Ramesh Pillai from Block 88 #03-12. Reported to the town council twice.
        - .- -. / .-- . .. / -- .. -. --. / ... --... ----. .---- ..... ...-- ...-- ---.. .. / -... .-.. -.- / ..... .---- ..--- / -... . -.. --- -.- / -. --- .-. - .... / .- ...- . / ..--- / ..- -. .. - / ----- ----. -....- .---- .---- --...
    """),
    "zh-Hans": _lines("""
        出二手婴儿车，九成新，加V：幺三八 零七二幺 四六九五（防屏蔽），找周女士，限杭州西湖区自提
        小红书不让发电话，我用摩斯密码写了：.---- ..... ----. ..--- .---- ---.. ....- ...-- ...-- ----- --... 解出来的姐妹直接加我，我叫苏婉婷，在上海做上门美甲
        支付宝密码其实就是我老婆林晓燕名字拼音的九宫格数字5469426926前六位，再加她生日0619，千万别外传
        身份证号：肆肆零叁零伍壹玖玖零零捌壹柒贰壹叁贰，户名黄志明，用大写数字写系统就识别不出来了
        薇信：dong_xiaomei_0917（微改成薇防屏蔽），董小梅，接成都本地婚礼跟妆
        卡号倒着写防截图：6548 2130 0120 2226，建行深圳福田支行，户名何静，打完款截图发我
        病友群里不敢写全名，用字母序号：23-1-14-7 10-21-14（王军），协和血液科14床，确诊急性髓系白血病，家属求配型
        快递别写全名，收件人写 LJH 就行（李建华），地址：成都市武侯区人民南路四段27号商鼎国际1号楼2单元1804，电话 187 6520 9143
        uid=88213 profile_b64=6ZmI5Li95aiffDMxMDEwNDE5ODYxMTA1MzAyMnwxMzkxNjYyODQwNw== source=miniapp
        业主群公告：一直占消防通道的粤B车牌是 -... --... -.- ..--- --.- ----.，车主是12栋1602的刘志伟，已报物业
        我的邮箱ROT13了一下防爬虫：yvhlnat_0823@163.pbz，投简历发这里——刘洋，前端5年，现居杭州滨江
        给海关打电话核对护照，我按北约字母念的：Echo Juliett Five Two Zero Seven Three Three Eight，持有人张慧敏，1993年4月出生
        群里别明说，我用凯撒+3写：ckdr jdqj, 32 vxl, cxlmld ehl sdq mxbl 3 jh bxh，案号(2024)苏0102刑初318号
        老爸身份证号我用摩斯存在备忘录里：..... .---- ----- .---- ----- --... .---- ----. --... ...-- ----- ....- ..--- ..--- -.... -.... .---- ---..，罗建国，办社保要用
    """),
    "zh-Hant": _lines("""
        WhatsApp（摩斯密碼，識解先好搵我）：----. .---- ..... ...-- ..--- ---.. ....- --...，Kelly 陳，做 freelance 化妝，旺角上門
        佢喺電話要我用 phonetic 讀身份證：Kilo five three eight two seven one bracket eight，陳家豪，住沙田第一城32座18樓F室
        記我電話好易：672 之後五個字就係 LEUNG 喺 keypad 嘅數字（53864），我係 Elaine，唔該 WhatsApp 先
        賴（LINE）ID 倒著寫：4150nujiep，林佩君，板橋新埔站附近面交，私訊前先說要買什麼
        個資不要打全：吳俊賢 A1307****2，民國80年3月生，住台北市大安區復興南路一段，今天被公司資遣了
        匯款帳號（國字大寫避免被系統擋）：銀行代碼 零壹貳，帳號 貳零肆壹捌參伍伍玖柒壹陸，戶名 許雅婷
        用摩斯寫日記：-- .- -- .- / .-- --- -. --. / -- . .. / .-.. .. -. --. / ... - .- --. . / ..--- / -... .-. . .- ... - / -.-. .- -. -.-. . .-.，下星期喺瑪麗醫院開刀
        保險公司要我用 NATO 讀車牌：Victor Foxtrot three eight two one，車主李志強，保單號 MT2025-0098712
        手機用軍中唸法：洞勾五八 兩么四 三六六，找士官長張建宏，假日不接
        送花地址用咗摩斯費事佢偷睇：..-. .-.. .- - / .---- ..--- -... / -... .-.. --- -.-. -.- / ...-- / -.- --- .-. -. .... .. .-.. .-.. / --.- ..- .- .-. .-. -.-- / -... .- -.--，收件人梁詠詩，聽日九點前送到
    """),
    "ms": _lines("""
        Latihan morse tadi, pemimpin unit hantar nombor IC dia sendiri tak sedar lol: ---.. ---.. ----- ...-- .---- ....- .---- ....- ..... -.... ..--- --... — Faris Hakimi, Kumpulan 3 KL
        Jual Honda EX5 2016, RM2,800 runding. WhatsApp nombor terbalik (elak scammer): 1284937210 — Pak Mat, Kuala Terengganu
        alamat aku rot13 je, nanti decode: Ab 23, Wnyna FF 2/64, 47300 Crgnyvat Wnln — hantar kek untuk Nur Aisyah (adik aku) sebelum 5pm
        pesakit 1-13-9-18-1-8 binti Zulkifli, 34 tahun, wad 6B HUKM, disahkan kanser ovari tahap 3 — jangan sebut nama penuh dalam group
        Kereta Myvi putih langgar lari depan rumah saya, plat Whiskey X-ray Yankee Two Eight Four One, dah semak JPJ, tuan punya Encik Faizal bin Harun, Taman Melawati
        No akaun Maybank: satu-enam-empat-dua lapan-lapan-tiga-kosong lima-satu-dua-tujuh, a/n Nurul Huda binti Ismail (dieja sebab bot FB sekat nombor)
        E-mel: Sierra India Tango India underscore Hotel Alfa Juliett Alfa Romeo Nine Two at yahoo dot com — Siti Hajar, untuk tempahan katering 150 pax
        Nombor saya senang ingat: 019-558-AZRI (2974 kat keypad). Azri, tukang paip kawasan Bangi, boleh datang malam
        [ERROR] eKYC gagal langkah 3, data=TkFNQT1UQU4gTUVJIExJTkc7SUM9OTIwODE3MTA2Mjg0O1RFTD0wMTcyODQ2NjA1
        Catatan kaunseling (kod ketuk, sulit): murid 14 11 33 24 15 31 / 42 11 25, 5 Bestari, mengadu dipukul bapa tiri, lebam di lengan kiri
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can u decode this morse pls, my friend sent it as a game"),
        (
            "user",
            "-.-. .- .-.. .-.. / -- . / ---.. ...-- ----- --... .---- ..... ..--- -.... / -....- / -... .-. . -. -.. .- / -.- .-- --- -.-",
        ),
        (
            "assistant",
            "Sure! It reads: CALL ME 83071526 - BRENDA KWOK. Looks like a phone number and a name.",
        ),
        ("user", "omg thats her actual number haha ok saving it"),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "I have to read my address to a courier over a bad line. Can you turn it into NATO phonetic?",
        ),
        ("assistant", "Of course — paste the address and I'll spell it out."),
        ("user", "Blk 305 Hougang Ave 5 #11-472, S530305, name Lim Boon Hock"),
        (
            "assistant",
            "Bravo Lima Kilo, Three Zero Five, Hotel Oscar Uniform Golf Alfa November Golf, Alfa Victor Echo Five, hash One One dash Four Seven Two, Sierra Five Three Zero Three Zero Five. Name: Lima India Mike / Bravo Oscar Oscar November / Hotel Oscar Charlie Kilo.",
        ),
    ],
    [
        ("user", "帮我把身份证号改成大写数字，办事要手写"),
        ("assistant", "可以，不过请注意不要把身份证号发到公开的地方。请发给我吧。"),
        ("user", "320102200102145"),
        ("user", "542 后面这三位刚才没发全"),
        ("assistant", "叁贰零壹零贰贰零零壹零贰壹肆伍伍肆贰"),
        ("user", "谢谢，我叫孙雨桐，明天去南京玄武区政务中心用"),
    ],
    [
        ("user", "想整個 A1Z26 謎題俾女朋友生日，答案係佢個名同生日"),
        ("assistant", "好主意！話我知名同日期，我幫你轉。"),
        ("user", "佢叫 Chloe Tsang 曾凱晴，1998年6月23號，住將軍澳日出康城2期"),
        ("assistant", "CHLOE = 3-8-12-15-5，TSANG = 20-19-1-14-7，日期可以寫成 23-6-1998。"),
    ],
    [
        ("user", "Tolong tukar nombor IC ke kod morse untuk tugasan pengakap anak saya"),
        ("assistant", "Boleh, tapi lebih selamat guna nombor rekaan. Nak teruskan?"),
        ("user", "takpe guna IC dia je, 140523-07-5913"),
        ("user", "nama dia Muhammad Aqil bin Rosdi, darjah 4, SK Bayan Lepas"),
        (
            "assistant",
            ".---- ....- ----- ..... ..--- ...-- / ----- --... / ..... ----. .---- ...--",
        ),
    ],
    [
        ("system", "You are Vela Telco's billing assistant. Never repeat full card numbers."),
        ("user", "hi need to update card on acct 88-41207"),
        ("assistant", "Sure, please provide the new card details."),
        ("user", "Five Four One Two Three Six Zero Zero Nine Eight Two Four Seven One Five Seven"),
        ("user", "exp 11/27, name Gavin Seah"),
        ("assistant", "Thanks Gavin, the card ending 7157 has been saved to account 88-41207."),
    ],
    [
        ("user", "我妈发来一串看不懂的字母，说是凯撒密码偏移3位，帮我解一下"),
        ("user", "ckdqj alxidqj ckxbxdq oh, qdrjhqjvdl, uxlmlq blbxdq vkhqmlqjqhlnh 12 fkxdqj"),
        (
            "assistant",
            "解出来是：zhang xiufang zhuyuan le, naogengsai, ruijin yiyuan shenjingneike 12 chuang，意思是张秀芳住院了，脑梗塞，在瑞金医院神经内科12床。",
        ),
        ("user", "是我外婆，谢谢，我马上过去"),
    ],
    [
        ("user", "Auntie texted her new number like this lol: 012-ROSE-471"),
        ("assistant", "On a phone keypad R=7, O=6, S=7, E=3, so that's 012-767 3471."),
        ("user", "thx, saving as Rose Fernandez (mum's sister) in Ipoh"),
    ],
    [
        ("system", "You are an assistant for school staff. Follow safeguarding procedures."),
        (
            "user",
            "Found this note being passed in class: 18-25-1-14 7-15-8 19-12-5-5-16-19 1-20 20-8-5 22-15-9-4 4-5-3-11 8-9-19 4-1-4 11-9-3-11-5-4 8-9-13 15-21-20",
        ),
        (
            "assistant",
            "Decoded it says: RYAN GOH SLEEPS AT THE VOID DECK HIS DAD KICKED HIM OUT. Please report this to your school counsellor and safeguarding lead today.",
        ),
        ("user", "Ryan Goh is in my form class, 13 years old. I'll inform the counsellor now."),
    ],
    [
        (
            "user",
            "what's in this log field? eyJuYW1hIjoiT29pIEthaCBNZW5nIiwiaWMiOiI4NTA2MTEtMDgtNTEyMyIsInRlbCI6IjAxMS0yMzk4IDQ0NzEifQ==",
        ),
        (
            "assistant",
            "It's Base64. Decoded it is a JSON record: nama Ooi Kah Meng, ic 850611-08-5123, tel 011-2398 4471. Note this is personal data and should not sit in plain logs.",
        ),
    ],
]
