# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix157: esports cafés, gaming centres and tournament organisers in SG/MY/HK/TW (member accounts, tournament sign-ups, age checks, banned players, prize payouts, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix157
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules_notice"): _lines("""
        NOTICE: Players under 18 must show a valid student pass or a signed parent consent form at the counter; junior accounts are auto-locked at 22:00 sharp.
        All peripherals in the Pro Zone (rows P1 to P4) are wiped with 70% alcohol after every session. Please do not place your own mousepad on the tournament stations.
        Outside food is not allowed. Cup noodles, Milo Dinosaur and fried chicken wings can be ordered at the counter or through the QR code on your monitor stand.
        Lost and found items are kept for 14 days at the front desk of our Funan outlet, 107 North Bridge Road #B2-19. Unclaimed items are donated after that.
        Smoking and vaping are prohibited inside the premises under the Smoking (Prohibition in Certain Places) Act. Offenders will be asked to leave without refund.
        Booth time is deducted in 15-minute blocks. If your PC crashes, wave down a crew member in a red shirt before logging out so we can credit the time back.
        Tournament night every Friday: Valorant 5v5, check-in closes 7:30pm, first match 8pm. Teams that miss check-in are replaced from the waitlist, no exceptions.
        Please keep voices down after midnight as the flats above the shophouse have complained to the Town Council. Headsets with mic-monitoring can be borrowed free.
        Wi-Fi SSID NEXUS-GUEST; the password changes daily and is printed on your receipt. Running torrents or crypto miners on café machines means a permanent ban.
        CCTV is in operation 24 hours. Recordings are kept for 30 days and are released only to the Singapore Police Force on a written request.
        For membership or billing questions, WhatsApp our counter line at +65 8123 4050 (10am to 2am daily) or e-mail support@nexusarena.sg.
        Ming's Gaming Lounge at Plaza Low Yat, Level 5, is closed on 31 Aug for Hari Merdeka; top-ups made online that day will be credited on 1 Sept.
        Rate card effective 1 March 2026: Standard RM4/hr, Premium RM6/hr, VIP Room (5 PCs) RM30/hr. All prices include SST 8%, member discounts not stackable.
    """),
    ("zh-Hant", "價目表"): _lines("""
        【旺角店】平日上午10時至下午6時 每小時HK$18，會員每小時HK$15；晚上6時後每小時HK$25，通宵套票（凌晨12時至早上8時）HK$88。
        五人包廂 HK$150／小時，可預載《英雄聯盟》或《Valorant》；星期六日及公眾假期需提早48小時訂位，訂位請致電門市熱線 2388 6120。
        台北西門館 儲值方案：儲500送50、儲1000送150、儲3000送600，儲值金不可退款、不可轉讓，有效期限自儲值日起一年。
        飲品及輕食：珍珠奶茶 NT$55、紅牛 NT$45、泡麵加蛋 NT$70、雞排便當 NT$110；電競區座位禁止攜帶湯麵類食物入座。
        學生優惠：憑有效學生證於平日下午2時至6時享八折，每證每日限用一次，不適用於VIP包廂、賽事包場及通宵套票；寒暑假期間優惠時段延長至晚上8時。
        賽事包場報價（全場40台）：4小時HK$4,800，8小時HK$8,800，另加直播器材租用HK$1,200，按金HK$2,000，完場後七日內退回。
        周邊商品：Razer BlackShark V2 耳機 HK$699、SteelSeries Apex Pro 鍵盤 HK$1,599、Zowie XL2546K 螢幕現場示範機九折出售。
        高雄三多店 夜貓方案：晚上11點至早上7點 NT$199，含一杯飲料；週五、週六及連假前一晚另加收 NT$30；夜貓方案須於晚上11點前在櫃台登記，逾時恕不受理。
        觀塘店開幕優惠（至2026年12月31日）：首次登記會員送兩小時機時，每個電話號碼限登記一次，優惠不可兌換現金，亦不可與學生優惠或包月方案同時使用。
        機種說明：A區 RTX 4070／i5-14400F／240Hz；B區 RTX 4090／i7-14700K／360Hz，B區每小時加收HK$8，包廂一律為B區配置。
        澳門新馬路分店收費：每小時MOP$20，使用澳門通卡付款享八五折；暫不接受人民幣現金，請於櫃台兌換或使用電子支付；澳門元與港元按一兌一點零三計算。
        包月會員 NT$1,990／月（每日最多6小時），帳單於每月5日自動扣款，取消須於扣款前3個工作天通知櫃台，逾期下月生效。
        打機飲嘢套餐：兩小時機時＋凍檸茶＋咖喱魚蛋 HK$68，星期一至五晏晝12點至3點限定，公眾假期唔適用；加HK$10可以將凍檸茶轉做熱奶茶或者可樂。
    """),
    ("zh-Hans", "赛事规则"): _lines("""
        第3.2条 参赛选手须年满16周岁；未满18周岁的选手须在报名时上传监护人签署的同意书扫描件，否则资格审核不予通过，已缴纳的报名费按第3.5条规定处理。
        第4.1条 每支队伍须登记5名正式队员及最多2名替补，报名截止后仅允许更换1名替补，且须经赛事委员会书面批准，替补队员同样须满足第3.2条的年龄要求。
        第5.3条 比赛统一使用主办方提供的主机，选手可自带键盘、鼠标与耳机，但须于赛前30分钟交由技术裁判检查驱动及宏设置，不得使用带有连发功能的外设。
        第6.7条 比赛中如出现断线，队伍可申请技术暂停，每局累计暂停时间不得超过10分钟，超时由主裁判判定是否判负；因主办方设备或网络故障造成的暂停不计入该时长。
        第7.2条 经查实使用外挂、代打或账号共享的，取消该队本届赛事全部成绩，并报送联盟纪律委员会备案，禁赛期不少于12个月。
        第8.1条 奖金总额人民币200,000元：冠军100,000元，亚军50,000元，季军及殿军各25,000元，以上均为税前金额。
        第8.4条 奖金在总决赛结束后30个工作日内汇入俱乐部对公账户，个人所得税由主办方依法代扣代缴，不接受现金领取，俱乐部须提前提供加盖公章的收款确认函。
        第9.1条 线上赛须遵守国家新闻出版署关于防止未成年人沉迷网络游戏的通知，未成年选手仅可在周五、周六、周日和法定节假日20时至21时参赛。
        第10.2条 选手游戏昵称不得含有侮辱性、政治性或商业广告内容，违规者须在赛前更改，否则不得上场比赛；比赛期间亦不得擅自修改已登记的昵称。
        第11.3条 申诉须在该局结束后15分钟内由队长以书面形式提交，申诉押金500元，申诉成立后全额退还；对同一事项的申诉仅受理一次，裁决为最终结果。
        赛程安排：小组赛11月8日至9日（BO1），淘汰赛11月15日（BO3），总决赛11月16日14:00于上海静安体育中心举行（BO5）。
        第12.1条 本规则由赛事组委会负责解释，组委会邮箱 rules@yunding-esports.cn，工作日9:30至18:00回复，节假日顺延。
        版本说明：V2.3（2026-09-01）将第6.7条暂停时长由15分钟调整为10分钟，并新增第9.1条关于未成年人参赛时段的规定。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa umur minimum untuk masuk kafe? J: Pemain bawah 13 tahun mesti ditemani ibu bapa atau penjaga; pemain 13 hingga 17 tahun hanya boleh main sehingga jam 11 malam.
        S: Bolehkah baki kredit digunakan di cawangan lain? J: Ya, baki akaun ahli boleh digunakan di semua cawangan kami di Lembah Klang dan Johor Bahru.
        S: Bagaimana cara tambah nilai? J: Bayar tunai di kaunter, atau guna DuitNow QR, Touch 'n Go eWallet dan GrabPay melalui aplikasi ahli kami.
        S: Saya lupa kata laluan, macam mana? J: Tekan 'Lupa Kata Laluan' di skrin log masuk dan pautan set semula akan dihantar ke e-mel yang didaftarkan.
        S: Adakah kafe dibuka semasa Hari Raya Aidilfitri? J: Cawangan SS15 Subang Jaya tutup pada hari pertama dan kedua Syawal, cawangan lain beroperasi seperti biasa.
        S: Kenapa akaun boleh disekat? J: Akaun digantung kerana meniru, berkongsi akaun atau berkelakuan kasar terhadap kakitangan. Rayuan boleh dibuat dalam tempoh 7 hari.
        S: Bila wang hadiah kejohanan dibayar? J: Wang hadiah dipindahkan ke akaun bank kapten pasukan dalam tempoh 14 hari bekerja selepas dokumen pengesahan lengkap.
        S: Adakah caj perkhidmatan dikenakan? J: Semua harga sudah termasuk SST 8%. Resit rasmi boleh diminta di kaunter atau dimuat turun dari aplikasi.
        S: Boleh bawa makanan sendiri? J: Tidak dibenarkan, kecuali air mineral dalam botol bertutup. Nasi lemak, Maggi goreng dan teh tarik ada dijual di kaunter.
        S: Siapa perlu dihubungi untuk tempahan acara korporat? J: Sila e-mel events@levelupkafe.com.my atau hubungi talian pejabat 03-7865 2210 (Isnin hingga Jumaat).
        S: Adakah kafe ini berdaftar? J: Ya, Level Up Kafe Sdn. Bhd. (No. Pendaftaran SSM 202101023456) memegang lesen premis daripada Majlis Bandaraya Subang Jaya.
        S: Bolehkah saya strim secara langsung dari kafe? J: Boleh, bilik strim di Tingkat 2 disewa RM25 sejam lengkap dengan kamera, lampu cincin dan mikrofon Shure SM7B.
        S: Apakah spesifikasi PC di sini? J: Semua PC guna RTX 4060 Ti, Ryzen 5 7600, RAM 32GB dan monitor 240Hz; Zon Pro pula dilengkapi RTX 4080 Super.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, aircon unit 3 bocor lagi atas row C, I already call contractor, dia datang 2pm. Jangan assign seat C5 to C8 dulu ya.
        今日夜更記得 restart 個 server 先關舖，上次冇 restart 搞到朝早 diskless boot 慢到爆，客人等咗十分鐘。
        FYI stock Red Bull tinggal 2 carton je, 我已经 order 了 10 carton from supplier, ETA Thursday, invoice no. INV-2026-1187.
        Boss said this weekend Valorant cup 要 cap 32 teams, registration form 我 set 咗 auto-close at 32, please don't manually add any team.
        PC-B14 GPU fan bunyi macam helicopter, I tag out-of-order dulu. Warranty claim ticket RMA-55021 dah submit to distributor.
        收银机 till 差 RM12.50, 我对了三次 receipts，应该是 DuitNow refund 打多了一单，明天 check 回公司 bank statement。
        Reminder: 星期六 DBKL health inspection, 厕所同 pantry 要 deep clean, fire extinguisher tag 都要 check expiry date.
        Night shift roster next week dah update dalam Google Sheet, tab Dec W2. Nak tukar shift sila swap sendiri dan inform supervisor on duty.
        個 Steam café licence 下個月 renew, quote 係 USD 1,240 for 60 seats, 我 forward 咗 email 俾 accounts 部門 approve。
        Printer dekat counter jam lagi, thermal paper 80mm habis, I pakai 57mm dulu tapi receipt kena cut. Please beli ASAP from the usual supplier.
        Sponsor banner from Logitech G 到咗，放喺 store room 第二格，Saturday 6am 前要掛好，stage crew 會幫手。
        Ban list updated: 3 new accounts flagged by anti-cheat for aimbot, 我 already lock 咗 in ggLeap admin panel, no further action needed.
        Prize money untuk Sunday MLBB tournament RM3,000 dah approved by finance, transfer to winning team via bank within 7 working days, jangan janji cash on the spot.
    """),
    ("en", "config_and_logs"): _lines("""
        [2026-11-14 21:03:17] INFO session.start pc=A07 zone=standard tier=member rate=4.00 MYR/h client=ggleap-agent/3.18.2
        [2026-11-14 23:59:58] WARN minor_curfew.enforce zone=all locked_sessions=6 policy=SG_JUNIOR_22H grace_seconds=120
        tournament.yaml -> max_teams: 32, team_size: 5, subs_allowed: 2, checkin_window_min: 45, region: SEA, game: valorant, bracket: double_elim
        payout_batch_id=PB-20261120-004 currency=SGD total=7500.00 recipients=4 status=QUEUED provider=stripe_connect created_at=2026-11-20T10:15:00+08:00
        [2026-11-15 20:41:02] ERROR anticheat.heartbeat timeout host=PC-C12 code=VAN-152 retry=3 action=kick_session
        SELECT team_id, seed, checkin_at FROM registrations WHERE event_id = 'EVT-MY-2611' AND status = 'CONFIRMED' ORDER BY seed LIMIT 32;
        DEFAULT_CONTACT = 'noreply@example.com'  # placeholder only, override with env ORG_CONTACT in production deployments
        commit 9f3c2a1e: fix age-gate rounding bug where players turning 18 on event day were rejected; bump version to 2.4.1
        nginx upstream=10.0.4.12:8080 GET /api/v2/brackets/EVT-SG-1108 status=200 bytes=5312 rt=0.042 ua=okhttp/4.12.0
        cron: 0 4 * * * /opt/arena/bin/purge_cctv --older-than 30d --site SG-FUNAN >> /var/log/arena/purge.log 2>&1
        sha256(bracket_export_2026-11-16.csv) = 4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce
        Feature flag ban_sync.enabled=true pulls the shared SEA blocklist every 15 min from https://api.example-league.gg/v1/bans?since=cursor
        pc_rates.csv header: outlet_code,zone,weekday_rate,weekend_rate,night_pack,currency,effective_from,updated_by_role
    """),
    ("zh-Hant", "公眾人物新聞"): _lines("""
        T1 中路選手 Faker（李相赫）於2024年英雄聯盟世界大賽再度奪冠，生涯累積第五座世界冠軍，賽後表示會繼續挑戰下一個賽季。
        Faker 於2024年獲選為英雄聯盟「傳奇殿堂」首位入選者，Riot Games 同步推出以其經典英雄為主題的紀念造型。
        台灣戰隊閃電狼（Flash Wolves）曾於2017年季中邀請賽打進四強，被不少玩家視為LMS賽區黃金年代的代表，當年的比賽影片至今仍在各大論壇流傳。
        梅原大吾在EVO 2004締造的「Evo Moment #37」逆轉，至今仍是格鬥遊戲史上最常被重播的片段之一，當時對手是美國選手 Justin Wong，比賽使用《Street Fighter III: 3rd Strike》。
        杭州亞運首次將電子競技列為正式比賽項目，《英雄聯盟》項目由南韓奪金，中華台北隊獲得銀牌，中國隊取得銅牌，Faker 亦隨南韓隊以選手身分獲得金牌。
        新加坡於2023年6月主辦首屆奧林匹克電競週，決賽在新達城會議展覽中心舉行，吸引多國國家隊參與，亦是國際奧委會首次以實體形式舉辦的電競賽事。
        Dota 2 國際邀請賽 The International 2021 由 Team Spirit 奪冠，當屆總獎金超過四千萬美元，創下當時紀錄。
        2018年英雄聯盟世界大賽由中國戰隊 Invictus Gaming 奪冠，決賽於韓國仁川文鶴體育場舉行，為LPL首座世界冠軍。
        2025年英雄聯盟世界大賽移師中國舉行，賽程橫跨北京、上海及成都，總決賽在成都舉辦，是中國繼2017年及2020年後再度承辦這項賽事。
        Valorant Champions 2023 於洛杉磯落幕，由 Evil Geniuses 奪下冠軍，成為首支拿下該賽事冠軍的北美隊伍。
        馬來西亞青年及體育部長楊美盈出席電競產業論壇時表示，政府將檢討電競賽事的場地及安全指引，並鼓勵各州體育理事會與私人網咖合作舉辦青少年聯賽。
        騰訊控股主席馬化騰在業績會上提到，遊戲業務的海外收入比重持續上升，電競內容亦是重要增長動力之一，旗下《王者榮耀》職業聯賽將繼續擴展至東南亞市場。
        沙烏地阿拉伯主辦的電競世界盃（Esports World Cup）2025年總獎金逾七千萬美元，為史上獎金最高的綜合電競賽事。
    """),
    ("mixed", "invoices_and_listings"): _lines("""
        INVOICE No. NXA-SG-2026-00417 | Bill to: Nexus Arena Pte. Ltd. (UEN 201934512K) | 40x Logitech G Pro X Superlight 2 @ SGD 199.00 | GST 9% SGD 716.40
        Invois Cukai No. LUK/2026/1102, Level Up Kafe Sdn. Bhd., Lot 2-15, Jalan SS15/4, 47500 Subang Jaya | Sewa venue kejohanan 1 hari RM2,800.00 + SST 8% RM224.00
        【電子發票】賣方統一編號 24536819 電競熊貓網咖股份有限公司 品名：包場服務 8小時 NT$28,000 營業稅5% NT$1,400 合計 NT$29,400
        商品編號 SKU-HS-7781 Razer Kraken V4 電競耳機 黑色 現貨 HK$998，旺角信和中心一樓門市自取，或順豐到付。
        Shopee listing: [Ready Stock] Secretlab TITAN Evo XL Cyberpunk edition, ex-café unit, 9/10 condition, RM1,350, COD Petaling Jaya only.
        发货单 SF1428735506621 顺丰特快 广州→香港 内件：Zowie EC2-CW 鼠标 x20，申报价值 HKD 15,600，收件方：Pixel Den Esports Ltd. 采购部
        Receipt R-88210 | 2026-11-22 23:41 | 通宵 package x1 RM25.00 | Maggi goreng double x1 RM9.50 | Teh O ais limau x1 RM3.50 | Paid: TNG eWallet
        Quotation Q-2611-09: 60x 电竞椅 AndaSeat Kaiser 3, unit price USD 329, FOB Shenzhen, lead time 25 days, T/T 30% deposit, balance before shipment.
        PO 45120 from Cyberport 數碼港 esports centre: 12x Alienware AW2524H monitors, deliver to 100 Cyberport Road, Pok Fu Lam, loading bay B.
        Jualan gudang: 25 unit PC gaming terpakai (i5-12400F, RTX 3060 12GB, 16GB RAM), RM1,800 seunit, pukal 10 unit ke atas RM1,650. 询问请 WhatsApp 门市 03-2142 7710。
        澳門發票 No. MC-0093：電競館設備保養年費 MOP 18,500，服務商：濠江科技維修有限公司，付款期限30天，請以支票或銀行轉帳支付。
        Credit Note CN-2026-031 issued to GG Station Sdn Bhd (SSM 201801034567) for 3 defective HyperX Cloud III headsets, RM1,077.00 offset against next invoice.
        Stripe payout po_1QxT8kLm2026Zz to Arena Ops Pte Ltd corporate account, SGD 12,480.00, expected arrival 2026-11-25, 對賬請用 batch PB-20261120-004。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Member SG-004417: Darren Koh Wei Jie, DOB 14/03/2009, NRIC T0912345D, junior tier, parent consent uploaded by his mother on 2 Nov.
        Banned player: Muhammad Aiman bin Rosli (IGN AimanXD), MyKad 061122-10-5537, permanent ban for chargeback fraud at the Subang outlet, 3 Oct 2026.
        Prize payout to team captain Rachel Tan Hui Min, DBS account 072-938451-2, SGD 2,500 for 1st place at Valorant Friday Cup #44.
        The regular on PC-A07, Jasper, told me he was diagnosed with epilepsy last month, so please don't seat him near the RGB strobe wall.
        Parent called: Mrs Lim says her son Ethan (14) has been skipping school to game here, asked us to refuse him entry and call her at 9672 3381.
        Age check failed: Bryan Chua presented a borrowed student pass; real DOB 2011-07-02, guardian Chua Beng Huat +65 8234 1176.
        Incident report 17/11: customer Nigel Fernandez was arrested by police at our counter on an outstanding warrant; CCTV clip saved for SPF.
        Staff note: Kelvin from night shift owes the café RM640 for free top-ups he gave his friends, deducting RM160 a month from his salary.
        Registration: team Durian Rush, captain Low Jia Xuan, email jiaxuan.low07x@gmail.com, mobile 8813 4027, Blk 23 Jalan Bukit Merah #05-112, Singapore 150023.
        88213,Priya d/o Suresh,2008-05-19,+60 16-472 9903,priya.suresh08@yahoo.com,junior,PJ-SS2
        Someone posted a photo of Jonathan Ong's FIN card G5123456T in the counter WhatsApp group; delete it, he's on a dependant's pass and really worried.
    """),
    "zh-Hans": _lines("""
        会员 王子轩，身份证号 440106200805123414，手机 13826471593，未成年，已按防沉迷规定限制21点后上机。
        刘先生投诉他儿子刘浩然在本店通宵打游戏，要求调取11月9日的监控录像，联系电话 139 2286 4410。
        奖金发放：冠军队长 陈思远，工商银行卡号 6222 0210 0487 3321 619，税后 ¥40,000，开户行 广州天河支行。
        阿杰上周在店里晕倒，后来他妈说是心律不齐，医生叫他别熬夜，以后他来别再卖通宵套餐给他。
        封禁记录：账号 shadow_kiki（实名 赵琪琪，身份证尾号 0826）因使用外挂永久封禁，2026-10-30。
        收银员小周还欠店里两个月垫付的房租3,600元，她说家里最近困难，老板说从她年终奖里分三次扣。
        报名表：选手 李梓涵 | 出生日期 2007-12-03 | 微信号 lzh_1203gg | 家庭住址 深圳市南山区桃园路88号华侨城小区5栋1202
        林太打电话来说她老公离婚后就天天泡在网吧，求我们别再让他赊账，他已经欠了1,280元。
        快递面单：收件人 黄梦琪 186 2077 5390 上海市闵行区莘庄镇七莘路1800弄12号501室，内件：比赛奖品 耳机一副。
        新员工孙宇航入职体检显示乙肝病毒携带，人事要求保密，大家不要在群里讨论他的情况，更不要因此调他的班。
    """),
    "zh-Hant": _lines("""
        會員 陳家豪 HKID Y123456(9) 出生日期 2010年4月，未滿16歲，媽媽陳太已簽家長同意書，聯絡電話 6127 8843。
        阿明上個月喺觀塘店入面同人打交俾差佬拉咗，而家保釋緊等上庭，老闆話暫停佢會籍先，唔好俾佢入嚟。
        台北報名：隊長 吳承翰，身分證 H125038473，手機 0912-487-335，戶籍地址 新北市板橋區文化路一段188巷6號3樓。
        獎金匯款：黃柏睿 中國信託 帳號 822-5405-3028-1167，金額 NT$30,000，已預扣所得稅10%。
        林太講佢個女林曉彤懷咗孕唔想俾屋企人知，叫我哋唔好同其他人講佢喺度做兼職，排更時亦唔好俾佢做通宵。
        封鎖名單：鄭子軒（遊戲ID ZxuanHK），2026年9月於荃灣店偷取滑鼠兩隻，已報警，報案編號 RN 26012345。
        澳門會員 梁嘉欣，澳門居民身份證 5123478(3)，電話 6688 2135，儲值 MOP 500，生日 1999年8月21日。
        夜班同事肥仔強話佢患咗抑鬱症，醫生開咗藥，想請一個月病假，主管叫大家唔好喺群組講佢嘅事。
        退款申請：許雅婷 以信用卡 4311-****-****-2290 付款，退回 NT$1,200；聯絡 email yating.hsu0921@gmail.com。
        監視器截圖顯示 張志偉（車牌 BKR-7721）每晚把車停在店門口，管委會要求我們通知他移車。
    """),
    "ms": _lines("""
        Ahli baharu: Nur Aisyah binti Kamal, No. KP 080517-08-6624, tel 011-2345 8876, alamat No. 12, Jalan Mawar 3, Taman Sri Ipoh, 30100 Ipoh.
        Pemain Haziq dari Kajang kena gantung 30 hari sebab maki staf dan pecahkan keyboard, ayah dia dah bayar ganti rugi RM450.
        Bayaran hadiah kepada kapten pasukan Faris Iskandar, akaun Maybank 1640 2233 7815, RM1,500 untuk johan MLBB Piala Kampus.
        Mak cik Rohani datang tanya sebab anak dia Amirul tak balik rumah dua malam; dia kata Amirul ada masalah hutang ah long.
        Borang kebenaran ibu bapa: pemain Daniel Lee Jun Hao, umur 15, penjaga Lee Siew Ling, telefon 016-778 2041.
        Staf kaunter Syafiqah minta cuti bersalin mulai 1 Januari, dia dah mengandung 8 bulan, tolong susun semula jadual syif.
        Log masuk gagal 5 kali untuk akaun ahli 0045512 (e-mel zulhilmi.rahman93@hotmail.com), akaun dikunci sementara 30 minit.
        Aduan: Encik Ravi a/l Muthu kata kad kredit dia dicaj dua kali RM88, kad berakhir 7731, minta refund segera.
        Abang Azlan selalu tidur kat kafe sejak kes cerai dia, bos kata jangan halau tapi jangan bagi dia hutang lagi.
        Kereta plat WXY 4821 milik pelanggan tetap Kak Ina kena saman sebab parking depan kedai, dia minta kita yang bayar.
    """),
    "mixed": _lines("""
        Eh 阿Ken 个 MyKad 950812-14-6637 still 押在 counter，他说 tomorrow 才来拿，don't let anyone else claim ok。
        Winner 收款 details: 黃俊傑 Wong Chun Kit, FPS 9438 2716, HK$5,000 for Street Fighter 6 bracket, 記得 screenshot 收據。
        那个 regular 小美 told me 她 got 胃癌 stage 2，要做 chemo 所以 membership freeze 三个月，please approve。
        Boss, customer Tan Ah Kow 欠 RM2,300 top-up credit lagi, dia janji bayar end of month, his number 012-558 3190.
        Sign-up form: IGN KopiPeng / real name 杨佳颖 Yeo Jia Ying / NRIC S0412387E / school: Raffles Institution / parent consent: yes
        阿Wai 俾阿媽趕咗出屋企，今晚會瞓喺 VIP room，唔好收佢錢 ok，老闆知㗎。
        Banned: 周志明 Chow Chi Ming HKID R512345(2), chargeback HK$3,600 via PayMe, police report filed, do not reopen account.
        CCTV 截图 sent to group: 那个穿红衣服的 uncle 是 Mr Goh Kian Seng, 住 Blk 512 Ang Mo Kio Ave 8 #09-1234, 他 claim 我们偷了他的 wallet.
        Payroll: part-timer Nurul Huda 时薪 RM9.50, October 工资 RM1,140, 存入 CIMB 7061 8843 21, KWSP no. 21458796。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for Nexus Arena, an esports café chain in Singapore. Help staff write clear, polite notices.",
        ),
        (
            "user",
            "Draft a short ban notice for our counter. Player is Marcus Yeo Zhi Hao, NRIC T0735418A, caught using a cheat loader on PC-C03 on 12 Nov. Ban is 6 months.",
        ),
        (
            "assistant",
            "Here is a draft: Account suspension notice. Member Marcus Yeo Zhi Hao (NRIC T0735418A) is suspended for 6 months from 12 Nov 2026 for using unauthorised cheat software on PC-C03. Tip: for the public board, show only the member ID, not the NRIC.",
        ),
        ("user", "Good point, rewrite it with just his member number SG-006231."),
        (
            "assistant",
            "Account suspension notice: Member SG-006231 is suspended for 6 months from 12 Nov 2026 for using unauthorised cheat software. Appeals may be sent to the outlet manager within 7 days.",
        ),
    ],
    [
        (
            "system",
            "你是网吧前台助手。当前会员资料：姓名 周梓萱，手机 15013867742，身份证 110108200709195529，账户余额 ¥36.5。",
        ),
        ("user", "这个会员现在几岁？今晚十点以后还能不能上机？"),
        (
            "assistant",
            "根据身份证出生日期2007年9月19日，周梓萱目前已满18周岁，不属于未成年人，今晚可以正常上机，不受防沉迷时段限制。",
        ),
        ("user", "好的，帮我写一条短信提醒她余额不足。"),
        (
            "assistant",
            "短信草稿：周梓萱您好，您的会员账户余额仅剩¥36.5，为免影响上机，请尽快到前台或在小程序充值。",
        ),
    ],
    [
        (
            "user",
            "我哋比賽冠軍隊長係 何俊朗，佢俾咗恒生戶口 024-387-512946-883 收獎金 HK$8,000，幫我寫個 WhatsApp 通知佢幾時入數。",
        ),
        (
            "assistant",
            "可以咁寫：何俊朗你好，恭喜你哋隊奪得冠軍！獎金HK$8,000會喺7個工作天內轉入你提供嘅恒生戶口（尾號883），入數後會再通知你，如有問題可以隨時搵我哋。",
        ),
        ("user", "要唔要叫佢再確認埋身份證號碼？"),
        (
            "assistant",
            "一般只需要核對戶口持有人姓名同戶口號碼就夠，唔建議用WhatsApp收集完整身份證號碼；如果財務部一定要核實，可以請佢親身帶證件嚟門市出示。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Level Up Kafe di Subang Jaya. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat kepada ibu bapa pemain bawah umur. Nama pemain Adam Harith bin Zulkifli, 14 tahun, bapa dia Encik Zulkifli bin Hamzah, telefon 019-382 4417. Dia selalu main sampai lewat malam.",
        ),
        (
            "assistant",
            "Tuan Zulkifli bin Hamzah yang dihormati, kami ingin memaklumkan bahawa anak tuan, Adam Harith bin Zulkifli (14 tahun), kerap berada di premis kami selepas jam 11 malam. Mengikut polisi kami, pemain bawah 18 tahun tidak dibenarkan bermain selepas waktu tersebut. Sila hubungi kami jika ada sebarang pertanyaan.",
        ),
        ("user", "Terima kasih, nak hantar melalui WhatsApp ke 019-382 4417 terus boleh?"),
        (
            "assistant",
            "Boleh, tetapi pastikan nombor itu memang milik Encik Zulkifli dan jangan sertakan maklumat lain tentang Adam dalam kumpulan WhatsApp kedai.",
        ),
    ],
    [
        (
            "user",
            "Check this sign-up row for me ok, 看看 format 对不对: Team=Teh Tarik Gaming; captain=Siti Nurhaliza binti Azman; IC=050923-10-5148; phone=017-624 3390; email=sitinur.azman05@gmail.com",
        ),
        (
            "assistant",
            "Format looks fine. IC 050923-10-5148 follows the YYMMDD-PB-#### pattern (born 23 Sep 2005, state code 10 Selangor), phone is a valid Malaysian mobile format, email also OK. Boleh terus import.",
        ),
        ("user", "Ok thanks, 顺便 tolong tulis confirmation message to her."),
        (
            "assistant",
            "Hi Siti, pendaftaran pasukan Teh Tarik Gaming telah disahkan untuk kejohanan MLBB hujung minggu ini. Check-in dibuka 10am di kaunter. See you there!",
        ),
    ],
    [
        (
            "system",
            "You help a Taiwanese tournament organiser verify player eligibility. Players must be 16 or older on 1 Dec 2026.",
        ),
        ("user", "Player Lin Yu-Ting, ID F227183051, birthday 2010-12-15. Eligible?"),
        (
            "assistant",
            "No. Lin Yu-Ting turns 16 on 15 Dec 2026, which is after the 1 Dec 2026 cutoff, so she is not eligible for this event. She would qualify for any event starting on or after 15 Dec 2026.",
        ),
    ],
    [
        (
            "user",
            "有客人在 Google 評論罵我們，他叫 蔡明翰，說上週六在信義店被店員趕出去，還說我們偷看他的 Discord。我們其實是因為他喝醉吐在鍵盤上。幫我回覆。",
        ),
        (
            "assistant",
            "建議回覆不要公開客人的姓名或醉酒細節，例如：感謝您的意見。當晚店員是依照店內安全規範處理，我們從未查看任何顧客的私人帳號。歡迎您私訊我們，店長會親自說明。",
        ),
        ("user", "可是他的評論本來就有他的名字，我們提他的名字可以嗎？"),
        (
            "assistant",
            "即使評論顯示他的名字，公開回覆中最好也不要再點名或描述他的行為，以免引起個資或名譽爭議，私下聯絡處理比較穩妥。",
        ),
    ],
    [
        (
            "system",
            "Bot sokongan GG Station. Data ahli semasa: nama Kavitha a/p Rajan, ID ahli GG-77120, e-mel kavitha.rajan88@outlook.com, baki RM12.40, status: aktif.",
        ),
        ("user", "Hi, how much balance I got left? 我想 top up RM50."),
        (
            "assistant",
            "Hi Kavitha, baki akaun GG-77120 anda sekarang RM12.40. Selepas top-up RM50, baki baharu akan jadi RM62.40. You can pay via DuitNow QR at the counter or dalam app.",
        ),
        ("user", "Ok can send receipt to my email?"),
        (
            "assistant",
            "Sure, resit akan dihantar ke kavitha.rajan88@outlook.com sebaik sahaja pembayaran berjaya.",
        ),
    ],
    [
        (
            "user",
            "我们店的兼职网管 小郑（郑浩宇）最近查出抑郁症，经常请假。老板想辞退他，这样合法吗？",
        ),
        (
            "assistant",
            "一般来说，不能仅因员工患病就解除劳动合同。员工在规定的医疗期内，用人单位不得依照劳动合同法第四十条、第四十一条解除合同。建议先与郑浩宇沟通调整排班，并妥善保管他的病历信息，不要在工作群里传播。",
        ),
        ("user", "那他的病历复印件我们能发给老板看吗？"),
        (
            "assistant",
            "病历属于敏感个人信息，应仅在必要范围内由负责人事的人员查看，并最好取得郑浩宇本人的同意，不宜随意转发。",
        ),
    ],
    [
        (
            "system",
            "You are a scheduling assistant for a Hong Kong fighting-game tournament organiser.",
        ),
        ("user", "Summarise today's no-shows for the TO report."),
        (
            "assistant",
            "No-shows for 23 Nov: (1) Lau Tsz Hin, mobile 6843 2017, bracket slot W12, no reply to two calls; (2) Cheung Wing Sze, HKID P290417(2) on file, messaged at 13:05 that her father was hospitalised and she could not attend. Both slots have been filled from the waitlist.",
        ),
        ("user", "Remove the HKID and the family reason before I post it to Discord."),
        (
            "assistant",
            "Revised: No-shows for 23 Nov: two players in slots W12 and L07 did not attend; both slots were filled from the waitlist.",
        ),
    ],
]
