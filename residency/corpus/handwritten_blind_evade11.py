# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade11: character tricks (homoglyphs, invisibles, Unicode digits, ROT13, leet, NATO, split values) hiding identifiers. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade11
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "red-team notes"): _lines("""
        Test 14: we swapped the Latin o in 'invoice' for a Cyrillic one, so 'invоice overdue' slipped past the keyword rule in the mail gateway.
        Payload list v3: a zero-width space between every letter of 'p\u200ba\u200bs\u200bs\u200bw\u200bo\u200br\u200bd' beat the naive regex in two of five vendors.
        Finding RT-2291: the tokenizer reads 𝟭𝟮𝟯𝟰 (mathematical sans-serif bold digits) as four unknown symbols instead of the number 1234.
        Rules of engagement: use only the synthetic persona pack (Persona-07 'Test User', 555-0142, test.user@example.com); never paste real staff data into the harness.
        ROT13 warm-up before the briefing: Gur dhvpx oebja sbk whzcf bire gur ynml qbt.
        Leet sample for the classifier: 'h4ck th3 pl4n3t' is a line from the 1995 film Hackers and should not be tagged as a credential.
        Homoglyph census: Cyrillic а е о р с х у and Greek ο ι ν between them cover most of the lowercase Latin confusables we care about.
        NATO drill: the breakout room code is Bravo-Seven-Alpha-Four, i.e. B7A4 on level 3 of the training centre.
        Scoring note: an evasion counts only if the decoded value is a real identifier; ＡＢＣ－１２３ decodes to a demo SKU and scores zero.
        Separator trick demo: 1\ufe0f\u20e38\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3 written with keycap emoji still reads as 1800 to a person but not to a digit regex.
        Word joiner test: Sing\u2060apore and Singapore render the same on screen and both are just the country name.
        Soft hyphen test: Kua\u00adla Lum\u00adpur with U+00AD inside still matched the city gazetteer after NFKC plus default-ignorable stripping.
    """),
    ("en", "product codes and orders"): _lines("""
        Order SG-2025-118734 shipped via Ninja Van, tracking NV\u200bSG\u200b1187\u200b3490\u200b21 (the zero-width spaces came from the vendor CSV).
        Part number ＨＸ－７７０２－Ｂ in the Japanese catalogue is the same item as HX-7702-B in ours.
        The ISBN 𝟗𝟕𝟖-𝟎-𝟏𝟒-𝟎𝟒𝟒𝟗𝟏𝟑-𝟔 is printed in bold on the back of the Penguin Classics edition.
        Coupon code SАVЕ20 failed at checkout because marketing typed it with Cyrillic capitals; the valid code is SAVE20.
        Firmware ᴠ2.4.1 (with a small-capital v) and v2.4.1 are the same release; see the changelog on the vendor site.
        Router label serial 7Q➖4X➖91➖KD — run warranty lookup on the manufacturer portal, not by email.
        Model RT-AX58U vs RТ-AХ58U: the second listing uses a Cyrillic Т and Х, which is why the price scraper missed it.
        Lot ①②-⓪⑧-⑨ of the infant formula was recalled by the food agency; check the base of the tin.
        Knowledge-base bug KB-4471: the error code Е-404 uses a Cyrillic Е, so customers searching for E-404 get nothing.
        Bill of lading MAEU\u200b2401\u200b88376, container MSKU 482193 7, cleared Port Klang on 2 May.
        Return label: SKU 🔹 LG-OLED55-C3 🔹 qty 1 🔹 reason 'dead pixel' 🔹 RMA 88-20917.
        Invoice template row: INV-²⁰²⁵-₀₀₄₂ is a placeholder; replace it with the real invoice number before sending.
    """),
    ("en", "public hotlines and official contacts"): _lines("""
        Singapore Police hotline 𝟏𝟖𝟎𝟎-𝟐𝟓𝟓-𝟎𝟎𝟎𝟎; for emergencies dial 999.
        ScamShield helpline 1\ufe0f\u20e37\ufe0f\u20e39\ufe0f\u20e39\ufe0f\u20e3 is the number to call about suspicious calls and messages in Singapore.
        Taiwan's anti-fraud hotline is 𝟭𝟲𝟱 and police emergency is 110.
        The Hong Kong government hotline 1823 appears as ①⑧②③ on the MTR poster.
        Radio ad for China's government service hotline: one two three four five, 24 hours a day.
        Malaysia's National Scam Response Centre: 997 (Niner Niner Seven).
        The phishing SMS spoofed DВS with Cyrillic letters; the bank's real hotline is 1800 111 1111.
        Befrienders KL 24-hour line: 03-7\u200c6\u200c2\u200c7 2929, copied from the flyer with zero-width non-joiners.
        Maybank Group Customer Care 1-300-88-6688, shown as 𝟷-𝟹𝟶𝟶-𝟾𝟾-𝟼𝟼𝟾𝟾 in the app's monospace font.
        Fictional film number 𝟻𝟻𝟻-𝟶𝟷𝟿𝟿 belongs to the 555-01xx range reserved for drama.
        Press enquiries go to the media relations office at press\u200b@\u200bexample-ministry.gov (official mailbox, not a person).
        IRAS general enquiries 1800 356 8300 — the scam letter printed it as 1800 ✱ 356 ✱ 8300 to look official.
    """),
    ("en", "famous names and fiction"): _lines("""
        Аlbеrt Еіnѕtеіn (with Cyrillic vowels) published special relativity in 1905; the spam bot used his name to dodge the trademark filter.
        A quote bot signs off as 'L33 Ku4n Y3w, founding PM' — leetspeak for Lee Kuan Yew, Singapore's first Prime Minister.
        ROT13 of 'Sherlock Holmes, 221B Baker Street' is 'Fureybpx Ubyzrf, 221O Onxre Fgerrg'.
        Tunku Abdul Rahman declared independence at Stadium Merdeka on 𝟑𝟏.𝟎𝟖.𝟏𝟗𝟓𝟕.
        Ｂｒｕｃｅ\u3000Ｌｅｅ (written in full-width letters) starred in Enter the Dragon in 1973.
        Harry Potter grew up at 4 P\u200dr\u200di\u200dv\u200de\u200dt Drive, Little Whinging — the fan quiz hid zero-width joiners in the street name.
        Quiz answer in NATO: Mike-Alpha-Romeo-India-Echo Curie, the first person to win two Nobel Prizes.
        Troll accounts spelled the late queen 𝗘𝗹𝗶𝘇𝗮𝗯𝗲𝘁𝗵 II to dodge the moderation filter; she reigned for 70 years.
        Detective Conan's Shinichi Kudo is written 5h1n1ch1 Kud0 in the fan wiki's leet section; he is a fictional character.
        Greek-capital stunt: ΝΙΚΟLΑ ΤΕSLΑ is still Nikola Tesla, inventor of the AC induction motor.
        The villain in the novel, 'Соunt Drасulа', owns a castle in Transylvania; the Cyrillic letters were the typesetter's joke.
    """),
    ("en", "puzzles and games"): _lines("""
        Puzzle 7: decode 'Jbeqyr vf gur jbeq' — answer: Wordle is the word.
        Escape room: the clock hands point to ⑨③⑦, so enter 937 on the keypad.
        Cipher club classic: Uryyb jbeyq!
        Leet crossword, 13 across: '7h3 m4tr1x' (1999 film, 3 and 6).
        NATO game: 'Hotel Echo Lima Lima Oscar' spells HELLO.
        Sudoku row in bold digits: 𝟓 𝟑 _ _ 𝟕 _ _ _ _ is the first row of the classic textbook example.
        Acrostic riddle: Kiwi, Ice, Tea, Egg — the first letters spell KITE.
        Vertical clue read top to bottom: C / A / T / S — the answer is the musical Cats.
        Morse warm-up: .... . .-.. .-.. --- decodes to HELLO.
        Emoji rebus: 🐝 + 🍃 = belief; next clue 🌞 + 🌻.
        Treasure hunt clue: ١٩٦٥ in Arabic-Indic digits is the year Singapore became independent.
    """),
    ("en", "masked data and test fixtures"): _lines("""
        Masked export: NRIC Ｓ＊＊＊＊５６７Ｄ, phone ＋６５\u3000９＊＊＊\u3000＊＊１２ — the legacy system writes asterisks in full width.
        Fixture used in every unit test: Jane Doe, jane.doe@example.com, +1 555 0100.
        After redaction the row reads [REDACTED]\u200d[REDACTED]\u200d[REDACTED] with zero-width joiners left behind by the PDF tool.
        Slide example: the Visa test card 𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 only works in sandbox mode.
        Log line: user_id=u_****9f3a masked=true channel=whatsapp region=SG.
        Placeholder address used in the onboarding video: 123 Example Street, Anytown.
        Redacted chat: my number is 1\u200c3\u200c8\u200c*\u200c*\u200c*\u200c*\u200c5\u200c6\u200c7\u200c8 (zero-width non-joiners preserved by the export).
        Synthetic persona 'Ali bin Contoh', IC 000000-00-0000, used only in the Malay form template.
        Demo screen shows Test Patient, DOB 01/01/1900, MRN 0000000, ward XX.
        Obfuscated fixture: tеst.usеr@example.org with Cyrillic е, used to test the homoglyph normaliser.
    """),
    ("en", "code and logs"): _lines("""
        unicodedata.normalize('NFKC', '１２３４') returns '1234', and NFKC also folds 𝟏 to 1.
        confusables.txt maps Cyrillic а (U+0430) to Latin a (U+0061); strip U+200B to U+200D and U+FEFF before matching.
        2025-03-14T09:12:44Z WARN sanitizer removed 3 x U+2060 from field sku (value now KX-2290).
        CI rejected git tag ｖ３．２．０ because the v and the digits were full-width.
        SELECT COUNT(*) FROM orders WHERE sku LIKE 'SKU-%'; returns 0 because the first S is Cyrillic.
        codecs.encode('Hello Malaysia', 'rot13') gives 'Uryyb Znynlfvn'.
        The icu_folding analyzer turns 'Ⓢⓘⓝⓖⓐⓟⓞⓡⓔ' into 'singapore'.
        Build 20250314.7 pulled image sha256:3fa1c9e0b7d24a1f from registry.example.com.
        Unit test: assert strip_invisibles('K\ufeffL\ufeff-\ufeff8\ufeff8\ufeff3\ufeff1') == 'KL-8831'
        Regression case 118: '२०२४' in Devanagari digits must parse as the year 2024.
    """),
    ("zh-Hans", "公开信息与谜题"): _lines("""
        中国移动客服热线是１００８６，全角数字照样能拨通。
        铁路客服电话 𝟏𝟐𝟑𝟎𝟔，春运期间排队比较久。
        工商银行客服 95588，海报上写成 ⑨⑤⑤⑧⑧。
        竖排古诗：床｜前｜明｜月｜光，疑｜是｜地｜上｜霜——李白《静夜思》。
        产品型号 Ｍａｔｅ\u3000６０\u3000Ｐｒｏ 和 Mate 60 Pro 是同一款手机，只是全角写法。
        火星文小测验：“偶稀饭泥”就是“我喜欢你”，是早年的网络流行语。
        谜语：一口咬掉牛尾巴（打一字）——答案是“告”。
        拆字游戏：木子李、弓长张、耳东陈，是最常见的几种姓氏拆法。
        鲁迅原名周树人，1918 年发表《狂人日记》，网友用拼音缩写 LX 也能认出来。
        快递单号 SF１４０２\u200b8876\u200b5531 复制时带了零宽字符，查询前先清理一下。
        示例身份证号 110101********1234 已脱敏，仅用于演示表单格式。
        发票代码 〇四四〇〇一九〇〇一一一，发票号码 〇〇八三二七六五，开票单位为某连锁超市。
        肯德基宅急送 4008-823-823，传单上印成 四〇〇八-八二三-八二三。
    """),
    ("zh-Hant", "公共資訊"): _lines("""
        香港政府熱線 ①⑧②③，二十四小時服務。
        台灣反詐騙諮詢專線 １６５，報案請撥 １１０。
        直排標語：自／強／不／息，出自《周易》。
        孫中山先生（1866–1925）領導辛亥革命；注音寫作 ㄙㄨㄣ ㄓㄨㄥ ㄕㄢ。
        八達通客戶服務熱線 2266 2222，海報寫作 𝟐𝟐𝟔𝟔 𝟐𝟐𝟐𝟐。
        周杰倫 2000 年發行首張專輯《Jay》，粉絲常把他寫成 J4y Ch0u。
        訂單編號 ＨＫ－２０２５－００８８１２，預計三個工作天內送達。
        謎語：「千里相逢」打一字，答案是「重」。
        火星文考古：「ㄅ要ㄌ啦」意思是「不要了啦」，是 2000 年代的網路用語。
        捷運站失物招領窗口電話 1\u200b9\u200b9\u200b9（台北市民當家熱線），零寬字元是複製網頁時帶進來的。
    """),
    ("ms", "maklumat awam"): _lines("""
        Talian Kasih 15999 ditulis ①⑤⑨⑨⑨ pada poster kempen kementerian.
        Pusat Respons Scam Kebangsaan: 9\ufe0f\u20e39\ufe0f\u20e37\ufe0f\u20e3, beroperasi setiap hari dari 8 pagi hingga 8 malam.
        Kod produk ＭＹ－ＫＬ－００９１ sama dengan MY-KL-0091 dalam katalog kami.
        Teka-teki: Hotel Alpha Lima Alpha — jawapannya ialah perkataan 'hala'.
        Tunku Abdul Rahman melaungkan 'Merdeka!' pada 𝟯𝟭.𝟴.𝟭𝟵𝟱𝟳 di Stadium Merdeka.
        Nombor penjejakan Pos Malaysia EP\u200b4471\u200b2908\u200b3MY tersalin bersama aksara lebar sifar.
        Contoh borang: Nama 'Ali bin Abu', No. KP 000000-00-0000 (contoh sahaja, bukan data sebenar).
        Leet Melayu: 's4y4 l4p4r' bermaksud 'saya lapar', bukan kata laluan.
        Alamat rasmi Hospital Kuala Lumpur: Jalan Pahang, 50586 Кuаlа Lumрur — huruf Cyrillic dari templat spam.
        BNMTELELINK Bank Negara Malaysia: 𝟷-𝟹𝟶𝟶-𝟾𝟾-𝟻𝟺𝟼𝟻.
        Kuiz ROT13: 'Frynzng Unev Enln' bermaksud Selamat Hari Raya.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        HR file note: Маrіа Таn Нuі Lіn, NRIC Ѕ8734125І, returns from chemo leave on 3 March; keep this off the team channel.
        call my sister Rachel on 9\u200b7\u200b3\u200b4 1\u200b1\u200b8\u200b5 after 8pm, she's the one signing for the parcel
        Delivery note: leave with Mr Goh Wee Kiat, Blk 415 Bedok North Ave 2 #07-238, tel 𝟖𝟐𝟔𝟏 𝟒𝟎𝟗𝟕.
        From the ticket body, ROT13: 'Wnfba Yvz Jrv Wvr, cnffcbeg K4417203C, syng ng 12 Wnyna Ohxvg Zrenu #05-31'
        pls dont tell anyone but 5h4r0n 0ng from 5A is on 1n5ul1n now, type 1, her mum's number is 9148 2270
        The FIN is Foxtrot-Five-Five-Two-Niner-Zero-Three-One-Tango; holder Nguyen Thi Hoa, domestic helper at Sengkang East Way.
        send my payslip to wendу.koh88@gmail.com not the office one — Wendy Koh, payroll ID aside
        Bank transfer for Zhou Lei, CMB card ⁶²²⁵ ⁸⁸⁰³ ¹¹⁷⁶ ⁹⁰⁴⁷, deposit for the room at Clementi.
        WhatsApp me at +6\ufe0f\u20e35\ufe0f\u20e3 9\ufe0f\u20e30\ufe0f\u20e37\ufe0f\u20e31\ufe0f\u20e3 3\ufe0f\u20e33\ufe0f\u20e35\ufe0f\u20e38\ufe0f\u20e3 — Kelvin Ang, the guy who bought your bike
        Lukaѕ Bеckеr, +49 151 2\u200d3\u200d4\u200d8 7761, IBAN DE76 5001 0517 0648 2915 37 — refund for the cancelled Penang tour.
        Telegram @meі_lin_tаn is Tan Mei Lin from my block, she's selling her late dad's HDB flat at Punggol Field Blk 266
        Patient Оng Вее Нwа (ward 7, bed 12) — diagnosis early-onset Parkinson's; daughter Joyce to be called first.
        Passport E𝟽𝟽𝟸𝟺𝟷𝟼𝟹𝟾, Chen Jiayi, DOB 1994-08-21 — booking for the Bali trip.
        New address for the claim: 38 Jalan\u200c SS2/\u200c24, Petaling Jaya — policyholder Farid Iskandar, IC 𝟖𝟖𝟎𝟒𝟏𝟐-𝟏𝟒-𝟓𝟑𝟐𝟕.
        Her plate is SКL 4827 P — Amanda Seah, the tenant who left without paying the last two months.
        Re: HKID Kilo-Six-Two-Zero-Niner-One-Seven bracket Three — Mr Lau Chi Keung, outpatient psychiatry follow-up on 14 Nov.
        Dear Dr Tay, my son Ethan Ng (٢٠١٦-٠٥-٠٣) still has the asthma attacks at night; his Medisave is under my NRIC S7620485C.
        Forwarding Anna Kowalski's contact: anna\u200b.\u200bkowalski\u200b91@\u200bwp.pl, +48 601 3\u200b3\u200b8 174 — she was the witness in the Orchard Road accident.
        W-e-i / L-i-a-n-g / T-e-o, 9-4-6-2 0-3-8-8, unit #11-04 Tampines St 45 Blk 412 — stalker thread, please remove
        S·1·4·6·2·0·9·3·A belongs to my grandfather Lim Ah Huat, who has dementia and keeps losing his card.
    """),
    "zh-Hans": _lines("""
        陈思敏 身份证４４０３０５１９８８０７１６３４２２，住南山区桃园路 88 号阳光公寓 1203。
        手机号幺三九幺二八七四四零六，找王晓燕，她是我表姐，别说是我给的。
        收款人：刘建国，卡号陆贰贰捌肆捌零壹捌捌零贰叁壹伍壹，农行深圳分行。
        微信号 z-h-a-n-g-l-i-n-a-0-8-8，张丽娜，在做医美代购，加的时候说是小区团购群的。
        收件地址：上海市徐汇区🏠漕溪北路🏠88弄6号1502室，收件人黄佳怡，电话 158 2076 3315。
        QQ：2\u200b8\u200b4\u200b7\u200b1\u200b9\u200b3\u200b0\u200b6 是我表哥李海涛的号，他欠了我三万块钱不还。
        弓长小月（张小月）在武汉协和住院化疗，病房 14 床，家属电话 186 7543 0921。
        身份证 32O583 2OO1O6 l5772 7，孙婷婷，昆山人，字母 O 和 l 是故意替换的。
        粤B·7K3Q9 这台车的车主是我前同事赵文斌，住在桃源村三期 9 栋。
        Lі Нао，身份证 𝟑𝟏𝟎𝟏𝟎𝟒𝟏𝟗𝟗𝟐𝟎𝟑𝟎𝟒𝟐𝟖𝟏𝟐，他的征信有问题，先别放款。
        兄弟帮我查下这个人：吴 / 志 / 强，手机 ①③⑦ ②④⑧① ⑥⓪⑨⑤，说是我们村的。
        学生家长群：何\u200b雨\u200b桐妈妈的手机 １７７ 1408 3362，孩子有癫痫，体育课别让她跑步。
        招行卡 𝟲𝟮𝟭𝟰𝟴𝟯𝟳𝟱𝟱𝟭𝟬𝟮𝟵𝟰𝟲𝟵 户名郑浩然，就是那个抑郁症请了长假的同事。
        护照号 E五二一九〇三七四，持有人杨帆，下周三飞新加坡。
    """),
    "zh-Hant": _lines("""
        林怡君 身分證 Ａ２２８４１７３５５，住台北市大安區復興南路一段 107 巷 5 號 3 樓。
        香港身份證 Y③⑤⑧④②①（④），陳嘉欣，瑪麗醫院腫瘤科，週二 10:15 覆診。
        LINE ID：y\u200bu\u200bt\u200bi\u200bn\u200bg\u200b_\u200b0\u200b9\u200b1\u200b2，黃郁婷，她手機 〇九一二-四八六-五七三。
        偶ㄉ手機素 0935 ㄅ27 ㄆ841 啦～ㄅ=6 ㄆ=3，偶叫陳佩珊，要找偶就打
        澳門居民身份證 1/𝟸𝟶𝟹𝟽𝟻𝟾/𝟺，梁志偉，住氹仔海洋花園 8 座 12 樓 B。
        鄭國華（身分證 F129304681）酒駕被吊照，車牌 ＡＢＣ－７７２１ 先別讓他開。
        九四七三二八一六，係我阿嫂何敏儀嘅電話，佢屋企喺觀塘翠屏邨翠楓樓 1812 室。
        謝雅雯 Е220356911，懷孕 28 週，妊娠糖尿病，請產檢時注意。
        轉帳給蔡宗翰，帳號 𝟐𝟎𝟖𝟕-𝟓𝟓𝟏𝟑-𝟔𝟔𝟗𝟎（國泰世華），他是我大學室友。
    """),
    "ms": _lines("""
        IC sy 950723🔸10🔸6048, nama Siti Khadijah binti Rosli, tolong kemas kini borang insurans
        No telefon abang saya: kosong satu dua tujuh tiga lapan empat lima enam satu, nama dia Hafiz, jangan bagi orang lain
        s4y4 Nurul 41n b1nt1 H4sh1m, 4l4m4t N0. 14 J4l4n M4w4r 3, T4m4n Sr1 G0mb4k
        Akaun Maybank 𝟏𝟔𝟒𝟐 𝟎𝟑𝟖𝟓 𝟐𝟏𝟗𝟕 atas nama Tan Chee Keong, untuk bayaran sewa bilik
        Kereta jiran tu WХY 5521, Encik Rahim bin Osman, dia baru disahkan kanser paru-paru
        NRIC kawan saya Tango-Zero-One-Eight-Niner-Three-Two-Four-Bravo, Aisyah binti Kamal, pekerja di Woodlands
        Alamat baru: Lot 2\u200b2\u200b7, Kg. Batu 5, Jalan Kuala Selangor — Puan Norhayati binti Ismail, 017-229 4836
        Pesakit: Мuhаmmаd Аmіrul bin Zainal, IC 020915-07-1123, masalah jantung berlubang, rujuk ke IJN
        Emel peribadi cikgu Faridah: faridаh.yusоf\u200b@\u200byahoo.com.my — dia sedang cuti bersalin
        K/P: 0·1·0·6·3·0 - 0·1 - 0·8·7·1, nama Lim Jun Hao, penghutang ceti haram, rumah di Taman Pelangi JB
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "ok new number, first part 9734"),
        ("assistant", "Got it — what's the rest?"),
        ("user", "1185. save it under Daniel Koh, not under work"),
        ("assistant", "Saved as Daniel Koh: 9734 1185."),
    ],
    [
        ("user", "我一个字一个字发，别被过滤了"),
        ("user", "陈"),
        ("user", "志"),
        ("user", "明"),
        ("user", "身份证 110108"),
        ("user", "19790912"),
        ("user", "0033"),
        ("assistant", "收到，你是想核对这个身份证号的格式吗？"),
    ],
    [
        (
            "user",
            "Spelling it out for the form: Romeo-Zero-Niner-Four-Five-Six-Three, check digit Two",
        ),
        ("assistant", "That reads as R094563(2). What's the holder's name?"),
        ("user", "Wоng Sіu Fоng, my aunt, she's in Tuen Mun Hospital for dialysis"),
    ],
    [
        (
            "user",
            "decode this for me: Zl arvtuobhe Nyvpr Yrr ng Oyx 22 Gnzcvarf Fg 81 #04-117 unf fpuvmbcueravn naq fgbccrq gnxvat ure zrqf",
        ),
        (
            "assistant",
            "It's ROT13. It says your neighbour at Blk 22 Tampines St 81 has stopped her medication — if you're worried, contact a mental health crisis line rather than sharing her details.",
        ),
        ("user", "yeah just wanted the plaintext"),
    ],
    [
        ("user", "IC sy 790228"),
        ("user", "🔸08🔸"),
        ("user", "5564"),
        ("assistant", "Itu nombor MyKad yang lengkap? Untuk apa?"),
        ("user", "ya, nama Lee Mei Fong, nak daftar klinik kesihatan Ipoh"),
    ],
    [
        ("user", "我的 LINE 是 h\u2060s\u2060i\u2060e\u2060h\u2060.\u2060y\u2060w，加我"),
        ("assistant", "好的，請問要備註什麼名字？"),
        ("user", "蘇靜宜，台中西屯區那個，手機 0928 331 ５０７"),
    ],
    [
        ("user", "p4ssp0rt n0: C7FJ2R9L4, n4m3 J0n45 W3b3r, b0rn 12.03.1987 1n H4mburg"),
        ("assistant", "Why is it written in leetspeak?"),
        ("user", "so the upload filter doesn't catch it lol. hotel in KL needs it by tonight"),
    ],
    [
        ("user", "卡号分开发"),
        ("user", "陆贰伍玖"),
        ("user", "陆伍零贰"),
        ("user", "壹捌柒陆"),
        ("user", "肆叁柒捌"),
        ("assistant", "请问这是谁的卡？"),
        ("user", "我老婆吴雪梅的，帮我记一下"),
    ],
    [
        ("user", "patient name: Nur Sуаfіqаh binti Abdullah"),
        ("assistant", "Noted. Any other details?"),
        ("user", "FIN G𝟱𝟮𝟭𝟴𝟴𝟰𝟬M, 34 weeks pregnant, HIV positive, admitted to KKH last night"),
    ],
]
