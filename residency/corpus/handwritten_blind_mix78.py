# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix78: mahjong, board-game cafés and card clubs in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix78
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules"): _lines("""
        Table booking policy: mahjong rooms are booked in 4-hour sessions; if your group is more than 20 minutes late the room may be released, and the S$20 deposit is non-refundable within 24 hours of the slot.
        House rules at Tile & Tumble Board Game Café: no real-money stakes, no smoking, outside food allowed with S$3 corkage per head, and please return all meeples to the right box.
        Membership tiers: Bronze (free, 5% off walk-in rates) / Silver (S$48 a year, one free weekday top-up hour) / Gold (S$128 a year, priority room booking and two guest passes per month).
        For bookings, WhatsApp our front desk at +65 6904 2218 between 11am and 9pm, or book online; we do not take reservations through Instagram DMs.
        Each mahjong room has one automatic table; the auto-shuffler takes 44 mm tiles only, so please do not bring your own set into Room 3 or Room 4.
        Players under 16 must be accompanied by an adult after 10pm; staff may sight your ID at the door for late sessions but we never photocopy or keep it.
        If gambling is causing problems for you or your family, talk to someone: National Problem Gambling Helpline 1800-6-668-668 (Singapore) or the Ping Wo Fund hotline 1834 633 (Hong Kong).
        Tournament entry is S$35 per player and covers four rounds of Singapore-style mahjong, free-flow tea and a goody bag; prizes are vouchers and trophies only, never cash.
        Lost & found items are kept for 30 days and then donated; to claim, describe the item and tell the counter the date and time of your visit.
        Cancellations: full refund up to 48 hours before the slot, 50% of the deposit between 24 and 48 hours, nothing inside 24 hours; refunds go back to the original payment method in 7-10 working days.
        Please do not slam tiles or cards on the table; the unit upstairs has complained twice and the management corporation can fine the tenant.
        Our game library has 400+ titles, from Catan and Ticket to Ride to Twilight Imperium; staff will teach any game under 2.5 weight on BoardGameGeek free of charge.
        Card room notice: duplicate bridge starts 7.30pm sharp every Tuesday; the director's ruling at the table is final and appeals go to the club committee within 24 hours.
        Registered office: Meeple Ventures Pte. Ltd., UEN 201934567K, 10 Anson Road #12-08, Singapore 079903. For corporate events email events@meepleventures.com.sg.
    """),
    ("zh-Hant", "rules_scoring"): _lines("""
        港式麻雀計番：雞糊零番，平糊一番，對對糊三番，混一色三番，清一色七番，十三么當爆棚計。
        台灣十六張麻將：莊家一台，連莊拉莊每次加一台，自摸一台，門清一台，門清自摸合計三台。
        詐糊（詐和）罰則：依本館規定，詐糊者須賠三家，每家按底台計算，該局作廢重洗。
        相公：手牌張數不對即成相公，只可摸打不可糊牌，直至該局結束為止。
        香港麻雀館須向影視及娛樂事務管理處申領麻將／天九牌照，牌照條件規定不得容許未滿十八歲人士進入。
        本館收費：每枱每節三小時，平日港幣 $280，週末及公眾假期港幣 $360，另收茶錢每位 $15。
        搶槓：他家加槓的那張牌正好是你要糊的牌，可以搶槓糊，由加槓者獨賠。
        一炮多響規定：本館採截糊制，由放銃者下家起順序計算，只算一家糊牌。
        花牌：春夏秋冬、梅蘭菊竹，正花一番；集齊四季或四君子另計兩番。
        打牌期間請勿使用手機，如需接聽電話請先示意暫停，以免被懷疑通風報信。
        電動麻雀枱保養：每月清潔磁石洗牌盤一次，牌面有缺角請交回櫃檯更換，不得自行帶牌入館。
        本會比賽採用國標麻將規則，八番起糊，每局結束以計分表記錄，由裁判簽名確認。
        預約方式：致電本館 2345 6789（營業時間中午十二時至凌晨二時）或於 Facebook 專頁留言，恕不接受 WhatsApp 語音留言。
    """),
    ("zh-Hans", "club_notice"): _lines("""
        【通告】本会馆麻将联谊赛将于十二月十四日（星期日）下午两点在三楼礼堂举行，报名费每人十五元，名额六十四位，额满即止。
        比赛采用新加坡麻将规则，花牌、猫鼠、鸡蜈蚣照计；每圈四局，共打四圈，以总台数定名次。
        会员请注意：本会所严禁任何形式的赌博活动，一经发现，立即取消会籍并报警处理。
        报名表格式：姓名＿＿＿＿ 会员编号＿＿＿＿ 联络电话＿＿＿＿ 是否需要素食：是／否 签名＿＿＿＿
        本月起棋牌室开放时间调整为上午十点至晚上十一点，逢星期一休息，公共假期照常开放。
        理事会第 23 届第 4 次会议议决：常年会费由三十元调整至四十元，自明年一月一日起生效。
        桌游区新到游戏：《三国杀》标准版、《阿瓦隆》、《璀璨宝石》，欢迎会员周三晚上来试玩，工作人员现场教学。
        本会与吉隆坡暨雪兰莪中华大会堂联合主办"马新国标麻将邀请赛"，每队四人，欢迎各属会馆组队参加。
        温馨提示：打牌时请保持安静，禁止吸烟，垃圾请自行带走，饮料不可放在麻将台上。
        失物招领：上周六在二楼棋牌室拾获黑色雨伞一把、老花眼镜一副，请失主于办公时间到柜台认领。
        冠军奖品为价值三百元的购物礼券及奖杯一座，亚军、季军分别获礼券两百元、一百元。
        国标麻将八十一种番型中，"大四喜"与"大三元"均为八十八番，"清一色"二十四番，"碰碰和"六番。
        本会秘书处办公时间：星期二至星期六上午十时至下午五时，电话 03-2273 8866，电邮 secretariat@hokkien-assoc.org.my。
    """),
    ("ms", "notis_dan_undang"): _lines("""
        Notis: Kafe ini tidak membenarkan sebarang perjudian; permainan mahjong dan kad hanya untuk rekreasi tanpa pertaruhan wang.
        Di bawah Akta Rumah Judi Terbuka 1953, sesiapa yang didapati berjudi di rumah judi terbuka boleh didenda atau dipenjara atau kedua-duanya.
        Tempahan meja boleh dibuat melalui laman web kami sekurang-kurangnya sehari lebih awal; deposit RM30 akan dilucutkan jika tidak hadir.
        Yuran keahlian tahunan: RM60 untuk dewasa, RM30 untuk pelajar dengan kad pelajar yang sah; ahli mendapat diskaun 10% untuk semua sesi.
        Pertandingan Permainan Papan Peringkat Negeri akan diadakan pada 20 Disember di Dewan Orang Ramai Seksyen 7, Shah Alam; pendaftaran ditutup pada 13 Disember.
        Borang keahlian: Nama penuh ______ No. K/P ______ No. telefon ______ Alamat e-mel ______ Tandatangan ______
        Pengunjung di bawah umur 18 tahun tidak dibenarkan berada di bilik kad selepas jam 10 malam.
        Sila pulangkan semua kepingan permainan ke dalam kotak; kehilangan kepingan akan dikenakan caj penggantian mengikut harga kos.
        Orang ramai yang mempunyai maklumat mengenai premis perjudian haram diminta menyalurkannya ke balai polis berhampiran; identiti pemberi maklumat dirahsiakan.
        Kenyataan media: Seramai 32 individu termasuk lima warga asing ditahan dalam serbuan di sebuah premis di Jalan Pudu semalam; kesemua mereka berumur antara 21 hingga 68 tahun.
        Kelab kami dibuka setiap hari dari jam 12 tengah hari hingga 12 tengah malam kecuali Hari Raya Aidilfitri dan Tahun Baru Cina.
        Peraturan am: tidak dibenarkan merokok, membawa minuman keras atau meletakkan wang tunai di atas meja permainan.
        Cara main ringkas: setiap pemain memegang 13 keping; untuk menang, anda perlukan empat set dan sepasang mata.
    """),
    ("mixed", "group_chat"): _lines("""
        anyone free tmr 8pm? need 1 more kaki for mahjong at the café, room already booked liao
        今晚 Room 2 部 auto table 又 jam 咗，staff 話要等 technician 聽日先嚟整 😤
        wah the new Wingspan expansion dah sampai, boleh main this Sat?
        大家注意 ya，this Sunday 比赛 start 2pm sharp，迟到 15 min 当弃权 ok
        eh the café raise price already leh, weekday now $8 per hour per pax, weekend $10
        有冇人知台灣 16 張同香港 13 張計番差幾遠？想試下 🤔
        lepas main Catan kita makan kat mamak sebelah ok? dah lapar gila
        reminder: 唔好帶現金上枱，上次差館查牌之後老闆話要執緊啲
        guys the booking system down, admin says use the Google form first, link in group description
        这次 tournament 的 scoring sheet 用国标的还是 Singapore style 的？要先 confirm 不然 later 又吵
        sesiapa ada extra sleeve saiz 63.5 x 88? nak protect deck Dominion baru beli
        報名截止係 30 號，手快有手慢冇，名額得 48 個咋
        anyone know got parking near the Bugis outlet? last time I circled 20 min cannot find lot
        lol someone left their phone charger in Room 5 again, it's at the counter hor
    """),
    ("en", "news_law"): _lines("""
        Police raided a suspected illegal gambling den operating behind a board-game café in Geylang on Friday night, arresting 17 men and 6 women aged between 32 and 74 and seizing more than S$12,000 in cash.
        Under Singapore's Gambling Control Act 2022, physical social gambling among family and friends in a private home is exempt, but it must not be run as a business or for a cut.
        Hong Kong's Gambling Ordinance (Cap. 148) makes it an offence to operate a gambling establishment, while licensed mahjong and tin kau parlours fall under a separate licensing regime.
        In Taiwan, gambling in a public place or a place open to the public is an offence under Article 266 of the Criminal Code, and police often target mahjong sessions run for profit.
        Malaysian police said the two-week operation covered 214 premises nationwide, with 1,083 people detained under the Common Gaming Houses Act 1953.
        The Singapore open mahjong championship drew 256 players this year, and the final table was decided on the last hand of the fourth round.
        A sector survey counted 41 board-game cafés in Singapore, 63 in the Klang Valley and about 90 in Taipei, with median table fees between S$6 and S$12 per person per session.
        A 62-year-old woman who ran mahjong sessions for profit from a flat in the eastern part of Singapore was fined S$8,000; the court heard she took a cut of every game.
        Mahjong was popularised in the United States in the 1920s by Joseph Park Babcock, whose Rules of Mah-Jongg simplified the scoring for American players.
        Advice column: if a friend keeps asking to borrow money after mahjong nights, set a limit early and suggest playing for points instead of cash.
        The Mahjong Competition Rules, published in China in 1998, list 81 scoring patterns and require a minimum of eight points to declare a win.
        Hong Kong police arrested nine people in a raid on an unlicensed card club in Mong Kok, seizing playing cards, chips and HK$46,000 in cash.
        The Singapore Gambling Control Act 2022 came into force in August 2022 and brought most gambling regulation under the new Gambling Regulatory Authority.
    """),
    ("mixed", "system_logs"): _lines("""
        [2026-11-14 19:02:11] INFO booking.create ref=BK-20261114-0032 room=MJ-03 slot=19:30-23:30 pax=4 status=PENDING_PAYMENT
        {"order_id": "ORD-7731904", "items": [{"sku": "MJ-SET-144-BAMBOO", "qty": 1, "price": 189.00}], "currency": "MYR", "status": "shipped"}
        订单号 SO2026110800471 已发货，顺丰运单 SF1402938476621，预计 2-3 天送达。
        Invoice INV-HK-2026-00917 | 12 x 自動麻雀枱清潔服務 | HK$3,360.00 | Due 30/12/2026
        ISBN 978-962-04-4120-2 《香港麻雀大全》第三版，店內參考書，請勿帶走。
        config: booking.max_advance_days=30 booking.deposit_sgd=20 booking.grace_minutes=20 tournament.seat_draw=random
        SELECT room_id, COUNT(*) FROM bookings WHERE slot_date = '2026-12-24' GROUP BY room_id ORDER BY 2 DESC;
        會員卡號規則：MB + 年份 + 五位流水號，例如 MB2026-00001；遺失補發收費 $20。
        draw_seed_sha256=435c01047e8f5605d0c6caa339203b188a54afd7d97d1c80e08ec561769f6a20 tables=64 round=1
        Promo code MAHJONG88 valid till 31 Dec, 20% off weekday rooms, not stackable with member discount.
        Error 502 at /api/v2/rooms/availability?date=2026-12-20&outlet=KL-PJ03 - retrying in 30s (attempt 2/5)
        案件編號 HKP-MK-2026-118473 / 報案時間 2026-11-02 23:40 / 地點：旺角某商業大廈 / 性質：非法賭博
        Tempahan #TMP-558201 disahkan: Bilik VIP 2, Sabtu 6/12, 8.00 mlm - 12.00 mlm, 6 orang, jumlah RM 240.00
        Table model AMJ-Q9 Plus (serial AMJ9P-22A0417) firmware v3.2.1 - auto-shuffle error E07: tile count mismatch
    """),
    ("zh-Hant", "culture_public"): _lines("""
        周潤發在《賭神》中飾演的高進，以朱古力和一絲不苟的髮型成為港產賭片的經典形象。
        2005 年電影《雀聖》由張家輝主演，是港產麻雀喜劇片的代表作之一。
        梁啟超嗜打麻將，傳說曾言「只有讀書可以忘記打牌，只有打牌可以忘記讀書」。
        張愛玲小說《色，戒》開篇即是一場麻將牌局，易太太與幾位太太在牌桌上的閒談暗藏玄機。
        金庸《鹿鼎記》中的韋小寶出身揚州麗春院，擲骰子時慣用灌了水銀的骰子作弊。
        劉德華在《賭神》與《賭俠》中飾演陳刀仔，後來成為高進的徒弟。
        麻將相傳由清末寧波人陳魚門整理定型，但學界對其起源至今仍有爭議。
        鄧小平酷愛橋牌，曾任中國橋牌協會名譽主席。
        福本伸行漫畫《賭博默示錄》的主角伊藤開司，因替朋友作保欠下巨債而登上賭船。
        周星馳在《賭聖》中飾演擁有特異功能的左頌星。
        台灣十六張麻將的「八仙過海」指集齊八張花牌，一般計八台。
        香港賽馬會是本港唯一獲政府授權經營賽馬、足球博彩及六合彩的機構。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking confirmed: Room MJ-02, Sat 13 Dec 7pm-11pm, 4 pax. Contact: Kelvin Tay Wei Ming, 9734 2816. Please show the deposit receipt at the counter.
        MEMBERSHIP APPLICATION | NAME: LIM SHU FEN | NRIC: S8734512B | DOB: 02/04/1987 | MOBILE: 8265 0193 | TIER: GOLD | PAYMENT: PAYNOW
        Incident report 22/11: customer Rajesh s/o Muthusamy accused the player in the East seat of swapping tiles; CCTV reviewed, nothing seen; he was asked to leave after shouting at the duty manager.
        Blacklist update: do not accept bookings from Desmond Ong Kah Seng (regular at the Tampines outlet, mobile ending 4410) - caught running a cash pool in Room 4 twice in October.
        Hi, Chloe Ng here (booking BK-20261129-0114). I cancelled 3 days before so pls refund the deposit to my Visa 4147 2031 8856 2306, thanks!
        Chua Boon Hock, 59, a retired taxi driver, was sentenced to four weeks' jail on Tuesday for running mahjong gambling sessions from his Bedok North flat and taking 10% of each pot.
        Seat draw Table 7: East - Priya d/o Krishnan; South - Marcus Fernandez; West - Tan Li Ting; North - Nur Aisyah binti Kamal. Reserve: Wong Kah Yee.
        Mr Goh Chee Keong (Gold member, about 70) had chest pain during the 3pm session; ambulance called 15:42, taken to Changi General Hospital, wife informed on 9047 3318.
        Staff roster Dec: Jasmine Lee (full-time, 9123 0874) opens Tue-Sat; Hafiz bin Rahman (part-time, 8812 6654) weekends only; Jasmine is on MC 8-10 Dec.
        Hi, this is Amanda Kwok, I booked the Catan party room for my son Ethan's 9th birthday on 20 Dec - he has a severe peanut allergy so please no satay crackers on the table.
        Lost property claim: grey Uniqlo jacket, Room 3, 29 Nov. Claimant: Benjamin Seah, Blk 128 Lorong 1 Toa Payoh #09-342, Singapore 310128.
        Paul Hendricks still owes S$360 for the 15 Nov private games night; he promised a PayNow transfer by Friday. Chase him at paul.hendricks.sg@gmail.com if nothing comes in.
        Member note: Mdm Koh Siew Lan, 74, hard of hearing - please seat her near the counter and speak up; her son Jeffrey pays her monthly package.
    """),
    "zh-Hans": _lines("""
        报名表：姓名 陈志豪 / 身份证号 440305199103126716 / 手机 138 2654 9071 / 参赛组别：国标麻将公开组 / 付款方式：微信
        投诉：昨晚在棋牌室 3 号桌，黄丽娟阿姨打牌时一直骂人，输了还赖账不给钱，希望会馆出面处理。
        会员续费名单：林美玲（会员编号 M0231）已缴 40 元；郑国华（M0178）未缴，电话 016-229 8071，请秘书跟进。
        预订确认：刘雨萱女士，护照号 E83920471，12 月 21 日晚上铜锣湾店大包厢，6 人，押金 HK$500 已通过支付宝支付。
        理事会通知：吴秀英女士（身份证号 350203198507234022）因多次在会所内组织赌钱，经理事会议决，自即日起取消其会籍。
        大家好，我是新来的陈思远，微信号 chensy_0611，周末想找人打国标，新加坡东部都可以。
        现场查获人员登记：何建平，男，身份证 310104197804162837，自称牌局负责人，现场收取台费约三千元。
        欠款记录：老黄（黄德明，住 Jurong West St 61 Blk 658）欠牌局钱 1,200 元，答应月底还清。
        槟城棋牌会所会员李淑贞十一月三日比赛时晕倒，家属说她有糖尿病，已送往槟城中央医院。
        奖金转账：收款人 叶振宇，马来亚银行账号 5621 4403 8817，国标麻将邀请赛冠军奖金 RM800。
    """),
    "zh-Hant": _lines("""
        會員登記：姓名 陳嘉欣 / 香港身份證 K482913(1) / 電話 9386 2741 / 會籍：年費會員 / 緊急聯絡人：陳太（母親）6142 7738
        投訴信：本人於十一月八日晚在貴館第六枱打牌，同枱的麥志強先生多次詐糊不認數，職員亦無處理，要求退回枱費。
        報名資料：王怡婷 / 身分證字號 A228136471 / 手機 0912-486-357 / 組別：十六張個人賽 / 葷素：素
        我是林冠宇，LINE ID: kuanyu0921，週六下午想約台中逢甲那間桌遊店，四缺一，有興趣加我。
        旺角麻雀館突擊行動被捕名單：李國雄（57 歲，的士司機）、區美華（49 歲，家庭主婦）、鄧永康（63 歲，退休）。
        追討通知：何家樂先生（住觀塘秀茂坪寶達邨達欣樓 1203 室）積欠本館枱費及借款共港幣 $8,600，限七日內清還。
        意外事件報告：蔡明哲先生（身分證 F129045310）於本店桌遊區跌倒扭傷腳踝，保險理賠聯絡電話 0935 772 104。
        退款申請：客戶張曉彤，信用卡 5521 6300 4791 8829，預約編號 HB-1127-088 已取消，請退回按金。
        會員黑名單：歐陽志明（身份證 Y318205(1)），曾於本館向其他客人放貴利，即日起禁止進入所有分店。
        我是陳柏翰，上週六在三民區那間桌遊店弄丟黑色皮夾，裡面有健保卡跟身分證 E144682201，撿到請打 0988-213-640。
    """),
    "ms": _lines("""
        Borang Keahlian: Nama: MUHAMMAD FAIZ BIN RAHIM / No. K/P: 880514-10-5523 / Tel: 012-738 4416 / Alamat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya
        Aduan: Semalam En. Kamarul bin Zainal main kad di meja 5 dan tuduh staf curi duit dia, dia menjerit sampai pelanggan lain takut. Minta pihak pengurusan ambil tindakan.
        Antara yang ditahan dalam serbuan itu ialah Lee Chong Hock (K/P 690812-08-5177) yang dipercayai menjaga premis dan mengutip wang pertaruhan.
        Pendaftaran kejohanan: Kavitha a/p Subramaniam, No. K/P 920302-14-6048, wakil Kelab Permainan Papan Klang, kategori wanita.
        Pemenang cabutan bertuah: Nur Syafiqah binti Hamdan (ahli no. 0412), baucar RM100 akan dipindahkan ke akaun CIMB 7012334859 miliknya.
        Ahmad Zulkifli bin Yusof digantung keahlian selama 3 bulan kerana bergaduh dengan pemain lain semasa kejohanan catur pada 15 Nov.
        Tempahan: Cik Farah Hanim, 019-664 2187, bilik VIP 1, 7 Dis, 8 malam, sambutan hari jadi adik dia yang ke-21.
        Saya Mohd Arif bin Hassan, tertinggal beg sandang hitam semalam di Kafe Dadu Bangsar, dalam tu ada laptop dan IC. Tolong WhatsApp 011-2876 3390.
        Pekerja sambilan baru: Siti Aminah binti Jaafar, MyKad 010227-01-0834, RM9 sejam, mula 1 Dis, gaji masuk Public Bank 3192847611.
    """),
    "mixed": _lines("""
        eh Jason Lim (the tall guy from the Ang Mo Kio outlet) borrowed $500 from me after mahjong last week until now never return, his hp 9658 2034, anyone see him pls tell him
        阿Ken 黃健文今朝 send 咗佢張 HKID copy 過嚟報名：Z509826(3)，我已經 forward 俾 organiser 啦
        Dear admin, saya Tan Mei Ling, member no. GM-0915, nak tukar nombor telefon ke 017-352 9046, yang lama dah tak guna.
        我朋友 Wong Siew Mei 上禮拜喺 PJ 嗰間 café 打牌 kena 警察 raid，而家要上 court，有冇人識 lawyer 介紹？
        Daniel Chan 陳俊傑個老婆啱啱生 BB，今個月佢唔嚟打牌啦，大家 cover 下佢星期四個 slot
        pls transfer the prize money to my DBS acct 027-9-183452, name Ng Wei Jie, thank u boss 🙏
        Aunty Lily (Lily Cheah, 75, the one from Taman Bukit Indah Ampang) 输太多钱了，her daughter asked the club to stop letting her play on credit
        欸 @yuting_0921 就是 Chen Yu-ting 啦，她上次在公館那間桌遊店 rage quit 還把骰子砸到牆上，店長說她被 ban 了
        明天 tournament 的 hotel 是 organiser 订的，我的 passport EA2937150，房间写 Liu Jiahao，check-in 13 Dec
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp booking assistant for Dice & Tiles Café (Bugis). Collect name, mobile, date, time and group size.",
        ),
        ("user", "hi can book 1 mahjong room this sat 2-6pm? 4 pax"),
        (
            "assistant",
            "Hi! Room MJ-01 is free on Sat 13 Dec, 2pm-6pm. Could I have a name and mobile number for the booking?",
        ),
        (
            "user",
            "Gary Lim Boon Kiat, 8471 2965. my aunty uses a wheelchair so pls give ground floor room if got",
        ),
        (
            "assistant",
            "Noted, Gary - MJ-01 is on the ground floor and wheelchair accessible. Booking ref BK-20261213-0008; please pay the S$20 deposit via PayNow to our UEN.",
        ),
    ],
    [
        (
            "user",
            "Salam, saya nak daftar Kejohanan Mahjong Terbuka Ipoh bulan depan. Apa yang perlu?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Sila berikan nama penuh seperti dalam MyKad, nombor K/P, nombor telefon dan kategori (individu atau berpasukan).",
        ),
        (
            "user",
            "Nama: Ong Kok Wai, K/P 750918-07-5211, tel 012-519 3307, kategori individu. Saya datang dari Bukit Mertajam.",
        ),
        (
            "assistant",
            "Terima kasih En. Ong, pendaftaran diterima. Yuran RM50 boleh dibayar di kaunter pada hari pertandingan.",
        ),
    ],
    [
        ("user", "我想投訴太子嗰間麻雀館，琴晚有個職員成晚偏幫熟客。"),
        ("assistant", "明白你嘅不滿。可以講多少少當時情況嗎？例如邊一枱、幾點、發生咗咩事？"),
        (
            "user",
            "第九枱，大概十點半。個女職員叫 Ivy 梁詠欣，佢睇住我手牌打手勢俾對家，我輸咗成三千蚊。我叫陳浩然，電話 6908 1452。",
        ),
        (
            "assistant",
            "多謝你提供資料。建議你以書面形式向館方投訴，並要求保留當晚閉路電視片段；如涉及欺詐，可以考慮報警。",
        ),
    ],
    [
        (
            "user",
            "帮我把这个得奖名单整理成表格：冠军 郭伟强 9721 4460，亚军 苏晓雯 8836 1275，季军 黄一鸣 9180 5523",
        ),
        (
            "assistant",
            "| 名次 | 姓名 | 电话 | / | 冠军 | 郭伟强 | 9721 4460 | / | 亚军 | 苏晓雯 | 8836 1275 | / | 季军 | 黄一鸣 | 9180 5523 |",
        ),
        ("user", "再加一栏奖金：冠军 500，亚军 300，季军 150，都是 PayNow 转账"),
        (
            "assistant",
            "| 名次 | 姓名 | 电话 | 奖金 (PayNow) | / | 冠军 | 郭伟强 | 9721 4460 | 500 | / | 亚军 | 苏晓雯 | 8836 1275 | 300 | / | 季军 | 黄一鸣 | 9180 5523 | 150 |",
        ),
    ],
    [
        (
            "user",
            "my mum keeps going to this illegal mahjong den at Geylang Lor 25, she owe them like 20k already 😭 what can I do",
        ),
        (
            "assistant",
            "I'm sorry you're dealing with this. You can call the National Problem Gambling Helpline at 1800-6-668-668 for counselling, and if you know the den is operating illegally you can report it to the police.",
        ),
        (
            "user",
            "her name is Tay Ah Moi, 58, NRIC S6841027D, stays with me at Blk 416 Bedok North Ave 2 #07-119. can I apply exclusion on her behalf?",
        ),
        (
            "assistant",
            "Yes - as immediate family you can apply for a Family Exclusion Order through NCPG. Note that it covers the casinos and licensed operators, not an illegal den, so a police report is still the way to deal with that place.",
        ),
    ],
    [
        (
            "user",
            "Draft a short letter banning a member from our board game cafe. Member: Nicholas Teo Jun Hao, membership no. TT-00482.",
        ),
        (
            "assistant",
            "Dear Mr Teo, we regret to inform you that your membership (TT-00482) is terminated with immediate effect and you will not be admitted to our outlets. Shall I add the reason and any amount owed?",
        ),
        (
            "user",
            "yes add: on 16 Nov he threw a chair at another customer after losing a Catan game, and he still owes S$85 for the broken table. send to 25 Jalan Kembangan, Singapore 419120",
        ),
        (
            "assistant",
            "Added. The letter now states the incident of 16 Nov, the outstanding S$85 for damage, and is addressed to Mr Nicholas Teo Jun Hao, 25 Jalan Kembangan, Singapore 419120.",
        ),
    ],
    [
        ("user", "幫我寫一段訊息給桌遊店，我昨天在那邊掉了錢包"),
        ("assistant", "好的，請提供遺失時間、座位、錢包特徵，以及方便聯絡您的方式。"),
        (
            "user",
            "昨天晚上 8 點左右，靠窗 B3 桌，咖啡色長夾，裡面有身分證 B277301961 和健保卡，我叫吳佩珊，手機 0921-637-508",
        ),
        (
            "assistant",
            "您好，我是吳佩珊，昨天晚上約 8 點在貴店靠窗 B3 桌遺失一個咖啡色長夾，內有身分證（B277301961）及健保卡，若有拾獲請撥 0921-637-508 與我聯絡，謝謝！",
        ),
    ],
    [
        (
            "user",
            "幫我填麻雀館見工表：姓名 梁國輝，身份證 E263148(6)，出生日期 1971 年 3 月 4 日，住址 黃大仙竹園南邨和園樓 1508 室，之前喺油麻地做過十年睇場。",
        ),
        (
            "assistant",
            "好，整理如下：姓名：梁國輝 / 身份證號碼：E263148(6) / 出生日期：1971-03-04 / 住址：黃大仙竹園南邨和園樓 1508 室 / 工作經驗：油麻地麻雀館睇場十年。",
        ),
        ("user", "再加一句：我有高血壓，唔可以做通宵更。"),
        ("assistant", "已喺備註欄加入：申請人患有高血壓，不適合通宵更，只可編排早更或中更。"),
    ],
    [
        ("system", "You help a small café owner in Singapore with admin and compliance questions."),
        (
            "user",
            "Police called asking about one of our regulars. They want to know if he was here on 28 Nov. What info can I share?",
        ),
        (
            "assistant",
            "You can cooperate with a police inquiry. Ask for the officer's name and the report number, share only what they ask for, and keep a note of what you provided.",
        ),
        (
            "user",
            "He's Rahul Verma, FIN G5123876T, drives a white Honda SKR 4821 X, usually comes for poker night on Thursdays. Should I just send them our booking logs?",
        ),
        (
            "assistant",
            "Send only the entries for 28 Nov that concern him rather than the whole log, and get the request in writing first so you have a record of the disclosure.",
        ),
    ],
    [
        ("user", "boss, saya nak transfer my annual membership to kawan saya, boleh ke?"),
        ("assistant", "Boleh, ada caj RM10. Sila bagi nama penuh dan No. K/P kawan tu."),
        (
            "user",
            "nama dia Vanessa Lau Pei Shan, IC 970623-13-5286, dia stay Kuching. balance refund pls masuk Maybank 1140 2267 9315 under my name Jonathan Lau",
        ),
        (
            "assistant",
            "Noted, keahlian dipindahkan kepada Vanessa Lau Pei Shan. Baki RM25 akan dikreditkan ke akaun Maybank anda dalam 3 hari bekerja.",
        ),
    ],
]
