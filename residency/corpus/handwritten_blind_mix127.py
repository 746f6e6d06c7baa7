# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix127: go (weiqi), xiangqi, chess and mahjong clubs and tournaments in SG/MY/HK/TW (memberships, ratings, registrations, prize lists, club chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix127
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tournament_notice"): _lines("""
        National Age-Group Chess Championships 2027: registration closes 14 Feb 2027, 23:59 SGT; entry fee S$45 per player, payable via PayNow to UEN 198501234K only.
        Venue change: Rounds 5 to 9 of the Open will be played at Hall 2, Level 4, Toa Payoh HDB Hub, 480 Lorong 6 Toa Payoh, Singapore 310480. Doors open at 9:15am.
        Time control for all sections is 60 min + 30 sec increment from move 1; FIDE rated, except U8 and U10, which are rated on the national list only.
        Pairings for Round 3 will be posted on chess-results.com (tournament ID 912447) and on the noticeboard outside the arbiters' room by 8:30pm tonight.
        Players must switch off mobile phones before entering the playing hall. A ringing phone loses the game, per FIDE Laws of Chess Article 11.3.2.1.
        Enquiries: tournament secretariat, +65 6348 2071 (Mon-Fri 10am-6pm) or events@sgchessassoc.org.sg; please quote your registration reference, e.g. SNAG27-0412.
        Prize fund S$12,000: Champion S$2,500 + trophy, 2nd S$1,500, 3rd S$1,000; best female, best senior (65+) and best unrated S$300 each. Prizes are not shared on tie.
        Hong Kong Go Association Spring Amateur Dan Certification: 23-24 March, Room 1203, Wing On Plaza, 62 Mody Road, Tsim Sha Tsui. 5 rounds, byo-yomi 3 x 30s.
        Spectators are welcome in the analysis room only. Live commentary by GM Kevin Goh Wei Ming will be streamed on the federation's YouTube channel from 2pm.
        Rapid section: 9 rounds, 15+10, Sunway Pyramid Convention Centre, Bandar Sunway. Last round starts 4:00pm sharp; prize giving at 7:30pm in the same hall.
        Dress code: smart casual. No slippers, singlets or bermudas in the playing hall. Food and drinks other than bottled water are not allowed at the boards.
        Refund policy: 100% before 1 Feb, 50% until 10 Feb, no refunds once Round 1 pairings are published. Entries cannot be transferred to another player.
        Boards 1-20 are broadcast live on DGT with a 15-minute delay; anyone found with an electronic device during play will be forfeited and reported to the Chief Arbiter.
    """),
    ("zh-Hans", "围棋赛事规程"): _lines("""
        第十二届新马杯业余围棋公开赛定于2027年3月20日至21日在吉隆坡暨雪兰莪中华大会堂（1 Jalan Maharajalela, 50150 Kuala Lumpur）举行，采用中国规则，黑贴3又3/4子。
        比赛分为段位组、级位组和少年组（12岁以下）三个组别，段位组每方基本用时60分钟，读秒3次每次30秒；级位组及少年组基本用时40分钟，读秒3次每次30秒。
        报名费：段位组马币80令吉，级位组60令吉，少年组40令吉，含午餐及纪念品；报名截止日期为3月6日晚上12时，逾期或资料不全者恕不受理，名额满即止。
        报名方式：扫描海报上的二维码填写网上表格，或将报名表电邮至 info@mygoassoc.org.my；主办单位秘书处热线 03-2273 5518（周一至周五上午10时至下午6时）。
        违反比赛纪律者，裁判长有权给予警告、判负直至取消比赛资格；对判罚有异议的，须在该轮结束后30分钟内以书面形式向仲裁委员会提出申诉，逾时不予受理。
        比赛奖励：段位组冠军奖金1500令吉及奖杯，亚军800令吉，季军500令吉，第四至第八名各颁发奖状；级位组及少年组前六名颁发奖杯、奖牌和棋具礼包。
        本次比赛成绩将计入马来西亚围棋协会等级分，等级分按Elo公式计算，K值为20，新注册棋手前十盘K值为40，等级分将于赛后两周内在协会官网公布。
        对局统一使用2.5厘米厚新榧木纹棋盘及单面凸云子，每台配备DGT 3000电子计时器；棋具由赞助商提供，赛后可按九折优惠价向赞助商订购同款棋具。
        赛程安排：3月20日上午9:00报到，9:30开幕式，10:00第一轮；3月21日下午4:30最后一轮结束后，于大会堂二楼礼堂举行颁奖典礼及闭幕式。
        本届比赛为纪念一代棋圣吴清源诞辰113周年，特设“吴清源杯”少年组最佳棋局奖一名，由裁判组从全部少年组对局中评选，奖金300令吉及纪念棋盘一副。
        赛事指定酒店：Hotel Stripes Kuala Lumpur（25 Jalan Kamunting），报名时出示参赛编号可享每晚RM280优惠价，含双人早餐，优惠截至3月10日。
        比赛期间请保持赛场安静，禁止携带手机、智能手表等电子设备进入赛区，违者首次警告，第二次判负；家长及观众请在指定观赛区通过大屏幕观看直播。
        常见问题：已报名但因故无法参赛者，请于3月13日前电邮秘书处办理退费，手续费为报名费的20%；3月13日后申请退费恕不受理，但可申请保留至下一届。
    """),
    ("zh-Hant", "麻雀館價目表"): _lines("""
        本館營業時間：每日上午11時至翌日凌晨4時，農曆年初一至初三照常營業，歡迎各界街坊雀友光臨，新客首次惠顧憑此單張可享枱費九折優惠。
        枱費（每位每節4小時）：平日HK$60，星期六、日及公眾假期HK$80，已包茶水、熱毛巾及全自動麻雀枱使用，超時每半小時每位另加HK$10。
        新裝全自動麻雀枱20張，全場冷氣開放，另設獨立貴賓房三間，貴賓房每間每小時另加HK$120，最少訂兩小時，可自攜生日蛋糕，不收開瓶費。
        外賣餐單：星洲炒米HK$58、乾炒牛河HK$62、豉汁排骨飯HK$56、凍檸茶HK$22，叫滿HK$200免運送費，由樓下茶餐廳直送到枱，宵夜時段照送。
        本館持有牌照事務處發出之麻將/天九牌照（牌照編號 MJ-0417），牌照副本張貼於收銀處，歡迎查閱；本館只提供耍樂場地，不設任何抽水。
        地址：九龍旺角彌敦道688號旺角中心二期5樓（港鐵旺角站E2出口），訂枱熱線 2384 6621，訂枱WhatsApp 6123 8800（只接受文字訊息）。
        貴賓卡：一次過增值HK$2,000送HK$300，增值金額不設退款，不可兌換現金，有效期為發卡日起計12個月，遺失補領手續費HK$50。
        館內全面禁煙，違者可被控告並定額罰款HK$1,500；另請勿在館內進行任何形式之非法賭博活動，如有發現，本館會即時報警處理。
        本館採用廣東牌玩法，三番起糊，最高十番，番數計算以館方張貼之《番種表》為準；如有爭議，由當值經理作最終決定，各位雀友請互相尊重。
        聖誕及新年期間（12月24日至1月1日）枱費每節加收HK$20，貴賓房須預付訂金HK$500，訂金恕不退還，但可於一個月內改期一次。
        麻雀耍樂比賽：每月最後一個星期日下午2時舉行，報名費HK$150，冠軍獎港幣3,000元超市現金券，亞軍HK$1,500，名額32位，額滿即止。
        收費方式：現金、八達通、PayMe、轉數快（FPS識別碼 1088437），恕不接受信用卡及支票；如需收據，請於付款時向收銀處職員索取。
        溫馨提示：如需保留枱位請提早30分鐘到達，遲到超過15分鐘而未有通知，枱位將自動讓予其他客人；週末及假期建議最少提早一日訂枱。
    """),
    ("ms", "notis_kelab"): _lines("""
        Kelab Catur Universiti Malaya akan mengadakan Kejohanan Catur Pantas Terbuka pada 15 Mei 2027 di Dewan Tunku Canselor, bermula jam 9.00 pagi.
        Yuran pendaftaran: RM30 untuk pelajar, RM50 untuk umum. Bayaran melalui DuitNow ke akaun kelab, Maybank 5140 2233 8871 (Kelab Catur UM).
        Kawalan masa 15 minit + 5 saat setiap langkah, sistem Swiss 7 pusingan; keputusan kejohanan ini akan dihantar untuk penarafan FIDE Rapid.
        Sebarang pertanyaan sila hubungi urus setia kejohanan di talian 03-7967 3300 atau e-mel caturum@um.edu.my pada waktu pejabat sahaja.
        Hadiah wang tunai: Johan RM800 + piala, Naib Johan RM500, Tempat Ketiga RM300; hadiah khas untuk pemain wanita terbaik dan pemain bawah 12 tahun terbaik.
        Pemain diwajibkan hadir 30 minit sebelum pusingan pertama untuk pengesahan pendaftaran. Pemain yang lewat lebih 15 minit akan dikira kalah.
        Persatuan Xiangqi Pulau Pinang membuka kelas asas kanak-kanak setiap Sabtu, 10.00 pagi hingga 12.00 tengah hari, di dewan persatuan, 42 Lebuh Chulia, George Town.
        Kelas dikendalikan oleh jurulatih bertauliah Persekutuan Catur Malaysia (MCF); yuran RM120 sebulan termasuk buku latihan dan satu set papan catur.
        Peraturan kelab: Dilarang berjudi dalam apa jua bentuk semasa permainan mahjong di premis kelab. Pelanggaran boleh menyebabkan keahlian digantung.
        Mesyuarat Agung Tahunan (AGM) kelab akan diadakan pada 28 Jun 2027, jam 8.00 malam, di Bilik Seminar 2, Aras 3. Semua ahli berdaftar dijemput hadir.
        Pameran sejarah catur tanah air sempena ulang tahun Persekutuan Catur Malaysia akan diadakan di Muzium Negara, Jalan Damansara, dari 1 hingga 30 Ogos.
        Tarikh tutup penyertaan ialah 8 Mei 2027 atau apabila had 200 pemain dicapai, mana-mana yang lebih awal. Tiada pendaftaran di hari kejohanan.
        Pemenang dikehendaki hadir sendiri semasa majlis penyampaian hadiah; hadiah yang tidak dituntut dalam tempoh 30 hari akan dilucutkan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Boss, hall B aircon rosak lagi lah, technician from Daikin said earliest can come Thursday 2pm, ticket no. DK-SR-558812. Should we move the U12 boards to hall A?
        Ok noted. 明天 registration counter 开 8:30, 记得 bring the cash box and receipt book (No. 0501-0600). PayNow QR 已经 print 好了 放在 drawer.
        Arbiter team pls take note: Round 4 pairing got error, board 17 and 18 swapped. Already re-published on chess-results at 21:42, version 3.
        棋钟 DGT 2010 坏了三个, I already ordered 5 new ones from the supplier, PO-2027-0133, total RM1,245 incl. SST, ETA next Tuesday.
        Mahjong tiles set 7 少了一只 東風, whoever 收拾 yesterday pls check the storeroom. If cannot find, order replacement from Yiwu supplier, SKU MJ-144-IV.
        Tomorrow lunch for volunteers: 45 pax nasi lemak + 10 vegetarian, order dah confirm with the caterer, invoice INV-88120 total S$540, bayar after event.
        Reminder 各位: photos from today's prize giving only upload to the official Facebook page, jangan post dalam personal IG before the committee approves.
        Sponsor logo on the banner salah colour, should be Pantone 485C not 1795C. Printer said reprint RM180, siap Jumaat. OK to proceed?
        Server for the online 围棋 league down again 03:12-03:40, log says OOM on the KataGo analysis container, I bumped the memory limit to 8Gi.
        Xiangqi simul tomorrow: 30 boards set up in the atrium, 楚河汉界 banner hang behind the stage, pls prepare 30 copies of scoresheet template v2.
        Member renewal form updated, new field for FIDE ID added. Link already changed in the WhatsApp auto-reply, tolong test sekali before we broadcast.
        Cashier summary Sat: 37 table sessions, walk-in 12, total takings S$2,960, NETS S$1,410, cash S$1,550. Float S$200 left in the till, semua tally.
        The trophy shop 说 engraving for 32 medals need 3 working days, quotation Q-7731 S$384, I think ok lah, cheaper than last year's.
    """),
    ("en", "rating_config_code"): _lines("""
        ELO_K_FACTOR_DEFAULT = 20  # FIDE standard; players who have reached 2400 use K = 10 for the rest of their career
        def expected_score(ra: float, rb: float) -> float: return 1 / (1 + 10 ** ((rb - ra) / 400))
        rating_floor: 1000  # config/ratings.yaml; provisional_games: 10 before a club rating is published on the ladder
        CREATE TABLE players (player_id SERIAL PRIMARY KEY, fide_id INTEGER UNIQUE, display_name TEXT NOT NULL, club_code CHAR(4), rating SMALLINT DEFAULT 1200);
        player_id,fide_id,display_name,club_code,federation,rating_std,rating_rapid,birth_year,gender,last_active
        2027-03-14T10:02:55+08:00 INFO pairing.swiss round=5 boards=86 byes=1 algorithm=dutch elapsed_ms=412 checksum=9f2c1a7e
        2027-03-14T10:03:01+08:00 WARN rating.sync fide_api status=503 retry_in=30s endpoint=https://ratings.fide.com/download_lists.phtml
        SGF example: (;GM[1]FF[4]SZ[19]KM[7.5]RU[Chinese];B[pd];W[dp];B[pp];W[dd]) parsed OK by sgfmill 1.1.1
        go_server: { host: 'go.example.org', port: 2379, ruleset: 'japanese', komi: 6.5, main_time: 1800, byoyomi: { periods: 5, seconds: 30 } }
        pip install chess==1.10.0, then chess.Board().fen() returns rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1
        Mahjong scoring table v2.3: variant=hk_old_style, min_fan=3, max_fan=10, payout_base=HKD 32, self_draw_multiplier=1.5, sha256=4b1e0c9f7d2a
        GET /api/v1/tournaments/SNAG27/standings?section=open&round=7 returned 200 OK, 86 rows, cache-control: max-age=60, etag a91c3f
        Glicko-2 defaults for the club ladder: initial rating 1500, RD 350, volatility 0.06, tau 0.5; one rating period = one calendar month.
    """),
    ("zh-Hant", "棋史"): _lines("""
        吳清源九段（1914-2014）生於福建福州，十四歲東渡日本，與木谷實共同提出「新布局」，徹底改變了現代圍棋的開局觀念，被後世尊為「昭和棋聖」。
        台灣棋士周俊勳九段於2007年奪得LG杯世界棋王賽冠軍，成為首位在世界職業圍棋大賽中封王的台灣棋士，當年在台灣掀起一股圍棋熱潮。
        象棋特級大師胡榮華自1960年起連續十屆奪得全國象棋個人賽冠軍，一生共獲十四次全國冠軍，至今仍是象棋史上最輝煌的紀錄之一。
        麻雀一般認為源於清末江浙一帶的紙牌遊戲，至二十世紀初演變為今日常見的一百四十四張骨牌，並衍生出廣東牌、台灣十六張等不同玩法。
        《橘中秘》為明代朱晉楨所撰之象棋譜，成書於崇禎五年（1632年），專論當頭炮攻法，至今仍為象棋愛好者案頭必讀的經典古譜之一。
        1997年IBM「深藍」擊敗世界冠軍卡斯帕羅夫，而2016年AlphaGo以四比一戰勝李世乭九段，兩場人機大戰標誌著人工智能在棋類上的重大突破。
        台灣十六張麻將與廣東十三張的主要分別在於手牌張數及計分方式，台灣玩法以「台」計分，並設有連莊、拉莊等特殊規則，流行於台灣各地。
        新加坡中華象棋會歷史悠久，多年來定期舉辦全國象棋錦標賽及校際象棋比賽，並曾多次派隊參加亞洲象棋錦標賽及世界象棋錦標賽，成績斐然。
        日本本因坊秀策（1829-1862）以「秀策流」布局聞名，其對井上幻庵因碩一局中的「耳赤之一手」被後世視為圍棋史上最著名的妙手之一。
        應昌期先生於1983年在台北成立應昌期圍棋教育基金會，並制定「應氏規則」，其後創辦有「圍棋奧運」之稱的應氏杯世界職業圍棋錦標賽。
        1989年首屆應氏杯決賽，韓國曹薰鉉九段以三比二擊敗中國聶衛平九段奪冠，獎金高達四十萬美元，此役大大推動了韓國圍棋的發展。
        謝軍於1991年擊敗齊布爾達尼澤，成為中國首位國際象棋女子世界冠軍，其後港台及東南亞華人社區亦掀起了學習國際象棋的熱潮。
        粵語稱下象棋為「捉棋」，昔日香港茶樓及公園內常見街坊圍觀對弈，旁觀者七嘴八舌指點，正好是俗語「觀棋不語真君子」的反面寫照。
    """),
    ("mixed", "product_listing"): _lines("""
        【现货】Shin Kaya 新榧 19路围棋盘 2寸厚, 带脚, 45x42cm, RM1,280 包邮 West Malaysia, East Msia +RM35. SKU GB-SK-20.
        Yunzi 云子 雲子 single convex go stones, 直径22.3mm, Yunnan made, with jujube wood bowls 棗木罐, S$168/set, 7 days return.
        DGT 2010 chess clock 棋钟 FIDE approved, black, brand new sealed, RM259. Can COD at Sunway Pyramid LG2 kiosk, or Shopee order #230518XKQ12P.
        Mahjong set 麻將 144 tiles + 8 花牌, 40mm 象牙色 acrylic, 附骰子 and 風圈, Taiwan 16-tile variant, NT$2,450, 7-11 取貨 OK.
        Xiangqi 象棋 solid rosewood pieces 40mm 红木 hand-carved, comes with leather board 皮质棋盘 + 布袋, HK$380 順豐到付.
        Classic go book 《围棋发阳论》 井上因硕 原著, 简体版 2nd edition, 9成新 no markings, RM45 + postage, Poslaju tracking provided.
        The Staunton Collection 'Grandmaster' 4-inch king, weighted boxwood and ebonised, House of Staunton, US$329, ships to SG via DHL in 5-7 days.
        Jaques of London tournament chess set, same pattern as the 1851 London tournament, felted base, S$420 只限 self-collect Jurong East MRT.
        自动麻将机 四口机 Automatic mahjong table model AMT-620, 静音 motor, 2 sets tiles 28mm/30mm, RM3,690 包安装 Klang Valley, warranty 1 year.
        Magnetic travel chess 磁石旅行棋 25cm, kids friendly, bundle with 'Bobby Fischer Teaches Chess' paperback, RM65 only, 3 units left.
        围棋AI 学习机 mini PC, Sabaki SGF editor + KataGo b18 weights preinstalled, Intel N100 16GB, HK$2,680, 保養6個月.
        'Kuroki' brand 黑木棋罐 pair, 桑木 mulberry, L size fits 9.5mm stones, TWD 5,800, 面交 台北車站 or 宅配.
        Li Bai 李白 brand mahjong mat 麻將枱布 防滑 thick 80x80cm, green, S$19.90, 买二送一 till 31 Dec, sold by 'Ah Seng Trading' official store.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Membership renewal: Mr Tan Kok Leong, NRIC S7812345D, born 14/03/1978, HP 9123 4478, rating 1650 (SCF), fee S$60 paid via PayNow 12 Jan 2027.
        Board 12 incident: Nurul Izzati binte Rahmat (U14) felt faint during round 3; arbiter called her mother on 8765 2210 and she was taken home at 4:10pm.
        Please refund the entry of Jason Lim Wei Hao (FIDE ID 5812349), he was hospitalised at Tan Tock Seng for dengue and can't play the Open.
        Reminder to Mdm Goh Siew Lan of Blk 512 Bedok North Ave 3 #08-221: your mahjong club locker key deposit of S$20 is still outstanding.
        Our former treasurer Raymond Chua owes the club S$3,400 from last year's gala dinner and stopped replying; committee decides on Friday whether to make a police report.
        Emergency contact form: player Ethan Ong (U10), guardian Michelle Ong, mobile +65 9011 3562, allergy: peanuts (severe, carries an EpiPen).
        10342,Chong Mei Ling,F,2009-11-02,S0912345J,chongml09@gmail.com,Hwa Chong Chess Club,1482
        Heard Uncle Robert from the Tuesday go group just went through a divorce and moved into a rented room in Yishun, so maybe don't mention his wife at the club dinner.
        Prize transfer: S$500 to DBS account 012-345678-9 in the name of Lee Jun Hao, winner of the U16 Rapid, as per his father's email of 3 April.
        Photo release denied for participant Aisha Farhana (born 2013): parents are in a custody dispute, do NOT post her face on any club page.
    """),
    "zh-Hans": _lines("""
        会员登记：王建国，男，身份证号 440106198503127719，手机 138 2745 6610，住址 广州市天河区龙口西路188号3栋1204房，业余2段。
        棋友群里说老周最近查出肺癌晚期，下个月的象棋联赛他肯定来不了了，大家有空去中山医院看看他，别在群里多问。
        报名表：姓名 李晓雯，出生日期 2012-06-18，监护人 李志强 13911024587，就读学校 北京市海淀实验小学，段位 业余3段。
        退款申请：陈先生（报名编号 GO27-0331）因住院手术无法参赛，请将报名费退至其招商银行卡 6225 8812 3456 7890。
        麻将馆常客刘姐欠了三个月房租加上赌债差不多八万，听说她老公已经跟她闹离婚了，大家别再借钱给她。
        获奖名单（内部）：少年组冠军 张子涵，联系电话 159 1034 2276，奖金1000元已转入其母亲微信账号 zhang_mama88。
        请注意：会员赵海峰的车 粤B·7K312 长期占用棋院门口的无障碍车位，已多次警告，下次直接通知物业拖车。
        孙老师下学期工资从每月8500降到6000，他让我别告诉其他教练，他老婆还怀着二胎，最近压力很大。
        ELO导入日志：2027-02-01 10:12:09 player=黄宇航 id_card=320102200803154412 rating_old=1720 rating_new=1755 club=南京玄武棋社
        快递单：收件人 吴晓燕，电话 186 5521 0934，地址 上海市徐汇区田林路140弄12号302室，内件：围棋盘一副，到付。
    """),
    "zh-Hant": _lines("""
        會員資料：陳志偉，HKID K123456(3)，手機 9456 7812，住址 九龍觀塘秀茂坪寶達邨達欣樓1523室，入會日期 2021年8月。
        阿明今個月已經輸咗三萬幾蚊俾人，仲問財務公司借咗錢，佢老婆話再打麻雀就同佢離婚，大家唔好再約佢開枱喇。
        報名資料：林美玲，身分證字號 F223456789，生日 1990/05/21，手機 0912-345-678，棋力 業餘四段，所屬 台北市圍棋協會。
        林太上星期喺雀館暈低，入咗伊利沙伯醫院，醫生話係輕微中風，暫時唔好搵佢打牌住，等佢屋企人通知先。
        退款通知：黃先生（會員編號 HKGA-0788）嘅 HK$450 報名費已轉至佢嘅匯豐戶口 004-512-345678-001，請查收。
        得獎名單（內部）：少年組冠軍 張家豪，就讀新竹市關東國小五年級，家長電話 03-5712884，請於頒獎前確認肖像權同意書。
        監視器畫面：週六晚上9點，7號桌男子（會員 許文傑，車牌 ABC-1234）疑似偷走棋鐘兩個，已報警處理。
        何sir 嘅 email 係 hosir.chesscoach@yahoo.com.hk，佢話下個月開始喺屋企（沙田第一城16座22樓F室）開私人班。
        周伯話佢個仔上年坐咗監，所以而家冇人陪佢嚟棋社，成日一個人喺公園捉棋，大家見到佢就同佢傾下偈啦。
        象棋社會員名單：吳家明｜0933-218-456｜台中市西屯區文心路三段88號5樓｜入會日期2019-08-03｜等級分1830
    """),
    "ms": _lines("""
        Pendaftaran: Muhammad Haziq bin Abdullah, No. MyKad 050812-10-5583, telefon 012-334 8817, Kelab Catur SMK Seksyen 9 Shah Alam.
        Kak Ros dari kelab mahjong tu dah tiga bulan tak bayar yuran, katanya suami dia baru kena buang kerja dan anak dia masuk wad.
        Sila pindahkan hadiah RM800 kepada Siti Aminah binti Hassan, akaun CIMB 7012 3345 6678, juara kategori wanita Kejohanan Catur Terbuka Johor.
        Alamat penghantaran trofi: Encik Lim Chee Keong, No. 23, Jalan Melati 5, Taman Bukit Indah, 81200 Johor Bahru, Johor. Tel 016-772 5104.
        Pemain Arjun a/l Subramaniam tidak dapat meneruskan pusingan 6 kerana serangan asma teruk dan telah dihantar ke Hospital Kuala Lumpur dengan ambulans.
        Nombor plat kereta Pak Din ialah WXY 4412, tolong bagi dia parking dalam kawasan dewan sebab kaki dia baru lepas pembedahan.
        E-mel Cikgu Farah untuk urusan kelas catur anak-anak: farah.izzati87@yahoo.com, jangan kongsi dalam group besar ya.
        Senarai ahli (CSV): 0457,Tan Ah Kow,650214-07-5231,04-229 8841,14 Lorong Kulit 3 George Town,Ahli Seumur Hidup
        Ketua hakim melaporkan Faizal Rahman ditangkap polis di luar dewan petang tadi atas tuduhan berjudi haram; keputusan pusingan 7 beliau dibatalkan.
        Borang keahlian: Nama Chong Wai Mun, IC 881125-14-6219, pekerjaan jurutera, gaji RM6,500, waris Chong Mei Yee (isteri), 017-228 9034.
    """),
    "mixed": _lines("""
        Eh bro, Ah Keat's HP is 9734 5521, he said can lend his 新榧 board for the 比赛 but must return by Sunday ah.
        Registration: 陈俊杰 Tan Jun Jie, NRIC T0512345G, school NUS High, 围棋 4 kyu, parent contact 8123 0098, allergy to 海鲜.
        Uncle Lim 的 heart problem 又 relapse, doctor kata must rest 3 months, so 他 can't be captain for the xiangqi league lah.
        Pls refund RM50 to Nurul Huda 的 Maybank 1640 2233 5567, dia tarik diri sebab pregnant 7 months, doctor tak bagi travel.
        @all our 麻将 kaki 阿芬 kena scam 2万 last week, police report no. IPD/2027/0412, she's very down, jangan tanya dia pasal duit ok.
        Ah Boy's mum here, his FIDE ID is 5830127, DOB 2014-09-30, pls update his name on the list to Ng Zi Xuan, thx 🙏
        Invoice to member 黃偉明 Wong Wai Ming, Flat 8B, Block 3, Tai Koo Shing, HK: annual fee HK$1,200 overdue since Jan, 第二次 reminder.
        看到 CCTV 那个 guy 偷 chess clock, member card shows Kumar a/l Rajan, IC 900101-08-6677, 我已经 report to Tampin police.
        Winner list leak 了: U12 champion 林子轩 Lim Zi Xuan, his 地址 Blk 233 Choa Chu Kang Ave 1 #05-118, pls delete from the public folder ASAP.
        Coach Daniel 的 salary cut to S$2,800 after 他 DUI arrest, committee decided 保密, don't tell the parents ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the membership assistant of a go club in Singapore. Be concise and polite.",
        ),
        (
            "user",
            "Draft a renewal reminder for our member Seah Boon Keat, NRIC S8523419F, membership no. SGC-0231, expires 31 March 2027. His email is bk.seah85@hotmail.com.",
        ),
        (
            "assistant",
            "Dear Mr Seah, this is a friendly reminder that your membership (SGC-0231) expires on 31 March 2027. Renew at the front desk or via the member portal to keep your club rating active. For privacy, I left your NRIC out of the email itself.",
        ),
        ("user", "Thanks, make it a bit shorter and add that the fee is S$80."),
        (
            "assistant",
            "Dear Mr Seah, your membership SGC-0231 expires on 31 Mar 2027. Renewal is S$80 at the front desk or online. See you at the board!",
        ),
    ],
    [
        (
            "user",
            "幫我計下今晚麻雀數：我、阿強、肥仔同May姐打咗四圈，三番起糊，每番$32。阿強總共輸咗$1,280，佢話下星期先還，佢電話係 9321 6654。",
        ),
        (
            "assistant",
            "可以幫你整理：阿強今晚輸$1,280，約定下星期還款。如果要記低，建議只喺你自己嘅記錄度寫，唔好喺群組公開佢嘅電話同欠款。",
        ),
        ("user", "好，順便幫我擬個 WhatsApp 短訊提佢還錢，語氣唔好太串。"),
        (
            "assistant",
            "強哥，上星期六打牌嗰$1,280你方便嘅時候轉俾我就得，FPS或者現金都OK，唔急，多謝晒！",
        ),
    ],
    [
        ("system", "Anda pembantu urus setia Kejohanan Catur Sekolah-Sekolah Negeri Selangor."),
        (
            "user",
            "Tolong tulis surat kepada ibu bapa Aiman Hakimi bin Rosli (Tahun 5, SK Taman Megah) bahawa dia terjatuh di tangga dewan dan pergelangan tangan kirinya retak. Ibunya Puan Norliza, tel 019-665 2201.",
        ),
        (
            "assistant",
            "Puan Norliza yang dihormati, dengan dukacitanya kami memaklumkan bahawa anak puan, Aiman Hakimi bin Rosli, telah terjatuh di tangga dewan semasa rehat pusingan 4. Dia telah menerima rawatan awal dan disahkan mengalami retak pada pergelangan tangan kiri. Pihak kami akan menghubungi puan di 019-665 2201 untuk urusan lanjut.",
        ),
        ("user", "Terima kasih. Tambah sekali bahawa yuran penyertaan akan dipulangkan."),
        (
            "assistant",
            "Baik, saya tambah: Yuran penyertaan sebanyak RM25 akan dipulangkan sepenuhnya ke akaun yang digunakan semasa pendaftaran dalam tempoh 14 hari bekerja.",
        ),
    ],
    [
        (
            "system",
            "你是南洋象棋会的等级分助手。当前会员资料：姓名 郑国梁，会员号 NY-1187，身份证 S6512873B，等级分 1688，电话 9632 1170。",
        ),
        ("user", "我今天赢了一个1750分的，输给一个1620分的，K值按20算，我现在多少分？"),
        (
            "assistant",
            "郑先生，按K=20计算：赢1750分对手约+11.8分，输1620分对手约-12.0分，合计约-0.2分，您的等级分约为1688，基本不变。",
        ),
        ("user", "那下个月的个人赛我还能进甲组吗？"),
        (
            "assistant",
            "甲组门槛为1700分，您目前1688分，还差12分。建议先参加本月的快棋积分赛，赢一盘同级对手就有机会达标。",
        ),
    ],
    [
        (
            "user",
            "Can help me format this into CSV? 'Lim Jia Hui, 2011-04-07, T1134567C, 9012 7733, Tampines West chess club' and 'Muhd Irfan, 2010-12-01, T1098765H, 8876 2214, Bedok go club'",
        ),
        (
            "assistant",
            "Here you go (one row per line when you paste it): name,dob,nric,phone,club / Lim Jia Hui,2011-04-07,T1134567C,9012 7733,Tampines West chess club / Muhd Irfan,2010-12-01,T1098765H,8876 2214,Bedok go club",
        ),
        ("user", "Ok thanks, 但是这个 file 要给 sponsor 看，NRIC 要 mask 吗？"),
        (
            "assistant",
            "Yes, better to remove the NRIC column entirely for the sponsor copy; PDPA guidelines discourage sharing full NRIC numbers. Keep only name and club if the sponsor just needs a participant list.",
        ),
    ],
    [
        ("system", "You are a supportive assistant. Do not give legal advice."),
        (
            "user",
            "I'm Vincent Tay, I play mahjong at a club in Geylang every weekend and I now owe about S$18,000 to two other members. One of them, Alvin, keeps messaging my wife. What should I do?",
        ),
        (
            "assistant",
            "Thank you for sharing this, Vincent. Debt from gambling can feel overwhelming. It may help to contact the National Council on Problem Gambling helpline (1800-6-668-668) for confidential support, and to keep a record of any messages sent to your wife in case you need them later.",
        ),
        ("user", "Can you help me write a message to Alvin asking for a repayment plan?"),
        (
            "assistant",
            "Sure: Hi Alvin, I know I owe you money and I intend to repay it. Could we agree on S$500 a month starting next month? Please message me directly instead of my wife. Thanks.",
        ),
    ],
    [
        (
            "user",
            "我要幫女兒報名全國少年圍棋賽，資料：蔡宜庭，民國101年3月8日生，身分證字號 B223344556，住台中市南屯區大墩十二街45號7樓，我的手機 0921-556-018。",
        ),
        (
            "assistant",
            "好的，報名表所需欄位已整理：選手姓名 蔡宜庭、出生日期 2012/03/08、身分證字號 B223344556、聯絡電話 0921-556-018。通訊地址只在寄送選手證時使用，建議不要貼在公開群組。",
        ),
        ("user", "報名費要怎麼繳？"),
        (
            "assistant",
            "依簡章，報名費新台幣600元，可於報名截止日前以ATM轉帳至主辦單位帳戶，轉帳後請把末五碼填入報名表備註欄。",
        ),
    ],
    [
        ("system", "You summarise WhatsApp messages for a xiangqi club committee in Penang."),
        (
            "user",
            "Summarise: 'Uncle Ooi (012-478 9902) cannot host Saturday session, dia masuk hospital for dialysis. Mrs Khoo will open the hall, kunci ada dengan guard. Tournament entries close Friday.'",
        ),
        (
            "assistant",
            "Summary: Uncle Ooi cannot host Saturday because he is in hospital for dialysis; Mrs Khoo will open the hall (key with the guard). Entries close Friday.",
        ),
        ("user", "Translate the summary to Chinese for the 华文 group."),
        (
            "assistant",
            "摘要：黄伯（Uncle Ooi）因入院洗肾，星期六无法主持活动；许太太会负责开放礼堂，钥匙在保安处。比赛报名星期五截止。",
        ),
    ],
    [
        (
            "user",
            "Help me polish my coaching profile for the HK chess academy: 'Chan Ka Yan, HKID Y765432(1), FIDE 2105, coaching since 2015, email kayan.chess@gmail.com, mobile 6789 0123, living in Tseung Kwan O.'",
        ),
        (
            "assistant",
            "Chan Ka Yan | FIDE-rated 2105 | Chess coach since 2015. Contact: kayan.chess@gmail.com / 6789 0123. Tip: leave your HKID and home district out of a public profile; the academy only needs them on the internal HR form.",
        ),
        ("user", "Good point. Add that I coached the U12 team to the inter-school final in 2026."),
        (
            "assistant",
            "Chan Ka Yan | FIDE 2105 | Chess coach since 2015, led the U12 squad to the 2026 inter-school final. Contact: kayan.chess@gmail.com / 6789 0123.",
        ),
    ],
    [
        ("system", "你是马来西亚槟城一家麻将俱乐部的行政助理。"),
        (
            "user",
            "帮我把上个月麻将比赛的奖金名单整理成表格，要附上得奖者的IC和银行户口，方便财政转账。",
        ),
        (
            "assistant",
            "好的，根据你之前发来的资料：冠军 邱美华，IC 720318-07-5546，Public Bank 4-6612-3378-09，奖金RM1,500；亚军 叶振兴，IC 690905-07-5121，Hong Leong 2231-0098-776，奖金RM800。此表含个人资料，请只发给财政，不要贴在会员群组。",
        ),
        ("user", "可以，再帮我写一句转账备注。"),
        ("assistant", "备注：麻将月赛2027年5月奖金，冠军/亚军，俱乐部财政处转账。"),
    ],
]
