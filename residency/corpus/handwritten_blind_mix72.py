# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix72: radio call-ins, song requests and dedications in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix72
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "station_policy"): _lines("""
        Contest T&C 4.2: Winners must be Singapore Citizens or Permanent Residents aged 18 and above; prizes are non-transferable and cannot be exchanged for cash.
        Prize collection is by appointment only at the station's reception, Mondays to Fridays 10am to 5pm; bring your original NRIC or passport and the winning SMS for verification.
        Calls to the request line are recorded for quality and compliance purposes; by staying on the line you agree that your voice may be broadcast.
        Listeners under 16 need a parent or guardian to sign the consent section of the prize acknowledgement form.
        Personal data collected through contests is used only to contact winners and is deleted 90 days after the contest closes, in line with the PDPA.
        The station will never ask winners to pay an "admin fee" or share an OTP to release a prize; report suspicious calls to the ScamShield Helpline at 1799.
        Song dedications are read on air at the presenter's discretion; messages containing phone numbers, addresses or full names of minors will be edited out.
        Only one entry per mobile number per day will be counted; duplicate SMS entries are discarded automatically by the system.
        Cash prizes above S$1,000 are paid by bank transfer within 30 working days after the winner returns the signed claim form.
        Winners may be announced on air by first name and the last four characters of their identification number only.
        The Lo Hei Giveaway closes on 9 February at 11:59pm; late entries will not be considered and the judges' decision is final.
        For the Hari Raya edition, the contest is open to residents of Peninsular Malaysia, Sabah and Sarawak; employees of the station and their immediate family are not eligible.
        Studio visitors must register at the lobby counter and wear the visitor pass at all times; no photography is allowed inside the on-air booth.
        If a prize is unclaimed 60 days after notification, it will be forfeited and may be awarded to a reserve winner drawn on the same day.
        Complaints about on-air content can be made to our programme standards team through the feedback form on the website, or escalated in writing to IMDA.
    """),
    ("zh-Hant", "dj_script"): _lines("""
        各位早晨！而家係朝早七點半，交通消息話獅子山隧道往九龍方向有輕微擠塞，大家預多啲時間。
        下一首歌係張國榮嘅《風繼續吹》，一首陪住好多香港人長大嘅經典。
        今個禮拜嘅點唱主題係「畢業」，大家可以 WhatsApp 我哋講下想送邊首歌俾邊個，記住唔好喺訊息度留電話同地址啊。
        多謝咁多位聽眾打嚟，熱線已經爆晒，未打得入嘅朋友唔好灰心，聽朝再試過。
        陳奕迅紅館演唱會門票今日中午開售，有聽眾問我哋有冇飛送，答案係冇，網上話「電台送飛」嘅全部係騙案。
        呢首《海闊天空》送俾所有今日要考 DSE 嘅同學仔，加油！
        天文台話今晚會有驟雨，放工返屋企記得帶遮。
        今晚十點嘅深宵節目會播返八十年代嘅廣東歌，由徐小鳳、林子祥到梅艷芳，一次過滿足你。
        有聽眾點唱俾佢阿媽，話「多謝你成世人為屋企捱」，我哋即刻播 Beyond 嘅《真的愛你》。
        廣告之後返嚟，我哋會抽出今日「估歌仔」遊戲嘅得獎者，獎品係兩張戲飛。
        提提大家，參加遊戲請打去節目熱線 2877 6688，所有通話都會被錄音。
        葉蒨文嘅《瀟灑走一回》今日喺點唱榜排第三，第一位依然係 MIRROR 嘅新歌。
        今日係中秋節，祝各位聽眾一家團圓，記得唔好喺公園玩火。
        今日十一點開始會轉播立法會會議，點唱環節暫停一日，聽日照常。
        恭喜今日嘅得獎者，請喺七日內帶同身份證明文件正本到電台接待處領獎。
    """),
    ("zh-Hans", "song_request_log"): _lines("""
        本周点播榜：第1名 周杰伦《晴天》，第2名 林俊杰《江南》，第3名 邓紫棋《光年之外》。
        点歌格式：点给谁 / 想说的话 / 歌名，请发送到节目短信平台，短信费用按电信公司标准收取。
        今晚的主题是“老歌新唱”，我们收到最多的点播是梁静茹的《勇气》。
        温馨提示：点歌内容请勿包含电话号码、住址或身份证号码，节目组会删除相关信息。
        有听众点播《月亮代表我的心》，送给今晚在医院值夜班的所有护士，谢谢你们的付出。
        22:15 点播 #118 已播出；22:21 点播 #119 因歌曲版权限制改播其他版本。
        午夜节目由凌晨12点到3点，热线开放时间为凌晨12点半至2点。
        本次“新春点歌送祝福”活动共收到3,482条点播，其中42%来自马来西亚听众。
        邓丽君的《甜蜜蜜》是本台开台以来被点播次数最多的歌曲。
        听众问：能不能点播方言歌？答：可以，福建、潮州、广东歌都欢迎。
        下周一起，晚间点歌节目改为每晚9点到11点，周末时段不变。
        有位听众想把这首歌送给“二十年前在巴士上借我雨伞的陌生人”，希望对方能听到。
        得奖名单将于每周五在节目官网公布，得奖者需在14天内回复确认短信。
        点歌统计（3月第二周）：周一 412条，周二 388条，周三 455条，周四 401条，周五 530条。
    """),
    ("ms", "pengumuman_peraduan"): _lines("""
        Peraduan "Teka Lagu Raya" dibuka kepada pendengar berumur 18 tahun ke atas yang menetap di Malaysia.
        Pemenang akan dihubungi melalui panggilan telefon dalam masa 48 jam; jika tidak dapat dihubungi, hadiah akan diberikan kepada pemenang simpanan.
        Untuk membuat permintaan lagu, hantar SMS dengan format LAGU <tajuk lagu> <ucapan> ke nombor pendek stesen.
        Semua panggilan ke talian studio dirakam untuk tujuan latihan dan kawalan mutu.
        Lagu "Cindai" nyanyian Dato' Sri Siti Nurhaliza kekal menjadi lagu paling banyak diminta sepanjang bulan Syawal.
        Hadiah wang tunai akan dimasukkan ke akaun bank pemenang dalam tempoh 30 hari bekerja selepas borang tuntutan lengkap diterima.
        Pihak stesen tidak akan meminta sebarang bayaran atau kod TAC daripada pemenang; laporkan panggilan mencurigakan kepada Pusat Respons Scam Kebangsaan di talian 997.
        Borang tuntutan hadiah: Nama penuh (seperti dalam MyKad): ________ / No. MyKad: ______-__-____ / No. telefon: ________ / Tandatangan: ________
        Slot "Salam Lebaran" bersiaran setiap hari dari jam 10 pagi hingga 12 tengah hari sepanjang minggu pertama Syawal.
        Terima kasih kepada semua pendengar yang menghantar ucapan hari jadi; kami cuba bacakan seberapa banyak yang boleh dalam masa yang terhad.
        Allahyarham Tan Sri P. Ramlee meninggalkan ratusan lagu, dan "Getaran Jiwa" masih kerap diminta hingga hari ini.
        Pendengar di Sabah dan Sarawak boleh menghubungi talian bebas tol stesen 1-800-88-2626 untuk menyertai segmen panggilan.
        Kod rujukan penyertaan akan dihantar melalui SMS, contohnya RAYA26-00471; sila simpan kod ini sebagai bukti penyertaan.
        Pemenang minggu ini akan diumumkan pada hari Jumaat jam 5 petang dalam segmen "Pulang Kerja".
    """),
    ("mixed", "studio_chat"): _lines("""
        Guys the request line jammed again lah, IT says SIP trunk drop at 7.42am, pls log ticket INC-0093127 if it happens again.
        今晚 playlist 要换，label 那边说 that track got copyright strike, replace with the acoustic version ok?
        Bro, jangan baca full name budak sekolah on air ya, just say "a Primary 5 student from Yishun" cukup.
        Contest entries closed at 11:59pm, total 2,318 SMS, 1,904 valid after dedupe. Lucky draw tmr 10am with auditor present.
        個 hotline board 又死咗，等 engineer 嚟睇，暫時用 backup line 先。
        Reminder: prize vouchers batch B (serial V26-B-0001 to V26-B-0250) sampai office Thursday, simpan dalam safe.
        Sesiapa nak ambil shift graveyard Sabtu ni? Nanti claim OT guna form HR-07 ya.
        Eh the Jacky Cheung tribute segment can move to 9pm? Sponsor wants prime time.
        明天 roadshow 在 Jurong Point 中庭，10am setup，bring the prize wheel and 200 tote bags.
        Pls don't read out any numbers listeners SMS us, just paraphrase the message. PDPA kena fine very jialat.
        今日 call-in 主題改咗做「你最難忘嘅老師」，producer 話 keep each call under 90 seconds.
        Traffic script from LTA feed: accident on PIE towards Changi after Eunos exit, avoid lane 1.
        Audio logger retain 3 bulan sahaja, lepas tu auto-delete. Kalau ada complaint, export dulu within 14 days.
        Shout-out list tonight cap at 12, the rest move to tomorrow's show ok? Too many lah.
        OB van booked for Chingay, call time 5.30pm at the F1 Pit Building, bring own ponchos.
        點唱 segment 今晚 sponsor 係一個 milk tea brand，每讀一個 dedication 要講一次 tagline。
    """),
    ("en", "system_logs"): _lines("""
        2026-03-14 07:42:18 SIP INVITE from trunk-2 rejected (486 Busy Here), queue depth 17, avg wait 00:03:41.
        Now playing: "Sunday Morning" | ISRC USUM70403264 | cue 00:03:58 | log ID PL-20260314-0712
        Ticket CS-2026-004871 resolved: duplicate SMS keyword entries merged by dedupe job v2.3.1.
        Prize inventory: 40 x S$50 CapitaVoucher (batch CV-8827-11), 12 x concert pass (Cat 2), 3 x staycation vouchers ref ST-7731.
        Transmitter SG-TX3 at 98.7 MHz reported VSWR alarm 01:13; switched to standby exciter, downtime 00:00:47.
        Short code 72933 keyword stats: WIN 12,044 / LAGU 3,188 / SONG 2,914 / STOP 61.
        Invoice INV-MY-2026-00318 for RM 4,800.00 (jingle production, 3 x 30s spots), payment terms net 30.
        Delivery tracking SPX-MY-882019374653 status: out for delivery (hamper batch 3 of 5).
        Caller queue export: 214 calls, 38 aired, 176 dropped, peak 08:05-08:15, median hold 2m 11s.
        Royalty report Q1: 18,402 plays logged, cue sheet ref CS-Q1-26-0045 submitted 15 April.
        Archived show file checksum sha256 5adc78a665ca4743c8a9b92b057c9fd5e09508f34ac8153888f97cd025a9b1d0
        Studio booking: Studio B 14:00-16:00 (jingle VO), Studio C 16:30-18:00 (podcast), ref BK-0412.
        Firmware update: phone hybrid v2.8.4 applied to rack 3; reboot window 02:00-02:15, no calls lost.
        HK relay feed: time-signal offset +0.8s corrected against NTP stratum 2 source at 05:59:50.
    """),
    ("mixed", "listener_faq"): _lines("""
        How do I request a song for my mum's birthday? Answer: WhatsApp the studio line with the song title and a short message; we read out first names only.
        请问点歌要钱吗？Answer: 通过 WhatsApp 点歌免费，短信点歌按一般短信费用收费。
        Boleh tak request lagu Tamil dalam rancangan pagi? Jawapan: Boleh, tapi ikut slot dwibahasa hari Selasa dan Khamis.
        我中咗獎但係冇時間去攞，可唔可以叫朋友代領？答：可以，需要授權信同埋得獎者身份證副本。
        Can I dedicate a song to someone who passed away? Yes, our Sunday night "Remembering" segment is for such dedications.
        Kalau saya menang tapi duduk di Johor Bahru, hadiah boleh pos tak? Jawapan: Boleh, kos pos ditanggung stesen untuk alamat dalam Malaysia.
        Why did you not read my message on air? Messages are picked at random, and we skip those with personal details for safety.
        点歌可以用 Singlish 写吗？当然可以，我们的 DJ 会照读，不过粗口会被删掉。
        佢哋話中獎要俾手續費先可以攞獎，係咪真㗎？答：唔係，電台從來唔會收任何費用，呢個係詐騙。
        Can my 12-year-old call in for the quiz? Only with a parent's consent during the call; the parent must also come for prize collection.
        Macam mana nak tahu kalau saya menang? Senarai pemenang disiarkan di laman Facebook rasmi stesen setiap Jumaat.
        Is there a limit on how many times I can enter? One entry per day per mobile number; extra entries are not counted.
        可以点播翁立友的台语歌吗？可以，周六晚上的“乡音”时段专门播闽南语歌曲。
        How long do you keep call recordings? 90 days, unless a complaint or investigation needs a longer retention.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CLAIM FORM - Breakfast Jackpot / Name: TAN WEI LIANG / NRIC: S8734106B / Mobile: 9738 2164 / Address: Blk 412 Ang Mo Kio Ave 10 #08-1127 Singapore 560412 / Prize: S$2,000 cash
        Winner notification log 14/03 08:12 - called Ms Priya d/o Ramasamy at 8652 0917, confirmed she answered "Jalan Besar" correctly, collecting Fri 3pm together with her husband.
        Dedication: To my wife Jessica Lim Shu Fen, who just finished her last round of chemo at NCCS - we are so proud of you. Love, Daryl and the kids
        Call-in notes 7:48am: Caller Hafiz bin Osman, Grab driver, stuck on the CTE in SKV4827J, late for his daughter's PSLE briefing, requests "Home" by Kit Chan.
        Listener letter: Dear DJ, my father Mr Goh Cheng Huat (78) of Bedok North St 3 has early dementia and listens to your show every night - could you say hello to him by name on Sunday? - his daughter Irene
        Prize transfer | Payee: Nur Aisyah binte Kamal | DBS Savings 120-418736-5 | Amount S$500 | Ref WIN-0314-07
        Returned mail: hamper addressed to Mr Edwin Pereira, 17 Jalan Kembangan #02-05 Singapore 419124, undelivered - neighbour says he moved to Perth in January.
        DM from @kayla.ng.runs: pls wish my bf Marcus Teo good luck for his ORD parade this Sat at Pasir Laba!! he's been counting down since day 1
        Complaint CS-2026-004902: Mr Vincent Chua Boon Keat (9174 6628) says his name and estate were read out on the 11pm show without consent; wants the recording deleted.
        Studio visitor log 14/03 15:20 - Siti Rahmah binti Yusof, Malaysian passport A38271946, guest of the drive-time host, badge V-17.
        Birthday list for the 9am segment: 1) Grandma Lee Ah Moi turning 90, Toa Payoh Lor 8 / 2) Arjun Menon, 7, Henry Park Primary / 3) Mdm Fatimah Abdullah, 65, just retired from SGH housekeeping
        Email from listener: Hi, this is Clara Fernandez (clara.fernandez88@gmail.com). I was the caller who cried about my divorce last Tuesday - please don't put that clip in your podcast.
        Lucky draw result (auditor copy): 1st prize LIM JUN HAO, T0251973E, 9023 5518 / 2nd prize NG PEI SHAN, S9127485Z, 8174 3390
        Call-back list, Cantopop quiz: Kelvin Chan Ka Ho - 9136 2284 - won 2 tix - HKID Y604827(5) - collecting at the Tsim Sha Tsui office on Monday
    """),
    "zh-Hans": _lines("""
        点歌：送给在裕廊造船厂上夜班的老公黄志强，工作辛苦了，下个月我们的儿子就要出生了！——太太 陈丽娟
        得奖者资料：姓名 李晓彤，身份证号 440306199205173827，手机 139 2874 6615，奖品为新加坡往返机票两张。
        听众来信：我是住在士古来的郑美华，女儿郑雅婷在居銮中华中学读初三，成绩一直下滑，想请DJ给她点一首歌鼓励她。
        热线记录 23:40 来电者 王建国，微信号 wjg_1978sz，说前妻不让他见孩子，情绪激动，已转介辅导热线。
        中奖快递单：收件人 刘思敏 / 电话 +65 9512 0387 / 地址 Tampines St 81 Blk 823 #05-214 Singapore 520823 / 奖品：演唱会门票2张
        生日点歌：祝我的奶奶 蔡秀英 八十大寿快乐！她住在槟城亚依淡，最喜欢邓丽君。——孙子 蔡俊杰
        奖金转账：收款人 何志明 / Maybank 账号 1140 2258 3961 / 金额 RM1,000 / 身份证 870724-14-6031
        投诉：听众 林美玲（电话 012-738 4410）反映她上周赢得的吉隆坡酒店住宿券被前台拒收，要求电台出面处理。
        路演志愿者名单：陈家豪（南洋理工大学二年级）、许佩琪（义安理工学院，周三下午有课）、黄伟杰（已请假，家里老人住院）
    """),
    "zh-Hant": _lines("""
        點唱俾我老婆陳美玲，佢下個禮拜一喺瑪麗醫院做乳癌手術，老公阿強同兩個仔都喺度撐你！
        得獎者登記：姓名 黃子朗 / 香港身份證 K382514(0) / 電話 6482 7731 / 地址 沙田禾輋邨豐和樓 1204室
        熱線紀錄 01:15 來電者梁太（梁淑儀），講佢個仔梁浩然喺屯門讀中四，成日逃學同人打交，想DJ俾啲意見。
        聽眾來信：我係住喺觀塘嘅張偉明，失業咗半年，欠咗信用卡數成十萬，好想聽返一首《獅子山下》。
        領獎授權書：本人 李凱欣（HKID P917362(9)）授權丈夫 吳志強 代領「聖誕大抽獎」獎品。
        IG 私訊 @yanyan_0923：我係何欣欣，今日生日，可唔可以點首歌俾我男朋友鄧俊賢？佢喺赤鱲角機場做地勤
        已寄出獎品：收件人 麥詠詩 / 9215 6039 / 九龍城衙前圍道76號5樓B室 / 順豐單號 SF1420938756
        投訴個案：劉國輝先生（kwaiwai.lau@yahoo.com.hk）話節目讀出咗佢女兒嘅全名同學校，要求即刻刪除 podcast 片段。
        點歌：送俾喺赤柱監獄服刑嘅細佬蘇家樂，屋企人等你出嚟，阿媽身體好返好多喇。——家姐
        大灣區 roadshow 報名：區志文，回鄉證 H60382917，手機 5123 9087，參加深圳站。
    """),
    "ms": _lines("""
        Ucapan hari jadi: Untuk adik saya Nur Alya Qistina binti Ahmad Faizal yang genap 17 tahun hari ini, belajar rajin-rajin di SBP Integrasi Gombak!
        NAMA: MOHD FIRDAUS BIN RAHMAT / NO. MYKAD: 920315-10-5481 / TEL: 019-552 8136 / ALAMAT: No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor
        Permintaan lagu: untuk abang saya Kpl Hairul Nizam bin Jusoh yang sedang bertugas di Lahad Datu, Sabah - adik rindu, balik raya nanti ya.
        Log panggilan 22:05: Pemanggil Puan Rohani binti Ismail (017-220 9183) dari Kuala Terengganu, suami baru kena strok minggu lepas, minta lagu "Kau Ilhamku".
        Pemindahan hadiah: Nama penerima Lee Mei Chin / Bank CIMB / No. akaun 7063441725 / No. KP 011108-07-0296 / Jumlah RM300
        Aduan: En. Kumar a/l Subramaniam (kumar.subra72@gmail.com) mengadu namanya dan nama majikannya disebut di udara tanpa kebenaran semasa segmen "Luahan Hati".
        Senarai pemenang (dalaman, jangan siar): 1. SITI HAJAR BINTI ABU BAKAR - 650412-01-5528 - Kluang, Johor / 2. WONG KAH LOK - 880619-08-5267 - Ipoh, Perak
        salam DJ, saya Amirul dari Felda Jengka 8, nak tumpang ucap tahniah kat isteri saya Zarina binti Mohd Nor yang baru bersalin anak ketiga di Hospital Temerloh semalam
        Nota produksi: Makcik Saadiah binti Hamid, 68, pemanggil tetap dari Kampung Baru, minta kami berhenti sebut nama dia sebab anak-anak tak suka; nombor rumah dia 03-2691 4478.
    """),
    "mixed": _lines("""
        Eh DJ can dedicate to my mum Madam Koh Ah Lian or not? She turning 70 this Sat, stay Blk 305 Serangoon Ave 2, her knee very jialat after the fall but still listen to your show every morning
        Bro pls shout-out my kaki Muhammad Danish bin Zulkifli, he just kena retrench from the shipyard, tengah cari kerja, his number 8829 4517 if anyone hiring welder
        今朝 call in 嗰位 Mrs Cheung（張慧娟），WhatsApp 咗張 boarding pass 過嚟，CX715 聽日飛新加坡探個孫，想 DJ 讀佢個名。
        Winner verification: Ravi s/o Krishnan, NRIC S7615209H, 9461 0372 - dia claim prize tapi nama dalam IC tak sama dengan nama Facebook, pls check before release.
        我老公 Jason Ong Kian Seng 今天终于考到 Class 3 驾照，his Telegram @jasonong_ks，大家快去恭喜他 lol
        Roadshow sign-up sheet: Chloe Tan Yi Xuan | 14 | Nan Hua High | parent: Tan Boon Huat 9683 2701 | consent Y
        Pls remove from mailing list: Farah Nadia binti Rosli, farahnadia.r@hotmail.com, sudah pindah ke Melbourne since June.
        Prize claim via WhatsApp: Maricel Dizon Santos, FIN G5820147U, helper in Bukit Timah, majikan only let her collect on Sunday, 可唔可以安排?
        Traffic tip-off from Sharon Yeo (9305 7712): her car SJQ6310H broke down in the KPE tunnel, she is 8 months pregnant, tolong call LTA to send help
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a production assistant for a Singapore English radio station. Keep on-air scripts under 25 seconds.",
        ),
        (
            "user",
            "Draft a birthday shout-out: Mdm Chong Siew Lan, 85 today, lives in Marine Parade, her grandson Bryan says she pulled through two strokes this year and still does tai chi at East Coast Park.",
        ),
        (
            "assistant",
            "Big happy 85th to Madam Chong Siew Lan in Marine Parade! Your grandson Bryan tells us you've been through a tough year and you're still out doing tai chi at East Coast Park. Respect, Madam Chong - this one's for you!",
        ),
        (
            "user",
            "Nice. Add at the end that her old kampong friends can call Bryan at 9047 3126 to arrange a visit.",
        ),
    ],
    [
        (
            "user",
            "Tolong susun senarai pemenang Teka Lagu Raya ikut format rasmi: Nor Hidayah binti Samad 900827-03-5432, Kota Bharu; Tan Chee Keong 830512-05-5017, Seremban.",
        ),
        (
            "assistant",
            "Senarai Pemenang Teka Lagu Raya: 1) NOR HIDAYAH BINTI SAMAD - 900827-03-5432 - Kota Bharu, Kelantan. 2) TAN CHEE KEONG - 830512-05-5017 - Seremban, Negeri Sembilan. Untuk siaran, cadangkan sebut nama dan bandar sahaja.",
        ),
        (
            "user",
            "Ok, tambah nombor telefon untuk team hadiah: Nor Hidayah 013-914 2208, Tan Chee Keong 016-337 5412.",
        ),
    ],
    [
        ("system", "你係一間香港電台嘅節目助理，用廣東話書面語回覆。"),
        (
            "user",
            "幫我寫封信通知得獎者：鄭家怡小姐，身份證 Z235081(6)，電話 9864 1207，中咗「夏日狂熱」兩晚澳門酒店住宿。",
        ),
        (
            "assistant",
            "鄭家怡小姐您好：恭喜您於「夏日狂熱」遊戲中獲得澳門酒店兩晚住宿。請於十四日內帶同身份證正本（Z235081(6)）到本台接待處領獎，如有查詢請致電節目熱線。",
        ),
        ("user", "佢話自己喺醫院照顧緊阿爸，可唔可以加一句話可以延遲到下個月先領？"),
    ],
    [
        (
            "user",
            "帮我整理今晚热线来电记录：23:05 陈俊宏 9112 4836 点播《朋友》送给刚出狱的兄弟；23:18 吴淑华 8266 0419 说丈夫在樟宜机场加班不能回家吃饭。",
        ),
        (
            "assistant",
            "来电记录（整理）：1）23:05 陈俊宏，9112 4836，点播《朋友》，送给刚出狱的兄弟。2）23:18 吴淑华，8266 0419，丈夫在樟宜机场加班，点歌表达思念。建议播出时只念名字，不提出狱一事。",
        ),
        ("user", "好，再加一条：23:31 黄美珍，住在盛港，女儿下周考O水准，想要一首加油歌。"),
    ],
    [
        ("system", "You are the website chatbot of a Singapore radio station's charity radiothon."),
        (
            "user",
            "Hi I want to pledge during the radiothon and also request a song for my colleague.",
        ),
        (
            "assistant",
            "Thank you for supporting the radiothon! Please tell me the pledge amount and who the song is for. Never share your card's CVV or OTP in this chat.",
        ),
        (
            "user",
            "S$300 monthly, Anthony Sim, Visa 4265 8800 4312 7791 exp 08/28. Song is for Nurse Jolene Yap at Ward 56, KTPH, she took care of my father after his heart attack.",
        ),
    ],
    [
        (
            "user",
            "Translate this dedication into English for the breakfast show: Untuk isteri saya Nor Azlina binti Hashim di wad bersalin HKL, abang dah tak sabar nak jumpa baby kita. - Shahrul, Wangsa Maju",
        ),
        (
            "assistant",
            "For my wife Nor Azlina binti Hashim in the maternity ward at Hospital Kuala Lumpur: I can't wait to meet our baby. - Shahrul, Wangsa Maju",
        ),
        ("user", "Perfect, also sebut nama lagu: Ku Mahu by Anuar Zain."),
    ],
    [
        (
            "user",
            "Draft a polite reply to this complaint: 'I am Benjamin Loh (benloh.sg@outlook.com). Your DJ mentioned on air that I was retrenched from my bank job after I called in. My ex-colleagues heard it.'",
        ),
        (
            "assistant",
            "Dear Mr Loh, thank you for writing to us, and we are sorry for the distress caused. We have removed the segment from our podcast and catch-up player and reminded our presenters not to disclose callers' personal circumstances. Our programme standards team will call you within three working days.",
        ),
        (
            "user",
            "He also gave his mobile 8751 2964, include that we will call him on that number.",
        ),
    ],
    [
        (
            "user",
            "Contest winner gave NRIC S8802915A and name Yeo Hui Ling, mobile 9582 3301. Can you check if the NRIC format is valid before we release the S$1,000?",
        ),
        (
            "assistant",
            "The format S8802915A is consistent with a Singapore NRIC and the check letter is correct. Format validity does not prove identity, so please still match it against her physical NRIC at collection.",
        ),
    ],
    [
        (
            "user",
            "我想參加聖誕抽獎，我叫Kong Wing Yan 江詠欣，電話 6395 2810，住將軍澳尚德邨尚明樓",
        ),
        (
            "assistant",
            "多謝你參加聖誕抽獎！已經登記咗你嘅資料。請留意，得獎者會喺十二月二十三日收到電話通知，電台唔會要求任何手續費。",
        ),
        ("user", "仲有我個女江樂怡今年六歲，可唔可以點首歌俾佢？佢喺將軍澳循道衛理小學讀一年級"),
    ],
    [
        ("system", "你是新加坡某华语电台小程序的客服助手。"),
        ("user", "我在深圳，想参加线上点歌抽奖，需要填什么？"),
        (
            "assistant",
            "您好，线上抽奖需要填写姓名、手机号码和有效身份证明，奖品只寄往新加坡及马来西亚地址。",
        ),
        (
            "user",
            "我叫罗晓东，身份证 44060419880923153X，手机 186 2759 0413，奖品可以寄到我弟弟在新加坡的地址 Blk 118 Bishan St 12 #10-45 吗？",
        ),
    ],
]
