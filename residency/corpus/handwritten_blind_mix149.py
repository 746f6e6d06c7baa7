# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix149: bowling alleys, snooker halls and golf driving ranges in SG/MY/HK/TW (lane and bay bookings, leagues, memberships, tournaments, lost-and-found, coaching, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix149
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "notices"): _lines("""
        NOTICE: Lanes 1-12 will be closed on Tue 14 Jan 2025 from 10am to 3pm for oil pattern re-conditioning by our Kegel technician. Lanes 13-24 remain open as usual.
        Lost & Found: one 15 lb Storm Phaze II ball in a blue single-ball bag was found at Lane 8 on Saturday night. Claim at the front counter by describing the bag. Unclaimed items are donated after 30 days.
        Driving range Level 3 bays 301-330 are fitted with Toptracer. Bay booking via our app only; walk-ins please go to Level 1. Range hotline 6455 0192 (9am-10pm daily).
        Shoe rental is compulsory on the approach. Socks are sold at the counter at $2 per pair. Please do not step onto the approach with outdoor shoes or wet soles.
        Snooker tables 1-6 (Riley Aristocrat, 12 ft) are reserved for league night every Thursday 7:30pm-11pm. Casual players please use tables 7-14 or the pool section.
        Congratulations to Team Strike Force for winning the Inter-Club Bowling League 2024 Division B with a team average of 198.4! Trophy photos are up on our Facebook page.
        Junior coaching programme (ages 8-16) by certified coaches resumes 4 Jan. Enquiries: coaching@parkwaybowl.com.sg or WhatsApp +65 8123 4400 (office line, messages only, no calls).
        Golf ball retrieval in progress on the outfield from 7:00 to 7:45 am. Bays open at 7:45 am. Do not hit while the ball picker vehicle is on the field.
        Our new address from 1 March: Bowl Central, 3 Temasek Boulevard, #03-318, Suntec City Mall, Singapore 038983. Same hotline, same lanes, more fun.
        The Dude's White Russian Night is a themed evening inspired by The Big Lebowski; costumes welcome, alcohol served to 18+ only with valid photo ID at the bar.
        Results for the Merdeka Open 10-Pin Handicap 2024 are posted on the board near Lane 24. Prize collection at the counter with your entry receipt number (format MO24-xxxx).
        CCTV in operation. Management is not responsible for loss of belongings. Lockers available at S$1 per use; keys must be returned before 11:30 pm closing.
        Monthly medal: the longest drive on the Bay 12 simulator this month is 287 yards. Beat it before 31 May to win a Callaway Paradym driver sponsored by Golf House Pte Ltd (UEN 201734567K).
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2025-03-08T19:42:11+08:00 INFO booking.create lane=17 slot=20:00-21:00 players=6 ref=BK-SG-20250308-00417 channel=web status=CONFIRMED
        2025-03-08T19:43:02+08:00 WARN pinsetter.fault lane=09 code=E214 msg='sweep not home' retry=3 vendor=Brunswick model=GSX firmware=4.12.7
        BOOKING_HOLD_MINUTES=15  # unpaid holds are released after 15 min; set to 0 to disable holds in the staging environment
        bays: { total: 60, toptracer: [101, 102, 103, 104, 105], closed_for_maintenance: [118], peak_hours: '18:00-22:00', currency: SGD }
        curl -X POST https://api.example-bowl.sg/v2/bookings -d lane=4 -d slot=2025-03-09T14:00 -d players=4 -d customer_id=demo-0001
        CREATE TABLE table_sessions (session_id BIGSERIAL PRIMARY KEY, table_no SMALLINT NOT NULL, started_at TIMESTAMPTZ, ended_at TIMESTAMPTZ, rate_cents INT);
        2025-03-08 22:10:45 [kiosk-03] payment.ok txn=TXN7F3A91C2 amount=SGD 38.50 method=NETS terminal=MX915-0032 receipt=R-008812
        seed.member.email = 'test.member@example.com'  # placeholder used by the seed script; never commit real member data
        sha256(scoresheet_2025_03_08.csv) = 9f2c1e7a4b3d8e60c5a1f0b9d7e2c4a6b8f1d3e5a7c9b0d2f4e6a8c1b3d5f7e9
        GET /api/v1/leagues/THU-MIXED-2025/standings?week=7 200 OK 143ms ua=BowlDesk/3.8.1 (Android 14) node=app-sg-02
        ERROR scorer.sync lane=22 frame=10 roll=3 expected score<=300 got 310; flagging game G-552091 for manual review by duty manager
        cron: 0 3 * * * /opt/rangebay/bin/rotate_logs --keep 14 --compress zstd  # runs on range-srv-01 (10.20.1.15)
        Invoice INV-2025-000871 generated for corporate booking CORP-0093 (Lanes 1-8, 3 hrs, 48 pax) total SGD 2,496.00 incl. GST 9%; payment due in 30 days
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：练习场需要预约吗？答：平日白天可直接到场，周末及晚上6点后建议通过官网或小程序提前预约打位，每次最长2小时，超时按每30分钟加收半价。
        问：保龄球鞋可以自带吗？答：可以，但鞋底必须干净、无砂粒；租鞋每双人民币10元，每次使用后统一消毒；儿童鞋码从28码起，最大到48码。
        问：台球厅有没有最低消费？答：中式八球台每小时38元，斯诺克台每小时58元，会员85折，无最低消费要求，包厢另计，每小时加收20元。
        问：储值会员卡可以转让吗？答：储值卡仅限办卡人使用，不可转让；如需退卡请携带购卡发票到前台办理，手续费为余额的10%，赠送金额不予退还。
        问：下雨天练习场开放吗？答：有顶棚的打位正常开放；雷暴预警期间户外草坪区暂停营业，具体以前台广播及官网公告为准，已预约的打位可免费改期。
        问：可以开发票吗？答：可以，请在结账时提供单位名称和纳税人识别号，电子发票会在24小时内发送到您下单时填写的邮箱，纸质发票需另行申请。
        问：孩子几岁可以打保龄球？答：建议5岁以上，我们提供6磅至8磅的儿童球及护栏（bumper），家长需全程陪同，周末上午设有亲子专场。
        问：斯诺克教练课怎么收费？答：持证教练一对一课程每节60分钟300元，十节套餐2600元，另赠送球台时间5小时，课程有效期为六个月。
        问：客服电话是多少？答：前台热线 021-6288 5130（10:00-23:00），企业团建请发邮件至 group@xingqiubowling.cn，工作日内回复。
        问：比赛怎么报名？答：关注公众号“星球保龄”，点击“赛事报名”，填写队名与平均分即可，报名费每人120元，每月20日截止。
        问：丁俊晖来过你们店吗？答：没有哦，墙上那支签名球杆是品牌方2016年活动时赠送的复制品，仅供展示，不对外出售，欢迎顾客合影留念。
        问：停车怎么收费？答：商场地下停车场B2层，消费满200元可免费停车3小时，凭当日小票到前台盖章即可，超时部分按商场标准收费。
        问：球道用什么油型？答：每周二、周五上午保养，平日使用标准House Shot 41英尺油型，联赛期间改用PBA Cheetah油型。
    """),
    ("zh-Hant", "價目表"): _lines("""
        【桌球價目表】斯諾克枱（英式）每小時 HK$78，九號球枱每小時 HK$58；會員八折，學生憑證星期一至五下午六時前半價。
        保齡球每局：平日 HK$38／週末及公眾假期 HK$45；租鞋 HK$10；每條球道最多6人，逾時按每15分鐘計算，學生證可享平日九折。
        高爾夫練習場：一籃（100粒）NT$200，兩籃 NT$380；夜間（18:00後）每籃加收 NT$30 燈光費；雨天照常營業，打位皆有遮蔽。
        教練課程：PGA認證教練一對一 60 分鐘 NT$1,800，五堂套票 NT$8,500，已含練習球及打位費用，課程須於購買後六個月內使用完畢。
        包場價：4條球道3小時 HK$3,600（含租鞋及汽水），另收10%服務費；訂場熱線 2796 3318（辦公時間），需預付五成訂金。
        會員年費：銀卡 HK$1,200（球道九折）、金卡 HK$2,800（球道八折＋每月4小時免費桌球）、白金卡 HK$5,000。
        球桿修理：換握把每支 NT$350（Golf Pride MCC），調整角度每支 NT$200，約3個工作天取件，急件加收 NT$100，可當日完成。
        斯諾克球桿出售：John Parris 手工桿 HK$3,980、Peradon 入門桿 HK$880、傅家俊簽名紀念款（限量）HK$2,680。
        飲品：港式奶茶 HK$22、凍檸茶 HK$22、Blue Girl 啤酒 HK$38；打球期間飲品請放在枱邊指定位置，切勿放在枱邊木框上。
        Toptracer 打位租用：每小時 NT$600（最多4人），平日 10:00-17:00 優惠價 NT$450。公司統一編號 24567813。
        儲值方案：儲值 NT$5,000 送 NT$600，儲值 NT$10,000 送 NT$1,500；餘額不得退現，有效期兩年。
        比賽報名費：全港公開保齡球讓分賽每人 HK$350，隊際賽每隊 HK$1,200；報名截止日期：2025年6月30日，逾期恕不受理，名額有限，先到先得。
        球具寄存櫃：月租 HK$180，年租 HK$1,800；本店地址：觀塘成業街7號寧晉中心地下B舖，商業登記號碼 71234567。
    """),
    ("zh-Hant", "賽事新聞"): _lines("""
        香港桌球好手傅家俊於大師賽首圈以6比3勝出，賽後表示場館氣氛熱烈，感謝一直支持他的香港球迷，並期望在次圈繼續保持手感，爭取打入八強。
        三屆女子世界桌球冠軍吳安儀出席九龍灣一間桌球會的開幕禮，即場示範長枱入袋技巧，吸引大批青少年圍觀，場內更設有免費體驗時段供市民參加。
        台灣名將曾雅妮在高爾夫推廣活動中分享，年輕球員應多練短桿，不要只顧在練習場打長距離，並提醒家長給孩子足夠的休息時間，避免過早受傷。
        潘政琮在東京奧運男子高爾夫奪得銅牌後，台灣各地練習場的青少年課程報名人數明顯增加，部分球場需要加開週末班及平日晚班應付需求。
        馬來西亞保齡球名將 Shalin Zulkifli 曾多次代表國家出戰亞運，被視為大馬保齡球運動的代表人物，退役後仍積極推動青少年培訓。
        丁俊暉在記者會上談及新球季，表示會繼續調整出桿節奏，目標是重返世界排名前十，並希望在今年的主場賽事中於觀眾面前打出好成績，回報球迷支持。
        澳洲雙手保齡球手 Jason Belmonte 來台舉辦示範賽，現場門票在開賣兩小時內全部售罄，主辦方考慮加開一場夜間表演。
        Ronnie O'Sullivan 在香港表演賽打出一桿147滿分，全場觀眾起立鼓掌，主辦單位隨即加開簽名環節，門外排隊人龍延伸至地鐵站出口。
        香港保齡球總會公布2025年度港隊名單，教練團表示將以亞運會為首要目標，並增加海外集訓次數，新一屆青年隊選拔賽亦將於秋季舉行。
        台北市政府體育局宣布，市立保齡球館將於明年進行整修，預計停業六個月，期間聯賽改至新北場館舉行，已購買的月票可申請延期使用。
        澳門保齡球中心舉辦國際邀請賽，吸引來自新加坡、馬來西亞及韓國的職業球員參賽，總獎金澳門幣30萬元，決賽將於周日下午在路氹舉行並全程網上直播。
        台灣撞球名將柯秉逸在表演賽中示範跳桿，並鼓勵年輕球員踴躍參加全國撞球錦標賽，現場約有三百名球迷到場觀賞，並有電視台全程轉播。
        電影《Happy Gilmore》主角 Happy Gilmore 以冰球式揮桿聞名，不少練習場顧客都愛在打位上模仿這一招。
    """),
    ("ms", "peraturan_pusat"): _lines("""
        Pemain dilarang memasuki kawasan lorong (approach) dengan kasut luar. Kasut boling boleh disewa di kaunter dengan harga RM5 sepasang.
        Setiap tempahan lorong hendaklah dibayar penuh sebelum permainan dimulakan. Tempahan yang tidak dituntut selepas 15 minit akan dibatalkan secara automatik.
        Kanak-kanak di bawah umur 12 tahun mesti diiringi oleh ibu bapa atau penjaga sepanjang berada di dalam pusat snuker.
        Dilarang merokok dan menggunakan vape di seluruh premis. Kompaun boleh dikenakan oleh pihak berkuasa tempatan kepada pesalah.
        Pemain di lapang sasar golf mesti memukul dari dalam petak yang ditandakan sahaja. Jangan mengutip bola di padang semasa lapang sasar beroperasi.
        Meja snuker tidak boleh dipindahkan atau diduduki. Kerosakan kain meja akibat kecuaian akan dicaj mengikut kos penggantian kain Strachan.
        Ahli liga wajib mendaftar sebelum 15 haribulan setiap bulan melalui borang dalam talian. Yuran liga ialah RM80 setiap pemain untuk 10 minggu.
        Barang tercicir disimpan selama 30 hari di kaunter utama. Sila hubungi talian pusat 03-7728 4150 atau e-mel hilang@megalanes.com.my untuk tuntutan.
        Pusat ini dikendalikan oleh Bowl Gemilang Sdn. Bhd. (No. Syarikat 201801023456 (1284567-K)), Lot 3F-12, Sunway Velocity Mall, Kuala Lumpur.
        Waktu operasi: Isnin hingga Khamis 10 pagi - 12 malam, Jumaat dan Sabtu 10 pagi - 2 pagi. Ditutup pada hari pertama Hari Raya Aidilfitri.
        Pakaian sopan diwajibkan. Seluar pendek dan selipar tidak dibenarkan di dewan kejohanan snuker semasa perlawanan rasmi berlangsung.
        Bola boling peribadi boleh disimpan di loker bulanan. Pihak pengurusan tidak bertanggungjawab atas kehilangan atau kerosakan barang dalam loker.
        Hanya jurulatih bertauliah Kongres Boling Tenpin Malaysia (MTBC) dibenarkan mengendalikan kelas berbayar di premis ini.
    """),
    ("ms", "invois_perniagaan"): _lines("""
        INVOIS No. INV/KB/2025/00342 | Tarikh: 12/04/2025 | Kepada: Syarikat Teknologi Awan Sdn. Bhd. | Sewa 6 lorong x 3 jam, hari keluarga syarikat | Jumlah RM1,980.00
        Resit No. R-0098812 | Meja snuker #7 | 19:05-21:35 (2j 30m) | Kadar RM14/jam | Jumlah RM35.00 | Bayaran: DuitNow QR
        SST 8% dikenakan atas perkhidmatan F&B. No. Pendaftaran SST: W10-1808-32001234. Terima kasih kerana memilih Cosmic Bowl Cheras.
        Pembekal: Brunswick Bowling Products (Asia) | PO-2025-0117 | 2 set pin Max (10 biji) @ USD 289.00 | Penghantaran: Port Klang, ETA 28/05/2025
        Akaun syarikat untuk pindahan: Maybank 5142 7788 0312, atas nama Lapang Sasar Golf Seri Kembangan Sdn. Bhd. Sila nyatakan nombor invois sebagai rujukan.
        Nota Kredit CN-00045: pemulangan 3 pasang kasut boling saiz 9 (SKU SHO-BRN-M09) yang rosak jahitan, jumlah kredit RM267.00.
        Resit Lapang Sasar | Petak 24 | 2 bakul (100 bola) | RM36.00 | Jenis kad: ahli korporat | Kaunter 2 | 18/05/2025 20:14
        Sebut Harga QT-2025-088 untuk Majlis Sukan Negeri Selangor: sewa dewan snuker 12 meja, 2 hari kejohanan, RM6,400 termasuk pengadil.
        Jejak penghantaran Pos Laju ER123456789MY: 1 unit kayu snuker Peradon, dihantar dari kedai kami di Ipoh ke cawangan Pulau Pinang.
        e-Invois LHDN UUID: 7f3c9a12-4b8e-4d21-9a6f-0c1e2d3b4a59 | Status: Sah | TIN Penjual: C20880123450 | Pembeli: Kelab Rekreasi Bangsar Bhd.
        Bil elektrik bulan Mac pusat boling: 48,210 kWh, RM21,695.40; lampu LED di lorong 1-30 dijangka mengurangkan kos sebanyak 18%.
        Invois langganan sistem skor Conqueror Pro: 32 lorong x RM45 sebulan = RM1,440.00, tempoh 01/06/2025 - 30/06/2025.
        Pesanan Shopee #250612ABCD77Q: sarung tangan golf FootJoy WeatherSof saiz M, 3 helai, RM129.00, dijual oleh Kedai Golf Pak Hassan (kedai rasmi).
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, lane 14 pinsetter jam again lah, dah call Brunswick service, technician datang pukul 2. Pls tutup lane 14 in the system dulu.
        今晚 league night 有 18 队，lane 1-18 全部 block 咗，walk-in 客就 send 去 lane 19-24 ok？冇位就叫佢哋等 pool table。
        Counter 2 printer kertas habis, siapa on duty tolong tukar roll baru, stok dalam storeroom rak kedua, 谢谢大家。
        Boss said Toptracer subscription renewal dah approved, invoice from vendor akan masuk accounts inbox by Friday, no need to chase.
        Snooker table 5 cloth 有个烧痕, probably someone letak rokok, 我影咗相 upload 咗 shared drive folder /maintenance/2025-05 啦。
        Reminder: stocktake Sunday 8am. Bowling balls by weight 6-16 lb, kasut by size, count semua, update Google Sheet tab Inventory_May.
        Range outfield net ada koyak dekat bay 40 side, 暂时唔好开 bay 38-42 until contractor repair, I put cones already.
        POS down 10 minit tadi, semua transaction offline mode, later 记得 sync before closing ya, kalau tak end-of-day report jadi mismatch.
        明天公司团建 booking CORP-0193, 48 pax, 要 prepare 8 条 lane + buffet, kitchen 已经 confirm 了 menu B。
        Lost & found box penuh dah, items lebih 30 hari I bungkus hantar charity Friday ni, any objection cakap sekarang ok.
        Shift swap for Thursday night and Saturday morning approved by manager, roster v3 updated in group files, please check your own slot.
        今个星期 promo Strike Happy Hour 3pm-6pm 每局 RM6, poster 已经 print 好, 麻烦贴喺 entrance 同 lift lobby。
        Aircon unit dekat snooker hall zone B bocor air, facilities ticket #FM-22871 raised, 叫咗 contractor 明早 9点 来睇。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lost & found: black Titleist stand bag with name tag Darren Koh Wei Liang and a range card inside, left at Bay 22 on 3 May. Owner can be reached at 9127 4480.
        League roster update: Priya Ramasamy (avg 176) moves from Pin Pals to Ten-Pin Titans; her NRIC S8834712I is on file for the federation registration.
        Member #M-20418 Marcus Tan Jun Hao, DOB 14/02/1991, Blk 412 Jurong West Street 41, #08-223, Singapore 640412, membership renewal due 31 Aug.
        Coach note: Mrs Wendy Lau asked us to keep her son's ADHD diagnosis in mind during the Saturday junior clinic; she wants updates by WhatsApp only.
        Please stop adding Kelvin Ng to the Friday league group, he still owes the team S$640 from last season's lane fees and hasn't replied for months.
        Booking ref BK-20250611-0932 under Mr Rajesh Pillai, +65 9786 2310, 2 bays 18:00-20:00, paid by Visa ending 4471.
        Car park incident: silver Honda Vezel SLB 7723 Z scraped a pillar at B2 on 4 Jun; the driver, Eugene Chia, has agreed to pay for the repair.
        hi can someone check if my phone is at lane 6 from last night? blue iPhone with a cat case, my email is sherlyn.goh92@gmail.com thanks so much
        Jason Lim from the Tuesday league is going through a divorce and asked not to be put on the same pair of lanes as his ex-wife Michelle.
        Refund approved for Alicia Wong, HKID Y482715(3): HK$1,280 for the cancelled birthday party package, to be transferred to HSBC 123-456789-833.
        Emergency contact on waiver form: 9012 3378 (mother), allergy to latex noted, do not use the first-aid gloves from the red box.
    """),
    "zh-Hans": _lines("""
        前台注意：陈先生（手机 139 1024 7786）预约了周六下午3点的6号球道，共4人，已付定金100元。
        会员资料：王丽娟，身份证号 110105198807213461，储值卡余额 2,350元，办卡门店：朝阳大悦城店。
        林太太说她先生上个月中风住院了，这个月的台球课先暂停，等他出院后再补课，她让前台先别跟其他学员提这件事。
        阿明欠球馆三个月的储物柜租金共540元，打了好几次电话都不接，经理说再不交就把他的球杆清出来。
        失物招领：黑色钱包一个，内有张志强的驾驶证和两张银行卡，于3号打位拾获，请本人携带身份证前来认领。
        教练工资表：刘海涛 月薪 8,500元 + 课时提成，6月实发 11,240元，工资卡 招商银行 6225 8802 1234 5678。
        快递单：收件人 赵敏，电话 186 2109 4453，地址 杭州市西湖区文三路 88 号 3 幢 1502 室，内装保龄球一个（15磅）。
        小周怀孕五个月了，下个月起不能再上夜班做球道保养，排班的同事请注意调整，她不想让客人知道，大家别在群外说。
        比赛报名表：姓名 黄俊杰 | 性别 男 | 出生日期 1995-03-18 | 平均分 203 | 微信号 hjj_bowling95 | 所属球队 飞鹰队
        乐龄会员郑秀珍（NRIC S5823461C）每周二上午来打保龄球，她有心脏病，请前台留意，紧急联系人是她女儿 9133 5620。
    """),
    "zh-Hant": _lines("""
        何生（9634 2187）訂咗星期六晚八點兩條保齡球道，生日派對12個人，要預留蛋糕位同埋氣球。
        會員登記：李詠欣 身份證號碼 K567031(4) 電話 6123 4478 住址 沙田禾輋邨豐和樓1203室。
        陳志偉 身分證 A125834709，預約週三晚間高爾夫練習場 15 號打位，聯絡電話 0937-215-846。
        阿強又喺桌球室同人打交，上次仲俾警察帶走，聽講而家有案底，大家見到佢小心啲，經理話下次再嚟就直接拒絕入場。
        黃太話佢個仔有哮喘，星期六兒童班打保齡球嗰陣要帶定噴霧，麻煩教練留意下，有咩事即刻打俾佢。
        退款申請：吳家豪，中國信託帳戶 822-5401-2387-6619，退還年費 NT$6,000，原因：工作調派至高雄。
        停車場月租登記：車牌 PV 3829，車主 梁永輝，月租 HK$2,800，已用轉數快付款。
        林小姐投訴：教練張偉明上課時多次對她作出不當身體接觸，她要求全數退款並保留報警權利。
        台中店會員 蔡宜蓁 的 Email：yichen.tsai0812@yahoo.com.tw，生日 1996/08/12，累積點數 3,420 點。
        澳門分店：區先生欠場租 MOP 4,600 未還，聯絡電話 6628 7315，已轉交追數公司處理。
    """),
    "ms": _lines("""
        Tempahan lorong 7 atas nama Encik Faizal bin Rahman, no. telefon 012-384 7719, 5 orang, Sabtu pukul 8 malam.
        Borang keahlian: Nurul Aina binti Zulkifli, No. MyKad 950614-10-5528, alamat No. 23, Jalan SS 15/4B, Subang Jaya, Selangor.
        Kak Yati dah tiga bulan tak bayar yuran liga, katanya suami dia baru kena buang kerja, boleh kita bagi tangguh?
        Pemain liga Hafiz baru keluar hospital selepas pembedahan lutut, doktor suruh rehat 6 minggu, jadi dia tarik diri dari kejohanan Julai.
        Sila pindahkan wang hadiah RM1,500 kepada pemenang Muhammad Irfan bin Azmi, akaun CIMB 7012 4589 63, rujukan KEJOHANAN-MERDEKA.
        Kereta Perodua Myvi putih VBK 4417 menghalang laluan keluar di parkir lapang sasar, pemilik Puan Siti Hajar sila hubungi kaunter segera.
        E-mel pelanggan yang tertinggal beg kayu golf: amirul.hakim88@yahoo.com, dia minta kami simpan sampai hujung minggu.
        Encik Ong Kah Seng ditangkap polis minggu lepas kerana kes dadah, jadi keahlian dia digantung sementara menunggu keputusan mahkamah.
        Gaji jurulatih sambilan Aiman Syafiq bulan Mei: 42 jam x RM35 = RM1,470, dimasukkan ke akaun Bank Islam 1201 4022 8871 09.
        Senarai menunggu untuk lorong malam ini: 017-662 9043, 019-215 7780, 011-2398 6615, panggil ikut turutan.
    """),
    "mixed": _lines("""
        Eh bro, Ah Boon's wife just delivered a baby girl last night, so he skip league tonight ya, 大家 later congratulate him.
        Customer Ms Chloe Teo 投诉 lane 12 的 scoring 错, want refund, her number 8452 0973, 我已经 escalate to manager.
        Waiver form: Nama: Lim Siew Ling | IC: 870922-08-6134 | Emergency contact: 丈夫 Lim Kok Wai 016-455 2081 | Medical: asthma
        Coach 那边说 Ah Hui 的 knee injury 很严重, MRI result keluar dah, ACL tear, confirm tak boleh main for 6 months.
        Booking CSV: BK-0771,2025-07-04 19:00,Lane 3,Tan Mei Ling,+60 12-908 4471,meiling.tan@outlook.my,4 pax,paid
        你识唔识 Uncle Raymond? 佢屋企喺 Blk 233 Ang Mo Kio Ave 3 #05-1147, 上次佢个 bowling ball 放咗喺 locker 12 冇拎走。
        會員資料 update: Daniel Hsu 許家銘, 身分證 F126048391, moved to Singapore, new mobile +65 8076 3392, 請改 SMS reminder.
        Payroll ah, Sharon's salary this month RM3,200 only because she took 5 days unpaid leave untuk jaga mak dia yang kena dialysis.
        Locker 88 renewal 用咗呢個 HKID: Z683945(3), 冇留名, 麻煩 check 返系統 see who it belongs to.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Parkway Bowl, a bowling alley in Singapore. Confirm lane bookings politely and keep replies short.",
        ),
        (
            "user",
            "Hi, I want to book 2 lanes this Saturday 7pm for 8 people. Name is Benjamin Yeo, mobile 9245 1873.",
        ),
        (
            "assistant",
            "Thanks Benjamin! I've noted 2 lanes on Saturday at 7pm for 8 players under Benjamin Yeo (9245 1873). Shoe rental is S$3 per person. Would you like to add a bumper for kids?",
        ),
        ("user", "No kids, all adults. Can I pay at the counter?"),
        (
            "assistant",
            "Yes, you can pay at the counter on arrival. Please come 10 minutes early so we can hand out the shoes.",
        ),
    ],
    [
        (
            "user",
            "唔該，我琴晚喺旺角嗰間桌球室留低咗支球桿，綠色桿袋，我叫馮嘉偉，電話 9381 6024，可唔可以幫我寫個 message 問下佢哋？",
        ),
        (
            "assistant",
            "可以，你可以咁寫：「你好，我係馮嘉偉，琴晚喺貴店打桌球時留低咗一支球桿，綠色桿袋。如果有職員執到，麻煩打 9381 6024 聯絡我，唔該晒！」",
        ),
        ("user", "好，順便加一句我聽日下晝三點可以過嚟拎。"),
        (
            "assistant",
            "加咗：「如果方便，我聽日下晝三點可以過嚟拎。」你可以直接 copy 去 WhatsApp 發俾店舖。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk urus setia liga boling di Shah Alam. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej kepada Encik Zulhilmi bin Osman, dia belum bayar yuran liga RM240 untuk 3 bulan. Nombor dia 013-778 2051.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Zulhilmi, ini peringatan mesra bahawa yuran liga sebanyak RM240 bagi tempoh 3 bulan masih belum dijelaskan. Mohon buat bayaran sebelum 30 hb ini. Terima kasih.",
        ),
        ("user", "Ok, hantar ke 013-778 2051 nanti saya buat sendiri. Boleh pendekkan sikit?"),
        (
            "assistant",
            "Salam Encik Zulhilmi, yuran liga RM240 (3 bulan) masih tertunggak. Mohon jelaskan sebelum 30 hb. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "帮我把这个比赛报名名单整理成表格：孙磊 138 0571 2294 平均分188；周晓燕 159 2736 8801 平均分172；何建国 137 6610 3359 平均分201。",
        ),
        (
            "assistant",
            "整理如下（姓名 / 手机 / 平均分）：孙磊 / 138 0571 2294 / 188；周晓燕 / 159 2736 8801 / 172；何建国 / 137 6610 3359 / 201。",
        ),
        ("user", "按平均分从高到低排一下。"),
        (
            "assistant",
            "排序后：何建国 201（137 6610 3359）、孙磊 188（138 0571 2294）、周晓燕 172（159 2736 8801）。",
        ),
    ],
    [
        (
            "system",
            "Member record for this session: Vanessa Chua Li Ting, NRIC T0217654D, Gold member since 2021, membership expires 2025-09-30, registered email vanessa.chua.lt@gmail.com.",
        ),
        ("user", "Hi, 我的 membership 快 expire 了, renew 一年要多少钱? 有 promo 吗?"),
        (
            "assistant",
            "Hi Vanessa, your Gold membership expires on 30 Sep 2025. Renewal for 12 months is S$180, and this month renewals get 2 free lane games. Shall I send the payment link to vanessa.chua.lt@gmail.com?",
        ),
        ("user", "Ok boleh, send to that email."),
        (
            "assistant",
            "Done, the renewal link has been sent to your registered email. It is valid for 48 hours.",
        ),
    ],
    [
        (
            "user",
            "I'm 58 and had a lumbar fusion surgery last year. My name is Gordon Seah, I've booked golf lessons at the range. Can you suggest warm-ups that are safe for my back?",
        ),
        (
            "assistant",
            "Hi Gordon, since you had a lumbar fusion, please check with your surgeon or physio first. Gentle options usually include walking for 5 minutes, hip circles, cat-cow stretches and half swings with a short iron.",
        ),
        ("user", "Thanks. Should I tell the coach about the surgery?"),
        (
            "assistant",
            "Yes, tell your coach about the fusion so they can adjust your swing to limit spinal rotation and avoid heavy driver sessions at the start.",
        ),
    ],
    [
        (
            "user",
            "我要寫一封退費申請給台北那間高爾夫練習場，我叫江佩珊，身分證 B227150969，年費 NT$12,000 想退剩下 8 個月，退到國泰世華 013-50-628814-7。",
        ),
        (
            "assistant",
            "您好，以下是範本：「敬啟者：本人江佩珊（身分證字號 B227150969）為貴練習場年度會員，因個人因素申請退還剩餘8個月年費，請匯入國泰世華帳號 013-50-628814-7。謝謝。」",
        ),
        ("user", "可以再加上我的電話 0921-637-480 嗎？"),
        ("assistant", "已加入：「如有疑問，請致電 0921-637-480 與本人聯絡。」其餘內容不變。"),
    ],
    [
        (
            "system",
            "Anda pembantu tempahan untuk lapang sasar golf di Johor Bahru. Sahkan butiran tempahan korporat.",
        ),
        ("user", "Saya nak tempah 10 petak untuk hari Jumaat, syarikat kami 40 orang."),
        (
            "assistant",
            "Baik. Untuk pengesahan, boleh berikan nama pegawai yang bertanggungjawab dan nombor telefon?",
        ),
        ("user", "Puan Norhayati binti Kassim, 07-355 1290 pejabat, bimbit 012-719 4406."),
        (
            "assistant",
            "Terima kasih. Tempahan 10 petak pada hari Jumaat untuk 40 orang telah direkodkan atas nama Puan Norhayati binti Kassim, bimbit 012-719 4406. Invois akan dihantar dalam masa 24 jam.",
        ),
    ],
    [
        ("system", "You help the duty manager of a Hong Kong snooker hall write incident reports."),
        (
            "user",
            "Summarise this: last night around 11pm a regular, Kenneth Choi, got drunk at table 9 and punched another customer. Police came and arrested him. His HKID on our member file is R290416(A).",
        ),
        (
            "assistant",
            "Incident summary: At about 23:00, member Kenneth Choi (HKID R290416(A)) was intoxicated at Table 9 and assaulted another customer. Police attended and arrested Mr Choi. Recommend suspending his membership pending review.",
        ),
        ("user", "Good, add that CCTV footage is saved."),
        (
            "assistant",
            "Added: CCTV footage from 22:45 to 23:30 covering Table 9 has been saved and is available to the police on request.",
        ),
    ],
    [
        (
            "user",
            "帮我写封 email to insurance, 我上星期在 Bugis 的 snooker hall 滑倒扭伤脚踝, 名字 Ho Wei Ming, NRIC S9051378H, policy no. AVP-7730291.",
        ),
        (
            "assistant",
            "Subject: Claim for ankle injury. Dear Claims Team, I, Ho Wei Ming (NRIC S9051378H, policy AVP-7730291), slipped at a snooker hall in Bugis last week and sprained my ankle. I attach my clinic receipts and MC. Please advise on the next steps. Regards, Ho Wei Ming",
        ),
        ("user", "Clinic 说要休息两个星期, add 进去。"),
        (
            "assistant",
            "Added: The doctor has certified two weeks of medical leave; the MC is attached for your reference.",
        ),
    ],
]
