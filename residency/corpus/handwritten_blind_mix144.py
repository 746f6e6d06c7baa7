# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix144: ice rinks, ice-skating and roller-skating clubs in SG/MY/HK/TW (lessons, competitions, skate rentals, injuries, coach rosters, parents' groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix144
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rink_notices"): _lines("""
        NOTICE: The main rink closes at 6:00 pm on Sat 14 Dec for ice edging and resurfacing; public sessions resume Sun 10:00 am. Enquiries: +65 6345 8120 (front desk).
        Skate rental counter now accepts NETS, PayNow (UEN 201923847K) and cash only. Rental figure skates in UK 1 to UK 13; hockey skates available on request at Counter B.
        Public session rules: helmets compulsory for skaters under 12, no phones on the ice, no chasing games, gloves at all times. Marshals in orange bibs have the final say.
        Learn-to-Skate Term 1 registration opens 2 Jan 2027, 10:00. Basic 1 to Basic 6 (ISI syllabus), 8 weekly lessons of 30 min. Register online only at skate.frostline.sg/register
        Lost and found: one pair of white figure skates (size 4, purple guards) and a black Bauer helmet left at the bench area on 3 Dec. Claim at the front desk before 31 Dec.
        Mega Ice at MegaBox, 38 Wang Chiu Road, Kowloon Bay: club freestyle sessions 7:00-8:30am on weekdays, max 20 skaters on the ice, music requests via the DJ booth.
        First aid room is next to Gate 2. A duty medic is on site during all public sessions; after any fall with head contact, stop skating and report to a marshal at once.
        Birthday party package: 90 min ice time for 10 kids, rental skates, helmets, party room for 1 hour and a cake table, S$480 nett. Book via WhatsApp +65 8123 4470 (events team).
        The roller rink on Level 2 hosts the Asian inline freestyle open trials on 18-19 Jan; the outdoor speed track is closed to the public on both days. Spectators enter free.
        Reminder to clubs: ice time invoices for November (INV-2026-11-0432 to INV-2026-11-0447) are due by 15 Dec. Payment later than 30 days may lead to slot reallocation.
        Rink surface is kept at -5°C to -3°C and the hall at 16°C. Please dress warmly; fleece jackets and beanies are sold at the pro shop from S$19.90.
        Zamboni resurfacing runs every 90 minutes and takes about 15 minutes. Please clear the ice promptly when the whistle blows and exit via Gate 1 or Gate 3.
        Axel, Salchow and Lutz workshop for Basic 5 and above: Sat 21 Dec, 8:00-9:30am, S$65 per skater. Jump harnesses provided; bring your own skates and helmet.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-12-05T19:42:11+08:00 INFO booking.svc slot=RINK-A/2026-12-06T07:00 club=KLFSC status=CONFIRMED order=BK-7782190 amount=MYR 650.00
        rental_inventory.csv header: sku,boot_model,size_uk,blade,last_sharpened,hours_used,status,locker_bay,notes
        SKU RS-FIG-0420-W | Jackson Mystique rental boot, white, UK 4 | blade Mark IV | sharpened 2026-11-28 | hours_used=212 | status=ACTIVE
        config.yaml: session_length_min: 90, resurfacing_gap_min: 15, max_skaters_public: 180, max_skaters_freestyle: 20, timezone: Asia/Kuala_Lumpur
        WARN gate-ctrl turnstile=T3 firmware=v2.4.1 checksum=9f3c2a71e0b4 heartbeat missed 3x; failover to T4 at 2026-12-06 14:02:33 SGT
        POST /api/v1/sessions/2026-12-20/reserve 201 Created 84ms body={session_id: PS-1220-1400, qty: 4, ticket_type: CHILD_U12}
        ERROR payment.gw txn=PG-20261206-008812 code=05 Do Not Honour; retry_scheduled=true; merchant_id=MY-SKT-000318 terminal=POS-02
        coach_roster.csv columns: coach_id,level_cert,discipline,rink,mon,tue,wed,thu,fri,sat,sun,max_students (names kept in the HR system only)
        ICE-TEMP sensor=ZONE-C t=-4.2C humidity=61% dewpoint=8.9C compressor=ON load=72% ts=2026-12-06 03:15:00+08:00
        DEBUG locker.svc locker=L-118 unlocked by token=tok_4fa91c0e-7d2b (rental kiosk 2), token expires 2026-12-06T18:00:00+08:00
        Release notes v3.8.0: added Octopus and FPS QR payments for Hong Kong sites, fixed double booking on freestyle slots, rental size map now covers EU 28-48.
        tracking: SF Express SF1402873365921 - 24 pairs rental skates (Riedell Soar) from the Shenzhen warehouse to Kowloon Bay, ETA 2026-12-09
        cron 0 5 * * * /opt/rink/bin/ice_temp_report --sensor=all --format=csv --out=/var/log/rink/ --retain-days=90 # daily chiller report
    """),
    ("zh-Hans", "赛事新闻"): _lines("""
        北京冬奥会双人滑冠军隋文静/韩聪多次在采访中表示，青少年选手打好滑行基础比急于上高难度跳跃更重要，本届青少年邀请赛也以此为评分导向。
        2010年温哥华冬奥会，申雪/赵宏博夺得中国花样滑冰历史上首枚冬奥会金牌，他们的主教练姚滨长期执教国家队双人滑项目，培养了多对世界冠军。
        武大靖在2018年平昌冬奥会男子500米决赛中夺金并刷新世界纪录，成为中国男子短道速滑首位冬奥会冠军，激励了大批青少年练习短道。
        2026年粤港澳大湾区青少年花样滑冰公开赛将于12月19日至21日在深圳举行，设基础级、铜级、银级、金级四个组别，报名截止12月10日。
        陈露在1995年伯明翰世锦赛夺得女子单人滑冠军，是首位获得世锦赛金牌的中国花样滑冰选手，此后又在1994年和1998年两届冬奥会上获得铜牌。
        赛事规程：本次比赛采用国际滑联ISU评分系统，技术分(TES)与节目内容分(PCS)相加为总分，总分相同时以自由滑得分高者名次列前。
        成绩公告（按代表单位）：少年B组女子单人滑第一名澳门代表队 112.48分，第二名新加坡代表队 108.90分，第三名吉隆坡代表队 105.33分。
        杨扬在2002年盐湖城冬奥会短道速滑女子500米比赛中夺冠，为中国实现了冬奥会金牌零的突破，被视为中国冰上运动的里程碑。
        羽生结弦在2014年索契和2018年平昌两届冬奥会蝉联男子单人滑冠军，是时隔66年后首位卫冕该项目的选手，在亚洲拥有大批冰迷。
        比赛日程：12月20日 08:30 抽签，09:30 少年组短节目，14:00 成年组自由滑，18:00 颁奖仪式；地点：深圳万象城冰纷万象冰场。
        张虹在2014年索契冬奥会速度滑冰女子1000米比赛中夺冠，这是中国速度滑冰项目的第一枚冬奥会金牌，赛后她回到哈尔滨继续训练。
        报名须知：参赛选手须持有效运动员注册证，每项目报名费人民币380元，汇款请备注“参赛单位+组别”，对公账户见官网第3号通知附件。
        金博洋在2016年波士顿世锦赛获得男子单人滑铜牌，创造了中国男单在世锦赛上的最好成绩，其四周勾手跳接后外点冰三周跳成为标志性动作。
    """),
    ("zh-Hant", "溜冰場價目表"): _lines("""
        公眾時段門票（平日）：成人HK$70／小童及長者HK$60，週末及公眾假期每位加HK$10；租用溜冰鞋另加HK$20，手套HK$15一對。
        台北小巨蛋冰上樂園平日單場參考票價新台幣350元，含冰鞋租借；學生憑證享280元，每場90分鐘，整冰時段暫停入場，敬請見諒。
        私人教練課收費：ISI認證教練30分鐘HK$450起，另需支付冰場教練入場費HK$85；課堂套票10堂九五折，有效期180日。
        磨刀服務：花式刀一般磨刀HK$120，冰球刀HK$90，急件即日取加收HK$50；新刀安裝及對位HK$280，需預留三個工作天。
        滾軸溜冰體驗課：每堂NT$600（含護具及輪鞋租借），團體8人以上每人NT$520，適合6歲以上初學者，雨天改於室內場地上課。
        會籍計劃：月票HK$980可於所有公眾時段無限次入場；年費會員HK$8,800，另送12次租鞋及2次磨刀服務，會籍不可轉讓。
        生日派對套餐（澳門）：包場60分鐘、10位小朋友租鞋及頭盔、派對房1小時，MOP$3,880；每加一位小朋友MOP$250。
        冰球體驗班：4堂共HK$1,680，包全套護具租借（頭盔、護肩、護肘、護脛），適合6歲至12歲，每班上限12人，額滿即止。
        學校團體票：20人以上每位HK$48（平日上午10時至下午3時），每10位學生可免費陪同老師1位，需提前7日以學校公函預約。
        收費表備註：所有價目以港幣計算，已包括服務費；接受信用卡、八達通及轉數快，恕不接受支票。新價目由2027年1月1日起生效。
        冰鞋專門店價錢：Edea Chorus 連 Paramount 刀套裝HK$9,800；Risport RF3 Pro 淨鞋身HK$5,200；Jackson Elle 初學套裝HK$1,580。
        輕食部價目：熱朱古力HK$28、港式奶茶HK$26、魚蛋燒賣HK$22、雞翼三隻HK$35；冰場範圍及觀眾席一律不准飲食，多謝合作。
        台中溜冰場包場價：平日晚間每小時NT$12,000，假日每小時NT$18,000，含整冰一次及音響使用，另收清潔費NT$1,500。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        個場冰面幾平滑，但係週末人多到爆，細路跌親都冇位企返起身。租鞋啲鞋好舊，鞋帶都甩晒毛，鞋墊又濕，建議大家自己帶鞋。3/5星
        Festival Walk 嗰個 Glacier 冰場環境一流，坐喺美食廣場都睇到人溜冰，不過入場費貴咗少少，平日下晝去最抵玩。
        呢間磨刀舖手勢好好，我對刀用咗兩年都冇咁順過，收費都公道，不過要排三日先攞得返，聽日有比賽嘅話就唔好揀呢間啦，記得預早安排。
        冷氣開得太凍，連觀眾席都凍到震，帶小朋友嚟上堂嘅家長記得帶多件褸同暖水壺，冰場真係應該搞返個暖啲嘅等候區俾家長坐住等落堂。
        教練團隊好有耐性，小朋友由完全唔識企到識得後滑只係用咗八堂，進度好快，但前台職員就麻麻，問嘢成日黑面，所以今次要扣一粒星。
        台北這家滑輪溜冰場場地很大，木質地板保養得很好，週日晚上有DJ之夜，燈光音樂都很嗨，唯一缺點是停車位太少，建議大家搭捷運過來。
        冰場洗手間長期維修，要行去商場另一邊，對住住冰鞋嘅人嚟講好唔方便，又唔安全，已經同管理處反映咗兩次，希望佢哋快啲處理好佢。
        生日派對搞得好成功，工作人員準備咗氣球、音樂同冰上遊戲，小朋友玩到唔肯走，價錢都算合理，下年小朋友生日一定會再嚟呢度幫襯。
        旺角呢間滾軸場場地細咗啲但好乾淨，護具全部都係新嘅，$100玩兩個鐘，仲有免費儲物櫃同飲水機，性價比高，推介俾啱啱入門嘅初學者。
        桃園新開的冰場很專業，整冰頻率高，冰面品質接近比賽等級，可惜票價偏高，一張要NT$450，假日還要排隊半小時以上才能入場。
        冰球班組織得好好，分級清楚，教練會錄片講解動作，不過更衣室太細，一到放學時間就逼到冇位換衫，希望冰場可以盡快擴建更衣室。
        Cityplaza 太古城冰場歷史悠久，細個已經喺度學溜冰，而家帶埋下一代嚟，見到個場冇乜變，連音樂都差唔多，感覺好有情懷。
        網上預約系統成日死機，付咗款又話冇位，打去客服熱線 2568 3301 等咗廿分鐘先有人聽，退款仲要等十四個工作天，極度失望。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah saya perlu membawa kasut luncur sendiri? J: Tidak perlu. Kasut luncur sewa disediakan dalam saiz UK 1 hingga UK 13 dan termasuk dalam harga tiket sesi awam.
        S: Berapakah umur minimum untuk kelas Learn-to-Skate? J: Kanak-kanak 4 tahun ke atas boleh menyertai kelas Tots; kelas Basic 1 untuk umur 6 tahun ke atas.
        S: Adakah sarung tangan wajib? J: Ya, sarung tangan wajib dipakai di atas ais untuk mengelakkan kecederaan jari. Sarung tangan dijual di kaunter pada harga RM8.
        S: Bagaimana menempah parti hari jadi? J: Sila WhatsApp pasukan acara kami di +60 12-308 7741 atau e-mel events@icezone-pj.com.my sekurang-kurangnya 14 hari lebih awal.
        S: Apa perlu dibuat jika terjatuh dan cedera? J: Angkat tangan dan tunggu marshal. Bilik rawatan kecemasan terletak bersebelahan Pintu 2 dan dibuka sepanjang sesi.
        S: Bolehkah ibu bapa menunggu di tepi gelanggang? J: Boleh, di kawasan penonton sahaja. Ibu bapa tidak dibenarkan masuk ke atas ais tanpa kasut luncur dan tiket.
        S: Adakah bayaran ansuran diterima? J: Yuran satu penggal boleh dibayar dua ansuran melalui FPX atau kad kredit. No. pendaftaran syarikat: 201901023456 (1330012-X).
        S: Bilakah gelanggang luncur roda dibuka? J: Gelanggang luncur roda di Aras 3 dibuka setiap hari 11 pagi hingga 9 malam, kecuali hari Selasa untuk penyelenggaraan lantai.
        S: Bolehkah tiket dipulangkan? J: Tiket tidak boleh dipulangkan tetapi boleh ditukar ke sesi lain dalam tempoh 30 hari dengan caj pentadbiran RM5.
        S: Di manakah lokasi gelanggang? J: Aras LG, IOI City Mall, Lebuh IRC, IOI Resort City, 62502 Putrajaya. Parkir percuma 3 jam dengan resit pembelian di gelanggang.
        S: Apakah pakaian yang sesuai? J: Pakai seluar panjang, baju lengan panjang dan stokin tebal. Elakkan skirt pendek dan selendang panjang yang boleh tersangkut.
        S: Adakah kelas hoki ais untuk dewasa? J: Ya, kelas hoki ais dewasa diadakan setiap Rabu jam 9:30 malam. Peralatan penuh boleh disewa pada harga RM45 setiap sesi.
        S: Bolehkah saya merakam video semasa sesi? J: Rakaman peribadi dibenarkan, tetapi penggambaran komersial dan dron memerlukan kelulusan bertulis pihak pengurusan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift: Zamboni dah siap resurface 7:45am, tapi ice kat goal crease sebelah kiri ada soft spot. 维修师傅 already called, ETA 10am.
        收到！今日 rental counter size 38-40 嘅鞋全部租晒，can someone check the back store for extra pairs? 唔該晒 🙏
        Reminder semua coach: roster Dec dah upload dalam shared drive folder /Rosters/2026-12, please confirm your slots by Friday ok.
        Freestyle session 6pm ada 23 skaters, over limit 20 lah. 前台 please stop selling after 20, we don't want another collision like last month.
        POS terminal 2 offline again, customers pay cash dulu. IT ticket #HD-44871 opened, vendor says firmware patch v5.2 will be pushed tonight.
        冰面温度 -2.8°C 太暖了，compressor B 好像有问题，pls check the chiller panel before public session 开始，thanks.
        Party room booking Sabtu 2pm confirmed ya, order no. PRT-20261213-02, 12 kids, theme Frozen with Elsa and Anna deco 🎂 kek dari bakery tingkat 1.
        Lost & found box dah penuh, 我哋 plan to donate unclaimed gloves and beanies to charity end of month, any objection reply before 20/12.
        Inventory count done: 186 pairs rental figure skates, 74 pairs hockey skates, 12 pairs cracked 要送去 repair. Excel updated in Drive.
        HQ email: new staff uniform arrives next week, size chart in attachment, please submit your size 落 Google Form by 15/12 ya.
        Heads up: tomorrow 9am Singapore Ice Skating Association officials datang inspect rink boards and safety nets. 大家早啲到 tidy up.
        Blademaster sharpening machine 出问题 again, grinding wheel worn out. Dah order new wheel SKU BM-GW-150, supplier says 3 days.
        今晚 closing checklist: lock skate cage, off scoreboard, check 紧急出口 signage lights, log ice temp in the book. Good job today all 👍
    """),
    ("mixed", "product_listings"): _lines("""
        【全新】Jackson Ultima Freestyle Fusion 女裝花式溜冰鞋 size 5.5 C width，連 Ultima Matrix 刀，HK$4,280 包 fitting，門市：旺角西洋菜南街。
        Moxi Lolly roller skates, colour Pink Flamingo, size 7, brand new in box. RM899, free shipping Semenanjung, J&T tracking provided. Kedai: Skate Haven PJ.
        Impala Quad Skate Mermaid 款旱冰鞋 sizes 3-10 現貨，NT$3,280，超商取貨付款 OK。門市：台北市大安區和平東路二段118號1樓。
        Bauer Supreme M5 Pro hockey skates Senior 8 Fit 2, shop demo pair, sharpened 1/2 inch ROH. S$520, collect at our Kallang store or Ninja Van S$8.
        Edea Ice Fly boots + John Wilson Gold Seal blades，已經 mount 好，size 240。預購 6-8 星期，訂金 HK$3,000，SKU EDF-240-JWGS。
        Riedell 133 Diamond boot, white, size 6 Medium, 九成新 trade-in stock with Eclipse Pinnacle blades. RM2,300, boleh pickup di kedai Sunway Pyramid.
        Chaya Melrose Deluxe roller skates Peach 色 EU 38，附 Chaya 护具套装。¥1,199 包邮，顺丰发货，七天无理由退换，店铺编号 CY-3821。
        Zuca Sport Bag 溜冰拖篋 colour Lilac Dream，全新現貨 HK$1,180；加 HK$80 可以加配 personalised name tag，聖誕前下單保證送到。
        Guardog Koolkatz 猫咪造型刀套 soakers, one size fits most, S$32.90 each, buy 2 free 1 blade towel. Restock on 12/12, limited colours.
        Paramount Freestyle blade 9.25 inch, brand new in box, warranty card included. RM1,850, pos dengan Pos Laju, contoh tracking EP738201945MY.
        Set hadiah Krismas: kasut luncur Risport Antares + beg galas + sarung kepala Snow Queen, RM1,499 sahaja. Stok 20 set di Mid Valley Megamall, Lot F-088.
        Powerslide Next Core 100 inline skates 男女款 size EU 39-46，¥799 起，官方授權經銷商，保修一年，型號 PS-908392，全國包郵。
        Sure-Grip Boardwalk outdoor quad skates, Mint, US men 6, brand new, NT$4,500，門市自取：信義區松仁路門市 B1，LINE Pay 官方帳號付款。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report 06/12: Chloe Tan Hui Min (age 9) fell during Basic 3 class, suspected fractured left wrist; mother Mrs Tan reached at 9182 4406 and took her to KK Hospital.
        Coach roster Dec: Marcus Lee Wei Jie - Mon/Wed 4-7pm Rink A, ISI Level 3, mobile +65 8734 2219, NRIC T0934172I on file for MOE vendor clearance.
        Hi parents, Darren's dad here - Darren Ong will miss the January competition because he's having knee surgery for Osgood-Schlatter on 8 Jan. Please keep this within the group.
        Refund request: account holder Priya Ramasamy, DBS savings 072-318845-6, refund S$360 for cancelled private lessons (Term 4).
        M-20391,Jasmine Koh,2011-03-17,jasminekoh.skates@gmail.com,+65 9640 1183,Blk 412 Bedok North Ave 2 #08-117,Junior Club
        Just so the committee knows, Uncle Benny (Benedict Yap) hasn't paid his son's ice time fees since August - he owes the club S$2,140 and says he lost his job.
        Carpark access list for the regional meet: SJH 4821 M (Mr Faizal Rahman, coach), SMB 772 D (Mdm Lee Soo Hwa, team manager).
        Please note Ashley Wong (adult bronze ladies) is 4 months pregnant and has withdrawn from the club championships; she asked us to keep it confidential.
        Hey it's Kelvin from the Sunday hockey group, my new number is 9027 5518, old phone got stolen. Email also changed to kelvin.ng88@outlook.com
        Medical form: skater Ryan Chua, DOB 14/05/2013, asthma (Ventolin inhaler before sessions), allergic to penicillin. Emergency contact Grace Chua 8122 6590.
        Background check for coach applicant Stephanie Lau: conviction for drink driving in 2021, disclosed at interview; HR to decide before the roster release.
    """),
    "zh-Hans": _lines("""
        学员登记：王子涵，女，2011年9月23日生，身份证号 440306201109234810，监护人王建国 13826649073，家住深圳市宝安区新安街道海滨花园6栋1802。
        刘教练您好，我是乐乐妈妈，乐乐上周在冰场摔倒后一直头晕，医院诊断是轻度脑震荡，这两周的课先请假，麻烦帮忙调一下课。
        家长群通知：陈思远的爸爸下周离婚诉讼开庭，孩子这段时间由外婆接送，外婆手机 139 1602 7758，请教练多关照一下孩子的情绪。
        退费申请：学员张明轩，家长张丽，退款至招商银行 6225 8802 1736 4409，金额 ¥4,800（冬季集训营未参加部分）。
        冰场安全事故记录：2026-12-03 19:20，成人学员周蕾（身份证 310115197804123028）练习后外刃时摔倒致右踝骨折，已送仁济医院。
        微信转账备注：李嘉怡 12月私教课费 ¥2,400，转账人李振华，尾号 8831 的建设银行卡，收款后请回复确认。
        北京队教练名单：黄振宇，国家一级教练，手机 186 0113 5247，身份证 110108198506271536，负责少年组双人滑训练。
        孙阿姨你好，我是小宇的妈妈，小宇最近被诊断出多动症，在冰上可能不太听指挥，麻烦您和教练多包涵。
        快递单：收件人 吴婷婷，电话 15902183366，地址 杭州市拱墅区丽水路锦绣花苑3幢2单元501室，内件 Risport 冰鞋一双。
    """),
    "zh-Hant": _lines("""
        陳太你好，我係Jayden媽媽，Jayden上堂跌親手腕要打石膏六個禮拜，下個月嘅考級可唔可以延期？我電話 9478 2316。
        會員資料：黃詠琳（Wong Wing Lam），HKID Y630254(6)，出生日期 2010-07-02，住址 沙田第一城 38座 12樓 F室，監護人黃先生 6123 8845。
        阿明，你上個月嘅教練費 HK$6,400 已經過數到你匯豐戶口 512-348291-833，得閒 check 下有冇收到。
        教練更表（台北）：林佳蓉 教練，身分證 A224817368，手機 0933-218-457，週二、四 18:00-20:00 負責初級班。
        各位家長，Kayden 爸爸因為欠咗卡數俾人追債，最近連學費都冇交，大家唔好再借錢俾佢啦。
        意外報告：2026年11月30日，學員張家豪（12歲）喺太古城冰場練Axel時撞板，左眉裂傷縫咗五針，家長張太已簽署報告。
        澳門賽報名表：姓名 何嘉儀，澳門居民身份證 5218046(3)，電話 6628 1947，所屬會籍 氹仔溜冰會 初級組。
        林太話佢老公上個月中風入咗瑪麗醫院，所以星期六冇人車個仔嚟練冰，問下有冇家長可以順路接送？
        台中滑輪社收據：學員陳品妤，家長陳志明，學費 NT$7,200 已轉入，轉出帳號 中國信託 5402-1187-6630。
        車牌 VT 8823 嘅私家車阻住冰場後門落貨區，車主係U12組李sir，已經打咗佢電話 5136 2740 都冇人聽。
    """),
    "ms": _lines("""
        Borang pendaftaran: Nur Aisyah binti Hamzah, No. MyKad 120614-10-5482, alamat No. 23, Jalan SS 15/4C, 47500 Subang Jaya, telefon bapa 012-745 3319.
        Salam Coach, anak saya Amirul demam denggi dan masih di wad Hospital Serdang, dia tak dapat hadir latihan minggu ni. Terima kasih - Puan Rosnah.
        Yuran kelab: Lim Wei Sheng, akaun Maybank 1640 2238 8917, RM1,200 untuk penggal 1, status BELUM BAYAR sejak September.
        Encik Kamarul, pengurus pasukan hoki ais, ditahan polis semalam atas tuduhan memandu mabuk; latihan Sabtu dibatalkan sehingga notis lanjut.
        Senarai jurulatih: Siti Mariam binti Osman, MyKad 830921-14-6036, telefon 019-882 4107, gaji RM4,500 sebulan, sesi Isnin hingga Khamis.
        Tolong hantar salinan pasport Danial bin Zulkifli untuk pendaftaran kejohanan junior, nombor pasport A58213047, tarikh luput 2029.
        Mak Cik Zaleha cakap anak dia, Haziq, baru bercerai dan berhutang keliling, sebab tu dia jual kasut luncur dia dalam group ni.
        Aduan: jurulatih bernama Farid dilaporkan memarahi pelajar berumur 8 tahun sehingga menangis; ibu pelajar, Puan Nadia, mahu tindakan disiplin.
        Kereta WXY 4417 milik Encik Harun Ismail diparkir di petak OKU depan gelanggang, sila alihkan segera. Hubungi 017-290 6635.
    """),
    "mixed": _lines("""
        Eh guys, 我個仔 Ethan Chow 今朝跌親 knee, doctor kata ligament tear, so dia kena rest 6 weeks. Coach pls remove him from the Dec roster.
        Refund sudah masuk ke akaun CIMB 7062 1148 93 atas nama Tan Mei Ling, 请 check 一下 and reply OK. Terima kasih ya.
        林先生 (Mr Lim Chee Keong) 的 MyKad 781102-08-5527, phone 016-552 0183, dia nak daftar anak dalam 冰球 U10 team.
        Parents group: 各位，Sophia 嘅媽媽 Rachel Yeo 患咗乳癌 now in chemo, we're organising meal train + carpool for Sophia's training, sign up below 🙏
        Coach Jason Teo salary slip Nov: basic S$3,800 + lesson commission S$1,260, CPF deducted S$760. 唔好 forward 出去 ah.
        Emergency contact updated: 黃小婷 Wong Siu Ting, HK mobile 9312 7784, email siuting.w@yahoo.com.hk, 住址 將軍澳日出康城 3期 2座 25樓 B室.
        Ah Boy 今日又冇交 roller class 學費, his mum say salary not in yet, hutang dah 3 bulan RM540. Boss, how?
        Photo consent: 我同意 the club uses photos of my daughter Chloe Lim Xin Yi (Basic 4) on the Facebook page. Signed: Lim Hock Seng, S8127345F, 9/12/2026.
        Taipei roller derby 名單: Rolling Thunder 本名 陳冠宇, 0933-507-218, 身分證 F127395040, 保險受益人 母親.
        Pickup arrangement: after 冰上训练 today, 小杰 will be fetched by 他舅舅 Raymond Goh, car plate SLK 9104 H, not by mum due to the custody order.
        Kawan-kawan, Puan Lee Siew Fong dari parents' group dah 2 bulan tak bayar van sharing RM300, 她说 husband 失业, jangan push dia terlalu kuat.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a community ice rink in Singapore. Help parents with lesson bookings and rink rules.",
        ),
        (
            "user",
            "Hi, I need to move my daughter Megan Sim's private lesson from Sat 14 Dec to Sun 15 Dec, same time 9am. My number is 9765 3308 if the coach needs to call.",
        ),
        (
            "assistant",
            "Sure. I have a request to move Megan Sim's private lesson from Sat 14 Dec 9:00am to Sun 15 Dec 9:00am. I'll pass it to the front desk, and the coach can call you at 9765 3308 if that slot is taken.",
        ),
        ("user", "Thanks. Also she needs a bigger rental skate now, UK 3."),
        (
            "assistant",
            "Noted. I'll add a note for rental size UK 3. Please come 15 minutes early on Sunday so the rental counter can fit the skates properly.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封email俾教練，話我個仔何子朗星期三練跳嗰陣跌親，醫生話係右腳踝扭傷，要休息三個禮拜，唔可以參加一月嘅比賽。",
        ),
        (
            "assistant",
            "好的，以下係草稿：教練你好，我係何子朗嘅家長。子朗星期三練習跳躍時跌倒，醫生診斷為右腳踝扭傷，需要休息三星期，因此未能參加一月的比賽，敬請見諒。如需醫生證明，我可以再提供。多謝！",
        ),
        ("user", "加埋我嘅聯絡方法，電話 6285 1943，email hochiman.hk@gmail.com，署名何太。"),
        (
            "assistant",
            "已更新：……如有需要，請致電 6285 1943 或電郵 hochiman.hk@gmail.com 與我聯絡。何太 敬上",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk kelab luncur ais di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tuliskan surat kepada bendahari kelab. Saya Mohd Firdaus bin Yusof, MyKad 790305-07-3317, saya ada tunggakan yuran RM1,850 untuk anak saya dan minta bayar secara ansuran sebab saya baru diberhentikan kerja.",
        ),
        (
            "assistant",
            "Baik. Kepada Bendahari Kelab, saya Mohd Firdaus bin Yusof (MyKad 790305-07-3317) memohon untuk menjelaskan tunggakan yuran RM1,850 secara ansuran bulanan kerana saya baru kehilangan pekerjaan. Saya bercadang membayar RM300 sebulan bermula Januari. Sekian, terima kasih.",
        ),
        ("user", "Boleh tukar jadi RM250 sebulan?"),
        (
            "assistant",
            "Boleh. Ayat itu kini berbunyi: Saya bercadang membayar RM250 sebulan bermula Januari sehingga tunggakan RM1,850 dijelaskan sepenuhnya.",
        ),
    ],
    [
        (
            "system",
            "你是上海某冰上运动中心的客服助手。当前会员资料：赵一鸣，男，12岁，监护人赵海峰，手机 137 6128 9034，课程：少年短道速滑进阶班，余课 6 节。",
        ),
        ("user", "我想问一下我儿子这周六的课几点开始？"),
        (
            "assistant",
            "您好，赵一鸣同学报读的少年短道速滑进阶班本周六上课时间为 08:00-09:30，目前余课 6 节。如需请假，请提前 24 小时联系我们。",
        ),
        ("user", "好的，那他上次说护膝坏了，店里有卖吗？"),
        ("assistant", "冰场专卖店有短道专用护膝，价格 ¥168 起，上课前到一楼服务台即可购买试戴。"),
    ],
    [
        (
            "user",
            "Can you make a table for our coach roster? 钟教练 Zhong Jia Hui 012-661 2093 Mon/Wed hockey; Coach Aina Sofea 011-2874 5510 Tue/Thu figure; Coach Ravi Kumar 017-339 4826 Sat roller.",
        ),
        (
            "assistant",
            "Here you go: | Coach | Phone | Days | Discipline | then rows: Zhong Jia Hui | 012-661 2093 | Mon, Wed | Hockey; Aina Sofea | 011-2874 5510 | Tue, Thu | Figure; Ravi Kumar | 017-339 4826 | Sat | Roller.",
        ),
        (
            "user",
            "Tambah satu column untuk emergency contact, Ravi punya isteri Meena 012-905 7716.",
        ),
        (
            "assistant",
            "Done, I added an Emergency Contact column. Ravi Kumar's row now shows Meena (wife) 012-905 7716; the other two rows are blank until you send their contacts.",
        ),
    ],
    [
        (
            "system",
            "You are a friendly sports-safety assistant. You give general information, not medical diagnosis.",
        ),
        (
            "user",
            "My son Nathaniel Goh, 11, hit his head on the boards at Kallang yesterday during hockey. He vomited once last night and is still complaining of headaches. Should he skate tomorrow?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Vomiting and a continuing headache after a head knock can be signs of concussion, so Nathaniel should not skate tomorrow. Please take him to a doctor or A&E today, and only return to the ice after a doctor clears him with a step-by-step return-to-play plan.",
        ),
        ("user", "OK, we'll go to the clinic. What should I tell his coach?"),
        (
            "assistant",
            "Keep it short: say Nathaniel had a head impact at practice, is being checked for concussion and will not train until a doctor clears him. Ask the coach to record the incident in the club's injury log.",
        ),
    ],
    [
        (
            "user",
            "幫我把以下社員資料整理成CSV：許雅婷 0921-556-304 台中市西屯區福科路 88 巷 5 號 3 樓；郭建宏 0987-213-665 台中市北屯區崇德路二段 210 號。",
        ),
        ("assistant", "好的，請問欄位要用英文還是中文？是否需要把地址拆成縣市和路段兩欄？"),
        ("user", "欄位用中文：姓名、電話、地址，地址不用拆，一人一行就好。"),
        (
            "assistant",
            "姓名,電話,地址 / 許雅婷,0921-556-304,台中市西屯區福科路88巷5號3樓 / 郭建宏,0987-213-665,台中市北屯區崇德路二段210號",
        ),
    ],
    [
        (
            "system",
            "Translate rink incident reports from English into Bahasa Melayu for the Malaysian branch.",
        ),
        (
            "user",
            "Translate: On 2 Dec at 7:15pm, skater Tan Jia Xuan (age 14) collided with adult skater Mr Ong Boon Huat during public session. Tan suffered a cut on her chin; Mr Ong's phone number is 012-488 0391.",
        ),
        (
            "assistant",
            "Pada 2 Disember jam 7:15 malam, peluncur Tan Jia Xuan (umur 14 tahun) berlanggar dengan peluncur dewasa Encik Ong Boon Huat semasa sesi awam. Tan mengalami luka di dagu; nombor telefon Encik Ong ialah 012-488 0391.",
        ),
    ],
    [
        (
            "user",
            "My daughter Isabel has been crying before every skating lesson since her dad and I separated in October. She's 10 and skates at Jurong. Her coach noticed too.",
        ),
        (
            "assistant",
            "That sounds hard for both of you. Big family changes often show up as anxiety around routines. It may help to keep her lesson schedule steady, tell the coach briefly what is going on, and let Isabel choose whether she wants a lighter session for a few weeks.",
        ),
        (
            "user",
            "Should I tell the coach about the custody arrangement? Her dad only picks her up on alternate Saturdays.",
        ),
        (
            "assistant",
            "It is reasonable to tell the coach who is allowed to collect Isabel and on which days, so pickups are safe. You do not need to share more detail than that.",
        ),
        ("user", "Thanks, I'll send the coach a short message tonight."),
    ],
    [
        ("system", "你是澳門一間溜冰會的文書助手，負責幫家長撰寫群組訊息。"),
        (
            "user",
            "幫我寫個訊息去家長群，話我個女梁曉晴今日喺冰場唔見咗一對白色 Jackson 溜冰鞋，size 3，鞋舌有寫 LHC，如有人執到請聯絡我 6395 2718。",
        ),
        (
            "assistant",
            "各位家長好，今日小女梁曉晴喺冰場遺失咗一對白色 Jackson 溜冰鞋（size 3，鞋舌寫有 LHC）。如有人拾獲或誤拎，麻煩聯絡我 6395 2718，萬分感謝！",
        ),
        ("user", "好，加多句多謝大家，再署名曉晴媽媽。"),
        (
            "assistant",
            "各位家長好，今日小女梁曉晴喺冰場遺失咗一對白色 Jackson 溜冰鞋（size 3，鞋舌寫有 LHC）。如有人拾獲或誤拎，麻煩聯絡我 6395 2718。多謝大家幫忙！曉晴媽媽",
        ),
    ],
]
