# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade29: English-Chinese-Malay code-switching that splits values across scripts, numerals and romanisations. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade29
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "street and building names"): _lines("""
        Jalan Tun Razak / جالن تون رازق / 敦拉萨路 — keluar dari MRT Tun Razak Exchange pintu B, belok kiri ke Menara utama.
        Lebuh Chulia 牛干冬街 famous for hawker stalls after 6pm; parking kat Lebuh Campbell RM1.20 sejam.
        Jalan Yap Ah Loy 叶亚来街 is named after the Kapitan Cina who rebuilt Kuala Lumpur after the 1881 fire.
        Jalan Thambipillay (தம்பிப்பிள்ளை சாலை) in Brickfields commemorates K. Thamboosamy Pillay, a founder of Victoria Institution.
        Tan Tock Seng Hospital 陈笃生医院, 11 Jalan Tan Tock Seng, Singapore 308433 — A&E open 24 hours.
        Dr Sun Yat Sen Museum 孙中山纪念馆, 120 Armenian Street, George Town; tiket dewasa RM10, pelajar RM5.
        Jalan Tun Tan Cheng Lock 陈祯禄路 sekarang sehala; bas RapidKL 300 lalu depan Pasar Seni.
        Wisma Loke 陆佑大厦 heritage mansion — guided tour every Saturday 10am, 报名请上官网。
        Jalan Ipoh 已经改名做 Jalan Sultan Azlan Shah, tapi Waze masih tunjuk nama lama.
        Sekolah Jenis Kebangsaan (Tamil) Ladang Vallambrosa — தமிழ்ப் பள்ளி, Jalan Kebun, Klang.
        Hospital Sultanah Aminah (HSA), Persiaran Abu Bakar Sultan, 80100 Johor Bahru — 苏丹娜阿米娜医院。
        Masjid Kapitan Keling ماسجد کاڤيتن کليڠ dibina pada 1801, terletak di persimpangan Lebuh Buckingham.
        逸夫楼 Run Run Shaw Building — 多间大学都有，以捐款人邵逸夫命名，不是学生宿舍。
    """),
    ("zh-Hans", "订单物流与票据编号"): _lines("""
        订单号：二〇二五一二〇三-88417，请在“我的订单”中查看物流进度。
        顺丰单号 SF 一四六 0 二七八 九三五 一二，已到达【深圳宝安转运中心】。
        发票号码 No. 04418 三七二六，开票日期二〇二五年十一月二十八日，金额（大写）叁仟陆佰捌拾元整（¥3,680.00）。
        客服热线：四〇〇-八二〇-8820（工作日九点至十八点），人工服务请按 0。
        快递柜取件码 6 8 三 一 五 二，请于二十四小时内取件，超时每天收费一元。
        本批次共 一千二百四十 件，SKU：ZH-零七-2291-B，仓位 A 区 三排 12 号。
        合同编号 HT-二〇二五-0417，甲方：吉隆坡某银行分行；乙方：深圳市鹏程物流有限公司。
        银行大写金额示例：壹万贰仟叁佰肆拾伍元陆角柒分 = 12,345.67 元。
        第 十三 届 东南亚华文教育研讨会将于 2026 年 三 月 在 新山 举行，报名费 RM 一百五十。
        航班 AK 一五一五 (KUL→CAN) 起飞时间改为 23:55，请旅客提前三小时到达 KLIA 二号航站楼。
        商品条码 690 一二三四 567892 为零售结算码，与买家身份无关。
        工单 #二三八〇四：三楼打印机卡纸，已于 14:20 由 IT 部处理完毕。
        GB 11643 标准附录示例号码 11010519491231002X 仅用于说明校验位算法。
    """),
    ("ms", "harga, statistik dan pengumuman"): _lines("""
        Harga promo: RM dua puluh sembilan ninety (RM29.90) sahaja, sah sampai 31 Dis.
        Nombor giliran anda: satu kosong tiga lapan (1038). Sila tunggu di kaunter 5.
        Talian Kasih 15999 beroperasi 24 jam untuk mangsa keganasan rumah tangga.
        Kes denggi minggu epidemiologi ke-47: three hundred dua puluh satu (321) kes di Selangor, turun 12%.
        No. invois INV-2025-kosong-kosong-tujuh-lima-4, jumlah RM1,250.00 termasuk SST 8%.
        Kadar tukaran hari ini: 1 SGD = RM tiga point empat lima (3.45), kedai pengurup di Jalan Wong Ah Fook.
        Tracking Pos Laju EP 8 8 3 2 tujuh enam satu sembilan MY — status: Dalam penghantaran.
        Waktu operasi Pejabat Pos Kota Bharu: Isnin–Khamis 8.30 pagi – 5.00 petang, Jumaat rehat 12.15–2.45.
        Diskaun lima belas percent untuk ahli; kod promo RAYA15, tak boleh guna bersama baucar lain.
        Skor akhir: Harimau Malaya dua, lawan one — gol kemenangan minit ke-89 dari sepakan penalti.
        Sewa bilik: RM empat ratus fifty sebulan, deposit dua bulan, utiliti kongsi, dekat LRT Setiawangsa.
        Kecemasan: dail 999; dari telefon bimbit tanpa kredit boleh dail 112.
    """),
    ("mixed", "romanisation of public and historical names"): _lines("""
        Sun Yat-sen = 孫逸仙 (Jyutping Syun1 Jat6 Sin1; Pinyin Sūn Yìxiān); di China lebih dikenali sebagai 孙中山 Sūn Zhōngshān.
        Lee Kuan Yew 李光耀 — Pinyin Lǐ Guāngyào; Hokkien Lí Kong-iāu; Prime Minister of Singapore 1959–1990.
        Tan Kah Kee 陈嘉庚 (Hokkien Tân Ka-kiⁿ), 厦门大学创办人, 1874–1961.
        Surname table: 陈 = Chen (pinyin) / Chan (Cantonese) / Tan (Hokkien, Teochew) / Chin (Hakka).
        黄 = Huang / Wong / Ng / Ooi / Wee / Bong — the same surname in six spellings across Malaysia and Singapore.
        Jackie Chan 成龍 (Sing4 Lung4) was born 陳港生 Chan Kong-sang; the stage name appears in all his Hong Kong films.
        Tunku Abdul Rahman Putra Al-Haj (تونكو عبدالرحمن ڤوترا), Perdana Menteri pertama Malaysia, 1957–1970.
        Wong Fei-hung 黃飛鴻 (Wong4 Fei1 Hung4), Cantonese martial artist and folk hero, 1847–1925.
        Laksamana Cheng Ho 郑和 (Hokkien Tēⁿ Hô) — tujuh pelayaran ke Lautan Hindi antara 1405 dan 1433.
        Hang Tuah (هڠ تواه), pahlawan legenda Melaka dalam Hikayat Hang Tuah; watak sastera, bukan rekod sejarah.
        திருவள்ளுவர் Thiruvalluvar, author of the Thirukkural (திருக்குறள்), 1,330 couplets in 133 chapters.
        小明 Xiǎo Míng is the default kid in Chinese maths textbooks: 小明有 5 个苹果，吃了 二 个，还剩几个？
        Jyutping tones drill: si1 詩, si2 史, si3 試, si4 時, si5 市, si6 事 — same syllable, six meanings.
    """),
    ("en", "data handling guidance and templates"): _lines("""
        Template: Dear {nama_pelanggan} / 亲爱的 {客户姓名}, your order {order_id} has been shipped via {courier}.
        Masking rule: show MyKad numbers as YYMMDD-**-****; never write the raw value into application logs.
        Normalise Chinese numerals (〇一二三四五六七八九) and Malay number words (kosong, satu, dua …) to ASCII digits before running the phone regex.
        Blank form: Nama ________  No. K/P ______-__-____  Tel 01_-_______  — fill in BLOCK LETTERS.
        Do not paste customer NRIC, FIN or passport numbers into the shared Slack channel; quote the ticket ID instead.
        Jawi names should be transliterated (e.g. محمد → Muhammad) before matching, and both forms kept in the audit trail.
        Bilingual field labels: 姓名 / Nama / Name; 身份证号码 / No. Kad Pengenalan / ID No.; 联络电话 / No. Telefon / Contact No.
        PDPA reminder: a WhatsApp number becomes personal data once it is linked to a customer's name — collect only what you need.
        Test fixture: user_id=0000, name='TEST USER 测试', phone='+60 12-000 0000' (reserved dummy, do not dial).
        Redacted sample for annotators: 收件人 ***，电话 138****0000，地址 ***省***市*** — nothing recoverable.
        HK form example: 陳大文 CHAN Tai Man, HKID A123456(3) — 此乃示例，請填寫閣下本人資料。
        Singapore sample NRIC S1234567D appears in every ICA guide; real NRICs must be masked to the last 4 characters.
    """),
    ("zh-Hant", "香港公共服務與熱線"): _lines("""
        入境事務處一般查詢熱線：2824 6111（星期一至五 上午八時四十五分至下午四時三十分）。
        撒瑪利亞防止自殺會 24 小時熱線 2389 2222，如有需要請即致電。
        瑪麗醫院 Queen Mary Hospital，地址：香港薄扶林道 102 號。
        伊利沙伯醫院位於九龍加士居道 30 號，急症室 24 小時開放。
        彌敦道 Nathan Road 以第十三任港督彌敦爵士命名，全長約三點六公里。
        八達通客戶服務熱線：2266 2222，遺失卡請即辦理報失。
        港鐵站名粵拼：Zim1 Saa1 Zeoi2 尖沙咀、Mong6 Gok3 旺角、Sam1 Seoi2 Bou2 深水埗。
        邵逸夫爵士（Sir Run Run Shaw，1907–2014）捐建嘅逸夫樓遍佈兩岸三地嘅學校。
        本港今年首十個月錄得登革熱個案 六十二 宗，全部屬外地傳入個案。
        屋苑通告：第 十二 座升降機將於 12 月 8 日 上午十時至下午四時暫停使用，不便之處敬請原諒。
        李小龍 Bruce Lee (Lei5 Siu2 Lung4) 九龍塘金巴倫道故居，已計劃改建為紀念館。
        何文田嘅地名有人話源自「禾桿田」，同叫何文田嘅人冇關係。
    """),
    ("mixed", "code-switched small talk"): _lines("""
        Eh lunch where ah? 我想吃 nasi lemak lah, the one near the LRT station.
        Bos, teh-O ais limau satu, kurang manis, 打包 ya.
        Tomorrow 下雨 leh, jangan lupa bawa payung, the jam at Federal Highway confirm teruk.
        Wah this 榴莲 Musang King RM sixty-eight sekilo, mahal gila but shiok.
        Meeting postpone to 三点半, bilik mesyuarat tingkat 5, bring your laptop ok.
        今晚 Liverpool vs Arsenal, jom tengok kat mamak, I chope table already.
        CNY open house 年初二 at my grandma's place, semua welcome, bawa mandarin oranges.
        Hari ni panas gila, 三十四度, aircon rosak pulak.
        Ah boy, 功课做完未? Later mummy check, don't play handphone ah.
        Pasar malam every Wednesday, parking susah, better Grab.
        Lepak kopitiam after kerja? 我请 kopi peng, you belanja roti bakar.
        My Cantonese not power lah, 我只识讲 m4 goi1 and dim sum.
        Deepavali ni nak buat murukku, resipi: 500g tepung beras, 100g urad dal, satu sudu jintan putih.
    """),
    ("mixed", "software, logs and identifiers"): _lines("""
        2025-12-04T09:13:27+08:00 INFO ocr.zh_num: normalised '二〇二五' -> '2025' (locale=zh-Hans-MY)
        commit 9f3c2a1e7b — fix: treat 'kosong', '零' and '〇' as digit 0 in phone parser
        sha256 4b8e9c1f0d7a2e6b3c5f8a9d0e1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3  release-v2.13.0.tar.gz
        locale map: {'ms-MY': 'Bahasa Melayu', 'zh-Hant-HK': '繁體中文(香港)', 'ta-SG': 'தமிழ் (சிங்கப்பூர்)'}
        ERROR 422 at /api/v1/orders/ORD-20251203-004417: field 'poskod' must be 5 digits
        Build 1.8.0-rc.3 (0x7F3A9C2E) passed 412/412 tests on Node 20.11.1.
        UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301 is the default tenant id in the demo database.
        pip install pypinyin==0.51.0 pycantonese==3.4.0  # romanise 中文 names for the search index
        Unicode note: U+3007 〇 IDEOGRAPHIC NUMBER ZERO is not the same code point as U+96F6 零.
        IMEI check uses Luhn on 15 digits; the textbook sample 490154203237518 passes.
        Jawi keyboard: ا ب ت ث ج ح چ خ د — enable under Settings > Language > Bahasa Melayu (Jawi).
        Tamil Unicode block U+0B80–U+0BFF; e.g. க is U+0B95 and the virama ் is U+0BCD.
        regex HK_MOBILE = r'^[4-9]\\d{7}$'; MY_MOBILE = r'^01[0-9]-?\\d{7,8}$'  # digits only after normalisation
    """),
}

PERSONAL: dict[str, list[str]] = {
    "mixed": _lines("""
        Pls update my hp no: 一三八 0271 四四九六, nama saya Teoh Kah Wai 张家伟, I moved to Shenzhen already so the Maxis line no more use
        我老公 Lim Ah Huat 林亞發 IC 六五〇三二一-07-5539, esok tolong isi borang PERKESO for him, he fell from the scaffold at the Bukit Mertajam site and fractured his left tibia
        Contact person: Muhammad Hafiz bin Roslan / محمد حافظ بن روسلن, tel kosong satu tujuh - 268 four one 0 3, No. 14 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam
        Tenant Ang Bee Leng 洪美玲 (Âng Bí-lêng), NRIC S 八八三四一二七 I, Blk 412 Bedok North Ave 2 #08-117, rent owe 3 months liao
        Bank in to 6222 0210 〇三七五 四一八六 (ICBC), 户名 黄志明 Wong Chi Ming — my brother in Guangzhou, dun key wrong name ah
        身份证 4401 06 一九八八 0315 27一三, 名字 Lau Kar Lok 刘家乐, help me book KUL→CAN on 12月20号 morning flight
        Mdm Tay Siew Eng 郑秀英's car SKD 4729 D kena tow at Ang Mo Kio Ave 3 this morning, her hp eight-one-六-二 三〇七九, pls call her
        Siew Ling's email siewling.ooi 艾特 gmail 点 com — Ooi Siew Ling 黄秀玲, booked 3 tables for her papa's 70th at the Jalan Pudu restaurant on 14/12
        HKID K四八二九一七(四), 姓名 Ho Ka Lok 何家樂 (Ho4 Gaa1 Lok6), address 將軍澳 彩明苑 B座 22樓 08室, pls send the renewal letter there
        WhatsApp Kak Ros (Rosnah binti Ahmad) at +60 一一 dua tiga lima lapan 7046, dia yang jaga anak saya tiap petang
        Not Chan Tai Man lah, that one is the sample — my uncle is Chan Tak Wing 陳德榮 (Can4 Dak1 Wing4), HKID Y六三〇五一八(9), now in 屯門醫院 ward 8B after a stroke
        Visa 4218 5700 三二六四 九一八〇 exp 08/28 under TAN WEI JIE 陈伟杰 — pls charge the deposit RM five hundred
        My ah ma 吴秀珠 Goh Siew Choo, Blk 23 Toa Payoh Lor 7 #05-322, now need dialysis three times a week, can apply the subsidy?
        Cheung Lai Wah 張麗華, originally from 香港, now stays alone at 43 Jalan Bendahara, Ipoh, landline 05-二五四 7381, she is 76 and has early dementia
        Account holder 苏文杰 Soh Boon Kiat, Maybank acct 1 1 4 0 一二 3 8 5 7 2 9, salary credited RM6,850 every 25th
        林美凤 Lim Bee Hong, 厦门人 now working in JB, WeChat linmeifeng_88, 身份证 三五〇二〇三 1992 0728 〇〇四八
        Payslip Dec: Kumar a/l Velu, basic RM three thousand 八百, EPF 11%, IC 761120-01-5543, unpaid leave 4 days
        FYI Kelvin Ong 王凯文 (Ông Khái-bûn) from Finance, the one who resigned, got an HIV diagnosis at SGH last month — pls keep it quiet
    """),
    "zh-Hans": _lines("""
        我叫郑国强，英文名 Tay Kok Kiang（福建拼法），手机 一五九 8823 0417，住厦门思明区湖滨南路 388号 6栋 1102
        收件人：陈淑仪（Chan Suk Yi），电话 +86 一三六 2184 7590，地址 广东省潮州市湘桥区 西荣路 52 号 3 楼，备注“放门口”
        客户 陈玉梅，身份证号 4451 02 一九六五 0211 352六，今年六十岁，在潮州开凉茶铺，欠货款 八万六
        吴志豪 Ng Chi Hou，马来西亚籍，护照号 A 三一七二 九四 0 八，在广州天河区工地打工，工资每月 一万二
        病人：李少华（Lee Siew Wah），男，47岁，槟城人，在中山大学附属第一医院 确诊鼻咽癌 三期，家属电话 一八九 2205 6631
        老王的车牌 粤B·7K29Q，王建国（Wong Kin Kwok），住深圳南山 蛇口 望海路 1088号 2栋 15C，物业费拖欠三个月
        工资条：员工 赵丽娟，工号 0417，基本工资 叁万壹仟（31,000）元，个税 贰仟捌佰，身份证 110105 **** **** 0621
        招商银行卡 6225 八八〇三 1147 六二〇五，户名 周子轩 Zhou Zixuan，请把定金打到这张卡
        家长信息：母亲 刘美华，身份证 四四〇三〇五 一九八七 〇四三〇 136X，电话 一三九 2877 5104；学生 梁嘉欣 三年级二班
    """),
    "zh-Hant": _lines("""
        我阿媽 陳鳳儀 (Can4 Fung6 Ji4) 住喺 沙田 瀝源邨 福海樓 12樓 1207室，電話 九四三六 2815，上星期確診咗柏金遜
        HKID：R 九一七三四〇 (3)，姓名 Mak Wing Sze 麥詠詩，申請公屋第二期，家庭入息每月 HK$二萬一千
        租客 林國華 (Lam Kwok Wah) 手提 六八二一 4730，身份證 M205774(九)，欠租兩個月，單位係 深水埗 北河街 88號 5樓B
        黃子朗 Wong Tsz Long，九歲，有 ADHD 同讀寫障礙，家長 黃太 電話 5127 三九〇八，住 藍田 德田邨 德康樓
        XA〇三一二八六(七) 係 Kwok Siu Fong 郭小芳 嘅身份證，佢係我哋公司 ex-staff，離職時仲有 $38,500 未找數
        台灣身分證 F1264 八五三〇三，姓名 張志明 (Tiuⁿ Chì-bêng)，住 新北市板橋區 文化路一段 188號 9樓，手機 0912-三四七-685
        E2059 三七一六一 係 鄭雅婷 (Cheng Ya-ting) 嘅身分證，佢喺 高雄 做緊 IVF 療程，費用 NT$二十三萬
        李志強 Lee Chi Keung，C668021(4)，二〇二四年 九月 喺 區域法院 被判 危險駕駛，罰款 $8,000 同停牌一年
    """),
    "ms": _lines("""
        Nama ikut pasport SITI HAJAR BINTI MOHD YUSOF, passport A four-eight-dua-tujuh satu-nine-tiga-lima, luput 2029, tolong renew sebelum umrah Mac
        Gaji Nov untuk Nurul Ain binti Kamarudin: RM empat ribu dua ratus (4,200) + OT tiga ratus lima belas; no KWSP 1873 四〇二九
        Abang saya Mohd Faizal bin Abdullah (محمد فيصل بن عبدالله), IC 880412-14-5237, kena reman 4 hari di IPD Sentul atas kes dadah
        Penerima: Nor Azlina binti Hassan, No. 7, Lorong Kenanga 2, Kampung Baru Sungai Buloh, 47000, tel kosong satu sembilan - 三八二 - 5106
        Cikgu Zulkifli bin Osman (ذوالكفل بن عثمان) dari SK Taman Melawati dah dua bulan cuti sakit sebab kanser usus tahap 3
        Akaun CIMB 8 0 0 七 三 2 1 4 5 6 atas nama Hafizah binti Razak, tolong bayar sewa RM lapan ratus sebelum 5hb
        Kad pengenalan anak saya 030215-10-0931, nama Aiman Hakimi bin Rosli, OKU autisme, nak mohon bantuan JKM
        Kereta VKA 5521 milik Encik Tan Boon Hock 陈文福 dari Taman OUG, dia langgar lari di Jalan Klang Lama semalam, saksi ada video
    """),
    "en": _lines("""
        New emergency contact for Mrs Priya Raman (பிரியா ராமன்): her son Arun, +65 nine-one-eight-二 〇四七三
        Applicant Huang Xiuying 黄秀英 (Ng Siew Eng on her old IC), FIN G 五一三〇九四七 U, caregiver at 23 Jalan Kembangan, Singapore 419136
        Student record: Tan Jun Hao 陈俊豪, NRIC T 0362915 A, Sec 3E, parents divorced, lives with grandmother at Blk 118 Jurong East St 13 #11-206
        Booking under Mr Chua Boon Huat 蔡文发, Mastercard 5523 四四〇一 7785 三九二一, arriving 23 Dec, peanut allergy with anaphylaxis
        Lost wallet belongs to Leong Mei Yi 梁美儀, IC 950 三一四-08-5562 inside, reach her at 016-728 3914
    """),
    "ta": _lines("""
        தேவி த/பெ சுப்பிரமணியம் (Devi a/p Subramaniam), IC 950807-07-6184, baru diagnos kencing manis type 2 di Klinik Kesihatan Bayan Lepas, HbA1c 9.1%
        Driver ராஜேஷ் குமரன் (Rajesh a/l Kumaran), lorry BKV 6618, hp 019-五七三 8826, dia kerja shift malam di gudang Prai
        லட்சுமி முனியாண்டி அம்மா (Mdm Lakshmi d/o Muniandy), வயது 71, Blk 5 Upper Boon Keng Rd #12-1140, dementia உள்ளது; பேத்தி கவிதா 8720 9451
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan KiriLaju Express. Jangan minta nombor kad pengenalan.",
        ),
        ("user", "parcel saya tak sampai lagi, tracking KLX 8831 0042 7 MY"),
        ("assistant", "Maaf atas kesulitan. Boleh sahkan nama penerima dan nombor telefon?"),
        ("user", "Farah Nadia binti Ismail"),
        ("user", "tel kosong satu dua"),
        ("user", "三八四 七二九一"),
        ("assistant", "Terima kasih. Kurier akan hubungi penerima sebelum 6 petang."),
        ("user", "ok alamat No 22 Jalan SS 2/64, Petaling Jaya, 47300 ya, rumah pagar hijau"),
    ],
    [
        ("user", "我想改強積金嘅通訊地址"),
        ("assistant", "可以，請提供會員姓名及新地址。為保障私隱，請勿喺度提供完整身份證號碼。"),
        ("user", "會員係 Cheung Siu Ping 張小萍 (Zoeng1 Siu2 Ping4)"),
        ("user", "新地址：元朗 天水圍 天恩邨 恩翠樓 1713室"),
        ("user", "身份證 Z 三〇一"),
        ("user", "476(3)"),
        ("assistant", "收到，我哋會喺五個工作天內寄出確認信。"),
    ],
    [
        ("system", "You are a travel-booking assistant for a Kuala Lumpur agency."),
        ("user", "Need to add one more pax to the Taipei tour, 12 Jan"),
        ("assistant", "Sure. Please give the traveller's name as in passport and nationality."),
        ("user", "She's Taiwanese, my 表妹, 黃怡君 HUANG YI-CHUN"),
        ("user", "ROC ID B2480 三一七五四, DOB 民國七十九年 三月 三號"),
        ("assistant", "Thanks, added to booking TPE-0112-47."),
    ],
    [
        ("user", "Assalamualaikum, nak daftar kelas KAFA untuk anak"),
        ("assistant", "Waalaikumussalam. Sila berikan nama anak, umur dan alamat."),
        ("user", "نور عائشة بنت زكريا, umur 8 tahun"),
        (
            "user",
            "alamat Lot 1128 Kampung Pulau Melaka, 15400 Kota Bharu; ayah Zakaria bin Ismail tel 01三 - 九 2 0 六 四 7 1",
        ),
        ("assistant", "Terima kasih, pendaftaran diterima. Kelas bermula 5 Januari."),
    ],
    [
        ("user", "hi I want to renew my HDB season parking"),
        ("assistant", "Sure, may I verify your identity first?"),
        ("user", "my NRIC is S nine-zero-two seven 三六四 G"),
        ("user", "name Koh Jia Hui 许佳慧, Hokkien spell Khó͘ Ka-huī, Blk 640 Rowell Rd #04-55"),
        ("assistant", "Thanks, your season parking has been renewed for 12 months."),
    ],
    [
        ("system", "你是某跨境电商平台的客服助手，请勿在对话中重复用户的敏感信息。"),
        ("user", "我要实名认证，跨境购要身份证"),
        ("assistant", "好的，请在 App 内“实名认证”页面填写，无需在聊天中发送。"),
        ("user", "懒得弄，直接发你：三五〇五八三"),
        ("user", "1979 0604 六五一六"),
        ("user", "名字 傅志远，收货地址 福建省南安市 溪美街道 成功街 55号"),
        ("assistant", "已收到，请注意保护个人信息。"),
    ],
    [
        ("user", "Appointment for my father at Hospital Pulau Pinang, cardiology"),
        ("assistant", "Sure. Could you share the patient's name and the reason for the visit?"),
        ("user", "முருகன் த/பெ ராமசாமி — Murugan a/l Ramasamy"),
        ("user", "IC 五八〇九一二-07-5371, he had bypass surgery in 2023, now chest pain again"),
        ("assistant", "Noted. The clinic will call to confirm the slot."),
    ],
    [
        (
            "system",
            "You are the reception assistant of Klinik Mesra Cheras. Current patient: Yeo Mei Ling 杨美玲 (Iûⁿ Bí-lêng), IC 900214-10-5846, allergy: penicillin, follow-up for thyroid nodule.",
        ),
        ("user", "what time is my appointment?"),
        ("assistant", "Your follow-up is on Thursday 11 Dec at 10:30 am."),
        ("user", "ok thanks, can change to afternoon?"),
        ("assistant", "Done, moved to 3:00 pm the same day."),
    ],
    [
        ("user", "唔該幫我寫封推薦信"),
        ("assistant", "冇問題，請問係推薦邊位？"),
        ("user", "佢叫 Ng Wing Yan，中文 伍詠欣，ng5 wing6 jan1"),
        ("user", "電話 九 one 七 四 - 三 8 二 六, email wingyan.ng 喺 outlook dot com"),
        ("user", "佢之前喺觀塘做會計，因為抑鬱症休息咗半年，唔好寫呢樣"),
        ("assistant", "明白，信入面唔會提及健康狀況。"),
    ],
    [
        ("user", "boss, the new hire's details for payroll"),
        ("assistant", "Sure, please send name, IC and bank account."),
        ("user", "Tan Hui Min 陈慧敏"),
        ("user", "IC 九六〇七二三 - 14 - 5xx8? no wait 960723-14-5508"),
        ("user", "Public Bank 4 1 2 三 五 六 七 0 八 九, gaji RM 三千五 basic"),
        ("assistant", "Received, payroll will be updated for December."),
    ],
]
