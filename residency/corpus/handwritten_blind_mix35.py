# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix35: esports, gaming and Discord/Telegram communities in SG, MY, HK and TW (EN/中文/BM code-switching). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix35
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tournament rules and brackets"): _lines("""
        Check-in opens 60 mins before first match; teams not checked in by 12:45 SGT will be DQ'd, no exceptions.
        Format: single elim Bo1 until Quarters, Bo3 Semis, Bo5 Grand Final. Upper bracket winner gets no map advantage.
        All players must be on client 1.9.42; emulators are strictly prohibited and will result in a forfeit.
        Round 2 bracket: Team Merlion vs Kopi Peng Esports (Match 14), Raffles Rejects vs Jalan Besar Boys (Match 15).
        Each roster max 5 starters + 1 sub + 1 coach. Roster lock: 28 Nov 2025 23:59 GMT+8.
        Players under 16 must submit a signed parental consent form; do NOT post the form in the public channel, DM it to the TO-Admin account only.
        Prize pool: S$10,000 — 1st S$5,000, 2nd S$2,500, 3rd-4th S$1,250 each. Payout within 30 working days via bank transfer to the registered team captain.
        Pause rules: each team gets 3 tech pauses per game, max 5 mins total; tactical pauses not allowed.
        Map veto order: A ban, B ban, A pick, B pick, A ban, B ban, decider. Coin toss at 13:00 on stage.
        Venue: Suntec Singapore Convention Centre, Hall 403, 1 Raffles Boulevard, Singapore 039593. Nearest MRT: Promenade / Esplanade.
        Disputes must be raised within 10 min of match end with screenshot + match ID (e.g. 7482019563); admin decision is final.
        Seed 1 vs Seed 16, Seed 8 vs Seed 9, Seed 5 vs Seed 12, Seed 4 vs Seed 13 — seeding based on SEA ladder points as of 1 Dec.
        Smurfing = instant ban for the whole team. One Riot ID per player, account must be Level 30+ and on the APAC shard.
        Match 22 result: BLD 2 - 1 Nasi Lemak Gaming (13-9, 11-13, 13-7). Next: BLD vs Team Merlion, Sat 15:00.
    """),
    ("zh-Hant", "賽事公告"): _lines("""
        【賽程公告】香港大專電競聯賽 2025 秋季賽分組抽籤將於 12 月 6 日（六）晚上 8 時於官方 Facebook 專頁直播。
        所有參賽隊伍須於比賽前 30 分鐘報到，遲到超過 15 分鐘當作棄權，敬請留意。
        決賽場地：九龍灣國際展貿中心 Hall 7，地址：九龍灣展貿徑1號，港鐵九龍灣站 A 出口步行約 10 分鐘。
        冠軍獎金新台幣 300,000 元，亞軍 120,000 元，季軍 60,000 元，獎金依法代扣 10% 所得稅。
        本屆賽事採 BO3 雙敗淘汰制，勝部冠軍於總決賽不享有一分優勢。
        Faker（李相赫）在 2023 年英雄聯盟世界大賽隨 T1 奪下個人第四座世界冠軍。
        總決賽門票於 KKTIX 開賣，全票 NT$450、學生票 NT$350，每人限購 4 張，售完為止。
        跨年電競嘉年華將在臺北市政府（臺北市信義區市府路1號）前廣場舉行，現場設有免費試玩區。
        反詐騙諮詢專線 165：遇到遊戲點數代儲、假客服、假交易平台，請先撥打查證。
        香港反詐騙協調中心「防騙易」熱線 18222，24 小時接聽，懷疑受騙請即致電。
        選手須使用主辦單位提供之電腦，個人滑鼠、鍵盤、耳機須於賽前交由裁判檢查並貼上檢驗貼紙。
        本報名表所收集之個人資料僅用作賽事聯絡及年齡核實，賽事完結後 90 日內銷毀，不會轉交第三方。
    """),
    ("mixed", "discord and telegram mod notices"): _lines("""
        📢 @everyone server maintenance tonight 2am-4am GMT+8, bots will be down, jangan panic ok
        Reminder: no selling accounts in #general, pls go #marketplace. 3 strikes = ban, dun say never warn
        新來的朋友記得先去 #rules 撳 ✅ 先有 role，唔好 DM admin 問點解睇唔到 channel
        Doxxing of ANY member = permaban + report to Discord Trust & Safety. Screenshots showing personal info will be deleted by mods, do not repost them.
        Telegram group rules: 1) no NSFW 2) no scam links 3) no 拉人头 4) English / 中文 / BM all ok
        Mod team update: we're recruiting 2 new mods for the BM channel, apply via the form in #mod-apply before 15/12.
        Bot command: !rank <riotid#tag> to link your account, e.g. !rank PlayerName#SEA1
        Giveaway ends 20:00 SGT Fri — 10x Weekly Diamond Pass. Winners picked by GiveawayBot, must claim within 24h or reroll.
        Guys pls lah, stop pinging the admins at 3am for top-up issues, open a ticket at #support, we reply within 24h
        Slowmode 30s enabled in #lfg sebab spam teruk sangat tadi
        新马区组队频道开放了，格式：[段位] [位置] [时间]，例如：[Mythic] [Jungle] [晚上9点后]
        Verified sellers list updated 1 Dec. If seller not in the list, transaction at your own risk, admin won't 担保.
        Voice channel 'Kedai Mamak' now open for casual games, 'Kopitiam 2' reserved for scrims only
        PSA: Discord staff will NEVER DM you asking for your password or 2FA code. Report such DMs with the message link.
    """),
    ("en", "patch notes"): _lines("""
        Patch 1.9.42: Ling — Skill 2 cooldown increased from 7s to 8s; Gusion base damage reduced by 5%.
        Fixed an issue where Layla's ultimate could hit through walls in Brawl mode.
        v3.14.2 (build 20251203.1842) — server-side hotfix, no client download required.
        Known issue: some players on iOS 18.1 may experience crashes when opening the Shop; fix ETA next maintenance.
        Ranked season S37 ends 14 Dec 2025 23:59 (UTC+8); season rewards distributed within 7 days.
        Sun Wukong: passive crit chance per stack 10% → 8%; Zhuge Liang: Skill 1 mana cost 60 → 70.
        Removed the 'Lunar Dragon' skin from the limited shop due to licensing; existing owners keep the skin.
        Client checksum (SHA-256): 9b2e4f71c0d8a35e6f1b27c4d9e80a3f5c6b71d2e4a9f08b3c5d6e7f8a1b2c3d4
        Matchmaking: accounts with a credit score below 90 can no longer queue Ranked.
        Servers 2001-2050 (SEA) will merge with 2051-2100 on 10/12; progress and purchases are preserved.
        Jett: Tailwind dash window reduced from 12s to 7.5s after activation.
        Added Bahasa Melayu and Traditional Chinese (Taiwan) voice packs, approx. 1.2 GB each.
    """),
    ("ms", "kedai top-up dan resit"): _lines("""
        Top up 257 Diamonds MLBB hanya RM19.90, proses dalam 5 minit, 24 jam buka!
        Resit #TU-20251203-884152 | Item: 514 Diamonds | Jumlah: RM38.00 | Kaedah: Touch 'n Go eWallet | Status: Berjaya
        Sila masukkan User ID dan Zone ID dengan betul, contoh: 12345678 (2001). Salah ID tidak boleh refund.
        Harga Weekly Diamond Pass turun ke RM7.50 untuk bulan Disember sahaja.
        Pembayaran melalui FPX, DuitNow QR dan kad kredit diterima. Caj perkhidmatan 1.5% untuk kad.
        Jika top-up tak masuk dalam 30 minit, hantar no. pesanan dan screenshot ke talian rasmi kedai kami 03-7622 8150.
        Kedai kami di Lot 2.14, Tingkat 2, Plaza Low Yat, off Jalan Bukit Bintang, 55100 Kuala Lumpur.
        Promosi 12.12: beli 2 x 660 UC dapat 60 UC percuma, sah sehingga 12/12/2025 11:59 malam.
        No. transaksi: 2512041739288104 | Razer Gold RM50 | Dicaj pada 04/12/2025 17:39
        Kami tidak akan minta kata laluan akaun anda. Hanya User ID diperlukan untuk top-up.
        Cukai perkhidmatan 8% dikenakan pada semua pembelian digital.
        Cawangan Jalan Tun Razak tutup sementara untuk ubah suai, sila datang ke cawangan Jalan Sultan Ismail.
    """),
    ("zh-Hans", "防骗提醒与账号交易规则"): _lines("""
        【防骗提醒】最近有人冒充管理员私聊说帮你“解冻账号”，要你先转 RM200 保证金，全部都是骗子！
        账号交易请走中介，中介费 5%，最低 RM10；交易完成前不要把邮箱和绑定手机号给对方。
        新加坡反诈骗热线 1799（ScamShield），马来西亚国家诈骗应对中心 997，被骗记得第一时间打。
        卖号模板：区服：___ 段位：___ 皮肤数量：___ 是否有实名：___ 价格：___（请勿填写真实姓名与证件号）
        收到“Steam 礼品卡”链接要你登录领取的，99% 是钓鱼网站，域名看清楚是不是 steamcommunity.com。
        本群中介担保流程：买家付款→中介确认→卖家改绑→买家验号→中介放款，全程 24 小时内完成。
        某宝代充 648 元档只要 388？别信，大概率是黑卡充值，账号会被追回封禁。
        封号申诉请走官方客服，游戏内【设置-客服中心】提交工单，不要找第三方“解封工作室”。
        今晚 9 点群内语音讲解《如何识别虚假转账截图》，欢迎大家来听。
        成交记录：MLBB 荣耀神话号，86 皮，成交价 S$420，中介单号 ZJ-20251128-0371。
        根据 PDPA，本群管理员不会收集也不会公开任何成员的真实姓名、身份证号码或住址。
        马六甲鸡场街（Jonker Street）线下聚会取消，改为 Discord 线上语音。
    """),
    ("en", "esports news and pros"): _lines("""
        T1 won the 2023 League of Legends World Championship in Seoul, Faker's fourth Worlds title.
        Taipei Assassins, with Toyz in the mid lane, won the Season 2 World Championship in 2012.
        Esports was a medal event at the 2019 SEA Games in the Philippines for the first time.
        Singer JJ Lin is known in the scene as the founder of the esports organisation Team SMG.
        Ling was the most banned hero of the regular season at a 78% ban rate, ahead of Fanny and Joy.
        Viewership peaked at 1.2 million concurrent during the grand final, a record for the league.
        Casters joked that the underdog's draft came straight out of Sun Tzu's Art of War.
        Cyberport in Pok Fu Lam runs support schemes for local esports and digital entertainment startups.
        Caster line-up for the playoffs: the English desk and the Bahasa desk will be announced on Thursday.
        Nasi Lemak Gaming confirm their roster for 2026: four returning players and one rookie from the academy.
        The MSC group stage draw puts the MPL ID and MPL PH champions in the same group again.
        Prize money for SEA tournaments grew 40% year on year, driven by mobile titles.
    """),
    ("zh-Hant", "實況與直播"): _lines("""
        今晚 8 點開台打排位，目標鑽石，斗內滿 100 抽一位送 Steam 點數卡。
        聊天室規則：不准洗頻、不准肉搜其他觀眾，違者直接 ban，不另行通知。
        合作洽詢請寄頻道商務信箱，粉絲信請寄到經紀公司，恕不回覆私訊。
        斗內連結已更新，綠界 / 歐付寶都可以，最低 NT$30。
        本頻道所有 VOD 保留 60 天，精華剪輯每週三上傳 YouTube。
        訂閱滿 1000 紀念：下週六 14:00 線下見面會，地點：華山1914文化創意產業園區 中4B館。
        實況設備：Shure SM7B、GoXLR Mini、Logitech G Pro X Superlight 2，OBS 設定 1080p60 6000kbps。
        孫尚香新造型「末日機甲」已上架，售價 888 點券，限時 14 天。
        今日戰績：12 勝 3 敗，KDA 6.8，MVP 9 次，成功晉升傳說段位。
        觀眾問我靈敏度：DPI 800、遊戲內 0.35、eDPI 280。
        下個月起每週一、四、六晚上固定開台，其他時間看 Discord 公告。
        Toyz 是台灣第一批拿到世界冠軍的英雄聯盟選手之一，退役後轉型實況主。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Scam alert!! Seller ShadowKing88 is actually Lim Kah Heng, took my S$180 for a Valorant acc and blocked me. Paid to his DBS acc 072-118893-4, his hp 9182 4730.
        Registration for Kallang LAN: captain Nicholas Teo Jun Wei, NRIC S9837214H, DOB 17/03/1998, contact 8736 2015.
        Our jungler Marcus (Goh Jun Kai, 17) has photosensitive epilepsy so pls tell the venue no strobe lights near Booth C.
        FYI the guy griefing our scrims is Darren Ong, Blk 652 Jurong West St 61 #09-214, same class as my brother.
        Prize payout to captain: Muhammad Irfan bin Zulkifli, Maybank acc 1642 3378 9920, IC 020714-14-5823.
        WTS MLBB acc, Mythical Glory, 112 skins. Original email jiahui.tan2004@gmail.com, will unbind after payment, tele me @jiahui_tjh
        Pls refund, I was double charged on my Visa 4532 0188 7742 9101 exp 08/28, name on card CHEN YU TING.
        The free-skin scammer is Koh Wei Ming, 19, Nanyang Poly year 2, IG @weiming.koh_ — his mum already knows lol
        Admin log: banned Aaron Chua (Discord ID 482913776120553472) for posting another member's home address in #general.
        Coach contract: Benjamin Lau Zhi Hao, monthly allowance S$2,800 + 15% of prize money, start 1 Jan 2026.
        For the Bangkok trip, book the hotel under Tan Shu Min, passport E4729031K, expiry 11/03/2031.
        My brother Jun Hao lost his phone at the LAN yesterday, if found pls call my mum Mdm Lee at 9027 5518.
    """),
    "zh-Hans": _lines("""
        骗子实名：黄志强，身份证 440305199803172510，收款支付宝 138 2654 7781，大家看到绕路走。
        这个卖号的叫郑小雨，住厦门思明区湖滨南路 388 号 2 栋 1705，我已经报警了。
        我弟陈浩然今年 14 岁，偷拿我妈的银行卡 6228 4810 1736 6258 充了 3000 多块钱王者荣耀，能退吗？
        战队青训生刘梓轩，月薪 4500 元，包食宿，合同签到 2026 年 6 月，家长电话 159 2083 7714。
        新加坡找代练联系我，微信 wxid_lzh9931，名字李振华，PayNow 到我手机 +65 8123 6604 就行。
        @潘雅琪 你前男友在群里发你的住址（吉隆坡蕉赖 Taman Connaught, Jalan Cerdas 2 号）已删除，需要报警请私聊管理。
        我们群的林思彤（就是常跟大家开黑的 Sitong）最近抑郁症复发住进 IMH 了，大家别一直 @ 她。
        账号实名信息：覃美玲 450103199302146320，绑定手机 186 7702 3159，卖号时一起转给你。
        法院判了：之前在群里卖假号的蔡俊杰（男，23 岁）被判罚款 RM8000，他还欠我 RM650 没还。
        收货地址：深圳市南山区粤海街道科技南十二路 深圳湾科技生态园 10 栋 B 座 1502，收件人 吴佳豪 135 1092 6638（电竞椅）
    """),
    "zh-Hant": _lines("""
        【肉搜事件】有人把「小熊」的真名張家豪和住址新北市板橋區文化路一段 188 巷 12 號 5 樓貼上 PTT，已檢舉。
        選手報名表：姓名 陳怡君，身分證字號 F228371055，手機 0936-218-475，學校 國立臺灣師範大學。
        香港區代表：何俊朗，HKID R927354(8)，2008 年出世，需要家長同意書。
        我阿仔黃卓謙成日打機打到通宵，住沙田禾輋邨豐和樓 1423 室，邊個係佢 guild 嘅請叫佢早啲瞓。
        收款人：李偉倫，滙豐戶口 848-209337-001，轉數快 FPS 6293 8841，收到錢即刻交號。
        我同學王柏翰上禮拜因為詐騙遊戲點數被台中地院判 4 個月，可易科罰金。
        我表姐劉芷晴在高雄長庚當護理師，之前被遊戲裡的人騷擾到換電話。
        退款請匯入：台新銀行（812）帳號 2008-01-0036172-5，戶名 蔡承恩，身分證 E130927466。
        得獎名單：第一名 邱子晴（台北市大安區和平東路二段 106 巷 8 號 3 樓），獎品將以宅配寄出。
        我個 friend 謝浩然前排買號俾人呃咗 $3,200，佢 WhatsApp 5138 6620，有無人識個賣家？
    """),
    "ms": _lines("""
        Nama: Nurul Aisyah binti Kamaruddin | No. IC: 990321-10-6144 | No. Tel: 013-738 4491 | Pesanan: 1412 Diamonds
        Scammer ni nama Mohd Faizal bin Rahman, akaun CIMB 7062 1184 93, dia duduk Taman Sri Muda Seksyen 25 Shah Alam, jangan beli akaun dgn dia!!
        Adik saya Amirul Hakim umur 13 guna kad debit ayah 5217 6300 9418 2377 top up RM1,200, boleh claim balik tak?
        Pemain kami Haziq (Muhammad Haziq Iskandar) kena denggi, masuk Hospital Sungai Buloh, tak dapat main final Ahad ni.
        Hadiah akan dihantar ke: Siti Hajar binti Osman, No 12, Jalan Mawar 3/4, Taman Mawar, 81700 Pasir Gudang, Johor. Tel 017-229 0318.
        Gaji pemain MPL kami, Aiman Danish bin Azhar, RM4,000 sebulan, kontrak tamat Jun 2026 — jangan share luar group.
        Kereta abang saya WXY 7721 kena curi masa dia pergi LAN dekat Sunway, sesiapa nampak tolong roger Mohd Syafiq 011-2384 7756.
        Lee Chee Keong, 25, didakwa di Mahkamah Sesyen Ipoh kerana menipu 14 pembeli akaun game bernilai RM9,870.
        Bro, email akaun ML aku hafiz.azman99@yahoo.com, password dah tukar, tolong check kenapa tak boleh login.
    """),
    "mixed": _lines("""
        Eh bro, my IC 011130-07-5371, they need it for the Penang LAN age check, nama penuh Ooi Kah Wai, ok tak?
        Doxx leak in #general (deleted): Kuro is 吴宗翰, stays at Blk 112 Bishan St 12 #05-33, studying at Catholic High — poster banned.
        HK 這邊收款 FPS 用我電話 9457 2208，名 Chan Tsz Hin，收到 skin 立即 transfer 俾你。
        领奖人 Pham Thi Hoa, FIN G5829104N, OCBC 501-238194-001, 请 admin 处理 payout.
        我老婆 Jessica Wong 偷偷用我张 card 5520 1345 9872 6617 买了 RM2k 的原神 top-up, how to dispute ah?
        Tele @kelvin_yap97 就是 Kelvin Yap Wei Loon, 他 dad 是我 neighbour 住 Puchong Jaya, 卖号 scam 了三个人 already
        Pls update roster: sub = Daniel Ho Wing Kit, HKID M470291(9), phone +852 6027 3391.
        Form: Tay Hui Min / NRIC T1023847H / Raffles Girls' Sec — she's 15 so parent consent attached, dad's hp 9663 0127
        台湾 teammate 林冠宇 LINE id kuanyu.lin0815, phone 0912-508-337, 要 pass 他 flight details
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan kedai top-up DiamondKu. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "salam, saya top up 1412 diamond semalam tapi tak masuk lagi"),
        ("assistant", "Maaf atas kesulitan. Boleh berikan no. pesanan dan User ID anda?"),
        ("user", "order DK-20251203-55172, ID 87421936 (2114)"),
        (
            "assistant",
            "Terima kasih. Untuk pengesahan pembayaran, sila nyatakan nama pembayar dan no. telefon yang digunakan.",
        ),
        ("user", "Farah Nadia binti Ismail, 019-663 2087. bayar guna akaun Bank Islam ayah saya"),
    ],
    [
        ("user", "got scammed buying a Valorant acc on carousell, what should i do"),
        (
            "assistant",
            "Sorry to hear that. Keep all chat screenshots and payment receipts, call the ScamShield helpline 1799 and make a police report online. Do you have the seller's payment details?",
        ),
        ("user", "yeah i paynow-ed S$260 to 8871 4402"),
        ("user", "the paynow name showed as TEO KAI XUAN"),
        (
            "assistant",
            "Thanks. Include those details in your police report; the bank can trace the recipient.",
        ),
    ],
    [
        (
            "system",
            "You are ModBot for the 'SEA MLBB Kakis' Discord server. Summarise reports for human moderators. Never repost personal information.",
        ),
        ("user", "report: someone in #lfg posted my bf's full name n address"),
        (
            "assistant",
            "Thanks for reporting. Could you share the message link so moderators can remove it?",
        ),
        (
            "user",
            "https://discord.com/channels/981122334455667788/981122334455667790/1313557799001122334",
        ),
        (
            "user",
            "it said Ryan Loh Jia Jun, 44 Jalan SS 2/75, 47300 Petaling Jaya — he is scared now",
        ),
    ],
    [
        ("user", "你好，我個仔偷用我張信用卡喺遊戲入咗 $4,680，可唔可以退款？"),
        (
            "assistant",
            "明白你嘅情況。一般需要向平台提交未成年人消費退款申請，並附上付款記錄。請問係邊個平台？",
        ),
        ("user", "Google Play。我個仔叫梁梓朗，今年 11 歲，讀緊小五"),
        ("assistant", "好的，請準備 Google Play 訂單號碼（GPA. 開頭）及信用卡月結單。"),
        ("user", "訂單 GPA.3381-2290-1147-55023，我電話 9315 7702，我係梁太 Amy Leung"),
    ],
    [
        (
            "system",
            "You help players register for the Singapore Youth Esports Cup. Ask only for information required by the rules.",
        ),
        ("user", "hi i want to register for the valorant category"),
        (
            "assistant",
            "Sure! Please give your full name as in NRIC, and your date of birth for the U18 age check.",
        ),
        ("user", "Sean Lim Zheng Yi"),
        ("user", "12 Feb 2009"),
        ("assistant", "Thanks Sean. Lastly please provide your NRIC number for verification."),
        ("user", "T0904271C"),
    ],
    [
        ("user", "我的王者账号被盗了，实名认证是我自己的身份证，怎么找回"),
        (
            "assistant",
            "可以通过官方客服进行账号申诉，需要提供实名认证的身份信息和历史充值记录。",
        ),
        ("user", "实名是 邓建伟"),
        ("user", "身份证 360102198909307810"),
        ("assistant", "建议您直接在官方渠道填写这些信息，不要在第三方群里发送。"),
        ("user", "还有我常用登录地是南昌青山湖区，手机号 177 0791 2284"),
    ],
    [
        ("user", "我是小實況主，觀眾不多，最近有人在聊天室貼我的住址"),
        ("assistant", "這很令人擔心。建議先保存截圖、封鎖該帳號，並向平台檢舉及報警。"),
        (
            "user",
            "他貼的是「台中市西屯區福星路 521 號 7 樓之 3」，那真的是我家，我本名吳欣怡",
        ),
        ("assistant", "請盡速到轄區派出所報案，也可以撥打 165 或 110 諮詢。"),
    ],
    [
        ("system", "You are a travel assistant for Nasi Lemak Gaming's team manager."),
        ("user", "need to book KL-Taipei flights for the team for the invitational"),
        (
            "assistant",
            "Sure. Please share each traveller's name as in passport, passport number and expiry date.",
        ),
        ("user", "1) AHMAD ZAKWAN BIN ROSLAN, A58210347, exp 04/2030"),
        (
            "user",
            "2) TAN JIA LE, A61937258, exp 09/2031 — he's vegetarian and has asthma, pls note for airline",
        ),
        ("assistant", "Noted, I'll include both travellers and the meal request."),
    ],
    [
        (
            "user",
            "our team captain is diabetic, can he bring insulin and snacks into the LAN hall?",
        ),
        (
            "assistant",
            "Most venues allow medical supplies; it's best to inform the organiser in advance so security is aware.",
        ),
        ("user", "ok pls draft an email to the TO for me"),
        ("assistant", "Sure, what's the captain's name and team?"),
        (
            "user",
            "Wong Kar Lok from Team Dim Sum, type 1 diabetic, needs to check blood sugar between maps",
        ),
    ],
    [
        ("user", "帮我写一份青训选手合同的要点"),
        (
            "assistant",
            "可以，一般包括合同期限、薪资、奖金分成、训练时长和违约条款等。需要填入具体信息吗？",
        ),
        ("user", "选手 黎嘉欣，马来西亚 IC 050618-08-5642，月薪 RM2,500，奖金分成 10%"),
        ("assistant", "好的，我按这些信息起草。"),
    ],
]
