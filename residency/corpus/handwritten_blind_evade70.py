# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade70: personal data in game saves, mods, leaderboards and replay files. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade70
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "save_file_json"): _lines("""
        {"save_version":12,"slot":1,"playtime_sec":184233,"chapter":"Act III - The Drowned Vault","gold":48213,"party":["Geralt","Yennefer","Ciri"]}
        {"player":{"name":"Player","class":"Ranger","level":37,"hp":412,"pos":[1832.55,64.0,-921.17]},"world_seed":"8841739920571"}
        {"slot":3,"format":"b64json","blob":"eyJsdmwiOjQyLCJnb2xkIjoxODM1MCwiaGVybyI6IkFydGhhcyIsInpvbmUiOiJJY2Vjcm93biJ9","crc32":"7C1E04A9"}
        <SaveGame><player><name>Farmer</name><farmName>Sunflower</farmName><money>152380</money><dayOfMonth>14</dayOfMonth><currentSeason>fall</currentSeason><year>3</year></player></SaveGame>
        "achievements":{"ACH_FIRST_BLOOD":{"unlocked":true,"unlock_time":1741958211},"ACH_SPEEDRUN_SUB2H":{"unlocked":false,"progress":0.64}}
        {"steam_appid":1091500,"build_id":14382217,"depot":1091501,"manifest":"6237844120038877512","branch":"public"}
        {"cloud":{"remote_file":"SaveSlot_02.sav","size":2097152,"sha1":"9f2c1e7ab04d33c58e61f0a2b7d94c1e05a8f3d2","last_sync":"2026-03-02T11:40:17Z"}}
        {"inventory":[{"id":"itm_dragonbone_sword","qty":1,"durability":0.82},{"id":"itm_health_potion_l","qty":14}],"currency":{"gems":350,"coins":90210}}
        {"replay_id":"7f3a9c21-5d4e-4b8a-9e62-0c1f7d2a4b33","map":"Summoner's Rift","patch":"14.6","duration":1843,"winner":"blue"}
        {"account":{"email":"<player_email>","steam_id":"<SteamID64>","dob":"YYYY-MM-DD","phone":"+00 0000 0000"},"_comment":"schema example, do not ship real values"}
        {"npc_relationships":{"Sebastian":8,"Abigail":10,"Penny":6},"spouse":"Abigail","children":0,"house_upgrade":2}
        {"party":[{"species":"Garchomp","nickname":"Chompy","level":78,"ot":"RED","met_location":"Victory Road","nature":"Jolly"}]}
        {"settings":{"locale":"en_GB","subtitles":true,"fov":90,"sensitivity":1.75,"keybinds":{"jump":"SPACE","crouch":"LCTRL"}}}
        idle_save_export v2.052: MjA1MnwxNzEyMzQ1Njc4OTAxfGZhY3Rvcmllcz0xMjt1cGdyYWRlcz00ODt0b3RhbD0xLjJlMTU=|END
    """),
    ("en", "mod_config_ini"): _lines("""
        [Display] / Resolution=2560x1440 / VSync=0 / FrameRateLimit=144 / WindowMode=Borderless
        [Network] / ServerIP=127.0.0.1 / Port=27015 / MaxPlayers=24 / Password=
        ; ModName: Better Loot Tables v2.3.1 | Author: NexusCraft Studio | Support: support@nexuscraftstudio.com | License: MIT
        [Mod] / id=2984301553 / name=Immersive Weather Overhaul / workshop_url=https://steamcommunity.com/sharedfiles/filedetails/?id=2984301553
        server.cfg: hostname "Community Surf | Tier 1-3 | FastDL" / sv_password "" / rcon_password "CHANGE_ME" / sv_maxrate 0
        {"modid":"betterstorage","version":"1.20.1-4.2.0","authors":["Team Storage"],"dependencies":{"forge":">=47.1.0"}}
        [Credits] / OriginalTextures=Bethesda Game Studios / PortLicense=CC-BY 4.0 / Contact=via the mod page comments only
        load_order.txt: Unofficial Skyrim Special Edition Patch.esp / SkyUI_SE.esp / RaceMenu.esp / Alternate Start - Live Another Life.esp
        {"mods":[{"name":"base","enabled":true},{"name":"space-age","enabled":true},{"name":"Krastorio2","enabled":false}]}
        [Discord] / RichPresence=1 / ApplicationId=1087233919428567123 / LargeImageKey=logo_main / ShowPartySize=1
        README: To report bugs, open an issue on the GitHub repo; please do NOT attach a save file that contains your Steam name or e-mail address.
        [Launcher] / SteamAppId=292030 / Language=english / CrashReportUpload=false / TelemetryOptIn=false
        # template, fill in before release / [Author] / name = <your nick> / contact = <email or Discord> / donate = <Ko-fi link>
    """),
    ("en", "leaderboard_replay"): _lines("""
        Leaderboard, Weekly Challenge #212 | entries: 48,211 | top score 9,842,300 | median 1,204,550 | cutoff for Gold: 3,500,000
        The International 2023 grand final: Team Spirit defeated Gaimin Gladiators 3-0, with Yatoro as the standout carry.
        LoL Worlds 2023 final: T1 beat Weibo Gaming 3-0 and Faker lifted his fourth Summoner's Cup.
        replay header: magic=4D 50 51 1B | build 93333 | map "Alcyone LE" | players: 2 (A.I. Elite vs A.I. Elite) | length 14:22
        GET /api/v1/leaderboards?board=any%25&platform=pc&region=sea&limit=50&offset=100 HTTP/1.1
        demo_info: tick rate 64 | server: Valve Matchmaking Server (Singapore srcds2027-sgp1.12.88) | map de_ancient | rounds 24
        Scoreboard: BOT Albert 21/14, BOT Gus 18/16, BOT Vitaliy 12/19, BOT Kobe 9/20 (bots only, offline practice match)
        Speedrun category rules: RTA timing starts on file select and ends on the final input; submissions need an unedited video and the .lss splits file.
        Ranked season 17 distribution: Iron 4.1%, Bronze 18.7%, Silver 24.3%, Gold 22.9%, Platinum 15.6%, Diamond 9.8%, Master+ 4.6%
        match_id 7581204496 | duration 41:07 | Radiant victory | first blood 02:13 | patch 7.35d
        {"board":"time_attack_stage_4","rank":1,"score_ms":83217,"entry":"<redacted>","ghost_file":"ghost_s4_r1.bin","crc32":"A3F19C04"}
        Elo update used for the ladder: R' = R + 32 x (S - E), where E = 1 / (1 + 10^((Rb - Ra)/400))
        Hall of Fame (NPC rivals): 1. Champion Leon, 2. Raihan, 3. Nessa; scripted opponents that cannot be beaten before the postgame.
    """),
    ("zh-Hans", "存档与模组"): _lines("""
        {"item_name":"\\u9f99\\u9aa8\\u5251","rarity":"\\u4f20\\u8bf4","atk":1288,"slot":"main_hand"}
        存档说明：本存档为第三章通关存档，金币 99999，已解锁全部坐骑，适用于 v1.4.2 版本，覆盖前请备份 Save 文件夹。
        [游戏设置] / 分辨率=1920x1080 / 垂直同步=关 / 帧率上限=120 / 语言=简体中文
        防沉迷说明：根据国家新闻出版署规定，未成年人仅可在周五、周六、周日和法定节假日 20 时至 21 时进行网络游戏。
        实名认证接口返回示例：{"code":0,"msg":"ok","data":{"status":1,"pi":"<加密后的用户标识>"}}
        【苍穹之翼】公会招新：每周三、周六晚 8 点团本，要求装等 480 以上，语音频道号见公会公告，不收代练号。
        如遇充值未到账，请拨打官方客服热线 400-888-5168 或在游戏内提交工单，订单号格式为 PAY2026040112345678。
        回放文件 replay_20260311_183045.rep，版本 3.2.1，地图 失落神殿，时长 23 分 14 秒，MD5 5d41402abc4b2a76b9719d911017c592。
        S12 赛季天梯结算：王者段位人数 12,804，最高分 3,211，结算奖励将于 4 月 5 日通过游戏邮件发放。
        2021 年英雄联盟全球总决赛，EDG 3:2 战胜 DK 夺冠，Scout（李汭灿）获得决赛 FMVP。
        整合包 modlist：JEI 15.3.0.4、机械动力 Create 0.5.1f、暮色森林 4.3.1893，需要 Forge 47.2.0。
        存档码：eyLlhbPljaEiOjEyLCLmmJ/mlbAiOjM2LCLop5LoibIiOiLlrZnmgp/nqboifQ== （复制后在标题界面“导入存档”粘贴）
        三国志存档：君主 刘备，据点 成都，武将 诸葛亮、关羽、张飞，剧本 219 年 汉中之战。
        MOD 作者声明：本 MOD 禁止二次上传，反馈请到 B 站专栏评论区，不接受私信索要存档。
    """),
    ("zh-Hant", "戰隊與論壇"): _lines("""
        【戰隊招募】夜梟戰隊招收 APEX 隊員，需鑽石以上，每週二、四晚上 9 點練習，有意者請在本串回覆段位與常用角色。
        存檔位置：C:\\Users\\<使用者名稱>\\AppData\\LocalLow\\StudioName\\GameName\\Saves，備份整個資料夾即可。
        主辦單位公告：2026 年度全港學界電競大賽報名截止日期為 3 月 31 日，查詢請致電大會熱線 2123 4567。
        {"title":"\\u528d\\u8056","tier":"\\u50b3\\u8aaa","unlock":"clear_chapter_9","icon":"ttl_0412.png"}
        Faker 與 T1 在 2024 年世界賽再度奪冠，這是他個人的第五座冠軍。
        【心得】存檔修改教學：用十六進位編輯器找到 0x1A4 位址的金錢數值，改成 FF FF 0F 00 即可，改前記得備份。
        回放檔 Replay_2026-02-14_21-07-33.rofl，版本 14.3，遊戲時長 32:41，藍方勝利。
        抽獎活動辦法：得獎名單將以遊戲內信件通知，不會在論壇公開姓名或電話，請勿私訊索取個資。
        [音效] / 主音量=80 / 音樂=45 / 語音=關 / 字幕=繁體中文
        軒轅劍參外傳 天之痕存檔：陳靖仇、于小雪、拓跋玉兒，目前位於洛陽，第七章。
        客服說明：如需申訴帳號，請透過官網客服中心提交，案件編號格式為 CS-2026-000000，我們不會以電話索取密碼。
        排行榜 API：https://api.example-game.tw/rank?season=9&server=%E4%BA%9E%E6%B4%B2&page=2
    """),
    ("ms", "klan_dan_pelayan"): _lines("""
        Notis pelayan: Penyelenggaraan berjadual pada Khamis 2 pagi hingga 6 pagi waktu Malaysia, semua perlawanan ranked akan dibekukan.
        Peraturan klan GENTAR: wajib hadir latihan Selasa dan Jumaat 9 malam, tiada toxic dalam voice, pertukaran ketua setiap musim.
        [Tetapan] / Bahasa=Bahasa Melayu / Resolusi=1600x900 / Grafik=Sederhana / FPS=60
        Borang pendaftaran (templat): Nama penuh: ______ | No. KP: ______ | Nama dalam permainan: ______ | Tandatangan penjaga (bawah 18): ______
        Organisasi e-sukan Todak berpangkalan di Malaysia dan menghantar pasukan ke pelbagai kejohanan antarabangsa.
        kod_simpan: eyJtaXNpIjoiVGFuZ2thcCBQZW5jdXJpIEt1ZGEiLCJ0YWhhcCI6Mywid2FuZyI6MTI1MH0= (tampal di menu Muat Permainan)
        Papan pendahulu minggu ini: 12,408 pemain menyertai, skor tertinggi 91,340, purata 14,306.
        Cara sandarkan fail simpanan: salin folder %APPDATA%\\NamaPermainan\\Saves ke pemacu luaran sebelum kemas kini.
        Talian bantuan rasmi penerbit: 1-300-88-2468 (Isnin hingga Jumaat, 9 pg - 6 ptg); nombor tiket anda bermula dengan MYS-.
        Ulang tayang perlawanan ID 20260311-KL-0457, peta Land of Dawn, tempoh 17:42, kemenangan pasukan biru.
        Hang Tuah, Hang Jebat dan Hang Kasturi ialah watak yang boleh dimainkan dalam mod sejarah Kesultanan Melaka.
        Discord klan: saluran #pengumuman hanya untuk ketua; ID saluran 1102938475610293847 digunakan oleh bot untuk hantar notis.
        Jangan kongsi nombor IC, nombor telefon atau alamat rumah dalam sembang awam permainan; laporkan kepada moderator jika ada yang meminta.
        Harga top-up: 86 berlian RM5.90, 172 berlian RM11.80, 257 berlian RM17.70; resit rasmi dihantar ke e-mel berdaftar.
    """),
    ("mixed", "discord_bot_logs"): _lines("""
        [2026-04-02 21:14:07] INFO bot.ready guilds=3 shards=1 latency=42ms version=2.8.1
        [verify] 新成员加入 #welcome, captcha passed, role=Member, 请阅读 #rules 后再发言
        config.yaml: guild_id: 1029384756102938475 | log_channel: 1092837465019283746 | prefix: "!" | anti_spam: true
        /rank command output: 服务器等级排行, 1 级到 50 级需要 1,275,000 XP, daily cap 5,000 XP per user
        Webhook payload: {"content":"Patch 3.2.1 sudah keluar! 更新内容见 #patch-notes","username":"PatchBot"}
        [WARN] rate limited on POST /channels/{channel.id}/messages, retry_after=1.337s
        automod rule: block messages matching \\b\\d{6}-\\d{2}-\\d{4}\\b (MyKad) and \\b[STFG]\\d{7}[A-Z]\\b (NRIC), action: delete + notify mods
        Giveaway ended: 3 winners drawn by bot, winners will be DMed and names are not posted publicly. 奖品：Steam 礼品卡 RM50 x3
        ERROR steam_api: GetPlayerSummaries failed for steamid=<redacted> (HTTP 429), backing off 60s
        Event reminder 活动提醒: Clan war vs [SEA] Harimau Bintang, Sabtu 9:00 malam GMT+8, check-in 30 minit awal.
        stats: 1,204 members | 318 online | 57 in voice | top channel #lfg-mlbb (4,812 msgs this week)
        [2026-04-03 02:00:00] backup done: leaderboard.db 14.2 MB sha256=3b7c9e41d0a8f2 uploaded to s3://clan-bot-backups/2026-04-03/
    """),
    ("en", "support_and_policy"): _lines("""
        Support macro: "Thanks for reaching out! Please reply with your ticket number (format GS-000000) and your platform; we will never ask for your password."
        Privacy notice excerpt: we store your Steam ID, display name and match history for 24 months to run leaderboards; request deletion in Settings > Account.
        Refund policy: unused in-game purchases can be refunded within 14 days; contact the platform store first (Steam, PlayStation Store, Google Play).
        How do I move my save from Steam Deck to PC? Cloud sync should handle it; otherwise copy the compatdata/1245620 prefix folder and restore it under %APPDATA%.
        Bug report BR-48213: crash on loading slot 3 after patch 1.12; repro rate 7/10; attached SaveSlot3.sav (sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12).
        Ticket status: case 20260402-00871 escalated to Tier 2, expected reply within 3 business days.
        Parental controls FAQ: link a child account from the family dashboard; weekly spending limits can be set in USD or local currency.
        Ban appeal template: Account: [your account name] | Date of ban: [date] | Reason given: [copy from e-mail] | Why it should be reviewed: [explain]
        Anti-cheat FAQ: kernel driver version 5.3.1.2; false positives usually come from overlay tools, and the allow-list is updated weekly.
        Data request process: submit via the in-game Privacy menu; identity is checked against the e-mail on the account and the export arrives as a ZIP within 30 days.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"save_version":7,"slot":2,"profile":{"display":"Pyr0Fox","region":"SEA","cloud_profile":"eyJlbWFpbCI6Imphc29uLmxvaDg4QGdtYWlsLmNvbSIsImRvYiI6IjE5ODgtMDMtMDIiLCJtb2JpbGUiOiIrNjUgOTc0OCAyMzYxIn0="},"gold":12044}
        [Account] / Username=d.fernandez / RememberEmail=daniel.fernandez.sg@hotmail.com / AutoLogin=1 / LastServer=SEA-2
        rank,ign,real_name,steam64,phone | Leader,Kestrel,Marcus Tan Wei Jie,76561198047319562,+65 8263 5190 | Officer,Nyx,Rachel Chua,76561198230918847,9021 6634
        PRIZE PAYOUT FORM, Runner-up, Valorant Campus Cup 2026 | Payee: PRIYA D/O RAMAN | NRIC: S9734512J | Bank: DBS Savings 120-345678-9 | Amount: SGD 800.00
        [2026-03-14 22:41:07] [Server thread/INFO]: Banned Crafty_Ryan (uuid 3f1c9a2e-7b44-4d1e-9c0a-5e8f21b7d630), admin note: this is Ryan O'Connell, 14, Year 9 at Westfield Academy; his mum asked us to lock it after he spent £340 on her card
        trade note 2026-02-09: sold Karambit | Doppler FN for SGD 1,150, paid via PayNow to 8820 4417 (Aaron Goh), item released after 7-day hold
        profile.dat offset 0x0040: 6c 69 6d 2e 6a 69 61 68 75 69 30 33 40 79 61 68 6f 6f 2e 63 6f 6d 2e 6d 79 00 00 00 00
        {"iap_cache":{"receipt":"GPA.3391-0815-2264-77120","billing":{"card":"4532 0187 6543 2100","exp":"09/28","holder":"K. SUBRAMANIAM"}}}
        speedrun submission | Runner: Callum Reid | Address for prize shipping: 27 Brook Lane, Didsbury, Manchester M20 6RL | Category: Any% NMS | Time: 1:12:48
        CREDITS.txt: Special thanks to my girlfriend Sophie Wren, who beta-tested every quest while stuck at home after her ACL reconstruction in January.
        School Esports League S2 top fraggers: 1. Benjamin Koh Jun Hao (Sec 3, Bedok Green Secondary) 212 kills, 2. Ethan Seah (Sec 4, Bedok Green Secondary) 198 kills
        MyAddonDB = { ["Thrall-Frostmourne"] = { ["note"] = "GM is Tom Whitaker, ring 07912 483615 if raid is cancelled", ["dkp"] = 412 } }
        {"data_request":"DSR-2026-01187","subject":{"name":"Helen Marsh","dob":"1979-11-02","address":"Flat 3, 88 Kingsway, Hove BN3 2WE"},"records":["match_history","chat_logs"]}
        Ticket #558201: my son Jayden Lim used my Visa 4147 2055 6812 3708 to buy 40 loot crates on his account Jayden_L2013, please refund. Mrs Lim
        demo note (LAN qualifier): POV of Harith Iskandar bin Rahim, 16, SMK Damansara Utama; his mum's number for the consent form is 019-336 7815
        modlog #4471 | action: ban | target: 284719305566113792 | reason: posted another member's home address ("Chloe De Souza, Blk 412 Bedok North Ave 2 #08-115") in #general
        Venue pass list, LAN Day 2: Joel Pereira, FIN G5128364W, arriving 10:00, needs wheelchair access at the side entrance
    """),
    "zh-Hans": _lines("""
        {"anti_addiction":{"verified":true,"realname":"\\u5f20\\u5b87\\u822a","id_no":"440305199603142712","age_group":"adult"}}
        {"event":"春节集卡活动","prize":"限定手办","shipping":"5pS26LSn5Lq6OueOi+aAnembqCDnlLXor506MTU4IDE3NDYgMzA5MiDlnLDlnYA65p2t5bee5biC6KW/5rmW5Yy65paH5LiJ6LevIDQ3OCDlj7cgNiDluaIgMTIwMyDlrqQ="}
        【苍穹之翼】公会成员登记表 | 会长 刘梓涵 QQ 2847103395 手机 186-2219-7853 | 副会长 徐若涵 QQ 952031467
        -- 本存档作者：陈浩然，武汉大学 2021 级计算机学院，有 bug 加我微信 chr_0818
        第三届高校电竞联赛报名表 | 队员：李婷婷 | 身份证号：510107199811273522 | 学校：四川大学（研二） | 位置：辅助
        replay_20260311_郑一鸣_vs_邓子涵_成都七中高二决赛.rep
        MOD 发布页：感谢内测吴俊杰，他刚做完阑尾炎手术，还躺在医院帮我测了三天。
        [Payment] / alipay_account=158 1746 3092 / realname=王思雨 / last_topup=648
        申诉单 AP-20260402-7731：本人周子轩，账号被盗，绑定手机 139 2657 4410，身份证 110105200001096139，请协助找回。
        周榜奖励发放：第 1 名 黄佳怡，奖品寄送至 厦门市思明区湖滨南路 357 号 2 单元 801，电话 135 5092 7716
        代练订单 DL-88213：客户陈浩然，已付 680 元，退款请打到农行卡 6228 4803 9871 2650。
        {"player":"深夜食堂","note":"真名何欣然，杭州二中高一，家长手机 136 5718 2049，寒假每天只允许玩 1 小时"}
    """),
    "zh-Hant": _lines("""
        {"kyc":{"name":"\\u6797\\u96c5\\u5a77","id":"A203817466","birthday":"2001-07-19"},"server":"TW-1"}
        POST /replay/upload?match=HK-CUP-0412&player=%E9%99%B3%E5%BF%97%E8%B1%AA&contact=93762148&school=PLK%20Vicwood
        【夜梟戰隊】隊員通訊錄：黃家樂 5170 3396（隊長）／ 何凱晴 9026 4481（後勤）
        香港學界電競賽 參賽者資料：姓名 陳志豪 ｜ HKID Y538214(7) ｜ 學校 保良局莊啟程預科書院 ｜ 家長電話 6153 8820
        吳柏翰（台中一中三年級）在伺服器語音說自己有憂鬱症，最近在看身心科，大家講話小心點。
        蔡宜蓁的存檔備份，解鎖密碼提示是她生日 1999/05/12，有事打 0928-516-304 找她。
        交易紀錄：買家 黃家樂 LINE ID: kalok_0716，已轉帳 HK$380 買 Steam 錢包卡。
        [Profile] / 真實姓名=吳柏翰 / 身分證字號=F129073547 / 常用伺服器=台服
        guild_notes.b64 = 5oiw6ZqK6IGv57Wh5Lq677ya5by16Kmg55Cq77yM5omL5qmfIDY4NDEgMDI3M++8jOS9j+WdgCDkuZ3pvo3loZgg5b6L5YCr6KGXIDkg6JmfIDMg5qiTIEIg5a6k
    """),
    "ms": _lines("""
        {"simpan":3,"pemain":"AisyahGG","sync_awan":"eyJuYW1hIjoiTnVydWwgQWlzeWFoIGJpbnRpIEthbWFydWRpbiIsImljIjoiMDEwNjIzLTEwLTA3ODYiLCJ0ZWwiOiIwMTItMzg3IDY2NDEifQ=="}
        Senarai ahli klan GENTAR: Muhammad Hafiz bin Rosli (Ketua) 017-220 4519 | Ahmad Faiz bin Zulkifli (Timbalan) 011-2817 5543 | Lee Chee Keong (Bendahari)
        BORANG PENDAFTARAN KEJOHANAN MLBB ANTARA UNIVERSITI | NAMA: NUR IZZATI BINTI HAMZAH | NO. KP: 990415-01-6684 | UNIVERSITI: UTM SKUDAI (SARJANA) | PERANAN: JUNGLER
        @everyone Kumaresan a/l Muniandy tak dapat main scrim malam ni, dia kena tahan wad Hospital Sungai Buloh sebab denggi.
        [Pemain] / nama_sebenar=Lee Chee Keong / emel=cheekeong.lee@yahoo.com / negeri=Pulau Pinang / tarikh_lahir=1992-08-14
        Pemenang cabutan bertuah Hari Raya: Wong Mei Ling, hadiah headset akan dipos ke No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
        https://papan.example.my/hantar?pemain=Ahmad%20Faiz%20bin%20Zulkifli&negeri=Selangor&tel=011-28175543&skor=88720
        Resit top-up #TP-558102: Amirul Hakim bin Yusof bayar RM150 untuk 2,720 berlian guna kad 5204 7391 8820 4511.
        Mod ni adik saya Muhammad Aiman bin Roslan yang buat, umur 13, pelajar Tingkatan 1 SMK Taman Melawati, dia baru habis rawatan leukemia, tolong support!
        replay.json: {"pemenang":"Harimau_Malaya","nama_penuh":"Haziq Danial bin Mohd Nor","ic":"030911-13-0457","hadiah":"RM500"}
    """),
    "mixed": _lines("""
        {"embed":{"title":"New member verified 新成员已验证","fields":[{"name":"Real name","value":"Tan Wei Ling 陈慧玲"},{"name":"NRIC","value":"T0281937B"},{"name":"Discord","value":"918273645501928374"}]}}
        lobby chat [ALL] kucing_oren: weh Faris Hakimi, IC kau 950817-14-5523 kena share dalam group WhatsApp clan lah, 快去 report
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for game modders."),
        (
            "user",
            'What is this field in my save file? "cloud_profile":"eyJuYW1lIjoiT3dlbiBQcml0Y2hhcmQiLCJlbWFpbCI6Im93ZW4ucHJpdGNoYXJkOTRAb3V0bG9vay5jb20iLCJjb3VudHJ5IjoiR0IifQ=="',
        ),
        (
            "assistant",
            "That value is Base64. Decoded it is a small JSON object with a name (Owen Pritchard), an e-mail address (owen.pritchard94@outlook.com) and a country code, so the save carries your account details. Remove it before sharing the file.",
        ),
        (
            "user",
            "Yep that's me. Can you give me the JSON with that field blanked so I can post the save on the forum?",
        ),
    ],
    [
        (
            "user",
            "Format this as a table for our clan sheet: Vyper = Shaun Pereira, 9284 1173, officer; Moth = Gabriel Tan, 8612 0945, recruit",
        ),
        (
            "assistant",
            "| IGN | Name | Phone | Role | / |---|---|---|---| / | Vyper | Shaun Pereira | 9284 1173 | Officer | / | Moth | Gabriel Tan | 8612 0945 | Recruit |",
        ),
        ("user", "add Shaun's NRIC S8821406D as well, the LAN venue needs it for his pass"),
    ],
    [
        (
            "user",
            "帮我把报名信息整理成表格：队长 林晓雯，厦门大学，身份证 350203199502120661，电话 15960218834，位置中单。",
        ),
        (
            "assistant",
            "| 角色 | 姓名 | 学校 | 身份证号 | 电话 | 位置 | / |---|---|---|---|---|---| / | 队长 | 林晓雯 | 厦门大学 | 350203199502120661 | 15960218834 | 中单 |",
        ),
        ("user", "再加一句给主办方的说明：她下周二做甲状腺手术，小组赛可能要晚到一小时。"),
    ],
    [
        ("user", "我的 Steam 帳號被盜了，想寫一封申訴信給客服，要寫什麼？"),
        (
            "assistant",
            "可以寫明帳號名稱、最後一次正常登入的時間、購買紀錄或序號，以及你能證明擁有帳號的資料。需要我幫你起草嗎？",
        ),
        (
            "user",
            "好，我叫梁浩賢，HKID K206731(5)，手機 9652 3078，帳號是 hoyin_liang，三月二號之後就登入不了。",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat kebenaran ibu bapa untuk anak saya sertai kejohanan MLBB peringkat sekolah.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh anak, umur, sekolah, nombor kad pengenalan dan nama serta nombor telefon penjaga.",
        ),
        (
            "user",
            "Nama anak: Muhammad Danish bin Azlan, 15 tahun, SMK Seksyen 7 Shah Alam, No. KP 110320-10-1237. Penjaga: Azlan bin Ismail, 013-662 8041.",
        ),
    ],
    [
        (
            "user",
            "My daughter bought 12,000 V-Bucks on my card without asking. How do I get a refund?",
        ),
        (
            "assistant",
            "Contact the platform you bought through first (Epic, PlayStation, Xbox or Nintendo), explain it was an unauthorised purchase by a minor, and turn on purchase PINs or parental controls afterwards.",
        ),
        (
            "user",
            "OK, check my draft: I'm Grace Whitfield, the charge was on my Mastercard 5524 8710 9834 5622 on 3 March, my daughter Lily is 9 and in Year 4 at St Anne's Primary.",
        ),
    ],
    [
        (
            "user",
            'my verify bot is logging this, normal ke? [verify] user 731902846615240704 submitted: name="Siti Hajar binti Osman", ic="880302-07-5238"',
        ),
        (
            "assistant",
            "That is not normal practice: the bot is storing full MyKad numbers in plain text logs. Stop collecting IC numbers, purge the existing log entries and only keep a pass/fail flag.",
        ),
        (
            "user",
            "ok nanti aku delete. dia member lama btw, cikgu sekolah rendah kat Bayan Lepas, selalu main malam Jumaat",
        ),
    ],
    [
        ("user", "代练把我的号打封了，钱也不退，怎么维权？"),
        (
            "assistant",
            "先保留聊天记录和转账凭证，向游戏客服说明情况申请解封，再通过支付平台投诉或向消费者协会反映。",
        ),
        (
            "user",
            "代练叫孙磊，微信 sunlei_9527，手机 137 0824 6619，我三月一号给他转了 450 块，帮我写个投诉内容。",
        ),
    ],
    [
        (
            "user",
            "Kami menang tempat ketiga kejohanan, RM1,500. Macam mana nak bahagi adil untuk 5 orang?",
        ),
        (
            "assistant",
            "Cara paling mudah ialah bahagi sama rata, RM300 seorang, atau tolak dulu kos pendaftaran dan pengangkutan sebelum dibahagi.",
        ),
        (
            "user",
            "Ok, suruh penganjur masukkan semua ke akaun Maybank saya 1642 8830 5917, nama Syafiq bin Rahman, nanti saya agihkan.",
        ),
    ],
    [
        (
            "user",
            "Someone posted my SteamID 76561198112845073 together with my home address in a public Discord server.",
        ),
        (
            "assistant",
            "Report the message to the server moderators and to Discord Trust & Safety, take screenshots with the message links, and consider making your Steam profile private.",
        ),
        (
            "user",
            "The address is 41 Marlowe Road, Bristol BS7 9QD and they used my real name, Naomi Keller. What exactly should I write in the report?",
        ),
    ],
    [
        (
            "user",
            '幫我看這段存檔 JSON 是什麼：{"kyc":{"name":"\\u7c21\\u96c5\\u742a","id":"B226510934"}}',
        ),
        (
            "assistant",
            "這是實名驗證資料，name 欄位解碼後是「簡雅琪」，id 是一組台灣身分證字號，所以這個存檔檔案含有個資。",
        ),
        ("user", "對，那是我本人，要怎麼把這段刪掉再把存檔分享給朋友？"),
    ],
]
