# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en261: SG/MY cricket and rugby clubs (league fixtures, player registrations, injuries, junior academies, club bar tabs, disciplinary hearings). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en261
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "league_fixtures"): _lines("""
        SCA Premier League Round 7, Sat 14 Mar 2026: Singapore Cricket Club vs Ceylon Sports Club at the Padang, first ball 10:30am, 50 overs a side, white Kookaburra Turf ball.
        Fixture change: Indian Association v Singapore Recreation Club moved from Sun 22 Mar to Sun 29 Mar as the Padang is booked for a national event; venue unchanged.
        MRU KL Sevens pool draw, Pool A: Royal Selangor Club, Cobra RC, UPM Tigers, Kuala Lumpur Barbarians. Kick-off 9:00am, Padang Merbok pitch 2.
        Division 2 T20 Sunday fixtures at Kinrara Academy Oval, Puchong: Match 41 starts 8:00am, Match 42 starts 12:30pm. Teams report 45 minutes before the toss.
        Rain rule reminder: where play is lost, DLS par scores are set by the match referee using the ICC Standard Edition; minimum 5 overs per side for a T20 result.
        SRU National League Championship final, Sat 18 Apr, Yio Chu Kang Stadium, 5:00pm kick-off: Wolverines RFC vs Centaurs RFC. Entry free, bring your own umbrella.
        Round 9 results: SCC 243/7 (50 ov) beat SRC 198 all out (46.2 ov) by 45 runs; CSC v IA abandoned without a ball bowled, no result, 2 points each.
        Match ID SCA-PL-2026-0417 | Umpires appointed by the SCA Umpires Panel | Scorer: home club | Ball supplied: Kookaburra Regulation 156g, two new balls per innings.
        Hong Kong Premiership round 12: HKCC vs Kowloon Cricket Club at Wong Nai Chung Gap, 11:00am start; KCC seconds play at Cox's Road on the same day.
        Junior Sevens festival (U12 and U14) on 3 May at the Bukit Jalil National Stadium training field; entries close 20 Apr and each club may enter two squads.
        Taiwan friendly: Taipei Sevens Select vs Kuala Lumpur Invitational XV at Bailing Riverside Park rugby field, kick-off 3:00pm local time, live on the union's YouTube.
        Points table after Week 10: SCC 38, SRC 34, CSC 31, IA 27, British Club CC 12 (net run rate is the tie-breaker for positions 2 and 3).
        Fixtures go live every Monday at 6pm on the league portal; clubs must confirm ground availability by Wednesday noon to fixtures@sgcricketleague.org.sg.
    """),
    ("en", "club_bar_price_list"): _lines("""
        Members' Bar price list (effective 1 Jan 2026): Tiger Draught pint S$12.50, jug S$42; Heineken bottle S$11; Johnnie Walker Black S$14 a pour; 10% service charge and 9% GST apply.
        Happy hour after league matches, 5pm to 8pm: Carlsberg Smooth Draught at half price for playing members still in whites; show the match card at the counter.
        Soft drinks: Teh Tarik Ais S$3.80, Milo Dinosaur S$5.50, Kopi-O Kosong S$2.20, 100Plus can S$2.40, Pocari Sweat 500ml S$3.10, Ribena hot S$3.50.
        Bar tab policy: tabs are settled monthly through the member statement; any tab above S$800 at month end is suspended until paid; guests may not open tabs.
        Sunday curry tiffin S$18.90++: mutton varuval, dhal, papadum and pineapple rice; children under 12 at S$9.90++. Kitchen closes at 9:30pm sharp.
        Clubhouse Bar, Kelab Kriket Selangor: Tiger pint RM28, Guinness Foreign Extra RM30, Anchor Smooth bucket of 5 RM85, Sirap Bandung RM6, Teh O Ais Limau RM5.
        Bottle service: Jack Daniel's Old No. 7 700ml S$168, Bundaberg Rum 700ml S$150, Jagermeister 700ml S$155; mixers S$4 each, ice bucket included.
        Invoice INV-BAR-2026-03118 | Tiger Draught keg 30L x 6 @ S$298.00 | Supplier: Asia Pacific Breweries Singapore | Subtotal S$1,788.00 before GST.
        Old Chang Kee curry puff platter (20 pcs) S$28 for post-match team orders; please order by Friday 5pm at the bar counter, collection from the Long Bar.
        Team jug deal: 4 jugs of Tiger plus 2 plates of fish and chips for S$188 nett, valid for the visiting XI and home XI on match days only.
        Zero-alcohol menu: Heineken 0.0 S$7, Bundaberg Ginger Beer S$6, fresh lime juice S$5, Guinness 0.0 S$8; water refills are free for players at all times.
        Bar hours: Mon-Thu 4pm-11pm, Fri 4pm-1am, Sat 11am-1am, Sun 10am-11pm; last orders 30 min before closing; no slippers in the Long Bar after 7pm.
        POS item codes: BEV-TGR-PNT (Tiger pint), BEV-GNS-PNT (Guinness pint), FD-FNC-01 (fish and chips), FD-SAT-10 (chicken satay, 10 sticks) RM24.
    """),
    ("en", "disciplinary_regulations"): _lines("""
        Regulation 7.2: a player sent off with a red card is automatically suspended for the next league fixture, pending a hearing by the Judicial Committee.
        Level 2 offences under the Code of Conduct include showing dissent at an umpire's decision by action or verbal comment, and using an obscene gesture.
        Citing complaints must be lodged with the Judicial Officer within 48 hours of the final whistle using Form JC-03; late citings will not be accepted.
        Sanction entry points for a high tackle: low end 2 weeks, mid-range 6 weeks, top end 10 weeks or more; mitigation may reduce the sanction by up to 50%.
        Demerit points accumulated by a club under Schedule B reset on 1 October each season; three or more points results in a fine of S$500 against the club.
        The hearing panel consists of a chairperson with legal training and two members drawn from unaffiliated clubs; the quorum for any hearing is three.
        Appeals must be lodged within 7 days with a non-refundable fee of RM300 payable to Kesatuan Ragbi Malaysia; bank details are on the union website.
        Under World Rugby guidance, any foul play with direct contact to the head carries at least a mid-range starting point before mitigation is considered.
        Changing the condition of the ball is a Level 3 offence; the umpires will replace the ball and award 5 penalty runs to the batting side under Law 41.3.
        Hearing schedule: the Judicial Committee sits on Tuesdays at 7:30pm in Meeting Room 2, Singapore Sports Hub, 1 Stadium Place, Singapore 397628.
        Decision reference JC/2026/014: club fined S$1,200 for crowd misconduct at Round 4, plus a suspended fine of S$800 for 12 months.
        Players under 18 must attend any hearing with a parent or guardian; hearings involving minors are closed to the public and outcomes are not published.
        Abusive language to a match official: minimum 4 matches. Physical contact with a match official: minimum 12 months and referral to the union board.
    """),
    ("zh-Hans", "青训招生通知"): _lines("""
        新加坡板球青训营2026年第一期开始招生：招收U9至U15学员，每周六上午8点至10点在加冷板球场训练，学费每期S$360，含训练服一套及水壶一个。
        报名截止日期为3月15日下午6点，每个年龄组限24人，额满即止，先到先得。报名请通过学院官网在线提交，恕不接受电话或微信报名。
        训练装备清单：护腿板、护档、头盔（须符合BS 7928:2013标准）、白色训练服及胶钉鞋；学院提供Gray-Nicolls与Kookaburra球棒供初学者试用。
        吉隆坡少年橄榄球学院周日班开课：7人制触式橄榄球入门课程，适合8至12岁儿童，地点Padang Merbok，时间上午7:30至9:30，费用每月RM180。
        如遇NEA发出闪电警报，训练将立即暂停，家长请在看台区等候；若一小时内警报仍未解除，当日课程取消，学院将另行安排补课时间并通知。
        学院咨询热线：+65 6440 3215（周一至周五9:00至18:00）；WhatsApp咨询：+65 8123 0071（学院前台公务号码，非教练个人手机）。
        奖学金计划：每年选拔6名表现突出的学员免除全年学费，评选依据为技术考核、出勤率及团队精神，评选结果于每年11月在学院官网公布。
        所有学员须购买个人意外保险，学院已与NTUC Income合作推出团体方案，每人每年S$45，保障训练及比赛期间发生的意外受伤及门诊费用。
        教练团队均持有ICC二级或以上教练证书，并已完成标准急救及心肺复苏培训；每节课的师生比例不超过1比8，U9组不超过1比6。
        深圳湾体育中心暑期板球夏令营：7月6日至7月17日，每天9:00至15:00，午餐自理，营费人民币2980元，报名编号前缀为SZ-CKT-2026。
        课程代码JA-U11-SAT-A，共12节课，其中第7节为校际对抗赛日，欢迎家长到场观赛，场地开放时间为上午7:45，停车请使用北门停车场。
        澳门橄榄球总会少儿推广计划将于塔石体育馆举行，免费参加，每场限额30名儿童，需由家长陪同签到，请穿运动鞋并自备毛巾与饮用水。
        学院退款政策：开课前7天提出申请可获全额退款；开课后恕不退款，但可申请转至下一期课程，每位学员每年仅限转班一次，手续费S$20。
    """),
    ("zh-Hant", "球會歷史"): _lines("""
        香港木球會（Hong Kong Cricket Club）成立於1851年，原址位於中環現今遮打花園一帶，1975年遷往黃泥涌峽現址，是亞洲歷史最悠久的板球會之一。
        九龍木球會於二十世紀初成立，會址位於佐敦覺士道，二戰期間球場一度停用，戰後重建並恢復聯賽，至今仍是本地板球與草地滾球的重要場地。
        香港國際七人欖球賽始於1976年，早期在香港足球會球場舉行，其後移師政府大球場及香港大球場多年，2024年起改於啟德主場館舉辦。
        新加坡板球會創立於1852年，會所位於政府大廈對面的巴東草場，殖民時期的板球、欖球及曲棍球賽事均在此舉行，至今仍是當地的體育地標。
        雪蘭莪俱樂部（Royal Selangor Club）建於1884年，俗稱Spotted Dog，位於吉隆坡獨立廣場旁，曾是殖民時期板球與欖球比賽的中心。
        台灣的橄欖球運動歷史悠久，淡江中學與長榮中學等校隊曾長期在全國高中聯賽中名列前茅，為國家隊培養了多代球員，至今仍是傳統強隊。
        1997年香港主辦第二屆七人欖球世界盃，斐濟隊在決賽擊敗南非奪冠，傳奇球員Waisale Serevi的表現至今仍為球迷津津樂道。
        澳門欖球運動早期以外籍人士及土生葡人球會為主，近年澳門欖球總會積極在本地中小學推廣觸式欖球，並組隊參加亞洲區青少年賽事。
        1877年澳洲與英格蘭在墨爾本板球場進行了首場正式測試賽，這場比賽後來被視為國際板球歷史的起點，百年後雙方曾在同地舉行紀念賽。
        大馬板球總會總部設於蒲種Kinrara板球場，該球場曾於1998年吉隆坡英聯邦運動會承辦板球賽事，那也是板球唯一一次進入該運動會。
        香港木球會會所內設有歷史展廊，展出十九世紀的比賽記分簿、舊式柳木球棒及早年隊伍合照，開放時間為每週二至週日上午十時至下午六時。
        Donald Bradman於1948年最後一場測試賽第二球即零分出局，生涯平均得分因而停留在99.94，成為板球史上最著名的數字之一。
        新加坡欖球運動的歷史可追溯至殖民時期的巴東草場比賽，如今新加坡欖球總會每年舉辦全國聯賽，並與學校及企業合作推廣校際賽事。
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis Mesyuarat Agung Tahunan Kelab Kriket Selangor akan diadakan pada 28 Mac 2026, jam 8.00 malam di Dewan Utama kelab; semua ahli biasa layak mengundi.
        Perlawanan Liga Ragbi Kebangsaan minggu ini ditunda kerana amaran ribut petir MetMalaysia; tarikh baharu akan diumumkan melalui laman Facebook rasmi kelab.
        Pendaftaran pemain musim 2026 dibuka dari 1 hingga 31 Januari; borang lengkap bersama sijil pemeriksaan perubatan dan yuran RM150 hendaklah diserahkan ke pejabat kelab.
        Kelab menerima bayaran melalui DuitNow QR, FPX dan kad kredit; nombor pendaftaran pertubuhan kelab PPM-016-14-02071985 hendaklah dicatat pada setiap resit.
        Waktu operasi pejabat: Isnin hingga Jumaat 9.00 pagi hingga 5.30 petang, Sabtu 9.00 pagi hingga 1.00 tengah hari; talian pejabat kelab 03-7980 2211.
        Akademi Kriket Junior mengadakan sesi percubaan bawah 13 tahun di Padang Kinrara pada Ahad, 12 April, jam 7.30 pagi; sila bawa botol air dan topi sendiri.
        Peraturan kelab: pemain wajib memakai pakaian putih semasa perlawanan liga 50 over; seluar pendek dan kasut sukan berwarna terang tidak dibenarkan di padang.
        Makluman: Padang latihan B ditutup untuk kerja penyelenggaraan rumput dari 5 hingga 19 Mei; semua sesi latihan dipindahkan ke Stadium Mini Bukit Jalil.
        Kedai kelab kini menjual jersi rasmi musim 2026 pada harga RM119, topi baggy hijau RM85 dan beg kit Gunn & Moore RM399; stok adalah terhad.
        Sukarelawan diperlukan untuk Kejohanan Ragbi MSSM di Stadium Hang Jebat, Krubong, Melaka; elaun makan RM30 sehari dan baju-T sukarelawan disediakan.
        Jawatankuasa Tatatertib akan bersidang pada 15 April untuk mendengar tiga kes aduan salah laku di padang; keputusan akan dihantar terus kepada kelab masing-masing.
        Tiket perlawanan akhir Piala Agong boleh dibeli di kaunter kelab atau dalam talian; harga RM20 untuk dewasa dan RM10 untuk pelajar berpakaian seragam sekolah.
        Emel rasmi urus setia: urusetia@kelabkriketselangor.org.my; sebarang pertanyaan berkaitan keahlian akan dijawab dalam tempoh tiga hari bekerja.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, Padang covers need to be on by 6pm tonight, NEA says thundery showers lah. Groundstaff please confirm in this group once done ok?
        Bar stock check: Tiger keg tinggal 2 je, Guinness dah habis. I already PO to APB, delivery Thursday morning before 10am, please clear the cold room.
        明天U13 training改到Field 3 hor, Field 1要换草. Coaches please inform your squads on the academy app, don't whatsapp parents one by one.
        Scoreboard app crash again during the 2nd innings, version 3.4.1. I rolled back to 3.3.9 and the live feed ok already. Will raise a ticket with the vendor.
        Reminder semua: SRU referee appointments for Round 6 out already, check the portal. Kalau tak boleh hadir, swap by Thursday 5pm ya.
        Kitchen says the satay order for Saturday's sevens needs 400 sticks, they can only do 300. Top up from Sate Kajang Hj. Samuri? Their quote RM0.90 per stick.
        Invoice dari Gilbert distributor dah sampai: INV-GLB-88214, 40 match balls size 5 + 20 size 4, total RM6,380. Finance team please process by Friday.
        收银机今天sync有问题，晚上11点之后的bar tab没上传到系统，明早我会手动补录，大家先不要关POS机ok，thanks.
        Batting nets booking: 6-8pm slots fully booked whole week. Maybe we open Net 4 also? Need to check lighting first, bulb rosak since last month.
        FYI the HK Sevens tour package for members confirmed: 3 nights Wan Chai hotel + tickets, HK$9,800 per pax twin sharing, deposit due 15 Jan.
        Jangan lupa tutup aircon bilik persalinan after match, last month TNB bill naik RM1,200. Thanks all, good job for the weekend tournament.
        Team photo for the annual report: agency photographer coming 4pm Sat, please get both XIs in club blazers, no sunglasses ya.
        The new Kookaburra Kahuna bats arrived, 12 units SH, pro shop price RM1,650. Put 2 on display by the entrance, the rest in the storeroom.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-03-14T10:32:07+08:00 INFO scoring-svc match=SCA-PL-2026-0417 innings=1 over=12.4 runs=67 wkts=2 event=BOUNDARY_FOUR
        2026-03-14T11:05:52+08:00 WARN bar-pos terminal=LONGBAR-02 sync_lag_ms=4830 queue=17 retry=3 build=2.11.0-rc4
        fixtures.yaml: season: 2026 | league: SCA-PL | overs: 50 | powerplay: [10, 30, 10] | ball: Kookaburra Turf White | start_local: 10:30
        CREATE TABLE player_registration (reg_id VARCHAR(16) PRIMARY KEY, club_code CHAR(4), full_name TEXT, dob DATE, nric_hash CHAR(64), status VARCHAR(12));
        reg_id,club_code,full_name,dob,id_type,id_number,phone,email,emergency_contact,medical_notes,registered_at
        SELECT club_code, COUNT(*) AS active FROM player_registration WHERE status = 'ACTIVE' AND season = 2026 GROUP BY club_code ORDER BY active DESC;
        sha256(fixtures_export_2026-03.ics) = 9f2c4b7a1e0d38c65b7f0a2e4d91c3b8a6f5e2d7c0b9a84136f2e5d8c7b1a0f3
        ERROR 2026-04-02 21:14:09 payments: FPX callback rejected, order_id=BT-2026-004812, amount=RM238.50, bank_code=MBB0228, reason=SIGNATURE_MISMATCH
        const DEFAULT_MEMBER = { memberNo: 'M-000000', name: 'Jane Doe', tier: 'PLAYING', barTabLimit: 800 }; // placeholder for unit tests only
        curl -X POST https://api.clubhub.example.com/v2/fixtures/SRU-NL-2026-R06/lineup -H 'Authorization: Bearer <token>' -d @lineup.json
        Release notes v4.2.0: added DLS calculator for reduced-overs matches, fixed bar tab rounding for 9% GST, dropped support for Android 9.
        cron: 0 2 * * * /opt/clubhub/bin/export_fixtures --league SRU-NL --format ics --out /var/www/public/fixtures.ics
        DHL Express waybill 4817203956: 60 Gilbert Sirius match balls shipped from Gilbert Rugby, Rugby, UK to the Singapore Sports Hub store, ETA 21 Mar.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Player registration: Arjun Pillai s/o Ramasamy, DOB 14/06/1998, NRIC S9823417H, mobile 9127 4480, club SCC 2nd XI, wicketkeeper.
        Injury report Round 5: Marcus Teo Wei Jie, flanker, suspected ACL tear left knee, referred to the sports clinic at Changi General, out for the season; his mum asked us not to post it on Facebook.
        Bar tab overdue: member M-10482 Gerald Fernandez owes S$1,436.80 since November, third reminder sent, tab frozen until he settles.
        Hi coach, this is Priya's mother, she won't come for nets this month, she's been diagnosed with glandular fever, please keep it between us.
        Hearing JC/2026/021: Hafiz bin Rosli (Cobra RC, No. 9) admitted striking an opponent, banned 6 weeks; he told the panel he is going through a divorce as mitigation.
        Emergency contact for U11 camper Ethan Lim: father Lim Boon Kiat, 9688 2137, 12 Jalan Kembangan, Singapore 419120.
        Please refund the academy fee to my POSB savings 188-52447-3, account name Tan Siew Ling, thanks.
        Can whoever has the spare key to the kit room call Darren at +65 8345 9021? He's been stuck outside since 7.
        Selection note: Nur Aisyah binti Kamal fainted at training again; her doctor confirmed type 1 diabetes, keep glucose gel in the first aid kit.
        Trial form | Name: Rohan Mehta | DOB: 02/11/2011 | School: ACS (Independent) | Parent email: sunita.mehta77@gmail.com | Allergy: peanuts
        Whoever owns SJK 4821 L, your lights have been on all night in the club car park. I think it's Kenneth Goh from the vets side?
        Registration pending: the NRIC on the form reads T0412598C, please verify against the scanned copy before approving.
        Overseas pro: Liam O'Brien, Irish passport PA4418273, Work Pass applied by the club, salary S$4,200 a month plus housing at the club flat.
        Our number 8, Big Joe (Joseph Manueli), was arrested after the post-match party at Clarke Quay on Saturday; committee to decide if he plays Sunday.
        Complaint from Mrs Wong Mei Fong: the bar charged her husband's VISA ending 4417 four times (about S$312); send the statement to 88 Sunset Way #03-12.
        2026-0193,SRC,Siti Hajar Mohd Yusof,2005-08-19,NRIC,S0587213D,+65 9024 7715,sitihajar.my@yahoo.com,Mohd Yusof 9011 3345,asthma
    """),
    "zh-Hans": _lines("""
        陈先生（陈建华）的酒吧账单已欠S$2,180，三个月都没结清，经理说下周再不还就报给委员会处理。
        U13学员王子轩，身份证号440304201203156718，家长王丽娟手机138 2654 7731，住深圳市南山区望海路88号3栋1502。
        阿明昨天训练时肩膀脱臼，医生说要做手术，他老婆刚怀孕，他很担心因为这个丢了工作。
        林太来电投诉她儿子在更衣室被高年级学员欺负，要求学院书面答复，她的电话是9371 5628。
        球员注册表：姓名 黄志强，出生日期 1995-03-27，护照号 E71234598，微信号 zq_huang95，位置 快速投球手。
        请把这个月的教练费转到我的招商银行卡6214 8301 2277 5690，户名刘伟，谢谢。
        纪律听证会记录：李俊杰因辱骂裁判被停赛4场，他本人承认当天喝了酒，近期又因赌债问题情绪不稳。
        张教练每月工资S$5,600，比其他教练多一千，还拿了会所的住房补贴，这个大家千万别外传，免得其他教练有意见。
        快递寄给：周晓雯 收，上海市徐汇区漕溪北路595弄12号701室，电话139 1742 8806，内有队服两套。
    """),
    "zh-Hant": _lines("""
        香港木球會會員陳家豪（HKID：K482913(6)）申請將緊急聯絡人改為太太何美玲，電話9623 4187。
        麥太話佢個仔上星期打欖球撞親個頭，診斷係輕微腦震盪，醫生叫休息三個禮拜，麻煩教練幫佢請假。
        台灣隊員林冠宇，身分證字號A128456739，手機0912-345-678，住台北市大安區復興南路二段100號5樓。
        阿強嗰條bar數仲欠HK$3,450，話月尾出糧先還，已經係第三次咁講，經理話再唔還就停佢簽賬。
        紀律委員會決定：吳子軒因在比賽中推撞球證被罰停賽八週，其父親已表示會代表兒子提出上訴。
        澳門隊報名表：姓名 梁嘉欣，澳門身份證1234567(8)，出生日期2009年4月2日，監護人梁志偉，電話6688 1234。
        青訓營退款麻煩轉入我的匯豐戶口808-123456-838，戶名張志明，收到後請WhatsApp通知一聲，唔該。
        鄭生話佢最近確診抑鬱症，暫時唔會再嚟練波，叫我哋唔好喺群組度講，亦唔好同其他隊友提起。
    """),
    "ms": _lines("""
        Pendaftaran pemain: Muhammad Faiz bin Abdullah, No. MyKad 990715-10-5527, telefon 012-384 7261, kelab KL Tigers, posisi prop.
        Encik Razak masih berhutang RM1,240 di bar kelab sejak Disember; isterinya telefon minta jangan beritahu sesiapa.
        Laporan kecederaan: Amirul Hakim patah tulang selangka kiri semasa perlawanan, dihantar ke Hospital Kuala Lumpur, ibunya Puan Rosnah dihubungi di 019-276 4410.
        Tolong masukkan elaun jurulatih ke akaun Maybank 1640 2288 7153 atas nama Kavitha a/p Subramaniam.
        Kak Yati kata anak dia, Danish, tak boleh main bulan ni sebab kena denggi, masih dalam wad.
        Alamat penghantaran jersi: Lee Chong Keat, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Keputusan tatatertib: Shahrul Nizam digantung 10 minggu kerana menyerang pengadil; dia juga sedang disiasat polis atas tuduhan samun.
        Kereta VFA 7723 milik Encik Ganesan diletak di petak VIP lagi, tolong minta dia alihkan sebelum tetamu sampai.
        Nama: Aina Sofea binti Zulkifli | MyKad 080302-14-6692 | Emel: ainasofea08@gmail.com | Penjaga: Zulkifli bin Omar | Alahan: penisilin
    """),
    "mixed": _lines("""
        Eh Ah Seng's bar tab already RM980 liao, he say his wife just kena retrench so can wait until CNY anot?
        Coach, my son Wei Lun 下个星期不能来training, 他kena appendicitis, surgery at KK Hospital on Tuesday.
        Pls whatsapp Uncle Bala at 016-552 8390 to collect his scorebook, dia tertinggal kat pavilion semalam.
        Registration资料: 名字 Ong Jia Hui, IC 030911-07-0448, 电话 011-2398 4471, school Penang Free School, U18 girls.
        Dei, Suresh got suspended 4 matches for sledging the umpire, and I heard his father masuk hospital lagi, don't tease him ok.
        Parent complaint: Mdm Chua说她女儿Jasmine在camp被coach骂到哭, wants a meeting, contact 9786 3302.
        Photo tags: back row Zainal, Big Mike Tan, Kumar, Hong Wei; front row Farah (capt). Hong Wei's mum says pls blur his face, custody case ongoing.
        Boss, refund to DBS 029-8-451233, acc name Lim Kok Wah ya, his son quit the academy already because of side effects from ADHD meds.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the registration assistant for a Singapore cricket academy. Check forms for missing fields and reply politely.",
        ),
        (
            "user",
            "Can you check this form? Name: Kieran Das, DOB 21/09/2012, NRIC T1239847F, parent Anita Das, 9733 0418, 45 Siglap Drive. Medical: mild asthma, uses Ventolin.",
        ),
        (
            "assistant",
            "The form for Kieran Das is complete except for the school name and the parent's e-mail. Since he has asthma, please make sure the inhaler is packed in his kit bag for every session.",
        ),
        ("user", "Thanks. Which age group does he go into?"),
        (
            "assistant",
            "Born in September 2012, Kieran falls into the U15 group for the 2026 season, Saturday 8am session.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给家长的道歉信，学员刘思远上周六训练时被球打到眼睛，去了医院缝了三针，他妈妈刘太很生气。",
        ),
        (
            "assistant",
            "尊敬的刘太太：您好！对于刘思远上周六训练时眼部受伤一事，我们深表歉意。学院已检讨训练安排，今后击球练习将强制佩戴护目头盔。如需医药费报销，请与我们联系。",
        ),
        ("user", "再加一句，医药费S$480我们全额负责，直接转到她的账户DBS 120-334512-7。"),
        (
            "assistant",
            "好的，已补充：学院将全额承担医药费S$480，并于三个工作日内转入您提供的DBS账户120-334512-7。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu urus setia Kesatuan Ragbi negeri. Tulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat penggantungan untuk pemain Mohd Ikhwan bin Salleh, MyKad 010423-08-6131, kelab Perak Warriors, digantung 8 minggu kerana terjahan berbahaya pada 9 Mac.",
        ),
        (
            "assistant",
            "Tuan, dengan hormatnya dimaklumkan bahawa Jawatankuasa Tatatertib telah memutuskan Mohd Ikhwan bin Salleh (MyKad 010423-08-6131) digantung selama 8 minggu berkuat kuasa serta-merta kerana terjahan berbahaya dalam perlawanan pada 9 Mac. Rayuan boleh dikemukakan dalam tempoh 7 hari.",
        ),
        ("user", "Terima kasih, tambah alamat dia juga: No. 7, Jalan Bendahara 3, 31650 Ipoh."),
        (
            "assistant",
            "Baik, alamat penerima telah ditambah di bahagian atas surat: Mohd Ikhwan bin Salleh, No. 7, Jalan Bendahara 3, 31650 Ipoh, Perak.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個WhatsApp提醒陳國強先生，佢喺會所bar欠咗HK$4,270，三個月未找數，電話係6128 9930。語氣客氣啲。",
        ),
        (
            "assistant",
            "陳生你好，打擾晒。會所記錄顯示你嘅酒吧賬目尚欠HK$4,270，已超過三個月未結。麻煩你方便時到前台或經轉數快繳付，如有疑問可隨時聯絡我哋。多謝！",
        ),
        ("user", "好，再加句如果月底前唔還就會暫停簽賬。"),
    ],
    [
        (
            "user",
            "Can help me summarise this injury list for the committee ah? Jun Hao hamstring 3 weeks, Faizal broken finger 6 weeks, Ravi concussion still got headache, Bryan Koh knee surgery at Mount E on 2 April.",
        ),
        (
            "assistant",
            "Injury summary: Jun Hao, hamstring strain, about 3 weeks out; Faizal, fractured finger, about 6 weeks; Ravi, concussion with ongoing headaches, not cleared to return; Bryan Koh, knee surgery at Mount Elizabeth on 2 April, out long term.",
        ),
        ("user", "Ok and Ravi's mum say don't put his name in the newsletter ya."),
        (
            "assistant",
            "Noted, I'll keep Ravi's concussion in the committee copy only and leave him out of the newsletter version.",
        ),
    ],
    [
        (
            "system",
            "You are the bar tab assistant for a KL rugby club. Member records: M-2231 Daniel Yap, tab RM1,870, card on file Mastercard ending 5530, phone 012-771 4093; M-2232 Farid Anuar, tab RM0.",
        ),
        ("user", "Who has the biggest unpaid tab right now?"),
        (
            "assistant",
            "Member M-2231 has the largest outstanding tab at RM1,870. I can draft a reminder for the member if you would like.",
        ),
        ("user", "Yes please, short and friendly."),
        (
            "assistant",
            "Hi Daniel, friendly reminder that your bar tab stands at RM1,870. Please settle at the counter or let us charge the card on file. Thanks and see you at the clubhouse!",
        ),
    ],
    [
        (
            "user",
            "Make me a team sheet from this: 1 Tan Wei Ming 9181 2280, 2 Hairul Azmi 8870 3312, 3 Kevin Rajoo 9012 6654, captain is Hairul. Need it as a table for the ground marshal.",
        ),
        (
            "assistant",
            "No | Player | Contact | Note; 1 | Tan Wei Ming | 9181 2280 | -; 2 | Hairul Azmi | 8870 3312 | Captain; 3 | Kevin Rajoo | 9012 6654 |",
        ),
        ("user", "Thanks, can you drop the phone numbers for the public version?"),
        ("assistant", "Public version: 1 Tan Wei Ming, 2 Hairul Azmi (c), 3 Kevin Rajoo."),
    ],
    [
        (
            "user",
            "Hi, saya nak tanya yuran akademi kriket junior. Anak saya Aqil Haziq, umur 10, MyKad 160218-10-4419. Boleh bayar ansuran tak? Saya baru hilang kerja bulan lepas.",
        ),
        (
            "assistant",
            "Terima kasih kerana bertanya. Untuk kumpulan bawah 11 tahun, yuran ialah RM180 sebulan. Akademi ada skim ansuran dan bantuan yuran; puan boleh isi borang bantuan di pejabat akademi.",
        ),
        ("user", "Ok, nama saya Norhayati, nombor saya 013-662 0847, tolong hubungi saya."),
        (
            "assistant",
            "Baik Puan Norhayati, saya akan panjangkan nombor 013-662 0847 kepada pegawai akademi supaya mereka boleh menghubungi puan berkenaan skim bantuan untuk Aqil.",
        ),
    ],
    [
        ("system", "你是新加坡一家板球会的财务助理，负责计算教练薪酬。"),
        (
            "user",
            "助理教练许家明三月上了22节课，每节S$45，另外报销交通费S$86，请算总额，转到他的OCBC账户 501-223871-001。",
        ),
        (
            "assistant",
            "许家明三月薪酬：22节 × S$45 = S$990，加交通费S$86，合计S$1,076，将转入OCBC账户501-223871-001。",
        ),
    ],
    [
        (
            "user",
            "Summarise the hearing minutes: Respondent Tristan Wong (No. 12, Bintang Sevens). Charged with verbal abuse of referee. Pleaded guilty. Mentioned his mother passed away last week. Panel gave 3 weeks, 1 suspended.",
        ),
        (
            "assistant",
            "Summary: Tristan Wong (No. 12, Bintang Sevens) pleaded guilty to verbally abusing the referee. In mitigation he cited a recent bereavement. The panel imposed a 3-week suspension, with 1 week suspended.",
        ),
        ("user", "Can you keep the bereavement out but keep everything else?"),
        (
            "assistant",
            "Revised: Tristan Wong (No. 12, Bintang Sevens) pleaded guilty to verbal abuse of the referee and received a 3-week suspension, 1 week of which is suspended, after mitigation was considered.",
        ),
    ],
]
