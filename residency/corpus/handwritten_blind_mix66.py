# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix66: badminton and sports halls in SG/MY/HK/TW (court bookings, club members, tournaments, coaching, injuries). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix66
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hall_notice"): _lines("""
        Bishan Sports Hall will be closed from 2 to 6 December for floor resurfacing; all court bookings in that period will be refunded automatically within 14 working days.
        Players must wear non-marking shoes on the courts. Duty staff may ask anyone in running shoes to leave the court without refund.
        Peak hours (Mon-Fri 18:00-22:00, weekends and public holidays all day): each account may book at most 2 court-hours per day.
        Court bookings open 15 days in advance at 07:00. Slots released by cancellation reappear in the app within 5 minutes.
        No-show policy: three no-shows within 30 days will suspend the booking account for 14 days. Cancel at least 2 hours before your slot to avoid a strike.
        Lost items are kept at the Sports Hall counter for 30 days; call the counter line 6259 4871 during opening hours (7am-10pm).
        Shuttlecocks are not provided. Feather shuttles can be bought at the counter at $32 per tube of 12.
        Aircon switches off at 21:45 sharp. Please end your games on time so the cleaners can start.
        Children under 12 must be accompanied by an adult in the hall at all times, including in the spectator gallery.
        The hall AED is mounted beside the main entrance, next to the first aid box. All duty officers are CPR-AED certified.
        Lightning risk is high in the area: outdoor courts are closed until the alert is lifted. Indoor courts remain open.
        Reminder: photographing or filming other hall users without their consent is not allowed.
        From 1 January the non-resident rate will be $6.50 per court-hour off-peak and $9.50 peak. Resident rates are unchanged.
        Carpark B at Jurong East Sports Centre is usually full on Saturday mornings; please come by MRT or bus where possible.
        Court 7 has a leaking roof panel and is blocked for booking until further notice. We apologise for the inconvenience.
    """),
    ("zh-Hant", "場館通告"): _lines("""
        康文署轄下體育館羽毛球場每日上午7時至晚上11時開放，每節一小時，每次最多預訂兩節。
        使用者須於預訂時段開始前15分鐘內到詢問處出示預訂確認及身份證明文件登記，逾時作放棄論。
        各位會友請注意：本會逢星期二及四晚上7時至10時在九龍公園體育館練習，請自備球拍及羽毛球。
        如懸掛八號或以上熱帶氣旋警告信號或黑色暴雨警告信號，所有場地即時關閉，已繳費用將獲全數退還。
        大安運動中心羽球場租借：平日尖峰時段每小時新臺幣400元，離峰250元，開放使用前7日線上預約。
        本館全面禁止穿著黑底或會留痕的運動鞋進場，違者由值班人員勸離，場租恕不退還。
        球會年費調整：由明年1月起，成人會員年費由HK$300調整至HK$360，學生會員維持HK$150。
        預約編號 TPE-2412-0087631 之場地已被取消，款項將於30日內退回原付款帳戶，如有疑問請洽櫃檯。
        本週六下午伊利沙伯體育館舉行分區公開賽，2號至4號場暫停開放予公眾人士租用。
        場館內禁止進食及嚼香口膠，飲用清水及運動飲品除外。
        臺北市各運動中心羽球場每人每次限預約兩小時；無故未到達三次者，停權一個月。
        雙打比賽採21分每球得分制，三局兩勝；20平後須領先2分，29平則先得第30分者勝。
        本會定於12月15日晚上8時召開周年會員大會，議程包括選舉新一屆幹事會及通過年度財務報告。
        會員查詢請於辦公時間致電本會秘書處 2504 8318 或電郵至會方公共信箱，恕不接受私人電話查詢。
    """),
    ("zh-Hans", "训练指导"): _lines("""
        反手高远球打不到底线，多半是握拍太紧、没用上前臂内旋，建议先练反手握拍时拇指顶住拍柄宽面。
        请问业余双打里，发球后第三拍应该怎么站位？前场的人要不要马上封网？
        跳杀落地时膝盖内扣容易伤前交叉韧带，落地要屈膝缓冲，膝盖对准脚尖方向。
        初学者拍线磅数建议在22到24磅之间，磅数太高反而打不远，还容易伤手腕和手肘。
        步法训练：米字步六个方向，每组30秒，组间休息30秒，一共做8组，做完再练多球。
        新加坡哪里可以买到比较便宜的比赛用羽毛球？一桶大概多少钱？
        网前搓球的关键是拍面角度和手指发力，而不是挥大臂，多练放网的手感。
        儿童班建议每节课不超过90分钟，其中至少20分钟做趣味协调性游戏，避免一直打多球。
        单打被压在后场的时候，可以先回一个又高又远的球，给自己争取回中心的时间。
        练完球小腿抽筋，一般是电解质流失加上疲劳，打球前后注意补水和拉伸。
        胶球和毛球的飞行轨迹差别很大，比赛前至少用比赛用球热身十五分钟。
        现行规则规定，发球时击球瞬间球的整体必须低于距地面1.15米的高度。
        双打轮转的基本原则：进攻时前后站位，防守时左右站位，前场的人杀完要记得补位。
        有没有推荐适合中级选手、攻守兼备的球拍？预算在800马币左右，4U重量。
    """),
    ("ms", "pengumuman"): _lines("""
        Dewan badminton Kompleks Sukan akan ditutup pada hari Jumaat, 13 Disember, untuk kerja-kerja penyelenggaraan lantai gelanggang.
        Tempahan gelanggang boleh dibuat melalui aplikasi sehingga 7 hari lebih awal; bayaran mesti dijelaskan dalam masa 30 minit selepas tempahan.
        Kasut bertapak hitam tidak dibenarkan di atas gelanggang. Sila gunakan kasut sukan dalaman sahaja.
        Kejohanan Badminton Terbuka Piala Datuk Bandar akan diadakan pada 21-22 Disember; borang penyertaan boleh diambil di kaunter dewan.
        Yuran penyertaan kategori beregu lelaki terbuka ialah RM60 sepasang, termasuk bulu tangkis rasmi kejohanan.
        Sila bawa botol air sendiri kerana mesin air di tingkat bawah sedang rosak.
        Kelas kejurulatihan kanak-kanak (7-12 tahun) diadakan setiap Sabtu jam 9 pagi, yuran RM120 sebulan.
        Pemain diingatkan supaya memanaskan badan sekurang-kurangnya 10 minit sebelum bermain bagi mengelakkan kecederaan.
        Kadar sewa gelanggang: RM15 sejam (8 pagi - 6 petang) dan RM20 sejam (6 petang - 12 malam).
        Datuk Lee Chong Wei memenangi pingat perak Olimpik dalam acara perseorangan lelaki sebanyak tiga kali, pada 2008, 2012 dan 2016.
        Akademi Badminton Malaysia terletak di Bukit Kiara, Kuala Lumpur, dan menjadi pusat latihan skuad kebangsaan.
        No. tiket kejohanan: MYO-25-004182. Sila tunjukkan kod QR di pintu masuk B.
        Permohonan pertukaran slot tempahan mestilah dibuat sekurang-kurangnya 24 jam sebelum masa bermain.
    """),
    ("en", "sport_news"): _lines("""
        Loh Kean Yew became Singapore's first badminton world champion when he won the men's singles title at the 2021 World Championships in Huelva.
        Lee Yang and Wang Chi-lin won men's doubles gold for Chinese Taipei at the Tokyo Olympics and successfully defended the title in Paris.
        Aaron Chia and Soh Wooi Yik won the men's doubles title at the 2022 World Championships in Tokyo, a first world title for Malaysia.
        Lin Dan won Olympic gold in Beijing 2008 and London 2012, beating Lee Chong Wei in both finals.
        Tai Tzu-ying took silver in women's singles at the Tokyo 2020 Olympics after losing the final to Chen Yufei.
        Viktor Axelsen won the men's singles gold medal at both the Tokyo 2020 and Paris 2024 Olympics.
        The Singapore Open is played at the Singapore Indoor Stadium and sits at Super 750 level on the BWF World Tour.
        Malaysia won the Thomas Cup on home soil in Kuala Lumpur in 1992.
        Hong Kong's Tang Chun Man and Tse Ying Suet have spent several seasons ranked among the world's top ten mixed doubles pairs.
        Tickets for the Malaysia Open finals at Axiata Arena go on sale at 10am on Monday; category A seats are priced at RM120.
        Yeo Jia Min represented Singapore in women's singles at both the Tokyo and Paris Olympics.
        Hanebado! follows Ayano Hanesaki, a reluctant high-school badminton prodigy, through a season of club matches and rivalries.
        Chinese Taipei's Chou Tien-chen has been one of the most consistent men's singles players on the World Tour for over a decade.
    """),
    ("mixed", "booking_system"): _lines("""
        Booking ID: ASG-BK-20241214-0037 | Venue: Tampines Hub Sports Hall | Court 5 | 19:00-20:00 | Status: PAID | Amount: S$8.00
        订单号 TB-8823046179 已发货，圆通快递单号 YT7514039962801，预计3天到达。
        Invoice INV-2024-11-0932: 2 tubes Yonex AS-30, 1x BG80 restring @ 26 lbs, total RM 212.00
        GET /api/v2/venues/TPY-SH/courts?date=2024-12-14&slot=19 returns 404 when the hall is under maintenance.
        config: max_advance_days: 15 | peak_rate_sgd: 9.50 | offpeak_rate_sgd: 6.50 | no_show_limit: 3 | suspend_days: 14
        場地預約系統 v3.8.2 更新：修正 LINE Pay 付款後預約狀態未同步的問題。
        Yonex Astrox 88D Pro 4U5 vs Victor Thruster Ryuga II vs Li-Ning Axforce 80 — which one is stiffest?
        SHA-256 of export file courts_2024Q4.csv: 9947887ddfffa77a56f82615adaf1a44b96f01e67f0d63d7584569c4cd9fc787
        Tracking no. SPXMY048213577 — parcel of 3 dozen Aeroplane EC3 shuttles, shipped from Shah Alam hub.
        收據編號 R-0098341｜3號場｜2024/12/07 20:00-22:00｜NT$800｜付款方式：悠遊卡
        Error 409: slot already held by another session (hold expires in 600 s). Please try again.
        Case ref HKBA-TC-2024-117: appeal against line call decision, hearing scheduled 18 Dec 2024, 10:00, Room 1001.
        ISBN 9780736081320 — badminton coaching manual, 2nd edition, 212 pages, RM 89.90 at the hall pro shop.
        Voucher code ACTIVE2024-SMASH gives 20% off off-peak court bookings until 31 Jan, one use per account.
        Kompleks Sukan ni cuti umum tutup ya, booking hari Isnin 6pm ke atas auto refund dalam 3-5 hari bekerja.
    """),
    ("en", "injury_advice"): _lines("""
        Badminton elbow is usually lateral epicondylitis; check your grip size and string tension before blaming your technique.
        If you feel a kick or hear a pop at the back of the heel during a lunge, stop playing and get the Achilles checked the same day.
        Ankle sprain first aid: protect, rest, ice for 15-20 minutes every 2-3 hours, compress and elevate for the first 48 hours.
        Q: Is it safe to play with a knee brace after a mild MCL sprain? A: Usually yes once you can jog and hop pain-free, but ask your physio first.
        Shoulder impingement in overhead athletes often improves with rotator cuff and scapular strengthening over 6-8 weeks.
        Wear protective eyewear when playing at the net in doubles; shuttle-to-eye injuries are far more common in doubles than singles.
        Plantar fasciitis tip: roll the sole on a frozen water bottle and stretch the calf before getting out of bed.
        Heat cramps are common in non-aircon halls in the afternoon; drink about 500 ml of fluid two hours before you play.
        Changi General Hospital's Sports Medicine Centre accepts referrals for sports injuries from polyclinics and GPs.
        After a lateral ankle sprain, single-leg balance training reduces the risk of spraining the same ankle again.
        A shin pain that hurts at one spot and gets worse at night may be a stress fracture and needs an X-ray or MRI.
        Our club's first aid kit now includes instant ice packs, rigid tape and elastic bandages; tell a committee member when you use one.
    """),
    ("zh-Hans", "球友群通知"): _lines("""
        明晚8点到10点4号场还有两个空位，想来的在群里接龙。
        这周六的球局取消，场馆临时被学校借去办比赛，场地费会全额退回。
        提醒：从下个月起场费改成每人每次12块，羽毛球费用另外AA。
        有人要团购胜利大师1号吗？满10桶有折扣，周五截止。
        新人入群请先看群公告，不要在群里发广告和拉票链接。
        下周起周二的场改到裕廊西体育馆，时间不变，还是晚上7点半开打。
        谁有多余的3U拍子可以借新人试一下？用完当场还。
        群规：迟到超过30分钟视为放鸽子，场费照付，连续三次请自觉退群。
        上次友谊赛的照片已经上传到群相册，需要的自己下载。
        马来西亚公开赛门票今天中午12点开卖，想一起去看的报个数，我统一订。
        球馆冷气坏了，今天很闷热，大家多带点水，别硬撑。
        今晚男双名额已满，后面接龙的算候补，有人请假会按顺序补上。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking confirmed - Court 3, Bishan Sports Hall, Sat 14 Dec 19:00-21:00. Booker: TAN WEI MING (S8712682Z), mobile 9734 2817. Please present your NRIC at the counter.
        Membership application | Name: PRIYA D/O RAMASAMY | NRIC: S8206801E | DOB: 09/06/1982 | Address: Blk 415 Bedok North Ave 2 #07-231 Singapore 460415 | Emergency contact: husband, 9026 4418
        Incident report IR-2024-031: U15 trainee Marcus Lim Jun Hao rolled his right ankle during a footwork drill at Jurong West Sports Hall at 18:40; ice applied, collected by his father at 19:15. Parent contact 8261 5530.
        Coach's note, not for circulation: Jasmine Koh has been moved to the B squad after missing four sessions; her mother says she is seeing a counsellor for exam anxiety.
        Hi, my name is Daniel Fernandez. I was charged twice (RM 80 each) for the Sunday session at Stadium Juara on my card 4735 5407 6485 8741, please refund one of the charges.
        U13 GS entry list: 1) Chloe Ng Xin Yi, Nanyang Primary, DOB 12/03/2012, BC T1245333C; 2) Ryan Tay Zhi Hao, Rosyth School, DOB 30/07/2012, BC T1214789E.
        Reminder to Mr Rajesh s/o Subramaniam: your club subscription of S$120 for 2024 is three months overdue. Kindly settle by 31 Dec or your locker will be reassigned.
        Coaching fee for November (8 sessions x S$45 = S$360): please PayNow to 8149 6203 or transfer to OCBC 601-284739-001, account name Eric Teo Boon Kiat.
        Whoever owns the grey Honda Vezel SKD 917 D - Vincent Chua, your car is blocking the loading bay outside Hall B, please move it now.
        Social badminton Tuesdays 8-10pm at Clementi: message Kelvin Ong on Telegram @kelvin_smashes88 to be added to the group.
        Physio referral: Ms Lee Hui Min, 34, recreational player, recurrent right shoulder impingement since March; MRI at Tan Tock Seng showed a partial supraspinatus tear.
        Disciplinary committee decision: member Jonathan Seah Kok Wee is suspended from club nights until 28 Feb 2025 for verbal abuse of a volunteer umpire on 8 Nov.
        Invoice to Mrs Wong Mei Ling for private lessons of her son Ethan Wong Chun Hei (HKID Y456570(1)), 8 x 1h at Queen Elizabeth Stadium, HK$2,400, please pay by FPS.
        Guest pass issued: RAHUL VERMA, FIN G6864580N, works night shift in Tuas, plays Sundays only, guest of member #0412.
        Doubles ladder Dec: to challenge the top pair, email Jessie Lau at jessie.lau.badders@gmail.com before Friday 6pm.
    """),
    "zh-Hans": _lines("""
        【外籍选手报名】姓名：陈志豪｜身份证号：440106199007238799｜手机：+86 138 2647 5190｜项目：男子单打公开组｜所属：广州天河羽毛球俱乐部
        @林佳慧 上周你借的那把天斧还没还哦，还有周六的场费15块也还没转我。
        学员黄子轩（11岁，南洋小学五年级）右膝髌腱炎，骨科医生建议停训三周，家长已同意，复训前需交医生证明。
        想报名周末成人班的加我微信：zhangmin_badminton88，我是张敏教练，备注“成人班”。
        会员刘建国年卡退费RM350已于12月3日转入其 Maybank 户口 1641 2233 8890，请查收。
        在5号场捡到一个钱包，里面有身份证，名字是郑雅琳，证号 350203198809053729，失主请到前台领取。
        投诉：周六晚上李伟强又一次占着3号场超时40分钟不肯让，还骂了排队的人，这已经是第三次了。
        车牌 WXY 8231 的白色 Myvi 车主吴美玲，您的车挡住了体育馆后门，请尽快挪车。
        本月缺勤名单：何俊杰4次（家长说他肺炎住院），郭欣怡2次（回国探亲）。
        教练费明细：李秀英老师11月共上课12节，每节RM80，合计RM960，请转入农业银行卡 6228 6421 9885 8373 035。
    """),
    "zh-Hant": _lines("""
        康樂場地預訂｜預訂人：陳嘉欣｜香港身份證：K444231(8)｜聯絡電話：9457 0382｜場地：九龍公園體育館羽毛球場2號｜日期：2024年12月21日 19:00-21:00
        會員名冊（節錄）M0231 李志明 電話 6388 2104 年費已繳；M0232 黃麗珊 電話 5136 7720 年費未繳
        報名表｜姓名：林冠宇｜身分證字號：E119718145｜出生：民國84年5月2日｜手機：0912-386-475｜組別：男子乙組單打
        今晚練球時張家豪跳殺落地扭到左腳踝，腫得很厲害，已經由他太太載去台大醫院急診，下週團練先幫他請假。
        想加入週三晚上中正運動中心球團的，請加 LINE ID：wen_shuttle0312（黃文傑），註明「打球」。
        提提大家：Kenny哥（何啟聰）仲欠三個月場租共HK$450，麻煩盡快過數。
        球拍團購收件人：梁穎琪，九龍紅磡黃埔花園第8期12座15樓B室，電話 6172 8834。
        團購款請匯至玉山銀行（808）帳號 0123-940-028671，戶名蔡佩君，匯款後請留言帳號末五碼。
        周子晴媽媽留言：子晴下星期三要去瑪麗醫院覆診（哮喘），訓練請假一次，唔好意思。
        教練評語（內部）：陳浩然步法進步明顯，但比賽時情緒控制差，上次輸波後摔拍，已約家長傾談。
        報名費收據｜繳款人：王怡君｜身分證字號：B262600073｜金額：NT$600｜項目：台中市長盃女子雙打
        失物招領：伊利沙伯體育館3號場拾獲銀包一個，內有身份證（吳子健，C604030(4)），請本人攜同證明到詢問處領取。
    """),
    "ms": _lines("""
        Borang keahlian Kelab Badminton Taman Melawati | Nama: MUHAMMAD HAFIZ BIN ROSLAN | No. K/P: 950314-10-5527 | Tel: 012-748 3916 | Alamat: No. 23, Jalan Melati 3, Taman Melawati, 53100 Kuala Lumpur
        Makluman: Nurul Ain binti Zakaria (pemain bawah 18) cedera ligamen lutut kiri semasa latihan Selasa lepas dan tidak dapat bertanding dalam kejohanan MSSD minggu depan.
        Tuan Haji Kamarul Ariffin bin Ahmad, bayaran sewa gelanggang RM240 bagi bulan Oktober masih tertunggak. Sila jelaskan sebelum 15 Disember.
        Dompet dijumpai di Dewan Serbaguna, ada kad pengenalan atas nama SITI AISYAH BINTI OTHMAN (880722-07-6184). Sila tuntut di kaunter.
        Senarai skuad bawah 15 sekolah: Aiman Hakimi bin Mohd Yusof (SK Taman Melawati, lahir 2011) dan Darshan a/l Ganesan (SJK(T) Jalan Sungai Besi, lahir 2012).
        Yuran kelas Kavitha a/p Muniandy sebanyak RM150 untuk bulan November telah diterima melalui akaun CIMB 7012345689.
        Sila alihkan kereta Proton Saga BKE 4512, pemilik En. Faizal bin Hamzah (013-592 0847); kereta anda menghalang laluan ambulans di depan dewan.
        Permohonan pengecualian yuran: anak saya Nur Iman binti Azlan, 10 tahun, MyKid 140208-01-4468, kerana suami saya baru kehilangan pekerjaan.
    """),
    "mixed": _lines("""
        eh Tan Jia Wei you still owe me $12 for last Sat court leh, paynow me at 9182 4406 can?
        明天 Court 3 我已经 book 了，under Alvin Goh 的名字，his number 9618 6637，到时 counter 报他名字就可以。
        Bro Syafiq bin Azman kaki terseliuh semalam, doctor suruh rest 2 minggu, so Sabtu ni team kita short one player.
        Ivan Lam 隻腳 sprain 咗，醫生話要休息六個星期，今個 Sunday 聯賽我哋要搵人頂。
        欸 Sandy 陳怡廷 的 LINE 是 sandy_0823 嗎？我要跟她收團購球拍的錢 NT$3,200。
        Coach Michelle Yeo (8736 1190) cancelled today's U11 class coz her dad is in hospital, makeup class next Sat.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Can you help me write an email asking for a refund? I booked Court 2 at Hougang Sports Hall for 7 Dec 8-10pm but the hall was closed for an event without any notice.",
        ),
        (
            "assistant",
            "Sure. Here is a draft: Dear Sir/Madam, I booked Court 2 at Hougang Sports Hall on 7 December from 8pm to 10pm, but on arrival the hall was closed for an event and no notice had been sent. I would like a full refund of the booking fee. Booking reference: [ref]. Thank you, [Name], [Contact].",
        ),
        (
            "user",
            "Please fill it in: my name is Goh Shu Fen, NRIC S8746395H, mobile 9058 1342, booking ref ASG-BK-20241207-0215.",
        ),
    ],
    [
        ("user", "帮我写一张给羽毛球教练的请假条，语气礼貌一点。"),
        ("assistant", "好的，请告诉我学员姓名、请假日期和原因，我帮您写完整。"),
        (
            "user",
            "孩子叫王梓涵，在新加坡南华小学读四年级，下周六（14号）哮喘复发要去医院复诊，不能去裕廊西体育馆上课，我是她妈妈，电话 9327 5816。",
        ),
    ],
    [
        (
            "user",
            "我想投訴康文署體育館職員態度惡劣，可唔可以幫我寫封投訴信？我叫馬志偉，身份證 D107569(2)，電話 6091 3375，上星期日喺荔枝角公園體育館訂咗場，職員無理由唔俾我入場。",
        ),
        (
            "assistant",
            "可以。以下是草稿：敬啟者：本人於上星期日在荔枝角公園體育館預訂羽毛球場，但當值職員在未有解釋的情況下拒絕本人進場，態度惡劣。懇請貴署調查並回覆。",
        ),
        ("user", "加返我嘅身份證同電話喺信尾，仲有寫埋我預訂編號係 2411-305-7781。"),
    ],
    [
        (
            "user",
            "Tolong tulis surat rayuan kepada penganjur kejohanan badminton MSSD Selangor supaya anak saya boleh masuk walaupun pendaftaran lewat.",
        ),
        (
            "assistant",
            "Baik. Boleh berikan nama anak, nombor kad pengenalan, sekolah dan sebab pendaftaran lewat?",
        ),
        (
            "user",
            "Nama dia Muhammad Danish bin Khairul Anuar, MyKid 120517-10-6031, SK Seksyen 7 Shah Alam. Lewat sebab dia masuk wad seminggu kena denggi.",
        ),
    ],
    [
        ("system", "You help a badminton club secretary format records."),
        (
            "user",
            "Turn this into a table with columns name, phone, amount owed: Lim Boon Huat 9671 2048 $45; Sharon Pereira 8824 5190 $30; Muthu s/o Krishnan 9045 7362 $60; Chen Xiaoling 8533 0917 $15",
        ),
        (
            "assistant",
            "Here is the table: | Name | Phone | Amount owed | | Lim Boon Huat | 9671 2048 | $45 | | Sharon Pereira | 8824 5190 | $30 | | Muthu s/o Krishnan | 9045 7362 | $60 | | Chen Xiaoling | 8533 0917 | $15 |",
        ),
    ],
    [
        ("user", "請幫我寫運動傷害保險的理賠申請說明，羽球比賽受傷。"),
        ("assistant", "沒問題，請提供被保險人姓名、身分證字號、受傷日期、地點及就醫情形。"),
        (
            "user",
            "被保險人：許家瑋，身分證字號 H148650020，11月30日在新竹市立體育館打球時阿基里斯腱斷裂，在馬偕醫院開刀住院五天，保單號碼 PL-7730-2291。",
        ),
        (
            "assistant",
            "理賠申請說明：被保險人許家瑋於11月30日在新竹市立體育館參加羽球活動時，阿基里斯腱斷裂，隨即至馬偕醫院接受手術並住院五天，特此申請傷害醫療保險金。",
        ),
    ],
    [
        (
            "user",
            "help me do pairing for sat doubles leh. got 8 ppl but auntie lily (lim siew lian) just had knee op last month so she can only play light, dont pair her with the strong ones",
        ),
        (
            "assistant",
            "Sure, send me the other seven names and a rough level for each (strong, medium, light), and I'll balance the pairs so the lighter player gets a steady partner.",
        ),
        (
            "user",
            "ok the rest: benjamin, hui ling, ravi, ah seng, wei jie, mandy, josephine. all medium except ravi strong",
        ),
    ],
    [
        (
            "user",
            "I'm Arjun Nair, 41, I play badminton 3 times a week at Kallang. My MRI says grade 2 tear of the left medial gastrocnemius. How long before I can play again?",
        ),
        (
            "assistant",
            "A grade 2 calf strain usually needs about 4 to 8 weeks before a return to full badminton, with a graded rehab programme. Please follow your doctor's or physio's plan.",
        ),
    ],
    [
        ("user", "帮我核对一下球会这个月的会费转账记录，看看谁还没交。"),
        ("assistant", "好的，请把转账记录和会员名单贴上来。"),
        (
            "user",
            "名单：苏文杰、杨丽娟、邓国华。转账记录：苏文杰 RM50 来自 Public Bank 户口 4-1238-5567-09，杨丽娟 RM50 来自 Maybank 5142 0938 7712。",
        ),
        ("assistant", "根据记录，苏文杰和杨丽娟已缴交RM50会费，邓国华本月尚未缴交。"),
    ],
    [
        (
            "user",
            "Draft a WhatsApp message to a parent. Her son Isaac Chong (U13 boys) has missed 3 training sessions in a row and I'm worried. Her number is 012-338 7420, call her Mrs Chong.",
        ),
        (
            "assistant",
            "Hi Mrs Chong, this is the coach from the U13 badminton squad. I noticed Isaac has missed the last three sessions and just wanted to check that everything is alright. Do let me know if there is anything we can help with. Thank you!",
        ),
    ],
]
