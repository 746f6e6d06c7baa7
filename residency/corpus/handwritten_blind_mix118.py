# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix118: board-game cafés, mahjong clubs and chess societies in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix118
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "table_booking_log"): _lines("""
        BKG-2026-118403 | Sat 14 Nov 2026 19:00-22:00 | Table T7 (6 pax) | Package: Unlimited Play S$18/pax | Status: CONFIRMED | Channel: web
        Booking ref DT-55821 auto-cancelled at 18:16: no-show grace period (15 min) exceeded. Deposit S$20 forfeited per policy 4.2.
        [cron] 2026-11-14T03:00:02+08:00 sync_tables ok: 24 tables, 3 blocked for maintenance (T3, T11, T19), 0 conflicts
        Reminder template: Hi {first_name}, your table for {pax} at {outlet} is confirmed for {date} {time}. Reply C to cancel. - Dice & Tiles Bugis
        Peak hours Fri-Sun 6pm-11pm: max booking 3 hours, min spend S$12 per head, kids under 7 free with a paying adult.
        Walk-in queue snapshot 20:42 - 9 parties waiting, est. wait 35 min, avg party size 3.4
        Group booking enquiry? Email events@meeplehaus.com.sg or call our main line 6338 2719 (Tue-Sun 12pm-11pm).
        Invoice INV-MH-000912 | Corporate team-building, 22 pax | Room B + game master x2 | Subtotal S$1,320.00 | GST 9% S$118.80 | Total S$1,438.80
        Outlet code KL-PJ03 capacity updated from 48 to 56 seats after renovation, effective 2026-12-01.
        Booking export columns: booking_id, outlet, table_no, pax, start_ts, end_ts, package_code, deposit_cents, status, source_channel
        Party of 4 booked under Customer A moved from T2 to T9 because of an aircon leak; no price difference, note added by the shift lead.
        Private room Kasparov Room available on Wednesday nights for league play, 20% off before 6pm.
        POS v4.12.3 build 8e1f2c7 rolled out to Mong Kok and Causeway Bay branches; table timers now pause during a power cut.
    """),
    ("zh-Hant", "hk_mahjong_club_notices"): _lines("""
        本會麻雀房逢星期一至日 11:00–03:00 開放，每枱茶錢 HK$60，自備牌另計。
        通告：由 12 月 1 日起，所有會員入場需出示會員卡，未帶卡者請到櫃位登記臨時證。
        唔該各位雀友打完牌執返好啲牌同骰仔，唔好亂咁擺喺枱面，多謝合作！
        查詢訂枱請致電本會熱線 2388 6104 或 WhatsApp 公司號碼 5123 8890（辦公時間內回覆）。
        廣東牌計番表（本會規則）：雞糊 0 番、平糊 1 番、對對糊 3 番、清一色 7 番、十三么 13 番，爆棚以 10 番計。
        提提大家：本會只提供康樂活動，嚴禁任何形式賭博，違者即時取消會籍。
        十一月份統計：共接待 1,284 人次，平均每枱 3.8 小時，週末入座率 92%。
        失物認領：11 月 28 日晚喺 6 號枱搵到黑色摺遮一把，請失主到櫃位認領。
        本週六會員電影夜放映周星馳經典《賭聖》，會員免費，非會員 HK$30。
        冷氣維修：3 號房今日暫停開放，不便之處敬請原諒。
        比賽報名表：姓名 ＿＿＿＿ 會員編號 ＿＿＿＿ 聯絡電話 ＿＿＿＿（請用正楷填寫）
        灣仔分店搬遷通知：新址為莊士敦道 188 號 3 樓，電話號碼不變。
        收據編號 HKM-26-07731｜包房 4 小時｜HK$480｜現金｜經手人：當值經理
    """),
    ("ms", "kelab_catur_notis"): _lines("""
        Kejohanan Catur Terbuka Shah Alam 2026 - 7 pusingan Swiss, kawalan masa 60 minit + 30 saat, yuran RM50 (pelajar RM30).
        Pendaftaran ditutup pada 20 Disember 2026 jam 11.59 malam atau apabila 180 peserta dicapai.
        Pemain tanpa rating FIDE akan diberikan rating permulaan 1000 untuk tujuan pasangan pusingan pertama sahaja.
        Hadiah: Johan RM2,000 + piala, Naib Johan RM1,200, Tempat ketiga RM800, Kategori U12 terbaik RM200.
        Sebarang pertanyaan sila e-mel urusetia@kelabcatursubang.my atau hubungi talian pejabat 03-5632 1187.
        Keputusan pusingan 4: 86 perlawanan selesai, 2 menang walkover, 1 perlawanan ditangguhkan kerana masalah jam catur.
        Peraturan: telefon bimbit mesti dimatikan di dewan permainan; pemain yang telefonnya berbunyi akan kalah perlawanan tersebut.
        Sesi latihan percuma setiap Sabtu 3-6 petang di Dewan Tun Hussein Onn, semua peringkat dialu-alukan.
        Tayangan semula perlawanan bersejarah Kasparov lawan Deep Blue 1997 bersama ulasan oleh jurulatih kelab.
        No. pendaftaran pertubuhan: PPM-014-10-22031987, Kelab Catur Subang Jaya.
        Borang keahlian: Nama penuh [ ] No. KP [ ] Tarikh lahir [ ] Kategori: Dewasa / Pelajar / Warga emas
        Yuran keahlian tahunan 2027: Dewasa RM60, Pelajar RM25, Keluarga RM100 (maksimum 4 orang).
        Laporan kewangan ringkas: kutipan yuran RM14,350, perbelanjaan dewan RM6,200, baki RM8,150 dibawa ke tahun hadapan.
    """),
    ("mixed", "group_chat_clean"): _lines("""
        Guys tonight 8pm Catan at the usual place ok? Table booked liao, 6 pax.
        今晚 got space for one more? 我哋三缺一 lah, anyone free 打牌?
        Eh the new Wingspan expansion sampai dah, RM189 at the shop, nak share beli tak?
        Bro the café raised price to S$15 per head already, 貴咗好多 leh.
        明天 tournament round 3 pairings out already, check the website /pairings, board numbers also there.
        Anyone knows the rule for 碰 vs 吃 priority? Someone said 碰 always wins, betul ke?
        Reminder: 下星期六 no session sebab hall kena booking for wedding.
        Wah Ding Liren's game yesterday damn solid, that rook endgame 好劲.
        Admin note: pls don't post 赌钱 stuff here, group rule no. 3, kena kick straight.
        Can bring own snacks or not ah? Last time the staff say kena charge corkage RM5 lol.
        麻将 set 144 張 vs 148 張 which one for Singapore style? 新加坡 need the animal tiles right?
        Shop closes 2am on Fri, after that kena bungkus and go mamak.
        Poll: next meetup - (a) Ticket to Ride (b) Azul (c) 台灣十六張 - vote by Thu.
    """),
    ("zh-Hans", "chess_tournament_brackets"): _lines("""
        2026 狮城华人象棋公开赛 第一轮对阵表已公布，共 64 名棋手，采用单败淘汰制。
        第3台：1号种子 对 64号种子；第4台：32号种子 对 33号种子。
        比赛用时：每方 20 分钟，每步加 5 秒；迟到超过 15 分钟判负。
        报名费 新币 25 元，青少年组（18 岁以下）新币 10 元，报名截止 12 月 15 日。
        积分规则：胜 2 分、和 1 分、负 0 分；同分先比较对手分，再比较直胜。
        四分之一决赛 A1 胜 B4，A2 与 B3 加赛后 A2 胜出，结果已上传至赛事系统 v2.3。
        本届冠军奖金 新币 1,500 元，亚军 800 元，季军 500 元，另设最佳女子棋手奖。
        国际象棋特级大师丁立人曾于 2023 年夺得世界冠军，本社将举办其名局复盘讲座。
        赛事编号 SG-XQ-2026-0412，裁判长由本会首席裁判担任。
        瑞士制编排说明：首轮按等级分排序，上下半区对阵，之后按积分同组编排。
        选手登记表模板：姓名：____ 所属棋社：____ 等级分：____ 联系方式：____
        本轮共有 3 名选手弃权，另有 1 盘因棋钟故障重赛。
        周日晚上八点在线复盘许银川与吕钦的经典对局，欢迎各位棋友旁听。
    """),
    ("en", "lost_and_found_log"): _lines("""
        LF-2611-034 | Found 28/11 22:40 | Table 5 | Blue Uniqlo umbrella | Stored: counter drawer B | Unclaimed
        LF-2611-035 | Found 29/11 | Washroom | Black Anker power bank 10000mAh | Claim with description of the sticker on it
        Items unclaimed after 30 days will be donated to the Salvation Army family store at Bukit Timah.
        One mahjong tile (7 bamboo) missing from Set #12 - if you find it pls return to staff, the set can't be rented otherwise.
        Found: Dragon Shield deck box (matte black) with about 60 Pokemon TCG cards, no name inside.
        Claim procedure: describe the item, the date and the table you used; staff will verify against the log before release.
        LF-2612-002 | Found under sofa, Room B | Car key with Honda fob, no keychain | Passed to duty manager
        Weekly LF summary: 14 items logged, 9 claimed, 3 donated, 2 pending.
        Lost & found enquiries: lostfound@tilesandtokens.hk, we reply within 2 working days.
        Found a copy of The Hound of the Baskervilles (Penguin edition) at the reading corner, Sherlock fans pls claim.
        Missing from shelf: Terraforming Mars box, barcode 8717249194540. Please check your bags.
        Template: Item ___ found on ___ at table ___ by staff ID ___ ; claimed by (name) ___ (ID last 4) ___
        Octopus card found at the entrance, not registered, balance unknown - handed to the counter.
    """),
    ("zh-Hant", "tw_boardgame_cafe_posts"): _lines("""
        【公告】本店週二公休，週三至週日 13:00–23:00 營業，平日低消 NT$150，假日 NT$200。
        新桌遊到貨：《璀璨寶石：對決》、《卡坦島 航海家擴充》，歡迎預約教學。
        台灣十六張麻將教學班 每週四晚上 7 點，初學者優先，名額 8 位。
        揪團：週六下午《瘟疫危機：傳承》第二季 還缺 1 人，有興趣請私訊粉專。
        訂位請使用線上系統，或來電 (02) 2365-8841，恕不接受粉專留言訂位。
        統一編號 53218867｜桌遊小舖有限公司｜發票已開立，請至財政部電子發票平台查詢。
        店內禁止任何賭博行為，麻將桌僅供娛樂，發現金錢往來者一律請離場。
        十一月人氣排行：1. 阿瓦隆 2. 傳情畫意 3. 卡卡頌 4. 殖民火星 5. 截碼戰。
        羅斯福路店二樓包廂可容納 12 人，包廂費每小時 NT$300。
        桌遊教學員徵才：時薪 NT$200 起，需能說明至少 30 款遊戲規則，請寄履歷至 hr@boardgamehouse.tw。
        會員點數規則：每消費 NT$100 累積 1 點，20 點可兌換飲料一杯，點數效期一年。
        每月第一個週日是哈利波特主題之夜，扮成妙麗或榮恩入場送點心。
        訂單編號 TG20261203-0457 已完成付款 NT$1,280，預計 3 個工作天內出貨。
    """),
    ("mixed", "gambling_complaint_faq"): _lines("""
        Complaint ref CMP-26-0193: patron reports cash changing hands at Table 4 of the mahjong room on Sat night; staff to monitor, no names recorded.
        Social mahjong at home is generally not an offence, but a venue taking a cut per hand may be - ask a lawyer, not the counter.
        有人投訴 3 號房有人打錢牌，經理已加派巡查，CCTV 保存 30 日。
        FAQ: Can we play for money kalau kecil-kecil je? No. Kelab ini tidak membenarkan sebarang pertaruhan, even 1 ringgit.
        Aduan diterima: bunyi bising dari bilik mahjong selepas jam 12 malam; pengurusan akan hadkan waktu operasi ke 11.30 malam.
        Police advisory: illegal gambling dens often pose as clubs - report anonymously through the official police hotline.
        Need help with problem gambling? The National Council on Problem Gambling helpline is 1800-6-668-668.
        顧客投訴摘要（11月）：賭博相關 4 宗、噪音 7 宗、衛生 2 宗、訂枱問題 11 宗。
        Staff SOP: if you see chips exchanged for cash, do not confront, inform the duty manager and note table no. + time only.
        我哋唔係賭場！Membership fee RM30 只係 for facility use, no cash prizes lah.
        Survey result: 68% of members support banning cash at tables, 21% neutral, 11% against (n=342).
        Complaint form: Date/time ___ Table ___ Nature of complaint ___ Your contact (optional) ___
        Incident log INC-0442: suspected betting at chess blitz night, 2 unidentified players left before staff arrived.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BKG-2026-118477 | Sun 15 Nov 14:00 | T3 (4 pax) | Name: Jeremy Koh Wei Ming | Mobile 9173 4820 | Email jeremy.kwm88@gmail.com | Deposit S$20 paid
        LF-2611-041 | Found Table 8 | Pink card holder with NRIC S9102458F, Nur Aisyah binti Kamarulzaman | Owner called on 8462 0195, collecting Sat
        Member discipline: Raymond Pereira (member #M-0387) suspended 3 months for running a cash pool at Tuesday blitz night; appeal due by 20 Dec.
        Please don't seat Auntie Lim from Blk 412 near the aircon again, she just had knee surgery and gets cold easily.
        Membership form received: Priya d/o Ramasamy, NRIC T0261947J, DOB 03/08/2002, 21 Jurong West St 64 #11-287 Singapore 640021.
        Our Thursday Go teacher Mr Daniel Ho is off for the next month, he is going through chemo, keep it low-key pls.
        Refund S$240 to Visa 4532018873402615 for the cancelled corporate night, cardholder Chloe Tan Hui Min.
        Uncle Robert Sequeira from the Saturday chess group still owes the club S$460 from last year's Penang trip and keeps avoiding the treasurer.
        Lost my grey Samsung phone at table 11 last night, if found pls call my sister Farah Hanim at 9651 2073.
        Tournament registration: Arjun s/o Kumaresan, SG passport K4028816D, rating 1742, U18 section.
        Maricel Dizon, the Wongs' helper, FIN G7140385N, comes on Sundays for the Filipino chess meetup; her work permit expires in Feb.
        Staff note: Kenneth Yap was crying in the storeroom after his divorce hearing, manager says give him lighter shifts this month.
        SLA 7392 H blocked the loading bay again, it is Edwin Lau's car, he plays mahjong upstairs every Friday.
    """),
    "zh-Hans": _lines("""
        象棋社会员登记：王建国，身份证 440306198803152810，手机 13926614870，住址 深圳市南山区桃园路 88 号 5 栋 1203。
        3 栋的陈阿姨跟麻将搭子说她儿子在外面欠了二十多万赌债，最近都不敢回家。
        订桌：周六 19:00 8 号桌 刘思琪 微信号 liusiqi_0712，押金已付 50 元。
        退款通知：张志华 的银联卡 6225880137465291 将于 3 个工作日内收到退回的报名费 200 元。
        赛事处分：选手黄凯文（等级分 1856）在比赛中用手机查看棋谱，取消本届成绩并禁赛一年。
        住我们楼下 502 的老周最近查出肺癌晚期，棋社的人说周末一起去医院看看他。
        失物：李梅的护照 E58213946 在 12 号桌被捡到，已联系她本人（手机 18620473351）。
        群主林晓峰的工资已经被拖欠三个月了，没钱交会费，大家别再在群里催他了。
        上海会员许文斌 身份证 310115197502281637 报名新加坡公开赛，签证材料已寄出。
    """),
    "zh-Hant": _lines("""
        訂枱記錄：12月6日 晚上8點 4號房 陳家樂先生 電話 9015 6628，四位，已收訂金 HK$100。
        會員資料更新：梁美玲，HKID Y204716(9)，新地址 九龍觀塘協和街 201 號 5 樓 B 室。
        失物認領：鄭國雄嘅銀包喺 6 號枱搵到，入面有身份證 K583920(3) 同八達通，已通知佢個女嚟攞。
        阿May（成日坐 3 號枱嗰個）同我講佢老公輸晒啲錢，屋企供唔起層樓，好慘。
        何生上個禮拜喺房入面暈低，送咗去伊利沙伯醫院，聽講係輕微中風。
        會員林佳穎 身分證 F228190345 手機 0936-218-574，報名週四麻將教學班。
        退款申請：黃志明 國泰世華 帳號 013-50-218734-6，退還包廂訂金 NT$600。
        店長說小蔡（蔡宗翰）欠了地下錢莊的錢，這個月先調去倉庫，不要在客人面前提。
        投訴編號 CMP-HK-0311：投訴人周麗華（6382 1947）指 3 號房有人打錢牌，要求三日內回覆。
        LINE ID wei_chen1990 是陳威廷的，他上次借了店裡的《殖民火星》到現在還沒還。
    """),
    "ms": _lines("""
        Pendaftaran: Muhammad Hafiz bin Abdullah, No. KP 890412-10-5523, tel 012-738 4419, Kelab Catur Subang Jaya.
        Tuntutan bayaran balik yuran RM50 untuk Nurul Ain binti Zakaria, akaun Maybank 1140 2233 5566.
        Pak Cik Rosli dari Blok C tu dah lama tak datang kelab, dengar kata dia masuk wad sebab sakit jantung.
        Aduan: Encik Tan Boon Keat (ahli #K-212) didapati berjudi di bilik mahjong, keahlian digantung 6 bulan.
        Barang hilang: dompet milik Kavitha a/p Subramaniam, ada MyKad 950827-14-6071 di dalam, sila hubungi 017-602 8835.
        Jangan bagi tahu sesiapa, tapi Cikgu Faizal jurulatih kita tu tengah bercerai, sebab tu dia selalu cancel kelas.
        Tempahan meja: Sabtu 8 malam, atas nama Lim Siew Ling, IG @siewling.plays, 5 orang.
        Pemenang hadiah U12: Adam Haziq bin Mohd Rizal, 11 tahun, No. 23 Jalan SS 15/4C, 47500 Subang Jaya, untuk penghantaran piala.
        Kak Yam yang jaga kaunter tu gaji dia RM1,800 je sebulan, tak cukup nak tanggung mak dia yang buat dialisis.
        Kereta WXY 8812 milik Rajesh a/l Murugan diparkir di petak OKU lagi, pengurusan dah beri amaran kedua.
    """),
    "mixed": _lines("""
        Eh 記得 transfer RM50 to Ah Keong lah, his number 011-2345 7788, he paid for the table first.
        Bro 你知唔知 Wilson Chua 輸咗 S$30k 喺 casino, now his wife wants divorce already.
        HKID XA318842(3) 嗰位 Mr Fung Chi Keung 報咗名 but 未交 deposit, can call him 9648 3310?
        Telegram @marcus_desouza_sg is the guy selling fake Catan sets, real name Marcus de Souza, 住 Tampines St 81.
        小美 (Table 9 常客) 有咗 BB so 唔好再 offer 佢 beer 啦 k.
        Send the prize money to Nadia binti Osman, DuitNow 019-455 2380, she won the ladies division.
        台灣 member 張雅婷 B184376029 want to join the SG open, visa letter need her passport no. 302918475.
        Siapa nampak Ah Boy (Lee Jun Hao) punya wallet? Inside got his Octopus and 身份證 R661035(7).
        Jason 昨晚喝醉了在 café 打人, police took statement already, full name Jason Ong Kah Heng, 住 Toa Payoh Lor 1 Blk 123.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Dice & Tiles, a board-game café in Bugis, Singapore.",
        ),
        (
            "user",
            "Hi, can I book a table for 5 this Saturday 7pm? Name is Shawn Teo, mobile 8253 1906.",
        ),
        (
            "assistant",
            "Sure, Shawn. I have Table T6 for 5 pax on Saturday 19:00-22:00. A S$20 deposit is needed to hold it.",
        ),
        ("user", "Ok send the payment link to shawn.teo.jx@outlook.com please."),
        ("assistant", "Done, the link has been sent to that email and expires in 2 hours."),
    ],
    [
        ("system", "你係香港一間麻雀會所嘅客服助手，用廣東話回覆。"),
        ("user", "我尋晚喺 5 號房跌咗個銀包，入面有我身份證 K583920(3)，我叫鄭國雄。"),
        ("assistant", "鄭生你好，我哋員工收埋咗一個啡色銀包，請你帶埋其他證明文件嚟櫃位認領。"),
        ("user", "好，我今晚 8 點過嚟，有咩事打 9273 5518 搵我。"),
    ],
    [
        ("system", "Anda pembantu pendaftaran untuk Kejohanan Catur Terbuka Shah Alam."),
        (
            "user",
            "Saya nak daftar anak saya, Aiman Danish bin Shahrul, MyKad 120305-10-4471, kategori U14.",
        ),
        (
            "assistant",
            "Terima kasih. Yuran pelajar ialah RM30. Boleh berikan nombor telefon penjaga?",
        ),
        ("user", "Nombor saya 013-882 0947, Shahrul bin Ismail."),
        (
            "assistant",
            "Pendaftaran Aiman Danish telah direkodkan. Resit akan dihantar melalui SMS.",
        ),
    ],
    [
        ("system", "你是台北一家桌遊店的 LINE 官方帳號客服。"),
        ("user", "你好，我是吳冠霖，身分證 H275613099，上週的包廂因為颱風取消，想申請退款。"),
        ("assistant", "吳先生您好，請提供退款帳戶資料，我們會在五個工作天內處理。"),
        ("user", "玉山銀行 帳號 0862-940-337125，謝謝。"),
    ],
    [
        ("system", "你是一家棋牌俱乐部的管理助手，帮助经理起草内部通知。"),
        ("user", "会员赵国强在麻将房欠了其他会员三万多块赌债，现在有人上门讨债，我该怎么写通知？"),
        (
            "assistant",
            "建议通知中不点名，只重申禁止赌博的规定，并私下与当事会员沟通、保留相关记录。",
        ),
        ("user", "可他老婆今天打电话来哭，说他把房子都抵押了，我们要不要报警？"),
        ("assistant", "如果涉及非法讨债或威胁，可以建议当事人报警；俱乐部应注意保护当事人隐私。"),
    ],
    [
        ("system", "You help the committee of a Singapore chess society handle member complaints."),
        (
            "user",
            "A junior member says Gerald Fernandez keeps DMing her on Instagram from @gerryf_chess after club nights. What do we do?",
        ),
        (
            "assistant",
            "Take the report seriously: record what she described, keep screenshots, and have two committee members speak to him.",
        ),
        (
            "user",
            "Her mum wants his home address for a police report. He lives at 45 Bedok North Ave 3, can I just give it?",
        ),
        (
            "assistant",
            "Better to let the police request it through proper channels rather than sharing it yourself.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a board-game café in Petaling Jaya."),
        (
            "user",
            "Help me write a WhatsApp msg to our regular Ah Seng (Tan Ah Seng), he just got out of hospital after his stroke, tell him his locker still kept for him.",
        ),
        (
            "assistant",
            "Hi Ah Seng, glad to hear you are home! Take it easy, your locker is still kept for you, come back when you are ready.",
        ),
        ("user", "Add in Malay also, his wife Puan Rohana reads it for him."),
        (
            "assistant",
            "Salam Puan Rohana, kami doakan Ah Seng cepat sembuh. Loker beliau masih disimpan, datanglah bila sudah sihat.",
        ),
    ],
    [
        ("system", "You assist the chief arbiter of a Singapore rapid chess open."),
        (
            "user",
            "Draft a disqualification letter for player Lucas Moreau, FIN M4417820J, caught with earbuds in round 6.",
        ),
        (
            "assistant",
            "Dear Mr Moreau, following the incident in round 6 the arbiters have decided to disqualify you from the tournament under Article 11.3.",
        ),
        ("user", "Send it by post to his home address, 8 Sunset Way #02-14, Singapore 597071."),
    ],
    [
        ("system", "你是新加坡一家象棋会的秘书助手。"),
        ("user", "厦门来的棋手郑晓燕 身份证 350203199207114023 要参加公开赛，帮我写邀请函。"),
        ("assistant", "好的，邀请函会注明比赛日期、地点和主办单位，并附上她的证件号码供签证使用。"),
        ("user", "她的手机是 15859203476，请一起写上去。"),
    ],
    [
        ("system", "You are the treasurer's assistant for a mahjong social club in Ipoh."),
        (
            "user",
            "Draft a reminder to Encik Zulkifli bin Hassan, yuran tertunggak RM240 since June, his number 016-553 2190.",
        ),
        (
            "assistant",
            "Salam Encik Zulkifli, ini peringatan mesra bahawa yuran keahlian RM240 masih tertunggak sejak Jun. Terima kasih.",
        ),
        ("user", "Make it softer, he lost his job last month."),
        (
            "assistant",
            "Salam Encik Zulkifli, kami faham keadaan sekarang. Yuran boleh dibayar secara ansuran, tiada tekanan.",
        ),
    ],
]
