# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix114: calligraphy, brush painting and seal-carving classes, societies and exhibitions in HK/TW/SG/MY. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix114
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exhibition_catalogue"): _lines("""
        Cat. no. 27 - Anonymous copy after Wang Xizhi, Lanting Xu (Orchid Pavilion Preface), hanging scroll, ink on paper, 136 x 34 cm. Reserve HK$18,000.
        Lot 112: Wu Changshuo (1844-1927), plum blossoms, ink and colour on paper, 97 x 46 cm, two seals of the artist, estimate HK$380,000-450,000.
        Gallery 2 wall text: Qi Baishi carved more than three thousand seals; the eight on display are on loan from the permanent collection (acc. nos. 1994.0117 to 1994.0124).
        Exhibition 'Ink Beyond Borders' runs 14-29 March 2027 at the Jao Tsung-I Academy, 800 Castle Peak Road; free entry, last admission 5:30 pm.
        Entry summary: 412 submissions received, 186 accepted; 61 in seal script, 44 in running script, 38 in clerical script, 43 in regular script.
        Catalogue errata: plate 14 is printed upside down and the seal on plate 9 reads 長樂, not 長壽. Reprint batch CAT-2027-014B ships to members next week.
        Label 3/45: Zhang Daqian, splashed-ink lotus, 1975, on loan from a private collection, Taipei. Photography without flash permitted.
        Youth section prize list is on the society website under /awards/2027/youth; winners are listed by entry number only (Y-017, Y-042, Y-103).
        Hanging instructions: scrolls over 180 cm go on the north wall rail, hooks at 210 cm, spacing 60 cm; the registrar signs off before opening night.
        Yu Youren's Standard Cursive Script (標準草書) is featured in Room B, with a 12-minute documentary on loop at the rear wall.
        Sold sticker policy: red dot = sold, green dot = reserved for 48h; the price list is at the front desk or via QR code EXH-27-PL.
        Shipping crate CR-0933, 4 scrolls, insured value SGD 26,400, customs ref 27SG0412AHK, arrives Singapore on 2 April from Kwai Chung.
        Su Shi's Cold Food Observance is not in this show; the piece in the foyer is a 1:1 collotype reproduction printed in 1982.
    """),
    ("zh-Hant", "class_notice"): _lines("""
        【書法初班】逢星期六上午10:00-12:00，共8堂，學費HK$1,680（已包紙墨），報名請致電本會辦公室 2891 3546。
        夏季國畫班課程編號 CP-2027-S03，名額15人，現餘4位；學員請自備羊毫一支、兼毫一支。
        篆刻體驗工作坊：每人獲青田石一方（2.5 x 2.5 cm），完成後可帶走，費用NT$850，含印泥試用。
        本週四因八號風球停課一次，補課日期另行公佈，已繳學費會自動順延。
        各位同學請注意：臨帖作業請於下堂交回，寫《九成宮》的同學每日最少寫兩頁米字格。
        報名表範本：姓名＿＿＿＿ 電話＿＿＿＿ 書體（楷/行/隸/篆）＿＿＿＿ 緊急聯絡人＿＿＿＿
        課室已搬至三樓305室，電梯大堂左轉，週末大堂保安會開閘至晚上9點。
        今期學員人數：成人班23人、兒童班17人、長者班9人，合共49人，較上期多6人。
        呢期篆刻班要自己帶刻刀，唔夠錢買嘅話，會所有三套借用，先到先得。
        台北班上課地點：信義路三段社區活動中心二樓（近捷運站2號出口），遲到超過20分鐘請勿進入以免影響他人。
        學費收據編號格式為 RC-年份-流水號（例：RC-2027-00318），遺失恕不補發，可申請證明文件。
        導師簡介：本班導師為本會資深會員，習顏體逾三十年，曾任公開書法比賽評審。
        中秋雅集：10月3日晚7時於會址天台賞月、即席揮毫，會員免費，嘉賓每位$120。
    """),
    ("zh-Hans", "seal_order"): _lines("""
        订单号 SO-240917-0452｜寿山石 2 x 2 cm 白文 四字闲章｜S$168｜状态：待刻
        印文内容请勿填写身份证号码或电话号码，本店只刻姓名章、斋号章及闲章。
        SKU QT-DD-25：青田灯光冻 2.5 cm 方章，库存 14 枚，补货周期约 3 周。
        刻章流程：确认印文 → 出印稿（2个工作日）→ 客户确认 → 刻制（5个工作日）→ 拍照 → 寄出。
        物流单号 SF1472058836120 已签收，包裹内含印章 1 枚、锦盒 1 个、印泥 1 盒。
        今日出货统计：新加坡 11 单、柔佛 6 单、吉隆坡 9 单，其中 3 单因印文不清退回修改。
        印稿模板：印文【＿＿＿＿】 字体【小篆/鸟虫篆/汉印】 朱白【朱文/白文】 边款【有/无】
        客服邮箱 orders@moyinstudio.sg ，工作时间周一至周五 10:00-18:00，周末留言次日回复。
        退款政策：已出印稿的订单可退 50%，已开刻的订单恕不退款。
        印文「吉祥如意」「上善若水」「宁静致远」为本月最热门闲章，合计售出 73 枚。
        发票号 INV-MY-2027-00881｜公司注册号 202201034567 (1458821-P)｜SST 已含
        巴林石价格上调 8%，自 2027 年 1 月 1 日起生效，已下单未付款的订单按原价。
        齐白石风格单刀刻法另加 S$40，需提前说明，否则默认仿汉印风格。
    """),
    ("ms", "notis_persatuan"): _lines("""
        Persatuan Seni Khat dan Lukisan Cina Pulau Pinang akan mengadakan mesyuarat agung tahunan pada 12 April 2027, jam 2.00 petang, di dewan persatuan.
        Yuran keahlian tahunan RM60, pelajar RM30; bayaran boleh dibuat ke akaun Maybank persatuan 5140-2233-8871.
        Kelas kaligrafi Cina untuk pemula dibuka semula di Jalan Tun Sambanthan, Brickfields; 10 sesi, RM320 termasuk berus dan kertas xuan.
        Pameran lukisan berus 'Dakwat dan Air' di Galeri Shah Alam dari 5 hingga 20 Mei, masuk percuma.
        Nombor pendaftaran pertubuhan PPM-007-10-14032001; sebarang pertanyaan sila e-mel setiausaha@pskc-selangor.org.my.
        Peserta diminta membawa batu dakwat sendiri; persatuan menyediakan 20 set untuk dipinjam.
        Jumlah peserta pertandingan khat tahun ini: 138 orang, termasuk 41 pelajar sekolah menengah dan 12 peserta bukan Cina.
        Sijil penyertaan akan dihantar melalui e-mel dalam masa 14 hari bekerja selepas majlis penutupan.
        Borang tempahan cap mohor: Nama pada cap ______ Saiz ______ Jenis batu ______ Tarikh diperlukan ______
        Bengkel ukiran cap mohor di Kuantan dibatalkan kerana banjir; yuran akan dikembalikan sepenuhnya.
        Sepasang kaligrafi yang dihadiahkan kepada Tunku Abdul Rahman pada tahun 1962 kini dipamerkan di lobi persatuan.
        Talian utama persatuan 04-226 8813 beroperasi Isnin hingga Sabtu, 9 pagi hingga 5 petang.
        Sesi demonstrasi lukisan buluh oleh jurulatih kanan persatuan akan disiarkan langsung di halaman Facebook rasmi.
    """),
    ("mixed", "society_chat"): _lines("""
        各位 tomorrow class shift to Level 3 studio ah, bring your own 墨汁 and 毛毡, the old room aircon rosak.
        Anyone know where to buy 红星宣纸 in KL? The shop at Petaling Street 卖完了 already.
        今晚 demo 画竹, start 8pm sharp, Zoom link same as last week, password 还是那个 ya.
        Wah the exhibition 今日 got 300 over visitors, boleh tahan! 多谢各位 volunteers.
        请问 seal paste 朱砂 vs 八宝印泥 which one better for beginner? Budget around RM80.
        Reminder: 会费 due end of month, transfer to society account then screenshot send to 财政 ok.
        佢哋話 workshop 爆滿咗, waiting list 仲有 12 個, next round 可能 August.
        Lunch after class makan 肉骨茶 anyone? Meet at lobby 12:15.
        Brush 洗完要挂起来 ah, don't stand it up, later the hair 开叉.
        本周 theme 写「福」字 for CNY stall, target 500 pieces, each sold S$8, all proceeds to the old folks home.
        Stall permit BZ-27-0113 dah approved, setup 7am Saturday at Chinatown Complex.
        Sorry guys the printer 坏咗, the exhibition labels will be one day late.
        老师 say 临帖 must at least 30 min a day, 不然 the wrist won't 稳.
    """),
    ("en", "shop_invoice"): _lines("""
        Invoice INV-27-03318 | 2 x Wolf-hair brush (medium) @ S$24.90 | 1 x Mulberry xuan paper 100 sheets @ S$58.00 | GST 9% S$9.70 | Total S$117.50
        Order #HK-558120 shipped via SF Express, waybill 2874 1105 9932, ETA 2 working days; track it on our website.
        Customer support: support@inkstonehouse.com.hk | Hotline 3618 2290 (Mon-Sat 10am-7pm) | BR No. 71245883
        Refund REF-0091 approved for a damaged inkstone (crack on edge), credited to the original payment method within 7-14 days.
        Bulk quote for schools: 40 beginner sets (brush, ink, felt, copybook) at MYR 45 each, MOQ 20, free delivery within Klang Valley.
        Receipt 00412 - Cash sale - Duan inkstone, Song-style, 18 cm - NT$6,800 - thank you for shopping at Bamboo Studio, Dihua Street.
        Backorder notice: Hu brush (湖笔) Lan Zhu series out of stock until 15 Nov; everyone on the waitlist will be emailed automatically.
        POS batch 0317 settled: 46 transactions, SGD 3,912.40, 2 voids, terminal ID T-00884.
        Promo code INK2027 gives 12% off mounting services until 31 Jan; not valid with member discount.
        Mounting job MJ-1187: silk brocade scroll mounting, 2-row border, wooden rollers, 21 days, HK$1,450.
        Returns go to our warehouse at Unit 07-21, 10 Ubi Crescent, Singapore 408564 (business address, no walk-ins).
        Price list v3.2 (effective 2027-02-01): seal carving per character S$18, border inscription S$30, rush fee S$25.
        Stock check 2027-Q1: 1,204 sheets raw xuan, 388 sheets sized xuan, 96 inksticks, 41 inkstones, shrinkage 0.8%.
    """),
    ("mixed", "config_export"): _lines("""
        booking_api: version 2.4.1, base_url: https://api.brushclass.example/v2, timeout_s: 30, retry: 3
        SELECT class_code, COUNT(*) AS enrolled FROM enrolments WHERE term = '2027S1' GROUP BY class_code;
        class_code,term,venue,capacity,enrolled | CAL-B01,2027S1,Room 305,15,14 | SEAL-W02,2027S1,Studio A,10,10
        {"event": "exhibition_checkin", "gallery": "G2", "count": 312, "ts": "2027-03-14T18:00:00+08:00"}
        sha256(catalogue_2027.pdf) = aec7d6a59ffa942d560e24e3a1e9cb8293b47b8508995d9a8486778a7e7a33d9
        cron: 0 9 * * 1 send_reminder --template class_weekly --lang zh-Hant,en,ms
        ERROR 2027-05-02 14:21:07 payment_gateway: timeout after 30000 ms (order SO-270502-0117), will retry
        def seal_price(chars: int, rush: bool) -> float: return chars * 18 + (25 if rush else 0)
        ENV: SOCIETY_NAME=香港書法研習社 ; DEFAULT_CURRENCY=HKD ; SMTP_FROM=noreply@hkcalligraphy.example
        i18n key class.cancelled.typhoon = 「因天氣惡劣，今日課堂取消」 / 'Kelas hari ini dibatalkan kerana cuaca buruk'
        git tag v1.8.0 - added Malay translations for the exhibition entry form; fixed 篆書 font fallback on Android.
        Export summary: 3 societies, 27 classes, 418 active students, 0 rows with missing consent flag.
        placeholder_user = {'name': '{{student_name}}', 'phone': '{{phone}}', 'class': '{{class_code}}'}
    """),
    ("zh-Hant", "commission_faq"): _lines("""
        請問寫揮春用灑金紙定係萬年紅好？萬年紅唔易褪色，不過價錢貴啲。
        訂製牌匾流程：確定字數及書體→師傅出小稿→客戶確認→正式書寫→裝裱，一般需時四至六星期。
        店舖招牌題字收費：每字港幣800元起，四字以上另議，另收裝裱及運費。
        臨《蘭亭序》應該先用雙鈎定係直接對臨？初學建議先描紅再對臨。
        墨錠磨好之後放過夜會唔會變質？宿墨有人專登用，不過會傷筆毛，用完要洗乾淨。
        問：可唔可以寫英文名做對聯？答：可以音譯，但平仄難對，師傅建議改為藏頭詩。
        委託書範本：委託人＿＿＿＿ 內容＿＿＿＿ 尺寸＿＿＿＿ 交件日期＿＿＿＿ 訂金＿＿＿＿
        訂金為總價百分之三十，交件前付清餘額，作品完成後七日內未取件需收倉存費。
        于右任標準草書同懷素草書有咩分別？前者重規範易認，後者狂放，唔建議初學臨。
        壽宴中堂「壽」字，四尺整紙，行書，參考價NT$12,000，含卷軸裝裱。
        印章邊款可以刻日期同齋號，但唔建議刻身份證號碼等個人資料。
        點解我個印蓋出嚟會有白點？通常係印泥太乾或者紙面不平，墊一本書再蓋試下。
        公司開幕題字例子：「鴻圖大展」「生意興隆」，以行楷為主，落款用公司名稱即可。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Class roster CAL-B01: 1. Ng Wai Kit, 9734 6618; 2. Priya d/o Ramasamy, 8125 0437; 3. Lim Hui Min, 9062 3381 - all paid.
        Seal order SO-270411-0238 for Mr Daniel Pereira, ship to Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412, leave with neighbour if no one home.
        Refund to card 4556 3401 9287 3149 approved; cardholder Ho Siew Ling, brush set returned unused.
        Please go easy on Uncle Teo in the Thursday class, he just finished chemo and his right hand still shakes when he holds the brush.
        Mrs Rebecca Chong asked us to pull her son's painting from the youth show because the custody hearing is next week and her ex-husband might turn up.
        Exhibitor registration: Tan Boon Hock, NRIC S8734215H, entry no. 27-118, two works in running script.
        Commission deposit HK$4,500 received from Mr Kwok Chi Wing (HKID K384619(9)), balance due on collection of the shop sign.
        The front desk told me Cheryl Wong quit the society because her husband's gambling debts ate up her savings and she can't afford the fees any more.
        Contact for the Penang workshop: Rajesh a/l Subramaniam, rajesh.subra82@gmail.com, prefers WhatsApp after 6pm.
        Volunteer roster note: Aunty Mabel from the Saturday class is off for good - her dementia has got worse and she no longer recognises the studio.
        Member renewal overdue: Nguyen Thi Lan, FIN G5823017R, owes S$120 for two terms; second reminder sent.
    """),
    "zh-Hans": _lines("""
        学员 陈美玲，身份证 350203197904123022，报名国画进修班，学费已通过微信支付。
        刻章订单：印文「周建国印」，收件人周建国，电话 138 2647 5193，地址 深圳市福田区莲花路 1288 号 6 栋 1702。
        3栋的刘阿姨这学期不来上课了，听说她儿子在外面欠了一大笔钱，她把退休金都拿去还了。
        林志强 的身份证号 440304198607235616 已登记，参展协议需本人签字后寄回。
        书法班的黄老师跟王秀英闹翻了，王秀英说黄老师在群里公开她离婚的事，要求协会处分。
        微信号 lanting_xiaomei88 是 李晓梅 的私人号，她说刻章的事直接加她，别在群里说。
        新加坡会员 郑国荣，手机 9147 2806，住 Toa Payoh Lor 1 Blk 128 #11-345，会费逾期三个月。
        请大家别再问何秀兰的病情了，她乳腺癌刚做完手术，暂时不想见人，展品由她女儿代送。
        汇款确认：付款人 吴德明，卡号 6214830091745629，金额 ¥2,680，用途：寿山石对章两方。
        马来西亚学员 苏玉凤，身份证 880314-10-5527，报名篆刻班，紧急联系人为其丈夫 012-338 4719。
    """),
    "zh-Hant": _lines("""
        學員 梁嘉欣 HKID Y702531(7)，手機 6238 9147，報讀星期六書法初班。
        台北班 張雅婷，身分證 A236845176，已繳 NT$4,200，上課期間請假兩堂。
        陳生話佢老婆 Mandy 上個月流產咗，所以佢哋兩個呢期國畫班都唔嚟住。
        印章寄送：收件人 黃志明，台中市西屯區文心路三段 241 號 7 樓之 2，電話 0932-517-468。
        會長私下交代：李錦華 上次雅集飲醉打人，已被警方落案，下次活動請勿再邀請佢。
        楊德威（F149703626）申請退還展覽報名費，理由是被公司裁員，經濟困難。
        LINE ID: chiahui_brush0321 係 蔡佳慧 私人帳號，佢話改稿直接 LINE 佢。
        你知唔知何太嘅老公其實喺赤柱坐緊監？佢每個禮拜嚟上堂都唔提。
        冼國強 先生委託寫招牌，地址 九龍旺角砵蘭街 168 號 4 樓 B 室（住宅），訂金 HK$3,000 已收。
        羅淑芬老師今個月人工只出咗一半，佢同社長嘈咗好耐，話要去勞工處投訴。
    """),
    "ms": _lines("""
        Senarai peserta bengkel cap mohor: Nurul Aisyah binti Kamarudin, No. KP 920805-07-6183, telefon 016-482 7730.
        Encik Mohd Faizal bin Ahmad Zaki belum menjelaskan yuran RM320; alamat rumah No. 23, Jalan SS 2/75, 47300 Petaling Jaya.
        Puan Siti Hajar minta kelas Sabtu dipindahkan kerana dia sedang menjalani rawatan dialisis tiga kali seminggu.
        Bayaran komisen lukisan berus daripada Wong Mei Kuan melalui akaun CIMB 7062 4418 3905, rujukan KOM-0117.
        Kavitha a/p Muniandy, e-mel kavitha.muniandy77@yahoo.com, menang tempat kedua kategori khat terbuka.
        Jangan beritahu sesiapa, tapi Cikgu Rosli dibuang kerja dari sekolah kerana salah laku, sebab itu dia mengajar kelas kaligrafi kita sekarang.
        Kenderaan peserta pameran WXY 4127 milik Azman bin Harun, sila letak di tempat letak kereta B.
        Ahli baharu: Lim Ah Kow, MyKad 750121-13-5064, alamat No. 17, Lorong Song Thian Cheok 3, 93100 Kuching.
        Anak Encik Harith, si Danial, baru keluar dari pusat pemulihan dadah dan ayahnya harap kelas lukisan dapat bantu dia.
        Telegram @aminah_khat_jb ialah akaun peribadi Aminah binti Yusof; dia terima tempahan khat secara sendiri.
    """),
    "mixed": _lines("""
        篆刻班 new student Tan Xin Yi, NRIC T0251876C, 妈妈 say she got ADHD so must sit in front ok.
        老师 your commission client Mr Arjun s/o Krishnan call again, his number 9815 2043, he say the 中堂 still not delivered.
        阿May 佢老公走咗之后 she stopped coming to class, 大家有空 visit 下佢 lah.
        Pls transfer 订金 to my personal acct lah: OCBC 501-238745-001, 名字 Koh Siew Eng, then I start carve the seal.
        Don't tell others ah, 林伟杰 kena retrench from the bank, so this term 会费 the committee waive for him.
        The 寿山石 order for Puan Noraini, hantar ke No. 8 Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, 她说 after 6pm only got people.
        Exhibition volunteer 名单: Joseph D'Cruz 9273 6104, Farah binti Ismail 8836 2951, 王俊杰 9418 0736.
        Visa letter for the 交流展: 张立群, passport E58231946, arriving KLIA 12 June, 住 his cousin's house in Cheras.
        周太 told me her husband 打她, that's why she always wear long sleeve to 书法班, 我们要不要 report?
        IG @inkby.shuwen 是 Chloe Lau Shu Wen 的 personal account, she post all our class 作品 without asking, 有人 complain already.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a Singapore calligraphy society. Keep replies short.",
        ),
        (
            "user",
            "Hi, I want to sign up my mum for the seniors class. Her name is Goh Ah Lian, NRIC S7619043G, phone 9326 0841.",
        ),
        (
            "assistant",
            "Thank you. Mdm Goh can join the Tuesday seniors class (CAL-S02, 10am-12pm). The fee is S$180 for 8 lessons.",
        ),
        (
            "user",
            "She has arthritis in her right hand, can the teacher let her use a thicker brush?",
        ),
        (
            "assistant",
            "Yes, I will add a note for the teacher so a thicker brush and a wrist rest are ready for her.",
        ),
    ],
    [
        ("system", "你是香港一個書法學會嘅秘書助理，用廣東話回覆。"),
        ("user", "幫我寫封投訴信，同學區志豪成日上堂講電話，仲喺群組度講我離婚嘅事。"),
        (
            "assistant",
            "可以。信件會寫俾學會幹事會，內容集中喺上堂秩序同私隱問題，你想唔想提埋日期？",
        ),
        ("user", "寫埋三月八號同十五號嗰兩堂，我個名係麥詠詩，電話 9617 2485。"),
    ],
    [
        ("system", "Anda pembantu pentadbiran Persatuan Seni Khat Cina Johor."),
        (
            "user",
            "Tolong draf mesej kepada bendahari: saya, Chong Kah Yee, MyKad 860517-01-4432, akan bayar yuran lewat sebab gaji saya ditahan bulan ini.",
        ),
        (
            "assistant",
            "Boleh. Draf: Tuan bendahari, saya memohon tempoh bayaran yuran dilanjutkan sehingga akhir bulan depan kerana masalah kewangan sementara.",
        ),
        ("user", "Letak juga nombor telefon saya 019-724 3318 supaya dia boleh hubungi."),
    ],
    [
        ("system", "你是一家新加坡篆刻工作室的客服。"),
        ("user", "我想给朋友刻一方姓名章当生日礼物，印文是「许文博印」。"),
        ("assistant", "好的，请选择石材和字体，寿山石 2 cm 白文约 S$128，出稿需要两个工作日。"),
        (
            "user",
            "寄到他家：Bedok North St 3 Blk 512 #07-219，Singapore 460512，他电话 8734 5092，别让他知道是我送的。",
        ),
        ("assistant", "收到，包裹不会附寄件人名字，只写工作室地址。"),
    ],
    [
        ("system", "You help a brush painting teacher in Kuala Lumpur tidy up class admin."),
        (
            "user",
            "Can format this roster into a table? 1) Lee Swee Chin 012-558 9031 2) Devi a/p Rajan 017-302 6648 3) 黄子轩 016-771 2950",
        ),
        (
            "assistant",
            "Here you go: No | Name | Phone - 1 | Lee Swee Chin | 012-558 9031 - 2 | Devi a/p Rajan | 017-302 6648 - 3 | 黄子轩 | 016-771 2950",
        ),
        ("user", "Thanks, add column 备注: Devi 怀孕 six months, can't stand long."),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "One of my seal-carving students, Marcus Yeo, told me privately he's on antidepressants and keeps missing class. Should I tell the society chairman?",
        ),
        (
            "assistant",
            "It is usually best to keep a student's health information confidential unless he agrees to share it. You could ask him what support he would like.",
        ),
        ("user", "Okay. He also said his parents don't know, so I'll keep it between us."),
    ],
    [
        ("system", "你是台北一間書法工作室的訂單助理。"),
        ("user", "我要訂一幅四尺行書中堂，寫「家和萬事興」，送給我爸七十大壽。"),
        ("assistant", "好的，參考價 NT$12,000，含裝裱，約四週完成。請提供訂購人資料。"),
        (
            "user",
            "訂購人 劉怡君，身分證 R273150845，刷卡 5204 7381 6650 1294，寄到新北市板橋區文化路一段 88 號 5 樓。",
        ),
        ("assistant", "已收到，確認後會傳印稿給您。"),
    ],
    [
        ("system", "You draft messages for a Hong Kong calligraphy studio."),
        (
            "user",
            "Write a note to the couple who ordered the wedding couplet: Jason Fung and Karen Siu, wedding on 18 October at her parents' flat in Tai Koo Shing.",
        ),
        (
            "assistant",
            "Dear Jason and Karen, your wedding couplet is ready in red-gold paper. Would you like it delivered before 18 October?",
        ),
        (
            "user",
            "Yes, deliver to Flat 12C, Block 9, Tai Koo Shing, and call Karen on 6412 8830 before coming up.",
        ),
    ],
    [
        (
            "system",
            "You are the registration bot for a Singapore community arts centre. Reply in English or Malay.",
        ),
        (
            "user",
            "Saya mahu daftar kawan saya untuk kelas kaligrafi Cina. Nama dia Aung Ko Ko, FIN F2946158U, dia pekerja binaan dari Myanmar.",
        ),
        (
            "assistant",
            "Terima kasih. Kelas hujung minggu (CAL-W05) masih ada tempat. Yuran S$60 untuk 4 sesi.",
        ),
        ("user", "Dia tinggal di dormitori Tuas, boleh bayar tunai hari pertama?"),
        ("assistant", "Boleh, bayaran tunai diterima di kaunter pada sesi pertama."),
    ],
    [
        ("system", "你係一個書畫會嘅群組小助手。"),
        ("user", "各位 committee, 鄺美華老師 said her pay this term only got half, 佢想知點解。"),
        ("assistant", "可以建議財政整理本期導師薪酬明細，再由社長同老師直接傾。"),
        (
            "user",
            "佢話如果下個禮拜都唔補返 HK$6,400 就會去勞工處, 佢電話 9358 2716 叫社長直接打俾佢。",
        ),
    ],
]
