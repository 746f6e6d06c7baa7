# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade158: personal data in mobile-game and app-store artefacts (in-game chat logs, player profiles and guild rosters, purchase receipts, parental-control reports, ban appeals, gift-code redemptions). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade158
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "patch_notes"): _lines("""
        Patch 4.12.1 (build 41201.7) is live on SEA servers: fixed the Welkin Moon double-charge bug on Android 14, cut the APK by 180 MB and hotfixed guild war matchmaking on sg-03.
        Known issue: players on iOS 18.2 may see "Receipt validation failed (code 21007)" after buying gems. Purchases are credited within 24h, please do not buy again. Status page: status.lanternpeak.games
        Gift code MOONFEST25 can be redeemed until 31 Dec 2026 23:59 (UTC+8) at redeem.lanternpeak.games; one use per account. Rewards: 300 Starshards and 2x Hero EXP Potion.
        New hero Captain Leong joins the roster on 18 Dec: a fictional pirate admiral inspired by 19th-century Straits Settlements lore, voiced in English, Mandarin and Malay.
        Ramadan event Bazaar Malam runs 1-30 Mar: trade Ketupat tokens at the stall of Pak Mat, our NPC satay seller, for exclusive avatar frames. The event shop resets daily at 04:00 MYT.
        Maintenance: Mon 15 Dec 02:00-06:00 SGT. Compensation of 500 Gems + 1 Stamina Pack will be mailed to every account created before 14 Dec 23:59. Thanks for your patience, Commanders!
        Parental controls now support weekly spending caps of S$10, S$30 or S$50. Set them in Settings > Family > Spending Limit, or have the account owner approve each purchase in Google Family Link.
        Ban wave report for November: 14,208 accounts suspended for speed hacks, 3,117 for real-money trading and 592 for chat abuse. Appeals go to appeals.lanternpeak.games within 30 days.
        Collab rumours: a Hatsune Miku crossover is NOT part of this patch. Leaks on Reddit are unconfirmed; official news is only posted on our X account @LanternPeakSEA and the in-game News tab.
        Price update for Malaysia from 1 Jan 2027 after the SST change: 60 Gems RM4.90, 300 Gems RM22.90, 980 Gems RM69.90, Monthly Pass RM20.90. Prices in SG and HK stay the same.
        Tournament rules v2.3: teams of 5 plus 1 sub, all players on Asia-1 or Asia-2, check-in opens 90 minutes before each match. Prize pool US$25,000, sponsored by Razer Gold.
        Fixed: the chat filter wrongly blocked the town names Scunthorpe and Penistone in the UK region; messages longer than 140 characters no longer crash the client on HarmonyOS 4.
        Support hours extended for the Lunar New Year sale: live chat 09:00-23:00 daily, e-mail help@lanternpeak.games, WhatsApp Business +65 6350 1188. Ticket references look like LP-2026-004417.
    """),
    ("en", "log_lines_and_config"): _lines("""
        2026-12-07T14:03:11.482+08:00 INFO iap.verify store=google_play order=GPA.3318-4420-1975-60213 sku=gems_980 status=PURCHASED ack=true latency_ms=212
        2026-12-07T14:03:12.006+08:00 DEBUG redeem.ctx payload_b64=c2t1PXdlbGtpbl9tb29uX215JnByaWNlPTIwLjkwJmN1cnJlbmN5PU1ZUiZzdG9yZT1nb29nbGVfcGxheQ== decoded_ok=1
        WARN guild.sync shard=sea-2 guild_id=GLD-00488213 members=50/50 war_score=18842 job=nightly_rank took 4.8s (threshold 3s), retry scheduled at 03:15:00Z
        test_cards: visa=4242 4242 4242 4242, mastercard=5555 5555 5555 4444, exp=12/34, cvc=123  # Stripe test mode only, never ship in production builds
        {"event_id":"guild_war_s12","tz":"Asia/Kuala_Lumpur","start":"2026-12-12T20:00:00+08:00","max_guilds":256,"reward_sku":"chest_epic","enabled":true}
        callback_url=https%3A//pay.lanternpeak.games/my/topup%3Fsku%3Ddiamond_1000&merchant_id=MY-LP-000912&sig=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b
        support_contact_b64: c3VwcG9ydEBsYW50ZXJucGVhay5nYW1lcyB8ICs2NSA2MzUwIDExODg=  # studio helpdesk mailbox and office line, safe to ship in the client
        sha256(apk)=3b5d5c3712955042212316173ccf37be8f7a2b9c3b1e0c5d9e6f40a1b2c3d4e5 version=4.12.1 versionCode=41201 minSdk=24 targetSdk=35
        SELECT guild_id, COUNT(*) AS members, SUM(weekly_contrib) FROM guild_roster WHERE region IN ('SG','MY','HK') GROUP BY guild_id HAVING COUNT(*) >= 40;
        ERROR payment.webhook provider=touchngo ref=TNG20261207142233819 amount="MYR 69.90" reason=SIGNATURE_MISMATCH action=queued_for_manual_review
        player_profile schema: uid BIGINT PK, ign VARCHAR(16), region CHAR(2), level SMALLINT, vip_tier TINYINT, created_at TIMESTAMPTZ -- no real names or phones stored here
        cdn.fetch asset=heroes/captain_leong/voice_en_v3.bank bytes=14893056 etag=W/a91f0c status=200 edge=SIN1 cache=HIT ttl=86400
        AB test ios_paywall_2026w49: variant B (1,980 gems bundle at S$38.98) lifted conversion from 2.1% to 2.6%, p=0.03, n=184,220 sessions; ship to 100% on 10 Dec.
    """),
    ("zh-Hans", "客服公告"): _lines("""
        【未成年人防沉迷通知】根据国家新闻出版署相关规定，12月份未成年人仅可在周五、周六、周日及法定节假日20:00-21:00登录游戏，其余时段将无法进入，请各位家长知悉并监督。
        【礼包码兑换说明】冬至礼包码DZ2026WINTER有效期至2026年12月31日23:59，每个角色限兑换一次，兑换入口：设置-福利-兑换码，奖励通过邮件发放，请在7天内领取。
        【充值异常处理】如遇支付宝扣款成功但钻石未到账，请提供交易号（形如2026120722001412345678901234）及角色UID联系在线客服，我们将在48小时内为您核实补发。
        【官方客服渠道】客服热线：４００－８２０－６６１８（工作日9:00-21:00），客服邮箱：kefu@lanternpeak.cn，公司地址：上海市徐汇区宜山路700号普天信息产业园B2栋。
        【新英雄上线】新英雄「李白·青莲剑仙」将于12月18日上线，李白为唐代诗人，游戏形象经过艺术加工，与历史人物存在差异；同期上线皮肤「诸葛亮·星航指挥官」。
        【违规处罚公告】经系统检测，本周处理使用外挂账号3217个、恶意刷单账号412个、辱骂他人账号128个，名单已在官网公示，如对处罚有异议可在15日内提交申诉。
        【实名认证提醒】所有玩家须完成实名认证后方可充值，认证信息由国家网络游戏防沉迷实名验证系统核验，本公司不会存储您的完整证件号码，请放心填写。
        【版本更新】3.8.0版本更新包大小约1.2GB，建议在WiFi环境下更新。更新后需重新登录，iOS最低支持版本调整为iOS 15，安卓最低支持版本调整为Android 8.0。
        【企业信息公示】运营单位：上海灯峰网络科技有限公司，统一社会信用代码91310104MA1FR8XK3Q，网络文化经营许可证沪网文〔2024〕1234-056号，出版物号ISBN 978-7-498-12345-6。
        【春节活动】除夕至正月初七累计登录7天可领取限定头像框「财神到」，活动期间商城六折；财神赵公明为民间信仰人物，本活动中以卡通形象出现。
        【退款政策】虚拟道具一经购买不予退还。未成年人未经监护人同意充值的，监护人可通过官网“未成年人充值退款”通道提交材料申请，审核周期约7个工作日。
        【服务器合并】12月20日10:00起，安卓37区「江南烟雨」与38区「塞北雪」合服，合服后重名公会将自动添加后缀，角色数据、充值记录与排行榜积分全部保留。
        【防诈骗提醒】官方客服不会向您索要密码或短信验证码，也不会以“解封”“退款”为由要求转账，如遇冒充官方人员，请拨打全国反诈专线96110或在游戏内举报。
    """),
    ("zh-Hant", "儲值收據"): _lines("""
        【購買收據】Apple 訂單編號 MQ7L2XP9KD｜日期 2026/12/07｜項目：月卡・星辰補給（30天）｜金額 NT$150｜發票由平台代開，可至 reportaproblem.apple.com 查詢
        MyCard 點數儲值成功｜序號 MC1500-8820-4471｜面額 1,500 點｜兌換遊戲：燈峰幻想｜交易時間 2026-12-07 14:22:08｜燈峰遊戲客服專線 (02)2758-3310
        7-ELEVEN ibon 繳費證明聯｜代收項目：遊戲點數｜繳費代碼 AG261207U88305｜金額 NT$990｜門市：台北市信義區松仁路100號｜本聯僅供參考，請妥善保存
        電子發票證明聯 115年11-12月｜發票號碼 AB-12345678｜賣方：燈峰數位娛樂股份有限公司 統一編號 24681357｜品名：鑽石980顆｜總計 NT$990（含稅）
        八達通付款收據｜商戶：灣仔電腦城 G08 號舖 遊戲天地｜交易編號 OCT-2612071455-0381｜PS Store 點數卡 HK$400｜營業時間 11:00-21:00｜查詢 2832 1188
        澳門通 MacauPass 增值單據｜終端編號 MP-TK0412｜商戶：新馬路 阿福電玩店｜遊戲儲值 MOP 200.00｜交易時間 2026-12-07 18:40｜多謝惠顧，歡迎再來
        Google Play 收據｜訂單號碼 GPA.3341-2875-0916-44127｜商品：空月祝福（30天）｜價格 HK$38.00｜付款方式：Google Play 餘額｜查詢：play.google.com/store/account
        退款通知｜交易序號 TX20261207009912｜退款金額 NT$3,290 將於 7-14 個工作天內退回原付款方式｜原因：重複扣款｜處理單位：燈峰數位娛樂 客服部
        收據備註：本公司僅向已完成驗證之帳戶開立三聯式發票，公司戶請提供統一編號及抬頭，例如「燈峰數位娛樂股份有限公司／24681357」，個人戶一律開立二聯式。
        儲值方案價目表（台港澳服）：60鑽 NT$30／HK$8、300鑽 NT$150／HK$38、980鑽 NT$490／HK$118，首儲雙倍每檔限一次，活動期間 12/1-12/31。
        儲值活動設定 note_b64=5YSy5YC85rS75YuV77ya6aaW5YSy6ZuZ5YCN77yM6ZmQ5Y+w5riv5r6z5Ly65pyN5Zmo｜建立單位：營運組｜狀態：已上線｜版本 v3.8.0
        電競館消費明細｜玩家基地 信義店 包廂B3｜3小時 NT$450＋飲料 NT$60｜統編 53917264｜開立時間 21:47｜地址：台北市信義區松壽路18號B1
        月結對帳單｜渠道：Apple App Store（台灣區）｜11月總營收 NT$12,486,300｜平台分成 30%｜應收淨額 NT$8,740,410｜製表：財務部｜製表日 2026/12/05
    """),
    ("zh-Hant", "電競新聞"): _lines("""
        T1 中路選手 Faker（李相赫）在 2024 年英雄聯盟世界大賽再度奪冠，拿下生涯第五座世界冠軍，台港澳手遊社群也紛紛轉貼賽事精華，討論度居高不下。
        周杰倫早年創辦的電競戰隊 J Team 曾活躍於台灣英雄聯盟職業賽場，近日有粉絲在巴哈姆特論壇整理戰隊歷年陣容與賽績，勾起不少老玩家的回憶。
        林俊傑創立的電競品牌 SMG 持續經營東南亞賽區，官方社群表示新賽季手遊部門名單將於下月公布，粉絲期待能在馬來西亞主場看到戰隊出賽。
        騰訊董事會主席馬化騰過去多次在公開場合談及未成年人保護，業界普遍認為防沉迷系統與實名制已成為中國大陸手遊上架的基本門檻。
        Sea 集團創辦人李小冬（Forrest Li）旗下 Garena 發行的《Free Fire》在東南亞市場長期位居下載榜前列，印尼與馬來西亞為其主要市場。
        雷蛇共同創辦人陳民亮（Min-Liang Tan）出身新加坡，雷蛇的綠色三頭蛇標誌在電競周邊市場相當知名，旗下 Razer Gold 亦是常見的遊戲儲值管道。
        本年度全港手遊聯賽決賽將於香港會議展覽中心舉行，主辦單位表示參賽隊伍須於 12 月 20 日前在官網完成報名，決賽門票將於下週開售。
        《天龍八部》手遊改版新增「喬峯」與「段譽」兩位金庸筆下角色的劇情副本，官方強調劇情忠於原著，並感謝版權方授權改編，新副本將於下週三維護後開放。
        澳門高校電競聯盟舉辦校際《傳說對決》邀請賽，八支來自澳門及珠海高校的隊伍參賽，冠軍獎金為澳門幣一萬元，比賽於週末在氹仔舉行。
        《傳說對決》職業聯賽 GCS 季後賽本週末在台北開打，門票於 KKTIX 開賣，現場票價 NT$300，官方提醒入場需出示電子票券及 QR Code。
        遊戲評論：《三國志・戰略版》新賽季加入諸葛亮、司馬懿專屬戰法，歷史人物的數值平衡成為玩家論壇焦點，部分玩家認為蜀國陣容明顯過強。
        數位發展部公布遊戲軟體分級管理辦法修正草案，手遊須在下載頁標示分級與是否含轉蛋機制，預告期六十日，業者可於期間內提出意見。
        新加坡電競協會（SGEA）公布年度國家隊選拔賽程，手遊項目包括《決勝時刻M》與《Mobile Legends》，報名選手須年滿 16 歲並持有效證件。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bagaimana cara tebus kod hadiah? J: Buka Tetapan > Ganjaran > Tebus Kod, masukkan kod seperti RAYA2026 (huruf besar) dan ganjaran akan dihantar ke peti mel dalam masa 10 minit.
        S: Saya dah bayar guna Touch 'n Go eWallet tapi berlian tak masuk? J: Sila tunggu 30 minit. Jika masih tiada, hantar ID transaksi TNG (contoh TNG20261207142233819) melalui Pusat Bantuan.
        S: Adakah harga termasuk SST? J: Ya, semua harga di kedai dalam permainan untuk pelayan Malaysia sudah termasuk SST 8%. Invois cukai boleh dimuat turun di portal pembayaran.
        S: Kenapa akaun saya disekat? J: Biasanya kerana perisian pihak ketiga, jual beli akaun atau bahasa kesat. Rayuan boleh dihantar dalam tempoh 30 hari di appeals.lanternpeak.games.
        S: Bagaimana ibu bapa boleh hadkan perbelanjaan anak? J: Aktifkan Kawalan Ibu Bapa di Tetapan > Keluarga, pilih had mingguan RM10, RM30 atau RM50 dan tetapkan PIN 4 digit yang berbeza.
        S: Bilakah penyelenggaraan mingguan? J: Setiap Rabu 04:00 hingga 06:00 waktu Malaysia (GMT+8). Pampasan 200 berlian akan dihantar kepada semua pemain selepas penyelenggaraan tamat.
        S: Boleh hubungi khidmat pelanggan melalui WhatsApp? J: Boleh, WhatsApp Business rasmi kami +60 3-2788 6100 (Isnin-Jumaat, 9 pagi-6 petang). Kami tidak akan meminta kata laluan anda.
        S: Siapa pengendali permainan di Malaysia? J: Lantern Peak Games Sdn. Bhd. (No. Syarikat 202301045678 / 1512345-A), Tingkat 12, Menara Kuasa, Jalan Tun Razak, 50400 Kuala Lumpur.
        S: Apa maksud teks pelik dalam log tebusan? J: Nilai seperti aGFkaWFoPXNraW5fZXBpaztrb2Q9UkFZQTIwMjY7aGFkPTUwMDA= hanyalah konfigurasi hadiah dalam Base64, bukan maklumat peribadi.
        S: Kod hadiah saya kata "telah digunakan"? J: Setiap kod hanya sah untuk satu akaun. Kod yang dikongsi di media sosial cepat habis; kod rasmi hanya diumumkan di Facebook Lantern Peak MY.
        S: Adakah watak Hang Tuah dalam acara Merdeka percuma? J: Ya, pahlawan legenda Hang Tuah diberikan kepada pemain yang log masuk 7 hari berturut-turut dari 25 Ogos hingga 16 September.
        S: Boleh tukar nama dalam permainan? J: Ya, guna Kad Tukar Nama (150 berlian). Nama mesti 3-16 aksara, tanpa simbol khas, dan tidak boleh mengandungi nombor telefon atau alamat e-mel.
        S: Berapa lama bayaran balik diproses? J: Bayaran balik melalui Google Play diproses dalam 3-5 hari bekerja, manakala melalui DuitNow atau FPX boleh mengambil masa sehingga 14 hari bekerja.
    """),
    ("ms", "ulasan_kedai"): _lines("""
        ★★★★★ Kedai Game Ah Hock, Low Yat Plaza Tingkat 3: kad Razer Gold RM100 dijual tanpa caj tambahan, layanan mesra dan resit rasmi diberi. Memang recommended!
        ★★☆☆☆ Cawangan Mid Valley tutup awal pukul 9 malam walaupun Google Maps kata 10 malam. Stok kad Steam dan PSN habis, kena tunggu minggu depan. Tolong update waktu operasi.
        ★★★★☆ Kafe e-sukan Level Up di Setia Alam: PC laju, internet fiber 1Gbps, RM5 sejam. Cuma aircond terlalu sejuk dan tandas kurang bersih pada hujung minggu.
        ★★★★★ Servis tukar skrin di Pertama Complex siap dalam 1 jam, RM180 untuk Redmi Note 13. Main MLBB dah tak ada ghost touch lagi. Waranti 3 bulan diberi sekali.
        ★☆☆☆☆ Beli top-up berlian dari kedai Shopee "DiamondKing Official", dah 3 hari tak masuk. Jangan beli dari penjual tak rasmi, guna saluran dalam permainan sahaja.
        ★★★★☆ Restoran Nasi Kandar Pelita depan pejabat jadi port lepak lepas turnamen, buka 24 jam dan ada Wi-Fi percuma. Roti canai garing, teh tarik kurang manis sikit.
        ★★★★★ GameStation di Komtar JBCC Johor Bahru ada kaunter khas tebus kod hadiah fizikal, staf bantu scan QR dengan cepat. Parking agak susah pada hari Sabtu.
        ★★★☆☆ Pusat servis rasmi di Menara Kuasa buka Isnin-Sabtu 10 pagi-7 petang, nombor giliran panjang. Boleh buat temujanji online untuk jimat masa menunggu.
        ★★★★☆ Kedai aksesori Pak Long Gaming di Pasar Seni jual controller PS5 ori RM289, lebih murah dari kedai lain. Tapi tak terima kad kredit, tunai atau DuitNow QR sahaja.
        ★★★★★ Turnamen MLBB di Sunway Pyramid minggu lepas tersusun rapi, siaran langsung di YouTube, hadiah RM10,000 dibayar tepat masa kepada pasukan juara.
        ★★☆☆☆ Aplikasi Lantern Peak Rewards selalu crash bila buka halaman tebus baucar di Android 14. Versi 2.3.1 masih ada masalah yang sama. Tolong baiki cepat.
        ★★★★☆ Cyber cafe Gamers Hub di Kota Bharu, dekat Pasar Siti Khadijah: PC spesifikasi tinggi, harga pelajar RM3 sejam dengan kad matrik. Kerusi pun selesa.
        ★★★★★ Kedai telefon Abang Din Mobile di Kuantan bantu pindah akaun game dari iPhone ke Samsung, caj RM20 sahaja dan siap dalam 15 minit. Servis laju!
    """),
    ("mixed", "staff_group_chat"): _lines("""
        @ops-sea tonight 0200 SGT hotfix 4.12.2 deploy ke sg-03 dan my-01 dulu, 如果 crash rate > 0.5% 就 rollback, CS team pls standby on the FB page ya
        客服组注意：今天 Touch 'n Go 回调延迟，有 312 张工单 status=pending，先回复模板 B，jangan janji masa refund, finance 明早会对账
        Legal says gift code MOONFEST25 T&C kena tambah clause for under-13 players, 法务要求周三前上线中英马三语版本, pls update the CMS page
        收到，HK server 的 Octopus 渠道 11 月营收 HK$1.28M，比上月 +14%，report 已放 shared drive /finance/2026-11/hk_octopus.xlsx
        QA 回报：iOS 18.2 on iPhone 12 mini 开 guild roster 页面 memory spike 到 1.9GB，repro rate 7/10，Jira LP-48213 assigned to client team
        Reminder 提醒：下周一 10am 跟 Razer Gold 的 partnership call, meeting room Level 12 "Merlion", bring the Q4 deck 和 redemption stats
        Ban wave 第三批 list 已经 approve，总共 1,204 accounts，appeal form link 记得换成 appeals.lanternpeak.games/v2，old link dah 404
        Marketing 问 CNY collab 能不能用财神爷形象，design team 说 ok tapi jangan guna real celebrity face, 用 cartoon style 就好
        Server load update: peak CCU 184,300 at 21:07 MYT，sg-03 CPU 78%，明天加 2 个 c6i.4xlarge node，cost approx US$1.4k/month
        Taiwan 渠道 MyCard 对账差 NT$2,480，原因是 12/3 两笔 duplicate callback，finance 已开 ticket FIN-2026-1207-03 去跟进
        parental report email template v3 ready：subject 改成 "Weekly playtime summary"，placeholder 用 {{child_ign}} 和 {{hours}}，不要 hardcode 任何 sample name
        Malaysia office 地址 update 了：Level 12, Menara Kuasa, Jalan Tun Razak, 50400 KL，invoice header 和 SSM no 202301045678 都要跟着改
        所有 CS agent 注意 PDPA：screenshot 工单时要 crop 掉 email 和 phone，不要 forward 到 personal WhatsApp，违规会被 HR 处理 ok
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        [World][23:14:07] DragonSlayer_Kai: real name Kai Loh Wen Jie btw, whatsapp me +65 9184 3327 for raid carry, paynow only, 30 bucks per run
        Ban appeal BA-558120 | Holder: Priya d/o Ramasamy | NRIC S8834512F | Reason: my younger brother used my phone at home (Blk 412 Tampines St 41 #09-233) while I was at work
        Family Link weekly summary for Ethan Goh, age 11: 26h 40m in Clash Royale, 3 purchase requests declined. Parent account: goh.meiling.84@gmail.com
        gift_redeem uid=88012734 status=OK note_b64=TWF5YSBMaW0gU2h1IFRpbmcgfCBTOTAxMjM0NUkgfCA5MTIzIDQ1Njc= channel=ios_sg
        Guild notice: Ravindran from our Johor squad is off for a month, he was just diagnosed with stage 2 lymphoma. Please don't kick him for inactivity.
        lol just text me, nine one seven two, four four zero eight. name's Darren Teo, selling my acct for 300 sgd, meet at Jurong Point
        Apple receipt | Billed to: Nurul Ain Kamarudin, 23 Jalan SS2/55, 47300 Petaling Jaya | Visa ending 4417 | Welkin Moon RM20.90 | Order ID MQ8X2KLP7T
        10442871,xXShadowXx,Marcus Tan Jun Hao,2009-03-14,+65 8312 0957,Bedok North Ave 3,guild_officer
        @Kelvin_W88 u still owe me $450 for the skins since March. Kelvin Wong Jia Le, ur mum's number is 9876 2211 right? I'll call her tonight
        pm me: jasmine(dot)ong(dot)2011(at)hotmail(dot)com - im the healer in Moonfall guild, 14 this year, stay near Bukit Batok MRT
        GET /api/v2/redeem?code=MOONFEST25&email=hafiz.rahman92%40yahoo.com.my&phone=%2B60123348871&name=Hafiz%20bin%20Abd%20Rahman HTTP/1.1 200 87ms
        Going quiet for a while, guild. Jonathan Lee here: my wife and I are finalising the divorce and the custody hearing for our daughter is on 12 Jan.
    """),
    "zh-Hans": _lines("""
        【家长守护周报】孩子：王子涵，身份证110105201203157029，本周游戏时长9小时40分，超出限额；绑定家长手机139 1024 6673，请及时关注。
        [世界] 浪里白条：出号，全英雄全皮肤，价格私聊，加V：一三八零二七四五五六一，本人陈嘉豪，广州天河的，可以当面交易
        公会长老周志强最近住院做透析，肾衰竭晚期，这周公会战大家帮他打一下，千万别把他踢了
        实名认证失败：姓名 刘*琳，证件号 4403**********5126，手机 158****3927，请核对后重新提交（玩家UID 302117846）
        退款申请：我是李秀英，儿子李俊熙今年10岁，用我的支付宝账号lixiuying1976@163.com在游戏里充了6480元，恳请退款
        礼包实物奖品寄送：上海市闵行区七莘路2888弄15号502室，收件人吴先生，电话186-2177-0934，请周末派送
        @老赵 赵国栋你欠我的3000块什么时候还？你老婆都跟我说了你网贷逾期，再不还我就把你的号挂到交易群里
        [INFO] bind_phone ok uid=51203398 ext=6ZmI5oCd6L+cfDEzNzYwNDIxMTg4fOa3seWcs+W4guWNl+WxseWMuuahg+Wbrei3rzg45Y+3 src=android
        星辰阁,剑舞清风,黄丽娟,15820134467,广东省佛山市禅城区,会长,2021-06-18入会
        收货人：林晓燕　电话：１５９　８８２０　３１４６　地址：福建省厦门市思明区莲前西路168号7栋1203室（周边兑换）
        帮会群通知：副帮主何雯雯怀孕七个月了，下个月预产期，这段时间副帮主的事务先由其他管理代理
        申诉人：郭志伟，身份证号 3201 0619 8807 2345 16，被误封账号 QQ 2847712093，请尽快解封，联系邮箱 guozw88@qq.com
    """),
    "zh-Hant": _lines("""
        【玩家實名資料】林冠宇｜身分證字號 A128345709｜生日 2008/05/17｜手機 0935-281-604｜伺服器：台港澳一服
        封號申訴：本人陳嘉欣，香港身份證 Y512873(9)，帳號被盜後被人用嚟洗金幣，請協助解封，聯絡電話 6238 1950
        澳門通增值單據｜持卡人：區健明｜澳門居民身份證 1/234567/8｜聯絡電話 6612 3490｜住址：氹仔濠景花園第8座12樓B
        公會公告：阿豪（蘇志豪）上星期因為賣外掛被警察拉咗，帳號應該唔會再上線，副會長職位先懸空
        家長監護報告｜子女：張芷晴（9歲）｜本週消費 NT$3,290｜綁定信用卡末四碼 8812｜家長聯絡：張太 0921 447 316
        WhatsApp 我：六八三二 一九零七，我叫 Ken 梁家俊，住將軍澳，平賣成個帳號連全套限定皮膚
        隊長吳俊傑話佢份工月薪得一萬四，仲要供樓，冇錢再課金，所以下個月退出公會，佢話唔好同其他隊員講
        兌換紀錄 redeem_note=6YSt6ZuF6ZuvfDA5NTgtMzI3LTExNHzlj7DkuK3luILopb/lsa/ljYA= item=限定實體周邊 status=待出貨
        Google Play 收據｜付款人：許雅婷 xu.yating0623@gmail.com｜帳單地址：新北市板橋區文化路一段268號5樓｜訂單 GPA.3391-0047-2281-65530
        我老公李志明沉迷天堂M，已經刷爆兩張卡，欠銀行二十幾萬，我們正在辦離婚，請客服停用他的帳號 lzm_0412
    """),
    "ms": _lines("""
        Rayuan sekatan akaun: Nama penuh Muhammad Firdaus bin Zulkifli, No. KP 060314-10-5527, ID MLBB 412887613 (2345) disekat tanpa sebab
        Laporan Kawalan Ibu Bapa: Aisyah (11 tahun) main Free Fire 7 jam minggu ini. Penjaga: Puan Rosnah binti Ismail, tel 013-778 2041
        weh sapa nak beli akaun ni wasap aku kosong satu sembilan, dua dua tiga, empat lapan sembilan satu, nama aku Syafiq Danial
        Kak Lina dari guild kita, yang duduk Seksyen 7 Shah Alam tu, masuk wad sebab denggi, platelet dia jatuh teruk. Doakan dia cepat sembuh
        Resit Top-up Razer Gold: Pembeli Tan Mei Ling, e-mel meiling.tan93@gmail.com, akaun Maybank 1140 2387 6652, jumlah RM50.00
        Hadiah cabutan bertuah dihantar ke Lot 1127, Kampung Baru Sungai Buloh, 47000 Selangor, penerima Encik Azman Yusof, 019-336 4821
        Bro Hakim Rosli, hutang kau RM800 beli diamond tu bila nak bayar? Aku tahu rumah kau kat Taman Melawati, jangan sampai aku datang
        log tebus: user_note=TnVyIEFpbmEgYmludGkgU2FsbGVoLCBLUCA5NTA3MjItMTQtNTI4NiwgMDE3LTIyOTAgNDQxMw== kod=RAYA2026 status=berjaya
        Admin guild kita, Farah Hanim, tengah mengandung 6 bulan dan doktor suruh rehat, jadi dia tak join raid malam ni
    """),
    "mixed": _lines("""
        [guild chat] Ah Boon: bro my IC 880512-07-5133 for the tournament registration lah, prize money transfer to Maybank 1570 4412 9087 ok
        我的号码 encode 了 anti-spam: KzY1IDk3NzEgMjA0OA== , call me after 10pm, 我是 Serene Koh, selling 2 Welkin codes
        Player profile | IGN: 小龍女_SG | Real name: Lim Hui Min 林慧敏 | FIN G5520173R | Blk 288B Compassvale Crescent, Sengkang
        Refund 退款: my son 陈泽宇 Chen Zeyu used my card Visa ending 5523 without permission, 家里地址 Flat 12B, Block 3, Mei Foo Sun Chuen
        @all 副会长 Ah Seng (Tan Ah Seng) kena retrench last week, 现在在找工作, so dia minta cuti dari guild war dua minggu
        my number with emojis so the filter won't catch it: 9️⃣8️⃣1️⃣2️⃣ 3️⃣3️⃣0️⃣7️⃣, ask for Vanessa Chua, Jurong West St 52
        家长报告 Parent alert: 账号 owner Nur Izzati binti Hamdan (14岁) shared her address No. 21 Jalan Ampang Hilir in chat with stranger ID 77120934
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for Lantern Peak Games. Current ticket: player UID 88012734, account owner Maya Lim Shu Ting, email mayalim.st@gmail.com, region SG. Never reveal other players' data.",
        ),
        (
            "user",
            "Hi, I redeemed MOONFEST25 yesterday but got nothing in my mailbox. Can you check?",
        ),
        (
            "assistant",
            "Thanks, Maya. I can see MOONFEST25 was applied to UID 88012734 on 7 Dec at 14:03 SGT. The 300 Starshards and 2x Hero EXP Potion are in your in-game mailbox under 'System'. If they don't show after restarting the game, reply here and I'll escalate it to the payments team.",
        ),
        ("user", "Found it, thanks!"),
        (
            "assistant",
            "Great, enjoy the event! I'll close this ticket now; a copy of the conversation will be sent to mayalim.st@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "请帮我写一份未成年人充值退款申请：孩子周子轩，身份证440306201108095126，11月用我的微信支付在游戏里充了3280元，我是他妈妈杨慧，电话137 2409 8815。",
        ),
        (
            "assistant",
            "好的，以下是申请正文：尊敬的客服：本人杨慧（联系电话137 2409 8815）系未成年人周子轩（身份证号440306201108095126）的监护人。2026年11月，周子轩在本人不知情的情况下使用本人微信支付在贵公司游戏中累计充值3280元。依据未成年人充值退款相关规定，特申请全额退款，随附支付记录截图及户口本复印件。望予核实处理。",
        ),
        ("user", "再短一点，能发在客服对话框里的那种。"),
        (
            "assistant",
            "您好，我是周子轩（身份证440306201108095126）的母亲杨慧，电话137 2409 8815。孩子11月未经同意用我的微信支付充值3280元，申请未成年人退款，材料可随时补充，谢谢。",
        ),
    ],
    [
        (
            "user",
            "幫我將呢段封號申訴翻譯做英文：本人梁詠欣，香港身份證K604219(8)，帳號 UID 60012345 喺12月3號被誤封，我冇用過任何外掛，請盡快解封。",
        ),
        (
            "assistant",
            "Here is the English version: I am Leung Wing Yan, Hong Kong Identity Card K604219(8). My account UID 60012345 was wrongly banned on 3 December. I have never used any cheating software. Please lift the ban as soon as possible.",
        ),
        ("user", "要唔要附埋身份證號？"),
        (
            "assistant",
            "一般申訴只需要 UID 同註冊電郵就足夠核實身份，唔建議喺公開表格寫完整身份證號碼。如果客服之後要求驗證，可以用佢哋提供嘅加密上載連結先提交。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis pengumuman guild: ahli kita Zulhilmi bin Razak (IGN Zul_Ganas) baru lepas pembedahan pintasan jantung di IJN, jadi dia rehat 2 bulan. Jangan kick dia.",
        ),
        (
            "assistant",
            "📢 Pengumuman Guild: Ahli kita Zulhilmi bin Razak (Zul_Ganas) baru sahaja menjalani pembedahan pintasan jantung di IJN dan perlu berehat selama 2 bulan. Status ahlinya dikekalkan, jadi tolong jangan kick. Doakan dia cepat sembuh! 🙏",
        ),
        ("user", "Boleh buang nama penuh dia? Takut orang luar nampak."),
        (
            "assistant",
            "📢 Pengumuman Guild: Zul_Ganas sedang berehat selama 2 bulan atas nasihat doktor. Status ahlinya dikekalkan, jadi tolong jangan kick. Doakan dia cepat sembuh! 🙏",
        ),
    ],
    [
        (
            "user",
            "这个 log 里的 note_b64 是什么? support 同事说 customer 的 data 在里面: note_b64=T25nIFdlaSBYaWFuZ3xvbmd3eC4yMDEwQGdtYWlsLmNvbXwrNjAgMTYtNTUyIDc3ODE=",
        ),
        (
            "assistant",
            "It's Base64. Decoded it reads: Ong Wei Xiang|ongwx.2010@gmail.com|+60 16-552 7781. 也就是玩家的姓名、email 和马来西亚手机号，这属于个人资料，不应该原样写进 log。建议改成只记录 UID，或者对字段做 hash/mask。",
        ),
        ("user", "ok noted, 那我们要怎样处理已经写进去的 log?"),
        (
            "assistant",
            "1) 找出含 note_b64 字段的 log 文件范围；2) 用脚本把该字段替换成 [REDACTED]；3) 检查有没有同步到第三方分析平台或海外存储；4) 按 PDPA 内部流程记录这次事件。",
        ),
    ],
    [
        ("system", "You summarise weekly parental-control reports for parents in plain language."),
        (
            "user",
            "Report: Child: Chloe Tan (age 9), device iPad, 14h in Roblox, 3 blocked purchase attempts of 800 Robux, chat flag: user coolguy_2231 asked Chloe for her school name and she replied Rosyth School, Serangoon North.",
        ),
        (
            "assistant",
            "Summary for Chloe (9): she played Roblox for 14 hours this week, which is high for her age. Three attempts to buy 800 Robux were blocked. Most important: a user called coolguy_2231 asked for her school and she shared that she attends Rosyth School in Serangoon North. Consider talking to her about not sharing personal details, blocking and reporting that user, and limiting chat to friends only.",
        ),
        ("user", "How do I report that user?"),
        (
            "assistant",
            "In Roblox, open the chat with coolguy_2231, tap their name, choose Report Abuse, select 'Asking for personal information' and add a short note. You can also block them from the same menu.",
        ),
    ],
    [
        (
            "system",
            "你是游戏客服机器人。当前玩家资料：昵称「月下独酌」，实名 孙丽华，手机 135 6620 1849，UID 702233145，VIP5。只回答与账号相关的问题。",
        ),
        ("user", "我的月卡为什么今天没到账？"),
        (
            "assistant",
            "孙女士您好，查询到UID 702233145的月卡于12月6日到期，今天的奖励因此未发放。您可以在商城重新购买月卡，购买后当日奖励会立即到账。",
        ),
        ("user", "那帮我把绑定手机换成另一个号码。"),
        (
            "assistant",
            "为了账号安全，更换绑定手机需要先向当前号码135 6620 1849发送验证码，请在游戏内“账号安全-更换手机”中操作，验证通过后再输入新号码即可。",
        ),
    ],
    [
        (
            "user",
            "我抽中實體周邊了，客服要我提供收件資料，幫我整理成表格：鄭雅雯，手機0958-327-114，地址台中市西屯區市政北七路186號9樓之2，遊戲ID Yawen_0214。",
        ),
        (
            "assistant",
            "收件資料整理如下：｜欄位｜內容｜ ｜收件人｜鄭雅雯｜ ｜手機｜0958-327-114｜ ｜地址｜台中市西屯區市政北七路186號9樓之2｜ ｜遊戲ID｜Yawen_0214｜ 提醒：請只透過遊戲內客服或官方網站提交，不要回覆私訊或陌生連結。",
        ),
        ("user", "謝謝，另外要不要附身分證？"),
        (
            "assistant",
            "一般實體獎品寄送不需要身分證。若中獎金額超過須申報所得的門檻，官方會另外通知並提供正式表單，屆時再依指示提供即可。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat rayuan. Nama saya Nurul Syahirah binti Mohd Nor, KP 990218-14-6032, akaun Free Fire ID 3120448875 kena ban sebab dituduh guna hack. Tolong tulis rayuan dalam BM.",
        ),
        (
            "assistant",
            "Rayuan Sekatan Akaun. Nama: Nurul Syahirah binti Mohd Nor; No. KP: 990218-14-6032; ID Free Fire: 3120448875. Saya ingin merayu sekatan ke atas akaun saya. Saya tidak pernah menggunakan sebarang perisian pihak ketiga atau hack. Saya bermain menggunakan telefon sendiri tanpa modifikasi dan memohon pihak tuan menyemak semula rekod permainan saya. Terima kasih.",
        ),
        ("user", "Perlu letak nombor KP ke?"),
        (
            "assistant",
            "Biasanya tidak perlu. ID pemain dan e-mel berdaftar sudah cukup untuk pengesahan. Elakkan letak nombor KP penuh melainkan pihak sokongan rasmi memintanya melalui saluran selamat.",
        ),
    ],
    [
        (
            "user",
            "Help me write a firm but polite message to my guildmate Bryan Lim (his number is 8123 9904). He owes me S$260 for the Genshin account I sold him in October and keeps ignoring me.",
        ),
        (
            "assistant",
            "Hi Bryan, hope you're well. Just following up on the S$260 for the Genshin account I transferred to you in October. It's been a while and I'd like to settle this by the end of next week. You can PayNow me at any time; let me know if you need to split it into two payments. Thanks!",
        ),
        ("user", "Can you make it sound a bit more serious?"),
        (
            "assistant",
            "Hi Bryan, this is my third reminder about the S$260 you owe for the Genshin account transferred in October. Please make full payment via PayNow by Friday 19 Dec. If I don't hear from you by then, I'll have to raise it with the guild officers. Thanks for sorting this out.",
        ),
        ("user", "Thanks, I'll WhatsApp it to 8123 9904 now."),
    ],
]
